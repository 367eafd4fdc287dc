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


def _score(ctx: Context, what: str, gold: list[dict[str, Any]],
           parsed: Sequence[Actor] | Sequence[Place], forms: dict[str, list[str]],
           names: Callable[[str], list[str]], is_gold: Callable[[list[str], str], bool],
           *, kinds: bool) -> tuple[dict[str, Count], list[str]]:
    """The found/precision/kind/country counts of one kind of entity (``what``: "actor"
    or "place"); kinds are judged only when ``kinds``."""
    problems = []
    found = kind = country = 0
    for g in gold:
        match = _best(g["name"], forms[g["name"]], parsed, names)
        if match is None:
            problems.append(f"{what} missed: {g['name']!r}")
            continue
        found += 1
        if kinds:
            assert isinstance(match, Actor)
            got_kind = _KIND_ALIASES.get(match.kind.value, match.kind.value)
            if got_kind == g["kind"]:
                kind += 1
            else:
                problems.append(f"{what} kind of {g['name']!r}: got {got_kind}, "
                                f"want {g['kind']}")
        if match.country == g["country"]:
            country += 1
        else:
            problems.append(f"{what} country of {g['name']!r}: got {match.country}, "
                            f"want {g['country']}")
    every = ctx.gold[f"{what}s"]
    spurious = [r for r in parsed if not any(is_gold(names(r.id), g["name"]) for g in every)]
    problems.extend(f"{what} not in gold: {r.name!r}" for r in spurious)
    counts = {f"{what}s.recall": Count(found, len(gold)),
              f"{what}s.precision": Count(len(parsed) - len(spurious), len(parsed))}
    if kinds:
        counts[f"{what}s.kind"] = Count(kind, found)
    counts[f"{what}s.country"] = Count(country, found)
    return counts, problems


def score_actors(ctx: Context) -> tuple[dict[str, Count], list[str]]:
    """Counts of the actor metrics for one page, and its problems."""
    named = [g for g in ctx.gold["actors"] if g["kind"] != "group"]
    return _score(ctx, "actor", named, list(ctx.page.actors), ctx.gold_actor_names,
                  lambda i: ctx.actor_names(i, mentions=True), ctx.is_gold_actor, kinds=True)


def score_places(ctx: Context) -> tuple[dict[str, Count], list[str]]:
    """Counts of the place metrics for one page, and its problems."""
    return _score(ctx, "place", ctx.gold["places"], list(ctx.page.places),
                  ctx.gold_place_names, lambda i: ctx.place_names(i, mentions=True),
                  ctx.is_gold_place, kinds=False)
