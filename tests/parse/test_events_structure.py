"""Which events a clause reports (issue 9): speech nouns with their speaker, coordinated
acts, happenings a speaker tells; on invented sentences."""

from __future__ import annotations

from caucasus_events.dates import parse_date
from caucasus_events.models import Document, Event, EventType, Modality, Role
from caucasus_events.parse.actors import extract_actors
from caucasus_events.parse.events import extract_events


def _events(text: str, published: str = "2025-07-23") -> tuple[Document, list[Event]]:
    doc = Document(id="d1", text=text, published=parse_date(published))
    found = extract_actors(doc)
    return doc, extract_events(doc, actors=found.actors, places=found.places)


def _initiator_ids(event: Event) -> list[str]:
    return [a.actor_id for a in event.actors if a.role is Role.INITIATOR]


def test_a_speech_noun_with_its_speaker_after_a_verb_is_an_event_of_its_own() -> None:
    # "despite warnings from Iran": the warning is Iran's act, not only the topic of the
    # clause's verb; without a speaker the noun stays the verb's topic
    _, events = _events("Georgia opened a consulate in Baku despite warnings from Russia.")
    threats = [e for e in events if e.event_type is EventType.THREAT]
    assert len(threats) == 1 and _initiator_ids(threats[0]) == ["state:RUS"]
    _, events = _events("Georgia opened a consulate in Baku despite the warnings.")
    assert EventType.THREAT not in [e.event_type for e in events]


def test_an_existential_clause_in_a_quote_tells_its_happening() -> None:
    # "there has been heavy shelling": the speaker asserts the happening took place;
    # "there was no meeting" does not
    _, events = _events('"There has been heavy shelling near the village all night," '
                        "the mayor of Goris said on Monday.")
    assert EventType.ATTACK in [e.event_type for e in events]
    _, events = _events('"There was no shelling near the village," the mayor of Goris said.')
    assert not [e for e in events
                if e.event_type is EventType.ATTACK and e.modality is Modality.ASSERTED]


def test_coordinated_verbs_each_make_their_event() -> None:
    # "detained and beat up": two acts of one subject, each with its own trigger
    _, events = _events("Police detained and beat up three activists in Tbilisi on Friday.")
    types = [e.event_type for e in events]
    assert EventType.ARREST in types and EventType.ATTACK in types
    _, events = _events("Ilham Aliyev met Nikol Pashinyan in Munich and signed a declaration.")
    types = [e.event_type for e in events]
    assert EventType.MEET in types and EventType.AGREE in types


def test_a_happening_noun_that_took_place_is_told_not_a_topic() -> None:
    # the noun is the subject of a verb of occurrence in what the speaker says: the
    # happening is an event of its own, and the speaker is no actor in it
    _, events = _events("The Armenian Defence Ministry said a clash that left two soldiers "
                        "wounded took place near Sotk on Monday.")
    fights = [e for e in events if e.event_type is EventType.FIGHT]
    assert len(fights) == 1 and not _initiator_ids(fights[0])
    # planned, not taken place: "was due to take place"
    _, events = _events("Ilham Aliyev cancelled a summit with Nikol Pashinyan which was due "
                        "to take place in Brussels.")
    assert EventType.MEET not in [e.event_type for e in events]


def test_a_phone_call_is_a_meeting_of_its_two_sides() -> None:
    # CAMEO 04 (consult): "phoned", "telephoned" are talks between the caller and the
    # one called
    _, events = _events("Nikol Pashinyan phoned Vladimir Putin on Tuesday.")
    meets = [e for e in events if e.event_type is EventType.MEET]
    assert len(meets) == 1 and _initiator_ids(meets[0]) == ["person:nikol-pashinyan"]


def test_what_a_proposal_noun_is_about_has_not_happened() -> None:
    # "the initiative on a global ceasefire": the ceasefire is proposed, not agreed
    _, events = _events("Armenia supported the UN initiative on a global ceasefire.")
    types = [e.event_type for e in events]
    assert EventType.PROPOSAL in types and EventType.RETREAT not in types


def test_a_trial_is_an_event_with_its_court_unnamed() -> None:
    # legal proceedings take place even when no accuser is named; an accusation with no
    # one behind it does not
    _, events = _events("The trial of the former ministers resumed in Tbilisi on Monday.")
    assert EventType.ACCUSE in [e.event_type for e in events]
    _, events = _events("The accusations spread quickly on social media on Monday.")
    assert EventType.ACCUSE not in [e.event_type for e in events]
