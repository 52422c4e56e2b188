"""Quotations and quote-aware sentences.

One left-to-right pass over the quote marks of the text (found with one
``str.find`` scan per mark character, so the scan is linear).  Marks are
paired with a stack:

* typographic pairs (« », “ ”, „ “, ‹ ›) nest; a closing mark closes the
  nearest open mark of its pair and drops any unclosed mark opened inside it;
* the ASCII double quote is read as opening or closing from its neighbours
  (space before and a letter after opens; a letter before and a space or
  punctuation after closes);
* a quotation may run over paragraphs when each new paragraph opens with a
  mark of the same pair and only the last one closes (news style);
* a mark still open at a paragraph break that does not continue it, or at the
  end of the text, is unbalanced: it is dropped and the rest of the article is
  read as if it were absent.

The quote pairs are language data (``QUOTE_PAIRS`` in the speech resources).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import CUE, END, positions

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_ALNUM = re.compile(r"[^\W_]")       # a character for which str.isalnum() is true
_OPEN_BEFORE = "([{/«“„‹—–-'‘"
_DASHES = ("-", "–", "—")
_CLOSE_AFTER = ".,;:!?)]}»”›…—–-'’"


@dataclass(slots=True)
class Quote:
    open: int                   # offset of the opening mark
    close: int                  # offset of the closing mark
    continued: list = field(default_factory=list)   # offsets of paragraph-continuation marks
    open_tok: int = -1
    close_tok: int = -1

    @property
    def start(self) -> int:     # first character inside the marks
        return self.open + 1

    @property
    def end(self) -> int:       # one past the last character inside the marks
        return self.close


DATELINE_REACH = 24        # tokens at most from a paragraph's start to its dateline's dash


@lru_cache(maxsize=16)
def _marks(pairs: tuple) -> tuple:
    marks = tuple(sorted({c for p in pairs for c in p}))
    opens: dict[str, list[str]] = {}
    closes: dict[str, list[str]] = {}
    for o, c in pairs:
        opens.setdefault(o, []).append(c)
        closes.setdefault(c, []).append(o)
    return marks, opens, closes


def _mark_offsets(text: str, marks: tuple) -> list[int]:
    """Offsets of the quote marks in ``text``, in order."""
    found = []
    find = text.find
    for ch in marks:
        p = find(ch)
        while p >= 0:
            found.append(p)
            p = find(ch, p + 1)
    found.sort()
    return found


def find_quotes(text: str, pairs: tuple) -> list[Quote]:
    """Top-level quotations of ``text`` (nested ones are part of their outer quote)."""
    if not pairs:
        return []
    marks, opens, closes = _marks(pairs)
    stack: list[list] = []          # [mark, offset, expected closers, continuation offsets]
    open_count: dict[str, int] = {}  # how many open marks expect each closer
    found: list[Quote] = []
    last = 0
    n = len(text)

    for p in _mark_offsets(text, marks):
        ch = text[p]
        if stack and text.find("\n", last, p) >= 0:
            # a line break since the last mark: a new paragraph continues the quote when it
            # opens with a mark of the same pair; a blank line without one ends it (unbalanced)
            line_start = text.rfind("\n", last, p) + 1
            if (ch in opens and not text[line_start:p].strip() and set(opens[ch]) & set(stack[0][2])
                    and _opens_paragraph(text, stack[0][1])):
                stack[0][3].append(p)
                last = p + 1
                continue
            if _BLANK_LINE.search(text, last, p):
                stack.clear()
                open_count.clear()
        last = p + 1
        closers = opens.get(ch)             # None: not an opening mark
        is_open = closers is not None
        is_close = open_count.get(ch, 0) > 0
        if is_open and ch in closers:       # symmetric (the ASCII double quote)
            prev = text[p - 1] if p > 0 else " "
            nxt = text[p + 1] if p + 1 < n else " "
            looks_open = (prev.isspace() or prev in _OPEN_BEFORE) and not (nxt.isspace() or nxt in _CLOSE_AFTER)
            looks_close = not (prev.isspace() or prev in _OPEN_BEFORE)
            if is_close and looks_open:
                top_mark, top_pos = stack[-1][0], stack[-1][1]
                if top_mark != ch:
                    is_close = False            # a quotation inside another kind of quotation
                elif "\n" in text[top_pos:p]:
                    _drop_until(stack, open_count, ch)  # the older mark, lines above, was stray
                    is_close = False
                else:
                    is_open = False
            elif is_close:
                is_open = False
            elif looks_close and not looks_open:
                continue                        # a closing-looking mark with nothing open: stray
        if is_close:
            while stack:
                mark, pos, mcl, cont = stack.pop()
                for c in mcl:
                    open_count[c] -= 1
                if ch in opens.get(mark, ()):
                    found.append(Quote(pos, p, cont))
                    break
        elif is_open:
            stack.append([ch, p, closers, []])
            for c in closers:
                open_count[c] = open_count.get(c, 0) + 1
    # what is still open at the end is unbalanced
    found.sort(key=lambda q: q.open)
    top: list[Quote] = []
    end = -1
    for q in found:
        if q.open > end:
            top.append(q)
            end = q.close
    has_word = _ALNUM.search
    return [q for q in top if has_word(text, q.open + 1, q.close) is not None]


def _opens_paragraph(text: str, pos: int) -> bool:
    """Whether the mark at ``pos`` starts its line, follows a colon or starts a sentence (after an
    interrupting attribution: '"A," said X. "B.' then a new paragraph): only such a quotation runs
    on into the next paragraph (a stray mark inside a sentence does not)."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0\u202f":
        j -= 1
    return j < 0 or text[j] in "\n:.!?" and (j + 1 < pos or text[j] in "\n")


def _drop_until(stack, open_count, ch):
    """Drop the open marks down to (and including) the innermost one closed by ``ch``."""
    while stack:
        mark, pos, closers, cont = stack.pop()
        for c in closers:
            open_count[c] -= 1
        if ch in closers:
            return


def attach_tokens(quotes: list[Quote], starts: list[int]) -> list[Quote]:
    """Token indices of the marks (``starts``: token start offsets, sorted)."""
    out = []
    for q in quotes:
        a = bisect_left(starts, q.open)
        b = bisect_left(starts, q.close)
        if a < len(starts) and starts[a] == q.open and b < len(starts) and starts[b] == q.close:
            q.open_tok, q.close_tok = a, b
            out.append(q)
    return out


def quote_index(quotes: list[Quote], n: int) -> list[int]:
    """For each token, the index of the quotation whose marks enclose it (marks included), or -1."""
    inq = [-1] * n
    for k, q in enumerate(quotes):
        if q.close_tok >= q.open_tok:
            inq[q.open_tok:q.close_tok + 1] = [k] * (q.close_tok + 1 - q.open_tok)
    return inq


def _after_line_time(i: int, toks, text: str, blocked: list[bool]) -> bool:
    """Whether the dash at token ``i`` follows a time expression opening its line: the time stamp
    of a live report ("16h10 - Selon une source policière, ...", "16:10 - ..."), ended by the dash."""
    j = i - 1
    if j < 0 or not blocked[j]:
        return False
    while j > 0 and blocked[j - 1] and i - j < 8:
        j -= 1
    return j == 0 or "\n" in text[toks[j - 1].end:toks[j].start]


ATTRIBUTION_TAIL = 7        # words at most after the verb of a short attribution, before its end
ATTRIBUTION_ASIDE = 16      # tokens at most of an apposition between a speaker's name and the verb
_ASIDE_STOPS = frozenset([",", ".", ";", ":", "!", "?", "«", "»", "\"", "“", "”"])
# what opens reported words after a verb, not a tail of where it was said (so do the language's
# complementizers, given to ``sentences``)
_NOT_TAIL = frozenset([":", ";", "«", "\"", "“"])


def sentences(toks, keys: list[str], inq: list[int], quotes: list[Quote], text: str, honorifics,
              mask: list[int], where=None, offsets: list[int] | None = None,
              function_words: frozenset = frozenset(), blocked: list[bool] | None = None,
              prepositions: frozenset = frozenset(), complementizers: frozenset = frozenset()) -> tuple:
    """Quote-aware sentences: (sentence index of each token, first token of each sentence,
    end token of each sentence).  A sentence never ends inside a quotation.  ``mask`` marks
    end punctuation and dashes with ``lexicon.END``; ``where(bit)``, when given, lists the
    tokens having a bit (``lexicon.TokenBits.positions``); ``offsets``: the start offsets of the
    tokens; ``function_words``: after "a.m." or "e.g.", a sentence starts only on one of these ("at 9
    p.m. The police ...", not "at 10 a.m. ET"), or, after a clock time ("6 a.m."), on a capitalised
    word outside a time expression; never on a word of a time expression (``blocked``: "after 6
    a.m. Officers believe ...", not "at 7 a.m. Tuesday"); ``prepositions`` and ``complementizers``: what may
    open, and what may not stand in, the words of where a short attribution was said after a quotation closing
    on "!" or "?" (``_attribution_at``)."""
    n = len(toks)
    if n == 0:
        return [], [0], [0]
    lows = keys
    if offsets is None:
        offsets = [t.start for t in toks]
    # candidate boundaries: after an end mark, a dash or a closing quotation mark, or a new
    # tokenizer sentence (it also starts paragraphs).  The tokenizer starts a sentence only after
    # ". ! ?" (end marks) or at a line break, so the tokens after a line break stand for the
    # latter; those where no sentence starts are passed over below like any other candidate
    # (a dash ends a sentence only after a bracket, in a dateline: the others are passed over
    # here, unless a line break follows them, which makes the next token a candidate anyway)
    cands = {i + 1 for i in (where(END) if where is not None else positions(mask, END))
             if i < n - 1 and (lows[i] not in _DASHES or i > 0 and lows[i - 1] == ")"
                               or blocked is not None and _after_line_time(i, toks, text, blocked))}
    first, last = toks[0].start, toks[-1].start
    p = text.find("\n", first, last)
    while p >= 0:
        i = bisect_left(offsets, p)         # the first token after the line break
        cands.add(i)
        p = text.find("\n", offsets[i], last)
    cands.update(q.close_tok + 1 for q in quotes if q.close_tok + 1 < n)
    cands.discard(0)
    cands.discard(n)
    starts = [0]
    para_start = 0
    for i in sorted(cands):
        q = inq[i]
        if q >= 0 and q == inq[i - 1]:
            continue                            # never inside a quotation
        a, b = toks[i - 1], toks[i]
        if b.para != a.para:
            para_start = i
            starts.append(i)
            continue
        if "\n" in text[a.end:b.start]:
            para_start = i                      # a line of its own (a headline above the dateline)
        low = lows[i - 1]
        if low in _DASHES:
            if i >= 2 and lows[i - 2] == ")" and i - para_start < DATELINE_REACH:
                starts.append(i)                # a dateline: "PARIS, 14 mars 2024 (AFP) -", « SAINT-OMER
                                                # (Pas-de-Calais), 7 novembre 2023 (AFP) - »"
            elif blocked is not None and _after_line_time(i - 1, toks, text, blocked):
                starts.append(i)                # a live report's time stamp: "16h10 - "
            continue
        if b.sent != a.sent and "\n" in text[a.end:b.start]:
            starts.append(i)
            continue
        last, j = low, i - 1
        q = inq[i - 1]
        if q >= 0 and i >= 2 and quotes[q].close_tok == i - 1:
            last, j = lows[i - 2], i - 2        # « ... partirons. » Le ministre ...
            if last in ("?", "!") and _attribution_at(i, lows, mask, prepositions, complementizers):
                continue                        # '"How will you pay for it?" Karen Blake asked.
        if last == "." and b.sent != a.sent and b.text[:1].isdigit():
            starts.append(i)                    # "... contre le pays. 41 drones ont été abattus" (the tokenizer's)
            continue
        if last in (".", "!", "?", "…") and (b.text[:1].isupper() or b.text[:1] in "«“\"„-–—"):
            prev = toks[j - 1] if j >= 1 else None
            # (an initial is followed by a name, never by a quotation: 'wrote on X. "We need ...')
            # (a capital letter the tokenizer ends a sentence with is a platform's name: "posted on X. The")
            if prev is None or b.text[:1] in "«“\"„" or not ((len(prev.text) == 1 and (prev.text.isupper() and b.sent == a.sent or _dotted(toks, lows, j) and (
                    blocked is not None and blocked[i]
                    or lows[i] not in function_words and not _clock_then_sentence(toks, j, i, blocked))))
                                    or prev.low in honorifics):
                starts.append(i)
    ends = starts[1:] + [n]
    sid = [0] * n
    for s, (a, b) in enumerate(zip(starts, ends)):
        sid[a:b] = [s] * (b - a)
    return sid, starts, ends


def _attribution_at(i: int, lows: list[str], mask: list[int], prepositions: frozenset = frozenset(),
                    complementizers: frozenset = frozenset()) -> bool:
    """Whether a short attribution starts at token ``i``: a reporting verb within five tokens, then
    the end of the sentence or a comma, maybe after a few words of where it was said, opening on one
    of ``prepositions`` ("Karen Blake asked.", "the minister said,", "Peter Berdowski said in a
    statement.", not "Peter Berdowski said the company would appeal.": words of their own)."""
    n = len(lows)
    k, stop, aside = i, min(i + 5, n - 1), False
    while k < stop:
        if mask[k] & CUE:
            if lows[k + 1] in (".", ",", "!", "?"):
                return True
            if lows[k + 1] not in prepositions:
                return False
            for m in range(k + 2, min(k + 1 + ATTRIBUTION_TAIL, n)):
                if lows[m] in (".", ",", "!", "?"):
                    return True
                if lows[m] in _NOT_TAIL or lows[m] in complementizers:
                    return False
            return False
        if lows[k] == "," and k > i and not aside:
            # 'Peter Berdowski, chief executive of Boskalis, said in a statement.': the name's apposition,
            # up to its closing comma, then the verb
            m = k + 1
            while m < n - 1 and m - k <= ATTRIBUTION_ASIDE and lows[m] not in _ASIDE_STOPS:
                m += 1
            if m < n - 1 and lows[m] == ",":
                k, stop, aside = m + 1, m + 2, True
                continue
            return False
        if lows[k] in (".", ",", ";", ":", "!", "?"):
            return False
        k += 1
    return False


def _clock_then_sentence(toks, j: int, i: int, blocked) -> bool:
    """Whether the dotted abbreviation ending at token ``j`` closes a clock time ("6 a.m.") and the
    capitalised token ``i`` after it is in no time expression: a new sentence."""
    return (blocked is not None and j >= 4 and toks[j - 4].text.isdigit() and not blocked[i]
            and toks[i].text[:1].isupper())


def _dotted(toks, lows: list[str], j: int) -> bool:
    """Whether the full stop at token ``j`` closes letters and full stops alternating ("a.m.",
    "p.m.", "e.g."): an abbreviation, not the end of a sentence."""
    return j >= 3 and lows[j - 2] == "." and len(toks[j - 3].text) == 1 and toks[j - 3].text.isalpha()
