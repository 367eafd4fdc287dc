"""Compact per-document state for a build: what it keeps for every document it has seen
costs a few dozen bytes a document, not a few hundred of Python objects.

:class:`Numbering` numbers strings (document ids) in the order first seen and finds them
again: the strings are kept as UTF-8 in one ``bytearray`` with their end offsets in an
``array``, found through an open-addressing table of (hash, number) pairs held in two
``array``\\ s.  :class:`ByteRecords` keeps one ``bytes`` record per number in an anonymous
temporary file (deleted when closed or collected), read back with ``os.pread``: for
records that are written for every document but read for few (near-duplicate sketches).
"""

from __future__ import annotations

import array
import os
import tempfile
from collections.abc import Iterator, Mapping
from typing import IO

__all__ = ["ByteRecords", "Numbering"]

_EMPTY = -1
_FIRST_CAPACITY = 1024


class Numbering(Mapping[str, int]):
    """Strings numbered 0, 1, 2, ... in the order :meth:`add` first sees them; a
    read-only mapping from string to number (``numbering[s]``, ``s in numbering``) with
    :meth:`text` the other way.  About 40 bytes a string beyond its UTF-8 text."""

    def __init__(self) -> None:
        self._text = bytearray()
        self._ends = array.array("q")
        self._slots = array.array("q", [_EMPTY]) * _FIRST_CAPACITY
        self._hashes = array.array("q", [0]) * _FIRST_CAPACITY

    def __len__(self) -> int:
        return len(self._ends)

    def __iter__(self) -> Iterator[str]:
        return (self.text(n) for n in range(len(self._ends)))

    def __getitem__(self, value: str) -> int:
        found = self._find(value, hash(value))[1]
        if found == _EMPTY:
            raise KeyError(value)
        return found

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and self._find(value, hash(value))[1] != _EMPTY

    def text(self, number: int) -> str:
        """The string numbered ``number``."""
        start = self._ends[number - 1] if number else 0
        return self._text[start:self._ends[number]].decode("utf-8", "surrogatepass")

    def add(self, value: str) -> int:
        """The number of ``value``, numbered next when it is new."""
        h = hash(value)
        at, found = self._find(value, h)
        if found != _EMPTY:
            return found
        number = len(self._ends)
        self._text += value.encode("utf-8", "surrogatepass")
        self._ends.append(len(self._text))
        self._slots[at] = number
        self._hashes[at] = h
        if 2 * len(self._ends) > len(self._slots):  # kept at most half full
            self._grow()
        return number

    def _find(self, value: str, h: int) -> tuple[int, int]:
        """The slot of ``value`` and its number, or the empty slot it would take and
        :data:`_EMPTY`."""
        slots, hashes = self._slots, self._hashes
        mask = len(slots) - 1
        at = h & mask
        while (number := slots[at]) != _EMPTY:
            if hashes[at] == h and self.text(number) == value:
                return at, number
            at = (at + 1) & mask
        return at, _EMPTY

    def _grow(self) -> None:
        old = zip(self._slots, self._hashes, strict=True)
        capacity = 2 * len(self._slots)
        self._slots = array.array("q", [_EMPTY]) * capacity
        self._hashes = array.array("q", [0]) * capacity
        mask = capacity - 1
        for number, h in old:
            if number == _EMPTY:
                continue
            at = h & mask
            while self._slots[at] != _EMPTY:
                at = (at + 1) & mask
            self._slots[at] = number
            self._hashes[at] = h


class ByteRecords:
    """One ``bytes`` record per number (0, 1, 2, ... in the order appended), kept in an
    anonymous temporary file: memory holds 8 bytes of offset a record."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._ends = array.array("q")

    def __len__(self) -> int:
        return len(self._ends)

    def append(self, record: bytes) -> None:
        start = self._ends[-1] if self._ends else 0
        if record:
            if self._file is None:
                self._file = tempfile.TemporaryFile(  # noqa: SIM115 - closed in close()
                    prefix="caucasus_events-", buffering=0)
            os.pwrite(self._file.fileno(), record, start)
        self._ends.append(start + len(record))

    def __getitem__(self, number: int) -> bytes:
        start = self._ends[number - 1] if number else 0
        size = self._ends[number] - start
        if not size or self._file is None:
            return b""
        return os.pread(self._file.fileno(), size, start)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __del__(self) -> None:
        self.close()

