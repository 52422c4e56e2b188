"""Corpus runs: every input kind, merging across sources, claim tracking, chart, command line,
bad files, atomic outputs and resuming an interrupted run."""
import csv
import gzip
import json
import os
import time

import pytest

import chronique
from chronique import cli
from chronique.corpus import engine, view
from chronique.corpus.result import Corpus
from chronique.corpus.merge import (CLAIM_FIELDS, EVENT_FIELDS, Article, Mention, Merger, cognates, normal_words,
                                    same_speaker, speaker_key)
from conftest import SHARED

FR = (SHARED / "seeds" / "baghdad_embassy_fr.txt").read_text(encoding="utf-8")
EN = (SHARED / "seeds" / "baghdad_embassy_en.txt").read_text(encoding="utf-8")
BODY_FR = FR.split("\n", 1)[1]          # the French seed without its date line
STRIKE = "25 combattants"


def afp_variant() -> str:
    """The French dispatch as a second agency tells it: another death toll for the strikes."""
    assert STRIKE in FR
    return FR.replace(STRIKE, "12 combattants")


@pytest.fixture(scope="module")
def pair():
    """The French seed from Reuters and from AFP (12 killed instead of 25), and the English one from AP."""
    items = [{"text": FR, "source": "Reuters", "url": "https://www.reuters.com/a"},
             {"text": afp_variant(), "source": "AFP"},
             {"text": EN, "source": "AP", "published": "2019-12-31", "lang": "en"}]
    return chronique.corpus(items, engine="serial")


def strike_event(c):
    return next(e for e in c.events if e["kind"] == "lethal strike")


# ----------------------------------------------------------------------------- inputs


def test_folder_reads_date_line_source_subfolder_and_file_name(tmp_path):
    (tmp_path / "afp").mkdir()
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")                       # "date 2019-12 via Reuters"
    (tmp_path / "afp" / "b.txt").write_text(EN, encoding="utf-8")               # no date line: the folder
    (tmp_path / "c.txt").write_text("date 2019-12-31\n\n" + BODY_FR, encoding="utf-8")   # no source: the file
    (tmp_path / ".hidden.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "notes.md").write_text(FR, encoding="utf-8")
    c = chronique.corpus(tmp_path, engine="serial")
    arts = {a["id"]: a for a in c.articles}
    assert list(arts) == ["a.txt", "afp/b.txt", "c.txt"]
    assert arts["a.txt"]["source"] == "Reuters"
    assert arts["afp/b.txt"]["source"] == "afp"
    assert arts["c.txt"]["source"] == "c.txt"
    # the date line is the publication date (the partial "2019-12" completed from the text)
    assert arts["a.txt"]["published"] == "2019-12-31"
    assert arts["c.txt"]["published"] == "2019-12-31"
    assert arts["afp/b.txt"]["lang"] == "en" and arts["a.txt"]["lang"] == "fr"


def test_jsonl_fields_published_lang_url_source_are_used(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [{"id": "x1", "text": BODY_FR, "published": "2019-12-31", "lang": "fr", "source": "AFP"},
             {"text": EN, "published": "2019-12-31", "url": "https://www.example.org/news/1"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n\n", encoding="utf-8")
    c = chronique.corpus(path, engine="serial")
    a, b = c.articles
    assert (a["id"], a["source"], a["published"], a["lang"]) == ("x1", "AFP", "2019-12-31", "fr")
    assert b["source"] == "example.org" and b["url"] == "https://www.example.org/news/1"
    assert b["id"] == "articles.jsonl:2"
    assert c.analysis("x1").to_dict() == chronique.analyze(BODY_FR, published="2019-12-31", lang="fr").to_dict()


def test_csv_with_the_same_columns_and_multiline_text(tmp_path):
    path = tmp_path / "articles.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "published", "text", "lang", "extra"])
        w.writerow(["AFP", "2019-12-31", BODY_FR, "fr", "ignored"])
        w.writerow(["AP", "2019-12-31", EN, "", ""])
    c = chronique.corpus(path, engine="serial")
    assert [a["source"] for a in c.articles] == ["AFP", "AP"]
    assert [a["lang"] for a in c.articles] == ["fr", "en"]
    assert "\n" in BODY_FR.strip()
    assert c.articles[0]["chars"] == len(BODY_FR)


def test_json_array_or_articles_object_and_a_saved_result_is_refused(tmp_path):
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps([{"text": FR, "source": "A"}, {"text": EN, "source": "B"}]), encoding="utf-8")
    obj = tmp_path / "obj.json"
    obj.write_text(json.dumps({"articles": [{"text": EN, "source": "B"}]}, indent=1), encoding="utf-8")
    assert chronique.corpus(arr, engine="serial").sources == ["A", "B"]
    assert chronique.corpus(obj, engine="serial").sources == ["B"]
    saved = chronique.corpus(obj, engine="serial").save(tmp_path / "saved.json")
    with pytest.raises(ValueError, match="not articles"):
        chronique.corpus(saved)


def test_iterable_of_dicts_and_strings_and_a_generator():
    c = chronique.corpus((x for x in [{"text": FR, "source": "Reuters"}, EN]), engine="serial")
    assert [a["id"] for a in c.articles] == ["item 1", "item 2"]
    assert c.sources == ["Reuters", "item 2"]


def test_every_input_kind_gives_the_same_merged_timeline(tmp_path):
    items = [{"id": "r1", "text": FR, "source": "Reuters"}, {"id": "a1", "text": afp_variant(), "source": "AFP"}]
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in items), encoding="utf-8")
    csv_path = tmp_path / "a.csv"
    with open(csv_path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "text", "source"])
        w.writeheader()
        w.writerows(items)
    gz = tmp_path / "a.jsonl.gz"
    gz.write_bytes(gzip.compress(jsonl.read_bytes()))

    def shape(c):
        return [(e["kind"], e["start"], e["sources"], e["disagreement"]) for e in c.events]

    ref = shape(chronique.corpus(items, engine="serial"))
    for src in (jsonl, csv_path, gz):
        assert shape(chronique.corpus(src, engine="serial")) == ref, src.name


# ----------------------------------------------------------------------------- merging


def test_same_event_from_several_sources_is_one_event_keeping_every_source_and_wording(pair):
    e = strike_event(pair)
    assert e["sources"] == ["Reuters", "AFP", "AP"]
    assert len(e["mentions"]) == 3
    assert {m["source"] for m in e["mentions"]} == {"Reuters", "AFP", "AP"}
    # every wording is kept, French and English
    texts = {m["source"]: m["text"] for m in e["mentions"]}
    assert "25 combattants" in texts["Reuters"] and "12 combattants" in texts["AFP"] and "25 fighters" in texts["AP"]
    assert sum(1 for x in pair.events if x["kind"] == "lethal strike") == 1


def test_disagreeing_figures_are_kept_with_their_sources_and_flagged(pair):
    e = strike_event(pair)
    killed = {v["value"]: v["sources"] for v in e["figures"]["killed"]}
    assert killed == {25: ["Reuters", "AP"], 12: ["AFP"]}
    assert [d["about"] for d in e["disagreement"]] == ["killed"]
    row = pair.timeline().set_index("id").loc[e["id"]]
    assert "25 (Reuters, AP)" in row["disagreement"] and "12 (AFP)" in row["disagreement"]
    assert row["casualties"] == 25
    # events on which the sources agree carry no disagreement
    assert all(not x["disagreement"] for x in pair.events if x["kind"] == "attack on diplomatic mission")


def digest(events=(), claims=(), published="2019-12-31", lang="en"):
    def ev(**kw):
        row = dict.fromkeys(EVENT_FIELDS)
        row.update({"kind": "air strike", "rung": 6, "modality": "asserted", "claims": []})
        row.update(kw)
        return tuple(row[f] for f in EVENT_FIELDS)

    def cl(**kw):
        row = dict.fromkeys(CLAIM_FIELDS)
        row.update({"mode": "direct", "kind": "statement", "hedges": []})
        row.update(kw)
        row["norm"] = " ".join(normal_words(row["text"] or ""))
        return tuple(row[f] for f in CLAIM_FIELDS)

    return {"lang": lang, "published": published, "events": [ev(**e) for e in events],
            "claims": [cl(**c) for c in claims]}


def day(d):
    return {"start": f"{d}T00:00:00", "end": f"{d}T23:59:59"}


def merged(*digests):
    m = Merger()
    for k, d in enumerate(digests):
        m.add(Article(index=k, id=f"a{k}", source=f"S{k}"), d)
    return m


def test_events_merge_only_with_the_same_kind_overlapping_dates_and_compatible_actors():
    base = {"id": "e1", "actor": "United States", "target": "Hezbollah", **day("2019-12-29")}
    m = merged(
        digest([base]),
        digest([{**base, "target": None}]),                                 # target unknown: same event
        digest([{**base, "actor": "Israel"}]),                              # another actor: another event
        digest([{**base, **day("2019-12-20")}]),                            # another day
        digest([{**base, "kind": "lethal attack"}]),                        # another kind
        digest([{**base, "modality": "negated"}]),                          # denied, not asserted
    )
    assert [len(cl.members) for cl in m.events] == [2, 1, 1, 1, 1]


def test_events_without_any_actor_merge_but_one_with_an_actor_needs_something_in_common():
    plain = {"id": "e1", **day("2019-12-29")}
    m = merged(digest([plain]), digest([plain]), digest([{**plain, "actor": "Iran"}]))
    assert [len(cl.members) for cl in m.events] == [2, 1]
    # a shared figure ties them even without actors on one side
    m = merged(digest([{**plain, "actor": "Iran", "troops": 750}]), digest([{**plain, "troops": 750}]))
    assert [len(cl.members) for cl in m.events] == [2]


def test_the_same_town_ties_events_and_two_towns_keep_them_apart():
    plain = {"id": "e1", **day("2023-01-14")}
    # one report knows the doer, the other the town only: the town they share ties them
    m = merged(digest([{**plain, "actor": "Russia", "place": "Dnipro"}]), digest([{**plain, "place": "Dnipro"}]))
    assert [len(cl.members) for cl in m.events] == [2]
    # the town is compared without case, accents or hyphens
    m = merged(digest([{**plain, "actor": "Russia", "place": "Kryvyi-Rih"}]),
               digest([{**plain, "place": "Kryvyï Rih"}]))
    assert [len(cl.members) for cl in m.events] == [2]
    # two towns on the same day are two happenings, even by the same doer
    m = merged(digest([{**plain, "actor": "Russia", "place": "Dnipro"}]),
               digest([{**plain, "actor": "Russia", "place": "Kharkiv"}]))
    assert [len(cl.members) for cl in m.events] == [1, 1]
    # with nothing in common but the day, a report with a doer stays apart (as before)
    m = merged(digest([{**plain, "actor": "Russia"}]), digest([plain]))
    assert [len(cl.members) for cl in m.events] == [1, 1]


def test_a_town_spelled_otherwise_in_another_language_is_the_same_town_and_far_apart_names_are_two():
    plain = {"id": "e1", **day("2021-03-03")}
    # « Rangoun » in a French dispatch and "Yangon" in an English one: one town, which ties a report with a
    # doer to one without, as a town shared does
    m = merged(digest([{**plain, "actor": "police", "place": "Rangoun"}], lang="fr"),
               digest([{**plain, "place": "Yangon"}], lang="en"))
    assert [len(cl.members) for cl in m.events] == [2]
    # within one language, two spellings are two towns
    m = merged(digest([{**plain, "place": "Rangoun"}]), digest([{**plain, "place": "Yangon"}]))
    assert [len(cl.members) for cl in m.events] == [1, 1]
    # across languages, towns whose names are far apart stay two happenings, even by the same doer
    for fr, en in (("Odessa", "Kharkiv"), ("Melitopol", "Mariupol"), ("Mandalay", "Yangon")):
        m = merged(digest([{**plain, "actor": "Russia", "place": fr}], lang="fr"),
                   digest([{**plain, "actor": "Russia", "place": en}], lang="en"))
        assert [len(cl.members) for cl in m.events] == [1, 1], (fr, en)


def test_one_strike_told_in_three_dispatches_and_two_languages_is_one_event_with_each_toll():
    items = [
        {"source": "Reuters", "published": "2023-01-14", "lang": "en", "text":
            "A Russian missile slammed into an apartment building in the central Ukrainian city of Dnipro on "
            "Saturday, killing at least 12 people, regional officials said."},
        {"source": "AFP", "published": "2023-01-15", "lang": "fr", "text":
            "Le bilan de la frappe russe qui a touché samedi un immeuble d'habitation à Dnipro, dans le centre "
            "de l'Ukraine, est passé dimanche à 25 morts, selon les autorités régionales."},
        {"source": "Le Monde", "published": "2023-01-17", "lang": "fr", "text":
            "À Dnipro, le bilan de la frappe qui a éventré samedi un immeuble de neuf étages atteint 44 morts."},
    ]
    c = chronique.corpus(items, engine="serial")
    strikes = [e for e in c.events if e["kind"] == "lethal strike"]
    assert len(strikes) == 1
    strike = strikes[0]
    assert (strike["value"], strike["place"], strike["sources"]) == ("2023-01-14", "Dnipro",
                                                                      ["Reuters", "AFP", "Le Monde"])
    assert {v["value"]: v["sources"] for v in strike["figures"]["killed"]} == {12: ["Reuters"], 25: ["AFP"],
                                                                               44: ["Le Monde"]}
    assert [d["about"] for d in strike["disagreement"]] == ["killed"]


def test_a_town_named_otherwise_in_french_is_the_same_town_and_a_region_is_no_town():
    items = [
        {"source": "AFP", "published": "2024-03-12", "lang": "fr", "text":
            "Une frappe aérienne a tué lundi au moins 12 personnes à Bagdad, selon la police."},
        {"source": "Reuters", "published": "2024-03-12", "lang": "en", "text":
            "An air strike killed at least 15 people in Baghdad on Monday, police said."},
        # another town the same day: another happening
        {"source": "AP", "published": "2024-03-12", "lang": "en", "text":
            "An air strike killed at least 15 people in Mosul on Monday, police said."},
    ]
    c = chronique.corpus(items, engine="serial")
    strikes = sorted((e["place"], e["sources"]) for e in c.events if e["kind"] == "lethal strike")
    assert strikes == [("Baghdad", ["AFP", "Reuters"]), ("Mosul", ["AP"])]
    # the same town under its French name in another dispatch: « Mossoul » is Mosul
    c = chronique.corpus(items[2:] + [{"source": "Le Figaro", "published": "2024-03-12", "lang": "fr", "text":
                                       "Une frappe aérienne a tué lundi au moins 12 personnes à Mossoul."}],
                         engine="serial")
    assert [(e["place"], e["sources"]) for e in c.events if e["kind"] == "lethal strike"] \
        == [("Mosul", ["AP", "Le Figaro"])]
    # a region is no town: « au Moyen-Orient » and "to the Middle East" do not keep two deployments apart
    items = [
        {"source": "AFP", "published": "2019-12-31", "lang": "fr", "text":
            "Le Pentagone va envoyer environ 750 soldats supplémentaires au Moyen-Orient, a annoncé mardi Mark "
            "Esper."},
        {"source": "Reuters", "published": "2019-12-31", "lang": "en", "text":
            "The Pentagon will send about 750 additional troops to the Middle East, Mark Esper said on Tuesday."},
    ]
    c = chronique.corpus(items, engine="serial")
    assert [(e["place"], e["sources"]) for e in c.events] == [(None, ["AFP", "Reuters"])]


def test_the_same_state_named_ties_a_report_with_a_doer_to_one_without():
    items = [
        {"source": "Reuters", "published": "2021-03-03", "lang": "en", "text":
            "Myanmar security forces shot dead 38 people on Wednesday, the United Nations said."},
        {"source": "AFP", "published": "2021-03-03", "lang": "fr", "text":
            "Au moins 18 manifestants birmans ont été tués mercredi, selon une association."},
        # another state the same day: another happening
        {"source": "AP", "published": "2021-03-03", "lang": "en", "text":
            "At least 12 protesters were killed in Nigeria on Wednesday, witnesses said."},
    ]
    c = chronique.corpus(items, engine="serial")
    assert sorted(e["sources"] for e in c.events if e["kind"] == "lethal attack") == [["AP"], ["Reuters", "AFP"]]
    # an undated follow-up needs a closer tie than the state
    c = chronique.corpus(items[:1] + [{"source": "AFP", "published": "2021-03-04", "lang": "fr", "text":
                                       "Des manifestants birmans ont été tués, selon une association."}],
                         engine="serial")
    assert sorted(e["sources"] for e in c.events if e["kind"] == "lethal attack") == [["AFP"], ["Reuters"]]


def test_crowds_counted_differently_by_two_sources_are_one_protest_with_both_figures():
    items = [
        {"source": "Police", "published": "2023-03-08", "lang": "en", "text":
            "About 80,000 people marched in Lyon on Tuesday against the pension reform."},
        {"source": "Unions", "published": "2023-03-08", "lang": "en", "text":
            "Some 150,000 protesters marched in Lyon on Tuesday against the pension reform."},
    ]
    c = chronique.corpus(items, engine="serial")
    protests = [e for e in c.events if e["kind"] == "protest"]
    assert len(protests) == 1
    assert {v["value"]: v["sources"] for v in protests[0]["figures"]["crowd"]} == {80000: ["Police"],
                                                                                  150000: ["Unions"]}
    assert [d["about"] for d in protests[0]["disagreement"]] == ["crowd"] and protests[0]["crowd"] == 150000


def test_a_toll_revised_upwards_day_after_day_is_marked_rising_and_a_contested_one_is_not():
    strike = {"id": "e1", "kind": "lethal strike", "actor": "Russia", "place": "Dnipro", **day("2023-01-14")}
    items = [digest([{**strike, "killed": 12}], published="2023-01-14"),
             digest([{**strike, "killed": 25}], published="2023-01-15"),
             digest([{**strike, "killed": 44}], published="2023-01-17")]
    c = Corpus(merged(*items), [])
    (about,) = c.events[0]["disagreement"]
    assert (about["about"], about.get("trend")) == ("killed", "rising")
    assert "killed (rising as the days went on): 12 (S0) · 25 (S1) · 44 (S2)" == c.timeline()["disagreement"].iloc[0]
    # two figures published the same day, or a later one lower, are contested
    for second in (("2023-01-14", 25), ("2023-01-15", 10)):
        c = Corpus(merged(items[0], digest([{**strike, "killed": second[1]}], published=second[0])), [])
        (about,) = c.events[0]["disagreement"]
        assert "trend" not in about


def test_two_events_of_one_article_are_never_merged_together():
    e = {"actor": "Iran", **day("2019-12-29")}
    m = merged(digest([{**e, "id": "e1"}, {**e, "id": "e2"}]))
    assert len(m.events) == 2


def test_undated_events_merge_only_when_reported_within_days():
    e = {"id": "e1", "actor": "United States", "kind": "sanctions"}
    m = merged(digest([e], published="2019-12-31"), digest([e], published="2020-01-02"),
               digest([e], published="2020-03-01"))
    assert [len(cl.members) for cl in m.events] == [2, 1]


def test_an_undated_follow_up_joins_the_event_dated_days_before_that_something_ties_it_to():
    dated = {"id": "e1", "kind": "lethal strike", "actor": "Russia", "place": "Dnipro", **day("2023-01-14")}
    undated = {"id": "e1", "kind": "lethal strike", "place": "Dnipro"}
    m = merged(digest([dated], published="2023-01-14"), digest([undated], published="2023-01-16"))
    assert [len(cl.members) for cl in m.events] == [2]
    # nothing in common but the kind, or published too long after, or another town: apart
    for later, published in (({"id": "e1", "kind": "lethal strike"}, "2023-01-16"), (undated, "2023-01-20"),
                             ({**undated, "place": "Kharkiv"}, "2023-01-16")):
        m = merged(digest([dated], published="2023-01-14"), digest([later], published=published))
        assert [len(cl.members) for cl in m.events] == [1, 1]


def test_an_articles_dated_report_joins_before_its_undated_one():
    dated = {"id": "e1", "kind": "lethal strike", "actor": "Russia", "place": "Dnipro", **day("2023-01-14")}
    later = [{"id": "e1", "kind": "lethal strike", "place": "Dnipro"},
             {"id": "e2", "kind": "lethal strike", "actor": "Russia", "place": "Dnipro", **day("2023-01-14")}]
    m = merged(digest([dated], published="2023-01-14"), digest(later, published="2023-01-15"))
    first = m.events[0]
    assert len(first.members) == 2 and all(Mention(member).t0 is not None for member in first.members)


def test_overlapping_dates_that_do_not_nest_are_flagged():
    e = {"id": "e1", "actor": "Iran"}
    m = merged(digest([{**e, "start": "2019-12-28T00:00:00", "end": "2019-12-29T23:59:59", "value": "A"}]),
               digest([{**e, "start": "2019-12-29T00:00:00", "end": "2019-12-30T23:59:59", "value": "B"}]),
               digest([{**e, **day("2019-12-29"), "value": "2019-12-29"}]))
    c = Corpus(m, [])
    (ev,) = c.events
    assert [d["about"] for d in ev["disagreement"]] == ["date"]
    assert ev["value"] == "2019-12-29"          # the most precise report dates the merged event


def test_a_merged_row_carries_the_warnings_of_the_report_whose_wording_dates_it():
    e = {"id": "e1", "actor": "Iran", **day("2019-12-31")}
    m = merged(digest([{**e, "wording": "la journée"}]),
               digest([{**e, "wording": "Tuesday January 31", "flags": "weekday-date mismatch: 2019-12-31"}]))
    c = Corpus(m, [])
    (row,) = c.rows()
    assert (row["wording"], row["flags"]) == ("la journée", "")
    assert [x["flags"] for x in c.events[0]["mentions"]] == [None, "weekday-date mismatch: 2019-12-31"]


# ----------------------------------------------------------------------------- claims


def test_claim_repeated_changed_and_attributed_to_someone_else_is_tracked():
    quote = "About 750 soldiers will be deployed to the region immediately"
    m = merged(
        digest(claims=[{"id": "c1", "speaker": "Mark Esper", "text": quote}], published="2019-12-31"),
        digest(claims=[{"id": "c1", "speaker": "Mark Esper", "text": quote.upper() + "!"}], published="2020-01-01"),
        digest(claims=[{"id": "c1", "speaker": "Pentagon", "mode": "indirect",
                        "text": "about 750 soldiers would be deployed to the region at once"}], published="2020-01-02"),
        digest(claims=[{"id": "c1", "speaker": "Iran", "text": "the embassy attack was planned in Washington"}]),
    )
    c = Corpus(m, [])
    first, other = c.claims
    assert [a["source"] for a in first["appearances"]] == ["S0", "S1", "S2"]
    assert [a["published"] for a in first["appearances"]] == ["2019-12-31", "2020-01-01", "2020-01-02"]
    assert first["changes"] == ["wording", "speaker", "mode"]
    assert [s["name"] for s in first["speakers"]] == ["Mark Esper", "Pentagon"]
    assert first["first_published"] == "2019-12-31" and first["last_published"] == "2020-01-02"
    assert other["sources"] == ["S3"] and other["changes"] == []


def test_a_name_spelled_another_way_is_the_same_speaker():
    # wire services transliterate names each their own way: no claim "attributed to different speakers"
    quote = "Russia had launched 40 drones and three missiles at the city overnight"
    for a, b in (("Volodymyr Zelenskiy", "Volodymyr Zelensky"), ("Oleksiy Arestovych", "Oleksiy Arestovitch"),
                 ("Sergei Shoigu", "Sergueï Choïgou"), ("Vladimir Putin", "Vladimir Poutine")):
        m = merged(digest(claims=[{"id": "c1", "speaker": a, "text": quote}]),
                   digest(claims=[{"id": "c1", "speaker": b, "text": quote}]))
        (cl,) = Corpus(m, []).claims
        assert cl["changes"] == [], (a, b)
        assert [s["name"] for s in cl["speakers"]] == [a, b]      # (each source's spelling kept)
    # another person stays another speaker
    m = merged(digest(claims=[{"id": "c1", "speaker": "Anne Martin", "text": quote}]),
               digest(claims=[{"id": "c1", "speaker": "Anna Morin", "text": quote}]))
    assert Corpus(m, []).claims[0]["changes"] == ["speaker"]


def test_a_claim_and_its_translation_by_the_same_speaker_are_one_tracked_claim():
    fr = "au moins « 80 terroristes américains » avaient été tués et des hélicoptères gravement endommagés"
    en = '80 "American terrorists" had been killed and helicopters badly damaged'
    other_fr = "l'Iran avait pris et conclu des mesures proportionnées de légitime défense"
    m = merged(
        digest(claims=[{"id": "c1", "speaker": "Sergueï Lavrov", "text": fr},
                       {"id": "c2", "speaker": "Sergueï Lavrov", "text": other_fr}], published="2020-01-08", lang="fr"),
        digest(claims=[{"id": "c1", "speaker": "Sergei Lavrov", "text": en}], published="2020-01-09"),
    )
    assert [len(cl.members) for cl in m.claims] == [2, 1]
    # the translation a month later is another claim; in someone else's mouth, it is the same claim
    # attributed to another speaker (it shares a figure and most of its words)
    for speaker, published, members in (("Sergei Lavrov", "2020-02-20", [1, 1]), ("Mark Esper", "2020-01-09", [2])):
        m2 = merged(digest(claims=[{"id": "c1", "speaker": "Sergueï Lavrov", "text": fr}], published="2020-01-08",
                           lang="fr"),
                    digest(claims=[{"id": "c1", "speaker": speaker, "text": en}], published=published))
        assert [len(cl.members) for cl in m2.claims] == members, (speaker, published)
    assert "speaker" in Corpus(m2, []).claims[0]["changes"]
    c = Corpus(m, [])
    tracked = c.claims[0]
    assert [a["text"] for a in tracked["appearances"]] == [fr, en]
    # told in two languages: neither a rewording nor a disagreement between the sources
    assert tracked["changes"] == ["language"]
    row = c.timeline().set_index("id").loc[tracked["id"]]
    assert row["disagreement"] == ""
    # a rewording within one language is still one
    m = merged(digest(claims=[{"id": "c1", "speaker": "Sergei Lavrov", "text": en}], published="2020-01-09"),
               digest(claims=[{"id": "c1", "speaker": "Sergueï Lavrov", "text": fr}], published="2020-01-09",
                      lang="fr"),
               digest(claims=[{"id": "c1", "speaker": "Sergei Lavrov", "text": en.replace("had been", "were")}],
                      published="2020-01-10"))
    assert [len(cl.members) for cl in m.claims] == [3]
    assert Corpus(m, []).claims[0]["changes"] == ["wording", "language"]


def test_a_statement_told_by_a_french_and_an_english_dispatch_is_tracked_across_them():
    items = [
        {"source": "AFP", "published": "2020-10-10", "lang": "fr", "text":
            "Le ministre russe des Affaires étrangères Sergueï Lavrov a annoncé qu'un cessez-le-feu humanitaire "
            "entrerait en vigueur le 10 octobre à midi pour permettre l'échange de prisonniers et de corps."},
        {"source": "Reuters", "published": "2020-10-10", "lang": "en", "text":
            "Russian Foreign Minister Sergei Lavrov said a humanitarian ceasefire would take effect at noon on "
            "October 10 to allow the exchange of prisoners and bodies."},
    ]
    c = chronique.corpus(items, engine="serial")
    (tracked,) = c.claims
    assert tracked["sources"] == ["AFP", "Reuters"]
    assert "language" in tracked["changes"] and "wording" not in tracked["changes"]
    assert "speaker" not in tracked["changes"]


def test_a_translation_sharing_no_spelling_is_matched_on_the_meaning_of_its_words():
    # not one word of four letters begins alike (ville/town, nuit/night, blessés/wounded): the
    # languages' glossaries give them one key each
    fr = "la ville a été bombardée toute la nuit et deux enfants ont été blessés"
    en = "the town was shelled all night and two children were wounded"
    m = merged(digest(claims=[{"id": "c1", "speaker": "Jean Dupont", "text": fr}], published="2021-05-02", lang="fr"),
               digest(claims=[{"id": "c1", "speaker": "Jean Dupont", "text": en}], published="2021-05-02"))
    assert [len(cl.members) for cl in m.claims] == [2]
    # another statement of the same speaker stays another claim
    other = "les négociations reprendront la semaine prochaine à Genève"
    m = merged(digest(claims=[{"id": "c1", "speaker": "Jean Dupont", "text": other}], published="2021-05-02",
                      lang="fr"),
               digest(claims=[{"id": "c1", "speaker": "Jean Dupont", "text": en}], published="2021-05-02"))
    assert [len(cl.members) for cl in m.claims] == [1, 1]


def test_a_translation_put_in_another_speakers_mouth_is_tracked_when_it_shares_a_figure_and_most_words():
    # an association reports the toll; an English dispatch quotes its spokesman
    fr = "tuant au moins 18 personnes dans la capitale"
    en = "at least 18 people were killed in the capital"

    def run(fr_text, en_text):
        m = merged(digest(claims=[{"id": "c1", "speaker": "Association des familles", "text": fr_text}],
                          published="2021-03-03", lang="fr"),
                   digest(claims=[{"id": "c1", "speaker": "Thomas Weber", "text": en_text}], published="2021-03-03"))
        return m

    m = run(fr, en)
    assert [len(cl.members) for cl in m.claims] == [2]
    tracked = Corpus(m, []).claims[0]
    assert "speaker" in tracked["changes"] and "language" in tracked["changes"]
    # another toll, or the same words without a figure, from someone else: another claim
    assert [len(cl.members) for cl in run(fr, en.replace("18", "19")).claims] == [1, 1]
    assert [len(cl.members) for cl in run("tuant de nombreuses personnes dans la capitale",
                                          "many people were killed in the capital").claims] == [1, 1]


@pytest.mark.parametrize("fr, en, key", [
    ("onze des seize missiles", "eleven of the sixteen missiles", "11"),
    ("au moins 18 personnes tuées", "at least 18 people killed", "=dead"),
    ("trois soldats sont morts", "three soldiers died", "=dead"),
    ("la nuit dernière", "last night", "=night"),
    ("un cessez-le-feu humanitaire", "a humanitarian cease-fire", "=ceasefire"),
])
def test_words_of_one_meaning_in_two_languages_have_one_key(fr, en, key):
    merger = Merger()
    mine = cognates(" ".join(normal_words(fr)), "fr", merger._stopwords("fr"))
    theirs = cognates(" ".join(normal_words(en)), "en", merger._stopwords("en"))
    assert key in mine and key in theirs


def test_each_glossary_key_is_in_every_language_and_each_form_is_one_word_as_the_merge_reads_it():
    from chronique.resources import LANGUAGES, module
    tables = {lang: module(lang, "glossary").GLOSSARY for lang in LANGUAGES}
    keys = {lang: set(t.values()) for lang, t in tables.items()}
    for lang, table in tables.items():
        # a key no other language has matches nothing: a misspelt key
        assert all(keys[lang] == k for k in keys.values()), lang
        assert [f for f in table if len(normal_words(f)) != 1] == [], lang
        assert len(table) > 500, lang


def test_a_translation_needs_three_shared_words_or_figures_a_quarter_of_the_shorter_telling():
    # two words of the story in common (Armenian forces) do not make two statements one
    m = merged(digest(claims=[{"id": "c1", "speaker": "Azerbaijan",
                               "text": "Armenian forces of shelling its Terter and Aghdam districts"}]),
               digest(claims=[{"id": "c1", "speaker": "Azerbaijan",
                               "text": "les forces arméniennes d'avoir tiré un missile balistique sur Gandja"}],
                      lang="fr"))
    assert [len(cl.members) for cl in m.claims] == [1, 1]
    said = "he had received an official verbal message from Tehran shortly after midnight"
    m = merged(digest(claims=[{"id": "c1", "speaker": "Adel Abdul Mahdi", "text": said}]),
               digest(claims=[{"id": "c1", "speaker": "Adel Abdel Mahdi",
                               "text": "avoir reçu peu après minuit « un message verbal officiel »"}], lang="fr"))
    assert [len(cl.members) for cl in m.claims] == [2]


def test_full_names_with_the_same_first_name_and_surname_are_one_speaker():
    assert same_speaker(speaker_key("Adel Abdel Mahdi"), {speaker_key("Adel Abdul Mahdi")})
    assert same_speaker(speaker_key("George W. Bush"), {speaker_key("George Bush")})
    assert not same_speaker(speaker_key("Mojtaba Khamenei"), {speaker_key("Ali Khamenei")})
    assert not same_speaker(speaker_key("Anne Martin"), {speaker_key("Anne Morin")})
    # (a two-letter surname says too little)
    assert not same_speaker(speaker_key("Jo Li"), {speaker_key("Jo Wu Li")})


def test_a_surname_alone_and_the_full_name_are_one_speaker_of_a_claim():
    items = [
        {"source": "Reuters", "published": "2022-07-13", "lang": "en", "text":
            'Prime Minister Ranil Wickremesinghe said that the curfew in Colombo would be lifted by Friday.'},
        {"source": "AP", "published": "2022-07-13", "lang": "en", "text":
            'Wickremesinghe said the curfew in Colombo would be lifted by Friday.'},
    ]
    c = chronique.corpus(items, engine="serial")
    tracked = [k for k in c.claims if len(k["appearances"]) == 2]
    assert len(tracked) == 1 and "speaker" not in tracked[0]["changes"]
    assert {s["name"] for s in tracked[0]["speakers"]} == {"Ranil Wickremesinghe", "Wickremesinghe"}


def test_short_claims_join_only_the_same_wording_from_the_same_speaker():
    m = merged(digest(claims=[{"id": "c1", "speaker": "United States", "text": "l'Iran"}]),
               digest(claims=[{"id": "c1", "speaker": "Donald Trump", "text": "l'Iran"}]),
               digest(claims=[{"id": "c1", "speaker": "United States", "text": "L'Iran"}]))
    assert [len(cl.members) for cl in m.claims] == [2, 1]


def test_a_claim_told_shorter_by_the_same_speaker_joins_the_longer_telling():
    long = "it had accepted a ceasefire proposal put forward by Egypt and Qatar, hours after Israel ordered " \
           "Palestinians to leave eastern Rafah"
    m = merged(digest(claims=[{"id": "c1", "speaker": "Hamas", "text": long}]),
               digest(claims=[{"id": "c1", "speaker": "Hamas", "text": "it had accepted a ceasefire proposal"}]),
               # two content words are too few to tell it is the same claim
               digest(claims=[{"id": "c1", "speaker": "Hamas", "text": "it had accepted the proposal"}]))
    assert [len(cl.members) for cl in m.claims] == [2, 1]
    # another speaker's three words of a long claim are not enough
    m = merged(digest(claims=[{"id": "c1", "speaker": "Hamas", "text": long}]),
               digest(claims=[{"id": "c1", "speaker": "Israel", "text": "it had accepted a ceasefire proposal"}]))
    assert [len(cl.members) for cl in m.claims] == [1, 1]


def test_claims_across_real_articles_record_the_other_speaker():
    b = FR.replace("Mark Esper", "Lloyd Austin")
    c = chronique.corpus([{"text": FR, "source": "Reuters"}, {"text": b, "source": "AFP"}], engine="serial")
    moved = [cl for cl in c.claims if "speaker" in cl["changes"]]
    assert moved
    for cl in moved:
        assert {a["speaker"] for a in cl["appearances"]} == {"Mark Esper", "Lloyd Austin"}
    row = c.timeline().set_index("id").loc[moved[0]["id"]]
    assert row["sources"] == ["Reuters", "AFP"] and row["mentions"] == 2 and row["disagreement"]


def test_event_and_claim_links_point_to_merged_ids(pair):
    ids = {e["id"] for e in pair.events} | {c["id"] for c in pair.claims}
    table = pair.timeline()
    for links in table["links"]:
        assert set(links) <= ids
    assert any(table["links"].map(len))


# ----------------------------------------------------------------------------- the result


def test_timeline_has_the_single_article_columns_plus_sources(pair):
    from chronique.timeline import COLUMNS

    df = pair.timeline()
    assert list(df.columns[: len(COLUMNS)]) == COLUMNS
    for col in ("source", "sources", "articles", "mentions", "disagreement"):
        assert col in df.columns
    assert len(df) == len(pair.events) + len(pair.claims)
    assert df["start"].is_monotonic_increasing or df["start"].isna().any()


def test_to_dict_and_load_give_back_the_same_corpus(pair, tmp_path):
    data = pair.to_dict()
    assert data["schema"] == "chronique.corpus/1"
    back = chronique.corpus.load(json.loads(json.dumps(data)))
    assert back.to_dict() == data and back == pair
    path = pair.save(tmp_path / "c.json")
    assert chronique.corpus.load(path).to_dict() == data
    assert back.timeline().equals(pair.timeline())


def test_json_written_piece_by_piece_is_the_json_of_to_dict(pair, tmp_path):
    for analyses in (False, True):
        assert pair.to_json(analyses=analyses) == json.dumps(pair.to_dict(analyses=analyses), ensure_ascii=False,
                                                             indent=1)
    empty = chronique.corpus([{"text": ""}], engine="serial")
    assert empty.to_json() == json.dumps(empty.to_dict(), ensure_ascii=False, indent=1)
    assert pair.save(tmp_path / "c.json").read_text(encoding="utf-8") == pair.to_json()


@pytest.mark.parametrize("bad", [{"schema": "x"}, {"schema": "chronique.corpus/1", "events": [{"id": "E1"}]},
                                 "{not json", 42])
def test_load_of_something_else_is_a_clear_value_error(bad):
    with pytest.raises(ValueError):
        chronique.corpus.load(bad)


def test_per_article_analysis_is_the_analysis_of_that_article(pair):
    a = pair.analysis("item 2")
    assert a.to_dict() == chronique.analyze(afp_variant()).to_dict()
    with pytest.raises(ValueError):
        pair.analysis("no such article")


def test_local_processes_give_the_same_result_as_one_process():
    items = [{"text": FR if k % 2 else EN, "source": f"S{k % 3}"} for k in range(6)]
    items[3]["text"] = afp_variant()
    serial = chronique.corpus(items, engine="serial")
    local = chronique.corpus(items, engine="local", workers=2)
    assert local.run["engine"] == "local" and local.run["workers"] == 2
    assert local.to_dict() == serial.to_dict()


@pytest.mark.parametrize("kw", [{"engine": "gpu"}, {"workers": 0}, {"published": "someday"}, {"lang": "de"},
                                {"scheduler": "tcp://127.0.0.1:1", "engine": "serial"}, {"max_articles": -1}])
def test_bad_arguments_are_clear_value_errors(kw):
    with pytest.raises(ValueError):
        chronique.corpus([{"text": FR}], **kw)


@pytest.mark.parametrize("source", [42, b"text", {"text": "x"}, "/no/such/folder", FR, "x" * 5000, "a\0b"])
def test_bad_sources_are_clear_value_errors(source):
    with pytest.raises(ValueError):
        chronique.corpus(source)


def test_csv_without_a_text_column_is_a_clear_value_error(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("title,body\nx,y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no 'text' column"):
        chronique.corpus(p)


# ----------------------------------------------------------------------------- bad files


def test_corrupt_unreadable_and_non_utf8_files_are_reported_and_skipped(tmp_path):
    (tmp_path / "good.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Mardi soir, l'ambassade a été attaquée.".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing-target")
    (tmp_path / "z_good.txt").write_text(EN, encoding="utf-8")
    c = chronique.corpus(tmp_path, engine="serial")
    assert [a["id"] for a in c.articles] == ["good.txt", "z_good.txt"]
    errors = {f["id"]: f["error"] for f in c.failures}
    assert set(errors) == {"latin1.txt", "binary.txt", "empty.txt", "gone.txt"}
    assert "UTF-8" in errors["latin1.txt"] and "empty" in errors["empty.txt"]
    assert "cannot read" in errors["gone.txt"]


def test_bad_lines_and_rows_are_reported_and_the_rest_is_read(tmp_path):
    jl = tmp_path / "a.jsonl"
    jl.write_bytes(b'{"text": "' + BODY_FR[:400].replace('"', "'").replace("\n", " ").encode() + b'"}\n'
                   b"{broken\n" + b'{"text": "caf\xe9"}\n' + b'["not", "a dict"]\n' + b'{"title": "no text"}\n'
                   + json.dumps({"text": EN}).encode() + b"\n")
    c = chronique.corpus(jl, engine="serial")
    assert len(c.articles) == 2
    assert [f["id"] for f in c.failures] == ["a.jsonl:2", "a.jsonl:3", "a.jsonl:4", "a.jsonl:5"]
    cv = tmp_path / "a.csv"
    cv.write_bytes(b"text,source\n" + b'"' + EN.replace('"', '""').encode() + b'",AP\n' + b"caf\xe9,X\n")
    c = chronique.corpus(cv, engine="serial")
    assert len(c.articles) == 1 and "UTF-8" in c.failures[0]["error"]


def test_a_truncated_gzip_file_keeps_what_was_read(tmp_path):
    data = gzip.compress("".join(json.dumps({"text": t}) + "\n" for t in (FR, EN, FR)).encode())
    p = tmp_path / "a.jsonl.gz"
    p.write_bytes(data[: len(data) * 2 // 3])
    c = chronique.corpus(p, engine="serial")
    assert len(c.articles) >= 1 and c.failures and "corrupt" in c.failures[-1]["error"]


# ----------------------------------------------------------------------------- the chart


def test_chart_has_a_source_filter_over_the_source_names(pair):
    spec = pair.chart().to_dict()
    (param,) = [p for p in spec["params"] if p["name"] == view.FILTER]
    assert param["bind"]["input"] == "select"
    assert param["bind"]["options"] == ["", "Reuters", "AFP", "AP"]
    filtered = [u for u in _units(spec) if u.get("data", {}).get("name") in ("events", "claims")]
    assert filtered and all(view.FILTER in json.dumps(u["transform"][0]) for u in filtered)
    events = spec["datasets"]["events"]
    events = json.loads(events) if isinstance(events, str) else events
    strike = next(r for r in events if r["id"] == strike_event(pair)["id"])
    assert strike["sources"] == "|Reuters|AFP|AP|"


def _units(spec):
    if isinstance(spec, dict):
        if "mark" in spec:
            yield spec
        for key in ("layer", "vconcat", "hconcat"):
            for s in spec.get(key, []):
                yield from _units(s)


def test_the_single_article_chart_has_no_source_filter():
    spec = chronique.chart(chronique.analyze(FR)).to_dict()
    assert all(p["name"] != view.FILTER for p in spec.get("params", []))


def test_saved_formats_by_suffix(pair, tmp_path):
    for suffix in (".html", ".png", ".svg", ".csv", ".json", ".vl.json", ".claims.csv"):
        path = pair.save(tmp_path / f"t{suffix}")
        assert path.stat().st_size > 100, suffix
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "t.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")
    rows = list(csv.DictReader((tmp_path / "t.csv").open(encoding="utf-8")))
    assert len(rows) == len(pair.timeline()) and rows[0]["sources"]
    apps = list(csv.DictReader((tmp_path / "t.claims.csv").open(encoding="utf-8")))
    assert len(apps) == sum(len(c["appearances"]) for c in pair.claims)
    assert json.loads((tmp_path / "t.vl.json").read_text(encoding="utf-8"))["params"]
    with pytest.raises(ValueError, match="unknown output format"):
        pair.save(tmp_path / "t.docx")


def test_html_escapes_source_names_and_failure_messages(tmp_path):
    evil = "<script>alert(1)</script>"
    c = chronique.corpus([{"text": FR, "source": evil}, {"text": "", "id": evil}], engine="serial")
    page = c.save(tmp_path / "c.html").read_text(encoding="utf-8")
    assert evil not in page.split("<script>\n", 1)[0] + page.rsplit("</script>", 2)[-1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# ----------------------------------------------------------------------------- command line


def folder(tmp_path, bad=True):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(FR, encoding="utf-8")
    (d / "b.txt").write_text(afp_variant().replace("via Reuters", "via AFP"), encoding="utf-8")
    (d / "c.txt").write_text(EN, encoding="utf-8")
    if bad:
        (d / "d.txt").write_bytes(b"\xff\xfe not text \x00\x01")
    return d


def test_cli_writes_outputs_and_exits_0(tmp_path, capsys):
    d = folder(tmp_path, bad=False)
    out = tmp_path / "out"
    out.mkdir()
    code = cli.main(["corpus", str(d), "-o", str(out / "t.json"), "-o", str(out / "t.csv"), "--engine", "serial"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "3 articles from 3 sources: 3 analysed" in printed and "wrote" in printed
    c = chronique.corpus.load(out / "t.json")
    assert c.sources == ["Reuters", "AFP", "c.txt"]
    assert any(e["disagreement"] for e in c.events)


def test_cli_failure_gives_exit_1_and_a_summary_listing_it(tmp_path, capsys):
    d = folder(tmp_path)
    code = cli.main(["corpus", str(d), "-o", str(tmp_path / "t.json"), "--engine", "serial"])
    assert code == 1
    cap = capsys.readouterr()
    assert "failed (1):" in cap.out and "d.txt:" in cap.out
    assert cap.err.strip().splitlines()[-1].startswith("chronique: error: 1 of 4 articles")
    assert (tmp_path / "t.json").is_file()       # the outputs are written all the same


@pytest.mark.parametrize("args", [["NOPE", "-o", "t.json"], ["IN", "-o", "t.docx"],
                                  ["IN", "-o", "t.json", "--workers", "0"], ["IN", "-o", "t.json", "--max", "-1"],
                                  ["IN", "-o", "t.json", "--published", "someday"],
                                  ["IN", "-o", "t.json", "--lang", "de"],
                                  ["IN", "-o", "t.json", "--engine", "serial", "--scheduler", "tcp://x:1"],
                                  ["IN", "-o", "nodir/t.json"], ["EMPTY", "-o", "t.json"]])
def test_cli_usage_errors_exit_2_with_one_line_and_write_nothing(tmp_path, capsys, args):
    d = folder(tmp_path, bad=False)
    (tmp_path / "empty").mkdir()
    names = {"IN": str(d), "EMPTY": str(tmp_path / "empty"), "NOPE": str(tmp_path / "nope")}
    args = [names.get(a) or (str(tmp_path / a) if a.startswith(("t.", "nodir")) else a) for a in args]
    assert cli.main(["corpus", *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("chronique: error:")
    assert not list(tmp_path.glob("t.*"))


@pytest.mark.parametrize("args", [["IN"], ["IN", "-o", "t.json", "--engine", "gpu"]])
def test_cli_argument_errors_exit_2(tmp_path, args):
    d = folder(tmp_path, bad=False)
    with pytest.raises(SystemExit) as exc:
        cli.main(["corpus", *[str(d) if a == "IN" else a for a in args]])
    assert exc.value.code == 2


def test_cli_progress_bar_goes_to_stderr(tmp_path, capsys):
    d = folder(tmp_path, bad=False)
    assert cli.main(["corpus", str(d), "-o", str(tmp_path / "t.csv"), "--engine", "serial", "--progress"]) == 0
    cap = capsys.readouterr()
    assert "3/3" in cap.err and "article" in cap.err and "3/3" not in cap.out


def test_cli_max_reads_only_the_first_articles(tmp_path, capsys):
    d = folder(tmp_path)
    assert cli.main(["corpus", str(d), "-o", str(tmp_path / "t.json"), "--engine", "serial", "--max", "2"]) == 0
    assert len(chronique.corpus.load(tmp_path / "t.json").articles) == 2


def test_cli_reads_json_lines_on_standard_input(tmp_path, monkeypatch, capsys):
    import io

    data = "".join(json.dumps({"text": t, "source": s}) + "\n" for t, s in ((FR, "A"), (EN, "B")))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    assert cli.main(["corpus", "-", "-o", str(tmp_path / "t.json"), "--engine", "serial"]) == 0
    assert chronique.corpus.load(tmp_path / "t.json").sources == ["A", "B"]


# ----------------------------------------------------------------------------- atomic outputs and resuming


def test_a_failed_export_leaves_no_file_and_keeps_the_previous_one(pair, tmp_path, monkeypatch):
    target = tmp_path / "t.csv"
    target.write_text("previous", encoding="utf-8")

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        pair.save(target)
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]


def test_interrupted_run_keeps_whole_parts_and_the_rerun_reuses_them(tmp_path):
    items = [{"text": t, "source": s} for t, s in ((FR, "A"), (afp_variant(), "B"), (EN, "C"), (BODY_FR, "D"))]
    parts = tmp_path / "t.json.parts"
    seen = []

    def stop_after_two(item, status):
        seen.append(item.id)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        chronique.corpus(items, engine="serial", cache=parts, on_article=stop_after_two)
    names = sorted(p.name for p in parts.iterdir())
    assert len(names) == 2 and all(n.endswith(".json.gz") for n in names)
    again = chronique.corpus(items, engine="serial", cache=parts)
    assert (again.run["reused"], again.run["analysed"]) == (2, 2)
    fresh = chronique.corpus(items, engine="serial")
    assert again.to_dict() == fresh.to_dict()
    assert again.analysis("item 3").to_dict() == fresh.analysis("item 3").to_dict()
    # a damaged part is analysed again, not trusted
    victim = sorted(parts.iterdir())[0]
    victim.write_bytes(victim.read_bytes()[:50])
    third = chronique.corpus(items, engine="serial", cache=parts)
    assert (third.run["reused"], third.run["analysed"]) == (3, 1) and third.to_dict() == fresh.to_dict()


def test_cli_interrupted_mid_way_then_rerun_reports_reused_results_and_the_same_output(tmp_path, monkeypatch,
                                                                                         capsys):
    d = folder(tmp_path, bad=False)
    out = tmp_path / "t.json"
    real = engine.analyse
    calls = []

    def flaky(text, *a, **kw):
        if len(text) > 1000:                 # an article, not the warm-up sentences
            calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(text, *a, **kw)

    monkeypatch.setattr(engine, "analyse", flaky)
    assert cli.main(["corpus", str(d), "-o", str(out), "--engine", "serial"]) == 130
    assert "interrupted" in capsys.readouterr().err
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(list((tmp_path / "t.json.parts").iterdir())) == 2
    monkeypatch.setattr(engine, "analyse", real)
    assert cli.main(["corpus", str(d), "-o", str(out), "--engine", "serial"]) == 0
    assert "1 analysed, 2 reused from" in capsys.readouterr().out
    clean = tmp_path / "clean.json"
    assert cli.main(["corpus", str(d), "-o", str(clean), "--engine", "serial", "--no-cache"]) == 0
    assert out.read_bytes() == clean.read_bytes()
    assert not (tmp_path / "clean.json.parts").exists()


def test_a_worker_that_dies_costs_only_its_article(monkeypatch):
    import multiprocessing

    from chronique.corpus.sources import read

    real = engine.analyse

    def crash_on_marker(text, *a, **kw):
        if text.startswith("CRASH"):
            os._exit(3)                      # the process dies, as on a segmentation fault or the OOM killer
        return real(text, *a, **kw)

    monkeypatch.setattr(engine, "analyse", crash_on_marker)
    items = [{"text": t, "id": f"n{k}"} for k, t in enumerate([FR, EN, "CRASH " + EN, FR, EN, FR])]
    runner = engine.LocalRunner(2, context=multiprocessing.get_context("fork"))
    try:
        out = [(item.id, status) for item, status, *_ in engine.run(read(items), runner, cache=None, total=6)]
    finally:
        runner.close()
    assert out == [("n0", "ok"), ("n1", "ok"), ("n2", "error"), ("n3", "ok"), ("n4", "ok"), ("n5", "ok")]


def test_an_interrupted_local_run_leaves_no_worker_behind():
    import multiprocessing

    items = [{"text": FR if k % 2 else EN} for k in range(30)]

    def stop(item, status):
        if item.index == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        chronique.corpus(items, engine="local", workers=2, on_article=stop)
    deadline = time.monotonic() + 5          # a terminated worker may take a moment to be reaped
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


def test_cli_stopped_by_ctrl_c_then_rerun_gives_the_output_of_an_uninterrupted_run(tmp_path):
    import signal
    import subprocess
    import sys

    # enough articles that the run is still going well after its first results are written,
    # even on a loaded machine where this process is slow to send the signal
    N = 160
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": (FR if k % 2 else EN).replace("750", str(700 + k)),
                                       "source": f"S{k % 4}"}) + "\n" for k in range(N)), encoding="utf-8")
    out, parts = tmp_path / "t.json", tmp_path / "t.json.parts"
    cmd = [sys.executable, "-m", "chronique", "corpus", str(src), "-o", str(out), "--engine", "local",
           "--workers", "2"]
    # the run gets the interrupt of a terminal even when this suite was started in the background, where the
    # shell has it ignored (a process that starts with it ignored never sees it)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if parts.is_dir() and len(list(parts.glob("*.json.gz"))) >= 3:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
    assert not out.exists()
    done = len(list(parts.glob("*.json.gz")))
    assert 3 <= done < N and not [p for p in parts.iterdir() if not p.name.endswith(".json.gz")]
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{N - done} analysed, {done} reused" in again.stdout
    clean = tmp_path / "clean.json"
    subprocess.run(cmd[:-5] + [str(clean), "--no-cache"], check=True, capture_output=True, timeout=300)
    assert out.read_bytes() == clean.read_bytes()


def test_actors_and_targets_worded_in_two_languages_do_not_keep_one_storming_apart():
    plain = {"id": "e1", "kind": "attack", **day("2022-07-09")}
    # « la résidence présidentielle » and "the President's House": two wordings, compared within one language only
    m = merged(digest([{**plain, "target": "résidence présidentielle"}], lang="fr"),
               digest([{**plain, "target": "President's House", "place": "Colombo"}], lang="en"))
    assert [len(cl.members) for cl in m.events] == [2]
    # in one language, two targets are two happenings
    m = merged(digest([{**plain, "target": "President's House"}]), digest([{**plain, "target": "parliament"}]))
    assert [len(cl.members) for cl in m.events] == [1, 1]
    # across languages, a report with a doer still needs something in common with one without
    m = merged(digest([{**plain, "actor": "manifestants"}], lang="fr"), digest([plain], lang="en"))
    assert [len(cl.members) for cl in m.events] == [1, 1]
