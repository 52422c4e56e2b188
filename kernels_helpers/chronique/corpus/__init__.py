"""Many articles into one timeline.

    >>> import chronique
    >>> c = chronique.corpus("articles/")            # a folder of .txt, a .jsonl or .csv file, dicts
    >>> c.timeline()                                  # merged events and tracked claims, with their sources
    >>> c.chart()                                     # the escalation chart, with a source filter
    >>> c.save("corpus.html")                         # .html .png .svg .pdf .vl.json .json .csv .claims.csv
    >>> c.failures                                    # the articles that could not be analysed, and why
    >>> chronique.corpus.load("corpus.json") == c

Each article is analysed by ``chronique.analyze``; the same event told by
several articles becomes one event that keeps every source and wording and
flags figures that disagree; a claim repeated, changed or attributed to other
people is tracked across its appearances (see ``chronique.corpus.merge``).

The analyses run on worker processes of this machine by default (``engine="local"``,
one per core, several articles per task), in this process for a handful of
articles or ``engine="serial"``, and on Dask with ``engine="dask"`` or a
``scheduler`` address.  The result does not depend on the engine.
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .result import Corpus

__all__ = ["corpus", "load", "Corpus", "SCHEMA"]

YOUNG_EVERY = 4096    # articles between two collections of the young generations during a run


def __getattr__(name):
    # the machinery is imported when a corpus is made or loaded, not with chronique
    if name in ("Corpus", "SCHEMA"):
        from . import result

        return getattr(result, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load(source):
    """Read a corpus back from ``Corpus.to_dict()`` data, a JSON string, or a path to a JSON file."""
    from .result import load as _load

    return _load(source)


def _progress(show, total):
    if show is None:
        show = sys.stderr.isatty() and (total is None or total >= 50)
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=total, file=sys.stderr, unit="article", mininterval=0.5, smoothing=0.1,
                dynamic_ncols=True)


def corpus(source, *, published=None, lang=None, engine: str | None = None, workers: int | None = None,
           scheduler=None, cache=None, keep: bool = True, progress: bool | None = None,
           max_articles: int | None = None, on_article=None) -> Corpus:
    """Analyse every article of ``source`` and merge them into one timeline.

    ``source``: a folder of ``.txt`` files (a first line ``date 2019-12 via Reuters``
    gives the date and the source), a ``.jsonl`` or ``.csv`` file with ``text``,
    ``published``, ``lang``, ``url`` and ``source`` fields, or an iterable of such
    dicts.  ``published`` and ``lang``: defaults for the articles that give none.

    ``engine``: ``"local"`` (worker processes, the default), ``"serial"`` or
    ``"dask"``; ``workers``: how many (default: the cores available);
    ``scheduler``: a Dask scheduler address or ``distributed.Client`` (implies
    ``"dask"``; without one, ``"dask"`` starts a local cluster).

    ``cache``: a folder for the per-article results; a run finds there what an
    earlier (perhaps interrupted) run analysed and analyses only the rest.
    ``keep``: keep what ``Corpus.analysis(id)`` needs to give each article's full
    analysis (its text, compressed; with a cache, the cache has it).
    ``progress``: a progress bar on standard error (default: on a terminal, for
    50 articles or more).  ``max_articles``: read only the first articles.
    ``on_article(item, status)``: called after each article, in input order.

    An article that cannot be read or analysed is listed in ``failures`` and
    the run goes on.  Invalid arguments raise ``ValueError``.
    """
    import gc
    import itertools
    import time

    from ..article import parse_published
    from ..resources import check_lang
    from ..pipeline import collector_paused
    from . import engine as _engine
    from .merge import Article, Merger
    from .result import Corpus, Texts
    from .sources import read

    parse_published(published)
    if lang is not None:
        lang = check_lang(lang)
    if max_articles is not None and (isinstance(max_articles, bool) or not isinstance(max_articles, int)
                                     or max_articles < 0):
        raise ValueError(f"max_articles must be a whole number, not {max_articles!r}")
    src = read(source, published=published, lang=lang)
    total = src.total
    items = iter(src)
    if max_articles is not None:
        items = itertools.islice(items, max_articles)
        total = max_articles if total is None else min(total, max_articles)
    parts = _engine.PartCache(cache) if cache is not None else None
    keep_text = bool(keep) or parts is not None
    runner = _engine.choose(engine, workers, scheduler, total)
    merger = Merger()
    failures: list[dict] = []
    kept: dict = {}
    texts = Texts()
    keys: dict = {}
    counts = {"analysed": 0, "reused": 0, "failed": 0}
    bar = _progress(progress, total)
    started = time.perf_counter()
    ok = False
    # the merged state only grows, and holds no reference cycles: the cyclic collector would go over all
    # of it again and again.  Neither do the digests, nor the analyses of a serial run: during the run
    # only the young generations are collected, every few thousand articles (a collection goes over
    # every digest still held; one every 64 articles cost a sixth of this process's time).
    try:
        with collector_paused() as collecting:
            for n, (item, status, payload, reused) in enumerate(
                    _engine.run(items, runner, cache=parts, total=total, keep_text=keep_text), 1):
                if status == "ok":
                    article = Article(index=item.index, id=item.id, name=item.name, source=item.source,
                                      url=item.url, title=item.title)
                    merger.add(article, payload)
                    counts["reused" if reused else "analysed"] += 1
                    if parts is not None:
                        keys[item.id] = item.key
                        if not reused:
                            parts.put(item.key, payload, item.text, item.published, item.lang)
                    elif keep:
                        # the analysis is made again when asked for (it is a function of these three)
                        kept[item.id] = (texts.add(item.text), item.published, item.lang)
                else:
                    counts["failed"] += 1
                    failures.append({"id": item.id, "index": item.index, "name": item.name,
                                     "source": item.source, "error": payload})
                item.text = None
                if bar is not None:
                    bar.update(1)
                    if counts["failed"]:
                        bar.set_postfix(failed=counts["failed"], refresh=False)
                if on_article is not None:
                    on_article(item, status)
                if collecting and n % YOUNG_EVERY == 0:
                    gc.collect(1)
            ok = True
    finally:
        runner.close(abort=not ok)
        if bar is not None:
            bar.close()
    run = {"engine": runner.name, "workers": runner.workers, "seconds": round(time.perf_counter() - started, 3),
           **counts, "cache": str(parts.dir) if parts is not None else None}
    return Corpus(merger, failures, options={"published": published if isinstance(published, str) or published is None
                                             else str(published), "lang": lang},
                  run=run, kept=kept, texts=texts, cache=parts, keys=keys)


corpus.load = load
