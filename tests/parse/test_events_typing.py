"""Event typing: which trigger words name which happening (issue 9), on invented sentences."""

from __future__ import annotations

from caucasus_events.dates import parse_date
from caucasus_events.models import Document, Event, EventType, Role
from caucasus_events.parse.actors import extract_actors
from caucasus_events.parse.events import extract_events


def _events(text: str, published: str = "2025-07-23") -> tuple[Document, list[Event]]:
    doc = Document(id="d1", text=text, published=parse_date(published))
    found = extract_actors(doc)
    return doc, extract_events(doc, actors=found.actors, places=found.places)


def _typed(doc: Document, events: list[Event], trigger: str) -> list[EventType]:
    """The types of the events whose trigger is ``trigger``."""
    return [e.event_type for e in events
            if e.trigger is not None and doc.evidence(e.trigger) == trigger]


def _initiator_ids(event: Event) -> list[str]:
    return [a.actor_id for a in event.actors if a.role is Role.INITIATOR]


def test_praise_is_a_statement_of_its_speaker_not_the_praised_agreement() -> None:
    # CAMEO 051 (praise or endorse): the verb is the speaker's act; the deal praised was
    # made by others and is no agreement of the speaker's
    doc, events = _events("Ilham Aliyev praised the accord as a historic step for the region.")
    assert _typed(doc, events, "praised") == [EventType.STATEMENT]
    assert _typed(doc, events, "accord") == []
    doc, events = _events("Kaja Kallas hailed the new border deal on Tuesday.")
    (hailed,) = [e for e in events if e.trigger is not None
                 and doc.evidence(e.trigger) == "hailed"]
    assert hailed.event_type is EventType.STATEMENT and _initiator_ids(hailed)
