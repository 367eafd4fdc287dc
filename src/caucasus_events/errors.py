"""The exceptions the library raises, so callers can catch ours and only ours."""

from __future__ import annotations

__all__ = ["CaucasusEventsError", "InputError", "SchemaError", "ValidationError"]


class CaucasusEventsError(Exception):
    """Base class of every error raised on purpose by caucasus_events."""


class ValidationError(CaucasusEventsError, ValueError):
    """A model was constructed with a value it does not accept; the message names the field."""


class SchemaError(CaucasusEventsError):
    """A table or file does not match the schema this version reads.

    ``path`` names the file (when there is one) and ``column`` the offending column.
    """

    def __init__(self, message: str, *, path: str | None = None, column: str | None = None):
        parts = [p for p in (path, f"column {column!r}" if column else None) if p]
        super().__init__(f"{': '.join(parts)}: {message}" if parts else message)
        self.path = path
        self.column = column


class InputError(CaucasusEventsError):
    """An input page or path cannot be read as text; the message names it."""

    def __init__(self, message: str, *, path: str | None = None):
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
