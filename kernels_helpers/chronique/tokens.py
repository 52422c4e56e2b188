"""Tokens with offsets, and sentences.

One linear pass over the text: a token is a run of digits, a run of letters,
or a single other visible character.  Every regular expression here is a
plain character-class run, so the scan is linear in the length of the text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")

# typographic variants folded to one form for matching
_FOLD = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'",
    "–": "-", "—": "-", "‑": "-", "‐": "-", "−": "-",
    "\u00a0": " ", "\u202f": " ",
})


@lru_cache(maxsize=65536)
def norm(word: str) -> str:
    """Lower-case form used for matching (apostrophes and dashes unified)."""
    return word.translate(_FOLD).lower()


@lru_cache(maxsize=65536)
def strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    low: str
    digit: bool
    sent: int = 0      # sentence index
    para: int = 0      # paragraph index


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets, sentences and paragraphs."""
    toks: list[Token] = []
    sent = para = 0
    prev_end = start
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        s, e = m.span()
        w = m.group()
        gap = text[prev_end:s] if toks else ""
        if gap.count("\n") >= 2 or ("\n" in gap and toks and toks[-1].low not in ",-"):
            # a blank line, or a line break after a finished line, ends a paragraph
            if gap.count("\n") >= 2:
                para += 1
            sent += 1
        elif toks and toks[-1].low in ".!?" and (w[:1].isupper() or w[:1] in "«\"“'"):
            prev = toks[-2].low if len(toks) > 1 else ""
            # "Dec. 31" or "M. Blair" are not sentence ends; a one-letter word before
            # the full stop is usually an initial or an abbreviation
            if len(prev) > 1 or toks[-2].digit if len(toks) > 1 else True:
                sent += 1
        low = norm(w)
        toks.append(Token(s, e, w, low, w.isdecimal(), sent, para))
        prev_end = e
    return toks
