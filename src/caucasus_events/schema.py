"""The Arrow schema of every table, derived from the attrs models, and lossless conversion
between model records and Arrow tables (of every field a table stores: see
:data:`STORED_IN`).

The schema is never written by hand: each model field's resolved type hint picks its
Arrow type (``str`` -> string, ``int`` -> int64, ``float`` -> float64, ``bool`` -> bool,
``datetime.date`` -> date32, an :class:`enum.Enum` -> dictionary<int32, string>,
``X | None`` -> a nullable column, ``tuple[X, ...]`` -> list<X> with non-null items, a
nested attrs class -> struct) and its ``metadata["doc"]`` becomes the column description.
Computed properties listed in :data:`DERIVED` (the ``start``/``end`` bounds of a
:class:`~caucasus_events.dates.PartialDate`) are written as extra columns for queries and
ignored on read, where the model recomputes them.  A field whose metadata names another
table under :data:`STORED_IN` (an actor's ``mentions``) is no column at all: the dataset
keeps its items as rows of that table, so that no row grows with the corpus, and records
read from the model's own table have the field's default (empty).

Conversion is columnar: writing pulls one Python list per leaf column with
:func:`operator.attrgetter` and builds one Arrow array from it; reading turns each leaf
column into a list once and zips the lists into records.  Records are rebuilt through
their normal constructors, so every validator and cross-field check runs on data read
from a file: Arrow guarantees the types, not the invariants (``Span.end >= start``,
non-empty ids, consistent PLOVER/CAMEO codes), and a file may come from anywhere.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
import operator
import re
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
import pyarrow as pa
import pyarrow.compute as pc

from caucasus_events.dates import PartialDate
from caucasus_events.errors import SchemaError, ValidationError
from caucasus_events.links import LINK_TABLES
from caucasus_events.models import Actor, Citation, Document, Event, Place, Quote, Source

__all__ = [
    "DERIVED",
    "FLAT_DATE_PARTS",
    "SCHEMA_VERSION",
    "SCHEMA_VERSION_KEY",
    "STORED_IN",
    "TABLES",
    "TABLE_KEY",
    "arrow_schema",
    "as_stored",
    "check_schema",
    "from_arrow",
    "model_of",
    "stored_elsewhere",
    "table_name",
    "to_arrow",
]

SCHEMA_VERSION = "3.0.0"
"""Semantic version of the table schemas: a new MAJOR means old readers cannot read the
files, a new MINOR adds columns old readers ignore, a new PATCH changes descriptions."""

SCHEMA_VERSION_KEY = b"caucasus_events.schema_version"
TABLE_KEY = b"caucasus_events.table"

TABLES: dict[str, type] = {
    "documents": Document,
    "sources": Source,
    "citations": Citation,
    "actors": Actor,
    "places": Place,
    "quotes": Quote,
    "events": Event,
}
"""The dataset's tables and the model each one stores, one row per record."""

DERIVED: dict[type, tuple[str, ...]] = {PartialDate: ("start", "end")}
"""Computed ``datetime.date`` properties written as extra columns after a class's fields."""

STORED_IN = "stored_in"
"""The attrs metadata key of a model field kept in another table of the dataset, one row
per item, instead of in a column of the model's own table; its value names that table
(``Actor.mentions``: ``"mentions"``).  The field is left out of the model's Arrow schema,
written by the dataset to the named table, and has its default in records read back."""

FLAT_DATE_PARTS: tuple[str, ...] = ("start", "end", "precision")
"""Each top-level date column ``X`` (a PartialDate struct) is followed by flat columns
``X_start``, ``X_end`` (date32) and ``X_precision``, copied from the struct so that
pandas, Spark and spreadsheet users get typed dates, not dicts; ignored on read."""

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    dt.date: pa.date32(),
}
_SCALAR_FILLERS: dict[Any, Any] = {
    str: "", int: 0, float: 0.0, bool: False, dt.date: dt.date(1970, 1, 1),
}
_LIST_ITEM = "element"  # the name Parquet gives list items, so a round trip keeps the type


# --- codecs: one per Arrow type, turning a list of Python values into an array and back ----


class _Codec:
    """Converts a column of Python values to an Arrow array of ``arrow_type`` and back.

    ``filler`` is the empty value written under a null parent struct, where Parquet still
    wants a value, the same one Arrow's own builders append (0, "", an empty list).
    """

    arrow_type: pa.DataType
    filler: Any

    def encode(self, values: Iterable[Any], size: int, nullable: bool,
               absent: pa.Array | None) -> pa.Array:
        """The array of the ``size`` values (None only where ``nullable``); ``absent``
        marks the rows under a null parent, which hold fillers."""
        raise NotImplementedError

    def decode(self, array: pa.Array, column: str) -> list[Any]:
        raise NotImplementedError


class _Scalar(_Codec):
    def __init__(self, arrow_type: pa.DataType, filler: Any) -> None:
        self.arrow_type = arrow_type
        self.filler = filler

    def encode(self, values: Iterable[Any], size: int, nullable: bool,
               absent: pa.Array | None) -> pa.Array:
        # Arrow reads the iterator directly: no intermediate list.
        return pa.array(values, type=self.arrow_type, size=size)

    def decode(self, array: pa.Array, column: str) -> list[Any]:
        values: list[Any] = array.to_pylist()
        return values


_EMPTY = object()
"""An enum's filler: under a null parent Arrow's own builders put index 0 and add no
dictionary entry, and so do we, so that our tables equal the ones Arrow builds from
the same values."""


class _Enum(_Codec):
    def __init__(self, cls: type[enum.Enum]) -> None:
        self.cls = cls
        self.members: list[Any] = list(cls)  # Any: decoding appends None for nulls
        self.value_of: dict[Any, Any] = {m: m.value for m in self.members}
        self.value_of[None] = self.value_of[_EMPTY] = None
        self.arrow_type = pa.dictionary(pa.int32(), pa.string())
        self.filler = _EMPTY

    def encode(self, values: Iterable[Any], size: int, nullable: bool,
               absent: pa.Array | None) -> pa.Array:
        # Arrow's dictionary builder: the dictionary lists the values in order of first
        # appearance, as Arrow itself encodes strings into a dictionary column.
        array = pa.array(map(self.value_of.__getitem__, values), type=self.arrow_type, size=size)
        if absent is not None:
            indices = pc.if_else(absent, pa.scalar(0, pa.int32()), array.indices)
            # Index 0 must exist even when every row is absent (Arrow leaves it dangling).
            dictionary = array.dictionary if len(array.dictionary) else pa.array(
                [self.members[0].value], type=pa.string())
            array = pa.DictionaryArray.from_arrays(indices, dictionary)
        return array

    def decode(self, array: pa.Array, column: str) -> list[Any]:
        try:
            members: list[Any] = [self.cls(v) for v in array.dictionary.to_pylist()]
        except ValueError as exc:
            allowed = ", ".join(repr(m.value) for m in self.members)
            raise SchemaError(f"{exc}; allowed: {allowed}", column=column) from None
        indices = array.indices
        if array.null_count:
            members.append(None)
            indices = indices.fill_null(len(members) - 1)
        return list(map(members.__getitem__, indices.to_pylist()))


class _List(_Codec):
    def __init__(self, item: _Codec) -> None:
        self.item = item
        self.arrow_type = pa.list_(pa.field(_LIST_ITEM, item.arrow_type, nullable=False))
        self.filler = ()

    def encode(self, values: Iterable[Any], size: int, nullable: bool,
               absent: pa.Array | None) -> pa.Array:
        values = list(values)
        mask = None
        if nullable and any(v is None for v in values):
            mask = pa.array([v is None for v in values], type=pa.bool_())
            values = [() if v is None else v for v in values]
        offsets = pa.array([0, *itertools.accumulate(map(len, values))], type=pa.int32())
        flat = list(itertools.chain.from_iterable(values))
        items = self.item.encode(flat, len(flat), False, None)
        return pa.ListArray.from_arrays(offsets, items, type=self.arrow_type, mask=mask)

    def decode(self, array: pa.Array, column: str) -> list[Any]:
        offsets: list[int] = array.offsets.to_pylist()
        first, last = offsets[0], offsets[-1]
        values = array.values.slice(first, last - first)
        item_column = f"{column}.{_LIST_ITEM}"
        _check_nulls(values, 0, item_column)
        items = self.item.decode(values, item_column)
        if first:
            offsets = [o - first for o in offsets]
        lists: list[Any] = [tuple(items[a:b]) for a, b in itertools.pairwise(offsets)]
        if array.null_count:
            valid = array.is_valid().to_pylist()
            lists = [t if ok else None for t, ok in zip(lists, valid, strict=True)]
        return lists


@attrs.frozen
class _Child:
    """One field of a struct (or one column of a table) and how to convert it."""

    name: str
    codec: _Codec
    nullable: bool
    doc: str
    init: bool  # False for a derived column the constructor does not take

    @property
    def arrow_field(self) -> pa.Field:
        metadata = {b"description": self.doc.encode("utf-8")} if self.doc else None
        return pa.field(self.name, self.codec.arrow_type, nullable=self.nullable,
                        metadata=metadata)


class _Struct(_Codec):
    def __init__(self, cls: type, children: list[_Child]) -> None:
        self.cls = cls
        self.children = children
        self.getters = [operator.attrgetter(c.name) for c in children]
        self.fields = [c.arrow_field for c in children]
        self.arrow_type = pa.struct(self.fields)
        self.filler = types.SimpleNamespace(**{c.name: c.codec.filler for c in children})
        self.init_names = [c.name for c in children if c.init]
        self.derived = [c for c in children if not c.init]
        self.make = _maker(cls, self.init_names)
        # Equal rows of a nested struct may share one (immutable) record, unless a float
        # child could make unequal values compare equal (0.0 and -0.0).
        self.shareable = not any(c.codec.arrow_type == pa.float64() for c in children)

    def columns(self, values: list[Any], absent: pa.Array | None = None) -> list[pa.Array]:
        """One array per child of the records (fillers where ``absent``)."""
        size = len(values)
        getters: list[Callable[[Any], Any]] = list(self.getters)
        if self.derived:
            # Derived properties are computed, not stored: compute them once per distinct
            # object (records often share one date object), keyed by id() and looked up
            # with C-level map calls, so there is no Python call per row.
            pick = operator.attrgetter(*(c.name for c in self.derived))
            ids = list(map(id, values))
            distinct = dict(zip(ids, values, strict=True))
            memo = {key: _as_tuple(pick(value), len(self.derived))
                    for key, value in distinct.items()}
            computed = list(map(memo.__getitem__, ids))
            getters = [*getters[: -len(self.derived)],
                       *(operator.itemgetter(i) for i in range(len(self.derived)))]
            sources = [values] * (len(getters) - len(self.derived)) + [computed] * len(
                self.derived)
        else:
            sources = [values] * len(getters)
        return [child.codec.encode(map(get, source), size, child.nullable, absent)
                for child, get, source in zip(self.children, getters, sources, strict=True)]

    def encode(self, values: Iterable[Any], size: int, nullable: bool,
               absent: pa.Array | None) -> pa.Array:
        values = list(values)
        mask = None
        if nullable and any(v is None for v in values):
            mask = pa.array([v is None for v in values], type=pa.bool_())
            values = [self.filler if v is None else v for v in values]
            absent = mask if absent is None else pc.or_(absent, mask)
        return pa.StructArray.from_arrays(self.columns(values, absent), fields=self.fields,
                                          mask=mask)

    def build(self, columns: dict[str, list[Any]], valid: list[bool] | None,
              share: bool = False) -> list[Any]:
        """Records from their decoded columns; None where ``valid`` says the row is null.
        With ``share``, equal rows are built once and share the (frozen) record: a
        nested struct such as a date or an actor's role repeats across many rows."""
        make = self.make
        rows = zip(*(columns[n] for n in self.init_names), strict=True)
        if share and self.shareable:
            return _shared(make, rows, valid)
        if valid is None:
            return list(itertools.starmap(make, rows))
        return [make(*row) if ok else None for ok, row in zip(valid, rows, strict=True)]

    def decode(self, array: pa.Array, column: str) -> list[Any]:
        by_name = dict(zip((f.name for f in array.type), array.flatten(), strict=True))
        columns = {}
        for child in self.children:
            if child.init:
                name = f"{column}.{child.name}"
                values = by_name[child.name]
                if not child.nullable:
                    _check_nulls(values, array.null_count, name)
                columns[child.name] = child.codec.decode(values, name)
        valid = array.is_valid().to_pylist() if array.null_count else None
        return _construct(lambda: self.build(columns, valid, share=True), column)


def _maker(cls: type, names: list[str]) -> Callable[..., Any]:
    """``make(v0, v1, ...)`` calling ``cls(name0=v0, name1=v1, ...)``: the keyword call
    compiled once, not a dict built per row (the names are the model's field names)."""
    if not all(name.isidentifier() for name in names):
        raise SchemaError(f"{cls.__name__}: field names must be identifiers, got {names!r}")
    params = ", ".join(f"_{i}" for i in range(len(names)))
    keywords = ", ".join(f"{name}=_{i}" for i, name in enumerate(names))
    namespace: dict[str, Any] = {"cls": cls}
    exec(f"def make({params}):\n    return cls({keywords})", namespace)
    make: Callable[..., Any] = namespace["make"]
    return make


def _shared(make: Callable[..., Any], rows: Iterable[tuple[Any, ...]],
            valid: list[bool] | None) -> list[Any]:
    built: dict[tuple[Any, ...], Any] = {}
    out: list[Any] = []
    for i, row in enumerate(rows):
        if valid is not None and not valid[i]:
            out.append(None)
            continue
        try:
            record = built.get(row)
        except TypeError:  # an unhashable value: no sharing for this row
            out.append(make(*row))
            continue
        if record is None:
            record = built[row] = make(*row)
        out.append(record)
    return out


def _as_tuple(picked: Any, width: int) -> tuple[Any, ...]:
    """attrgetter of one name gives the value itself, of several a tuple."""
    return (picked,) if width == 1 else tuple(picked)


def _check_nulls(array: pa.Array | pa.ChunkedArray, allowed: int, column: str) -> None:
    if array.null_count > allowed:
        raise SchemaError("holds nulls but the model requires a value", column=column)


def _construct(build: Callable[[], list[Any]], column: str | None) -> list[Any]:
    """Run ``build``, reporting a record the models reject as a schema error of the column."""
    try:
        return build()
    except ValidationError as exc:
        raise SchemaError(f"holds an invalid record: {exc}", column=column) from None


# --- deriving codecs from type hints ------------------------------------------------------


def _codec_of(hint: Any, where: str) -> tuple[_Codec, bool]:
    """The codec of a resolved type hint and whether the hint admits None."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1 or len(args) != 2:
            raise SchemaError(f"{where}: only X | None unions map to Arrow, got {hint!r}")
        return _codec_of(inner[0], where)[0], True
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise SchemaError(f"{where}: only tuple[X, ...] maps to Arrow, got {hint!r}")
        item, item_nullable = _codec_of(args[0], where)
        if item_nullable:
            raise SchemaError(f"{where}: tuple items cannot be None, got {hint!r}")
        return _List(item), False
    if hint in _SCALARS:
        return _Scalar(_SCALARS[hint], _SCALAR_FILLERS[hint]), False
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _Enum(hint), False
    if isinstance(hint, type) and attrs.has(hint):
        return _struct_codec(hint), False
    raise SchemaError(f"{where}: type {hint!r} has no Arrow mapping")


_STORED: dict[type, dict[str, str]] = {}


def stored_elsewhere(model: type) -> dict[str, str]:
    """Field name -> table, for the fields of ``model`` kept in another table of the
    dataset rather than in columns of its own (see :data:`STORED_IN`).  Such a field
    needs a plain default (not a factory): the value records read from the table get."""
    stored = _STORED.get(model)
    if stored is None:
        stored = {}
        for field in attrs.fields(model):
            if STORED_IN in field.metadata:
                if field.default is attrs.NOTHING or hasattr(field.default, "factory"):
                    raise SchemaError(f"{model.__name__}.{field.name}: a field stored in "
                                      "another table needs a plain default value")
                stored[field.name] = str(field.metadata[STORED_IN])
        _STORED[model] = stored
    return stored


def as_stored(record: Any) -> Any:
    """``record`` as its own table gives it back: the fields kept in another table (see
    :data:`STORED_IN`) set to their defaults; ``record`` itself when they already are."""
    fields = attrs.fields_dict(type(record))
    emptied = {}
    for name in stored_elsewhere(type(record)):
        default = fields[name].default
        if getattr(record, name) != default:
            emptied[name] = default
    return attrs.evolve(record, **emptied) if emptied else record


@functools.cache
def _struct_codec(cls: type) -> _Struct:
    hints = typing.get_type_hints(cls)
    children = []
    stored = stored_elsewhere(cls)
    for field in attrs.fields(cls):
        if field.name in stored:
            continue
        codec, nullable = _codec_of(hints[field.name], f"{cls.__name__}.{field.name}")
        children.append(_Child(field.name, codec, nullable, field.metadata.get("doc", ""),
                               field.init))
    for name in DERIVED.get(cls, ()):
        prop = getattr(cls, name)
        doc = (prop.__doc__ or "").strip() + " (derived; ignored on read)"
        children.append(_Child(name, _Scalar(pa.date32(), dt.date(1970, 1, 1)), False, doc,
                               False))
    return _Struct(cls, children)


def table_name(model: type) -> str:
    """The table a model's records go to: its key in :data:`TABLES` or in the link tables
    (``EventActorLink`` -> ``event_actors``, the name of its file), else the class name in
    snake_case (``LinkRow`` -> ``link_row``) for models other modules define."""
    for name, cls in (*TABLES.items(), *LINK_TABLES.items()):
        if cls is model:
            return name
    return re.sub(r"(?<!^)(?=[A-Z])", "_", model.__name__).lower()


_FLAT_DOCS = {
    "start": "First calendar day `{0}` can mean, flat for dataframes; null when there is "
             "no {0}. Derived; ignored on read.",
    "end": "Last calendar day `{0}` can mean, flat for dataframes; null when there is no "
           "{0}. Derived; ignored on read.",
    "precision": "How much of `{0}` the text fixes (day, month, season or year), flat for "
                 "dataframes. Derived; ignored on read.",
}


@functools.cache
def _flat_dates(model_cls: type) -> tuple[tuple[int, str], ...]:
    """(position, name) of each top-level PartialDate column of a table model."""
    struct = _struct_codec(model_cls)
    return tuple((i, child.name) for i, child in enumerate(struct.children)
                 if isinstance(child.codec, _Struct) and child.codec.cls is PartialDate)


def _flat_fields(model_cls: type) -> list[pa.Field]:
    """The table's columns: the model's fields, each date followed by its flat parts."""
    struct = _struct_codec(model_cls)
    fields = list(struct.fields)
    for position, name in reversed(_flat_dates(model_cls)):
        date_type = struct.fields[position].type
        flat = [pa.field(f"{name}_{part}", date_type.field(part).type, nullable=True,
                         metadata={b"description": _FLAT_DOCS[part].format(name).encode()})
                for part in FLAT_DATE_PARTS]
        fields[position + 1:position + 1] = flat
    return fields


def _with_flat_dates(model_cls: type, columns: list[pa.Array]) -> list[pa.Array]:
    """``columns`` (one per model field) with the flat date columns inserted."""
    out = list(columns)
    for position, _name in reversed(_flat_dates(model_cls)):
        date = columns[position]
        out[position + 1:position + 1] = [pc.struct_field(date, part)
                                          for part in FLAT_DATE_PARTS]
    return out


@functools.cache
def arrow_schema(model_cls: type) -> pa.Schema:
    """The Arrow schema of a table of ``model_cls`` records, derived from the attrs fields
    and their type hints, with column descriptions and the schema version as metadata.
    Each date column is followed by its flat ``_start``, ``_end`` and ``_precision``."""
    if not (isinstance(model_cls, type) and attrs.has(model_cls)):
        raise SchemaError(f"{model_cls!r} is not an attrs model class")
    return pa.schema(_flat_fields(model_cls), metadata={
        SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode(),
        TABLE_KEY: table_name(model_cls).encode(),
    })


# --- conversion ----------------------------------------------------------------------------


def to_arrow(records: Sequence[Any], model: type | None = None) -> pa.Table:
    """An Arrow table of ``records`` (all instances of ``model``, or of the first record's
    class when ``model`` is None) in the schema :func:`arrow_schema` gives."""
    if model is None:
        if not records:
            raise SchemaError("cannot tell the model of no records; pass model=")
        model = type(records[0])
    schema = arrow_schema(model)
    values = records if isinstance(records, list) else list(records)
    try:
        columns = _with_flat_dates(model, _struct_codec(model).columns(values))
    except (AttributeError, KeyError, TypeError, pa.ArrowException) as exc:
        # Checking every record's class up front would cost as much as a column.
        strays = sorted({type(r).__name__ for r in values} - {model.__name__})
        what = f"got {', '.join(strays)}" if strays else str(exc)
        raise SchemaError(f"cannot write {model.__name__} records: {what}") from None
    return pa.Table.from_arrays(columns, schema=schema)


def model_of(schema: pa.Schema, *, path: str | None = None) -> type:
    """The model a table or file of this schema stores, named by its ``caucasus_events.table``
    metadata (written by :func:`to_arrow` and every dataset file); SchemaError when the
    metadata names no table or one this library does not know."""
    written = (schema.metadata or {}).get(TABLE_KEY)
    if written is None:
        raise SchemaError("the table's metadata does not say which caucasus_events table it "
                          "is; pass the model", path=path)
    name = written.decode("utf-8", "replace")
    known = {**TABLES, **LINK_TABLES}
    if name not in known:
        raise SchemaError(f"holds table {name!r}, which this caucasus_events does not know; "
                          f"known tables: {', '.join(known)}", path=path)
    return known[name]


def from_arrow(table: pa.Table, model: type | None = None, *,
               path: str | None = None) -> list[Any]:
    """The ``model`` records a table holds, checked against the schema first and rebuilt
    through the model's constructor, so a record the models reject raises SchemaError
    (naming ``path``, the file the table came from, when given).  With ``model`` None the
    model is the one the table's metadata names (see :func:`model_of`)."""
    if model is None:
        model = model_of(table.schema, path=path)
    check_schema(table.schema, model, path=path)
    struct = _struct_codec(model)
    columns: dict[str, list[Any]] = {}
    try:
        for child in struct.children:
            if not child.init:
                continue
            chunked = table.column(child.name)
            if not child.nullable:
                _check_nulls(chunked, 0, child.name)
            columns[child.name] = [
                v for chunk in chunked.chunks for v in child.codec.decode(chunk, child.name)]
        return _construct(lambda: struct.build(columns, None), None)
    except SchemaError as exc:
        if path is None:
            raise
        raise SchemaError(str(exc), path=path) from None


# --- checking a table or file against the models -------------------------------------------


def _major(version: str) -> int:
    match = re.fullmatch(r"(\d+)\.\d+\.\d+", version)
    if match is None:
        raise ValueError(version)
    return int(match.group(1))


def _reject_extensions(field: pa.Field, column: str, path: str | None) -> None:
    meta = field.metadata or {}
    if isinstance(field.type, pa.ExtensionType) or b"ARROW:extension:name" in meta:
        raise SchemaError("extension types are not accepted", path=path, column=column)
    kind = field.type
    children = ([kind.field(i) for i in range(kind.num_fields)]
                if pa.types.is_struct(kind) or pa.types.is_list(kind)
                or pa.types.is_large_list(kind) or pa.types.is_map(kind) else [])
    for child in children:
        _reject_extensions(child, f"{column}.{child.name}", path)


def _check_type(expected: pa.DataType, actual: pa.DataType, column: str,
                path: str | None) -> None:
    def wrong() -> SchemaError:
        return SchemaError(f"has type {actual}, expected {expected}", path=path, column=column)

    if pa.types.is_struct(expected):
        if not pa.types.is_struct(actual):
            raise wrong()
        names = [actual.field(i).name for i in range(actual.num_fields)]
        for i in range(expected.num_fields):
            want = expected.field(i)
            if names.count(want.name) != 1:
                what = "is missing" if want.name not in names else "is repeated"
                raise SchemaError(what, path=path, column=f"{column}.{want.name}")
            got = actual.field(names.index(want.name))
            _check_type(want.type, got.type, f"{column}.{want.name}", path)
    elif pa.types.is_list(expected):
        if not pa.types.is_list(actual):
            raise wrong()
        _check_type(expected.value_type, actual.value_type, f"{column}.{_LIST_ITEM}", path)
    elif pa.types.is_dictionary(expected):
        if not (pa.types.is_dictionary(actual) and pa.types.is_integer(actual.index_type)
                and actual.value_type.equals(expected.value_type)):
            raise wrong()
    elif not actual.equals(expected):
        raise wrong()


def check_schema(table_schema: pa.Schema, model: type, *, path: str | None = None) -> None:
    """Raise :class:`SchemaError`, naming ``path`` and the column, unless a table or file
    of this schema can be read as ``model`` records.

    Every model column must be present with its type (nullability is checked on the
    data, where a null in a required column is rejected).  Columns and struct fields the
    model does not know are allowed and ignored: a newer MINOR schema version may add
    them, and old readers keep working.  A newer MAJOR version, or any extension type
    (no pickled or Python-defined types), is rejected.
    """
    for field in table_schema:
        _reject_extensions(field, field.name, path)
    meta = table_schema.metadata or {}
    if SCHEMA_VERSION_KEY in meta:
        version = meta[SCHEMA_VERSION_KEY].decode("utf-8", "replace")
        try:
            major = _major(version)
        except ValueError:
            raise SchemaError(f"schema version {version!r} is not MAJOR.MINOR.PATCH",
                              path=path) from None
        if major > _major(SCHEMA_VERSION):
            raise SchemaError(
                f"written with schema version {version}, newer than {SCHEMA_VERSION} "
                "which this caucasus_events reads; upgrade caucasus_events", path=path)
    expected = arrow_schema(model)
    if TABLE_KEY in meta:
        written = meta[TABLE_KEY].decode("utf-8", "replace")
        if written != table_name(model):
            raise SchemaError(f"holds table {written!r}, not {table_name(model)!r}", path=path)
    names = list(table_schema.names)
    for want in expected:
        if names.count(want.name) != 1:
            what = "is missing" if want.name not in names else "is repeated"
            raise SchemaError(what, path=path, column=want.name)
        got = table_schema.field(want.name)
        _check_type(want.type, got.type, want.name, path)
