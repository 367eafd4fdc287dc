"""Partial dates: what a news text says about *when*, with an explicit precision.

"2021" is not January 1st 2021 and "late June" is not June 30th.  A
:class:`PartialDate` keeps the parts the text gave, how precise they are, the
words as written, and whether anything was inferred from a reference date;
:attr:`PartialDate.start` and :attr:`PartialDate.end` give the calendar bounds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import re
from typing import Any

import attrs
from dateutil import parser as _du_parser

from caucasus_events.errors import ValidationError

__all__ = ["Inferred", "PartialDate", "Precision", "Season", "TimePart", "parse_date"]


class Precision(str, enum.Enum):
    """How much of a date the text fixes, finest first."""

    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"


class Season(str, enum.Enum):
    """A meteorological season of the northern hemisphere (the region's)."""

    WINTER = "winter"
    SPRING = "spring"
    SUMMER = "summer"
    FALL = "fall"


class TimePart(str, enum.Enum):
    """A qualifier that narrows a month or a year: "early June", "late 2021"."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"


class Inferred(str, enum.Enum):
    """What of a date came from a reference date rather than from the text."""

    NONE = "none"
    YEAR = "year"
    DATE = "date"


# Months of each season; winter starts in December of the year *before* ``year``.
_SEASON_MONTHS: dict[Season, tuple[int, int]] = {
    Season.WINTER: (12, 2),
    Season.SPRING: (3, 5),
    Season.SUMMER: (6, 8),
    Season.FALL: (9, 11),
}


def _check_range(name: str, value: int | None, low: int, high: int) -> None:
    if value is not None and (isinstance(value, bool) or not low <= value <= high):
        raise ValidationError(f"PartialDate.{name} must be in {low}..{high}, got {value!r}")


def _doc(text: str) -> dict[str, str]:
    return {"doc": text}


@attrs.frozen(kw_only=True, order=False)
class PartialDate:
    """A date known to the day, month, season or year, as a news text states it."""

    year: int = attrs.field(metadata=_doc("Calendar year (1..9999)."))
    month: int | None = attrs.field(default=None, metadata=_doc("Month 1..12, if known."))
    day: int | None = attrs.field(default=None, metadata=_doc("Day of month, if known."))
    precision: Precision = attrs.field(
        converter=Precision,
        metadata=_doc("How much the date fixes: day, month, season or year."),
    )
    season: Season | None = attrs.field(
        default=None,
        converter=attrs.converters.optional(Season),
        metadata=_doc("Season, when precision is 'season'."),
    )
    part: TimePart | None = attrs.field(
        default=None,
        converter=attrs.converters.optional(TimePart),
        metadata=_doc("Early/mid/late qualifier of a month or a year."),
    )
    text: str = attrs.field(default="", metadata=_doc("The words as written in the source."))
    inferred: Inferred = attrs.field(
        default=Inferred.NONE,
        converter=Inferred,
        metadata=_doc("'year' or 'date' when that part came from a reference date."),
    )

    def __attrs_post_init__(self) -> None:
        _check_range("year", self.year, 1, 9999)
        _check_range("month", self.month, 1, 12)
        _check_range("day", self.day, 1, 31)
        p = self.precision
        if p is Precision.DAY:
            if self.month is None or self.day is None:
                raise ValidationError(
                    f"PartialDate with precision 'day' needs month and day, got {self!r}"
                )
            try:
                dt.date(self.year, self.month, self.day)
            except ValueError as exc:
                raise ValidationError(f"PartialDate is not a calendar date: {exc}") from None
        elif p is Precision.MONTH:
            if self.month is None or self.day is not None:
                raise ValidationError(
                    f"PartialDate with precision 'month' needs a month and no day, got {self!r}"
                )
        elif p is Precision.SEASON:
            if self.season is None or self.month is not None or self.day is not None:
                raise ValidationError(
                    f"PartialDate with precision 'season' needs a season only, got {self!r}"
                )
        elif self.month is not None or self.day is not None:
            raise ValidationError(
                f"PartialDate with precision 'year' has no month or day, got {self!r}"
            )
        if p is not Precision.SEASON and self.season is not None:
            raise ValidationError(f"PartialDate.season is set but precision is {p.value!r}")
        if self.part is not None and p not in (Precision.MONTH, Precision.YEAR):
            raise ValidationError(
                f"PartialDate.part qualifies only a month or a year, not {p.value!r}"
            )
        if p is Precision.SEASON and self.season is Season.WINTER and self.year == 1:
            raise ValidationError("PartialDate winter of year 1 starts before the calendar")

    # -- bounds ---------------------------------------------------------------
    @property
    def start(self) -> dt.date:
        """The first calendar day the date can mean."""
        return self._bounds()[0]

    @property
    def end(self) -> dt.date:
        """The last calendar day the date can mean."""
        return self._bounds()[1]

    def _bounds(self) -> tuple[dt.date, dt.date]:
        return _calendar_bounds(
            self.year, self.month, self.day, self.precision, self.season, self.part)

    # -- ordering -------------------------------------------------------------
    def sort_key(self) -> tuple[dt.date, dt.date, str, str, str]:
        """Order by start, then end, then the remaining fields, so ordering is total."""
        return (self.start, self.end, self.precision.value, self.text, self.inferred.value)

    def __lt__(self, other: Any) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __le__(self, other: Any) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: Any) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: Any) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() >= other.sort_key()

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` lies within the date's bounds."""
        return self.start <= day <= self.end

    def isoformat(self) -> str:
        """An ISO-8601-like rendering at the date's own precision ("2021-06", "2020-fall")."""
        if self.precision is Precision.DAY:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision is Precision.MONTH:
            return f"{self.year:04d}-{self.month:02d}"
        if self.precision is Precision.SEASON:
            assert self.season is not None
            return f"{self.year:04d}-{self.season.value}"
        return f"{self.year:04d}"

    @classmethod
    def from_date(
        cls, day: dt.date, *, text: str = "", inferred: Inferred = Inferred.NONE
    ) -> PartialDate:
        """A day-precision date."""
        return cls(
            year=day.year, month=day.month, day=day.day, precision=Precision.DAY,
            text=text, inferred=inferred,
        )


@functools.lru_cache(maxsize=1 << 14)
def _calendar_bounds(
    year: int, month: int | None, day: int | None, precision: Precision,
    season: Season | None, part: TimePart | None,
) -> tuple[dt.date, dt.date]:
    """The first and last calendar day a partial date can mean (cached: merging and
    range queries ask for the same bounds again and again)."""
    y = year
    p = precision
    if p is Precision.DAY:
        assert month is not None and day is not None
        d = dt.date(y, month, day)
        return d, d
    if p is Precision.MONTH:
        assert month is not None
        last = calendar.monthrange(y, month)[1]
        lo, hi = 1, last
        if part is TimePart.EARLY:
            hi = 10
        elif part is TimePart.MID:
            lo, hi = 11, 20
        elif part is TimePart.LATE:
            lo = 21
        return dt.date(y, month, lo), dt.date(y, month, hi)
    if p is Precision.SEASON:
        assert season is not None
        first, last_m = _SEASON_MONTHS[season]
        start_year = y - 1 if season is Season.WINTER else y
        end_day = calendar.monthrange(y, last_m)[1]
        return dt.date(start_year, first, 1), dt.date(y, last_m, end_day)
    lo_m, hi_m = 1, 12
    if part is TimePart.EARLY:
        hi_m = 4
    elif part is TimePart.MID:
        lo_m, hi_m = 5, 8
    elif part is TimePart.LATE:
        lo_m = 9
    return dt.date(y, lo_m, 1), dt.date(y, hi_m, calendar.monthrange(y, hi_m)[1])


# --- parsing -----------------------------------------------------------------

_MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
_SEASON_WORDS = {
    "winter": Season.WINTER, "spring": Season.SPRING, "summer": Season.SUMMER,
    "fall": Season.FALL, "autumn": Season.FALL,
}
_PARTS = {"early": TimePart.EARLY, "mid": TimePart.MID, "middle": TimePart.MID,
          "late": TimePart.LATE, "end": TimePart.LATE}

_DAY_FIRST = re.compile(
    rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_RE})\.?,?"
    rf"(?:\s+(?P<year>\d{{4}}))?$", re.I)
_MONTH_FIRST = re.compile(
    rf"^(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<year>\d{{4}}))?$", re.I)
_MONTH_YEAR = re.compile(
    rf"^(?:(?P<part>early|mid|middle|late|end)[\s-]+(?:of\s+)?)?(?P<month>{_MONTH_RE})\.?"
    rf"(?:,?\s+(?:of\s+)?(?P<year>\d{{4}}))?$", re.I)
_YEAR = re.compile(
    r"^(?:(?P<part>early|mid|middle|late|end)[\s-]+(?:of\s+)?)?(?P<year>\d{4})$", re.I)
_SEASON = re.compile(
    r"^(?:(?P<rel>last|this|next|past)\s+)?(?P<season>winter|spring|summer|fall|autumn)"
    r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?$", re.I)
_WEEKDAY = re.compile(
    r"^(?:(?P<rel>last|this|next|past|on)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)$", re.I)
_RELATIVE_YEAR = re.compile(r"^(?P<rel>last|this|next|past)\s+year$", re.I)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _ref_day(reference: PartialDate | dt.date | None) -> dt.date | None:
    if reference is None:
        return None
    if isinstance(reference, PartialDate):
        return reference.end
    return reference


def _infer_year(month: int, day: int | None, ref: dt.date) -> int:
    """The year that puts (month, day) closest before or at the reference date.

    News reports the past: "Jul 23" printed in a story written in January
    refers to last July.
    """
    probe_day = day or 1
    try:
        candidate = dt.date(ref.year, month, probe_day)
    except ValueError:
        return ref.year
    return ref.year if candidate <= ref + dt.timedelta(days=7) else ref.year - 1


def parse_date(
    text: str, reference: PartialDate | dt.date | None = None
) -> PartialDate | None:
    """Parse what news text says about a date into a :class:`PartialDate`.

    Handles "December 25, 2024", "25 December 2024", "Jul 23", "May 6th, 2021",
    "June 3", "late June", "June 2021", "2021", "last fall", "on Thursday" and
    ISO dates.  Parts the text leaves out (the year of "Jul 23", the whole date of
    "on Thursday") come from ``reference`` and are flagged in
    :attr:`PartialDate.inferred`.  Returns None when the text is not a date or
    needs a reference that was not given.
    """
    written = text
    s = " ".join(text.strip().strip(".,;()").split())
    if not s or len(s) > 60:
        return None
    ref = _ref_day(reference)
    # "last fall" lies before the whole reference period: a reference known only to the
    # year 2021 makes it the fall of 2020, not of 2021.
    ref_start = reference.start if isinstance(reference, PartialDate) else ref
    low = s.lower()
    if low.startswith("on "):
        s = s[3:]
        low = low[3:]

    if _ISO.match(s):
        try:
            d = dt.date.fromisoformat(s)
        except ValueError:
            return None
        return PartialDate.from_date(d, text=written)

    for rx in (_MONTH_FIRST, _DAY_FIRST):
        m = rx.match(s)
        if m:
            month = _MONTHS[m.group("month").lower().rstrip(".")]
            day = int(m.group("day"))
            inferred = Inferred.NONE
            if m.group("year"):
                year = int(m.group("year"))
            elif ref is not None:
                year = _infer_year(month, day, ref)
                inferred = Inferred.YEAR
            else:
                return None
            # dateutil validates the day against the calendar (leap years included).
            try:
                parsed = _du_parser.parse(f"{year:04d}-{month:02d}-{day:02d}")
            except (ValueError, OverflowError):
                return None
            return PartialDate.from_date(parsed.date(), text=written, inferred=inferred)

    m = _MONTH_YEAR.match(s)
    if m:
        month = _MONTHS[m.group("month").lower().rstrip(".")]
        part = _PARTS[m.group("part").lower()] if m.group("part") else None
        inferred = Inferred.NONE
        if m.group("year"):
            year = int(m.group("year"))
        elif ref is not None:
            year = _infer_year(month, None, ref)
            inferred = Inferred.YEAR
        else:
            return None
        return PartialDate(year=year, month=month, precision=Precision.MONTH, part=part,
                           text=written, inferred=inferred)

    m = _YEAR.match(s)
    if m:
        year = int(m.group("year"))
        if year < 1:
            return None
        part = _PARTS[m.group("part").lower()] if m.group("part") else None
        return PartialDate(year=year, precision=Precision.YEAR, part=part, text=written)

    m = _SEASON.match(s)
    if m:
        season = _SEASON_WORDS[m.group("season").lower()]
        rel = (m.group("rel") or "").lower()
        if m.group("year"):
            return PartialDate(year=int(m.group("year")), precision=Precision.SEASON,
                               season=season, text=written)
        if ref is None:
            return None
        # The season's year is the one whose season ends before the reference for
        # "last", and the one containing or following the reference otherwise.
        year = ref.year
        last_m = _SEASON_MONTHS[season][1]
        if season is Season.WINTER and ref.month == 12:
            year += 1
        end = dt.date(year, last_m, calendar.monthrange(year, last_m)[1])
        if rel in ("last", "past") and ref_start is not None and end >= ref_start:
            year -= 1
        elif rel == "next" and end < ref:
            year += 1
        return PartialDate(year=year, precision=Precision.SEASON, season=season,
                           text=written, inferred=Inferred.YEAR)

    m = _RELATIVE_YEAR.match(s)
    if m:
        if ref is None:
            return None
        delta = {"last": -1, "past": -1, "this": 0, "next": 1}[m.group("rel").lower()]
        return PartialDate(year=ref.year + delta, precision=Precision.YEAR, text=written,
                           inferred=Inferred.YEAR)

    m = _WEEKDAY.match(s)
    if m:
        if ref is None:
            return None
        wd = _WEEKDAYS[m.group("wd").lower()]
        rel = (m.group("rel") or "").lower()
        if rel == "next":
            delta = (wd - ref.weekday()) % 7 or 7
            when = ref + dt.timedelta(days=delta)
        else:
            # A weekday in a news report is the most recent one on or before the
            # reference; "last Thursday" is never the reference day itself.
            back = (ref.weekday() - wd) % 7
            if rel in ("last", "past") and back == 0:
                back = 7
            when = ref - dt.timedelta(days=back)
        return PartialDate.from_date(when, text=written, inferred=Inferred.DATE)
    return None
