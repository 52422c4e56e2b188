"""An analysis as a notebook output: the timeline MIME bundle, its HTML and PNG fallbacks.

The JSON under ``application/vnd.chronique.timeline+json`` is what the JupyterLab extension reads
(extension/src/bundle.ts): these tests hold the Python side to that contract.
"""
import base64
import json
import re

import pytest

import chronique
from chronique import overrides
from chronique.chart import chart_data, chart_labels
from chronique.export import TIMELINE_SCHEMA
from chronique.notebook import mime
from conftest import ROOT, SHARED

MIME = "application/vnd.chronique.timeline+json"
INJECTED = ('date 2019-12-31\n\nLe ministre a déclaré vendredi : "<script>alert(1)</script>". Puis '
            '<img src=x onerror="alert(2)">, a-t-il ajouté mardi.\n'
            '"<b onmouseover=alert(3)>tout va bien</b>", a déclaré mardi soir Mark Esper.')


@pytest.fixture(scope="module")
def fr():
    return chronique.analyze((SHARED / "seeds" / "baghdad_embassy_fr.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def shown(fr):
    return fr._repr_mimebundle_()


def test_analysis_output_carries_the_timeline_html_png_and_text(fr, shown):
    assert set(shown) == {MIME, "text/html", "image/png", "text/plain"}
    assert shown["text/plain"] == repr(fr)
    png = base64.b64decode(shown["image/png"], validate=True)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    html = shown["text/html"]
    assert "data:image/svg+xml;base64," in html          # the chart, for front ends without the extension
    assert "mardi 31 janvier" in html and 'class="cq-static"' in html


def test_ipython_displays_an_analysis_with_the_timeline_type(fr):
    from IPython.core.formatters import DisplayFormatter

    data, _ = DisplayFormatter().format(fr)
    assert {MIME, "text/html", "image/png", "text/plain"} <= set(data)
    assert data[MIME]["schema"] == TIMELINE_SCHEMA


def test_widget_keeps_its_own_display(fr):
    from IPython.core.formatters import DisplayFormatter

    w = chronique.widget(fr)
    data, _ = DisplayFormatter().format(w)
    assert "application/vnd.jupyter.widget-view+json" in data
    assert MIME not in data


def test_timeline_json_has_every_field_the_extension_reads(fr, shown):
    b = shown[MIME]
    assert json.loads(json.dumps(b)) == b                  # plain JSON: a notebook stores it as such
    assert b["schema"] == TIMELINE_SCHEMA == "chronique.timeline/1"
    assert b["text"] == fr.text and b["lang"] == "fr"
    assert b["published"]["value"] == fr.published.value and b["published"]["inferred"] == fr.published.inferred
    assert b["vegalite"]["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    n = len(fr.text)
    for h in b["highlights"]:
        assert isinstance(h["start"], int) and isinstance(h["end"], int) and 0 <= h["start"] < h["end"] <= n
        assert isinstance(h["kind"], str) and isinstance(h["id"], str)
    claims = [h for h in b["highlights"] if h["kind"] == "claim"]
    assert {h["id"] for h in claims} == {c["id"] for c in fr.claims if "start" in c["content"]}
    assert all(h["speaker"] == next(c for c in fr.claims if c["id"] == h["id"])["speaker"]["name"] for h in claims)
    assert [c["id"] for c in b["claims"]] == [c["id"] for c in fr.claims]
    assert all(isinstance(c["speaker"]["name"], str) for c in b["claims"])
    assert [(t["id"], t["start"], t["end"], t["type"]) for t in b["timexes"]] == \
        [(t.id, t.start, t.end, t.type) for t in fr.timexes]
    assert [i["message"] for i in b["issues"]] == [i.message for i in fr.issues]
    # the chart's lanes, in its order: the extension colours the speakers as the chart does
    assert b["lanes"] == chart_data(fr)["lanes"]
    assert b["other_lane"] == chart_labels("fr")["other_speakers"]
    assert {c["speaker"]["name"] for c in fr.claims} <= set(b["lanes"])
    assert b["overrides"] == []


def test_timeline_json_carries_the_corrections(fr):
    corrected = overrides.override_timex(fr, "t9", "2019-12-20")
    b = corrected._repr_mimebundle_(include=[MIME])[MIME]
    assert [o["ref"] for o in b["overrides"]] == ["t9"] and b["overrides"][0]["set"] == {"value": "2019-12-20"}
    assert next(t for t in b["timexes"] if t["id"] == "t9")["value"] == "2019-12-20"
    saved = json.loads(chronique.export.render(corrected, ".timeline.json"))
    assert saved["overrides"] == b["overrides"]


def test_the_extension_reads_the_same_type_and_schema():
    ts = (ROOT / "extension" / "src" / "bundle.ts").read_text(encoding="utf-8")
    assert re.search(r"MIME_TYPE = '([^']+)'", ts).group(1) == MIME == mime.MIME_TYPE
    prefix = re.search(r"SCHEMA_PREFIX = '([^']+)'", ts).group(1)
    major = re.search(r"SCHEMA_MAJOR = '([^']+)'", ts).group(1)
    assert prefix + major == TIMELINE_SCHEMA


def test_seed_output_stays_small(shown):
    sizes = {k: len(v.encode("utf-8") if isinstance(v, str) else json.dumps(v, ensure_ascii=False).encode("utf-8"))
             for k, v in shown.items()}
    assert sizes[MIME] < 300_000, sizes
    assert sum(sizes.values()) < 1_000_000, sizes


def test_include_and_exclude_skip_the_work_not_wanted(fr, monkeypatch):
    drawn = []
    real = mime._drawn
    monkeypatch.setattr(mime, "_drawn", lambda spec, fmt: drawn.append(fmt) or real(spec, fmt))
    assert fr._repr_mimebundle_(include=["text/plain"]) == {"text/plain": repr(fr)}
    assert drawn == []
    data = fr._repr_mimebundle_(exclude=["image/png", "text/html"])
    assert set(data) == {MIME, "text/plain"} and drawn == []
    data = fr._repr_mimebundle_(include=[MIME, "image/png"])
    assert set(data) == {MIME, "image/png"} and drawn == ["png"]


def test_a_chart_that_cannot_be_drawn_leaves_the_other_types(fr, monkeypatch):
    import vl_convert

    def broken(*_args, **_kw):
        raise RuntimeError("no renderer")

    monkeypatch.setattr(vl_convert, "vegalite_to_png", broken)
    monkeypatch.setattr(vl_convert, "vegalite_to_svg", broken)
    data = fr._repr_mimebundle_()
    assert set(data) == {MIME, "text/html", "text/plain"}
    assert "data:image/svg+xml" not in data["text/html"]


def test_article_markup_is_escaped_in_html_and_kept_as_text_in_the_timeline():
    a = chronique.analyze(INJECTED, lang="fr")
    data = a._repr_mimebundle_(exclude=["image/png"])
    html = data["text/html"]
    for raw in ("<script>alert", "<img src=x", "<b onmouseover"):
        assert raw not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=" in html
    # the timeline carries the text as data: the extension writes it with textContent
    assert data[MIME]["text"] == INJECTED
    assert any("<script>" in c["content"]["text"] for c in data[MIME]["claims"])


def test_display_helper_reads_an_analysis_its_data_or_its_file(fr, tmp_path, monkeypatch):
    import IPython.display
    from IPython.core.formatters import DisplayFormatter

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(DisplayFormatter().format(obj)[0]))
    path = fr.save(tmp_path / "a.json")
    for source in (fr, fr.to_dict(), path):
        mime.display(source)
    assert len(shown) == 3 and all(data[MIME]["text"] == fr.text for data in shown)


def test_display_of_something_else_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="Analysis"):
        mime.mimebundle({"schema": "x"})
    with pytest.raises(ValueError, match="no such file"):
        mime.display(tmp_path / "missing.json")
