"""The Arrow schema derived from the models, conversion both ways, and schema checks."""

from __future__ import annotations

import datetime as dt

import attrs
import pyarrow as pa
import pytest

from caucasus_events.dates import PartialDate, Precision
from caucasus_events.errors import SchemaError
from caucasus_events.links import EventActorLink, Mention
from caucasus_events.models import (
    Actor,
    Document,
    Event,
    EventActor,
    Place,
    Role,
    Source,
    Span,
)
from caucasus_events.schema import (
    SCHEMA_VERSION,
    SCHEMA_VERSION_KEY,
    STORED_IN,
    TABLE_KEY,
    TABLES,
    arrow_schema,
    as_stored,
    check_schema,
    from_arrow,
    stored_elsewhere,
    to_arrow,
)


def test_types_follow_the_type_hints() -> None:
    schema = arrow_schema(Document)
    assert schema.field("id").type == pa.string() and not schema.field("id").nullable
    assert schema.field("url").nullable
    assert schema.field("authors").type.value_type == pa.string()
    assert not schema.field("authors").type.value_field.nullable
    source = schema.field("source").type
    assert pa.types.is_struct(source)
    assert source.field("kind").type == pa.dictionary(pa.int32(), pa.string())
    published = schema.field("published").type
    assert published.field("year").type == pa.int64()
    assert published.field("start").type == pa.date32()
    assert published.field("end").type == pa.date32()
    assert arrow_schema(Event).field("actors").type.value_type.field("role").type == \
        pa.dictionary(pa.int32(), pa.string())


def test_descriptions_and_version_are_metadata() -> None:
    for name, model in TABLES.items():
        schema = arrow_schema(model)
        assert schema.metadata[SCHEMA_VERSION_KEY] == SCHEMA_VERSION.encode()
        assert schema.metadata[TABLE_KEY] == name.encode()
        for field in attrs.fields(model):
            if field.name in stored_elsewhere(model):
                continue
            doc = field.metadata["doc"]
            assert schema.field(field.name).metadata == {b"description": doc.encode()}


_SPAN = Span(doc_id="d", start=0, end=3)


@pytest.mark.parametrize(("record", "field"), [
    (Actor(id="state:AZE", name="Azerbaijan", mentions=[_SPAN]), "mentions"),
    (Place(id="place:baku", name="Baku", mentions=[_SPAN]), "mentions"),
])
def test_a_field_stored_in_another_table_is_no_column(record: object, field: str) -> None:
    model = type(record)
    assert stored_elsewhere(model) == {field: "mentions"}
    assert field not in arrow_schema(model).names
    # read back with the field's default; the rest of the record is kept
    stored = as_stored(record)
    assert from_arrow(to_arrow([record])) == [stored] != [record]
    assert getattr(stored, field) == () and as_stored(stored) is stored


def test_every_table_but_actors_and_places_stores_all_its_fields() -> None:
    assert {name for name, model in TABLES.items() if stored_elsewhere(model)} == {
        "actors", "places"}


def test_a_field_stored_elsewhere_needs_a_plain_default() -> None:
    @attrs.frozen(kw_only=True)
    class Needy:
        id: str
        spans: tuple[Span, ...] = attrs.field(metadata={STORED_IN: "mentions"})

    with pytest.raises(SchemaError, match=r"Needy\.spans: .*default"):
        arrow_schema(Needy)


def test_an_actors_table_of_schema_2_with_inline_mentions_reads_without_them() -> None:
    actor = Actor(id="state:AZE", name="Azerbaijan", mentions=[_SPAN])
    stored = to_arrow([actor])
    spans = pa.array([[{"doc_id": "d", "start": 0, "end": 3}]])
    old = stored.append_column("mentions", spans).replace_schema_metadata(
        {**stored.schema.metadata, SCHEMA_VERSION_KEY: b"2.1.0"})
    check_schema(old.schema, Actor, path="actors.parquet")
    assert from_arrow(old, Actor) == [as_stored(actor)]


def test_any_attrs_model_gets_a_schema() -> None:
    @attrs.frozen(kw_only=True)
    class EventLink:
        event_id: str
        weight: float | None = None
        role: Role = Role.TARGET
        spans: tuple[Span, ...] = ()

    schema = arrow_schema(EventLink)
    assert schema.names == ["event_id", "weight", "role", "spans"]
    assert schema.metadata[TABLE_KEY] == b"event_link"
    rows = [EventLink(event_id="e", spans=(Span(doc_id="d", start=0, end=1),)),
            EventLink(event_id="f", weight=0.5, role=Role.INITIATOR)]
    assert from_arrow(to_arrow(rows), EventLink) == rows


def test_unmappable_types_are_rejected() -> None:
    @attrs.frozen
    class Bad:
        value: dict[str, int]

    with pytest.raises(SchemaError, match=r"Bad\.value"):
        arrow_schema(Bad)


def test_derived_date_bounds_are_written() -> None:
    date = PartialDate(year=2021, month=6, precision=Precision.MONTH)
    doc = Document(id="d", text="x", published=date)
    column = to_arrow([doc, Document(id="e", text="y")]).column("published").to_pylist()
    assert column[0]["start"] == date.start and column[0]["end"] == date.end
    assert column[1] is None


def test_sliced_and_chunked_tables_convert() -> None:
    sources = [Source(id=f"s{i}", name="n", kind="blog" if i % 2 else "other") for i in range(6)]
    table = to_arrow(sources)
    assert from_arrow(table.slice(2, 3), Source) == sources[2:5]
    chunked = pa.concat_tables([table.slice(0, 2), table.slice(2)])
    assert from_arrow(chunked, Source) == sources


def test_to_arrow_of_nothing_needs_a_model() -> None:
    assert to_arrow([], Source).num_rows == 0
    with pytest.raises(SchemaError, match="model"):
        to_arrow([])


def test_to_arrow_rejects_records_of_another_model() -> None:
    with pytest.raises(SchemaError, match="EventActor"):
        to_arrow([EventActor(actor_id="a", role="target")], Source)


def test_missing_column_is_named() -> None:
    table = to_arrow([Source(id="s", name="n")]).drop_columns(["name"])
    with pytest.raises(SchemaError, match=r"sources\.parquet: column 'name'.*missing"):
        check_schema(table.schema, Source, path="sources.parquet")


def test_wrong_type_is_named() -> None:
    table = to_arrow([Source(id="s", name="n")])
    table = table.set_column(1, "name", pa.array([1], pa.int64()))
    with pytest.raises(SchemaError, match=r"x\.parquet: column 'name'.*int64"):
        check_schema(table.schema, Source, path="x.parquet")


def test_wrong_nested_type_is_named() -> None:
    schema = arrow_schema(Event)
    fields = [pa.field("date", pa.struct([pa.field("year", pa.string())]))
              if f.name == "date" else f for f in schema]
    with pytest.raises(SchemaError, match=r"column 'date\.year'"):
        check_schema(pa.schema(fields, metadata=schema.metadata), Event, path="e.parquet")


def test_newer_major_version_is_rejected_older_minor_accepted() -> None:
    schema = arrow_schema(Source)
    major = int(SCHEMA_VERSION.split(".")[0])
    newer = schema.with_metadata({**schema.metadata, SCHEMA_VERSION_KEY: f"{major + 1}.0.0"})
    with pytest.raises(SchemaError, match=r"s\.parquet: .*newer"):
        check_schema(newer, Source, path="s.parquet")
    minor = schema.with_metadata({**schema.metadata, SCHEMA_VERSION_KEY: f"{major}.99.0"})
    check_schema(minor, Source, path="s.parquet")


def test_other_table_is_rejected() -> None:
    with pytest.raises(SchemaError, match="'actors'"):
        check_schema(arrow_schema(TABLES["actors"]), Source, path="a.parquet")


def test_extra_columns_are_ignored() -> None:
    sources = [Source(id="s", name="n")]
    table = to_arrow(sources).append_column("added_later", pa.array([1]))
    assert from_arrow(table, Source) == sources


def test_extension_types_are_rejected() -> None:
    class Tagged(pa.ExtensionType):
        def __init__(self) -> None:
            super().__init__(pa.string(), "test.tagged")

        def __arrow_ext_serialize__(self) -> bytes:
            return b""

        @classmethod
        def __arrow_ext_deserialize__(cls, storage_type: object, serialized: object) -> Tagged:
            return cls()

    schema = arrow_schema(Source)
    fields = [pa.field("name", Tagged()) if f.name == "name" else f for f in schema]
    with pytest.raises(SchemaError, match=r"column 'name'.*extension"):
        check_schema(pa.schema(fields), Source, path="s.parquet")


def test_null_in_required_column_is_rejected() -> None:
    table = to_arrow([Source(id="s", name="n")])
    table = table.set_column(1, pa.field("name", pa.string()), pa.array([None], pa.string()))
    with pytest.raises(SchemaError, match=r"column 'name'.*null"):
        from_arrow(table, Source)


def test_invalid_record_in_table_is_rejected() -> None:
    table = to_arrow([Span(doc_id="d", start=1, end=2)], Span)
    table = table.set_column(2, table.schema.field("end"), pa.array([0], pa.int64()))
    with pytest.raises(SchemaError, match=r"Span\.end must be >= Span\.start"):
        from_arrow(table, Span)


def test_unknown_enum_value_is_rejected() -> None:
    table = to_arrow([Source(id="s", name="n")])
    kind = pa.array(["tabloid"], pa.dictionary(pa.int32(), pa.string()))
    table = table.set_column(2, table.schema.field("kind"), kind)
    with pytest.raises(SchemaError, match=r"column 'kind'.*tabloid"):
        from_arrow(table, Source)


# --- flat date columns and models named by the metadata -------------------------------------


def test_each_date_column_is_followed_by_flat_typed_parts() -> None:
    names = arrow_schema(Event).names
    i = names.index("date")
    assert names[i + 1:i + 4] == ["date_start", "date_end", "date_precision"]
    june = PartialDate(year=2021, month=6, precision="month")
    table = to_arrow([Event(id="e1", event_type="meet", date=june),
                      Event(id="e2", event_type="meet")])
    assert table["date_start"].to_pylist() == [dt.date(2021, 6, 1), None]
    assert table["date_end"].to_pylist() == [dt.date(2021, 6, 30), None]
    assert table["date_precision"].to_pylist() == ["month", None]
    assert pa.types.is_date32(table.schema.field("date_end").type)


def test_from_arrow_finds_the_model_in_the_table_metadata() -> None:
    sources = [Source(id="s1", name="One"), Source(id="s2", name="Two")]
    assert from_arrow(to_arrow(sources)) == sources
    link = EventActorLink(event_id="e", actor_id="a", role="initiator")
    assert from_arrow(to_arrow([link])) == [link]
    assert arrow_schema(Mention).metadata[b"caucasus_events.table"] == b"mentions"
    with pytest.raises(SchemaError, match="pass the model"):
        from_arrow(pa.table({"id": ["x"]}))
    foreign = to_arrow(sources).replace_schema_metadata({b"caucasus_events.table": b"nope"})
    with pytest.raises(SchemaError, match="'nope'"):
        from_arrow(foreign)
