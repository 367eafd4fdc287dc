"""Event typing: which trigger words name which happening (issue 9), on invented sentences."""

from __future__ import annotations

import pytest

from caucasus_events.dates import parse_date
from caucasus_events.errors import InputError
from caucasus_events.models import Document, Event, EventType, Modality, Role
from caucasus_events.parse._triggers import TriggerTable
from caucasus_events.parse.actors import extract_actors
from caucasus_events.parse.events import extract_events


def _events(text: str, published: str = "2025-07-23") -> tuple[Document, list[Event]]:
    doc = Document(id="d1", text=text, published=parse_date(published))
    found = extract_actors(doc)
    return doc, extract_events(doc, actors=found.actors, places=found.places)


def _typed(doc: Document, events: list[Event], trigger: str) -> list[EventType]:
    """The types of the events whose trigger is ``trigger``."""
    return [e.event_type for e in events
            if e.trigger is not None and doc.evidence(e.trigger) == trigger]


def _initiator_ids(event: Event) -> list[str]:
    return [a.actor_id for a in event.actors if a.role is Role.INITIATOR]


def test_praise_is_a_statement_of_its_speaker_not_the_praised_agreement() -> None:
    # CAMEO 051 (praise or endorse): the verb is the speaker's act; the deal praised was
    # made by others and is no agreement of the speaker's
    doc, events = _events("Ilham Aliyev praised the accord as a historic step for the region.")
    assert _typed(doc, events, "praised") == [EventType.STATEMENT]
    assert _typed(doc, events, "accord") == []
    doc, events = _events("Kaja Kallas hailed the new border deal on Tuesday.")
    (hailed,) = [e for e in events if e.trigger is not None
                 and doc.evidence(e.trigger) == "hailed"]
    assert hailed.event_type is EventType.STATEMENT and _initiator_ids(hailed)


def test_a_happening_asked_for_is_the_demand_not_a_happening() -> None:
    # the object of a demand or a proposal has not taken place: "requested house arrest"
    # is a request, no arrest; "a request for sanctions" no sanction
    _, events = _events("Ruben Vardanyan requested house arrest on Monday.")
    assert [e.event_type for e in events] == [EventType.DEMAND]
    _, events = _events("Armenia has filed a request for sanctions against the company.")
    assert EventType.SANCTION not in [e.event_type for e in events]


def test_a_subject_named_by_its_examples_is_the_speaker() -> None:
    _, events = _events("Several opposition leaders, including Ruben Vardanyan and Bako "
                        "Sahakyan, have requested a retrial.")
    (demand,) = [e for e in events if e.event_type is EventType.DEMAND]
    assert sorted(_initiator_ids(demand)) == ["person:bako-sahakyan", "person:ruben-vardanyan"]


def test_took_over_a_length_of_time_is_no_takeover() -> None:
    doc, events = _events("The police took over half an hour to reach the building.")
    assert _typed(doc, events, "took over") == []
    doc, events = _events("Armed men took over the television station in Tbilisi on Monday.")
    assert _typed(doc, events, "took over") == [EventType.OTHER]


def test_a_state_of_war_is_a_condition_not_a_happening() -> None:
    _, events = _events("Moldova has been in a state of war with nobody, Maia Sandu said.")
    assert EventType.FIGHT not in [e.event_type for e in events]
    _, events = _events("Azerbaijan and Armenia fought a short war in 2020.")
    assert EventType.FIGHT in [e.event_type for e in events]


def test_arriving_nowhere_named_is_no_visit() -> None:
    # a visit goes somewhere (CAMEO 042/043): an arrival with no destination named is none
    _, events = _events("Thousands of people have arrived so far, officials said.")
    assert EventType.VISIT not in [e.event_type for e in events]
    _, events = _events("Ilham Aliyev arrived in Moscow on Monday.")
    assert [e.event_type for e in events] == [EventType.VISIT]


def test_a_verb_of_naming_with_an_accusation_word_accuses() -> None:
    # CAMEO 11 (disapprove, accuse): "called X a violation", "described X as a sham" accuse
    # whoever X is owed to; the happening named keeps its own event; a name given with no
    # accusing word ("a village called Sotk") is no speech act
    doc, events = _events("Ararat Mirzoyan called the blockade of the road by Azerbaijan "
                          "on Saturday a gross violation of the ceasefire.")
    (called,) = [e for e in events if e.trigger is not None
                 and doc.evidence(e.trigger) == "called"]
    assert called.event_type is EventType.ACCUSE
    assert _initiator_ids(called) == ["person:ararat-mirzoyan"]
    assert _typed(doc, events, "blockade") == [EventType.PROTEST]
    doc, events = _events("Irakli Kobakhidze described the verdict as a sham.")
    assert _typed(doc, events, "described") == [EventType.ACCUSE]
    doc, events = _events("Ararat Mirzoyan visited a village called Sotk on Monday.")
    assert _typed(doc, events, "called") == []


def test_people_who_are_no_officials_travelling_pay_no_visit() -> None:
    # CAMEO 042 (make a visit) is an official's trip; refugees or residents arriving move
    # or flee, a happening of another kind
    doc, events = _events("Thousands of refugees have travelled to Yerevan since Monday.")
    assert _typed(doc, events, "travelled") == [EventType.OTHER]
    doc, events = _events("Ethnic Armenians were arriving in the town of Sisian on Sunday.")
    assert _typed(doc, events, "arriving") == [EventType.OTHER]
    doc, events = _events("Prime Minister Nikol Pashinyan arrived in Paris on Monday.")
    assert _typed(doc, events, "arrived in") == [EventType.VISIT]


def test_a_speech_verb_in_a_relative_clause_is_not_the_speakers_act() -> None:
    # "a doctrine that calls for new territories": the doctrine calls; the speaker who
    # tells of it makes no demand
    doc, events = _events("Hikmet Hajiyev said on Monday that Armenia follows a doctrine "
                          "that calls for new territories.")
    assert _typed(doc, events, "said") == [EventType.STATEMENT]
    assert _typed(doc, events, "calls for") == []
    doc, events = _events("Hikmet Hajiyev said on Monday that Armenia must withdraw its troops.")
    assert _typed(doc, events, "said") == [EventType.DEMAND]


def test_a_participle_made_a_noun_names_people_not_a_happening() -> None:
    # "the wounded", "the accused": the people a happening befell; no attack or accusation
    # is told ("the wounding", "the attack" would name one)
    doc, events = _events("Doctors in Yerevan treated the wounded on Monday.")
    assert _typed(doc, events, "wounded") == []
    doc, events = _events("A court in Baku heard the accused on Monday.")
    assert _typed(doc, events, "accused") == []
    doc, events = _events("Azerbaijani forces wounded two soldiers near Sotk on Monday.")
    assert _typed(doc, events, "wounded") == [EventType.ATTACK]


def test_an_act_a_speaker_announces_a_named_actor_will_do_is_a_planned_event() -> None:
    # "the EU would redirect funding": the speech is a statement, the announced act an
    # event of its own (CAMEO 07 aid) marked planned, not folded into the statement
    doc, events = _events("Kaja Kallas said on Monday that the EU would redirect funding to "
                          "civil society.")
    (aid,) = [e for e in events if e.event_type is EventType.AID]
    assert aid.modality is Modality.PLANNED
    assert _initiator_ids(aid) and _typed(doc, events, "said") == [EventType.STATEMENT]
    # a happening the speaker only deems possible stays what he says
    doc, events = _events("Kaja Kallas said on Monday that the EU might redirect funding to "
                          "civil society.")
    assert [e.event_type for e in events] == [EventType.STATEMENT]


def test_an_outlet_reporting_a_happening_as_its_finding_makes_a_statement() -> None:
    # "..., AP writes": the outlet states what it found (CAMEO 01) beside the happening; an
    # outlet relaying another's words or named with "according to" only sources the news
    doc, events = _events("Police in Tbilisi detained dozens of protesters on Monday, "
                          "the Associated Press writes.")
    assert _typed(doc, events, "writes") == [EventType.STATEMENT]
    assert _typed(doc, events, "detained") == [EventType.ARREST]
    doc, events = _events("According to the Associated Press, police in Tbilisi detained "
                          "dozens of protesters on Monday.")
    assert _typed(doc, events, "According to") == []
    doc, events = _events("The Associated Press quoted Irakli Kobakhidze as saying that "
                          "police detained dozens of protesters.")
    assert _typed(doc, events, "quoted") == []


def test_a_happening_set_in_a_told_one_takes_its_actor() -> None:
    # "on the sidelines of the visit": the meetings are the visitor's; with no one named
    # they were dropped as background
    _, events = _events("Prime Minister Nikol Pashinyan will pay a visit to Kazakhstan on "
                        "Monday. Bilateral meetings are also expected on the sidelines of "
                        "the visit.")
    (meet,) = [e for e in events if e.event_type is EventType.MEET]
    assert _initiator_ids(meet) == ["person:nikol-pashinyan"]


def test_a_happening_noun_expected_with_an_adverb_is_planned() -> None:
    # "are also expected": the predicate plans the happening its subject names
    _, events = _events("Bilateral meetings between Armenia and Azerbaijan are also "
                        "expected in Almaty.")
    (meet,) = [e for e in events if e.event_type is EventType.MEET]
    assert meet.modality is Modality.PLANNED


def test_one_who_faces_charges_is_accused_not_the_accuser() -> None:
    # "faces charges" (CAMEO 11 undergone): the subject is the target, as of a passive
    doc, events = _events("Former minister Ruben Vardanyan faces charges of terrorism in Baku.")
    (accuse,) = [e for e in events if e.event_type is EventType.ACCUSE]
    assert _initiator_ids(accuse) == []
    assert [a.actor_id for a in accuse.actors if a.role is Role.TARGET] == [
        "person:ruben-vardanyan"]
    assert doc.evidence(accuse.trigger) == "faces charges"


def test_a_speech_act_said_to_be_impossible_does_not_type_the_speech() -> None:
    # "no one can deny", "it is impossible to deny": the speaker asserts, he rejects nothing
    doc, events = _events("Irakli Kobakhidze said on Monday that no one can deny the progress "
                          "of the reforms.")
    assert _typed(doc, events, "said") == [EventType.STATEMENT]
    doc, events = _events('"It is impossible to deny it," Irakli Kobakhidze said on Monday.')
    assert _typed(doc, events, "said") == [EventType.STATEMENT]


def test_a_speaker_blaming_one_side_and_denying_is_two_speech_acts() -> None:
    # "said (in a statement) that the clashes were started by the Armenian side and denied
    # any casualties": an accusation (CAMEO 112: one side named as starting the fighting)
    # and a rejection (CAMEO 12) of the other side's claim, two acts of one speaker
    doc, events = _events(
        "Armenia's Defense Ministry said on Monday that Azerbaijani forces opened fire on "
        "Armenian positions near Sotk. Azerbaijan's Defense Ministry said in a statement that "
        "the clashes were started by the Armenian side and denied any casualties among its "
        "military personnel.")
    said = sorted((e for e in events if e.trigger is not None
                   and doc.evidence(e.trigger) == "said"), key=lambda e: e.trigger.start)
    assert [e.event_type for e in said] == [EventType.ACCUSE, EventType.ACCUSE]
    (denied,) = [e for e in events if e.event_type is EventType.REJECT]
    assert doc.evidence(denied.trigger) == "denied"
    assert _initiator_ids(denied) == _initiator_ids(said[1])
    # it answers the other side's claim, not its own accusation right before
    assert [a.actor_id for a in denied.actors if a.role is Role.TARGET] == \
        _initiator_ids(said[0])


def test_have_to_demands_and_will_have_to_answer_threatens() -> None:
    # "has to" obliges as "must" does (CAMEO 10 demand); "will have to answer for" warns
    # of a reckoning (CAMEO 13 threaten)
    doc, events = _events('"The government has to release the prisoners," Nika Melia said on '
                          'Tuesday.')
    assert _typed(doc, events, "said") == [EventType.DEMAND]
    doc, events = _events('"Everyone will have to answer for everything," Nika Melia said on '
                          'Monday.')
    assert _typed(doc, events, "said") == [EventType.THREAT]


def test_a_private_persons_trip_is_no_visit_and_a_counterfactual_no_event() -> None:
    # a relative going somewhere pays no official visit (CAMEO 042); what "could have"
    # happened did not
    doc, events = _events("Yasin Hosseinzadeh says his wife went to the embassy in Tehran "
                          "in April.")
    assert _typed(doc, events, "went to") == [EventType.OTHER]
    doc, events = _events('Yasin Hosseinzadeh says that in April his wife "went to the embassy '
                          'in Tehran and did not return."')
    assert _typed(doc, events, "went to") == [EventType.OTHER]
    doc, events = _events("Yasin Hosseinzadeh could have traveled to Baku easily in April.")
    assert _typed(doc, events, "traveled") == []
    doc, events = _events("Yasin Hosseinzadeh traveled to Baku in April.")
    assert _typed(doc, events, "traveled") == [EventType.VISIT]


def test_committing_an_offence_is_no_pledge() -> None:
    # "commit" pledges (CAMEO 03: "committed to a ceasefire"), but committing a crime
    # perpetrates it: no agreement of the one accused
    doc, events = _events("According to Bidzina Ivanishvili, Irakli Kobakhidze did not "
                          "commit a crime.")
    assert _typed(doc, events, "commit") == []
    assert _typed(doc, events, "According to") == [EventType.REJECT]
    doc, events = _events("Armenia and Azerbaijan committed to a ceasefire on Monday.")
    assert _typed(doc, events, "committed to") == [EventType.AGREE]


def test_a_standing_condition_is_no_happening() -> None:
    # "a longstanding demand of Baku", "their decades-long conflict": no act of a day
    doc, events = _events("The accord creates a corridor to Nakhchivan, a longstanding demand "
                          "of Baku.")
    assert _typed(doc, events, "demand") == []
    doc, events = _events("Ilham Aliyev demanded a corridor to Nakhchivan on Monday.")
    assert _typed(doc, events, "demanded") == [EventType.DEMAND]


def test_deploying_peacekeepers_is_aid_as_verb_and_as_noun() -> None:
    # CAMEO 074 (provide military protection or peacekeeping): the retype reads the words
    # after the noun too ("nouns": true in its entry)
    doc, events = _events("Russia deployed 2,000 peacekeepers to Nagorno-Karabakh in "
                          "November 2020.")
    assert _typed(doc, events, "deployed") == [EventType.AID]
    doc, events = _events("The agreement resulted in the deployment of around 2,000 Russian "
                          "peacekeepers to Nagorno-Karabakh.")
    assert _typed(doc, events, "deployment") == [EventType.AID]
    doc, events = _events("NATO deployed troops to Poland on Monday.")
    assert _typed(doc, events, "deployed") == [EventType.COOPERATE]


def test_a_retype_nouns_flag_must_be_a_boolean() -> None:
    with pytest.raises(InputError, match=r"retypes\[0\].*nouns"):
        TriggerTable.from_json({"types": [], "retypes": [
            {"name": "x", "to": "aid", "from_types": ["cooperate"], "object": "x",
             "nouns": "yes"}]})


def test_anothers_claim_that_is_their_statement_though_the_speaker_rejects_it() -> None:
    # "not buying Tehran's claim that ...": Iran made the claim (CAMEO 01), Azerbaijan
    # rejects it (CAMEO 12)
    doc, events = _events("Baku is not buying Tehran's claim that the incident was related to "
                          "a family conflict.")
    (claim,) = [e for e in events if e.trigger is not None
                and doc.evidence(e.trigger) == "claim"]
    assert claim.event_type is EventType.STATEMENT
    assert claim.modality is Modality.ASSERTED
    assert _initiator_ids(claim) == ["state:IRN"]
    assert _typed(doc, events, "buying") == [EventType.REJECT]


def test_according_to_governs_no_noun_of_its_clause() -> None:
    # "according to Ukrainska Pravda, she joined the protesters": the source adjunct is no
    # verb whose topic the protest would be; the protest is told
    doc, events = _events("President Salome Zourabichvili addressed the nation on Sunday. "
                          "Then, according to Ukrainska Pravda, she herself joined the "
                          "protesters.")
    assert _typed(doc, events, "protesters") == [EventType.PROTEST]


def test_a_word_of_an_actor_s_name_types_no_speech() -> None:
    # "a criminal court prosecutor": "criminal" is a cue of accusation, but here a word of
    # the source's name; the source only says where the news comes from
    doc, events = _events("According to a criminal court prosecutor, the detainee claimed "
                          "that his wife went to the embassy in Baku.")
    names = {a.id: a.name for a in extract_actors(doc).actors}
    accusers = [names[a] for e in events if e.event_type is EventType.ACCUSE
                for a in _initiator_ids(e)]
    assert accusers == ["detainee"]
