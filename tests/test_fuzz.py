"""Fuzzing: thousands of generated articles never raise anything but the documented ``ValueError``.

The generator mixes what real news pages hold and what breaks parsers: time words and date
fragments of both languages, digits, every kind of quote mark (balanced or not), cue verbs and
titles, HTML (scripts included), right-to-left text (Arabic, Hebrew, direction marks), emoji and
random Unicode.  Each input also gets a random publication date (valid, partial or garbage) and
language (``fr``, ``en``, None or garbage).

Whatever comes in, ``analyze`` returns an analysis whose spans slice the text, which serialises,
loads back, and gives its timeline table and its exports; or it raises ``ValueError`` with a
one-line message (empty or binary text, an unreadable date, an unknown language).  At least
2,000 inputs run on every test run (``FUZZ_EXAMPLES`` raises it).
"""
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chronique
from chronique import export
from chronique.chart import chart_data

EXAMPLES = max(2000, int(os.environ.get("FUZZ_EXAMPLES", "2000")))

WORDS = [
    # dates and times, both languages
    "mardi", "vendredi soir", "le week-end", "dans la nuit de lundi à mardi", "hier", "demain",
    "la veille", "il y a trois jours", "dans les jours qui viennent", "31 janvier", "1er", "décembre",
    "mi-", "fin", "début", "l'an dernier", "18h30", "à 20 h", "Tuesday", "over the weekend",
    "last night", "two days later", "Dec. 31", "January 31, 2019", "the 1990s", "at 6:30 p.m.",
    "mid-", "next week", "ago", "since", "between", "and", "31/12/2019", "2019-12-31", "12/31",
    "3/04", "99999999999999999999", "0", "29 février", "31 avril", "February 30", "sept", "sa", "je",
    # claims: cue verbs, titles, attribution phrases
    "a déclaré", "a-t-il déclaré", "a-t-elle ajouté", "a-t-on appris", "selon", "d'après",
    "a accusé", "a nié", "a démenti", "a menacé", "a tweeté", "said", "told Reuters", "according to",
    "denied", "warned", "accused by", "le ministre américain de la Défense Mark Esper",
    "le secrétaire d'État Mike Pompeo", "un responsable américain", "sous couvert d'anonymat",
    "Téhéran", "Washington", "Iran", "il", "elle", "he", "she", "they", "the Pentagon",
    "pourraient", "aurait", "très probablement", "reportedly", "allegedly", "could",
    # events
    "attaque", "frappes", "tués", "25 morts", "at least 12 killed", "déploiement", "4 000 soldats",
    "sit-in", "ambassade", "embassy", "stormed", "rocket attack", "sanctions",
]
QUOTES = ["«", "»", "« ", " »", "“", "”", "‘", "’", "\"", "'", "„", "‹", "›", "「", "」", "—", "–", "-"]
PUNCT = [".", ",", ";", ":", "!", "?", "…", "(", ")", "[", "]", "/", "%", "&", "*", "#"]
HTML = ["<p>", "</p>", "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<br/>", "&amp;",
        "&nbsp;", "&#x27;", "<b>mardi</b>", "<a href=\"javascript:alert(3)\">", "</a>", "<!-- 31 déc -->",
        "<style>*{}</style>", "]]>", "<![CDATA["]
RTL = ["قال الوزير يوم الثلاثاء", "٣١ ديسمبر ٢٠١٩", "בגדד", "אמר ביום שלישי", "\u200f", "\u200e",
       "\u202b", "\u202c", "\u2067", "\u2069", "ـ"]
OTHER = ["😀", "🇫🇷", "\u200b", "\u00a0", "\u202f", "\ufeff", "e\u0301", "Ⅻ", "²", "١٢", "𝟙𝟚",
         "\u2028", "\u2029", "ǅ", "ß", "İ", "ﬁ"]
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", "\t", "\r\n"]

fragment = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(QUOTES), st.sampled_from(PUNCT), st.sampled_from(HTML),
    st.sampled_from(RTL), st.sampled_from(OTHER), st.integers(-10, 10_000).map(str),
    st.text(min_size=1, max_size=6),            # anything Unicode, control characters included
)
loose = st.lists(st.tuples(fragment, st.sampled_from(SEPARATORS)), min_size=1, max_size=60).map(
    lambda parts: "".join(f + s for f, s in parts))
# sentences shaped like dispatches (speaker, cue, date, quote), then damaged by the fragments above
SPEAKERS = ["Le ministre américain de la Défense Mark Esper", "Téhéran", "Un responsable américain",
            "Il", "Elle", "Donald Trump", "The Pentagon", "He", "Iran's foreign ministry", "Selon l'ONU,"]
CUES = ["a déclaré", "a affirmé", "a nié", "a prévenu", "a tweeté", "said", "told Reuters", "denied",
        "warned", "a accusé Washington de", "a-t-il ajouté", "according to officials"]
WHEN = ["mardi soir", "vendredi", "le week-end", "dans la nuit de samedi à dimanche", "on Tuesday",
        "over the weekend", "31 janvier", "Dec. 31", "hier", "yesterday", "plus tôt", ""]
sentence = st.tuples(st.sampled_from(SPEAKERS), st.sampled_from(CUES), st.sampled_from(WHEN),
                     st.sampled_from(QUOTES + [":", " que", " that"]), loose, st.sampled_from(QUOTES + ["."]),
                     fragment).map(lambda p: f"{p[0]} {p[1]} {p[2]} {p[3]}{p[4]}{p[5]} {p[6]}")
shaped = st.lists(st.tuples(sentence, st.sampled_from(SEPARATORS)), min_size=1, max_size=8).map(
    lambda parts: "".join(f + s for f, s in parts))
texts = st.one_of(loose, shaped)
# mostly what users pass (so that most inputs reach the whole analysis), sometimes garbage
GOOD_DATES = [None, None, None, "2019-12-31", "2019-12", "2019", "2019-12-31T18:30", "2020-02-29",
              "9999-12-31", "0001-01-01"]
BAD_DATES = ["1", "2019-13-45", "2019-02-30", "demain", "", " ", "31/12/2019", "2019-W52", "<script>"]
published = st.one_of(st.sampled_from(GOOD_DATES), st.sampled_from(GOOD_DATES), st.sampled_from(GOOD_DATES),
                      st.dates().map(str), st.sampled_from(BAD_DATES), st.text(max_size=12))
langs = st.sampled_from([None, None, None, "fr", "fr", "en", "en", "de", "", "français"])


def _one_line_error(exc: ValueError) -> None:
    message = str(exc)
    assert message.strip(), "a ValueError says what is wrong"
    assert "\n" not in message.strip(), f"a ValueError is one line: {message!r}"
    assert "Traceback" not in message


def _check(a, text: str) -> None:
    for t in a.timexes:
        assert text[t.start:t.end] == t.text
    for c in a.claims:
        for span in (c["cue"], c["content"], c["speaker"].get("mention"), *c["hedges"]):
            if isinstance(span, dict) and span.get("start") is not None:
                assert text[span["start"]:span["end"]] == span["text"], (c["id"], span)
    data = a.to_dict()
    json.dumps(data, allow_nan=False)
    assert chronique.load(json.loads(json.dumps(data))) == a
    a.timeline()
    export.to_csv(a)
    export.to_timeml(a)
    export.to_jsonld(a)
    chart_data(a)


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(text=texts, pub=published, lang=langs)
def test_any_article_gives_an_analysis_or_a_one_line_value_error(text, pub, lang):
    try:
        a = chronique.analyze(text, published=pub, lang=lang)
    except ValueError as exc:
        _one_line_error(exc)
        return
    _check(a, text)


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.binary(max_size=400))
def test_any_bytes_give_an_analysis_or_a_one_line_value_error(raw):
    try:
        a = chronique.analyze(raw)
    except ValueError as exc:
        _one_line_error(exc)
        return
    _check(a, a.text)
