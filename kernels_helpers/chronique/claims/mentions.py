"""Mentions of possible speakers: names, titles, places standing for governments, pronouns.

One pass over the tokens.  At each position a chunk is read from token
classes (determiner, title head, nationality adjective, department, title
modifier, gazetteer name, capitalised word, name particle, connector, ...)
and parsed into one mention:

* a title with a name: "le ministre américain de la Défense Mark Esper",
  "US Secretary of State Mike Pompeo" (the department after "de la" / "of"
  is part of the title, never of the name);
* a title alone: "le ministre américain", "ce même responsable",
  "the head of American diplomacy", "un responsable américain";
* a name alone: "Mark Esper", "Abu Mahdi al-Muhandis";
* a gazetteer entry: "Téhéran", "les États-Unis", "the Americans";
* a pronoun: "il", "elle", "he", "it".

Appositions ("Le porte-parole du Kremlin, Dmitri Peskov,") link the title
to the name.  All vocabulary comes from the language resources.

The frequent shapes (a place, a plain name, an article and a title with a
nationality, a complement and a name ...) are read by fast paths that give
exactly what the general chunker gives, and hand anything else to it.
"""
from __future__ import annotations

from itertools import compress

from .lexicon import CONN as B_CONN, DEPT as B_DEPT, DET as B_DET, GAZ as B_GAZ, MEDIA as B_MEDIA
from .lexicon import CAP as B_CAP, CUE as B_CUE, NAT as B_NAT, PRON as B_PRON, QUAL as B_QUAL
from .lexicon import COP as B_COP, START as B_START, TITLE as B_TITLE, Lexicon, fold, positions
from .lexicon import COMP as B_COMP
from .cues import in_name

_EXTENDS = B_TITLE | B_NAT | B_DEPT | B_GAZ | B_MEDIA | B_CONN | B_QUAL
_OPENS = B_START | B_CAP

# unions of bits tested together, computed once (an expression of module names is computed
# again at each test)
_CAP_COP = B_CAP | B_COP
_CAP_CUE = B_CAP | B_CUE
_CAP_DET_PRON = B_CAP | B_DET | B_PRON
_CAP_TITLE_NAT = B_CAP | B_TITLE | B_NAT
_CAP_TITLE_CUE = B_CAP | B_TITLE | B_CUE
_DET_CONN = B_DET | B_CONN
_DET_PRON_CUE = B_DET | B_PRON | B_CUE
_DET_PRON_TITLE_CUE = B_DET | B_PRON | B_TITLE | B_CUE
_DET_PRON_TITLE_NAT_MEDIA_CUE = B_DET | B_PRON | B_TITLE | B_NAT | B_MEDIA | B_CUE
_DET_TITLE = B_DET | B_TITLE
_DET_TITLE_CONN = B_DET | B_TITLE | B_CONN
_DET_TITLE_GAZ = B_DET | B_TITLE | B_GAZ
_DET_TITLE_GAZ_MEDIA = B_DET | B_TITLE | B_GAZ | B_MEDIA
_DET_TITLE_NAT_GAZ_MEDIA = B_DET | B_TITLE | B_NAT | B_GAZ | B_MEDIA
_GAZ_MEDIA = B_GAZ | B_MEDIA
_NAT_QUAL_CONN = B_NAT | B_QUAL | B_CONN
_TITLE_CUE = B_TITLE | B_CUE
_TITLE_DEPT = B_TITLE | B_DEPT
_TITLE_GAZ = B_TITLE | B_GAZ
_TITLE_GAZ_MEDIA = B_TITLE | B_GAZ | B_MEDIA
_TITLE_NAT = B_TITLE | B_NAT
_TITLE_NAT_DEPT = B_TITLE | B_NAT | B_DEPT
_TITLE_NAT_DEPT_GAZ_MEDIA = B_TITLE | B_NAT | B_DEPT | B_GAZ | B_MEDIA
_TITLE_NAT_GAZ_MEDIA_QUAL = B_TITLE | B_NAT | B_GAZ | B_MEDIA | B_QUAL
_TITLE_NAT_QUAL_CONN = B_TITLE | B_NAT | B_QUAL | B_CONN

# chunk item types
DET, HEAD, NAT, DEPT, MOD, GAZ, HON, CAP, PART, CONN, WORD, QUAL, POSS = range(13)
_BEFORE_MODS = frozenset((None, DET, MOD, NAT, GAZ, DEPT, POSS, WORD))  # items a title modifier may follow
_TRAILING = frozenset((CONN, PART, POSS, DET))      # items a chunk never ends with
_NAME_ITEMS = frozenset((CAP, PART, HON))           # items a name closing a chunk is made of


class Mention:
    """One mention.  Attributes not given to the constructor start at the defaults below."""

    __slots__ = ("start", "end", "kind", "span", "name", "det", "cls", "nature", "nat", "comps", "role", "gender",
                 "number", "same", "other", "gaz", "qualifier", "title", "titles", "in_quote", "predicate",
                 "det_name", "appos", "entity", "ngender", "inst")

    def __init__(self, start: int, end: int, kind: str, span: tuple, name=None, det=None, cls=None, nature=None,
                 nat=None, comps=(), role=None, gender=None, number=None, same=False, other=False, qualifier=None,
                 title=None):
        # (a title's attributes are given positionally: one call, each attribute set once)
        self.start = start              # token span of the whole chunk [start, end)
        self.end = end
        self.kind = kind                # name, title, gaz, pron, np
        self.span = span                # token span of the words reported as the mention
        self.name = name                # a personal or proper name
        self.det = det                  # def, indef, dem, poss, bare, or None
        self.cls = cls                  # class of the title head (minister, official, ...)
        self.nature = nature            # person, source, org (from the title head)
        self.nat = nat                  # country id from a nationality adjective
        self.comps = comps              # complements of the title (department, organisation, ...)
        self.role = role                # role from ROLE_TITLES (foreign_minister, ...)
        self.gender = gender
        self.ngender = None             # an institution's gender as a noun ("le parquet": m)
        self.number = number
        self.same = same                # "ce même responsable", "the same official"
        self.other = other              # "un autre responsable"
        self.gaz = None                 # (id, kind, number) for a gazetteer entry
        self.qualifier = qualifier      # "policière" -> police (unnamed sources)
        self.title = title              # the title words, as written
        self.titles = ()                # title mentions learnt by apposition
        self.in_quote = False
        self.predicate = False          # "X est le chef de ...": describes X, names no one new
        self.det_name = False           # a name after a determiner: a place or a thing
        self.appos = None               # the mention this one is in apposition to
        self.entity = None              # set by the registry
        self.inst = None                # the institution a title's complement names, set by the registry

    def __repr__(self) -> str:
        return f"Mention({self.kind} {self.start}-{self.end} {self.name or self.title or self.gaz or ''})"


# constructors for the frequent kinds (attribute assignment is much cheaper than keywords)
def _gaz_mention(s: int, e: int, val: tuple, det=None) -> Mention:
    m = Mention(s, e, "gaz", (s, e))
    m.gaz = val
    m.number = val[2]
    m.nature = "org"
    m.det = det
    return m


def _pron_mention(s: int, e: int, pr: tuple, in_quote: bool) -> Mention:
    """A pronoun of tokens [s, e); ``pr``: its (gender, number, whether it stands for a person)."""
    m = Mention(s, e, "pron", (s, e))
    m.gender, m.number, m.nature, m.in_quote = pr[0], pr[1], "person" if pr[2] else "org", in_quote
    return m


def _gaz_or_name(i, h, e, val, det, toks, keys, fkeys, caps, lex, blocked, text, mask):
    """The gazetteer's entry of tokens [h, e) (its article from token ``i``), or, when it is one word naming
    a state and a plain capitalised word follows it in the same sentence, one space apart, the longer name
    it opens: "Paris Saint-Germain", "Israel Katz" name a club, a person, not a state."""
    n = len(toks)
    if (e == h + 1 and val[1] == "government" and e < n and mask[e] & B_CAP and not mask[e] & ~_PLAIN_NAME_BITS
            and not blocked[e]
            and toks[e].start == toks[e - 1].end + 1 and toks[e].sent == toks[e - 1].sent
            and toks[e].text[:1].isalpha() and not (h > 0 and keys[h - 1] in lex.place_preps)
            and not (mask[e] & B_GAZ and _gaz(e, fkeys, caps, lex, mask[e])[0] is not None)):
        # (not after a preposition of place, "In Washington Biden said", nor before another entry)
        end = _name_end(e, toks, keys, fkeys, caps, lex, blocked, mask)
        if end is not None and fkeys[end - 1] not in lex.org_heads and not (end < n and mask[end] & B_CONN):
            # (not an institution's name the chunker reads: "the U.S. Copyright Office", "Kyiv School of
            # Economics")
            return _name_mention(i, end, (h, end), text[toks[h].start:toks[end - 1].end], None, det)
    return _gaz_mention(i, e, val, det)


# the bits a capitalised word opening a plain name may have: a capital, a possible start of a mention,
# the first word of some gazetteer entry it does not open here ("Saint" in « Paris Saint-Germain »)
_PLAIN_NAME_BITS = B_CAP | B_START | B_GAZ


def _name_mention(s: int, e: int, span: tuple, name: str, gender=None, det=None) -> Mention:
    m = Mention(s, e, "name", span)
    m.name = name
    m.number = "s"
    m.gender = gender
    m.det = det
    m.det_name = det is not None and gender is None
    return m


name_mention = _name_mention


def _is_cap(tok) -> bool:
    c = tok.text[:1]
    return c.isupper()


_NO_NEXT = frozenset()


def find_mentions(toks, keys, fkeys, caps, lex: Lexicon, blocked: list[bool], inq: list[int],
                  text: str, mask: list[int], where=None) -> list[Mention]:
    """All mentions, in text order.  ``blocked``: tokens inside time expressions; ``mask``: the
    lexicon bits of each token (which tables it may open); ``where(bit)``, when given, lists the
    tokens having a bit (``lexicon.TokenBits.positions``)."""
    n = len(toks)
    out: list[Mention] = []
    dets = lex.mention_starts[2]
    pronouns = lex.pronouns
    bare = lex.bare_dets
    title_mods = lex.title_mods
    function_words = lex.function_words
    titles_one = lex.titles.one
    modals, fronted, roles_before, dashes = lex.modals, lex.fronted_participles, lex.roles_before_names, lex.dashes
    name_tails = lex.name_tails
    particles = lex.particles
    gaz_next = lex.gaz_next
    affiliations = lex.name_affiliations
    naming = bool(lex.naming.first)     # (a language without naming phrases has no quoted alias)
    ages = bool(lex.age_compound)
    # a token "opens" a mention when it is capitalised or may start one (``START``): only
    # such a token, or a determiner before one, can open a mention
    cands = where(_OPENS) if where is not None else positions(mask, _OPENS)
    nxt = 0                             # tokens before ``nxt`` belong to the last mention
    no_copula = -1                      # a token known to follow no copula (``_after_copula``)
    for i in cands:
        if i < nxt or blocked[i]:
            continue
        mi = mask[i]
        if mi & _CAP_DET_PRON == B_DET:
            # a lowercase article that is no pronoun (the most frequent candidate): the tests below
            # it reaches first only pass it over, or on to these (in the ``else`` branch)
            k = keys[i]
            if k in dets and not (i + 1 < n and mask[i + 1] & _OPENS) and not (
                    i + 2 < n and keys[i + 1] == "'" and mask[i + 2] & _OPENS) and not (
                    i + 3 < n and caps[i + 2] and caps[i + 3]) and not (
                    mi & _GAZ_MEDIA and i + 1 < n and fkeys[i + 1] in gaz_next.get(fkeys[i], _NO_NEXT)
                        and _gaz(i, fkeys, caps, lex, mi)[0] is not None) and not (
                    ages and i + 1 < n and toks[i + 1].digit and _title_after_age(i + 1, toks, keys, lex, mask)):
                continue                # an article before a word that opens nothing (but an entry's own
                                        # article: « selon la télévision d'État »; an age before a title:
                                        # "the 70-year-old president")
            if k in bare and not (i + 1 < n and mask[i + 1] & B_TITLE):
                continue                # "de" opens a mention only before a title
        alias = False
        if inq[i] >= 0 and not (mask[i - 1] & B_CUE or mask[i - 2] & B_CUE or mi & B_PRON):
            # inside a quotation only an attribution ("« ..., explique le ministre, ... »") names a
            # speaker, and a name given after a naming phrase ('who goes by "Comandante X"')
            alias = caps[i] and naming and _named_in_quote(i, toks, keys, caps, lex)
            if not alias:
                continue
        if mi & B_PRON:
            k = keys[i]
            pr = pronouns.get(k)
            if pr is not None and not (k in dets and i + 1 < n and mask[i + 1] & _OPENS):
                out.append(_pron_mention(i, i + 1, pr, inq[i] >= 0))
                continue
            dm = lex.demonstrative_pronouns.match(keys, caps, i) if pr is None else None
            if dm is not None:
                # "Celui-ci avait reconnu ...": a demonstrative pronoun of several tokens
                nxt = i + dm[0]
                out.append(_pron_mention(i, nxt, dm[1], inq[i] >= 0))
                continue
        if (mi & B_CAP and keys[i] in modals and i + 2 < n and mask[i + 1] == B_CAP
                and toks[i + 1].text[:1].isalpha() and fkeys[i + 1] not in function_words):
            # "Will Carden told reporters", "said Will Carden": a capitalised modal before a
            # capitalised word in no table is a first name
            e = _name_end(i + 1, toks, keys, fkeys, caps, lex, blocked, mask)
            if e is not None:
                m = _name_mention(i, e, (i, e), text[toks[i].start:toks[e - 1].end])
                m.in_quote = inq[i] >= 0
                out.append(m)
                nxt = e
                continue
        if mi & _CAP_TITLE_CUE == _TITLE_CUE and i > 0:
            # a lowercase cue word that is also a title
            k = i - 1
            while k > i - 3 and k > 0 and keys[k] in lex.adverbs.one:
                k -= 1                  # (« a toutefois prévenu »: an adverb between)
            if keys[k] in lex.aux:
                continue                # "a prévenu Thomas Cavel": a participle after its auxiliary, no
                                        # title ("le prévenu")
            if keys[i - 1] == "," and i + 1 < n and (caps[i + 1] or keys[i + 1] in lex.joiners):
                continue                # « ... », juge Eric Dor / « ... », juge-t-il: a verb after the comma
                                        # of an aside, its subject after it; no bare title ("juge")
        # tokens that open no mention here (the order of these tests does not matter)
        if mi & B_CAP:
            if not mi & _DET_TITLE_NAT_GAZ_MEDIA and (
                    fkeys[i] in function_words or fkeys[i] in fronted
                    or fkeys[i] in affiliations and i + 1 < n and caps[i + 1]):
                continue                # "Selon", "Après", "Interrogé" at the start of a sentence; "Democrat
                                        # Abigail Spanberger": a party before a name, no word of it
            if (mi == B_CAP and fkeys[i] in roles_before and i + 2 < n and caps[i + 1] and caps[i + 2]
                    and mask[i + 1] == B_CAP and (i == 0 or toks[i - 1].sent != toks[i].sent
                                                  or keys[i - 1] in dashes)):
                continue                # "Bowler Mark Wood said": a role opening the sentence, then a name
            if (not mi & _TITLE_GAZ_MEDIA and i + 1 < n and fkeys[i + 1] in particles
                    and (fkeys[i] in lex.ranking_ordinals
                         or lex.ranking_ordinal_endings and fkeys[i].endswith(lex.ranking_ordinal_endings))):
                # "Treizième de Pro B, le club ...": a rank, then the table ranked in, is no name
                nxt = i + 2
                while nxt < n and nxt < i + 8 and (caps[nxt] or keys[nxt].isdigit()):
                    nxt += 1
                continue
            if mi & B_DET and keys[i] in bare and not (i + 1 < n and mask[i + 1] & B_TITLE):
                continue                # "de" opens a mention only before a title
        else:
            if mi & B_DET:
                k = keys[i]
                if k in dets and not (i + 1 < n and mask[i + 1] & _OPENS) and not (
                        i + 2 < n and keys[i + 1] == "'" and mask[i + 2] & _OPENS) and not (
                        i + 3 < n and caps[i + 2] and caps[i + 3]) and not (
                        mi & _GAZ_MEDIA and i + 1 < n and fkeys[i + 1] in gaz_next.get(fkeys[i], _NO_NEXT)
                        and _gaz(i, fkeys, caps, lex, mi)[0] is not None) and not (
                        ages and i + 1 < n and toks[i + 1].digit and _title_after_age(i + 1, toks, keys, lex, mask)):
                    continue            # an article before a word that opens nothing
                if k in bare and not (i + 1 < n and mask[i + 1] & B_TITLE):
                    continue            # "de" opens a mention only before a title ("de source policière")
            if mi & B_NAT and not mi & _DET_TITLE_GAZ and not (
                    i + 1 < n and (caps[i + 1] or mask[i + 1] & _TITLE_NAT or fkeys[i + 1] in title_mods)):
                continue                # a nationality adjective after its noun
            if mi & _DET_TITLE:
                if mi & B_TITLE or i + 1 < n and mask[i + 1] & B_TITLE:
                    if _after_copula(i, keys, lex, mask):
                        continue        # "X est un haut responsable du ...": describes X, names no one
                    no_copula = i
                if (not mi & B_DET and i > 0 and keys[i - 1] != ","
                        and toks[i - 1].sent == toks[i].sent and not (i + 1 < n and caps[i + 1])
                        and titles_one.get(keys[i], ((), (None, None, "s")))[1][2] != "p"):
                    continue            # a bare singular title inside a clause ("être responsable de")
        if mi == B_CAP:
            # a capitalised word in no table: a plain name (as ``_fast`` reads it), else the general case
            e = _name_end(i, toks, keys, fkeys, caps, lex, blocked, mask)
            m = None if e is None else _name_mention(i, e, (i, e), text[toks[i].start:toks[e - 1].end])
        else:
            m = _fast(i, toks, keys, fkeys, caps, lex, blocked, text, mask)
        if m is None:
            m = _chunk(i, toks, keys, fkeys, caps, lex, blocked, text, mask)
            if m is None:
                continue
        elif m is _NOTHING:
            continue
        e = m.end
        if (m.kind == "gaz" and e + 2 < n and keys[e] == "-" and keys[e + 1] in lex.compound_suffixes
                and toks[e].start == toks[e - 1].end and caps[e + 2]):
            nxt = e + 2                 # "the Singapore-flagged Kestrel Bay": a modifier of the name after it
            continue
        if (e + 1 < n and keys[e] == "'" and m.name is not None
                and (fkeys[e + 1] in name_tails or lex.contraction_tails and keys[e + 1] not in lex.contraction_tails
                     and toks[e + 1].text.isalpha() and toks[e + 1].text.islower() and len(toks[e + 1].text) <= 4)
                and toks[e].start == toks[e - 1].end and toks[e + 1].start == toks[e].end):
            # "Maëlle Guivarc'h": an ending glued to the name by an apostrophe belongs to it
            m.name += text[toks[e].start:toks[e + 1].end]
            if m.span[1] == e:
                m.span = (m.span[0], e + 2)
            m.end = e + 2
        if m.kind == "title":
            if m.det is None and m.name is None and m.number != "p" and m.nature != "source":
                # a bare singular title ("envoyé", "groupe") names someone only as an apposition
                # (after a dateline's dash, "KHARTOUM (Reuters) - Sudan's army", it opens the clause)
                c = len(lex.possessive_clitic)
                if (m.start > 0 and keys[m.start - 1] != "," and keys[m.start - 1] not in dashes
                        and toks[m.start - 1].sent == toks[m.start].sent
                        # (a named possessor is the title's determiner: ", said Iran's foreign
                        # ministry")
                        and not (c and m.end - m.start > c + 1
                                 and keys[m.start] not in lex.possessive_clitic
                                 and any(lex.after_clitic(keys, t) > t for t in range(m.start + 1, m.end - 1)))
                        and not (c and m.start > c and caps[m.start] and caps[m.start - c - 1]
                                 and lex.after_clitic(keys, m.start - c) == m.start
                                 and _capitalised_head(m, keys, fkeys, caps, lex))):
                    # (an institution's capitalised head after a name's possessive is kept for
                    # the name: "the Cleveland Police Patrolmen's Association", "Uganda's Ministry
                    # of Health", "Peru's Health Ministry")
                    if (c and m.start > c + 1 and caps[m.start] and m.end - m.start > 1
                            and lex.after_clitic(keys, m.start - c) == m.start
                            and keys[m.start - c - 2] in lex.determiners.first
                            and toks[m.start - c - 1].text[:1].isalpha()
                            and _capitalised_head(m, keys, fkeys, caps, lex)):
                        # "the state's Department of Motor Vehicles": an institution's capitalised
                        # name after a described possessor is the institution's own name
                        out.append(_org_mention(m.start, m.start, m.end, text, toks, None, inq[m.start] >= 0))
                        nxt = m.end
                        continue
                    nxt = m.end
                    p = out[-1] if out else None
                    if (p is not None and p.kind == "gaz" and p.end == m.start and m.nature == "org"
                            and m.end - m.start >= 2 and all(caps[m.start:m.end])
                            and fkeys[m.end - 1] in lex.org_heads):
                        # "the UK Atomic Energy Authority": a country before an institution's
                        # capitalised name is part of the name
                        out[-1] = _org_mention(p.start, _after_det(p.start, p.end - 1, keys, lex), m.end, text,
                                               toks, p.det, inq[p.start] >= 0)
                    continue
            if (m.det is None and m.name is None and m.number == "p" and not lex.bare_plurals
                    and m.start > 0 and toks[m.start - 1].sent == toks[m.start].sent):
                # "à bord de deux avions militaires": a plural title without article right after a
                # plural noun is its adjective, where nouns take an article to be a subject
                pk, pt = fkeys[m.start - 1], toks[m.start - 1].text
                if (pt[:1].isalpha() and not caps[m.start - 1] and pk not in function_words
                        and pk not in lex.number_words and keys[m.start - 1] not in lex.cues.first
                        and keys[m.start - 1] not in lex.prepositions and pk not in title_mods
                        and keys[m.start - 1].endswith(lex.plural_endings or ("s",))):
                    nxt = m.end
                    continue
            m.predicate = m.start != no_copula and _after_copula(m.start, keys, lex, mask)
        m.in_quote = inq[m.start] >= 0 and not alias
        out.append(m)
        nxt = m.end
    if len(out) > 1:
        _outlet_names(out, toks)
    if lex.prehead_nouns and len(out) > 1:
        out = _country_in_names(out, toks, fkeys, caps, lex, text, keys)
    if lex.org_heads and out:
        out = _org_names(out, toks, keys, fkeys, caps, lex, text, mask, blocked)
    if lex.institution_heads:
        out = _institutions(out, toks, keys, fkeys, caps, lex, text, mask, blocked, inq,
                            where(B_DET) if where is not None else positions(mask, B_DET))
    if lex.territory_heads and out:
        _territories(out, toks, keys, fkeys, caps, lex, text)
    if lex.org_name_links and len(out) > 1:
        out = _linked_names(out, toks, keys, fkeys, caps, lex, text)
        _linked_described(out, toks, keys, fkeys, caps, lex, text, mask)
    if lex.name_descriptors and out:
        out = _described_names(out, toks, keys, fkeys, caps, lex, text, mask, blocked)
    if lex.media_nouns:
        for m in out:
            e = m.end
            if (m.kind == "gaz" and m.gaz is not None and m.gaz[0] in lex.media_ids and e < len(toks)
                    and keys[e] in lex.media_nouns):
                # "the state-run Anadolu news agency", "Xinhua news agency": the outlet and its noun
                while e < len(toks) and e < m.end + 2 and keys[e] in lex.media_nouns:
                    e += 1
                m.end, m.span = e, (m.span[0], e)
                k = m.start - 1         # and the article and modifiers before it ("the state-run")
                while k > 0 and k >= m.start - 4 and (toks[k].text.isalpha() and toks[k].text.islower()
                                                      and keys[k] not in lex.function_words or keys[k] == "-"):
                    k -= 1
                det = lex.determiners.hits.get(keys[k]) if k >= 0 and k < m.start - 1 else None
                if det is not None and det[1][0] == "def" and (k == 0 or not toks[k - 1].text[:1].isalnum()):
                    m.start = k
    if lex.name_ordinal_endings:
        for m in out:
            s = m.start
            if (m.kind == "name" and s > 1 and m.span[0] == s and m.name and keys[s - 1] in lex.name_ordinal_endings
                    and toks[s - 2].text.isdigit() and toks[s - 2].end == toks[s - 1].start
                    and (m.nature == "org" or fkeys[m.end - 1] in lex.org_heads)):
                # "the 5th U.S. Circuit Court of Appeals": the numeral's ordinal is the name's
                m.start, m.span = s - 2, (s - 2, m.span[1])
                m.name = text[toks[s - 2].start:toks[m.end - 1].end]
    n = len(toks)
    for m in out:
        e = m.end
        if ((m.kind == "name" or m.kind == "title" and m.span[1] == e) and m.name and e < n and keys[e] == "."
                and keys[e - 1] in lex.inner_abbreviations
                and len(toks[e - 1].text) > 1 and toks[e].start == toks[e - 1].end and caps[e - 1]
                and e - m.start > 1 and (e + 1 >= n or not caps[e + 1] or toks[e + 1].sent == toks[e].sent)):
            # "Northwind Coffee Co. said", "Secretary Robert F. Kennedy Jr. said": the abbreviation's full
            # stop belongs to the name
            m.end, m.span = e + 1, (m.span[0], e + 1) if m.span[1] == e else m.span
            m.name = text[toks[m.span[0]].start:toks[m.span[1] - 1].end]
    if lex.joint_links and out:
        out = _joined_nationalities(out, toks, keys, fkeys, caps, lex, text)
        out = _joined_complements(out, toks, keys, caps, lex, text)
        out = _joined_titles(out, toks, keys, fkeys, caps, lex, text)
    for m in out:
        if m.kind == "title" and m.nature == "org" and m.name is not None and m.span[0] > m.start and caps[m.span[0] - 1]:
            # "the Minerals Council South Africa": a capitalised institution's name, then a country, is
            # one name (no one holds an institution as a person holds a title)
            a = m.span[0] - 1
            while a > m.start and caps[a - 1]:
                a -= 1
            if all(caps[t] or keys[t] in lex.particles for t in range(a, m.end)):
                m.kind, m.span, m.name = "name", (a, m.end), text[toks[a].start:toks[m.end - 1].end]
                m.cls = m.title = None
    _appositions(out, keys, lex, toks, caps, text)
    return out


def _joined_nationalities(ms: list[Mention], toks, keys, fkeys, caps, lex: Lexicon, text: str) -> list[Mention]:
    """"U.S. and Egyptian officials", "European and Ukrainian diplomats": a plural title opened by a
    nationality joined to another before it names the people of both; its mention opens at the first
    (and holds no country of its own: it names no one government); so does one closed by a nationality
    joined to another after it (« les ministres français et allemand »)."""
    widened = False
    for m in ms:
        if m.kind != "title" or m.number != "p" or m.nat is None or m.name is not None:
            continue
        c = m.start - 1
        e = _joined_after(m, toks, keys, fkeys, caps, lex)
        if e is not None:
            # « les ministres français et allemand »: the nationality after the noun, joined to another
            if m.title is not None:
                m.title += text[toks[m.end - 1].end:toks[e - 1].end]
            m.end, m.span = e, (m.span[0], e)
            m.nat = None
            widened = True
            continue
        if c < 1 or keys[c] not in lex.joint_links or toks[c].sent != toks[m.start].sent:
            continue
        a = _demonym_ending_at(c, max(c - 5, -1), fkeys, caps, lex)
        if a is None:
            continue
        m.start, m.span = a, (a, m.span[1])
        m.title = text[toks[a].start:toks[m.end - 1].end] if m.title is not None else m.title
        m.nat = None
        widened = True
    if not widened:
        return ms
    # mentions inside the widened ones (the "S" of "U.S.") are gone
    keep, last = [], None
    for m in sorted(ms, key=lambda t: (t.start, -t.end)):
        if last is not None and m.start < last.end and m is not last:
            continue
        keep.append(m)
        last = m if last is None or m.end > last.end else last
    return keep


def _joined_titles(ms: list[Mention], toks, keys, fkeys, caps, lex: Lexicon, text: str) -> list[Mention]:
    """« l'ancienne ministre et députée Marie Dupont », "the former minister and party leader John Smith": a
    person's title with no name, joined with no article to another person's title and a name, is that
    person's first title (one mention, not two people)."""
    gone = None
    for x in range(len(ms) - 1):
        m, g = ms[x], ms[x + 1]
        if (m.kind != "title" or g.kind != "title" or m.nature != "person" or g.nature != "person"
                or m.name is not None or g.name is None or m.number == "p" or g.number == "p"
                or g.det is not None or m.end >= len(keys) or keys[m.end] not in lex.joint_links
                or not m.end < g.start <= m.end + 3 or toks[g.start].sent != toks[m.start].sent):
            continue
        if not all(toks[t].text[:1].isalpha() and not caps[t] and fkeys[t] not in lex.function_words
                   for t in range(m.end + 1, g.start + 1)):
            continue                    # (only a noun before the second title, "party leader"; a capitalised
                                        # title is a formal one of its own: "the president and Prime Minister X")
        if g.span[0] == g.start:
            g.span = (m.start, g.span[1])
        g.start, g.det = m.start, m.det
        if gone is None:
            gone = set()
        gone.add(x)
    return ms if gone is None else [m for x, m in enumerate(ms) if x not in gone]


def _joined_complements(ms: list[Mention], toks, keys, caps, lex: Lexicon, text: str) -> list[Mention]:
    """"The foreign ministers of France and Germany", « les dirigeants de la France et de l'Allemagne »: a
    plural title completed by a country, joined to another country, names the people of both (one
    mention, not the French ministers and Germany)."""
    gone = None
    for x in range(len(ms) - 1):
        m, g = ms[x], ms[x + 1]
        if (m.kind != "title" or m.number != "p" or not m.comps or m.name is not None or g.kind != "gaz"
                or not caps[m.end - 1] or m.end >= len(keys) or keys[m.end] not in lex.joint_links
                or toks[g.start].sent != toks[m.start].sent):
            continue
        if not (g.start == m.end + 1 or g.start == m.end + 2 and keys[m.end + 1] in lex.de_preps.first):
            continue
        if m.title is not None:
            m.title += text[toks[m.end - 1].end:toks[g.end - 1].end]
        m.end, m.span = g.end, (m.span[0], g.end)
        if gone is None:
            gone = set()
        gone.add(x + 1)
    return ms if gone is None else [m for x, m in enumerate(ms) if x not in gone]


def _demonym_ending_at(c: int, stop: int, fkeys, caps, lex: Lexicon) -> int | None:
    """The start of a nationality ending right before token ``c`` and starting after token ``stop``,
    else None."""
    for k in range(c - 1, stop, -1):
        dm = lex.demonyms.match(fkeys, caps, k)
        if dm is not None and k + dm[0] == c:
            return k
    return None


def _joined_after(m: Mention, toks, keys, fkeys, caps, lex: Lexicon) -> int | None:
    """The end of a nationality joined to the one closing the title mention ``m`` ("ministres
    français et allemand"), else None."""
    c = m.end
    if c + 1 >= len(keys) or keys[c] not in lex.joint_links or toks[c + 1].sent != toks[c].sent:
        return None
    if _demonym_ending_at(c, max(m.start, c - 4) - 1, fkeys, caps, lex) is None:
        return None                     # (the noun closes the mention: "U.S. officials and Iraqi forces")
    dm = lex.demonyms.match(fkeys, caps, c + 1)
    return c + 1 + dm[0] if dm is not None else None


def _capitalised_head(m: Mention, keys, fkeys, caps, lex: Lexicon) -> bool:
    """Whether the title mention ``m`` is an institution's capitalised name: an organisation head
    alone ("Association"), closing capitalised modifiers ("Health Ministry") or completed by
    capitalised complements ("Ministry of Health")."""
    s, e = m.start, m.end
    if e - s == 1:
        return fkeys[s] in lex.org_heads
    if m.nature != "org" or e - s > 8 or not (fkeys[e - 1] in lex.org_heads or fkeys[s] in lex.org_heads):
        return False
    return caps[e - 1] and all(caps[t] or fkeys[t] in lex.org_name_links or keys[t] in lex.org_joiners
                               for t in range(s, e))


def naming_end(t: int, toks, keys, caps, lex: Lexicon) -> int | None:
    """The token after a naming phrase starting at token ``t`` and the few lowercase words after
    it ("goes by the nom de guerre", "is known as"), where the quoted name should open; None when
    no naming phrase starts there."""
    if not lex.naming.first or keys[t] not in lex.naming.first:
        return None
    nm = lex.naming.match(keys, caps, t)
    if nm is None:
        return None
    x = t + nm[0]
    n = len(toks)
    while x < n and x - t - nm[0] < 5 and not caps[x] and toks[x].text[:1].isalpha():
        x += 1
    return x


def _named_in_quote(i: int, toks, keys, caps, lex: Lexicon) -> bool:
    """Whether token ``i`` opens a quoted name right after a naming phrase ('who goes by the
    nom de guerre "Comandante X"')."""
    q = i - 1
    if q < 1 or toks[q].text[:1].isalnum() or lex.naming.first.keys().isdisjoint(keys[max(0, q - 8):q]):
        return False                    # (no naming phrase opens in reach)
    return any(naming_end(t, toks, keys, caps, lex) == q for t in range(q - 1, max(-1, q - 9), -1))


def _outlet_names(out: list, toks) -> None:
    """A news outlet told by what it is, then its name ("carried by the state news agency SPA", « selon
    l'agence officielle Wafa »): one mention, the outlet named.  The generic outlets are the media entries
    whose canonical name is lowercase ("state news agency", "state television")."""
    p = out[0]
    for k in range(1, len(out)):
        m = out[k]
        if (m.start == p.end and p.kind == "gaz" and p.gaz[0][:1].islower() and m.det is None
                and (m.kind == "name" or m.kind == "gaz" and m.gaz[1] == p.gaz[1] and not m.gaz[0][:1].islower())
                and m.in_quote == p.in_quote and toks[m.start].sent == toks[p.start].sent):
            g = _gaz_mention(p.start, m.end, (m.name, p.gaz[1], p.gaz[2]) if m.kind == "name" else m.gaz, p.det)
            g.in_quote = p.in_quote
            out[k - 1] = g
            out[k] = None
            p = g
            continue
        p = m
    if None in out:
        out[:] = [m for m in out if m is not None]


def _country_in_names(out, toks, fkeys, caps, lex: Lexicon, text: str, keys) -> list:
    """A country's name opening or closing an institution's capitalised name is a word of it: "the
    Madagascar Vanilla Traders Union", "Nepal Red Cross Society" (a country, then a name closing
    on an organisation's word), "Wind Energy Ireland" (a name of two words or more, then a country
    the sentence goes on after in lowercase)."""
    res = []
    n = len(toks)
    k = 0
    while k < len(out):
        a = out[k]
        b = out[k + 1] if k + 1 < len(out) else None
        if (b is not None and a.end == b.start and toks[a.start].sent == toks[b.end - 1].sent
                and not a.in_quote and not b.in_quote):
            s = _after_det(a.start, a.end - 1, keys, lex)
            if (a.kind == "gaz" and (a.gaz or ("", ""))[1] == "government" and b.kind == "name"
                    and b.span == (b.start, b.end) and all(caps[b.start:b.end])
                    and (fkeys[b.end - 1] in lex.org_heads or fkeys[b.end - 1] in lex.org_suffixes)):
                res.append(_org_mention(a.start, s, b.end, text, toks, a.det, False))
                k += 2
                continue
            if ((a.kind == "name" and a.nature is None and a.span == (a.start, a.end) and a.end - s >= 2
                 or a.kind == "title" and a.nature == "org" and a.name is None and a.end - s >= 2)
                    and all(caps[s:a.end]) and b.kind == "gaz" and b.det is None
                    and (b.gaz or ("", ""))[1] == "government" and (b.end >= n or not caps[b.end])):
                # (and "the Minerals Council South Africa": an institution's capitalised noun)
                res.append(_org_mention(a.start, s, b.end, text, toks, a.det, False))
                k += 2
                continue
        res.append(a)
        k += 1
    return res


def _org_mention(a: int, s: int, e: int, text: str, toks, det, in_quote: bool = False) -> Mention:
    m = Mention(a, e, "name", (s, e))
    m.name = text[toks[s].start:toks[e - 1].end]
    m.number, m.nature, m.det, m.in_quote = "s", "org", det, in_quote
    return m


def compound_end(e: int, end: int, toks, keys, caps) -> int:
    """The end of a word ending before token ``e`` continued by lowercase hyphenated parts
    ("sage-femme", "état-major"): ``e`` when there is none; no further than ``end``."""
    while (e + 1 < end and keys[e] == "-" and toks[e].start == toks[e - 1].end
           and toks[e + 1].start == toks[e].end and toks[e + 1].text[:1].isalpha() and not caps[e + 1]):
        e += 2
    return e


def hyphen_link(j: int, toks, keys, fkeys, caps, lex) -> int:
    """The capitalised word after a lowercase link word between hyphens, the hyphen at token
    ``j`` ("Tarn-et-Garonne", "Aix-en-Provence", "Saint-Étienne-du-Rouvray", "Val-d'Oise"),
    all written without spaces; ``j`` when there is none."""
    if j + 3 >= len(toks) or keys[j] != "-" or caps[j + 1] or fkeys[j + 1] not in lex.hyphen_links:
        return j
    if keys[j + 2] not in ("-", "'") or not caps[j + 3] or not toks[j + 3].text[:1].isalpha():
        return j
    if any(toks[t].start != toks[t - 1].end for t in range(j, j + 4)):
        return j
    return j + 3


def _complement_start(j: int, n: int, keys, fkeys, caps, mask, conns, dets) -> int | None:
    """Where the words of a complement start after the connector at token ``j`` ("de", "du",
    "of") and the article after it ("de la", "of the"); None when no connector starts there."""
    c = conns.match(fkeys, caps, j)
    if c is None:
        return None
    k = j + c[0]
    if k < n and mask[k] & B_DET and not caps[k]:
        d = dets.match(keys, caps, k)
        if d is not None and d[1][0] != "bare":
            k += d[0]
    return k


def _org_names(ms: list[Mention], toks, keys, fkeys, caps, lex: Lexicon, text: str, mask,
               blocked) -> list[Mention]:
    """Organisation names read whole: a capitalised head completed by adjectives and "de"/"of"
    complements ("the Centers for Disease Control and Prevention", "la Fédération du commerce et
    de la distribution", "l'Union cycliste internationale"), and the words a bracketed acronym
    spells ("le service départemental d'incendie et de secours (Sdis)"; the acronym then names
    the same organisation).  Mentions inside the longer name are dropped."""
    n = len(toks)
    heads, joiners, endings = lex.org_heads, lex.org_joiners, lex.org_adj_endings
    function_words, cue_first, preps = lex.function_words, lex.cues.first, lex.prepositions
    conns, dets = lex.connectors, lex.determiners
    lower_comps = not lex.prehead_nouns         # complements may be common nouns ("du sport")
    last_words = lex.org_last_word_not_endings if lower_comps else ()

    def word(j: int) -> bool:
        # (a capitalised word inside the name is no verb: "the Office of the State Bank Commissioner")
        return (toks[j].text[:1].isalpha() and fkeys[j] not in function_words
                and (keys[j] not in cue_first or caps[j] and j > 0 and toks[j - 1].sent == toks[j].sent
                     and keys[j - 1] not in (".", ":", ";", "\n"))
                and keys[j] not in preps and keys[j] not in lex.relatives)

    def joined(e: int) -> bool:
        # a joiner between two capitalised words of the name ("Trade and Industry"), not before a place
        return (keys[e] in joiners and e + 1 < n and caps[e + 1] and word(e + 1)
                and not mask[e + 1] & B_GAZ)

    def adjectives(j: int, limit: int) -> int:
        k = j
        while (endings and k < n and k - j < limit and not caps[k] and word(k)
               and (fkeys[k].endswith(endings) or mask[k] & B_NAT)):
            k += 1
        return k

    # the mentions to read: closing on a capitalised head, an institution's title, before a bracket
    # (only a title can be an institution's or a person's with an "of" complement: ``_official_of``)
    todo = [caps[m.end - 1] and fkeys[m.end - 1] in heads or m.end < n and keys[m.end] == ")"
            or m.kind == "title" and (m.nature == "org" or _official_of(m, n, toks, keys, caps, lex, mask))
            for m in ms]
    if not any(todo):
        return ms                   # (the frequent case: no capitalised head, no bracket to read)
    out: list[Mention] = []
    drop_to = -1                    # mentions starting before this token were read into a name
    kept = 0                        # ms[kept:] are neither in ``out`` nor dropped yet
    # only the mentions to read are visited, the others are copied by runs; mentions are in text
    # order, so those a longer name covers open the run after it
    for idx in compress(range(len(ms)), todo):
        while kept < idx and ms[kept].start < drop_to:
            kept += 1
        out.extend(ms[kept:idx])
        kept = idx + 1
        m = ms[idx]
        if m.start < drop_to:
            continue
        h = m.end - 1
        mend = m.end
        if m.kind == "title" and m.nature == "org":
            if m.name is not None:
                if caps[h] and _acronym_bracket(m.end, toks, keys, caps):
                    s0 = _after_det(m.start, h, keys, lex)
                    if caps[s0] and fkeys[s0] in heads and not caps[s0 + 1]:
                        # "la Fédération régionale de canoë-kayak Nouvelle-Aquitaine (FRCK)": a
                        # capitalised head, lowercase words and a name, spelt by an acronym, are
                        # one organisation's name
                        out.append(_org_mention(m.start, s0, m.end, text, toks, m.det, m.in_quote))
                        continue
            elif h > m.start:
                s0 = _after_det(m.start, h, keys, lex)
                if s0 < h and caps[s0] and fkeys[s0] in heads and not caps[h]:
                    # "la Fédération du commerce et de la distribution": a capitalised head read as
                    # a name's, its complements again
                    h, mend = s0, s0 + 1
                if (mend == m.end and h > m.start + 1
                        and (caps[h] or caps[h - 1] and endings and fkeys[h].endswith(endings))
                        and m.end < n and not caps[m.end] and not caps[_after_det(m.start, h, keys, lex)]):
                    # an institution's title ending with a capitalised complement goes on with its
                    # adjectives and joined complements ("le ministère de la Transition écologique",
                    # "le ministère de l'Enseignement supérieur et de la Recherche")
                    j = _org_tail(m.end, n, toks, keys, fkeys, caps, lex, mask, adjectives, word)
                    k = idx + 1
                    while k < len(ms) and ms[k].start < j and ms[k].end <= j:
                        k += 1          # ("la Recherche": a name inside the longer title)
                    if j > m.end and not (k < len(ms) and ms[k].start < j):
                        m.title = (m.title or "") + text[toks[m.end - 1].end:toks[j - 1].end]
                        m.end = j
                        m.span = (m.span[0], j)
                        drop_to = j
                    out.append(m)
                    continue
        if (fkeys[h] not in heads or not caps[h]) and not _official_of(m, n, toks, keys, caps, lex, mask):
            # (the frequent case first: a mention not ending with an organisation head)
            if m.end < n and keys[m.end] == ")" and m.kind == "name" and h == m.start and m.start >= 2 \
                    and keys[m.start - 1] == "(":
                org = _acronym(m, out, toks, keys, fkeys, caps, lex, text, mask)
                if org is not None:
                    m.appos = org
                    nx = ms[idx + 1] if idx + 1 < len(ms) else None
                    if (nx is not None and nx.kind in ("name", "gaz") and nx.start == m.end + 1 and nx.det is None
                            and (nx.end >= n or keys[nx.end] in (",", ".", ";")
                                 or mask[nx.end] & B_CUE and not caps[nx.end])):
                        # "l'agence régionale de santé (ARS) Occitanie, qui ...": the name after the
                        # acronym completes the organisation's
                        org.name = f"{org.name} {nx.name}"
                        nx.appos = org
                        nx.span = (org.start, nx.end)   # (reported whole, acronym included)
                    elif nx is not None and nx.kind in ("name", "gaz") and m.end + 1 < n and mask[m.end + 1] & B_CONN:
                        # "le peloton de gendarmerie de haute montagne (PGHM) de l'Isère", "l'agence
                        # régionale de santé (ARS) des Hauts-de-France": a place complement after
                        # the acronym completes the organisation's name
                        k = _complement_start(m.end + 1, n, keys, fkeys, caps, mask, conns, dets)
                        if (k is not None and nx.start <= k < nx.end and nx.start >= m.end + 1
                                and (nx.end >= n or keys[nx.end] in (",", ".", ";", ")")
                                     or mask[nx.end] & B_CUE)):
                            org.name = f"{org.name} {text[toks[m.end + 1].start:toks[nx.end - 1].end]}"
                            nx.appos = org
                            nx.span = (org.start, nx.end)
            out.append(m)
            continue
        person = (lex.prehead_nouns and m.kind == "title" and m.nature == "person" and m.name is None
                  and m.comps and h > m.start)
        if not (m.kind == "name" or m.kind == "title" and m.nature == "org" and m.name is None or person):
            out.append(m)
            continue
        a0 = m.start
        prev = out[-1] if out else None
        place = out[-2] if len(out) >= 2 else None
        if (place is not None and place.kind == "gaz" and place.det in ("def", None) and prev.det is None
                and place.end == prev.start and not place.in_quote):
            # "the U.S. Fish and Wildlife Service": a place between the article and the modifiers
            # is a word of the name
            pass
        else:
            place = None
        if (lex.prehead_nouns and m.kind == "name" and m.det is None and prev is not None
                and prev.kind == "name" and prev.end == m.start - 1
                and (prev.det == "def" or place is not None or prev.det is None and lex.possessive_clitic
                     and prev.start > len(lex.possessive_clitic)
                     and lex.after_clitic(keys, prev.start - len(lex.possessive_clitic)) == prev.start
                     and caps[prev.start - len(lex.possessive_clitic) - 1])
                and (keys[prev.end] in joiners or keys[prev.end] in lex.org_name_links and prev.det == "def")
                and not prev.in_quote and prev.end - prev.span[0] <= 2
                and all(caps[t] and word(t) and not mask[t] & B_GAZ for t in range(prev.span[0], prev.end))):
            # "the Volcanological and Seismological Observatory", "the Food and Drug
            # Administration", "Chile's National Geology and Mining Service": capitalised
            # modifiers joined before the head, after one article or a possessor, are one name; so
            # are a capitalised name and its "of" complement after the article ("the Bay of Plenty
            # Growers Association")
            a0 = prev.start
            out.pop()
            if place is not None:
                a0 = place.start
                out.pop()
        j = adjectives(mend, 2)
        groups = 0
        while groups < 5 and j < n and mask[j] & B_CONN:
            k = _complement_start(j, n, keys, fkeys, caps, mask, conns, dets)
            if k is None or k >= n:
                break
            if caps[k] and word(k):
                # "de Seine-Maritime", "de Loir-et-Cher", "of Trade and Industry"
                e = _name_words_end(k, toks, keys, fkeys, caps, lex, word, 6, joined)
            elif lower_comps and not caps[k] and word(k):
                # "de sport-boules", "des éleveurs et bergers": a noun (hyphenated, or two joined)
                e = adjectives(compound_end(k + 1, n, toks, keys, caps), 1)
                if (e + 1 < n and keys[e] in joiners and not caps[e + 1] and word(e + 1)
                        and not mask[e + 1] & _DET_TITLE_CONN):
                    e = adjectives(compound_end(e + 2, n, toks, keys, caps), 1)
            else:
                break
            j = e
            groups += 1
            if j + 1 < n and keys[j] in joiners and mask[j + 1] & B_CONN:
                j += 1              # "et de la distribution": tried as the next complement
        while j > mend and (keys[j - 1] in joiners or mask[j - 1] & B_CONN and not caps[j - 1]):
            j -= 1
        if (groups and last_words and j + 1 < n and keys[j + 1] in (".", ",", ";") and not caps[j]
                and not caps[j - 1] and word(j) and not blocked[j] and len(keys[j]) > 2
                and not mask[j] & _DET_PRON_CUE and not keys[j].endswith(last_words)):
            # "l'Observatoire des villes du transport gratuit.": a lowercase word closing the
            # complements before the punctuation is the name's last
            j += 1
        if groups and j < n and caps[j] and word(j) and not caps[j - 1]:
            # "l'Union régionale de sport-boules Auvergne-Rhône-Alpes (URSB)": a name closing the
            # lowercase complements right before the organisation's bracketed acronym is its own;
            # so is one word closing them before the clause goes on ("le Club des entreprises
            # Rhône-Vercors, qui ...", "... Rhône-Vercors a jugé"): a person's name has two
            e = _name_words_end(j, toks, keys, fkeys, caps, lex, word, 6)
            if _acronym_bracket(e, toks, keys, caps):
                j = e
            elif (not mask[j] & B_GAZ or keys[j + 1] == "-") and all(
                    toks[t].start == toks[t - 1].end for t in range(j + 1, e)) and (
                    e >= n or keys[e] in (",", ".", ";", ":") or mask[e] & B_CUE or keys[e] in lex.aux):
                j = e
        if j <= m.end:
            if a0 < m.start:
                j = m.end
            else:
                out.append(m)
                continue
        # a mention running past the longer name (a title after "the Bank of England") keeps it
        k = idx + 1
        while k < len(ms) and ms[k].start < j:
            if ms[k].end > j:
                break
            k += 1
        if k < len(ms) and ms[k].start < j:
            if a0 < m.start:
                out.append(prev)
            out.append(m)
            continue
        if person:
            # "a spokesperson for the Iowa Department of Health and Human Services": a person's
            # title whose complement is an institution goes on with the institution's complements
            m.title = (m.title or "") + text[toks[m.end - 1].end:toks[j - 1].end]
            m.comps = m.comps + tuple(fkeys[t] for t in range(m.end, j) if caps[t])
            m.end = j
            m.span = (m.span[0], j)
            out.append(m)
            drop_to = j
            continue
        s = a0                      # capitalised modifiers are part of the name ("the Federal Office")
        while s < h and (not caps[s] or keys[s] in dets.first or keys[s] == "'"):
            s += 1
        out.append(_org_mention(a0, s, j, text, toks, prev.det if a0 < m.start else m.det, m.in_quote))
        drop_to = j
    while kept < len(ms) and ms[kept].start < drop_to:
        kept += 1
    out.extend(ms[kept:])
    return out


def _official_of(m: Mention, n: int, toks, keys, caps, lex: Lexicon, mask) -> bool:
    """Whether a person's title whose complement closes on a capitalised word goes on with a
    capitalised "of" complement ("a spokesperson for the Tennessee Comptroller of the Treasury")."""
    e = m.end
    return (m.kind == "title" and m.nature == "person" and m.name is None and bool(m.comps)
            and bool(lex.prehead_nouns) and e + 2 < n and caps[e - 1]
            and keys[e] in lex.affiliation_preps and mask[e] & B_CONN and not caps[e]
            and (caps[e + 1] or keys[e + 1] in lex.determiners.first and caps[e + 2]))


def _name_words_end(k: int, toks, keys, fkeys, caps, lex, word, limit: int = 8, joined=None) -> int:
    """The end of the capitalised words of a name starting at token ``k``, hyphenated parts
    included ("Seine-Maritime", "Tarn-et-Garonne"), particles inside ("Ordre des Avocats")
    excluded unless ``joined`` accepts the one at a token: fewer than ``limit`` tokens."""
    n = len(toks)
    e = k + 1
    while e < n and e - k < limit:
        if caps[e] and word(e):
            e += 1
        elif (keys[e] == "-" and e + 1 < n and caps[e + 1] and toks[e].start == toks[e - 1].end
              and toks[e + 1].start == toks[e].end):
            e += 2
        elif hyphen_link(e, toks, keys, fkeys, caps, lex) > e:
            e += 4
        elif joined is not None and joined(e):
            e += 2
        else:
            break
    return e


def _acronym_bracket(k: int, toks, keys, caps) -> bool:
    """Whether token ``k`` opens a bracket holding only an acronym ("(URSB)", "(BEA-TT)")."""
    n = len(toks)
    if k + 2 >= n or keys[k] != "(" or not caps[k + 1]:
        return False
    e = k + 1
    while e < n and e - k < 5 and (caps[e] or keys[e] == "-" or toks[e].text.isdigit()) and keys[e] != ")":
        e += 1
    return e < n and e > k + 1 and keys[e] == ")"


def _to_acronym(j: int, toks, keys, fkeys, caps, lex, mask, blocked) -> int:
    """The bracket of an acronym closing an organisation's name read up to token ``j``, when only
    words of a name come between (lowercase nouns, prepositions, articles, "et", a comma before a
    complement: "le Bureau d'enquêtes sur les accidents de transport terrestre (BEA-TT)", "l'Agence
    ... de l'alimentation, de l'environnement et du travail (Anses)"); else ``j``."""
    n = len(toks)
    k = j
    while k < n and k - j < 20:
        key = keys[k]
        if key == "(":
            return k if k > j and _acronym_bracket(k, toks, keys, caps) else j
        if key == ",":
            if k + 1 < n and mask[k + 1] & _DET_CONN and not caps[k + 1]:
                k += 1      # (a list of complements: "pour l'agriculture, l'alimentation et ...")
                continue
            return j
        if key in ("'", "-"):
            k += 1
            continue
        if (not toks[k].text[:1].isalpha() or blocked[k] or caps[k] or keys[k] in lex.cues.first
                or mask[k] & B_COMP
                or key in lex.relatives or key in lex.aux or key in lex.copulas):
            return j
        k += 1
    return j


def _institutions(ms: list[Mention], toks, keys, fkeys, caps, lex: Lexicon, text: str, mask, blocked, inq,
                  dets_at: list[int]) -> list[Mention]:
    """Institutions named by an article, a head noun (``INSTITUTION_HEADS``) and the chain of its
    complements, read whole: adjectives, a participle of charge and its complement ("le
    ministère chargé des Comptes publics"), "de"-complements that are common nouns or names
    ("la chambre d'agriculture de l'Yonne", "le conseil départemental de l'Ordre des médecins
    de la Gironde", "la préfecture de Tarn-et-Garonne"), joined by "et".  The phrase is one
    institution (a place inside it is no speaker); a name closing it after lowercase words is
    the institution's own ("la fédération du commerce spécialisé Procos").  A capitalised head
    keeps its name ("La Fondation pour le logement des défavorisés").  Mentions inside the
    phrase are dropped; a head inside a longer mention ("le directeur de l'hôpital") is left."""
    heads = lex.institution_heads
    n = len(toks)
    dets, conns, joiners, endings = lex.determiners, lex.connectors, lex.org_joiners, lex.org_adj_endings
    function_words, cue_first, preps = lex.function_words, lex.cues.first, lex.prepositions
    title_mods = lex.title_mods

    def word(j: int) -> bool:
        return (toks[j].text[:1].isalpha() and fkeys[j] not in function_words and keys[j] not in cue_first
                and keys[j] not in preps and keys[j] not in lex.relatives and not blocked[j])

    def adjectives(j: int, limit: int) -> int:
        k = j
        while k < n and k - j < limit and not caps[k] and word(k):
            e = compound_end(k + 1, n, toks, keys, caps)
            if not (fkeys[k].endswith(endings) or fkeys[k] in title_mods or mask[k] & B_NAT or e > k + 1):
                break               # (a hyphenated compound is an adjective: "anti-stupéfiants")
            k = e
        return k

    # only an article one or two tokens before a possible head can open an institution
    first = lex.institution_firsts
    if lex.determiner_tokens <= 2:
        dets_at = [a for a in dets_at if a + 1 < n and fkeys[a + 1] in first or a + 2 < n and fkeys[a + 2] in first]
        if not dets_at:
            return ms
    elif not any(map(first.__contains__, fkeys)):
        return ms
    found: list[tuple] = []         # (start, head, end, name start or -1)
    last_end = -1
    for a in dets_at:
        if a < last_end or inq[a] >= 0 or blocked[a]:
            continue
        d = dets.match(keys, caps, a) if keys[a] in dets.needs_match else dets.hits.get(keys[a])
        if d is None or d[1][0] not in ("def", "dem") or d[1][2] == "p":
            continue
        h = a + d[0]
        if h >= n or blocked[h]:
            continue
        x = compound_end(h + 1, n, toks, keys, caps)      # "sous-préfecture"
        hk = fkeys[h] if x == h + 1 else "".join(fkeys[h:x])
        if hk not in heads:
            continue
        c = a if mask[a] & B_CONN else a - 1        # ("du", "des": an article holding "de")
        if c > 0 and not caps[h] and mask[c] & B_CONN and conns.match(fkeys, caps, c) is not None:
            p = c - 1
            if (not caps[p] and word(p) and fkeys[p] not in lex.non_speakers
                    and lex.source_preps.match(keys, caps, p) is None):
                continue            # the complement of a noun ("une sage-femme de la maternité")
        j = adjectives(x, 2)
        if j < n and not caps[h] and fkeys[j] in lex.institution_participles and j + 1 < n and mask[j + 1] & B_CONN:
            j += 1                  # "chargé des Comptes publics": its complement is read below
        elif j < n and fkeys[j] in lex.org_name_preps and j + 1 < n and mask[j + 1] & B_DET:
            # "Fondation pour le logement": a lowercase noun after its article
            k = j + 1 + (dets.match(keys, caps, j + 1) or (1,))[0]
            if k < n and not caps[k] and word(k):
                j = adjectives(compound_end(k + 1, n, toks, keys, caps), 2)
        groups = 0
        while groups < 5 and j < n and mask[j] & B_CONN:
            k = _complement_start(j, n, keys, fkeys, caps, mask, conns, dets)
            if k is None or k >= n or blocked[k]:
                break
            if caps[k] and word(k):
                e = adjectives(_name_words_end(k, toks, keys, fkeys, caps, lex, word), 1)
            elif not caps[k] and word(k) and not mask[k] & B_TITLE:
                if ((k == j + 1 or k == j + 2 and keys[j + 1] in ("'", "’"))     # no article between
                        and (keys[k] in lex.inf_words or _verb_with_object(k, toks, keys, caps, lex))):
                    break           # « accusent la direction d'avoir caché », « de cacher l'épidémie »: a
                                    # verb the noun is the object of, no complement
                e = adjectives(compound_end(k + 1, n, toks, keys, caps), 2)
            elif groups == 0 and hk in lex.office_heads and not caps[k] and word(k):
                e = compound_end(k + 1, n, toks, keys, caps)    # "le cabinet du maire"
            else:
                break
            j = e
            groups += 1
            if j + 1 < n and keys[j] in joiners and mask[j + 1] & B_CONN:
                j += 1              # "et de la distribution": tried as the next complement
        while j > x and (keys[j - 1] in joiners or mask[j - 1] & B_CONN and not caps[j - 1]
                         or fkeys[j - 1] in lex.institution_participles):
            j -= 1
        if caps[h]:
            j = _to_acronym(j, toks, keys, fkeys, caps, lex, mask, blocked)
        named = -1
        if j > x and not caps[h]:
            # "la fédération du commerce spécialisé Procos": lowercase words, then a name ending the
            # phrase
            k = j
            while k < n and k - j < 3 and not caps[k] and word(k) and not mask[k] & B_CONN:
                k += 1
            # (a name right after the complements is no part of them: "a réagi devant la cour
            # d'appel Karim Benali", an inverted subject)
            if k > j and k < n and caps[k] and word(k) and not mask[k] & _DET_TITLE_GAZ_MEDIA:
                e = _name_words_end(k, toks, keys, fkeys, caps, lex, word)
                if e >= n or keys[e] in (",", ".", ";", ":", "(") or mask[e] & B_CUE:
                    named, j = k, e
        if j <= x or x < n and caps[x]:
            continue                # the head alone ("la mairie"), or before a name of its own
        found.append((a, h, x, j, named, hk))
        last_end = j
    if not found:
        return ms
    out: list[Mention] = []
    q = 0
    nm = len(ms)
    for a, h, x, j, named, hk in found:
        while q < nm and ms[q].end <= a:
            out.append(ms[q])
            q += 1
        # a mention holding the head within a longer phrase keeps it ("le directeur de l'hôpital")
        if q < nm and ms[q].start < a and ms[q].end > a:
            continue
        r = q
        while r < nm and ms[r].start < j and ms[r].end <= j:
            r += 1
        if r < nm and ms[r].start < j:
            continue                # a mention running past the phrase keeps its words
        inside = ms[q:r]
        if inside and inside[0].start == a and inside[0].end == j:
            continue                # already read whole
        if a >= 2 and keys[a - 1] == "," and out and out[-1].end == a - 1 and out[-1].kind == "name":
            continue                # an apposition describing the name before it ("La Stib, la société ...,")
        if caps[h]:
            if named >= 0 or j <= h + 1:
                continue
            m = _org_mention(a, h, j, text, toks, "def", inq[a] >= 0)
        elif named >= 0:
            m = _org_mention(a, named, j, text, toks, "def", inq[a] >= 0)
        else:
            t = lex.titles.hits.get(keys[h]) if x == h + 1 else None
            d = dets.match(keys, caps, a)
            cls = t[1][0] if t is not None and t[1][3] == "org" else hk
            comps = tuple(fkeys[k] for k in range(x, j)
                          if toks[k].text[:1].isalpha() and not mask[k] & _DET_CONN
                          and fkeys[k] not in function_words and fkeys[k] not in lex.institution_participles)
            m = Mention(a, j, "title", (a, j), None, d[1][0], cls, "org", None, comps, None, None, "s",
                        False, False, None, text[toks[h].start:toks[j - 1].end])
            m.ngender = d[1][1] or heads.get(hk)
            m.in_quote = inq[a] >= 0
        out.append(m)
        q = r
    out.extend(ms[q:])
    return out


def _territories(ms: list[Mention], toks, keys, fkeys, caps, lex: Lexicon, text: str) -> None:
    """A territory's name after the article and noun of its government ("la région
    Auvergne-Rhône-Alpes", ``TERRITORY_HEADS``) names the institution, not the place: the mention
    is replaced by the institution's, its words from the noun on."""
    heads, dets = lex.territory_heads, lex.determiners
    for idx, m in enumerate(ms):
        h = m.start - 1
        if h < 1 or fkeys[h] not in heads or m.kind not in ("name", "gaz") or m.span[0] != m.start or caps[h]:
            continue
        for a in (h - 1, h - 2):
            d = dets.match(keys, caps, a) if a >= 0 else None
            if d is not None and a + d[0] == h:
                break
        else:
            continue
        if d[1][0] != "def" or idx and ms[idx - 1].end > a:
            continue
        x = _org_mention(a, h, m.end, text, toks, "def", m.in_quote)
        x.ngender = heads[fkeys[h]]
        ms[idx] = x


def _linked_names(ms: list[Mention], toks, keys, fkeys, caps, lex: Lexicon, text: str) -> list[Mention]:
    """Organisation names read across the words joining their capitalised parts: a title-cased
    link ("Doctors Without Borders"), a link after an organisation head ("the Intergovernmental
    Authority on Development"), a possessive before a head ("Information Commissioner's Office")
    and, after such a link, a list of capitalised complements closed by a joiner ("the Department
    for Environment, Food and Rural Affairs").  Only adjacent mentions are read (a loop over the
    mentions, not the tokens); a title followed by a name ("Ministry of Defence spokesman John
    Smith") or two names joined by "and" stay apart."""
    links, heads, joiners = lex.org_name_links, lex.org_heads, lex.org_joiners
    out: list[Mention] = []
    n_ms = len(ms)
    i = 0
    while i < n_ms:
        m = ms[i]
        i += 1
        if (not (m.kind == "name" or m.kind == "title" and (m.name is None or m.nature == "org"))
                or not caps[m.end - 1] or i >= n_ms):
            out.append(m)
            continue
        gap = ms[i].start - m.end
        if gap != 1 and gap != len(lex.possessive_clitic):
            out.append(m)           # (the frequent case: the next mention is not adjacent)
            continue
        e, k = m.end, i
        linked = any(fkeys[t] in links for t in range(m.start, m.end))
        while k < n_ms:
            nx = ms[k]
            if (nx.kind == "gaz" and k == i and m.kind == "name" and m.det == "def" and m.end - m.start >= 2
                    and nx.start == e + 1 and fkeys[e] in links and not caps[e] and nx.end < len(keys)
                    and (keys[nx.end] == "," or keys[nx.end] in lex.cues.first)):
                # "The Communications Workers of America said": a name introduced by the article,
                # completed by "of" and a place, with its clause going on, is one organisation's name
                e, k = nx.end, k + 1
                break
            if (nx.kind != "name" and not (nx.kind == "title" and nx.nature == "org" and nx.name is None)
                    or nx.det is not None or not caps[nx.start]):
                break               # (a title: an institution's head after a possessive, below)
            gap = nx.start - e
            if gap == 1 and fkeys[e] in links and (caps[e] or fkeys[e - 1] in heads) \
                    and (m.kind == "name" or m.nature == "org") and nx.kind == "name":
                linked = True
            elif gap == len(lex.possessive_clitic) and gap and lex.after_clitic(keys, e) == nx.start \
                    and (nx.end - nx.start == 1 and fkeys[nx.start] in heads
                         or nx.kind == "title" and _capitalised_head(nx, keys, fkeys, caps, lex)):
                pass                    # "Information Commissioner's Office", "Peru's Health Ministry"
            else:
                break
            e, k = nx.end, k + 1
        if linked and k < n_ms and keys[e] in (",",) + tuple(joiners):
            # the list of complements: ", Food and Rural Affairs" (closed by the joiner, or not read)
            j, q = e, k
            while q < n_ms and ms[q].kind == "name" and ms[q].det is None and ms[q].start == j + 1 \
                    and caps[ms[q].start]:
                if keys[j] in joiners:
                    e, k = ms[q].end, q + 1
                    break
                if keys[j] != ",":
                    break
                j, q = ms[q].end, q + 1
        if k == i:
            out.append(m)
            continue
        s = m.start
        for t in range(m.start, m.end):
            if lex.after_clitic(keys, t) > t:
                s = lex.after_clitic(keys, t)    # "Britain's Department ...": the name after the possessive
                break
        while s < m.end - 1 and (not caps[s] or keys[s] in lex.determiners.first):
            s += 1
        out.append(_org_mention(m.start, s, e, text, toks, m.det, m.in_quote))
        i = k
    return out


_OPENERS = (",", ";", ":", "(")          # punctuation before a noun phrase that may open a clause


def _linked_described(ms: list[Mention], toks, keys, fkeys, caps, lex: Lexicon, text: str, mask) -> None:
    """A name after a capitalised word and a lowercase link, opening its clause, with an
    organisation described in apposition after it ("Transport for NSW, the state agency overseeing
    the project,"): the whole is the organisation's name (in place)."""
    n = len(toks)
    links, fw = lex.org_name_links, lex.function_words
    i = 0
    while i < len(ms):
        m = ms[i]
        i += 1
        a = m.start - 2
        if (m.kind != "name" or m.det is not None or a < 0 or m.end + 1 >= n or keys[m.end] != ","
                or fkeys[a + 1] not in links or caps[a + 1] or not caps[a]):
            continue
        p = ms[i - 2] if i >= 2 else None
        whole = p is not None and p.start == a and p.end == a + 1 and p.kind == "name"
        if p is not None and p.end > a and not whole:
            continue
        nx = ms[i] if i < len(ms) else None
        if (nx is None or nx.start != m.end + 1 or nx.kind != "title" or nx.nature != "org"
                or nx.name is not None or nx.det not in ("def", "indef")):
            continue
        if (not toks[a].text[:1].isalpha() or fkeys[a] in fw or mask[a] & _DET_PRON_CUE
                or not (a == 0 or toks[a - 1].sent != toks[a].sent or keys[a - 1] in _OPENERS)):
            continue
        ms[i - 1] = _org_mention(a, a, m.end, text, toks, None, m.in_quote)
        if whole:
            del ms[i - 2]           # ("Doctors for Haiti": the first word read as a name)
            i -= 1


def descriptor_at(j: int, keys, fkeys, caps, lex, mask) -> int | None:
    """The token after an article and a lowercase noun that describes an organisation ("la
    chambre", "un collectif", "l'association"), starting at token ``j``; None when there is none."""
    n = len(keys)
    if j >= n or not mask[j] & B_DET:
        return None
    d = lex.determiners.match(keys, caps, j)
    if d is None or d[1][0] == "bare":
        return None
    h = j + d[0]
    if h >= n or caps[h] or fkeys[h] not in lex.name_descriptors:
        return None
    return h + 1


def _described_names(ms: list[Mention], toks, keys, fkeys, caps, lex: Lexicon, text: str, mask,
                     blocked) -> list[Mention]:
    """Names an organisation's descriptor introduces or follows in apposition: "un collectif
    d'habitants, Sauvons la Combe,", "l'association UFC-Que Choisir", "Domaines skiables de
    France, la chambre professionnelle des exploitants," (a name going on with lowercase words,
    read up to the comma), "Domaines skiables de France" (a name ending so, ``ORG_NAME_ENDINGS``).
    The name is an organisation's; the mentions inside a longer name are dropped."""
    n = len(toks)
    fw, cue_first, preps, conns = lex.function_words, lex.cues.first, lex.prepositions, lex.connectors.first
    endings = lex.org_name_endings
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        i += 1
        out.append(m)
        if m.kind != "name" or m.nature is not None or not caps[m.span[0]] or m.det_name and not (
                m.span[0] > m.start > 0 and caps[m.start] and not caps[m.start - 1]
                and fkeys[m.start - 1] in lex.name_descriptors):
            # (a name with its own article right after its descriptor is one too: "le collectif
            # Les Amis du rail")
            continue
        # before: an article, the descriptor and a few lowercase words ("Un collectif d'habitants,")
        k = m.start - 1
        comma = k >= 0 and keys[k] == ","
        if comma:
            k -= 1
        s = k
        while (s >= 0 and k - s < 8 and (toks[s].text[:1].isalpha() or keys[s] == "'") and keys[s] not in cue_first
               and (not caps[s] or mask[s] & B_DET)):
            if mask[s] & B_DET and keys[s] not in lex.bare_dets:
                break               # (the article nearest the name; not the "d'" of "d'habitants")
            s -= 1
        h = descriptor_at(s, keys, fkeys, caps, lex, mask) if s >= 0 and k - s < 8 else None
        # the noun phrase opens a clause, or follows a verb or a preposition (not a complement:
        # "le président du conseil régional, X", "la directrice de l'établissement, X")
        opens = h is not None and keys[s] not in conns and (s == 0 or keys[s - 1] not in conns and (
            toks[s - 1].sent != toks[s].sent or keys[s - 1] in _OPENERS or mask[s - 1] & B_CUE
            or keys[s - 1] in preps or keys[s - 1] in lex.coordinators))
        if opens and (comma or h == k + 1 or keys[k] not in preps and keys[k] not in conns
                      and not mask[k] & B_DET and fkeys[k] not in fw):
            m.nature = "org"
            if comma:
                # "Une association de riverains, Vivre au Port, a dénoncé": the name runs to the
                # comma closing the apposition
                e = m.end
                while (e < n and e - m.end < 5 and not blocked[e] and keys[e] not in cue_first
                       and (toks[e].text[:1].isalnum() or keys[e] in ("'", "-"))):
                    e += 1
                q = i
                while q < len(ms) and ms[q].start < e:
                    q += 1
                if (m.end < e < n and keys[e] == "," and all(x.kind in ("name", "gaz") and x.end <= e
                                                              for x in ms[i:q])):
                    out[-1] = _org_mention(m.start, m.span[0], e, text, toks, m.det, m.in_quote)
                    i = q
            else:
                # "l'association Droits devant 59, qui ...", "l'association Mer libre Finistère,",
                # "l'association de curistes X et Y": after its descriptor, a name goes on with lowercase words, numbers (no
                # date) and capitalised words up to a punctuation mark; "l'association Thermes et
                # Santé affirme": joined capitalised words, up to a punctuation mark or a cue
                e, joined, q = m.end, True, i
                while e < n and e - m.end < 4 and not blocked[e]:
                    if (q < len(ms) and ms[q].start == e and e > m.end and keys[e - 1] in conns
                            and ms[q].kind in ("name", "gaz") and ms[q].det is not None):
                        # "l'association Les Amis de l'Eden": a complement with its own article
                        e = ms[q].end
                        q += 1
                        continue
                    if keys[e] in lex.org_joiners and e + 1 < n and caps[e + 1]:
                        e += 1
                    elif caps[e] and toks[e].text[:1].isalpha() and e > m.end:
                        if fkeys[e] in fw or keys[e] in cue_first or not caps[e - 1] and keys[e - 1] not in lex.org_joiners \
                                and not (q < len(ms) and ms[q].start == e and ms[q].kind in ("name", "gaz")):
                            break
                    elif toks[e].text.isdigit() or toks[e].text[:1].isalpha() and not caps[e] and (
                            fkeys[e] not in fw or keys[e] in preps or keys[e] in conns) and keys[e] not in cue_first:
                        joined = False
                    else:
                        break
                    e += 1
                    while q < len(ms) and ms[q].end <= e:
                        q += 1
                while e > m.end and keys[e - 1] in lex.org_joiners:
                    e -= 1
                while q > i and ms[q - 1].end > e:
                    q -= 1
                if m.end < e < n and (keys[e] in (",", ".", "(") or (keys[e] in cue_first or keys[e] in lex.aux) and (
                        joined or toks[e - 1].text.isdigit())) and (     # "Terres vivantes 33 craint", « Utopia
                                                                         # 56 a dénoncé » (the cue's auxiliary)
                        q >= len(ms) or ms[q].start >= e) and all(x.kind in ("name", "gaz") for x in ms[i:q]):
                    out[-1] = _org_mention(m.start, m.span[0], e, text, toks, m.det, m.in_quote)
                    i = q
            continue
        # after: lowercase words, joined complements, then a comma and a descriptor or an ending
        e, q = m.end, i
        while e < n and e - m.end < 6:
            if q < len(ms) and ms[q].start == e and ms[q].kind in ("name", "gaz") and ms[q].det is None \
                    and e > m.end and keys[e - 1] in conns:
                e = ms[q].end
                q += 1
                continue
            if caps[e] or not toks[e].text[:1].isalpha() and keys[e] != "'" or keys[e] in cue_first:
                break
            if fkeys[e] in fw and keys[e] not in conns or keys[e] in preps and keys[e] not in conns:
                break
            e += 1
        while e > m.end and (keys[e - 1] in conns or keys[e - 1] == "'"):
            e -= 1
            q = q if q == i or ms[q - 1].end <= e else q - 1
        if e > m.end and (any(e - len(t) >= m.end and tuple(fkeys[e - len(t):e]) == t for t in endings)
                          or e < n - 2 and keys[e] == "," and
                          descriptor_at(e + 1, keys, fkeys, caps, lex, mask) is not None):
            if any(x.kind not in ("name", "gaz") for x in ms[i:q]):
                continue
            out[-1] = _org_mention(m.start, m.span[0], e, text, toks, m.det, m.in_quote)
            i = q
        elif e == m.end and e < n - 2 and keys[e] == "," and descriptor_at(e + 1, keys, fkeys, caps, lex, mask):
            m.nature = "org"        # "Ferus, l'association de défense du loup,"
    return out


def _after_det(s: int, h: int, keys, lex) -> int:
    """The first token after the article opening the mention at ``s`` (``h`` at most)."""
    first = lex.determiners.first
    while s < h and (keys[s] in first or keys[s] == "'"):
        s += 1
    return s


def _org_tail(j, n, toks, keys, fkeys, caps, lex, mask, adjectives, word) -> int:
    """End of the adjectives and of the joined complements ("et de la Recherche") after token ``j``."""
    e = adjectives(j, 2)
    joiners, conns, dets = lex.org_joiners, lex.connectors, lex.determiners
    if e + 2 < n and keys[e] in joiners and mask[e + 1] & B_CONN:
        c = conns.match(fkeys, caps, e + 1)
        if c is not None:
            k = e + 1 + c[0]
            if k < n and mask[k] & B_DET and not caps[k]:
                d = dets.match(keys, caps, k)
                if d is not None and d[1][0] != "bare":
                    k += d[0]
            if k < n and caps[k] and word(k):
                e = adjectives(k + 1, 2)
    return e


def _acronym(x: Mention, out: list[Mention], toks, keys, fkeys, caps, lex: Lexicon, text: str, mask):
    """The organisation named by the words a bracketed acronym spells, written before it (its
    initials, in order, one other word at most); it replaces the mentions it covers."""
    acr = toks[x.start].text
    if not (2 <= len(acr) <= 8 and acr.isalpha() and acr[0].isupper() and (acr.isupper() or len(acr) >= 3)):
        return None
    letters = fold(acr.lower())
    p = x.start - 1
    lo = max(0, p - 16)
    skip = lex.function_words
    L = len(letters) - 1
    i = p - 1
    s = -1
    miss = 0
    tail = 0                        # words after the last one spelt ("... et des produits de santé")
    first = -1
    while i >= lo and L >= 0:
        k = keys[i]
        if k in ("'", "-"):
            i -= 1
            continue
        if k == "," and s >= 0 and i + 1 < p and keys[i + 1] in lex.connectors.first:
            i -= 1                  # "de la concurrence, de la consommation et de ...": a list of complements
            continue
        if not toks[i].text[:1].isalpha() or k in lex.cues.first:
            break
        w = fkeys[i]
        if w in skip or w in lex.org_joiners or w in lex.connectors.first:
            i -= 1
            continue
        if w[:1] == letters[L]:
            if s < 0:
                first = i
            L -= 1
            s = i
        elif s < 0 and tail < 3 and not caps[i]:
            tail += 1
        elif miss or L == 0:
            break
        else:
            miss += 1
        i -= 1
    if L >= 0 or s < 0:
        return None
    if tail and not any(fkeys[t] in lex.org_joiners for t in range(first + 1, first + 3)):
        return None                 # the words after the spelt ones must be joined to them
    # the mentions it covers: each must start at its words (or at their article) and end inside
    a = s
    if s >= 1 and (keys[s - 1] in lex.determiners.first or keys[s - 1] == "'" and s >= 2):
        a = s - 1 if keys[s - 1] != "'" else s - 2
    k = len(out)
    while k > 0 and out[k - 1].end > a:
        o = out[k - 1]
        if o.end > p or (o.start < s and any(keys[t] not in lex.determiners.first and keys[t] != "'"
                                              for t in range(o.start, s))):
            return None
        k -= 1
    if k < len(out):
        a = min(a, out[k].start)
        det = out[k].det
        del out[k:]
    else:
        det = "def" if a < s else None
    org = _org_mention(a, s, p, text, toks, det)
    org.in_quote = x.in_quote
    out.append(org)
    return org


def _after_copula(i: int, keys, lex, mask) -> bool:
    if i >= 4 and not (mask[i - 1] | mask[i - 2] | mask[i - 3] | mask[i - 4]) & B_COP:
        return False                    # no copula in reach
    copulas = lex.copulas
    for j in range(i - 1, max(-1, i - 5), -1):
        k = keys[j]
        if k in copulas:
            # (not the auxiliary of a reflexive verb: « s'est indigné le maire de Paris »)
            return not (j >= 2 and keys[j - 1] == "'" and keys[j - 2] + "'" in lex.reflexive_pronouns
                        or j >= 1 and keys[j - 1] in lex.reflexive_pronouns)
        if not k[:1].isalnum() or k in lex.agent_preps:
            return False                # (a passive's agent: "ont été relevées par la virologue X")
    return False


def _chunk(i, toks, keys, fkeys, caps, lex: Lexicon, blocked, text, mask):
    n = len(toks)
    items: list[tuple] = []          # (type, start, end, info)
    append = items.append
    title_mods = lex.title_mods
    particles = lex.particles
    function_words = lex.function_words
    cue_words = lex.cues.first
    titles = lex.titles
    titles_match = titles.match
    demonyms = lex.demonyms
    prehead = lex.prehead_nouns
    # ``Phrases.match`` inlined below: a key that opens no longer phrase is one lookup
    titles_multi, titles_hits = titles.mfirst, titles.hits
    dem_multi, dem_hits = demonyms.mfirst, demonyms.hits
    j = i
    # a gazetteer phrase with its article ("les États-Unis", "the Americans")
    mj = mask[j]
    g, gaz_is_media = _gaz(j, fkeys, caps, lex, mj) if mj & _GAZ_MEDIA else _NO_GAZ
    if g is None and mj & B_DET:
        dets = lex.determiners
        d = dets.match(keys, caps, j) if keys[j] in dets.mfirst else dets.hits.get(keys[j])
        if d is not None and j + d[0] < n:
            append((DET, j, j + d[0], d[1]))
            j += d[0]
    seen_head = False
    last_head = -1                  # index of the last title head in ``items``
    last = DET if items else None
    while j < n and not blocked[j]:
        k = keys[j]
        fk = fkeys[j]
        mj = mask[j]
        cj = caps[j]
        if (last is DET and not cj and j + 3 < n and keys[j + 1] == "-" and keys[j + 2] in lex.compound_suffixes
                and toks[j].text.isalpha() and toks[j + 1].start == toks[j].end
                and toks[j + 2].start == toks[j + 1].end):
            # "the state-owned company": a compound adjective before the title
            append((WORD, j, j + 3, fk))
            last = WORD
            j += 3
            continue
        if not cj:
            # the inside of a name ("Éric de Moulins-Beaufort", "al-Muhandis", "George W. Bush")
            if last == CAP or last == PART:
                if (k == "-" or k == "'") and j + 1 < n and caps[j + 1] and toks[j].start == toks[j - 1].end:
                    append((PART, j, j + 1, None))
                    last = PART
                    j += 1
                    continue
                if k == "-" and hyphen_link(j, toks, keys, fkeys, caps, lex) > j:
                    # "Tarn-et-Garonne", "Saint-Étienne-du-Rouvray": one name
                    items.extend((PART, x, x + 1, None) for x in range(j, j + 3))
                    last = PART
                    j += 3
                    continue
                if (k == "-" and last == CAP and len(items) > 1 and items[-2][0] == CAP
                        and _syllable_after(j, toks, keys, lex)):
                    items.extend(((PART, j, j + 1, None), (CAP, j + 1, j + 2, None)))
                    j += 2              # "President Yoon Suk-yeol" (the syllable a word of the name)
                    continue
                if k in lex.org_joiners and not k.isalpha() and j + 1 < n and caps[j + 1] and last == CAP:
                    append((PART, j, j + 1, None))   # "Harwell & Finch": a firm's name
                    last = PART
                    j += 1
                    continue
                if fk in particles:
                    e = j
                    while e < n and fkeys[e] in particles and not caps[e]:
                        e += 1
                    if e < n and (keys[e] == "-" or keys[e] == "'" and toks[e].start == toks[e - 1].end):
                        e += 1      # "Giscard d'Estaing", "Terre d'Accueil"
                    if e < n and caps[e] and e - j <= 3:
                        items.extend((PART, x, x + 1, None) for x in range(j, e))
                        last = PART
                        j = e
                        continue
                if (k == "." and j + 1 < n and caps[j + 1] and toks[j + 1].sent == toks[j - 1].sent
                        and (len(toks[j - 1].text) == 1 or fkeys[j - 1] in lex.name_opening_abbrevs
                             and toks[j].start == toks[j - 1].end)):
                    # an initial: "George W. Bush" (not a sentence's end: "he wrote on X. Nawrocki ..."), or
                    # the abbreviation opening a name: "St. Lucie County Sheriff Keith Pearson"
                    append((PART, j, j + 1, None))
                    last = PART
                    j += 1
                    continue
            if (seen_head and j + 1 < n and fk in lex.institution_participles and mask[j + 1] & B_CONN
                    and items[last_head][0] == HEAD and items[last_head][3][3] == "person"):
                j += 1              # « la ministre chargée de l'Égalité »: a person's title, its domain after it
                continue
            if not mj:
                # only a complement after a title, or a noun before a name, continues a chunk
                if (last == HEAD and j + 2 < n and caps[j + 1] and caps[j + 2] and toks[j].text[:1].isalpha()
                        and fk not in function_words and k not in cue_words and not blocked[j + 1]):
                    # "le Premier ministre hongrois Viktor Orban": an adjective we do not know, then a name
                    append((WORD, j, j + 1, fk))
                    last = WORD
                    j += 1
                    continue
                if (last == HEAD and items[-1][3][3] == "source" and toks[j].text[:1].isalpha() and not prehead
                        and fk not in function_words and k not in cue_words and k not in lex.prepositions):
                    # "de source parlementaire": a qualifier kept as written (where adjectives follow
                    # their noun; "Officials met on Monday": a verb)
                    append((QUAL, j, j + 1, None))
                    last = QUAL
                    j += 1
                    continue
                if (last == DET and len(items) == 1 and j + 2 < n and caps[j + 1] and caps[j + 2]
                        and toks[j].text[:1].isalpha() and fk not in function_words and k not in cue_words
                        and fkeys[j + 1] not in function_words and not blocked[j + 1]
                        and not (items[0][1] > 0 and keys[items[0][1] - 1] in lex.place_preps)):
                    # "la syndicaliste Sophie Binet", "l'opposant Alexeï Navalny": a common noun
                    # used as a title before a full name (not after a preposition of place: "a
                    # témoigné à la barre X", a place, then the inverted subject)
                    last_head = len(items)
                    append((HEAD, j, j + 1, (fk, None, items[0][3][2], "person")))
                    last = HEAD
                    seen_head = True
                    j += 1
                    continue
                if not (prehead and not seen_head and _prehead(j, toks, keys, fk, mask, lex)):
                    break
        if g is None and mj & _GAZ_MEDIA and (last != HEAD or fk not in title_mods):
            g, gaz_is_media = _gaz(j, fkeys, caps, lex, mj)
        if g is not None:
            glen, gval = g
            g = None
            if gaz_is_media:
                gval = (gval, "organization", "s")
            e = j + glen
            nxt = lex.after_clitic(keys, e)
            if (prehead and not seen_head and nxt < n
                    and (titles_match(keys, caps, nxt) or lex.demonyms.match(fkeys, caps, nxt)
                         or lex.departments.match(fkeys, caps, nxt) or fkeys[nxt] in title_mods)):
                append((GAZ, j, e, gval))     # "Kremlin spokesman", "Iran's foreign minister"
                if nxt != e:
                    append((POSS, e, nxt, None))
                last = items[-1][0]
                j = nxt
                continue
            if not items or (len(items) == 1 and items[0][0] == DET) or (seen_head and last == CONN):
                append((GAZ, j, e, gval))
                last = GAZ
                j = e
                if not seen_head:
                    break
                continue
            break
        if mj == B_CAP:
            # capitalised and in no table: a name word (the tests below all need a table bit)
            if toks[j].text[:1].isalpha():
                if fk in function_words or k in cue_words:
                    # "Le" inside "Jean-Yves Le Drian" is part of a name; a sentence-initial one is
                    # not; one joined by a hyphen is ("UFC-Que Choisir"), and so is one after an
                    # honorific ("M. Le Drian")
                    if not ((last == CAP or last == HON) and j + 1 < n and caps[j + 1] and fk in particles
                            or last == PART and keys[j - 1] == "-" and toks[j].start == toks[j - 1].end
                            # (or opens a hyphenated name: "Pas-de-Calais")
                            or j + 1 < n and keys[j + 1] == "-" and toks[j + 1].start == toks[j].end
                            and hyphen_link(j + 1, toks, keys, fkeys, caps, lex) > j + 1):
                        break
                append((CAP, j, j + 1, None))
                last = CAP
                j += 1
                continue
            break
        if mj & _CAP_COP == _CAP_COP and last == CAP and toks[j].text[1:].islower() and keys[j - 1] != "'":
            # "l'ARS Grand Est": a capitalised copula form right after a name word is a word of
            # the name (a verb is written in lower case inside a sentence)
            append((CAP, j, j + 1, None))
            last = CAP
            j += 1
            continue
        if seen_head and mj & B_QUAL and not (prehead and mj & B_TITLE and titles_match(keys, caps, j) is not None):
            # (where nouns precede their head, a title after a head is the head: "a senior
            # government official")
            q = lex.qualifiers.match(fkeys, caps, j)
            if q is not None:
                append((QUAL, j, j + q[0], q[1]))
                last = QUAL
                j += q[0]
                continue
            q = lex.qualifier_openers.match(fkeys, caps, j)
            if q is not None:
                # "familiar with the deliberations": the words up to a cue, a punctuation mark or
                # a clause word complete the qualifier, as written (a cue word after an article is
                # a noun: "familiar with the call")
                e = j + q[0]
                while (e < n and e - j < q[0] + 8 and not blocked[e]
                       and not (mask[e] & B_COMP or mask[e] & B_CUE and keys[e - 1] not in lex.determiners.first)
                       and (toks[e].text[:1].isalnum() or keys[e] == "'" and e + 1 < n and keys[e + 1] == "s")
                       and keys[e] not in lex.relatives and keys[e] not in lex.coordinators):
                    e += 1
                if keys[e - 1] == "'":
                    e -= 1
                if e > j + q[0]:
                    append((QUAL, j, e, q[1] + " " + text[toks[j + q[0]].start:toks[e - 1].end]))
                    last = QUAL
                    j = e
                    continue

        if last == HEAD and fk in title_mods and not (j + 1 < n and mask[j + 1] & B_TITLE
                                                      and titles_match(keys, caps, j + 1)) and not (
                prehead and mj & B_TITLE and j + 1 < n and caps[j + 1] and titles_match(keys, caps, j) is not None):
            # (before a name, a title word after a head is the head: "Police Chief Darren Ardoin")
            append((MOD, j, j + 1, fk))
            last = MOD
            j += 1
            continue
        if mj & B_TITLE:
            t = titles_match(keys, caps, j) if k in titles_multi else titles_hits.get(k)
        else:
            t = None
        if (t is not None and cj and (last == CAP or last == PART)
                and not (j + t[0] < n and caps[j + t[0]])):
            t = None                    # "Martin Luther King", "Bruno Le Maire": a name, not a title
        if t is not None and not prehead and seen_head and not cj and (last == CAP or last == PART):
            # « le secrétaire de la Centrale générale FGTB », « la Direction générale de la sécurité
            # intérieure »: where adjectives follow their noun, a title word after a name in the
            # complement is the name's adjective, no second head
            append((PART, j, j + t[0], None))
            last = PART
            j += t[0]
            continue
        if t is None and prehead and not seen_head and not cj and _prehead(j, toks, keys, fk, mask, lex):
            append((WORD, j, j + 1, fk))   # "the health ministry", "union leader"
            last = WORD
            j += 1
            continue
        if t is not None:
            last_head = len(items)
            append((HEAD, j, j + t[0], t[1]))
            last = HEAD
            seen_head = True
            j += t[0]
            continue
        if mj & B_NAT and (last != CAP or seen_head):
            dm = demonyms.match(fkeys, caps, j) if fk in dem_multi else dem_hits.get(fk)
            if dm is not None:
                append((NAT, j, j + dm[0], dm[1]))
                last = NAT
                j += dm[0]
                continue
        if mj & B_DEPT and (last == CONN or not seen_head):
            dp = lex.departments.match(fkeys, caps, j)
            if dp is not None:
                append((DEPT, j, j + dp[0], fk))
                last = DEPT
                j += dp[0]
                if not seen_head and cj and _joined_title(j, toks, keys, fkeys, caps, lex, mask):
                    append((PART, j, j + 1, None))   # "Agriculture and Forestry Minister X"
                    j += 1
                continue
        if fk in title_mods and last in _BEFORE_MODS and not (
                cj and j + 2 < n and keys[j + 1] == "-" and caps[j + 2]
                and toks[j + 1].start == toks[j].end and toks[j + 2].start == toks[j + 1].end) and not (
                cj and fk in lex.name_opening_mods and j + 1 < n and mask[j + 1] == B_CAP and not blocked[j + 1]):
            # (a capitalised one opening a place's name is the name's: "New Zealand Police")
            # (a capitalised one hyphenated to a name is the name's: "Haute-Garonne", "Nouvelle-Aquitaine")
            append((MOD, j, j + 1, fk))
            last = MOD
            j += 1
            continue
        if cj:
            hon = k.rstrip(".")
            if hon in lex.honorifics and j + 1 < n and (caps[j + 1] or keys[j + 1] == "."):
                e = j + 2 if keys[j + 1] == "." else j + 1
                append((HON, j, e, lex.honorifics[hon]))
                last = HON
                j = e
                continue
            if toks[j].text[:1].isalpha():
                if fk in function_words or k in cue_words:
                    # "Le" inside "Jean-Yves Le Drian" is part of a name; a sentence-initial one is
                    # not; one joined by a hyphen is ("UFC-Que Choisir")
                    if not ((last == CAP or last == HON) and j + 1 < n and caps[j + 1] and fk in particles
                            or last == PART and keys[j - 1] == "-" and toks[j].start == toks[j - 1].end
                            # (or opens a hyphenated name: "Pas-de-Calais")
                            or j + 1 < n and keys[j + 1] == "-" and toks[j + 1].start == toks[j].end
                            and hyphen_link(j + 1, toks, keys, fkeys, caps, lex) > j + 1):
                        break
                append((CAP, j, j + 1, None))
                last = CAP
                j += 1
                continue
        if seen_head and mj & B_CONN:
            if prehead and last == CAP and sum(1 for it in items[last_head + 1:] if it[0] == CAP) >= 2:
                break               # "analyst Ramunas Vilkas of Vilnius University": an affiliation
            c = lex.connectors.match(fkeys, caps, j)
            if c is not None and j + c[0] < n:
                e = _complement(j + c[0], toks, keys, fkeys, caps, lex, blocked, items, mask)
                if e is not None:
                    items.insert(len(items) - (e[1]), (CONN, j, j + c[0], None))
                    last = items[-1][0]
                    j = e[0]
                    continue
        break
    return _parse(i, items, toks, keys, fkeys, lex, text, last_head)


def _fast(i, toks, keys, fkeys, caps, lex: Lexicon, blocked, text, mask):
    """The frequent mentions without the general chunker (``_chunk``), read exactly as it would
    read them: a gazetteer entry that nothing extends ("Téhéran", "les États-Unis"), a plain
    name ("Mark Esper"), and the noun phrases of ``_fast_title`` and ``_fast_np``.  None sends
    the token to ``_chunk``; ``_NOTHING``: no mention starts here."""
    mi = mask[i]
    if mi & _GAZ_MEDIA:
        g, media = _gaz(i, fkeys, caps, lex, mi)
        if g is not None:
            e = i + g[0]
            val = (g[1], "organization", "s") if media else g[1]
            if lex.prehead_nouns and _before_title(e, keys, fkeys, mask, lex):
                # "US President Donald Trump"; "Kremlin spokesman", "Iran's foreign minister"
                if keys[e] != "'" and mask[e] & B_TITLE and not mask[e] & _GAZ_MEDIA and not blocked[e]:
                    d = lex.determiners.match(keys, caps, i) if mi & B_DET and e - i > 1 else None
                    if d is not None and d[0] == 1 and d[1][0] == "def":
                        # "The U.S. president": the entry's article is the title's
                        return _fast_np(i, e, d[1], toks, keys, fkeys, caps, lex, blocked, text, mask,
                                        (i + 1, e, val))
                    return _fast_np(i, e, _NO_DET, toks, keys, fkeys, caps, lex, blocked, text, mask, (i, e, val))
                return None
            return _gaz_or_name(i, i, e, val, None, toks, keys, fkeys, caps, lex, blocked, text, mask)
    if mi & B_DET:
        return _fast_title(i, toks, keys, fkeys, caps, lex, blocked, text, mask)
    if mi & B_NAT and not mi & B_TITLE:
        return _fast_np(i, i, _NO_DET, toks, keys, fkeys, caps, lex, blocked, text, mask)
    if mi != B_CAP:
        if not mi & _CAP_TITLE_NAT:
            return _lone_word(i, toks, keys, fkeys, caps, lex, blocked, mask)
        return None
    e = _name_end(i, toks, keys, fkeys, caps, lex, blocked, mask)
    if e is None:
        return None
    return _name_mention(i, e, (i, e), text[toks[i].start:toks[e - 1].end])


def _lone_word(i, toks, keys, fkeys, caps, lex: Lexicon, blocked, mask):
    """A lowercase word opening no title, place, nationality or article ("the economy has",
    "new flights", "l'intérieur du"): ``_chunk`` reads at most a department or a title modifier
    there, which names no one unless a word it reads after it does.  ``_NOTHING`` when the word
    after that item can continue no chunk (no table bit, no capital), None when it may."""
    n = len(toks)
    if lex.prehead_nouns and _prehead(i, toks, keys, fkeys[i], mask, lex):
        return None                     # "the health ministry": a noun before a title
    if mask[i] & B_DEPT:
        dp = lex.departments.match(fkeys, caps, i)
        if dp is not None:
            j = i + dp[0]
        elif fkeys[i] in lex.title_mods:
            j = i + 1
        else:
            return _NOTHING
    elif fkeys[i] in lex.title_mods:
        j = i + 1
    else:
        return _NOTHING                 # (no item: the chunk is empty)
    if j >= n or blocked[j]:
        return _NOTHING
    if caps[j] or mask[j] or lex.prehead_nouns and _prehead(j, toks, keys, fkeys[j], mask, lex):
        return None
    return _NOTHING


def _joined_title(j, toks, keys, fkeys, caps, lex: Lexicon, mask) -> bool:
    """Whether token ``j`` joins a portfolio's department to more capitalised words before a title
    ("Agriculture and Forestry Minister X", "the Health and Safety Authority")."""
    n = len(toks)
    return (j + 2 < n and keys[j] in lex.org_joiners and caps[j + 1] and caps[j + 2] and toks[j + 1].text.isalpha()
            and fkeys[j + 1] not in lex.function_words
            and any(mask[t] & B_TITLE and caps[t] for t in range(j + 2, min(n, j + 5))))


def _syllable_after(j, toks, keys, lex: Lexicon) -> bool:
    """Whether the hyphen at token ``j``, glued to the capitalised word of a name before it, is followed,
    glued, by the lower-case second syllable of a given name ("Lee Jae-myung", "Kim Jong-un", "Moon
    Jae-in"): a short word that makes no compound adjective of the name ("a Donald Trump-backed
    candidate": ``NAME_COMPOUND_SUFFIXES``).  The caller has seen two words of the name before it."""
    if j + 1 >= len(toks):
        return False
    t = toks[j + 1]
    return (toks[j].start == toks[j - 1].end and t.start == toks[j].end and len(t.text) <= 6
            and t.text.isalpha() and t.text.islower() and keys[j + 1] not in lex.compound_suffixes)


def _name_end(i, toks, keys, fkeys, caps, lex: Lexicon, blocked, mask, after_title: bool = False):
    """End of a plain name starting at token ``i`` (capitalised, in no table): capitalised words in
    no table, joined by hyphens, apostrophes or particles ("al-Muhandis"), that nothing extends;
    None when ``_chunk`` could read more than a name there (an initial, a title or department
    after the name, a noun before a title ...), or a different name.  ``after_title``: the name
    follows a title, which a qualifier, a nationality or a complement may still extend."""
    function_words, cue_words = lex.function_words, lex.cues.first
    if fkeys[i] in function_words or keys[i] in cue_words or not toks[i].text[:1].isalpha():
        return None
    n = len(toks)
    j = i + 1
    particles = lex.particles
    while j < n and not blocked[j]:
        if caps[j]:
            if mask[j] == _CAP_CUE and in_name(j, toks, mask):
                j += 1                  # "Rehema Said": a surname spelt like a cue word
                continue
            if (j == i + 1 and mask[j] & B_MEDIA and not mask[j] & _TITLE_GAZ and mask[i] == B_CAP
                    and (j + 1 >= n or not caps[j + 1]) and (i == 0 or not caps[i - 1])):
                g = _gaz(j, fkeys, caps, lex, mask[j])[0]
                if g is not None and g[0] == 1:
                    return j + 1        # "Michael Bloomberg said": a first name, then a surname that
                                        # is also an outlet's name
            if (j - 1 > i and mask[j - 1] & B_CONN and toks[j - 1].text[:1].islower() and j + 1 < n
                    and hyphen_link(j + 1, toks, keys, fkeys, caps, lex) > j + 1):
                j += 4                  # "la CFDT des Hauts-de-Seine": a hyphenated place is one word
                continue
            if (j == i + 1 and fkeys[j] in function_words and toks[i].text in lex.first_name_genders
                    and toks[j].text[1:].islower() and keys[j] not in cue_words):
                j += 1                  # "Theresa May", "Brian May": a given name, then a surname spelt like
                continue                # a function word
            if (mask[j] != B_CAP or fkeys[j] in function_words or keys[j] in cue_words
                    or not toks[j].text[:1].isalpha()):
                return None             # a title, a place or a function word: the general case
            j += 1
            continue
        k = keys[j]
        if (k == "-" or k == "'") and j + 1 < n and caps[j + 1] and toks[j].start == toks[j - 1].end:
            j += 1
            continue
        if toks[j].digit and toks[j].start == toks[j - 1].end and toks[j - 1].text.isupper():
            j += 1                      # "M23", "G7", "COP28": figures glued to capitals are the name's
            continue
        if k == "-" and hyphen_link(j, toks, keys, fkeys, caps, lex) > j:
            j += 3                      # "Tarn-et-Garonne": one name
            continue
        if k == "-" and j - 1 > i and _syllable_after(j, toks, keys, lex):
            j += 2                      # "Lee Jae-myung", "Kim Jong-un"
            continue
        if k in lex.org_joiners and not k.isalpha() and j + 1 < n and caps[j + 1]:
            return None                 # "Harwell & Finch": read by ``_chunk``
        fk = fkeys[j]
        if (j == i + 1 and mask[j] & B_CONN and fk not in particles and j + 1 < n and caps[j + 1]
                and len(toks[i].text) > 1 and toks[i].text.isupper() and toks[i].text.isalpha()):
            # "la FDSEA des Ardennes": an acronym, then the place it serves, is one name (as
            # "la CGT du Gers" is, its connector being a particle)
            j += 1
            continue
        if fk in particles:
            # "al-Muhandis", "von der Leyen": as ``_chunk`` reads particles
            e = j
            while e < n and fkeys[e] in particles and not caps[e]:
                e += 1
            if e < n and (keys[e] == "-" or keys[e] == "'" and toks[e].start == toks[e - 1].end):
                e += 1
            if e < n and caps[e] and e - j <= 3:
                j = e
                continue
            return None
        if k == "." and len(toks[j - 1].text) == 1 and j + 1 < n and caps[j + 1] and toks[j + 1].sent == toks[j - 1].sent:
            return None                 # an initial: "George W. Bush"
        if (k == "." and j == i + 1 and fkeys[i] in lex.name_opening_abbrevs and j + 1 < n and caps[j + 1]
                and toks[j].start == toks[i].end):
            j += 1                      # "St. Louis", "St. Lucie County": the abbreviation opens the name
            continue
        mj = mask[j]
        if mj & _TITLE_DEPT or after_title and mj & _NAT_QUAL_CONN:
            return None
        if lex.prehead_nouns and (mj & _GAZ_MEDIA or _prehead(j, toks, keys, fk, mask, lex)):
            return None
        break
    return j


def _before_title(e, keys, fkeys, mask, lex) -> bool:
    """Whether a title word may follow the gazetteer entry ending at token ``e``, possibly after
    "'s" (where ``_chunk`` reads the entry as a noun before a title: "Iran's foreign minister")."""
    n = len(keys)
    nxt = lex.after_clitic(keys, e)
    return nxt < n and bool(mask[nxt] & _TITLE_NAT_DEPT or fkeys[nxt] in lex.title_mods)


def _fast_title(i, toks, keys, fkeys, caps, lex: Lexicon, blocked, text, mask):
    """"le ministre américain", "un responsable", "l'armée américaine": an article, a one-word
    title and at most one nationality, followed by a word that cannot extend the chunk, or by a
    plain name ("le président américain Donald Trump"); also an article before a gazetteer
    entry ("du Hezbollah") or a plain name ("au Moyen-Orient")."""
    n = len(toks)
    dets = lex.determiners
    d = dets.match(keys, caps, i) if keys[i] in dets.mfirst else dets.hits.get(keys[i])
    if d is None:
        return None
    h = i + d[0]
    if h >= n or blocked[h]:
        return None
    if toks[h].digit and lex.age_compound:
        h = _after_age(h, toks, keys, lex)  # "the 70-year-old president": the title after the age
        if h >= n or blocked[h]:
            return None
    if d[1][0] == "poss" and i > 0 and keys[i - 1] in lex.adverbs.first:
        a = lex.adverbs.match(keys, caps, i - 1)
        if a is not None and a[0] > 1:
            return _NOTHING             # « a déclaré pour sa part Eduardo Prieto », « de son côté »: an adverb
    mh = mask[h]
    if mh & B_NAT and caps[h] and d[1][0] in ("def", "dem") and d[1][2] != "p":
        m = _national(i, h, d[1], toks, keys, fkeys, caps, lex, blocked, text)
        if m is not None:
            return m
    if mh & _GAZ_MEDIA:
        g, media = _gaz(h, fkeys, caps, lex, mh)
        if g is not None:
            e = h + g[0]
            val = (g[1], "organization", "s") if media else g[1]
            if lex.prehead_nouns and _before_title(e, keys, fkeys, mask, lex):
                # "the US embassy"; "the Kremlin's spokesman"
                if keys[e] != "'" and mask[e] & B_TITLE and not mask[e] & _GAZ_MEDIA and not blocked[e]:
                    return _fast_np(i, e, d[1], toks, keys, fkeys, caps, lex, blocked, text, mask, (h, e, val))
                return None
            return _gaz_or_name(i, h, e, val, d[1][0], toks, keys, fkeys, caps, lex, blocked, text, mask)
    if mh != B_CAP and mh & B_CAP and not mh & _DET_PRON_TITLE_NAT_MEDIA_CUE:
        # « la Sécurité civile », « la Défense civile », « l'Éducation nationale »: a capitalised word
        # known as a department, an institution's name with its adjectives
        a = _institution_adjectives(h, h + 1, d[1], toks, keys, lex, blocked, mask)
        if a > h + 1:
            m = _name_mention(i, a, (h, a), text[toks[h].start:toks[a - 1].end], None, d[1][0])
            m.nature, m.ngender = "org", d[1][1]
            return m
    if mh == B_CAP:
        # an article and a plain name: "au Moyen-Orient", "du Hachd"
        e = _name_end(h, toks, keys, fkeys, caps, lex, blocked, mask)
        if e is None:
            return None
        a = _institution_adjectives(h, e, d[1], toks, keys, lex, blocked, mask)
        m = _name_mention(i, a, (h, a), text[toks[h].start:toks[a - 1].end], None, d[1][0])
        if a > e:
            m.nature, m.ngender = "org", d[1][1]
        return m
    return _fast_np(i, h, d[1], toks, keys, fkeys, caps, lex, blocked, text, mask)


def _after_age(h, toks, keys, lex: Lexicon) -> int:
    """The token after an age written as a compound at token ``h`` ("70-year-old": a figure, then the words of
    ``AGE_COMPOUND`` each after a hyphen, all glued), else ``h``."""
    words = lex.age_compound
    e = h + 1 + 2 * len(words)
    if e > len(toks) or any(keys[h + 1 + 2 * k] != "-" or keys[h + 2 + 2 * k] != w for k, w in enumerate(words)):
        return h
    if any(toks[t].start != toks[t - 1].end for t in range(h + 1, e)):
        return h
    return e


def _title_after_age(h, toks, keys, lex: Lexicon, mask) -> bool:
    """Whether an age written as a compound at token ``h`` comes right before a title ("the 70-year-old
    president")."""
    e = _after_age(h, toks, keys, lex)
    return h < e < len(toks) and bool(mask[e] & B_TITLE)


NATIONAL = "national"      # the title class of a person told by a nationality alone ("the Serbian", « le Slovène »)


def _national(i, h, det, toks, keys, fkeys, caps, lex: Lexicon, blocked, text) -> Mention | None:
    """A definite singular article and a capitalised nationality used as a noun, no name after it: "The
    Serbian said", « Le Slovène a confirmé », « le Danois, double tenant du titre, » (where modifiers come first,
    only before punctuation, a verb of saying, an auxiliary, a modal or a relative: not "the Serbian
    government"); a person's title of class ``NATIONAL`` with that nationality, else None."""
    dm = lex.demonyms.match(fkeys, caps, h)
    if dm is None:
        return None
    e = h + dm[0]
    n = len(toks)
    if e >= n or blocked[e] or caps[e]:
        return None                     # (a name after it: « le Danois Jonas Vingegaard », read as a title's)
    k = keys[e]
    if lex.prehead_nouns and not (k in (",", ".", ";", ":") or k in lex.cues.first or k in lex.aux
                                  or k in lex.modals or k in lex.relatives):
        return None
    title = text[toks[h].start:toks[e - 1].end]
    m = Mention(i, e, "title", (i, e), None, det[0], NATIONAL, "person", dm[1], (), None, det[1], "s", False,
                False, None, title)
    return m


def _institution_adjectives(h, e, det, toks, keys, lex: Lexicon, blocked, mask) -> int:
    """The end of the lowercase adjectives (two at most) that go on the one-word name ``[h, e)``
    after its definite singular article ``det``: « la Sécurité civile », « la Ligue arabe », « la
    Protection civile locale » name institutions (a person's name takes no article).  An
    adjective is a nationality or a word of the language's ``institution_adjective_endings``,
    no cue, auxiliary or function word; ``e`` when there is none."""
    endings = lex.institution_adjective_endings
    if not endings or e != h + 1 or det[0] != "def" or det[2] != "s":
        return e
    n = len(toks)
    j = e
    while j < n and j < e + 2 and not blocked[j]:
        t = toks[j].text
        k = keys[j]
        if (not t.isalpha() or not t.islower() or mask[j] & _DET_PRON_TITLE_CUE
                or k in lex.function_words or k in lex.aux or k in lex.cues.first
                or not (mask[j] & B_NAT or k.endswith(endings))):
            break
        j += 1
    if j > e and j < n and mask[j] & B_CONN:
        return e                        # « la Coordination nationale des comités ... »: a longer name,
                                        # read by the general chunker
    return j


def _fast_np(i, h, det, toks, keys, fkeys, caps, lex: Lexicon, blocked, text, mask, gaz=None):
    """The noun phrase after the article ``det`` (``_NO_DET`` when none) that starts at token
    ``h``: title modifiers after an article ("ce même", "a senior"), then a one-word title with
    at most one nationality, before ("an American official") or after it ("le ministre
    américain"), then a plain name or a word that cannot extend it.  Modifiers or a nationality
    that nothing extends ("un Américain.") name no one: ``_NOTHING``.  None: the general case.
    ``gaz``: (start, end, value) of a gazetteer entry right before the title, where a noun may
    precede a title ("the US embassy")."""
    n = len(toks)
    t0 = h if gaz is None else gaz[0]   # first word of the title
    nat = None
    mods = ()                           # title modifiers before the title ("ce même responsable")
    if det is not _NO_DET and gaz is None:
        title_mods = lex.title_mods
        while fkeys[h] in title_mods and not mask[h] & _TITLE_NAT_DEPT_GAZ_MEDIA:
            mods += (fkeys[h],)
            h += 1
            if h >= n or blocked[h]:
                return _NOTHING
        if mods:
            mh = mask[h]
            if not caps[h] and not mh & _TITLE_NAT_DEPT and fkeys[h] not in title_mods and not (
                    lex.prehead_nouns and (mh & _GAZ_MEDIA
                                           or _prehead(h, toks, keys, fkeys[h], mask, lex))):
                return _NOTHING         # nothing extends the modifiers
    mh = mask[h]
    if mh & B_NAT and not mh & B_TITLE and gaz is None:
        # a nationality first (read as ``_chunk`` reads it: not a place, a medium or a title)
        if mh & _GAZ_MEDIA or (not caps[h] and lex.prehead_nouns):
            return None
        dm = lex.demonyms.match(fkeys, caps, h)
        if dm is None:
            return None
        nat = dm[1]
        h += dm[0]
        if h >= n or blocked[h]:
            return _NOTHING
        mh = mask[h]
        if not caps[h] and not mh & _TITLE_NAT_DEPT and fkeys[h] not in lex.title_mods and not (
                lex.prehead_nouns and (mh & _GAZ_MEDIA or _prehead(h, toks, keys, fkeys[h], mask, lex))):
            return _NOTHING             # nothing extends the nationality
        if not mh & B_TITLE or mh & _GAZ_MEDIA:
            return None
        titles = lex.titles             # (``match`` inlined for a one-word title, as ``Phrases`` allows)
        t = titles.match(keys, caps, h) if keys[h] in titles.needs_match else titles.hits.get(keys[h])
        if t is None:
            return None                 # (a capitalised title is read as one after a nationality)
        head = t[1]
        e = h + t[0]
        if e < n and mask[e] & B_NAT:
            return None                 # a second nationality
        after_head = True               # the last word read is the title
    else:
        if (det is not _NO_DET and not mods and gaz is None and not caps[h]
                and not mh & _TITLE_NAT_DEPT_GAZ_MEDIA and fkeys[h] not in lex.title_mods
                and not (h + 2 < n and caps[h + 1] and caps[h + 2])
                and not (lex.prehead_nouns and _prehead(h, toks, keys, fkeys[h], mask, lex))):
            return _NOTHING             # an article before a word that continues nothing ("La tension")
        if caps[h] and gaz is None or not mh & B_TITLE:
            return None
        titles = lex.titles             # (``match`` inlined for a one-word title, as ``Phrases`` allows)
        t = titles.match(keys, caps, h) if keys[h] in titles.needs_match else titles.hits.get(keys[h])
        if t is None:
            return None
        head = t[1]
        e = h + t[0]                    # (titles of several words: "porte-parole", "secrétaire d'État")
        if e < n and mask[e] & B_NAT and not caps[e]:
            dm = lex.demonyms.one.get(fkeys[e])
            if dm is None:
                return None
            nat = dm[1]
            e += 1
        after_head = nat is None
    comp = ()                           # the complement after a connector: its items
    if (e + 1 < n and fkeys[e] in lex.institution_participles and mask[e + 1] & B_CONN
            and not blocked[e] and not caps[e] and head[3] == "person"):
        e += 1                          # « la ministre chargée de l'Égalité »: a person's title, its domain after it
    me = mask[e] if e < n else 0
    if me & B_CONN and not caps[e] and not blocked[e] and not me & _TITLE_NAT_GAZ_MEDIA_QUAL \
            and fkeys[e] not in lex.title_mods:
        # "le ministre américain de la Défense", "the head of American diplomacy": the complement
        # as ``_chunk`` reads it
        c = lex.connectors.match(fkeys, caps, e)
        if c is None or e + c[0] >= n:
            return None
        comp = []
        got = _complement(e + c[0], toks, keys, fkeys, caps, lex, blocked, comp, mask)
        if got is None or not got[1]:
            return None
        conn = (e, e + c[0])
        e = got[0]
        if e < n and not blocked[e] and mask[e] != B_CAP and (
                caps[e] or mask[e] & _TITLE_NAT_QUAL_CONN or fkeys[e] in lex.title_mods):
            return None                 # more than a complement follows
        if e + 1 < n and fkeys[e] in lex.title_after_complement and mask[e + 1] == B_CAP and not blocked[e + 1]:
            e += 1                      # « le ministre de l'Intérieur démissionnaire Bruno Retailleau »
    name = None
    if comp and all(it[0] == NAT for it in comp) and e < n and caps[e]:
        return None                     # "the chair of the Norwegian Nobel Committee": the complement's noun is the
                                        # name after its nationality (``_parse``)
    if e < n and mask[e] == B_CAP and not blocked[e]:
        # a plain name after the title
        end = _name_end(e, toks, keys, fkeys, caps, lex, blocked, mask, True)
        if end is None:
            return None
        w = toks[e].text
        if (end - e >= 3 or end == e + 1 and w.isalpha()) and len(w) > 1 and w.isupper():
            return None                 # an acronym before the name, or alone: a party or an organisation
                                        # (``_parse``)
        if comp and comp[-1][0] in (WORD, HEAD) and (
                fkeys[comp[-1][1]] in lex.name_presenters
                or keys[comp[0][1] - 1] in lex.possessive_words and toks[e].text not in lex.first_name_genders
                and (fkeys[comp[-1][2] - 1] in lex.org_anaphors or fkeys[comp[-1][2] - 1] in lex.org_heads)):
            # "le PDG du groupement Hyperval", "an analyst at consultancy Pinheiro Agro", "the former chief
            # executive of his hedge fund Alameda Research": the institution's name (``_parse``)
            return None
        name = text[toks[e].start:toks[end - 1].end]
        span = (e, end)
    elif e < n and not comp:
        # anything that could continue the title sends the chunk to the general reader
        if caps[e] or mask[e] & _EXTENDS or fkeys[e] in lex.title_mods or keys[e] in ("-", "'"):
            return None
        if (after_head and head[3] == "source" and not mask[e] and toks[e].text[:1].isalpha()
                and fkeys[e] not in lex.function_words and keys[e] not in lex.cues.first
                and keys[e] not in lex.prepositions):
            return None                 # "de source parlementaire": a qualifier
        if not (toks[e].text[:1].isalpha() or keys[e] in (",", ".", ";", ":", "(", ")")):
            return None
        if after_head and not mask[e] and e + 2 < n and caps[e + 1] and caps[e + 2]:
            return None                 # "le sénateur démocrate Francesco Boccia": a name follows
    if fkeys[h] in lex.qualified_heads:
        return None                     # "a person": a source only with a qualifier (``_parse``)
    cls, hgender, hnumber, nature = head
    title = text[toks[t0].start:toks[e - 1].end]
    head_words = tuple(fkeys[h:h + t[0]])
    words = mods + head_words
    comps = ()
    if gaz is not None:
        # as ``_parse`` reads the entry: a government is the nationality, the entry a complement
        gs, ge, gval = gaz
        words = tuple(fkeys[gs:ge]) + words
        comps = (gval[0],)
        if gval[1] == "government":
            nat = gval[0]
    if comp:
        # as ``_parse`` reads them: the words of the connector and complement (nationalities
        # apart) complete the role; the first nationality, or a government, is the nationality
        words += tuple(fkeys[conn[0]:conn[1]])
        comps = list(comps)
        for it in comp:
            typ = it[0]
            if typ == NAT:
                if nat is None:
                    nat = it[3]
                continue
            words += tuple(fkeys[it[1]:it[2]])
            if typ == GAZ:
                if it[3][1] == "government" and nat is None:
                    nat = it[3][0]
                comps.append(it[3][0])
            else:                       # DEPT or WORD
                comps.append(it[3])
        comps = tuple(comps)
        title = text[toks[t0].start:toks[comp[-1][2] - 1].end]
    role = _role(words, lex, head_words)
    if mods:
        same = any(w in lex.same for w in mods)
        other = any(w in lex.other for w in mods)
    else:
        same = other = False
    g = (hgender or det[1]) if nature != "org" else None
    if name is not None:
        m = Mention(i, span[1], "title", span, name, det[0], cls, nature, nat, comps, role, g, hnumber or det[2],
                    same, other, None, title)
    else:
        m = Mention(i, e, "title", (i, e), None, det[0], cls, nature, nat, comps, role, g, hnumber or det[2],
                    same, other, None, title)
    if nature == "org":
        m.ngender = hgender or det[1]
    return m


def _prehead(j, toks, keys, fk, mask, lex) -> bool:
    """A lowercase noun modifying a title that follows within two words ("the health ministry")."""
    n = len(toks)
    if j + 1 >= n or not (mask[j + 1] & B_TITLE or j + 2 < n and mask[j + 2] & B_TITLE):
        return False                    # (the frequent case: no title in reach)
    if (not toks[j].text[:1].isalpha() or fk in lex.function_words or keys[j] in lex.cues.first
            or fk in lex.title_mods):
        return False
    if mask[j + 1] & B_TITLE:
        return True
    return (j + 2 < n and mask[j + 2] & B_TITLE and toks[j + 1].text[:1].isalpha()
            and not toks[j + 1].text[:1].isupper() and keys[j + 1] not in lex.cues.first
            and keys[j + 1] not in lex.function_words)


_NO_GAZ = (None, False)
_NO_DET = (None, None, None)
_NOTHING = Mention(0, 0, "nothing", (0, 0))    # from ``_fast``: no mention starts here
_NO_TREE: dict = {}


def _gaz(j, fkeys, caps, lex, mj):
    """(match, is a medium) of the media, else the gazetteer, at token ``j`` (lexicon bits ``mj``)."""
    fk = fkeys[j]
    single = lex.gaz_single.get(fk)
    if single is not None:
        # a one-word entry, opening no longer one (the frequent case): the medium's, else the
        # gazetteer's, each when capitalised if it must be
        media_hit, media_cased, gaz_hit, gaz_cased = single
        if media_hit is not None and (caps[j] or not media_cased):
            return media_hit, True
        if gaz_hit is not None and (caps[j] or not gaz_cased):
            return gaz_hit, False
        return _NO_GAZ
    gaz_next = lex.gaz_next
    if fk not in gaz_next:
        return _NO_GAZ                  # no entry starts here
    nxt = gaz_next[fk]
    if nxt is not None and (j + 1 >= len(fkeys) or fkeys[j + 1] not in nxt):
        return _NO_GAZ
    if mj & B_MEDIA:
        media = lex.media
        t2 = media.tree.get(fk, _NO_TREE).get(fkeys[j + 1]) if j + 1 < len(fkeys) else None
        if t2 is not None and (None in t2 or j + 2 < len(fkeys) and fkeys[j + 2] in t2):
            g = media.match(fkeys, caps, j)
        else:
            g = media.hits.get(fk)
            if g is not None and not caps[j] and fk in media.cased1:
                g = None
        if g is not None:
            return g, True
    if mj & B_GAZ:
        gaz = lex.gazetteer
        t2 = gaz.tree.get(fk, _NO_TREE).get(fkeys[j + 1]) if j + 1 < len(fkeys) else None
        if t2 is not None and (None in t2 or j + 2 < len(fkeys) and fkeys[j + 2] in t2):
            return gaz.match(fkeys, caps, j), False
        g = gaz.hits.get(fk)
        if g is not None and not caps[j] and fk in gaz.cased1:
            g = None
        return g, False
    return _NO_GAZ


def _complement(j, toks, keys, fkeys, caps, lex, blocked, items, mask):
    """After "de"/"of": [article] (department | gazetteer | nationality | capitalised words | one word)
    [nationality].  Appends the items; returns (end, number of items added) or None."""
    n = len(toks)
    added = []
    d = lex.determiners.match(keys, caps, j) if mask[j] & B_DET else None
    if d is not None and j + d[0] < n and not caps[j]:
        j += d[0]
    if j >= n or blocked[j]:
        return None
    while j < n and mask[j] & B_NAT:
        dm = lex.demonyms.match(fkeys, caps, j)
        if dm is None:
            break
        added.append((NAT, j, j + dm[0], dm[1]))
        j += dm[0]
    if j >= n:
        return None                     # the text ends inside the complement: nothing to read
    mj = mask[j]
    dp = lex.departments.match(fkeys, caps, j) if mj & B_DEPT else None
    g = _gaz(j, fkeys, caps, lex, mj)[0] if dp is None else None
    if dp is not None:
        e = j + dp[0]
        if caps[j] and e + 2 < n and keys[e] in lex.org_joiners and caps[e + 1] and mask[e + 1] & B_DEPT:
            # "the Department of Foreign Affairs and Trade", "Minister of Trade and Industry": a
            # second portfolio joined to the first (not one opening another title: "the Minister
            # of Defence and Interior Minister ...")
            d2 = lex.departments.match(fkeys, caps, e + 1)
            if d2 is not None and not (e + 1 + d2[0] < n and mask[e + 1 + d2[0]] & B_TITLE):
                e += 1 + d2[0]
        added.append((DEPT, j, e, fkeys[j]))
        j = e
    elif g is not None:
        gval = g[1] if isinstance(g[1], tuple) else (g[1], "organization", "s")
        added.append((GAZ, j, j + g[0], gval))
        j += g[0]
    elif caps[j] and toks[j].text[:1].isalpha() and (
            fkeys[j] not in lex.function_words
            or j + 1 < n and keys[j + 1] == "-" and hyphen_link(j + 1, toks, keys, fkeys, caps, lex) > j + 1):
        pass                            # capitalised words: read by the caller as name or complement
                                        # (a word of a table opening a hyphenated name: "Pas-de-Calais")
    elif d is None and not added and _verb_with_object(j, toks, keys, caps, lex) and not _after_article(j, keys, caps, lex):
        return None                     # "accused the department of hiding what happened"
                                        # (not after an article: "de la chambre d'agriculture")
    elif (toks[j].text[:1].isalpha() and fkeys[j] not in lex.function_words
          and (keys[j] not in lex.cues.first or mj & B_TITLE and _after_article(j, keys, caps, lex))
          # (a title that is also a verb, after its article, is a noun: « l'avocat du prévenu »)
          and keys[j] not in lex.prepositions and all(a[0] == NAT for a in added)
          and not (j > 0 and keys[j - 1] in lex.inf_markers)):      # "prosecutors to avoid": a verb
        e = compound_end(j + 1, n, toks, keys, caps)       # a hyphenated compound: "chef d'état-major"
        # English noun compounds: "the head of the UN nuclear watchdog"
        while (lex.prehead_nouns and e < n and e - j < 3 and toks[e].text[:1].isalpha() and not caps[e]
               and fkeys[e] not in lex.function_words and keys[e] not in lex.cues.first
               and keys[e] not in lex.prepositions and keys[e] not in lex.complementizers.first
               and not (keys[e].endswith(lex.compound_stop_endings) and len(keys[e]) > 4
                        and not keys[e].endswith(lex.compound_stop_exceptions))):
            e += 1
        added.append((WORD, j, e, "".join(fkeys[j:e])))
        j = e
    elif not added:
        return None
    while j < n and mask[j] & B_NAT:
        dm = lex.demonyms.match(fkeys, caps, j)
        if dm is None or caps[j] and not added:
            break
        added.append((NAT, j, j + dm[0], dm[1]))
        j += dm[0]
    items.extend(added)
    return j, len(added)


def _after_article(j, keys, caps, lex) -> bool:
    """Whether an article ends right before token ``j`` ("de la", "de l'", "of the"): the word
    after it is a noun, not a verb."""
    dets = lex.determiners
    for k in (j - 1, j - 2):
        if k >= 0:
            d = dets.match(keys, caps, k)
            if d is not None and k + d[0] == j and d[1][0] != "bare":
                return True
    return False


def _verb_with_object(j, toks, keys, caps, lex) -> bool:
    """Whether the lowercase word at token ``j`` is a verb form of the infinitive's or gerund's
    endings followed by its object (a lowercase word that is no preposition, link, cue or
    relative: "of hiding what happened", "of ignoring warnings"), not a noun ("of housing,")."""
    k = keys[j]
    if caps[j] or len(k) <= 3 or not k.endswith(lex.inf_endings) or j + 1 >= len(toks):
        return False
    x = keys[j + 1]
    c = lex.connectors.match(keys, caps, j + 1) if x in lex.connectors.first else None
    if c is not None and j + 1 + c[0] < len(toks) and caps[j + 1 + c[0]]:
        return False                    # a place after the noun: "d'agriculture de la Gironde"
    if x in lex.inf_markers:
        return True                     # "of continuing to bomb": a verb before its infinitive
    return (toks[j + 1].text[:1].isalpha() and not caps[j + 1] and x not in lex.prepositions
            and x not in lex.coordinators and x not in lex.cues.first and x not in lex.relatives
            and x not in lex.complementizers.first and x not in lex.copulas and x not in lex.aux)


def _parse(i, items, toks, keys, fkeys, lex, text, last_head):
    """The mention read from chunk ``items``; ``last_head``: index of the last title head in
    ``items`` (-1 if none; the items trimmed below never include it, and the complements
    inserted after a connector come after it)."""
    # trim trailing connectors / particles
    while items and items[-1][0] in _TRAILING:
        items.pop()
    if not items:
        return None
    first = items[0]
    start, end = first[1], items[-1][2]
    if len(items) == 1 and first[0] == GAZ:
        return _gaz_mention(start, end, first[3])
    det = first[3] if first[0] == DET else _NO_DET
    if first[0] == GAZ and keys[start] in lex.determiners.hits and first[2] - start > 1:
        det = lex.determiners.hits[keys[start]][1]    # "the US State Department": the country's article
    if (last_head < 0 and len(items) >= 2 and items[-1][0] == DEPT and items[-2][0] == CAP
            and items[-1][2] - items[-1][1] == 1 and fkeys[items[-1][1]] in lex.org_suffixes):
        # "Stellarax Energy", "Norvik Capital": a department's word closing a name is a company's
        items[-1] = (CAP, items[-1][1], items[-1][2], None)
    # the name: trailing capitalised words (with particles) after the last head
    r = len(items)
    while r > 0 and items[r - 1][0] in _NAME_ITEMS:
        r -= 1
    if (r < len(items) and r > 0 and lex.org_heads
            and (fkeys[items[-1][2] - 1] in lex.org_heads
                 or fkeys[items[-1][2] - 1] in lex.org_suffixes and items[r - 1][0] == NAT)
            and (last_head < 0 or last_head == r - 1 and items[last_head][3][3] == "org"
                 and toks[items[last_head][1]].text[:1].isupper())):
        # "the National Cyber Security Centre": capitalised modifiers before an organisation's
        # head are words of its name, an institution's capitalised noun too ("the South African
        # Police Service")
        last_head = -1
        while (r > 0 and items[r - 1][0] in (MOD, DEPT, CAP, PART, NAT, HEAD)
               and (items[r - 1][0] == PART or toks[items[r - 1][1]].text[:1].isupper())):
            r -= 1
    if (last_head < 0 and 1 < r < len(items) and items[r - 1][0] == DEPT and items[r - 2][0] == CAP
            and toks[items[r - 1][1]].text[:1].isupper()):
        # "the Wexley Health District": without a title's head, a capitalised portfolio word
        # between capitalised words is a word of the institution's name
        while r > 0 and items[r - 1][0] in (DEPT, CAP) and toks[items[r - 1][1]].text[:1].isupper():
            r -= 1
    name_items = items[r:]
    while name_items and name_items[0][0] == PART:
        name_items = name_items[1:]
    own_name = False
    if (0 <= last_head < r - 1 and name_items and items[last_head][3][3] == "org"
            and items[last_head + 1][0] == CAP and toks[items[last_head][1]].text[:1].islower()
            and all(it[0] == CAP or it[0] == CONN or it[0] == PART for it in items[last_head + 2:r])):
        # "le syndicat Sud Santé Sociaux des Deux-Sèvres": the name right after an organisation's
        # lowercase noun, with its capitalised complements, is the organisation's own name
        own_name = True
        r = last_head + 1
        name_items = items[r:]
    if last_head >= 0 and r > 0 and items[r - 1][0] == CONN and name_items:
        # "de la Commission Ursula von der Leyen": the first word completes the title (the words
        # of a hyphenated name count as one: "du maire de Saint-Étienne-du-Rouvray")
        # (capitalised words closing on an organisation's head are the institution's name, the
        # title's complement: "a spokesperson for the World Health Organization")
        if fkeys[name_items[-1][2] - 1] not in lex.org_heads and sum(
                1 for x, it in enumerate(name_items) if it[0] == CAP
                and not (x and keys[it[1] - 1] == "-" and toks[it[1]].start == toks[it[1] - 1].end)) >= 3:
            w = name_items[0]
            name_items = name_items[1:]
            while name_items and name_items[0][0] == PART:
                name_items = name_items[1:]
            items = items[:r] + [(WORD, w[1], w[2], fkeys[w[1]])] + name_items
        else:
            items = items[:r] + [(WORD, it[1], it[2], fkeys[it[1]]) for it in name_items if it[0] == CAP]
            name_items = []
    if last_head >= 0 and name_items and name_items[0][0] == CAP and not own_name:
        first = name_items[0]
        w = toks[first[1]].text
        x = first[2]
        if len(w) > 1 and w.isupper() and (
                len(name_items) >= 3 and not (keys[x] == "-" and toks[x].start == toks[x - 1].end)
                or len(name_items) == 1 and x == first[1] + 1 and w.isalpha() and items[last_head][3][3] != "org"):
            # an acronym between the title and the name is a party or an organisation (one
            # hyphenated with the next word, "SUD-Rail", is the name itself); so is one alone after a
            # person's title (« un député PS », « plusieurs élus LR »), which leaves no name
            items = [it for it in items if it is not first]
            items.insert(len(items) - len(name_items) + 1, (WORD, first[1], first[2], fkeys[first[1]]))
            name_items = name_items[1:]
            if name_items and name_items[0][0] in (CONN, PART):
                name_items = []         # « un député LR du Lot-et-Garonne »: the seat's place after it, no name
    if (0 <= last_head < r - 2 and name_items and name_items[0][0] == CAP and items[last_head][3][3] != "org"
            and (_descriptor_item(items[r - 1], toks, fkeys, lex) and (
                    items[r - 2][0] == CONN
                    # "chief executive of Dutch firm Boskalis": the noun's nationality between
                    or items[r - 2][0] == NAT and last_head < r - 3 and items[r - 3][0] == CONN)
                 # « directeur général de la société néerlandaise Boskalis »: its nationality after it
                 or items[r - 1][0] == NAT and last_head < r - 3 and _descriptor_item(items[r - 2], toks, fkeys, lex)
                 and items[r - 3][0] == CONN
                 or last_head < r - 4 and _descriptor_item(items[r - 3], toks, fkeys, lex)
                 and items[r - 4][0] == CONN and items[r - 2][0] == CONN and items[r - 1][0] in (WORD, HEAD)
                 and toks[items[r - 1][1]].text[:1].islower()
                 or _possessed_descriptor(items, r, toks, keys, fkeys, lex)
                 # "the chair of the Norwegian Nobel Committee": a nationality opening the complement
                 or items[r - 1][0] == NAT and items[r - 2][0] == CONN and lex.prehead_nouns)):
        # "le PDG du groupement Hyperval": a name right after the lowercase noun of an
        # institution completing a person's title names the institution, not the person; so does
        # one after that noun's own complement ("le président de la communauté de communes
        # Vallée Verte", "la directrice du syndicat des eaux Artois Gohelle")
        items = items[:r] + [(WORD, it[1], it[2], fkeys[it[1]]) for it in name_items if it[0] == CAP]
        name_items = []
    gender = None
    name = None
    name_span = None
    if name_items:
        h = max((i for i, it in enumerate(name_items) if it[0] == HON), default=-1)
        if h > 0 and any(it[0] == CAP for it in name_items[h + 1:]):
            # "Coast Guard Capt. Jamie Frederick", "Lt. Col. Mark Brown": the name follows the last rank
            # (a body's name before it is the person's affiliation)
            gender = name_items[h][3]
            name_items = name_items[h + 1:]
        elif name_items[0][0] == HON:
            gender = name_items[0][3]
            name_items = name_items[1:]
        if name_items and any(it[0] == CAP for it in name_items):
            a, b = name_items[0][1], name_items[-1][2]
            name = text[toks[a].start:toks[b - 1].end]
            name_span = (a, b)
    if last_head > 0 and items[last_head][3][3] == "org":
        # "le directeur de l'Agence ...", "the head of the Agency": an institution completing a
        # person's title is its complement; the person's head is the title's
        conn = False
        for k in range(last_head - 1, -1, -1):
            typ = items[k][0]
            if typ == CONN:
                conn = True
            elif typ == HEAD:
                if conn and items[k][3][3] != "org":
                    last_head = k
                break
    if last_head >= 0:
        cls, hgender, hnumber, nature = items[last_head][3]
        pre_end = name_span[0] if name else end
        nat = None
        comps = []
        qualifier = None
        same = other = False
        t0 = t1 = -1
        role_words = []
        for k, it in enumerate(items):
            typ = it[0]
            if typ == DET or typ == HON or it[2] > pre_end:
                continue
            if t0 < 0:
                t0 = it[1]
            t1 = it[2]
            if typ != NAT:
                role_words.extend(fkeys[it[1]:it[2]])
            if typ == NAT:
                if nat is None:
                    nat = it[3]
            elif typ == DEPT or typ == WORD:
                comps.append(it[3])
            elif typ == CAP and k > last_head:
                comps.append(fkeys[it[1]])
            elif typ == GAZ:
                if it[3][1] == "government" and nat is None:
                    nat = it[3][0]
                comps.append(it[3][0])
            elif typ == QUAL:
                qualifier = it[3] or qualifier
            elif typ == MOD:
                same = same or it[3] in lex.same
                other = other or it[3] in lex.other
            elif typ == HEAD and k != last_head:
                q = lex.qualifiers.one.get(fkeys[it[1]])
                if q is not None:
                    qualifier = q[1]
                comps.append(it[3][0])
        if t0 == start and det is not _NO_DET and first[0] == GAZ:
            t0 += 1                     # (the country's article is the title's)
        title = text[toks[t0].start:toks[t1 - 1].end] if t0 >= 0 else None
        if (title and items[0][0] in (HEAD, MOD) and keys[t0] == toks[t0].text.lower()
                and not title[1:2].isupper() and title[1:2] != "."):     # (an acronym keeps its capitals)
            title = title[:1].lower() + title[1:]      # "Police said": the common noun "police"
        if qualifier is None and fkeys[items[last_head][1]] in lex.qualified_heads:
            return None                 # "a person" names no source without "familiar with ..."
        role = _role(tuple(role_words), lex, tuple(fkeys[items[last_head][1]:items[last_head][2]]))
        g = (hgender or det[1]) if nature != "org" else None
        if name and gender is None and hgender is None and g is not None and g == lex.generic_title_gender:
            # "le docteur Nathalie Hemmerlé": a title of no gender of its own, in the generic
            # gender of its determiner, says nothing of the named person's
            g = None
        m = Mention(start, end, "title", name_span if name else (start, end), name, det[0], cls, nature, nat,
                    tuple(comps), role, gender or g, hnumber or det[2], same, other, qualifier, title)
        if nature == "org":
            m.ngender = hgender or det[1]
        return m
    if not name:
        for it in items:
            if it[0] == GAZ:
                return _gaz_mention(start, it[2], it[3], det[0])
        return None
    a, b = name_span
    span = (start, b) if first[0] == HON else name_span     # "Mme Vautrin"
    return _name_mention(start, b, span, name, gender, det[0])


def _possessed_descriptor(items, r: int, toks, keys, fkeys, lex) -> bool:
    """Whether chunk items before item ``r`` end with a connector and a complement opened by a possessive
    whose last word is an institution's noun ("the former chief executive of his hedge fund", "the head of its
    parent company"): the name at ``r`` is that institution's."""
    it = items[r - 1]
    if it[0] not in (WORD, HEAD) or items[r - 2][0] != CONN or not toks[it[1]].text[:1].islower():
        return False
    w = fkeys[it[2] - 1]
    return (keys[it[1] - 1] in lex.possessive_words
            and (w in lex.name_presenters or w in lex.org_anaphors or w in lex.org_heads)
            and toks[items[r][1]].text not in lex.first_name_genders)     # ("... of its parent company Mark Brown")


def _descriptor_item(it, toks, fkeys, lex) -> bool:
    """Whether chunk item ``it`` is the one lowercase word of a noun presenting a name."""
    return (it[0] in (WORD, HEAD) and it[2] == it[1] + 1 and toks[it[1]].text[:1].islower()
            and fkeys[it[1]] in lex.name_presenters)


_ROLE_MEMO: dict = {}


def _role(words: tuple, lex, head: tuple = ()) -> str | None:
    """The role (ROLE_TITLES) whose words appear in the title, the longest one, among those
    holding a word of the title's ``head`` when given: the role of a complement is not the
    title's ("l'entourage du président", "the president's aides")."""
    memo = _ROLE_MEMO.get(lex.lang)
    if memo is None:
        memo = _ROLE_MEMO[lex.lang] = {}
    mk = (words, head)
    if mk in memo:
        return memo[mk]
    best = None
    for s, w in enumerate(words):
        for role, keys in lex.roles.get(w, ()):
            if words[s:s + len(keys)] == keys and (best is None or len(keys) > len(best[1])) and (
                    not head or any(k in head for k in keys)):
                best = (role, keys)
    if len(memo) > 4096:
        memo.clear()
    memo[mk] = best[0] if best else None
    return memo[mk]


def _after_brackets(e: int, keys) -> int:
    """The token after a short bracket opening at token ``e`` (a party, an age, an acronym:
    "(divers droite)", "(41 ans)"), else ``e``."""
    n = len(keys)
    if e >= n or keys[e] != "(":
        return e
    for k in range(e + 1, min(n, e + 5)):
        if keys[k] == ")":
            return k + 1 if k > e + 1 else e
        if not keys[k][:1].isalnum():
            break
    return e


def _appositions(ms: list[Mention], keys, lex, toks, caps, text) -> None:
    """"Le porte-parole du Kremlin, Dmitri Peskov," / "Dmitri Peskov, porte-parole du Kremlin,"."""
    # only a mention after a comma is apposed (to the mention right before the comma, or to one
    # of the two before it): the others are passed over at once
    after_comma = [k for k in range(1, len(ms)) if keys[ms[k].start - 1] == ","]
    for k in after_comma:
        a, b = ms[k - 1], ms[k]
        if b.start != a.end + 1:
            continue
        after = keys[b.end] if b.end < len(keys) else ""
        if (after in lex.title_name_preps and a.kind == "name" and b.kind == "title" and b.name is None
                and b.nature == "person" and k + 1 < len(ms) and ms[k + 1].start == b.end + 1
                and ms[k + 1].kind in ("name", "gaz") and ms[k + 1].end < len(keys)
                and keys[ms[k + 1].end] == ","):
            # "Jan Hatzius, chief economist at Goldman Sachs, said", « X, économiste chez Natixis, »: the
            # title and the name of the place of work, between commas, describe the name before them
            b.title = (b.title or "") + text[toks[b.end - 1].end:toks[ms[k + 1].end - 1].end]
            after = ","
        if (a.kind == "title" and a.name is not None and a.nature == "person" and a.comps
                and a.span[0] > a.start and a.span[1] == a.end and caps[a.span[0] - 1]
                and b.kind == "name" and not b.det_name and not b.titles and b.end - b.start >= 2
                and after in (",", ".")):
            # "le président de Valence Romans Agglo, Bernard Coulon,": the capitalised words after
            # the title's capitalised complement go on with it (an organisation's name), the
            # name apposed is the person's
            a.title = (a.title or "") + text[toks[a.span[0] - 1].end:toks[a.end - 1].end]
            a.name = None
            a.span = (a.start, a.end)
        if (a.kind == "title" and a.name is None and b.kind == "name" and not a.predicate and not b.det_name
                and a.nature != "source"
                and not (a.nature == "org" and a.start > 0 and keys[a.start - 1] in lex.according.one)):
            # (an unnamed source has no name in apposition: "Selon une source proche du dossier,
            # Harbor Peak envisagerait ..." opens the clause it governs; nor has an institution
            # after "selon": "Selon le parquet, X, 52 ans, aurait ...")
            b.titles = (*b.titles, a)
            a.appos = b
        elif (a.kind == "title" and a.name is None and b.kind == "title" and b.name is not None
              and b.det == "def" and not a.predicate and a.nature == "person" and after in (",", ".")):
            # "le commandant des opérations de secours, le colonel X,": the apposed titled name
            b.titles = (*b.titles, a)
            a.appos = b
        elif (a.kind == "name" and b.kind == "title" and b.name is None and after == ","
              and b.det in (None, "def", "bare") and (not a.det_name or b.nature == "org" and b.det is None)):
            # ("Le SNUipp-FSU, premier syndicat du primaire,": a name after a determiner is an
            # organisation's when an organisation's noun is apposed to it)
            a.titles = (*a.titles, b)
            b.appos = a
        elif (a.name is not None and a.kind in ("name", "title") and b.kind == "name" and b.det == "indef"
              and after == "," and not a.in_quote):
            # "Chuck Schumer, a New York Democrat, said": capitalised words after an indefinite
            # article describe the name before them, they name no one
            b.kind, b.title, b.name, b.nature, b.number, b.det_name = "title", b.name, None, "person", "s", False
            a.titles = (*a.titles, b)
            b.appos = a
    # "Le ministre délégué aux Transports, Olivier Laniel,", "son directeur sportif, Luc Marchand,":
    # the title's complement or modifiers (a few words, no punctuation) before the comma
    cue_first = lex.cues.first
    n = len(keys)
    for k in after_comma:
        b = ms[k]
        if b.kind != "name" or b.titles or b.det_name or b.start < 2:
            continue
        e = _after_brackets(b.end, keys)       # "Le maire sortant, Gérard Pujol (divers droite),"
        if e < n and keys[e] not in (",", "."):
            continue
        for a in (ms[k - 1], ms[k - 2] if k >= 2 else None):
            if a is None or a.kind != "title" or a.name is not None or a.predicate or a.appos is not None:
                continue
            # (a place's name of hyphenated words counts as one word: « la présidente de la Coordination
            # rurale du Lot-et-Garonne, Karine Duc »)
            between = range(a.end, min(b.start - 1, a.end + 8))
            glued = [i for i in between if keys[i] == "-" and toks[i].start == toks[i - 1].end
                     and toks[i + 1].start == toks[i].end and keys[i + 1][:1].isalpha()]
            gap = b.start - 1 - a.end - sum(keys[i] == "'" for i in between) - 2 * len(glued)
            if 0 < gap <= 4 and b.start - 1 - a.end <= 8 and all(
                    (keys[i][:1].isalpha() or keys[i] == "'" or i in glued) and keys[i] not in cue_first
                    for i in range(a.end, b.start - 1)):
                b.titles = (*b.titles, a)
                a.appos = b
            break
