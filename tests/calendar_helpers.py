"""Calendar facts and lookups shared by the rule tests of both languages.

The publication date is Tuesday 31 December 2019 (ISO week 2020-W01; the weekend
before it is 28-29 December, 2019-W52-WE).
"""
from datetime import date, datetime, timedelta

PUB = date(2019, 12, 31)


def timex(a, text):
    """The one time expression whose span is exactly ``text``."""
    found = [t for t in a.timexes if t.text == text]
    assert len(found) == 1, f"expected one timex {text!r}, found {[t.text for t in a.timexes]}"
    return found[0]


def timex_containing(a, fragment):
    found = [t for t in a.timexes if fragment in t.text]
    assert len(found) == 1, f"expected one timex containing {fragment!r}, found {[t.text for t in a.timexes]}"
    return found[0]


def day_interval(d: date, last: date | None = None):
    last = d if last is None else last
    return [f"{d.isoformat()}T00:00:00", f"{last.isoformat()}T23:59:59"]


def span(t):
    return datetime.fromisoformat(t.interval[0]), datetime.fromisoformat(t.interval[1])


def most_recent(isoweekday: int, *, include_today=True) -> date:
    d = PUB if include_today else PUB - timedelta(days=1)
    while d.isoweekday() != isoweekday:
        d -= timedelta(days=1)
    return d


def next_one(isoweekday: int) -> date:
    d = PUB + timedelta(days=1)
    while d.isoweekday() != isoweekday:
        d += timedelta(days=1)
    return d


def weekend_of(saturday: date):
    assert saturday.isoweekday() == 6
    year, week, _ = saturday.isocalendar()
    return f"{year}-W{week:02d}-WE", day_interval(saturday, saturday + timedelta(days=1))
