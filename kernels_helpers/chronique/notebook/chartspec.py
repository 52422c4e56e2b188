"""The chart's Vega-Lite specification, fast enough to follow every edit.

Building the chart with Altair (``chronique.chart``) takes about a second for
an article, most of it spent copying and validating objects.  Its shape
(layers, encodings, legends) depends only on a few things: the language, the
options, the speaker lanes, the modes, modalities, span kinds and casualty
values present, and whether the time axis shows one label per day.  The rest
(the datasets; the time domain, its day ticks, the rows of each panel and
their labels, held in top-level parameters; the panels' heights; the
subtitle) is plain data computed by ``chronique.chart.chart_data`` in
milliseconds.

``SpecCache.spec(analysis)`` builds the chart with Altair when that shape is
new, and otherwise updates the data of the last specification built: the
result is the same specification (the tests compare both).
"""
from __future__ import annotations

import copy
from collections import OrderedDict

from ..chart import COMPACT_ROWS, _casualty_values, _present, axis_params, chart, chart_data



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


def patch(spec: dict, data: dict) -> dict:
    """``spec`` (a chart of the same shape) redrawn with ``data`` (from ``chart_data``).

    What changes: the datasets, the parameters (``chronique.chart.axis_params``), the heights of
    the panels, the subtitle and the metadata.
    """
    out = copy.copy(spec)
    values = axis_params(data)
    params = []
    for p in spec["params"]:
        if "select" not in p and p.get("name") in values:
            p = {**p, "value": copy.deepcopy(values.pop(p["name"]))}
        params.append(p)
    if values:
        raise ValueError("the chart specification does not have the expected parameters")
    out["params"] = params
    if len(spec["vconcat"]) != 2:
        raise ValueError("the chart specification does not have the expected shape")
    rh = float(data["options"]["row_height"])
    vconcat = []
    for panel, name in zip(spec["vconcat"], ("events", "claims")):
        panel = copy.copy(panel)
        panel["height"] = max(60, round(data["heights"][name] * rh))
        vconcat.append(panel)
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
