"""Page layout: a scraped page split into articles, each with its body, title, outlet,
original publisher, authors and publication date.

The page is read line by line.  Furniture (navigation, share buttons, tickers, legal
notices) is recognised by general signals (bullets before the headline, repeated lines,
truncated teasers, everything after an end-of-article marker) and a data table
(``data/layouts.json``).  The first prose paragraph anchors an article; the lines above
it are its header (headline, by-line, date).  A by-line that follows prose and is itself
followed by prose starts another article on the same page.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from caucasus_events._data import load_json
from caucasus_events._resolver import find_dates as find_date_mentions
from caucasus_events.dates import Inferred, PartialDate, Precision, parse_date
from caucasus_events.errors import ValidationError
from caucasus_events.ids import make_id
from caucasus_events.models import Document, Source, Span
from caucasus_events.parse._happenings import HappeningHit, HappeningTable
from caucasus_events.parse._prefilter import any_of, gated, lead
from caucasus_events.parse.citations import SourceLookup, looks_like_domain, resolve_source
from caucasus_events.parse.text import sentence_spans

__all__ = ["Layouts", "find_dates", "infer_publication_date", "split_documents"]

# Lines longer than this are never furniture, headings or by-lines: keeps every
# per-line pattern match bounded however long a paragraph is.
_SHORT = 300
_BULLET = re.compile(r"^[•·▪●◦‣∙■□➤►]\s*")
_PERSON = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:(?:de|van|von|al|bin|da|di|la|le)\s+)?"
                     r"[A-Z][\w.'’-]*){1,3}$")
_BY = re.compile(
    r"^(?:(?P<date>[^|]{3,40}?)\s*[-–—|,]\s*)?(?:written\s+)?by\s+(?P<names>.{2,200})$", re.I)
_SLASHED = re.compile(r"^(?P<names>[A-Z][^/]{1,60}?)(?:\s*/)+$")
_NAME_SEP = re.compile(r"\s*(?:/|&|,|\band\b)\s*")
_DATE_PREFIX = re.compile(
    r"^(?:(?:(?:last\s+)?(?:published|posted|updated|modified)|date)(?:\s+on)?\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?", re.I)
# A time at the end of a date line.  Its opening ``(?:\s*[-|,@]\s*|\s+)`` is written with
# the first character in front (a space or a separator, then what may follow each), so the
# regex engine skips to the candidate characters (the same matches).
_TIME_SUFFIX = re.compile(
    r"[\s\-|,@](?:(?<=\s)(?:\s*[-|,@]\s*|\s*)|(?<=[-|,@])\s*)(?:(?:at|in)\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:\(?(?:gmt|utc|[a-z]{2,4})?\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?"
    r"(?:\s*[-|•·]\s*[^\W\d_]{2,20}(?:\s[^\W\d_]{2,20})?)?$", re.I)
# "YEREVAN, March 14 (Reuters) -": a dateline naming the wire that filed the story.
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{1,40},[^()]{0,30}\((?P<outlet>[A-Z][\w .&-]{1,30})\)\s*[-–—]")
_TEASER_END = ("…", "...")
_LEAD_TIME = re.compile(
    r"^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?\s*[,|-]?\s*", re.I)
# "Baku, February 12, AZERTAC": place, date and the agency that filed the story.
_CITY_DATELINE = re.compile(
    r"^[A-Z][\w .'-]{1,30},\s+(?P<date>[^,]{3,25}(?:,\s*\d{4})?),\s+"
    r"(?P<outlet>[A-Z][\w.&' -]{1,30})$")
_SENTENCE_END = ".!?\"”’…:)'"
_OUTLET_WORDS = re.compile(r"\b(?:Media|News|Press|Agency|Times|Post|TV|Radio|Daily|Gazette|"
                           r"Journal|Tribune|Herald|Review|Report|Observer)\b")
_FUTURE = re.compile(r"\b(?:will|planned|plans|next|scheduled|expected|upcoming|to be held)\b",
                     re.I)
_DATELINE = re.compile(r"^\W{0,3}\((?P<date>[^()]{4,30})\)\s*[—–-]")

_MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_DATE_SCAN = re.compile(
    rf"\b(?:{_MONTH_NAMES}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAMES}\.?(?:,?\s+\d{{4}})?"
    rf"|{_MONTH_NAMES}\.?,?\s+\d{{4}})\b|\b(?:19|20)\d{{2}}\b")
_PROBE = PartialDate(year=2000, month=6, day=30, precision=Precision.DAY)
_CENTURY = PartialDate(year=2067, month=12, day=31, precision=Precision.DAY)


@attrs.frozen
class Layouts:
    """The compiled layout table: furniture, end-of-article markers, republication notes,
    outlet phrases and site signatures."""

    furniture_exact: frozenset[str]
    furniture: tuple[re.Pattern[str], ...]
    tail: tuple[re.Pattern[str], ...]
    republished: tuple[re.Pattern[str], ...]
    outlets: tuple[re.Pattern[str], ...]
    signatures: tuple[tuple[re.Pattern[str], str], ...]
    bio_verbs: tuple[str, ...]
    captions: tuple[re.Pattern[str], ...] = ()
    labels: tuple[re.Pattern[str], ...] = ()
    trailers: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def default(cls) -> Layouts:
        """The table shipped in ``caucasus_events/data/layouts.json``."""
        return _default_layouts()

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Layouts:
        """Compile a table of the ``layouts.json`` shape."""

        def rx(key: str) -> tuple[re.Pattern[str], ...]:
            return tuple(re.compile(p, re.I) for p in data.get(key, ()))

        return cls(
            furniture_exact=frozenset(_norm(s) for s in data.get("furniture_exact", ())),
            furniture=rx("furniture_patterns"),
            tail=rx("tail_markers"),
            republished=rx("republished_patterns"),
            outlets=rx("outlet_patterns"),
            signatures=tuple((re.compile(s["pattern"], re.I), s["outlet"])
                             for s in data.get("site_signatures", ())),
            bio_verbs=tuple(data.get("bio_verbs", ())),
            captions=rx("caption_patterns"),
            labels=rx("paragraph_labels"),
            trailers=rx("paragraph_trailers"),
        )


@functools.lru_cache(maxsize=1)
def _default_layouts() -> Layouts:
    return Layouts.from_mapping(load_json("layouts.json"))


def _norm(line: str) -> str:
    return " ".join(line.casefold().replace("’", "'").split())


@attrs.define
class _Line:
    """One non-blank line of the page: offset, text without bullet, and what it is."""

    start: int
    text: str
    bullet: bool
    block: int
    kind: str = "text"
    names: tuple[str, ...] = ()
    date: PartialDate | None = None
    publisher: str | None = None
    outlet: str | None = None


def _is_prose(text: str) -> bool:
    words = len(text.split()) if len(text) < 400 else 99
    if words >= 12 and _INNER_SENTENCE.search(text):
        return True  # "Monday, November 13, Armenia. “Yerevan is prepared ...” - Aliyev"
    # A sentence cut off inside a quotation where the scrape ended is prose too.
    cut_quote = words >= 8 and _UNCLOSED_QUOTE.search(text) is not None
    return (words >= 8 and _ends_sentence(text)) or words >= 25 or cut_quote


def _ends_sentence(text: str) -> bool:
    """Whether a line ends as a sentence does: a full stop, question or exclamation mark,
    or a closing quote or bracket after one (a headline may end in a quoted phrase,
    ``Erdogan: "No difficulty"``, without being a sentence)."""
    end = text.rstrip()
    if end[-1:] in "\"”’')":
        return end[-2:-1] in ".!?,…" or (end[-1:] == ")" and end[-2:-1] in ".!?")
    return end[-1:] in _SENTENCE_END


# Two lower-case letters, a full stop, an opening quote or not, a capital: a sentence ends
# inside the line.  Only whether it occurs is asked, so the pattern starts at the mark (the
# letters before it looked behind), where the regex engine can skip to the marks.
_INNER_SENTENCE = re.compile(r"[.!?](?<=[a-z]{2}.)[\"”’']?\s+[\"“‘']?[A-Z]")
_UNCLOSED_QUOTE = re.compile(r"(?:^|\s)[\"“][^\"”]{8,}$")


def _is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", text) if len(w) > 3]
    if not words:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.75


# ``\s+[|•·»›/]\s+|\s*\|\s*`` with the first character (a space or "|") taken out in front,
# so the regex engine skips to the candidate characters (the same matches).
_NAV_SEPARATOR = re.compile(r"[\s|](?:(?<=\s)(?:\s*[|•·»›/]\s+|\s*\|\s*)|(?<=\|)\s*)")


def _is_navigation(text: str) -> bool:
    """A menu line: three or more short items between separators ("Home | News | Русский")."""
    items = [item for item in _NAV_SEPARATOR.split(text) if item.strip()]
    return len(items) >= 3 and all(len(item.split()) <= 3 for item in items)


def _mostly_foreign_script(text: str) -> bool:
    if text.isascii():
        return False  # every letter is Latin
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if c < "ɏ")
    return latin / len(letters) < 0.5


def _names(text: str) -> tuple[str, ...]:
    out = []
    for part in _NAME_SEP.split(text.strip(" /")):
        part = part.strip(" /.")
        if not part:
            continue
        if not _PERSON.match(part):
            return ()
        out.append(part)
    return tuple(out)


_OUTLET_WORDS = re.compile(
    r"\b(?:news|times|post|press|agency|media|journal|tribune|herald|daily|radio|tv"
    r"|television|service|report|reuters|bbc|cnn|afp|ap|dpa|tass|ria|\w+\.(?:com|az|am|ge|ru|org|net))\b",
    re.I)


def _byline_names(text: str) -> tuple[tuple[str, ...], list[str]]:
    """The authors of a "By ..." line and the comma-separated parts after them: in
    "By Anna Smith and John Doe, BBC News, Tbilisi" the names end where a part is not a
    person's name (an outlet, a place)."""
    names: list[str] = []
    parts = [p.strip(" /.") for p in re.split(r"\s*,\s*", text.strip(" /"))]
    for i, part in enumerate(parts):
        found = _names(part)
        if not found or _OUTLET_WORDS.search(part) or (i > 0 and len(part.split()) < 2):
            return tuple(names), [p for p in parts[i:] if p]
        names.extend(found)
    return tuple(names), []


def _date_line(text: str) -> PartialDate | None:
    """A line that is only a date ("Jul 23", "May 6th, 2021"), parsed; yearless dates get
    year 1 as a placeholder the caller replaces."""
    s = _LEAD_TIME.sub("", _DATE_PREFIX.sub("", _LEAD_TIME.sub("", text)))
    s = _TIME_SUFFIX.sub("", s).strip()
    if not s or len(s) > 40 or not re.search(r"\d", s):
        return None
    full = parse_date(s)
    if full is not None:
        return full
    # A two-digit year ("23.05.22") needs a century: 69-99 are the 1900s, 00-68 the
    # 2000s, as strptime's %y reads them.
    century = parse_date(s, reference=_CENTURY)
    if century is not None and century.inferred is Inferred.NONE:
        return century
    probe = parse_date(s, reference=_PROBE)
    if probe is None or probe.inferred is Inferred.DATE:
        return None
    return _yearless(probe)


def _yearless(probe: PartialDate) -> PartialDate | None:
    """``probe`` with the placeholder year 1; None for February 29, which year 1 lacks."""
    try:
        return attrs.evolve(probe, year=1, inferred=Inferred.YEAR)
    except ValidationError:
        return None


def _classify(line: _Line, layouts: Layouts, seen: set[str]) -> None:
    text = line.text = _strip_furniture(line.text, layouts) or line.text
    if len(text) > _SHORT:
        # A long disclaimer is furniture too; the patterns read its opening only.
        head = text[:_SHORT]
        line.kind = "furniture" if any_of(layouts.furniture).search(head) else "prose"
        return
    key = _norm(text)
    if any(p.search(text) for p in layouts.tail):
        line.kind = "tail"
    elif key in layouts.furniture_exact or any_of(layouts.furniture).search(text):
        line.kind = "furniture"
    elif any_of(layouts.captions).search(text):
        line.kind = "caption"
    elif key in seen:
        line.kind = "repeat"
    elif ((text.endswith(_TEASER_END) and not line.bullet) or _mostly_foreign_script(text)
          or _is_navigation(text)):
        line.kind = "furniture"
    else:
        for pattern in layouts.republished:
            m = pattern.search(text)
            if m:
                line.publisher = m.group("name").strip()
                if pattern.pattern.startswith("^"):
                    line.kind = "republished"
                    break
        if line.kind == "text":
            _classify_meta(line)
    seen.add(key)


def _classify_meta(line: _Line) -> None:
    text = line.text
    by = _BY.match(text)
    if by:
        names_text, trailing = _split_trailing_date(by.group("names"))
        names, rest = _byline_names(names_text)
        date = _date_line(by.group("date")) if by.group("date") else trailing
        if names:
            line.kind, line.names = "byline", names
            if rest and _OUTLET_WORDS.search(rest[0]):
                line.outlet = rest[0]
            line.date = date
            return
        if date is not None:
            line.kind, line.date = "date", date  # "May 8, 2014 By administrator"
            return
        if len(text.split()) <= 6:
            line.kind = "credit"  # "By Trend", "by Anadolu Agency": no person named
            return
    piped = _PIPED.match(text)
    if piped:  # "Burc Eruygur | 30.06.2025"
        date = _date_line(piped.group("date"))
        names = _names(piped.group("names")) if date is not None else ()
        if names and not _OUTLET_WORDS.search(piped.group("names")):
            line.kind, line.names, line.date = "byline", names, date
            return
    slashed = _SLASHED.match(text)
    if slashed:
        names = _names(slashed.group("names"))
        if names:
            line.kind, line.names = "byline", names
            return
    city = _CITY_DATELINE.match(text)
    date = _date_line(city.group("date") if city else text)
    if city and date is not None:
        line.kind, line.date, line.outlet = "date", date, city.group("outlet").strip()
    elif date is not None:
        line.kind, line.date = "date", date
    elif _dated_caption(text):
        line.kind = "caption"  # "The minister speaks in parliament, Yerevan, March 2, 2022"
    elif _is_prose(text):
        line.kind = "prose"
    elif not line.bullet and _is_masthead(text):
        line.kind = "furniture"
    else:
        line.kind = "heading"


_PIPED = re.compile(r"^(?P<names>[^|]{3,60}?)\s*\|\s*(?P<date>[^|]{4,40})$")
_CAPTION_DATE = re.compile(
    r",\s+((?:[A-Z][a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+\.?,?)\s+\d{4})$")
_TRAILING_DATE = re.compile(
    rf"\s*[,|-]?\s*((?:{_MONTH_NAMES}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH_NAMES}\.?,?\s+\d{{4}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}))$")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z].*$")


def _dated_caption(text: str) -> bool:
    m = _CAPTION_DATE.search(text)
    return m is not None and _date_line(m.group(1)) is not None


def _split_trailing_date(text: str) -> tuple[str, PartialDate | None]:
    """A by-line's names without a date printed after them ("Neil Hauer in Yerevan
    January 31, 2025") and without the place the story was filed from."""
    date = None
    m = _TRAILING_DATE.search(text) if len(text) < _SHORT else None
    if m is not None:
        date = _date_line(m.group(1))
        if date is not None:
            text = text[:m.start()]
    return _IN_PLACE.sub("", text), date


def _is_masthead(text: str) -> bool:
    """A site's name on its own ("Gagrule.net", "The News"): at most three capitalised
    words naming an outlet or a web domain."""
    words = text.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    return looks_like_domain(words[0]) or all(
        _OUTLET_WORDS.fullmatch(w) or w.lower() == "the" for w in words)


def _lines(raw: str) -> list[_Line]:
    out: list[_Line] = []
    offset = 0
    block = 0
    for chunk in raw.split("\n"):
        stripped = chunk.strip()
        if not stripped:
            block += 1
        else:
            bullet = _BULLET.match(stripped)
            text = stripped[bullet.end():].strip() if bullet else stripped
            stamp = _STAMP.match(text) if len(text) > 10 else None
            if stamp is not None and len(text[stamp.end():].split()) >= 2:
                # " date 2022-12-07 Foreign Minister ...": a crawler's stamp before the line.
                out.append(_Line(start=offset, text=stamp.group().strip(), bullet=False,
                                 block=block))
                text = text[stamp.end():]
            if text:
                out.append(_Line(start=offset, text=text, bullet=bool(bullet), block=block))
        offset += len(chunk) + 1
    return out


_STAMP = re.compile(
    r"^(?:(?:date|published|posted|updated)\s*:?\s*)?"
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+",
    re.I)


def _is_cut_fragment(text: str) -> bool:
    """The page's last line cut off by the scrape ("The Ministry of Fo", "“The so-called
    Russian law"): a sentence's opening, not a heading."""
    words = text.split()
    return len(words) >= 4 and (text[:1] in "“\"‘'" or any(w[:1].islower() for w in words[1:]))


def _mark_menus(lines: Sequence[_Line]) -> None:
    """Runs of three or more short bullet lines ("• Home", "• About") are a menu."""
    run: list[_Line] = []
    for ln in [*lines, None]:
        if ln is not None and ln.bullet and len(ln.text.split()) <= 3 and ln.kind == "heading":
            run.append(ln)
            continue
        if len(run) >= 3:
            for item in run:
                item.kind = "furniture"
        run = []


def _strip_furniture(text: str, layouts: Layouts) -> str:
    """A paragraph without the furniture glued to it: a label before it ("STORY:"), a
    view counter run into its first word ("208083The text"), an editor's credit after
    it ("Editing and Translating by ...")."""
    for pattern in layouts.labels:
        m = pattern.match(text)
        if m and m.end() < len(text):
            text = text[m.end():].lstrip()
    m = _GLUED_COUNTER.match(text)
    if m:
        text = text[m.end():]
    for pattern in layouts.trailers:  # behind their literal prefilter: most lines lack them
        m = gated(pattern).search(text, max(0, len(text) - _SHORT))
        if m and m.start() > 0:
            text = text[:m.start()].rstrip()
    return text


_GLUED_COUNTER = re.compile(r"^\d{3,}(?=[A-Z][a-z])")


# --- dates ---------------------------------------------------------------------------


def find_dates(text: str, *, future: bool = False) -> list[tuple[int, PartialDate]]:
    """Offsets and parsed values of the dates a text mentions, yearless ones with year 1.

    "December 25, 2024", "25 December 2024", "May 2023", "Jul 23" and bare years
    (1900-2099) are found.  Dates in sentences about the future ("will", "planned",
    "next") are left out, or, with ``future=True``, are the only ones returned.
    """
    sentences = sentence_spans(text)
    starts = [s for s, _ in sentences]
    out: list[tuple[int, PartialDate]] = []
    for m in _DATE_SCAN.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0:
            s, e = sentences[i]
            if (e - s < 2000 and _FUTURE.search(text, s, e) is not None) is not future:
                continue
        elif future:
            continue
        value = _parse(m.group(), None)
        if value is None:
            probe = _parse(m.group(), _PROBE)
            if probe is None:
                continue
            value = _yearless(probe)
            if value is None:
                continue
        out.append((m.start(), value))
    return out


@functools.lru_cache(maxsize=8192)
def _parse(text: str, reference: PartialDate | None) -> PartialDate | None:
    return parse_date(text, reference=reference)


def _with_year(value: PartialDate, year: int) -> PartialDate:
    try:
        return attrs.evolve(value, year=year)
    except ValueError:  # Feb 29 in a common year
        return attrs.evolve(value, year=year, day=28)


def infer_publication_date(text: str, printed: PartialDate | None, *,
                           context: str = "", url: str | None = None) -> PartialDate | None:
    """The publication date: ``printed`` when complete, its missing year otherwise, or a
    date inferred from the dates the text mentions.

    A yearless printed date ("Jul 23") takes the first year that puts it on or after the
    latest dated mention or named happening (flagged inferred=YEAR).  With nothing
    printed, the latest past mention wins (see :func:`_inferred_from_mentions`; the full
    dates of ``context``, the page's headings and captions, count as mentions before the
    text): the result has month precision (year precision when only years are mentioned)
    and is flagged inferred=DATE.  Before the mentions, a date labelled near the top of the
    text ("Published: 12.03.2024") wins when nothing is printed, then the date the page's
    address states (:func:`url_date`, "/2020/10/01/") unless the mentions date the text
    more finely inside it or after it.
    """
    if printed is not None and printed.inferred is not Inferred.YEAR:
        return printed
    # A news text states its time early: the first characters suffice, and a huge page
    # costs no more than a long article.
    text, context = text[:_INFER_CHARS], context[:_INFER_CHARS]
    if printed is None:
        labelled = _labelled_date(text)
        if labelled is not None:
            return labelled
        from_text = _inferred_from_mentions(text, context)
        addressed = url_date(url)
        if addressed is None or (from_text is not None and (
                _finer_within(from_text, addressed) or from_text.start > addressed.end)):
            # (an address dated before what the text tells as past names an archive
            # section or the first version of the page, not this text's writing)
            return from_text
        return addressed
    prospective = _prospective(text)
    dated = [m.date for m in find_date_mentions(text, _CENTURY)
             if m.date.inferred is Inferred.NONE and 1900 <= m.date.year <= 2100
             and not prospective(m.start)]
    fine = [d for d in dated if d.precision in (Precision.DAY, Precision.MONTH)]
    fine += [PartialDate.from_date(h.happening.start) for h in HappeningTable.default().find(text)]
    latest = max(fine, key=lambda d: d.end) if fine else None
    floor = latest.start if latest else (
        dt.date(max(d.year for d in dated), 1, 1) if dated else None)
    if floor is None:
        return None
    year = floor.year
    candidate = _with_year(printed, year)
    if candidate.start < floor:
        candidate = _with_year(printed, year + 1)
    return attrs.evolve(candidate, inferred=Inferred.YEAR)


# Sentences about what is yet to come: their dates do not bound the publication date.
_PROSPECTIVE = re.compile(
    r"\b" + lead(["will", "would", "shall", "planned", "plans", "next", "scheduled", "expected",
                  "upcoming", "to", "is", "are", "was", "were", "set", "intend", "aim"])
    + r"(?:will|would|shall|planned|plans\s+to|next|scheduled|expected|upcoming|to be held|"
    r"(?:is|are|was|were) due|set to|intends?|aims? to)\b", re.I)
# A year after these words is a deadline ("until 2028", "by 2030"), not a past date.
_DEADLINE = re.compile(r"\b(?:until|till|by|before|through)\s+$", re.I)
_WEEKDAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
# Day words and counted days ("yesterday", "two days ago"): not weekdays or weeks.
_DAY_COUNT = re.compile(r"(?i)\b(?:yesterday|today|tonight|tomorrow|last night|this "
                        r"(?:morning|afternoon|evening)|days?\s+ago)\b")
# "Date: July 17, 2018" near the top of a text.
_DATE_LABEL = re.compile(r"\b(?:Date|Published(?:\s+on)?|Posted(?:\s+on)?)\s*:\s*")
_LABEL_WINDOW = 400
# How much of a text (characters) the publication-date inference reads.
_INFER_CHARS = 60_000
# How far around "last year" its sentence is read for "war ... Nagorno-Karabakh".
_CALLED_WINDOW = 300
_BARE_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?!\s*%)")
_SHIFTED = re.compile(r"(?i)\b(?:last|this|next)\b")  # "April last year", "last April"
_RELATIVE_YEAR = re.compile(
    r"[\s,]*(?:of\s+)?(?:last|this|next|the\s+previous|the\s+past)\s+year\b", re.I)
# A yearless date up to a month before the latest printed one is of the same year.
_SLACK_DAYS = 31
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _inferred_from_mentions(text: str, context: str = "") -> PartialDate | None:
    """The period an undated text was written in, from what it mentions as past.

    Dated mentions ("December 5, 2024", "in 2020") and the well-known happenings the text
    names (``data/happenings.json``) bound it from below; a yearless date ("on July 10")
    lies in a named happening's period when one covers it, else on or after the nearest
    dated mention before it (the latest when none precedes); a weekday with its day ("on
    Monday, November 28") takes the first year from there in which the day is that
    weekday.  Dates in sentences about the future and deadline years ("until 2028") do
    not count.  The latest wins: its month (flagged
    inferred=DATE), or its year when no mention is finer than a year; None without any.
    """
    sentences = sentence_spans(text)
    starts = [s for s, _ in sentences]
    prospective = _prospective(text, sentences)
    quoted = _in_quotes(text)

    def since_then(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        if i < 0:
            return False
        lo, hi = sentences[i]
        return hi - lo < 2000 and _SINCE_THEN.search(text, max(lo, at - 120), at) is not None \
            and _HAS_DONE.search(text, lo, hi) is not None

    # A named happening bounds the page even in a sentence about what follows from it.
    table = HappeningTable.default()
    hits = table.find(text)
    # (offset, date, named): the dated mentions and named happenings in text order
    anchors = [(h.start, PartialDate.from_date(h.happening.start), True) for h in hits]
    anchors.extend((-1, m.date, False) for m in find_date_mentions(context)
                   if m.date.precision in (Precision.DAY, Precision.MONTH)
                   and 1900 <= m.date.year <= 2100)
    yearless: list[tuple[int, int, int | None, int | None]] = []  # at, month, day, weekday
    years: list[int] = []
    weekdays: set[int] = set()  # of "on Wednesday" standing alone
    shifts: list[tuple[int, int]] = []  # (offset, days from the writing) of "yesterday"
    for m in find_date_mentions(text, _CENTURY):
        d = m.date
        if d.inferred is Inferred.DATE and (wd := _WEEKDAY.search(m.as_written)):
            weekdays.add(_WEEKDAYS[wd.group()[:3].lower()])
        elif d.inferred is Inferred.DATE and d.precision is Precision.DAY and \
                _DAY_COUNT.search(m.as_written):
            shifts.append((m.start, (d.start - _CENTURY.start).days))
        elif d.inferred is Inferred.YEAR and d.precision is Precision.YEAR and \
                not prospective(m.start):
            # "last year's war over Nagorno-Karabakh": written a year after the one war
            # the table calls so there
            i = bisect.bisect_right(starts, m.start) - 1
            lo, hi = sentences[i] if i >= 0 else (m.start, m.end)
            lo, hi = max(lo, m.start - _CALLED_WINDOW), min(hi, m.end + _CALLED_WINDOW)
            named_here = {h.start.year for h in table.called_in(text, lo, hi)}
            if len(named_here) == 1:
                year_written = named_here.pop() + _CENTURY.year - d.year
                if 1 <= year_written <= 9999:
                    anchors.append((m.start, PartialDate(year=year_written,
                                                         precision=Precision.YEAR), False))
        if prospective(m.start) or d.inferred is Inferred.DATE:
            continue
        if d.inferred is Inferred.YEAR:
            if d.month is not None and d.precision in (Precision.DAY, Precision.MONTH) \
                    and _RELATIVE_YEAR.match(text, m.end) is None \
                    and _SHIFTED.search(m.as_written) is None:
                wd = _WEEKDAY.search(m.as_written)
                yearless.append((m.start, d.month, d.day, _WEEKDAYS[wd.group()[:3].lower()]
                                 if wd and d.day is not None else None))
            continue
        if not 1900 <= d.year <= 2100:
            continue
        if d.precision is not Precision.YEAR:
            anchors.append((m.start, d, False))
        elif _DEADLINE.search(text[max(0, m.start - 10):m.start]) is None \
                and not quoted(m.start) and not since_then(m.start):
            # (a year a speaker recalls in quotes, "in 2018 he returned", says nothing of
            # when the words were reported)
            years.append(d.end.year)
    anchors.sort(key=lambda a: a[0])
    latest = max(anchors, key=lambda a: a[1].start) if anchors else None
    offsets = [a[0] for a in anchors]
    placed = []
    for at, month, day, weekday in yearless:
        # The nearest dated mention before it sets its year ("In January 2023 ... On
        # January 19"); the latest one when none precedes.
        i = bisect.bisect_left(offsets, at) - 1
        local = anchors[i] if i >= 0 else latest
        placed_year = _place_yearless(month, day, weekday, local[1] if local else None,
                                      bool(local and local[2]), hits)
        if placed_year is not None:
            # Built in a leap year so that a yearless February 29 exists until placed.
            placed.append(_with_year(PartialDate(year=2000, month=month, day=day, precision=(
                Precision.DAY if day is not None else Precision.MONTH)), placed_year))
    # "Following its war in fall 2020, Azerbaijan has focused on ...": what the present
    # perfect lasts since bounds the writing from below only, it does not date it
    fine = [a[1] for a in anchors if not (a[0] >= 0 and since_then(a[0]))] + placed
    # "announced yesterday that Georgia would suspend talks until 2028": a one-day
    # happening told in a sentence with a counted day fixes the day of writing.
    written = [h.happening.start - dt.timedelta(days=shift) for h in hits
               if h.happening.start == h.happening.end
               for at, shift in shifts if _same_sentence(sentences, starts, at, h.start)]
    if fine and written and max(written) >= max(d.start for d in fine):
        return PartialDate.from_date(max(written), inferred=Inferred.DATE)
    if fine:
        best = max(fine, key=lambda d: d.start)
        if best.month is None:  # a season: its year
            return PartialDate(year=best.end.year, precision=Precision.YEAR,
                               inferred=Inferred.DATE)
        if best.precision is Precision.DAY and best.start.weekday() in weekdays:
            # "on Wednesday" in a text whose latest date is a Wednesday: written that day.
            return PartialDate.from_date(best.start, inferred=Inferred.DATE)
        return PartialDate(year=best.year, month=best.month, precision=Precision.MONTH,
                           inferred=Inferred.DATE)
    if years:
        # Written after the latest past year and, when the text plans for a later year,
        # before that one: "held in 2020" and "planned for 2022" date the text to 2021.
        year = max(years)
        planned = [int(b.group()) for b in _BARE_YEAR.finditer(text)
                   if prospective(b.start()) and int(b.group()) > year + 1]
        if planned:
            year = min(planned) - 1
        return PartialDate(year=year, precision=Precision.YEAR, inferred=Inferred.DATE)
    return None


# A date in a web address's path: "/2024/09/", "/2020/10/01/", "-2024-02-23-".  The year,
# month and day must each stand between separators.
_URL_DAY = re.compile(r"(?<![\w])(?P<y>(?:19|20)\d\d)(?P<s>[/_-])(?P<m>0[1-9]|1[0-2])(?P=s)"
                      r"(?P<d>0[1-9]|[12]\d|3[01])(?![\w])")
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>0[1-9]|1[0-2])(?:/|$)")
_SCHEME = re.compile(r"^(?P<scheme>[a-z][a-z0-9+.-]*):(?://[^/?#]*)?(?P<path>[^?#]*)", re.I)


def _finer_within(date: PartialDate, period: PartialDate) -> bool:
    """Whether ``date`` is finer than ``period`` and lies inside it (a day the text dates in
    the month a web address states)."""
    return (_RANK[date.precision] > _RANK[period.precision]
            and period.start <= date.start and date.end <= period.end)


_RANK = {Precision.YEAR: 0, Precision.SEASON: 1, Precision.MONTH: 2, Precision.DAY: 3}


def url_date(url: str | None) -> PartialDate | None:
    """The publication date a page's address states: a web address's path ("/2020/10/01/":
    that day, "/2024/09/": that month), or a local file's name ("2024-03-12-report.txt");
    stated by the page's address as a printed date is by its header (inferred=NONE; the
    ``text`` is the address's date as written), so relative dates resolve against it.  None
    without one; of a local path only the file name counts (its folders name an archive,
    not the page)."""
    if not url:
        return None
    m = _SCHEME.match(url.strip())
    path = m.group("path") if m else url
    if m is None or m.group("scheme").lower() == "file":
        path = path.rsplit("/", 1)[-1]
        found = _URL_DAY.search(path)
        month = None
    else:
        found = _URL_DAY.search(path)
        month = _URL_MONTH.search(path)
    try:
        if found is not None:
            return PartialDate(year=int(found.group("y")), month=int(found.group("m")),
                               day=int(found.group("d")), precision=Precision.DAY,
                               text=found.group())
        if month is not None:
            return PartialDate(year=int(month.group("y")), month=int(month.group("m")),
                               precision=Precision.MONTH, text=month.group().strip("/"))
    except ValueError:  # "2023/02/30": no such day
        return None
    return None


def _labelled_date(text: str) -> PartialDate | None:
    """A full date after a label near the top of the text ("Compiled by: ... Date: July 17,
    2018", "Published: 12.03.2024"): printed, not inferred, where the layout missed it (a
    flattened PDF header runs into the body)."""
    m = _DATE_LABEL.search(text, 0, _LABEL_WINDOW)
    if m is None:
        return None
    for found in find_date_mentions(text, None, m.end(), min(len(text), m.end() + 40)):
        if found.start == m.end() and found.date.precision is Precision.DAY:
            return found.date
    return None


def _prospective(text: str, sentences: Sequence[tuple[int, int]] | None = None
                 ) -> Callable[[int], bool]:
    """Whether the sentence at an offset speaks of what is yet to come ("will", "was due",
    "planned"): its dates do not bound the publication date from below."""
    spans = sentence_spans(text) if sentences is None else sentences
    starts = [s for s, _ in spans]

    def prospective(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        if i < 0:
            return False
        s, e = spans[i]
        return e - s < 2000 and _PROSPECTIVE.search(text, s, e) is not None

    return prospective


# A mention in a phrase of what a state has lasted since ("since 2020", "following the war
# in 2020"), and the present perfect that says so ("has focused", "have been").
_SINCE_THEN = re.compile(r"\b(?:since|following|after)\b[^,;.:!?]*$", re.I)
_HAS_DONE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|also\s+)*(?:been|[a-z]{3,}ed|"
                       r"[a-z]+[^e\s]en|made|seen|done|held|grown|built|kept|left|lost|won|"
                       r"become|come|brought|sought|taken|given)\b", re.I)
# Words in quotation marks: curly pairs (across paragraphs) or straight ones in a paragraph.
_QUOTED = re.compile(r"“[^“”]{1,5000}”|\"[^\"\n]{1,2000}\"")


def _in_quotes(text: str) -> Callable[[int], bool]:
    """Whether an offset stands inside quotation marks (the words of a speaker)."""
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    starts = [a for a, _ in spans]

    def quoted(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at < spans[i][1]

    return quoted


def _same_sentence(sentences: Sequence[tuple[int, int]], starts: Sequence[int], a: int,
                   b: int) -> bool:
    i = bisect.bisect_right(starts, a) - 1
    return i >= 0 and sentences[i][0] <= b < sentences[i][1]


def _place_yearless(month: int, day: int | None, weekday: int | None,
                    floor: PartialDate | None, near: bool,
                    hits: Sequence[HappeningHit]) -> int | None:
    """The year of a yearless mention: that of a named happening whose period covers it;
    else, with ``weekday``, the first from the year before ``floor`` in which the day falls
    on it; else the year that puts it nearest the floor when ``near`` (the floor is a
    happening the text is about), or the first that puts it no more than a month before
    the floor (a printed date the text was written after); None without a floor."""
    for h in hits:
        for year in range(h.happening.start.year, h.happening.end.year + 1):
            probe = _calendar_day(year, month, day or 1)
            last = _calendar_day(year, month, day or calendar.monthrange(year, month)[1])
            if probe is not None and last is not None and \
                    h.happening.start <= last and probe <= h.happening.end:
                return year
    if floor is None:
        return None
    anchor = floor.start
    if weekday is not None:
        for year in range(anchor.year - 1, anchor.year + 12):
            found = _calendar_day(year, month, day or 1)
            if found is not None and found.weekday() == weekday and \
                    found >= anchor - dt.timedelta(days=_SLACK_DAYS):
                return year
        return None
    spans = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        first = _calendar_day(year, month, day or 1)
        last = _calendar_day(year, month, day or calendar.monthrange(year, month)[1])
        if first is not None and last is not None:
            spans.append((year, first, last))
    if near:
        return min(spans, key=lambda s: max(s[1] - anchor, anchor - s[2], dt.timedelta(0)),
                   default=(None,))[0]
    return next((y for y, _, last in spans
                 if last >= anchor - dt.timedelta(days=_SLACK_DAYS)), None)


def _calendar_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --- segmentation --------------------------------------------------------------------


@attrs.define
class _Article:
    """What one article's lines say before they become a Document."""

    title: str | None = None
    authors: list[str] = attrs.Factory(list)
    date: PartialDate | None = None
    publisher: str | None = None
    outlet: str | None = None
    paragraphs: list[str] = attrs.Factory(list)


def _segments(lines: Sequence[_Line]) -> list[tuple[int, int]]:
    """Index ranges of the articles.  After prose, a by-line before more prose opens an
    article, and so does a headline whose next line is a by-line, a date line or a
    paragraph opening with a wire dateline ("YEREVAN, Jan 8, 2021 ARMENPRESS: ...")."""
    prose = [i for i, ln in enumerate(lines) if ln.kind == "prose" and not ln.bullet]
    if not prose:
        return []
    # Running tables keep the scan linear: the last prose (or bio) line before each line,
    # and the prose lines and their words up to it.
    last_text: list[int] = []
    count: list[int] = []
    words: list[int] = []
    seen, n, w = -1, 0, 0
    for k, ln in enumerate(lines):
        last_text.append(seen)
        count.append(n)
        words.append(w)
        if ln.kind in ("prose", "bio"):
            seen = k
        if ln.kind == "prose":
            n += 1
            w += len(ln.text.split())
    count.append(n)
    words.append(w)
    bounds = [0]
    for i, ln in enumerate(lines):
        if i <= prose[0] or i >= prose[-1]:
            continue
        opens = ln.kind == "byline"
        if ln.kind == "heading" and not ln.bullet and len(ln.text.split()) >= 4:
            nxt = next((lines[k] for k in range(i + 1, min(len(lines), i + 4))
                        if lines[k].kind not in _SKIPPED), None)
            opens = nxt is not None and (nxt.kind == "date" or (
                nxt.kind == "prose" and _WIRE_START.match(nxt.text) is not None))
        if not opens:
            continue
        j = last_text[i]
        if j <= bounds[-1]:
            continue
        # What stands before must be an article, not a caption over the by-line.
        before = count[j + 1] - count[bounds[-1]]
        if ln.kind != "byline" or before >= 2 or words[j + 1] - words[bounds[-1]] >= 60:
            bounds.append(j + 1)
    bounds.append(len(lines))
    return list(itertools.pairwise(bounds))


_SKIPPED = frozenset({"furniture", "caption", "repeat", "credit"})
# An upper-case place opening a paragraph: "YEREVAN,", "BAKU/", "TEHRAN —".
_WIRE_START = re.compile(r"^[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*\s*(?:,|/|\(|[—–-])")


def _mark_bios(lines: Sequence[_Line], layouts: Layouts) -> None:
    authors = {n for ln in lines if ln.kind == "byline" for n in ln.names}
    for ln in lines:
        if ln.kind != "prose":
            continue
        for name in authors:
            rest = ln.text[len(name):].lstrip() if ln.text.startswith(name) else None
            if rest is not None and rest.startswith(layouts.bio_verbs):
                ln.kind = "bio"
                break


def _anchor(lines: Sequence[_Line]) -> int | None:
    """Index of the article's first body paragraph: the first prose line, unless a
    by-line or date line follows it closely (then it was a caption or a deck)."""
    prose = [i for i, ln in enumerate(lines) if ln.kind == "prose" and not ln.bullet]
    if not prose:
        return None
    k = 0
    while k + 1 < len(prose):
        at = prose[k]
        if len(lines[at].text.split()) >= 60:
            break
        meta = next((j for j in range(at + 1, min(prose[k + 1], at + 4))
                     if lines[j].kind in ("byline", "date")), None)
        if meta is None:
            break
        k += 1
    return prose[k]


def _headline(header: Sequence[_Line]) -> int | None:
    """Index of the headline in the lines above the body: the first heading of the block
    of headings, captions and date or by-lines that ends with the header's last heading
    (a deck, a caption or a section heading may follow the headline; menus, mastheads
    and promotions above it end the block).  One- and two-word lines are navigation
    ("Politics", "Home"), never the headline."""
    def is_heading(ln: _Line) -> bool:
        return ln.kind == "heading" and not ln.bullet and len(_WORDS.findall(ln.text)) >= 3

    end = next((i for i in range(len(header) - 1, -1, -1) if is_heading(header[i])), None)
    if end is None:
        # A two-word headline stands right above the body, with nothing but dates
        # and furniture between.
        last = next((i for i in range(len(header) - 1, -1, -1)
                     if header[i].kind not in ("furniture", "date", "repeat")), None)
        if (last is not None and header[last].kind == "heading" and not header[last].bullet
                and len(_WORDS.findall(header[last].text)) == 2):
            return last
        return None
    start = end
    while start > 0 and header[start - 1].kind in _HEADER_BLOCK:
        start -= 1
    # A republished article keeps its own headline and by-line under the site's: the
    # last headline printed right above a by-line is the article's.
    bylined = [i for i in range(start, end + 1) if is_heading(header[i])
               and i + 1 < len(header) and header[i + 1].kind == "byline"]
    if len(bylined) >= 2:
        return bylined[-1]
    return next(i for i in range(start, end + 1) if is_heading(header[i]))


_WORDS = re.compile(r"[^\W_]+")
_HEADER_BLOCK = frozenset({"heading", "caption", "date", "byline", "credit", "repeat"})


def _read_article(lines: Sequence[_Line], layouts: Layouts) -> _Article | None:
    art = _Article()
    anchor = _anchor(lines)
    if anchor is None:
        return None
    header, body = lines[:anchor], lines[anchor:]
    pick = _headline(header)
    title_lines: list[int] = []
    if pick is not None:
        title_lines = [pick]
        # A headline broken over lines of one block, each in title case, is one headline.
        while (title_lines[-1] + 1 < len(header) and _is_title_case(header[pick].text)
               and header[title_lines[-1] + 1].kind == "heading"
               and not header[title_lines[-1] + 1].bullet
               and header[title_lines[-1] + 1].block == header[pick].block
               and _is_title_case(header[title_lines[-1] + 1].text)):
            title_lines.append(title_lines[-1] + 1)
        art.title = " ".join(header[i].text for i in title_lines)
    after_title = title_lines[-1] + 1 if title_lines else 0
    # A by-line above the headline may be the page's (all authors of a multi-article
    # page); the article's own by-line, below the headline or after the body, wins.
    page_authors: list[str] = []
    for i, ln in enumerate(header):
        _take_meta(art, ln)
        if i < after_title or i in title_lines:
            if ln.kind == "byline":
                page_authors.extend(art.authors)
                art.authors.clear()
            continue
        # Decks, captions and labels between the headline and the body are not body;
        # the headline's bullet-point summary is.
        if ln.kind == "prose" and ln.bullet:
            art.paragraphs.append(ln.text)
        elif ln.kind == "heading" and not ln.bullet and _is_author_line(ln.text):
            art.authors.append(ln.text.strip())
        elif ln.kind == "heading" and ln.bullet and art.outlet is None:
            _take_name_bullet(art, ln)
    kept = [ln for ln in body if ln.kind in ("prose", "heading")]
    wire = _WIRE_DATELINE.match(kept[0].text) if kept else None
    if wire is not None and art.outlet is None:
        art.outlet = wire.group("outlet").strip()
    while kept and kept[-1].kind == "heading":
        kept.pop()
    for ln in body:
        _take_meta(art, ln)
    if not art.authors:
        art.authors = list(dict.fromkeys(page_authors))
    art.paragraphs.extend(ln.text for ln in kept)
    return art


_DATELINE_HEAD = re.compile(r"^\W{0,3}(?:[A-Z][\w'.’-]*[\s,/]*){0,4}$")
_DATELINE_END = re.compile(r"^[\s,/]*(?:[A-Z0-9][\w.&'’/-]*[\s,]*){0,3}(?::|[—–]|\s-\s|\.|\()")


def _dateline_date(paragraph: str) -> PartialDate | None:
    """The date of a dateline opening the body ("YEREVAN, Jan 8, 2021 ARMENPRESS:",
    "Baku/12.13.23/Turan:", "BAKU, Azerbaijan, November 12. The ..."): a date after at
    most a few capitalised words, followed by at most a few more before the separator."""
    head = paragraph[:100]
    for m in find_date_mentions(head, _PROBE):
        if m.date.inferred is Inferred.DATE or m.date.precision is Precision.YEAR:
            continue  # "on Tuesday", "in 2020": no dateline
        if not _DATELINE_HEAD.match(head[:m.start]) or not _DATELINE_END.match(head[m.end:]):
            continue
        return _date_line(m.as_written)
    # "Baku/12.13.23/Turan:": place, date stamp and agency between slashes.
    parts = head.split("/", 3)
    if len(parts) >= 3 and _DATELINE_HEAD.match(parts[0]):
        return _date_line(parts[1].strip())
    return None


def _is_author_line(text: str) -> bool:
    """A line that is only a person's name ("Tomáš Baranec"), as sites print the author
    under the headline."""
    words = text.split()
    return (2 <= len(words) <= 3 and _PERSON.match(text.strip()) is not None
            and _OUTLET_WORDS.search(text) is None and not looks_like_domain(words[0]))


def _take_meta(art: _Article, ln: _Line) -> None:
    if ln.outlet and art.outlet is None:
        art.outlet = ln.outlet
    if ln.kind == "byline":
        art.authors.extend(n for n in ln.names if n not in art.authors)
    if ln.date is not None and art.date is None:
        art.date = ln.date
    if ln.publisher and art.publisher is None and ln.kind in ("republished", "bio", "prose"):
        art.publisher = ln.publisher


def _take_name_bullet(art: _Article, ln: _Line) -> None:
    words = ln.text.split()
    if 1 <= len(words) <= 5 and all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        art.authors.append(ln.text)
        if _OUTLET_WORDS.search(ln.text) or looks_like_domain(ln.text):
            art.outlet = ln.text


def url_host(url: str | None) -> str | None:
    """The site a page's address names ("https://www.example.com/a" gives "example.com"),
    or None when it names none (no address, a local ``file://`` path)."""
    if not url:
        return None
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.I).split("/")[0]
    host = host.split("@")[-1].split(":")[0].lower()
    host = host[4:] if host.startswith("www.") else host
    return host if looks_like_domain(host) else None


def _page_outlet(lines: Sequence[_Line], layouts: Layouts, url: str | None) -> str | None:
    host = url_host(url)
    if host is not None:
        return host
    for ln in lines:
        if len(ln.text) > _SHORT:
            continue
        for pattern in layouts.outlets:
            m = pattern.search(ln.text)
            if m:
                return m.group("name").strip()
        for pattern, outlet in layouts.signatures:
            if pattern.search(ln.text):
                return outlet
    return None


def _printed_date(art: _Article, page_date: PartialDate | None) -> PartialDate | None:
    """The date an article prints: its own date line, the page's, or its dateline."""
    printed = art.date or page_date
    if printed is None and art.paragraphs:
        dateline = _DATELINE.match(art.paragraphs[0])
        printed = (parse_date(dateline.group("date")) if dateline
                   else _dateline_date(art.paragraphs[0]))
    return printed


def split_documents(
    raw: str,
    *,
    page_hash: str,
    url: str | None = None,
    gazetteer: SourceLookup | None = None,
    layouts: Layouts | None = None,
) -> tuple[list[Document], list[str]]:
    """The articles of a scraped page as Documents, and warnings about what was not found.

    Titles, authors, outlet, original publisher and publication date come from the
    page's header and trailer lines; the body keeps the article's paragraphs (headline
    bullet summaries and section headings included) joined by blank lines.
    """
    table = layouts or Layouts.default()
    lines = _lines(raw)
    seen: set[str] = set()
    for ln in lines:
        _classify(ln, table, seen)
    if (len(lines) > 1 and lines[-1].kind == "heading" and lines[-2].kind == "prose"
            and _is_cut_fragment(lines[-1].text)):
        lines[-1].kind = "prose"
    first_prose = next((i for i, ln in enumerate(lines) if ln.kind == "prose"), len(lines))
    cut = next((i for i, ln in enumerate(lines) if ln.kind == "tail" and i > first_prose),
               len(lines))
    outlet = _page_outlet(lines, table, url)
    article_lines = lines[:cut]
    _mark_menus(article_lines)
    _mark_bios(article_lines, table)
    warnings: list[str] = []
    articles = [a for s, e in _segments(article_lines)
                if (a := _read_article(article_lines[s:e], table)) is not None]
    if not articles:
        return [], ["no article found on the page (no prose paragraph)"]
    page_date = next((a.date for a in articles if a.date is not None), None)
    printed_dates = [_printed_date(a, page_date) for a in articles]
    page_years = [d.year for d in printed_dates if d is not None and d.inferred is Inferred.NONE]
    # The headings and captions of a one-article page (a "Review of June 2024" kicker, a
    # dated photo caption) help date an article that prints no date.
    context = "\n".join(ln.text for ln in article_lines if ln.kind in ("heading", "caption")
                         ) if len(articles) == 1 else ""
    docs: list[Document] = []
    for index, art in enumerate(articles):
        doc_id = make_id("doc", page_hash, index)
        # The headline opens the stored text, so what it states (a headline attribution,
        # `Pashinyan: "..."`) is citable like the body.
        paragraphs = [art.title, *art.paragraphs] if art.title else list(art.paragraphs)
        text = "\n\n".join(paragraphs)
        spans, pos = [], 0
        for para in paragraphs:
            spans.append(Span(doc_id=doc_id, start=pos, end=pos + len(para)))
            pos += len(para) + 2
        printed = printed_dates[index]
        published = infer_publication_date(text, printed, context=context, url=url)
        if (published is None and printed is not None and printed.inferred is Inferred.YEAR
                and page_years):
            # "YEREVAN, Jan 7, ARMENPRESS:" on a page whose other stories print their year.
            published = attrs.evolve(_with_year(printed, max(page_years)),
                                     inferred=Inferred.YEAR)
        if published is None:
            warnings.append(f"document {index}: no publication date found or inferable")
        if art.title is None:
            warnings.append(f"document {index}: no title found")
        source_name = art.outlet or outlet
        source: Source | None = resolve_source(source_name, gazetteer) if source_name else None
        publisher = resolve_source(art.publisher, gazetteer) if art.publisher else None
        docs.append(Document(
            id=doc_id, url=url, source=source, original_publisher=publisher, title=art.title,
            authors=tuple(art.authors), published=published, text=text,
            paragraphs=tuple(spans), language="en", page_hash=page_hash))
    return docs, warnings
