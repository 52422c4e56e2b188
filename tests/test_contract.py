"""The JSON contract: keys, exact spans, versioning, lossless load, and the command line."""
import json
import subprocess
import sys

import pytest

import chronique
from conftest import ROOT

DEMO = ROOT / "demo_notebooks" / "data" / "baghdad_embassy_fr.txt"
TIMEX_KEYS = {"id", "start", "end", "text", "type", "value", "interval", "anchor", "rule",
              "explanation", "confidence"}


@pytest.fixture(scope="module")
def analysis():
    return chronique.analyze(DEMO.read_text(encoding="utf-8"))


def test_to_dict_has_the_documented_keys(analysis):
    d = analysis.to_dict()
    assert {"schema", "published", "lang", "timexes", "issues", "claims", "events"} <= set(d)
    assert d["schema"] == chronique.SCHEMA
    assert {"value", "given", "inferred", "explanation"} <= set(d["published"])
    assert d["timexes"], "the demo article has time expressions"
    for t in d["timexes"]:
        assert TIMEX_KEYS <= set(t)
    for i in d["issues"]:
        assert {"start", "end", "kind", "message", "suggested"} <= set(i)


def test_every_timex_text_is_the_exact_slice_of_the_input(analysis):
    for t in analysis.timexes:
        assert analysis.text[t.start:t.end] == t.text


def test_anchor_is_the_publication_date_or_an_earlier_expression(analysis):
    ids = [t.id for t in analysis.timexes]
    for k, t in enumerate(analysis.timexes):
        assert t.anchor == "published" or t.anchor in ids[:k]
    # "dans la journée" is resolved against the date of its sentence
    journee = next(t for t in analysis.timexes if t.text == "la journée")
    assert analysis.timex(journee.anchor).text == "mardi 31 janvier"


def test_load_reads_the_contract_back_losslessly(analysis, tmp_path):
    d = analysis.to_dict()
    assert chronique.load(d) == analysis
    again = chronique.load(json.loads(json.dumps(d)))
    assert again == analysis and again.to_dict() == d
    path = tmp_path / "a.json"
    path.write_text(analysis.to_json(), encoding="utf-8")
    assert chronique.load(path) == analysis
    assert chronique.load(str(path)).to_dict() == d


def test_load_refuses_an_unknown_schema_or_a_broken_file(analysis, tmp_path):
    d = analysis.to_dict()
    d["schema"] = "chronique.analysis/999"
    with pytest.raises(ValueError, match="schema"):
        chronique.load(d)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError):
        chronique.load(bad)
    with pytest.raises(ValueError, match="no such file"):
        chronique.load(tmp_path / "missing.json")


def test_cli_json_is_the_same_as_to_dict(analysis):
    out = subprocess.run([sys.executable, "-m", "chronique", "analyze", str(DEMO), "--format", "json"],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == analysis.to_dict()


def test_cli_table_lists_the_resolved_dates_and_the_issue():
    out = subprocess.run([sys.executable, "-m", "chronique", "analyze", str(DEMO)],
                         capture_output=True, text=True, check=True).stdout
    assert "published  2019-12-31 (inferred)" in out
    assert "2019-12-27" in out and "2019-W52-WE" in out
    assert "weekday-date mismatch" in out


def test_cli_reads_standard_input_and_honours_its_options():
    out = subprocess.run([sys.executable, "-m", "chronique", "analyze", "-", "--published", "2020-03-06",
                          "--lang", "en", "--format", "json"],
                         input="The talks resumed on Tuesday.", capture_output=True, text=True, check=True)
    d = json.loads(out.stdout)
    assert d["lang"] == "en" and d["published"]["value"] == "2020-03-06"
    assert [t["value"] for t in d["timexes"]] == ["2020-03-03"]
