"""Reference across clauses: what an object "it" stands for, checked on invented sentences."""

from __future__ import annotations

import pytest

from caucasus_events.dates import parse_date
from caucasus_events.models import Document, EventType, Role
from caucasus_events.parse.actors import extract_actors
from caucasus_events.parse.events import extract_events

_PAGE = ("Azerbaijan Airlines confirmed the incident on Monday. The cargo jet circled for an "
         "hour after the airport {verb}.")


@pytest.mark.parametrize(("verb", "targets"), [
    ("refused to admit it", ["Azerbaijan Airlines"]),
    ("rejected it", ["Azerbaijan Airlines"]),
    ("refused to admit its crew", []),
], ids=["infinitive-object", "direct-object", "no-it"])
def test_an_object_it_is_the_thing_its_sentence_opens_with_standing_for_its_operator(
        verb: str, targets: list[str]) -> None:
    doc = Document(id="d1", text=_PAGE.format(verb=verb), published=parse_date("2025-07-23"))
    found = extract_actors(doc)
    names = {a.id: a.name for a in found.actors}
    events = extract_events(doc, actors=found.actors, places=found.places)
    (reject,) = [e for e in events if e.event_type is EventType.REJECT]
    assert [names[a.actor_id] for a in reject.actors if a.role is Role.TARGET] == targets
