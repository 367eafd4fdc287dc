"""Quote speakers: the actor a quote's written speaker names, found by overlap, by
anaphor back to an earlier actor, or carried from the previous quote."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from caucasus_events.models import Actor, ActorKind, Quote
from caucasus_events.parse._actor_builder import BuilderBase, Entity
from caucasus_events.parse._actor_words import (
    ANAPHOR,
    GIVEN_FEMALE,
    GIVEN_MALE,
    NAME,
    NOT_NAMES,
    PRONOUNS,
    anaphor_kinds,
    name_like,
    strip_title,
)
from caucasus_events.parse._scan import word_key
from caucasus_events.parse.text import fold

__all__ = ["SpeakerPasses"]


class SpeakerPasses(BuilderBase):
    """Resolves the speaker of each quote to an actor id."""

    def speaker(self, quote: Quote) -> str | None:
        """The actor id of a quote's speaker: the actor whose mention the speaker text is, a
        known name, an antecedent for a pronoun or role noun ("she", "the minister", "the
        ministry"), a person named by rule, or -- with no speaker written -- the speaker
        carried over from the attribution just before."""
        found = self._speaker(quote)
        if found is not None:
            self.resolved.append((quote.span.start, quote.span.end, found))
        return found

    def _speaker(self, quote: Quote) -> str | None:
        written = " ".join((quote.speaker_text or "").split())
        if not written:
            return self._carried(quote)
        span = quote.speaker_span
        if span is not None and span.end <= len(self.text):
            found = self._overlapping_actor(span.start, span.end)
            if found is not None:
                return found
        known = self.g.actor(written)
        if known is not None and known.id in self.actors:
            return known.id
        for aid, ent in self.actors.items():
            rec = ent.record
            forms = {fold(f) for f in (rec.name, *rec.aliases, *ent.mentions.values())}
            if fold(written) in forms or fold(strip_title(written)) in forms:
                return aid
        if known is not None:
            return self._register_speaker(known, quote)
        anaphor = ANAPHOR.fullmatch(written)
        if anaphor:
            head = word_key(anaphor.group("head"))
            wanted = anaphor_kinds(head)
            if wanted is not None:
                modifiers = [word_key(w) for w in (anaphor.group("mods") or "").split()]
                return self._antecedent(wanted, quote, head, modifiers)
        name = strip_title(written)
        words = name.split()
        if (name and re.fullmatch(NAME, name) and word_key(words[0]) not in NOT_NAMES
                and self.g.polity(name) is None and self.g.place(name) is None
                and (len(words) >= 2 or words[0] != written)):
            kind = ActorKind.PERSON if name_like(name) else ActorKind.ORGANIZATION
            role = written[: len(written) - len(name)].strip() or None
            return self._register_speaker(self.rule_actor(name, kind, role, None), quote)
        return self._carried(quote)

    def _overlapping_actor(self, start: int, end: int) -> str | None:
        """The actor whose mention overlaps ``start:end`` the most (the first actor, then
        its first mention, on a tie), found through a sorted index of every mention rather
        than a pass over all of them, so that resolving each quote's speaker stays cheap."""
        starts, entries, longest = self._mention_index()
        best: tuple[int, int, int, str] | None = None  # (-overlap, rank, order, id)
        i = bisect.bisect_left(starts, start - longest)
        while i < len(entries) and entries[i][0] < end:
            s, e, rank, order, aid = entries[i]
            overlap = min(e, end) - max(s, start)
            if overlap > 0:
                key = (-overlap, rank, order, aid)
                if best is None or key < best:
                    best = key
            i += 1
        return best[3] if best is not None else None

    def _mention_index(self) -> tuple[list[int], list[tuple[int, int, int, int, str]], int]:
        """Every actor mention as (start, end, actor rank, mention order, id) sorted by
        start, with the starts and the longest mention; rebuilt only when actors or
        mentions were added or removed since the last call."""
        signature = (len(self.actors), sum(len(ent.mentions) for ent in self.actors.values()))
        if self._index_signature != signature:
            entries = sorted(
                (s, e, rank, order, aid)
                for rank, (aid, ent) in enumerate(self.actors.items())
                for order, (s, e) in enumerate(ent.mentions))
            longest = max((e - s for s, e, *_ in entries), default=0)
            self._index = ([x[0] for x in entries], entries, longest)
            self._index_signature = signature
        return self._index

    def _register_speaker(self, actor: Actor, quote: Quote) -> str:
        span = quote.speaker_span
        if span is not None and span.end <= len(self.text):
            self.actor(actor, span.start, span.end)
        else:
            self.actors.setdefault(actor.id, Entity(actor))
        return actor.id

    def _gender(self, rec: Actor) -> str | None:
        first = word_key(rec.name.split()[0]) if rec.name.split() else ""
        female, male = first in GIVEN_FEMALE, first in GIVEN_MALE
        if female and not male:
            return "she"
        if male and not female:
            return "he"
        return None

    def _antecedent(self, kinds: tuple[ActorKind, ...], quote: Quote, head: str,
                    modifiers: Sequence[str] = ()) -> str | None:
        """The nearest actor mentioned before the attribution that can be what ``head``
        ("he", "minister", "ministry") refers to: of a compatible kind, of the pronoun's
        gender where the given name tells it; an actor whose title or role carries the
        role noun (and its modifiers: "the foreign minister") is preferred to a nearer one
        that does not."""
        limit = quote.speaker_span.start if quote.speaker_span else quote.span.start
        best: tuple[int, int, str] | None = None  # (role match, position, id)
        for aid, ent in self.actors.items():
            rec = ent.record
            if not isinstance(rec, Actor) or rec.kind not in kinds:
                continue
            if head in ("he", "she") and self._gender(rec) not in (None, head):
                continue
            before = [s for s, _e in ent.mentions if s < limit]
            if not before:
                continue
            words: set[str] = set()
            for text in (rec.role or "", rec.name, *ent.mentions.values(),
                         *(o.title for o in self.g.offices(rec.id))):
                words.update(word_key(w) for w in re.findall(r"\w+", text))
            role_match = 0
            if head not in PRONOUNS and head in words:
                role_match = 1 + sum(1 for m in modifiers if m in words)
            key = (role_match, max(before), aid)
            if best is None or key[:2] > best[:2]:
                best = key
        return best[2] if best else None

    def _carried(self, quote: Quote) -> str | None:
        """The speaker of a quote with no attribution of its own: the speaker of the quote
        just before when nothing but its own paragraph or the next one lies between, else
        the person last named in the same or the previous paragraph."""
        start = quote.span.start
        floor = self._paragraph_floor(start)
        previous = self.resolved[-1] if self.resolved else None
        if previous is not None and previous[1] <= start and previous[0] >= floor:
            floor = previous[1]  # a person named after the last quote takes over
        best: tuple[int, str] | None = None
        for aid, ent in self.actors.items():
            rec = ent.record
            if not isinstance(rec, Actor) or rec.kind is not ActorKind.PERSON:
                continue
            for s, _e in ent.mentions:
                if floor <= s < start and (best is None or s > best[0]):
                    best = (s, aid)
        if best is not None:
            return best[1]
        if previous is not None and previous[1] <= start and previous[1] == floor:
            return previous[2]
        return None

    def _paragraph_floor(self, offset: int) -> int:
        """The start of the paragraph before the one holding ``offset``."""
        paras = self.sc.paragraphs
        i = bisect.bisect_right([p[0] for p in paras], offset) - 1
        return paras[max(0, i - 1)][0] if paras and i >= 0 else 0
