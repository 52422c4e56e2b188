"""What the article view shows, as plain data, and its static HTML rendering.

``view_state`` turns an analysis into the state of the article widget: the
article cut into pieces (each piece says which time expression and which
claims cover it), the time expressions and claims with everything the hover
and the editors show, the speakers and their colours (the chart's), the
overrides.  The text goes to the browser as text pieces, never as HTML: the
widget writes them with ``textContent``.

``static_html`` is the same view for places where widgets cannot run
(nbviewer, exported notebooks): every piece of text is escaped.
"""
from __future__ import annotations

import base64
import html

from .. import ladder
from ..overrides import MODES, VALUE_FORMATS, describe

# Vega's "tableau10" and "tableau20" schemes: the chart colours its speaker lanes with them
TABLEAU10 = ["#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b", "#eeca3b", "#b279a2", "#ff9da6",
             "#9d755d", "#bab0ac"]
TABLEAU20 = ["#4c78a8", "#9ecae9", "#f58518", "#ffbf79", "#54a24b", "#88d27a", "#b79a20", "#f2cf5b",
             "#439894", "#83bcb6", "#e45756", "#ff9d98", "#79706e", "#bab0ac", "#d67195", "#fcbfd2",
             "#b279a2", "#d6a5c9", "#9e765f", "#d8b5a5"]
OTHER_COLOUR = "#888888"
TYPE_COLOURS = {"DATE": "#fff1b8", "TIME": "#d3efcf", "DURATION": "#e4dcf7", "SET": "#d4ebf7"}
TYPE_NAMES = {"DATE": "date", "TIME": "time", "DURATION": "duration", "SET": "set (repeated)"}


def speaker_colours(lanes: list[str], other: str | None = None) -> dict[str, str]:
    """The colour of each speaker lane, as the chart draws it."""
    scheme = TABLEAU10 if len(lanes) <= 10 else TABLEAU20
    return {name: scheme[k % len(scheme)] for k, name in enumerate(lanes)}


def claim_colour(name: str, colours: dict, other: str | None) -> str:
    if name in colours:
        return colours[name]
    if other and other in colours:
        return colours[other]
    return OTHER_COLOUR


def segments(text: str, timexes, claims, issues) -> list[dict]:
    """The article cut at every boundary: ``{"text", "timex", "claims", "flagged"}`` per piece.

    ``timex`` is the id of the innermost time expression covering the piece,
    ``claims`` the ids of the claims covering it, innermost last.
    """
    spans = []
    n = len(text)
    for t in timexes:
        if 0 <= t.start < t.end <= n:
            spans.append((t.start, t.end, "t", t.id, bool(t.flag)))
    for c in claims:
        content = c.get("content") or {}
        s, e = content.get("start"), content.get("end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n:
            spans.append((s, e, "c", c["id"], False))
    for i in issues:
        if 0 <= i.start < i.end <= n:
            spans.append((i.start, i.end, "i", "", True))
    cuts = sorted({0, n, *(s[0] for s in spans), *(s[1] for s in spans)})
    starts: dict[int, list] = {}
    for s in spans:
        starts.setdefault(s[0], []).append(s)
    active: list = []
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        active = [s for s in active if s[1] > lo] + starts.get(lo, [])
        inner = sorted(active, key=lambda s: (-(s[1] - s[0]), s[0]))     # widest first
        tx = [s for s in inner if s[2] == "t"]
        out.append({
            "text": text[lo:hi],
            "timex": tx[-1][3] if tx else None,
            "claims": [s[3] for s in inner if s[2] == "c"],
            "flagged": any(s[4] for s in active),
        })
    return out


def _interval_words(interval) -> str:
    if not interval or not interval[0]:
        return ""
    s, e = interval
    if s[:10] == e[:10]:
        if s[11:] in ("", "00:00:00") and e[11:] in ("", "23:59:59"):
            return s[:10]
        return f"{s[:10]} {s[11:16]}–{e[11:16]}"
    return f"{s[:16].replace('T', ' ')} – {e[:16].replace('T', ' ')}".replace(" 00:00", "").replace(" 23:59", "")


def _filtered_ids(analysis, filters: dict | None) -> tuple[set, set]:
    """Ids of the claims and events kept by the filters (speaker, kind, rung)."""
    from .filters import keep_claim, keep_event

    f = filters or {}
    claims = {c["id"] for c in analysis.claims if keep_claim(c, f)}
    events = {e["id"] for e in analysis.events if keep_event(e, f, analysis)}
    return claims, events


def view_state(analysis, *, lanes: list[str], other_lane: str | None = None, filters: dict | None = None,
               stale: list | None = None) -> dict:
    """The state of the article widget for ``analysis`` (see the module documentation)."""
    a = analysis
    colours = speaker_colours(lanes)
    issues_by_timex: dict[str, list[str]] = {}
    for i in a.issues:
        if i.timex:
            issues_by_timex.setdefault(i.timex, []).append(i.message)
    by_timex = {o["ref"]: o for o in a.overrides if o["target"] == "timex"}
    by_claim = {o["ref"]: o for o in a.overrides if o["target"] == "claim"}
    timexes = {}
    for t in a.timexes:
        o = by_timex.get(t.id)
        timexes[t.id] = {
            "text": t.text, "type": t.type, "type_name": TYPE_NAMES.get(t.type, t.type),
            "value": t.value, "interval": _interval_words(t.interval), "rule": t.rule,
            "explanation": t.explanation, "flag": issues_by_timex.get(t.id, []),
            "override": o["id"] if o else None,
            "was": ((o.get("before") or {}).get("timex") or {}).get("value") if o else None,
        }
    kept, _ = _filtered_ids(a, filters)
    claims = {}
    speakers: dict[str, str] = {}
    for c in a.claims:
        name = c["speaker"].get("name") or "?"
        colour = claim_colour(name, colours, other_lane)
        speakers.setdefault(name, colour)
        o = by_claim.get(c["id"])
        cue = c.get("cue") or {}
        claims[c["id"]] = {
            "speaker": name, "colour": colour, "mode": c.get("mode") or "", "kind": c.get("kind") or "",
            "hedges": [h.get("text", "") if isinstance(h, dict) else str(h) for h in c.get("hedges") or []],
            "anonymous": bool(c.get("anonymous")), "channel": c.get("channel") or "",
            "cue": cue.get("text") or "", "rung": ladder.claim_rung(c.get("kind") or ""),
            "override": o["id"] if o else None, "visible": c["id"] in kept,
        }
    return {
        "lang": a.lang,
        "published": a.published.value or "",
        "segments": segments(a.text, a.timexes, a.claims, a.issues),
        "timexes": timexes,
        "claims": claims,
        "speakers": [{"name": n, "colour": col} for n, col in speakers.items()],
        "modes": list(MODES),
        "formats": list(VALUE_FORMATS),
        "type_colours": TYPE_COLOURS,
        "overrides": [{"id": o["id"], "target": o["target"], "ref": o["ref"], "text": describe(o)}
                      for o in a.overrides],
        "stale": [{"id": o["id"], "target": o["target"], "text": describe(o)} for o in (stale or [])],
        "issues": [i.message for i in a.issues],
    }


# --------------------------------------------------------------------------- tables


def dates_rows(analysis) -> list[dict]:
    """One row per time expression: wording, value, interval, rule, override."""
    by_timex = {o["ref"]: o for o in analysis.overrides if o["target"] == "timex"}
    rows = []
    for t in analysis.timexes:
        o = by_timex.get(t.id)
        before = ((o or {}).get("before") or {}).get("timex") or {}
        rows.append({"id": t.id, "wording": t.text, "type": t.type, "value": t.value,
                     "interval": _interval_words(t.interval),
                     "rule": before.get("rule", t.rule) if o else t.rule,
                     "override": (f"{o['id']}: {t.value} (was {before.get('value', '')})" if o else ""),
                     "flag": (t.flag or {}).get("kind", "") if t.flag else ""})
    for o in analysis.overrides:
        if o["target"] == "timex" and o["set"].get("value") is None:
            before = (o.get("before") or {}).get("timex") or {}
            rows.append({"id": before.get("id", o["ref"]), "wording": o["span"]["text"], "type": "",
                         "value": "", "interval": "", "rule": before.get("rule", ""),
                         "override": f"{o['id']}: not a date (was {before.get('value', '')})", "flag": ""})
    return rows


def claims_rows(analysis, filters: dict | None = None) -> list[dict]:
    """One row per claim kept by the filters: speaker, mode, kind, hedges, source, date, content."""
    kept, _ = _filtered_ids(analysis, filters)
    by_claim = {o["ref"]: o for o in analysis.overrides if o["target"] == "claim"}
    rows = []
    for c in analysis.claims:
        if c["id"] not in kept:
            continue
        time = c.get("time") or {}
        o = by_claim.get(c["id"])
        rows.append({"id": c["id"], "speaker": c["speaker"].get("name", ""), "mode": c.get("mode", ""),
                     "kind": c.get("kind", ""),
                     "hedges": ", ".join(h.get("text", "") if isinstance(h, dict) else str(h)
                                         for h in c.get("hedges") or []),
                     "anonymous": "yes" if c.get("anonymous") else "",
                     "cue": (c.get("cue") or {}).get("text", ""),
                     "date": time.get("value") or "", "dated by": time.get("text") or time.get("source") or "",
                     "content": c["content"]["text"],
                     "override": describe(o) if o else ""})
    return rows


def html_table(rows: list[dict], columns: list[str], empty: str = "nothing") -> str:
    """An escaped HTML table."""
    if not rows:
        return f'<p class="cq-empty">{html.escape(empty)}</p>'
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for r in rows:
        cells = "".join(f"<td>{html.escape(str(r.get(c, '')))}</td>" for c in columns)
        cls = ' class="cq-own"' if r.get("override") else ""
        body.append(f"<tr{cls}>{cells}</tr>")
    return f'<table class="cq-table"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


DATE_COLUMNS = ["id", "wording", "type", "value", "interval", "rule", "override", "flag"]
CLAIM_COLUMNS = ["id", "speaker", "mode", "kind", "hedges", "anonymous", "cue", "date", "dated by", "content",
                 "override"]


# --------------------------------------------------------------------------- static HTML

_STATIC_CSS = """
.cq-static { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #222; }
.cq-static .cq-text { white-space: pre-wrap; line-height: 1.7; max-width: 56rem; }
.cq-static .cq-timex { border-radius: 3px; padding: 0 1px; }
.cq-static .cq-claim { border-bottom: 2px solid; }
.cq-static .cq-flagged { outline: 2px solid #d62728; outline-offset: 1px; }
.cq-static .cq-own { font-style: italic; }
.cq-static .cq-issues li { color: #a11; }
.cq-static table.cq-table { border-collapse: collapse; font-size: 0.85em; margin: 0.5em 0; }
.cq-static table.cq-table td, .cq-static table.cq-table th { border: 1px solid #ddd; padding: 2px 6px;
  text-align: left; vertical-align: top; }
.cq-static .cq-legend span { margin-right: 1em; }
"""


def static_html(analysis, *, lanes: list[str], other_lane: str | None = None, spec: dict | None = None,
                filters: dict | None = None, stale: list | None = None, chart_svg: str | None = None) -> str:
    """The article with its highlights, the corrections, the tables and the chart, as static HTML."""
    v = view_state(analysis, lanes=lanes, other_lane=other_lane, filters=filters, stale=stale)
    e = html.escape
    parts = [f'<div class="cq-static"><style>{_STATIC_CSS}</style>']
    pub = analysis.published
    parts.append(f"<p><b>chronique</b> · {e(analysis.lang)} · published {e(pub.value or 'unknown')}"
                 f"{' (inferred)' if pub.inferred else ''} · {len(analysis.timexes)} time expressions, "
                 f"{len(analysis.claims)} claims, {len(analysis.events)} events</p>")
    legend = "".join(f'<span><span class="cq-timex" style="background:{col}">{e(TYPE_NAMES[t])}</span></span>'
                     for t, col in TYPE_COLOURS.items())
    legend += "".join(f'<span><span class="cq-claim" style="border-bottom-color:{s["colour"]}">{e(s["name"])}</span>'
                      "</span>" for s in v["speakers"])
    parts.append(f'<p class="cq-legend">{legend}</p>')
    if v["issues"]:
        parts.append('<ul class="cq-issues">' + "".join(f"<li>{e(m)}</li>" for m in v["issues"]) + "</ul>")
    if v["overrides"] or v["stale"]:
        items = "".join(f"<li>{e(o['id'])} (yours): {e(o['text'])}</li>" for o in v["overrides"])
        items += "".join(f"<li>{e(o['id'])} (no longer applies): {e(o['text'])}</li>" for o in v["stale"])
        parts.append(f"<p>Corrections by hand:</p><ul>{items}</ul>")
    pieces = []
    for seg in v["segments"]:
        text = e(seg["text"], quote=False)
        if not seg["timex"] and not seg["claims"] and not seg["flagged"]:
            pieces.append(text)
            continue
        classes, style, title = [], [], []
        if seg["timex"]:
            t = v["timexes"][seg["timex"]]
            classes.append("cq-timex")
            style.append(f"background:{TYPE_COLOURS.get(t['type'], '#eeeeee')}")
            title.append(f"{t['value']} · {t['interval']} · {t['explanation']}")
            if t["override"]:
                classes.append("cq-own")
                title.append(f"corrected by hand (was {t['was']})")
        if seg["claims"]:
            c = v["claims"][seg["claims"][-1]]
            classes.append("cq-claim")
            style.append(f"border-bottom-color:{c['colour']}")
            title.append(f"{c['speaker']} · {c['mode']} · {c['kind']}")
        if seg["flagged"]:
            classes.append("cq-flagged")
        pieces.append(f'<span class="{" ".join(classes)}" style="{";".join(style)}" '
                      f'title="{e(" | ".join(title), quote=True)}">{text}</span>')
    parts.append(f'<div class="cq-text">{"".join(pieces)}</div>')
    if chart_svg:
        data = base64.b64encode(chart_svg.encode("utf-8")).decode("ascii")
        parts.append(f'<p><img alt="escalation timeline" src="data:image/svg+xml;base64,{data}"></p>')
    parts.append("<details><summary>Dates</summary>"
                 + html_table(dates_rows(analysis), DATE_COLUMNS, "no time expression") + "</details>")
    parts.append("<details><summary>Claims</summary>"
                 + html_table(claims_rows(analysis, filters), CLAIM_COLUMNS, "no claim") + "</details>")
    parts.append("</div>")
    return "".join(parts)
