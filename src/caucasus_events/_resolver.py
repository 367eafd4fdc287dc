"""The date resolver: one finder, ordered named rules, one policy for the reference date.

The finder is one compiled pattern built from the word lists of ``data/date_words.json``
(months, weekdays, seasons, numbers, relative units); it reports every date expression of a
text in one left-to-right pass.  Each match is handed to the rules in order
(:data:`RULES`); the first that returns a :class:`~caucasus_events.dates.PartialDate`
wins.  Parts the text leaves out come from the policy's reference date last, and
:class:`~caucasus_events.dates.Inferred` records the fill.  An expression that cannot be
resolved gives no date (never a guess); an impossible one ("February 30", "May 0000", a
year past 9999) is dropped with a warning.  See ``docs/dates.md``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

import attrs

from caucasus_events._data import data_origin, load_json
from caucasus_events.dates import Inferred, PartialDate, Precision, Season, TimePart
from caucasus_events.errors import InputError, ValidationError

__all__ = ["RULES", "DateMention", "DatePolicy", "DateWords", "find_dateline", "find_dates",
           "resolve_date"]


# --- word lists ------------------------------------------------------------------------

# The metadata key of a DateWords field read by :meth:`DateWords.from_json` as an optional
# list of phrases under its own name; its value is the collection type the field holds.
_PHRASES = "caucasus_events.phrases"


def _phrase_list(kind: type[tuple[str, ...]] | type[frozenset[str]]) -> Any:
    """A DateWords field of phrases (see :data:`_PHRASES`), empty unless the file lists
    some."""
    return attrs.field(default=kind(), metadata={_PHRASES: kind})


@attrs.frozen(kw_only=True, eq=False)
class DateWords:
    """The words of date expressions, by label (see ``data/date_words.json``)."""

    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, Season]
    parts: dict[str, TimePart]
    numbers: dict[str, int]
    units: dict[str, str]
    shifts: dict[str, int]
    days: dict[str, int]
    year_words: tuple[str, ...]
    month_nouns: frozenset[str] = frozenset()
    #: adverbs that make a present perfect a lasting state ("has long opposed"): no day
    durative_adverbs: tuple[str, ...] = ()
    #: speech verbs that look back ("recalled the meeting"): what they name is background
    retrospective_verbs: tuple[str, ...] = _phrase_list(tuple)
    #: adverbs that set a happening before the story's time without saying when
    #: ("Earlier, he said"): no day
    unanchored_before: tuple[str, ...] = _phrase_list(tuple)
    #: adverbs that set a happening shortly before the story's time ("Earlier, he said",
    #: "said recently"): the publication month
    recent_before: tuple[str, ...] = _phrase_list(tuple)
    #: adverbs that set a happening after the one told before it ("Then he said"): the
    #: narrative's day, or none
    sequence_adverbs: tuple[str, ...] = _phrase_list(tuple)
    #: a verb with the preposition that makes its noun a happening one takes part in
    #: ("presided over the meeting"): no background
    participation_verbs: tuple[str, ...] = _phrase_list(tuple)
    #: verbs of trying before a happening's verb ("attempted to disperse"): the attempt
    #: is told as done, dated like an assertion
    attempt_verbs: tuple[str, ...] = _phrase_list(tuple)
    #: verbs of means in the past whose object serves a purpose ("used stun grenades to
    #: disperse"): the purpose is told as done with them, dated like an assertion
    means_verbs: tuple[str, ...] = _phrase_list(tuple)
    #: words that make a happening someone's claim ("alleged that ..."): a possible
    #: happening dated like an asserted one, unless a modal hedges it
    claim_words: tuple[str, ...] = _phrase_list(tuple)
    #: speech verbs whose object is the reported clause itself ("said Azerbaijan's
    #: elections in September were restrictive"): a date after the clause's first words
    #: is the clause's, not the saying's
    clausal_speech_verbs: frozenset[str] = _phrase_list(frozenset)
    #: the first words of the saying's own adjuncts after such a verb ("said on Monday",
    #: "said in a statement", "said late Tuesday")
    speech_adjunct_openers: frozenset[str] = _phrase_list(frozenset)
    #: participles whose present passive tells the report's own time ("is quoted as
    #: saying", "is expected to"), not a lasting state ("are accused by rights groups")
    relay_passives: frozenset[str] = _phrase_list(frozenset)
    #: the simple past of irregular verbs ("fled", "fought"): a clause told in the past
    #: (forms that are also a present or a noun, "read", "cut", "left", are not listed)
    irregular_past: tuple[str, ...] = _phrase_list(tuple)
    #: verbs of taking place or beginning ("the trial, which began on January 17"; "the
    #: talks were held on Monday"): the date right after them dates their noun (unlike
    #: ``occurrence_verbs`` of ``data/event_patterns.json``, which make a noun an event)
    onset_verbs: tuple[str, ...] = _phrase_list(tuple)
    #: parts of a day written after a weekday ("since Monday morning")
    day_parts: tuple[str, ...] = _phrase_list(tuple)
    #: prepositions that set a noun's happening before the clause's own ("arrested on
    #: Monday after clashes"): a day before them is the clause's verb's (a month or a year
    #: may hold both: "began in late June following the killing")
    framing_prepositions: tuple[str, ...] = _phrase_list(tuple)
    #: prepositions that set a noun's happening against the clause's own ("opened the
    #: embassy in January despite warnings"): any date before them is the clause's verb's
    concessive_prepositions: tuple[str, ...] = _phrase_list(tuple)
    #: verbs of a trip in the past ("traveled to Morocco, where he will ..."): a plan told
    #: on its destination takes place on that trip
    travel_verbs: tuple[str, ...] = _phrase_list(tuple)
    #: auxiliaries of the future right before a verb ("would visit Baku in January"): a
    #: yearless day or month after the verb is the coming one
    future_auxiliaries: tuple[str, ...] = _phrase_list(tuple)

    @classmethod
    def from_json(cls, data: Any, *, origin: str = "<date words>") -> DateWords:
        """A table from the JSON shape of ``data/date_words.json``; a missing or malformed
        list raises :class:`InputError` naming it."""
        if not isinstance(data, dict):
            raise InputError("date words must be a JSON object", path=origin)
        try:
            return cls(
                months={k: int(v) for k, v in data["months"].items()},
                weekdays={k: int(v) for k, v in data["weekdays"].items()},
                seasons={k: Season(v) for k, v in data["seasons"].items()},
                parts={k: TimePart(v) for k, v in data["parts"].items()},
                numbers={k: int(v) for k, v in data["numbers"].items()},
                units={k: str(v) for k, v in data["units"].items()},
                shifts={k: int(v) for k, v in data["shifts"].items()},
                days={k: int(v) for k, v in data["days"].items()},
                year_words=tuple(str(w) for w in data["year_words"]),
                month_nouns=frozenset(str(w) for w in data.get("month_nouns", ())),
                durative_adverbs=tuple(str(w) for w in data.get("durative_adverbs", ())),
                **{f.name: f.metadata[_PHRASES](_phrases(data, f.name))
                   for f in attrs.fields(cls) if _PHRASES in f.metadata},
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(f"bad date words: {exc!r}", path=origin) from None

    @classmethod
    def default(cls) -> DateWords:
        """The packaged lists."""
        return _default_words()


def _phrases(data: dict[str, Any], key: str) -> tuple[str, ...]:
    """An optional list of non-empty phrases; anything else raises ``ValueError`` naming
    the list."""
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip()
                                              for w in value):
        raise ValueError(f"{key} must be a list of non-empty strings")
    return tuple(" ".join(w.lower().split()) for w in value)


@functools.lru_cache(maxsize=1)
def _default_words() -> DateWords:
    return DateWords.from_json(load_json("date_words.json"),
                               origin=data_origin("date_words.json"))


# --- policy and results ----------------------------------------------------------------

@attrs.frozen(kw_only=True)
class DatePolicy:
    """How the resolver fills what a text leaves out.

    ``reference`` is the publication date (or None: relative expressions then stay
    unresolved).  A yearless day or month takes the year that puts it on or before the
    reference plus ``future_days`` (news reports the past).  ``day_first`` reads an
    ambiguous numeric date such as 03.04.2024 as day.month, the region's convention.
    """

    reference: PartialDate | None = None
    future_days: int = 7
    day_first: bool = True

    @classmethod
    def of(cls, value: DatePolicy | PartialDate | dt.date | None) -> DatePolicy:
        """A policy from a policy, a reference date or None."""
        if isinstance(value, DatePolicy):
            return value
        if isinstance(value, dt.date):
            return cls(reference=PartialDate.from_date(value))
        return cls(reference=value)


@attrs.frozen
class DateMention:
    """A date expression found in a text: where, what it means, and the words as written.
    ``until`` is the last day of a range ("March 12-13"), whose ``date`` is its first."""

    start: int
    end: int
    date: PartialDate
    as_written: str
    until: PartialDate | None = None


class _Unresolvable(Exception):
    """An impossible date (a warning, not an error: the mention is dropped)."""


# --- the finder -----------------------------------------------------------------------

def _alternation(words: Any, *, cased: bool) -> str:
    forms: set[str] = set()
    for w in words:
        if cased:
            forms |= {w.capitalize(), w.upper()}
        else:
            forms.add(w)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
        forms, key=len, reverse=True))


@functools.lru_cache(maxsize=4)
def _finder(words: DateWords) -> re.Pattern[str]:
    full = [w for w in words.months if len(w) > 4 or w in ("may", "june", "july")]
    short = [w for w in words.months if w not in full]
    month = (f"(?:(?:{_alternation(short, cased=True)})\\.?(?!\\w)"
             f"|(?:{_alternation(full, cased=True)})(?!\\w))")
    weekday = f"(?:{_alternation(words.weekdays, cased=True)})"
    season = f"(?i:{_alternation(words.seasons, cased=False)})"
    part = f"(?i:{_alternation(words.parts, cased=False)})"
    number = f"(?:\\d{{1,4}}|(?i:{_alternation(words.numbers, cased=False)}))"
    unit = f"(?i:{_alternation(words.units, cased=False)})"
    shift = f"(?i:{_alternation(words.shifts, cased=False)})"
    days = f"(?i:{_alternation(words.days, cased=False)})"
    year_lb = "".join(f"(?<=\\b{re.escape(w)}\\s)|(?<=\\b{re.escape(w.capitalize())}\\s)|"
                      for w in words.year_words).rstrip("|")
    day = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?:\d{4,5})"
    time = r"(?:,?\s+(?:at\s+)?[0-2]?\d[:.][0-5]\d(?:\s*(?i:[ap]\.?m\.?))?)?"
    # "Monday, December 25", "on Monday (September 25)": the weekday fixes a missing year
    wd_prefix = "(?:(?:(?i:on)\\s+)?(?P<{}>" + weekday + r")(?:,?\s+|\s*\(\s*))?"
    alternatives = [
        # 2025-08-10, 2025/08/10 (a time may follow)
        r"(?P<iso>(?P<iy>\d{4})[-/](?P<im>\d{1,2})[-/](?P<id>\d{1,2}))(?:T[\d:.]+Z?)?",
        # 30.06.2025, 30/06/2025, 30-06-2025
        rf"(?P<num>(?P<na>\d{{1,2}})(?P<ns>[./-])(?P<nb>\d{{1,2}})(?P=ns)(?P<ny>\d{{4}}|\d\d)"
        rf"(?![\d/]|[.-]\d)){time}",
        # ranges of two days named in full: from March 30 to April 2 / between 5 and 7 ...
        rf"(?P<rmm>(?i:from|between)\s+(?:(?P<ma1>{month})\s+(?P<md1>{day})|(?P<dd1>{day})\s+"
        rf"(?:of\s+)?(?P<dm1>{month}))(?:,?\s+(?P<ry1>{year}))?\s*(?:[-–—]|\s(?i:to|until|"
        rf"till|through|and)\s)\s*(?:(?P<ma2>{month})\s+(?P<md2>{day})|(?P<dd2>{day})\s+"
        rf"(?:of\s+)?(?P<dm2>{month}))(?:,?\s+(?P<ry2>{year}))?)(?!\d)",
        # ranges: March 12-13, 2024 / 12-13 March / (the night of) 12 to 13 March
        rf"(?P<rmd>{month}\s+(?P<r1>{day})\s*(?:[-–—]|\s(?:to|and|until|through)\s)\s*"
        rf"(?P<r2>{day})(?:,?\s+(?P<ry>{year}))?)",
        rf"(?P<rdm>(?P<s1>{day})\s*(?:[-–—]|\s(?:to|and|until|through)\s)\s*(?P<s2>{day})\s+"
        rf"(?:of\s+)?(?P<sm>{month})(?:,?\s+(?P<sy>{year}))?)",
        # Monday, December 25, 2024 12:07 / Dec. 25 / June 13 (Reuters)
        rf"(?P<mdy>{wd_prefix.format('mw')}(?P<mm>{month})\s+(?P<md>{day})(?!\d|[-–]\d)"
        rf"(?:,?\s+(?P<my>{year}))?(?!\d)){time}",
        # 01 September 2022 12:07 / 25th of December
        rf"(?P<dmy>{wd_prefix.format('dw')}(?P<dd>{day})\s+(?:of\s+)?(?P<dm>{month})"
        rf"(?:,?\s+(?P<dy>{year}))?"
        rf"(?!\d)){time}",
        # April last year / in April of this year / last April / next May
        rf"(?P<mry>(?P<mrm>{month})\s+(?:of\s+)?(?P<mrs>(?i:last|this|next))\s+(?i:year))\b",
        rf"(?P<smo>(?P<sms>(?i:last|this|next))\s+(?P<smm>{month}))(?!\w|\s+\d)",
        # early June 2021 / the end of June / June of 2021 / June
        rf"(?P<my_>(?:(?P<mp>{part})[\s-]+(?:of\s+)?)?(?P<mo>{month})(?:,?\s+(?:of\s+)?"
        rf"(?P<moy>{year}))?(?!\d))",
        # early 2021 / mid-2021 / the end of 2021
        rf"(?P<py>(?P<pp>{part})[\s-]+(?:of\s+)?(?P<pyy>{year}))\b",
        # (last) summer (of) (2020)
        rf"(?P<se>(?:(?P<ses>{shift})\s+)?(?P<sea>{season})(?:\s+(?:of\s+)?(?P<sey>{year}))?)\b",
        # a few days ago / several days ago / a couple of days ago / half a year ago
        r"(?P<few>(?i:a\s+few|several|a\s+couple\s+of)\s+(?i:days)\s+(?i:ago))\b",
        r"(?P<half>(?i:half\s+a\s+year\s+ago))\b",
        # two days ago / 15 years ago / a week ago (not "half a year ago")
        rf"(?P<ago>(?<!half\s)(?<!Half\s)(?P<an>{number})\s+(?P<au>{unit})\s+(?i:ago))\b",
        # the day before yesterday / yesterday / last night
        rf"(?P<rd>(?<![\w-]){days})\b",
        # last month / earlier this year / over the weekend / in recent weeks
        rf"(?P<ru>(?P<rs>{shift})\s+(?P<rn>(?i:weekend|week|month|year)))\b",
        r"(?P<wk>(?i:over\s+the|at\s+the|this\s+past)\s+(?i:weekend))\b",
        r"(?P<rec>(?i:in\s+recent\s+(?:days|weeks)|(?:in|over)\s+the\s+(?:past|last)\s+"
        r"(?:few|several|couple\s+of)\s+(?:days|weeks)))\b",
        # a day earlier / two days later / the next day / on the same day: from the date
        # the text named last
        rf"(?P<ana>(?i:(?P<nn>{number})\s+(?P<nu>days?|weeks?)\s+(?P<nd>earlier|later)"
        r"|(?:the\s+)?(?P<np>next|following|previous|preceding)\s+(?:day|morning|"
        r"afternoon|evening|night)"
        r"|the\s+day\s+(?P<nba>before|after)(?=\s*[,.;])"
        r"|(?:(?:later|earlier)\s+)?(?:on\s+)?(?:the\s+same|that)\s+(?:day|morning|"
        r"afternoon|evening|night)))\b",
        # later that month / the following year / that same month: from the month or year
        # the text named last
        rf"(?P<anm>(?i:(?P<mn>{number})\s+(?P<mnu>months?|years?)\s+(?P<mnd>earlier|later)"
        r"|(?:(?:later|earlier)\s+)?(?:in\s+)?(?:that(?:\s+same)?|the\s+same)"
        r"\s+(?P<mu>month|year)|the\s+(?P<ms>following|previous|preceding)\s+(?P<mpu>month|year)))"
        r"\b",
        # (on / last / next) Thursday (morning)
        rf"(?P<wd>(?:(?P<ws>(?i:on|last|this|next|past|this\s+past))\s+)?(?P<wdn>{weekday}))"
        rf"(?!\w)",
        # a span of years: 2019-2020, 2019–20, between 2018 and 2020, from 1993 to 2003
        r"(?P<yrg>(?:(?P<yrb>(?i:between))\s+(?P<b1>(?:1[6-9]|20)\d\d)\s+(?i:and)\s+"
        r"(?P<b2>(?:1[6-9]|20)\d\d)|(?P<yrf>(?i:from))\s+(?P<f1>(?:1[6-9]|20)\d\d)\s*"
        r"(?:[-–—]|\s(?i:to|until|till|through)\s)\s*(?P<f2>(?:1[6-9]|20)\d\d)"
        r"|(?P<d1>(?:1[6-9]|20)\d\d)\s*[-–—]\s*(?P<d2>(?:1[6-9]|20)?\d\d))"
        r"(?![\d-]|\s*(?:%|per\b|percent)))",
        # a year after a word that introduces one: in 1994, since 2021
        rf"(?P<yr>(?:{year_lb})(?:1[6-9]|20)\d\d)\b(?!\s*[-–]\s*\d|\s*(?:%|per\b|percent))",
        # a year naming its noun: the 1991 Almaty Declaration, the 2020 war
        r"(?P<yat>(?<=\bthe\s)(?<!\d\s)(?:1[6-9]|20)\d\d|(?<=\bThe\s)(?:1[6-9]|20)\d\d)"
        r"(?=\s+[\w’'-])",
    ]
    # Every alternative starts with a digit or one of the words below (whole): a cheap
    # look-ahead turns away the other word starts before the alternatives are tried.
    firsts = {w.split()[0] for table in (words.months, words.weekdays, words.seasons,
                                         words.parts, words.numbers, words.shifts,
                                         words.days) for w in table}
    firsts |= {"on", "over", "at", "this", "in", "the", "that", "last", "next", "past",
               "between", "from",
               "following", "previous", "preceding", "later", "earlier", "several", "half"}
    first = f"(?=\\d|(?i:{_alternation(firsts, cased=False)})(?!\\w))"
    return re.compile(r"(?<![\w.])" + first + "(?:" + "|".join(alternatives) + r")")


# --- the rules ------------------------------------------------------------------------

_Found = tuple[PartialDate, PartialDate | None]
_Rule = Callable[["re.Match[str]", DatePolicy, DateWords], "_Found | None"]


def _pd(text: str, year: int, month: int | None = None, day: int | None = None,
        inferred: Inferred = Inferred.NONE, part: TimePart | None = None) -> PartialDate:
    """A PartialDate at the precision the parts give; impossible ones raise
    :class:`_Unresolvable`."""
    if not 1 <= year <= 9999:
        raise _Unresolvable(f"year {year} is outside 1..9999")
    precision = Precision.DAY if day is not None else (
        Precision.MONTH if month is not None else Precision.YEAR)
    try:
        return PartialDate(year=year, month=month, day=day, precision=precision, part=part,
                           text=text, inferred=inferred)
    except ValidationError as exc:
        raise _Unresolvable(str(exc)) from None


def _ref(policy: DatePolicy) -> PartialDate | None:
    return policy.reference


def _year_for(month: int, day: int | None, policy: DatePolicy) -> int | None:
    """The year that puts a yearless (month, day) on or before the reference plus the
    policy's future window; None without a reference known at least to the year."""
    ref = _ref(policy)
    if ref is None:
        return None
    anchor = ref.end
    year = anchor.year
    probe_day = min(day or 1, calendar.monthrange(year, month)[1])
    if day == 29 and month == 2:
        # February 29 exists only in leap years: the latest one not after the window.
        while year > 1 and not calendar.isleap(year):
            year -= 1
        probe_day = 29
    ahead = policy.future_days + (_INFERRED_SLACK if ref.inferred is Inferred.DATE else 0)
    limit = anchor + dt.timedelta(days=ahead) if anchor.year < 9999 else anchor
    try:
        if dt.date(year, month, probe_day) <= limit:
            return year
    except ValueError:
        return None
    year -= 1
    if month == 2 and day == 29:
        while year > 1 and not calendar.isleap(year):
            year -= 1
    return year if year >= 1 else None


# Days a yearless date may lie after an inferred reference (the latest day a page
# mentions bounds its writing from below only).
_INFERRED_SLACK = 30


def _day(g: str) -> int:
    return int(re.sub(r"\D", "", g))


def _month(words: DateWords, g: str) -> int:
    return words.months[g.lower().rstrip(".")]


def _full(m: re.Match[str], policy: DatePolicy, words: DateWords, month_g: str, day_g: str,
          year_g: str, weekday_g: str) -> PartialDate:
    text = m.group(0)
    month = _month(words, m.group(month_g))
    day = _day(m.group(day_g))
    if m.group(year_g):
        return _pd(text, int(m.group(year_g)), month, day)
    year = _year_for(month, day, policy)
    if year is None:
        raise _NoReference
    if m.group(weekday_g):
        year = _weekday_year(year, month, day, words.weekdays[m.group(weekday_g).lower()])
    return _pd(text, year, month, day, Inferred.YEAR)


def _weekday_year(latest: int, month: int, day: int, weekday: int) -> int:
    """The latest year up to ``latest`` in which ``month``/``day`` falls on ``weekday``
    ("Monday, November 28" is of 2022, not 2023); ``latest`` when none of the eleven
    years before it has (a weekday the writer got wrong)."""
    for year in range(latest, max(0, latest - 11), -1):
        try:
            if dt.date(year, month, day).weekday() == weekday:
                return year
        except ValueError:
            continue
    return latest


class _NoReference(Exception):
    """The expression needs a reference date the policy does not give."""


def rule_iso(m: re.Match[str], policy: DatePolicy, words: DateWords
             ) -> tuple[PartialDate, PartialDate | None] | None:
    """2025-08-10, 2025/08/10."""
    if m.group("iso") is None:
        return None
    return _pd(m.group(0), int(m.group("iy")), int(m.group("im")), int(m.group("id"))), None


def rule_numeric(m: re.Match[str], policy: DatePolicy, words: DateWords
                 ) -> tuple[PartialDate, PartialDate | None] | None:
    """30.06.2025, 06/30/2025: day first unless the first number cannot be a month's day
    order (a second number above 12 makes it month first)."""
    if m.group("num") is None:
        return None
    a, b, y = int(m.group("na")), int(m.group("nb")), int(m.group("ny"))
    if len(m.group("ny")) == 2:
        # A two-digit year is of the reference's century, or the one before when that
        # would put it more than a year after the reference.
        ref = _ref(policy)
        now = ref.end.year if ref is not None else None
        if now is None:
            raise _NoReference
        y += now - now % 100
        if y > now + 1:
            y -= 100
    day, month = (a, b) if policy.day_first else (b, a)
    if month > 12 >= day:
        day, month = month, day
    return _pd(m.group(0), y, month, day), None


def rule_range(m: re.Match[str], policy: DatePolicy, words: DateWords
               ) -> tuple[PartialDate, PartialDate | None] | None:
    """March 12-13 (2024), 12-13 March, the night of 12 to 13 March: the first day, and the
    last as the range's end."""
    if m.group("rmd") is not None:
        mg, d1, d2, yg = "rmd", "r1", "r2", "ry"
        month_text = m.group("rmd").split()[0]
    elif m.group("rdm") is not None:
        mg, d1, d2, yg = "rdm", "s1", "s2", "sy"
        month_text = m.group("sm")
    else:
        return None
    del mg
    text = m.group(0)
    month = _month(words, month_text)
    first, last = _day(m.group(d1)), _day(m.group(d2))
    if not 1 <= first < last <= 31:
        return None
    inferred = Inferred.NONE
    if m.group(yg):
        year = int(m.group(yg))
    else:
        found = _year_for(month, first, policy)
        if found is None:
            raise _NoReference
        year, inferred = found, Inferred.YEAR
    return _pd(text, year, month, first, inferred), _pd(text, year, month, last, inferred)


def rule_two_days(m: re.Match[str], policy: DatePolicy, words: DateWords
                  ) -> tuple[PartialDate, PartialDate | None] | None:
    """from March 30 to April 2 (2024), between 5 March and 7 March: the first day, and the
    last as the range's end (a year written after either side; else the last day's year
    from the reference, the first's the same or the one before)."""
    if m.group("rmm") is None:
        return None
    text = m.group(0)
    m1 = _month(words, m.group("ma1") or m.group("dm1"))
    d1 = _day(m.group("md1") or m.group("dd1"))
    m2 = _month(words, m.group("ma2") or m.group("dm2"))
    d2 = _day(m.group("md2") or m.group("dd2"))
    if m1 == m2 and d2 <= d1:
        return None  # "from March 7 to March 5": no range
    wraps = 1 if m2 < m1 else 0  # "from December 30 to January 2": into the next year
    inferred = Inferred.NONE
    if m.group("ry2"):
        y2 = int(m.group("ry2"))
    elif m.group("ry1"):
        y2 = int(m.group("ry1")) + wraps
    else:
        found = _year_for(m2, d2, policy)
        if found is None:
            raise _NoReference
        y2, inferred = found, Inferred.YEAR
    y1 = int(m.group("ry1")) if m.group("ry1") else y2 - wraps
    first, last = _pd(text, y1, m1, d1, inferred), _pd(text, y2, m2, d2, inferred)
    if not first.start < last.start <= first.start + dt.timedelta(days=366):
        return None
    return first, last


def rule_month_day(m: re.Match[str], policy: DatePolicy, words: DateWords
                   ) -> tuple[PartialDate, PartialDate | None] | None:
    """December 25, 2024; 25 December 2024; Dec. 25; 25th of December (a year from the
    reference when none is written)."""
    if m.group("mdy") is not None:
        return _full(m, policy, words, "mm", "md", "my", "mw"), None
    if m.group("dmy") is not None:
        return _full(m, policy, words, "dm", "dd", "dy", "dw"), None
    return None


def rule_month(m: re.Match[str], policy: DatePolicy, words: DateWords
               ) -> tuple[PartialDate, PartialDate | None] | None:
    """June 2021, early June, the end of June 2021, June."""
    if m.group("my_") is None:
        return None
    if not (m.group("moy") or m.group("mp")):
        if len(m.group("mo").rstrip(".")) < 4 and m.group("mo").lower() != "may":
            return None  # "Jan", "Mar" alone are names as often as months
        # A month alone is a date after a word that introduces one ("in May", "since
        # June"), or as the whole expression; "May Be Established" is not.
        before = m.string[max(0, m.start() - 12):m.start()].lower().split()
        after = m.string[m.end():m.end() + 20].split()
        if m.start() > 0 and (not before or before[-1] not in words.year_words) and not (
                after and after[0].rstrip(".,;") in words.month_nouns):
            return None  # "the October elections" is a date, "May Be Established" not
    month = _month(words, m.group("mo"))
    part = words.parts[" ".join(m.group("mp").lower().split())] if m.group("mp") else None
    if m.group("moy"):
        return _pd(m.group(0), int(m.group("moy")), month, part=part), None
    year = _year_for(month, None, policy)
    if year is None:
        raise _NoReference
    return _pd(m.group(0), year, month, part=part, inferred=Inferred.YEAR), None


def rule_month_shifted(m: re.Match[str], policy: DatePolicy, words: DateWords
                       ) -> tuple[PartialDate, PartialDate | None] | None:
    """April last year, in May of next year (the month of the shifted year); last April
    (the latest April before the reference's month), this April, next April."""
    if m.group("mry") is not None:
        ref = _ref(policy)
        if ref is None or ref.start.year != ref.end.year:
            raise _NoReference
        month = _month(words, m.group("mrm"))
        year = ref.end.year + words.shifts[m.group("mrs").lower()]
        return _pd(m.group(0), year, month, inferred=Inferred.YEAR), None
    if m.group("smo") is None:
        return None
    ref = _ref(policy)
    if ref is None or ref.month is None:
        raise _NoReference
    month = _month(words, m.group("smm"))
    shift = m.group("sms").lower()
    year = ref.year
    if shift == "last" and month >= ref.month:
        year -= 1
    elif shift == "next" and month <= ref.month:
        year += 1
    return _pd(m.group(0), year, month, inferred=Inferred.YEAR), None


def rule_part_year(m: re.Match[str], policy: DatePolicy, words: DateWords
                   ) -> tuple[PartialDate, PartialDate | None] | None:
    """early 2021, mid-2021, the end of 2021."""
    if m.group("py") is None:
        return None
    part = words.parts[" ".join(m.group("pp").lower().split())]
    return _pd(m.group(0), int(m.group("pyy")), part=part), None


def rule_season(m: re.Match[str], policy: DatePolicy, words: DateWords
                ) -> tuple[PartialDate, PartialDate | None] | None:
    """summer 2020, the fall of 2020, last winter, this spring."""
    if m.group("se") is None:
        return None
    season = words.seasons[m.group("sea").lower()]
    text = m.group(0)
    if m.group("sey"):
        return _season(text, int(m.group("sey")), season, Inferred.NONE), None
    shift = words.shifts.get(" ".join((m.group("ses") or "").lower().split()))
    ref = _ref(policy)
    if shift is None or ref is None:
        if ref is None or (m.group("ses") is None and not _bare_season_ok(m)):
            raise _NoReference
        shift = 0
    # The season whose period contains the reference's end is "this"; "last" lies wholly
    # before the reference's start, "next" after its end.
    anchor = ref.end
    year = anchor.year + (1 if season is Season.WINTER and anchor.month == 12 else 0)
    if shift < 0:
        while _season_bounds(year, season)[1] >= ref.start:
            year -= 1
    elif shift > 0:
        while _season_bounds(year, season)[0] <= anchor:
            year += 1
    else:
        # "this summer" / "in the summer" without a year: the latest one begun by the end
        # of the reference.
        while _season_bounds(year, season)[0] > anchor:
            year -= 1
    return _season(text, year, season, Inferred.YEAR), None


def _bare_season_ok(m: re.Match[str]) -> bool:
    """A season without a year or shift word dates only after "in (the)"."""
    before = m.string[max(0, m.start() - 8):m.start()].lower()
    return bool(re.search(r"\bin\s+(?:the\s+)?$", before))


def _season_bounds(year: int, season: Season) -> tuple[dt.date, dt.date]:
    first, last = {Season.WINTER: (12, 2), Season.SPRING: (3, 5), Season.SUMMER: (6, 8),
                   Season.FALL: (9, 11)}[season]
    start_year = year - 1 if season is Season.WINTER else year
    if not 1 <= start_year <= 9999 or not 1 <= year <= 9999:
        raise _Unresolvable(f"the {season.value} of {year} is outside the calendar")
    return (dt.date(start_year, first, 1),
            dt.date(year, last, calendar.monthrange(year, last)[1]))


def _season(text: str, year: int, season: Season, inferred: Inferred) -> PartialDate:
    _season_bounds(year, season)
    try:
        return PartialDate(year=year, precision=Precision.SEASON, season=season, text=text,
                           inferred=inferred)
    except ValidationError as exc:
        raise _Unresolvable(str(exc)) from None


def _shift_days(text: str, policy: DatePolicy, days: int) -> PartialDate:
    """The reference day moved by ``days``: a day when the reference is a day, the
    reference's month when it is a month and the shift is under a week (the story
    reports its own days), else unresolved."""
    ref = _ref(policy)
    if ref is None:
        raise _NoReference
    if ref.precision is Precision.DAY:
        try:
            day = ref.start + dt.timedelta(days=days)
        except OverflowError:
            raise _Unresolvable(f"{text!r} falls outside the calendar") from None
        return _pd(text, day.year, day.month, day.day, Inferred.DATE)
    if ref.precision is Precision.MONTH and abs(days) < 7 and ref.month is not None:
        return _pd(text, ref.year, ref.month, inferred=Inferred.DATE)
    raise _NoReference


def _shift_months(text: str, policy: DatePolicy, months: int) -> PartialDate:
    ref = _ref(policy)
    if ref is None or ref.month is None:
        raise _NoReference
    total = ref.year * 12 + ref.month - 1 + months
    return _pd(text, total // 12, total % 12 + 1, inferred=Inferred.DATE)


def _shift_years(text: str, policy: DatePolicy, years: int) -> PartialDate:
    ref = _ref(policy)
    if ref is None or (ref.precision is Precision.SEASON and years == 0):
        raise _NoReference
    if ref.start.year != ref.end.year:
        raise _NoReference
    return _pd(text, ref.end.year + years, inferred=Inferred.YEAR)


def rule_ago(m: re.Match[str], policy: DatePolicy, words: DateWords
             ) -> tuple[PartialDate, PartialDate | None] | None:
    """two days ago (a day), three weeks ago (a day), six months ago (a month), 15 years
    ago (a year), two decades ago (a year)."""
    if m.group("ago") is None:
        return None
    raw = " ".join(m.group("an").lower().split())
    n = int(raw) if raw.isdigit() else words.numbers[raw]
    unit = words.units[m.group("au").lower()]
    text = m.group(0)
    if unit == "day":
        return _shift_days(text, policy, -n), None
    if unit == "week":
        return _shift_days(text, policy, -7 * n), None
    if unit == "month":
        return _shift_months(text, policy, -n), None
    return _shift_years(text, policy, -n * (10 if unit == "decade" else 1)), None


# "a few days ago": between these many days before the reference (a month when the whole
# window lies in one).
_FEW_DAYS = (2, 10)


def rule_vague_ago(m: re.Match[str], policy: DatePolicy, words: DateWords
                   ) -> tuple[PartialDate, PartialDate | None] | None:
    """a few days ago, several days ago, a couple of days ago: the month their window
    (2 to 10 days back) lies in, unresolved when it spans two; half a year ago: six
    months ago (a month)."""
    text = m.group(0)
    if m.group("half") is not None:
        return _shift_months(text, policy, -6), None
    if m.group("few") is None:
        return None
    ref = _ref(policy)
    if ref is None or ref.month is None:
        raise _NoReference
    if ref.precision is not Precision.DAY:
        return _pd(text, ref.year, ref.month, inferred=Inferred.DATE), None
    first = ref.start - dt.timedelta(days=_FEW_DAYS[1])
    last = ref.start - dt.timedelta(days=_FEW_DAYS[0])
    if (first.year, first.month) != (last.year, last.month):
        raise _NoReference
    return _pd(text, last.year, last.month, inferred=Inferred.DATE), None


def rule_relative_day(m: re.Match[str], policy: DatePolicy, words: DateWords
                      ) -> tuple[PartialDate, PartialDate | None] | None:
    """today, yesterday, last night, the day before yesterday, tomorrow."""
    if m.group("rd") is None:
        return None
    return _shift_days(m.group(0), policy, words.days[" ".join(m.group("rd").lower().split())]
                       ), None


def rule_relative_unit(m: re.Match[str], policy: DatePolicy, words: DateWords
                       ) -> tuple[PartialDate, PartialDate | None] | None:
    """last year, next month, earlier this month, this week, over the weekend, in recent
    weeks: a week or weekend is given as its month (PartialDate has no week)."""
    text = m.group(0)
    if m.group("wk") is not None or m.group("rec") is not None:
        return _week_month(text, policy, -1 if m.group("wk") else 0), None
    if m.group("ru") is None:
        return None
    shift = words.shifts[" ".join(m.group("rs").lower().split())]
    unit = m.group("rn").lower()
    if unit == "year":
        return _shift_years(text, policy, shift), None
    if unit == "month":
        return _shift_months(text, policy, shift), None
    return _week_month(text, policy, shift), None


def _week_month(text: str, policy: DatePolicy, shift: int) -> PartialDate:
    """The month of a week ``shift`` weeks from the reference's; a week that straddles two
    months gives the month the reference day lies in for this week, else unresolved."""
    ref = _ref(policy)
    if ref is None or ref.month is None:
        raise _NoReference
    if ref.precision is not Precision.DAY:
        return _pd(text, ref.year, ref.month, inferred=Inferred.DATE)
    monday = ref.start - dt.timedelta(days=ref.start.weekday()) + dt.timedelta(weeks=shift)
    sunday = monday + dt.timedelta(days=6)
    if shift == 0:
        sunday = min(sunday, ref.start)
    if shift < 0 and text.lower().endswith("weekend"):
        monday = monday + dt.timedelta(days=5)
    if (monday.year, monday.month) != (sunday.year, sunday.month):
        raise _NoReference
    return _pd(text, monday.year, monday.month, inferred=Inferred.DATE)


_SINCE = re.compile(r"\b(?:since|ever\s+since)\s+$", re.I)


def rule_weekday(m: re.Match[str], policy: DatePolicy, words: DateWords
                 ) -> tuple[PartialDate, PartialDate | None] | None:
    """on Thursday: the latest Thursday on or before the reference day; last Thursday
    (and "since Thursday") never the reference day itself; next Thursday the first after
    it.  Against an inferred reference day only its own weekday gives a day; others give
    its month."""
    if m.group("wd") is None:
        return None
    ref = _ref(policy)
    if ref is None:
        raise _NoReference
    wd = words.weekdays[m.group("wdn").lower().rstrip(".")]
    rel = " ".join((m.group("ws") or "").lower().split())
    if not rel and _SINCE.search(m.string, max(0, m.start() - 8), m.start()):
        # "closed since Monday": a stretch up to now began before today, as "last Monday"
        rel = "last"
    text = m.group(0)
    if ref.precision is not Precision.DAY:
        return _shift_days(text, policy, -1), None
    day = ref.start
    if ref.inferred is Inferred.DATE and (wd != day.weekday() or rel in ("last", "past",
                                                                           "next")):
        # An inferred day is the latest the text dates, not the day of writing: only its
        # own weekday names it; another weekday is known to its month.
        return _pd(text, ref.year, ref.month, inferred=Inferred.DATE), None
    if rel == "next":
        delta = (wd - day.weekday()) % 7 or 7
    else:
        delta = -((day.weekday() - wd) % 7)
        if rel in ("last", "past") and delta == 0:
            delta = -7
    return _shift_days(text, policy, delta), None


def rule_year(m: re.Match[str], policy: DatePolicy, words: DateWords
              ) -> tuple[PartialDate, PartialDate | None] | None:
    """in 1994, since 2021: a four-digit year after a word that introduces one; the 1991
    Almaty Declaration, the 2020 war: a year after "the" before a name or a noun of the
    ``month_nouns`` list (not "the 2000 troops")."""
    if m.group("yat") is not None:
        after = m.string[m.end():m.end() + 30].split()
        word = after[0].rstrip(".,;:") if after else ""
        if not (word[:1].isupper() or word.lower() in words.month_nouns):
            return None
        return _pd(m.group(0), int(m.group("yat"))), None
    if m.group("yr") is None:
        return None
    return _pd(m.group(0), int(m.group("yr"))), None


def rule_year_span(m: re.Match[str], policy: DatePolicy, words: DateWords
                   ) -> tuple[PartialDate, PartialDate | None] | None:
    """2019-2020, 2019–20, between 2018 and 2020, from 1993 to 2003: the first year, and the
    last as the span's end (a later year, at most a century on; "2019-20" is 2020)."""
    if m.group("yrg") is None:
        return None
    first, last = next((m.group(a), m.group(b)) for a, b in (("b1", "b2"), ("f1", "f2"),
                                                              ("d1", "d2"))
                       if m.group(a) is not None)
    y1 = int(first)
    y2 = int(last) if len(last) == 4 else y1 - y1 % 100 + int(last)
    if not y1 < y2 <= y1 + 100:
        return None
    return _pd(m.group(0), y1), _pd(m.group(0), y2)


#: The rules in the order they are tried; the first that gives a date wins.
RULES: tuple[_Rule, ...] = (
    rule_iso, rule_numeric, rule_two_days, rule_range, rule_month_day, rule_month_shifted,
    rule_month, rule_part_year,
    rule_season, rule_vague_ago, rule_ago, rule_relative_day, rule_relative_unit,
    rule_weekday, rule_year_span, rule_year,
)


def _resolve(m: re.Match[str], policy: DatePolicy, words: DateWords,
             warnings: list[str] | None) -> DateMention | None:
    for rule in RULES:
        try:
            got = rule(m, policy, words)
        except _NoReference:
            return None
        except (_Unresolvable, OverflowError, ValueError) as exc:
            if warnings is not None:
                warnings.append(f"date {m.group(0)!r} dropped: {exc}")
            return None
        if got is not None:
            date, until = got
            return DateMention(m.start(), m.end(), date, m.group(0), until)
    return None


def find_dates(text: str, policy: DatePolicy | PartialDate | dt.date | None = None,
               start: int = 0, end: int | None = None, *,
               words: DateWords | None = None,
               warnings: list[str] | None = None) -> list[DateMention]:
    """Every date expression of ``text[start:end]`` that resolves, left to right.

    One pass of one compiled pattern (linear in the text); each match goes through
    :data:`RULES`.  Expressions that need a reference the policy lacks are left out;
    impossible dates are left out and, when ``warnings`` is given, reported there.
    Never raises for any text.
    """
    w = words or DateWords.default()
    pol = DatePolicy.of(policy)
    out = []
    previous: PartialDate | None = None  # the last day named, for "a day earlier"
    named: PartialDate | None = None  # the last day, month or year named ("that month")
    matches = _all_matches(w, text) if start == 0 and end is None and \
        len(text) >= _CACHED_TEXT else _finder(w).finditer(
            text, start, len(text) if end is None else end)
    for m in matches:
        if m.group("ana") is not None:
            found = rule_anaphoric(m, previous, w)
        elif m.group("anm") is not None:
            found = rule_anaphoric_month(m, named, w)
        else:
            found = _resolve(m, pol, w, warnings)
        if found is not None:
            out.append(found)
            last = found.until or found.date
            if last.precision is Precision.DAY:
                previous = last
            if last.precision in (Precision.DAY, Precision.MONTH, Precision.YEAR):
                named = last
    return out


# Texts at least this long keep their matches (documents, not the short strings of
# datelines and citations, which would crowd them out).
_CACHED_TEXT = 400


@functools.lru_cache(maxsize=16)
def _all_matches(words: DateWords, text: str) -> tuple[re.Match[str], ...]:
    """The finder's matches over a whole text, kept for the few texts in work: the page
    parser and the event extractor resolve one document's expressions against different
    references, and the scan is the costly part."""
    return tuple(_finder(words).finditer(text))


def rule_anaphoric(m: re.Match[str], previous: PartialDate | None, words: DateWords
                   ) -> DateMention | None:
    """a day earlier, two days later, the next day (morning), the day before, on the same
    day, that evening, later that day: a day counted from the last day the text named
    (none named: unresolved)."""
    if previous is None:
        return None
    if m.group("nn") is not None:
        raw = " ".join(m.group("nn").lower().split())
        n = int(raw) if raw.isdigit() else words.numbers[raw]
        shift = n * (7 if m.group("nu").lower().startswith("week") else 1)
        shift = -shift if m.group("nd").lower() == "earlier" else shift
    elif m.group("np") is not None:
        shift = 1 if m.group("np").lower() in ("next", "following") else -1
    elif m.group("nba") is not None:
        shift = -1 if m.group("nba").lower() == "before" else 1
    else:
        shift = 0
    try:
        day = previous.start + dt.timedelta(days=shift)
        date = _pd(m.group(0), day.year, day.month, day.day, Inferred.DATE)
    except (OverflowError, _Unresolvable):
        return None
    return DateMention(m.start(), m.end(), date, m.group(0))


def rule_anaphoric_month(m: re.Match[str], named: PartialDate | None, words: DateWords
                         ) -> DateMention | None:
    """later that month, that same year, the following month, the previous year, two
    years later, a month earlier: the month or year of the last date the text named, or
    one counted from it (unresolved when none was named, or only a year for a month)."""
    if named is None:
        return None
    if m.group("mn") is not None:
        raw = " ".join(m.group("mn").lower().split())
        n = int(raw) if raw.isdigit() else words.numbers[raw]
        unit = "year" if m.group("mnu").lower().startswith("year") else "month"
        shift = -n if m.group("mnd").lower() == "earlier" else n
    else:
        unit = (m.group("mu") or m.group("mpu")).lower()
        step = m.group("ms")
        shift = 0 if step is None else (1 if step.lower() == "following" else -1)
    try:
        if unit == "year":
            date = _pd(m.group(0), named.year + shift, inferred=Inferred.DATE)
        else:
            if named.month is None:
                return None
            month = named.year * 12 + named.month - 1 + shift
            date = _pd(m.group(0), month // 12, month % 12 + 1, inferred=Inferred.DATE)
    except _Unresolvable:
        return None
    return DateMention(m.start(), m.end(), date, m.group(0))


_YEAR_ALONE = re.compile(r"\d{4}")


def resolve_date(text: str, policy: DatePolicy | PartialDate | dt.date | None = None, *,
                 words: DateWords | None = None,
                 warnings: list[str] | None = None) -> PartialDate | None:
    """The date ``text`` states as a whole ("on Thursday", "March 12-13", "2021"), or None
    when it is not one date expression or cannot be resolved under ``policy``."""
    s = " ".join(text.split()).strip(" .,;()")
    if not s or len(s) > 80:
        return None
    w = words or DateWords.default()
    pol = DatePolicy.of(policy)
    if _YEAR_ALONE.fullmatch(s):
        try:
            return _pd(text, int(s))
        except _Unresolvable as exc:
            if warnings is not None:
                warnings.append(f"date {text!r} dropped: {exc}")
            return None
    m = _finder(w).fullmatch(s)
    if m is not None:
        found = _resolve(m, pol, w, warnings)
    else:
        # "in 2021", "on Thursday", "in the summer": one expression after its introducing word.
        mentions = find_dates(s, pol, words=w, warnings=warnings)
        found = mentions[0] if len(mentions) == 1 and mentions[0].end == len(s) and \
            _INTRO.fullmatch(s, 0, mentions[0].start) else None
    if found is None:
        return None
    return attrs.evolve(found.date, text=text)


_INTRO = re.compile(r"(?i:(?:on|in|at|since|from|by|until|during|of)\s+(?:the\s+)?)?")


_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z'’.-]+(?:[ \t]+[A-Z][A-Za-z'’.-]+){0,3}),?[ \t]+"
    r"(?P<date>[^()\n]{3,40}?)[ \t]*(?:\((?P<agency>[^()\n]{2,40})\)[ \t]*)?[-–—]+[ \t]")


def find_dateline(text: str, policy: DatePolicy | PartialDate | dt.date | None = None, *,
                  words: DateWords | None = None) -> DateMention | None:
    """The date of a news dateline opening ``text`` ("TBILISI, June 13 (Reuters) -",
    "BAKU, Azerbaijan, Dec. 2 -"), or None."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    s, e = m.span("date")
    for found in find_dates(text, policy, s, e, words=words):
        return found
    return None
