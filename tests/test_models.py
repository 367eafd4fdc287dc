"""Every model rejects bad values with an error that names the field and the value."""

from __future__ import annotations

from typing import Any

import pytest

from caucasus_events.errors import ValidationError
from caucasus_events.models import (
    Actor,
    Citation,
    Document,
    Event,
    EventActor,
    EventType,
    Place,
    Plover,
    Quote,
    Source,
    Span,
)

SPAN = Span(doc_id="d", start=0, end=1)

CASES: list[tuple[type, dict[str, Any], str]] = [
    (Span, {"doc_id": " ", "start": 0, "end": 1}, r"Span\.doc_id.*' '"),
    (Span, {"doc_id": "d", "start": -1, "end": 1}, r"Span\.start.*-1"),
    (Span, {"doc_id": "d", "start": 3, "end": 1}, r"Span\.end.*start=3"),
    (Source, {"id": "s", "name": "n", "kind": "tabloid"}, r"Source\.kind.*'tabloid'"),
    (Source, {"id": "s", "name": "n", "country": "az"}, r"Source\.country.*'az'"),
    (Citation, {"id": "c", "document_id": "x", "source_text": "R", "span": SPAN},
     r"Citation\.span\.doc_id 'd'.*'x'"),
    (Document, {"id": "d", "text": "ab", "language": "English"}, r"Document\.language.*English"),
    (Document, {"id": "d", "text": "", "paragraphs": [SPAN]}, r"Document\.paragraphs"),
    (Document, {"id": "d", "text": "\ud800"}, r"Document\.text.*surrogates"),
    (Document, {"id": "d", "text": "a", "authors": "Jane"}, r"Document\.authors.*'Jane'"),
    (Actor, {"id": "a", "name": "n", "in_gazetteer": 1}, r"Actor\.in_gazetteer.*1"),
    (Actor, {"id": "a", "name": "n", "mentions": ["x"]}, r"Actor\.mentions.*'x'"),
    (Place, {"id": "p", "name": "n", "latitude": 91.0, "longitude": 0.0},
     r"Place\.latitude.*91"),
    (Place, {"id": "p", "name": "n", "latitude": 1.0}, r"Place\.latitude and Place\.longitude"),
    (Quote, {"id": "q", "document_id": "x", "text": "t", "span": SPAN},
     r"Quote\.span\.doc_id 'd'.*'x'"),
    (Quote, {"id": "q", "document_id": "d", "text": "t", "span": SPAN, "speaker": ""},
     r"Quote\.speaker.*''"),
    (EventActor, {"actor_id": "a", "role": "boss"}, r"EventActor\.role.*'boss'"),
    (Event, {"id": "e", "event_type": "party"}, r"Event\.event_type.*'party'"),
    (Event, {"id": "e", "event_type": "attack", "plover": "AGREE"}, r"Event\.plover.*'ASSAULT'"),
    (Event, {"id": "e", "event_type": "attack", "cameo": "01"}, r"Event\.cameo.*'18'"),
]


@pytest.mark.parametrize(("model", "kwargs", "message"), CASES,
                         ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(CASES)])
def test_invalid_values_are_named(model: type, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        model(**kwargs)


def test_every_table_model_has_a_validation_case() -> None:
    from caucasus_events.schema import TABLES

    assert set(TABLES.values()) <= {c[0] for c in CASES}


def test_event_codes_follow_the_type() -> None:
    event = Event(id="e", event_type=EventType.ATTACK)
    assert (event.plover, event.cameo) == (Plover.ASSAULT, "18")


def test_valid_records_and_evidence() -> None:
    doc = Document(id="d", text="Hello world", paragraphs=[Span(doc_id="d", start=0, end=5)])
    assert doc.evidence(doc.paragraphs[0]) == "Hello"
    assert doc.paragraphs == (Span(doc_id="d", start=0, end=5),)
