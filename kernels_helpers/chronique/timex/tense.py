"""The tense of the clause around an expression: does it point forward or back?

In news a bare weekday points to the past about 70% of the time, so a clause
counts as future only on positive evidence: a future form, a modal, or a
"next" word from the language's resources.
"""
from __future__ import annotations

from types import ModuleType

from ..tokens import Token

WINDOW = 12


class TenseReader:
    def __init__(self, res: ModuleType):
        self.future_words = frozenset(res.FUTURE_WORDS)
        self.future_suffixes = tuple(res.FUTURE_SUFFIXES)
        self.future_exceptions = frozenset(res.FUTURE_SUFFIX_EXCEPTIONS)
        self.past_words = frozenset(res.PAST_WORDS)
        self.past_suffixes = tuple(res.PAST_SUFFIXES)
        self.past_min = res.PAST_SUFFIX_MIN
        self.breaks = frozenset(res.CLAUSE_BREAKS)
        self.not_past_after = frozenset(getattr(res, "NOT_PAST_AFTER", ()))

    def _mark(self, tok: Token, prev: Token | None = None) -> str | None:
        w = tok.low
        if not tok.text[:1].isalpha():
            return None
        if w in self.future_words:
            return "future"
        if self.future_suffixes and len(w) > 4 and w.endswith(self.future_suffixes) \
                and w not in self.future_exceptions:
            return "future"
        if w in self.past_words:
            return "past"
        if self.past_suffixes and len(w) >= self.past_min and w.endswith(self.past_suffixes):
            if prev is not None and prev.low in self.not_past_after:
                return None
            return "past"
        return None

    def tense(self, toks: list[Token], start: int, end: int) -> str | None:
        """'future', 'past' or None for the clause around tokens [start, end)."""
        if not toks:
            return None
        sent = toks[start].sent
        best: tuple[int, str] | None = None
        # look left then right, nearest marker wins; stop at clause breaks
        for step, rng in ((-1, range(start - 1, max(-1, start - 1 - WINDOW), -1)),
                          (1, range(end, min(len(toks), end + WINDOW)))):
            for dist, k in enumerate(rng, 1):
                tok = toks[k]
                if tok.sent != sent or tok.low in self.breaks:
                    break
                mark = self._mark(tok, toks[k - 1] if k > 0 else None)
                if mark:
                    # a marker on the left weighs a little more: the auxiliary
                    # usually precedes the expression in both languages
                    score = dist * 2 + (0 if step < 0 else 1)
                    if best is None or score < best[0]:
                        best = (score, mark)
                    break
        return None if best is None else best[1]
