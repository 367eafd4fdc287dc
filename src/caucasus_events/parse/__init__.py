"""Parsing scraped pages: text -> documents -> citations, quotes -> actors, places -> events.

:func:`parse_page` is the entry point; :func:`parse_file` reads a page from disk first.
Every record of the returned :class:`~caucasus_events.models.Page` carries spans that
index its own document's stored text.
"""

from __future__ import annotations

import hashlib
import os
import re
from typing import TYPE_CHECKING

import attrs

from caucasus_events._encoding import decode_page
from caucasus_events.errors import InputError
from caucasus_events.models import Actor, Citation, Event, Page, Place, Quote
from caucasus_events.parse._checks import check_page
from caucasus_events.parse.citations import extract_citations
from caucasus_events.parse.corpus import merge_records
from caucasus_events.parse.page import split_documents
from caucasus_events.parse.quotes import extract_quotes
from caucasus_events.parse.text import repair_mojibake

if TYPE_CHECKING:
    from caucasus_events.parse.gazetteer import Gazetteer

__all__ = ["MAX_PAGE_CHARS", "parse_file", "parse_page"]

#: Pages longer than this many characters are refused: no news article is that long, and
#: parsing stays linear but would take minutes.
MAX_PAGE_CHARS = 10_000_000
# Share of control characters (other than tab, newline, carriage return, form feed) above
# which decoded bytes are taken for binary data rather than text.
_MAX_CONTROL_SHARE = 0.01
# The control characters counted: all below U+0020 but tab, line feed, form feed and
# carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _check_text(text: str, where: str | None) -> None:
    if "\x00" in text:
        raise InputError("looks like binary data (contains NUL characters), not a text page",
                         path=where)
    if len(text) > MAX_PAGE_CHARS:
        raise InputError(f"page has {len(text):,} characters, more than the "
                         f"{MAX_PAGE_CHARS:,} a page may have", path=where)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(f"not text: a lone surrogate (U+{ord(text[exc.start]):04X}) at "
                         f"character {exc.start}", path=where) from None
    sample = text[:100_000]
    controls = len(_CONTROL.findall(sample))
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError("looks like binary data (control characters), not a text page",
                         path=where)


def parse_page(text: str, *, url: str | None = None, gazetteer: Gazetteer | None = None) -> Page:
    """Parse one scraped page into its documents and the records they state.

    Raises :class:`InputError` for input that is not text (not a ``str``, NUL bytes,
    mostly control characters) or is larger than :data:`MAX_PAGE_CHARS`; an empty page
    or one without an article gives an empty Page whose ``warnings`` say why.
    """
    return _parse(text, url, gazetteer, None)


def _parse(text: str, url: str | None, gazetteer: Gazetteer | None, _where: str | None) -> Page:
    if not isinstance(text, str):
        raise InputError(f"page must be a str, got {type(text).__name__}", path=_where)
    _check_text(text, _where)
    if not text.strip():
        return Page(warnings=("empty page: no text",))
    from caucasus_events.parse.actors import extract_actors
    from caucasus_events.parse.events import extract_events
    from caucasus_events.parse.gazetteer import Gazetteer

    g = gazetteer if gazetteer is not None else Gazetteer.default()
    # The page's identity is the text as given; documents store the repaired text, so
    # every span indexes what is stored.
    page_hash = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    text, repaired = repair_mojibake(text)
    documents, warnings = split_documents(text, page_hash=page_hash, url=url, gazetteer=g)
    if repaired:
        warnings.insert(0, repaired)
    documents, page_warnings = check_page(text, documents)
    warnings[:0] = page_warnings
    quotes: list[Quote] = []
    citations: list[Citation] = []
    actors: list[Actor] = []
    places: list[Place] = []
    events: list[Event] = []
    for doc in documents:
        doc_citations = extract_citations(doc, g)
        doc_quotes, quote_warnings = extract_quotes(doc, g)
        warnings.extend(quote_warnings)
        found = extract_actors(doc, doc_quotes, g)
        doc_events = extract_events(doc, actors=found.actors, places=found.places,
                                    quotes=found.quotes, citations=doc_citations)
        citations.extend(doc_citations)
        quotes.extend(found.quotes)
        actors.extend(found.actors)
        places.extend(found.places)
        events.extend(doc_events)
    return Page(documents=documents, quotes=quotes, citations=citations,
                actors=merge_records(actors), places=merge_records(places), events=events,
                warnings=warnings)


def _decode(data: bytes, where: str) -> tuple[str, str | None]:
    """The page's text and a warning when it was not clean UTF-8: almost-UTF-8 keeps
    UTF-8 with the bad bytes replaced, other encodings are detected
    (:mod:`caucasus_events._encoding`); NUL characters mean binary data."""
    text, warning = decode_page(data, where)
    if "\x00" in text:
        raise InputError("looks like binary data (contains NUL bytes), not a text page",
                         path=where)
    return text, warning


def parse_file(path: str | os.PathLike[str], *, url: str | None = None,
               gazetteer: Gazetteer | None = None) -> Page:
    """Read a page from ``path`` and :func:`parse_page` it; InputError names the path
    when the file cannot be read or is not text."""
    where = os.fspath(path)
    try:
        with open(where, "rb") as fh:
            data = fh.read(MAX_PAGE_CHARS * 4 + 1)
    except OSError as exc:
        raise InputError(f"cannot read the page: {exc.strerror or exc}", path=where) from None
    if len(data) > MAX_PAGE_CHARS * 4:
        raise InputError(f"file is larger than {MAX_PAGE_CHARS * 4:,} bytes", path=where)
    text, warning = _decode(data, where)
    page = _parse(text, url, gazetteer, where)
    if warning:
        page = attrs.evolve(page, warnings=(warning, *page.warnings))
    return page
