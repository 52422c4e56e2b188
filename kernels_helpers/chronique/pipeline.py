"""text → article → time expressions → checks: the analysis, one step after another."""
from __future__ import annotations

import gc
from contextlib import contextmanager

from . import article, checks, timex
from . import events as events_step
from . import claims as claims_step
from .model import Analysis, Issue
from .resources import module
from .timex.resolve import Resolver
from .tokens import tokenize


def analyze(text, *, published=None, lang=None) -> Analysis:
    """Analyse an article.

    ``published``: a date, a datetime or an ISO string of any precision
    ("2019", "2019-12", "2019-12-31", "2019-12-31T20:00"), or None to read a
    date line or infer the date from the text.  ``lang``: "fr", "en" or None
    to detect it.  Invalid arguments raise ``ValueError``.
    """
    # the analysis makes many small objects and no reference cycles worth collecting while it
    # runs: the cyclic collector waits until it is done (a third of the time on a large article)
    with collector_paused():
        return _analyze(text, published, lang)


@contextmanager
def collector_paused():
    """The cyclic garbage collector paused while the block runs, as it was afterwards; gives
    whether it was running (the block may still collect the young generations itself)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield collecting
    finally:
        if collecting:
            gc.enable()


def _analyze(text, published, lang) -> Analysis:
    text = article.check_text(text)
    spec = article.parse_published(published)
    line_spec, body_start = article.read_date_line(text)
    if spec.lo is None and line_spec is not None:
        spec = line_spec
    toks = tokenize(text)
    lang, lang_why = article.detect_language(toks, lang)
    first = 0
    if body_start:
        while first < len(toks) and toks[first].start < body_start:
            first += 1
    mentions = timex.find(toks, lang, first)
    pub = article.infer_published(spec, mentions, text, toks, lang)
    if pub.inferred or spec.exact:
        from datetime import date
        lo = hi = date.fromisoformat(pub.value[:10])
        label = pub.value[:10]
    else:
        lo, hi, label = spec.lo, spec.hi, spec.given or "unknown"
    resolver = Resolver(text, toks, module(lang, "temporal"), timex.tense_reader(lang))
    timexes = resolver.resolve(mentions, lo, hi, label)
    issues = checks.check(timexes, pub.value)
    unread: list[int] = []
    claims = claims_step.extract(text, toks, lang, timexes, pub, unread)
    for at in unread:
        issues.append(Issue(at, len(text), "claims not read",
                            f"this text holds more than {claims_step.MAX_CUES:,} reporting cues: the claims "
                            f"after character {at:,} are not read", None, ""))
    unread_events: list[int] = []
    events = events_step.extract(text, toks, lang, timexes, claims, pub, unread_events)
    for at in unread_events:
        issues.append(Issue(at, len(text), "events not read",
                            f"this text holds more than {events_step.MAX_TRIGGERS:,} event words: the events "
                            f"after character {at:,} are not read", None, ""))
    return Analysis(text=text, lang=lang, published=pub, timexes=timexes, issues=issues, claims=claims,
                    events=events, lang_explanation=lang_why)
