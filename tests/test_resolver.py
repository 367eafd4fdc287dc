"""The date resolver on a table of news date expressions, each with its expected date.

References: WED = Wednesday 10 January 2024 (a day), SUN = Sunday 15 June 2025 (a day),
DEC = December 2022 (a month), Y21 = the year 2021, INF = Saturday 14 December 2024 inferred
(the latest day an undated page mentions: a lower bound of its writing, not its day).  An
expected value of None means the expression must stay unresolved (never guessed).
"""

from __future__ import annotations

import datetime as dt

import pytest

from caucasus_events.dates import (
    DateMention,
    DatePolicy,
    Inferred,
    PartialDate,
    Precision,
    find_dateline,
    find_dates,
    resolve_date,
)

WED = PartialDate.from_date(dt.date(2024, 1, 10))
SUN = PartialDate.from_date(dt.date(2025, 6, 15))
DEC = PartialDate(year=2022, month=12, precision=Precision.MONTH)
Y21 = PartialDate(year=2021, precision=Precision.YEAR)
INF = PartialDate.from_date(dt.date(2024, 12, 14), inferred=Inferred.DATE)
SAT = PartialDate.from_date(dt.date(2024, 12, 14))
N = Inferred.NONE
Y = Inferred.YEAR
D = Inferred.DATE

TABLE: list[tuple[str, PartialDate | None, str | None, Inferred | None]] = [
    # absolute days, month first and day first
    ("December 25, 2024", None, "2024-12-25", N),
    ("Dec. 25, 2024", None, "2024-12-25", N),
    ("Dec 25 2024", None, "2024-12-25", N),
    ("25 December 2024", None, "2024-12-25", N),
    ("25th of December 2024", None, "2024-12-25", N),
    ("25th December, 2024", None, "2024-12-25", N),
    ("May 6th, 2021", None, "2021-05-06", N),
    ("1st March 2020", None, "2020-03-01", N),
    ("Monday, December 25, 2023", None, "2023-12-25", N),
    ("on Monday, November 28", DEC, "2022-11-28", Y),
    ("Friday, 13 September 2019", None, "2019-09-13", N),
    ("01 September 2022 12:07", None, "2022-09-01", N),
    ("September 1, 2022, 12:07", None, "2022-09-01", N),
    ("Sept. 3, 2020", None, "2020-09-03", N),
    ("Sep 3, 2020", None, "2020-09-03", N),
    ("JUNE 13, 2024", None, "2024-06-13", N),
    ("February 29, 2024", None, "2024-02-29", N),
    ("February 29, 2023", None, None, None),
    ("February 30, 2021", None, None, None),
    ("April 31, 2021", None, None, None),
    ("May 0, 2021", None, None, None),
    ("January 1, 10000", None, None, None),
    # numeric dates
    ("2025-08-10", None, "2025-08-10", N),
    ("2025-08-10T12:30:00Z", None, "2025-08-10", N),
    ("2025/08/10", None, "2025-08-10", N),
    ("2023-02-28", None, "2023-02-28", N),
    ("2023-02-29", None, None, None),
    ("2023-13-01", None, None, None),
    ("30.06.2025", None, "2025-06-30", N),
    ("12.03.2024", None, "2024-03-12", N),
    ("12/03/2024", None, "2024-03-12", N),
    ("12-03-2024", None, "2024-03-12", N),
    ("03/25/2024", None, "2024-03-25", N),
    ("1.2.2020", None, "2020-02-01", N),
    ("31.12.1999", None, "1999-12-31", N),
    ("30.02.2020", None, None, None),
    ("12.03.2024 14:05", None, "2024-03-12", N),
    ("00.00.0000", None, None, None),
    ("12.13.23", WED, "2023-12-13", N),
    ("13.12.23", WED, "2023-12-13", N),
    ("12.13.23", None, None, None),
    # yearless days take the year on or before the reference (a week of grace)
    ("Jul 23", WED, "2023-07-23", Y),
    ("June 3", WED, "2023-06-03", Y),
    ("January 12", WED, "2024-01-12", Y),
    ("January 17", WED, "2024-01-17", Y),
    ("January 18", WED, "2023-01-18", Y),
    ("January 3", WED, "2024-01-03", Y),
    ("Dec. 2", WED, "2023-12-02", Y),
    ("2 Dec", WED, "2023-12-02", Y),
    ("2 December", SUN, "2024-12-02", Y),
    ("June 13", SUN, "2025-06-13", Y),
    ("June 20", SUN, "2025-06-20", Y),
    ("June 30", SUN, "2024-06-30", Y),
    ("13th of June", SUN, "2025-06-13", Y),
    ("December 12", DEC, "2022-12-12", Y),
    ("November 3", DEC, "2022-11-03", Y),
    ("March 5", Y21, "2021-03-05", Y),
    ("February 29", WED, "2020-02-29", Y),
    ("February 29", SUN, "2024-02-29", Y),
    ("February 29", PartialDate.from_date(dt.date(2024, 3, 1)), "2024-02-29", Y),
    ("Jul 23", None, None, None),
    # a weekday with a yearless day fixes the year: the latest in which the day is that weekday
    ("Monday, November 28", WED, "2022-11-28", Y),
    ("on Monday (September 25)", SUN, "2023-09-25", Y),
    ("Wednesday, Sept. 30", SUN, "2020-09-30", Y),
    ("Friday, 13 September", SUN, "2024-09-13", Y),
    ("Thursday, 13 September", SUN, "2018-09-13", Y),
    ("Sunday, June 15", SUN, "2025-06-15", Y),
    # an inferred reference day bounds the writing from below: a month of grace after it
    ("December 30", INF, "2024-12-30", Y),
    ("December 30", SAT, "2023-12-30", Y),
    ("December 20", SAT, "2024-12-20", Y),
    # ranges: the first day (the last is DateMention.until)
    ("March 12-13", WED, "2023-03-12", Y),
    ("March 12-13, 2024", None, "2024-03-12", N),
    ("12-13 March 2024", None, "2024-03-12", N),
    ("12 to 13 March 2024", None, "2024-03-12", N),
    ("November 13-14", DEC, "2022-11-13", Y),
    ("February 4-5, 2021", None, "2021-02-04", N),
    ("4–5 February 2021", None, "2021-02-04", N),
    ("13-12 March 2024", None, None, None),
    # ranges of two days named in full: the first day
    ("from March 5 to March 7", WED, "2023-03-05", Y),
    ("between 5 March and 7 March 2024", None, "2024-03-05", N),
    ("from December 30, 2023 to January 2, 2024", None, "2023-12-30", N),
    ("from December 30 to January 2", WED, "2023-12-30", Y),
    ("from 2 February until 4 March", WED, "2023-02-02", Y),
    ("from March 7 to March 5", WED, None, None),
    # spans of years: the first year (the last is DateMention.until)
    ("2019-2020", None, "2019", N),
    ("in 2019–20", None, "2019", N),
    ("1994-95", None, "1994", N),
    ("between 2018 and 2020", None, "2018", N),
    ("from 2008 to 2012", None, "2008", N),
    ("from 1993 until 2003", None, "1993", N),
    ("from 2008-2012", None, "2008", N),
    ("2020-2019", None, None, None),
    # months
    ("June 2021", None, "2021-06", N),
    ("June of 2021", None, "2021-06", N),
    ("June, 2021", None, "2021-06", N),
    ("late June", WED, "2023-06", Y),
    ("early January", WED, "2024-01", Y),
    ("mid-June 2021", None, "2021-06", N),
    ("the end of June 2021", None, "2021-06", N),
    ("the beginning of March 2022", None, "2022-03", N),
    ("end of May", SUN, "2025-05", Y),
    ("December", WED, "2023-12", Y),
    ("January", WED, "2024-01", Y),
    ("July", SUN, "2024-07", Y),
    ("May", SUN, "2025-05", Y),
    ("September", DEC, "2022-09", Y),
    ("June", None, None, None),
    ("Jan", WED, None, None),
    # a month of a shifted year, a shifted month
    ("April last year", WED, "2023-04", Y),
    ("in April last year", WED, "2023-04", Y),
    ("May of next year", WED, "2025-05", Y),
    ("June this year", SUN, "2025-06", Y),
    ("last April", WED, "2023-04", Y),
    ("last January", WED, "2023-01", Y),
    ("last May", SUN, "2025-05", Y),
    ("this April", WED, "2024-04", Y),
    ("next January", WED, "2025-01", Y),
    ("next June", WED, "2024-06", Y),
    ("April last year", None, None, None),
    ("last April", Y21, None, None),
    ("Mar", WED, None, None),
    ("May 0000", None, None, None),
    # years
    ("2021", None, "2021", N),
    ("1994", None, "1994", N),
    ("in 2021", None, "2021", N),
    ("since 2008", None, "2008", N),
    ("early 2021", None, "2021", N),
    ("mid-2021", None, "2021", N),
    ("late 2019", None, "2019", N),
    ("the end of 2020", None, "2020", N),
    ("10000", None, None, None),
    ("0000", None, None, None),
    # seasons
    ("summer 2020", None, "2020-summer", N),
    ("summer of 2020", None, "2020-summer", N),
    ("fall 2020", None, "2020-fall", N),
    ("autumn of 2019", None, "2019-fall", N),
    ("winter 2021", None, "2021-winter", N),
    ("last fall", WED, "2023-fall", Y),
    ("last summer", WED, "2023-summer", Y),
    ("last winter", WED, "2023-winter", Y),
    ("this winter", WED, "2024-winter", Y),
    ("next spring", WED, "2024-spring", Y),
    ("this summer", SUN, "2025-summer", Y),
    ("last summer", SUN, "2024-summer", Y),
    ("next summer", SUN, "2026-summer", Y),
    ("last spring", SUN, "2025-spring", Y),
    ("this spring", SUN, "2025-spring", Y),
    ("last fall", Y21, "2020-fall", Y),
    ("in the summer", SUN, "2025-summer", Y),
    ("summer", SUN, None, None),
    ("last fall", None, None, None),
    # days relative to the reference day
    ("today", WED, "2024-01-10", D),
    ("yesterday", WED, "2024-01-09", D),
    ("tomorrow", WED, "2024-01-11", D),
    ("the day before yesterday", WED, "2024-01-08", D),
    ("last night", WED, "2024-01-09", D),
    ("tonight", WED, "2024-01-10", D),
    ("this morning", WED, "2024-01-10", D),
    ("earlier today", SUN, "2025-06-15", D),
    ("yesterday", PartialDate.from_date(dt.date(2024, 3, 1)), "2024-02-29", D),
    ("yesterday", DEC, "2022-12", D),
    ("yesterday", Y21, None, None),
    ("yesterday", None, None, None),
    ("yesterday", PartialDate.from_date(dt.date(1, 1, 1)), None, None),
    ("tomorrow", PartialDate.from_date(dt.date(9999, 12, 31)), None, None),
    # ... ago
    ("two days ago", WED, "2024-01-08", D),
    ("2 days ago", WED, "2024-01-08", D),
    ("a day ago", WED, "2024-01-09", D),
    ("three weeks ago", WED, "2023-12-20", D),
    ("a week ago", SUN, "2025-06-08", D),
    ("six months ago", WED, "2023-07", D),
    ("a month ago", WED, "2023-12", D),
    ("15 years ago", WED, "2009", Y),
    ("fifteen years ago", WED, "2009", Y),
    ("a year ago", SUN, "2024", Y),
    ("two decades ago", SUN, "2005", Y),
    # vague counts of days: the month their window (2 to 10 days back) lies in
    ("a few days ago", SUN, "2025-06", D),
    ("several days ago", SUN, "2025-06", D),
    ("a couple of days ago", SUN, "2025-06", D),
    ("a few days ago", WED, None, None),
    ("a few days ago", DEC, "2022-12", D),
    ("a few weeks ago", SUN, None, None),
    ("half a year ago", SUN, "2024-12", D),
    ("two and a half years ago", SUN, None, None),
    ("two days ago", DEC, "2022-12", D),
    ("three weeks ago", DEC, None, None),
    ("two years ago", DEC, "2020", Y),
    ("15 years ago", None, None, None),
    ("5000 years ago", PartialDate.from_date(dt.date(2024, 1, 1)), None, None),
    # months and years relative to the reference
    ("last year", WED, "2023", Y),
    ("this year", WED, "2024", Y),
    ("next year", WED, "2025", Y),
    ("earlier this year", SUN, "2025", Y),
    ("last year", Y21, "2020", Y),
    ("last year", DEC, "2021", Y),
    ("last month", WED, "2023-12", D),
    ("this month", WED, "2024-01", D),
    ("next month", WED, "2024-02", D),
    ("earlier this month", SUN, "2025-06", D),
    ("later this month", SUN, "2025-06", D),
    ("earlier in the month", SUN, "2025-06", D),
    ("later in the year", SUN, "2025", Y),
    ("earlier in the week", SUN, "2025-06", D),
    ("previous month", SUN, "2025-05", D),
    ("last month", DEC, "2022-11", D),
    ("last month", Y21, None, None),
    ("last month", None, None, None),
    # weeks and weekends as their month
    ("last week", SUN, "2025-06", D),
    ("this week", SUN, "2025-06", D),
    ("next week", SUN, "2025-06", D),
    ("last week", WED, "2024-01", D),
    ("last week", PartialDate.from_date(dt.date(2024, 2, 7)), None, None),
    ("this week", WED, "2024-01", D),
    ("over the weekend", SUN, "2025-06", D),
    ("last weekend", SUN, "2025-06", D),
    ("over the weekend", DEC, "2022-12", D),
    ("in recent weeks", SUN, "2025-06", D),
    ("over the last several days", SUN, "2025-06", D),
    ("over the past few days", SUN, "2025-06", D),
    ("in the last couple of weeks", SUN, "2025-06", D),
    ("next week", None, None, None),
    # weekdays: the latest one on or before the reference day
    ("on Thursday", WED, "2024-01-04", D),
    ("Thursday", WED, "2024-01-04", D),
    ("on Wednesday", WED, "2024-01-10", D),
    ("last Wednesday", WED, "2024-01-03", D),
    ("next Wednesday", WED, "2024-01-17", D),
    ("next Friday", WED, "2024-01-12", D),
    ("on Monday", WED, "2024-01-08", D),
    ("on Sunday", SUN, "2025-06-15", D),
    ("on Saturday", SUN, "2025-06-14", D),
    ("on Monday", SUN, "2025-06-09", D),
    ("last Sunday", SUN, "2025-06-08", D),
    ("on Friday", DEC, "2022-12", D),
    ("on Saturday", INF, "2024-12-14", D),
    ("on Friday", INF, "2024-12", D),
    ("last Saturday", INF, "2024-12", D),
    ("on Friday", SAT, "2024-12-13", D),
    # counted from the last day the text named: alone they stay unresolved
    ("a day earlier", WED, None, None),
    ("the next day", WED, None, None),
    ("on the same day", WED, None, None),
    ("that evening", WED, None, None),
    ("the next morning", WED, None, None),
    ("later that month", WED, None, None),
    ("the following year", WED, None, None),
    ("that same month", WED, None, None),
    ("two years later", WED, None, None),
    ("a month earlier", WED, None, None),
    ("on Friday", Y21, None, None),
    ("on Friday", None, None, None),
    # not dates
    ("", None, None, None),
    ("not a date", WED, None, None),
    ("the Sun", WED, None, None),
    ("x" * 100, WED, None, None),
]


def _id(row: tuple[str, PartialDate | None, str | None, Inferred | None]) -> str:
    ref = row[1].isoformat() if row[1] is not None else "none"
    return f"{row[0][:30]}@{ref}"


def test_the_table_is_large() -> None:
    assert len(TABLE) >= 150


@pytest.mark.parametrize("row", TABLE, ids=[_id(r) for r in TABLE])
def test_resolve(row: tuple[str, PartialDate | None, str | None, Inferred | None]) -> None:
    text, reference, expected, inferred = row
    warnings: list[str] = []
    got = resolve_date(text, reference, warnings=warnings)
    if expected is None:
        assert got is None
        return
    assert got is not None, warnings
    assert (got.isoformat(), got.inferred, got.text) == (expected, inferred, text)


@pytest.mark.parametrize("text", ["February 29, 2023", "May 0000", "January 1, 10000",
                                  "30.02.2020"])
def test_impossible_dates_are_dropped_with_a_warning(text: str) -> None:
    warnings: list[str] = []
    assert resolve_date(text, WED, warnings=warnings) is None
    assert warnings and text.split()[0] in warnings[0]


def test_overflow_is_a_warning_not_an_exception() -> None:
    warnings: list[str] = []
    text = "It began January 1, 0001 and ended yesterday, on February 29."
    found = find_dates(text, PartialDate.from_date(dt.date(1, 1, 1)), warnings=warnings)
    assert [m.date.isoformat() for m in found] == ["0001-01-01"]
    assert any("yesterday" in w for w in warnings)


def test_month_first_policy() -> None:
    assert resolve_date("03/04/2024", DatePolicy(day_first=False)) == \
        PartialDate(year=2024, month=3, day=4, precision=Precision.DAY, text="03/04/2024")


# Every date expression find_dates finds in a text, rendered "as written = date [until
# last day] [inferred part]", under a reference (a DatePolicy, a PartialDate or None).
MENTIONS: list[tuple[str, str, DatePolicy | PartialDate | None, list[str]]] = [
    ("spans and ranges",
     "Talks on March 12-13 followed the clashes of 30.06.2023 and, two days ago, a raid.",
     DatePolicy(reference=WED),
     ["March 12-13 = 2023-03-12 until 2023-03-13 [year]", "30.06.2023 = 2023-06-30",
      "two days ago = 2024-01-08 [date]"]),
    ("a range of two full days is one mention with its last day",
     "Talks were held from December 30 to January 2 and resumed on January 5.",
     DatePolicy(reference=WED),
     ["from December 30 to January 2 = 2023-12-30 until 2024-01-02 [year]",
      "January 5 = 2024-01-05 [year]"]),
    ("a year after the before a name is a date",
     "He recalled the 1991 Almaty Declaration.", None, ["1991 = 1991"]),
    ("a year after the before a happening is a date",
     "Tensions rose after the 2020 war.", None, ["2020 = 2020"]),
    ("a year after The opening a text is a date", "The 2008 war with Russia", None,
     ["2008 = 2008"]),
    ("a count after the is no year", "the 2000 troops and the 1800 refugees", None, []),
    ("a span of years is one mention with its last year",
     "Talks stalled from 2008 to 2012, resumed in 2019-20, and in 2021 and 2022 failed.", None,
     ["from 2008 to 2012 = 2008 until 2012", "2019-20 = 2019 until 2020", "2021 = 2021",
      "2022 = 2022"]),
    ("a year and month in ISO form is no span", "the 2024-12 report", None, []),
    # WED is a Wednesday: "since Wednesday" on a Wednesday began a week before
    ("since a weekday is before the reference day",
     "The road has been shut since Wednesday; talks resumed on Wednesday.",
     DatePolicy(reference=WED),
     ["Wednesday = 2024-01-03 [date]", "on Wednesday = 2024-01-10 [date]"]),
    ("ever since a weekday is before the reference day", "shut ever since Monday",
     DatePolicy(reference=WED), ["Monday = 2024-01-08 [date]"]),
    ("a bare year needs an introducing word", "In 2021, 2500 troops left in 2022.", None,
     ["2021 = 2021", "2022 = 2022"]),
    ("days counted from the last day named",
     "Clashes broke out on August 16. A day earlier, troops fired; two days later a truce "
     "held. The next day, talks began. On the same day, Baku protested, and a week earlier "
     "there had been shelling.", WED,
     ["August 16 = 2023-08-16 [year]", "A day earlier = 2023-08-15 [date]",
      "two days later = 2023-08-17 [date]", "The next day = 2023-08-18 [date]",
      "On the same day = 2023-08-18 [date]", "a week earlier = 2023-08-11 [date]"]),
    ("a day counted from no day named is unresolved", "A day earlier, troops fired.", WED, []),
    ("parts of the day counted from the last day named",
     "Talks opened on Thursday, March 6, 2025. Protesters gathered that evening; later that "
     "night police moved in, and the next morning the square was empty.", WED,
     ["on Thursday, March 6, 2025 = 2025-03-06", "that evening = 2025-03-06 [date]",
      "later that night = 2025-03-06 [date]", "the next morning = 2025-03-07 [date]"]),
    ("a part of the day of no day named is unresolved", "Protesters gathered that evening.",
     WED, []),
    ("months and years counted from the last date named",
     "Talks began on March 2, 2023. Later that month they stalled; the following month they "
     "resumed. The war had begun in 2020. The following year a truce held, and in that same "
     "year the border closed.", WED,
     ["March 2, 2023 = 2023-03-02", "Later that month = 2023-03 [date]",
      "the following month = 2023-04 [date]", "2020 = 2020", "The following year = 2021 [date]",
      "in that same year = 2021 [date]"]),
    ("months and years counted before and after the last date named",
     "The war began on September 27, 2020; a month earlier talks had failed. Three months "
     "later they resumed. Two years later a truce held, and a month later it broke.", WED,
     # a month of an unknown month: none
     ["September 27, 2020 = 2020-09-27", "a month earlier = 2020-08 [date]",
      "Three months later = 2020-11 [date]", "Two years later = 2022 [date]"]),
    ("that month of a year named last is unresolved",
     "The war began in 2020. Later that month, talks failed.", WED, ["2020 = 2020"]),
    ("a month alone before an event noun is a date",
     "Protesters demand a repeat of the disputed October elections.", WED,
     ["October = 2023-10 [year]"]),
    ("a month name in a title is no date", "The May Be Established clause and the June Bug.",
     WED, []),
]


def _mention(m: DateMention) -> str:
    text = f"{m.as_written} = {m.date.isoformat()}"
    if m.until is not None:
        text += f" until {m.until.isoformat()}"
    return text if m.date.inferred is N else f"{text} [{m.date.inferred.value}]"


@pytest.mark.parametrize(("text", "reference", "expected"), [r[1:] for r in MENTIONS],
                         ids=[r[0] for r in MENTIONS])
def test_find_dates(text: str, reference: DatePolicy | PartialDate | None,
                    expected: list[str]) -> None:
    found = find_dates(text, reference)
    assert [_mention(m) for m in found] == expected
    assert all(text[m.start:m.end] == m.as_written for m in found)


@pytest.mark.parametrize(("line", "iso"), [
    ("TBILISI, June 13 (Reuters) - Georgia's parliament", "2025-06-13"),
    ("BAKU, Azerbaijan, Dec. 2 — Azerbaijan said", "2024-12-02"),
    ("YEREVAN, 12.03.2024 – The Armenian", "2024-03-12"),
])
def test_datelines(line: str, iso: str) -> None:
    found = find_dateline(line, SUN)
    assert found is not None and found.date.isoformat() == iso


def test_no_dateline_in_running_text() -> None:
    assert find_dateline("The talks in Baku on June 13 ended.", SUN) is None


def test_the_first_word_look_ahead_changes_no_match() -> None:
    """The finder's look-ahead (a digit or a word some alternative starts with) only turns
    away word starts no alternative could match: without it, the same matches."""
    import random
    import re

    from caucasus_events._resolver import DateWords, _finder

    w = DateWords.default()
    pattern = _finder(w).pattern
    i = pattern.index("(?=\\d|")
    j = pattern.index("(?!\\w))", i) + len("(?!\\w))")
    plain = re.compile(pattern[:i] + pattern[j:])
    vocab = [x for t in (w.months, w.weekdays, w.seasons, w.parts, w.numbers, w.units,
                         w.shifts, w.days, w.year_words) for x in t]
    vocab += ["on", "over", "the", "weekend", "ago", "earlier", "later", "same", "that",
              "recent", "few", "couple", "-", ",", "(", ")", "12", "2021", "3rd", "Sept.",
              "mid-2020", "Mayor", "a.m.", "10:30", "12.03.2024", "2024-01-02", "xyz"]
    rnd = random.Random(7)
    found = 0
    for _ in range(400):
        words = [rnd.choice(vocab) for _ in range(25)]
        text = " ".join(x.capitalize() if rnd.random() < .3 else x for x in words)
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _finder(w).finditer(text)] == expected
        found += len(expected)
    assert found > 400


def test_a_malformed_word_list_names_itself() -> None:
    import json
    from importlib import resources

    from caucasus_events._resolver import DateWords
    from caucasus_events.errors import InputError

    data = json.loads((resources.files("caucasus_events") / "data" / "date_words.json")
                      .read_text(encoding="utf-8"))
    words = DateWords.from_json(data)
    assert "recalled" in words.retrospective_verbs and "then" in words.sequence_adverbs
    data["sequence_adverbs"] = "then"
    with pytest.raises(InputError, match="sequence_adverbs"):
        DateWords.from_json(data, origin="words.json")
