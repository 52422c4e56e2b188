"""Tokens with offsets, and sentences.

One linear pass over the text: a token is a run of digits, a run of letters,
or a single other visible character.  Every regular expression here is a
plain character-class run, so the scan is linear in the length of the text.
The text is read line by line and chunk by chunk (the runs between blanks,
split in C); each chunk's tokens are read once and kept, like a word's key.
Tokens are built from whole lists (offsets summed in C), and only the few
places where a sentence may end are looked at one by one.
"""
from __future__ import annotations

import re
import unicodedata
from collections import namedtuple
from functools import lru_cache, reduce
from bisect import bisect_right
from itertools import accumulate, chain, repeat
from operator import attrgetter, iadd

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
# what a token after . ! ? opening with one of these never does: start a sentence (no capital, no
# opening quotation mark)
_NO_SENTENCE_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz0123456789,;:)")
_FIELDS = 5                             # a chunk's tokens: gap before, length, text, key, digits
_KEPT_CHUNK = 64                        # longer chunks (rare) are read again each time


class _Chunks(dict):
    """chunk -> its tokens, ``_FIELDS`` values each, flat: (gap before, length, text, key, digits) ...

    A chunk is a run of non-blank characters (a word with the punctuation around it): no token
    crosses a blank, so the tokens of a text are those of its chunks one after another.  The
    first token's gap is one blank (the usual separator); the others follow with no gap."""

    def __missing__(self, chunk: str) -> tuple:
        if chunk.isalpha() or chunk.isdecimal() or len(chunk) == 1:
            # one token: a run of letters (letters are neither digits nor "_"), of digits, or a sign
            fields = (1, len(chunk), chunk, _NORMS[chunk], chunk.isdecimal())
        elif not chunk[-1].isalnum() and (chunk[:-1].isalpha() or chunk[:-1].isdecimal()):
            # the same followed by a sign ("Paris," "2019.")
            word, sign = chunk[:-1], chunk[-1]
            fields = (1, len(word), word, _NORMS[word], word.isdecimal(), 0, 1, sign, _NORMS[sign], False)
        else:
            words = _SPLIT.split(chunk)[1::2]
            gaps = repeat(0)
            if "#" in words:
                # a hashtag's sign is no token: « le collectif #NousToutes » names « NousToutes »
                gaps, kept, extra = [], [], 0
                for i, w in enumerate(words):
                    if w == "#" and i + 1 < len(words) and words[i + 1][:1].isalpha():
                        extra += 1
                        continue
                    gaps.append(extra)
                    kept.append(w)
                    extra = 0
                words = kept
            fields = list(chain.from_iterable(zip(gaps, map(len, words), words,
                                                  map(_NORMS.__getitem__, words), map(str.isdecimal, words))))
            fields[0] += 1              # (a chunk from ``str.split()`` holds one token or more)
            fields = tuple(fields)
        if len(chunk) <= _KEPT_CHUNK:
            if len(self) >= 100_000:    # bounded: a huge text of distinct chunks starts afresh
                self.clear()
            self[chunk] = fields
        return fields


_CHUNKS = _Chunks()
_DIGITS = frozenset("0123456789")
_SENTENCE_WORD = 4                      # letters at least of a word whose full stop a figure may follow


def _word_ends(text: str, p: int) -> bool:
    """Whether the full stop at ``p`` closes a whole lowercase word of at least ``_SENTENCE_WORD``
    letters ("le pays. 41 drones"), after which a figure opens a sentence (no abbreviation: "Sept. 11",
    "p. 12", "No. 5")."""
    if p < _SENTENCE_WORD or text[p] != ".":
        return False
    a = p
    while a > 0 and p - a <= 30 and text[a - 1].isalpha():
        a -= 1
    return p - a >= _SENTENCE_WORD and text[a:p].islower() and (a == 0 or not text[a - 1].isalnum())


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets, sentences and paragraphs.

    A line break ends a sentence unless the line ends with a comma or a dash; a blank
    line also ends the paragraph (in a text with no blank line, so does a line break that
    ends a sentence).  ". ! ?" end a sentence when a capital or an opening
    quote follows, unless the word before is a single letter ("M. Blair", "J. Smith").
    """
    global _LAST
    size = len(text)
    end = size if end is None else end
    whole = start == 0 and end >= size
    chunk_fields = _CHUNKS.__getitem__
    # the tokens line by line, each line as its chunks' fields; the gap before a line's first
    # token is set from the blanks and line breaks counted since the last token
    fields: list = []
    breaks: dict[int, int] = {}         # token -> line breaks in the gap before it
    gap = start                         # blanks since the last token (the offset, at first)
    newlines = 0
    for line in (text if whole else text[start:end]).split("\n"):
        chunks = line.split()
        if chunks:
            if newlines and fields:
                breaks[len(fields) // _FIELDS] = newlines
            newlines = 0
            at = len(fields)
            joined = " ".join(chunks)
            # (a chunk's first gap counts one blank before it, and any sign left out of the tokens)
            if joined == line:          # one blank between chunks, none around: the usual line
                reduce(iadd, map(chunk_fields, chunks), fields)
                fields[at] += gap - 1
                gap = 0
            elif joined == line.strip():
                # the same with blanks around it (a line indented, or ending in a blank)
                reduce(iadd, map(chunk_fields, chunks), fields)
                lead = len(line) - len(line.lstrip())
                fields[at] += gap + lead - 1
                gap = len(line) - lead - len(joined)
            else:
                pos = 0
                for chunk in chunks:
                    found = line.find(chunk, pos)
                    fields += chunk_fields(chunk)
                    fields[at] += gap + found - pos - 1
                    at = len(fields)
                    pos = found + len(chunk)
                    gap = 0
                gap = len(line) - pos
        else:
            gap += len(line)            # a blank line
        gap += 1                        # the line break
        newlines += 1
    n = len(fields) // _FIELDS
    if not n:
        return []
    words = fields[2::_FIELDS]
    lows = fields[3::_FIELDS]
    # gap, length, gap, length ...: summed, the start and the end of each token
    steps = [0] * (2 * n)
    steps[::2] = fields[::_FIELDS]
    steps[1::2] = fields[1::_FIELDS]
    offsets = list(accumulate(steps))
    starts = offsets[::2]
    # sentence and paragraph breaks can only fall after a gap with a line break, or after . ! ?
    last = starts[-1]
    candidates = set(breaks)
    for mark in _ENDS:                  # the token after each . ! ? (each is a token of its own)
        p = text.find(mark, starts[0], last)
        while p >= 0:
            # (not when the next token opens with a small letter, a digit or a comma, after one
            # blank at most: "p.m.", "Sept. 11", "3.5", "etc., ..." end no sentence, see below)
            after = text[p + 1]
            if after == " ":
                after = text[p + 2]
            if after not in _NO_SENTENCE_AFTER or after in _DIGITS and mark == "." and _word_ends(text, p):
                candidates.add(bisect_right(starts, p))
            p = text.find(mark, p + 1, last)
    # the sentence and paragraph numbers, filled run by run between the breaks
    sents: list[int] = []
    paras: list[int] = []
    sent = para = last = 0
    # a text with no blank line sets its paragraphs apart by single line breaks (as copied from a web
    # page, or a JSON field): there, a line break that ends a sentence ends a paragraph too
    par_lines = 1 if breaks and max(breaks.values()) < 2 else 2
    abbreviations = _inner_abbreviations()
    for k in sorted(candidates):
        lines = breaks.get(k, 0)
        if lines >= 2 or (lines and lows[k - 1] not in _CONTINUED):
            # a blank line, or a line break after a finished line, ends a paragraph
            pass
        elif lows[k - 1] in _ENDS:
            first = words[k][:1]
            if first in _DIGITS:
                # "... contre le pays. 41 drones ont été abattus": a figure opens the next sentence after a
                # whole lowercase word (not "Sept. 11", "p. 12", "No. 5": abbreviations, short or capitalised)
                if not (k >= 2 and _word_ends(text, starts[k - 1])):
                    continue
            # "Dec. 31" or "M. Blair" are not sentence ends; a one-letter word before
            # the full stop is usually an initial or an abbreviation
            # (but a quotation mark opening after it starts a sentence: 'wrote on X. "We need ...')
            # (but a closing quotation mark or bracket is no initial: « ... méthodique ». Il a ...)
            elif not (first in _OPENERS or first.isupper() and (k < 2 or len(lows[k - 2]) > 1
                                                                 or words[k - 2].isdecimal()
                                                                 or not words[k - 2].isalpha()
                                                                 or _platform_letter(words, k))
                      and not (k >= 2 and lows[k - 2] in abbreviations and words[k - 2][:1].isupper()
                               and (k < 3 or lows[k - 3] != "."))):
                # (nor one after a capitalised honorific or abbreviation opening a name: "Dr. Smith", "Gen. Mark
                # Milley", "St. Louis", as the languages' resources list them; "told me. Then" ends one)
                continue
        else:
            continue
        sents += [sent] * (k - last)
        paras += [para] * (k - last)
        sent += 1
        if lines >= par_lines:
            para += 1
        last = k
    sents += [sent] * (n - last)
    paras += [para] * (n - last)
    # each token made in C from its fields (no Python-level __init__ per token)
    toks = list(map(_new, repeat(Token, n),
                    zip(starts, offsets[1::2], words, lows, fields[4::_FIELDS], sents, paras)))
    if whole:                           # a whole text (a snippet read on the side keeps it)
        _LAST = (toks, lows, starts)
    return toks


@lru_cache(maxsize=None)
def _inner_abbreviations() -> frozenset:
    """The abbreviations after which a full stop ends no sentence, in any language read: honorifics
    ("Mr.", "Dr.", "Gen.") and the abbreviations opening names ("St.", "Mt."), from the resources
    (``HONORIFICS``, ``NAME_OPENING_ABBREVIATIONS``)."""
    from .resources import LANGUAGES, module
    out = set()
    for lang in LANGUAGES:
        speech = module(lang, "speech")
        out.update(k.lower().rstrip(".") for k in getattr(speech, "HONORIFICS", {}))
        out.update(k.lower().rstrip(".") for k in getattr(speech, "NAME_OPENING_ABBREVIATIONS", ()))
    return frozenset(w for w in out if len(w) > 1)


# one-letter names of platforms: after a lowercase word, one ends its sentence ("a message posted on the
# social network X. The minister ..."; an initial follows a name or opens one: "George W. Bush", "J. Smith")
_PLATFORM_LETTERS = frozenset("X")


def _platform_letter(words: list[str], k: int) -> bool:
    """Whether the one-letter word before the full stop at token ``k - 1`` is a platform's name after a
    lowercase word."""
    return words[k - 2] in _PLATFORM_LETTERS and k >= 3 and words[k - 3][:1].islower()


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
