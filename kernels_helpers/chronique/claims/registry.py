"""The in-document registry of speakers.

Mentions are read in text order.  A title with a name ("le ministre
américain de la Défense Mark Esper") teaches the registry the titles of
that person: its head ("ministre"), nationality ("américain"), complements
("Défense") and role ("defense_minister", from the entities resource).  A
later title alone ("le ministre américain", "le chef de la diplomatie
américaine") resolves to the most recent entity whose titles are
compatible.  An indefinite unnamed source ("un responsable américain") is a
new anonymous entity; "le responsable américain" and "ce même responsable"
then resolve to it.  Places and collective names resolve through the
gazetteer ("Téhéran" -> Iran).  Pronouns are resolved on demand, by gender
and number, never across quotations, and stay unknown without antecedent.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import compress, islice
from operator import attrgetter

from ..resources.officeholders import COUNTRIES, OFFICES
from ..tokens import columns
from .lexicon import Lexicon, fold
from .mentions import NATIONAL, Mention

UNKNOWN = "unknown"
_NAME_WORDS: dict[str, tuple] = {}     # name -> its capitalised words (see ``Registry._by_name``)
_NONE: frozenset = frozenset()
RECENT = 60             # entities (or mentions) searched back when resolving a title or a pronoun
_EXPANSIONS = 200       # entities an acronym's expansion is looked for among
ROLE_REACH = 400        # mentions each way among which the holder of a possessed role is looked for


def acronym(name: str | None) -> bool:
    """Whether ``name`` is written as an acronym: capital letters only, two to eight, in one word."""
    return bool(name) and 2 <= len(name) <= 8 and name.isalpha() and name.isupper()


def organisation_noun(name: str, lex) -> bool:
    """Whether the head noun of the words ``name`` (the last where modifiers come first, else the first) is a
    noun of organisations (``ORG_HEADS``, ``ORG_NAME_WORDS``, ``ORG_ANAPHORS``, ``ORG_SUFFIXES``): "the club",
    « la préfecture »."""
    words = name.split()
    if not words:
        return False
    h = fold((words[-1] if lex.prehead_nouns else words[0]).lower())
    return h in lex.org_heads or h in lex.org_name_words or h in lex.org_anaphors or h in lex.org_suffixes


def organisation_name(name: str, lex) -> bool:
    """Whether a name of no other known kind is an organisation's by its words: an acronym, a company's bare name
    (``COMPANIES``: "Microsoft"), a word of it an acronym ("ACLU of Missouri", "USA Gymnastics", « RC Vaubrun »,
    « Snes-FSU »; not a Roman numeral, "Thurston Howell III"), a noun of organisations (``ORG_HEADS``,
    ``ORG_NAME_WORDS``: "Lakeshore Musicians' Guild", "Kestrel Micro Devices") or a company's last word
    (``ORG_SUFFIXES``); not when a first name and a surname close it (« RC Vaubrun Maxime Deschamps »), nor for its
    capitals when it is all in capitals (a dateline's "SAN FRANCISCO")."""
    if acronym(name) or name in lex.company_names:
        return True                     # ("Microsoft said": a company that speaks under its bare name)
    words = name.split()
    if len(words) >= 3 and words[-2] in lex.first_name_genders:
        return False
    if len(words) >= 2 and fold(words[-1].lower().rstrip(".")) in lex.org_suffixes:
        return True                     # "Calloway Beverages", "Nordhaus AG": a company's last word
    caps = not name.isupper()           # (a name all in capitals is a dateline's place: "SAN FRANCISCO")
    for w in name.replace("-", " ").replace("'", " ").replace("\u2019", " ").split():
        if caps and acronym(w) and w.strip("IVXL"):
            return True
        f = fold(w.lower())
        if f in lex.org_heads or f in lex.org_name_words:
            return True
        if _camel(w):
            return True                 # "SpaceX", "OpenAI", "BlackRock": a brand's capital inside a word
    return False


def _camel(w: str) -> bool:
    """Whether the word ``w`` has a capital after three lowercase letters or more, inside it: a brand's
    spelling ("SpaceX", "OpenAI", "BlackRock"), which a person's surname has only after a short prefix
    ("McDonald", "DeSantis", "MacArthur", "LaGuardia")."""
    run = 0
    for c in w[1:]:
        if c.islower():
            run += 1
        elif c.isupper():
            if run >= 3:
                return True
            run = 0
        else:
            run = 0
    return False


@dataclass(eq=False, slots=True)
class Entity:
    id: str
    name: str
    kind: str                       # person, organization, government, anonymous, unknown
    gender: str | None = None
    number: str | None = "s"
    anonymous: bool = False
    # (the sets start as one shared empty frozenset, most entities never learning any: a set is
    # only made, and each addition made, by replacing it: ``e.classes = e.classes | {c}``)
    titles: tuple = ()
    classes: frozenset = _NONE
    nats: frozenset = _NONE
    comps: frozenset = _NONE
    roles: frozenset = _NONE
    words: tuple = ()               # name words, for "Esper" after "Mark Esper"
    last: int = -1                  # token index of the latest mention
    noun_gender: str | None = None  # an institution's gender as a noun ("le ministère": m)
    guessed: bool = False           # a person only because a name of unknown kind speaks
    # the offices the officeholders' gazetteer says the person held on the publication day: (roles, countries)
    offices: tuple | None = None


@lru_cache(maxsize=64)
def _offices_on(day: date) -> dict:
    """The holders of the offices of ``officeholders`` on ``day``: name -> (roles, countries)."""
    out: dict = {}
    iso = day.isoformat()
    for name, role, country, start, end in OFFICES:
        if start <= iso and (end is None or iso < end):
            roles, nats = out.get(name, (frozenset(), frozenset()))
            where = COUNTRIES.get(country)
            out[name] = (roles | {role}, nats | {where} if where else nats)
    return out


@lru_cache(maxsize=64)
def _office_surnames(day: date) -> dict:
    """The last words of the names of the holders of ``_offices_on(day)`` that no other holder's name ends
    with: surname -> the holder's name ("Putin said ... the president said": Vladimir Putin)."""
    seen: dict = {}
    for name in _offices_on(day):
        last = name.rsplit(None, 1)[-1]
        seen[last] = None if last in seen or last == name else name
    return {k: v for k, v in seen.items() if v is not None}


class Registry:
    def __init__(self, lex: Lexicon, mentions: list[Mention], toks, text: str, keys: list[str] | None = None,
                 fkeys: list[str] | None = None, day: date | None = None):
        self.lex = lex
        # the offices held on the publication day, by holder (``officeholders``): "Joe Biden visited
        # ... the president said" (the text names him with no title)
        self.offices = _offices_on(day) if day is not None else {}
        self.office_surnames = _office_surnames(day) if day is not None else {}
        self.toks = toks
        self.text = text
        self.keys = keys if keys is not None else columns(toks)[0]    # the token keys
        self._fkeys = fkeys             # the folded keys, when given (see ``fkeys``)
        self.entities: dict[str, Entity] = {}
        # the entities, the most recently mentioned last (an ``Entity`` hashes by identity)
        self.recent: dict[Entity, Entity] = {}
        self.initials: dict[str, tuple] = {}      # a name -> the initials an acronym of it spells
        self.numbered: dict[str, int] = {}      # entity id -> next number to try for a namesake
        # name-word suffixes of persons ("Esper" -> Mark Esper): a tree of name words read from the
        # last one; node[None] is the first entity whose name ends with the words leading there
        # and has more words (linear in the length of the names, however long)
        self.by_words: dict = {}
        self.by_lead: dict = {}     # a company's leading name words -> the company ("Corvessa")
        self.mentions = mentions
        self._starts: list[int] | None = None
        self._companies: frozenset | None = None    # (``_company_names``)
        for m in mentions:
            kind = m.kind
            if kind != "pron" and m.entity is None:
                self._add(m)
            if kind == "title" and m.end - m.start >= 4:
                self._institution_in(m)
        self._possessive_gender()

    def _possessive_gender(self) -> None:
        """"Penny Wong met her counterpart": a gendered possessive right after a person
        mention of unknown gender, in the same clause, gives that person's gender."""
        poss = self.lex.possessives
        if not poss:
            return
        ms = self.mentions
        keys = self.keys
        toks = self.toks
        none_in = poss.keys().isdisjoint
        for k, m in enumerate(ms):
            e = m.entity
            if e is None or e.kind != "person" or e.gender is not None or m.in_quote:
                continue
            stop = min(ms[k + 1].start if k + 1 < len(ms) else len(keys), m.end + 5)
            if none_in(keys[m.end:stop]):
                continue        # (the frequent case: no possessive in reach)
            sent = toks[m.start].sent
            for i in range(m.end, stop):
                g = poss.get(keys[i])
                if g is not None:
                    e.gender = g
                    break
                if keys[i] in (",", ".", ";", ":") or toks[i].sent != sent:
                    break

    # -- building ---------------------------------------------------------------------------
    def _new(self, eid: str, name: str, kind: str, gender=None, number="s", anonymous=False, words=()) -> Entity:
        if eid in self.entities:
            # the first free "id #k", k from 2; the numbers below the last one given are all taken
            base = eid
            k = self.numbered.get(base, 2)
            eid = f"{base} #{k}"
            while eid in self.entities:
                k += 1
                eid = f"{base} #{k}"
            self.numbered[base] = k + 1
        # (positional arguments only: a keyword argument makes the constructor much slower)
        e = Entity(eid, name, kind, gender, number, anonymous, (), _NONE, _NONE, _NONE, _NONE, words)
        self.entities[eid] = e
        self.recent[e] = e
        if len(words) > 1:
            node = self.by_words
            for k in range(len(words) - 1, 0, -1):
                node = node.setdefault(words[k], {})
                if None not in node:
                    node[None] = e
        return e

    def _institution_in(self, m: Mention) -> None:
        """"la porte-parole du collectif Eau Publique Aulnes": a title whose complement is an
        institution's lowercase noun and the name after it, to the title's end, names that
        institution too; it becomes an organisation of its own (``m.inst``), which a later "le
        collectif" refers back to."""
        lex, keys, toks = self.lex, self.keys, self.toks
        if lex.descriptor_heads.isdisjoint(self.fkeys(m.start + 2, m.end - 1)):
            return              # (the frequent case: no such noun in the title)
        for k in range(m.start + 2, m.end - 1):
            w = toks[k].text
            if not w[:1].islower():
                continue
            f = fold(keys[k])
            if f not in lex.name_descriptors and f not in lex.org_heads:
                continue
            c = k - 1
            while c > m.start and k - c < 3 and keys[c] not in lex.connectors.first:
                c -= 1          # "de la", "de l'": the article after the connector
            if keys[c] not in lex.connectors.first or not toks[k + 1].text[:1].isupper() or (
                    any(toks[x].text[:1].islower() for x in range(k + 1, m.end))):
                continue        # (a name of capitalised words, maybe hyphenated: "Drôme-Ardèche")
            name = self.text[toks[k + 1].start:toks[m.end - 1].end]
            e = self.entities.get(name)
            if e is None:
                e = self._new(name, name, "organization")
            elif e.kind not in ("organization", UNKNOWN):
                return
            e.kind = "organization"
            e.classes = e.classes | {f}
            if e.noun_gender is None:
                e.noun_gender = lex.institution_heads.get(f)
            recent = self.recent
            recent.pop(e, None)
            recent[e] = e
            e.last = k + 1
            m.inst = e
            return

    def _tried(self, m: Mention) -> bool:
        """Whether the person named by ``m`` is the one tried or prosecuted: after a trial noun
        and its connector ("le procès de X"), or before a participle of a verb of prosecution
        in its sentence, in an apposition or right after the name, with no other full name between
        ("X, l'ancienne contrôleuse ..., jugée à Paris pour vol", "X, poursuivi pour ...")."""
        lex, keys, toks = self.lex, self.keys, self.toks
        a = m.start
        if a >= 2 and keys[a - 1] in lex.connectors.first and fold(keys[a - 2]) in lex.trial_nouns:
            return True
        tried = lex.tried_participles
        end = min(m.end + 40, len(keys))
        if tried.isdisjoint(self.fkeys(m.end, end)):
            return False        # (the frequent case: no such participle in reach)
        sent = toks[a].sent
        k = self._index(m.end)
        for x in self.mentions[k:k + 4]:
            if x.kind == "name" and x.nature != "org" and x.name and len(x.name.split()) >= 2:
                end = min(end, x.start)     # (another person's full name)
                break
        for t in range(m.end, end):
            w = keys[t]
            if toks[t].sent != sent or w == ";" or w == ":" or (w == "." and t > m.end):
                return False
            if fold(w) in tried and (t == m.end or keys[t - 1] == ","):
                return True
        return False

    def fkeys(self, a: int, b: int):
        """The folded keys of tokens [a, b)."""
        if self._fkeys is not None:
            return self._fkeys[a:b]
        return map(fold, self.keys[a:b])

    def _index(self, t: int) -> int:
        """The index of the first mention starting at or after token ``t``."""
        starts = self._starts
        if starts is None:
            starts = self._starts = [x.start for x in self.mentions]
        return bisect_left(starts, t)

    def _touch(self, e: Entity, m: Mention) -> Entity:
        recent = self.recent
        recent.pop(e, None)
        recent[e] = e
        e.last = m.start
        m.entity = e
        return e

    def latest(self, k: int = 0):
        """Entities from the most recently mentioned back (at most ``RECENT``)."""
        return islice(reversed(self.recent.values()), RECENT)

    def _learn(self, e: Entity, m: Mention) -> None:
        if m.title and m.title not in e.titles:
            e.titles = (*e.titles, m.title)
        if m.cls and m.cls not in e.classes:
            e.classes = e.classes | {m.cls}
        if m.nat and m.nat not in e.nats:
            e.nats = e.nats | {m.nat}
        if m.comps:
            e.comps = e.comps.union(m.comps)
        if m.role and m.role not in e.roles:
            e.roles = e.roles | {m.role}
        if m.gender and e.gender is None and m.nature != "org":
            e.gender = m.gender
        if m.ngender and e.noun_gender is None:
            e.noun_gender = m.ngender
        elif (e.noun_gender is None and m.kind == "name" and m.nature == "org" and m.name
              and self.lex.gendered_org_pronouns):
            # "l'Association nationale des industries alimentaires": the gender of the
            # institution's head noun opening its name, which the elided article does not show
            w = m.name.split(None, 1)[0]
            e.noun_gender = self.lex.institution_heads.get(fold(w.lower()))

    def _definite_gender(self, i: int) -> str | None:
        """The gender of the definite singular article at token ``i`` (« la », « le », « du »), else None."""
        det = self.lex.determiners.one.get(self.keys[i]) if i >= 0 else None
        if det is None or det[1][0] != "def" or det[1][2] != "s":
            return None
        return det[1][1]

    def _add(self, m: Mention) -> None:
        if m.kind == "gaz":
            gid, kind, number = m.gaz
            e = self.entities.get(gid)
            if e is None:
                e = self._new(gid, gid, kind, None, number)
            elif e.kind == UNKNOWN and kind in ("organization", "government"):
                e.kind = kind           # "... en Ukraine, a affirmé X. ..., a indiqué Kiev": the name met as a
                                        # plain word first is the gazetteer's government
            if e.noun_gender is None and kind in ("organization", "government") and self.lex.gendered_org_pronouns:
                # « la BCE », « le Hamas », « du Kremlin »: the article before an institution's name
                # gives its gender, which « elle », « il » later agree with
                s = m.start             # (the article opens the mention, or comes right before it)
                if self.keys[s] not in self.lex.determiners.one:
                    s -= 1
                e.noun_gender = self._definite_gender(s)
            recent = self.recent            # (``_touch``, inlined: the most frequent mention)
            recent.pop(e, None)
            recent[e] = e
            e.last = m.start
            m.entity = e
            return
        if m.kind == "name" and m.appos is not None and m.appos.entity is not None:
            # an acronym in brackets after the organisation it names: one entity, known by both
            e = m.appos.entity
            if e.name == e.id and e.kind == "organization":
                x = m.appos
                own = self.text[self.toks[x.span[0]].start:self.toks[x.end - 1].end]
                if m.start == x.end + 1 and e.id.startswith(own + " "):
                    # "l'Union des métiers de l'hôtellerie (Umih) de l'Hérault": the acronym with
                    # the place complement after it ("Umih de l'Hérault")
                    e.name = f"{m.name}{e.id[len(own):]}"
                else:
                    e.name = f"{e.name} ({m.name})"
            self.entities.setdefault(m.name, e)
            self._touch(e, m)
            return
        if m.name is not None:
            e = self._by_name(m)
            self._learn(e, m)
            if m.kind == "name" and m.span[0] > m.start:
                self._before_name(e, m)
            elif m.end - m.start > 2 and self.lex.rank_classes:
                self._rank(e, m)
            if (m.kind == "name" and m.det_name and e.noun_gender is None and self.lex.gendered_org_pronouns
                    and e.kind in (UNKNOWN, "organization") and acronym(m.name)):
                # « la SNCF », « le CNRS »: initials with an article name an institution, of the
                # article's gender (« elle » later refers to it)
                gender = self._definite_gender(m.start)
                if gender is not None:
                    e.kind = "organization"
                    e.noun_gender = gender
            if m.kind == "name" and m.nature == "org" and m.start > 0 and self.toks[m.start - 1].text[:1].islower():
                h = fold(self.keys[m.start - 1])
                if h in self.lex.company_heads or h in self.lex.org_heads:
                    # "au groupe Batimex", "la société Aqualis": a company; "l'association Mer
                    # libre": an association
                    e.classes = e.classes | {h}
                    if e.noun_gender is None and self.lex.gendered_org_pronouns:
                        e.noun_gender = self.lex.institution_heads.get(h)   # "elle": la société
            elif (m.kind == "name" and m.nature is None and not m.det_name and e.kind == UNKNOWN and m.start > 0
                  and self.toks[m.start - 1].text[:1].islower()
                  and fold(self.keys[m.start - 1]) in self.lex.org_anaphors):
                # "les caméras du réseau Fripon": a name right after a noun that refers back to
                # an organisation may name one, which "le réseau" later refers to
                e.classes = e.classes | {fold(self.keys[m.start - 1])}
            for t in m.titles:
                self._learn(e, t)
                self._touch(e, t)
            if e.kind == "person" and self.lex.defendant_class and self._tried(m):
                e.classes = e.classes | {self.lex.defendant_class}
            recent = self.recent            # (``_touch``, inlined: the second most frequent mention)
            recent.pop(e, None)
            recent[e] = e
            e.last = m.start
            m.entity = e
            return
        if m.predicate:
            return
        if m.appos is not None:
            if m.appos.entity is None:
                self._add(m.appos)
            e = m.appos.entity
            if e is not None:
                self._learn(e, m)
                self._touch(e, m)
            return
        e = self._acronym_named(m)
        if e is not None:
            self._touch(e, m)
            return
        refers = (m.nature == "org" and m.det in ("def", "dem") and m.number != "p"
                  and (not m.nat or m.title and fold(m.title.rsplit(None, 1)[-1].lower()) in self.lex.company_anaphors)
                  and not self._named_within(m))
        if refers:
            # "Shares of X fell. The company said ...": the organisation named in this sentence or
            # the one before
            e = self.org_antecedent(m.title, nat=m.nat)
            if e is not None and (e.last < 0 or self.toks[e.last].sent < self.toks[m.start].sent - 1):
                e = None
        if e is None and m.det not in ("indef",) and not m.other and not (m.det == "bare" and m.number == "p"):
            e = self.find_title(m)
            if e is not None and m.nature == "source" and m.qualifier and m.qualifier not in e.id:
                e = None                # "de source hospitalière. De source policière, ...": another source
        if e is None and refers:
            e = self.org_antecedent(m.title, nat=m.nat)
        if e is None:
            e = self._unnamed(m)
        self._learn(e, m)
        self._touch(e, m)

    def _company_names(self) -> frozenset:
        """One-word names the document shows as a company's, whatever they say: before a noun only a
        company has ("Boeing shares fell", "Boeing's shareholders", "a former Boeing engineer":
        ``COMPANY_PARTS_AFTER_NAME``), or after one and its preposition (« les salariés d'Airbus »:
        ``COMPANY_PARTS_BEFORE_NAME``).  A capital opening its sentence makes no name ("Affected employees
        will receive") unless the word comes again in the text.  Read once, on first need, in linear time."""
        if self._companies is not None:
            return self._companies
        lex, keys, toks = self.lex, self.keys, self.toks
        after, before, links = lex.company_parts_after, lex.company_parts_before, lex.company_part_links
        c = len(lex.possessive_clitic)
        out, opening = set(), set()
        n = len(keys)
        parts = after | before
        for i in compress(range(n), map(parts.__contains__, keys)) if parts else ():
            if keys[i] in after:
                if i == 0:
                    continue
                j = i - 1
                if c and j > c and lex.after_clitic(keys, i - c) == i:
                    j = i - c - 1       # "Boeing's shareholders"
                elif c > 1 and j > 0 and lex.after_clitic(keys, j) == i:
                    j -= 1              # "Siemens' engineers"
                w = toks[j].text
                first = j == 0 or toks[j - 1].sent != toks[j].sent
                if w[:1].isupper() and w.isalpha() and not w.isupper() and (first or not toks[j - 1].text[:1].isupper()):
                    (opening if first else out).add(w)
            elif i + 2 < n and keys[i + 1] in links:
                j = i + 2
                if keys[j] == "'" and j + 1 < n:
                    j += 1              # « d'Airbus »
                w = toks[j].text
                if (w[:1].isupper() and w.isalpha() and not w.isupper()
                        and not (j + 1 < n and toks[j + 1].text[:1].isupper())):
                    out.add(w)
        opening -= out
        if opening:
            # (the words counted once for the whole text, in C)
            seen = Counter(map(attrgetter("text"), toks))
            out.update(w for w in opening if seen[w] > 1)
        got = self._companies = frozenset(out)
        return got

    def _apposed_company(self, m: Mention) -> bool:
        """Whether a one-word name is followed by an apposition between commas headed by a noun of
        organisations that refer back (``ORG_ANAPHORS``), with its article and at most three other words
        ("Ukrenergo, the grid operator, said", "Halvor, the Norwegian insurer, said", « Ukrenergo, l'opérateur
        du réseau, a indiqué »)."""
        keys, lex = self.keys, self.lex
        e = m.end
        if m.kind != "name" or e + 3 >= len(keys) or keys[e] != "," or keys[e + 1] not in lex.determiners.first:
            return False
        for k in range(e + 2, min(len(keys) - 1, e + 6)):
            if keys[k] == ",":
                if k == e + 2:
                    return False
                if lex.prehead_nouns:
                    return fold(keys[k - 1]) in lex.org_anaphors
                h = e + 3 if keys[e + 2] == "'" else e + 2     # (« Naftogaz, l'opérateur du réseau, »: the
                return h < k and fold(keys[h]) in lex.org_anaphors  # head opens the phrase)
        return False

    def org_antecedent(self, title: str | None, before: int | None = None, nat: str | None = None) -> Entity | None:
        """"the company said", "the Boston-based carrier", "le groupe": the organisation named
        last, when the noun phrase's head is one that refers back to an organisation ("the Dutch
        company": one of no other known nationality)."""
        if not title:
            return None
        head = fold(title.rsplit(None, 1)[-1].lower())
        if head not in self.lex.org_anaphors and not self.lex.prehead_nouns:
            # "l'agence sanitaire": where modifiers follow their noun, the first word is the head,
            # unless a complement follows it ("la fédération du secteur" is a description)
            words = title.lower().split()
            if not any(w in self.lex.connectors.first for w in words[1:]):
                head = fold(words[0])
        inst = head not in self.lex.org_anaphors and head in self.lex.institution_heads
        if head not in self.lex.org_anaphors and not inst:
            if self.lex.prehead_nouns and head in self.lex.org_heads and " " not in title.strip():
                return self._same_head(head, before)
            return None
        if not inst and " " in title and all(w[:1].isupper() for w in title.split()):
            return None         # "the World Health Organization": a name written in full, no anaphor
        if not inst and any(len(w) >= 2 and w.isalpha() and w.isupper() for w in title.split()[:-1]):
            return None         # "the FNV union": an acronym names the organisation, no anaphor
        media = self.lex.media_ids
        cands = self._recent_entities(before)
        lex = self.lex
        if inst:
            # "la clinique", "le conseil": the institution named last with that head ("la clinique
            # des Graves", "le conseil départemental de l'Ordre des médecins")
            t = lex.titles.hits.get(head)
            cls = t[1][0] if t is not None and t[1][3] == "org" else head
            for e in cands:
                if (e.kind == "organization" and not e.anonymous and e.id not in media
                        and (cls in e.classes or fold(e.id.split(None, 1)[0].lower()) == head)):
                    return e
            return None
        kinds = lex.anaphor_kinds.get(head)
        if nat is not None:
            cands = (e for e in cands if not e.nats or nat in e.nats)
        for e in cands:
            if e.kind == UNKNOWN and head in e.classes and e.id[:1].isupper():
                e.kind = "organization"     # "du réseau Fripon [...] le réseau": the name was an organisation's
                return e
            if (e.kind == UNKNOWN and e.words and head in lex.company_anaphors and organisation_name(e.name, lex)
                    and (e.name in lex.company_names or not e.name.isupper())   # (not « deux TER sur cinq », nor a
                    and not any(w in lex.first_name_genders for w in e.words)):  # dateline's "JACKSON")
                e.kind = "organization"     # "Nvidia forecast ... The world's most valuable chip company said": a
                return e                    # name of no known kind that its words make an organisation's
            if e.kind == "organization" and not e.anonymous and e.id not in media:
                if e.number == "p" and lex.plural_endings and not head.endswith(lex.plural_endings):
                    continue        # "l'institut" is not « Les Républicains »: a singular noun, a plural name
                words = e.id.split()
                if lex.prehead_nouns:
                    # "the Department of Motor Vehicles": the noun before the first link heads it
                    cut = next((i for i, w in enumerate(words) if i and fold(w.lower()) in lex.org_name_links), 0)
                    words = words[:cut] or words
                ehead = fold((words[-1] if lex.prehead_nouns else words[0]).lower())
                if not e.id[:1].isupper() and ehead not in lex.org_heads:
                    continue        # (a lowercase name is an institution's when its head is one)
                if head in lex.company_anaphors and ehead not in lex.company_heads and ehead in lex.titles.hits:
                    continue        # "the company" is not "Munich prosecutors": people of an office
                if (not e.id[:1].isupper() and ehead != head and head not in lex.company_anaphors
                        and ehead not in lex.anaphor_covers.get(head, ())):
                    continue        # "le collectif" is not an unnamed "mouvement" mentioned in passing
                if kinds is not None and ehead != head and ehead not in kinds and (
                        ehead in lex.org_heads or ehead in lex.org_suffixes):
                    continue        # "the agency" is no airport, "the airline" no bank
                if kinds is None and head in lex.org_heads:
                    # "l'institut" is not the "Cour européenne des droits de l'homme" nor
                    # "l'association Mer libre": a name headed, or introduced, by the noun of
                    # another kind of institution
                    nouns = {ehead} if ehead in lex.org_heads else ({
                        fold(t.split(None, 1)[0].lower()) for t in e.titles if t} | e.classes) & lex.org_heads
                    if nouns and head not in nouns and nouns.isdisjoint(lex.anaphor_covers.get(head, ())):
                        continue
                if ehead != head and ehead in lex.org_heads and ehead not in lex.anaphor_covers.get(head, ()) and (
                        ehead in lex.org_anaphors and head not in lex.company_anaphors
                        and head in lex.org_heads
                        or head in lex.company_anaphors and ehead not in lex.company_heads):
                    # "l'agence" is not the "Fédération du commerce"; "le groupe" is not the "Centre
                    # national d'études spatiales": a name headed by another kind of institution
                    continue
                if head not in lex.company_anaphors and (not e.classes.isdisjoint(lex.company_heads) or any(
                        fold(t.split(None, 1)[0].lower()) in lex.company_heads for t in e.titles if t)):
                    continue        # "l'association", "le collectif" is not "le groupe Norvalis": a company
                return e
        return None

    def _recent_entities(self, before: int | None):
        """The entities last mentioned, most recent first: while the registry is built, those of
        ``latest``; read afterwards, those of the mentions before token ``before``."""
        if before is None:
            return self.latest()
        k = self._index(before)
        return (e for x in reversed(self.mentions[max(0, k - RECENT):k]) for e in (x.inst, x.entity)
                if e is not None)

    def _same_head(self, head: str, before: int | None = None) -> Entity | None:
        """"The California Horse Racing Board said ... According to the board, ...", "the Ministry
        of Health ... The ministry said": where modifiers come before the noun, an institution's
        noun alone (no anaphor of the tables) refers back to the organisation named last whose
        name has that head (its last word, or the word before its first link: "Ministry of")."""
        lex, media = self.lex, self.lex.media_ids
        covers = lex.anaphor_covers.get(head, ())     # "the ministry": a "Department of ..." too
        for e in self._recent_entities(before):
            if e.kind != "organization" or e.anonymous or e.id in media or not e.id[:1].isupper():
                continue
            words = e.name.split(" (", 1)[0].split()
            if len(words) < 2:
                continue
            for i, w in enumerate(words):
                if fold(w.lower()) in lex.org_name_links:
                    words = words[:i]
                    break
            if words and (fold(words[-1].lower()) == head or fold(words[-1].lower()) in covers):
                return e
        return None

    def _by_name(self, m: Mention) -> Entity:
        name = m.name
        words = _NAME_WORDS.get(name)
        if words is None:
            if len(_NAME_WORDS) >= 10_000:
                _NAME_WORDS.clear()
            # ("Apex Motors Inc.": the abbreviation without its full stop)
            words = _NAME_WORDS[name] = tuple(w.rstrip(".") if len(w) > 2 else w
                                              for w in name.replace("-", " ").split() if w[:1].isupper())
        e = self.entities.get(name)
        if e is None and words and name[:1].isupper():
            # "Esper" after "Mark Esper" (a name opened by a lowercase noun, "région Occitanie",
            # is an institution's, no shortened name)
            e = self._by_suffix(words)
            if e is None and m.gender is None and not m.titles and self.by_lead:
                # "Corvessa" after "Corvessa Therapeutics", "Prairie Gold" after "Prairie Gold Dairy
                # Cooperative": a company's name without its closing words
                e = self.by_lead.get(words)
        if e is None and acronym(name):
            # "the FCA" after "the Financial Conduct Authority": the initials of a name met before
            e = self._expanded(name)
            if e is not None:
                self.entities.setdefault(name, e)
        if e is not None:
            return e
        lex = self.lex
        many = len(words) >= 2
        if m.nature == "org" and m.kind in ("title", "name") or any(
                # ("Naftogaz, the state energy company,": an organisation's noun apposed after the name)
                t.nature == "org" and (m.det_name or t.start > m.start) for t in m.titles) or (
                # "The auction house, Halloran & Pryce,": a name apposed to an organisation's noun
                # with its article, opening a clause (not "Dans la cour d'un collège de Créteil,
                # Yanis,")
                m.titles and all(t.nature == "org" and t.det in ("def", "dem") and t.end == m.start - 1
                                 and (t.start == 0 or not self.toks[t.start - 1].text[:1].isalnum())
                                 for t in m.titles)) or (
                many and fold(words[-1].lower()) in lex.org_suffixes) or (
                many and fold(words[-1 if lex.prehead_nouns else 0].lower()) in lex.org_heads) or (
                # "Dutch brewer Van Oosten", "U.S. drugmaker Kestrel": a company's noun written
                # right before the name, where nouns come before their head
                # (or after its article: "The drugmaker Bavarian Nordic")
                lex.prehead_nouns and m.span[0] > 0 and self.toks[m.span[0] - 1].text[:1].islower()
                and fold(self.keys[m.span[0] - 1]) in lex.company_anaphors) or (
                many and not m.det_name and m.gender is None and organisation_name(name, lex)) or (
                self._apposed_company(m)) or (
                not many and m.kind == "name" and name in self._company_names()):
            # "Corvessa Therapeutics", "Nordhaus AG"; "Federal Aviation Administration", "State
            # Security Service": an institution's head names an organisation
            kind = "organization"
        elif (m.det_name and many and " " in name and m.span[0] > m.start + 1
              and self.toks[m.span[0] - 1].text[:1].isupper()
              and fold(self.keys[m.span[0] - 1]) in lex.demonyms.one):
            # "le Belge Pieter Vandormael": a capitalised nationality noun, an inhabitant, before
            # a first name and surname
            kind = "person"
        elif m.det_name:
            kind = UNKNOWN
        elif m.kind == "title" or (many and " " in name) or m.gender is not None:
            # (one hyphenated word, "Bati-Sud", is no first name and surname)
            kind = "person"
        else:
            kind = UNKNOWN
        if kind == UNKNOWN and not many and m.kind == "name" and name in self.office_surnames:
            kind = "person"             # "Putin said": the surname of a holder of an office that day
        gender = m.gender
        if gender is None and kind in ("person", UNKNOWN) and words and lex.first_name_genders:
            # "Anna Cole founded the firm. ... she said": a given name tells the gender
            gender = lex.first_name_genders.get(words[0])
            if gender is not None and kind == UNKNOWN and not many:
                kind = "person"         # ("Hélène": a given name alone is a person's)
        e = self._new(name, name, kind, gender, "s", False, words)
        if kind == "person":
            e.offices = self.offices.get(name)
            if e.offices is None and not many and name in self.office_surnames:
                # "Putin said ...": the surname alone of the one holder of an office that day who bears it
                e.offices = self.offices.get(self.office_surnames[name])
        if kind == "person" and many and "-" in name:
            last = name.rsplit(None, 1)[-1]
            h = last.find("-")
            if 0 < h < len(last) - 1 and last[h + 1].islower():
                # "Lee Jae-myung", "Kim Jong-un": the family name first, before a given name of two
                # syllables, is the short name ("Lee said")
                self.entities.setdefault(words[0], e)
        if kind == "organization" and many and fold(words[-1].lower()) in lex.org_suffixes:
            for k in range(1, len(words) - 1 if fold(words[-2].lower()) in lex.org_suffixes else len(words)):
                self.by_lead.setdefault(words[:k], e)
        elif kind == "organization" and many and lex.org_name_words:
            # "Amnesty International Kenya", then "Amnesty": the words before a noun of organisations name it
            k = next((k for k in range(1, len(words)) if fold(words[k].lower()) in lex.org_name_words), 0)
            for j in range(1, k + 1):
                self.by_lead.setdefault(words[:j], e)
        return e

    def _seat(self, i: int) -> str | None:
        """A locative preposition and a capitalised place name from token ``i`` ("à Paris", "in
        Kyiv"), as written, else None."""
        keys, toks = self.keys, self.toks
        if i + 1 >= len(toks) or keys[i] not in self.lex.locative_preps:
            return None
        j = i + 1
        while j < len(toks) and j < i + 5 and (toks[j].text[:1].isupper() and toks[j].text.isalpha()
                                               or keys[j] == "-" and j > i + 1):
            j += 1
        if j == i + 1 or keys[j - 1] == "-":
            return None
        return self.text[toks[i].start:toks[j - 1].end]

    def _by_suffix(self, words: tuple) -> Entity | None:
        """The first entity whose name ends with ``words`` and has more words."""
        node = self.by_words
        for w in reversed(words):
            node = node.get(w)
            if node is None:
                return None
        return node.get(None)

    def _unnamed(self, m: Mention) -> Entity:
        text = self.surface(m)
        a, b = m.span
        art = self.lex.contracted_articles.get(self.toks[a].low) if b - a > 1 and m.det == "def" else None
        if art is not None:
            # « selon un rapport du ministre »: the minister, named with the article « du » contracts
            text = f"{art.capitalize() if self.toks[a].text[:1].isupper() else art} " \
                   f"{self.text[self.toks[a + 1].start:self.toks[b - 1].end]}"
        if m.det == "bare" and b - a > 1 and self.toks[a].low.rstrip("'") in self.lex.bare_dets:
            # « de source judiciaire »: the source, without the preposition
            a += 2 if self.toks[a + 1].low == "'" and b - a > 2 else 1
            text = self.text[self.toks[a].start:self.toks[b - 1].end]
        if (m.nature == "source" and m.cls == "official" and m.number == "p" and m.nat and not m.comps
                and m.det in (None, "bare", "def") and not m.qualifier):
            # "Kyrgyz officials say", "les responsables ukrainiens": the country's government
            return self.entities.get(m.nat) or self._new(m.nat, m.nat, "government")
        if m.nature == "source" and self.lex.prehead_nouns:
            # "anonymous Lithuanian official", "anonymous Tajik security source": the words before
            # the head as written
            eid = self._written_label(m)
            if eid is not None:
                return self._new(eid, f"{text} ({self.lex.anonymous_label})", "anonymous", anonymous=True,
                                 gender=m.gender, number=m.number)
        if m.nature == "source":
            where = self.lex.short_names.get(m.nat, m.nat) if m.nat else (
                m.qualifier or next((c for c in m.comps if c in self.entities or c[:1].isupper()), None))
            # "anonymous police source", "anonymous source close to the matter"
            eid = " ".join(w for w in (("anonymous", m.cls, where) if where and " " in where
                                       else ("anonymous", where, m.cls)) if w)
            return self._new(eid, f"{text} ({self.lex.anonymous_label})", "anonymous", anonymous=True,
                             gender=m.gender, number=m.number)
        if m.nature == "org":
            eid = m.title or m.cls
            if m.cls in self.lex.seated_institutions and m.title:
                seat = self._seat(m.end)
                if seat:
                    eid = f"{eid} {seat}"   # "l'ambassade de Belgique à Paris": named with its seat
            return self._new(eid, eid, "organization", number=m.number)
        if m.det == "indef" and m.number == "s" and m.cls and not m.other and m.cls not in self.lex.public_roles:
            # an unnamed individual ("a spokesperson for the economy ministry", "a commander of the
            # group") is an anonymous source (not one whose words are acts of a public office: "A
            # federal judge blocked the law, saying ...", ``PUBLIC_ROLE_CLASSES``)
            # ("anonymous economy ministry spokesperson"; "anonymous porte-parole des secours" where
            # complements follow their noun)
            if self.lex.prehead_nouns or not m.title:
                where = self._where(m) if m.nat is None else None
                eid = (self._written_label(m) if self.lex.prehead_nouns and where is None else None) or " ".join(
                    w for w in ("anonymous", where or self._where(m), m.cls) if w)
            else:
                eid = f"anonymous {m.title}"
            return self._new(eid, f"{text} ({self.lex.anonymous_label})", "anonymous", anonymous=True,
                             gender=m.gender, number="s")
        if m.det == "poss" and m.number == "s" and m.nature == "person" and m.cls and not m.other:
            # "his lawyer said", "selon son avocat": an unnamed individual, an anonymous source
            eid = (self._written_label(m) if self.lex.prehead_nouns else None) or f"anonymous {m.cls}"
            return self._new(eid, f"{text} ({self.lex.anonymous_label})", "anonymous", anonymous=True,
                             gender=m.gender, number="s")
        return self._new(m.title or m.cls, text, "person", gender=m.gender, number=m.number)

    def _written_label(self, m: Mention) -> str | None:
        """The label of an unnamed source where modifiers precede their noun: "anonymous", the
        words before the head as written, without a determiner or a rank word ("a senior
        government official" -> "anonymous government official"), and the head as written; with
        no word before the head, the qualifier after it ("anonymous source familiar with the
        matter").  None when the head is not found."""
        keys = self.keys
        a, b = m.span
        heads = self.lex.titles.hits
        h = next((k for k in range(b - 1, a - 1, -1) if keys[k] in heads and heads[keys[k]][1][0] == m.cls), None)
        if h is None:
            return None
        dets, rank, toks, text = self.lex.determiners.first, self.lex.rank_mods, self.toks, self.text
        k = a
        while k < h and (keys[k] in dets or fold(keys[k]) in rank):
            k += 1
        if m.nat and k < h:
            dm = self.lex.demonyms.match([fold(x) for x in keys[k:h]], [True] * (h - k), 0)
            if dm is not None and dm[0] == h - k:
                # a nationality alone names its country ("an American official" -> "anonymous US
                # official"); with other words, they are kept as written ("a Tajik security source")
                return f"anonymous {self.lex.short_names.get(m.nat, m.nat)} {toks[h].text}"
        if k < h:
            body = text[toks[k].start:toks[h].end]
        elif m.qualifier and h + 1 < b:
            body = text[toks[h].start:toks[b - 1].end]
        else:
            body = toks[h].text
        return f"anonymous {body}"

    def _where(self, m: Mention) -> str | None:
        """What an unnamed individual belongs to: the country of its nationality adjective, else,
        where complements precede their noun ("economy ministry spokesperson"), a complement of
        more than one word ("the group" alone refers back to a name)."""
        if m.nat:
            return self.lex.short_names.get(m.nat, m.nat)
        if not m.title or not self.lex.prehead_nouns:
            return None
        words = m.title.split()
        conn, dets = self.lex.connectors.first, self.lex.determiners.first
        for i, w in enumerate(words[1:], 1):
            if w.lower() in conn:
                rest = words[i + 1:]
                while rest and rest[0].lower() in dets:
                    rest = rest[1:]
                return " ".join(rest) if len(rest) >= 2 else None
        return None

    def member(self, group: Entity | None, m: Mention) -> Entity:
        """An unnamed member of ``group`` ("l'un d'eux", "one of them"), or of a group not
        found: an anonymous source."""
        e = self._new(f"anonymous one of {group.id}" if group is not None else "anonymous group member",
                      f"{self.surface(m)} ({self.lex.anonymous_label})", "anonymous", anonymous=True,
                      gender=m.gender, number="s")
        if group is not None:
            e.classes = group.classes
        return e

    def adhoc(self, m: Mention) -> Entity:
        """The entity of a noun phrase the registry did not know ("une infirmière", "les évêques
        de France"); an unnamed individual (indefinite singular) is an anonymous source."""
        e = self._acronym_named(m)
        if e is not None:
            m.entity = e
            return e
        eid = m.title or self.surface(m)
        if m.det in ("def", "dem") and m.number == "s":
            c = len(self.lex.possessive_clitic)
            possessed = c and any(self.lex.after_clitic(self.keys, t) > t for t in range(m.start + 1, m.end - 1))
            # ("the country's environmental regulator": another's institution, no anaphor of the
            # organisation named last; but "the world's most valuable chip company", "the country's largest
            # lender": a superlative ranks the one named before among them)
            if possessed and self._superlative_in(m) and m.title and \
                    fold(m.title.rsplit(None, 1)[-1].lower()) in self.lex.company_anaphors:
                possessed = False           # (a company's noun only: "the country's largest labor federation" is
                                            # no party named before)
            e = None if possessed or self._named_within(m) else self.org_antecedent(m.title, m.start)
            if e is None:
                # "A player who trained with him ... said. [...] the player said": the unnamed
                # individual introduced with that noun
                e = next((x for x in self.latest() if x.anonymous and m.cls in x.classes and x.last < m.start), None)
            if e is None and m.cls in self.lex.hypernyms:
                # "le procureur ..., Damien Roussel. [...] le magistrat": a person named before
                # with a title the noun covers
                e = self._covered(self.lex.hypernyms[m.cls], m.start)
            if e is None and m.nature == "person" and m.cls in self.lex.role_nouns:
                # "Halima Issoufou a tout perdu. « ... », raconte cette commerçante de 42 ans": a
                # role noun right after a named person of its gender is that person
                # (or, for a definite one, the person named after its indefinite introduction)
                e = (self._introduced(m) if m.det == "def" else None) or self._named_before(m)
            if e is not None:
                m.entity = e
                return e
        if m.number == "s" and (m.det == "indef" and not self._org_headed(m)
                                or m.det in ("def", "dem") and m.nature == "person"
                                and m.cls in self.lex.role_nouns) or m.nature == "source" and m.det == "indef":
            # "une infirmière", and "L'arboriculteur, qui ..., assure" introduced with the article
            # of a person the reader knows from the story: an unnamed individual; "according to court
            # documents", « selon des documents judiciaires »: papers of no author named
            eid = self.lex.role_nouns.get(m.cls, eid)      # "une infirmière" -> "nurse"
            e = self._new(f"anonymous {eid}", f"{self.surface(m)} ({self.lex.anonymous_label})", "anonymous",
                          anonymous=True, gender=m.gender, number=m.number or "s")
        else:
            e = self.entities.get(eid) or self._new(eid, eid, "organization" if m.nature == "org" else UNKNOWN,
                                                    gender=m.gender, number=m.number)
        e.classes = e.classes | {m.cls}
        m.entity = e
        return e

    def _before_name(self, e: Entity, m: Mention) -> None:
        """What the words before the name of mention ``m`` say of the person: a nationality (« le Danois Jonas
        Vingegaard », later « le Danois »), a rank written short ("Coast Guard Capt. Jamie Frederick")."""
        demonyms = self.lex.demonyms.one
        for t in range(m.start, m.span[0]):
            dm = demonyms.get(fold(self.keys[t]))
            if dm is not None and self.toks[t].text[:1].isupper() and dm[1] not in e.nats:
                e.nats = e.nats | {dm[1]}
        if self.lex.rank_classes:
            self._rank(e, m)

    def _rank(self, e: Entity, m: Mention) -> None:
        """The title class of the last rank written short in the name of ``m`` ("Lt. Gen. X": general)."""
        keys, ranks = self.keys, self.lex.rank_classes
        cls = None
        for t in range(m.start, m.end - 1):
            c = ranks.get(keys[t])
            if c is not None and keys[t + 1] == ".":
                cls = c
        if cls is not None and cls not in e.classes:
            e.classes = e.classes | {cls}

    def _superlative_in(self, m: Mention) -> bool:
        """Whether a superlative (``SUPERLATIVE_WORDS``, or a word with one of ``SUPERLATIVE_ENDINGS``) stands among
        the words of ``m`` ("the world's most valuable chip company", "the country's largest lender")."""
        words, endings = self.lex.superlative_words, self.lex.superlative_endings
        return bool(words or endings) and any(
            k in words or endings and len(k) > 5 and k.endswith(endings) for k in self.keys[m.start:m.end])

    def _named_within(self, m: Mention) -> bool:
        """Whether a capitalised word of no nationality stands between the article of ``m`` and its last
        word: a name qualifying the noun ("the White Helmets rescue group"), which names an organisation of
        its own, no anaphor of the one named last ("the Boston-based carrier", "the Dutch company", "the U.S.
        biotech" are)."""
        toks, keys, demonyms = self.toks, self.keys, self.lex.demonyms.first
        for t in range(m.start + 1, m.end - 1):
            w = toks[t].text
            if (w[:1].isupper() and len(w) > 1 and w.isalpha() and keys[t + 1] not in ("-", ".")
                    and fold(keys[t]) not in demonyms):
                return True
        return False

    def _org_headed(self, m: Mention) -> bool:
        """Whether the noun phrase ``m`` describes an organisation ("a union representing
        drivers", "a landlords' group"): its class or the last word of its title an organisation's
        head; a described organisation is no anonymous individual."""
        if m.nature == "org" or fold(m.cls or "") in self.lex.org_heads:
            return True
        words = m.title.lower().split() if m.title and self.lex.prehead_nouns else ()
        if not words or len(words) > 3 or any(fold(w) in self.lex.function_words or w in self.lex.prepositions
                                               for w in words):
            return False        # (the head is the last word only where modifiers precede it)
        last = words[-1]
        hit = self.lex.titles.hits.get(last)
        return fold(last) in self.lex.org_heads or hit is not None and hit[1][3] == "org"

    def _expanded(self, acronym: str) -> Entity | None:
        """The organisation (or unknown name) met last, among the latest ``_EXPANSIONS``, whose
        words' initials spell ``acronym``: its capitalised words ("Food and Drug Administration",
        FDA), or its words but the function words ("Institut national de la statistique et des
        études économiques", Insee)."""
        target = acronym.lower()
        function_words = self.lex.function_words
        initials = self.initials
        for e in islice(reversed(self.recent), _EXPANSIONS):
            if e.kind not in ("organization", UNKNOWN) or not e.name or " " not in e.name:
                continue
            spelt = initials.get(e.name)
            if spelt is None:
                words = [w for w in e.name.replace("-", " ").replace("'", " ").split()
                         if fold(w.lower()) not in function_words]
                spelt = initials[e.name] = ("".join(w[0] for w in words).lower(),
                                            "".join(w[0] for w in words if w[:1].isupper()).lower())
            if target in spelt:
                return e
        return None

    def _acronym_named(self, m: Mention) -> Entity | None:
        """The organisation an acronym names inside a described organisation, between lowercase
        modifiers and its head noun ("The powerful UGTT labour union", "the smaller UGT
        federation"): every other word after the article lowercase, the head an organisation's."""
        a, b = m.span
        if m.number == "p" or b - a < 2 or b - a > 6 or fold(self.keys[b - 1]) not in self.lex.org_heads:
            return None
        toks = self.toks
        acr = None
        for k in range(a, b - 1):
            t = toks[k].text
            if t.isalpha() and t.isupper() and 2 <= len(t) <= 6:
                if acr is not None:
                    return None
                acr = t
            elif not (t[:1].islower() or k == a and fold(self.keys[k]) in self.lex.determiners.first
                      or t == "-"):
                return None
        if acr is None or self.lex.demonyms.match([fold(acr.lower())], [True], 0) is not None:
            return None         # ("the UN agency", "the EU commission": the place's body)
        return self.entities.get(acr) or self._new(acr, acr, "organization")

    def _named_before(self, m: Mention) -> Entity | None:
        """The named person of the role noun ``m`` (demonstrative or definite): the person
        mentioned last before it, outside quotations, in its paragraph or the sentence before, when
        named, of a compatible gender and with no other known title (a definite noun; a
        demonstrative refers back whatever that person's title)."""
        k = self._index(m.start)
        sent, para = self.toks[m.start].sent, self.toks[m.start].para
        for x in reversed(self.mentions[max(0, k - 8):k]):
            if self.toks[x.start].sent < sent - 1 and self.toks[x.start].para != para:
                return None
            e = x.entity
            if x.in_quote or x.kind == "pron" or e is None or e.kind not in ("person", "anonymous"):
                continue
            if e.anonymous or x.kind != "name" or e.number == "p" or e.guessed:
                return None
            if m.gender is not None and e.gender is not None and e.gender != m.gender:
                return None
            if m.det != "dem" and e.classes and m.cls not in e.classes:
                return None
            return e
        return None

    def _introduced(self, m: Mention) -> Entity | None:
        """The person a definite role noun refers back to through its indefinite introduction
        ("... contre un négociant bordelais. [...] Jean-Marc Delvaux a vendu ... [...] Le négociant
        de 58 ans a reconnu ..."): the first person named after "un négociant", within the next
        two paragraphs, with no title of its own and of a compatible gender; else None."""
        keys, toks = self.keys, self.toks
        dets = self.lex.determiners.hits
        intro = None
        for k in range(1, m.start):
            if keys[k][:3] == m.cls[:3] and fold(keys[k]) == m.cls:
                det = dets.get(keys[k - 1])
                if det is not None and det[1][0] == "indef" and det[1][2] == "s":
                    intro = k
                    break
        if intro is None:
            return None
        para = toks[intro].para
        for x in self.mentions[self._index(intro + 1):self._index(m.start)]:
            if toks[x.start].para > para + 2:
                break
            e = x.entity
            if x.kind != "name" or e is None or e.kind not in ("person", UNKNOWN) or e.anonymous or e.classes:
                continue
            if e.kind == UNKNOWN and not (x.det_name and self.lex.honorifics.get(keys[x.span[0]]) is not None
                                          or len(e.words) >= 2):
                continue        # (a place)
            if e.number == "p" or m.gender is not None and e.gender is not None and e.gender != m.gender:
                continue
            if e.kind == UNKNOWN:
                e.kind = "person"
            return e
        return None

    def possessed(self, e: Entity, owner: Entity, noun: str) -> Entity:
        """The body or aide ``e`` met with a possessive ("His office said", « son entourage »), as
        the one of the person ``owner`` the possessive refers to: "Benjamin Netanyahu's office",
        « l'entourage d'Emmanuel Macron », anonymous when ``e`` is."""
        lex = self.lex
        fmt = lex.possessed_name
        if lex.possessed_name_elided and owner.name[:1] in lex.eliding_initials:
            fmt = lex.possessed_name_elided
        name = fmt.format(owner=owner.name, noun=noun)
        eid = f"anonymous {name}" if e.anonymous else name
        got = self.entities.get(eid)
        if got is not None:
            return got
        label = f"{name} ({lex.anonymous_label})" if e.anonymous else name
        got = self._new(eid, label, "organization" if e.kind == UNKNOWN else e.kind, gender=e.gender,
                        number=e.number, anonymous=e.anonymous)
        got.classes = e.classes
        return got

    def role_holder(self, m: Mention, named_only: bool = False) -> Entity | None:
        """The person holding the role of ``m``, a role noun possessed by an organisation ("...,
        its owner said. [...] owner Daniel Okafor told", "a decision its longtime director called
        [...] Margaret Ostrowski, who has run the library"): the nearest named person known with
        that title anywhere in the text or named right after that noun, else, for a known title, the
        first named person without a title in the three paragraphs after it, of a compatible
        gender; else None."""
        toks = self.toks
        best, far = None, None
        # (the mentions around it only: a text of thousands of role nouns stays linear)
        at = self._index(m.start)
        for x in self.mentions[max(0, at - ROLE_REACH):at + ROLE_REACH]:
            e = x.entity
            if x.in_quote or e is None or e.anonymous or e.number == "p" or x.kind != "name" and x.name is None:
                continue
            if named_only and m.gender is not None and e.gender is not None and e.gender != m.gender:
                continue
            if (e.kind == "person" and m.cls in e.classes
                    or named_only and self.lex.honorific_classes.get(self.keys[x.start]) == m.cls
                    or x.start > 0 and toks[x.start - 1].text[:1].islower() and fold(self.keys[x.start - 1]) == m.cls):
                # ("Me X": an honorific proper to a role)
                # (a name right after the role noun: "owner Daniel Okafor")
                d = abs(x.start - m.start)
                if far is None or d < far:
                    best, far = e, d
        if best is not None or m.kind != "title" or named_only:
            return best         # (a noun of no known title, "its operator", may be a company's)
        para = toks[m.start].para
        at = self._index(m.end)
        for x in self.mentions[at:at + ROLE_REACH]:
            if toks[x.start].para > para + 3:
                break
            e = x.entity
            if x.kind != "name" or x.in_quote or e is None or e.kind != "person" or e.anonymous or e.classes:
                continue
            if e.number == "p" or m.gender is not None and e.gender is not None and e.gender != m.gender:
                continue
            return e
        return None

    def _covered(self, classes: frozenset, before: int) -> Entity | None:
        """The person mentioned last before token ``before`` with a title of ``classes``."""
        k = self._index(before)
        need = self.lex.hypernym_comps
        for x in reversed(self.mentions[max(0, k - RECENT):k]):
            e = x.entity
            if e is not None and not x.in_quote and e.kind == "person" and e.classes & classes and e.words:
                # (a named person: an unnamed title, "l'ancien maire de X", is no one to refer back to
                # before the person the story names)
                if any(c not in need or not e.comps or e.comps & need[c] for c in e.classes & classes):
                    return e
        return None

    def surface(self, m: Mention) -> str:
        a, b = m.span
        return self.text[self.toks[a].start:self.toks[b - 1].end]

    # -- resolution ---------------------------------------------------------------------------
    def find_title(self, m: Mention) -> Entity | None:
        """The most recent entity whose known titles fit the title mention ``m``."""
        cls, role = m.cls, m.role
        if cls == NATIONAL:
            # "The Serbian said", « a rappelé le Danois »: the person last named with that nationality
            return next((e for e in self.latest() if e.kind in ("person", UNKNOWN) and m.nat in e.nats
                         and not e.anonymous), None)
        for e in self.latest():
            if cls not in e.classes and not (role and role in e.roles):
                if role and e.offices is not None and role in e.offices[0] and self._office_fits(m, e):
                    return e        # "Joe Biden visited ... the president said": the officeholder named
                continue            # (what all the returns below need: most entities fail it)
            if e.kind in ("government",):
                continue
            if m.same:
                if m.cls in e.classes:
                    return e
                continue
            if m.nat and e.nats and m.nat not in e.nats:
                continue
            if m.gender is not None and e.gender is not None and m.gender != e.gender and e.kind == "person":
                continue            # « son avocat » is not « l'avocate de la commune, Me Claire Dumas »
            if m.number != e.number and m.number in ("s", "p") and e.kind in ("anonymous", "person"):
                continue            # "Indian officials" are not "a top Indian intelligence official", nor
                                    # "the American official" "US and Canadian officials"
            if m.role and m.role in e.roles:
                return e
            if m.cls not in e.classes:
                continue
            if m.comps and not set(m.comps) <= e.comps:
                continue            # "le président de la Conférence des évêques" is not "le président X"
            if m.role and e.roles and m.role not in e.roles:
                continue
            return e
        return None

    def _office_fits(self, m: Mention, e: Entity) -> bool:
        """Whether the title ``m`` may name the office person ``e`` holds by the officeholders' gazetteer: no
        nationality but the office's country, no complement but a state's ("le président de la République",
        not "le président du club"), no gender but the person's."""
        if m.nat and m.nat not in e.offices[1]:
            return False
        if m.comps and not self.lex.state_complements.issuperset(m.comps):
            return False
        return not (m.gender is not None and e.gender is not None and m.gender != e.gender)

    def resolve_pronoun(self, p: Mention, index: int, prefer: Entity | None, window_paras: int = 2,
                        complements: bool = False):
        """Antecedent of pronoun mention ``p`` (at position ``index`` in the mention list): the
        previous speaker if it fits, else the nearest mention agreeing in gender (up to four
        paragraphs back), else the nearest one of unknown gender (up to ``window_paras``).
        ``complements``: a person's name after a place preposition may be the antecedent (a
        demonstrative: "... succède à Henri X. Celui-ci ...")."""
        para = self.toks[p.start].para
        if prefer is not None and (self.fits(prefer, p) or self._unnamed_body(prefer, p)):
            return prefer, "previous speaker"
        if (prefer is not None and p.gender is not None and prefer.noun_gender == p.gender and p.number == "s"
                and prefer.number != "p" and self.lex.gendered_org_pronouns):
            # "... a indiqué le parquet. « ... », a-t-il ajouté": the institution that spoke last,
            # named by a noun of the pronoun's gender
            return prefer, "previous speaker (institution)"
        fallback = None
        fallback_para = -1
        toks, mentions, fits, media_ids = self.toks, self.mentions, self.fits, self.lex.media_ids
        gender, person = p.gender, p.nature == "person"
        far, farther = para - window_paras, para - 2 * window_paras
        weighed = set()                 # the entities already weighed below: another of their mentions changes nothing
        for k in range(index - 1, max(-1, index - 1 - RECENT), -1):
            m = mentions[k]
            m_para = toks[m.start].para
            if m_para < farther:
                break
            e = m.entity
            if m_para < far and (gender is None or e is None or e.gender != gender):
                continue
            if m.in_quote or m.predicate or e is None or e.id in weighed or e.id in media_ids:
                continue                # (a news agency reports; it is not what "it" refers to)
            if (person and m.kind == "name" and e.gender is None and m.start > 0
                    and self.keys[m.start - 1] in self.lex.place_preps
                    and not (complements and e.kind == "person")):
                continue                # ("a nurse from Broken Arrow ... she said": a place)
            if (person and m.kind == "title" and m.det == "indef" and m.name is None and m.start > 0
                    and self.keys[m.start - 1] in self.lex.prepositions and not complements):
                continue                # (« interpellé chez un proche ... En garde à vue, il a reconnu »: an
                                        # unnamed person in a complement, not the one the story follows)
            weighed.add(e.id)
            if fits(e, p):
                # an entity known to agree in gender beats a nearer one of unknown gender, unless
                # that one is in the pronoun's paragraph and this one before it
                if gender is None or e.gender == gender:
                    if fallback is not None and fallback_para == para and m_para < para \
                            and fallback.kind == e.kind == "person":
                        return fallback, "nearest mention in the paragraph"
                    return e, "nearest mention agreeing in gender"
                if fallback is None:
                    fallback = e
                    fallback_para = m_para
        if fallback is None and prefer is not None and self.fits(prefer, p):
            return prefer, "previous speaker"
        if (fallback is None and prefer is not None and p.nature != "person" and p.number == "s"
                and p.gender is None and prefer.kind == "person" and prefer.gender is None
                and not prefer.classes and not prefer.anonymous and prefer.number != "p"
                and len(prefer.words) >= 2):
            # "Voltari Mobility said ... It argued that ...": a neuter pronoun never stands for a
            # person; with no organisation in reach, the previous speaker, a name of two words
            # with no title nor gender (a person only by default), is an organisation
            prefer.kind = "organization"
            return prefer, "previous speaker (a name referred to as an organisation)"
        if fallback is not None:
            return fallback, "nearest mention"
        return None, "no antecedent"

    def _unnamed_body(self, e: Entity, p: Mention) -> bool:
        """Whether a pronoun of things ``p`` may stand for the speaker ``e``, named by a noun of organisations
        with no kind known yet: "..., the club said in a statement. '...,' it said"."""
        return (p.nature != "person" and p.number == "s" and e.kind == UNKNOWN and not e.words
                and e.number != "p" and organisation_noun(e.name, self.lex))

    def org_fits(self, e: Entity, p: Mention) -> bool:
        """A gendered singular pronoun ("il", "elle") that may stand for an institution named by a
        noun of its gender ("le groupe", "la préfecture"), in languages where it does."""
        return bool(self.lex.gendered_org_pronouns and p.number == "s" and p.gender is not None
                    and e.kind in ("organization", "government") and e.number != "p"
                    and e.noun_gender == p.gender)

    def fits(self, e: Entity, p: Mention) -> bool:
        if p.number == "p":
            return e.number == "p"
        if e.number == "p":
            return False
        if p.nature == "person":
            if e.kind not in ("person", "anonymous"):
                return False
            if e.classes and not e.classes.isdisjoint(self.lex.group_classes):
                return False    # « a indiqué son entourage. Il avait promis »: a group is no "il"
            return p.gender is None or e.gender is None or e.gender == p.gender
        return e.kind in ("organization", "government")
