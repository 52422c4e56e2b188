"""French rule families, one behaviour per test, on news sentences.

Every expected value is derived from the calendar around the publication date,
Tuesday 31 December 2019 (ISO week 2020-W01; the weekend before it is
28-29 December, 2019-W52-WE), and from the TimeML/TIDES conventions.
"""
from datetime import date, datetime, timedelta

import pytest

import chronique
from calendar_helpers import (PUB, day_interval, most_recent, next_one, span, timex,
                              timex_containing, weekend_of)

LANG = "fr"


# ---------------------------------------------------------------- helpers
def analyze(text, published=PUB.isoformat()):
    return chronique.analyze(text, published=published, lang=LANG)



def test_publication_day_is_a_tuesday():
    # the calendar facts every other test relies on
    assert PUB.isoweekday() == 2
    assert date(2019, 12, 27).isoweekday() == 5
    assert date(2019, 12, 28).isocalendar()[:2] == (2019, 52)


# ---------------------------------------------------------------- weekdays
def test_weekday_of_the_publication_day_is_that_day():
    t = timex(analyze("Mardi, le gouvernement a annoncé un plan de relance."), "Mardi")
    assert t.type == "DATE"
    assert t.value == PUB.isoformat()
    assert t.interval == day_interval(PUB)
    assert t.anchor == "published"


@pytest.mark.parametrize("sentence, word, isoweekday", [
    ("Vendredi, les manifestants ont défilé à Paris.", "Vendredi", 5),
    ("Lundi, le ministre a été reçu à l'Élysée.", "Lundi", 1),
    ("Samedi, des heurts ont éclaté devant la préfecture.", "Samedi", 6),
    ("Les syndicats ont rencontré le Premier ministre jeudi.", "jeudi", 4),
])
def test_bare_weekday_in_past_tense_is_most_recent(sentence, word, isoweekday):
    expected = most_recent(isoweekday)
    t = timex(analyze(sentence), word)
    assert t.value == expected.isoformat()
    assert t.interval == day_interval(expected)


def test_bare_weekday_without_tense_marker_points_to_the_past():
    t = timex(analyze("Vendredi : le ministre à Berlin."), "Vendredi")
    assert t.value == most_recent(5).isoformat()


@pytest.mark.parametrize("sentence, word, isoweekday", [
    ("Vendredi, les manifestants défileront à Paris.", "Vendredi", 5),
    ("Jeudi, le ministre sera reçu à l'Élysée.", "Jeudi", 4),
    ("Dimanche, les électeurs voteront pour la seconde fois.", "Dimanche", 7),
])
def test_weekday_in_future_tense_is_the_next_one(sentence, word, isoweekday):
    expected = next_one(isoweekday)
    t = timex(analyze(sentence), word)
    assert t.value == expected.isoformat()
    assert t.tense == "future"


@pytest.mark.parametrize("sentence, word, isoweekday", [
    ("Vendredi prochain, le ministre sera reçu à l'Élysée.", "Vendredi prochain", 5),
    ("Mardi prochain, le texte sera examiné au Sénat.", "Mardi prochain", 2),
])
def test_weekday_with_prochain_is_the_next_one_never_today(sentence, word, isoweekday):
    t = timex(analyze(sentence), word)
    assert t.value == next_one(isoweekday).isoformat()
    assert t.value > PUB.isoformat()


@pytest.mark.parametrize("sentence, word, isoweekday", [
    ("Vendredi dernier, le ministre a été reçu à l'Élysée.", "Vendredi dernier", 5),
    ("Mardi dernier, le texte a été adopté au Sénat.", "Mardi dernier", 2),
])
def test_weekday_with_dernier_is_the_previous_one_never_today(sentence, word, isoweekday):
    t = timex(analyze(sentence), word)
    assert t.value == most_recent(isoweekday, include_today=False).isoformat()


# ------------------------------------------------------------ parts of day
def test_weekday_evening_is_TEV_from_six_pm_to_midnight():
    t = timex(analyze("Mardi soir, le président a pris la parole à la télévision."), "Mardi soir")
    assert t.type == "TIME"
    assert t.value == f"{PUB.isoformat()}TEV"
    assert t.interval == [f"{PUB.isoformat()}T18:00:00", f"{PUB.isoformat()}T23:59:59"]


@pytest.mark.parametrize("sentence, word, isoweekday, code, lo_hour, hi_hour", [
    ("Lundi matin, la grève a commencé dans les transports.", "Lundi matin", 1, "MO", 0, 12),
    ("Lundi après-midi, les syndicats ont été reçus à Matignon.", "Lundi après-midi", 1, "AF", 12, 19),
    ("Dimanche soir, un incendie s'est déclaré dans l'entrepôt.", "Dimanche soir", 7, "EV", 17, 24),
])
def test_weekday_with_part_of_day_is_an_interval_inside_that_day(sentence, word, isoweekday, code,
                                                                  lo_hour, hi_hour):
    day = most_recent(isoweekday)
    t = timex(analyze(sentence), word)
    assert t.type == "TIME"
    assert t.value == f"{day.isoformat()}T{code}"
    lo, hi = span(t)
    assert lo.date() == day and hi.date() == day
    assert lo_hour <= lo.hour and lo < hi and hi <= datetime.combine(day, datetime.min.time()) + timedelta(hours=hi_hour)


def test_weekday_night_runs_into_the_next_morning():
    saturday = most_recent(6)
    t = timex(analyze("Samedi nuit, la police est intervenue dans le quartier."), "Samedi nuit")
    assert t.type == "TIME" and t.value == f"{saturday.isoformat()}TNI"
    lo, hi = span(t)
    assert lo.date() == saturday and lo.hour >= 18
    assert hi.date() == saturday + timedelta(days=1) and hi.hour < 12


def test_cette_nuit_in_past_tense_is_the_night_before_publication():
    t = timex(analyze("Cette nuit, un incendie a ravagé l'entrepôt."), "Cette nuit")
    eve = PUB - timedelta(days=1)
    assert t.type == "TIME" and t.value == f"{eve.isoformat()}TNI"
    lo, hi = span(t)
    assert lo.date() == eve and lo.hour >= 18
    assert hi.date() == PUB and hi.hour < 12


def test_cette_nuit_in_future_tense_is_the_night_after_publication():
    t = timex(analyze("Cette nuit, les températures descendront sous zéro."), "Cette nuit")
    assert t.value == f"{PUB.isoformat()}TNI"
    lo, hi = span(t)
    assert lo.date() == PUB and hi.date() == PUB + timedelta(days=1)


@pytest.mark.parametrize("sentence, word, code", [
    ("Ce soir, le président s'exprimera à la télévision.", "Ce soir", "EV"),
    ("Ce matin, la police a évacué le camp.", "Ce matin", "MO"),
])
def test_this_part_of_day_is_on_the_publication_day(sentence, word, code):
    t = timex(analyze(sentence), word)
    assert t.value == f"{PUB.isoformat()}T{code}"
    lo, hi = span(t)
    assert lo.date() == PUB and hi.date() == PUB


def test_night_from_monday_to_tuesday_spans_both_days_without_the_preposition():
    a = analyze("Dans la nuit de lundi à mardi, des coups de feu ont été entendus.")
    t = timex(a, "la nuit de lundi à mardi")
    monday = most_recent(1)
    assert t.type == "TIME" and t.value == f"{monday.isoformat()}TNI"
    lo, hi = span(t)
    assert lo.date() == monday and lo.hour >= 18
    assert hi.date() == most_recent(2) and hi.hour <= 12


def test_evening_in_the_same_sentence_as_a_weekday_is_that_weekday_evening():
    a = analyze("Lundi, la grève a commencé et, dans la soirée, les syndicats ont été reçus.")
    monday = timex(a, "Lundi")
    t = timex(a, "la soirée")
    assert t.value == f"{most_recent(1).isoformat()}TEV"
    assert t.anchor == monday.id


def test_afternoon_after_elided_article_is_a_part_of_day_not_noon():
    a = analyze("Dans l'après-midi, les syndicats ont été reçus à Matignon.")
    t = timex_containing(a, "après-midi")
    assert t.value == f"{PUB.isoformat()}TAF"
    assert all(not t.value.endswith("T12:00") for t in a.timexes)


# ---------------------------------------------------------------- weekends
def test_le_week_end_in_past_tense_is_the_last_weekend_without_the_preposition():
    a = analyze("Pendant le week-end, les manifestations ont repris dans plusieurs villes.")
    t = timex(a, "le week-end")
    value, interval = weekend_of(most_recent(6))
    assert (value, interval) == ("2019-W52-WE", day_interval(date(2019, 12, 28), date(2019, 12, 29)))
    assert t.value == value and t.interval == interval


def test_ce_week_end_in_future_tense_is_the_next_weekend():
    t = timex(analyze("Ce week-end, les manifestants se rassembleront de nouveau."), "Ce week-end")
    value, interval = weekend_of(next_one(6))
    assert t.value == value and t.interval == interval


def test_ce_week_end_in_past_tense_is_the_weekend_just_gone():
    t = timex(analyze("Ce week-end, les manifestants ont défilé dans le calme."), "Ce week-end")
    value, interval = weekend_of(most_recent(6))
    assert t.value == value and t.interval == interval


# ---------------------------------------------------------------- day words
@pytest.mark.parametrize("sentence, word, offset", [
    ("Aujourd'hui, le Parlement examine la loi.", "Aujourd'hui", 0),
    ("Hier, le Premier ministre a démissionné.", "Hier", -1),
    ("Avant-hier, le Sénat a voté le texte.", "Avant-hier", -2),
    ("Demain, les négociations reprendront.", "Demain", 1),
])
def test_day_word_is_counted_from_the_publication_date(sentence, word, offset):
    expected = PUB + timedelta(days=offset)
    t = timex(analyze(sentence), word)
    assert t.type == "DATE"
    assert t.value == expected.isoformat()
    assert t.interval == day_interval(expected)
    assert t.anchor == "published"


def test_hier_soir_is_the_evening_before_publication():
    t = timex(analyze("Hier soir, le président s'est exprimé."), "Hier soir")
    eve = PUB - timedelta(days=1)
    assert t.type == "TIME" and t.value == f"{eve.isoformat()}TEV"
    lo, hi = span(t)
    assert lo == datetime(eve.year, eve.month, eve.day, 18) and hi.date() == eve


# ------------------------------------------------------- narrative anchors
ARREST = "Le 20 décembre, l'opposant a été arrêté à Alger."


@pytest.mark.parametrize("follow_up, word, offset", [
    ("La veille, il avait rencontré son avocat.", "La veille", -1),
    ("Le lendemain, il a été libéré sous caution.", "Le lendemain", 1),
    ("Deux jours plus tard, il a été libéré sous caution.", "Deux jours plus tard", 2),
])
def test_narrative_anchor_counts_from_the_previous_expression(follow_up, word, offset):
    a = analyze(f"{ARREST} {follow_up}")
    arrest = timex(a, "Le 20 décembre")
    assert arrest.value == "2019-12-20"
    t = timex(a, word)
    expected = date(2019, 12, 20) + timedelta(days=offset)
    assert t.value == expected.isoformat()
    assert t.interval == day_interval(expected)
    assert t.anchor == arrest.id


def test_narrative_anchor_ignores_the_publication_date_when_an_expression_precedes():
    a = analyze(f"{ARREST} La veille, il avait rencontré son avocat.")
    assert timex(a, "La veille").value != (PUB - timedelta(days=1)).isoformat()


# ------------------------------------------------------- dans la journée
def test_dans_la_journee_alone_is_the_publication_day():
    t = timex(analyze("Le ministre doit s'exprimer dans la journée."), "la journée")
    assert t.value == PUB.isoformat()
    assert t.interval == day_interval(PUB)


def test_dans_la_journee_after_a_weekday_is_that_day():
    a = analyze("Jeudi, le ministre a rencontré les syndicats et s'est exprimé dans la journée.")
    thursday = timex(a, "Jeudi")
    t = timex(a, "la journée")
    assert t.value == most_recent(4).isoformat()
    assert t.anchor == thursday.id


# ---------------------------------------------------------------- vague
@pytest.mark.parametrize("sentence, word, value", [
    ("Plus tôt, le ministre avait démenti ces informations.", "Plus tôt", "PAST_REF"),
    ("Le ministre a récemment démenti ces informations.", "récemment", "PAST_REF"),
    ("Ces derniers jours, les tensions se sont accrues.", "Ces derniers jours", "PAST_REF"),
    ("Une décision est attendue dans les jours qui viennent.", "les jours qui viennent", "FUTURE_REF"),
    ("À terme, l'usine devrait fermer ses portes.", "À terme", "FUTURE_REF"),
    ("Le texte sera bientôt présenté en Conseil des ministres.", "bientôt", "FUTURE_REF"),
])
def test_vague_reference_has_a_ref_value_and_a_bounded_interval_on_its_side(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert t.type == "DATE" and t.value == value
    lo, hi = span(t)
    assert lo <= hi
    assert hi - lo <= timedelta(days=2 * 366), "a vague reference still gets a drawable interval"
    start_of_pub, end_of_pub = datetime(2019, 12, 31), datetime(2019, 12, 31, 23, 59, 59)
    if value == "PAST_REF":
        assert lo < start_of_pub and hi <= end_of_pub
    else:
        assert lo >= start_of_pub and hi > end_of_pub


def test_les_jours_qui_viennent_is_the_week_after_publication():
    t = timex(analyze("Une décision est attendue dans les jours qui viennent."), "les jours qui viennent")
    assert t.interval == day_interval(PUB + timedelta(days=1), PUB + timedelta(days=7))


# ---------------------------------------------------------- explicit dates
def test_full_written_date():
    t = timex_containing(analyze("Le traité a été signé le 31 décembre 2019 à Genève."), "31 décembre 2019")
    assert t.type == "DATE" and t.value == "2019-12-31"
    assert t.interval == day_interval(date(2019, 12, 31))


def test_numeric_day_month_year_date_is_read_day_first():
    t = timex_containing(analyze("Le décret a été publié le 3/04/2019 au Journal officiel."), "3/04/2019")
    assert t.value == "2019-04-03"


def test_numeric_date_of_publication():
    t = timex_containing(analyze("Le décret a été publié le 31/12/2019."), "31/12/2019")
    assert t.value == "2019-12-31"
    assert t.interval == day_interval(PUB)


def test_premier_with_ordinal_suffix_in_future_tense_is_next_new_year():
    t = timex_containing(analyze("La loi entrera en vigueur le 1er janvier."), "1er janvier")
    assert t.value == "2020-01-01"


def test_month_alone_in_past_tense_is_the_last_such_month():
    t = timex(analyze("En mars, les ventes ont chuté de 4 %."), "mars")
    assert t.type == "DATE" and t.value == "2019-03"
    assert t.interval == day_interval(date(2019, 3, 1), date(2019, 3, 31))


def test_month_alone_in_future_tense_is_the_next_such_month():
    t = timex(analyze("Le sommet aura lieu en juin."), "juin")
    assert t.value == "2020-06"
    assert t.interval == day_interval(date(2020, 6, 1), date(2020, 6, 30))


def test_month_with_year():
    t = timex(analyze("Le sommet a eu lieu en décembre 2018."), "décembre 2018")
    assert t.value == "2018-12"
    assert t.interval == day_interval(date(2018, 12, 1), date(2018, 12, 31))


def test_year_alone_without_the_preposition():
    t = timex(analyze("En 2003, la guerre a éclaté."), "2003")
    assert t.type == "DATE" and t.value == "2003"
    assert t.interval == day_interval(date(2003, 1, 1), date(2003, 12, 31))


def test_decade_is_the_ten_years():
    t = timex(analyze("Dans les années 1990, le pays a traversé une grave crise."), "les années 1990")
    assert t.value == "199"          # TimeML writes a decade as its first three digits
    assert t.interval == day_interval(date(1990, 1, 1), date(1999, 12, 31))


def test_season_with_year():
    t = timex_containing(analyze("Au printemps 2019, les manifestations ont commencé."), "printemps 2019")
    assert t.value == "2019-SP"
    lo, hi = span(t)
    assert lo.year == hi.year == 2019 and lo.month == 3 and hi.month == 6


@pytest.mark.parametrize("sentence, word", [
    ("Cet été, la sécheresse a frappé tout le pays.", "Cet été"),
    ("L'été dernier, la sécheresse a frappé tout le pays.", "L'été dernier"),
])
def test_this_or_last_summer_in_past_tense_is_summer_2019(sentence, word):
    t = timex(analyze(sentence), word)
    assert t.value == "2019-SU"
    lo, hi = span(t)
    assert lo.year == hi.year == 2019 and 6 <= lo.month <= hi.month <= 9


def test_fin_decembre_is_the_end_of_the_month():
    t = timex(analyze("Fin décembre, le froid a paralysé le pays."), "Fin décembre")
    assert t.value == "2019-12" and t.mod == "END"
    lo, hi = span(t)
    assert date(2019, 12, 15) < lo.date() and hi == datetime(2019, 12, 31, 23, 59, 59)


def test_mi_janvier_in_future_is_the_middle_of_next_january():
    t = timex(analyze("La réforme sera présentée mi-janvier."), "mi-janvier")
    assert t.value == "2020-01" and t.mod == "MID"
    lo, hi = span(t)
    assert date(2020, 1, 1) < lo.date() <= date(2020, 1, 15) <= hi.date() < date(2020, 1, 31)


def test_debut_2020_is_the_start_of_the_year():
    t = timex(analyze("Début 2020, le projet sera lancé."), "Début 2020")
    assert t.value == "2020" and t.mod == "START"
    lo, hi = span(t)
    assert lo == datetime(2020, 1, 1) and hi < datetime(2020, 7, 1)


# ---------------------------------------------------------------- ranges
def test_entre_two_years_is_a_closed_range():
    a = analyze("Entre 2010 et 2014, le chômage a fortement augmenté.")
    start, end = timex(a, "2010"), timex(a, "2014")
    assert (start.value, end.value) == ("2010", "2014")
    expected = day_interval(date(2010, 1, 1), date(2014, 12, 31))
    assert start.range["role"] == "start" and start.range["with"] == end.id
    assert end.range["role"] == "end" and end.range["with"] == start.id
    assert start.range["interval"] == end.range["interval"] == expected


def test_du_3_au_5_mars_is_a_range_of_days_in_the_next_march():
    a = analyze("Le festival se tiendra du 3 au 5 mars.")
    ranged = {t.range["role"]: t for t in a.timexes if t.range}
    assert set(ranged) == {"start", "end"}
    assert ranged["start"].value == "2020-03-03"
    assert ranged["end"].value == "2020-03-05"
    assert ranged["start"].range["interval"] == day_interval(date(2020, 3, 3), date(2020, 3, 5))


def test_depuis_a_year_is_open_until_publication():
    a = analyze("Depuis 2003, le pays est en guerre.")
    t = timex(a, "2003")
    assert t.value == "2003"
    assert t.range["role"] == "start" and t.range["with"] is None
    assert t.range["interval"] == day_interval(date(2003, 1, 1), PUB)


# ---------------------------------------------------------------- durations
@pytest.mark.parametrize("sentence, word, value", [
    ("La grève a duré trois jours.", "trois jours", "P3D"),
    ("La garde à vue a duré 48 heures.", "48 heures", "PT48H"),
    ("Les négociations ont duré deux semaines.", "deux semaines", "P2W"),
    ("Il a purgé une peine de dix ans.", "dix ans", "P10Y"),
])
def test_duration_value_is_an_iso_period(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert t.type == "DURATION" and t.value == value
    lo, hi = span(t)
    assert lo <= hi


@pytest.mark.parametrize("sentence, word, value, first", [
    ("Au cours des trois derniers mois, les prix ont augmenté de 4 %.", "trois derniers mois", "P3M",
     date(2019, 9, 30)),
    ("Ces dix dernières années, la population a doublé.", "Ces dix dernières années", "P10Y", date(2009, 12, 31)),
    ("Trois attaques ont eu lieu lors des 48 dernières heures.", "48 dernières heures", "PT48H",
     date(2019, 12, 30)),
    ("Les deux dernières semaines ont été difficiles.", "Les deux dernières semaines", "P2W",
     date(2019, 12, 17)),
])
def test_n_derniers_units_is_the_span_ending_at_publication(sentence, word, value, first):
    # the article folded into "des" ("au cours des", "lors des") stays out of the span
    t = timex(analyze(sentence), word)
    assert t.type == "DURATION" and t.value == value
    lo, hi = span(t)
    assert (lo.date(), hi.date()) == (first, PUB)


def test_n_prochains_units_is_the_span_starting_at_publication():
    t = timex(analyze("Le chantier sera fermé pendant les six prochains mois."), "les six prochains mois")
    assert t.type == "DURATION" and t.value == "P6M"
    lo, hi = span(t)
    assert (lo.date(), hi.date()) == (PUB, date(2020, 6, 30))


@pytest.mark.parametrize("sentence, word, value", [
    ("Depuis plusieurs semaines, la tension monte.", "plusieurs semaines", "PXW"),
    ("Les négociations ont duré quelques heures.", "quelques heures", "PTXH"),
])
def test_a_count_without_a_number_gives_an_unspecified_duration(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert t.type == "DURATION" and t.value == value
    lo, hi = span(t)
    assert lo < hi


# ---------------------------------------------------------------- tense and plans
@pytest.mark.parametrize("sentence", [
    "Les travaux reprendront en novembre.",
    "Le contrat prendra fin en novembre, a indiqué le ministre.",
])
def test_month_just_past_in_a_future_clause_is_next_years(sentence):
    # November 2019 ended weeks before publication: a future tense speaks of November 2020
    t = timex(analyze(sentence), "novembre")
    assert t.value == "2020-11"


def test_month_just_past_in_a_plan_may_be_the_past_one():
    # a plan ("prévu") may be one already past: the November just gone is the nearer
    t = timex(analyze("Le scrutin, prévu en novembre, a été reporté."), "novembre")
    assert t.value == "2019-11"


# ---------------------------------------------------------------- sets
@pytest.mark.parametrize("sentence, word, value", [
    ("Le marché se tient chaque lundi.", "chaque lundi", "XXXX-WXX-1"),
    ("Les bombardements ont lieu tous les jours.", "tous les jours", "P1D"),
    ("Le sommet se réunit chaque année.", "chaque année", "P1Y"),
])
def test_set_is_a_recurring_time(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert t.type == "SET" and t.value == value
    assert t.interval is not None and None not in t.interval


# ----------------------------------------------- relative weeks and years
def _week(d: date):
    year, week, _ = d.isocalendar()
    monday = d - timedelta(days=d.isoweekday() - 1)
    return f"{year}-W{week:02d}", day_interval(monday, monday + timedelta(days=6))


@pytest.mark.parametrize("sentence, word, weeks", [
    ("La semaine dernière, le ministre a démissionné.", "La semaine dernière", -1),
    ("Cette semaine, le texte a été examiné en commission.", "Cette semaine", 0),
    ("La semaine prochaine, le texte sera examiné au Sénat.", "La semaine prochaine", 1),
])
def test_relative_week_is_an_iso_week(sentence, word, weeks):
    value, interval = _week(PUB + timedelta(weeks=weeks))
    t = timex(analyze(sentence), word)
    assert t.value == value and t.interval == interval


def test_le_mois_prochain_is_january_2020():
    t = timex(analyze("Le mois prochain, les élections auront lieu."), "Le mois prochain")
    assert t.value == "2020-01"
    assert t.interval == day_interval(date(2020, 1, 1), date(2020, 1, 31))


def test_le_mois_dernier_is_november_2019():
    t = timex(analyze("Le mois dernier, les ventes ont chuté."), "Le mois dernier")
    assert t.value == "2019-11"


def test_l_an_dernier_is_2018():
    t = timex(analyze("L'an dernier, la croissance a ralenti."), "L'an dernier")
    assert t.value == "2018"
    assert t.interval == day_interval(date(2018, 1, 1), date(2018, 12, 31))


def test_l_an_prochain_is_2020():
    t = timex(analyze("Le rapport sera publié l'an prochain."), "l'an prochain")
    assert t.value == "2020"


def test_il_y_a_deux_jours_is_two_days_before_publication():
    a = analyze("Il y a deux jours, le ministre a démissionné.")
    t = timex_containing(a, "deux jours")
    expected = PUB - timedelta(days=2)
    assert t.value == expected.isoformat()
    assert t.interval == day_interval(expected)


def test_dans_deux_jours_is_two_days_after_publication():
    t = timex(analyze("Dans deux jours, la grève commencera."), "deux jours")
    expected = PUB + timedelta(days=2)
    assert t.type == "DATE" and t.value == expected.isoformat()


@pytest.mark.parametrize("sentence", [
    "Les élections auront lieu dans trois semaines.",
    "Le texte sera examiné dans trois semaines.",
    "Le scrutin est prévu dans trois semaines.",
])
def test_dans_trois_semaines_is_three_weeks_after_publication(sentence):
    t = timex(analyze(sentence), "trois semaines")
    target = datetime.combine(PUB + timedelta(weeks=3), datetime.min.time())
    lo, hi = span(t)
    assert t.type == "DATE"
    assert lo <= target <= hi and hi - lo < timedelta(days=7)


# ------------------------------------------------------------ clock times
def test_clock_time_hhmm_excludes_a_and_falls_on_the_publication_day():
    t = timex(analyze("Le président s'exprimera à 18h30 à la télévision."), "18h30")
    assert t.type == "TIME" and t.value == f"{PUB.isoformat()}T18:30"
    lo, hi = span(t)
    assert lo == datetime(2019, 12, 31, 18, 30) and hi < datetime(2019, 12, 31, 18, 31)


def test_approximate_clock_time_keeps_vers_and_is_marked_approx():
    t = timex(analyze("La manifestation a commencé vers 20 heures."), "vers 20 heures")
    assert t.value == f"{PUB.isoformat()}T20:00" and t.mod == "APPROX"
    lo, hi = span(t)
    assert lo <= datetime(2019, 12, 31, 20) <= hi


def test_midi_is_noon():
    t = timex(analyze("Le conseil se réunira à midi."), "midi")
    assert t.type == "TIME" and t.value == f"{PUB.isoformat()}T12:00"


def test_clock_time_after_a_date_falls_on_that_date():
    a = analyze("Il a été arrêté jeudi 26 décembre à 18h30.")
    day = timex(a, "jeudi 26 décembre")
    t = timex(a, "18h30")
    assert t.value == "2019-12-26T18:30" and t.anchor == day.id


# ----------------------------------------------------------- year choice
def test_day_month_without_year_takes_the_nearest_year():
    t = timex(analyze("Le 15 décembre, le ministre a démissionné."), "Le 15 décembre")
    assert t.value == "2019-12-15"


def test_day_month_in_past_tense_takes_the_year_before_when_nearest_is_ahead():
    # 20 April 2020 is nearer to publication than 20 April 2019, but the clause is past
    assert abs(date(2020, 4, 20) - PUB) < abs(date(2019, 4, 20) - PUB)
    t = timex(analyze("Le 20 avril, le ministre a démissionné."), "Le 20 avril")
    assert t.value == "2019-04-20"


def test_day_month_in_future_tense_takes_the_year_after_when_nearest_is_behind():
    assert abs(date(2019, 9, 10) - PUB) < abs(date(2020, 9, 10) - PUB)
    t = timex(analyze("Le 10 septembre, le sommet se tiendra à Bruxelles."), "Le 10 septembre")
    assert t.value == "2020-09-10"


def test_day_just_after_publication_in_past_tense_is_last_year():
    t = timex(analyze("Le 2 janvier, le ministre a démissionné."), "Le 2 janvier")
    assert t.value == "2019-01-02"


@pytest.mark.parametrize("sentence, word, value", [
    # a participle after « puis » shares the first verb: a plan, so September ahead
    ("Le texte devrait être présenté en Conseil des ministres début septembre, puis examiné par l'Assemblée "
     "nationale à la rentrée.", "la rentrée", "2020-09"),
    ("Le texte devrait être présenté en Conseil des ministres en mars, puis examiné par le Sénat en octobre.",
     "octobre", "2020-10"),
    # and a past stays a past
    ("Il a été arrêté en octobre, puis relâché en novembre.", "novembre", "2019-11"),
])
def test_an_expression_with_no_tense_near_it_takes_the_tense_of_the_one_before_in_its_clause(sentence, word, value):
    assert timex_containing(analyze(sentence), word).value == value


def test_future_passive_clause_puts_the_date_after_publication():
    t = timex_containing(analyze("La réforme sera votée le 10 septembre."), "10 septembre")
    assert t.value == "2020-09-10"


# ------------------------------------------------------ consistency checks
def _nearest_weekday_day(isoweekday: int, day: int) -> date:
    """The date nearest to publication that is this weekday and this day of the month."""
    for k in range(0, 3 * 366):
        for d in (PUB - timedelta(days=k), PUB + timedelta(days=k)):
            if d.isoweekday() == isoweekday and d.day == day:
                return d
    raise AssertionError("no such date")


def test_weekday_that_does_not_match_its_date_is_flagged_with_the_nearest_fitting_date():
    # 31 January is a Thursday in 2019 and a Friday in 2020: "mardi 31 janvier" does not exist
    assert date(2019, 1, 31).isoweekday() != 2 and date(2020, 1, 31).isoweekday() != 2
    suggested = _nearest_weekday_day(2, 31)
    assert suggested == PUB
    a = analyze("Mardi 31 janvier, le gouvernement a annoncé un plan de relance.")
    issues = [i for i in a.issues if i.kind == "weekday-date mismatch"]
    assert len(issues) == 1
    issue = issues[0]
    assert issue.text == "Mardi 31 janvier"
    assert a.text[issue.start:issue.end] == "Mardi 31 janvier"
    assert issue.suggested == suggested.isoformat()
    assert issue.message
    assert issue.literal and "01-31" in issue.literal    # the literal reading is not hidden


def test_weekday_that_matches_its_date_raises_no_issue():
    a = analyze("La séance a eu lieu mardi 31 décembre.")
    assert timex(a, "mardi 31 décembre").value == "2019-12-31"
    assert a.issues == []


@pytest.mark.parametrize("sentence, word, month", [
    ("Le 30 février, le ministre a signé le décret.", "30 février", 2),
    ("Le 31 avril, le ministre a signé le décret.", "31 avril", 4),
])
def test_impossible_date_is_flagged_with_a_real_date_suggested(sentence, word, month):
    a = analyze(sentence)
    issues = [i for i in a.issues if i.kind == "impossible date"]
    assert len(issues) == 1
    assert word in issues[0].text
    assert issues[0].message
    suggested = date.fromisoformat(issues[0].suggested)     # a date that exists
    assert abs(suggested.month - month) <= 1


def test_future_day_word_in_a_past_clause_is_a_tense_contradiction():
    a = analyze("Demain, il a annoncé sa démission.")
    issues = [i for i in a.issues if i.kind == "tense contradiction"]
    assert len(issues) == 1 and issues[0].text == "Demain"
    assert issues[0].message


def test_future_day_word_in_a_future_clause_raises_no_issue():
    a = analyze("Demain, il annoncera sa démission.")
    assert timex(a, "Demain").value == "2020-01-01"
    assert a.issues == []


# ------------------------------------------------------------ not dates
@pytest.mark.parametrize("sentence", [
    "Le projet a été abandonné par le gouvernement.",           # "été", the participle
    "Le pays a envoyé 4 000 soldats dans la région.",           # no year 4000, no year 000
    "Sa femme a témoigné devant le tribunal.",                  # "sa" is not samedi
    "Je pense que la réforme est nécessaire.",                  # "je" is not jeudi
    "Il a été condamné sept fois pour escroquerie.",            # "sept" is not September
])
def test_ordinary_words_are_not_time_expressions(sentence):
    assert analyze(sentence).timexes == []


def test_vendredi_saint_is_a_holiday_not_last_friday():
    a = analyze("Le Vendredi Saint, les fidèles se sont rassemblés devant la cathédrale.")
    assert all(t.value != most_recent(5).isoformat() for t in a.timexes)
    # Good Friday 2019, two days before Easter Sunday 21 April
    assert [(t.text, t.value, t.rule) for t in a.timexes] == [("Vendredi Saint", "2019-04-19", "holiday")]


def test_age_of_a_person_is_not_a_duration():
    a = analyze("Un homme de 53 ans a été arrêté.")
    assert [t for t in a.timexes if "53" in t.text] == []


def test_age_after_a_is_not_a_duration():
    a = analyze("Elle a quitté le pays à 20 ans.")
    assert [t for t in a.timexes if "20" in t.text] == []


@pytest.mark.parametrize("sentence", [
    "Une seconde explosion a touché l'ambassade.",
    "La police a tiré une seconde fois.",
])
def test_une_seconde_before_a_noun_is_the_ordinal_not_one_second(sentence):
    assert analyze(sentence).timexes == []


def test_une_seconde_after_a_verb_of_waiting_is_one_second():
    t = timex(analyze("Il a attendu une seconde avant de répondre."), "une seconde")
    assert t.type == "DURATION" and t.value == "PT1S"


@pytest.mark.parametrize("sentence, word, value", [
    ("Une nouvelle série de prélèvements doit être réalisée jeudi, a précisé l'agence.", "jeudi", "2020-01-02"),
    ("L'usine cessera sa production fin novembre, a annoncé le groupe.", "fin novembre", "2020-11"),
])
def test_a_verb_of_saying_after_a_comma_does_not_set_the_tense_of_what_was_said(sentence, word, value):
    # "a précisé" belongs to the reporting clause; the expression's own clause points forward
    t = timex(analyze(sentence), word)
    assert t.value == value
    assert t.tense == "future"


@pytest.mark.parametrize("sentence, value", [
    ("Les écoles restent fermées jusqu'à vendredi.", "2020-01-03"),
    ("Jusqu'à vendredi, la route demeure fermée.", "2020-01-03"),
    ("Les écoles étaient fermées jusqu'à vendredi.", "2019-12-27"),
])
def test_jusqu_a_un_jour_de_semaine_is_ahead_unless_the_clause_is_past(sentence, value):
    # the end of a span not said to be over lies ahead; « fermées » after « restent » is a state
    assert timex(analyze(sentence), "vendredi").value == value


def test_date_au_soir_is_the_evening_of_that_date():
    t = timex(analyze("Le 10 mars au soir, un incendie s'est déclaré."), "Le 10 mars au soir")
    assert t.type == "TIME" and t.value == "2019-03-10TEV"


@pytest.mark.parametrize("sentence, word, value", [
    ("Dans la soirée de lundi, des heurts ont éclaté.", "la soirée de lundi", "2019-12-30TEV"),
    ("Dans la nuit de samedi, un incendie a ravagé l'entrepôt.", "la nuit de samedi", "2019-12-28TNI"),
])
def test_part_of_day_of_a_weekday_is_that_weekday_s_part(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert t.type == "TIME" and t.value == value


def test_il_y_a_un_an_jour_pour_jour_is_that_very_day():
    t = timex(analyze("Il y a un an jour pour jour, le séisme frappait la région."), "Il y a un an jour pour jour")
    assert t.type == "DATE" and t.value == "2018-12-31"


@pytest.mark.parametrize("sentence, word, value", [
    ("La décision est attendue dans les prochaines heures.", "les prochaines heures", "FUTURE_REF"),
    ("Les combats se sont intensifiés ces dernières heures.", "ces dernières heures", "PAST_REF"),
])
def test_hours_ahead_or_behind_are_vague_references(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


@pytest.mark.parametrize("sentence, word, value", [
    ("Au second semestre 2020, les ventes augmenteront.", "second semestre 2020", "2020-H2"),
    ("Au premier semestre de l'année prochaine, les ventes augmenteront.",
     "premier semestre de l'année prochaine", "2020-H1"),
])
def test_semestres_are_half_years(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


@pytest.mark.parametrize("sentence, word, value, kind", [
    ("Plus tôt cette année, l'inflation a reculé.", "Plus tôt cette année", "2019", "DATE"),
    ("Au cours de la semaine écoulée, cinq personnes sont mortes.", "la semaine écoulée", "2019-W52", "DATE"),
    ("Au cours des 24 heures écoulées, trois attaques ont eu lieu.", "24 heures écoulées", "PT24H", "DURATION"),
    ("Les trois mois à venir seront décisifs.", "Les trois mois à venir", "P3M", "DURATION"),
    ("Les mois à venir seront décisifs.", "Les mois à venir", "FUTURE_REF", "DATE"),
])
def test_units_around_publication(sentence, word, value, kind):
    t = timex(analyze(sentence), word)
    assert (t.type, t.value) == (kind, value)


@pytest.mark.parametrize("sentence, word, value", [
    ("Le président a indiqué qu'il se rendrait vendredi à Kiev.", "vendredi", "2020-01-03"),
    ("Une annonce pourrait intervenir samedi.", "samedi", "2020-01-04"),
    ("Le Premier ministre recevra les syndicats lundi.", "lundi", "2020-01-06"),
    ("Le ministre devra s'expliquer jeudi.", "jeudi", "2020-01-02"),
    ("Le président est attendu samedi à Marseille.", "samedi", "2020-01-04"),
])
def test_conditional_irregular_future_and_expectation_point_forward(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


@pytest.mark.parametrize("sentence, value", [
    ("L'audience est fixée au 4 avril.", "2020-04-04"),
    ("Il est arrivé le 4 avril à Paris.", "2019-04-04"),
])
def test_est_and_a_participle_is_a_present_passive_unless_the_verb_takes_etre(sentence, value):
    # « est fixée » says nothing of the past; « est arrivé » is a past
    assert timex_containing(analyze(sentence), "4 avril").value == value


def test_a_conditional_auxiliary_keeps_a_reported_past():
    # « aurait été tué » reports a past event
    assert timex(analyze("Il aurait été tué samedi."), "samedi").value == "2019-12-28"


@pytest.mark.parametrize("sentence, value", [
    ("Ce dimanche, les électeurs sont appelés aux urnes.", "2020-01-05"),
    ("Ce dimanche, les électeurs ont voté.", "2019-12-29"),
])
def test_ce_dimanche_is_the_coming_one_unless_the_clause_is_past(sentence, value):
    assert timex(analyze(sentence), "Ce dimanche").value == value


def test_a_season_in_a_future_clause_is_the_next_one():
    assert timex(analyze("Cet automne, le gouvernement présentera un budget."), "Cet automne").value == "2020-FA"


def test_d_ici_leaves_the_following_expression_whole():
    # « d'ici » is read, and « l'été » after it keeps its article
    a = analyze("Le texte doit être adopté d'ici l'été.")
    assert timex(a, "l'été").value == "2020-SU"


@pytest.mark.parametrize("sentence", [
    "La police a déployé 1500 agents dans la capitale.",
    "Le vol AF 1148 a atterri sans encombre.",
    "Le Journal du dimanche a révélé l'affaire.",
])
def test_numbers_and_names_that_look_like_dates_are_not(sentence):
    assert analyze(sentence).timexes == []


@pytest.mark.parametrize("sentence, word, value", [
    ("Le conseil se réunit deux fois par an.", "deux fois par an", "P1Y"),
    ("Il court chaque matin.", "chaque matin", "XXXX-XX-XXTMO"),
    ("Tous les soirs, la foule se rassemble.", "Tous les soirs", "XXXX-XX-XXTEV"),
    ("Chaque été, la rivière déborde.", "Chaque été", "XXXX-SU"),
])
def test_recurrences_are_sets(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize("sentence, word, value", [
    ("Au XIXe siècle, la ville a grandi.", "XIXe siècle", "18"),
    ("Le 19e siècle fut riche.", "Le 19e siècle", "18"),
])
def test_a_century_in_roman_or_arabic_numerals(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


@pytest.mark.parametrize("sentence, word, value", [
    ("Dans huit jours, le texte sera voté.", "huit jours", "2020-01-07"),
    ("Il y a quinze jours, il est parti.", "Il y a quinze jours", "2019-12-17"),
])
def test_huit_and_quinze_jours_are_one_and_two_weeks(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


def test_a_time_zone_belongs_to_its_clock_time():
    t = timex(analyze("Le vote est prévu à 14H00 GMT."), "14H00 GMT")
    assert (t.type, t.value) == ("TIME", "2019-12-31T14:00")


def test_les_20_et_21_mars_are_a_range_of_two_days():
    a = analyze("Le sommet s'est tenu les 20 et 21 mars.")
    assert [t.value for t in a.timexes] == ["2019-03-20", "2019-03-21"]
    assert a.timexes[0].range["role"] == "start"


def test_entre_mardi_et_jeudi_runs_forward():
    a = analyze("Entre mardi et jeudi, 40 personnes ont été tuées.")
    assert [t.value for t in a.timexes] == ["2019-12-24", "2019-12-26"]


@pytest.mark.parametrize("sentence, word, value", [
    ("Les attentats du 11-Septembre ont changé le monde.", "11-Septembre", "2001-09-11"),
    ("Depuis le 7-Octobre, la région est en guerre.", "le 7-Octobre", "2023-10-07"),
    ("Le défilé du 14-Juillet aura lieu sur les Champs-Élysées.", "14-Juillet", "2020-07-14"),
])
def test_a_date_written_as_a_name_is_its_event_s_day_or_the_holiday(sentence, word, value):
    # an event's name keeps its year; a yearly holiday falls on the side of the tense
    assert timex(analyze(sentence), word).value == value


# ---------------------------------------------------------------- présent d'un événement prévu, « depuis »
@pytest.mark.parametrize("sentence, word, isoweekday", [
    ("Le conseil des ministres se réunit jeudi à l'Élysée.", "jeudi", 4),
    ("Le procès s'ouvre lundi à Paris, a annoncé le parquet.", "lundi", 1),
    ("Les cours reprennent vendredi dans l'académie.", "vendredi", 5),
])
def test_le_present_d_un_evenement_prevu_designe_le_prochain_jour(sentence, word, isoweekday):
    assert timex(analyze(sentence), word).value == next_one(isoweekday).isoformat()


def test_un_subjonctif_apres_avant_que_ne_n_est_pas_un_evenement_prevu():
    a = analyze("Des détenus ont pris le contrôle d'une aile samedi, avant que les forces d'intervention ne "
                "reprennent les lieux.")
    assert timex(a, "samedi").value == most_recent(6).isoformat()


def test_un_nom_en_e_apres_un_article_n_est_pas_un_participe_passe():
    # « le comité » n'est pas un passé : le futur « votera » l'emporte
    a = analyze("Samedi, le comité votera la motion.")
    assert timex(a, "Samedi").value == next_one(6).isoformat()


def test_depuis_un_mois_regarde_en_arriere_meme_au_present():
    a = analyze("« On joue pour rien depuis novembre », a déclaré la capitaine.")
    assert timex(a, "novembre").value == "2019-11"


# ---------------------------------------------------------------- fêtes
@pytest.mark.parametrize("sentence, word, value", [
    # publié le mardi 31 décembre 2019
    ("Les magasins étaient bondés à Noël.", "Noël", "2019-12-25"),
    ("Les commerces seront fermés à la Toussaint.", "Toussaint", "2020-11-01"),
    ("Le pape est mort le lundi de Pâques 2019.", "lundi de Pâques 2019", "2019-04-22"),
    ("Les négociations reprendront après Pâques.", "Pâques", "2020-04-12"),
    ("Le défilé aura lieu le lundi de Pentecôte.", "lundi de Pentecôte", "2020-06-01"),
    # no tense: the nearest (13 April 2020 is nearer than 22 April 2019)
    ("Le lundi de Pâques est férié.", "lundi de Pâques", "2020-04-13"),
])
def test_une_fete_est_son_jour_du_cote_de_la_publication_que_donne_le_temps(sentence, word, value):
    t = timex(analyze(sentence), word)
    assert t.type == "DATE" and t.value == value and t.rule == "holiday"


def test_l_accord_du_vendredi_saint_n_est_pas_une_date():
    assert analyze("Sans transfert des pouvoirs, l'accord du Vendredi Saint serait caduc.").timexes == []


def test_une_date_apres_le_nom_d_un_evenement_prend_l_annee_de_l_evenement():
    a = analyze("Quatre ans après les attentats du 13 novembre, la France se souvient.")
    t = timex(a, "13 novembre")
    assert t.value == "2015-11-13" and "naming an event" in t.explanation
    assert timex(analyze("Le vote a eu lieu le 13 novembre."), "le 13 novembre").value == "2019-11-13"


@pytest.mark.parametrize("sentence, word, value", [
    # publié le mardi 31 décembre 2019
    ("Les syndicats ont appelé à une journée de mobilisation le 9 janvier.", "le 9 janvier", "2020-01-09"),
    ("L'intersyndicale a appelé à un rassemblement samedi devant la préfecture.", "samedi", next_one(6).isoformat()),
    ("Le vote a été reporté à jeudi.", "jeudi", next_one(4).isoformat()),
    ("La CGT a appelé lundi à manifester.", "lundi", most_recent(1).isoformat()),
    # a noun in -ée between the call and its date is no participle: the call still points ahead
    ("Les syndicats ont appelé à une nouvelle journée de mobilisation le 9 janvier.", "le 9 janvier", "2020-01-09"),
    ("La CSC a annoncé une nouvelle journée d'action le 9 janvier.", "le 9 janvier", "2020-01-09"),
    # a participle in -ée stays a past
    ("La loi a été adoptée le 9 janvier.", "le 9 janvier", "2019-01-09"),
    ("La ministre est arrivée le 9 janvier.", "le 9 janvier", "2019-01-09"),
])
def test_la_date_visee_par_un_appel_ou_un_report_est_a_venir_celle_de_l_acte_passee(sentence, word, value):
    assert timex_containing(analyze(sentence), word).value == value


@pytest.mark.parametrize("sentence", [
    "« On est à l'arrêt », confie Jean-Toussaint Mattei, patron pêcheur.",
    "Noël Mamère a réagi à l'annonce.",
])
def test_un_prenom_qui_s_ecrit_comme_une_fete_n_est_pas_une_date(sentence):
    assert analyze(sentence).timexes == []


def test_des_heures_plus_tard_est_le_jour_de_son_ancre():
    a = analyze("L'armée a indiqué samedi que des drones avaient attaqué. Des heures plus tard, un missile a frappé.")
    assert timex(a, "Des heures plus tard").value == most_recent(6).isoformat()


def test_dans_l_attente_de_ne_pousse_en_avant_que_les_dates_qui_suivent():
    a = analyze("La Bourse a reculé jeudi dans l'attente des chiffres de l'emploi de vendredi.")
    assert timex(a, "jeudi").value == most_recent(4).isoformat()
    assert timex(a, "vendredi").value == most_recent(5).isoformat()
    assert timex(analyze("La Bourse monte dans l'attente des chiffres de vendredi."), "vendredi").value \
        == next_one(5).isoformat()


@pytest.mark.parametrize("sentence, word, value", [
    ("Les organisateurs appellent à un rassemblement samedi devant l'hôpital.", "samedi", next_one(6).isoformat()),
    ("La préfecture a prolongé l'alerte jusqu'à jeudi.", "jeudi", next_one(4).isoformat()),
])
def test_appeler_au_present_et_prolonger_visent_une_date_a_venir(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


def test_le_debut_des_annees_1950_est_cette_decennie_resserree():
    t = timex_containing(analyze("Le village s'est vidé au début des années 1950."), "années 1950")
    assert (t.value, t.mod) == ("195", "START")
    assert t.interval == day_interval(date(1950, 1, 1), date(1953, 12, 31))
    t = timex_containing(analyze("L'usine a fermé à la fin des années 1990."), "années 1990")
    assert (t.value, t.mod) == ("199", "END")


@pytest.mark.parametrize("sentence", [
    "Ligue 1 : Rennes s'impose face à Lyon.",
    "Top 14 : Toulouse domine Clermont.",
    "Il l'a confié au quotidien Midi libre.",
    "Des heurts ont éclaté près de la gare du Midi.",
])
def test_un_nombre_avant_deux_points_ou_midi_dans_un_nom_n_est_pas_une_heure(sentence):
    assert analyze(sentence).timexes == []


@pytest.mark.parametrize("sentence, text, value", [
    ("La vigilance sera levée à partir de 20 heures.", "20 heures", f"{PUB.isoformat()}T20:00"),
    ("Personne ne nous a appelés avant 18 heures.", "18 heures", f"{PUB.isoformat()}T18:00"),
    ("Le couvre-feu commence après 22 heures.", "22 heures", f"{PUB.isoformat()}T22:00"),
    # a count of hours: after "pendant", before "de", or more than a day
    ("Après 20 heures de négociations, un accord a été trouvé.", "20 heures", "PT20H"),
    ("Il a travaillé pendant 20 heures.", "pendant 20 heures", "PT20H"),
    ("Le suspect doit être présenté avant 48 heures.", "48 heures", "PT48H"),
])
def test_des_heures_apres_a_partir_de_avant_dès_sont_une_heure_du_jour(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence, text, value", [
    ("Il a passé soixante-dix jours en mer.", "soixante-dix jours", "P70D"),
    ("Il a passé quatre-vingt-dix jours en mer.", "quatre-vingt-dix jours", "P90D"),
    ("Il a passé soixante et onze jours en mer.", "soixante et onze jours", "P71D"),
    ("Il a passé trente-cinq jours en mer.", "trente-cinq jours", "P35D"),
    ("Il a été condamné à un an et demi de prison.", "un an et demi", "P18M"),
    ("La procureure a prononcé un réquisitoire d'une heure et demie.", "une heure et demie", "PT90M"),
    ("Il est arrivé à 18 heures et demie.", "18 heures et demie", f"{PUB.isoformat()}T18:30"),
    ("Il est arrivé vers 6 heures et quart.", "vers 6 heures et quart", f"{PUB.isoformat()}T06:15"),
])
def test_nombres_composes_et_demi(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


def test_les_petites_heures_d_une_nuit_tombent_le_lendemain():
    a = analyze("Dans la nuit de samedi à dimanche, vers 3 h 15, un incendie a éclaté.")
    assert timex_containing(a, "3 h 15").value == f"{most_recent(7).isoformat()}T03:15"


def test_une_heure_prend_le_jour_de_la_phrase_precedente_par_dessus_une_annee():
    a = analyze("Les élus se sont réunis lundi soir pour le budget 2020. La séance, ouverte à 20 h 30, a duré.")
    assert timex(a, "20 h 30").value == f"{most_recent(1).isoformat()}T20:30"


def test_attendu_apres_avoir_est_un_passe_espere_un_projet():
    assert timex(analyze("Des patients ont attendu douze heures vendredi."), "vendredi").value \
        == most_recent(5).isoformat()
    assert timex(analyze("Le verdict est attendu vendredi."), "vendredi").value == next_one(5).isoformat()
    assert timex(analyze("Une adoption est espérée avant Noël."), "Noël").value == "2020-12-25"


def test_le_dernier_samedi_de_janvier_et_le_week_end_du_18_janvier():
    assert timex(analyze("Il jouera le dernier samedi de janvier."), "le dernier samedi de janvier").value \
        == "2020-01-25"
    assert timex(analyze("La saison reprend le week-end du 18 janvier."), "le week-end du 18 janvier").value \
        == "2020-W03-WE"


@pytest.mark.parametrize("sentence, text, value", [
    ("La neige est tombée à la fin du mois de décembre.", "la fin du mois de décembre", "2019-12"),
    ("Les travaux reprendront au début du mois de mars.", "début du mois de mars", "2020-03"),
    ("Un temps plus calme est attendu à partir du week-end.", "du week-end", "2020-W01-WE"),
    ("Le point presse aura lieu à la mi-journée.", "la mi-journée", f"{PUB.isoformat()}TMI"),
])
def test_fin_du_mois_de_decembre_week_end_et_mi_journee(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


def test_une_heure_avec_deux_points_a_ses_minutes():
    assert timex(analyze("La séance a repris à 14:30."), "14:30").value == f"{PUB.isoformat()}T14:30"
    assert timex(analyze("Midi : la séance reprend."), "Midi").value == f"{PUB.isoformat()}T12:00"


def test_une_attribution_apres_la_proposition_n_en_donne_pas_le_temps():
    a = analyze("La réforme entrera en vigueur dans tout le pays et pour tous les salariés du secteur le 1er mars, "
                "a annoncé le ministre.")
    assert timex(a, "le 1er mars").value == "2020-03-01"


def test_tout_et_nuit_ne_sont_pas_des_passes():
    a = analyze("Les urgences fermeront chaque nuit pendant tout le mois d'août, a annoncé mardi l'agence.")
    assert timex_containing(a, "août").value == "2020-08"


@pytest.mark.parametrize("sentence, text, value", [
    ("Un premier bilan sera dressé en fin d'année.", "fin d'année", "2019"),
    ("L'avant-veille, des frappes avaient fait quarante morts.", "L'avant-veille", "2019-12-29"),
    ("En mars de l'an dernier, il avait démissionné.", "mars de l'an dernier", "2018-03"),
    ("Elle a promis de présenter le texte dans quinze jours.", "quinze jours", "2020-01-14"),
    ("Le texte doit être définitivement voté le 19 janvier.", "le 19 janvier", "2020-01-19"),
    ("Les travaux commenceront dès l'automne.", "l'automne", "2020-FA"),
])
def test_fin_d_annee_avant_veille_mois_de_l_an_dernier_et_futurs(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


def test_le_quotidien_est_un_journal_pas_un_rythme():
    assert analyze("Le quotidien affirme que deux ministres ont été informés.").timexes == []


def test_cette_annee_la_et_le_printemps_suivant_suivent_le_recit():
    a = analyze("L'usine a fermé en mars 2011. Cette année-là, les salariés sont partis. Le printemps suivant, "
                "elle a été vendue.")
    assert timex(a, "Cette année-là").value == "2011"
    assert timex(a, "Le printemps suivant").value == "2012-SP"


def test_le_futur_en_irons_et_irez():
    assert timex(analyze("« Nous partirons jeudi », a-t-il dit."), "jeudi").value == next_one(4).isoformat()


def test_compter_n_est_un_projet_que_devant_un_infinitif():
    a = analyze("L'OM compte désormais trois points d'avance sur Monaco, vainqueur samedi de Reims.")
    assert timex(a, "samedi").value == most_recent(6).isoformat()
    assert timex(analyze("Le ministre compte se rendre à Lyon samedi."), "samedi").value == next_one(6).isoformat()


def test_une_heure_prend_le_jour_de_la_phrase_precedente():
    a = analyze("La police a été appelée lundi. Vers 15 heures, les braqueurs se sont rendus.")
    assert timex_containing(a, "15 heures").value == f"{most_recent(1).isoformat()}T15:00"


def test_des_semaines_plus_tard_est_une_periode_apres_son_ancre_close_a_la_publication():
    a = analyze("L'usine a fermé le 2 décembre. Des semaines plus tard, les salariés ont porté plainte.")
    t = timex(a, "Des semaines plus tard")
    assert (t.value, t.interval, t.anchor) == ("PAST_REF", day_interval(date(2019, 12, 16), PUB),
                                               timex(a, "le 2 décembre").id)
    t = timex(analyze("Il a été élu en 2012. Des années plus tard, il a démissionné."), "Des années plus tard")
    assert (t.value, t.interval) == ("PAST_REF", day_interval(date(2014, 1, 1), PUB))


def test_une_annee_apres_en_est_une_annee_meme_devant_un_mot_de_compte():
    assert [t.value for t in analyze("Les soldats déployés depuis 2014 morts au combat seront honorés.").timexes] \
        == ["2014"]
    assert analyze("Il y a eu 2014 morts.").timexes == []


def test_l_explication_d_un_decalage_en_minutes_parle_de_minutes():
    a = analyze("Le vol a eu lieu à 3 h 42. Onze minutes plus tard, les voleurs étaient partis.")
    assert timex(a, "Onze minutes plus tard").explanation.startswith("11 minute(s) after")


def test_des_et_deux_jours_qui_se_suivent_sont_une_periode_deux_jours_eloignes_deux_dates():
    a = analyze("La grève des 9 et 10 janvier sera suivie.")
    assert [t.value for t in a.timexes] == ["2020-01-09", "2020-01-10"]
    assert a.timexes[0].range["interval"] == ["2020-01-09T00:00:00", "2020-01-10T23:59:59"]
    b = analyze("Les élections auront lieu les 15 et 22 mars.")
    assert [(t.value, t.range) for t in b.timexes] == [("2020-03-15", None), ("2020-03-22", None)]


def test_la_nuit_du_31_decembre_au_1er_janvier_commence_le_31():
    a = analyze("Dans la nuit du 30 au 31 décembre, 900 voitures ont brûlé.")
    (t,) = a.timexes
    assert t.value == "2019-12-30TNI" and t.interval == ["2019-12-30T21:00:00", "2019-12-31T05:59:59"]
    b = analyze("La nuit du 31 décembre au 1er janvier 2020 sera surveillée.")
    assert b.timexes[0].value == "2019-12-31TNI"


@pytest.mark.parametrize("sentence", [
    "Selon Michel Toussaint, porte-parole de la préfecture, trois personnes ont été blessées.",
    "Noël, un retraité de 72 ans, raconte avoir tout perdu.",
    "Le père Noël sera présent sur le marché de la ville.",
    "L'alpiniste a réussi l'ascension de l'Everest sans oxygène.",
    "Les habitants de l'île de Pâques ont voté.",
    "Le collège de l'Assomption a été évacué.",
])
def test_une_fete_qui_est_aussi_un_nom_n_est_une_date_qu_apres_un_mot_de_temps(sentence):
    assert [t for t in analyze(sentence).timexes if t.rule == "holiday"] == []


@pytest.mark.parametrize("sentence, word, value", [
    ("Le suspect est en fuite depuis Noël.", "Noël", "2019-12-25"),
    ("Les cueillettes reprendront pendant les vacances de la Toussaint.", "Toussaint", "2020-11-01"),
    ("À Noël dernier, il neigeait sur Paris.", "Noël", "2019-12-25"),
    ("Le parquet ouvre une enquête après la mort d'un adolescent samedi.", "samedi", most_recent(6).isoformat()),
    ("Le sommet s'est tenu lundi comme prévu.", "lundi", most_recent(1).isoformat()),
    ("Les attaques du 7 octobre dernier contre des positions kurdes ont fait dix morts.", "7 octobre", "2019-10-07"),
])
def test_gardes_des_fetes_du_present_et_des_dates_nommees(sentence, word, value):
    assert timex_containing(analyze(sentence), word).value == value


def test_la_rentree_est_le_debut_de_septembre():
    t = timex(analyze("L'Assemblée nationale examinera le texte à la rentrée."), "la rentrée")
    assert t.value == "2020-09" and t.mod == "START"
    assert timex(analyze("La rentrée 2019 s'était mal passée."), "La rentrée 2019").value == "2019-09"
    assert analyze("Cette vente a permis une rentrée d'argent.").timexes == []
    # the return after another holiday is that month's
    assert [t.value for t in analyze("Les élèves se plaignaient dès la rentrée de novembre.").timexes] == ["2019-11"]


@pytest.mark.parametrize("sentence, word, value", [
    ("Le député, qui comparaît pour des violences commises en juillet, conteste les faits.", "juillet", "2019-07"),
    # (the weekend of Ascension 2019, Thursday 30 May: the one after it, past)
    ("Les bouchons du week-end de l'Ascension ont atteint 900 km.", "Ascension", "2019-W22-WE"),
    ("Le scrutin avait été reporté à juin.", "juin", "2019-06"),
])
def test_participes_passes_week_end_de_fete_et_plus_que_parfait(sentence, word, value):
    assert timex_containing(analyze(sentence), word).value == value


@pytest.mark.parametrize("sentence, word, value", [
    ("Le trafic restera perturbé vendredi.", "vendredi", next_one(5).isoformat()),
    ("Des grèves sont prévues les 18 et 19 janvier, au début de l'année.", "19 janvier", "2020-01-19"),
])
def test_un_adjectif_apres_un_verbe_d_etat_ou_un_nom_en_ee_ne_sont_pas_des_passes(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


def test_le_quotidien_suivi_d_un_nom_est_un_journal():
    assert analyze("Le joueur a confié au quotidien L'Équipe qu'il partait.").timexes == []
    assert timex(analyze("Le magasin ouvre quotidiennement."), "quotidiennement").value == "P1D"


# ---------------------------------------------------------------- la nouvelle année
@pytest.mark.parametrize("published, year", [
    ("2019-12-20", 2020),       # en fin d'année : celle qui vient
    ("2020-01-10", 2020),       # en janvier : celle qui commence
])
def test_la_nouvelle_annee_is_the_year_just_begun_or_the_coming_one(published, year):
    t = timex(analyze("Les négociations reprendront au début de la nouvelle année.", published=published),
              "la nouvelle année")
    assert t.type == "DATE" and t.value == str(year)
    assert t.interval == day_interval(date(year, 1, 1), date(year, 12, 31))


def test_la_semaine_du_and_a_date_is_that_dates_monday_to_sunday():
    t = timex(analyze("Le sommet est prévu la semaine du 15 janvier."), "la semaine du 15 janvier")
    assert t.value == "2020-W03"
    assert t.interval == day_interval(date(2020, 1, 13), date(2020, 1, 19))


@pytest.mark.parametrize("sentence, text, value", [
    ("Le chantier durera une quinzaine de jours.", "une quinzaine de jours", "P15D"),
    ("Elle y vit depuis une vingtaine d'années.", "une vingtaine d'années", "P20Y"),
    ("Les grêlons sont tombés pendant une vingtaine de minutes.", "pendant une vingtaine de minutes", "PT20M"),
])
def test_collective_numbers_give_approximate_durations(sentence, text, value):
    t = timex(analyze(sentence), text)
    assert (t.type, t.value, t.mod) == ("DURATION", value, "APPROX")


def test_il_y_a_a_collective_number_of_years_is_that_many_years_back():
    t = timex(analyze("Il y a une trentaine d'années, la ville comptait 5 000 habitants."),
              "Il y a une trentaine d'années")
    assert (t.type, t.value) == ("DATE", str(PUB.year - 30))


@pytest.mark.parametrize("sentence", [
    "Un automobiliste d'une soixantaine d'années a été tué.",
    "Une femme âgée d'une trentaine d'années a été interpellée.",
])
def test_a_persons_age_given_as_a_collective_number_is_no_duration(sentence):
    assert analyze(sentence).timexes == []


# ---------------------------------------------------------------- la nuit
@pytest.mark.parametrize("sentence, text", [
    ("Des frappes ont tué 27 personnes dans la nuit.", "la nuit"),
    ("Des frappes ont tué 27 personnes la nuit dernière.", "la nuit dernière"),
])
def test_the_night_told_in_the_past_is_the_night_before_publication(sentence, text):
    t = timex(analyze(sentence), text)
    night = PUB - timedelta(days=1)
    assert t.value == f"{night.isoformat()}TNI"
    assert span(t)[0] == datetime.combine(night, datetime.min.time()).replace(hour=21)


def test_the_night_told_in_the_future_is_the_coming_one():
    t = timex(analyze("Des frappes auront lieu dans la nuit."), "la nuit")
    assert t.value == f"{PUB.isoformat()}TNI"


@pytest.mark.parametrize("sentence, first, second", [
    ("Le couvre-feu s'applique de 22 heures à 5 heures.", ("22 heures", 22), ("5 heures", 5)),
    ("Les bureaux sont ouverts entre 8 heures et 10 heures.", ("8 heures", 8), ("10 heures", 10)),
])
def test_two_hours_joined_as_a_range_are_times_of_day(sentence, first, second):
    a = analyze(sentence)
    for text, hour in (first, second):
        t = timex(a, text)
        assert (t.type, t.value[-5:]) == ("TIME", f"{hour:02d}:00")


def test_hours_of_something_after_apres_stay_a_duration():
    t = timex(analyze("Après 20 heures de négociations, un accord a été trouvé."), "20 heures")
    assert (t.type, t.value) == ("DURATION", "PT20H")


@pytest.mark.parametrize("sentence, text, value", [
    ("Le texte sera présenté en fin de semaine prochaine.", "fin de semaine prochaine", "2020-W02"),
    ("L'usine restera fermée pour le reste de l'année.", "le reste de l'année", "2019"),
])
def test_part_and_rest_of_a_unit_keep_their_modifier(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


# ---------------------------------------------------------------- a day of the month alone
@pytest.mark.parametrize("sentence, text, expected", [
    ("Le scrutin a eu lieu le 20, selon la commission.", "le 20", date(2019, 12, 20)),      # passé: avant
    ("Le président reviendra le 28.", "le 28", date(2020, 1, 28)),                         # futur: après
    ("Les travaux ont commencé dès le 3.", "le 3", date(2019, 12, 3)),
    ("Le couvre-feu a été levé le 1er à Paris.", "le 1er", date(2019, 12, 1)),
    ("Les négociations dureront jusqu'au 15.", "15", date(2020, 1, 15)),
    ("Le 12, les manifestants ont défilé.", "Le 12", date(2019, 12, 12)),
])
def test_le_n_alone_is_that_day_of_the_month_on_the_side_of_the_tense(sentence, text, expected):
    t = timex(analyze(sentence), text)
    assert t.value == expected.isoformat()
    assert t.interval == day_interval(expected)
    assert t.rule.startswith("month_day")


def test_des_le_n_alone_opens_a_span():
    t = timex(analyze("Les travaux ont commencé dès le 3."), "le 3")
    assert t.range["kind"] == "since"


def test_le_n_before_a_day_and_month_borrows_its_month():
    a = analyze("Il a reçu des messages entre le 2 et le 9 novembre.")
    assert timex(a, "le 2").value == "2019-11-02"
    assert timex(a, "le 9 novembre").value == "2019-11-09"


@pytest.mark.parametrize("sentence", [
    "Le 20 heures de TF1 a réuni cinq millions de téléspectateurs.",
    "Il a fini le 20e jour de course.",
    "Le 11 de départ a été annoncé hier soir.",
    "Appelez le 15 ou le 18 en cas d'urgence.",
    "Le taux a atteint le 3,5 au printemps.",
    "Le 20 sur 20 est rare.",
    "Il a porté le 10 pendant dix ans.",
])
def test_le_n_before_a_noun_a_count_or_a_number_is_no_day(sentence):
    assert not [t for t in analyze(sentence).timexes if t.rule.startswith("month_day")]


@pytest.mark.parametrize("sentence, start, end, start_hour, end_hour", [
    ("Le couvre-feu s'applique de 22 heures à 5 heures.", "22 heures", "5 heures", 22, 5),
    ("Entre 23h30 et 1h, la route restera fermée.", "23h30", "1h", 23, 1),
])
def test_a_span_of_hours_crossing_midnight_ends_on_the_next_day(sentence, start, end, start_hour, end_hour):
    a = analyze(sentence)
    s, e = timex(a, start), timex(a, end)
    nxt = PUB + timedelta(days=1)
    assert s.value.startswith(f"{PUB.isoformat()}T{start_hour:02d}")
    assert e.value.startswith(f"{nxt.isoformat()}T{end_hour:02d}")
    assert s.range["interval"][1].startswith(f"{nxt.isoformat()}T{end_hour:02d}")


def test_a_span_of_hours_within_the_day_ends_on_its_day():
    a = analyze("La grève a duré de 8 heures à 17 heures.")
    assert timex(a, "17 heures").value == f"{PUB.isoformat()}T17:00"


# ---------------------------------------------------------------- trimestres écrits « T3 »
@pytest.mark.parametrize("sentence, text, value", [
    ("Au T3, les ventes ont reculé.", "T3", "2019-Q3"),
    ("Les résultats du T4 2018 ont déçu.", "T4 2018", "2018-Q4"),
    ("Le T1 2020 sera meilleur.", "T1 2020", "2020-Q1"),
])
def test_a_quarter_written_t_and_its_number_is_that_quarter(sentence, text, value):
    t = timex(analyze(sentence), text)
    assert t.value == value
    assert t.rule.startswith("quarter_t")


@pytest.mark.parametrize("sentence", ["Il loue un T3 de 70 m².", "Le T3 est loué.", "Au T5, rien.", "Au T 3, rien."])
def test_a_t_and_a_number_that_is_no_quarter_is_none(sentence):
    assert not [t for t in analyze(sentence).timexes if t.rule.startswith("quarter")]


def test_un_jour_passe_du_mois_de_publication_connu_au_mois_pres_est_dans_ce_mois():
    t = timex(analyze("Deux jours avant le scrutin du 17 décembre, le maire a démissionné.", published="2019-12"),
              "17 décembre")
    assert t.value == "2019-12-17"


def test_le_jour_d_un_evenement_quelques_jours_apres_la_publication_dans_une_proposition_au_passe_est_a_venir():
    t = timex(analyze("Le maire a démissionné quelques jours avant le scrutin du 3 janvier."), "3 janvier")
    assert t.value == "2020-01-03"
    # sans nom d'événement, le jour de l'année d'avant; plus loin, aussi
    assert timex(analyze("Le 2 janvier, le maire a démissionné."), "Le 2 janvier").value == "2019-01-02"
    assert timex(analyze("Le maire a démissionné avant le scrutin du 20 janvier."), "20 janvier").value == "2019-01-20"


@pytest.mark.parametrize("sentence", [
    "Le texte sera voté au plus tard \"jeudi\".",
    "Le texte sera voté d'ici « jeudi ».",
])
def test_des_guillemets_autour_du_seul_jour_ne_le_coupent_pas_de_sa_proposition(sentence):
    # publié un mardi: le futur donne le jeudi qui vient
    t = timex(analyze(sentence), "jeudi")
    assert t.value == next_one(4).isoformat()


def test_d_ici_et_un_jour_entre_guillemets_est_une_echeance():
    assert timex(analyze("Le texte sera voté d'ici \"jeudi\"."), "jeudi").range["kind"] == "until"


# ------------------------------------------------------- minuit d'un jour nommé
@pytest.mark.parametrize("sentence, text", [
    ("Les crédits expirent à minuit vendredi.", "minuit vendredi"),
    ("Le texte doit être voté vendredi à minuit.", "vendredi à minuit"),
])
def test_midnight_of_a_weekday_is_one_instant_closing_that_day(sentence, text):
    t = timex(analyze(sentence), text)
    end = next_one(5) + timedelta(days=1)
    assert t.type == "TIME" and t.value == f"{end.isoformat()}T00:00"
    assert "closes" in t.explanation
    assert not [x for x in analyze(sentence).timexes if x.text in ("minuit", "vendredi")]


def test_midnight_this_evening_closes_the_publication_day():
    for sentence, text in (("L'ultimatum expire ce soir à minuit.", "ce soir à minuit"),
                           ("Le couvre-feu commence à minuit ce soir.", "minuit ce soir")):
        t = timex(analyze(sentence), text)
        assert t.value == f"{(PUB + timedelta(days=1)).isoformat()}T00:00"


def test_midnight_after_apres_is_no_closing_midnight():
    a = analyze("L'attaque a eu lieu peu après minuit vendredi.")
    assert timex(a, "vendredi").value == most_recent(5).isoformat()
    assert timex(a, "minuit").value == f"{most_recent(5).isoformat()}T00:00"


# ------------------------------------------------------- le temps d'une échéance
@pytest.mark.parametrize("sentence", [
    "Il est censé arriver vendredi.",
    "Elle est censée rendre son rapport vendredi.",
    "Les députés doivent voter vendredi.",
    "Le dossier devra être bouclé avant vendredi.",
])
def test_weekday_after_a_modal_of_obligation_lies_ahead(sentence):
    assert timex(analyze(sentence), "vendredi").value == next_one(5).isoformat()


@pytest.mark.parametrize("sentence", ["Une réponse d'ici vendredi, exige le syndicat.", "Le rapport d'ici « vendredi »."])
def test_weekday_after_a_deadline_preposition_lies_ahead(sentence):
    assert timex(analyze(sentence), "vendredi").value == next_one(5).isoformat()


@pytest.mark.parametrize("sentence", ["Les travaux ont commencé avant vendredi.",
                                      "Elle dit n'avoir reçu aucune aide avant vendredi soir."])
def test_weekday_after_avant_with_no_marker_of_the_future_stays_behind(sentence):
    assert timex_containing(analyze(sentence), "vendredi").value.startswith(most_recent(5).isoformat())


# ------------------------------------------------------- « d'ici » une échéance
def test_d_ici_links_the_publication_day_to_the_deadline_as_one_span():
    a = analyze("Le texte sera adopté d'ici la fin de l'année.")
    ici, end = timex(a, "ici"), timex(a, "la fin de l'année")
    assert ici.range["role"] == "start" and ici.range["with"] == end.id
    assert end.range["role"] == "end" and end.range["with"] == ici.id
    assert end.range["interval"] == [f"{PUB.isoformat()}T00:00:00", "2019-12-31T23:59:59"]
    assert "deadline" in end.explanation


@pytest.mark.parametrize("sentence, text", [("Il sera adopté d'ici fin mars.", "fin mars"),
                                            ("Un accord est attendu d'ici à la fin du mois.", "la fin du mois")])
def test_d_ici_before_an_end_makes_it_a_deadline(sentence, text):
    t = timex(analyze(sentence), text)
    assert t.range["kind"] == "until" and "deadline" in t.explanation


def test_an_end_with_no_deadline_word_is_no_deadline():
    t = timex(analyze("À la fin de l'année, il est parti."), "la fin de l'année")
    assert "deadline" not in t.explanation


# ---------------------------------------------------------------- une heure et le jour écrit après elle
@pytest.mark.parametrize("sentence, clock, day", [
    ("La route sera fermée de 22 heures lundi à 5 heures mardi.", "5 heures", "mardi"),
    ("La route sera fermée de 22 heures lundi à 5 heures mardi.", "22 heures", "lundi"),
    ("La grève a eu lieu entre 8 heures lundi et 10 heures mardi.", "10 heures", "mardi"),
])
def test_a_clock_time_right_before_a_day_is_on_that_day(sentence, clock, day):
    a = analyze(sentence)
    t = timex(a, clock)
    assert t.type == "TIME" and t.value.startswith(timex(a, day).value + "T")


@pytest.mark.parametrize("sentence, text, value", [
    # a count of hours before a day, with no span of times around it, stays a duration
    ("Il a travaillé 12 heures lundi.", "12 heures", "PT12H"),
    ("Il a négocié 20 heures lundi avant de partir.", "20 heures", "PT20H"),
])
def test_a_count_of_hours_before_a_day_outside_a_span_stays_a_duration(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


# ---------------------------------------------------------------- la fin d'un délai se lit en avant
@pytest.mark.parametrize("sentence, text, value", [
    ("Le ministre a promis une réforme d'ici l'été.", "l'été", "2020-SU"),
    ("Les travaux ont été promis d'ici la rentrée.", "la rentrée", "2020-09"),
    ("Une édition pourrait être montée si 60 000 euros étaient réunis d'ici l'été.", "l'été", "2020-SU"),
    ("Il a promis une loi d'ici le 30 juin.", "le 30 juin", "2020-06-30"),
])
def test_an_end_after_d_ici_lies_at_or_after_publication_whatever_the_tense(sentence, text, value):
    t = timex(analyze(sentence), text)
    assert t.value == value and "deadline" in t.explanation
    assert t.range["interval"][0].startswith(PUB.isoformat())     # the span from « ici » up to it


@pytest.mark.parametrize("sentence, text, value", [
    # without « d'ici », a past clause keeps the nearest one
    ("Il a été élu durant l'été.", "l'été", "2019-SU"),
    ("La grève a duré tout l'été.", "l'été", "2019-SU"),
])
def test_an_end_without_a_deadline_word_in_a_past_clause_stays_behind(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


# ---------------------------------------------------------------- « la veille de » un jour écrit après
@pytest.mark.parametrize("sentence, text, value", [
    ("La veille du vote de dimanche, le ministre a parlé.", "La veille", "2019-12-28"),
    ("Au lendemain de l'attentat de vendredi, la police est arrivée.", "lendemain", "2019-12-28"),
    ("Le lendemain de l'attentat de vendredi, la police est arrivée.", "Le lendemain", "2019-12-28"),
])
def test_la_veille_de_its_object_is_counted_from_the_object_s_day(sentence, text, value):
    t = timex(analyze(sentence), text)
    assert t.value == value and t.anchor != "published"


@pytest.mark.parametrize("sentence, text, day", [
    # une virgule sépare le jour de l'expression : ce jour est le lendemain lui-même
    ("Les pourparlers ont eu lieu vendredi. Le lendemain, dimanche, la police est venue.", "Le lendemain", "dimanche"),
    # « et » ouvre une autre proposition : lundi est le jour du départ, pas du sommet
    ("Il est arrivé la veille du sommet et reparti lundi.", "la veille", "lundi"),
])
def test_a_day_set_off_by_a_comma_is_not_the_object_of_le_lendemain(sentence, text, day):
    a = analyze(sentence)
    assert timex(a, text).anchor != timex(a, day).id


def test_au_lendemain_de_with_no_day_after_it_stays_the_time_of_its_clause():
    t = timex(analyze("Au lendemain de l'attentat, la police est arrivée."), "lendemain")
    assert t.value == PUB.isoformat()


def test_a_span_from_a_clock_time_and_its_day_links_past_that_day():
    a = analyze("La route sera fermée de 22 heures lundi à 5 heures.")
    start, end = timex(a, "22 heures"), timex(a, "5 heures")
    lundi = timex(a, "lundi").value
    nxt = (date.fromisoformat(lundi) + timedelta(days=1)).isoformat()
    assert start.range["with"] == end.id
    assert start.range["interval"] == [f"{lundi}T22:00:00", f"{nxt}T05:00:59"]


# ------------------------------------------- the day of the story, for a time with no day
def test_a_past_clock_time_with_no_day_takes_the_last_part_of_a_day_told_that_holds_the_hour():
    # the quake of Friday evening, told in the next paragraph, not on the day of the toll
    a = analyze("Un séisme a frappé vendredi soir le pays, selon un bilan publié samedi matin.\n\n"
                "La secousse s'est produite à 23h11 heure locale.")
    t, soir = timex(a, "23h11 heure locale"), timex(a, "vendredi soir")
    assert soir.value == "2019-12-27TEV"
    assert t.value == "2019-12-27T23:11" and t.anchor == soir.id
    assert "fits the hour" in t.explanation


def test_a_past_clock_time_does_not_take_a_plain_day_told_before():
    # a plain day says nothing of the hour: the publication day stays
    a = analyze("Le groupe a revendiqué l'attaque vendredi.\n\nL'action a chuté de 7 % à 10h30.")
    assert timex(a, "10h30").value == f"{PUB.isoformat()}T10:30"


def test_a_clock_time_inside_quotation_marks_keeps_the_publication_day():
    # a speaker tells a time of their own today, not of the story
    a = analyze("Les négociations ont échoué dimanche soir.\n\n"
                "« Je suis arrivée à 21 heures et personne ne sait rien », a dit une passagère.")
    assert timex(a, "21 heures").value == f"{PUB.isoformat()}T21:00"


def test_a_past_part_of_a_day_with_no_day_takes_the_day_of_the_story():
    a = analyze("Des milliers de personnes ont manifesté samedi à Paris.\n\n"
                "La CGT a revendiqué 500 000 manifestants.\n\n"
                "Des heurts ont éclaté en fin d'après-midi place de la Nation.")
    t, samedi = timex(a, "fin d'après-midi"), timex(a, "samedi")
    assert samedi.value == "2019-12-28"
    assert t.value == "2019-12-28TAF" and t.anchor == samedi.id


def test_a_future_part_of_a_day_with_no_day_stays_on_the_publication_day():
    a = analyze("Des milliers de personnes ont manifesté samedi à Paris.\n\n"
                "Un nouveau rassemblement aura lieu en fin d'après-midi.")
    assert timex(a, "fin d'après-midi").value == f"{PUB.isoformat()}TAF"


@pytest.mark.parametrize("sentence, text, value", [
    ("Les coups de feu ont éclaté vers minuit samedi.", "vers minuit", "2019-12-29T00:00"),
    ("Il est arrivé peu après minuit samedi.", "minuit", "2019-12-28T00:00"),
])
def test_minuit_with_its_day_closes_that_day_unless_after_apres(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


def test_noel_after_d_ici_is_a_deadline_day():
    assert timex(analyze("Le chantier doit être achevé d'ici Noël."), "Noël").value == "2020-12-25"


def test_some_days_later_with_no_day_before_is_drawn_from_publication_on_its_side():
    # nothing to count from: the stretch lies after publication (a clause not in the past), bounded
    t = timex(analyze("Des jours plus tard, il partira."), "Des jours plus tard")
    assert t.value == "FUTURE_REF"
    lo, hi = span(t)
    assert lo.date() == PUB and PUB < hi.date() <= PUB + timedelta(days=7)


def test_a_weekday_slip_near_publication_keeps_the_date_as_written():
    # published Wednesday 11 June 2025: 14 June is a Saturday; no Sunday 14th lies near publication (the
    # nearest is in September): the date as written is kept, flagged, with the Sunday after as suggestion
    a = chronique.analyze("Le scrutin se tiendra le dimanche 14 juin.", published="2025-06-11", lang="fr")
    t = timex(a, "le dimanche 14 juin")
    assert t.value == "2025-06-14"
    issue = next(i for i in a.issues if i.kind == "weekday-date mismatch")
    assert issue.suggested == "2025-06-15"


@pytest.mark.parametrize("sentence, word, value", [
    # « avoir lieu » in the present: a scheduled event, ahead
    ("La réunion a lieu jeudi.", "jeudi", next_one(4).isoformat()),
    ("Les élections ont lieu dimanche.", "dimanche", next_one(7).isoformat()),
    # ... its past, and « a » before any other word, stay pasts
    ("La réunion a eu lieu jeudi.", "jeudi", most_recent(4).isoformat()),
    ("Il a dit jeudi que non.", "jeudi", most_recent(4).isoformat()),
])
def test_a_lieu_in_the_present_is_a_scheduled_event(sentence, word, value):
    assert timex(analyze(sentence), word).value == value


@pytest.mark.parametrize("sentence, text, value", [
    ("Le chiffre d'affaires de l'exercice 2024 a progressé de 5 %.", "exercice 2024", "FY2024"),
    ("Sur l'exercice fiscal 2023, le groupe a perdu 3 millions.", "exercice fiscal 2023", "FY2023"),
])
def test_exercice_and_a_year_is_a_fiscal_year(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


def test_a_military_exercise_is_no_fiscal_year():
    assert [t.value for t in analyze("Un exercice militaire a eu lieu en 2024.").timexes] == ["2024"]


def test_the_first_month_of_a_span_takes_the_year_of_the_second():
    a = chronique.analyze("Il a transféré 48 millions de novembre à mars 2022.", published="2025-06-10", lang="fr")
    assert [(t.text, t.value) for t in a.timexes] == [("novembre", "2021-11"), ("mars 2022", "2022-03")]


def _fr(text, published):
    return chronique.analyze(text, published=published, lang="fr")


@pytest.mark.parametrize("text, value", [
    ("La vigilance est maintenue jusqu'au mois prochain.", "2025-09"),
    ("La vigilance est maintenue jusqu'au week-end.", "2025-W33-WE"),
    ("La vigilance est maintenue jusqu'au 28 février.", "2026-02-28"),
])
def test_jusqu_au_in_a_clause_with_no_past_is_an_end_ahead(text, value):
    # published on Monday 11 August 2025
    [t] = _fr(text, "2025-08-11").timexes
    assert (t.value, t.range["kind"]) == (value, "until")


def test_jusqu_a_in_a_past_clause_keeps_the_end_behind():
    [t] = _fr("La route est restée fermée jusqu'à vendredi.", "2025-08-11").timexes
    assert t.value == "2025-08-08"


@pytest.mark.parametrize("text, value", [
    ("Le jugement a été mis en délibéré au 15 janvier.", "2026-01-15"),
    ("L'affaire a été renvoyée au 15 janvier.", "2026-01-15"),
    ("Le procès a été reporté au 12 février.", "2026-02-12"),
])
def test_a_ruling_or_hearing_put_off_to_a_date_lies_ahead(text, value):
    [t] = _fr(text, "2025-11-20").timexes
    assert t.value == value


def test_a_promise_made_in_a_season_is_no_postponement_to_it():
    [t] = _fr("Le gouvernement avait promis au printemps un plan d'action.", "2024-09-18").timexes
    assert t.value == "2024-SP"


def test_a_future_after_mais_is_another_clause():
    [t] = _fr("Il a été blessé à la jambe samedi mais sera présent.", "2025-07-14").timexes
    assert t.value == "2025-07-12"


def test_a_part_of_the_week_over_by_publication_is_the_next_weeks_for_a_future():
    # published on Sunday 22 June 2025
    [t] = _fr("Le chef de l'Etat s'entretiendra avec ses homologues en début de semaine.", "2025-06-22").timexes
    assert t.interval == ["2025-06-23T00:00:00", "2025-06-24T23:59:59"]


def test_a_span_since_a_time_begun_runs_to_publication():
    [t] = _fr("Depuis le début de l'année, cinq personnes sont mortes.", "2025-02-04").timexes
    assert t.range["interval"] == ["2025-01-01T00:00:00", "2025-02-04T23:59:59"]


def test_un_mois_d_aout_is_any_august_and_no_duration():
    assert [t.text for t in _fr("C'est un record pour un mois d'août depuis 2003.", "2025-08-11").timexes] == ["2003"]


def test_an_imperfect_in_rait_is_no_conditional():
    [t] = _fr("Il encaissait les loyers chaque début de mois et ne réparait jamais rien.", "2025-05-27").timexes
    assert t.tense == "past"


@pytest.mark.parametrize("sentence, day, value", [
    # publié le mercredi 20 septembre 2023
    ("La police a arrêté vingt personnes dimanche et les relâchera vendredi.", "dimanche", "2023-09-17"),
    ("La police a arrêté vingt personnes dimanche et les relâchera vendredi.", "vendredi", "2023-09-22"),
    ("L'émissaire va arriver à Paris et rencontrer le président vendredi.", "vendredi", "2023-09-22"),
])
def test_a_clause_opened_by_et_after_a_date_does_not_give_it_its_tense(sentence, day, value):
    assert timex(analyze(sentence, "2023-09-20"), day).value == value


@pytest.mark.parametrize("sentence, mod", [
    ("Le procès a duré plus de quatre mois.", "MORE_THAN"),
    ("La réunion a duré moins de deux heures.", "LESS_THAN"),
    ("La grève a duré au moins trois semaines.", "EQUAL_OR_MORE"),
    ("La réunion a duré environ deux heures.", "APPROX"),
])
def test_a_duration_keeps_the_timeml_modifier_of_its_quantifier(sentence, mod):
    [t] = analyze(sentence).timexes
    assert t.type == "DURATION" and t.mod == mod


def test_a_postponement_without_its_target_takes_the_tense_of_its_auxiliary():
    # published Wednesday 22 May 2024: « sera mis en délibéré début juin » is the coming June
    t = timex(analyze("Le jugement sera mis en délibéré début juin.", "2024-05-22"), "début juin")
    assert t.value == "2024-06"
    t = timex(analyze("Le tribunal a mis sa décision en délibéré au 3 juin.", "2024-05-22"), "3 juin")
    assert t.value == "2024-06-03"


@pytest.mark.parametrize("sentence, value", [
    # published Monday 30 September 2024: what a decree sets lies ahead, the decree's own day behind
    ("Le gouvernement a décrété trois jours de deuil national à partir de mardi.", "2024-10-01"),
    ("Le gouvernement a décrété l'état d'urgence samedi.", "2024-09-28"),
])
def test_the_date_a_decree_sets_lies_ahead(sentence, value):
    t = next(t for t in analyze(sentence, "2024-09-30").timexes if t.text in ("mardi", "samedi"))
    assert t.value == value


@pytest.mark.parametrize("sentence, word, ahead", [
    # nouns ending as a participle tell no past: the conditional before them does
    ("Les températures pourraient atteindre 41 degrés samedi.", "samedi", True),
    ("Les députés pourraient voter le texte samedi.", "samedi", True),
    # an imperfect ending as a conditional does is a past, not a plan
    ("Le maire espérait une reprise samedi.", "samedi", False),
    ("La ville réparait les routes samedi.", "samedi", False),
    # a conditional stays a plan
    ("Une annonce pourrait intervenir samedi.", "samedi", True),
])
def test_words_that_end_as_tenses_do_are_read_as_what_they_are(sentence, word, ahead):
    t = timex(analyze(sentence), word)
    assert t.value == (next_one(6) if ahead else most_recent(6)).isoformat()


@pytest.mark.parametrize("sentence, ahead", [
    ("La préfecture a demandé aux compagnies d'annuler leurs vols jeudi.", True),
    ("Les deux camps ont convenu de se retrouver jeudi.", True),
    ("Le maire a demandé jeudi de l'aide.", False),
    # a threat aims ahead through its infinitive, in any tense
    ("Les syndicats ont menacé de bloquer les raffineries jeudi.", True),
    ("Le syndicat menace de bloquer les raffineries jeudi.", True),
    ("Ils ont décidé de ne pas la rouvrir jeudi.", True),
    # no infinitive after the mark: the day of the act
    ("Il a été menacé de mort jeudi.", False),
    ("Ils ont demandé de nouvelles élections jeudi.", False),
])
def test_a_verb_aiming_ahead_through_its_infinitive_dates_the_infinitive_ahead(sentence, ahead):
    t = timex(analyze(sentence), "jeudi")
    assert t.value == (next_one(4) if ahead else most_recent(4, include_today=False)).isoformat()


def test_a_threat_told_in_the_imperfect_aims_at_the_next_rentree():
    a = analyze("Les compagnies, qui menaçaient de supprimer des lignes dès la rentrée, ont salué la décision.",
                "2025-04-11")
    assert timex(a, "la rentrée").value == "2025-09"


@pytest.mark.parametrize("sentence, word", [
    ("Il a annoncé une réunion le 15 janvier.", "le 15 janvier"),
    ("Le tribunal a fixé son jugement au 15 janvier.", "15 janvier"),
])
def test_an_event_announced_or_a_ruling_set_for_a_date_lies_ahead(sentence, word):
    assert timex(analyze(sentence), word).value == "2020-01-15"


def test_a_decimal_comma_ends_no_clause():
    # « 2,2 % en septembre, la prochaine sera publiée vendredi »: the future after the comma of the clause
    # is not the one of « 2,2 »
    a = analyze("L'inflation a atteint 2,2 % en septembre, la prochaine estimation sera publiée vendredi.",
                published="2025-10-30")
    assert [(t.text, t.value) for t in a.timexes if t.text == "septembre"] == [("septembre", "2025-09")]


def test_the_part_of_a_year_written_is_that_year():
    a = analyze("Les ventes ont chuté depuis le début de l'année 2023.", published="2025-02-06")
    assert [(t.text, t.value[:4]) for t in a.timexes] == [("le début de l'année 2023", "2023")]


def test_a_day_after_an_announced_meeting_lies_ahead():
    # « a annoncé la tenue d'un conseil ... vendredi »: the day of the meeting announced, not of the announcement
    a = analyze("Il a annoncé la tenue d'un conseil de défense extraordinaire vendredi.", published="2025-02-06")
    assert [(t.text, t.value) for t in a.timexes] == [("vendredi", "2025-02-07")]


@pytest.mark.parametrize("text, value", [
    # une copule au passé devant une probabilité est le présent rapporté d'une perspective
    ("Powell a estimé qu'une baisse en décembre était peu probable.", "2025-12"),
    ("Le ministre a jugé qu'un accord en décembre était envisageable.", "2025-12"),
    # un passé reste un passé
    ("Le ministre a indiqué que la frontière avait été fermée en avril.", "2025-04"),
])
def test_a_judgement_of_likelihood_after_a_past_copula_looks_ahead(text, value):
    [t] = _fr(text, "2025-10-30").timexes
    assert t.value == value


@pytest.mark.parametrize("text, expected", [
    # un moment du jour après « à » ou « au », avec son jour ou sans, et toute une partie du jour
    ("La police est intervenue samedi à l'aube.", [("samedi à l'aube", "2025-08-02TMO")]),
    ("Les policiers sont arrivés samedi au petit matin.", [("samedi au petit matin", "2025-08-02TMO")]),
    ("La police est intervenue à l'aube.", [("l'aube", "2025-08-07TMO")]),
    ("Les combats ont duré toute la nuit.", [("toute la nuit", "2025-08-06TNI")]),
    # l'aube d'une ère n'est pas une heure
    ("A l'aube de l'an 2000, la France a dépassé le cap.", [("l'an 2000", "2000")]),
])
def test_moments_of_the_day_after_a_and_au_and_a_whole_part_of_the_day(text, expected):
    assert [(t.text, t.value) for t in _fr(text, "2025-08-07").timexes] == expected


@pytest.mark.parametrize("told", ["ont indiqué mercredi les pompiers",
                                  # to whom, or where, the words were told stands between the verb and its day
                                  "ont indiqué à l'AFP mercredi les pompiers",
                                  "ont indiqué dans un communiqué mercredi les pompiers"])
def test_a_clock_time_takes_the_day_of_the_happening_not_the_day_of_saying(told):
    a = _fr(f"Un incendie s'est déclaré mardi après-midi, {told}. Le feu est parti vers "
            "15 h 10 près de l'autoroute.", "2025-08-13")
    assert [(t.text, t.value) for t in a.timexes][-1] == ("vers 15 h 10", "2025-08-12T15:10")


@pytest.mark.parametrize("sentence, text, value", [
    # the first such day after the day told last, not the Tuesday after publication (7 January)
    ("Les députés reviendront le 13 janvier. Le vote pourrait avoir lieu dès le mardi suivant.",
     "le mardi suivant", "2020-01-14"),
    # before it: the Friday before Sunday 22 December, not the one before publication (27 December)
    ("La trêve a été rompue le 22 décembre. Le vendredi soir précédent, les rebelles avaient bombardé le port.",
     "Le vendredi soir précédent", "2019-12-20TEV"),
])
def test_the_following_or_previous_weekday_counts_from_the_day_told_last(sentence, text, value):
    t = timex(analyze(sentence), text)
    assert t.value == value


@pytest.mark.parametrize("sentence, expected", [
    # the plural modifier after two weekdays joined is both days', and the two run forward (published
    # Tuesday 31 December 2019: « mercredi prochain » alone is 1 January)
    ("Les ministres se réuniront à Bruxelles mardi et mercredi prochains.",
     [("mardi", "2020-01-07"), ("mercredi prochains", "2020-01-08")]),
    ("Des heurts ont éclaté samedi et dimanche derniers.",
     [("samedi", "2019-12-28"), ("dimanche derniers", "2019-12-29")]),
    # (« lundi dernier » alone is 30 December, « mardi dernier » 24 December)
    ("Des heurts ont éclaté lundi et mardi derniers.",
     [("lundi", "2019-12-23"), ("mardi derniers", "2019-12-24")]),
    # a part of the day in the singular is the second day's
    ("Ils se réuniront samedi et dimanche soir prochains.",
     [("samedi", "2020-01-04"), ("dimanche soir prochains", "2020-01-05TEV")]),
])
def test_two_weekdays_joined_share_the_plural_modifier_after_them(sentence, expected):
    assert [(t.text, t.value) for t in analyze(sentence).timexes] == expected


@pytest.mark.parametrize("sentence, text, value", [
    # la veille de l'annonce (lundi 30 décembre), pas du vote à venir
    ("La Première ministre a annoncé mardi soir qu'elle engagerait la responsabilité du gouvernement jeudi. "
     "La veille, le président avait estimé que le texte devait aller au bout.", "La veille", "2019-12-30"),
    ("Il a affirmé lundi que les pourparlers reprendraient vendredi. Deux jours plus tôt, les rebelles avaient "
     "bombardé le port.", "Deux jours plus tôt", "2019-12-28"),
    # un futur compte encore depuis un jour à venir
    ("Le vote aura lieu jeudi. Le lendemain, l'Assemblée suspendra ses travaux.", "Le lendemain", "2020-01-03"),
])
def test_a_past_day_told_relative_to_another_is_not_counted_from_a_day_to_come(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence, text, value", [
    # une crainte regarde devant (publié le mardi 31 décembre 2019)
    ("Le préfet, qui redoute une reprise du mistral dimanche, a déclaré que la situation était instable.",
     "dimanche", "2020-01-05"),
    ("Les agriculteurs craignent des gelées jeudi.", "jeudi", "2020-01-02"),
])
def test_a_day_feared_lies_ahead(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence, text, value", [
    # une partie du jour après une nuit est du jour où la nuit finit
    ("Dans la nuit de vendredi à samedi, 800 pompiers ont été mobilisés. Dans la matinée, le vent est tombé.",
     "la matinée", "2019-12-28TMO"),
    # une partie du jour après une heure du récit est du jour de cette heure, non de la publication
    ("Un incendie a parcouru 700 hectares depuis lundi après-midi, a annoncé mardi la préfecture. Le feu s'est "
     "déclaré vers 14h30. En fin de journée, les flammes ont franchi l'autoroute.", "fin de journée", "2019-12-30TEV"),
])
def test_a_part_of_the_day_follows_the_story_told_before(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence, text, value", [
    ("Les manifestants ont envahi le bâtiment lundi. Le soir même, la police l'a évacué.", "Le soir même",
     "2019-12-30TEV"),
    ("Le ministre a démissionné vendredi. Le jour même, il avait rencontré le roi.", "Le jour même", "2019-12-27"),
    # « cette nuit-là » : la nuit racontée, même après l'aube qui la suit
    ("Les détenus ont pris une aile dans la nuit de lundi à mardi, avant que la police ne reprenne les lieux à "
     "l'aube. Un surveillant présent cette nuit-là raconte.", "cette nuit-là", "2019-12-30TNI"),
])
def test_the_same_day_or_part_of_day_as_told_before(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence, word, value", [
    # une phrase qui s'ouvre sur une année écrite est racontée dans cette année
    ("En 2016, un mouvement avait privé les voyageurs de trains le 24 décembre.", "24 décembre", "2016-12-24"),
    ("En décembre 2016 déjà, la grève avait été suspendue en janvier.", "janvier", "2017-01"),
    ("En 2016, la grève avait duré jusqu'à Noël.", "Noël", "2016-12-25"),
    # la semaine d'un jour sans année reste une semaine, dans l'année de la phrase
    ("En 2016, la grève avait eu lieu la semaine du 25 décembre.", "25 décembre", "2016-W51"),
])
def test_a_sentence_opening_on_a_written_year_dates_its_days_with_no_year(sentence, word, value):
    t = timex_containing(analyze(sentence), word)
    assert t.value == value
    assert t.anchor != "published"


@pytest.mark.parametrize("sentence, text, value", [
    # le week-end d'une fête : celui où elle tombe (Pâques, le dimanche 12 avril 2020, à venir)
    ("Le week-end de Pâques sera chargé sur les routes.", "Le week-end de Pâques", "2020-W15-WE"),
    # l'Ascension (jeudi 30 mai 2019, passée) ouvre le week-end qui la suit
    ("Les routes étaient saturées pendant le week-end de l'Ascension.", "le week-end de l'Ascension", "2019-W22-WE"),
    # Noël 2019 tombait un mercredi : le week-end d'avant
    ("Les magasins étaient bondés le week-end de Noël.", "le week-end de Noël", "2019-W51-WE"),
])
def test_the_weekend_of_a_holiday_is_one_expression(sentence, text, value):
    t = timex(analyze(sentence), text)
    assert (t.value, t.type) == (value, "DATE")


@pytest.mark.parametrize("sentence, text, value, first, last", [
    # une semaine du mois se compte depuis son premier jour ; la dernière, ses sept derniers jours
    ("Les pluies sont arrivées la dernière semaine de mai.", "la dernière semaine de mai", "2019-05",
     date(2019, 5, 25), date(2019, 5, 31)),
    ("Le vote aura lieu la deuxième semaine d'avril.", "la deuxième semaine d'avril", "2020-04",
     date(2020, 4, 8), date(2020, 4, 14)),
    ("Les travaux ont commencé la première semaine du mois de mars.", "la première semaine du mois de mars", "2019-03",
     date(2019, 3, 1), date(2019, 3, 7)),
    ("La dernière semaine de mars 2023 fut froide.", "La dernière semaine de mars 2023", "2023-03",
     date(2023, 3, 25), date(2023, 3, 31)),
    # le mois de la publication : une semaine passée dans une phrase au futur est celle de l'an prochain
    ("Nous nous reverrons la première semaine de décembre.", "la première semaine de décembre", "2020-12",
     date(2020, 12, 1), date(2020, 12, 7)),
])
def test_une_semaine_du_mois_est_une_seule_expression_de_sept_jours(sentence, text, value, first, last):
    t = timex(analyze(sentence), text)
    assert (t.value, t.interval) == (value, day_interval(first, last))


@pytest.mark.parametrize("sentence, text, first, last", [
    # une durée comptée depuis un jour écrit après « avant » ou « après » se dessine depuis ce jour
    ("La grève a commencé deux jours avant Noël.", "deux jours", date(2019, 12, 23), date(2019, 12, 25)),
    ("Il a démissionné trois jours après l'élection du 2 décembre.", "trois jours", date(2019, 12, 2),
     date(2019, 12, 5)),
])
def test_une_duree_avant_ou_apres_un_jour_se_dessine_depuis_ce_jour(sentence, text, first, last):
    t = timex(analyze(sentence), text)
    assert (t.type, t.interval) == ("DURATION", day_interval(first, last))
    assert t.anchor != "published"


@pytest.mark.parametrize("sentence, text, value", [
    # un verbe qui maintient un état en vigueur : la fin après « jusqu'à » est à venir, quel que soit son temps
    # (mardi 31 décembre 2019 : le samedi à venir est le 4 janvier 2020)
    ("Météo-France a maintenu le département en vigilance orange jusqu'à samedi.", "samedi", "2020-01-04"),
    ("La préfecture a suspendu le trafic jusqu'à samedi.", "samedi", "2020-01-04"),
    ("Le préfet a interdit les rassemblements jusqu'à samedi.", "samedi", "2020-01-04"),
    # aucun état maintenu : un passé
    ("Il a été détenu jusqu'à samedi.", "samedi", "2019-12-28"),
    # sans « jusqu'à », le même verbe reste un passé
    ("Les écoles ont été fermées samedi.", "samedi", "2019-12-28"),
])
def test_la_fin_d_un_etat_maintenu_est_a_venir(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


def test_une_possibilite_qu_on_n_exclut_pas_est_a_venir():
    # « n'excluent pas de nouveaux orages dès lundi » : le lundi à venir (6 janvier 2020), pas celui d'avant
    t = timex(analyze("Les prévisionnistes n'excluent pas de nouveaux orages dès lundi."), "lundi")
    assert t.value == "2020-01-06"


@pytest.mark.parametrize("sentence", [
    "Le négociant de 58 ans a reconnu avoir menti.",
    "Léa, une étudiante de 20 ans, rentrait chez elle.",
    "La mort d'un coureur de 43 ans a choqué le peloton.",
])
def test_l_age_d_une_personne_n_est_pas_une_duree(sentence):
    assert [t.text for t in analyze(sentence).timexes] == []


def test_une_peine_de_dix_ans_reste_une_duree():
    assert timex(analyze("Une peine de 10 ans a été requise."), "10 ans").value == "P10Y"


@pytest.mark.parametrize("sentence, value", [
    # un titre sans verbe : l'état dit par le participe court jusqu'au vendredi à venir (3 janvier 2020)
    ("Grève à la SNCF : le trafic perturbé jusqu'à vendredi", "2020-01-03"),
    # dit par une copule au passé : le vendredi passé
    ("Le trafic était perturbé jusqu'à vendredi.", "2019-12-27"),
])
def test_un_titre_au_participe_jusqu_a_un_jour_regarde_devant(sentence, value):
    assert timex(analyze(sentence), "vendredi").value == value


def test_une_phrase_dite_alors_garde_l_annee_de_la_phrase_d_avant():
    # « alors » : le récit de 2022 continue ; début janvier est le plus proche du 23 décembre 2022
    a = analyze("En 2022, un mouvement similaire avait privé de train 200.000 voyageurs le week-end du 23 décembre. "
                "La direction avait alors accordé une prime exceptionnelle début janvier.")
    t = timex(a, "début janvier")
    assert t.value == "2023-01"
    assert t.anchor == timex(a, "le week-end du 23 décembre").id


def test_alors_que_ne_continue_pas_le_recit():
    a = analyze("En 2016, un mouvement avait eu lieu en décembre. La direction a accordé une prime en janvier, "
                "alors que la grève continuait.")
    assert timex(a, "janvier").value == "2019-01"


@pytest.mark.parametrize("sentence, text, value", [
    # un trimestre ou un semestre d'une année dite relativement : une seule expression
    ("Le sommet aura lieu au premier semestre de l'an prochain.", "premier semestre de l'an prochain", "2020-H1"),
    ("Au deuxième trimestre de l'an dernier, les ventes ont reculé.", "deuxième trimestre de l'an dernier",
     "2018-Q2"),
    ("Au premier trimestre de cette année, les ventes ont reculé.", "premier trimestre de cette année", "2019-Q1"),
    ("Au troisième trimestre de l'année en cours, les ventes ont reculé.",
     "troisième trimestre de l'année en cours", "2019-Q3"),
])
def test_un_trimestre_de_l_an_prochain_est_une_seule_expression(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence, text, value, first, last", [
    ("Sur les neuf premiers mois de l'année, les ventes ont reculé.", "les neuf premiers mois de l'année", "P9M",
     date(2019, 1, 1), date(2019, 9, 30)),
    ("Sur les six premiers mois de 2017, les ventes ont reculé.", "les six premiers mois de 2017", "P6M",
     date(2017, 1, 1), date(2017, 6, 30)),
])
def test_les_premiers_mois_d_une_annee_se_dessinent_depuis_son_debut(sentence, text, value, first, last):
    t = timex(analyze(sentence), text)
    assert (t.type, t.value, t.interval) == ("DURATION", value, day_interval(first, last))


def test_une_perspective_rapportee_au_passe_regarde_devant():
    # « était très probable » : un mot de degré entre la copule et le jugement de probabilité
    t = timex(analyze("Le gouverneur a estimé mardi qu'une baisse en mars était très probable."), "mars")
    assert t.value == "2020-03"


@pytest.mark.parametrize("sentence, texts", [
    # « au plus tôt » (at the earliest) and « le plus tôt possible » tell no time of their own
    ("L'appel devrait être examiné au plus tôt à l'automne 2026.", ["l'automne 2026"]),
    ("Il faut agir le plus tôt possible.", []),
    # « plus tôt » after a verb is the time before publication, also before the complementizer
    ("Un responsable américain avait déclaré plus tôt que 500 soldats seraient envoyés.", ["plus tôt"]),
])
def test_au_plus_tot_is_no_time(sentence, texts):
    assert [t.text for t in analyze(sentence).timexes] == texts


def test_le_lendemain_d_un_fait_sans_date_tombe_dans_le_mois_de_sa_phrase():
    a = analyze("Le conflit avait débuté en octobre 2023, au lendemain de l'attaque du Hamas contre Israël.",
                "2024-11-19")
    t = timex(a, "lendemain")
    assert (t.value, t.interval[0][:10], t.interval[1][:10]) == ("2023-10", "2023-10-01", "2023-10-31")
    assert t.anchor == timex(a, "octobre 2023").id
    # un fait daté après lui reste son ancre, et sans autre date la phrase garde sa lecture
    assert timex(analyze("Il a démissionné au lendemain de l'élection de dimanche.", "2024-11-19"),
                 "lendemain").value == "2024-11-18"
    assert timex(analyze("Il a démissionné au lendemain de l'élection.", "2024-11-19"),
                 "lendemain").value == "2024-11-19"


@pytest.mark.parametrize("sentence, text", [
    # « la mi-janvier » as « la fin du mois »: the article in, the preposition out
    ("Une session est prévue à la mi-janvier.", "la mi-janvier"),
    ("Les prix ont baissé à la mi-2024.", "la mi-2024"),
    ("Une session est prévue mi-janvier.", "mi-janvier"),
])
def test_a_la_mi_mois_laisse_la_preposition_hors_de_l_expression(sentence, text):
    assert [t.text for t in analyze(sentence).timexes] == [text]


def test_plus_tard_cette_semaine_un_dimanche_est_la_semaine_suivante():
    t = timex(analyze("Les discussions reprendront plus tard cette semaine.", "2024-06-09"), "plus tard cette semaine")
    assert t.value == "2024-W24"


@pytest.mark.parametrize("text, span, value", [
    # après « des », la période vague sans son article
    ("L'inflation resterait proche de sa cible au cours des prochains mois.", "prochains mois", "FUTURE_REF"),
    ("Au cours des prochaines semaines, la BCE décidera.", "prochaines semaines", "FUTURE_REF"),
    ("Au cours des derniers mois, les prix ont baissé.", "derniers mois", "PAST_REF"),
])
def test_une_periode_vague_apres_des(text, span, value):
    assert [(t.text, t.value) for t in chronique.analyze(text, published="2025-10-30", lang="fr").timexes] == [
        (span, value)]


def test_la_nuit_au_plus_que_parfait_est_celle_du_jour_dit_avant():
    a = chronique.analyze("Le 13 juin 2016, l'assaillant avait tué un policier. Il avait été abattu dans la nuit "
                          "par le Raid.", published="2023-10-06", lang="fr")
    assert [(t.text, t.value) for t in a.timexes] == [("Le 13 juin 2016", "2016-06-13"), ("la nuit", "2016-06-13TNI")]
    # au passé composé, la nuit qui vient de passer
    a = chronique.analyze("Le 13 juin 2016, un policier a été tué. Des frappes ont tué 27 personnes dans la nuit.",
                          published="2023-10-06", lang="fr")
    assert [t.value for t in a.timexes] == ["2016-06-13", "2023-10-05TNI"]


# ------------------------------------------------ an hour with its half of the day
@pytest.mark.parametrize("sentence, text, hour", [
    ("Il est rentré à 8 heures du soir.", "8 heures du soir", 20),
    ("La manifestation a débuté à 2 heures de l'après-midi.", "2 heures de l'après-midi", 14),
    ("Le vote a eu lieu à 10 h du matin.", "10 h du matin", 10),
    ("Le cortège est parti à 15 heures de l'après-midi.", "15 heures de l'après-midi", 15),
])
def test_an_hour_with_its_half_of_the_day_is_one_clock_time(sentence, text, hour):
    a = analyze(sentence)
    t = timex(a, text)
    assert t.value == f"{PUB.isoformat()}T{hour:02d}:00"
    assert not any(x.text == "midi" for x in a.timexes)


def test_an_hour_of_the_morning_takes_the_day_after_its_time_zone():
    # « vers 3 h du matin (2 h GMT) mardi »: the local hour is on Tuesday too
    a = analyze("Le feu a pris vers 3 h du matin (2 h GMT) lundi.")
    assert timex(a, "vers 3 h du matin").value == "2019-12-30T03:00"


@pytest.mark.parametrize("sentence", [
    "Le sommet de l'après-midi a été annulé.",
    "Les après-midi sont calmes à Matignon.",
])
def test_midi_inside_apres_midi_is_no_noon(sentence):
    assert not any("midi" == t.text for t in analyze(sentence).timexes)


@pytest.mark.parametrize("sentence, text, value", [
    ("Il a parlé l'après-midi de lundi.", "l'après-midi de lundi", "2019-12-30TAF"),
    ("Il a parlé la nuit de samedi.", "la nuit de samedi", "2019-12-28TNI"),
    ("Il a parlé le matin du 12 décembre.", "le matin du 12 décembre", "2019-12-12TMO"),
    ("Des tirs ont été entendus dans l'après-midi du 20 décembre.", "l'après-midi du 20 décembre",
     "2019-12-20TAF"),
])
def test_a_part_of_a_named_day_is_one_expression(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


@pytest.mark.parametrize("sentence, text", [
    ("La saison se poursuit jusqu'en février.", "février"),
    ("L'enquête suit son cours jusqu'en février.", "février"),
])
def test_a_present_in_it_is_no_past(sentence, text):
    # « poursuit », « suit » end as a past does; the February ahead, not the last one
    assert timex(analyze(sentence), text).value == "2020-02"


def test_a_commitment_to_act_points_ahead_through_its_infinitive():
    # « avons obtenu » is past, but the quarter is that of the production promised
    a = analyze("« Nous avons obtenu un engagement ferme à augmenter la production au premier trimestre », a-t-elle "
                "déclaré.", published="2025-02-14")
    assert timex(a, "premier trimestre").value == "2025-Q1"
    a = analyze("Nous avons obtenu un engagement à augmenter la production au deuxième trimestre.",
                published="2025-02-14")
    assert timex(a, "deuxième trimestre").value == "2025-Q2"


def test_a_commitment_without_infinitive_leaves_the_tense_to_the_verb():
    a = analyze("La promesse faite jeudi a été rompue.")
    assert timex(a, "jeudi").value == "2019-12-26"


@pytest.mark.parametrize("sentence, text, value, mod", [
    ("L'entreprise a été fondée il y a plus d'un an.", "il y a plus d'un an", "2018", None),
    ("La grève dure depuis plus d'un mois.", "plus d'un mois", "P1M", "MORE_THAN"),
    ("Il a attendu moins d'une heure.", "moins d'une heure", "PT1H", "LESS_THAN"),
])
def test_an_elided_approximation_belongs_to_its_expression(sentence, text, value, mod):
    # « plus d'un », « près d'un », « moins d'une »: as « plus de deux »
    t = timex(analyze(sentence), text)
    assert t.value == value
    if mod is not None:
        assert t.mod == mod


def test_attendu_after_the_infinitive_avoir_is_a_past():
    # « dit avoir attendu plus d'une heure »: waited, no expectation
    t = timex(analyze("Elle dit avoir attendu plus d'une heure."), "plus d'une heure")
    assert "ending at publication" in t.explanation


def test_an_hour_of_every_day_is_a_recurrence():
    t = timex(analyze("Le site rouvrira à 17 heures chaque jour jusqu'à dimanche."), "17 heures")
    assert t.type == "SET" and t.value == "XXXX-XX-XXT17:00"


def test_le_lendemain_of_an_undated_happening_told_in_the_past_is_no_day_after_publication():
    t = timex(analyze("Le lendemain de l'élection, le ministre a démissionné."), "Le lendemain")
    assert t.value == "PAST_REF"


def test_a_french_hour_is_on_a_24_hour_clock_whatever_the_part_of_the_day():
    # « mardi soir à 9 heures »: the hour as written (French writes 21 heures)
    assert timex(analyze("Il a parlé lundi soir à 9 heures."), "9 heures").value == "2019-12-30T09:00"


def test_a_meeting_called_with_a_long_name_before_its_day_lies_ahead():
    # the verb setting the meeting is further back than the usual reach; the meeting's noun is not
    t = timex(analyze("L'Union africaine a convoqué une réunion d'urgence de son Conseil de paix et de sécurité "
                      "vendredi.", published="2023-09-14"), "vendredi")
    assert t.value == "2023-09-15"


def test_a_day_far_from_a_past_verb_with_no_event_called_for_stays_behind():
    t = timex(analyze("L'armée a encerclé les bâtiments officiels du centre de la capitale et de sa banlieue nord "
                      "vendredi.", published="2023-09-14"), "vendredi")
    assert t.value == "2023-09-08"


def test_a_short_quotation_inside_the_clause_does_not_part_the_day_from_its_verb():
    t = timex(analyze("La FNSEA prévoit des actions « dans tous les départements » à partir de vendredi.",
                      published="2024-01-25"), "vendredi")
    assert t.value == "2024-01-26"


def test_a_day_after_a_whole_quotation_and_its_attribution_is_the_attributions():
    t = timex(analyze("« Nous bloquerons tout », a-t-il dit vendredi.", published="2024-01-25"), "vendredi")
    assert t.value == "2024-01-19"


@pytest.mark.parametrize("sentence, text, value", [
    ("L'incendie s'est déclaré aux premières heures de jeudi.", "premières heures de jeudi", "2024-07-18"),
    ("L'incendie s'est déclaré au petit matin de jeudi.", "au petit matin de jeudi", "2024-07-18TMO"),
    ("Il est parti au soir du 12 juillet.", "au soir du 12 juillet", "2024-07-12TEV"),
])
def test_les_heures_et_parties_d_un_jour_nomme_avec_lui(sentence, text, value):
    assert timex(analyze(sentence, published="2024-07-21"), text).value == value


@pytest.mark.parametrize("sentence, text, value", [
    ("Il a été élu il y a à peine trois ans.", "il y a à peine trois ans", "2016"),
    ("Il a été élu il y a tout juste un an.", "il y a tout juste un an", "2018"),
    ("Il a été élu il y a un peu plus d'un an.", "il y a un peu plus d'un an", "2018"),
])
def test_il_y_a_avec_un_adverbe_de_mesure_est_un_temps_passe(sentence, text, value):
    assert timex(analyze(sentence), text).value == value


def test_un_vouloir_vise_en_avant():
    t = timex(analyze("Personne ne veut faire grève avant Noël.", published="2024-11-21"), "Noël")
    assert t.value == "2024-12-25"


@pytest.mark.parametrize("sentence, text, value", [
    ("Elle avait porté plainte en février puis en avril 2021.", "février", "2021-02"),
    ("Il est venu en mai et juin 2022.", "mai", "2022-05"),
    ("Il est venu en mai et en juin de l'an dernier.", "mai", "2023-05"),
    ("Il est venu le 3 mai et le 5 juin 2022.", "le 3 mai", "2022-05-03"),
])
def test_une_liste_de_mois_partage_l_annee_de_son_dernier_membre(sentence, text, value):
    assert timex(analyze(sentence, published="2024-03-04"), text).value == value


def test_un_temps_apres_tant_que_est_celui_de_sa_subordonnee():
    t = timex(analyze("Elle a affirmé qu'elle ne quitterait pas ses fonctions à l'expiration de son mandat, "
                      "le 29 décembre, tant que de nouvelles élections n'auraient pas été organisées.",
                      published="2024-12-01"), "le 29 décembre")
    assert t.value == "2024-12-29"


def test_un_present_de_calendrier_dit_du_moment_de_l_ecriture_pas_d_un_jour_passe_de_sa_phrase():
    a = analyze("Le ministre a dénoncé mercredi matin une grève « incompréhensible » à la veille des vacances "
                "scolaires de la Toussaint, qui débutent samedi.", published="2024-10-15")
    assert timex(a, "samedi").value == "2024-10-19"


def test_depuis_l_aube_est_le_matin_du_jour():
    t = timex(analyze("L'armée a frappé depuis l'aube plus de 300 cibles.", published="2024-09-23"), "l'aube")
    assert t.value == "2024-09-23TMO" and t.range["kind"] == "since"


@pytest.mark.parametrize("sentence, text, value", [
    ("La vigilance court jusqu'à jeudi 6 heures.", "6 heures", "2024-10-17T06:00"),
    ("Météo-France a placé mardi sept départements en vigilance rouge à partir de mercredi midi et jusqu'à jeudi "
     "6 heures.", "mercredi midi", "2024-10-16TMI"),
    ("Météo-France a placé mardi sept départements en vigilance rouge à partir de mercredi midi et jusqu'à jeudi "
     "6 heures.", "6 heures", "2024-10-17T06:00"),
    # a duration stays one away from a day's name
    ("Il a dormi 6 heures.", "6 heures", "PT6H"),
])
def test_un_nombre_d_heures_juste_apres_un_jour_est_l_heure_de_ce_jour(sentence, text, value):
    assert timex(analyze(sentence, published="2024-10-15"), text).value == value


def test_un_debrayage_appele_pour_un_jour_est_a_venir():
    assert timex(analyze("Le syndicat appelle à un débrayage jeudi sur l'ensemble des sites.", published="2024-10-22"),
                 "jeudi").value == "2024-10-24"
    assert timex(analyze("Un débrayage a eu lieu jeudi.", published="2024-10-22"), "jeudi").value == "2024-10-17"


def test_le_debut_d_une_duree_jusqu_a_maintenant_n_est_le_jour_de_rien():
    a = analyze("L'aéroport, fermé depuis vendredi, a été investi par les rebelles à l'aube.", published="2025-01-27")
    assert timex(a, "l'aube").value == "2025-01-27TMO"


def test_le_a_d_une_nuit_de_mardi_a_mercredi_ne_vise_aucun_jour_a_venir():
    a = analyze("Le Centre gabonais des élections avait annoncé dans la nuit de mardi à mercredi, vers 3h30, qu'Ali "
                "Bongo avait recueilli 64,27 % des suffrages lors du scrutin présidentiel de samedi.",
                published="2023-08-30")
    assert timex(a, "samedi").value == "2023-08-26"


@pytest.mark.parametrize("sentence, text, value", [
    ("Emmanuel Macron a créé la surprise en annonçant dimanche soir la dissolution de l'Assemblée nationale et des "
     "élections législatives anticipées les 30 juin et 7 juillet.", "30 juin", "2024-06-30"),
    ("Des élections anticipées, le 30 juin, départageront les blocs.", "le 30 juin", "2024-06-30"),
    # la forme verbale, avec son auxiliaire, reste un passé
    ("Les marchés ont anticipé lundi la décision.", "lundi", "2024-06-10"),
])
def test_anticipe_est_un_adjectif_et_non_un_passe(sentence, text, value):
    assert timex(analyze(sentence, published="2024-06-10"), text).value == value


def test_un_participe_present_d_appel_vise_l_evenement_appele():
    # un participe présent n'a pas de temps à lui : il vise l'événement qu'il annonce ou appelle
    a = analyze("« On est très loin du compte », a-t-elle ajouté, appelant à une journée de grève le 3 décembre.",
                published="2024-11-25")
    assert timex(a, "le 3 décembre").value == "2024-12-03"


@pytest.mark.parametrize("sentence, published, text, value", [
    ("Il devait être entendu par les enquêteurs mardi.", "2023-04-03", "mardi", "2023-04-04"),
    ("Le président devait s'exprimer mardi soir.", "2023-04-05", "mardi soir", "2023-04-04TEV"),
    ("Le festival, qui devait accueillir 35 000 spectateurs du 19 au 21 juillet, a été annulé.", "2024-07-11",
     "21 juillet", "2024-07-21"),
])
def test_un_plan_dit_au_passe_vise_le_jour_le_plus_proche_de_la_publication(sentence, published, text, value):
    t = timex(analyze(sentence, published=published), text)
    assert t.value == value and t.tense == "either"


def test_une_heure_apres_des_jours_de_la_semaine_repetes_est_cette_heure_de_chacun():
    a = analyze("Les audiences se tiendront les lundis, mardis et jeudis, de 13h30 à 20h00.", published="2024-11-06")
    t = timex(a, "13h30")
    assert (t.value, t.type) == ("XXXX-WXX-4T13:30", "SET") and "'lundis', 'mardis', 'jeudis'" in t.explanation
    assert timex(a, "20h00").value == "XXXX-WXX-4T20:00"


def test_le_debut_d_un_etat_mis_en_vigueur_par_un_verbe_lointain_est_a_venir():
    a = analyze("Météo-France a placé jeudi 19 départements du quart sud-est en vigilance rouge canicule à partir de "
                "vendredi midi, une situation « inédite ».", published="2023-08-17")
    assert timex(a, "vendredi midi").value == "2023-08-18TMI"


def test_un_futur_proche_au_dela_de_la_fenetre_donne_sa_date_a_venir():
    a = analyze("Le groupe laitier Laiteries du Bocage va cesser de collecter le lait de 63 exploitations de la Manche "
                "à partir du 1er janvier, a-t-on appris mercredi.", published="2025-10-08")
    assert timex(a, "1er janvier").value == "2026-01-01"


def test_le_ce_soir_et_le_demain_d_un_locuteur_partent_du_jour_ou_il_a_parle():
    a = analyze("« Ce soir, nous ferons grève », a déclaré jeudi soir le dirigeant syndical. « Demain, nous "
                "marcherons », a-t-il ajouté mercredi.", published="2023-09-15")
    assert timex(a, "Ce soir").value == "2023-09-14TEV"
    assert timex(a, "Demain").value == "2023-09-14"


@pytest.mark.parametrize("phrase, texte, valeur", [
    ("Il a parlé une demi-heure après l'annonce.", "une demi-heure", "PT30M"),
    ("Le contact a été perdu une heure et 45 minutes après la plongée.", "une heure et 45 minutes", "PT105M"),
    ("Il a été condamné à deux ans et six mois de prison.", "deux ans et six mois", "P30M"),
])
def test_une_demi_unite_et_une_unite_suivie_d_une_plus_petite_sont_une_duree(phrase, texte, valeur):
    assert timex(analyze(phrase, published="2024-07-20"), texte).value == valeur


def test_aujourd_hui_nom_d_un_journal_n_est_pas_une_date():
    a = analyze("Il a confié à Aujourd'hui en France que c'était fini.", published="2024-07-20")
    assert [t.text for t in a.timexes] == []


def test_l_heure_d_une_ville_fait_partie_de_l_heure():
    a = analyze("L'attaque a eu lieu vers 4h00 heure de Moscou.", published="2024-09-18")
    assert [t.text for t in a.timexes] == ["vers 4h00 heure de Moscou"]


def test_la_veille_d_un_evenement_est_le_jour_de_sa_proposition():
    a = analyze("François Bayrou a remis mardi sa démission, ouvrant une nouvelle période d'incertitude la veille "
                "d'une journée de mobilisation.", published="2025-09-09")
    assert timex(a, "la veille").value == "2025-09-09"
    # sans jour dans sa phrase : la veille du dernier jour raconté
    a = analyze("La piscine fermera, a annoncé mardi soir le président. Un maître-nageur assure que les salariés "
                "n'ont été prévenus que « la veille du vote ».", published="2025-01-15")
    assert timex(a, "la veille").value == "2025-01-13"


def test_les_heures_d_un_couvre_feu_de_chaque_nuit_sont_celles_de_chaque_jour():
    a = analyze("Le couvre-feu reste en vigueur chaque nuit de 18h00 à 6h00.", published="2024-05-16")
    assert [timex(a, w).value for w in ("18h00", "6h00")] == ["XXXX-XX-XXT18:00", "XXXX-XX-XXT06:00"]


@pytest.mark.parametrize("phrase, texte, valeur", [
    ("Le musée est habituellement fermé le mardi.", "mardi", "XXXX-WXX-2"),
    ("Le marché a généralement lieu le samedi matin.", "samedi matin", "XXXX-WXX-6TMO"),
    ("Le musée était fermé mardi.", "mardi", "2025-10-14"),
])
def test_un_jour_de_la_semaine_apres_un_mot_d_habitude_est_celui_de_chaque_semaine(phrase, texte, valeur):
    assert timex(analyze(phrase, published="2025-10-20"), texte).value == valeur


@pytest.mark.parametrize("phrase, texte, valeur", [
    ("Il a bouclé le parcours en 45 min 24 s.", "45 min 24 s", "PT2724S"),
    ("Il compte 1 h 02 min d'avance.", "1 h 02 min", "PT62M"),
])
def test_les_temps_du_sport_sont_des_durees(phrase, texte, valeur):
    assert timex(analyze(phrase, published="2024-07-21"), texte).value == valeur


def test_la_veille_sans_partie_du_jour_ne_prend_pas_le_au_qui_suit():
    a = analyze("Vendredi à Isola 2000, puis la veille au col de la Couillole, Pogacar avait gagné.",
                published="2024-07-21")
    assert "la veille" in [t.text for t in a.timexes]


def test_un_adjectif_en_e_n_est_pas_un_passe_et_le_verbe_d_attribution_apres_non_plus():
    a = analyze("« Le manteau neigeux reste très instable, des départs spontanés sont possibles jusqu'à jeudi au "
                "moins », a averti Météo-France dans son bulletin de mercredi.", published="2024-02-28")
    assert timex(a, "jeudi").value == "2024-02-29"


def test_les_jours_d_une_suppression_annoncee_sont_a_venir():
    a = analyze("La SNCF a annoncé mercredi la suppression d'un TGV sur deux en moyenne de vendredi à dimanche.",
                published="2024-02-14")
    assert [timex(a, w).value for w in ("vendredi", "dimanche")] == ["2024-02-16", "2024-02-18"]


def test_au_lendemain_d_un_drame_est_le_jour_de_la_proposition_non_la_veille_d_un_aparte():
    a = analyze("Deux corps ont été retrouvés mardi dans les décombres des deux immeubles effondrés la veille en plein "
                "centre de Marseille, au lendemain d'un drame qui relance la polémique.", published="2018-11-06")
    assert timex(a, "lendemain").value == "2018-11-06"


def test_le_jour_de_la_semaine_choisit_l_annee_de_son_jour_et_de_son_mois():
    a = analyze("Les deux finalistes s'affronteront lors d'un débat télévisé mercredi 20 avril à 21h00, diffusé sur "
                "TF1.", published="2022-04-11")
    t = timex(a, "mercredi 20 avril")
    assert t.value == "2022-04-20" and t.flag is None


def test_une_decennie_apres_l_article_contracte_est_une_decennie():
    a = analyze("Des violences des années 1950 aux années 2010.", published="2025-05-14")
    assert [(t.text, t.value) for t in a.timexes] == [("années 1950", "195"), ("années 2010", "201")]


@pytest.mark.parametrize("sentence, text, value", [
    ("Le président de la FNSEA a prévenu dimanche soir que la mobilisation se poursuivrait toute la semaine.",
     "toute la semaine", "2024-W05"),
    ("Les négociations ont duré tout le mois.", "tout le mois", "2024-01"),
    # another unit after it: read from there
    ("Il sera à Paris toute la semaine prochaine.", "la semaine prochaine", "2024-W06"),
    ("Les urgences fermeront pendant tout le mois d'août.", "le mois d'août", "2024-08"),
])
def test_toute_la_semaine_et_tout_le_mois_sont_l_unite_en_cours(sentence, text, value):
    a = analyze(sentence, published="2024-01-29")
    assert timex(a, text).value == value
    assert not [t for t in a.timexes if t.text in ("toute la semaine", "tout le mois") and t.text != text]


@pytest.mark.parametrize("sentence, value", [
    # a short quotation inside the clause: the conditional before it tells the weekend ahead
    ("Le ministre a prévenu que les perturbations dureraient « au moins tout le week-end ».", "2024-W30-WE"),
    ('Le ministre a prévenu que les perturbations dureraient "au moins tout le week-end".', "2024-W30-WE"),
    # a past before the quotation is the verb reporting its words; a present, no schedule: no tense from them
    ("Le ministre a dit « tout le week-end ».", "2024-W29-WE"),
])
def test_une_courte_citation_prend_le_temps_de_la_proposition_qui_l_entoure(sentence, value):
    assert timex(analyze(sentence, published="2024-07-26"), "le week-end").value == value


def test_un_passif_au_conditionnel_rapporte_un_projet_la_date_la_plus_proche():
    a = analyze("La région a assuré qu'une solution serait trouvée avant le 14 juillet, rappelant que le contrat "
                "prévoit des pénalités.", published="2026-06-30")
    assert timex(a, "le 14 juillet").value == "2026-07-14"
    # a verb of « être » after it: a past conditional
    a = analyze("Selon la police, il serait arrivé lundi à Paris.", published="2026-06-30")
    assert timex(a, "lundi").value == "2026-06-29"


def test_un_nom_en_rons_n_est_pas_un_futur():
    # « vignerons » ends as « nous serons »: no tense, the Friday before publication
    t = timex(analyze("Réunion des vignerons vendredi à Chablis.", published="2024-06-24"), "vendredi")
    assert t.value == "2024-06-21" and t.tense is None
    a = analyze("Pour Caroline Meunier, présidente de l'Union des vignerons du Chablisien, c'est « la cinquième "
                "catastrophe en huit ans » pour l'appellation.", published="2024-06-24")
    t = timex(a, "huit ans")
    assert t.value == "P8Y" and t.tense != "future" and t.interval[1].startswith("2024-06-24")


@pytest.mark.parametrize("sentence, text, value", [
    # what is cancelled was still to come: the coming weekend
    ("Depuis mardi, plusieurs communes ont annulé leurs festivités du week-end.", "du week-end", "2023-W26-WE"),
    ("Plusieurs communes ont annulé leurs festivités samedi.", "samedi", "2023-07-01"),
    # a court voiding an election: a past one
    ("Le tribunal administratif a annulé mardi l'élection municipale de mars.", "mars", "2023-03"),
    # the day of the cancelling
    ("Le club a annulé samedi.", "samedi", "2023-06-24"),
])
def test_une_fete_annulee_etait_a_venir(sentence, text, value):
    assert timex(analyze(sentence, published="2023-06-30"), text).value == value


def test_une_date_fixee_aux_jours_d_une_liste_est_a_venir():
    a = analyze("Les partis se lançaient lundi dans une campagne éclair de trois semaines, avant des élections "
                "législatives anticipées fixées aux 30 juin et 7 juillet.", published="2024-06-10")
    assert [timex(a, w).value for w in ("30 juin", "7 juillet")] == ["2024-06-30", "2024-07-07"]


def test_un_espoir_a_l_imparfait_vise_le_jour_le_plus_proche():
    a = analyze("Il espérait être libéré mardi.", published="2023-09-11")
    assert timex(a, "mardi").value == "2023-09-12"


@pytest.mark.parametrize("sentence, text, value", [
    # the auxiliary of a passive conditional: a plan reported, the day nearest publication
    ("Gabriel Attal a annoncé qu'un hommage serait rendu lundi dans tous les établissements scolaires.", "lundi",
     "2023-10-16"),
    ("La SNCF a indiqué qu'un service de cars serait mis en place dès mardi.", "mardi", "2023-10-17"),
    # a past conditional, and a conditional with no participle: as before
    ("Selon la police, il serait arrivé lundi à Paris.", "lundi", "2023-10-09"),
    ("L'homme, qui serait à l'origine de l'attaque de mardi, a été interpellé.", "mardi", "2023-10-10"),
])
def test_un_passif_au_conditionnel_vise_le_jour_le_plus_proche(sentence, text, value):
    assert timex(analyze(sentence, published="2023-10-14"), text).value == value


def test_ouvrir_ses_portes_au_present_annonce_une_ouverture():
    a = analyze("Le musée, qui ouvre ses portes mercredi, attend des milliers de visiteurs.", published="2024-06-24")
    assert timex(a, "mercredi").value == "2024-06-26"
    # the present of news told (« le parquet ouvre une enquête »): no schedule
    assert timex(analyze("Le parquet ouvre une enquête mercredi.", published="2024-06-24"), "mercredi").value == \
        "2024-06-19"


def test_un_mot_d_un_locuteur_dans_une_citation_de_plusieurs_phrases_compte_du_jour_ou_il_l_a_ecrite():
    a = analyze("« Attaque d'une lâcheté absolue ce matin dans un parc à Annecy. Des enfants sont entre la vie et la "
                "mort. La Nation est sous le choc », avait écrit M. Macron sur Twitter dès jeudi, quelques minutes "
                "après les faits.", published="2023-06-09")
    assert timex(a, "ce matin").value == "2023-06-08TMO"


@pytest.mark.parametrize("text, value", [
    # the day is in the year told right before it, not in the year nearest publication ...
    ("En 2015, un incendie avait endommagé la basilique. L'an dernier, le 15 avril, le feu avait dévasté "
     "Notre-Dame.", "2019-04-15"),
    # ... nor in the year that opens its sentence
    ("En 2015, un incendie avait endommagé la basilique, et l'an dernier, le 15 avril, le feu avait dévasté "
     "Notre-Dame.", "2019-04-15"),
])
def test_a_day_with_no_year_right_after_a_year_is_in_that_year(text, value):
    assert timex(_fr(text, "2020-07-26"), "le 15 avril").value == value


def test_il_y_a_un_an_aujourd_hui_is_that_very_day():
    assert timex(_fr("La tour s'est effondrée il y a un an aujourd'hui.", "2021-07-01"),
                 "il y a un an aujourd'hui").value == "2020-07-01"


def test_a_clock_time_takes_the_day_of_the_clock_time_told_last_in_the_sentence_before():
    a = _fr("Le feu s'est déclaré samedi vers 7h45 dans la nef et a gagné le toit vers 8h10. Il a été maîtrisé "
            "vers 10h00.", "2020-07-26")
    assert timex(a, "vers 10h00").value == "2020-07-25T10:00"


@pytest.mark.parametrize("text", [
    "Les deux collégiens, âgés de 14 et 15 ans, sont soupçonnés.",
    "Trois hommes âgés de 18 à 25 ans ont été arrêtés.",
])
def test_the_second_of_two_ages_is_no_duration(text):
    assert _fr(text, "2020-10-22").timexes == []


def test_l_hebdomadaire_is_the_newspaper_not_a_weekly_set():
    assert _fr("Il s'est rendu devant les anciens locaux de l'hebdomadaire satirique.", "2020-10-22").timexes == []
    assert timex(_fr("La réunion hebdomadaire du conseil a eu lieu.", "2020-10-22"), "hebdomadaire").value == "P1W"


@pytest.mark.parametrize("phrase, pod", [("Le même soir", "EV"), ("La même nuit", "NI"),
                                         ("Le même après-midi", "AF"), ("Cet après-midi-là", "AF")])
def test_the_same_part_of_the_day_is_that_of_the_day_told_before(phrase, pod):
    a = analyze(f"Le 9 décembre, des manifestants ont pris d'assaut la résidence. {phrase}, la maison du "
                "ministre a été incendiée.")
    t = timex(a, phrase)
    assert t.value == f"2019-12-09T{pod}" and t.anchor == timex(a, "Le 9 décembre").id


def test_the_day_of_a_past_narration_is_the_day_told_before_not_publication():
    a = analyze("Lundi, un manifestant est mort lors de l'assaut. Au total, 84 personnes ont été blessées au "
                "cours de la journée.")
    t = timex(a, "la journée")
    assert t.value == most_recent(1).isoformat() and t.anchor == timex(a, "Lundi").id
    # with no day told before it, the publication day
    t = timex(analyze("Au total, 84 personnes ont été blessées au cours de la journée."), "la journée")
    assert t.value == PUB.isoformat() and t.anchor == "published"


@pytest.mark.parametrize("phrase, value", [
    # an ordinal in figures, its suffix glued (« 1er », « 3e », « 2ème »)
    ("le 1er dimanche de juin 2020", "2020-06-07"),
    ("le 3e jeudi de novembre 2019", "2019-11-21"),
    ("le 2ème mardi de mars 2020", "2020-03-10"),
    # a weekday of the month told relative to publication's (December 2019)
    ("le deuxième mardi du mois prochain", "2020-01-14"),
    ("le dernier vendredi du mois dernier", "2019-11-29"),
    ("le premier lundi de ce mois-ci", "2019-12-02"),
])
def test_a_numbered_weekday_of_a_month_is_that_day(phrase, value):
    a = analyze(f"Les électeurs sont convoqués {phrase}.")
    assert timex(a, phrase).value == value


@pytest.mark.parametrize("phrase, value, flag", [
    ("le 15 du mois dernier", "2019-11-15", None),
    ("le 31 du mois prochain", "2020-01-31", None),
    ("le 3 de ce mois", "2019-12-03", None),
    # November has no 31st: the month is kept and the date flagged
    ("le 31 du mois dernier", "2019-11", "impossible date"),
])
def test_a_day_of_the_month_before_or_after_publications_is_that_date(phrase, value, flag):
    t = timex(analyze(f"Il avait démissionné {phrase}."), phrase)
    assert t.value == value and (t.flag or {}).get("kind") == flag
