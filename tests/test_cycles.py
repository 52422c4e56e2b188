"""An analysis leaves no reference cycle behind.

``analyze`` holds the cyclic garbage collector off while it runs; whatever it
allocates must then be freed by reference counting alone.  A cycle (a nested
function that calls itself, an object pointing back at its owner) would keep
each article's tokens alive until the collector runs, and make that collector
walk them: memory and time that grow with a corpus run.
"""
import gc

import pytest

import chronique
from conftest import read_seed


def _cyclic_garbage(fn) -> int:
    """Objects left in reference cycles by ``fn()`` (the collector held off meanwhile)."""
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        fn()
        return gc.collect()
    finally:
        if was:
            gc.enable()


@pytest.mark.parametrize("name", ["baghdad_embassy_fr", "baghdad_embassy_en"])
def test_analysing_a_seed_leaves_no_reference_cycle(name, shared):
    text, gold = read_seed(name)
    chronique.analyze(text, published="2019-12-31")         # first call: resources load, caches fill
    assert _cyclic_garbage(lambda: chronique.analyze(text, published="2019-12-31").to_dict()) == 0


def test_analysing_the_claims_development_articles_leaves_no_reference_cycle():
    import json
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "bench" / "claims_dev"
    articles = sorted(folder.glob("*.txt"))
    assert articles
    for path in articles:
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")

        def run():
            chronique.analyze(text, published=gold["published"], lang=gold["lang"]).to_dict()

        run()
        assert _cyclic_garbage(run) == 0, path.name


def test_a_corpus_digest_leaves_no_reference_cycle(shared):
    from chronique.corpus.engine import analyse

    text, _ = read_seed("baghdad_embassy_fr")
    analyse(text, "2019-12-31", None)
    status, digest = analyse(text, "2019-12-31", None)
    assert status == "ok" and digest["events"] and digest["claims"]
    assert _cyclic_garbage(lambda: analyse(text, "2019-12-31", None)) == 0
