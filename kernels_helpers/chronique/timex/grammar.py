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
from types import ModuleType
from typing import Any, Callable

from ..resources import module
from ..tokens import Token, strip_accents, tokenize

DIGIT = "#digit"
TRAILING = frozenset({",", ";", ":"})
BUILTINS = ("int", "day", "year", "hh", "mm", "num", "ord", "ord_or_day")


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


@dataclass
class Rule:
    name: str
    elements: list[Element]
    action: str
    params: dict
    second: frozenset | None = None   # keys the next token must have, when known
    probe: tuple | None = None        # (keys, min offset, max offset) of its rarest element


@dataclass
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
        self.vocab = {name: Vocabulary(entries) for name, entries in res.CATEGORIES.items()}
        self.numbers = Vocabulary(res.NUMBER_WORDS)
        self.ordinals = Vocabulary({k: v for k, v in res.ORDINALS.items() if v > 0})
        self.ordinal_suffixes = frozenset(res.ORDINAL_SUFFIXES)
        self.rules = [v for r in res.RULES for v in self._variants(self._compile(*r))]
        self.index: dict[str, list[Rule]] = {}
        for rule in self.rules:
            first = rule.elements[0]
            if first.kind == "lit" and first.vocab.maxlen == 1 and len(rule.elements) > 1 \
                    and not all(e.optional for e in rule.elements[1:]):
                rule.second = frozenset(self._first_keys(rule.elements[1:]))
            rule.probe = self._probe(rule.elements)
            for key in self._first_keys(rule.elements):
                self.index.setdefault(key, []).append(rule)

    def _lengths(self, el: Element) -> tuple[int, int]:
        if el.kind == "builtin":
            if el.name in ("num", "ord", "ord_or_day"):
                return 1, max(2, self.numbers.maxlen, self.ordinals.maxlen)
            return 1, 2
        mins = min((len(k) for k in el.vocab.table), default=1)
        return mins, el.vocab.maxlen

    def _probe(self, elements: list[Element]):
        """The mandatory element with the fewest possible first words, and where it can sit.

        A rule is only tried where that element's word is within reach: a cheap test
        that spares most of the matching work on ordinary words."""
        lo = hi = 0
        best = None
        for k, el in enumerate(elements):
            a, b = self._lengths(el)
            if not el.optional and k > 0:
                keys = frozenset(self._first_keys([el]))
                if best is None or len(keys) < len(best[0]):
                    best = (keys, lo, hi)
            lo += 0 if el.optional else a
            hi += b
        return best

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
    def _builtin(self, name: str, toks: list[Token], j: int):
        tok = toks[j]
        if tok.digit:
            if len(tok.low) > 9:
                return
            v = int(tok.low)
            if name == "int":
                yield j + 1, v
            elif name in ("day", "ord_or_day"):
                if 1 <= v <= 31 and len(tok.low) <= 2:
                    nxt = toks[j + 1] if j + 1 < len(toks) else None
                    if nxt is not None and nxt.start == tok.end and nxt.low in self.ordinal_suffixes:
                        yield j + 2, v
                    elif nxt is None or nxt.start != tok.end or not nxt.low.isalpha():
                        yield j + 1, v
            elif name == "year":
                if len(tok.low) == 4 and 1000 <= v <= 2199:
                    yield j + 1, v
            elif name == "hh":
                if 0 <= v <= 24 and len(tok.low) <= 2:
                    yield j + 1, v
            elif name == "mm":
                if len(tok.low) == 2 and 0 <= v <= 59:
                    yield j + 1, v
            elif name == "num":
                if len(tok.low) <= 4:
                    yield j + 1, v
            return
        if name == "num":
            yield from self.numbers.match(toks, j)
        elif name in ("ord", "ord_or_day"):
            yield from self.ordinals.match(toks, j)

    def _element(self, el: Element, toks: list[Token], j: int):
        if j >= len(toks):
            return
        if el.kind == "builtin":
            yield from self._builtin(el.name, toks, j)
        else:
            yield from el.vocab.match(toks, j)

    def _complete(self, rule: Rule, toks: list[Token], i: int) -> list[tuple]:
        out: list[tuple] = []
        els = rule.elements
        n = len(els)

        def walk(k: int, j: int, caps: dict, s: int | None, e: int | None) -> None:
            if len(out) > 64:
                return
            if k == n:
                if s is not None:
                    out.append((j, caps, s, e))
                return
            el = els[k]
            for j2, val in self._element(el, toks, j):
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

        walk(0, i, {}, None, None)
        out.sort(key=lambda t: (t[0], t[3] - t[2]), reverse=True)
        return out

    def scan(self, toks: list[Token], actions: Callable, lo: int = 0) -> list[tuple]:
        """All non-overlapping matches, leftmost-longest, in text order.

        ``actions(match, toks)`` turns a candidate into a list of
        ``(tok_start, tok_end, frame)`` or vetoes it with None.
        """
        hi = len(toks)
        found: list[tuple[int, int, dict]] = []
        keys = [DIGIT if t.digit else t.low for t in toks]
        folded = [k if k.isascii() else strip_accents(k) for k in keys]
        index = self.index
        i = lo
        while i < hi:
            rules = index.get(keys[i])
            if rules is None and folded[i] is not keys[i]:
                rules = index.get(folded[i])
            best = None
            if rules:
                nkey = keys[i + 1] if i + 1 < hi else None
                nfold = folded[i + 1] if i + 1 < hi else None
                digits = len(toks[i].low) if keys[i] is DIGIT else 0
                for rule in rules:
                    if digits and rule.elements[0].kind == "builtin" and \
                            digits not in _DIGIT_LENGTHS[rule.elements[0].name]:
                        continue
                    second = rule.second
                    if second is not None and nkey not in second and nfold not in second:
                        continue
                    if rule.probe is not None:
                        want, a, b = rule.probe
                        for k in range(i + a, min(hi, i + b + 1)):
                            if keys[k] in want or folded[k] in want:
                                break
                        else:
                            continue
                    for j, caps, s, e in self._complete(rule, toks, i):
                        if best is not None and (j, e - s) <= (best[0].full_end, best[0].end - best[0].start):
                            break
                        m = Match(rule.name, rule.action, rule.params, s, e, i, j, caps)
                        frames = actions(m, toks)
                        if frames:
                            best = (m, frames)
                            break
            if best is None:
                i += 1
                continue
            m, frames = best
            for fs, fe, frame in frames:
                while fe - 1 > fs and toks[fe - 1].low in TRAILING:
                    fe -= 1   # "March 3," ends before its comma
                found.append((fs, fe, frame))
            i = max(m.full_end, i + 1)
        return found


# digit lengths each built-in category can start with (a cheap test before matching)
_DIGIT_LENGTHS = {"int": range(1, 10), "day": (1, 2), "ord_or_day": (1, 2), "year": (4,),
                  "hh": (1, 2), "mm": (2,), "num": (1, 2, 3, 4), "ord": ()}


@lru_cache(maxsize=None)
def grammar(lang: str) -> Grammar:
    return Grammar(module(lang, "temporal"))
