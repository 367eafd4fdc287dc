"""Well-known dated happenings of the region, found in a text like gazetteer names.

A page that names the 44-day war, the Lachin corridor blockade or the AZAL crash near
Aktau was written on or after the happening began: the publication-date inference of an
undated page counts it as a dated mention, and a yearless date that falls inside its
period ("the crash near Aktau on December 25") takes its year.  The table is data
(``data/happenings.json``, each entry with the article its dates come from).  An event
whose trigger is one of a happening's names ("during the 44-day war") takes the
happening's period (:meth:`Happening.period`) when its clause states no date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

import attrs

from caucasus_events._data import data_origin, load_json
from caucasus_events.dates import Inferred, PartialDate, Precision, Season
from caucasus_events.errors import InputError
from caucasus_events.parse._prefilter import lead

__all__ = ["Happening", "HappeningHit", "HappeningTable"]

# How far around a 'near' word its 'with' word may stand: the same sentence, bounded so the
# check reads a fixed window (linear in the text).
_WINDOW = 300
_SENTENCE_STOP = re.compile(r"[.!?]\s|\n")
_WORD = re.compile(r"[\w-]+")


@attrs.frozen
class Happening:
    """One dated happening: its name, first and last day, and the article the dates are from."""

    name: str
    start: dt.date
    end: dt.date
    source: str

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"{self.name!r} ends before it starts")

    def period(self) -> PartialDate | None:
        """The finest date that holds the whole happening: its day, month, season or
        year (flagged inferred: world knowledge, not the text); None when it spans
        years."""
        a, b = self.start, self.end
        if a == b:
            return PartialDate.from_date(a, inferred=Inferred.DATE)
        if (a.year, a.month) == (b.year, b.month):
            return PartialDate(year=a.year, month=a.month, precision=Precision.MONTH,
                               inferred=Inferred.DATE)
        for season in Season:
            # a winter is of the year its January falls in
            year = b.year
            candidate = PartialDate(year=year, season=season, precision=Precision.SEASON,
                                    inferred=Inferred.DATE)
            if candidate.start <= a and b <= candidate.end:
                return candidate
        if a.year == b.year:
            return PartialDate(year=a.year, precision=Precision.YEAR, inferred=Inferred.DATE)
        return None


@attrs.frozen
class HappeningHit:
    """Where a text names a happening: by one of its names (``named``: "the 44-day war"),
    or by a 'near' word with a 'with' word in its sentence ("Tovuz" ... "clashes")."""

    start: int
    end: int
    happening: Happening
    named: bool = False


def _phrase(words: list[str]) -> str:
    """An alternation of the words, longest first; a space matches any white space and an
    apostrophe either form ("Russia's", "Russia’s")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for w in sorted(set(words), key=len, reverse=True))


@attrs.frozen(eq=False)
class HappeningTable:
    """The happenings and one compiled pattern of all their names."""

    happenings: tuple[Happening, ...]
    _pattern: re.Pattern[str] | None
    # per named group: (happening index, the 'with' pattern or None)
    _groups: dict[str, tuple[int, re.Pattern[str] | None]]
    # what a happening is called in general ("war") with where it happened ("Karabakh")
    _called: tuple[tuple[int, re.Pattern[str], re.Pattern[str]], ...] = ()
    #: the lower-cased words of the happenings' names (aliases): a text without one of
    #: them names no happening by name
    alias_words: frozenset[str] = frozenset()

    @classmethod
    def from_json(cls, data: Any, *, origin: str = "<happenings>") -> HappeningTable:
        """A table from the JSON shape of ``data/happenings.json``: entries with a name,
        ``start``/``end`` ISO days, a ``source``, ``aliases`` (enough alone) and/or
        ``near`` words that count only with one of the ``with`` words in their sentence,
        and optionally ``called`` nouns with ``where`` words (what it is called in general
        and where it happened, for "last year's war over Karabakh").
        A malformed entry raises :class:`InputError` naming it."""
        if not isinstance(data, dict) or not isinstance(data.get("happenings"), list):
            raise InputError("happenings must be an object with a 'happenings' list",
                             path=origin)
        happenings: list[Happening] = []
        parts: list[str] = []
        groups: dict[str, tuple[int, re.Pattern[str] | None]] = {}
        called: list[tuple[int, re.Pattern[str], re.Pattern[str]]] = []
        names: list[str] = []  # every alias and near word
        alias_words: set[str] = set()
        for i, entry in enumerate(data["happenings"]):
            try:
                h = Happening(name=str(entry["name"]),
                              start=dt.date.fromisoformat(entry["start"]),
                              end=dt.date.fromisoformat(entry["end"]),
                              source=str(entry["source"]))
                aliases = [str(a) for a in entry.get("aliases", [])]
                near = [str(a) for a in entry.get("near", [])]
                cues = [str(a) for a in entry.get("with", [])]
                nouns = [str(a) for a in entry.get("called", [])]
                where = [str(a) for a in entry.get("where", [])]
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise InputError(f"bad happening #{i}: {exc!r}", path=origin) from None
            if bool(nouns) != bool(where):
                raise InputError(f"happening #{i} ({h.name!r}) needs 'called' nouns with "
                                 "'where' words", path=origin)
            if nouns:
                called.append((i, re.compile(rf"(?<!\w)(?:{_phrase(nouns)})(?!\w)", re.I),
                               re.compile(rf"(?<!\w)(?:{_phrase(where)})(?!\w)", re.I)))
            if (not aliases and not near) or bool(near) != bool(cues):
                raise InputError(f"happening #{i} ({h.name!r}) needs aliases, or near words "
                                 "with their 'with' words", path=origin)
            happenings.append(h)
            names.extend((*aliases, *near))
            if aliases:
                alias_words.update(w.lower() for a in aliases for w in _WORD.findall(a))
                groups[f"a{i}"] = (i, None)
                parts.append(f"{lead(aliases)}(?P<a{i}>{_phrase(aliases)})")
            if near:
                groups[f"n{i}"] = (i, re.compile(rf"(?<!\w)(?:{_phrase(cues)})(?!\w)", re.I))
                parts.append(f"{lead(near)}(?P<n{i}>{_phrase(near)})")
        pattern = re.compile(r"(?<!\w)" + lead(names) + "(?:" + "|".join(parts)
                             + r")(?!\w)", re.I) if parts else None
        return cls(tuple(happenings), pattern, groups, tuple(called),
                   frozenset(alias_words))

    @classmethod
    def default(cls) -> HappeningTable:
        """The packaged table."""
        return _default_table()

    def find(self, text: str) -> list[HappeningHit]:
        """Every happening ``text`` names, left to right (one pass of one pattern; a
        'near' word checks a bounded window of its sentence for a 'with' word).  The
        hits of the last few texts are kept: the publication-date inference and the
        events' dates ask for the same document's."""
        return list(_found(self, text))

    def _find(self, text: str) -> list[HappeningHit]:
        if self._pattern is None:
            return []
        out = []
        for m in self._pattern.finditer(text):
            name = m.lastgroup
            if name is None:
                continue
            index, cue = self._groups[name]
            if cue is not None:
                lo, hi = _sentence(text, m.start(), m.end())
                if cue.search(text, lo, hi) is None:
                    continue
            out.append(HappeningHit(m.start(), m.end(), self.happenings[index],
                                    named=cue is None))
        return out


    def called_in(self, text: str, start: int, end: int) -> list[Happening]:
        """The happenings ``text[start:end]`` (a sentence) names in general terms: one of
        their 'called' nouns with one of their 'where' words ("last year's war over
        Nagorno-Karabakh")."""
        return [self.happenings[i] for i, noun, where in self._called
                if noun.search(text, start, end) and where.search(text, start, end)]


@functools.lru_cache(maxsize=16)
def _found(table: HappeningTable, text: str) -> tuple[HappeningHit, ...]:
    return tuple(table._find(text))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]``, at most ``_WINDOW`` characters
    each side."""
    lo = max(0, start - _WINDOW)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, lo, start)]
    lo = stops[-1] if stops else lo
    hi_limit = min(len(text), end + _WINDOW)
    stop = _SENTENCE_STOP.search(text, end, hi_limit)
    return lo, stop.start() + 1 if stop else hi_limit


@functools.lru_cache(maxsize=1)
def _default_table() -> HappeningTable:
    return HappeningTable.from_json(load_json("happenings.json"),
                                    origin=data_origin("happenings.json"))
