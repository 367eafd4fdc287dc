"""The gazetteer: lookups by any written form, the scanner, and loading user files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from caucasus_events.errors import InputError
from caucasus_events.models import ActorKind, PlaceKind
from caucasus_events.parse.gazetteer import Gazetteer, _key, _words


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


def test_default_is_cached_and_sized(g: Gazetteer) -> None:
    assert Gazetteer.default() is g
    states = [a for a in g.actors if a.id.startswith("state:")]
    assert len(states) >= 249  # every ISO 3166 state and territory
    assert 2000 <= len(g.places) <= 10_000


@pytest.mark.parametrize(("written", "actor_id"), [
    ("Canada", "state:CAN"), ("Japan", "state:JPN"), ("Spain", "state:ESP"),
    ("Switzerland", "state:CHE"), ("Qatar", "state:QAT"), ("South Korea", "state:KOR"),
    ("Türkiye", "state:TUR"), ("Turkey", "state:TUR"), ("the Russian Federation", "state:RUS"),
    ("Nikol Pashinian", "person:nikol-pashinyan"), ("Ilham Aliev", "person:ilham-aliyev"),
    ("Əliyev", "person:ilham-aliyev"),
])
def test_world_states_and_spelling_variants(g: Gazetteer, written: str, actor_id: str) -> None:
    found = g.actor(written)
    assert found is not None and found.id == actor_id


@pytest.mark.parametrize(("written", "country"), [
    ("Kapan", "ARM"), ("Jermuk", "ARM"), ("Sotk", "ARM"), ("Goris", "ARM"), ("Munich", "DEU"),
    ("Xankəndi", "AZE"), ("Shushi", "AZE"), ("Syunik", "ARM"), ("Tokyo", "JPN"),
])
def test_world_and_region_places_with_coordinates(g: Gazetteer, written: str,
                                                   country: str) -> None:
    place = g.place(written)
    assert place is not None and place.country == country
    assert place.kind.value == "region" or place.latitude is not None


def test_world_demonyms_name_the_state(g: Gazetteer) -> None:
    assert g.polity("Canadian") == "state:CAN"
    assert g.polity("Qatari") == "state:QAT"
    assert g.polity("British") == "state:GBR"
    assert g.polity("Azeri") == "state:AZE"


def test_curated_entries_win_over_generated_ones(g: Gazetteer) -> None:
    turkey = g.actor("state:TUR")
    assert turkey is not None and turkey.name == "Turkey" and "Türkiye" in turkey.aliases
    baku = g.place("Baku")
    assert baku is not None and baku.id == "place:baku"


def test_ids_are_unique_and_readable(g: Gazetteer) -> None:
    ids = [a.id for a in g.actors] + [p.id for p in g.places]
    assert len(ids) == len(set(ids))
    assert all(":" in i for i in ids)


@pytest.mark.parametrize(("written", "expected"), [
    ("Report.az.", "media:report-az"),
    ("report.az", "media:report-az"),
    ("https://www.apa.az/en/news/1", "media:apa"),
    ("Trend News Agency", "media:trend"),
    ("RFE/RL", "media:rferl"),
    ("Radio Free Europe/Radio Liberty", "media:rferl"),
    ("Hurriyet newspaper", "media:hurriyet"),
])
def test_source_lookup_is_tolerant(g: Gazetteer, written: str, expected: str) -> None:
    source = g.source(written)
    assert source is not None and source.id == expected


def test_unknown_source_is_none(g: Gazetteer) -> None:
    assert g.source("The Daily Nothing") is None


@pytest.mark.parametrize(("written", "expected"), [
    ("Erdogan", "person:recep-tayyip-erdogan"),
    ("Erdoğan", "person:recep-tayyip-erdogan"),
    ("Erdo?an", "person:recep-tayyip-erdogan"),
    ("the North Atlantic Treaty Organization", "org:nato"),
    ("the Kremlin", "gov:rus-kremlin"),
    ("Soviet Armenia", "state:armenian-ssr"),
    ("the Soviets", "state:soviet-union"),
    ("Azerbaijan’s", "state:AZE"),
    ("Azerbaijan`s", "state:AZE"),
    ("AZAL", "company:azal"),
    ("Azerbaijani Ministry of Defence", "gov:aze-mod"),
    ("Minval.az", "media:minval-az"),
])
def test_actor_lookup(g: Gazetteer, written: str, expected: str) -> None:
    actor = g.actor(written)
    assert actor is not None and actor.id == expected


def test_states_carry_iso_codes_and_media_are_actors(g: Gazetteer) -> None:
    aze = g.actor("Azerbaijan")
    assert aze is not None and aze.kind is ActorKind.STATE and aze.country == "AZE"
    minval = g.actor("Minval.az")
    assert minval is not None and minval.kind is ActorKind.MEDIA


def test_places_have_coordinates(g: Gazetteer) -> None:
    khachmaz = g.place("Khachmaz")
    assert khachmaz is not None and khachmaz.kind is PlaceKind.DISTRICT
    assert khachmaz.latitude is not None and 40 < khachmaz.latitude < 42
    # Every place but the uninhabited territories of ISO 3166 (Antarctica, Bouvet Island...).
    assert len([p for p in g.places if p.latitude is None]) <= 4


def test_office_holder_depends_on_the_date(g: Gazetteer) -> None:
    assert g.office_holder("President", "state:USA", dt.date(2021, 5, 4)).id == "person:joe-biden"
    assert g.office_holder("president", "state:USA", dt.date(2025, 7, 1)).id == \
        "person:donald-trump"
    assert g.office_holder("Foreign Minister", "state:AZE").id == "person:jeyhun-bayramov"
    assert g.office_holder("Secretary-General", "org:nato", dt.date(2021, 12, 1)).id == \
        "person:jens-stoltenberg"
    assert g.polity("Azerbaijani") == "state:AZE"


def test_find_offsets_longest_match_and_case(g: Gazetteer) -> None:
    text = ("Turkish President Recep Tayyip Erdo?an met Azerbaijan’s leader in Nagorno-Karabakh; "
            "the trend is clear, says Trend.")
    found = g.find(text)
    assert all(text[m.start:m.end] == m.text for m in found)
    by_text = {m.text: m.id for m in found}
    assert by_text["Recep Tayyip Erdo?an"] == "person:recep-tayyip-erdogan"
    assert by_text["Nagorno-Karabakh"] == "place:nagorno-karabakh"
    assert "Azerbaijan" in by_text
    assert "trend" not in by_text and by_text["Trend"] == "media:trend"
    # "Baku" is both the state acting and the city: one match per entry.
    ids = {m.id for m in g.find("Baku said")}
    assert ids == {"state:AZE", "place:baku"}


def test_find_is_linear(g: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The work of find (characters the one automaton reads) grows with the text alone."""
    lexicon = g.lexicon()
    automaton = lexicon._automaton
    read = {"chars": 0}

    class Counting:
        def iter(self, stream: str):  # type: ignore[no-untyped-def]
            read["chars"] += len(stream)
            return automaton.iter(stream)  # type: ignore[union-attr]

    monkeypatch.setattr(lexicon, "_automaton", Counting())
    chunk = "Aliyev met Putin in Moscow while NATO watched the South Caucasus. Erdo?an too. "
    small = len(g.find(chunk * 200))
    small_work = read["chars"]
    large = len(g.find(chunk * 2000))
    assert large == small * 10
    assert read["chars"] - small_work <= 10.5 * small_work


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_load_and_extend(g: Gazetteer, tmp_path: Path) -> None:
    mine = Gazetteer.load(_write(tmp_path, {"actors": [
        {"id": "person:vugar-iskenderov", "name": "Vugar Iskenderov", "kind": "person",
         "country": "AZE", "role": "Member of the Milli Majlis", "aliases": ["Iskenderov"]}]}))
    both = g.extend(mine)
    assert both.actor("Iskenderov").id == "person:vugar-iskenderov"
    assert both.actor("Aliyev").id == "person:ilham-aliyev"
    assert g.actor("Iskenderov") is None


@pytest.mark.parametrize(("data", "fragment"), [
    ({"actors": [{"name": "No Id"}]}, "actors[0]"),
    ({"actors": [{"id": "x:y", "name": "Y", "country": "Azerbaijan"}]}, "'x:y'"),
    ({"places": [{"id": "p:z", "name": "Z", "latitude": 100, "longitude": 0}]}, "latitude"),
    ({"actors": "nope"}, "'actors' must be a list"),
    ([1, 2], "JSON object"),
])
def test_load_reports_the_file_and_entry(tmp_path: Path, data: object, fragment: str) -> None:
    path = _write(tmp_path, data)
    with pytest.raises(InputError) as info:
        Gazetteer.load(path)
    assert str(path) in str(info.value) and fragment in str(info.value)


def test_load_rejects_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json"):
        Gazetteer.load(path)
    with pytest.raises(InputError, match=r"missing\.json"):
        Gazetteer.load(tmp_path / "missing.json")


def test_lost_letter_lookup_agrees_with_a_walk_of_the_table(g: Gazetteer) -> None:
    """Every name with one or two letters lost reads as the first name (in table order)
    that a walk of the whole table finds: the masked index changes nothing but speed."""
    def walk(key: tuple[str, ...], category: str) -> str | None:
        for cand, ids in g._by_name[category].items():  # type: ignore[index]
            if len(cand) == len(key) and all(
                    len(a) == len(b) and all(p in ("?", c) for p, c in zip(a, b, strict=True))
                    for a, b in zip(key, cand, strict=True)):
                return ids[0]
        return None

    checked = found = 0
    for category in ("actor", "place", "source"):
        for cand in list(g._by_name[category])[::7]:  # type: ignore[index]
            words = list(cand)
            word = words[-1]
            if len(word) < 4 or not word.isalpha() or words[0] == "the":
                continue
            for lost in ({1}, {1, len(word) - 2}):
                words[-1] = "".join("?" if i in lost else c for i, c in enumerate(word))
                name = " ".join(words)
                key = _key(_words(name))
                expected = g._by_name[category].get(key)  # type: ignore[index]
                expected = expected[0] if expected else walk(key, category)
                assert g._lookup(name, category) == expected, name  # type: ignore[arg-type]
                assert g._lookup(name, category) == expected  # cached
                checked += 1
                found += expected is not None
    assert checked > 100 and found > checked // 2
