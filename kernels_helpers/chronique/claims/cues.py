"""Reporting cues: inflected cue verbs (with their auxiliaries, inversions and
adverbs) and attribution phrases ("selon", "according to").

A cue is only a candidate here; ``attribute`` decides whether it reports a
claim, from the frames its lemma licenses.  The scan is one pass of
dictionary lookups over the tokens.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, repeat
from operator import and_

from .lexicon import ADV, CUE, Lexicon


@dataclass(slots=True, eq=False)
class Cue:
    s: int                          # token span of the cue words [s, e)
    e: int
    v: int                          # token index of the lexical verb (or of the phrase)
    lemma: str
    tags: frozenset                 # fin, finp, pp, ppr, according
    aux: int | None = None          # index of the auxiliary
    participle: bool = False        # "ayant déclaré", "having said"
    passive: bool = False           # "est accusé", "a été accusé", "accusée par"
    inv: int | None = None          # index of the inverted subject pronoun ("a-t-il")
    negated: bool = False
    ve: int = 0                     # end of the verb form itself

    @property
    def according(self) -> bool:
        return "according" in self.tags

    @property
    def past(self) -> bool:
        return self.aux is not None or "finp" in self.tags


def _inversion(j: int, keys, lex: Lexicon):
    """After a verb: "-il", "-t-elle" -> (index after, pronoun index) or (j, None)."""
    n = len(keys)
    if j + 1 < n and keys[j] in lex.joiners:
        if j + 3 < n and keys[j + 1] in lex.euphonic and keys[j + 2] in lex.joiners and keys[j + 3] in lex.pronouns:
            return j + 4, j + 3
        if keys[j + 1] in lex.pronouns:
            return j + 2, j + 1
    return j, None


def _skip_adverbs(j: int, keys, caps, lex: Lexicon, limit: int = 4):
    n = len(keys)
    neg = False
    for _ in range(limit):
        if j >= n:
            break
        if keys[j] in lex.negation_after:
            neg = True
            j += 1
            continue
        a = lex.adverbs.match(keys, caps, j)
        if a is None:
            break
        j += a[0]
    return j, neg


def _negated_before(i: int, keys, lex: Lexicon) -> bool:
    for j in range(i - 1, max(-1, i - 4), -1):
        k = keys[j]
        if k in lex.negation:
            return True
        if not (k[:1].isalnum() or k == "'"):
            return False
    return False


def find_cues(toks, keys, caps, lex: Lexicon, mask: list[int]) -> list[Cue]:
    n = len(toks)
    out: list[Cue] = []
    i = 0
    for i0 in list(compress(range(n), map(and_, mask, repeat(CUE)))):
        if i0 < i:
            continue
        i = i0
        k = keys[i]
        if k in lex.aux or k in lex.participle_aux:
            j, inv = _inversion(i + 1, keys, lex)
            neg = False
            if j < n and (mask[j] & ADV or keys[j] in lex.negation_after):
                j, neg = _skip_adverbs(j, keys, caps, lex)
            passive = False
            if j < n and keys[j] in lex.passive_aux:
                passive = True
                j, neg2 = _skip_adverbs(j + 1, keys, caps, lex)
                neg = neg or neg2
            m = lex.cues.match(keys, caps, j) if j < n and keys[j] in lex.cues.first else None
            if m is not None and any(t == "pp" for _, t in m[1]):
                lemma = _lemma(m[1], "pp")
                out.append(Cue(i, j + m[0], j, lemma, frozenset(t for _, t in m[1]), aux=i,
                               participle=k in lex.participle_aux, passive=passive, inv=inv,
                               negated=neg or _negated_before(i, keys, lex), ve=j + m[0]))
                i = j + m[0]
                continue
        if k in lex.passive_aux:
            j = i + 1
            if j < n and mask[j] & ADV:
                j, _ = _skip_adverbs(j, keys, caps, lex)
            m = lex.cues.match(keys, caps, j) if j < n and keys[j] in lex.cues.first else None
            if m is not None and any(t == "pp" for _, t in m[1]):
                out.append(Cue(j, j + m[0], j, _lemma(m[1], "pp"), frozenset({"pp"}), passive=True,
                               ve=j + m[0]))
                i = j + m[0]
                continue
        m = lex.cues.match(keys, caps, i) if k in lex.cues.first else None
        if m is not None:
            length, forms = m
            tags = frozenset(t for _, t in forms)
            prev = keys[i - 1] if i else ""
            finite = bool(tags & {"fin", "finp"})
            if prev in lex.determiners.first and not (i >= 2 and keys[i - 2] in lex.relatives):
                i += length                     # "la menace", "the claims": a noun
                continue
            if "inf" in tags and (prev in lex.inf_markers or prev in lex.modals) and not (tags & {"finp", "pp"}):
                i += length                     # "to confirm", "could say"
                continue
            if finite or "pp" in tags or "ppr" in tags:
                tag = "fin" if finite else ("pp" if "pp" in tags else "ppr")
                e, inv = _inversion(i + length, keys, lex) if finite else (i + length, None)
                out.append(Cue(i, e, i, _lemma(forms, tag if tag != "fin" else None), tags, inv=inv,
                               negated=_negated_before(i, keys, lex), ve=i + length,
                               passive=not finite and "pp" in tags))
                i = e
                continue
        a = lex.according.match(keys, caps, i) if lex.according.may_start(keys, i) else None
        if a is not None:
            out.append(Cue(i, i + a[0], i, "", frozenset({"according"}), ve=i + a[0]))
            i += a[0]
            continue
        i += 1
    return out


def _lemma(forms, tag=None) -> str:
    best = sorted(forms)
    for lemma, t in best:
        if tag is None or t == tag:
            return lemma
    return best[0][0]
