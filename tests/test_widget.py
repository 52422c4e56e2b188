"""The review widget: corrections as data, the widget's state, the chart it follows, escaping,
the static rendering, the export buttons and the %%chronique magic."""
import html
import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

import chronique
from chronique import overrides as ov
from chronique.chart import chart_data
from chronique.notebook import ChroniqueWidget, saved_analyses
from chronique.notebook import chartspec
from chronique.notebook.view import segments, speaker_colours, view_state
from conftest import ROOT

DATA = ROOT / "demo_notebooks" / "data"
FR = DATA / "baghdad_embassy_fr.txt"
EN = DATA / "baghdad_embassy_en.txt"
JS = ROOT / "kernels_helpers" / "chronique" / "notebook" / "article.js"
INJECTED = ('Le ministre a déclaré vendredi : "<script>alert(1)</script>" puis '
            '<img src=x onerror=alert(2)> et <b onmouseover="alert(3)">rien</b>, a-t-il ajouté mardi.')


@pytest.fixture(scope="module")
def seed():
    return chronique.analyze(FR.read_text(encoding="utf-8"))


@pytest.fixture
def w():
    return chronique.widget(FR)


def by_words(a, words):
    return [t for t in a.timexes if t.text == words]


def event_point(spec, event_id):
    return next(r for r in chartspec_dataset(spec, "events") if r["id"] == event_id)


def chartspec_dataset(spec, name):
    data = spec["datasets"][name]
    return json.loads(data) if isinstance(data, str) else data


# --------------------------------------------------------------------------- overrides as data


def test_a_date_override_moves_the_expression_and_everything_it_dates(seed):
    vendredi = by_words(seed, "vendredi")[0]
    b = ov.override_timex(seed, vendredi.id, "2019-12-20")
    t = b.timex(vendredi.id)
    assert (t.value, t.interval) == ("2019-12-20", ["2019-12-20T00:00:00", "2019-12-20T23:59:59"])
    assert t.rule == ov.OVERRIDE_RULE and "2019-12-27" in t.explanation     # says what it replaced
    dated = [e for e in seed.events if (e.get("time") or {}).get("timex") == vendredi.id]
    assert dated, "the seed's 'vendredi' dates events"
    for e in dated:
        moved = next(x for x in b.events if x["id"] == e["id"])
        assert moved["time"]["interval"] == t.interval
    rows = b.timeline().set_index("id")
    for e in dated:
        assert rows.loc[e["id"], "start"].date() == date(2019, 12, 20)
    assert seed.timex(vendredi.id).value == "2019-12-27", "the original analysis is untouched"


def test_not_a_date_removes_the_expression_and_leaves_its_events_undated(seed):
    mardi31 = by_words(seed, "mardi 31 janvier")[0]
    b = ov.override_timex(seed, mardi31.id, None)
    assert mardi31.id not in {t.id for t in b.timexes}
    assert not [i for i in b.issues if i.timex == mardi31.id], "its calendar issue goes with it"
    for e in b.events:
        assert (e.get("time") or {}).get("timex") != mardi31.id
    for c in b.claims:
        assert (c.get("time") or {}).get("timex") != mardi31.id
    assert b.overrides[-1]["set"] == {"value": None}


def test_a_claim_override_gives_another_speaker_and_mode(seed):
    anonymous = next(c for c in seed.claims if c["anonymous"])
    b = ov.override_claim(seed, anonymous["id"], speaker="Mark Esper", mode="direct")
    c = next(x for x in b.claims if x["id"] == anonymous["id"])
    assert c["speaker"]["name"] == "Mark Esper" and c["mode"] == "direct" and not c["anonymous"]
    assert c["speaker"]["entity"] == "Mark Esper", "a known speaker brings their entity"
    assert b.timeline().set_index("id").loc[c["id"], "speaker"] == "Mark Esper"
    new = ov.override_claim(seed, anonymous["id"], speaker="  Une   porte-parole ")
    assert next(x for x in new.claims if x["id"] == anonymous["id"])["speaker"]["name"] == "Une porte-parole"


def test_undoing_every_override_gives_back_the_analysis_exactly(seed):
    b = ov.override_timex(seed, by_words(seed, "vendredi")[0].id, "2019-12-20")
    b = ov.override_timex(b, by_words(seed, "mardi 31 janvier")[0].id, None)
    b = ov.override_claim(b, "c1", mode="mixed")
    assert ov.revert(b) == seed
    assert ov.undo(ov.undo(ov.undo(b, "o3"), "o1"), "o2") == seed
    only_claim = ov.undo(ov.undo(b, "o1"), "o2")
    assert [o["id"] for o in only_claim.overrides] == ["o3"]
    assert only_claim.timex(by_words(seed, "vendredi")[0].id).value == "2019-12-27"


def test_overrides_are_kept_by_to_dict_and_load_losslessly(seed, tmp_path):
    b = ov.override_claim(ov.override_timex(seed, "t9", "2019-12-20T18:30"), "c4", speaker="Mark Esper")
    d = b.to_dict()
    assert [o["id"] for o in d["overrides"]] == ["o1", "o2"]
    assert chronique.load(json.loads(json.dumps(d))) == b
    path = b.save(tmp_path / "a.json")
    again = chronique.load(path)
    assert again == b and ov.revert(again) == seed


def test_an_analysis_without_overrides_keeps_the_old_contract(seed):
    d = seed.to_dict()
    assert "overrides" not in d, "files without corrections are written as before"
    assert chronique.load(d).overrides == []


@pytest.mark.parametrize("bad", ["not a list", [1, 2], [["o1"]]])
def test_load_refuses_malformed_overrides(seed, bad):
    d = seed.to_dict()
    d["overrides"] = bad
    with pytest.raises(ValueError, match="overrides"):
        chronique.load(d)


def test_a_new_override_of_the_same_words_replaces_the_earlier_one(seed):
    b = ov.override_timex(seed, "t9", "2019-12-20")
    b = ov.override_timex(b, "t9", "2019-12-13")
    assert len(b.overrides) == 1 and b.timex("t9").value == "2019-12-13"
    assert b.overrides[0]["before"]["timex"]["value"] == "2019-12-27", "undo returns to the pipeline's reading"
    c = ov.override_claim(ov.override_claim(seed, "c4", speaker="Mark Esper"), "c4", mode="direct")
    assert len(c.overrides) == 1 and c.overrides[0]["set"] == {"speaker": "Mark Esper", "mode": "direct"}


@pytest.mark.parametrize("text, value, start, end", [
    ("2019-12-20", "2019-12-20", "2019-12-20T00:00:00", "2019-12-20T23:59:59"),
    (" 2019-12-20T18:30 ", "2019-12-20T18:30", "2019-12-20T18:30:00", "2019-12-20T18:30:59"),
    ("2019-12-20TEV", "2019-12-20TEV", "2019-12-20T18:00:00", "2019-12-20T23:59:59"),
    ("2019-12", "2019-12", "2019-12-01T00:00:00", "2019-12-31T23:59:59"),
    ("2020-02", "2020-02", "2020-02-01T00:00:00", "2020-02-29T23:59:59"),
    ("2019-W52", "2019-W52", "2019-12-23T00:00:00", "2019-12-29T23:59:59"),
    ("2019-W52-WE", "2019-W52-WE", "2019-12-28T00:00:00", "2019-12-29T23:59:59"),
    ("2019", "2019", "2019-01-01T00:00:00", "2019-12-31T23:59:59"),
])
def test_dates_typed_by_hand_are_read_with_their_interval(text, value, start, end):
    got, kind, interval = ov.parse_value(text)
    assert (got, interval) == (value, [start, end])
    assert kind == ("TIME" if "T" in value else "DATE")


@pytest.mark.parametrize("bad", ["", "vendredi", "20/12/2019", "2019-13", "2019-02-30", "2019-12-20T25:00",
                                 "2019-12-20TXX", "2019-W54", "2019-W52-XX", "٢٠١٩-12-20", "0000", None, 20191220,
                                 "2019-12-20/2019-12-21", "9" * 40])
def test_an_unreadable_date_is_refused_with_the_accepted_forms(bad):
    with pytest.raises(ValueError, match="write it as one of 2019-12-20"):
        ov.parse_value(bad)


def test_overrides_name_real_targets(seed):
    with pytest.raises(ValueError, match="no time expression 't99'"):
        ov.timex_override(seed, "t99", "2019-12-20")
    with pytest.raises(ValueError, match="no claim 'c99'"):
        ov.claim_override(seed, "c99", mode="direct")
    with pytest.raises(ValueError, match="unknown mode 'quoted'"):
        ov.claim_override(seed, "c1", mode="quoted")
    with pytest.raises(ValueError, match="non-empty name"):
        ov.claim_override(seed, "c1", speaker="   ")
    with pytest.raises(ValueError, match="sets a speaker, a mode or both"):
        ov.claim_override(seed, "c1")


# --------------------------------------------------------------------------- the widget's state


def test_the_widget_reads_text_a_path_an_analysis_or_a_saved_file(seed, tmp_path):
    from_path = chronique.widget(FR)
    from_text = chronique.widget(FR.read_text(encoding="utf-8"))
    from_analysis = chronique.widget(seed)
    assert from_path.analysis == from_text.analysis == from_analysis.analysis == seed
    saved = seed.save(tmp_path / "seed.json")
    assert chronique.widget(str(saved)).analysis == seed
    assert chronique.widget(seed, published="2020-01-03").analysis.published.value == "2020-01-03"


@pytest.mark.parametrize("source, message", [
    ("missing-article.txt", "no such file"),
    (Path("missing") / "a.json", "no such file"),
    (b"bytes", "Analysis, not bytes"),
    (42, "Analysis, not int"),
    ("", "empty"),
])
def test_the_widget_refuses_bad_sources_clearly(source, message):
    with pytest.raises(ValueError, match=message):
        chronique.widget(source)


def test_the_widget_refuses_a_bad_language_or_date():
    with pytest.raises(ValueError, match="unknown language"):
        chronique.widget(FR, lang="xx")
    with pytest.raises(ValueError):
        chronique.widget(FR, published="31/12/2019 or so")


def test_widget_analysis_reflects_every_edit_and_undo(w, seed):
    w.set_date("t9", "2019-12-20")
    w.not_a_date("À terme")
    w.set_claim("c1", mode="mixed")
    a = w.analysis
    assert a.timex("t9").value == "2019-12-20"
    assert not by_words(a, "À terme")
    assert next(c for c in a.claims if c["id"] == "c1")["mode"] == "mixed"
    assert [o["id"] for o in a.overrides] == ["o1", "o2", "o3"]
    assert {o["id"] for o in w.article.view["overrides"]} == {"o1", "o2", "o3"}
    w.undo("o2")
    assert by_words(w.analysis, "À terme") and [o["id"] for o in w.overrides] == ["o1", "o3"]
    w.undo()
    w.undo()
    assert w.analysis == seed and w.overrides == []
    with pytest.raises(ValueError, match="no correction to undo"):
        w.undo()


def test_a_timex_named_by_ambiguous_words_asks_for_its_id(w):
    with pytest.raises(ValueError, match="'vendredi' occurs 3 times"):
        w.set_date("vendredi", "2019-12-20")
    with pytest.raises(ValueError, match="no time expression 'jeudi'"):
        w.set_date("jeudi", "2019-12-20")


def test_requests_from_the_article_view_edit_and_report_errors(w):
    w._on_msg(w.article, {"action": "set-date", "ref": "t9", "value": "2019-12-20", "seq": 1}, [])
    assert w.analysis.timex("t9").value == "2019-12-20"
    assert w.article.view["ack"] == 1 and w.article.view["timexes"]["t9"]["override"] == "o1"
    w._on_msg(w.article, {"action": "set-date", "ref": "t9", "value": "le 20", "seq": 2}, [])
    assert w.article.error["seq"] == 2 and "unreadable date 'le 20'" in w.article.error["message"]
    assert w.analysis.timex("t9").value == "2019-12-20", "a refused edit changes nothing"
    w._on_msg(w.article, {"action": "set-claim", "ref": "c4", "speaker": "Mark Esper", "seq": 3}, [])
    assert next(c for c in w.analysis.claims if c["id"] == "c4")["speaker"]["name"] == "Mark Esper"
    w._on_msg(w.article, {"action": "undo", "id": "o1", "seq": 4}, [])
    assert w.analysis.timex("t9").value == "2019-12-27"
    w._on_msg(w.article, {"action": "drop-database", "seq": 5}, [])
    assert "unknown request 'drop-database'" in w.article.error["message"]


def test_rerunning_keeps_the_overrides_that_still_apply(w):
    w.set_date("t9", "2019-12-20")
    w.set_claim("c1", mode="mixed")
    w.set_published("2020-01-03")                 # a Friday: "vendredi" is read differently
    assert w.analysis.published.value == "2020-01-03"
    assert w.analysis.timex("t9").value == "2019-12-20", "the user's value still wins"
    assert len(w.overrides) == 2 and not w.stale
    w.set_lang("en")                              # the French words are no English dates
    assert {o["target"] for o in w.stale} >= {"timex"}
    assert w.article.view["stale"], "the view says which corrections no longer apply"
    w.set_lang("fr")
    assert not w.stale and w.analysis.timex("t9").value == "2019-12-20"


def test_the_controls_run_the_analysis_again(w):
    w.published_picker.value = date(2020, 1, 3)
    assert w.analysis.published.value == "2020-01-03"
    w.lang_picker.value = "en"
    assert w.analysis.lang == "en"
    assert w.published_picker.value == date(2020, 1, 3)


def test_filters_restrict_the_chart_and_the_claims_table(w):
    w.speaker_filter.value = "Mark Esper"
    shown = w.filtered()
    assert shown.claims and {c["speaker"]["name"] for c in shown.claims} == {"Mark Esper"}
    spec_claims = chartspec_dataset(w.spec(), "claims")
    assert {r["speaker"] for r in spec_claims} == {"Mark Esper"}
    assert "Mike Pompeo" not in w.claims_table.value
    assert len(w.analysis.claims) == 18, "the analysis itself keeps everything"
    hidden = [c for c, v in w.article.view["claims"].items() if not v["visible"]]
    assert hidden and all(w.article.view["claims"][c]["speaker"] != "Mark Esper" for c in hidden)
    w.speaker_filter.value = ""
    w.rung_filter.value = 6
    assert {e["rung"] for e in w.filtered().events} == {6} and not w.filtered().claims
    w.rung_filter.value = ""
    w.kind_filter.value = "denial"
    assert {c["kind"] for c in w.filtered().claims} == {"denial"}


def test_filters_refuse_unknown_values(w):
    with pytest.raises(ValueError, match="a rung is one of 0, 1"):
        w.filter(rung=9)
    with pytest.raises(ValueError, match="name"):
        w.filter(speaker=3)


# --------------------------------------------------------------------------- the chart follows


def test_the_chart_mark_moves_with_an_edit(w):
    before = event_point(w.spec(), "e9")
    w.set_date("t9", "2019-12-20")
    after = event_point(w.spec(), "e9")
    assert before["day"] == "2019-12-27" and after["day"] == "2019-12-20"
    assert w.spec() == w.chart().to_dict(), "the chart shown is the one Altair draws"
    assert w.chart_view.spec["$schema"].startswith("https://vega.github.io/schema/vega/"), \
        "the browser gets the compiled Vega specification"


@pytest.fixture(scope="module")
def built(seed):
    """The seed's chart built once by Altair: the edits below are drawn by patching it."""
    chartspec.clear()
    chartspec.SpecCache().spec(seed)
    return seed


@pytest.mark.parametrize("edit", [
    ("t9", "2019-12-20"),            # the time axis grows by a week
    ("t9", "2020-01-03"),            # the axis shrinks at its start
    ("t14", "2019-W51-WE"),          # a span moves: the rows of its rung are packed again
    ("t2", None),                    # a flagged date goes: the subtitle changes
    ("t4", "2019-12-31T09:30"),      # a vague span ("plus tôt") becomes a time of day
    ("t5", "2020-03"),               # a new shape (the axis stops naming every day): built again
])
def test_the_fast_chart_specification_is_the_one_altair_builds(built, edit):
    b = ov.override_timex(built, *edit)
    assert chartspec.SpecCache().spec(b) == chronique.chart(b).to_dict()


def test_the_fast_chart_specification_follows_claim_edits(built):
    cache = chartspec.SpecCache()
    b = ov.override_claim(built, "c4", mode="direct")
    assert cache.spec(b) == chronique.chart(b).to_dict()
    assert cache.patches == 1 and cache.builds == 0, "an edit of the same shape is patched, not rebuilt"


# --------------------------------------------------------------------------- what the view shows


def test_the_view_cuts_the_article_into_text_pieces_that_rebuild_it(seed):
    v = view_state(seed, lanes=chart_data(seed)["lanes"])
    assert "".join(s["text"] for s in v["segments"]) == seed.text
    covered = {s["timex"] for s in v["segments"] if s["timex"]}
    assert covered == {t.id for t in seed.timexes}
    flagged = "".join(s["text"] for s in v["segments"] if s["flagged"])
    assert flagged == "mardi 31 janvier"


def test_claims_are_coloured_as_their_speaker_lane_in_the_chart(seed):
    lanes = chart_data(seed)["lanes"]
    v = view_state(seed, lanes=lanes)
    colours = speaker_colours(lanes)
    for cid, c in v["claims"].items():
        assert c["colour"] == colours[c["speaker"]]
    assert len({c["colour"] for c in v["claims"].values()}) == len({c["speaker"] for c in v["claims"].values()})


def test_nested_spans_give_the_innermost_timex_and_claim():
    class T:
        def __init__(self, i, s, e):
            self.id, self.start, self.end, self.flag = i, s, e, None
    text = "abcdefghij"
    claims = [{"id": "c1", "content": {"start": 0, "end": 10}}, {"id": "c2", "content": {"start": 2, "end": 6}}]
    segs = segments(text, [T("t1", 3, 5)], claims, [])
    assert [(s["text"], s["timex"], s["claims"]) for s in segs] == [
        ("ab", None, ["c1"]), ("c", None, ["c1", "c2"]), ("de", "t1", ["c1", "c2"]), ("f", None, ["c1", "c2"]),
        ("ghij", None, ["c1"])]


# --------------------------------------------------------------------------- escaping


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, k, v) for k, v in attrs]


def test_article_text_is_escaped_in_the_static_rendering():
    w = chronique.widget(INJECTED, published="2019-12-31", lang="fr")
    page = w._repr_html_()
    p = _Tags()
    p.feed(page)
    assert "script" not in p.tags
    assert not [a for a in p.attrs if a[1].startswith("on")], "no event handler attribute"
    images = [v for t, k, v in p.attrs if t == "img" and k == "src"]
    assert images and all(v.startswith("data:image/svg+xml;base64,") for v in images), "only the chart's picture"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(2)&gt;" in page


def test_the_article_view_sends_text_pieces_and_never_writes_html():
    w = chronique.widget(INJECTED, published="2019-12-31", lang="fr")
    assert "".join(s["text"] for s in w.article.view["segments"]) == w.analysis.text
    source = JS.read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in source, f"article.js must not use {sink}"
    assert "textContent" in source and "createTextNode" in source


# --------------------------------------------------------------------------- static rendering


def test_the_static_rendering_marks_dates_claims_flags_and_corrections(w):
    w.set_date("t9", "2019-12-20")
    page = w._repr_html_()
    for t in w.analysis.timexes:
        marked = r'<span class="cq-timex[^"]*"[^>]*>' + re.escape(html.escape(t.text, quote=False)) + "</span>"
        assert re.search(marked, page), t.text
    assert re.search(r'class="cq-timex cq-flagged"[^>]*>mardi 31 janvier</span>', page)
    assert re.search(r'class="cq-timex cq-own[^"]*"[^>]*>vendredi</span>', page), "the user's correction is marked"
    assert "o1 (yours)" in page and "data:image/svg+xml;base64," in page
    lanes = w._cache.data["lanes"]
    assert f'border-bottom-color:{speaker_colours(lanes)["Mark Esper"]}' in page


def test_a_displayed_widget_carries_the_widget_view_and_the_static_html(w):
    from IPython.core.formatters import DisplayFormatter

    data, _ = DisplayFormatter().format(w)
    assert "application/vnd.jupyter.widget-view+json" in data
    assert 'class="cq-static"' in data["text/html"]


# --------------------------------------------------------------------------- export and restore


def test_export_writes_beside_the_notebook_and_says_where(w, tmp_path, monkeypatch):
    notebook = tmp_path / "review.ipynb"
    notebook.write_text("{}", encoding="utf-8")
    monkeypatch.setenv("JPY_SESSION_NAME", str(notebook))
    w.set_date("t9", "2019-12-20")
    w.export_buttons["json"].click()
    written = tmp_path / "baghdad_embassy_fr.json"
    assert written.is_file() and str(written) in w.status.value
    assert chronique.load(written) == w.analysis
    w.export_buttons["csv"].click()
    assert "2019-12-20" in (tmp_path / "baghdad_embassy_fr.csv").read_text(encoding="utf-8")
    w.export_buttons["html"].click()
    assert (tmp_path / "baghdad_embassy_fr.html").stat().st_size > 10_000


def test_export_reports_an_unwritable_place(w, tmp_path):
    with pytest.raises(ValueError, match="no such directory"):
        w.export("json", directory=tmp_path / "missing")
    with pytest.raises(ValueError, match="unknown export 'docx'"):
        w.export("docx")
    w._directory = tmp_path / "missing"
    w.export_buttons["csv"].click()
    assert "Could not export" in w.status.value


def test_exported_json_restores_the_corrections_in_a_new_widget(w, tmp_path):
    w.set_date("t9", "2019-12-20")
    w.set_claim("c4", speaker="Mark Esper", mode="direct")
    path = w.export("json", directory=tmp_path)
    again = chronique.widget(chronique.load(path))
    assert again.analysis == w.analysis
    assert {o["id"] for o in again.article.view["overrides"]} == {"o1", "o2"}
    again.undo("o1")
    assert again.analysis.timex("t9").value == "2019-12-27", "restored corrections can be undone"


def test_saved_widget_state_restores_the_corrections(w, tmp_path):
    from ipywidgets.embed import dependency_state

    w.set_date("t9", "2019-12-20")
    state = {"version_major": 2, "version_minor": 0, "state": dependency_state(w, drop_defaults=False)}
    nb = {"cells": [], "metadata": {"widgets": {"application/vnd.jupyter.widget-state+json": state}},
          "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "saved.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    (restored,) = saved_analyses(path)
    assert restored == w.analysis and restored.overrides[0]["set"] == {"value": "2019-12-20"}
    with pytest.raises(ValueError, match="no such notebook"):
        saved_analyses(tmp_path / "nope.ipynb")


# --------------------------------------------------------------------------- the magic


@pytest.fixture
def shell():
    from IPython.core.interactiveshell import InteractiveShell

    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "chronique")
    return ip


def test_the_cell_magic_shows_the_widget_for_the_cell(shell):
    body = "Le Pentagone a annoncé vendredi l'envoi de soldats, a déclaré Mark Esper.\n"
    w = shell.run_cell_magic("chronique", "--published 2019-12-31 --lang fr --name revue", body)
    assert isinstance(w, ChroniqueWidget) and shell.user_ns["revue"] is w
    assert w.analysis.text == body and w.analysis.lang == "fr"
    assert [(t.text, t.value) for t in w.analysis.timexes] == [("vendredi", "2019-12-27")]


@pytest.mark.parametrize("line, body, message", [
    ("--lang xx", "Un texte, vendredi.", "unknown language"),
    ("", "   ", "empty"),
    ("--name 2w", "Un texte, vendredi.", "variable name"),
])
def test_the_cell_magic_reports_bad_input_as_a_usage_error(shell, line, body, message):
    from IPython.core.error import UsageError

    with pytest.raises(UsageError, match=message):
        shell.run_cell_magic("chronique", line, body)


# --------------------------------------------------------------------------- the browser tests' policy


def test_browser_tests_skip_without_chromium_but_never_under_ci(monkeypatch, tmp_path):
    import test_browser

    monkeypatch.setattr(test_browser, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Debian's Chromium"):
        test_browser._require()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="may not be skipped"):
        test_browser._require()
