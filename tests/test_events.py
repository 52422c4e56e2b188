"""Events: what happened when, on the escalation ladder, with casualties, links and reference codes."""
import pytest

import chronique
from chronique import ladder
from chronique.timeline import COLUMNS
from chronique.tokens import tokenize
from conftest import read_seed

PUB = "2019-12-31"


@pytest.fixture(scope="module", params=["baghdad_embassy_fr", "baghdad_embassy_en"])
def seed(request, shared):
    text, gold = read_seed(request.param)
    return chronique.analyze(text), gold


# the kinds of force, and those of speech acts (``events._speech_events``)
VIOLENT_KINDS = {"attack", "lethal attack", "air strike", "lethal strike", "attack on diplomatic mission"}
SPEECH_KINDS = {"statement", "announcement", "denial", "accusation", "threat"}


def _one(events, kind, **where):
    found = [e for e in events if e["kind"] == kind and all(
        (e.get(k) if not callable(v) else None) == v if not callable(v) else v(e) for k, v in where.items())]
    assert found, f"no {kind} event with {where}: {[(e['kind'], e['time']['value']) for e in events]}"
    return found[0]


def test_seed_escalation_is_dated_and_laddered(seed):
    analysis, gold = seed
    ev = analysis.events
    rocket = _one(ev, "lethal attack")
    assert rocket["time"]["value"] == "2019-12-27" and rocket["rung"] == 6
    assert rocket["casualties"]["killed"] == 1
    strikes = _one(ev, "lethal strike")
    assert strikes["time"]["value"] == "2019-W52-WE" and strikes["rung"] == 6
    assert strikes["time"]["interval"][0][:10] == "2019-12-28" and strikes["time"]["interval"][1][:10] == "2019-12-29"
    assert strikes["casualties"]["killed"] == 25
    storming = _one(ev, "attack on diplomatic mission")
    assert storming["time"]["value"].startswith("2019-12-31") and storming["rung"] == 5
    assert storming["target"]["name"] == "United States"
    assert storming["actor"]["name"].startswith("pro-Iran")
    sit_in = _one(ev, "protest")
    assert sit_in["time"]["value"] == "2019-12-31TEV" and sit_in["rung"] == 3


def test_seed_deployments_keep_their_troop_numbers_and_modality(seed):
    analysis, _ = seed
    deployments = [e for e in analysis.events if e["kind"] == "military deployment"]
    by_troops = {e["troops"]: e for e in deployments if e["troops"]}
    assert {750, 500, 4000} <= set(by_troops)
    assert by_troops[750]["time"]["value"].startswith("2019-12-31")
    assert by_troops[750]["modality"] == "future"
    assert by_troops[4000]["modality"] == "hypothetical"
    assert all(e["rung"] == 4 for e in deployments)


def test_seed_speech_acts_are_events_of_their_speakers(seed):
    analysis, _ = seed
    ev = analysis.events
    pompeo = _one(ev, "accusation", actor={"name": "Mike Pompeo"})
    assert pompeo["rung"] == 1 and len(pompeo["claims"]) >= 2
    assert _one(ev, "denial", actor={"name": "Iran"})["rung"] == 0
    warning = _one(ev, "threat", actor={"name": "Iran"})
    assert warning["rung"] == 2
    for cid in warning["claims"]:
        assert next(c for c in analysis.claims if c["id"] == cid)["speaker"]["entity"] == "Iran"


def test_events_link_their_time_sentence_and_claims(seed):
    analysis, _ = seed
    text = analysis.text
    timex_ids = {t.id for t in analysis.timexes}
    claim_ids = {c["id"] for c in analysis.claims}
    for e in analysis.events:
        s = e["sentence"]
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
        assert s["start"] <= e["trigger"]["start"] < s["end"] or e["rule"].startswith("claim:")
        assert e["time"]["timex"] is None or e["time"]["timex"] in timex_ids
        assert set(e["claims"]) <= claim_ids
    storming = _one(analysis.events, "attack on diplomatic mission")
    # Pompeo's words about the attack assert it
    assert any(next(c for c in analysis.claims if c["id"] == cid)["speaker"]["name"] == "Mike Pompeo"
               for cid in storming["claims"])


def test_every_event_carries_reference_codes_from_the_named_table(seed):
    analysis, _ = seed
    for e in analysis.events:
        ref = e["reference"]
        assert ref["table"] == ladder.REFERENCE_TABLE["name"]
        assert ref["cameo"] == ladder.REFERENCE_CODES[e["kind"]][0]
        assert -10 <= ref["goldstein"] <= 10
        assert e["rung"] == ladder.rung_of(e["kind"])


@pytest.mark.parametrize("lang, text, killed", [
    ("fr", "Mardi, des frappes aériennes ont tué 12 combattants près de Mossoul.", 12),
    ("fr", "Vendredi, un attentat a fait 4 morts et 20 blessés à Kaboul.", 4),
    ("en", "On Monday an air strike killed 14 fighters near Mosul.", 14),
    ("en", "A rocket attack killed an American contractor on Friday.", 1),
])
def test_casualties_are_counted_and_make_force_lethal(lang, text, killed):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert len(a.events) == 1
    e = a.events[0]
    assert e["casualties"]["killed"] == killed and e["rung"] == 6


@pytest.mark.parametrize("lang, text, killed, wounded", [
    # victims counted before a verb in the passive
    ("en", "Two soldiers were wounded on Sunday.", None, 2),
    ("fr", "Au moins huit personnes ont été tuées lundi.", 8, None),
    ("en", "Six people were also killed and at least 58 injured in a car bomb attack on Friday.", 6, 58),
    # the count after "killed and" is the wounded's
    ("en", "Two protesters were killed and 17 wounded on Tuesday.", 2, 17),
    ("fr", "Deux personnes ont été tuées et 23 blessées dans l'attentat lundi soir.", 2, 23),
    # dead and wounded counted in one sentence, whatever the verb
    ("en", "Amnesty International reported 16 dead and more than 350 wounded on Monday.", 16, 350),
    # approximate counts, and an age that is no count
    ("fr", "L'attaque a fait une vingtaine de morts samedi.", 20, None),
    ("en", "Gunmen killed a 64-year-old man on Monday.", 1, None),
    # people counted with what befell them ("left three people dead"), not as the trigger's own victims
    ("en", "Rebels attacked a village on Sunday, leaving five people dead.", 5, None),
    ("en", "The attack on Monday left three people dead and 15 injured.", 3, 15),
    ("en", "Two soldiers were killed and 17 people injured in the attack on Monday.", 2, 17),
    ("fr", "Des hommes armés ont attaqué un village dimanche, faisant cinq personnes tuées et deux personnes "
           "blessées.", 5, 2),
    # victims of a passive: one person ("a", « un »), nouns of people and nations, adverbs before the verb
    ("en", "A soldier was killed on Monday.", 1, None),
    ("fr", "Un soldat a été tué samedi dans une embuscade.", 1, None),
    ("en", "Two police officers were killed on Monday.", 2, None),
    ("en", "Twelve Palestinians were killed on Monday.", 12, None),
    ("en", "Three Indian soldiers were killed on Monday.", 3, None),
    ("fr", "Un policier a été tué et deux autres blessés samedi.", 1, 2),
    ("fr", "Un manifestant aurait été grièvement blessé samedi.", None, 1),
    ("en", "Two soldiers were killed and four others wounded in the ambush on Monday.", 2, 4),
    # a count after a passive is not its victims'; the counts of coordinated victims add up; an age after
    # the victim is no count
    ("en", "At least four attackers were killed and 12 were arrested on Monday.", 4, None),
    ("fr", "Neuf Palestiniens et un soldat israélien ont été tués dimanche.", 10, None),
    ("en", "Two soldiers and two civilians were killed on Monday.", 4, None),
    ("fr", "Un homme de 31 ans a été tué dans une frappe lundi.", 1, None),
])
def test_casualties_before_the_verb_approximate_and_not_ages(lang, text, killed, wounded):
    a = chronique.analyze(text, published=PUB, lang=lang)
    violent = [e for e in a.events if e["casualties"]["killed"] or e["casualties"]["wounded"]]
    assert [(e["casualties"]["killed"], e["casualties"]["wounded"]) for e in violent] == (
        [(killed, wounded)] if killed or wounded else [])


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The EU threatened on Monday to impose sanctions on Iran.", ("sanctions", "hypothetical")),
    ("fr", "L'UE envisage des sanctions contre l'Iran.", ("sanctions", "hypothetical")),
    ("fr", "Une nouvelle manifestation est prévue vendredi.", ("protest", "future")),
    # promised: still to come
    ("en", "The minister condemned the violence and promised sanctions.", ("sanctions", "future")),
    ("en", "The president vowed sanctions against those responsible.", ("sanctions", "future")),
    ("fr", "Le ministre a dénoncé des violences inacceptables et promis des sanctions.", ("sanctions", "future")),
])
def test_threatened_considered_and_planned_happenings_are_not_facts(lang, text, expected):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["modality"]) for e in a.events if e["kind"] == expected[0]] == [expected]


@pytest.mark.parametrize("lang, text", [
    ("en", "Union leaders threatened to call a general strike."),
    ("en", "Workers went on strike on Monday."),
    ("en", "The army did not comment on the strike."),
    ("en", "No one was wounded."),
    ("fr", "Personne n'a été blessé."),
])
def test_labour_strikes_nouns_referring_back_and_no_victims_are_no_violence(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e for e in a.events if e["kind"] in ("air strike", "attack", "lethal attack", "lethal strike")] == []


@pytest.mark.parametrize("lang, text, modality", [
    ("en", "Iran could attack Israel.", "hypothetical"),
    ("en", "Iran will attack Israel.", "future"),
    ("en", "Iran could launch an attack on Israel.", "hypothetical"),
])
def test_an_attack_after_a_modal_or_a_light_verb_is_a_happening(lang, text, modality):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["modality"], (e["actor"] or {}).get("name")) for e in a.events] \
        == [("attack", modality, "Iran")]


@pytest.mark.parametrize("lang, text, actor", [
    ("fr", "Une frappe israélienne a tué huit personnes à Gaza.", "Israel"),
    ("en", "Ukrainian officials said shelling killed two people in Kharkiv on Monday.", None),
    ("en", "An official said that the United States had sent 500 soldiers to Kuwait.", "United States"),
    ("en", "Germany said it will deploy 300 additional troops to Lithuania next year.", "Germany"),
])
def test_the_doer_is_not_the_speaker_and_follows_its_noun_in_french(lang, text, actor):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["actor"] or {}).get("name") for e in a.events] == [actor]


@pytest.mark.parametrize("lang, text", [
    ("en", "Russian missiles struck Kyiv on Monday, killing 14 people."),
    ("fr", "Des frappes ont visé Kiev lundi, tuant 14 personnes."),
])
def test_a_strike_that_killed_is_a_lethal_strike(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["casualties"]["killed"]) for e in a.events] == [("lethal strike", 14)]


def test_an_attack_and_the_storming_of_an_embassy_told_by_their_own_verbs_stay_two():
    text = ("Hezbollah fighters attacked an army barracks in Kiryat Shmona on Monday. "
            "Protesters stormed the US embassy in Beirut on Monday.")
    a = chronique.analyze(text, published=PUB, lang="en")
    assert sorted(e["kind"] for e in a.events) == ["attack", "attack on diplomatic mission"]


@pytest.mark.parametrize("lang, text, troops", [
    ("fr", "Le Pentagone va envoyer 4 000 soldats dans la région.", 4000),
    ("en", "The Pentagon will send 4,000 troops to the region.", 4000),
    ("en", "Washington deployed 750 soldiers to Kuwait on Monday.", 750),
])
def test_troop_numbers_are_read_with_thousands_separators(lang, text, troops):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["troops"] for e in a.events] == [troops]
    assert a.events[0]["kind"] == "military deployment"


def test_sending_a_letter_is_no_deployment():
    a = chronique.analyze("Le ministre va envoyer une lettre à son homologue lundi.", published=PUB, lang="fr")
    assert a.events == []


def test_mentions_of_one_happening_merge_and_keep_the_precise_date():
    text = ("Des raids aériens ont tué 25 combattants. "
            "L'armée a tué lors de frappes aériennes pendant le week-end 25 combattants, selon la police.")
    a = chronique.analyze(text, published=PUB, lang="fr")
    strikes = [e for e in a.events if e["kind"] == "lethal strike"]
    assert len(strikes) == 1
    assert strikes[0]["time"]["value"] == "2019-W52-WE" and len(strikes[0]["mentions"]) == 2


def test_different_tolls_are_different_happenings():
    text = "Vendredi, une attaque a tué 3 soldats. Samedi, une autre attaque a tué 7 civils."
    a = chronique.analyze(text, published=PUB, lang="fr")
    tolls = sorted(e["casualties"]["killed"] for e in a.events)
    assert tolls == [3, 7]


def test_an_undated_happening_stays_undated_rather_than_invented():
    a = chronique.analyze("Le chef de la milice a été plusieurs fois la cible de sanctions.", published=PUB, lang="fr")
    assert [e["kind"] for e in a.events] == ["sanctions"]
    assert a.events[0]["time"]["interval"] is None


def test_headings_are_not_events():
    text = "Sit-in\n\nLe ministre a parlé mardi."
    assert chronique.analyze(text, published=PUB, lang="fr").events == []


def test_timeline_table_has_one_row_per_event_and_claim(seed):
    analysis, _ = seed
    df = analysis.timeline()
    assert list(df.columns) == COLUMNS
    assert len(df) == len(analysis.events) + len(analysis.claims)
    assert sorted(df[df.row == "event"].id) == sorted(e["id"] for e in analysis.events)
    dated = df.dropna(subset=["start"])
    assert (dated.start <= dated.end).all()
    assert list(dated.start) == sorted(dated.start)
    # the claim dated by the mismatched "mardi 31 janvier" carries the flag
    flagged = df[df["flags"].str.contains("weekday-date mismatch")]
    assert len(flagged) >= 1 and (flagged.start.dt.strftime("%Y-%m-%d") == "2019-12-31").all()
    # claims sit in their speakers' lanes
    claims = df[df.row == "claim"]
    assert set(claims.lane) == {c["speaker"]["name"] for c in analysis.claims}


@pytest.mark.parametrize("lang, text, actor, target", [
    ("en", "Russia launched 40 drones at Ukraine on Sunday night.", "Russia", "Ukraine"),
    ("en", "Iran fired ballistic missiles at Israel on Sunday.", "Iran", "Israel"),
    ("fr", "La Russie a lancé 40 drones sur l'Ukraine dimanche soir.", "Russia", "Ukraine"),
    ("fr", "L'Iran a tiré des missiles balistiques sur Israël dimanche.", "Iran", "Israel"),
])
def test_weapons_launched_at_a_country_are_a_strike_by_the_launcher(lang, text, actor, target):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["actor"]["name"], e["target"]["name"]) for e in a.events] == [("air strike", actor, target)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Drones are cheap to build."),
    ("en", "Ballistic missiles are expensive."),
    ("en", "The company launched new drones for farmers."),
    ("fr", "Les drones coûtent peu."),
])
def test_weapons_named_without_being_launched_are_no_event(lang, text):
    assert chronique.analyze(text, published=PUB, lang=lang).events == []


@pytest.mark.parametrize("lang, text, kind", [
    ("en", "Hamas fighters ambushed an Israeli patrol on Saturday.", "attack"),
    ("en", "A car bomb exploded outside a police station on Monday, killing five officers.", "lethal attack"),
    ("en", "Heavy fighting broke out in Khartoum on Saturday.", "attack"),
    ("fr", "Une voiture piégée a explosé lundi devant un commissariat, tuant cinq policiers.", "lethal attack"),
    ("fr", "De violents combats ont éclaté samedi à Khartoum.", "attack"),
])
def test_ambushes_bombings_and_fighting_are_attacks(lang, text, kind):
    assert [e["kind"] for e in chronique.analyze(text, published=PUB, lang=lang).events] == [kind]


@pytest.mark.parametrize("lang, text", [
    ("en", "He is fighting for his rights."),
    ("fr", "Le combat contre la pauvreté continue."),
])
def test_fighting_for_a_cause_is_no_event(lang, text):
    assert chronique.analyze(text, published=PUB, lang=lang).events == []


def test_a_hyphen_inside_a_countrys_name_does_not_cut_it_off_from_its_verb():
    a = chronique.analyze("Les États-Unis ont attaqué l'Iran.", published=PUB, lang="fr")
    assert [(e["actor"]["name"], e["target"]["name"]) for e in a.events] == [("United States", "Iran")]


def test_an_elided_article_before_the_target_is_no_adjective_naming_the_doer():
    a = chronique.analyze("La France a attaqué l'Iran.", published=PUB, lang="fr")
    assert [(e["actor"]["name"], e["target"]["name"]) for e in a.events] == [("France", "Iran")]


def test_air_strikes_carried_out_and_the_killing_they_caused_are_one_lethal_strike():
    a = chronique.analyze("On Tuesday, US forces carried out air strikes against militia positions near the "
                          "Syrian border, killing at least 18 fighters.", published=PUB, lang="en")
    assert [(e["kind"], e["actor"]["name"], e["casualties"]["killed"]) for e in a.events] == [
        ("lethal strike", "United States", 18)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Protesters gathered outside the US embassy in Baghdad on Tuesday evening."),
    ("fr", "Des manifestants se sont rassemblés mardi soir devant l'ambassade américaine à Bagdad."),
])
def test_protesters_gathering_are_a_protest(lang, text):
    assert [e["kind"] for e in chronique.analyze(text, published=PUB, lang=lang).events] == ["protest"]


@pytest.mark.parametrize("lang, text, day", [
    ("en", "On Monday, protesters were still occupying the president's residence.", "2019-12-30"),
    ("en", "Students occupied the campus on Monday.", "2019-12-30"),
    ("fr", "Des étudiants occupent la faculté depuis lundi.", "2019-12-30"),
    ("fr", "Les manifestants qui occupaient depuis samedi les bâtiments du pouvoir les ont quittés lundi.",
     "2019-12-28"),
])
def test_protesters_occupying_a_building_are_a_protest(lang, text, day):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["time"]["value"]) for e in a.events] == [("protest", day)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Women occupy a third of the seats in parliament since Monday."),
    ("en", "Russia has occupied the peninsula since Monday."),
    ("fr", "Les femmes occupent un tiers des sièges depuis lundi."),
    ("fr", "Des habitants occupaient les logements lundi."),
    ("en", "Students in the occupied territories sat their exams on Monday."),
    ("fr", "Des militants de Cisjordanie occupée ont parlé lundi à la presse."),
])
def test_occupying_is_a_protest_only_for_a_crowd_of_protesters(lang, text):
    assert chronique.analyze(text, published=PUB, lang=lang).events == []


def test_a_happening_told_since_a_day_lasts_from_that_day_to_publication():
    a = chronique.analyze("Des étudiants occupent la faculté depuis samedi.", published=PUB, lang="fr")
    [e] = a.events
    assert e["time"]["value"] == "2019-12-28"
    assert [x[:10] for x in e["time"]["interval"]] == ["2019-12-28", "2019-12-31"]
    assert "lasting since then" in e["time"]["explanation"]
    # one day, without "since": that day only
    [e] = chronique.analyze("Des étudiants ont occupé la faculté samedi.", published=PUB, lang="fr").events
    assert [x[:10] for x in e["time"]["interval"]] == ["2019-12-28", "2019-12-28"]


@pytest.mark.parametrize("lang, text, day", [
    ("fr", "Dans la nuit de lundi, des heurts ont aussi éclaté devant le Parlement.", "2019-12-30TNI"),
    ("fr", "Des affrontements ont éclaté lundi entre policiers et manifestants.", "2019-12-30"),
    ("en", "Clashes also broke out outside parliament on Monday.", "2019-12-30"),
    ("en", "Fighting had erupted on Monday along the border.", "2019-12-30"),
])
def test_clashes_breaking_out_are_an_attack_without_a_toll(lang, text, day):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["time"]["value"]) for e in a.events] == [("attack", day)]


@pytest.mark.parametrize("text", [
    "Lundi, des manifestants se sont emparés de deux fusils d'assaut.",
    "Des chars d’assaut ont pris position lundi.",
    "Des affrontements verbaux ont éclaté lundi au Sénat.",
])
def test_an_assault_rifle_and_a_war_of_words_are_no_attack(text):
    assert chronique.analyze(text, published=PUB, lang="fr").events == []


def test_a_happening_undated_where_first_told_takes_the_date_of_another_mention():
    text = ("Thousands of protesters gathered outside parliament.\n\n"
            "On Tuesday, police said the protest in Lisbon was largely peaceful.")
    a = chronique.analyze(text, published=PUB, lang="en")
    assert [(e["kind"], e["time"]["value"]) for e in a.events] == [("protest", "2019-12-31")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Rockets struck a US base on Monday, wounding two soldiers, a week after a drone attack killed "
           "three Americans in Jordan."),
    ("fr", "Des roquettes ont frappé une base américaine lundi, blessant deux soldats, une semaine après une "
           "attaque de drone qui a tué trois Américains en Jordanie."),
])
def test_a_happening_the_sentence_counts_from_stays_apart_with_its_own_toll(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    tolls = sorted((e["casualties"]["killed"] or 0, e["casualties"]["wounded"] or 0) for e in a.events)
    assert tolls == [(0, 2), (3, 0)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Kyiv rushed reinforcements to the north-east to blunt the advance that began on Friday."),
    ("fr", "L'armée a déployé des renforts pour contrer l'avancée qui a commencé vendredi."),
])
def test_the_time_of_a_relative_clause_after_the_trigger_does_not_date_it(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["time"]["value"]) for e in a.events] == [("military deployment", None)]


def test_a_toll_aside_with_dont_does_not_cut_the_trigger_off_from_its_time():
    a = chronique.analyze("Deux personnes ont été tuées et 23 blessées, dont cinq grièvement, dans la fusillade "
                          "lundi soir d'un quartier nord.", published=PUB, lang="fr")
    assert [e["time"]["value"] for e in a.events] == ["2019-12-30TEV"]


def test_a_place_opening_a_clause_after_a_reporting_verb_and_a_comma_is_the_doer():
    a = chronique.analyze("Russian forces captured two villages, Moscow said, as Kyiv rushed reinforcements "
                          "to the north-east.", published=PUB, lang="en")
    assert [(e["kind"], e["actor"]["name"]) for e in a.events] == [("military deployment", "Ukraine")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Protesters were attacked, said Iran's foreign ministry."),
    ("fr", "Des manifestants ont été attaqués, a indiqué le ministère iranien."),
])
def test_the_speaker_after_a_reporting_verb_is_no_target(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["target"]) for e in a.events] == [("attack", None)]


@pytest.mark.parametrize("lang, text, day, modality", [
    ("en", "Israel and Hamas agreed to a ceasefire on Monday.", "2019-12-30", "asserted"),
    ("en", "A truce brokered by Egypt will take effect on Friday.", "2020-01-03", "future"),
    ("fr", "Un cessez-le-feu est entré en vigueur dimanche entre Israël et le Hezbollah.", "2019-12-29", "asserted"),
    ("fr", "Les deux camps ont conclu une trêve samedi.", "2019-12-28", "asserted"),
])
def test_a_ceasefire_agreed_or_in_force_is_an_event_at_the_foot_of_the_ladder(lang, text, day, modality):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["time"]["value"], e["modality"], e["rung"], e["target"]) for e in a.events] == [
        ("ceasefire", day, modality, 0, None)]
    assert a.events[0]["reference"]["cameo"] == "0871" and a.events[0]["reference"]["goldstein"] > 0
    assert ladder.rung_name(0, lang) != ladder.rung_name(1, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The United Nations called for a ceasefire on Monday."),
    ("en", "Russia violated the truce on Monday, Kyiv said."),
    ("en", "Talks on a truce stalled on Monday."),
    ("en", "No ceasefire was agreed on Monday."),
    ("fr", "L'ONU a lancé lundi un appel à un cessez-le-feu."),
    ("fr", "Moscou a violé la trêve lundi."),
])
def test_a_ceasefire_asked_for_broken_or_discussed_is_no_event(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events if e["kind"] == "ceasefire"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The rebels agreed on Monday to a six-month ceasefire."),
    ("fr", "Les manifestants ont entamé lundi un sit-in de 48 heures."),
])
def test_a_duration_beside_the_trigger_does_not_date_it(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["time"]["value"] for e in a.events] == ["2019-12-30"]


@pytest.mark.parametrize("text", [
    "Nurses walked off the job on Monday in a three-day strike.",
    "Rail workers began a 24-hour strike on Monday.",
])
def test_a_walkout_of_a_set_length_is_a_labour_strike_not_an_air_strike(text):
    a = chronique.analyze(text, published=PUB, lang="en")
    assert [e["kind"] for e in a.events] == ["protest"]


@pytest.mark.parametrize("lang, text, actor, target", [
    ("fr", "Israël a frappé lundi des cibles du Hezbollah.", "Israel", "Hezbollah"),
    ("en", "Israel hit Hezbollah targets in Lebanon on Monday.", "Israel", "Hezbollah"),
    ("fr", "Kiev a été frappée lundi par des missiles russes.", "Russia", "Ukraine"),
    ("en", "Kyiv was hit by Russian missiles on Monday.", "Russia", "Ukraine"),
])
def test_a_verb_of_hitting_beside_force_is_a_strike(lang, text, actor, target):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["actor"]["name"], e["target"]["name"], e["time"]["value"]) for e in a.events] == [
        ("air strike", actor, target, "2019-12-30")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Ganja, a city of more than 300,000 people, was also hit by rockets on Monday."),
    ("en", "The hospital in the northern district was hit by two Russian missiles on Monday."),
    ("fr", "La ville, qui compte plus de 300 000 habitants, a été frappée par des missiles russes lundi."),
])
def test_a_passive_verb_of_hitting_whose_agent_is_a_weapon_is_a_strike_without_a_place_before_it(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["time"]["value"]) for e in a.events] == [("air strike", "2019-12-30")]


@pytest.mark.parametrize("lang, text", [
    ("en", "The economy, already weak after years of decline, was hit by inflation on Monday."),
    ("en", "The old man, walking home from the market in the rain, was struck by a falling tree on Monday."),
    ("fr", "Le secteur, déjà fragilisé depuis des années, a été frappé par la crise lundi."),
    ("fr", "La France a été frappée par une vague de froid lundi."),
    ("fr", "La tempête a frappé la Bretagne lundi."),
    ("fr", "Le club a été frappé d'une amende lundi."),
    ("en", "The U.S. hit China with tariffs on Monday."),
    ("en", "Ukraine's exports hit a record high on Monday."),
    ("en", "The hurricane hit Florida on Monday."),
])
def test_a_verb_of_hitting_without_force_is_no_event(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert a.events == []


@pytest.mark.parametrize("lang, text, kind, actor, target", [
    ("en", "Kyiv was attacked by Russian forces on Monday.", "attack", "Russia", "Ukraine"),
    ("en", "Kyiv was attacked on Monday.", "attack", None, "Ukraine"),
    ("fr", "L'ambassade a été attaquée lundi par des manifestants irakiens.", "attack on diplomatic mission",
     "Iraq", None),
    ("en", "Russia is attacking Ukraine on Monday.", "attack", "Russia", "Ukraine"),
])
def test_a_passive_trigger_takes_its_agent_as_the_doer_and_its_subject_as_the_target(lang, text, kind, actor,
                                                                                      target):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], (e["actor"] or {}).get("name"), (e["target"] or {}).get("name")) for e in a.events] == [
        (kind, actor, target)]


@pytest.mark.parametrize("lang, text, day", [
    ("en", "Kyiv rushed reinforcements to blunt the advance launched on Friday.", None),
    ("fr", "L'armée a déployé des renforts pour contrer l'avancée lancée vendredi.", None),
    ("en", "The attack launched on Friday killed three soldiers.", "2019-12-27"),
    ("fr", "Des soldats ont été déployés devant l'armée vendredi.", "2019-12-27"),
])
def test_the_time_after_another_nouns_participle_does_not_date_the_trigger(lang, text, day):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["time"]["value"] for e in a.events] == [day]


@pytest.mark.parametrize("lang, text", [
    ("en", "Ukrainian forces repelled 12 attacks near Bakhmut on Monday. Russian shelling killed two civilians in "
           "Kherson on Monday."),
    ("fr", "Les forces ukrainiennes ont repoussé 12 attaques près de Bakhmout lundi. Des bombardements russes ont "
           "tué deux civils à Kherson lundi."),
])
def test_happenings_of_one_day_in_two_named_towns_stay_two_events(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], (e["actor"] or {}).get("name"), (e["target"] or {}).get("name")) for e in a.events] == [
        ("attack", None, "Ukraine"), ("lethal strike", "Russia", None)]


def test_a_mission_or_a_capital_after_a_locative_word_does_not_split_one_happening():
    a = chronique.analyze("Protesters stormed the US embassy in Baghdad on Monday. Iran denied any role in the "
                          "violent demonstration outside the US Embassy on Monday.", published=PUB, lang="en")
    assert [e["kind"] for e in a.events if e["kind"] == "attack on diplomatic mission"] == [
        "attack on diplomatic mission"]


@pytest.mark.parametrize("text, kinds", [
    ("Russian missiles struck an apartment building in Dnipro on Monday.", ["air strike"]),
    ("Israeli jets struck Gaza on Monday.", ["air strike"]),
    ("Israel struck a deal with Egypt on Monday.", []),
    ("A man was struck by a falling tree on Monday.", []),
    ("The earthquake struck Turkey on Monday.", []),
])
def test_struck_is_a_strike_only_beside_force(text, kinds):
    a = chronique.analyze(text, published=PUB, lang="en")
    assert [e["kind"] for e in a.events] == kinds


@pytest.mark.parametrize("lang, text", [
    ("fr", "Au moins 18 personnes ont été tuées lundi dans des frappes israéliennes sur Rafah."),
    ("en", "Seventy-three soldiers were killed on Monday en route to Lebanon."),
])
def test_a_place_after_a_passive_trigger_is_not_its_target(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["target"] for e in a.events] == [None]


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'armée israélienne a affirmé lundi avoir frappé des cibles du Hezbollah."),
    ("en", "Germany said on Monday it will deploy 300 troops to Lithuania."),
])
def test_a_speaker_telling_its_own_deed_is_its_doer(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["actor"] or {}).get("name") for e in a.events] == [{"fr": "Israel", "en": "Germany"}[lang]]


@pytest.mark.parametrize("lang, text, kind, day", [
    ("en", "Rebels shelled the city on Tuesday, killing 27 civilians, activists said, a day after the army "
           "launched air strikes on their positions.", "air strike", "2019-12-30"),
    ("en", "Two days after a drone attack killed three soldiers, the US struck targets in Iraq on Friday.",
     "lethal attack", "2019-12-25"),
    ("fr", "Au lendemain de l'attaque de l'ambassade, Washington a déployé 750 soldats vendredi.",
     "attack on diplomatic mission", "2019-12-26"),
    ("fr", "Des manifestants ont défilé mardi, deux jours après des frappes américaines.", "air strike",
     "2019-12-29"),
])
def test_a_happening_told_a_given_time_before_another_is_dated_from_it(lang, text, kind, day):
    a = chronique.analyze(text, published=PUB, lang=lang)
    ev = _one(a.events, kind)
    assert ev["time"]["value"] == day and ev["time"]["source"] == "sequence"
    assert len({e["time"]["value"] for e in a.events}) == len(a.events)     # the other happening keeps its own


def test_a_happening_told_weeks_before_another_is_dated_in_days_from_it():
    a = chronique.analyze("The US struck targets in Iraq on Friday, a week after a drone attack killed three "
                          "soldiers.", published=PUB, lang="en")
    assert sorted((e["kind"], e["time"]["value"]) for e in a.events) == [
        ("air strike", "2019-12-27"), ("lethal attack", "2019-12-20")]


@pytest.mark.parametrize("lang, text, actor, target", [
    # (the city shelled, named as the verb's object, is the target)
    ("en", "Sudan's paramilitary Rapid Support Forces shelled the city of El Fasher on Monday.", "Rapid Support Forces",
     "city of El Fasher"),
    ("fr", "Les Houthis ont tiré des missiles lundi sur un navire, a indiqué Tsahal.", "Houthis", None),
    ("en", "The Houthis fired missiles at a cargo ship on Monday, the IDF said.", "Houthis", None),
])
def test_an_armed_group_is_the_doer_and_the_speaker_after_a_comma_no_target(lang, text, actor, target):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [((e["actor"] or {}).get("name"), (e["target"] or {}).get("name")) for e in a.events] == [(actor, target)]


@pytest.mark.parametrize("lang, text, modality", [
    ("en", "The shelling has not stopped since Monday night.", "asserted"),
    ("fr", "Les bombardements n'ont pas cessé depuis lundi soir.", "asserted"),
    ("en", "Russia did not attack Kyiv on Monday, and the fighting ended.", "negated"),
])
def test_a_negated_verb_of_stopping_leaves_the_happening_going_on(lang, text, modality):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["modality"] for e in a.events] == [modality]


@pytest.mark.parametrize("lang, text, expected", [
    # (the negation denies the harm: the attack took place, told without victims)
    ("en", "No one was injured in the attack on Monday, police said.", [("attack", "reported")]),
    ("en", "Nobody was hurt in the attack on Monday, police said.", [("attack", "reported")]),
    ("en", "The attack on Monday did not kill anyone.", [("attack", "asserted")]),
    ("fr", "Personne n'a été blessé lors de l'attaque de lundi, selon la police.", [("attack", "reported")]),
    ("fr", "L'attaque de lundi n'a fait aucun blessé.", [("attack", "asserted")]),
    # (a harm denied alone is no happening; a deed denied stays denied)
    ("en", "Police said on Monday that nobody was injured.", []),
    ("en", "The rebels did not attack the town on Monday.", [("attack", "negated")]),
    ("fr", "Les rebelles n'ont pas attaqué la ville lundi.", [("attack", "negated")]),
])
def test_a_negation_of_harm_denies_the_victims_not_the_attack(lang, text, expected):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["modality"]) for e in a.events] == expected
    assert all(e["casualties"] == {"killed": None, "wounded": None} for e in a.events)


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Russie a lancé dans la nuit de lundi à mardi une attaque massive de drones contre l'Ukraine."),
    ("en", "Russia launched on Monday night a massive drone attack on Ukraine."),
])
def test_a_date_between_a_light_verb_and_its_deed_does_not_part_the_doer_from_it(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["actor"]["name"], e["target"]["name"]) for e in a.events] == [("Russia", "Ukraine")]


def test_a_ministry_telling_its_own_strike_far_before_the_verb_is_its_doer():
    a = chronique.analyze("Le ministère russe de la Défense a assuré lundi avoir frappé des installations "
                          "énergétiques.", published=PUB, lang="fr")
    assert [(e["kind"], e["actor"]["name"]) for e in a.events] == [("air strike", "Russia")]


def test_a_happening_after_a_sequence_word_six_words_back_stays_apart():
    a = chronique.analyze("Israeli warplanes struck Hezbollah targets in southern Lebanon overnight, after rockets "
                          "fired from Lebanon wounded three people in Kiryat Shmona on Monday evening.",
                          published=PUB, lang="en")
    assert sorted((e["kind"], e["casualties"]["wounded"]) for e in a.events) == [
        ("air strike", None), ("attack", 3)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Rockets wounded three people in the northern town of Kiryat Shmona on Monday. Shelling killed two "
           "people in Kherson on Monday."),
    ("fr", "Des roquettes ont blessé trois personnes dans la ville de Kiryat Shmona lundi. Des bombardements ont "
           "tué deux personnes à Kherson lundi."),
])
def test_a_town_named_after_its_place_noun_keeps_two_happenings_apart(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert sorted(e["kind"] for e in a.events) == ["attack", "lethal strike"]


@pytest.mark.parametrize("lang, text", [
    ("en", "A magnitude 7.1 earthquake struck southern Turkey early on Monday, killing at least 120 people."),
    ("fr", "Un violent séisme a frappé vendredi soir le Maroc, faisant au moins 820 morts."),
    ("en", "A cholera outbreak in southern Malawi has killed 38 people in three weeks."),
    ("fr", "Les pluies diluviennes qui s'abattent sur le Niger ont fait au moins 217 morts."),
    ("fr", "Deux personnes ont été tuées et 23 blessées dans le déraillement lundi soir."),
    ("en", "A shark attack killed a surfer on Wednesday."),
    ("fr", "Une attaque de loups a tué 120 brebis dans la nuit de dimanche à lundi."),
    ("fr", "Voies navigables de France va abattre 340 platanes malades."),
    ("en", '"We have been through a lot of storms, but the water came up faster," a resident said on Friday.'),
    ("en", "At least 24 people have been killed in the fires, officials said."),
    ("en", "Bird flu has killed tens of millions of poultry in the United States since 2022."),
    ("en", "The heat wave killed 12 people in Greece last week."),
    ("fr", "La vague de chaleur a fait 12 morts en Grèce la semaine dernière."),
    ("fr", "Selon l'ONISR, 245 cyclistes ont été tués sur les routes françaises en 2022."),
])
def test_a_harm_by_a_hazard_an_accident_an_illness_or_an_animal_is_no_attack(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events if e["kind"] in VIOLENT_KINDS] == []


@pytest.mark.parametrize("lang, text, kind", [
    ("en", "Militants attacked an army convoy on Monday, killing 12 soldiers, a day after the earthquake.",
     "lethal attack"),
    ("en", "Israeli strikes killed 25 people in Gaza on Monday, as heavy rains flooded tents.", "lethal strike"),
    ("fr", "Des jihadistes ont tué douze soldats lundi, au lendemain des inondations.", "lethal attack"),
    ("en", "Protesters vowed to storm the embassy on Tuesday.", "attack on diplomatic mission"),
    ("en", "A gunman opened fire in a supermarket on Tuesday, killing three people.", "lethal attack"),
    ("en", "Police opened fire on protesters on Tuesday, killing three people.", "lethal attack"),
    ("en", "At least four people were killed in an exchange of fire at the border on Tuesday.", "lethal attack"),
])
def test_force_beside_a_hazard_is_still_an_attack(lang, text, kind):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert kind in [e["kind"] for e in a.events]


@pytest.mark.parametrize("lang, text", [
    ("en", "A car bomb killed nine people on Monday as smoke rose over the market."),
    ("en", "A suicide bomber attacked a crowded market in Kabul on Monday, killing nine people as thick smoke "
           "rose over the stalls."),
    ("en", "A suicide bombing killed nine people near the fire station on Monday."),
    ("fr", "Un attentat à la voiture piégée a tué neuf personnes lundi, une épaisse fumée s'élevant du "
           "marché."),
])
def test_a_trigger_that_names_force_itself_stays_an_attack_beside_a_hazard_word(lang, text):
    # the smoke of a bombing, a fire station nearby: the word of force is the trigger's own ("car bomb",
    # « attentat »), which no harm cause near it makes harmless
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["casualties"]["killed"]) for e in a.events if e["kind"] in VIOLENT_KINDS] == [
        ("lethal attack", 9)]


@pytest.mark.parametrize("lang, text", [
    # shots that are no force: a culling's night shooting (« tirs », a word of force but of hunting here)
    ("fr", "La préfecture a autorisé des battues administratives et indiqué que des tirs de nuit pourraient être "
           "autorisés."),
    ("en", "A fire killed nine people on Monday, and smoke filled the street."),
])
def test_a_trigger_of_shooting_or_harm_beside_a_hazard_word_stays_harmless(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events if e["kind"] in VIOLENT_KINDS] == []


@pytest.mark.parametrize("lang, text, killed", [
    # a cause told in another clause: the subject of the killing is the attack
    ("en", "The attack killed nine people and injured dozens on Monday, as thick smoke rose over the market.", 9),
    ("fr", "L'attaque a tué neuf personnes lundi, tandis qu'une épaisse fumée s'élevait du marché.", 9),
    ("fr", "L'attaque a fait neuf morts lundi, tandis qu'une épaisse fumée s'élevait du marché.", 9),
    # a hazard word in the subject's place or target, not in its words
    ("en", "An attack on a market killed nine people near the fire station on Monday.", 9),
    ("en", "The attack on a market near the flooded river killed nine people on Monday.", 9),
    ("fr", "L'attaque contre le marché près de la caserne des pompiers a tué neuf personnes lundi.", 9),
])
def test_an_attack_as_the_subject_of_a_killing_stays_one_beside_a_cause_told_apart(lang, text, killed):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["casualties"]["killed"]) for e in a.events if e["kind"] in VIOLENT_KINDS] == [
        ("lethal attack", killed)]


@pytest.mark.parametrize("lang, text", [
    # the cause in the subject's own words: an animal, an accident
    ("en", "The attack by a bear killed a hiker on Monday."),
    ("fr", "L'attaque d'un loup a tué un berger lundi."),
    ("en", "The shooting accident killed a hunter on Monday."),
    # an illness named beside the trigger
    ("en", "A heart attack killed the singer on Monday."),
    ("en", "The singer died of a heart attack on Monday."),
    ("en", "She had a panic attack on Monday."),
    ("fr", "Il a été victime d'une attaque cardiaque lundi."),
    ("fr", "Elle a fait une attaque de panique lundi."),
    # a noun of force that is not the killing's subject: the flood killed
    ("en", "Nine people were killed on Monday when floods swept through the camp, a day after the attack."),
])
def test_a_killing_whose_subject_or_trigger_names_a_cause_without_force_is_no_attack(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events if e["kind"] in VIOLENT_KINDS] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The two sides agreed to a truce on Thursday after a week of fighting that has killed at least 180 people."),
    ("en", "Three weeks of fighting have killed 180 people, the ministry said on Thursday."),
    ("fr", "Trois semaines de combats ont fait 180 morts, selon le ministère jeudi."),
    ("fr", "Les deux camps ont conclu une trêve jeudi après une semaine de combats qui ont fait au moins 180 morts."),
])
def test_a_toll_over_a_span_of_time_is_a_tally_not_a_happening(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events if e["kind"] in VIOLENT_KINDS] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Last year, 49 people were killed in gang shootings in Marseille, a record."),
    ("en", "In 2018, 49 people were killed in drug-related violence in the city."),
    ("en", "In March, 12 people were killed in air strikes on the city."),
    ("fr", "L'an dernier, 49 personnes avaient été tuées dans des règlements de comptes à Marseille, un record."),
    ("fr", "En mars, douze personnes ont été tuées dans des frappes aériennes sur la ville."),
])
def test_a_passive_toll_over_a_year_or_month_caused_by_many_happenings_is_a_tally(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events if e["kind"] in VIOLENT_KINDS] == []


@pytest.mark.parametrize("lang, text, killed", [
    # one happening, or a doer, or a day: an event
    ("en", "Last month, 12 people were killed in Kabul in a suicide bombing.", 12),
    ("en", "Last year, a suicide bomber killed 49 people in Kabul.", 49),
    ("en", "On Monday, 12 people were killed in attacks across the country.", 12),
    ("fr", "En mars, douze personnes ont été tuées dans une attaque à Kaboul.", 12),
])
def test_a_toll_of_one_happening_or_of_a_day_stays_an_event(lang, text, killed):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["casualties"]["killed"] for e in a.events if e["kind"] in VIOLENT_KINDS] == [killed]


@pytest.mark.parametrize("lang, text", [
    # a span of time in another clause, before the killing: the killing is a happening
    ("en", "After two days of talks, gunmen killed five people in the capital on Monday."),
    ("fr", "Après deux jours de pourparlers, des hommes armés ont tué cinq personnes lundi dans la capitale."),
])
def test_a_span_of_time_in_another_clause_leaves_a_killing_a_happening(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["casualties"]["killed"]) for e in a.events if e["kind"] in VIOLENT_KINDS] == [
        ("lethal attack", 5)]


@pytest.mark.parametrize("lang, text", [
    ("en", "The army said on Thursday it would respond firmly to any attack."),
    ("en", "The minister vowed on Thursday to punish every attack on the police."),
    ("fr", "L'armée a promis jeudi de répondre fermement à toute attaque."),
])
def test_any_attack_is_no_happening(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events if e["kind"] in VIOLENT_KINDS] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The truce was brokered after two days of talks in Jeddah, a diplomat said. Previous ceasefires "
           "announced last month collapsed within hours."),
    ("fr", "La trêve a été négociée après deux jours de pourparlers, selon un diplomate. Les précédents "
           "cessez-le-feu annoncés le mois dernier ont échoué en quelques heures."),
    ("fr", "La trêve a été négociée après deux jours de pourparlers, selon un diplomate. Les cessez-le-feu "
           "précédents, annoncés le mois dernier, ont échoué en quelques heures."),
])
def test_a_previous_happening_is_not_folded_into_the_one_told_before(lang, text):
    # (published in mid-March: last month's ceasefires are recent enough to be folded into an undated one)
    a = chronique.analyze(text, published="2024-03-14", lang=lang)
    assert [(e["kind"], len(e["mentions"])) for e in a.events] == [("ceasefire", 1), ("ceasefire", 1)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Rassemblement national n'a pas encore fait connaître sa position mardi."),
    ("fr", "Pour le Rassemblement national, ce remaniement est un aveu d'échec, a dit lundi un élu."),
    ("en", "The March for Our Lives group said on Monday it would file a complaint."),
])
def test_a_trigger_word_inside_a_name_is_no_happening(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events if e["kind"] not in SPEECH_KINDS] == []


def test_a_trigger_word_opening_a_sentence_or_in_capitals_is_still_one():
    a = chronique.analyze("Manifestation devant l'ambassade samedi.", published=PUB, lang="fr")
    assert [e["kind"] for e in a.events] == ["protest"]
    a = chronique.analyze("PROTESTERS STORMED THE US EMBASSY ON TUESDAY.", published=PUB, lang="en")
    assert "attack on diplomatic mission" in [e["kind"] for e in a.events]


@pytest.mark.parametrize("lang, text", [
    ("en", "The attack was the largest on the capital since early July, the mayor said."),
    ("fr", "L'attaque est la plus meurtrière depuis juin, selon le maire."),
])
def test_a_since_yardstick_after_a_superlative_does_not_date_a_happening(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["time"]["value"] for e in a.events if e["kind"] in VIOLENT_KINDS] in ([], [None])


def test_a_happening_going_on_since_a_day_keeps_that_day():
    a = chronique.analyze("Protests have continued since Friday.", published=PUB, lang="en")
    assert [(e["kind"], e["time"]["value"]) for e in a.events] == [("protest", "2019-12-27")]


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian drones hit an oil refinery in Russia's Samara region on Tuesday.", ["air strike"]),
    ("The company struck oil off the coast on Tuesday.", []),
])
def test_a_veto_word_naming_the_kind_of_a_target_does_not_veto_the_strike(text, expected):
    a = chronique.analyze(text, published=PUB, lang="en")
    assert [e["kind"] for e in a.events] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The senator attacked the president's plan on Monday.", []),
    ("fr", "Le maire a violemment attaqué l'opposition lundi.", []),
    ("en", "Gunmen attacked a police station on Monday.", ["attack"]),
    ("fr", "Des hommes armés ont attaqué un commissariat lundi.", ["attack"]),
])
def test_attacking_a_plan_or_a_rival_is_words_not_force(lang, text, expected):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events] == expected


def test_a_word_of_sequence_parts_two_happenings_of_one_clause():
    a = chronique.analyze("The strikes came hours after Ukrainian drones hit an oil refinery in Russia's Samara "
                          "region, according to the regional governor.", published=PUB, lang="en")
    hit = [e for e in a.events if e["trigger"]["text"] == "hit"]
    assert len(hit) == 1 and hit[0]["actor"]["name"] == "Ukraine"


def test_a_demonstrative_refers_back_to_the_last_happening_and_takes_its_time():
    a = chronique.analyze("Au moins 45 Palestiniens ont été tués dimanche dans des frappes israéliennes sur Gaza.\n\n"
                          "Ces frappes interviennent au lendemain de l'annonce d'une extension de l'offensive.",
                          published="2025-09-08", lang="fr")
    violent = [e for e in a.events if e["kind"] in VIOLENT_KINDS]
    assert [e["time"]["value"] for e in violent] == ["2025-09-07"]
    assert len(violent[0]["mentions"]) == 2


def test_a_demonstrative_with_nothing_told_before_adds_no_happening():
    a = chronique.analyze("These strikes come as talks stall on Monday.", published=PUB, lang="en")
    assert [e for e in a.events if e["kind"] in VIOLENT_KINDS] == []


@pytest.mark.parametrize("lang, text, actor", [
    ("fr", "Au moins 45 Palestiniens ont été tués dimanche dans des frappes israéliennes sur Gaza.", "Israel"),
    ("fr", "Trois personnes ont été tuées lundi dans des frappes russes sur Kharkiv.", "Russia"),
    ("en", "Three people were killed on Monday in Russian strikes on Kharkiv.", "Russia"),
])
def test_the_nationality_of_a_later_noun_of_force_is_the_doer_of_a_killing(lang, text, actor):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["actor"] or {}).get("name") for e in a.events if e["kind"] in VIOLENT_KINDS] == [actor]


@pytest.mark.parametrize("lang, text", [
    ("en", "Forecasters warned on Tuesday that strong winds could push the flames toward new neighborhoods."),
    ("en", "Economists warned on Tuesday that a prolonged shutdown could delay the jobs report."),
    ("fr", "Météo-France a averti mardi que les orages pourraient provoquer des inondations."),
    # a warning that a strike goes on is no threat either
    ("fr", "La grève devrait se poursuivre tout le week-end, a prévenu vendredi la direction."),
    ("en", "The strike will continue through the weekend, the company warned on Friday."),
])
def test_a_warning_that_tells_of_no_force_is_no_threat_on_the_ladder(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events if e["kind"] == "threat"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Iran warned on Tuesday that it would retaliate."),
    ("en", "Tehran warned on Tuesday that it could take reprisals."),
    ("fr", "Téhéran a prévenu mardi qu'il pourrait engager des représailles."),
    ("fr", "Moscou a menacé mardi de déployer des troupes à la frontière."),
    # a warning of a strike on a condition, and a threat of one, are threats
    ("fr", "Le syndicat a prévenu mardi qu'il appellerait à une grève générale si le texte était adopté."),
    ("en", "The union warned on Tuesday that it would call a general strike if the bill passed."),
    ("fr", "Les syndicats ont menacé mardi de déclencher une grève."),
])
def test_a_threat_of_force_is_a_threat_on_the_ladder(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert "threat" in [e["kind"] for e in a.events]


@pytest.mark.parametrize("text, actor, target", [
    ("Les Etats-Unis ont frappé dans la nuit de samedi à dimanche trois sites nucléaires iraniens.",
     "United States", "Iran"),
    ("L'Iran a tiré dimanche des missiles sur Israël.", "Iran", "Israel"),
])
def test_a_date_between_a_verb_of_force_and_its_object_keeps_the_happening(text, actor, target):
    a = chronique.analyze(text, published="2025-06-22", lang="fr")
    assert [(e["kind"], (e["actor"] or {}).get("name"), (e["target"] or {}).get("name")) for e in a.events] == [
        ("air strike", actor, target)]


def test_the_nationality_of_the_weapon_of_a_noun_of_force_is_the_doer():
    a = chronique.analyze("Les tirs de missiles iraniens ont fait 24 morts en Israël.", published=PUB, lang="fr")
    [e] = [e for e in a.events if e["kind"] in VIOLENT_KINDS]
    assert ((e["actor"] or {}).get("name"), (e["target"] or {}).get("name")) == ("Iran", "Israel")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Une dizaine de personnes ont été légèrement blessées, principalement intoxiquées par les fumées."),
    ("fr", "Il a été blessé à la jambe samedi mais sera présent."),
    ("en", "He injured his knee in training on Saturday and will miss the game."),
])
def test_smoke_and_an_injury_of_the_body_with_no_weapon_are_no_attack(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events if e["kind"] in VIOLENT_KINDS] == []


@pytest.mark.parametrize("text", [
    "Un homme a été blessé par balle samedi à Marseille.",
    "Il a été blessé à la jambe par balle samedi.",
    "Un homme a été blessé à la jambe par un coup de couteau samedi.",
])
def test_a_wound_by_a_bullet_or_a_blade_stays_an_attack(text):
    a = chronique.analyze(text, published=PUB, lang="fr")
    assert [e["kind"] for e in a.events if e["kind"] in VIOLENT_KINDS] == ["attack"]


def test_two_doers_tell_two_happenings_and_a_salvo_of_missiles_is_launched():
    a = chronique.analyze("Les Etats-Unis ont mené une attaque contre trois sites en Iran. L'Iran a tiré une salve de "
                          "missiles sur Israël, faisant 16 blessés.", published=PUB, lang="fr")
    got = [((e["actor"] or {}).get("name"), (e["target"] or {}).get("name")) for e in a.events if e["kind"] in VIOLENT_KINDS]
    assert got == [("United States", "Iran"), ("Iran", "Israel")]


def test_a_wave_of_drones_is_launched():
    a = chronique.analyze("Russia launched a wave of drones at Kyiv overnight.", published=PUB, lang="en")
    assert [(e["kind"], (e["actor"] or {}).get("name")) for e in a.events] == [("air strike", "Russia")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Protesters clashed with police in Paris on Saturday."),
    ("fr", "Des manifestants ont affronté la police samedi à Paris."),
    ("en", "Moscow launched its full-scale invasion in February 2022."),
])
def test_clashes_with_the_police_and_an_invasion_are_violent_happenings(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events if e["kind"] in VIOLENT_KINDS] == ["attack"]


@pytest.mark.parametrize("lang, text", [
    ("en", "The two parties clashed over the budget on Monday."),
    ("en", "Trump said after Friday's meeting that he now favored a peace agreement rather than a truce."),
    ("en", "Washington's bane since their invasion of the country in 2003, Khazali was sanctioned."),
    ("fr", "Bête noire de Washington depuis leur invasion du pays en 2003, Khazali a été sanctionné."),
])
def test_a_clash_of_words_a_truce_not_chosen_and_a_since_reference_are_no_happening(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events if e["kind"] in VIOLENT_KINDS | {"ceasefire"}] == []


def test_a_verb_form_spelt_as_a_noun_of_people_is_that_noun():
    # « manifestant » is a protester (the participle of « manifester » would make a protest of every victim)
    a = chronique.analyze("Un manifestant a été blessé samedi à Nantes.", published=PUB, lang="fr")
    assert [e["kind"] for e in a.events] == ["attack"]


@pytest.mark.parametrize("lang, text, killed, wounded", [
    ("fr", "Des affrontements ont fait six morts samedi.", 6, None),
    ("fr", "Des heurts entre manifestants et policiers ont fait trois blessés samedi.", None, 3),
    ("fr", "Une fusillade a fait deux morts samedi à Marseille.", 2, None),
    ("en", "Clashes between protesters and police left six people dead on Saturday.", 6, None),
    ("en", "Violence erupted on Saturday, leaving six dead.", 6, None),
    # a year is no toll
    ("en", "Clashes in September 2022 killed about 100 people on both sides.", 100, None),
])
def test_nouns_of_violence_with_a_toll_are_events(lang, text, killed, wounded):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["casualties"]["killed"], e["casualties"]["wounded"]) for e in a.events] == [(killed, wounded)]


# a run-on sentence (a live blog's, a list of places): over 200 tokens on each side of the happening, so
# that its counts are read through the table of numbers outside time expressions (``FREE_COUNTS_FROM``)
_RUN_ON = {"en": ", ".join(["witnesses described crowds near the old market and the river road"] * 12),
           "fr": ", ".join(["des témoins ont décrit la foule près du vieux marché et de la route du fleuve"] * 8)}


@pytest.mark.parametrize("lang, clause, killed, wounded", [
    ("en", "gunmen attacked the market on January 5 dead and 12 wounded were taken to hospital", None, 12),
    ("en", "gunmen attacked the market in 2019 dead and 12 wounded were taken to hospital", None, 12),
    ("en", "the bombing of the market on Jan. 5 killed and wounded dozens, and on March 3 12 dead were counted",
     12, None),
    ("fr", "des hommes armés ont attaqué le marché en 2019 morts et 12 blessés ont été hospitalisés", None, 12),
])
def test_the_numbers_of_dates_count_no_victims_in_a_short_or_a_run_on_sentence(lang, clause, killed, wounded):
    # "on January 5 dead": the day of a date followed by a word of the dead is no toll, however long its sentence
    short = chronique.analyze(f"Then {clause}.", published=PUB, lang=lang)
    run_on = chronique.analyze(f"{_RUN_ON[lang]}, and {clause}, {_RUN_ON[lang]}.", published=PUB, lang=lang)
    assert len(run_on.text.split()) > 250 and len({t.sent for t in tokenize(run_on.text)}) == 1
    for a in (short, run_on):
        assert [(e["casualties"]["killed"], e["casualties"]["wounded"]) for e in a.events] == [(killed, wounded)]


@pytest.mark.parametrize("lang, text", [
    ("en", "The two parties clashed again, and the clashes on Saturday were bitter."),
    ("fr", "Des affrontements verbaux ont opposé samedi les deux candidats."),
    # a tally over a span is no event
    ("fr", "Depuis le début de l'Intifada, les violences ont fait 2.994 morts."),
    ("en", "Since the election, the violence has left more than 500 people dead."),
])
def test_nouns_of_violence_without_a_toll_or_tallied_since_a_date_are_no_events(lang, text):
    assert chronique.analyze(text, published=PUB, lang=lang).events == []


@pytest.mark.parametrize("lang, text", [
    ("en", "A magnitude 7.8 earthquake struck Turkey on Monday. The disaster agency said 3,419 people had been "
           "killed."),
    ("fr", "Une travée du pont s'est effondrée mardi, précipitant une voiture dans la rivière. Deux personnes "
           "ont été tuées et trois autres blessées."),
])
def test_victims_of_a_harm_without_force_told_in_the_sentence_before_are_no_attack(lang, text):
    assert chronique.analyze(text, published=PUB, lang=lang).events == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen attacked a village on Monday. Six people were killed."),
    ("en", "Floods hit the region on Monday. Gunmen killed six people on Tuesday."),
    # another paragraph is another story
    ("en", "Floods hit the region on Monday.\n\nSix soldiers were killed on Tuesday."),
])
def test_victims_after_force_or_after_a_harm_in_another_paragraph_stay_an_attack(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e["kind"] for e in a.events] == ["lethal attack"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le syndicat a appelé à une manifestation samedi."),
    ("en", "The union called for a protest on Saturday."),
])
def test_a_happening_dated_after_publication_has_not_happened_yet(lang, text):
    # published Thursday 15 February 2024: Saturday is the 17th
    a = chronique.analyze(text, published="2024-02-15", lang=lang)
    assert [(e["kind"], e["modality"], e["time"]["value"]) for e in a.events] == [("protest", "future", "2024-02-17")]


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'auteur présumé de l'attaque a été interpellé samedi."),
    ("en", "The suspect in the attack was arrested on Saturday."),
])
def test_a_noun_of_force_completing_its_doer_or_victims_tells_no_happening_of_its_own(lang, text):
    assert chronique.analyze(text, published="2024-03-10", lang=lang).events == []


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les victimes de l'attentat de samedi ont été identifiées."),
    ("en", "The victims of Saturday's attack were identified."),
])
def test_with_its_own_date_it_is_still_the_happening(lang, text):
    a = chronique.analyze(text, published="2024-03-10", lang=lang)
    assert [(e["kind"], e["time"]["value"]) for e in a.events] == [("attack", "2024-03-09")]


def test_a_participle_clause_takes_the_time_of_its_clause_not_the_attribution():
    a = chronique.analyze("Une manifestation a dégénéré samedi soir à Nantes, faisant au moins 14 blessés, a annoncé "
                          "dimanche la préfecture.", published="2024-03-10", lang="fr")
    [hurt] = [e for e in a.events if e["casualties"]["wounded"]]
    assert hurt["casualties"]["wounded"] == 14 and hurt["time"]["value"] == "2024-03-09TEV"


@pytest.mark.parametrize("lang, text, modality", [
    ("en", "Thousands of workers went on strike on Friday.", "asserted"),
    ("en", "Nurses began a three-day strike on Monday.", "asserted"),
    ("fr", "Une grève générale a paralysé lundi le pays.", "asserted"),
    ("en", "Union leaders threatened to call a general strike.", "hypothetical"),
])
def test_a_walkout_is_a_protest(lang, text, modality):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["modality"]) for e in a.events if e["kind"] == "protest"] == [("protest", modality)]


def test_a_strike_ballot_tells_no_walkout():
    a = chronique.analyze("The union held a strike ballot on Monday.", published=PUB, lang="en")
    assert a.events == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Officials said on Monday that three people were killed in a blast in Kabul on Sunday."),
    ("en", "Police said Monday that gunmen killed three people in Kabul on Sunday."),
    ("fr", "La police a indiqué lundi que trois personnes avaient été tuées dans une explosion à Kaboul dimanche."),
])
def test_the_time_of_the_saying_does_not_date_the_happening_told_in_the_words(lang, text):
    # published Tuesday 5 March 2024: Monday is the 4th, Sunday the 3rd
    a = chronique.analyze(text, published="2024-03-05", lang=lang)
    assert [(e["casualties"]["killed"], e["time"]["value"]) for e in a.events] == [(3, "2024-03-03")]


def test_words_with_no_time_of_their_own_are_dated_by_their_claim():
    a = chronique.analyze("Officials said on Monday that three people were killed in a blast in Kabul.",
                          published="2024-03-05", lang="en")
    [e] = a.events
    assert (e["time"]["value"], e["time"]["source"]) == ("2024-03-04", "claim")


@pytest.mark.parametrize("text, kinds", [
    ("Unions will meet on Thursday to call further strikes next month.", [("protest", "future")]),
    ("Israeli strikes killed 12 people in Gaza on Monday, health workers said.", [("lethal strike", "reported")]),
    ("Israeli strikes killed 12 people on Monday, a union of health workers said.", [("lethal strike", "reported")]),
    ("Russian strikes hit Kyiv on Monday, the union said.", [("air strike", "reported")]),
])
def test_strikes_told_among_unions_are_walkouts_and_among_victims_stay_force(text, kinds):
    a = chronique.analyze(text, published="2024-09-18", lang="en")
    assert [(e["kind"], e["modality"]) for e in a.events] == kinds


@pytest.mark.parametrize("text", [
    "Prosecutors said Kamau used shell companies to hide the money.",
    "Police evacuated the station after a bomb threat on Monday.",
    "Lee allegedly breached election law during the 2022 campaign.",
])
def test_words_of_force_in_another_sense_tell_no_event(text):
    assert chronique.analyze(text, published="2024-09-18", lang="en").events == []


def test_breaching_a_mission_is_still_storming_it():
    a = chronique.analyze("Protesters breached the embassy on Tuesday.", published="2024-09-18", lang="en")
    assert [e["kind"] for e in a.events] == ["attack on diplomatic mission"]


@pytest.mark.parametrize("lang, text, day", [
    ("en", "Gladkov said one person was killed in the attack, which took place over the weekend.", "2024-W29-WE"),
    ("fr", "Deux personnes ont été tuées dans l'attaque, qui a eu lieu samedi.", "2024-07-20"),
])
def test_the_triggers_own_relative_clause_dates_it(lang, text, day):
    # published Monday 22 July 2024
    a = chronique.analyze(text, published="2024-07-22", lang=lang)
    assert [e["time"]["value"] for e in a.events] == [day]


@pytest.mark.parametrize("lang, text, target", [
    ("fr", "Des milliers de personnes ont défilé mardi dans toute la France.", None),
    ("en", "Workers marched through Paris and other French cities on Tuesday.", None),
    ("en", "Protesters rallied against France outside the embassy on Tuesday.", "France"),
])
def test_where_a_protest_marches_is_not_its_target(lang, text, target):
    [e] = chronique.analyze(text, published="2024-09-30", lang=lang).events
    assert e["kind"] == "protest" and (e["target"] or {}).get("name") == target


@pytest.mark.parametrize("lang, text, kind", [
    ("fr", "Les forces russes ont intensifié leurs assauts samedi.", "attack"),
    ("fr", "Les salariés ont débrayé mercredi.", "protest"),
])
def test_plural_assaults_and_a_walkout_are_events(lang, text, kind):
    assert [e["kind"] for e in chronique.analyze(text, published="2025-04-06", lang=lang).events] == [kind]


@pytest.mark.parametrize("lang, text, killed", [
    ("en", "Gunmen killed three miners in Balochistan on Monday.", 3),
    ("fr", "Des hommes armés ont tué trois mineurs samedi.", 3),
])
def test_workers_by_their_trade_are_counted_as_victims(lang, text, killed):
    [e] = chronique.analyze(text, published="2025-04-06", lang=lang).events
    assert e["casualties"]["killed"] == killed


def test_a_lift_plunging_down_a_shaft_is_an_accident_not_an_attack():
    assert chronique.analyze("At least 13 miners were killed when a lift plunged down a shaft on Monday.",
                             published="2024-09-30", lang="en").events == []


def test_the_tally_of_a_long_war_is_no_happening_nor_anothers_toll():
    a = chronique.analyze("Shelling wounded dozens of people. The war has killed 14,000 people.",
                          published="2024-03-09", lang="en")
    assert [(e["casualties"]["killed"], e["casualties"]["wounded"]) for e in a.events] == [(None, 24)]
    assert chronique.analyze("La guerre a fait plus de 14.000 morts.", published="2024-03-09", lang="fr").events == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The two sides failed to agree on a ceasefire."),
    ("en", "Pakistan lodged a strong protest with the Afghan envoy."),
])
def test_a_failed_truce_and_a_protest_lodged_with_an_envoy_are_no_events(lang, text):
    assert chronique.analyze(text, published="2024-03-09", lang=lang).events == []


def test_a_happening_told_as_hearsay_is_reported():
    [e] = chronique.analyze("Rebels reportedly killed 15 people on Monday.", published="2024-03-09", lang="en").events
    assert e["modality"] == "reported"


@pytest.mark.parametrize("lang, text", [
    ("fr", "Au moins 470 personnes ont été tuées au Liban depuis octobre."),
    ("en", "More than 140 people have been killed there since 2012."),
])
def test_a_toll_counted_since_a_date_is_a_tally_not_a_happening(lang, text):
    assert chronique.analyze(text, published="2024-06-12", lang=lang).events == []


def test_protester_is_a_protest():
    a = chronique.analyze("Une centaine d'habitants ont protesté samedi devant l'hôtel de ville.",
                          published="2024-06-12", lang="fr")
    assert [e["kind"] for e in a.events] == ["protest"]


@pytest.mark.parametrize("lang, text, killed, wounded", [
    # the digits of a name are no count
    ("en", "Heavy clashes between the army and M23 rebels killed 12 people on Monday.", 12, None),
    # a date, stab wounds or shots after the participle are no count; the victim it is apposed to is
    ("fr", "Un commandant, tué le 11 juin dans une frappe, a été enterré.", 1, None),
    ("fr", "Son ex-compagne, tuée de onze coups de couteau, avait porté plainte.", None, None),
    ("en", "A police officer, wounded in the attack, died on Monday.", None, 1),
    # a count after the participle is its own victims', not the apposed noun's
    ("en", "The attack killed a soldier, wounded two others and damaged a school.", 1, 2),
])
def test_names_dates_and_blows_are_no_victim_counts(lang, text, killed, wounded):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["casualties"]["killed"], e["casualties"]["wounded"]) for e in a.events
            if e["kind"] != "accusation"] == [(killed, wounded)]


def test_a_capital_letter_glued_to_a_name_is_no_negation():
    # « N'Djamena »: the first letter of the city, not « n' »
    a = chronique.analyze("Au moins 12 personnes ont été tuées dimanche à N'Djamena.", published="2025-07-28", lang="fr")
    assert [(e["kind"], e["casualties"]["killed"], e["modality"]) for e in a.events] == [("lethal attack", 12, "asserted")]


def test_a_happening_of_long_ago_is_not_merged_into_an_undated_one_of_the_news():
    a = chronique.analyze("Four soldiers from the presidential guard were killed in the fighting. Seven people were "
                          "killed when police fired on protesters last June.", published="2026-02-10", lang="en")
    assert sorted(((e["time"] or {}).get("value") or "", e["casualties"]["killed"] or 0) for e in a.events) == [
        ("", 0), ("2025-06", 7)]


def test_a_publication_on_the_first_day_of_the_calendar_has_no_background_day():
    # the day 30 days before 0001-01-01 does not exist: the merge of happenings does without it
    a = chronique.analyze("Le ministre a déclaré mardi soir que deux soldats avaient été tués. Un soldat a été tué "
                          "en mars.", published="0001-01-01", lang="fr")
    assert a.events


@pytest.mark.parametrize("lang, text, target", [
    # a place after a word of where (« à », "in") is where force was used: its victims are people there
    ("fr", "Des tirs ont fait 12 morts dimanche à N'Djamena.", None),
    ("en", "Gunmen killed 12 people in Paris on Sunday.", None),
    ("en", "The Cypriot government condemned two bomb attacks in Kenya and Tanzania on Friday.", None),
    ("fr", "Des renforts ont été envoyés dimanche en Irak.", None),
    # a place the force is aimed at is its target, and so is the state a foreign doer's force falls in
    ("fr", "Des frappes iraniennes ont fait 24 morts dimanche en Israël.", "Israel"),
    ("fr", "Des drones russes ont frappé Kiev dimanche.", "Ukraine"),
    ("en", "Russia fired missiles at Ukraine on Sunday.", "Ukraine"),
    # sanctions « à » a state are on it
    ("fr", "L'Autorité palestinienne veut imposer des sanctions à Israël.", "Israel"),
])
def test_a_place_after_a_word_of_where_is_no_target(lang, text, target):
    a = chronique.analyze(text, published="2025-07-28", lang=lang)
    assert [(e["target"] or {}).get("name") for e in a.events if e["kind"] != "accusation"] == [target]


@pytest.mark.parametrize("lang, text, killed, wounded", [
    # one person, whatever the noun, after an indefinite article, an age written as one adjective between
    ("en", "A customer was seriously wounded in the attack on Tuesday.", None, 1),
    ("en", "A 19-year-old man was wounded in the shooting on Tuesday.", None, 1),
    ("en", "A 19-year-old was wounded in the shooting on Tuesday.", None, 1),
    ("fr", "Un professeur a été tué mardi dans l'attaque.", 1, None),
    ("fr", "Une fillette de 8 ans a été tuée mardi.", 1, None),
    # an aside naming some of the victims is passed over to their count
    ("fr", "Au moins douze personnes, dont quatre civils, ont été tuées mardi.", 12, None),
    ("en", "At least 12 people, including four civilians, were killed on Tuesday.", 12, None),
    # a relative pronoun subject of the passive: the noun before it
    ("fr", "La police a tiré sur deux manifestants, qui ont été blessés mardi.", None, 2),
    ("en", "Police fired on two protesters, who were wounded on Tuesday.", None, 2),
    # not a passive: the noun before the verb is the doer, no victim ("a crisis that is killing people")
    ("en", "Doctors warned of a crisis that is killing people in the city on Tuesday.", None, None),
    ("en", "A number of people were killed on Tuesday.", None, None),
])
def test_singular_victims_asides_and_relatives_are_counted(lang, text, killed, wounded):
    a = chronique.analyze(text, published="2025-07-28", lang=lang)
    assert [(e["casualties"]["killed"], e["casualties"]["wounded"]) for e in a.events
            if e["kind"] in VIOLENT_KINDS] == [(killed, wounded)]


@pytest.mark.parametrize("lang, text, actor, killed", [
    # who claims a deed did it, by its own word: the doer of the force its words tell, reported
    ("en", "Islamic State claimed responsibility for the attack, which killed 12 people on Sunday.", "Islamic State", 12),
    ("fr", "Le JNIM a revendiqué l'attaque qui a tué 12 soldats samedi.", "JNIM", 12),
])
def test_who_claims_responsibility_for_force_is_its_doer(lang, text, actor, killed):
    a = chronique.analyze(text, published="2025-07-28", lang=lang)
    assert [(c["kind"], c["speaker"]["name"]) for c in a.claims] == [("admission", actor)]
    assert [(e["actor"]["name"], e["casualties"]["killed"], e["modality"]) for e in a.events
            if e["kind"] in VIOLENT_KINDS] == [(actor, killed, "reported")]


@pytest.mark.parametrize("lang, text, killed", [
    # the subject of an active verb of killing is the doer, never its victims
    ("fr", "Deux soldats ont tué trois civils vendredi.", 3),
    ("fr", "Un soldat israélien a tué deux personnes vendredi.", 2),
    ("en", "Two gunmen have killed three people.", 3),
    # the subject of a passive is
    ("fr", "Deux soldats ont été tués vendredi.", 2),
])
def test_the_subject_of_an_active_verb_of_killing_is_no_victim(lang, text, killed):
    a = chronique.analyze(text, published="2024-08-24", lang=lang)
    assert [e["casualties"]["killed"] for e in a.events if e["kind"] in VIOLENT_KINDS] == [killed]


@pytest.mark.parametrize("lang, text, killed", [
    # a craft downed is no victim: its dead are those the sentence counts after it
    ("fr", "Un hélicoptère militaire a été abattu mardi dans l'est du pays, tuant ses quatre occupants.", 4),
    ("fr", "Un hélicoptère a été abattu mardi, tuant quatre soldats.", 4),
    ("en", "A military helicopter was shot down on Tuesday, killing its four occupants.", 4),
    # nor are craft counted after the verb
    ("fr", "La défense aérienne a abattu deux drones mardi.", None),
    ("en", "Air defences shot down two drones on Tuesday.", None),
    # a person word still counts one victim, and fighters are people
    ("fr", "Un militaire a été abattu mardi.", 1),
    ("en", "Air raids killed 25 fighters on Sunday.", 25),
])
def test_a_craft_shot_down_is_no_victim(lang, text, killed):
    a = chronique.analyze(text, published="2024-08-24", lang=lang)
    assert [e["casualties"]["killed"] for e in a.events if e["kind"] in VIOLENT_KINDS] == [killed]


@pytest.mark.parametrize("lang, text, expected", [
    # an aircraft that crashed killed its passengers: an accident in both languages, no attack
    ("fr", "Le Boeing s'est écrasé mercredi près de Téhéran, tuant les 176 personnes à bord.", []),
    ("fr", "Un avion de ligne s'est abîmé en mer mercredi, tuant les 62 personnes à bord.", []),
    ("en", "The Boeing crashed on Wednesday near Tehran, killing all 176 people on board.", []),
    # brought down, it is force: its dead and its day are the crash's, not those of the admission
    ("fr", "L'Iran a reconnu samedi avoir abattu « involontairement » le Boeing qui s'est écrasé mercredi près de "
           "Téhéran, tuant les 176 personnes à bord.", [("lethal attack", 176, "2020-01-08")]),
    ("en", "Iran admitted on Saturday it had shot down the Ukrainian airliner that crashed on Wednesday, killing all "
           "176 people on board.", [("lethal attack", 176, "2020-01-08")]),
])
def test_a_crash_is_no_attack_unless_the_craft_was_brought_down(lang, text, expected):
    a = chronique.analyze(text, published="2020-01-11", lang=lang)
    assert [(e["kind"], e["casualties"]["killed"], e["time"]["value"]) for e in a.events
            if e["kind"] in VIOLENT_KINDS] == expected


@pytest.mark.parametrize("lang, text, actor", [
    # a nationality describing one civilian is no state's force
    ("en", "A Syrian man killed two people in a knife attack on Friday.", None),
    ("fr", "Un Syrien a tué deux personnes vendredi.", None),
    ("fr", "Un homme syrien a tué deux personnes vendredi.", None),
    # a nationality describing force or a soldier is the state's
    ("en", "A Russian drone killed two people on Friday.", "Russia"),
    ("fr", "Un soldat israélien a tué deux personnes vendredi.", "Israel"),
])
def test_a_nationality_describing_one_civilian_is_no_actor(lang, text, actor):
    a = chronique.analyze(text, published="2024-08-24", lang=lang)
    assert [(e["actor"] or {}).get("name") for e in a.events if e["kind"] in VIOLENT_KINDS] == [actor]


@pytest.mark.parametrize("lang, text, actor, target", [
    # an armed party named as the subject of an active verb of force is its doer, as written
    ("en", "Gang members attacked Mirebalais on Monday, killing at least 10 people.", "gang members", "Mirebalais"),
    ("en", "RSF fighters killed more than 120 villagers in Gezira state earlier this month.", "RSF fighters", None),
    ("fr", "Des hommes armés ont tué douze personnes dimanche.", "hommes armés", None),
    # the thing struck is the target, without its article; an owner's nationality is none, nor the speaker's
    ("en", "Houthi militants struck a U.S.-owned bulk carrier on Monday.", "Houthi militants",
     "U.S.-owned bulk carrier"),
    ("en", "Houthi militants struck a bulk carrier on Monday, the U.S. military said.", "Houthi militants",
     "bulk carrier"),
    ("fr", "Les paramilitaires ont bombardé un marché d'El-Fasher dimanche.", "paramilitaires", "marché d'El-Fasher"),
    # a state named as the doer stays the doer
    ("en", "Russian troops attacked Pokrovsk on Sunday.", "Russia", "Pokrovsk"),
])
def test_an_armed_party_subject_is_the_doer_and_the_object_struck_the_target(lang, text, actor, target):
    a = chronique.analyze(text, published="2025-04-03", lang=lang)
    assert [((e["actor"] or {}).get("name"), (e["target"] or {}).get("name")) for e in a.events
            if e["kind"] in VIOLENT_KINDS] == [(actor, target)]


@pytest.mark.parametrize("lang, text, target", [
    # whom an accusation accuses: the place or the name opening its words before "of" or « de »
    ("en", "Kamalvandi accused Grossi of playing a political role.", "Grossi"),
    ("fr", "Kinshasa accuse le Rwanda de soutenir le M23.", "Rwanda"),
    ("fr", "Les États-Unis, qui accusent l'Iran, ont répondu par des raids.", "Iran"),
    ("fr", "La Confédération paysanne accuse Laiteries du Bocage de « sacrifier les petites fermes ».",
     "Laiteries du Bocage"),
    # no name before the link: none
    ("en", "Rights groups have accused the military of continuing to bomb villages.", None),
])
def test_an_accusation_targets_the_accused(lang, text, target):
    a = chronique.analyze(text, published="2025-05-21", lang=lang)
    assert [(e["target"] or {}).get("name") for e in a.events if e["kind"] == "accusation"] == [target]


@pytest.mark.parametrize("lang, text, actor, target", [
    # the agent of the trigger's participle is its doer, no target
    ("fr", "Des frappes menées jeudi par les États-Unis contre des sites houthis ont tué cinq combattants.",
     "United States", None),
    ("en", "Strikes carried out on Thursday by the United States against Houthi sites killed five fighters.",
     "United States", None),
    # the body imposing sanctions is none of their targets
    ("fr", "Paris veut rétablir les sanctions de l'ONU.", "France", None),
    # an armed coalition named as the subject is the doer
    ("fr", "Des hommes armés de la coalition Viv Ansanm ont pris d'assaut Mirebalais.", "coalition Viv Ansanm",
     "Mirebalais"),
])
def test_the_agent_of_a_participle_and_the_imposer_of_sanctions_are_no_target(lang, text, actor, target):
    a = chronique.analyze(text, published="2024-01-15", lang=lang)
    assert [((e["actor"] or {}).get("name"), (e["target"] or {}).get("name")) for e in a.events
            if e["kind"] in VIOLENT_KINDS | {"sanctions"}] == [(actor, target)]



@pytest.mark.parametrize("lang, text, events", [
    # an offensive is an attack, dated by its own relative clause; a diplomatic or charm offensive is none
    ("en", "Kyiv rushed reinforcements to the north-east to blunt the offensive that began on Friday.",
     [("attack", "2019-12-27"), ("military deployment", None)]),
    ("fr", "Les FSR ont lancé samedi une offensive sur El-Fasher.", [("attack", "2019-12-28")]),
    ("en", "Beijing launched a charm offensive on Saturday.", []),
    ("fr", "Le Quai d'Orsay a lancé une offensive diplomatique samedi.", []),
    # the phase of a happening told or known is no new one
    ("fr", "Ces frappes interviennent au lendemain de l'annonce d'une extension de l'offensive.", []),
])
def test_an_offensive_is_an_attack_unless_of_words_or_a_phase_of_one_known(lang, text, events):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert sorted((e["kind"], (e["time"] or {}).get("value")) for e in a.events) == sorted(events)


@pytest.mark.parametrize("lang, text, target", [
    # what a noun of force is aimed at: the name or thing after "on", "against", « sur », « contre »
    ("fr", "Les FSR ont lancé samedi une offensive sur El-Fasher.", "El-Fasher"),
    ("en", "The RSF launched an offensive on El Fasher on Saturday.", "El Fasher"),
    ("fr", "L'attaque contre le convoi a fait 12 morts.", "convoi"),
])
def test_a_noun_of_force_targets_what_it_is_aimed_at(lang, text, target):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["target"] or {}).get("name") for e in a.events if e["kind"] in VIOLENT_KINDS] == [target]


def test_a_mention_joins_the_happening_of_its_own_sentence_first():
    # "killing two people" is the toll of the Russian attack of its sentence, not of Ukraine's strike before
    a = chronique.analyze("Ukrainian drones hit a refinery in Ryazan overnight, injuring one worker.\n\nRussia launched a "
                          "missile attack on Odesa late on Sunday, killing two people and wounding nine.",
                          published="2026-01-19", lang="en")
    assert sorted(((e["actor"] or {}).get("name"), e["casualties"]["killed"], e["casualties"]["wounded"])
                  for e in a.events) == [("Russia", 2, 9), ("Ukraine", None, 1)]


def test_force_falling_in_a_state_is_no_strike_on_another():
    # a strike on Russia, then seven killed in Kyiv: two happenings
    a = chronique.analyze("Les drones de Kiev frappent une nouvelle raffinerie russe. À Kiev, une frappe de drone a tué "
                          "sept personnes dimanche soir, selon le maire.", published="2025-08-18", lang="fr")
    assert sorted(((e["target"] or {}).get("name") or "", e["casualties"]["killed"] or 0) for e in a.events) == [
        ("", 7), ("Russia", 0)]


@pytest.mark.parametrize("lang, text", [
    # a warning of measures is a threat, a step of the ladder
    ("fr", "Joe Biden a averti vendredi que Washington n'hésiterait pas à prendre d'autres mesures pour protéger la "
           "navigation."),
    ("en", "The minister warned that the government would take further measures against the rebels."),
])
def test_a_warning_of_measures_is_a_threat(lang, text):
    a = chronique.analyze(text, published="2024-01-15", lang=lang)
    assert [e["kind"] for e in a.events] == ["threat"]


@pytest.mark.parametrize("text, events", [
    # an air force striking is force, its doer the air force; a storm striking or a deal struck is none
    ("The air force struck villages on Saturday, killing at least seven people.", [("lethal strike", "air force")]),
    ("The task force struck a deal on Saturday.", []),
])
def test_an_air_force_striking_is_force_and_its_doer(text, events):
    a = chronique.analyze(text, published="2025-03-31", lang="en")
    assert [(e["kind"], (e["actor"] or {}).get("name")) for e in a.events] == events


@pytest.mark.parametrize("lang, text, expected", [
    # an armed crossing into a territory is a happening of force, dated by its own clause
    ("en", "The attack came nearly three weeks after Ukrainian forces launched a surprise incursion into Russia's "
           "Kursk region on Aug. 6.", [("Ukraine", "2019-08-06")]),
    ("fr", "Les forces ukrainiennes ont lancé une incursion surprise dans la région russe de Koursk le 6 août.",
     [("Ukraine", "2019-08-06")]),
])
def test_an_incursion_is_an_event_dated_by_its_own_clause_not_counted_back(lang, text, expected):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [((e["actor"] or {}).get("name"), e["time"]["value"]) for e in a.events] == expected


def test_a_date_after_the_sequence_and_a_comma_still_counts_the_lag():
    a = chronique.analyze("Two days after the bombing, on Friday, troops stormed the town.", published=PUB, lang="en")
    # Friday 27 December 2019 is the storming's; the bombing two days before it
    assert [(e["time"]["value"], e["time"]["source"]) for e in a.events if e["mentions"][0]["trigger"]["text"] == "bombing"] \
        == [("2019-12-25", "sequence")]


def test_a_happening_counted_from_weeks_before_does_not_absorb_an_undated_one_told_elsewhere():
    # published Tuesday 31 December 2019: the incursion of 6 December is the story's reference point, the
    # undated strike on Lutsk another happening
    a = chronique.analyze("The attack came nearly three weeks after Ukrainian forces launched a surprise incursion "
                          "into Russia's Kursk region on Dec. 6. In the western city of Lutsk, a strike on an apartment "
                          "building killed one person and wounded seven, the regional governor said.",
                          published=PUB, lang="en")
    assert sorted((e["time"]["value"], e["casualties"]["killed"]) for e in a.events) == [
        ("2019-12-06", None), ("2019-12-31", 1)]


@pytest.mark.parametrize("lang, text", [
    # the object of a verb of saying, with its article, is the happening told before: no second one
    ("en", "Israeli warplanes struck a militia near Damascus on Monday, killing seven fighters. Iran's foreign "
           "ministry condemned the strikes on Monday."),
    ("fr", "Des avions israéliens ont frappé une milice près de Damas lundi, tuant sept combattants. Téhéran a "
           "condamné les frappes lundi."),
])
def test_strikes_condemned_after_they_are_told_are_the_same_happening(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert len([e for e in a.events if e["kind"] in VIOLENT_KINDS]) == 1


@pytest.mark.parametrize("lang, text", [
    # a count of happenings over a span is a tally, none of them told
    ("en", "Israel has carried out hundreds of strikes in Syria since the start of the civil war in 2011."),
    ("fr", "Israël a mené des centaines de frappes en Syrie depuis le début de la guerre civile en 2011."),
])
def test_a_count_of_strikes_since_a_date_is_a_tally_not_a_happening(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e for e in a.events if e["kind"] in VIOLENT_KINDS] == []


@pytest.mark.parametrize("lang, text, killed", [
    # an approximate count covers the exact one told after it: one toll, the exact figure kept
    ("fr", "Des dizaines de morts dans une attaque de drones sur un marché. Au moins 40 civils ont été tués "
           "dimanche par une frappe de drones sur le marché.", 40),
    ("en", "Dozens of people were killed in a drone strike on a market on Sunday. The strike killed at least "
           "40 people, officials said.", 40),
])
def test_an_approximate_toll_and_the_exact_one_it_covers_are_one_happening(lang, text, killed):
    a = chronique.analyze(text, published=PUB, lang=lang)
    violent = [e for e in a.events if e["kind"] in VIOLENT_KINDS]
    assert [e["casualties"]["killed"] for e in violent] == [killed]
    assert type(violent[0]["casualties"]["killed"]) is int


def test_an_approximate_toll_does_not_cover_a_figure_outside_it():
    # "dozens" and 14 disagree: two tolls
    a = chronique.analyze("Dozens of people were killed in a drone strike on a market on Sunday. The strike "
                          "killed at least 14 people, officials said.", published=PUB, lang="en")
    assert sorted(e["casualties"]["killed"] for e in a.events if e["kind"] in VIOLENT_KINDS) == [14, 24]


@pytest.mark.parametrize("lang, text", [
    # a toll since a date written before the clause, set off by a comma, is a tally, no happening
    ("fr", "Depuis le début de la semaine dernière, au moins 120 personnes ont été tuées dans la région, "
           "selon l'ONU."),
    ("en", "Since Monday, at least 120 people have been killed in the region."),
])
def test_a_toll_since_a_fronted_date_is_a_tally(lang, text):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [e for e in a.events if e["kind"] in VIOLENT_KINDS] == []


def test_a_fronted_day_still_dates_a_happening():
    a = chronique.analyze("Lundi, une frappe a tué 12 personnes.", published=PUB, lang="fr")
    assert [(e["casualties"]["killed"], e["time"]["value"]) for e in a.events] == [(12, "2019-12-30")]


@pytest.mark.parametrize("lang, text", [
    # a since-phrase opening the sentence, whatever stands in it before its date, counts over a span
    ("fr", "Depuis le début de la guerre ouverte fin septembre, plus de 3.500 personnes ont été tuées au Liban, "
           "selon les autorités."),
    ("en", "Since the war began in October, more than 3,500 people have been killed in Lebanon."),
])
def test_a_toll_after_a_fronted_since_phrase_is_a_tally(lang, text):
    a = chronique.analyze(text, published="2024-11-19", lang=lang)
    assert [e for e in a.events if e["kind"] in VIOLENT_KINDS] == []


@pytest.mark.parametrize("lang, text, value", [
    # a time and its preposition between the verb of launching and the weapons
    ("fr", "Le Hezbollah a affirmé avoir tiré dans la matinée une salve de roquettes sur une base militaire.",
     "2024-11-19TMO"),
    ("en", "Hezbollah fired during the night dozens of rockets at a military base.", "2024-11-18TNI"),
])
def test_weapons_launched_after_a_time_with_its_preposition_are_a_strike(lang, text, value):
    a = chronique.analyze(text, published="2024-11-19", lang=lang)
    assert [(e["kind"], e["time"]["value"]) for e in a.events if e["kind"] in VIOLENT_KINDS] == [
        ("air strike", value)]


@pytest.mark.parametrize("lang, text, troops", [
    ("fr", "Israël a déployé deux bataillons dans le nord du pays.", None),
    ("fr", "La Russie a envoyé une division blindée près de la frontière.", None),
    ("en", "The Pentagon is sending an armored brigade to Poland.", None),
    # a unit counts no soldiers: the head count is that of the troops
    ("en", "Russia deployed 2 battalions and 3,000 troops near the border.", 3000),
])
def test_a_military_unit_sent_is_a_deployment_without_a_head_count(lang, text, troops):
    a = chronique.analyze(text, published="2024-11-19", lang=lang)
    assert [(e["kind"], e["troops"]) for e in a.events] == [("military deployment", troops)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "La division des ventes a envoyé trois rapports."),
    ("fr", "La police a envoyé la brigade des stupéfiants."),
    ("en", "The company sent its sales division to the fair."),
    ("en", "The city sent the fire brigade."),
])
def test_a_division_or_a_brigade_that_is_no_army_unit_is_no_deployment(lang, text):
    assert chronique.analyze(text, published="2024-11-19", lang=lang).events == []


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des heurts ont éclaté mardi. 22 personnes ont été interpellées et six policiers légèrement blessés."),
    ("en", "Clashes broke out on Tuesday. 22 people were arrested and six officers slightly injured."),
])
def test_people_counted_with_an_adverb_before_their_wounds_are_the_wounded(lang, text):
    a = chronique.analyze(text, published="2023-03-07", lang=lang)
    [e] = [e for e in a.events if e["kind"] in VIOLENT_KINDS]
    assert e["casualties"]["wounded"] == 6 and e["actor"] is None


def test_a_french_participle_without_auxiliary_names_victims_not_a_doer():
    a = chronique.analyze("Des heurts ont éclaté mardi. Six policiers légèrement blessés ont été hospitalisés.",
                          published="2023-03-07", lang="fr")
    assert [e["actor"] for e in a.events if e["kind"] in VIOLENT_KINDS] == [None]
    # with its auxiliary, the verb's subject is the doer
    a = chronique.analyze("Des policiers ont blessé deux manifestants mardi.", published="2023-03-07", lang="fr")
    assert [e["actor"]["name"] for e in a.events if e["kind"] in VIOLENT_KINDS] == ["policiers"]


@pytest.mark.parametrize("text, value", [
    # the comma inside a figure is no clause break between the trigger and its date
    ("The attack killed 1,200 people on Oct. 7, 2023.", "2023-10-07"),
    ("The strike killed 3,500 people last Tuesday.", "2024-11-12"),
])
def test_a_toll_written_with_a_thousands_comma_keeps_its_date(text, value):
    a = chronique.analyze(text, published="2024-11-19", lang="en")
    assert [e["time"]["value"] for e in a.events if e["kind"] in VIOLENT_KINDS] == [value]


@pytest.mark.parametrize("text, actor, target", [
    # the complement of a noun of force before its target, or an armed group, is its doer
    ("L'attaque du Hamas contre Israël a fait 1.200 morts le 7 octobre 2023.", "Hamas", "Israel"),
    ("L'offensive de la Russie contre l'Ukraine a commencé le 24 février 2022.", "Russia", "Ukraine"),
    ("Les frappes de l'armée israélienne sur Gaza ont tué 30 personnes mardi.", "Israel", None),
    ("Au lendemain de l'attaque du Hamas, Israël a bombardé Gaza.", "Hamas", None),
    # a city alone after the noun is what was attacked
    ("L'attaque de Kiev a fait trois morts mardi.", None, "Ukraine"),
])
def test_the_complement_of_a_french_noun_of_force_before_its_target_is_the_doer(text, actor, target):
    a = chronique.analyze(text, published="2024-11-19", lang="fr")
    e = [e for e in a.events if e["kind"] in VIOLENT_KINDS][0]
    assert ((e["actor"] or {}).get("name"), (e["target"] or {}).get("name")) == (actor, target)


@pytest.mark.parametrize("lang, text, value", [
    ("en", "Hundreds of Bazoum supporters took to the streets of Niamey on Wednesday afternoon.", "2023-07-26TAF"),
    ("en", "Protesters will take to the streets again on Friday.", "2023-07-28"),
    ("fr", "Des milliers de personnes sont descendues dans la rue samedi à Niamey.", "2023-07-22"),
    ("fr", "Les syndicats appellent à descendre dans la rue jeudi.", "2023-07-27"),
])
def test_crowds_taking_to_the_streets_protest(lang, text, value):
    a = chronique.analyze(text, published="2023-07-27", lang=lang)
    assert [(e["kind"], e["time"]["value"]) for e in a.events] == [("protest", value)]


@pytest.mark.parametrize("lang, text", [
    ("en", "The new tram takes to the streets next year."),
    ("fr", "Il est descendu dans la rue pour acheter du pain."),
])
def test_one_going_down_into_the_street_is_no_protest(lang, text):
    assert chronique.analyze(text, published="2023-07-27", lang=lang).events == []


@pytest.mark.parametrize("lang, text, killed, wounded", [
    # one victim right after the verb, whatever the noun; the count after the next verb of harm is its own
    ("fr", "Un homme a tué un passant et blessé deux policiers municipaux samedi après-midi.", 1, 2),
    ("en", "A man killed a passer-by and wounded two police officers on Saturday.", 1, 2),
    ("en", "A man killed three people and wounded two police officers on Saturday.", 3, 2),
])
def test_the_victims_of_killing_and_of_wounding_are_counted_apart(lang, text, killed, wounded):
    a = chronique.analyze(text, published="2025-02-23", lang=lang)
    assert [(e["casualties"]["killed"], e["casualties"]["wounded"]) for e in a.events] == [(killed, wounded)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Israel's subsequent military campaign has killed more than 46,000 Palestinians, according to the "
           "Gaza health ministry."),
    ("fr", "La campagne militaire israélienne a fait plus de 46.000 morts, selon le ministère."),
    ("fr", "Le siège de la ville a fait des milliers de morts."),
])
def test_the_toll_of_a_campaign_or_a_siege_is_a_tally(lang, text):
    assert chronique.analyze(text, published="2025-01-20", lang=lang).events == []


def test_a_campaign_dated_by_its_own_clause_is_still_a_happening():
    a = chronique.analyze("The bombing campaign killed 12 people on Monday.", published="2025-01-20", lang="en")
    assert [(e["casualties"]["killed"], e["time"]["value"]) for e in a.events] == [(12, "2025-01-20")]


@pytest.mark.parametrize("lang, text", [
    # a state named in the singular protests by complaint, not in the street
    ("en", "Beijing also protested."),
    ("en", "China protested strongly against the listing on Tuesday."),
    ("fr", "La France a vivement protesté auprès de l'ambassadeur."),
    # sanctions protested against are no new sanctions
    ("fr", "Pékin a protesté mardi contre ces sanctions."),
    ("en", "China protested on Tuesday against the new sanctions."),
])
def test_a_states_protest_is_no_demonstration_and_opposed_sanctions_no_new_ones(lang, text):
    assert chronique.analyze(text, published="2024-12-16", lang=lang).events == []


@pytest.mark.parametrize("lang, text, actor", [
    ("en", "Thousands of Iranians protested in Tehran on Tuesday.", None),
    ("fr", "Les Américains ont manifesté mardi.", "United States"),
])
def test_a_peoples_protest_is_still_a_demonstration(lang, text, actor):
    a = chronique.analyze(text, published="2024-12-16", lang=lang)
    assert [(e["kind"], (e["actor"] or {}).get("name")) for e in a.events] == [("protest", actor)]


def test_a_wars_toll_to_date_is_a_tally_whatever_date_its_other_verb_has():
    text = ("The war between the army and the RSF erupted in April 2023 and has killed tens of thousands of "
            "people, according to U.N. estimates.")
    assert chronique.analyze(text, published="2025-10-27", lang="en").events == []
    # a happening of the war, dated, is still one
    a = chronique.analyze("The war's latest attack killed 12 people on Monday.", published="2025-10-27", lang="en")
    assert [(e["casualties"]["killed"], e["time"]["value"]) for e in a.events] == [(12, "2025-10-27")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia denied attacking the hospital on Monday."),
    ("fr", "Les FSR ont nié avoir attaqué des civils."),
])
def test_a_happening_right_after_a_verb_of_denial_is_told_as_denied(lang, text):
    a = chronique.analyze(text, published="2025-10-27", lang=lang)
    assert [e["modality"] for e in a.events if e["kind"] in VIOLENT_KINDS] == ["negated"]


def test_a_denied_targeting_does_not_make_the_killing_told_before_a_strike():
    text = ("Local activists said RSF fighters had killed dozens of civilians as they fled the city on Sunday.\n"
            "\"We are receiving horrifying reports of summary executions,\" U.N. human rights chief Volker Turk said "
            "on Monday, calling on the RSF to halt attacks on civilians.\n"
            "The RSF denied targeting civilians and said its forces were securing the city.")
    a = chronique.analyze(text, published="2025-10-27", lang="en")
    # the killing stays an attack told by the activists; the targeting denied is a happening of its own, denied
    assert [(e["kind"], e["modality"]) for e in a.events if e["kind"] in VIOLENT_KINDS] == [
        ("lethal attack", "reported"), ("air strike", "negated")]


@pytest.mark.parametrize("text", [
    "Une journée de mobilisation a eu lieu le 25 juin.",
    "La FNSEA a appelé à une journée de mobilisation nationale le 25 juin devant les préfectures.",
])
def test_a_day_of_mobilisation_is_a_protest_though_a_day_is_a_duration(text):
    a = chronique.analyze(text, published="2025-07-07", lang="fr")
    assert [(e["kind"], e["time"]["value"]) for e in a.events] == [("protest", "2025-06-25")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Naftogaz said it was the ninth attack on its facilities since early October."),
    ("fr", "Il s'agit de la neuvième attaque contre ses installations depuis début octobre."),
])
def test_one_of_a_series_counted_since_a_date_is_not_dated_by_it(lang, text):
    assert [e for e in chronique.analyze(text, published="2025-11-09", lang=lang).events
            if e["kind"] in VIOLENT_KINDS] == []


def test_the_target_of_a_noun_of_force_stops_before_since():
    a = chronique.analyze("The attack on its facilities since October worried officials.", published="2025-11-09",
                          lang="en")
    assert all((e["target"] or {}).get("name") != "facilities since" for e in a.events)


@pytest.mark.parametrize("lang, text, value", [
    # the relative clause of the noun of force itself, after the words qualifying it, dates it
    ("fr", "La frappe russe qui a touché samedi un immeuble à Dnipro a fait 25 morts.", "2023-01-14"),
    ("fr", "Le bilan de l'attaque russe qui a touché samedi un immeuble est passé lundi à 40 morts.", "2023-01-14"),
    ("en", "The strike that hit the building on Saturday killed 25 people.", "2023-01-14"),
])
def test_the_relative_clause_of_the_noun_of_force_dates_it(lang, text, value):
    a = chronique.analyze(text, published="2023-01-16", lang=lang)
    assert [e["time"]["value"] for e in a.events if e["kind"] in VIOLENT_KINDS] == [value]


def test_the_relative_clause_of_another_noun_after_the_trigger_does_not_date_it():
    a = chronique.analyze("Les renforts envoyés contre l'offensive russe qui a débuté vendredi sont arrivés.",
                          published="2023-01-16", lang="fr")
    assert {e["kind"]: e["time"]["value"] for e in a.events} == {"military deployment": None, "attack": "2023-01-13"}


@pytest.mark.parametrize("lang, text, killed", [
    # the times of the sentence are the toll's: the happening it is counted from stays undated
    ("en", "The death toll from a Russian missile strike on an apartment building in Dnipro rose to 40 on "
           "Monday, officials said.", 40),
    ("en", "On Monday, the death toll from the Russian missile strike in Dnipro stood at at least 40.", 40),
    ("fr", "Le bilan de la frappe russe sur Dnipro est passé lundi à 40, selon les autorités.", 40),
])
def test_a_toll_counted_from_a_happening_gives_its_dead_not_its_date(lang, text, killed):
    a = chronique.analyze(text, published="2023-01-16", lang=lang)
    assert [(e["casualties"]["killed"], e["time"]["value"]) for e in a.events if e["kind"] in VIOLENT_KINDS] \
        == [(killed, None)]


def test_a_toll_of_a_happening_told_before_joins_it_and_keeps_its_date():
    a = chronique.analyze("Russian missiles struck Dnipro on Saturday. The death toll from the strike rose to 40 "
                          "on Monday.", published="2023-01-16", lang="en")
    assert [(e["kind"], e["time"]["value"], e["casualties"]["killed"]) for e in a.events] \
        == [("lethal strike", "2023-01-14", 40)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Oleksiy Arestovych resigned on Tuesday after suggesting that a missile that killed at least 44 people "
           "in Dnipro had been downed."),
    ("fr", "Il a démissionné mardi après avoir suggéré qu'un missile qui a tué 44 personnes avait été abattu."),
])
def test_a_killing_in_a_relative_clause_is_not_dated_by_the_clause_around_it(lang, text):
    a = chronique.analyze(text, published="2023-01-17", lang=lang)
    assert [e["time"]["value"] for e in a.events if e["kind"] in VIOLENT_KINDS] == [None]


def test_a_definite_strike_refers_back_to_the_happening_of_force_told_before():
    text = ("Oleksiy Arestovych resigned on Tuesday after suggesting that a missile that killed at least 44 people "
            "in Dnipro had been downed. The strike on Saturday destroyed a section of a nine-storey block.")
    a = chronique.analyze(text, published="2023-01-17", lang="en")
    assert [(e["time"]["value"], e["casualties"]["killed"]) for e in a.events if e["kind"] in VIOLENT_KINDS] \
        == [("2023-01-14", 44)]
    # with no happening of force told before, "the strike" alone is no strike
    a = chronique.analyze("The strike on Saturday closed the schools.", published="2023-01-17", lang="en")
    assert [e for e in a.events if e["kind"] in VIOLENT_KINDS] == []


@pytest.mark.parametrize("lang, text, place", [
    ("en", "A Russian missile slammed into an apartment building in the central Ukrainian city of Dnipro on "
           "Saturday, killing at least 12 people.", "Dnipro"),
    # a town opening the sentence, set off by a comma, is where all of it happened
    ("fr", "À Dnipro, le bilan de la frappe qui a éventré samedi un immeuble atteint 44 morts.", "Dnipro"),
    ("en", "In Dnipro, a missile strike killed 12 people on Saturday.", "Dnipro"),
    # « A » opening a sentence is « À » written without its accent, as French dispatches often do
    ("fr", "A Kharkiv, une frappe russe a tué trois personnes mardi.", "Kharkiv"),
    # (not « a », the verb: no sentence opens with it)
    ("fr", "La police a tué deux manifestants mardi. A ce jour, aucun bilan n'a été publié.", None),
    # an initial is no town
    ("en", "Two bomb attacks in the U.S. killed 12 people on Saturday.", None),
])
def test_an_event_names_the_town_where_it_happened(lang, text, place):
    a = chronique.analyze(text, published="2023-01-17", lang=lang)
    assert [e["place"] for e in a.events if e["kind"] in VIOLENT_KINDS] == [place]


@pytest.mark.parametrize("text, kinds", [
    ("A Russian missile slammed into an apartment building in Dnipro on Saturday.", ["air strike"]),
    # slamming is a strike only after a weapon or an army
    ("Moscow slammed the decision on Monday.", []),
    ("Russia slammed Ukraine's decision on Monday.", []),
])
def test_a_weapon_slamming_into_a_building_is_a_strike_and_a_state_slamming_a_decision_is_not(text, kinds):
    a = chronique.analyze(text, published="2023-01-17", lang="en")
    assert [e["kind"] for e in a.events] == kinds


@pytest.mark.parametrize("lang, text, crowd", [
    ("en", "Tens of thousands of protesters marched in Tbilisi on Sunday.", 20000),
    ("en", "About 10,000 people rallied outside parliament on Sunday.", 10000),
    ("en", "Some 1.2 million people marched across France on Thursday.", 1200000),
    ("fr", "Quelque 1,28 million de manifestants ont défilé jeudi en France, selon le ministère.", 1280000),
    ("fr", "Des milliers de Géorgiens ont manifesté samedi.", 2000),
    # a bare count as the subject of the protest
    ("en", "Thousands rallied in Nairobi on Monday.", 2000),
    ("en", "Tens of thousands march in Tbilisi as police fire tear gas", 20000),
    # no count of those who march: no crowd (several protests are no crowd of three)
    ("en", "Protesters gathered on Saturday, 50 years after the coup.", None),
    ("fr", "Le projet avait été marqué par plusieurs manifestations de marins-pêcheurs.", None),
])
def test_a_protest_keeps_the_size_of_its_crowd(lang, text, crowd):
    a = chronique.analyze(text, published="2024-12-01", lang=lang)
    assert [e["crowd"] for e in a.events if e["kind"] == "protest"] == [crowd]


@pytest.mark.parametrize("lang, text", [
    # victims and people arrested are no crowd
    ("fr", "Au moins huit personnes ont été tuées lundi au Kenya lors de manifestations."),
    ("en", "Some 200 protesters were arrested after the rally on Saturday."),
])
def test_victims_or_people_arrested_at_a_protest_are_not_its_crowd(lang, text):
    a = chronique.analyze(text, published="2024-12-01", lang=lang)
    assert [e["crowd"] for e in a.events if e["kind"] == "protest"] == [None]


@pytest.mark.parametrize("lang, text, value", [
    # a sabotage is an attack, dated by its own clause
    ("en", "Sikorski said the sabotage on Sunday night was an act of state terrorism.", "2025-11-16TNI"),
    ("en", "An act of sabotage damaged the pipeline on Monday.", "2025-11-17"),
    ("fr", "Le sabotage de dimanche soir a endommagé la voie ferrée.", "2025-11-16TEV"),
])
def test_a_sabotage_is_an_attack(lang, text, value):
    a = chronique.analyze(text, published="2025-11-19", lang=lang)
    assert [(e["kind"], e["time"]["value"]) for e in a.events if e["kind"] in VIOLENT_KINDS] == [("attack", value)]


def test_sabotaging_talks_is_no_attack():
    a = chronique.analyze("Iran accused Israel of trying to sabotage the talks.", published="2025-11-19", lang="en")
    assert [e for e in a.events if e["kind"] in VIOLENT_KINDS] == []


@pytest.mark.parametrize("text, modality", [
    # a happening not ruled out is a possibility, not a denial
    ("She did not rule out sabotage.", "hypothetical"),
    ("Police have not ruled out an attack on the line.", "hypothetical"),
    ("There was no attack on the line on Monday.", "negated"),
])
def test_a_happening_not_ruled_out_is_possible_not_denied(text, modality):
    a = chronique.analyze(text, published="2025-11-19", lang="en")
    assert [e["modality"] for e in a.events if e["kind"] in VIOLENT_KINDS] == [modality]


@pytest.mark.parametrize("lang, text, kind, value", [
    # every form of « abattre » and « envahir » is read (the participles were not)
    ("fr", "Trois soldats ont été abattus samedi.", "lethal attack", "2024-12-07"),
    ("fr", "La Russie a envahi l'Ukraine le 24 février 2022.", "attack", "2022-02-24"),
    # a killing named, and one that failed
    ("fr", "L'assassinat du président a eu lieu le 7 juillet 2021.", "lethal attack", "2021-07-07"),
    ("en", "The assassination of President Moise on July 7, 2021 shocked Haiti.", "lethal attack", "2021-07-07"),
    ("en", "The assassination attempt on Trump on July 13, 2024 failed.", "attack", "2024-07-13"),
    ("fr", "La tentative d'assassinat contre Trump le 13 juillet 2024 a échoué.", "attack", "2024-07-13"),
])
def test_killings_named_or_told_by_every_form_of_their_verb(lang, text, kind, value):
    a = chronique.analyze(text, published="2024-12-10", lang=lang)
    assert [(e["kind"], e["time"]["value"]) for e in a.events if e["kind"] in VIOLENT_KINDS] == [(kind, value)]


@pytest.mark.parametrize("lang, text", [
    # animals or trees felled or culled before the verb are no victims
    ("fr", "Plus de 250.000 canards vont être abattus dans les Landes mardi."),
    ("fr", "Des variétés résistantes pourraient remplacer les arbres abattus samedi."),
    ("en", "Police foiled an assassination plot on Monday."),
])
def test_no_killing_of_people_no_lethal_event(lang, text):
    a = chronique.analyze(text, published="2024-12-10", lang=lang)
    assert [e for e in a.events if e["kind"] in VIOLENT_KINDS] == []


@pytest.mark.parametrize("lang, text", [
    # what a happening is said to be, with a superlative, is not dated by the toll's sentence
    ("en", "The death toll from a Russian missile strike in Dnipro rose to 40 on Monday, officials said, making it "
           "the deadliest single attack on civilians in months."),
    ("fr", "Le bilan de la frappe sur Dnipro est passé lundi à 40 morts, ce qui en fait l'attaque la plus "
           "meurtrière depuis des mois."),
])
def test_a_superlative_said_of_a_happening_takes_no_date_of_its_sentence(lang, text):
    a = chronique.analyze(text, published="2023-01-16", lang=lang)
    assert [(e["casualties"]["killed"], e["time"]["value"]) for e in a.events if e["kind"] in VIOLENT_KINDS] \
        == [(40, None)]


@pytest.mark.parametrize("lang, text, value", [
    # a superlative of a happening launched or told as such keeps its date
    ("en", "Russia launched the largest attack of the war on Saturday.", "2023-01-14"),
    ("fr", "L'attaque la plus meurtrière a eu lieu samedi.", "2023-01-14"),
])
def test_a_superlative_happening_told_as_such_keeps_its_date(lang, text, value):
    a = chronique.analyze(text, published="2023-01-16", lang=lang)
    assert [e["time"]["value"] for e in a.events if e["kind"] in VIOLENT_KINDS] == [value]


def test_a_crowd_counted_in_another_clause_is_not_the_protests():
    text = ("Au lendemain de la journée du 7 mars, qui a réuni 1,28 million de manifestants, les syndicats ont appelé "
            "à une nouvelle journée de grève le samedi 11 mars.")
    a = chronique.analyze(text, published="2023-03-08", lang="fr")
    assert [(e["time"]["value"], e["crowd"]) for e in a.events if e["kind"] == "protest"] == [("2023-03-11", None)]


@pytest.mark.parametrize("text, value", [
    # the time right after the toll a noun of force made dates it, however long its complements
    ("Une frappe israélienne sur une école abritant des déplacés à Gaza a fait au moins 28 morts jeudi, selon les "
     "autorités sanitaires.", "2024-09-26"),
    ("Des affrontements entre l'armée et les rebelles ont fait une dizaine de morts ce week-end.", "2024-W39-WE"),
])
def test_the_time_right_after_a_toll_dates_the_happening_that_made_it(text, value):
    a = chronique.analyze(text, published="2024-10-02", lang="fr")
    assert [e["time"]["value"] for e in a.events if e["kind"] in VIOLENT_KINDS] == [value]


@pytest.mark.parametrize("text, kinds", [
    # what sanctions aim at, or hit with, is no strike
    ("European Union foreign ministers adopted a 15th package of sanctions against Russia on Monday, targeting 52 "
     "vessels of Moscow's shadow fleet.", ["sanctions"]),
    ("EU hits Russia's shadow fleet with new sanctions", ["sanctions"]),
    # a time between the doer and the verb is no preposition of opposition
    ("The European Union on Monday imposed sanctions on dozens of tankers.", ["sanctions"]),
    # and the sanctions said to be illegal are those told before, not new ones
    ("The European Union on Monday imposed sanctions on dozens of tankers. Russia's foreign ministry said on Tuesday "
     "that the sanctions were illegal.", ["sanctions"]),
    ("Russian missiles hit the port of Odesa on Monday, damaging 52 vessels.", ["air strike"]),
])
def test_sanctions_are_no_strike_and_are_told_once(text, kinds):
    a = chronique.analyze(text, published="2024-12-17", lang="en")
    assert [e["kind"] for e in a.events] == kinds


@pytest.mark.parametrize("text, actor", [
    # a state in the possessive owns the object, and is no doer ...
    ("EU hits Russia's shadow fleet with new sanctions", "European Union"),
    # ... unless what it owns is the happening, an armed party or a weapon
    ("Russia's massive attack on Kyiv killed 12 people on Monday.", "Russia"),
    ("Iran's missiles struck Israel on Tuesday.", "Iran"),
    ("Israel's military struck Gaza on Monday.", "Israel"),
])
def test_a_state_in_the_possessive_is_the_doer_only_of_its_own_force(text, actor):
    a = chronique.analyze(text, published="2024-12-17", lang="en")
    assert [(e["actor"] or {}).get("name") for e in a.events] == [actor]


def test_a_modality_after_a_semicolon_is_another_clauses():
    a = chronique.analyze("EU hits Russia's shadow fleet with new sanctions; Moscow vows response\n\n"
                          "The European Union on Monday imposed sanctions on dozens of tankers.",
                          published="2024-12-17", lang="en")
    assert [(e["kind"], e["modality"], e["time"]["value"]) for e in a.events] == [
        ("sanctions", "asserted", "2024-12-16")]


@pytest.mark.parametrize("text, lang, kinds", [
    ("Des centaines d'agriculteurs bloquaient jeudi matin plusieurs axes autour de Toulouse.", "fr", ["protest"]),
    ("Des agriculteurs ont bloqué l'autoroute A64 lundi.", "fr", ["protest"]),
    ("Hundreds of farmers blocked roads around Toulouse on Thursday.", "en", ["protest"]),
    ("Les routiers bloquent les dépôts pétroliers depuis lundi.", "fr", ["protest"]),
    ("Les taxis ont bloqué le périphérique mardi.", "fr", ["protest"]),
    # no crowd blocking: an assembly, a breakdown, people blocked, an agent's complaint
    ("Le Sénat a bloqué le texte mardi.", "fr", []),
    ("La panne qui a bloqué 38 personnes lundi a été réparée.", "fr", []),
    ("Toutes les personnes bloquées ont été évacuées mardi.", "fr", []),
    ("The Senate blocked the bill on Tuesday.", "en", []),
    ("Protesters were blocked by police on Tuesday.", "en", []),
])
def test_a_crowd_blocking_roads_is_a_protest(text, lang, kinds):
    a = chronique.analyze(text, published="2024-01-25", lang=lang)
    assert [e["kind"] for e in a.events] == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Cabin crew at Skyline Airways will walk out for 48 hours from 00:01 on Friday.", ["protest"]),
    ("Workers walked out on Monday.", ["protest"]),
    ("A 48-hour walkout began on Friday.", ["protest"]),
    ("The patient walked out of hospital on Monday.", []),
])
def test_a_walkout_is_a_protest(text, kinds):
    a = chronique.analyze(text, published="2024-11-21", lang="en")
    assert [e["kind"] for e in a.events] == kinds


def test_the_employer_of_analysts_is_no_place():
    a = chronique.analyze("Analysts at Jefferies estimated the two-day strike would cost the carrier about 15 million "
                          "pounds.", published="2024-11-21", lang="en")
    assert [e["place"] for e in a.events] == [None]


@pytest.mark.parametrize("text, lang, value", [
    ("The last walkout, in October, grounded more than 300 flights over two days.", "en", "2024-10"),
    ("La dernière grève, en octobre, avait cloué au sol plus de 300 vols.", "fr", "2024-10"),
])
def test_the_aside_of_its_own_time_right_after_a_trigger_dates_it(text, lang, value):
    a = chronique.analyze(text, published="2024-11-21", lang=lang)
    assert [e["time"]["value"] for e in a.events] == [value]


@pytest.mark.parametrize("text, lang, place", [
    ("A suicide bomber killed 12 people in Kabul on Monday.", "en", "Kabul"),
    ("Thousands protested in Paris on Saturday.", "en", "Paris"),
    ("Des milliers de Géorgiens ont manifesté samedi soir à Tbilissi.", "fr", "Tbilissi"),
    # a country is no town
    ("A drone struck a building in Ukraine on Monday.", "en", None),
])
def test_a_capital_after_a_word_of_place_is_where_the_event_happened(text, lang, place):
    a = chronique.analyze(text, lang=lang, published="2024-12-01")
    assert [e["place"] for e in a.events] == [place]


@pytest.mark.parametrize("text, lang, place", [
    # a name of hyphened parts is one town
    ("Des milliers de personnes ont manifesté samedi à Port-au-Prince.", "fr", "Port-au-Prince"),
    ("Une frappe a tué lundi trois personnes à Kryvyï-Rih.", "fr", "Kryvyï-Rih"),
    # a region is wider than a town: none
    ("Des milliers de soldats ont été déployés lundi au Moyen-Orient.", "fr", None),
    ("Thousands of troops were deployed on Monday to the Middle East.", "en", None),
])
def test_a_town_of_hyphened_parts_is_whole_and_a_region_is_no_town(text, lang, place):
    a = chronique.analyze(text, lang=lang, published="2024-12-03")
    assert [e["place"] for e in a.events] == [place]


@pytest.mark.parametrize("text, lang, countries", [
    # a demonym names the state
    ("Les forces de sécurité birmanes ont tué mercredi au moins 18 manifestants.", "fr", ["Myanmar"]),
    ("Myanmar security forces shot dead 38 people on Wednesday.", "en", ["Myanmar"]),
    # a capital names its state; an organisation names none
    ("A suicide bomber killed 12 people in Kabul on Monday, the United Nations said.", "en", ["Afghanistan"]),
    # a sentence naming none: the state the article names most (at least twice)
    ("La Birmanie s'enfonce dans la crise. L'armée birmane a réprimé les cortèges. Mercredi, au moins 38 "
     "personnes ont été tuées à travers le pays.", "fr", ["Myanmar"]),
])
def test_an_event_names_the_states_its_sentences_name(text, lang, countries):
    a = chronique.analyze(text, lang=lang, published="2021-03-05")
    assert [e["countries"] for e in a.events if e["kind"] in VIOLENT_KINDS] == [countries]


def test_happenings_of_one_day_in_two_capitals_stay_two_events():
    a = chronique.analyze("A drone struck a building in Kyiv on Monday. Later on Monday a drone struck a school "
                          "in Moscow.", lang="en", published="2024-12-03")
    assert [e["place"] for e in a.events] == ["Kyiv", "Moscow"]


@pytest.mark.parametrize("text, lang", [
    ("Israel's offensive has since killed more than 30,000 Palestinians, the Gaza health ministry says.", "en"),
    ("Militants have since killed 40 villagers, officials said.", "en"),
    ("Les frappes ont depuis fait 40 morts.", "fr"),
])
def test_a_toll_to_date_is_no_happening(text, lang):
    assert chronique.analyze(text, lang=lang, published="2024-03-01").events == []


def test_a_toll_to_date_does_not_swell_the_last_days_happening():
    a = chronique.analyze("The army said two of its soldiers were killed in fighting in northern Gaza on Wednesday. "
                          "Israel's offensive has since killed more than 30,000 Palestinians, the health ministry "
                          "says.", lang="en", published="2024-03-01")
    assert [(e["time"]["value"], e["casualties"]["killed"]) for e in a.events] == [("2024-02-28", 2)]


@pytest.mark.parametrize("text, lang", [
    ("Israel's offensive killed 30 people on Monday.", "en"),
    ("An air strike killed 30 people on Monday, the deadliest since October.", "en"),
    ("Une frappe a fait 40 morts lundi.", "fr"),
    ("Les rebelles ont pris lundi la ville après une offensive éclair qui a fait au moins 17 morts.", "fr"),
])
def test_a_dated_toll_is_a_happening(text, lang):
    # (and an offensive's own toll: « après une offensive éclair qui a fait au moins 17 morts » is one)
    assert len(chronique.analyze(text, lang=lang, published="2024-03-01").events) == 1


@pytest.mark.parametrize("text, lang, killed, wounded", [
    ("The army said two of its soldiers were killed in fighting on Wednesday.", "en", 2, None),
    ("Three of the hostages were wounded in the attack on Monday.", "en", None, 3),
    ("Deux de ses soldats ont été tués dans les combats mercredi.", "fr", 2, None),
    ("Trois des otages ont été blessés dans l'attaque lundi.", "fr", None, 3),
])
def test_a_count_of_some_of_a_group_counts_the_victims(text, lang, killed, wounded):
    a = chronique.analyze(text, lang=lang, published="2024-03-01")
    assert [(e["casualties"]["killed"], e["casualties"]["wounded"]) for e in a.events] == [(killed, wounded)]


@pytest.mark.parametrize("text, lang", [
    ("He was convicted last month of trying to kill a 71-year-old man by injecting him with insulin.", "en"),
    ("He attempted to kill a man on Monday.", "en"),
    ("Il a tenté de tuer un homme lundi.", "fr"),
    ("Il est accusé d'avoir tenté d'assassiner le maire lundi.", "fr"),
])
def test_an_attempt_to_kill_kills_no_one(text, lang):
    a = chronique.analyze(text, lang=lang, published="2024-05-17")
    assert [(e["kind"], e["casualties"]["killed"]) for e in a.events] == [("attack", None)]


@pytest.mark.parametrize("text, place", [
    ("A gunman killed a man on Monday at St. Bride's Hospital in Leeds.", "Leeds"),
    ("A gunman killed a man on Monday in St. Louis.", "St. Louis"),
])
def test_a_names_abbreviation_and_a_possessors_place_in_the_place_of_an_event(text, place):
    a = chronique.analyze(text, lang="en", published="2024-05-17")
    assert [e["place"] for e in a.events] == [place]


@pytest.mark.parametrize("text, lang, n", [
    ("La CGT-Cheminots, SUD-Rail, l'Unsa-Ferroviaire et la CFDT-Cheminots protestent contre le projet.", "fr", 0),
    ("The unions Unite and GMB protested against the plan on Monday.", "en", 0),
    # people, a crowd, a common noun opening the sentence, or a verb of marching: protests
    ("Des milliers de Géorgiens ont protesté samedi à Tbilissi.", "fr", 1),
    ("Iranians protested on Monday.", "en", 1),
    ("Farmers protested in Paris on Monday.", "en", 1),
    ("La CGT a manifesté jeudi à Paris.", "fr", 1),
])
def test_a_named_body_protesting_complains_and_a_crowd_protests(text, lang, n):
    assert len(chronique.analyze(text, lang=lang, published="2024-10-15").events) == n


def test_an_acronym_after_a_word_of_place_is_a_body_not_a_town():
    a = chronique.analyze("La dernière grande grève à la SNCF remonte à l'hiver 2019-2020.", lang="fr",
                          published="2024-10-15")
    assert [e["place"] for e in a.events] == [None]


@pytest.mark.parametrize("text, n", [
    ("Prime Minister Dahal visited the injured pilot in hospital on Wednesday afternoon.", 0),
    ("He visited the wounded soldiers in hospital on Wednesday.", 0),
    # told happenings: a relative's verb, a verb of harm with its count
    ("Police arrested members of a syndicate that killed at least 40 rhinos last year.", 1),
    ("The attack wounded two soldiers on Wednesday.", 1),
])
def test_a_participle_of_harm_between_an_article_and_its_noun_tells_no_happening(text, n):
    assert len(chronique.analyze(text, lang="en", published="2024-07-24").events) == n


def test_a_demonstrative_points_back_to_the_last_happening_told_with_its_noun():
    a = chronique.analyze("Des frappes israéliennes sur le sud du Liban ont fait au moins 492 morts lundi. Le Hezbollah a "
                          "dit avoir tiré lundi des dizaines de roquettes vers le nord d'Israël. Ces frappes interviennent "
                          "moins d'une semaine après les explosions de milliers de bipeurs, les 17 et 18 septembre, qui "
                          "avaient fait 39 morts.", lang="fr", published="2024-09-23")
    mentions = [[m["trigger"]["text"] for m in e["mentions"]] for e in a.events]
    assert mentions[0] == ["frappes", "frappes"] and "frappes" not in mentions[1]


@pytest.mark.parametrize("text, lang", [
    ("In Kyiv, a missile hit a shopping center and a warehouse, killing at least 11 people, the mayor said.", "en"),
    ("À Kiev, un missile a touché un centre commercial et un entrepôt, tuant au moins 11 personnes.", "fr"),
])
def test_a_participle_of_result_after_a_comma_tells_the_same_happening(text, lang):
    a = chronique.analyze(text, lang=lang, published="2023-12-29")
    assert [(len(e["mentions"]), e["casualties"]["killed"]) for e in a.events] == [(1, 11)]


def test_a_happening_the_story_counts_from_told_by_its_verb_is_none_of_the_storys():
    a = chronique.analyze("In Kyiv, a missile hit a shopping center, killing at least 11 people, the mayor said. The "
                          "attack came two days after Ukrainian drones struck an oil depot in Russia's Bryansk region.",
                          lang="en", published="2023-12-29")
    assert [(e["trigger"]["text"], (e["actor"] or {}).get("name")) for e in a.events] == [("hit", None),
                                                                                         ("struck", "Ukraine")]


@pytest.mark.parametrize("text, lang", [
    ("Le maire a dénoncé « une violence insupportable » et réclamé des renforts de police.", "fr"),
    ("Kyiv requested reinforcements.", "en"),
])
def test_a_deployment_asked_for_is_none(text, lang):
    assert [e["kind"] for e in chronique.analyze(text, lang=lang, published="2024-03-10").events
            if e["kind"] == "military deployment"] == []


@pytest.mark.parametrize("text, lang, published", [
    ("The death toll from the earthquakes that flattened swathes of southern Turkey rose above 11,000 on Wednesday."
     "\n\nRescuers worked through the night in Kahramanmaras.\n\nTurkey's disaster agency AFAD said 8,574 people had "
     "been killed in the country.", "en", "2023-02-08"),
    ("Un puissant séisme a frappé la Birmanie vendredi.\n\nLes secours fouillaient les décombres dimanche.\n\nSelon la "
     "junte, 1 700 personnes ont été tuées.", "fr", "2025-03-30"),
])
def test_a_toll_told_later_in_the_story_of_a_disaster_is_no_attack(text, lang, published):
    a = chronique.analyze(text, lang=lang, published=published)
    assert [e["kind"] for e in a.events if "attack" in e["kind"]] == []


@pytest.mark.parametrize("text, lang", [
    ("Vingegaard, 27 ans, grièvement blessé début avril lors d'une chute au Tour du Pays basque, s'est dit fier.",
     "fr"),
    ("He was seriously injured in a fall at the Tour of the Basque Country in April.", "en"),
])
def test_a_fall_is_a_harm_with_no_force(text, lang):
    assert chronique.analyze(text, lang=lang, published="2024-07-21").events == []


def test_a_lede_of_police_firing_tear_gas_is_no_story_of_a_harm_with_no_force():
    a = chronique.analyze("Tens of thousands march in Tbilisi as police fire tear gas\n\nTens of thousands of "
                          "Georgians marched on Saturday night.\n\nThe interior ministry said 107 people had been "
                          "detained overnight and that 32 police officers were injured.", lang="en",
                          published="2024-12-01")
    assert [e["casualties"]["wounded"] for e in a.events if "attack" in e["kind"]] == [32]


@pytest.mark.parametrize("lang, text, kind, trigger", [
    ("en", "Protesters set fire to the prime minister's residence on Saturday.", "attack", "set fire"),
    ("en", "Protesters torched the house on Saturday.", "attack", "torched"),
    ("en", "Militants overran an army post on Monday.", "attack", "overran"),
    ("en", "The airliner was shot down by two missiles on Wednesday.", "attack", "shot down"),
    ("en", "Hundreds of protesters forced their way into the state broadcaster.", "attack", "forced their way into"),
    ("en", "Security forces fired tear gas at protesters in Yangon on Wednesday.", "attack", "fired tear gas"),
    ("en", "Thousands poured back onto the streets of Yangon on Wednesday.", "protest",
     "poured back onto the streets"),
    ("fr", "Samedi, des manifestants ont incendié la résidence du Premier ministre.", "attack", "incendié"),
    ("fr", "Les manifestants ont mis le feu à la maison samedi.", "attack", "mis le feu"),
    ("fr", "La police a tiré des balles en caoutchouc sur la foule mercredi.", "attack",
     "tiré des balles en caoutchouc"),
    ("fr", "Des milliers de manifestants sont redescendus dans les rues mercredi.", "protest",
     "redescendus dans les rues"),
])
def test_arson_places_overrun_aircraft_downed_force_on_crowds_and_crowds_back_in_the_streets(lang, text, kind,
                                                                                              trigger):
    a = chronique.analyze(text, published=PUB, lang=lang)
    assert [(e["kind"], e["trigger"]["text"]) for e in a.events] == [(kind, trigger)]


@pytest.mark.parametrize("text", [
    "Donors withdrew their pledges after the cost overrun became known.",
    "The project overran its budget last year.",
    "The committee shot down the proposal on Tuesday.",
])
def test_budgets_overrun_and_proposals_shot_down_are_no_force(text):
    assert chronique.analyze(text, published=PUB, lang="en").events == []


@pytest.mark.parametrize("lang, text, day", [
    ("fr", "Le président avait promis de partir après que des manifestants eurent pris d'assaut sa résidence "
           "officielle, le 9 décembre.", "2019-12-09"),
    ("fr", "Des manifestants ont pris d'assaut la résidence, le 9 décembre, puis sont repartis.", "2019-12-09"),
    ("en", "The president promised to quit after protesters stormed his official residence, on Dec. 9.",
     "2019-12-09"),
    ("en", "Protesters stormed his residence, Monday, and left at dawn.", "2019-12-30"),
])
def test_a_date_after_a_comma_closing_the_clause_dates_the_happening_before_it(lang, text, day):
    [e] = chronique.analyze(text, published=PUB, lang=lang).events
    assert e["time"]["value"] == day


@pytest.mark.parametrize("lang, text, plain, verb", [
    # a date opening a clause of its own after the comma dates that clause, not the happening before it;
    # without the conjunction, the same date closing the sentence dates it
    ("fr", "Des manifestants ont pris d'assaut la résidence, et le 9 décembre, la police a arrêté leurs chefs.",
     "Des manifestants ont pris d'assaut la résidence, le 9 décembre.", "pris d'assaut"),
    ("en", "Protesters stormed the residence, and on Dec. 9 the police arrested their leaders.",
     "Protesters stormed the residence, on Dec. 9.", "stormed"),
    ("en", "Rebels attacked the convoy, then on Dec. 9 they withdrew.", "Rebels attacked the convoy, on Dec. 9.",
     "attacked"),
])
def test_a_date_after_a_comma_in_another_clause_does_not_date_the_happening_before_it(lang, text, plain, verb):
    events = chronique.analyze(text, published=PUB, lang=lang).events
    assert [e["time"]["value"] for e in events if e["trigger"]["text"] == verb] in ([], [None])
    events = chronique.analyze(plain, published=PUB, lang=lang).events
    assert [e["time"]["value"] for e in events if e["trigger"]["text"] == verb] == ["2019-12-09"]


@pytest.mark.parametrize("lang, text, verb, day", [
    ("en", "He had promised to resign on Monday after protesters overran his residence on Saturday.",
     "overran", "2019-12-28"),
    ("fr", "Il a démissionné lundi après que des manifestants ont pris d'assaut le palais samedi.",
     "pris d'assaut", "2019-12-28"),
])
def test_a_happening_counted_from_takes_its_own_date_not_the_one_of_the_clause_before(lang, text, verb, day):
    events = chronique.analyze(text, published=PUB, lang=lang).events
    assert [e["time"]["value"] for e in events if e["trigger"]["text"] == verb] == [day]
