"""Describe each attributed claim: speaker entity, kind, hedges, anonymity, channel, time.

The output is plain JSON-ready data.  Hedges are listed as ``{start, end,
text}`` spans inside the content (the text is also what a reader sees).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import islice
from operator import itemgetter
from .attribute import NEWSROOM, OWN_REPORTING, Doc, Raw, skip_back, strip_lead
from .lexicon import ADV, ANON, CHAN, CONN, CUE, DET, HEDGE, LINK, MEDIA, fold
from .mentions import Mention
from .registry import UNKNOWN, Entity, Registry, acronym, organisation_name, organisation_noun

RECENT_CLAIMS = 64      # earlier claims read back for a pronoun's or a source's antecedent
HEDGE_REACH = 400       # tokens of reported words read for hedges
ASIDE_SPAN = 40                     # tokens from a time expression to the comma closing its aside
SCENE_WORDS = 60                    # tokens of a sentence read for its pluperfect (``_pluperfect_scene``)
PARAGRAPH_LOOK_BACK = 16    # time expressions of its paragraph looked back over to date a claim
DATELINE_TOKENS = 40        # tokens of the text's opening read for the outlet of its dateline
_SPAN_KINDS = frozenset(("from", "between"))    # ranges that date no saying
LEDE_REACH = 4              # paragraphs after the lede within which its unnamed speaker may be named
DATELINE_SENTENCE = 12      # tokens at most of a dateline read as a sentence of its own before the lede

_NO_LEMMA = ("statement", frozenset())
_KIND_NAMES = {"anonymous": "anonymous source"}     # an entity's kind -> the speaker's kind written
NAME_LOOKBACK = 8_000  # characters before a joint subject where its words may have been written as one name
_KIND_GROUP = frozenset(("person", "unknown"))      # the kinds of unnamed plurals written "group"
_JOINT_KINDS = frozenset(("person", "organization", "government"))    # who may speak with others
_JOINT_MAX = 6                  # speakers of one claim at most
_OPENING = frozenset((",", ";", ":", "-", "(", "«", "\"", "'"))   # before a clause's first word
_CLOSING = frozenset((",", ";", ":", ".", "-", ")", "»", "\"", "'"))
_FIRST = itemgetter(0)

# speech acts a claim's cue tells (CUE_LEMMAS, ACCORDING_KINDS, ATTRIBUTES of the language's resources);
# "statement" for a neutral cue ("say", « dire ») whose act only the content would tell
KINDS = ("statement", "report", "announcement", "assessment", "criticism", "testimony",
         "justification", "accusation", "warning", "denial", "complaint", "demand", "prediction", "promise",
         "appeal", "admission", "ruling", "threat", "recommendation", "question", "other")
# kinds a hedge overrides: a neutral statement or report is a report of hearsay or a prediction
_HEDGED_KINDS = frozenset(("statement", "report"))
_FINITE_TAGS = frozenset(("fin", "finp"))


_BIG = 1 << 62


def _disjoint(spans: list) -> list:
    """Sorted character spans merged where they overlap, so that one bisection finds the one holding
    a character."""
    out: list = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _span(text: str, a: int, b: int) -> dict:
    return {"start": a, "end": b, "text": text[a:b]}


class Describer:
    def __init__(self, d: Doc, reg: Registry, timexes: list, published):
        self.d = d
        self.content_spans: list = []       # the reported words of every claim (``describe``), merged
        self.aside_close: dict[int, int] = {}        # token -> ``_relative_aside_close`` of it
        self.reg = reg
        self.starts = d.starts
        # time expressions that can date a claim: resolved calendar values outside quotations
        by_sent: dict[int, list] = {}
        by_para: dict[int, list] = {}
        since_sent: dict[int, list] = {}
        inq, sid, toks = d.inq, d.sid, d.toks
        pv = getattr(published, "value", None) if published is not None else None
        pv = pv if isinstance(pv, str) and pv[:4].isdigit() else None
        for t in timexes:
            x = t[2]
            if x.type in ("DATE", "TIME") and x.value[:1].isdigit() and inq[t[0]] < 0:
                if pv is not None and x.interval and x.interval[0][:len(pv)] > pv:
                    continue            # a time after publication dates no words already said
                if (x.range or {}).get("kind") == "since":
                    # "held since 2022", "the first since last month": the start of a span, never the time
                    # of a saying; but a saying told since then goes on to publication ("have warned since
                    # early May that ..."): no earlier day of its paragraph dates it
                    since_sent.setdefault(sid[t[0]], []).append(t[0])
                    continue
                by_sent.setdefault(sid[t[0]], []).append(t)
                v = x.value
                if len(v) >= 10 and v[4] == "-" and v[7] == "-" or v[5:6] == "W":
                    # (only a day, or a week, told in an earlier sentence dates the claims after it:
                    # "Reyes moved the money in October 2022. Prosecutors said ..." was not said then)
                    by_para.setdefault(toks[t[0]].para, []).append(t)
        for lst in (*by_sent.values(), *by_para.values()):
            lst.sort(key=_FIRST)
        self.by_sent, self.by_para, self.since_sent = by_sent, by_para, since_sent
        self.sent_keys = {k: list(map(_FIRST, v)) for k, v in by_sent.items()}
        self.para_keys = {k: list(map(_FIRST, v)) for k, v in by_para.items()}
        self.published = published
        self.published_value = getattr(published, "value", None) if published is not None else None
        self.done: list[tuple[Raw, Entity | None, dict]] = []
        self.hedge_toks: list[int] | None = None     # candidate tokens, found on first need
        self.chan_toks: list[int] | None = None      # tokens opening a channel phrase, on first need
        self.chan_values: list = []                  # ... and the channel each phrase names
        self.anon_toks: list[int] | None = None      # tokens opening an anonymity phrase, on first need
        self.first_seen: list | None = None         # (token, entity) of each entity's first mention, on need
        self.by_raw: dict[int, Entity | None] = {}
        self.cue_toks: list[int] | None = None      # the tokens opening active cues, sorted, on first need
        self.raws_seen: list = []                   # the claims described (their cues)
        self.doc_sents: set | frozenset = frozenset()  # sentences holding a noun of DOCUMENT_CHANNELS

    def tok_range(self, a: int, b: int) -> tuple:
        i = bisect_left(self.starts, a)
        j = bisect_left(self.starts, b)
        return i, j

    def _recent(self):
        """The claims described so far, the latest first, at most ``RECENT_CLAIMS`` of them: an
        antecedent is looked for among the claims of the last sentences, and a sentence of
        thousands of claims (a hostile text) must not make each lookup read them all."""
        return islice(reversed(self.done), RECENT_CLAIMS)

    # -- speaker ---------------------------------------------------------------------------------
    def entity(self, raw: Raw) -> tuple:
        d = self.d
        if raw.follows is not None:
            return self.by_raw.get(id(raw.follows)), "continues the previous claim"
        m = raw.speaker
        if m is None:
            return None, "no speaker"
        if m.kind == "pron" and d.keys[m.start] in d.lex.impersonal:
            # "A Bercy, on indique que ...": a fronted place naming an authority, right before
            a = m.start - 1
            g = d.m_end.get(a) if a >= 1 and d.keys[a] == "," else None
            if (g is not None and g.kind == "gaz" and g.entity is not None and g.start >= 1
                    and g.entity.kind in ("government", "organization")
                    and d.fkeys[g.start - 1] in d.lex.locative_fpreps
                    and strip_lead(d, d.sent_start[d.sid[m.start]], g.start) >= g.start - 1):
                m.entity = g.entity
                return g.entity, f"impersonal pronoun after the place '{g.entity.id}'"
            if d.lex.impersonal_label and m.end == m.start + 1:
                # "..., a-t-on appris mardi": no one named, sources the text does not name
                label = d.lex.impersonal_label
                e = self.reg.entities.get(f"anonymous {label}") or self.reg._new(
                    f"anonymous {label}", f"{label} ({d.lex.anonymous_label})", "anonymous", anonymous=True)
                m.entity = e
                return e, "impersonal pronoun: unnamed sources"
        if (m.kind == "pron" and m.end - m.start > 1 and d.lex.partitives is not None
                and (d.lex.partitives.match(d.fkeys, d.caps, m.start) or (0,))[0] == m.end - m.start):
            # "L'un d'eux a affirmé": an unnamed member of the group the pronoun refers to
            pm = d.m_end.get(m.end)
            e = self.subject_antecedent(m) or self.reg.resolve_pronoun(m, d.m_index(pm) if pm else 0, None)[0]
            g = self.reg.member(e if e is not None and e.number == "p" else None, m)
            m.entity = g
            return g, f"one of '{e.id if e is not None else m.start}'"
        if (m.kind == "pron" and m.end - m.start > 1 and d.lex.demonstrative_pronouns is not None
                and d.lex.demonstrative_pronouns.match(d.keys, d.caps, m.start) is not None):
            # "... contre M. X. Celui-ci avait reconnu ...": the nearest agreeing mention
            e, how = self.reg.resolve_pronoun(m, d.m_index(m), None, complements=True)
            if e is not None:
                m.entity = e
            return e, f"demonstrative pronoun: {how}"
        if m.kind == "pron":
            e = self.subject_antecedent(m, self._relation_named(raw))
            if e is not None:
                m.entity = e
                return e, f"pronoun '{d.text[d.toks[m.start].start:d.toks[m.end - 1].end]}': subject of a recent sentence"
            prefer = None
            for prev, e, _ in self._recent():
                if prev.sent < raw.sent - 2:
                    break
                if e is not None:
                    prefer = e
                    break
            e, how = self.reg.resolve_pronoun(m, d.m_index(m), prefer)
            if e is not None:
                m.entity = e
            return e, f"pronoun '{d.text[d.toks[m.start].start:d.toks[m.end - 1].end]}': {how}"
        if m.same and m.nature == "source" and m.name is None:
            # "selon la même source", "according to the same source": the speaker of the previous
            # attribution, in this sentence or the two before
            for prev, e, _ in self._recent():
                if prev.sent < raw.sent - 2:
                    break
                if e is not None:
                    m.entity = e
                    return e, f"'{m.title}': the previous claim's speaker"
        if (m.det == "poss" and m.nature == "person" and m.number == "s" and m.cls
                and m.name is None and m.appos is None and m.kind in ("title", "np")):
            # a role possessed by someone: "..., its owner said" (an organisation's role-holder, the
            # person named with that role), "..., a annoncé son avocat. [...] son avocat, Me X," (a
            # person's role-holder, only the person named in that role in the text)
            poss = d.keys[m.span[0]]
            named_only = m.kind == "title" and poss in d.lex.person_possessives
            if named_only or poss in d.lex.neuter_possessives:
                e = self.reg.role_holder(m, named_only=named_only)
                if e is not None:
                    m.entity = e
                    return e, f"'{m.title}': the person {'named in' if named_only else 'holding'} that role"
        if m.kind == "np":
            if m.nature == NEWSROOM:
                return self.newsroom(m)
            return (m.entity or self.reg.adhoc(m)), f"noun phrase '{m.title}'"
        if (m.kind == "title" and m.det == "poss" and m.nature == "org" and m.name is None
                and (d.keys[m.span[0]] in d.lex.neuter_possessives
                     or d.keys[m.span[0]] in d.lex.document_possessives and m.cls in d.lex.document_heads)):
            e = self.possessor_subject(m.span[0])
            if e is not None:
                return e, f"'{m.title}': the institution of the subject its possessive refers to"
        e = m.entity if m.entity is not None else (m.appos.entity if m.appos is not None else None)
        if m.kind == "gaz":
            return e, "gazetteer"
        if m.kind == "title" and m.name is None:
            return e, f"title '{m.title}'"
        return e, "name"

    def newsroom(self, m: Mention) -> tuple:
        """The publication whose own reporting ``m`` names ("selon nos informations"): the news
        outlet in brackets in the dateline ("LONDON (Reuters) -", « PARIS (AFP) - »), else the
        newsroom, unnamed."""
        d = self.d
        lex = d.lex
        for k in range(min(d.n - 2, DATELINE_TOKENS)):
            if d.keys[k] == "(" and d.mask[k + 1] & MEDIA:
                hit = lex.media.match(d.fkeys, d.caps, k + 1)
                if hit is not None and k + 1 + hit[0] < d.n and d.keys[k + 1 + hit[0]] == ")":
                    g = d.m_start.get(k + 1)
                    e = g.entity if g is not None and g.entity is not None else (
                        self.reg.entities.get(hit[1]) or self.reg._new(hit[1], hit[1], "organization"))
                    m.entity = e
                    return e, f"the publication's own reporting: '{e.id}' of the dateline"
        label = lex.newsroom_label or m.title
        e = self.reg.entities.get(label) or self.reg._new(label, label, "organization")
        m.entity = e
        return e, "the publication's own reporting: no outlet named"

    def joint(self, raw: Raw, m: Mention, e: Entity) -> list | None:
        """The speakers of a claim made by several ("Scholz and Macron said", "ont affirmé X et Y") in
        text order, each ``(mention, entity)``; None when ``m`` speaks alone.  The speaker found is the
        last conjunct of its subject (or the first, after an inverted cue); the others are named
        people or bodies joined to it by a comma or the language's joining word, the first of them
        opening the clause (so that "the leaders of France and Germany" stays one speaker)."""
        d = self.d
        lex = d.lex
        keys, sid = d.keys, d.sid
        if m.kind == "pron" or m.in_quote or raw.follows is not None or e.kind not in _JOINT_KINDS:
            return None
        sent = sid[m.start]
        members = [(m, e)]
        if raw.cue[0] >= m.end:
            # speaker before its cue: conjuncts before it (each with the title apposed before it:
            # "Le ministre de l'Économie, Roland Lescure, et la ministre ..., Amélie de Montchalin, ont")
            k = self._phrase_start(m) - 1
            if k < 1 or keys[k] not in lex.joint_links:
                return None
            if keys[k - 1] == ",":
                k -= 1                  # ", et"
            while True:
                p = d.m_end.get(k)
                pe = self._conjunct(p, sent)
                if pe is None:
                    return None
                if len(members) == 1 and self._name_with_link(p, k):
                    return None         # "Law and Justice leader Jaroslaw Kaczynski said": one party's name
                members.insert(0, (p, pe))
                k = self._phrase_start(p) - 1
                if k < 1 or keys[k] != "," or sid[k] != sent or len(members) >= _JOINT_MAX:
                    break
                if d.m_end.get(k) is None or self._conjunct(d.m_end.get(k), sent) is None:
                    break               # "On Tuesday, Scholz and Macron said": the comma closes a lead
            a = self._phrase_start(members[0][0])
            if not (a == d.sent_start[sent] or keys[a - 1] in _OPENING or strip_lead(d, d.sent_start[sent], a) >= a
                    # a clause joined to the one before ("..., and Italy and France said", "But Paris and
                    # Berlin said")
                    or keys[a - 1] in lex.coordinators and (a - 1 == d.sent_start[sent] or keys[a - 2] in _OPENING)):
                return None
        elif m.start >= raw.cue[1]:
            # speaker after its cue ("ont déclaré X et Y"): conjuncts after it
            k = m.end
            if k + 1 >= d.n or keys[k] not in lex.joint_links or m.appos is not None and m.appos.start >= m.end:
                return None             # (a name in apposition after the speaker: "le président de X et Y, Z")
            q = d.m_start.get(k + 1)
            qe = self._conjunct(q, sent)
            if qe is None:
                return None
            if q.end < d.sent_end[sent] and keys[q.end] not in _CLOSING:
                return None
            members.append((q, qe))
        else:
            return None
        if len({id(x) for _, x in members}) < len(members):
            return None                 # the same speaker twice
        for _, x in members:
            if x.kind == "unknown":
                # a name of no known kind, speaking: a person, or an organisation by its words (as
                # for one speaker)
                x.kind = "organization" if organisation_name(x.name, self.d.lex) else "person"
                x.guessed = True
        return members

    def _phrase_start(self, x: Mention) -> int:
        """Where the phrase naming ``x`` starts: at the title apposed before its name ("la ministre
        des Comptes publics, Amélie de Montchalin"), else at ``x``."""
        keys = self.d.keys
        a = x.start
        if x.titles and a > 1 and keys[a - 1] == ",":
            for t in x.titles:
                if t.end < a and a - t.end <= 6 and t.start < a:
                    a = min(a, t.start)
        return a

    def _name_with_link(self, p: Mention, k: int) -> bool:
        """Whether the one-word name ``p``, its joining word at token ``k`` and the capitalised word after
        it were written together earlier in the text (at most ``NAME_LOOKBACK`` characters before): the
        name of one body ("the nationalist Law and Justice party. [...] Law and Justice leader X said"), not
        two speakers."""
        d = self.d
        toks = d.toks
        if p.end - p.start != 1 or k + 1 >= d.n or not d.caps[k + 1] or not toks[k + 1].text[:1].isalpha():
            return False
        text, lex = d.text, d.lex
        phrase = text[toks[p.start].start:toks[k + 1].end]
        s = toks[p.start].start
        x = max(0, s - NAME_LOOKBACK)
        for _ in range(3):
            x = text.find(phrase, x, s)
            if x < 0:
                return False
            x += len(phrase)
            # (followed by a noun of organisations: "the Law and Justice party"; "Scholz and Macron said"
            # earlier is a joint subject too)
            nxt = text[x:x + 40].split(None, 1)
            w = fold(nxt[0].lower().strip(".,;:")) if nxt and text[x:x + 1].isspace() else ""
            t = lex.titles.hits.get(w)
            if w in lex.org_heads or w in lex.org_name_words or t is not None and t[1][3] == "org":
                return True
        return False

    def _conjunct(self, p: Mention | None, sent: int) -> Entity | None:
        """The entity of ``p`` when it may be one of several speakers of a sentence ``sent``."""
        if p is None or p.kind == "pron" or p.in_quote or self.d.sid[p.start] != sent:
            return None
        x = p.entity if p.entity is not None else (p.appos.entity if p.appos is not None else None)
        if x is None or not (x.kind in _JOINT_KINDS or x.kind == "unknown" and x.words and p.kind == "name"):
            return None
        return x

    def _joint_speaker(self, joint: list) -> dict:
        """The speaker written for several speakers: their names joined as the text joins them
        ("Olaf Scholz and Emmanuel Macron"), their common kind (else "group"), and each of them."""
        d = self.d
        text, toks = d.text, d.toks
        first, last = joint[0][0], joint[-1][0]
        k = self._phrase_start(last) - 1    # the joining word before the last one ("and", ", et")
        if d.keys[k] not in d.lex.joint_links:
            k -= 1
        link = d.text[toks[k].start:toks[k].end]
        names = [x.name for _, x in joint]
        name = f"{', '.join(names[:-1])} {link} {names[-1]}"
        kinds = {x.kind for _, x in joint}
        s, t = toks[first.span[0]].start, toks[last.span[1] - 1].end
        members = []
        for mm, x in joint:
            a, b = toks[mm.span[0]].start, toks[mm.span[1] - 1].end
            members.append({"name": x.name, "entity": x.id, "kind": _KIND_NAMES.get(x.kind, x.kind),
                            "mention": {"start": a, "end": b, "text": text[a:b]}, "titles": list(x.titles)})
        return {"name": name, "entity": " + ".join(x.id for _, x in joint),
                "kind": kinds.pop() if len(kinds) == 1 else "group",
                "mention": {"start": s, "end": t, "text": text[s:t]}, "titles": [], "members": members}

    def _names_document(self, m: Mention) -> bool:
        """Whether the name of mention ``m`` qualifies a document's noun, written right before it (« un sondage
        Ifop ») or, where modifiers come first, right after it ("a Gallup poll"): a pollster or an institute,
        no person."""
        d = self.d
        heads = d.lex.document_heads
        if d.lex.prehead_nouns:
            return m.end < d.n and d.fkeys[m.end] in heads
        return m.start > 0 and d.fkeys[m.start - 1] in heads

    def _article_name(self, m) -> bool:
        """Whether the name of mention ``m`` comes right after its definite article, nothing between: no
        person's name (« le Paris Saint-Germain » speaks for a club; « le docteur Hervé Lantenois » has a
        title between)."""
        return m.kind == "name" and m.det == "def" and m.span[0] == m.start + 1 and not m.titles

    def _told_as_a_thing(self, raw: Raw, e: Entity) -> bool:
        """Whether indirect words opening on a pronoun of things follow a one-word name of no first name
        known ("Orbix said it will cut 2,400 jobs"): the pronoun refers back to the speaker, no person."""
        d = self.d
        if raw.mode != "indirect" or len(e.words) != 1 or e.name in d.lex.first_name_genders:
            return False
        i = bisect_left(d.starts, raw.content[0])
        p = d.lex.pronouns.get(d.keys[i]) if i < d.n else None
        return p is not None and p[1] == "s" and not p[2]

    def _state_organ(self, e: Entity) -> bool:
        """Whether the organisation ``e`` is an organ of a state: a title class of ``GOVERNMENT_CLASSES``, its
        name's head noun one of ``GOVERNMENT_HEADS`` ("China's commerce ministry", « ministère des Armées »), or
        one of the gazetteer's ``GOVERNMENT_NAMES`` ("White House")."""
        lex = self.d.lex
        if e.id in lex.government_names:
            return True
        hit = e.classes & lex.government_classes
        if hit:
            # (an organ that may be another institution's, completed by it and of no nation, is that
            # institution's: « la présidence de l'université »; « la présidence française » is the state's)
            return not hit <= lex.government_classes_shared or not e.comps or bool(e.nats)
        words = e.name.split()
        if not words or not lex.government_heads:
            return False
        head = words[-1] if lex.prehead_nouns else words[0]
        return fold(head.lower()) in lex.government_heads

    def _relation_named(self, raw: Raw) -> bool:
        """Whether the reported words name someone by a possessive and a relation noun ("son
        client", "sa fille"): someone related to the speaker, not the speaker."""
        d = self.d
        rel = d.lex.relation_nouns
        if not rel:
            return False
        a, b = self.tok_range(*raw.content)
        if rel.isdisjoint(d.fkeys[a + 1:min(b, a + 60)]):
            return False        # (the frequent case: no relation noun in reach)
        for k in range(a + 1, min(b, a + 60)):
            if d.fkeys[k] in rel and d.mask[k - 1] & DET:
                det = d.lex.determiners.match(d.keys, d.caps, k - 1)
                if det is not None and det[0] == 1 and det[1][0] == "poss":
                    return True
        return False

    def _reported_subject(self, sm, t: int) -> bool:
        """Whether mention ``sm`` opens words reported in sentence ``t`` before the verb that reports
        them ("The officer was charged on Monday, the prosecutor said."): the speaker is the
        sentence's subject."""
        a = self.d.toks[sm.start].start
        for prev, e, _ in self._recent():
            if prev.sent < t:
                break
            sp = prev.speaker
            if (prev.sent == t and e is not None and prev.content[0] <= a < prev.content[1] and prev.cue[0] > sm.start
                    and sp is not None and self.d.toks[sp.start].start >= prev.content[1]
                    and (sp.end >= self.d.n or sp.end == prev.cue[0] or self.d.keys[sp.end] in (".", ",", ";", "!", "?"))):
                return True             # (the speaker closes the sentence or its clause, or the verb follows)
        return False

    def subject_antecedent(self, p, related: bool = False) -> Entity | None:
        """The antecedent of pronoun ``p`` as the subject of the nearest sentence (its own, before
        it, then up to two earlier ones in reach): the mention opening the sentence after its
        leading adverbials ("Son gérant, Bernard Excoffier, s'est dit ...") or, when that one
        does not agree, the speaker of a claim of that sentence.  A mention in passing ("weak
        demand in China") is never preferred to a subject.  When the reported words name someone
        related to the speaker (``related``: "Selon lui, son client ..."), the speaker of a claim
        of that sentence is preferred to its subject: that subject is what the speaker talked
        about ("X va faire appel, a indiqué son avocat")."""
        d = self.d
        reg = self.reg
        s = d.sid[p.start]
        para = d.toks[p.start].para
        f_own = strip_lead(d, d.sent_start[s], d.sent_end[s])
        for t in range(s, max(-1, s - 3), -1):
            a = d.sent_start[t]
            if d.toks[a].para < para - 1:
                break
            f = strip_lead(d, a, d.sent_end[t])
            fronted = None
            if d.keys[f] in d.lex.prepositions or d.caps[f] and d.fkeys[f] in d.lex.locative_fpreps:
                # "À la barre, l'ancien édile a ...": a leading prepositional phrase ("A Bercy,":
                # the capital's accent may be left out) (and the
                # adverbials after it: "Lors de l'audience, le 5 novembre, l'ancien notaire a ...")
                # (a compound place name counts as one word: "A Bressieu-la-Plaine,")
                stop = f + 6 + 2 * sum(d.keys[c] == "-" for c in range(f + 1, min(f + 10, d.sent_end[t])))
                for c in range(f + 1, min(stop, d.sent_end[t] - 1)):
                    if d.keys[c] == ",":
                        fronted = (f + 1, c)
                        f = strip_lead(d, c + 1, d.sent_end[t])
                        break
            sm = d.m_start.get(f)
            if sm is not None and t < s and self._reported_subject(sm, t):
                sm = None               # "The officer was charged, the prosecutor said. He added": the
                                        # subject of the words reported, not of the sentence
            if sm is not None and sm.kind in ("name", "gaz") and d.lex.after_clitic(d.keys, sm.end) > sm.end:
                # "Ruiz's sister, Marisol Ruiz, said ...": a possessor, not the subject
                f = d.lex.after_clitic(d.keys, sm.end)
                sm = None
            if sm is not None and sm.kind in ("name", "gaz") and d.lex.prehead_nouns:
                # "Dunmore boss Neil Fraser was ...": a team or a company, a role noun, then the
                # person, who is the subject
                c = sm.end
                while (c < sm.end + 2 and c < d.sent_end[t] and d.toks[c].text[:1].isalpha() and not d.caps[c]
                       and d.fkeys[c] not in d.lex.function_words and d.keys[c] not in d.lex.prepositions
                       and d.keys[c] not in d.lex.cues.first and d.keys[c] not in d.lex.copulas):
                    c += 1
                nm = next((x for x in map(d.m_start.get, range(sm.end + 1, c + 1)) if x is not None), None)
                if nm is not None and not nm.in_quote and " " in (nm.name or "") and (
                        nm.kind == "name" and nm.start == c or nm.kind == "title" and nm.nature == "person"):
                    sm = nm             # ("Guinea-Bissau opposition leader Augusto Mané has ...")
            if sm is not None and sm.kind == "title" and sm.det is None and sm.name is None:
                # "Dirigeant d'une entreprise de pièces installée près de l'aéroport, Stéphane
                # Rouquié raconte ...": a bare title opening the sentence is a detached apposition
                # to the name after its comma, the subject
                for c in range(sm.end, min(sm.end + 12, d.sent_end[t] - 1)):
                    if d.keys[c] == ",":
                        nm = d.m_start.get(c + 1)
                        if nm is not None and nm.kind == "name" and not nm.in_quote:
                            sm = nm
                        break
            if sm is None:
                # "Son gérant, Bernard Excoffier, s'est dit ...": a name in apposition to the
                # noun phrase opening the sentence ("Le gérant de l'abattoir, ...": up to five
                # words, an elided article counting as its two tokens)
                for c in range(f + 1, min(f + 8, d.sent_end[t] - 1)):
                    if d.keys[c] == ",":
                        sm = d.m_start.get(c + 1)
                        if sm is not None and (sm.kind != "name" and not (sm.kind == "title" and sm.name is not None and sm.entity is not None
                                                            and sm.entity.kind in ("organization", "government"))
                                               or sm.end >= d.n or d.keys[sm.end] != ","):
                            sm = None   # (or an institution's named title: "Le promoteur, le groupe X, prévoit ...")
                        break
            if (p.number == "p" and sm is not None and sm.start == f and sm.number != "p"
                    and (sm.kind == "name" and sm.end == f + 1 or sm.kind == "title" and sm.name is None)):
                # ("Union leaders met ... They said": a title's noun before the group's head)
                # "Fan groups criticised ..., which they say ...": a capitalised first word opens
                # a plural noun phrase, the group, rather than naming someone
                gm = self.group_subject(f, min(d.sent_end[t], p.start))
                if gm is not None and gm.end > f + 1:
                    sm = gm
            if sm is None and p.number == "p":
                sm = self.group_subject(f, min(d.sent_end[t], p.start))
                if sm is None and fronted is not None and t < s and d.m_start.get(f) is None:
                    # "Dans les clubs affiliés, la colère monte. Plusieurs d'entre eux ..., qu'ils
                    # accusent ...": the plural group of the leading prepositional phrase, when
                    # the subject after it is none
                    sm = self.group_subject(*fronted)
            if related and sm is not None and t < s:
                for prev, e, _ in self._recent():
                    if prev.sent < t:
                        break
                    if (prev.sent == t and e is not None and e is not sm.entity and e.kind == "person"
                            and reg.fits(e, p) and (p.gender is None or e.gender in (None, p.gender))):
                        return e
            org = None
            if sm is not None and sm.start < p.start and not sm.in_quote and sm.kind != "pron" and not sm.predicate:
                e = sm.entity if sm.entity is not None else (sm.appos.entity if sm.appos is not None else None)
                if e is not None and reg.fits(e, p) and (p.gender is None or e.gender in (None, p.gender)):
                    return e
                if e is not None and reg.org_fits(e, p):
                    org = e
            for prev, e, _ in self._recent():
                if prev.sent < t:
                    break
                if prev.sent == t and e is not None and reg.fits(e, p) and (
                        p.gender is None or e.gender in (None, p.gender)):
                    return e
                if org is None and prev.sent == t and e is not None and reg.org_fits(e, p):
                    org = e     # "La société X, qui ..., a assuré ... Elle dit ...": the speaker
                if (prev.sent == t == s - 1 and e is not None and (e.kind == UNKNOWN or e.guessed)
                        and p.nature != "person" and p.number == "s" and p.start == f_own and sm is not None
                        and sm.entity is e):
                    # "Cordillera said ... It said ...": a name of unknown kind, subject and speaker
                    # of the sentence before, that a neuter pronoun opening this one refers to: an
                    # organisation
                    e.kind, e.guessed = "organization", False
                    return e
                sp = prev.speaker
                if (prev.sent == t == s - 1 and e is not None and e.kind == UNKNOWN and p.nature == "person"
                        and p.number == "s" and p.start == f_own and sp is not None and sp.kind == "np"
                        and (sp.start == f or prev.rule == "postposed-inverted")
                        and sp.number != "p" and sp.gender in (None, p.gender)):
                    # "L'ancien notaire avait expliqué ... Il avait assuré ...": an unnamed noun phrase,
                    # subject and speaker of the sentence before, that a personal pronoun opening
                    # this one refers to, rather than a person named in an earlier complement
                    # (or the subject inverted after the verb: "..., said the company's spokesman.")
                    e.kind = "person"
                    if e.gender is None:
                        e.gender = p.gender
                    return e
            if org is not None:
                # "Le groupe Norvalis a contesté ... Dans un communiqué, il affirme ...": the
                # institution opening the sentence, named by a noun of the pronoun's gender, when
                # no person agreeing with the pronoun speaks in that sentence
                return org
        return None

    def _owned(self, m: Mention, e: Entity, via: str) -> tuple:
        """The speaker ``e`` of mention ``m``, a body or an aide after a person's possessive ("His
        office said", « a indiqué son entourage »), as the one of the person the possessive refers
        to (the subject of its sentence or of one before, as for a pronoun), when that is a person
        named in the text; else ``e`` itself."""
        d = self.d
        i = m.span[0]
        p = Mention(i, i + 1, "pron", (i, i + 1))
        p.gender, p.number, p.nature = d.lex.owner_possessives[d.keys[i]], "s", "person"
        owner = self.subject_antecedent(p)
        if owner is None or owner is e or owner.kind != "person" or owner.anonymous or not owner.words:
            return e, via
        noun = d.text[d.toks[i + 1].start:d.toks[m.span[1] - 1].end]
        m.entity = self.reg.possessed(e, owner, noun)
        return m.entity, f"{via}; the possessive refers to '{owner.id}'"

    def possessor_subject(self, i: int) -> Entity | None:
        """What a neuter possessive at token ``i`` refers to ("The Central African Republic wants
        ..., its government told", "Russia welcomed ... Its foreign ministry said"): the country
        or organisation opening its sentence before it, else the sentence before."""
        d = self.d
        s = d.sid[i]
        for prev, e, _ in self._recent():
            # "X have voted down the merger, Prairie Gold said, a setback for a deal its board had
            # called ...": the institution reporting earlier in the sentence
            if prev.sent != s or e is None:
                break
            if (prev.cue[1] <= i and prev.speaker is not None and prev.speaker.end <= i and e.number != "p"
                    and e.kind in ("government", "organization") and e.id not in d.lex.media_ids):
                return e
        for t in (s, s - 1):
            if t < 0:
                break
            f = strip_lead(d, d.sent_start[t], d.sent_end[t])
            sm = d.m_start.get(f)
            if sm is None or sm.start >= i or sm.in_quote or sm.kind == "pron" or sm.predicate:
                continue
            e = sm.entity
            if e is not None and e.number != "p" and e.kind in ("government", "organization", UNKNOWN) and (
                    e.id not in d.lex.media_ids):
                if e.kind == UNKNOWN:
                    e.kind = "organization"     # (it has institutions: no person)
                return e
        return None

    def group_subject(self, f: int, end: int):
        """A plural noun phrase opening a sentence at token ``f`` ("Les manifestants réclament",
        "Trade unions welcomed", "Fan groups have"): the group a plural pronoun ("ils", "they")
        may refer back to.  Its head is the last of at most three plural words before the
        verb (its ending one of the language's plural endings); it names a group (entity named by its
        words, plural)."""
        d = self.d
        lex = d.lex
        det = lex.determiners.match(d.keys, d.caps, f) if d.mask[f] & DET else None
        if det is not None:
            if det[1][0] != "def" or det[1][2] not in ("p", None) or det[1][2] is None and not (
                    f + det[0] < end and d.fkeys[f + det[0]] in lex.number_words):
                return None             # ("the" is of either number: "The two senators", with a number)
            h = f + det[0]
        elif lex.bare_plurals:
            h = f
        else:
            return None
        b = None
        k = h
        while k < end and k - h < 3:
            key = d.keys[k]
            if (not d.toks[k].text[:1].isalpha() or (d.caps[k] and k > f) or d.fkeys[k] in lex.function_words
                    or key in lex.cues.first or key in lex.aux or key in lex.prepositions or key in lex.relatives):
                break
            if key.endswith(lex.plural_endings):
                b = k + 1
            k += 1
        if b is None or d.fkeys[h] in lex.non_speakers or d.fkeys[b - 1] in lex.non_speakers:
            return None
        m = Mention(f, b, "np", (f, b))
        m.det, m.gender, m.number, m.nature, m.cls = "def", det[1][1] if det else None, "p", "person", d.fkeys[b - 1]
        m.title = d.text[d.toks[h].start:d.toks[b - 1].end]
        if d.caps[h] and d.keys[h] == d.toks[h].text.lower():
            m.title = m.title[:1].lower() + m.title[1:]
        m.entity = self.reg.adhoc(m)
        return m

    def anonymous(self, raw: Raw, e: Entity | None) -> bool:
        if raw.anon_region is not None and e is not None:
            if self._anonymity_told(raw):
                if not e.words or e.kind == "anonymous":
                    e.anonymous = True
                    e.kind = "anonymous"
                    lab = f"({self.d.lex.anonymous_label})"
                    if not e.name.endswith(lab):
                        e.name = f"{e.name} {lab}"
        return bool(e is not None and e.anonymous)

    def _named_later(self, raw: Raw, e: Entity, via: str) -> tuple:
        """The speaker ``e`` of a lede described with an indefinite article and named in the story after
        it ("A federal judge on Monday blocked ..., saying ... [...] U.S. District Judge Amy Berman
        wrote", "A Michigan man ... sued ..., saying ... [...] Marcus Hale"): the first person (or
        organisation, for an institution) the story names after the lede sentence, within
        ``LEDE_REACH`` paragraphs, unmentioned before, of a compatible title and gender; else ``e``.
        Not for a source the text says it leaves unnamed ("an official who spoke on condition of
        anonymity"), nor for words told after the lede."""
        d = self.d
        m = raw.speaker
        if (m is None or m.det != "indef" or m.number != "s" or m.name is not None or m.in_quote
                or m.nature not in ("person", "org") or not m.cls):
            return e, via
        if m.kind == "np" and (m.nature != "person" or d.fkeys[m.span[1] - 1] != m.cls):
            return e, via               # (a noun phrase whose head is not its class: "a conservation charity")
        if d.lex.member_prefixes and d.lex.member_prefixes.match(d.fkeys, d.caps, m.start) is not None:
            return e, via               # (one of a group, « l'un des officiers »: no one the story names after)
        if m.kind not in ("np", "title"):
            return e, via
        s = d.sid[m.start]
        a = d.sent_start[s]
        para = d.toks[m.start].para
        if para > 1 or raw.sent != s:
            return e, via
        if a > 0 and d.toks[a - 1].para == para:
            # (the lede: the first sentence of one of the first paragraphs, or the one after its
            # dateline, "WASHINGTON (Reuters) -")
            p = d.sid[a - 1]
            if d.sent_end[p] - d.sent_start[p] > DATELINE_SENTENCE or d.sent_start[p] > 0 and \
                    d.toks[d.sent_start[p] - 1].para == para:
                return e, via
        if raw.anon_region is not None and self._anonymity_told(raw):
            return e, via
        b = d.sent_end[s]
        reg = self.reg
        first = self._first_mentions()
        for x_start, x, kind in first:
            if x_start < b or x is e:
                continue
            if d.toks[x_start].para > para + LEDE_REACH:
                break
            if m.nature == "person":
                if x.kind != "person" or not x.words or x.anonymous:
                    continue
            elif x.kind != "organization" or kind != "name" or x.anonymous:
                continue
            elif m.cls not in fold(x.name.lower()).split():
                return e, via           # (an institution whose name holds its class: "a federal appeals
                                        # court" is the "5th U.S. Circuit Court of Appeals", a jury no company)
            # the first one named after the lede, of its kind: it is the one, or none is
            lex = d.lex
            if e.gender and x.gender and e.gender != x.gender:
                return e, via
            if x.classes and m.cls not in x.classes and x.classes.isdisjoint(lex.hypernyms.get(m.cls, ())):
                return e, via
            m.entity = x
            return x, f"{via}; named after the lede: '{x.id}'"
        return e, via

    def _first_mentions(self) -> list:
        """(token, entity, kind of mention) of the first mention of each entity, in text order, once per
        article."""
        out = self.first_seen
        if out is None:
            seen = set()
            out = self.first_seen = []
            for mm in self.reg.mentions:
                x = mm.entity
                if x is not None and id(x) not in seen and not mm.in_quote:
                    seen.add(id(x))
                    out.append((mm.start, x, mm.kind))
        return out

    def _anonymity_told(self, raw: Raw) -> bool:
        """Whether a phrase of anonymity stands in the claim's region ("who spoke on condition of anonymity")."""
        a, b = raw.anon_region
        at = self.anon_toks
        if at is None:
            at = self.anon_toks = self._phrase_starts(ANON, self.d.lex.anonymity)[0]
        x = bisect_left(at, a)
        return x < len(at) and at[x] < b

    def _phrase_starts(self, bit: int, table) -> tuple[list[int], list]:
        """The tokens where a phrase of ``table`` (on folded keys) starts, in order, and the
        values of those phrases; once per article, so that a claim looks its region up with a
        bisection instead of matching token by token."""
        d = self.d
        return table.find(d.fkeys, d.caps, d.where(bit))

    def _hedge_candidates(self) -> list[int]:
        """Tokens that may start a hedge (a hedge word, or a conditional ending), once per article."""
        d = self.d
        lex = d.lex
        keys, caps, blocked = d.keys, d.caps, d.blocked
        words = d.where(HEDGE)
        cond = []
        if lex.cond_pattern is not None:
            for m in lex.cond_pattern.finditer(d.text):
                i = bisect_right(self.starts, m.start()) - 1
                if 0 <= i < d.n and d.toks[i].end == m.end() and not caps[i] and lex.conditional(keys[i]):
                    cond.append(i)
        cands = sorted(set(words).union(cond)) if cond else words      # (``words`` is in order)
        return [i for i in cands if not blocked[i]]

    def hedges(self, raw: Raw, a: int, b: int) -> list:
        """Hedges in the content, tokens [a, b) (the first ``HEDGE_REACH`` of them: a text of thousands
        of overlapping contents stays linear)."""
        b = min(b, a + HEDGE_REACH)
        cands = self.hedge_toks
        if cands is None:
            cands = self.hedge_toks = self._hedge_candidates()
        x = bisect_left(cands, a)
        if x == len(cands) or cands[x] >= b:
            return []
        d = self.d
        lex = d.lex
        keys, mask, toks, text = d.keys, d.mask, d.toks, d.text
        out = []
        # a conditional after a verb of saying in the past is its future (« a dit qu'il viendrait »), no
        # hedge: in words that follow the verb, outside quotation marks (before it, « X serait retenu,
        # a affirmé une source », the conditional is the journalist's distance)
        # (so too after a present participle, whose tense is its main clause's, the past of the narration:
        # « La BCE a laissé ses taux inchangés, jugeant que l'inflation resterait proche de sa cible »)
        backshift = raw.mode in ("indirect", "mixed") and a > raw.cue[0] and (raw.past or self._participle_cue(raw))
        cends = lex.cond_endings
        nxt = a
        for x in range(x, bisect_left(cands, b)):
            i = cands[x]
            if i < nxt:
                continue
            h = lex.hedges.match(keys, d.caps, i) if mask[i] & HEDGE else None
            if h is not None and i + h[0] <= b:
                words = keys[i:i + h[0]]
                cond = bool(cends) and len(words) == 1 and words[0].endswith(cends)
                if (len(words) == 1 and i + 1 < d.n and keys[i + 1] in lex.hedge_not_before.get(words[0], ())
                        or i > 0 and mask[i - 1] & DET and " ".join(words) in lex.hedges_not_after_det):
                    nxt = i + h[0]      # « présumées innocentes », « le risque de »: no hedge
                    continue
                if not (backshift and cond and words[0] not in lex.hedge_backshift
                        and (raw.mode == "indirect" or d.inq[i] < 0)):
                    s, e = toks[i].start, toks[i + h[0] - 1].end
                    out.append({"start": s, "end": e, "text": text[s:e]})
                nxt = i + h[0]
                continue
            k = keys[i]
            if cends and k.endswith(cends) and not (backshift and k not in lex.hedge_backshift
                                                    and (raw.mode == "indirect" or d.inq[i] < 0)):
                s, e = toks[i].start, toks[i].end
                out.append({"start": s, "end": e, "text": text[s:e]})
        return out

    def _participle_cue(self, raw: Raw) -> bool:
        """Whether the claim's cue is a present participle with no auxiliary ("ajoutant que", "adding that")."""
        c = self.d.cue_by_tok.get(raw.cue_tok)
        return c is not None and c.aux is None and "ppr" in c.tags and not c.tags & _FINITE_TAGS

    def kind(self, raw: Raw, hedges: list, a: int, b: int) -> tuple:
        d = self.d
        lex = d.lex
        kind, frames = lex.lemmas.get(raw.lemma, _NO_LEMMA)
        word = raw.lemma or d.text[d.toks[raw.cue[0]].start:d.toks[raw.cue[1] - 1].end].lower()
        if not raw.lemma:
            # an attribution phrase: the kind its claims take ("selon X" reports), else a statement
            kind = lex.according_kinds.get("".join(d.keys[raw.cue[0]:raw.cue[1]]), kind)
        if raw.frame == "objattr":
            for i in range(a, min(b, a + 10)):
                if d.keys[i] in lex.attributes:
                    kind, word = lex.attributes[d.keys[i]], d.keys[i]
                    break
        if kind == "admission" and raw.frame == "obj" and any(d.toks[i].digit for i in range(a, min(b, a + 4))):
            kind = "report"             # a figure claimed reports (« La CGT a revendiqué 3,5 millions de
                                        # manifestants »); a deed claimed is admitted
        if kind in _HEDGED_KINDS and hedges:
            # a hedge of hearsay ("reportedly", « aurait fui ») makes a report; of appearance
            # ("appeared to", « semblait »), an assessment; others ("could", « pourrait ») a
            # prediction, also of a report ("selon X, il pourrait ...")
            word = hedges[0]["text"]
            low = word.lower()
            reportive = low in lex.reportive_hedges or (
                lex.conditional(low) and low not in lex.predictive_conditionals and " " not in low)
            kind = "report" if reportive else "assessment" if low in lex.evidential_hedges else "prediction"
            if kind == "prediction" and lex.past_modal_markers:
                t = bisect_left(self.starts, hedges[0]["end"])
                if t < d.n and d.keys[t] in lex.past_modal_markers:
                    kind = "assessment"     # "may have attempted": a guess about the past
        return kind, word

    def channel(self, raw: Raw, e: Entity | None, ca: int, cb: int) -> tuple:
        """Channel of the claim whose content is tokens [ca, cb)."""
        d = self.d
        lex = d.lex
        ch = lex.lemma_channels.get(raw.lemma)
        if ch:
            return ch, "verb"
        if raw.channel_region is not None:
            a, b = raw.channel_region
            b = min(b, d.n)
            if self.chan_toks is None:
                self.chan_toks, self.chan_values = self._phrase_starts(CHAN, lex.channels)
            at = self.chan_toks
            if at:
                # the first phrase in the region before the reported words, else after them
                x = bisect_left(at, a)
                if x < len(at) and at[x] < min(b, ca):
                    return self.chan_values[x], "phrase"
                x = bisect_left(at, max(a, cb), x)
                if x < len(at) and at[x] < b:
                    return self.chan_values[x], "phrase"
            sp = raw.speaker
            if at and sp is not None and raw.sent < len(d.sent_start):
                # a phrase opening the sentence before the speaker and the reported words: "In a
                # statement, the company said ...", « Dans un entretien au Monde, la sénatrice assure ... »
                # (its speaker right after the comma closing it: not "..., but the union said")
                s0 = d.sent_start[raw.sent]
                x = bisect_left(at, s0)
                if x < len(at) and at[x] == s0 and s0 < sp.start <= raw.cue[0] and sp.start < ca:
                    q = next((t for t in range(s0 + 1, min(sp.start, s0 + 16)) if d.keys[t] == ","), None)
                    if q is not None and sp.start - q <= 2:
                        return self.chan_values[x], "phrase"
        if raw.sent in self.doc_sents:
            ch = self._document_channel(raw)
            if ch is not None:
                return ch, "document"
        if "media" in lex.lemmas.get(raw.lemma, ("", ()))[1]:
            cs, ce = raw.cue
            j = ce + 1 if ce < d.n and d.keys[ce] in lex.media_preps else ce
            if j < d.n and d.mask[j] & MEDIA and lex.media.match(d.fkeys, d.caps, j) is not None:
                return "interview", "outlet"        # "told Reuters", "a déclaré à l'AFP"
        if lex.broadcast_preps and raw.channel_region is not None:
            # "said on CNN", « a dénoncé mercredi sur franceinfo », « a assuré le ministre sur TF1 »: a
            # broadcaster after its preposition, in the attribution's words outside those reported
            a, b = raw.channel_region
            for t in (*range(max(a, raw.cue[0]), min(ca, raw.cue[1] + 8)), *range(cb, min(b, d.n - 1, cb + 12))):
                if (d.keys[t] in lex.broadcast_preps and d.mask[t + 1] & MEDIA
                        and lex.media.match(d.fkeys, d.caps, t + 1) is not None):
                    return "interview", "outlet"
        if raw.lemma in lex.continuing and self.done:
            prev, pe, pd = self.done[-1]
            if pe is e and pd.get("channel") and prev.sent >= raw.sent - 3:
                return pd["channel"], "continues the previous claim"
        return None, None

    def _document_sentences(self) -> set:
        """The sentences holding a noun of DOCUMENT_CHANNELS ("statement", « communiqué »), found
        by searching the text for each noun (most texts hold none or a few)."""
        d = self.d
        text, starts, fkeys, dc, n = d.text, self.starts, d.fkeys, d.lex.document_channels, d.n
        out = set()
        for w in d.lex.document_channel_words:
            i = text.find(w)
            while i >= 0:
                t = bisect_left(starts, i)
                if t < n and starts[t] == i and fkeys[t] in dc:
                    out.add(d.sid[t])
                i = text.find(w, i + len(w))
        return out

    def _document_channel(self, raw: Raw) -> str | None:
        """The channel named by the document its speaker speaks through: the noun right before the
        reporting verb ("The statement said", "Smith's statement also said"), or the noun that the
        speaker completes ("Le communiqué du ministère indique", "selon le communiqué de la
        préfecture"); else None."""
        d = self.d
        fkeys, dc = d.fkeys, d.lex.document_channels
        sp = raw.speaker
        cs = raw.cue[0]
        if sp is None or raw.sent >= len(d.sent_start):
            return None
        floor = d.sent_start[raw.sent]
        t = skip_back(d, cs - 1, floor) if cs > floor else -1
        if t >= floor and fkeys[t] in dc and d.inq[t] < 0:
            return dc[fkeys[t]]
        k = sp.start - 1
        if k > 0 and not d.mask[sp.start] & CONN:
            # ("le communiqué de la préfecture", "a statement from the ministry", "a statement
            # issued by the ministry": the preposition, maybe a participle, before the speaker)
            if not (d.mask[k] & CONN or d.keys[k] in d.lex.agent_preps or d.keys[k] in d.lex.source_preps.first):
                return None
            k -= 1
            if k > 0 and fkeys[k] in d.lex.channel_participles:
                k -= 1
        if k >= 1 and fkeys[k] in dc and d.inq[k] < 0:
            a = k - 1
            while a > 0 and fkeys[a] in d.lex.document_mods:
                a -= 1
            if d.mask[a] & DET:
                return dc[fkeys[k]]     # (the noun after its article: not "un bilan communiqué par")
        return None

    def _other_clause(self, a: int, b: int) -> bool:
        """Whether a clause of its own opens between tokens ``a`` and ``b``: a semicolon or a colon,
        or a comma before a link word, a relative, a conjunction or a reporting verb ("said, as Kyiv
        rushed ...", ", which said ...", ", annonçant ..."); not an aside about the speaker (", une
        randonneuse croisée mardi", ", dans une note publiée mercredi,")."""
        d = self.d
        keys, mask, lex = d.keys, d.mask, d.lex
        for k in range(a, min(b, a + 60)):
            key = keys[k]
            if key in (";", ":"):
                return True
            if key == "," and k + 1 < b:
                x = k + 1
                if (mask[x] & (LINK | CUE) or keys[x] in lex.relatives or keys[x] in lex.coordinators
                        or keys[x] in lex.complementizers.first):
                    return True
        return False

    def _coordinated_before(self, i: int, raw: Raw) -> bool:
        """Whether the time expression at token ``i`` lies in a clause coordinated before the one of the
        claim's speaker: a comma and a coordinator between it and the speaker ("Health workers went on
        strike last month, and a union leader said ...": not said last month)."""
        m = raw.speaker
        if m is None or m.start <= i or m.start > raw.cue_tok:
            return False
        d = self.d
        keys, coordinators = d.keys, d.lex.coordinators
        for k in range(i + 1, min(m.start, i + 40)):
            if keys[k] == "," and keys[k + 1] in coordinators:
                return True
        return False

    def _in_relative_aside(self, i: int, cue: int) -> bool:
        """Whether token ``i``, before the cue at token ``cue``, lies in a relative clause set off by
        commas ("Reid, who turns 67 next month, told reporters"): it tells of the speaker, not of
        when the words were said."""
        close = self.aside_close.get(i)
        if close is None:
            close = self.aside_close[i] = self._relative_aside_close(i)
        return 0 <= close < cue

    def _relative_aside_close(self, i: int) -> int:
        """The comma closing the relative clause set off by commas that token ``i`` lies in, or the first comma
        after ``i`` within ``ASIDE_SPAN`` tokens (``_BIG`` when none), if any; else -1 (``i`` in none)."""
        d = self.d
        keys, rels = d.keys, d.lex.aside_relatives
        lo = max(0, i - 12)
        for k in range(i - 1, lo - 1, -1):
            key = keys[k]
            if key == ",":
                if k + 1 >= i or keys[k + 1] not in rels or d.inq[k] >= 0:
                    return -1
                # (the aside closes within ``ASIDE_SPAN`` tokens: a sentence of thousands of them stays linear)
                for c in range(i, min(len(keys), i + ASIDE_SPAN)):
                    if keys[c] == ",":
                        return c
                return _BIG
            if key in (".", ";", ":") or d.toks[k].sent != d.toks[i].sent:
                return -1
        return -1

    def _comma_between(self, a: int, b: int) -> bool:
        """Whether a comma outside quotation marks stands between characters ``a`` and ``b``."""
        d = self.d
        starts = self.starts
        for k in range(bisect_left(starts, a), bisect_left(starts, b)):
            if d.keys[k] == "," and d.inq[k] < 0:
                return True
        return False

    def _before_relative_speaker(self, raw: Raw, i: int) -> bool:
        """Whether token ``i`` comes before a relative pronoun right before the speaker ("an arson attack
        in March, which police say was carried out by ...", « l'attaque de mars, que la police attribue
        à ... »): the time of the clause the relative completes, not of the saying."""
        m = raw.speaker
        if m is None or m.start < 1:
            return False
        d = self.d
        keys, lex = d.keys, d.lex
        r = m.start - 1
        if r > 0 and d.mask[r] & DET and keys[r] not in lex.relatives:
            r -= 1                      # (« que la police dit »)
        if r > 0 and keys[r] == "'":
            r -= 1                      # (« qu'elle dit »)
        if i >= r or d.toks[i].sent != d.toks[m.start].sent:
            return False
        # (an object relative only after its comma: « ..., que la police attribue à ... », not the « que »
        # of a verb's reported words)
        return keys[r] in lex.relatives or keys[r] in lex.object_pronoun_relatives and keys[r - 1] == ","

    def _reported_by_other(self, raw: Raw, at: int) -> bool:
        """Whether character ``at`` lies inside the reported words of another claim, words that do not hold
        this claim's cue ("New Zealand said it was hacked in 2021, while Australia warned ...": not when
        Australia spoke; but "Biden said on Friday that ..., a source said": Biden's own date)."""
        spans = self.content_spans
        k = bisect_right(spans, (at, _BIG)) - 1
        if k < 0 or not spans[k][0] <= at < spans[k][1]:
            return False
        return not spans[k][0] <= self.starts[raw.cue_tok] < spans[k][1]

    def _reported(self, at: int) -> bool:
        """Whether character ``at`` lies inside the reported words of a claim of the article."""
        spans = self.content_spans
        k = bisect_right(spans, (at, _BIG)) - 1
        return k >= 0 and spans[k][0] <= at < spans[k][1]

    def _now(self, raw: Raw) -> bool:
        """Whether the claim is told as holding now: its cue an attribution phrase ("selon", "according
        to"), a verb in the present ("says", « menace », « estime »), with no tense of the past, or in the
        present perfect ("has said");
        such a claim is not dated by an earlier sentence."""
        d = self.d
        c = d.cue_by_tok.get(raw.cue_tok)
        return c is not None and (c.according or not c.past and "fin" in c.tags
                                  # "The administration has said ...": the present perfect
                                  or c.aux is not None and d.keys[c.aux] in d.lex.present_perfect_aux)

    def _clause_opener(self, i: int, openers) -> int | None:
        """The token of ``openers`` met first walking back from token ``i``, over at most eight words with
        no punctuation between (an elision or a hyphen is none); else None."""
        d = self.d
        keys = d.keys
        words = 0
        for k in range(i - 1, max(-1, i - 13), -1):
            key = keys[k]
            if key in openers:
                return k
            if key == "'" or key == "-":
                continue
            if not d.toks[k].text[:1].isalnum():
                return None
            words += 1
            if words >= 8:
                return None
        return None

    def _in_relative(self, i: int) -> bool:
        """Whether token ``i`` lies in a relative clause opened at most eight words before it, with no
        punctuation between ("who fled on Tuesday night", « qui ont fui mardi soir », « qui l'avait écarté
        de toute compétition le jour même »: an elision or a hyphen is no punctuation)."""
        k = self._clause_opener(i, self.d.lex.relatives)
        return k is not None and self.d.sid[k] == self.d.sid[i]

    def _fronted_before(self, raw: Raw, lst) -> int:
        """The first token of the time expression fronted right before the words of ``raw`` (at most a
        comma between: « Au troisième trimestre, le PIB a progressé ..., selon une estimation »), else -1."""
        d = self.d
        a = bisect_left(self.starts, raw.content[0])
        k = bisect_left(self.sent_keys[raw.sent], a) - 1     # (the one expression starting before the words)
        if k < 0:
            return -1
        t = lst[k]
        e = t[1]
        return t[0] if e == a or e + 1 == a and d.keys[e] == "," else -1

    def _in_that_relative(self, i: int) -> bool:
        """Whether token ``i`` lies in a clause opened by a complementizer right after a noun (no verb of
        saying) at most eight words before it, with no punctuation between ("the trade groups that sued in
        July")."""
        d = self.d
        k = self._clause_opener(i, d.lex.complementizers.first)
        if not k:
            return False
        p = k - 1
        return (d.sid[k] == d.sid[i] and d.toks[p].text[:1].isalpha() and not d.caps[p]
                and p not in d.cue_by_tok and d.fkeys[p] not in d.lex.function_words)

    def _then_told(self, raw: Raw) -> bool:
        """Whether a word saying "at that time" (``THEN_WORDS``: « alors », "then") stands next to the
        claim's verb: just before it, among its words or just after it (« avait alors dénoncé », « a
        déclaré alors », "then said"; not « alors que »)."""
        d = self.d
        words = d.lex.then_words
        s, e = raw.cue
        for k in range(max(s - 1, 0), min(e + 1, d.n)):
            stop = words.get(d.fkeys[k])
            if stop is not None and d.sid[k] == raw.sent and not (k + 1 < d.n and d.fkeys[k + 1] in stop):
                return True
        return False

    def _scene(self, raw: Raw, at: int) -> bool:
        """Whether the time expression at token ``at``, in an earlier sentence of the claim's paragraph,
        sets the scene of the saying: its sentence tells an act of speech (an active cue: « Les États-Unis
        ont annoncé mardi soir ... Mike Pompeo a accusé ... »), the speaker is a pronoun or a possessive
        carrying on from it ("The unions marched on Saturday. Their leader said ...") or is a person named
        in it ("The governor toured the town on Monday. 'It is devastating,' he said"), or the words are
        quoted from a person named, as heard there ("Fans gathered on Wednesday night. '...,' said Maureen
        Platt").  A date of another happening does not date an institution's
        words: "The storm hit on Monday. The governor said the damage was severe" was said on no day
        told."""
        d = self.d
        sent = d.sid[at]
        if sent >= raw.sent:
            return False                # (the claim's own sentence has had its say: ``time``)
        if d.lex.then_words and self._then_told(raw):
            return True                 # « La procureure avait alors dénoncé ... », "The judge then said":
                                        # said at the time told before
        if self._in_relative(at):
            return False                # "Residents who fled on Tuesday night described a chaotic scene":
                                        # the time of their flight, not of the scene told
        if self._pluperfect_scene(sent, raw) and not self._speech_in(sent):
            return False                # « Condamné le 14 juin 2023, il avait fait appel. « ... », a déclaré son
                                        # avocat »: a past before the story's, not the time of the saying (but
                                        # "X had said on Wednesday that ... The statement said": the same saying)
        m = raw.speaker
        if m is not None and (m.kind == "pron" or m.det == "poss"
                              or raw.mode == "direct" and m.name and m.nature != "org"):
            return True
        e = self.by_raw.get(id(raw))
        if e is not None and e.kind == "person":
            # the speaker named in that sentence, a person there ("Governor Hochul toured the town on
            # Monday. The governor said ..."; not an institution named for another deed: « La chute
            # avait été filmée samedi par les caméras du réseau Fripon ... a souligné le réseau »)
            ms, mentions = d.m_starts(), d.mentions
            end = d.sent_end[sent]
            for k in range(bisect_left(ms, d.sent_start[sent]), len(ms)):
                x = mentions[k]
                if x.start >= end:
                    break
                if x.entity is e:
                    return True
        return self._speech_in(sent)

    def _speech_in(self, sent: int) -> bool:
        """Whether sentence ``sent`` tells an act of speech: an active cue, one that reports words."""
        d = self.d
        cues = self.cue_toks
        if cues is None:
            # (not a passive: « Le feu s'est déclaré dimanche » is no act of speech; nor a verb that is one
            # only with reported words, ``SPEECH_ONLY_WITH_WORDS``: « ont lancé le week-end dernier une
            # offensive »)
            claimed = {r.cue_tok for r in self.raws_seen}
            needs = d.lex.speech_only_with_words
            # (nor an attribution phrase that reports nothing: « retrouvés en Floride pour deux jours de
            # pourparlers » is no « pour lui, ... »)
            cues = self.cue_toks = sorted(k for k, c in d.cue_by_tok.items() if not c.passive
                                          and (c.lemma not in needs and not c.according or k in claimed))
        k = bisect_left(cues, d.sent_start[sent])
        return k < len(cues) and d.sid[cues[k]] == sent

    def _pluperfect_scene(self, sent: int, raw: Raw) -> bool:
        """Whether sentence ``sent`` tells its past with a pluperfect auxiliary (outside quotation marks,
        among its first ``SCENE_WORDS`` tokens) while the claim's sentence, up to its cue, has none: a past
        before the story's."""
        d = self.d
        plu = d.lex.pluperfect_aux
        if not plu:
            return False
        # (the claim's own verb in the pluperfect, its auxiliary maybe shared: « avait reconnu ... mais contesté »)
        c = raw.cue[1]
        if any(d.keys[k] in plu and d.inq[k] < 0 for k in range(max(d.sent_start[raw.sent], c - SCENE_WORDS), c)):
            return False
        a = d.sent_start[sent]
        b = min(d.sent_end[sent], a + SCENE_WORDS)
        return any(d.keys[k] in plu and d.inq[k] < 0 for k in range(a, b))

    def time(self, raw: Raw) -> dict:
        """The time expression of the claim's clause (the latest before the cue, else the first
        after it), else the latest earlier one in its paragraph when it sets the scene of the saying
        (``_scene``; not for a claim told as holding now, ``_now``), else the publication date.
        Expressions inside the reported words date what is reported, not the claim."""
        ca, cb = raw.content
        cue = raw.cue_tok
        starts = self.starts
        lst = self.by_sent.get(raw.sent)
        if lst:
            keys = self.sent_keys[raw.sent]
            after = bisect_right(keys, raw.cue[0])
            if after < len(lst) and lst[after][0] <= raw.cue[1] + 1 and not ca <= starts[lst[after][0]] < cb \
                    and not self._reported_by_other(raw, starts[lst[after][0]]) \
                    and (lst[after][2].range or {}).get("kind") not in _SPAN_KINDS:
                t = lst[after]          # the time right after the verb, or inside its phrase ("said on Monday",
                                        # « ont appelé mercredi à »)
                return {"timex": t[2].id, "value": t[2].value, "text": t[2].text, "source": "clause"}
            k = bisect_right(keys, cue) - 1
            # (after the words, an attribution phrase reports its whole sentence: a time fronted before
            # the words, « Au troisième trimestre, le PIB a progressé ..., selon une estimation », dates what
            # is reported)
            lead = self._fronted_before(raw, lst) if raw.rule == "according-after" else -1
            stop = k - PARAGRAPH_LOOK_BACK
            while k >= 0 and (ca <= starts[lst[k][0]] < cb     # inside the reported words
                              or lst[k][0] == lead
                              or (lst[k][2].range or {}).get("kind") in _SPAN_KINDS
                              or self._in_relative_aside(lst[k][0], cue)
                              or self._reported_by_other(raw, starts[lst[k][0]])
                              or self._coordinated_before(lst[k][0], raw)
                              or self._before_relative_speaker(raw, lst[k][0])
                              or self._in_relative(lst[k][0])):   # "Evacuees who spent the weekend at a
                                                                  # shelter said": the speaker's, not the saying's
                k -= 1
                if k == stop:
                    k = -1              # (``PARAGRAPH_LOOK_BACK`` expressions at most: a sentence of
                    break               # thousands of claims, each passing over the others' words, stays linear)
            if k >= 0:
                t = lst[k]
            else:
                k = bisect_right(keys, cue)
                stop = k + PARAGRAPH_LOOK_BACK
                while k < len(lst) and (ca <= starts[lst[k][0]] < cb or self._reported_by_other(raw, starts[lst[k][0]])
                                        or (lst[k][2].range or {}).get("kind") in _SPAN_KINDS):
                    k += 1              # (nor inside the words another claim reports: "He said ... but acknowledged
                                        # that the team has work to do before camp opens in late July"; nor a span
                                        # told of the speaker: « a réagi X, ancien maire de 1983 à 1995 »)
                    if k == stop:
                        k = len(lst)    # (as far as ``PARAGRAPH_LOOK_BACK`` expressions: linear)
                        break
                t = lst[k] if k < len(lst) else None
                if (t is not None and starts[cue] < ca and cb <= starts[t[0]]
                        and self._comma_between(cb, starts[t[0]])):
                    t = None            # "The boat, which survivors said had left port, overturned late
                                        # Tuesday": after the comma closing the words, the main clause's time
                if (t is not None and cb <= starts[cue] and raw.speaker is not None
                        and raw.speaker.end <= raw.cue[0] and raw.cue[1] < len(starts)
                        and self._comma_between(starts[raw.cue[1]], starts[t[0]])):
                    t = None            # "Pope Francis died on Monday, the Vatican said, less than a day after
                                        # ... on Easter Sunday": after the words and their attribution (its
                                        # subject first), a comma goes back to the clause of the words (not «
                                        # ..., avait raconté, lors du procès en décembre, la coordinatrice »)
                if t is not None and self._other_clause(raw.cue[1], t[0]):
                    t = None            # "Moscow said, as Kyiv rushed ... the offensive that began on
                                        # Friday": another clause's time
                if t is not None and (self._in_relative(t[0]) or self._in_that_relative(t[0])):
                    t = None            # '"...," said X, one of the groups that sued in July': a relative
                                        # telling of the speaker, not when the words were said
            if t is not None:
                return {"timex": t[2].id, "value": t[2].value, "text": t[2].text, "source": "clause"}
        if self.by_para and not any(not ca <= starts[a] < cb for a in self.since_sent.get(raw.sent, ())):
            para = self.d.toks[cue].para
            lst = self.by_para.get(para)
            if lst and not self._now(raw):
                k = bisect_right(self.para_keys[para], cue - 1) - 1
                # (nor inside the words another claim reports: "... repelled 27 attacks overnight.
                # 'The situation is difficult,' X told television" was not said overnight; the last
                # ``PARAGRAPH_LOOK_BACK`` expressions only: a paragraph of thousands of claims stays linear)
                stop = k - PARAGRAPH_LOOK_BACK
                while k >= 0 and (ca <= starts[lst[k][0]] < cb or self._reported(starts[lst[k][0]])):
                    k -= 1
                    if k <= stop:
                        k = -1
                        break
                if k >= 0 and self._scene(raw, lst[k][0]):
                    t = lst[k]
                    return {"timex": t[2].id, "value": t[2].value, "text": t[2].text, "source": "paragraph"}
        value = self.published_value
        return {"timex": None, "value": value, "text": None, "source": "published" if value else None}

    # -- all together ------------------------------------------------------------------------------
    def describe(self, raws: list[Raw]) -> list[dict]:
        d = self.d
        text = d.text
        toks = d.toks
        starts = self.starts
        by_raw = self.by_raw
        out = []
        if not raws:
            return out
        self.content_spans = _disjoint(sorted(r.content for r in raws))
        self.raws_seen = raws
        if d.lex.document_channel_words:
            self.doc_sents = self._document_sentences()
        cands = self.hedge_toks
        if cands is None:
            cands = self.hedge_toks = self._hedge_candidates()
        keys, joint_links, n_toks = d.keys, d.lex.joint_links, len(toks)
        owners = d.lex.owner_possessives
        for raw in raws:
            e, via = self.entity(raw)
            if e is not None and not e.words and raw.follows is None:
                e, via = self._named_later(raw, e, via)
            m = raw.speaker
            if (owners and e is not None and m is not None and m.det == "poss" and m.name is None
                    and raw.follows is None and m.kind in ("title", "np") and not e.words
                    and keys[m.span[0]] in owners and m.span[1] - m.span[0] > 1
                    and d.fkeys[m.span[1] - 1] in d.lex.possessed_bodies):
                e, via = self._owned(m, e, via)
            by_raw[id(raw)] = e
            anon = self.anonymous(raw, e) if e is not None else False
            if raw.rule.endswith(OWN_REPORTING):
                anon = True             # the publication's own reporting: its sources unnamed
            m = raw.speaker
            if m is not None:
                ms, me = m.span
                s, t = toks[ms].start, toks[me - 1].end
                mention = {"start": s, "end": t, "text": text[s:t]}
            else:
                mention = None
            if e is not None and e.kind == "unknown" and e.words and m is not None and m.kind != "gaz":
                # a name of no known kind that speaks: a person, unless its words make it an organisation's
                # ("RATP", "USA Gymnastics": ``organisation_name``) or it names a document's author (« un
                # sondage Ifop »), or, one plural word opening its sentence where nouns go without article,
                # people ("Analysts said", "Residents say": ``_KIND_GROUP``)
                e.kind = "organization" if organisation_name(e.name, d.lex) or self._names_document(m) \
                    or self._told_as_a_thing(raw, e) or self._article_name(m) else "person"
                e.guessed = True
                if e.kind == "organization" and e.noun_gender is None and d.lex.gendered_org_pronouns:
                    # « Le Snetap-FSU ... réclame un plan, qu'il juge urgent »: its article's gender, which
                    # « il » agrees with
                    i = m.start if d.keys[m.start] in d.lex.determiners.one else m.start - 1
                    e.noun_gender = self.reg._definite_gender(i)
                if (e.kind == "person" and d.lex.bare_plurals and len(e.words) == 1 and m.start == m.span[0]
                        and d.sent_start[d.sid[m.start]] == m.start and e.name.endswith(d.lex.bare_plural_endings)
                        and e.name[:-1] not in d.lex.first_name_genders):
                    e.number = "p"
                    e.words = ()        # (a noun, no name: "Analysts" is no one's surname)
            joint = None
            if joint_links and e is not None and m is not None and (
                    m.start > 0 and (keys[m.start - 1] in joint_links or m.titles and keys[m.start - 1] == ",")
                    or m.end < n_toks and keys[m.end] in joint_links):
                joint = self.joint(raw, m, e)       # (a joining word next to the speaker: mostly none)
            if joint is not None:
                speaker = self._joint_speaker(joint)
            elif e is not None:
                kind = _KIND_NAMES.get(e.kind, e.kind)
                if e.number == "p" and not e.words and e.kind in _KIND_GROUP:
                    kind = "group"      # unnamed people in the plural: "residents", « les habitants »
                elif e.kind == "organization" and self._state_organ(e):
                    kind = "government"     # a state's organ: "the health ministry", « l'ambassade de France »
                elif e.kind == UNKNOWN and not e.words and organisation_noun(e.name, d.lex):
                    kind = "organization"   # "the university said", « a indiqué la région »: a noun of
                                            # organisations heads the words naming the speaker
                speaker = {"name": e.name, "entity": e.id, "kind": kind, "mention": mention,
                           "titles": list(e.titles)}
            else:
                speaker = {"name": mention["text"] if mention else None, "entity": "unknown",
                           "kind": "unknown", "mention": mention, "titles": []}
            cs, ce = raw.cue
            s, t = toks[cs].start, toks[ce - 1].end
            cue = {"start": s, "end": t, "text": text[s:t]}
            if raw.lemma:
                cue["lemma"] = raw.lemma
            s, t = raw.content
            content = {"start": s, "end": t, "text": text[s:t]}
            if len(raw.parts) > 1:
                content["parts"] = [_span(text, a, b) for a, b in raw.parts]
            a, b = bisect_left(starts, s), bisect_left(starts, t)     # the content's tokens
            x = bisect_left(cands, a)
            hedges = self.hedges(raw, a, b) if x < len(cands) and cands[x] < b else []
            if cs > 0 and a >= ce and cands:
                # "He reportedly told ... that": a hedge right before the reporting verb
                hx = bisect_left(cands, cs - 1)
                if hx < len(cands) and cands[hx] == cs - 1 and d.mask[cs - 1] & ADV:
                    h = self.hedges(raw, cs - 1, cs)
                    hedges = h + hedges
            kind, word = self.kind(raw, hedges, a, b)
            channel, ch_how = self.channel(raw, e, a, b)
            claim = {
                "id": f"c{len(out) + 1}",
                "speaker": speaker,
                "cue": cue,
                "content": content,
                "mode": raw.mode,
                "kind": kind,
                "kind_word": word,
                "hedges": hedges,
                "anonymous": anon,
                "channel": channel,
                "time": self.time(raw),
                "rule": raw.rule,
                "provenance": {"rule": raw.rule, "frame": raw.frame, "speaker": via,
                               "channel": ch_how},
            }
            self.done.append((raw, e, claim))
            out.append(claim)
        return out

