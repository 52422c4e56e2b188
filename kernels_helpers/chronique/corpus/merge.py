"""Merging the articles of a corpus: the same event told by several sources, the same claim repeated.

Articles are added one at a time, in input order (``Merger.add``), so the
outcome is the same whatever ran the analyses, and nothing but the merged
state is held.

**Events.**  An event of an article joins an event already seen when it has the
same kind, its interval overlaps the interval every earlier report agrees on,
its actors do not contradict (the same actor and target, or one of them
unknown), nor its towns (two towns named: two happenings), and something
positive ties them: the same actor, the same target, the same town (its name
compared without case, accents or hyphens, and in English where the article's
language names it otherwise: « Bagdad », "Baghdad"), the same figure (people killed,
troops, the size of a crowd), or no actor or target on either side.
A merged event keeps every report (``mentions``: source, wording, date,
figures, modality) and one event per article at most.  Where the figures
differ (25 killed against 12) it keeps each with its sources and flags the
disagreement; so too dates that overlap without one containing the other.
Undated events join undated events of the same kind and actor, target or
town, reported within three days of each other, or else an event of the same
kind dated within the three days before their publication that something
positive ties them to (a follow-up telling "the strike" without its date);
an article's dated reports are merged before its undated ones.  Intervals
longer than a month merge only with intervals as vague, and intervals longer
than two years not at all.  Events found negated ("did not attack") never
merge with events asserted.

**Claims.**  A claim joins a claim already seen when its wording, reduced to
lower-case words, is the same, or when its content words (the language's
function words left out) overlap enough (Jaccard index at least 0.5; 0.35 for
the same speaker; or nine tenths of the shorter one when it has at least four
words; for the same speaker, all of the shorter one's when it has three).
Claims of one or two content words join only the same wording from the same
speaker.  Each appearance keeps its source, publication date, date
said, speaker, mode and wording; a tracked claim says what changed between
appearances: the wording, the speaker, the mode, the hedging.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import chain
from operator import itemgetter

from ..tokens import strip_accents

DAY = 86_400
SHORT_DAYS = 31           # intervals up to this long are indexed by day
LONG_MONTHS = 24          # beyond this, an interval is too vague to merge
SCAN = 256                # at most this many recent candidates per index key
UNDATED_DAYS = 3
CLAIM_SETS = 6            # distinct wordings compared per tracked claim
COMMON = 64               # a word in more tracked claims than this does not propose candidates
COGNATE_PREFIX = 5        # letters of a word compared with its translation ("milit": « militaires », "military")
TRANSLATION_DAYS = 7      # a claim and its translation are published this many days apart at most
OTHER_SPEAKER_SHARED = 4  # figures or words a translation put in another speaker's mouth shares at least
EXONYM_SHARE = 0.65       # two towns named in two languages are one when their names share this much

_WORD = re.compile(r"\w+")
_FIGURES = re.compile(r"\b\d+\b")
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()   # the day numbers of the index count from 1970-01-01


@lru_cache(maxsize=1 << 14)
def _seconds(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        d = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
    return int((d - datetime(1970, 1, 1)).total_seconds())


def _pub_day(value: str | None) -> int | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


class Article:
    """One article of the corpus that was analysed: where it comes from and what it holds."""

    __slots__ = ("index", "id", "name", "source", "url", "title", "published", "inferred", "lang",
                 "chars", "events", "claims", "timexes", "issues")
    FIELDS = __slots__

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


# The digest rows (``engine.digest_of``) give these fields in this order: first those that are strings
# (or None), so that the merge keeps one copy of each with one C-level pass over a slice of the row; last
# the list (claims, hedges).
EVENT_FIELDS = ("id", "kind", "label", "text", "trigger", "start", "end", "precision", "value", "wording",
                "modality", "actor", "target", "place", "countries", "rule", "timex", "timex_rule", "resolution",
                "flags", "rung", "killed", "wounded", "troops", "crowd", "source_start", "source_end", "claims")
CLAIM_FIELDS = ("id", "speaker", "speaker_kind", "mode", "kind", "channel", "cue", "text", "norm", "start", "end",
                "precision", "value", "wording", "rule", "timex", "timex_rule", "resolution", "flags",
                "anonymous", "source_start", "source_end", "hedges")
EVENT_STRINGS = EVENT_FIELDS.index("rung")          # fields [0, EVENT_STRINGS) are strings or None
CLAIM_STRINGS = CLAIM_FIELDS.index("anonymous")
# the order of the fields in the corpus's own data (``Corpus.to_dict``)
EVENT_KEYS = ("id", "kind", "rung", "label", "text", "trigger", "start", "end", "precision", "value", "wording",
              "modality", "actor", "target", "place", "killed", "wounded", "troops", "crowd", "claims",
              "source_start", "source_end", "rule", "timex", "timex_rule", "resolution", "flags")
CLAIM_KEYS = ("id", "speaker", "speaker_kind", "mode", "kind", "anonymous", "hedges", "channel", "cue", "text",
              "norm", "start", "end", "precision", "value", "wording", "source_start", "source_end", "rule",
              "timex", "timex_rule", "resolution", "flags")

# The merged state keeps each report as a plain tuple, read by the positions below: made of strings,
# numbers and tuples only, the garbage collector stops tracking it once it has seen it (it never does
# for an instance of a tuple subclass).
#   an event mention: (article, *EVENT_FIELDS, t0, t1): ``article`` the position of the article in the
#     corpus, ``claims`` the tracked claims (numbers) that assert it, ``t0``/``t1`` its interval in
#     seconds (None when undated);
#   a claim appearance: (article, *CLAIM_FIELDS, events): ``norm`` its wording reduced to lower-case
#     words, ``events`` the merged events (numbers) it is about.
M_ARTICLE = A_ARTICLE = 0
M_KIND, M_RUNG, M_START, M_END, M_MODALITY, M_ACTOR, M_TARGET, M_PLACE, M_COUNTRIES, M_KILLED, M_TROOPS, M_CROWD, \
    M_CLAIMS = (1 + EVENT_FIELDS.index(f) for f in ("kind", "rung", "start", "end", "modality", "actor", "target",
                                                    "place", "countries", "killed", "troops", "crowd", "claims"))
M_T0, M_T1 = len(EVENT_FIELDS) + 1, len(EVENT_FIELDS) + 2
A_ID, A_SPEAKER, A_NORM = (1 + CLAIM_FIELDS.index(f) for f in ("id", "speaker", "norm"))
A_EVENTS = len(CLAIM_FIELDS) + 1
_ROW_CLAIMS, _ROW_START, _ROW_END = M_CLAIMS - 1, M_START - 1, M_END - 1


class Mention(tuple):
    """An event mention of the merged state read by field name: ``Mention(m).kind``."""

    __slots__ = ()
    FIELDS = EVENT_FIELDS


class Appearance(tuple):
    """A claim appearance of the merged state read by field name: ``Appearance(ap).speaker``."""

    __slots__ = ()
    FIELDS = CLAIM_FIELDS


for _cls, _names in ((Mention, ("article",) + EVENT_FIELDS + ("t0", "t1")),
                     (Appearance, ("article",) + CLAIM_FIELDS + ("events",))):
    for _i, _n in enumerate(_names):
        setattr(_cls, _n, property(itemgetter(_i)))


def _interval(row) -> tuple:
    """The interval ``(t0, t1)`` in seconds of a digest event row (``(None, None)`` when undated)."""
    t0, t1 = _seconds(row[_ROW_START]), _seconds(row[_ROW_END])
    if t0 is not None and (t1 is None or t1 < t0):
        t1 = t0
    return t0, t1


def mention(article: int, row, claims=None, intern=None) -> tuple:
    """An event mention from a digest row (``EVENT_FIELDS`` order); ``claims`` replaces the row's own;
    ``intern(s, s)``, when given, gives the one copy to keep of each of the row's strings."""
    strings = row[:EVENT_STRINGS]
    return (article, *(strings if intern is None else map(intern, strings, strings)),
            *row[EVENT_STRINGS:_ROW_CLAIMS], tuple(claims if claims is not None else row[_ROW_CLAIMS] or ()),
            *_interval(row))


def appearance(article: int, row, events=None, intern=None) -> tuple:
    """A claim appearance from a digest row (``CLAIM_FIELDS`` order); ``intern`` as for ``mention``."""
    strings = row[:CLAIM_STRINGS]
    return (article, *(strings if intern is None else map(intern, strings, strings)),
            *row[CLAIM_STRINGS:-1], tuple(row[-1] or ()), tuple(events or ()))


@lru_cache(maxsize=1 << 14)
def _index_keys(kind: str, t0: int, t1: int) -> tuple:
    """The index keys of an event of ``kind`` dated ``t0`` to ``t1`` (seconds), and whether it is coarse
    (longer than a month).  Events of a corpus repeat their kinds and dates: each is worked out once."""
    d0, d1 = t0 // DAY, t1 // DAY
    if d1 - d0 < SHORT_DAYS:
        return tuple((kind, d) for d in range(d0, d1 + 1)), False
    a = datetime(1970, 1, 1).toordinal()
    lo, hi = date.fromordinal(a + d0), date.fromordinal(a + d1)
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    if months > LONG_MONTHS:
        return (), True
    out, y, mo = [], lo.year, lo.month
    for _ in range(months):
        out.append((kind, y, mo))
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return tuple(out), True


def _recent(index: dict, keys) -> list | set:
    """The clusters ``index`` holds under any of ``keys``, the last ``SCAN`` of each key, each once."""
    lists = [lst if len(lst) <= SCAN else lst[-SCAN:] for lst in map(index.get, keys) if lst]
    return lists[0] if len(lists) == 1 else set(chain.from_iterable(lists))


def _undated_keys(m: tuple) -> list:
    """The keys under which an undated event is indexed: its kind with its actor, with its target and
    with its town."""
    kind, actor, target, place = m[M_KIND], m[M_ACTOR], m[M_TARGET], _town(m[M_PLACE])
    return ([(kind, "actor", actor)] if actor else []) + ([(kind, "target", target)] if target else []) + (
        [(kind, "place", place)] if place else [])


@lru_cache(maxsize=1 << 12)
def _town(name: str | None) -> str | None:
    """A town's name as compared across articles and languages: lower-case, accents and hyphens dropped
    (« Dnipro », "Dnipro"; "Kryvyi Rih", « Kryvyï Rih »)."""
    if not name:
        return None
    return " ".join(normal_words(name)) or None


@lru_cache(maxsize=1 << 12)
def _exonyms(a: str, b: str) -> bool:
    """Whether two towns' names (as ``_town`` gives them) told in two languages name one town: names that
    share ``EXONYM_SHARE`` of their letters in order at least (« rangoun » and "yangon", « beyrouth » and
    "beirut", « bakhmout » and "bakhmut", « kiev » and "kyiv"; not "mariupol" and « melitopol »)."""
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= EXONYM_SHARE


@lru_cache(maxsize=1 << 12)
def _countries(joined: str | None) -> frozenset:
    """The states an event's sentences name (``events.Events._countries_of``), from the digest's string
    (names joined by "|")."""
    return frozenset(joined.split("|")) if joined else frozenset()


def _figures(m: tuple) -> tuple:
    """The figures events are matched on: ``("killed", n)``, ``("troops", n)`` and ``("crowd", n)``, those
    the mention gives."""
    killed, troops, crowd = m[M_KILLED], m[M_TROOPS], m[M_CROWD]
    if troops is None and crowd is None:
        return () if killed is None else (("killed", killed),)      # (the common case)
    return tuple((f, v) for f, v in (("killed", killed), ("troops", troops), ("crowd", crowd)) if v is not None)


class EventCluster:
    """A merged event.  ``last``: the article of its latest report (articles come in order, so an article
    already reported it when it is the latest); ``figures``: the set of the ``_figures`` of its reports, None
    while they give none.  The merged state holds as few containers as it can for the garbage collector."""

    __slots__ = ("n", "kind", "rung", "lo", "hi", "actor", "target", "place", "countries", "negated", "members",
                 "last", "figures", "pub_lo", "pub_hi", "actor_lang", "target_lang", "place_lang")

    def __init__(self, n, m: tuple, art: int, pub: int | None, lang: str | None = None):
        self.n, self.kind, self.rung = n, m[M_KIND], m[M_RUNG]
        self.lo, self.hi = m[M_T0], m[M_T1]
        self.actor, self.target, self.place = m[M_ACTOR], m[M_TARGET], _town(m[M_PLACE])
        # the language of the report that named the actor, the target and the town: their wordings compare
        # within it
        self.actor_lang = self.target_lang = self.place_lang = lang
        self.countries = _countries(m[M_COUNTRIES])
        self.negated = m[M_MODALITY] == "negated"
        self.members = [m]
        self.last = art
        figures = _figures(m)
        self.figures = set(figures) if figures else None
        self.pub_lo = self.pub_hi = pub


@lru_cache(maxsize=None)
def _spelling_folds() -> tuple:
    """The spellings of transliterated names that the languages' resources fold together
    (``NAME_SPELLING_FOLDS``: « Arestovitch » and "Arestovych", "Shoigu" and « Choïgou »), longest first."""
    from ..resources import LANGUAGES, module
    folds = {}
    for lang in LANGUAGES:
        for a, b in getattr(module(lang, "speech"), "NAME_SPELLING_FOLDS", ()):
            folds.setdefault(a, b)
    return tuple(sorted(folds.items(), key=lambda ab: (-len(ab[0]), ab[0])))


@lru_cache(maxsize=1 << 12)
def speaker_key(name: str | None) -> str:
    """A speaker's name as compared across articles and languages: its words lower-case, without accents,
    with the spellings of transliteration folded (``_spelling_folds``), a letter written twice once and a
    closing mute e dropped ("Volodymyr Zelenskiy", "Volodymyr Zelenskyy" and « Volodymyr Zelensky » are one
    speaker; « Poutine » and "Putin" too)."""
    if not name:
        return ""
    out = []
    for w in normal_words(name):
        for a, b in _spelling_folds():
            if a in w:
                w = w.replace(a, b)
        w = "".join(c for k, c in enumerate(w) if k == 0 or c != w[k - 1])
        if len(w) > 3 and w.endswith("e") and w[-2] not in "aeiouy":
            w = w[:-1]
        out.append(w)
    return " ".join(out)


def same_speaker(key: str, keys) -> bool:
    """Whether the speaker ``key`` (as ``speaker_key`` gives it) is one of ``keys``: the same key, a
    surname alone and a full name ending with it ("wickremesinghe", "ranil wickremesinghe"), or two full
    names with the same surname and first name, whatever stands between ("adel abdel mahdi", "adel abdul
    mahdi"; "george w bush", "george bush")."""
    if key in keys:
        return True
    for other in keys:
        short, full = sorted((key, other), key=len)
        if len(short) >= 4 and " " not in short and full.endswith(" " + short):
            return True
        if " " in short:
            first, last = short.find(" "), short.rfind(" ")
            if len(short) - last > 4 and full.startswith(short[:first + 1]) and full.endswith(short[last:]) \
                    and first >= 2:
                return True
    return False


def surname(key: str) -> str:
    """The last word of a speaker key: the index key under which its claims are found (``same_speaker``
    names the same person only with the same last word)."""
    return key.rsplit(" ", 1)[-1]


@lru_cache(maxsize=None)
def _cognate_folds(lang: str) -> tuple:
    """The spellings a language's words are rewritten with before they are compared with another language's
    (``COGNATE_FOLDS`` of its resources)."""
    return tuple(_resource(lang, "speech", "COGNATE_FOLDS", ()))


def _resource(lang: str, part: str, name: str, default):
    """The value ``name`` of the resource module ``part`` of ``lang``; ``default`` when the language, the
    module or the value is missing."""
    from ..resources import module
    try:
        return getattr(module(lang, part), name, default)
    except (ImportError, ValueError):
        return default


@lru_cache(maxsize=None)
def glossary(lang: str) -> dict:
    """A language's words of the news by the key all languages share (``GLOSSARY`` of its resources:
    « nuit » and "night": "=night"; « tués » and "killed": "=dead"), and its number words by their
    figure (« onze » and "eleven": "11"), written as ``normal_words`` writes them."""
    out = {}
    for word, value in _resource(lang, "temporal", "NUMBER_WORDS", {}).items():
        words = normal_words(word)
        if len(words) == 1 and isinstance(value, int) and value >= 2:
            out[words[0]] = str(value)
    for form, key in _resource(lang, "glossary", "GLOSSARY", {}).items():
        words = normal_words(form)
        if len(words) == 1:
            out[words[0]] = "=" + key
    return out


def cognates(norm: str, lang: str, stop: frozenset) -> frozenset:
    """The keys on which a claim's wording (``norm``: lower-case words without accents) is compared with
    its translation: each figure ("80", "38", and a number word: « onze », "eleven": "11"), the shared key
    of each word of the language's glossary (``glossary``: « nuit », "night"), and each other content
    word of four letters or more, its spellings folded (``_cognate_folds``), cut to its first
    ``COGNATE_PREFIX`` letters (« militaires » and "military": "milit")."""
    folds = _cognate_folds(lang)
    gloss = glossary(lang)
    out = set()
    for w in norm.split():
        if w.isdigit():
            out.add(w)
            continue
        key = gloss.get(w)
        if key is not None:
            out.add(key)
        elif len(w) >= 4 and w not in stop:
            for a, b in folds:
                if a in w:
                    w = w.replace(a, b)
            out.add(w[:COGNATE_PREFIX])
    return frozenset(out)


def distinct_speakers(keys) -> int:
    """How many speakers the keys name (a surname alone is the full name ending with it: ``same_speaker``)."""
    full = [k for k in keys if " " in k]
    return len(full) + sum(1 for k in keys if " " not in k and not same_speaker(k, full))


class ClaimCluster:
    """A tracked claim: its appearances, the sets of content words it is matched on, and its speakers
    (as ``speaker_key`` gives them)."""
    __slots__ = ("n", "members", "sets", "speakers")

    def __init__(self, n, ap: tuple, words: frozenset):
        self.n = n
        self.members = [ap]
        self.sets = [words] if words else []
        self.speakers = {speaker_key(ap[A_SPEAKER])}


def normal_words(text: str) -> list[str]:
    """The words of a text, lower-case, accents dropped (linear: one regular scan)."""
    words = _WORD.findall(text.casefold())
    if text.isascii():
        return words
    return [w if w.isascii() else strip_accents(w) for w in words]


class Merger:
    """The merged state of a corpus, fed one article at a time."""

    def __init__(self):
        self.articles: list[Article] = []
        self.events: list[EventCluster] = []
        self.claims: list[ClaimCluster] = []
        self.langs: Counter = Counter()
        # one copy of each string: wordings, explanations, names repeat across articles (a dispatch
        # republished by several outlets, the same explanation of a date)
        self._strings: dict = {}
        self._day: dict = {}            # (kind, day) -> [cluster]
        self._month: dict = {}          # (kind, year, month) -> [cluster] (coarse intervals)
        self._undated: dict = {}        # (kind, "actor"|"target", name) -> [cluster]
        self._undated_days: dict = {}   # (that key, day) -> [cluster whose reports span that publication day]
        self._exact: dict = {}          # wording -> (cluster number, language) (three content words or more)
        self._exact_short: dict = {}    # (wording, speaker) -> cluster
        self._postings: dict = {}       # content word -> [cluster number]
        self._by_surname: dict = {}     # last word of a speaker key -> [cluster number] (``surname``)
        self._by_figure: dict = {}      # a figure written in digits -> [cluster number] (``_translated``)
        self._stop: dict = {}

    # ------------------------------------------------------------------ input

    def _stopwords(self, lang: str) -> frozenset:
        stop = self._stop.get(lang)
        if stop is None:
            words = _resource(lang, "temporal", "FUNCTION_WORDS", [])
            words = words.split() if isinstance(words, str) else list(words)
            stop = frozenset(w for raw in words for w in normal_words(raw))
            self._stop[lang] = stop
        return stop

    def add(self, article: Article, digest: dict) -> None:
        """Merge the digest of one article (``engine.digest_of``) into the corpus."""
        art = len(self.articles)
        article.lang = digest.get("lang")
        article.published = digest.get("published")
        article.inferred = bool(digest.get("inferred"))
        article.chars = digest.get("chars")
        article.timexes = digest.get("timexes", 0)
        article.issues = digest.get("issues", 0)
        article.events = len(digest.get("events", ()))
        article.claims = len(digest.get("claims", ()))
        self.articles.append(article)
        if article.lang:
            self.langs[article.lang] += 1
        pub = _pub_day(article.published)
        lang = article.lang or "en"
        stop = self._stopwords(lang)
        # one copy of each string: the leading fields of a row are its strings (or None)
        intern = self._strings.setdefault
        local: dict[str, tuple[ClaimCluster, int]] = {}
        for row in digest.get("claims", ()):
            ap = appearance(art, row, intern=intern)
            cl = self._add_claim(ap, lang, stop)
            local[ap[A_ID]] = (cl, len(cl.members) - 1)
        rows = digest.get("events", ())
        if any(row[_ROW_START] is None for row in rows):
            # the dated reports first: an undated one of the same happening takes no dated event's place
            # (an article joins an event once)
            rows = sorted(rows, key=lambda row: row[_ROW_START] is None)
        for row in rows:
            ids = row[_ROW_CLAIMS]
            hits = [local[cid] for cid in ids if cid in local] if ids else ()
            m = mention(art, row, dict.fromkeys([cl.n for cl, _ in hits]) if hits else (), intern)
            cluster = self._add_event(m, art, pub, lang)
            for cl, pos in hits:
                ap = cl.members[pos]
                if cluster.n not in ap[A_EVENTS]:
                    cl.members[pos] = (*ap[:A_EVENTS], (*ap[A_EVENTS], cluster.n))

    # ------------------------------------------------------------------ events

    @staticmethod
    def _keys(m: tuple):
        """The index keys of an event mention, and whether it is coarse (longer than a month)."""
        if m[M_T0] is None:
            return None, False
        return _index_keys(m[M_KIND], m[M_T0], m[M_T1])

    @staticmethod
    def _facts(m: tuple, lang: str | None = None) -> tuple:
        """What ``_fits`` compares of a mention: actor, target, negated, figures, town, states, and the
        language of its report."""
        return (m[M_ACTOR], m[M_TARGET], m[M_MODALITY] == "negated", _figures(m), _town(m[M_PLACE]),
                _countries(m[M_COUNTRIES]), lang)

    @staticmethod
    def _fits(cl: EventCluster, facts: tuple, art: int, dated: bool = True) -> int | None:
        """How strongly the mention with these ``_facts`` belongs to ``cl`` (None: it does not).  A state
        named by both ties dated reports only (``dated``): an undated one needs a closer tie.  Two actors
        (targets) told in two languages are not compared: « la résidence présidentielle » and "the
        President's House" differ in wording only; two towns told in two languages are one when their
        names are close (``_exonyms``: « Rangoun » and "Yangon")."""
        actor, target, negated, figures, place, countries, lang = facts
        if cl.last == art or cl.negated != negated:
            return None
        cl_actor, cl_target = cl.actor, cl.target
        if actor and cl_actor and actor != cl_actor and lang == cl.actor_lang:
            return None
        if target and cl_target and target != cl_target and lang == cl.target_lang:
            return None
        same_town = False
        if place and cl.place:
            same_town = place == cl.place or (lang != cl.place_lang and _exonyms(place, cl.place))
            if not same_town:
                return None             # two towns, two happenings
        evidence = (bool(actor) and actor == cl_actor) + (bool(target) and target == cl_target) + same_town
        if figures and cl.figures:
            evidence += len(cl.figures.intersection(figures))
        if dated and countries and not countries.isdisjoint(cl.countries):
            evidence += 1               # the same state named: "Myanmar security forces", « birmanes »
        if not evidence and (bool(actor) != bool(cl_actor) or bool(target) != bool(cl_target)):
            return None                 # a doer (a target) told on one side only needs another tie
        return evidence

    def _add_event(self, m: tuple, art: int, pub: int | None, lang: str | None = None) -> EventCluster:
        keys, coarse = self._keys(m)
        facts = self._facts(m, lang)
        best, best_score = None, None
        fits = self._fits
        # the best candidate is the greatest by rank, ties broken by number: the order in which the
        # candidates come does not matter
        if keys is None:
            # undated: only with undated events of the same actor or target, reported within days, or
            # with an event dated within days before its publication that something ties it to (a
            # follow-up telling "the strike" without its date)
            for cl in self._undated_near(m, pub) if pub is not None else ():
                score = fits(cl, facts, art, False)
                if score and (best_score is None or (score, -cl.n) > (best_score, -best.n)):
                    best, best_score = cl, score
            if best is None and pub is not None:
                for cl in self._dated_before(m[M_KIND], pub):
                    score = fits(cl, facts, art, False)
                    if score and (best_score is None or (score, -cl.n) > (best_score, -best.n)):
                        best, best_score = cl, score
        elif keys:
            t0, t1 = m[M_T0], m[M_T1]
            for cl in _recent(self._month if coarse else self._day, keys):
                lo, hi = cl.lo, cl.hi
                if t0 > hi or lo > t1:
                    continue
                score = fits(cl, facts, art)
                if score is None:
                    continue
                share = (min(t1, hi) - max(t0, lo) + 1) / (max(t1 - t0, hi - lo) + 1)
                rank = (score, share, -cl.n)
                if best_score is None or rank > best_score:
                    best, best_score = cl, rank
        if best is None:
            cl = EventCluster(len(self.events), m, art, pub, lang)
            self.events.append(cl)
            if keys is None:
                for key in _undated_keys(m):
                    self._undated.setdefault(key, []).append(cl)
                if pub is not None:
                    self._index_undated(cl, (pub,))
            else:
                index = self._month if coarse else self._day
                for key in keys:
                    index.setdefault(key, []).append(cl)
            return cl
        cl = best
        cl.members.append(m)
        cl.last = art
        if keys is not None:
            cl.lo, cl.hi = max(cl.lo, m[M_T0]), min(cl.hi, m[M_T1])
        actor, target, _, figures, place, countries, _ = facts
        if countries and not countries <= cl.countries:
            cl.countries = cl.countries | countries
        if cl.actor is None and actor:
            cl.actor, cl.actor_lang = actor, lang
        if cl.target is None and target:
            cl.target, cl.target_lang = target, lang
        if cl.place is None and place:
            cl.place, cl.place_lang = place, lang
        if figures:
            if cl.figures is None:
                cl.figures = set(figures)
            else:
                cl.figures.update(figures)
        if pub is not None:
            if keys is None:
                # an undated cluster (published on days ``pub_lo`` to ``pub_hi``) is now published on more days
                self._index_undated(cl, range(pub, cl.pub_lo) if pub < cl.pub_lo else range(cl.pub_hi + 1, pub + 1))
            cl.pub_lo = pub if cl.pub_lo is None else min(cl.pub_lo, pub)
            cl.pub_hi = pub if cl.pub_hi is None else max(cl.pub_hi, pub)
        return cl

    def _index_undated(self, cl: EventCluster, days) -> None:
        """Index the undated cluster ``cl`` by the publication ``days`` it now spans as well."""
        for key in _undated_keys(cl.members[0]):
            for day in days:
                self._undated_days.setdefault((key, day), []).append(cl)

    def _dated_before(self, kind: str, pub: int) -> list | set:
        """The clusters of ``kind`` dated to a day among the ``UNDATED_DAYS`` before the publication day
        ``pub`` (a day number of ``date.toordinal``), or on it (the last ``SCAN`` of each day)."""
        day = pub - EPOCH_ORDINAL
        return _recent(self._day, [(kind, d) for d in range(day - UNDATED_DAYS, day + 1)])

    def _undated_near(self, m: tuple, pub: int) -> set:
        """The undated clusters of the kind and actor or target of ``m`` (among the last ``SCAN`` of each)
        published within ``UNDATED_DAYS`` of ``pub``: those indexed on one of these days."""
        found = set()
        for key in _undated_keys(m):
            clusters = self._undated.get(key)
            if not clusters:
                continue
            oldest = clusters[-SCAN].n if len(clusters) > SCAN else 0     # numbered in order of creation
            for day in range(pub - UNDATED_DAYS, pub + UNDATED_DAYS + 1):
                found.update(cl for cl in self._undated_days.get((key, day), ()) if cl.n >= oldest)
        return found

    # ------------------------------------------------------------------ claims

    def _add_claim(self, ap: tuple, lang: str, stop: frozenset) -> ClaimCluster:
        """Track the appearance ``ap`` of a claim of an article in ``lang`` (whose function words are ``stop``)."""
        wording = ap[A_NORM] or ""
        speaker = speaker_key(ap[A_SPEAKER])
        seen = self._exact.get(wording)
        if seen is not None and seen[1] == lang:
            # the same wording in the same language: the same claim, whose sets of content words already
            # hold this wording's (or are full)
            cl = self.claims[seen[0]]
            cl.members.append(ap)
            cl.speakers.add(speaker)
            return cl
        words = wording.split()
        content = frozenset([w for w in frozenset(words) - stop if len(w) > 1 or w.isdigit()])
        short = len(content) < 3
        if short:
            cl = self._exact_short.get((wording, speaker))
        else:
            cl = self.claims[seen[0]] if seen is not None else None
        if cl is None and not short:
            cl = self._similar(content, speaker)
        if cl is None and speaker:
            cl = self._translated(ap, wording, lang, stop, speaker)
        if cl is None:
            cl = ClaimCluster(len(self.claims), ap, content)
            self.claims.append(cl)
            self._index_figures(cl.n, wording)
            if speaker:
                self._by_surname.setdefault(surname(speaker), []).append(cl.n)
            if short:
                self._exact_short[(wording, speaker)] = cl
            else:
                self._exact[wording] = (cl.n, lang)
                self._post(cl, content)
            return cl
        cl.members.append(ap)
        if len(cl.members) <= CLAIM_SETS:
            self._index_figures(cl.n, wording)
        if speaker and speaker not in cl.speakers:
            cl.speakers.add(speaker)
            lst = self._by_surname.setdefault(surname(speaker), [])
            if cl.n not in lst[-SCAN:]:
                lst.append(cl.n)
        if not short:
            self._exact.setdefault(wording, (cl.n, lang))
            if content and len(cl.sets) < CLAIM_SETS and content not in cl.sets:
                cl.sets.append(content)
                self._post(cl, content)
        return cl

    def _index_figures(self, n: int, wording: str) -> None:
        for figure in _FIGURES.findall(wording):
            lst = self._by_figure.setdefault(figure, [])
            if len(lst) <= COMMON and (not lst or lst[-1] != n):
                lst.append(n)

    def _translated(self, ap: tuple, wording: str, lang: str, stop: frozenset, speaker: str) -> ClaimCluster | None:
        """The tracked claim of which ``ap`` is a translation, told in another language by an article published
        within ``TRANSLATION_DAYS``:

        - said by the same speaker (``same_speaker``), sharing with that telling three figures or words at
          least (``cognates``: « 80 terroristes américains », "80 American terrorists"), a quarter of the
          shorter's;
        - or put in another speaker's mouth (« tuant au moins 18 personnes », says an association; "at least
          18 people were killed", says its spokesman), sharing a figure and ``OTHER_SPEAKER_SHARED`` figures
          or words at least, half of the shorter's.

        The best shares the largest part of the shorter telling (then the most; ties: the first tracked); a
        claim of the same speaker comes first."""
        mine = None
        numbers = self._by_surname.get(surname(speaker))
        if numbers:
            mine = cognates(wording, lang, stop)
            if len(mine) < 3:
                return None         # (too few to share three)
            best = self._best_translation(ap, lang, mine, numbers, speaker, True)
            if best is not None:
                return best
        figures = _FIGURES.findall(wording)
        if not figures:
            return None
        # (a figure in more tracked claims than ``COMMON`` proposes none: a year, a day of the month)
        lists = [lst for lst in map(self._by_figure.get, figures) if lst and len(lst) <= COMMON]
        numbers = sorted(set(chain.from_iterable(lists)))
        if not numbers:
            return None
        if mine is None:
            mine = cognates(wording, lang, stop)
        if len(mine) < OTHER_SPEAKER_SHARED:
            return None
        return self._best_translation(ap, lang, mine, numbers, speaker, False)

    def _best_translation(self, ap: tuple, lang: str, mine: frozenset, numbers, speaker: str,
                          same: bool) -> ClaimCluster | None:
        articles = self.articles
        pub = _pub_day(articles[ap[A_ARTICLE]].published)
        best, best_rank = None, None
        for n in numbers[-SCAN:]:
            cl = self.claims[n]
            if same_speaker(speaker, cl.speakers) != same:
                continue
            for other in cl.members[:CLAIM_SETS]:
                art = articles[other[A_ARTICLE]]
                if art.lang == lang or not art.lang:
                    continue
                day = _pub_day(art.published)
                if pub is not None and day is not None and abs(pub - day) > TRANSLATION_DAYS:
                    continue
                theirs = cognates(other[A_NORM] or "", art.lang, self._stopwords(art.lang))
                common = mine & theirs
                shared, shorter = len(common), min(len(mine), len(theirs))
                if same:
                    if shared < 3 or 4 * shared < shorter:
                        continue
                elif shared < OTHER_SPEAKER_SHARED or 2 * shared < shorter or not any(map(str.isdigit, common)):
                    continue
                rank = (shared / shorter, shared, -n)
                if best_rank is None or rank > best_rank:
                    best, best_rank = cl, rank
        return best

    def _post(self, cl: ClaimCluster, content: frozenset) -> None:
        for w in content:
            lst = self._postings.setdefault(w, [])
            if len(lst) <= COMMON and (not lst or lst[-1] != cl.n):
                lst.append(cl.n)

    def _similar(self, content: frozenset, speaker: str) -> ClaimCluster | None:
        postings = self._postings
        found = [lst for lst in map(postings.get, content) if lst]
        lists = [lst for lst in found if len(lst) <= COMMON]
        # A content word shared with a set of a cluster is in the postings of that cluster, or in a list too
        # long to be read: a cluster counted ``k`` times shares at most ``k + unread`` words with each of its
        # sets, so its Jaccard index is at most ``(k + unread) / n_content``.  The clusters are read from the
        # most counted down, and the reading stops where that bound cannot reach the best index found (the
        # best is the greatest (index, -number): the order of reading does not change it).
        unread = len(found) - len(lists)
        hits = Counter(chain.from_iterable(lists)).most_common()        # counted and sorted in C
        best, best_rank = None, None
        n_content = len(content)
        claims = self.claims
        for n, k in hits:
            if k < 2:
                break
            if best_rank is not None and (k + unread) / n_content < best_rank[0]:
                break
            cl = claims[n]
            same = same_speaker(speaker, cl.speakers)
            for other in cl.sets:
                inter = len(content & other)
                if inter < 2:
                    continue
                jac = inter / (n_content + len(other) - inter)
                if jac >= 0.5 or (same and jac >= 0.35) or (inter >= 4 and inter >= 0.9 * min(n_content, len(other))) \
                        or (same and inter >= 3 and inter == min(n_content, len(other))):
                    rank = (jac, -n)
                    if best_rank is None or rank > best_rank:
                        best, best_rank = cl, rank
        return best

    # ------------------------------------------------------------------ output

    @property
    def lang(self) -> str:
        if not self.langs:
            return "en"
        top = max(self.langs.values())
        for a in self.articles:          # ties: the language of the first article
            if self.langs.get(a.lang) == top:
                return a.lang
        return "en"
