"""Corrections made by hand, kept with the analysis as data.

A reader who disagrees with a resolved date or an attribution records an
*override*.  Overrides live in ``Analysis.overrides`` (written by ``to_dict``
when there are some, read back by ``chronique.load``); the rest of the analysis
already shows their effect: the time expression carries the new value, the
claims and events it dates follow it, the claim names its new speaker.  Each
override also keeps what it replaced (``before``), so that every correction
can be undone, even in an analysis read back from a file.

An override is a plain dict::

    {"id": "o1", "target": "timex", "ref": "t9",
     "span": {"start": 1695, "end": 1703, "text": "vendredi"},
     "set": {"value": "2019-12-20"},            # {"value": None}: not a date
     "by": "user", "created": "2024-05-01T10:00:00Z", "before": {...}}

    {"id": "o2", "target": "claim", "ref": "c4", "span": {...the content...},
     "set": {"speaker": "Mark Esper", "mode": "direct"}, "by": "user", ...}

The span (offsets and wording) says what the override is about: when the
analysis is run again (another publication date, another language), an
override applies again wherever the same words are still a time expression
or the same claim; the others are returned as stale.

    >>> a2 = overrides.override_timex(a, "t9", "2019-12-20")
    >>> a3 = overrides.undo(a2, a2.overrides[-1]["id"])     # == a
"""
from __future__ import annotations

import copy
from dataclasses import asdict
from datetime import date, datetime, timezone

from .model import Issue, Timex
from .timex.calendar import POD_HOURS, day_span, period, pod_span

MODES = ("direct", "indirect", "mixed")
TARGETS = ("timex", "claim")
OVERRIDE_RULE = "override"
MAX_SPEAKER = 200
VALUE_FORMATS = ("2019-12-20", "2019-12-20T18:30", "2019-12-20TEV", "2019-12", "2019-W52",
                 "2019-W52-WE", "2019")


# --------------------------------------------------------------------------- values


def _int(s: str, what: str, value: str) -> int:
    if not s.isascii() or not s.isdigit():
        raise ValueError(_bad(value, f"the {what} {s!r} is not a number"))
    return int(s)


def _bad(value, why: str = "") -> str:
    return (f"unreadable date {value!r}{': ' + why if why else ''}; write it as one of "
            + ", ".join(VALUE_FORMATS))


def _day(text: str, value: str) -> date:
    parts = text.split("-")
    if len(parts) != 3 or len(parts[0]) != 4 or len(parts[1]) != 2 or len(parts[2]) != 2:
        raise ValueError(_bad(value))
    y, m, d = (_int(p, w, value) for p, w in zip(parts, ("year", "month", "day")))
    try:
        return date(y, m, d)
    except ValueError as exc:
        raise ValueError(_bad(value, str(exc))) from None


def _iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S")


def parse_value(value) -> tuple[str, str, list[str]]:
    """Read a date typed by hand: its TimeML value, its type (DATE or TIME) and its interval.

    Accepted: a day ``2019-12-20``, a time ``2019-12-20T18:30``, a part of a day
    ``2019-12-20TEV`` (MO, MI, AF, EV, NI, DT), a month ``2019-12``, an ISO week
    ``2019-W52``, its weekend ``2019-W52-WE``, a year ``2019``.  Anything else
    raises ``ValueError`` saying what is accepted.
    """
    if not isinstance(value, str):
        raise ValueError(_bad(value, "a date is a string"))
    v = value.strip()
    if not v or len(v) > 20:
        raise ValueError(_bad(value))
    if "T" in v:
        day_part, _, clock = v.partition("T")
        d = _day(day_part, value)
        if clock in POD_HOURS:
            s, e = pod_span(d, clock)
            return f"{d.isoformat()}T{clock}", "TIME", [_iso(s), _iso(e)]
        hm = clock.split(":")
        if len(hm) != 2 or len(hm[0]) != 2 or len(hm[1]) != 2:
            raise ValueError(_bad(value, "a time is HH:MM, or MO, MI, AF, EV, NI or DT for a part of the day"))
        h, m = _int(hm[0], "hour", value), _int(hm[1], "minute", value)
        if h > 23 or m > 59:
            raise ValueError(_bad(value, f"there is no time {clock}"))
        s = datetime(d.year, d.month, d.day, h, m)
        return f"{d.isoformat()}T{h:02d}:{m:02d}", "TIME", [_iso(s), _iso(s.replace(second=59))]
    parts = v.split("-")
    if len(parts[0]) != 4:
        raise ValueError(_bad(value))
    year = _int(parts[0], "year", value)
    if year < 1:
        raise ValueError(_bad(value, "there is no year 0"))
    if len(parts) == 1:
        _, s, e = period("Y", date(year, 1, 1))
        return f"{year:04d}", "DATE", [_iso(s), _iso(e)]
    if parts[1][:1] == "W":
        week = _int(parts[1][1:], "week", value) if len(parts[1]) == 3 else -1
        if week < 1 or len(parts) > 3 or (len(parts) == 3 and parts[2] != "WE"):
            raise ValueError(_bad(value))
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            raise ValueError(_bad(value, f"{year} has no week {week}")) from None
        unit = "WE" if len(parts) == 3 else "W"
        val, s, e = period(unit, monday)
        return val, "DATE", [_iso(s), _iso(e)]
    if len(parts) == 2:
        if len(parts[1]) != 2:
            raise ValueError(_bad(value))
        month = _int(parts[1], "month", value)
        if not 1 <= month <= 12:
            raise ValueError(_bad(value, f"there is no month {month}"))
        val, s, e = period("M", date(year, month, 1))
        return val, "DATE", [_iso(s), _iso(e)]
    d = _day(v, value)
    s, e = day_span(d)
    return d.isoformat(), "DATE", [_iso(s), _iso(e)]


# --------------------------------------------------------------------------- building overrides


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _next_id(overrides) -> str:
    n = 0
    for o in overrides:
        oid = str(o.get("id", ""))
        if oid[:1] == "o" and oid[1:].isdigit():
            n = max(n, int(oid[1:]))
    return f"o{n + 1}"


def _find_claim(a, ref):
    for c in a.claims:
        if c.get("id") == ref:
            return c
    raise KeyError(ref)


def timex_override(a, ref: str, value) -> dict:
    """A new override setting the value of the time expression ``ref`` (``None``: not a date)."""
    try:
        t = a.timex(ref)
    except KeyError:
        raise ValueError(f"no time expression {ref!r} in this analysis") from None
    if value is not None:
        parse_value(value)
    return {"id": _next_id(a.overrides), "target": "timex", "ref": t.id,
            "span": {"start": t.start, "end": t.end, "text": t.text},
            "set": {"value": None if value is None else str(value).strip()}, "by": "user", "created": _now()}


def claim_override(a, ref: str, speaker: str | None = None, mode: str | None = None) -> dict:
    """A new override giving the claim ``ref`` another speaker and/or another mode."""
    try:
        c = _find_claim(a, ref)
    except KeyError:
        raise ValueError(f"no claim {ref!r} in this analysis") from None
    changes = {}
    if speaker is not None:
        changes["speaker"] = check_speaker(speaker)
    if mode is not None:
        changes["mode"] = check_mode(mode)
    if not changes:
        raise ValueError("a claim override sets a speaker, a mode or both")
    content = c["content"]
    return {"id": _next_id(a.overrides), "target": "claim", "ref": c["id"],
            "span": {"start": content["start"], "end": content["end"], "text": content["text"]},
            "set": changes, "by": "user", "created": _now()}


def check_speaker(speaker) -> str:
    if not isinstance(speaker, str) or not " ".join(speaker.split()):
        raise ValueError("a speaker is a non-empty name")
    name = " ".join(speaker.split())
    if len(name) > MAX_SPEAKER:
        raise ValueError(f"a speaker's name has at most {MAX_SPEAKER} characters")
    return name


def check_mode(mode) -> str:
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}: a claim is {', '.join(MODES)}")
    return mode


def _check(o) -> None:
    if not isinstance(o, dict):
        raise ValueError("an override is a dict")
    if o.get("target") not in TARGETS:
        raise ValueError(f"an override targets {' or '.join(TARGETS)}, not {o.get('target')!r}")
    span = o.get("span")
    if not isinstance(span, dict) or not {"start", "end", "text"} <= set(span):
        raise ValueError("an override names its span: start, end and text")
    if not isinstance(o.get("set"), dict):
        raise ValueError("an override says what it sets ('set')")
    if not isinstance(o.get("id"), str) or not o["id"]:
        raise ValueError("an override has an id")


# --------------------------------------------------------------------------- applying


def _same_span(item_span: dict, span: dict) -> bool:
    return (item_span.get("start") == span["start"] and item_span.get("end") == span["end"]
            and item_span.get("text") == span["text"])


def _locate_timex(a, o):
    span = o["span"]
    for k, t in enumerate(a.timexes):
        if t.start == span["start"] and t.end == span["end"] and t.text == span["text"]:
            return k, t
    return None, None


def _locate_claim(a, o):
    for c in a.claims:
        if _same_span(c.get("content") or {}, o["span"]):
            return c
    return None


def _apply_timex(a, o) -> dict | None:
    k, t = _locate_timex(a, o)
    if t is None:
        return None
    value = o["set"].get("value")
    claims = [c for c in a.claims if (c.get("time") or {}).get("timex") == t.id]
    events = [e for e in a.events if (e.get("time") or {}).get("timex") == t.id]
    before = {"timex": asdict(t), "index": k,
              "claims": {c["id"]: copy.deepcopy(c["time"]) for c in claims},
              "events": {e["id"]: copy.deepcopy(e["time"]) for e in events}}
    words = t.text
    if value is None:
        issues = [(i, asdict(x)) for i, x in enumerate(a.issues) if x.timex == t.id]
        before["issues"] = [[i, d] for i, d in issues]
        a.timexes.pop(k)
        a.issues[:] = [x for x in a.issues if x.timex != t.id]
        pub = a.published.value
        for c in claims:
            c["time"] = {"timex": None, "value": pub, "text": None, "source": "published"}
        for e in events:
            e["time"] = {"timex": None, "value": None, "interval": None, "source": None,
                         "explanation": f"'{words}' is not a date (corrected by hand): undated"}
        return before
    val, typ, interval = parse_value(value)
    why = (f"set by hand to {val}; the rule '{t.rule}' had read {t.value or 'nothing'}"
           + (f" ({t.explanation})" if t.explanation else ""))
    t.value, t.type, t.interval = val, typ, interval
    t.rule, t.explanation, t.confidence = OVERRIDE_RULE, why, 1.0
    t.mod = None
    t.range = None
    for c in claims:
        c["time"] = {**c["time"], "value": val}
    for e in events:
        e["time"] = {**e["time"], "value": val, "interval": list(interval),
                     "explanation": f"'{words}' {why}"}
    return before


def _apply_claim(a, o) -> dict | None:
    c = _locate_claim(a, o)
    if c is None:
        return None
    changes = o["set"]
    before = {"claim": c["id"], "speaker": copy.deepcopy(c["speaker"]), "mode": c.get("mode"),
              "anonymous": c.get("anonymous"), "events": {}}
    if "mode" in changes:
        c["mode"] = check_mode(changes["mode"])
    if "speaker" in changes:
        name = check_speaker(changes["speaker"])
        old = c["speaker"].get("name")
        known = next((x for x in a.claims if x is not c and x["speaker"].get("name") == name), None)
        if known is not None:
            speaker = copy.deepcopy(known["speaker"])
            speaker["mention"] = None
            anonymous = bool(known.get("anonymous"))
        else:
            speaker = {"name": name, "entity": name, "kind": "person", "mention": None}
            anonymous = False
        c["speaker"], c["anonymous"] = speaker, anonymous
        # a speech act told by this claim alone follows its new speaker
        for e in a.events:
            actor = e.get("actor") or {}
            if e.get("claims") == [c["id"]] and actor.get("name") == old:
                before["events"][e["id"]] = copy.deepcopy(e["actor"])
                e["actor"] = {**actor, "name": name}
    return before


def apply(analysis, overrides) -> tuple:
    """Apply ``overrides`` in order to a copy of ``analysis`` (which has none of its own).

    Returns ``(result, stale)``: the corrected analysis, whose ``overrides``
    lists those applied (each with a fresh ``ref`` and ``before``), and the
    overrides whose words are no longer a time expression or a claim.
    """
    a = copy.deepcopy(analysis)
    if a.overrides:
        raise ValueError("apply overrides to an analysis without overrides (see revert)")
    applied, stale = [], []
    for o in overrides:
        _check(o)
        o = copy.deepcopy({k: v for k, v in o.items() if k != "before"})
        before = _apply_timex(a, o) if o["target"] == "timex" else _apply_claim(a, o)
        if before is None:
            stale.append(o)
            continue
        o["ref"] = before["timex"]["id"] if o["target"] == "timex" else before["claim"]
        o["before"] = before
        applied.append(o)
    a.overrides = applied
    return a, stale


def _revert_one(a, o) -> None:
    before = o.get("before")
    if not isinstance(before, dict):
        raise ValueError(f"override {o.get('id')!r} does not say what it replaced ('before'): it cannot be undone")
    if o["target"] == "timex":
        t = Timex(**before["timex"])
        if o["set"].get("value") is None:
            a.timexes.insert(min(before["index"], len(a.timexes)), t)
            for i, d in sorted(before.get("issues", []), key=lambda x: x[0]):
                a.issues.insert(min(i, len(a.issues)), Issue(**d))
        else:
            k = next((k for k, x in enumerate(a.timexes) if x.id == t.id), None)
            if k is None:
                raise ValueError(f"override {o['id']!r}: its time expression {t.id!r} is missing")
            a.timexes[k] = t
        for c in a.claims:
            if c["id"] in before["claims"]:
                c["time"] = copy.deepcopy(before["claims"][c["id"]])
        for e in a.events:
            if e["id"] in before["events"]:
                e["time"] = copy.deepcopy(before["events"][e["id"]])
        return
    c = next((c for c in a.claims if c["id"] == before["claim"]), None)
    if c is None:
        raise ValueError(f"override {o['id']!r}: its claim {before['claim']!r} is missing")
    c["speaker"] = copy.deepcopy(before["speaker"])
    c["mode"] = before["mode"]
    c["anonymous"] = before["anonymous"]
    for e in a.events:
        if e["id"] in before.get("events", {}):
            e["actor"] = copy.deepcopy(before["events"][e["id"]])


def revert(analysis):
    """A copy of ``analysis`` as it was before its overrides (undone in reverse order)."""
    a = copy.deepcopy(analysis)
    for o in reversed(a.overrides):
        _check(o)
        _revert_one(a, o)
    a.overrides = []
    return a


def with_overrides(analysis, overrides) -> tuple:
    """``analysis`` with ``overrides`` instead of its own: ``(result, stale)``."""
    return apply(revert(analysis), overrides)


def add(analysis, override: dict):
    """``analysis`` with one more override; it replaces an earlier one on the same words.

    Two corrections of one claim merge (a new speaker, then a new mode, keep both).
    Raises ``ValueError`` when the override does not apply.
    """
    _check(override)
    kept, merged = [], dict(override["set"])
    for o in analysis.overrides:
        if o["target"] == override["target"] and o["span"] == override["span"]:
            if o["target"] == "claim":
                merged = {**o["set"], **merged}
            continue
        kept.append(o)
    new = {**override, "set": merged}
    result, stale = with_overrides(analysis, kept + [new])
    if any(o["id"] == new["id"] for o in stale):
        raise ValueError(f"the override {new['id']!r} does not apply: "
                         f"{new['span']['text']!r} is not a {'time expression' if new['target'] == 'timex' else 'claim'} here")
    return result


def override_timex(analysis, ref: str, value):
    """``analysis`` with the value of time expression ``ref`` set by hand (``None``: not a date)."""
    return add(analysis, timex_override(analysis, ref, value))


def override_claim(analysis, ref: str, speaker: str | None = None, mode: str | None = None):
    """``analysis`` with claim ``ref`` given another speaker and/or mode by hand."""
    return add(analysis, claim_override(analysis, ref, speaker=speaker, mode=mode))


def undo(analysis, override_id: str):
    """``analysis`` without the override ``override_id`` (the others stay)."""
    if not any(o.get("id") == override_id for o in analysis.overrides):
        raise ValueError(f"no override {override_id!r} in this analysis")
    result, _ = with_overrides(analysis, [o for o in analysis.overrides if o["id"] != override_id])
    return result


def describe(o: dict) -> str:
    """One line saying what an override does."""
    words = o["span"]["text"]
    if o["target"] == "timex":
        value = o["set"].get("value")
        was = (o.get("before") or {}).get("timex", {}).get("value")
        now = "not a date" if value is None else value
        return f"'{words}': {now}" + (f" (was {was})" if was else "")
    short = words if len(words) <= 50 else words[:49] + "…"
    parts = []
    before = o.get("before") or {}
    if "speaker" in o["set"]:
        was = (before.get("speaker") or {}).get("name")
        parts.append(f"speaker {o['set']['speaker']}" + (f" (was {was})" if was else ""))
    if "mode" in o["set"]:
        was = before.get("mode")
        parts.append(f"mode {o['set']['mode']}" + (f" (was {was})" if was else ""))
    return f"'{short}': " + ", ".join(parts)
