"""Regression on the two seed articles: every non-optional gold claim is found with the
right speaker, mode, anonymity and hedges, and at most one claim per article is not in
the gold.  Matching and the speaker-name convention are documented in bench/claims_seed.py."""
import json
from pathlib import Path

import pytest

import chronique
from claims_seed import hedge_texts, match

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLES = ("baghdad_embassy_fr", "baghdad_embassy_en")


@pytest.fixture(scope="module", params=ARTICLES)
def scored(request):
    name = request.param
    if not SHARED.is_dir():
        pytest.fail(f"the shared material is missing: {SHARED}")
    text = (SHARED / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((SHARED / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    analysis = chronique.analyze(text, lang=gold["lang"])
    pairs, extras = match(analysis.claims, gold["claims"])
    return text, analysis, pairs, extras


def test_every_non_optional_gold_claim_is_found_with_80_percent_content(scored):
    _, _, pairs, _ = scored
    missed = [g["content"]["text"] for g, p in pairs if p is None]
    assert not missed


def test_found_claims_have_the_gold_speaker_entity(scored):
    _, _, pairs, _ = scored
    wrong = [(g["speaker"], p["speaker"]["entity"]) for g, p in pairs
             if p is not None and p["speaker"]["entity"] != g["speaker"]]
    assert not wrong


def test_found_claims_have_the_gold_mode(scored):
    _, _, pairs, _ = scored
    wrong = [(g["content"]["text"][:40], g["mode"], p["mode"]) for g, p in pairs
             if p is not None and p["mode"] != g["mode"]]
    assert not wrong


def test_anonymity_and_hedges_match_the_gold(scored):
    _, _, pairs, _ = scored
    for g, p in pairs:
        if p is None:
            continue
        assert p["anonymous"] == g["anonymous"], g["content"]["text"]
        assert hedge_texts(p) == hedge_texts(g), g["content"]["text"]


def test_at_most_one_claim_per_article_is_not_in_the_gold(scored):
    _, _, _, extras = scored
    assert len(extras) <= 1, [p["content"]["text"] for p in extras]


def test_claim_spans_slice_the_article_and_are_json_ready(scored):
    text, analysis, _, _ = scored
    assert analysis.claims
    for c in analysis.claims:
        for part in ("content", "cue"):
            assert text[c[part]["start"]:c[part]["end"]] == c[part]["text"]
        m = c["speaker"]["mention"]
        assert text[m["start"]:m["end"]] == m["text"]
        assert c["mode"] in ("direct", "indirect", "mixed")
        assert c["time"]["value"]
    assert json.loads(json.dumps(analysis.to_dict()))["claims"] == analysis.claims


def test_the_anonymous_official_is_one_entity_and_never_the_minister(scored):
    _, analysis, pairs, _ = scored
    anon = {p["speaker"]["entity"] for g, p in pairs if p is not None and g["anonymous"]}
    assert len(anon) == 1
    assert "Esper" not in next(iter(anon))
