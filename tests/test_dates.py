"""parse_date on the forms news text uses, and PartialDate bounds, ordering and checks."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings

from caucasus_events.dates import Inferred, PartialDate, Precision, Season, TimePart, parse_date
from caucasus_events.errors import ValidationError
from caucasus_events.strategies import partial_dates

REF = dt.date(2024, 1, 10)


@pytest.mark.parametrize(("text", "iso", "precision", "inferred"), [
    ("December 25, 2024", "2024-12-25", Precision.DAY, Inferred.NONE),
    ("25 December 2024", "2024-12-25", Precision.DAY, Inferred.NONE),
    ("May 6th, 2021", "2021-05-06", Precision.DAY, Inferred.NONE),
    ("2023-02-28", "2023-02-28", Precision.DAY, Inferred.NONE),
    ("Jul 23", "2023-07-23", Precision.DAY, Inferred.YEAR),
    ("June 3", "2023-06-03", Precision.DAY, Inferred.YEAR),
    ("June 2021", "2021-06", Precision.MONTH, Inferred.NONE),
    ("late June", "2023-06", Precision.MONTH, Inferred.YEAR),
    ("2021", "2021", Precision.YEAR, Inferred.NONE),
    ("last fall", "2023-fall", Precision.SEASON, Inferred.YEAR),
    ("last year", "2023", Precision.YEAR, Inferred.YEAR),
    ("on Thursday", "2024-01-04", Precision.DAY, Inferred.DATE),
])
def test_parse_forms(text: str, iso: str, precision: Precision, inferred: Inferred) -> None:
    date = parse_date(text, REF)
    assert date is not None
    assert (date.isoformat(), date.precision, date.inferred, date.text) == \
        (iso, precision, inferred, text)


@pytest.mark.parametrize(("date", "start", "end"), [
    (PartialDate(year=2021, month=6, precision=Precision.MONTH, part=TimePart.LATE),
     dt.date(2021, 6, 21), dt.date(2021, 6, 30)),
    # winter starts the December before
    (PartialDate(year=2021, precision=Precision.SEASON, season=Season.WINTER),
     dt.date(2020, 12, 1), dt.date(2021, 2, 28)),
    (PartialDate(year=1, precision=Precision.YEAR), dt.date(1, 1, 1), dt.date(1, 12, 31)),
    (PartialDate(year=9999, month=12, day=31, precision=Precision.DAY),
     dt.date(9999, 12, 31), dt.date(9999, 12, 31)),
], ids=["late June", "winter", "year 1", "9999-12-31"])
def test_bounds(date: PartialDate, start: dt.date, end: dt.date) -> None:
    assert (date.start, date.end) == (start, end)


def test_late_june_is_parsed_with_its_part() -> None:
    date = parse_date("late June 2021")
    assert date == PartialDate(year=2021, month=6, precision=Precision.MONTH,
                               part=TimePart.LATE, text="late June 2021")


@pytest.mark.parametrize("text", ["", "not a date", "Jul 23", "on Thursday", "February 30, 2021",
                                  "x" * 100])
def test_unparseable_or_unanchored_gives_none(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"year": 0, "precision": "year"}, "year"),
    ({"year": 10000, "precision": "year"}, "year"),
    ({"year": 2021, "month": 13, "precision": "month"}, "month"),
    ({"year": 2021, "month": 2, "day": 30, "precision": "day"}, "calendar"),
    ({"year": 2021, "month": 2, "precision": "year"}, "'year'"),
    ({"year": 2021, "precision": "season"}, "season"),
    ({"year": 2021, "month": 2, "day": 3, "precision": "day", "part": "late"}, "part"),
    ({"year": 1, "precision": "season", "season": "winter"}, "winter"),
])
def test_invalid_dates_name_what_is_wrong(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError, match=field):
        PartialDate(**kwargs)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(partial_dates(), partial_dates())
def test_ordering_is_total_and_bounds_hold(a: PartialDate, b: PartialDate) -> None:
    assert a.start <= a.end and a.contains(a.start) and a.contains(a.end)
    assert (a < b) + (b < a) + (a.sort_key() == b.sort_key()) == 1
    assert (a <= b) == (a.sort_key() <= b.sort_key())


def test_last_season_lies_before_a_year_precision_reference() -> None:
    reference = PartialDate(year=2021, precision=Precision.YEAR)
    got = parse_date("last fall", reference)
    assert got is not None
    assert (got.isoformat(), got.inferred) == ("2020-fall", Inferred.YEAR)
