"""The chart and the exports of a corpus.

The chart is ``chronique.chart`` drawn from the corpus timeline, with two
additions: each event and claim carries its sources, and a dropdown (a
Vega-Lite parameter bound to a select input, ``source_filter``) shows only
what one source reported.

=====================  ==========================================================
suffix                 what is written
=====================  ==========================================================
``.html``              the chart, standalone (Vega inlined, no network), with the
                       sources, the disagreements and the claims told by several
                       sources, and the articles that failed
``.png`` ``.svg``      the chart, drawn by vl-convert (the dropdown set to all sources)
``.pdf``
``.vl.json``           the Vega-Lite specification
``.json``              the corpus, lossless: ``chronique.corpus.load`` reads it back
``.csv``               the timeline table (lists joined by ';')
``.claims.csv``        every appearance of every tracked claim
=====================  ==========================================================

Files are written atomically (a temporary file renamed into place).
"""
from __future__ import annotations

import csv
import html
import io
import json
import os
from pathlib import Path

from .result import APPEARANCE_COLUMNS, TABLE_COLUMNS, labels

FILTER = "source_filter"
FORMATS = {
    ".claims.csv": "every appearance of every tracked claim",
    ".vl.json": "Vega-Lite specification",
    ".json": "corpus (lossless, chronique.corpus.load reads it back)",
    ".html": "standalone HTML chart (offline) with sources, disagreements and failures",
    ".png": "PNG image",
    ".svg": "SVG image",
    ".pdf": "PDF document",
    ".csv": "timeline table",
}


def format_of(path) -> str:
    """The format suffix of ``path`` (the longest known suffix it ends with)."""
    name = Path(os.fspath(path)).name.lower()
    for suffix in sorted(FORMATS, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            return suffix
    known = ", ".join(sorted(FORMATS, key=lambda s: (len(s), s)))
    raise ValueError(f"unknown output format for a corpus {os.fspath(path)!r}: the file name must end with "
                     f"one of {known}")


# ----------------------------------------------------------------------------- chart


def _key(name: str) -> str:
    return str(name).replace("|", "/")


def _head(corpus, L) -> str:
    from datetime import datetime

    from ..chart import chart_labels, format_day

    CL = chart_labels(corpus.lang)
    n, s = len(corpus), len(corpus.sources)
    days = sorted(a["published"][:10] for a in corpus.articles if a.get("published") and len(a["published"]) >= 10)
    if not days:
        return L["head_undated"].format(n=n, s=s)
    first, last = (format_day(datetime.fromisoformat(d), CL) for d in (days[0], days[-1]))
    if days[0] == days[-1]:
        return L["head_one_day"].format(n=n, s=s, first=first)
    return L["head"].format(n=n, s=s, first=first, last=last)


def _units(obj):
    """Every unit chart (one with a mark) inside a composed Altair chart."""
    import altair as alt

    if isinstance(obj, alt.Chart):
        yield obj
    for key in ("layer", "vconcat", "hconcat", "concat"):
        subs = getattr(obj, key, None)
        if isinstance(subs, list):
            for sub in subs:
                yield from _units(sub)


def chart(corpus, **options):
    """The corpus chart as an Altair chart (display it, or ``.save(...)``).

    ``chronique.chart`` drawn from the corpus timeline, its subtitle naming the
    articles and sources, each event and claim carrying its sources, and a
    dropdown that shows one source at a time (the parameter ``source_filter``).
    """
    import altair as alt

    from ..chart import chart as base_chart

    lang = corpus.lang
    L = labels(lang)
    opts = dict(options)
    if opts.get("title") is None:
        opts["title"] = L["title"].format(n=len(corpus))
    table = corpus.timeline()
    top = base_chart(table, lang=lang, published=None, **opts)

    # the subtitle's first line: the corpus instead of one publication date
    title = getattr(top, "title", None)
    sub = getattr(title, "subtitle", None)
    if isinstance(sub, (list, str)) and sub:
        sub = [sub] if isinstance(sub, str) else list(sub)
        sub[0] = f"{_head(corpus, L)} · {sub[0].split(' · ', 1)[-1]}"
        title.subtitle = sub

    # every event and claim carries its sources
    sources_of = {row_id: "|" + "|".join(_key(s) for s in sources) + "|"
                  for row_id, sources in zip(table["id"], table["sources"])}
    datasets = dict(top.datasets) if isinstance(getattr(top, "datasets", None), dict) else {}
    for name in ("events", "claims"):
        data = datasets.get(name)
        if data is None:
            continue
        packed = isinstance(data, str)
        records = json.loads(data) if packed else [dict(r) for r in data]
        for r in records:
            r["sources"] = sources_of.get(r.get("id"), "||")
        datasets[name] = json.dumps(records, ensure_ascii=False, separators=(",", ":")) if packed else records
    top.datasets = datasets

    # the source filter: a dropdown over the source names
    counts: dict = {}
    for a in corpus.articles:
        counts[a["source"]] = counts.get(a["source"], 0) + 1
    names = list(counts)
    param = alt.VariableParameter(name=FILTER, value="", bind=alt.BindRadioSelect(
        input="select", options=[""] + [_key(n) for n in names],
        labels=[L["all_sources"]] + [f"{n} ({counts[n]})" for n in names], name=L["filter"]))
    params = getattr(top, "params", None)
    top.params = (list(params) if isinstance(params, list) else []) + [param]
    test = f"{FILTER} == '' || indexof(datum.sources, '|' + {FILTER} + '|') >= 0"
    for unit in _units(top):
        data = getattr(unit, "data", None)
        if getattr(data, "name", None) in ("events", "claims"):
            transform = getattr(unit, "transform", None)
            unit.transform = [alt.FilterTransform(filter=test)] + (list(transform) if isinstance(transform, list)
                                                                    else [])
    meta = dict(top.usermeta) if isinstance(getattr(top, "usermeta", None), dict) else {}
    meta["chronique"] = {**meta.get("chronique", {}), "corpus": True, "sources": names,
                         "articles": len(corpus), "failures": len(corpus.failures)}
    top.usermeta = meta
    return top


def chart_spec(corpus, **options) -> dict:
    """The Vega-Lite specification of the corpus chart (a dict).

    The last two made are kept with the corpus (which does not change once made):
    writing the same chart as HTML, then PNG, then SVG draws it only once per
    set of options.
    """
    key = json.dumps(options, sort_keys=True, default=str)
    memo = corpus._spec_memo
    if key in memo:
        return json.loads(memo[key])
    spec = chart(corpus, **options).to_dict()
    while len(memo) >= 2:                      # the interactive chart and the pictures' one
        memo.pop(next(iter(memo)))
    memo[key] = json.dumps(spec)
    return spec


# ----------------------------------------------------------------------------- tables


def _cell(key, value):
    if key in ("start", "end"):
        try:
            import pandas as pd

            if value is None or pd.isna(value):
                return ""
        except (TypeError, ValueError):
            pass
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if hasattr(value, "item"):
        return value.item()
    return value


def _csv(df, columns) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for rec in df.itertuples(index=False, name=None):
        w.writerow([_cell(k, v) for k, v in zip(columns, rec)])
    return buf.getvalue()


def to_csv(corpus) -> str:
    """The timeline table as CSV: ISO dates, lists (links, sources, articles) joined by ';'."""
    return _csv(corpus.timeline()[TABLE_COLUMNS], TABLE_COLUMNS)


def claims_csv(corpus) -> str:
    """Every appearance of every tracked claim, as CSV."""
    return _csv(corpus.claims_table()[APPEARANCE_COLUMNS], APPEARANCE_COLUMNS)


# ----------------------------------------------------------------------------- HTML

_CSS = """
table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
th, td { text-align: left; padding: .15rem .6rem; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
section { max-width: 72rem; margin-top: 1.5rem; }
.failed td { color: #a11; }
form.vega-bindings, .vega-bindings { margin: .5rem 0; }
"""
LIST_MAX = 200


def _rows_html(rows, more: int) -> str:
    out = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    if more > 0:
        out += f"<tr><td colspan=\"9\">… (+{more})</td></tr>"
    return out


def to_html(corpus, spec: dict) -> str:
    """A standalone page: the chart (JavaScript inlined), the sources, disagreements, tracked claims, failures."""
    from ..chart import chart_labels
    from ..export import _CSS as BASE_CSS
    from ..export import _bundle, _script_json

    lang = corpus.lang
    L = labels(lang)
    title = spec.get("title", {}).get("text") if isinstance(spec.get("title"), dict) else None
    title = title or chart_labels(lang)["title"]
    by_source: dict = {}
    for a in corpus.articles:
        s = by_source.setdefault(a["source"], [0, None, None])
        s[0] += 1
        if a.get("published"):
            s[1] = min(s[1] or a["published"], a["published"])
            s[2] = max(s[2] or a["published"], a["published"])
    src_rows = [(name, n, lo or "", hi or "") for name, (n, lo, hi) in by_source.items()]
    disagree, tracked = [], []
    table = corpus.rows()
    for r in table:
        if r["row"] == "event" and r["disagreement"]:
            disagree.append((r["id"], r["label"], r["value"], r["disagreement"], ", ".join(r["sources"])))
        elif r["row"] == "claim" and len(r["sources"]) > 1:
            tracked.append((r["id"], r["speaker"], r["label"], r["mentions"], r["disagreement"],
                            ", ".join(r["sources"])))
    failures = [(f.get("id", ""), f.get("error", "")) for f in corpus.failures]

    def section(heading, head, rows, cls=""):
        if not rows:
            return ""
        head_html = "".join(f"<th>{html.escape(h)}</th>" for h in head)
        return (f'<section{cls}><h2>{html.escape(heading)}</h2><table><tr>{head_html}</tr>'
                f"{_rows_html(rows[:LIST_MAX], len(rows) - LIST_MAX)}</table></section>")

    body = (section(L["sources"], ["source", L["articles"], L["published"], ""], src_rows)
            + section(L["disagreements"], ["id", "", "date", "", "sources"], disagree)
            + section(L["tracked"], ["id", "", "", "n", "", "sources"], tracked)
            + section(L["failures"], ["id", ""], failures, ' class="failed"'))
    return f"""<!DOCTYPE html>
<html lang="{html.escape(lang, quote=True)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<style>{BASE_CSS}{_CSS}</style>
<script>
{_bundle()}
</script>
</head>
<body>
<div id="chart"></div>
{body}
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


# ----------------------------------------------------------------------------- files


def render(corpus, fmt: str, *, scale: float | None = None, chart_options: dict | None = None) -> bytes:
    """The bytes of ``corpus`` in format ``fmt`` (a suffix of ``FORMATS``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r}")
    if fmt == ".json":
        return corpus.to_json().encode("utf-8")
    if fmt == ".csv":
        return to_csv(corpus).encode("utf-8")
    if fmt == ".claims.csv":
        return claims_csv(corpus).encode("utf-8")
    options = dict(chart_options or {})
    if fmt in (".png", ".svg", ".pdf"):
        options.setdefault("tooltips", False)
    spec = chart_spec(corpus, **options)
    if fmt == ".vl.json":
        return json.dumps(spec, ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == ".html":
        return to_html(corpus, spec).encode("utf-8")
    if scale is None:
        scale = 1.0 if spec.get("config", {}).get("aria") is False else 2.0
    import vl_convert as vlc

    try:
        if fmt == ".png":
            return vlc.vegalite_to_png(spec, scale=scale)
        if fmt == ".svg":
            return vlc.vegalite_to_svg(spec).encode("utf-8")
        return vlc.vegalite_to_pdf(spec)
    except Exception as exc:  # noqa: BLE001 - the converter raises plain exceptions
        raise ValueError(f"the chart could not be drawn as {fmt[1:].upper()}: {exc}") from None


def check_target(path) -> Path:
    """``path`` as a ``Path`` that can be written, or a clear ``ValueError``."""
    target = Path(os.fspath(path))
    format_of(target)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise ValueError(f"cannot write {target}: no such directory {directory}")
    if target.is_dir():
        raise ValueError(f"cannot write {target}: it is a directory")
    if target.exists() and not os.access(target, os.W_OK):
        raise ValueError(f"cannot write {target}: permission denied")
    if not os.access(directory, os.W_OK):
        raise ValueError(f"cannot write {target}: the directory {directory} is not writable")
    return target


def save(corpus, path, *, scale: float | None = None, chart_options: dict | None = None) -> Path:
    """Write ``corpus`` to ``path`` in the format its suffix names; return the path.

    The file is written to a temporary file beside it and renamed into place:
    an interrupted or failed export leaves no partial file.  The JSON is written
    one event or claim at a time.
    """
    from ..export import _write_atomic

    target = check_target(path)
    fmt = format_of(target)
    if fmt == ".json":
        _write_atomic(target, (piece.encode("utf-8") for piece in corpus.iter_json()))
        return target
    data = render(corpus, fmt, scale=scale, chart_options=chart_options)
    _write_atomic(target, data)
    return target


