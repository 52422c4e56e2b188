"""The rule engine: compiles a language's patterns and finds their matches.

A rule is ``(name, pattern, action, params)``.  A pattern is a short sequence
of elements, each matching one or a few tokens (see the French resource
module for the syntax).  Matching is tried at each token with only the rules
whose first element can start there, every pattern has a bounded length, and
the scan advances past each match, so a text is read in linear time.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from functools import reduce
from operator import and_, itemgetter, or_
from types import ModuleType
from typing import Any, Callable

from ..resources import module
from ..tokens import Token, columns, strip_accents, tokenize

DIGIT = "#digit"
_NONE: list = []          # no match (shared, never modified)
_NO_VALUE = object()      # a tree node that ends no phrase
TRAILING = frozenset({",", ";", ":"})
BUILTINS = ("int", "day", "year", "hh", "mm", "hhmm", "num", "ord", "ord_or_day")
MAX_GROUPS = 2              # groups of three digits a number may add after a separator ("1,000,000")
MAX_ORDINAL = 12            # the largest ordinal read in figures ("1er", "3rd", "12e")


@lru_cache(maxsize=4096)
def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(t.low for t in tokenize(phrase))


class Vocabulary:
    """A category: phrases (as token tuples) mapped to values."""

    def __init__(self, entries: dict[str, Any]):
        self.table: dict[tuple[str, ...], Any] = {}
        for phrase, value in entries.items():
            key = phrase_key(phrase)
            if not key:
                continue
            self.table.setdefault(key, value)
        # unaccented spellings ("fevrier", "Etats") are common in wire copy
        for key, value in list(self.table.items()):
            folded = tuple(strip_accents(w) for w in key)
            self.table.setdefault(folded, value)
        self.maxlen = max((len(k) for k in self.table), default=0)
        self.first = {k[0] for k in self.table}
        # first word -> phrase lengths starting with it, longest first
        sizes: dict[str, set] = {}
        for k in self.table:
            sizes.setdefault(k[0], set()).add(len(k))
        self.sizes = {w: sorted(v, reverse=True) for w, v in sizes.items()}
        # the phrases as a tree of their words: word -> [value or _NO_VALUE, {next word -> ...}]
        self.tree: dict[str, list] = {}
        for key, value in self.table.items():
            level = self.tree
            for w in key[:-1]:
                level = level.setdefault(w, [_NO_VALUE, {}])[1]
            level.setdefault(key[-1], [_NO_VALUE, {}])[0] = value
        self.words = frozenset(w for w, node in self.tree.items() if node[0] is not _NO_VALUE)

    def longest(self, lows: list[str], j: int):
        """(end, value) of the longest phrase starting at token j, else None (``lows``: the
        tokens' ``low`` keys)."""
        node = self.tree.get(lows[j])
        best = None
        n = len(lows)
        while node is not None:
            j += 1
            if node[0] is not _NO_VALUE:
                best = (j, node[0])
            if j >= n or not node[1]:
                break
            node = node[1].get(lows[j])
        return best

    def all(self, lows: list[str], j: int) -> list:
        """[(end, value)] of every phrase starting at token j, longest first."""
        return self.read(None, lows, j)

    def read(self, toks, lows: list[str], j: int) -> list:
        """``all``, called as the rule engine reads an element (see ``Element.read``)."""
        node = self.tree.get(lows[j])
        if node is None:
            return _NONE
        if not node[1]:                 # a word that starts no longer phrase (the commonest case)
            return _NONE if node[0] is _NO_VALUE else [(j + 1, node[0])]
        out = []
        n = len(lows)
        while node is not None:
            j += 1
            if node[0] is not _NO_VALUE:
                out.append((j, node[0]))
            if j >= n or not node[1]:
                break
            node = node[1].get(lows[j])
        if len(out) > 1:
            out.reverse()
        return out

    def match(self, toks: list[Token], j: int):
        """Yield (end, value) for every phrase starting at token j, longest first."""
        sizes = self.sizes.get(toks[j].low)
        if sizes is None:
            return
        n = len(toks)
        table = self.table
        for size in sizes:
            if j + size > n:
                continue
            key = (toks[j].low,) if size == 1 else tuple(toks[k].low for k in range(j, j + size))
            if key in table:
                yield j + size, table[key]


@dataclass
class Element:
    kind: str                 # "cat", "lit", "builtin"
    name: str                 # category or builtin name
    label: str | None
    optional: bool
    context: bool
    vocab: Vocabulary | None = None
    read: Callable | None = None      # (toks, lows, j) -> [(end, value)], longest first
    # token key -> value or _NO_VALUE, when every phrase is one word (or the built-in category
    # reads one token)
    words: dict | None = None


@dataclass
class Rule:
    name: str
    elements: list[Element]
    action: str
    params: dict
    second: frozenset | None = None   # keys the next token must have, when known
    # (keys, min offset, max offset) of its mandatory elements after the first, rarest first
    probes: tuple = ()
    head: Vocabulary | None = None    # the first element's phrases, when some have several words
    # the same tests on token bits (see ``Grammar.bits``): bit of ``second`` (0: none), and
    # (bit, min offset, max offset) of each of ``probes`` tested
    second_bit: int = 0
    probe_bits: tuple = ()
    fixed: tuple = ()                 # (offset, bit) of the elements that sit at a fixed offset
    # first word of ``head`` that is no phrase alone -> bit of the words that may follow it
    head_next: dict = field(default_factory=dict)
    # the leading mandatory elements, as (words, read, label, context) (see ``_complete``)
    steps: tuple = ()


@dataclass(slots=True)
class Match:
    rule: str
    action: str
    params: dict
    start: int                # first token of the span (context excluded)
    end: int                  # one past the last token of the span
    full_start: int           # with context
    full_end: int
    caps: dict = field(default_factory=dict)   # label -> (value, tok_start, tok_end)


class Grammar:
    def __init__(self, res: ModuleType):
        self.res = res
        # what a match never ends with: punctuation, and the language's words that only join a
        # phrase to what follows ("November of" in "convicted in November of passing secrets")
        self.trailing = TRAILING | frozenset(getattr(res, "TRAILING_WORDS", ()))
        self.vocab = {name: Vocabulary(entries) for name, entries in res.CATEGORIES.items()}
        self.numbers = Vocabulary(res.NUMBER_WORDS)
        self.ordinals = Vocabulary({k: v for k, v in res.ORDINALS.items() if v > 0})
        self.ordinal_suffixes = frozenset(res.ORDINAL_SUFFIXES)
        # the marks between groups of three digits in a number ("8,200 hours"): one token each, glued
        self.thousands = frozenset(getattr(res, "THOUSANDS_SEPARATORS", ()))
        self.rules = [v for r in res.RULES for v in self._variants(self._compile(*r))]
        self.index: dict[str, list[Rule]] = {}
        for rule in self.rules:
            first = rule.elements[0]
            if first.kind == "lit" and first.vocab.maxlen == 1 and len(rule.elements) > 1 \
                    and not all(e.optional for e in rule.elements[1:]):
                rule.second = frozenset(self._first_keys(rule.elements[1:]))
            rule.probes = tuple(self._probes(rule.elements))
            if first.kind != "builtin" and first.vocab.maxlen > 1:
                rule.head = first.vocab     # a rule indexed by a first word that is no phrase alone
            for key in self._first_keys(rule.elements):
                self.index.setdefault(key, []).append(rule)
        # each word set that a rule tests (``second``, ``probes``) is a bit; a token's bits say
        # which sets hold its key, so that a test is an ``&`` on a token's bits, or on the bits
        # of a window of tokens or-ed together
        sets: dict[frozenset, int] = {}
        for rule in self.rules:
            fixed = self._fixed(rule.elements)
            for keys in (rule.second, *(p[0] for p in rule.probes), *(k for _, k in fixed)):
                if keys is not None and keys not in sets:
                    sets[keys] = 1 << len(sets)
            if rule.second is not None:
                rule.second_bit = sets[rule.second]
            rule.probe_bits = tuple((sets[keys], lo, hi) for keys, lo, hi in rule.probes)
            rule.fixed = tuple((offset, sets[keys]) for offset, keys in fixed)
            if rule.head is not None:
                for word, node in rule.head.tree.items():
                    following = frozenset(node[1])
                    # (a number's bits name its digit count, not its digits: no test on those)
                    if node[0] is _NO_VALUE and following and not any(w.isdecimal() for w in following):
                        if following not in sets:
                            sets[following] = 1 << len(sets)
                        rule.head_next[word] = sets[following]
        self.sets = sets
        for rule in self.rules:
            for el in rule.elements:
                if el.kind != "builtin":
                    el.read = el.vocab.read
                    if el.vocab.maxlen == 1:
                        el.words = _Words({key[0]: value for key, value in el.vocab.table.items()})
                elif el.name in _ONE_TOKEN:
                    el.words = _ONE_TOKEN[el.name]
                    el.read = el.words.read
                else:
                    el.read = getattr(self, "_read_" + el.name)
            lead = []
            for el in rule.elements:
                if el.optional:
                    break
                lead.append((el.words, el.read, el.label, el.context))
            rule.steps = tuple(lead)
        # token key -> the rules that may start there (a number: those its length allows), and
        # the token's bits; both worked out on first sight of each key
        self.starting = _Starting(self)
        self.bits = _Bits(self)
        self.survivors: dict[tuple, list] = {}      # see ``scan``
        self.near = _Near(self.starting.entries)

    def _lengths(self, el: Element) -> tuple[int, int]:
        if el.kind == "builtin":
            if el.name in ("num", "ord", "ord_or_day"):
                return 1, max(2 + 2 * MAX_GROUPS, self.numbers.maxlen, self.ordinals.maxlen)
            if el.name in _ONE_TOKEN:
                return 1, 1
            return 1, 2
        mins = min((len(k) for k in el.vocab.table), default=1)
        return mins, el.vocab.maxlen

    def _probes(self, elements: list[Element]) -> list[tuple[frozenset, int, int]]:
        """(keys, min offset, max offset) of each mandatory element after the first: the keys
        its first token must have and where that token can sit, rarest keys first.

        A rule is only tried where each such element's word is within reach: cheap tests (on
        the token bits, the same words around a candidate giving the same answer) that spare
        most of the matching work on ordinary words."""
        lo = hi = 0
        out = []
        for k, el in enumerate(elements):
            a, b = self._lengths(el)
            if not el.optional and k > 0:
                out.append((frozenset(self._first_keys([el])), lo, hi))
            lo += 0 if el.optional else a
            hi += b
        out.sort(key=lambda p: len(p[0]))
        return out

    def _fixed(self, elements: list[Element]) -> list[tuple[int, frozenset]]:
        """(offset, keys) of the mandatory elements after the first that always sit at the same
        offset, with the keys a token there must have (numbers by their count of digits)."""
        out = []
        offset = 0
        for k, el in enumerate(elements):
            a, b = self._lengths(el)
            if el.optional:
                break
            if k > 0:
                if el.kind == "builtin":
                    keys = {f"{DIGIT}{n}" for n in _DIGIT_LENGTHS[el.name]}
                    if el.name in ("num",):
                        keys |= self.numbers.first
                    elif el.name in ("ord", "ord_or_day"):
                        keys |= self.ordinals.first
                else:
                    keys = el.vocab.first
                out.append((offset, frozenset(keys)))
            if a != b:
                break
            offset += a
        return out

    def _variants(self, rule: Rule) -> list[Rule]:
        """A rule with a leading optional element is tried as two rules, with and without it,
        so that each is indexed by a word it really starts with."""
        first = rule.elements[0]
        if not first.optional or len(rule.elements) == 1:
            return [rule]
        with_it = Rule(rule.name, [Element(first.kind, first.name, first.label, False, first.context,
                                           first.vocab)] + rule.elements[1:], rule.action, rule.params)
        without = Rule(rule.name, rule.elements[1:], rule.action, rule.params)
        return [with_it] + self._variants(without)

    # ---- compilation -------------------------------------------------------
    def _compile(self, name: str, pattern: str, action: str, params: dict) -> Rule:
        elements = []
        for raw in pattern.split():
            optional = raw.endswith("?") and len(raw) > 1
            if optional:
                raw = raw[:-1]
            context = raw.startswith("^")
            raw = raw.lstrip("^")
            if raw.startswith("{") and raw.endswith("}"):
                inner = raw[1:-1]
                cat, _, label = inner.partition("=")
                label = label or cat
                if cat in BUILTINS:
                    elements.append(Element("builtin", cat, label, optional, context))
                elif cat in self.vocab:
                    elements.append(Element("cat", cat, label, optional, context, self.vocab[cat]))
                else:
                    raise ValueError(f"rule {name}: unknown category {cat!r}")
            else:
                words = {w.lstrip("^"): True for w in raw.split("|")}
                elements.append(Element("lit", raw, None, optional, context, Vocabulary(words)))
        return Rule(name, elements, action, params)

    def _first_keys(self, elements: list[Element]) -> set[str]:
        keys: set[str] = set()
        for el in elements:
            if el.kind == "builtin":
                keys.add(DIGIT)
                if el.name in ("num", "ord", "ord_or_day"):
                    keys |= self.numbers.first | self.ordinals.first
            else:
                keys |= el.vocab.first
            if not el.optional:
                break
        return keys

    # ---- matching ----------------------------------------------------------
    # -- the built-in categories, read at token j: [(end, value)] ----------------------------------
    def _read_day(self, toks, lows, j) -> list:
        tok = toks[j]
        if not tok.digit:
            return _NONE
        low = tok.low
        if len(low) <= 2 and 1 <= int(low) <= 31:
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is not None and nxt.start == tok.end and nxt.low in self.ordinal_suffixes:
                return [(j + 2, int(low))]      # "1er", "2nd"
            if nxt is None or nxt.start != tok.end or not nxt.low.isalpha():
                return [(j + 1, int(low))]
        return _NONE

    def _read_ord_or_day(self, toks, lows, j) -> list:
        if toks[j].digit:
            return self._read_day(toks, lows, j)
        return self.ordinals.read(toks, lows, j)

    def _read_num(self, toks, lows, j) -> list:
        tok = toks[j]
        if tok.digit:
            if len(tok.low) > 4:
                return _NONE
            if len(tok.low) <= 3 and self.thousands:
                # "8,200 hours", "1,000 years": groups of three digits after a glued separator
                k, value = j + 1, int(tok.low)
                while (k + 1 < len(toks) and k - j < 2 * MAX_GROUPS and lows[k] in self.thousands
                       and toks[k].start == toks[k - 1].end and toks[k + 1].start == toks[k].end
                       and toks[k + 1].digit and len(toks[k + 1].low) == 3):
                    value = value * 1000 + int(toks[k + 1].low)
                    k += 2
                if k > j + 1:
                    return [(k, value)]
            return [(j + 1, int(tok.low))]
        return self.numbers.read(toks, lows, j)

    def _read_ord(self, toks, lows, j) -> list:
        tok = toks[j]
        if tok.digit:
            # « le 1er dimanche de juin », « la 2e semaine », "the 3rd quarter": a figure with its ordinal
            # suffix glued
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if (len(tok.low) <= 2 and nxt is not None and nxt.start == tok.end and nxt.low in self.ordinal_suffixes
                    and 1 <= int(tok.low) <= MAX_ORDINAL):
                return [(j + 2, int(tok.low))]
            return _NONE
        return self.ordinals.read(toks, lows, j)

    def _complete(self, rule: Rule, toks: list[Token], lows: list[str], i: int) -> list[tuple]:
        """Every way the rule matches from token i: (end, captures, span start, span end),
        furthest end first, then longest span."""
        size = len(toks)
        # the leading mandatory elements, while each reads its words one way only, are one
        # straight path (the walk below would find the same): most candidates fail there
        caps: dict = {}
        j, s, e = i, None, None
        k = 0
        for words, read, label, context in rule.steps:
            if j >= size:
                return _NONE
            if words is not None:       # one-word phrases only: a dictionary lookup
                val = words[lows[j]]
                if val is _NO_VALUE:
                    return _NONE
                j2 = j + 1
            else:
                options = read(toks, lows, j)
                if len(options) != 1:
                    if not options:
                        return _NONE
                    break               # several readings: each is followed below
                j2, val = options[0]
            if label:
                caps[label] = (val, j, j2)
            if not context:
                if s is None:
                    s = j
                e = j2
            j = j2
            k += 1
        else:
            options = None
        els = rule.elements
        if options is None:
            if k == len(els):
                return [(j, caps, s, e)] if s is not None else _NONE
            options = els[k].read(toks, lows, j) if j < size else _NONE
        out: list[tuple] = []
        self._follow(els, toks, lows, k, j, options, caps, s, e, out)
        if len(out) > 1:
            out.sort(key=_BY_END_AND_SIZE, reverse=True)
        return out

    def _follow(self, els: list[Element], toks: list[Token], lows: list[str], k: int, j: int, options: list,
                caps: dict, s: int | None, e: int | None, out: list) -> None:
        """Add to ``out`` every way the elements from the k-th on match from token j, given the
        readings ``options`` of the k-th there, the captures and the span so far, in the order of
        the walk (``_walk``).  The path is followed straight while it has one way only (an optional
        element that reads nothing is left out, a mandatory one that reads one phrase is taken),
        each reading of a mandatory element in turn; from an optional element that reads
        something (read or left out), the walk takes over."""
        n = len(els)
        size = len(toks)
        while True:
            el = els[k]
            if not options:
                if not el.optional:
                    return
            elif el.optional:
                self._walk(els, toks, lows, k, j, caps, s, e, out)
                return
            elif len(options) > 1:
                label, context = el.label, el.context
                for j2, val in options:
                    c2 = caps
                    if label:
                        c2 = dict(caps)
                        c2[label] = (val, j, j2)
                    if k + 1 == n:
                        if (s is not None or not context) and len(out) <= 64:
                            out.append((j2, c2, s, e) if context else (j2, c2, j if s is None else s, j2))
                        continue
                    nxt = els[k + 1].read(toks, lows, j2) if j2 < size else _NONE
                    if context:
                        self._follow(els, toks, lows, k + 1, j2, nxt, c2, s, e, out)
                    else:
                        self._follow(els, toks, lows, k + 1, j2, nxt, c2, j if s is None else s, j2, out)
                return
            else:
                j2, val = options[0]
                if el.label:
                    caps = dict(caps)
                    caps[el.label] = (val, j, j2)
                if not el.context:
                    if s is None:
                        s = j
                    e = j2
                j = j2
            k += 1
            if k == n:
                if s is not None and len(out) <= 64:
                    out.append((j, caps, s, e))
                return
            options = els[k].read(toks, lows, j) if j < size else _NONE

    @staticmethod
    def _walk(els: list[Element], toks: list[Token], lows: list[str], k: int, j: int, caps: dict,
              s: int | None, e: int | None, out: list) -> None:
        """``_follow`` from an optional element that reads something: add to ``out`` every way the
        elements from the k-th on match from token j, given the captures and the span so far (at
        most 65 ways in all).  (A method of its own: the names its nested function shares are
        cells, made only for the candidates that get this far.)"""
        n = len(els)
        size = len(toks)

        def walk(k: int, j: int, caps: dict, s: int | None, e: int | None) -> None:
            if len(out) > 64:
                return
            if k == n:
                if s is not None:
                    out.append((j, caps, s, e))
                return
            el = els[k]
            if j < size:
                options = el.read(toks, lows, j)
                for j2, val in options:
                    c2 = caps
                    if el.label:
                        c2 = dict(caps)
                        c2[el.label] = (val, j, j2)
                    if el.context:
                        walk(k + 1, j2, c2, s, e)
                    else:
                        walk(k + 1, j2, c2, j if s is None else s, j2)
            if el.optional:
                walk(k + 1, j, caps, s, e)

        walk(k, j, caps, s, e)
        # the nested function refers to itself: without this, each call would leave a reference
        # cycle holding the tokens, alive until the cyclic collector finds it
        walk = None

    def scan(self, toks: list[Token], actions: Callable, lo: int = 0) -> list[tuple]:
        """All non-overlapping matches, leftmost-longest, in text order.

        ``actions(match, toks)`` turns a candidate into a list of
        ``(tok_start, tok_end, frame)`` or vetoes it with None.
        """
        hi = len(toks)
        found: list[tuple[int, int, dict]] = []
        lows = columns(toks)[0]
        # (a tuple: the windows below are slices of it, tuples already; past the end: no word, as
        # a shorter window, see ``_Tests``)
        bits = (*map(self.bits.__getitem__, lows), 0, 0)
        # the rule list that may start at each token (its number in ``_Starting.entries``), or None
        starts = list(map(self.starting.__getitem__, lows))
        # the candidates: the tokens where some rule may start
        at = list(compress(_positions(hi)[lo:hi], starts[lo:]))
        if not at:
            return found
        entries, survivors = self.starting.entries, self.survivors
        # the candidates whose rules pass their word tests on the bits of the next two tokens:
        # most candidates fail there, and the keys ``(list, bits, bits)`` are gathered and
        # looked up in C (see ``_Near``); only the others are read one by one (``at`` takes one
        # index more, so that ``itemgetter`` gives a tuple even for one candidate)
        gather = itemgetter(*at, at[0])
        keys = zip(gather(starts), gather(bits[1:]), gather(bits[2:]))
        after = lo          # the first token past the last match
        for i in compress(at, map(self.near.__getitem__, keys)):
            if i < after:
                continue
            ident = starts[i]
            reach, tests = entries[ident]
            # the rules whose word tests pass, given the bits of all the tokens the tests look
            # at (the same words around a candidate give the same answer: it is kept)
            window = bits[i + 1:i + reach + 1]
            key = (ident, window)
            passing = survivors.get(key)
            if passing is None:
                if len(survivors) >= 100_000:
                    survivors.clear()
                passing = survivors[key] = tests.passing(window)
            best = None
            # (a rule whose first phrases have several words is tried as the others: its word
            # tests have read the word after the first, ``head_next``, and ``_complete`` stops at
            # once when no phrase is there)
            for rule in passing:
                for j, caps, s, e in self._complete(rule, toks, lows, i):
                    if best is not None and (j, e - s) <= (best[0].full_end, best[0].end - best[0].start):
                        break
                    m = Match(rule.name, rule.action, rule.params, s, e, i, j, caps)
                    frames = actions(m, toks)
                    if frames:
                        best = (m, frames)
                        break
            if best is None:
                continue
            m, frames = best
            trailing = self.trailing
            for fs, fe, frame in frames:
                while fe - 1 > fs and lows[fe - 1] in trailing:
                    fe -= 1   # "March 3," ends before its comma
                found.append((fs, fe, frame))
            after = m.end if m.end > i else i + 1      # trailing context words may open the next match
        return found


# the token positions 0, 1, 2, ... as a list, for ``compress`` to pick the candidates from: a range
# would make an int object for every token of the text.  Grown to the longest text seen, up to
# ``_MAX_POSITIONS`` tokens (a longer text reads a range).
_MAX_POSITIONS = 1 << 16
_POSITIONS: list[int] = list(range(4096))


def _BY_END_AND_SIZE(t: tuple) -> tuple:
    """The order of the ways a rule matches: furthest end first, then longest span."""
    return t[0], t[3] - t[2]


def _positions(n: int):
    """A sequence of the positions 0 to at least ``n - 1``."""
    global _POSITIONS
    positions = _POSITIONS              # (one read: another thread may replace it meanwhile)
    if n <= len(positions):
        return positions
    if n > _MAX_POSITIONS:
        return range(n)
    positions = _POSITIONS = list(range(min(2 * n, _MAX_POSITIONS)))
    return positions


# bits that pass every test, for the tokens after the first two (see ``_Near``)
_ANY = [(-1,) * max(0, reach - 2) for reach in range(64)]


class _Tests:
    """The word tests of the rules that may start at a candidate (``_Starting``), on the bits of
    the tokens after it (``window``: as far as the rules look, fewer at the end of the text, or
    zeros: no word passes a test).

    Every test is ``the bits of a slice of the window, or-ed together, share a bit with a word
    set``; the tests of all the rules are grouped by slice, so that a window is read once per
    slice, and the rules that pass are kept by what those reads give (far fewer cases than
    windows)."""

    def __init__(self, rules: list, low: str | None):
        # ``low``: the candidate's key, when its rule list is its own (not a number's, shared by
        # a digit count): a rule's first phrases may then say which words can follow it
        self.rules = rules
        slices: dict[tuple[int, int], int] = {}     # (start, stop) of a slice -> its index
        union: list[int] = []                       # slice index -> the bits tested on it
        needs = []                                  # per rule: [(slice index, bit), ...]
        for rule in rules:
            tests = []
            if rule.second_bit:
                tests.append((0, 1, rule.second_bit))
            if low is not None and rule.head_next:
                bit = rule.head_next.get(low)
                if bit is not None:
                    tests.append((0, 1, bit))       # "de" opens "de la veille": not before this word
            # a word the rule needs within reach; a word at a fixed offset (that offset is at
            # least 1: the first element reads a token)
            tests += [(a - 1, b, bit) for bit, a, b in rule.probe_bits]
            tests += [(offset - 1, offset, bit) for offset, bit in rule.fixed]
            if any(start < 0 for start, _, _ in tests):
                raise ValueError(f"rule {rule.name}: a test before the token after the first")
            need = []
            for start, stop, bit in tests:
                k = slices.setdefault((start, stop), len(slices))
                if k == len(union):
                    union.append(0)
                union[k] |= bit
                need.append((k, bit))
            needs.append(need)
        self.cuts = tuple(slice(start, stop) for start, stop in slices)
        self.unions = tuple(union)
        # each test asks for one bit (one word set) in what one slice reads: with the reads laid
        # side by side in one number, ``width`` bits each, a rule passes when that number holds
        # all the bits of its ``mask``
        self.width = max([u.bit_length() for u in union], default=0)
        self.masks = []
        for need in needs:
            mask = 0
            for k, bit in need:
                if bit <= 0 or bit & (bit - 1):
                    raise ValueError(f"a test on several word sets at once: {bit:#x}")
                mask |= bit << (k * self.width)
            self.masks.append(mask)
        self.known: dict[tuple, list] = {}          # what the slices read -> the rules passing

    def passing(self, window: tuple) -> list:
        """The rules whose tests pass on ``window``."""
        # (each slice of the window or-ed together, and-ed with the bits tested on it, in C)
        reads = tuple(map(and_, map(reduce, repeat(or_), map(window.__getitem__, self.cuts), repeat(0)),
                          self.unions))
        out = self.known.get(reads)
        if out is None:
            if len(self.known) >= 10_000:
                self.known.clear()
            width = self.width
            laid = 0
            for k, read in enumerate(reads):
                laid |= read << (k * width)
            out = self.known[reads] = [rule for rule, mask in zip(self.rules, self.masks)
                                       if laid & mask == mask]
        return out


class _Bits(dict):
    """Token key -> the bits of the word sets (``Grammar.sets``) that hold its rule key (a number:
    ``DIGIT``)."""

    def __init__(self, grammar: "Grammar"):
        super().__init__()
        # rule key -> the bits of the sets that hold it
        self.of_key: dict[str, int] = {}
        for keys, bit in grammar.sets.items():
            for key in keys:
                self.of_key[key] = self.of_key.get(key, 0) | bit

    def __missing__(self, low: str) -> int:
        if len(self) >= 100_000:
            self.clear()
        # a number has two keys: DIGIT, and DIGIT with its count of digits ("#digit4")
        if low.isdecimal():
            bits = self.of_key.get(DIGIT, 0) | self.of_key.get(f"{DIGIT}{len(low)}", 0)
        else:
            bits = self.of_key.get(low, 0)
        self[low] = bits
        return bits


class _Starting(dict):
    """Token key -> the number (1 or more) of the list of rules that may start there, None when
    no rule starts there.  ``entries[number]`` is (reach, tests): how far after such a token the
    tests of those rules look, and the tests (``_Tests``, with the rules)."""

    def __init__(self, grammar: "Grammar"):
        super().__init__()
        self.grammar = grammar
        self.by_length: dict[int, int | None] = {}
        self.lists: dict[int, int] = {}
        self.entries: list[tuple | None] = [None]

    def _entry(self, rules: list | None, low: str | None):
        if not rules:
            return None
        ident = self.lists.get(id(rules))
        if ident is None:
            # how far after the candidate the tests look
            reach = max([1] + [hi for r in rules for _, _, hi in r.probe_bits]
                        + [offset for r in rules for offset, _ in r.fixed])
            ident = self.lists[id(rules)] = len(self.entries)
            self.entries.append((reach, _Tests(rules, low)))
        return ident

    def __missing__(self, low: str):
        if len(self) >= 100_000:
            self.clear()
        index = self.grammar.index
        if low.isdecimal():
            # a number can only start the built-in categories that allow its length
            digits = len(low)
            entry = self.by_length.get(digits, _NONE)
            if entry is _NONE:
                rules = [r for r in index.get(DIGIT, ()) if r.elements[0].kind != "builtin"
                         or digits in _DIGIT_LENGTHS[r.elements[0].name]]
                entry = self.by_length[digits] = self._entry(rules, None)
        else:
            entry = self._entry(index.get(low), low)
        self[low] = entry
        return entry


class _Near(dict):
    """(rule list number, bits of the next token, bits of the one after) -> the rules of that
    list (see ``_Starting``) whose tests pass on those bits, any bits further on passing."""

    def __init__(self, entries: list):
        super().__init__()
        self.entries = entries

    def __missing__(self, key: tuple) -> list:
        if len(self) >= 100_000:
            self.clear()
        reach, tests = self.entries[key[0]]
        passing = self[key] = tests.passing(key[1:] + _ANY[reach])
        return passing


class _Words(dict):
    """Word -> value of a category's one-word phrases; _NO_VALUE for any other word."""

    def __missing__(self, low: str):
        return _NO_VALUE


class _OneToken(dict):
    """Token key -> the value a built-in category that reads one token gives it, or _NO_VALUE
    (a number only, with ``test(digits, value)``); worked out on first sight of each key."""

    def __init__(self, test: Callable[[str, int], bool]):
        super().__init__()
        self.test = test

    def __missing__(self, low: str):
        if len(self) >= 100_000:
            self.clear()
        value = _NO_VALUE
        if low.isdecimal() and len(low) <= 9:
            number = int(low)
            if self.test(low, number):
                value = number
        self[low] = value
        return value

    def read(self, toks, lows, j) -> list:
        """The category read at token j: [(end, value)]."""
        value = self[lows[j]]
        return _NONE if value is _NO_VALUE else [(j + 1, value)]


# built-in categories that always read one token: token key -> value
_ONE_TOKEN = {"int": _OneToken(lambda low, n: True),
              "year": _OneToken(lambda low, n: len(low) == 4 and 1000 <= n <= 2199),
              "hh": _OneToken(lambda low, n: len(low) <= 2 and 0 <= n <= 24),
              "mm": _OneToken(lambda low, n: len(low) == 2 and 0 <= n <= 59),
              # a clock time written as four digits ("1830 GMT"): its value is 100 * hours + minutes
              "hhmm": _OneToken(lambda low, n: len(low) == 4 and n // 100 <= 23 and n % 100 <= 59)}
# digit lengths each built-in category can start with (a cheap test before matching)
_DIGIT_LENGTHS = {"int": range(1, 10), "day": (1, 2), "ord_or_day": (1, 2), "year": (4,),
                  "hh": (1, 2), "mm": (2,), "hhmm": (4,), "num": (1, 2, 3, 4), "ord": (1, 2)}


@lru_cache(maxsize=None)
def grammar(lang: str) -> Grammar:
    return Grammar(module(lang, "temporal"))
