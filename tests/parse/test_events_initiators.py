"""Initiators of events from the clause's grammar, checked on invented sentences."""

from __future__ import annotations

from caucasus_events.dates import parse_date
from caucasus_events.models import Document, Event, EventType, Role
from caucasus_events.parse.actors import extract_actors
from caucasus_events.parse.events import extract_events


def _events(text: str) -> tuple[dict[str, str], list[Event]]:
    doc = Document(id="d1", text=text, published=parse_date("2025-07-23"))
    found = extract_actors(doc)
    names = {a.id: a.name for a in found.actors}
    return names, extract_events(doc, actors=found.actors, places=found.places)


def _initiators(names: dict[str, str], event: Event) -> list[str]:
    return [names[a.actor_id] for a in event.actors if a.role is Role.INITIATOR]


def _of_type(events: list[Event], event_type: EventType) -> list[Event]:
    return [e for e in events if e.event_type is event_type]


def test_the_chair_of_a_meeting_holds_it_and_those_after_of_take_part() -> None:
    names, events = _events("Ilham Aliyev chaired a meeting of the Security Council on Monday.")
    (meeting,) = _of_type(events, EventType.MEET)
    assert _initiators(names, meeting) == ["Ilham Aliyev"]
    assert [names[a.actor_id] for a in meeting.actors if a.role is Role.TARGET] == [
        "Security Council"]


def test_a_relative_who_presiding_over_a_meeting_is_its_antecedent() -> None:
    names, events = _events("Foreign Minister Jeyhun Bayramov, who presided over the meeting "
                            "of the council, said the talks went well.")
    (meeting,) = _of_type(events, EventType.MEET)
    assert _initiators(names, meeting) == ["Jeyhun Bayramov"]


def test_a_passive_convening_verb_leaves_the_host_to_its_by_agent() -> None:
    names, events = _events("The summit was hosted by Turkey.")
    (meeting,) = _of_type(events, EventType.MEET)
    assert _initiators(names, meeting) == ["Turkey"]


def test_a_protest_no_one_is_named_holding_is_held_by_the_last_protesters() -> None:
    names, events = _events(
        "In Gyumri, demonstrators held a rally near the city hall, and in Vanadzor a "
        "rally was held outside the court.")
    rallies = _of_type(events, EventType.PROTEST)
    assert len(rallies) == 2
    assert all(_initiators(names, r) == ["demonstrators"] for r in rallies)


def test_a_passive_speech_verb_without_agent_is_no_statement() -> None:
    names, events = _events("After the verdict was announced, Levon Harutyunyan said he "
                            "was disappointed.")
    (statement,) = events
    assert statement.event_type is EventType.STATEMENT
    assert _initiators(names, statement) == ["Levon Harutyunyan"]
