"""English rule families, one behaviour per test, on news sentences.

Every expected value is derived from the calendar around the publication date,
Tuesday 31 December 2019 (ISO week 2020-W01; the weekend before it is
28-29 December, 2019-W52-WE), and from the TimeML/TIDES conventions.
"""
from datetime import date, datetime, timedelta

import pytest

import chronique
from calendar_helpers import PUB, day_interval, most_recent, next_one, span, timex, timex_containing, weekend_of

LANG = "en"


# ---------------------------------------------------------------- helpers
def analyze(text, published=PUB.isoformat()):
    return chronique.analyze(text, published=published, lang=LANG)


@pytest.mark.parametrize("sentence, word, value", [
    # a participle after "then" shares the first verb: a future, so October ahead
    ("The bill will be presented to cabinet in early September, then debated in parliament in October.",
     "October", "2020-10"),
    # the expression before lends its tense across a comma: "would leave ... from March 30, with the third
    # departing each Thursday from August 6"
    ("It said two new flights would leave Bombay from March 30, with the third departing each Thursday from "
     "August 6.", "August 6", "2020-08-06"),
    # and a past stays a past
    ("He was arrested in October, then released in November.", "November", "2019-11"),
])
def test_an_expression_with_no_tense_near_it_takes_the_tense_of_the_one_before_in_its_clause(sentence, word, value):
    assert timex_containing(analyze(sentence), word).value == value



# ---------------------------------------------------------------- weekdays
def test_weekday_of_the_publication_day_is_that_day():
    t = timex(analyze("On Tuesday, the government announced a stimulus plan."), "Tuesday")
    assert t.type == "DATE" and t.value == PUB.isoformat()
    assert t.interval == day_interval(PUB)
    assert t.anchor == "published"


@pytest.mark.parametrize("sentence, word, isoweekday", [
    ("On Friday, protesters marched in London.", "Friday", 5),
    ("On Monday, the minister visited Paris.", "Monday", 1),
    ("Protesters marched on Saturday.", "Saturday", 6),
])
def test_bare_weekday_in_past_tense_is_most_recent(sentence, word, isoweekday):
    expected = most_recent(isoweekday)
    t = timex(analyze(sentence), word)
    assert t.value == expected.isoformat()
    assert t.interval == day_interval(expected)


@pytest.mark.parametrize("sentence, word, isoweekday", [
    ("On Friday, protesters will march in London.", "Friday", 5),
    ("On Thursday, the minister will visit Paris.", "Thursday", 4),
    ("Protesters will march on Sunday.", "Sunday", 7),
])
def test_weekday_with_will_is_the_next_one(sentence, word, isoweekday):
    t = timex(analyze(sentence), word)
    assert t.value == next_one(isoweekday).isoformat()
    assert t.tense == "future"


@pytest.mark.parametrize("sentence, word, isoweekday", [
    ("Next Friday, the minister will visit Paris.", "Next Friday", 5),
    ("Next Tuesday, the Senate will examine the bill.", "Next Tuesday", 2),
])
def test_weekday_with_next_is_the_next_one_never_today(sentence, word, isoweekday):
    t = timex(analyze(sentence), word)
    assert t.value == next_one(isoweekday).isoformat()


@pytest.mark.parametrize("sentence, word, isoweekday", [
    ("Last Friday, the minister visited Paris.", "Last Friday", 5),
    ("Last Tuesday, the Senate passed the bill.", "Last Tuesday", 2),
])
def test_weekday_with_last_is_the_previous_one_never_today(sentence, word, isoweekday):
    t = timex(analyze(sentence), word)
    assert t.value == most_recent(isoweekday, include_today=False).isoformat()


# ------------------------------------------------------------ parts of day
def test_weekday_evening_is_TEV_from_six_pm_to_midnight():
    t = timex(analyze("On Tuesday evening, the president addressed the nation."), "Tuesday evening")
    assert t.type == "TIME" and t.value == f"{PUB.isoformat()}TEV"
    assert t.interval == [f"{PUB.isoformat()}T18:00:00", f"{PUB.isoformat()}T23:59:59"]


@pytest.mark.parametrize("sentence, word, isoweekday, code, lo_hour, hi_hour", [
    ("Monday morning, the strike began.", "Monday morning", 1, "MO", 0, 12),
    ("Talks broke down on Tuesday afternoon.", "Tuesday afternoon", 2, "AF", 12, 19),
])
def test_weekday_with_part_of_day_is_an_interval_inside_that_day(sentence, word, isoweekday, code,
                                                                  lo_hour, hi_hour):
    day = most_recent(isoweekday)
    t = timex(analyze(sentence), word)
    assert t.type == "TIME" and t.value == f"{day.isoformat()}T{code}"
    lo, hi = span(t)
    assert lo.date() == hi.date() == day
    assert lo_hour <= lo.hour and lo < hi <= datetime.combine(day, datetime.min.time()) + timedelta(hours=hi_hour)


@pytest.mark.parametrize("sentence, word, code", [
    ("This morning, police cleared the camp.", "This morning", "MO"),
    ("This evening, the president will speak.", "This evening", "EV"),
])
def test_this_part_of_day_is_on_the_publication_day(sentence, word, code):
    t = timex(analyze(sentence), word)
    assert t.value == f"{PUB.isoformat()}T{code}"


def test_tonight_is_the_night_after_publication_day():
    t = timex(analyze("Tonight, the president will address the nation."), "Tonight")
    assert t.type == "TIME" and t.value == f"{PUB.isoformat()}TNI"
    lo, hi = span(t)
    assert lo.date() == PUB and lo.hour >= 18
    assert hi.date() == PUB + timedelta(days=1)


def test_last_night_is_the_night_before_publication():
    t = timex(analyze("Last night, a fire broke out in the warehouse."), "Last night")
    eve = PUB - timedelta(days=1)
    assert t.type == "TIME" and t.value == f"{eve.isoformat()}TNI"
    lo, hi = span(t)
    assert lo.date() == eve and hi.date() == PUB


def test_evening_in_the_same_sentence_as_a_weekday_is_that_weekday_evening():
    a = analyze("The strike began on Monday, and in the evening unions were received.")
    monday = timex(a, "Monday")
    t = timex(a, "the evening")
    assert t.value == f"{most_recent(1).isoformat()}TEV"
    assert t.anchor == monday.id


# ---------------------------------------------------------------- weekends
def test_over_the_weekend_in_past_tense_is_the_last_weekend_without_the_preposition():
    t = timex(analyze("Protests resumed over the weekend in several cities."), "the weekend")
    value, interval = weekend_of(most_recent(6))
    assert (value, interval) == ("2019-W52-WE", day_interval(date(2019, 12, 28), date(2019, 12, 29)))
    assert t.value == value and t.interval == interval


def test_this_weekend_in_future_tense_is_the_next_weekend():
    t = timex(analyze("Protesters will gather again this weekend."), "this weekend")
    value, interval = weekend_of(next_one(6))
    assert t.value == value and t.interval == interval


def test_this_weekend_in_past_tense_is_the_weekend_just_gone():
    t = timex(analyze("Protesters gathered again this weekend."), "this weekend")
    value, interval = weekend_of(most_recent(6))
    assert t.value == value and t.interval == interval


# ---------------------------------------------------------------- day words
@pytest.mark.parametrize("sentence, word, offset", [
    ("Today, Parliament votes on the bill.", "Today", 0),
    ("Yesterday, the prime minister resigned.", "Yesterday", -1),
    ("Tomorrow, talks will resume in Geneva.", "Tomorrow", 1),
])
def test_day_word_is_counted_from_the_publication_date(sentence, word, offset):
    expected = PUB + timedelta(days=offset)
    t = timex(analyze(sentence), word)
    assert t.type == "DATE" and t.value == expected.isoformat()
    assert t.interval == day_interval(expected)
    assert t.anchor == "published"


# ------------------------------------------------------- narrative anchors
ARREST = "The opposition leader was arrested on Dec. 20 in Algiers."


@pytest.mark.parametrize("follow_up, word, offset", [
    ("The day before, he had met his lawyer.", "The day before", -1),
    ("The next day, he was released on bail.", "The next day", 1),
    ("Two days later, he was released on bail.", "Two days later", 2),
])
def test_narrative_anchor_counts_from_the_previous_expression(follow_up, word, offset):
    a = analyze(f"{ARREST} {follow_up}")
    arrest = timex(a, "Dec. 20")
    assert arrest.value == "2019-12-20"
    t = timex(a, word)
    expected = date(2019, 12, 20) + timedelta(days=offset)
    assert t.value == expected.isoformat()
    assert t.interval == day_interval(expected)
    assert t.anchor == arrest.id


def test_during_the_day_alone_is_the_publication_day():
    t = timex(analyze("The minister is expected to speak during the day."), "the day")
    assert t.value == PUB.isoformat()


def test_during_the_day_after_a_weekday_is_that_day():
    a = analyze("On Thursday, the minister met unions and spoke during the day.")
    thursday = timex(a, "Thursday")
    t = timex(a, "the day")
    assert t.value == most_recent(4).isoformat()
    assert t.anchor == thursday.id


# ---------------------------------------------------------------- vague
@pytest.mark.parametrize("sentence, word, value", [
    ("Earlier, the minister had denied the reports.", "Earlier", "PAST_REF"),
    ("The minister recently denied the reports.", "recently", "PAST_REF"),
    ("A decision is expected in the coming days.", "the coming days", "FUTURE_REF"),
    ("The bill will soon be introduced.", "soon", "FUTURE_REF"),
    ("Ultimately, the plant will close.", "Ultimately", "FUTURE_REF"),
])
def test_vague_reference_has_a_ref_value_and_a_bounded_interval_on_its_side(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert t.type == "DATE" and t.value == value
    lo, hi = span(t)
    assert lo <= hi and hi - lo <= timedelta(days=2 * 366)
    start_of_pub, end_of_pub = datetime(2019, 12, 31), datetime(2019, 12, 31, 23, 59, 59)
    if value == "PAST_REF":
        assert lo < start_of_pub and hi <= end_of_pub
    else:
        assert lo >= start_of_pub and hi > end_of_pub


def test_in_the_coming_days_is_the_week_after_publication():
    t = timex(analyze("A decision is expected in the coming days."), "the coming days")
    assert t.interval == day_interval(PUB + timedelta(days=1), PUB + timedelta(days=7))


# ---------------------------------------------------------- explicit dates
@pytest.mark.parametrize("sentence, word", [
    ("The treaty was signed on Dec. 31 in Geneva.", "Dec. 31"),
    ("The treaty was signed on December 31st, 2019, in Geneva.", "December 31st, 2019"),
    ("The treaty was signed on 31 Dec in Geneva.", "31 Dec"),
    ("The meeting was held on 12/31/2019 in Geneva.", "12/31/2019"),
])
def test_explicit_day_in_every_usual_form(sentence, word):
    t = timex(analyze(sentence), word)
    assert t.type == "DATE" and t.value == "2019-12-31"
    assert t.interval == day_interval(PUB)


def test_month_day_year_with_comma():
    t = timex(analyze("The meeting was held on March 12, 2019."), "March 12, 2019")
    assert t.value == "2019-03-12"


def test_month_alone_in_past_tense_is_the_last_such_month():
    t = timex(analyze("In March, sales dropped by 4%."), "March")
    assert t.value == "2019-03"
    assert t.interval == day_interval(date(2019, 3, 1), date(2019, 3, 31))


def test_month_alone_with_irregular_past_verb_is_the_last_such_month():
    t = timex(analyze("In March, sales fell by 4%."), "March")
    assert t.value == "2019-03"


def test_month_with_year():
    t = timex(analyze("The meeting will be held in December 2020."), "December 2020")
    assert t.value == "2020-12"
    assert t.interval == day_interval(date(2020, 12, 1), date(2020, 12, 31))


def test_year_alone_without_the_preposition():
    t = timex(analyze("In 2003, war broke out."), "2003")
    assert t.value == "2003"
    assert t.interval == day_interval(date(2003, 1, 1), date(2003, 12, 31))


def test_decade_is_the_ten_years():
    t = timex(analyze("In the 1990s, the country was in crisis."), "the 1990s")
    assert t.value == "199"
    assert t.interval == day_interval(date(1990, 1, 1), date(1999, 12, 31))


def test_last_summer_is_summer_2019():
    t = timex(analyze("Last summer, drought hit the region."), "Last summer")
    assert t.value == "2019-SU"
    lo, hi = span(t)
    assert lo.year == hi.year == 2019 and 6 <= lo.month <= hi.month <= 9


def test_early_2020_is_the_start_of_the_year():
    t = timex(analyze("The project will launch in early 2020."), "early 2020")
    assert t.value == "2020" and t.mod == "START"
    lo, hi = span(t)
    assert lo == datetime(2020, 1, 1) and hi < datetime(2020, 7, 1)


def test_late_december_is_the_end_of_the_month():
    t = timex(analyze("In late December, cold weather hit the country."), "late December")
    assert t.value == "2019-12" and t.mod == "END"
    lo, hi = span(t)
    assert date(2019, 12, 15) < lo.date() and hi == datetime(2019, 12, 31, 23, 59, 59)


def test_mid_january_in_future_is_the_middle_of_next_january():
    t = timex(analyze("By mid-January, the bill will pass."), "mid-January")
    assert t.value == "2020-01" and t.mod == "MID"
    lo, hi = span(t)
    assert date(2020, 1, 1) < lo.date() <= date(2020, 1, 15) <= hi.date() < date(2020, 1, 31)


# ---------------------------------------------------------------- ranges
@pytest.mark.parametrize("sentence", [
    "From 2010 to 2014, unemployment rose sharply.",
    "Between 2010 and 2014, unemployment rose sharply.",
])
def test_two_years_make_a_closed_range(sentence):
    a = analyze(sentence)
    start, end = timex(a, "2010"), timex(a, "2014")
    expected = day_interval(date(2010, 1, 1), date(2014, 12, 31))
    assert start.range["role"] == "start" and start.range["with"] == end.id
    assert end.range["role"] == "end" and end.range["with"] == start.id
    assert start.range["interval"] == end.range["interval"] == expected


def test_since_a_year_is_open_until_publication():
    t = timex(analyze("Since 2003, the country has been at war."), "2003")
    assert t.value == "2003"
    assert t.range["role"] == "start" and t.range["with"] is None
    assert t.range["interval"] == day_interval(date(2003, 1, 1), PUB)


def test_from_march_3_to_5_is_a_range_of_days_in_the_next_march():
    a = analyze("The festival will run from March 3 to 5.")
    ranged = {t.range["role"]: t for t in a.timexes if t.range}
    assert set(ranged) == {"start", "end"}
    assert ranged["start"].value == "2020-03-03" and ranged["end"].value == "2020-03-05"
    assert ranged["end"].range["interval"] == day_interval(date(2020, 3, 3), date(2020, 3, 5))


# ---------------------------------------------------------------- durations
@pytest.mark.parametrize("sentence, word, value", [
    ("The strike lasted three days.", "three days", "P3D"),
    ("Talks lasted two weeks.", "two weeks", "P2W"),
    ("He was held for 48 hours.", "48 hours", "PT48H"),
    ("He was held for a week.", "a week", "P1W"),
])
def test_duration_value_is_an_iso_period(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert t.type == "DURATION" and t.value == value
    lo, hi = span(t)
    assert lo <= hi


# ---------------------------------------------------------------- sets
@pytest.mark.parametrize("sentence, word, value", [
    ("The market is held every Monday.", "every Monday", "XXXX-WXX-1"),
    ("The summit meets every year.", "every year", "P1Y"),
    ("Every day, rockets hit the city.", "Every day", "P1D"),
])
def test_set_is_a_recurring_time(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert t.type == "SET" and t.value == value
    assert t.interval is not None and None not in t.interval


# ----------------------------------------------- relative weeks and years
def test_last_week_is_the_iso_week_before_publication():
    d = PUB - timedelta(weeks=1)
    year, week, _ = d.isocalendar()
    monday = d - timedelta(days=d.isoweekday() - 1)
    t = timex(analyze("Last week, the minister resigned."), "Last week")
    assert t.value == f"{year}-W{week:02d}"
    assert t.interval == day_interval(monday, monday + timedelta(days=6))


@pytest.mark.parametrize("sentence, word, value, first, last", [
    ("Elections will be held next month.", "next month", "2020-01", date(2020, 1, 1), date(2020, 1, 31)),
    ("Last month, growth slowed.", "Last month", "2019-11", date(2019, 11, 1), date(2019, 11, 30)),
    ("Last year, growth slowed.", "Last year", "2018", date(2018, 1, 1), date(2018, 12, 31)),
])
def test_relative_month_or_year(sentence, word, value, first, last):
    t = timex(analyze(sentence), word)
    assert t.value == value and t.interval == day_interval(first, last)


def test_two_days_ago_is_two_days_before_publication():
    t = timex(analyze("Two days ago, the minister resigned."), "Two days ago")
    expected = PUB - timedelta(days=2)
    assert t.value == expected.isoformat() and t.interval == day_interval(expected)


@pytest.mark.parametrize("sentence", [
    "The vote is in three weeks.",
    "Elections will take place in three weeks.",
    "Elections will be held in three weeks.",
])
def test_in_three_weeks_is_three_weeks_after_publication(sentence):
    t = timex(analyze(sentence), "three weeks")
    target = datetime.combine(PUB + timedelta(weeks=3), datetime.min.time())
    lo, hi = span(t)
    assert t.type == "DATE"
    assert lo <= target <= hi and hi - lo < timedelta(days=7)


# ------------------------------------------------------------ clock times
def test_clock_time_with_pm_excludes_at_and_falls_on_the_publication_day():
    t = timex(analyze("The president will speak at 6:30 p.m. from the White House."), "6:30 p.m.")
    assert t.type == "TIME" and t.value == f"{PUB.isoformat()}T18:30"
    lo, hi = span(t)
    assert lo == datetime(2019, 12, 31, 18, 30) and hi < datetime(2019, 12, 31, 18, 31)


def test_noon_is_twelve_o_clock():
    t = timex(analyze("The council will meet at noon."), "noon")
    assert t.type == "TIME" and t.value == f"{PUB.isoformat()}T12:00"


def test_approximate_clock_time_keeps_around():
    t = timex(analyze("Police arrived around 8 p.m."), "around 8 p.m.")
    assert t.value == f"{PUB.isoformat()}T20:00" and t.mod == "APPROX"


def test_clock_time_after_a_date_falls_on_that_date():
    a = analyze("The talks ended on Friday, Dec. 27, at 6:30 p.m.")
    day = timex(a, "Friday, Dec. 27")
    t = timex(a, "6:30 p.m.")
    assert day.value == "2019-12-27"
    assert t.value == "2019-12-27T18:30" and t.anchor == day.id


# ----------------------------------------------------------- year choice
def test_day_month_in_past_tense_takes_the_year_before_when_nearest_is_ahead():
    assert abs(date(2020, 4, 20) - PUB) < abs(date(2019, 4, 20) - PUB)
    t = timex(analyze("On April 20, the minister resigned."), "April 20")
    assert t.value == "2019-04-20"


def test_day_month_in_future_tense_takes_the_year_after_when_nearest_is_behind():
    assert abs(date(2019, 9, 10) - PUB) < abs(date(2020, 9, 10) - PUB)
    t = timex(analyze("On September 10, the summit will open in Brussels."), "September 10")
    assert t.value == "2020-09-10"


def test_day_just_after_publication_in_past_tense_is_last_year():
    t = timex(analyze("On Jan. 2, the minister resigned."), "Jan. 2")
    assert t.value == "2019-01-02"


def test_future_passive_clause_puts_the_date_after_publication():
    t = timex(analyze("The reform will be voted on September 10."), "September 10")
    assert t.value == "2020-09-10"


# ------------------------------------------------------ consistency checks
def test_weekday_that_does_not_match_its_date_is_flagged_with_the_nearest_fitting_date():
    # 31 January is a Thursday in 2019 and a Friday in 2020: no Tuesday
    assert date(2019, 1, 31).isoweekday() != 2 and date(2020, 1, 31).isoweekday() != 2
    # the Tuesday the 31st nearest to publication
    candidates = [PUB + timedelta(days=k) for k in range(-800, 800)]
    fitting = [d for d in candidates if d.isoweekday() == 2 and d.day == 31]
    suggested = min(fitting, key=lambda d: abs(d - PUB))
    assert suggested == PUB
    a = analyze("On Tuesday January 31, the government announced a stimulus plan.")
    issues = [i for i in a.issues if i.kind == "weekday-date mismatch"]
    assert len(issues) == 1
    assert issues[0].text == "Tuesday January 31"
    assert issues[0].suggested == suggested.isoformat()
    assert issues[0].literal and "01-31" in issues[0].literal


def test_weekday_that_matches_its_date_raises_no_issue():
    a = analyze("Talks on Tuesday, December 31 were held in Geneva.")
    assert timex(a, "Tuesday, December 31").value == "2019-12-31"
    assert a.issues == []


@pytest.mark.parametrize("sentence, word", [
    ("On Feb. 30, the minister signed the decree.", "Feb. 30"),
    ("On April 31, the minister signed the decree.", "April 31"),
])
def test_impossible_date_is_flagged_with_a_real_date_suggested(sentence, word):
    a = analyze(sentence)
    issues = [i for i in a.issues if i.kind == "impossible date"]
    assert len(issues) == 1 and word in issues[0].text
    date.fromisoformat(issues[0].suggested)


def test_tomorrow_in_a_past_clause_is_a_tense_contradiction():
    a = analyze("Tomorrow, he announced his resignation.")
    issues = [i for i in a.issues if i.kind == "tense contradiction"]
    assert len(issues) == 1 and issues[0].text == "Tomorrow"


# ------------------------------------------------------------ not dates
@pytest.mark.parametrize("sentence", [
    "Officials said prices may rise.",                       # "may", the verb
    "Thousands march in the capital to demand reforms.",     # "march", the verb
    "Protesters will march on parliament.",
    "Theresa May resigned.",                                 # a name
])
def test_verbs_and_names_are_not_months(sentence):
    assert analyze(sentence).timexes == []


@pytest.mark.parametrize("sentence, texts", [
    ("Analysts say the fall of Goma could redraw the map.", []),             # a falling, not autumn
    ("Prices fell in the fall of 2023.", ["the fall of 2023"]),              # autumn, with its year
    ("Attacks rose, according to cybersecurity firm Recorded Future.", []),  # a name in mid-sentence
    ("Future talks are planned.", ["Future"]),                               # the sentence's first word
])
def test_a_fall_of_somewhere_and_a_capitalised_vague_word_are_no_times(sentence, texts):
    assert [t.text for t in analyze(sentence).timexes] == texts


@pytest.mark.parametrize("sentence, texts", [
    ("At 8.35pm the speaker announced the result.", [("8.35pm", "2024-05-14T20:35")]),
    ("At 8.35 p.m. he left.", [("8.35 p.m.", "2024-05-14T20:35")]),
    ("The vote closed at 21.40 GMT.", [("21.40 GMT", "2024-05-14T21:40")]),
    ("Shares closed at 20.35.", []),                                         # a price, no time
])
def test_minutes_after_a_full_stop_are_a_clock_time_with_a_half_of_the_day_or_a_zone(sentence, texts):
    assert [(t.text, t.value) for t in analyze(sentence, published="2024-05-14").timexes] == texts


@pytest.mark.parametrize("sentence, texts", [
    ("Many have been displaced since October 8 last year.", [("October 8 last year", "2023-10-08")]),
    ("The summit is set for 8 October next year.", [("8 October next year", "2025-10-08")]),
    # "that" a conjunction before the month and its verb; a determiner otherwise
    ("The service said that June was the third-warmest on record.", [("June", "2024-06")]),
    ("Prices rose that June.", [("that June", "2024-06")]),
])
def test_a_day_of_a_year_said_relative_and_that_before_a_month(sentence, texts):
    assert [(t.text, t.value) for t in analyze(sentence, published="2024-10-15").timexes] == texts


@pytest.mark.parametrize("sentence, value", [
    ("He pledged allegiance to Islamic State in April.", "2024-04"),    # "to" before a name: no infinitive
    ("He pledged to resign in April.", "2025-04"),                      # a pledge of what lies ahead
])
def test_an_intent_reaches_ahead_only_through_an_infinitive(sentence, value):
    [t] = analyze(sentence, published="2024-06-21").timexes
    assert t.value == value


def test_theresa_may_is_a_name_beside_a_real_date():
    a = analyze("Theresa May said on Monday that talks would continue.")
    assert [t.text for t in a.timexes] == ["Monday"]


def test_a_rate_is_not_a_duration():
    a = analyze("The airline operates four flights a week from Heathrow.")
    assert a.timexes == []


def test_good_friday_is_a_name_not_last_friday():
    a = analyze("On Good Friday, worshippers gathered outside the cathedral.")
    assert all(t.value != most_recent(5).isoformat() for t in a.timexes)


@pytest.mark.parametrize("sentence", [
    "A second explosion hit the embassy compound.",
    "It said a second, independent alarm would be installed.",
    "The police fired a second time.",
])
def test_a_second_before_a_noun_is_the_ordinal_not_one_second(sentence):
    assert analyze(sentence).timexes == []


@pytest.mark.parametrize("sentence", [
    "He waited a second before answering.",
    "The blast lasted a second.",
    "He paused for a second, then left.",
])
def test_a_second_alone_or_after_a_verb_of_waiting_is_one_second(sentence):
    t = timex(analyze(sentence), "a second")
    assert t.type == "DURATION" and t.value == "PT1S"


# ---------------------------------------------------------------- tense and plans
@pytest.mark.parametrize("sentence", [
    "Work on the bridge will resume in November.",
    "The contract will end in November, the minister said.",
])
def test_month_just_past_in_a_future_clause_is_next_years(sentence):
    # November 2019 ended weeks before publication: "will" speaks of November 2020
    t = timex(analyze(sentence), "November")
    assert t.value == "2020-11"


def test_month_just_past_in_a_plan_may_be_the_past_one():
    # a plan ("scheduled") may be one already past: the November just gone is the nearer
    t = timex(analyze("The vote, scheduled for November, was postponed."), "November")
    assert t.value == "2019-11"


@pytest.mark.parametrize("sentence, word, value", [
    ("For several weeks, tension rose in the capital.", "several weeks", "PXW"),
    ("The talks lasted a few hours.", "a few hours", "PTXH"),
])
def test_a_count_without_a_number_gives_an_unspecified_duration(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert t.type == "DURATION" and t.value == value
    lo, hi = span(t)
    assert lo < hi


@pytest.mark.parametrize("sentence, word, value", [
    ("The plant will stop production by the end of November, the company said.", "the end of November", "2020-11"),
    ("New samples will be taken on Thursday, the agency said.", "Thursday", "2020-01-02"),
])
def test_a_verb_of_saying_after_a_comma_does_not_set_the_tense_of_what_was_said(sentence, word, value):
    # "said" belongs to the reporting clause; the expression's own clause is in the future
    t = timex(analyze(sentence), word)
    assert t.value == value
    assert t.tense == "future"


def test_four_digit_time_with_a_zone_is_a_clock_time_not_a_year():
    # wire copy: "(1830 GMT)" is half past six in the evening, not the year 1830
    a = analyze("An explosion was heard at 2:30 p.m. local time (1830 GMT).")
    t = timex(a, "1830 GMT")
    assert t.type == "TIME" and t.value == "2019-12-31T18:30"
    assert not [x for x in a.timexes if x.value == "1830"]


@pytest.mark.parametrize("sentence, value", [
    ("Schools remain closed until Friday.", "2020-01-03"),
    ("The road is closed until Friday.", "2020-01-03"),
    ("Schools were closed until Friday.", "2019-12-27"),
])
def test_until_a_weekday_is_ahead_unless_the_clause_is_past(sentence, value):
    # the end of a span not said to be over lies ahead; "closed" after "remain" is a state
    assert timex(analyze(sentence), "Friday").value == value


def test_a_year_ago_to_the_day_is_that_very_day():
    a = analyze("A year ago to the day, the earthquake struck the region.")
    t = timex(a, "A year ago to the day")
    assert t.type == "DATE" and t.value == "2018-12-31"
    assert not [x for x in a.timexes if x.text == "the day"]


@pytest.mark.parametrize("sentence, word, value", [
    ("A decision is expected in the coming hours.", "the coming hours", "FUTURE_REF"),
    ("Fighting has intensified in recent hours.", "recent hours", "PAST_REF"),
])
def test_hours_ahead_or_behind_are_vague_references(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


@pytest.mark.parametrize("sentence, word, value", [
    ("Margins improved in Q3.", "Q3", "2019-Q3"),
    ("Profit rose in Q3 2018.", "Q3 2018", "2018-Q3"),
    ("Sales will rise in the second half of 2020.", "the second half of 2020", "2020-H2"),
    ("Sales rose in H1 2019.", "H1 2019", "2019-H1"),
    ("The first half of next year will be difficult.", "The first half of next year", "2020-H1"),
])
def test_quarters_and_half_years(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


def test_h1n1_is_no_half_year():
    assert analyze("The H1N1 virus spread quickly.").timexes == []


@pytest.mark.parametrize("sentence, word, value", [
    ("Earlier this year, inflation eased.", "Earlier this year", "2019"),
    ("The deal expires at the end of the month.", "the end of the month", "2019-12"),
])
def test_a_part_of_the_current_unit(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


@pytest.mark.parametrize("sentence, value", [
    ("Voters go to the polls this Sunday.", "2020-01-05"),
    ("This Sunday, voters went to the polls.", "2019-12-29"),
])
def test_this_sunday_is_the_coming_one_unless_the_clause_is_past(sentence, value):
    assert timex_containing(analyze(sentence), "Sunday").value == value


def test_a_future_date_a_few_days_before_publication_is_next_years():
    # only the publication day and the day before (a dateline's) resist a future tense
    a = analyze("The company will hold its annual meeting on Dec. 27.")
    assert timex(a, "Dec. 27").value == "2020-12-27"


@pytest.mark.parametrize("sentence, word, value", [
    ("The mission is scheduled to launch in the fall.", "fall", "2020-FA"),
    ("Salmon pens had been due for repair since the spring.", "spring", "2019-SP"),
])
def test_a_season_is_ahead_in_a_future_clause_but_since_starts_in_the_past(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


def test_a_year_earlier_after_a_named_year_is_the_year_before_it():
    a = analyze("Unemployment hit 7.5% in 2018, up from 7.3% a year earlier.")
    assert timex(a, "a year earlier").value == "2017"


@pytest.mark.parametrize("sentence, word, value", [
    ("Inflation is at its lowest in three years.", "three years", "P3Y"),
    ("The storm is the worst in a decade.", "a decade", "P10Y"),
])
def test_a_superlative_in_a_count_of_units_is_a_span_not_a_date_ahead(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize("sentence", [
    "Police deployed 1500 officers in the capital.",
    "Delta flight 1148 landed safely.",
    "April Ryan asked the first question.",
    "The Sunday Times reported the story.",
    "The Daily Mail said the minister had resigned.",
])
def test_numbers_and_names_that_look_like_dates_are_not(sentence):
    assert analyze(sentence).timexes == []


@pytest.mark.parametrize("sentence, word, value", [
    ("The board meets twice a year.", "twice a year", "P1Y"),
    ("Buses run three times a week.", "three times a week", "P1W"),
    ("Bins are emptied every other week.", "every other week", "P2W"),
    ("He jogs every morning.", "every morning", "XXXX-XX-XXTMO"),
    ("Each spring the river floods.", "Each spring", "XXXX-SP"),
])
def test_recurrences_are_sets(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize("sentence, word, value", [
    ("The 19th century was different.", "The 19th century", "18"),
    ("In the 21st century, things changed.", "the 21st century", "20"),
])
def test_a_century_is_its_hundred_years(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert t.value == value
    lo, hi = span(t)
    assert (lo.year, hi.year) == (int(value) * 100, int(value) * 100 + 99)


@pytest.mark.parametrize("sentence, word", [
    ("The polls close at 8 p.m. EDT.", "8 p.m. EDT"),
    ("He left at 9 a.m. local time.", "9 a.m. local time"),
])
def test_a_time_zone_belongs_to_its_clock_time(sentence, word):
    assert timex(analyze(sentence), word).type == "TIME"


@pytest.mark.parametrize("sentence, first, last", [
    ("Between Tuesday and Thursday, 40 people were killed.", "2019-12-24", "2019-12-26"),
    ("From Friday to Monday, the roads will be closed.", "2020-01-03", "2020-01-06"),
])
def test_a_span_between_two_weekdays_runs_forward(sentence, first, last):
    # published on a Tuesday: a past span "between Tuesday and Thursday" is last week's
    a = analyze(sentence)
    assert [t.value for t in a.timexes] == [first, last]
    assert a.timexes[0].range["interval"] == [f"{first}T00:00:00", f"{last}T23:59:59"]


def test_two_days_of_one_month_joined_by_a_dash_are_a_range():
    a = analyze("The summit took place on March 4-5.")
    assert [t.value for t in a.timexes] == ["2019-03-04", "2019-03-05"]
    assert a.timexes[0].range["role"] == "start"


# ---------------------------------------------------------------- scheduled present, "could", "since"
@pytest.mark.parametrize("sentence, word, isoweekday", [
    ("The Federal Reserve meets on Wednesday, and investors expect a cut, traders said.", "Wednesday", 3),
    ("The trial starts Monday in Manhattan federal court.", "Monday", 1),
    ("The Supreme Court hears arguments on Friday in the tariff case.", "Friday", 5),
    ("The ceasefire deal could collapse by Saturday, officials said.", "Saturday", 6),
])
def test_a_scheduled_present_or_could_points_to_the_next_weekday(sentence, word, isoweekday):
    assert timex(analyze(sentence), word).value == next_one(isoweekday).isoformat()


def test_a_negated_present_takes_the_tense_of_its_auxiliary():
    assert timex(analyze("Ministers did not meet on Monday."), "Monday").value == most_recent(1).isoformat()


def test_the_present_of_the_reported_clause_wins_over_the_reporting_verb():
    # published 31 December 2019: the rules take effect next month, the ministry said it before
    assert timex(analyze("The ministry said the new rules take effect in January."), "January").value == "2020-01"


def test_the_full_stops_of_a_m_end_no_clause_for_the_tense():
    a = analyze("The vote will take place at 10 a.m. ET on Thursday, the spokesman said.")
    assert timex(a, "Thursday").value == next_one(4).isoformat()


def test_next_to_is_a_place_not_a_future():
    a = analyze("A bomb ripped through an office building next to the U.S. embassy in Nairobi, Kenya Friday morning.")
    assert timex(a, "Friday morning").value == f"{most_recent(5).isoformat()}TMO"


def test_since_a_month_looks_back_even_beside_a_scheduled_present():
    a = analyze("The plant has been closed since March and reopens in May.")
    assert [t.value for t in a.timexes] == ["2019-03", "2020-05"]


def test_the_verb_last_before_a_span_is_no_past_marker():
    # "would begin in May and last about three years": the plan, not "last", gives May's year
    a = analyze("The commission said construction would begin in May and last about three years.")
    assert timex(a, "May").value == "2020-05"


def test_other_time_expressions_do_not_push_the_tense_out_of_reach():
    # "is expected" is twelve tokens away, but eight of them are the clock times before the weekday
    a = analyze("The storm is expected to make landfall around 2 p.m. EST (1900 GMT) on Friday, "
                "the National Hurricane Center said.")
    assert timex(a, "Friday").value == next_one(5).isoformat()


# ---------------------------------------------------------------- holidays
@pytest.mark.parametrize("sentence, word, value", [
    # published Tuesday 31 December 2019
    ("Shoppers crowded the malls on Christmas Eve.", "Christmas Eve", "2019-12-24"),
    ("The president will address the nation on Christmas Eve.", "Christmas Eve", "2020-12-24"),
    ("Sales rose over Thanksgiving.", "Thanksgiving", "2019-11-28"),
    ("Stores opened early on Black Friday.", "Black Friday", "2019-11-29"),
    ("The talks will resume after Easter.", "Easter", "2020-04-12"),
    ("Markets will be closed on Good Friday.", "Good Friday", "2020-04-10"),
    ("The pope spoke on Easter Monday 2019.", "Easter Monday 2019", "2019-04-22"),
    ("The parade is held on Memorial Day.", "Memorial Day", "2020-05-25"),
])
def test_a_holiday_is_its_day_on_the_side_of_publication_the_tense_gives(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert t.type == "DATE" and t.value == value and t.rule == "holiday"


@pytest.mark.parametrize("sentence", [
    "Kids collected easter eggs in the park.",
    "The Good Friday Agreement ended decades of violence.",
    "The expedition sailed to Easter Island.",
])
def test_holiday_words_in_lowercase_or_in_a_name_are_no_date(sentence):
    assert analyze(sentence).timexes == []


@pytest.mark.parametrize("sentence, word, value", [
    ("Thursday marks the anniversary of the Sept. 11 attacks.", "Sept. 11", "2001-09-11"),
    ("A memorial for victims of the Oct. 7 attack was held.", "Oct. 7", "2023-10-07"),
    ("The Jan. 6 committee issued its final report.", "Jan. 6", "2021-01-06"),
])
def test_a_date_naming_an_event_takes_the_event_s_year(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert t.value == value and "naming an event" in t.explanation


def test_the_same_date_without_an_event_noun_is_near_publication():
    assert timex(analyze("The vote was held on Sept. 11."), "Sept. 11").value == "2019-09-11"


@pytest.mark.parametrize("sentence, word, value", [
    # published Tuesday 31 December 2019
    ("Unions called a strike for Jan. 9.", "Jan. 9", "2020-01-09"),
    ("The vote was postponed to Thursday.", "Thursday", next_one(4).isoformat()),
    ("She set a new trial date for June.", "June", "2020-06"),
    ("He called on Monday for calm.", "Monday", most_recent(1).isoformat()),
])
def test_the_date_a_call_or_a_postponement_aims_at_lies_ahead_the_act_s_own_date_behind(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


@pytest.mark.parametrize("sentence", [
    "Investors expect a quarter-point cut.",
    "More than a quarter of voters backed him.",
    "The shares fell by a quarter.",
    "He served three quarters of his term.",
])
def test_a_quarter_as_a_fraction_is_no_time(sentence):
    assert analyze(sentence).timexes == []


def test_quarters_counted_in_a_span_stay_a_duration():
    assert timex(analyze("Sales rose over the past two quarters."), "the past two quarters").value == "P2Q"


@pytest.mark.parametrize("sentence, word, value", [
    # published Tuesday 31 December 2019
    ("Investors are cautious ahead of Friday's vote.", "Friday", next_one(5).isoformat()),
    ("Traders are bracing for Friday's jobs report.", "Friday", next_one(5).isoformat()),
    ("Importers scrambled for dollars ahead of the March election.", "March", "2020-03"),
])
def test_ahead_of_or_bracing_for_an_event_points_to_the_next_one(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


def test_ahead_of_points_forward_only_the_dates_after_it():
    # published Tuesday 31 December 2019: the Friday awaited on a past Thursday is the one just gone
    a = analyze("Stocks fell on Thursday ahead of Friday's jobs report.")
    assert timex(a, "Thursday").value == most_recent(4).isoformat()
    assert timex(a, "Friday").value == most_recent(5).isoformat()
    assert timex(a, "Friday").explanation.startswith("Friday, looked ahead to from a past day of its sentence")
    # with no past day before it, the next one
    assert timex(analyze("Stocks rose ahead of Friday's jobs report."), "Friday").value == next_one(5).isoformat()
    # a future keeps the next one
    a = analyze("He said on Saturday he will travel on Friday.")
    assert timex(a, "Friday").value == next_one(5).isoformat()


def test_a_clock_time_takes_the_day_of_the_sentence_before():
    a = analyze("Police were called to the bank on Monday. At 3 p.m., the robbers surrendered.")
    t = timex(a, "3 p.m.")
    assert t.value == f"{most_recent(1).isoformat()}T15:00" and t.anchor == timex(a, "Monday").id
    # ("were called to the bank": a place after "to", no date aimed at: Monday is past)
    assert timex(a, "Monday").value == most_recent(1).isoformat()
    # no day in the sentence before, or a new paragraph: the publication day
    assert timex(analyze("Police were called to the bank. At 3 p.m., the robbers surrendered."),
                 "3 p.m.").value == f"{PUB.isoformat()}T15:00"
    assert timex(analyze("Police were called to the bank on Monday.\n\nAt 3 p.m., the robbers surrendered."),
                 "3 p.m.").value == f"{PUB.isoformat()}T15:00"


def test_a_day_far_after_a_clock_time_does_not_give_its_day():
    # a live blog's timestamp opens its entry: a weekday later in the entry is another time
    a = analyze("2:10 p.m. - The weather service extended its storm warning until 7 a.m. Thursday.")
    assert timex(a, "2:10 p.m.").value == f"{PUB.isoformat()}T14:10"
    # a day right after the time, or after a time zone in brackets, gives it
    a = analyze("The hearing ended at 3 p.m. EST (2000 GMT) on Monday.")
    assert timex(a, "3 p.m. EST").value == f"{most_recent(1).isoformat()}T15:00"


@pytest.mark.parametrize("sentence, published, value", [
    ("Growth will slow in the first quarter.", "2023-12-29", "2024-Q1"),    # the coming one
    ("Growth slowed in the first quarter.", "2023-12-29", "2023-Q1"),
    ("Sales will rise in the fourth quarter.", "2023-12-29", "2023-Q4"),    # the current one
    # the quarter just ended: its figures are to come
    ("The company will report third-quarter results next week.", "2023-10-26", "2023-Q3"),
])
def test_a_quarter_in_a_future_clause_is_the_next_one(sentence, published, value):
    assert analyze(sentence, published).timexes[0].value == value


def test_a_participle_after_a_determiner_is_an_adjective_not_a_past():
    assert timex(analyze("Staff will present a revised design on March 11."), "March 11").value == "2020-03-11"
    assert timex(analyze("Staff presented a revised design on March 11."), "March 11").value == "2019-03-11"


@pytest.mark.parametrize("sentence, word, value", [
    # published Tuesday 31 December 2019
    ("The weather service extended its storm warning until Thursday.", "Thursday", next_one(4).isoformat()),
    ("The union calls for a rally on Saturday.", "Saturday", next_one(6).isoformat()),
    ("The race was not called until Thursday.", "Thursday", most_recent(4).isoformat()),
    ("The president calls on Monday for calm.", "Monday", most_recent(1).isoformat()),
])
def test_extending_and_calling_in_the_present_aim_ahead_a_negated_call_came_only_then(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


def test_a_tense_word_inside_another_expression_is_that_expression_s():
    a = analyze("Traders see a 70% chance of a cut at the Fed's March 19 meeting, up from 45% a month ago.",
                "2023-12-29")
    assert timex(a, "March 19").value == "2024-03-19"


@pytest.mark.parametrize("sentence, text, value, mod, years", [
    ("In the late 1970s, her surveys documented the collapse.", "the late 1970s", "197", "END", (1977, 1979)),
    ("Prices have risen since the early 2000s.", "the early 2000s", "200", "START", (2000, 2003)),
    ("The plant closed in the mid-1990s.", "the mid-1990s", "199", "MID", (1993, 1996)),
])
def test_part_of_a_decade_is_that_decade_narrowed(sentence, text, value, mod, years):
    t = timex(analyze(sentence), text)
    assert (t.value, t.mod) == (value, mod)
    assert t.interval == day_interval(date(years[0], 1, 1), date(years[1], 12, 31))


@pytest.mark.parametrize("sentence, text, value", [
    ("He spent thirty-five days at sea.", "thirty-five days", "P35D"),
    ("The talks lasted ninety days.", "ninety days", "P90D"),
    ("He served two and a half years in prison.", "two and a half years", "P30M"),
    ("The meeting lasted an hour and a half.", "an hour and a half", "PT90M"),
])
def test_compound_numbers_and_halves(sentence, text, value):
    assert timex_containing(analyze(sentence), text).value == value


def test_the_small_hours_of_tonight_fall_on_the_next_day():
    a = analyze("Snow will fall tonight, with the heaviest bands between midnight and 4 a.m.")
    tomorrow = (PUB + timedelta(days=1)).isoformat()
    assert timex(a, "4 a.m.").value == f"{tomorrow}T04:00"
    assert timex(analyze("Police arrived at 11 p.m. on Saturday night."), "11 p.m.").value \
        == f"{most_recent(6).isoformat()}T23:00"


@pytest.mark.parametrize("sentence, text, value", [
    # published Tuesday 31 December 2019
    ("He will make his debut on the last Saturday of January.", "the last Saturday of January", "2020-01-25"),
    ("He will make his debut on the first Saturday of February.", "the first Saturday of February", "2020-02-01"),
    ("The season opens on the weekend of Jan. 18.", "the weekend of Jan. 18", "2020-W03-WE"),
    ("He has been free since September of last year.", "September of last year", "2018-09"),
])
def test_calendar_phrases_read_whole(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence, text, value", [
    ("The Fed could cut rates as early as March.", "March", "2020-03"),
    ("Shares gained for nine consecutive weeks.", "nine consecutive weeks", "P9W"),
    ("Rates have fallen for four straight years.", "four straight years", "P4Y"),
    ("Power failed late Sunday night.", "late Sunday night", f"{most_recent(7).isoformat()}TNI"),
])
def test_words_inside_or_before_an_expression(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence", [
    "Leaders such as May and Merkel met.",
    "They were about a quarter less likely to fall.",
])
def test_no_time_in_a_name_or_a_fraction(sentence):
    assert analyze(sentence).timexes == []


def test_that_night_is_the_night_of_the_day_told_before():
    a = analyze("The fire broke out on Feb. 11, 2019. He was seen there that night.")
    t = timex(a, "that night")
    assert t.value == "2019-02-11TNI" and t.anchor == timex(a, "Feb. 11, 2019").id


def test_an_attribution_after_the_clause_does_not_set_its_tense():
    a = analyze("The firm will pay the money to all of its many loyal longtime shareholders by Jan. 23, it said.")
    assert timex(a, "Jan. 23").value == "2020-01-23"
    # a fronted expression belongs to the verb after its comma
    assert any(i.kind == "tense contradiction" for i in analyze("Tomorrow, he announced his resignation.").issues)


@pytest.mark.parametrize("sentence, text", [
    ("Locusts have invaded Kenya in the worst outbreak in five years, the agency said.", "five years"),
    ("It was the first strike at the hospital in two decades, union leaders said.", "two decades"),
])
def test_in_a_span_after_a_superlative_is_the_span_looked_back_over(sentence, text):
    t = timex(analyze(sentence), text)
    assert t.type == "DURATION" and t.value in ("P5Y", "P20Y")


def test_that_august_is_the_august_of_the_year_told_before():
    a = analyze("He resigned in March 2017 and was charged that August.")
    t = timex(a, "that August")
    assert t.value == "2017-08" and t.anchor == timex(a, "March 2017").id


def test_that_spring_that_year_and_the_following_spring_follow_the_story():
    a = analyze("The plant closed in March 2011. That spring, workers left. Later that year, the site was sold. "
                "The following spring, it was demolished.")
    assert timex(a, "That spring").value == "2011-SP"
    assert timex(a, "Later that year").value == "2011"
    assert timex(a, "The following spring").value == "2012-SP"


def test_years_later_counts_from_a_season():
    a = analyze("She opened the bakery in the fall of 1998. Twenty years later, it is thriving.")
    assert timex(a, "Twenty years later").value == "2018"


def test_that_year_far_from_any_year_is_the_publication_year():
    a = analyze("Rents rose in 2017.\n\nEconomists warned.\n\nShe said the city should use that year well.")
    assert timex(a, "that year").value == "2019"


@pytest.mark.parametrize("sentence, text, value", [
    # published Tuesday 31 December 2019
    ("The CEO said sales are likely to recover in March.", "March", "2020-03"),
    ("The city has added extra ferry service, starting Thursday.", "Thursday", next_one(4).isoformat()),
    ("He was fired on a Tuesday, just before Christmas.", "Tuesday", "XXXX-WXX-2"),
])
def test_likely_starting_and_some_weekday(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


def test_a_that_clause_after_the_date_has_its_own_tense():
    a = analyze("Analysts said in a note on Saturday that they expect a cut.")
    assert timex(a, "Saturday").value == most_recent(6).isoformat()


def test_by_the_time_is_a_conjunction():
    assert [t.text for t in analyze("By the time the law takes effect next year, prices will rise.").timexes] \
        == ["next year"]


def test_hours_later_is_the_day_of_its_anchor():
    a = analyze("The air force said on Saturday that drones attacked. Hours later, a missile struck.")
    t = timex(a, "Hours later")
    assert t.value == most_recent(6).isoformat() and t.anchor == timex(a, "Saturday").id
    assert t.explanation.startswith("some hours after 'Saturday'")


def test_weeks_later_is_a_stretch_after_its_anchor_ending_at_publication():
    a = analyze("The storm hit on Monday, Dec. 2. Weeks later, the company cut jobs.")
    t = timex(a, "Weeks later")
    # two to eight weeks after 2 December, cut at publication (31 December): told in the past
    assert (t.value, t.interval, t.anchor) == ("PAST_REF", day_interval(date(2019, 12, 16), PUB),
                                               timex(a, "Monday, Dec. 2").id)
    assert t.explanation.startswith("some weeks after 'Monday, Dec. 2'")


def test_years_later_after_a_year_spans_whole_years():
    t = timex(analyze("He was elected in 2012. Years later, he resigned."), "Years later")
    assert (t.value, t.interval) == ("PAST_REF", day_interval(date(2014, 1, 1), PUB))
    t = timex(analyze("Riots broke out in 2003. Years earlier, the mill had closed."), "Years earlier")
    assert (t.value, t.interval) == ("PAST_REF", day_interval(date(1994, 1, 1), date(2001, 12, 31)))


def test_days_later_with_no_day_before_it_takes_the_side_of_its_clause():
    t = timex(analyze("Days later, a missile struck."), "Days later")
    assert t.value == "PAST_REF"
    # nothing to count from: a stretch of days that ends at publication, at low confidence
    lo, hi = span(t)
    assert hi.date() == PUB and PUB - timedelta(days=7) <= lo.date() < PUB and t.confidence <= 0.3
    assert timex(analyze("Days later, the results will be known."), "Days later").value == "FUTURE_REF"


def test_an_overnight_success_is_no_time():
    assert analyze("The film was an overnight success.").timexes == []
    assert analyze("He booked an overnight stay.").timexes == []
    # the article "the" does not make it an adjective: the overnight attack is last night's
    assert timex(analyze("The overnight attack killed two."), "overnight").value == f"{most_recent(1).isoformat()}TNI"


def test_a_year_after_in_is_a_year_even_before_a_counted_word():
    assert [t.value for t in analyze("The attack in 2012 killed four Americans.").timexes] == ["2012"]
    assert [t.value for t in analyze("Fighting since 2014 killed thousands.").timexes] == ["2014"]
    # a count: no preposition of time before it
    assert analyze("After 2000 people died, he left.").timexes == []


def test_two_days_joined_by_and_that_do_not_follow_each_other_are_two_dates():
    a = analyze("Voting takes place on March 3 and 10.")
    assert [(t.value, t.range) for t in a.timexes] == [("2020-03-03", None), ("2020-03-10", None)]


def test_overnight_in_a_past_clause_is_the_night_before_publication():
    a = analyze("Soldiers attacked the presidential palace overnight, the government said.")
    t = timex(a, "overnight")
    assert t.value == f"{most_recent(1).isoformat()}TNI"
    assert t.interval == [f"{most_recent(1).isoformat()}T21:00:00", f"{PUB.isoformat()}T05:59:59"]
    assert timex(analyze("Russia will launch drones overnight."), "overnight").value == f"{PUB.isoformat()}TNI"


def test_a_quarter_named_by_its_months():
    assert timex(analyze("Sales rose 5% in the April-June quarter."), "the April-June quarter").value == "2019-Q2"
    assert [t.value for t in analyze("Sales rose in the April-May period.").timexes] == ["2019-04"]


@pytest.mark.parametrize("sentence", [
    "Theresa May said on Monday that she would resign.",
    "Will Carden said on Monday that talks would resume.",
])
def test_a_capitalised_name_spelt_like_a_modal_sets_no_tense(sentence):
    assert timex(analyze(sentence), "Monday").value == most_recent(1).isoformat()


@pytest.mark.parametrize("sentence", [
    "Apple hid an Easter egg in the software update.",
    "Father Christmas visited the children's hospital.",
    "Christmas tree sales rose 5%.",
    "Halloween candy prices have jumped 40%.",
    "John Carpenter's horror film Halloween grossed $70 million.",
])
def test_a_holiday_name_as_a_name_or_a_modifier_is_no_date(sentence):
    assert [t for t in analyze(sentence).timexes if t.rule == "holiday"] == []


@pytest.mark.parametrize("sentence, word, value", [
    ("Classes will resume after the Easter break.", "Easter", "2020-04-12"),
    ("Lawmakers called on the government on Monday to release the report.", "Monday", most_recent(1).isoformat()),
    ("The company set a record on Friday.", "Friday", most_recent(5).isoformat()),
    ("The airline postponed the vote on Thursday.", "Thursday", most_recent(4).isoformat()),
    ("The union has called a protest in the capital on Saturday.", "Saturday", next_one(6).isoformat()),
    ("Both sides will set provisional quotas from Jan. 1.", "Jan. 1", "2020-01-01"),
    ("Leaders failed to meet on Monday as planned, officials said.", "Monday", most_recent(1).isoformat()),
])
def test_calls_and_plans_look_ahead_only_for_the_event_called_for(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


@pytest.mark.parametrize("sentence, word, value", [
    ("The Oct. 7 attack on a police post killed three officers, police said last week.", "Oct. 7", "2019-10-07"),
    ("The Sept. 11 attack on the mission in Benghazi in 2012 killed four Americans.", "Sept. 11", "2019-09-11"),
])
def test_a_date_with_an_event_noun_dated_otherwise_by_its_sentence_keeps_the_near_year(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


def test_a_postponement_told_in_the_pluperfect_is_past():
    assert timex(analyze("The vote had been postponed to June."), "June").value == "2019-06"


@pytest.mark.parametrize("sentence", [
    "The euro traded at $1.1520 in London.",
    "The plant loses $100 million a week.",
])
def test_decimals_and_amounts_per_unit_are_no_times(sentence):
    assert analyze(sentence).timexes == []


def test_election_day_and_earlier_in_the_day():
    assert timex(analyze("Voters went to the polls on Election Day."), "Election Day").value == "2019-11-05"
    assert timex(analyze("Earlier in the day, the minister resigned."), "Earlier in the day").value == PUB.isoformat()
    assert analyze("He writes for the weekly Der Spiegel.").timexes == []


# ---------------------------------------------------------------- the new year
@pytest.mark.parametrize("published, year", [
    ("2019-12-20", 2020),       # late in the year: the coming one
    ("2020-06-10", 2021),       # mid-year: still the coming one
    ("2020-01-10", 2020),       # in its first quarter: the year just begun
])
def test_the_new_year_is_the_year_just_begun_or_the_coming_one(published, year):
    t = timex(analyze("Officials hope to reopen the border in the new year.", published=published), "new year")
    assert t.type == "DATE" and t.value == str(year)
    assert t.interval == day_interval(date(year, 1, 1), date(year, 12, 31))


def test_a_new_year_of_something_is_no_time():
    assert analyze("A new year of austerity begins.").timexes == []


@pytest.mark.parametrize("sentence, text, value, monday", [
    ("The summit is scheduled for the week of January 13.", "the week of January 13", "2020-W03", date(2020, 1, 13)),
    ("During the week of December 16, prices rose.", "the week of December 16", "2019-W51", date(2019, 12, 16)),
])
def test_the_week_of_a_date_is_that_dates_monday_to_sunday(sentence, text, value, monday):
    t = timex(analyze(sentence), text)
    assert t.value == value
    assert t.interval == day_interval(monday, monday + timedelta(days=6))


# ---------------------------------------------------------------- a day of the month alone
@pytest.mark.parametrize("sentence, text, expected", [
    ("The president will travel to Paris on the 20th.", "the 20th", date(2020, 1, 20)),   # future: ahead
    ("The vote took place on the 3rd.", "the 3rd", date(2019, 12, 3)),                   # past: behind
])
def test_on_the_nth_is_that_day_of_the_month_on_the_side_of_the_tense(sentence, text, expected):
    t = timex(analyze(sentence), text)
    assert t.value == expected.isoformat()
    assert t.interval == day_interval(expected)


@pytest.mark.parametrize("sentence", [
    "The firm celebrated on the 20th anniversary.",
    "He lives on the 3rd floor.",
])
def test_an_ordinal_before_its_noun_is_no_day_of_the_month(sentence):
    assert analyze(sentence).timexes == []


def test_the_rest_of_the_year_is_the_current_year():
    t = timex(analyze("The plant would be closed for the rest of the year."), "the rest of the year")
    assert t.value == str(PUB.year)


def test_the_rest_of_a_group_is_no_time():
    assert analyze("The rest of the team left.").timexes == []


@pytest.mark.parametrize("sentence, text, expected", [
    ("The offices have been closed since the 20th.", "the 20th", date(2019, 12, 20)),
    ("The strike will last until the 15th.", "the 15th", date(2020, 1, 15)),
    ("The company must file its accounts by the 28th, the regulator will say.", "the 28th", date(2020, 1, 28)),
])
def test_the_nth_after_a_preposition_of_time_is_that_day_of_the_month(sentence, text, expected):
    t = timex(analyze(sentence), text)
    assert t.value == expected.isoformat()
    assert t.rule == "month_day_prep"


@pytest.mark.parametrize("sentence", [
    "Until the 15th century, the town was walled.",
    "Since the 2nd round, he has led.",
    "By the 3rd quarter, profits were down.",
])
def test_the_nth_before_a_noun_after_a_preposition_is_no_day(sentence):
    assert not [t for t in analyze(sentence).timexes if t.rule.startswith("month_day")]


def test_a_span_of_clock_times_crossing_midnight_ends_on_the_next_day():
    a = analyze("The curfew runs from 10 p.m. to 5 a.m.")
    nxt = PUB + timedelta(days=1)
    assert timex(a, "10 p.m.").value == f"{PUB.isoformat()}T22:00"
    assert timex(a, "5 a.m.").value == f"{nxt.isoformat()}T05:00"
    assert timex(a, "10 p.m.").range["interval"] == [f"{PUB.isoformat()}T22:00:00", f"{nxt.isoformat()}T05:00:59"]


def test_a_span_of_clock_times_within_the_day_ends_on_the_day_of_its_start():
    a = analyze("Police sealed the area on Monday. The shops opened from 9 a.m. to 5 p.m.")
    monday = most_recent(1).isoformat()
    assert timex(a, "9 a.m.").value == f"{monday}T09:00"
    assert timex(a, "5 p.m.").value == f"{monday}T17:00"


# ---------------------------------------------------------------- fiscal years and decades
@pytest.mark.parametrize("sentence, text", [
    ("The company expects growth in fiscal 2024.", "fiscal 2024"),
    ("Revenue for fiscal year 2024 rose.", "fiscal year 2024"),
    ("The 2024 fiscal year was hard.", "The 2024 fiscal year"),
    ("FY2024 sales fell.", "FY2024"),
    ("FY24 sales fell.", "FY24"),
])
def test_a_fiscal_year_is_fy_and_its_year_drawn_as_the_calendar_year(sentence, text):
    t = timex(analyze(sentence), text)
    assert t.value == "FY2024"
    assert t.interval == day_interval(date(2024, 1, 1), date(2024, 12, 31))
    assert "calendar" in t.explanation and t.rule.startswith("fiscal_year")


@pytest.mark.parametrize("sentence", ["Fy2024 was the code.", "The model FY 24 sold well."])
def test_fy_not_written_as_a_fiscal_year_is_none(sentence):
    assert not [t for t in analyze(sentence).timexes if t.value.startswith("FY")]


def test_the_past_decade_keeps_its_article_and_is_the_decade_before():
    t = timex(analyze("Over the past decade, prices rose."), "the past decade")
    assert t.value == "200"         # published in 2019: the 2000s


# ---------------------------------------------------------------- a publication date known to the month
def test_a_past_day_of_the_publication_month_known_only_to_the_month_is_in_that_month():
    # read on 1 December, a past 17 December would be 2018's; read on the 31st, 2019's: the day that
    # falls within the publication month is kept
    t = timex(analyze("Two days before the election on December 17, the mayor resigned.", published="2019-12"),
              "December 17")
    assert t.value == "2019-12-17"
    assert t.interval == day_interval(date(2019, 12, 17))
    assert "falls within" in t.explanation


def test_a_past_day_read_the_same_for_any_day_of_the_publication_month_is_kept():
    t = timex(analyze("The mayor resigned on July 4.", published="2019-12"), "July 4")
    assert t.value == "2019-07-04"
    assert "falls within" not in t.explanation


def test_the_day_of_an_event_days_after_publication_in_a_past_clause_is_that_coming_day():
    # published 31 December: the election of 3 January lies three days ahead, not a year back
    t = timex(analyze("Days before the election on January 3, the mayor resigned."), "January 3")
    assert t.value == "2020-01-03"
    assert timex(analyze("The mayor resigned days before the January 3 election."), "January 3").value == "2020-01-03"
    # a day further ahead, or no event's noun, stays the one before publication
    t = timex(analyze("The mayor resigned before the election on January 20."), "January 20")
    assert t.value == "2019-01-20"
    assert timex(analyze("On Jan. 2, the minister resigned."), "Jan. 2").value == "2019-01-02"


# ------------------------------------------------------- midnight of a named day
@pytest.mark.parametrize("sentence, text", [
    ("The bill must pass by midnight Friday.", "midnight Friday"),
    ("Funding runs out at midnight on Friday.", "midnight on Friday"),
    ("Funding runs out Friday at midnight.", "Friday at midnight"),
])
def test_midnight_of_a_weekday_is_one_instant_closing_that_day(sentence, text):
    # published Tuesday 31 December 2019: the coming Friday is 3 January; its midnight is the start of 4 January
    t = timex(analyze(sentence), text)
    friday = next_one(5)
    end = friday + timedelta(days=1)
    assert t.type == "TIME" and t.value == f"{end.isoformat()}T00:00"
    assert t.interval[0] == f"{end.isoformat()}T00:00:00"
    assert "closes" in t.explanation
    assert not [x for x in analyze(sentence).timexes if x.text in ("midnight", "Friday")]


def test_midnight_of_a_past_weekday_closes_that_past_day():
    t = timex(analyze("Negotiators worked until midnight Thursday, officials said."), "midnight Thursday")
    thursday = most_recent(4)
    assert t.value == f"{(thursday + timedelta(days=1)).isoformat()}T00:00"


def test_midnight_tonight_closes_the_publication_day():
    for sentence, text in (("The deal expires at midnight tonight.", "midnight tonight"),
                           ("The deal expires tonight at midnight.", "tonight at midnight")):
        t = timex(analyze(sentence), text)
        assert t.value == f"{(PUB + timedelta(days=1)).isoformat()}T00:00"


def test_midnight_after_a_word_of_later_is_no_closing_midnight():
    # "shortly after midnight Friday": the small hours of that Friday, not the end of it
    a = analyze("The attack began shortly after midnight Friday.")
    assert not [t for t in a.timexes if t.rule.startswith(("midnight_", "weekday_midnight"))]
    assert timex(a, "Friday").value == most_recent(5).isoformat()
    a = analyze("Police arrived after midnight on Friday.")
    assert timex(a, "midnight").value == f"{most_recent(5).isoformat()}T00:00"


# ------------------------------------------------------- the tense of a deadline
@pytest.mark.parametrize("sentence", [
    "The bill must pass on Friday.",
    "The bill has to pass on Friday.",
    "Lawmakers have to vote on Friday.",
    "The agency needs to decide on Friday.",
    "The report is due to be released Friday.",
    "The vote is set to take place Friday.",
    "The minister is expected to arrive Friday.",
])
def test_weekday_after_a_modal_of_obligation_or_schedule_lies_ahead(sentence):
    assert timex(analyze(sentence), "Friday").value == next_one(5).isoformat()


@pytest.mark.parametrize("sentence", [
    "A ruling by Friday is the goal.",
    "Officials want an answer by Friday.",
])
def test_weekday_after_a_deadline_preposition_lies_ahead(sentence):
    assert timex(analyze(sentence), "Friday").value == next_one(5).isoformat()


@pytest.mark.parametrize("sentence", [
    "He has said on Friday that he would stay.",       # "has" without "to": no obligation
    "By Friday, the troops had left the city.",        # a past clause keeps its deadline behind
    "The bill passed by Friday.",
])
def test_no_forward_reading_without_an_obligation_or_in_a_past_clause(sentence):
    assert timex(analyze(sentence), "Friday").value == most_recent(5).isoformat()


# ------------------------------------------------------- "by" the end of a unit
@pytest.mark.parametrize("sentence, text, value", [
    ("The plant will close by the end of the year.", "the end of the year", "2019"),
    ("The deal should close by year-end.", "year-end", "2019"),
    ("Audits are due by month-end.", "month-end", "2019-12"),
])
def test_the_end_of_a_unit_after_by_is_a_deadline(sentence, text, value):
    t = timex(analyze(sentence), text)
    assert t.value == value and "deadline" in t.explanation


def test_year_end_without_a_deadline_word_is_no_date():
    assert not [t for t in analyze("Staff got their year-end bonus.").timexes if "end" in t.text]
    t = timex(analyze("At the end of the year, he left."), "the end of the year")
    assert "deadline" not in t.explanation


# ---------------------------------------------------------------- a clock time and the day written after it
@pytest.mark.parametrize("sentence, clock, day", [
    ("The road will be closed from 10 p.m. Monday to 5 a.m. Tuesday.", "5 a.m.", "Tuesday"),
    ("The road will be closed from 10 p.m. Monday to 5 a.m. Tuesday.", "10 p.m.", "Monday"),
    ("The strike ran from 9 p.m. on Sunday to 6 a.m. on Monday.", "6 a.m.", "Monday"),
])
def test_a_clock_time_right_before_a_day_is_on_that_day(sentence, clock, day):
    a = analyze(sentence)
    assert timex(a, clock).value.startswith(timex(a, day).value + "T")


@pytest.mark.parametrize("sentence, clock, day", [
    # a day after "and" is that of the next time, not of the one before it
    ("Talks were held on Monday at 10 a.m. and Tuesday at 2 p.m.", "10 a.m.", "Monday"),
    ("Talks were held on Monday at 10 a.m. and Tuesday at 2 p.m.", "2 p.m.", "Tuesday"),
])
def test_a_day_that_is_not_right_after_a_clock_time_is_not_its_own(sentence, clock, day):
    a = analyze(sentence)
    assert timex(a, clock).value.startswith(timex(a, day).value + "T")


# ---------------------------------------------------------------- the end of a deadline reads forward
@pytest.mark.parametrize("sentence, text, value", [
    ("The agency backs new rules in place by the summer.", "summer", "2020-SU"),
    ("New rules by the fall, the agency says.", "fall", "2020-FA"),
])
def test_an_end_after_a_deadline_word_lies_at_or_after_publication(sentence, text, value):
    t = timex(analyze(sentence), text)
    assert t.value == value and "deadline" in t.explanation


@pytest.mark.parametrize("sentence, text, value", [
    # a past clause keeps the end after "by" behind; without a deadline word, the nearest one
    ("By the summer, the virus had spread across the region.", "summer", "2019-SU"),
    ("The festival took place in the summer.", "summer", "2019-SU"),
])
def test_an_end_after_by_in_a_past_clause_or_no_deadline_stays_behind(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


# ---------------------------------------------------------------- "year-end" as a modifier
@pytest.mark.parametrize("sentence", [
    "Workers got a year-end bonus.",
    "The company will pay a month-end dividend.",
    "One year-end review said sales rose.",
])
def test_a_unit_before_a_hyphen_and_end_is_no_duration(sentence):
    assert not [t for t in analyze(sentence).timexes if t.type == "DURATION"]


@pytest.mark.parametrize("sentence, text", [
    # a spaced dash parts the unit from the next words; "year-long" tells how long
    ("He waited a year - end of story.", "a year"),
    ("A year-long probe ended.", "A year"),
])
def test_a_unit_not_glued_to_end_stays_a_duration(sentence, text):
    assert timex(analyze(sentence), text).value == "P1Y"


def test_year_end_after_by_is_the_end_of_the_current_year():
    t = timex(analyze("The plant will close by year-end."), "year-end")
    assert t.value == str(PUB.year)


# ---------------------------------------------------------------- "the day before" a day given after it
@pytest.mark.parametrize("sentence, text, value", [
    ("The day before the vote on Sunday, the minister spoke.", "The day before", "2019-12-28"),
    ("Police arrived the day after the attack on Friday.", "the day after", "2019-12-28"),
    ("Shops reopened the day after Christmas.", "the day after", "2019-12-26"),
])
def test_the_day_before_its_object_is_counted_from_the_object_s_day(sentence, text, value):
    t = timex(analyze(sentence), text)
    assert t.value == value and t.anchor != "published"


@pytest.mark.parametrize("sentence, text, day", [
    # a comma parts the day from the expression: that day is the day after itself, no object
    ("Talks were held on Friday. The day after, on Sunday, police came.", "The day after", "Sunday"),
    # "and" starts another clause: Monday is the day of leaving, not of the summit
    ("He arrived the day before the summit and left on Monday.", "the day before", "Monday"),
])
def test_a_day_set_off_by_a_comma_is_not_the_object_of_the_day_after(sentence, text, day):
    a = analyze(sentence)
    assert timex(a, text).anchor != timex(a, day).id


@pytest.mark.parametrize("sentence", [
    "The road will be closed from 10 p.m. Monday to 5 a.m. Tuesday.",
    # with no day of its own, an end earlier in the day than its start falls on the day after
    "The road will be closed from 10 p.m. Monday to 5 a.m.",
])
def test_a_span_from_a_clock_time_and_its_day_links_past_that_day(sentence):
    a = analyze(sentence, published="2024-03-20")      # a Wednesday: Monday and Tuesday both ahead
    start, end = timex(a, "10 p.m."), timex(a, "5 a.m.")
    monday = timex(a, "Monday").value
    nxt = (date.fromisoformat(monday) + timedelta(days=1)).isoformat()
    assert start.range["with"] == end.id and end.range["with"] == start.id
    assert start.range["interval"] == [f"{monday}T22:00:00", f"{nxt}T05:00:59"]
    assert end.value == f"{nxt}T05:00"


def test_a_span_from_a_clock_time_and_its_day_to_a_day_is_not_linked():
    # "to Friday" is no clock time: no span from "9 a.m." to it
    a = analyze("Shops will open from 9 a.m. Monday to Friday.")
    assert timex(a, "9 a.m.").range is None


# ------------------------------------------- the day of the story, for a time with no day
def test_a_past_clock_time_with_no_day_takes_the_last_evening_told_before():
    a = analyze("A landslide blocked the line on Friday evening, officials said on Saturday morning.\n\n"
                "The train hit the rocks at about 8:40 p.m.")
    t, evening = timex(a, "about 8:40 p.m."), timex(a, "Friday evening")
    assert evening.value == "2019-12-27TEV"
    assert t.value == "2019-12-27T20:40" and t.anchor == evening.id


def test_a_clock_time_in_a_quotation_keeps_the_publication_day():
    a = analyze("Talks broke down on Sunday night.\n\n"
                '"I got here at 5 a.m. and nobody can tell me anything," a passenger said.')
    assert timex(a, "5 a.m.").value == f"{PUB.isoformat()}T05:00"


@pytest.mark.parametrize("sentence, text, value", [
    # a midnight with its day written apart closes that day, as "midnight Saturday" does
    ("The shooting happened shortly before midnight Saturday.", "shortly before midnight", "2019-12-29T00:00"),
    # ... but after "after" it opens it
    ("He arrived shortly after midnight Saturday.", "shortly after midnight", "2019-12-28T00:00"),
    # a clock time written in digits is that day's
    ("The bar closed at 00:00 on Saturday.", "00:00", "2019-12-28T00:00"),
])
def test_a_midnight_word_with_its_day_closes_that_day(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


def test_have_until_gives_a_time_left_ahead():
    assert timex(analyze("The company has until Friday to respond."), "Friday").value == next_one(5).isoformat()
    assert timex(analyze("He had until Friday to respond."), "Friday").value == most_recent(5).isoformat()


def test_the_punctuation_of_a_clock_time_is_no_clause_break_for_the_day_after_it():
    a = analyze("Lawmakers have until 11:59 p.m. on Friday to send a bill to the president.")
    friday = next_one(5).isoformat()
    assert timex(a, "Friday").value == friday and timex(a, "11:59 p.m.").value == f"{friday}T23:59"


def test_a_weekday_slip_near_publication_keeps_the_date_as_written():
    a = chronique.analyze("The vote will take place on Sunday, June 14.", published="2025-06-11", lang="en")
    assert timex(a, "Sunday, June 14").value == "2025-06-14"
    assert next(i for i in a.issues if i.kind == "weekday-date mismatch").suggested == "2025-06-15"


@pytest.mark.parametrize("sentence, value", [
    ("The vote is scheduled for the 12th.", "2020-01-12"),
    ("Prices rose for the 12th consecutive month.", None),
    ("He won for the 3rd time.", None),
])
def test_for_the_nth_is_a_day_of_the_month_unless_an_ordinal(sentence, value):
    found = [t.value for t in analyze(sentence).timexes]
    assert found == ([value] if value else [])


# published on Monday 22 December 2025
@pytest.mark.parametrize("sentence, text, value", [
    ("Oravec said the snow should end by Thursday.", "Thursday", "2025-12-25"),
    ("Delta said it would waive change fees for passengers scheduled to fly through affected airports "
     "between Tuesday and Friday.", "Tuesday", "2025-12-23"),
])
def test_should_and_a_participle_after_a_preposition_leave_a_plan_ahead(sentence, text, value):
    assert timex(analyze(sentence, "2025-12-22"), text).value == value


def test_shut_is_a_past_where_nothing_else_tells_the_tense():
    a = analyze("Johnson said Republicans would not negotiate, deepening a standoff that shut down agencies "
                "early Wednesday.", "2025-10-02")
    assert timex(a, "early Wednesday").value == "2025-10-01"
    assert timex(analyze("The government will shut down agencies on Wednesday.", "2025-10-02"),
                 "Wednesday").value == "2025-10-08"


@pytest.mark.parametrize("sentence", [
    "A powerful winter storm is expected to dump 2 feet of snow.",
    "Tickets for the Winter Olympics go on sale in March.",
])
def test_a_season_word_before_a_noun_it_qualifies_is_no_time(sentence):
    assert not [t for t in analyze(sentence).timexes if t.value.endswith(("WI", "SU"))]


def test_a_quarter_in_a_sentence_of_a_game_is_no_quarter_of_the_year():
    assert analyze("Philadelphia led 24-0 at halftime and 34-0 late in the third quarter.").timexes == []
    assert timex(analyze("The index gained 50 points in the third quarter."), "the third quarter").value == "2019-Q3"


@pytest.mark.parametrize("sentence, text, value", [
    ("Reyes moved $48 million to the Bahamas between March and October 2022.", "March", "2022-03"),
    ("Reyes moved $48 million from November to March 2022.", "November", "2021-11"),
])
def test_the_first_month_of_a_span_takes_the_year_of_the_second(sentence, text, value):
    assert timex(analyze(sentence, "2025-06-10"), text).value == value


@pytest.mark.parametrize("sentence, day, value", [
    # published Wednesday 20 September 2023: each day takes the tense of its own clause
    ("Police arrested 20 people on Sunday and will release them on Friday.", "Sunday", "2023-09-17"),
    ("Police arrested 20 people on Sunday and will release them on Friday.", "Friday", "2023-09-22"),
    ("Rebels seized the town on Saturday and are expected to advance on the capital.", "Saturday", "2023-09-16"),
    ("The airline said it would operate a reduced schedule through Thursday and urged passengers to stay "
     "home.", "Thursday", "2023-09-21"),
    # before the expression, "and" may share a verb: "will" is the tense of "meet"
    ("The envoy will arrive in Paris and meet the president on Friday.", "Friday", "2023-09-22"),
])
def test_a_clause_opened_by_and_after_a_date_does_not_give_it_its_tense(sentence, day, value):
    assert timex(analyze(sentence, "2023-09-20"), day).value == value


@pytest.mark.parametrize("sentence, mod", [
    ("The trial lasted more than four months.", "MORE_THAN"),
    ("The talks lasted less than two hours.", "LESS_THAN"),
    ("The strike lasted at least three weeks.", "EQUAL_OR_MORE"),
    ("The trial lasted about four months.", "APPROX"),
    ("The trial lasted four months.", None),
])
def test_a_duration_keeps_the_timeml_modifier_of_its_quantifier(sentence, mod):
    [t] = analyze(sentence).timexes
    assert t.type == "DURATION" and t.mod == mod


@pytest.mark.parametrize("sentence", [
    "The crowd broke through police lines shortly after lawmakers passed the bill.",
    "The crowd broke through police lines soon after the vote.",
])
def test_soon_or_shortly_after_another_happening_is_no_time_of_its_own(sentence):
    assert analyze(sentence, "2024-06-26").timexes == []


def test_soon_alone_still_points_ahead():
    [t] = analyze("He will leave soon.", "2024-06-26").timexes
    assert t.value == "FUTURE_REF"


@pytest.mark.parametrize("sentence, value", [
    # published Monday 18 September 2023
    ("The union will walk out if a deal is not reached by Friday.", "2023-09-22"),
    ("The deal was not reached on Friday.", "2023-09-15"),
])
def test_a_negated_present_passive_is_no_past(sentence, value):
    assert timex(analyze(sentence, "2023-09-18"), "Friday").value == value


@pytest.mark.parametrize("sentence", [
    "Cook's lawyer, Ian Winter, told the court.",
    "Jane Winter said so.",
    "Brian June spoke.",
])
def test_a_month_or_season_word_after_a_given_name_is_a_surname(sentence):
    assert analyze(sentence, "2022-12-13").timexes == []


def test_a_day_and_month_before_a_name_stay_a_date():
    [t] = analyze("On 3 June Paul arrived.", "2022-12-13").timexes
    assert t.value == "2022-06-03"


@pytest.mark.parametrize("sentence, word, isoweekday", [
    ("The storm tore across Florida overnight.", "overnight", None),
    ("The fire swept through the town overnight.", "overnight", None),
    ("Troops withdrew from the town on Friday.", "Friday", 5),
    ("The ferry sank off the coast on Sunday.", "Sunday", 7),
])
def test_an_irregular_past_verb_looks_back(sentence, word, isoweekday):
    t = timex(analyze(sentence), word)
    if isoweekday is None:
        assert t.value == f"{most_recent(1).isoformat()}TNI"
    else:
        assert t.value == most_recent(isoweekday).isoformat()


@pytest.mark.parametrize("sentence, word, ahead", [
    ("The authority asked airlines to cancel flights on Thursday.", "Thursday", True),
    ("The two sides agreed to meet on Thursday.", "Thursday", True),
    # the asking's own date, and an infinitive that happens with its verb
    ("The mayor asked for help on Thursday.", "Thursday", False),
    ("Police tried to stop the march on Thursday.", "Thursday", False),
    # a threat aims ahead through its infinitive; without one it is the day of the threat
    ("The union threatened to strike on Thursday.", "Thursday", True),
    ("The union threatens to walk out on Thursday.", "Thursday", True),
    ("He threatened reporters on Thursday.", "Thursday", False),
])
def test_a_verb_aiming_ahead_through_its_infinitive_dates_the_infinitive_ahead(sentence, word, ahead):
    t = timex(analyze(sentence), word)
    assert t.value == (next_one(4) if ahead else most_recent(4, include_today=False)).isoformat()


@pytest.mark.parametrize("published, sentence, word, value", [
    # a past copula before "unlikely" is the reported present of a prospect
    ("2026-03-20", "Diplomats said any measures were unlikely before April.", "April", "2026-04"),
    ("2024-12-04", "Aides said he was unlikely to name a new prime minister before the weekend.", "the weekend",
     "2024-W49-WE"),
    # a condition after the expression is another clause: the modal before it tells the tense
    ("2025-11-06", "Costs could fall as soon as December if inflation continued to ease.", "December", "2025-12"),
    # a past tense stays a past
    ("2026-03-20", "Officials said the border was closed in April.", "April", "2025-04"),
])
def test_a_judgement_of_likelihood_or_a_modal_before_a_condition_looks_ahead(published, sentence, word, value):
    a = analyze(sentence, published)
    assert timex(a, word).value == value
    assert [t.text for t in a.timexes] == [word]      # ("as soon as": a conjunction, no "soon")


@pytest.mark.parametrize("sentence, ahead", [
    # a day declared for a date lies ahead; a declaration on a day is that day's
    ("The mayor declared a day of mourning for Friday.", True),
    ("The governor declared a state of emergency on Friday.", False),
])
def test_a_declaration_for_a_day_aims_ahead(sentence, ahead):
    t = timex(analyze(sentence, "2025-08-07"), "Friday")
    assert t.value == ("2025-08-08" if ahead else "2025-08-01")


@pytest.mark.parametrize("sentence, text, value", [
    # a part of a part of the day, a moment named after "at", a part of the day after "throughout" or "by"
    ("By early afternoon, the crowd had grown to several thousand.", "early afternoon", "2025-08-07TAF"),
    ("Protesters had gathered by mid-morning.", "mid-morning", "2025-08-07TMO"),
    ("Police moved in at dawn on Saturday.", "dawn on Saturday", "2025-08-02TMO"),
    ("They fought until the evening.", "the evening", "2025-08-07TEV"),
])
def test_parts_of_parts_of_the_day_and_moments_after_at(sentence, text, value):
    assert [(t.text, t.value) for t in analyze(sentence, "2025-08-07").timexes] == [(text, value)]


def test_the_dawn_of_an_era_is_no_time_of_day():
    assert analyze("It marked the dawn of a new era.", "2025-08-07").timexes == []


@pytest.mark.parametrize("sentence, text", [
    # "late on Tuesday", "early on Monday": one expression, the day's
    ("The WHO said late on Tuesday it had shipped 2,000 doses of vaccine.", "late on Tuesday"),
    ("The blade failed early on Monday.", "early on Monday"),
])
def test_early_or_late_on_a_weekday_is_one_expression(sentence, text):
    [t] = analyze(sentence, "2025-03-12").timexes
    assert (t.text, t.value) == (text, "2025-03-11" if "Tuesday" in text else "2025-03-10")


def test_a_day_right_after_the_verb_of_saying_dates_the_saying_not_the_words():
    [c] = analyze("The WHO said late on Tuesday it had shipped 2,000 doses of vaccine.", "2025-03-12").claims
    assert (c["content"]["text"], c["time"]["value"]) == ("it had shipped 2,000 doses of vaccine", "2025-03-11")


@pytest.mark.parametrize("published, text, clock, value", [
    # the small hours after a day told late or an evening of its own day fall on the next day
    ("2025-06-18", "A man was shot late on Sunday. He was pronounced dead shortly after midnight.",
     "shortly after midnight", "2025-06-16T00:00"),
    ("2025-06-18", "A man was shot on Sunday evening. He was pronounced dead shortly after midnight.",
     "shortly after midnight", "2025-06-16T00:00"),
    # a clock time after a sentence naming the day of the happening and the day of saying: the happening's
    ("2025-08-13", "A fire broke out on Tuesday afternoon, firefighters said on Wednesday. It started at about "
                   "3:10 p.m. near the motorway.", "about 3:10 p.m.", "2025-08-12T15:10"),
])
def test_a_clock_time_takes_the_day_of_the_happening_told_before(published, text, clock, value):
    assert timex(analyze(text, published), clock).value == value


@pytest.mark.parametrize("sentence, texts", [
    # digits glued to a letter are a code, no year; "a second," before a comparative is the ordinal
    ("The drills, called Joint Sword-2024B, began on Monday.", ["Monday"]),
    ("A second, smaller U.S. strike hit a Houthi radar site on Saturday.", ["Saturday"]),
    ("The theater was built in the 1920s.", ["the 1920s"]),
])
def test_codes_and_ordinals_are_no_time(sentence, texts):
    assert [t.text for t in analyze(sentence, "2024-01-16").timexes] == texts


@pytest.mark.parametrize("sentence, text, value", [
    # the first such day after the day told last, not the Tuesday after publication (7 January)
    ("Lawmakers are due back on January 13. A vote could come as early as the following Tuesday.",
     "the following Tuesday", "2020-01-14"),
    ("Talks resumed on December 16 and collapsed the following Tuesday evening.",
     "the following Tuesday evening", "2019-12-17TEV"),
    # before it: the Friday before Sunday 22 December, not the one before publication (27 December)
    ("The truce collapsed on December 22. The previous Friday, rebels had shelled the port.",
     "The previous Friday", "2019-12-20"),
    # with no day told before it, the first such day after publication
    ("A vote could come as early as the following Tuesday.", "the following Tuesday", "2020-01-07"),
])
def test_the_following_or_previous_weekday_counts_from_the_day_told_last(sentence, text, value):
    t = timex(analyze(sentence), text)
    assert t.value == value


@pytest.mark.parametrize("sentence, expected", [
    # the modifier before two weekdays joined is both days', and the two run forward (published Tuesday
    # 31 December 2019: "Wednesday" alone, ahead, is 1 January)
    ("NATO ministers will meet in Brussels next Tuesday and Wednesday.",
     [("next Tuesday", "2020-01-07"), ("Wednesday", "2020-01-08")]),
    # ("last Monday" alone is 30 December, "Tuesday" in a past clause 31 December)
    ("Clashes broke out last Monday and Tuesday.", [("last Monday", "2019-12-23"), ("Tuesday", "2019-12-24")]),
    # a part of the day in the singular is the second day's
    ("They will meet next Saturday and Sunday evening.",
     [("next Saturday", "2020-01-04"), ("Sunday evening", "2020-01-05TEV")]),
])
def test_two_weekdays_joined_share_the_modifier_before_them(sentence, expected):
    assert [(t.text, t.value) for t in analyze(sentence).timexes] == expected


@pytest.mark.parametrize("sentence, text, value", [
    # the day before the announcement (Monday 30 December), not the day before the vote to come
    ("The prime minister said on Tuesday she would call a confidence vote on Thursday. The day before, "
     "the president had said the bill must pass.", "The day before", "2019-12-30"),
    ("She said on Monday that talks would resume on Friday. Two days earlier, rebels had shelled the port.",
     "Two days earlier", "2019-12-28"),
    # a future clause may still count from a day to come
    ("The vote will be held on Thursday. The day after, the assembly will adjourn.",
     "The day after", "2020-01-03"),
])
def test_a_past_day_told_relative_to_another_is_not_counted_from_a_day_to_come(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence, text, value", [
    # "of" joins the month to a year after it, or to nothing of the date
    ("He was convicted in November of passing secrets to Moscow.", "November", "2019-11"),
    ("He was convicted in November of 2018.", "November of 2018", "2018-11"),
])
def test_of_after_a_month_belongs_to_the_date_only_before_a_year(sentence, text, value):
    assert [(t.text, t.value) for t in analyze(sentence).timexes] == [(text, value)]


@pytest.mark.parametrize("sentence, text, value", [
    # a fear or a forecast looks ahead (published Tuesday 31 December 2019) ...
    ("The prefect, who fears a return of the wind on Sunday, said the situation was unstable.", "Sunday",
     "2020-01-05"),
    ("The service predicts heavy snow on Thursday.", "Thursday", "2020-01-02"),
])
def test_a_day_feared_or_predicted_lies_ahead(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


def test_forecast_a_past_as_well_points_nowhere():
    # "forecast" is also a past: published 31 July 2024, the May of the forecast is behind
    a = analyze("Government crop agency Conab, which in May forecast a 2024 crop of 58.1 million bags, cut its "
                "estimate.", published="2024-07-31")
    assert timex(a, "May").value == "2024-05"


def test_a_part_of_the_day_after_a_night_is_on_the_day_the_night_ends_in():
    a = analyze("On Friday night, 800 firefighters were deployed. In the morning, the wind dropped.")
    assert timex(a, "the morning").value == "2019-12-28TMO"


@pytest.mark.parametrize("sentence, text, value", [
    # a part of the day after "the next": that part of the day after the day told
    ("The ship was hit on Monday. The next morning, it sank.", "The next morning", "2019-12-31TMO"),
    # "earlier in the day": the day told before, not the publication day
    ("The vote took place on Sunday. Earlier in the day, turnout was low.", "Earlier in the day", "2019-12-29"),
])
def test_next_morning_and_earlier_in_the_day_follow_the_day_told(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence, word, value", [
    # a day with no year in a sentence told in an earlier year: that year, not the one before publication
    ("In 2016, the strike began on Dec. 24.", "Dec. 24", "2016-12-24"),
    # after an opening month, the nearest such day to it: the January after December
    ("In December 2016, the strike began on Dec. 24 and ended on Jan. 5.", "Jan. 5", "2017-01-05"),
    ("Back in 2016, the plant closed in March.", "March", "2016-03"),
])
def test_a_sentence_opening_on_a_written_year_dates_its_days_with_no_year(sentence, word, value):
    t = timex_containing(analyze(sentence), word)
    assert t.value == value
    assert t.anchor != "published"


def test_a_year_inside_the_sentence_frames_nothing():
    # "founded in 1998" is an aside: the day of the saying keeps the year before publication
    t = timex_containing(analyze("The company, founded in 1998, said on Dec. 12 it would close."), "Dec. 12")
    assert t.value == "2019-12-12"


@pytest.mark.parametrize("sentence, text, value", [
    # Easter 2020 (Sunday 12 April) lies ahead: its weekend
    ("The Easter weekend will be busy on the roads.", "Easter weekend", "2020-W15-WE"),
    # Thanksgiving (Thursday 28 November 2019) opens the weekend after it
    ("Traffic was heavy over the Thanksgiving weekend.", "Thanksgiving weekend", "2019-W48-WE"),
])
def test_the_weekend_of_a_holiday_is_one_expression(sentence, text, value):
    t = timex(analyze(sentence), text)
    assert (t.value, t.type) == (value, "DATE")


@pytest.mark.parametrize("sentence, text, value, first, last", [
    # a week of a month counts from its first day: 1-7, 8-14 ...; the last is its last seven days
    ("The rains came in the last week of May.", "the last week of May", "2019-05", date(2019, 5, 25), date(2019, 5, 31)),
    ("The vote is set for the second week of April.", "the second week of April", "2020-04",
     date(2020, 4, 8), date(2020, 4, 14)),
    ("The last week in May 2023 was wet.", "The last week in May 2023", "2023-05", date(2023, 5, 25), date(2023, 5, 31)),
    # the month of publication: its first week is behind publication, so a past clause keeps it ...
    ("We met in the first week of December.", "the first week of December", "2019-12",
     date(2019, 12, 1), date(2019, 12, 7)),
    # ... and a future clause takes the next December's
    ("We will meet again in the first week of December.", "the first week of December", "2020-12",
     date(2020, 12, 1), date(2020, 12, 7)),
    # a month with no fifth week: the whole month
    ("The fifth week of February 2023 was cold.", "The fifth week of February 2023", "2023-02",
     date(2023, 2, 1), date(2023, 2, 28)),
])
def test_a_week_of_a_month_is_one_expression_drawn_as_its_seven_days(sentence, text, value, first, last):
    t = timex(analyze(sentence), text)
    assert (t.value, t.interval) == (value, day_interval(first, last))


def test_a_week_of_something_else_is_no_week_of_a_month():
    assert [t.text for t in analyze("The second week of the trial began.").timexes] == []


@pytest.mark.parametrize("sentence, text, value, first", [
    # "the past year" is the year up to publication, as "the past two years" is two
    ("Prices rose 5% over the past year.", "the past year", "P1Y", date(2018, 12, 31)),
    ("In the past week, 40 people died in the clashes.", "the past week", "P1W", date(2019, 12, 24)),
    ("The last month has been hard for the miners.", "The last month", "P1M", date(2019, 11, 30)),
])
def test_the_past_unit_is_the_span_up_to_publication(sentence, text, value, first):
    t = timex(analyze(sentence), text)
    assert (t.type, t.value, t.interval) == ("DURATION", value, day_interval(first, PUB))


def test_last_year_without_article_stays_the_calendar_year():
    t = timex(analyze("Last year, prices rose."), "Last year")
    assert (t.type, t.value) == ("DATE", "2018")


def test_the_last_year_of_something_is_not_the_span_up_to_publication():
    # "the last year of his life" is the final year of another span, not the year before publication
    t = timex_containing(analyze("In the last year of his life, he wrote two novels."), "last year")
    assert t.type != "DURATION" and t.value != "P1Y"


@pytest.mark.parametrize("sentence, text, value", [
    # "forecasts" as the object of a verb or after a determiner is a noun, no plan of the clause: the first
    # quarter behind publication (31 December 2019), not the coming one
    ("Revenue in the first quarter beat forecasts, the company said.", "the first quarter", "2019-Q1"),
    ("Sales in the first quarter came in above analysts' forecasts.", "the first quarter", "2019-Q1"),
    ("Profit in the first quarter missed the forecasts.", "the first quarter", "2019-Q1"),
])
def test_forecasts_as_a_noun_does_not_make_the_clause_look_ahead(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


def test_forecasts_as_a_verb_still_looks_ahead():
    # "The agency forecasts rain on Friday": the coming Friday (3 January 2020)
    assert timex(analyze("The agency forecasts rain on Friday."), "Friday").value == "2020-01-03"


@pytest.mark.parametrize("sentence, text, value, first, last, anchor_text", [
    # a duration counted from a day written after "before" keeps its TimeML value but is drawn up to that day
    ("The strike began two days before Christmas.", "two days", "P2D", date(2019, 12, 23), date(2019, 12, 25),
     "Christmas"),
    # ... from it, after "after", the day a few words on ("after the vote on ...")
    ("He resigned three days after the vote on December 2.", "three days", "P3D", date(2019, 12, 2),
     date(2019, 12, 5), "December 2"),
])
def test_a_duration_before_or_after_a_day_is_drawn_from_that_day(sentence, text, value, first, last, anchor_text):
    a = analyze(sentence)
    t = timex(a, text)
    assert (t.type, t.value, t.interval) == ("DURATION", value, day_interval(first, last))
    assert t.anchor == timex(a, anchor_text).id


def test_a_duration_parted_from_a_day_by_a_comma_is_still_drawn_from_publication():
    t = timex(analyze("He left three days before, on Friday."), "three days")
    assert t.interval == day_interval(PUB - timedelta(days=3), PUB)


@pytest.mark.parametrize("sentence, text, value", [
    # a verb keeping a state in force: the end after "until" lies ahead, whatever its tense (Tuesday 31
    # December 2019: the coming Saturday is 4 January 2020)
    ("The agency kept the storm warning in place until Saturday.", "Saturday", "2020-01-04"),
    ("Officials suspended all flights until Saturday.", "Saturday", "2020-01-04"),
    ("The city banned gatherings until Saturday.", "Saturday", "2020-01-04"),
    # no state kept in force: a past
    ("He was held until Saturday.", "Saturday", "2019-12-28"),
    # the same verbs with no "until" are pasts as before
    ("Shares of the company closed on Saturday at $45.75.", "Saturday", "2019-12-28"),
    ("The airline suspended flights on Saturday.", "Saturday", "2019-12-28"),
])
def test_the_end_of_a_state_kept_in_force_lies_ahead(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence, value", [
    # a possibility not ruled out lies ahead (the coming Monday, 6 January 2020) ...
    ("Forecasters do not rule out new storms on Monday.", "2020-01-06"),
    # ... not the act of ruling out, nor the noun "rules"
    ("The minister ruled out a resignation on Monday.", "2019-12-30"),
    ("The new rules were adopted on Monday.", "2019-12-30"),
])
def test_a_possibility_not_ruled_out_lies_ahead(sentence, value):
    assert timex(analyze(sentence), "Monday").value == value


@pytest.mark.parametrize("sentence, text, value", [
    # a hope looks ahead like a plan (published Tuesday 31 December 2019)
    ("Republican leaders have said they hope to pass the bill before the August recess.", "August", "2020-08"),
    ("They are hoping for a deal by the end of March.", "March", "2020-03"),
    # the noun in a past clause stays past
    ("Hope faded in August when the talks collapsed.", "August", "2019-08"),
])
def test_a_hope_looks_ahead(sentence, text, value):
    assert timex_containing(analyze(sentence), text).value == value


def test_a_state_told_with_a_copula_takes_the_copulas_tense_not_the_act_of_keeping_it():
    # "were closed until Friday": a past state; "closed schools until Friday": an act whose state runs on
    assert timex(analyze("Schools were closed until Friday."), "Friday").value == "2019-12-27"
    assert timex(analyze("The governor closed schools until Friday."), "Friday").value == "2020-01-03"


def test_a_sentence_told_then_keeps_the_year_of_the_one_before():
    a = analyze("In 2016, a similar strike began on Dec. 23. The company then paid a bonus in early January.")
    assert timex(a, "early January").value == "2017-01"


@pytest.mark.parametrize("sentence, text, value", [
    ("Sales will rise in the second half of the current year.", "the second half of the current year", "2019-H2"),
    ("Sales rose in the first quarter of the current year.", "the first quarter of the current year", "2019-Q1"),
])
def test_a_part_of_the_current_year_is_one_expression(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence, text, first, last", [
    # a span ending with the month or day written after "to" / "through": drawn as those months
    ("Profit rose in the three months to September.", "three months", date(2019, 7, 1), date(2019, 9, 30)),
    ("Sales fell in the nine months through September.", "nine months", date(2019, 1, 1), date(2019, 9, 30)),
    ("Prices rose 5% in the 12 months to March 31.", "12 months", date(2018, 4, 1), date(2019, 3, 31)),
])
def test_a_span_to_a_month_is_drawn_ending_with_it(sentence, text, first, last):
    t = timex(analyze(sentence), text)
    assert (t.type, t.interval) == ("DURATION", day_interval(first, last))


def test_a_duration_to_an_infinitive_is_not_drawn_from_a_date():
    t = timex(analyze("He has three days to respond."), "three days")
    assert t.anchor == "published"


@pytest.mark.parametrize("sentence, text, first, last", [
    # the first months of a year: drawn from its start
    ("In the first nine months of the year, sales fell.", "the first nine months of the year",
     date(2019, 1, 1), date(2019, 9, 30)),
    # with a written year: two expressions, as TimeML marks them, the first drawn within the second
    ("Sales rose 5% in the first six months of 2017.", "the first six months", date(2017, 1, 1), date(2017, 6, 30)),
])
def test_the_first_months_of_a_year_are_drawn_from_its_start(sentence, text, first, last):
    t = timex(analyze(sentence), text)
    assert (t.type, t.interval) == ("DURATION", day_interval(first, last))


@pytest.mark.parametrize("sentence, value", [
    # a past copula before a judgement of likelihood, words of degree between: the prospect looks ahead
    # (published on 31 December 2019: the coming March)
    ("Officials said that a September cut was very likely.", "2020-09"),
    # the past of the verb of saying before "that" is another clause's
    ("The governor said last week that a September cut was likely.", "2020-09"),
    # ... but a past in the clause itself stays
    ("The governor said last week that the September figures were weak.", "2019-09"),
])
def test_a_prospect_reported_in_the_past_looks_ahead(sentence, value):
    assert timex(analyze(sentence), "September").value == value


@pytest.mark.parametrize("sentence, value", [
    # "can" tells a possibility ahead (published on Tuesday 31 December 2019: the coming Friday)
    ("Workers can return to work as early as Friday.", "2020-01-03"),
    ("Nobody can tell me if I'll get home on Friday.", "2020-01-03"),
])
def test_can_looks_ahead(sentence, value):
    assert timex(analyze(sentence), "Friday").value == value


@pytest.mark.parametrize("sentence, texts", [
    # money lent for one night: no night told
    ("The bank kept its key overnight rate unchanged at 2.25%.", []),
    ("Overnight index swaps priced in a cut.", []),
    # the night itself
    ("Overnight, troops shelled the town.", ["Overnight"]),
    ("Two firefighters suffered minor injuries overnight, the agency said.", ["overnight"]),
])
def test_overnight_before_a_noun_of_lending_is_no_night(sentence, texts):
    assert [t.text for t in analyze(sentence).timexes] == texts


def test_the_day_after_an_undated_happening_lies_in_the_year_of_its_sentence():
    a = analyze("He resigned in 2019, the day after the election.", "2024-11-19")
    t = timex(a, "the day after")
    assert (t.value, t.anchor) == ("2019", timex(a, "2019").id)
    # told alone, it is still the day after the day told before
    a = analyze("The vote was on March 3. The day after, he resigned.", "2024-11-19")
    assert timex(a, "The day after").value == "2024-03-04"


@pytest.mark.parametrize("published, value", [
    ("2024-06-09", "2024-W24"),     # a Sunday: nothing of its week is left, the next one
    ("2024-06-05", "2024-W23"),     # a Wednesday: the rest of this week
])
def test_later_this_week_is_what_is_left_of_it(published, value):
    assert timex(analyze("The talks will resume later this week.", published), "later this week").value == value


def test_the_week_before_last_and_this_time_last_year():
    a = analyze("They met the week before last, and sales rose 5% from this time last year.", "2024-06-12")
    assert timex(a, "the week before last").value == "2024-W22"
    assert timex(a, "this time last year").value == "2023"


def test_a_duration_from_a_day_is_drawn_from_that_day():
    a = analyze("The rule takes effect a week from Friday.", "2024-06-12")
    t = timex(a, "a week")
    assert (t.value, t.interval[0][:10], t.interval[1][:10]) == ("P1W", "2024-06-14", "2024-06-21")


def test_a_tense_after_a_subordinator_is_not_the_expressions():
    # the floods' past is another clause's: "will suspend" tells the future of Oct. 15
    a = analyze("Cambodia will suspend exports of white rice for three months from Oct. 15 to protect domestic "
                "supplies after floods destroyed a fifth of the crop.", "2024-10-09")
    assert timex(a, "Oct. 15").value == "2024-10-15"


@pytest.mark.parametrize("text", [
    "Two men carried out the attack and fled to Belarus shortly afterwards.",
    "Soon afterwards, police sealed off the station.",
])
def test_shortly_or_soon_afterwards_is_the_time_of_another_happening_not_a_future(text):
    assert [t.text for t in analyze(text, "2025-11-19").timexes] == []


def test_shortly_alone_is_still_the_near_future():
    assert timex(analyze("The talks will resume shortly.", "2025-11-19"), "shortly").value == "FUTURE_REF"


def test_a_count_of_weeks_is_not_drawn_from_the_month_of_a_sentence_before():
    a = analyze("The line reopened on Monday afternoon. Poland closed the consulate in Krakow in May.\n\n"
                "The same group had tried to derail a train two weeks earlier, prosecutors said.", "2025-11-19")
    assert timex(a, "two weeks earlier").value == "2025-W45"        # two weeks before Monday 17 November
    a = analyze("Prices fell in September. Prices rose to $585 from $560 a week earlier, traders said.",
                "2024-10-09")
    assert timex(a, "a week earlier").value == "2024-W40"           # a week before publication


def test_a_night_in_the_pluperfect_is_that_of_the_day_told_before():
    a = analyze("On June 13, 2016, the attacker killed a police officer. He had been shot dead in the night by "
                "special forces.", "2023-10-06")
    assert timex(a, "the night").value == "2016-06-13TNI"


@pytest.mark.parametrize("sentence, text, value", [
    ("He returned at 8 o'clock in the evening.", "8 o'clock in the evening", f"{PUB.isoformat()}T20:00"),
    ("It happened at 3 in the afternoon.", "3 in the afternoon", f"{PUB.isoformat()}T15:00"),
    ("The vote took place at 10 in the morning on Monday.", "10 in the morning", "2019-12-30T10:00"),
])
def test_an_hour_with_its_half_of_the_day_is_one_clock_time(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


def test_a_bare_count_before_in_the_morning_is_no_clock_time():
    # only "at" makes a bare number an hour: "arrested 3 in the morning raid" counts people
    a = analyze("Police arrested 3 in the morning raid.")
    assert not any(t.text.startswith("3") for t in a.timexes)


def test_a_commitment_to_act_points_ahead_through_its_infinitive():
    a = analyze("We have secured a firm commitment to raise output by 20% in the second quarter.",
                published="2025-02-14")
    assert timex(a, "the second quarter").value == "2025-Q2"


def test_a_commitment_without_infinitive_leaves_the_tense_to_the_verb():
    a = analyze("The pledge made on Thursday was broken.")
    assert timex(a, "Thursday").value == "2019-12-26"


@pytest.mark.parametrize("sentence, text, value", [
    ("The Thanksgiving holiday is next week.", "Thanksgiving", "2025-11-27"),
    ("The Easter break starts in April.", "Easter", "2026-04-05"),
])
def test_a_holiday_opening_the_sentence_before_a_word_of_a_period_is_dated(sentence, text, value):
    # nothing can stand before it; "holiday", "break" after it make it a time
    assert timex(analyze(sentence, published="2025-11-20"), text).value == value


def test_the_new_year_written_with_capitals_before_holiday_is_new_years_day():
    a = analyze("Talks will resume after the New Year holiday.")
    assert timex(a, "New Year").value == "2020-01-01"
    # written without capitals, the new year is the year
    assert timex(analyze("Talks will resume in the new year."), "new year").value == "2020"


def test_a_holiday_opening_the_sentence_before_another_noun_is_a_modifier():
    assert not analyze("Thanksgiving dinner was served at the embassy.").timexes


@pytest.mark.parametrize("sentence, text", [
    ("She said the site would reopen at 5 p.m. each day until at least Sunday.", "5 p.m."),
    ("The museum opens at 9 a.m. every day.", "9 a.m."),
])
def test_an_hour_of_every_day_is_a_recurrence_not_a_time_of_a_day_after(sentence, text):
    t = timex(analyze(sentence), text)
    assert t.type == "SET" and t.value.startswith("XXXX-XX-XXT")


def test_a_forecast_points_ahead_through_its_infinitive():
    # "was forecast to peak over the weekend" (published on a Tuesday: the weekend ahead)
    a = analyze("A heat wave was forecast to peak over the weekend.")
    assert timex(a, "the weekend").value == "2020-W01-WE"
    # the date of the forecasting itself stays behind
    assert timex(analyze("He predicted on Monday that prices would fall."), "Monday").value == "2019-12-30"


def test_the_day_after_an_undated_happening_told_in_the_past_is_no_day_after_publication():
    t = timex(analyze("The day after the vote, protests erupted across the capital."), "The day after")
    assert t.value == "PAST_REF"
    # with a day told before, it counts from that day; told ahead, from publication
    a = analyze("The vote was held on Sunday. The day after, protests erupted.")
    assert timex(a, "The day after").value == "2019-12-30"
    assert timex(analyze("The day after the vote, protests will erupt."), "The day after").value == "2020-01-01"


@pytest.mark.parametrize("sentence, text, value", [
    ("He spoke at 9 o'clock Monday night.", "9 o'clock", "2019-12-30T21:00"),
    ("He spoke at 9:30 Monday night.", "9:30", "2019-12-30T21:30"),
    # in the small hours a night's hour stays as it is, on the day after
    ("He spoke at 2 o'clock Monday night.", "2 o'clock", "2019-12-31T02:00"),
    # with no part of the day, the hour is as written
    ("He spoke at 9 o'clock Monday.", "9 o'clock", "2019-12-30T09:00"),
])
def test_a_twelve_hour_clock_takes_the_half_of_the_day_of_its_day(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence, text, value", [
    ("Some appointments have been pushed back to early April.", "early April", "2024-04"),
    ("The launch had been pushed back to June.", "June", "2023-06"),
])
def test_a_date_something_is_pushed_back_to_lies_ahead_unless_told_in_the_pluperfect(sentence, text, value):
    assert timex(analyze(sentence, published="2024-03-14"), text).value == value


@pytest.mark.parametrize("sentence, value", [
    ("The Fed is expected to keep its rates unchanged until at least September.", "2024-09"),
    ("The Fed kept its rates unchanged in September.", "2023-09"),
])
def test_an_adjective_ending_as_a_past_tells_no_tense(sentence, value):
    # "unchanged" is no past participle: the tense is the clause's verb's
    assert timex(analyze(sentence, published="2024-06-06"), "September").value == value


@pytest.mark.parametrize("sentence", [
    'The union vowed to hold "a series of rallies" on Friday.',
    'Customers will have access to their money "without interruption" on Friday, the agency said.',
])
def test_a_short_quotation_inside_the_clause_does_not_part_the_day_from_its_tense(sentence):
    assert timex(analyze(sentence, published="2024-01-25"), "Friday").value == "2024-01-26"


@pytest.mark.parametrize("sentence, value", [
    ("Cascade Power said it would keep the lines de-energized through at least Tuesday.", "2024-07-23"),
    ("The lines were de-energized on Tuesday.", "2024-07-16"),
])
def test_a_participle_attribute_of_an_object_tells_no_tense(sentence, value):
    # "keep the lines de-energized": the object's state, not a past
    assert timex(analyze(sentence, published="2024-07-21"), "Tuesday").value == value


@pytest.mark.parametrize("sentence, text, value", [
    ("It broke out in the early hours of Thursday.", "the early hours of Thursday", "2024-07-18"),
    ("It broke out in the small hours of Thursday.", "the small hours of Thursday", "2024-07-18"),
    ("The rally was held during the evening of Monday.", "the evening of Monday", "2024-07-15TEV"),
    ("He arrived on Thursday. He had left the previous evening.", "the previous evening", "2024-07-17TEV"),
    ("He left the previous morning.", "the previous morning", "2024-07-20TMO"),
])
def test_hours_and_parts_of_a_day_named_with_their_day(sentence, text, value):
    assert timex(analyze(sentence, published="2024-07-21"), text).value == value


@pytest.mark.parametrize("sentence, text, value", [
    ("Revenue rose 4% in the 12 months to March.", "March", "2024-03"),
    ("Inflation was 2% in the year to May.", "May", "2024-05"),
])
def test_the_month_closing_a_period_of_statistics_is_a_month(sentence, text, value):
    assert timex(analyze(sentence, published="2024-11-20"), text).value == value


def test_a_name_spelt_as_a_month_after_to_is_no_month():
    a = analyze("He spoke to May on Tuesday.", published="2024-11-20")
    assert [t.text for t in a.timexes] == ["Tuesday"]


@pytest.mark.parametrize("sentence, text, value", [
    ("The vote is on Sunday.", "Sunday", "2024-11-24"),
    ("The deadline is Friday.", "Friday", "2024-11-22"),
    # not a copula's date: a possessive, a span since
    ("The situation is calm after Monday's vote.", "Monday", "2024-11-18"),
    ("The toll is the highest since Sunday.", "Sunday", "2024-11-17"),
])
def test_a_present_copula_right_before_a_named_day_sets_it_ahead(sentence, text, value):
    assert timex(analyze(sentence, published="2024-11-20"), text).value == value


@pytest.mark.parametrize("sentence, text, value", [
    ("The judge granted an injunction, preventing the law from taking effect on Sept. 1 as scheduled.", "Sept. 1",
     "2024-09-01"),
    ("The law took effect on Sept. 1.", "Sept. 1", "2023-09-01"),
    # no plan after "since": the month nearest to publication, not the next one
    ("Since taking effect in March, the law has cut emissions.", "March", "2024-03"),
])
def test_a_law_taking_effect_on_a_date_is_ahead_unless_told_in_the_past(sentence, text, value):
    assert timex(analyze(sentence, published="2024-08-30"), text).value == value


@pytest.mark.parametrize("sentence, text, value", [
    ('"Nobody wants to strike before Christmas, but our members have been left with no choice," she said.',
     "Christmas", "2024-12-25"),
    ("He wanted to leave on Friday.", "Friday", "2024-11-15"),
])
def test_a_wish_aims_ahead(sentence, text, value):
    assert timex(analyze(sentence, published="2024-11-21"), text).value == value


def test_earlier_closing_a_compound_adjective_is_no_time():
    assert [t.text for t in analyze("Profit fell from the year-earlier period.").timexes] == []
    assert [t.value for t in analyze("The talks ended earlier.").timexes] == ["PAST_REF"]


@pytest.mark.parametrize("sentence, text, value", [
    ("He passed information between May and August last year.", "May", "2024-05"),
    ("It happened in May and June 2022.", "May", "2022-05"),
    ("They met in March and again in May last year.", "March", "2024-03"),
    ("It happened in January, February and March 2020.", "January", "2020-01"),
    ("It happened on May 3 and on June 5, 2022.", "May 3", "2022-05-03"),
    # out of calendar order, or joined by more than a list's words: no year shared
    ("It happened in December and January 2022.", "December", "2024-12"),
    ("It rained in May, two weeks before the vote in June 2022.", "May", "2024-05"),
])
def test_a_list_of_months_shares_the_year_its_last_member_carries(sentence, text, value):
    assert timex(analyze(sentence, published="2025-03-04"), text).value == value


def test_a_shared_year_is_explained_by_the_member_that_carries_it():
    t = timex(analyze("It happened in May and June 2022.", published="2025-03-04"), "May")
    assert "'June 2022'" in t.explanation


@pytest.mark.parametrize("sentence, text, value", [
    ("Forecasters warned of life-threatening flooding through Friday.", "Friday", "2025-03-07"),
    ("The agency predicted heavy rain until Sunday.", "Sunday", "2025-03-09"),
    # the day of the warning itself stays behind
    ("Forecasters warned on Friday of flooding.", "Friday", "2025-02-28"),
    # a profit forecast is a noun: its span is no plan
    ("It cut its profit forecast for the second time in three months.", "three months", "P3M"),
])
def test_a_warning_of_a_state_until_a_day_aims_ahead(sentence, text, value):
    assert timex(analyze(sentence, published="2025-03-04"), text).value == value


@pytest.mark.parametrize("sentence, text, value", [
    ("We lost part of the roof around 3 in the morning.", "3 in the morning", "2025-03-04T03:00"),
    ("We lost part of the roof at 3 in the morning.", "3 in the morning", "2025-03-04T03:00"),
])
def test_an_hour_with_its_half_of_the_day_after_a_word_of_approximation(sentence, text, value):
    assert timex(analyze(sentence, published="2025-03-04"), text).value == value


def test_since_dawn_is_the_mornings_span():
    t = timex(analyze("The army has struck 300 targets since dawn.", published="2024-09-23"), "dawn")
    assert t.value == "2024-09-23TMO" and t.range["kind"] == "since"
    assert [x.text for x in analyze("Since the dawn of time, people fought.", published="2024-09-23").timexes] == []


@pytest.mark.parametrize("text, value", [
    ("A volcano erupted late on Monday, the office said.\n\nThe eruption began at 10:17 p.m., the office said.",
     "2023-12-18T22:17"),
    # the small hours after a day told late fall on the day after it
    ("He was shot late on Sunday.\n\nHe died at 1:20 a.m., police said.", "2023-12-18T01:20"),
    # a plain day holds no hour of its own: a market's time stays on the publication day
    ("Trading was quiet on Monday.\n\nThe index rose 1% at 3 p.m., brokers said.", "2023-12-19T15:00"),
])
def test_a_day_told_late_holds_the_evening_hours_told_after_it(text, value):
    a = analyze(text, published="2023-12-19")
    assert [t.value for t in a.timexes if t.text[0].isdigit()] == [value]


def test_a_day_in_the_story_is_not_counted_from_a_speakers_last_night():
    a = analyze("A ship struck the bridge early Tuesday. \"They saved lives last night,\" the governor said. "
                "Officials acknowledged later in the day that six workers were presumed dead.", published="2024-03-26")
    assert timex(a, "last night").value == "2024-03-25TNI"
    assert timex(a, "later in the day").value == "2024-03-26"


@pytest.mark.parametrize("sentence, text, value", [
    ("Hearings will be held every Tuesday at 2 p.m.", "2 p.m.", "XXXX-WXX-2T14:00"),
    ("The museum is open on Mondays from 9 a.m. to 5 p.m.", "5 p.m.", "XXXX-WXX-1T17:00"),
])
def test_a_clock_time_after_a_set_of_weekdays_is_that_hour_of_each(sentence, text, value):
    t = timex(analyze(sentence, published="2024-11-06"), text)
    assert (t.value, t.type) == (value, "SET")


@pytest.mark.parametrize("text, value", [
    ("A man stabbed six people at a Sydney mall on Saturday afternoon.\n\nThe attacker, identified by police on "
     "Sunday as Joel Cauchi, began his rampage at about 3:20 p.m., police said.", "2024-04-13T15:20"),
    ("A man stabbed six people on Saturday afternoon. The attacker, who was named on Sunday, struck at 3:20 p.m.",
     "2024-04-13T15:20"),
    # a fronted time set off by commas is the clause's own
    ("The attack began on Saturday, at about 3:20 p.m., police said.", "2024-04-13T15:20"),
])
def test_the_day_of_an_aside_about_a_noun_does_not_date_the_clock_time_of_its_clause(text, value):
    a = analyze(text, published="2024-04-14")
    assert [t.value for t in a.timexes if "3:20" in t.text] == [value]


def test_a_game_clock_is_the_time_left_and_its_quarter_no_calendar_quarter():
    a = analyze("Harrison Butker kicked a 57-yard field goal with 1:53 left in the fourth quarter to tie the game.",
                published="2024-02-12")
    assert [(t.text, t.value) for t in a.timexes] == [("1:53", "PT113S")]
    assert timex(analyze("The market closed at 4:00 left unchanged.", published="2024-02-12"), "4:00").value \
        == "2024-02-12T04:00"


def test_a_story_day_told_in_no_future_is_not_counted_from_a_day_to_come():
    a = analyze("Zelenskiy will attend the summit in person on Sunday, an official said.\n\nBiden announced a new "
                "package of sanctions against more than 300 individuals and entities later in the day.",
                published="2023-05-19")
    assert timex(a, "later in the day").value == "2023-05-19"


@pytest.mark.parametrize("sentence, value", [
    ("An excessive heat warning runs through 8 p.m. Sunday, the weather service said.", "2023-07-23"),
    ("The warning is in effect until 8 p.m. Sunday.", "2023-07-23"),
    # a past clause keeps it behind
    ("The warning was in effect until 8 p.m. Sunday.", "2023-07-16"),
])
def test_the_day_of_a_clock_time_ending_a_span_ends_it_too(sentence, value):
    assert timex(analyze(sentence, published="2023-07-18"), "Sunday").value == value


@pytest.mark.parametrize("sentence, value", [
    ("He will be formally proclaimed monarch by the Accession Council at St James's Palace on Saturday at 10 a.m.",
     "2022-09-10"),
    # a past further back does not count: the window's default stays
    ("He was formally proclaimed monarch by the Accession Council at St James's Palace on Saturday at 10 a.m.",
     "2022-09-03"),
])
def test_the_auxiliary_of_a_future_beyond_the_window_sets_the_tense_of_a_day_with_no_marker_near(sentence, value):
    assert timex(analyze(sentence, published="2022-09-09"), "Saturday").value == value


def test_a_clock_time_and_its_conversion_in_brackets_take_the_day_written_after_both():
    a = analyze("At a briefing on Tuesday afternoon, Frederick said about 40 hours remained, which would mean the air "
                "could run out around 7 a.m. EDT (1100 GMT) on Thursday.", published="2023-06-21")
    assert timex(a, "around 7 a.m. EDT").value == "2023-06-22T07:00"
    assert timex(a, "1100 GMT").value == "2023-06-22T11:00"


@pytest.mark.parametrize("text, word, value", [
    ("\"Tonight, for the first time in our history, we will strike all three of the Big Three at once,\" UAW "
     "President Shawn Fain said in a Facebook Live address late Thursday.", "Tonight", "2023-09-14TNI"),
    ("Fain said late Thursday: \"Tonight we strike all three at once.\"", "Tonight", "2023-09-14TNI"),
    # words said on the publication day, or with no day told, count from publication
    ("\"We strike today,\" he said.", "today", "2023-09-15"),
    ("\"Today we strike,\" Fain said on Friday.", "Today", "2023-09-15"),
])
def test_a_speakers_today_or_tonight_counts_from_the_day_the_words_were_said(text, word, value):
    t = timex(analyze(text, published="2023-09-15"), word)
    assert t.value == value
    if value == "2023-09-14TNI":
        assert "the day the words were said" in t.explanation and t.anchor != "published"


def test_an_irregular_past_sets_the_night_just_gone():
    a = analyze("Thousands of people laid flowers outside royal residences overnight.", published="2022-09-09")
    assert timex(a, "overnight").value == "2022-09-08TNI"


def test_a_day_told_early_holds_the_morning_hours_told_after_it():
    a = analyze("The disruption began early Friday. The flawed file sent machines into a loop of crashes. "
                "CrowdStrike said it had reverted the update at 0527 GMT.", published="2024-07-20")
    assert timex(a, "0527 GMT").value == "2024-07-19T05:27"
    # an evening hour is not the early day's
    a = analyze("The disruption began early Friday. The flawed file sent machines into a loop of crashes. "
                "CrowdStrike said it had reverted the update at 5:27 p.m.", published="2024-07-20")
    assert timex(a, "5:27 p.m.").value == "2024-07-20T17:27"


@pytest.mark.parametrize("sentence, text, value", [
    ("Powell spoke at a news conference half an hour after the announcement.", "half an hour", "PT30M"),
    ("The Titan lost contact about 1 hour and 45 minutes after it began its descent.",
     "about 1 hour and 45 minutes", "PT105M"),
    ("He was jailed for 2 years and 6 months.", "2 years and 6 months", "P30M"),
])
def test_half_a_unit_and_a_unit_with_a_smaller_one_are_one_duration(sentence, text, value):
    assert timex(analyze(sentence, published="2024-07-20"), text).value == value


@pytest.mark.parametrize("sentence", [
    "Kurtz apologized in an interview with NBC's \"Today\" show.",
    "He told USA Today the plan was dead.",
    "He appeared on The Tonight Show.",
])
def test_a_day_word_naming_a_newspaper_or_a_show_is_no_time(sentence):
    assert [t.text for t in analyze(sentence, published="2024-07-20").timexes] == []


@pytest.mark.parametrize("sentence, text", [
    ("The move, announced at 2 p.m. Eastern time (1800 GMT), lowers the rate.", "2 p.m. Eastern time"),
    ("The vote is at 2 p.m. Eastern (1800 GMT).", "2 p.m. Eastern"),
    ("The attack came at 4 a.m. Moscow time.", "4 a.m. Moscow time"),
])
def test_a_time_zone_spelt_out_is_part_of_the_clock_time(sentence, text):
    assert timex(analyze(sentence, published="2024-09-18"), text).value.startswith("2024-09-18T")


def test_a_time_zone_spelt_out_is_no_speaker_of_the_participle_before_it():
    a = analyze("The move, announced at 2 p.m. Eastern time (1800 GMT) at the end of a two-day meeting that began "
                "Tuesday, lowers the Fed's key rate.", published="2024-09-18")
    assert a.claims == []


@pytest.mark.parametrize("sentence, text, value", [
    ("The plane collided with the helicopter at about 8:48 p.m. EST (0148 GMT Thursday), the FAA said.",
     "about 8:48 p.m. EST", "2025-01-29T20:48"),
    ("The quake struck at 7 a.m. local time (2200 GMT Sunday).", "7 a.m. local time", "2025-01-27T07:00"),
    # no midnight between: the same day
    ("The polls closed at 2 p.m. EST (1900 GMT Monday).", "2 p.m. EST", "2025-01-27T14:00"),
])
def test_a_clock_time_takes_the_day_of_its_conversion_in_brackets_across_midnight(sentence, text, value):
    assert timex(analyze(sentence, published="2025-01-30"), text).value == value


@pytest.mark.parametrize("sentence", [
    "A second trial on additional charges is scheduled for March.",
    "The vote was postponed to March.",
])
def test_a_month_after_a_date_setting_verb_and_its_preposition_is_a_time(sentence):
    assert timex(analyze(sentence, published="2023-11-02"), "March").value == "2024-03"


def test_a_month_name_after_for_alone_stays_a_name():
    assert [t.text for t in analyze("MPs voted for May in 2016.", published="2023-11-02").timexes] == ["2016"]


@pytest.mark.parametrize("sentence", [
    "The curfew runs every night from 6 p.m. to 6 a.m.",
    "The curfew runs from 6 p.m. to 6 a.m. every night.",
])
def test_the_hours_of_a_span_next_to_every_night_are_those_of_every_day(sentence):
    a = analyze(sentence, published="2025-10-20")
    assert [timex(a, w).value for w in ("6 p.m.", "6 a.m.")] == ["XXXX-XX-XXT18:00", "XXXX-XX-XXT06:00"]


def test_a_set_opening_the_next_sentence_is_not_the_clock_times_own():
    a = analyze("He arrived on Monday at 9 p.m. Every night since, he has slept there.", published="2025-10-20")
    assert timex(a, "9 p.m.").value == "2025-10-20T21:00"


def test_a_weekday_after_a_word_of_habit_is_that_day_of_every_week():
    assert timex(analyze("The museum is usually closed on Tuesday.", published="2025-10-20"), "Tuesday").value \
        == "XXXX-WXX-2"


def test_open_before_a_noun_is_an_adjective_not_a_scheduled_present():
    a = analyze("Survivors said gunmen had opened fire on young people fleeing across open fields on Saturday morning.",
                published="2023-10-08")
    assert timex(a, "Saturday morning").value == "2023-10-07TMO"
    assert timex(analyze("The polls open on Sunday.", published="2023-10-06"), "Sunday").value == "2023-10-08"


def test_a_short_adverb_between_an_auxiliary_and_its_participle_keeps_the_auxiliarys_tense():
    a = analyze("SNCF said on Saturday that the Atlantique line should be fully restored by Monday.",
                published="2024-07-27")
    assert timex(a, "Monday").value == "2024-07-29"


def test_the_days_of_a_cancellation_announced_lie_ahead():
    a = analyze("The SNCF announced on Wednesday the cancellation of half its trains from Friday to Sunday.",
                published="2024-02-14")
    assert [timex(a, w).value for w in ("Friday", "Sunday")] == ["2024-02-16", "2024-02-18"]


@pytest.mark.parametrize("sentence, text, value", [
    ("AEMET issued its alert on Tuesday. The service did not send an alert until 8:12 p.m. (1912 GMT).", "1912 GMT",
     "2024-10-29T19:12"),
    ("The polls closed at 11:30 p.m. EDT Tuesday (0330 GMT).", "0330 GMT", "2024-10-30T03:30"),
])
def test_a_clock_time_in_brackets_after_another_is_its_conversion_on_its_day(sentence, text, value):
    t = timex(analyze(sentence, published="2024-10-31"), text)
    assert t.value == value and t.anchor != "published"


def test_a_bare_hour_after_a_day_told_late_is_an_evening_hour():
    a = analyze("Gunmen burst into Crocus City Hall late Friday. Witnesses said the attackers entered shortly before "
                "the concert was due to start at 7:30.", published="2024-03-23")
    assert timex(a, "7:30").value == "2024-03-22T19:30"


def test_a_duration_of_its_own_sentence_does_not_hide_the_day_told_in_the_sentence_before():
    a = analyze("A Manhattan jury on Thursday found Trump guilty on all 34 felony counts. The 12 jurors reached their "
                "decision after deliberating for two days, and the verdict was read out shortly after 5 p.m. (2100 "
                "GMT).", published="2024-05-31")
    assert timex(a, "shortly after 5 p.m.").value == "2024-05-30T17:00"


def test_a_number_with_thousands_separators_is_one_count():
    a = analyze("The captain had 8,200 hours of flying experience and co-pilot Clive Kunder 1,100 hours.",
                published="2025-06-13")
    assert [(t.text, t.value) for t in a.timexes] == [("8,200 hours", "PT8200H"), ("1,100 hours", "PT1100H")]
    # a list of years stays a list
    assert [t.text for t in analyze("Between 2019, 2020 and 2021.", published="2025-06-13").timexes] == [
        "2019", "2020", "2021"]


@pytest.mark.parametrize("sentence, text, value", [
    ("Disruption will last all week.", "all week", "2024-W30"),
    ("Talks dragged on all month.", "all month", "2024-07"),
    ("He warned the disruption would last all weekend.", "all weekend", "2024-W30-WE"),
    # another unit after it: read from there
    ("Protesters gathered all week of March 3.", "March 3", "2024-03-03"),
])
def test_all_week_and_all_month_are_the_current_unit(sentence, text, value):
    a = analyze(sentence, published="2024-07-26")
    assert timex(a, text).value == value
    assert [t.text for t in a.timexes] == [text]


@pytest.mark.parametrize("sentence, value", [
    # inside a short quotation within the clause: the mark of the future before it
    ('The union vowed to hold "protests all weekend".', "2024-W30-WE"),
    ('He warned that the disruption would last "at least all weekend".', "2024-W30-WE"),
])
def test_a_short_quotation_takes_the_future_of_its_clause(sentence, value):
    assert timex(analyze(sentence, published="2024-07-26"), "all weekend").value == value


def test_a_past_verb_before_a_quotation_reports_its_words_and_dates_nothing_in_it():
    a = analyze('Dunleavy said he hoped to resume racing "by early May" but that no date would be set.',
                published="2026-04-14")
    assert timex(a, "early May").value == "2026-05"


@pytest.mark.parametrize("sentence, text, value", [
    ("Several towns cancelled their festivities on Saturday.", "Saturday", "2023-07-01"),
    ("The airline cancelled 300 flights on Tuesday.", "Tuesday", "2023-06-27"),
])
def test_cancelled_festivities_were_still_to_come(sentence, text, value):
    assert timex(analyze(sentence, published="2023-06-28"), text).value == value


def test_small_hours_after_a_day_told_early_and_late_fall_on_the_early_day():
    a = analyze("The ship struck the bridge early Tuesday, officials said late Tuesday. It hit a pillar at 1:28 a.m.",
                published="2024-03-26")
    t = timex(a, "1:28 a.m.")
    assert t.value == "2024-03-26T01:28" and t.anchor == timex(a, "early Tuesday").id
    # told late only: the small hours of the night after it
    a = analyze("The fire broke out late Friday. Firefighters contained it at 3 a.m.", published="2024-03-26")
    assert timex(a, "3 a.m.").value == "2024-03-23T03:00"


def test_a_modal_dates_an_expression_further_on_in_its_sentence():
    a = analyze("On Monday, the central bank said its vice chair for supervision, Michael Barr, would lead a review "
                "of its oversight of Silicon Valley Bank, with findings to be released by May 1.",
                published="2023-03-13")
    assert timex(a, "May 1").value == "2023-05-01"


def test_a_day_in_a_relative_aside_of_the_sentence_before_gives_no_day_to_a_clock_time():
    a = analyze("The storm, which became a tropical storm on Oct. 5 and exploded into a Category 5 hurricane on "
                "Monday, weakened to a Category 1 as it crossed the peninsula. Its center moved offshore shortly "
                "before 7 a.m. local time (1100 GMT).", published="2024-10-10")
    assert timex(a, "shortly before 7 a.m. local time").value == "2024-10-10T07:00"
    # the day of the sentence itself still does
    a = analyze("Police were called on Monday. At 3 p.m., they arrived.", published="2024-10-10")
    assert timex(a, "3 p.m.").value == "2024-10-07T15:00"


@pytest.mark.parametrize("sentence, text, value", [
    # "called off": when it was stopped, not a date called for
    ("Prigozhin called off his fighters' march on the capital late on Saturday.", "late on Saturday", "2023-06-24"),
    ("The union called a strike for Monday.", "Monday", "2023-06-26"),
    # a day declared something: ahead
    ("Sobyanin, who on Saturday declared Monday a non-working day, said on Sunday that restrictions were lifted.",
     "Monday", "2023-06-26"),
])
def test_called_off_is_past_and_a_day_declared_something_is_ahead(sentence, text, value):
    assert timex(analyze(sentence, published="2023-06-25"), text).value == value


@pytest.mark.parametrize("sentence, value", [
    ("Police said on Tuesday that a fire broke out overnight.", "2023-06-19TNI"),
    ("Storms battered the coast overnight, officials said on Saturday.", "2023-06-23TNI"),
    # said on the publication day, or on no day: the night before publication
    ("Storms battered the coast overnight, officials said on Sunday.", "2023-06-24TNI"),
    ("Russia launched 40 drones overnight, the air force said.", "2023-06-24TNI"),
    # whom or where the words were told to stands between the verb and its day
    ("The chairman told reporters on Tuesday that the teams had made progress overnight.", "2023-06-19TNI"),
    ("Storms battered the coast overnight, the governor said in a statement on Saturday.", "2023-06-23TNI"),
])
def test_overnight_is_the_night_before_the_day_of_saying(sentence, value):
    assert timex(analyze(sentence, published="2023-06-25"), "overnight").value == value


def test_earlier_before_a_day_is_no_vague_past_of_its_own():
    a = analyze("Kalinak said earlier Thursday that Fico's life was no longer in danger.", published="2024-05-16")
    assert [(t.text, t.value) for t in a.timexes] == [("Thursday", "2024-05-16")]
    a = analyze("He said earlier that it was fine.", published="2024-05-16")
    assert [(t.text, t.value) for t in a.timexes] == [("earlier", "PAST_REF")]


@pytest.mark.parametrize("sentence, text, value", [
    ("Deputy Prime Minister Robert Kalinak, who spent the night at the hospital, said Fico's life was no longer in "
     "danger.", "the night", "2024-05-15TNI"),
    ("He said he planned to spend the evening at his mother's house.", "the evening", "2024-05-16TEV"),
])
def test_spending_a_part_of_the_day_names_it(sentence, text, value):
    a = analyze(sentence, published="2024-05-16")
    assert [(t.text, t.value) for t in a.timexes] == [(text, value)]


@pytest.mark.parametrize("text, value", [
    ("Last year, on April 15, the board met.", "2020-04-15"),
    ("In 2015, a fire damaged the church, and in 2019, on April 15, a fire gutted Notre-Dame.", "2019-04-15"),
    # not across other words: the year of a span ("since 2019") gives no year to what follows
    ("Sales have grown since 2019, on April 15 the court ruled.", "2021-04-15"),
])
def test_a_day_with_no_year_right_after_a_year_is_in_that_year(text, value):
    assert timex(chronique.analyze(text, published="2021-07-01", lang="en"), "April 15").value == value


def test_a_week_ago_today_is_that_very_day_and_anchors_that_morning():
    a = chronique.analyze("The tower collapsed at around 1:25 a.m. on June 24, a week ago today, as most residents "
                          "slept. No one has been found alive since that morning.", published="2021-07-01", lang="en")
    assert timex(a, "a week ago today").value == "2021-06-24"
    assert timex(a, "that morning").value == "2021-06-24TMO"
    assert [t.text for t in a.timexes if t.text == "today"] == []


def test_a_clock_time_takes_the_day_of_the_clock_time_told_last_in_the_sentence_before():
    a = chronique.analyze("The gunman crashed his truck near the school at 11:28 a.m. on Tuesday and walked into the "
                          "building at 11:33 a.m. Three officers followed him in at 11:35 a.m. By 12:03 p.m., 19 "
                          "officers were in the hallway.", published="2022-05-27", lang="en")
    assert [(t.text, t.value) for t in a.timexes if t.text.endswith("m.")][-2:] == [
        ("11:35 a.m.", "2022-05-24T11:35"), ("12:03 p.m.", "2022-05-24T12:03")]


def test_the_second_of_two_ages_is_no_duration():
    assert chronique.analyze("Two boys aged 14 and 15 years were arrested.", published="2020-10-22",
                             lang="en").timexes == []
    assert timex(chronique.analyze("He was jailed for 10 and 15 years.", published="2020-10-22", lang="en"),
                 "15 years").value == "P15Y"


@pytest.mark.parametrize("phrase, pod", [("That same evening", "EV"), ("The same afternoon", "AF"),
                                         ("That same night", "NI")])
def test_the_same_part_of_the_day_is_that_of_the_day_told_before(phrase, pod):
    a = analyze(f"Protesters stormed the residence on Dec. 9. {phrase}, the minister's house was set on fire.")
    t = timex(a, phrase)
    assert t.value == f"2019-12-09T{pod}" and t.anchor == timex(a, "Dec. 9").id


def test_the_day_of_a_past_narration_is_the_day_told_before_not_publication():
    a = analyze("On Monday, a protester died in the assault. In all, 84 people were injured during the day.")
    t = timex(a, "the day")
    assert t.value == most_recent(1).isoformat() and t.anchor == timex(a, "Monday").id
    t = timex(analyze("In all, 84 people were injured during the day."), "the day")
    assert t.value == PUB.isoformat() and t.anchor == "published"


@pytest.mark.parametrize("phrase, value", [
    # an ordinal in figures ("1st", "3rd")
    ("the 1st Sunday in June 2020", "2020-06-07"),
    ("the 3rd Thursday of November 2019", "2019-11-21"),
    # a weekday of the month told relative to publication's (December 2019)
    ("the second Tuesday of next month", "2020-01-14"),
    ("the last Friday of last month", "2019-11-29"),
    ("the 2nd Monday of this month", "2019-12-09"),
])
def test_a_numbered_weekday_of_a_month_is_that_day(phrase, value):
    a = analyze(f"Voters will go to the polls on {phrase}.")
    assert timex(a, phrase).value == value


@pytest.mark.parametrize("phrase, value, flag", [
    ("the 15th of last month", "2019-11-15", None),
    ("the 31st of next month", "2020-01-31", None),
    # November has no 31st: the month is kept and the date flagged
    ("the 31st of last month", "2019-11", "impossible date"),
])
def test_a_day_of_the_month_before_or_after_publications_is_that_date(phrase, value, flag):
    t = timex(analyze(f"He resigned on {phrase}."), phrase)
    assert t.value == value and (t.flag or {}).get("kind") == flag
