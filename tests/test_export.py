"""Every export format, the command line, and bad output paths."""
import csv
import json
import os
from pathlib import Path
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zlib

import jsonschema
import pytest

import chronique
from chronique import export
from chronique.chart import chart_labels, dataset
from chronique.timeline import COLUMNS
from conftest import ROOT

DATA = ROOT / "demo_notebooks" / "data"
FR = DATA / "baghdad_embassy_fr.txt"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def fr():
    return chronique.analyze(FR.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def en():
    return chronique.analyze((DATA / "baghdad_embassy_en.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def hostile():
    """An article whose text would break HTML and XML if it were not escaped."""
    text = ("date 2019-12 via Reuters\n\nMardi soir, des manifestants ont crié </script><script>alert(1)</script> "
            "& <b>« À bas »</b> devant l'ambassade, a déclaré vendredi le ministre Mark Esper. "
            "\"Nous répondrons\", a-t-il ajouté mardi.\x0b]]>")
    return chronique.analyze(text, lang="fr")


def decode_png(data: bytes) -> tuple[int, int]:
    """Decode a PNG far enough to prove it whole: chunks, CRCs, inflated image size."""
    try:
        from PIL import Image
        import io

        with Image.open(io.BytesIO(data)) as im:
            im.load()
            return im.size
    except ImportError:
        pass
    assert data[:8] == PNG_SIGNATURE
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc, f"bad CRC in {kind!r}"
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
        if kind == b"IEND":
            break
    assert header is not None and pos == len(data)
    width, height, depth, colour = header[:4]
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    raw = zlib.decompress(idat)
    assert len(raw) == height * (1 + (width * channels * depth + 7) // 8)
    return width, height


# --------------------------------------------------------------------------- suffixes


@pytest.mark.parametrize("name, fmt", [
    ("a.timeline.json", ".timeline.json"), ("a.vl.json", ".vl.json"),
    ("a.timelinejs.json", ".timelinejs.json"), ("a.json", ".json"), ("A.PNG", ".png"),
    ("dir.v2/a.jsonld", ".jsonld"), ("a.tml", ".tml"), ("a.html", ".html"), ("a.csv", ".csv"),
])
def test_the_longest_suffix_picks_the_format(name, fmt):
    assert export.format_of(name) == fmt


@pytest.mark.parametrize("name", ["a.docx", "a", "a.json.bak", ".json"])
def test_unknown_suffix_is_a_clear_value_error(name):
    with pytest.raises(ValueError, match="unknown output format"):
        export.format_of(name)


# --------------------------------------------------------------------------- images


def test_png_decodes(fr, tmp_path):
    path = fr.save(tmp_path / "t.png")
    width, height = decode_png(path.read_bytes())
    assert width > 1500 and height > 800, "drawn at twice the chart's size"


def test_svg_is_an_svg_document(fr, tmp_path):
    root = ET.parse(fr.save(tmp_path / "t.svg")).getroot()
    assert root.tag.endswith("svg")
    text = "".join(root.itertext())
    assert "Chronologie de l'escalade" in text and "mardi 31 janvier" in text


def test_pdf_is_a_pdf_document(fr, tmp_path):
    data = fr.save(tmp_path / "t.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def test_pictures_are_drawn_without_tooltips_and_specs_keep_them(fr, monkeypatch):
    import vl_convert

    seen = []
    monkeypatch.setattr(vl_convert, "vegalite_to_svg", lambda spec, **kw: seen.append(spec) or "<svg/>")
    export.render(fr, ".svg")
    tooltips = [layer for layer in seen[0]["vconcat"][1]["layer"] if "tooltip" in layer.get("encoding", {})]
    assert seen and not tooltips
    spec = json.loads(export.render(fr, ".vl.json"))
    assert any("tooltip" in layer.get("encoding", {}) for layer in spec["vconcat"][1]["layer"])


# --------------------------------------------------------------------------- HTML


def inline_scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, flags=re.S)


def test_html_is_standalone_with_no_external_script(fr, tmp_path):
    page = fr.save(tmp_path / "t.html").read_text(encoding="utf-8")
    tags = re.findall(r"<script[^>]*>", page)
    assert tags == ["<script>", "<script>"], "two inline scripts: the libraries and the chart"
    markup = re.sub(r"<script>.*?</script>", "<script></script>", page, flags=re.S)
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", markup)
    scripts = inline_scripts(page)
    assert "vegaEmbed" in scripts[0] and len(scripts[0]) > 100_000, "Vega and Vega-Embed are inlined"
    assert "vegaEmbed(\"#chart\", spec" in scripts[1]


def test_html_embeds_the_chart_spec_with_its_tooltips(fr, tmp_path):
    page = fr.save(tmp_path / "t.html").read_text(encoding="utf-8")
    body = inline_scripts(page)[1]
    spec = json.loads(body[body.index("var spec = ") + len("var spec = "):body.index(";\n  vegaEmbed")])
    assert spec == chronique.chart(fr).to_dict()
    assert any("tooltip" in layer["encoding"] for layer in spec["vconcat"][1]["layer"] if "encoding" in layer)


def test_html_escapes_the_article_text(hostile, tmp_path):
    page = hostile.save(tmp_path / "t.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<b>« À bas »</b>" not in page
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("</script>") == 2
    body = inline_scripts(page)[1]
    assert "<" not in body.replace("</script>", ""), "the embedded spec has no raw '<'"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_html_scripts_are_valid_javascript(hostile, tmp_path):
    page = hostile.save(tmp_path / "t.html").read_text(encoding="utf-8")
    for k, script in enumerate(inline_scripts(page)):
        js = tmp_path / f"s{k}.js"
        js.write_text(script, encoding="utf-8")
        done = subprocess.run(["node", "--check", str(js)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


# --------------------------------------------------------------------------- data exports


def test_json_round_trips(fr, en, hostile, tmp_path):
    for k, a in enumerate((fr, en, hostile)):
        path = a.save(tmp_path / f"a{k}.json")
        assert chronique.load(path) == a


def test_vegalite_json_is_the_chart_spec(fr, tmp_path):
    spec = json.loads(fr.save(tmp_path / "t.vl.json").read_text(encoding="utf-8"))
    assert spec == chronique.chart(fr).to_dict()
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")


def test_csv_is_the_timeline_table(fr, tmp_path):
    with open(fr.save(tmp_path / "t.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    table = fr.timeline()
    assert list(rows[0]) == COLUMNS
    assert [r["id"] for r in rows] == list(table["id"])
    for r, (_, t) in zip(rows, table.iterrows()):
        assert r["start"] == ("" if t["start"] is None or str(t["start"]) == "NaT" else t["start"].isoformat())
        assert r["links"] == ";".join(t["links"])


def test_timeline_bundle_has_chart_rows_claims_events_and_highlights(fr, tmp_path):
    b = json.loads(fr.save(tmp_path / "t.timeline.json").read_text(encoding="utf-8"))
    assert b["schema"] == export.TIMELINE_SCHEMA and b["analysis_schema"] == chronique.SCHEMA
    assert b["text"] == fr.text and b["lang"] == "fr"
    assert b["claims"] == fr.to_dict()["claims"] and b["events"] == fr.to_dict()["events"]
    assert [t["id"] for t in b["timexes"]] == [t.id for t in fr.timexes]
    assert b["vegalite"] == chronique.chart(fr).to_dict()
    assert len(b["rows"]) == len(fr.timeline())
    kinds = {h["kind"] for h in b["highlights"]}
    assert {"timex", "claim", "speaker", "cue", "event", "issue"} <= kinds
    for h in b["highlights"]:
        if "text" in h:
            assert fr.text[h["start"]:h["end"]] == h["text"]
    assert any(h["kind"] == "timex" and h["flagged"] and h["text"] == "mardi 31 janvier" for h in b["highlights"])


DATE = {"type": "object", "required": ["year"], "additionalProperties": False,
        "properties": {"year": {"type": "integer"}, "month": {"type": "integer", "minimum": 1, "maximum": 12},
                       "day": {"type": "integer", "minimum": 1, "maximum": 31},
                       "hour": {"type": "integer", "minimum": 0, "maximum": 23},
                       "minute": {"type": "integer", "minimum": 0, "maximum": 59},
                       "display_date": {"type": "string"}}}
TEXT = {"type": "object", "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
        "required": ["headline"], "additionalProperties": False}
# the TimelineJS3 JSON format (timeline.knightlab.com/docs/json-format.html), as far as it is used
TIMELINEJS = {
    "type": "object", "required": ["events"],
    "properties": {
        "title": {"type": "object", "properties": {"text": TEXT}},
        "events": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["start_date", "text"], "additionalProperties": False,
            "properties": {"start_date": DATE, "end_date": DATE, "text": TEXT, "group": {"type": "string"},
                           "unique_id": {"type": "string"}}}},
        "eras": {"type": "array", "items": {
            "type": "object", "required": ["start_date", "end_date"], "additionalProperties": False,
            "properties": {"start_date": DATE, "end_date": DATE, "text": TEXT}}},
    },
}


def test_timelinejs_validates_groups_speakers_and_spans_become_eras(fr, tmp_path):
    t = json.loads(fr.save(tmp_path / "t.timelinejs.json").read_text(encoding="utf-8"))
    jsonschema.validate(t, TIMELINEJS)
    slides = {e["unique_id"]: e for e in t["events"]}
    for c in fr.claims:
        assert slides[c["id"]]["group"] == c["speaker"]["name"]
    table = fr.timeline()
    assert set(slides) == set(table[table["start"].notna()]["id"])
    eras = {(e["start_date"]["day"], e["end_date"]["day"]) for e in t["eras"]}
    assert (28, 29) in eras, "the weekend is an era"
    rocket = next(e for e in fr.events if e["kind"] == "lethal attack")
    assert slides[rocket["id"]]["start_date"] == {"year": 2019, "month": 12, "day": 27, "display_date": "vendredi"}


def test_timelinejs_text_is_escaped_html(hostile, tmp_path):
    t = json.loads(hostile.save(tmp_path / "t.timelinejs.json").read_text(encoding="utf-8"))
    blob = json.dumps(t, ensure_ascii=False)
    assert "<script>" not in blob and "<b>«" not in blob


def test_jsonld_claims_have_author_dates_and_appearance(fr, tmp_path):
    d = json.loads(fr.save(tmp_path / "t.jsonld").read_text(encoding="utf-8"))
    assert d["@context"] == "https://schema.org"
    claims = [n for n in d["@graph"] if n["@type"] == "Claim"]
    article = next(n for n in d["@graph"] if n["@type"] == "NewsArticle")
    assert article["datePublished"] == "2019-12-31"
    assert len(claims) == len(fr.claims)
    by_id = {c["id"]: c for c in fr.claims}
    for n in claims:
        c = by_id[n["@id"][1:]]
        assert n["text"] == c["content"]["text"]
        assert n["author"]["name"] == c["speaker"]["name"]
        assert n["author"]["@type"] in ("Person", "Organization", "GovernmentOrganization")
        assert n["datePublished"] == "2019-12-31" and re.match(r"\d{4}-\d\d-\d\d", n["dateCreated"])
        assert n["appearance"] == {"@id": "#article"} and n["firstAppearance"]
    tweets = [n for n in claims if by_id[n["@id"][1:]]["channel"] == "tweet"]
    assert tweets and all(n["firstAppearance"]["name"] == "tweet" for n in tweets)
    evening = next(n for n in claims if by_id[n["@id"][1:]]["time"].get("text") == "mardi soir")
    assert evening["dateCreated"] == "2019-12-31T18:00:00"


def test_timeml_parses_and_its_timex3_values_are_the_analysis(fr, en, tmp_path):
    for a in (fr, en):
        root = ET.parse(a.save(tmp_path / f"{a.lang}.tml")).getroot()
        assert root.tag == "TimeML"
        dct = root.find("DCT/TIMEX3")
        assert dct.get("functionInDocument") == "CREATION_TIME" and dct.get("value") == a.published.value
        tags = root.find("TEXT").findall("TIMEX3")
        assert [(t.get("tid"), t.get("type"), t.get("value"), t.text) for t in tags] == \
               [(t.id, t.type, t.value, t.text) for t in a.timexes]
        assert dct.get("tid") not in {t.id for t in a.timexes}
        assert "".join(root.find("TEXT").itertext()) == a.text


def test_timeml_escapes_the_text(hostile, tmp_path):
    path = hostile.save(tmp_path / "h.tml")
    root = ET.parse(path).getroot()       # well-formed despite '<', '&', ']]>' and a control character
    text = "".join(root.find("TEXT").itertext())
    assert "</script><script>alert(1)</script> & <b>" in text
    assert text == hostile.text.replace("\x0b", " ")
    assert "mardi" in [t.text.lower() for t in root.iter("TIMEX3")]


# --------------------------------------------------------------------------- bad paths


def test_missing_directory_is_a_value_error(fr, tmp_path):
    with pytest.raises(ValueError, match="no such directory"):
        fr.save(tmp_path / "missing" / "t.png")


def test_unknown_suffix_writes_nothing(fr, tmp_path):
    with pytest.raises(ValueError, match="unknown output format"):
        fr.save(tmp_path / "t.docx")
    assert list(tmp_path.iterdir()) == []


def test_a_directory_is_not_a_file(fr, tmp_path):
    (tmp_path / "d.json").mkdir()
    with pytest.raises(ValueError, match="directory"):
        fr.save(tmp_path / "d.json")


def test_unwritable_file_is_a_value_error(fr, tmp_path, monkeypatch):
    target = tmp_path / "t.json"
    target.write_text("old")
    target.chmod(0o444)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # permissions do not bind root: let the file read as unwritable, as it does for a user
        real_access = os.access

        def access(p, mode, **kw):
            if Path(p) == target and mode & os.W_OK:
                return False
            return real_access(p, mode, **kw)

        monkeypatch.setattr(os, "access", access)
    with pytest.raises(ValueError, match="permission denied"):
        fr.save(target)
    assert target.read_text() == "old"


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc")
def test_unwritable_place_is_a_value_error(fr):
    with pytest.raises(ValueError, match="cannot write"):
        fr.save("/proc/self/t.json")


def test_failed_rename_leaves_no_partial_file(fr, tmp_path, monkeypatch):
    target = tmp_path / "t.json"
    target.write_text("old", encoding="utf-8")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "replace", boom)
    with pytest.raises(ValueError, match="No space left"):
        fr.save(target)
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]
    assert target.read_text(encoding="utf-8") == "old"


def test_failed_drawing_leaves_no_file(fr, tmp_path, monkeypatch):
    import vl_convert

    def boom(*args, **kwargs):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(vl_convert, "vegalite_to_png", boom)
    with pytest.raises(ValueError, match="renderer crashed"):
        fr.save(tmp_path / "t.png")
    assert list(tmp_path.iterdir()) == []


def test_saving_over_a_file_replaces_it_whole(fr, tmp_path):
    target = tmp_path / "t.json"
    target.write_text("x" * 1_000_000, encoding="utf-8")
    fr.save(target)
    assert chronique.load(target) == fr
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]


# --------------------------------------------------------------------------- command line


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "chronique", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_timeline_writes_each_output(tmp_path):
    html, png = tmp_path / "t.html", tmp_path / "t.png"
    done = run_cli("timeline", str(FR), "-o", str(html), "-o", str(png))
    assert done.returncode == 0, done.stderr
    assert str(html) in done.stdout and str(png) in done.stdout
    decode_png(png.read_bytes())
    assert "vegaEmbed" in html.read_text(encoding="utf-8")


def test_cli_timeline_passes_published_and_lang(tmp_path):
    out = tmp_path / "t.json"
    done = run_cli("timeline", str(DATA / "baghdad_embassy_en.txt"), "--published", "2019-12-31",
                   "--lang", "en", "-o", str(out))
    assert done.returncode == 0, done.stderr
    a = chronique.load(out)
    assert a.lang == "en" and a.published.value == "2019-12-31" and not a.published.inferred


@pytest.mark.parametrize("out, message", [("t.docx", "unknown output format"),
                                          ("missing/t.png", "no such directory")])
def test_cli_timeline_bad_output_is_one_line_and_status_2(tmp_path, out, message):
    done = run_cli("timeline", str(FR), "-o", str(tmp_path / out))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and message in done.stderr
    assert done.stderr.startswith("chronique: error:")


def test_cli_timeline_bad_language_is_status_2(tmp_path):
    done = run_cli("timeline", str(FR), "--lang", "de", "-o", str(tmp_path / "t.json"))
    assert done.returncode == 2 and "unknown language" in done.stderr
    assert not (tmp_path / "t.json").exists()


def test_save_accepts_a_dict_or_a_path(fr, tmp_path):
    first = export.save(fr.to_dict(), tmp_path / "a.json")
    second = export.save(first, tmp_path / "b.tml")
    assert chronique.load(first) == fr
    assert ET.parse(second).getroot().tag == "TimeML"


def test_chart_words_exist_in_both_languages():
    assert set(chart_labels("fr")) == set(chart_labels("en"))
    assert set(chart_labels("fr")["tooltip"]) == set(chart_labels("en")["tooltip"])


def test_bundle_chart_spec_draws_the_claims(fr, tmp_path):
    b = json.loads(export.render(fr, ".timeline.json"))
    assert {r["id"] for r in dataset(b["vegalite"], "claims")} == {c["id"] for c in fr.claims}


def test_timeml_creation_time_with_a_clock_time_is_a_time(en):
    a = chronique.analyze(en.text, published="2019-12-31T20:00")
    dct = ET.fromstring(export.to_timeml(a)).find("DCT/TIMEX3")
    assert (dct.get("type"), dct.get("value")) == ("TIME", "2019-12-31T20:00")
