"""Actors and places of a document: one record per entity, every mention verifiable."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from caucasus_events.models import ActorKind, Document, Page, Quote, Span
from caucasus_events.parse import parse_page
from caucasus_events.parse.actors import extract_actors

EXPECTATIONS = Path(__file__).resolve().parents[1] / "expectations"
CORPUS = resources.files("caucasus_events") / "data" / "corpus"
STEMS = sorted(p.name[:-4] for p in CORPUS.iterdir() if p.name.endswith(".txt"))


@pytest.fixture(scope="module")
def pages() -> dict[str, Page]:
    return {stem: parse_page((CORPUS / f"{stem}.txt").read_text(encoding="utf-8"))
            for stem in STEMS}


def _doc(text: str, published: str | None = None) -> Document:
    from caucasus_events.dates import parse_date

    return Document(id="d1", text=text, published=parse_date(published) if published else None)


def test_one_actor_per_entity_however_written() -> None:
    text = ("Azerbaijani President Ilham Aliyev met reporters. Later Aliyev spoke again, and "
            "Azerbaijan’s president said more. NATO, the North Atlantic Treaty Organization, "
            "listened; Erdo?an and Erdogan are one man.")
    result = extract_actors(_doc(text, "2021-05-04"))
    by_id = {a.id: a for a in result.actors}
    aliyev = by_id["person:ilham-aliyev"]
    assert {text[s.start:s.end] for s in aliyev.mentions} == {
        "Azerbaijani President Ilham Aliyev", "Aliyev", "Azerbaijan’s president"}
    assert "Aliyev" in aliyev.aliases and aliyev.in_gazetteer
    assert len(by_id["org:nato"].mentions) == 2
    assert len(by_id["person:recep-tayyip-erdogan"].mentions) == 2


def test_rule_based_people_and_surname_links() -> None:
    text = ("Azerbaijani member of parliament Vugar Iskenderov spoke. A delegation headed by "
            "Rear Admiral Gunnstein Bruåsdal came. The chief of staff, Lieutenant General "
            "Mustafa O?uz, also came. MP Iskenderov was quoted.")
    actors = {a.name: a for a in extract_actors(_doc(text)).actors}
    iskenderov = actors["Vugar Iskenderov"]
    assert iskenderov.kind is ActorKind.PERSON and not iskenderov.in_gazetteer
    assert iskenderov.country == "AZE" and iskenderov.role == "member of parliament"
    assert "MP Iskenderov" in {text[s.start:s.end] for s in iskenderov.mentions}
    assert "Iskenderov" not in actors  # the surname-only mention joined the full name
    assert actors["Gunnstein Bruåsdal"].role == "Rear Admiral"
    assert "Mustafa O?uz" in actors


def test_rule_ids_are_deterministic_across_documents() -> None:
    a = extract_actors(_doc("Ukrainian journalist Dmytro Gordon asked.")).actors
    b = extract_actors(Document(id="d2", text="Then journalist Dmytro Gordon left.")).actors
    assert {x.id for x in a if x.name == "Dmytro Gordon"} == \
        {x.id for x in b if x.name == "Dmytro Gordon"}


def test_state_or_place_by_context() -> None:
    text = "Baku said it will not back down. The plane flew from Baku to Grozny."
    result = extract_actors(_doc(text))
    state = next(a for a in result.actors if a.id == "state:AZE")
    assert [text[s.start:s.end] for s in state.mentions] == ["Baku"]
    places = {p.id for p in result.places}
    assert {"place:baku", "place:grozny"} <= places


def test_places_by_rule() -> None:
    text = "A base could open in the Qazax district or in the Zorbistan region."
    places = {p.name: p for p in extract_actors(_doc(text)).places}
    assert "Zorbistan" in places and not places["Zorbistan"].in_gazetteer


def test_quote_speakers_resolve() -> None:
    text = ("The Azerbaijani Ministry of Defence said it. “We will meet,” the ministry stated. "
            "“Fine,” wrote Minval.az. “Yes,” said Farid Mammadov.")
    quotes = []
    for i, (words, speaker) in enumerate([("We will meet", "the ministry"),
                                          ("Fine", "Minval.az"),
                                          ("Yes", "Farid Mammadov")]):
        start = text.index(words)
        sp = text.index(speaker)
        quotes.append(Quote(id=f"q{i}", document_id="d1", text=words, speaker_text=speaker,
                            span=Span(doc_id="d1", start=start, end=start + len(words)),
                            speaker_span=Span(doc_id="d1", start=sp, end=sp + len(speaker))))
    result = extract_actors(_doc(text), quotes)
    speakers = [q.speaker for q in result.quotes]
    assert speakers[0] == "gov:aze-mod"
    assert speakers[1] == "media:minval-az"
    farid = next(a for a in result.actors if a.name == "Farid Mammadov")
    assert speakers[2] == farid.id and farid.kind is ActorKind.PERSON


@pytest.mark.parametrize("stem", STEMS)
def test_every_span_verifies(pages: dict[str, Page], stem: str) -> None:
    page = pages[stem]
    texts = {d.id: d.text for d in page.documents}
    # Only the byline's authors and the article's outlets may be actors the stored text
    # never names (the layout took their lines out).
    metadata = {n for d in page.documents for n in (
        *d.authors, *(s.name for s in (d.source, d.original_publisher) if s is not None))}
    for record in (*page.actors, *page.places):
        assert record.mentions or record.name in metadata, record
        for span in record.mentions:
            assert texts[span.doc_id][span.start:span.end].strip()
    ids = [a.id for a in page.actors]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("stem", STEMS)
def test_expected_actors_and_places(pages: dict[str, Page], stem: str) -> None:
    expected = json.loads((EXPECTATIONS / f"{stem}.events.json").read_text(encoding="utf-8"))
    page = pages[stem]
    by_name = {}
    for a in page.actors:
        assert a.name not in by_name, f"two actors named {a.name!r}"
        by_name[a.name] = a
    for want in expected["actors"]:
        actor = by_name.get(want["name"])
        assert actor is not None, want["name"]
        assert actor.kind.value == want["kind"]
        if "country" in want:
            assert actor.country == want["country"]
        assert set(want.get("aliases_include", [])) <= set(actor.aliases), actor.aliases
    names = {p.name for p in page.places}
    assert set(expected["places"]) <= names


def test_speakers_on_the_corpus(pages: dict[str, Page]) -> None:
    quotes = [q for p in pages.values() for q in p.quotes if q.speaker_text]
    resolved = [q for q in quotes if q.speaker]
    assert len(resolved) >= 0.8 * len(quotes)
    erdogan = [q for q in quotes if q.speaker_text == "Erdogan"]
    assert erdogan and all(q.speaker == "person:recep-tayyip-erdogan" for q in erdogan)


def _quote(text: str, words: str, speaker: str | None, n: int) -> Quote:
    from caucasus_events.models import Span

    qs = text.index(words)
    span = Span(doc_id="d1", start=qs, end=qs + len(words))
    if speaker is None:
        return Quote(id=f"q{n}", document_id="d1", text=words, span=span)
    ss = text.index(speaker, qs) if speaker in text[qs:] else text.index(speaker)
    return Quote(id=f"q{n}", document_id="d1", text=words, span=span, speaker_text=speaker,
                 speaker_span=Span(doc_id="d1", start=ss, end=ss + len(speaker)))


def test_pronoun_and_role_noun_speakers_resolve_to_compatible_antecedents() -> None:
    text = ("Foreign Minister Ararat Mirzoyan met Salome Zourabichvili in Tbilisi. "
            "The Ministry of Foreign Affairs of Armenia issued a note. "
            "“We will win,” she said. “It is done,” the minister said. "
            "“Noted,” the ministry said.")
    quotes = [_quote(text, "We will win,", "she", 1),
              _quote(text, "It is done,", "the minister", 2),
              _quote(text, "Noted,", "the ministry", 3)]
    result = extract_actors(_doc(text, "2024-05-01"), quotes)
    names = {a.id: a.name for a in result.actors}
    assert [names.get(q.speaker or "") for q in result.quotes] == [
        "Salome Zourabichvili", "Ararat Mirzoyan", "Ministry of Foreign Affairs of Armenia"]


def test_unattributed_quote_carries_the_last_speaker() -> None:
    text = "“First,” Prime Minister Nikol Pashinyan said.\n\n“Second.”"
    quotes = [_quote(text, "First,", "Prime Minister Nikol Pashinyan", 1),
              _quote(text, "Second.", None, 2)]
    result = extract_actors(_doc(text, "2024-05-01"), quotes)
    assert [q.speaker for q in result.quotes] == ["person:nikol-pashinyan"] * 2


def test_people_and_bodies_without_titles() -> None:
    text = ("Bako Sahakyan and Neil Hauer spoke to the Tbilisi City Court and the "
            "Ministry of Internal Affairs of Georgia. Azerbaijani forces opened fire on "
            "Armenian positions.")
    actors = {a.name: a for a in extract_actors(_doc(text)).actors}
    assert actors["Bako Sahakyan"].kind is ActorKind.PERSON
    assert actors["Neil Hauer"].kind is ActorKind.PERSON
    assert actors["Tbilisi City Court"].kind is ActorKind.GOVERNMENT_BODY
    ministry = actors["Ministry of Internal Affairs of Georgia"]
    assert ministry.kind is ActorKind.GOVERNMENT_BODY and ministry.country == "GEO"
    assert actors["Azerbaijani forces"].kind is ActorKind.GOVERNMENT_BODY
    assert "Armenian positions" in actors["Armenia"].aliases


def test_demonym_and_body_noun_name_a_public_body_of_the_state() -> None:
    text = ("Georgian police detained protesters. Azerbaijani troops and Azerbaijani forces "
            "advanced, Azerbaijan’s authorities said, and the Azerbaijani side denied it; "
            "the Azerbaijani government and Armenian positions.")
    actors = {a.name: a for a in extract_actors(_doc(text)).actors}
    police = actors["Georgian police"]
    assert police.kind is ActorKind.GOVERNMENT_BODY and police.country == "GEO"
    forces = actors["Azerbaijani troops"]  # troops and forces: one body, first form its name
    assert forces.kind is ActorKind.GOVERNMENT_BODY and forces.country == "AZE"
    assert "Azerbaijani forces" in forces.aliases
    government = actors["Azerbaijan’s authorities"]  # authorities and government: one body
    assert government.kind is ActorKind.GOVERNMENT_BODY
    assert "Azerbaijani government" in government.aliases
    assert "Azerbaijani side" in actors["Azerbaijan"].aliases  # the state acting
    assert "Armenian positions" in actors["Armenia"].aliases


def test_country_of_unknown_people_from_surname_form_and_document() -> None:
    text = ("Armenia and Georgia talked. Vazgen Sahakyants, Irakli Okruashvili and "
            "Rasim Musabekov of Azerbaijan met in Azerbaijan.")
    actors = {a.name: a for a in extract_actors(_doc(text)).actors}
    assert actors["Vazgen Sahakyants"].country == "ARM"
    assert actors["Irakli Okruashvili"].country == "GEO"
    assert actors["Rasim Musabekov"].country == "AZE"  # "-ov", and the page names Azerbaijan


def test_body_noun_alone_joins_the_one_body_named_or_the_state_after_it() -> None:
    text = ("Georgian police detained 20 people. The police said more arrests would follow. "
            "The government of Armenia said nothing; his government and Adjara police did not "
            "comment.")
    result = extract_actors(_doc(text))
    actors = {a.name: a for a in result.actors}
    police = actors["Georgian police"]
    assert [text[s.start:s.end] for s in police.mentions] == ["Georgian police", "The police"]
    government = actors["government of Armenia"]
    assert government.kind is ActorKind.GOVERNMENT_BODY and government.country == "ARM"
    assert [text[s.start:s.end] for s in government.mentions] == ["The government"]
    assert not any(text[s.start:s.end] == "police" and s.start > text.index("Adjara")
                   for a in result.actors for s in a.mentions)


def test_body_noun_alone_is_no_guess_when_the_country_is_unclear() -> None:
    text = "Georgia and Armenia talked. The police said nothing."
    assert all(a.kind is not ActorKind.GOVERNMENT_BODY
               for a in extract_actors(_doc(text)).actors)


def test_body_noun_alone_is_the_body_of_the_country_the_document_is_about() -> None:
    text = ("Pro-EU protesters marched in Tbilisi, Georgia. Georgia's prime minister Irakli "
            "Kobakhidze spoke. Armenia said nothing. Protesters clashed with police outside "
            "the parliament building; the parliament met later, but the aviation authorities "
            "kept quiet.")
    result = extract_actors(_doc(text))
    bodies = {a.name: a for a in result.actors if a.kind is ActorKind.GOVERNMENT_BODY}
    assert bodies["Police of Georgia"].country == "GEO"
    parliament = bodies["Parliament of Georgia"]
    assert [text[s.start:s.end] for s in parliament.mentions] == ["the parliament"]
    assert set(bodies) == {"Police of Georgia", "Parliament of Georgia"}


def test_name_before_an_outlet_noun_is_a_news_outlet() -> None:
    text = ("Hajiyev said so in an interview with the Israeli Walla news outlet on Wednesday, "
            "the Sova publication reported. The Tbilisi newspaper did not.")
    actors = {a.name: a for a in extract_actors(_doc(text)).actors}
    walla = actors["Walla"]
    assert walla.kind is ActorKind.MEDIA and walla.country == "ISR"
    assert actors["Sova"].kind is ActorKind.MEDIA
    assert "Tbilisi" not in actors and all(a.kind is not ActorKind.MEDIA or a.name in (
        "Walla", "Sova") for a in actors.values())


def test_web_address_names_an_outlet_of_its_domain_country() -> None:
    text = ("Qazet.az reports that the talks went well; news.am and ABC.AZ disagreed. "
            "Write to info@example.com. Continue reading at www.bbc.com. Armenia.It was so.")
    actors = {a.name: a for a in extract_actors(_doc(text)).actors}
    assert actors["Qazet.az"].kind is ActorKind.MEDIA and actors["Qazet.az"].country == "AZE"
    assert actors["News.am"].country == "ARM" and actors["ABC.AZ"].country == "AZE"
    assert any(a.kind is ActorKind.MEDIA and "bbc.com" in a.aliases for a in actors.values())
    assert not any("example" in name or name.endswith(".It") for name in actors)


def test_byline_authors_and_agency_are_actors_of_the_document() -> None:
    from caucasus_events.parse.gazetteer import Gazetteer

    g = Gazetteer.default()
    ap = g.source("Associated Press")
    assert ap is not None
    doc = Document(id="d1", text="Armenia and Azerbaijan talked.", authors=("Jane Roe",),
                   original_publisher=ap)
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert actors["Jane Roe"].kind is ActorKind.PERSON and not actors["Jane Roe"].mentions
    assert actors[ap.name].kind is ActorKind.MEDIA


def test_demonym_before_a_title_names_the_state() -> None:
    text = "Putin and his French counterpart Emmanuel Macron spoke; an Azeri lawmaker agreed."
    actors = {a.name: a for a in extract_actors(_doc(text)).actors}
    assert actors["France"].country == "FRA"  # not a French overseas territory
    assert [text[s.start:s.end] for s in actors["France"].mentions] == ["French"]
    assert actors["Azerbaijan"].kind is ActorKind.STATE


def test_polity_written_with_a_rule_actor_settles_its_country() -> None:
    text = ("Armenia said so. The Artsakh Defense Army denied it, Armenia added; the NATO "
            "Liaison Office and the Armenian Lori Court of Appeal kept quiet.")
    actors = {a.name: a for a in extract_actors(_doc(text)).actors}
    army = actors["Artsakh Defense Army"]
    assert army.kind is ActorKind.ARMED_GROUP and army.country is None
    assert actors["NATO Liaison Office"].country is None


def test_lower_case_body_after_a_state_is_its_public_body() -> None:
    text = ("A gunman attacked Azerbaijan's embassy in Iran. Planes of the Azeri ministry of "
            "defense flew to Israel.")
    bodies = {a.name: a for a in extract_actors(_doc(text)).actors
              if a.kind is ActorKind.GOVERNMENT_BODY}
    assert {b.country for b in bodies.values()} == {"AZE"} and len(bodies) == 2


def test_unnamed_speaker_is_a_person_of_the_phrase() -> None:
    text = ("Over the weekend, a US intelligence source told a broadcaster that planes had "
            "landed. According to a Tehran criminal court prosecutor, the detainee confessed. "
            "Then Armenian Security Minister said no.")
    people = {a.name: a for a in extract_actors(_doc(text)).actors
              if a.kind is ActorKind.PERSON}
    assert people["US intelligence source"].country == "USA"
    assert people["Tehran criminal court prosecutor"].country == "IRN"
    assert people["Armenian Security Minister"].country == "ARM"
    mentions = [text[s.start:s.end] for s in people["US intelligence source"].mentions]
    assert mentions == ["a US intelligence source"]


def test_fighters_of_no_state_are_armed_groups() -> None:
    text = ("Azerbaijan fought ethnic Armenian forces and then Karabakh forces; Turkey sent "
            "fighters from Syria. Heavy fighting between Armenian and Azerbaijani forces went on.")
    actors = {a.name: a for a in extract_actors(_doc(text)).actors}
    for name in ("ethnic Armenian forces", "Karabakh forces"):
        assert actors[name].kind is ActorKind.ARMED_GROUP and actors[name].country is None
    assert actors["fighters from Syria"].country == "SYR"
    armenian = actors["Armenian forces"]  # the noun after "and Azerbaijani" is Armenian's too
    assert armenian.kind is ActorKind.GOVERNMENT_BODY and armenian.country == "ARM"
    assert [text[s.start:s.end] for s in armenian.mentions] == ["Armenian"]


def test_quoted_names_of_outlets() -> None:
    text = ('Amirbayov spoke to the "In Terris" analytical and information portal and to the '
            '"Courier" journalist. Outlets including "Le Monde", "BBC", "Knack" and "IRPI Media" '
            'took part; "Georgian Dream" said "no", "never" and "later".')
    media = {a.name for a in extract_actors(_doc(text)).actors if a.kind is ActorKind.MEDIA}
    assert {"In Terris", "Courier", "Knack", "IRPI Media", "BBC"} <= media
    assert not media & {"Georgian Dream", "no", "never", "later"}


def test_agency_in_a_dateline_is_an_actor() -> None:
    text = "YEREVAN (Azatutyun) — Armenia hopes to sign a treaty."
    assert "Azatutyun" in {a.name for a in extract_actors(_doc(text)).actors}


def test_places_by_dateline_list_capital_and_place_noun() -> None:
    text = ("YEREVAN — Talks went on in the Syunik province and in Tartar region, Azerbaijan. "
            "He met them in Prague, the capital of the Czech Republic, and visited the Vatican "
            "and Italy, between Asia and the Middle East.")
    result = extract_actors(_doc(text))
    places = {p.name: [text[s.start:s.end] for s in p.mentions] for p in result.places}
    assert places["Yerevan"] == ["YEREVAN"]
    assert places["Syunik"] == ["Syunik province"] and places["Tartar"] == ["Tartar region"]
    assert {"Czechia", "Italy", "Asia", "Middle East"} <= set(places)
    actors = {a.name for a in result.actors}
    assert {"Czechia", "Italy"} <= actors  # a state named as a place is still a party
    assert "Prague" in places and "Yerevan" not in {m for a in result.actors for m in a.aliases}


def test_namesakes_outlets_after_places_and_police_in_a_state() -> None:
    text = ("For David Vardanyan, the day was hard; his father Ruben Vardanyan was held. "
            "The Tbilisi Life Telegram channel said so. BAKU (AP) — Police in Azerbaijan's "
            "capital searched the offices.")
    actors = {a.name: a for a in extract_actors(_doc(text)).actors}
    assert actors["David Vardanyan"].kind is ActorKind.PERSON
    assert actors["Tbilisi Life"].kind is ActorKind.MEDIA
    police = next(a for a in actors.values() if a.kind is ActorKind.GOVERNMENT_BODY)
    assert police.country == "AZE"
    assert [text[s.start:s.end] for s in police.mentions] == ["Police in Azerbaijan"]


def test_borders_capitals_and_lone_datelines_are_places() -> None:
    text = ("ANKARA\n\nTroops withdrew from the Armenian-Azerbaijani interstate border, near "
            "Armenia’s border with Iran and the border between Armenia and Azerbaijan. "
            "Protesters gathered in Georgia’s capital, Tbilisi.")
    places = {p.name: [text[s.start:s.end] for s in p.mentions]
              for p in extract_actors(_doc(text)).places}
    assert places["Armenia-Azerbaijan border"] == [
        "the Armenian-Azerbaijani interstate border", "the border between Armenia and Azerbaijan"]
    assert places["Armenia-Iran border"] == ["Armenia’s border with Iran"]
    assert places["Ankara"] == ["ANKARA"] and places["Tbilisi"] == ["Tbilisi"]


def test_buildings_missions_and_named_sites_are_places() -> None:
    text = ("Protesters rallied outside the parliament building and near the Adjara government "
            "building. A gunman attacked Azerbaijan’s embassy in Tehran; planes stopped at Ovda "
            "airbase in southern Israel. Baku opened its embassy in Israel.")
    places = {p.name: p for p in extract_actors(_doc(text)).places}
    assert places["Adjara government building"].country == "GEO"
    assert places["Azerbaijan’s embassy in Tehran"].country == "IRN"  # where it stands
    assert places["Ovda airbase"].kind.value == "site" and places["Ovda airbase"].country == "ISR"
    assert "Parliament building" in places
    assert not any("Israel" in name and "embassy" in name for name in places)


def test_unnamed_collectives_are_groups() -> None:
    text = ("Pro-EU protesters clashed with police. Russian MPs arrived in Georgia; Karabakh "
            "refugees crossed. Her supporters and officials stayed home.")
    groups = {a.name: a for a in extract_actors(_doc(text)).actors if a.kind is ActorKind.GROUP}
    assert set(groups) == {"Pro-EU protesters", "Russian MPs", "Karabakh refugees"}
    assert groups["Russian MPs"].country == "RUS"


def test_a_collective_of_a_region_is_a_group_of_no_country() -> None:
    text = ("Western diplomats arrived in Baku. European leaders welcomed the treaty, and the "
            "European Union praised it.")
    groups = {a.name: a for a in extract_actors(_doc(text)).actors if a.kind is ActorKind.GROUP}
    assert set(groups) == {"Western diplomats", "European leaders"}
    assert groups["European leaders"].country is None


def test_a_collective_that_acts_is_a_group_written_alone() -> None:
    text = ("In Batumi, activists held a rally near the court. Residents have blocked the "
            "road. The report quoted activists and residents; journalists were there.")
    groups = {a.name: a for a in extract_actors(_doc(text)).actors if a.kind is ActorKind.GROUP}
    assert set(groups) == {"activists", "residents"}  # the subjects of "held", "blocked"
    assert [text[s.start:s.end] for s in groups["activists"].mentions] == ["activists"]


def test_a_given_name_alone_is_the_person_of_that_name_or_a_person_of_its_own() -> None:
    text = ("For David Vardanyan, it was hard. “It seems long ago,” David says. Until this "
            "week, Tamara was a nurse in Goris, and then Tamara left. Hope Street is far.")
    actors = {a.name: a for a in extract_actors(_doc(text)).actors}
    david = actors["David Vardanyan"]
    assert [text[s.start:s.end] for s in david.mentions] == ["David Vardanyan", "David"]
    assert actors["Tamara"].kind is ActorKind.PERSON and actors["Tamara"].country is None
    assert "Hope" not in actors


def test_an_office_holder_s_office_is_a_public_body() -> None:
    text = ("Prime Minister of Armenia Nikol Pashinyan will visit Kazakhstan and Kazakhstan, "
            "the PM’s Office told Armenpress. The prosecutor's office accused him. At 3 pm "
            "nothing happened.")
    bodies = {a.name: a for a in extract_actors(_doc(text, "2021-02-04")).actors
              if a.kind is ActorKind.GOVERNMENT_BODY}
    office = bodies["Office of the Prime Minister of Armenia"]
    assert office.country == "ARM"  # the office of the prime minister the text names
    assert [text[s.start:s.end] for s in office.mentions] == ["the PM’s Office"]
    assert any(name.startswith("Office of the Prosecutor") for name in bodies)


def test_a_kind_noun_in_apposition_gives_the_name_its_kind() -> None:
    text = ("Over half of those surveyed by Armenian organization GALLUP distrust him; the "
            "company Baykar and the newspaper Yeni Musavat disagreed.")
    actors = {a.name: a for a in extract_actors(_doc(text)).actors}
    gallup = actors["GALLUP"]
    assert gallup.kind is ActorKind.ORGANIZATION and gallup.country == "ARM"
    assert [text[s.start:s.end] for s in gallup.mentions] == ["Armenian organization GALLUP"]
    assert actors["Yeni Musavat"].kind is ActorKind.MEDIA
    assert actors["Baykar"].kind is ActorKind.COMPANY


def test_a_word_joined_to_a_full_name_shares_its_surname() -> None:
    text = ("Two brothers, Ziyaddin and Huseyn Safarov, were killed. Armenia and Nikol "
            "Pashinyan spoke. The Minister and Ilham Aliyev met.")
    people = {a.name: a for a in extract_actors(_doc(text)).actors
              if a.kind is ActorKind.PERSON}
    assert [text[s.start:s.end] for s in people["Ziyaddin Safarov"].mentions] == ["Ziyaddin"]
    assert set(people) == {"Ziyaddin Safarov", "Huseyn Safarov", "Nikol Pashinyan",
                           "Ilham Aliyev"}


def test_an_institution_after_at_is_also_a_venue() -> None:
    text = "Warlick delivered a speech at the Carnegie Endowment for International Peace."
    result = extract_actors(_doc(text))
    venue = next(p for p in result.places if p.name == "Carnegie Endowment for International Peace")
    assert venue.kind.value == "site"
    assert [text[s.start:s.end] for s in venue.mentions] == [
        "the Carnegie Endowment for International Peace"]
    assert any(a.name == venue.name for a in result.actors)


def test_a_region_before_an_organisation_head_is_part_of_its_name() -> None:
    text = "The head of its Eurasia Directorate met them in Eurasia."
    places = [[s.start for s in p.mentions] for p in extract_actors(_doc(text)).places]
    assert places == [[text.rindex("Eurasia")]]  # the place, not the directorate's name


def test_common_noun_actors_by_grammar() -> None:
    """Actors written as common nouns where grammar or a word list makes them one: a
    demonym as an agent, a body of the place, an organisation's people, a definite
    description of a body named before."""
    text = ("Georgia reopened the border. A trucker was arrested by local police. The deal "
            "was a Turkish-brokered one, and the truck was hit by a Russian drone. On Friday "
            "a court in Batumi fined him. EU ministers met; pro-EU protesters rallied and "
            "NATO diplomats watched. Georgia's Foreign Ministry protested. The Georgian "
            "ministry said more.")
    result = extract_actors(_doc(text))
    written = {text[s.start:s.end]: a for a in result.actors for s in a.mentions}
    assert written["local police"].name == "Police of Georgia"
    assert written["Turkish"].id == "state:TUR" and written["Russian"].id == "state:RUS"
    assert written["a court in Batumi"].country == "GEO"
    assert written["a court in Batumi"].kind is ActorKind.GOVERNMENT_BODY
    assert written["EU ministers"].kind is ActorKind.ORGANIZATION
    assert written["NATO diplomats"].kind is ActorKind.GROUP
    at = text.index("EU ministers")  # the people, not the body
    assert not [s for a in result.actors for s in a.mentions if s.start == at and s.end == at + 2]
    assert "NATO" not in written
    assert written["pro-EU protesters"].kind is ActorKind.GROUP
    assert written["The Georgian ministry"] is written["Georgia's Foreign Ministry"]
    # a demonym that only qualifies a noun is no actor
    assert "Georgian" not in written


def test_a_people_that_acts_is_a_group() -> None:
    text = ("Hundreds of ethnic Georgians fled the valley on Monday. A group of Azerbaijanis "
            "blocked the road. Armenians live in Goris.")
    result = extract_actors(_doc(text))
    written = {text[s.start:s.end]: a for a in result.actors for s in a.mentions}
    assert written["Hundreds of ethnic Georgians"].name == "ethnic Georgians"
    assert written["Hundreds of ethnic Georgians"].country == "GEO"
    assert written["A group of Azerbaijanis"].kind is ActorKind.GROUP
    assert "Armenians" not in written  # a people that does nothing here is no actor


def test_an_unnamed_person_who_acts_is_an_actor() -> None:
    text = ("A gunman opened fire at a bus stop in Rustavi. Later the gunman fled, and the "
            "driver was questioned.")
    result = extract_actors(_doc(text))
    written = {text[s.start:s.end]: a for a in result.actors for s in a.mentions}
    assert written["A gunman"] is written["the gunman"]
    assert written["A gunman"].kind is ActorKind.PERSON
    assert "the driver" not in written  # named, but does nothing


def test_a_group_of_a_state_that_acts_is_a_group() -> None:
    text = "The ministers of Armenia met in Yerevan. Citizens of Georgia live abroad."
    result = extract_actors(_doc(text))
    written = {text[s.start:s.end]: a for a in result.actors for s in a.mentions}
    assert written["The ministers of Armenia"].country == "ARM"
    assert written["The ministers of Armenia"].kind is ActorKind.GROUP
    assert "Citizens of Georgia" not in written  # they do nothing here


def test_the_platform_in_an_outlet_noun_is_its_medium_not_an_actor() -> None:
    found = extract_actors(_doc("No one was hurt, the Gyumri Life Telegram channel reported. "
                                "Later the Baku Evening YouTube channel wrote the same."))
    names = {a.name: a.kind for a in found.actors}
    assert names.get("Gyumri Life") is ActorKind.MEDIA
    assert names.get("Baku Evening") is ActorKind.MEDIA
    assert "Telegram" not in names and "YouTube" not in names


def test_a_surname_spelt_another_way_is_the_same_person() -> None:
    found = extract_actors(_doc("Foreign Minister Tamar Kvaratskhelia arrived in Vienna. "
                                "Kwaratskhelia met the Austrian chancellor."))
    (person,) = [a for a in found.actors if a.name == "Tamar Kvaratskhelia"]
    assert "Kwaratskhelia" not in {a.name for a in found.actors}
    assert len(person.mentions) == 2


def test_a_group_noun_keeps_the_noun_qualifying_it_in_its_name() -> None:
    found = extract_actors(_doc("Police detained opposition protesters demanding new "
                                "elections. Later government officials were quiet."))
    names = {a.name for a in found.actors}
    assert "opposition protesters" in names and "protesters" not in names
    assert "government officials" not in names  # a vague group is not made by its modifier


def test_the_opposition_acting_is_a_group_and_bare_opposition_is_not() -> None:
    acting = extract_actors(_doc("After the vote, the opposition says the count was rigged."))
    assert {a.name for a in acting.actors} == {"opposition"}
    bare = extract_actors(_doc("Governments must not silence opposition voices."))
    assert "opposition" not in {a.name for a in bare.actors}


def test_a_surname_written_alone_twice_mid_sentence_is_a_person() -> None:
    found = extract_actors(_doc("Lawmakers discussed the visit of Petrenko to Tbilisi. The "
                                "speech of Petrenko was criticised. Then Ukraine replied."))
    people = {a.name: a.kind for a in found.actors}
    assert people.get("Petrenko") is ActorKind.PERSON
    once = extract_actors(_doc("Lawmakers discussed the visit of Petrenko to Tbilisi."))
    assert "Petrenko" not in {a.name for a in once.actors}  # once is too little


@pytest.mark.parametrize(("text", "mention", "name", "country"), [
    # a noun that always names a group, with or without "the"
    ("Police questioned detainees in Rustavi.", "detainees", "detainees", None),
    ("Kobakhidze criticised the opposition on Monday.", "the opposition", "opposition", None),
    ("The move was condemned by the international community.", "the international community",
     "international community", None),
    ("The Armenian population left the region.", "The Armenian population",
     "Armenian population", "ARM"),
    ("He met the opposition parties on Monday.", "the opposition parties",
     "opposition parties", None),
    # "the country's": the state the text is about
    ("Georgia hosted a meeting in Tbilisi. Georgia's president met the country's "
     "ambassadors.", "the country's ambassadors", "ambassadors of Georgia", "GEO"),
    # a noun alone refers back to the group of that noun named before it
    ("Armenian defendants appeared in court. The defendants denied the charges.",
     "The defendants", "Armenian defendants", "ARM"),
    ("Police beat demonstrators in Tbilisi. The protesters fled.", "The protesters",
     "demonstrators", None),  # or of its synonym
    # a country's press, after its demonym
    ("Iranian media reported the attack.", "Iranian media", "Iranian media", "IRN"),
    ("Azerbaijani state media posted the images.", "Azerbaijani state media",
     "Azerbaijani state media", "AZE"),
    ("Police in Baku detained him, Azerbaijani officials said; local media reported it.",
     "local media", "local media", "AZE"),
    # the people of a body written before the noun
    ("Protesters threw stones at special forces officers.", "special forces officers",
     "special forces officers", None),
    # the place after the noun, not a country; a de facto state's of no country
    ("Residents of Goris welcomed the refugees.", "Residents of Goris", "residents of Goris",
     "ARM"),
    ("The trial of former leaders from Artsakh continued.", "leaders from Artsakh",
     "leaders from Artsakh", None),
    # a group counted, acting or not, mentioned with its count
    ("The gunman fired at two employees.", "two employees", "employees", None),
    ("Police detained 11 journalists.", "11 journalists", "journalists", None),
    ("It drew hundreds of journalists.", "hundreds of journalists", "journalists", None),
    # a people with "ethnic", a number or a quantity, acting or not
    ("Police raided the homes of ethnic Azerbaijanis.", "ethnic Azerbaijanis",
     "ethnic Azerbaijanis", "AZE"),
])
def test_described_collectives_are_groups(text: str, mention: str, name: str,
                                          country: str | None) -> None:
    result = extract_actors(_doc(text))
    written = {text[s.start:s.end]: a for a in result.actors for s in a.mentions}
    assert written[mention].name == name
    assert written[mention].kind is ActorKind.GROUP
    assert written[mention].country == country


@pytest.mark.parametrize(("text", "mention"), [
    ("Russian media outlet Sputnik reported it.", "Russian media"),  # an outlet's description
    ("The media reported the attack.", "The media"),  # whose press, the text does not say
    ("Government officials were quiet.", "Government officials"),  # vague, by its modifier
    ("Conference of ambassadors in Tbilisi.", "ambassadors in Tbilisi"),  # "in": where
    ("Iranian law enforcement officials arrived.", "Iranian law enforcement officials"),
])
def test_described_collectives_that_are_no_group(text: str, mention: str) -> None:
    written = {text[s.start:s.end]: a for a in extract_actors(_doc(text)).actors
               for s in a.mentions}
    assert mention not in written or written[mention].kind is not ActorKind.GROUP


@pytest.mark.parametrize(("text", "first", "again"), [
    ("A suspect was soon arrested by local police. Later the suspect confessed.",
     "A suspect", "the suspect"),
    ("According to a prosecutor, the detainee claimed his wife was missing. Police "
     "questioned the detainee.", "the detainee", "the detainee"),
])
def test_an_unnamed_person_who_undergoes_or_speaks_is_an_actor(text: str, first: str,
                                                               again: str) -> None:
    result = extract_actors(_doc(text))
    spans = [(text[s.start:s.end], a) for a in result.actors for s in a.mentions]
    found = [a for form, a in spans if form in (first, again)]
    assert len(found) >= 2 and len({a.id for a in found}) == 1
    assert found[0].kind is ActorKind.PERSON


@pytest.mark.parametrize(("text", "mention", "name", "kind", "country"), [
    ("Yasin Hosseinzadeh says his Azeri wife went to the embassy.", "his Azeri wife",
     "Yasin Hosseinzadeh's wife", ActorKind.PERSON, "AZE"),
    ('Nikol Pashinyan said his son "attacked the guards".', "his son",
     "Nikol Pashinyan's son", ActorKind.PERSON, None),
    ("Maia Sandu spoke. Her administration said the vote was fair.", "Her administration",
     "Administration of Maia Sandu", ActorKind.GOVERNMENT_BODY, None),
])
def test_a_person_s_relative_or_body_that_acts_is_an_actor(
        text: str, mention: str, name: str, kind: ActorKind, country: str | None) -> None:
    written = {text[s.start:s.end]: a for a in extract_actors(_doc(text)).actors
               for s in a.mentions}
    assert (written[mention].name, written[mention].kind) == (name, kind)
    if kind is ActorKind.PERSON:
        assert written[mention].country == country


def test_a_relative_named_after_the_noun_or_doing_nothing_is_no_actor_of_its_own() -> None:
    text = "Levon Ter-Petrosyan and his wife Lyudmila Ter-Petrosyan voted. His son is ill."
    names = {a.name for a in extract_actors(_doc(text)).actors}
    assert not any(n.endswith(("'s wife", "'s son")) for n in names)
