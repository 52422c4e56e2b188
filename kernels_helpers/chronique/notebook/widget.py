"""``chronique.widget``: review an analysis in a notebook, and correct it by hand.

    >>> w = chronique.widget("article.txt", published="2019-12")   # text, a path or an Analysis
    >>> w                                  # the article, the controls, the chart, the tables
    >>> w.set_date("t9", "2019-12-20")     # what a click on "vendredi" and the editor do
    >>> w.analysis                         # always the analysis with the corrections
    >>> w.export("json")                   # next to the notebook; chronique.widget(chronique.load(path))

The article view is an anywidget (``article.js`` and ``article.css`` beside
this module, plain ES module, no build step); the controls, the tables and the
export buttons are ipywidgets; the chart is Altair's ``JupyterChart`` with its
JavaScript from vl-convert (no network), which follows an edit in place
(``chronique.notebook.vega``).  Every correction is an override
(``chronique.overrides``): the widget keeps the analysis as the pipeline made
it and applies the overrides on top, so that each can be undone, and so that
they are applied again when the publication date or the language changes.
"""
from __future__ import annotations

import datetime as _dt
import html
import os
from pathlib import Path

import anywidget
import ipywidgets as W
import traitlets

from .. import ladder
from .. import overrides as ov
from ..chart import chart as _chart
from ..chart import chart_labels
from ..model import Analysis, load
from ..pipeline import analyze
from ..resources import LANGUAGES
from . import filters as flt
from .chartspec import SpecCache
from .vega import VegaCache, chart_view_class
from .view import CLAIM_COLUMNS, DATE_COLUMNS, claims_rows, dates_rows, html_table, static_html, view_state

HERE = Path(__file__).resolve().parent
LANG_NAMES = {"fr": "français", "en": "English"}
EXPORTS = {            # button -> (suffix, label, chart or data)
    "html": (".html", "Chart HTML", "chart"),
    "png": (".png", "Chart PNG", "chart"),
    "svg": (".svg", "Chart SVG", "chart"),
    "csv": (".csv", "Data CSV", "data"),
    "json": (".json", "Data JSON", "data"),
    "timeline": (".timeline.json", "Timeline bundle", "data"),
}
TEXT_SUFFIXES = (".txt", ".text", ".md", ".json")
CHART_OPTIONS = {"width": 560}          # the plot fits a notebook's output area beside its legends
ALL = ""                 # the "all" choice of a filter
MAX_PATH = 4096


class ArticleView(anywidget.AnyWidget):
    """The article with its highlights; clicks open the editors (see ``article.js``)."""

    _esm = HERE / "article.js"
    _css = HERE / "article.css"
    view = traitlets.Dict().tag(sync=True)          # see chronique.notebook.view.view_state
    analysis = traitlets.Dict().tag(sync=True)      # the analysis with its overrides (saved with the widget state)
    error = traitlets.Dict().tag(sync=True)         # {"message", "seq"} when the last request failed


def notebook_dir() -> Path:
    """The directory of the running notebook (the kernel's working directory unless Jupyter says where)."""
    session = os.environ.get("JPY_SESSION_NAME", "")
    if session.endswith(".ipynb"):
        p = Path(session)
        if p.is_absolute() and p.parent.is_dir():
            return p.parent
    return Path.cwd()


def _read_source(source):
    """(analysis, text-or-None, name) from article text, a path or an analysis."""
    if isinstance(source, Analysis):
        return source, None, "chronique"
    if isinstance(source, dict):
        return load(source), None, "chronique"
    path = None
    if isinstance(source, os.PathLike):
        path = Path(os.fspath(source))
    elif isinstance(source, str) and "\n" not in source and len(source) < MAX_PATH \
            and source.strip().lower().endswith(TEXT_SUFFIXES):
        path = Path(source.strip())
    if path is not None:
        if not path.is_file():
            raise ValueError(f"no such file: {path}")
        name = path.name[: -len(".json")] if path.name.lower().endswith(".json") else path.stem
        if path.suffix.lower() == ".json":
            return load(path), None, name
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise ValueError(f"{path} is not UTF-8 text") from None
        return None, text, name
    if isinstance(source, str):
        return None, source, "chronique"
    raise ValueError(f"chronique.widget reads article text, a path or an Analysis, not {type(source).__name__}")


def widget(source, published=None, lang=None, *, name: str | None = None, directory=None) -> "ChroniqueWidget":
    """The review widget for ``source``: article text, a path (.txt or .json) or an ``Analysis``.

    ``published`` and ``lang`` are those of ``chronique.analyze``; given with an
    analysis, they run it again (its overrides are kept where they still apply).
    ``name`` is the stem of the exported files (default: the file's name, or
    "chronique"); ``directory`` is where they go (default: beside the notebook).
    """
    analysis, text, stem = _read_source(source)
    if analysis is None:
        analysis = analyze(text, published=published, lang=lang)
    elif published is not None or lang is not None:
        base = analyze(analysis.text, published=published, lang=lang or analysis.lang)
        specs = list(analysis.overrides)
        analysis, _ = ov.apply(base, specs)
    return ChroniqueWidget(analysis, published=published, name=name or stem, directory=directory)


class ChroniqueWidget(W.VBox):
    """The composed review widget (see the module documentation)."""

    def __init__(self, analysis: Analysis, *, published=None, name: str = "chronique", directory=None):
        if not isinstance(analysis, Analysis):
            raise ValueError("ChroniqueWidget takes an Analysis (use chronique.widget for text or a path)")
        self._published_arg = published
        self._name = _check_name(name)
        self._directory = Path(directory) if directory is not None else None
        self._base = ov.revert(analysis)
        self._overrides = [dict(o) for o in analysis.overrides]
        self._analysis, self._stale = ov.apply(self._base, self._overrides)
        self._filters: dict = {}
        self._cache = SpecCache(**CHART_OPTIONS)
        self._vega = VegaCache()
        self._svg: tuple | None = None
        self._vl_spec: dict | None = None
        self._syncing = False
        self._ack = 0
        self.revision = 0               # counts the states shown (one per change)
        self.last_export: Path | None = None

        self.article = ArticleView()
        self.article.on_msg(self._on_msg)
        self.chart_view = chart_view_class()(None, embed_options={"renderer": "svg", "actions": False})
        self.chart_view.add_class("cq-chart")

        # controls
        self.published_picker = W.DatePicker(description="Published", layout=W.Layout(width="auto"))
        self.lang_picker = W.Dropdown(description="Language",
                                      options=[(LANG_NAMES.get(k, k), k) for k in LANGUAGES],
                                      layout=W.Layout(width="auto"))
        self.info = W.HTML()
        self.speaker_filter = W.Dropdown(description="Speaker", layout=W.Layout(width="auto"))
        self.kind_filter = W.Dropdown(description="Kind", layout=W.Layout(width="auto"))
        self.rung_filter = W.Dropdown(description="Rung", layout=W.Layout(width="auto"))
        self.dates_table = W.HTML()
        self.claims_table = W.HTML()
        self.tables = W.Tab(children=[self.dates_table, self.claims_table])
        self.tables.titles = ("Dates", "Claims")
        self.export_buttons = {}
        for key, (_, label, _kind) in EXPORTS.items():
            b = W.Button(description=label, tooltip=f"write the {label.lower()} beside the notebook",
                         layout=W.Layout(width="auto"))
            b.on_click(lambda _b, key=key: self._export_clicked(key))
            self.export_buttons[key] = b
        self.status = W.HTML()

        self._sync_controls()
        self.published_picker.observe(self._on_published, names="value")
        self.lang_picker.observe(self._on_lang, names="value")
        for d in (self.speaker_filter, self.kind_filter, self.rung_filter):
            d.observe(self._on_filter, names="value")

        super().__init__(children=[
            W.HBox([self.published_picker, self.lang_picker, self.info]),
            W.HBox([self.speaker_filter, self.kind_filter, self.rung_filter]),
            self.article,
            self.chart_view,
            self.tables,
            W.HBox(list(self.export_buttons.values())),
            self.status,
        ])
        self.add_class("cq-widget")
        self._refresh()

    # ------------------------------------------------------------------ state

    @property
    def analysis(self) -> Analysis:
        """The analysis with every correction applied (``.overrides`` lists them)."""
        return self._analysis

    @property
    def overrides(self) -> list[dict]:
        """The corrections in force."""
        return list(self._analysis.overrides)

    @property
    def stale(self) -> list[dict]:
        """Corrections that no longer apply (their words are not a date or a claim any more)."""
        return list(self._stale)

    @property
    def filters(self) -> dict:
        return dict(self._filters)

    def filtered(self) -> Analysis:
        """The analysis as the chart shows it: with the corrections, and only what the filters keep."""
        return flt.apply(self._analysis, self._filters)

    def chart(self, **options):
        """The escalation chart as shown (an Altair chart); ``options`` are those of ``chronique.chart``."""
        return _chart(self.filtered(), **{**CHART_OPTIONS, **options})

    def spec(self) -> dict:
        """The Vega-Lite specification of the chart shown."""
        return self._vl_spec

    # ------------------------------------------------------------------ edits

    def _timex_ref(self, ref: str) -> str:
        if not isinstance(ref, str) or not ref:
            raise ValueError("name a time expression by its id ('t9') or its exact words ('vendredi')")
        ids = [t.id for t in self._analysis.timexes]
        if ref in ids:
            return ref
        same = [t.id for t in self._analysis.timexes if t.text == ref]
        if len(same) == 1:
            return same[0]
        if same:
            raise ValueError(f"{ref!r} occurs {len(same)} times ({', '.join(same)}): name one by its id")
        raise ValueError(f"no time expression {ref!r} (ids: {', '.join(ids) or 'none'})")

    def _next_id(self) -> str:
        return ov._next_id(self._overrides + self._stale)

    def _add(self, override: dict) -> None:
        override["id"] = self._next_id()
        kept = [o for o in self._overrides
                if not (o["target"] == override["target"] and o["span"] == override["span"])]
        if override["target"] == "claim":
            for o in self._overrides:
                if o["target"] == "claim" and o["span"] == override["span"]:
                    override["set"] = {**o["set"], **override["set"]}
        new_list = kept + [override]
        result, stale = ov.apply(self._base, new_list)
        if any(o["id"] == override["id"] for o in stale):
            raise ValueError(f"{override['span']['text']!r} cannot be corrected here")
        self._overrides = new_list
        self._analysis, self._stale = result, stale

    def set_date(self, ref: str, value) -> Analysis:
        """Set the value of a time expression by hand (``value=None``: it is not a date)."""
        self._add(ov.timex_override(self._analysis, self._timex_ref(ref), value))
        self._refresh()
        return self._analysis

    def not_a_date(self, ref: str) -> Analysis:
        """Say that a time expression is not a date."""
        return self.set_date(ref, None)

    def set_claim(self, ref: str, speaker: str | None = None, mode: str | None = None) -> Analysis:
        """Give a claim another speaker and/or another mode (direct, indirect, mixed)."""
        self._add(ov.claim_override(self._analysis, ref, speaker=speaker, mode=mode))
        self._refresh()
        return self._analysis

    def undo(self, override_id: str | None = None) -> Analysis:
        """Undo a correction (the last one by default); a stale one is forgotten."""
        if override_id is None:
            if not self._overrides:
                raise ValueError("there is no correction to undo")
            override_id = self._overrides[-1]["id"]
        if not any(o["id"] == override_id for o in self._overrides):
            raise ValueError(f"no correction {override_id!r} (corrections: "
                             f"{', '.join(o['id'] for o in self._overrides) or 'none'})")
        self._overrides = [o for o in self._overrides if o["id"] != override_id]
        self._analysis, self._stale = ov.apply(self._base, self._overrides)
        self._refresh()
        return self._analysis

    def rerun(self, published=None, lang=None) -> Analysis:
        """Run the analysis again (another publication date or language), keeping the corrections."""
        pub = published if published is not None else self._published_arg
        base = analyze(self._base.text, published=pub, lang=lang or self._base.lang)
        self._base = base
        self._published_arg = pub
        self._analysis, self._stale = ov.apply(base, self._overrides)
        self._sync_controls()
        self._refresh()
        return self._analysis

    def set_published(self, value) -> Analysis:
        """Run the analysis again with another publication date."""
        return self.rerun(published=value, lang=self._base.lang)

    def set_lang(self, lang: str) -> Analysis:
        """Run the analysis again in another language ("fr" or "en")."""
        return self.rerun(lang=lang)

    def filter(self, speaker: str | None = None, kind: str | None = None, rung: int | None = None) -> Analysis:
        """Show only one speaker, kind or rung in the chart and the claims table (None: all)."""
        self._filters = flt.check({"speaker": speaker, "kind": kind, "rung": rung})
        self._sync_controls()
        self._refresh()
        return self.filtered()

    # ------------------------------------------------------------------ messages from the article view

    def handle(self, msg: dict) -> None:
        """Carry out a request of the article view (``{"action": ...}``); errors are ``ValueError``."""
        if not isinstance(msg, dict):
            raise ValueError("a request is a dict with an 'action'")
        action = msg.get("action")
        if action == "set-date":
            self.set_date(msg.get("ref"), msg.get("value"))
        elif action == "not-a-date":
            self.not_a_date(msg.get("ref"))
        elif action == "set-claim":
            self.set_claim(msg.get("ref"), speaker=msg.get("speaker") or None, mode=msg.get("mode") or None)
        elif action == "undo":
            self.undo(msg.get("id"))
        elif action == "forget":
            oid = msg.get("id")
            if not any(o["id"] == oid for o in self._stale):
                raise ValueError(f"no stale correction {oid!r}")
            self._overrides = [o for o in self._overrides if o["id"] != oid]
            self._stale = [o for o in self._stale if o["id"] != oid]
            self._refresh()
        else:
            raise ValueError(f"unknown request {action!r}")

    def _on_msg(self, _widget, content, _buffers):
        seq = content.get("seq") if isinstance(content, dict) else None
        if isinstance(seq, int):
            self._ack = seq
        try:
            self.handle(content)
        except ValueError as exc:
            self.article.error = {"message": str(exc), "seq": seq}
            self._refresh_view()

    # ------------------------------------------------------------------ controls

    def _sync_controls(self) -> None:
        self._syncing = True
        try:
            pub = self._analysis.published.value or ""
            day = None
            if len(pub) >= 10:
                try:
                    day = _dt.date.fromisoformat(pub[:10])
                except ValueError:
                    day = None
            self.published_picker.value = day
            self.lang_picker.value = self._analysis.lang
            opts = flt.options(self._analysis)
            lang = self._analysis.lang
            for d, key, label in ((self.speaker_filter, "speaker", "all speakers"),
                                  (self.kind_filter, "kind", "all kinds"),
                                  (self.rung_filter, "rung", "all rungs")):
                values = opts[key]
                current = self._filters.get(key)
                if current is not None and current not in values:
                    values = values + [current]
                # "" stands for "all" (a Dropdown shows no selection for None)
                if key == "rung":
                    choices = [(label, ALL)] + [(f"{k} · {ladder.rung_name(k, lang)}", k) for k in values]
                else:
                    choices = [(label, ALL)] + [(str(v), v) for v in values]
                d.options = choices
                d.value = ALL if current is None else current
        finally:
            self._syncing = False

    def _on_published(self, change):
        if self._syncing:
            return
        value = change["new"]
        self._run_from_controls(lambda: self.rerun(published=value.isoformat() if value else None,
                                                   lang=self._base.lang))

    def _on_lang(self, change):
        if self._syncing:
            return
        self._run_from_controls(lambda: self.rerun(lang=change["new"]))

    def _on_filter(self, _change):
        if self._syncing:
            return
        def value(d):
            return None if d.value == ALL else d.value

        self._run_from_controls(lambda: self.filter(speaker=value(self.speaker_filter),
                                                    kind=value(self.kind_filter), rung=value(self.rung_filter)))

    def _run_from_controls(self, fn):
        try:
            fn()
        except ValueError as exc:
            self._say(f"Could not do that: {exc}", error=True)
            self._sync_controls()

    # ------------------------------------------------------------------ display

    def _refresh_view(self) -> None:
        data = self._cache.data
        lanes = data["lanes"] if data else []
        other = chart_labels(self._analysis.lang)["other_speakers"]
        state = view_state(self._analysis, lanes=lanes, other_lane=other, filters=self._filters, stale=self._stale)
        state["ack"] = self._ack
        state["revision"] = self.revision
        self.article.view = state

    def _refresh(self) -> None:
        self.revision += 1
        shown = self.filtered()
        # the chart first: drawing it takes the browser longest
        self._vl_spec = self._cache.spec(shown)
        self.chart_view.spec = self._vega.vega(self._vl_spec)
        self._refresh_view()
        a = self._analysis
        self.article.analysis = a.to_dict()
        self.dates_table.value = html_table(dates_rows(a), DATE_COLUMNS, "no time expression")
        self.claims_table.value = html_table(claims_rows(a, self._filters), CLAIM_COLUMNS, "no claim")
        pub = a.published
        n = len(a.overrides)
        self.info.value = (f"<span class='cq-info'>published {html.escape(pub.value or 'unknown')}"
                           f"{' (inferred)' if pub.inferred else ''} · {len(a.timexes)} dates · "
                           f"{len(a.claims)} claims · {len(a.events)} events · "
                           f"{n} correction{'s' if n != 1 else ''} of yours"
                           + (f" · {len(self._stale)} no longer apply" if self._stale else "") + "</span>")

    def _say(self, message: str, error: bool = False) -> None:
        colour = "#a11" if error else "#225522"
        self.status.value = f"<span style='color:{colour}'>{html.escape(message)}</span>"

    # ------------------------------------------------------------------ export

    def export(self, fmt: str, directory=None) -> Path:
        """Write one export ("html", "png", "svg", "csv", "json" or "timeline") and return its path.

        Charts are drawn as shown (with the filters); data are the whole analysis with its
        corrections.  Files go to ``directory``, else the widget's, else beside the notebook.
        """
        if fmt not in EXPORTS:
            raise ValueError(f"unknown export {fmt!r}: one of {', '.join(EXPORTS)}")
        suffix, _, kind = EXPORTS[fmt]
        where = Path(directory) if directory is not None else (self._directory or notebook_dir())
        path = where / f"{self._name}{suffix}"
        source = self.filtered() if kind == "chart" else self._analysis
        written = source.save(path)
        self.last_export = Path(written).resolve()
        return self.last_export

    def _export_clicked(self, fmt: str) -> None:
        try:
            path = self.export(fmt)
        except ValueError as exc:
            self._say(f"Could not export: {exc}", error=True)
            return
        self._say(f"Wrote {path}")

    # ------------------------------------------------------------------ static rendering

    def _chart_svg(self) -> str | None:
        spec = self._vl_spec
        if not spec:
            return None
        if self._svg is not None and self._svg[0] == self.revision:
            return self._svg[1]
        try:
            import vl_convert as vlc

            svg = vlc.vegalite_to_svg(spec)
        except Exception:  # noqa: BLE001 - the static view goes without the chart rather than fail
            return None
        self._svg = (self.revision, svg)
        return svg

    def _repr_html_(self) -> str:
        data = self._cache.data
        return static_html(self._analysis, lanes=data["lanes"] if data else [],
                           other_lane=chart_labels(self._analysis.lang)["other_speakers"],
                           filters=self._filters, stale=self._stale, chart_svg=self._chart_svg())

    def __repr__(self) -> str:
        return f"<chronique widget: {self._analysis!r}, {len(self._analysis.overrides)} correction(s)>"


def _check_name(name) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ValueError("the name of the exported files is a non-empty string")
    name = name.strip()
    if "/" in name or "\\" in name or name in (".", "..") or "\x00" in name:
        raise ValueError(f"the name of the exported files is a file name, not a path: {name!r}")
    return name
