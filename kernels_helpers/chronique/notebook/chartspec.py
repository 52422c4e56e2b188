"""The chart's Vega-Lite specification, fast enough to follow every edit.

Building the chart with Altair (``chronique.chart``) takes about a second for
an article, most of it spent copying and validating objects.  Its shape
(layers, encodings, legends) depends only on a few things: the language, the
options, the speaker lanes, the modes, modalities, span kinds and casualty
values present, and whether the time axis shows one label per day.  The rest
(the datasets, the time domain and its day ticks, the rows of each panel,
their labels and heights, the subtitle) is plain data computed by
``chronique.chart.chart_data`` in milliseconds.

``SpecCache.spec(analysis)`` builds the chart with Altair when that shape is
new, and otherwise updates the data of the last specification built: the
result is the same specification (the tests compare both).
"""
from __future__ import annotations

import copy
from collections import OrderedDict

from ..chart import COMPACT_ROWS, _casualty_values, _datetime, _label_expr, _ms, _present, chart, chart_data

DAY_MS = 86_400_000


def structure_key(data: dict) -> str:
    """What the shape of the specification depends on (a JSON-ready string)."""
    import json

    ds = data["datasets"]
    L = data["labels"]
    opts = data["options"]
    n_rows = len(ds["events"]) + len(ds["claims"])
    compact = opts["compact"] if opts["compact"] is not None else n_rows > COMPACT_ROWS
    key = {
        "lang": data["lang"],
        "options": {k: v for k, v in opts.items()},
        "compact": bool(compact),
        # the order of the lanes is data (patched below); which lanes there are is shape
        "lanes": sorted(data["lanes"]),
        "daily_axis": data["days"] <= 45,
        "modes": sorted({d.get("mode") for d in ds["claims"]} - {None}),
        "modalities": sorted({d.get("modality") for d in ds["events"]} - {None}),
        "spans": _present(ds["events"] + ds["claims"], "span_kind", [L["spans"]["span"], L["spans"]["vague"]]),
        "casualties": _casualty_values(ds["events"]),
        "publication": bool(ds["publication"]),
    }
    return json.dumps(key, sort_keys=True, ensure_ascii=True, default=str)


def _axes(data: dict) -> tuple[dict, list[dict]]:
    """The data-dependent parts of the x encodings and of each panel's y encodings."""
    opts = data["options"]
    width = int(opts["width"])
    rh = float(opts["row_height"])
    lo, hi = (_ms(d) for d in data["domain"])
    x = {"domain": [_datetime(d) for d in data["domain"]]}
    if data["days"] <= 45:
        day_px = width / max(1, data["days"])
        x["values"] = [lo + k * DAY_MS for k in range(data["days"] + 1)]
        x["labelOffset"] = day_px / 2 if day_px >= 30 else 0
        x["labelExpr"] = (f"datum.value >= {hi} ? '' : "
                          "[utcFormat(datum.value, '%a'), utcFormat(datum.value, '%e %b')]")
    panels = []
    for name in ("events", "claims"):
        total = data["heights"][name]
        centres = data["centres"][name]
        panels.append({"domain": [0, total], "values": [c for c, _ in centres],
                       "labelExpr": _label_expr(centres), "height": max(60, round(total * rh))})
    return x, panels


def _layers(node):
    if isinstance(node, dict):
        if "encoding" in node:
            yield node["encoding"]
        for child in node.get("layer", []):
            yield from _layers(child)


def patch(spec: dict, data: dict) -> dict:
    """``spec`` (a chart of the same shape) redrawn with ``data`` (from ``chart_data``)."""
    out = copy.copy(spec)
    x, panels = _axes(data)
    vconcat = []
    found = 0
    for panel, y in zip(spec["vconcat"], panels):
        panel = copy.deepcopy(panel)
        for enc in _layers(panel):
            if "x" in enc and isinstance(enc["x"], dict):
                scale = enc["x"].get("scale")
                if isinstance(scale, dict) and "domain" in scale:
                    scale["domain"] = copy.deepcopy(x["domain"])
                    found += 1
                axis = enc["x"].get("axis")
                if isinstance(axis, dict):
                    for k in ("values", "labelOffset", "labelExpr"):
                        if k in axis and k in x:
                            axis[k] = copy.copy(x[k])
            for channel in enc.values():
                # the speaker lanes, in their order of first appearance on the time axis
                if isinstance(channel, dict) and channel.get("field") == "speaker":
                    scale = channel.get("scale")
                    if isinstance(scale, dict) and "domain" in scale:
                        scale["domain"] = list(data["lanes"])
            if "y" in enc and isinstance(enc["y"], dict):
                scale = enc["y"].get("scale")
                if isinstance(scale, dict) and "domain" in scale:
                    scale["domain"] = list(y["domain"])
                axis = enc["y"].get("axis")
                if isinstance(axis, dict):
                    for k in ("values", "labelExpr"):
                        if k in axis:
                            axis[k] = copy.copy(y[k])
        panel["height"] = y["height"]
        vconcat.append(panel)
    if found != 1 or len(vconcat) != 2:
        raise ValueError("the chart specification does not have the expected shape")
    out["vconcat"] = vconcat
    out["title"] = {**spec["title"], "subtitle": list(data["subtitle"])}
    meta = copy.deepcopy(spec.get("usermeta") or {})
    meta.setdefault("chronique", {}).update({"lang": data["lang"], "undated": data["undated"],
                                             "hidden_labels": data["hidden_labels"],
                                             "domain": list(data["domain"])})
    out["usermeta"] = meta
    if isinstance(next(iter(spec["datasets"].values()), None), str):
        import json

        out["datasets"] = {k: json.dumps(v, ensure_ascii=False, separators=(",", ":"))
                           for k, v in data["datasets"].items()}
    else:
        out["datasets"] = copy.deepcopy(data["datasets"])
    return out


# the last specifications built by Altair, by shape: shared by every SpecCache of the process
# (a notebook that runs its cell again, or shows the same article twice, builds nothing)
_BUILT: OrderedDict = OrderedDict()
MAX_BUILT = 8


class SpecCache:
    """Chart specifications for successive states of one analysis (see the module)."""

    def __init__(self, **options):
        self.options = options
        self.data = None         # the chart data of the last specification
        self.builds = 0          # how many times Altair built the chart
        self.patches = 0         # how many times a specification was patched

    def spec(self, analysis) -> dict:
        data = chart_data(analysis, **self.options)
        self.data = data
        key = structure_key(data)
        base = _BUILT.get(key)
        if base is not None:
            _BUILT.move_to_end(key)
            try:
                spec = patch(base, data)
            except (KeyError, TypeError, ValueError):
                spec = None
            if spec is not None:
                self.patches += 1
                return spec
        spec = chart(analysis, **self.options).to_dict()
        _BUILT[key] = spec
        while len(_BUILT) > MAX_BUILT:
            _BUILT.popitem(last=False)
        self.builds += 1
        return spec


def clear() -> None:
    """Forget the specifications built so far."""
    _BUILT.clear()
