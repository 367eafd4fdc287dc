"""Countries by name or code: ISO 3166-1 alpha-3 and alpha-2 codes and English names
(``data/countries.json``), plus the names and aliases the gazetteer gives its states
("Russia", "Turkey", "Kosovo"), all resolved to the alpha-3 code the datasets store."""

from __future__ import annotations

import functools

from caucasus_events._data import load_json
from caucasus_events.models import ActorKind
from caucasus_events.parse.text import fold

__all__ = ["country_code"]


@functools.cache
def _index() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    """(alpha-3 codes, alpha-2 -> alpha-3, folded name -> alpha-3)."""
    from caucasus_events.parse.gazetteer import Gazetteer

    data = load_json("countries.json")
    alpha3: set[str] = set()
    alpha2: dict[str, str] = {}
    names: dict[str, str] = {}
    for entry in data["countries"]:
        code = entry["alpha3"]
        alpha3.add(code)
        alpha2[entry["alpha2"]] = code
        for name in entry["names"]:
            names.setdefault(fold(name), code)
    for actor in Gazetteer.default().actors:
        if actor.kind is ActorKind.STATE and actor.country:
            alpha3.add(actor.country)
            for name in (actor.name, *actor.aliases):
                names[fold(name)] = actor.country
    return frozenset(alpha3), alpha2, names


def country_code(country: str) -> str:
    """The ISO 3166-1 alpha-3 code of ``country``: a code (alpha-3 "ARM" or alpha-2 "AM",
    any case) or an English name or alias ("Armenia", "Russia", "Türkiye"; accents and
    case ignored).  KeyError when no country is known by that name."""
    alpha3, alpha2, names = _index()
    text = country.strip()
    upper = text.upper()
    if len(text) == 3 and upper in alpha3:
        return upper
    if len(text) == 2 and upper in alpha2:
        return alpha2[upper]
    found = names.get(fold(text))
    if found is None:
        raise KeyError(f"no country known by {country!r}; give an English name, an ISO "
                       "3166-1 alpha-2 code ('AM') or an alpha-3 code ('ARM')")
    return found
