"""The stories told by several outlets (bench/corpus_stories/) and their scorer (bench/corpus_merge.py).

Only the data and the scoring are checked here; the system's scores are measurements, printed by
the bench, not asserted."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STORIES = sorted(p.parent for p in (ROOT / "bench" / "corpus_stories").glob("*/*/gold.json"))


def _bench():
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("corpus_merge", ROOT / "bench" / "corpus_merge.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


bench = _bench()


def test_there_are_development_and_held_out_stories():
    sets = {p.parent.name for p in STORIES}
    assert sets == {"dev", "heldout"} and len(STORIES) >= 6


@pytest.mark.parametrize("story", STORIES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_story_has_four_dispatches_in_both_languages_and_spans_that_match_its_texts(story):
    items, gold = bench.load_story(story)          # (fails with exit status 2 on a span off its text)
    assert len(items) == 4 and {it["lang"] for it in items} == {"fr", "en"}
    assert len({it["source"] for it in items}) == 4
    # every happening and statement told by two dispatches or more is what the links are made of
    assert any(len({m["article"] for m in e["mentions"]}) >= 2 for e in gold["events"])
    assert any(len({a["article"] for a in c["appearances"]}) >= 2 for c in gold["claims"])
    ids = [e["id"] for e in gold["events"]] + [c["id"] for c in gold["claims"]]
    assert len(ids) == len(set(ids))


def test_a_span_that_is_not_its_text_stops_the_bench(tmp_path):
    story = tmp_path / "s"
    story.mkdir()
    (story / "a1.txt").write_text("Troops were deployed on Monday.", encoding="utf-8")
    gold = {"articles": [{"id": "a1", "lang": "en", "published": "2024-01-02"}],
            "events": [{"id": "E1", "mentions": [{"article": "a1", "start": 0, "end": 6, "text": "Troopz"}]}],
            "claims": []}
    (story / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        bench.load_story(story)
    assert e.value.code == 2


def test_links_are_counted_between_dispatches_only_and_split_by_language():
    def node(article, gold, lang, found=True):
        return {"article": article, "gold": gold, "lang": lang, "found": found}
    nodes = [node("a1", "E1", "fr"), node("a2", "E1", "en"), node("a3", "E1", "en", found=False),
             node("a2", "E2", "en"), node("a1", "E2", "fr")]
    linked = {("a1", "E1", "a2", "E1"), ("a2", "E1", "a2", "E2"), ("a2", "E1", "a1", "E2")}
    f = bench.pair_figures(nodes, lambda u, v: (u["article"], u["gold"], v["article"], v["gold"]) in linked)
    # annotated links: E1 a1-a2, a1-a3, a2-a3; E2 a2-a1 (a2-E1 with a2-E2 is one dispatch: no pair)
    assert (f["gold"], f["gold_found"], f["cross_gold"]) == (4, 2, 2)
    # predicted among found pairs of two dispatches: E1 a1-a2 (right), E1 a2 - E2 a1 (wrong)
    assert (f["predicted"], f["right"], f["cross_right"]) == (2, 1, 1)
    p, r, f1, e2e = bench.prf(f)
    assert (p, r, e2e) == (0.5, 0.5, 0.25) and f1 == pytest.approx(0.5)
    assert len(f["wrong"]) == 1 and len(f["missed"]) == 1
