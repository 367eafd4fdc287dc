"""The link tables of a dataset: one row per fact that the record tables hold as lists
(an event's actors, documents and quotes; every span naming a record), for joins in SQL
and dataframes.  Each model names its table in :data:`LINK_TABLES`, the one place the
schema module and the dataset take these names from."""

from __future__ import annotations

import attrs

from caucasus_events.models import Role

__all__ = ["LINK_TABLES", "EventActorLink", "EventDocument", "EventQuote", "Mention"]


def _doc(text: str) -> dict[str, str]:
    return {"doc": text}


@attrs.frozen(kw_only=True)
class EventActorLink:
    """One row per actor of an event with its role: joins events to actors."""

    event_id: str = attrs.field(metadata=_doc("Id of the Event."))
    actor_id: str = attrs.field(metadata=_doc("Id of the Actor."))
    role: Role = attrs.field(converter=Role, metadata=_doc("initiator, target or participant."))


@attrs.frozen(kw_only=True)
class EventDocument:
    """One row per document reporting an event: joins events to documents."""

    event_id: str = attrs.field(metadata=_doc("Id of the Event."))
    document_id: str = attrs.field(metadata=_doc("Id of a Document that reports it."))


@attrs.frozen(kw_only=True)
class EventQuote:
    """One row per quote stating or supporting an event: joins events to quotes."""

    event_id: str = attrs.field(metadata=_doc("Id of the Event."))
    quote_id: str = attrs.field(metadata=_doc("Id of the Quote."))


@attrs.frozen(kw_only=True)
class Mention:
    """One row per span where an actor or place is named or an event is stated: joins
    records to the documents (and characters) that evidence them."""

    record_table: str = attrs.field(metadata=_doc(
        "Table of the record: actors, places or events."))
    record_id: str = attrs.field(metadata=_doc("Id of the record in that table."))
    doc_id: str = attrs.field(metadata=_doc("Id of the Document whose text the span indexes."))
    start: int = attrs.field(metadata=_doc("Offset of the first character (code points)."))
    end: int = attrs.field(metadata=_doc("Offset one past the last character."))


LINK_TABLES: dict[str, type] = {
    "event_actors": EventActorLink,
    "event_documents": EventDocument,
    "event_quotes": EventQuote,
    "mentions": Mention,
}
"""Link table name -> model, in file order."""


def _document_models() -> None:
    from caucasus_events._fielddocs import document_fields

    for model in LINK_TABLES.values():
        document_fields(model)


_document_models()
