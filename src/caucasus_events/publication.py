"""What a published dataset says about itself beyond its tables: title, version, licence,
contributors, keywords; and, read from the written tables, when it was created and which
outlets its articles come from.

A publisher gives these as a :class:`Publication` (``build_dataset(publication=...)``) or
as a JSON file (``caucasus-events build --metadata FILE``); the defaults describe a
dataset built with this library.  Everything here ends up in ``datapackage.json`` and
the dataset card, so the two always agree.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import pyarrow.compute as pc
import pyarrow.parquet as pq

from caucasus_events._version import __version__
from caucasus_events.errors import InputError

__all__ = [
    "DEFAULT_LICENSE",
    "Contributor",
    "License",
    "Publication",
    "created_timestamp",
    "outlets",
]


@attrs.frozen(kw_only=True)
class License:
    """A licence in Frictionless form: an SPDX ``name`` and/or a ``path`` (URL) to it."""

    name: str | None = None
    path: str | None = None
    title: str | None = None

    def __attrs_post_init__(self) -> None:
        if not (self.name or self.path):
            raise ValueError("a licence needs a name (SPDX id) or a path (URL)")

    def descriptor(self) -> dict[str, str]:
        """The licence as a Frictionless ``licenses[]`` entry."""
        return {k: v for k, v in attrs.asdict(self).items() if v}


@attrs.frozen(kw_only=True)
class Contributor:
    """A person or organisation credited in ``contributors`` (Frictionless roles:
    author, publisher, maintainer, wrangler, contributor)."""

    title: str
    role: str = "contributor"
    path: str | None = None
    email: str | None = None
    organisation: str | None = None

    def descriptor(self) -> dict[str, str]:
        """The contributor as a Frictionless ``contributors[]`` entry."""
        return {k: v for k, v in attrs.asdict(self).items() if v}


DEFAULT_LICENSE = License(
    name="CC-BY-4.0", path="https://creativecommons.org/licenses/by/4.0/",
    title="Creative Commons Attribution 4.0 International")
"""The default licence of the extracted records (events, actors, places, quotes, links).
It cannot cover the article texts, which stay their publishers' (see the card)."""

_DEFAULT_CONTRIBUTORS = (
    Contributor(title=f"caucasus_events {__version__} (automatic extraction)",
                role="wrangler"),
)


def _licenses(items: Any) -> tuple[License, ...]:
    return tuple(i if isinstance(i, License) else License(**i) for i in items)


def _contributors(items: Any) -> tuple[Contributor, ...]:
    return tuple(i if isinstance(i, Contributor) else Contributor(**i) for i in items)


@attrs.frozen(kw_only=True)
class Publication:
    """The publisher's description of a dataset (``datapackage.json`` and the card)."""

    title: str = "South Caucasus events"
    description: str = (
        "Events, actors, places and quotes parsed from news reporting on the South "
        "Caucasus; every record cites the character spans of the article stating it.")
    version: str = __version__
    licenses: tuple[License, ...] = attrs.field(
        default=(DEFAULT_LICENSE,), converter=_licenses)
    contributors: tuple[Contributor, ...] = attrs.field(
        default=_DEFAULT_CONTRIBUTORS, converter=_contributors)
    homepage: str | None = None
    keywords: tuple[str, ...] = attrs.field(
        default=("events", "news", "South Caucasus", "Armenia", "Azerbaijan", "Georgia"),
        converter=tuple)

    @classmethod
    def from_mapping(cls, data: Any, *, origin: str = "<metadata>") -> Publication:
        """A Publication from JSON-shaped data (keys as the attributes, licences and
        contributors as objects); InputError naming ``origin`` and the bad key."""
        if not isinstance(data, Mapping):
            raise InputError("must be a JSON object", path=origin)
        known = {f.name for f in attrs.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise InputError(f"unknown key(s) {', '.join(map(repr, unknown))}; known: "
                             f"{', '.join(sorted(known))}", path=origin)
        try:
            return cls(**data)
        except (TypeError, ValueError) as exc:
            raise InputError(f"invalid publication metadata: {exc}", path=origin) from None

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Publication:
        """A Publication from a JSON file (see :meth:`from_mapping`)."""
        where = str(path)
        try:
            raw = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", path=where) from None
        except UnicodeDecodeError:
            raise InputError("is not UTF-8 text", path=where) from None
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"is not valid JSON ({exc})", path=where) from None
        return cls.from_mapping(data, origin=where)

    def descriptor(self) -> dict[str, Any]:
        """The package-level Frictionless properties this publication sets."""
        out: dict[str, Any] = {
            "title": self.title,
            "description": self.description,
            "version": self.version,
            "licenses": [lic.descriptor() for lic in self.licenses],
            "contributors": [c.descriptor() for c in self.contributors],
            "keywords": list(self.keywords),
        }
        if self.homepage:
            out["homepage"] = self.homepage
        return out


# --- facts read from the written tables -----------------------------------------------------


def created_timestamp(documents_file: Path) -> str | None:
    """The package's ``created`` time, chosen so that builds stay byte-identical:
    ``SOURCE_DATE_EPOCH`` when set (the reproducible-builds convention), else midnight UTC
    of the newest publication date among the documents, else None."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
        except (ValueError, OverflowError, OSError):
            raise InputError(f"SOURCE_DATE_EPOCH must be seconds since 1970, got {epoch!r}"
                             ) from None
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    column = pq.read_table(documents_file, columns=["published_start"])["published_start"]
    newest = pc.max(column).as_py() if len(column) else None
    if newest is None:
        return None
    return f"{newest.isoformat()}T00:00:00Z"


def outlets(documents_file: Path) -> list[dict[str, str]]:
    """Frictionless ``sources``: the outlets that published the dataset's documents, by
    name, with their web address when known; sorted, one entry each."""
    table = pq.read_table(documents_file, columns=["source"])
    found: dict[str, str | None] = {}
    names = pc.struct_field(table["source"], "name").to_pylist()
    domains = pc.struct_field(table["source"], "domain").to_pylist()
    for name, domain in zip(names, domains, strict=True):
        if name is not None and found.get(name) is None:
            found[name] = domain
    out = []
    for name in sorted(found):
        entry = {"title": name}
        if found[name]:
            entry["path"] = f"https://{found[name]}"
        out.append(entry)
    return out

