"""Actions: turn a rule match into frames (what the words say, not yet dated).

A frame is a plain dict with a ``kind`` and the fields the resolver needs.
Actions may veto a match (return None) when the words are not a time
expression after all: "may" the modal verb, "été" the participle, "4 000".
"""
from __future__ import annotations

from types import ModuleType

from ..tokens import Token, norm, tokenize
from .grammar import Match


def _cap(m: Match, label: str, default=None):
    c = m.caps.get(label)
    return default if c is None else c[0]


def _rel_month(m: Match) -> int | None:
    """The month a rule names relative to publication's, in months after it: its parameter ``rel_month``, or
    the modifier it read (« du mois prochain »: 1, "of last month": -1); None when it names none."""
    rel = m.params.get("rel_month")
    if rel is None:
        rel = _cap(m, "after_mod", _cap(m, "before_mod"))
    return rel


def _words(m: Match, toks: list[Token], label: str) -> list[Token]:
    c = m.caps.get(label)
    return [] if c is None else toks[c[1]:c[2]]


def _titled(m: Match, toks: list[Token], nouns: frozenset, owners: frozenset, quotes: frozenset) -> bool:
    """Whether the day word of ``m`` is capitalised within its sentence after a lowercase word, an acronym, a
    possessive of ``DAY_WORD_TITLE_OWNERS`` or a quotation mark, or before a noun of ``DAY_WORD_TITLE_NOUNS``: the
    name of a newspaper or a show ("told USA Today", "NBC's Today show", « a confié à Aujourd'hui en France »,
    "The Tonight Show"), no time.  (Not after a capitalised word: a headline's "Strike Set For Today".)"""
    t = toks[m.start]
    if not t.text[:1].isupper():
        return False
    e = m.end
    if e < len(toks) and toks[e].sent == t.sent and toks[e].low in nouns:
        return True                     # "The Tonight Show", "the Today programme"
    if m.start == 0:
        return False
    p = toks[m.start - 1]
    if p.sent != t.sent:
        return False
    w = p.text
    if w in quotes:
        # 'NBC\'s "Today" show': the quoted word alone, a lowercase noun after it
        return (e + 1 < len(toks) and toks[e].text in quotes and toks[e + 1].sent == t.sent
                and toks[e + 1].text.isalpha() and toks[e + 1].text.islower())
    return w in owners or w[:1].isalpha() and (w.islower() or len(w) > 1 and w.isupper())


_SENTENCE_REACH = 20         # tokens read each way for what else dates a sentence

# "and a half", "et demi": the unit counted in a smaller one, and how many of those make it
_HALVES = {"Y": ("M", 12), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}

# the units of "Hours later", "Days later", "Weeks later", "Months later", "Years later"
_SOME_UNITS = ("MIN", "H", "D", "W", "M", "Y")


class Actions:
    def __init__(self, res: ModuleType):
        self.res = res
        self.openers = {"«", "\"", "“", "(", "-", ":", "_", "'", ">", "[", "*", "•"}
        self.needs_capital = set(getattr(res, "NEEDS_CAPITAL", ()))
        self.ambiguous = {k: set(v) for k, v in getattr(res, "AMBIGUOUS", {}).items()}
        self.not_before_name = {k: set(v) for k, v in getattr(res, "AMBIGUOUS_NOT_BEFORE", {}).items()}
        self.ambiguous_cues = set(getattr(res, "AMBIGUOUS_CUES", ()))
        self.number_nouns = set(res.NUMBER_NOUNS)
        self.duration_dir = {" ".join(t.low for t in tokenize(p)): v
                             for p, v in getattr(res, "DURATION_DIRECTION", {}).items()}
        # the TimeML modifier a word before a duration gives it ("more than four months": MORE_THAN);
        # the other approximations are APPROX
        self.duration_mods = {" ".join(t.low for t in tokenize(p)): v
                              for p, v in getattr(res, "DURATION_MODS", {}).items()}
        self.vague_counts = {" ".join(t.low for t in tokenize(p)) for p in getattr(res, "VAGUE_COUNTS", ())}
        self.day_followers = set(getattr(res, "DAY_FOLLOWERS", ()))
        self.unit_compound_ends = frozenset(getattr(res, "UNIT_COMPOUND_ENDS", ()))   # ("year-end")
        # a day of the month alone ("on the 20th", « le 20 »): its endings, the words that may follow it, and
        # those after which it is a number
        self.month_day_endings = frozenset(getattr(res, "MONTH_DAY_ENDINGS", ()))
        self.month_day_followers = {norm(w) for w in getattr(res, "MONTH_DAY_FOLLOWERS", ())}
        self.month_day_not_after = {norm(w) for w in getattr(res, "MONTH_DAY_NOT_AFTER", ())}
        self.month_day_joins = {norm(w) for w in getattr(res, "MONTH_DAY_JOINS", ())}
        self.year_dirs = {norm(w): v for w, v in getattr(res, "YEAR_DIRECTION_WORDS", {}).items()}
        # verbs right after "that" + a month that make "that" a conjunction ("said that June was ...")
        self.that_verbs = frozenset(map(norm, getattr(res, "THAT_CONJUNCTION_VERBS", ())))
        self.not_year_after = {norm(w) for w in getattr(res, "NOT_YEAR_AFTER", ())}
        self.year_prepositions = {norm(w) for w in getattr(res, "YEAR_PREPOSITIONS", ())}
        self.set_word_noun_after = {norm(w) for w in getattr(res, "SET_WORD_NOUN_AFTER", ())}
        self.vague_not_after = {p: frozenset(map(norm, ws)) for p, ws in getattr(res, "VAGUE_NOT_AFTER", {}).items()}
        # words after a vague phrase that make it a link to another happening, no time ("soon after the vote")
        self.vague_not_before = {p: frozenset(map(norm, ws)) for p, ws in getattr(res, "VAGUE_NOT_BEFORE", {}).items()}
        self.comparative_endings = tuple(getattr(res, "COMPARATIVE_ENDINGS", ()))
        self.decade_suffixes = frozenset(getattr(res, "DECADE_SUFFIXES", ()))
        # words after the last word of a part of the day that make it a figure ("l'aube de l'an 2000")
        self.pod_not_before = {norm(p): frozenset(map(norm, ws))
                               for p, ws in getattr(res, "DAY_PART_NOT_BEFORE", {}).items()}
        self.indefinite_days = {norm(w) for w in getattr(res, "INDEFINITE_DAY_ARTICLES", ())}
        self.clock_before = [tuple(norm(w) for w in p.split()) for p in getattr(res, "CLOCK_BEFORE", ())]
        self.clock_ranges = {(norm(a), norm(b)) for a, b in getattr(res, "CLOCK_RANGES", ())}
        self.clock_range_joins = {b for _, b in self.clock_ranges}
        self.clock_not_before = {norm(w) for w in getattr(res, "CLOCK_NOT_BEFORE", ())}
        self.clock_half_before = {norm(w) for w in getattr(res, "CLOCK_HALF_BEFORE", ())}
        self.title_nouns = frozenset(norm(w) for w in getattr(res, "DAY_WORD_TITLE_NOUNS", ()))
        self.title_owners = frozenset(getattr(res, "DAY_WORD_TITLE_OWNERS", ()))
        self.quotes = frozenset(getattr(res, "QUOTATION_MARKS", ()))
        self.pod_adjectives = {norm(w): frozenset(map(norm, before))
                               for w, before in getattr(res, "DAY_POD_ADJECTIVES", {}).items()}
        self.function_words = {norm(w) for w in res.FUNCTION_WORDS}
        self.superlatives = {norm(w) for w in getattr(res, "SPAN_SUPERLATIVES", ())}
        self.day_counts = dict(getattr(res, "COLLOQUIAL_DAY_COUNTS", {}))
        self.named_years = dict(getattr(res, "NAMED_DATE_YEARS", {}))
        # nouns of an event named by its date ("the Sept. 11 attacks", "les attentats du 13 novembre"):
        # such a date without a year is the event's
        self.named_nouns = {norm(w) for w in getattr(res, "NAMED_DATE_NOUNS", ())}
        self.named_links = {norm(w) for w in getattr(res, "NAMED_DATE_LINKS", ())}
        self.named_blockers = {norm(w) for w in getattr(res, "NAMED_DATE_BLOCKERS", ())}
        # names holding a time word ("The Sunday Times", "le Journal du dimanche"): each word ->
        # [(the name's words, the word's place in it)]
        self.time_names: dict[str, list] = {}
        for name in getattr(res, "NAMES_WITH_TIME_WORDS", ()):
            key = tuple(t.low for t in tokenize(name))
            for i, w in enumerate(key):
                self.time_names.setdefault(w, []).append((key, i))
        self.month_before_name = getattr(res, "MONTH_BEFORE_A_NAME_IS_A_NAME", False)
        self.given_names = frozenset(getattr(res, "GIVEN_NAMES", ()))
        self.lowercase = set(getattr(res, "LOWERCASE_CATEGORIES", ()))
        self.rate_articles = set(getattr(res, "RATE_ARTICLES", ()))
        self.age_units = set(getattr(res, "AGE_UNITS", ()))
        self.rate_before = {norm(w) for w in getattr(res, "RATE_BEFORE", ())}
        self.age_before = [tuple(t.low for t in tokenize(p)) for p in getattr(res, "AGE_BEFORE", ())]
        self.age_nouns = {norm(w) for w in getattr(res, "AGE_NOUNS", ())}
        self.age_links = [tuple(t.low for t in tokenize(p)) for p in getattr(res, "AGE_LINKS", ())]
        self.age_at = set(getattr(res, "AGE_AT", ()))
        self.age_words = set(getattr(res, "AGE_WORDS", ()))
        self.age_joins = {norm(w) for w in getattr(res, "AGE_JOINS", ())}
        self.not_weekday_before = {w.lower() for w in getattr(res, "NOT_WEEKDAY_BEFORE", ())}
        self.ordinal_units = {norm(w): {norm(a) for a in arts}
                              for w, arts in getattr(res, "ORDINAL_UNITS", {}).items()}
        self.ordinal_followers = {tuple(t.low for t in tokenize(p))
                                  for p in getattr(res, "ORDINAL_UNIT_FOLLOWERS", ())}
        self.ordinal_duration_before = {norm(w) for w in getattr(res, "ORDINAL_UNIT_DURATION_BEFORE", ())}
        # holidays that are names as well ("Toussaint", "Christmas"): written with a capital; those
        # dated only after a word of time ("à Noël", "avant la Toussaint"), or a noun of a period
        # and its link ("les vacances de Noël")
        self.holiday_capitals = {" ".join(t.low for t in tokenize(w)) for w in getattr(res, "HOLIDAY_CAPITALS", ())}
        self.holiday_cued = {" ".join(t.low for t in tokenize(w)) for w in getattr(res, "HOLIDAY_NEEDS_CUE", ())}
        self.holiday_cues = {norm(w) for w in getattr(res, "HOLIDAY_CUES", ())}
        self.holiday_articles = {norm(w) for w in getattr(res, "HOLIDAY_ARTICLES", ())}
        self.holiday_links = {norm(w) for w in getattr(res, "HOLIDAY_LINKS", ())}
        self.holiday_periods = {norm(w) for w in getattr(res, "HOLIDAY_PERIODS", ())}
        self.twelve_hour_clock = bool(getattr(res, "TWELVE_HOUR_CLOCK", False))
        self.holiday_followers = {norm(w) for w in getattr(res, "HOLIDAY_FOLLOWERS", ())}   # "the Easter break"
        self.season_start_not_before = {norm(w) for w in getattr(res, "SEASON_START_NOT_BEFORE", ())}
        # phrases before a month name making it any month of that name (« un mois d'août »)
        self.generic_month = [tuple(t.low for t in tokenize(p)) for p in getattr(res, "GENERIC_MONTH_PHRASES", ())]
        # words of a game: a quarter in their sentence is the game's ("late in the third quarter")
        self.game_words = {norm(w) for w in getattr(res, "GAME_WORDS", ())}
        # words after a game clock: minutes and seconds remaining, no time of day ("with 1:53 left")
        self.game_clock_after = {norm(w) for w in getattr(res, "GAME_CLOCK_AFTER", ())}
        self.game_clock_before = {norm(w) for w in getattr(res, "GAME_CLOCK_BEFORE", ())}
        # nouns a season word before them qualifies ("winter storm"): no time
        self.season_modified = {norm(w) for w in getattr(res, "SEASON_MODIFIED_NOUNS", ())}
        # words joining two days that are two dates unless they follow each other ("les 15 et 22 mars")
        self.pair_joins = {norm(w) for w in getattr(res, "DAY_PAIR_JOINS", ())}
        # units that are also fractions, and the words that make them fractions
        self.fraction_units = set(getattr(res, "FRACTION_UNITS", ()))
        self.fraction_after = {norm(w) for w in getattr(res, "FRACTION_AFTER", ())}
        self.fraction_before = {norm(w) for w in getattr(res, "FRACTION_BEFORE", ())}
        # words before a midnight of a named day that make it the midnight opening it ("shortly after
        # midnight Friday"): then no such expression
        self.midnight_not_after = {norm(w) for w in getattr(res, "MIDNIGHT_NOT_AFTER", ())}
        self.handlers: dict = {}        # action name -> its method

    # -- guards ------------------------------------------------------------
    def _plausible(self, m: Match, toks: list[Token], label: str, cat: str) -> bool:
        """Reject lower-case English names and ambiguous words without support."""
        words = _words(m, toks, label)
        if not words:
            return True
        if cat in self.needs_capital and not words[0].text[:1].isupper():
            return False
        k = m.caps[label][1]
        for name, i in self.time_names.get(words[0].low, ()):
            a = k - i
            if a >= 0 and toks[a].low == name[0] and tuple(t.low for t in toks[a:a + len(name)]) == name:
                return False   # "The Sunday Times", "le Journal du dimanche", "Mardi gras"
        if (cat == "month" and self.month_before_name and len(words) == 1 and m.end == k + 1 and "day" not in m.caps
                and k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and toks[k + 1].text.isalpha()
                and toks[k + 1].low not in self.res.MONTHS and toks[k + 1].low not in self.res.WEEKDAYS):
            return False       # "April Ryan asked", "Sen. August Pfluger": a first name
        if (cat in ("month", "season") and self.given_names and len(words) == 1 and words[0].text[:1].isupper()
                and k > 0 and toks[k - 1].sent == words[0].sent and toks[k - 1].text in self.given_names):
            return False       # "Ian Winter", "Brian June": a given name, then a surname
        if cat == "weekday" and self.not_weekday_before:
            k = m.caps[label][1]
            prev = toks[k - 1] if k > 0 else None
            if prev is not None and prev.text[:1].isupper() and prev.low in self.not_weekday_before:
                return False   # "Good Friday", "Black Friday": names of days, not weekdays
        if cat in self.lowercase and words[0].text[:1].isupper():
            # a capital in mid-sentence makes a name: "Vendredi Saint", "Mardi gras"
            k = m.caps[label][1]
            prev = toks[k - 1] if k > 0 else None
            if prev is not None and prev.sent == words[0].sent and prev.low not in self.openers \
                    and k == m.start:
                return False
        amb = self.ambiguous.get(cat)
        if amb and len(words) == 1 and words[0].low in amb:
            k = m.caps[label][1]
            if (k + 2 < len(toks) and toks[k + 1].low in self.not_before_name.get(cat, ())
                    and not toks[k + 2].digit):
                return False   # "the fall of Goma": a falling, not autumn
            if "day" in m.caps or "year" in m.caps or "d2" in m.caps:
                return True
            prev = toks[m.full_start - 1].low if m.full_start > 0 else ""
            first = toks[m.start].low
            return prev in self.ambiguous_cues or (first in self.ambiguous_cues and m.start < m.caps[label][1]) or (
                m.full_start > 1 and f"{toks[m.full_start - 2].low} {prev}" in self.ambiguous_cues)
        return True

    def __call__(self, m: Match, toks: list[Token]):
        fn = self.handlers.get(m.action)
        if fn is None:
            fn = self.handlers[m.action] = getattr(self, "a_" + m.action)
        try:
            return fn(m, toks)
        except (ValueError, KeyError, IndexError):
            return None

    def _one(self, m: Match, frame: dict):
        frame.setdefault("rule", m.rule)
        return [(m.start, m.end, frame)]

    # -- dates -------------------------------------------------------------
    def a_named_date(self, m, toks):
        """A date written as a name, day and capitalised month joined by a hyphen ("le 11-Septembre",
        "le 14-Juillet"): the day of an event, with its year (``NAMED_DATE_YEARS``), or of a yearly
        holiday, without."""
        k = m.caps["month"][1]
        if not toks[k].text[:1].isupper() or toks[k - 1].start != toks[k - 2].end or toks[k].start != toks[k - 1].end:
            return None         # "du 3 - mars", "le 8-mai": a plain date, a range or a score
        day, month = _cap(m, "day"), _cap(m, "month")
        year = self.named_years.get((month, day))
        return self._one(m, {"kind": "date", "day": day, "month": month, "year": year, "wd": None,
                             "pod": None, "dir": None, "this": False, "named": year is not None})

    def a_holiday(self, m, toks):
        """A holiday by its name ("Christmas", "le lundi de Pâques"), with a year or not."""
        if not self._plausible(m, toks, "holiday", "holiday"):
            return None         # "easter eggs", "the Good Friday Agreement"
        words = _words(m, toks, "holiday")
        k, e = m.caps["holiday"][1], m.caps["holiday"][2]
        first = words[0]
        if k > 0 and toks[k - 1].text == "-" and toks[k - 1].end == toks[k].start:
            return None         # "Jean-Toussaint Mattei": a first name
        weekend = m.params.get("weekend", False)
        if (e < len(toks) and toks[e].sent == first.sent and toks[e].text[:1].isalpha()
                and (toks[e].text[:1].isupper() or toks[e].low not in self.function_words and not weekend)
                and toks[e].low not in self.res.MONTHS and toks[e].low not in self.res.WEEKDAYS
                and toks[e].low not in self.holiday_followers and "year" not in m.caps):
            return None         # "Noël Mamère", "Easter Island"; "Easter egg", "le Nouvel An chinois": a name
                                # or a modifier
        prev = toks[k - 1] if k > 0 and toks[k - 1].sent == first.sent else None
        if prev is not None and prev.text[:1].isupper() and prev.text[:1].isalpha() and not (
                k - 1 == 0 or toks[k - 2].sent != prev.sent or prev.low in self.holiday_cues):
            return None         # "Michel Toussaint", "Father Christmas": a name
        low = " ".join(t.low for t in words)
        if low in self.holiday_capitals and not first.text[:1].isupper():
            return None         # "l'ascension de l'Everest"
        if (low in self.holiday_cued and not weekend and not self._holiday_cue(m, toks, k)
                and not (e < len(toks) and toks[e].low in self.holiday_followers and toks[e].sent == first.sent
                         and self._opens_sentence(toks, k))):
            # (a word of a period after it is cue enough where nothing can stand before it: "The
            # Thanksgiving holiday is next week", "The Easter break starts")
            return None         # "l'île de Pâques", "Noël, un retraité": a date only after a cue (its
                                # weekend named is one: "the Easter weekend")
        name = " ".join(t.text for t in words)
        return self._one(m, {"kind": "holiday", "holiday": _cap(m, "holiday"), "name": name,
                             "year": _cap(m, "year"), "weekend": weekend})

    def a_month_day(self, m, toks):
        """"on the 20th", « le 20 »: a day of the month alone, written with an ending the language
        allows (``MONTH_DAY_ENDINGS``, "" for none) and followed by no noun ("on the 20th
        anniversary", "on the 3rd floor", « le 20 heures », « le 20e » are none), nor by a number
        glued to a comma or a point (« le 3,5 »)."""
        last = toks[m.end - 1]
        if ("" if last.digit else last.low) not in self.month_day_endings:
            return None             # "on the 20": a count, or a score; « le 20e »: an ordinal
        k = m.full_start - 1
        if k >= 3 and toks[k].low in self.month_day_joins and toks[k - 1].digit:
            k -= 3                  # « appeler le 15 ou le 18 »: the word before the first number
        if k >= 0 and toks[k].low in self.month_day_not_after and toks[k].sent == last.sent:
            return None             # « appeler le 15 »: a number to call
        n = len(toks)
        nxt = toks[m.end] if m.end < n else None
        if nxt is not None and nxt.sent == last.sent:
            if nxt.text[:1].isalnum() and nxt.low not in self.month_day_followers or nxt.low in "-/%":
                return None         # a noun or a word of the clause follows: an ordinal, a count
            if (nxt.start == last.end and m.end + 1 < n and toks[m.end + 1].digit
                    and toks[m.end + 1].start == nxt.end):
                return None         # « le 3,5 »: a decimal number
        return self._one(m, {"kind": "date", "day": _cap(m, "day"), "month": None, "year": None, "wd": None,
                             "pod": None, "dir": None, "this": False})

    def a_date(self, m, toks):
        if "weekday" in m.caps and not self._plausible(m, toks, "weekday", "weekday"):
            return None
        if not self._plausible(m, toks, "month", "month"):
            return None
        frame = {"kind": "date", "day": _cap(m, "day"), "month": _cap(m, "month"),
                 "this": "this_wd" in m.caps, "within": m.params.get("within"),
                 "year": _cap(m, "year"), "wd": _cap(m, "weekday"), "pod": _cap(m, "pod"),
                 "dir": _cap(m, "after_mod")}
        if frame["year"] is None and frame["wd"] is None and self.named_nouns:
            year = self.named_years.get((frame["month"], frame["day"]))
            if year is not None and self._names_an_event(m, toks):
                frame["year"], frame["named"] = year, True
        return self._one(m, frame)

    def a_day_rel_month(self, m, toks):
        """« le 15 du mois dernier », "the 15th of next month": that day of the month told relative to
        publication."""
        frame = {"kind": "date", "day": _cap(m, "day"), "month": None, "rel_month": _rel_month(m), "this": False,
                 "within": None, "year": None, "wd": None, "pod": None, "dir": None}
        return self._one(m, frame)

    def _names_an_event(self, m: Match, toks: list[Token]) -> bool:
        """Whether the date of ``m`` names an event: an event's noun right after it ("the Sept. 11
        attacks") or before it and a linking word ("les attentats du 13 novembre")."""
        found = m.end < len(toks) and toks[m.end].low in self.named_nouns
        if not found:
            a = m.start                 # the link may open the match ("du 13 novembre") or not
            if toks[a].low in self.named_links or a >= 1 and toks[a - 1].low in self.named_links:
                a = a if toks[a].low in self.named_links else a - 1
                found = a >= 1 and toks[a - 1].low in self.named_nouns
        if not found:
            return False
        # ... unless its sentence dates it otherwise: a year ("in Benghazi in 2012"), "last week",
        # "le 7 octobre dernier"
        for t in self._sentence(toks, m.start):
            if t.low in self.named_blockers or t.digit and len(t.text) == 4 and t.text[:2] in ("19", "20"):
                return False
        return True

    @staticmethod
    def _sentence(toks, k: int):
        """The tokens of the sentence of token ``k``, at most ``_SENTENCE_REACH`` each way."""
        sent = toks[k].sent
        a = k
        while a > 0 and a > k - _SENTENCE_REACH and toks[a - 1].sent == sent:
            a -= 1
        b = k
        while b < len(toks) and b < k + _SENTENCE_REACH and toks[b].sent == sent:
            b += 1
        return toks[a:b]

    def a_weekday_day(self, m, toks):
        if not self._plausible(m, toks, "weekday", "weekday"):
            return None
        after = toks[m.end] if m.end < len(toks) else None
        if after is not None and after.text[:1].isalpha() and after.sent == toks[m.end - 1].sent \
                and after.low not in self.day_followers and not after.text[:1].isupper():
            return None   # "mardi 14 morts": a count, not a day
        return self._one(m, {"kind": "date", "day": _cap(m, "day"), "month": None, "year": None,
                             "wd": _cap(m, "weekday"), "pod": None, "dir": None})

    def a_date_numeric(self, m, toks):
        caps = m.caps
        day, month, year = caps["day"][0], caps["month"][0], caps["year"][0]
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        # digits glued to letters or further digits are not a date ("12/3/4/5")
        nxt = toks[m.end] if m.end < len(toks) else None
        if nxt is not None and nxt.start == toks[m.end - 1].end and (nxt.low in "/." and m.end + 1 < len(toks) and toks[m.end + 1].digit):
            return None
        return self._one(m, {"kind": "date", "day": day, "month": month, "year": year,
                             "wd": None, "pod": None, "dir": None})

    def a_range_days(self, m, toks):
        if not self._plausible(m, toks, "month", "month"):
            return None
        d1, s1, e1 = m.caps["d1"]
        d2, s2, e2 = m.caps["d2"]
        month, year = _cap(m, "month"), _cap(m, "year")
        if d1 >= d2:
            return None
        mcap = m.caps["month"]
        end2 = m.end
        if mcap[1] < s2:  # "December 3 to 5": the month sits with the first day
            f1 = (min(s1, mcap[1]), e1)
            f2 = (s2, end2)
        else:
            f1 = (s1, e1)
            f2 = (s2, end2)
        base = {"kind": "date", "month": month, "year": year, "wd": None, "pod": None, "dir": None}
        if d2 > d1 + 1 and any(t.low in self.pair_joins for t in toks[e1:s2]):
            # "les 15 et 22 mars", "March 3 and 10": two days, not the days between them
            return [(f1[0], f1[1], dict(base, day=d1, rule=m.rule)), (f2[0], f2[1], dict(base, day=d2, rule=m.rule))]
        one = dict(base, day=d1, rule=m.rule, range_role="start")
        two = dict(base, day=d2, rule=m.rule, range_role="end")
        return [(f1[0], f1[1], one), (f2[0], f2[1], two)]

    def a_that_unit(self, m, toks):
        if "season" in m.caps:
            if not self._plausible(m, toks, "season", "season"):
                return None
            return self._one(m, {"kind": "that_unit", "season": _cap(m, "season"), "unit": None,
                                 "after": m.params.get("after", False)})
        unit = _cap(m, "cal_unit")
        if unit not in ("Y", "M", "W"):
            return None
        return self._one(m, {"kind": "that_unit", "season": None, "unit": unit, "after": False})

    def a_that_month(self, m, toks):
        if not self._plausible(m, toks, "month", "month"):
            return None
        if m.end < len(toks) and toks[m.end].low in self.that_verbs:
            return None                 # "said that June was the warmest": a conjunction, then the month
        return self._one(m, {"kind": "that_month", "month": _cap(m, "month")})

    def _generic_month(self, k: int, toks) -> bool:
        """Whether the month at token ``k`` follows a phrase making it any month of that name (« un
        record pour un mois d'août »: ``GENERIC_MONTH_PHRASES``), no month of the calendar."""
        for key in self.generic_month:
            n = len(key)
            if k >= n and tuple(t.low for t in toks[k - n:k]) == key:
                return True
        return False

    def a_month(self, m, toks):
        if not self._plausible(m, toks, "month", "month"):
            return None
        if "year" not in m.caps and self.generic_month and self._generic_month(m.caps["month"][1], toks):
            return None         # « un mois d'août »: any August
        frame = {"kind": "month", "month": _cap(m, "month"), "year": _cap(m, "year"),
                 "part": _cap(m, "part"), "dir": _cap(m, "after_mod", _cap(m, "before_mod"))}
        if _cap(m, "before_mod") == -1 and getattr(self.res, "LAST_MONTH_IS_PREVIOUS_YEAR", False):
            frame["ydir"], frame["dir"] = -1, None
        week = _cap(m, "week", m.params.get("week"))
        if week is not None:
            if not (week == -1 or 1 <= week <= 5):
                return None     # "the sixth week of March": no week of a month
            frame["week"] = week                # "the first week of March", "the last week of May"
        return self._one(m, frame)

    def a_season_start(self, m, toks):
        """A time of year named by a word ("la rentrée"): the part of a month the rule gives."""
        if m.end < len(toks) and toks[m.end].low in self.season_start_not_before:
            return None         # "une rentrée d'argent"
        if (m.end + 1 < len(toks) and toks[m.end].low in self.named_links and toks[m.end + 1].low in self.res.MONTHS):
            return None         # "la rentrée de novembre": that month's (read on its own)
        if any(t.text.isupper() and len(t.text) > 2 for t in toks[m.start:m.end]):
            return None         # "LA RENTREE": a heading
        return self._one(m, {"kind": "month", "month": m.params["month"], "year": _cap(m, "year"),
                             "part": m.params.get("part"), "dir": _cap(m, "after_mod")})

    def a_date_rel_year(self, m, toks):
        """"October 8 last year", "8 October next year": a day of the year named relative to the
        publication's."""
        if not self._plausible(m, toks, "month", "month"):
            return None
        word = toks[m.end - 2].low
        return self._one(m, {"kind": "date", "day": _cap(m, "day"), "month": _cap(m, "month"), "year": None,
                             "wd": None, "pod": None, "dir": None, "this": False, "within": None,
                             "ydir": self.year_dirs.get(word, 0)})

    def a_month_rel_year(self, m, toks):
        if not self._plausible(m, toks, "month", "month"):
            return None
        word = toks[m.end - 2].low
        ydir = m.params.get("ydir", self.year_dirs.get(word, 0))
        return self._one(m, {"kind": "month", "month": _cap(m, "month"), "year": None,
                             "part": None, "dir": None, "ydir": ydir})

    def a_year(self, m, toks):
        year = _cap(m, "year")
        # "4 000", "2003 soldats", "1234567": a number, not a year
        before = toks[m.start - 1] if m.start > 0 else None
        if before is not None and before.digit and toks[m.start].start - before.end <= 1:
            return None
        if before is not None and before.low in self.not_year_after:
            return None             # "flight 1148", "la résolution 1701"
        after = toks[m.end] if m.end < len(toks) else None
        if (after is not None and after.start == toks[m.end - 1].end and after.text[:1].isalpha()
                and after.low not in self.decade_suffixes):
            return None             # "Joint Sword-2024B", "2024A": a code, the digits glued to a letter (not the
                                    # "s" of a decade, "the 1920s": ``DECADE_SUFFIXES``)
        if (before is not None and before.low in (".", ",") and m.start > 1 and toks[m.start - 2].digit
                and before.start == toks[m.start - 2].end and toks[m.start].start == before.end):
            return None             # "$1.1520", "1,2019": the decimals of a number
        after = toks[m.end] if m.end < len(toks) else None
        if after is not None:
            if after.low in self.number_nouns and not (
                    before is not None and before.low in self.year_prepositions and 1800 <= year <= 2100):
                return None         # "2012 killed": a count ("in 2012 killed four": a year)
            if (year < 1800 and after.text[:1].isalpha() and after.text.islower()
                    and after.low not in self.function_words):
                return None         # "1500 officers", "1240 agents": a count before its noun
            if after.low in (",", ".") and m.end + 1 < len(toks) and toks[m.end + 1].digit \
                    and toks[m.end + 1].start == after.end:
                return None
            if after.digit and after.start - toks[m.end - 1].end <= 1:
                return None
        if before is not None and before.low in ("$", "€", "£", "n", "no", "°", "#"):
            return None
        return self._one(m, {"kind": "year", "year": year, "part": _cap(m, "part")})

    def a_decade(self, m, toks):
        if "decade_word" in m.caps:
            return self._one(m, {"kind": "decade", "decade": None, "digit": _cap(m, "decade_word")})
        y = _cap(m, "decade_year")
        if y % 10:
            return None
        return self._one(m, {"kind": "decade", "decade": y // 10, "part": _cap(m, "part")})

    def a_season_strict(self, m, toks):
        after = toks[m.end] if m.end < len(toks) else None
        if "year" not in m.caps and "after_mod" not in m.caps and after is not None \
                and after.low in self.res.EVENT_NAME_LINKS:
            return None   # "au printemps de l'environnement": the name of an event
        return self.a_season(m, toks)

    def a_season(self, m, toks):
        if not self._plausible(m, toks, "season", "season"):
            return None
        if "year" not in m.caps and m.end < len(toks) and toks[m.end].low in self.season_modified:
            return None         # "a powerful winter storm", "the Winter Olympics": a kind of storm, no time
        return self._one(m, {"kind": "season", "season": _cap(m, "season"), "year": _cap(m, "year"),
                             "dir": _cap(m, "after_mod", _cap(m, "before_mod"))})

    def a_quarter(self, m, toks):
        """A quarter or, with the rule's ``unit`` "HALF", a half of a year: its number, its year if
        written, and the year's direction ("le deuxième trimestre de l'année prochaine")."""
        q = _cap(m, "q")
        unit = m.params.get("unit", "Q")
        if not 1 <= q <= (2 if unit == "HALF" else 4):
            return None
        letter = m.params.get("letter")
        if letter is not None and not self._glued_letters(toks, m.caps["q"][1], letter):
            return None             # "t 3", "t3": no quarter
        ydir = None
        if m.rule.endswith("_rel"):
            for tok in (toks[m.end - 1], toks[m.end - 2]):
                if tok.low in self.year_dirs:
                    ydir = self.year_dirs[tok.low]
                    break
        if (self.game_words and unit == "Q" and letter is None and "year" not in m.caps and ydir is None
                and any(t.low in self.game_words for t in self._sentence(toks, m.start))):
            return None             # "led 34-0 late in the third quarter": a quarter of a game
        return self._one(m, {"kind": "quarter", "q": q, "year": _cap(m, "year"), "ydir": ydir, "unit": unit})

    @staticmethod
    def _glued_letters(toks, k: int, letters: str) -> bool:
        """Whether token ``k`` (a number) comes right after ``letters``, written so and glued to it ("FY2024",
        « T3 »)."""
        return k > 0 and toks[k - 1].text == letters and toks[k - 1].end == toks[k].start

    def a_fiscal_year(self, m, toks):
        """A fiscal year ("fiscal 2024", "FY2024", "FY24": two digits are of the 2000s)."""
        year = _cap(m, "year")
        letters = m.params.get("letters")
        if letters is not None:
            k = m.caps["year"][1]
            digits = toks[k].text
            if not self._glued_letters(toks, k, letters) and not (toks[k - 1].text == letters and len(digits) == 4):
                return None         # "fy 24", "Fy2024": no fiscal year
            if len(digits) == 2:
                year += 2000
            elif len(digits) != 4 or not 1800 <= year <= 2199:
                return None
        return self._one(m, {"kind": "fiscal_year", "year": year})

    def _before_articles(self, toks, k: int) -> int:
        """The token before the articles right before token ``k`` in its sentence (-1 at the text's start)."""
        j = k - 1
        while j >= 0 and toks[j].low in self.holiday_articles and toks[j].sent == toks[k].sent:
            j -= 1
        return j

    def _opens_sentence(self, toks, k: int) -> bool:
        """Whether only articles stand before token ``k`` in its sentence."""
        j = self._before_articles(toks, k)
        return j < 0 or toks[j].sent != toks[k].sent

    def _holiday_cue(self, m, toks, k: int) -> bool:
        """Whether a word of time stands before the holiday at token ``k`` ("à Noël", "avant la
        Toussaint", "over Christmas"), or a noun of a period and its preposition ("les vacances de
        la Toussaint", "the Christmas holidays" excepted)."""
        j = self._before_articles(toks, k)
        if j < 0 or toks[j].sent != toks[k].sent:
            return False
        if toks[j].low in self.holiday_cues:
            return True
        return toks[j].low in self.holiday_links and j > 0 and toks[j - 1].low in self.holiday_periods

    def a_quarter_months(self, m, toks):
        """"the April-June quarter": the quarter its first and last months bound (else no match)."""
        m1, m2 = _cap(m, "m1"), _cap(m, "m2")
        if m2 != m1 + 2 or m1 % 3 != 1:
            return None
        return self._one(m, {"kind": "quarter", "q": (m1 + 2) // 3, "year": _cap(m, "year"), "ydir": None,
                             "unit": "Q"})

    # -- weekdays and days -------------------------------------------------
    def a_weekday(self, m, toks):
        if not self._plausible(m, toks, "weekday", "weekday"):
            return None
        k = m.caps["weekday"][1]
        return self._one(m, {"kind": "weekday", "wd": _cap(m, "weekday"), "pod": _cap(m, "pod"),
                             "dir": _cap(m, "after_mod", _cap(m, "before_mod")),
                             "this": "this_wd" in m.caps,
                             # "fired on a Tuesday", « un mardi soir »: some Tuesday, not said which
                             "indefinite": k == m.start and k > 0 and toks[k - 1].low in self.indefinite_days})

    def a_anchored_weekday(self, m, toks):
        """"the following Tuesday", « le mardi précédent »: a weekday counted from the story's last day."""
        if not self._plausible(m, toks, "weekday", "weekday"):
            return None
        return self._one(m, {"kind": "anchored_weekday", "wd": _cap(m, "weekday"), "pod": _cap(m, "pod"),
                             "n": m.params["n"]})

    def a_midnight_of(self, m, toks):
        """"midnight Friday", "Friday at midnight", « vendredi à minuit », "midnight tonight": the
        midnight that closes that day (the deadline sense), a frame of its day marked ``closes``."""
        k = m.caps["midnight"][1]
        if k > 0 and toks[k - 1].low in self.midnight_not_after:
            return None             # "shortly after midnight Friday": the small hours of that day
        if "weekday" not in m.caps:
            return self._one(m, {"kind": "day_offset", "n": m.params["n"], "pod": None, "closes": True})
        if not self._plausible(m, toks, "weekday", "weekday"):
            return None
        return self._one(m, {"kind": "weekday", "wd": _cap(m, "weekday"), "pod": None, "dir": None,
                             "this": False, "indefinite": False, "closes": True})

    def a_weekday_pod_first(self, m, toks):
        return self.a_weekday(m, toks)

    def a_nth_weekday(self, m, toks):
        if not self._plausible(m, toks, "weekday", "weekday"):
            return None
        nth = _cap(m, "nth", m.params.get("nth"))
        rel = _rel_month(m)
        if "month" in m.caps:
            frame = {"kind": "nth_weekday", "nth": nth, "wd": _cap(m, "weekday"),
                     "month": _cap(m, "month"), "year": _cap(m, "year")}
        elif rel is not None:
            # « le deuxième mardi du mois prochain », "the last Friday of last month"
            frame = {"kind": "nth_weekday", "nth": nth, "wd": _cap(m, "weekday"), "rel_month": rel}
        else:
            frame = {"kind": "nth_weekday", "nth": nth, "wd": _cap(m, "weekday"),
                     "season": _cap(m, "season"), "year": _cap(m, "year")}
        return self._one(m, frame)

    def a_weekday_pair(self, m, toks):
        """« mardi et mercredi prochains »: two weekdays, each with the modifier told once after both."""
        if not self._plausible(m, toks, "weekday", "weekday"):
            return None
        _, s1, e1 = m.caps["weekday"]
        _, s2, _ = m.caps["weekday2"]
        mod, pod = _cap(m, "pair_mod"), _cap(m, "pod")
        # (a part of the day in the singular, « samedi et dimanche soir », is the second day's)
        one = {"kind": "weekday", "wd": _cap(m, "weekday"), "pod": None, "dir": mod, "this": False,
               "indefinite": False, "rule": m.rule, "pair": 1}
        two = dict(one, wd=_cap(m, "weekday2"), pod=pod, pair=2)
        return [(m.start, e1, one), (s2, m.end, two)]     # (the modifier before both is the first's)

    def a_weekday_pair_set(self, m, toks):
        if not self._plausible(m, toks, "weekday", "weekday"):
            return None
        _, s1, e1 = m.caps["weekday"]
        _, s2, _ = m.caps["weekday2"]
        pod = _cap(m, "pod_pl")
        one = {"kind": "set_weekday", "wds": [_cap(m, "weekday")], "pod": pod, "rule": m.rule}
        two = {"kind": "set_weekday", "wds": [_cap(m, "weekday2")], "pod": pod, "rule": m.rule}
        return [(s1, e1, one), (s2, m.end, two)]

    def a_weekday_set(self, m, toks):
        if not self._plausible(m, toks, "weekday", "weekday"):
            return None
        wds = [_cap(m, "weekday")]
        if "weekday2" in m.caps:
            wds.append(_cap(m, "weekday2"))
        return self._one(m, {"kind": "set_weekday", "wds": wds, "pod": _cap(m, "pod", _cap(m, "pod_pl"))})

    def a_night_between_dates(self, m, toks):
        """"la nuit du 31 décembre au 1er janvier": the night that starts on the first day."""
        month = _cap(m, "m1") or _cap(m, "month")
        if _cap(m, "m1") is None and _cap(m, "d1") > _cap(m, "d2"):
            month = month - 1 or 12     # "la nuit du 31 au 1er janvier": the 31st of December
        year = _cap(m, "year")
        if year is not None and month > _cap(m, "month"):
            year -= 1           # "du 31 décembre au 1er janvier 2025": the night starts in 2024
        return self._one(m, {"kind": "date", "day": _cap(m, "d1"), "month": month, "year": year, "wd": None,
                             "pod": "NI", "dir": None, "this": False})

    def a_night_between(self, m, toks):
        return self._one(m, {"kind": "weekday", "wd": _cap(m, "wd1"), "pod": "NI", "dir": None,
                             "until_wd": _cap(m, "wd2")})

    def a_day_offset(self, m, toks):
        if _titled(m, toks, self.title_nouns, self.title_owners, self.quotes):
            return None
        return self._one(m, {"kind": "day_offset", "n": _cap(m, "day_word"), "pod": _cap(m, "pod")})

    def a_day_pod(self, m, toks):
        if _titled(m, toks, self.title_nouns, self.title_owners, self.quotes):
            return None
        n, pod = _cap(m, "day_pod_word")
        if (m.start > 0 and toks[m.start].low in self.pod_adjectives
                and toks[m.start - 1].low in self.pod_adjectives[toks[m.start].low]):
            return None                 # "an overnight success": an adjective
        if m.end < len(toks) and toks[m.end].low in self.pod_not_before.get(toks[m.end - 1].low, ()):
            return None                 # "the key overnight rate": a loan for one night, no night told
        return self._one(m, {"kind": "day_offset", "n": n, "pod": pod})

    def a_this_pod(self, m, toks):
        return self._one(m, {"kind": "this_pod", "pod": _cap(m, "pod")})

    def a_weekend(self, m, toks):
        first = toks[m.start].low
        return self._one(m, {"kind": "weekend", "this": first in self.res.THIS})

    # -- anchored ------------------------------------------------------------
    def a_anchored(self, m, toks):
        frame = {"kind": "anchored", "unit": m.params["unit"], "n": m.params["n"], "pod": _cap(m, "pod"),
                 "scope": m.params.get("scope"), "of": m.params.get("of")}
        if m.params.get("eve"):
            frame["eve"] = True
        if m.params.get("narrative"):
            frame["narrative"] = True
        return self._one(m, frame)

    def a_anchored_pod_before(self, m, toks):
        return self._one(m, {"kind": "anchored", "unit": "D", "n": 0, "pod": _cap(m, "pod"), "scope": "text"})

    def a_anchored_pod(self, m, toks):
        words = _words(m, toks, "pod")
        if (words and m.end < len(toks) and toks[m.end].low in self.pod_not_before.get(norm(words[-1].low), ())):
            return None                 # « à l'aube de l'an 2000 »: the dawn of an era, no time of day
        return self._one(m, {"kind": "anchored", "unit": "D", "n": 0, "pod": _cap(m, "pod")})

    def a_anchored_unit(self, m, toks):
        return self._one(m, {"kind": "anchored", "unit": _cap(m, "cal_unit"), "n": _cap(m, "anchored_mod"),
                             "pod": None, "scope": "text"})

    def a_anchored_offset(self, m, toks):
        n = _cap(m, "num")
        if n is None:
            # "Hours later", "des heures plus tard": some hours, the same day as the anchor; "Days
            # later", "des semaines plus tard": some days or weeks, a stretch after the anchor
            if _cap(m, "unit") not in _SOME_UNITS or not toks[m.caps["unit"][2] - 1].low.endswith("s"):
                return None
            return self._one(m, {"kind": "anchored", "unit": _cap(m, "unit"), "n": m.params["sign"] * 2,
                                 "pod": None, "some": True})
        return self._one(m, {"kind": "anchored", "unit": _cap(m, "unit"),
                             "n": m.params["sign"] * n, "pod": None})

    def a_year_earlier(self, m, toks):
        return self._one(m, {"kind": "year_earlier", "unit": None})

    def a_year_earlier_unit(self, m, toks):
        return self._one(m, {"kind": "year_earlier", "unit": _cap(m, "cal_unit")})

    def a_offset(self, m, toks):
        if (m.params.get("or_duration") and m.full_start > 0 and m.params["sign"] > 0
                and self._superlative_before(m, toks)):
            # "its lowest in three years": the span looked back over
            return self._one(m, {"kind": "duration", "n": _cap(m, "num"), "unit": _cap(m, "unit"),
                                 "approx": False, "dir": -1})
        n = _cap(m, "num")
        if _cap(m, "unit") == "D":
            n = self.day_counts.get(n, n)      # "dans huit jours": a week
        return self._one(m, {"kind": "offset", "unit": _cap(m, "unit"),
                             "n": m.params["sign"] * n,
                             "or_duration": m.params.get("or_duration", False),
                             "exact": m.params.get("exact", False)})

    def a_rel_unit(self, m, toks):
        if (m.params.get("new") and m.end < len(toks) and toks[m.end].low in self.holiday_followers
                and toks[m.end - 2].text[:1].isupper()):
            return None             # "the New Year holiday": the holiday
        not_before = m.params.get("not_before")
        if not_before and m.end < len(toks) and toks[m.end].low in not_before:
            return None             # « toute la semaine prochaine »: read from its next word on
        unit = m.params.get("unit") or _cap(m, "cal_unit")
        d = m.params.get("dir", _cap(m, "after_mod", _cap(m, "before_mod")))
        return self._one(m, {"kind": "rel_unit", "unit": unit, "dir": d,
                             "weak": m.params.get("weak", False), "new": m.params.get("new", False),
                             "rest": m.params.get("rest", False)})

    def a_part_unit(self, m, toks):
        return self._one(m, {"kind": "rel_unit", "unit": _cap(m, "cal_unit"),
                             "dir": _cap(m, "after_mod", _cap(m, "before_mod", 0)),
                             "part": _cap(m, "part", m.params.get("part")), "weak": False})

    def a_dct_point(self, m, toks):
        """« ici » in « d'ici la fin de l'année »: the publication day, where the span up to the deadline
        after it starts (``point``: the resolver links the two)."""
        return self._one(m, {"kind": "day_offset", "n": 0, "pod": None, "point": True})

    # -- vague, durations, sets, clock -------------------------------------
    def a_vague(self, m, toks):
        value, before, after = _cap(m, "vague")
        phrase = " ".join(t.low for t in toks[m.start:m.end])
        if m.start > 0 and phrase in self.vague_not_after and toks[m.start - 1].low in self.vague_not_after[phrase]:
            return None                 # "By the time the law takes effect": a conjunction
        if m.end < len(toks) and phrase in self.vague_not_before and toks[m.end].low in self.vague_not_before[phrase]:
            return None                 # "shortly after lawmakers passed the bill": when the other happened
        if (m.end == m.start + 1 and m.start > 0 and toks[m.start].text[:1].isupper() and toks[m.start - 1].sent == toks[m.start].sent
                and toks[m.start - 1].low not in self.openers and toks[m.start - 1].text[-1:] not in ".!?:"):
            return None                 # "according to Recorded Future": a capital in mid-sentence makes a name
        low = phrase.replace(" ' ", "'") in self.res.VAGUE_LOW_CONFIDENCE or phrase in self.res.VAGUE_LOW_CONFIDENCE
        return self._one(m, {"kind": "vague", "value": value, "before": before, "after": after,
                             "low": low})

    def a_duration(self, m, toks):
        if self.generic_month and any(k < len(toks) and toks[k].low in self.res.MONTHS and self._generic_month(k, toks)
                                      for k in (m.end + 1, m.end + 2)):
            return None             # « un mois d'août »: a kind of month, no duration
        half_only = m.params.get("half_only")
        n = 0 if half_only else _cap(m, "num", m.params.get("n"))
        if isinstance(n, int) and n > 10000:
            return None
        unit = _cap(m, "unit", m.params.get("unit"))
        if half_only or m.params.get("plus"):
            # "half an hour" (30 minutes), "1 hour and 45 minutes" (105): counted in the next smaller unit
            if unit not in _HALVES or not isinstance(n, int):
                return None
            small, per = _HALVES[unit]
            n2 = per // 2 if half_only else _cap(m, "num2")
            if not isinstance(n2, int) or not 0 < n2 < per or _cap(m, "unit2", small) != small:
                return None
            unit, n = small, n * per + n2
        if m.params.get("not_before") and m.end < len(toks) and toks[m.end].low in m.params["not_before"]:
            return None   # "the last year of his life": a part of another span (read by another rule)
        if n is None or n <= 0 or n > 10000:
            return None
        first = toks[m.start]
        before = toks[m.start - 1] if m.start > 0 else None
        if first.low in self.rate_articles and before is not None and \
                (before.digit or (before.low.endswith("s") and before.text.isalpha())
                 or before.low in self.rate_before):
            return None   # "four flights a week", "$100 million a week": a rate
        if unit in self.age_units and self._is_age(m, toks):
            return None
        if m.end - m.start == 2 and self._is_ordinal(m, toks):
            return None   # "a second explosion": the ordinal, not one second
        if unit in self.fraction_units and self._is_fraction(m, toks):
            return None   # "a quarter of voters", "fell by a quarter", "a quarter-point cut"
        e = m.end
        if e + 1 < len(toks) and toks[e].text == "-" and toks[e].start == toks[e - 1].end \
                and toks[e + 1].low in self.unit_compound_ends:
            return None   # "a year-end bonus", "a month-end dividend": the end of a unit, no duration
        if unit == "H" and isinstance(n, int) and n < 24 and self.clock_before and self._clock_cue(m, toks):
            return None   # « levée à partir de 20 heures », « après 22 heures »: a clock time
        if m.params.get("half"):
            # half a unit more, counted in the next smaller unit ("un an et demi": 18 months)
            if unit not in _HALVES or not isinstance(n, int):
                return None
            if unit == "H" and n < 24 and m.start > 0 and toks[m.start - 1].low in self.clock_half_before:
                return None         # « à cinq heures et demie »: half past five (the clock cues are read above)
            unit, per = _HALVES[unit]
            n = n * per + per // 2
        # "les trois derniers mois", "the past year": the span before publication
        direction = _cap(m, "dir_mod", m.params.get("dir"))
        mod = None
        if "approx_word" in m.caps:
            _, a, b = m.caps["approx_word"]
            phrase = " ".join(t.low for t in toks[a:b])
            direction = self.duration_dir.get(phrase)
            mod = self.duration_mods.get(phrase)
        if self.vague_counts and " ".join(t.low for t in _words(m, toks, "num")) in self.vague_counts:
            # "several weeks": no number (PXW); drawn as ``n`` weeks
            return self._one(m, {"kind": "duration", "n": None, "draw": n, "unit": unit,
                                 "approx": bool(_cap(m, "approx_word")), "dir": direction, "mod": mod})
        frame = {"kind": "duration", "n": n, "unit": unit,
                 "approx": bool(_cap(m, "approx_word")) or m.params.get("approx", False),
                 "dir": direction, "mod": mod}
        if m.params.get("within"):
            if unit not in ("M", "W", "D") or not isinstance(n, int):
                return None
            frame["within"], frame["year"] = m.params["within"], _cap(m, "year")   # "the first nine months of the year"
        return self._one(m, frame)

    def _superlative_before(self, m, toks) -> bool:
        """Whether a superlative comes right before "in" ("its lowest in three years") or a few words
        before it in the clause ("the worst outbreak in five years", "the first at the hospital in
        two decades"): the span looked back over."""
        k = m.full_start - 1
        while k >= 0 and k >= m.full_start - 5 and toks[k].sent == toks[m.full_start].sent:
            low = toks[k].low
            if low in self.superlatives:
                return True
            if not toks[k].text[:1].isalnum():
                return False            # (a comma or a bracket ends the clause)
            k -= 1
        return False

    def _clock_cue(self, m, toks) -> bool:
        """Whether a count of hours is a time of day: after a word of ``CLOCK_BEFORE`` and not before
        "de" (« après 20 heures de négociations » is a duration)."""
        e = m.end
        if e < len(toks) and toks[e].low in self.clock_not_before:
            return False
        for phrase in self.clock_before:
            k = len(phrase)
            if m.start >= k and tuple(t.low for t in toks[m.start - k:m.start]) == phrase:
                return True
        j = e + 1 if e < len(toks) and toks[e].low in self.res.WEEKDAYS else e
        # (« de 22 heures lundi à 5 heures mardi »: the day of the first time comes between)
        if m.start > 0 and j + 1 < len(toks) and toks[j + 1].digit \
                and (toks[m.start - 1].low, toks[j].low) in self.clock_ranges:
            return True         # « de 22 heures à 5 heures », « entre 8 heures et 10 heures »: the first
        k = m.start - 2
        if k > 0 and toks[k].low in self.res.WEEKDAYS:
            k -= 1              # (« entre 8 heures lundi et 10 heures mardi »)
        if k >= 1 and toks[k - 1].digit and toks[k].low == toks[e - 1].low \
                and toks[m.start - 1].low in self.clock_range_joins:
            return True         # ... and the second of the two
        return False

    def _is_fraction(self, m, toks) -> bool:
        """Whether a unit that is also a fraction ("quarter", "quart") is the fraction: before "of"
        or a word glued by a hyphen ("a quarter of voters", "a quarter-point cut"), or after a
        word of measure ("fell by a quarter")."""
        e, n = m.end, len(toks)
        if e < n and (toks[e].low in self.fraction_after
                      or toks[e].text == "-" and toks[e].start == toks[e - 1].end):
            return True
        return m.start > 0 and toks[m.start - 1].low in self.fraction_before

    def _is_ordinal(self, m, toks) -> bool:
        """'a second explosion', 'a second, independent alarm', 'une seconde fois': an article and a unit
        word that is also an ordinal (``ORDINAL_UNITS``), with a noun phrase going on after it."""
        s, e = m.start, m.end
        articles = self.ordinal_units.get(toks[e - 1].low)
        if not articles or toks[s].low not in articles:
            return False
        if s > 0 and toks[s - 1].low in self.ordinal_duration_before:
            return False  # "for a second", "waited a second"
        n = len(toks)
        k = e
        if k < n and toks[k].low == "," and toks[k].sent == toks[e - 1].sent:
            k += 1        # "a second, independent alarm": an adjective set off by a comma
            if not (k + 1 < n and toks[k].text.isalpha() and toks[k].text.islower()
                    and toks[k + 1].text.isalpha() and (toks[k + 1].text.islower() or toks[k + 1].text[:1].isupper()
                                                        and toks[k].low.endswith(self.comparative_endings))
                    and toks[k + 1].sent == toks[k].sent):
                return False    # (a comparative before a name goes on too: "A second, smaller U.S. strike")
        if k >= n or not toks[k].text.isalpha() or toks[k].sent != toks[e - 1].sent:
            return False  # "waited a second." : nothing goes on
        for follow in self.ordinal_followers:
            if tuple(t.low for t in toks[k:k + len(follow)]) == follow:
                return False
        return True

    def _is_age(self, m, toks) -> bool:
        """'Alain Parmentier, 53 ans,', 'un jeune de 15 ans', 'âgé de 30 ans'."""
        s, e = m.start, m.end
        before = toks[s - 1] if s > 0 else None
        after = toks[e] if e < len(toks) else None
        if before is not None and before.low == "," and (after is None or after.low in (",", ".", ")", ";")):
            return True
        lows = [t.low for t in toks[max(0, s - 3):s]]
        for phrase in self.age_before:
            if tuple(lows[-len(phrase):]) == phrase:
                return True
        if (before is not None and before.low in self.age_joins and s >= 3 and toks[s - 2].digit
                and toks[s - 2].sent == before.sent):
            # « âgés de 14 et 15 ans », "aged between 18 and 25 years": the second of two ages
            lows = [t.low for t in toks[max(0, s - 5):s - 2]]
            for phrase in self.age_before:
                if tuple(lows[-len(phrase):]) == phrase:
                    return True
        if before is not None and before.low in self.age_at and (after is None or after.low not in ("de", "d")):
            return True   # "elle a quitté le pays à 20 ans" (but "condamné à 10 ans de prison")
        if after is not None and after.low == "-" and e + 1 < len(toks) and toks[e + 1].low in self.age_words:
            return True   # "a 53-year-old man"
        for link in self.age_links:
            # "un jeune de 15 ans", « un automobiliste d'une soixantaine d'années »
            k = s - len(link)
            if k >= 1 and tuple(lows[-len(link):]) == link:
                noun = toks[k - 1]
                if noun.low in self.age_nouns or (noun.text[:1].isupper() and noun.sent == before.sent
                                                 and k >= 2 and toks[k - 2].low not in (".", "!", "?")):
                    return True
        return False

    def a_duration_vague(self, m, toks):
        unit = _cap(m, "unit")
        last = toks[m.end - 1].low
        if not last.endswith("s"):
            return None
        return self._one(m, {"kind": "duration", "n": None, "unit": unit, "approx": True})

    def a_unit_set(self, m, toks):
        unit = _cap(m, "unit")
        n = m.params.get("n") or _cap(m, "num", 1)
        if "times" in m.caps or "times_word" in m.caps:
            n = 1               # "twice a year": a recurrence each year (two times in it)
        return self._one(m, {"kind": "set_unit", "unit": unit, "n": n})

    def a_part_set(self, m, toks):
        """ "every morning", "chaque été": a part of every day, or a season of every year."""
        if "pod" in m.caps:
            return self._one(m, {"kind": "set_value", "value": f"XXXX-XX-XXT{_cap(m, 'pod')}"})
        return self._one(m, {"kind": "set_value", "value": f"XXXX-{_cap(m, 'season')}"})

    def a_century(self, m, toks):
        c = _cap(m, "c")
        if not isinstance(c, int) or not 1 <= c <= 30:
            return None
        return self._one(m, {"kind": "century", "c": c})

    def a_set_word(self, m, toks):
        if not self._plausible(m, toks, "set_word", "set_word"):
            return None             # "The Daily Mail"
        e = m.end
        if (e < len(toks) and toks[e].text[:1].isupper() and toks[e].text[:1].isalpha()
                and toks[e].sent == toks[m.start].sent):
            return None             # « le quotidien L'Équipe », "the weekly Der Spiegel": a newspaper
        prev = toks[m.start - 1].low if m.start > 0 else ""
        if prev == "'" and m.start > 1 and toks[m.start - 2].end == toks[m.start - 1].start:
            prev = toks[m.start - 2].low + "'"      # (an elided article: « l'hebdomadaire »)
        if prev in self.set_word_noun_after:
            return None             # « le quotidien affirme », « les locaux de l'hebdomadaire »: the newspaper
        return self._one(m, {"kind": "set_value", "value": _cap(m, "set_word")})

    def a_clock(self, m, toks):
        if "named_time" in m.caps:
            hour, minute = _cap(m, "named_time")
        elif "hhmm" in m.caps:
            hour, minute = divmod(_cap(m, "hhmm"), 100)
        else:
            hour, minute = _cap(m, "hh"), _cap(m, "mm", m.params.get("minute", 0))
        ampm = _cap(m, "ampm")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 24 or (ampm == "am" and _cap(m, "hh", 1) > 12):
            # ("15 heures de l'après-midi" is 15:00; "15 h du matin" nothing)
            return None
        # "2 h" needs the hour marker; a bare "14 :" is only a clock with minutes ("Top 14 : Toulouse
        # domine", "Ligue 1 :" are names)
        if "hh" in m.caps and "mm" not in m.caps and m.caps["hh"][2] < len(toks) \
                and toks[m.caps["hh"][2]].low == ":":
            return None
        if "named_time" in m.caps:
            k = m.caps["named_time"][1]
            if toks[k].text[:1].isupper() and k > 0 and toks[k - 1].sent == toks[k].sent \
                    and toks[k - 1].text[:1].isalpha():
                return None             # "au Midi libre", "dans le Midi": a name, not noon
            if (k > 1 and toks[k - 1].low == "-" and toks[k - 1].end == toks[k].start
                    and toks[k - 2].end == toks[k - 1].start and toks[k - 2].text[:1].isalpha()):
                return None             # « l'après-midi »: the end of a compound word, not noon
        if (ampm is None and "mm" in m.caps and self.game_clock_after and m.end < len(toks)
                and toks[m.end].low in self.game_clock_after and "approx" not in m.caps
                and m.full_start > 0 and toks[m.full_start - 1].low in self.game_clock_before):
            # "with 1:53 left in the fourth quarter": a game clock, the minutes and seconds remaining
            return self._one(m, {"kind": "duration", "n": hour * 60 + minute, "unit": "S", "approx": False})
        approx = bool(_cap(m, "approx"))
        # an hour of a twelve-hour clock said with no half of the day ("at 9 o'clock"): the part of the
        # day it falls on may tell which half ("9 o'clock Tuesday night")
        twelve = self.twelve_hour_clock and ampm is None and "hh" in m.caps and 1 <= hour <= 11
        return self._one(m, {"kind": "clock", "hour": hour % 24, "minute": minute, "approx": approx,
                             "twelve": twelve})
