"""The article: its text checked, its language, and its publication date.

The publication date comes from the caller, else from a date line at the top
of the text ("date 2019-12 via Reuters").  When it is partial or missing, the
most likely full date is inferred from the text itself: a weekday written with
its day number ("mardi 31"), the weekday the story keeps returning to, the
officeholders it names, and the precision already known.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from .model import Published
from .resources import LANGUAGES, check_lang, module
from .timex.calendar import MONTH_NAMES, WEEKDAY_NAMES, fmt_day, valid_date
from .timex.resolve import ordinal
from .timex.grammar import phrase_key
from .tokens import Token, norm, tokenize

MAX_CHARS = 50_000_000
# control characters other than line and tab spacing, and the replacement character of a bad decode
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")
_CONTROL_CHARS = tuple(map(chr, (*range(0x00, 0x09), *range(0x0e, 0x20), 0xfffd)))   # the same, listed
_ISO = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?)?)?\s*\Z")


def check_text(text) -> str:
    """Article text as ``str``, or a clear ValueError."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"the article is not UTF-8 text (byte {exc.start} cannot be decoded)") from None
    if not isinstance(text, str):
        raise ValueError(f"the article must be text (str), not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ValueError(f"the article is {len(text):,} characters long; chronique reads at most {MAX_CHARS:,}")
    if not text.strip():
        raise ValueError("the article is empty")
    sample = text[:100_000]
    # most texts have none: one substring test per character is quicker than a scan by the pattern
    controls = len(_CONTROLS.findall(sample)) if any(map(sample.__contains__, _CONTROL_CHARS)) else 0
    if "\x00" in sample or controls > max(8, len(sample) // 20):
        raise ValueError("the article looks like binary data, not text")
    return text


# ---------------------------------------------------------------- language
def detect_language(toks: list[Token], lang: str | None) -> tuple[str, str]:
    if lang is not None:
        lang = check_lang(lang)
        return lang, f"given: {lang}"
    scores = {}
    sample = toks[:20000]
    for code in LANGUAGES:
        words = frozenset(module(code, "temporal").FUNCTION_WORDS)
        scores[code] = sum(1 for t in sample if t.low in words)
    total = sum(scores.values())
    if total == 0:
        return LANGUAGES[-1], f"no function words of {' or '.join(LANGUAGES)} found; read as {LANGUAGES[-1]}"
    best = max(scores, key=scores.get)
    shares = ", ".join(f"{c} {100 * s / total:.0f}%" for c, s in sorted(scores.items(), key=lambda kv: -kv[1]))
    mixed = " (mixed languages: read as the majority)" if scores[best] < 0.8 * total else ""
    return best, f"detected from function words: {shares}{mixed}"


# ---------------------------------------------------------- publication date
@dataclass
class DateSpec:
    given: str | None
    lo: date | None
    hi: date | None
    precision: str | None
    source: str | None
    time: str | None = None

    @property
    def exact(self) -> bool:
        return self.lo is not None and self.lo == self.hi


def parse_published(value) -> DateSpec:
    """A publication date of any precision: date, datetime, "2019", "2019-12", "2019-12-31T20:00"."""
    if value is None:
        return DateSpec(None, None, None, None, None)
    if isinstance(value, datetime):
        d = value.date()
        return DateSpec(value.isoformat(timespec="minutes"), d, d, "minute", "argument",
                        value.strftime("%H:%M"))
    if isinstance(value, date):
        return DateSpec(value.isoformat(), value, value, "day", "argument")
    if not isinstance(value, str):
        raise ValueError(f"published must be a date, a datetime or an ISO string, not {type(value).__name__}")
    spec = _parse_date_string(value)
    if spec is None:
        raise ValueError(f"cannot read the publication date {value!r}: use ISO form such as 2019, 2019-12, 2019-12-31 or 2019-12-31T20:00")
    spec.source = "argument"
    return spec


def _parse_date_string(value: str) -> DateSpec | None:
    value = value.strip()
    m = _ISO.match(value) if len(value) <= 40 else None
    if m:
        y, mo, d, hh, mi, _ = m.groups()
        y = int(y)
        if mo is None:
            return DateSpec(value, date(y, 1, 1), date(y, 12, 31), "year", None)
        mo = int(mo)
        if not 1 <= mo <= 12:
            raise ValueError(f"cannot read the publication date {value!r}: there is no month {mo}")
        if d is None:
            last = (date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1))
            return DateSpec(value, date(y, mo, 1), last, "month", None)
        d = int(d)
        if not valid_date(y, mo, d):
            raise ValueError(f"cannot read the publication date {value!r}: {y}-{mo:02d} has no day {d}")
        if hh is not None:
            if int(hh) > 23 or int(mi) > 59:
                raise ValueError(f"cannot read the publication date {value!r}: no such time {hh}:{mi}")
            return DateSpec(value, date(y, mo, d), date(y, mo, d), "minute", None, f"{int(hh):02d}:{mi}")
        return DateSpec(value, date(y, mo, d), date(y, mo, d), "day", None)
    if len(value) > 60 or not re.search(r"\d", value):
        return None
    # other written forms ("31 décembre 2019", "Dec. 31, 2019") are normalised by dateparser
    import dateparser

    parsed = dateparser.parse(value, languages=list(LANGUAGES),
                              settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        return None
    d = parsed.date()
    return DateSpec(value, d, d, "day", None)


@lru_cache(maxsize=None)
def _date_line_keys() -> list[str]:
    """The date line keys of every language, normalised, longest first."""
    return sorted({norm(k) for code in LANGUAGES for k in module(code, "temporal").DATE_LINE_KEYS},
                  key=len, reverse=True)


def read_date_line(text: str) -> tuple[DateSpec | None, int]:
    """A date line at the top of the text: its date and where the body starts."""
    stripped = text.lstrip()
    head_start = len(text) - len(stripped)
    line_end = text.find("\n", head_start, head_start + 300)
    if line_end < 0:
        return None, 0
    line = text[head_start:line_end]
    low = norm(line).strip()
    for key in _date_line_keys():
        if low.startswith(key) and len(low) > len(key) and not low[len(key)].isalnum():
            rest = line.strip()[len(key):].lstrip(" :\t")
            # the date is the first word(s) before "via", "par", "by", a pipe, or the end
            candidate = re.split(r"\s+(?:via|par|by|from|de|\||-)\s+", rest, maxsplit=1)[0]
            try:
                spec = _parse_date_string(candidate)
            except ValueError:
                spec = None
            if spec is not None:
                spec.source = "date line"
                return spec, line_end
    return None, 0


@lru_cache(maxsize=None)
def _office_tables(lang: str) -> tuple[frozenset, dict, dict]:
    """For ``_window_from_offices``: the words marking a former holder, the title phrases of each role,
    and the terms of office of each name (``(role, start, end)``), read once per language."""
    from .resources.officeholders import OFFICES
    ent = module(lang, "entities")
    former = frozenset(norm(w) for w in ent.FORMER)
    titles = {role: [phrase_key(p) for p in phrases] for role, phrases in ent.ROLE_TITLES.items()}
    names: dict[str, list] = {}
    for name, role, country, start, end in OFFICES:
        names.setdefault(name, []).append((role, start, end))
    return former, titles, names


def _window_from_offices(text: str, lang: str) -> tuple[date, date, list[str]] | None:
    former, titles, names = _office_tables(lang)
    found: list[tuple[str, list[tuple[date, date]]]] = []
    today = date.today()
    for name, terms in names.items():
        pos = text.find(name)
        spans = []
        while pos >= 0 and not spans:
            # the tokens just before the name
            before = tokenize(text, max(0, pos - 80), pos)[-10:]
            lows = [t.low for t in before]
            if former & set(lows[-4:]):
                pos = text.find(name, pos + 1)
                continue
            for role, start, end in terms:
                for phrase in titles.get(role, ()):
                    n = len(phrase)
                    if any(tuple(lows[i:i + n]) == phrase for i in range(len(lows) - n + 1)):
                        spans.append((date.fromisoformat(start), date.fromisoformat(end) if end else today))
                        break
            pos = text.find(name, pos + 1)
        if spans:
            found.append((name, spans))
    if not found:
        return None
    lo, hi = date.min, date.max
    used = []
    for name, spans in sorted(found, key=lambda f: len(f[1])):
        a = min(s for s, _ in spans)
        b = max(e for _, e in spans)
        # several terms: keep those that overlap what is known so far
        ok = [(s, e) for s, e in spans if s <= hi and e >= lo]
        if not ok:
            continue
        a, b = min(s for s, _ in ok), max(e for _, e in ok)
        lo, hi = max(lo, a), min(hi, b)
        used.append(f"{name} in office {a.isoformat()} to {b.isoformat()}")
    if lo > hi or not used:
        return None
    return lo, hi, used


def _dateline(frames: list[tuple], text: str, toks: list[Token]):
    """'PARIS, 14 mars 2023 (AFP) -', 'WASHINGTON, March 14 (Reuters) -': the date that opens a dispatch,
    within 120 characters of the start of its first paragraph, or of the second after a headline (a first
    paragraph of one line of at most 200 characters)."""
    if not toks:
        return None
    first = toks[0].para
    opening = toks[0].start         # where the paragraph of the dateline opens
    for s, e, f in frames[:3]:
        para = toks[s].para
        if para != first:
            if para != first + 1 or opening != toks[0].start:
                break
            k = s
            while k > 0 and toks[k - 1].para == para:
                if toks[s].start - toks[k - 1].start > 120:
                    return None     # (too far into the paragraph to open it)
                k -= 1
            head = text[toks[0].start:toks[k - 1].end] if k > 0 else ""
            if not head or len(head) > 200 or "\n" in head:
                break               # (no headline before it)
            opening = toks[k].start
        if f["kind"] != "date" or not f.get("month"):
            continue
        if toks[s].start - opening > 120:
            break
        follow = [t.low for t in toks[e:e + 2]]
        if follow[:1] in (["("], ["-"], ["_"]) or follow[:2] == ["-", "-"]:
            return f["day"], f["month"], f.get("year"), text[toks[s].start:toks[e - 1].end]
    return None


def infer_published(spec: DateSpec, frames: list[tuple], text: str, toks: list[Token], lang: str) -> Published:
    """The publication date, inferred from the text when it is partial or missing."""
    if spec.exact:
        value = spec.lo.isoformat() + (f"T{spec.time}" if spec.time else "")
        return Published(value, spec.given, False, f"given ({spec.source}): {fmt_day(spec.lo)}",
                         spec.precision, spec.source)
    evidence: list[str] = []
    window_note = ""
    dateline = _dateline(frames, text, toks)
    if dateline is not None:
        day, month, year, words = dateline
        if year and valid_date(year, month, day) and (spec.lo is None or spec.lo <= date(year, month, day) <= spec.hi):
            d = date(year, month, day)
            return Published(d.isoformat(), spec.given, True,
                             f"read from the dateline '{words}': {fmt_day(d)}", "day",
                             "dateline" if spec.source is None else spec.source + " + dateline",
                             [f"dateline: {words}"])
    if spec.lo is not None:
        lo, hi = spec.lo, spec.hi
        window_note = f"the {spec.precision} given ({spec.given}, from the {spec.source})"
    else:
        offices = _window_from_offices(text, lang)
        if offices is None:
            return Published(None, None, False,
                             "no publication date was given and the text does not say when it was written; "
                             "relative expressions are left underspecified", None, None)
        lo, hi, used = offices
        window_note = "the officeholders it names: " + "; ".join(used)
    evidence.append("window: " + window_note)
    pairs = []          # (weekday, day, month or None, year or None, text)
    weekdays = Counter()
    today_words = 0
    for s, e, f in frames:
        words = text[toks[s].start:toks[e - 1].end]
        if f["kind"] == "date" and f.get("wd"):
            pairs.append((f["wd"], f["day"], f.get("month"), f.get("year"), words))
        if f["kind"] in ("weekday", "date") and f.get("wd") and not f.get("dir"):
            weekdays[f["wd"]] += 1
        if f["kind"] == "day_offset" and f["n"] == 0:
            today_words += 1
    dominant = None
    if weekdays:
        (w1, c1), *rest = weekdays.most_common(2) + [(None, 0)]
        if c1 > rest[0][1]:
            dominant = w1
            evidence.append(f"the story's weekday: {WEEKDAY_NAMES[w1 - 1]} ({c1} mentions)")
    best: list[tuple[float, date]] = []
    if (hi - lo).days > 40 * 366:
        return Published(spec.given, spec.given, False,
                         f"the text gives too little to pin the date within {window_note}",
                         spec.precision, spec.source)
    d = lo
    while d <= hi:
        score = 0.0
        for wd, day, month, year, _ in pairs:
            if d.isoweekday() == wd and d.day == day:
                score += 3
                if month:
                    dist = abs(d.month - month) % 12
                    dist = min(dist, 12 - dist)
                    score += 1 if dist == 0 else -0.5 * dist
                if year and year == d.year:
                    score += 1
        if dominant and d.isoweekday() == dominant:
            score += 1
        if dateline is not None and d.day == dateline[0] and d.month == dateline[1]:
            score += 5
        best.append((score, d))
        if d == date.max:
            break
        d += timedelta(days=1)
    best.sort(key=lambda t: (-t[0], t[1]))
    top = best[0] if best else (0, None)
    runner = best[1][0] if len(best) > 1 else -1
    strong = top[0] >= 3 or (top[0] >= 1 and (hi - lo).days < 7)
    if top[1] is None or not strong or top[0] == runner:
        why = (f"known only as {spec.given or 'nothing'}; the text does not single out a day "
               f"({'; '.join(evidence)})")
        value = spec.given
        return Published(value, spec.given, False, why, spec.precision, spec.source, evidence)
    chosen = top[1]
    for wd, day, month, year, words in pairs:
        if chosen.isoweekday() == wd and chosen.day == day:
            note = f"'{words}' gives a {WEEKDAY_NAMES[wd - 1]} {ordinal(day)}"
            if month and month != chosen.month:
                note += f" (the month written, {MONTH_NAMES[month - 1]}, does not fit: read as a slip)"
            evidence.append(note)
    if dateline is not None and chosen.day == dateline[0] and chosen.month == dateline[1]:
        evidence.append(f"the dateline '{dateline[3]}' gives the day and month")
    if today_words:
        evidence.append(f"the text speaks of 'today' {today_words} time(s): it reports the day's events")
    why = (f"inferred {fmt_day(chosen)} from {window_note}; " + "; ".join(evidence[1:])
           + f"; no other day in the window fits as well (score {top[0]:g} against {runner:g})")
    return Published(chosen.isoformat(), spec.given, True, why, "day",
                     "text" if spec.source is None else spec.source + " + text", evidence)
