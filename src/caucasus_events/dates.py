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
from typing import Any

import attrs

from caucasus_events.errors import ValidationError

__all__ = [
    "DateMention", "DatePolicy", "Inferred", "PartialDate", "Precision", "Season", "TimePart",
    "find_dateline", "find_dates", "parse_date", "resolve_date",
]


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


# Converters to the enums that return a member as it is, without the enum's call (the
# common case: the parser passes members).
def _to_precision(value: Any) -> Precision:
    return value if value.__class__ is Precision else Precision(value)


def _to_season(value: Any) -> Season | None:
    return value if value is None or value.__class__ is Season else Season(value)


def _to_part(value: Any) -> TimePart | None:
    return value if value is None or value.__class__ is TimePart else TimePart(value)


def _to_inferred(value: Any) -> Inferred:
    return value if value.__class__ is Inferred else Inferred(value)


@attrs.frozen(kw_only=True, order=False)
class PartialDate:
    """A date known to the day, month, season or year, as a news text states it."""

    year: int = attrs.field(metadata=_doc("Calendar year (1..9999)."))
    month: int | None = attrs.field(default=None, metadata=_doc("Month 1..12, if known."))
    day: int | None = attrs.field(default=None, metadata=_doc("Day of month, if known."))
    precision: Precision = attrs.field(
        converter=_to_precision,
        metadata=_doc("How much the date fixes: day, month, season or year."),
    )
    season: Season | None = attrs.field(
        default=None,
        converter=_to_season,
        metadata=_doc("Season, when precision is 'season'."),
    )
    part: TimePart | None = attrs.field(
        default=None,
        converter=_to_part,
        metadata=_doc("Early/mid/late qualifier of a month or a year."),
    )
    text: str = attrs.field(default="", metadata=_doc("The words as written in the source."))
    inferred: Inferred = attrs.field(
        default=Inferred.NONE,
        converter=_to_inferred,
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

def parse_date(
    text: str, reference: PartialDate | dt.date | None = None
) -> PartialDate | None:
    """Parse what news text says about a date into a :class:`PartialDate`.

    Handles every form of :func:`resolve_date` ("December 25, 2024", "25 December 2024",
    "Jul 23", "30.06.2025", "late June", "June 2021", "2021", "last fall", "on Thursday",
    "two days ago", ISO dates...).  Parts the text leaves out come from ``reference`` and
    are flagged in :attr:`PartialDate.inferred`.  Returns None when the text is not a date
    or needs a reference that was not given; never raises.
    """
    return resolve_date(text, reference)


from caucasus_events._resolver import (  # noqa: E402  (the resolver builds on PartialDate)
    DateMention,
    DatePolicy,
    find_dateline,
    find_dates,
    resolve_date,
)
