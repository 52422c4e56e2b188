"""What the benchmark scripts share: paths, dataset loading, the two systems.

The two systems are called the same way everywhere:

- chronique: ``chronique.analyze(text, published=dct, lang=lang)``;
- the baseline: ``dateparser.search.search_dates(text, languages=[lang],
  settings={"RELATIVE_BASE": <dct at midnight>, "RETURN_AS_TIMEZONE_AWARE": False},
  add_period=True)``.

``add_period=True`` only asks dateparser to say how precise each date is
(year, month, week, day, time); it is used to write the baseline's value
at that granularity (see ``dateparser_timexes``).
"""
from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
DEFAULT_SEEDS = SHARED / "seeds"


def fail(message: str) -> None:
    """Print an error and leave with status 2."""
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(2)


def check_paths(paths) -> list[Path]:
    """The given paths as ``Path`` objects; a clear error if one is missing."""
    out = []
    for p in paths:
        path = Path(p)
        if not path.is_file():
            fail(f"dataset not found: {p} (the development sets live in {SHARED.resolve() / 'eval'})")
        out.append(path)
    return out


def load_dataset(path: Path) -> list[dict]:
    """Documents of a JSONL dataset, one per non-empty line."""
    docs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as e:
                fail(f"{path}:{n}: not JSON ({e})")
            for key in ("id", "lang", "dct", "text", "timexes"):
                if key not in doc:
                    fail(f"{path}:{n}: missing key {key!r}")
            docs.append(doc)
    if not docs:
        fail(f"{path}: no documents")
    return docs


def relative_base(dct: str) -> datetime:
    """The publication date as a naive datetime (midnight when no time is given)."""
    return datetime.fromisoformat(dct)


# --- chronique -------------------------------------------------------------

def run_chronique(text: str, dct: str, lang: str):
    """The call that is timed for chronique."""
    import chronique
    return chronique.analyze(text, published=dct, lang=lang)


def chronique_timexes(analysis) -> list[dict]:
    """The timexes of an analysis, as dicts."""
    return analysis.to_dict()["timexes"]


# --- dateparser baseline ---------------------------------------------------

_ADD_PERIOD = True


def run_dateparser(text: str, dct: str, lang: str):
    """The call that is timed for the baseline.

    Returns the list of ``(substring, datetime[, period])`` tuples, or ``[]``
    when dateparser finds nothing (it returns None then).  Exceptions are
    left to the caller.
    """
    global _ADD_PERIOD
    from dateparser.search import search_dates
    settings = {"RELATIVE_BASE": relative_base(dct), "RETURN_AS_TIMEZONE_AWARE": False}
    if _ADD_PERIOD:
        try:
            return search_dates(text, languages=[lang], settings=settings, add_period=True) or []
        except TypeError as e:  # a dateparser without add_period
            if "add_period" not in str(e):
                raise
            _ADD_PERIOD = False
    return search_dates(text, languages=[lang], settings=settings) or []


def dateparser_value(dt: datetime, period: str | None) -> tuple[str, str]:
    """A TimeML type and value for one dateparser result.

    - period "year" -> ``YYYY``; "month" -> ``YYYY-MM``; "week" -> ISO week
      ``YYYY-Www``;
    - otherwise a day ``YYYY-MM-DD``, with ``THH:MM`` and type TIME when the
      datetime carries a clock time other than midnight (dateparser reports
      "at 2 pm" with period "day", so the clock is read from the datetime).
    Everything else is type DATE.
    """
    if period == "year":
        return "DATE", f"{dt.year:04d}"
    if period == "month":
        return "DATE", f"{dt.year:04d}-{dt.month:02d}"
    if period == "week":
        y, w, _ = dt.isocalendar()
        return "DATE", f"{y:04d}-W{w:02d}"
    if period == "time" or (dt.hour, dt.minute, dt.second) != (0, 0, 0):
        return "TIME", f"{dt:%Y-%m-%dT%H:%M}"
    return "DATE", f"{dt:%Y-%m-%d}"


def dateparser_timexes(text: str, found) -> list[dict]:
    """Timexes with offsets from dateparser's results.

    dateparser gives substrings, not offsets: each substring is looked for
    with ``str.find`` from the end of the previous one found; a substring
    that cannot be found is dropped (the cursor does not move).
    """
    out, cursor = [], 0
    for item in found or []:
        if not item or len(item) < 2:
            continue
        sub, dt = item[0], item[1]
        period = item[2] if len(item) > 2 else None
        if not sub or not isinstance(dt, datetime):
            continue
        start = text.find(sub, cursor)
        if start < 0:
            continue
        end = start + len(sub)
        cursor = end
        typ, value = dateparser_value(dt, period)
        out.append({"id": f"d{len(out) + 1}", "start": start, "end": end, "text": sub,
                    "type": typ, "value": value})
    return out


def versions() -> dict:
    import platform

    import dateparser

    import chronique
    return {"python": platform.python_version(), "chronique": chronique.__version__,
            "dateparser": dateparser.__version__}
