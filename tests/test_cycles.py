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


def _ours(obj) -> bool:
    module = getattr(obj, "__module__", None) if callable(obj) and not isinstance(obj, type) \
        else type(obj).__module__
    return isinstance(module, str) and module.startswith("chronique")


def _cyclic_garbage(fn) -> list:
    """chronique's objects left in reference cycles by ``fn()`` (the collector held off meanwhile).

    Only objects of chronique's own classes and functions are counted: a library's background
    thread (a Dask cluster left by another test) may leave cycles of its own meanwhile."""
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        fn()
        gc.collect()
        return [repr(o)[:120] for o in gc.garbage if _ours(o)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was:
            gc.enable()


@pytest.mark.parametrize("name", ["baghdad_embassy_fr", "baghdad_embassy_en"])
def test_analysing_a_seed_leaves_no_reference_cycle(name, shared):
    text, gold = read_seed(name)
    chronique.analyze(text, published="2019-12-31")         # first call: resources load, caches fill
    assert _cyclic_garbage(lambda: chronique.analyze(text, published="2019-12-31").to_dict()) == []


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
        assert _cyclic_garbage(run) == [], path.name


def test_a_corpus_digest_leaves_no_reference_cycle(shared):
    from chronique.corpus.engine import analyse

    text, _ = read_seed("baghdad_embassy_fr")
    analyse(text, "2019-12-31", None)
    status, digest = analyse(text, "2019-12-31", None)
    assert status == "ok" and digest["events"] and digest["claims"]
    assert _cyclic_garbage(lambda: analyse(text, "2019-12-31", None)) == []
