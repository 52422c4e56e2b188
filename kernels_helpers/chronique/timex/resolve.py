"""Resolution: frames dated against the publication date or an earlier expression.

Each result says what it was resolved against (``anchor``), which rule found
it, and why it has its value (``explanation``).  When the publication date is
only partly known (a year, a month), relative expressions are resolved
against its first and last possible day: if both agree the value is kept,
otherwise the value stays underspecified and the interval covers both.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime, time, timedelta

from ..model import Timex
from ..tokens import Token, columns, norm
from .grammar import phrase_key
from .tense import time_spans
from . import calendar as cal
from .calendar import (DAYS, MONTH_NAMES, POD_HOURS, POD_NAMES, SEASON_NAMES, UNIT_NAMES, WEEKDAY_NAMES,
                       day_span, fmt_day, iso_day, period, pod_span, season_span, shift)

DAY_LEVEL = ("D", "POD", "CLOCK")
# the kinds that ``Resolver._absolute`` may date without a publication date
_MAYBE_ABSOLUTE = frozenset({"date", "holiday", "year", "fiscal_year", "month", "season", "duration",
                             "set_weekday", "set_unit", "set_value", "quarter", "decade", "century"})
# the kinds resolved against other expressions, after all the others
_LATE = frozenset({"anchored", "anchored_weekday", "clock", "year_earlier", "that_month", "that_unit"})
ABSOLUTE = {"date_full", "year", "decade_abs", "season_abs", "month_abs", "duration", "set"}


# sentences before its own, in its paragraph, within which "that August", "that year" find the time
# they point at
THAT_REACH = 3
# what "that August" takes its year from
THAT_MONTH_ANCHORS = ("D", "POD", "CLOCK", "W", "WE", "M", "Q", "HALF", "SEASON", "Y")

# time expressions of one sentence past which no tense is read nor anchor looked for (no prose has so
# many: a hostile list)
CROWDED = 1000
# expressions at most passed over looking for an anchor in the sentence (twice as many in the paragraphs
# before): a text of thousands of expressions stays linear
ANCHOR_REACH = 12
# expressions at most looked back over for the day of a clock time in the sentence before
_CLOCK_LOOK_BACK = 12
# hours before this one belong, in a night, to the day after it
NIGHT_ENDS = 6
# the first hour of the part of a day told late ("late on Monday")
LATE_DAY_FROM = 17
NOON = 12                   # a day told early holds the hours before it
# parts of the day that come after a night, on the day it ends in
DAYTIME_PODS = ("MO", "MI", "AF")

# tokens at most between a clock time and a day after it that gives its day ("at 3 p.m. EST (2000 GMT) on Monday")
CLOCK_DAY_AFTER = 6
ASIDE_REACH = 8             # tokens from an aside's opening comma to a time expression in it (``_in_aside``)
# a speaker's "today", "tonight" in a quotation: tokens at most from it to the quotation's closing mark, and from
# that mark to the day the words were said (``_quoted_deixis``)
QUOTE_REACH = 60
SAID_REACH = 16
HABIT_REACH = 8             # tokens from a word of habit to the weekday it makes a set of (``_habitual``)
# the parts of the day after noon, and the hours of a twelve-hour clock that fall in them ("9 o'clock
# Tuesday night" is 21:00; "2 o'clock Tuesday night" stays in the small hours)
_AFTERNOON_HOURS = {"TAF": range(1, 7), "TEV": range(5, 12), "TNI": range(7, 12)}
_CLOCK_DAY_GAPS = frozenset(";:.!?-")       # signs between them that part the time from the day ("Vers 0 h 40, jeudi": not a comma)

# "Days later", "weeks earlier": the stretch of units after (before) the anchor drawn for "some"
# days after publication within which a day of an event's noun in a past-tense clause is that coming day, not
# the one a year before: "the mayor resigned days before the election on March 17", published on 15 March,
# names an election two days ahead ("On March 17, the minister resigned" stays the year before)
PAST_TENSE_DAYS_AHEAD = 7
# tokens at most between an event's noun and its day ("the election on March 17", « le scrutin du 17 mars »)
EVENT_NOUN_REACH = 2
# tokens at most between "the day before", « la veille de » and the day of their object ("the day
# before the vote on Sunday", « au lendemain de l'attentat de mardi »)
OBJECT_DAY_REACH = 6
_APOSTROPHES = frozenset("'’")
# a weekday that does not fit its date ("mardi 31 janvier" written on Tuesday 31 December): read as a
# slip in the month only when the same weekday and day number fall within MONTH_SLIP_REACH days of
# publication and the date as written lies more than LITERAL_NEAR days away; else the date as written
MONTH_SLIP_REACH = 7
LITERAL_NEAR = 28
WEEKDAY_YEAR_REACH = 200    # days from publication within which a weekday chooses the year of its day and month
SOME_STRETCH = {"D": (2, 6), "W": (2, 8), "M": (2, 11), "Y": (2, 9)}


@dataclass(slots=True)
class Res:
    type: str
    value: str
    start: datetime | None
    end: datetime | None
    gran: str                  # D, POD, CLOCK, W, WE, M, Q, Y, DE, CE, SEASON, REF, DUR, SET
    why: str
    conf: float
    day: date | None = None    # the day, for day-level values (anchors)
    literal: str | None = None
    mod: str | None = None
    suggestion: str | None = None
    issue: str | None = None


class _IsoTimes(dict):
    """datetime -> its ISO form to the second, worked out once."""

    def __missing__(self, dt: datetime) -> str:
        if len(self) >= 10_000:
            self.clear()
        iso = self[dt] = dt.isoformat(timespec="seconds")
        return iso


_ISO_TIMES = _IsoTimes()


def _daily(it) -> bool:
    """Whether expression ``it`` is the set of every day or of a part of every day ("each day", "every night")."""
    f = it["frame"]
    return (f["kind"] == "set_unit" and f["unit"] == "D" and (f.get("n") or 1) == 1
            or f["kind"] == "set_value" and f["value"].startswith("XXXX-XX-XXT"))


class _ClockValues(dict):
    """(day, hour, minute, approximate) -> the value, start, end and "HH:MM" of that clock time on that
    day, worked out once (a text may repeat its hours many times): about a clock time, half an hour
    either side of it; else its minute."""

    def __missing__(self, key: tuple) -> tuple:
        if len(self) >= 10_000:
            self.clear()
        day, hh, mm, approx = key
        st = datetime.combine(day, time(hh, mm))
        hhmm = f"{hh:02d}:{mm:02d}"
        out = self[key] = ((f"{day.isoformat()}T{hhmm}", st - _HALF_HOUR, st + _HALF_HOUR, hhmm) if approx
                           else (f"{day.isoformat()}T{hhmm}", st, st + _MINUTE_END, hhmm))
        return out


_HALF_HOUR, _MINUTE_END = timedelta(minutes=30), timedelta(seconds=59)
_CLOCK_VALUES = _ClockValues()


class _Rounded(dict):
    """A confidence -> itself rounded to two decimals, worked out once (there are a few dozen)."""

    def __missing__(self, conf: float) -> float:
        if len(self) >= 10_000:
            self.clear()
        rounded = self[conf] = round(conf, 2)
        return rounded


_ROUNDED = _Rounded()
# a month told relative to publication's, in months after it, as the explanations say it
_REL_MONTH = {-1: "the month before publication's", 0: "the month of publication", 1: "the month after publication's"}


def _rel_month_words(rel: int) -> str:
    return _REL_MONTH.get(rel) or f"{abs(rel)} months {'after' if rel > 0 else 'before'} publication's"


def _midnight_days(first: int, second: int) -> int:
    """Days from the day of a clock time to that of its conversion, both in minutes past midnight: 1 when the
    second is more than half a day behind the first (it fell after midnight), -1 when ahead, else 0."""
    delta = first - second
    return 1 if delta > 720 else (-1 if delta < -720 else 0)


def _iso(dt: datetime | None) -> str | None:
    return None if dt is None else _ISO_TIMES[dt]


def _with_pod(d: date, pod: str | None, why: str, conf: float, base_gran="D") -> Res:
    if pod:
        s, e = pod_span(d, pod)
        return Res("TIME", f"{iso_day(d)}T{pod}", s, e, "POD",
                   why + f", in the {POD_NAMES.get(pod, pod)}", conf, day=d)
    s, e = day_span(d)
    return Res("DATE", iso_day(d), s, e, "D", why, conf, day=d)


def _weekday_delta(dct: date, wd: int, direction: int | None, tense: str | None,
                   deadline: bool = False) -> tuple[int, str]:
    """Days from dct to the weekday ``wd`` (1 = Monday), and the reason; ``deadline``: the end of
    a span ("jusqu'à vendredi", "until Friday"); ``direction`` 0: "this Sunday", "ce dimanche"."""
    dw = dct.isoweekday()
    if direction == -1:
        return -((dw - wd) % 7 or 7), "marked as the last one, so the one before publication"
    if direction == 1:
        return (wd - dw) % 7 or 7, "marked as the next one, so the one after publication"
    if wd == dw:
        return 0, "is the weekday of publication, so that very day"
    if tense == "future":
        return (wd - dw) % 7, "in a future-tense clause, so the next one after publication"
    if tense == "past":
        return -((dw - wd) % 7), "in a past-tense clause, so the most recent one before publication"
    if tense == "either":
        ahead, back = (wd - dw) % 7, (dw - wd) % 7
        if ahead < back:
            return ahead, "in a clause telling a plan in the past, so the nearest one, after publication"
        return -back, "in a clause telling a plan in the past, so the nearest one, before publication"
    if deadline:
        return (wd - dw) % 7, "the end of a span not said to be over, so the next one after publication"
    if direction == 0:
        return (wd - dw) % 7, "said to be this one, in a clause not past, so the next one after publication"
    return -((dw - wd) % 7), ("with no tense marker, so the most recent one before publication "
                              "(news reports mostly look back)")


def _holiday_weekend(r: Res) -> Res:
    """The weekend of the holiday ``r`` ("the Easter weekend", « le week-end de la Pentecôte »): the one it
    falls on, else the one before a Monday to Wednesday (Easter Monday closes its weekend) or after a
    Thursday or Friday (Thanksgiving, Good Friday open theirs)."""
    d = r.day
    wd = d.isoweekday()
    sat = d - timedelta(days=wd - 6) if wd >= 4 else d - timedelta(days=wd + 1)
    v, s, e = period("WE", sat)
    return Res("DATE", v, s, e, "WE", f"the weekend of {r.why}: Saturday {s.day} to Sunday {e.day} "
               f"{MONTH_NAMES[e.month - 1]} {e.year}", r.conf)


def _widen_day(f: dict, r: Res) -> Res:
    """The day ``r`` of frame ``f`` widened to what the frame names around it: the weekend of a holiday
    ("the Easter weekend"), the weekend or the week of a day ("the weekend of Aug. 17", « la semaine du
    25 mars »); else ``r`` itself."""
    if r.day is None:
        return r
    if f.get("weekend"):
        return _holiday_weekend(r)
    unit = f.get("within")
    if unit:
        v, s, e = period(unit, r.day)
        return Res("DATE", v, s, e, unit, f"the {UNIT_NAMES[unit]} of {r.why}", r.conf)
    return r


def _closing_midnight(r: Res) -> Res:
    """"midnight Friday", « ce soir à minuit »: the instant that closes the day of ``r``, midnight at
    the start of the day after (written, as a clock time, to the minute)."""
    d = r.day + timedelta(days=1)
    st = datetime.combine(d, time(0, 0))
    return Res("TIME", f"{d.isoformat()}T00:00", st, st + timedelta(seconds=59), "CLOCK",
               f"midnight that closes {r.value} ({r.why}): the start of {fmt_day(d)}", r.conf, day=d)


def _part_of_year(f) -> tuple[str, int, str]:
    """The unit of a quarter frame ("Q", or "HALF" for a half-year), its first month, its name."""
    if f.get("unit") == "HALF":
        return "HALF", 6 * f["q"] - 5, "half-year"
    return "Q", 3 * f["q"] - 2, "quarter"


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


class Resolver:
    def __init__(self, text: str, toks: list[Token], res, tense_reader):
        self.text = text
        self.toks = toks
        self.lows = columns(toks)[0]
        self.res = res
        self._reporting_words = None
        self.tense_reader = tense_reader
        self.determiners, self.opens, self.joins, self.opens_last = _range_words(res)
        self.looks_back = frozenset(getattr(res, "SINCE_LOOKS_BACK", ()))
        self.list_joins = frozenset(norm(w) for w in getattr(res, "LIST_JOIN_WORDS", ()))
        self.year_date_links = frozenset(norm(w) for w in getattr(res, "YEAR_DATE_LINKS", ()))
        self.pluperfect_aux = frozenset(getattr(res, "PLUPERFECT_AUXILIARIES", ()))
        self.event_nouns = tense_reader.intent_events
        self.quotes = _quotes(res)
        # words opening a day told late ("late on Sunday"), and an aside about a noun (``_in_aside``)
        self.late_day_words, self.early_day_words, self.aside_relatives, self.aside_endings = \
            _day_and_aside_words(res)
        self.habitual_words, self.habitual_articles = _habitual_words(res)
        self._inside: bytearray | None = None       # see ``_in_quotation``
        self.deadline_words = _deadline_words(res)
        self.deadline_openers = {p: k for k, p in self.deadline_words.items()}
        # the words that may stand right before an expression that a phrase of ``_phrase_before``
        # precedes: the last word of an opener, or what ``_before_article`` steps over
        self.before_phrase = _before_phrase(res)
        self.dates: dict[tuple, Res] = {}       # explicit dates read so far

    # ------------------------------------------------------------------ API
    def resolve(self, mentions: list[tuple], dct_lo: date | None, dct_hi: date | None,
                dct_label: str) -> list[Timex]:
        self.dct_label = dct_label
        self.dct_hi = dct_hi if dct_hi == dct_lo else None
        items = []
        marks: dict = {}
        toks = self.toks
        tense = self.tense_reader.tense
        if len(mentions) > 1:
            time_spans(marks, ((s, e) for s, e, _ in mentions))
        sent, in_sent = -1, 0
        lows, quotes, n_toks = self.lows, self.quotes, len(toks)
        breaks = self.tense_reader.breaks
        for k, (s, e, frame) in enumerate(mentions):
            first = toks[s]
            if first.sent != sent:
                sent, in_sent = first.sent, 0
            in_sent += 1
            # (past the first ``CROWDED`` expressions of one sentence, no prose but a hostile list:
            # no tense is read and no anchor looked for, so that such a text stays cheap)
            crowded = in_sent > CROWDED
            if crowded:
                said = None
            elif s > 0 and e < n_toks and lows[s - 1] in quotes and lows[e] in quotes:
                # « d'ici "jeudi" »: quotation marks around the expression alone part it from no clause
                said = tense(toks, s - 1, e + 1, marks)
            else:
                said = tense(toks, s, e, marks)
            if said is None and in_sent > 1 and not crowded:
                # no marker near it: the expression before it in its clause lends its tense ("will be presented
                # in early September, then debated in October", « devrait être présenté début septembre, puis
                # examiné par l'Assemblée nationale à la rentrée »), across commas but no clause break
                prev = items[-1]
                if prev["said"] is not None and breaks.isdisjoint(lows[prev["e"]:s]):
                    said = prev["said"]
            items.append({
                "id": f"t{k + 1}", "s": s, "e": e, "frame": frame,
                "start": first.start, "end": toks[e - 1].end,
                "sent": first.sent, "para": first.para,
                # a plan points forward like a future ("planned": the plan may be past)
                "tense": "future" if said == "planned" else said, "planned": said == "planned",
                "crowded": crowded, "said": said,
            })
        for k in range(1, len(items)):
            f, prev = items[k]["frame"], items[k - 1]
            if (f["kind"] == "duration" and f.get("unit") == "H" and isinstance(f.get("n"), int) and 0 <= f["n"] <= 23
                    and not f.get("approx") and not f.get("dir") and not f.get("mod")
                    and prev["e"] == items[k]["s"] and prev["frame"]["kind"] in ("weekday", "date")):
                # « jusqu'à jeudi 6 heures »: a number of hours right after a day's name is the time of that
                # day, no duration
                items[k]["frame"] = {"kind": "clock", "hour": f["n"], "minute": 0, "approx": False, "twelve": False,
                                     "rule": "clock_after_day"}
        ranged, deadlines = self._link_ranges(items)
        if ranged:
            for k in range(len(items) - 1):
                it = items[k]
                nxt = items[k + 1]
                if ((it.get("range") or {}).get("kind") == "until" and it["frame"]["kind"] == "clock"
                        and nxt["frame"]["kind"] in ("weekday", "date") and nxt["sent"] == it["sent"]
                        and self._only_clock_link(it["e"], nxt["s"])):
                    # "runs through 8 p.m. Sunday", "until 8 p.m. on July 23": the clock's own day ends the
                    # span as well
                    nxt["clock_until"] = True
        if len(items) > 1:
            self._list_years(items)
        # pass 1: everything anchored on the publication date; pass 2: the rest
        late = []
        for k, it in enumerate(items):
            if it["frame"]["kind"] in _LATE:
                late.append(k)
                continue
            if self.habitual_words and it["frame"]["kind"] == "weekday" and self._habitual(it):
                it["res"] = self._weekday_set(it)
                continue
            try:
                it["res"] = self._resolve_dct(it, dct_lo, dct_hi)
                if "ahead" in it and dct_lo is not None:
                    self._read_ahead(it, dct_lo, dct_hi)
            except (OverflowError, ValueError):
                it["res"] = self._beyond(it)
        if len(items) > 1:
            self._sentence_year(items)
            if self.year_date_links:
                self._year_then_date(items)
            if dct_lo is not None and dct_lo == dct_hi and self.quotes and self.tense_reader.reporting:
                self._quoted_deixis(items, dct_lo)
            if dct_lo is not None and dct_lo == dct_hi:
                self._night_before_saying(items, dct_lo)
        for k in range(1, len(items)):
            if items[k]["frame"].get("pair") == 2 and items[k - 1]["frame"].get("pair") == 1:
                self._order_weekday_pair(items[k - 1], items[k])
        for k in late:
            it = items[k]
            try:
                it["res"] = self._resolve_anchored(items, k, dct_lo, dct_hi)
            except (OverflowError, ValueError):
                it["res"] = self._beyond(it)
        if len(items) > 1:
            self._durations_from_a_day(items)
        # (the passes over ranges and deadlines have nothing to do in a text that has none)
        if ranged:
            by_id = {it["id"]: it for it in items}
            self._order_weekday_ranges(items, by_id)
        if dct_lo is not None and dct_lo == dct_hi:
            self._plans_after_a_past_day(items, dct_lo, self.lows, self.tense_reader.present_words)
        if ranged:
            self._range_intervals(items, dct_hi or dct_lo, by_id)
        if deadlines:
            for it in items:
                if it.get("deadline") and it["res"].start is not None:
                    rng = it.get("range") or {}
                    it["res"].why += ("; a deadline: the span from publication runs until its end" if rng.get("with")
                                      else "; a deadline: by its end at the latest")
        return [self._timex(it) for it in items]

    def _list_years(self, items) -> None:
        """A list of months or of days whose last member alone carries a year gives it to those before
        it: "in May and June 2022", « en février puis en avril 2021 », "in March and again in May last
        year", "on May 3 and on June 5, 2022".  Only members in calendar order, joined by nothing but
        the words of the language's ``LIST_JOIN_WORDS``, in one sentence."""
        joins, lows = self.list_joins, self.lows
        if not joins:
            return
        for k in range(len(items) - 2, -1, -1):
            it, nxt = items[k], items[k + 1]
            f1, f2 = it["frame"], nxt["frame"]
            kind = f1["kind"]
            if kind not in ("month", "date") or f2["kind"] != kind or "range" in it or "range" in nxt \
                    or it["sent"] != nxt["sent"] or nxt["s"] - it["e"] > 6:
                continue
            if f1.get("year") or f1.get("ydir") is not None or f1.get("dir") or f1.get("this") \
                    or f1.get("closes") or f1.get("part") or f1.get("wd"):
                continue
            if not (f2.get("year") or f2.get("ydir") is not None):
                continue
            m1, m2 = f1.get("month"), f2.get("month")
            if not isinstance(m1, int) or not isinstance(m2, int) \
                    or (m1, f1.get("day") or 0) > (m2, f2.get("day") or 0):
                continue
            between = lows[it["e"]:nxt["s"]]
            if not between or not joins.issuperset(between):
                continue
            if f2.get("year"):
                f1["year"] = f2["year"]
            else:
                f1["ydir"] = f2["ydir"]
            f1["year_of"] = f2.get("year_of") or nxt

    def _year_then_date(self, items) -> None:
        """A day or a month written with no year right after a time of one year, set off by nothing but a
        comma or a preposition (``YEAR_DATE_LINKS``), is in that year: "last year, on April 15", « l'an
        dernier, le 15 avril », « en 2019, le 4 août » (not the April 15 nearest publication, nor one in the
        year that opens the sentence)."""
        lows = self.lows
        links = self.year_date_links
        for k in range(len(items) - 1):
            it, nxt = items[k], items[k + 1]
            r, f = it.get("res"), nxt["frame"]
            if (r is None or r.gran != "Y" or r.start is None or it["sent"] != nxt["sent"] or "range" in it
                    or "range" in nxt or nxt.get("res") is None or f["kind"] not in ("date", "month")
                    or not isinstance(f.get("month"), int) or f.get("year") or f.get("ydir") is not None
                    or f.get("dir") or f.get("this") or f.get("closes") or f.get("wd")):
                continue
            between = lows[it["e"]:nxt["s"]]
            if not between or len(between) > 2 or not links.issuperset(between):
                continue
            y, m = r.start.year, f["month"]
            if f["kind"] == "month":
                d = date(y, m, 1)
            elif f.get("day") and cal.valid_date(y, m, f["day"]):
                d = date(y, m, f["day"])
            else:
                continue
            nxt["res"] = self._placed(f, d, f"with no year, right after '{self.text[it['start']:it['end']]}': {y}",
                                      0.85, 0.85)
            nxt["anchor"] = it["id"]

    def _placed(self, f, d: date, why: str, month_conf: float, day_conf: float) -> Res:
        """A month or a day of frame ``f``, written with no year, placed in the year of ``d``: its value and
        interval, explained by its name and ``why``."""
        if f["kind"] == "month":
            v, a, b = period("M", date(d.year, d.month, 1))
            return self._week(self._part(Res("DATE", v, a, b, "M", f"{MONTH_NAMES[d.month - 1]} {why}", month_conf),
                                         f.get("part")), f.get("week"))
        # (« la semaine du 25 décembre »: the week of that day)
        return _widen_day(f, _with_pod(d, f.get("pod"), f"{d.day} {MONTH_NAMES[d.month - 1]} {why}", day_conf))

    def _sentence_year(self, items) -> None:
        """A sentence that opens on a written year ("In 2022, ...", « En décembre 2022, ... ») is told
        in that year: its days, months and holidays written without one take that year (or the one
        nearest to the opening month or day) rather than the year of publication ("In 2022, the strike
        began on Dec. 24": 24 December 2022; "In December 2022, ... on Jan. 5": 5 January 2023)."""
        frame, sent = None, -1
        dated = then = None             # the last dated expression of a framed sentence; the one a "then" follows
        for it in items:
            f = it["frame"]
            if it["sent"] != sent:
                last, last_sent, then = frame, sent, None
                sent, frame = it["sent"], None
                if f["kind"] in ("year", "month", "date") and f.get("year") and not f.get("part") \
                        and self._opens_sentence(it["s"]) and it.get("res") is not None \
                        and it["res"].start is not None:
                    frame = dated = it
                    continue
                if not (last is not None and sent == last_sent + 1 and it["para"] == last["para"]
                        and self._goes_on_in_time(it["s"])):
                    continue
                # « En 2022, ... le 23 décembre. La direction avait alors accordé une prime début janvier »:
                # told then, the time nearest to the last one told before (January 2023)
                frame, then = last, dated
            if frame is None or it.get("res") is None or it["crowded"]:
                continue
            if then is None and it["res"].start is not None:
                dated = it
            kind = f["kind"]
            if f.get("year") or f.get("ydir") is not None or f.get("dir") or f.get("this") or f.get("closes"):
                continue
            if not (kind == "holiday" or kind == "month" or kind == "date" and f.get("month")
                    and not f.get("wd")):
                continue
            ff = frame["frame"]
            y0 = ff["year"]
            if then is not None:
                pivot = then["res"].day or then["res"].start.date()
                years = (pivot.year - 1, pivot.year, pivot.year + 1)
            elif ff["kind"] == "year":
                years = (y0,)
                pivot = date(y0, 7, 1)
            else:
                years = (y0 - 1, y0, y0 + 1)
                pivot = date(y0, ff["month"], ff.get("day") or 15)
            if kind == "holiday":
                cands = [d for d in (cal.holiday(f["holiday"], y) for y in years) if d is not None]
            else:
                cands = [date(y, f["month"], min(f.get("day") or 15, cal.last_day(y, f["month"]))) for y in years
                         if kind == "month" or cal.valid_date(y, f["month"], f["day"])]
            if not cands:
                continue
            d = min(cands, key=lambda c: (abs((c - pivot).days), c > pivot))
            r = it["res"]
            if r.day == d or r.start is not None and r.start.date().year == d.year and kind == "month":
                continue
            said = self.text[frame["start"]:frame["end"]]
            if then is not None:
                why = (f"{f.get('name') or ''}{' ' if f.get('name') else ''}with no year, in a sentence told then, "
                       f"after one told in {said}: the nearest to '{self.text[then['start']:then['end']]}', "
                       f"{d.year}")
            else:
                why = (f"{f.get('name') or ''}{' ' if f.get('name') else ''}with no year, in a sentence told in "
                       f"{said} (it opens with that date): {d.year}")
            if kind in ("month", "date"):
                it["res"] = self._placed(f, d, why, 0.8, 0.85)
            else:
                it["res"] = _widen_day(f, Res("DATE", d.isoformat(), *day_span(d), "D", f"{why}, {fmt_day(d)}",
                                              0.85, day=d))
            it["anchor"] = (then or frame)["id"]

    def _goes_on_in_time(self, s: int) -> bool:
        """Whether the sentence of token ``s`` says it is told at the time of the one before (``THEN_WORDS``:
        "then", « alors », not « alors que »)."""
        words = _then_words(self.res)
        if not words:
            return False
        toks, lows = self.toks, self.lows
        sent = toks[s].sent
        a = s
        while a > 0 and toks[a - 1].sent == sent and s - a < 200:
            a -= 1
        b = s
        while b < len(toks) and toks[b].sent == sent and b - s < 200:
            b += 1
        for k in range(a, b):
            nxt = words.get(lows[k])
            if nxt is not None and not (k + 1 < b and lows[k + 1] in nxt):
                return True
        return False

    def _opens_sentence(self, s: int) -> bool:
        """Whether the expression at token ``s`` opens its sentence: at most two words ("In", "Back
        in", « En », « Dès ») before it."""
        toks = self.toks
        sid = toks[s].sent
        for j in range(s - 1, s - 4, -1):
            if j < 0 or toks[j].sent != sid:
                return True
            if j == s - 3 or not toks[j].text.isalpha():
                return False
        return False

    @staticmethod
    def _order_weekday_pair(first, second) -> None:
        """Two weekdays joined under one modifier run forward, within a week: « mardi et mercredi
        prochains » published on a Tuesday are the 7th and the 8th (not « mercredi prochain » alone, the
        1st); « lundi et mardi derniers » published on a Tuesday, the 23rd and the 24th."""
        a, b = first.get("res"), second.get("res")
        if a is None or b is None or a.day is None or b.day is None or a.day < b.day:
            return
        if first["frame"].get("dir") == -1:
            target, d, when = first, a.day - timedelta(days=7), "the one before"
        else:
            target, d, when = second, b.day + timedelta(days=7), "the one after"
        old = target["res"]
        target["res"] = _with_pod(d, target["frame"].get("pod"),
                                  f"{old.why}; {when}, so that the two days joined run forward: {fmt_day(d)}", old.conf)

    @staticmethod
    def _order_weekday_ranges(items, by_id: dict) -> None:
        """A span between two weekdays runs forward: "between Tuesday and Thursday" published on a
        Tuesday, in a past clause, starts on the Tuesday before (in a future one, ends on the
        Thursday after).  ``by_id``: the items by their ids."""
        for it in items:
            rng = it.get("range")
            if not rng or rng["role"] != "start" or not rng.get("with"):
                continue
            other = by_id[rng["with"]]
            a, b = it.get("res"), other.get("res")
            if (a is None or b is None or a.day is None or b.day is None or a.day <= b.day
                    or it["frame"]["kind"] != "weekday" or other["frame"]["kind"] != "weekday"
                    or it["frame"].get("closes") or other["frame"].get("closes")):
                continue
            if "future" in (it["tense"], other["tense"]):
                target, d, when = other, b.day + timedelta(days=7), "the one after"
            else:
                target, d, when = it, a.day - timedelta(days=7), "the one before"
            old = target["res"]
            target["res"] = _with_pod(d, target["frame"].get("pod"),
                                      f"{old.why}; {when}, so that the span runs forward: {fmt_day(d)}", old.conf)

    @staticmethod
    def _plans_after_a_past_day(items, dct: date, lows: list[str], presents: frozenset) -> None:
        """A weekday planned or awaited after a past day of its sentence is the first one after that
        day: published on a Monday, "stocks fell on Thursday ahead of Friday's jobs report" awaited
        the Friday just gone, not the next one (a future, "will", keeps the next one, and so does a
        present of a schedule right before it, told from the time of writing: « a dénoncé mercredi une
        grève à la veille des vacances, qui débutent samedi »; ``presents``)."""
        last_past = None                # (sentence, day) of the last past day read
        for it in items:
            r = it.get("res")
            if r is None or r.day is None:
                continue
            f = it["frame"]
            if (it.get("planned") and f["kind"] == "weekday" and not f.get("dir") and not f.get("this")
                    and not f.get("closes")
                    and last_past is not None and last_past[0] == it["sent"] and r.day > dct
                    and not it.get("range") and presents.isdisjoint(lows[max(0, it["s"] - 3):it["s"]])):
                d = last_past[1] + timedelta(days=(f["wd"] - last_past[1].isoweekday()) % 7 or 7)
                if d <= dct:
                    it["res"] = _with_pod(d, f.get("pod"), f"{WEEKDAY_NAMES[f['wd'] - 1]}, looked ahead to "
                                          f"from a past day of its sentence ({fmt_day(last_past[1])}), so "
                                          f"the first one after it: {fmt_day(d)}", 0.7)
                    r = it["res"]
            if it["tense"] == "past" and r.day <= dct:
                last_past = (it["sent"], r.day)

    def _range_intervals(self, items, dct: date | None, by_id: dict) -> None:
        """The interval of each span: from its start to its end, or from or up to publication.
        ``by_id``: the items by their ids."""
        for it in items:
            rng = it.get("range")
            r = it["res"]
            if rng is None or r.start is None:
                continue
            if rng.get("with"):
                other = by_id[rng["with"]]["res"]
                if other.start is None:
                    continue
                a, b = (r, other) if rng["role"] == "start" else (other, r)
                if a.start > b.end and by_id[rng["with"]].get("deadline"):
                    # « d'ici l'été » read as a summer already past: no span from publication to it
                    del it["range"]
                    del by_id[rng["with"]]["range"]["with"]
                    by_id[rng["with"]]["range"]["with"] = None
                    continue
                rng["interval"] = [_iso(a.start), _iso(b.end)]
            elif dct is not None:
                end_pub = day_span(dct)[1]
                if rng["kind"] in ("since", "after"):
                    # (since a time begun by publication, the span runs to publication: « depuis le début
                    # de l'année » published on 4 February ends on 4 February, not at the end of April)
                    last = end_pub if rng["kind"] == "since" and r.start <= end_pub else max(end_pub, r.end)
                    rng["interval"] = [_iso(r.start if rng["kind"] == "since" else r.end), _iso(last)]
                else:
                    rng["interval"] = [None, _iso(r.end if rng["kind"] == "until" else r.start)]

    def _beyond(self, it) -> "Res":
        """An expression left underspecified: resolving it went past the edges of the calendar."""
        r = self._unknown(it["frame"])
        r.why += " (beyond the calendar: years 1 to 9999)"
        r.start = r.end = None
        return r

    # -------------------------------------------------------------- helpers
    def _timex(self, it) -> Timex:
        r: Res = it["res"]
        rng = it.get("range")
        # positional, in the order of the fields: id, start, end, text, type, value, interval,
        # anchor, rule, explanation, confidence, literal, mod, range, tense, flag
        return Timex(
            it["id"], it["start"], it["end"], self.text[it["start"]:it["end"]], r.type, r.value,
            None if r.start is None else [_ISO_TIMES[r.start], _ISO_TIMES[r.end]],
            it.get("anchor", "published"), it["frame"].get("rule", ""),
            r.why if "year_of" not in it["frame"] else
            f"{r.why} (the year of '{anchor_text(self.text, it['frame']['year_of'])}', joined to it)",
            _ROUNDED[r.conf], r.literal, r.mod, rng, it["tense"],
            {"kind": r.issue, "suggested": r.suggestion} if r.issue else None,
        )

    def _link_ranges(self, items) -> tuple[bool, bool]:
        """Mark 'entre 2010 et 2014', 'from X to Y', 'depuis 2003' as ranges; whether some item is
        in a range, and whether some item is a deadline."""
        toks = self.toks
        opens, joins = self.opens, self.joins
        lasts = _deadline_lasts(self.res)
        lows, before_phrase = self.lows, self.before_phrase
        ranged = deadlines = False
        for k, it in enumerate(items):
            role = it["frame"].get("range_role")
            if role == "start" and k + 1 < len(items):
                it["range"] = {"role": "start", "with": items[k + 1]["id"], "kind": "between"}
                items[k + 1]["range"] = {"role": "end", "with": it["id"], "kind": "between"}
                ranged = True
                continue
            if "range" in it:
                continue
            s = it["s"]
            # (most expressions: no opener, quotation mark nor determiner right before)
            before = self._phrase_before(s, opens) if s and lows[s - 1] in before_phrase else None
            if before is None:
                word = None
                if it["frame"].get("part") == "end" or lasts and not lasts.isdisjoint(lows[max(0, s - 3):s]):
                    word = self._after_deadline_word(s)   # (a deadline word may be among the three before)
                if word is not None:
                    it["ahead"] = word          # "by the summer": an end that reads forward
                    if it["frame"].get("part") == "end":
                        it["deadline"] = deadlines = True   # "by the end of the year"
                continue
            kind = self.res.RANGE_OPEN[before]
            key = self.deadline_openers.get(before)
            if key is not None:
                it["ahead"] = key               # « d'ici l'été »
            nxt = items[k + 1] if k + 1 < len(items) else None
            if nxt is not None and kind in ("between", "from"):
                if it["frame"]["kind"] == "clock" and k + 2 < len(items) and self._is_own_day(it, nxt):
                    nxt = items[k + 2]          # "from 10 p.m. Monday to 5 a.m. Tuesday": past the start's day
                    joined = " ".join(self.lows[items[k + 1]["e"]:nxt["s"]])
                    if nxt["frame"]["kind"] != "clock":
                        joined = None
                else:
                    joined = " ".join(self.lows[it["e"]:nxt["s"]])
                if joined in joins and toks[nxt["s"]].sent == toks[it["s"]].sent:
                    it["range"] = {"role": "start", "with": nxt["id"], "kind": kind}
                    nxt["range"] = {"role": "end", "with": it["id"], "kind": kind}
                    ranged = True
                    # a bare first member borrows month and year from the second
                    f1, f2 = it["frame"], nxt["frame"]
                    if f1["kind"] == "date" and f2["kind"] == "date":
                        f1["year"] = f1["year"] or f2["year"]
                        f1["month"] = f1["month"] or f2["month"]
                    elif (f1["kind"] == "month" == f2["kind"] and not f1.get("year")
                          and isinstance(f1.get("month"), int) and isinstance(f2.get("month"), int)
                          and not f1.get("dir") and f1.get("ydir") is None):
                        if f2.get("year"):
                            # "between March and October 2022": the year of both; "from November to March
                            # 2022": the November before
                            f1["year"] = f2["year"] - (f1["month"] > f2["month"])
                            f1["year_of"] = nxt
                        elif f2.get("ydir") is not None and f1["month"] <= f2["month"]:
                            # "between May and August last year": the year before publication for both
                            f1["ydir"] = f2["ydir"]
                            f1["year_of"] = nxt
                    continue
            if kind == "until" and k > 0 and items[k - 1]["frame"].get("point") and items[k - 1]["e"] <= it["s"] \
                    and "range" not in items[k - 1]:
                # « d'ici la fin de l'année »: « ici », the publication day, starts the span up to the deadline
                items[k - 1]["range"] = {"role": "start", "with": it["id"], "kind": kind}
                it["range"] = {"role": "end", "with": items[k - 1]["id"], "kind": kind}
                it["deadline"] = ranged = deadlines = True
                continue
            if kind in ("since", "until", "before", "after"):
                it["range"] = {"role": "start" if kind in ("since", "after") else "end",
                               "with": None, "kind": kind}
                ranged = True
                if kind == "until" and key is not None:
                    it["deadline"] = deadlines = True       # « d'ici fin mars »
                if before in self.looks_back:
                    it["behind"] = True
                    if it["tense"] != "past":
                        # "on joue pour rien depuis novembre", "has been closed since March": the start
                        # of a span running until now lies behind, whatever the clause's tense
                        it["tense"], it["planned"] = "past", False
        return ranged, deadlines

    def _read_ahead(self, it, lo: date, hi: date | None) -> None:
        """The end of a deadline ("by the summer", « d'ici l'été », « d'ici la rentrée ») lies at or
        after publication: read as before publication, it is read again as in a future-tense clause.
        A past clause keeps it behind ("By the summer, the virus had spread") unless its preposition
        counts from the time of speaking (``DEADLINE_WORDS_FROM_NOW``: « si 60 000 euros étaient
        réunis d'ici l'été »)."""
        r = it["res"]
        said = it["tense"]
        if r.end is None or r.end.date() >= lo or said == "future":
            return
        word = self.deadline_words[it["ahead"]]
        if said == "past" and word not in _from_now(self.res):
            return
        it["tense"] = "future"
        try:
            r2 = self._resolve_dct(it, lo, hi)
        finally:
            it["tense"] = said
        if r2.end is None or r2.end.date() < lo:
            return
        r2.why += (f"; read as in a future-tense clause{'' if said is None else ' (its clause is ' + said + ')'}: "
                   f"the end of a deadline after '{word}' is not over by publication")
        it["res"] = r2

    def _before_article(self, s: int) -> int:
        """The token where a phrase before token ``s`` must end: past a quotation mark (« d'ici "jeudi" »)
        and a determiner ("d'ici le 30 juin") standing right before it."""
        lows = self.lows
        if s > 0 and lows[s - 1] in self.quotes:
            s -= 1
        if s > 0 and lows[s - 1] in self.determiners:
            s -= 1
        return s

    def _after_deadline_word(self, s: int) -> tuple | None:
        """The preposition of a deadline ("by", « d'ici ») that stands right before token ``s`` (past
        a quotation mark or a determiner), as a token tuple; None when there is none."""
        lows = self.lows
        s = self._before_article(s)
        for key in self.deadline_words:
            k = len(key)
            if s >= k and tuple(lows[s - k:s]) == key and self.toks[s - k].sent == self.toks[s].sent:
                return key
        return None

    def _phrase_before(self, s: int, phrases: dict) -> str | None:
        """The phrase of ``phrases`` (keyed by its tokens joined by blanks) that ends right before
        token ``s``, past a quotation mark and a determiner; None when there is none.  (Its caller
        first checks that the word before is one of ``before_phrase``: no phrase ends otherwise.)"""
        lows = self.lows
        s = self._before_article(s)
        if s == 0 or lows[s - 1] not in self.opens_last:
            return None                 # no opener ends with the word before
        for size in (4, 3, 2, 1):
            if s - size < 0:
                continue
            if self.toks[s - size].sent != self.toks[s].sent:
                continue
            key = " ".join(lows[s - size:s])
            if key in phrases:
                return phrases[key]
        return None

    # ----------------------------------------------------- dct-relative pass
    def _resolve_dct(self, it, lo: date | None, hi: date | None) -> Res:
        r = self._resolve_dct_day(it, lo, hi)
        if it["frame"].get("closes") and r.day is not None:
            return _closing_midnight(r)
        return _widen_day(it["frame"], r)

    def _resolve_dct_day(self, it, lo: date | None, hi: date | None) -> Res:
        f = it["frame"]
        absolute = self._absolute(f, it) if f["kind"] in _MAYBE_ABSOLUTE else None
        if absolute is not None:
            return absolute
        if lo is None:
            return self._unknown(f)
        r1 = self._rel(f, it, lo)
        if hi is None or hi == lo:
            return r1
        r2 = self._rel(f, it, hi)
        if r1.value == r2.value:
            r1.why += f" (the same for any publication day in {self.dct_label})"
            return r1
        if f["kind"] == "date" and r1.day is not None and r2.day is not None:
            inside = [r for r in (r1, r2) if lo <= r.day <= hi]
            if len(inside) == 1:
                # "the election on March 17", published in March 2024 (a day not known): of the readings
                # for the first and the last possible publication day, the one inside the span where
                # publication lies (2024-03-17, not 2023-03-17 for a past tense read on 1 March)
                r = inside[0]
                r.why += (f" (of its readings for any publication day in {self.dct_label}, the one that "
                          f"falls within it)")
                r.conf = min(r.conf, 0.7)
                return r
        u = self._unknown(f)
        u.start, u.end = min(r1.start, r2.start), max(r1.end, r2.end)
        u.why = (f"{u.why}; the publication date is only known as {self.dct_label}, so it "
                 f"lies between {r1.value} and {r2.value}")
        return u

    def _unknown(self, f) -> Res:
        kind = f["kind"]
        sign = 0
        if kind == "weekday":
            v = f"XXXX-WXX-{f['wd']}" + (f"T{f['pod']}" if f.get("pod") else "")
            why = f"a {WEEKDAY_NAMES[f['wd'] - 1]} that cannot be dated without a publication date"
            return Res("TIME" if f.get("pod") else "DATE", v, None, None, "D", why, 0.4)
        if kind == "date" and f.get("month") is None:
            return Res("DATE", f"XXXX-XX-{f['day']:02d}", None, None, "D",
                       "a weekday and day number with no publication date", 0.4)
        if kind == "date":
            v = f"XXXX-{f['month']:02d}-{f['day']:02d}"
            return Res("DATE", v, None, None, "D", "a day and month with no year and no publication date", 0.5)
        if kind == "month":
            return Res("DATE", f"XXXX-{f['month']:02d}", None, None, "M", "a month with no year and no publication date", 0.5)
        if kind == "holiday":
            rule = f["holiday"]
            v = f"XXXX-{rule[1]:02d}-{rule[2]:02d}" if rule[0] == "fixed" else "XXXX"
            return Res("DATE", v, None, None, "D", f"{f['name']}, a holiday with no year and no publication date", 0.5)
        if kind == "season":
            return Res("DATE", f"XXXX-{f['season']}", None, None, "SEASON", "a season with no year and no publication date", 0.5)
        if kind == "weekend":
            return Res("DATE", "XXXX-WXX-WE", None, None, "WE", "a weekend that cannot be dated without a publication date", 0.4)
        if kind in ("day_offset", "this_pod", "offset", "rel_unit", "anchored"):
            n = f.get("n", f.get("dir", 0)) or 0
            sign = (n > 0) - (n < 0)
        if kind == "vague":
            return Res("DATE", f["value"], None, None, "REF", "a vague reference with no publication date to anchor it", 0.4)
        if kind == "quarter":
            half = f.get("unit") == "HALF"
            return Res("DATE", f"XXXX-{'H' if half else 'Q'}{f['q']}", None, None, "HALF" if half else "Q",
                       f"a {'half-year' if half else 'quarter'} with no year and no publication date", 0.5)
        v = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[sign]
        return Res("DATE", v, None, None, "REF", "relative to a publication date that is not known", 0.3)

    def _absolute(self, f, it) -> Res | None:
        """Expressions that need no publication date."""
        kind = f["kind"]
        if kind not in _MAYBE_ABSOLUTE:
            return None                 # (a weekday, a vague reference, "yesterday": the commonest)
        if kind == "date" and f.get("year") and not f.get("wd"):
            y, m, d = f["year"], f["month"], f["day"]
            # the same date written again reads the same (results are never changed afterwards)
            key = (y, m, d, f.get("pod"))
            r = self.dates.get(key)
            if r is None:
                if not cal.valid_date(y, m, d):
                    r = self._impossible(f, y)
                elif f.get("named"):
                    # "the Sept. 11 attacks", "le 13-Novembre": the year is the event's
                    r = _with_pod(date(y, m, d), f.get("pod"), f"a date naming an event, that of "
                                  f"{fmt_day(date(y, m, d))}", 0.9)
                else:
                    r = _with_pod(date(y, m, d), f.get("pod"), f"an explicit date: {fmt_day(date(y, m, d))}", 0.97)
                self.dates[key] = r
            return r
        if kind == "holiday" and f.get("year"):
            d = cal.holiday(f["holiday"], f["year"])
            if d is None:
                return None
            return Res("DATE", d.isoformat(), *day_span(d), "D", f"{f['name']} {f['year']}: {fmt_day(d)}", 0.95, day=d)
        if kind == "year":
            y = f["year"]
            v, s, e = period("Y", date(y, 1, 1))
            return self._part(Res("DATE", v, s, e, "Y", f"the year {y}", 0.9), f.get("part"))
        if kind == "fiscal_year":
            # its first month varies (October for the U.S. government, April in Japan, July in Australia):
            # drawn as the calendar year of its name
            y = f["year"]
            _, s, e = period("Y", date(y, 1, 1))
            return Res("DATE", f"FY{y}", s, e, "Y", f"the fiscal year {y}, whose calendar the text does not "
                       f"give: drawn as the calendar year {y}", 0.7)
        if kind == "month" and f.get("year"):
            d = date(f["year"], f["month"], 1)
            v, s, e = period("M", d)
            return self._week(self._part(Res("DATE", v, s, e, "M", f"{MONTH_NAMES[d.month - 1]} {d.year}", 0.95),
                                         f.get("part")), f.get("week"))
        if kind == "season" and f.get("year"):
            s, e = season_span(f["year"], f["season"])
            return Res("DATE", f"{f['year']}-{f['season']}", s, e, "SEASON",
                       f"the {SEASON_NAMES[f['season']]} of {f['year']}", 0.9)
        if kind == "duration":
            return self._duration(f, it["tense"], None)
        if kind in ("set_weekday", "set_unit", "set_value"):
            return self._set(f, None)
        if kind == "quarter" and f.get("year"):
            unit, first, name = _part_of_year(f)
            v, s_, e_ = period(unit, date(f["year"], first, 1))
            return Res("DATE", v, s_, e_, unit, f"{name} {f['q']} of {f['year']}", 0.9)
        if kind == "decade" and f.get("decade"):
            v, s, e = period("DE", date(f["decade"] * 10, 1, 1))
            return self._part(Res("DATE", v, s, e, "DE", f"the decade {f['decade']}0s", 0.9), f.get("part"))
        if kind == "century":
            y = max(1, (f["c"] - 1) * 100)
            v, s, e = period("CE", date(y, 1, 1))
            return Res("DATE", v, s, e, "CE", f"the {ordinal(f['c'])} century: the years {y // 100 * 100} to {y // 100 * 100 + 99}", 0.9)
        return None

    def _impossible(self, f, y) -> Res:
        m, d = f["month"], f["day"]
        last = cal.last_day(y, m)
        lit = f"{y if f.get('year') else 'XXXX'}-{m:02d}-{d:02d}"
        v, s, e = period("M", date(y, m, 1))
        r = Res("DATE", v, s, e, "M",
                f"{MONTH_NAMES[m - 1]} has no day {d} in {y}; kept as the month", 0.4,
                literal=lit, issue="impossible date")
        r.suggestion = date(y, m, last).isoformat()
        return r

    def _part(self, r: Res, part: str | None) -> Res:
        """Narrow a month or year to its first, middle or last third, in whole days."""
        if not part or r.start is None:
            return r
        first, last = r.start.date(), r.end.date()
        third = ((last - first).days + 1) // 3
        if r.gran == "DE":  # a decade, in whole years: "the early 1970s" 1970-1973, "the late 1970s" 1977-1979
            y = first.year
            first, last = {"start": (date(y, 1, 1), date(y + 3, 12, 31)),
                           "mid": (date(y + 3, 1, 1), date(y + 6, 12, 31)),
                           "end": (date(y + 7, 1, 1), last)}[part]
        elif third == 0:    # a unit of one or two days: too short to split
            pass
        elif part == "start":
            last = first + timedelta(days=third - 1)
        elif part == "mid":
            first, last = first + timedelta(days=third), first + timedelta(days=2 * third - 1)
        elif part == "end":
            first = first + timedelta(days=2 * third)
        r.start, r.end = day_span(first, last)
        r.mod = {"start": "START", "mid": "MID", "end": "END"}[part]
        r.why += f", its {'middle' if part == 'mid' else part}"
        return r

    @staticmethod
    def _week(r: Res, week: int | None) -> Res:
        """Narrow a month to one of its weeks counted from its first day ("the first week of March":
        1 to 7 March, the second 8 to 14 ...; "the last week of May": its last seven days).  A fifth
        week is what a month has after its 28th day."""
        if not week or r.start is None:
            return r
        days = _week_days(r.start.date(), r.end.date(), week)
        if days is None:
            r.why += f", which has no {ordinal(week)} week: the whole month"
            return r
        first, last = days
        which = "last seven days" if week < 0 else f"{ordinal(week)} week, from its first day"
        r.start, r.end = day_span(first, last)
        r.why += f", its {which}: {first.day} to {last.day} {MONTH_NAMES[last.month - 1]}"
        return r

    def _holiday(self, f, tense: str | None, dct: date) -> Res:
        """A holiday with no year: the one of the previous, this or the next year on the side of
        publication the tense gives (the publication day itself is on both), else the nearest."""
        cands = [d for d in (cal.holiday(f["holiday"], y) for y in (dct.year - 1, dct.year, dct.year + 1))
                 if d is not None]
        past = [d for d in cands if d <= dct]
        fut = [d for d in cands if d >= dct]
        if tense == "past" and past:
            d, why = past[-1], "the latest one before publication (past tense)"
        elif tense == "future" and fut:
            d, why = fut[0], "the next one after publication (future tense)"
        else:
            d = min(cands, key=lambda c: (abs((c - dct).days), c > dct))
            why = "the one nearest to publication"
        return Res("DATE", d.isoformat(), *day_span(d), "D", f"{f['name']}: {why}, {fmt_day(d)}", 0.85, day=d)

    def _choose_year(self, dct: date, month: int, day: int | None, tense: str | None,
                     direction: int | None, deadline: bool = False, planned: bool = False,
                     event: bool = False) -> tuple[date, str]:
        """The year for a day (or month) written without one: near publication, tense-aware.

        Candidates are the previous, current and next year.  A clause's tense or
        a "dernier"/"next" word picks the candidate on its side of publication when
        it lies within a year; a deadline ("jusqu'au 30 juin", "d'ici le 30 juin") may
        lie ahead even in a past-tense clause.  Otherwise the nearest wins.
        """
        def make(y):
            if day is None:
                return date(y, month, 15)
            return date(y, month, min(day, cal.last_day(y, month)))
        cands = [make(y) for y in (dct.year - 1, dct.year, dct.year + 1)]
        if day is None:
            cur = date(dct.year, month, 1)
            if cur.year == dct.year and cur.month == dct.month:
                return cur, "the month of publication"
        past = [c for c in cands if c <= dct]
        fut = [c for c in cands if c > dct]
        near_past = past[-1] if past else None
        near_fut = fut[0] if fut else None
        if direction == -1:
            return near_past, "the latest one before publication (marked as past)"
        if direction == 1:
            return near_fut, "the next one after publication (marked as next)"
        if tense == "past" and near_past and (dct - near_past).days <= 366 and not deadline:
            if event and day is not None and near_fut and (near_fut - dct).days <= PAST_TENSE_DAYS_AHEAD:
                return near_fut, (f"in a past-tense clause, but {(near_fut - dct).days} day(s) after publication: "
                                  "the coming day of the event it dates, not the one a year before")
            return near_past, "the latest one before publication (past tense)"
        # a plan may be one already past: "prévu en janvier" weeks after January is that January;
        # and a future tense does not move the publication day or the day before (a dateline's)
        # a year on
        if tense == "future" and near_fut and (near_fut - dct).days <= 366 and \
                not (near_past and (dct - near_past).days <= (60 if planned else 1)):
            return near_fut, "the next one after publication (future tense)"
        best = min(cands, key=lambda c: abs((c - dct).days))
        return best, "the one nearest to publication"

    def _rel(self, f, it, dct: date) -> Res:
        kind = f["kind"]
        tense = it["tense"]
        if kind == "date":
            return self._date(f, it, dct)
        if kind == "holiday":
            return self._holiday(f, tense, dct)
        if kind == "weekday" and f.get("indefinite"):
            return Res("DATE", f"XXXX-WXX-{f['wd']}" + (f"T{f['pod']}" if f.get("pod") else ""), None, None, "REF",
                       f"some {WEEKDAY_NAMES[f['wd'] - 1]}, not said which", 0.5)
        if kind == "weekday":
            deadline = ((it.get("range") or {}).get("kind") == "until" or f.get("closes", False) or "clock_until" in it
                        or "ahead" in it)
            delta, reason = _weekday_delta(dct, f["wd"], 0 if f.get("this") else f.get("dir"), tense, deadline)
            d = dct + DAYS[delta]
            why = f"{WEEKDAY_NAMES[f['wd'] - 1]} {reason} ({fmt_day(dct)}): {fmt_day(d)}"
            conf = 0.9 if delta == 0 or f.get("dir") else (0.8 if tense else 0.7)
            if f.get("until_wd"):
                s, _ = pod_span(d, "NI")
                e = datetime.combine(d + timedelta(days=1), time(5, 59, 59))
                return Res("TIME", f"{d.isoformat()}TNI", s, e, "POD",
                           why + f", the night into {WEEKDAY_NAMES[f['until_wd'] - 1]}", conf, day=d)
            return _with_pod(d, f.get("pod"), why, conf)
        if kind == "day_offset":
            d = dct + DAYS[f["n"]]
            word = {0: "the publication day", -1: "the day before publication",
                    1: "the day after publication"}.get(f["n"], f"{f['n']:+d} days from publication")
            if f["n"] == 0 and f.get("pod") == "NI" and tense == "past":
                # "drones launched overnight, the air force said": the night just gone
                d = dct - timedelta(days=1)
                word = "in a past-tense clause, the night before publication"
            return _with_pod(d, f.get("pod"), f"{word}: {fmt_day(d)}", 0.95)
        if kind == "this_pod":
            pod = f["pod"]
            d = dct
            why = f"this {POD_NAMES.get(pod, pod)}, on the publication day"
            if pod == "NI" and tense == "past":
                d = dct - timedelta(days=1)
                why = "last night (past tense), the night before publication"
            return _with_pod(d, pod, why, 0.85)
        if kind == "weekend":
            dw = dct.isoweekday()
            if dw >= 6:
                d, why = dct, "the weekend of publication"
            elif tense == "future" or (f.get("this") and tense != "past"):
                d, why = dct + timedelta(days=6 - dw), "the coming weekend (future)"
            else:
                d, why = dct - timedelta(days=dw + 1), "the last weekend before publication (past)"
            v, s, e = period("WE", d)
            return Res("DATE", v, s, e, "WE", f"{why}: Saturday {s.day} to Sunday {e.day} {MONTH_NAMES[e.month - 1]} {e.year}", 0.85)
        if kind == "offset" and f.get("or_duration") and tense == "past":
            # "prices fell 10% in six months": a span of time, not a date
            return self._duration({"n": abs(f["n"]), "unit": f["unit"], "dir": -1}, tense, dct)
        if kind == "offset":
            unit, n = f["unit"], f["n"]
            d = shift(dct, unit, n)
            gran = "D" if unit in ("D", "H", "MIN", "S") else ("W" if unit in ("W", "FN") else unit)
            if gran == "WE":
                gran = "W"
            if f.get("exact"):
                gran = "D"          # "a year ago to the day"
            v, s, e = period(gran, d)
            when = "ago" if n < 0 else "from"
            exact = ", to the day" if f.get("exact") else ""
            return Res("DATE", v, s, e, gran, f"{abs(n)} {UNIT_NAMES[unit]}(s) {when} the publication date ({fmt_day(dct)}){exact}", 0.85, day=d if gran == "D" else None)
        if kind == "rel_unit":
            return self._rel_unit(f, it, dct)
        if kind == "month":
            if f.get("ydir") is not None:
                d = date(dct.year + f["ydir"], f["month"], 1)
                why = f"{MONTH_NAMES[f['month'] - 1]} of the year {'named' if not f['ydir'] else ('before' if f['ydir'] < 0 else 'after')} publication"
            else:
                d, why = self._choose_year(dct, f["month"], None, tense, f.get("dir"), planned=it.get("planned", False))
                why = f"{MONTH_NAMES[f['month'] - 1]}: {why}"
            week = f.get("week")
            if week and f.get("ydir") is None and not f.get("dir") and d.year == dct.year and d.month == dct.month:
                # the week of the month of publication on the wrong side of it for the clause's tense:
                # that month a year before ("We met in the last week of March", published on 5 March) or
                # after
                _, a, b = period("M", d)
                first, last = _week_days(a.date(), b.date(), week) or (a.date(), b.date())
                move = (-1 if tense == "past" and first > dct else 1 if tense == "future" and last < dct else 0)
                if move:
                    d = date(d.year + move, d.month, 1)
                    why = (f"{MONTH_NAMES[f['month'] - 1]}: the month of publication, but its week is "
                           f"{'after' if move < 0 else 'before'} publication in a {tense}-tense clause: "
                           f"the {'year before' if move < 0 else 'next year'}")
            v, s, e = period("M", d)
            return self._week(self._part(Res("DATE", v, s, e, "M", why + f", {d.year}", 0.8), f.get("part")), week)
        if kind == "season":
            # "since the spring" starts in the past whatever the clause's tense (« dès l'automne »,
            # a start too, follows it: « les travaux commenceront dès l'automne »)
            since = (it.get("range") or {}).get("kind") == "since" and (it.get("behind") or it["tense"] != "future")
            return self._season(f, "since" if since else tense, dct)
        if kind == "quarter":
            unit, first, name = _part_of_year(f)
            cur = (dct.month - 1) // 6 + 1 if unit == "HALF" else (dct.month - 1) // 3 + 1
            if f.get("ydir") is not None:
                y = dct.year + f["ydir"]
                why = f"of the year {y}, said relative to the publication date ({fmt_day(dct)})"
            elif tense == "future":
                # "Growth will slow in the first quarter", published in December: the coming one (but
                # the quarter just ended is the one whose figures are to come: "will report
                # third-quarter results", published in October)
                y = dct.year + 1 if f["q"] < cur - (unit == "Q") else dct.year
                why = (f"in a future-tense clause, the one just ended by the publication date ({fmt_day(dct)}), "
                       "whose figures are to come" if y == dct.year and f["q"] < cur else
                       f"in a future-tense clause, the {'current' if f['q'] == cur else 'next'} one at the "
                       f"publication date ({fmt_day(dct)})")
            else:
                y = dct.year if f["q"] <= cur else dct.year - 1
                why = f"the latest one by the publication date ({fmt_day(dct)})"
            v, s, e = period(unit, date(y, first, 1))
            return Res("DATE", v, s, e, unit, f"{name} {f['q']}, {why}", 0.8)
        if kind == "decade":
            digit = f["digit"]
            century = dct.year // 100 * 100
            y = century + digit * 10
            if y > dct.year:
                y -= 100
            v, s, e = period("DE", date(y, 1, 1))
            return Res("DATE", v, s, e, "DE", f"the {y}s, the latest by publication", 0.8)
        if kind == "vague":
            before, after = f["before"], f["after"]
            if before < 0:
                a = dct + DAYS[-before]
            else:
                a = dct - DAYS[before]
            b = dct + DAYS[after]
            s, e = day_span(a, b)
            horizon = {"PAST_REF": "before", "FUTURE_REF": "after", "PRESENT_REF": "around"}[f["value"]]
            conf = 0.5 if f.get("low") else 0.7
            return Res("DATE", f["value"], s, e, "REF",
                       f"a vague reference to the time {horizon} the publication date ({fmt_day(dct)}), drawn from {iso_day(a)} to {iso_day(b)}", conf)
        if kind == "nth_weekday":
            return self._nth_weekday(f, tense, dct)
        raise ValueError(kind)

    def _dates_an_event(self, it) -> bool:
        """Whether the expression dates an event's noun (``INTENT_EVENT_NOUNS``): right after it, or
        before it and at most ``EVENT_NOUN_REACH`` tokens away ("the election on March 17", « la grève du
        16 février », "the March 17 election")."""
        toks, lows, s, e = self.toks, self.lows, it["s"], it["e"]
        if e < len(toks) and lows[e] in self.event_nouns:
            return True
        for j in range(s - 1, max(-1, s - 1 - EVENT_NOUN_REACH), -1):
            if toks[j].sent != toks[s].sent:
                break
            if lows[j] in self.event_nouns:
                return True
        return False

    def _month_day(self, f, tense, dct: date) -> Res:
        """'on the 20th': that day of this month, the month before or the month after, the nearest to
        publication on the side of the tense."""
        d = f["day"]
        best = _nearest_on_side(cal.month_days(dct, d, -1, 1), tense, dct)
        return _with_pod(best, None, f"the {ordinal(d)} with no month: the nearest such day to publication"
                                     f"{' on the side of the tense' if tense else ''}: {fmt_day(best)}", 0.75)

    def _day_rel_month(self, f, dct: date) -> Res:
        """« le 15 du mois dernier », "the 15th of next month": that day of the month before (after, of)
        publication's."""
        d, rel = f["day"], f["rel_month"]
        month = cal.add_months(date(dct.year, dct.month, 1), rel)
        which = _rel_month_words(rel)
        if not cal.valid_date(month.year, month.month, d):
            return self._impossible(dict(f, month=month.month, year=month.year), month.year)
        cand = date(month.year, month.month, d)
        return _with_pod(cand, None, f"the {ordinal(d)} of {which} ({MONTH_NAMES[month.month - 1]} {month.year}): "
                                     f"{fmt_day(cand)}", 0.9)

    def _weekday_day(self, f, tense, dct: date) -> Res:
        """'mardi 14': the Tuesday the 14th nearest to publication, on the side of the tense."""
        d, wd = f["day"], f["wd"]
        best = _nearest_on_side([c for c in cal.month_days(dct, d, -7, 7) if c.isoweekday() == wd], tense, dct)
        return _with_pod(best, f.get("pod"),
                         f"{WEEKDAY_NAMES[wd - 1]} {ordinal(d)} with no month: the nearest such day to "
                         f"publication{' on the side of the tense' if tense else ''}: {fmt_day(best)}", 0.8)

    def _date(self, f, it, dct: date) -> Res:
        m, d, wd = f["month"], f["day"], f.get("wd")
        tense = it["tense"]
        if m is None and f.get("rel_month") is not None:
            return self._day_rel_month(f, dct)
        if m is None:
            return self._weekday_day(f, tense, dct) if wd else self._month_day(f, tense, dct)
        if f.get("year") or f.get("ydir") is not None:
            y = f["year"] or dct.year + f["ydir"]
            if not cal.valid_date(y, m, d):
                return self._impossible(f, y)
            cand = date(y, m, d)
            why_y = "its year as written" if f.get("year") else f"the year {y}, said relative to the publication date"
        else:
            if not any(cal.valid_date(y, m, d) for y in (2019, 2020)):   # never valid: "31 avril"
                return self._impossible(f, dct.year)
            deadline = (it.get("range") or {}).get("kind") == "until" or "clock_until" in it
            cand, why_y = self._choose_year(dct, m, d, tense, f.get("dir"), deadline, it.get("planned", False),
                                            tense == "past" and self._dates_an_event(it))
            if cand.day != d:  # 29 February outside a leap year
                for y in range(cand.year, cand.year - 8, -1):
                    if cal.valid_date(y, m, d):
                        cand = date(y, m, d)
                        break
        if wd and cand.isoweekday() != wd and not f.get("year") and f.get("ydir") is None:
            # "mercredi 20 avril", written on 11 April 2022 in a clause read as past: the year whose 20 April is a
            # Wednesday, when one near publication is (the weekday tells the year the tense got wrong)
            agree = [date(y, m, d) for y in (dct.year - 1, dct.year, dct.year + 1)
                     if cal.valid_date(y, m, d) and date(y, m, d).isoweekday() == wd
                     and abs((date(y, m, d) - dct).days) <= WEEKDAY_YEAR_REACH]
            if agree:
                cand = min(agree, key=lambda c: abs((c - dct).days))
                why_y = f"the one whose {WEEKDAY_NAMES[wd - 1]} it is, nearest to publication"
        if wd and cand.isoweekday() != wd:
            return self._mismatch(f, cand, dct)
        why = f"{d} {MONTH_NAMES[m - 1]}"
        if f.get("ydir") is not None and not f.get("year"):
            why += f", {why_y}"
        elif not f.get("year"):
            why += f" with no year: {why_y}, {cand.year}"
        if wd:
            why += f"; {WEEKDAY_NAMES[wd - 1]} agrees"
        return _with_pod(cand, f.get("pod"), why, 0.93 if f.get("year") else 0.88)

    def _mismatch(self, f, literal: date, dct: date) -> Res:
        """A weekday that does not fit its date: keep the literal reading, suggest the likely day."""
        m, d, wd = f["month"], f["day"], f["wd"]
        lit = f"{f['year'] if f.get('year') else 'XXXX'}-{m:02d}-{d:02d}"
        best = None
        # the same weekday and day number, in the months around publication
        for c in cal.month_days(dct, d, -12, 12):
            if c.isoweekday() == wd:
                key = abs((c - dct).days)
                if best is None or key < best[0]:
                    best = (key, c)
        if best is None:
            r = _with_pod(literal, f.get("pod"), f"{fmt_day(literal)}: but it is not a {WEEKDAY_NAMES[wd - 1]}", 0.4)
            r.literal, r.issue = lit, "weekday-date mismatch"
            r.suggestion = None
            return r
        sugg = best[1]
        if best[0] > MONTH_SLIP_REACH or abs((literal - dct).days) <= LITERAL_NEAR:
            # the written day and month near publication, or no such weekday near it either ("dimanche
            # 14 juin" written on Wednesday 11 June, 14 June being a Saturday): the date as written is
            # kept, its weekday flagged, with the nearest day of that weekday as the suggestion
            near = min((literal + timedelta(days=k) for k in range(-3, 4)
                        if (literal + timedelta(days=k)).isoweekday() == wd), key=lambda c: abs((c - literal).days))
            why = (f"{d} {MONTH_NAMES[m - 1]} {literal.year} as written, but that day is a "
                   f"{WEEKDAY_NAMES[literal.weekday()]}, not a {WEEKDAY_NAMES[wd - 1]}: the date is kept and the "
                   f"weekday flagged; the nearest {WEEKDAY_NAMES[wd - 1]} is {fmt_day(near)}")
            r = _with_pod(literal, f.get("pod"), why, 0.5)
            r.literal, r.issue, r.suggestion = lit, "weekday-date mismatch", near.isoformat()
            return r
        why = (f"'{WEEKDAY_NAMES[wd - 1]} {d} {MONTH_NAMES[m - 1]}' does not exist near publication "
               f"({d} {MONTH_NAMES[m - 1]} {literal.year} is a {WEEKDAY_NAMES[literal.weekday()]}); "
               f"the {WEEKDAY_NAMES[wd - 1]} {ordinal(d)} nearest to {fmt_day(dct)} is {fmt_day(sugg)}, "
               f"read as a slip in the month")
        r = _with_pod(sugg, f.get("pod"), why, 0.6)
        r.literal, r.issue, r.suggestion = lit, "weekday-date mismatch", sugg.isoformat()
        return r

    def _season(self, f, tense, dct: date) -> Res:
        code = f["season"]
        y_now, c_now = cal.season_of(dct)
        direction = f.get("dir")
        cands = [(y, code) for y in (dct.year - 1, dct.year, dct.year + 1)]
        spans = [(season_span(y, c), y) for y, c in cands]
        if direction == -1:
            ok = [(sp, y) for sp, y in spans if sp[0].date() <= dct and not (direction == -1 and sp[1].date() >= dct)]
            pick = ok[-1] if ok else spans[0]
            why = "the latest one before publication"
        elif direction == 1:
            ok = [(sp, y) for sp, y in spans if sp[1].date() >= dct and not (direction == 1 and sp[0].date() <= dct)]
            pick = ok[0] if ok else spans[-1]
            why = "the next one from publication"
        elif tense == "since":
            pick = [(sp, y) for sp, y in spans if sp[0].date() <= dct][-1]
            why = "the latest one begun by publication (the start of a span up to it)"
        elif tense == "future":
            # "cet automne, le gouvernement présentera": the one not over by publication
            pick = [(sp, y) for sp, y in spans if sp[1].date() >= dct][0]
            why = "the next one not over by publication (future tense)"
        else:
            pick = min(spans, key=lambda t: abs((t[0][0] + (t[0][1] - t[0][0]) / 2).date() - dct).days)
            why = "the one nearest to publication"
        (s, e), y = pick
        return Res("DATE", f"{y}-{code}", s, e, "SEASON", f"the {SEASON_NAMES[code]}: {why}, {y}", 0.75)

    def _nth_weekday(self, f, tense, dct: date) -> Res:
        """'le premier dimanche du printemps', 'the last Monday of May'."""
        nth, wd = f["nth"], f["wd"]

        def pick(a: date, b: date) -> date | None:
            # the weekdays ``wd`` from a to b: ``count`` of them, a week apart from ``first``
            first = a + timedelta(days=(wd - a.isoweekday()) % 7)
            count = (b - first).days // 7 + 1 if first <= b else 0
            if not count or abs(nth) > count:
                return None
            return first + timedelta(days=7 * (nth - 1 if nth > 0 else nth % count))

        def bounds(y: int) -> tuple[date, date]:
            if f.get("month"):
                return date(y, f["month"], 1), date(y, f["month"], cal.last_day(y, f["month"]))
            s, e = season_span(y, f["season"])
            return s.date(), e.date()

        rel = f.get("rel_month")
        if rel is not None:
            # « le deuxième mardi du mois prochain »: in the month told relative to publication's
            month = cal.add_months(date(dct.year, dct.month, 1), rel)
            d = pick(month, date(month.year, month.month, cal.last_day(month.year, month.month)))
            if d is None:
                raise ValueError("no such weekday")
            which = "last" if nth < 0 else f"number {nth}"
            where = _rel_month_words(rel)
            return _with_pod(d, None, f"{WEEKDAY_NAMES[wd - 1]} {which} of {where} ({MONTH_NAMES[month.month - 1]} "
                                      f"{month.year}): {fmt_day(d)}", 0.85)
        years = [f["year"]] if f.get("year") else [dct.year - 1, dct.year, dct.year + 1]
        cands = [d for d in (pick(*bounds(y)) for y in years) if d is not None]
        if not cands:
            raise ValueError("no such weekday")
        if f.get("year"):
            d, why = cands[0], "in the year written"
        elif tense == "past":
            past = [c for c in cands if c <= dct]
            d, why = (past[-1], "the latest before publication (past tense)") if past else (cands[0], "")
        elif tense == "future":
            fut = [c for c in cands if c >= dct]
            d, why = (fut[0], "the next from publication (future tense)") if fut else (cands[-1], "")
        else:
            d = min(cands, key=lambda c: abs((c - dct).days))
            why = "the nearest to publication"
        which = "last" if nth < 0 else f"number {nth}"
        where = MONTH_NAMES[f["month"] - 1] if f.get("month") else SEASON_NAMES[f["season"]]
        return _with_pod(d, None, f"{WEEKDAY_NAMES[wd - 1]} {which} of {where}, {why}: {fmt_day(d)}", 0.8)

    def _rel_unit(self, f, it, dct: date) -> Res:
        unit, direction = f["unit"], f.get("dir")
        tense = it["tense"]
        if direction is None:
            direction = 0
        new = f.get("new")
        if new:
            # "the new year", « la nouvelle année »: the current unit while in its first quarter
            # (published in January), else the coming one (published in June or December)
            _, s0, e0 = period(unit, dct)
            start = s0.date()
            length = (e0.date() - start).days + 1
            direction = 1 if (dct - start).days * 4 > length else 0
        if f.get("weak") and unit == "Q" and tense != "future":
            direction = -1   # "the quarter" in a report: the last completed one
        if unit == "WE":
            d = shift(dct, "W", direction)
            if direction == 0 and dct.isoweekday() < 6 and tense == "past":
                d = dct - timedelta(days=7)
        else:
            d = shift(dct, unit, direction)
        gran = unit if unit != "FN" else "W"
        v, s, e = period(gran, d)
        if f.get("rest") and direction == 0 and e.date() <= dct:
            # "later this week" on a Sunday: nothing of this week is left, the next one
            v, s, e = period(gran, shift(dct, unit, 1))
            return Res("DATE", v, s, e, gran, f"later in the current {UNIT_NAMES[unit]}, whose last day is the "
                       f"publication date ({fmt_day(dct)}): the next one", 0.75)
        if new:
            why = (f"the new {UNIT_NAMES[unit]}: the current one during its first quarter, else the next, at "
                   f"the publication date ({fmt_day(dct)})")
        else:
            if abs(direction) > 1:
                # "the week before last": two units back
                why = (f"{abs(direction)} {UNIT_NAMES[unit]}s {'before' if direction < 0 else 'after'} the current "
                       f"one, relative to the publication date ({fmt_day(dct)})")
            else:
                word = {-1: "the previous", 0: "the current", 1: "the next"}[direction]
                why = f"{word} {UNIT_NAMES[unit]} relative to the publication date ({fmt_day(dct)})"
        r = Res("DATE", v, s, e, gran, why, 0.85 if not f.get("weak") else 0.6)
        part = f.get("part")
        out = self._part(r, part)
        if (part and direction == 0 and tense == "future" and not new and unit != "WE"
                and out.end is not None and out.end.date() < dct):
            # « s'entretiendra en début de semaine », published on a Sunday: the start of this week is
            # over, a future points to the start of the next one
            v, s, e = period(gran, shift(dct, unit, 1))
            r = Res("DATE", v, s, e, gran, f"the next {UNIT_NAMES[unit]} relative to the publication date "
                    f"({fmt_day(dct)}), that part of the current one being over for a future", 0.75)
            out = self._part(r, part)
        return out

    def _duration(self, f, tense, dct: date | None) -> Res:
        n, unit = f["n"], f["unit"]
        v = cal.duration_value(n, unit)
        count = "some" if n is None else str(n)
        if f.get("within") == "Y" and (f.get("year") or dct is not None or self.dct_hi is not None):
            # "the first nine months of the year": from the start of the year written, else of the year of
            # publication (the one before, when those months are not over by publication in a past clause)
            d = dct or self.dct_hi
            y = f.get("year") or d.year
            a = date(y, 1, 1)
            b = shift(a, unit, n) - timedelta(days=1)
            if not f.get("year") and tense == "past" and b > d:
                y -= 1
                a, b = date(y, 1, 1), shift(date(y, 1, 1), unit, n) - timedelta(days=1)
            s, e = day_span(a, b)
            return Res("DURATION", v, s, e, "DUR", f"a duration of {count} {UNIT_NAMES[unit]}(s) from the start of "
                       f"{y}: {fmt_day(a)} to {fmt_day(b)}", 0.85)
        if dct is None:
            dct = self.dct_hi
            if dct is None:
                return Res("DURATION", v, None, None, "DUR", f"a duration of {count} {UNIT_NAMES[unit]}(s)",
                           0.8, mod=(f.get("mod") or "APPROX") if f.get("approx") else None)
        k = n or f.get("draw") or 2
        forward = f.get("dir") == 1 or (f.get("dir") is None and tense == "future")
        if forward:
            a, b = dct, shift(dct, unit, k)
            place = "starting at publication (future)"
        else:
            a, b = shift(dct, unit, -k), dct
            place = "ending at publication"
        if unit in ("H", "MIN", "S"):
            # whole days: the publication day, and as many more as the hours reach
            days = (k + 23) // 24 - 1 if unit == "H" else 0
            a, b = (dct, dct + timedelta(days=days)) if forward else (dct - timedelta(days=days), dct)
        s, e = day_span(min(a, b), max(a, b))
        r = Res("DURATION", v, s, e, "DUR",
                f"a duration of {count} {UNIT_NAMES[unit]}(s), drawn {place}", 0.8)
        if f.get("approx"):
            r.mod = f.get("mod") or "APPROX"     # ("more than four months": MORE_THAN)
        return r

    def _set(self, f, dct: date | None) -> Res:
        kind = f["kind"]
        if kind == "set_weekday":
            wds = f["wds"]
            v = f"XXXX-WXX-{wds[-1]}" + (f"T{f['pod']}" if f.get("pod") else "")
            why = "every " + " and ".join(WEEKDAY_NAMES[w - 1] for w in wds)
        elif kind == "set_unit":
            v = cal.duration_value(f.get("n") or 1, f["unit"])
            why = f"every {UNIT_NAMES[f['unit']]}"
        else:
            v = f["value"]
            why = f"a recurrence ({v})"
        dct = self.dct_hi
        if dct is None:
            return Res("SET", v, None, None, "SET", why, 0.75)
        s, e = day_span(dct - DAYS[7], dct + DAYS[7])
        return Res("SET", v, s, e, "SET", why + ", drawn around publication", 0.75)

    # ------------------------------------------------------- anchored pass
    def _anchor_for(self, items, k, same_sentence: bool, grans=DAY_LEVEL, either_side=False, accept=None,
                    told=False, narrative=False):
        """The nearest earlier (or, with ``either_side``, later) resolved expression of a kind
        that can anchor (and, with ``accept``, whose result it accepts): within the sentence, or
        within the last paragraphs.  In the sentence, or with ``narrative`` (the day a past part of a day
        was told on), the start of a span running until now ("depuis vendredi") anchors nothing.  With
        ``told``, an expression in a clause not in the future passes over those in future-tense clauses,
        and one outside quotation marks over those inside them: "She announced on Tuesday that she would
        call a vote on Thursday. The day before, ..." is the day before Tuesday, the day of the story, not the day
        before the vote to come.  The search stops at the first expression out of reach, so each
        lookup is short."""
        it = items[k]
        told = told and it.get("tense") != "future"
        # (a story's day told outside quotation marks is not counted from a speaker's "last night")
        unquoted = told and self.quotes and not self._in_quotation(it["s"])
        sides = [range(k - 1, -1, -1)]
        if either_side:
            sides.append(range(k + 1, len(items)))
        for side in sides:
            for seen, j in enumerate(side):
                other = items[j]
                if same_sentence and (other["sent"] != it["sent"] or seen > ANCHOR_REACH):
                    break               # (a sentence of thousands of expressions stays linear)
                if not same_sentence and (other["para"] < it["para"] - 2 or seen > 2 * ANCHOR_REACH):
                    break
                r = other.get("res")
                if r is None or r.gran not in grans or r.start is None:
                    continue
                if r.gran in DAY_LEVEL and r.day is None:
                    continue    # an underspecified day cannot anchor another
                if accept is not None and not accept(other):
                    continue
                if told and other.get("tense") == "future":
                    continue
                if unquoted and self._in_quotation(other["s"]):
                    continue
                if (same_sentence or narrative) and (other.get("range") or {}).get("kind") == "since":
                    continue    # « L'aéroport, fermé depuis vendredi, a été investi à l'aube »: the start of a
                                # span running until now is no day the sentence or the story tells of
                return other
        return None

    def _narrative_day(self, items, k, last_day: date | None, hour: int | None):
        """For a clock time or a part of a day with no day of its own, in a past-tense clause of the
        narration (not inside quotation marks, where a speaker's "today" is not the story's): the day
        told last before it, within the paragraph reach of ``_anchor_for``, on or before ``last_day``
        (the last publication day, when known).  For a clock time (``hour``), only a part of a day
        that holds the hour will do (« lundi soir » for « vers 20 h 40 »; not the « samedi matin » of
        a toll published since, nor a plain "Tuesday" for a market's "by 1030 GMT").  None when there
        is no such day."""
        if self._in_quotation(items[k]["s"]):
            return None

        late, early = self.late_day_words, self.early_day_words

        def fits(other) -> bool:
            r = other["res"]
            if last_day is not None and r.day > last_day:
                return False            # (a day to come is no day a past event happened)
            if hour is None:
                return True
            if r.gran != "POD":
                # a day told late holds the evening's hours and the small hours after it ("erupted late
                # on Monday ... began at 10:17 p.m."; after midnight: ``_night_anchor``); one told early, the
                # morning's ("began early Friday ... reverted the update at 0527 GMT")
                w = self.lows[other["s"]]
                return r.gran == "D" and (w in late and (hour >= LATE_DAY_FROM or hour < NIGHT_ENDS)
                                          or w in early and hour < NOON)
            h0, h1 = POD_HOURS.get(r.value[-2:], (0, 24))
            return h0 <= hour < h1 or h0 <= hour + 24 < h1

        # (a part of a day may follow a clock time: « Le feu s'est déclaré vers 14h30 ... En fin de journée »)
        return self._anchor_for(items, k, False, ("D", "POD") if hour is not None else ("D", "POD", "CLOCK"),
                                accept=fits, narrative=True)

    def _pluperfect_before(self, it) -> bool:
        """Whether a pluperfect auxiliary (``PLUPERFECT_AUXILIARIES``: "had", « avait ») stands among the six
        tokens before the expression ``it`` in its sentence: a past before the story's (« L'assaillant avait
        été abattu dans la nuit »: the night of the day told before, not the night just gone)."""
        if not self.pluperfect_aux:
            return False
        s, toks, lows = it["s"], self.toks, self.lows
        sent = toks[s].sent
        return any(lows[j] in self.pluperfect_aux for j in range(max(0, s - 6), s) if toks[j].sent == sent)

    def _night_before_saying(self, items, dct: date) -> None:
        """'Police said on Tuesday that a fire broke out overnight', 'Storms battered the coast overnight,
        officials said on Sunday', published later: in a past-tense clause, a word of the night just gone
        ("overnight", read as the night before publication) is the night before the day its sentence says the
        words were said, a day before publication (after a verb of saying, ``TENSE_REPORTING_WORDS``)."""
        for k, it in enumerate(items):
            f = it["frame"]
            if f["kind"] != "day_offset" or f.get("n") != 0 or f.get("pod") != "NI" or it.get("tense") != "past":
                continue
            r = it.get("res")
            if r is None or r.day != dct - timedelta(days=1) or self._in_quotation(it["s"]):
                continue
            sent = it["sent"]
            for j in range(max(0, k - 3), min(len(items), k + 4)):
                x = items[j]
                xr = x.get("res")
                if (j == k or x["sent"] != sent or xr is None or xr.gran != "D" or xr.day is None
                        or xr.day >= dct or not self._after_reporting_verb(x["s"])):
                    continue
                d = xr.day - timedelta(days=1)
                why = (f"in a past-tense clause, the night before '{anchor_text(self.text, x)}' ({fmt_day(xr.day)}), "
                       f"the day its sentence says it was told: {fmt_day(d)}")
                it["res"] = _with_pod(d, "NI", why, 0.8)
                it["anchor"] = x["id"]
                break

    def _quoted_deixis(self, items, dct: date) -> None:
        """'"Tonight, we will strike," Fain said late Thursday', published on Friday: a speaker's "today",
        "tonight", "tomorrow" (« ce soir », « demain ») in a quotation are counted from the day its words were
        said, told after its closing mark (a verb of attribution between, ``TENSE_REPORTING_WORDS``), or before
        a colon opening it ('Fain said late Thursday: "Tonight ..."'), not from publication."""
        toks, lows, reporting = self.toks, self.lows, self.tense_reader.reporting
        n, n_toks = len(items), len(toks)
        for k, it in enumerate(items):
            if it["frame"]["kind"] not in ("day_offset", "this_pod") or not self._in_quotation(it["s"]):
                continue
            r = it.get("res")
            if r is None or r.day is None:
                continue
            sent = it["sent"]
            said = None
            x = it["e"]             # the closing mark (a quotation of several sentences closes in another)
            while x < n_toks and x - it["e"] < QUOTE_REACH and toks[x].para == it["para"] and self._in_quotation(x):
                x += 1
            if x < n_toks and toks[x].para == it["para"] and not self._in_quotation(x):
                close_sent = toks[x].sent   # (the sentence of the attribution after it)
                for j in range(k + 1, min(n, k + 4)):
                    nx = items[j]
                    if nx["s"] < x:
                        continue        # (another expression in the quotation)
                    if nx["sent"] != close_sent or nx["s"] - x > SAID_REACH:
                        break
                    if any(lows[t] in reporting for t in range(x, nx["s"])):
                        said = nx
                    break
            if said is None:
                o = it["s"] - 1         # the opening mark
                while o > 0 and it["s"] - o < QUOTE_REACH and toks[o].sent == sent and self._in_quotation(o):
                    o -= 1
                if o > 0 and lows[o - 1] == ":" and toks[o - 1].sent == sent:
                    for j in range(k - 1, max(-1, k - 4), -1):
                        pv = items[j]
                        if pv["sent"] != sent or pv["e"] > o:
                            if pv["e"] > o and pv["sent"] == sent:
                                continue    # (another expression in the quotation)
                            break
                        if o - pv["e"] <= SAID_REACH and any(
                                lows[t] in reporting for t in range(max(0, pv["s"] - SAID_REACH), o)):
                            said = pv
                        break
            if said is None:
                continue
            sr = said.get("res")
            if sr is None or sr.gran not in ("D", "POD") or sr.day is None or sr.day == dct:
                continue
            new = self._resolve_dct(it, sr.day, sr.day)
            if new.day is None:
                continue
            pod = f", {POD_NAMES[new.value[-2:]]}" if new.gran == "POD" and new.value[-2:] in POD_NAMES else ""
            new.why = (f"a speaker's word, counted from the day the words were said ({fmt_day(sr.day)}, "
                       f"'{anchor_text(self.text, said)}'), not from publication: {fmt_day(new.day)}{pod}")
            it["res"] = new
            it["anchor"] = said["id"]

    def _in_quotation(self, s: int) -> bool:
        """Whether token ``s`` stands inside quotation marks of its paragraph (worked out for the whole
        text on first need, one pass over its quotation marks)."""
        inside = self._inside
        if inside is None:
            inside = self._inside = _quotation_spans(self.toks, self.lows, self.quotes)
        return bool(inside[s])

    def _early_twin(self, items, k: int, anchor):
        """For ``anchor``, a day told late (``LATE_DAY_WORDS``: "late Tuesday"), the same day told early
        (``EARLY_DAY_WORDS``: "early Tuesday") before expression ``k``, if any."""
        r = anchor["res"]
        if r.gran != "D" or self.lows[anchor["s"]] not in self.late_day_words:
            return None
        early = self.early_day_words
        for j in range(k - 1, max(-1, k - 1 - _CLOCK_LOOK_BACK), -1):     # (a bounded look back: linear)
            x = items[j]
            xr = x.get("res")
            if xr is not None and xr.gran == "D" and xr.day == r.day and self.lows[x["s"]] in early:
                return x
        return None

    def _night_anchor(self, anchor) -> bool:
        """Whether a clock time in the small hours anchored on ``anchor`` falls on the day after it: the
        anchor is a night or an evening ("dans la nuit de samedi à dimanche, vers 3 h 15", "on Sunday
        evening ... shortly after midnight"), or a day told late (``LATE_DAY_WORDS``: "late on Sunday")."""
        r = anchor["res"]
        if r.gran == "POD" and (r.value.endswith("TNI") or r.value.endswith("TEV")
                                and anchor["frame"]["kind"] != "anchored"):
            return True                 # (an evening of its own day: not « en fin de journée, pas ce déluge
                                        # à 5 heures du matin », a contrast)
        return r.gran == "D" and self.lows[anchor["s"]] in self.late_day_words

    def _closing_midnight_word(self, it) -> bool:
        """Whether clock time ``it`` ends on a word of midnight (``MIDNIGHT``) not right after a word that
        makes it the midnight opening its day (``MIDNIGHT_NOT_AFTER``: "shortly after midnight")."""
        words, not_after = _midnight_words(self.res)
        e = it["e"]
        return self.lows[e - 1] in words and not (e >= 2 and self.lows[e - 2] in not_after)

    def _is_own_day(self, it, nxt) -> bool:
        """Whether ``nxt`` is a weekday or a date written right after ``it`` (nothing between but a word
        of ``CLOCK_DAY_LINKS``): the day of a clock time ``it``."""
        if nxt["frame"]["kind"] not in ("weekday", "date") or nxt["sent"] != it["sent"]:
            return False
        return self._only_clock_link(it["e"], nxt["s"])

    def _in_aside(self, x, b: int, reach: int = ASIDE_REACH) -> bool:
        """Whether expression ``x`` lies in an aside set off by commas that closes before token ``b``: a
        comma at most ``reach`` tokens before it, opening on a relative or a participle (``ASIDE_RELATIVES``,
        ``ASIDE_PARTICIPLE_ENDINGS``: ", identified by police on Sunday as ...,", « , interpellé dimanche, »),
        and a comma after it before ``b``."""
        rel, ends = self.aside_relatives, self.aside_endings
        if not rel and not ends:
            return False
        toks, lows = self.toks, self.lows
        sent = toks[x["s"]].sent
        c = x["s"] - 1
        while c >= 0 and x["s"] - c <= reach and lows[c] != "," and toks[c].sent == sent:
            c -= 1
        if c < 0 or lows[c] != "," or toks[c].sent != sent or c + 1 >= x["s"]:
            return False
        w = lows[c + 1]
        if not (w in rel or ends and len(w) > 4 and w.endswith(ends) and toks[c + 1].text.islower()):
            return False
        return "," in lows[x["e"]:b]

    def _own_day(self, items, k):
        """The day written right after clock time ``k`` ("5 a.m. Tuesday", "10 p.m. on Monday",
        « 5 heures mardi »), with nothing between but a word of ``CLOCK_DAY_LINKS``: the time's own
        day, before any day told earlier ("from 10 p.m. Monday to 5 a.m. Tuesday")."""
        j = k + 1
        if j >= len(items) or items[j]["sent"] != items[k]["sent"]:
            return None
        a, lows = items[k]["e"], self.lows
        if a < len(lows) and lows[a] == ")":
            a += 1                      # the clock in brackets after another: "7 a.m. EDT (1100 GMT) on Thursday"
        elif (j + 1 < len(items) and a < len(lows) and lows[a] == "(" and items[j]["s"] == a + 1
              and items[j]["frame"]["kind"] == items[k]["frame"]["kind"] and items[j]["e"] < len(lows)
              and lows[items[j]["e"]] == ")" and items[j + 1]["sent"] == items[k]["sent"]):
            a = items[j]["e"] + 1       # (the other clock in brackets, between the clock and its day)
            j += 1
        r = items[j].get("res")
        if r is None or r.gran not in ("D", "POD") or r.day is None or r.start is None:
            return None
        return items[j] if self._only_clock_link(a, items[j]["s"]) else None

    def _habitual(self, it) -> bool:
        """Whether weekday ``it``, with no date, no "next" or "last" and (where the language has one) its
        definite article, follows a word of habit in its clause (``HABITUAL_WORDS``: "The museum is usually
        closed on Tuesday", « Le musée est habituellement fermé le mardi »): that day of every week."""
        f = it["frame"]
        if f.get("dir") or f.get("until_wd") or f.get("this"):
            return False
        toks, lows, s = self.toks, self.lows, it["s"]
        if self.habitual_articles and (s == 0 or lows[s - 1] not in self.habitual_articles):
            return False
        sent = toks[s].sent
        for j in range(s - 1, max(-1, s - HABIT_REACH), -1):
            if toks[j].sent != sent or lows[j] in (",", ";", ":"):
                return False
            if lows[j] in self.habitual_words:
                return True
        return False

    def _weekday_set(self, it) -> Res:
        f = it["frame"]
        pod = f.get("pod")
        v = f"XXXX-WXX-{f['wd']}" + (f"T{pod}" if pod else "")
        return Res("SET", v, None, None, "SET",
                   f"every {WEEKDAY_NAMES[f['wd'] - 1]}{' ' + POD_NAMES.get(pod, pod) if pod else ''}: a habit "
                   f"the clause tells", 0.7)

    def _daily_set(self, items, k):
        """The set of every day or of a part of every day ("each day", "every night", « chaque nuit ») written right
        before or after clock time ``k``, or before or after the span of clock times it opens or closes
        ("every night from 6 p.m. to 6 a.m."); else None."""
        lo = k
        if k > 0 and items[k - 1]["frame"]["kind"] == "clock" and (items[k].get("range") or {}).get("with") \
                == items[k - 1]["id"]:
            lo = k - 1                  # (the end of a span of hours: its start's neighbours)
        hi = k
        if k + 1 < len(items) and items[k + 1]["frame"]["kind"] == "clock" and (items[k].get("range") or {}).get(
                "with") == items[k + 1]["id"]:
            hi = k + 1
        if lo > 0:
            p = items[lo - 1]
            if p["sent"] == items[k]["sent"] and _daily(p) and self._near_span(p["e"], items[lo]["s"]):
                return p
        if hi + 1 < len(items):
            q = items[hi + 1]
            if (q["sent"] == items[k]["sent"] and _daily(q) and self._near_span(items[hi]["e"], q["s"])
                    and not self.toks[q["s"]].text[:1].isupper()):
                return q                # (not "at 9 p.m. Every night since, ...": another sentence)
        return None

    def _near_span(self, a: int, b: int) -> bool:
        """Whether tokens ``a`` to ``b`` are next to each other, but for a word opening a span between ("every
        night from 6 p.m.", « chaque nuit de 18h00 »)."""
        return b - a <= 1 and all(self.lows[t] in self.opens_last for t in range(a, b))

    def _converted_clock(self, items, k):
        """The clock time right before clock time ``k`` (or before its own day) when ``k`` alone fills a bracket
        after it ("8:12 p.m. (1912 GMT)", "11:30 p.m. EDT Tuesday (0330 GMT)"): ``k`` is its conversion to another
        zone; else None."""
        if k == 0:
            return None
        it, prev = items[k], items[k - 1]
        s, e, lows = it["s"], it["e"], self.lows
        if prev["e"] != s - 1 or lows[s - 1] != "(" or e >= len(lows) or lows[e] != ")":
            return None
        if prev["frame"]["kind"] != "clock":
            if k < 2 or items[k - 2]["frame"]["kind"] != "clock" or self._own_day(items, k - 2) is not prev:
                return None
            prev = items[k - 2]         # ("11:30 p.m. EDT Tuesday (0330 GMT)": past the clock's own day)
        r = prev.get("res")
        return prev if r is not None and r.day is not None and r.start is not None else None

    def _across_midnight(self, items, k, anchor, hh: int, mm: int) -> int:
        """-1 or 1 when clock time ``k`` is followed by its conversion in brackets with a day of its own, the
        ``anchor`` ("8:48 p.m. EST (0148 GMT Thursday)": Wednesday), the two hours more than half a day apart:
        the day written is the day after (or before) that of ``k``; else 0."""
        lows, e = self.lows, items[k]["e"]
        if k + 2 >= len(items) or e >= len(lows) or lows[e] != "(" or anchor["id"] != items[k + 2]["id"]:
            return 0
        conv = items[k + 1]
        if (conv["s"] != e + 1 or conv["frame"]["kind"] != "clock" or anchor["s"] < conv["e"]
                or anchor["e"] >= len(lows) or lows[anchor["e"]] != ")"):
            return 0
        return _midnight_days(conv["frame"]["hour"] * 60 + conv["frame"]["minute"], hh * 60 + mm)

    def _only_clock_link(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) are none, or one word of ``CLOCK_DAY_LINKS`` ("5 a.m. on Tuesday")."""
        between = self.lows[a:b]
        return not between or len(between) == 1 and between[0] in _clock_day_links(self.res)

    def _durations_from_a_day(self, items) -> None:
        """"two days before Christmas", « trois jours après le 3 mars »: a duration counted from the day
        written right after its preposition (``DURATION_FROM_DAY``) keeps its value (P2D, as TimeML
        marks it) but is drawn from that day, not from publication; "the three months to September"
        (0 in ``DURATION_FROM_DAY``), drawn ending with the day or month written after it."""
        words = _duration_from_day(self.res)
        opening, linking = _duration_of_year(self.res)
        if not words and not opening:
            return
        toks, lows = self.toks, self.lows
        for k in range(len(items) - 1):
            it, nxt = items[k], items[k + 1]
            f = it["frame"]
            if f["kind"] != "duration" or not f.get("n") or it["crowded"] or f["unit"] in ("H", "MIN", "S"):
                continue
            e = it["e"]
            if (opening and tuple(lows[it["s"]:it["s"] + len(opening)]) == opening and e < len(toks)
                    and lows[e] in linking and nxt["s"] == e + 1 and nxt["frame"]["kind"] == "year"
                    and it.get("res") is not None and nxt.get("res") is not None and nxt["res"].start is not None
                    and f["unit"] in ("M", "W", "D")):
                # "the first nine months of 1997": from the start of that year
                r, y = it["res"], nxt["res"].start.year
                try:
                    b = shift(date(y, 1, 1), f["unit"], f["n"]) - timedelta(days=1)
                except (OverflowError, ValueError):
                    continue
                r.start, r.end = day_span(date(y, 1, 1), b)
                r.why = (f"a duration of {f['n']} {UNIT_NAMES[f['unit']]}(s) from the start of "
                         f"'{anchor_text(self.text, nxt)}': {fmt_day(date(y, 1, 1))} to {fmt_day(b)}")
                it["anchor"] = nxt["id"]
                continue
            sign = words.get(lows[e]) if e < len(toks) and words else None
            if sign is None or nxt["sent"] != it["sent"]:
                continue
            r = it.get("res")
            if sign == 0:
                # "in the three months to September", "the 12 months through March 31": the span that ends
                # with the day or month written right after
                got = nxt.get("res")
                if (r is None or r.start is None or nxt["s"] != e + 1 or got is None or got.start is None
                        or got.gran not in ("D", "M")):
                    continue
                b = got.end.date()
                try:
                    a = shift(b + timedelta(days=1), f["unit"], -f["n"])
                except (OverflowError, ValueError):
                    continue
                r.start, r.end = day_span(a, b)
                r.why = (f"a duration of {f['n']} {UNIT_NAMES[f['unit']]}(s), drawn ending with "
                         f"'{anchor_text(self.text, nxt)}' ({got.value}): {fmt_day(a)} to {fmt_day(b)}")
                it["anchor"] = nxt["id"]
                continue
            # the day right after the preposition, or a few words on ("after the election on March 3")
            if r is None or r.start is None or self._object_day(items, k, e + 1) is None:
                continue
            day = nxt["res"]
            d = day.day
            try:
                other = shift(d, f["unit"], sign * f["n"])
            except (OverflowError, ValueError):
                continue
            r.start, r.end = day_span(min(d, other), max(d, other))
            r.why = (f"a duration of {f['n']} {UNIT_NAMES[f['unit']]}(s), drawn {'ending' if sign < 0 else 'starting'} "
                     f"at '{anchor_text(self.text, nxt)}' ({day.value}): {fmt_day(min(d, other))} to "
                     f"{fmt_day(max(d, other))}")
            it["anchor"] = nxt["id"]

    def _object_day(self, items, k, after: int | None = None):
        """The day of the object of "the day before", « la veille de »: a day written a few words after
        the expression (or after token ``after``), within its clause ("the day before the vote on
        Sunday", « la veille du vote de dimanche »); None when a sign comes between ("The day after, on
        Sunday, ...": that day itself)."""
        j = k + 1
        if j >= len(items) or items[j]["sent"] != items[k]["sent"]:
            return None
        r = items[j].get("res")
        if r is None or r.gran not in ("D", "POD") or r.day is None:
            return None
        s, e = items[k]["e"] if after is None else after, items[j]["s"]
        if e - s > OBJECT_DAY_REACH:
            return None
        stops = _object_day_stops(self.res)
        for t in self.toks[s:e]:
            if not t.text[:1].isalnum() and t.text not in _APOSTROPHES or t.low in stops:
                return None             # ("the day before the summit and left on Monday": another clause's)
        return items[j]

    def _day_before_clock(self, items, k):
        """The day named last in the sentence right before that of clock time ``k``, in its paragraph
        (none when that sentence names no day, or when its last time expression is no day); a day of
        saying (right after a reporting verb: « ..., ont indiqué mercredi les pompiers ») gives way to
        a day told before it in that sentence (« Un incendie s'est déclaré mardi après-midi »)."""
        it = items[k]
        j = k - 1
        stop = k - _CLOCK_LOOK_BACK     # (a bounded look back: a sentence of thousands of years stays linear)
        while j >= 0 and j > stop and items[j]["sent"] == it["sent"] and items[j]["frame"]["kind"] == "duration":
            j -= 1                      # ("after deliberating for two days, and the verdict was read out shortly
                                        # after 5 p.m.": a duration of its own sentence says no day)
        said = None
        while j >= 0 and j > stop and items[j]["sent"] == it["sent"] - 1 and items[j]["para"] == it["para"]:
            r = items[j].get("res")
            if r is not None and r.gran in ("D", "POD") and r.day is not None:
                if self._in_aside(items[j], it["s"], 3 * ASIDE_REACH):
                    j -= 1              # ("The storm, which exploded into a Category 5 hurricane on Monday,
                    continue            # weakened ...": the day of an aside about a noun, not of its sentence)
                if said is None and self._after_reporting_verb(items[j]["s"]):
                    said = items[j]
                    j -= 1
                    continue
                return items[j]
            if (r is not None and r.gran == "CLOCK" and r.day is not None and "anchor" in items[j] and said is None
                    and not self._in_quotation(items[j]["s"])):
                # "walked into the building at 11:33 a.m. on Tuesday. Three officers followed him in at 11:35
                # a.m.": the day of the clock time told last, itself dated by a day told
                return items[j]
            if r is not None and r.gran in ("CLOCK", "W", "WE", "M") or items[j]["frame"]["kind"] == "anchored":
                return said             # another time of that sentence comes last
            j -= 1                      # (a year, "budget primitif 2024", says no day)
        return said

    def _after_reporting_verb(self, s: int) -> bool:
        """Whether the expression at token ``s`` follows a reporting verb (``TENSE_REPORTING_WORDS``), maybe
        with a preposition between (« ont indiqué mercredi », "said on Wednesday"), and maybe with whom or
        where the words were told to before it (``TENSE_REPORTING_ADDRESSEES``: "told reporters on Saturday",
        « a déclaré à la presse samedi »): the day of saying."""
        words = self._reporting_words
        if words is None:
            words = self._reporting_words = frozenset(norm(w) for w in getattr(self.res, "TENSE_REPORTING_WORDS", ()))
        lows = self.lows
        if not words:
            return False
        if s > 0 and norm(lows[s - 1]) in words or s > 1 and norm(lows[s - 2]) in words and lows[s - 1].isalpha():
            return True
        for p in (s, s - 1):
            if p < s and not lows[p].isalpha():
                break
            for phrase in _reporting_addressees(self.res):
                a = p - len(phrase)
                if a > 0 and tuple(lows[a:p]) == phrase and norm(lows[a - 1]) in words:
                    return True
        return False

    def _that_anchor(self, items, k):
        """The time "that year", "that August" points at: the latest told before, if near enough (in
        the same paragraph within ``THAT_REACH`` sentences, or in the sentence right before); it is
        recorded as the item's anchor. None when there is no such time."""
        it = items[k]
        anchor = self._anchor_for(items, k, False, THAT_MONTH_ANCHORS)
        if anchor is None or anchor["sent"] < it["sent"] - (THAT_REACH if anchor["para"] == it["para"] else 1):
            return None                 # (too far back to be the time "that" points at)
        it["anchor"] = anchor["id"]
        return anchor

    def _that_unit(self, items, k, lo: date | None) -> Res:
        """"That spring", "that year", « cette année-là »: the season or the unit of the latest time
        told before (of publication, with none); "the following spring", « le printemps suivant »:
        the first such season after it."""
        f = items[k]["frame"]
        anchor = self._that_anchor(items, k)
        if anchor is not None:
            ar = anchor["res"]
            base, end = ar.start.date(), ar.end.date()
            src = f"'{anchor_text(self.text, anchor)}' ({ar.value})"
        elif lo is not None:
            base = end = lo
            src = f"the publication date ({fmt_day(lo)})"
        else:
            return Res("DATE", "PAST_REF", None, None, "REF", "a time told before, not known", 0.3)
        if f["season"]:
            code = f["season"]
            y = base.year if code != "WI" or base.month == 12 else base.year - 1
            if f["after"]:
                y = end.year
                while season_span(y, code)[0].date() <= end:
                    y += 1
                why = f"the first {SEASON_NAMES[code]} after {src}"
            else:
                why = f"the {SEASON_NAMES[code]} of the year of {src}"
            s, e = season_span(y, code)
            return Res("DATE", f"{y}-{code}", s, e, "SEASON", f"{why}: {y}", 0.7)
        unit = f["unit"]
        v, s, e = period(unit, base)
        return Res("DATE", v, s, e, unit, f"the {UNIT_NAMES[unit]} of {src}", 0.7)

    def _weekday_set_before(self, items, k):
        """The sets of weekdays a clock time ``items[k]`` gives the hour of, in text order: right before it in
        its sentence (a preposition or a comma between, or the start of its range before it), with those
        listed before them; else None."""
        it = items[k]
        j = k - 1
        rng = it.get("range")
        if j >= 0 and rng is not None and rng["role"] == "end" and items[j]["id"] == rng.get("with"):
            j -= 1                      # (« de 13h30 à 20h00 »: past the start of the range)
        if j < 0:
            return None
        prv = items[j]
        if (prv["frame"]["kind"] != "set_weekday" or prv["sent"] != it["sent"] or prv.get("res") is None
                or items[j + 1]["s"] - prv["e"] > 3):
            return None
        out = [prv]
        while (j > 0 and len(out) < 7 and items[j - 1]["frame"]["kind"] == "set_weekday"
               and items[j - 1]["sent"] == it["sent"] and items[j]["s"] - items[j - 1]["e"] <= 2):
            j -= 1                      # (« les lundis, mardis et jeudis »: the days listed)
            out.insert(0, items[j])
        return out

    def _anchored_weekday(self, items, k, lo, hi) -> Res:
        """"the following Tuesday", « le mardi précédent »: the first such weekday after (before) the
        day told last, within the reach of ``_anchor_for``; with none, after (before) the publication
        day."""
        it = items[k]
        f = it["frame"]
        wd, n = f["wd"], f["n"]
        side = "after" if n > 0 else "before"
        name = WEEKDAY_NAMES[wd - 1]
        anchor = None if it["crowded"] else self._anchor_for(items, k, False, DAY_LEVEL)
        if anchor is not None:
            it["anchor"] = anchor["id"]
            d = anchor["res"].day + DAYS[_weekday_delta(anchor["res"].day, wd, n, None)[0]]
            why = f"the first {name} {side} '{anchor_text(self.text, anchor)}' ({anchor['res'].value}): {fmt_day(d)}"
            return _with_pod(d, f.get("pod"), why, 0.8)
        if lo is not None and (hi is None or hi == lo):
            d = lo + DAYS[_weekday_delta(lo, wd, n, None)[0]]
            why = f"the first {name} {side} the publication date ({fmt_day(lo)}), no day being told before it: {fmt_day(d)}"
            return _with_pod(d, f.get("pod"), why, 0.6)
        return Res("DATE", "FUTURE_REF" if n > 0 else "PAST_REF", None, None, "REF",
                   f"a {name} {side} a day that is not known", 0.3)

    def _resolve_anchored(self, items, k, lo, hi) -> Res:
        it = items[k]
        f = it["frame"]
        kind = f["kind"]
        if kind == "clock":
            daily = self._daily_set(items, k)
            if daily is not None:
                # "at 5 p.m. each day", « à 17 heures chaque jour », « chaque nuit de 18h00 à 6h00 », "from 6 p.m.
                # to 6 a.m. every night": that hour of every day
                hh, mm = f["hour"], f["minute"]
                it["anchor"] = daily["id"]
                return Res("SET", f"XXXX-XX-XXT{hh:02d}:{mm:02d}", None, None, "SET",
                           f"{hh:02d}:{mm:02d} of every day ('{anchor_text(self.text, daily)}')", 0.75)
            wk = self._weekday_set_before(items, k)
            if wk is not None:
                # "every Tuesday at 2 p.m.", « les lundis, mardis et jeudis, de 13h30 à 20h00 »: that hour of
                # each of those days
                hh, mm = f["hour"], f["minute"]
                it["anchor"] = wk[-1]["id"]
                days = ", ".join(f"'{anchor_text(self.text, x)}'" for x in wk)
                return Res("SET", f"XXXX-WXX-{wk[-1]['frame']['wds'][-1]}T{hh:02d}:{mm:02d}", None, None, "SET",
                           f"{hh:02d}:{mm:02d} of every day of {days}", 0.75)
            conv = self._converted_clock(items, k)
            if conv is not None:
                # "until 8:12 p.m. (1912 GMT)": the conversion of the clock time before it, on its day (the day
                # after or before across midnight: "11:59 p.m. EDT (0359 GMT)")
                src = conv["res"]
                hh, mm = f["hour"], f["minute"]
                day = src.day + timedelta(days=_midnight_days(src.start.hour * 60 + src.start.minute, hh * 60 + mm))
                it["anchor"] = conv["id"]
                value, st, en, hhmm = _CLOCK_VALUES[day, hh, mm, False]
                return Res("TIME", value, st, en, "CLOCK", f"{hhmm} on {fmt_day(day)}, the time "
                           f"'{anchor_text(self.text, conv)}' ({src.value}) in another zone", 0.85, day=day)
            anchor = None if it["crowded"] else (self._own_day(items, k) or
                                                 self._anchor_for(items, k, True, ("D", "POD"), either_side=True))
            if anchor is not None and anchor["e"] <= it["s"] and self._in_aside(anchor, it["s"]):
                # "The attacker, identified by police on Sunday as X, began his rampage at 3:20 p.m.": the
                # day of an aside about a noun is not the day of the clause around it
                anchor = None
            if anchor is not None and anchor["s"] > it["s"] and (
                    anchor["s"] - it["e"] > CLOCK_DAY_AFTER
                    or not _CLOCK_DAY_GAPS.isdisjoint(self.lows[it["e"]:anchor["s"]])):
                # a day after the time anchors it only when close: "at 7 a.m. Tuesday", "5 p.m. on
                # Monday", not a live blog's "2:10 p.m. - The weather service extended ... until Tuesday"
                anchor = self._anchor_for(items, k, True, ("D", "POD"))
            if anchor is None and not it["crowded"]:
                # "Police were called on Monday. At 3 p.m., they ...": the day of the sentence before
                anchor = self._day_before_clock(items, k)
            hh, mm = f["hour"], f["minute"]
            told = None
            if anchor is None and not it["crowded"] and it.get("tense") == "past":
                # « Un séisme a frappé vendredi soir ... (bilan publié samedi matin) ¶ La secousse s'est
                # produite à 23h11 »: the day of the story told before, not the publication day
                anchor = told = self._narrative_day(items, k, hi, hh)
            day = anchor["res"].day if anchor else (lo if lo == hi or hi is None else None)
            if anchor and hh < NIGHT_ENDS and anchor["sent"] != it["sent"]:
                # a ship "struck the bridge early Tuesday", "the Coast Guard said late Tuesday" ... "hit a pillar
                # at about 1:28 a.m.": the small hours of the day told early, not the night after the one told late
                anchor = self._early_twin(items, k, anchor) or anchor
            if anchor:
                it["anchor"] = anchor["id"]
                base = f"on {fmt_day(day)}, the day of '{anchor_text(self.text, anchor)}'"
                pod = anchor["res"].value[-3:] if anchor["res"].value[-3:-2] == "T" else None
                if f.get("twelve") and pod in _AFTERNOON_HOURS and hh in _AFTERNOON_HOURS[pod]:
                    # "at 9 o'clock Tuesday night", "at 3 Monday afternoon": the hour of that half of the day
                    hh += 12
                    base += f", whose {POD_NAMES.get(pod[1:], pod[1:])} makes the hour {hh:02d}:{mm:02d}"
                elif (f.get("twelve") and pod is None and 5 <= hh <= 11 and anchor["res"].gran == "D"
                      and self.lows[anchor["s"]] in self.late_day_words):
                    # "burst into the hall late Friday ... the concert was due to start at 7:30": an evening hour
                    hh += 12
                    base += f", told late, which makes the hour {hh:02d}:{mm:02d}"
                if told is not None:
                    base += ", the last day told before it that fits the hour (a past-tense clause)"
                if hh < NIGHT_ENDS and self._night_anchor(anchor):
                    # "dans la nuit de samedi à dimanche, vers 3 h 15", "tonight ... until 4 a.m.": the
                    # small hours of a night fall on the day after it
                    day = day + timedelta(days=1)
                    base = f"on {fmt_day(day)}, in the small hours of the night of '{anchor_text(self.text, anchor)}'"
                elif hh == 0 and mm == 0 and self._closing_midnight_word(it):
                    # "shortly before midnight Saturday", « vers minuit samedi »: the midnight that closes
                    # that day (as "midnight Saturday"), the start of the next
                    day = day + timedelta(days=1)
                    base = f"at the midnight that closes the day of '{anchor_text(self.text, anchor)}': " \
                           f"the start of {fmt_day(day)}"
                else:
                    shift_days = self._across_midnight(items, k, anchor, hh, mm)
                    if shift_days:
                        # "at about 8:48 p.m. EST (0148 GMT Thursday)": the day written is the conversion's,
                        # past midnight
                        day = day + timedelta(days=shift_days)
                        base = (f"on {fmt_day(day)}, the day {'before' if shift_days < 0 else 'after'} "
                                f"'{anchor_text(self.text, anchor)}', the day of its conversion in brackets "
                                f"('{anchor_text(self.text, items[k + 1])}') across midnight")
            elif day is not None:
                base = f"on the publication day ({fmt_day(day)})"
            rng = it.get("range")
            if day is not None and rng is not None and rng["role"] == "end" and rng.get("with"):
                # "from 10 p.m. to 5 a.m.", « de 22 heures à 5 heures »: an end earlier in the day than
                # its start, on the start's day, falls after midnight, on the day after
                start = next((items[j] for j in (k - 1, k - 2) if j >= 0 and items[j]["id"] == rng["with"]), None)
                # (two before: "from 10 p.m. Monday to 5 a.m.", past the start's own day)
                sr = start.get("res") if start is not None and start["frame"]["kind"] == "clock" else None
                if sr is not None and sr.day is not None and sr.day != day and (
                        anchor is None or anchor["id"] == start.get("anchor")):
                    # "Monday. Shops open from 9 a.m. to 5 p.m.": with no day of its own, the end is on
                    # the day of the start
                    day = sr.day
                    base = f"on {fmt_day(day)}, the day of the start of its span '{anchor_text(self.text, start)}'"
                    if anchor is None:
                        it["anchor"] = start["id"]
                if sr is not None and sr.day == day and (hh, mm) < (start["frame"]["hour"], start["frame"]["minute"]):
                    day = day + timedelta(days=1)
                    base = f"on {fmt_day(day)}, after midnight, as the span from '{anchor_text(self.text, start)}' " \
                           f"({sr.value}) ends earlier in the day than it starts"
            if day is None:
                return Res("TIME", f"XXXX-XX-XXT{hh:02d}:{mm:02d}", None, None, "CLOCK",
                           f"{hh:02d}:{mm:02d} on a day that is not known", 0.4)
            approx = bool(f.get("approx"))
            value, st, en, hhmm = _CLOCK_VALUES[day, hh, mm, approx]
            r = Res("TIME", value, st, en, "CLOCK", f"{hhmm} {base}", 0.85, day=day)
            if approx:
                r.mod = "APPROX"
            return r
        if kind == "that_month":
            # "resigned in March 2023 and was charged that August": the month of the year of the
            # latest time told before; with none, of the publication year
            anchor = self._that_anchor(items, k)
            m = f["month"]
            if anchor is not None:
                y = anchor["res"].start.year
                why = f"{MONTH_NAMES[m - 1]} of the year of '{anchor_text(self.text, anchor)}' ({anchor['res'].value})"
            elif lo is not None:
                y, why = lo.year, f"{MONTH_NAMES[m - 1]} of the publication year"
            else:
                return Res("DATE", f"XXXX-{m:02d}", None, None, "M", f"{MONTH_NAMES[m - 1]} of a year not known", 0.3)
            v, s, e = period("M", date(y, m, 1))
            return Res("DATE", v, s, e, "M", why, 0.7)
        if kind == "that_unit":
            return self._that_unit(items, k, lo)
        if kind == "anchored_weekday":
            return self._anchored_weekday(items, k, lo, hi)
        if kind == "year_earlier":
            # the same quarter a year before a quarter of the last sentences; else ("7.5% in 2023,
            # up from 7.3% a year earlier") the year before a year named in this sentence or the last
            tries = [(("Q",) if f.get("unit") in (None, "Q") else (f["unit"],), 2, "Q", "the same quarter a year before")]
            if f.get("unit") is None:
                tries.append((("Y",), 1, "Y", "the year before"))
            for grans, reach, gran, words in tries:
                anchor = self._anchor_for(items, k, False, grans)
                if anchor is not None and items[k]["sent"] - anchor["sent"] <= reach:
                    it["anchor"] = anchor["id"]
                    ar = anchor["res"]
                    d = shift(ar.start.date(), "Y", -1)
                    v, s, e = period(gran, d)
                    why = f"{words} '{anchor_text(self.text, anchor)}' ({ar.value})"
                    return Res("DATE", v, s, e, gran, why + (f": {d.year}" if gran == "Y" else ""), 0.7)
            if lo is None:
                return Res("DATE", "PAST_REF", None, None, "REF", "a year before a publication date that is not known", 0.3)
            d = shift(lo, "Y", -1)
            v, s, e = period("Y", d)
            return Res("DATE", v, s, e, "Y", f"the year before publication: {d.year}", 0.7)
        # anchored on a day: "la veille", "le lendemain", "dans la journée", "deux jours plus tard"
        n, unit = f["n"], f["unit"]
        # (a count of weeks from a day or a week: "two weeks earlier" is not counted from the "May" of a
        # sentence before)
        grans = DAY_LEVEL if unit in ("D", "H", "MIN", "S") else DAY_LEVEL + ("W", "WE") if unit == "W" \
            else DAY_LEVEL + ("W", "WE", "M", "Q", "SEASON", "Y")
        anchor = None if f.get("of") is None or it["crowded"] else self._object_day(items, k)
        if (anchor is None and f.get("of") is not None and not it["crowded"] and it["e"] < len(self.toks)
                and self.toks[it["e"]].text[:1].isalnum() and self._anchor_for(items, k, True) is None):
            # « Le conflit avait débuté en octobre 2023, au lendemain de l'attaque du Hamas », "in 2019, the day
            # after the election": the day before or after a happening the text does not date lies within
            # the month or year of its sentence
            wide = self._anchor_for(items, k, True, ("W", "M", "Q", "SEASON", "Y"))
            if wide is not None:
                it["anchor"] = wide["id"]
                r = wide["res"]
                return Res("DATE", r.value, r.start, r.end, r.gran,
                           f"the day {'before' if f['of'] < 0 else 'after'} a happening the text does not "
                           f"date, told within '{anchor_text(self.text, wide)}' ({r.value}), the time of its "
                           f"sentence", 0.6)
        if anchor is not None:
            n = f["of"]                 # "the day before the vote on Sunday": a day from that of its object
        elif n == 0 and f.get("scope") != "text":
            anchor = self._anchor_for(items, k, True, grans)
            if (anchor is not None and anchor["frame"]["kind"] == "anchored" and anchor["frame"].get("n")
                    and anchor["sent"] == it["sent"] and anchor.get("anchor") not in (None, "published")):
                # « retrouvés mardi dans les décombres des immeubles effondrés la veille ..., au lendemain d'un
                # drame »: the clause's day is the one the day before was counted from, not that day before
                base = next((x for x in items[max(0, k - 8):k] if x["id"] == anchor["anchor"]
                             and x["sent"] == it["sent"]), None)
                if base is not None:
                    anchor = base
            if f.get("eve") and (anchor is None or anchor["sent"] != it["sent"]):
                # « n'ont été prévenus que la veille du vote »: the eve of a happening with no day of its
                # clause is the day before the day told last (« ouvrant ... la veille d'une journée de
                # mobilisation », after « mardi »: that Tuesday)
                n = -1
                anchor = self._anchor_for(items, k, False, grans, told=True)
            if anchor is None and unit == "D" and (f.get("pod") is not None or f.get("narrative")) \
                    and not it["crowded"] and it.get("tense") == "past" \
                    and (f.get("pod") != "NI" or self._pluperfect_before(it)):
                # « Des dizaines de milliers de personnes ont manifesté samedi ... ¶ Des heurts ont éclaté en
                # fin d'après-midi »: the part of the day of the story told before (a past night keeps its
                # own reading below: the night just gone); so does a day told as the story's (``narrative``:
                # « Mercredi, un manifestant est mort ... 84 personnes ont été blessées au cours de la journée »)
                anchor = self._narrative_day(items, k, hi, None)
        else:
            pod = f.get("pod") if n == 0 else None
            anchor = None
            if pod is not None:
                # "that night", « cette nuit-là »: the night told before, before any later day told
                suffix = "T" + pod
                anchor = self._anchor_for(items, k, False, ("POD",), told=True,
                                          accept=lambda o: o["res"].value.endswith(suffix))
            if anchor is None:
                anchor = self._anchor_for(items, k, False, grans, told=True)
            if anchor is None and unit == "W":
                # (a month or a year anchors a count of weeks in its own sentence only: « qui avait acheté en
                # 2022 un chien mort six semaines plus tard »)
                anchor = self._anchor_for(items, k, True, ("M", "Q", "SEASON", "Y"), told=True)
        if anchor is not None:
            it["anchor"] = anchor["id"]
            base_day = anchor["res"].day or anchor["res"].start.date()
            src = f"'{anchor_text(self.text, anchor)}' ({anchor['res'].value})"
            if n == 0 and unit == "D" and f.get("pod") in DAYTIME_PODS and anchor["res"].value.endswith("TNI"):
                # « Dans la nuit de vendredi à samedi ... À la mi-journée »: the day the night ends in
                base_day = base_day + timedelta(days=1)
                src = f"the day after the night of '{anchor_text(self.text, anchor)}' ({anchor['res'].value})"
        elif lo is not None and (hi is None or hi == lo):
            base_day = lo
            src = f"the publication date ({fmt_day(lo)})"
            if n == 0 and unit == "D" and f.get("pod") == "NI" and it.get("tense") == "past":
                # « des frappes ont tué 27 personnes dans la nuit »: the night just gone, as "overnight"
                d = lo - timedelta(days=1)
                return _with_pod(d, "NI", f"in a past-tense clause, the night before the publication date "
                                          f"({fmt_day(lo)}): {fmt_day(d)}", 0.8)
        else:
            sign = (n > 0) - (n < 0)
            v = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[sign]
            return Res("DATE", v, None, None, "REF", "relative to a day that is not known", 0.3)
        side = "after" if n > 0 else "before"
        if f.get("some") and unit in SOME_STRETCH:
            # "Days later", "weeks earlier": somewhere in a stretch after (before) the anchor, told as
            # a reference to the past or the future of publication; a stretch after a day before
            # publication, in a clause not in the future, ends at publication
            first, last = SOME_STRETCH[unit]
            if anchor is None:
                # (no day before it to count from: only the side of publication its clause tells, drawn
                # as the longest such stretch from the publication day)
                v = "PAST_REF" if n < 0 or it.get("tense") == "past" else "FUTURE_REF"
                why = f"some {UNIT_NAMES[unit]}s {side} a day the text does not give"
                a, b = (shift(base_day, unit, -last), base_day) if v == "PAST_REF" else \
                    (base_day, shift(base_day, unit, last))
                if unit in ("M", "Y"):
                    a, b = period(unit, a)[1].date(), period(unit, b)[2].date()
                s, e = day_span(a, b)
                return Res("DATE", v, s, e, "REF", f"{why}; drawn {'before' if v == 'PAST_REF' else 'after'} "
                           f"publication, from {a.isoformat()} to {b.isoformat()}", 0.3)
            a, b = shift(base_day, unit, first * n // 2), shift(base_day, unit, last * n // 2)
            a, b = min(a, b), max(a, b)
            if unit in ("M", "Y"):       # whole months or years ("Years later": 2014 to 2021)
                a, b = period(unit, a)[1].date(), period(unit, b)[2].date()
            if lo is None:
                v = "PAST_REF" if n < 0 else "FUTURE_REF"
            elif n > 0 and base_day <= lo < b and it.get("tense") != "future":
                b = max(a, lo)          # told as past or present: by publication at the latest
                v = "PAST_REF"
            else:
                v = "PAST_REF" if b < lo else "FUTURE_REF" if a > (hi or lo) else "PRESENT_REF"
            s, e = day_span(a, b)
            return Res("DATE", v, s, e, "REF", f"some {UNIT_NAMES[unit]}s {side} {src}, drawn from "
                       f"{a.isoformat()} to {b.isoformat()}", 0.5)
        if anchor is None and n > 0 and unit == "D" and it.get("tense") == "past":
            # "The day after the vote, protests erupted", « Le lendemain, il a démissionné », no day told
            # before: a past day after a happening the text does not date, not the day after publication (drawn
            # as the stretch of "some days" before publication, as its interval must be bounded)
            a = base_day - timedelta(days=SOME_STRETCH["D"][1])
            s, e = day_span(a, base_day)
            return Res("DATE", "PAST_REF", s, e, "REF",
                       f"{n} day(s) after a day the text does not give, told in the past: before publication "
                       f"({fmt_day(base_day)}), drawn from {a.isoformat()} to {base_day.isoformat()}", 0.3)
        d = shift(base_day, unit, n)
        count = f"some {UNIT_NAMES[unit]}s" if f.get("some") else f"{abs(n)} {UNIT_NAMES[unit]}(s)"
        if unit in ("D", "H", "MIN", "S"):
            rel = "the same day as" if n == 0 else f"{count} {side}"
            return _with_pod(d, f.get("pod"), f"{rel} {src}: {fmt_day(d)}", 0.6 if f.get("some") else 0.8)
        gran = "W" if unit in ("W", "FN", "WE") else unit
        v, s, e = period(gran, d)
        return Res("DATE", v, s, e, gran, f"{count} {side} {src}", 0.5 if f.get("some") else 0.7)


def _nearest_on_side(cands, tense, dct: date) -> date:
    """Of the days ``cands``, the nearest to ``dct`` on the side of the tense (the publication day is on
    both sides), else the nearest of all."""
    if not cands:
        raise ValueError("no such day")
    side = cands
    if tense == "past":
        side = [c for c in cands if c <= dct] or cands
    elif tense == "future":
        side = [c for c in cands if c >= dct] or cands
    return min(side, key=lambda c: abs((c - dct).days))


def _quotation_spans(toks: list[Token], lows: list[str], marks: frozenset) -> bytearray:
    """1 for each token inside quotation marks, else 0.  An opening mark (Unicode class Pi: « “)
    opens, a closing one (Pf: » ”) closes, any other ('"') opens or closes by turns; a paragraph
    closes whatever is left open.  Linear: only the marks are visited one by one."""
    out = bytearray(len(toks))
    depth, straight, para, since = 0, False, -1, 0
    for k in [k for k, low in enumerate(lows) if low in marks]:
        if toks[k].para != para:
            if (depth or straight) and para >= 0:
                end = since
                while end < k and toks[end].para == para:
                    end += 1            # (the rest of the paragraph where a mark was left open)
                out[since:end] = b"\x01" * (end - since)
            depth, straight, para = 0, False, toks[k].para
        was = depth > 0 or straight
        cat = unicodedata.category(lows[k][:1]) if lows[k] else ""
        if cat == "Pi":
            depth += 1
        elif cat == "Pf":
            depth = max(depth - 1, 0)
        else:
            straight = not straight
        now = depth > 0 or straight
        if now and not was:
            since = k + 1
        elif was and not now:
            out[since:k] = b"\x01" * (k - since)
    if depth or straight:
        end = since
        while end < len(toks) and toks[end].para == para:
            end += 1
        out[since:end] = b"\x01" * (end - since)
    return out


@lru_cache(maxsize=None)
def _reporting_addressees(res) -> tuple:
    """The phrases of ``TENSE_REPORTING_ADDRESSEES`` as token keys."""
    return tuple({phrase_key(p) for p in getattr(res, "TENSE_REPORTING_ADDRESSEES", ())})


@lru_cache(maxsize=None)
def _quotes(res) -> frozenset:
    return frozenset(getattr(res, "QUOTATION_MARKS", ()))


@lru_cache(maxsize=None)
def _habitual_words(res) -> tuple:
    """``HABITUAL_WORDS`` and ``HABITUAL_WEEKDAY_ARTICLES`` of a language's resources."""
    return (frozenset(norm(w) for w in getattr(res, "HABITUAL_WORDS", ())),
            frozenset(norm(w) for w in getattr(res, "HABITUAL_WEEKDAY_ARTICLES", ())))


@lru_cache(maxsize=None)
def _day_and_aside_words(res) -> tuple:
    """``LATE_DAY_WORDS``, ``EARLY_DAY_WORDS``, ``ASIDE_RELATIVES`` and ``ASIDE_PARTICIPLE_ENDINGS`` of a language's
    resources."""
    return (frozenset(getattr(res, "LATE_DAY_WORDS", ())), frozenset(getattr(res, "EARLY_DAY_WORDS", ())),
            frozenset(getattr(res, "ASIDE_RELATIVES", ())), tuple(getattr(res, "ASIDE_PARTICIPLE_ENDINGS", ())))


@lru_cache(maxsize=None)
def _deadline_words(res) -> dict:
    """The prepositions of a deadline (``DEADLINE_WORDS``): their token tuples -> the phrases."""
    return {phrase_key(p): p for p in getattr(res, "DEADLINE_WORDS", ())}


@lru_cache(maxsize=None)
def _deadline_lasts(res) -> frozenset:
    """The last words of the prepositions of a deadline that open no span ("by"; « d'ici » is read
    as an opener of ``RANGE_OPEN``)."""
    return frozenset(k[-1] for k, p in _deadline_words(res).items() if p not in res.RANGE_OPEN)


@lru_cache(maxsize=None)
def _before_phrase(res) -> frozenset:
    """The last words of the range openers, the quotation marks and the determiners."""
    determiners, _, _, opens_last = _range_words(res)
    return opens_last | determiners | _quotes(res)


@lru_cache(maxsize=None)
def _from_now(res) -> frozenset:
    return frozenset(getattr(res, "DEADLINE_WORDS_FROM_NOW", ()))


@lru_cache(maxsize=None)
def _midnight_words(res) -> tuple[frozenset, frozenset]:
    """The words of midnight (``MIDNIGHT``), and those before which it opens its day (``MIDNIGHT_NOT_AFTER``)."""
    return (frozenset(norm(w) for w in getattr(res, "MIDNIGHT", {})),
            frozenset(norm(w) for w in getattr(res, "MIDNIGHT_NOT_AFTER", ())))


@lru_cache(maxsize=None)
def _clock_day_links(res) -> frozenset:
    """The words that may stand between a clock time and its day ("5 a.m. on Tuesday")."""
    return frozenset(norm(w) for w in getattr(res, "CLOCK_DAY_LINKS", ()))


@lru_cache(maxsize=None)
def _week_days(first: date, last: date, week: int) -> tuple[date, date] | None:
    """The days of week ``week`` of the month from ``first`` to ``last``, counted from its first day (-1:
    its last seven days); None for a week it does not have."""
    if week < 0:
        return last - timedelta(days=6), last
    a = first + timedelta(days=7 * (week - 1))
    return None if a > last else (a, min(last, a + timedelta(days=6)))


@lru_cache(maxsize=None)
def _duration_of_year(res) -> tuple[tuple, frozenset]:
    """A language's words opening a duration drawn from the start of the year written after the word
    linking them (``DURATION_OF_YEAR``: "the first nine months of 1997")."""
    opening, linking = getattr(res, "DURATION_OF_YEAR", ((), ()))
    return tuple(norm(w) for w in opening), frozenset(norm(w) for w in linking)


@lru_cache(maxsize=None)
def _then_words(res) -> dict:
    """A language's words saying a sentence is told at the time of the one before (``THEN_WORDS``): word ->
    the words after it that make it something else (« alors que »)."""
    return {norm(w): frozenset(norm(x) for x in nxt) for w, nxt in getattr(res, "THEN_WORDS", {}).items()}


@lru_cache(maxsize=None)
def _duration_from_day(res) -> dict:
    """A language's prepositions after a duration counted from a day (``DURATION_FROM_DAY``): word -> -1
    (before the day) or 1 (after it)."""
    return {norm(w): v for w, v in getattr(res, "DURATION_FROM_DAY", {}).items()}


def _object_day_stops(res) -> frozenset:
    """The words that part "the day before" from a day after them (``OBJECT_DAY_STOPS``)."""
    return frozenset(norm(w) for w in getattr(res, "OBJECT_DAY_STOPS", ()))


@lru_cache(maxsize=None)
def _range_words(res) -> tuple[frozenset, dict, dict, frozenset]:
    """A language's determiners, its range openers and joins keyed by their tokens, and the last
    words of the openers."""
    def phrases(table: dict) -> dict:
        return {" ".join(phrase_key(p)): p for p in table}

    opens = phrases(res.RANGE_OPEN)
    return (frozenset(w.strip("'") for w in res.DETERMINERS), opens, phrases(res.RANGE_JOIN),
            frozenset(k.split(" ")[-1] for k in opens))


def anchor_text(text: str, item) -> str:
    return text[item["start"]:item["end"]]
