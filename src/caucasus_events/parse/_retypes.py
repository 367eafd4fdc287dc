"""Retypes: a trigger whose verb takes a telling object (or follows a telling subject)
names another kind of happening, as data.

``data/event_patterns.json`` ``retypes`` lists them in the order they apply.  Each entry
names the hits it looks at (``from_types``: trigger types; ``from_words``: a
``grammar_words`` list the verb form must be), the pattern of the words right after the
verb (``object``), optionally the pattern of the words right before it (``subject``,
searched in the ``subject_reach`` characters before the verb), and the type the hit takes
(``to``, its strongest trigger).  Either pattern matching retypes the hit; only verb forms
are retyped ("released the footage" is a statement, "the release of the footage" is not
touched), unless the entry says ``"nouns": true`` (its object pattern then also reads the
words after a noun: "the deployment of 2,000 peacekeepers").  In the patterns
``<<label>>`` stands for the ``grammar_words`` list ``label`` as one alternation, so a
pattern keeps its words in the lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from caucasus_events.models import EventType

__all__ = ["Retype", "retypes_from_json"]

_LABEL = re.compile(r"<<(\w+)>>")
_DEFAULT_REACH = 60


@attrs.frozen(kw_only=True)
class Retype:
    """One retype rule: which verb hits it looks at, the object or subject pattern that
    retypes them, and the type they take."""

    name: str
    to_type: EventType
    from_types: frozenset[EventType] = frozenset()
    from_words: re.Pattern[str] | None = None
    object: re.Pattern[str] | None = None
    subject: re.Pattern[str] | None = None
    subject_reach: int = _DEFAULT_REACH
    nouns: bool = False  # whether a noun hit is retyped too ("the deployment of peacekeepers")

    def applies(self, text: str, start: int, end: int, event_type: EventType) -> bool:
        """Whether the verb form ``text[start:end]`` of a trigger of ``event_type`` is
        retyped here."""
        if self.from_types and event_type not in self.from_types:
            return False
        if self.from_words is not None and not self.from_words.fullmatch(text, start, end):
            return False
        if self.object is not None and self.object.match(text, end):
            return True
        return self.subject is not None and bool(
            self.subject.search(text, max(0, start - self.subject_reach), start))


def retypes_from_json(entries: Any, alternation: Callable[[str], str]) -> tuple[Retype, ...]:
    """The rules of the ``retypes`` list; ``alternation(label)`` gives a grammar word list
    as a regex group.  A bad entry raises :class:`ValueError` naming it."""
    if not isinstance(entries, list):
        raise ValueError("retypes must be a list")
    return tuple(_entry(e, i, alternation) for i, e in enumerate(entries))


def _entry(entry: Any, i: int, alternation: Callable[[str], str]) -> Retype:
    where = f"retypes[{i}]"
    if not isinstance(entry, Mapping):
        raise ValueError(f"{where} must be an object")
    try:
        name = str(entry["name"])
        to_type = EventType(entry["to"])
        from_types = frozenset(EventType(t) for t in _strings(entry.get("from_types", [])))
        words = entry.get("from_words")
        obj, subject = entry.get("object"), entry.get("subject")
        reach = int(entry.get("subject_reach", _DEFAULT_REACH))
        nouns = entry.get("nouns", False)
        if not isinstance(nouns, bool):
            raise ValueError("'nouns' must be true or false")
        if not from_types and words is None:
            raise ValueError("needs 'from_types' or 'from_words'")
        if obj is None and subject is None:
            raise ValueError("needs an 'object' or a 'subject' pattern")
        return Retype(
            name=name, to_type=to_type, from_types=from_types,
            from_words=None if words is None else re.compile(alternation(str(words)), re.I),
            object=None if obj is None else _compile(str(obj), alternation),
            subject=None if subject is None else _compile(str(subject), alternation),
            subject_reach=reach, nouns=nouns)
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise ValueError(f"{where}: {exc}") from None


def _strings(value: Any) -> Iterable[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("from_types must be a list of event type names")
    return value


def _compile(pattern: str, alternation: Callable[[str], str]) -> re.Pattern[str]:
    return re.compile(_LABEL.sub(lambda m: alternation(m.group(1)), pattern), re.I)
