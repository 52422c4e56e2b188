"""Save an analysis in every format, chosen by the suffix of the output path.

    >>> a = chronique.analyze(text)
    >>> a.save("out/timeline.html")        # or chronique.export.save(a, "out/timeline.png")

=====================  ==========================================================
suffix                 what is written
=====================  ==========================================================
``.html``              the chart, standalone: Vega, Vega-Lite and Vega-Embed inlined
                       (no network), tooltips, and the article with its dates marked
``.png`` ``.svg``      the chart, drawn by vl-convert
``.pdf``
``.vl.json``           the Vega-Lite specification of the chart
``.json``              the analysis itself, lossless: ``chronique.load(path) == analysis``
``.csv``               the timeline table (``Analysis.timeline()``)
``.timeline.json``     the timeline bundle (schema ``chronique.timeline/1``): chart
                       specification, rows, claims, events, time expressions, the
                       article text and its highlights
``.timelinejs.json``   TimelineJS3 JSON: events (group = the speaker), eras = spans
``.jsonld``            schema.org ``Claim`` objects in JSON-LD (author, dates, appearance)
``.tml``               ISO-TimeML: the article with TIMEX3 tags and the document
                       creation time (functionInDocument="CREATION_TIME"), as
                       read by the TempEval-3 tools
=====================  ==========================================================

The longest matching suffix wins (``x.timeline.json`` is a bundle, not an
analysis).  Errors are ``ValueError`` with a clear message: an unknown suffix,
a missing directory, a path that cannot be written.  The file is written to a
temporary file in the same directory and renamed into place, so a failed export
leaves no partial file.  Article text is escaped in every HTML and XML output.
"""
from __future__ import annotations

import csv
import html
import io
import json
import os
import tempfile
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from .chart import chart as _chart
from .chart import chart_labels, format_date_long
from .model import SCHEMA, load

TIMELINE_SCHEMA = "chronique.timeline/1"

FORMATS = {
    ".timelinejs.json": "TimelineJS3 JSON",
    ".timeline.json": "timeline bundle (chart, rows, claims, events, article and highlights)",
    ".vl.json": "Vega-Lite specification",
    ".jsonld": "schema.org Claim JSON-LD",
    ".json": "analysis (lossless, chronique.load reads it back)",
    ".html": "standalone HTML chart (offline)",
    ".png": "PNG image",
    ".svg": "SVG image",
    ".pdf": "PDF document",
    ".csv": "timeline table",
    ".tml": "ISO-TimeML (TempEval-3)",
}


def format_of(path) -> str:
    """The format suffix of ``path`` (the longest known suffix it ends with)."""
    name = Path(os.fspath(path)).name.lower()
    for suffix in sorted(FORMATS, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            return suffix
    known = ", ".join(sorted(FORMATS, key=lambda s: (len(s), s)))
    raise ValueError(f"unknown output format for {os.fspath(path)!r}: the file name must end with one of {known}")


def render(analysis, fmt: str, *, scale: float | None = None, chart_options: dict | None = None) -> bytes:
    """The bytes of ``analysis`` in format ``fmt`` (a suffix of ``FORMATS``).

    Pictures (PNG, SVG, PDF) are drawn without tooltips; a PNG is drawn at twice
    the chart's size (``scale``), or at its size for a large timeline.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r}")
    a = load(analysis)
    if fmt == ".json":
        return a.to_json().encode("utf-8")
    if fmt == ".csv":
        return to_csv(a).encode("utf-8")
    if fmt == ".tml":
        return to_timeml(a).encode("utf-8")
    if fmt == ".jsonld":
        return _dump(to_jsonld(a))
    if fmt == ".timelinejs.json":
        return _dump(to_timelinejs(a))
    options = dict(chart_options or {})
    if fmt in (".png", ".svg", ".pdf"):
        options.setdefault("tooltips", False)
    spec = _chart(a, **options).to_dict()
    if scale is None:
        scale = 1.0 if spec.get("config", {}).get("aria") is False else 2.0
    if fmt == ".vl.json":
        return _dump(spec)
    if fmt == ".timeline.json":
        return _dump(to_bundle(a, spec, chart_options=options))
    if fmt == ".html":
        return to_html(a, spec).encode("utf-8")
    import vl_convert as vlc

    try:
        if fmt == ".png":
            return vlc.vegalite_to_png(spec, scale=scale)
        if fmt == ".svg":
            return vlc.vegalite_to_svg(spec).encode("utf-8")
        return vlc.vegalite_to_pdf(spec)
    except Exception as exc:  # noqa: BLE001 - the converter raises plain exceptions
        raise ValueError(f"the chart could not be drawn as {fmt[1:].upper()}: {exc}") from None


def save(analysis, path, *, scale: float | None = None, chart_options: dict | None = None) -> Path:
    """Write ``analysis`` to ``path`` in the format its suffix names; return the path.

    Raises ``ValueError`` for an unknown suffix, a missing directory or a path
    that cannot be written.  Nothing is left behind when the export fails.
    """
    target = Path(os.fspath(path))
    fmt = format_of(target)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise ValueError(f"cannot write {target}: no such directory {directory}")
    if target.is_dir():
        raise ValueError(f"cannot write {target}: it is a directory")
    if target.exists() and not os.access(target, os.W_OK):
        raise ValueError(f"cannot write {target}: permission denied")
    if not os.access(directory, os.W_OK):
        raise ValueError(f"cannot write {target}: the directory {directory} is not writable")
    data = render(analysis, fmt, scale=scale, chart_options=chart_options)
    _write_atomic(target, data)
    return target


def _write_atomic(target: Path, data) -> None:
    """Write ``data`` (bytes, or an iterable of byte pieces written as they come) to ``target``
    through a temporary file beside it, renamed into place: never a half-written ``target``."""
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise ValueError(f"cannot write {target}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, (bytes, bytearray)):
                fh.write(data)
            else:
                buf, size = [], 0
                for piece in data:
                    buf.append(piece)
                    size += len(piece)
                    if size >= 1 << 20:
                        fh.write(b"".join(buf))
                        buf, size = [], 0
                fh.write(b"".join(buf))
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            # keep the permissions of the file replaced
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        _remove(tmp)
        raise ValueError(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _dump(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


# --------------------------------------------------------------------------- table


def table_records(a) -> list[dict]:
    """The timeline table as JSON-ready records (dates as ISO strings, links as lists)."""
    df = a.timeline()
    out = []
    for rec in df.to_dict("records"):
        row = {}
        for key, value in rec.items():
            if key in ("start", "end"):
                row[key] = None if _isna(value) else value.isoformat()
            elif key == "links":
                row[key] = list(value) if isinstance(value, (list, tuple)) else []
            elif hasattr(value, "item"):       # numpy scalars
                row[key] = value.item()
            else:
                row[key] = value
        out.append(row)
    return out


def _isna(value) -> bool:
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def to_csv(a) -> str:
    """The timeline table as CSV: ISO dates, links joined by ';'."""
    rows = table_records(a)
    from .timeline import COLUMNS

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        r = dict(r)
        r["links"] = ";".join(r.get("links") or [])
        r["start"] = r.get("start") or ""
        r["end"] = r.get("end") or ""
        w.writerow(r)
    return buf.getvalue()


# --------------------------------------------------------------------------- highlights and HTML


def highlights(a) -> list[dict]:
    """The spans of the article worth marking: time expressions, issues, claims, speakers, cues, events."""
    out = []
    flagged = {i.timex for i in a.issues if i.timex}
    for t in a.timexes:
        out.append({"start": t.start, "end": t.end, "kind": "timex", "id": t.id, "text": t.text,
                    "value": t.value, "label": f"{t.value} — {t.explanation}", "flagged": t.id in flagged})
    for k, i in enumerate(a.issues):
        out.append({"start": i.start, "end": i.end, "kind": "issue", "id": f"i{k + 1}", "text": i.text,
                    "label": i.message, "timex": i.timex})
    for c in a.claims:
        content = c.get("content") or {}
        if "start" in content:
            out.append({"start": content["start"], "end": content["end"], "kind": "claim", "id": c["id"],
                        "label": f"{c['speaker']['name']} ({c.get('mode', '')})", "speaker": c["speaker"]["name"]})
        mention = (c.get("speaker") or {}).get("mention") or {}
        if "start" in mention:
            out.append({"start": mention["start"], "end": mention["end"], "kind": "speaker", "id": c["id"],
                        "label": c["speaker"]["name"]})
        cue = c.get("cue") or {}
        if "start" in cue:
            out.append({"start": cue["start"], "end": cue["end"], "kind": "cue", "id": c["id"],
                        "label": cue.get("lemma") or cue.get("text", "")})
    for e in a.events:
        trig = e.get("trigger") or {}
        if "start" in trig:
            out.append({"start": trig["start"], "end": trig["end"], "kind": "event", "id": e["id"],
                        "label": e.get("label") or e.get("kind", ""), "rung": e.get("rung")})
    n = len(a.text)
    out = [h for h in out if 0 <= h["start"] < h["end"] <= n]
    out.sort(key=lambda h: (h["start"], -h["end"], h["kind"]))
    return out


def marked_text(a) -> str:
    """The article as escaped HTML, with its time expressions, claims and events marked.

    Overlapping highlights are flattened: the text is cut at every boundary and
    each piece carries the classes (and titles) of the highlights covering it.
    """
    text = a.text
    hs = [h for h in highlights(a) if h["kind"] in ("timex", "issue", "claim", "event")]
    cuts = sorted({0, len(text), *(h["start"] for h in hs), *(h["end"] for h in hs)})
    starts: dict[int, list[dict]] = {}
    for h in hs:
        starts.setdefault(h["start"], []).append(h)
    active: list[dict] = []
    parts = []
    for lo, hi in zip(cuts, cuts[1:]):
        active = [h for h in active if h["end"] > lo] + starts.get(lo, [])
        piece = html.escape(text[lo:hi], quote=False)
        if not active:
            parts.append(piece)
            continue
        classes = sorted({h["kind"] for h in active} | ({"flagged"} if any(h.get("flagged") or h["kind"] == "issue"
                                                                           for h in active) else set()))
        title = " | ".join(dict.fromkeys(h["label"] for h in active if h.get("label")))
        parts.append(f'<span class="{" ".join(classes)}" title="{html.escape(title, quote=True)}">{piece}</span>')
    return "".join(parts)


@lru_cache(maxsize=1)
def _bundle() -> str:
    """Vega, Vega-Lite and Vega-Embed as one script (from vl-convert, no network)."""
    import vl_convert as vlc

    js = vlc.javascript_bundle()
    # the script is inlined in <script>: no sequence may close it early
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _script_json(data) -> str:
    """JSON safe inside a <script> element (no '<', '>' or '&' left as such)."""
    s = json.dumps(data, ensure_ascii=False)
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       margin: 1.5rem; color: #222; }
#chart { overflow-x: auto; }
.article { max-width: 52rem; margin-top: 2rem; line-height: 1.55; }
.article .text { white-space: pre-wrap; }
.timex { background: #fff1b8; border-bottom: 2px solid #e0b000; }
.claim { background: #e8f0fb; }
.event { font-weight: 600; }
.flagged { background: #ffd6d6; border-bottom: 2px solid #d62728; }
.issues li { color: #a11; }
"""


def _published_line(a, L) -> str:
    pub = a.published.value
    if not pub:
        return L["published_unknown"]
    if len(pub) >= 10:
        try:
            return L["published"].format(date=format_date_long(datetime.fromisoformat(pub[:10]), L))
        except ValueError:
            pass
    return L["published"].format(date=pub)


def to_html(a, spec: dict) -> str:
    """A standalone page: the interactive chart (all JavaScript inline) and the marked article."""
    L = chart_labels(a.lang)
    title = L["title"]
    sub = _published_line(a, L)
    issues = "".join(f"<li>{html.escape(i.message)}</li>" for i in a.issues)
    return f"""<!DOCTYPE html>
<html lang="{html.escape(a.lang, quote=True)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<style>{_CSS}</style>
<script>
{_bundle()}
</script>
</head>
<body>
<div id="chart"></div>
<section class="article">
<h2>{html.escape(L["article"])}</h2>
<p>{html.escape(sub)}</p>
{f'<ul class="issues">{issues}</ul>' if issues else ''}
<div class="text">{marked_text(a)}</div>
</section>
<script>
(function () {{
  var spec = {_script_json(spec)};
  vegaEmbed("#chart", spec, {{actions: false, renderer: "svg"}}).catch(function (err) {{
    document.getElementById("chart").textContent = String(err);
  }});
}})();
</script>
</body>
</html>
"""


# --------------------------------------------------------------------------- bundle


def to_bundle(a, spec: dict | None = None, *, chart_options: dict | None = None) -> dict:
    """The timeline bundle: everything a viewer needs, versioned by ``schema``.

    ``lanes`` are the chart's speaker lanes in its order (the chart colours them
    with Vega's ``tableau10`` scheme, ``tableau20`` beyond ten lanes), and
    ``other_lane`` the lane of the speakers beyond ``max_lanes``; ``overrides``
    are the corrections made by hand.
    """
    from . import ladder
    from .chart import chart_data

    options = dict(chart_options or {})
    if spec is None:
        spec = _chart(a, **options).to_dict()
    d = a.to_dict()
    lanes = chart_data(a, **options)["lanes"]
    return {
        "schema": TIMELINE_SCHEMA,
        "analysis_schema": SCHEMA,
        "lang": a.lang,
        "title": chart_labels(a.lang)["title"],
        "published": d["published"],
        "text": a.text,
        "highlights": highlights(a),
        "vegalite": spec,
        "rows": table_records(a),
        "claims": d["claims"],
        "events": d["events"],
        "timexes": d["timexes"],
        "issues": d["issues"],
        "ladder": {str(k): ladder.rung_name(k, a.lang) for k in sorted(ladder.RUNGS)},
        "reference": ladder.REFERENCE_TABLE,
        "lanes": lanes,
        "other_lane": chart_labels(a.lang)["other_speakers"],
        "overrides": [dict(o) for o in a.overrides],
    }


# --------------------------------------------------------------------------- TimelineJS


def _h(s) -> str:
    """Text for an HTML text node (TimelineJS renders its text fields as HTML)."""
    return html.escape(str(s), quote=False)


def _tl_date(iso: str, with_time: bool) -> dict:
    d = datetime.fromisoformat(iso)
    out = {"year": d.year, "month": d.month, "day": d.day}
    if with_time:
        out.update({"hour": d.hour, "minute": d.minute})
    return out


def to_timelinejs(a) -> dict:
    """TimelineJS3 JSON: one slide per dated row, grouped by speaker; spans as eras."""
    L = chart_labels(a.lang)
    events, eras, seen = [], [], set()
    for r in table_records(a):
        if not r.get("start"):
            continue
        with_time = r.get("precision") in ("minute", "part of day")
        slide = {
            "unique_id": r["id"],
            "start_date": _tl_date(r["start"], with_time),
            "text": {"headline": _h(r.get("label") or r["id"]),
                     "text": _tl_text(r, L)},
            "group": (r.get("speaker") or r.get("lane") or L["claims_axis"]) if r["row"] == "claim"
            else L["events_group"],
        }
        if r.get("end") and r["end"][:10] != r["start"][:10]:
            slide["end_date"] = _tl_date(r["end"], with_time)
        if r.get("wording"):
            slide["start_date"]["display_date"] = r["wording"]
        events.append(slide)
        if r.get("end") and r.get("precision") not in ("day", "minute", "undated") and r["end"] > r["start"]:
            key = (r["start"], r["end"])
            if key not in seen:
                seen.add(key)
                eras.append({"start_date": _tl_date(r["start"], with_time),
                             "end_date": _tl_date(r["end"], with_time),
                             "text": {"headline": _h(r.get("wording") or r.get("precision") or ""),
                                      "text": _h(r.get("resolution") or "")}})
    return {
        "title": {"text": {"headline": _h(L["title"]), "text": _h(_published_line(a, L))}},
        "events": events,
        "eras": eras,
    }


def _tl_text(r: dict, L: dict) -> str:
    T = L["tooltip"]
    lines = [_h(r.get("text") or "")]
    if r.get("wording"):
        lines.append(f"<b>{_h(T['wording'])}</b>: {_h(r['wording'])}")
    if r.get("resolution"):
        lines.append(f"<b>{_h(T['resolution'])}</b>: {_h(r['resolution'])}")
    if r.get("flags"):
        lines.append(f"<b>{_h(T['flags'])}</b>: {_h(r['flags'])}")
    return "<br>".join(lines)


# --------------------------------------------------------------------------- schema.org Claim


_AUTHOR_TYPES = {"person": "Person", "anonymous source": "Person", "organization": "Organization",
                 "government": "GovernmentOrganization"}


def to_jsonld(a) -> dict:
    """schema.org ``Claim`` objects (JSON-LD): text, author, dates, appearance in the article."""
    pub = a.published.value
    article = {"@type": "NewsArticle", "@id": "#article", "inLanguage": a.lang}
    if pub:
        article["datePublished"] = pub
    timexes = {t.id: t for t in a.timexes}
    graph = [article]
    for c in a.claims:
        sp = c.get("speaker") or {}
        # several speakers of one statement: one author each
        author = [_author(m) for m in sp["members"]] if sp.get("members") else _author(sp)
        claim = {"@type": "Claim", "@id": f"#{c['id']}", "text": (c.get("content") or {}).get("text", ""),
                 "author": author, "inLanguage": a.lang, "appearance": {"@id": "#article"}}
        if pub:
            claim["datePublished"] = pub
        t = timexes.get(((c.get("time") or {}).get("timex")) or "")
        created = _date_of(t.interval if t else None) or (pub if pub and len(pub) >= 10 else None)
        if created:
            claim["dateCreated"] = created
        if c.get("channel"):
            claim["firstAppearance"] = {"@type": "CreativeWork", "name": c["channel"], "author": author}
        else:
            claim["firstAppearance"] = {"@id": "#article"}
        graph.append(claim)
    return {"@context": "https://schema.org", "@graph": graph}


def _author(sp: dict) -> dict:
    author = {"@type": _AUTHOR_TYPES.get(sp.get("kind"), "Person"), "name": sp.get("name", "")}
    if sp.get("titles"):
        author["jobTitle"] = sp["titles"][0]
    return author


def _date_of(interval) -> str | None:
    if not interval or not interval[0]:
        return None
    start = interval[0]
    return start[:10] if start[11:19] in ("", "00:00:00") else start[:19]


# --------------------------------------------------------------------------- ISO-TimeML


_XML_BAD = {c: " " for c in range(32) if c not in (9, 10, 13)}
_XML_BAD.update({0xFFFE: " ", 0xFFFF: " "})


def _clean(s: str) -> str:
    """Characters XML 1.0 forbids become spaces (so offsets stay the same)."""
    s = s.translate(_XML_BAD)
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in s):
        s = "".join(" " if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in s)
    return s


def _xml_text(s: str) -> str:
    return xml_escape(_clean(s))


def _attr(s) -> str:
    return quoteattr(_clean(str(s)), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def to_timeml(a, docid: str = "chronique") -> str:
    """The article in ISO-TimeML, TempEval-3 style: DCT and TIMEX3 tags (tid, type, value)."""
    ids = {t.id for t in a.timexes}
    dct = "t0"
    if dct in ids:
        nums = [int(i[1:]) for i in ids if i[:1] == "t" and i[1:].isdigit()]
        dct = f"t{max(nums) + 1}"
    pub = a.published.value or "XXXX-XX-XX"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
           f"<DOCID>{_xml_text(docid)}</DOCID>",
           f'<DCT><TIMEX3 tid={_attr(dct)} type="{"TIME" if "T" in pub else "DATE"}" value={_attr(pub)} '
           f'temporalFunction="false" '
           f'functionInDocument="CREATION_TIME">{_xml_text(pub)}</TIMEX3></DCT>']
    text, pos, body = a.text, 0, []
    for t in sorted(a.timexes, key=lambda t: (t.start, -t.end)):
        if t.start < pos or not (0 <= t.start < t.end <= len(text)):
            continue            # TIMEX3 tags do not nest: an overlapping expression is left out
        body.append(_xml_text(text[pos:t.start]))
        literal = bool(t.value) and t.value in t.text
        attrs = [f"tid={_attr(t.id)}", f"type={_attr(t.type)}", f"value={_attr(t.value)}",
                 f'temporalFunction="{"false" if literal else "true"}"', 'functionInDocument="NONE"']
        if not literal:
            attrs.append(f"anchorTimeID={_attr(dct if t.anchor in (None, '', 'published') else t.anchor)}")
        if t.mod:
            attrs.append(f"mod={_attr(t.mod)}")
        body.append(f"<TIMEX3 {' '.join(attrs)}>{_xml_text(text[t.start:t.end])}</TIMEX3>")
        pos = t.end
    body.append(_xml_text(text[pos:]))
    # the element's text is exactly the article (no added line breaks)
    out.append("<TEXT>" + "".join(body) + "</TEXT>")
    out.append("</TimeML>")
    return "\n".join(out) + "\n"
