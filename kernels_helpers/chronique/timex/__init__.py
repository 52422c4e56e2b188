"""Time expressions: find them (grammar + frames), date them (resolve)."""
from __future__ import annotations

from functools import lru_cache

from ..resources import module
from .frames import Actions
from .grammar import grammar
from .tense import TenseReader


@lru_cache(maxsize=None)
def _actions(lang: str) -> Actions:
    return Actions(module(lang, "temporal"))


@lru_cache(maxsize=None)
def tense_reader(lang: str) -> TenseReader:
    return TenseReader(module(lang, "temporal"))


def find(toks, lang: str, lo: int = 0) -> list[tuple]:
    """Mentions ``(tok_start, tok_end, frame)`` in text order."""
    # (the bound method: called once per candidate match, without the look-up of ``__call__``)
    return grammar(lang).scan(toks, _actions(lang).__call__, lo)
