"""The live chart follows an edit without compiling or drawing it again (chronique.notebook.vega)."""
import json

import pytest

import chronique
from chronique.notebook.vega import VegaCache, compile_vega, patched_js
from conftest import ROOT

DEMO_FR = ROOT / "demo_notebooks" / "data" / "baghdad_embassy_fr.txt"
EDITS = ["2020-01-03", "2019-12-26", "2020-01-02", "2019-12-20"]


def numbers_as_floats(spec: dict):
    # vl-convert writes 2.0 where Python writes 2: the same JSON number
    return json.loads(json.dumps(spec), parse_int=float)


def drawn(vega: dict) -> dict:
    return numbers_as_floats({k: v for k, v in vega.items() if k != "usermeta"})


@pytest.fixture(scope="module")
def widget():
    return chronique.widget(str(DEMO_FR), published="2019-12")


def test_altair_javascript_takes_the_in_place_update():
    from altair.jupyter.jupyter_chart import load_js_src

    js = patched_js(load_js_src())
    assert js is not None, "Altair's JupyterChart JavaScript no longer has the form the in-place update expects"
    assert "cqUpdate(cq.api.view, spec)" in js and "view.data(d.name" in js
    assert patched_js("export default {}") is None, "unknown JavaScript is left as Altair wrote it"


def test_each_edit_gives_the_vega_that_vl_convert_compiles(widget):
    ref = next(t.id for t in widget.analysis.timexes if t.text == "vendredi")
    shapes = set()
    for value in EDITS:
        widget.set_date(ref, value)
        shown = widget.chart_view.spec
        assert drawn(shown) == drawn(compile_vega(widget._vl_spec)), value
        shapes.add(shown["usermeta"]["chronique"]["shape"])
        assert shown["usermeta"]["chronique"]["domain"] == widget._vl_spec["usermeta"]["chronique"]["domain"]
    assert len(shapes) == 1, "moving a date keeps the chart's shape: the view updates in place"
    assert widget._vega.compiles == 1 and widget._vega.reuses == len(EDITS)


def test_a_chart_of_another_shape_is_compiled_anew(widget):
    cache = VegaCache()
    spec = widget._vl_spec
    first = cache.vega(spec)
    other = json.loads(json.dumps(spec))
    other["title"]["text"] = "Another title"
    second = cache.vega(other)
    assert cache.compiles == 2
    assert first["usermeta"]["chronique"]["shape"] != second["usermeta"]["chronique"]["shape"]
    assert drawn(second) == drawn(compile_vega(other))


def test_the_panels_heights_are_signals_of_the_same_shape(widget):
    cache = VegaCache()
    spec = widget._vl_spec
    cache.vega(spec)
    taller = json.loads(json.dumps(spec))
    taller["vconcat"][1]["height"] += 40
    vega = cache.vega(taller)
    assert cache.compiles == 1
    heights = {s["name"]: s["value"] for s in vega["signals"] if s["name"].endswith("_height")}
    assert heights["concat_1_height"] == spec["vconcat"][1]["height"] + 40
    assert drawn(vega) == drawn(compile_vega(taller))
