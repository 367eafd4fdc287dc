"""Country assignment for actors: the state a polity names, the country the text is about,
and the guess for a rule actor's country when the text does not write one."""

from __future__ import annotations

from collections.abc import Sequence

from caucasus_events.models import Actor, ActorKind
from caucasus_events.parse._actor_builder import BuilderBase
from caucasus_events.parse._actor_words import SURNAME_COUNTRY
from caucasus_events.parse._scan import Hit, word_key

__all__ = ["CountryRules"]


class CountryRules(BuilderBase):
    """Which country a polity, a public body or a rule actor belongs to."""

    def country_of(self, pol: str | None) -> str | None:
        if not pol:
            return None
        polity = self.g.polity(pol)
        actor = self.g.actor(polity) if polity else None
        return actor.country if actor and actor.kind is ActorKind.STATE else None

    def _de_facto(self, pol: str) -> bool:
        """Whether ``pol`` names a state no ISO code stands for (a de facto state)."""
        polity = self.g.polity(pol)
        actor = self.g.actor(polity) if polity else None
        return actor is not None and actor.kind is ActorKind.STATE and actor.country is None

    def _state_of(self, pol: Hit) -> Actor | None:
        """The state (with a country) a polity hit names, or None."""
        state = self.g.actor(pol.value) if pol.label == "demonym" else self.g.actor(
            self.g.polity(self.text[pol.start:pol.end]) or "")
        if state is None or state.kind is not ActorKind.STATE or not state.country:
            return None
        return state

    def _home_countries(self) -> list[str]:
        """The countries of the states the document names, most mentioned first."""
        counts = sorted(((len(e.mentions), e.record.country) for e in self.actors.values()
                         if isinstance(e.record, Actor) and e.record.kind is ActorKind.STATE
                         and e.record.country), reverse=True)
        return [c for _n, c in counts if c]

    def _home_of_bodies(self) -> str | None:
        """The country the document is about: the one whose states, bodies, people and
        places it mentions most (not its companies, outlets and organisations); None on a
        tie."""
        spans: dict[str, set[tuple[int, int]]] = {}
        for ent in (*self.actors.values(), *self.places.values()):
            country = ent.record.country
            if isinstance(ent.record, Actor) and ent.record.kind in (
                    ActorKind.COMPANY, ActorKind.MEDIA, ActorKind.ORGANIZATION):
                continue  # a platform's or an agency's seat says nothing of the story
            if country:  # a name that is both a place and an actor counts once
                spans.setdefault(country, set()).update(ent.mentions)
        counts = {c: len(found) for c, found in spans.items()}
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _guess_country(self, rec: Actor, home: Sequence[str], about: str | None) -> str | None:
        """A rule-found person's or public body's country when nothing in the text says it:
        a person's surname form ("-yan": Armenia, "-shvili": Georgia; "-ov": Azerbaijan or
        Russia, whichever the document names more), else the country the document is
        about (:meth:`_home_of_bodies`), else the state it names most."""
        if rec.kind is ActorKind.PERSON and (" " in rec.name or rec.id in self._lone_surnames):
            surname = word_key(rec.name.split()[-1])
            for ending, countries in SURNAME_COUNTRY:
                if surname.endswith(ending) and len(surname) > len(ending) + 2:
                    options = countries.split()
                    ranked = [c for c in home if c in options]
                    return ranked[0] if ranked else options[0]
        if rec.kind in (ActorKind.PERSON, ActorKind.GOVERNMENT_BODY, ActorKind.MEDIA) and home:
            return about or home[0]
        return None
