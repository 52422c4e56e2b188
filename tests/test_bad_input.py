"""Bad input: no crash, and a clear ValueError (CLI: one line on stderr, exit 2) for invalid arguments.

Also the linear-time guard: adversarial text finishes in seconds.
"""
import random
import re
import subprocess
import sys
import textwrap
import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import chronique

PUB = "2019-12-31"

NEWS_FR = ("Mardi soir, le gouvernement a annoncé un plan de relance. Le ministre de l'Économie, "
           "qui s'exprimait à 18h30 devant la presse, a indiqué que les mesures entreraient en vigueur "
           "le 1er janvier. La veille, les syndicats avaient appelé à la grève pour jeudi prochain. "
           "Selon l'Insee, le chômage a reculé au troisième trimestre, après une hausse "
           "entre 2010 et 2014. « Nous allons continuer », a déclaré le porte-parole.\n\n")


def assert_clear_value_error(excinfo):
    # exactly ValueError: a UnicodeDecodeError or an int() message leaking out is not "clear"
    assert excinfo.type is ValueError, f"{excinfo.type.__name__}: {excinfo.value}"
    assert str(excinfo.value).strip()


def assert_spans_slice(a, text):
    assert a.text == text
    for t in a.timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text


# ------------------------------------------------------------ empty text
def test_empty_text_is_a_clear_value_error():
    with pytest.raises(ValueError, match="empty") as excinfo:
        chronique.analyze("", published=PUB, lang="fr")
    assert_clear_value_error(excinfo)


@pytest.mark.parametrize("text", [" ", "   \n\t  \r\n", "\u00a0\u202f\u2009", b"  \n"])
def test_whitespace_only_text_is_a_clear_value_error(text):
    with pytest.raises(ValueError, match="empty") as excinfo:
        chronique.analyze(text, published=PUB, lang="fr")
    assert_clear_value_error(excinfo)


@pytest.mark.parametrize("value", [None, 12345, 3.14, ["mardi"], {"text": "mardi"}])
def test_text_that_is_not_a_string_is_a_clear_value_error(value):
    with pytest.raises(ValueError) as excinfo:
        chronique.analyze(value, published=PUB, lang="fr")
    assert_clear_value_error(excinfo)


# ------------------------------------------------------------ 5 MB
FIVE_MB_SCRIPT = textwrap.dedent("""
    import sys, time
    import chronique
    paragraph = sys.stdin.read()
    text = paragraph * (5_000_000 // len(paragraph.encode("utf-8")) + 1)
    assert len(text.encode("utf-8")) >= 5_000_000
    t0 = time.perf_counter()
    a = chronique.analyze(text, published="2019-12-31", lang="fr")
    elapsed = time.perf_counter() - t0
    for t in a.timexes:
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
    print(len(a.timexes), len(text), f"{elapsed:.1f}")
""")


@pytest.mark.slow
def test_five_megabytes_of_news_finishes_and_its_spans_slice_the_text():
    # run in a child process so that a super-linear engine fails the test instead of hanging the suite
    try:
        out = subprocess.run([sys.executable, "-c", FIVE_MB_SCRIPT], input=NEWS_FR,
                             capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("5 MB of news text did not finish within 120 s")
    assert out.returncode == 0, out.stderr[-2000:]
    count, length, _ = out.stdout.split()
    per_paragraph = len(chronique.analyze(NEWS_FR, published=PUB, lang="fr").timexes)
    assert int(count) >= per_paragraph * (int(length) // len(NEWS_FR))


# ------------------------------------------------------------ binary garbage
@pytest.mark.parametrize("data", [
    b"\xff\xfe\x80\x81garbage",
    bytes(range(256)) * 16,
    bytearray(b"Mardi \xe9t\xe9 \xc3"),                        # Latin-1 bytes, a cut UTF-8 sequence
    random.Random(2019).randbytes(65_536),
], ids=["bom-like", "all-bytes", "latin1", "random"])
def test_bytes_that_are_not_utf8_are_a_clear_value_error(data):
    with pytest.raises(UnicodeDecodeError):
        bytes(data).decode("utf-8")                              # the input really is not UTF-8
    with pytest.raises(ValueError, match="UTF-8") as excinfo:
        chronique.analyze(data, published=PUB, lang="fr")
    assert_clear_value_error(excinfo)


def test_utf8_bytes_are_read_as_text():
    data = "Mardi soir, le ministre a parlé.".encode("utf-8")
    a = chronique.analyze(data, published=PUB, lang="fr")
    assert [t.text for t in a.timexes] == ["Mardi soir"]


@pytest.mark.parametrize("text", [
    "\x00" * 1000,
    "".join(chr(i) for i in range(32)) * 100,
    "mardi\x00" * 500,
    "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 300 + " le 31 décembre 2019",
], ids=["nul", "controls", "nul-in-words", "controls-then-date"])
def test_string_of_nul_and_control_characters_is_a_clear_value_error(text):
    with pytest.raises(ValueError) as excinfo:
        chronique.analyze(text, published=PUB, lang="fr")
    assert_clear_value_error(excinfo)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400), lang=st.sampled_from(["fr", "en", None]))
def test_any_bytes_give_an_analysis_or_a_clear_value_error(data, lang):
    try:
        a = chronique.analyze(data, published=PUB, lang=lang)
    except ValueError as exc:
        assert type(exc) is ValueError, f"{type(exc).__name__}: {exc}"
        return
    assert_spans_slice(a, data.decode("utf-8"))


@pytest.mark.parametrize("text", ["Le ² mars, le ministre a parlé.", "¹0 0 réunions"])
def test_superscript_digit_is_text_not_a_crash(text):
    a = chronique.analyze(text, published=PUB, lang="fr")
    assert_spans_slice(a, text)


# ------------------------------------------------------------ languages
def test_mixed_french_and_english_is_read_as_one_language_that_is_explained():
    text = ("Mardi, le gouvernement a annoncé un plan pour les retraites et les syndicats ont "
            "appelé à la grève dans les transports. Le ministre a dit que la réforme sera votée. "
            "On Tuesday, the minister said the plan would go ahead.")
    a = chronique.analyze(text, published=PUB)
    assert a.lang == "fr"                        # the majority of the function words are French
    assert re.search(r"\bfr\b", a.lang_explanation) and re.search(r"\ben\b", a.lang_explanation)
    assert_spans_slice(a, text)
    assert any(t.text == "Mardi" and t.value == PUB for t in a.timexes)


@pytest.mark.parametrize("lang", ["de", "deu", "", "français"])
def test_unknown_language_code_is_a_clear_value_error(lang):
    with pytest.raises(ValueError) as excinfo:
        chronique.analyze("Mardi, le ministre a parlé.", published=PUB, lang=lang)
    assert_clear_value_error(excinfo)


# ------------------------------------------------------------ publication date
@pytest.mark.parametrize("published", ["2019-13-45", "2019-02-30", "2019-12-31T25:00", "hier",
                                        "31/31/2019", "", "not a date"])
def test_unparsable_published_is_a_clear_value_error(published):
    with pytest.raises(ValueError) as excinfo:
        chronique.analyze("Mardi, le ministre a parlé.", published=published, lang="fr")
    assert_clear_value_error(excinfo)


@pytest.mark.parametrize("published, text", [
    pytest.param("9999", "Le ministre a parlé.", id="year-9999"),
    pytest.param(date(1, 1, 1), "Hier, le ministre a parlé.", id="day-before-year-1"),
    pytest.param(date(9999, 12, 31), "Demain, le ministre parlera.", id="day-after-year-9999"),
    pytest.param(date(9998, 12, 31), "Demain, le ministre parlera.", id="last-supported-year"),
])
def test_publication_date_at_the_edge_of_the_calendar_never_overflows(published, text):
    try:
        a = chronique.analyze(text, published=published, lang="fr")
    except ValueError as exc:
        assert type(exc) is ValueError and str(exc).strip()
        return
    assert_spans_slice(a, text)


# ------------------------------------------------------------ hostile HTML
def test_hostile_html_is_kept_as_text_and_dates_around_it_are_found():
    text = ('<p onclick="steal()">Le ministre a annoncé le 31 décembre 2019 un plan.</p>'
            '<script>alert(1)</script><img src=x onerror="alert(\'mardi\')">'
            ' Les syndicats seront reçus demain.')
    a = chronique.analyze(text, published=PUB, lang="fr")
    assert_spans_slice(a, text)
    values = {t.text: t.value for t in a.timexes}
    assert any("31 décembre 2019" in k and v == "2019-12-31" for k, v in values.items()), values
    assert values.get("demain") == "2020-01-01"
    assert "<script>alert(1)</script>" in a.to_dict()["text"]


# ------------------------------------------------------------ command line
def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "chronique", "analyze", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def assert_cli_error(out):
    assert out.returncode == 2, (out.returncode, out.stderr)
    lines = out.stderr.splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("chronique: error:") and len(lines[0]) > len("chronique: error: ")
    assert out.stdout == ""


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Mardi soir, le ministre a annoncé un plan.\n", encoding="utf-8")
    return path


def test_cli_missing_file_is_one_error_line_and_exit_2(tmp_path):
    assert_cli_error(run_cli(tmp_path / "missing.txt", "--published", PUB))


def test_cli_non_utf8_file_is_one_error_line_and_exit_2(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Mardi, le ministre a été reçu à l'Élysée.".encode("latin-1"))
    assert_cli_error(run_cli(path, "--published", PUB))


def test_cli_binary_file_is_one_error_line_and_exit_2(tmp_path):
    path = tmp_path / "garbage.bin"
    path.write_bytes(random.Random(7).randbytes(4096))
    assert_cli_error(run_cli(path))


def test_cli_empty_file_is_one_error_line_and_exit_2(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")
    assert_cli_error(run_cli(path, "--published", PUB))


def test_cli_unknown_language_is_one_error_line_and_exit_2(article):
    assert_cli_error(run_cli(article, "--lang", "de"))


def test_cli_unparsable_published_is_one_error_line_and_exit_2(article):
    assert_cli_error(run_cli(article, "--published", "2019-13-45"))


def test_cli_valid_arguments_succeed_without_error_output(article):
    out = run_cli(article, "--published", PUB, "--lang", "fr")
    assert out.returncode == 0 and out.stderr == ""
    assert "2019-12-31TEV" in out.stdout


# ------------------------------------------------------------ linear time
LINEAR_LIMIT_S = 30.0


@pytest.mark.slow
@pytest.mark.parametrize("text, lang", [
    ("mardi " * 200_000, "fr"),
    ("Tuesday " * 200_000, "en"),
    ("12/" * 300_000, "fr"),
    ("12/" * 300_000, "en"),
    ("1" * 1_000_000, "fr"),
    ("31 " * 200_000, "fr"),
    ("31 " * 200_000, "en"),
    ("1/2/3 31/12/2019 " * 60_000, "fr"),
], ids=["mardi", "Tuesday", "slashes-fr", "slashes-en", "one-digit-run", "31-fr", "31-en",
        "numeric-dates"])
def test_adversarial_text_finishes_in_linear_time(text, lang):
    t0 = time.perf_counter()
    a = chronique.analyze(text, published=PUB, lang=lang)
    elapsed = time.perf_counter() - t0
    assert elapsed < LINEAR_LIMIT_S, f"{len(text):,} characters took {elapsed:.1f} s"
    assert_spans_slice(a, text)
