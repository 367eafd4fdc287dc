"""Initiators of events from the clause's grammar, checked on invented sentences."""

from __future__ import annotations

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


def test_the_chair_of_a_meeting_holds_it_and_those_after_of_take_part() -> None:
    names, events = _events("Ilham Aliyev chaired a meeting of the Security Council on Monday.")
    (meeting,) = _of_type(events, EventType.MEET)
    assert _initiators(names, meeting) == ["Ilham Aliyev"]
    assert [names[a.actor_id] for a in meeting.actors if a.role is Role.TARGET] == [
        "Security Council"]


def test_a_relative_who_presiding_over_a_meeting_is_its_antecedent() -> None:
    names, events = _events("Foreign Minister Jeyhun Bayramov, who presided over the meeting "
                            "of the council, said the talks went well.")
    (meeting,) = _of_type(events, EventType.MEET)
    assert _initiators(names, meeting) == ["Jeyhun Bayramov"]


def test_a_passive_convening_verb_leaves_the_host_to_its_by_agent() -> None:
    names, events = _events("The summit was hosted by Turkey.")
    (meeting,) = _of_type(events, EventType.MEET)
    assert _initiators(names, meeting) == ["Turkey"]


def test_a_protest_no_one_is_named_holding_is_held_by_the_last_protesters() -> None:
    names, events = _events(
        "In Gyumri, demonstrators held a rally near the city hall, and in Vanadzor a "
        "rally was held outside the court.")
    rallies = _of_type(events, EventType.PROTEST)
    assert len(rallies) == 2
    assert all(_initiators(names, r) == ["demonstrators"] for r in rallies)


def test_a_verb_of_doing_makes_its_subject_the_initiator_of_the_noun_after_it() -> None:
    names, events = _events("The European Union decided to impose visa restrictions on "
                            "Iranian officials.")
    (sanction,) = _of_type(events, EventType.SANCTION)
    assert _initiators(names, sanction) == ["European Union"]


def test_a_time_adjunct_before_the_subject_is_no_preposition_governing_it() -> None:
    names, events = _events("On Monday the European Union decided to impose sanctions on "
                            "Iranian officials.")
    (sanction,) = _of_type(events, EventType.SANCTION)
    assert _initiators(names, sanction) == ["European Union"]


def test_what_we_did_in_a_quotation_opening_mid_clause_is_the_speakers_act() -> None:
    page = parse_page("Foreign Affairs 3. Maria Lopez – We signed a deal to prepare Spain "
                      "for EU membership “We also met with the President of France in "
                      "Paris. Together we discussed shared concerns.”\n\nOther news.")
    names = {a.id: a.name for a in page.actors}
    (meeting,) = _of_type(list(page.events), EventType.MEET)
    assert _initiators(names, meeting) == ["Maria Lopez"]


def test_a_trial_no_one_is_named_holding_is_held_by_the_one_court_named() -> None:
    names, events = _events(
        "The trial of the former ministers continued on Tuesday. In a statement, the "
        "Yerevan Criminal Court said that it would rule next week.")
    (trial,) = _of_type(events, EventType.ACCUSE)
    assert _initiators(names, trial) == ["Yerevan Criminal Court"]


def test_a_trial_stays_unheld_when_the_page_names_two_courts() -> None:
    names, events = _events(
        "The trial of the former ministers continued on Tuesday. The Yerevan Criminal "
        "Court and the Constitutional Court of Armenia said they would rule next week.")
    (trial,) = _of_type(events, EventType.ACCUSE)
    assert _initiators(names, trial) == []


def test_a_participle_after_a_subordinator_shares_the_main_subject() -> None:
    names, events = _events("Nikol Pashinyan has chaired the cabinet since taking office "
                            "in 2018.")
    (office,) = _of_type(events, EventType.OTHER)
    assert _initiators(names, office) == ["Nikol Pashinyan"]


def test_a_speech_verb_after_and_shares_the_pronoun_subject_of_the_verb_before() -> None:
    names, events = _events("Levon Harutyunyan was sentenced to five years. Before that, he "
                            "used his right to the last word and asked his friends to take "
                            "care of his mother.")
    (demand,) = _of_type(events, EventType.DEMAND)
    assert _initiators(names, demand) == ["Levon Harutyunyan"]


def test_a_verb_after_and_shares_the_pronoun_subject_of_the_verb_before() -> None:
    names, events = _events("Levon Harutyunyan was released in May. After that, he used his "
                            "car to reach the border and blocked the road.")
    (protest,) = _of_type(events, EventType.PROTEST)
    assert _initiators(names, protest) == ["Levon Harutyunyan"]


def test_a_participle_in_an_absolute_phrase_is_done_by_the_sentences_actor() -> None:
    text = ("Georgian police raided the homes of activists on Monday. Two men were injured "
            "during the raids, officials said, with nine people detained.")
    doc = Document(id="d1", text=text, published=parse_date("2025-07-23"))
    found = extract_actors(doc)
    names = {a.id: a.name for a in found.actors}
    events = extract_events(doc, actors=found.actors, places=found.places)
    (detained,) = [e for e in events
                   if e.trigger is not None and doc.evidence(e.trigger) == "detained"]
    assert _initiators(names, detained) == ["Georgian police"]


def test_who_speaks_at_a_meeting_attends_it_and_does_not_hold_it() -> None:
    names, events = _events("Shalva Papuashvili made the remark at the 'Black Sea Futures' "
                            "international online conference.")
    (meeting,) = _of_type(events, EventType.MEET)
    assert _initiators(names, meeting) == []
    assert [names[a.actor_id] for a in meeting.actors if a.role is Role.PARTICIPANT] == [
        "Shalva Papuashvili"]
    names, events = _events("Ilham Aliyev chaired a meeting at the palace.")
    (meeting,) = _of_type(events, EventType.MEET)
    assert _initiators(names, meeting) == ["Ilham Aliyev"]
    names, events = _events("Ilham Aliyev said at a meeting with Nikol Pashinyan that peace "
                            "was near.")
    (meeting,) = _of_type(events, EventType.MEET)
    assert _initiators(names, meeting) == ["Ilham Aliyev"]  # a party, not an attendee


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


def test_a_speech_verb_after_a_subordinate_clause_takes_the_sentence_head() -> None:
    text = ("Nikol Pashinyan in response to a question regarding whether Baku has clarified "
            "the borders it recognizes, and when Azerbaijan plans to withdraw their troops "
            "from the occupied areas of Armenia, cited Paragraph 5 of the declaration.")
    doc = Document(id="d1", text=text, published=parse_date("2025-07-23"))
    found = extract_actors(doc)
    names = {a.id: a.name for a in found.actors}
    events = extract_events(doc, actors=found.actors, places=found.places)
    (cited,) = [e for e in events
                if e.trigger is not None and doc.evidence(e.trigger) == "cited"]
    assert _initiators(names, cited) == ["Nikol Pashinyan"]
