"""The speech resources of one language, compiled into token-level lookup tables.

Resources (``chronique.resources.<lang>.speech`` and ``.entities``) hold words
and phrases as text; here they are tokenized with the article tokenizer so
that matching is a dictionary lookup on the first token followed by a short
tuple comparison.  Nothing here knows a language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import and_, is_not
from functools import lru_cache
from threading import Lock
from typing import Any

from ..resources import module
from ..resources.companies import COMPANIES
from ..tokens import tokenize, unaccented


# bits of ``Lexicon.bits``: which tables a token may open (a cheap filter before matching).
# The bits tested most often come first: a test ``mask & BIT`` then yields a small int, which
# Python does not allocate.
START = 1 << 0          # may open a mention (a title, place, article, pronoun, honorific ... word)
CAP = 1 << 1            # capitalised (set per token, not in the table)
CUE, DET, TITLE, NAT = 1 << 2, 1 << 3, 1 << 4, 1 << 5
END = 1 << 6            # sentence-ending punctuation or a dash
HEDGE, ADV, GAZ, MEDIA, PRON, DEPT, QUAL, CONN, LINK, CHAN, ANON, COMP, DE, ACC, MOD, COP, NEG, COMMENT = (
    1 << k for k in range(7, 25))


# fold(low): the matching key of a lower-cased token, accents removed ("Etats" matches "États");
# a dictionary lookup in C (``tokens.unaccented``: ``strip_accents`` computed once per word)
fold = unaccented


_INDEX: list[int] = list(range(1024))     # 0, 1, 2 ...: shared by ``positions``
_INDEX_MAX = 1 << 16


def positions(mask: list[int], bit: int) -> list[int]:
    """Indices of the tokens whose ``mask`` has ``bit``, in order."""
    n = len(mask)
    if len(_INDEX) < n <= _INDEX_MAX:
        _INDEX.extend(range(len(_INDEX), n))
    return list(compress(_INDEX if n <= len(_INDEX) else range(n), map(and_, mask, repeat(bit))))


_NO_TREE: dict = {}
_DEEP = 8       # phrases sharing their first three keys beyond which they are indexed by the fourth


def _by_fourth(leaf: list) -> dict:
    """Phrases of three tokens or more sharing their first three keys, as (length, keys after the
    third, ...) longest first, indexed by their fourth key: key -> the phrases of that fourth key and
    those of three tokens, in the order given; None -> the phrases of three tokens alone (the answer
    for any other fourth key, or at the end of the text)."""
    out: dict = {None: [e for e in leaf if e[1] is None]}
    for k3 in {e[1][0] for e in leaf if e[1] is not None}:
        out[k3] = [e for e in leaf if e[1] is None or e[1][0] == k3]
    return out


class Phrases:
    """Multi-token phrases -> values, matched on token keys (folded or not) at a position.

    Single-token phrases are one dictionary lookup; longer ones are indexed by their first
    two keys.  ``cased``: phrase words written with a capital must be capitalised in the
    text (gazetteer names), so that "paris" the verb never matches "Paris".
    """

    __slots__ = ("first", "one", "multi", "pairs", "folded", "cased", "mfirst", "hits", "cased1", "needs_match", "tree")

    def __init__(self, items, *, folded: bool = False, cased: bool = False):
        self.folded = folded
        self.cased = cased
        self.first: dict[str, bool] = {}
        self.one: dict[str, tuple] = {}
        self.multi: dict[tuple, list] = {}
        for phrase, value in items:
            toks = tokenize(phrase)
            if not toks:
                continue
            keys = tuple(fold(t.low) if folded else t.low for t in toks)
            caps = tuple(t.text[:1].isupper() for t in toks) if cased else ()
            self.first[keys[0]] = True
            if len(keys) == 1:
                self.one.setdefault(keys[0], (caps, value))
            else:
                # indexed by the first three keys (two for two-token phrases), so that a
                # frequent first word ("l'", "the") does not scan every phrase it opens
                self.multi.setdefault(keys[:3], []).append((keys, caps, value))
        for lst in self.multi.values():
            lst.sort(key=lambda e: -len(e[0]))
        self.pairs = frozenset(k[:2] for k in self.multi)     # first two keys of longer phrases
        # for ``match``: first keys of longer phrases; the answer for a one-token phrase,
        # built once; the one-token phrases that must be capitalised in the text.  Hot paths
        # inline ``match``: for a key not in ``mfirst`` the answer is ``hits.get(key)`` (None
        # when the key is in ``cased1`` and the token is not capitalised)
        self.mfirst = frozenset(k[0] for k in self.multi)
        self.hits = {k: (1, v) for k, (c, v) in self.one.items()}
        self.cased1 = frozenset(k for k, (c, v) in self.one.items() if c and c[0])
        # the keys whose answer needs ``match``: for any other key it is ``hits.get(key)``
        self.needs_match = self.mfirst | self.cased1
        # the longer phrases as a tree of their first keys: tree[k0][k1][k2] lists the phrases of
        # three tokens or more, tree[k0][k1][None] those of two tokens, each as (length, keys
        # after the third as a list (None for three tokens or fewer), positions that must be
        # capitalised, (length, value)), longest first; more than ``_DEEP`` such phrases of three
        # first keys are indexed by their fourth (``_by_fourth``: « s'est dit », « s'est félicité » ...)
        self.tree: dict[str, dict] = {}
        for key, lst in self.multi.items():
            lst = self.multi[key] = [(pk, tuple(j for j, c in enumerate(pc) if c), (len(pk), value))
                                     for pk, pc, value in lst]
            leaf = [(len(pk), list(pk[3:]) if len(pk) > 3 else None, pc, res) for pk, pc, res in lst]
            if len(leaf) > _DEEP:
                leaf = _by_fourth(leaf)
            self.tree.setdefault(key[0], {}).setdefault(key[1], {})[key[2] if len(key) > 2 else None] = leaf

    def may_start(self, keys: list[str], i: int) -> bool:
        """A cheap test before ``match``: a phrase of this table may start at token ``i``."""
        k0 = keys[i]
        return k0 in self.one or (i + 1 < len(keys) and (k0, keys[i + 1]) in self.pairs)

    def match(self, keys: list[str], caps: list[bool], i: int):
        """(length, value) of the longest phrase starting at token ``i``, else None."""
        k0 = keys[i]
        t1 = self.tree.get(k0)
        if t1 is not None:
            n = len(keys)
            t2 = t1.get(keys[i + 1]) if i + 1 < n else None
            if t2 is not None:
                lst = t2.get(keys[i + 2]) if i + 2 < n else None
                if lst is not None:
                    if lst.__class__ is dict:
                        # (many phrases of these three keys: those that may match the fourth one)
                        lst = lst.get(keys[i + 3] if i + 3 < n else None) or lst[None]
                    for m, rest, pc, res in lst:
                        if i + m > n or rest is not None and keys[i + 3:i + m] != rest:
                            continue
                        for j in pc:
                            if not caps[i + j]:
                                break
                        else:
                            return res
                lst = t2.get(None)
                if lst is not None:
                    for m, rest, pc, res in lst:
                        for j in pc:
                            if not caps[i + j]:
                                break
                        else:
                            return res
        hit = self.hits.get(k0)
        if hit is not None and k0 in self.cased1 and not caps[i]:
            return None
        return hit

    def find(self, keys: list[str], caps: list[bool], positions) -> tuple[list[int], list]:
        """The tokens among ``positions`` (in order) where a phrase starts, and the values of
        those phrases.  A cheap test on the first keys skips most tokens before ``match``."""
        hits, tree, match = self.hits, self.tree, self.match
        n = len(keys)
        at, values = [], []
        for i in positions:
            k = keys[i]
            if k not in hits:
                t2 = tree.get(k, _NO_TREE).get(keys[i + 1]) if i + 1 < n else None
                if t2 is None or not (None in t2 or i + 2 < n and keys[i + 2] in t2):
                    continue            # no phrase starts here
            m = match(keys, caps, i)
            if m is not None:
                at.append(i)
                values.append(m[1])
        return at, values

    def __contains__(self, key: str) -> bool:
        return key in self.first


class KeyTable(dict):
    """Token key -> (code of its lexicon bits, code of its bits | CAP, folded key), filled on
    first sight of a key (the bits of a key with accents include those of its folded form:
    "Etats" matches "États").  Indexed by a token's capitalisation (False, True), the entry
    gives the code of its bits: ``values[code]`` are the bits.  The codes are small (one per
    distinct set of bits the lexicon gives), so that the codes of an article's tokens fit in
    a ``bytearray`` (see ``TokenBits``)."""

    __slots__ = ("bits", "values", "codes", "tables", "lock")
    LIMIT = 200_000                 # keys kept before the table starts over

    def __init__(self, bits: dict):
        super().__init__()
        self.bits = bits
        self.values: list[int] = []         # code -> bits (only ever appended to)
        self.codes: dict[int, int] = {}     # bits -> code
        self.tables: dict[int, tuple] = {}  # bit -> (len(values) when built, translation table)
        self.lock = Lock()

    def code(self, b: int) -> int:
        c = self.codes.get(b)
        if c is None:
            with self.lock:
                c = self.codes.get(b)
                if c is None:
                    c = len(self.values)
                    self.values.append(b)
                    self.codes[b] = c
        return c

    def __missing__(self, key: str) -> tuple:
        bits = self.bits
        b = bits.get(key, 0)
        if key.isascii():
            f = key
        else:
            f = fold(key)
            b |= bits.get(f, 0)
        if len(self) >= self.LIMIT:
            self.clear()
        v = self[key] = (self.code(b), self.code(b | CAP), f)
        return v

    def table(self, bit: int) -> bytes:
        """``bytes.translate`` table: code -> 1 if its bits have ``bit``, else 0 (codes up to 255)."""
        values = self.values
        got = self.tables.get(bit)
        if got is None or got[0] != len(values):
            # ``values`` is only ever appended to: the entries of the codes already in the table
            # are kept, those of the codes added since are computed
            have = 0 if got is None else min(got[0], 256)
            t = bytes(map(bool, map(and_, values[have:256], repeat(bit))))
            t = t if got is None else got[1][:have] + t
            got = self.tables[bit] = (len(values), t + bytes(256 - len(t)))
        return got[1]


_UNSEEN = (None, None, None, None, None)       # the entry of a text not in a TextTable


class TextTable(dict):
    """Token text -> (its key, whether it is capitalised, folded key, code of its bits, its
    bits): the bits and code of the key in the ``KeyTable``, with ``CAP`` for a capitalised
    text, the key the one the text's token had when last entered.  One lookup per token gives
    every column the claims step reads (see ``columns``)."""

    __slots__ = ("keys",)
    LIMIT = 200_000

    def __init__(self, keys: KeyTable):
        super().__init__()
        self.keys = keys

    def entry(self, text: str, key: str) -> tuple:
        """The entry of a token of ``text`` keyed ``key``."""
        cap = text[0].isupper()
        code0, code1, f = self.keys[key]
        code = code1 if cap else code0
        return key, cap, f, code, self.keys.values[code]

    def columns(self, texts: list[str], keys: list[str]) -> tuple:
        """(keys, caps, folded keys, codes, bits) of the tokens of ``texts`` and ``keys``, as
        lists: the entries of the texts, transposed in C, except where an entry's key is not the
        token's (a text first seen, or seen keyed otherwise), made and entered here.  The key of
        an entry is mostly the very object of its token's key, so that comparing the two
        columns is cheap."""
        if not texts:
            return [], [], [], [], []
        cols = tuple(map(list, zip(*map(self.get, texts, repeat(_UNSEEN)))))
        ckeys, ccaps, cfkeys, ccodes, cbits = cols
        if ckeys != keys:
            if len(self) >= self.LIMIT:
                self.clear()
            get = self.get
            for i in compress(range(len(keys)), map(is_not, ckeys, keys)):
                key = keys[i]
                if ckeys[i] == key:
                    continue            # (the same key, another string object)
                text = texts[i]
                e = get(text)
                if e is None or e[0] != key:
                    e = self[text] = self.entry(text, key)
                ckeys[i], ccaps[i], cfkeys[i], ccodes[i], cbits[i] = e
        return cols


class TokenBits:
    """The lexicon bits of the tokens of one article: ``mask`` (bits by token index) and
    ``positions(bit)``, the tokens having ``bit``.  The tokens' codes (see ``KeyTable``) are kept
    as bytes, so that one ``translate`` and one ``compress`` (both in C) pick the tokens of a
    bit; codes beyond a byte (a lexicon with more than 256 sets of bits) fall back on the mask."""

    __slots__ = ("mask", "codes", "table")

    def __init__(self, codes: list[int], table: KeyTable, mask: list[int] | None = None):
        self.mask = list(map(table.values.__getitem__, codes)) if mask is None else mask
        self.table = table
        try:
            self.codes = bytearray(codes)
        except ValueError:
            self.codes = None

    def positions(self, bit: int) -> list[int]:
        codes = self.codes
        if codes is None:
            return positions(self.mask, bit)
        n = len(codes)
        if len(_INDEX) < n <= _INDEX_MAX:
            _INDEX.extend(range(len(_INDEX), n))
        return list(compress(_INDEX if n <= len(_INDEX) else range(n), codes.translate(self.table.table(bit))))

    def flags(self, bit: int) -> bytes:
        """One byte by token, 1 where the token has ``bit`` (``.find(1, a, b)`` tells, in C, whether a
        token of [a, b) has it)."""
        codes = self.codes
        if codes is None:
            return bytes(map(bool, map(and_, self.mask, repeat(bit))))
        return codes.translate(self.table.table(bit))



def purpose_start(keys: list[str], i: int, lex) -> int | None:
    """Where the purpose marker (``PURPOSE_MARKERS``: « pour », « afin de », « avant de ») ending right
    before token ``i`` starts, the first of the language's list that does; None when there is none."""
    for p in lex.purpose_markers:
        if i >= len(p) and tuple(keys[i - len(p):i]) == p:
            return i - len(p)
    return None

@dataclass(slots=True)
class Lexicon:
    lang: str
    speech: Any
    entities: Any
    cues: Phrases = None                     # form -> frozenset of (lemma, tag)
    cue_forms: dict = field(default_factory=dict)   # that frozenset -> cues.forms_info(it)
    lemmas: dict = field(default_factory=dict)  # lemma -> (kind, frozenset(frames))
    aux: frozenset = frozenset()
    passive_aux: frozenset = frozenset()
    participle_aux: frozenset = frozenset()
    joiners: frozenset = frozenset()
    euphonic: frozenset = frozenset()
    negation: frozenset = frozenset()
    negation_after: frozenset = frozenset()
    negated_cues: frozenset = frozenset()       # lemmas whose negation still reports (« n'exclut pas que »)
    first_name_genders: dict = field(default_factory=dict)     # "Anna" -> "f": a given name's gender
    aux_gaps: bool = False                          # a date or an aside between auxiliary and participle
    comp_pronouns: frozenset = frozenset()          # complementizers that are also pronouns ("that")
    naming_participles: frozenset = frozenset()     # "a firm called X": a name given, no words reported
    quote_only_lemmas: frozenset = frozenset()      # cue lemmas reporting a quotation next to them only ("ask")
    not_cue_particles: dict = field(default_factory=dict)   # lemma -> particles after which it says nothing
    cue_only_before: dict = field(default_factory=dict)     # lemma -> the words it reports only before
    inf_markers: frozenset = frozenset()
    object_pronouns: frozenset = frozenset()  # "let him predict": a bare infinitive after an object
    modals: frozenset = frozenset()
    predicate_modals: frozenset = frozenset()   # verbs opening a predicate with an infinitive (« doit se rendre »)
    adverbs: Phrases = None
    according: Phrases = None
    according_except: Phrases = None
    source_preps: Phrases = None
    impersonal: frozenset = frozenset()
    impersonal_places: Phrases = None
    complementizers: Phrases = None
    relatives: frozenset = frozenset()
    object_relatives: frozenset = frozenset()  # relatives completing an object after its comma
    de_preps: Phrases = None
    agent_preps: frozenset = frozenset()
    figure_preps: frozenset = frozenset()
    document_heads: frozenset = frozenset()    # documents that speak for their author
    document_issuers: dict = field(default_factory=dict)   # document head -> heads of who issues it
    document_mods: frozenset = frozenset()     # adjectives before such a document's noun
    document_channels: dict = field(default_factory=dict)  # document head -> the channel it is ("statement")
    document_channel_words: tuple = ()          # ... the text searched for them (lowercase)
    own_reporting: Phrases = None               # "nos informations": the publication's own reporting
    outlet_nouns: frozenset = frozenset()       # « les informations du Monde »: the outlet after them
    contracted_articles: dict = field(default_factory=dict)    # « du » -> « le »
    newsroom_label: str = ""                    # who speaks for it when the text names no outlet
    outlet_lemmas: frozenset = frozenset()      # verbs of learning: a claim only when an outlet learns
    object_in_preps: frozenset = frozenset()   # prepositions of the "objin" frame ("voit dans X un « ... »")
    object_in_clitics: frozenset = frozenset()  # clitics standing for them ("y voit un « ... »")
    preverbal_clitics: frozenset = frozenset()  # object clitics before a verb ("lui a dit")
    object_clitics: frozenset = frozenset()     # direct object clitics, also articles (« l'a qualifié »)
    document_readers: frozenset = frozenset()  # participles of those who read a document
    standing_phrases: frozenset = frozenset()  # word tuples of a standing after a subject ("in power")
    standing_last: frozenset = frozenset()     # their last words
    noun_preps: frozenset = frozenset()        # prepositions after which a present form is a noun ("of charge")
    filing_verbs: frozenset = frozenset()      # verbs whose subject brings a legal document
    gloss_links: frozenset = frozenset()
    group_nouns: frozenset = frozenset()
    place_preps: frozenset = frozenset()
    bare_complement_preps: frozenset = frozenset()
    neuter_possessives: frozenset = frozenset()
    document_possessives: frozenset = frozenset()   # "its figures", « son bilan »: the institution's document
    possessive_words: frozenset = frozenset()       # all of the possessives above, and the gendered ones
    aux_numbers: dict = field(default_factory=dict)    # auxiliary -> the number of its subject ("ont": "p")
    speech_only_with_words: frozenset = frozenset()    # lemmas that tell speech only when they report words
    gloss_participles: frozenset = frozenset()  # ", casting doubt on ...": the narration's comment, no words
    media_nouns: frozenset = frozenset()        # "news agency" after an outlet's name: part of its mention
    person_possessives: frozenset = frozenset()     # "son avocat": the role-holder of someone
    owner_possessives: dict = field(default_factory=dict)    # "his office": possessive -> owner's gender
    possessed_name: str = ""        # "{owner}'s {noun}"
    possessed_name_elided: str = ""
    eliding_initials: str = ""
    possessed_bodies: frozenset = frozenset()  # "office", « entourage »: who speaks for the owner
    honorific_classes: dict = None                  # "Me": the class of the role the honorific marks
    person_relatives: frozenset = frozenset()
    according_relatives: frozenset = frozenset()    # "selon laquelle": an attribution phrase's relative
    stressed_pronouns: frozenset = frozenset()   # "Le maire, lui, ...": repeats the subject before it
    relation_nouns: frozenset = frozenset()     # "son client": someone other than the one who says it
    media_preps: frozenset = frozenset()
    broadcast_preps: frozenset = frozenset()     # before a broadcaster: a channel ("on CNN", « sur TF1 »)
    copulas: frozenset = frozenset()
    inf_endings: tuple = ()
    participle_endings: tuple = ()          # "A panel appointed by X said": the panel speaks
    modifier_participle_endings: tuple = ()  # "A lawyer representing the family said": the lawyer speaks
    zero_verbs: frozenset = frozenset()      # finite verbs that make a clause without "that" one
    zero_verb_endings: tuple = ()
    object_pronoun_relatives: frozenset = frozenset()   # relatives standing for the object (« que »)
    absolute_openers: frozenset = frozenset()    # before the subject of an absolute phrase
    reason_links: frozenset = frozenset()        # first words of links of a reason or a concession
    title_name_preps: frozenset = frozenset()    # before the name of a title's place of work
    preverbal_adverbs: frozenset = frozenset()   # words of adverbs between a subject and its verb
    verb_only_endings: tuple = ()                # of those, the ones no plural ending is ("ed")
    object_participle_endings: tuple = ()   # "un « ... », excédés par ...": a participle phrase of the object
    inf_words: frozenset = frozenset()
    inf_clitics: frozenset = frozenset()    # object clitics before "avoir"/"être" ("les avoir payés")
    links: Phrases = None
    prepositions: frozenset = frozenset()
    clause_openers: Any = None
    function_words: frozenset = frozenset()
    fronted_participles: frozenset = frozenset()    # "Interrogé par l'AFP, X ...": no speaker
    name_affiliations: frozenset = frozenset()      # "Democrat Abigail Spanberger": a party, no word of the name
    roles_before_names: frozenset = frozenset()     # "Bowler Mark Wood said": a role, then the name
    ranking_ordinals: frozenset = frozenset()       # "Treizième de Pro B, le club ...": a rank, no name
    ranking_ordinal_endings: tuple = ()
    name_ordinal_endings: tuple = ()        # "the 5th U.S. Circuit Court of Appeals": a numbered body
    coordinators: frozenset = frozenset()
    joint_links: frozenset = frozenset()           # "Scholz and Macron said": two speakers of one claim
    addressees: frozenset = frozenset()            # "told analysts the ...": the people told, no article
    addressee_lemmas: frozenset = frozenset()      # verbs whose object is whom they tell ("warned lawmakers that")
    counter_openers: frozenset = frozenset()       # ", according to police, while organizers said": another's
    impersonal_label: str = ""                     # who "on" stands for, unnamed ("a-t-on appris"): "sources"
    demonstrative_pronouns: Phrases = None      # "celui-ci": the nearest agreeing mention
    resumptive_relatives: Phrases = None        # ", ce que X dément": the clause before is its object
    resumptive_at_end: frozenset = frozenset()  # ... those resuming only with the verb ending the sentence
    negative_determiners: frozenset = frozenset()   # "No group has claimed ...": no one speaks
    gerund_markers: frozenset = frozenset()     # words between the comma and a gerund ("tout en")
    time_noun_links: frozenset = frozenset()    # "a day of action": a time expression heading a noun phrase
    purpose_markers: tuple = ()                 # key tuples before a purpose infinitive ("pour")
    reflexive_pronouns: frozenset = frozenset()     # "se", between a subject and its verb
    impersonal_verbs: frozenset = frozenset()       # "il faut", "il y a": an impersonal subject
    seated_institutions: frozenset = frozenset()    # classes named with their seat ("embassy")
    quoting_verbs: frozenset = frozenset()      # "quoted X as saying": X speaks
    quoting_as: frozenset = frozenset()
    attribute_preps: frozenset = frozenset()    # "described X as "Y"": the quoted attribute
    role_nouns: dict = field(default_factory=dict)  # folded role noun -> label of an unnamed source
    determiners: Phrases = None
    determiner_tokens: int = 1                  # the longest article, in tokens
    same: frozenset = frozenset()
    other: frozenset = frozenset()
    title_mods: frozenset = frozenset()
    institution_adjective_endings: tuple = ()   # « la Sécurité civile »: adjectives on an institution's name
    name_opening_mods: frozenset = frozenset()
    name_opening_abbrevs: frozenset = frozenset()   # "St.", "Mt.": the first word of a name, its full stop in it
    age_compound: tuple = ()                    # ("year", "old"): "the 70-year-old president"
    rank_mods: frozenset = frozenset()          # rank words left out of an unnamed source's label
    hypernyms: dict = field(default_factory=dict)   # folded noun -> the title classes it covers
    defendant_class: str = ""                       # the title class of the one tried ("le prévenu")
    trial_nouns: frozenset = frozenset()            # "le procès de X": X is tried
    tried_participles: frozenset = frozenset()      # "X, jugée pour ...": X is tried
    hypernym_comps: dict = field(default_factory=dict)  # class -> folded complements it needs, if any
    honorifics: dict = field(default_factory=dict)
    rank_classes: dict = field(default_factory=dict)    # a rank written short -> its title class ("gen" -> general)
    company_names: frozenset = frozenset()          # companies that speak under their bare name (``COMPANIES``)
    title_after_complement: frozenset = frozenset()     # « démissionnaire »: between a title's complement and the name
    statement_adjectives: frozenset = frozenset()   # "his first public comments": adjectives of a statement noun
    alias_conjunctions: frozenset = frozenset()     # "The Federal Security Service, or FSB, said"
    gerund_clause_openers: frozenset = frozenset()  # ", when X fired rockets, saying": the clause a gerund follows
    superlative_words: frozenset = frozenset()      # "the world's most valuable chip company"
    superlative_endings: tuple = ()                 # "the country's largest lender"
    # abbreviations whose full stop ends no sentence: the honorifics, and those opening a place's
    # name ("St. Cloud")
    inner_abbreviations: frozenset = frozenset()
    pronouns: dict = field(default_factory=dict)
    titles: Phrases = None
    departments: Phrases = None
    connectors: Phrases = None
    anonymity: Phrases = None
    qualifiers: Phrases = None
    qualifier_openers: Phrases = None   # "familiar with the": the words after it complete the qualifier
    qualified_heads: frozenset = frozenset()    # "person": a source only with a qualifier
    partitives: Phrases = None          # "l'un d'eux": one of a group, named in apposition
    member_prefixes: Phrases = None     # "one of" (the officials): one unnamed member of a group
    naming: Phrases = None              # "who goes by the name": a quoted name follows
    partitive_heads: Phrases = None     # "l'un de ses porte-parole, X": X speaks
    group_partitives: Phrases = None    # "plusieurs d'entre eux": part of a group, as a subject
    apposition_openers: Phrases = None  # "one of": words opening an apposition that describes
    channels: Phrases = None
    lemma_channels: dict = field(default_factory=dict)
    channel_participles: frozenset = frozenset()    # "a statement released by his lawyer"
    continuing: frozenset = frozenset()
    hedges: Phrases = None
    cond_endings: tuple = ()
    reportive_hedges: frozenset = frozenset()   # hedges that report hearsay: the claim is a report
    evidential_hedges: frozenset = frozenset()  # hedges of appearance: the claim is an assessment
    past_modal_markers: frozenset = frozenset()  # "may have ...": a modal about the past, an assessment
    hedge_not_before: dict = field(default_factory=dict)    # « présumées » -> (« innocentes »,): no hedge
    hedges_not_after_det: frozenset = frozenset()           # « le risque de »: a noun, no hedge
    obj_blockers: dict = field(default_factory=dict)   # lemma -> words that make its object no words said
    obj_requires: dict = field(default_factory=dict)   # lemma -> words one of which its object must open with
    place_modifiers: frozenset = frozenset()   # "southern" (Lebanon): a part of the place named after it
    according_not_after: frozenset = frozenset()   # « vérifier de source indépendante »: no attribution
    then_words: dict = field(default_factory=dict)  # « alors », "then" -> words after which it is none
    pluperfect_aux: frozenset = frozenset()     # « avait », "had": a past before the story's
    aside_relatives: frozenset = frozenset()    # relatives opening an aside about a noun ("whose", « dont »)
    indefinite_pronouns: frozenset = frozenset()  # "nobody", « personne »: a subject opening a clause
    comment_nouns: frozenset = frozenset()      # ", a remark that ...": the narration's comment on the words
    example_openers: frozenset = frozenset()    # ", including Delta,": examples of the group before them
    channel_ends: frozenset = frozenset()       # the last words of the channels ("statement", "X")
    alias_openers: Phrases = None               # ", known as Cal Fire": another name of what was named
    predictive_conditionals: frozenset = frozenset()   # conditionals that foresee: a prediction
    cond_except: frozenset = frozenset()
    cond_lookalikes: tuple = ()
    cond_kept: frozenset = frozenset()
    stance_attributes: frozenset = frozenset()  # « s'est dit prêt à ... »: an unquoted attribute as the words
    hedge_backshift: frozenset = frozenset()
    attributes: dict = field(default_factory=dict)
    according_kinds: dict = field(default_factory=dict)   # attribution phrase -> the kind of its claims
    quote_pairs: tuple = ()
    dashes: frozenset = frozenset()
    gazetteer: Phrases = None
    media: Phrases = None
    gaz_next: dict = field(default_factory=dict)    # see ``lexicon``
    gaz_single: dict = field(default_factory=dict)  # see ``lexicon``
    demonyms: Phrases = None
    short_names: dict = field(default_factory=dict)
    particles: frozenset = frozenset()
    compound_suffixes: frozenset = frozenset()  # "Trump-backed": no given name's syllable after a hyphen
    name_tails: frozenset = frozenset()    # lowercase endings glued to a name by an apostrophe ("Guivarc'h")
    contraction_tails: frozenset = frozenset()  # endings after an apostrophe that are none ("'s", "'ll")
    hyphen_links: frozenset = frozenset()
    institution_heads: dict = field(default_factory=dict)
    institution_firsts: frozenset = frozenset()    # an institution head or its part before a hyphen
    institution_participles: frozenset = frozenset()
    office_heads: frozenset = frozenset()
    territory_heads: dict = field(default_factory=dict)
    org_name_preps: frozenset = frozenset()
    roles: dict = field(default_factory=dict)   # first key -> [(role, folded tokens without demonyms)]
    mention_starts: tuple = ()
    bits: dict = field(default_factory=dict)
    key_table: KeyTable = None              # token key -> (folded key, bits), see KeyTable
    text_table: TextTable = None            # token text -> its columns, see TextTable
    cue_starts: frozenset = frozenset()
    cue_kinds: dict = field(default_factory=dict)   # see ``lexicon``
    anonymous_label: str = "anonymous"
    prehead_nouns: bool = False
    unquoted_subject_incise: bool = True     # "..., the minister warned": words reported with no quotation
    compound_stop_endings: tuple = ()        # endings of a verb ending a noun compound ("the company refused")
    compound_stop_exceptions: tuple = ()     # ... not these ("seed")
    gendered_org_pronouns: bool = False
    group_classes: frozenset = frozenset()  # classes of singular nouns naming a group of people
    public_roles: frozenset = frozenset()   # classes of titles whose unnamed holder is no anonymous source
    state_complements: frozenset = frozenset()  # a state's office's complements (« président de la République »)
    age_units: frozenset = frozenset()      # « ans » in « le négociant de 58 ans »
    age_links: frozenset = frozenset()      # « de » in « le négociant de 58 ans »
    generic_title_gender: str | None = None  # a title's determiner in this gender may name anyone
    possessives: dict = field(default_factory=dict)
    possessive_clitic: tuple = ()            # tokens of "'s" after a noun, when the language has it
    non_speakers: frozenset = frozenset()
    bare_plurals: bool = False
    bare_plural_endings: tuple = ()        # endings of a plural noun opening a sentence ("-ists", "-ers")
    government_classes: frozenset = frozenset()    # title classes of a state's organs ("ministry")
    government_classes_shared: frozenset = frozenset()  # those other institutions have too ("presidency")
    government_heads: frozenset = frozenset()      # head nouns of their names ("ministry", « ministère »)
    present_perfect_aux: frozenset = frozenset()   # "has", "have": a claim told as holding now
    government_names: frozenset = frozenset()      # the gazetteer's seats of power ("White House")
    org_name_words: frozenset = frozenset()        # words making a name an organisation's ("guild", "party")
    bare_plural_stops: tuple = ()               # endings of a verb ending a bare plural subject ("blockaded")
    postposed_adjectives: bool = False          # adjectives follow their noun ("à la radio nationale")
    plural_endings: tuple = ()
    collective_nouns: frozenset = frozenset()   # nouns of people without a plural's ending ("media")
    bare_dets: frozenset = frozenset()
    according_pronoun_only: frozenset = frozenset()
    according_participles: frozenset = frozenset()
    main_clause_lemmas: frozenset = frozenset()     # cues reporting nothing inside a that-clause
    cond_pattern: Any = None
    org_heads: frozenset = frozenset()
    org_joiners: frozenset = frozenset()
    org_name_links: frozenset = frozenset()
    org_name_endings: tuple = ()                # folded token tuples ending an organisation's name
    org_adj_endings: tuple = ()
    org_last_word_not_endings: tuple = ()
    org_suffixes: frozenset = frozenset()
    org_anaphors: frozenset = frozenset()
    name_descriptors: frozenset = frozenset()
    descriptor_heads: frozenset = frozenset()   # the name descriptors and organisation heads
    locative_preps: frozenset = frozenset()
    locative_fpreps: frozenset = frozenset()       # the locative prepositions, folded ("A Bercy")
    located_words: frozenset = frozenset()
    naming_participles: frozenset = frozenset()    # "a group called X": names, reports nothing
    affiliation_preps: frozenset = frozenset()
    company_anaphors: frozenset = frozenset()
    company_parts_after: frozenset = frozenset()     # "Boeing shares": nouns only a company has, after its name
    company_parts_before: frozenset = frozenset()    # « les salariés d'Airbus »: ... before it
    company_part_links: frozenset = frozenset()      # (the prepositions between)
    name_presenters: frozenset = frozenset()
    company_heads: frozenset = frozenset()
    anaphor_covers: dict = field(default_factory=dict)
    anaphor_kinds: dict = field(default_factory=dict)       # anaphor -> the name heads it may refer back to
    adverbial_nouns: frozenset = frozenset()    # "a second time": no predicate after an object
    media_ids: frozenset = frozenset()
    media_counts: frozenset = frozenset()       # "décompte": a news outlet's own count is no claim
    number_words: frozenset = frozenset()       # "deux", "trois": numerals before a noun

    def conditional(self, key: str) -> bool:
        """Whether the lower-case word ``key`` is a verb in the conditional (``CONDITIONAL_ENDINGS``), not a
        noun ending so (``CONDITIONAL_EXCEPT``) nor an imperfect that looks like one
        (``IMPERFECT_LOOKALIKE_ENDINGS``: « jurait », « espérait »; but « aurait »)."""
        return (len(key) > 5 and bool(self.cond_endings) and key.endswith(self.cond_endings)
                and key not in self.cond_except
                and (not key.endswith(self.cond_lookalikes) or key in self.cond_kept))

    def after_clitic(self, keys: list[str], i: int) -> int:
        """The token after a possessive clitic starting at token ``i`` ("Iran" ``'s``), else ``i``."""
        c = self.possessive_clitic
        if c and i < len(keys) and keys[i] == c[0]:
            if tuple(keys[i:i + len(c)]) == c:
                return i + len(c)
            if (len(c) > 1 and i > 0 and i + 1 < len(keys) and keys[i - 1].endswith(c[-1]) and len(keys[i - 1]) > 2
                    and keys[i + 1].isalpha()):
                return i + 1            # "the Netherlands' foreign ministry": the clitic's mark alone
        return i


def _low(word: str) -> str:
    toks = tokenize(word)
    return "".join(t.low for t in toks)


def _set(words) -> frozenset:
    return frozenset(_low(w) for w in words)


def _pairs(words, value=True):
    return [(w, value) for w in words]


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    sp = module(lang, "speech")
    en = module(lang, "entities")
    lx = Lexicon(lang=lang, speech=sp, entities=en)
    g = lambda name, default=(): getattr(sp, name, default)  # noqa: E731

    # cue verbs: generated inflections -> (lemma, tag)
    forms: dict[str, set] = {}
    for lemma, (kind, frames) in sp.CUE_LEMMAS.items():
        lx.lemmas[lemma] = (kind, frozenset(frames.split()))
        for tag, words in sp.conjugate(lemma).items():
            for w in words:
                forms.setdefault(w, set()).add((lemma, tag))
    lx.cues = Phrases([(w, frozenset(v)) for w, v in forms.items()])
    from .cues import forms_info
    values = {v for _, v in lx.cues.hits.values()} | {r[1] for lst in lx.cues.multi.values() for _, _, r in lst}
    lx.cue_forms = {v: forms_info(v) for v in values}
    lx.aux = _set(g("AUXILIARIES"))
    lx.passive_aux = _set(g("PASSIVE_AUX"))
    lx.participle_aux = _set(g("PARTICIPLE_AUX"))
    lx.joiners = _set(g("INVERSION_JOINERS"))
    lx.euphonic = _set(g("INVERSION_EUPHONIC"))
    lx.negation = _set(g("NEGATION"))
    lx.negation_after = _set(g("NEGATION_AFTER"))
    lx.negated_cues = frozenset(w.lower() for w in g("NEGATED_CUES", ()))
    lx.aux_gaps = bool(g("AUX_GAPS", False))
    lx.comp_pronouns = _set(g("COMPLEMENTIZER_PRONOUNS"))
    lx.naming_participles = _set(g("NAMING_PARTICIPLES"))
    lx.quote_only_lemmas = _set(g("QUOTE_ONLY_LEMMAS"))
    lx.not_cue_particles = {k: frozenset(v) for k, v in g("NOT_CUE_PARTICLES", {}).items()}
    lx.cue_only_before = {k: frozenset(v) for k, v in g("CUE_ONLY_BEFORE", {}).items()}
    lx.inf_markers = _set(g("INFINITIVE_MARKERS"))
    lx.object_pronouns = _set(g("OBJECT_PRONOUNS"))
    lx.modals = _set(g("MODALS"))
    lx.predicate_modals = _set(g("PREDICATE_MODALS", ())) | lx.modals
    lx.adverbs = Phrases(_pairs(g("ADVERBS")))
    lx.according = Phrases(_pairs(g("ACCORDING_TO")))
    lx.according_except = Phrases(_pairs(g("ACCORDING_EXCEPT_NEXT")))
    lx.source_preps = Phrases(_pairs(g("SOURCE_PREPS")))
    lx.impersonal = _set(g("IMPERSONAL_PRONOUNS"))
    lx.impersonal_places = Phrases(_pairs(g("IMPERSONAL_PLACE_PREPS")))
    lx.complementizers = Phrases(_pairs(g("COMPLEMENTIZERS")))
    lx.relatives = _set(g("RELATIVES"))
    lx.aside_relatives = lx.relatives | _set(g("ASIDE_RELATIVES", ()))
    lx.indefinite_pronouns = _set(g("INDEFINITE_PRONOUNS", ()))
    lx.object_pronoun_relatives = _set(w.rstrip("'") for w in g("OBJECT_PRONOUN_RELATIVES", ()))
    lx.object_relatives = _set(g("OBJECT_RELATIVES"))
    lx.de_preps = Phrases(_pairs(g("DE_PREPS")))
    lx.agent_preps = _set(g("AGENT_PREPS"))
    lx.figure_preps = _set(g("FIGURE_PREPS"))
    lx.gloss_links = _set(g("GLOSS_LINKS"))
    lx.group_nouns = frozenset(fold(w) for w in _set(g("GROUP_NOUNS")))
    lx.place_preps = _set(g("PLACE_PREPS"))
    lx.bare_complement_preps = _set(g("BARE_COMPLEMENT_PREPS"))
    lx.neuter_possessives = _set(g("NEUTER_POSSESSIVES"))
    lx.document_possessives = _set(g("DOCUMENT_POSSESSIVES", ()))
    # every possessive determiner the tables name ("its operator X", "the company's owner, X,")
    lx.possessive_words = lx.neuter_possessives | lx.document_possessives | frozenset(
        _low(k) for k in g("GENDERED_POSSESSIVES", {}))
    lx.aux_numbers = {_low(k): v for k, v in g("AUXILIARY_NUMBERS", {}).items()}
    lx.speech_only_with_words = frozenset(g("SPEECH_ONLY_WITH_WORDS", ()))
    lx.gloss_participles = _set(g("GLOSS_PARTICIPLES", ()))
    lx.media_nouns = _set(g("MEDIA_NOUNS", ()))
    lx.person_possessives = _set(g("PERSON_POSSESSIVES", ()))
    lx.owner_possessives = {_low(k): v for k, v in g("OWNER_POSSESSIVES", {}).items()}
    lx.possessed_name = g("POSSESSED_NAME", "")
    lx.possessed_name_elided = g("POSSESSED_NAME_ELIDED", "")
    lx.eliding_initials = g("ELIDING_INITIALS", "")
    lx.possessed_bodies = frozenset(fold(_low(w)) for w in g("POSSESSED_BODIES", ()))
    lx.honorific_classes = dict(g("HONORIFIC_CLASSES", {}))
    lx.person_relatives = _set(g("PERSON_RELATIVES"))
    lx.according_relatives = lx.person_relatives | _set(g("ACCORDING_RELATIVES", ()))
    lx.stressed_pronouns = _set(g("STRESSED_PRONOUNS"))
    lx.relation_nouns = frozenset(fold(w) for w in _set(g("RELATION_NOUNS")))
    lx.media_preps = _set(g("MEDIA_PREPS"))
    lx.broadcast_preps = _set(g("BROADCAST_PREPS"))
    lx.copulas = _set(g("COPULAS"))
    lx.inf_endings = tuple(g("INFINITIVE_ENDINGS"))
    lx.participle_endings = tuple(g("PARTICIPLE_ENDINGS", ()))
    lx.modifier_participle_endings = tuple(g("MODIFIER_PARTICIPLE_ENDINGS", ()))
    lx.zero_verb_endings = tuple(g("ZERO_CLAUSE_VERB_ENDINGS", ()))
    lx.preverbal_adverbs = _set(w for p in g("PREVERBAL_ADVERBS", ()) for w in p.split())
    lx.object_participle_endings = tuple(g("OBJECT_PARTICIPLE_ENDINGS", ()))
    lx.inf_words = _set(g("INFINITIVE_WORDS"))
    lx.inf_clitics = _set(g("INFINITIVE_CLITICS"))
    lx.links = Phrases(_pairs(g("CLAUSE_LINKS")))
    lx.reason_links = _set(w.split()[0] for w in g("REASON_LINKS", ()))
    lx.prepositions = _set(g("PREPOSITIONS"))
    lx.clause_openers = Phrases(_pairs(g("CLAUSE_OPENERS")))
    fw = _set(g("FUNCTION_WORDS"))
    lx.function_words = frozenset(fold(w) for w in fw | {w.rstrip("'") for w in fw})
    lx.fronted_participles = frozenset(fold(w) for w in _set(g("FRONTED_PARTICIPLES")))
    lx.name_affiliations = frozenset(fold(w) for w in _set(g("NAME_AFFILIATIONS", ())))
    lx.roles_before_names = frozenset(fold(w) for w in _set(g("ROLES_BEFORE_NAMES", ())))
    lx.ranking_ordinals = frozenset(fold(w) for w in _set(g("RANKING_ORDINALS", ())))
    lx.ranking_ordinal_endings = tuple(fold(w) for w in g("RANKING_ORDINAL_ENDINGS", ()))
    lx.name_ordinal_endings = tuple(fold(w) for w in g("NAME_ORDINAL_ENDINGS", ()))
    lx.coordinators = _set(g("COORDINATORS"))
    lx.joint_links = _set(g("JOINT_SPEAKER_LINKS", ()))
    lx.addressees = _set(g("ADDRESSEE_NOUNS", ()))
    lx.addressee_lemmas = frozenset(g("ADDRESSEE_LEMMAS", ()))
    lx.counter_openers = _set(g("COUNTER_CLAUSE_OPENERS", ()))
    lx.impersonal_label = g("IMPERSONAL_SOURCE_LABEL", "")
    lx.resumptive_relatives = Phrases(_pairs(g("RESUMPTIVE_RELATIVES")))
    lx.resumptive_at_end = _set(g("RESUMPTIVE_AT_END", ()))
    lx.negative_determiners = _set(g("NEGATIVE_DETERMINERS", ()))
    lx.gerund_markers = _set(g("GERUND_MARKERS"))
    lx.time_noun_links = _set(g("TIME_NOUN_LINKS", ()))
    lx.reflexive_pronouns = _set(g("REFLEXIVE_PRONOUNS"))
    lx.impersonal_verbs = _set(g("IMPERSONAL_VERBS"))
    lx.seated_institutions = frozenset(g("SEATED_INSTITUTIONS"))
    lx.purpose_markers = tuple(tuple(t.low for t in tokenize(p)) for p in g("PURPOSE_MARKERS"))
    lx.quoting_verbs = _set(g("QUOTING_VERBS"))
    lx.quoting_as = _set(g("QUOTING_AS"))
    lx.attribute_preps = _set(g("ATTRIBUTE_PREPS"))
    lx.role_nouns = {fold(_low(w)): v for w, v in getattr(en, "ROLE_NOUNS", {}).items()}
    lx.determiners = Phrases(list(g("DETERMINERS", {}).items()))
    lx.same = _set(g("SAME"))
    lx.other = _set(g("OTHER"))
    lx.same = lx.same | frozenset(map(fold, lx.same))      # (the mention parser reads folded keys)
    lx.other = lx.other | frozenset(map(fold, lx.other))
    lx.title_mods = frozenset(fold(w) for w in _set(g("TITLE_MODIFIERS")))
    lx.institution_adjective_endings = tuple(g("INSTITUTION_ADJECTIVE_ENDINGS", ()))
    lx.name_opening_mods = frozenset(fold(w) for w in _set(g("NAME_OPENING_MODIFIERS")))
    lx.name_opening_abbrevs = frozenset(fold(w) for w in _set(g("NAME_OPENING_ABBREVIATIONS")))
    lx.age_compound = tuple(g("AGE_COMPOUND", ()))
    lx.rank_mods = frozenset(fold(w) for w in _set(g("RANK_MODIFIERS")))
    lx.hypernyms = {fold(_low(w)): frozenset(v) for w, v in g("TITLE_HYPERNYMS", {}).items()}
    lx.defendant_class = g("DEFENDANT_CLASS", "")
    lx.trial_nouns = frozenset(fold(_low(w)) for w in g("TRIAL_NOUNS", ()))
    lx.tried_participles = frozenset(fold(_low(w)) for w in g("TRIED_PARTICIPLES", ()))
    lx.hypernym_comps = {c: frozenset(fold(_low(w)) for w in v) for c, v in g("HYPERNYM_COMPLEMENTS", {}).items()}
    lx.honorifics = {_low(k).rstrip("."): v for k, v in g("HONORIFICS", {}).items()}
    lx.rank_classes = {_low(k).rstrip("."): v for k, v in g("RANK_ABBREVIATIONS", {}).items()}
    lx.company_names = frozenset(COMPANIES)
    lx.statement_adjectives = frozenset(w.lower() for w in g("STATEMENT_ADJECTIVES", ()))
    lx.alias_conjunctions = frozenset(w.lower() for w in g("ALIAS_CONJUNCTIONS", ()))
    lx.gerund_clause_openers = frozenset(w.lower() for w in g("GERUND_CLAUSE_OPENERS", ()))
    lx.superlative_words = frozenset(w.lower() for w in g("SUPERLATIVE_WORDS", ()))
    lx.superlative_endings = tuple(g("SUPERLATIVE_ENDINGS", ()))
    lx.title_after_complement = frozenset(fold(_low(w)) for w in g("TITLE_ADJECTIVES_AFTER_COMPLEMENT", ()))
    lx.inner_abbreviations = frozenset(lx.honorifics) | frozenset(
        _low(k).rstrip(".") for k in g("NAME_ABBREVIATIONS", ()))
    lx.pronouns = {_low(k): v for k, v in g("PRONOUNS", {}).items()}
    if lx.zero_verb_endings:
        lx.zero_verbs = (_set(g("ZERO_CLAUSE_VERBS", ())) | lx.aux | lx.passive_aux | lx.modals | lx.copulas)
    lx.demonstrative_pronouns = Phrases(list(g("DEMONSTRATIVE_PRONOUNS", {}).items()))
    lx.titles = Phrases(list(g("TITLE_HEADS", {}).items()))
    lx.departments = Phrases(_pairs(g("DEPARTMENTS")), folded=True, cased=True)
    lx.connectors = Phrases(_pairs(g("TITLE_CONNECTORS")), folded=True)
    lx.title_name_preps = _set(g("TITLE_NAME_PREPOSITIONS", ()))
    lx.absolute_openers = _set(g("ABSOLUTE_OPENERS", ()))
    lx.anonymity = Phrases(_pairs(g("ANONYMITY")), folded=True)
    lx.qualifiers = Phrases(list(g("SOURCE_QUALIFIERS", {}).items()), folded=True)
    lx.qualifier_openers = Phrases(list(g("SOURCE_QUALIFIER_OPENERS", {}).items()), folded=True)
    lx.qualified_heads = frozenset(fold(w) for w in _set(g("QUALIFIED_HEADS")))
    lx.partitives = Phrases(_pairs(g("PARTITIVE_SUBJECTS")), folded=True)
    lx.member_prefixes = Phrases(_pairs(g("MEMBER_PREFIXES", ())), folded=True) if g("MEMBER_PREFIXES", ()) else None
    lx.partitive_heads = Phrases(_pairs(g("PARTITIVE_HEADS")), folded=True)
    lx.naming = Phrases(_pairs(g("NAMING_PHRASES", ())), folded=True)
    lx.group_partitives = Phrases(list(g("GROUP_PARTITIVE_SUBJECTS", {}).items()), folded=True)
    lx.apposition_openers = Phrases(_pairs(g("APPOSITION_OPENERS")), folded=True)
    lx.channels = Phrases(list(g("CHANNELS", {}).items()), folded=True)
    # the last words of the channels: what the words of a claim end with when a channel closes them
    lx.channel_ends = frozenset(fold(tokenize(p)[-1].low) for p in g("CHANNELS", {}) if tokenize(p))
    lx.channel_participles = frozenset(fold(w) for w in _set(g("CHANNEL_PARTICIPLES")))
    lx.lemma_channels = dict(g("LEMMA_CHANNELS", {}))
    lx.continuing = frozenset(g("CONTINUING_LEMMAS"))
    lx.hedges = Phrases(_pairs(g("HEDGES")))
    lx.cond_endings = tuple(g("CONDITIONAL_ENDINGS"))
    if lx.cond_endings:
        # the conditional endings themselves, at a word end (a literal search: linear and fast);
        # the token that holds the match is checked by the caller
        ends = "|".join(re.escape(e) for e in sorted(lx.cond_endings, key=len, reverse=True))
        lx.cond_pattern = re.compile(r"(?:" + ends + r")\b")
    lx.cond_except = _set(g("CONDITIONAL_EXCEPT"))
    lx.cond_lookalikes = tuple(g("IMPERFECT_LOOKALIKE_ENDINGS", ()))
    lx.stance_attributes = frozenset(fold(w) for w in _set(g("STANCE_ATTRIBUTES", ())))
    lx.cond_kept = _set(g("CONDITIONALS_ENDING_SO", ()))
    lx.reportive_hedges = frozenset(w.lower() for w in g("REPORTIVE_HEDGES", ()))
    lx.evidential_hedges = frozenset(w.lower() for w in g("EVIDENTIAL_HEDGES", ()))
    lx.past_modal_markers = frozenset(w.lower() for w in g("PAST_MODAL_MARKERS", ()))
    lx.place_modifiers = _set(g("PLACE_MODIFIERS", ()))
    lx.according_not_after = frozenset(fold(w) for w in _set(g("ACCORDING_NOT_AFTER", ())))
    lx.obj_blockers = {k: frozenset(_low(w) for w in v) for k, v in g("OBJ_FRAME_BLOCKERS", {}).items()}
    lx.obj_requires = {k: frozenset(_low(w) for w in v) for k, v in g("OBJ_FRAME_REQUIRES", {}).items()}
    lx.hedge_not_before = {_low(k): frozenset(_low(w) for w in v) for k, v in g("HEDGE_NOT_BEFORE", {}).items()}
    lx.hedges_not_after_det = frozenset(" ".join(t.low for t in tokenize(w)) for w in g("HEDGES_NOT_AFTER_DETERMINER", ()))
    lx.comment_nouns = frozenset(fold(_low(w)) for w in g("COMMENT_NOUNS", ()))
    lx.example_openers = frozenset(_low(w) for w in g("EXAMPLE_OPENERS", ()))
    lx.alias_openers = Phrases(_pairs(g("ALIAS_OPENERS", ())), folded=True)
    lx.predictive_conditionals = frozenset(w.lower() for w in g("PREDICTIVE_CONDITIONALS", ()))
    lx.hedge_backshift = _set(g("HEDGE_IN_BACKSHIFT"))
    lx.attributes = {_low(k): v for k, v in g("ATTRIBUTES", {}).items()}
    lx.according_kinds = {_low(k): v for k, v in g("ACCORDING_KINDS", {}).items()}
    lx.quote_pairs = tuple(g("QUOTE_PAIRS"))
    lx.dashes = frozenset(g("DASHES"))
    lx.anonymous_label = g("ANONYMOUS_LABEL", "anonymous")
    lx.prehead_nouns = bool(g("PREHEAD_NOUNS", False))
    lx.unquoted_subject_incise = bool(g("UNQUOTED_SUBJECT_INCISE", True))
    lx.compound_stop_endings = tuple(g("COMPOUND_STOP_ENDINGS", ()))
    lx.compound_stop_exceptions = tuple(g("COMPOUND_STOP_EXCEPTIONS", ()))
    lx.gendered_org_pronouns = bool(g("GENDERED_ORG_PRONOUNS", False))
    lx.group_classes = frozenset(g("GROUP_CLASSES", ()))
    lx.public_roles = frozenset(g("PUBLIC_ROLE_CLASSES", ()))
    lx.state_complements = frozenset(fold(w) for w in g("STATE_COMPLEMENTS", ()))
    lx.age_units = _set(g("AGE_UNITS", ()))
    lx.age_links = _set(g("AGE_LINKS", ()))
    lx.generic_title_gender = g("GENERIC_TITLE_GENDER", None)
    lx.possessives = {_low(k): v for k, v in g("GENDERED_POSSESSIVES", {}).items()}
    lx.possessive_clitic = tuple(_low(t) for t in g("POSSESSIVE_CLITIC", ()))
    lx.non_speakers = frozenset(fold(w) for w in _set(g("NON_SPEAKER_HEADS")))
    lx.media_counts = frozenset(fold(w) for w in _set(g("MEDIA_COUNT_HEADS")))
    lx.document_heads = frozenset(fold(w) for w in _set(g("DOCUMENT_HEADS", ())))
    lx.document_issuers = {fold(_low(k)): frozenset(fold(_low(w)) for w in v)
                           for k, v in g("DOCUMENT_ISSUERS", {}).items()}
    lx.document_mods = frozenset(fold(w) for w in _set(g("DOCUMENT_MODIFIERS", ())))
    lx.document_channels = {fold(_low(k)): v for k, v in g("DOCUMENT_CHANNELS", {}).items()}
    # (a word another one starts is left out: the text is searched for the start of the token)
    words = {w.lower() for w in g("DOCUMENT_CHANNELS", {})}
    lx.document_channel_words = tuple(sorted(w for w in words if not any(
        v != w and w.startswith(v) for v in words)))
    lx.own_reporting = Phrases([(w, True) for w in g("OWN_REPORTING", ())], folded=True)
    lx.outlet_nouns = frozenset(fold(_low(w)) for w in g("OUTLET_NOUNS", ()))
    lx.contracted_articles = {fold(_low(k)): fold(_low(v)) for k, v in g("CONTRACTED_ARTICLES", {}).items()}
    lx.newsroom_label = g("NEWSROOM_LABEL", "")
    lx.outlet_lemmas = frozenset(g("OUTLET_LEMMAS", ()))
    lx.object_in_preps = frozenset(_low(w).rstrip("'") for w in g("OBJECT_IN_PREPS", ()))   # ("d'": "d")
    lx.object_in_clitics = _set(g("OBJECT_IN_CLITICS", ()))
    lx.preverbal_clitics = _set(g("PREVERBAL_CLITICS", ()))
    lx.object_clitics = _set(g("OBJECT_CLITICS", ()))
    lx.document_readers = frozenset(fold(w) for w in _set(g("DOCUMENT_READERS", ())))
    lx.noun_preps = _set(g("NOUN_PREPOSITIONS", ()))
    lx.standing_phrases = frozenset(tuple(fold(_low(w)) for w in p.split()) for p in g("STANDING_PHRASES", ()))
    lx.standing_last = frozenset(p[-1] for p in lx.standing_phrases)
    lx.filing_verbs = frozenset(fold(w) for w in _set(g("FILING_VERBS", ())))
    lx.bare_plurals = bool(g("BARE_PLURAL_SUBJECTS", False))
    lx.bare_plural_endings = tuple(g("PLURAL_NOUN_ENDINGS", ()))
    lx.collective_nouns = frozenset(fold(w) for w in _set(g("COLLECTIVE_NOUNS")))
    lx.government_classes = frozenset(g("GOVERNMENT_CLASSES", ()))
    lx.government_classes_shared = frozenset(g("GOVERNMENT_CLASSES_SHARED", ()))
    lx.government_heads = frozenset(fold(_low(w)) for w in g("GOVERNMENT_HEADS", ()))
    lx.present_perfect_aux = frozenset(_low(w) for w in g("PRESENT_PERFECT_AUXILIARIES", ()))
    lx.government_names = frozenset(g("GOVERNMENT_NAMES", ()))
    lx.org_name_words = frozenset(fold(_low(w)) for w in g("ORG_NAME_WORDS", ()))
    lx.bare_plural_stops = tuple(g("BARE_PLURAL_STOP_ENDINGS", ()))
    lx.postposed_adjectives = bool(g("POSTPOSED_ADJECTIVES", False))
    lx.plural_endings = tuple(g("PLURAL_ENDINGS"))
    # (endings of a finite verb that no plural noun has: "lasted", not "prices")
    lx.verb_only_endings = tuple(x for x in lx.zero_verb_endings if x not in lx.plural_endings)
    lx.number_words = frozenset(fold(w) for w in _set(getattr(module(lang, "temporal"), "NUMBER_WORDS", ())))
    lx.pluperfect_aux = _set(g("PLUPERFECT_AUX", ()))
    lx.then_words = {fold(w): frozenset(fold(x) for x in nxt)
                     for w, nxt in getattr(module(lang, "temporal"), "THEN_WORDS", {}).items()}
    lx.according_pronoun_only = _set(g("ACCORDING_PRONOUN_ONLY"))
    lx.according_participles = _set(g("ACCORDING_PARTICIPLES"))
    lx.main_clause_lemmas = frozenset(g("MAIN_CLAUSE_LEMMAS"))
    lx.org_heads = frozenset(fold(w) for w in _set(g("ORG_HEADS")))
    lx.org_joiners = _set(g("ORG_JOINERS"))
    # institutions named by a noun and its complements: noun -> gender (the organisation heads and
    # the institutions among the titles included)
    inst = {fold(_low(w)): v for w, v in g("INSTITUTION_HEADS", {}).items()}
    if inst:
        for k, (c, v) in lx.titles.one.items():
            if v[3] == "org" and v[2] == "s":
                inst.setdefault(fold(k), v[1])
        for w in lx.org_heads:
            inst.setdefault(w, None)
    lx.institution_heads = inst
    # the keys a token opening an institution head may have: the head, or its part before a hyphen
    # ("sous" of "sous-préfecture")
    lx.institution_firsts = frozenset(inst).union(h[:k] for h in inst for k, c in enumerate(h) if c == "-")
    lx.determiner_tokens = max([1] + [len(e[0]) for lst in lx.determiners.multi.values() for e in lst])
    lx.institution_participles = frozenset(fold(w) for w in _set(g("INSTITUTION_PARTICIPLES")))
    lx.office_heads = frozenset(fold(w) for w in _set(g("OFFICE_HEADS")))
    lx.territory_heads = {fold(_low(w)): v for w, v in g("TERRITORY_HEADS", {}).items()}
    lx.org_name_preps = frozenset(fold(w) for w in _set(g("ORG_NAME_PREPS")))
    lx.org_name_links = frozenset(fold(w) for w in _set(g("ORG_NAME_LINKS")))
    lx.org_name_endings = tuple(tuple(fold(t.low) for t in tokenize(w)) for w in g("ORG_NAME_ENDINGS", ()))
    lx.org_adj_endings = tuple(g("ORG_ADJ_ENDINGS"))
    lx.org_last_word_not_endings = tuple(g("ORG_LAST_WORD_NOT_ENDINGS", ()))
    lx.org_suffixes = frozenset(fold(w) for w in _set(g("ORG_SUFFIXES")))
    lx.org_anaphors = frozenset(fold(w) for w in _set(g("ORG_ANAPHORS")))
    # common nouns introducing the name that follows them ("le quotidien L'Equipe"): those listed,
    # with the organisation heads and anaphors, in a language listing them
    nd = frozenset(fold(w) for w in _set(g("NAME_DESCRIPTORS")))
    lx.name_descriptors = nd | lx.org_heads | lx.org_anaphors if nd else nd
    lx.descriptor_heads = lx.name_descriptors | lx.org_heads
    lx.locative_preps = _set(g("LOCATIVE_PREPS"))
    lx.locative_fpreps = frozenset(fold(w) for w in lx.locative_preps)
    lx.located_words = _set(g("LOCATED_WORDS"))
    lx.naming_participles = _set(g("NAMING_PARTICIPLES", ()))
    lx.affiliation_preps = _set(g("AFFILIATION_PREPS"))
    lx.company_anaphors = frozenset(fold(w) for w in _set(g("COMPANY_ANAPHORS")))
    lx.company_parts_after = frozenset(_low(w) for w in g("COMPANY_PARTS_AFTER_NAME", ()))
    lx.company_parts_before = frozenset(_low(w) for w in g("COMPANY_PARTS_BEFORE_NAME", ()))
    lx.company_part_links = frozenset(_low(w) for w in g("COMPANY_PART_LINKS", ()))
    # nouns presenting the name after them inside a title's complement ("le PDG du groupement Hyperval",
    # "an analyst at consultancy Pinheiro Agro"): the name is the institution's, not the person's
    lx.name_presenters = lx.name_descriptors | lx.company_anaphors
    lx.company_heads = frozenset(fold(w) for w in _set(g("COMPANY_HEADS")))
    lx.anaphor_covers = {fold(_low(k)): frozenset(fold(_low(w)) for w in v)
                         for k, v in g("ORG_ANAPHOR_COVERS", {}).items()}
    lx.adverbial_nouns = frozenset(fold(w) for w in _set(g("ADVERBIAL_NOUNS", ())))
    lx.anaphor_kinds = {fold(_low(k)): frozenset(fold(_low(w)) for w in v)
                        for k, v in g("ORG_ANAPHOR_KINDS", {}).items()}
    lx.bare_dets = frozenset(_low(w).rstrip("'") for w, v in g("DETERMINERS", {}).items() if v[0] == "bare")

    lx.gazetteer = Phrases(list(getattr(en, "GAZETTEER", {}).items()), folded=True, cased=True)
    lx.first_name_genders = dict(getattr(en, "FIRST_NAME_GENDERS", {}))
    lx.media = Phrases(list(getattr(en, "MEDIA", {}).items()), folded=True, cased=True)
    lx.demonyms = Phrases(list(getattr(en, "DEMONYMS", {}).items()), folded=True)
    # first key of a medium or gazetteer entry -> the keys that may follow it (None: it is an
    # entry by itself, anything may follow)
    gaz_next: dict = {}
    for table in (lx.media, lx.gazetteer):
        for k0, t1 in table.tree.items():
            if gaz_next.get(k0, ()) is not None:
                gaz_next[k0] = gaz_next.get(k0, frozenset()) | frozenset(t1)
        for k0 in table.hits:
            gaz_next[k0] = None
    lx.gaz_next = gaz_next
    # a one-word entry whose key opens no longer entry of either table (most places) -> the answers
    # of the media and of the gazetteer (None where it is none of theirs), and whether each must be
    # capitalised in the text: ``mentions._gaz`` reads it in one lookup
    longer = lx.media.tree.keys() | lx.gazetteer.tree.keys()
    lx.gaz_single = {k: (lx.media.hits.get(k), k in lx.media.cased1, lx.gazetteer.hits.get(k), k in lx.gazetteer.cased1)
                     for k in lx.media.hits.keys() | lx.gazetteer.hits.keys() if k not in longer}
    lx.media_ids = frozenset(getattr(en, "MEDIA", {}).values())
    lx.short_names = dict(getattr(en, "SHORT_NAMES", {}))
    lx.particles = frozenset(fold(w) for w in getattr(en, "NAME_PARTICLES", ()))
    lx.name_tails = frozenset(fold(w) for w in getattr(en, "NAME_APOSTROPHE_TAILS", ()))
    lx.contraction_tails = frozenset(fold(w) for w in getattr(en, "CONTRACTION_TAILS", ()))
    lx.hyphen_links = frozenset(fold(w) for w in getattr(en, "HYPHEN_LINKS", ()))
    lx.compound_suffixes = frozenset(fold(w) for w in getattr(en, "NAME_COMPOUND_SUFFIXES", ()))
    demonym_words = {fold(t.low) for d in getattr(en, "DEMONYMS", {}) for t in tokenize(d)}
    roles = []
    for role, phrases in getattr(en, "ROLE_TITLES", {}).items():
        for p in phrases:
            keys = tuple(fold(t.low) for t in tokenize(p) if fold(t.low) not in demonym_words)
            if keys:
                roles.append((role, keys))
    lx.roles = {}
    for role, keys in roles:
        lx.roles.setdefault(keys[0], []).append((role, keys))
    # first tokens that may open a mention (see mentions.find_mentions)
    low_start = set(lx.titles.first) | set(lx.determiners.first) | set(lx.pronouns) | lx.title_mods
    fold_start = (set(lx.demonyms.first) | set(lx.gazetteer.first) | set(lx.media.first)
                  | set(lx.departments.first) | set(lx.honorifics))
    both = frozenset(low_start | fold_start)
    lx.mention_starts = (both, both, frozenset(lx.determiners.first))
    # first tokens of cues (verbs, auxiliaries, attribution phrases)
    lx.cue_starts = frozenset(set(lx.cues.first) | lx.aux | lx.participle_aux | lx.passive_aux
                              | set(lx.according.first))
    # for ``cues.find_cues``: 1 an auxiliary, 2 a passive auxiliary, 4 a cue word, 8 the first
    # word of an attribution phrase
    lx.cue_kinds = {k: (k in lx.aux or k in lx.participle_aux) | (k in lx.passive_aux) << 1
                    | (k in lx.cues.first) << 2 | (k in lx.according.first) << 3 for k in lx.cue_starts}
    bits: dict[str, int] = {}
    for bit, keys in ((TITLE, lx.titles.first), (DET, lx.determiners.first), (NAT, lx.demonyms.first),
                      (GAZ, lx.gazetteer.first), (MEDIA, lx.media.first), (DEPT, lx.departments.first),
                      (QUAL, lx.qualifiers.first), (QUAL, lx.qualifier_openers.first), (CONN, lx.connectors.first), (ADV, lx.adverbs.first),
                      (LINK, lx.links.first), (HEDGE, lx.hedges.first), (CHAN, lx.channels.first),
                      (ANON, lx.anonymity.first), (COMP, lx.complementizers.first), (DE, lx.de_preps.first),
                      (ACC, lx.according.first), (CUE, lx.cue_starts), (MOD, lx.title_mods),
                      (PRON, lx.pronouns), (PRON, lx.demonstrative_pronouns.first), (START, lx.mention_starts[0]), (COP, lx.copulas),
                      (NEG, lx.negation), (COMMENT, lx.comment_nouns),
                      (END, (".", "!", "?", "…", "-", "–", "—"))):
        for k in keys:
            bits[k] = bits.get(k, 0) | bit
    lx.bits = bits
    lx.key_table = KeyTable(bits)
    lx.text_table = TextTable(lx.key_table)
    return lx
