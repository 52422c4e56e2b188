"""English temporal vocabulary and rules (pattern syntax: see the French module)."""

LANG = "en"

# given names: a month or season word right after one is a surname ("Ian Winter", "Brian June")
from .entities import FIRST_NAME_GENDERS as _FIRST_NAMES  # noqa: E402
GIVEN_NAMES = tuple(_FIRST_NAMES)

FUNCTION_WORDS = (
    "the a an of and to in is was were for on that with by at from it its "
    "he she they his her their has have had be been are this which who "
    "said not but or as after before since will would"
).split()

DATE_LINE_KEYS = ("date", "published", "published on", "dateline", "updated")

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
    "mon .": 1, "tue .": 2, "tues .": 2, "wed .": 3, "thu .": 4, "thurs .": 4,
    "fri .": 5, "sat .": 6, "sun .": 7,
}
WEEKDAYS_PLURAL = {
    "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5,
    "saturdays": 6, "sundays": 7,
}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
    "jan .": 1, "jan": 1, "feb .": 2, "feb": 2, "mar .": 3, "apr .": 4, "apr": 4,
    "jun .": 6, "jul .": 7, "aug .": 8, "aug": 8, "sep .": 9, "sept .": 9,
    "sept": 9, "oct .": 10, "oct": 10, "nov .": 11, "nov": 11, "dec .": 12, "dec": 12,
}

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "midday": "MI", "overnight": "NI",
}
PARTS_OF_DAY_PLURAL = {"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"}

DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1,
             "the day before yesterday": -2, "the day after tomorrow": 2}

THIS = {"this": 0}
# words of DAY_POD_WORDS that are adjectives after these words: "an overnight success" ("the
# overnight attack" is last night's)
DAY_POD_ADJECTIVES = {"overnight": ("a", "an")}
# "tonight", "last night"
DAY_POD_WORDS = {"tonight": (0, "NI"), "last night": (-1, "NI"), "overnight": (0, "NI"),
                 "tomorrow night": (1, "NI")}
# nouns after which a capitalised day word is the name of a show ("The Tonight Show", "the Today programme")
DAY_WORD_TITLE_NOUNS = ("show", "programme", "program")
# possessive endings (as tokens) after which a capitalised day word is a name ("NBC's Today show")
DAY_WORD_TITLE_OWNERS = ("'s", "’s")

UNITS = {
    "second": "S", "seconds": "S", "minute": "MIN", "minutes": "MIN",
    "hour": "H", "hours": "H", "day": "D", "days": "D", "week": "W",
    "weeks": "W", "month": "M", "months": "M", "quarter": "Q", "quarters": "Q",
    "year": "Y", "years": "Y", "decade": "DE", "decades": "DE",
    "century": "CE", "centuries": "CE", "weekend": "WE", "weekends": "WE",
    "fortnight": "FN",
}
CALENDAR_UNITS = {
    "week": "W", "month": "M", "year": "Y", "quarter": "Q", "weekend": "WE",
    "decade": "DE", "century": "CE",
}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "forty - eight": 48, "fifty": 50,
    "sixty": 60, "seventy - two": 72, "hundred": 100, "a few": 3, "several": 3,
    "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}
# the tens and the compound numbers from 21 to 99 ("thirty-five days", "ninety days")
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
for _ten, _value in (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
                     ("eighty", 80), ("ninety", 90)):
    NUMBER_WORDS[_ten] = _value
    NUMBER_WORDS.update({f"{_ten} - {w}": _value + n for w, n in _ONES.items()})

# words between a count and its unit: "for nine consecutive weeks", "two full days"
UNIT_ADJECTIVES = ("consecutive", "straight", "successive", "full", "whole", "more")

# counts that give no number: "several weeks" lasts an unspecified number of weeks (PXW)
VAGUE_COUNTS = ("a few", "several")
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "last": -1,
}
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")

AFTER_MODIFIERS = {"ago": -1}
BEFORE_MODIFIERS = {
    "last": -1, "past": -1, "next": 1, "coming": 1,
    "this": 0, "this past": -1, "this coming": 1, "current": 0,
    "the last": -1, "the past": -1, "the coming": 1, "the current": 0, "the latest": -1,
}
# modifiers before two weekdays joined, of both: "next Tuesday and Wednesday"
PAIR_BEFORE_MODIFIERS = {"next": 1, "last": -1, "this coming": 1, "this past": -1}
# modifiers that count from the story's last date, not from publication: "the following week"
ANCHORED_MODIFIERS = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1,
                      "the prior": -1}
# words opening a day told late: a clock time in the small hours after it falls on the next day ("shot
# late on Sunday ... pronounced dead shortly after midnight": Monday)
# words of habit: a weekday after one in its clause is that day of every week ("usually closed on Tuesday":
# XXXX-WXX-2)
HABITUAL_WORDS = ("usually", "normally", "typically", "generally", "traditionally", "often", "regularly")
# the mark between groups of three digits of a number ("8,200 hours of flying experience")
THOUSANDS_SEPARATORS = (",",)
LATE_DAY_WORDS = ("late",)
# words opening a day told early: it holds the morning's hours told after it ("began early Friday ... reverted
# the update at 0527 GMT": Friday)
EARLY_DAY_WORDS = ("early",)
DAY_PARTS = {"late in the day": "EV", "early in the day": "MO", "late at night": "NI",
             # a part of a part of the day: "by early afternoon", "by mid-morning"
             "early afternoon": "AF", "late afternoon": "AF", "mid - afternoon": "AF", "midafternoon": "AF",
             "mid - morning": "MO", "midmorning": "MO", "late morning": "MO", "early evening": "EV",
             "late evening": "EV"}
# letters glued to a year that make it a decade, not a code ("the 1920s"; "Joint Sword-2024B" is a code)
DECADE_SUFFIXES = ("s",)
# endings of comparative adjectives: after "a second," one opens a noun phrase going on past a name ("A
# second, smaller U.S. strike": the ordinal, no duration)
COMPARATIVE_ENDINGS = ("er",)
# moments of the day named after "at": "at dawn", "at nightfall" ("the dawn of a new era" is none, nor
# "at the dawn of", nor "at dusk of", DAY_PART_NOT_BEFORE; nor "the key overnight rate", money lent for
# one night, nor "an overnight bag")
DAY_PART_NOT_BEFORE = {"dawn": ("of",), "dusk": ("of",), "sunset": ("of",),
                       "overnight": ("rate", "rates", "lending", "index", "repo", "repos", "swap", "swaps",
                                     "funding", "deposit", "deposits", "borrowing", "interbank", "bag", "bags",
                                     "oats", "delivery", "shipping", "stay", "stays", "success", "sensation")}
AT_DAY_PARTS = {"dawn": "MO", "daybreak": "MO", "first light": "MO", "sunrise": "MO", "dusk": "EV",
                "nightfall": "EV", "sunset": "EV"}

PARTS = {
    "early": "start", "the beginning of": "start", "the start of": "start",
    "beginning of": "start", "late": "end", "the end of": "end", "end of": "end",
    "mid": "mid", "mid -": "mid", "the middle of": "mid", "middle of": "mid",
}

DETERMINERS = ("the", "a", "an", "this", "that")

VAGUE = {
    "earlier": ("PAST_REF", 1, 0),
    "earlier today": ("PAST_REF", 1, 0),
    "recently": ("PAST_REF", 30, 0),
    "lately": ("PAST_REF", 30, 0),
    "previously": ("PAST_REF", 30, 0),
    "the past few days": ("PAST_REF", 7, 0),
    "the last few days": ("PAST_REF", 7, 0),
    "the past few weeks": ("PAST_REF", 30, 0),
    "the last few weeks": ("PAST_REF", 30, 0),
    "the past few months": ("PAST_REF", 180, 0),
    "the last few months": ("PAST_REF", 180, 0),
    "recent days": ("PAST_REF", 7, 0),
    "recent weeks": ("PAST_REF", 30, 0),
    "recent months": ("PAST_REF", 180, 0),
    "recent years": ("PAST_REF", 1825, 0),
    "the time": ("PAST_REF", 30, 0),
    "now": ("PRESENT_REF", 0, 0),
    "currently": ("PRESENT_REF", 0, 0),
    "current": ("PRESENT_REF", 0, 0),
    "at present": ("PRESENT_REF", 0, 0),
    "presently": ("PRESENT_REF", 0, 0),
    "nowadays": ("PRESENT_REF", 0, 0),
    "soon": ("FUTURE_REF", 0, 30),
    "shortly": ("FUTURE_REF", 0, 14),
    "ultimately": ("FUTURE_REF", 0, 365),
    "eventually": ("FUTURE_REF", 0, 365),
    "in the future": ("FUTURE_REF", 0, 365),
    "future": ("FUTURE_REF", 0, 365),
    "the future": ("FUTURE_REF", 0, 365),
    "the coming hours": ("FUTURE_REF", -1, 2),
    "coming hours": ("FUTURE_REF", -1, 2),
    "the hours ahead": ("FUTURE_REF", -1, 2),
    "the next few hours": ("FUTURE_REF", -1, 2),
    "the past few hours": ("PAST_REF", 2, 0),
    "the last few hours": ("PAST_REF", 2, 0),
    "recent hours": ("PAST_REF", 2, 0),
    "the coming days": ("FUTURE_REF", -1, 7),
    "coming days": ("FUTURE_REF", -1, 7),
    "the days ahead": ("FUTURE_REF", -1, 7),
    "the next few days": ("FUTURE_REF", -1, 7),
    "the coming weeks": ("FUTURE_REF", -1, 30),
    "coming weeks": ("FUTURE_REF", -1, 30),
    "the weeks ahead": ("FUTURE_REF", -1, 30),
    "the next few weeks": ("FUTURE_REF", -1, 30),
    "the coming months": ("FUTURE_REF", -1, 180),
    "coming months": ("FUTURE_REF", -1, 180),
    "the months ahead": ("FUTURE_REF", -1, 180),
    "the next few months": ("FUTURE_REF", -1, 180),
    "the coming years": ("FUTURE_REF", -1, 1825),
    "coming years": ("FUTURE_REF", -1, 1825),
    "the years ahead": ("FUTURE_REF", -1, 1825),
}
VAGUE_LOW_CONFIDENCE = ("current", "the time", "future")
# vague phrases that are no time after these words: "By the time the law takes effect"
VAGUE_NOT_AFTER = {"the time": ("by",), "soon": ("as",),
                   # the second half of a compound adjective: "the year-earlier period", "a month-earlier
                   # forecast" (no time of its own)
                   "earlier": ("-",)}
# "soon after the vote", "shortly before midnight", "fled shortly afterwards": the time of another happening,
# no time of its own;
# "as soon as December", "as soon as they arrive": a conjunction
VAGUE_NOT_BEFORE = {"soon": ("after", "before", "as", "afterwards", "afterward", "thereafter"),
                    "shortly": ("after", "before", "afterwards", "afterward", "thereafter"),
                    # "said earlier Thursday", "earlier yesterday": the day says when, no vague past besides it
                    "earlier": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                "tonight", "yesterday")}

SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
             "annually": "P1Y", "hourly": "PT1H", "nightly": "P1D", "annual": "P1Y"}
SET_PREFIX = {"every": 1, "each": 1}

NAMED_TIMES = {"noon": (12, 0), "midnight": (0, 0), "midday": (12, 0)}
# "midnight Friday", "Friday at midnight", "midnight tonight": the midnight that closes that day
MIDNIGHT = {"midnight": 0}
# ... but after these words it is the midnight that opens it: "shortly after midnight Friday"
MIDNIGHT_NOT_AFTER = ("after", "past", "since")
HOUR_MARKERS = ("o'clock",)
# hours are said on a twelve-hour clock: "at 9 o'clock Tuesday night" is 21:00
TWELVE_HOUR_CLOCK = True
# "at its lowest in three years", "the worst in a decade": after these, "in" and a count of units
# is the span looked back over, not a date ahead
SPAN_SUPERLATIVES = ("lowest", "highest", "worst", "best", "biggest", "largest", "smallest", "first",
                     "strongest", "weakest", "longest", "shortest", "deadliest", "fastest", "slowest",
                     "sharpest", "steepest", "hottest", "coldest", "wettest", "driest", "most", "least")
# the words after a quarter or a half that say which year: "the first quarter of next year"
YEAR_DIRECTION_WORDS = {"next": 1, "last": -1, "this": 0, "current": 0}
# time zones written after a clock time ("1830 GMT")
TIME_ZONES = {"gmt": "GMT", "utc": "UTC", "edt": "EDT", "est": "EST", "et": "ET", "pdt": "PDT",
              "pst": "PST", "cdt": "CDT", "cst": "CST", "cet": "CET", "cest": "CEST", "bst": "BST",
              "local time": "local",
              # spelt out: "2 p.m. Eastern time (1800 GMT)", "at 9 a.m. Pacific", "noon Moscow time"
              "eastern time": "ET", "eastern": "ET", "eastern standard time": "EST", "eastern daylight time": "EDT",
              "pacific time": "PT", "pacific": "PT", "central time": "CT", "mountain time": "MT",
              "moscow time": "MSK"}
APPROX = {"around": 1, "about": 1, "approximately": 1, "shortly after": 1,
          "shortly before": 1}
AMPM = {"a . m .": "am", "am": "am", "a . m": "am", "p . m .": "pm", "pm": "pm",
        "p . m": "pm"}
# the half of the day said after an hour: "8 o'clock in the evening", "at 3 in the afternoon" (not "at
# night": "2 o'clock at night" is in the small hours)
DAY_HALVES = {"in the morning": "am", "in the afternoon": "pm", "in the evening": "pm"}

RANGE_OPEN = {"between": "between", "from": "from", "since": "since", "until": "until",
              "till": "until", "through": "until", "before": "before", "after": "after"}
# openers of a span that runs until now: its start lies behind whatever the clause's tense
SINCE_LOOKS_BACK = ("since",)
# two days joined by these are a span only when they follow each other ("les 20 et 21 mars"; "les 15 et 22
# mars" are two days)
DAY_PAIR_JOINS = ("and",)
RANGE_JOIN = {"and": "between", "to": "from", "-": "dash", "through": "from", "until": "from",
              "till": "from"}
# the words that may join the members of a list of months or days, the last of which alone carries the
# year they share ("in May and June 2022", "in March and again in May last year", "on May 3 and on June 5,
# 2022")
LIST_JOIN_WORDS = ("and", "or", "then", "again", "in", "on", ",", "later")
# words that may stand between a time of one year and a day or month written with no year, which is then
# in that year ("last year, on April 15", "in 2019, on March 3")
YEAR_DATE_LINKS = (",", "on", "in")

FUTURE_WORDS = (
    "will 'll shall going next upcoming coming"
).split()
# words of a plan or an expectation: they point forward, but the plan may be one already past
# ("the vote, scheduled for January, was postponed")
PLAN_WORDS = (
    "plans plan planned expected expects expect scheduled due would intends intend hopes hope hoping may might could "
    # a wish: "Nobody wants to strike before Christmas"
    "wants want "
    # a possibility ahead: "workers can return to work as early as Wednesday"
    "can "
    "likely "
    "unlikely "
    # a forecast or an advice: "the snow should end by Thursday"
    "should "
    # obligations: "the bill must pass by Friday"
    "must "
    "slated poised "
    # a fear or a forecast: "fears a return of the wind on Sunday", "forecasts rain on Monday" (not
    # "forecast", a past as well: "which in May forecast a 2024 crop")
    "fears fear forecasts predicts predict "
    # "ahead of Wednesday's vote", "bracing for Friday's jobs report", "awaiting Thursday's ruling"
    "ahead bracing awaiting await awaits "
    # "extra service, starting Thursday", "effective Monday"
    "starting beginning effective"
).split()
# verbs of an attribution after the clause ("The firm will pay ... by Feb. 23, it said"): they do not
# give the clause's tense
TENSE_REPORTING_WORDS = ("said", "told", "added", "says", "stated", "announced", "noted", "wrote", "reported",
                         "explained", "confirmed", "warned", "stressed", "insisted", "tweeted")
# whom the words were told to, between a reporting word and the day of saying ("told reporters on Saturday
# that ...", "said in a statement on Sunday")
TENSE_REPORTING_ADDRESSEES = ("reporters", "journalists", "the press", "the media", "lawmakers", "parliament",
                              "the court", "the jury", "the council", "in a statement", "in a post", "in a video",
                              "in an interview", "in a briefing", "at a briefing", "at a news conference",
                              "at a press conference", "on social media", "on television", "on x")
# complementizers that, right after an expression, open another clause, whose tense is not its own:
# "said in a note on Wednesday that they expect a cut"
TENSE_RIGHT_STOPS = ("that",)
# words opening a subordinate clause: a tense after one is that clause's, not the expression's when a marker
# stands on its left ("will suspend exports from Oct. 15 ... after floods destroyed the crop")
# words opening an aside set off by commas, whose time is not that of the clause around it ("The attacker,
# identified by police on Sunday as X, began his rampage at 3:20 p.m."): relatives, and participles by their ending
ASIDE_RELATIVES = ("who", "which", "whose")
ASIDE_PARTICIPLE_ENDINGS = ("ed",)
TENSE_SUBORDINATORS = ("after", "because", "although", "though", "whereas", "unless")
# words that are plans only before these: "the bill has to pass on Friday" ("has said on Friday" is past);
# a time left: "lawmakers have until Friday to pass it"
# a possibility not ruled out: "forecasters do not rule out new storms on Monday" (not "ruled out", the act;
# "the new rules" say nothing)
PLAN_WORDS_WITH_NEXT = {"has": ("to", "until"), "have": ("to", "until"), "needs": ("to",), "need": ("to",),
                        "rule": ("out",), "rules": ("out",),
                        # a law not yet in force: "preventing it from taking effect on Sept. 1"
                        "taking": ("effect",)}
# words that part "the day before", "the day after" from a day written after them, which is then no day of
# their object ("left the day before the summit and returned on Monday")
OBJECT_DAY_STOPS = ("and", "or", "but", "then", "while", "until", "till", "before", "after", "so")
# the words that may stand between a clock time and the day it is on ("5 a.m. on Tuesday"; none: "5 a.m. Tuesday")
CLOCK_DAY_LINKS = ("on",)
# prepositions of a deadline: an end after them (a weekday, a season, a date), in a clause with no tense,
# lies ahead ("by Friday", "by the summer"); a past clause keeps it behind ("By the summer, it had spread")
DEADLINE_WORDS = ("by", "until", "till")
# plan words that point forward only the dates after them: "stocks fell on Thursday ahead of Friday's
# jobs report" (Thursday is past)
PLAN_WORDS_BEFORE_ONLY = ("ahead", "bracing", "awaiting", "starting", "beginning", "effective")
# a tense word followed by these is none: "next to the embassy", "would begin in May and last about
# three years" (the verb "last")
TENSE_WORD_EXCEPTIONS = (("next", "to"),) + tuple(
    ("last", w) for w in ("about", "for", "until", "through", "longer", "several", "a", "up", "into")) + (
    # a past copula before a judgement of likelihood is the reported present of a prospect: "said any
    # measures were unlikely before April" looks ahead ("unlikely", a plan word, tells it)
    ("was", "unlikely"), ("were", "unlikely"), ("was", "likely"), ("were", "likely"))
# words of degree between a copula and the word that excepts it ("said a December cut was very likely")
TENSE_EXCEPTION_DEGREE_WORDS = ("very", "highly", "quite", "most", "more", "less", "increasingly", "still", "now")
# a tense word after these is none: "as planned", "than expected"
TENSE_WORD_AFTER_EXCEPTIONS = (("as", "planned"), ("as", "scheduled"), ("as", "expected"), ("than", "expected"),
                               ("than", "planned"),
                               # "since taking effect in March": a law in force, no plan
                               ("since", "taking"), ("after", "taking")) + tuple(
    # "forecasts" is a noun after a determiner, a preposition or a verb taking it as object: "Revenue in Q4
    # beat forecasts", "above analysts' forecasts" (the forecasts were made; no plan of the clause)
    (w, "forecasts") for w in ("the", "its", "their", "his", "her", "our", "'", "than", "above", "below", "of",
                               "with", "against", "beyond", "beat", "missed", "topped", "exceeded", "raised",
                               "cut", "lowered", "met", "matched", "trimmed", "revised"))
# the present tense of a scheduled event ("The Fed meets on Wednesday", "the trial starts Monday",
# "the rules take effect in January"): ahead, like a plan.  Verbs whose forms are common nouns
# ("votes", "visits", "heads", "returns", "reports") are left out
# a present copula right before a date, or before "on" and a date, sets it ahead: "The vote is on Sunday",
# "The deadline is Friday" (the copula after a word: not "Is Sunday ...")
SCHEDULE_COPULAS = ("is", "are")
SCHEDULE_COPULA_LINKS = ("on",)
# those that are adjectives too, before a lowercase noun ("across open fields on Saturday"), unless a word of
# time or place follows them ("the polls open on Sunday", "talks open next week")
SCHEDULE_PRESENT_ADJECTIVES = ("open",)
SCHEDULE_PRESENT_ADJECTIVE_LINKS = ("on", "in", "at", "until", "till", "from", "for", "to", "next", "this", "early",
                                    "late", "again", "today", "tomorrow", "tonight")
SCHEDULE_PRESENT_WORDS = (
    "meets meet starts start begins begin opens open reopens reopen closes ends hears convenes convene "
    "resumes resume kicks expires arrives arrive departs travels testifies testify faces takes take "
    "goes unveils plays decides"
).split()
# verbs of calling for, promising or setting a date: the date of their object lies ahead ("called a
# strike for July 3", "set the vote for Sept. 14"), but a date right after them is the act's ("called
# on Tuesday for calm")
# a preposition of the date aimed at, right before it: "postponed to Thursday", "reporté à jeudi"
# a postponement told in the pluperfect is past, and so is its date: "had been postponed to June"
PLUPERFECT_PASSIVE = (("had", "been"),)
INTENT_TARGETS = ("for", "to", "until")
# particles that make a verb of calling for or setting one of stopping: "called off his fighters' march on the
# capital late on Saturday" is a past
INTENT_NOT_BEFORE = ("off",)
# verbs that declare a day what the words after it say ("declared Monday a non-working day", "proclaimed Friday
# a day of mourning"), and the words that open that: the day lies ahead
DECLARED_DAY_WORDS = ("declared", "proclaimed")
DECLARED_DAY_AFTER = ("a", "an")
# modals of what lies ahead that date an expression further than a few words after them, in their sentence with
# no comma between ("said Barr would lead a review of its oversight of Silicon Valley Bank, with findings to be
# released by May 1")
TENSE_FAR_PLAN_WORDS = ("would", "could", "should", "might", "must")
INTENT_WORDS = ("called", "promised", "postponed", "delayed", "rescheduled", "set", "extended", "announced",
                "declared", "proclaimed",
                # "appointments have been pushed back to early April"
                "pushed")
# verbs that keep a state in force: the end after "until" lies ahead, whatever their tense ("kept the warning in
# place until Saturday", "suspended flights until Sunday", "banned gatherings until Sunday"; "was held until
# Tuesday" is no such state: a past)
INTENT_UNTIL_WORDS = ("kept", "suspended", "banned", "closed", "shut", "halted", "barred", "restricted", "grounded",
                      "imposed", "placed", "maintained",
                      # a headline with no verb: "Rail traffic disrupted until Tuesday"
                      "disrupted",
                      # a warning or a prediction of a state until a day: "warned of flooding through Friday",
                      # "predicted heavy rain until Sunday" (not "forecast", a noun as often: "its profit
                      # forecast for the second time in three months")
                      "warned", "warns", "predicted", "predicts")
INTENT_UNTIL_TARGETS = ("until", "till", "through")
# ... as acts only: after a copula they tell a state, whose tense the copula gives ("schools were closed
# until Friday": a past; "the road is closed until Friday": ahead)
INTENT_UNTIL_NOT_AFTER = ("was", "were", "been", "be", "is", "are", "remained", "remain", "remains", "stayed",
                          "stay", "stays")
# verbs that aim ahead only through an infinitive after them ("agreed to meet on Thursday", "asked airlines
# to cancel flights on Thursday"; "asked for help on Thursday" is the asking's date); not those whose
# infinitive happens with them ("tried to stop the march on Sunday", "refused to testify on Thursday")
INTENT_INFINITIVE_WORDS = ("agreed", "decided", "asked", "urged", "vowed", "pledged", "voted", "ordered", "told",
                           # a forecast: "was forecast to peak over the weekend" (but "predicted on Monday
                           # that ...": the prediction's date)
                           "forecast", "predicted", "projected",
                           "invited",
                           # a threat: "the union threatened to strike on Thursday"
                           "threatened", "threatens", "threaten")
# nouns of a commitment: ahead through an infinitive after them ("a firm commitment to raise output in the
# second quarter"), nothing without one
INTENT_INFINITIVE_NOUNS = ("commitment", "commitments", "pledge", "pledges", "promise")
INFINITIVE_MARKS = ("to",)
# negations before them: "the race was not called until Thursday" is past
INTENT_NEGATIONS = ("not", "n't", "never")
# their present forms: ahead with their object ("calls for a rally on Saturday"), else no tense
INTENT_PRESENT_WORDS = ("threatens", "threaten", "calls", "call", "promises", "postpones", "delays", "reschedules", "extends")
# ... when an event's noun stands between ("called a strike on Monday"), or, for these, only after a
# preposition of the date aimed at ("postponed the vote on Thursday" is the postponing's date)
INTENT_EVENT_NOUNS = ("strike", "strikes", "walkout", "protest", "protests", "rally", "rallies", "march", "vote",
                      "election", "elections", "referendum", "meeting", "summit", "hearing", "trial", "session",
                      "debate", "talks", "conference", "date", "deadline", "demonstration", "demonstrations",
                      "visit", "ceremony", "meetings", "summits", "hearings", "negotiations", "funeral",
                      # short stoppages and occupations ("called a walkout on Thursday", "a sit-in on Friday")
                      "walkouts", "stoppage", "stoppages", "sit-in", "blockade",
                      # what a service announces of its days to come ("announced the cancellation of half its trains
                      # from Friday to Sunday")
                      "cancellation", "cancellations", "closure", "closures", "reopening", "opening")
# verbs of cancelling: what is cancelled was still to come when it was, for the festivities and shows after them
# ("cancelled their festivities on Saturday"; "the court voided the March election": a past one)
INTENT_CANCEL_WORDS = ("cancelled", "canceled")
INTENT_CANCEL_NOUNS = ("festivities", "celebrations", "concert", "concerts", "show", "shows", "festival", "festivals",
                       "parade", "parades", "match", "matches", "performance", "performances", "fireworks", "tour")
INTENT_TARGET_ONLY = ("postponed", "delayed", "rescheduled", "extended", "pushed", "postpones", "delays", "reschedules",
                      "extends")
# ... unless another verb carries the tense: "did not meet on Monday", "will resume in November"
SCHEDULE_PRESENT_NOT_AFTER = ("did", "didn't", "not", "n't", "never", "to", "had", "will", "'ll", "would",
                              "could", "may", "might", "shall", "must", "should", "can")
FUTURE_SUFFIXES = ()
FUTURE_SUFFIX_EXCEPTIONS = ()
PAST_WORDS = (
    "was were had did said told ago last yesterday announced reported "
    "held killed took made came went set left met rose fell began won lost fought sent "
    "spent paid got gave saw ran broke became brought bought built caught chose drew drove "
    "fled flew found grew heard hit kept knew led meant sat shot sold spoke stood struck "
    "taught thought threw wrote laid "
    # more irregular pasts of news ("the storm tore across Florida overnight"); not those spelt as a
    # noun or an adjective too ("fed", "ground", "bound", "wound", "bore", "lay")
    "arose awoke bit bled blew clung crept dealt dove drank dug fled flung forbade forgave forgot froze "
    "hid hung knelt leapt lent lit mistook overcame overran overtook overthrew rang rode sank sang shook "
    "shone shrank slid slept slew sought sped spun sprang stole stung strode swore swam swung swept tore "
    "underwent understood undertook upheld withdrew withheld woke wore wept "
    # pasts spelt as their present, read as pasts only where the clause tells no other tense
    # ("a standoff that shut down agencies early Wednesday"; "will shut", "to spread": not past)
    "shut quit spread burst"
).split()
# a participle after these is passive or infinitive, not a past tense: "will be deployed"
# negations between an auxiliary and its participle, read past ("if a deal is not reached by Friday")
PARTICIPLE_NEGATIONS = ("not", "never", "n't")
NOT_PAST_AFTER = ("be", "being", "to", "will", "would", "could", "can", "may", "might", "must",
                  "should", "shall",
                  # a present state: "schools remain closed", "the road is closed"
                  "is", "are", "remain", "remains", "stay", "stays",
                  # an adjective after a determiner: "will present a revised design on March 11"
                  "a", "an", "the", "its", "their", "his", "her", "our", "this", "these",
                  # or after a preposition: "passengers scheduled to fly through affected airports
                  # between Tuesday and Friday"
                  "through", "in", "into", "at", "for", "with", "from", "of", "on", "across", "among",
                  "against", "over", "under", "about", "around", "near",
                  # a participle sharing the verb before it: "will be presented in September, then debated in
                  # October" (the tense is the first verb's)
                  "then")
PAST_SUFFIXES = ("ed",)
# words ending as a past that are adjectives only, never a verb's tense ("is expected to keep its rates
# unchanged until at least September", "an unprecedented strike on Monday")
# verbs whose object takes a participle as its attribute: that participle is no past ("would keep the lines
# de-energized through at least Tuesday", "left the roads closed until Monday")
OBJECT_COMPLEMENT_VERBS = ("keep", "keeps", "keeping", "kept", "leave", "leaves", "leaving", "left")
PAST_SUFFIX_EXCEPTIONS = (
    "unchanged", "unexpected", "unprecedented", "unidentified", "unnamed", "undisclosed", "unarmed", "unmanned",
    "unscheduled", "unresolved", "unsolved", "unemployed", "unfounded", "unvaccinated", "unlimited", "unrelated",
    "unspecified", "unexploded", "unaccompanied", "unopposed", "unconfirmed", "unverified", "unfinished",
    "unprotected", "unaffected", "uninjured", "unharmed", "unanswered", "unclaimed", "undecided", "unauthorized",
    "unauthorised", "uninsured", "unregulated", "unused", "unsecured", "unprovoked", "unwarranted", "unjustified",
    "unqualified", "unelected", "unpublished", "undocumented", "unrestricted",
)
PAST_SUFFIX_MIN = 4
CLAUSE_BREAKS = (".", "!", "?", ";", ":", "\"", "“", "”")
# quotation marks: around an expression alone ("voté d'ici "jeudi"") they part it from no clause
QUOTATION_MARKS = ("«", "»", "\"", "“", "”")
# a comma: a marker past it belongs to the clause only when none is nearer
# a comma, or a conjunction opening a clause of its own ("was injured on Saturday but will play")
CLAUSE_SOFT_BREAKS = (",", "but")
# a conjunction after an expression that opens a clause of its own, with its own tense: "arrested 20 people
# on Sunday and will release them on Friday" (before the expression it may share its verb: "will arrive and
# meet him on Friday")
CLAUSE_SOFT_BREAKS_AFTER = ("and", "if")

NUMBER_NOUNS = (
    "dollars dollar euros pounds people residents soldiers troops dead killed "
    "wounded victims km miles tons jobs votes workers men women children "
    "students shares %"
).split()

# before a number of 1800 to 2100, words that make it a year even before a counted noun:
# "the attack in 2012 killed four" ("after 2000 people died" is a count)
YEAR_PREPOSITIONS = ("in", "since", "until", "during")

# endings of adverbs, passed over between an auxiliary and its participle: "will be formally approved"
ADVERB_ENDINGS = ("ly",)

# articles before a weekday that make it some weekday, not a date: "fired on a Tuesday", « un mardi soir »
INDEFINITE_DAY_ARTICLES = ("a",)

# words after which a number is a reference, not a year: "flight 1148", "resolution 2334"
NOT_YEAR_AFTER = ("flight", "flights", "article", "section", "route", "highway", "interstate", "room", "bus",
                  "no", "number", "model", "rule", "resolution", "bill", "paragraph", "page", "pages",
                  "chapter", "exit", "gate", "platform", "channel", "item", "case", "docket", "code",
                  "line", "unit", "block", "lot", "ward", "cell", "seat", "row", "track", "lane")

# frequencies: "twice a year"
TIMES = {"once": 1, "twice": 2, "thrice": 3}
TIMES_WORD = {"times": 1}

# names holding a time word, which is then no time expression
NAMES_WITH_TIME_WORDS = ("Sunday Times", "Sunday Telegraph", "Sunday Express", "Sunday Mirror", "Mail on Sunday",
                         "Daily Mail", "Daily Telegraph", "Daily Beast", "Daily Express", "Daily Star",
                         "Daily News", "Daily Caller", "Daily Wire", "Weekly Standard", "March Madness",
                         "Super Tuesday", "Patriots Day", "Good Friday Agreement", "Good Friday accord")
# a month word before a capitalised word is a first name: "April Ryan", "August Pfluger"
MONTH_BEFORE_A_NAME_IS_A_NAME = True

SAME_DAY = ("the day",)

DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
APPROX_WORDS = {"about": 1, "nearly": 1, "almost": 1, "some": 1, "more than": 1,
                "less than": 1, "at least": 1, "roughly": 1, "around": 1, "over": 1,
                "the first": 0, "the past": 0, "the last": 0, "the next": 0,
                "another": 0, "an additional": 0, "the final": 0}
# the TimeML modifier of a duration after these words ("more than four months": MORE_THAN); after the
# other APPROX_WORDS, APPROX
DURATION_MODS = {"more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN", "at least": "EQUAL_OR_MORE"}

# words a time expression never ends with: they join it to what follows ("in November of 2023"; not
# "November of" in "convicted in November of passing secrets")
TRAILING_WORDS = ("of",)

RULES = [
    # "Christmas", "Easter Monday", "Thanksgiving 2024"
    ("holiday", "{holiday} {year}?", "holiday", {}),
    # "the Easter weekend", "over the Thanksgiving weekend", "the Christmas weekend of 2022"
    ("holiday_weekend", "{holiday} weekend", "holiday", {"weekend": True}),
    ("range_days", "^from|^between {month} {day=d1} to|and|- {day=d2} ,? {year}?",
     "range_days", {}),
    ("range_days_dm", "^from|^between {day=d1} to|and|- {day=d2} {month} ,? {year}?",
     "range_days", {}),
    # "March 4-5", "on March 19 and 20, 2024"
    ("range_days_bare", "{month} {day=d1} -|and {day=d2} ,? {year}?", "range_days", {}),
    # "Tuesday, December 31, 2019", "Tuesday January 31"
    # "the last Saturday of July", "the first Monday in September", "the third Sunday of spring"
    ("nth_weekday_month", "the? {ord=nth} {weekday} of|in {month} {year}?", "nth_weekday", {}),
    ("nth_weekday_season", "the? {ord=nth} {weekday} of|in the? {season} {year}?", "nth_weekday", {}),
    ("last_weekday_month", "the? last {weekday} of|in {month} {year}?", "nth_weekday", {"nth": -1}),
    # "the second Tuesday of next month", "the last Friday of this month": in the month told relative to
    # publication's
    ("nth_weekday_rel_month", "the? {ord=nth} {weekday} of {before_mod} month", "nth_weekday", {}),
    ("last_weekday_rel_month", "the? last {weekday} of {before_mod} month", "nth_weekday", {"nth": -1}),
    # "the 15th of last month", "the 3rd of this month"
    ("day_of_rel_month", "the {day} of {before_mod} month", "day_rel_month", {}),
    ("weekday_date", "{weekday} ,? {month} {day} ,? {year}?", "date", {}),
    ("weekday_date_dm", "{weekday} ,? {day} {month} ,? {year}?", "date", {}),
    # "October 8 last year", "8 October next year"
    ("date_md_rel_year", "{month} {day} ,? this|next|last year", "date_rel_year", {}),
    ("date_dm_rel_year", "{day} {month} ,? this|next|last year", "date_rel_year", {}),
    ("date_mdy", "{month} {day} ,? {year}?", "date", {}),
    ("weekday_day", "{weekday} ,? the {day}", "weekday_day", {}),
    ("date_the_dmy", "the? {ord_or_day=day} of {month} ,? {year}?", "date", {}),
    # "on the 20th": that day of the month nearest to publication, on the side of the tense
    ("month_day", "^on the {day}", "month_day", {}),
    # "by the 28th", "since the 5th", "until the 15th", "scheduled for the 12th": the same after a preposition
    # of time
    ("month_day_prep", "^by|^since|^until|^till|^from|^before|^after|^through|^between|^for the {day}", "month_day",
     {}),
    ("date_dmy", "{day} {month} ,? {year}?", "date", {}),
    ("date_numeric", "{int=month} / {int=day} / {year}", "date_numeric", {"order": "mdy"}),
    ("date_iso", "{year} - {int=month} - {int=day}", "date_numeric", {"order": "ymd"}),
    # "midnight Friday", "at midnight on Friday", "Friday at midnight", "midnight tonight": the
    # midnight that closes that day
    ("midnight_weekday", "^at? {midnight} on? {weekday}", "midnight_of", {}),
    ("weekday_midnight", "{weekday} night? at? {midnight}", "midnight_of", {}),
    ("midnight_tonight", "^at? {midnight} tonight", "midnight_of", {"n": 0}),
    ("tonight_midnight", "tonight at {midnight}", "midnight_of", {"n": 0}),
    ("pod_of_weekday", "{this}? {pod} of? {weekday}", "weekday_pod_first", {}),
    # "during the evening of Monday"
    ("the_pod_of_weekday", "^in|^during? the {pod} of {weekday}", "weekday_pod_first", {}),
    # "in the early hours of Thursday": that day (its first hours are the night before it, no part of it)
    ("early_hours_weekday", "^in? the early|small|wee hours of {weekday}", "weekday", {}),
    # "the following Tuesday", "the previous Friday night": the first such day after (before) the day the
    # story told last, not one counted from publication
    ("following_weekday", "the following {weekday} {pod}?", "anchored_weekday", {"n": 1}),
    ("previous_weekday", "the previous|preceding|prior {weekday} {pod}?", "anchored_weekday", {"n": -1}),
    # "next Tuesday and Wednesday", "last Monday and Tuesday": two days, the modifier of both
    ("weekday_pair_mod", "{pair_mod} {weekday} and {weekday=weekday2} {pod}?", "weekday_pair", {}),
    ("weekday", "{before_mod}? {weekday} {pod}?", "weekday", {}),
    ("weekday_set", "{weekday_pl=weekday} {pod}?", "weekday_set", {}),
    ("every_weekday", "{set_prefix} {weekday} {pod}?", "weekday_set", {}),
    ("weekday_pair_set", "{weekday} and|or {weekday=weekday2} {pod_pl}", "weekday_pair_set", {}),
    ("weekday_pod_set", "{weekday} {pod_pl}", "weekday_set", {}),
    ("every_unit", "{set_prefix} {num}? {unit}", "unit_set", {}),
    # "twice a year", "three times a week", "every other week", "every morning", "each spring"
    ("times_per_unit", "{times} a|per {unit}", "unit_set", {}),
    ("n_times_per_unit", "{num} {times_word} a|per {unit}", "unit_set", {}),
    ("every_other_unit", "every other {unit}", "unit_set", {"n": 2}),
    ("every_pod", "{set_prefix} {pod}", "part_set", {}),
    ("every_season", "{set_prefix} {season}", "part_set", {}),
    # "the 19th century", "the 21st century"
    ("century", "the? {int=c} st|nd|rd|th century", "century", {}),
    ("per_unit", "^per {unit}", "unit_set", {}),
    ("set_word", "{set_word}", "set_word", {}),
    ("day_pod_word", "{day_pod_word}", "day_pod", {}),
    ("day_word", "{day_word} {pod}?", "day_offset", {}),
    ("this_pod", "{this} {pod}", "this_pod", {}),
    # "earlier in the day", "later in the day": the day of the anchor
    # (the day told last, in this sentence or before it: "The vote took place on Sunday. Earlier in the day")
    ("in_the_day", "earlier|later in the day", "anchored", {"unit": "D", "n": 0, "scope": "text"}),
    # ("of": the offset from a day given right after them, that of their object: "the day before the
    # vote on Sunday" is Saturday)
    ("day_before", "the day|night before", "anchored", {"unit": "D", "n": -1, "of": -1}),
    ("day_after", "the next|following day", "anchored", {"unit": "D", "n": 1}),
    # "the next morning", "the following evening": that part of the day after the anchor
    ("pod_after", "the next|following {pod}", "anchored", {"unit": "D", "n": 1}),
    ("previous_day", "the previous|preceding day", "anchored", {"unit": "D", "n": -1}),
    # "the previous evening", "the preceding night": that part of the day before the anchor
    ("pod_before", "the previous|preceding {pod}", "anchored", {"unit": "D", "n": -1}),
    ("anchored_unit", "{anchored_mod} {cal_unit}", "anchored_unit", {}),
    ("anchored_pod", "^in|^during|^throughout|^through|^by|^until the {pod}", "anchored_pod", {}),
    # "who spent the night at the hospital": that part of the day told, as "during the night"
    ("spent_the_pod", "^spent|^spend|^spends|^spending the {pod}", "anchored_pod", {}),
    ("at_day_part_weekday", "^at {at_day_part=pod} on? {weekday}", "weekday_pod_first", {}),
    ("at_day_part", "^at {at_day_part=pod}", "anchored_pod", {}),
    # "since dawn", "until dusk": the span from or up to that moment of the day
    ("since_day_part", "^since|until|till|from {at_day_part=pod}", "anchored_pod", {}),
    ("anchored_day_part", "{day_part=pod}", "anchored_pod", {}),
    ("early_late_weekday", "early|late on? {weekday} {pod}?", "weekday", {}),
    ("day_after2", "the day after", "anchored", {"unit": "D", "n": 1, "of": 1}),
    ("same_day", "{same_day}", "anchored", {"unit": "D", "n": 0, "narrative": True}),
    ("same_day_as_before", "{same_as_before}", "anchored", {"unit": "D", "n": 0, "scope": "text"}),
    # "that night", "that evening": a part of the day told before
    ("same_pod_as_before", "{same_pod_as_before=pod}", "anchored_pod_before", {}),
    ("year_ago", "a year ago|earlier", "year_earlier", {}),
    # "this time last year", "at this time last year": a year before publication, as "a year ago"
    ("this_time_last_year", "this time last year", "year_earlier", {}),
    # "the week before last", "the month before last": two units back
    ("unit_before_last", "the {cal_unit} before last", "rel_unit", {"dir": -2}),
    ("year_earlier_quarter", "the year - earlier|ago {cal_unit}", "year_earlier_unit", {}),
    ("offset_later", "{num} {unit} later", "anchored_offset", {"sign": 1}),
    ("offset_earlier", "{num} {unit} earlier", "anchored_offset", {"sign": -1}),
    # "Hours later", "days earlier": some of the unit
    ("offset_later_some", "{unit} later", "anchored_offset", {"sign": 1}),
    ("offset_earlier_some", "{unit} earlier", "anchored_offset", {"sign": -1}),
    ("ago", "{approx_word}? {num} {unit} ago", "offset", {"sign": -1}),
    # "a year ago to the day": that very day
    ("ago_to_the_day", "{num} {unit} ago to the day", "offset", {"sign": -1, "exact": True}),
    # "a week ago today", "a year ago today": that very day too
    ("ago_today", "{num} {unit} ago today", "offset", {"sign": -1, "exact": True}),
    ("in_future", "^in {num} {unit}", "offset", {"sign": 1, "or_duration": True}),
    ("from_now", "{num} {unit} from now", "offset", {"sign": 1}),

    # "last week", "next month", "this year", "the latest quarter"
    # "the weekend of Aug. 17": the weekend of that date
    ("weekend_of_date", "the weekend of {month} {day} ,? {year}?", "date", {"within": "WE"}),
    # "the week of March 25": the week (Monday to Sunday) of that date
    ("week_of_date", "the week of {month} {day} ,? {year}?", "date", {"within": "W"}),
    ("week_end", "the|this|all weekend", "weekend", {}),
    # "over the past year", "in the last week": the year (week, month) up to publication, as "the past two
    # years" is two ("last year", "the last year of his life": a unit of the calendar, read below)
    ("past_year", "the past|last year", "duration", {"n": 1, "unit": "Y", "dir": -1, "not_before": ("of",)}),
    ("past_month", "the past|last month", "duration", {"n": 1, "unit": "M", "dir": -1, "not_before": ("of",)}),
    ("past_week", "the past|last week", "duration", {"n": 1, "unit": "W", "dir": -1, "not_before": ("of",)}),
    ("rel_unit", "{before_mod} {cal_unit}", "rel_unit", {}),
    # "protests went on all week", "all month": the current unit (not "all week of March 3")
    ("all_week", "all week", "rel_unit", {"dir": 0, "unit": "W", "not_before": ("of",)}),
    ("all_month", "all month", "rel_unit", {"dir": 0, "unit": "M", "not_before": ("of",)}),
    # "for the rest of the year": the current unit
    ("rest_of_unit", "the rest of the|this {cal_unit}", "rel_unit", {"dir": 0}),
    ("the_quarter", "the quarter", "rel_unit", {"dir": 0, "weak": True, "unit": "Q"}),
    # "in the new year": the year whose start is nearest to publication
    ("new_year", "^the new year", "rel_unit", {"dir": 0, "unit": "Y", "new": True}),
    # "the April-June quarter", "the July-September quarter of 2024"
    ("quarter_months", "the? {month=m1} - {month=m2} quarter of? {year}?", "quarter_months", {}),
    ("quarter_ord_rel", "the? {ord=q} -? quarter of ^the? next|this|last|current year", "quarter", {}),
    ("quarter_ord_year", "the? {ord=q} -? quarter of? {year}", "quarter", {}),
    ("quarter_ord", "the? {ord=q} -? quarter", "quarter", {}),
    # "Q3", "Q3 2024", "H1 2025" (a half-year only with its year: "H1N1" is no date)
    ("quarter_q", "q {int=q} {year}?", "quarter", {}),
    ("half_h", "h {int=q} {year}", "quarter", {"unit": "HALF"}),
    # "fiscal 2024", "fiscal year 2024", "the 2024 fiscal year", "FY2024", "FY24": a fiscal year, whose
    # calendar (its first month) the text does not give
    ("fiscal_year", "fiscal year? {year}", "fiscal_year", {}),
    ("fiscal_year_after", "the? {year} fiscal year", "fiscal_year", {}),
    ("fiscal_year_fy", "fy {int=year}", "fiscal_year", {"letters": "FY"}),
    # "the second half of 2025", "the first half of the year", "the first half of next year"
    ("half_ord_rel", "the? {ord=q} half of ^the? next|this|last|current year", "quarter", {"unit": "HALF"}),
    ("half_ord_year", "the? {ord=q} half of {year}", "quarter", {"unit": "HALF"}),
    ("half_ord_the_year", "the? {ord=q} half of the year", "quarter", {"unit": "HALF"}),
    ("part_month", "{part} {month} ,? {year}?", "month", {}),
    # "the first week of March", "the last week in May 2023": that week of the month, from its first day
    ("week_of_month", "the? {ord=week} week of|in {month} ,? {year}?", "month", {}),
    ("last_week_of_month", "the? last week of|in {month} ,? {year}?", "month", {"week": -1}),
    # "the late 1970s", "the mid-1990s": part of a decade
    ("part_decade", "the? {part} {year=decade_year} s", "decade", {}),
    ("part_year", "{part} {year}", "year", {}),
    ("part_rel_unit", "{part} {before_mod}? {cal_unit}", "part_unit", {}),
    # "the end of the month", "the start of the year": the current one
    ("part_the_unit", "{part} the {cal_unit}", "part_unit", {}),
    # "by year-end", "before month-end": the end of the current unit, after a word of a deadline (a
    # "year-end bonus" says no date)
    ("unit_end", "^by|^before|^until|^till {unit_end=cal_unit} -? end", "part_unit", {"part": "end"}),
    # "earlier this year", "later this month": the current unit ("later": what is left of it, the next
    # one when publication is its last day, "rest")
    ("earlier_this_unit", "earlier {this} {cal_unit}", "rel_unit", {"dir": 0}),
    ("later_this_unit", "later {this} {cal_unit}", "rel_unit", {"dir": 0, "rest": True}),
    ("season_of", "the? {season} of {year}", "season", {}),
    ("season", "{before_mod}? {season} {year}?", "season", {}),
    ("month_year", "{before_mod}? {month} ,? of? {year}?", "month", {}),
    ("month_this_year", "{part}? {month} of? this|next|last year", "month_rel_year", {}),
    # "charged that August", "by that September": the month of the year told before
    ("that_month", "that {month}", "that_month", {}),
    # "That spring", "later that year", "earlier that month": the season or the unit of the time told
    # before; "the following spring": the next one after it
    ("that_season", "that {season}", "that_unit", {}),
    ("that_cal_unit", "earlier|later? that {cal_unit}", "that_unit", {}),
    ("following_season", "the following|next {season}", "that_unit", {"after": True}),
    ("decade", "the {year=decade_year} s", "decade", {}),
    ("decade_mod", "the {decade_word}", "decade", {}),
    ("year", "{year}", "year", {}),
    ("vague", "{vague}", "vague", {}),
    ("duration_adj", "{num} - {unit}", "duration", {}),
    # "two and a half years", "an hour and a half"
    ("duration_half", "{approx_word}? {num} and a half {unit}", "duration", {"half": True}),
    ("duration_half_after", "{approx_word}? {num} {unit} and a half", "duration", {"half": True}),
    # "half an hour", "half a day"; "1 hour and 45 minutes", "two years and six months": counted in the smaller unit
    ("duration_half_only", "{approx_word}? half a|an {unit}", "duration", {"half_only": True}),
    ("duration_and_smaller", "{approx_word}? {num} {unit} and {num=num2} {unit=unit2}", "duration", {"plus": True}),
    # "the first nine months of the year": the span from the year's start ("the first nine months of 1997" is
    # two expressions, as TimeML marks it: DURATION_OF_YEAR draws the first within the second)
    ("first_units_of_year", "the first {num} {unit} of the|this year", "duration", {"within": "Y"}),
    ("duration", "{approx_word}? {num} {unit_adjective}? {unit}", "duration", {}),
    ("duration_one_more", "{one_more=num} {unit}", "duration", {}),
    ("clock_hm", "^at? {approx}? {hh} : {mm} {ampm}?", "clock", {}),
    ("clock_ampm", "^at? {approx}? {hh} {ampm}", "clock", {}),
    ("clock_oclock", "^at? {approx}? {hh} o'clock", "clock", {}),
    ("clock_oclock_half", "^at? {approx}? {hh} o'clock {day_half=ampm}", "clock", {}),
    # a bare hour only after "at" ("at 10 in the morning"; "arrested 3 in the morning" is a count)
    ("clock_at_half", "^at {approx}? {hh} {day_half=ampm}", "clock", {}),
    # ... or after a word of approximation ("around 3 in the morning")
    ("clock_approx_half", "^{approx} {hh} {day_half=ampm}", "clock", {}),
    ("clock_named", "^at? {approx}? {named_time}", "clock", {}),
    # wire copy gives times in four digits and a time zone: "(1830 GMT)"
    ("clock_zone", "^at? {approx}? {hhmm} {zone}", "clock", {}),
    ("clock_hm_zone", "^at? {approx}? {hh} : {mm} {ampm}? {zone}", "clock", {}),
    ("clock_ampm_zone", "^at? {approx}? {hh} {ampm} {zone}", "clock", {}),
    # British papers and live blogs write the minutes after a full stop: "8.35pm", "21.40 CET" (a
    # bare "20.35" may be a price: with a half of the day or a time zone only)
    ("clock_dot_ampm", "^at? {approx}? {hh} . {mm} {ampm} {zone}?", "clock", {}),
    ("clock_dot_zone", "^at? {approx}? {hh} . {mm} {zone}", "clock", {}),
]

# dates naming an event ("the Sept. 11 attacks", "the Oct. 7 attack", "the Jan. 6 committee"): (month,
# day) -> the event's year, when an event noun follows the date
NAMED_DATE_YEARS = {(9, 11): 2001, (10, 7): 2023, (1, 6): 2021, (11, 13): 2015}
NAMED_DATE_NOUNS = ("attack", "attacks", "attackers", "hijackers", "hijackings", "committee", "riot", "riots",
                    "insurrection", "terror", "terrorist")
# ... unless the sentence dates it otherwise (a year is written too): "police said last week"
NAMED_DATE_BLOCKERS = ("last", "this", "yesterday", "earlier")
# the words glued by a hyphen after a unit that make it a modifier naming a point of that unit, no
# duration: "a year-end bonus", "a month-end dividend"
UNIT_COMPOUND_ENDS = ("end",)
# units that are also fractions ("a quarter of voters", "fell by a quarter", "a quarter-point cut"):
# no time before these words or after these
FRACTION_UNITS = ("Q",)
FRACTION_AFTER = ("of", "point", "points", "percentage", "percent", "mile", "miles", "pound", "pounds",
                  # "a quarter less likely", "a quarter fewer deaths"
                  "less", "fewer", "lower", "higher", "smaller", "larger", "bigger")
FRACTION_BEFORE = ("by", "than", "nearly", "almost", "roughly", "about")
# holidays: name -> ("fixed", month, day) | ("easter", days after Easter Sunday) | ("nth", month,
# isoweekday, n, days after): the n-th such weekday of the month (-1: the last)
HOLIDAYS = {
    "Christmas": ("fixed", 12, 25), "Christmas Day": ("fixed", 12, 25), "Christmas Eve": ("fixed", 12, 24),
    "New Year's Day": ("fixed", 1, 1), "New Year's Eve": ("fixed", 12, 31), "New Year": ("fixed", 1, 1), "Halloween": ("fixed", 10, 31),
    "Valentine's Day": ("fixed", 2, 14), "Boxing Day": ("fixed", 12, 26), "Veterans Day": ("fixed", 11, 11),
    "Armistice Day": ("fixed", 11, 11), "Bastille Day": ("fixed", 7, 14), "Juneteenth": ("fixed", 6, 19),
    "St. Patrick's Day": ("fixed", 3, 17), "Easter": ("easter", 0), "Easter Sunday": ("easter", 0),
    "Easter Monday": ("easter", 1), "Good Friday": ("easter", -2), "Palm Sunday": ("easter", -7),
    "Ash Wednesday": ("easter", -46), "Pentecost": ("easter", 49), "Whit Monday": ("easter", 50),
    "Thanksgiving": ("nth", 11, 4, 4, 0), "Thanksgiving Day": ("nth", 11, 4, 4, 0),
    "Black Friday": ("nth", 11, 4, 4, 1), "Cyber Monday": ("nth", 11, 4, 4, 4),
    "Memorial Day": ("nth", 5, 1, -1, 0), "Labor Day": ("nth", 9, 1, 1, 0),
    "Martin Luther King Jr. Day": ("nth", 1, 1, 3, 0), "Martin Luther King Day": ("nth", 1, 1, 3, 0),
    "Presidents Day": ("nth", 2, 1, 3, 0), "Presidents' Day": ("nth", 2, 1, 3, 0),
    "Mother's Day": ("nth", 5, 7, 2, 0), "Father's Day": ("nth", 6, 7, 3, 0),
    # the U.S. federal election day: the Tuesday after the first Monday of November
    "Election Day": ("nth", 11, 1, 1, 1),
}
# holidays that are dates only written with their capitals ("after the new year" is the year)
HOLIDAY_CAPITALS = ("New Year",)
# holidays that are names too ("Father Christmas", "the film Halloween", "Easter Island"): dated only
# after a word of time ("on Christmas Eve", "over Easter", "since Halloween") or a noun of a period and
# its link ("the week of Thanksgiving")
HOLIDAY_NEEDS_CUE = ("Christmas", "Easter", "Halloween", "Thanksgiving", "Pentecost", "Juneteenth", "New Year")
HOLIDAY_CUES = ("on", "at", "over", "before", "after", "since", "until", "till", "by", "for", "during", "around",
                "through", "this", "last", "next", "and", "or", "from", "to", "ahead", "of")
HOLIDAY_ARTICLES = ("the",)
# words after a holiday that leave it a time ("the Easter break", "Thanksgiving weekend"); any other
# lowercase word makes it a modifier ("Easter egg", "Christmas tree sales")
HOLIDAY_FOLLOWERS = ("break", "holiday", "holidays", "weekend", "week", "recess", "season", "period", "eve",
                     "morning", "night", "vacation", "vacations", "shopping", "rush", "travel")
# words of a game: a quarter named in their sentence, with no year, is a period of the game ("Philadelphia
# led 24-0 at halftime and 34-0 late in the third quarter"), no quarter of the year
GAME_WORDS = ("halftime", "half-time", "touchdown", "touchdowns", "quarterback", "quarterbacks", "buzzer", "fumble",
              "interception", "rebounds", "three-pointer", "timeout", "yards", "yard", "sacked", "playoff",
              "playoffs", "baskets", "overtime", "kickoff", "inning", "innings")
# words after a clock that make it a game clock, the minutes and seconds remaining ("with 1:53 left in the fourth
# quarter", "2:10 remaining")
GAME_CLOCK_AFTER = ("left", "remaining")
GAME_CLOCK_BEFORE = ("with",)
# nouns a season word right before them qualifies, naming no time ("a powerful winter storm", "summer
# camps", "the Winter Olympics", "spring wheat")
SEASON_MODIFIED_NOUNS = ("storm", "storms", "weather", "olympics", "games", "camp", "camps", "tires", "tyres",
                         "coat", "coats", "clothing", "clothes", "collection", "crop", "crops", "wheat",
                         "squash", "solstice", "equinox", "heat", "wave", "sports", "fashion", "roads",
                         "driving", "blast", "chill", "conditions", "advisory", "warning", "watch")
HOLIDAY_LINKS = ()
HOLIDAY_PERIODS = ()

CATEGORIES = {
    "holiday": HOLIDAYS,
    "weekday": WEEKDAYS,
    "weekday_pl": WEEKDAYS_PLURAL,
    "month": MONTHS,
    "season": SEASONS,
    "pod": PARTS_OF_DAY,
    "pod_pl": PARTS_OF_DAY_PLURAL,
    "one_more": {"an additional": 1, "another": 1, "one more": 1, "a further": 1},
    "day_word": DAY_WORDS,
    "day_pod_word": DAY_POD_WORDS,
    "this": THIS,
    "unit": UNITS,
    "cal_unit": CALENDAR_UNITS,
    "after_mod": AFTER_MODIFIERS,
    "before_mod": BEFORE_MODIFIERS,
    "part": PARTS,
    "vague": VAGUE,
    "set_word": SET_WORDS,
    "set_prefix": SET_PREFIX,
    "named_time": NAMED_TIMES,
    "unit_end": {"year": "Y", "month": "M", "quarter": "Q"},
    "midnight": MIDNIGHT,
    "approx": APPROX,
    "unit_adjective": {w: 1 for w in UNIT_ADJECTIVES},
    "approx_word": APPROX_WORDS,
    "ampm": AMPM,
    "day_half": DAY_HALVES,
    "same_day": {p: 0 for p in SAME_DAY},
    "anchored_mod": ANCHORED_MODIFIERS,
    "pair_mod": PAIR_BEFORE_MODIFIERS,
    "day_part": DAY_PARTS,
    "at_day_part": AT_DAY_PARTS,
    "same_as_before": {"the same day": 0, "that day": 0, "that same day": 0},
    "same_pod_as_before": {"that night": "NI", "that evening": "EV", "that morning": "MO", "that afternoon": "AF",
                           "the same night": "NI", "the same evening": "EV", "the same morning": "MO",
                           "the same afternoon": "AF", "that same night": "NI", "that same evening": "EV",
                           "that same morning": "MO", "that same afternoon": "AF"},
    "decade_word": DECADE_WORDS,
    "zone": TIME_ZONES,
    "times": TIMES,
    "times_word": TIMES_WORD,

}

# English writes weekdays and months with a capital: "may" is a verb, "May" a month
NEEDS_CAPITAL = ("weekday", "month", "weekday_pl", "holiday")
AMBIGUOUS = {
    "month": ("may", "march", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
              "oct", "nov", "dec"),
    "season": ("fall", "spring"),
}
# the words after which an ambiguous word is no time unless a year follows: "the fall of Goma"
AMBIGUOUS_NOT_BEFORE = {"season": ("of",)}
# verbs right after "that" and a month: "that" is a conjunction ("The service said that June was the
# third-warmest on record"), the month alone a time
THAT_CONJUNCTION_VERBS = ("was", "were", "is", "are", "will", "would", "had", "has", "have", "could", "may",
                          "might", "saw", "brought", "marked", "ranked")
AMBIGUOUS_CUES = ("in", "since", "last", "next", "early", "late", "mid", "of", "until", "by",
                  "from", "this", "during", "through", "the", "before", "after", "that", "between",
                  # two words: "as early as March", "as soon as May" (not "such as May")
                  "early as", "soon as", "late as",
                  # the end of a period of statistics: "in the 12 months to March", "the year to May"
                  "months to", "weeks to", "year to", "quarter to",
                  # a date set: "a second trial is scheduled for March" (not "voted for May")
                  "scheduled for", "set for", "slated for", "planned for", "postponed to", "delayed to",
                  "adjourned to", "pushed back to", "moved to", "brought forward to")

# "last February" names the February of the year before; "février dernier" the latest one
LAST_MONTH_IS_PREVIOUS_YEAR = True
LOWERCASE_CATEGORIES = ()
# "four flights a week": a rate, not a duration
RATE_ARTICLES = ("a", "an")
# words of an amount before "a week", "a year": a rate ("$100 million a week")
RATE_BEFORE = ("million", "billion", "trillion", "thousand", "hundred", "dollars", "euros", "pounds", "percent", "%")
AGE_UNITS = ("Y",)
# "a second" is a duration ("waited a second", "a second later") or an ordinal ("a second
# explosion", "a second, independent alarm"): after these articles the unit word is read as the
# ordinal when a noun phrase goes on after it, unless one of ORDINAL_UNIT_FOLLOWERS comes next
ORDINAL_UNITS = {"second": ("a", "an")}
ORDINAL_UNIT_FOLLOWERS = ("later", "ago", "earlier", "before", "after", "or", "and", "longer", "more",
                          "less", "too", "of", "at", "per", "each", "to", "then", "when", "as", "while",
                          "until", "till", "in", "into", "from", "but", "so", "for", "passed",
                          "went", "go", "goes", "is", "was", "felt", "feels", "seemed")
# before the unit, words after which it is always the duration ("for a second", "in a second")
ORDINAL_UNIT_DURATION_BEFORE = ("for", "in", "within", "after", "about", "just", "only", "barely",
                                "half", "wait", "waited", "waits", "waiting", "paused", "pause",
                                "took", "take", "takes", "lasted", "last", "lasts", "hesitated",
                                "than", "every", "per")
AGE_BEFORE = ("aged",)
# words joining two ages after those: "aged 14 and 15 years", "aged 18 to 25 years"
AGE_JOINS = ("and", "or", "to")
AGE_NOUNS = ()
DAY_FOLLOWERS = ("in", "at", "on", "and", "when", "as", "after", "before", "during")
# the endings a day of the month written alone may have ("on the 20th"; "on the 20" is a count or a score)
MONTH_DAY_ENDINGS = ("st", "nd", "rd", "th")
# words after a day written alone that leave it a day ("on the 20th, police said"); any other word makes it
# an ordinal ("the 20th anniversary")
MONTH_DAY_FOLLOWERS = ()
EVENT_NAME_LINKS = ("of",)
# "the next 18 months" runs forward from publication, "the past four years" back
DURATION_DIRECTION = {"the next": 1, "the coming": 1, "the past": -1, "the last": -1}
AGE_AT = ("aged",)
# "a 53-year-old man": an age
AGE_WORDS = ("old",)
# "Good Friday", "Black Friday", "Super Tuesday": named days, not weekdays
NOT_WEEKDAY_BEFORE = ("good", "black", "ash", "super", "holy", "maundy", "cyber", "shrove", "palm",
                      "bloody", "easter")

# prepositions after a duration that count it from the day written right after them ("two days before Christmas", "three days after the election on March 3"):
# the duration is drawn from that day (-1: ending on it, 1: starting on it), not from publication
DURATION_FROM_DAY = {"before": -1, "after": 1, "from": 1,
                     # 0: ending with the day or month right after ("in the three months to September")
                     "to": 0, "through": 0}

# words saying a sentence is told at the time of the one before it ("In 2022, a similar strike began on Dec. 23. The company then paid a bonus in early January"): the year a sentence opening on
# a written year gives goes on into it; word -> the words after it that make it something else
THEN_WORDS = {"then": ("again",)}

# a duration opened by these words and followed by the word after them and a year ("the first nine months of
# 1997") is drawn from that year's start
DURATION_OF_YEAR = (("the", "first"), ("of",))
# auxiliaries of the pluperfect: "overnight", "in the night" after one is the night of a day told before ("had
# been shot dead in the night"), not the night just gone
PLUPERFECT_AUXILIARIES = ("had",)
