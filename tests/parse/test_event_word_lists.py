"""The closed-class word lists the event extractor's clause patterns are built from
(``grammar_words`` in data/event_patterns.json), checked on invented phrases."""

from __future__ import annotations

import pytest

from caucasus_events.parse import (
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


def test_what_is_asked_for_may_open_with_an_article_or_possessive() -> None:
    assert events._ASKED_FOR.fullmatch(" for their full ")
    assert events._ASKED_FOR.fullmatch(" an urgent ")
    assert events._ASKED_FOR_NEXT.fullmatch(" for the ")
    assert not events._ASKED_FOR_NEXT.fullmatch(" for their ")


@pytest.mark.parametrize(("before", "is_source"), [
    ("according to ", True),
    ("as reported by the ", True),
    ("the minister told ", True),
    ("police searched the offices of ", False),
])
def test_an_outlet_after_a_source_lead_reports(before: str, is_source: bool) -> None:
    assert bool(_event_targets._REPORTED.search(before)) is is_source


def test_an_accused_happening_opens_with_a_determiner_or_possessor() -> None:
    assert _event_initiators._DETERMINED.match(" such attacks")
    assert _event_initiators._DETERMINED.match(" Russia's attack")
    assert _event_initiators._DETERMINED.match(" The attack")
    assert not _event_initiators._DETERMINED.match(" attacks")
    assert _event_initiators._CONDEMNED_GAP.fullmatch(" those recent Russian ")


@pytest.mark.parametrize(("before", "is_topic"), [
    ("the talk about ", True),
    ("questions regarding the ", True),
    ("the talks with ", False),
])
def test_a_mention_after_a_preposition_of_topic_is_no_subject(before: str,
                                                              is_topic: bool) -> None:
    assert bool(_event_initiators._TOPIC_OBJECT.search(before)) is is_topic
