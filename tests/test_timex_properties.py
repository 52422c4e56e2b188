"""Properties that hold for any text: spans slice the input, intervals are ordered and bounded.

The texts are built from time words of both languages, numbers, slashes,
punctuation, quotes, HTML and random Unicode, so that the span finder and the
resolver meet every odd neighbour a time word can have.
"""
import json
import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import chronique

TIME_WORDS = [
    # French
    "mardi", "Mardi", "vendredi", "dimanche", "soir", "matin", "après-midi", "l'après-midi",
    "nuit", "cette nuit", "dans la nuit de lundi à mardi", "week-end", "le week-end", "ce week-end",
    "aujourd'hui", "hier", "avant-hier", "demain", "la veille", "le lendemain",
    "deux jours plus tard", "dans la journée", "plus tôt", "récemment", "ces derniers jours",
    "dans les jours qui viennent", "à terme", "bientôt", "décembre", "janvier", "février",
    "1er", "fin", "mi-", "début", "les années", "printemps", "été", "entre", "et", "du", "au",
    "depuis", "trois jours", "heures", "semaines", "chaque", "tous les jours", "dernier",
    "prochain", "prochaine", "la semaine dernière", "le mois prochain", "l'an dernier",
    "il y a", "dans", "à", "vers", "h", "midi", "minuit", "ans", "sept", "sa", "je", "a été",
    "Vendredi Saint", "sera", "a annoncé",
    # English
    "Tuesday", "Friday", "evening", "morning", "tonight", "last night", "over the weekend",
    "this weekend", "today", "yesterday", "tomorrow", "the day before", "the next day",
    "two days later", "during the day", "earlier", "recently", "in the coming days", "soon",
    "ultimately", "Dec.", "December", "31st", "Jan", "early", "late", "mid-", "the 1990s",
    "from", "to", "since", "between", "and", "three days", "two weeks", "hours", "every",
    "Monday", "last", "next", "week", "month", "year", "ago", "in", "at", "p.m.", "a.m.",
    "noon", "around", "may", "May", "march", "March", "Theresa May", "a week", "will", "was",
]
NUMBERS = ["0", "1", "3", "5", "12", "18", "20", "29", "30", "31", "32", "48", "99", "1990",
           "2003", "2010", "2014", "2019", "2020", "4 000", "18h30", "6:30", "14:30", "20h",
           "31/12/2019", "12/31/2019", "3/04", "2019-12-31", "99999999999999999999"]
PUNCT = [".", ",", ";", ":", "!", "?", "/", "-", "–", "—", "'", "’", "(", ")", "«", "»", "\"",
         "“", "”", "...", "…", "%", "&"]
HTML = ["<p>", "</p>", "<script>alert(1)</script>", "<br/>", "&amp;", "&nbsp;", "<b>mardi</b>",
        "<a href=\"/2019/12/31\">", "</a>", "<!-- 31 décembre -->"]
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", "\t", "\u00a0", "\u202f"]


def _printable(c: str) -> bool:
    # control characters, surrogates and U+FFFD make the input "binary data" (a ValueError
    # covered in test_bad_input.py); everything else is fair game here, non-decimal
    # digits such as "²" included
    return unicodedata.category(c) not in ("Cc", "Cs") and c != "\ufffd"


random_unicode = st.text(st.characters(blacklist_categories=("Cc", "Cs")).filter(_printable),
                         min_size=1, max_size=8)
fragment = st.one_of(
    st.sampled_from(TIME_WORDS), st.sampled_from(NUMBERS), st.sampled_from(PUNCT),
    st.sampled_from(HTML), st.integers(0, 10_000).map(str), random_unicode,
)
texts = st.lists(st.tuples(fragment, st.sampled_from(SEPARATORS)), min_size=1, max_size=40).map(
    lambda parts: "".join(f + s for f, s in parts))
full_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
partial_dates = st.sampled_from(["2019", "2019-12", "1999-02", "2020"])
full_datetimes = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31))
published = st.one_of(full_dates, full_dates.map(date.isoformat), full_datetimes,
                      full_datetimes.map(lambda d: d.isoformat(timespec="minutes")), partial_dates,
                      st.none())
langs = st.sampled_from(["fr", "en", None])

PROPERTY_SETTINGS = settings(max_examples=250, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow])


def _analyze(text, pub, lang):
    if not text.strip():
        text = "mardi " + text           # whitespace-only input is a ValueError by design
    return text, chronique.analyze(text, published=pub, lang=lang)


def _is_full_date(pub) -> bool:
    return isinstance(pub, date) or (isinstance(pub, str) and len(pub) >= 10)


def _check_interval(interval, bounded: bool, what: str):
    if interval is None:
        assert not bounded, f"{what}: no interval although the publication date is a full date"
        return
    assert len(interval) == 2, what
    lo, hi = interval
    if bounded:
        assert lo is not None and hi is not None, f"{what}: unbounded interval {interval}"
    if lo is not None and hi is not None:
        a, b = datetime.fromisoformat(lo), datetime.fromisoformat(hi)
        assert a <= b, f"{what}: interval runs backwards {interval}"


@PROPERTY_SETTINGS
@given(text=texts, pub=published, lang=langs)
@example(text="mardi soir, dans la nuit de lundi à mardi, 31/12/2019 à 18h30", pub="2019-12-31", lang="fr")
@example(text="Tuesday evening over the weekend, Dec. 31 at 6:30 p.m.", pub="2019-12-31", lang="en")
@example(text="le lendemain", pub=date(2100, 12, 31), lang="fr")
@example(text="la veille", pub=date(1900, 1, 1), lang="fr")
def test_every_timex_span_slices_the_input_exactly(text, pub, lang):
    text, a = _analyze(text, pub, lang)
    for t in a.timexes:
        assert 0 <= t.start < t.end <= len(text), (t.start, t.end, len(text))
        assert text[t.start:t.end] == t.text, (t.text, text[t.start:t.end])
    for i in a.issues:
        assert 0 <= i.start < i.end <= len(text)
        assert text[i.start:i.end] == i.text


@PROPERTY_SETTINGS
@given(text=texts, pub=published, lang=langs)
@example(text="dans les jours qui viennent, à terme, bientôt, plus tôt", pub="2019-12-31", lang="fr")
@example(text="since 2003, from 2010 to 2014, every Monday, 48 hours", pub="2019-12-31", lang="en")
@example(text="demain", pub=date(2100, 12, 31), lang="fr")
@example(text="hier", pub=date(1900, 1, 1), lang="fr")
# (a day after a happening the text does not date, told in the past: "a" read as the auxiliary)
@example(text='le lendemain <a href="/2019/12/31"> ', pub=date(2000, 1, 1), lang="fr")
def test_every_interval_is_ordered_and_bounded(text, pub, lang):
    text, a = _analyze(text, pub, lang)
    bounded = _is_full_date(pub)
    for t in a.timexes:
        _check_interval(t.interval, bounded, f"{t.text!r} ({t.value})")
        if t.range and t.range.get("interval") is not None:
            # a range may be open on one side ("before 1990"); when both ends are
            # known they must be in order
            _check_interval(t.range["interval"], False, f"range of {t.text!r}")


@PROPERTY_SETTINGS
@given(text=texts, pub=published, lang=langs)
def test_values_are_non_empty_strings_and_types_are_timeml(text, pub, lang):
    text, a = _analyze(text, pub, lang)
    ids = [t.id for t in a.timexes]
    assert len(set(ids)) == len(ids), ids
    for t in a.timexes:
        assert isinstance(t.value, str) and t.value.strip(), t
        assert t.type in {"DATE", "TIME", "DURATION", "SET"}, t.type
        # a clock time may lean on the date written just after it ("à 18h30 mardi")
        assert t.anchor == "published" or (t.anchor in ids and t.anchor != t.id), (t.id, t.anchor)


@PROPERTY_SETTINGS
@given(text=texts, pub=published, lang=langs)
def test_to_dict_is_json_serialisable_and_loads_back(text, pub, lang):
    text, a = _analyze(text, pub, lang)
    data = a.to_dict()
    again = json.loads(json.dumps(data, ensure_ascii=False))
    assert again == data
    assert chronique.load(again).to_dict() == data


@pytest.mark.parametrize("text, pub, lang", [
    ("mardi mardi mardi mardi march 6:30 march ", "2019", "en"),
    ("Mardi, le ministre a parlé à 18h30. Mardi, il a parlé à 20h.", "2019", "fr"),
    ("Mardi, le ministre a parlé à 18h30. Mardi, il a parlé à 20h.", None, "fr"),
])
def test_underspecified_expressions_leave_the_rest_of_the_analysis_intact(text, pub, lang):
    # a partial or missing publication date leaves some intervals unknown (None);
    # nothing downstream may trip over them
    text, a = _analyze(text, pub, lang)
    for t in a.timexes:
        assert text[t.start:t.end] == t.text
        _check_interval(t.interval, False, t.text)
    json.dumps(a.to_dict())
