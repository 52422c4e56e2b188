"""Hostile input: the claims step finishes in seconds and returns sensible results.

Budgets are generous (the machine running the tests is shared); each test also checks
that every span slices the text it was computed on.
"""
import time

import pytest

import chronique
from chronique.claims import extract
from chronique.tokens import tokenize

LIMIT = 10.0


def _run(text, lang="fr"):
    t0 = time.perf_counter()
    claims = extract(text, tokenize(text), lang, [], None)
    elapsed = time.perf_counter() - t0
    for c in claims:
        for part in ("content", "cue"):
            assert text[c[part]["start"]:c[part]["end"]] == c[part]["text"]
    return claims, elapsed


@pytest.mark.slow
@pytest.mark.parametrize("mark", ["«", "»", "\"", "“", "”", "« »", "\"\"", "«\"“”»"])
def test_article_made_only_of_quote_marks(mark):
    text = (mark + " ") * 20000
    claims, elapsed = _run(text)
    assert elapsed < LIMIT
    assert claims == []


@pytest.mark.slow
def test_ten_thousand_unbalanced_guillemets_do_not_hide_the_real_quote():
    text = ("Des manifestants brandissaient « pancartes. " * 10000
            + "\n\n« Nous resterons mobilisés », a déclaré la syndicaliste Sophie Binet.")
    claims, elapsed = _run(text)
    assert elapsed < LIMIT
    assert [(c["speaker"]["entity"], c["content"]["text"]) for c in claims] == [
        ("Sophie Binet", "Nous resterons mobilisés")]


@pytest.mark.slow
def test_one_megabyte_quote_is_read_as_one_direct_claim():
    body = "le gouvernement doit agir vite et bien " * 27000
    text = "« " + body + "», a déclaré le Premier ministre Gabriel Attal."
    assert len(text) > 1_000_000
    claims, elapsed = _run(text)
    assert elapsed < LIMIT
    assert len(claims) == 1
    assert claims[0]["mode"] == "direct"
    assert claims[0]["speaker"]["entity"] == "Gabriel Attal"
    assert claims[0]["content"]["text"] == body.strip()


@pytest.mark.slow
def test_one_megabyte_unclosed_quote_keeps_the_rest_of_the_article():
    text = ("« " + "mot " * 250000 + "\n\n"
            + "\"We will stay,\" said Maria Lopez.")
    claims, elapsed = _run(text, "en")
    assert elapsed < LIMIT
    assert [(c["speaker"]["entity"], c["content"]["text"]) for c in claims] == [("Maria Lopez", "We will stay")]


@pytest.mark.slow
def test_long_run_of_cue_words_and_names_stays_linear():
    text = "a déclaré Mark Esper, selon lui, a-t-il dit, « » - " * 4000
    claims, elapsed = _run(text)
    assert elapsed < LIMIT


@pytest.mark.parametrize("text", ["", " ", "\n\n", "«", "»", "\"", "a", "-t-il", ":", "« »", "selon", "according to"])
def test_tiny_or_empty_input_gives_no_claim_and_no_error(text):
    for lang in ("fr", "en"):
        claims, _ = _run(text, lang)
        assert claims == []


def test_unknown_language_is_a_clear_value_error():
    with pytest.raises(ValueError, match="unknown language"):
        extract("« Bonjour », a-t-il dit.", None, "de", [], None)


def test_non_string_text_is_a_clear_value_error():
    with pytest.raises(ValueError, match="text must be a string"):
        extract(b"bytes", None, "fr", [], None)


def test_malformed_time_expressions_are_ignored():
    text = "« Nous resterons », a déclaré le ministre Gérald Darmanin devant la presse."

    class Bad:
        start, end, value, type, id = 5, 10_000, "2024-01-01", "DATE", "t9"

    claims = extract(text, tokenize(text), "fr", [Bad(), object(), None], None)
    assert [c["speaker"]["entity"] for c in claims] == ["Gérald Darmanin"]
    assert claims[0]["time"]["value"] is None


def test_analyze_returns_claims_for_mixed_garbage():
    text = "»»» «« \"\" “ ” — – - : ; , . " * 200 + "« Bon », a-t-il dit."
    a = chronique.analyze(text, lang="fr", published="2024-03-12")
    assert all(a.text[c["content"]["start"]:c["content"]["end"]] == c["content"]["text"] for c in a.claims)


@pytest.mark.slow
def test_one_paragraph_of_600_kilobytes_with_thousands_of_dated_claims_stays_fast():
    import dataclasses
    news = ("Mardi soir, le gouvernement a annoncé un plan de relance. Le ministre de l'Économie, "
            "qui s'exprimait à 18h30 devant la presse, a indiqué que les mesures entreraient en vigueur "
            "le 1er janvier. Selon l'Insee, le chômage a reculé au troisième trimestre. "
            "« Nous allons continuer », a déclaré le porte-parole. ")
    base = chronique.analyze(news, published="2019-12-31", lang="fr")
    assert base.timexes and base.claims
    reps = 1900                                         # (5 cues each: under ``MAX_CUES``, all read)
    text = news * reps                                  # no paragraph break at all
    timexes = [dataclasses.replace(t, start=t.start + r * len(news), end=t.end + r * len(news))
               for r in range(reps) for t in base.timexes]
    t0 = time.perf_counter()
    claims = extract(text, tokenize(text), "fr", timexes, base.published)
    elapsed = time.perf_counter() - t0
    assert elapsed < LIMIT
    assert len(claims) == reps * len(base.claims)
    assert all(text[c["content"]["start"]:c["content"]["end"]] == c["content"]["text"] for c in claims)


def test_text_ending_inside_a_title_complement_is_read_without_error():
    # "le chef des irakiens" at the very end: the complement reader runs out of words
    for text in ("Le chef des irakiens", "Selon le chef des irakiens"):
        a = chronique.analyze(text, published="2019-12-31", lang="fr")
        for c in a.claims:
            assert text[c["content"]["start"]:c["content"]["end"]] == c["content"]["text"]


def test_an_article_without_reporting_words_or_quotation_marks_has_no_claims_but_keeps_its_events():
    text = ("Des roquettes ont frappé vendredi une base militaire près de Kirkouk, tuant un sous-traitant "
            "américain. Dimanche, des frappes américaines ont visé cinq positions du Hezbollah en Irak.")
    a = chronique.analyze(text, published="2019-12-31", lang="fr")
    assert a.claims == []
    assert a.events and a.timexes


def test_past_the_limit_of_cues_the_rest_is_left_unread_and_reported(monkeypatch):
    # a text of nothing but attributions stops being read after MAX_CUES cues: the analysis says
    # where, so that nothing is lost silently
    import chronique.claims as claims_step

    monkeypatch.setattr(claims_step, "MAX_CUES", 5)
    text = "The mayor said the bridge would reopen. " * 8
    a = chronique.analyze(text, published="2024-03-12", lang="en")
    assert len(a.claims) == 5
    unread = [i for i in a.issues if i.kind == "claims not read"]
    assert len(unread) == 1
    sixth = text.index("said", len("The mayor said the bridge would reopen. ") * 5)
    assert unread[0].start == sixth and unread[0].end == len(text)
    assert "5" in unread[0].message


def test_a_sentence_of_thousands_of_attributions_stays_linear():
    # each pronoun's antecedent is looked for among the latest claims only
    def cpu(n):
        text = "Il a indiqué, " * n
        t = time.process_time()
        chronique.analyze(text, published="2024-03-12", lang="fr")
        return time.process_time() - t
    cpu(200)
    small, big = min(cpu(1000) for _ in range(2)), min(cpu(4000) for _ in range(2))
    assert big < small * 8, (small, big)    # quadratic would be about 16 times


def test_past_the_limit_of_event_words_the_rest_is_left_unread_and_reported(monkeypatch):
    # a text of nothing but events stops being read after MAX_TRIGGERS event words, and says where
    import chronique.events as events_step

    monkeypatch.setattr(events_step, "MAX_TRIGGERS", 3)
    text = "Gunmen attacked a police post on Monday. " * 5
    a = chronique.analyze(text, published="2024-03-12", lang="en")
    unread = [i for i in a.issues if i.kind == "events not read"]
    assert len(unread) == 1
    fourth = text.index("attacked", len("Gunmen attacked a police post on Monday. ") * 3)
    assert unread[0].start == fourth and unread[0].end == len(text)
    assert all(m["trigger"]["start"] < fourth for e in a.events for m in e["mentions"])
