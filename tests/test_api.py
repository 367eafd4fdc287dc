"""Edges of the public API a new user meets first: help() on a model, the strategies
module, country names and codes in queries, ids of names in the region's scripts."""

from __future__ import annotations

import inspect
import pydoc
import re
import subprocess
import sys
import unicodedata

import pytest

import caucasus_events as ce
from caucasus_events.countries import country_code
from caucasus_events.dataset import Dataset, load
from caucasus_events.ids import slugify


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return load()


def test_help_shows_every_field_with_its_type_and_description() -> None:
    text = pydoc.render_doc(ce.Event, renderer=pydoc.plaintext)
    assert "'Any'" not in text
    assert "event_type: 'EventType | str'" in text
    assert "actors: 'Iterable[EventActor]'" in text
    assert "date : PartialDate | None" in text and "When it happened" in text
    for model in (ce.Document, ce.Actor, ce.Place, ce.Quote, ce.Citation, ce.Source, ce.Span,
                  ce.PartialDate):
        text = pydoc.render_doc(model, renderer=pydoc.plaintext)
        assert "'Any'" not in str(inspect.signature(model)), model.__name__
        for field in model.__attrs_attrs__:  # type: ignore[attr-defined]
            assert f"{field.name} : " in text, (model.__name__, field.name)


def test_strategies_are_reachable_and_imported_only_on_use() -> None:
    code = ("import sys, caucasus_events as ce; assert 'hypothesis' not in sys.modules; "
            "assert 'strategies' in dir(ce); ce.strategies.records(ce.Event); "
            "assert 'hypothesis' in sys.modules")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert ce.strategies.records is not None
    with pytest.raises(AttributeError, match="no attribute 'nonesuch'"):
        ce.nonesuch  # type: ignore[attr-defined]  # noqa: B018


@pytest.mark.parametrize("name", ["Armenia", "armenia", "AM", "am", "ARM", "arm",
                                  " Republic of Armenia "])
def test_country_names_and_codes(name: str) -> None:
    assert country_code(name) == "ARM"


def test_gazetteer_names_and_iso_names_both_resolve() -> None:
    assert country_code("Russia") == country_code("Russian Federation") == "RUS"
    assert country_code("Turkey") == country_code("Türkiye") == country_code("TR") == "TUR"
    assert country_code("GE") == country_code("Georgia") == "GEO"


def test_actors_by_country_takes_names_and_codes(ds: Dataset) -> None:
    azerbaijani = ds.actors_by_country("AZE")
    assert azerbaijani, "the bundled corpus has actors of Azerbaijan"
    assert ds.actors_by_country("Azerbaijan") == ds.actors_by_country("az") == azerbaijani
    with pytest.raises(KeyError, match="no country known by 'Atlantis'"):
        ds.actors_by_country("Atlantis")
    with pytest.raises(KeyError, match="no actor"):
        ds.events_by_actor("Nobody Atall")
    assert ds.actors_by_country("Iceland") == []  # a known country with no actors


@pytest.mark.parametrize(("name", "slug"), [
    ("Gəncə", "ganca"),
    ("İbrahim Kalın", "ibrahim-kalin"),
    ("Erdoğan", "erdogan"),
    ("Ильхам Алиев", "ilkham-aliev"),
    ("Пашинян", "pashinyan"),
    ("ТБИЛИСИ", "tbilisi"),
    ("თბილისი", "tbilisi"),
    ("ირაკლი ღარიბაშვილი", "irakli-gharibashvili"),
    ("Երևան", "erevan"),
    ("Նիկոլ Փաշինյան", "nikol-pashinyan"),
])
def test_slugify_keeps_the_letters_of_the_regions_scripts(name: str, slug: str) -> None:
    assert slugify(name) == slug


def _old_slugify(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def test_ascii_names_keep_their_ids() -> None:
    gazetteer = ce.Gazetteer.default()
    names = [n for r in (*gazetteer.actors, *gazetteer.places) for n in (r.name, *r.aliases)]
    ascii_names = [n for n in names if n.isascii()]
    assert len(ascii_names) > 100
    assert [slugify(n) for n in ascii_names] == [_old_slugify(n) for n in ascii_names]


# --- queries read only what they return -----------------------------------------------------


def test_queries_build_only_the_records_they_return() -> None:
    fresh = load()
    actor = fresh.events[0].actors[0].actor_id if fresh.events[0].actors else None
    assert actor is not None
    cold = load()
    found = cold.events_by_actor(actor)
    assert found and not cold._records, "no whole table was built"
    assert len(cold._row_caches["events"]._built) == len(found)
    assert "actors" not in cold._row_caches  # names come from three Arrow columns
    # The same answers as filtering every record.
    assert found == [e for e in fresh.events if any(a.actor_id == actor for a in e.actors)]
    assert cold.events_by_actor(actor) == found  # asked again: looked up, not rebuilt


def test_every_query_agrees_with_a_filter_over_all_records(ds: Dataset) -> None:
    cold = load(ds.path)
    events, actors, quotes = ds.events, ds.actors, ds.quotes
    speaker = next(q.speaker for q in quotes if q.speaker)
    assert cold.quotes_by_speaker(speaker) == [q for q in quotes if q.speaker == speaker]
    dated = [e for e in events if e.date is not None]
    lo, hi = dated[0].date.start, dated[0].date.end  # type: ignore[union-attr]
    assert cold.events_between(lo, hi) == [
        e for e in dated if e.date.start <= hi and e.date.end >= lo]  # type: ignore[union-attr]
    kind = events[0].event_type
    assert cold.events_of_type(kind.value) == [e for e in events if e.event_type is kind]
    assert cold.actors_by_kind("person") == [a for a in actors if a.kind.value == "person"]
    assert cold.actor(actors[3].id) == actors[3]
    with pytest.raises(KeyError, match="no actor with id"):
        cold.actor("actor:nobody")
    named = actors[0]
    assert cold.actor_ids(named.name.upper()) >= {named.id}
