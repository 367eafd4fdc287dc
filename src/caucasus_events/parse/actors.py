"""Actors and places of one document: every way an entity is written, resolved to one record.

Gazetteer names are found by :meth:`Gazetteer.find`; people the gazetteer does not know are
found by rules (a title or role before a capitalised name, an apposition, the subject of a
reporting verb, a quote's speaker); role-only phrases ("Azerbaijan's president") resolve to
the office holder on the publication date; surname-only mentions link to the full name.

The passes live in private modules, one idea each: ``_actor_places`` (gazetteer names and
places), ``_person_names`` (people by rule), ``_group_actors`` (groups, bodies, outlets),
``_speakers`` (quote speakers) and ``_actor_countries`` (country assignment), on the shared
state of ``_actor_builder`` and the word lists of ``_actor_words``; this module runs them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from caucasus_events.models import Actor, Document, Place, Quote, Span
from caucasus_events.parse._actor_builder import Entity, first_mention
from caucasus_events.parse._actor_places import PlacePasses
from caucasus_events.parse._group_actors import GroupPasses
from caucasus_events.parse._person_names import PersonPasses
from caucasus_events.parse._speakers import SpeakerPasses
from caucasus_events.parse.gazetteer import Gazetteer

__all__ = ["ActorResult", "extract_actors"]


@attrs.frozen(kw_only=True)
class ActorResult:
    """What :func:`extract_actors` found: actors and places with mentions, and the quotes
    with their speakers resolved."""

    actors: tuple[Actor, ...]
    places: tuple[Place, ...]
    quotes: tuple[Quote, ...]


class _Builder(PersonPasses, GroupPasses, PlacePasses, SpeakerPasses):
    """Collects the mentions of one document's actors and places from its scan: the
    passes of each private module, then the finished records."""

    def records(self) -> tuple[tuple[Actor, ...], tuple[Place, ...]]:
        home = self._home_countries()
        about = self._home_of_bodies()
        actors = []
        for ent in self.actors.values():
            rec, final = ent.record, self._finish(ent)
            if (isinstance(rec, Actor) and not rec.in_gazetteer and rec.country is None
                    and rec.id not in self._settled):
                guess = self._guess_country(rec, home, about)
                if guess is not None:
                    final["country"] = guess
            actors.append(attrs.evolve(rec, **final))  # each record built once
        places = [attrs.evolve(e.record, **self._finish(e)) for e in self.places.values()]
        key = first_mention
        return (tuple(sorted((a for a in actors if isinstance(a, Actor)), key=key)),
                tuple(sorted((p for p in places if isinstance(p, Place)), key=key)))

    def _finish(self, ent: Entity) -> dict[str, Any]:
        spans = sorted(ent.mentions)
        # A mention inside a longer mention of the same entity is the same mention: one
        # sweep by start (longest first) against the furthest end seen, not all pairs.
        inside: set[tuple[int, int]] = set()
        furthest = -1
        for span in sorted(spans, key=lambda sp: (sp[0], -sp[1])):
            if span[1] <= furthest:
                inside.add(span)
            furthest = max(furthest, span[1])
        kept = [sp for sp in spans if sp not in inside]
        mentions = tuple(Span(doc_id=self.doc.id, start=s, end=e) for s, e in kept)
        rec = ent.record
        seen: dict[str, None] = {}
        for form in (*(" ".join(self.text[s:e].split()) for s, e in kept), *rec.aliases):
            if form != rec.name:
                seen.setdefault(form)
        return {"mentions": mentions, "aliases": tuple(seen)}


def extract_actors(document: Document, quotes: Sequence[Quote] = (),
                   gazetteer: Gazetteer | None = None) -> ActorResult:
    """The actors and places ``document`` names, one record per entity with every mention,
    and ``quotes`` with :attr:`Quote.speaker` resolved to an actor id where possible."""
    g = gazetteer or Gazetteer.default()
    b = _Builder(document, g)
    b.gazetteer_pass()
    b.document_pass()
    b.domain_pass()
    b.titled_pass()
    b.titled_state_pass()
    b.office_pass()
    b.role_pass()
    b.armed_group_pass()
    b.group_pass()
    b.people_pass()
    b.state_group_pass()
    b.reporting_pass()
    b.unnamed_person_pass()
    b.acting_person_pass()
    b.media_pass()
    b.quoted_outlet_pass()
    b.apposition_pass()
    b.org_pass()
    b.agent_polity_pass()
    b.name_pass()
    b.place_pass()
    b.border_pass()
    b.site_pass()
    b.surname_pass()
    b.located_body_pass()
    b.home_body_pass()
    b.definite_body_pass()
    b.owned_body_pass()
    b.its_body_pass()
    b.link_surnames()
    b.given_name_pass()
    b.lone_surname_pass()
    b.sibling_pass()
    resolved = tuple(
        attrs.evolve(q, speaker=q.speaker or b.speaker(q)) for q in quotes)
    actors, places = b.records()
    return ActorResult(actors=actors, places=places, quotes=resolved)
