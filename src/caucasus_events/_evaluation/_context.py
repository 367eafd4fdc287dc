"""What every scorer needs about one page: the parsed records indexed, the gold indexed,
gold periods as calendar bounds."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from caucasus_events._evaluation._text import PRONOUNS, Folded, fold, names_match
from caucasus_events.dates import PartialDate
from caucasus_events.models import Actor, Document, Page, Place

__all__ = ["Context", "gold_period", "within"]


def _bounds(iso: str) -> tuple[dt.date, dt.date]:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def gold_period(date: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day a gold date can mean (``2020-09/2020-11`` ranges too); None for
    an unknown date.  ValueError for a malformed one."""
    if not date:
        return None
    first, _, last = date.partition("/")
    lo = _bounds(first)[0]
    hi = _bounds(last or first)[1]
    return lo, hi


def within(parsed: PartialDate | None, period: tuple[dt.date, dt.date] | None) -> bool:
    """Whether a parsed date lies wholly inside a gold period: so it is right at the gold
    precision (a day inside a gold month is right, a year for a gold day is not)."""
    if parsed is None or period is None:
        return False
    return period[0] <= parsed.start and parsed.end <= period[1]


class Context:
    """One page's parsed records and gold annotation, indexed once for every scorer."""

    def __init__(self, gold: dict[str, Any], page: Page) -> None:
        self.gold = gold
        self.page = page
        self.docs: dict[str, Document] = {d.id: d for d in page.documents}
        self._folded: dict[str, Folded] = {}
        self.actors: dict[str, Actor] = {a.id: a for a in page.actors}
        self.places: dict[str, Place] = {p.id: p for p in page.places}
        # gold actor name -> every name it goes by in the text (pronouns left out)
        self.gold_actor_names: dict[str, list[str]] = {
            a["name"]: [a["name"], *(s for s in a["aliases_in_text"]
                                     if isinstance(s, str) and fold(s) not in PRONOUNS)]
            for a in gold["actors"]}
        self.gold_place_names: dict[str, list[str]] = {
            p["name"]: [p["name"], *(s for s in p["as_written"] if isinstance(s, str))]
            for p in gold["places"]}

    def folded(self, doc: Document) -> Folded:
        """The folded text of ``doc`` (built once)."""
        if doc.id not in self._folded:
            self._folded[doc.id] = Folded(doc.text)
        return self._folded[doc.id]

    def mention_texts(self, record: Actor | Place) -> list[str]:
        """The document text each mention span of ``record`` covers."""
        out = []
        for span in record.mentions:
            doc = self.docs.get(span.doc_id)
            if doc is not None and span.end <= len(doc.text):
                out.append(doc.text[span.start:span.end])
        return out

    def actor_names(self, actor_id: str | None, *, mentions: bool = False) -> list[str]:
        """Name and aliases (and, if asked, mention texts) of a parsed actor."""
        actor = self.actors.get(actor_id) if actor_id else None
        if actor is None:
            return []
        names = [actor.name, *actor.aliases]
        return names + self.mention_texts(actor) if mentions else names

    def place_names(self, place_id: str | None, *, mentions: bool = False) -> list[str]:
        """Name and aliases (and, if asked, mention texts) of a parsed place."""
        place = self.places.get(place_id) if place_id else None
        if place is None:
            return []
        names = [place.name, *place.aliases]
        return names + self.mention_texts(place) if mentions else names

    def is_gold_actor(self, names: list[str], gold_name: str | None) -> bool:
        """Whether any of ``names`` names gold actor ``gold_name`` (or one of its aliases);
        a gold name absent from ``actors`` is matched by itself."""
        if gold_name is None:
            return False
        wanted = self.gold_actor_names.get(gold_name, [gold_name])
        return any(names_match(n, w) for n in names for w in wanted)

    def is_gold_place(self, names: list[str], gold_name: str | None) -> bool:
        """Whether any of ``names`` names gold place ``gold_name`` or one of its forms."""
        if gold_name is None:
            return False
        wanted = self.gold_place_names.get(gold_name, [gold_name])
        return any(names_match(n, w) for n in names for w in wanted)
