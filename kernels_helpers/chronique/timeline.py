"""The timeline table: one row per event and per claim, as a pandas DataFrame.

It is the exchange format between the analysis and everything drawn or
exported from it.  Columns (in order):

==============  ==============================================================
id              "e1"... for events, "c1"... for claims
row             "event" or "claim"
start, end      pandas Timestamps (inclusive); NaT when the row is undated
precision       minute, part of day, day, weekend, week, month, quarter,
                season, year, decade, vague, undated
value           the TimeML value of the governing expression
wording         the words that date the row ("mardi soir"), or ""
label           a short label for the chart
text            the claim's content or the event's sentence
lane            the claim's speaker or the event's actor
rung            the escalation rung, 0 to 6 (see ``chronique.ladder``)
rung_label      its name
kind            claim or event kind
speaker         the claim's speaker (claims only)
mode            direct, indirect or mixed (claims only)
anonymous       the source is anonymous
hedged          the claim carries hedges
casualties      people killed (events), else 0
modality        asserted, reported, future, hypothetical or negated (events)
source_start,   the row's span in the article
source_end
rule            the rule that found the row
timex           the id of the time expression that dates it, or ""
timex_rule      the rule that resolved that expression, or ""
resolution      how that date was resolved
flags           warnings, e.g. "weekday-date mismatch: 2019-12-31"
links           ids of related rows (claims asserting an event, events a claim is about)
==============  ==============================================================
"""
from __future__ import annotations

from . import ladder

COLUMNS = ["id", "row", "start", "end", "precision", "value", "wording", "label", "text", "lane",
           "rung", "rung_label", "kind", "speaker", "mode", "anonymous", "hedged", "casualties",
           "modality", "source_start", "source_end", "rule", "timex", "timex_rule", "resolution",
           "flags", "links"]

_GRAN = {"D": "day", "POD": "part of day", "CLOCK": "minute", "W": "week", "WE": "weekend",
         "M": "month", "Q": "quarter", "HALF": "half-year", "SEASON": "season", "Y": "year", "DE": "decade",
         "CE": "century"}


def precision_of(value: str | None, interval) -> str:
    """How precise a TimeML value is, in words."""
    if not value or not interval or interval[0] is None:
        return "undated"
    v = value
    if v.endswith("_REF"):
        return "vague"
    if "T" in v and len(v) >= 13:
        return "minute" if ":" in v else "part of day"
    if v.endswith("-WE"):
        return "weekend"
    if "-W" in v:
        return "week"
    if "-Q" in v:
        return "quarter"
    if "-H" in v:
        return "half-year"
    if len(v) == 10:
        return "day"
    if len(v) == 7 and v[4] == "-" and v[5:].isdigit():
        return "month"
    if len(v) == 7:
        return "season"
    if len(v) == 4:
        return "year"
    if len(v) == 3:
        return "decade"
    if len(v) == 2 and v.isdigit():
        return "century"
    return "day"


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


DATE_FIELDS = ("start", "end", "precision", "value", "wording", "timex", "timex_rule", "resolution", "flags")
_UNDATED_CLAIM = "no time expression governs the claim: dated by the publication date"


class Dating:
    """How the rows of one analysis are dated: ``event(e)`` and ``claim(c)`` give the values of
    ``DATE_FIELDS`` for an event or a claim (the time expression that governs it, its interval and
    precision, its wording, how it was resolved and its warnings)."""

    def __init__(self, analysis):
        self.timexes = {t.id: t for t in analysis.timexes}
        flags: dict[str, list[str]] = {}
        for issue in analysis.issues:
            if issue.timex:
                note = issue.kind + (f": {issue.suggested}" if issue.suggested else "")
                flags.setdefault(issue.timex, []).append(note)
        self.flags = {tid: "; ".join(notes) for tid, notes in flags.items()}
        # a claim that no time expression governs is dated by the publication day
        pub = analysis.published.value
        self.pub_value = pub
        self.pub_day = (f"{pub[:10]}T00:00:00", f"{pub[:10]}T23:59:59") if pub and len(pub) >= 10 else None
        self._dated: dict = {}         # timex id -> the values of a claim it governs
        self._undated: dict = {}       # value -> the values of a claim no time expression governs

    def event(self, e) -> tuple:
        time = e.get("time") or {}
        t = self.timexes.get(time.get("timex") or "")
        interval = time.get("interval")
        value = time.get("value")
        start, end = (interval[0], interval[1]) if interval else (None, None)
        if t is None:
            return (start, end, precision_of(value, interval), value or "", "", "", "",
                    time.get("explanation") or "", "")
        return (start, end, precision_of(value, interval), value or "", t.text, t.id, t.rule,
                time.get("explanation") or t.explanation, self.flags.get(t.id, ""))

    def claim(self, c) -> tuple:
        time = c.get("time") or {}
        key = time.get("timex") or ""
        t = self.timexes.get(key)
        if t is None:
            value = time.get("value") or self.pub_value
            out = self._undated.get(value)
            if out is None:
                interval = self.pub_day
                start, end = interval or (None, None)
                out = self._undated[value] = (start, end, precision_of(value, interval), value or "", "", "", "",
                                              _UNDATED_CLAIM, "")
            return out
        # the claims a time expression governs are dated alike: worked out once per expression
        out = self._dated.get(key)
        if out is None:
            interval = t.interval
            start, end = (interval[0], interval[1]) if interval else (None, None)
            out = self._dated[key] = (start, end, precision_of(t.value, interval), t.value or "", t.text, t.id,
                                      t.rule, t.explanation, self.flags.get(t.id, ""))
        return out


def rows(analysis) -> list[dict]:
    """The timeline rows as plain dicts (see the module documentation)."""
    dating = Dating(analysis)
    lang = analysis.lang
    out = []
    about: dict[str, list[str]] = {}
    for e in analysis.events:
        for cid in e.get("claims", []):
            about.setdefault(cid, []).append(e["id"])
    for e in analysis.events:
        start, end, precision, value, wording, timex, timex_rule, resolution, flags = dating.event(e)
        out.append({
            "id": e["id"], "row": "event", "start": start, "end": end, "precision": precision,
            "value": value, "wording": wording,
            "label": e.get("label") or _short(e.get("summary", "")),
            "text": e.get("summary", ""), "lane": (e.get("actor") or {}).get("name") or "",
            "rung": e.get("rung", 0), "rung_label": ladder.rung_name(e.get("rung", 0), lang),
            "kind": e.get("kind", ""), "speaker": "", "mode": "",
            "anonymous": False, "hedged": e.get("modality") == "hypothetical",
            "casualties": int((e.get("casualties") or {}).get("killed") or 0),
            "modality": e.get("modality", ""),
            "source_start": e["sentence"]["start"], "source_end": e["sentence"]["end"],
            "rule": e.get("rule", ""), "timex": timex, "timex_rule": timex_rule,
            "resolution": resolution, "flags": flags,
            "links": list(e.get("claims", [])),
        })
    for c in analysis.claims:
        start, end, precision, value, wording, timex, timex_rule, resolution, flags = dating.claim(c)
        kind = c.get("kind", "")
        rung = ladder.claim_rung(kind)
        out.append({
            "id": c["id"], "row": "claim", "start": start, "end": end, "precision": precision,
            "value": value, "wording": wording,
            "label": _short(c["content"]["text"]), "text": c["content"]["text"],
            "lane": c["speaker"]["name"], "rung": rung, "rung_label": ladder.rung_name(rung, lang),
            "kind": kind, "speaker": c["speaker"]["name"], "mode": c.get("mode", ""),
            "anonymous": bool(c.get("anonymous")), "hedged": bool(c.get("hedges")),
            "casualties": 0, "modality": "",
            "source_start": c["content"]["start"], "source_end": c["content"]["end"],
            "rule": c.get("rule", ""), "timex": timex, "timex_rule": timex_rule,
            "resolution": resolution, "flags": flags,
            "links": about.get(c["id"], []),
        })
    return out


def _datetimes(pd, column):
    """ISO dates and date-times of any precision as timestamps (NaT where there is none)."""
    try:
        return pd.to_datetime(column, errors="coerce", format="ISO8601")
    except (TypeError, ValueError):            # pandas before 2.0 has no "ISO8601" format
        return pd.to_datetime(column, errors="coerce")


def table(analysis):
    """The timeline as a pandas DataFrame, sorted by start."""
    import pandas as pd

    df = pd.DataFrame(rows(analysis), columns=COLUMNS)
    for col in ("start", "end"):
        df[col] = _datetimes(pd, df[col])
    df = df.sort_values(["start", "row", "id"], na_position="last", kind="stable").reset_index(drop=True)
    return df
