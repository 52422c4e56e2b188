"""Reporting cues: inflected cue verbs (with their auxiliaries, inversions and
adverbs) and attribution phrases ("selon", "according to").

A cue is only a candidate here; ``attribute`` decides whether it reports a
claim, from the frames its lemma licenses.  The scan is one pass of
dictionary lookups over the tokens.
"""
from __future__ import annotations

from dataclasses import dataclass
from .lexicon import ADV, CAP, CUE, NEG, Lexicon, fold, positions, purpose_start


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
    according: bool = False         # an attribution phrase ("selon", "according to"): tags "according"

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


def _skip_adverbs(j: int, keys, caps, lex: Lexicon, mask, limit: int = 4):
    n = len(keys)
    neg = False
    for _ in range(limit):
        if j >= n:
            break
        if keys[j] in lex.negation_after:
            neg = True
            j += 1
            continue
        a = lex.adverbs.match(keys, caps, j) if mask[j] & ADV else None
        if a is None:
            break
        j += a[0]
    return j, neg


def in_name(i: int, toks, mask) -> bool:
    """Whether the cue word at token ``i`` is written with a capital right after a capitalised
    word in no table, in the same sentence: a surname ("said Rehema Said", "Edward Said"), no cue."""
    if i < 1 or mask[i - 1] != CAP or toks[i - 1].sent != toks[i].sent:
        return False
    t, p = toks[i].text, toks[i - 1].text
    return (len(t) > 1 and t[0].isupper() and t[1:].islower() and len(p) > 1 and p[0].isupper()
            and p[1:].isalpha() and p[1:].islower())


def _compound(i: int, toks, keys, lex: Lexicon) -> bool:
    """Whether the cue word at token ``i`` opens a compound adjective, glued by a hyphen to a
    lowercase word that is no inverted pronoun: "state-run media", "state-owned", no cue."""
    t = toks[i + 2]
    return (toks[i + 1].start == toks[i].end and t.start == toks[i + 1].end and len(t.text) > 2
            and t.text.isalpha() and t.text.islower() and keys[i + 2] not in lex.pronouns
            and keys[i + 2] not in lex.joiners)


def _name_part(i: int, toks, keys, caps, lex: Lexicon) -> bool:
    """Whether the capitalised cue word at token ``i``, not the first of its sentence, is followed
    by a capitalised word of the same sentence that opens no clause: a word of a name ("the U.S.
    State Department said", "State TV reported"), no cue."""
    j = i + 1
    if j >= len(toks) or not caps[j] or toks[j].sent != toks[i].sent or toks[i - 1].sent != toks[i].sent:
        return False
    k, p = keys[j], toks[i - 1].text
    return (p[:1].isalnum() or p == ".") and toks[j].text[:1].isalpha() and k not in lex.function_words \
        and k not in lex.pronouns and k not in lex.determiners.first


def _place_word(i: int, keys, caps, lex: Lexicon) -> bool:
    """Whether the capitalised cue word at token ``i`` is the second word of a place or medium whose first
    word, capitalised, is right before it: "the United States on Tuesday" ("States"), no cue."""
    if not (i and caps[i - 1]):
        return False
    pair = (fold(keys[i - 1]), fold(keys[i]))
    return pair in lex.gazetteer.pairs or pair in lex.media.pairs


def _negated_before(i: int, keys, lex: Lexicon, mask) -> bool:
    if i >= 3 and not (mask[i - 1] | mask[i - 2] | mask[i - 3]) & NEG:
        return False                    # no negation in reach
    negation = lex.negation
    for j in range(i - 1, max(-1, i - 4), -1):
        k = keys[j]
        if k in negation:
            return True
        if not (k[:1].isalnum() or k == "'") or k in lex.coordinators:
            return False                # ("a project it could not afford and said ...": the
                                        # negation is the first verb's)
    return False


def _possessed_noun(i: int, toks, keys, lex: Lexicon) -> bool:
    """Whether the cue word at token ``i`` closes a noun phrase opened by a possessive and adjectives of statements
    (``STATEMENT_ADJECTIVES``: "his first public comments"): a noun, no verb ("His wife says" stays one)."""
    adjectives = lex.statement_adjectives
    if not adjectives or keys[i - 1] not in adjectives:
        return False
    t = i - 1
    while t >= 0 and i - t <= 3 and keys[t] in adjectives:
        t -= 1
    return t >= 0 and keys[t] in lex.possessive_words


def _modifier_before_subject(t: int, toks, keys, lex: Lexicon, prev: str) -> bool:
    """Whether a present-tense cue word ending before token ``t``, after punctuation or at the
    start of a sentence, is a noun's modifier: a lowercase noun follows, then (up to two more
    words) a finite cue word of its own ("..., state media reported", "..., state utility STEG
    said"), not an inverted subject ("..., say analysts")."""
    n = len(keys)
    if prev[:1].isalnum() or t + 1 >= n or not toks[t].text[:1].isalpha() or not toks[t].text[:1].islower():
        return False
    k = keys[t]
    if (k in lex.function_words or k in lex.determiners.first or k in lex.cues.first
            or k in lex.relatives or k in lex.coordinators):
        return False
    for x in range(t + 1, min(n, t + 4)):
        k = keys[x]
        if k in lex.cues.first:
            m = lex.cues.hits.get(k)
            return m is not None and bool(lex.cue_forms[m[1]][0] & _FINITE)
        if (not toks[x].text[:1].isalnum() or k in lex.relatives or k in lex.coordinators
                or k in lex.complementizers.first or k in lex.function_words):
            return False
    return False


def _after_gap(j: int, keys, blocked) -> int:
    """The token after a time expression or an aside between commas at token ``j`` (``j`` when there
    is none, or when the aside is longer than eight tokens)."""
    n = len(keys)
    if keys[j] == ",":
        k = j + 1
        while k < n and k < j + 10 and keys[k] not in (",", ".", ";", ":", "«", "»", "\"", "“", "”"):
            k += 1
        return k + 1 if k < n and keys[k] == "," and k > j + 1 else j
    k = j
    while k < n and k < j + 10 and blocked[k]:
        k += 1
    return k if k < n and not blocked[k] else j      # (a date of ten tokens at most)


def _phrase_across_date(j: int, m, keys, caps, lex: Lexicon, blocked):
    """A cue phrase whose verb, at token ``j``, is parted from the rest of the phrase by a time
    expression (maybe after a preposition): « a appelé mardi à un cessez-le-feu », "called on
    Tuesday for calm" -> (end of the phrase, match), when the phrase is longer than the match ``m``
    read without the date; else None."""
    n = len(keys)
    g = j + 1
    if g + 1 < n and keys[g] in lex.prepositions and blocked[g + 1]:
        g += 1
    if g >= n or not blocked[g]:
        return None
    limit = min(n, g + 10)
    while g < limit and blocked[g]:
        g += 1
    if g >= limit:
        return None
    t1 = lex.cues.tree.get(keys[j])
    if t1 is None or keys[g] not in t1:
        return None
    m2 = lex.cues.match([keys[j]] + keys[g:g + 4], [caps[j]] + caps[g:g + 4], 0)
    if m2 is None or m2[0] < 2 or m is not None and m[0] > m2[0]:
        return None
    return g + m2[0] - 1, m2


def find_cues(toks, keys, caps, lex: Lexicon, mask: list[int], where=None, blocked=None) -> list[Cue]:
    """Candidate cues in text order (``where(bit)``, when given, lists the tokens having a bit;
    ``blocked``, when given, marks the tokens of time expressions)."""
    n = len(toks)
    out: list[Cue] = []
    participle_aux, passive_aux = lex.participle_aux, lex.passive_aux
    cue_words = lex.cues.first
    cue_match = lex.cues.match
    forms_info = lex.cue_forms
    kinds = lex.cue_kinds
    joiners = lex.joiners
    cue_tree, cue_hits, cue_cased1 = lex.cues.tree, lex.cues.hits, lex.cues.cased1
    acc = lex.according
    acc_hits, acc_tree, acc_match = (acc.hits, acc.tree, acc.match) if acc is not None else ({}, {}, None)
    i = 0
    for i0 in (where(CUE) if where is not None else positions(mask, CUE)):
        if i0 < i:
            continue
        i = i0
        k = keys[i]
        kind = kinds.get(k, 0)          # which of the tests below may succeed
        if kind == 8 and k not in acc_hits:
            # the first word of attribution phrases alone ("de", "in"): read on only when the next
            # words may go on with one
            t2 = acc_tree.get(k, _NO_TREE).get(keys[i + 1]) if i + 1 < n else None
            if t2 is None or not (None in t2 or i + 2 < n and keys[i + 2] in t2):
                i += 1
                continue
        if not kind or i and (mask[i - 1] == CAP and in_name(i, toks, mask)
                              or caps[i] and (_name_part(i, toks, keys, caps, lex)
                                              or _place_word(i, keys, caps, lex))) or (
                i + 2 < n and keys[i + 1] == "-" and _compound(i, toks, keys, lex)):
            i += 1
            continue
        if kind & 1:
            j, inv = _inversion(i + 1, keys, lex) if i + 2 < n and keys[i + 1] in joiners else (i + 1, None)
            neg = False
            if j < n and (mask[j] & ADV or keys[j] in lex.negation_after):
                j, neg = _skip_adverbs(j, keys, caps, lex, mask)
            if j + 1 < n and blocked is not None and keys[j] in lex.prepositions and blocked[j + 1] \
                    and lex.aux_gaps:
                j += 1                  # "had on Monday said"
            if j < n and (keys[j] == "," or blocked is not None and blocked[j]) and lex.aux_gaps:
                # "Le ministre a mardi annoncé", "ont, dans un communiqué commun, jugé": a date or an
                # aside between commas between the auxiliary and its participle
                j = _after_gap(j, keys, blocked)
            passive = False
            if j < n and keys[j] in passive_aux:
                passive = True
                j, neg2 = _skip_adverbs(j + 1, keys, caps, lex, mask)
                neg = neg or neg2
            m = cue_match(keys, caps, j) if j < n and keys[j] in cue_words else None
            e = j + m[0] if m is not None else 0
            if m is not None and blocked is not None and j + 1 < n:
                g = _phrase_across_date(j, m, keys, caps, lex, blocked)
                if g is not None:
                    e, m = g    # « a appelé mardi à la retenue »
            if m is not None:
                info = forms_info[m[1]]
                if info[1]:             # a past participle
                    out.append(Cue(i, e, j, info[2], info[0], i, k in participle_aux, passive, inv,
                                   neg or _negated_before(i, keys, lex, mask), e))
                    i = e
                    continue
        if kind & 2:
            j = i + 1
            if j < n and mask[j] & ADV:
                j, _ = _skip_adverbs(j, keys, caps, lex, mask)
            m = cue_match(keys, caps, j) if j < n and keys[j] in cue_words else None
            if m is not None:
                info = forms_info[m[1]]
                if info[1]:
                    e = j + m[0]
                    out.append(Cue(j, e, j, info[2], _PP, None, False, True, None, False, e))
                    i = e
                    continue
        if not kind & 4:
            m = None
        elif k in cue_tree:
            m = cue_match(keys, caps, i)
            if m is not None and m[0] > 1 and k in cue_hits and lex.channels.match(
                    [fold(x) for x in keys[i + 1:i + 8]], caps[i + 1:i + 8], 0) is not None:
                m = cue_hits[k]         # "wrote in a memo that ...": the verb, then its channel
        else:                           # a one-word cue (as ``cue_match`` reads it)
            m = cue_hits.get(k)
            if m is not None and not caps[i] and k in cue_cased1:
                m = None
        gap_end = 0
        if m is not None and blocked is not None and k in cue_tree and i + 2 < n:
            g = _phrase_across_date(i, m, keys, caps, lex, blocked)
            if g is not None:
                gap_end, m = g          # "called on Tuesday for calm"
        if (m is not None and k in lex.naming_participles and 2 <= i < n - 1 and caps[i + 1]
                and not caps[i - 1] and (lex.determiners.hits.get(keys[i - 2]) or ((), ("",)))[1][0] == "indef"):
            i += m[0]                   # "a firm called Halcyon Partners", « une société baptisée X »: a name
            continue
        if m is not None:
            length, forms = m
            if gap_end:
                length = gap_end - i
            tags, _, lemma_pp, lemma_ppr, lemma_any = forms_info[forms]
            prev = keys[i - 1] if i else ""
            finite = bool(tags & _FINITE)
            if prev in lex.determiners.first and not (i >= 2 and keys[i - 2] in lex.relatives) and not (
                    "inf" in tags and lex.purpose_markers and _after_purpose(i, keys, lex)):
                i += length                     # "la menace", "the claims": a noun
                continue
            if prev in lex.noun_preps and not tags & _FINP_PP and "ppr" not in tags:
                i += length                     # "free of charge", "for comment": a noun after a preposition
                continue
            if finite and i >= 2 and _possessed_noun(i, toks, keys, lex):
                i += length                     # "his first public comments on the attack": a noun
                continue
            if lex.possessive_clitic and lex.after_clitic(keys, i + length) > i + length:
                i += length                     # "Washington state's department": a possessor noun
                continue
            if (tags & _FINP_PP and i and prev[:1].isdigit() and i + length < n
                    and toks[i + length].text[:1].isalpha() and toks[i + length].text[:1].islower()
                    and keys[i + length] not in lex.function_words and keys[i + length] not in cue_words):
                i += length                     # "37 confirmed deaths", "12 reported cases": an adjective
                continue
            if "inf" in tags and (prev in lex.inf_markers or prev in lex.modals or prev in lex.object_pronouns) \
                    and not (tags & _FINP_PP):
                i += length                     # "to confirm", "could say", "let him predict"
                continue
            if finite and not tags & _FINP_PP and _modifier_before_subject(i + length, toks, keys, lex, prev):
                i += length                     # "..., state media reported": a noun's modifier
                continue
            if finite or "pp" in tags or "ppr" in tags:
                if (finite and "pp" in tags and i + length < n and keys[i + length] in lex.de_preps.first
                        and "objde" in lex.lemmas.get(lemma_pp, _NO_FRAMES)[1]):
                    # "the man accused of killing three people": a verb whose object comes before its
                    # preposition ("accused him of"), the preposition right after it, is a participle,
                    # passive (its agent after "by", if any)
                    out.append(Cue(i, i + length, i, lemma_pp, _PP, None, False, True, None,
                                   _negated_before(i, keys, lex, mask), i + length))
                    i += length
                    continue
                if finite:
                    e, inv = _inversion(i + length, keys, lex)
                    lemma = lemma_any
                else:
                    e, inv = i + length, None
                    lemma = lemma_pp if "pp" in tags else lemma_ppr
                if inv is None and length > 2:
                    # a fixed phrase with the inverted pronoun inside ("s'est-il défendu")
                    inv = next((t + 1 for t in range(i, i + length - 1)
                                if keys[t] in joiners and keys[t + 1] in lex.pronouns), None)
                out.append(Cue(i, e, i, lemma, tags, None, False, not finite and "pp" in tags, inv,
                               _negated_before(i, keys, lex, mask), i + length))
                i = e
                continue
            if "inf" in tags and lex.purpose_markers and _after_purpose(i, keys, lex):
                # "ont manifesté ... pour réclamer un « plan d'urgence »": the purpose of the main
                # clause, whose subject speaks
                out.append(Cue(i, i + length, i, lemma_any, _INF, ve=i + length))
                i += length
                continue
        if kind & 8:
            a = None
            if k in acc_hits:
                a = acc_match(keys, caps, i)
            elif i + 1 < n:
                t2 = acc_tree.get(k, _NO_TREE).get(keys[i + 1])
                if t2 is not None and (None in t2 or i + 2 < n and keys[i + 2] in t2):
                    a = acc_match(keys, caps, i)
            if a is not None:
                out.append(Cue(i, i + a[0], i, "", _ACCORDING, ve=i + a[0], according=True))
                i += a[0]
                continue
        i += 1
    return out


def _after_purpose(i: int, keys, lex: Lexicon) -> bool:
    """Whether a purpose marker ("pour", "afin de") ends right before token ``i``."""
    return purpose_start(keys, i, lex) is not None


_NO_TREE: dict = {}
_NO_FRAMES = ("", "")
_INF = frozenset({"inf"})
_PP = frozenset({"pp"})
_ACCORDING = frozenset({"according"})
_FINITE = frozenset({"fin", "finp"})
_FINP_PP = frozenset({"finp", "pp"})


def forms_info(forms: frozenset) -> tuple:
    """What ``find_cues`` needs of the forms (lemma, tag) of a cue word: (tags, whether one is a
    past participle, lemma as a past participle, as a present participle, as any form)."""
    tags = frozenset(t for _, t in forms)
    return tags, any(t == "pp" for _, t in forms), _lemma(forms, "pp"), _lemma(forms, "ppr"), _lemma(forms)


def _lemma(forms, tag=None) -> str:
    best = sorted(forms)
    for lemma, t in best:
        if tag is None or t == tag:
            return lemma
    return best[0][0]
