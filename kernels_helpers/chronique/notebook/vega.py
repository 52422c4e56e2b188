"""The live chart: Vega specifications reused across edits, and a view that updates in place.

An edit changes the chart's datasets and its top-level parameters (the time
domain, the day ticks, the rows and labels of each panel: see
``chronique.chart.axis_params``), and usually nothing else.  So:

* ``VegaCache.vega(spec)`` compiles a Vega-Lite specification to Vega with
  vl-convert once per *shape* (the specification without its datasets, its
  parameter values and the heights of its panels) and, for a specification of a shape already compiled,
  puts the new datasets and parameter values into the Vega compiled before:
  the result equals what vl-convert would give (the tests compare them), in a
  millisecond instead of tens.  The shape's digest goes into
  ``usermeta.chronique.shape``.
* ``chart_view_class()`` is Altair's ``JupyterChart`` with one change to its
  JavaScript: when a new specification has the shape of the one on screen, the
  view takes its datasets and parameters in place (``view.data``,
  ``view.signal``) instead of drawing the chart again from scratch.  The
  specification is still set in full, so a saved notebook keeps the last
  state.  Should Altair's JavaScript not have the expected form, the view is
  Altair's own (it draws the chart again at each edit).
"""
from __future__ import annotations

import copy
import hashlib
import json
import os
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

SHAPE_KEY = "shape"

# Altair's JupyterChart JavaScript (altair/jupyter/js/index.js), and what is put in its place
_JS_EDITS = (
    ("    let finalize;\n",
     "    let finalize;\n    const cq = {api: null, shape: null};\n"),
    ("        if (finalize != null) {\n          finalize();\n        }\n",
     "        if (finalize != null) {\n          finalize();\n        }\n        cq.api = null;\n"),
    ("        finalize = api.finalize;\n",
     "        finalize = api.finalize;\n        cq.api = api;\n        cq.shape = cqShape(spec);\n"),
    ("    model.on('change:spec', reembed);\n",
     "    model.on('change:spec', async () => {\n"
     "        const spec = model.get(\"spec\");\n"
     "        const shape = cqShape(spec);\n"
     "        if (cq.api !== null && shape !== null && shape === cq.shape) {\n"
     "            try {\n"
     "                if (await cqUpdate(cq.api.view, spec)) { return; }\n"
     "            } catch (error) {\n"
     "                console.warn(\"chronique: the chart is drawn again\", error);\n"
     "            }\n"
     "        }\n"
     "        await reembed();\n"
     "    });\n"),
)

_JS_HELPERS = """
// chronique: a specification of the shape on screen updates the view in place
function cqShape(spec) {
    const meta = spec && spec.usermeta && spec.usermeta.chronique;
    return (meta && typeof meta.%(key)s === "string") ? meta.%(key)s : null;
}

async function cqUpdate(view, spec) {
    const data = (spec.data ?? []).filter(d => d.values !== undefined);
    if (data.some(d => !Array.isArray(d.values) || (d.format && d.format.parse))) {
        return false;
    }
    for (const d of data) {
        view.data(d.name, structuredClone(d.values));
    }
    for (const s of spec.signals ?? []) {
        if ((s.name.startsWith("cq_") || /^concat_[0-9]+_height$/.test(s.name)) && s.value !== undefined) {
            view.signal(s.name, structuredClone(s.value));
        }
    }
    await view.runAsync();
    return true;
}
""" % {"key": SHAPE_KEY}


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "chronique"


def patched_js(src: str) -> str | None:
    """Altair's JupyterChart JavaScript with in-place updates, or None when it has another form."""
    for old, new in _JS_EDITS:
        if src.count(old) != 1:
            return None
        src = src.replace(old, new)
    return src + _JS_HELPERS


def _strip_imports(src: str) -> str:
    lines = src.split("\n")
    while lines and (not lines[0].strip() or lines[0].startswith("import") or lines[0].startswith("//")):
        lines.pop(0)
    return "\n".join(lines)


@lru_cache(maxsize=1)
def offline_esm() -> tuple[str, bool]:
    """(JavaScript, patched?): JupyterChart's module with Vega bundled in by vl-convert (no
    network), with in-place updates when Altair's JavaScript has the expected form.  Bundling
    takes seconds: the result is cached on disk."""
    import altair as alt
    import vl_convert as vlc
    from altair.jupyter.jupyter_chart import load_js_src
    from altair.utils._importers import vl_version_for_vl_convert

    original = load_js_src()
    src = patched_js(original)
    patched = src is not None
    if src is None:
        src = original
    digest = hashlib.sha256(src.encode("utf-8")).hexdigest()[:16]
    path = _cache_dir() / f"jupyterchart-{alt.__version__}-{vlc.__version__}-{digest}.js"
    try:
        return path.read_text(encoding="utf-8"), patched
    except (OSError, UnicodeDecodeError):
        pass
    bundled = vlc.javascript_bundle(_strip_imports(src), vl_version=vl_version_for_vl_convert())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(bundled, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass                      # no cache: the next kernel bundles again
    return bundled, patched


@lru_cache(maxsize=1)
def chart_view_class():
    """Altair's JupyterChart, with its JavaScript bundled by vl-convert (works offline)."""
    import altair as alt

    class ChartView(alt.JupyterChart):
        _esm = offline_esm()[0]

    return ChartView


def compile_vega(spec: dict) -> dict:
    """The Vega specification of a Vega-Lite one, compiled by vl-convert (the Vega-Lite one
    as it is when vl-convert cannot compile it: vega-embed reads both)."""
    try:
        import vl_convert as vlc
        from altair.utils._importers import vl_version_for_vl_convert

        return vlc.vegalite_to_vega(spec, vl_version=vl_version_for_vl_convert())
    except Exception:  # noqa: BLE001 - the browser compiles it instead
        return spec


def _heights(spec: dict) -> dict:
    """The heights of the panels of a vertical concatenation, as the Vega signals that hold them."""
    return {f"concat_{i}_height": panel["height"] for i, panel in enumerate(spec.get("vconcat") or [])
            if isinstance(panel, dict) and isinstance(panel.get("height"), (int, float))}


def _parts(spec: dict) -> tuple[str, dict, dict]:
    """(shape, datasets, values of the signals) of a Vega-Lite specification: the parameters
    ``cq_*`` and the heights of the panels."""
    datasets = spec.get("datasets") or {}
    values = {p["name"]: p["value"] for p in spec.get("params") or []
              if "select" not in p and "value" in p and str(p.get("name", "")).startswith("cq_")}
    bare = dict(spec)
    heights = _heights(spec)
    if heights:
        bare["vconcat"] = [{**p, "height": None} if isinstance(p, dict) else p for p in spec["vconcat"]]
        values.update(heights)
    bare["datasets"] = {k: None for k in datasets}
    bare["params"] = [{**p, "value": None} if "select" not in p and p.get("name") in values else p
                      for p in spec.get("params") or []]
    meta = dict(bare.get("usermeta") or {})
    meta.pop("chronique", None)            # what the metadata says is not drawn
    bare["usermeta"] = meta
    shape = json.dumps(bare, sort_keys=True, ensure_ascii=True, separators=(",", ":"), default=str)
    return hashlib.sha256(shape.encode("utf-8")).hexdigest()[:20], datasets, values


def _holds(vega: dict, values: dict) -> bool:
    names = {s.get("name") for s in vega.get("signals") or [] if "value" in s}
    return all(k in names for k in values)


def _fill(vega: dict, datasets: dict, values: dict, usermeta: dict, shape: str) -> dict:
    out = dict(vega)
    out["data"] = [{**d, "values": copy.deepcopy(datasets[d["name"]])}
                   if "values" in d and d.get("name") in datasets else d for d in vega.get("data") or []]
    out["signals"] = [{**s, "value": copy.deepcopy(values[s["name"]])}
                      if s.get("name") in values and "value" in s else s for s in vega.get("signals") or []]
    meta = copy.deepcopy(usermeta or {})
    meta.setdefault("chronique", {})[SHAPE_KEY] = shape
    out["usermeta"] = meta
    return out


class VegaCache:
    """Vega specifications of successive charts (see the module)."""

    def __init__(self, size: int = 8):
        self.size = size
        self._compiled: OrderedDict = OrderedDict()
        self.compiles = 0        # how many times vl-convert compiled a specification
        self.reuses = 0          # how many times a compiled one was reused

    def vega(self, spec: dict) -> dict:
        shape, datasets, values = _parts(spec)
        base = self._compiled.get(shape)
        if base is not None and not _holds(base, values):
            base = None                 # this Vega has no signal for one of the values
        if base is None:
            compiled = compile_vega(spec)
            self.compiles += 1
            if "$schema" in compiled and "vega-lite" in str(compiled["$schema"]):
                return compiled                 # not compiled: the browser compiles it
            base = compiled
            if _holds(base, values):
                self._compiled[shape] = base
            while len(self._compiled) > self.size:
                self._compiled.popitem(last=False)
        else:
            self._compiled.move_to_end(shape)
            self.reuses += 1
        return _fill(base, datasets, values, spec.get("usermeta") or {}, shape)
