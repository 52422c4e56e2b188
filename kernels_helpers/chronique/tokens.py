"""Tokens with offsets, and sentences.

One linear pass over the text: a token is a run of digits, a run of letters,
or a single other visible character.  Every regular expression here is a
plain character-class run, so the scan is linear in the length of the text;
tokens are built from whole lists (offsets summed in C), and only the few
places where a sentence may end are looked at one by one.
"""
from __future__ import annotations

import re
import unicodedata
from collections import namedtuple
from functools import lru_cache
from bisect import bisect_right
from itertools import accumulate, repeat
from operator import attrgetter

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


class Token(namedtuple("_TokenFields", "start end text low digit sent para", defaults=(0, 0))):
    """One token: ``start``/``end`` offsets, ``text``, ``low`` (its ``norm``), ``digit``
    (all decimal digits), ``sent`` and ``para`` (sentence and paragraph indices).

    An immutable record, so that ``tokenize`` builds a whole list of them in C."""

    __slots__ = ()

    def __repr__(self) -> str:
        return (f"Token(start={self.start}, end={self.end}, text={self.text!r}, low={self.low!r}, "
                f"digit={self.digit}, sent={self.sent}, para={self.para})")


class _Norms(dict):
    """word -> ``norm(word)``, computed on first sight (a lookup in C for every later token)."""

    def __missing__(self, word: str) -> str:
        if len(self) >= 100_000:        # bounded: a huge text of distinct words starts afresh
            self.clear()
        low = self[word] = word.translate(_FOLD).lower()
        return low


class _Unaccented(dict):
    """word -> ``strip_accents(word)``, computed on first sight."""

    def __missing__(self, word: str) -> str:
        if len(self) >= 100_000:
            self.clear()
        plain = self[word] = strip_accents(word)
        return plain


_NORMS = _Norms()
_UNACCENTED = _Unaccented()


_new = tuple.__new__
unaccented = _UNACCENTED.__getitem__     # ``strip_accents`` as a dictionary lookup
# one token, with the text before it: splitting on it gives gap, token, gap, token ... gap
# (the same alternatives as ``_TOKEN``, letters first as the commonest; the lookahead lets the
# search skip the blanks between tokens without trying each alternative there)
_SPLIT = re.compile(r"(?=\S)([^\W\d_]+|\d+|\S)")
_ENDS = frozenset(".!?")
_OPENERS = frozenset("«\"“'")
_CONTINUED = frozenset(",-")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets, sentences and paragraphs.

    A line break ends a sentence unless the line ends with a comma or a dash; a blank
    line also ends the paragraph.  ". ! ?" end a sentence when a capital or an opening
    quote follows, unless the word before is a single letter ("M. Blair", "J. Smith").
    """
    global _LAST
    size = len(text)
    end = size if end is None else end
    parts = _SPLIT.split(text if start == 0 and end >= size else text[start:end])
    words = parts[1::2]
    n = len(words)
    if not n:
        return []
    offsets = list(accumulate(map(len, parts), initial=start))
    starts = offsets[1:2 * n:2]
    lows = list(map(_NORMS.__getitem__, words))
    # sentence and paragraph breaks can only fall after a gap with a line break, or after . ! ?
    breaks: dict[int, int] = {}          # token -> line breaks in the gap before it
    last = starts[-1]
    p = text.find("\n", starts[0], last)
    while p >= 0:
        k = bisect_right(starts, p)
        breaks[k] = breaks.get(k, 0) + 1
        p = text.find("\n", p + 1, last)
    candidates = set(breaks)
    for mark in _ENDS:                  # the token after each . ! ? (each is a token of its own)
        p = text.find(mark, starts[0], last)
        while p >= 0:
            candidates.add(bisect_right(starts, p))
            p = text.find(mark, p + 1, last)
    # the sentence and paragraph numbers, filled run by run between the breaks
    sents: list[int] = []
    paras: list[int] = []
    sent = para = last = 0
    for k in sorted(candidates):
        lines = breaks.get(k, 0)
        if lines >= 2 or (lines and lows[k - 1] not in _CONTINUED):
            # a blank line, or a line break after a finished line, ends a paragraph
            pass
        elif lows[k - 1] in _ENDS:
            first = words[k][:1]
            # "Dec. 31" or "M. Blair" are not sentence ends; a one-letter word before
            # the full stop is usually an initial or an abbreviation
            if not ((first.isupper() or first in _OPENERS) and (k < 2 or len(lows[k - 2]) > 1
                                                                or words[k - 2].isdecimal())):
                continue
        else:
            continue
        sents += [sent] * (k - last)
        paras += [para] * (k - last)
        sent += 1
        if lines >= 2:
            para += 1
        last = k
    sents += [sent] * (n - last)
    paras += [para] * (n - last)
    # each token made in C from its fields (no Python-level __init__ per token)
    toks = list(map(_new, repeat(Token, n),
                    zip(starts, offsets[2::2], words, lows, map(str.isdecimal, words), sents, paras)))
    if start == 0 and end >= size:     # a whole text (a snippet read on the side keeps it)
        _LAST = (toks, lows, starts)
    return toks


# the last token list made of a whole text, with its keys and start offsets (see ``columns``)
_LAST: tuple = ([], [], [])
_LOW, _START = attrgetter("low"), attrgetter("start")


def columns(toks: list[Token]) -> tuple[list[str], list[int]]:
    """The ``low`` keys and the ``start`` offsets of ``toks``, as two lists.

    Every step of an analysis reads them; for the token list ``tokenize`` made last (the one
    being analysed), the lists it built on the way are given back instead of being read
    again token by token.  Token lists are never modified once made."""
    last = _LAST                        # one read: another thread may replace it meanwhile
    if last[0] is toks and len(last[1]) == len(toks):
        return last[1], last[2]
    return list(map(_LOW, toks)), list(map(_START, toks))
