"""The gazetteer: the actors, places and outlets of South Caucasus news, with a fast scanner.

A gazetteer is data (``data/gazetteer.json`` or a user's file in the same format) turned
into lookup tables and a token trie, so every known name in an article is found in one
pass however it is written: accents folded, "Erdo?an" for a lost letter, "Azerbaijan’s".
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

import attrs

from caucasus_events._data import load_json
from caucasus_events.errors import InputError, ValidationError
from caucasus_events.models import Actor, ActorKind, Place, PlaceKind, Source, SourceKind
from caucasus_events.parse._scan import TOKEN, Entry, Lexicon, filter_spans, scan, word_key
from caucasus_events.parse.text import fold

__all__ = ["TOKEN", "Category", "Gazetteer", "Match", "Office", "normalize_title"]

Category = Literal["actor", "place", "source"]


# Title words a text uses for one office, folded, mapped to the gazetteer's canonical title.
_TITLE_SYNONYMS: dict[str, str] = {
    "president": "president",
    "head of state": "president",
    "prime minister": "prime minister",
    "premier": "prime minister",
    "pm": "prime minister",
    "foreign minister": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "foreign affairs minister": "foreign minister",
    "top diplomat": "foreign minister",
    "defense minister": "defense minister",
    "defence minister": "defense minister",
    "minister of defense": "defense minister",
    "minister of defence": "defense minister",
    "minister of national defense": "defense minister",
    "minister of national defence": "defense minister",
    "national defense minister": "defense minister",
    "defense secretary": "defense secretary",
    "secretary of defense": "defense secretary",
    "secretary of state": "secretary of state",
    "secretary general": "secretary general",
    "secretary generals": "secretary general",
    "supreme leader": "supreme leader",
    "first vice president": "first vice-president",
    "foreign policy adviser": "foreign policy adviser",
    "foreign policy advisor": "foreign policy adviser",
}


def normalize_title(title: str) -> str | None:
    """The canonical office title for a title as written ("Defence Minister" -> "defense
    minister"), or None when the title names no office the gazetteer records."""
    return _TITLE_SYNONYMS.get(fold(title).replace("-", " "))


@attrs.frozen(kw_only=True)
class Office:
    """An office an actor holds or held: its title, the polity (actor id) and the term."""

    title: str
    of: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date | None) -> bool:
        """Whether the office was held on ``day`` (the current holder when ``day`` is None)."""
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@attrs.frozen(kw_only=True)
class Match:
    """A gazetteer name found in a text: its offsets, the words as written and the entry."""

    start: int
    end: int
    text: str
    id: str
    category: Category


# How many look-ups a gazetteer remembers (name and category -> id) before it starts afresh.
_LOOKUPS_KEPT = 1 << 16


def _key(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(word_key(w) for w in words)


def _words(name: str) -> list[str]:
    return TOKEN.findall(name)


def _wild_eq(pattern: str, word: str) -> bool:
    return len(pattern) == len(word) and all(
        p in ("?", c) for p, c in zip(pattern, word, strict=True))


def _date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        parts = [int(p) for p in value.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])
    raise ValueError(f"{where} must be a date 'YYYY-MM-DD' or null, got {value!r}")


class Gazetteer:
    """Known actors, places and outlets, looked up by any of their names.

    Build one with :meth:`default` (the packaged data), :meth:`load` (a user's JSON file in
    the same format) or :meth:`extend`; instances are immutable and safe to share.
    """

    __slots__ = ("_actors", "_by_name", "_demonyms", "_demonyms_written", "_domains",
                 "_entries", "_lexicon", "_looked_up", "_offices", "_places", "_raw",
                 "_shapes", "_sources")

    def __init__(self, data: Mapping[str, Any], *, origin: str = "<gazetteer>") -> None:
        self._raw: dict[str, list[Any]] = {}
        self._actors: dict[str, Actor] = {}
        self._places: dict[str, Place] = {}
        self._sources: dict[str, Source] = {}
        self._offices: dict[str, tuple[Office, ...]] = {}
        self._demonyms: dict[str, str] = {}
        self._demonyms_written: list[str] = []
        self._domains: dict[str, str] = {}
        self._by_name: dict[Category, dict[tuple[str, ...], list[str]]] = {
            "actor": {}, "place": {}, "source": {}}
        self._entries: list[Entry] = []
        self._lexicon: Lexicon | None = None
        self._looked_up: dict[tuple[str, Category], str | None] = {}
        self._shapes: dict[Category, dict[tuple[int, ...],
                                          list[tuple[tuple[str, ...], list[str]]]]] = {}
        if not isinstance(data, Mapping):
            raise InputError("a gazetteer must be a JSON object with sections "
                             "'states', 'actors', 'places', 'sources'", path=origin)
        for section in ("states", "actors", "places", "sources"):
            entries = data.get(section, [])
            if not isinstance(entries, list):
                raise InputError(f"section {section!r} must be a list", path=origin)
            self._raw[section] = list(entries)
            for i, entry in enumerate(entries):
                where = f"{section}[{i}]"
                if isinstance(entry, Mapping) and "id" in entry:
                    where += f" ({entry['id']!r})"
                elif isinstance(entry, Mapping) and "iso3" in entry:
                    where += f" ({entry['iso3']!r})"
                try:
                    if not isinstance(entry, Mapping):
                        raise ValueError("entry must be a JSON object")
                    getattr(self, f"_add_{section}")(entry)
                except (KeyError, TypeError, ValueError, ValidationError) as exc:
                    detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
                    raise InputError(f"bad gazetteer entry {where}: {detail}",
                                     path=origin) from None

    # -- construction ---------------------------------------------------------
    @classmethod
    def default(cls) -> Gazetteer:
        """The packaged gazetteer of the region (loaded once and cached)."""
        return _default()

    @classmethod
    def load(cls, path: str | Path) -> Gazetteer:
        """A gazetteer read from a JSON file in the packaged format; bad data raises
        :class:`InputError` naming the file and the entry."""
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read gazetteer: {exc}", path=str(p)) from None
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON: {exc}", path=str(p)) from None
        return cls(data, origin=str(p))

    def extend(self, other: Gazetteer) -> Gazetteer:
        """A new gazetteer with the entries of both; ``other`` wins where ids collide."""
        merged: dict[str, list[Any]] = {}
        for section in ("states", "actors", "places", "sources"):
            key = "iso3" if section == "states" else "id"
            theirs = {e.get(key) for e in other._raw[section]}
            merged[section] = [e for e in self._raw[section] if e.get(key) not in theirs]
            merged[section] += other._raw[section]
        return Gazetteer(merged, origin="<extended gazetteer>")

    def _index(self, name: str, entry_id: str, category: Category) -> None:
        words = _words(name)
        if not words:
            return
        key = _key(words)
        ids = self._by_name[category].setdefault(key, [])
        if entry_id not in ids:
            ids.append(entry_id)
        self._entries.append(Entry(category, name, entry_id, cased=True))

    def _aliases(self, entry: Mapping[str, Any]) -> tuple[str, ...]:
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(
                isinstance(a, str) and a.strip() for a in aliases):
            raise ValueError("'aliases' must be a list of non-empty strings")
        return tuple(aliases)

    def _add_states(self, e: Mapping[str, Any]) -> None:
        iso = e["iso3"]
        name = e["name"]
        actor_id = f"state:{iso}"
        demonyms = tuple(e.get("demonyms", []))
        metonyms = tuple(e.get("metonyms", []))
        aliases = self._aliases(e)
        self._actors[actor_id] = Actor(
            id=actor_id, name=name, kind=ActorKind.STATE, country=iso, role="state",
            aliases=aliases + metonyms, in_gazetteer=True)
        place_id = f"place:{fold(name).replace(' ', '-')}"
        lat, lon = e.get("latitude"), e.get("longitude")
        self._places[place_id] = Place(
            id=place_id, name=name, kind=PlaceKind.COUNTRY, country=iso, latitude=lat,
            longitude=lon, aliases=aliases, in_gazetteer=True)
        for n in (name, *aliases):
            self._index(n, actor_id, "actor")
            self._index(n, place_id, "place")
        for n in metonyms:
            self._index(n, actor_id, "actor")
        for d in demonyms:
            self._demonyms[fold(d)] = actor_id
            self._demonyms_written.append(d)
            self._entries.append(Entry("demonym", d, actor_id, cased=True))

    def _add_actors(self, e: Mapping[str, Any]) -> None:
        offices = []
        for j, o in enumerate(e.get("offices", [])):
            where = f"offices[{j}]"
            offices.append(Office(
                title=str(o["title"]), of=str(o["of"]),
                start=_date(o.get("from"), f"{where}.from"), end=_date(o.get("to"),
                                                                        f"{where}.to")))
        actor = Actor(id=e["id"], name=e["name"], kind=e.get("kind", "other"),
                      country=e.get("country"), role=e.get("role"),
                      aliases=self._aliases(e), in_gazetteer=True)
        self._actors[actor.id] = actor
        self._offices[actor.id] = tuple(offices)
        for n in (actor.name, *actor.aliases):
            self._index(n, actor.id, "actor")

    def _add_places(self, e: Mapping[str, Any]) -> None:
        place = Place(id=e["id"], name=e["name"], kind=e.get("kind", "other"),
                      country=e.get("country"), latitude=e.get("latitude"),
                      longitude=e.get("longitude"), aliases=self._aliases(e), in_gazetteer=True)
        self._places[place.id] = place
        for n in (place.name, *place.aliases):
            self._index(n, place.id, "place")

    def _add_sources(self, e: Mapping[str, Any]) -> None:
        source = Source(id=e["id"], name=e["name"], kind=e.get("kind", SourceKind.OTHER),
                        domain=e.get("domain"), country=e.get("country"))
        aliases = self._aliases(e)
        self._sources[source.id] = source
        self._actors[source.id] = Actor(
            id=source.id, name=source.name, kind=ActorKind.MEDIA, country=source.country,
            role=f"{source.kind.value.replace('_', ' ')}", aliases=aliases, in_gazetteer=True)
        if source.domain:
            self._domains[source.domain.lower()] = source.id
        for n in (source.name, *aliases):
            self._index(n, source.id, "source")

    # -- lookups --------------------------------------------------------------
    @property
    def actors(self) -> tuple[Actor, ...]:
        """Every actor, media outlets included."""
        return tuple(self._actors.values())

    @property
    def places(self) -> tuple[Place, ...]:
        """Every place."""
        return tuple(self._places.values())

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every outlet."""
        return tuple(self._sources.values())

    def _lookup(self, name: str, category: Category) -> str | None:
        memo = (name, category)
        if memo in self._looked_up:
            return self._looked_up[memo]
        found = self._lookup_uncached(name, category)
        if len(self._looked_up) >= _LOOKUPS_KEPT:  # bounded over an archive's many names
            self._looked_up.clear()
        self._looked_up[memo] = found
        return found

    def _lookup_uncached(self, name: str, category: Category) -> str | None:
        text = name.strip().rstrip(".").strip()
        words = _words(text)
        if words and words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        if len(words) > 1 and words[-1].lower() == "s" and re.search(r"['’`]s$", text):
            words = words[:-1]
        if not words:
            return None
        key = _key(words)
        table = self._by_name[category]
        ids = table.get(key)
        if ids is None and any("?" in k for k in key):
            for cand, cand_ids in self._by_shape(category).get(tuple(map(len, key)), ()):
                if all(_wild_eq(a, b) for a, b in zip(key, cand, strict=True)):
                    ids = cand_ids
                    break
        return ids[0] if ids else None

    def _by_shape(self, category: Category
                  ) -> dict[tuple[int, ...], list[tuple[tuple[str, ...], list[str]]]]:
        """The name keys of ``category`` by the lengths of their words, in table order: a
        key with lost letters ('?') is tried only against the names of its shape.  Built
        once per category."""
        shapes = self._shapes.get(category)
        if shapes is None:
            shapes = {}
            for cand, cand_ids in self._by_name[category].items():
                shapes.setdefault(tuple(map(len, cand)), []).append((cand, cand_ids))
            self._shapes[category] = shapes
        return shapes

    def source(self, name_or_domain: str) -> Source | None:
        """The outlet called ``name_or_domain`` ("Report.az.", "report.az", "Trend News
        Agency", "https://www.apa.az/..."), case-insensitively, or None."""
        s = name_or_domain.strip().rstrip(".").strip().lower()
        host = re.sub(r"^[a-z]+://", "", s).split("/")[0]
        host = host[4:] if host.startswith("www.") else host
        if host in self._domains:
            return self._sources[self._domains[host]]
        found = self._lookup(name_or_domain, "source")
        return self._sources[found] if found else None

    def actor(self, name: str) -> Actor | None:
        """The actor with id or name/alias ``name`` (outlets included, as media actors)."""
        if name in self._actors:
            return self._actors[name]
        found = self._lookup(name, "actor") or self._lookup(name, "source")
        return self._actors[found] if found else None

    def place(self, name: str) -> Place | None:
        """The place with id or name/alias ``name``, or None."""
        if name in self._places:
            return self._places[name]
        found = self._lookup(name, "place")
        return self._places[found] if found else None

    def polity(self, word: str) -> str | None:
        """The actor id of a state or organisation named by a name or demonym ("Azerbaijani",
        "Turkish", "U.S.", "NATO"), for resolving titles like "Turkish President"."""
        key = fold(word)
        if key in self._demonyms:
            return self._demonyms[key]
        found = self._lookup(word, "actor")
        if found and self._actors[found].kind in (
                ActorKind.STATE, ActorKind.ALLIANCE, ActorKind.ORGANIZATION):
            return found
        return None

    def polity_words(self) -> tuple[str, ...]:
        """Every word or name that :meth:`polity` resolves: demonyms, state names and aliases
        and the names of alliances and organisations, longest first."""
        words = set(self._demonyms_written)
        for actor in self._actors.values():
            if actor.kind in (ActorKind.STATE, ActorKind.ALLIANCE, ActorKind.ORGANIZATION):
                words.update(n for n in (actor.name, *actor.aliases)
                             if not n.lower().startswith("the "))
        return tuple(sorted(words, key=lambda w: (-len(w), w)))

    def offices(self, actor_id: str) -> tuple[Office, ...]:
        """The offices the gazetteer records for an actor."""
        return self._offices.get(actor_id, ())

    def office_holder(self, title: str, polity: str, day: dt.date | None = None) -> Actor | None:
        """Who held office ``title`` ("president", "Foreign Minister") of ``polity`` (an actor
        id such as "state:AZE") on ``day`` (today's holder when None), if recorded."""
        canonical = normalize_title(title) or fold(title)
        for actor_id, offices in self._offices.items():
            for office in offices:
                if office.title == canonical and office.of == polity and office.covers(day):
                    return self._actors[actor_id]
        return None

    # -- scanning -------------------------------------------------------------
    def lexicon(self) -> Lexicon:
        """The parser's lexicon for this gazetteer: :meth:`Lexicon.default` word lists plus
        every name and alias (labels ``actor``, ``place``, ``source``; value the entry id) and
        every demonym (label ``demonym``; value the state's actor id), matched with their
        written case.  Built once per gazetteer."""
        if self._lexicon is None:
            self._lexicon = Lexicon.default().union(Lexicon(self._entries))
        return self._lexicon

    def find(self, text: str) -> list[Match]:
        """Every gazetteer name in ``text`` with its offsets, left to right.

        Words match accent- and case-folded, but a capitalised alias needs a capitalised
        word ("Trend" the agency, not "trend"); a '?' in a word matches any letter; the
        longest name wins where names overlap (:func:`filter_spans`).  A name that is an
        entry in several categories ("Baku": the state's metonym and the city) yields one
        Match per entry.  One scan of the text (:func:`scan`): linear in its length.
        """
        hits = scan(text, self.lexicon()).hits("actor", "place", "source")
        out = [Match(start=h.start, end=h.end, text=text[h.start:h.end], id=h.value,
                     category=h.label)  # type: ignore[arg-type]
               for h in filter_spans(hits)]
        out.sort(key=lambda m: (m.start, m.id))
        return out


def _layer(base: Mapping[str, Any], top: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Gazetteer data with ``top``'s entries over ``base``'s: an entry in both (a state by
    its code, anything else by its id or by its name and country) keeps top's fields, the
    union of both name lists and base's coordinates where top has none."""
    out: dict[str, list[Any]] = {}
    top_states = {e.get("iso3"): e for e in top.get("states", []) if isinstance(e, Mapping)}
    states = []
    for e in base.get("states", []):
        t = top_states.pop(e.get("iso3"), None) if isinstance(e, Mapping) else None
        if t is None:
            states.append(e)
            continue
        merged = {**e, **t}
        for field in ("aliases", "demonyms", "metonyms"):
            names = [*t.get(field, []), *e.get(field, [])]
            merged[field] = [n for n in dict.fromkeys(names) if n != merged["name"]]
        states.append(merged)
    out["states"] = states + list(top_states.values())
    for section in ("actors", "places", "sources"):
        theirs = [dict(e) if isinstance(e, Mapping) else e for e in top.get(section, [])]
        by_id = {e.get("id"): e for e in theirs if isinstance(e, dict)}
        by_name = {(fold(str(e.get("name", ""))), e.get("country")): e
                   for e in theirs if isinstance(e, dict)}
        for e in theirs:
            if isinstance(e, dict):
                for alias in e.get("aliases", []):
                    by_name.setdefault((fold(str(alias)), e.get("country")), e)
        taken = {k for k, _ in by_name}
        kept = []
        for e in base.get(section, []):
            if not isinstance(e, Mapping):
                kept.append(e)
                continue
            t = by_id.get(e.get("id")) or by_name.get((fold(str(e.get("name", ""))),
                                                        e.get("country")))
            if t is None:
                # A name the top layer gives to another entry is that entry's.
                kept.append({**e, "aliases": [a for a in e.get("aliases", [])
                                              if fold(str(a)) not in taken]})
                continue
            names = [*t.get("aliases", []), e.get("name"), *e.get("aliases", [])]
            t["aliases"] = [n for n in dict.fromkeys(names) if n and n != t.get("name")]
            for field in ("latitude", "longitude", "country"):
                if t.get(field) is None and e.get(field) is not None:
                    t[field] = e[field]
        out[section] = kept + theirs
    return out


@functools.lru_cache(maxsize=1)
def _default() -> Gazetteer:
    """The generated world layer (every state, the world's capitals and large cities, the
    region's settlements) under the hand-curated gazetteer of the region."""
    world = load_json("gazetteer_world.json")
    curated = load_json("gazetteer.json")
    return Gazetteer(_layer(world, curated),
                     origin="caucasus_events/data/gazetteer_world.json + gazetteer.json")
