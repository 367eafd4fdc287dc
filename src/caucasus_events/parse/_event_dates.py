"""When the events of one document happened: the date rules of the event extractor.

Every date expression of the page is resolved once by the one resolver
(:func:`caucasus_events.dates.find_dates`) against the publication date; an event then
takes, in order:

- the clause's own date (the one nearest its trigger), unless it stands in what a speaker
  says, in a clause embedded after the trigger or modifies a noun ("last year's war");
- else the sentence's one date, the date of the quote it reports, the date of a report the
  sentence cites ("(Report.az, May 26)");
- a plan takes the day its paragraph set for it, when that day is still to come;
- background (a noun naming a past happening, a possibility, the present perfect, a decade)
  stays undated;
- else a current report takes the day its paragraph's narrative is in, else the day the
  story's lead reports, else the publication date, flagged inferred.

A speaker's undated words were said when their dated words were.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from typing import Protocol

import attrs

from caucasus_events._resolver import DateWords
from caucasus_events.dates import DateMention, DatePolicy, Inferred, PartialDate, Precision
from caucasus_events.dates import find_dates as _resolver_find_dates
from caucasus_events.models import Citation, Modality, Quote
from caucasus_events.parse._triggers import TriggerHit, TriggerTable

__all__ = ["DatedDraft", "EventDates"]

_W = TriggerTable.default().alternation

# How far after a trigger a clause embedded after it may open (characters): a sentence.
_MAX_SENTENCE = 600
# A decade ("the 1990s"), which no PartialDate states: its event stays undated.
_DECADE = re.compile(r"\b(?:1[5-9]|20)\d0['’]?s\b")
# A clause embedded after a trigger: a relative pronoun, or a pronoun subject with a verb in
# the past ("the talks he held ... on November 7"); a date after it is that clause's.
_EMBEDDED = re.compile(r",\s*(?:which|who|whose|where|when)\b|\b(?:which|who)\s+(?:was|were|"
                       r"is|are|had|has|have|would|will)\b|\b(?:he|she|they|we|it)\s+"
                       r"(?:\w+ed|" + _W("irregular_past_verbs") + r")\b",
                       re.I)
_AS_OF = re.compile(r"\bas\s+of\s+$", re.I)
# A date as a modifier of a noun: "last year's war", "the November 9, 2020 agreement".
_ATTRIBUTIVE = re.compile(r"['’]s\s")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:was|were|is|are|has|had|have|will|would|and|or|to|that|"
                         r"when|in|on|at|of|for|with|by|as|after|before|until|the|a|an)\b)"
                         r"[a-z][a-z-]+\b")
# What opens reported words between a speech verb and a date in them.
_CONTENT_OPENS = re.compile(r"\bthat\b|[:,;\"“‘]")
# The auxiliaries of the present perfect and the present passive right before a verb
# ("has long opposed", "have been sending", "are accused").
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:been|also|not)\s+)?(?:"
    + "|".join(map(re.escape, DateWords.default().durative_adverbs))
    + r")\s+(?:\w+ly\s+)?$", re.I)
_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?$", re.I)
# How far back in its paragraph an event looks for the narrative's day (characters).
_LOOK_BACK = 2000
# How many days before the publication day the lead's date may lie to be the story's day.
_STORY_DAYS = 7


class DatedDraft(Protocol):
    """What the date rules read of an event draft."""

    hit: TriggerHit
    clause: tuple[int, int]
    sentence: tuple[int, int]
    paragraph: int
    initiators: list[str]
    modality: Modality
    speech: bool
    background: bool
    quote_date: PartialDate | None
    content: tuple[int, int] | None


class EventDates:
    """The date rules over one document's text: its resolved date expressions (outside
    citations), the dates of the reports it cites and its quotes."""

    def __init__(self, text: str, reference: PartialDate | None, doc_id: str,
                 citations: Sequence[Citation], *, in_citation: Callable[[int, int], bool],
                 quote_at: Callable[[int, int], list[Quote]]) -> None:
        self.text = text
        self.reference = reference
        self.cite_dates = sorted((c.span.start, c.date) for c in citations
                                 if c.document_id == doc_id and c.date is not None)
        self.quote_at = quote_at
        self.warnings: list[str] = []
        dates = _resolver_find_dates(text, DatePolicy(reference=reference),
                                     warnings=self.warnings)
        self.dates = [d for d in dates if not in_citation(d.start, d.end)]
        self.date_starts = [d.start for d in self.dates]
        self.paragraphs: list[tuple[int, int]] = []
        self._story: tuple[PartialDate | None] | None = None

    def dates_of(self, drafts: Sequence[DatedDraft],
                 paragraphs: list[tuple[int, int]]) -> list[PartialDate | None]:
        """The date of each draft (in text order), given the page's paragraph spans."""
        self.paragraphs = paragraphs
        out: list[PartialDate | None] = []
        said: dict[str, PartialDate] = {}
        for d in drafts:
            date = self.date(d)
            if d.speech and d.initiators:
                # A speaker's undated words were said when their dated words were.
                if date is None or (date.inferred is Inferred.DATE and not date.text):
                    date = said.get(d.initiators[0], date)
                elif date is not None:
                    said[d.initiators[0]] = attrs.evolve(date, inferred=Inferred.DATE) \
                        if date.inferred is Inferred.NONE else date
            out.append(date)
        return out

    def _dates_in(self, start: int, end: int) -> list[DateMention]:
        i = bisect.bisect_left(self.date_starts, start)
        out = []
        while i < len(self.dates) and self.dates[i].start < end:
            if self.dates[i].end <= end:
                out.append(self.dates[i])
            i += 1
        return out

    def date(self, d: DatedDraft) -> PartialDate | None:
        """The date of one draft by the rules of the module docstring."""
        c_start, c_end = d.clause
        own = [m for m in self._dates_in(c_start, c_end) if not self._spoken(d, m)
               and not self._embedded(d, m) and not self._attributive(d, m)]
        if own:
            best = min(own, key=lambda m: abs(m.start - d.hit.start))
            return best.date
        s_start, s_end = d.sentence
        in_sentence = {m.date.isoformat(): m.date for m in self._dates_in(s_start, s_end)
                       if not self._spoken(d, m) and not self._embedded(d, m)
                       and not self._attributive(d, m)}
        if len(in_sentence) == 1:
            return next(iter(in_sentence.values()))
        if d.quote_date is not None:
            return attrs.evolve(d.quote_date, inferred=Inferred.DATE) \
                if d.quote_date.inferred is Inferred.NONE else d.quote_date
        cited = [date for at, date in self.cite_dates if s_start <= at < s_end + 2]
        if cited:
            # "(Report.az, May 26)": the cited report dates what the sentence states.
            return attrs.evolve(cited[0], inferred=Inferred.DATE) \
                if cited[0].inferred is Inferred.NONE else cited[0]
        if d.modality is Modality.PLANNED and not d.background:
            # "will pay a visit on February 4-5. He will take part in the session": a plan
            # goes on in the day its paragraph set for it, when that day is still to come.
            before = self._paragraph_date(d)
            ref = self.reference
            return before if before is not None and ref is not None and \
                before.start >= ref.start else None
        if d.background or d.modality is Modality.POSSIBLE or self._perfect(d):
            return None
        if _DECADE.search(self.text, c_start, c_end):
            return None  # "fought in the early 1990s": dated, but not to a PartialDate
        before = self._paragraph_date(d)
        if before is not None:
            return before
        return _publication_fallback(self.reference, self._story_day())

    def _perfect(self, d: DatedDraft) -> bool:
        """Whether an undated verb trigger stands in the present perfect or a stative
        present ("Iran has long opposed", "has regularly targeted", "are accused by"):
        a state of affairs up to now, not a happening of the report's day."""
        if d.hit.nominal:
            return False
        lo = max(d.clause[0], d.hit.start - 40)
        if _PERFECT.search(self.text, lo, d.hit.start) is not None:
            return True
        return not d.speech and self.text[d.hit.start:d.hit.end].endswith("ed") and \
            _PASSIVE.search(self.text, lo, d.hit.start) is not None

    def _paragraph_date(self, d: DatedDraft) -> PartialDate | None:
        """The day an earlier sentence of the event's paragraph dates ("... raided on
        Friday. Two brothers were killed"): a narrative goes on in its day until it names
        another.  Only a day counts; flagged inferred."""
        if not self.paragraphs or d.paragraph >= len(self.paragraphs):
            return None
        s_start = d.sentence[0]
        # a bounded look back keeps a page with one huge paragraph linear
        p_start = max(self.paragraphs[d.paragraph][0], s_start - _LOOK_BACK)
        for m in reversed(self._dates_in(p_start, s_start)):
            if m.date.precision is Precision.DAY and not self._spoken(d, m):
                return attrs.evolve(m.date, text="", inferred=Inferred.DATE)
        return None

    def _attributive(self, d: DatedDraft, m: DateMention) -> bool:
        """Whether a date names a thing rather than the event's time: "last year's war",
        "the November 9, 2020 agreement" date the war and the agreement, not a statement
        about them (unless that noun is the trigger)."""
        if _ATTRIBUTIVE.match(self.text, m.end) is None and not (
                m.date.precision in (Precision.DAY, Precision.MONTH)
                and _THE_BEFORE.search(self.text, max(0, m.start - 6), m.start)
                and _NOUN_AFTER.match(self.text, m.end)):
            return False
        return not (d.hit.end > d.hit.start and m.end <= d.hit.start <= m.end + 30)

    def _embedded(self, d: DatedDraft, m: DateMention) -> bool:
        """Whether a date after the trigger belongs to a clause embedded after it ("the
        talks he held ... on November 7", "a meeting, which was due ... on December 7")."""
        return d.hit.end <= m.start and m.start - d.hit.end < _MAX_SENTENCE and \
            _EMBEDDED.search(self.text, d.hit.end, m.start) is not None

    def _spoken(self, d: DatedDraft, m: DateMention) -> bool:
        """Whether a date stands in what a speech event's speaker says (its reported
        content or a quote): it dates what is said, not the saying."""
        if not d.speech:
            return False
        if d.content is not None and d.content[0] <= m.start and m.end <= d.content[1]:
            # "announced in June 2021 that ..." dates the saying; "said that in April ..."
            # what is said.
            lo = d.hit.end if d.hit.end <= m.start else d.content[0]
            if _CONTENT_OPENS.search(self.text, lo, m.start) is not None and \
                    not _AS_OF.search(self.text, max(0, m.start - 8), m.start):
                return True  # "announced that as of June 13 ..." still dates the saying
        return any(q.span.start <= m.start and m.end <= q.span.end
                   for q in self.quote_at(m.start, m.end))

    def _story_day(self) -> PartialDate | None:
        """The day the story reports, for its undated current events: the first day its
        lead (headline and first two paragraphs) dates within the week up to the
        publication day ("On December 16, Kallas..."); on a page whose publication month
        is inferred, the latest day it mentions inside that month."""
        if self._story is not None:
            return self._story[0]
        found = None
        ref = self.reference
        if ref is not None:
            paragraphs = self.paragraphs
            lead_end = paragraphs[min(2, len(paragraphs) - 1)][1] if paragraphs else 0
            window = (ref.start - dt.timedelta(days=_STORY_DAYS), ref.end)
            days = [m.date for m in self.dates if m.date.precision is Precision.DAY
                    and window[0] <= m.date.start <= window[1]]
            lead = [m.date for m in self.dates if m.start < lead_end
                    and m.date.precision is Precision.DAY
                    and window[0] <= m.date.start <= window[1]]
            if lead:
                found = lead[0]
            elif ref.inferred is Inferred.DATE and ref.precision is not Precision.YEAR \
                    and days:
                found = max(days)
        self._story = (found,)
        return found


@functools.lru_cache(maxsize=256)
def _publication_fallback(published: PartialDate | None,
                          story: PartialDate | None = None) -> PartialDate | None:
    """The date of a current report that states none: the day the story reports when its
    lead dates one, else the publication date, flagged inferred (news reports the
    happenings of its day)."""
    if story is not None:
        return attrs.evolve(story, text="", inferred=Inferred.DATE)
    if published is None:
        return None
    return attrs.evolve(published, text="", inferred=Inferred.DATE)
