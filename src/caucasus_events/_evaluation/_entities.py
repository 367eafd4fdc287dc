"""Scoring actors and places: found (recall), precision, kind and country among found.

A gold actor (of any kind but ``group``: unnamed collectives are not names to find) is
found when a parsed actor's name, an alias or the text of a mention matches its name or
one of its ``aliases_in_text`` (pronouns left out; see :func:`names_match`).  A parsed actor
matching no gold actor of any kind counts against precision.  Places alike, with
``as_written`` as their forms.  Kind and country are judged on the parsed record that
matched: by name first, else by alias.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from caucasus_events._evaluation._context import Context
from caucasus_events._evaluation._result import Count
from caucasus_events._evaluation._text import names_match
from caucasus_events.models import Actor, Place

__all__ = ["score_actors", "score_places"]

# Parsed actor kinds that stand for a gold kind of another name.
_KIND_ALIASES = {"alliance": "organization"}


def _best(gold_name: str, forms: Sequence[str], parsed: Sequence[Actor] | Sequence[Place],
          names: Callable[[str], list[str]]) -> Actor | Place | None:
    fallback = None
    for record in parsed:
        if names_match(record.name, gold_name):
            return record
        if fallback is None and any(names_match(n, f) for n in names(record.id)
                                    for f in forms):
            fallback = record
    return fallback


def score_actors(ctx: Context) -> tuple[dict[str, Count], list[str]]:
    """Counts of the actor metrics for one page, and its problems."""
    gold: list[dict[str, Any]] = ctx.gold["actors"]
    parsed = list(ctx.page.actors)
    problems = []
    found = kind = country = 0
    named = [g for g in gold if g["kind"] != "group"]

    def names(actor_id: str) -> list[str]:
        return ctx.actor_names(actor_id, mentions=True)

    for g in named:
        forms = ctx.gold_actor_names[g["name"]]
        match = _best(g["name"], forms, parsed, names)
        if match is None:
            problems.append(f"actor missed: {g['name']!r}")
            continue
        found += 1
        assert isinstance(match, Actor)
        got_kind = _KIND_ALIASES.get(match.kind.value, match.kind.value)
        if got_kind == g["kind"]:
            kind += 1
        else:
            problems.append(f"actor kind of {g['name']!r}: got {got_kind}, want {g['kind']}")
        if match.country == g["country"]:
            country += 1
        else:
            problems.append(f"actor country of {g['name']!r}: got {match.country}, "
                            f"want {g['country']}")
    spurious = [a for a in parsed
                if not any(ctx.is_gold_actor(names(a.id), g["name"]) for g in gold)]
    for actor in spurious:
        problems.append(f"actor not in gold: {actor.name!r}")
    return ({"actors.recall": Count(found, len(named)),
             "actors.precision": Count(len(parsed) - len(spurious), len(parsed)),
             "actors.kind": Count(kind, found),
             "actors.country": Count(country, found)}, problems)


def score_places(ctx: Context) -> tuple[dict[str, Count], list[str]]:
    """Counts of the place metrics for one page, and its problems."""
    gold: list[dict[str, Any]] = ctx.gold["places"]
    parsed = list(ctx.page.places)
    problems = []
    found = country = 0

    def names(place_id: str) -> list[str]:
        return ctx.place_names(place_id, mentions=True)

    for g in gold:
        match = _best(g["name"], ctx.gold_place_names[g["name"]], parsed, names)
        if match is None:
            problems.append(f"place missed: {g['name']!r}")
            continue
        found += 1
        if match.country == g["country"]:
            country += 1
        else:
            problems.append(f"place country of {g['name']!r}: got {match.country}, "
                            f"want {g['country']}")
    spurious = [p for p in parsed
                if not any(ctx.is_gold_place(names(p.id), g["name"]) for g in gold)]
    for place in spurious:
        problems.append(f"place not in gold: {place.name!r}")
    return ({"places.recall": Count(found, len(gold)),
             "places.precision": Count(len(parsed) - len(spurious), len(parsed)),
             "places.country": Count(country, found)}, problems)
