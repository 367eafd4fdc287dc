"""Where events happen: the clause's locative, the reporting clause's, the story's setting."""

from __future__ import annotations

import pytest

from caucasus_events.dates import parse_date
from caucasus_events.models import Document, Event, EventType
from caucasus_events.parse.actors import extract_actors
from caucasus_events.parse.events import extract_events


def _events(text: str) -> list[Event]:
    doc = Document(id="d1", text=text, published=parse_date("2025-07-23"))
    found = extract_actors(doc)
    return extract_events(doc, actors=found.actors, places=found.places)


def _place(events: list[Event], event_type: EventType) -> str | None:
    (event,) = [e for e in events if e.event_type is event_type]
    return event.place


@pytest.mark.parametrize("text", [
    "Lavrov said at a news conference in Tbilisi that the talks would go on.",
    "Lavrov said on Monday in Tbilisi that the talks would go on.",
    "In Tbilisi, Lavrov said that the talks would go on.",
    # the audience right after the verb, a remote medium naming where with "from"
    "Lavrov told journalists in Tbilisi that the talks would go on.",
    "Lavrov told us in a video interview from Tbilisi that the talks would go on.",
    # a participle of where the speaker named after the verb is
    "“The talks will go on,” says Sergey Lavrov, waiting outside the parliament in Tbilisi.",
])
def test_a_statement_is_made_where_its_reporting_clause_says(text: str) -> None:
    assert _place(_events(text), EventType.STATEMENT) == "place:tbilisi"


@pytest.mark.parametrize("text", [
    # the place belongs to what is reported, or to a noun the speaker names
    "Lavrov said that the talks in Tbilisi would go on.",
    "Lavrov cited the declaration signed in Tbilisi last year.",
])
def test_a_place_of_the_reported_words_is_not_where_they_were_said(text: str) -> None:
    assert _place(_events(text), EventType.STATEMENT) is None


def test_a_happening_stays_in_the_town_its_paragraph_is_set_in() -> None:
    events = _events("Protesters gathered in Gyumri on Sunday. Police detained two activists "
                     "on Monday.")
    assert _place(events, EventType.ARREST) == "place:gyumri"
    same_sentence = _events("Protesters gathered in Gyumri on Sunday, and police detained two "
                            "activists.")
    assert _place(same_sentence, EventType.ARREST) == "place:gyumri"


def test_a_country_or_a_new_paragraph_is_no_setting() -> None:
    in_country = _events("Protesters gathered in Georgia on Sunday. Police detained two "
                         "activists on Monday.")
    assert _place(in_country, EventType.ARREST) is None
    next_paragraph = _events("Protesters gathered in Gyumri on Sunday.\n\nPolice detained two "
                             "activists on Monday.")
    assert _place(next_paragraph, EventType.ARREST) is None


@pytest.mark.parametrize("text", [
    "Police detained two activists in Armenia's second city of Gyumri on Monday.",
    "Police detained two activists in the Shirak province town of Gyumri on Monday.",
])
def test_the_finer_place_a_locative_introduces_is_the_place(text: str) -> None:
    assert _place(_events(text), EventType.ARREST) == "place:gyumri"


def test_a_coordinated_place_is_not_a_finer_one() -> None:
    events = _events("Police detained two activists in the Tavush region and the city of "
                     "Gyumri on Monday.")
    assert _place(events, EventType.ARREST) != "place:gyumri"


def test_where_a_happening_comes_from_is_not_its_place() -> None:
    events = _events("Russia deployed troops from Gyumri on Monday.")
    assert events and all(e.place != "place:gyumri" for e in events)
    assert _place(_events("Russia deployed troops to Gyumri on Monday."),
                  EventType.COOPERATE) == "place:gyumri"


def test_a_place_in_a_relative_clause_is_not_the_happening_s() -> None:
    events = _events("Russia, which has a military base in Gyumri, deployed troops on Monday.")
    assert _place(events, EventType.COOPERATE) is None


def test_a_noun_happening_takes_its_own_locative_not_its_subject_s() -> None:
    joined = _events("Students in Tbilisi joined the rally in Gyumri on Monday.")
    assert _place(joined, EventType.PROTEST) == "place:gyumri"
    opened = _events("In Gyumri, activists held a rally near Tbilisi on Monday.")
    assert _place(opened, EventType.PROTEST) == "place:gyumri"


@pytest.mark.parametrize(("text", "event_type", "want"), [
    # a movement goes where "to" says, past its object and its source
    ("Turkey has reportedly sent weapons from Libya to Baku.", EventType.AID, "place:baku"),
    # where a happening comes from is not where it happens
    ("Turkey has reportedly sent weapons from Libya.", EventType.AID, None),
])
def test_a_movement_takes_the_place_it_goes_to(text: str, event_type: EventType,
                                               want: str | None) -> None:
    assert _place(_events(text), event_type) == want


@pytest.mark.parametrize(("text", "event_type", "want"), [
    # a clause opened by "where" is set at the place it hangs on, even when it names
    # another place in passing
    ("Lavrov traveled to Armenia, where he met Mirzoyan to discuss the situation in "
     "Georgia.", EventType.MEET, "place:armenia"),
    ("Lavrov flew to Georgia's Adjara region, where he met Irakli Kobakhidze.",
     EventType.MEET, "place:adjara"),
])
def test_a_where_clause_is_set_at_the_place_it_hangs_on(text: str, event_type: EventType,
                                                        want: str) -> None:
    assert _place(_events(text), event_type) == want


def test_a_place_noun_with_modifiers_still_introduces_the_place() -> None:
    events = _events("The deserter was detained by soldiers in the Armenian city of Vanadzor "
                     "in December.")
    assert _place(events, EventType.ARREST) == "place:vanadzor"


def test_a_modified_place_noun_introduces_its_place() -> None:
    events = _events("Heavy fighting over the breakaway region of Abkhazia continued on Monday.")
    assert _place(events, EventType.FIGHT) == "place:abkhazia"


def test_a_named_place_before_a_place_noun_is_the_place_not_what_contains_it() -> None:
    events = _events("Heavy fighting over the Tskhinvali region of Georgia continued on Monday.")
    assert _place(events, EventType.FIGHT) != "place:georgia"


def test_a_country_aid_goes_to_is_its_recipient_not_its_place() -> None:
    events = _events("Turkey is sending weapons to Azerbaijan.")
    assert _place(events, EventType.AID) is None
    # nor does the story's setting place it
    events = _events("Fighting raged in Nagorno-Karabakh on Monday. Turkey is sending weapons "
                     "to Azerbaijan.")
    assert _place(events, EventType.AID) is None


def test_a_place_of_the_next_clause_is_not_where_the_happening_was() -> None:
    events = _events("Speaking after the NATO summit meeting, Erdogan condemned the strikes on "
                     "civilians in Kharkiv.")
    assert _place(events, EventType.MEET) is None


def test_a_country_a_delivery_goes_to_is_its_recipient_not_its_place() -> None:
    events = _events("Turkey delivered drones to Azerbaijan last year.")
    (event,) = [e for e in events if e.trigger is not None]
    assert event.place is None


def test_a_definite_territory_noun_refers_back_to_the_region_named_before() -> None:
    events = _events("Thousands fled Abkhazia in 1993. A week earlier, Georgia had launched an "
                     "offensive to crush resistance in the breakaway territory.")
    assert _place(events, EventType.ATTACK) == "place:abkhazia"


def test_a_territory_noun_with_its_own_name_after_it_refers_to_nothing_before() -> None:
    events = _events("Thousands fled Abkhazia in 1993. Georgia later launched an offensive in "
                     "the territory of Ukraine.")
    assert _place(events, EventType.ATTACK) != "place:abkhazia"
