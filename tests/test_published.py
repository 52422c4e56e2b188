"""The publication date: precision, date lines, inference from the text."""
from datetime import date, datetime

import pytest

import chronique
from chronique.article import parse_published, read_date_line

TEXT = "Le ministre a démissionné mardi soir, a-t-on appris de source officielle."


@pytest.mark.parametrize("given, lo, hi, precision", [
    ("2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
    ("2019-12", date(2019, 12, 1), date(2019, 12, 31), "month"),
    ("2020-02", date(2020, 2, 1), date(2020, 2, 29), "month"),
    ("2019-12-31", date(2019, 12, 31), date(2019, 12, 31), "day"),
    ("2019-12-31T20:00", date(2019, 12, 31), date(2019, 12, 31), "minute"),
    (date(2019, 12, 31), date(2019, 12, 31), date(2019, 12, 31), "day"),
    (datetime(2019, 12, 31, 20, 0), date(2019, 12, 31), date(2019, 12, 31), "minute"),
])
def test_published_accepts_every_precision(given, lo, hi, precision):
    spec = parse_published(given)
    assert (spec.lo, spec.hi, spec.precision) == (lo, hi, precision)


@pytest.mark.parametrize("bad", ["2019-13-45", "2019-02-30", "2019-12-31T25:00", "yesterday-ish", "", 20191231])
def test_unreadable_published_is_a_clear_value_error(bad):
    with pytest.raises(ValueError, match="publication date|published"):
        chronique.analyze(TEXT, published=bad, lang="fr")


def test_a_full_publication_date_is_used_as_given():
    a = chronique.analyze(TEXT, published="2019-12-31", lang="fr")
    assert a.published.value == "2019-12-31" and not a.published.inferred
    assert a.timexes[0].value == "2019-12-31TEV"


def test_a_time_of_day_is_kept_in_the_published_value():
    a = chronique.analyze(TEXT, published="2019-12-31T20:00", lang="fr")
    assert a.published.value == "2019-12-31T20:00"


def test_date_line_is_read_and_excluded_from_the_expressions():
    text = "date 2019-12 via Reuters\n\nLe ministre a parlé mardi 31 décembre à Bagdad."
    spec, body = read_date_line(text)
    assert spec.given == "2019-12" and spec.source == "date line"
    a = chronique.analyze(text)
    assert a.published.value == "2019-12-31"
    assert all(t.start >= body for t in a.timexes)
    assert "2019-12" not in [t.text for t in a.timexes]


def test_an_argument_wins_over_the_date_line():
    text = "date 2019-12 via Reuters\n\nLe ministre a parlé vendredi."
    a = chronique.analyze(text, published="2020-01-07")
    assert a.published.value == "2020-01-07"
    assert a.timexes[0].value == "2020-01-03"


def test_partial_date_is_completed_from_weekday_and_day_number():
    # mardi 14 in January 2020 can only be Tuesday 14 January 2020
    text = "Le sommet s'est ouvert mardi 14 à Genève. Les délégués ont travaillé tard mardi soir."
    a = chronique.analyze(text, published="2020-01", lang="fr")
    assert a.published.value == "2020-01-14" and a.published.inferred
    assert "Tuesday 14th" in a.published.explanation


def test_partial_date_without_evidence_stays_partial_and_expressions_underspecified():
    text = "Le ministre a parlé vendredi. Il reviendra demain."
    a = chronique.analyze(text, published="2019-12", lang="fr")
    assert a.published.value == "2019-12" and not a.published.inferred
    friday = a.timexes[0]
    assert friday.value == "XXXX-WXX-5"
    # still bounded: any Friday up to a week before a day of December 2019
    assert friday.interval == ["2019-11-29T00:00:00", "2019-12-27T23:59:59"]


def test_missing_date_is_inferred_from_officeholders_and_weekday_day_pairs():
    text = ("Secretary of State Mike Pompeo and Defense Secretary Mark Esper spoke on Tuesday March 31. "
            "The talks ended on Tuesday evening.")
    a = chronique.analyze(text, lang="en")
    assert a.published.value == "2020-03-31" and a.published.inferred
    assert "Mike Pompeo" in a.published.explanation


def test_a_former_officeholder_is_no_evidence():
    text = "Former Secretary of State Mike Pompeo spoke on Tuesday the 31st at a rally."
    a = chronique.analyze(text, lang="en")
    assert a.published.value is None


@pytest.mark.parametrize("text, value", [
    # the dispatch's dateline opens its first paragraph, or the second under a headline
    ("FRANCFORT, 30 octobre 2025 (AFP) - La BCE a laissé jeudi ses taux inchangés.", "2025-10-30"),
    ("La BCE maintient ses taux\n\nFRANCFORT, 30 octobre 2025 (AFP) - La BCE a laissé jeudi ses taux inchangés.",
     "2025-10-30"),
    # a date further into a second paragraph, or under a first paragraph that is no headline, is none
    ("La BCE maintient ses taux\n\nLa Banque centrale européenne, réunie à Francfort pour la dernière fois de "
     "l'année avant une longue pause estivale et une série de consultations, a indiqué le 30 octobre 2025 (AFP) "
     "que ses taux restaient inchangés.", None),
    ("La BCE a laissé ses taux inchangés. Elle se réunira de nouveau en décembre, puis en janvier, a-t-elle dit "
     "dans un long communiqué publié hier soir à Francfort, où siège l'institution depuis sa création.\n\n"
     "FRANCFORT, 30 octobre 2025 (AFP) - La BCE a laissé jeudi ses taux inchangés.", None),
])
def test_the_dateline_is_read_under_a_headline_but_not_further_in(text, value):
    assert chronique.analyze(text, lang="fr").published.value == value
