"""Queries that read only what they return: a :class:`~caucasus_events.dataset.Dataset`
filters its Arrow columns with ``pyarrow.compute`` and builds model records only for
the rows a query returns, keeping each one built so that asking again costs a lookup.

A first ``events_by_actor`` on a large dataset used to build every actor (with all its
mention spans) and every event; now it reads the actors' names, the ``event_actors``
link table and the events table as Arrow, and builds the events it returns.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from caucasus_events.parse.text import fold
from caucasus_events.schema import from_arrow

__all__ = ["ActorNames", "RowCache", "equals", "gc_paused", "is_in", "positions"]


def positions(mask: pa.Array | pa.ChunkedArray) -> list[int]:
    """Row numbers where ``mask`` is true (null counts as false)."""
    indices: list[int] = pc.indices_nonzero(pc.fill_null(mask, False)).to_pylist()
    return indices


def is_in(column: pa.ChunkedArray, values: Any) -> pa.ChunkedArray:
    """``column`` value in ``values`` (a Python collection of strings)."""
    return pc.is_in(column, value_set=pa.array(sorted(values), type=pa.string()))


def equals(column: pa.ChunkedArray, value: str) -> pa.ChunkedArray:
    """``column == value`` for a string or dictionary-encoded (enum) column."""
    if pa.types.is_dictionary(column.type):
        column = column.cast(column.type.value_type)
    return pc.equal(column, pa.scalar(value, type=pa.string()))


class RowCache:
    """The records of one table, built on demand row by row from its Arrow table (through
    the model's constructor and validators, like :func:`from_arrow`) and kept."""

    def __init__(self, table: Callable[[], pa.Table], model: type) -> None:
        self._table = table
        self.model = model
        self._built: dict[int, Any] = {}

    def rows(self, indices: list[int]) -> list[Any]:
        """The records at row numbers ``indices``, in that order."""
        missing = sorted({i for i in indices if i not in self._built})
        if missing:
            taken = self._table().take(pa.array(missing, type=pa.int64()))
            with gc_paused():
                built = from_arrow(taken, self.model)
            self._built.update(zip(missing, built, strict=True))
        return [self._built[i] for i in indices]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while records are built: tens of thousands
    of new frozen records (no reference cycles among them) would otherwise trigger
    collection after collection that scans them all -- about a third of a large query's
    time.  Left as it was found (a caller that disabled it keeps it disabled)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class ActorNames:
    """Actor ids by id and by folded name or alias, from three columns of the actors
    table (no actor records, no mention spans).  The folded-name index is built on the
    first lookup by name: a lookup by id reads the id column only."""

    def __init__(self, actors: pa.Table) -> None:
        ids = actors.column("id").to_pylist()
        self.ids: frozenset[str] = frozenset(ids)
        self._actors = actors
        self._by_name: dict[str, set[str]] | None = None

    @property
    def by_name(self) -> dict[str, set[str]]:
        """Actor ids by folded name or alias."""
        if self._by_name is None:
            by_name: dict[str, set[str]] = {}
            actors = self._actors
            columns = zip(actors.column("id").to_pylist(), actors.column("name").to_pylist(),
                          actors.column("aliases").to_pylist(), strict=True)
            for actor_id, name, aliases in columns:
                for written in (name, *(aliases or ())):
                    by_name.setdefault(fold(written), set()).add(actor_id)
            self._by_name = by_name
        return self._by_name

    def lookup(self, actor_id_or_name: str) -> set[str]:
        """Ids of the actors with this id, or else this name or alias (accents and case
        ignored); KeyError when none matches."""
        if actor_id_or_name in self.ids:
            return {actor_id_or_name}
        found = self.by_name.get(fold(actor_id_or_name))
        if not found:
            raise KeyError(f"no actor with id, name or alias {actor_id_or_name!r}")
        return set(found)
