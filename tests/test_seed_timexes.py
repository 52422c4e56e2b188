"""Regression on the two seed articles and their hand annotation (../shared/gold)."""
import pytest

import chronique
from conftest import read_seed
from scoring import match

SEEDS = ["baghdad_embassy_fr", "baghdad_embassy_en"]


@pytest.fixture(scope="module", params=SEEDS)
def seed(request, shared):
    text, gold = read_seed(request.param)
    return text, gold, chronique.analyze(text)


def _value_ok(gold, pred, published_day):
    if pred.value == gold["value"]:
        return True
    # "aujourd'hui"/"today": the publication day or PRESENT_REF, when the interval is that day
    if gold["value"] == published_day and pred.value == "PRESENT_REF":
        return pred.interval[0][:10] == pred.interval[1][:10] == published_day
    if "interval" in gold and pred.interval:
        return (pred.value == gold["value"] and pred.interval[0][:10] == gold["interval"][0]
                and pred.interval[1][:10] == gold["interval"][1])
    return False


def test_publication_date_resolves_to_the_day_of_the_story(seed):
    text, gold, analysis = seed
    assert analysis.published.value == gold["dct"]["resolved"]
    assert analysis.published.inferred
    assert analysis.published.given == gold["dct"]["given"]


def test_every_gold_expression_is_found_with_its_value(seed):
    text, gold, analysis = seed
    pairs = dict(match(gold["timexes"], [t.__dict__ for t in analysis.timexes]))
    day = gold["dct"]["resolved"]
    for gi, g in enumerate(gold["timexes"]):
        if g.get("optional"):
            continue
        assert gi in pairs, f"missed {g['text']!r} at {g['start']}"
        pred = analysis.timexes[pairs[gi]]
        assert _value_ok(g, pred, day), f"{g['text']!r}: {pred.value} instead of {g['value']}"
        if "interval" in g:
            assert [pred.interval[0][:10], pred.interval[1][:10]] == g["interval"]


def test_at_most_one_expression_outside_the_gold(seed):
    text, gold, analysis = seed
    pairs = match(gold["timexes"], [t.__dict__ for t in analysis.timexes])
    matched = {p for _, p in pairs}
    extra = [t.text for i, t in enumerate(analysis.timexes) if i not in matched]
    assert len(extra) <= 1, extra


def test_weekday_date_mismatch_is_flagged_with_the_likely_date(seed):
    text, gold, analysis = seed
    want = gold["issues"][0]
    found = [i for i in analysis.issues if i.kind == "weekday-date mismatch"]
    assert len(found) == 1
    issue = found[0]
    assert (issue.start, issue.end) == (want["start"], want["end"])
    assert issue.suggested == want["suggested"] == "2019-12-31"
    assert issue.literal == want["literal"]
    # the literal reading stays visible on the expression itself
    t = analysis.timex(issue.timex)
    assert t.literal == want["literal"] and t.value == "2019-12-31"


def test_french_seed_without_its_date_line_is_dated_by_the_officeholders_it_names(shared):
    text, gold = read_seed("baghdad_embassy_fr")
    body = text.split("\n", 1)[1]      # the date line removed
    analysis = chronique.analyze(body, lang="fr")
    assert analysis.published.value == "2019-12-31"
    assert "Mark Esper" in analysis.published.explanation


def test_relative_expressions_stay_underspecified_without_any_dating_evidence():
    text = ("Un tir de roquette a tué vendredi un Américain. Les frappes ont suivi pendant le week-end. "
            "Le groupe est actif depuis 2003.")
    analysis = chronique.analyze(text, lang="fr")
    assert analysis.published.value is None and not analysis.published.inferred
    friday = next(t for t in analysis.timexes if t.text == "vendredi")
    assert friday.value == "XXXX-WXX-5" and friday.interval is None
    # absolute expressions are still dated
    assert next(t for t in analysis.timexes if t.text == "2003").value == "2003"
