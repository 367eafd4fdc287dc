"""Where an event happened: the place its clause locates the happening in.

- the place a locative preposition ("in", "near", "at", "over" ... or "the village of")
  attaches to the event's clause;
- else the place the happening acts on or goes to, named right after its trigger ("the
  closure of the Lachin corridor", "shelled Sotk", "a visit to Italy").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from caucasus_events.models import Place
from caucasus_events.parse import _clauses
from caucasus_events.parse._triggers import TriggerHit, TriggerTable

_W = TriggerTable.default().alternation
_OBJECT_PLACE = re.compile(
    r"\s+(?:" + _W("direction_prepositions") + r"\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")


class EventPlaces:
    """The places of one document's events, given its place mentions in text order
    (``(start, end, place)``)."""

    def __init__(self, text: str, places: Sequence[tuple[int, int, Place]]) -> None:
        self.text = text
        self.places = places
        self.place_starts = [p[0] for p in places]

    def of_clause(self, hit: TriggerHit, start: int, end: int) -> str | None:
        """The place of a happening in the clause ``text[start:end]``."""
        return self._place(start, end) or self._object_place(hit, end)

    def _place(self, start: int, end: int) -> str | None:
        i = bisect.bisect_left(self.place_starts, start)
        found = None
        while i < len(self.places) and self.places[i][0] < end:
            p_start, p_end, place = self.places[i]
            if p_end <= end and _clauses.locative(self.text, p_start, start):
                found = place.id
                break
            i += 1
        return found

    def _object_place(self, hit: TriggerHit, end: int) -> str | None:
        """A place a happening acts on or goes to, named right after its trigger ("the
        closure of the Lachin corridor", "shelled Sotk", "a visit to Italy")."""
        i = bisect.bisect_left(self.place_starts, hit.end)
        if i < len(self.places) and self.places[i][1] <= end and \
                _OBJECT_PLACE.fullmatch(self.text, hit.end, self.places[i][0]):
            return self.places[i][2].id
        return None
