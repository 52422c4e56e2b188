"""Consistency checks: what a careful reader should be warned about.

Each issue keeps the literal reading visible and suggests a correction:
weekdays that do not fit their date, impossible dates, and relative words
whose tense contradicts them ("demain" told in the past).
"""
from __future__ import annotations

from .model import Issue, Timex

FUTURE_VALUES = ("FUTURE_REF",)


def check(timexes: list[Timex], published_value: str | None) -> list[Issue]:
    issues: list[Issue] = []
    pub_day = published_value[:10] if published_value and len(published_value) >= 10 else None
    for t in timexes:
        if t.flag:
            kind = t.flag["kind"]
            sugg = t.flag.get("suggested")
            if kind == "weekday-date mismatch":
                msg = (f"'{t.text}' does not exist: the weekday does not match the date "
                       f"(literal reading {t.literal})")
                if sugg:
                    msg += f"; the likely date is {sugg}"
            else:
                msg = f"'{t.text}' is not a date in the calendar ({t.literal})"
                if sugg:
                    msg += f"; perhaps {sugg} was meant"
            issues.append(Issue(t.start, t.end, kind, msg, sugg, t.text, t.id, t.literal))
            continue
        if pub_day is None or t.type not in ("DATE", "TIME") or len(t.value) < 10 or t.value[4] != "-":
            continue
        day = t.value[:10]
        if t.rule in ("day_word", "day_pod_word", "this_pod"):
            if t.tense == "past" and day > pub_day:
                issues.append(Issue(t.start, t.end, "tense contradiction",
                                    f"'{t.text}' points after publication ({day}) but its clause is in the past tense",
                                    None, t.text, t.id, t.value))
            elif t.tense == "future" and day < pub_day:
                issues.append(Issue(t.start, t.end, "tense contradiction",
                                    f"'{t.text}' points before publication ({day}) but its clause is in the future tense",
                                    None, t.text, t.id, t.value))
    return issues
