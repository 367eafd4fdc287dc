"""When the events of one document happened: the date rules of the event extractor.

Every date expression of the page is resolved once by the one resolver
(:func:`caucasus_events.dates.find_dates`) against the publication date; an event then
takes, in order:

- the clause's own date (the one nearest its trigger; in reported words, one of those
  words first), unless it stands in what a speaker
  says (after "that", in a clause reported without it, in the words a speaker is named
  after), in a clause embedded or coordinated after the trigger (a reduced relative one
  too: "the ceasefire agreed in Moscow on November 10"), in the main clause of an
  adverbial clause the trigger stands in, modifies a noun ("last year's war") or ends a
  span ("until 2028") or stands before the preposition that frames a noun trigger
  ("opened the embassy in January despite warnings"); a plan's bare weekday or scheduled
  yearless day, or a yearless day or month after a future auxiliary ("would visit Baku in
  January"), is the coming one;
- a date in the object of a verb of characterising, right before its complement ("called
  the closure on Saturday a gross violation"), is that object's, no other event's;
- else the date a verb of taking place gives a noun trigger ("the trial, which began on
  January 17"), or the start of a state its clause of time names the cause of ("closed
  since Monday after protesters blocked the road");
- else the period of a well-known happening the trigger names ("during the 44-day war");
  none for a present perfect over a stretch of time ("over the past two years"); else a
  day counted from a happening told before ("two days after the attack") or from the day
  of the main clause ("met on Tuesday, two weeks after Lavrov accused Armenia"), or from
  the day told before for the happening its subject names ("The reply came two days
  after ..."); a counted day carries its counting words and sets its paragraph's day;
- else the sentence's one date (not one of a relative clause), the date of the quote it
  reports, the date of a report the sentence cites ("(Report.az, May 26)");
- a plan told on the destination of a trip ("traveled to Morocco, where he will take part
  in a meeting") takes the trip's date; else the day its paragraph set for it, when that
  day is still to come;
- a background noun (a noun its maker made before too: "a Russian-brokered agreement")
  takes the date of the happening it names again ("the visit"), or of the past narrative
  it stands in, else none;
- a hedged possibility, the lasting present perfect, what a speaker recalls, a time adverb
  of an unsaid earlier time ("previously"), a participle describing a noun ("the corridor
  demanded by Baku"), a claim about a noun ("elections the opposition says were
  rigged") and a decade stay undated; "earlier" and "recently" take the
  publication month, and a non-restrictive relative clause in the present perfect
  ("Turkey, which has ... called Armenia a threat") stays undated;
- else a current report takes the day its paragraph's narrative is in; after "then" the
  date of the sentence before; the date of a happening the sentence refers back to
  ("during the raids"); none for what a speaker tells in quotes; the time of a past
  narrative the sentences before tell; else the day the story's lead reports (the
  publication date for the present progressive), else the publication date, flagged
  inferred.

A speaker's undated words were said when their dated words were (unless an adverb sets
them at another time).  The word lists are labels of ``data/date_words.json``.
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
from caucasus_events.parse._happenings import HappeningHit, HappeningTable
from caucasus_events.parse._triggers import TriggerHit, TriggerTable

__all__ = ["DatedDraft", "EventDates"]

_W = TriggerTable.default().alternation

# How far after a trigger a clause embedded after it may open (characters): a sentence.
_MAX_SENTENCE = 600
# A decade ("the 1990s"), which no PartialDate states: its event stays undated.
_DECADE = re.compile(r"\b(?:1[5-9]|20)\d0['’]?s\b")
# A clause embedded after a trigger: a relative pronoun, or a pronoun subject with a verb in
# the past ("the talks he held ... on November 7"); a date after it is that clause's.
# Or a clause coordinated after it that opens with its own time adverbial ("returned to
# politics and in two years, in 2020, it ended").
_EMBEDDED = re.compile(r",\s*(?:which|who|whose|where|when)\b|\b(?:and|but)\s+(?:then\s+)?"
                       r"(?:in|on|at|after|within|during|by)\s+[^,.;]*,|"
                       r"\b(?:which|who)\s+(?:was|were|"
                       r"is|are|had|has|have|would|will)\b|\b(?:he|she|they|we|it)\s+"
                       r"(?:\w+ed|" + _W("irregular_past_verbs") + r")\b",
                       re.I)
# A reduced relative clause after a trigger: a noun phrase and a past participle with its
# time or place ("cited the Declaration signed in Washington on August 8"): a date after it
# is the participle's.
_REDUCED_RELATIVE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her)\s+(?:(?!(?:and|or|but|who|"
    r"which|that|to|was|were|is|are|has|have|had|will|would|be|been)\b)[\w’'-]+\s+){1,4}"
    r"(?:[a-z]{3,}ed|" + _W("irregular_past_verbs") + r")\s+(?:in|on|at|last|earlier)\b")
# A determiner right before a trigger, at most one word between: the trigger is a noun
# ("the 13th meeting"), whatever its entry says.
_NOUN_HEAD_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those|"
                               r"our|\w+['’]s)\s+(?:[\w-]+\s+)?$", re.I)
# "when" opening a clause of time right before its pronoun subject.
_WHEN_OPENS = re.compile(r"(?<![,;])\s+when\s+$", re.I)
# The first word after a verb, before any punctuation.
_FIRST_WORD = re.compile(r"\s+([A-Za-z][\w’'-]*)")
# An adverbial clause still open before a trigger: its subordinator with no clause break
# after it.
_OPEN_ADVERBIAL = re.compile(r"\b(?:after|since|before|until|because|although|though|while|"
                             r"once)\s+(?:the|a|an|his|her|its|their|[A-Z])[^,;:—–.!?]*$")
_AS_OF = re.compile(r"\bas\s+of\s+$", re.I)
# A date as a modifier of a noun: "last year's war", "the November 9, 2020 agreement".
_ATTRIBUTIVE = re.compile(r"['’]s\s")
# "the November 9 agreement", "the disputed October elections": up to two modifiers
# (no preposition or verb among them) between the article and the date
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?!(?:on|in|at|of|since|until|by|from|to|for|during|"
                         r"after|before|and|or|was|were|is|are|that|which)\b)[a-z][\w-]*\s+)"
                         r"{0,2}$", re.I)
_THE_YEAR = re.compile(r"\bthe\s+$", re.I)
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


def _words(words: Sequence[str]) -> str:
    """An alternation of phrases, longest first, any white space between their words."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                            for w in sorted(words, key=len, reverse=True)) + ")"


_DATE_WORDS = DateWords.default()


class _Occurrences:
    """Where the key words of a word list stand in one text, found with plain string search
    when first asked: whether a window can hold a phrase of the list, before a rule's
    costlier pattern search in it (most windows hold none).  A phrase's key is its longest
    word, which every match of the phrase contains, so a window holding no key holds no
    phrase."""

    def __init__(self, keys: Sequence[str], lower: str | None) -> None:
        self._keys = keys
        self._lower = lower  # the text in lower case (None: offsets differ, always search)
        self._spans: list[tuple[int, int]] | None = None

    def within(self, lo: int, hi: int) -> bool:
        """Whether a key stands wholly inside ``text[lo:hi]``."""
        if self._lower is None:
            return True
        if self._spans is None:
            spans = []
            for key in self._keys:
                at = self._lower.find(key)
                while at >= 0:
                    spans.append((at, at + len(key)))
                    at = self._lower.find(key, at + 1)
            self._spans = sorted(spans)
        i = bisect.bisect_left(self._spans, (lo,))
        while i < len(self._spans) and self._spans[i][0] < hi:
            if self._spans[i][1] <= hi:
                return True
            i += 1
        return False


def _keys(words: Sequence[str]) -> tuple[str, ...]:
    """The key of each phrase: its longest word, in lower case."""
    return tuple(sorted({max(w.lower().split(), key=len) for w in words}))


def _lower(text: str) -> str | None:
    """The text in lower case as ``re.IGNORECASE`` compares it, offset for offset (None when
    lower-casing changes its length)."""
    lower = text.lower().replace("ı", "i").replace("ſ", "s")
    return lower if len(lower) == len(text) else None


# A speech verb that looks back ("He recalled the meeting in Dushanbe"): what follows it in
# its sentence is background, told now but not happening now.
_RETROSPECTIVE_WORDS = _words(_DATE_WORDS.retrospective_verbs)
_RETROSPECTIVE = re.compile(r"\b" + _RETROSPECTIVE_WORDS + r"\b", re.I)
_RETROSPECTIVE_KEYS = _keys(_DATE_WORDS.retrospective_verbs)
# How far before a quote its introducing words are read (characters).
_QUOTE_LEAD = 200


@attrs.frozen
class _Adverb:
    """Where a time adverb of a word list modifies a clause's verb: opening the clause
    ("Earlier, Erdogan said"; "Then Pashinyan said"), right before the verb ("had
    previously met") or right after it ("said earlier")."""

    opening: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    fronted: re.Pattern[str]
    closing: re.Pattern[str]
    keys: tuple[str, ...]  # the key words of the phrases (see _Occurrences)

    @classmethod
    def of(cls, words: Sequence[str]) -> _Adverb:
        w = _words(words)
        return cls(
            keys=_keys(words),
            opening=re.compile(r"\W*(?:(?:and|but|yet|so)\s+)?" + w + r"\b", re.I),
            before=re.compile(r"\b" + w + r"\s+(?:\w+ly\s+)?$", re.I),
            # not a date's first word ("earlier this month", "earlier on Tuesday")
            after=re.compile(r"\s+" + w + r"\b(?!\s+(?:this|that\s+(?:day|week|month|year|"
                             r"morning|afternoon|evening|night)|the\s+same|on|in|at|today|"
                             r"than|last|next)\b)", re.I),
            # "said that initially, when he came to power": fronted before the clause
            fronted=re.compile(r"(?:^|\bthat|[,;:(—–])\s*" + w + r"\s*,?\s*$", re.I),
            # "had met in Prague earlier, where ...": closing the clause after its verb
            closing=re.compile(r"(?<![\w-])(?<!\d\s)" + w + r"\s*[,.;:]?\s*$", re.I))

    def find(self, text: str, d: DatedDraft, where: _Occurrences) -> int | None:
        """The offset of the adverb modifying the draft's trigger, if any (``where``: the
        occurrences of its :attr:`keys` in ``text``)."""
        c_start, c_end = d.clause
        if not where.within(min(d.sentence[0], c_start), max(c_end, d.hit.end)):
            return None  # (no adverb of the list anywhere in the clause or its sentence)
        m = self.opening.match(text, c_start, d.hit.start)
        if m is None and d.sentence[0] < c_start:
            # "Previously, the ministry said": the adverb cut off as a clause of its own
            m = self.opening.match(text, d.sentence[0], c_start)
            if m is not None and text[m.end():c_start].strip(" ,;:—–-"):
                m = None
        if m is None and d.sentence[0] < c_start:
            m = self.fronted.search(text, max(d.sentence[0], c_start - 40), c_start)
        if m is None:
            m = self.before.search(text, max(c_start, d.hit.start - 40), d.hit.start)
        if m is None and d.hit.end > d.hit.start:
            m = self.after.match(text, d.hit.end, c_end)
        if m is None and d.hit.end > d.hit.start and c_end - d.hit.end < _CLOSING_REACH:
            m = self.closing.search(text, d.hit.end, c_end)
        return m.end() - 1 if m is not None else None


# How far after its verb a clause-closing adverb may stand (characters).
_CLOSING_REACH = 60

# The head noun of a sentence's subject: after its article and any capitalised modifiers
# ("The Azerbaijani reply reported by Mirzoyan came ...").
_SUBJECT_HEAD = re.compile(r"\W*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[A-Z][\w’'-]*\s+){0,3}"
                           r"(?P<noun>[a-z][a-z-]{2,})\b")
# How far after a noun the day told for it may stand (characters), no sentence break between.
_TOLD_REACH = 40
_BREAK = re.compile(r"[.;!?]")
# A non-restrictive relative clause in the present perfect still open before a trigger
# ("Turkey, which has publicly spoken out in support of Azerbaijan and called"): a
# description of its noun up to now, no happening of the story.
_RELATIVE_PERFECT = re.compile(r",\s*(?:which|who)\s+(?:has|have)\s+[^,;:.!?“”\"]*$")
# A finite verb right after a verb of saying: the said clause's subject is a noun before the
# speaker ("elections the opposition says were rigged").
_FINITE_AFTER = re.compile(r"\s+(?:was|were|is|are|had|has|have|will|would)\b")
# A compound of a maker and a past participle right before a noun ("a Russian-brokered
# agreement", "the Moscow-brokered cease-fire deal"): a thing made before.
_MADE_BY = re.compile(r"\b[A-Z][\w.]*-[a-z]{3,}ed\s+(?:[\w-]+\s+)?$")
# A past participle right after a noun phrase with its determiner and before its agent ("Iran
# opposes the “Zangezur corridor” demanded by Baku"): a reduced relative clause describing
# the noun, no happening the story tells (no auxiliary or clause opener among the words).
_NOUN_PHRASE_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+(?:(?!(?:was|were|is|"
    r"are|be|been|being|has|have|had|will|would|and|or|but|who|which|that)\b)"
    r"[\w’'“”\"-]+\s+){1,4}(?:\w+ly\s+)?$", re.I)
_AGENT_AFTER = re.compile(r"\s+by\b")


# Adverbs setting the happening before the story's time: unsaid when ("previously", "in
# the past": no date) or shortly ("Earlier, Erdogan said", "said recently": its month).
_UNANCHORED = _Adverb.of(_DATE_WORDS.unanchored_before)
_RECENT = _Adverb.of(_DATE_WORDS.recent_before)
# Adverbs of sequence ("Then Pashinyan said", "and later met"): the happening follows the
# one told before it, in its day.
_SEQUENCE = _Adverb.of(_DATE_WORDS.sequence_adverbs)
# A noun trigger in a prepositional phrase ("after the war", "despite recent fighting"),
# no clause opener between the preposition and it.
_PLAIN_BACKGROUND = re.compile(
    r"\b" + _W("background_prepositions") + r"\s+" + _W("background_determiners")
    + r"?\s*(?:(?!(?:that|which|who|whom|whose|where|when|said|says)\b)[\w’'-]+,?\s+){0,3}$",
    re.I)
_PARTICIPATED = re.compile(r"\b" + _words(_DATE_WORDS.participation_verbs)
                          + r"\s+(?:the|a|an|this|that|its|their|his|her)?\s*"
                          r"(?:[\w’'-]+\s+){0,3}$", re.I)
_ATTEMPTED = re.compile(r"\b" + _words(_DATE_WORDS.attempt_verbs) + r"\s+(?:\w+ly\s+)?$",
                        re.I)
# A verb of means with its object and a purpose infinitive ("used stun grenades to").
_BY_MEANS = re.compile(r"\b" + _words(_DATE_WORDS.means_verbs)
                       + r"\s+(?:[\w’'-]+\s+){1,4}?to\s+(?:\w+ly\s+)?$", re.I)
# A happening told as someone's claim, and the hedges that leave it merely possible (the
# trigger lexicon's "possible" modality words other than the claim words).
_ATTRIBUTION = re.compile(r"\b" + _words(_DATE_WORDS.claim_words) + r"\b", re.I)
_HEDGE = re.compile(r"(?<![\w'])" + _words(
    [w for w in TriggerTable.default().modality.get("possible", ())
     if w not in _DATE_WORDS.claim_words]) + r"(?![\w'])", re.I)
# A definite noun phrase after a preposition of time ("during the raids", "after the
# attack"): it may name a happening told before.
_DEFINITE = re.compile(r"\b(?:during|in|after|amid|following|since|before|despite)\s+the\s+"
                       r"(?P<np>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)", re.I)
# "two days after the attack", "a day after his visit", "the day before the vote"
_COUNTED = re.compile(
    r"\b(?:(?P<n>\d{1,2}|" + _words(list(_DATE_WORDS.numbers)) + r")|the)\s+(?P<u>days?|weeks?)\s+"
    r"(?P<dir>after|before)\s+(?:the|his|her|its|their|this|that)\s+"
    r"(?P<np>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)", re.I)
# "the visit", "this week's talks": a noun phrase naming something known
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)
# A noun phrase naming a happening, the subject of a copula whose complement is the trigger
# ("the cause of the crash was an attack").
_IDENTIFIED = re.compile(r"\bthe\s+(?P<np>[a-z][a-z-]+)\s+(?:was|is)\s+(?:an?|the)\s+"
                         r"(?:[\w-]+\s+){0,2}$", re.I)
# The words every counted day says ("two days after", "a week before"): where one may stand.
_COUNTING = ("day", "week")
# "two weeks after" opening a clause of time the trigger stands in ("met on Tuesday, two
# weeks after Lavrov accused Armenia"), no clause break before the trigger.
_COUNTED_CLAUSE = re.compile(
    r"\b(?P<n>\d{1,2}|" + _words(list(_DATE_WORDS.numbers)) + r")\s+(?P<u>days?|weeks?)\s+"
    r"(?P<dir>after|before)\s+[^,;:—–.!?“”\"]*$", re.I)
# The prepositions that set a noun's happening at another time than its clause's.
_TEMPORAL_PREPOSITION = re.compile(r"\s*(?:after|following|since|before|despite|amid|during|"
                                   r"over)\b", re.I)
_SUFFIX = re.compile(r"(?:ings?|ed|es|s|d)$")


def _stem(word: str) -> str:
    """A trigger word without its inflection ("raided", "raids": "raid")."""
    word = word.split()[0].lower() if word.split() else ""
    stem = _SUFFIX.sub("", word)
    return stem if len(stem) >= 4 else word


# The present progressive of narration.
_PROGRESSIVE = re.compile(r"\b(?:is|are|am|['’]re|['’]s)\s+(?:(?:now|still|also|\w+ly)\s+)*"
                          r"(?!going\b)[a-z]+ing\b", re.I)
# A date as the end of a span: "until 2028", "till March".
_UNTIL = re.compile(r"\b(?:until|till|untill)\s+$", re.I)
# A verb in the simple past, regular or of the irregular list.
_IRREGULAR_PAST = "(?:" + _W("irregular_past_verbs") + "|" \
    + _words(_DATE_WORDS.irregular_past) + ")"
_PAST_VERB = re.compile(r"\b(?:was|were|[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\b")
_HAVE = re.compile(r"\b(?:has|have|had)\b", re.I)
# The present perfect ("have exchanged", "has long been detaining").
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|['’]ve)\s+(?:\w+ly\s+|not\s+|also\s+)*"
                              r"(?:been\s+)?(?:[a-z]{3,}ed|[a-z]+ing|" + _IRREGULAR_PAST
                              + r")\b", re.I)
# A stretch of time a lasting happening went on over ("for weeks", "for three years", "over
# the past two years", "in the last decade").
_DURATION = re.compile(r"\b(?:(?:for|over|during|throughout)\s+(?:the\s+(?:past|last)\s+)?|"
                       r"in\s+the\s+(?:past|last)\s+)"
                       r"(?:(?:\d+|a\s+few|several|many|" + _words(list(_DATE_WORDS.numbers))
                       + r")\s+)?(?:days|weeks|months|years|decades|decade)\b", re.I)
# The words every such stretch says: where one may stand.
_STRETCHES = ("days", "weeks", "months", "years", "decade")
# Words that set what follows them as planned ("scheduled for December 27").
_SCHEDULED = re.compile(r"\b(?:(?:scheduled|planned|slated|due|expected)\s+(?:for|on)|set\s+for|"
                        r"(?:scheduled|planned|slated|due|expected|set)\s+to\s+\w+\s+(?:on|in))"
                        r"\s+(?:the\s+)?$", re.I)
# A future auxiliary right before a verb ("would visit", "will be held", "is set to sign").
# (up to three words between: "will hold a vote", "would pay a visit")
_FUTURE_BEFORE = re.compile(r"(?<![\w’'])" + _words(_DATE_WORDS.future_auxiliaries)
                            + r"\s+(?:(?!(?:that|which|who|when|after|before|and|but|or|if|"
                            r"because|since|said|says)\b)[\w’'-]+\s+){0,3}$", re.I)
# A weekday alone ("on Wednesday", "Wednesday morning"), no "last" or "next" and no month.
_BARE_WEEKDAY = re.compile(r"(?:on\s+)?" + _words(list(_DATE_WORDS.weekdays)) + r"\.?", re.I)
_WEEK_WORD = re.compile(r"\bweek(?:end)?s?\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+$",
                                re.I)
# A verb in the perfect ending right before a noun ("have requested house arrest").
_PERFECT_VERB = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|"
                           + _IRREGULAR_PAST + r")\s+$", re.I)
_SUBORDINATE = re.compile(r"\b(?:since|despite|having|although|though|while|when|after|"
                          r"before|as|because|if|until|which|who|that)\b", re.I)
_PAST_WORD = re.compile(r"[a-z]{2,}ed|" + _IRREGULAR_PAST, re.I)
# How far (days) before the report a past must end to be a narrative's time.
_PAST_DAYS = 31
# A relative clause open before a date: its pronoun with no clause break after it.
_IN_RELATIVE = re.compile(r"\b(?:who|which|whose)\b[^,;:.!?“”\"]*$", re.I)
_RELATIVE_REACH = 200
# How long a happening's name may be (characters): how far before a trigger it may open.
_NAME_REACH = 80
# How far back in its paragraph an event looks for the narrative's day (characters).
_LOOK_BACK = 2000
# How many days before the publication day the lead's date may lie to be the story's day.
_STORY_DAYS = 7


# A state's start ("has been closed since Monday morning after protesters blocked the
# road"): "since" before a date, and the clause of time right after it that names the
# happening that started the state (no clause break before the trigger).
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_STARTED_BY = re.compile(r"(?:\s+" + _words(_DATE_WORDS.day_parts) + r")?\s*,?\s*"
                         r"(?:after|when|as)\s+[^,;:—–.!?“”\"]*$", re.I)
# The preposition that sets a noun trigger beside its clause's happening ("despite
# warnings from Iran"), up to three words before the noun and no clause break.
_FRAMING = re.compile(r"\b" + _words(_DATE_WORDS.framing_prepositions)
                      + r"\s+(?:[\w’'-]+,?\s+){0,3}$", re.I)
_CONCESSIVE = re.compile(r"\b" + _words(_DATE_WORDS.concessive_prepositions)
                         + r"\s+(?:[\w’'-]+,?\s+){0,3}$", re.I)
# A noun trigger as its clause's subject: at most an article and three words before it.
_SUBJECT_BEFORE = re.compile(r"\W*(?:(?:a|an|the|this|that|these|those|its|their|his|"
                             r"her|our)\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)
# A verb of taking place after a noun trigger and its date right after it: in a relative
# clause on the noun ("The trial of the leaders, which began on January 17"), or as the
# verb of the noun as subject ("trials against 16 of the detained, including Vardanyan,
# began on January 17"), no subordinator of another clause between the noun and the verb.
_OCCURRENCE = _words(_DATE_WORDS.onset_verbs) + r"\s+(?:on|in|at)?\s*$"
_OCCURRED_RELATIVE = re.compile(r"(?:\s+(?:of|on|in|at|against|near|by|between|with|"
                                r"from|to)\s+[^,.;:!?]{1,60}?)?\s*,?\s*(?:which|that)\s+"
                                r"(?:had\s+|has\s+)?(?:\w+ly\s+)?" + _OCCURRENCE, re.I)
_OCCURRED_PREDICATE = re.compile(
    r"(?:(?!\b(?:after|before|when|while|since|because|until|if|although|though|which|"
    r"that|and|but|said|says)\b)[^.;:!?“”\"])*?(?:,\s*|\s+)(?:\w+ly\s+)?" + _OCCURRENCE,
    re.I)
_OCCURRED_REACH = 200
# How far before a trigger the date of a clause it depends on is read (characters).
_CLAUSE_REACH = 300
# A date closing a clause, then a clause co-ordinated after it up to the trigger.
_CONJUNCT_AFTER = re.compile(r"\s*[,;]\s*(?:and|but|while|whereas)\s+[^,;:—–]*$", re.I)
# The object of a verb of characterising before a date, and its complement right after
# the date ("called the closure of the corridor on Saturday a gross violation",
# "described the talks on Friday as useful"): the date is the object's.
_CHARACTERISED = re.compile(r"\b(?P<verb>" + _W("characterising_verbs") + r")\s+(?:the|this|that|"
                            r"these|those|its|their|his|her|[A-Z][\w’'-]*[’']s)\s+"
                            r"[^,;:.!?“”\"]*$")
_COMPLEMENT = re.compile(r"\s+(?:a|an|as)\s+", re.I)
# A plan told in a clause on the destination of a trip ("traveled to Morocco, where he
# will take part in a meeting"): it takes place on that trip.
_ON_TRIP = re.compile(r"\b" + _words(_DATE_WORDS.travel_verbs) + r"\s+(?:in|to|for)\s+"
                      r"[^,;:.!?]{1,60},\s*where\s+(?:[\w’'-]+\s+){1,4}?will\s+"
                      r"(?:\w+ly\s+)?$", re.I)


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
        # the well-known happenings the text names by one of their names (found when a
        # trigger is one of their words)
        self._named: tuple[list[HappeningHit], list[int]] | None = None
        self.paragraphs: list[tuple[int, int]] = []
        self._story: tuple[PartialDate | None] | None = None
        # the paragraph and date of the last draft of the sentence before (text order)
        self._previous: tuple[int, PartialDate | None] | None = None
        # the stated date of the last happening told with each trigger word, by its stem
        self._told: dict[str, PartialDate] = {}
        # the past the sentence before told (a month or a year long before the report)
        self._narrative: PartialDate | None = None
        # the same for every word of the trigger, with where it was told
        self._told_at: dict[str, tuple[int, PartialDate]] = {}
        # the sentence and date of the last trip told ("traveled to Morocco")
        self._trip: tuple[tuple[int, int], PartialDate] | None = None
        # the words each speech draft reports, by sentence
        self._reported: dict[tuple[int, int], list[tuple[int, int, DatedDraft]]] = {}
        # the day each sentence's words were said on (its first speech draft dated to a day)
        self._said_on: dict[tuple[int, int], PartialDate] = {}
        # the days counted from a happening ("two days after ..."), with where they were told
        self._counted: list[tuple[int, PartialDate]] = []
        # where the words some rules need stand (found when first asked)
        self._lower = _lower(text)
        self._counting = _Occurrences(_COUNTING, self._lower)
        self._retrospective = _Occurrences(_RETROSPECTIVE_KEYS, self._lower)
        self._stretches = _Occurrences(_STRETCHES, self._lower)
        self._in_relative: dict[int, bool] = {}  # whether the date there is a relative clause's
        # the stems of the nouns each sentence names after a preposition of time
        self._definite: dict[tuple[int, int], list[str]] = {}
        # the date of a current report that states none, by whether the story's day counts
        self._fallback: dict[bool, PartialDate | None] = {}
        self._occurrences: dict[int, _Occurrences] = {}  # of each adverb list, by its id

    def dates_of(self, drafts: Sequence[DatedDraft],
                 paragraphs: list[tuple[int, int]]) -> list[PartialDate | None]:
        """The date of each draft (in text order), given the page's paragraph spans."""
        self.paragraphs = paragraphs
        out: list[PartialDate | None] = []
        said: dict[str, PartialDate] = {}
        self._previous = None
        self._told = {}
        self._told_at = {}
        self._narrative = None
        self._trip = None
        self._said_on = {}
        self._counted = []
        narrative: PartialDate | None = None
        told_time = False  # whether a draft of the sentence has a date
        last: tuple[int, tuple[int, int], PartialDate | None] | None = None
        # the words each speech draft reports, by sentence
        reported: dict[tuple[int, int], list[tuple[int, int, DatedDraft]]] = {}
        for d in drafts:
            if d.speech and d.content is not None:
                reported.setdefault(d.sentence, []).append((*d.content, d))
        self._reported = reported
        recalling = False  # whether the sentence before recalls the past
        for d in drafts:
            if last is not None and last[1] != d.sentence:
                self._previous = (last[0], last[2])
                if narrative is not None or told_time:
                    # a sentence of background alone tells no other time: the past goes on
                    self._narrative = narrative
                narrative, told_time = None, False
                recalling = self._retrospective.within(*last[1]) and \
                    _RETROSPECTIVE.search(self.text, *last[1]) is not None
            date = self.date(d)
            if recalling and (date is None or not date.text) and self._told_in_past(d) and \
                    any(o is not d and lo <= d.hit.start < hi
                        for lo, hi, o in reported.get(d.sentence, ())):
                # "He recalled the meeting in Dushanbe. Hajiyev said that the prime minister
                # asked for time": the speaker's recollection goes on
                date = None
            last = (d.paragraph, d.sentence, date)
            if d.speech and date is not None and date.precision is Precision.DAY:
                self._said_on.setdefault(d.sentence, date)
            if date is not None and d.hit.end > d.hit.start and not d.hit.nominal and \
                    self.text[d.hit.start:d.hit.end].split()[0].lower() \
                    in _DATE_WORDS.travel_verbs:
                self._trip = (d.sentence, date)
            told_time = told_time or date is not None
            if date is None or not self._long_before(date):
                pass
            elif date.text and self._main_clause(d):
                narrative = date  # the sentence tells the past: the next may go on in it
            elif not date.text and self._narrative is not None and \
                    (date.start, date.end) == (self._narrative.start, self._narrative.end):
                narrative = self._narrative  # and goes on in it
            if date is not None and date.text and d.hit.end > d.hit.start:
                self._told[_stem(self.text[d.hit.start:d.hit.end])] = date
                for word in self.text[d.hit.start:d.hit.end].split():
                    if len(word) >= 4:
                        self._told_at[_stem(word)] = (d.hit.start, date)
            if d.speech and d.initiators:
                # A speaker's undated words were said when their dated words were.
                if (date is None and not self._withheld(d)) or (
                        date is not None and date.inferred is Inferred.DATE and not date.text):
                    date = said.get(d.initiators[0], date)
                elif date is not None and (self.reference is None
                                           or date.start <= self.reference.end):
                    # (words are said by the publication day: a day yet to come is that
                    # of a plan they tell, not of their saying)
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
        # (a claim on a noun stands in that noun's clause: a date before it is the clause's)
        claim = self._claim_on_noun(d)
        own = [m for m in self._dates_in(d.hit.end if claim else c_start, c_end)
               if not self._spoken(d, m)
               and not self._embedded(d, m) and not self._main_of(d, m)
               and not self._attributive(d, m)
               and not self._bound(m) and not self._yet_to_come(d, m)
               and not self._framed_before(d, m) and not self._characterised(d, m)]
        if own and not d.speech and len(own) > 1:
            # "denied on Monday that its troops had opened fire on Saturday night": in
            # what a speaker says, the words' own date before the saying's
            said = self._said_around(d)
            inside = [m for m in own if said is not None
                      and said[0] <= m.start and m.end <= said[1]]
            own = inside or own
        if own:
            best = min(own, key=lambda m: abs(m.start - d.hit.start))
            if best.date.precision is Precision.YEAR:
                # "the 2008 war": the well-known war of that year, to its month
                named = self._named_happening(d)
                if named is not None and best.date.start <= named.start and \
                        named.end <= best.date.end:
                    return named
            return self._coming(d, best)
        occurred = self._occurred_at(d)
        if occurred is not None:
            return occurred
        started = self._started_at(d)
        if started is not None:
            return started
        named = self._named_happening(d)
        if named is not None:
            return named
        if self._lasting(d):
            return None  # its clause's time is a stretch up to now, the sentence's no other
        counted = self._counted_from(d) or self._counted_back(d)
        if counted is not None:
            self._counted.append((d.hit.start, counted))
            return counted
        s_start, s_end = d.sentence
        in_sentence = {m.date.isoformat(): m.date
                       for m in self._dates_in(d.hit.end if claim else s_start, s_end)
                       if not self._spoken(d, m) and not self._embedded(d, m)
                       and not self._main_of(d, m) and not self._closes_conjunct(d, m)
                       and not self._attributive(d, m) and not self._relative(m)
                       and not self._bound(m) and not self._yet_to_come(d, m)
                       and not self._framed_before(d, m)
                       and not self._characterised(d, m)}
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
        if d.modality is Modality.PLANNED and self._trip is not None and \
                self._trip[0] == d.sentence and _ON_TRIP.search(
                    self.text, max(d.sentence[0], d.hit.start - 160), d.hit.start):
            # "traveled to Morocco, where he will take part in a meeting": on that trip
            return attrs.evolve(self._trip[1], text="", inferred=Inferred.DATE)
        if d.modality is Modality.PLANNED and not d.background and not self._attempted(d):
            # "will pay a visit on February 4-5. He will take part in the session": a plan
            # goes on in the day its paragraph set for it, when that day is still to come.
            before = self._paragraph_date(d)
            ref = self.reference
            return before if before is not None and ref is not None and \
                before.start >= ref.start else None
        if self._background(d) or self._made_before(d):
            same = self._same_happening(d)
            if same is None and self._narrative is not None and self._past(d):
                # "... turned to war last year. Some 6,000 people were killed in six weeks of
                # fighting": the happening the past narrative names
                return attrs.evolve(self._narrative, text="", inferred=Inferred.DATE)
            return same
        if (d.modality is Modality.POSSIBLE and not self._attributed(d)) or \
                self._perfect(d) or self._recalled(d) or self._unanchored(d) or \
                self._describes_noun(d) or self._claim_on_noun(d):
            return None
        recent = self._recent(d)
        if recent is not None:
            return recent
        if _RELATIVE_PERFECT.search(self.text, max(d.sentence[0], d.hit.start - 160),
                                    d.hit.start) is not None:
            return None  # "Turkey, which has spoken out ... and called": what it is known for
        if _DECADE.search(self.text, c_start, c_end):
            return None  # "fought in the early 1990s": dated, but not to a PartialDate
        before = self._paragraph_date(d)
        if before is not None:
            if d.speech and self._long_before(before):
                # "The activist was detained on December 5, 2024. The prosecutor's office
                # accused him of ...": words told in a past long before the report were
                # said at a time the text does not give
                return None
            return before
        if self._in_sequence(d):
            # "Then Pashinyan said", "Before that, he asked": in the time of the happening
            # told in the paragraph's sentence before, unknown without one
            prev = self._previous
            return prev[1] if prev is not None and prev[0] == d.paragraph else None
        told = self._referred(d)
        if told is not None:
            return told
        if not d.speech and self._quoted(d):
            return None  # what a speaker tells in quotes happened when the words do not say
        if self._narrative is not None and not d.speech and self._past(d):
            # "... turned to war last year. Some 6,000 people were killed in six weeks of
            # fighting that ended in a cease-fire deal": the past goes on
            return attrs.evolve(self._narrative, text="", inferred=Inferred.DATE)
        if self._present(d):
            # "the aid effort is intensifying": the time of writing
            return self._current(story=False)
        return self._current(story=True)

    def _current(self, *, story: bool) -> PartialDate | None:
        """The date of a current report that states none (see
        :func:`_publication_fallback`), once per document."""
        if story not in self._fallback:
            self._fallback[story] = _publication_fallback(
                self.reference, self._story_day() if story else None)
        return self._fallback[story]

    def _said_around(self, d: DatedDraft) -> tuple[int, int] | None:
        """The words a speech draft of the sentence reports that the trigger stands in."""
        for lo, hi, o in self._reported.get(d.sentence, ()):
            if o is not d and lo <= d.hit.start < hi and o.hit.end <= lo:
                # (after what opens them: "denied on Monday that ...")
                opens = _CONTENT_OPENS.search(self.text, lo, d.hit.start)
                return (opens.end(), hi) if opens is not None else (lo, hi)
        return None

    def _occurred_at(self, d: DatedDraft) -> PartialDate | None:
        """The date a verb of taking place gives a noun trigger: in a relative clause on
        it ("The trial, which began on January 17 and resumed on January 21": the first)
        or with the noun as its subject ("a series of trials against 16 of the detained,
        including Vardanyan, began on January 17")."""
        if not d.hit.nominal or d.hit.end <= d.hit.start:
            return None
        subject = _SUBJECT_BEFORE.match(self.text, d.clause[0], d.hit.start) is not None
        for m in self._dates_in(d.hit.end, min(d.sentence[1], d.hit.end + _OCCURRED_REACH)):
            if _OCCURRED_RELATIVE.match(self.text, d.hit.end, m.start) is not None or (
                    subject and _OCCURRED_PREDICATE.match(self.text, d.hit.end, m.start)):
                return m.date
        return None

    def _started_at(self, d: DatedDraft) -> PartialDate | None:
        """The start of a state the trigger's clause of time names the cause of ("has been
        closed since Monday morning after a group blocked the highway"): the blocking
        happened when the closure began."""
        lo = max(d.sentence[0], d.hit.start - _CLAUSE_REACH)
        for m in reversed(self._dates_in(lo, d.hit.start)):
            since = _SINCE_BEFORE.search(self.text, max(0, m.start - 12), m.start) is not None \
                or m.as_written.lower().startswith("since ")
            if since and _STARTED_BY.match(self.text, m.end, d.hit.start) is not None:
                return m.date
        return None

    def _closes_conjunct(self, d: DatedDraft, m: DateMention) -> bool:
        """Whether a date before the trigger closes a clause co-ordinated before the
        trigger's ("the process was halted from 2008 to 2012, and Georgia signed the
        agreement"): it dates that clause only (a date opening the sentence, "On Monday,
        police ... and the court ...", is not closing one)."""
        return m.end <= d.hit.start and \
            _CONJUNCT_AFTER.match(self.text, m.end, d.hit.start) is not None

    def _characterised(self, d: DatedDraft, m: DateMention) -> bool:
        """Whether a date stands in the object of a verb of characterising, right before
        its complement ("called the closure of the corridor on Saturday a gross
        violation"): it dates that object, not the calling nor anything else in the
        sentence (unless the trigger is in the object)."""
        if _COMPLEMENT.match(self.text, m.end) is None:
            return False
        obj = _CHARACTERISED.search(self.text, max(d.sentence[0], m.start - 120), m.start)
        return obj is not None and not obj.end("verb") <= d.hit.start < m.start

    def _framed_before(self, d: DatedDraft, m: DateMention) -> bool:
        """Whether a date stands before the preposition that sets a noun trigger against
        its clause's happening ("opened its embassy in Israel in January despite warnings
        from Iran"), or is a day before one that sets it earlier ("became president on
        Saturday after elections"): it dates the clause's verb, not the noun (a month or a
        year may hold both: "began in late June following the killing")."""
        if m.end > d.hit.start or not d.hit.nominal or not self._background(d):
            return False
        lo = max(m.end, d.hit.start - 80)
        framing = _CONCESSIVE.search(self.text, lo, d.hit.start)
        if framing is None and m.date.precision is Precision.DAY:
            framing = _FRAMING.search(self.text, lo, d.hit.start)
        return framing is not None and \
            not self.text[m.end:framing.start()].strip(" ,;:—–-").count(".")

    def _named_happening(self, d: DatedDraft) -> PartialDate | None:
        """The period of a well-known happening the trigger names ("during the 44-day war":
        fall 2020), from ``data/happenings.json``; flagged inferred."""
        if d.hit.end <= d.hit.start:
            return None
        table = HappeningTable.default()
        if not any(w.lower() in table.alias_words
                   for w in self.text[d.hit.start:d.hit.end].split()):
            return None
        if self._named is None:
            hits = [h for h in table.find(self.text) if h.named]
            self._named = (hits, [h.start for h in hits])
        hits, starts = self._named
        i = bisect.bisect_right(starts, d.hit.start) - 1
        while i >= 0 and hits[i].start >= d.hit.start - _NAME_REACH:
            h = hits[i]
            if h.start < d.hit.end and d.hit.start < h.end:
                return h.happening.period()
            i -= 1
        return None

    def _quoted(self, d: DatedDraft) -> bool:
        """Whether the trigger stands in a speaker's own account: a whole quote, not
        quoted words inside the narration ("what he called the “kidnapping”")."""
        return any(q.span.start <= d.hit.start < q.span.end and not q.partial
                   for q in self.quote_at(d.hit.start, d.hit.end))

    def _yet_to_come(self, d: DatedDraft, m: DateMention) -> bool:
        """Whether a date after the publication date stands beside a verb in the past
        ("canceled the meeting, due on December 20"): it dates something else."""
        ref = self.reference
        return ref is not None and m.date.start > ref.end and self._told_in_past(d)

    def _told_in_past(self, d: DatedDraft) -> bool:
        """Whether the trigger is a verb in the past tense ("complained", "met"), or the
        object of a verb in the perfect right before it ("have requested house arrest")."""
        if d.hit.end <= d.hit.start:
            return False
        lo = max(d.clause[0], d.hit.start - 40)
        if _PERFECT_VERB.search(self.text, lo, d.hit.start) is not None:
            return True
        if d.hit.nominal:
            return False
        word = self.text[d.hit.start:d.hit.end].split()[0]
        return _PAST_WORD.fullmatch(word) is not None

    def _long_before(self, date: PartialDate) -> bool:
        """Whether a month or year lies well before the report (its end a month or more
        before the publication date)."""
        ref = self.reference
        return ref is not None and date.precision in (Precision.DAY, Precision.MONTH,
                                                      Precision.YEAR) \
            and (ref.start - date.end).days > _PAST_DAYS

    def _past(self, d: DatedDraft) -> bool:
        """Whether the clause's verb is in the simple past ("were killed", "ended in"),
        not a perfect or a progressive."""
        c_start, c_end = d.clause
        # a participle after a determiner is a noun or an adjective ("16 of the detained",
        # "the disputed elections"), no verb
        verb = any(_DETERMINER_BEFORE.search(self.text, max(c_start, m.start() - 8),
                                             m.start()) is None
                   for m in _PAST_VERB.finditer(self.text, c_start, c_end))
        return verb and _PROGRESSIVE.search(self.text, c_start, c_end) is None and \
            _HAVE.search(self.text, c_start, c_end) is None

    def _main_clause(self, d: DatedDraft) -> bool:
        """Whether the draft's clause is no subordinate one ("since a war ended in 1994",
        "despite having its license revoked in February"): only a main clause sets the
        time a narrative goes on in."""
        return _SUBORDINATE.search(self.text, d.clause[0], d.hit.start) is None

    def _present(self, d: DatedDraft) -> bool:
        """Whether the clause tells its happening in the present progressive ("the aid
        effort is intensifying", "are fleeing"): what goes on as the report is written (a
        "says" of narration is the story's time, not the writing's)."""
        if d.speech:
            return False
        return _PROGRESSIVE.search(self.text, d.clause[0], d.clause[1]) is not None

    def _same_happening(self, d: DatedDraft) -> PartialDate | None:
        """The stated date of the happening a definite background noun names again ("will
        pay a visit on February 4-5 ... on the sidelines of the visit"), told shortly
        before with the same word; flagged inferred."""
        if d.hit.end <= d.hit.start:
            return None
        lo = max(0, d.hit.start - 40)
        named = _IDENTIFIED.search(self.text, max(d.sentence[0], d.hit.start - 80),
                                   d.hit.start)
        if named is not None:
            # "the cause of the crash was an attack": the attack is the crash told before
            told = self._told_at.get(_stem(named.group("np")))
            if told is not None and d.hit.start - told[0] <= _LOOK_BACK:
                return attrs.evolve(told[1], text="", inferred=Inferred.DATE)
        if _DEFINITE_BEFORE.search(self.text, lo, d.hit.start) is None:
            return None
        for word in self.text[d.hit.start:d.hit.end].split():
            told = self._told_at.get(_stem(word))
            if told is not None and d.hit.start - told[0] <= _LOOK_BACK:
                return attrs.evolve(told[1], text="", inferred=Inferred.DATE)
        return None

    def _counted_from(self, d: DatedDraft) -> PartialDate | None:
        """A day counted from a happening told before with its day ("The attack came on
        May 3 ... Two days after the attack, troops withdrew"; "a day after his visit"),
        flagged inferred; unresolved when no such happening was told."""
        if not self._told:
            return None
        c_start, c_end = d.clause
        if not self._counting.within(d.sentence[0], c_end):
            return None
        for m in _COUNTED.finditer(self.text, d.sentence[0], c_end):
            if m.start() < c_start and self.text[m.end():c_start].strip(" ,;:—–-"):
                continue  # in another clause, not one opening this one
            if d.speech and d.content is not None and \
                    d.content[0] <= m.start() < d.content[1]:
                continue  # the speaker's words count from it, not the saying
            told = next((self._told[k] for k in map(_stem, m.group("np").split())
                         if k in self._told), None)
            if told is None or told.precision is not Precision.DAY:
                continue
            if m.start("np") <= d.hit.start < m.end("np"):
                return attrs.evolve(told, text="", inferred=Inferred.DATE)  # "the attack"
            raw = (m.group("n") or "one").lower()
            n = int(raw) if raw.isdigit() else _DATE_WORDS.numbers.get(raw)
            if n is None:
                continue
            days = n * (7 if m.group("u").lower().startswith("week") else 1)
            days = -days if m.group("dir").lower() == "before" else days
            day = told.start + dt.timedelta(days=days)
            return PartialDate(year=day.year, month=day.month, day=day.day,
                               precision=Precision.DAY, text=self.text[m.start():m.end("dir")],
                               inferred=Inferred.DATE)
        return None

    def _counted_back(self, d: DatedDraft) -> PartialDate | None:
        """A day counted from the day of the main clause before a clause of time the
        trigger stands in ("Demirchiloo met Dedov on Tuesday, two weeks after Lavrov
        accused Armenia": Tuesday less two weeks), flagged inferred."""
        s_start = d.sentence[0]
        lo = max(s_start, d.hit.start - 160)
        if not self._counting.within(lo, d.hit.start):
            return None
        m = _COUNTED_CLAUSE.search(self.text, lo, d.hit.start)
        if m is None:
            return None
        main = [x for x in self._dates_in(max(s_start, m.start() - _CLAUSE_REACH), m.start())
                if x.date.precision is Precision.DAY and not self._relative(x)]
        base = main[-1].date if main else self._subject_told(s_start)
        if base is None:
            return None
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _DATE_WORDS.numbers.get(raw)
        if n is None:
            return None
        days = n * (7 if m.group("u").lower().startswith("week") else 1)
        # "two weeks after X": X was two weeks before the main clause's day
        days = -days if m.group("dir").lower() == "after" else days
        day = base.start + dt.timedelta(days=days)
        return PartialDate(year=day.year, month=day.month, day=day.day,
                           precision=Precision.DAY, text=self.text[m.start():m.end("dir")],
                           inferred=Inferred.DATE)

    def _subject_told(self, s_start: int) -> PartialDate | None:
        """The day told before for the happening the sentence's subject names ("... received
        their reply only yesterday.  The reply came two days after ..."): the day written
        right after the noun's last mention before the sentence."""
        head = _SUBJECT_HEAD.match(self.text, s_start)
        if head is None:
            return None
        noun = re.compile(r"\b" + re.escape(head.group("noun")) + r"\b")
        told = max(noun.finditer(self.text, max(0, s_start - _LOOK_BACK), s_start),
                   key=lambda t: t.start(), default=None)  # (its last mention)
        if told is None:
            return None
        for m in self._dates_in(told.end(), told.end() + _TOLD_REACH):
            if m.date.precision is Precision.DAY and \
                    _BREAK.search(self.text, told.end(), m.start) is None:
                return self._said_day(m)
        return None

    def _said_day(self, m: DateMention) -> PartialDate:
        """A date in a speaker's quoted words, a day counted from the day they were said
        ("“... received their reply only yesterday,” Mirzoyan told" on Monday: Sunday)."""
        if m.date.inferred is not Inferred.DATE or m.date.precision is not Precision.DAY:
            return m.date
        for q in self.quote_at(m.start, m.end):
            if not q.span.start <= m.start < m.end <= q.span.end:
                continue
            said = next((day for (lo, hi), day in self._said_on.items()
                         if lo <= q.span.start < hi), None)
            if said is None:
                continue
            again = _resolver_find_dates(self.text, DatePolicy(reference=said), m.start, m.end)
            if again and again[0].start == m.start:
                return again[0].date
        return m.date

    def _referred(self, d: DatedDraft) -> PartialDate | None:
        """The stated date of a happening told before that the sentence refers back to
        ("... raided the homes on Friday.  Two brothers were killed during the raids"),
        flagged inferred."""
        if not self._told or d.speech:
            return None  # a speaker's words refer back, not the saying
        stems = self._definite.get(d.sentence)
        if stems is None:
            stems = self._definite[d.sentence] = [
                _stem(word) for m in _DEFINITE.finditer(self.text, *d.sentence)
                for word in m.group("np").split()]
        for stem in stems:
            date = self._told.get(stem)
            if date is not None:
                return attrs.evolve(date, text="", inferred=Inferred.DATE)
        return None

    def _background(self, d: DatedDraft) -> bool:
        """Whether a noun trigger names an earlier happening its clause refers back to
        ("after the war", "despite recent fighting"); not when a clause boundary ("said
        in a statement that the clashes were started") stands between the preposition
        and the noun: that noun opens a clause of its own; nor when a verb of taking part
        governs the preposition ("presided over the meeting")."""
        if not d.background:
            return False
        if not d.hit.nominal:
            return True
        lo = max(d.clause[0], d.hit.start - 80)
        plain = _PLAIN_BACKGROUND.search(self.text, lo, d.hit.start)
        if plain is None or _PARTICIPATED.search(self.text, lo, d.hit.start) is not None:
            return False
        # "is making preparations for thousands of refugees": the object of a happening
        # going on now, not an earlier one (unless a preposition of time sets it before)
        return _TEMPORAL_PREPOSITION.match(plain.group(0)) is not None or \
            _PROGRESSIVE.search(self.text, d.clause[0], plain.start()) is None

    def _attempted(self, d: DatedDraft) -> bool:
        """Whether a verb of trying in the past stands right before the happening's verb
        ("Police attempted to disperse the crowd"), or a verb of means with its object
        ("Police used stun grenades to disperse the crowd"): the attempt is told as done."""
        lo = max(d.clause[0], d.hit.start - 40)
        return _ATTEMPTED.search(self.text, lo, d.hit.start) is not None or \
            _BY_MEANS.search(self.text, max(d.clause[0], d.hit.start - 60),
                             d.hit.start) is not None

    def _attributed(self, d: DatedDraft) -> bool:
        """Whether a happening is possible only as someone's claim ("alleged that Armenian
        forces opened fire", "reportedly sent"), not hedged by a modal ("could", "may",
        "if"): the claim sets it in the report's time."""
        lo = max(d.sentence[0], d.hit.start - 80)
        return _ATTRIBUTION.search(self.text, lo, d.hit.start) is not None and \
            _HEDGE.search(self.text, lo, d.hit.start) is None

    def _withheld(self, d: DatedDraft) -> bool:
        """Whether the words set the happening at a time they do not say (recalled, told as
        earlier or as following another): no other date of the speaker's stands in."""
        return self._recalled(d) or self._unanchored(d) or self._in_sequence(d) or \
            self._recent(d) is not None

    def _recalled(self, d: DatedDraft) -> bool:
        """Whether the happening is what a speaker recalls ("He recalled the meeting of
        Aliyev and Pashinyan in Dushanbe"; a quote introduced by "recalled"): the past
        told now, not a happening of the report's day."""
        s_start = d.sentence[0]
        if self._retrospective.within(s_start, d.hit.start) and \
                _RETROSPECTIVE.search(self.text, s_start, d.hit.start) is not None:
            return True
        for q in self.quote_at(d.hit.start, d.hit.end):
            lo = max(0, q.span.start - _QUOTE_LEAD)
            if q.span.start <= d.hit.start and self._retrospective.within(lo, q.span.start) \
                    and _RETROSPECTIVE.search(self.text, lo, q.span.start) is not None:
                return True
        return False

    def _adverb(self, adverb: _Adverb, d: DatedDraft) -> bool:
        """Whether ``adverb`` modifies the draft's verb in the narration, not in the
        words a speaker is quoted or reported as saying."""
        where = self._occurrences.get(id(adverb))
        if where is None:
            where = self._occurrences[id(adverb)] = _Occurrences(adverb.keys, self._lower)
        at = adverb.find(self.text, d, where)
        if at is None:
            return False
        if at >= d.hit.end:
            return True  # "said recently the border was calm": right after the verb
        if d.speech and d.content is not None and d.content[0] <= at < d.content[1]:
            return False
        return not any(q.span.start <= at < q.span.end for q in self.quote_at(at, at + 1)
                       if not (q.span.start <= d.hit.start < q.span.end))

    def _unanchored(self, d: DatedDraft) -> bool:
        """Whether an adverb sets the happening before the story's time without saying
        when ("Previously, he said", "had previously met")."""
        return self._adverb(_UNANCHORED, d)

    def _recent(self, d: DatedDraft) -> PartialDate | None:
        """The month of the publication date for a happening an adverb sets shortly before
        the story's time ("Earlier, Erdogan said", "said recently"), flagged inferred."""
        ref = self.reference
        if ref is None or not self._adverb(_RECENT, d):
            return None
        if ref.precision is Precision.DAY and ref.month is not None:
            return PartialDate(year=ref.year, month=ref.month, precision=Precision.MONTH,
                               inferred=Inferred.DATE)
        return attrs.evolve(ref, text="", inferred=Inferred.DATE)

    def _in_sequence(self, d: DatedDraft) -> bool:
        """Whether an adverb of sequence sets the happening after one told before it
        ("Then Pashinyan said", "later met")."""
        return self._adverb(_SEQUENCE, d)

    def _perfect(self, d: DatedDraft) -> bool:
        """Whether an undated verb trigger stands in the present perfect or a stative
        present ("Iran has long opposed", "has regularly targeted", "are accused by"):
        a state of affairs up to now, not a happening of the report's day (a statement's
        too: "are accused by rights groups"; not "is quoted as saying")."""
        if d.hit.nominal:
            return False
        lo = max(d.clause[0], d.hit.start - 40)
        if _PERFECT.search(self.text, lo, d.hit.start) is not None:
            return True
        verb = self.text[d.hit.start:d.hit.end].split()
        return bool(verb) and verb[0].endswith("ed") and \
            verb[0].lower() not in _DATE_WORDS.relay_passives and \
            _PASSIVE.search(self.text, lo, d.hit.start) is not None

    def _made_before(self, d: DatedDraft) -> bool:
        """Whether a noun trigger names a thing its maker made before, as a compound of its
        maker and a past participle tells ("a Russian-brokered agreement", "the US-mediated
        deal"): background, like a noun after "after" or "despite"."""
        return d.hit.nominal and _MADE_BY.search(
            self.text, max(d.clause[0], d.hit.start - 40), d.hit.start) is not None

    def _claim_on_noun(self, d: DatedDraft) -> bool:
        """Whether a verb of saying in the present reports a clause whose subject is the
        noun before it, a finite verb right after it ("elections the opposition says were
        rigged", "the attack, which Baku insists was staged"): a speaker's standing claim
        about that noun, made at a time the text does not give (in the past, "the roadmap
        on Friday that Trump said will end the conflict", it was said then)."""
        if not d.speech or d.hit.nominal or d.hit.end <= d.hit.start:
            return False
        verb = self.text[d.hit.start:d.hit.end].split()[-1].lower()
        return verb in _DATE_WORDS.clausal_speech_verbs and \
            _PAST_WORD.fullmatch(verb) is None and \
            _FINITE_AFTER.match(self.text, d.hit.end) is not None

    def _describes_noun(self, d: DatedDraft) -> bool:
        """Whether a verb trigger is a past participle in a reduced relative clause on a
        noun before it, with its agent after it ("opposes the corridor demanded by Baku"):
        a description of the noun, not a happening of the story's time."""
        if d.hit.nominal or d.hit.end <= d.hit.start or \
                _AGENT_AFTER.match(self.text, d.hit.end) is None:
            return False
        word = self.text[d.hit.start:d.hit.end].split()[0]
        if _PAST_WORD.fullmatch(word) is None:
            return False
        return _NOUN_PHRASE_BEFORE.search(self.text, max(d.clause[0], d.hit.start - 80),
                                          d.hit.start) is not None

    def _lasting(self, d: DatedDraft) -> bool:
        """Whether the clause is a present perfect over a stretch of time ("have exchanged
        accusations for weeks", "has detained journalists over the past two years"): what
        went on up to now, no happening of one day."""
        c_start, c_end = d.clause
        if not self._stretches.within(c_start, c_end):
            return False
        return _PRESENT_PERFECT.search(self.text, c_start, max(c_start, d.hit.start)
                                       + 1 + (d.hit.end - d.hit.start)) is not None and \
            _DURATION.search(self.text, c_start, c_end) is not None

    def _paragraph_date(self, d: DatedDraft) -> PartialDate | None:
        """The day an earlier sentence of the event's paragraph dates ("... raided on
        Friday. Two brothers were killed"): a narrative goes on in its day until it names
        another.  Only a day counts; flagged inferred."""
        if not self.paragraphs or d.paragraph >= len(self.paragraphs):
            return None
        s_start = d.sentence[0]
        # a bounded look back keeps a page with one huge paragraph linear
        p_start = max(self.paragraphs[d.paragraph][0], s_start - _LOOK_BACK)
        ref = self.reference
        # (a day counted from a happening, "came two days after Aliyev canceled the
        # meeting", sets the narrative's day as a written one does)
        i = bisect.bisect_left(self._counted, (s_start,)) - 1
        counted = self._counted[i] if i >= 0 and self._counted[i][0] >= p_start else None
        for m in reversed(self._dates_in(p_start, s_start)):
            if counted is not None and counted[0] > m.start:
                break
            if (m.date.precision is not Precision.DAY and not self._recent_week(m)) or \
                    self._spoken(d, m) or self._relative(m) or self._quoted_time(d, m):
                continue  # a relative clause's day is not the narrative's
            if d.modality is not Modality.PLANNED and \
                    _SCHEDULED.search(self.text, max(p_start, m.start - 30), m.start):
                continue  # the day of a plan ("scheduled for December 27") is no narrative's
            if ref is not None and m.date.start > ref.end and (
                    self._told_in_past(d) or (d.speech and d.modality is Modality.ASSERTED)):
                # a day yet to come is no day a past happening went on in, nor one words
                # quoted by the publication day were said on
                continue
            return attrs.evolve(m.date, text="", inferred=Inferred.DATE)
        return counted[1] if counted is not None else None

    def _quoted_time(self, d: DatedDraft, m: DateMention) -> bool:
        """Whether a date of an earlier sentence stands in a speaker's quoted words ("“Today
        we agreed ...” She added that the EU would redirect funding"): the speaker's time
        word, no day the narration goes on in."""
        return any(q.span.start <= m.start and m.end <= q.span.end
                   and not q.span.start <= d.hit.start < q.span.end
                   for q in self.quote_at(m.start, m.end))

    def _coming(self, d: DatedDraft, m: DateMention) -> PartialDate:
        """A plan's date is the coming one: the resolver gives a bare weekday ("He will meet
        her on Wednesday") as the latest such day on or before the publication day and a
        yearless day ("scheduled for December 27") the year that puts it on or before
        about then; a plan takes the first on or after the publication day."""
        ref = self.reference
        date = m.date
        if ref is None or date.start >= ref.start:
            return date
        scheduled = _SCHEDULED.search(self.text, max(d.clause[0], m.start - 30), m.start)
        future = d.modality is Modality.PLANNED and d.hit.end <= m.start and \
            _FUTURE_BEFORE.search(self.text, max(d.clause[0], d.hit.start - 40),
                                  d.hit.start) is not None and date.end < ref.start
        if (scheduled or future) and date.inferred is Inferred.YEAR and date.precision in (
                Precision.DAY, Precision.MONTH):
            # "The next hearing is scheduled for December 27", "would visit Baku in
            # January": the coming December 27, the coming January
            coming = _next_year(date)
            return coming if coming is not None and coming.start >= ref.start else date
        if not (scheduled or d.modality is Modality.PLANNED) or \
                ref.precision is not Precision.DAY or date.precision is not Precision.DAY \
                or _BARE_WEEKDAY.fullmatch(m.as_written) is None:
            return date
        day = date.start + dt.timedelta(days=7)
        return attrs.evolve(date, year=day.year, month=day.month, day=day.day)

    def _recent_week(self, m: DateMention) -> bool:
        """Whether a date is a recent week or weekend given as its month ("last week",
        "over the weekend", "earlier this week"): a narrative's time like a day."""
        return m.date.precision is Precision.MONTH and m.date.inferred is Inferred.DATE \
            and _WEEK_WORD.search(m.as_written) is not None

    def _bound(self, m: DateMention) -> bool:
        """Whether a date is the end a happening lasts or is put off until ("suspend the
        talks until 2028"), not its time."""
        return _UNTIL.search(self.text, max(0, m.start - 12), m.start) is not None

    def _relative(self, m: DateMention) -> bool:
        """Whether a date of another clause of the sentence stands in a relative clause
        ("Setrakov, who was captured in Gyumri in December, ...", "the deal which was
        signed in 2020"): it dates what that clause says of its noun."""
        found = self._in_relative.get(m.start)
        if found is None:
            found = self._in_relative[m.start] = _IN_RELATIVE.search(
                self.text, max(0, m.start - _RELATIVE_REACH), m.start) is not None
        return found

    def _attributive(self, d: DatedDraft, m: DateMention) -> bool:
        """Whether a date names a thing rather than the event's time: "last year's war",
        "the November 9, 2020 agreement" date the war and the agreement, not a statement
        about them (unless that noun is the trigger)."""
        if m.as_written.isdigit():
            # "the 1991 Almaty Declaration": the resolver takes a bare year only as the
            # modifier of a name or a noun of a happening
            named_year = _THE_YEAR.search(self.text, max(0, m.start - 5), m.start) is not None
        else:
            named_year = False
        if not named_year and _ATTRIBUTIVE.match(self.text, m.end) is None and not (
                m.date.precision in (Precision.DAY, Precision.MONTH)
                and _THE_BEFORE.search(self.text, max(0, m.start - 40), m.start)
                and _NOUN_AFTER.match(self.text, m.end)):
            return False
        return not (d.hit.end > d.hit.start and m.end <= d.hit.start <= m.end + 30)

    def _embedded(self, d: DatedDraft, m: DateMention) -> bool:
        """Whether a date after the trigger belongs to a clause embedded after it ("the
        talks he held ... on November 7", "a meeting, which was due ... on December 7")."""
        if not (d.hit.end <= m.start and m.start - d.hit.end < _MAX_SENTENCE):
            return False
        e = _EMBEDDED.search(self.text, d.hit.end, m.start)
        if e is None:
            # (after a noun trigger the participle is its own verb: "the 13th meeting of
            # the Military Dialogue commenced in Baku on June 3")
            return not d.hit.nominal and _NOUN_HEAD_BEFORE.search(
                self.text, max(0, d.hit.start - 40), d.hit.start) is None and \
                _REDUCED_RELATIVE.search(self.text, d.hit.end, m.start) is not None
        # "reaffirmed its stance when he met Pashinyan on July 30": a clause of time tells
        # when its main clause happened too
        return _WHEN_OPENS.search(self.text, max(d.hit.end, e.start() - 8), e.start()) is None \
            or _EMBEDDED.search(self.text, e.end(), m.start) is not None

    def _bare_content(self, d: DatedDraft, m: DateMention) -> bool:
        """Whether a date after a verb of saying stands in the clause it reports without
        "that": the words before the date open that clause ("said Azerbaijan's elections in
        September"), not an adjunct of the saying ("said on Monday", "said in a statement
        on Monday")."""
        if d.hit.end > m.start or d.hit.end <= d.hit.start:
            return False
        verb = self.text[d.hit.start:d.hit.end].split()[-1].lower()
        if verb not in _DATE_WORDS.clausal_speech_verbs:
            return False
        first = _FIRST_WORD.match(self.text, d.hit.end, m.start)
        return first is not None and \
            first.group(1).lower() not in _DATE_WORDS.speech_adjunct_openers

    def _main_of(self, d: DatedDraft, m: DateMention) -> bool:
        """Whether a date before the trigger dates the main clause of an adverbial clause
        the trigger stands in ("have filled the streets in recent weeks, after the party
        decided to end the talks"): the adverbial clause tells another time."""
        return m.end <= d.hit.start and \
            _OPEN_ADVERBIAL.search(self.text, m.end, d.hit.start) is not None

    def _spoken(self, d: DatedDraft, m: DateMention) -> bool:
        """Whether a date stands in what a speech event's speaker says (its reported
        content or a quote): it dates what is said, not the saying."""
        if not d.speech:
            return False
        if d.content is not None and d.content[0] <= m.start and m.end <= d.content[1] and \
                (d.content[1] <= d.hit.start or self._bare_content(d, m)):
            # "The CSTO did not help when Azerbaijan attacked in September 2022, he said";
            # "said Azerbaijan's elections in September were ..."
            return True
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
            # (not the day a plan is set for: "a hearing is scheduled for Friday")
            told = [m for m in self.dates if m.date.precision is Precision.DAY
                    and window[0] <= m.date.start <= window[1]
                    and _SCHEDULED.search(self.text, max(0, m.start - 30), m.start) is None]
            days = [m.date for m in told]
            lead = [m.date for m in told if m.start < lead_end]
            if lead:
                found = lead[0]
            elif ref.inferred is Inferred.DATE and ref.precision is not Precision.YEAR \
                    and days:
                found = max(days)
        self._story = (found,)
        return found


def _next_year(date: PartialDate) -> PartialDate | None:
    """The same day or month a year later (None when it does not exist: February 29)."""
    try:
        return attrs.evolve(date, year=date.year + 1)
    except ValueError:  # the package's ValidationError is one
        return None


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
