"""The closed-class word lists the event extractor's clause patterns are built from
(``grammar_words`` in data/event_patterns.json), checked on invented phrases."""

from __future__ import annotations

import re

import pytest

from caucasus_events.parse import (
    _event_grammar,
    _event_happening,
    _event_initiators,
    _event_reference,
    _event_targets,
    _event_typing,
    events,
)


@pytest.mark.parametrize(("text", "is_duration"), [
    (" half an hour", True),
    (" a few tense days", True),
    (" 2,000 years", True),
    (" several Weeks", True),
    (" the border", False),
    (" two villages", False),
])
def test_a_duration_is_a_quantity_then_a_unit(text: str, is_duration: bool) -> None:
    assert bool(_event_typing._DURATION.match(text)) is is_duration


@pytest.mark.parametrize(("text", "is_opening"), [
    ("However, ", True),
    ("“Meanwhile ", True),
    ("Yet", True),
    ("however, ", False),  # the connectives open a sentence: capitalised
    ("Moreover, ", False),
])
def test_a_sentence_may_open_with_a_connective(text: str, is_opening: bool) -> None:
    assert bool(_event_reference._SENTENCE_OPENING.fullmatch(text)) is is_opening


@pytest.mark.parametrize(("text", "is_infinitive"), [
    (" to reopen", True),
    (" to the mayor", False),
    (" to their allies", False),
    (" to several towns", False),
    (" to Tbilisi", False),
])
def test_to_before_a_determiner_is_no_infinitive(text: str, is_infinitive: bool) -> None:
    assert bool(_event_happening._INFINITIVE.match(text)) is is_infinitive


@pytest.mark.parametrize(("before", "is_source"), [
    ("according to ", True),
    ("as reported by the ", True),
    ("the minister told ", True),
    ("police searched the offices of ", False),
])
def test_an_outlet_after_a_source_lead_reports(before: str, is_source: bool) -> None:
    assert bool(_event_targets._REPORTED.search(before)) is is_source


@pytest.mark.parametrize(("before", "is_topic"), [
    ("the talk about ", True),
    ("questions regarding the ", True),
    ("the talks with ", False),
])
def test_a_mention_after_a_preposition_of_topic_is_no_subject(before: str,
                                                              is_topic: bool) -> None:
    assert bool(_event_initiators._TOPIC_OBJECT.search(before)) is is_topic


# The patterns read below, by name.
_PATTERNS: dict[str, re.Pattern[str]] = {
    "asked_for": events._ASKED_FOR,
    "asked_for_next": events._ASKED_FOR_NEXT,
    "determined": _event_initiators._DETERMINED,
    "condemned_gap": _event_initiators._CONDEMNED_GAP,
    "recognising": _event_typing._RECOGNISING,
    "arriving": _event_typing._ARRIVING,
    "perpetrating": _event_typing._PERPETRATING,
    "inferring": _event_typing._INFERRING,
    "duration_particle": _event_typing._DURATION_PARTICLE,
    "attribution": _event_typing._ATTRIBUTION,
    "aircraft_thing": _event_grammar._OPERATED_BY[0][0],
    "airline_name": _event_grammar._OPERATED_BY[0][2],
}
# (pattern name, how it is applied, text, whether it matches)
_PHRASES = [
    # what is asked for may open with an article or possessive
    ("asked_for", "fullmatch", " for their full ", True),
    ("asked_for", "fullmatch", " an urgent ", True),
    ("asked_for_next", "fullmatch", " for the ", True),
    ("asked_for_next", "fullmatch", " for their ", False),
    # an accused happening opens with a determiner or possessor
    ("determined", "match", " such attacks", True),
    ("determined", "match", " Russia's attack", True),
    ("determined", "match", " The attack", True),
    ("determined", "match", " attacks", False),
    ("condemned_gap", "fullmatch", " those recent Russian ", True),
    # verb forms that name no act in some contexts, whole words only
    ("recognising", "match", "recognized", True),
    ("recognising", "match", "recognition", False),
    ("arriving", "match", "arrived in", True),
    ("perpetrating", "match", "committed", True),
    ("perpetrating", "match", "commitment", False),
    ("inferring", "match", "suggests", True),
    ("duration_particle", "search", "took over", True),
    ("duration_particle", "search", "took part", False),
    ("attribution", "match", "According to", True),
    ("attribution", "match", "accordingly", False),
    # a thing's noun and its operator's name word
    ("aircraft_thing", "fullmatch", "passenger jet", True),
    ("aircraft_thing", "fullmatch", "convoy", False),
    ("airline_name", "search", "Azerbaijan Airlines", True),
]


@pytest.mark.parametrize(("name", "how", "text", "matches"), _PHRASES,
                         ids=[f"{n}-{t.strip()}" for n, _, t, _ in _PHRASES])
def test_a_word_list_pattern_reads_its_phrases(name: str, how: str, text: str,
                                               matches: bool) -> None:
    assert bool(getattr(_PATTERNS[name], how)(text)) is matches
