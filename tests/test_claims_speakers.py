"""Who the speaker of a claim is: several speakers at once ("Scholz and Macron said", "ont déclaré
X et Y"), the kind of a name the tables do not know, an acronym for a name met before.

One statement, one claim: its speaker names them all, as the text joins them, and lists each
of them (``members``) with their own entity and kind."""
import pytest

import chronique

PUB = "2024-03-12"


def _speakers(text, lang):
    a = chronique.analyze(text, lang=lang, published=PUB)
    return [(c["speaker"]["name"], c["speaker"]["kind"], c["content"]["text"]) for c in a.claims]


@pytest.mark.parametrize("text, lang, expected", [
    pytest.param("German Chancellor Olaf Scholz and French President Emmanuel Macron said the deal was fair.", "en",
                 [("Olaf Scholz and Emmanuel Macron", "person", "the deal was fair")], id="en-two-titled-names"),
    pytest.param("On Tuesday, Scholz and Macron said the deal was fair.", "en",
                 [("Scholz and Macron", "person", "the deal was fair")], id="en-after-a-fronted-date"),
    pytest.param("Britain, France and Germany said in a joint statement that Iran had breached the deal.", "en",
                 [("United Kingdom, France and Germany", "government", "Iran had breached the deal")],
                 id="en-list-of-three-countries"),
    pytest.param("Iran and Hezbollah said the strike was a crime.", "en",
                 [("Iran and Hezbollah", "group", "the strike was a crime")], id="en-mixed-kinds-are-a-group"),
    pytest.param("France and Germany, which act as guarantors of the talks, said the agreement was a step forward.",
                 "en", [("France and Germany", "government", "the agreement was a step forward")],
                 id="en-joint-subject-with-a-relative-clause"),
    pytest.param("The government asked the EU for help, and Italy and France said they would send aircraft.", "en",
                 [("Italy and France", "government", "they would send aircraft")],
                 id="en-joint-subject-of-a-clause-joined-by-and"),
    pytest.param("But Italy and France said they would send aircraft.", "en",
                 [("Italy and France", "government", "they would send aircraft")],
                 id="en-joint-subject-after-an-opening-but"),
    pytest.param("Les ministres se sont réunis lundi, et l'Italie et la France ont affirmé qu'elles enverraient des "
                 "avions.", "fr", [("Italy et France", "government", "elles enverraient des avions")],
                 id="fr-joint-subject-of-a-clause-joined-by-et"),
    pytest.param("Emmanuel Macron et Olaf Scholz ont affirmé mardi que l'accord était équitable.", "fr",
                 [("Emmanuel Macron et Olaf Scholz", "person", "l'accord était équitable")], id="fr-preposed"),
    pytest.param("« L'accord est équitable », ont déclaré Emmanuel Macron et Olaf Scholz.", "fr",
                 [("Emmanuel Macron et Olaf Scholz", "person", "L'accord est équitable")], id="fr-inverted-after-quote"),
    pytest.param("Selon Emmanuel Macron et Olaf Scholz, l'accord est équitable.", "fr",
                 [("Emmanuel Macron et Olaf Scholz", "person", "l'accord est équitable")], id="fr-selon-two-names"),
])
def test_speakers_joined_in_the_subject_make_one_claim_of_them_all(text, lang, expected):
    assert _speakers(text, lang) == expected


def test_each_joint_speaker_is_listed_with_its_own_entity_kind_and_mention():
    text = "German Chancellor Olaf Scholz and French President Emmanuel Macron said the deal was fair."
    (claim,) = chronique.analyze(text, lang="en", published=PUB).claims
    sp = claim["speaker"]
    assert sp["entity"] == "Olaf Scholz + Emmanuel Macron"
    assert [(m["name"], m["kind"], m["titles"]) for m in sp["members"]] == [
        ("Olaf Scholz", "person", ["German Chancellor"]), ("Emmanuel Macron", "person", ["French President"])]
    for m in sp["members"]:
        assert text[m["mention"]["start"]:m["mention"]["end"]] == m["mention"]["text"] == m["name"]
    assert text[sp["mention"]["start"]:sp["mention"]["end"]] == "Olaf Scholz and French President Emmanuel Macron"


@pytest.mark.parametrize("text, lang, expected", [
    # a complement of the subject's head: the conjuncts do not open the clause, the leaders speak
    pytest.param("The leaders of France and Germany said the deal was fair.", "en", "The leaders of France and Germany",
                 id="en-of-complement"),
    pytest.param("The foreign ministers of France and Germany said the deal was fair.", "en",
                 "The foreign ministers of France and Germany", id="en-of-complement-of-a-plural-title"),
    pytest.param("Les ministres des Affaires étrangères de la France et de l'Allemagne ont affirmé que l'accord était "
                 "équitable.", "fr", "Les ministres des Affaires étrangères de la France et de l'Allemagne",
                 id="fr-de-complement-repeated-after-et"),
    # the object of another verb before them
    pytest.param("He met Scholz and Macron said on Tuesday that the deal was fair.", "en", "Macron",
                 id="en-object-of-an-earlier-verb"),
    # "et" inside an institution's name, its head's name given in apposition
    pytest.param("L'accord est équitable, a annoncé mardi le président de la communauté de communes Dore et "
                 "Volcans, Bernard Faucheron.", "fr", "Bernard Faucheron", id="fr-et-inside-a-name-then-apposition"),
])
def test_a_coordination_that_is_not_the_subject_leaves_one_speaker(text, lang, expected):
    (claim,) = chronique.analyze(text, lang=lang, published=PUB).claims
    assert claim["speaker"]["name"] == expected
    assert "members" not in claim["speaker"]



def test_json_ld_gives_each_joint_speaker_as_an_author():
    from chronique import export

    a = chronique.analyze("German Chancellor Olaf Scholz and French President Emmanuel Macron said the deal was fair.",
                          lang="en", published=PUB)
    (claim,) = [g for g in export.to_jsonld(a)["@graph"] if g["@type"] == "Claim"]
    assert claim["author"] == [{"@type": "Person", "name": "Olaf Scholz", "jobTitle": "German Chancellor"},
                               {"@type": "Person", "name": "Emmanuel Macron", "jobTitle": "French President"}]


@pytest.mark.parametrize("text, lang, name, kind", [
    pytest.param("La SNCF a annoncé vendredi que le trafic serait perturbé.", "fr", "SNCF", "organization",
                 id="fr-acronym-speaking-is-an-organisation"),
    pytest.param("Les travaux seront achevés fin août, a indiqué la RATP.", "fr", "RATP", "organization",
                 id="fr-inverted-acronym"),
    pytest.param("Jean Dupont a déclaré que la ville était sûre.", "fr", "Jean Dupont", "person",
                 id="fr-first-name-and-surname-stay-a-person"),
])
def test_an_unknown_acronym_that_speaks_is_an_organisation(text, lang, name, kind):
    (claim,) = chronique.analyze(text, lang=lang, published=PUB).claims
    assert (claim["speaker"]["name"], claim["speaker"]["kind"]) == (name, kind)


@pytest.mark.parametrize("text, name", [
    ("Britain's Financial Conduct Authority fined the bank on Tuesday. The FCA said the checks were weak.",
     "Financial Conduct Authority"),
    ("The Food and Drug Administration approved the drug. The FDA said it was safe.", "Food and Drug Administration"),
])
def test_an_acronym_is_the_organisation_whose_initials_it_spells(text, name):
    (claim,) = chronique.analyze(text, lang="en", published=PUB).claims
    assert (claim["speaker"]["entity"], claim["speaker"]["kind"]) == (name, "organization")


def test_a_french_doctor_s_honorific_is_no_part_of_her_name():
    (claim,) = chronique.analyze("« Les cas augmentent », a expliqué la Dre Hélène Bourgarel, allergologue.",
                                 lang="fr", published=PUB).claims
    assert claim["speaker"]["name"] == "Hélène Bourgarel"


def test_joint_speakers_each_named_after_a_title_in_apposition():
    text = ("Le ministre de l'Économie, Roland Lescure, et la ministre des Comptes publics, Amélie de Montchalin, "
            "ont affirmé mardi que le budget était juste.")
    (claim,) = chronique.analyze(text, lang="fr", published=PUB).claims
    assert claim["speaker"]["name"] == "Roland Lescure et Amélie de Montchalin"
    assert [m["name"] for m in claim["speaker"]["members"]] == ["Roland Lescure", "Amélie de Montchalin"]
    assert claim["content"]["text"] == "le budget était juste"


def test_an_institution_and_its_head_named_in_apposition_speak_together():
    text = ("The Fed and its chairman, Alan Greenspan, have suggested that they intend to keep interest rates "
            "unchanged.")
    (claim,) = chronique.analyze(text, lang="en", published=PUB).claims
    assert [m["name"] for m in claim["speaker"]["members"]] == ["Federal Reserve", "Alan Greenspan"]


@pytest.mark.parametrize("text, name, kind", [
    ("Michael Bloomberg said the city would recover.", "Michael Bloomberg", "person"),
    ("Michael Bloomberg, the former New York mayor, said the city would recover.", "Michael Bloomberg", "person"),
    ("The deal is off, Bloomberg reported.", "Bloomberg", "organization"),
])
def test_a_first_name_before_an_outlet_s_name_makes_a_person(text, name, kind):
    (claim,) = chronique.analyze(text, lang="en", published=PUB).claims
    assert (claim["speaker"]["name"], claim["speaker"]["kind"]) == (name, kind)


def test_joint_acronyms_are_organisations():
    (claim,) = chronique.analyze("La CGT et FO ont affirmé que la réforme était injuste.", lang="fr",
                                 published=PUB).claims
    assert (claim["speaker"]["name"], claim["speaker"]["kind"]) == ("CGT et FO", "organization")
    assert [m["kind"] for m in claim["speaker"]["members"]] == ["organization", "organization"]


@pytest.mark.parametrize("text, name", [
    ("Le chômage a reculé, a annoncé vendredi l'Insee.", "Insee"),
    ("La croissance a ralenti, selon Eurostat.", "Eurostat"),
])
def test_statistics_offices_are_organisations(text, name):
    (claim,) = chronique.analyze(text, lang="fr", published=PUB).claims
    assert (claim["speaker"]["name"], claim["speaker"]["kind"]) == (name, "organization")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_kind_a_language_gives_a_claim_is_one_of_the_documented_speech_acts(lang):
    from chronique.claims.describe import KINDS
    from chronique.resources import module

    sp = module(lang, "speech")
    given = {kind for kind, _ in sp.CUE_LEMMAS.values()} | set(getattr(sp, "ACCORDING_KINDS", {}).values()) \
        | set(getattr(sp, "ATTRIBUTES", {}).values())
    assert given and given <= set(KINDS), sorted(given - set(KINDS))


def test_officials_are_not_the_one_official_named_before():
    a = chronique.analyze("Melanie Joly said Canada had expelled a top Indian intelligence official. Indian officials "
                          "said they expected Canada to act.", published="2023-09-19", lang="en")
    assert [c["speaker"]["name"] for c in a.claims] == ["Melanie Joly", "India"]
    assert not a.claims[1]["anonymous"]


def test_the_company_is_not_a_body_of_officeholders_named_before():
    a = chronique.analyze("Munich prosecutors said Braun had been arrested. Wirecard has 5,800 employees. The company "
                          "said it remained in talks with lenders.", published="2020-06-23", lang="en")
    assert a.claims[0]["speaker"]["name"] == "Munich prosecutors"
    assert a.claims[1]["speaker"]["name"] != "Munich prosecutors"


@pytest.mark.parametrize("text, speaker", [
    ("Theresa May said the deal was dead.", "Theresa May"),
    ("Brian May said he would tour.", "Brian May"),
])
def test_a_surname_spelt_like_a_function_word_after_a_given_name(text, speaker):
    a = chronique.analyze(text, published="2019-03-08", lang="en")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('"We are deeply concerned," the U.S. State Department said on Tuesday.', "U.S. State Department"),
    ('"We are deeply concerned," the US State Department said.', "US State Department"),
    ('"We are deeply concerned," the US Commerce Department said.', "US Commerce Department"),
    ('"We are concerned," said the U.S. State Department.', "U.S. State Department"),
])
def test_a_department_named_after_its_country_speaks_after_a_quote(text, speaker):
    # "State" is a word of the department's name, not the verb "to state"; a country with its
    # article ("the US") is the department's determiner, not a bare title's
    a = chronique.analyze(text, published="2025-03-05", lang="en")
    assert [(c["speaker"]["name"], c["cue"]["text"]) for c in a.claims] == [(speaker, "said")]


def test_a_capitalised_cue_word_opening_a_sentence_is_still_a_cue():
    a = chronique.analyze('The talks failed. Asked whether Iran would retaliate, Araqchi said "We will respond."',
                          published="2025-03-05", lang="en")
    assert [c["speaker"]["name"] for c in a.claims] == ["Araqchi"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Israeli Prime Minister Benjamin Netanyahu met the envoy on Monday. His office said the talks were productive.",
     "en", [("Benjamin Netanyahu's office", False)]),
    ("Senator Elizabeth Warren criticised the plan on Monday. Her spokeswoman said the plan was illegal.",
     "en", [("Elizabeth Warren's spokeswoman (anonymous)", True)]),
    ("Le président Emmanuel Macron a reçu lundi l'émissaire. Son cabinet a indiqué que les discussions avaient "
     "été fructueuses.", "fr", [("cabinet d'Emmanuel Macron", False)]),
    ("La ministre Rachida Dati a visité le musée mardi. Son entourage a assuré qu'aucune décision n'était prise.",
     "fr", [("entourage de Rachida Dati (anonyme)", True)]),
])
def test_a_body_or_aide_after_a_possessive_speaks_for_the_person_named_before(text, lang, expected):
    a = chronique.analyze(text, published="2025-03-05", lang=lang)
    assert [(c["speaker"]["name"], c["anonymous"]) for c in a.claims] == expected


@pytest.mark.parametrize("text, lang, speaker", [
    # the owner is named by a title alone: the possessive stays unresolved rather than misnamed
    ("Le ministre de l'Intérieur doit se rendre sur place mardi, a annoncé son entourage.", "fr",
     "son entourage (anonyme)"),
    # a noun that speaks for no one else ("its forecasters", « ses prévisionnistes ») keeps its own name
    ("Le préfet Laurent Fabre a pris un arrêté lundi. Selon Météo-France, la pluie ne reviendra pas avant "
     "août, ses prévisionnistes évoquant une sécheresse durable.", "fr", None),
])
def test_a_possessed_noun_is_renamed_only_for_a_named_owner_and_a_body_that_speaks_for_them(text, lang, speaker):
    a = chronique.analyze(text, published="2025-03-05", lang=lang)
    names = [c["speaker"]["name"] for c in a.claims]
    assert not any("Fabre" in n and n != "Laurent Fabre" for n in names), names
    if speaker is not None:
        assert names == [speaker]


@pytest.mark.parametrize("text, lang, expected", [
    ("Kenya said on Monday it would send troops.", "en", [("Kenya", "government")]),
    ("Peru and Chile said the border would reopen.", "en", [("Peru and Chile", "government")]),
    ("La Colombie a dénoncé lundi une provocation, affirmant que ses soldats avaient été visés.", "fr",
     [("Colombia", "government")] * 2),
    ("Selon la RDC, les rebelles ont attaqué la ville.", "fr", [("Congo", "government")]),
])
def test_a_country_of_any_region_speaks_as_a_government_not_a_person(text, lang, expected):
    a = chronique.analyze(text, published="2025-03-05", lang=lang)
    assert [(c["speaker"]["name"], c["speaker"]["kind"]) for c in a.claims] == expected


@pytest.mark.parametrize("text, speaker", [
    ("Chinese President Xi Jinping, who opened a port in Chancay, Peru, said trade would grow.", "Xi Jinping"),
    ("Maria Lopez, a teacher in Chancay, Peru, said the port changed everything.", "Maria Lopez"),
    ("The mayor of Cusco, Peru, said the storm was over.", "The mayor of Cusco"),
    ("John Smith, based in Raleigh, North Carolina, said the storm was over.", "John Smith"),
])
def test_a_place_and_its_country_between_commas_are_no_speaker(text, speaker):
    a = chronique.analyze(text, published="2025-03-05", lang="en")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The Madagascar Vanilla Traders Union said prices fell.", "Madagascar Vanilla Traders Union"),
    ("Nepal Red Cross Society said 12 people died.", "Nepal Red Cross Society"),
    ("Wind Energy Ireland said the blade failed.", "Wind Energy Ireland"),
    ("The Netherlands' Foreign Ministry said it was in contact with the family.", "Netherlands' Foreign Ministry"),
])
def test_a_country_inside_an_institution_s_name_is_a_word_of_it(text, speaker):
    a = chronique.analyze(text, published="2025-03-05", lang="en")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


def test_a_country_in_a_compound_modifier_is_no_antecedent():
    a = chronique.analyze("The Australian Maritime Safety Authority said on Tuesday a ship lost 40 containers. The "
                          "Singapore-flagged Kestrel Bay was sailing from Melbourne when it rolled. None of its crew "
                          "was hurt, it said.", published="2025-03-05", lang="en")
    assert [c["speaker"]["name"] for c in a.claims] == ["Australian Maritime Safety Authority"] * 2


def test_the_person_after_a_country_and_a_role_noun_is_the_subject_a_possessive_refers_to():
    a = chronique.analyze("Guinea-Bissau opposition leader Augusto Mané has taken refuge in the embassy after police "
                          "surrounded his home, his party said on Tuesday.", published="2025-03-05", lang="en")
    assert [c["speaker"]["name"] for c in a.claims] == ["Augusto Mané's party"]


@pytest.mark.parametrize("text, speaker", [
    ("Five people were killed, Israeli authorities said.", "Israeli authorities"),
    ("Five people were killed, according to Lebanese authorities.", "Lebanese authorities"),
    ("Lebanese authorities said five people were killed.", "Lebanese authorities"),
])
def test_authorities_named_by_their_nationality_speak(text, speaker):
    a = chronique.analyze(text, published="2024-10-15", lang="en")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("State-run media said the talks failed.", "state media"),
    ("The state-owned company said profits fell.", "state-owned company"),
])
def test_state_in_a_compound_adjective_is_no_verb(text, speaker):
    # "state-run", "state-owned": the noun "state", not the verb "to state"
    a = chronique.analyze(text, published="2024-10-15", lang="en")
    assert [(c["speaker"]["name"], c["cue"]["text"]) for c in a.claims] == [(speaker, "said")]


@pytest.mark.parametrize("text, speaker", [
    ("A wildfire killed two people, Agriculture and Forestry Minister Ibrahim Yumakli said.", "Ibrahim Yumakli"),
    ("The Health and Safety Authority said the blade had cracked.", "Health and Safety Authority"),
    ("Britain and France said the talks failed.", "United Kingdom and France"),
])
def test_a_portfolio_joined_by_and_stays_in_the_title(text, speaker):
    a = chronique.analyze(text, published="2025-07-23", lang="en")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text, lang, expected", [
    ("The ministry urged consumers to buy only from known sellers.", "en",
     [("appeal", "consumers to buy only from known sellers")]),
    ("Commission chairman Esau Mulenga urged calm.", "en", [("appeal", "calm")]),
    ("L'Union africaine a appelé au calme.", "fr", [("appeal", "calme")]),
    ("Des enseignants ont appelé à annuler l'épreuve.", "fr", [("appeal", "annuler l'épreuve")]),
    ("L'ONU a exhorté les belligérants à cesser les hostilités.", "fr",
     [("appeal", "les belligérants à cesser les hostilités")]),
    ("L'Union africaine a condamné lundi le coup d'État.", "fr", [("criticism", "le coup d'État")]),
    ("« C'est jouer à la roulette russe », tance Laurent Vasseur.", "fr",
     [("criticism", "C'est jouer à la roulette russe")]),
    # a court's sentence is no criticism
    ("Le tribunal a condamné mardi l'ancien maire à deux ans de prison avec sursis.", "fr", []),
])
def test_appeals_and_condemnations_with_a_plain_object_are_claims(text, lang, expected):
    a = chronique.analyze(text, published="2025-07-28", lang=lang)
    assert [(c["kind"], c["content"]["text"]) for c in a.claims] == expected


@pytest.mark.parametrize("text, lang", [
    ("Le fonctionnaire a été mis en examen lundi, a indiqué le procureur, Gérard Lenoir. « La légitime défense "
     "n'est pas retenue », a-t-il affirmé.", "fr"),
    ("The officer was charged on Monday, prosecutor Gerard Lenoir said. \"Self-defence is not an option,\" he added.",
     "en"),
])
def test_a_pronoun_after_words_reported_before_their_verb_is_the_speaker_not_the_words_subject(text, lang):
    a = chronique.analyze(text, published="2025-03-11", lang=lang)
    assert [(c["speaker"]["entity"], c["anonymous"]) for c in a.claims] == [("Gérard Lenoir" if lang == "fr" else
                                                                            "Gerard Lenoir", False)] * 2


@pytest.mark.parametrize("text, lang, speaker", [
    ("Selon un communiqué militaire, deux roquettes ont été interceptées.", "fr", "un communiqué militaire (anonyme)"),
    # (named without what is told of it)
    ("According to a poll published Tuesday, 87% of voters support the strike.", "en", "a poll (anonymous)"),
    # a named author speaks; a name after the noun is its author's, no unnamed source
    ("Selon un communiqué de l'armée, deux roquettes ont été interceptées.", "fr", "armée"),
])
def test_a_document_of_no_named_author_is_an_unnamed_source(text, lang, speaker):
    a = chronique.analyze(text, published="2025-03-21", lang=lang)
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]
    assert a.claims[0]["anonymous"] == speaker.endswith(")")


def test_a_poll_named_by_its_pollster_is_no_unnamed_source():
    a = chronique.analyze("Selon un sondage Ifop publié dimanche, 60 % des Français approuvent.", published="2025-09-22",
                          lang="fr")
    assert not any(c["anonymous"] and "sondage" in c["speaker"]["name"] for c in a.claims)


@pytest.mark.parametrize("text, speaker", [
    ("UN peacekeepers in southern Lebanon said Israeli tanks had forced their way into a position.",
     "UN peacekeepers in southern Lebanon"),
    ("Residents in northern Gaza said the strikes continued.", "residents in northern Gaza"),
])
def test_a_place_after_a_part_of_it_completes_the_speaker(text, speaker):
    a = chronique.analyze(text, published="2025-03-21", lang="en")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


def test_the_prosecutor_at_an_assize_court_is_no_defence_lawyer():
    # « l'avocate générale » prosecutes: « l'avocat » who pleads for the accused is not her
    a = chronique.analyze("L'avocate générale a requis la perpétuité. Me Pierre Castagnet a plaidé. « Mon client n'a "
                          "jamais nié les faits », a soutenu l'avocat.", published="2025-06-13", lang="fr")
    assert [c["speaker"]["entity"] for c in a.claims] != ["avocate générale"]
    assert all("générale" not in c["speaker"]["name"] for c in a.claims)
    b = chronique.analyze("L'avocat général, Jean Dupuis, a requis vingt ans. « Il a agi seul », a estimé l'avocat "
                          "général.", published="2025-06-13", lang="fr")
    assert [c["speaker"]["name"] for c in b.claims] == ["Jean Dupuis"]


def test_a_non_governmental_organisation_with_lowercase_words_is_named_whole():
    a = chronique.analyze("Selon Médecins sans frontières, la situation empire. MSF a dénoncé des entraves. Reporters "
                          "sans frontières a condamné l'arrestation.", published="2025-03-12", lang="fr")
    assert [c["speaker"]["name"] for c in a.claims] == ["Médecins sans frontières", "Médecins sans frontières",
                                                        "Reporters sans frontières"]


@pytest.mark.parametrize("text, cue, content", [
    ("Governor Andrew Bailey signalled that borrowing costs could fall in December.", "signalled",
     "borrowing costs could fall in December"),
    ("The Fed signaled that rates would stay high.", "signaled", "rates would stay high"),
    ("The rebels claimed to control most of the city.", "claimed", "to control most of the city"),
])
def test_signalling_and_claiming_to_are_claims(text, cue, content):
    a = chronique.analyze(text, published="2025-11-06", lang="en")
    assert [(c["cue"]["text"], c["content"]["text"]) for c in a.claims] == [(cue, content)]


@pytest.mark.parametrize("text, speaker", [
    ('"There is a real question," one of the officials said.', "one of the officials (anonymous)"),
    ("One of the officials said the talks failed.", "One of the officials (anonymous)"),
])
def test_one_of_a_group_is_one_unnamed_member_speaking(text, speaker):
    a = chronique.analyze(text, published="2025-01-29", lang="en")
    assert [(c["speaker"]["name"], c["anonymous"]) for c in a.claims] == [(speaker, True)]


@pytest.mark.parametrize("lang, text, speakers", [
    # regional organisations of both languages, one name across them; "the bloc" refers back to one
    ("en", "ECOWAS said it would hold a summit on Thursday. The bloc threatened to impose sanctions.",
     ["ECOWAS", "ECOWAS"]),
    ("en", "The African Union said it would hold a summit on Thursday. The bloc threatened to impose sanctions.",
     ["African Union", "African Union"]),
    ("fr", "La Cédéao a déclaré qu'elle tiendrait un sommet jeudi. Le bloc régional a menacé d'imposer des "
           "sanctions.", ["ECOWAS", "ECOWAS"]),
    ("fr", "L'Union africaine a déclaré qu'elle tiendrait un sommet jeudi. L'organisation régionale a menacé "
           "d'imposer des sanctions.", ["African Union", "African Union"]),
])
def test_regional_organisations_are_named_and_the_bloc_refers_back_to_them(lang, text, speakers):
    claims = chronique.analyze(text, published="2026-02-10", lang=lang).claims
    assert [c["speaker"]["name"] for c in claims] == speakers


def test_it_after_the_rsf_is_the_rsf():
    # "the RSF" is one movement: "it" refers back to it
    claims = chronique.analyze("The RSF has been accused of ethnic cleansing against the Masalit, which it denies.",
                               published="2024-10-28", lang="en").claims
    assert [(c["speaker"]["name"], c["kind"]) for c in claims] == [("Rapid Support Forces", "denial")]


@pytest.mark.parametrize("text, lang, speaker", [
    pytest.param("Les ministres français et allemand ont affirmé qu'ils se reverraient.", "fr",
                 "Les ministres français et allemand", id="fr-nationalities-joined-after-the-noun"),
    pytest.param("Des responsables américains et égyptiens ont affirmé qu'ils se reverraient.", "fr",
                 "Des responsables américains et égyptiens (anonyme)", id="fr-unnamed-officials-of-two-nations"),
    pytest.param("French and German leaders said they would meet again.", "en",
                 "French and German leaders", id="en-joined-nationalities-opening-the-sentence"),
    pytest.param("Les dirigeants européens ont affirmé qu'ils se reverraient.", "fr",
                 "Les dirigeants européens", id="fr-leaders-a-plural-title"),
])
def test_a_title_of_two_joined_nationalities_names_the_people_of_both(text, lang, speaker):
    cs = chronique.analyze(text, lang=lang, published=PUB).claims
    assert [c["speaker"]["name"] for c in cs] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # « son entourage » names a group: the « il » after it is the one whose entourage it is
    ("Emmanuel Macron ne se représentera pas, a annoncé son entourage. Il avait promis de rester jusqu'au bout.",
     ["entourage d'Emmanuel Macron (anonyme)", "Emmanuel Macron"]),
    ("Le ministre est malade, a indiqué son entourage. Il a toutefois affirmé qu'il viendrait.",
     ["son entourage (anonyme)", "Le ministre"]),
])
def test_a_singular_pronoun_after_an_entourage_refers_to_the_person_not_the_group(text, speakers):
    a = chronique.analyze(text, published="2025-03-05", lang="fr")
    assert [c["speaker"]["name"] for c in a.claims] == speakers


@pytest.mark.parametrize("text, lang, entity", [
    # an unnamed judge speaks by the acts of a public office, on the record: no anonymous source
    ("A federal judge on Monday blocked the plan, saying it was illegal.", "en", "federal judge"),
    ("Un juge a suspendu l'arrêté lundi, estimant qu'il était illégal.", "fr", "juge"),
])
def test_an_unnamed_judge_is_no_anonymous_source(text, lang, entity):
    (c,) = chronique.analyze(text, published="2025-03-05", lang=lang).claims
    assert (c["speaker"]["entity"], c["anonymous"], c["speaker"]["kind"]) == (entity, False, "person")


@pytest.mark.parametrize("text, lang", [
    ("A police officer said the man fled.", "en"),
    ("Un policier a indiqué que l'homme avait fui.", "fr"),
])
def test_an_unnamed_officer_stays_an_anonymous_source(text, lang):
    (c,) = chronique.analyze(text, published="2025-03-05", lang=lang).claims
    assert c["anonymous"] is True


@pytest.mark.parametrize("text, lang, speaker", [
    # the lede's unnamed speaker is the first person the story names after it, of a compatible title
    ("WASHINGTON (Reuters) - A federal judge on Monday blocked the plan, saying it likely violated the law.\n\n"
     "U.S. District Judge Amy Berman wrote that the cuts could not take effect.", "en", "Amy Berman"),
    ("A Connecticut collector has sued a Manhattan gallery, claiming that the landscape it sold him is a "
     "forgery.\n\nThe lawsuit, filed by Richard Ashby, a retired banker, says the gallery ignored red flags.",
     "en", "Richard Ashby"),
    ("Un juge a suspendu lundi l'arrêté, estimant qu'il était illégal.\n\nLe juge Paul Martin a fixé une "
     "audience au 14 avril.", "fr", "Paul Martin"),
    # an institution: the first one named after the lede whose name holds its class
    ("A federal appeals court on Tuesday blocked a Louisiana law, ruling that it likely violates the First "
     "Amendment.\n\nA panel of the 5th U.S. Circuit Court of Appeals upheld an injunction.", "en",
     "5th U.S. Circuit Court of Appeals"),
])
def test_an_unnamed_speaker_of_the_lede_is_the_one_named_after_it(text, lang, speaker):
    first = chronique.analyze(text, published="2025-03-05", lang=lang).claims[0]
    assert first["speaker"]["name"] == speaker


@pytest.mark.parametrize("text, lang, speaker", [
    # a source the text leaves unnamed stays so
    ("An official who spoke on condition of anonymity said troops would move.\n\nDefense Secretary Mark Esper "
     "said it was a precaution.", "en", "An official (anonymous)"),
    # a named person of another title is someone else
    ("A police officer said the man fled.\n\nMayor John Smith said the city was safe.", "en",
     "A police officer (anonymous)"),
    # an institution whose name does not hold the class is another one: a jury is no company
    ("A Missouri jury on Friday ordered a ride maker to pay $10 million, finding that the company ignored "
     "warnings.\n\nSkyward Rides Inc. said it would appeal.", "en", "Missouri jury"),
])
def test_an_unnamed_speaker_of_the_lede_is_not_linked_to_someone_else(text, lang, speaker):
    first = chronique.analyze(text, published="2025-03-05", lang=lang).claims[0]
    assert first["speaker"]["name"] == speaker


def test_a_place_before_a_noun_and_its_verb_describes_the_subject_of_a_gerund():
    # "A Michigan man sued ..., saying": the man speaks, not a person named Michigan
    (c,) = chronique.analyze("A Michigan man sued the city on Wednesday, saying officers arrested him without "
                             "cause.", published="2025-03-05", lang="en").claims
    assert c["speaker"]["name"] == "A Michigan man (anonymous)"


@pytest.mark.parametrize("text, speaker", [
    # « générale » after the name of the institution is its adjective, not a second title whose name would
    # be the acronym after it
    ("« C'est trop », a lancé le secrétaire fédéral de la Centrale générale FGTB, Luc Verhaegen.", "Luc Verhaegen"),
    ("« C'est trop », a lancé le secrétaire de la Confédération générale du travail, Sophie Binet.", "Sophie Binet"),
])
def test_a_title_word_after_an_institution_name_in_the_complement_is_its_adjective(text, speaker):
    (c,) = chronique.analyze(text, published="2025-03-05", lang="fr").claims
    assert c["speaker"]["name"] == speaker


def test_the_title_of_a_person_is_the_head_before_the_complement():
    # the head of « le directeur de la Direction générale ... » is « directeur »: « le directeur » later is
    # that person
    a = chronique.analyze("« C'est grave », a déclaré le directeur de la Direction générale de la sécurité "
                          "intérieure, Nicolas Lerner. « Nous agirons », a ajouté le directeur.",
                          published="2025-03-05", lang="fr")
    assert [c["speaker"]["name"] for c in a.claims] == ["Nicolas Lerner", "Nicolas Lerner"]


@pytest.mark.parametrize("text, lang, speaker", [
    # a person's age after the noun naming them ends the noun phrase
    ("Le négociant de 58 ans a reconnu avoir menti.", "fr", "négociant"),
    # a measure of several hyphenated words before the noun is no part of its name
    ("The 58-year-old trader admitted that he had lied.", "en", "trader"),
])
def test_an_age_next_to_the_noun_is_no_part_of_the_speakers_name(text, lang, speaker):
    (c,) = chronique.analyze(text, published="2025-03-05", lang=lang).claims
    assert c["speaker"]["name"] == speaker


def test_a_title_after_its_modifier_refers_back_to_the_person_named_with_a_title_it_covers():
    # « l'ancien élu »: the class is « élu » (not « ancien »), which covers « député »
    a = chronique.analyze("L'ancien député Jean-Pierre Morel est jugé depuis lundi. L'ancien élu a répété à la barre "
                          "n'avoir « jamais employé d'assistant fictif ».", published="2024-10-03", lang="fr")
    assert [c["speaker"]["name"] for c in a.claims] == ["Jean-Pierre Morel"]


def test_an_unnamed_title_is_no_one_for_a_covering_title_to_refer_back_to():
    # « l'ancien maire de X » is unnamed: « l'ancien édile » later is the person the story names, through « il »
    a = chronique.analyze("Le parquet a requis quatre ans contre l'ancien maire de Villeneuve. Gérard Castellani, "
                          "67 ans, est soupçonné de corruption. À la barre, l'ancien édile a contesté toute "
                          "malversation. « Je n'ai jamais touché un centime », a-t-il répété.",
                          published="2023-11-22", lang="fr")
    assert all("maire" not in c["speaker"]["name"] for c in a.claims)


@pytest.mark.parametrize("lang, text", [
    # a one-word name apposed to a noun of companies between commas is an organisation's
    ("en", "Ukrenergo, the state grid operator, said power was restored."),
    ("en", "Halvor, the Norwegian insurer, said claims rose."),
    ("fr", "Ukrenergo, l'opérateur du réseau, a indiqué que le courant était rétabli."),
])
def test_a_name_apposed_to_a_noun_of_companies_is_an_organisation(lang, text):
    assert [c["speaker"]["kind"] for c in chronique.analyze(text, published="2024-05-07", lang=lang).claims] == [
        "organization"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Smith, the company's founder, said sales rose."),
    ("fr", "Dupont, le fondateur du groupe, a indiqué que les ventes augmentaient."),
])
def test_a_name_apposed_to_a_person_of_a_company_stays_a_person(lang, text):
    assert [c["speaker"]["kind"] for c in chronique.analyze(text, published="2024-05-07", lang=lang).claims] == [
        "person"]


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Boeing shares fell 3% on Tuesday. Boeing rejected the allegations. \"Our wiring meets every "
           "requirement,\" the company said.", "Boeing"),
    ("en", "A former Velloran engineer told senators the plant was unsafe. Velloran denied the report. \"We "
           "meet every rule,\" the company said.", "Velloran"),
    ("fr", "Les salariés d'Arvelis sont inquiets. Arvelis a démenti ces informations. « Nos avions sont sûrs », "
           "a assuré l'entreprise.", "Arvelis"),
])
def test_a_one_word_name_shown_as_a_companys_is_an_organisation_the_company_refers_to(lang, text, name):
    # shares, engineers, employees belong to a company: its name is one, and "the company" names it
    got = _speakers(text, lang)
    assert [(n, k) for n, k, _ in got][-2:] == [(name, "organization"), (name, "organization")]


def test_a_capital_opening_a_sentence_before_employees_makes_no_company():
    # "Affected employees": an adjective capitalised by the sentence, not a company; "the company" is
    # the one named before
    got = _speakers("Quillon Systems will cut 400 jobs, according to a person familiar with the plans. "
                    "Affected employees will receive 16 weeks of severance pay, the company said.", "en")
    assert got[-1][:2] == ("Quillon Systems", "organization")


def test_another_s_institution_is_no_anaphor_of_the_company_named_last():
    # "the country's environmental regulator" is Peru's, not the mining company's
    got = _speakers("LIMA (Reuters) - A pipeline at Cordillera Minerals' copper mine spilled tailings into a river, "
                    "the country's environmental regulator said on Wednesday. Cordillera said the leak was "
                    "contained. Cordillera shares fell 4%.", "en")
    assert got[0][0] == "the country's environmental regulator"


def test_a_name_with_and_written_before_as_a_partys_is_no_joint_subject():
    # "Law and Justice" was introduced as a party: its leader speaks alone
    got = _speakers("The exit poll put the nationalist Law and Justice party at 29.1%. Law and Justice leader "
                    "Jaroslaw Kaczynski said the campaign had been unfair.", "en")
    assert got == [("Jaroslaw Kaczynski", "person", "the campaign had been unfair")]


def test_two_speakers_named_together_twice_stay_a_joint_subject():
    got = _speakers("Scholz and Macron said the talks went well. Scholz and Macron said the deal was fair.", "en")
    assert [n for n, _, _ in got] == ["Scholz and Macron", "Scholz and Macron"]


@pytest.mark.parametrize("text, lang, speaker", [
    ("Locusts invaded Kenya, the U.N. Food and Agriculture Organization said on Monday.", "en",
     "Food and Agriculture Organization"),
    ("Les criquets ont envahi le Kenya, selon la FAO.", "fr", "Food and Agriculture Organization"),
    ("Le chômage augmente, a indiqué l'Organisation internationale du travail.", "fr", "ILO"),
])
def test_the_un_agencies_of_the_gazetteer_speak(text, lang, speaker):
    a = chronique.analyze(text, lang=lang, published="2024-02-01")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Van Nistelrooy will take charge, starting with Wednesday\'s League Cup tie against Leicester City, the club said '
     'in a statement. "Everyone at Manchester United thanks Erik," it said.', "club"),
    ("Qantas plans daily flights to Bombay, the airline announced Friday. In a joint statement with the minister, it "
     "said two new flights would leave Bombay on Monday.", "airline"),
])
def test_it_refers_back_to_the_body_that_spoke_last_named_by_a_noun(text, speaker):
    a = chronique.analyze(text, lang="en", published="2024-10-28")
    assert a.claims[-1]["speaker"]["name"] == speaker


@pytest.mark.parametrize("text, kind", [
    ("Contact was lost, SpaceX said.", "organization"),
    ("OpenAI said the model was safe.", "organization"),
    # a surname's short prefix: a person
    ("DeSantis said the storm was over.", "person"),
    ("McDonald said the storm was over.", "person"),
])
def test_a_brands_capital_inside_a_word_names_an_organisation(text, kind):
    a = chronique.analyze(text, lang="en", published="2025-03-06")
    assert [c["speaker"]["kind"] for c in a.claims] == [kind]


@pytest.mark.parametrize("text, speaker", [
    ("L'émissaire a rencontré Vladimir Poutine jeudi soir, selon l'agence officielle Tass.", "TASS"),
    ("Le Maroc a signé l'accord, a indiqué la MAP.", "MAP"),
])
def test_a_state_news_agency_named_after_its_adjective_speaks_by_its_name(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2025-03-14")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


def test_truth_social_is_a_channel():
    a = chronique.analyze('Donald Trump wrote on his Truth Social platform that the numbers were "fake".', lang="en",
                          published="2024-03-08")
    assert [c["channel"] for c in a.claims] == ["post"]
