"""Field documentation for ``help()``: every attrs model's docstring gains an
``Attributes`` section (name, type, description from ``metadata["doc"]``), and its
generated ``__init__`` shows the types it accepts instead of the converters' ``Any``
(an enum field takes a member or its value, a tuple field any iterable)."""

from __future__ import annotations

import enum
import typing
from typing import Any

import attrs

__all__ = ["document_fields"]


def _type_name(hint: Any) -> str:
    if isinstance(hint, type):
        return hint.__name__
    return str(hint).replace("typing.", "").replace("caucasus_events.", "").replace(
        "models.", "").replace("dates.", "")


def _accepted(hint: Any, converted: bool) -> str:
    """What ``__init__`` accepts for a field of this type."""
    name = _type_name(hint)
    if not converted:
        return name
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return f"Iterable[{_type_name(args[0])}]"
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return f"{name} | str"
    return name


def document_fields(cls: type) -> type:
    """Add the Attributes section to ``cls.__doc__`` and real types to its ``__init__``
    annotations; returns ``cls`` (usable as a decorator after ``attrs.frozen``)."""
    hints = typing.get_type_hints(cls)
    lines = []
    init_annotations = getattr(getattr(cls, "__init__", None), "__annotations__", None)
    for field in attrs.fields(cls):
        hint = hints.get(field.name, field.type)
        doc = str(field.metadata.get("doc", "")).strip()
        lines.append(f"{field.name} : {_type_name(hint)}")
        if doc:
            lines.append(f"    {doc}")
        if isinstance(init_annotations, dict) and field.init and field.alias in init_annotations:
            init_annotations[field.alias] = _accepted(hint, field.converter is not None)
    base = (cls.__doc__ or "").rstrip()
    if lines and "\nAttributes\n" not in base:
        cls.__doc__ = f"{base}\n\nAttributes\n----------\n" + "\n".join(lines) + "\n"
    return cls
