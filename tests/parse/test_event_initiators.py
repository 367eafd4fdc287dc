"""Initiators of events from the clause's grammar, checked on invented sentences."""

from __future__ import annotations

import pytest

from caucasus_events.dates import parse_date
from caucasus_events.models import Document, Event, EventType, Role
from caucasus_events.parse import parse_page
from caucasus_events.parse.actors import extract_actors
from caucasus_events.parse.events import extract_events


def _events(text: str) -> tuple[dict[str, str], list[Event]]:
    doc = Document(id="d1", text=text, published=parse_date("2025-07-23"))
    found = extract_actors(doc)
    names = {a.id: a.name for a in found.actors}
    return names, extract_events(doc, actors=found.actors, places=found.places)


def _initiators(names: dict[str, str], event: Event) -> list[str]:
    return [names[a.actor_id] for a in event.actors if a.role is Role.INITIATOR]


def _of_type(events: list[Event], event_type: EventType) -> list[Event]:
    return [e for e in events if e.event_type is event_type]


def _the_one(text: str, which: EventType | str) -> tuple[dict[str, str], Event]:
    """The one event of a type, or the one whose trigger reads ``which``, of ``text``."""
    doc = Document(id="d1", text=text, published=parse_date("2025-07-23"))
    found = extract_actors(doc)
    names = {a.id: a.name for a in found.actors}
    events = extract_events(doc, actors=found.actors, places=found.places)
    (event,) = [e for e in events if e.event_type is which] if isinstance(which, EventType) \
        else [e for e in events if e.trigger is not None and doc.evidence(e.trigger) == which]
    return names, event


# (text, the event: its type or its trigger's words, its initiators' names)
_INITIATORS = [
    pytest.param("Foreign Minister Jeyhun Bayramov, who presided over the meeting of the "
                 "council, said the talks went well.", EventType.MEET, ["Jeyhun Bayramov"],
                 id="relative-who-presiding-is-its-antecedent"),
    pytest.param("The summit was hosted by Turkey.", EventType.MEET, ["Turkey"],
                 id="passive-host-is-its-by-agent"),
    pytest.param("The European Union decided to impose visa restrictions on Iranian "
                 "officials.", EventType.SANCTION, ["European Union"],
                 id="verb-of-doing-subject-initiates-noun-after"),
    pytest.param("On Monday the European Union decided to impose sanctions on Iranian "
                 "officials.", EventType.SANCTION, ["European Union"],
                 id="time-adjunct-before-subject-governs-nothing"),
    pytest.param("The trial of the former ministers continued on Tuesday. In a statement, the "
                 "Yerevan Criminal Court said that it would rule next week.", EventType.ACCUSE,
                 ["Yerevan Criminal Court"], id="trial-held-by-the-one-court-named"),
    pytest.param("The trial of the former ministers continued on Tuesday. The Yerevan "
                 "Criminal Court and the Constitutional Court of Armenia said they would rule "
                 "next week.", EventType.ACCUSE, [], id="trial-unheld-with-two-courts"),
    pytest.param("Nikol Pashinyan has chaired the cabinet since taking office in 2018.",
                 EventType.OTHER, ["Nikol Pashinyan"],
                 id="participle-after-subordinator-shares-main-subject"),
    pytest.param("Levon Harutyunyan was sentenced to five years. Before that, he used his "
                 "right to the last word and asked his friends to take care of his mother.",
                 EventType.DEMAND, ["Levon Harutyunyan"],
                 id="speech-verb-after-and-shares-pronoun-subject"),
    pytest.param("Levon Harutyunyan was released in May. After that, he used his car to reach "
                 "the border and blocked the road.", EventType.PROTEST, ["Levon Harutyunyan"],
                 id="verb-after-and-shares-pronoun-subject"),
    pytest.param("Georgian police raided the homes of activists on Monday. Two men were "
                 "injured during the raids, officials said, with nine people detained.",
                 "detained", ["Georgian police"],
                 id="absolute-participle-done-by-sentences-actor"),
    pytest.param("Ilham Aliyev chaired a meeting at the palace.", EventType.MEET,
                 ["Ilham Aliyev"], id="chair-of-a-meeting-holds-it"),
    pytest.param("Ilham Aliyev said at a meeting with Nikol Pashinyan that peace was near.",
                 EventType.MEET, ["Ilham Aliyev"], id="speaker-at-a-meeting-with-is-a-party"),
    pytest.param("Nikol Pashinyan in response to a question regarding whether Baku has "
                 "clarified the borders it recognizes, and when Azerbaijan plans to withdraw "
                 "their troops from the occupied areas of Armenia, cited Paragraph 5 of the "
                 "declaration.", "cited", ["Nikol Pashinyan"],
                 id="speech-verb-after-subordinate-clause-takes-sentence-head"),
]


@pytest.mark.parametrize(("text", "which", "initiators"), _INITIATORS)
def test_an_events_initiator_is_read_from_its_clauses_grammar(
        text: str, which: EventType | str, initiators: list[str]) -> None:
    names, event = _the_one(text, which)
    assert _initiators(names, event) == initiators



def test_the_chair_of_a_meeting_holds_it_and_those_after_of_take_part() -> None:
    names, events = _events("Ilham Aliyev chaired a meeting of the Security Council on Monday.")
    (meeting,) = _of_type(events, EventType.MEET)
    assert _initiators(names, meeting) == ["Ilham Aliyev"]
    assert [names[a.actor_id] for a in meeting.actors if a.role is Role.TARGET] == [
        "Security Council"]


def test_a_protest_no_one_is_named_holding_is_held_by_the_last_protesters() -> None:
    names, events = _events(
        "In Gyumri, demonstrators held a rally near the city hall, and in Vanadzor a "
        "rally was held outside the court.")
    rallies = _of_type(events, EventType.PROTEST)
    assert len(rallies) == 2
    assert all(_initiators(names, r) == ["demonstrators"] for r in rallies)


def test_what_we_did_in_a_quotation_opening_mid_clause_is_the_speakers_act() -> None:
    page = parse_page("Foreign Affairs 3. Maria Lopez – We signed a deal to prepare Spain "
                      "for EU membership “We also met with the President of France in "
                      "Paris. Together we discussed shared concerns.”\n\nOther news.")
    names = {a.id: a.name for a in page.actors}
    (meeting,) = _of_type(list(page.events), EventType.MEET)
    assert _initiators(names, meeting) == ["Maria Lopez"]


def test_who_speaks_at_a_meeting_attends_it_and_does_not_hold_it() -> None:
    names, events = _events("Shalva Papuashvili made the remark at the 'Black Sea Futures' "
                            "international online conference.")
    (meeting,) = _of_type(events, EventType.MEET)
    assert _initiators(names, meeting) == []
    assert [names[a.actor_id] for a in meeting.actors if a.role is Role.PARTICIPANT] == [
        "Shalva Papuashvili"]


def test_who_owns_the_restrictions_lifted_concedes_them() -> None:
    names, events = _events("The accord also lifts US restrictions on military trade with "
                            "Armenia.")
    (concession,) = _of_type(events, EventType.CONCEDE)
    assert _initiators(names, concession) == ["United States"]
    assert [names[a.actor_id] for a in concession.actors if a.role is Role.TARGET] == [
        "Armenia"]


def test_whose_trial_it_is_is_tried_not_trying() -> None:
    names, events = _events("Davit Sargsyan denied the charges. His trial is set to continue "
                            "next week. The Yerevan Criminal Court said it would hear "
                            "witnesses.")
    trial = next(e for e in _of_type(events, EventType.ACCUSE)
                 if e.trigger is not None and "trial" in e.summary)
    assert _initiators(names, trial) == ["Yerevan Criminal Court"]
    assert [names[a.actor_id] for a in trial.actors if a.role is Role.TARGET] == [
        "Davit Sargsyan"]
