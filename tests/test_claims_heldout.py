"""The claims sets (held-out bench/heldout/, development bench/claims_dev/) and their scorer
(bench/claims_heldout.py).

Only the data and the scoring are checked here; the system's scores on the set are
measurements, printed by the bench, not asserted."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "bench" / "heldout"
DEV = ROOT / "bench" / "claims_dev"
FOLDERS = (HELDOUT, DEV)
MODES = {"direct", "indirect", "mixed"}
KINDS = {"person", "organization", "government", "group", "anonymous", "unknown"}


def _bench():
    spec = importlib.util.spec_from_file_location("claims_heldout", ROOT / "bench" / "claims_heldout.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


bench = _bench()
GOLD = [p for folder in FOLDERS for p in sorted(folder.glob("*.json"))]


# articles per language: the held-out set is twelve articles, the development set twenty-one batches of twelve
PER_LANGUAGE = {HELDOUT: 6, DEV: 126}


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_set_has_its_articles_per_language(folder):
    langs = [json.loads(p.read_text(encoding="utf-8"))["lang"] for p in sorted(folder.glob("*.json"))]
    n = PER_LANGUAGE[folder]
    assert langs.count("fr") == n and langs.count("en") == n and len(langs) == 2 * n
    texts = sorted(p.stem for p in folder.glob("*.txt"))
    assert texts == sorted(p.stem for p in folder.glob("*.json"))


def test_sets_are_the_scorers_and_do_not_share_articles():
    assert bench.SETS == {"heldout": HELDOUT, "dev": DEV}
    held = {p.stem for p in HELDOUT.glob("*.json")}
    dev = {p.stem for p in DEV.glob("*.json")}
    assert held and dev and not held & dev
    texts = {p.read_text(encoding="utf-8") for folder in FOLDERS for p in folder.glob("*.txt")}
    assert len(texts) == len(held) + len(dev)


@pytest.mark.parametrize("path", GOLD, ids=[f"{p.parent.name}/{p.stem}" for p in GOLD])
def test_gold_file(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / gold["source"]).read_text(encoding="utf-8")
    assert gold["id"] == path.stem and gold["lang"] in ("fr", "en")
    assert len(gold["published"]) == 10 and gold["published"][4] == "-"
    assert 2000 <= len(text) <= 4000
    assert sum(not c.get("optional") for c in gold["claims"]) >= 8
    for c in gold["claims"]:
        for key in bench.REQUIRED:
            assert key in c, (key, c)
        for span in ("mention", "content"):
            s = c[span]
            assert 0 <= s["start"] < s["end"] <= len(text)
            assert text[s["start"]:s["end"]] == s["text"], (span, s)
        assert c["mode"] in MODES
        assert c.get("speaker_kind", "person") in KINDS
        assert isinstance(c["anonymous"], bool) and isinstance(c["hedges"], list)
        assert c["anonymous"] == (c.get("speaker_kind") == "anonymous")
        assert c["cue"] in text
        for h in c["hedges"]:
            assert h in text
        if c["mode"] == "indirect":
            assert not any(q in c["content"]["text"] for q in "«»“”")


def _claim(start, end, speaker="X", optional=False, **kw):
    c = {"content": {"start": start, "end": end}, "speaker": speaker, "mode": "direct", "anonymous": False}
    if optional:
        c["optional"] = True
    c.update(kw)
    return c


def _pred(start, end, entity="X", name=None):
    return {"content": {"start": start, "end": end}, "speaker": {"entity": entity, "name": name or entity},
            "mode": "direct", "anonymous": False}


def test_match_counts():
    gold = [_claim(0, 100), _claim(200, 300), _claim(400, 500), _claim(600, 700, optional=True)]
    pred = [_pred(0, 60),        # covers 60% of gold 0: hit
            _pred(10, 100),      # also overlaps gold 0, less: false alarm (one-to-one)
            _pred(200, 240),     # 40% of gold 1: not enough, false alarm; gold 1 missed
            _pred(380, 520),     # covers all of gold 2: hit
            _pred(610, 650),     # on the optional claim: neutral
            _pred(800, 850)]     # on nothing: false alarm
    m = bench.match(pred, gold)
    assert m["pairs"] == [(0, 1), (2, 3)]
    assert m["missed"] == [1]
    assert m["false_alarms"] == [0, 2, 5]
    assert m["neutral"] == [4]


def test_match_prefers_largest_coverage_and_optional_leftovers_are_neutral():
    gold = [_claim(0, 100), _claim(20, 40, optional=True)]
    pred = [_pred(20, 40), _pred(0, 95)]
    m = bench.match(pred, gold)
    assert m["pairs"] == [(0, 1)] and m["neutral"] == [0] and m["false_alarms"] == []


def test_scores_and_figures():
    text = "x" * 800
    gold = {"lang": "en", "claims": [_claim(0, 100, "Dmitri Peskov", speaker_kind="person"),
                                     _claim(200, 300, "Russia", speaker_kind="government",
                                            speaker_aliases=["Moscow"]),
                                     _claim(400, 500, "Lloyd Guidry", speaker_kind="person")]}
    pred = [_pred(0, 100, "Peskov"), _pred(200, 300, "moscow"), _pred(400, 500, "Mark Guidry"),
            _pred(700, 750)]
    row = bench.score_article("a", text, gold, pred)
    assert (row["gold"], row["predicted"], row["matched"], row["false_alarms"], row["speaker"]) == (3, 4, 3, 1, 2)
    t = bench.figures([row])
    assert t["precision"] == pytest.approx(0.75) and t["recall"] == pytest.approx(1.0)
    assert t["speaker_accuracy"] == pytest.approx(2 / 3)
    assert [e["type"] for e in row["errors"]] == ["false alarm", "wrong speaker"]


def test_speaker_normalisation():
    same = bench.same_speaker
    person = {"speaker": "Hélène Vasseur", "speaker_kind": "person"}
    assert same({"entity": "helene vasseur"}, person)
    assert same({"entity": "Vasseur"}, person)
    assert same({"entity": "Me Hélène Vasseur"}, person)
    assert not same({"entity": "Thomas Vasseur"}, person)
    assert not same({"entity": "Thomas Hélène"}, person)
    org = {"speaker": "SNCF", "speaker_kind": "organization"}
    assert same({"entity": "la SNCF"}, org)
    assert not same({"entity": "SNCF Réseau"}, org)
    un = {"speaker": "United Nations", "speaker_kind": "organization", "speaker_aliases": ["U.N."]}
    assert same({"entity": "UN"}, un)
    anon = {"speaker": "anonymous US official", "speaker_kind": "anonymous", "anonymous": True}
    assert same({"entity": "anonymous US official"}, anon)
    assert not same({"entity": "official"}, anon)
    assert same({"entity": "anonymous US official #2"}, anon)
    assert same({"entity": "il", "name": "Mark Esper"}, {"speaker": "Mark Esper", "speaker_kind": "person"})


def test_unnamed_source_is_judged_by_the_entity_built_at_its_description():
    text = "x" * 800
    moniteur = {"start": 0, "end": 25, "text": "un moniteur de la station"}
    pronoun = {"start": 300, "end": 302, "text": "il"}
    kw = dict(speaker_kind="anonymous", anonymous=True, speaker_aliases=["anonymous instructor"])
    gold = {"lang": "fr", "claims": [_claim(30, 100, "anonymous ski instructor", mention=moniteur, **kw),
                                     _claim(310, 400, "anonymous ski instructor", mention=pronoun, **kw),
                                     _claim(500, 600, "Anne Roux", speaker_kind="person")]}

    def pred(start, end, entity, mention, anonymous=True):
        p = _pred(start, end, entity)
        p["speaker"]["mention"] = mention
        p["anonymous"] = anonymous
        return p

    own = pred(30, 100, "anonymous moniteur de la station", {"start": 3, "end": 25})
    same_by_pronoun = pred(310, 400, "anonymous moniteur de la station", pronoun)
    row = bench.score_article("a", text, gold, [own, same_by_pronoun, pred(500, 600, "Roux", None, False)])
    assert row["speaker"] == 3
    other_source = pred(310, 400, "anonymous gendarme", pronoun)
    row = bench.score_article("a", text, gold, [own, other_source])
    assert row["speaker"] == 1
    not_marked_anonymous = pred(30, 100, "moniteur", {"start": 3, "end": 25}, anonymous=False)
    row = bench.score_article("a", text, gold, [not_marked_anonymous])
    assert row["speaker"] == 0
    # a named gold speaker is never judged this way
    named = pred(500, 600, "anonymous moniteur de la station", {"start": 3, "end": 25})
    row = bench.score_article("a", text, gold, [own, named])
    assert row["speaker"] == 1


def test_missing_folder_exits_2(tmp_path):
    with pytest.raises(SystemExit) as e:
        bench.load(tmp_path / "nowhere")
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        bench.load(tmp_path)
    assert e.value.code == 2
    (tmp_path / "a.json").write_text(json.dumps({"source": "a.txt", "lang": "en", "claims": []}))
    with pytest.raises(SystemExit) as e:
        bench.load(tmp_path)
    assert e.value.code == 2


def test_report_of_both_sets(capsys):
    text = "x" * 800
    gold = {"lang": "en", "claims": [_claim(0, 100, "A", speaker_kind="person"),
                                     _claim(200, 300, "B", speaker_kind="person")]}
    held = [bench.score_article("h", text, gold, [_pred(0, 100, "A")])]
    dev = [bench.score_article("d", text, gold, [_pred(0, 100, "A"), _pred(200, 300, "B")])]
    out = bench.report_sets({"heldout": held, "dev": dev}, show_errors=True)
    printed = capsys.readouterr().out
    assert printed.index("held-out set (never used to change the system)") < printed.index("== development set")
    assert "claim recall       0.50 >= 0.80  FAIL   development set  1.00" in printed
    assert out["heldout"]["overall"]["recall"] == pytest.approx(0.5)
    assert out["dev"]["pass"] == {"precision": True, "recall": True, "speaker": True}
    assert [e["type"] for e in out["heldout"]["errors"]] == ["miss"]


def test_speaker_kind_accuracy_counts_matched_claims_whose_speaker_kind_is_the_gold_one():
    text = "x" * 800
    gold = {"lang": "en", "claims": [_claim(0, 100, "residents", speaker_kind="group"),
                                     _claim(200, 300, "Russia", speaker_kind="government"),
                                     _claim(400, 500, "official", speaker_kind="anonymous", anonymous=True)]}
    pred = [_pred(0, 100, "residents"), _pred(200, 300, "Russia"), _pred(400, 500, "official")]
    pred[0]["speaker"]["kind"] = "group"
    pred[1]["speaker"]["kind"] = "organization"          # a state told as a mere organization: wrong
    pred[2]["speaker"]["kind"] = "anonymous source"      # the gold's "anonymous"
    t = bench.figures([bench.score_article("a", text, gold, pred)])
    assert t["speaker_kind"] == 2 and t["speaker_kind_accuracy"] == pytest.approx(2 / 3)
