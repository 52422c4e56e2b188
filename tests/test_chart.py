"""The escalation chart: panels, layers, encodings, data rows at their dates and rungs, labels."""
import json
from datetime import datetime, timezone

import altair as alt
import pytest
import vl_convert as vlc

import chronique
import chronique.overrides
from chronique.chart import chart_data, chart_labels, dataset, enable_offline, param_value, text_width
from conftest import ROOT

DATA = ROOT / "demo_notebooks" / "data"


@pytest.fixture(scope="module")
def fr():
    return chronique.analyze((DATA / "baghdad_embassy_fr.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def en():
    return chronique.analyze((DATA / "baghdad_embassy_en.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def fr_spec(fr):
    return chronique.chart(fr).to_dict()


@pytest.fixture(scope="module")
def en_spec(en):
    return chronique.chart(en).to_dict()


def layers(spec, panel):
    return {layer["name"].rsplit("_", 1)[0]: layer for layer in spec["vconcat"][panel]["layer"]}


def event_record(analysis, spec, kind):
    ids = [e["id"] for e in analysis.events if e["kind"] == kind]
    assert ids, f"the analysis has a {kind} event"
    recs = [r for r in dataset(spec, "events") if r["id"] in ids]
    assert recs, f"the {kind} event is drawn"
    return recs[0]


def band_of(spec, name, y):
    for band in dataset(spec, name):
        if band["y0"] <= y <= band["y1"]:
            return band
    raise AssertionError(f"y={y} lies in no band of {name}")


# --------------------------------------------------------------------------- structure


def test_chart_is_two_panels_sharing_one_time_scale(fr_spec):
    assert len(fr_spec["vconcat"]) == 2
    assert fr_spec["resolve"]["scale"]["x"] == "shared"
    xs = [layer["encoding"]["x"] for panel in fr_spec["vconcat"] for layer in panel["layer"]
          if "x" in layer.get("encoding", {})]
    assert xs and all(x["type"] == "temporal" for x in xs)
    domains = [x["scale"]["domain"] for x in xs if "scale" in x]
    assert len(domains) == 1, "the time domain is given once and shared"
    assert domains[0] == [{"expr": "cq_x_lo"}, {"expr": "cq_x_hi"}], "the domain is held in parameters"
    start, end = (datetime.fromtimestamp(param_value(fr_spec, p) / 1000, timezone.utc).replace(tzinfo=None)
                  for p in ("cq_x_lo", "cq_x_hi"))
    assert start == datetime(2019, 12, 27)
    assert end > datetime(2020, 1, 7)


def test_panels_have_their_layers(fr_spec):
    ev, cl = layers(fr_spec, 0), layers(fr_spec, 1)
    for name in ("events-bands", "event-spans", "event-spans-outline", "event-points", "event-flags",
                 "event-labels-right", "event-labels-left", "publication-rule", "publication-label"):
        assert name in ev, name
    for name in ("claims-bands", "claim-spans", "claim-spans-vague", "claim-points", "claim-flags",
                 "claim-labels-right", "publication-rule"):
        assert name in cl, name
    assert ev["event-spans"]["mark"]["type"] == "rect"
    assert ev["publication-rule"]["mark"]["type"] == "rule"
    assert ev["event-flags"]["transform"] == [{"filter": "datum.flagged"}]


def test_event_encodings_put_rungs_on_y_casualties_on_size(fr_spec):
    enc = layers(fr_spec, 0)["event-points"]["encoding"]
    assert enc["x"]["field"] == "x" and enc["y"]["field"] == "y"
    assert enc["fill"]["field"] == "rung"
    assert enc["size"]["field"] == "casualties"
    assert enc["shape"]["field"] == "modality_label"


def test_claim_styles_are_distinct_channels(fr_spec, fr):
    L = chart_labels("fr")
    enc = layers(fr_spec, 1)["claim-points"]["encoding"]
    assert enc["fill"]["field"] == "speaker"
    shape = enc["shape"]["scale"]
    assert len(set(shape["range"])) == len(shape["range"]) >= 2, "modes have distinct shapes"
    assert set(shape["domain"]) >= {L["modes"]["direct"], L["modes"]["indirect"]}
    dash = enc["strokeDash"]
    assert dash["field"] == "hedge" and dash["scale"]["range"][0] != dash["scale"]["range"][1]
    op = enc["opacity"]["condition"]
    assert op["param"] == "speaker_sel" and op["field"] == "source"
    assert op["scale"]["range"][0] != op["scale"]["range"][1], "anonymous sources look different"
    recs = dataset(fr_spec, "claims")
    assert {r["source"] for r in recs} == {L["sources"]["named"], L["sources"]["anonymous"]}
    assert {r["hedge"] for r in recs} == {L["hedges"]["plain"], L["hedges"]["hedged"]}
    assert {r["mode"] for r in recs} >= {"direct", "indirect", "mixed"}


def test_tooltips_give_wording_date_resolution_speaker_and_text(fr_spec):
    for panel, layer in ((0, "event-points"), (1, "claim-points")):
        fields = {t["field"] for t in layers(fr_spec, panel)[layer]["encoding"]["tooltip"]}
        assert {"wording", "date", "date_rule", "resolution", "text"} <= fields
    assert "speaker_name" in {t["field"] for t in layers(fr_spec, 1)["claim-points"]["encoding"]["tooltip"]}
    c2 = next(r for r in dataset(fr_spec, "claims") if r["wording"] == "mardi 31 janvier")
    assert c2["speaker_name"] == "Mark Esper"
    assert c2["date"] == "mar. 31 déc. 2019"
    assert c2["date_rule"], "the rule that resolved the date is in the tooltip"
    assert c2["resolution"]


# --------------------------------------------------------------------------- the seed's rows


def test_rocket_attack_is_on_friday_27_december_at_rung_6(fr, fr_spec):
    rec = event_record(fr, fr_spec, "lethal attack")
    assert rec["day"] == "2019-12-27" and rec["rung"] == 6
    assert band_of(fr_spec, "event_bands", rec["y"])["band"] == "6"


def test_weekend_strikes_span_saturday_and_sunday_28_29_december(fr, fr_spec):
    rec = event_record(fr, fr_spec, "lethal strike")
    assert rec["span"] is True
    assert rec["start"] == "2019-12-28T00:00:00Z" and rec["end"] == "2019-12-30T00:00:00Z"
    assert rec["rung"] == 6 and rec["casualties"] == 25
    rocket = event_record(fr, fr_spec, "lethal attack")
    assert rec["size"] > rocket["size"], "more people killed, a bigger mark"


def test_embassy_storming_is_on_tuesday_31_december_at_rung_5(fr, fr_spec, en, en_spec):
    for a, spec in ((fr, fr_spec), (en, en_spec)):
        rec = event_record(a, spec, "attack on diplomatic mission")
        assert rec["day"] == "2019-12-31" and rec["rung"] == 5
        assert band_of(spec, "event_bands", rec["y"])["band"] == "5"


def test_sit_in_is_a_span_over_tuesday_evening(fr, fr_spec):
    rec = event_record(fr, fr_spec, "protest")
    assert rec["start"] == "2019-12-31T18:00:00Z" and rec["end"] == "2020-01-01T00:00:00Z"
    assert rec["span"] is True and rec["rung"] == 3


def test_coming_days_are_a_faded_span_after_publication(fr, fr_spec):
    ids = {e["id"] for e in fr.events if e["time"] and e["time"].get("value") == "FUTURE_REF"}
    recs = [r for r in dataset(fr_spec, "events") if r["id"] in ids and r["span"] and r["vague"]]
    assert recs, "the forces promised 'in the coming days' are drawn as a vague span"
    pub = dataset(fr_spec, "publication")[0]["x"]
    assert any(r["start"] >= pub for r in recs)
    assert layers(fr_spec, 0)["event-spans-outline"]["mark"]["strokeDash"]


def test_publication_rule_is_at_the_publication_date(fr_spec, en_spec):
    for spec in (fr_spec, en_spec):
        pubs = dataset(spec, "publication")
        assert len(pubs) == 1 and pubs[0]["day"] == "2019-12-31"


def test_publication_with_a_time_puts_the_rule_at_that_time(fr):
    a = chronique.analyze(fr.text, published="2019-12-31T20:00")
    spec = chronique.chart(a).to_dict()
    pub = dataset(spec, "publication")[0]
    assert pub["x"] == "2019-12-31T20:00:00Z" and pub["label"].endswith("20:00")
    assert not a.published.inferred
    assert chart_labels("fr")["inferred"] not in spec["title"]["subtitle"][0]


def test_an_inferred_publication_date_says_so(fr_spec, fr):
    assert fr.published.inferred
    assert chart_labels("fr")["inferred"] in fr_spec["title"]["subtitle"][0]


def test_weekday_date_mismatch_is_flagged_on_its_rows(fr, fr_spec):
    issue = next(i for i in fr.issues if i.kind == "weekday-date mismatch")
    table = fr.timeline()
    expected = set(table[table["timex"] == issue.timex]["id"])
    flagged = {r["id"] for r in dataset(fr_spec, "events") + dataset(fr_spec, "claims") if r["flagged"]}
    assert expected and flagged == expected
    labels = [r["label"] for r in dataset(fr_spec, "claims") if r["flagged"]]
    assert all("mardi 31 janvier" in lab for lab in labels)
    assert any("mardi 31 janvier" in line for line in fr_spec["title"]["subtitle"])


def test_every_claim_sits_in_its_speakers_lane(fr, fr_spec):
    speakers = {c["id"]: c["speaker"]["name"] for c in fr.claims}
    recs = dataset(fr_spec, "claims")
    assert {r["id"] for r in recs} == set(speakers), "every (dated) claim is drawn"
    for r in recs:
        assert band_of(fr_spec, "claim_bands", r["y"])["band"] == speakers[r["id"]] == r["speaker"]


def test_undated_rows_are_left_off_the_axis_and_counted(fr, fr_spec):
    table = fr.timeline()
    undated = set(table[table["start"].isna()]["id"])
    assert undated, "the seed has an undated event (sanctions)"
    drawn = {r["id"] for r in dataset(fr_spec, "events") + dataset(fr_spec, "claims")}
    assert not undated & drawn
    assert any(line.startswith(f"{len(undated)} élément") for line in fr_spec["title"]["subtitle"])


def test_an_event_lit_by_a_speaker_lists_the_speakers_of_its_claims(fr, fr_spec):
    speakers = {c["id"]: c["speaker"]["name"] for c in fr.claims}
    for r in dataset(fr_spec, "events"):
        event = next(e for e in fr.events if e["id"] == r["id"])
        for cid in event["claims"]:
            assert f"|{speakers[cid]}|" in r["speakers"]


# --------------------------------------------------------------------------- language


def axis_labels(spec, panel: str) -> set:
    """The labels of a panel's rows (their lines joined), from the chart's parameters."""
    return {" ".join(lab) if isinstance(lab, list) else lab for lab in param_value(spec, f"{panel}_labels")}


def test_labels_follow_the_articles_language(fr_spec, en_spec):
    assert fr_spec["title"]["text"] == chart_labels("fr")["title"]
    assert en_spec["title"]["text"] == chart_labels("en")["title"]
    assert fr_spec["config"]["locale"]["time"]["shortMonths"][11] == "déc."
    assert en_spec["config"]["locale"]["time"]["shortMonths"][11] == "Dec"
    fr_axis = fr_spec["vconcat"][0]["layer"][0]["encoding"]["y"]["axis"]
    assert "6 · force létale" in axis_labels(fr_spec, "cq_ev") and fr_axis["title"] == chart_labels("fr")["events_axis"]
    assert "6 · lethal force" in axis_labels(en_spec, "cq_ev")
    assert "protest" in {r["kind"] for r in dataset(en_spec, "events")}
    assert "manifestation" in {r["kind"] for r in dataset(fr_spec, "events")}


def test_every_style_has_a_legend(fr_spec):
    L = chart_labels("fr")
    vega = vlc.vegalite_to_vega(fr_spec)
    titles = set()

    def walk(node):
        if isinstance(node, dict):
            for legend in node.get("legends", []):
                titles.add(legend.get("title"))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(vega)
    for key in ("legend_speaker", "legend_mode", "legend_source", "legend_hedge", "legend_modality",
                "legend_casualties", "legend_flag", "legend_span"):
        assert L[key] in titles, key


def test_speaker_selection_is_bound_to_the_legend_of_the_claim_points(fr_spec):
    selections = [p for p in fr_spec["params"] if "select" in p]
    assert selections == [{"name": "speaker_sel", "select": {"type": "point", "fields": ["speaker"]},
                           "bind": "legend", "views": ["claim-points_1"]}]
    assert all(p["name"].startswith("cq_") for p in fr_spec["params"] if "select" not in p)
    names = [layer["name"] for layer in fr_spec["vconcat"][1]["layer"]]
    assert "claim-points_1" in names
    vega = vlc.vegalite_to_vega(fr_spec)
    assert any(d["name"] == "speaker_sel_store" for d in vega["data"])


# --------------------------------------------------------------------------- labels and scale


def label_boxes(spec, panel_data, opts):
    """Pixel boxes of the drawn labels, from the spec's data (same estimate as the layout)."""
    meta = spec["usermeta"]["chronique"]
    lo, hi = (datetime.fromisoformat(d.rstrip("Z")) for d in meta["domain"])
    width = spec["vconcat"][0]["width"]
    boxes = []
    for r in panel_data:
        if not r["labelled"]:
            continue
        x = (datetime.fromisoformat(r["label_x"].rstrip("Z")) - lo).total_seconds() / (hi - lo).total_seconds() * width
        w = text_width(r["label"], opts.get("font_size", 11))
        left, right = (x, x + w) if r["side"] == "right" else (x - w, x)
        boxes.append((r["y"], left, right, r["id"]))
    return boxes


def assert_no_overlap(boxes):
    by_row = {}
    for y, left, right, rid in boxes:
        by_row.setdefault(round(y, 3), []).append((left, right, rid))
    for row in by_row.values():
        row.sort()
        for (l1, r1, a), (l2, r2, b) in zip(row, row[1:]):
            assert r1 <= l2, f"labels {a} and {b} overlap"


def test_seed_labels_do_not_overlap(fr_spec, en_spec):
    for spec in (fr_spec, en_spec):
        for name in ("events", "claims"):
            recs = dataset(spec, name)
            assert all(r["labelled"] for r in recs), "every seed row has its label"
            assert_no_overlap(label_boxes(spec, recs, {}))


def test_thirty_claims_on_one_day_stay_legible(fr):
    import pandas as pd

    from chart_scale import synthetic_table

    df = synthetic_table(30, seed=3)
    df["start"] = pd.Timestamp("2019-12-31")
    df["end"] = pd.Timestamp("2019-12-31 23:59:59")
    df["precision"] = "day"
    df["row"] = "claim"
    df["speaker"] = df["lane"] = "Mark Esper"
    spec = chronique.chart(df, lang="fr", published="2019-12-31").to_dict()
    recs = dataset(spec, "claims")
    assert len(recs) == 30
    labelled = [r for r in recs if r["labelled"]]
    hidden = 30 - len(labelled)
    assert len(labelled) >= 8
    assert_no_overlap(label_boxes(spec, recs, {}))
    if hidden:
        assert any(str(hidden) in line for line in spec["title"]["subtitle"]), "hidden labels are counted"


def test_ten_thousand_rows_render_to_png_without_max_rows_error():
    from chart_scale import synthetic_table

    df = synthetic_table(10_000)
    assert alt.data_transformers.active == "default"     # whose limit is 5,000 rows
    spec = chronique.chart(df, lang="fr", published="2019-12-31", tooltips=False).to_dict()
    png = vlc.vegalite_to_png(spec, scale=1)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(dataset(spec, "events")) + len(dataset(spec, "claims")) == 10_000
    assert spec["config"]["aria"] is False
    # its time (budget 10 s) is measured by bench/chart_scale.py: a wall-clock limit here would
    # fail on a loaded machine without any change in the code


def test_default_data_transformer_is_untouched_by_a_large_chart():
    from chart_scale import synthetic_table

    before = alt.data_transformers.active
    chronique.chart(synthetic_table(6_000), lang="en", published="2019-12-31").to_dict()
    assert alt.data_transformers.active == before


def test_spans_longer_than_the_axis_are_clipped(en, en_spec):
    long = [r for r in dataset(en_spec, "events") if r["end"] > "2020-02-01"]
    assert long, "the English seed has 'Ultimately', a year-long span"
    assert all(layer["mark"].get("clip") for name, layer in layers(en_spec, 0).items()
               if name.startswith("event-spans"))
    png = vlc.vegalite_to_png(en_spec, scale=1)
    width = int.from_bytes(png[16:20], "big")
    assert width < 2 * en_spec["vconcat"][0]["width"], "the clipped span does not widen the picture"


# --------------------------------------------------------------------------- API


def test_chart_accepts_a_loaded_analysis_and_gives_the_same_spec(fr, fr_spec):
    assert chronique.chart(chronique.load(fr.to_dict())).to_dict() == fr_spec


def test_unknown_option_is_a_value_error(fr):
    with pytest.raises(ValueError, match="unknown chart option"):
        chronique.chart(fr, colour="red")


def test_chart_data_reports_hidden_labels_and_undated(fr):
    data = chart_data(fr)
    assert data["undated"] == int(fr.timeline()["start"].isna().sum())
    assert data["hidden_labels"] == 0
    first_quoted = [c["speaker"]["name"] for c in sorted(fr.claims, key=lambda c: c["content"]["start"])]
    assert data["lanes"][0] == "Mike Pompeo" == first_quoted[0], "lanes in the order the article quotes them"
    moved = chronique.overrides.override_timex(fr, next(t.id for t in fr.timexes if t.text == "vendredi"),
                                               "2020-01-03")
    assert chart_data(moved)["lanes"] == data["lanes"], "a corrected date leaves every speaker their lane"


def test_enable_offline_selects_a_renderer_without_network():
    before = alt.renderers.active
    try:
        name = chronique.chart.enable_offline()
        assert alt.renderers.active == name
        if name == "html":
            c = alt.Chart(alt.Data(values=[{"a": 1}])).mark_point().encode(x="a:Q")
            html = c._repr_mimebundle_()["text/html"]
            assert "<script src=" not in html and "cdn.jsdelivr" not in html
    finally:
        alt.renderers.enable(before)


def test_enable_offline_is_the_module_function():
    assert chronique.chart.enable_offline is enable_offline
    assert callable(chronique.chart)


def test_chart_png_through_altair_save(fr, tmp_path):
    out = tmp_path / "c.png"
    chronique.chart(fr).save(out)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    w, h = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert w > 900 and h > 400


def test_speaker_names_with_quotes_and_line_separators_keep_the_axis_valid():
    from chart_scale import synthetic_table

    df = synthetic_table(20)
    name = 'Il a dit "non"\u2028 \\ </script> l\'AFP'
    df.loc[df["row"] == "claim", ["speaker", "lane"]] = name
    spec = chronique.chart(df, lang="fr", published="2019-12-31").to_dict()
    # the names are parameter values (data), never pieces of an expression
    assert name not in json.dumps(spec["vconcat"][1]["layer"][0]["encoding"]["y"]["axis"])
    assert " ".join(name.split()) in axis_labels(spec, "cq_cl"), "the lane label keeps the name's words"
    vega = vlc.vegalite_to_vega(spec)
    assert vega and vlc.vegalite_to_png(spec)[:8] == b"\x89PNG\r\n\x1a\n"
    assert {r["speaker"] for r in dataset(spec, "claims")} == {name}


@pytest.mark.parametrize("lang, text, counts", [
    ("en", "Russia attacked Kyiv on Monday, killing 9 people, officials said.", "1 event, 1 claim"),
    ("fr", "La Russie a attaqué Kiev lundi, tuant 9 personnes, selon les autorités.", "1 événement, 1 déclaration"),
    ("fr", "Rien ne s'est passé.", "0 événement, 0 déclaration"),
    ("en", "Nothing happened.", "0 events, 0 claims"),
])
def test_the_subtitle_counts_agree_in_number_in_each_language(lang, text, counts):
    spec = chronique.chart(chronique.analyze(text, published="2025-06-11", lang=lang)).to_dict()
    subtitle = spec["title"]["subtitle"]
    assert any(line.endswith(counts) for line in ([subtitle] if isinstance(subtitle, str) else subtitle))
