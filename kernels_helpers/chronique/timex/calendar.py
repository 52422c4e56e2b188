"""Calendar arithmetic and TimeML/TIDES values, independent of any language."""
from __future__ import annotations

import calendar as _cal
from functools import lru_cache
from datetime import date, datetime, time, timedelta

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
# part of day -> (start hour, end hour); an end past 24 runs into the next day
POD_HOURS = {"MO": (6, 12), "MI": (11, 14), "AF": (12, 18), "EV": (18, 24), "NI": (21, 30),
             "DT": (6, 18)}
POD_NAMES = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
             "NI": "night", "DT": "daytime"}
SEASON_BOUNDS = {"SP": ((3, 20), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)),
                 "WI": ((12, 21), (3, 19))}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
UNIT_NAMES = {"S": "second", "MIN": "minute", "H": "hour", "D": "day", "W": "week",
              "WE": "weekend", "FN": "fortnight", "M": "month", "Q": "quarter",
              "HALF": "half-year", "Y": "year", "DE": "decade", "CE": "century"}
MIN_YEAR, MAX_YEAR = 1, 9998


class _DayNames(dict):
    """day -> ``fmt_day(day)``, worked out once (an article names the same few days again and
    again: its publication day above all)."""

    def __missing__(self, d: date) -> str:
        if len(self) >= 10_000:
            self.clear()
        name = self[d] = f"{WEEKDAY_NAMES[d.weekday()]} {d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
        return name


_DAY_NAMES = _DayNames()

# fmt_day(d): "Thursday 14 March 2024" (the look-up itself, a C call: no Python frame per call)
fmt_day = _DAY_NAMES.__getitem__


class _IsoDays(dict):
    """day -> ``day.isoformat()``, worked out once."""

    def __missing__(self, d: date) -> str:
        if len(self) >= 10_000:
            self.clear()
        iso = self[d] = d.isoformat()
        return iso


_ISO_DAYS = _IsoDays()

# iso_day(d): ``d.isoformat()``, kept: "2024-03-14" (the look-up itself, as ``fmt_day``)
iso_day = _ISO_DAYS.__getitem__


class _Days(dict):
    """n -> ``timedelta(days=n)``, made once (the same few counts of days recur)."""

    def __missing__(self, n: int) -> timedelta:
        if len(self) >= 10_000:
            self.clear()
        delta = self[n] = timedelta(days=n)
        return delta


# ``DAYS[n]``: the span of n days, as ``timedelta(days=n)``
DAYS = _Days()

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def valid_date(y: int, m: int, d: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12 and 1 <= d <= last_day(y, m)


def last_day(y: int, m: int) -> int:
    """The number of days of month ``m`` of year ``y`` (``calendar.monthrange(y, m)[1]``)."""
    if m == 2:
        return 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28
    if 1 <= m <= 12:
        return _MONTH_DAYS[m]
    return _cal.monthrange(y, m)[1]     # raises: there is no such month


def easter(y: int) -> date:
    """Easter Sunday of the Gregorian year ``y`` (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(y, month, (h + l - 7 * m + 33 * month + 19) % 32)


def holiday(rule: tuple, y: int) -> date | None:
    """The day of a holiday in year ``y``.  ``rule``: ("fixed", month, day), ("easter", days after
    Easter Sunday) or ("nth", month, isoweekday, n, days after) for the n-th such weekday of the
    month (n = -1: the last), e.g. Thanksgiving ("nth", 11, 4, 4, 0)."""
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    kind = rule[0]
    if kind == "fixed":
        return date(y, rule[1], rule[2])
    if kind == "easter":
        return easter(y) + timedelta(days=rule[1])
    month, wd, n, after = rule[1], rule[2], rule[3], rule[4]
    if n > 0:
        first = date(y, month, 1)
        d = first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    else:
        last = date(y, month, last_day(y, month))
        d = last - timedelta(days=(last.isoweekday() - wd) % 7)
    return d + timedelta(days=after)


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    y = min(max(y, MIN_YEAR), MAX_YEAR)
    return date(y, m + 1, min(d.day, last_day(y, m + 1)))


def month_days(d: date, day: int, first: int, last: int) -> tuple[date, ...]:
    """Day ``day`` of the months from ``first`` to ``last`` months after the month of ``d``
    (counted as ``add_months`` does), skipping the months that have no such day."""
    return _month_days(d.year, d.month, day, first, last)


@lru_cache(maxsize=4096)
def _month_days(year: int, month: int, day: int, first: int, last: int) -> tuple[date, ...]:
    out = []
    base = year * 12 + month - 1
    for k in range(base + first, base + last + 1):
        y, m = divmod(k, 12)
        y = min(max(y, MIN_YEAR), MAX_YEAR)
        if 1 <= day <= 28 or 28 < day <= last_day(y, m + 1):     # (every month has 28 days)
            out.append(date(y, m + 1, day))
    return tuple(out)


def shift(d: date, unit: str, n: int) -> date:
    if unit in ("D", "H", "MIN", "S"):
        days = n if unit == "D" else (n // 24 if unit == "H" else 0)
        return d + timedelta(days=days)
    if unit in ("W", "WE"):
        return d + timedelta(days=7 * n)
    if unit == "FN":
        return d + timedelta(days=14 * n)
    months = {"M": 1, "Q": 3, "HALF": 6, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return add_months(d, months * n)


_MIDNIGHT, _LAST_SECOND = time(0, 0), time(23, 59, 59)


class _DaySpans(dict):
    """day -> its first and last second, worked out once."""

    def __missing__(self, d: date) -> tuple[datetime, datetime]:
        if len(self) >= 10_000:
            self.clear()
        span = self[d] = (datetime.combine(d, _MIDNIGHT), datetime.combine(d, _LAST_SECOND))
        return span


_DAY_SPANS = _DaySpans()


class _Spans(dict):
    """(first day, last day) -> the first second of one and the last second of the other, worked
    out once."""

    def __missing__(self, key: tuple[date, date]) -> tuple[datetime, datetime]:
        if len(self) >= 10_000:
            self.clear()
        a, b = key
        span = self[key] = (datetime.combine(a, _MIDNIGHT), datetime.combine(b, _LAST_SECOND))
        return span


_SPANS = _Spans()


def day_span(a: date, b: date | None = None) -> tuple[datetime, datetime]:
    if b is None:
        return _DAY_SPANS[a]
    return _SPANS[a, b]


class _Periods(dict):
    """(unit, day) -> ``period(unit, day)``, worked out once (an article names the same few
    periods again and again)."""

    def __missing__(self, key: tuple[str, date]) -> tuple[str, datetime, datetime]:
        if len(self) >= 10_000:
            self.clear()
        value = self[key] = _period(*key)
        return value


_PERIODS = _Periods()


def period(unit: str, d: date) -> tuple[str, datetime, datetime]:
    """The calendar unit containing ``d``: its TimeML value and its interval."""
    return _PERIODS[unit, d]


def _period(unit: str, d: date) -> tuple[str, datetime, datetime]:
    """``period``, worked out."""
    if unit in ("D", "H", "MIN", "S"):
        return (_ISO_DAYS[d], *day_span(d))
    if unit in ("W", "FN"):
        iy, iw, _ = d.isocalendar()
        mon = d - timedelta(days=d.weekday())
        return (f"{iy}-W{iw:02d}", *day_span(mon, mon + timedelta(days=6)))
    if unit == "WE":
        sat = d - timedelta(days=d.weekday()) + timedelta(days=5)
        iy, iw, _ = sat.isocalendar()
        return (f"{iy}-W{iw:02d}-WE", *day_span(sat, sat + timedelta(days=1)))
    if unit == "M":
        return (f"{d.year}-{d.month:02d}",
                *day_span(d.replace(day=1), d.replace(day=last_day(d.year, d.month))))
    if unit == "Q":
        q = (d.month - 1) // 3 + 1
        a = date(d.year, 3 * q - 2, 1)
        b = date(d.year, 3 * q, last_day(d.year, 3 * q))
        return (f"{d.year}-Q{q}", *day_span(a, b))
    if unit == "HALF":
        h = 1 if d.month <= 6 else 2
        a = date(d.year, 1 if h == 1 else 7, 1)
        b = date(d.year, 6, 30) if h == 1 else date(d.year, 12, 31)
        return (f"{d.year}-H{h}", *day_span(a, b))
    if unit == "Y":
        return (f"{d.year}", *day_span(date(d.year, 1, 1), date(d.year, 12, 31)))
    if unit == "DE":
        y0 = d.year - d.year % 10
        return (f"{y0 // 10}", *day_span(date(max(y0, 1), 1, 1), date(y0 + 9, 12, 31)))
    if unit == "CE":
        y0 = d.year - d.year % 100
        return (f"{y0 // 100}", *day_span(date(max(y0, 1), 1, 1), date(y0 + 99, 12, 31)))
    raise ValueError(unit)


class _PodSpans(dict):
    """(day, part of day) -> its first and last second, worked out once."""

    def __missing__(self, key: tuple[date, str]) -> tuple[datetime, datetime]:
        if len(self) >= 10_000:
            self.clear()
        d, pod = key
        h0, h1 = POD_HOURS.get(pod, (0, 24))
        start = datetime.combine(d, time(0, 0)) + timedelta(hours=h0)
        end = datetime.combine(d, time(0, 0)) + timedelta(hours=h1) - timedelta(seconds=1)
        span = self[key] = (start, end)
        return span


_POD_SPANS = _PodSpans()


def pod_span(d: date, pod: str) -> tuple[datetime, datetime]:
    return _POD_SPANS[d, pod]


def season_span(year: int, code: str) -> tuple[datetime, datetime]:
    (m0, d0), (m1, d1) = SEASON_BOUNDS[code]
    a = date(year, m0, d0)
    b = date(year + 1 if code == "WI" else year, m1, d1)
    return day_span(a, b)


def season_of(d: date) -> tuple[int, str]:
    for code in ("SP", "SU", "FA"):
        a, b = season_span(d.year, code)
        if a.date() <= d <= b.date():
            return d.year, code
    return (d.year if d.month == 12 else d.year - 1), "WI"


def duration_value(n: int | None, unit: str) -> str:
    k = "X" if n is None else str(n)
    if unit in ("H", "MIN", "S"):
        return f"PT{k}{'M' if unit == 'MIN' else unit}"
    if unit == "HALF":
        return f"P{'X' if n is None else 6 * n}M"
    if unit == "FN":
        return f"P{'X' if n is None else 2 * n}W"
    if unit in ("DE", "CE"):
        return f"P{'X' if n is None else n * (10 if unit == 'DE' else 100)}Y"
    return f"P{k}{unit}"
