"""The escalation timeline chart, in Altair (Vega-Lite).

    >>> import chronique
    >>> a = chronique.analyze(text)
    >>> c = chronique.chart(a)            # an Altair chart: display it, or c.save("t.png")
    >>> a.save("timeline.html")           # standalone, offline (see chronique.export)

Two panels share one time axis at day precision:

* **events** on the escalation ladder (rungs 0 to 6, see ``chronique.ladder``),
  coloured by rung, sized by the people killed, shaped by modality;
* **claims** in one lane per speaker, coloured by speaker (click the legend to
  isolate one), shaped by the mode of reported speech (direct, mixed,
  indirect), pale when the source is anonymous, dashed when hedged.

Rows dated by an interval draw it as a span (the weekend from Saturday to
Sunday, "mardi soir" as the evening); vague intervals ("in the coming days")
are faded.  A dashed rule marks the publication date.  Rows whose date is
inconsistent in the text (the weekday-date mismatch "mardi 31 janvier") carry
a red ring and a red label.  Undated rows are left off the axis and counted in
the subtitle.  Labels are packed into sub-rows so that they never overlap;
when there is no room (thousands of rows), labels are dropped and the
subtitle says how many, the tooltips keep every detail.

The data is passed inline as named datasets (no row limit, no
``MaxRowsError``), and nothing is fetched from the network.  In a notebook,
``enable_offline()`` (called on import inside a Jupyter kernel) selects a
renderer that works without internet.
"""
from __future__ import annotations

import json
import math
import sys
from datetime import datetime, timedelta

from .resources import module

DEFAULTS = {
    "width": 900,          # plot width in pixels
    "row_height": 16,      # height of one sub-row, in pixels
    "font_size": 11,
    "label_chars": 60,     # labels are cut to this many characters
    "max_labels": 80,      # beyond this many rows, only the most important are labelled
    "max_lanes": 12,       # speakers beyond this share one "other speakers" lane
    "max_subrows": 8,      # sub-rows per rung or lane before labels are dropped
    "title": None,         # default: the title in the article's language
    "tooltips": True,      # tooltips on every mark (static exports turn them off)
    "compact": None,       # datasets as JSON strings, no ARIA descriptions; default: above 2,000 rows
}
COMPACT_ROWS = 2000

# rung colours, from words (cool) to lethal force (dark red)
RUNG_COLORS = ["#8c8cb8", "#5b9bd5", "#f2b134", "#f28e2b", "#e15759", "#b5161b", "#5c0a0f"]
FLAG_COLOR = "#d62728"
MODE_SHAPES = {"direct": "circle", "mixed": "diamond", "indirect": "square"}
MODALITY_SHAPES = {"asserted": "circle", "reported": "square", "future": "triangle-right",
                   "hypothetical": "diamond", "negated": "cross"}
POINT_SIZE = 110
SPAN_DAYS_IN_DOMAIN = 16   # spans longer than this do not stretch the time axis
DATASETS = ("events", "claims", "event_bands", "claim_bands", "publication")


def chart_labels(lang: str) -> dict:
    """The chart's words in ``lang`` (``CHART_LABELS`` of the language's events resources)."""
    return module(lang, "events").CHART_LABELS


# --------------------------------------------------------------------------- dates


def _ts(value) -> datetime | None:
    """A naive datetime from a pandas Timestamp, an ISO string or None/NaT."""
    if value is None:
        return None
    if isinstance(value, str):
        if not value:
            return None
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
        if hasattr(value, "to_pydatetime"):
            return value.to_pydatetime().replace(tzinfo=None)
    except (TypeError, ValueError):
        pass
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return None


def _iso(d: datetime) -> str:
    # "Z": the chart uses UTC scales, so no time zone or daylight saving shifts a day
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "Z"


def _day_floor(d: datetime) -> datetime:
    return datetime(d.year, d.month, d.day)


def _day_ceil(d: datetime) -> datetime:
    f = _day_floor(d)
    return f if f == d else f + timedelta(days=1)


def format_day(d: datetime, labels: dict, year: bool = True) -> str:
    """'mar. 31 déc. 2019' / 'Tue 31 Dec 2019'."""
    loc = labels["time_locale"]
    wd = loc["shortDays"][(d.weekday() + 1) % 7]
    text = labels["day_format"].format(weekday=wd, day=d.day, month=loc["shortMonths"][d.month - 1])
    return f"{text} {d.year}" if year else text


def format_date_long(d: datetime, labels: dict) -> str:
    """'mardi 31 décembre 2019' / 'Tuesday 31 December 2019'."""
    loc = labels["time_locale"]
    return labels["date_format"].format(weekday=loc["days"][(d.weekday() + 1) % 7], day=d.day,
                                        month=loc["months"][d.month - 1], year=d.year)


def format_interval(start: datetime, end: datetime, precision: str, labels: dict) -> str:
    """The resolved date of a row, in words: a day, a day with hours, or a range of days."""
    if _day_floor(start) == _day_floor(end):
        day = format_day(start, labels)
        if precision in ("part of day", "minute") or (start.hour, start.minute) != (0, 0) \
                or (end.hour, end.minute) != (23, 59):
            if start == end:
                return f"{day} {start:%H:%M}"
            return f"{day}, {start:%H:%M}–{end:%H:%M}"
        return day
    same_year = start.year == end.year
    return f"{format_day(start, labels, year=not same_year)} – {format_day(end, labels)}"


def publication_instant(value: str | None):
    """The instant of the publication rule and whether it is known to the day.

    A publication known to the day is drawn at the end of that day: what lies
    right of the rule happened (or is announced) after publication.
    """
    if not value or len(value) < 10:
        return None
    d = _ts(value[:19] if "T" in value else value[:10])
    if d is None:
        return None
    if "T" not in value:
        d = d + timedelta(days=1) - timedelta(seconds=1)
    return d


# --------------------------------------------------------------------------- layout


def text_width(text: str, font_size: float) -> float:
    """A generous estimate of the width of ``text`` in pixels (sans-serif)."""
    w = 0.0
    for ch in text:
        if ch in "il.,;:'!|ı’ ":
            w += 0.32
        elif ch.isupper() or ch in "mwMW—–⚠†":
            w += 0.78
        else:
            w += 0.58
    return w * font_size


def _cut(text: str, n: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def pack(items: list[dict], *, width: float, max_subrows: int, gap: float = 8.0) -> int:
    """Assign each item a sub-row so that no two boxes of a sub-row overlap.

    Items carry ``left``/``right`` (their extent in pixels, label included when
    ``labelled``) and ``core_left``/``core_right`` (point and span only).  First
    fit in order of left edge; when every sub-row is taken, the label is dropped
    and the bare mark goes where it fits best.  Sets ``sub`` on each item and
    returns the number of sub-rows used (at least 1).
    """
    ends: list[float] = []
    for it in sorted(items, key=lambda i: (i["left"], i["order"])):
        placed = False
        for k, end in enumerate(ends):
            if end + gap <= it["left"]:
                it["sub"], ends[k], placed = k, it["right"], True
                break
        if not placed and len(ends) < max_subrows:
            it["sub"] = len(ends)
            ends.append(it["right"])
            placed = True
        if not placed:
            # no room: drop the label, keep the mark
            it["labelled"] = False
            it["left"], it["right"] = it["core_left"], it["core_right"]
            for k, end in enumerate(ends):
                if end + gap <= it["left"]:
                    it["sub"], ends[k], placed = k, max(end, it["right"]), True
                    break
            if not placed:
                k = min(range(len(ends)), key=ends.__getitem__)
                it["sub"], ends[k] = k, max(ends[k], it["right"])
    return max(1, len(ends))


def _wrap(text: str, n: int = 30) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > n:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines or [""]


# --------------------------------------------------------------------------- data


def _source(analysis, lang, published):
    """The timeline table, the language, the publication value and the analysis (or None)."""
    import pandas as pd

    if isinstance(analysis, pd.DataFrame):
        from .resources import check_lang

        return analysis, check_lang(lang or "en"), published, None
    from .model import load

    a = load(analysis)
    return a.timeline(), lang or a.lang, published if published is not None else a.published.value, a


def chart_data(analysis, *, lang: str | None = None, published: str | None = None,
               **options) -> dict:
    """Everything the chart draws, as plain data (the layout is computed here).

    Returns a dict with the datasets (lists of records), the time domain, the
    panel heights and axis labels, and the subtitle lines.
    """
    opts = {**DEFAULTS, **{k: v for k, v in options.items() if v is not None}}
    unknown = set(options) - set(DEFAULTS)
    if unknown:
        raise ValueError(f"unknown chart option(s): {', '.join(sorted(unknown))}")
    table, lang, published, a = _source(analysis, lang, published)
    L = chart_labels(lang)
    kind_names = getattr(module(lang, "events"), "KIND_NAMES", {})
    from . import ladder

    width = float(opts["width"])
    fs = float(opts["font_size"])
    timex_rules = {t.id: t.rule for t in a.timexes} if a is not None else {}

    records = table.to_dict("records")
    dated, undated = [], []
    for order, r in enumerate(records):
        s, e = _ts(r.get("start")), _ts(r.get("end"))
        if s is None:
            undated.append(r)
            continue
        if e is None or e < s:
            e = s
        r["_s"], r["_e"], r["_order"] = s, e, order
        dated.append(r)

    pub = publication_instant(published)

    # points: the middle of short intervals, the start of long ones
    for r in dated:
        s, e = r["_s"], r["_e"] + timedelta(seconds=1) if r["_e"] != r["_s"] else r["_e"]
        r["_e1"] = e
        dur = e - s
        prec = r.get("precision") or "day"
        r["_span"] = dur > timedelta(0) and prec not in ("day", "minute")
        r["_x"] = s + dur / 2 if dur <= timedelta(days=8) else s

    # the time domain: whole days around the points and the short spans
    xs = [r["_x"] for r in dated]
    for r in dated:
        if r["_span"] and r["_e1"] - r["_s"] <= timedelta(days=SPAN_DAYS_IN_DOMAIN):
            xs += [r["_s"], r["_e1"]]
    if pub is not None:
        xs.append(pub)
    if not xs:
        base = pub or datetime(2000, 1, 1)
        xs = [base]
    lo, hi = _day_floor(min(xs)), _day_ceil(max(xs))
    if hi - lo < timedelta(days=2):
        hi = lo + timedelta(days=2)
    span_s = (hi - lo).total_seconds()

    def px(d: datetime) -> float:
        return (d - lo).total_seconds() / span_s * width

    # which rows get a label: all of them up to max_labels, else the most important
    priority = sorted(dated, key=lambda r: (not r.get("flags"), r.get("row") != "event",
                                            -int(r.get("rung") or 0),
                                            -int(r.get("casualties") or 0), r["_order"]))
    labelled = {id(r) for r in priority[: int(opts["max_labels"])]}

    # claims: lanes by speaker, in the order the article first quotes them (so that a speaker
    # keeps their lane and colour when a date is corrected)
    claims = [r for r in dated if r.get("row") == "claim"]
    events = [r for r in dated if r.get("row") != "claim"]
    first: dict[str, tuple] = {}
    count: dict[str, int] = {}
    for r in claims:
        lane = r.get("speaker") or r.get("lane") or "?"
        key = (int(r.get("source_start") or 0), r["_x"])
        first[lane] = min(first.get(lane, key), key)
        count[lane] = count.get(lane, 0) + 1
    lanes = sorted(first, key=first.__getitem__)
    max_lanes = int(opts["max_lanes"])
    if len(lanes) > max_lanes:
        keep = set(sorted(lanes, key=lambda n: (-count[n], first[n]))[: max_lanes - 1])
        lanes = [n for n in lanes if n in keep] + [L["other_speakers"]]
    lane_set = set(lanes)

    def speaker_lane(r):
        name = r.get("speaker") or r.get("lane") or "?"
        return name if name in lane_set else L["other_speakers"]

    # speakers of the claims linked to each event (for the speaker highlight)
    claim_speaker = {r["id"]: (r.get("speaker") or r.get("lane") or "") for r in records
                     if r.get("row") == "claim"}
    event_label = {r["id"]: (r.get("label") or "") for r in records if r.get("row") != "claim"}

    def items_for(rows, band_of):
        out: dict = {}
        for r in rows:
            x = px(r["_x"])
            casualties = int(r.get("casualties") or 0)
            size = POINT_SIZE if r.get("row") == "claim" else _size(casualties)
            rad = math.sqrt(size) / 2 + 1
            core_l, core_r = x - rad, x + rad
            if r["_span"]:
                core_l = min(core_l, px(r["_s"]))
                core_r = max(core_r, px(r["_e1"]))
            side, anchor, text = "right", core_r + 4, None
            l, rr = core_l, core_r
            if id(r) in labelled:
                text = _label_text(r, L, opts)
                tw = text_width(text, fs)
                # the label starts after the mark and its span (or ends before them, when the
                # right edge has no room)
                anchor = min(core_r, width + 30) + 4
                if r["_span"] and x + rad + 4 + tw <= min(core_r, width) - 4:
                    anchor = x + rad + 4           # inside the span, right of the mark
                elif anchor + tw > width + 30 and core_l - 4 - tw >= -10:
                    side, anchor = "left", core_l - 4
                elif anchor + tw > width + 30:
                    # no room on either side: the label is shortened to the larger room
                    left_room = core_l - 4 + 10
                    if left_room > width + 30 - anchor:
                        side, anchor = "left", core_l - 4
                    text = _fit_label(r, L, opts, max(left_room, width + 30 - anchor), fs)
                    tw = text_width(text, fs)
                if side == "right":
                    l, rr = core_l, max(core_r, anchor + tw)
                else:
                    l, rr = min(core_l, anchor - tw), core_r
            it = {"row": r, "left": l, "right": rr, "core_left": core_l, "core_right": core_r,
                  "labelled": id(r) in labelled, "order": r["_order"], "side": side,
                  "anchor": anchor, "text": text, "rad": rad, "size": size}
            out.setdefault(band_of(r), []).append(it)
        return out

    ev_items = items_for(events, lambda r: max(0, min(6, int(r.get("rung") or 0))))
    cl_items = items_for(claims, speaker_lane)

    def layout(bands_order, items, band_label, offset0=0.0):
        bands, centres, y = [], [], offset0
        for k, key in enumerate(bands_order):
            its = items.get(key, [])
            used = pack(its, width=width, max_subrows=int(opts["max_subrows"])) if its else 1
            # room for the band's label, which may take two or three lines
            lines = _wrap(band_label(key), 36)
            n = max(used, math.ceil(len(lines) * fs * 1.15 / float(opts["row_height"])))
            for it in its:
                it["y"] = y + (n - used) / 2 + it["sub"] + 0.5
            bands.append({"band": str(key), "y0": y, "y1": y + n, "shade": k % 2 == 0,
                          "label": band_label(key)})
            centres.append((y + n / 2, lines))
            y += n
        return bands, centres, y

    rung_names = {k: ladder.rung_name(k, lang) for k in range(7)}
    # a free row and a half at the top of the events panel for the publication note
    ev_bands, ev_centres, ev_total = layout(list(range(6, -1, -1)), ev_items,
                                            lambda k: f"{k} · {rung_names[k]}", offset0=1.5)
    cl_bands, cl_centres, cl_total = layout(lanes, cl_items, lambda k: k)

    hidden = 0
    t_per_px = span_s / width
    tooltips = bool(opts["tooltips"])

    def record(it, panel):
        r = it["row"]
        s, e = r["_s"], r["_e"]
        prec = r.get("precision") or "day"
        flagged = bool(r.get("flags"))
        links = r.get("links")
        links = list(links) if isinstance(links, (list, tuple)) else ([] if not links else [str(links)])
        lx = lo + timedelta(seconds=it["anchor"] * t_per_px)
        tid = r.get("timex") or ""
        label = it["text"] if it["text"] is not None else (_label_text(r, L, opts) if tooltips else "")
        rec = {
            "id": r["id"], "row": r.get("row") or "", "x": _iso(r["_x"]),
            "start": _iso(s), "end": _iso(r["_e1"]), "y": it["y"],
            "label_x": _iso(lx), "side": it["side"], "labelled": bool(it["labelled"]),
            "label": label, "span": bool(r["_span"]), "vague": prec == "vague",
            "span_kind": L["spans"]["vague" if prec == "vague" else "span"] if r["_span"] else "",
            "flagged": flagged, "flag": L["flag"] if flagged else "",
            "day": s.strftime("%Y-%m-%d"), "rung": int(r.get("rung") or 0),
        }
        if tooltips:
            rec.update({
                "date": format_interval(s, e, prec, L), "precision": L["precisions"].get(prec, prec),
                "wording": r.get("wording") or "", "resolution": r.get("resolution") or "",
                "date_rule": timex_rules.get(tid, ""), "rule": r.get("rule") or "",
                "flags": r.get("flags") or "", "rung_label": r.get("rung_label") or "",
                "kind": kind_names.get(r.get("kind") or "", r.get("kind") or ""),
                "text": _cut(r.get("text") or "", 400),
            })
        if panel == "events":
            casualties = int(r.get("casualties") or 0)
            modality = r.get("modality") or "asserted"
            speakers = sorted({claim_speaker[c] for c in links if c in claim_speaker})
            rec.update({
                "casualties": casualties, "size": it["size"],
                "modality": modality, "modality_label": L["modalities"].get(modality, modality),
                "speakers": "|" + "|".join(speakers) + "|",
            })
            if tooltips:
                rec.update({"actor": r.get("lane") or "", "about": ", ".join(speakers)})
        else:
            mode = r.get("mode") or "indirect"
            rec.update({
                "speaker": speaker_lane(r), "mode": mode, "mode_label": L["modes"].get(mode, mode),
                "anonymous": bool(r.get("anonymous")), "hedged": bool(r.get("hedged")),
                "source": L["sources"]["anonymous" if r.get("anonymous") else "named"],
                "hedge": L["hedges"]["hedged" if r.get("hedged") else "plain"],
            })
            if tooltips:
                rec.update({"speaker_name": r.get("speaker") or r.get("lane") or "",
                            "about": ", ".join(event_label.get(e_id, e_id) for e_id in links)})
        return rec

    ev_records, cl_records = [], []
    for band in ev_items.values():
        for it in band:
            ev_records.append(record(it, "events"))
            hidden += not it["labelled"]
    for band in cl_items.values():
        for it in band:
            cl_records.append(record(it, "claims"))
            hidden += not it["labelled"]
    ev_records.sort(key=lambda d: (d["x"], d["id"]))
    cl_records.sort(key=lambda d: (d["x"], d["id"]))

    # the subtitle
    sub = []
    pub_day = _ts(published[:10]) if published and len(published) >= 10 else None
    head = (L["published"].format(date=format_date_long(pub_day, L)) if pub_day
            else (L["published"].format(date=published) if published else L["published_unknown"]))
    if published and a is not None and a.published.inferred and published == a.published.value:
        head += L["inferred"]
    n_events = sum(1 for r in records if r.get("row") != "claim")
    counts = {"events": n_events, "claims": len(records) - n_events}
    sub.append(f"{head} · " + L["counts"].format(**{
        k: f"{n} {L['count_nouns'][k][n not in L['singular_counts']]}" for k, n in counts.items()}))
    notes = []
    for r in dated:
        if r.get("flags") and r.get("wording"):
            note = L["flag_note"].format(wording=r["wording"], value=r["_s"].strftime("%Y-%m-%d"))
            if note not in notes:
                notes.append(note)
    sub += notes[:3]
    if len(notes) > 3:
        sub.append(L["more_flags"].format(n=len(notes) - 3))
    if undated:
        names = ", ".join(_cut(r.get("label") or r.get("id") or "", 30) for r in undated[:5])
        if len(undated) > 5:
            names += ", …"
        sub.append(L["undated"].format(n=len(undated), labels=names))
    hidden_labels = sum(1 for d in ev_records + cl_records if not d["labelled"])
    if hidden_labels:
        sub.append(L["hidden_labels"].format(n=hidden_labels))

    pubs = []
    if pub is not None:
        pubs.append({"x": _iso(pub), "y": 0.75, "day": pub.strftime("%Y-%m-%d"),
                     "label": f"{L['publication']} · {format_day(pub, L)}"
                              + (f" {pub:%H:%M}" if "T" in published else "")})

    return {
        "lang": lang, "labels": L, "options": opts,
        "domain": [_iso(lo), _iso(hi)], "days": (hi - lo).days,
        "datasets": {"events": ev_records, "claims": cl_records, "event_bands": ev_bands,
                     "claim_bands": cl_bands, "publication": pubs},
        "heights": {"events": ev_total, "claims": cl_total},
        "centres": {"events": ev_centres, "claims": cl_centres},
        "lanes": lanes, "subtitle": sub, "undated": len(undated), "hidden_labels": hidden_labels,
    }


def _size(casualties: int) -> float:
    """Mark area for a number of people killed (area grows with the square root)."""
    return 70.0 + 430.0 * min(1.0, math.sqrt(max(0, casualties)) / math.sqrt(50))


def _fit_label(r: dict, L: dict, opts: dict, room: float, font_size: float) -> str:
    """The label of ``r`` cut to fit ``room`` pixels (its flag kept), or as short as it gets."""
    n = int(opts["label_chars"])
    text = _label_text(r, L, opts)
    while n > 12 and text_width(text, font_size) > room:
        n = max(12, int(n * min(0.9, room / max(1.0, text_width(text, font_size)))))
        text = _label_text(r, L, {**opts, "label_chars": n})
    return text


def _label_text(r: dict, L: dict, opts: dict) -> str:
    n = int(opts["label_chars"])
    if r.get("row") == "claim":
        text = _cut(r.get("text") or r.get("label") or "", n)
    else:
        text = _cut(r.get("label") or r.get("kind") or "", n)
        if r.get("lane"):
            text = f"{text} — {_cut(r['lane'], 28)}"
    if r.get("flags"):
        text += f"  ⚠ {r.get('wording') or ''}".rstrip()
    return text


# --------------------------------------------------------------------------- chart


def chart(analysis, *, lang: str | None = None, published: str | None = None, **options):
    """The escalation timeline of ``analysis`` as an Altair chart.

    ``analysis``: an ``Analysis`` (or anything ``chronique.load`` reads), or a
    timeline table (``Analysis.timeline()``) with ``lang`` and ``published``.
    Options (see ``DEFAULTS``): ``width``, ``row_height``, ``font_size``,
    ``label_chars``, ``max_labels``, ``max_lanes``, ``max_subrows``, ``title``.

    The result is two layered panels, concatenated vertically, sharing the
    time scale; the data are top-level named datasets (see ``DATASETS``).
    """
    from .pipeline import collector_paused

    # Altair copies its objects many times; with thousands of rows alive, the cyclic garbage
    # collector would walk them at every copy
    with collector_paused():
        return _chart(analysis, lang, published, options)


def _chart(analysis, lang, published, options):
    import altair as alt

    data = chart_data(analysis, lang=lang, published=published, **options)
    L, opts = data["labels"], data["options"]
    width, rh, fs = int(opts["width"]), float(opts["row_height"]), float(opts["font_size"])
    ds = data["datasets"]
    n_rows = len(ds["events"]) + len(ds["claims"])
    compact = opts["compact"] if opts["compact"] is not None else n_rows > COMPACT_ROWS
    if compact:
        # large timelines: each dataset is one JSON string (Altair neither walks nor validates
        # thousands of records) and Vega-Lite writes no ARIA description per mark
        datasets = {k: json.dumps(v, ensure_ascii=False, separators=(",", ":")) for k, v in ds.items()}
    else:
        datasets = ds

    def named(name):
        return alt.NamedData(name=name, format=alt.DataFormat(type="json")) if compact else alt.NamedData(name=name)
    # what depends on the data beyond the datasets (the time domain, the day ticks, the rows and
    # labels of each panel) is held in top-level parameters (see ``axis_params``): a view that
    # shows the chart can follow an edit by changing data and parameters, without redrawing
    params = axis_params(data)
    P = alt.ExprRef

    # the time axis: a gridline at every midnight, the day's name centred on the day
    if data["days"] <= 45:
        axis_kw = {"values": P(expr="cq_x_ticks"), "labelOffset": P(expr="cq_x_offset"),
                   "labelExpr": ("datum.value >= cq_x_hi ? '' : "
                                 "[utcFormat(datum.value, '%a'), utcFormat(datum.value, '%e %b')]")}
    else:
        axis_kw = {"format": "%e %b", "labelOverlap": True, "tickCount": max(2, width // 110)}

    def X(field, orient, scale=False):
        # the domain is given once, in the event points (the scale is shared): Vega-Lite warns
        # when it merges equal explicit domains, and an explicit domain wins over the data
        return alt.X(f"{field}:T", scale=alt.Scale(domain=[P(expr="cq_x_lo"), P(expr="cq_x_hi")], type="utc")
                     if scale else alt.Undefined,
                     axis=alt.Axis(orient=orient, grid=True, gridColor="#d9d9d9", labelFontSize=fs,
                                   title=L["time_axis"] if orient == "bottom" else None,
                                   labelAlign="center", **axis_kw))

    def Y(field, panel, title):
        p = PANEL_PARAM[panel]
        return alt.Y(f"{field}:Q", scale=alt.Scale(domain=[0, P(expr=f"{p}_total")], reverse=True, nice=False,
                                                   zero=False),
                     axis=alt.Axis(values=P(expr=f"{p}_ticks"),
                                   labelExpr=(f"indexof({p}_ticks, datum.value) >= 0 ? "
                                              f"{p}_labels[indexof({p}_ticks, datum.value)] : ''"),
                                   grid=False, ticks=False, domain=False, title=title,
                                   labelFontSize=fs, labelLimit=280, labelPadding=6))

    dim = 0.15
    # the speaker highlight: a point selection bound to the speaker legend.  It is declared
    # once, at the top level, for the claim points only: Altair would otherwise copy it into
    # every layer of the panel.  Altair names the layers of the second panel "<name>_1".
    speaker_sel = alt.selection_point(name="speaker_sel", fields=["speaker"], bind="legend")
    speaker_param = alt.TopLevelSelectionParameter(
        name="speaker_sel", select=alt.PointSelectionConfig(type="point", fields=["speaker"]),
        bind="legend", views=["claim-points_1"])
    # an event stays lit when one of the claims linked to it is by the selected speaker
    event_hl = ("length(data('speaker_sel_store')) == 0 || "
                "indexof(datum.speakers, '|' + data('speaker_sel_store')[0].values[0] + '|') >= 0")

    spans_order = [L["spans"]["span"], L["spans"]["vague"]]
    span_kinds = _present(ds["events"] + ds["claims"], "span_kind", spans_order)
    # (Vega-Lite draws no legend for fillOpacity: the styles that need explaining use opacity,
    # inside the highlight condition)
    span_opacity = alt.Opacity(
        "span_kind:O", scale=alt.Scale(domain=spans_order, range=[1, 0.55]),
        legend=alt.Legend(symbolOpacity=1, title=L["legend_span"], symbolType="square", values=span_kinds, symbolSize=180,
                          symbolFillColor="#f3b9ba", symbolStrokeColor="#666666", labelLimit=340)
        if span_kinds else None)

    # ---------------- events: the escalation ladder
    ev_total = data["heights"]["events"]

    def ev_y(field="y"):
        return Y(field, "events", L["events_axis"])

    events = named("events")
    rung_fill = alt.Fill("rung:O", scale=alt.Scale(domain=list(range(7)), range=RUNG_COLORS), legend=None)
    ev_tooltip = _tooltip(alt, L, "events") if opts["tooltips"] else alt.Undefined
    modalities = [m for m in MODALITY_SHAPES if any(d["modality"] == m for d in ds["events"])] or ["asserted"]
    ev_opacity = alt.condition(event_hl, alt.value(1), alt.value(dim))
    ev_points = alt.Chart(events).mark_point(filled=True, stroke="#333333", strokeWidth=0.8).encode(
        x=X("x", "top", scale=True), y=ev_y(), fill=rung_fill,
        shape=alt.Shape("modality_label:N", title=L["legend_modality"],
                        scale=alt.Scale(domain=[L["modalities"][m] for m in modalities],
                                        range=[MODALITY_SHAPES[m] for m in modalities]),
                        legend=alt.Legend(symbolOpacity=1, symbolFillColor="#555555")),
        size=alt.Size("casualties:Q", title=L["legend_casualties"],
                      scale=alt.Scale(type="sqrt", domain=[0, 50], range=[70, 500], clamp=True),
                      legend=alt.Legend(symbolOpacity=1, values=_casualty_values(ds["events"]), symbolFillColor="#888888")),
        opacity=ev_opacity, tooltip=ev_tooltip,
    ).properties(name="event-points")
    ev_layers = [
        _bands(alt, named("event_bands"), ev_y("y0"), "events-bands"),
        *_spans(alt, events, X("start", "top"), ev_y("y0"), rung_fill, "event-spans", ev_tooltip,
                opacity=alt.condition(event_hl, span_opacity, alt.value(dim / 2)), outline=not compact),
        ev_points,
        _flags(alt, events, X("x", "top"), ev_y(), L, "event-flags", legend=True),
        *_labels(alt, events, X("label_x", "top"), ev_y(), fs, "event", ev_opacity),
        *_publication(alt, named("publication"), X("x", "top"), ev_y(), fs, with_label=True),
    ]
    ev_panel = alt.layer(*ev_layers).properties(width=width, height=max(60, round(ev_total * rh)))

    # ---------------- claims: one lane per speaker
    cl_total = data["heights"]["claims"]

    def cl_y(field="y"):
        return Y(field, "claims", L["claims_axis"])

    claims = named("claims")
    lanes = data["lanes"]
    speaker_fill = alt.Fill("speaker:N", scale=alt.Scale(domain=P(expr="cq_lanes"), scheme="tableau10" if len(lanes) <= 10
                                                         else "tableau20"),
                            legend=alt.Legend(symbolOpacity=1, title=L["legend_speaker"], symbolType="circle", labelLimit=240,
                                              symbolStrokeColor="#222222"))
    cl_tooltip = _tooltip(alt, L, "claims") if opts["tooltips"] else alt.Undefined
    modes = [m for m in MODE_SHAPES if any(d["mode"] == m for d in ds["claims"])] or ["direct"]
    cl_opacity = alt.condition(speaker_sel, alt.value(1), alt.value(dim))
    cl_points = alt.Chart(claims).mark_point(filled=True, size=POINT_SIZE, stroke="#222222",
                                             strokeWidth=1.4).encode(
        x=X("x", "bottom"), y=cl_y(), fill=speaker_fill,
        shape=alt.Shape("mode_label:N", title=L["legend_mode"],
                        scale=alt.Scale(domain=[L["modes"][m] for m in modes],
                                        range=[MODE_SHAPES[m] for m in modes]),
                        legend=alt.Legend(symbolOpacity=1, symbolFillColor="#555555")),
        # an anonymous source: a pale fill and a paler mark (the opacity carries the legend)
        fillOpacity=alt.FillOpacity("source:O", scale=alt.Scale(
            domain=[L["sources"]["named"], L["sources"]["anonymous"]], range=[0.95, 0.2]), legend=None),
        strokeDash=alt.StrokeDash("hedge:O", title=L["legend_hedge"],
                                  scale=alt.Scale(domain=[L["hedges"]["plain"], L["hedges"]["hedged"]],
                                                  range=[[1, 0], [2.5, 2]]),
                                  legend=alt.Legend(symbolOpacity=1, symbolFillColor="#ffffff", symbolStrokeColor="#222222",
                                                    symbolStrokeWidth=1.4, symbolSize=160, symbolType="circle",
                                                    labelLimit=280)),
        opacity=alt.condition(speaker_sel, alt.Opacity(
            "source:O", title=L["legend_source"],
            scale=alt.Scale(domain=[L["sources"]["named"], L["sources"]["anonymous"]], range=[1, 0.5]),
            legend=alt.Legend(symbolOpacity=1, symbolFillColor="#777777", symbolStrokeColor="#222222", symbolType="circle",
                              symbolSize=140)), alt.value(dim)),
        tooltip=cl_tooltip,
    ).properties(name="claim-points")
    cl_layers = [
        _bands(alt, named("claim_bands"), cl_y("y0"), "claims-bands"),
        *_spans(alt, claims, X("start", "bottom"), cl_y("y0"), speaker_fill, "claim-spans", cl_tooltip,
                opacity=cl_opacity, outline=not compact),
        cl_points,
        _flags(alt, claims, X("x", "bottom"), cl_y(), L, "claim-flags", legend=False),
        *_labels(alt, claims, X("label_x", "bottom"), cl_y(), fs, "claim", cl_opacity),
        *_publication(alt, named("publication"), X("x", "bottom"), cl_y(), fs, with_label=False),
    ]
    cl_panel = alt.layer(*cl_layers).properties(width=width, height=max(60, round(cl_total * rh)))

    independent = dict.fromkeys(("fill", "stroke", "shape", "size", "fillOpacity", "strokeDash", "opacity"),
                                "independent")
    top = alt.vconcat(ev_panel, cl_panel, spacing=16).resolve_scale(x="shared", **independent)
    top = top.resolve_legend(**{k: v for k, v in independent.items() if k != "opacity"})
    return top.properties(
        title=alt.TitleParams(opts["title"] or L["title"], subtitle=data["subtitle"], anchor="start",
                              fontSize=15, subtitleFontSize=fs + 1, subtitleColor="#444444"),
        datasets=datasets,
        params=[speaker_param] + [alt.VariableParameter(name=k, value=v) for k, v in params.items()],
        usermeta={"chronique": {"lang": data["lang"], "undated": data["undated"],
                                "hidden_labels": data["hidden_labels"], "domain": data["domain"]}},
    ).configure(locale=alt.Locale(time=L["time_locale"]), aria=not compact).configure_view(
        stroke="#bbbbbb").configure_legend(labelFontSize=fs, titleFontSize=fs, orient="right")


PANEL_PARAM = {"events": "cq_ev", "claims": "cq_cl"}


def axis_params(data: dict) -> dict:
    """The chart's data-dependent parameters (besides its datasets), from ``chart_data``.

    ``cq_x_lo``/``cq_x_hi``: the time domain (ms since 1970, UTC); with a daily axis,
    ``cq_x_ticks`` (every midnight) and ``cq_x_offset`` (labels centred on their day); for each
    panel (``cq_ev`` events, ``cq_cl`` claims): ``_total`` (the rows' extent), ``_ticks`` (the
    centre of each rung or lane) and ``_labels`` (their labels, a list of lines each);
    ``cq_lanes``: the speakers, in the order of their lanes (their colours follow it).
    """
    lo, hi = (_ms(d) for d in data["domain"])
    out = {"cq_x_lo": lo, "cq_x_hi": hi}
    if data["days"] <= 45:
        day_px = int(data["options"]["width"]) / max(1, data["days"])
        out["cq_x_ticks"] = [lo + k * 86_400_000 for k in range(data["days"] + 1)]
        out["cq_x_offset"] = day_px / 2 if day_px >= 30 else 0
    for panel, p in PANEL_PARAM.items():
        centres = data["centres"][panel]
        out[f"{p}_total"] = data["heights"][panel]
        out[f"{p}_ticks"] = [c for c, _ in centres]
        out[f"{p}_labels"] = [lines if len(lines) > 1 else lines[0] for _, lines in centres]
    out["cq_lanes"] = list(data["lanes"])
    return out


def param_value(spec: dict, name: str):
    """The value of the top-level parameter ``name`` of a chart specification."""
    for p in spec.get("params") or []:
        if p.get("name") == name:
            return p.get("value")
    raise KeyError(name)


def dataset(spec: dict, name: str) -> list:
    """The records of the named dataset ``name`` of a chart specification (``chart(...).to_dict()``)."""
    data = spec["datasets"][name]
    return json.loads(data) if isinstance(data, str) else data


def _ms(iso: str) -> int:
    d = datetime.fromisoformat(iso.rstrip("Z"))
    return int((d - datetime(1970, 1, 1)).total_seconds() * 1000)


def _present(rows, field, order):
    seen = {r.get(field) for r in rows}
    return [v for v in order if v in seen]


def _casualty_values(rows):
    vals = sorted({int(r["casualties"]) for r in rows if r.get("casualties")})
    if not vals:
        return [0]
    return [0] + ([vals[0]] if len(vals) == 1 else [vals[0], vals[-1]])


def _tooltip(alt, L, panel):
    T = L["tooltip"]
    fields = [("label", T["label"]), ("kind", T["kind"])]
    if panel == "events":
        fields += [("actor", T["actor"]), ("rung_label", T["rung"]), ("casualties", T["casualties"]),
                   ("modality_label", T["modality"])]
    else:
        fields += [("speaker_name", T["speaker"]), ("mode_label", T["mode"])]
    fields += [("date", T["date"]), ("precision", T["precision"]), ("wording", T["wording"]),
               ("date_rule", T["date_rule"]), ("resolution", T["resolution"]), ("flags", T["flags"]),
               ("text", T["text"]), ("about", T["about"]), ("rule", T["rule"])]
    return [alt.Tooltip(f"{f}:{'Q' if f == 'casualties' else 'N'}", title=t) for f, t in fields]


def _bands(alt, data, y, name):
    """Alternate shading of the rungs or lanes (a rect without x spans the whole width)."""
    return alt.Chart(data).transform_filter("datum.shade").mark_rect(
        color="#f2f2f2").encode(y=y, y2="y1:Q").properties(name=name)


def _spans(alt, data, x, y, fill, name, tooltip, opacity=None, outline=True):
    """Intervals as bars across their row: solid for an interval, faded and dashed when vague."""
    half = 0.32
    base = alt.Chart(data).transform_filter("datum.span").transform_calculate(
        y0=f"datum.y - {half}", y1=f"datum.y + {half}")
    enc = {"x": x, "x2": "end:T", "y": y, "y2": "y1:Q", "fill": fill}
    if tooltip is not alt.Undefined:
        enc["tooltip"] = tooltip
    if opacity is not None:
        enc["opacity"] = opacity
    layers = [base.transform_filter("!datum.vague").mark_rect(fillOpacity=0.35, clip=True).encode(**enc)
              .properties(name=name),
              base.transform_filter("datum.vague").mark_rect(fillOpacity=0.16, clip=True).encode(**enc)
              .properties(name=name + "-vague")]
    if not outline:
        return layers
    outline = {k: v for k, v in enc.items() if k not in ("fill", "tooltip", "opacity")}
    layers.append(base.transform_filter("datum.vague").mark_rect(
        fill=None, stroke="#666666", strokeDash=[4, 3], strokeWidth=1, clip=True).encode(**outline)
        .properties(name=name + "-outline"))
    return layers


def _flags(alt, data, x, y, L, name, legend=True):
    """A red ring around every row whose date is inconsistent in the text."""
    stroke = alt.Stroke("flag:N", scale=alt.Scale(domain=[L["flag"]], range=[FLAG_COLOR]),
                        legend=alt.Legend(symbolOpacity=1, title=L["legend_flag"], symbolType="circle", symbolStrokeWidth=2.5,
                                          symbolSize=200, labelLimit=280) if legend else None)
    return alt.Chart(data).transform_filter("datum.flagged").mark_point(
        filled=False, size=520, strokeWidth=2.5, shape="circle").encode(x=x, y=y, stroke=stroke).properties(name=name)


def _labels(alt, data, x, y, fs, kind, opacity):
    """Labels right of their mark (left when the right has no room); red when flagged."""
    out = []
    for side, align in (("right", "left"), ("left", "right")):
        out.append(alt.Chart(data).transform_filter(f"datum.labelled && datum.side == '{side}'").mark_text(
            align=align, baseline="middle", fontSize=fs).encode(
            x=x, y=y, text="label:N",
            color=alt.condition("datum.flagged", alt.value(FLAG_COLOR), alt.value("#222222")),
            opacity=opacity,
        ).properties(name=f"{kind}-labels-{side}"))
    return out


def _publication(alt, pub, x, y, fs, with_label):
    """The publication rule (and, in the events panel, its label in the free top row)."""
    layers = [alt.Chart(pub).mark_rule(color="#111111", strokeDash=[6, 3], strokeWidth=1.5).encode(x=x)
              .properties(name="publication-rule")]
    if with_label:
        layers.append(alt.Chart(pub).mark_text(align="right", baseline="middle", dx=-5, fontSize=fs,
                                               fontWeight="bold").encode(x=x, y=y, text="label:N")
                      .properties(name="publication-label"))
    return layers


# --------------------------------------------------------------------------- notebooks


def enable_offline(renderer: str | None = None) -> str:
    """Make Altair render without internet, and return the renderer chosen.

    The ``jupyter`` renderer with ``offline=True`` when anywidget is installed,
    else the ``html`` renderer with the JavaScript inlined, else ``svg``.
    Safe outside Jupyter (it only selects a renderer).
    """
    import importlib.util

    import altair as alt

    if renderer:
        alt.renderers.enable(renderer)
        return renderer
    if importlib.util.find_spec("anywidget") is not None:
        try:
            alt.renderers.enable("jupyter", offline=True)
            return "jupyter"
        except Exception:  # noqa: BLE001 - any failure falls back to the next renderer
            pass
    try:
        alt.renderers.enable("html", template="inline")
        return "html"
    except Exception:  # noqa: BLE001
        alt.renderers.enable("svg")
        return "svg"


def _in_notebook() -> bool:
    if "ipykernel" not in sys.modules:
        return False
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except ImportError:
        return False
    return shell is not None and hasattr(shell, "kernel")


chart.enable_offline = enable_offline

if _in_notebook():  # pragma: no cover - depends on the environment
    try:
        import altair as _alt

        if _alt.renderers.active == "default":
            enable_offline()
    except Exception:  # noqa: BLE001 - never break the import
        pass
