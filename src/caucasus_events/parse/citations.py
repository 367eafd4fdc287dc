"""Inline source references such as "(Report.az, May 26)" and outlet names resolved to Sources.

A parenthesis is a citation group when one of its ";"-separated parts reads "<source>,
<date>" or names a web domain; every part of such a group that looks like a source name
becomes one :class:`~caucasus_events.models.Citation`.  Abbreviations ("(CSTO)"), lists
("(Georgia, Ukraine, Azerbaijan and Moldova)") and bare dates ("(May 4, 2021)") are not.
"""

from __future__ import annotations

import functools
import re
from typing import Protocol

from caucasus_events.dates import PartialDate, parse_date
from caucasus_events.ids import make_id, slugify
from caucasus_events.models import Citation, Document, Source, SourceKind, Span

__all__ = ["SourceLookup", "extract_citations", "looks_like_domain", "resolve_source"]

_DOMAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,12}$")
# One parenthesis without nested ones, at most 300 characters: linear to find.
_PAREN = re.compile(r"\(([^()\n]{1,300})\)")
_PART = re.compile(r"[^;]+")
_SEE = re.compile(r"^(?:see(?:\s+also)?|cf\.?)\s+", re.I)
_ACCESSED = re.compile(r"^(?:accessed|retrieved|updated|published)\s+", re.I)
# A source name: words starting with a letter or digit, no sentence punctuation.
_NAME = re.compile(r"^[A-Z0-9][\w.&'’/ -]{0,60}$")
_PROBE = PartialDate(year=2000, precision="year")
_LOWER_WORDS = re.compile(r"\b(?:and|or|including|such|as|the|of|for|in|with|see)\b")


class SourceLookup(Protocol):
    """What the parser needs of a gazetteer: outlets by name or web domain."""

    def source(self, name_or_domain: str) -> Source | None:
        """The known outlet written as ``name_or_domain``, or None."""


def looks_like_domain(name: str) -> bool:
    """Whether ``name`` is written as a web domain ("Report.az", "Mod.gov.az.")."""
    return bool(_DOMAIN.match(name.strip().rstrip(".")))


def resolve_source(name: str, gazetteer: SourceLookup | None) -> Source | None:
    """The gazetteer's outlet for ``name``, else a Source built from the name as written.

    A leading "the" and trailing full stop are ignored; a name written as a domain becomes
    an online outlet with that domain.  None for a name without letters.
    """
    clean = " ".join(name.split()).strip(" .,;:")
    if clean.lower().startswith("the "):
        clean = clean[4:]
    if not any(c.isalpha() for c in clean):
        return None
    if gazetteer is not None:
        for probe in dict.fromkeys((name.strip(), clean, f"The {clean}")):
            found = gazetteer.source(probe)
            if found is not None:
                return found
    slug = slugify(clean)
    if not slug:
        return None
    if looks_like_domain(clean):
        return Source(id=make_id("src", slug), name=clean, kind=SourceKind.ONLINE_MEDIA,
                      domain=clean.lower())
    return Source(id=make_id("src", slug), name=clean, kind=SourceKind.OTHER)


class _Part:
    """One ";"-separated piece of a parenthesis: source text, date text and offsets."""

    __slots__ = ("date", "end", "name", "start")

    def __init__(self, name: str, start: int, end: int, date: PartialDate | None) -> None:
        self.name = name
        self.start = start
        self.end = end
        self.date = date


@functools.lru_cache(maxsize=8192)
def _parse(text: str, reference: PartialDate | None) -> PartialDate | None:
    """:func:`parse_date`, cached: a page repeats its dates and parsing one is slow."""
    return parse_date(text, reference=reference)


def _is_date(text: str) -> bool:
    return _parse(text, _PROBE) is not None


def _looks_like_name(name: str) -> bool:
    if not _NAME.match(name) or _is_date(name):
        return False
    words = name.split()
    return len(words) <= 6 and not _LOWER_WORDS.search(name)


def _date_tail(body: str) -> tuple[int, str] | None:
    """The comma position and date text of "Source, [accessed] date", or None."""
    comma = body.find(",")
    if comma <= 0:
        return None
    tail = body[comma + 1:].strip()
    accessed = _ACCESSED.match(tail)
    if accessed:
        tail = tail[accessed.end():]
    return (comma, tail) if tail and _is_date(tail) else None


def _split_part(text: str, start: int, reference: PartialDate | None) -> _Part | None:
    """Read "Source, date" or "Source" from ``text``, which stands at offset ``start``."""
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    see = _SEE.match(body)
    if see:
        lead += see.end()
        body = body[see.end():]
    if not body:
        return None
    span = (start + lead, start + lead + len(body))
    dated = _date_tail(body)
    if dated is not None:
        comma, tail = dated
        return _Part(body[:comma].rstrip(), *span, _parse(tail, reference))
    if "," in body:
        return None
    return _Part(body, *span, None)


def extract_citations(document: Document, gazetteer: SourceLookup | None = None) -> list[Citation]:
    """Every inline source reference of ``document``, one Citation per source named.

    A missing year ("May 26") is inferred from the document's publication date and
    flagged; the span covers that source's part of the parenthesis ("Report.az, May 26").
    """
    text = document.text
    found: list[Citation] = []
    for m in _PAREN.finditer(text):
        inner_start = m.start(1)
        pieces = [(p.group(), inner_start + p.start()) for p in _PART.finditer(m.group(1))]
        parts: list[_Part] = []
        anchored = False
        for piece, offset in pieces:
            part = _split_part(piece, offset, document.published)
            if part is None or not _looks_like_name(part.name):
                continue
            dated = part.date is not None or _date_tail(piece.strip()) is not None
            if dated or looks_like_domain(part.name):
                anchored = True
            parts.append(part)
        if not anchored:
            continue
        for part in parts:
            source = resolve_source(part.name, gazetteer)
            span = Span(doc_id=document.id, start=part.start, end=part.end)
            found.append(Citation(
                id=make_id("cit", document.id, part.start, slugify(part.name)),
                document_id=document.id, source_text=part.name,
                source_id=source.id if source else None, date=part.date, span=span))
    return found
