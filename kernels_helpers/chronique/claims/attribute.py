"""From cues, quotations and mentions to claims: who said what, and how.

Each rule below reads one construction; the name of the rule is kept on the
claim as provenance.

* ``inquote``      « part 1, dit-elle. part 2 »: the attribution inside the quotation;
* ``postposed``    « ... », a déclaré X / "...," X said / "...," said X: the reported
                   words come before the attribution, which may hold adverbials
                   ("a accusé mardi soir le secrétaire d'État ...");
* ``preposed``     X a affirmé que ... / X said (that) ... / X a nié être ... /
                   X a accusé Y d'être ... / X a jugé Y responsable ... / X a déclaré : « ... »;
* ``relative``     "Les États-Unis, qui accusent l'Iran," / "an official who said that";
* ``participle``   "un responsable américain ayant déclaré plus tôt que ...";
* ``coordinated``  "Téhéran a nié ... et a prévenu qu'il ...": the subject is shared;
* ``passive``      "accusée par Washington de ..." / "accused by the Americans of ...";
* ``according``    "selon X, ...", "..., d'après X", "according to X, ...";
* ``dash``         « ... » – Nom;
* ``colon``        "Le ministre a été clair : « ... »";
* ``gerund``       "..., déclarant que ...", "..., saying ...": the main clause's subject;
* ``continuation`` a quotation standing alone right after an attributed one.

The rule names combine with how the speaker was found ("postposed-inverted",
"preposed-relative", ...).  A speaker is a mention (name, title, gazetteer
entry, pronoun) or, failing one, the noun phrase that opens the clause ("Les
évêques de France", "Residents") or follows an inverted cue ("confie une
infirmière").  Every scan is bounded (``MAX_CLAUSE``, ``REGION``,
``LOOKAHEAD_CUES``) so that hostile text stays linear.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import compress, repeat
from operator import and_, attrgetter

from .cues import Cue
from .lexicon import ADV, ANON, CHAN, COMP, CONN, DE, DET, LINK, MEDIA, NAT, TITLE, Lexicon, positions
from .lexicon import COMMENT, CUE, END, purpose_start
from .mentions import Mention, compound_end, descriptor_at, name_mention, naming_end
from .registry import acronym


_NO_LEMMA = ("statement", frozenset())
# the nature of the speaker standing for the publication's own reporting ("selon nos informations"),
# and the suffix of the rule of such a claim ("according-before-own-reporting")
NEWSROOM = "newsroom"
OWN_REPORTING = "-own-reporting"
_COLON_QUOTE = frozenset({"colon", "quote"})
_QUOTE = frozenset({"quote"})
_DE_PASSIVE = frozenset({"de", "passive"})
_FINITE = frozenset({"fin", "finp"})
_INF = frozenset({"inf"})
_TRAILING = frozenset((".", ",", ";", ":", "-", "(", "–", "—"))    # punctuation ``trim_end`` drops
_ASIDE = 16                     # tokens of a source named between commas after the cue, at most
_OBJ_FRAMES = frozenset({"objde", "obj", "objnd", "objattr"})
FIGURE = "#"                    # in ``OBJ_FRAME_REQUIRES``: an object that holds a number will do
_START, _END, _S = attrgetter("start"), attrgetter("end"), attrgetter("s")
_OPEN_TOK, _CLOSE_TOK = attrgetter("open_tok"), attrgetter("close_tok")

# bounds that keep every rule linear on hostile text (a "sentence" of a megabyte):
DOCUMENTS_BACK = 30     # documents named before, looked back over for the author of "the report"
_INCISE_CLOSERS = frozenset((",", "!", "?", "...", "…", "."))     # end the words quoted before an incise
MAX_CLAUSE = 400        # tokens of reported words read after a cue
REGION = 60             # tokens searched for anonymity markers and channels
LOOKAHEAD_CUES = 6      # later cues examined to end a reported clause (and earlier ones read back): a
                        # sentence of news holds a few verbs of saying, and a text holding them by the
                        # thousand in one sentence ("He said, he said, ...") pays for each of these
_TIME_RUN = 12                          # tokens of a time expression read for the verb after it (``skip_fwd``)
_INVERTED_REACH = 12                    # tokens of complements after a verb with its inverted pronoun (``_after_attribution``)
NP_TO_COMMA = 12                        # words of a noun phrase read to the next comma (``np_to_comma``)
ACRONYM_PHRASE = 16                     # words of a noun phrase an acronym in brackets closes (``_acronym_closing``)
OBJECT_SPAN = 24        # tokens of an object read before its quotation
ZERO_VERB_REACH = 40    # tokens of a clause without "that" searched for its verb
GERUND_REACH = 30          # tokens before a gerund read for the clause it follows (``_subordinate_subject``)
BRACKET_SPAN = 8         # tokens in a bracket passed over between a verb and its clause ("(1000 GMT)")
_JOINT_BACK = 3         # speakers joined before a speaker, at most, read back
ADDRESSEE_SPAN = 10     # tokens of whom a verb tells, read before its "that"


@dataclass(eq=False, slots=True)
class Raw:
    """A claim before its description (hedges, time, ...)."""
    rule: str
    speaker: Mention | None
    cue: tuple                          # token span (s, e)
    content: tuple                      # character span (start, end)
    mode: str
    lemma: str = ""
    frame: str = ""
    parts: list = field(default_factory=list)   # character spans of the quoted pieces (direct)
    anon_region: tuple | None = None    # token span to search for anonymity markers
    channel_region: tuple | None = None
    sent: int = 0
    past: bool = False
    quote: int | None = None            # index of the quotation it attributes
    cue_tok: int = 0
    follows: "Raw | None" = None        # the claim a continuation continues


_UNREAD = object()                      # (a memo's "not worked out yet", where None is an answer)


def _mask_flags(mask: list[int]):
    """``TokenBits.flags`` read from a mask alone."""
    return lambda bit: bytes(map(bool, map(and_, mask, repeat(bit))))


class Doc:
    """Everything one article needs, computed once."""

    cue_by_tok: dict = {}               # the cue opening at each token (set by ``Attributor``)

    def __init__(self, text, toks, keys, fkeys, caps, lex: Lexicon, sents, inq, quotes, blocked, mentions, mask,
                 starts, where=None, flags=None):
        self.text, self.toks, self.keys, self.fkeys, self.caps = text, toks, keys, fkeys, caps
        self.mask = mask
        self.where = where if where is not None else partial(positions, mask)   # bit -> tokens having it
        # bit -> one byte by token, 1 where it has the bit (``any_bit``), made on first need
        self.flags = flags if flags is not None else _mask_flags(mask)
        self._bit_flags: dict = {}
        self.starts = starts
        self.lex, self.inq, self.quotes, self.blocked = lex, inq, quotes, blocked
        self.sid, self.sent_start, self.sent_end = sents      # sentence of each token; bounds by sentence
        self.n = len(toks)
        self.mentions = mentions
        # (the maps are built in C: the last mention or quotation at a token wins, as in a loop)
        self.m_start = dict(zip(map(_START, mentions), mentions))
        self.m_end = dict(zip(map(_END, mentions), mentions))
        self.open_toks = list(map(_OPEN_TOK, quotes))      # sorted: quotations do not overlap
        self.open_at = dict(zip(self.open_toks, range(len(quotes))))
        self.close_toks = list(map(_CLOSE_TOK, quotes))
        self.close_at = dict(zip(self.close_toks, range(len(quotes))))
        self._marks: dict[str, list[int]] = {}
        self._floors: dict[int, int] = {}   # sentence -> its first token after leading adverbials
        self._m_starts: list[int] | None = None
        self._links: dict[int, int | None] = {}     # token -> ``link_before`` it, read on first need

    def m_starts(self) -> list[int]:
        """The start tokens of ``mentions``, in order (mentions are in text order), built on first
        need."""
        starts = self._m_starts
        if starts is None:
            starts = self._m_starts = [x.start for x in self.mentions]
        return starts

    def m_index(self, m: Mention) -> int:
        """Position of mention ``m`` in ``mentions`` (0 when absent).  Mentions are in text order
        and never share a start: a bisection on their starts."""
        starts = self.m_starts()
        mentions = self.mentions
        k = bisect_left(starts, m.start)
        while k < len(starts) and starts[k] == m.start:
            if mentions[k] is m:
                return k
            k += 1
        return 0

    def any_bit(self, bit: int, a: int, b: int) -> bool:
        """Whether a token of [a, b) has lexicon ``bit`` (its flags read in C, made on first need)."""
        flags = self._bit_flags.get(bit)
        if flags is None:
            flags = self._bit_flags[bit] = self.flags(bit)
        return flags.find(1, a, b) >= 0

    def _key_toks(self, key: str) -> list[int]:
        """Tokens (in order) whose key is the punctuation character ``key``.  Such a token is the
        character itself (no other character folds to a punctuation mark), so the text is searched
        for it (a scan in C) and each place found is checked against the tokens."""
        starts, keys, find = self.starts, self.keys, self.text.find
        n = len(starts)
        found = []
        p = find(key)
        while p >= 0:
            k = bisect_left(starts, p)
            if k < n and starts[k] == p and keys[k] == key:
                found.append(k)
            p = find(key, p + 1)
        return found

    def marks(self, key: str) -> list[int]:
        """Tokens (in order) of punctuation ``key`` outside quotations, found on first need."""
        found = self._marks.get(key)
        if found is None:
            inq, toks, n = self.inq, self.toks, self.n
            # (not the colon of a clock time, glued between figures: "from 00:01 on Friday")
            found = self._marks[key] = [i for i in self._key_toks(key) if inq[i] < 0 and not (
                0 < i < n - 1 and toks[i - 1].digit and toks[i + 1].digit
                and toks[i - 1].end == toks[i].start and toks[i].end == toks[i + 1].start)]
        return found

    def link_before(self, i: int) -> int | None:
        """First token of a clause link ("et", "après que", "after") ending right before token ``i``."""
        mask = self.mask
        if i >= 3 and not (mask[i - 1] | mask[i - 2] | mask[i - 3]) & LINK:
            return None                 # no link word in reach
        found = self._links.get(i, _UNREAD)
        if found is _UNREAD:
            found = self._links[i] = self._link_before(i)
        return found

    def _link_before(self, i: int) -> int | None:
        mask, lex = self.mask, self.lex
        for k in range(max(0, i - 3), i):
            if mask[k] & LINK:
                m = lex.links.match(self.keys, self.caps, k)
                if m is not None and k + m[0] == i:
                    if lex.alias_openers is not None and k > 0 and self._closes_alias(k, i):
                        return None     # "a group known as BlackMoth": the "as" of another name, no link
                    return k
        return None

    def _closes_alias(self, k: int, i: int) -> bool:
        """Whether an alias opener ("known as", "also known as") starting before token ``k`` ends right
        before token ``i``."""
        al = self.lex.alias_openers
        for b in range(k - 1, max(-1, k - 3), -1):
            x = al.match(self.fkeys, self.caps, b)
            if x is not None and b + x[0] == i:
                return True
        return False

    def chars(self, a: int, b: int) -> tuple:
        return self.toks[a].start, self.toks[b - 1].end

    def is_close_mark(self, i: int) -> bool:
        return i in self.close_at


# ---------------------------------------------------------------------------------------------
# small scanners
# ---------------------------------------------------------------------------------------------

def _heads_noun(d: Doc, i: int, end: int) -> bool:
    """Whether the time expression opening at token ``i`` heads a noun phrase: it opens on an article
    or a number, and right after it come a word of ``TIME_NOUN_LINKS`` and a lowercase word outside
    time expressions, no infinitive ("a day of action", « une journée de grève », « trois jours de
    deuil »; not "on Monday of last week", « a annoncé lundi de nouvelles mesures », « avait menacé la
    semaine dernière de bloquer »)."""
    blocked, keys = d.blocked, d.keys
    if not (d.mask[i] & DET or d.toks[i].text[:1].isdigit() or d.fkeys[i] in d.lex.number_words):
        return False
    r = i
    while r < end and r < i + 12 and blocked[r]:
        r += 1
    if r + 1 >= end or keys[r] not in d.lex.time_noun_links:
        return False
    x = r + 1
    if keys[x] == "'" and x + 1 < end:
        x += 1                          # (« d'action »)
    return not blocked[x] and d.toks[x].text[:1].isalpha() and d.toks[x].text[:1].islower() \
        and d.fkeys[x] not in d.lex.function_words and not is_infinitive(d, x)


def _run_start(blocked: list, i: int) -> int:
    """The first token of the run of time-expression tokens holding token ``i`` (read back ten
    tokens at most)."""
    lo = max(0, i - 10)
    while i > lo and blocked[i - 1]:
        i -= 1
    return i


def time_subject(d: Doc, j: int, end: int) -> bool:
    """Whether the time expression starting at token ``j`` is followed right after it by a verb that opens a
    predicate (a copula, a modal, an auxiliary): the subject of a clause ("Monday was the hottest day")."""
    blocked, keys, lex = d.blocked, d.keys, d.lex
    r = j + 1
    while r < end and r < j + _TIME_RUN and blocked[r]:
        r += 1
    return (r < end and not d.caps[r] and (keys[r] in lex.copulas or keys[r] in lex.modals or keys[r] in lex.aux)
            and not is_infinitive(d, r))    # (« a admis lundi avoir offert »: the words' infinitive)


def bracket_close(d: Doc, x: int, stop: int) -> int:
    """The closing bracket of the short bracket opened at token ``x`` ("(1000 GMT)", "(local time)"),
    before token ``stop``, with no other bracket or quotation inside; else -1."""
    keys, inq = d.keys, d.inq
    for y in range(x + 1, min(stop, x + BRACKET_SPAN)):
        ky = keys[y]
        if ky == ")":
            return y
        if ky == "(" or inq[y] >= 0:
            return -1
    return -1


def skip_fwd(d: Doc, j: int, end: int, cue: Cue | None = None, media: bool = False):
    """Skip adverbs, time expressions ("mardi soir", "on Tuesday"), channels ("dans un
    communiqué") and, for verbs that take one, the outlet ("à l'AFP", "told Reuters")."""
    if j >= end:
        return j
    lex = d.lex
    blocked, keys, mask = d.blocked, d.keys, d.mask
    k = keys[j]
    if not (blocked[j] or mask[j] & (ADV | CHAN | ANON) or k == "," or k in lex.prepositions):
        # nothing to skip (the commonest case), unless an outlet follows the verb
        if not media:
            return j
        if lex.media_preps:
            if k not in lex.media_preps:
                return j
        elif media == "prep" or (j not in d.m_start and k not in lex.pronouns and k not in lex.addressees):
            return j
    took_object = False
    j_in = j
    for _ in range(12):
        if j >= end:
            break
        if blocked[j]:
            if lex.time_noun_links and (j == 0 or not blocked[j - 1]) and _heads_noun(d, j, end):
                break                   # "called for a day of action": the object, no time of the saying
            if (j == 0 or not blocked[j - 1]) and time_subject(d, j, end):
                break                   # "said Monday was the hottest day", "say July could be even hotter":
                                        # the time is the subject of the words, no time of the saying
            j += 1
            continue
        k = keys[j]
        if k in lex.prepositions and j + 1 < end and blocked[j + 1]:
            if lex.time_noun_links and _heads_noun(d, j + 1, end):
                break                   # « a appelé à une journée de grève »: the object after its preposition
            j += 1
            continue
        if j and blocked[j - 1] and lex.possessive_clitic and lex.after_clitic(keys, j) > j \
                and keys[_run_start(blocked, j - 1) - 1] in lex.prepositions:
            # "said after Friday's meeting that ...": the noun a time expression possesses, in a
            # complement (not "said Friday's meeting was productive": the subject of the words)
            x = lex.after_clitic(keys, j)
            y = x
            while (y < end and y < x + 2 and d.toks[y].text.isalpha() and not d.caps[y]
                   and d.fkeys[y] not in lex.function_words and keys[y] not in lex.complementizers.first
                   and keys[y] not in lex.cues.first):
                y += 1
            if y > x:
                j = y
                continue
        if k == "(" and j > j_in and d.inq[j] < 0:
            x = bracket_close(d, j, end)
            if x > j:
                j = x + 1               # "said at 4 p.m. local time (1000 GMT) that", « a indiqué dans un
                continue                # communiqué (en anglais) que »: the bracket of what was passed over
        if k == "," and j + 3 < end and mask[j + 1] & ADV:
            a = lex.adverbs.match(keys, d.caps, j + 1)
            if a is not None and keys[j + 1 + a[0]] == ",":
                j += a[0] + 2           # "warned, however, that": an adverb between commas
                continue
        if k == "," and j + 3 < end and d.inq[j] < 0 and (
                blocked[j + 1] or keys[j + 1] in lex.prepositions and blocked[j + 2]):
            x = j + 1 if blocked[j + 1] else j + 2
            while x < end and blocked[x]:
                x += 1
            if x + 1 < end and keys[x] == "," and d.inq[x] < 0:
                j = x + 1               # « a dénoncé, il y a un mois, « une grève ... » »: a time between commas
                continue
        if k == "," and j + 3 < end and keys[j + 1] in lex.according_participles:
            # "reported, citing people familiar with the matter, that": the source between commas
            c = j + 2
            while c < end and c < j + _ASIDE and keys[c] != "," and d.inq[c] < 0 and not blocked[c]:
                c += 1
            if (c + 1 < end and c > j + 2 and keys[c] == "," and mask[c + 1] & COMP
                    and lex.complementizers.match(keys, d.caps, c + 1) is not None):
                j = c + 1
                continue
        mj = mask[j]
        if mj & (ADV | CHAN | ANON):
            a = lex.adverbs.match(keys, d.caps, j) if mj & ADV else None
            if a is not None:
                j += a[0]
                continue
            c = lex.channels.match(d.fkeys, d.caps, j) if mj & CHAN else None
            if c is not None:
                j += c[0]
                if lex.postposed_adjectives:
                    # "à la radio nationale", "dans un entretien exclusif": the channel's adjectives
                    for _ in range(2):
                        if not (j < end and d.toks[j].text[:1].isalpha() and not d.caps[j] and not blocked[j]
                                and d.fkeys[j] not in lex.function_words and keys[j] not in lex.prepositions
                                and keys[j] not in lex.complementizers.first and keys[j] not in lex.cues.first
                                and not is_infinitive(d, j)):
                            break
                        j += 1
                j = place_after(d, channel_agent_end(d, j, end), end)
                if media:
                    took_object = True  # "told reporters the president was ...": they were told
                continue
            c = lex.anonymity.match(d.fkeys, d.caps, j) if mj & ANON else None
            if c is not None:           # "a indiqué sous couvert d'anonymat que ..."
                j += c[0]
                continue
        if k in lex.broadcast_preps and j + 1 < end:
            m = d.m_start.get(j + 1)
            if m is not None and m.kind == "gaz" and m.gaz is not None and m.gaz[0] in lex.media_ids:
                j = m.end               # « a dénoncé sur franceinfo une grève », "said on CNN": the channel
                continue
        if took_object:
            x = place_after(d, j, end)  # "told Reuters in Kyiv the talks ...": where it was told
            if x > j:
                j = x
                continue
        if media and not took_object:
            if k in lex.media_preps and j + 1 < end:
                m = d.m_start.get(j + 1)
                if m is None:
                    m0 = d.m_start.get(j)
                    if m0 is not None and m0.kind == "gaz" and m0.gaz is not None and m0.gaz[0] in lex.media_ids:
                        m = m0          # « a déclaré au Figaro »: an outlet after a preposition holding its article
                if m is None and d.mask[j + 1] & CONN:
                    # "auprès de l'AFP": a compound preposition
                    cn = lex.connectors.match(d.fkeys, d.caps, j + 1)
                    if cn is not None:
                        m = d.m_start.get(j + 2) or d.m_start.get(j + 1 + cn[0])
                if (m is not None and m.kind == "title" and m.name is not None and m.span[0] > j + 1
                        and d.mask[j + 1] & DET and (m.end >= end or keys[m.end] in (",", ".", ";"))):
                    # "a témoigné à la barre X.": a noun the title tables do not know before a name
                    # ending the clause is a complement of place, the name the inverted subject
                    det = lex.determiners.match(keys, d.caps, j + 1)
                    if det is not None and lex.titles.match(keys, d.caps, j + 1 + det[0]) is None:
                        m = None
                if m is not None and m.kind in ("gaz", "name", "title", "pron"):
                    j = m.end
                    took_object = True
                    continue
            elif not lex.media_preps and media != "prep":
                m = d.m_start.get(j)
                if m is not None and m.kind in ("gaz", "name", "title") and not (m.kind == "title" and m.det == "indef"):
                    if m.gaz is not None and m.gaz[1] == "organization" or m.kind != "gaz":
                        j = m.end
                        took_object = True
                        continue
                if k in lex.pronouns and lex.pronouns[k][2] and k not in ("he", "she", "it", "they"):
                    j += 1          # "told him that"
                    took_object = True
                    continue
                if m is None and k in lex.addressees and j + 1 < end:
                    j += 1          # "told analysts the economy was resilient"
                    took_object = True
                    continue
        break
    return j


_CLAUSE_MARKS = frozenset(".;,!?)")


def place_after(d: Doc, j: int, end: int, to_end: bool = False, preps=None) -> int:
    """The end of a place complement at token ``j`` after a channel or an outlet ("told reporters
    in Hamilton the squad was ...", "said at a news conference in Lima that"): a place
    preposition and a name without article, words following it; else ``j``.  With ``to_end``, one
    that ends the clause at ``end`` is one too ("said in a statement posted on its website."); with
    ``preps``, the prepositions that may open it instead of those of place."""
    lex = d.lex
    if j + 2 > end or d.keys[j] not in (preps or lex.place_preps):
        return j
    m = d.m_start.get(j + 1)
    if (m is None or m.kind in ("gaz", "name") and m.det is not None and not m.in_quote
            or to_end and m.kind == "pron" and m.end == j + 2) and d.mask[j + 1] & DET:
        # "told reporters outside a Vilnius hospital he was ...": an article, a few words, and
        # the clause opening on a pronoun, an article or "that"
        det = lex.determiners.match(d.keys, d.caps, j + 1)
        if det is None or det[1][0] == "bare":
            return j
        a = k = j + 1 + det[0] if m is None or m.kind == "pron" else m.end
        keys, toks = d.keys, d.toks
        while (k < end and k - a < 4 and toks[k].text[:1].isalpha() and d.inq[k] < 0 and not d.blocked[k]
               and d.fkeys[k] not in lex.function_words and keys[k] not in lex.prepositions
               and keys[k] not in lex.cues.first and keys[k] not in lex.coordinators):
            k += 1
        if to_end and k > a and (k == end or keys[k] in _CLAUSE_MARKS):
            return k
        if k == a or k >= end or d.caps[k - 1] or not (
                keys[k] in lex.pronouns or d.mask[k] & DET and keys[k] not in lex.bare_dets
                or keys[k] in lex.complementizers.first):
            return j
        return k
    if m is None or m.kind not in ("gaz", "name") or m.in_quote or m.det is not None or m.end > end or (
            m.end == end and not to_end):
        return j
    return m.end


def channel_agent_end(d: Doc, j: int, end: int) -> int:
    """The end of a participle and its agent completing a channel that ends at token ``j`` ("in a
    statement released by his attorney", "dans un communiqué transmis par son avocat"), or ``j``
    when none follows: the one named passed the words on, the speaker is the verb's subject."""
    lex = d.lex
    if j + 2 >= end or d.fkeys[j] not in lex.channel_participles:
        return j
    t = j + 2 if d.keys[j + 1] in lex.prepositions and d.blocked[j + 2] else j + 1
    if d.blocked[t]:
        # "said in an interview aired Sunday that ...", « dans un entretien publié dimanche »: the
        # participle and its date
        while t < end and d.blocked[t]:
            t += 1
        return t
    if d.keys[j + 1] not in lex.agent_preps:
        # "said in a joint statement read out in Havana, where ...": the participle, a particle
        # maybe, and where the channel was given; nothing reported between them
        k = j + 2 if (d.toks[j + 1].text[:1].isalpha() and not d.caps[j + 1] and d.inq[j + 1] < 0
                      and d.keys[j + 1] not in lex.place_preps and d.fkeys[j + 1] not in lex.function_words
                      and not d.mask[j + 1] & (DET | COMP)) else j + 1
        x = place_after(d, k, end, to_end=True, preps=lex.prepositions)
        return x if x > k else j
    a = j + 2
    m = d.m_start.get(a)
    if m is not None and m.end <= end and not m.in_quote and (m.kind != "pron" or m.end - a > 1):
        return m.end
    keys, caps, toks = d.keys, d.caps, d.toks
    det = lex.determiners.match(keys, caps, a) if d.mask[a] & DET else None
    if det is None or det[1][0] == "bare":
        return j
    k = a + det[0]
    while (k < end and k - a < 5 and toks[k].text[:1].isalpha() and not caps[k] and d.inq[k] < 0
           and d.fkeys[k] not in lex.function_words and keys[k] not in lex.prepositions
           and keys[k] not in lex.complementizers.first and keys[k] not in lex.cues.first):
        k += 1
    return k if k > a + det[0] else j


def skip_back(d: Doc, j: int, floor: int) -> int:
    """Skip adverbs and time expressions backwards from ``j`` (inclusive)."""
    blocked, mask = d.blocked, d.mask
    if j - 3 >= floor and not blocked[j] and not (mask[j] | mask[j - 1] | mask[j - 2] | mask[j - 3]) & ADV:
        return j                        # nothing to skip (the commonest case)
    lex = d.lex
    for _ in range(8):
        if j < floor:
            break
        if blocked[j]:
            j -= 1
            if j >= floor and d.keys[j] in lex.prepositions and not blocked[j]:
                j -= 1                  # "on Thursday"
            continue
        if j - 3 >= floor and not (mask[j] | mask[j - 1] | mask[j - 2] | mask[j - 3]) & ADV:
            break                       # no adverb ends here
        hit = False
        for s in range(max(floor, j - 3), j + 1):
            if not mask[s] & ADV:
                continue
            a = lex.adverbs.match(d.keys, d.caps, s)
            if a is not None and s + a[0] == j + 1:
                j = s - 1
                hit = True
                break
        if not hit:
            break
    return j


def trim_end(d: Doc, a: int, b: int) -> int:
    """Drop trailing punctuation (but not closing quote marks) from token span [a, b)."""
    keys, close_at = d.keys, d.close_at
    while b > a and keys[b - 1] in _TRAILING and b - 1 not in close_at:
        if (keys[b - 1] == "." and b - 4 >= a and keys[b - 3] == "." and len(keys[b - 2]) == 1
                and len(keys[b - 4]) == 1 and keys[b - 2].isalpha() and d.blocked[b - 2]):
            break                       # "after 6 a.m.": the full stop of a time's abbreviation
        b -= 1
    return b


def strip_lead(d: Doc, a: int, b: int) -> int:
    """Drop leading adverbials followed by a comma ("À terme, ", "Ultimately, ", "Mais "), and a
    participle by which the speaker was reached ("Interrogé par l'AFP, ")."""
    lex = d.lex
    if (a < b and not d.mask[a] & (ADV | LINK) and not d.blocked[a] and d.keys[a] not in lex.prepositions
            and d.fkeys[a] not in lex.fronted_participles):
        return a                        # nothing to drop (the commonest case)
    for _ in range(4):
        j = a
        if a < b and d.fkeys[a] in lex.fronted_participles:
            c = a + 1
            while c < b and c < a + 12 and d.keys[c] not in (",", ".", ";", ":") and d.inq[c] < 0:
                c += 1
            if c < b and d.keys[c] == ",":
                a = c + 1
                continue
        while j < b and (d.blocked[j] or (d.keys[j] in lex.prepositions and j + 1 < b and d.blocked[j + 1])):
            j += 1
        if j == a and d.mask[a] & CHAN and d.keys[a] in lex.prepositions:
            # "In a statement issued by New Zealand Cricket (NZC), X apologised": a fronted channel
            c = lex.channels.match(d.fkeys, d.caps, a)
            if c is not None:
                x = channel_agent_end(d, a + c[0], b)
                if x + 2 < b and d.keys[x] == "(" and d.keys[x + 2] == ")":
                    x += 3              # the agent's acronym
                if x < b and d.keys[x] == ",":
                    a = x + 1
                    continue
        if j == a:
            ma = d.mask[a]
            ad = lex.adverbs.match(d.keys, d.caps, a) if ma & ADV else None
            ln = lex.links.match(d.keys, d.caps, a) if ma & LINK else None
            if ad is not None:
                j = a + ad[0]
            elif ln is not None and d.keys[a] != ";":
                j = a + ln[0]
                if j < b and d.keys[j] == ",":
                    j += 1
                a = j
                continue
        if j > a and j < b and d.keys[j] == ",":
            a = j + 1
            continue
        break
    return a


def quote_mode(d: Doc, a: int, b: int, from_tok: int | None = None):
    """("direct", quote index) when [a, b) is exactly one quotation, ("mixed", None) when it
    holds quoted fragments (after ``from_tok`` when given), else ("indirect", None)."""
    if a in d.open_at:
        k = d.open_at[a]
        q = d.quotes[k]
        if q.close_tok == b - 1 or (q.close_tok == b - 2 and d.keys[b - 1] in (",", ".")):
            return "direct", k
    lo = a if from_tok is None else from_tok
    k = bisect_left(d.open_toks, lo)
    if k < len(d.open_toks) and d.open_toks[k] < b and d.quotes[k].close_tok < b:
        return "mixed", None
    return "indirect", None


def quote_chars(d: Doc, k: int) -> tuple:
    """Characters inside quotation ``k``, without the marks nor a trailing comma."""
    q = d.quotes[k]
    a, b = q.start, q.end
    t = d.text
    while a < b and t[a].isspace():
        a += 1
    while b > a and (t[b - 1].isspace() or t[b - 1] == ","):
        b -= 1
    return a, b


def _time_end(d: Doc, x: int, e: int) -> int:
    """The end of the time expressions (with their prepositions, and one word before: "late on
    Monday") from token ``x``, before ``e``."""
    blocked, keys, preps = d.blocked, d.keys, d.lex.prepositions
    if x + 2 < e and not blocked[x] and d.toks[x].text.isalpha() and d.toks[x].text.islower() \
            and (blocked[x + 1] or keys[x + 1] in preps and blocked[x + 2]):
        x += 1
    while x < e and (blocked[x] or keys[x] in preps and x + 1 < e and blocked[x + 1]):
        x += 1
    return x


def channel_closes(d: Doc, p: int, e: int, times_before: bool = True) -> bool:
    """Whether tokens [p, e) are only a channel ("in a statement", « dans un communiqué publié »),
    with the one who passed it on, and time expressions (``times_before``: before it as well as
    after it; else the channel opens at ``p``)."""
    lex = d.lex
    x = _time_end(d, p, e) if times_before else p
    if x >= e:
        return times_before
    if not d.mask[x] & CHAN or d.inq[x] >= 0 or d.keys[x] not in lex.prepositions:
        return False
    c = lex.channels.match(d.fkeys, d.caps, x)
    if c is None:
        return False
    x = channel_agent_end(d, x + c[0], e)
    if x + 1 < e and d.fkeys[x] in lex.channel_participles and not d.blocked[x]:
        x += 1                          # « dans un communiqué publié lundi »
    return _time_end(d, x, e) >= e


def trailing_channel(d: Doc, a: int, b: int) -> int:
    """The start of a channel closing the words [a, b), with at most time expressions around it
    ('called the measure "a betrayal" in a post on X late Sunday', "accused Chanda of ... in a
    statement late on Monday"): how and when the words were given is no part of them; ``b`` when
    none closes them."""
    mask, keys, inq = d.mask, d.keys, d.inq
    e = b
    while e > a and keys[e - 1] in _TRAILING and e - 1 not in d.close_at:
        e -= 1
    lo = max(a + 2, e - 12)
    if e - 1 <= lo or not (d.blocked[e - 1] or d.caps[e - 1] or d.fkeys[e - 1] in d.lex.channel_ends) \
            or not d.any_bit(CHAN, lo, e - 1):
        return b                        # (the words end with no time, channel or agent: the commonest case)
    for p in range(lo, e - 1):
        if mask[p] & CHAN and inq[p] < 0 and keys[p] in d.lex.prepositions and channel_closes(d, p, e, False):
            return p
    return b


def content_span(d: Doc, a: int, b: int, from_tok: int | None = None):
    """Character span and mode of tokens [a, b) (without a channel closing them,
    ``trailing_channel``)."""
    mode, k = quote_mode(d, a, b, from_tok)
    if mode == "direct":
        return quote_chars(d, k), mode, k
    if b - a > 3:
        nb = trailing_channel(d, a, b)
        if nb != b:
            b = nb
            mode, k = quote_mode(d, a, b, from_tok)
            if mode == "direct":
                return quote_chars(d, k), mode, k
    return (d.toks[a].start, d.toks[b - 1].end), mode, None


def is_infinitive(d: Doc, j: int) -> bool:
    if j >= d.n:
        return False
    k = d.keys[j]
    lex = d.lex
    if k in lex.inf_words:
        return True
    if k in lex.negation and j + 1 < d.n:
        if d.keys[j + 1] == "'" and j + 2 < d.n:
            return is_infinitive(d, j + 2)      # an elided negation: "n'avoir", "n'être"
        return is_infinitive(d, j + 1) or d.keys[j + 1] in lex.negation_after
    if k in ("s", "l", "m") and j + 2 < d.n and d.keys[j + 1] == "'":
        return is_infinitive(d, j + 2)
    if k in lex.inf_clitics and j + 1 < d.n and d.keys[j + 1] in lex.inf_words:
        return True                             # "les avoir payés"
    return len(k) > 3 and k.endswith(lex.inf_endings) and not d.caps[j]


def _time_lead(d: Doc, a: int, b: int) -> bool:
    """Whether tokens [a, b) are a time expression with its prepositions, then a comma ("Samedi, ",
    "On Saturday, ", « Dans la nuit de dimanche à lundi, »)."""
    j = a
    while j < b and (d.blocked[j] or d.keys[j] in d.lex.prepositions):
        j += 1
    return a < j == b - 1 and d.keys[j] == "," and d.blocked[j - 1]


def floor_of(d: Doc, i: int) -> int:
    """First token of the sentence of token ``i``, after leading adverbials."""
    s = d.sid[i]
    f = d._floors.get(s)
    if f is None:
        f = d._floors[s] = strip_lead(d, d.sent_start[s], d.sent_end[s])
    return f


def _number_compound(d: Doc, k: int) -> bool:
    """Whether token ``k`` is the number opening a measure written as one hyphenated word before a
    noun ("14-count", "86-page")."""
    toks = d.toks
    return (k + 2 < d.n and toks[k].text.isdigit() and d.keys[k + 1] == "-"
            and toks[k + 1].start == toks[k].end and toks[k + 2].start == toks[k + 1].end
            and toks[k + 2].text[:1].isalpha() and not d.caps[k + 2])


def _abbreviation_dot(d: Doc, k: int) -> bool:
    """Whether token ``k`` is a full stop inside a dotted abbreviation, right after one of its
    capital letters ("U.N.", "U.S."): part of the word, no end of the noun phrase."""
    toks = d.toks
    return (k > 0 and d.keys[k] == "." and toks[k - 1].end == toks[k].start and len(toks[k - 1].text) == 1
            and d.caps[k - 1] and (k + 2 < d.n and toks[k + 1].start == toks[k].end and len(toks[k + 1].text) == 1
                                   and d.caps[k + 1] or k > 1 and d.keys[k - 2] == "." and toks[k - 2].end == toks[k - 1].start))


def speaker_capable(m: Mention | None) -> bool:
    if m is None or m.in_quote:
        return False
    if m.kind == "title":
        return not m.predicate
    return True


# ---------------------------------------------------------------------------------------------
# attribution
# ---------------------------------------------------------------------------------------------

class Attributor:
    def __init__(self, d: Doc, cues: list[Cue]):
        self.d = d
        self.cues = cues
        self.raws: list[Raw] = []
        self.subject: dict[int, tuple] = {}       # cue index -> (mention, rule, clause start)
        self.attributed: set[int] = set()         # quotation indices already attributed
        self.consumed: set[int] = set()           # tokens used as a speaker phrase
        self.contents: set[tuple] = set()
        self.non_speakers = d.lex.non_speakers
        self.own_cues: set[int] = set()           # verbs of learning whose subject, an outlet, speaks
        self.by_sent: dict[int, list[Raw]] = {}
        self.cue_by_tok = d.cue_by_tok = dict(zip(map(_S, cues), cues))
        self.cue_at = set(self.cue_by_tok)        # tokens opening a cue
        self.according_end: dict[int, int] = {}   # sentence -> first token after its last attribution phrase
        self._doc_heads: list[int] | None = None  # tokens of document nouns, on first need
        self._filings: list[int] | None = None    # tokens of filing verbs, on first need
        self.semis = d.marks(";")                 # semicolons outside quotations
        self.links = d.where(LINK)                # tokens that may open a clause link
        self.quoting_links: list[int] | None = None   # the coordinators before a quoting verb (``clause_end``)
        self.comps = d.where(COMP)                # tokens that may open a complementizer

    # ---- subjects --------------------------------------------------------------------------
    def subject_before(self, ci: int, c: Cue):
        d = self.d
        lex = d.lex
        floor = d.sent_start[d.sid[c.s]]
        j = skip_back(d, c.s - 1, floor)
        if (j > floor and j == c.s - 1 and d.keys[j] in lex.preverbal_clitics and d.inq[j] < 0
                and (d.m_end.get(j) is not None or d.keys[j - 1] in lex.relatives)):
            j -= 1                      # "Le maire lui a assuré", "qui y voit": the object clitic
        elif (lex.object_clitics and j > floor + 1 and j == c.s - 1 and d.inq[j] < 0 and (
                d.keys[j] in lex.object_clitics or d.keys[j] == "'" and d.keys[j - 1] in lex.object_clitics)):
            # « L'Union européenne l'a qualifié », « le ministre les a dénoncés »: a direct object's pronoun
            # (an article stands before no verb)
            j -= 2 if d.keys[j] == "'" else 1
        if d.keys[j] == "," and j - 3 > floor and d.inq[j] < 0:
            x = j - 1
            while x > floor and d.keys[x] != "," and j - x < 6:
                x -= 1
            if d.keys[x] == "," and x - floor <= 40 and self._place_region(x, j) and "," not in d.keys[floor:x]:
                j = x - 1               # "The mayor of Cusco, Peru, said": the country completes a place
        if (lex.alias_conjunctions and d.keys[j] == "," and j - 4 > floor and d.keys[j - 3] == ","
                and d.keys[j - 2] in lex.alias_conjunctions and acronym(d.toks[j - 1].text) and d.inq[j] < 0):
            j -= 4                      # "The Federal Security Service, or FSB, said": the name's acronym aside
        if d.keys[j] == "," and j - 3 > floor and d.inq[j] < 0:
            x = j - 1
            if lex.age_units and d.keys[x] in lex.age_units:
                x -= 1                  # (« , 58 ans, »)
            if x - 2 >= floor and d.toks[x].text.isdigit() and len(d.toks[x].text) <= 3 and d.keys[x - 1] == ",":
                j = x - 2               # "The trader, 58, said": the noun before the age set off by commas
        if d.keys[j] == "," and j - 2 > floor and d.inq[j] < 0:
            x = skip_back(d, j - 1, floor)
            if floor < x < j - 1 and d.keys[x] == "," and d.inq[x] < 0:
                j = skip_back(d, x - 1, floor)  # "Algeria's energy ministry, however, said"
            elif lex.example_openers:
                # "Several airlines, including Delta, said": examples set off by commas, the group speaks
                for x in range(j - 2, max(floor, j - 10), -1):
                    if d.keys[x] == "," and d.inq[x] < 0:
                        if d.keys[x + 1] in lex.example_openers and x - 1 > floor:
                            j = skip_back(d, x - 1, floor)
                        break
        if (lex.age_units and j - 3 > floor and d.keys[j] in lex.age_units and d.toks[j - 1].text.isdigit()
                and d.keys[j - 2] in lex.age_links and d.toks[j - 3].text[:1].isalpha()):
            j -= 3                      # « Le négociant de 58 ans a reconnu »: the noun before its age
        if lex.participle_endings and j - 3 > floor:
            j = self._before_agent(j, floor)
        if lex.participle_endings and j - 4 > floor and not c.participle:
            j = self._before_relative(j, floor)
        if lex.modifier_participle_endings and j - 2 > floor and not c.participle:
            j = self._before_modifier(j, floor)
        if lex.affiliation_preps and j - 3 >= floor and not c.participle:
            j = self._before_affiliation(j, floor)
        if lex.standing_phrases and j - 2 >= floor and not c.participle:
            j = self._before_standing(j, floor)
        if lex.possessive_clitic and j - 5 >= floor and not c.participle:
            j = self._before_possessed_complement(j, floor)
        # "the Electoral Commission of Zambia (ECZ) said": an acronym in brackets after the name
        if d.keys[j] == ")":
            j = self.before_brackets(j + 1, floor) - 1
        if c.participle:
            m = d.m_end.get(j + 1)
            return (m, "participle", m.start) if speaker_capable(m) else None
        if j < floor:
            return None
        m = d.m_end.get(j + 1)
        if m is not None and lex.member_prefixes and m.kind in ("title", "np") and m.number == "p" and m.name is None:
            pm = self._member_of_group(m, floor)
            if pm is not None:
                return (pm, "subject", pm.start)     # "one of the officials said": one unnamed member
        if m is not None and lex.media_preps and ci > 0 and m.start - 1 > floor and (
                d.keys[m.start - 1] in lex.media_preps):
            pc = self.cues[ci - 1]
            if (pc.e < m.start and d.sid[pc.s] == d.sid[c.s]
                    and "media" in lex.lemmas.get(pc.lemma, _NO_LEMMA)[1]
                    and skip_fwd(d, pc.e, c.s, pc, media=True) >= m.end):
                return None             # "a indiqué à l'AFP avoir demandé": the outlet told, no subject
        if (m is not None and m.start - 3 >= floor and d.keys[m.start - 1] in lex.prepositions
                and d.fkeys[m.start - 2] in lex.fronted_participles):
            # "Des commerçants interrogés par l'AFP affirment": the one reached is the subject
            np = self.np_before(j, floor)
            if np is not None and np.end <= m.start - 2:
                return (np, "subject", np.start)
        if m is None or m.kind == "pron":
            gp = self._group_partitive(j, floor)
            if gp is not None:
                return (gp, "subject", gp.start)
        if m is not None and m.kind == "pron" and m.number == "p" and j - 2 >= floor:
            om = self._partitive_member(m, floor)
            if om is not None:
                return (om, "subject", om.start)
        if m is not None and m.kind == "pron" and j >= 1 and d.keys[j - 1] == "'" and c.inv is None:
            if j - 3 > floor and d.keys[j - 3] == "," and d.keys[j - 2] in lex.complementizers.first:
                # "Le collectif réclame ..., qu'il accuse de ...": a relative after a comma; its
                # pronoun is the noun phrase opening the sentence, when it agrees
                a = strip_lead(d, floor, j)
                if d.m_start.get(a) is None:
                    np = self.np_after(a, j - 3)
                    if (np is not None and np.kind == "np" and np.number == m.number
                            and (np.gender is None or m.gender is None or np.gender == m.gender)):
                        return (np, "subject", m.start)
            return (m, "subject", m.start)        # "qu'il accuse"
        if m is not None and m.kind in ("gaz", "name") and m.start - 2 >= floor and lex.locative_preps:
            big = self._place_holder(m, floor)
            if big is not None:
                return big
        if m is not None and m.kind in ("gaz", "name") and (m.det == "bare" or self._after_connector(m.start, floor)):
            # "Les évêques de France ont dénoncé": the place completes a larger noun phrase
            np = self.np_before(j, floor)
            if np is not None and np.start < m.start:
                return (np, "subject", np.start)
        if j < c.s - 1 and self._governed_place(m, c, floor):
            return None                 # (an aside skipped after it)
        if speaker_capable(m):
            if m.appos is not None:
                return (m, "subject", m.start)
            ps = self._possessor_start(m.start, floor)
            if ps is not None:
                # "..., the country's State Security Service said": the possessor starts the clause
                return (m, "subject", ps)
            if (m.kind == "gaz" and m.start - 2 >= floor and d.mask[m.start - 1] & NAT and d.caps[m.start - 1]
                    and (d.keys[m.start - 2] == "," or m.start - 2 in d.close_at)):
                # "..., Iranian state television said": a nationality before the outlet starts the clause
                return (m, "subject", m.start - 1)
            if lex.prehead_nouns and m.kind in ("name", "title") and m.start - 1 > floor:
                # '"...," army spokesman X said', '"...," bid chief executive X told',
                # '"...," National Bank of Poland (NBP) Governor X said': the words modifying the
                # person's title start the clause
                s = self._premodified(m.start, floor)
                if s is not None:
                    return (m, "subject", s)
            # "Le porte-parole du Kremlin, Dmitri Peskov, a affirmé": the apposition's start
            return (m, "subject", self._np_start(m))
        k = d.keys[j]
        if k in lex.relatives or k in lex.complementizers.first and self._relative_that(j):
            b = j - 1
            if b >= floor and d.keys[b] == ",":
                b -= 1
            if b >= floor and d.keys[b] == ")":
                b = self.before_brackets(b + 1, floor) - 1    # "l'Agence ... (ANSM), qui évoque"
            m = self._antecedent(ci, c, j, b, k, floor)
            return (m, "relative", j) if speaker_capable(m) else None
        if k == "," and j - 1 >= floor:
            # a parenthesis between commas: an apposition, or an aside to skip
            # the nearest comma or closing quotation mark before, at most 39 tokens back
            lo = max(floor, j - 39)
            keys, close_at = d.keys, d.close_at
            p = j - 1
            while p >= lo and keys[p] != "," and p not in close_at:
                p -= 1
            if p < lo:
                p = max(floor - 1, j - 40)
            if p >= lo and p in close_at:
                # "Le syndicat, qui dénonce « une saignée » dans les écoles, affirme": quoted words
                # inside a relative clause between commas, which opens at the comma before them
                q = d.quotes[close_at[p]].open_tok - 1
                while q >= lo and keys[q] != "," and q not in close_at:
                    q -= 1
                if q >= lo and keys[q] == "," and q + 1 < j and keys[q + 1] in lex.relatives:
                    p = q
            while p > lo and keys[p] == "," and keys[p + 1] in lex.gloss_links:
                # "X, an elder of the local iwi, or Maori tribe, said": a gloss inside the
                # apposition, which opens at the comma before it
                p -= 1
                while p >= lo and keys[p] != "," and p not in close_at:
                    p -= 1
                if p < lo:
                    p = max(floor - 1, j - 40)
            if p > lo and keys[p] == "," and self._place_region(p, j):
                # "Xi, who opened a port in Chancay, Peru, said": a place and its country inside the
                # aside, which opens at the comma before the place (when there is one)
                q = p - 1
                while q >= lo and keys[q] != "," and q not in close_at:
                    q -= 1
                if q >= lo and keys[q] == ",":
                    p = q
            if p > lo and keys[p] == "," and self._list_words(p + 1, j, True):
                # "The report by X, based on interviews with gymnasts, parents and staff, found":
                # the end of a list inside the aside, which opens at the comma before the list
                q, e = p - 1, p
                while True:
                    while q >= lo and keys[q] != "," and q not in close_at:
                        q -= 1
                    if q < lo or keys[q] != ",":
                        break
                    p = q
                    if not self._list_words(q + 1, e, False):
                        break
                    q, e = q - 1, q
            if p >= floor and d.keys[p] == "," and p + 1 < j and d.mask[p + 1] & LINK and (
                    lex.links.match(d.keys, d.caps, p + 1) is not None) and (
                    self.subject_after(c, False)[0] is not None):
                # "... vers Rouen, et une vingtaine d'opérations ont été reportées, a précisé X",
                # "... près de X, avant que la locomotive ne se couche, a précisé Y": a clause, not an
                # aside after a subject; the speaker follows the verb
                return None
            if (p >= floor and d.keys[p] == "," and p + 2 < j and d.keys[p + 1] not in lex.relatives
                    and self._finite_clause(p + 1, j) and self._inverted_after(c)):
                # "Aux urgences de l'hôpital X, l'affluence a augmenté de 20 %, a indiqué Y": the
                # words between the commas hold their own verb; the speaker follows the verb
                return None
            if (p >= floor and d.keys[p] == "," and p + 2 < j
                    and (d.keys[p + 1] in lex.aux or d.keys[p + 1] in lex.predicate_modals) and not d.caps[p + 1]
                    and d.toks[p + 2].text[:1].isalpha() and not d.caps[p + 2] and d.inq[p + 1] < 0
                    and self._inverted_after(c)):
                # "Le Premier ministre, Gabriel Attal, a démissionné mardi, a annoncé X", « ..., Christophe
                # Béchu, doit se rendre ..., a annoncé son cabinet »: between the commas the predicate of the
                # name described before them, no aside; the speaker follows
                return None
            if (p - 2 > floor and d.keys[p] == "," and d.keys[p - 2] == "," and d.keys[p - 1] in lex.stressed_pronouns
                    and d.inq[p] < 0 and self._verb_between(p + 1, j) and self._inverted_after(c)):
                # "Les discussions, elles, ont échoué dans la nuit, a indiqué X": the pronoun
                # between commas repeats the subject of the verb after it; the speaker follows
                return None
            if p >= floor and d.keys[p] == ",":
                inner = d.m_start.get(p + 1)
                if inner is None or inner.end < j and inner.kind in ("gaz", "name"):
                    # "The ship's manager, Dubai-based Kessel Maritime, said", "X's largest
                    # shareholder, Canadian fund Cordell Partners, called": a described name
                    inner = self._premodified_name(p + 1, j) or inner
                if (inner is not None and inner.end == j and inner.kind in ("gaz", "name") and p - 1 > floor
                        and lex.locative_preps):
                    big = self._place_holder(inner, floor)
                    if big is not None:
                        return big
                named = self._named_apposition(inner, p, j)
                if named is not None:
                    return (named, "subject", self._np_start(d.m_end[p]))
                if inner is None and d.m_end.get(p) is None:
                    # "L'exploitant de la station, la société Hydrelis, a reconnu": the name an
                    # apposition introduces with its descriptor speaks for the noun phrase described
                    nm = d.m_end.get(j)
                    if (nm is not None and nm.kind == "name" and nm.start > p + 2 and not nm.in_quote
                            and d.mask[p + 1] & DET and all(
                                d.toks[t].text[:1].isalpha() and not d.caps[t] for t in range(p + 2, nm.start))
                            and any(d.fkeys[t] in lex.name_descriptors for t in range(p + 2, nm.start))):
                        np = self.np_before(p - 1, floor)
                        if np is not None and np.start == strip_lead(d, floor, p):
                            return (nm, "subject", np.start)
                if (inner is not None and inner.start == p + 1 and d.mask[p + 1] & CONN
                        and d.lex.connectors.match(d.fkeys, d.caps, p + 1) is not None):
                    # "Le pneumologue X, du CHU de Y, juge": the institution after a preposition
                    # is the person's affiliation, not the subject
                    outer = d.m_end.get(p)
                    if speaker_capable(outer) and outer.kind in ("name", "title"):
                        return (outer, "subject", self._np_start(outer))
                if speaker_capable(inner) and inner.end in (j, self.before_brackets(j, floor)):
                    outer = d.m_end.get(p) or self._before_age(p, floor)
                    if (inner.kind == "title" and inner.det in ("indef", None) and inner.name is None
                            and speaker_capable(outer) and outer.kind != "pron"
                            and (outer.kind != "title" or outer.name is not None)):
                        # "The X Committee, a local activist group, accused": the named one speaks,
                        # the apposition describes it
                        return (outer, "subject", self._np_start(outer))
                    desc = self._possessed_description(p, floor) if outer is None else None
                    if desc is not None:
                        # "..., its owner, Scentre Group, said": a role noun possessed, then the name
                        return (inner, "subject", desc)
                    return (inner, "subject", self._np_start(inner))
                m = d.m_end.get(p) or self._before_age(p, floor)
                if m is None:
                    # "Gérard Pujol (divers droite), réélu de justesse, a dénoncé": a subject
                    # with a bracket (not a noun's complement: "le rachat de l'Olympique (OV),")
                    m = d.m_end.get(self.before_brackets(p, floor))
                    if m is not None and self._governed(m.start, floor) and not self._member_of(m.start, floor):
                        m = None
                if m is not None and m.kind in ("gaz", "name") and m.start - 2 >= floor and lex.locative_preps:
                    big = self._place_holder(m, floor)
                    if big is not None:
                        return big
                if p + 1 < j and (m is None or m.kind in ("gaz", "name") and m.start > floor + 1) and (
                        d.keys[p + 1] in lex.relatives or self._anonymity_in(p + 1, j)):
                    # "Un sauveteur italien, qui a requis l'anonymat, a estimé", "Un gendarme présent
                    # sur le barrage de X, qui ...", "Un diplomate en poste à Moscou, s'exprimant sous
                    # couvert d'anonymat, a jugé": the noun phrase opening the sentence
                    a = strip_lead(d, floor, p)
                    if d.keys[a] in lex.prepositions and d.inq[a] < 0:
                        # "Devant l'école, fermée depuis jeudi, une mère de famille, qui ...,": after
                        # a fronted complement, the noun phrase opens after the last comma before it
                        q = p - 1
                        while q > a and not (d.keys[q] == "," and d.inq[q] < 0):
                            q -= 1
                        if q > a:
                            a = q + 1
                    if d.keys[p + 1] in lex.relatives and self._verb_between(a + 1, p) and self._inverted_after(c):
                        # "Une commission a relevé des fissures sur la salle, qui peut accueillir
                        # 2.800 spectateurs, a précisé X": the noun phrase opening the sentence has
                        # its own verb; the relative completes its object, the speaker follows
                        return None
                    ms = d.m_start.get(a)
                    if ms is None:
                        np = self.np_after(a, p)
                        if np is not None:
                            return (np, "subject", a)
                    elif (speaker_capable(ms) and ms.kind == "title" and ms.end <= p and ms is not m
                          and lex.after_clitic(d.keys, ms.end) == ms.end):
                        return (ms, "subject", a)
                    elif (speaker_capable(ms) and ms.kind == "name" and ms.end < p and ms is not m
                          and d.keys[ms.end] == "," and ms.nature != "org" and " " in (ms.name or "")):
                        # « Claire Rivet, chercheuse au CNRS, qui juge ..., a affirmé »: the person's
                        # name opening the sentence, described by an apposition before the relative
                        return (ms, "subject", a)
                    else:
                        np = self._place_modified(ms, p)
                        if (np is None and ms.kind in ("gaz", "name", "title")
                                and any(lex.after_clitic(d.keys, t) > t for t in range(ms.end, min(p, ms.end + 4)))):
                            # "Aragon's regional government, which ...,": a place's body; "The
                            # militia's leader, who ...,": the possessed noun; "The Ohio Auditor of
                            # State's office, which ...,", "Washington state's X, which ...,"
                            np = self.np_before(p - 1, floor)
                            if np is not None and np.start != a:
                                np = None
                        if np is not None:
                            return (np, "subject", a)
                if m is not None and m.kind in ("gaz", "name") and self._after_connector(m.start, floor):
                    # "Un cadre de la SNCF, qui a requis l'anonymat, estime": the larger noun phrase
                    np = self.np_before(p - 1, floor)
                    if np is not None and np.start < m.start:
                        return (np, "subject", np.start)
                if m is None and lex.document_heads and p - 1 > floor:
                    # "The proposed class action, filed in federal court in X, says": a legal
                    # document described between commas speaks for those who brought it
                    a = strip_lead(d, floor, p)
                    dm = self.document_speaker(a, p) if d.fkeys[p - 1] in lex.document_heads else None
                    if dm is not None and not any(t in self.cue_at for t in range(p + 1, j)):
                        return (dm, "subject", a)
                if m is None and self._descriptive_apposition(p + 1, j + 1):
                    # "The Serra Verde cooperative, one of the largest in the region, said": the noun
                    # phrase opening the sentence, described between commas
                    np = self.np_before(p - 1, floor)
                    if np is not None and np.start == strip_lead(d, floor, p):
                        return (np, "subject", np.start)
                if self._governed_place(m, c, floor):
                    return None
                if m is not None and m.kind == "pron" and m.number == "p":
                    om = self._partitive_member(m, floor)
                    if om is not None:
                        return (om, "subject", om.start)    # "One of them, who spoke on condition of ...,"
                if speaker_capable(m):
                    s0 = self._np_start(m)
                    if lex.prehead_nouns and m.kind in ("name", "title") and s0 == m.start and s0 - 1 > floor:
                        # '"...," Norwegian grandmaster X, who ..., told': the words before the name
                        s0 = self._premodified(s0, floor) or s0
                    return (m, "subject", s0)
            return None
        if k in lex.coordinators and (c.aux is not None or c.tags & _FINITE):
            for pj in range(ci - 1, max(-1, ci - 1 - LOOKAHEAD_CUES), -1):
                pc = self.cues[pj]
                if d.sid[pc.s] != d.sid[c.s]:
                    break
                if pj in self.subject and not pc.according:
                    m, rule, _ = self.subject[pj]
                    return (m, "coordinated", j)
            # "Senator X, a Republican, welcomed the move but said ...": the subject opening the sentence, or that
            # of a clause opened after a comma ("..., while the Fed kept its rates unchanged but signalled that")
            a = strip_lead(d, floor, j)
            w = self._subordinate_subject(a, j) if lex.gerund_clause_openers else None
            if w is not None:
                a = w
            m = d.m_start.get(a)
            if m is None:
                m = self._modified_subject(a, j, floor)
            if speaker_capable(m) and (m.kind != "pron" or m.nature == "person" and not m.in_quote) and m.end < j:
                # ("She toured the site and said that ...": a personal pronoun too)
                return (m.appos or m, "coordinated", j) if m.kind == "title" and m.appos else (m, "coordinated", j)
            return None
        if lex.person_relatives and j - floor >= 3:
            got = self._restrictive_relative(j, floor)
            if got is not None:
                return got
        if (lex.possessive_clitic and d.m_end.get(j + 1) is None and j - floor >= 5
                and d.keys[j - 1] not in lex.coordinators):
            # "A statement from the mayor's office said": a document opening the clause, its author (a
            # possessor's body) after it, up to the verb
            a = strip_lead(d, floor, j + 1) if lex.after_clitic(d.keys, j - 2) == j else j
            if a < j - 3 and d.mask[a] & DET:
                dm = self.document_speaker(a, j + 1)
                if dm is not None and dm.end == j + 1:
                    return (dm, "subject", a)
        if j - 1 >= floor and d.fkeys[j] in lex.document_heads:
            # "Le rapport recommande ...", "L'étude note ...": the author of the document named before
            b = j - 1
            while b > floor and d.fkeys[b] in lex.document_mods:
                b -= 1                  # ("Le dernier rapport note ...")
            if b - 2 > floor and _number_compound(d, b - 2):
                b -= 3                  # ("The 14-count indictment alleges ...")
            for x in (b, b - 1):
                dm = self.document_speaker(x, j + 1) if x >= floor else None
                if dm is not None:
                    return (dm, "subject", x)
            cl = lex.possessive_clitic
            p = b + 1 - len(cl)
            if cl and p > floor and d.fkeys[j] not in lex.document_issuers and lex.after_clitic(d.keys, p) == b + 1:
                # "Smith's statement said", "The ministry's latest statement said": the possessor
                # speaks through it (not "Trump's indictment": prosecutors issue that)
                pm = d.m_end.get(p)
                if speaker_capable(pm) and pm.kind != "pron":
                    return (pm, "subject", pm.start)
            if lex.prehead_nouns and b > floor:
                # "A ministry statement said", "A White House statement said": the body named before
                # the noun, as its modifier, speaks through it
                pm = d.m_end.get(b + 1)
                if (speaker_capable(pm) and pm.kind in ("title", "gaz") and pm.name is None
                        and pm.start == strip_lead(d, floor, pm.start + 1) and d.mask[pm.start] & DET):
                    return (pm, "subject", pm.start)
                # "A Pew Research Center survey found": an organisation's name after the article (its last
                # word a noun of organisations)
                a0 = (pm.start if d.mask[pm.start] & DET else pm.start - 1) if pm is not None else -1
                if (a0 >= floor and speaker_capable(pm) and pm.kind == "name" and d.mask[a0] & DET
                        and a0 == strip_lead(d, floor, a0 + 1)
                        and (d.fkeys[pm.end - 1] in lex.org_heads or d.fkeys[pm.end - 1] in lex.org_name_words
                             or d.fkeys[pm.end - 1] in lex.org_suffixes)):
                    return (pm, "subject", pm.start)
            if d.mask[b] & DET and b == strip_lead(d, floor, b + 1) and d.m_end.get(j + 1) is None:
                det = lex.determiners.match(d.keys, d.caps, b)
                if det is not None and det[1][0] in ("def", "dem") and b + det[0] <= j:
                    # "The report found that ...", « L'étude montre que ... » with no author named: the
                    # document speaks, an unnamed source
                    m = Mention(b, j + 1, "np", (b, j + 1))
                    m.det, m.number, m.nature, m.cls = det[1][0], det[1][2] or "s", "source", d.fkeys[j]
                    m.title = d.toks[j].text
                    return (m, "subject", b)
        np = self.np_before(j, floor)
        if np is not None:
            return (np, "subject", np.start)
        return None

    def _antecedent(self, ci: int, c: Cue, j: int, b: int, k: str, floor: int):
        """The one a relative at token ``j`` (key ``k``) reports for, its antecedent ending at
        token ``b``: the mention there, an inverted subject described up to there, the person
        described, the noun phrase completed; None when there is none."""
        d = self.d
        lex = d.lex
        m = d.m_end.get(b + 1)
        if m is None and b - 2 >= floor:
            # "X, 41 ans, qui dit ...", "X, 34, who said ...": an age between the name and "qui"
            m = self._before_age(b + 1, floor)
        if m is None and ci > 0 and d.sid[self.cues[ci - 1].s] == d.sid[c.s]:
            # "..., a annoncé mercredi la direction générale des douanes, qui évoque ...": the
            # inverted subject of the verb before, its complement running to the comma
            got = self.subject.get(ci - 1)
            pm = got[0] if got is not None and got[1] == "inverted" else None
            q = pm.end + 1 if pm is not None else 0
            if pm is not None and q + 3 < b and d.keys[pm.end] == "," and d.toks[q].text.isdigit():
                # "..., témoigne Damien, 34 ans, cycliste amateur, qui dit ...": an age before
                # the description
                x = q + 1 if d.toks[q + 1].text[:1].isalpha() and not d.caps[q + 1] else q
                if d.keys[x + 1] == ",":
                    q = x + 2
            if (pm is not None and self.cues[ci - 1].s < pm.start and pm.end <= b + 1 <= pm.end + 6
                    and all(d.toks[t].text[:1].isalnum() or d.keys[t] in ("'", "-") for t in range(pm.end, b + 1))
                    and not any(t in self.cue_at for t in range(pm.end, b + 1))):
                m = pm
            elif (pm is not None and self.cues[ci - 1].s < pm.start and q < b + 1 <= q + 11
                  and pm.kind in ("name", "title") and pm.name is not None
                  and d.keys[pm.end] == "," and d.toks[q].text[:1].isalpha()
                  and not d.caps[q]
                  and all(d.toks[t].text[:1].isalnum() or d.keys[t] in ("'", "-")
                          for t in range(q, b + 1))
                  and not any(t in self.cue_at for t in range(pm.end, b + 1))):
                # "..., a dénoncé Hélène Morvan, déléguée syndicale CGT des agents municipaux,
                # qui réclame « ... »": the inverted subject, described between commas
                m = pm
        if (m is not None and k in lex.person_relatives and (
                m.kind in ("name", "gaz") and m.entity is not None
                and (m.entity.kind in ("organization", "government") or m.det_name
                     or m.start > floor and d.keys[m.start - 1] in lex.place_preps)
                # « Charlotte de Montpellier, économiste chez ING, pour qui ... »: the firm she works at
                or m.kind in ("name", "gaz") and m.start > floor and d.keys[m.start - 1] in lex.title_name_preps
                or m.kind == "title" and m.name is None and m.nature == "org"
                and m.start > floor and d.keys[m.start - 1] in lex.place_preps)):
            # "X, a researcher at Boston University, who said", "X, dirigeante d'une fromagerie
            # dans la Manche, qui dit": the described person speaks, not the institution or
            # the place in the description
            p = m.start - 1
            while p > floor and d.keys[p] != "," and d.inq[p] < 0 and m.start - p < 12:
                p -= 1
            head = (d.m_end.get(p) or self._before_age(p, floor)) if p > floor and d.keys[p] == "," else None
            if (head is not None and head.kind == "name" and (head.end == p or d.keys[head.end] == ",")
                    and (head.entity is None or head.entity.kind in ("person", "unknown"))
                    and not any(t in self.cue_at for t in range(p, m.start))):
                m = head
        if m is None and k in lex.person_relatives and b > floor and d.keys[b + 1] == ",":
            # "critiqué par les riverains, qui dénoncent ...": a group named by a role noun,
            # wherever it stands in the clause
            m = self._role_group(b, floor)
            if m is None:
                # "L'association, qui dénonce ...": the noun phrase opening the sentence
                np = self.np_before(b, floor)
                if np is not None and np.end == b + 1 and np.start == strip_lead(d, floor, b):
                    m = np
        if (m is not None and m.kind == "title" and m.name is None and k in lex.person_relatives
                and m.start < b - 1 and not d.caps[b] and d.fkeys[b].endswith(lex.plural_endings)
                and d.fkeys[b][:-1] in lex.role_nouns):
            # "malgré l'opposition d'habitants qui dénoncent ...": a bare plural of people
            # completing the noun is the antecedent, the group speaks
            t = b - 2 if d.keys[b - 1] == "'" else b - 1
            det = lex.determiners.match(d.keys, d.caps, t) if t > m.start else None
            if det is not None and det[1][0] == "bare" and t + det[0] == b:
                g = self._np(t, b, b + 1, (det[1][0], det[1][1], "p"))
                if g is not None:
                    m = g
        if m is None and k not in lex.relatives:
            # "a situation that residents say ...": the noun phrase the relative completes
            m = self.np_before(b, floor)
            if m is not None and m.end != b + 1:
                m = None
        if (m is not None and (m.kind == "title" and m.name is None or m.kind not in ("name", "gaz", "pron"))
                and m.det in ("indef", None) and m.start - 1 > floor and d.keys[m.start - 1] == ","):
            # "... by Protect Hollis Kids, a parents' group that says": the named one speaks,
            # the apposition describes it
            outer = d.m_end.get(m.start - 1)
            if speaker_capable(outer) and outer.kind in ("name", "gaz"):
                m = outer
        return m

    def _role_group(self, b: int, floor: int) -> Mention | None:
        """A definite plural noun phrase ending at token ``b`` whose head is a role noun of
        people ("les riverains", "les élus locaux"); else None."""
        d = self.d
        lex = d.lex
        for t in range(b - 1, max(floor, b - 4) - 1, -1):
            if not d.mask[t] & DET:
                if not d.toks[t].text[:1].isalpha() or d.caps[t] or d.fkeys[t] in lex.function_words:
                    return None
                continue
            det = lex.determiners.match(d.keys, d.caps, t)
            if det is None or det[1][0] != "def" or det[1][2] != "p" or t + det[0] > b:
                return None
            h = t + det[0]
            head = d.fkeys[h]
            if not head.endswith(lex.plural_endings) or head[:-1] not in lex.role_nouns:
                return None
            return self._np(t, h, b + 1, det[1])
        return None

    def _restrictive_relative(self, j: int, floor: int):
        """The subject before a restrictive relative clause ending at token ``j``, without commas
        ("A group of parents who had pushed for the inquiry said", "Residents who fled the fire
        said"): the mention or noun phrase right before the person relative; None when the words
        after the relative open a subject of their own ("the man who police said ...")."""
        d = self.d
        keys, inq = d.keys, d.inq
        rels = d.lex.person_relatives
        if rels.isdisjoint(keys[max(floor + 1, j - 15):j + 1]):
            return None                 # no relative in reach
        p = j
        while p > floor and j - p < 16:
            k = keys[p]
            if k in rels:
                break
            if inq[p] >= 0 or p in self.cue_at or p in d.close_at or not (
                    d.toks[p].text[:1].isalnum() or k in ("'", "-")):
                return None
            p -= 1
        else:
            return None
        if p + 1 > j or p + 1 in d.m_start or d.caps[p + 1] or d.mask[p + 1] & DET:
            return None
        m = d.m_end.get(p)
        if m is not None:
            if speaker_capable(m) and m.kind != "pron" and not m.in_quote:
                return (m, "subject", self._np_start(m))
            return None
        np = self.np_before(p - 1, floor)
        return (np, "subject", np.start) if np is not None else None

    def _verb_between(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) hold a verb of their own outside quotations: a reporting verb, or
        an auxiliary followed by a lowercase word (not right after a relative)."""
        d = self.d
        lex = d.lex
        for t in range(a, min(b, a + 40)):
            if d.inq[t] >= 0:
                continue
            if t in self.cue_at:
                return True
            if (d.keys[t] in lex.aux and t + 1 < b and d.toks[t + 1].text[:1].isalpha() and not d.caps[t + 1]
                    and d.keys[t - 1] not in lex.relatives):
                return True
        return False

    def _inverted_after(self, c: Cue) -> bool:
        """Whether a speaker follows the verb of ``c`` (a mention, or a noun phrase the tables do
        not name), past its adverbs, channels and outlet."""
        d = self.d
        m, j = self.subject_after(c, "media" in d.lex.lemmas.get(c.lemma, _NO_LEMMA)[1])
        return m is not None or self.np_after(j, d.sent_end[d.sid[c.s]]) is not None

    def _finite_clause(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) are a clause of their own: an auxiliary after a subject (not right
        at ``a``), followed by a word, with no relative, complementizer or quotation among them."""
        d = self.d
        lex = d.lex
        found = False
        for t in range(a, min(b, a + 40)):
            k = d.keys[t]
            if k in lex.relatives or k in lex.complementizers.first or d.inq[t] >= 0 or t in self.cue_at and not (
                    k in lex.according_pronoun_only and d.keys[t + 1] not in lex.stressed_pronouns):
                return False            # ("pour des raisons de sécurité" attributes nothing)
            if ((k in lex.aux or k in lex.participle_aux) and t > a + 1 and t + 1 < b
                    and d.toks[t + 1].text[:1].isalpha() and not d.caps[t]):
                found = True            # ("son palais ayant été fermé": an absolute participle clause)
        return found

    def _relative_that(self, t: int) -> bool:
        """Whether the complementizer at token ``t`` opens an object relative ("a workout that the
        school said violated ..."): it follows a lowercase noun, not a verb, a coordinator or a
        name ("warned that", "and that", "told Reuters that")."""
        d = self.d
        lex = d.lex
        if t < 1 or d.keys[t] not in lex.complementizers.first:
            return False
        b = t - 1
        if d.caps[b] and d.toks[b].text[:1].isalpha() and d.inq[b] < 0:
            # "at a briefing in Raleigh that began at 10 a.m.": a place after a locative preposition (a name
            # alone is the one told: "told Reuters that")
            r = b
            while r > 0 and b - r < 3 and d.caps[r - 1] and d.toks[r - 1].text[:1].isalpha():
                r -= 1
            return r > 0 and d.keys[r - 1] in lex.locative_preps
        return (d.toks[b].text[:1].isalpha() and not d.caps[b] and d.inq[b] < 0 and b not in self.cue_at
                and d.keys[b] not in lex.cues.first and d.fkeys[b] not in lex.function_words
                and d.keys[b] not in lex.coordinators and d.keys[b] not in lex.prepositions
                and d.keys[b] not in lex.aux and d.keys[b] not in lex.copulas)

    def _subject_relative(self, t: int, a: int, end: int) -> bool:
        """Whether the complementizer at token ``t`` (its clause opening at ``a``) opens a subject
        relative: it follows a lowercase noun (``_relative_that``) and a finite verb comes right after
        it, with no subject between ("after a meeting that lasted four hours", "at a news conference
        that was broadcast live").  A verb is one of ``ZERO_CLAUSE_VERBS`` (with the
        auxiliaries, modals and copulas) or a word with one of ``ZERO_CLAUSE_VERB_ENDINGS`` that is
        no plural ending ("lasted"); a language without them (« que » never opens a subject
        relative) has none."""
        d = self.d
        lex = d.lex
        if not lex.zero_verb_endings or a >= end or not self._relative_that(t):
            return False
        k = d.keys[a]
        if k in lex.zero_verbs:
            return True
        return (not d.caps[a] and d.toks[a].text[:1].isalpha() and len(k) > 3 and bool(lex.verb_only_endings)
                and k.endswith(lex.verb_only_endings))

    def _before_age(self, p: int, floor: int) -> Mention | None:
        """The mention before an age between commas, the second comma at token ``p`` ("Gaskell,
        58, who ...", "X, 41 ans, qui ...")."""
        d = self.d
        q = p - 1
        if q - 1 >= floor and d.toks[q].text[:1].isalpha() and not d.caps[q]:
            q -= 1                      # "41 ans"
        if q - 1 >= floor and d.toks[q].text.isdigit() and d.keys[q - 1] == ",":
            return d.m_end.get(q - 1)
        return None

    def _before_agent(self, j: int, floor: int) -> int:
        """The last token of the noun phrase a participle and its agent complement describe, when
        tokens up to ``j`` end with them ("A panel appointed by the governor said", "..., a law
        firm hired by the club's board said": the panel, the firm); else ``j``."""
        d = self.d
        lex = d.lex
        keys = d.keys
        if lex.agent_preps.isdisjoint(keys[max(floor + 2, j - 6):j + 1]):
            return j                    # no agent preposition in reach
        b = j
        while b > floor + 1 and j - b < 7:
            k = keys[b]
            if k in lex.agent_preps:
                break
            if d.inq[b] >= 0 or b in self.cue_at or not (d.toks[b].text[:1].isalnum() or k in ("'", "-")):
                return j
            b -= 1
        else:
            return j
        v = b - 1
        t = d.toks[v].text
        if (b == j or d.caps[v] or not t[:1].isalpha() or not keys[v].endswith(lex.participle_endings)
                or d.fkeys[v] in lex.function_words or keys[v] in lex.aux or v in self.cue_at
                or d.fkeys[v] in lex.fronted_participles
                or keys[v] in lex.prepositions or d.inq[v] >= 0):
            return j
        w = v - 1
        if not (d.toks[w].text[:1].isalnum() and d.inq[w] < 0 and keys[w] not in lex.aux
                and keys[w] not in lex.copulas and keys[w] not in lex.relatives and w not in self.cue_at):
            return j                    # ("who was hired by", "has been backed by": a verb, no description)
        m = d.m_end.get(v)
        np = m if m is not None and m.kind != "pron" else self.np_before(w, floor)
        if np is None or np.end != v or not speaker_capable(np):
            return j
        return w

    def _subordinate_subject(self, f: int, b: int) -> int | None:
        """Where the subject of the last subordinate clause between tokens ``f`` and ``b`` starts, a clause opened
        after a comma by a word of ``GERUND_CLAUSE_OPENERS`` ("..., when Hezbollah fired rockets ..."); else None."""
        d = self.d
        openers = d.lex.gerund_clause_openers
        for x in range(b - 1, max(f + 1, b - GERUND_REACH), -1):
            if d.keys[x] in openers and d.keys[x - 1] == "," and d.inq[x] < 0 and d.m_start.get(x + 1) is not None:
                return x + 1
        return None

    def _possessor_name(self, m: Mention) -> Mention | None:
        """The name right after the possessive clitic after place ``m`` ("Lebanon's Hezbollah"): its mention, else
        None."""
        d = self.d
        if not d.lex.possessive_clitic or m.end >= d.n:
            return None
        x = d.lex.after_clitic(d.keys, m.end)
        n = d.m_start.get(x) if x > m.end else None
        return n if n is not None and n.kind in ("name", "gaz") and speaker_capable(n) else None

    def _possessed_after(self, m: Mention | None) -> Mention | None:
        """The body that the title, name or place ``m`` has, named right after it with the possessive
        clitic ("the mayor's office", "the governor's office"): that noun phrase, from ``m``'s start; None
        when there is none, or when it is a document ("the company's annual report": the possessor writes)."""
        d = self.d
        lex = d.lex
        if m is None or not lex.possessive_clitic or m.kind not in ("title", "name", "gaz") or m.end >= d.n:
            return None
        x = lex.after_clitic(d.keys, m.end)
        if x <= m.end or any(d.fkeys[t] in lex.document_heads for t in range(x, min(d.n, x + 4))):
            return None
        np = self.np_after(m.start, d.sent_end[d.sid[m.start]])
        return np if np is not None and np.end > x and speaker_capable(np) else None

    def _partitive_member(self, m: Mention, floor: int) -> Mention | None:
        """"L'un d'eux a affirmé", "One of them said": one of the group the plural pronoun ``m`` refers
        to, when a partitive ends with it (the whole phrase is the mention; the speaker is an unnamed
        member of that group); else None."""
        d = self.d
        j = m.end - 1
        for s in range(max(floor, j - 5), j - 1):
            pt = d.lex.partitives.match(d.fkeys, d.caps, s)
            if pt is not None and s + pt[0] == j + 1:
                om = Mention(s, j + 1, "pron", (s, j + 1))
                om.gender, om.number, om.nature = m.gender, "p", "person"
                return om
        return None

    def _before_possessed_complement(self, j: int, floor: int) -> int:
        """The last token of a possessed noun phrase opening the clause, when a complement after a connector
        ("for", "of") runs from it to token ``j`` ("Kyiv's coordination headquarters for the treatment of
        prisoners of war said": the headquarters); else ``j``."""
        d = self.d
        lex = d.lex
        if d.m_end.get(j + 1) is not None and d.m_end[j + 1].kind != "np":
            return j
        a = strip_lead(d, floor, j + 1)
        pm = d.m_start.get(a)
        if pm is None or pm.kind not in ("gaz", "name") or pm.end >= j:
            return j
        x = lex.after_clitic(d.keys, pm.end)
        p = x
        while (p < j and p - x < 3 and d.toks[p].text[:1].isalpha() and not d.caps[p]
               and d.fkeys[p] not in lex.function_words and not d.mask[p] & CONN):
            p += 1
        if x == pm.end or p == x or p >= j or j - p > 9 or not d.mask[p] & CONN:
            return j
        if any(t in self.cue_at or d.inq[t] >= 0 or not (d.toks[t].text[:1].isalnum() or d.keys[t] in ("'", "-"))
               for t in range(p, j + 1)):
            return j
        return p - 1

    def _before_standing(self, j: int, floor: int) -> int:
        """The last token of the noun phrase a standing of ``STANDING_PHRASES`` completes, when tokens up
        to ``j`` end with it ("The party in power said", « Le parti au pouvoir a annoncé »: the party);
        else ``j``."""
        d = self.d
        if d.fkeys[j] not in d.lex.standing_last:
            return j                    # (no phrase ends here: the commonest case, one test)
        for size in (2, 3, 1):
            a = j - size + 1
            if a - 1 <= floor or tuple(d.fkeys[a:j + 1]) not in d.lex.standing_phrases or d.inq[a] >= 0:
                continue
            m = d.m_end.get(a)
            np = m if m is not None and m.kind != "pron" else self.np_before(a - 1, floor)
            if np is not None and np.end == a and speaker_capable(np):
                return a - 1
        return j

    def _before_affiliation(self, j: int, floor: int) -> int:
        """The last token of a person's name followed by the organisation they belong to, or of a name followed by
        its town, when tokens up to ``j`` end with them ("Sharon Liu of Evercore ISI said", "Jane Doe at the
        University of Michigan said", "Covenant Children's Hospital in Lubbock said": Sharon Liu, Jane Doe, the
        hospital); else ``j``."""
        d = self.d
        m = d.m_end.get(j + 1)
        if m is None or m.kind not in ("name", "gaz", "title") or m.start - 2 < floor:
            return j
        k = m.start - 1
        if d.inq[k] >= 0 or d.keys[k] not in d.lex.affiliation_preps and not (
                d.keys[k] in d.lex.locative_preps and m.kind in ("name", "gaz") and m.det is None):
            return j                    # ("Covenant Children's Hospital in Lubbock said": a body and its town)
        p = d.m_end.get(k)
        if (p is None or p.kind != "name" or p.det is not None or p.in_quote or p.end - p.start < 2
                or not all(d.caps[t] for t in range(p.start, p.end) if d.toks[t].text[:1].isalpha()
                           and d.keys[t - 1] != "'")):      # (a possessive inside: "Covenant Children's Hospital")
            return j
        s = p.start
        if not (s == floor or d.keys[s - 1] in (",", ";", ":") or s - 1 in d.close_at
                or strip_lead(d, floor, s) >= s):
            return j                    # ("the talks between Sharon Liu of X": no subject)
        return p.end - 1

    def _before_modifier(self, j: int, floor: int) -> int:
        """The last token of the noun phrase a present participle and its object describe, when
        tokens up to ``j`` end with them and no noun phrase before already holds them ("A lawyer
        representing the family said", "The union representing the workers said": the lawyer,
        the union); else ``j``."""
        d = self.d
        lex = d.lex
        keys = d.keys
        ends = lex.modifier_participle_endings
        v = j - 1
        while v > floor and j - v < 6:
            k = keys[v]
            t = d.toks[v].text
            if d.inq[v] >= 0 or v in self.cue_at or not (t[:1].isalnum() or k in ("'", "-")):
                return j
            if len(k) > 4 and k.endswith(ends) and t[:1].islower():
                break
            v -= 1
        else:
            return j
        w = v - 1
        k = keys[v]
        o = v + 1
        if not (d.mask[o] & DET or d.caps[o] or d.toks[o].digit):
            return j                    # "the cycling federation", "the ruling party": a noun's modifier
        if (k in lex.inf_words or d.fkeys[v] in lex.function_words or k in lex.prepositions
                or k in lex.cues.first or not d.toks[w].text[:1].isalnum() or d.inq[w] >= 0
                or keys[w] in lex.aux or keys[w] in lex.passive_aux or keys[w] in lex.copulas
                or keys[w] in lex.relatives or keys[w] in lex.prepositions or w in self.cue_at):
            return j                    # ("is leading", "by using", "saying"): no description
        if d.m_end.get(j + 1) is None:
            whole = self.np_before(j, floor)
            if whole is not None and whole.start < v:
                return j                # "A group representing farmers": one noun phrase already
        m = d.m_end.get(v)
        np = m if m is not None and m.kind != "pron" else self.np_before(w, floor)
        if np is None or np.end != v or not speaker_capable(np):
            return j
        s = np.start
        if not (s == floor or keys[s - 1] in (",", ";", ":") or s - 1 in d.close_at):
            return j
        return w

    def _before_relative(self, j: int, floor: int) -> int:
        """The last token of the noun phrase a subject relative without commas describes, when
        tokens up to ``j`` end with it ("..., the agency that runs the crossing said", "The firm
        which owns the mall said": the agency, the firm); else ``j``."""
        d = self.d
        lex = d.lex
        keys = d.keys
        window = keys[max(floor + 2, j - 6):j]
        if lex.relatives.isdisjoint(window) and lex.complementizers.first.keys().isdisjoint(window):
            return j                    # no relative in reach
        if not d.toks[j].text[:1].isalnum() or d.inq[j] >= 0:
            return j
        r = j - 1
        while r > floor + 1 and j - r < 7:
            k = keys[r]
            if k in lex.relatives or k in lex.complementizers.first:
                break
            if (d.inq[r] >= 0 or r in self.cue_at or keys[r] in lex.cues.first
                    or not (d.toks[r].text[:1].isalnum() or k in ("'", "-"))):
                return j
            r -= 1
        else:
            return j
        v = r + 1
        if (v >= j or d.caps[v] or not d.toks[v].text[:1].isalpha() or d.mask[v] & DET or v in self.cue_at
                or keys[v] in lex.pronouns or d.fkeys[v] in lex.function_words or keys[v] in lex.prepositions
                or d.inq[r] >= 0 or not d.toks[r - 1].text[:1].isalpha()):
            return j
        if keys[r] not in lex.relatives and not (self._relative_that(r) or d.caps[r - 1]):
            return j
        m = d.m_end.get(r)
        np = m if m is not None and m.kind != "pron" else self.np_before(r - 1, floor)
        if np is None or np.end != r or not speaker_capable(np):
            return j
        s = np.start
        if not (s == floor or keys[s - 1] in (",", ";", ":") or s - 1 in d.close_at):
            return j
        return r - 1

    def _place_region(self, p: int, j: int) -> bool:
        """Whether the words between the commas at tokens ``p`` and ``j`` are a country completing
        a place named right before ``p`` ("who opened a port in Chancay, Peru,", "The mayor of
        Cusco, Peru,"): a country of the gazetteer, after capitalised words that follow a locative
        or affiliation preposition or a lowercase word (no subject of the sentence)."""
        d = self.d
        inner = d.m_start.get(p + 1)
        if inner is None or inner.end != j or inner.kind != "gaz" or (inner.gaz or ("", ""))[1] != "government":
            return False
        t = p - 1
        while t > p - 4 and t > 0 and d.caps[t] and d.toks[t].text[:1].isalpha():
            t -= 1
        if t == p - 1 or t < 0:
            return False
        b = d.keys[t]
        return b in d.lex.locative_preps or b in d.lex.affiliation_preps or (
            d.toks[t].text[:1].isalpha() and not d.caps[t] and not d.mask[t] & DET and b not in d.lex.prepositions)

    def _list_words(self, a: int, b: int, last: bool) -> bool:
        """Whether tokens [a, b) (between commas) are an item of a list of nouns: the last one
        (``last``), joined by a coordinator ("parents and staff members"), or one before it, a few
        words without a preposition ("112 former gymnasts"); no verb, relative, quotation or cue."""
        d = self.d
        lex = d.lex
        if b - a < (2 if last else 1) or b - a > (8 if last else 4):
            return False
        joined = False
        for t in range(a, b):
            k = d.keys[t]
            if (d.inq[t] >= 0 or t in self.cue_at or not (d.toks[t].text[:1].isalnum() or k in ("-", "'"))
                    or k in lex.relatives or k in lex.complementizers.first or k in lex.aux or k in lex.modals
                    or k in lex.copulas or not last and k in lex.prepositions):
                return False
            if k in lex.coordinators or k in lex.gloss_links:
                if not last or t == b - 1:
                    return False
                joined = True
        return joined or not last

    def _descriptive_apposition(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) (between commas) are a noun phrase describing the one before:
        opening on a determiner, an apposition opener ("one of the largest in the region", "a
        group of 40 growers") or a bare lowercase noun ("autorité organisatrice des transports",
        except after a document), without a verb of its own, a relative, a quotation or a cue."""
        d = self.d
        lex = d.lex
        n = b - a
        if n > 12:
            # (a name closing the aside counts as one word: "led by a group of younger farmers
            # called Keep It Local Dairy"; with its acronym in brackets: « réunis au sein de l'Association
            # nationale des industries alimentaires (Ania) »)
            e = b - 2
            if d.keys[e] == ")" and e - 3 > a and "(" in d.keys[e - 3:e]:
                q = e - 3 + d.keys[e - 3:e].index("(")
                n -= e - q + 1          # (the acronym in brackets names what comes before it: no word)
                e = q - 1
            top = e
            while e > a and d.caps[e] and d.inq[e] < 0:
                e -= 1
            if e < top:
                n -= top - e - 1
        if b - a < 2 or n > 12:
            return False
        det = lex.determiners.match(d.keys, d.caps, a) if d.mask[a] & DET else None
        op = None
        if ((det is None or det[1][0] == "bare") and (op := lex.apposition_openers.match(d.fkeys, d.caps, a)) is None
                and (d.caps[a] or not d.toks[a].text[:1].isalpha() or d.fkeys[a] in lex.function_words
                     or d.keys[a] in lex.prepositions or a >= 2 and d.fkeys[a - 2] in lex.document_heads)):
            # (a noun without an article also describes: "La région, autorité organisatrice des
            # transports, a assuré"; not after a document, whose author speaks: "His memo, shown
            # to jurors, warned")
            return False
        for t in range(a + op[0] if op is not None else a, b - 1):
            k = d.keys[t]
            if (k in lex.naming_participles and t > a and d.toks[t - 1].text[:1].isalpha() and not d.caps[t - 1]
                    and d.fkeys[t - 1] not in lex.function_words and (d.caps[t + 1] or d.inq[t + 1] >= 0)):
                continue                # "led by a group called X": the participle names the noun
            if (d.inq[t] >= 0 or t in self.cue_at or k in lex.relatives or k in lex.complementizers.first
                    or k in lex.aux or k in lex.modals or k in lex.copulas or k in (",", ";", ":")):
                return False
        return True

    def _partitive_group(self, x: int, end: int) -> Mention | None:
        """The plural unnamed group a partitive head ending at token ``x`` takes ("one of the officers", «
        l'un des officiers»): its mention, which may hold the head's last word (« des »), or a noun phrase the
        tables do not know after it; else None."""
        d = self.d
        g = d.m_start.get(x) or d.m_start.get(x - 1)
        if g is None:
            g = self.np_after(x - 1, end)
        return g if g is not None and g.kind in ("title", "np") and g.number == "p" and g.name is None else None

    def _member_of_group(self, m: Mention, floor: int) -> Mention | None:
        """A mention of one unnamed member of the group ``m`` names, when a partitive opens it ("one of the
        officials", « l'un des responsables »): the whole phrase, a singular noun phrase; else None."""
        d = self.d
        for k in range(max(floor, m.start - 3), m.start):
            got = d.lex.member_prefixes.match(d.fkeys, d.caps, k)
            if got is not None and (k + got[0] == m.start or k + got[0] == m.start + 1 and m.det is not None):
                # (the prefix may end on the group's article: « l'un des » before « des militaires »)
                pm = Mention(k, m.end, "np", (k, m.end))
                pm.det, pm.number, pm.nature, pm.cls = "indef", "s", m.nature, m.cls
                pm.title = d.text[d.toks[k].start:d.toks[m.end - 1].end]
                return pm
        return None

    def _group_partitive(self, j: int, floor: int) -> Mention | None:
        """Part of a group ending at token ``j`` as a subject ("plusieurs d'entre eux affirment",
        "several of them said"): a plural pronoun mention, so that the group named before speaks."""
        d = self.d
        gps = d.lex.group_partitives
        if gps is None or gps.first.keys().isdisjoint(d.fkeys[max(floor, j - 5):j]):
            return None                 # no such phrase opens in reach
        for s in range(max(floor, j - 5), j):
            if d.fkeys[s] in gps.first:
                g = gps.match(d.fkeys, d.caps, s)
                if g is not None and s + g[0] == j + 1:
                    m = Mention(s, j + 1, "pron", (s, j + 1))
                    m.gender, m.number, m.nature = g[1], "p", "person"
                    return m
        return None

    def before_brackets(self, e: int, floor: int) -> int:
        """Where a mention may end before a short bracket closing at token ``e - 1`` (an acronym,
        a party, an age: "la Commission électorale (ECZ)", "Gérard Pujol (divers droite)"): the
        bracket's opening when a mention ends there, else ``e``."""
        d = self.d
        j = e - 1
        if j - 2 < floor or d.keys[j] != ")":
            return e
        for p in range(j - 1, max(floor, j - 4), -1):
            if d.keys[p] == "(":
                return p if p > floor and d.m_end.get(p) is not None else e
            if not d.toks[p].text[:1].isalnum():
                break
        return e

    def _governed_place(self, m: Mention | None, c: Cue, floor: int) -> bool:
        """Whether ``m`` is a place or name governed by a preposition while an inverted subject
        follows the verb ("... dans le secteur de La Rosière, en Savoie, a annoncé la préfecture"):
        it is no subject; the speaker follows the verb.  So is an institution's noun phrase ("...
        reçus à la préfecture du Nord, sans ..., a indiqué l'association X")."""
        if m is None or not (m.kind in ("gaz", "name") or m.kind == "title" and m.nature == "org"
                             and m.name is None) or not self._governed(m.start, floor):
            return False
        after, j = self.subject_after(c, False)
        if after is not None:
            return True
        d = self.d
        end = d.sent_end[d.sid[c.s]]
        # "..., a indiqué la gendarmerie": a noun phrase the tables do not know, ending the clause
        # or, for a verb that takes no bare clause ("said its operators worked ..."), named
        np = self.np_after(j, end)
        return np is not None and (np.end >= end or d.keys[np.end] in (",", ".", ";") or (
            "zero" not in d.lex.lemmas.get(c.lemma, _NO_LEMMA)[1]))

    def _governed(self, s: int, floor: int) -> bool:
        """Whether the noun phrase starting at token ``s`` follows a preposition, or opens on a
        connector right after a lowercase word ("un alpage du Champsaur": a noun's complement)."""
        d = self.d
        toks = d.toks
        while (s - 2 >= floor and d.keys[s - 1] == "-" and d.caps[s - 2] and toks[s - 1].start == toks[s - 2].end
               and toks[s].start == toks[s - 1].end):
            s -= 2                      # "les Hautes-Alpes": the compound's first part
        if (s - 1 >= floor and d.mask[s] & CONN and d.lex.connectors.match(d.fkeys, d.caps, s) is not None
                and d.toks[s - 1].text[:1].isalpha() and (not d.caps[s - 1] or s - 1 > floor and not d.caps[s])):
            return True                 # (or a name's complement: "l'Ultra des Trois Cols")
        p = s - 1
        for _ in range(2):
            if p > floor and d.keys[p] == "'":
                p -= 1                  # "près d'Estours", "à l'hôpital": the elided word
            if p < floor:
                return False
            if d.keys[p] in d.lex.prepositions or d.mask[p] & DE:
                return True
            if not d.mask[p] & DET:
                return False
            p -= 1
        return False

    def _member_of(self, s: int, floor: int) -> bool:
        """Whether the noun phrase at token ``s`` completes a plural noun opening the clause ("Les
        experts de l'Institut X (IX), dépêchés sur place, estiment": its members speak for it)."""
        d = self.d
        a = strip_lead(d, floor, s)
        if s - a > 4:
            return False
        k = a + 1 if d.mask[a] & DET else a
        key = d.keys[k] if k < s else ""
        return (k + 1 < s and not d.caps[k] and key.endswith(d.lex.plural_endings)
                and (d.keys[k + 1] in d.lex.prepositions or bool(d.mask[k + 1] & DE)))

    def _place_holder(self, m: Mention, floor: int):
        """The noun phrase a place or name completes: "The miners' union at Santa Ines", "The U.S.
        Embassy in Tegucigalpa", "X, based in Raleigh, North Carolina,", "analyst X of Vilnius
        University": (mention, "subject", clause start) or None."""
        d = self.d
        keys, lex = d.keys, d.lex
        p = m.start - 1
        pm = d.m_end.get(p + 1)
        if m.span[0] > m.start and keys[m.start] in lex.locative_preps:
            p = m.start                   # "au Guilvinec": the preposition inside the article
        elif pm is not None and pm.kind in ("gaz", "name"):
            p = pm.start - 1              # "Vilnius University": a place naming what follows
        elif keys[p] == "," and p - 1 > floor and m.det is None:
            # (a region has no article: "..., in Hamilton, the International Cricket Council said")
            pm = d.m_end.get(p)           # "Raleigh, North Carolina": a place and its region
            if pm is not None and pm.kind in ("gaz", "name"):
                p = pm.start - 1
        elif keys[p] in lex.coordinators and p - 1 > floor:
            pm = d.m_end.get(p)           # "Utilities in Pennsylvania and New York": two places
            if pm is not None and pm.kind in ("gaz", "name"):
                p = pm.start - 1
        if p - 1 > floor and keys[p] in lex.place_modifiers and not d.caps[p]:
            p -= 1                        # "UN peacekeepers in southern Lebanon": a part of the place
        while (p - 1 > floor and keys[p] == "." and d.caps[p - 1] and len(d.toks[p - 1].text) <= 3
               and d.toks[p - 1].end == d.toks[p].start and d.toks[p].end < d.toks[p + 1].start
               and d.m_end.get(p) is not None):
            p = d.m_end[p].start - 1      # "St. Cloud", "Ft. Worth": an abbreviated word of the name
        if p <= floor:
            return None
        k = keys[p]
        loc = k in lex.locative_preps
        if not loc and k not in lex.affiliation_preps:
            return None
        if not loc and p - 2 > floor and d.m_end.get(p) is None:
            # "Fishermen in the coastal village of Navutu": the place completes a lowercase noun
            # phrase that itself follows a locative preposition
            t = p - 1
            while t > floor and p - t <= 3 and d.toks[t].text[:1].isalpha() and not d.caps[t] and not (
                    d.mask[t] & DET) and keys[t] not in lex.prepositions and d.fkeys[t] not in lex.function_words:
                t -= 1
            if t < p - 1 and t - 1 > floor and d.mask[t] & DET and not d.caps[t] and keys[t - 1] in lex.locative_preps:
                p, loc = t - 1, True
        q = p - 1
        if loc and keys[q] in lex.located_words:
            q -= 1                        # "based in", "working in"
            if q > floor and keys[q] in lex.prepositions and not d.caps[q]:
                q -= 1                    # « en poste à »: the located word's own preposition
            if q > floor and keys[q] == ",":
                q -= 1
        prev = d.m_end.get(q + 1)
        if (prev is not None and prev.kind == "name" and prev.start == q == floor and q == p - 1
                and m.nature != "org" and d.keys[q].endswith(lex.plural_endings)
                and d.fkeys[m.end - 1] not in lex.org_suffixes and d.fkeys[m.end - 1] not in lex.org_heads):
            prev = None                   # "Residents of Andijan say": a plural noun opening the sentence
        if prev is None and not loc and q == p - 1:
            g = self._group_before(p, m.end, floor)
            return (g, "subject", g.start) if g is not None else None
        if prev is not None:
            if not speaker_capable(prev) or prev.kind == "pron":
                return None
            if not loc and not (prev.kind == "title" and prev.name is not None and prev.nature == "person"
                                or prev.kind == "name" and prev.end - prev.start >= 2 and prev.nature != "org"
                                and d.caps[m.end - 1] and d.fkeys[m.end - 1] in lex.org_heads):
                return None               # "of" after anything but a named person: one name
            if loc and prev.kind == "name" and q == p - 1 and m.kind != "gaz" and not (
                    prev.nature == "org" and m.nature != "org" and keys[p] not in lex.affiliation_preps):
                return None               # "Analysts at Halvorsen Labs": a name after a name
                                          # (not "The Attorney's Office in Manhattan": the office's place)
            return (prev, "subject", self._np_start(prev))
        if not loc:
            return None
        np = self.np_before(q, floor)
        if np is None:
            return None
        if q == p - 1:
            # "Tourism operators in British Columbia", "The miners' union at Santa Ines": the
            # place is part of the speaker's description
            np.title += d.text[d.toks[q].end:d.toks[m.end - 1].end]
            np.end = m.end
            np.span = (np.start, m.end)
        return (np, "subject", np.start)

    def _premodified(self, s: int, floor: int) -> int | None:
        """The start of lowercase modifiers (or an organisation's name with its bracketed
        acronym) before a person's mention at ``s``, when a quotation or a clause and its comma
        end right before them."""
        d = self.d
        keys, lex = d.keys, d.lex
        k = s
        if keys[k - 1] == ")" and k - 3 >= floor and keys[k - 3] == "(":
            org = d.m_end.get(k - 3)
            if org is None or org.kind != "name":
                return None
            k = org.start
        else:
            while (k > floor and s - k < 4 and not d.caps[k - 1] and d.toks[k - 1].text[:1].isalpha()
                   and keys[k - 1] not in lex.function_words and keys[k - 1] not in lex.prepositions
                   and (keys[k - 1] not in lex.cues.first or k < s and k - 1 not in self.cue_at)):
                # (a cue word read as no verb before a modifier: "..., state utility X said")
                k -= 1
            if (s - 3 <= k <= s and k - 2 > floor and keys[k - 1] in lex.coordinators and not d.caps[k - 2]
                    and d.toks[k - 2].text[:1].isalpha() and keys[k - 2] not in lex.function_words
                    and keys[k - 2] not in lex.prepositions and keys[k - 2] not in lex.cues.first):
                k -= 2                  # "..., police and hospital officials said": modifiers joined
            if k - 1 > floor and d.caps[k - 1] and d.fkeys[k - 1] in lex.name_affiliations:
                k -= 1                  # '"...," Republican Winsome Earle-Sears said': a party before the name
            elif k < s and k - 1 > floor and d.caps[k - 1] and d.mask[k - 1] & NAT and d.m_end.get(k) is None:
                k -= 1                  # '"...," Norwegian grandmaster X told': a nationality first
            elif k < s and k - 1 > floor and keys[k - 1] in lex.possessive_words:
                k -= 1                  # "..., its operator Isavia said": a possessive before the role noun
            org = d.m_end.get(k) if k < s else None
            if org is not None and org.kind == "name" and not org.in_quote and org.start > floor:
                # '"...," Electoral Commission registrar X told': the name of the body the
                # lowercase role noun belongs to starts the clause
                k = org.start
            if k == s and k - 2 > floor and d.toks[k - 1].text.isdigit():
                # '"...," IAM District 751 President Jon Holden told': a body's name (two at most) and number
                x = k - 1
                for _ in range(2):
                    org = d.m_end.get(x)
                    if org is None or org.kind != "name" or org.in_quote or org.start <= floor:
                        break
                    x = k = org.start
        if k == s or k - 1 < floor:
            return None
        b = k - 1
        if b in d.close_at or keys[b] == "," and (b - 1 in d.close_at or d.inq[b] < 0):
            return k                    # (or after the comma ending a clause: "..., park officials said")
        return None

    def _possessed_description(self, p: int, floor: int) -> int | None:
        """The start of a short description before the comma at token ``p``, a possessive and lowercase
        nouns ("its owner", "the company's owner") right after a comma: where the speaker's words start."""
        d = self.d
        lex = d.lex
        k = p - 1
        while k > floor and p - k <= 3 and d.toks[k].text[:1].isalpha() and not d.caps[k] \
                and d.fkeys[k] not in lex.function_words and d.keys[k] not in lex.prepositions:
            k -= 1
        if k == p - 1 or k <= floor:
            return None
        if d.keys[k] in lex.possessive_words:
            start = k
        elif lex.possessive_clitic and lex.after_clitic(d.keys, k) > k:
            start = k                   # "the company's owner": the possessor's noun phrase, lowercase words
            while start > floor and p - start < 8 and d.toks[start - 1].text[:1].isalpha() and not d.caps[start - 1]:
                start -= 1
        else:
            return None
        return start if start > floor and d.keys[start - 1] == "," and d.inq[start - 1] < 0 else None

    def _premodified_name(self, a: int, e: int) -> Mention | None:
        """The name ending at token ``e`` after a few words from token ``a`` that describe it (a
        demonym, a place joined by a hyphen, lowercase nouns: "Canadian fund Cordell Partners",
        "Dubai-based Kessel Maritime"), the last of them a lowercase noun; else None."""
        d = self.d
        m = d.m_end.get(e)
        if m is None or m.kind != "name" or m.in_quote or not a < m.start <= a + 4:
            return None
        lex = d.lex
        keys, caps, toks = d.keys, d.caps, d.toks
        last = m.start - 1
        if caps[last] or not toks[last].text[:1].isalpha():
            return None
        for t in range(a, m.start):
            key = keys[t]
            if key == "-":
                if t > a and not caps[t + 1] and toks[t + 1].text[:1].isalpha():
                    continue
                return None
            if (not toks[t].text[:1].isalpha() or d.inq[t] >= 0 or d.fkeys[t] in lex.function_words
                    or key in lex.prepositions or key in lex.cues.first or key in lex.relatives):
                return None
            if caps[t] and not (d.mask[t] & NAT or keys[t + 1] == "-"):
                return None
        return m

    def _subject_aside(self, floor: int, s: int) -> bool:
        """Whether tokens [floor, s) are a noun phrase and a relative clause or anonymity marker
        between commas ("A trader, who asked not to be named, said ..."): the subject before the
        verb, not reported words before an inverted one."""
        d = self.d
        if s - 1 <= floor or d.keys[s - 1] != "," or d.inq[s - 1] >= 0:
            return False
        # the commas outside quotations from ``floor`` to the one at s - 1, up to five (found by
        # a scan in C, which meets the comma at s - 1 at the latest)
        inq, index = d.inq, d.keys.index
        commas = []
        t = floor
        while len(commas) < 5:
            t = index(",", t, s)
            if inq[t] < 0:
                commas.append(t)
            if t == s - 1:
                break
            t += 1
        if len(commas) < 2:
            return False
        p = commas[0]
        if commas[1] != s - 1:
            # "The lawsuit, filed Monday by Anna Berg, a retired nurse, says ...": a document and
            # the participle of its filing, its agent described in apposition
            lex = d.lex
            return (s - 1 in commas[2:4] and p - floor <= 4
                    and lex.document_heads and d.fkeys[p - 1] in lex.document_heads
                    and d.fkeys[p + 1] in lex.filing_verbs and d.mask[floor] & DET
                    and lex.determiners.match(d.keys, d.caps, floor) is not None
                    and bisect_left(d.open_toks, floor) == bisect_left(d.open_toks, s)
                    and all(d.toks[t].text[:1].isalpha() for t in range(floor, p)))
        if p <= floor or bisect_left(d.open_toks, floor) < bisect_left(d.open_toks, s):
            return False
        if d.keys[p + 1] in d.lex.relatives or self._anonymity_in(p + 1, s - 1):
            return True
        # "The report, released on Monday, says ...": a noun phrase and the participle of its
        # publication
        return ((d.fkeys[p + 1] in d.lex.channel_participles
                 or d.fkeys[p + 1] in d.lex.filing_verbs and d.fkeys[p - 1] in d.lex.document_heads)
                and d.mask[floor] & DET
                and d.lex.determiners.match(d.keys, d.caps, floor) is not None
                and all(d.toks[t].text[:1].isalpha() for t in range(floor, p)))

    def _place_modified(self, m: Mention, e: int) -> Mention | None:
        """The noun phrase a name modifies when lowercase words complete it up to token ``e`` ("A
        Manila-based trader", "a Kabul resident"): the person described, of the noun's class."""
        d = self.d
        lex = d.lex
        if m.kind not in ("gaz", "name") or m.in_quote or m.end >= e or e - m.end > 4 or d.caps[e - 1]:
            return None
        for t in range(m.end, e):
            if not (d.keys[t] == "-" or d.toks[t].text[:1].isalpha() and not d.caps[t]
                    and d.fkeys[t] not in lex.function_words and d.keys[t] not in lex.cues.first
                    and d.keys[t] not in lex.prepositions):
                return None
        det = lex.determiners.match(d.keys, d.caps, m.start) if d.mask[m.start] & DET else None
        if det is None or det[1][0] == "bare":
            return None
        np = self._np(m.start, m.start + det[0], e, det[1])
        if np is not None:
            np.cls = d.fkeys[e - 1]
            np.title = d.text[d.toks[m.start + det[0]].start:d.toks[e - 1].end]    # (the name's capital kept)
        return np

    def _possessor_start(self, s: int, floor: int) -> int | None:
        """The start of the possessor before a mention at token ``s`` ("the country's", "the
        group's", "Iran's" before it), else None."""
        d = self.d
        lex = d.lex
        c = len(lex.possessive_clitic)
        p = s - c - 1                   # the possessor's last token
        if not c or p < floor or lex.after_clitic(d.keys, p + 1) != s:
            return None
        pm = d.m_end.get(p + 1)
        if pm is not None:
            return pm.start if speaker_capable(pm) or pm.kind in ("gaz", "name") else None
        k = p
        while k >= floor and p - k < 3 and d.toks[k].text[:1].isalpha():
            det = lex.determiners.match(d.keys, d.caps, k) if d.mask[k] & DET else None
            if det is not None and det[1][0] != "bare" and k < p:
                return k                # (capitalised when it opens the sentence)
            if d.caps[k] and not (det is not None and k < p):
                pm = d.m_end.get(k + 1) if k < p else None
                if pm is None and k == p and k - 1 > floor and d.keys[k - 1] in lex.org_name_links:
                    pm = d.m_end.get(k - 1)     # "the Ohio Auditor of State's office"
                if pm is not None and pm.kind in ("gaz", "name") and not pm.in_quote:
                    return pm.start     # "Washington state's", "the Ohio auditor's": a place and a noun
                return None
            if d.fkeys[k] in lex.function_words or d.keys[k] in lex.cues.first and k < p:
                return None
            k -= 1
        return None

    def _possessed_head(self, np: Mention, h: int) -> None:
        """The nature of a possessed noun phrase from its last word when it is a title ("the
        country's foreign ministry": an institution, referred back to by "it")."""
        t = self.d.lex.titles.one.get(self.d.keys[h])
        if t is not None and t[1][2] == np.number and t[1][3] in ("org", "person"):
            np.nature = t[1][3]

    def _quote_before_description(self, b: int, floor: int) -> int | None:
        """The token after a quotation (and its comma) that a short noun phrase ending at the
        comma ``b`` follows ('"...," the company's lead attorney, X,'), else None."""
        d = self.d
        keys, toks, close_at = d.keys, d.toks, d.close_at
        lo = max(floor, b - 9)
        close_toks = d.close_toks
        y = bisect_left(close_toks, lo - 1)
        if y == len(close_toks) or close_toks[y] >= b:
            return None                 # no quotation closes in reach
        for x in range(b - 1, lo - 1, -1):
            k = keys[x]
            if x in close_at or k == ",":
                q = x if x in close_at else x - 1
                if x + 1 >= b or q < floor or q not in close_at:
                    return None
                first = x + 1
                if not (d.caps[first] or d.mask[first] & DET):
                    return None         # (a noun phrase: its article or a capital)
                return first
            if not (toks[x].text[:1].isalnum() or k in ("'", "-")) or x in self.cue_at or d.inq[x] >= 0:
                return None
        return None

    def _anonymity_in(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) hold an anonymity marker ("sous couvert d'anonymat")."""
        d = self.d
        mask = d.mask
        for i in range(a, min(b, a + REGION)):
            if mask[i] & ANON and d.lex.anonymity.match(d.fkeys, d.caps, i) is not None:
                return True
        return False

    def _demonym_modifies(self, k: int, j: int) -> bool:
        """Whether a nationality at token ``k`` and at most two lowercase words after it modify the noun at
        token ``j`` ("American regulators", "U.S. auto safety regulators")."""
        d = self.d
        dm = d.lex.demonyms.match(d.fkeys, d.caps, k)
        if dm is None:
            return False
        a = k + dm[0]
        return a <= j <= a + 2 and all(d.toks[t].text[:1].isalpha() and not d.caps[t]
                                       and d.fkeys[t] not in d.lex.function_words for t in range(a, j))

    def _after_comma_link(self, i: int, floor: int) -> bool:
        """Whether a comma and a clause link ("..., and") end right before token ``i``."""
        d = self.d
        lk = d.link_before(i)
        return lk is not None and lk > floor and d.keys[lk - 1] == "," and d.inq[lk - 1] < 0

    def _after_connector(self, i: int, floor: int) -> bool:
        d = self.d
        for k in range(max(floor, i - 3), i):
            m = d.lex.connectors.match(d.fkeys, d.caps, k) if d.mask[k] & CONN else None
            if m is not None and k + m[0] == i:
                return True
        return False

    def _group_before(self, p: int, e: int, floor: int) -> Mention | None:
        """The plural group noun opening the clause before the preposition at token ``p``, its
        noun phrase running to token ``e`` ("Residents of Andijan", "Angry residents of the Aurora
        suburb"): the group speaks, named by its noun."""
        d = self.d
        if p - 1 < floor or not d.keys[p - 1].endswith(d.lex.plural_endings):
            return None
        g = self.np_before(p - 1, floor, inner=True)
        if g is None or g.kind != "np" or g.nature != "person" or g.end != p:
            return None
        g.end = e
        g.span = (g.start, e)
        g.number = "p"
        return g

    def _modified_subject(self, a: int, j: int, floor: int) -> Mention | None:
        """The noun phrase opening the clause at token ``a`` up to its auxiliary or an
        apposition's comma, when no mention starts there ("The smaller UGT federation did not
        join the strike but said ...")."""
        d = self.d
        lex = d.lex
        for x in range(a + 1, min(j, a + 8)):
            key = d.keys[x]
            if key == "," or key in lex.aux or key in lex.modals:
                np = self.np_before(x - 1, floor)
                return np if np is not None and np.start <= a + 1 else None
            if not d.toks[x].text[:1].isalnum() or x in self.cue_at or d.inq[x] >= 0:
                return None
        return None

    def np_before(self, j: int, floor: int, inner: bool = False) -> Mention | None:
        """A noun phrase without a known title ending at token ``j``, opening its clause:
        "Les évêques de France", "Les syndicats", "Residents"; with a complement of place
        ("Residents of Andijan") unless ``inner``."""
        d = self.d
        lex = d.lex
        keys, toks, inq = d.keys, d.toks, d.inq
        clitic = lex.possessive_clitic      # ("'s", when the language has it)
        if (lex.qualifier_openers is not None and lex.qualifier_openers.first and not inner
                and not lex.qualifier_openers.first.keys().isdisjoint(keys[max(floor, j - 6) + 1:j])):
            for t in range(j - 1, max(floor, j - 6), -1):
                if not toks[t].text[:1].isalpha() or d.caps[t] or inq[t] >= 0:
                    break
                if keys[t] in lex.qualifier_openers.first and lex.qualifier_openers.match(d.keys, d.caps, t):
                    # "a law enforcement official familiar with the case": the noun phrase before
                    # the qualifier, which completes it
                    np = self.np_before(t - 1, floor)
                    if np is not None and np.end == t:
                        np.end = j + 1
                        np.span = (np.span[0], j + 1)
                        return np
                    break
        k = j
        elided = 0                      # (elision marks are no words: « entouré d'une dizaine de soldats »)
        while k >= floor and j - k - elided < 8:
            key = keys[k]
            if key == "'":
                elided += 1
            if not (toks[k].text[:1].isalpha() or key in ("'", "-") or _number_compound(d, k)
                    or _abbreviation_dot(d, k)):
                return None
            if key in lex.cues.first and not (k > floor and (
                    k == j and d.keys[k - 1] in lex.determiners.first or d.keys[k - 1] in lex.affiliation_preps)) \
                    and not (k == j - 1 and key in lex.title_mods and d.keys[j].endswith(lex.plural_endings)
                             and not d.caps[j] and d.toks[j].text[:1].isalpha() and not d.mask[j] & TITLE
                             and k > floor and d.keys[k - 1] in (",", ";", ":")):
                return None             # (after an article or "of", a noun: "The states alleged",
                                        # "a group of state attorneys general announced"; a title
                                        # modifier opening a bare plural after a comma: "..., state
                                        # biologists said")
            if key in lex.coordinators and self._joined_modifier(k, j, floor):
                k -= 1                  # "the national search and rescue agency said": two nouns
                continue                # joined before a lowercase organisation head
            if key in lex.relatives or key in lex.coordinators or inq[k] >= 0 or key in lex.aux:
                return None             # (an auxiliary: a clause, "Un ours a été aperçu à X")
            if k < j and not inner and (key in lex.affiliation_preps or key in lex.locative_preps):
                g = self._group_before(k, j + 1, floor)     # "Residents of the Aurora suburb"
                if g is not None:
                    return g
            if (key in lex.prepositions and k - 2 >= floor and k < j and j - k < 5
                    and d.fkeys[k - 1] in lex.fronted_participles and d.toks[k - 2].text[:1].isalpha()
                    and (not d.caps[k - 2] or k - 2 == floor or d.keys[k - 3] in lex.prepositions)):
                # (capitalised: the subject's first word, or a place completing it: "Several
                # residents of Bangui interviewed by Reuters said")
                # "Des habitants joints par téléphone décrivent ...": a participle phrase completing
                # the subject, whose noun phrase ends before it
                j = k = k - 2
                continue
            if key in lex.prepositions and key not in lex.connectors.first:
                return None
            if k > floor and k < j and clitic and keys[k - 1] == clitic[0] and lex.after_clitic(keys, k - 1) == k + 1:
                # "Kyrgyzstan's border service said", "Italy's coast guard said": a place's body
                pm = d.m_end.get(k - 1)
                if (pm is not None and pm.kind in ("gaz", "name") and not pm.in_quote
                        and (pm.start == floor or d.keys[pm.start - 1] in (",", ";", ":")
                             or pm.start - 1 in d.close_at or d.link_before(pm.start) is not None)):
                    np = self._np(pm.start, k + 1, j + 1, (None, None, "s"))
                    if np is not None:
                        np.nature = "org"
                        np.title = d.text[d.toks[pm.start].start:d.toks[j].end]
                        if pm.kind == "name" and pm.nature == "org" and pm.name:
                            # "The University of Maine's tick lab": an organisation's unit is named
                            # by the organisation's name before its noun ("University of Maine tick lab")
                            np.title = f"{pm.name} {d.text[d.toks[k + 1].start:d.toks[j].end]}"
                    return np
                ps = self._possessor_start(k + 1, floor) if pm is None or pm.kind == "title" else None
                if ps is not None and (ps == floor or d.keys[ps - 1] in (",", ";", ":") or ps - 1 in d.close_at
                                       or d.link_before(ps) is not None):
                    # "..., the country's army said", "The company's chief executive said": the
                    # body or the person of a possessor described by a common noun
                    det = lex.determiners.match(d.keys, d.caps, ps) if d.mask[ps] & DET else None
                    np = self._np(ps, k + 1, j + 1, det[1] if det is not None else (None, None, "s"))
                    if np is not None:
                        np.title = d.text[d.toks[ps].start:d.toks[j].end]
                        self._possessed_head(np, j)
                        if (pm is not None and pm.start == ps and pm.nature == "person" and pm.det == "indef"
                                and pm.name is None and pm.comps):
                            # "A spokesperson for Ontario's culture ministry said": the person whose
                            # title's complement the possessor opens, an unnamed individual
                            np.nature, np.cls, np.role = "person", pm.cls, pm.role
                            np.title = d.text[d.toks[pm.start + det[0]].start:d.toks[j].end] if det else np.title
                    return np
                return None
            det = lex.determiners.match(d.keys, d.caps, k) if d.mask[k] & DET else None
            # (an object relative opens the clause of its subject: "a result which several
            # physicists said had yet to be verified")
            boundary = (k == floor or d.keys[k - 1] in (",", ";", ":") or k - 1 in d.close_at
                        or d.link_before(k) is not None and not self._joined_modifier(k - 1, j, floor)
                        or d.keys[k - 1] in lex.relatives
                        or d.keys[k - 1] in lex.complementizers.first and self._relative_that(k - 1))
            if (not boundary and det is not None and det[1][0] in ("def", "indef") and lex.prehead_nouns
                    and k + det[0] <= j and k - 1 > floor and d.toks[k - 1].text[:1].isalpha()
                    and not d.caps[k - 1] and d.fkeys[k - 1] not in lex.function_words
                    and not d.mask[k - 1] & DET and d.keys[k - 1] not in lex.cues.first
                    and d.fkeys[k - 1] not in lex.number_words and d.keys[k - 1] not in lex.prepositions
                    and d.keys[k - 1] not in lex.locative_preps and d.keys[k - 1] not in lex.affiliation_preps):
                # "a forecast some traders said was too optimistic": an object relative without its
                # pronoun, whose subject opens after the noun it completes
                boundary = True
            if (not boundary and det is None and k == j and k - 2 > floor and lex.bare_plurals
                    and d.keys[j].endswith(lex.plural_endings) and d.toks[k - 1].text[:1].isalpha()
                    and not d.caps[k - 1] and d.fkeys[k - 1] not in lex.function_words
                    and not d.keys[k - 1].endswith(lex.plural_endings) and d.mask[k - 2] & DET
                    and d.keys[k - 3] in (",", ";", ":")):
                # "..., a decision dentists warned could ...": a bare plural after a singular noun
                # and its article is the subject of an object relative without its pronoun
                pd = lex.determiners.match(d.keys, d.caps, k - 2)
                boundary = pd is not None and pd[0] == 1 and pd[1][0] == "indef" and pd[1][2] == "s"
            if det is not None and det[1][0] not in ("bare",) and boundary and k + det[0] <= j:
                return self._np(k, k + det[0], j + 1, det[1])
            if (boundary and lex.bare_plurals and key not in lex.function_words
                    and d.keys[k] not in lex.adverbs.hits      # ("... once contractors put ...")
                    and (k == floor or not d.caps[k] or d.mask[k] & NAT and (
                        self._after_comma_link(k, floor)
                        # ("Tesla fell, American regulators said": after the comma closing the words)
                        or d.keys[k - 1] == "," and d.inq[k - 1] < 0 and self._demonym_modifies(k, j)))
                    and d.keys[j].endswith(lex.plural_endings)):
                # "Residents said", "..., traders said", "..., and Swedish authorities said" (not
                # "Chinese and Emirati firms accused of ...")
                return self._np(k, k, j + 1, (None, None, "p"))
            if boundary and k > floor:
                return None
            k -= 1
        return None

    def _joined_modifier(self, k: int, j: int, floor: int) -> bool:
        """Whether the coordinator at token ``k`` joins two lowercase nouns modifying the
        organisation head at ``j`` ("the search and rescue agency", "the fire and rescue service")."""
        d = self.d
        lex = d.lex
        if (floor < k and j == k + 2 and d.keys[k] in lex.coordinators and lex.bare_plurals
                and d.keys[j].endswith(lex.plural_endings) and (k - 1 == floor or not d.caps[k - 1])
                and (k - 1 == floor or d.keys[k - 2] in (",", ";", ":") or d.mask[k - 2] & DET)
                and all(d.toks[t].text[:1].isalpha() and (t == floor or not d.caps[t])
                        and d.fkeys[t] not in lex.function_words and d.keys[t] not in lex.cues.first
                        and not d.mask[t] & (DET | NAT) for t in (k - 1, k + 1))
                and not d.keys[k - 1].endswith(lex.plural_endings)):
            return True                 # "Hotel and restaurant owners said": two nouns before a plural head
        return (floor < k < j and j - k <= 2 and d.keys[k] in lex.coordinators and d.fkeys[j] in lex.org_heads
                and not d.caps[j] and all(
                    d.toks[t].text[:1].isalpha() and not d.caps[t] and d.fkeys[t] not in lex.function_words
                    and d.keys[t] not in lex.cues.first and not d.mask[t] & DET for t in range(k - 1, j + 1)
                    if t != k))

    def _after_det(self, j: int, end: int) -> tuple:
        """(first token after the determiner at token ``j``, what the determiner says), or
        (None, None) when there is none before ``end`` or it is a bare "de"."""
        d = self.d
        det = d.lex.determiners.match(d.keys, d.caps, j) if j < end and d.mask[j] & DET else None
        if det is None or det[1][0] == "bare":
            return None, None
        return j + det[0], det[1]

    def np_after(self, j: int, end: int) -> Mention | None:
        """An inverted noun phrase without a known title: "« ... », confie une infirmière ..."."""
        d = self.d
        lex = d.lex
        h, det = self._after_det(j, end)
        if h is None:
            pm = d.m_start.get(j) if j < end else None
            if pm is None or pm.kind not in ("gaz", "name") or lex.after_clitic(d.keys, pm.end) == pm.end:
                return None
            h, det = j, (None, None, "s")   # ", said Nordhaus's chief executive": a named possessor
        elif h + 1 < end and d.keys[h] in lex.other and d.toks[h + 1].text[:1].isalpha() and not d.caps[h + 1]:
            h += 1                          # "a raconté un autre surfeur": the noun after "autre"
        k = self._head_words_end(h, end)
        pm = d.m_start.get(h) if k == h else None
        x = lex.after_clitic(d.keys, k if pm is None else pm.end) if k < end else k
        if x > k and (k > h or pm is not None and pm.kind in ("gaz", "name") and not pm.in_quote):
            # ", said the country's foreign ministry", ", said the Kremlin's spokesman": the noun
            # after the possessor heads the phrase, as in the subject before the verb
            y = self._head_words_end(x, end)
            tm = d.m_start.get(x)
            if tm is not None and tm.kind == "title" and tm.name is not None and not tm.in_quote:
                return tm               # "the union's spokesman Ali Bagheri"
            if y == x:
                return None
            nm = self._name_after_role(y, end)
            if nm is not None:
                return nm
            np = self._np(j, x, y, det)
            if np is not None:
                np.title = d.text[d.toks[j].start:d.toks[y - 1].end]
                if pm is not None and pm.kind == "gaz":
                    np.nature = "org"   # "Chile's mining service": a place's body
                self._possessed_head(np, y - 1)
            return np
        if k == h:
            return None
        nm = self._name_after_role(k, end)
        if nm is None and k + 2 < end and d.keys[k] in lex.coordinators:
            # « a réagi l'ancien coureur et consultant Christophe Bassons »: the name after a second noun
            # of the person's roles, joined to the first without an article
            y = self._head_words_end(k + 1, end)
            if y > k + 1:
                nm = self._name_after_role(y, end)
        if nm is None and k + 2 < end and d.mask[k] & DE and d.keys[k] in lex.bare_dets:
            # "la plateforme de billetterie Billetis": a bare complement, then the name
            x = k + 1
            while (x < end and x < k + 3 and d.toks[x].text[:1].isalpha() and not d.caps[x]
                   and d.keys[x] not in lex.prepositions and d.keys[x] not in lex.cues.first
                   and d.fkeys[x] not in lex.function_words):
                x += 1
            if x > k + 1:
                nm = self._name_after_role(x, end)
        if nm is not None:
            return nm
        if (k < end and k == h + 1 and det[2] == "p" and d.keys[h].endswith(lex.plural_endings)
                and d.mask[k] & CONN):
            # "préviennent les chercheurs de l'Institut X (IX)": members of a named organisation
            # speak for it
            cn = lex.connectors.match(d.fkeys, d.caps, k)
            om = next((d.m_start[x] for x in range(k, k + 1 + cn[0]) if x in d.m_start), None) if cn else None
            if (om is not None and om.kind == "name" and speaker_capable(om) and (
                    om.entity is not None and om.entity.kind in ("organization", "government")
                    or om.name and om.name.isupper() and " " not in om.name)):
                return om               # (an acronym names an organisation: "les géologues du BRGM")
        return self._np(j, h, k, det)

    def _head_words_end(self, h: int, end: int) -> int:
        """The end of up to three lowercase words from token ``h`` heading an inverted noun phrase
        ("une sage-femme", "chief executive"), before ``end``."""
        d = self.d
        lex = d.lex
        k = h
        while (k < end and k - h < 3 and d.toks[k].text[:1].isalpha() and not d.caps[k]
               and d.keys[k] not in lex.prepositions and d.keys[k] not in lex.relatives
               and d.keys[k] not in lex.cues.first and d.fkeys[k] not in lex.function_words
               and not (k > h and k + 1 < end and d.keys[k + 1] in lex.agent_preps)):
            # (not a participle with its agent: « des survivants cités par le HCR » are survivors)
            k = compound_end(k + 1, end, d.toks, d.keys, d.caps)    # "une sage-femme"
        return k

    def _bare_plural_after(self, j: int, end: int) -> Mention | None:
        """An inverted plural noun phrase without a determiner closing the clause: "..., say
        analysts.", "..., said health experts in Geneva."."""
        d = self.d
        lex = d.lex
        if not lex.bare_plurals:
            return None
        k = j
        if k + 1 < end and d.caps[k] and d.mask[k] & NAT and not d.caps[k + 1]:
            k += 1                      # "according to British media", "Israeli state media": a nationality first
        while (k < end and k - j < 3 and d.toks[k].text[:1].isalpha() and not d.caps[k]
               and d.keys[k] not in lex.prepositions and d.keys[k] not in lex.relatives
               and d.keys[k] not in lex.cues.first and d.fkeys[k] not in lex.function_words
               and d.keys[k] not in lex.coordinators and d.keys[k] not in lex.aux
               and not (k > j and k + 1 < end and d.keys[k + 1] in lex.agent_preps)):
            k += 1
        if k == j or not (d.keys[k - 1].endswith(lex.plural_endings) or d.fkeys[k - 1] in lex.collective_nouns):
            return None
        if k < end and d.keys[k] not in (",", ".", ";") and d.keys[k] not in lex.prepositions \
                and not (k + 1 < end and d.keys[k + 1] in lex.agent_preps):
            return None                 # (to the end of the clause, or to a participle with its agent:
                                        # "said survivors quoted by the UNHCR")
        return self._np(j, j, k, (None, None, "p"))

    def _name_after_role(self, k: int, end: int) -> Mention | None:
        """The name right after a role noun the tables do not know ("la climatologue Anne-Laure
        Fabre", "l'opérateur aéroportuaire Isavia", "l'historien de l'art Bertrand Ollivier"): the
        one named speaks, when the name ends the noun phrase."""
        d = self.d
        if k >= end or not d.caps[k]:
            return None
        nm = d.m_start.get(k)
        if nm is None or nm.kind != "name" or nm.in_quote or nm.det_name and not (
                nm.span[0] > k and d.fkeys[k - 1] in d.lex.name_descriptors):
            # (a name opening on its own capitalised article after a noun presenting names: "le
            # collectif Les Amis du rail")
            return None
        if not self._ends_phrase(nm.end, end):
            return None
        return nm

    def _ends_phrase(self, x: int, end: int) -> bool:
        """Whether a name ending before token ``x`` ends its noun phrase: the clause ends there, or a
        punctuation mark, a closing quotation mark, a time expression or a preposition follows
        (« a réagi l'entraîneur Pierre Dupont en conférence de presse », "... à l'AFP")."""
        d = self.d
        if x >= end or x in d.close_at:
            return True
        k = d.keys[x]
        return k in (",", ".", ";", "(") or d.blocked[x] or k in d.lex.prepositions and d.inq[x] < 0

    def name_in_apposition(self, m: Mention, end: int) -> Mention | None:
        """The name after an unnamed title, a comma between ("a déclaré le préfet du Var, Hervé
        Lacombe, lors de ...", "a reconnu l'adjoint au maire chargé de la culture, Yannick
        Prigent."): the title, however long, describes the person named."""
        if m.kind not in ("title", "np") or m.name is not None or m.nature == "source" and m.det == "indef":
            return None
        d = self.d
        lex = d.lex
        keys, toks = d.keys, d.toks
        k = m.end
        stop = min(end, k + 16)
        while k < stop and keys[k] != ",":
            key = keys[k]
            if not (toks[k].text[:1].isalnum() or key in ("'", "-", "(", ")")) or d.inq[k] >= 0:
                return None
            if (key in lex.cues.first or key in lex.relatives or key in lex.complementizers.first
                    or key in lex.coordinators):
                return None
            k += 1
        if k >= stop:
            return None
        nm = d.m_start.get(k + 1)
        if (k - 2 >= m.end and keys[k - 2] in lex.locative_preps and d.caps[k - 1] and nm is not None
                and nm.end == k + 2):
            return None                 # "said an IRS worker in Ogden, Utah, who ...": the place's region
        if nm is None:
            # "said the group's founder, retired teacher Ellen Varholm": an occupation written
            # before the name, with its modifiers
            r = k + 1
            while r < stop and r < k + 4 and not d.caps[r] and keys[r] in lex.title_mods:
                r += 1
            if r < stop and not d.caps[r] and keys[r] in lex.roles_before_names:
                nm = d.m_start.get(r + 1)
                if nm is not None and nm.kind != "name":
                    nm = None
                k = r
        if nm is None or nm.det_name or nm.in_quote or not (
                nm.kind == "name" and d.caps[k + 1] or nm.kind == "title" and nm.name is not None
                and nm.nature == "person"):
            # (a titled name: "le préfet maritime, le vice-amiral d'escadre X,")
            return None
        if not self._ends_phrase(nm.end, end):
            return None
        return nm

    def _named_apposition(self, inner: Mention | None, p: int, j: int) -> Mention | None:
        """The name with its own article between commas after an organisation described but not
        named ("Le principal groupe d'ultras, les Gardians 1996, a dénoncé"): the one named speaks,
        its number included."""
        d = self.d
        if (inner is None or not d.lex.name_descriptors or inner.kind != "name" or not inner.det_name
                or inner.in_quote or inner.end > j):
            return None
        outer = d.m_end.get(p)
        if (outer is None or outer.kind != "title" or outer.name is not None or outer.nature != "org"
                or outer.det not in ("def", "dem")
                or not any(d.fkeys[t] in d.lex.name_descriptors for t in range(outer.start, outer.end))
                or not all(d.toks[t].text.isdigit() for t in range(inner.end, j))):
            return None
        s = inner.span[0]
        m = Mention(inner.start, j, "np", (s, j))
        m.number, m.nature, m.cls = "s", "org", outer.cls
        m.title = d.text[d.toks[s].start:d.toks[j - 1].end]
        return m

    def _described_name(self, a: int, h: int, b: int, det: tuple) -> Mention | None:
        """The name ending a noun phrase after the common noun describing it ("le quotidien
        L'Equipe", "l'association de patients France Assos Santé", "le syndicat lycéen La Voix
        lycéenne"): the one named speaks, an organisation of the descriptor's class."""
        d = self.d
        lex = d.lex
        if not lex.name_descriptors or d.caps[h]:
            return None
        k = h
        cls = None
        while k < b and not d.caps[k]:
            if cls is None and d.fkeys[k] in lex.name_descriptors:
                cls = d.fkeys[k]
            k += 1
        if (cls is None or k >= b or k == h or d.keys[k - 1] in lex.prepositions
                or d.mask[k - 1] & (CONN | DET) or d.fkeys[k - 1] in lex.function_words
                or not d.toks[k - 1].text[:1].isalpha()):
            return None             # ("les évêques de France": a complement, not a name)
        # (an organisation of its own: the article before the descriptor is not the name's)
        m = Mention(a, b, "np", (k, b))
        m.gender, m.number, m.nature, m.cls = det[1], "s", "org", cls
        m.title = d.text[d.toks[k].start:d.toks[b - 1].end]
        return m

    def _np(self, a: int, h: int, b: int, det: tuple) -> Mention | None:
        d = self.d
        while h + 3 < b and _number_compound(d, h):
            h += 3                      # "the 14-count indictment": the noun after the measure
            while (h + 2 < b and d.keys[h] == "-" and d.toks[h].start == d.toks[h - 1].end
                   and d.toks[h + 1].start == d.toks[h].end and d.toks[h + 1].text[:1].isalpha()
                   and not d.caps[h + 1]):
                h += 2                  # "the 58-year-old trader": the measure's hyphenated words too
        lex = d.lex
        if det[2] == "p" or det[0] == "def":
            while h + 1 < b and d.fkeys[h] in lex.number_words and not d.caps[h + 1]:
                h += 1                  # "the two nurses": the noun after the number
            if (h + 2 < b and d.keys[h] in lex.affiliation_preps and d.mask[h + 1] & DET
                    and d.fkeys[h - 1] not in lex.group_nouns):
                pd = lex.determiners.match(d.keys, d.caps, h + 1)
                if pd is not None and pd[1][0] == "def" and h + 1 + pd[0] < b:
                    h += 1 + pd[0]      # "Four of the nurses": a part of the group, named by its noun
        nm = self._described_name(a, h, b, det)
        if nm is not None:
            return nm
        if h + 2 < b and d.fkeys[h] in d.lex.group_nouns:
            g = self._group_of(a, h, b)
            if g is not None:
                return g
        if h >= b or self._document_last(h, b) or d.fkeys[h] in self.non_speakers and not (
                d.lex.prehead_nouns and d.toks[b - 1].text[:1].isalpha() and not d.caps[b - 1]
                and d.fkeys[b - 1] not in d.lex.function_words):
            # (where modifiers come before the noun, the last word heads it: "the statistics office")
            return None
        m = Mention(a, b, "np", (a, b))
        hc = h
        while hc + 1 < b and d.fkeys[hc] in lex.title_mods and d.toks[hc + 1].text[:1].isalpha():
            hc += 1                     # « l'ancien élu »: the class is the noun after its modifier
        m.det, m.gender, m.number, m.nature, m.cls = det[0], det[1], det[2] or "s", "person", d.fkeys[hc]
        x = compound_end(hc + 1, b, d.toks, d.keys, d.caps)     # the class of a compound is the compound
        if x > hc + 1:
            m.cls = "".join(d.fkeys[hc:x])
        if m.cls in d.lex.institution_heads and m.number == "s":
            m.nature = "org"            # "la mairie", "l'hôpital": an institution
        m.title = d.text[d.toks[h].start:d.toks[b - 1].end]
        if (d.caps[h] and d.keys[h] == d.toks[h].text.lower() and not (h + 1 < b and d.caps[h + 1])
                and not m.title[1:2].isupper() and m.title[1:2] != "." and not d.mask[h] & NAT):
            # (an acronym keeps its capitals: "The US trade agency", "The U.N. refugee agency")
            m.title = m.title[:1].lower() + m.title[1:]
        return m

    def _group_of(self, a: int, h: int, b: int | None) -> Mention | None:
        """"a group of state attorneys general", "A group of 14 novelists and two publishers": the
        plural noun phrase after a group noun at token ``h`` and "of" is the group that speaks,
        named by its nouns (numbers left out).  ``b``: the end of the noun phrase, or None to read
        it to its first plural noun and the nouns coordinated with it."""
        d = self.d
        lex = d.lex
        keys, toks = d.keys, d.toks
        if d.fkeys[h] not in lex.group_nouns or h + 2 >= d.n:
            return None
        if keys[h + 1] in lex.affiliation_preps:
            k = h + 2
        else:                           # "des centaines d'éleveurs"
            dm = lex.de_preps.match(keys, d.caps, h + 1) if d.mask[h + 1] & DE else None
            if dm is None:
                return None
            k = h + 1 + dm[0]
        limit = b if b is not None else min(d.n, k + 12)
        words: list[str] = []
        plural = False
        while k < limit:
            key = keys[k]
            text = toks[k].text
            if text[:1].isdigit() or d.mask[k] & DET and not d.caps[k] and (
                    (lex.determiners.match(keys, d.caps, k) or (0, (None, None, None)))[1][2] == "p"):
                k += 1                  # "14 novelists and two publishers"
                continue
            if key in lex.coordinators and words and k + 1 < limit:
                words.append(text)
                k += 1
                continue
            if (not text[:1].isalpha() or d.caps[k] or d.fkeys[k] in lex.function_words or key in lex.prepositions
                    or d.inq[k] >= 0):
                if b is not None:
                    if not (plural and (key in lex.affiliation_preps or d.mask[k] & DE) and words[-1].lower() not in lex.coordinators
                            and all(d.inq[x] < 0 for x in range(k, b))):
                        return None
                    # "une soixantaine d'auteurs de bande dessinée": the plural noun and its complement
                    words.append(d.text[toks[k].start:toks[b - 1].end])
                    k = b
                break
            words.append(text)
            k += 1
            if key.endswith(lex.plural_endings) and len(key) > 2:
                plural = True
                if b is None and not (k < limit and keys[k] in lex.coordinators):
                    break
        if not plural or not words or words[-1].lower() in lex.coordinators:
            return None
        m = Mention(a, k, "np", (a, k))
        m.det, m.gender, m.number, m.nature = None, None, "p", "person"
        m.cls = d.fkeys[h]
        m.title = " ".join(words)
        return m

    def _joint_start(self, s: int) -> int:
        """Where the speakers joined before the speaker opening at token ``s`` start ("..., the Red
        Cross and local officials said", "..., Scholz and Macron said"): the first of them, when a
        comma or a quotation closes the reported words right before it; else ``s``."""
        d = self.d
        keys, joint = d.keys, d.lex.joint_links
        j = s
        for _ in range(_JOINT_BACK):
            if j < 2 or keys[j - 1] not in joint or d.inq[j - 1] >= 0:
                break
            pm = d.m_end.get(j - 1)
            if pm is None or not speaker_capable(pm) or pm.kind == "pron":
                break
            j = self._np_start(pm)
            while j > 0 and d.mask[j - 1] & DET and d.inq[j - 1] < 0:
                j -= 1                  # ("the Red Cross")
        if j < s and j > 0 and (keys[j - 1] == "," or j - 1 in d.close_at):
            return j
        return s

    def _np_start(self, m: Mention) -> int:
        d = self.d
        s = m.start
        # "Le porte-parole du Kremlin, Dmitri Peskov": the clause starts at the title
        if s >= 2 and d.keys[s - 1] == ",":
            prev = d.m_end.get(s - 1)
            if prev is not None and (prev.appos is m or m.appos is prev):
                return prev.start
        return s

    def _aside_end(self, j: int, end: int) -> int | None:
        """The token after a complement of circumstance between commas opening at the comma ``j``
        (", lors du procès en décembre,"), else None."""
        d = self.d
        if not (j + 2 < end and d.keys[j] == "," and d.inq[j] < 0 and d.keys[j + 1] in d.lex.prepositions):
            return None
        for x in range(j + 2, min(end, j + 12)):
            if d.inq[x] >= 0 or x in self.cue_at:
                return None
            if d.keys[x] == ",":
                return x + 1 if x + 1 < end else None
        return None

    def subject_after(self, c: Cue, media: bool):
        d = self.d
        end = d.sent_end[d.sid[c.s]]
        j = skip_fwd(d, c.e, end, c, media="prep")
        if j < end and d.keys[j] == "," and d.m_start.get(j) is None:
            # "a raconté, lors du procès en décembre, la coordinatrice ...": an aside before the subject
            a = self._aside_end(j, end)
            if a is not None and (d.m_start.get(a) is not None or d.mask[a] & DET):
                j = a
        m = d.m_start.get(j)
        if m is None and j + 1 < end and d.fkeys[j] in d.lex.name_affiliations:
            m = d.m_start.get(j + 1)    # "said Republican Winsome Earle-Sears": a party before the name
            if m is not None and m.kind not in ("name", "title"):
                m = None
        if m is None and j < end and d.lex.partitive_heads and d.lex.member_prefixes and not d.caps[j]:
            ph = d.lex.partitive_heads.match(d.fkeys, d.caps, j)
            g = self._partitive_group(j + ph[0], end) if ph is not None else None
            if g is not None and not (g.end + 1 < end and d.keys[g.end] == ","):
                # "said one of the officers": one unnamed member of the group (with a name in apposition
                # after a comma, "said one of its spokesmen, X", the name speaks: below)
                mm = self._member_of_group(g, j)
                if mm is not None:
                    return mm, j
        if m is None and j < end and d.lex.group_partitives is not None and d.fkeys[j] in d.lex.group_partitives.first:
            g = d.lex.group_partitives.match(d.fkeys, d.caps, j)
            if g is not None:
                # "said one of them, a man who declined to give his name": part of the group named before
                pm = Mention(j, j + g[0], "pron", (j, j + g[0]))
                pm.gender, pm.number, pm.nature = g[1], "p", "person"
                return pm, j
        if m is None and j < end and d.caps[j] and j - 2 >= c.e:
            # "a dénoncé de son côté Hélène Morvan": an adverbial read as the title of the name
            for k in (j - 1, j - 2):
                m = d.m_start.get(k)
                if m is not None:
                    if not (m.kind == "title" and m.name is not None and m.end > j):
                        m = None
                    break
        if m is None and d.lex.prehead_nouns:
            # "said union leader Maria Lopez": lowercase modifiers before the title; "said passenger
            # Tomás Reyes, 34,": a role noun the tables do not know before the name
            # ("said season-ticket holder Maureen Platt": a word may be a hyphenated compound)
            lex = d.lex
            k = j
            for _ in range(2):
                if k < end and d.keys[k].isalpha() and not d.caps[k]:
                    k = compound_end(k + 1, end, d.toks, d.keys, d.caps)
                    m = d.m_start.get(k)
                    if m is not None and m.kind == "title":
                        break
                    if (m is not None and m.kind == "name" and self._name_after_role(k, end) is m and not any(
                            d.fkeys[t] in lex.function_words or d.keys[t] in lex.prepositions
                            or d.keys[t] in lex.cues.first or d.blocked[t] for t in range(j, k))):
                        break
                    m = None
                else:
                    break
        if m is not None and m.kind in ("gaz", "name") and d.lex.prehead_nouns:
            # "said Terrebonne Parish resident Lloyd Breaux", "said Lusaka-based analyst Peter Zulu":
            # a place modifying the noun before the person's name
            k = m.end
            while k < end and k < m.end + 3 and (d.keys[k] == "-" or d.toks[k].text[:1].isalpha()
                                                   and not d.caps[k] and k not in d.m_start
                                                   and d.keys[k] not in d.lex.prepositions
                                                   and d.fkeys[k] not in d.lex.function_words):
                k += 1                  # (not "said Tom Reyes of Goldman Sachs": the person speaks)
            if k > m.end:
                m2 = d.m_start.get(k)
                if m2 is not None and m2.kind in ("name", "title") and m2.name is not None and not m2.in_quote:
                    m = m2
                elif m.det == "indef" and m.start == j and (k >= end or d.keys[k] in (",", ".", ";")
                                                            or d.keys[k] in d.lex.prepositions):
                    # "said an IRS worker in Ogden": one of the organisation's people, not the
                    # organisation (the noun after it heads the phrase)
                    h, det = self._after_det(j, end)
                    np = self._np(j, m.end, k, det) if h is not None else None
                    if np is not None and np.kind == "np":
                        np.title = d.text[d.toks[h].start:d.toks[k - 1].end]
                        m = np
        if m is None and j < end:
            # "a témoigné l'un d'eux, Marc Lefeuvre": one of a group, named in apposition
            pt = d.lex.partitives.match(d.fkeys, d.caps, j)
            if pt is not None and j + pt[0] + 1 < end and d.keys[j + pt[0]] == ",":
                m2 = d.m_start.get(j + pt[0] + 1)
                if m2 is not None and m2.kind == "name" and not m2.in_quote:
                    m = m2
            if m is None and pt is not None:
                # "said one of them, a man who declined to give his name", « a lancé l'un d'eux »: one of the
                # group the pronoun refers to (as "One of them said")
                om = Mention(j, j + pt[0], "pron", (j, j + pt[0]))
                om.gender, om.number, om.nature = d.lex.pronouns.get(d.keys[j + pt[0] - 1], (None,))[0], "p", "person"
                return om, j
            ph = d.lex.partitive_heads.match(d.fkeys, d.caps, j) if pt is None and d.lex.partitive_heads else None
            if ph is not None:
                # "a expliqué l'un de ses porte-parole, Yanis Belkacem": the group's noun phrase up
                # to the comma, then the name
                x = j + ph[0]
                while x < end and x < j + ph[0] + 8 and d.keys[x] != "," and d.inq[x] < 0 and x not in self.cue_at:
                    x += 1
                if x + 1 < end and d.keys[x] == ",":
                    m2 = d.m_start.get(x + 1)
                    if (m2 is None or m2.kind == "title" and m2.name is None) and d.mask[x + 1] & DET:
                        # "l'une des démissionnaires, l'adjointe aux finances X", "..., la conseillère
                        # à l'urbanisme X": an article, a title and its complement, lowercase words,
                        # then the name ending the clause
                        y = x + 2 if m2 is None else m2.end
                        while (y < end and y < x + 8 and d.inq[y] < 0 and y not in self.cue_at
                               and (d.keys[y] == "'" or d.toks[y].text[:1].isalpha() and not d.caps[y])):
                            y += 1
                        m3 = d.m_start.get(y)
                        if (m3 is not None and m3.kind == "name" and y > x + 2 and (m2 is None or y > m2.end)
                                and (m3.end >= end or d.keys[m3.end] in (",", ".", ";"))):
                            m2 = m3
                    if (m2 is not None and (m2.kind == "name" or m2.kind == "title" and m2.name is not None
                                            and m2.nature == "person") and not m2.in_quote):
                        m = m2          # (or titled: "l'une des élues, la conseillère X")
                if m is None and d.lex.member_prefixes:
                    # « a déclaré l'un des officiers, lors de ... »: one unnamed member of the group
                    g = self._partitive_group(j + ph[0], end)
                    if g is not None:
                        m = self._member_of_group(g, j)
        if m is None and j < end and d.keys[j] in d.lex.prepositions:
            # "a réagi devant le tribunal Nadia Ferhat", "a réagi à la sortie de l'audience sa
            # fille, ...", "a lancé depuis le podium le secrétaire fédéral ...": a complement of
            # place or circumstance between the verb and its inverted subject
            x, m = self.complement_end(j, end)
            if x is not None:
                if m is None and d.keys[x] == ",":
                    a = self._aside_end(x, end)     # "à la barre, lors du procès, la ministre X"
                    if a is not None and (d.m_start.get(a) is not None or d.mask[a] & DET):
                        x = a
                m = m or d.m_start.get(x)
                if m is not None and not (m.kind in ("name", "title") or m.kind == "gaz" and m.nature == "org"):
                    m = None
                if speaker_capable(m) and m.kind != "pron":
                    return m, x
                return None, x
        if m is None and j < end:
            # "conclut un rapport de l'Inspection générale", "note le rapport": a document speaks
            # for its author
            m = self.document_speaker(j, end)
        if m is not None and m.end < end and d.lex.after_clitic(d.keys, m.end) > m.end:
            return None, j              # "said the company's chief executive": a possessor (``np_after``)
        if speaker_capable(m) and m.kind != "pron":
            return m, j
        return None, j

    def complement_end(self, j: int, end: int) -> tuple:
        """The token after a short prepositional complement opening at token ``j``: a preposition,
        then one to three nouns, each after an article or a connector ("devant le tribunal", "à la
        sortie de l'audience", "au palais de justice", "lors de l'audience"), without a comma.
        A name that a role noun of the complement seems to introduce ("devant le tribunal Nadia
        Ferhat") is after the complement: (its token, its mention).  (None, None) when no such
        complement is there."""
        d = self.d
        lex = d.lex
        keys, fkeys, caps, mask = d.keys, d.fkeys, d.caps, d.mask
        if keys[j] in lex.agent_preps or j in self.cue_at or d.inq[j] >= 0 or d.blocked[j]:
            return None, None
        k = j if mask[j] & DET else j + 1   # "au", "aux": the article is the preposition's
        nouns = 0
        while k < end and k < j + 12 and nouns < 3:
            cn = lex.connectors.match(fkeys, caps, k) if mask[k] & CONN else None
            if cn is not None and k > j:
                k += cn[0]
                if k < end and mask[k] & DET:
                    det = lex.determiners.match(keys, caps, k)
                    if det is not None and det[1][0] != "bare":
                        k += det[0]
            else:
                det = lex.determiners.match(keys, caps, k) if mask[k] & DET and not nouns else None
                if det is None and k == j + 1 and keys[j] in lex.bare_complement_preps and not mask[k] & DET:
                    det = (0, None)         # "en conseil municipal": a bare noun
                elif det is None or det[1][0] == "bare":
                    break                   # (after the first noun, only a connector goes on)
                m = d.m_start.get(k)
                k += det[0]
                if (m is not None and m.kind == "title" and m.name is not None and m.span[0] > k
                        and lex.titles.match(keys, caps, k) is None):
                    # (not a title: "devant le juge X" names the judge)
                    nm = name_mention(m.span[0], m.span[1], m.span, m.name)
                    nm.entity = m.entity        # (the person the registry made of the name)
                    return m.span[0], nm
            h = k
            while (k < end and k - h < 3 and d.toks[k].text[:1].isalpha() and not caps[k] and not d.blocked[k]
                   and fkeys[k] not in lex.function_words and keys[k] not in lex.cues.first
                   and keys[k] not in lex.relatives and keys[k] not in lex.prepositions and d.inq[k] < 0):
                k = compound_end(k + 1, end, d.toks, keys, caps)
            if k == h:
                return None, None
            nouns += 1
        return (k, None) if nouns and k < end else (None, None)

    # ---- content -----------------------------------------------------------------------------
    def _comma_relative(self, cs: int) -> bool:
        """Whether the cue at token ``cs`` opens a relative clause set off by a comma: a relative pronoun
        right after the comma, then at most a few words of the speaker before the verb ("The plan, which he
        said ...", "Smith, who said ...", « L'attaque, que la police dit ... »)."""
        d = self.d
        keys, lex = d.keys, d.lex
        floor = d.sent_start[d.sid[cs]]
        x = cs - 1
        while x > floor and cs - x <= 5 and (keys[x] not in lex.relatives and keys[x] not in lex.object_pronoun_relatives):
            if not (d.toks[x].text[:1].isalpha() or keys[x] == "'") or d.inq[x] >= 0:
                return False
            x -= 1
        if x <= floor or keys[x - 1] != "," or d.inq[x] >= 0:
            return False
        return keys[x] in lex.relatives or keys[x] in lex.object_pronoun_relatives and x < cs - 1

    def clause_end(self, a: int, ci: int) -> int:
        """End of the clause reported from token ``a``: the sentence end, or the start of a
        later reporting clause joined by a link word ("et a prévenu", "after Trump held")."""
        d = self.d
        s = d.sid[a] if a < d.n else d.sid[-1]
        end = min(d.sent_end[s], a + MAX_CLAUSE)
        cues = self.cues
        keys, mask, toks = d.keys, d.mask, d.toks
        if ci < len(cues) and self._comma_relative(cues[ci].s):
            # "The plan, which he said would cut the town in half, was rejected": a relative set off by
            # commas reports up to its closing comma; the main clause goes on after it
            k, inner = a, False
            while k < end:
                if keys[k] == "," and d.inq[k] < 0:
                    if inner:
                        inner = False   # (the close of a relative aside inside the words)
                    elif k + 1 < end and keys[k + 1] in d.lex.relatives:
                        inner = True    # "that the plan, which cost millions, was dead"
                    else:
                        end = k
                        break
                k += 1
        complementizers = d.lex.complementizers.first
        links = self.links
        for cj in range(ci + 1, min(len(cues), ci + 1 + LOOKAHEAD_CUES)):
            c = cues[cj]
            if c.s >= end:
                break
            if c.s <= a:
                continue
            if (c.s - 1 > a and keys[c.s - 1] == "," and d.inq[c.s - 1] < 0 and not c.according
                    and not c.passive and (c.inv is not None or c.aux == c.s or c.tags & _FINITE)
                    and (not self.takes_content(c, end)
                         or c.inv is not None and channel_closes(d, c.e, trim_end(d, c.e, end)))
                    and not self._participle_aside(c, end)):
                # "Le Kremlin a démenti ces informations, a-t-il indiqué", « estime que la réforme est
                # nécessaire, a-t-il ajouté »: an attribution set off by a comma, its verb first and
                # reporting nothing after it (an inverted one: nothing but its channel), closes the
                # reported words
                # (not ", Bayline Transit, had told her that ...")
                end = c.s - 1
                break
            if c.inv is None and not c.passive and c.tags & _FINITE and (
                    end - c.e <= 3 or channel_closes(d, c.e, trim_end(d, c.e, end))):
                sm = d.m_end.get(c.s)
                if (sm is not None and sm.start - 1 > a and not sm.in_quote and (
                        keys[sm.start - 1] == "," and d.inq[sm.start - 1] < 0
                        or sm.start - 1 in d.close_at and keys[sm.start - 2] == ",")):
                    # "The Kremlin denied the reports, a spokesman said (in a statement).": so too its
                    # subject and verb closing the sentence (after a quotation closing on its comma:
                    # 'Moscow urged "both sides to show restraint," Kremlin spokesman Dmitry Peskov said')
                    end = sm.start - 1 if keys[sm.start - 1] == "," else sm.start
                    break
            if (c.according and c.s - 1 > a and keys[c.s - 1] == "," and d.inq[c.s - 1] < 0
                    and keys[c.s] not in d.lex.according_pronoun_only and self._no_comma_but_alias(c.e, end)):
                # "..., according to his aides.", "..., selon son entourage.": the attribution closing
                # the sentence is no part of the reported words (", pour une mise en service ..." is
                # no attribution)
                end = c.s - 1
                break
            if c.tags == _INF and d.inq[c.s] < 0 and d.lex.purpose_markers:
                p = purpose_start(keys, c.s, d.lex)
                if p is not None and p > a + 1 and self.takes_content(c, end):
                    # « a dénoncé la corruption avant de préciser que ... », « ... pour réclamer que ... »: the
                    # main clause's subject reports words of its own there, which are not the first verb's
                    end = p
                    break
            if ("ppr" in c.tags and c.aux is None and not c.tags & _FINITE and d.keys[c.s - 1] == ","
                    and d.inq[c.s - 1] < 0 and (self.takes_content(c, end) or self._no_comma(c.e, end))):
                # "..., évoquant la possibilité de ...", "..., affirmant que ...": a participle clause
                # (not "un « plan », prévoyant une hausse, serait présenté": a parenthesis)
                end = c.s - 1
                break
            if c.inv is None and not c.passive and (c.tags & _FINITE or c.aux is not None) and c.s - 1 > a:
                p = self._resumptive_comma(a, c.s, c.e)
                if p is not None:
                    # "..., ce que l'opérateur dément": a relative of another speaker resuming
                    # the reported words, out of them
                    end = p
                    break
            if (c.inv is None and not c.passive and (c.tags & _FINITE or c.aux is not None) and d.keys[c.s - 1] != ","
                    and c.s - 1 > a):
                p = self._contact_relative_start(a, c.s)
                if p is not None:
                    # "..., a forecast some traders said was too optimistic": a noun in apposition
                    # opens an object relative of another speaker, out of the reported words
                    end = p
                    break
            # a link word ("et", "after", "even as") opening the later reporting clause, with only
            # its subject between them (none when no token before the verb, up to the link's
            # reach, may open one)
            lo = max(a, c.s - 8)
            x = bisect_left(links, lo - 2)
            if x == len(links) or links[x] >= c.s:
                continue
            det_seen = False
            for st in range(c.s, lo, -1):
                k = keys[st - 1]
                if det_seen and (k in d.lex.aux or k in d.lex.modals) and st < c.s - 2:
                    break               # "but had received no distress call": the noun of an object
                det_seen = det_seen or bool(mask[st - 1] & DET)
                if st < 3 or (mask[st - 1] | mask[st - 2] | mask[st - 3]) & LINK:
                    lk = d.link_before(st)
                    if lk is not None and d.inq[st - 1] < 0:
                        # (a bare participle after "et" shares the auxiliary of the verb reporting
                        # here: "a rappelé que ... et réclamé un « plan »", an active verb)
                        shared = (c.passive and c.aux is None and keys[c.s - 1] in d.lex.coordinators
                                  and cues[ci].aux is not None and not cues[ci].passive)
                        sm = d.m_end.get(c.s) if st < c.s else None
                        if self.takes_content(c, end, shared) or (
                                # "said a cut was likely, while Austria's Robert Holzmann cautioned against
                                # ...": another speaker, named after the link, with a verb of saying of its own
                                sm is not None and sm.start >= st and sm.kind in ("name", "title") and not sm.in_quote
                                and not c.passive and c.tags & _FINITE and speaker_capable(sm)) or (
                                st == c.s and keys[c.s - 1] in d.lex.coordinators and not c.passive
                                and (c.aux is not None) == (cues[ci].aux is not None)
                                and (c.aux is not None or c.tags & _FINITE and cues[ci].tags & _FINITE
                                     and d.lex.aux.isdisjoint(keys[a:lk]))):
                            # (a verb of saying right after "and", "but", « et », « mais », with no subject
                            # between, in the form of the verb reporting here, is the speaker's next
                            # predicate, even reporting nothing: "said the verdict was overdue but
                            # criticised the SFO", « a déclaré que ... et a appelé les députés à ... »; not
                            # « a annoncé qu'elle se constituerait partie civile et réclamerait ... », nor
                            # "said the president had spoken with him and promised ...", which shares "had")
                            end = min(end, lk)
                        break
                if not (toks[st - 1].text[:1].isalnum() or k in ("'", "-")) or k in complementizers:
                    break
        semis = self.semis
        x = bisect_left(semis, a)
        if x < len(semis) and semis[x] < end:
            end = semis[x]
        if d.lex.quoting_verbs:
            # "said the talks had produced progress and quoted Vice Premier He Lifeng as saying ...": a quoting
            # verb after "and" opens the speaker's next predicate, another's words
            quoting = self.quoting_links
            if quoting is None:
                coord, verbs, n = d.lex.coordinators, d.lex.quoting_verbs, d.n
                quoting = self.quoting_links = [t for t in links if t + 1 < n and keys[t] in coord
                                                and keys[t + 1] in verbs and d.inq[t] < 0]
            x = bisect_left(quoting, a + 1)
            if x < len(quoting) and quoting[x] + 1 < end:
                end = quoting[x]
        return self._gloss_after_words(a, self._aside_after_words(a, end))

    def _participle_aside(self, c: Cue, end: int) -> bool:
        """Whether cue ``c``, right after a comma, is a participle set off by commas inside the reported
        words ("said the cuts, announced in early March, could not take effect"): no subject after it
        nor auxiliary before it, and its words run, with no other cue nor "that", to a comma the clause
        goes on after."""
        d = self.d
        if (c.inv is not None or c.aux is not None or not d.toks[c.s - 2].text[:1].isalnum()
                or c.e < end and (c.e in d.m_start or d.mask[c.e] & DET)):
            return False                # ("..., warned the union, which ...": its subject after it)
        x = self._words_stop(c.e, end, c.e + 10, c.e)
        return x is not None and x + 2 < end and d.keys[x] == "," and d.toks[x + 1].text[:1].isalpha()

    def _words_stop(self, x: int, end: int, reach: int, cues_from: int) -> int | None:
        """Where the words from token ``x`` stop, at a comma, a full stop, a semicolon or a colon (or at
        ``end`` or ``reach``), unquoted and with no "that" nor a reporting verb from token ``cues_from``
        on; None when one of those comes first."""
        d = self.d
        keys, comps, cue_at = d.keys, d.lex.complementizers.first, self.cue_at
        while x < end and x < reach and keys[x] not in (",", ".", ";", ":"):
            if d.inq[x] >= 0 or keys[x] in comps or x in cue_at and x >= cues_from:
                return None
            x += 1
        return x

    def _gloss_after_words(self, a: int, end: int) -> int:
        """``end``, or the first comma after token ``a`` followed by a participle of the narration's comment
        on the words (``GLOSS_PARTICIPLES``: "..., casting doubt on a fifth round of talks", « ...,
        relançant les spéculations »), which closes the reported clause."""
        d = self.d
        gloss = d.lex.gloss_participles
        if not gloss or end - a < 3:
            return end
        keys, inq = d.keys, d.inq
        text, starts = d.text, d.starts
        hi = d.toks[end - 2].end
        at = text.find(",", d.toks[a].end, hi)
        seen = 0
        while at >= 0 and seen < 8:
            p = bisect_left(starts, at)
            at = text.find(",", at + 1, hi)
            if p + 1 >= end or keys[p] != "," or inq[p] >= 0:
                continue
            seen += 1
            if keys[p + 1] in gloss:
                # (not a participle set off by commas inside the words: « la loi, mettant fin aux privilèges,
                # serait votée »; a relative may follow it: "casting doubt on the talks, which ...")
                q = next((t for t in range(p + 1, end) if keys[t] == ","), None)
                if q is None or q + 1 < end and keys[q + 1] in d.lex.relatives:
                    return p
        return end

    def _no_comma_but_alias(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) hold no comma but those opening another name of what was just named
        ("according to the California Department of Forestry and Fire Protection, known as Cal Fire"), up to
        one opening a relative."""
        d = self.d
        if "," not in d.keys[a:b]:
            return True                 # (the commonest case, read in C)
        aliases = d.lex.alias_openers
        for k in range(a, b):
            if d.keys[k] == "," and k + 1 < b and d.keys[k + 1] in d.lex.relatives:
                return True             # ("according to prosecutors, who said they would ...": a relative
                                        # about the source; what it says is its own)
            if d.keys[k] == "," and not (aliases is not None and k + 1 < b
                                         and aliases.match(d.fkeys, d.caps, k + 1) is not None):
                return False
        return True

    def _aside_after_words(self, a: int, end: int) -> int:
        """``end``, or the comma after token ``a`` that opens a phrase of the narration closing the
        reported clause: how the source asked to stay unnamed ("..., speaking on condition of
        anonymity because ..."), or a noun of comment resuming the words ("..., a remark that sent
        yields higher", « ..., des propos qui ont suscité ... »)."""
        d = self.d
        if end - a < 3 or not d.any_bit(ANON | COMMENT, a + 1, end):
            return end                  # (nothing of the kind in reach: the commonest case)
        lex = d.lex
        keys, mask, inq = d.keys, d.mask, d.inq
        # the commas of the clause, found in the text (a search in C), eight at most
        text, starts = d.text, d.starts
        hi = d.toks[end - 2].end
        at = text.find(",", d.toks[a].end, hi)
        seen = 0
        while at >= 0 and seen < 8:
            p = bisect_left(starts, at)
            found, at = at, text.find(",", at + 1, hi)
            if starts[p] != found or keys[p] != "," or inq[p] >= 0:
                continue                # (a comma inside a token, or inside a quotation)
            seen += 1
            q = p + 1
            if mask[q] & ANON or q + 1 < end and mask[q + 1] & ANON:
                for t in (q, q + 1):
                    if mask[t] & ANON and lex.anonymity.match(d.fkeys, d.caps, t) is not None:
                        return p
            if mask[q] & DET and lex.comment_nouns:
                det = lex.determiners.match(keys, d.caps, q)
                h = q + det[0] if det is not None else q
                if (det is not None and det[1][0] in ("indef", "dem") and h + 1 < end
                        and d.fkeys[h] in lex.comment_nouns
                        and (keys[h + 1] in lex.relatives or keys[h + 1] in lex.complementizers.first)
                        and "," not in keys[h + 2:end]):
                    # (to the end of the clause: "said the decision, a move that surprised markets, was
                    # final" goes on after it)
                    return p
        return end

    def _resumptive_comma(self, a: int, s: int, e: int) -> int | None:
        """The comma after token ``a`` opening a pronoun and relative that resume the clause before
        as the object of the verb at tokens [s, e) (", ce que l'opérateur dément", ", which the Taliban
        deny"); or None.  A relative that may also complete a noun (``RESUMPTIVE_AT_END``: "which")
        resumes the clause only with its verb ending the sentence ("the plan, which officials described
        as ambitious, would ..." is the plan's)."""
        d = self.d
        rel = d.lex.resumptive_relatives
        if rel is None or not rel.first:
            return None
        keys, toks = d.keys, d.toks
        if rel.first.keys().isdisjoint(keys[max(a, s - 9) + 2:s + 1]):
            return None                 # no resumptive relative opens after a comma in reach
        for p in range(s - 1, max(a, s - 9), -1):
            k = keys[p]
            if k == ",":
                if d.inq[p] < 0 and rel.match(keys, d.caps, p + 1) is not None:
                    if keys[p + 1] in d.lex.resumptive_at_end and not (
                            e >= d.n or keys[e] in (".", ";", "!", "?") or toks[e].sent != toks[s].sent):
                        return None
                    return p
                return None
            if d.inq[p] >= 0 or not (toks[p].text[:1].isalnum() or k in ("'", "-")):
                return None
        return None

    def _owner_body_start(self, j: int, floor: int) -> int:
        """Where a named person's title that opens at token ``j`` really opens: before the body of a place
        or organisation it belongs to ("Taiwan's presidential office spokesperson Karen Kuo": at "Taiwan"),
        a possessive and a few lowercase words; else ``j``."""
        d = self.d
        lex = d.lex
        clitic = lex.possessive_clitic
        if not clitic:
            return j
        n = len(clitic)
        k = j - 1
        while (k > floor and k >= j - 3 and d.toks[k].text.isalpha() and not d.caps[k] and d.inq[k] < 0
               and tuple(d.keys[k - n + 1:k + 1]) != clitic):
            k -= 1
        if k == j - 1 or k <= floor:
            return j
        p = k - n + 1
        if p <= floor or tuple(d.keys[p:k + 1]) != tuple(clitic):
            return j
        pm = d.m_end.get(p)
        return pm.start if pm is not None and pm.kind in ("gaz", "name") and not pm.in_quote else j

    def _before_relative_claim(self, j: int, ce: int) -> int:
        """The end of an object opening at token ``j`` before ``ce``: the comma before a relative whose verb
        reports words of its own (« a rejeté les accusations formulées par l'opposition, qui dénonce une
        « gestion chaotique » »: the opposition's claim), else ``ce``."""
        d = self.d
        keys, rels, cue_at = d.keys, d.lex.relatives, self.cue_at
        for x in range(j + 1, ce - 2):
            if keys[x] == "," and keys[x + 1] in rels and (x + 2 in cue_at or x + 3 in cue_at) and d.inq[x] < 0:
                return x
        return ce

    def _resumptive_speaker(self, comma: int, c: Cue) -> Mention | None:
        """Who speaks after a resumptive relative opening after the comma at token ``comma``: the noun
        phrase between the relative and the verb (", ce que Kigali dément", ", which the Taliban deny"),
        else the one after the verb (« , ce que conteste la direction »)."""
        d = self.d
        rel = d.lex.resumptive_relatives.match(d.keys, d.caps, comma + 1)
        j = comma + 1 + (rel[0] if rel is not None else 1)
        if j < c.s:
            m = d.m_start.get(j) or self.np_after(j, c.s)
            return m if m is not None and m.end == c.s and speaker_capable(m) else None
        m = d.m_start.get(c.e) or self.np_after(c.e, d.sent_end[d.sid[c.s]])
        return m if speaker_capable(m) else None

    def _contact_relative_start(self, a: int, s: int) -> int | None:
        """The comma opening a noun in apposition completed by an object relative without its
        pronoun whose subject ends at the verb at token ``s`` (", a forecast some traders said",
        ", a decision dentists warned"), after token ``a``; or None."""
        d = self.d
        lex = d.lex
        keys, fkeys, toks, caps = d.keys, d.fkeys, d.toks, d.caps
        p = s - 1
        sm = d.m_end.get(s)
        if sm is not None and sm.kind in ("name", "pron", "gaz") and not sm.in_quote and sm.start < s:
            # ", a charge Dacre dismissed", ", a claim he denied", ", a claim Kyiv has rejected": a name,
            # a pronoun or a place standing for its government as subject
            p = sm.start - 1
            if p <= a or not toks[p].text[:1].isalpha() or caps[p]:
                return None
            s = sm.start                # (the words before it are the noun in apposition)
        while p > a and p > s - 9 and toks[p].text[:1].isalpha() and not caps[p] and d.inq[p] < 0:
            p -= 1
        if p <= a or keys[p] != "," or d.inq[p] >= 0 or not d.mask[p + 1] & DET:
            return None
        det = lex.determiners.match(keys, caps, p + 1)
        if det is None or det[1][0] not in ("def", "indef"):
            return None
        h = p + 1 + det[0]             # the noun in apposition
        for i in range(h, s):
            if d.mask[i] & DET:
                continue
            if (fkeys[i] in lex.function_words or keys[i] in lex.prepositions
                    or keys[i] in lex.cues.first and i > h or fkeys[i] in lex.number_words):
                # (the noun itself may be a reporting verb's form: "a claim", "a charge")
                return None
        if sm is not None and s == sm.start:
            return p if h < s and s - h <= 2 else None
        for i in range(h + 1, s - 1):
            # its subject opens at a determiner after the noun ("some traders", "several analysts")
            sd = lex.determiners.match(keys, caps, i) if d.mask[i] & DET else None
            if sd is not None and sd[1][0] != "bare" and i + sd[0] < s:
                return p
        if (det[1][0] == "indef" and det[1][2] == "s" and s - h == 2 and lex.bare_plurals
                and keys[s - 1].endswith(lex.plural_endings) and not keys[h].endswith(lex.plural_endings)):
            # or is a bare plural after a singular noun ("a decision dentists warned")
            return p
        return None

    def infinitive_end(self, a: int, e: int) -> int:
        """End of an infinitive clause reported from token ``a`` before ``e``: a coordinator then a
        finite auxiliary, maybe negated, coordinates a verb with the reporting one ("a indiqué prendre
        acte des réquisitions et n'a pas souhaité commenter")."""
        d = self.d
        lex = d.lex
        keys, inq = d.keys, d.inq
        for p in range(a + 1, e - 1):
            if inq[p] >= 0 or keys[p] not in lex.coordinators:
                continue
            x = p + 1
            while x < e and x < p + 4 and (keys[x] in lex.negation or keys[x] == "'"):
                x += 1
            if x < e and keys[x] in lex.aux and not is_infinitive(d, x):
                return p
        return e

    def coordinated_clause(self, a: int, e: int) -> int:
        """End of an infinitive or noun content reported from token ``a`` before ``e``: a comma then a
        coordinator opening a clause of its own, a time expression before a subject ("to block any
        temporary measure, and on Tuesday night the speaker was still counting votes", « de bloquer
        toute mesure, et mardi soir le président comptait ... ») or a subject and a finite verb (",
        and the speaker was still counting"), ends it."""
        d = self.d
        lex = d.lex
        keys, inq, mask, blocked = d.keys, d.inq, d.mask, d.blocked
        p = a
        while True:
            try:
                p = keys.index(",", p + 1, e - 2)
            except ValueError:
                return e
            x = p + 1
            if inq[p] >= 0 or keys[x] not in lex.coordinators:
                continue
            x += 1
            if keys[x] in lex.prepositions and x + 1 < e and blocked[x + 1]:
                x += 1                  # ("and on Tuesday night")
            if blocked[x]:
                while x < e and blocked[x]:
                    x += 1
                if x < e and keys[x] == ",":
                    x += 1
                if x < e and (mask[x] & DET or keys[x] in lex.pronouns or x in d.m_start):
                    return p
                continue
            if mask[x] & DET or keys[x] in lex.pronouns or x in d.m_start:
                for t in range(x + 1, min(e, x + 7)):
                    k = keys[t]
                    if k == "," or t in self.cue_at or k in lex.relatives or k in lex.complementizers.first:
                        break
                    if k in lex.aux or k in lex.passive_aux or k in lex.modals or k in lex.copulas:
                        return p
        return e

    def _comp_in(self, a: int, b: int) -> bool:
        """Whether a complementizer may open at one of tokens [a, b)."""
        comps = self.comps
        x = bisect_left(comps, a)
        return x < len(comps) and comps[x] < b

    def _no_comma(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) hold no comma outside quotations."""
        commas = self.d.marks(",")
        x = bisect_left(commas, a)
        return x >= len(commas) or commas[x] >= b

    def _clitic_in(self, c: Cue) -> bool:
        """Whether the verb of cue ``c`` follows a clitic standing for its "objin" preposition and
        object ("y voit")."""
        d = self.d
        return c.s > 0 and d.keys[c.s - 1] in d.lex.object_in_clitics

    def _object_unfit(self, c: Cue, j: int, end: int) -> bool:
        """Whether cue ``c`` requires words of its object (``OBJ_FRAME_REQUIRES``; ``FIGURE``: a number) and
        none stands in the four tokens from ``j`` (before ``end``)."""
        req = self.d.lex.obj_requires.get(c.lemma)
        if req is None:
            return False
        stop = min(end, j + 4)
        if FIGURE in req and any(t.digit for t in self.d.toks[j:min(stop, j + 3)]):
            return False                # (a figure among its first three words: « a recensé 1,28 million de
                                        # manifestants », « plus de 3,5 millions »)
        return req.isdisjoint(self.d.keys[j:stop])

    def takes_content(self, c: Cue, end: int, active: bool = False) -> bool:
        """Whether what follows cue ``c`` fits one of its frames ("and warned that ...": a second
        reporting clause; "and promised “support”": no reported words, the clause goes on)."""
        d = self.d
        lex = d.lex
        frames = lex.lemmas.get(c.lemma, _NO_LEMMA)[1]
        j = None
        if "obj" in frames and c.lemma in lex.obj_requires:
            j = skip_fwd(d, c.e, end, c, media="media" in frames)
            if self._object_unfit(c, j, end):
                frames = frames - {"obj"}   # "and was reviewing claims against a fund": no object of its kind
        if frames & _OBJ_FRAMES and (active or not c.passive) or c.inv is not None:
            return True                 # (a passive has no object: "until an inquiry is held")
        if j is None:
            j = skip_fwd(d, c.e, end, c, media="media" in frames)
        if j >= end:
            return False
        k = d.keys[j]
        if d.mask[j] & COMP and lex.complementizers.match(d.keys, d.caps, j) is not None:
            return "que" in frames
        if k == ":":
            return bool(frames & _COLON_QUOTE)
        if j in d.open_at or (k == "," and j + 1 in d.open_at):
            return "quote" in frames
        if "inf" in frames and (is_infinitive(d, j) or j in d.open_at and j + 1 < end
                                and d.toks[j + 1].text[:1].islower() and is_infinitive(d, j + 1)):
            return True
        if "de" in frames and d.mask[j] & DE and lex.de_preps.match(d.keys, d.caps, j) is not None:
            return True
        if "objq" in frames and (active or not c.passive) and self.quoted_object(j, end) is not None:
            return True
        if ("objin" in frames and (active or not c.passive) and k in lex.object_in_preps
                and self.quoted_object(j + 1, end) is not None):
            return True
        if ("objin" in frames and (active or not c.passive) and self._clitic_in(c)
                and self.quoted_object(j, end) is not None):
            return True
        if "objat" in frames and lex.figure_preps and self.figure_object(j, end) is not None:
            return True
        if "attr" in frames and self._stance_at(j):
            return True                 # « tandis que Keir Starmer s'est dit prêt à ... »
        return "zero" in frames and d.toks[j].text[:1].isalnum() and (
            k not in lex.prepositions or lex.clause_openers.match(d.keys, d.caps, j) is not None)

    def _attribute_end(self, x: int, ce: int) -> int:
        """The end of a quoted attribute closing before token ``x`` (and of the quoted ones joined to it:
        'called the trial "rigged" and "a disgrace"'): before a clause link after it ('... as he left the
        courtroom', « ... alors qu'il quittait la salle »), but for one of a reason or a concession
        (``REASON_LINKS``: the speaker's own "because ..."); else ``ce``."""
        d = self.d
        lex = d.lex
        while (x + 1 < ce and d.keys[x] in lex.coordinators and x + 1 in d.open_at
               and d.quotes[d.open_at[x + 1]].close_tok < ce):
            x = d.quotes[d.open_at[x + 1]].close_tok + 1
        if (x < ce and d.mask[x] & LINK and d.keys[x] not in lex.coordinators and d.keys[x] not in lex.reason_links
                and d.inq[x] < 0):
            m = lex.links.match(d.keys, d.caps, x)
            if m is not None:
                return x
        return ce

    def _noun_after_det(self, x: int, j: int) -> bool:
        """Whether the cue word at token ``x`` is a noun: after a determiner, past at most three words of
        modifiers or figures after token ``j`` ("said in a lengthy ruling that", "in a 42-page ruling", "in
        its 2023 report")."""
        d = self.d
        k = x - 1
        while k > j and x - k <= 4 and not d.mask[k] & DET:
            t = d.toks[k].text
            if not (t[:1].isdigit() or d.keys[k] == "-" or t[:1].isalpha() and not d.caps[k]
                    and d.fkeys[k] not in d.lex.function_words and k not in self.cue_at):
                return False
            k -= 1
        return k >= j and bool(d.mask[k] & DET)

    def _stance_at(self, j: int) -> bool:
        """Whether token ``j``, outside quotations, is an attribute of stance (``STANCE_ATTRIBUTES``)."""
        return self.d.fkeys[j] in self.d.lex.stance_attributes and self.d.inq[j] < 0

    def after(self, ci: int, c: Cue, frames: frozenset, j0: int):
        """The reported words after the verb: (token start, token end, frame, mode_from) or None."""
        d = self.d
        lex = d.lex
        end = d.sent_end[d.sid[c.s]]
        j = skip_fwd(d, j0, end, c, media="media" in frames)
        if j >= d.n:
            return None
        k = d.keys[j]
        if ((k in lex.prepositions or k == "," and d.inq[j] < 0) and j + 1 < end and "que" in frames
                and self._comp_in(j + 1, min(end, j + OBJECT_SPAN))):
            # "a estimé sur la radio publique que", "said during a visit to Paris that", "estime, dans
            # une note publiée mercredi, que", "allege in the proposed class action, filed in the U.S.
            # District Court ..., that": a complement, or an aside between commas, before the clause
            # (a verb that reports ends it; "une note", "a report" are nouns)
            commas = 1 if k == "," else 0
            cue_at = self.cue_at
            shut = -1
            for x in range(j + 1, min(end, j + OBJECT_SPAN)):
                kx = d.keys[x]
                if x <= shut:
                    continue            # (inside a bracket: "said at 4 p.m. local time (1000 GMT) that")
                if kx == "," and commas < 2 and d.inq[x] < 0:
                    commas += 1
                    continue
                if kx == "(" and d.inq[x] < 0:
                    shut = bracket_close(d, x, min(end, j + OBJECT_SPAN))
                    if shut > x:
                        continue
                if (not d.toks[x].text[:1].isalnum() and kx not in ("'", ".", "-")
                        or x in cue_at and not self._noun_after_det(x, j) or commas == 0 and x >= j + 8):
                    break
                cm = lex.complementizers.match(d.keys, d.caps, x) if d.mask[x] & COMP else None
                if cm is not None and (commas == 0 or commas == 2 and d.keys[x - 1] == ","):
                    a = x + cm[0]
                    if self._subject_relative(x, a, end):
                        continue        # "said after a meeting that lasted four hours": a relative
                    return a, self.clause_end(a, ci), "que", None
                if commas == 2:
                    break
        if (c.lemma in lex.addressee_lemmas and "que" in frames and j + 1 < end and d.inq[j] < 0
                and d.toks[j].text[:1].isalpha() and not d.mask[j] & COMP):
            # "warned lawmakers on Monday that ...", "told a conference in Frankfurt that ...", « a prévenu
            # les députés lundi que ... »: whom the verb tells (a noun phrase, its complements, a time),
            # then the clause (no comma, quotation or other verb of saying between)
            for x in range(j + 1, min(end, j + ADDRESSEE_SPAN)):
                if d.inq[x] >= 0 or x in self.cue_at or not (
                        d.toks[x].text[:1].isalnum() or d.keys[x] in ("'", "-")
                        # the full stop of an initial ("told U.S. senators on Tuesday that ...")
                        or d.keys[x] == "." and len(d.toks[x - 1].text) == 1 and d.caps[x - 1]
                        and d.toks[x - 1].end == d.toks[x].start):
                    break
                cm = lex.complementizers.match(d.keys, d.caps, x) if d.mask[x] & COMP else None
                if cm is not None:
                    a = x + cm[0]
                    s = a + 1 if a in d.open_at else a     # (its words quoted: 'told them that "nobody ..."')
                    if s >= end or not (d.mask[s] & DET or d.keys[s] in lex.pronouns or d.caps[s]
                                        or d.toks[s].text[:1].isdigit() or d.keys[s] in lex.indefinite_pronouns):
                        break           # (a subject opens the clause told: not "the company that owns ...")
                    return a, self.clause_end(a, ci), "que", None
        cm = lex.complementizers.match(d.keys, d.caps, j) if j < end and d.mask[j] & COMP else None
        if cm is not None and "que" in frames and self._subject_relative(j, j + cm[0], end):
            # past a channel, "told reporters at a news conference that was broadcast live", "said in a
            # statement that was posted online that ...": a relative, then perhaps the clause told
            for x in range(j + cm[0] + 1, min(end, j + OBJECT_SPAN)):
                if d.inq[x] >= 0 or x in self.cue_at or not (d.toks[x].text[:1].isalnum()
                                                             or d.keys[x] in ("'", "-")):
                    break
                got = lex.complementizers.match(d.keys, d.caps, x) if d.mask[x] & COMP else None
                if got is not None and not self._subject_relative(x, x + got[0], end):
                    return x + got[0], self.clause_end(x + got[0], ci), "que", None
            return None
        if cm is not None and "que" in frames:
            a = j + cm[0]
            if (cm[0] == 1 and a < end and (d.keys[a] in lex.copulas or d.keys[a] in lex.modals)
                    and "zero" in frames and d.keys[j] in lex.comp_pronouns):
                a = j                   # "Critics say that is too few": "that" the pronoun, the subject
            return a, self.clause_end(a, ci), "que", None
        if k == ":" and frames & _COLON_QUOTE:
            a = j + 1
            if a < d.n and a in d.open_at:
                q = d.quotes[d.open_at[a]]
                if self._attributed_after(q):
                    return None         # ': « ... », a assuré X': the quotation is X's
                return a, q.close_tok + 1, "colon", None
            if a < end:
                return a, self.clause_end(a, ci), "colon", None
            return None
        if k == "," and j + 1 in d.open_at and "quote" in frames:
            q = d.quotes[d.open_at[j + 1]]
            return j + 1, q.close_tok + 1, "quote", None
        if ("colon" in frames and not c.passive and d.toks[j].text[:1].isalpha() and not d.caps[j]
                and ":" in d.keys[j + 1:min(end - 1, j + 6)]):
            # "résume l'exaspération générale : « ... »", "a lancé un avertissement : « ... »": a
            # short object, then the quotation after a colon
            for x in range(j + 1, min(end - 1, j + 6)):
                kx = d.keys[x]
                if kx == ":" and d.inq[x] < 0:
                    if x + 1 in d.open_at:
                        q = d.quotes[d.open_at[x + 1]]
                        if not self._attributed_after(q):
                            return x + 1, q.close_tok + 1, "colon", None
                    break
                if not (d.toks[x].text[:1].isalpha() or kx in ("'", "-")) or x in self.cue_at or kx in lex.prepositions \
                        or d.mask[x] & COMP:
                    break
        if j in d.open_at and "quote" in frames and j < end:
            q = d.quotes[d.open_at[j]]
            if ("objq" in frames and "attr" not in frames and q.close_tok - j <= 4 and q.close_tok + 1 < end
                    and d.toks[q.close_tok + 1].text[:1].isalpha()):
                # "a dit « regretter » cet échec": a quoted word inside the object (a quoted
                # attribute opening the words is no object: "s'est dit « surpris » par ...")
                e = self.quoted_object(j, self.clause_end(j, ci))
                if e is not None:
                    return j, e, "objq", None
            x = q.close_tok + 1
            if (q.close_tok - j <= 8 and x + 1 < end and d.mask[x] & DE
                    and lex.de_preps.match(d.keys, d.caps, x) is not None
                    and is_infinitive(d, x + lex.de_preps.match(d.keys, d.caps, x)[0])):
                # "s'est dit « fier mais inquiet » de voir arriver des curieux": the quoted
                # attribute and the infinitive it governs
                return j, self.clause_end(j, ci), "objq", None
            if ("attr" in frames and q.close_tok - j <= 8 and x + 1 < end and d.keys[x] in lex.agent_preps
                    and d.mask[x + 1] & DET):
                dt = lex.determiners.match(d.keys, d.caps, x + 1)
                if dt is not None and dt[1][0] != "dem":
                    # "s'est dit « soulagé » par la condamnation": the quoted attribute and the
                    # cause it names (not a demonstrative standing for what was just told)
                    return j, self.object_end(x, self.clause_end(j, ci)), "objq", None
            if ("attr" in frames and q.close_tok - j <= 8 and x + 1 < end and d.mask[x] & DET
                    and is_infinitive(d, q.close_tok - 1)):
                # "s'est dite « prête à accompagner » les exploitations": the quoted attribute
                # ends with an infinitive whose object follows the quotation
                return j, self.object_end(x, self.clause_end(j, ci)), "objq", None
            if ("attr" in frames and q.close_tok - j <= 8 and x < end
                    and (d.keys[x] in lex.prepositions or d.mask[x] & DE)):
                # "s'est dite « inquiète » pour l'avenir mais « consciente » de l'urgence": a quoted
                # attribute and its complement, then a second one after a coordinator, are one
                # content, to the end of the second attribute's complement
                for y in range(x + 1, min(end - 1, x + 10)):
                    ky = d.keys[y]
                    if ky in lex.coordinators and y + 1 in d.open_at:
                        q2 = d.quotes[d.open_at[y + 1]]
                        if q2.close_tok - y <= 8:
                            return j, self.object_end(q2.close_tok + 1, self.clause_end(j, ci)), "objq", None
                        break
                    if not (d.toks[y].text[:1].isalpha() or ky in ("'", "-")) or y in self.cue_at:
                        break
            return j, q.close_tok + 1, "quote", None
        if j >= end:
            return None
        if "inf" in frames and (is_infinitive(d, j) or j in d.open_at and j + 1 < end and d.toks[j + 1].text[:1].islower()
                                and is_infinitive(d, j + 1)):
            # ("a indiqué « prendre acte » des réquisitions": the infinitive opens a quotation)
            return j, self.coordinated_clause(j, self.infinitive_end(j, self.clause_end(j, ci))), "inf", None
        if "inf" in frames and k in lex.prepositions:
            # "avait reconnu à l'audience en octobre avoir ...": a complement of place or
            # circumstance, and adverbials, before the infinitive
            x, _ = self.complement_end(j, end)
            if x is not None:
                x = skip_fwd(d, x, end, c)
                if x < end and is_infinitive(d, x):
                    return x, self.clause_end(x, ci), "inf", None
        if frames & _DE_PASSIVE and d.mask[j] & DE and lex.de_preps.match(d.keys, d.caps, j) is not None:
            if "de" in frames and j + 1 in d.open_at:
                # "s'est félicité de « l'aboutissement ... »": the quotation alone is the content
                q = d.quotes[d.open_at[j + 1]]
                ce = self.clause_end(j + 1, ci)
                if q.close_tok + 1 >= trim_end(d, j + 1, ce) or self.object_end(q.close_tok + 1, ce) == q.close_tok + 1:
                    return j + 1, q.close_tok + 1, "quote", None
            if "de" in frames or c.passive:
                return j, self.coordinated_clause(j, self.clause_end(j, ci)), "de", None
        ce = self.clause_end(j, ci)
        if "objq" in frames:
            e = self.quoted_object(j, ce)
            if e is not None:
                return j, e, "objq", None
        if "attr" in frames and self._stance_at(j):
            # « s'est dit prêt à envoyer des soldats », « s'est dite favorable à une réforme »: an attribute
            # of stance, unquoted, with its complement
            return j, self.coordinated_clause(j, ce), "attr", None
        if "objin" in frames and k in lex.object_in_preps and not c.passive:
            # "voit dans cette décision le signe d'une « dérive »", "parle d'une chute
            # « exceptionnelle »": the words after the preposition (and its elision mark)
            a = j + 2 if j + 1 < ce and d.keys[j + 1] == "'" else j + 1
            e = self.quoted_object(a, ce)
            if e is not None:
                return a, e, "objq", None
        if "objin" in frames and not c.passive and self._clitic_in(c):
            # "qui y voit « une mesure de justice »": the clitic stands for the preposition's object
            e = self.quoted_object(j, ce)
            if e is not None:
                return j, e, "objq", None
        if "objde" in frames and not d.keys[j] in (",", ".") and not c.passive:
            first = None
            inq, mask = d.inq, d.mask
            for i in range(j + 1, ce):
                if not mask[i] & DE or inq[i] >= 0:
                    continue
                m = lex.de_preps.match(d.keys, d.caps, i)
                if m is not None:
                    x = i + m[0]
                    if is_infinitive(d, x) or x in d.open_at and is_infinitive(d, x + 1):
                        return j, ce, "objde", i    # ("de « limiter leurs déplacements »")
                    if first is None:
                        first = i
            if first is not None and not lex.media_preps:
                return j, ce, "objde", first
        if "objattr" in frames:
            # "a jugé « prématuré » de conclure ...", "a estimé nécessaire de revoir ...": the
            # attribute before its infinitive object
            x = d.quotes[d.open_at[j]].close_tok + 1 if j in d.open_at else j + 1
            sj = self.subject.get(ci)
            jq = j + 1 if j + 1 in d.open_at and d.keys[j] in lex.attribute_preps and d.inq[j] < 0 else j
            if jq > j:
                x = d.quotes[d.open_at[jq]].close_tok + 1     # "a charge he dismissed as "absurd""
            if (jq in d.open_at and x <= ce and sj is not None and sj[0].kind in ("pron", "name", "title")
                    and (x == ce or d.keys[x] in (",", ";", ".") or d.keys[x] in lex.coordinators
                         or d.link_before(x + 1) == x)):
                # "a result it called "a milestone"": the object is the noun the clause
                # completes; the quoted attribute alone is the content
                return jq, x, "quote", None
            x = d.quotes[d.open_at[j]].close_tok + 1 if j in d.open_at else j + 1
            if (x < ce and x - j <= 6 and (x > j + 1 or d.toks[j].text[:1].isalpha() and not d.caps[j]
                                            and d.fkeys[j] not in lex.function_words and k not in lex.prepositions)
                    and d.mask[x] & DE):
                dm = lex.de_preps.match(d.keys, d.caps, x)
                if dm is not None and is_infinitive(d, x + dm[0]):
                    return j, ce, "objattr", None
            if j in d.open_at and x < ce and x - j <= 6 and d.toks[j + 1].text[:1].islower():
                # "a jugé « insuffisante » l'étude d'impact ...", "jugent « incohérent » qu'un
                # festival ...": the quoted attribute before its object, a noun phrase or a clause
                if d.mask[x] & COMP and lex.complementizers.match(d.keys, d.caps, x) is not None:
                    return j, ce, "objattr", None
                dt = lex.determiners.match(d.keys, d.caps, x) if d.mask[x] & DET else None
                if dt is not None and dt[1][0] in ("def", "poss", "dem") and x + dt[0] < ce and d.toks[x + dt[0]].text[:1].isalpha():
                    return j, self.object_end(x, ce), "objattr", None
            # "a jugé l'Iran responsable de ...", "a jugé le texte « dangereux »"
            inpp = False
            for i in range(j + 1, min(ce, j + 9)):
                if inpp:
                    # "called the evidence against him "overwhelming"": a complement of the
                    # object's noun, then the quoted attribute only
                    if i in d.open_at and d.quotes[d.open_at[i]].close_tok < ce:
                        return j, ce, "objattr", None
                    if (d.keys[i] in (",", ";") or d.keys[i] in lex.complementizers.first or i in self.cue_at
                            or d.keys[i] in lex.prepositions):
                        break
                    continue
                if (d.keys[i] in lex.attribute_preps and i + 1 in d.open_at and d.inq[i] < 0
                        and d.quotes[d.open_at[i + 1]].close_tok < ce):
                    # "described the case as "built on ..."": the quoted attribute alone
                    return i + 1, d.quotes[d.open_at[i + 1]].close_tok + 1, "quote", None
                if d.keys[i] in lex.attributes:
                    return j, ce, "objattr", None
                if i in d.open_at and d.quotes[d.open_at[i]].close_tok < ce:
                    return j, self._attribute_end(d.quotes[d.open_at[i]].close_tok + 1, ce), "objattr", None
                det = lex.determiners.match(d.keys, d.caps, i) if d.mask[i] & DET else None
                if (det is not None and det[1][0] == "indef" and det[1][2] == "s" and i + det[0] < ce
                        and d.toks[i - 1].text[:1].isalpha() and not d.caps[i - 1]
                        and (d.fkeys[i - 1] not in lex.function_words or i - 1 == j and d.keys[j] in lex.pronouns)
                        and not d.blocked[i - 1]
                        and not d.blocked[i + det[0]] and d.fkeys[i + det[0]] not in lex.adverbial_nouns):
                    # "called the arrest an attempt to ...", "calling it a setback": the object
                    # (maybe a pronoun), then what it is called
                    return j, ce, "objattr", None
                if (d.keys[i] in lex.prepositions and i > j and d.inq[i] < 0 and d.toks[i - 1].text[:1].isalpha()
                        and not d.caps[i - 1] and d.fkeys[i - 1] not in lex.function_words
                        and d.keys[i] not in lex.complementizers.first):
                    inpp = True
                    continue
                if d.keys[i] in lex.complementizers.first or d.keys[i] in lex.prepositions or d.keys[i] == ",":
                    break
        if "objat" in frames and lex.figure_preps:
            e = self.figure_object(j, ce)
            if e is not None:
                return j, e, "objat", None
            if k in lex.figure_preps and j + 1 in d.open_at and ci in self.subject:
                # "un trafic que l'accusation évalue à « plus de 3 millions d'euros »": the object
                # is the antecedent of the relative; the quoted figure closes the clause
                e = d.quotes[d.open_at[j + 1]].close_tok + 1
                s = self.subject[ci][2]
                if e >= trim_end(d, j, ce) and any(
                        p >= 0 and d.mask[p] & COMP and (lex.complementizers.match(d.keys, d.caps, p) or (0,))[0] == s - p
                        for p in (s - 1, s - 2)):
                    return j, e, "objat", None
        if "obj" in frames and c.lemma in lex.obj_blockers and any(
                d.keys[t] in lex.obj_blockers[c.lemma] for t in range(j, min(ce, j + 15))):
            return None                 # « a condamné X à cinq ans de prison »: a sentence, no words
        if "obj" in frames and self._object_unfit(c, j, ce):
            frames = frames - {"obj"}   # « les syndicats revendiquent une hausse des salaires »: a demand, not
                                        # the claim of a deed (« a revendiqué l'attentat »); the verb's other
                                        # frames stay ("claimed victory on Monday in an election that ...")
        if "obj" in frames and (j in d.m_start or d.keys[j] in lex.determiners.first
                                or c.lemma in lex.obj_requires and (d.keys[j].isalpha() or d.toks[j].digit)) \
                and d.keys[j] not in lex.complementizers.first:
            # (an object that must hold one of its words may go without a determiner: "claimed full
            # control of the airport")
            return j, self._before_relative_claim(j, ce), "obj", None
        if "obj" in frames and k in lex.prepositions and not c.passive:
            # « a nié devant les enquêteurs toute implication », "denied in a statement any wrongdoing":
            # a complement of place or circumstance before the object
            x, _ = self.complement_end(j, end)
            if x is not None:
                x = skip_fwd(d, x, end, c)
                if (x < ce and (d.mask[x] & DET and d.keys[x] in lex.determiners.first or x in d.m_start
                                and d.m_start[x].kind != "pron")
                        and d.keys[x] not in lex.complementizers.first and d.inq[x] < 0):
                    return x, ce, "obj", None
        if ("objnd" in frames and (j in d.m_start or d.keys[j] in lex.determiners.first)
                and d.keys[j] not in lex.complementizers.first
                and (lex.determiners.hits.get(d.keys[j]) or (0, ("",)))[1][0] != "dem"):
            # an object, unless a demonstrative one resuming words told before (« conteste l'ensemble des
            # faits », « conteste toute faute »; not « conteste ces chiffres »)
            return j, ce, "obj", None
        if ("objn" in frames and d.toks[j].text[:1].isalpha() and not d.blocked[j] and d.inq[j] < 0
                and d.keys[j] not in lex.complementizers.first):
            # after a cue ending in its preposition, a bare noun opens the object: "fait état de
            # coupures répétées"
            return j, ce, "obj", None
        if ("zero" in frames and d.toks[j].text[:1].isalnum() and (
                k not in lex.prepositions or lex.clause_openers.match(d.keys, d.caps, j) is not None)
                and k not in lex.relatives and (not d.blocked[j] or time_subject(d, j, ce))
                and k not in lex.coordinators
                # (no subordinating link: "said on condition of anonymity because they were not ...";
                # but "said because of the strike, flights were cancelled": a preposition)
                and not (d.mask[j] & LINK and lex.links.match(d.keys, d.caps, j) is not None
                         and not (j + 1 < ce and d.keys[j + 1] in lex.prepositions))
                and not ("objat" in frames and self._object_at_place(j, ce))
                and (not lex.zero_verb_endings or self._holds_verb(j, ce))):
            t = self._late_complementizer(j, ce, frames) if "que" in frames else None
            if t is not None:
                return t, ce, "que", None
            return j, ce, "zero", None
        return None

    def _late_complementizer(self, j: int, ce: int, frames: frozenset) -> int | None:
        """The start of the clause when a complementizer follows the verb's addressee or an adverb
        ("told a regular briefing that ...", "told broadcaster ZDF that ...", "said afterward that
        ..."); else None.  Only a verb that takes an addressee ("media") has a noun phrase there."""
        d = self.d
        lex = d.lex
        reach = 6 if "media" in frames else 2
        for t in range(j + 1, min(ce, j + reach)):
            if d.inq[t] >= 0 or d.keys[t] in (",", ";", ":") or t in self.cue_at:
                return None
            if d.mask[t] & COMP:
                got = lex.complementizers.match(d.keys, d.caps, t)
                if got is None:
                    return None
                if reach == 2 and (d.caps[j] or d.mask[j] & DET or not d.toks[j].text[:1].isalpha()):
                    return None         # "said the company that owns ...": a relative
                return t + got[0] if t + got[0] < ce else None
            if d.keys[t] in lex.modals or d.keys[t] in lex.aux or d.keys[t] in lex.passive_aux:
                return None             # a verb first: the clause has begun
        return None

    def _holds_verb(self, j: int, ce: int) -> bool:
        """Whether tokens [j, ce) hold a finite verb (see ``ZERO_CLAUSE_VERBS`` in the language's
        speech resource) within its first ``ZERO_VERB_REACH`` tokens: a clause without "that" must."""
        d = self.d
        lex = d.lex
        keys, caps, toks = d.keys, d.caps, d.toks
        verbs, ends = lex.zero_verbs, lex.zero_verb_endings
        pronouns, preps, fwords = lex.pronouns, lex.prepositions, lex.function_words
        dets = lex.determiners.first
        adverbs = lex.preverbal_adverbs
        for i in range(j, min(ce, j + ZERO_VERB_REACH)):
            k = keys[i]
            if k in verbs or d.inq[i] >= 0:
                return True             # (quoted words: reported words all the same)
            if i == j or caps[i] or not toks[i].text[:1].isalpha() or k in preps or k in fwords or k in dets:
                continue
            p = keys[i - 1]
            if p in adverbs and i - 1 > j:
                # "they no longer expect", "markets still remain": the word before the adverbs
                q = i - 1
                while q > j and keys[q] in adverbs:
                    q -= 1
                w = keys[q]
                if w in pronouns or (w.endswith("s") and len(w) > 3 and not caps[q] and w not in fwords):
                    return True
            after_subject = p in pronouns or (not caps[i - 1] and toks[i - 1].text[:1].isalpha()
                                              and p not in preps and p not in fwords and p not in dets)
            if not after_subject and not (caps[i - 1] and toks[i - 1].text[:1].isalpha()):
                if p == "," and k.endswith(ends) and len(k) > 3:
                    return True         # "the ban, imposed in 2024, breaches"
                continue
            if k.endswith(ends) and len(k) > 3:
                if lex.plural_endings and k.endswith(lex.plural_endings) and not keys[j].endswith(ends) and (
                        i + 1 >= ce or keys[i + 1] in (".", ",", ";", ":")):
                    # ("the school said violated its own safety rules": the verb comes first)
                    continue            # "adds four police officers.": a plural noun closing the clause
                return True             # "the strike costs", "prices jumped", "Boeing plans"
            if p in pronouns or (p.endswith("s") and len(p) > 3 and not caps[i - 1]):
                return True             # "they want", "markets remain"
        return False

    def _object_at_place(self, j: int, ce: int) -> bool:
        """Whether tokens from ``j`` are an object and the preposition of a figure with no verb
        before it ("estimated the damage at the plant"): no clause, for a verb that puts an object
        at a figure."""
        d = self.d
        lex = d.lex
        for i in range(j, min(ce, j + 8)):
            k = d.keys[i]
            if k in lex.figure_preps:
                return True
            if k in lex.modals or k in lex.aux or k in lex.passive_aux or k in lex.copulas or k == ",":
                return False
        return False

    def figure_object(self, j: int, ce: int) -> int | None:
        """End of an object and the figure it is put at, from token ``j`` ("the crowd at 80,000",
        "the cost of the failure to its fund at $410 million", "losses at "at least 150 million
        dinars" ($48 million)"): the figure runs to the first comma or bracket; else None."""
        d = self.d
        lex = d.lex
        keys, toks, inq = d.keys, d.toks, d.inq
        if j < ce and keys[j] in lex.figure_preps:
            return self._figure_first(j, ce)
        if j >= ce or not toks[j].text[:1].isalnum() or keys[j] in lex.prepositions or (
                keys[j] in lex.complementizers.first or keys[j] in lex.relatives):
            return None
        for i in range(j + 1, min(ce - 1, j + OBJECT_SPAN)):
            k = keys[i]
            if inq[i] >= 0 or i in self.cue_at or k in (",", ";", ":", "(") or k in lex.complementizers.first:
                return None
            if k not in lex.figure_preps:
                continue
            x = i + 1
            quoted = x in d.open_at and d.quotes[d.open_at[x]].close_tok < ce
            if x in d.open_at:
                x += 1
            co = lex.clause_openers.match(keys, d.caps, x) if x < ce else None
            if co is not None:
                x += co[0]
            if x < ce and not toks[x].text[:1].isalnum() and x + 1 < ce and inq[x] == inq[x - 1]:
                x += 1                  # a currency sign ("$410 million")
            if x >= ce or not (toks[x].text[:1].isdigit() or quoted and toks[x].text[:1].isalpha()) or d.blocked[x]:
                continue                # (a quoted figure may be in words: "à « plusieurs millions d'euros »")
            for p in range(x + 1, min(ce, x + OBJECT_SPAN)):
                if inq[p] >= 0:
                    continue
                if keys[p] in (";", ":", "(") or keys[p] == "," and not (
                        toks[p - 1].end == toks[p].start and p + 1 < ce and toks[p + 1].start == toks[p].end
                        and toks[p + 1].text[:1].isdigit()):
                    return p            # (not the comma inside "80,000")
            return min(ce, x + OBJECT_SPAN)
        return None

    def _figure_first(self, j: int, ce: int) -> int | None:
        """End of a figure put before its object, from the preposition at token ``j`` ("estime à
        plus de 40.000 le nombre de ...", "chiffre à « plusieurs millions d'euros » les pertes ..."):
        a quotation, or a number after its opening words, then a definite noun phrase that runs
        to the end of the clause; else None."""
        d = self.d
        lex = d.lex
        keys, toks = d.keys, d.toks
        x = j + 1
        if x >= ce:
            return None
        if x in d.open_at:
            e = d.quotes[d.open_at[x]].close_tok + 1
        else:
            co = lex.clause_openers.match(keys, d.caps, x)
            if co is not None:
                x += co[0]
            if x >= ce or not toks[x].text[:1].isdigit() or d.blocked[x]:
                return None
            e = x + 1
            while e < min(ce, x + 6) and not d.mask[e] & DET and keys[e] not in (",", ";", ":", "("):
                e += 1
        if e >= ce or d.inq[e] >= 0 or not d.mask[e] & DET:
            return None
        det = lex.determiners.match(keys, d.caps, e)
        if det is None or det[1][0] != "def" or e + det[0] >= ce or not toks[e + det[0]].text[:1].isalpha():
            return None
        return ce

    def quoted_object(self, j: int, ce: int) -> int | None:
        """End of a noun-phrase object holding quoted words, starting at token ``j`` ("un « paquet
        de mesures » d'ici la fin du mois", "les parties à « reprendre le dialogue »", "contre de
        nouvelles répliques « dans les semaines à venir »"), else None.  The object runs to the
        first comma or new verb after its first quotation, at most ``OBJECT_SPAN`` tokens before it."""
        d = self.d
        keys = d.keys
        if j >= ce or not (d.toks[j].text[:1].isalpha() or j in d.open_at):
            return None
        x = bisect_left(d.open_toks, j)
        if x >= len(d.open_toks):
            return None
        o = d.open_toks[x]
        if o >= min(ce, j + OBJECT_SPAN):
            return None
        lex = d.lex
        cues_first, comps = lex.cues.first, lex.complementizers.first
        for i in range(j, o):
            k = keys[i]
            if k == "." and i > j and keys[i - 1] in lex.honorifics and d.caps[i + 1]:
                continue                # "appelle M. Vidal à « ... »": an honorific's full stop
            if k in lex.relatives and i + 1 == o and 0 < i - j <= 3:
                continue                # "une décision qui « confirme ... »": a relative opening the quotation
            if (k == "," and i + 1 == o and i > j + 1 and d.inq[i] < 0 and o + 1 < ce and d.mask[o + 1] & DET
                    and not self._incise_after(d.quotes[x].close_tok)):
                continue                # "la fermeture du site, « la plus vieille du pays »": a quoted apposition
            if k in lex.attribute_preps and i + 1 == o and i > j:
                continue                # "rejected the criticism as "hindsight"": the object's quoted attribute
            if k in cues_first and i > j and keys[i - 1] in lex.determiners.first:
                continue                # "rejected the charges as ...": a noun after its determiner
            if k in (",", ";", ":", ".") or k in cues_first or k in comps or k in lex.relatives:
                return None
        close = d.quotes[x].close_tok
        if close >= ce:
            return None
        return self.object_end(close + 1, ce)

    def _attributed_after(self, q) -> bool:
        """Whether a comma and a reporting verb of its own follow quotation ``q`` (': « ... », a assuré X')."""
        t = q.close_tok + 1
        return t < self.d.n and self.d.keys[t] == "," and self._incise_after(q.close_tok)

    def _incise_after(self, close: int) -> bool:
        """Whether a reporting verb follows the quotation closing at token ``close``, after a comma."""
        d = self.d
        x = close + 1
        if x < d.n and d.keys[x] == ",":
            x += 1
        return x in self.cue_at

    def object_end(self, i: int, ce: int) -> int:
        """End of an object from token ``i`` (after its quotation): the first comma, semicolon or
        colon outside quotations, or a coordinator opening a new verb ("et appelé", "et a annoncé"), else ``ce``."""
        d = self.d
        keys, inq = d.keys, d.inq
        lex = d.lex
        coord, aux, cues_first = lex.coordinators, lex.aux, lex.cues.first
        rels, cue_at = lex.object_relatives, self.cue_at

        def phrase_quoted(p: int):
            """For the phrase opening after the comma at ``p`` (to the next comma, semicolon or
            colon outside quotations): None when it reports speech (holds a cue), else whether it
            holds quoted words."""
            quoted = False
            for x in range(p + 1, min(ce, p + MAX_CLAUSE)):
                if keys[x] in (",", ";", ":") and inq[x] < 0:
                    break
                if x in cue_at:
                    return None
                quoted = quoted or inq[x] >= 0
            return quoted

        for p in range(i, min(ce, i + MAX_CLAUSE)):
            if inq[p] >= 0:
                continue
            k = keys[p]
            if k == "," and p + 1 < ce and keys[p + 1] in rels and p == i:
                # "un jugement « exemplaire », qui « devrait ... »": a relative completing the
                # object right after its quotation runs on to its own end, unless it reports speech
                if phrase_quoted(p) is None:
                    return p
                continue
            if k == "," and p + 1 < ce and (keys[p + 1] in rels or keys[p + 1] in lex.prepositions):
                # "le « sang-froid » des découvreurs, qui ont « respecté ... » les consignes", "une
                # « quasi-stabilité » des tarifs, au terme de négociations « d'une brutalité
                # inédite »": a relative or a complement holding quoted words of its own goes on
                # with the object, to its own end, unless it reports speech
                quoted = phrase_quoted(p)
                if quoted is None:
                    return p
                if quoted:
                    continue
            if (k == "," and p + 2 < ce and lex.object_participle_endings and inq[p + 1] < 0
                    and keys[p + 1].endswith(lex.object_participle_endings) and keys[p + 2] in lex.prepositions
                    and not d.caps[p + 1] and keys[p + 1] not in cues_first
                    and d.fkeys[p + 1] not in lex.function_words):
                # "un dispositif « attendu par les habitants », excédés par les voitures ...": a
                # participle phrase describing a noun of the object goes on with it, to its own
                # end, unless it reports speech
                if phrase_quoted(p) is None:
                    return p
                continue
            if (k == "," and p + 2 < ce and keys[p + 1] in coord and keys[p + 2] in lex.agent_preps
                    and keys[p + 2] in keys[max(0, i - OBJECT_SPAN):i]):
                continue                # "justifie sa décision par « ... » de ces fermes, ..., et par la
                                        # baisse ...": a second cause given by the same preposition
            if k == "," or k == ";" or k == ":":
                return p
            if k in coord and p + 1 < ce and (keys[p + 1] in aux or keys[p + 1] in cues_first):
                return p
        return ce

    def before(self, c: Cue, b: int):
        """Reported words before the attribution starting at token ``b``: (a, e) or None."""
        d = self.d
        if b <= 0:
            return None
        e = b
        if d.keys[e - 1] in (",",) or d.keys[e - 1] in d.lex.dashes:
            e -= 1
        elif e - 1 not in d.close_at:
            return None
        s = d.sid[e - 1] if e > 0 else 0
        a = d.sent_start[s]
        # after a colon, or the end of an earlier claim, in the same sentence
        for r in reversed(self.by_sent.get(s, ())[-5:]):
            ce = r.content[1]
            if ce <= d.toks[e - 1].start:
                x = bisect_left(d.starts, ce)
                if x < e and d.toks[x].text[:1].isalpha() and d.inq[x] < 0 and d.keys[x] not in d.lex.coordinators:
                    break               # "A judge declared a mistrial in X after ..., officials said":
                                        # the earlier claim ends inside a clause going on to the attribution
                q = r.cue_tok
                if q >= 2 and self._comma_relative(q):
                    break               # « Philippe Arnaud, qui conteste toute intention de plagier, va faire
                                        # appel, a indiqué son avocat », "The boat, which survivors said had
                                        # left ..., overturned ..., the coast guard said": the earlier claim is
                                        # an aside about the subject of the words reported
                if not any(d.toks[y].text[:1].isalnum() for y in range(x, e)):
                    break               # « Moscou a appelé « les deux parties à la retenue », a déclaré X »:
                                        # nothing but the earlier claim's closing marks before the
                                        # attribution: the earlier claim is inside the words reported
                a = max(a, x)
                while a < e and d.keys[a] == "," and d.inq[a] < 0:
                    a += 1              # (the comma closing the earlier claim's clause)
                break
            if r.content[0] <= d.toks[e - 1].start and r.rule == "passive":
                # "Accusée par X de ..., la maire a démenti": the words before are the
                # accusation's, reported by its agent
                return None
        qi = d.close_at.get(e - 1)
        if qi is not None:
            o = d.quotes[qi].open_tok
            if (a < o - 1 and o + 1 < e and d.caps[o + 1] and d.inq[o - 1] < 0
                    and (d.keys[o - 1] in (",", ";") or d.keys[o - 1] in d.lex.coordinators)):
                # '..., and "We do not know," X told reporters': a quoted sentence opening its clause right
                # before the attribution is the words (a run of such clauses in one sentence stays linear; a
                # fragment going on with the clause stays in it: '... to the Middle East, "in response to ...,"
                # Esper announced')
                a = o
        colons = d.marks(":")
        x = bisect_left(colons, e) - 1
        if x >= 0 and colons[x] >= max(a, e - MAX_CLAUSE):
            a = colons[x] + 1
        a0, a = a, strip_lead(d, a, e)
        if a > a0 and a not in d.open_at and _time_lead(d, a0, a):
            a = a0                      # « Samedi, deux soldats ont été tués, a indiqué le ministère »: the
                                        # time of what is reported, part of the words (a quotation after it,
                                        # "On Tuesday, "We ...," he said", is said then)
        e = trim_end(d, a, e)
        if e <= a:
            return None
        return a, e

    def _with_negation(self, c: Cue) -> Cue:
        """Cue ``c`` opened at the negation (and auxiliary) right before it and closed after the negation's
        second word (« Laure Beccuau n'exclut pas que », "Police did not rule out that"): its subject stands
        before, its words after."""
        d = self.d
        lex = d.lex
        s, e = c.s, c.e
        while s > 0 and c.s - s < 3 and (d.keys[s - 1] in lex.negation or d.keys[s - 1] == "'"
                                         or d.keys[s - 1] in lex.aux or d.keys[s - 1] in lex.modals):
            s -= 1                      # ("did not rule out", "could not rule out")
        while e < d.n and e - c.e < 2 and d.keys[e] in lex.negation_after:
            e += 1                      # (« n'exclut pas que »)
        return c if (s, e) == (c.s, c.e) else replace(c, s=s, e=e)

    # ---- rules -------------------------------------------------------------------------------
    def run(self) -> list[Raw]:
        negated_cues = self.d.lex.negated_cues
        for ci, c in enumerate(self.cues):
            if c.negated:
                if c.lemma not in negated_cues:
                    continue
                c = self._with_negation(c)
                if c.e >= self.d.n or not self.d.mask[c.e] & COMP:
                    continue            # (only the clause after it: not « ce que son entourage n'exclut pas »)
                self.cues[ci] = c
            if c.according:
                continue
            try:
                self.verb(ci, c)
            except IndexError:
                continue
        for ci, c in enumerate(self.cues):
            if c.according and self.consumed.isdisjoint(range(c.s, c.e)):
                try:
                    self.according(ci, c)
                except IndexError:
                    continue
        if self.own_cues:
            # the claims of an outlet's own reporting, its rule marked ("postposed-inverted-own-reporting")
            for r in self.raws:
                if r.cue_tok in self.own_cues and self._outlet(r.speaker):
                    r.rule += OWN_REPORTING
        self.colon_quotes()
        self.orphans()
        self.split_paragraphs()
        self.raws.sort(key=lambda r: (r.cue[0], r.content[0]))
        return self.raws

    def split_paragraphs(self) -> None:
        """A quotation run over a paragraph break (the paragraph ends without a closing mark and
        the next one opens with a mark) gives one direct claim per paragraph, all attributed alike."""
        marks = sorted(p for q in self.d.quotes for p in q.continued)
        if not marks:
            return
        text = self.d.text
        out = []
        for r in self.raws:
            a, b = r.content
            k = bisect_left(marks, a)
            if r.mode != "direct" or k >= len(marks) or marks[k] >= b:
                out.append(r)
                continue
            while k < len(marks) and marks[k] < b:
                e = marks[k]
                while e > a and text[e - 1].isspace():
                    e -= 1
                if e > a:
                    out.append(replace(r, content=(a, e), parts=[(a, e)] if r.parts else []))
                a = marks[k] + 1
                while a < b and text[a].isspace():
                    a += 1
                k += 1
            if b > a:
                out.append(replace(r, content=(a, b), parts=[(a, b)] if r.parts else []))
        self.raws = out

    def add(self, raw: Raw) -> None:
        if raw.content[1] <= raw.content[0]:
            return
        if raw.content in self.contents or (raw.quote is not None and raw.quote in self.attributed):
            return
        if raw.quote is not None:
            self.attributed.add(raw.quote)
        self.contents.add(raw.content)
        self.raws.append(raw)
        self.by_sent.setdefault(raw.sent, []).append(raw)

    def verb(self, ci: int, c: Cue) -> None:
        d = self.d
        lex = d.lex
        kind, frames = lex.lemmas.get(c.lemma, _NO_LEMMA)
        sent = d.sid[c.s]
        # inside a quotation: « part 1, dit-elle. part 2 »
        qi = d.inq[c.s]
        if qi >= 0 and c.s not in d.open_at:
            self.inquote(ci, c, qi, frames)
            return
        # passive: "accusée par Washington de ...", "accused by the Americans of ..."
        if "passive" in frames and c.ve < d.n and d.keys[c.ve] in lex.agent_preps and not c.inv:
            # the agent: a mention, or a noun phrase the tables do not name ("par plusieurs habitants")
            agent = d.m_start.get(c.ve + 1) or self.np_after(c.ve + 1, d.sent_end[sent])
            if agent is None:
                # "accused by conservation groups of ...": a bare plural agent
                agent = self._bare_plural_after(c.ve + 1, d.sent_end[sent])
            if speaker_capable(agent):
                a = agent.end
                ce = self.clause_end(a, ci)
                if (agent.kind == "np" and agent is not d.m_start.get(c.ve + 1)
                        or agent.kind == "title" and agent.name is None) and a < ce and d.mask[a] & DE:
                    # "accusés par des associations de riverains de laisser ...", "accusés par
                    # certains dirigeants de clubs de « brader ... »": a bare noun complement of
                    # the agent, before the infinitive reported (quoted or not)
                    dp = lex.de_preps.match(d.keys, d.caps, a)
                    x = a + dp[0] if dp is not None else a
                    y = x
                    while (y < ce and y < x + 2 and d.toks[y].text[:1].isalpha() and not d.caps[y]
                           and not d.mask[y] & (DE | DET) and d.fkeys[y] not in lex.function_words
                           and not is_infinitive(d, y)):
                        y += 1
                    dp2 = lex.de_preps.match(d.keys, d.caps, y) if x < y < ce and d.mask[y] & DE else None
                    z = y + dp2[0] if dp2 is not None else ce     # the infinitive, after its quote mark
                    if z < ce and z in d.open_at:
                        z += 1
                    if z < ce and is_infinitive(d, z):
                        if agent.title:
                            agent.title += d.text[d.toks[a - 1].end:d.toks[y - 1].end]
                        agent.end, agent.span = y, (agent.span[0], y)
                        a = y
                if a < ce and d.mask[a] & DE and lex.de_preps.match(d.keys, d.caps, a) is not None:
                    if c.s > 0 and d.keys[c.s - 1] == "," or c.s == floor_of(d, c.s):
                        # "Le groupe, accusé par Paris d'exactions, n'a pas réagi": a parenthesis;
                        # "Accusé par X de ..., le groupe a ...": a participle opening the sentence
                        for i in range(a, ce):
                            if d.keys[i] == "," and d.inq[i] < 0:
                                ce = i
                                break
                    e = trim_end(d, a, ce)
                    span, mode, k = content_span(d, a, e)
                    self.add(Raw("passive", agent, (c.s, c.ve + 1), span, mode, c.lemma, "passive",
                                 anon_region=(agent.end, agent.end), sent=sent, past=c.past, cue_tok=c.s))
                    self.subject[ci] = (agent, "passive", c.s)
                    return
        if c.passive and c.aux is None and c.s > 0 and d.keys[c.s - 1] in lex.coordinators:
            # "a dénoncé ... et annoncé qu'il ...": a bare participle after a coordinator shares
            # the auxiliary (and the subject) of the compound verb before it in the sentence
            for pj in range(ci - 1, max(-1, ci - 1 - LOOKAHEAD_CUES), -1):
                pc = self.cues[pj]
                if d.sid[pc.s] != d.sid[c.s]:
                    break
                if pc.aux is not None and not pc.passive and pj in self.subject:
                    c.passive, c.aux = False, pc.aux
                    break
        if c.passive and c.aux is None:
            return
        if c.passive:
            # "they had been told little about ...", "a été accusé de ...": the subject of a
            # passive reporting verb is whom it is said to or about, not who speaks; without an
            # agent, no speaker (the subject is kept for a verb coordinated after it)
            subj = self.subject_before(ci, c)
            if subj is not None:
                self.subject[ci] = subj
            return
        if "ppr" in c.tags and not (c.tags & _FINITE) and c.aux is None:
            self.gerund(ci, c, frames)
            return
        if c.tags == _INF:
            self.gerund(ci, c, frames, purpose=True)
            return
        subj = None
        if c.inv is not None:
            pm = d.m_start.get(c.inv)
            if pm is not None:
                subj = (pm, "inverted-pronoun", c.s)
        if subj is None:
            subj = self.subject_before(ci, c)
            if subj is not None:
                alias = self._named_by_relative(subj[0], c.s)
                if alias is not None:
                    subj = (alias, subj[1], subj[2])
        if subj is not None:
            if c.lemma in lex.outlet_lemmas and c.inv is None:
                if not self._outlet(subj[0]):
                    return              # "he learned of his dismissal": only an outlet's learning reports
                src = self._take_source(c) if "source" in frames else None
                if src is None:
                    self.own_cues.add(c.s)      # "Reuters has learned that ...": its own reporting
                else:
                    # "Le Parisien a appris auprès de ses proches que ...", "Reuters has learned from
                    # two officials that ...", "..., Reuters has learned from two officials.": the
                    # source the outlet learnt it from speaks; the reported words follow the source
                    # or come before the subject
                    self.subject[ci] = (src, subj[1], subj[2])
                    aft = self.after(ci, c, frames, src.end)
                    if aft is not None:
                        self.preposed(ci, c, src, subj[1], aft)
                    elif subj[1] == "subject" and "incise" in frames:
                        got = self.before(c, subj[2])
                        if got is not None:
                            self.postposed(ci, c, src, subj[1], got, frames)
                    return
            if c.inv is None:
                comma = self._resumptive_comma(floor_of(d, c.s), c.s, c.e)
                if comma is not None:
                    # "..., ce que l'opérateur dément", "..., which the Taliban deny": a claim whose
                    # object is the pronoun resuming the clause before (the words, as written)
                    m = self._resumptive_speaker(comma, c)
                    if m is not None:
                        self.subject[ci] = (m, "resumptive", subj[2])
                        self.postposed(ci, c, m, "resumptive", (comma + 1, comma + 2), frames)
                    return
                if kind == "denial" and not c.passive and c.s > 1 and d.keys[c.s - 1] != ",":
                    p = self._contact_relative_start(floor_of(d, c.s), c.s)
                    m = subj[0]
                    if (p is not None and p + 1 < m.start and m.end == c.s
                            and self.after(ci, c, frames, c.e) is None):
                        # ", a charge Pruett denied", ", a claim Kyiv has rejected": the noun in apposition
                        # resuming the clause before is the object denied (but ", a charge Dacre dismissed
                        # as "insulting."" has words of its own)
                        self.subject[ci] = subj
                        self.postposed(ci, c, m, "resumptive", (p + 1, m.start), frames)
                        return
            if (c.lemma in lex.main_clause_lemmas and subj[2] > 0
                    and d.keys[subj[2] - 1] in lex.complementizers.first):
                return                  # "adding that Berlin expected ...": inside the reported words
            if (c.lemma in lex.main_clause_lemmas and ci > 0 and subj[2] > 0
                    and self.cues[ci - 1].e == subj[2] and self.cues[ci - 1].lemma not in lex.main_clause_lemmas
                    and not self.cues[ci - 1].passive and not self.cues[ci - 1].according
                    and d.inq[subj[2]] < 0):
                return                  # "Vaudroz said the company expected ...": the same, without "that"
            if lex.negative_determiners and subj[0].start < d.n and d.keys[subj[0].start] in lex.negative_determiners:
                return                  # "No group has claimed responsibility", « Aucun responsable n'a confirmé »
            if "agent" in frames and subj[0].kind == "np" and subj[0].number == "s":
                return                  # "The recipe calls for two eggs", "the deal called for ...": a thing's
                                        # requirement, no one's appeal (a verb that needs a speaker as subject)
            self.subject[ci] = subj
            m, rule, clause_start = subj
            place = self.impersonal_place(m) if m.kind == "pron" else None
            if place is not None:
                m = place           # "Dans l'entourage du ministre, on indique ...": the place speaks
            if c.inv is not None:
                # "a-t-on appris de source policière": the source names the speaker
                if "source" in frames:
                    src = self._take_source(c)
                    if src is not None:
                        m = src
                if place is None and m.kind == "pron":
                    place = self._impersonal_place_after(c, m)
                    if place is not None:
                        m = place   # « indique-t-on à l'Élysée »: the place after the verb speaks
                b = c.s
                got = self.before(c, b)
                if got is not None:
                    self.postposed(ci, c, m, rule, got, frames)
                    return
                aft = self.after(ci, c, frames, c.e)
                if aft is not None:
                    self.preposed(ci, c, m, rule, aft)
                return
            aft = self.after(ci, c, frames, c.e)
            if rule == "subject" and m.kind == "title" and m.name is not None:
                clause_start = self._owner_body_start(clause_start, d.sent_start[sent])
            b = clause_start - 1
            quoted = clause_start > 0 and d.sid[b] == sent and (
                b in d.close_at or (d.keys[b] == "," and b > 0 and b - 1 in d.close_at))
            if not quoted and rule == "subject" and clause_start > 1 and d.keys[b] == "," and d.sid[b] == sent:
                # '"...," the company's lead attorney, X, told jurors': a described person in
                # apposition after the quotation, the description no mention
                q = self._quote_before_description(b, d.sent_start[sent])
                if q is not None:
                    clause_start, quoted = q, True
            if aft is not None and (aft[2] in ("que", "colon", "inf") or aft[2] == "quote" and not quoted):
                self.preposed(ci, c, m, rule, aft)
                return
            if rule == "subject" and clause_start > 0 and "incise" in frames:
                # "« ... », X a déclaré" / "...," X said: a quotation right before the subject
                # makes this an attribution; without one, only when nothing follows the verb
                tail = skip_fwd(d, c.e, d.sent_end[sent], c, media=True)
                ends = tail >= d.sent_end[sent] or d.keys[tail] in (",", ".", ";", "(") or (
                    d.keys[tail] in lex.prepositions) or (
                    # "..., two officials said on condition of anonymity because they were not ..."
                    d.mask[tail] & LINK and d.keys[tail] not in lex.coordinators
                    and lex.links.match(d.keys, d.caps, tail) is not None)
                lead_only = not quoted and strip_lead(d, d.sent_start[sent], clause_start) >= clause_start
                # (French inverts an attribution after reported words: « ..., prévient le ministre »;
                # « ..., la censure menace » is a clause of its own)
                if quoted or (ends and aft is None and not lead_only and lex.unquoted_subject_incise):
                    got = self.before(c, self._joint_start(clause_start))
                    if got is not None and not quoted and d.keys[got[0]] in lex.prepositions and (
                            self.complement_end(got[0], got[1] + 1)[0] == got[1]):
                        got = None      # "Sur le front de mer, les commerçants s'inquiètent": a fronted place
                    if got is not None and not quoted and getattr(self.cue_by_tok.get(got[0]), "according", False):
                        got = None      # "Selon une source proche de l'Elysée, le président aurait tranché": a
                                        # fronted attribution, no reported words
                    if (got is not None and not quoted and m.kind == "pron" and m.end < c.s
                            and d.keys[m.end] == "," and d.keys[clause_start - 1] == ","
                            and d.keys[m.start] in lex.stressed_pronouns):
                        got = None      # "Les plaisanciers, eux, s'inquiètent": the pronoun repeats its subject
                    if got is not None:
                        self.postposed(ci, c, m, rule, got, frames)
                        return
            if aft is not None:
                self.preposed(ci, c, m, rule, aft)
            return
        # no subject before: an inverted subject after the verb ", a déclaré X"
        floor = d.sent_start[sent]
        j = skip_back(d, c.s - 1, floor)
        prev_ok = j < floor or d.keys[j] == "," or j in d.close_at or d.keys[j] in lex.dashes or (
            c.s - 1 > floor and d.keys[c.s - 1] == ",")
        if not prev_ok or "incise" not in frames or self._subject_aside(floor, c.s):
            return
        if ci > 0 and d.keys[c.s - 1] == ",":
            pc = self.cues[ci - 1]
            if (pc.according and floor <= pc.s and pc.e < c.s - 1 and self._no_comma(pc.e, c.s - 1)
                    and self._relative_subject(pc.s, floor) is not None):
                return                  # "dont la prolifération, selon eux, menace ...": the relative's verb
        m, after_j = self.subject_after(c, "media" in frames)
        if m is None and not (j >= floor and j in d.close_at and d.keys[j - 1] not in _INCISE_CLOSERS):
            # (with no comma after the quotation, only a known speaker: "« la gravité des faits »
            # justifie une peine exemplaire" is no attribution)
            m = self.np_after(after_j, d.sent_end[sent])
        if m is None and j >= floor and (d.keys[j] == "," or j in d.close_at):
            m = self._bare_plural_after(after_j, d.sent_end[sent])
        if m is None:
            return
        named = self.name_in_apposition(m, d.sent_end[sent])
        if named is not None:
            m = named
        if c.aux is not None and lex.aux_numbers and m.number in ("s", "p") and not (
                m.kind == "pron" and m.end - m.start > 1):      # (« a lancé l'un d'eux »: one of a group)
            number = lex.aux_numbers.get(d.keys[c.aux])
            if number is not None and number != m.number and not (
                    m.end < d.n and d.keys[m.end] in lex.joint_links):
                return                  # « Les rebelles, ..., ont lancé mardi matin une offensive »: a
                                        # plural auxiliary, a singular noun after it: its object, no subject
        if "source" in frames and self._outlet(m):
            # "..., a appris l'AFP de source policière": the source the outlet learnt it from speaks,
            # as in "a-t-on appris de source policière"
            src = self._take_source(c, m.end)
            if src is not None:
                m = src
            elif c.lemma in lex.outlet_lemmas:
                self.own_cues.add(c.s)          # "..., a appris l'AFP": its own reporting
        self.subject[ci] = (m, "inverted", c.s)
        got = self.before(c, c.s)
        if got is None:
            return
        self.postposed(ci, c, m, "inverted", got, frames, speaker_end=m.end)

    def _outlet(self, m: Mention | None) -> bool:
        """Whether ``m`` names a news outlet ("Reuters", "Le Monde")."""
        return m is not None and m.kind == "gaz" and m.gaz is not None and m.gaz[0] in self.d.lex.media_ids

    def _named_by_relative(self, m: Mention, s: int) -> Mention | None:
        """The name a relative aside between the subject ``m`` and the verb at token ``s`` gives
        it ('The FAP's commander, who goes by the nom de guerre "Comandante Ismael", said'): the
        one named speaks."""
        d = self.d
        lex = d.lex
        e = m.end
        if (not lex.naming.first or e + 4 >= s or d.keys[e] != "," or d.keys[e + 1] not in lex.person_relatives
                or d.keys[e + 2] not in lex.naming.first):
            return None
        q = naming_end(e + 2, d.toks, d.keys, d.caps, lex)
        if q is None or q not in d.open_at:
            return None
        close = d.quotes[d.open_at[q]].close_tok
        nm = d.m_start.get(q + 1)
        if (nm is None or nm.kind != "name" or nm.in_quote or nm.end != close
                or close + 1 >= s or d.keys[close + 1] != "," or skip_back(d, s - 1, close + 1) != close + 1):
            return None
        return nm

    def impersonal_place(self, m: Mention) -> Mention | None:
        """The place that an impersonal subject stands for when it opens the sentence before it:
        "Dans l'entourage du ministre, on indique ...", "À Matignon, on souligne ..."."""
        d = self.d
        lex = d.lex
        if m.kind != "pron" or m.end != m.start + 1 or d.keys[m.start] not in lex.impersonal:
            return None
        floor = d.sent_start[d.sid[m.start]]
        pp = lex.impersonal_places.match(d.keys, d.caps, floor)
        if pp is None or m.start < 2 or d.keys[m.start - 1] != ",":
            return None
        p = self._mention_after_prep(floor, pp[0])
        if not speaker_capable(p) or p.kind == "pron" or p.end > m.start - 1:
            return None
        if any(d.keys[k] in (",", ";") for k in range(p.end, m.start - 1)):
            return None
        return p

    def _impersonal_place_after(self, c: Cue, m: Mention) -> Mention | None:
        """The place named right after an inverted verb whose subject is the impersonal pronoun ``m``
        (« indique-t-on à l'Élysée », « fait-on valoir dans l'entourage du ministre »); else None."""
        d = self.d
        lex = d.lex
        if m.end != m.start + 1 or d.keys[m.start] not in lex.impersonal:
            return None
        j = skip_fwd(d, max(c.e, m.end), d.sent_end[d.sid[c.s]])
        pp = lex.impersonal_places.match(d.keys, d.caps, j) if j < d.n else None
        if pp is None:
            return None
        p = self._mention_after_prep(j, pp[0])
        return p if speaker_capable(p) and p.kind != "pron" else None

    def _mention_after_prep(self, j: int, length: int) -> Mention | None:
        """The mention right after the preposition of ``length`` tokens at token ``j``, or opening on its
        last token when that holds the article ("auprès du parquet", « du côté du ministère »)."""
        m = self.d.m_start.get(j + length)
        if m is None and length > 1:
            m = self.d.m_start.get(j + length - 1)
        return m

    def _take_source(self, c: Cue, j: int | None = None) -> Mention | None:
        """``source_after``, its words then taken (no other mention reads them)."""
        src = self.source_after(c, j)
        if src is not None:
            self.consumed.update(range(src.start, src.end))
        return src

    def source_after(self, c: Cue, j: int | None = None) -> Mention | None:
        """The source named after the verb ("a-t-on appris de source policière", "auprès du
        parquet"), or after token ``j`` when given; else None."""
        d = self.d
        j = skip_fwd(d, c.e if j is None else j, d.sent_end[d.sid[c.s]])
        m = d.m_start.get(j)
        if m is not None and m.kind == "title" and m.det == "bare":
            return m
        sp = d.lex.source_preps.match(d.keys, d.caps, j)
        if sp is not None:
            m = self._mention_after_prep(j, sp[0])
            if m is None:
                # "a-t-on appris auprès de l'intersyndicale", "auprès des syndicats": a noun phrase
                # the tables do not name, its article maybe inside the preposition
                end = d.sent_end[d.sid[c.s]]
                a = j + sp[0]
                art = d.lex.determiners.match(d.keys, d.caps, a - 1) if d.mask[a - 1] & DET else None
                if art is not None and art[1][0] != "bare" and sp[0] > 1:
                    m = self.np_to_comma(a, end, ("def",) + art[1][1:])
                else:
                    m = self.np_to_comma(a, end)
            if speaker_capable(m):
                return m
        return None

    def postposed(self, ci, c: Cue, m, rule, got, frames, speaker_end=None):
        d = self.d
        a, e = got
        span, mode, k = content_span(d, a, e)
        parts = []
        end_tok = speaker_end if speaker_end is not None else c.e
        if mode != "direct" and rule in ("inverted", "inverted-pronoun") and e - a <= 8:
            # "Ceux-ci, affirme-t-elle, « assèchent ... »": a subject cut off by the incise; the
            # quotation closing the sentence after it is the content
            sent = d.sid[c.s]
            j = skip_fwd(d, end_tok, d.sent_end[sent])
            if j + 1 < d.n and d.keys[j] == "," and j + 1 in d.open_at and d.inq[a] < 0:
                k2 = d.open_at[j + 1]
                after = d.quotes[k2].close_tok + 1
                if after >= d.sent_end[sent] or d.mask[after] & END:
                    span, mode, k = quote_chars(d, k2), "direct", k2
                    parts = [span]
        if mode == "direct" and not parts:
            parts = [span]
            # "Part 1," he said, "part 2."
            j = skip_fwd(d, end_tok, d.sent_end[d.sid[c.s]])
            if j < d.n and d.keys[j] == "," and j + 1 in d.open_at:
                k2 = d.open_at[j + 1]
                s2 = quote_chars(d, k2)
                parts.append(s2)
                span = (span[0], s2[1])
                self.attributed.add(k2)
        if mode == "indirect" and not parts and d.inq[a] < 0 and e - a <= 6:
            # "The real problem, she said, is insurance.": a subject cut off by the incise; the
            # predicate after it, to the clause's end, is the rest of the reported words
            sent = d.sid[c.s]
            j = skip_fwd(d, end_tok, d.sent_end[sent])
            if j < d.n and d.keys[j] != ",":
                # (the outlet or listeners the verb takes before the comma closing the incise: "The
                # decision, a senior official told Reuters, was ...", « ..., a confié un responsable à l'AFP, »)
                x = j + 1 if d.keys[j] in d.lex.media_preps else j
                om = d.m_start.get(x)
                if om is not None and om.end < d.n and d.keys[om.end] == "," and om.end - j <= 4:
                    j = om.end
            if (j + 1 < d.sent_end[sent] and d.keys[j] == "," and d.inq[j + 1] < 0 and j + 1 not in d.open_at
                    and j + 1 not in self.cue_at and not d.mask[j + 1] & (COMP | LINK)):
                e2 = trim_end(d, j + 1, self.clause_end(j + 1, ci))
                lex = d.lex
                if e2 > j + 1 and (d.keys[j + 1] in lex.copulas or d.keys[j + 1] in lex.modals
                                   or d.keys[j + 1] in lex.aux):
                    s2 = (d.toks[j + 1].start, d.toks[e2 - 1].end)
                    parts = [span, s2]
                    span = (span[0], s2[1])
        lo = m.end if speaker_end is not None else c.e
        send = min(d.sent_end[d.sid[c.s]], c.e + REGION)
        self.add(Raw(f"postposed-{rule}", m, (c.s, c.e), span, mode, c.lemma, "incise", parts,
                     (min(lo, c.e), send), (c.s, send), d.sid[c.s], c.past, k, c.s))

    def _document_last(self, h: int, b: int) -> bool:
        """Whether the noun phrase of head ``h`` ending at token ``b`` ends with a document or a figure
        (``NON_SPEAKER_HEADS``) that heads it: "the latest poll", « le dernier sondage », « les premiers
        éléments de l'enquête »; not the complement of a title or an institution where nouns come before
        their complements (« les instituts de sondage »)."""
        d = self.d
        if d.fkeys[b - 1] not in self.non_speakers:
            return False
        lex = d.lex
        return bool(lex.prehead_nouns) or not (
            (d.mask[h] & TITLE or d.fkeys[h] in lex.org_heads or d.fkeys[h] in lex.org_anaphors)
            and any(d.mask[x] & CONN for x in range(h + 1, b - 1)))

    def preposed(self, ci, c: Cue, m, rule, aft):
        d = self.d
        a, e, frame, mode_from = aft
        if frame == "obj":
            # "a nié toute fraude : « ... », a assuré X": the object ends at the colon
            for i in range(a, e):
                if d.keys[i] == ":" and d.inq[i] < 0:
                    e = i
                    break
        if rule == "relative":
            # "Les États-Unis, qui accusent l'Iran, ont ...": the relative clause ends at the comma
            for i in range(a, e):
                if d.keys[i] == "," and d.inq[i] < 0:
                    e = i
                    break
        e = trim_end(d, a, e)
        if e <= a:
            return
        span, mode, k = content_span(d, a, e, mode_from)
        if frame == "objde" and mode == "mixed":
            mode, _ = quote_mode(d, a, e, mode_from)
        anon = (m.end, c.s) if m.end <= c.s else (c.e, a)
        self.add(Raw(f"preposed-{rule}" if rule != "subject" else "preposed", m, (c.s, c.e), span, mode,
                     c.lemma, frame, [span] if mode == "direct" else [], anon, (c.s, a), d.sid[c.s], c.past, k,
                     c.s))

    def gerund(self, ci, c: Cue, frames, purpose: bool = False):
        """"..., déclarant que ...", "..., saying that ...", "... pour réclamer « ... »" (a purpose
        infinitive): the subject of the main clause."""
        d = self.d
        floor = d.sent_start[d.sid[c.s]]
        b = c.s - 1
        if purpose:
            p = purpose_start(d.keys, c.s, d.lex)
            b = -1 if p is None else p - 1
            if b <= floor or not d.toks[b].text[:1].isalnum() and d.keys[b] != ",":
                return                  # "Pour réclamer ...": no main clause before
        else:
            m = d.m_end.get(c.s)
            if (m is None and d.lex.absolute_openers and c.s - 2 > floor and not d.caps[c.s - 1]
                    and d.keys[c.s - 1].endswith(d.lex.plural_endings)):
                # "with analysts saying", "with both sides saying": a plural noun phrase of up to
                # three lowercase words after the opener
                x = c.s - 1
                while (x > floor and c.s - x < 3 and d.toks[x - 1].text[:1].isalpha() and not d.caps[x - 1]
                       and d.keys[x - 1] not in d.lex.absolute_openers and d.fkeys[x - 1] not in d.lex.function_words):
                    x -= 1
                det = d.lex.determiners.match(d.keys, d.caps, x - 1) if x - 1 > floor else None
                a = x - 1 if det is not None and det[0] == 1 else x
                if a - 2 > floor and d.keys[a - 1] in d.lex.absolute_openers and d.keys[a - 2] == ",":
                    m = self._np(a, x, c.s, det[1] if det is not None and a < x else (None, None, "p"))
            if (m is not None and m.start - 1 > floor and d.inq[c.s] < 0 and speaker_capable(m)
                    and (d.keys[m.start - 1] in d.lex.absolute_openers and d.keys[m.start - 2] == ","
                         # (after its comma: not "met with officials saying")
                         or d.keys[m.start - 1] == "," and d.inq[m.start - 1] < 0
                         and (m.kind == "name" or self._definite_start(m)))):
                # "..., with Senator Josh Hawley calling it ...", « ..., le président américain accusant
                # son homologue de ... »: the subject of an absolute phrase, right before its gerund, speaks
                aft = self.after(ci, c, frames, c.e)
                if aft is not None and (aft[2] in ("que", "colon", "quote", "zero", "objq", "objde", "objattr", "de")
                                        or aft[2] == "obj" and d.lex.lemmas.get(c.lemma, _NO_LEMMA)[0] == "appeal"):
                    self.subject[ci] = (m, "gerund", c.s)
                    self.preposed(ci, c, m, "gerund", aft)
                return
            markers = d.lex.gerund_markers
            while b > floor and b > c.s - 3 and d.keys[b] in markers:
                b -= 1                      # "..., tout en réaffirmant"
            if b > floor and d.keys[b] in d.lex.quoting_as and b == c.s - 1:
                self._quoted_as(ci, c, frames, b, floor)
                return
            if b < floor or d.keys[b] != ",":
                return
        subj = None
        for pj in range(ci - 1, max(-1, ci - 1 - LOOKAHEAD_CUES), -1):
            pc = self.cues[pj]
            if d.sid[pc.s] != d.sid[c.s]:
                break
            if pj in self.subject:
                subj = self.subject[pj][0]
                break
        if subj is None:
            f = strip_lead(d, floor, c.s)
            w = self._subordinate_subject(f, b) if d.lex.gerund_clause_openers else None
            if w is not None:
                f = w                   # "Fears ... grew on Sunday, when Hezbollah fired rockets ..., saying it
                                        # acted": the subject of the clause the gerund follows
            m = d.m_start.get(f)
            if m is not None and m.kind == "gaz" and m.end < b:
                m = self._possessor_name(m) or m    # "Lebanon's Hezbollah fired rockets, saying": Hezbollah
            if m is not None and m.kind == "title" and m.det == "indef" and m.end < c.s:
                # "A group of 14 novelists and two publishers sued ..., accusing": the group
                m = self._group_of(m.start, m.end - 1, None) or m
            if m is not None and m.kind in ("gaz", "name") and m.start == f and m.end < b:
                # "A Michigan man who spent ... sued ..., saying", "A Connecticut collector has
                # sued ..., claiming": a place modifying the noun after it, closed by a relative
                # or an auxiliary; the person described is the subject
                k = m.end
                while k < b and k < m.end + 3 and d.toks[k].text[:1].isalpha() and not d.caps[k] and (
                        d.keys[k] not in d.lex.relatives and d.keys[k] not in d.lex.aux
                        and d.keys[k] not in d.lex.modals and d.keys[k] not in d.lex.passive_aux):
                    k += 1
                if k > m.end and k < b and (d.keys[k] in d.lex.relatives or d.keys[k] in d.lex.aux
                                            or d.keys[k] in d.lex.modals or d.keys[k] in d.lex.passive_aux):
                    m = self._place_modified(m, k) or m
                else:
                    # "A Michigan man sued the city ..., saying": a reporting verb right after the noun
                    j, ends = m.end, d.lex.participle_endings
                    while j < b and j < m.end + 3 and d.toks[j].text[:1].isalpha() and not d.caps[j] \
                            and not d.mask[j] & CUE and not (ends and d.keys[j].endswith(ends)):
                        j += 1
                    if j > m.end and j < b and (d.mask[j] & CUE or ends and d.keys[j].endswith(ends)):
                        m = self._place_modified(m, j) or m
            if m is not None and m.kind == "name" and m.end == f + 1 and d.lex.bare_plurals:
                # "Disability rights advocates had pushed for the ban, saying ...": the capital of
                # the sentence's first word opens a plural noun phrase, no name
                k, last = m.end, None
                while (k < b and k < m.end + 3 and d.toks[k].text[:1].isalpha() and not d.caps[k]
                       and d.fkeys[k] not in d.lex.function_words and d.keys[k] not in d.lex.cues.first
                       and d.keys[k] not in d.lex.aux
                       and not (d.lex.bare_plural_stops and d.keys[k].endswith(d.lex.bare_plural_stops))):
                    # (a past tense ends the noun phrase: "Farmers blockaded motorways ..., saying")
                    if d.keys[k].endswith(d.lex.plural_endings):
                        last = k            # (the last plural noun: "rights advocates")
                    k += 1
                if last is not None:
                    np = self.np_before(last, f)
                    if np is not None and np.start == f and np.end == last + 1:
                        m = np
            subj = m if speaker_capable(m) else None
            if m is None:
                # "Le tribunal administratif de X a annulé ..., estimant que": the noun phrase
                # before the auxiliary of the main verb
                aux = d.lex.aux
                for x in range(f + 1, min(b, f + 10)):
                    if (d.keys[x] in aux or purpose and d.keys[x] in d.lex.passive_aux) and d.inq[x] < 0:
                        y = x - 1
                        if purpose and y > f + 1 and d.keys[y - 1] + d.keys[y] in d.lex.reflexive_pronouns:
                            y -= 2      # "L'association s'est mobilisée ... pour réclamer"
                        elif purpose and y > f and d.keys[y] in d.lex.reflexive_pronouns:
                            y -= 1      # "Les éleveurs se sont rassemblés ... pour réclamer"
                        np = self.np_before(skip_back(d, y, f), f)
                        if np is not None and np.start == f:
                            subj = np
                        break
                    if not (d.toks[x].text[:1].isalnum() or d.keys[x] in ("'", "-")):
                        break
                if subj is None:
                    subj = self._plural_subject(f, b)
                if subj is None:
                    subj = self._anaphor_subject(f, b)
                if subj is None:
                    # "Un négociant, qui a souhaité garder l'anonymat, rejette ..., assurant que":
                    # the noun phrase opening the sentence before its relative aside
                    np = self.np_after(f, b)
                    if (np is not None and np.end + 1 < b and d.keys[np.end] == ","
                            and (d.keys[np.end + 1] in d.lex.relatives or self._anonymity_in(np.end + 1, b))):
                        subj = np
            after = d.lex.after_clitic(d.keys, subj.end) if subj is not None and subj.kind in ("gaz", "name") \
                else None
            if after is not None and subj.end < after < c.s:
                # "Poland's central bank cut its rate ..., saying ...": the place's body
                k = after
                heads = d.lex.org_heads | d.lex.org_anaphors
                while (k < c.s and k < subj.end + 5 and d.toks[k].text[:1].isalpha() and not d.caps[k]
                       and d.fkeys[k] not in d.lex.function_words and d.keys[k] not in d.lex.cues.first):
                    k += 1
                    if d.fkeys[k - 1] in heads:
                        break           # the body's head: "central bank", "coast guard"
                np = self._np(subj.start, after, k, (None, None, "s")) if d.fkeys[k - 1] in heads else None
                if np is not None:
                    np.nature = "org"
                    np.title = d.text[d.toks[subj.start].start:d.toks[k - 1].end]
                    subj = np
        if subj is None:
            return
        if purpose and subj.kind == "pron" and subj.end < c.s and (
                d.keys[subj.end] in d.lex.copulas or d.keys[subj.end] in d.lex.impersonal_verbs
                or d.keys[subj.end] + d.keys[subj.end + 1] in d.lex.impersonal_verbs):
            return                      # "Il est trop tôt pour dire que ...": an impersonal subject
        aft = self.after(ci, c, frames, c.e)
        if aft is not None and (aft[2] in ("que", "colon", "quote", "zero", "objq", "objde", "inf", "objattr", "de")
                                or aft[2] == "obj" and d.lex.lemmas.get(c.lemma, _NO_LEMMA)[0] == "appeal"):
            # ("..., rappelant avoir alerté la direction": an infinitive clause too; "..., tout en
            # jugeant le blocage « disproportionné »": an object and its attribute; "..., urging both
            # sides to return to talks", « ..., appelant au calme »: the object of an appeal)
            self.subject[ci] = (subj, "gerund", c.s)
            self.preposed(ci, c, subj, "gerund", aft)

    def _definite_start(self, m: Mention) -> bool:
        """Whether mention ``m`` opens on a definite or possessive determiner ("the U.S. president", « son
        homologue »)."""
        d = self.d
        if m.det in ("def", "poss"):
            return True
        det = d.lex.determiners.match(d.keys, d.caps, m.start) if d.mask[m.start] & DET else None
        return det is not None and det[1][0] in ("def", "poss")

    def _quoted_as(self, ci, c: Cue, frames, b: int, floor: int) -> None:
        """"BelTA quoted the KGB as saying ...", "the agency cited officials as saying ...": the
        object of a quoting verb, between it and "as" (token ``b``), speaks; "The KGB was quoted as
        saying ...": the subject of the passive quoting verb right before "as" speaks."""
        d = self.d
        lex = d.lex
        if d.keys[b - 1] in lex.quoting_verbs:
            # the passive: the subject before the auxiliary
            x = b - 2
            while x > floor and (d.keys[x] in lex.aux or d.keys[x] in lex.passive_aux):
                x -= 1
            if x == b - 2 or d.keys[b - 2] not in lex.passive_aux:
                return
            m = d.m_end.get(x + 1) or self.np_before(x, floor)
        else:
            q = b - 2
            while q > floor and b - q < 10 and d.keys[q] not in lex.quoting_verbs:
                if not (d.toks[q].text[:1].isalnum() or d.keys[q] in ("'", "-", "*", "&")) or d.inq[q] >= 0:
                    return
                q -= 1
            if q <= floor or d.keys[q] not in lex.quoting_verbs:
                return
            if d.keys[q - 1] in lex.passive_aux and q + 1 < b and d.keys[q + 1] in lex.agent_preps:
                # "Putin was quoted by state media as saying ...": the passive's subject speaks, the
                # agent is the outlet that quoted him
                x = q - 2
                while x > floor and (d.keys[x] in lex.aux or d.keys[x] in lex.passive_aux):
                    x -= 1
                m = d.m_end.get(x + 1) or self.np_before(x, floor)
                if not speaker_capable(m):
                    return
                aft = self.after(ci, c, frames, c.e)
                if aft is not None and aft[2] in ("que", "colon", "quote", "zero", "objq"):
                    self.subject[ci] = (m, "gerund", c.s)
                    self.preposed(ci, c, m, "gerund", aft)
                return
            m = d.m_start.get(q + 1) or self.np_after(q + 1, b)
            if (m is None and b == q + 2 and lex.bare_plurals and not d.caps[q + 1]
                    and d.keys[q + 1].endswith(lex.plural_endings)):
                m = self._np(q + 1, q + 1, b, (None, None, "p"))   # "quoted officials as saying"
            if m is not None and m.end != b:
                return
        if not speaker_capable(m) or m.end > b:
            return
        aft = self.after(ci, c, frames, c.e)
        if aft is not None and aft[2] in ("que", "colon", "quote", "zero", "objq"):
            self.subject[ci] = (m, "gerund", c.s)
            self.preposed(ci, c, m, "gerund", aft)

    def _anaphor_subject(self, f: int, b: int) -> Mention | None:
        """"Le club rejette ces critiques, assurant ...", "A freight railroad wants to close ..., saying
        ...": a singular article and a noun taking up an organisation or a territory (where nouns come
        after their modifiers, after at most two of them), its verb (a lowercase word no table knows)
        right after it, opening the clause at token ``f`` before token ``b``; else None."""
        d = self.d
        lex = d.lex
        keys, fkeys = d.keys, d.fkeys
        h0, det = self._after_det(f, b)
        if h0 is None or det[0] not in ("def", "indef") or det[2] == "p" or h0 + 2 >= b or d.caps[h0]:
            return None
        h = h0
        if lex.prehead_nouns:
            # "A freight railroad wants to close ..., saying": modifiers before the head where nouns
            # come after them
            while (h < h0 + 2 and h + 2 < b and fkeys[h] not in lex.org_anaphors and not d.caps[h + 1]
                   and d.toks[h].text[:1].isalpha() and fkeys[h] not in lex.function_words and not d.mask[h]):
                h += 1
        if fkeys[h] not in lex.org_anaphors and fkeys[h] not in lex.territory_heads:
            return None
        v = h + 1
        if (d.caps[v] or not d.toks[v].text[:1].isalpha() or d.inq[v] >= 0 or fkeys[v] in lex.function_words
                or keys[v] in lex.prepositions or keys[v] in lex.relatives or keys[v] in lex.aux
                or keys[v] in lex.coordinators or v in self.cue_at
                or keys[v].endswith(lex.participle_endings) or d.mask[v]):
            return None
        return self._np(f, h, h + 1, det)

    def _plural_subject(self, f: int, b: int) -> Mention | None:
        """The plural noun phrase opening a clause at token ``f`` before its verb, whose verb no
        table knows ("Three students rejected by X sued ...", "The families sued ..."): an article
        or a number, up to two lowercase words closed by a plural noun, maybe a participle and its
        agent completing it, then a lowercase word before token ``b``; else None."""
        d = self.d
        lex = d.lex
        keys, fkeys, toks, caps = d.keys, d.fkeys, d.toks, d.caps
        h, det = self._after_det(f, b)
        body = h
        if h is None:
            body = f
        if body is not None and body < b and d.mask[body] & NAT and caps[body]:
            # "British regulators moved ..., saying", "The French farmers blocked ...": a nationality
            # before the noun is part of the noun phrase's name
            nat = lex.demonyms.match(keys, caps, body)
            if nat is not None:
                h = body + nat[0]
                if det is None:
                    det = (None, None, "p")
        if h is None or det[2] not in ("p", None) or not lex.plural_endings:
            return None

        def word(t: int) -> bool:
            return (t < b and toks[t].text[:1].isalpha() and not caps[t] and d.inq[t] < 0
                    and fkeys[t] not in lex.function_words and keys[t] not in lex.prepositions
                    and keys[t] not in lex.relatives and keys[t] not in lex.cues.first
                    and keys[t] not in lex.aux and keys[t] not in lex.coordinators)

        k = h
        while word(k) and k - h < 3 and not (len(keys[k]) > 3 and keys[k].endswith(lex.plural_endings)):
            k += 1
        if not (word(k) and len(keys[k]) > 3 and keys[k].endswith(lex.plural_endings)):
            return None
        k += 1                          # the plural noun closing the noun phrase
        x = k
        if x + 1 < b and keys[x] in lex.prepositions and d.blocked[x + 1]:
            x += 1                      # "U.S. regulators on Sunday evening moved ...": its time
        while x < b and d.blocked[x]:
            x += 1
        if ((word(x) or x < b and keys[x] in lex.cues.first and not caps[x] and d.inq[x] < 0)
                and x + 1 < b and keys[x + 1] in lex.agent_preps):
            # "rejected by Brantley University": a participle and its agent complete the subject
            am = d.m_start.get(x + 2) or self.np_after(x + 2, b)
            if am is not None and am.in_quote:
                return None
            if am is not None:
                x = am.end
            else:
                x += 2              # (a name the tables do not know: its capitalised words)
                while x < b and x - k < 8 and caps[x] and toks[x].text[:1].isalpha() and d.inq[x] < 0:
                    x += 1
                if x == k + 2:
                    return None
        if not word(x) or x in self.cue_at:
            return None                 # (the verb of the clause)
        return self._np(f, h if body is None or h == body else body, k, det)

    def inquote(self, ci, c: Cue, qi: int, frames):
        d = self.d
        q = d.quotes[qi]
        j = skip_back(d, c.s - 1, q.open_tok + 1)
        if j <= q.open_tok or d.keys[j] != ",":
            return
        m = None
        if c.inv is not None:
            m = d.m_start.get(c.inv)
            after = c.e
        else:
            k = skip_fwd(d, c.e, q.close_tok)
            m = d.m_start.get(k)
            if m is None or m.kind == "pron":
                return
            after = m.end
        if m is not None and after < q.close_tok and d.keys[after] in d.lex.prepositions:
            # « ..., a-t-il lancé aux députés. ... »: a short complement of the verb after the attribution
            x = after + 1
            while x < q.close_tok and x < after + 6 and d.keys[x] not in (",", ".", ";") and x not in self.cue_at:
                x += 1
            if x < d.n and (d.keys[x] in (",", ".", ";") or x == q.close_tok):
                after = x
        if m is None or after >= d.n or not (d.keys[after] in (",", ".", ";") or after == q.close_tok):
            return
        span = quote_chars(d, qi)
        p1 = (span[0], d.toks[j].start)
        p2 = (d.toks[after + 1].start if after + 1 < q.close_tok else span[1], span[1])
        parts = [p for p in (p1, p2) if p[1] > p[0]]
        self.subject[ci] = (m, "inquote", c.s)
        self.add(Raw("inquote", m, (c.s, c.e), span, "direct", c.lemma, "incise", parts=parts,
                     anon_region=(c.e, after), channel_region=(c.s, after), sent=d.sid[c.s], past=c.past,
                     quote=qi, cue_tok=c.s))

    def _after_attribution(self, ci, c: Cue) -> bool:
        """Whether the attribution phrase ``c`` ("according to X", « selon X ») follows, after a comma, a
        whole attribution of its sentence: a reporting verb that attributed words, and its speaker right
        before or after it ('..., al-Hayya said, according to Al Jazeera'); the phrases are read after the
        verbs' claims (``run``)."""
        d = self.d
        if c.s < 2 or d.keys[c.s - 1] != "," or c.e < d.n and d.keys[c.e] in d.lex.according_relatives:
            return False
        sid, comma = d.sid[c.s], c.s - 1
        for o in self.cues[max(0, ci - 3):ci]:
            if o is c or o.according or d.sid[o.s] != sid or o.e > comma:
                continue
            if not any(r.cue[0] == o.s for r in self.raws[-8:]):
                continue                # (a verb that attributed nothing: "convicted on the most serious count")
            if o.inv is not None and comma - o.e <= _INVERTED_REACH and not any(
                    t in d.open_at or t in self.cue_at for t in range(o.e, comma)):
                return True             # « ..., avait-il déclaré à l'audience le 11 octobre, selon Ouest-France »:
                                        # the speaker inside the verb, its complements before the comma
            if o.e == comma:
                m = d.m_end.get(o.s)     # "al-Hayya said," (the speaker right before the verb)
                if m is not None and speaker_capable(m):
                    return True
            elif o.s > 0 and (d.keys[o.s - 1] == "," or o.s - 1 in d.close_at):
                # '..." said al-Hayya,' (an inverted attribution: its speaker right after it, up to the
                # comma; not « qui ont prévenu le service régional, selon ... », whose object follows)
                m = d.m_start.get(o.e)
                if m is not None and m.end == comma and speaker_capable(m):
                    return True
        return False

    def according(self, ci, c: Cue) -> None:
        d = self.d
        lex = d.lex
        if lex.according_except.match(d.keys, d.caps, c.e) if c.e < d.n else False:
            return
        if c.s > 0 and d.fkeys[c.s - 1] in lex.according_not_after:
            return                      # « un bilan impossible à vérifier de source indépendante »: how it
                                        # could be checked, no source
        if self._after_attribution(ci, c):
            return                      # '"The ball is in their court," al-Hayya said, according to Al
                                        # Jazeera': where the words were said, no claim of the outlet's
        if c.e in d.open_at and c.e - c.s == 1 and d.keys[c.s] in lex.according_participles:
            # "dismissed the governor on Thursday, citing "a loss of confidence"": the main
            # clause's subject gives its reasons in the quoted words
            self.gerund(ci, c, _QUOTE)
            return
        if c.e - c.s == 1 and d.keys[c.s] in lex.according_participles:
            sid = d.sid[c.s]
            near = self.cues[max(0, ci - LOOKAHEAD_CUES):ci + LOOKAHEAD_CUES + 1]
            if any(o is not c and d.sid[o.s] == sid and d.keys[o.s] not in lex.according_participles
                   for o in near):
                return                  # "..., Bloomberg reported, citing people familiar with the
                                        # matter": whom the one reporting relies on, no claim of theirs
        if c.e + 1 < d.n and d.keys[c.e] in lex.according_relatives and c.s >= 2 and d.keys[c.s - 1] == ",":
            self._according_relative(ci, c)
            return
        m = d.m_start.get(c.e) or d.m_start.get(c.s)
        if m is not None and m.start == c.e:
            m = self._possessed_after(m) or m   # "according to the mayor's office"
        if m is None and c.e < d.n and d.fkeys[c.e] in lex.own_reporting.first:
            own = lex.own_reporting.match(d.fkeys, d.caps, c.e)
            if own is not None:
                # "selon nos informations,", "according to our reporting,": the publication speaks
                m = Mention(c.e, c.e + own[0], "np", (c.e, c.e + own[0]))
                m.nature, m.number, m.det = NEWSROOM, "s", "poss"
                m.title = d.text[d.toks[c.e].start:d.toks[c.e + own[0] - 1].end]
        if lex.outlet_nouns and (m is None or m.kind != "gaz"):
            o = self._outlet_after_noun(c.e)
            if o is not None:
                m = o               # « selon les informations du Monde », « selon nos confrères du Parisien »
        if m is None and c.e + 2 < d.n:
            # "d'après un bilan de l'ONU", "selon un communiqué du ministère": the document's author
            det = lex.determiners.match(d.keys, d.caps, c.e) if d.mask[c.e] & DET else None
            h = c.e + det[0] if det is not None else c.e
            while det is not None and h + 2 < d.n and d.fkeys[h] in lex.document_mods and not d.caps[h]:
                h += 1              # "selon le dernier rapport annuel du réseau ..."
            ch = h - 1 if det else h
            if h + 1 < d.n and (d.fkeys[h] in self.non_speakers or (
                    d.mask[ch] & CHAN and lex.channels.match(d.fkeys, d.caps, ch))):
                g = h + 1
                stop = h + 3
                while g < d.n - 1 and g < stop:
                    if (stop < h + 12 and (d.blocked[g] or d.keys[g] in lex.prepositions and g + 1 < d.n
                                           and d.blocked[g + 1] and g > h + 1)):
                        g += 1      # « un bilan communiqué dimanche en fin d'après-midi par »: the time of the
                        stop += 1   # document passed over (a few words of it at most)
                        continue
                    if (d.caps[g] or not d.toks[g].text[:1].isalpha()
                            or d.mask[g] & CONN or d.keys[g] in lex.agent_preps
                            or d.keys[g] in lex.prepositions or d.fkeys[g] in lex.function_words
                            or d.fkeys[g] in lex.document_readers):
                        break
                    g += 1          # "selon un bilan provisoire de", "un bilan communiqué par"
                cn = None if d.fkeys[g] in lex.document_readers else (
                    d.mask[g] & CONN and lex.connectors.match(d.fkeys, d.caps, g)
                    or lex.source_preps.match(d.keys, d.caps, g)) or (
                    (1, None) if d.keys[g] in lex.agent_preps else None)
                if cn is not None:
                    m = next((d.m_start[k] for k in range(g, g + 1 + cn[0]) if k in d.m_start), None)
                    m = self._possessed_after(m) or m   # "a statement from the governor's office"
                    if (m is not None and d.fkeys[h] in lex.media_counts and m.kind == "gaz"
                            and any(d.mask[t] & MEDIA for t in range(m.start, m.end))
                            and lex.media.match(d.fkeys, d.caps, m.start) is not None):
                        return          # "selon un décompte de l'AFP": a news outlet's own count
                    if m is None:       # "selon un bilan de la préfecture": a noun phrase the tables do not name
                        m = self.np_to_comma(g + 1, d.sent_end[d.sid[c.s]])
                    if m is None and cn[0] == 1 and d.mask[g] & DET:
                        # "selon un communiqué des douanes": the connector holds the article
                        art = lex.determiners.match(d.keys, d.caps, g)
                        if art is not None and art[1][0] != "bare":
                            m = self.np_to_comma(g + 1, d.sent_end[d.sid[c.s]], ("def",) + art[1][1:])
        sent = d.sid[c.s]
        floor, end = d.sent_start[sent], d.sent_end[sent]
        document = m is not None and (d.m_start.get(c.e) is None and d.m_start.get(c.s) is None or m.end < d.n and (
            d.fkeys[m.end] in self.non_speakers or d.fkeys[m.end] in lex.document_heads))
        if m is None and lex.possessive_clitic:
            # "according to the university's internal incident report": the possessor of a document wrote it
            for t in range(c.e + 1, min(end, c.e + 4)):
                a2 = lex.after_clitic(d.keys, t)
                if a2 > t:
                    if any(d.fkeys[u] in lex.document_heads for u in range(a2, min(end, a2 + 4))):
                        h, det = self._after_det(c.e, t)
                        if h is not None and h < t and all(d.toks[u].text[:1].isalpha() for u in range(h, t)):
                            m = self._np(c.e, h, t, det)
                            document = m is not None
                    break
        if m is None:
            # "selon ce document", "d'après l'étude": the author of the document named before
            m = self.document_speaker(c.e, end)
            document = m is not None
            if m is None:
                # « selon un sondage publié mardi », "according to a military statement": a document
                # of no author named, an unnamed source
                m = self._authorless_document(c.e, end)
        if m is None and not (c.e - c.s == 1 and d.keys[c.s] in lex.according_participles):
            # ("citing the need for more time": a reason, unless a name, a title or a document)
            m = self.np_to_comma(c.e, end)  # "d'après les assureurs,", "selon l'accusation,"
        if m is None:
            m = self._name_after_bare_descriptor(c.e, end)
        if m is None and not (c.e - c.s == 1 and d.keys[c.s] in lex.according_participles):
            m = self._bare_plural_after(c.e, end)   # "according to researchers", "according to club sources"
        if not speaker_capable(m) or (m.kind == "pron" and m.nature != "person"):
            return
        weak = d.keys[c.s] in lex.according_pronoun_only
        if weak and (m.kind == "gaz" and not (m.gaz is not None and m.gaz[1] == "organization")
                     or c.s != floor_of(d, c.s)):
            return                      # "Pour lui, ..." opens a sentence; "pour la France" is no attribution
        # the speaker phrase runs to the next comma: "selon le responsable ... sous couvert d'anonymat,"
        # (the author of a document named before: the phrase is the document's, "according to the lawsuit,")
        phrase, np_end = (m.start, m.end) if m.start >= c.s else (c.e, c.e)
        reach = np_end + REGION
        while (np_end < end and np_end < reach and d.keys[np_end] not in (",", ".", ";", ":")
               and np_end not in d.open_at):
            np_end += 1
        # asides between commas after the speaker phrase: the name in apposition ("the mission's
        # deputy head, Anna Lindqvist,"), a complement ("la climatologue X, du CNRS,"), a participle
        # ("les services de renseignement, cités par le quotidien X,")
        named = m.kind == "name" or m.kind == "title" and m.name is not None
        for it in range(2):
            if np_end >= end or d.keys[np_end] != ",":
                break
            x = np_end + 1
            y = x
            # (a relative aside may run longer: ", qui s'exprimait sous couvert d'anonymat,")
            reach = 12 if d.keys[x] in lex.relatives or self._anonymity_in(x, x + 3) else 8
            while y < end and y < x + reach and d.keys[y] not in (",", ".", ";", ":") and y not in d.open_at:
                y += 1
            if y >= end or d.keys[y] != "," or y == x:
                break
            ap = d.m_start.get(x)
            if ap is not None and ap.kind == "name" and m.nature == "org" and m.kind != "name" and m.end == np_end:
                break                   # "selon la gendarmerie, X, 52 ans, aurait ...": the subject
            ap_end = ap.end if ap is not None else -1
            if ap_end < y and d.keys[ap_end] == "(" and bracket_close(d, ap_end, y) == y - 1:
                ap_end = y              # « selon le gestionnaire du réseau espagnol, Red Eléctrica (REE), »
            if ap is not None and ap_end == y and not ap.in_quote and (
                    ap.kind == "name" and d.caps[x]
                    or ap.kind == "title" and ap.name is not None and ap.nature == "person" and not d.mask[x] & CONN):
                # (", le colonel Frédéric Maurin,": a title with its name)
                m = ap
            elif (it == 0 and named and x + 1 < y and d.toks[x].text[:1].isalpha() and not d.caps[x]
                  and not (d.fkeys[x] in lex.function_words or d.mask[x] & DET or d.keys[x] in lex.cues.first
                           or is_infinitive(d, x) or any(d.keys[t] in lex.aux for t in range(x, y)))):
                pass                    # "pour l'historien X, spécialiste de l'orfèvrerie, ...": a role
            elif it == 0 and m.kind == "name" and m.nature == "org" and self._describes(x, y):
                pass                    # "selon X, la chambre professionnelle du secteur, ...": what X is
            elif not (d.keys[x] in lex.prepositions or d.keys[x] in lex.cues.first
                      or d.mask[x] & CONN and lex.connectors.match(d.fkeys, d.caps, x) is not None
                      or x + 1 < y and d.keys[x + 1] in lex.agent_preps
                      # ", qui s'exprimait sous couvert d'anonymat,", ", speaking on condition of
                      # anonymity,", ", who spoke on Monday,": an aside about the source
                      or d.keys[x] in lex.relatives and d.keys[x] not in lex.complementizers.first
                      or self._anonymity_in(x, y)):
                break
            np_end = y
        # (a clause after a semicolon opens as a sentence does: « des commerces ont été pillés jeudi ; selon une
        # source policière, près de 90 personnes y auraient été interpellées »)
        x = bisect_left(self.semis, c.s) - 1
        lead = strip_lead(d, self.semis[x] + 1 if x >= 0 and self.semis[x] >= floor else floor, c.s)
        rel = self._relative_subject(c.s, floor)
        learnt = None
        if c.s > floor and any(d.mask[t] & CUE for t in range(max(floor, c.s - 4), c.s)):
            # « On apprenait mardi de source judiciaire que le suspect ... »: the source of a verb of
            # learning, then what was learnt
            learnt = next((t for t in range(m.end, min(np_end, m.end + 3))
                           if d.keys[t] in lex.complementizers.first and d.inq[t] < 0), None)
        que = lex.complementizers.match(d.keys, d.caps, learnt) if learnt is not None else None
        if que is not None and learnt + que[0] < end:
            np_end = learnt
            a = learnt + que[0]         # (after the whole complementizer: « qu' »)
            e = trim_end(d, a, self.clause_end(a, ci))
            rule = "according-que"
        elif rel is not None:
            # "ce chiffre, qui selon lui ne tient pas compte ...", "le frelon, dont la prolifération,
            # selon eux, menace ...": the relative's predicate after the attribution phrase
            if d.keys[c.s - 1] == ",":
                if np_end >= end or d.keys[np_end] != ",":
                    return
                a = np_end + 1
            else:
                a = m.end
            if a >= end or d.keys[a] in lex.relatives:
                return
            e = trim_end(d, a, self.clause_end(a, ci))
            rule = "according-in-relative"
        elif lead == c.s and np_end < end and d.keys[np_end] == ",":
            a = np_end + 1
            if document and self._speech_clause(a, end):
                return                  # "According to a court transcript, the juror told the judge
                                        # she had ...": the document records the words of the one speaking
            e = trim_end(d, a, self.clause_end(a, ci))
            rule = "according-before"
            if weak and m.kind != "pron" and not (a in d.open_at or self.conditional_in(a, e)
                                                  or quote_mode(d, a, e)[0] == "mixed"):
                return                  # "Pour X, « ... »", "Pour X, l'enquête aurait été ...", "Pour X,
                                        # cette attaque « révèle ... »" only
        elif weak and m.kind != "pron":
            return
        elif c.s > floor and (d.keys[c.s - 1] == "," or c.s - 1 in d.close_at) and (
                np_end >= end or d.keys[np_end] in (".", ";")
                or d.keys[np_end] == "," and np_end + 1 < end and (
                    d.keys[np_end + 1] in lex.relatives
                    # (", seen by Reuters.", « , consultée par l'AFP. »: who read the document, closing
                    # the sentence)
                    or np_end + 2 < end and d.fkeys[np_end + 1] in lex.document_readers
                    and d.keys[np_end + 2] in lex.agent_preps and "," not in d.keys[np_end + 2:end]
                    # (", known as Cal Fire.": another name of the source, closing the sentence)
                    or lex.alias_openers is not None and lex.alias_openers.match(d.fkeys, d.caps, np_end + 1)
                    is not None and "," not in d.keys[np_end + 1:end]
                    or ci + 1 < len(self.cues) and np_end < self.cues[ci + 1].s < end and (
                        self.cues[ci + 1].according or d.keys[np_end + 1] in lex.counter_openers
                        or d.toks[np_end + 1].digit))):
            # (", selon le Quai d'Orsay, qui recommande ...": the relative reports on its own; "175 000
            # manifestants, selon le ministère, 250 000 d'après la CGT": so does another attribution)
            # (the reported words start after the last attribution phrase of the sentence: a sentence
            # of thousands of them stays linear)
            a = strip_lead(d, max(floor, self.according_end.get(sent, floor)), c.s - 1)
            e = trim_end(d, a, c.s if c.s - 1 in d.close_at else c.s - 1)
            rule = "according-after"
            if m.det == "poss" and m.kind == "title" and m.cls in lex.document_heads and any(
                    t in self.cue_at and not self.cue_by_tok[t].according for t in range(a, e)):
                return                  # « L'UNAPEI a dénoncé le « scandale » de 15.000 enfants, selon son
                                        # estimation »: the speaker's own figure, in its own claim
        elif c.s > floor and d.keys[c.s - 1] not in (",", "(") and (np_end >= end or d.keys[np_end] in (",", ".", ";")):
            # "un texte « d'équilibre » selon la ministre, qui ...": the words since the last comma
            a = c.s - 1
            while a > floor and a > c.s - MAX_CLAUSE and not (d.keys[a - 1] in (",", ":", ";") and d.inq[a - 1] < 0):
                a -= 1
            a = strip_lead(d, a, c.s)
            e = trim_end(d, a, c.s)
            rule = "according-after"
        else:
            lo, hi = max(floor, c.s - MAX_CLAUSE), min(end, np_end + MAX_CLAUSE)
            a, e = strip_lead(d, lo, hi), trim_end(d, lo, hi)
            rule = "according-inside"
        self.according_end[sent] = np_end + 1 if np_end < end and d.keys[np_end] == "," else np_end
        if e <= a:
            return
        span, mode, k = content_span(d, a, e)
        if m.nature == NEWSROOM:
            rule += OWN_REPORTING
        self.add(Raw(rule, m, (c.s, c.e), span, mode, "", "according", parts=[span] if mode == "direct" else [],
                     anon_region=(phrase, np_end), channel_region=(c.s, np_end), sent=sent, quote=k,
                     cue_tok=c.s))

    def _relative_subject(self, s: int, floor: int) -> int | None:
        """The relative pronoun opening the clause that the attribution phrase at token ``s``
        interrupts: right before it ("qui selon lui ..."), or before the comma opening it, alone
        or with the subject it governs ("qui, selon lui, ...", "dont la prolifération, selon
        eux, ..."); else None."""
        d = self.d
        lex = d.lex
        if s <= floor or d.inq[s - 1] >= 0:
            return None
        if d.keys[s - 1] in lex.relatives:
            return s - 1
        if d.keys[s - 1] != ",":
            return None
        for t in range(s - 2, max(floor, s - 8) - 1, -1):
            k = d.keys[t]
            if k in lex.object_relatives:
                if t == s - 2 and k in lex.relatives:
                    return t
                det = lex.determiners.match(d.keys, d.caps, t + 1) if d.mask[t + 1] & DET else None
                # (not "trois blessés, dont un grave, selon ...": a partitive)
                if k not in lex.relatives and det is not None and det[1][0] in ("def", "poss", "dem"):
                    return t
                return None
            if not d.toks[t].text[:1].isalnum() and k != "'":
                return None
        return None

    def _speech_clause(self, a: int, end: int) -> bool:
        """Whether the clause at token ``a`` opens on its subject (a mention or a noun phrase)
        and an active reporting verb right after it."""
        d = self.d
        m = d.m_start.get(a) or self.np_after(a, end)
        if m is None or not speaker_capable(m) or m.end >= end:
            return False
        t = skip_fwd(d, m.end, end)
        c = self.cue_by_tok.get(t)
        return c is not None and not c.according and not c.passive and bool(c.tags & _FINITE)

    def _outlet_after_noun(self, j: int) -> Mention | None:
        """The news outlet named after a determiner at token ``j``, a noun of ``outlet_nouns`` and
        « de » (« les informations du Monde », « nos confrères de Libération »; an article
        contracted with « de » is the outlet's own: « du Parisien », « Le Parisien »), else None."""
        d = self.d
        lex = d.lex
        h = j + 1
        if h + 2 >= d.n or d.fkeys[h] not in lex.outlet_nouns or not d.toks[j].text[:1].isalpha():
            return None
        x = h + 2
        art = lex.contracted_articles.get(d.fkeys[h + 1])
        if art is not None:
            if not d.caps[x]:
                return None
            g = lex.media.match([art] + d.fkeys[x:x + 5], [True] + d.caps[x:x + 5], 0)
            e = x + g[0] - 1 if g is not None else x
        elif d.fkeys[h + 1] in lex.de_preps.first:
            g = lex.media.match(d.fkeys, d.caps, x)
            e = x + g[0] if g is not None else x
        else:
            return None
        if g is None or e <= x:
            return None
        km = d.m_start.get(x)
        if km is not None and km.kind == "gaz":
            return km               # (a name the gazetteers read already: « de France Info »)
        om = Mention(x, e, "np", (x, e))
        om.nature, om.number, om.title = "org", "s", g[1]
        return om

    def _according_relative(self, ci: int, c: Cue) -> None:
        """"la climatologue X, chercheuse au CNRS, pour qui la France doit ...": the attribution
        phrase's relative is its antecedent, the clause after it the reported words."""
        d = self.d
        sent = d.sid[c.s]
        floor = d.sent_start[sent]
        b = c.s - 2
        if b >= floor and d.keys[b] == ")":
            b = self.before_brackets(b + 1, floor) - 1
        if b < floor:
            return
        m = self._antecedent(ci, c, c.e, b, d.keys[c.e], floor)
        if not speaker_capable(m) or m.kind not in ("name", "title"):
            return                      # ("les ménages, pour qui la facture pèse ...": no opinion)
        a = c.e + 1
        e = trim_end(d, a, self.clause_end(a, ci))
        if e <= a:
            return
        span, mode, k = content_span(d, a, e)
        self.add(Raw("according-relative", m, (c.s, c.e + 1), span, mode, "", "according",
                     parts=[span] if mode == "direct" else [], anon_region=(m.start, m.end),
                     channel_region=(c.s, c.e), sent=sent, quote=k, cue_tok=c.s))

    def _authorless_document(self, j: int, end: int) -> Mention | None:
        """An indefinite document noun phrase at token ``j`` naming no author ("a poll published on
        Tuesday", « un communiqué militaire »): the phrase, to the comma, as a mention of an unnamed
        source; else None."""
        d = self.d
        lex = d.lex
        got = self._document_head(j, end)
        if got is None and lex.bare_plurals and j < end and not d.mask[j] & DET:
            # "according to court documents", "according to police records": a bare plural document
            h = j
            while (h < end - 1 and h < j + 2 and d.fkeys[h] not in lex.document_heads and not d.caps[h]
                   and d.toks[h].text[:1].isalpha() and d.fkeys[h] not in lex.function_words
                   and d.keys[h] not in lex.prepositions):
                h += 1
            if d.fkeys[h] in lex.document_heads and d.keys[h].endswith(lex.plural_endings) and not d.caps[h]:
                got = ((0, ("indef", None, "p")), h)
        if got is None or got[0][1][0] != "indef" or d.caps[got[1]]:
            return None
        det, h = got
        e = h + 1
        while e < end and e < h + 8 and d.keys[e] not in (",", ".", ";", ":") and d.inq[e] < 0 and not (
                d.fkeys[e] in lex.document_readers and e + 1 < end and d.keys[e + 1] in lex.agent_preps):
            e += 1
        # (to its comma, or to the end of the sentence it closes: "..., according to court documents.";
        # or to who read it: « selon des courriels envoyés aux patients et consultés par l'AFP »)
        read = e < end and d.fkeys[e] in lex.document_readers
        if e > end or e < end and d.keys[e] not in (",", ".") and not read or h + 1 < e and d.caps[h + 1]:
            return None                 # (a name after the noun is its author's: « un sondage Ifop »)
        if e == end or read or d.keys[e] == ".":
            floor = d.sent_start[d.sid[j]]
            if any(t in self.cue_at and not self.cue_by_tok[t].negated for t in range(floor, j - 3)):
                return None             # « La direction évoque un « plan », selon un communiqué. »: the
                                        # speaker's channel, told after its words (not a verb denied: « Les
                                        # prévisionnistes n'excluent pas de nouveaux orages, selon un bulletin »)
        endings = d.lex.participle_endings + d.lex.object_participle_endings
        for k in range(h + 1, e):
            t = d.toks[k].text
            if endings and len(t) > 3 and t.isalpha() and t.islower() and t.endswith(endings):
                e = k                   # « un sondage publié mardi », "a poll published on Tuesday": the
                break                   # document, without what is told of it
        while e - 1 > h and d.keys[e - 1] in lex.coordinators:
            e -= 1                      # "messages sent to patients and seen by Reuters": not the "and"
        m = Mention(j, e, "np", (j, e))
        m.det, m.number, m.nature, m.cls = "indef", det[1][2] or "s", "source", d.fkeys[h]
        m.title = d.text[d.toks[j + det[0]].start:d.toks[e - 1].end]
        return m

    def _document_head(self, j: int, end: int) -> tuple | None:
        """(article, head) of a document noun phrase opening at token ``j``: an article, then a noun
        of DOCUMENT_HEADS after its modifiers; else None."""
        d = self.d
        lex = d.lex
        if not lex.document_heads or j >= end or not d.mask[j] & DET:
            return None
        det = lex.determiners.match(d.keys, d.caps, j)
        if det is None:
            return None
        h = j + det[0]
        while h < end - 1 and d.fkeys[h] in lex.document_mods and not d.caps[h]:
            h += 1                      # "le dernier rapport", "une nouvelle étude"
        if h + 3 < end and _number_compound(d, h):
            h += 3                      # "the 14-count indictment", "the 38-page report"
        if lex.prehead_nouns:
            # "the proposed class action", "the amended complaint": modifiers before the head; "a YouGov
            # survey", "a Pew Research Center survey": its author's name
            while (h < end and h < j + det[0] + (5 if d.caps[h] else 2) and d.fkeys[h] not in lex.document_heads
                   and d.toks[h].text[:1].isalnum() and d.inq[h] < 0
                   and d.fkeys[h] not in lex.function_words and d.keys[h] not in lex.prepositions
                   and d.keys[h] not in lex.cues.first):
                h += 1
        if h >= end or d.fkeys[h] not in lex.document_heads:
            return None
        return det, h

    def document_speaker(self, j: int, end: int) -> Mention | None:
        """The speaker of a document noun phrase opening at token ``j`` (an article, then a noun of
        DOCUMENT_HEADS): its author named after it ("un rapport de l'Inspection générale"), or, for
        a definite or demonstrative one without an author ("le rapport", "ce document"), the
        author of the last document named with its author before it; else None."""
        d = self.d
        lex = d.lex
        got = self._document_head(j, end)
        if got is None:
            return None
        det, h = got
        if det[1][0] == "poss" and d.keys[j] in lex.document_possessives:
            # "according to its figures", « selon son bilan »: the document of the institution the
            # possessive refers to, which speaks (``describe`` finds it)
            m = Mention(j, h + 1, "title", (j, h + 1))
            m.det, m.number, m.nature, m.cls = "poss", "s", "org", d.fkeys[h]
            m.title = d.text[d.toks[j].start:d.toks[h].end]
            return m
        a, read = self._document_author(h, end)
        if a is not None or det[1][0] not in ("def", "dem"):
            return a                    # ("un document consulté par l'AFP": no author known)
        x = h + 1
        if x < end and (d.mask[x] & CONN and lex.connectors.match(d.fkeys, d.caps, x) is not None):
            return None                 # "le rapport de la commission", which the tables do not name
        heads = self._doc_heads
        if heads is None:
            dh = lex.document_heads
            heads = self._doc_heads = list(compress(range(d.n), map(dh.__contains__, d.fkeys)))
        x0 = bisect_left(heads, h)
        for p in reversed(heads[max(0, x0 - DOCUMENTS_BACK):x0]):     # (the last few only: linear)
            q = p - 1
            if lex.prehead_nouns:
                # "The 86-page report by X": a modifier between the article and the head
                while (q > 0 and q > p - 5 and not d.mask[q] & DET and not d.caps[q] and d.inq[q] < 0
                       and (d.toks[q].text[:1].isalnum() or d.keys[q] == "-")
                       and d.fkeys[q] not in lex.function_words):
                    q -= 1
            if (q < 0 or not d.mask[q] & DET) and not (q == p - 1 and d.sent_start[d.sid[p]] == p):
                continue                # (or a bare noun opening its sentence: "Documents posted by X say")
            a, _ = self._document_author(p, d.sent_end[d.sid[p]])
            if a is None:
                continue
            return a if a.entity is None else self._document_standing_for(j, h, det, a.entity)
        issuers = lex.document_issuers.get(d.fkeys[h])
        if issuers:
            # "..., prosecutors said. [...] according to the indictment": the body that issues such a
            # document, named in the sentences before it
            im = self._issuer_before(j, issuers)
            if im is not None:
                return im if im.entity is None else self._document_standing_for(j, h, det, im.entity)
        m = self._filer_before(h)
        if m is None:
            m = self._channel_speaker_before(h, heads, x0)
        if m is None and det[1][0] == "def" and d.fkeys[h] in lex.document_channels:
            m = self._speaker_just_before(h)
        return m

    def _speaker_just_before(self, h: int) -> Mention | None:
        """The one speaker of the claims of the sentence before the one of the statement noun at token ``h``,
        in its paragraph ("Bazoum's office had said earlier that ... . The army was ready to act, the
        statement said": the definite statement is the one that office made); else None."""
        d = self.d
        s = d.sid[h]
        if s == 0 or d.toks[d.sent_start[s - 1]].para != d.toks[h].para:
            return None
        speakers = {id(r.speaker): r.speaker for r in self.by_sent.get(s - 1, ())[:16] if r.speaker is not None}
        if len(speakers) == 1:
            m = next(iter(speakers.values()))
            if speaker_capable(m) and m.kind != "pron":
                return m
        return None

    def _channel_speaker_before(self, h: int, heads: list[int], x0: int) -> Mention | None:
        """The one speaker of the claims read in one of the two sentences before the document noun at
        token ``h`` where the same noun was named ("In a statement, the company said ... The
        statement added ...", « Dans un communiqué, la préfecture a indiqué ... Le communiqué
        précise ... »): the document is theirs; else None.  ``heads``: the tokens of document
        nouns, ``x0`` the place of ``h`` among them."""
        d = self.d
        s = d.sid[h]
        for p in reversed(heads[max(0, x0 - DOCUMENTS_BACK):x0]):
            sp = d.sid[p]
            if sp < s - 2:
                break
            if sp == s or d.fkeys[p] != d.fkeys[h] or d.inq[p] >= 0:
                continue
            # (the first claims of that sentence: a sentence of thousands of them stays linear)
            speakers = {id(r.speaker): r.speaker for r in self.by_sent.get(sp, ())[:16] if r.speaker is not None}
            if len(speakers) == 1:
                m = next(iter(speakers.values()))
                if speaker_capable(m) and m.kind != "pron":
                    return m
            return None
        return None

    def _document_standing_for(self, j: int, h: int, det, entity) -> Mention:
        """The document named by tokens ``j`` (its determiner ``det``) to ``h`` (its head) as a
        mention of ``entity``, the author it speaks for."""
        d = self.d
        m = Mention(j, h + 1, "np", (j, h + 1))
        m.det, m.gender, m.number, m.nature, m.cls = det[1][0], det[1][1], det[1][2] or "s", "org", d.fkeys[h]
        m.title = d.text[d.toks[j].start:d.toks[h].end]
        m.entity = entity
        return m

    def _issuer_before(self, j: int, issuers: frozenset) -> Mention | None:
        """The last mention before token ``j``, in its sentence or the three before, headed by a
        noun of ``issuers`` (outside quotations); else None."""
        d = self.d
        starts = d.m_starts()
        lo = d.sent_start[max(0, d.sid[j] - 3)]
        k = bisect_left(starts, j) - 1
        while k >= 0 and d.mentions[k].start >= lo:
            m = d.mentions[k]
            if not m.in_quote and m.end <= j and d.fkeys[m.end - 1] in issuers and speaker_capable(m):
                return m
            k -= 1
        return None

    def _filer_before(self, h: int) -> Mention | None:
        """The subject of the last filing verb ("sued", "filed") in the sentence of the document
        noun at token ``h`` or in the two before it ("Three students sued the school ... The
        lawsuit says"): those who brought the document speak through it; else None."""
        d = self.d
        lex = d.lex
        if not lex.filing_verbs:
            return None
        verbs = self._filings
        if verbs is None:
            fv = lex.filing_verbs
            inq = d.inq
            verbs = self._filings = [i for i in compress(range(d.n), map(fv.__contains__, d.fkeys)) if inq[i] < 0]
        x = bisect_left(verbs, h) - 1
        for v in reversed(verbs[max(0, x - 2):x + 1]):
            s = d.sid[v]
            if s < d.sid[h] - 2:
                break
            # (a participle describing a document has no subject: "The complaint, filed in ...,")
            f = strip_lead(d, d.sent_start[s], v)
            m = d.m_start.get(f)
            if m is not None:
                # (its verb right after it, or after its auxiliary: « Le ministère a publié un communiqué »)
                if speaker_capable(m) and m.kind != "pron" and (
                        m.end == v or m.end == v - 1 and d.keys[m.end] in lex.aux):
                    return m
                continue
            m = self._plural_subject(f, v + 1)
            if m is not None:
                return m
        return None

    def _document_author(self, h: int, end: int) -> tuple:
        """(author mention or None, whether a reader's participle follows) for the document noun at
        token ``h``: up to two lowercase words, then "de" and a named speaker ("un rapport de
        l'IGESR", "une étude publiée de l'Insee"); a reader ("consulté par l'AFP") is no author."""
        d = self.d
        lex = d.lex
        if lex.prehead_nouns and h > 0 and d.caps[h - 1]:
            m = d.m_end.get(h)
            if m is not None and m.kind in ("name", "gaz") and speaker_capable(m):
                return m, False         # "a YouGov survey", "a Gallup poll": the name before the noun
        g = h + 1
        limit = h + 3
        while g < end - 1 and g < limit:
            if d.blocked[g]:
                # "a study published Tuesday by X", « une étude publiée mardi par l'Insee »: its date
                while g < end - 1 and d.blocked[g]:
                    g += 1
                    limit += 1
                continue
            if (d.caps[g] or not d.toks[g].text[:1].isalpha() or d.mask[g] & CONN or d.keys[g] in lex.agent_preps
                    or d.keys[g] in lex.prepositions or d.fkeys[g] in lex.function_words):
                break
            if d.fkeys[g] in lex.document_readers:
                return None, True
            g += 1
        while g < end - 1 and d.blocked[g]:
            g += 1                      # (a date right at the reach: « une estimation provisoire publiée jeudi
                                        # par l'Insee »)
        if g >= end:
            return None, False
        if g == h + 1 and d.caps[g] and not lex.prehead_nouns:
            m = d.m_start.get(g)
            if m is not None and m.kind in ("name", "gaz") and not m.det_name and speaker_capable(m):
                return m, False         # « un sondage Ifop », « une étude Inserm »: the name after the noun
        cn = (d.mask[g] & CONN and lex.connectors.match(d.fkeys, d.caps, g)) or (
            lex.source_preps.match(d.keys, d.caps, g)) or ((1, None) if d.keys[g] in lex.agent_preps else None)
        if not cn:
            return None, False
        m = next((d.m_start[k] for k in range(g, min(end, g + 1 + cn[0])) if k in d.m_start), None)
        m = self._possessed_after(m) or m       # "A statement from the mayor's office said"
        if m is not None and m.end + 2 < end and d.keys[m.end] == "-" and m.end + 2 in d.m_start:
            # "a report by Houston-based X": the name the place describes
            pm = d.m_start[m.end + 2]
            if self._premodified_name(m.start, pm.end) is pm:
                m = pm
        if m is None or not speaker_capable(m) or m.kind == "pron":
            return None, False
        return m, False

    def _describes(self, x: int, y: int) -> bool:
        """Whether tokens [x, y) are a noun phrase describing an organisation: an article, an
        organisation's head and the words completing it ("la chambre professionnelle des
        exploitants"; not "l'établissement" alone, which may open the reported clause), no verb."""
        d = self.d
        lex = d.lex
        h = descriptor_at(x, d.keys, d.fkeys, d.caps, lex, d.mask)
        return (h is not None and h < y and d.fkeys[h - 1] in lex.org_heads
                and not any(d.keys[t] in lex.aux or d.keys[t] in lex.cues.first for t in range(h, y)))

    def _name_after_bare_descriptor(self, j: int, end: int) -> Mention | None:
        """The name closing a descriptor without article, up to the next comma or the end of the
        sentence ("according to Belgian broadcaster Sporza,", "according to state news agency
        Xinhua."): at most three words before it, the last a lowercase noun."""
        d = self.d
        lex = d.lex
        for k in range(j + 1, min(j + 4, end)):
            # the descriptor's words: no preposition, article, connector or function word
            if d.keys[k - 1] in lex.prepositions or d.fkeys[k - 1] in lex.function_words or d.mask[k - 1] & (CONN | DET):
                return None
            w = d.toks[k - 1].text
            nm = d.m_start.get(k)
            if nm is None:
                if not w[:1].isalpha() or d.inq[k - 1] >= 0:
                    return None
                continue
            closed = nm.end >= end or d.keys[nm.end] in (",", ".", ";")
            if nm.kind == "title" and nm.name is not None and not nm.in_quote and w[:1].islower() and closed:
                return nm               # "according to rights group Foro Penal,": a modifier, then a title
                                        # with its name
            if nm.kind != "name" or nm.det_name or nm.in_quote or not d.caps[nm.start] or not w[:1].islower() \
                    or not closed:
                return None
            return nm
        return None

    def np_to_comma(self, j: int, end: int, det: tuple | None = None) -> Mention | None:
        """A noun phrase opened by a determiner (or, given ``det``, by its noun after an article
        read before it) and running to the next comma (at most ``NP_TO_COMMA`` words): the speaker of an
        attribution phrase the tables do not name."""
        d = self.d
        lex = d.lex
        if det is None:
            h, det = self._after_det(j, end)
        else:
            h = j
        if h is None:
            return None
        b = h
        while b < end and b < h + NP_TO_COMMA and (d.toks[b].text[:1].isalpha() or d.keys[b] in ("'", "-")):
            if b > h and (d.keys[b] in lex.relatives
                          or d.mask[b] & ANON and lex.anonymity.match(d.fkeys, d.caps, b) is not None):
                # "selon un médecin urgentiste qui a requis l'anonymat.", "selon un médecin
                # s'exprimant sous couvert d'anonymat": the noun phrase before its aside, when the
                # aside closes the phrase
                return self._np(j, h, b, det) if self._aside_closes(b, end) else None
            if d.keys[b] in lex.relatives or d.inq[b] >= 0 or d.keys[b] in lex.complementizers.first:
                return None
            b += 1
        if b < end and b > h and (d.keys[b] == "(" or b == h + 8):
            acr = self._acronym_closing(h, b, end)
            if acr is not None:
                return acr
        if b == h or b >= end or d.keys[b] not in (",", ".") or d.keys[b] == "." and b + 1 < end:
            return None             # (to a comma, or to the full stop ending the sentence)
        nm = d.m_end.get(b)
        if (nm is not None and nm.start > h and nm.kind == "name" and not nm.det_name and d.caps[nm.start]
                and d.toks[nm.start - 1].text[:1].isalpha() and d.keys[nm.start - 1] not in lex.prepositions
                and not d.mask[nm.start - 1] & (CONN | DET)
                and not (nm.start - 1 > h and d.fkeys[nm.start - 1] in lex.institution_heads)
                and not any(d.fkeys[t] in lex.channel_participles for t in range(h, nm.start))):
            # ("selon un médecin de l'hôpital Necker": the name of the place the source works in;
            # "d'après l'observatoire Pelagis": the institution named; « une étude publiée dans la revue
            # The Lancet »: where the document was published, no speaker)
            return nm                   # "pour l'historien de l'art Bertrand Ollivier, ..."
        return self._np(j, h, b, det)

    def _acronym_closing(self, h: int, b: int, end: int) -> Mention | None:
        """The organisation a noun phrase of lowercase words from token ``h`` names by the acronym in
        brackets closing it, before a comma or the sentence's full stop ("d'après le système européen
        d'information sur les feux de forêt (EFFIS)."): a mention of the acronym; else None.  The
        phrase may run on from token ``b`` up to ``ACRONYM_PHRASE`` words."""
        d = self.d
        keys, toks = d.keys, d.toks
        while (b < end and b < h + ACRONYM_PHRASE and keys[b] != "(" and d.inq[b] < 0
               and (toks[b].text[:1].isalpha() and not d.caps[b] or keys[b] in ("'", "-"))
               and keys[b] not in d.lex.relatives and keys[b] not in d.lex.complementizers.first):
            b += 1
        if not (b + 3 < end and keys[b] == "(" and keys[b + 2] == ")" and keys[b + 3] in (",", ".")):
            return None
        t = toks[b + 1].text
        if not (t.isalpha() and t.isupper() and 2 <= len(t) <= 8) or keys[b + 3] == "." and b + 4 < end:
            return None
        m = Mention(b + 1, b + 2, "np", (b + 1, b + 2))
        m.title, m.nature, m.number, m.det = t, "org", "s", "def"
        return m

    def _aside_closes(self, b: int, end: int) -> bool:
        """Whether the words from token ``b`` (a relative or an anonymity phrase after a noun phrase)
        run, unquoted and with no reporting verb or "that", to a comma or to the sentence's end."""
        d = self.d
        lex = d.lex
        am = lex.anonymity.match(d.fkeys, d.caps, b) if d.mask[b] & ANON else None
        x = b + am[0] if am is not None else b      # (the anonymity phrase's own verb reports nothing)
        x = self._words_stop(x, end, b + 12, b + 2)
        return x is not None and (x >= end or d.keys[x] == "," or d.keys[x] == "." and x + 1 >= end)

    def conditional_in(self, a: int, e: int) -> bool:
        """Whether tokens [a, e) hold a verb in the conditional ("aurait été", "pourrait")."""
        d = self.d
        lex = d.lex
        ends = lex.cond_endings
        if not ends:
            return False
        keys, caps = d.keys, d.caps
        for i in range(a, min(e, a + MAX_CLAUSE)):
            k = keys[i]
            if k.endswith(ends) and not caps[i] and lex.conditional(k) and d.inq[i] < 0:
                return True
        return False

    def colon_quotes(self) -> None:
        """A quotation after a colon that ends a reported clause and closes its sentence ("a affirmé
        que ... : « ... »") is a second direct claim of the same speaker; the clause ends at the colon."""
        d = self.d
        keys = d.keys
        if not any(o >= 2 and keys[o - 1] == ":" for o in d.open_toks):
            return                      # no quotation opens after a colon
        for r in list(self.raws):
            if r.mode == "direct" or r.speaker is None:
                continue
            t0 = bisect_left(d.starts, r.content[0])
            t1 = bisect_left(d.starts, r.content[1])
            for qi in range(bisect_left(d.open_toks, t0 + 2), bisect_left(d.open_toks, t1)):
                o = d.open_toks[qi]
                k = d.open_at[o]
                if d.keys[o - 1] != ":" or k in self.attributed or d.sid[o] != r.sent:
                    continue
                q = d.quotes[k]
                after = q.close_tok + 1
                if q.end < r.content[1] - 2 or not (after >= d.sent_end[r.sent] or d.mask[after] & END):
                    continue
                span = quote_chars(d, k)
                r.content = (r.content[0], d.toks[o - 2].end)
                r.mode = "mixed" if bisect_left(d.open_toks, t0) < qi else "indirect"
                self.add(Raw("colon-quote", r.speaker, r.cue, span, "direct", r.lemma, "colon", [span],
                             r.anon_region, r.channel_region, r.sent, r.past, k, r.cue_tok))
                break
        for r in list(self.raws):
            # "décrit « des équipes à bout » : « On enchaîne ... »": a quotation after a colon right
            # after the reported words, closing the sentence, is the same speaker's
            if r.speaker is None:
                continue
            t = bisect_left(d.starts, r.content[1])
            if t < d.n and t in d.close_at:
                t += 1
            if t + 1 >= d.n or keys[t] != ":" or t + 1 not in d.open_at or d.sid[t + 1] != r.sent:
                continue
            k = d.open_at[t + 1]
            if k in self.attributed:
                continue
            q = d.quotes[k]
            after = q.close_tok + 1
            if not (after >= d.sent_end[r.sent] or d.mask[after] & END):
                continue
            span = quote_chars(d, k)
            self.add(Raw("colon-quote", r.speaker, r.cue, span, "direct", r.lemma, "colon", [span],
                         r.anon_region, r.channel_region, r.sent, r.past, k, r.cue_tok))

    def orphans(self) -> None:
        """Quotations no verb attributed: dash attributions, colon introductions, continuations."""
        d = self.d
        lex = d.lex
        for k, q in enumerate(d.quotes):
            if k in self.attributed:
                continue
            o, cl = q.open_tok, q.close_tok
            # « ... » – Nom
            if cl + 2 < d.n and d.keys[cl + 1] in lex.dashes:
                m = d.m_start.get(cl + 2)
                if speaker_capable(m) and m.kind in ("name", "title", "gaz") and (
                        m.end >= d.n or d.keys[m.end] in (",", ".", "(", ";") or d.sid[m.end] != d.sid[m.start]
                        or d.toks[m.end].para != d.toks[m.start].para):
                    span = quote_chars(d, k)
                    self.add(Raw("dash", m, (cl + 1, cl + 2), span, "direct", "", "dash", parts=[span],
                                 anon_region=(m.end, m.end), sent=d.sid[cl], quote=k, cue_tok=cl + 1))
                    continue
            # Le ministre a été clair : « ... »
            if o >= 1 and d.keys[o - 1] == ":":
                s = d.sid[o - 1]
                a = strip_lead(d, d.sent_start[s], o - 1)
                m = d.m_start.get(a)
                if speaker_capable(m) and m.kind != "pron" or (m is not None and m.kind == "pron" and m.nature == "person"):
                    if 0 < (o - 1) - m.end <= 8 or (o - 1 == m.end and m.kind != "pron"):
                        # ("Le ministre : « ... »": a speaker's label and a colon, as in a transcript)
                        span = quote_chars(d, k)
                        self.add(Raw("colon", m, (m.end, o), span, "direct", "", "colon", parts=[span],
                                     anon_region=(m.end, o - 1), channel_region=(m.end, o - 1), sent=s,
                                     quote=k, cue_tok=m.end))
                        continue
            # a quotation that is a whole sentence, right after an attributed one
            s = d.sid[o]
            if d.sent_start[s] != o:
                continue
            tail = d.sent_end[s]
            if tail - 1 > cl + 1 or (tail - 1 == cl + 1 and d.keys[cl + 1] not in (".", "!", "?")):
                continue
            prev = self.by_sent.get(s - 1)
            if not prev or prev[-1].mode == "indirect" and not (
                    prev[-1].rule == "preposed" and prev[-1].speaker is not None
                    and prev[-1].speaker.kind in ("name", "pron") and prev[-1].speaker.nature != "org"):
                # (after reported words, the quotation is a named person's who said them: "X a ajouté
                # que ... . « ... »")
                continue
            p = prev[-1]
            span = quote_chars(d, k)
            self.add(Raw("continuation", p.speaker, p.cue, span, "direct", p.lemma, "continuation",
                         parts=[span], sent=s, past=p.past, quote=k, cue_tok=p.cue_tok, follows=p))
