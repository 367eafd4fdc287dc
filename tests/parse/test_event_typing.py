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


# (text, trigger words, the types of the events with that trigger): what a trigger names
# in its context
_TYPED = [
    # CAMEO 051 (praise or endorse): the verb is the speaker's act; the deal praised was
    # made by others and is no agreement of the speaker's
    pytest.param("Ilham Aliyev praised the accord as a historic step for the region.",
                 "praised", [EventType.STATEMENT], id="praise-is-a-statement"),
    pytest.param("Ilham Aliyev praised the accord as a historic step for the region.",
                 "accord", [], id="praised-accord-is-no-agreement"),
    pytest.param("The police took over half an hour to reach the building.", "took over", [],
                 id="took-over-a-length-of-time-is-no-takeover"),
    pytest.param("Armed men took over the television station in Tbilisi on Monday.",
                 "took over", [EventType.OTHER], id="took-over-a-station-is-a-takeover"),
    # CAMEO 11: "described X as a sham" accuses; a name given with no accusing word is no
    # speech act
    pytest.param("Irakli Kobakhidze described the verdict as a sham.", "described",
                 [EventType.ACCUSE], id="naming-with-accusation-word-accuses"),
    pytest.param("Ararat Mirzoyan visited a village called Sotk on Monday.", "called", [],
                 id="a-place-called-is-no-speech-act"),
    # CAMEO 042 (make a visit) is an official's trip; refugees or residents arriving move or
    # flee, a happening of another kind
    pytest.param("Thousands of refugees have travelled to Yerevan since Monday.", "travelled",
                 [EventType.OTHER], id="refugees-travelling-pay-no-visit"),
    pytest.param("Ethnic Armenians were arriving in the town of Sisian on Sunday.", "arriving",
                 [EventType.OTHER], id="residents-arriving-pay-no-visit"),
    pytest.param("Prime Minister Nikol Pashinyan arrived in Paris on Monday.", "arrived in",
                 [EventType.VISIT], id="an-official-arriving-visits"),
    # "a doctrine that calls for new territories": the doctrine calls; the speaker who tells
    # of it makes no demand
    pytest.param("Hikmet Hajiyev said on Monday that Armenia follows a doctrine that calls for "
                 "new territories.", "said", [EventType.STATEMENT],
                 id="relative-clause-speech-verb-does-not-type-the-speech"),
    pytest.param("Hikmet Hajiyev said on Monday that Armenia follows a doctrine that calls for "
                 "new territories.", "calls for", [],
                 id="relative-clause-speech-verb-is-no-act"),
    pytest.param("Hikmet Hajiyev said on Monday that Armenia must withdraw its troops.", "said",
                 [EventType.DEMAND], id="must-in-what-is-said-demands"),
    # "the wounded", "the accused": the people a happening befell, no happening told
    pytest.param("Doctors in Yerevan treated the wounded on Monday.", "wounded", [],
                 id="the-wounded-are-people"),
    pytest.param("A court in Baku heard the accused on Monday.", "accused", [],
                 id="the-accused-are-people"),
    pytest.param("Azerbaijani forces wounded two soldiers near Sotk on Monday.", "wounded",
                 [EventType.ATTACK], id="wounded-as-a-verb-attacks"),
    # "..., AP writes": the outlet states what it found (CAMEO 01) beside the happening; an
    # outlet relaying another's words or named with "according to" only sources the news
    pytest.param("Police in Tbilisi detained dozens of protesters on Monday, the Associated "
                 "Press writes.", "writes", [EventType.STATEMENT], id="outlet-finding-states"),
    pytest.param("Police in Tbilisi detained dozens of protesters on Monday, the Associated "
                 "Press writes.", "detained", [EventType.ARREST],
                 id="outlet-finding-keeps-the-happening"),
    pytest.param("According to the Associated Press, police in Tbilisi detained dozens of "
                 "protesters on Monday.", "According to", [], id="according-to-an-outlet"),
    pytest.param("The Associated Press quoted Irakli Kobakhidze as saying that police detained "
                 "dozens of protesters.", "quoted", [], id="outlet-relaying-words"),
    # "no one can deny", "it is impossible to deny": the speaker asserts, rejects nothing
    pytest.param("Irakli Kobakhidze said on Monday that no one can deny the progress of the "
                 "reforms.", "said", [EventType.STATEMENT], id="no-one-can-deny"),
    pytest.param('"It is impossible to deny it," Irakli Kobakhidze said on Monday.', "said",
                 [EventType.STATEMENT], id="impossible-to-deny"),
    # "has to" obliges as "must" does (CAMEO 10); "will have to answer for" warns (CAMEO 13)
    pytest.param('"The government has to release the prisoners," Nika Melia said on Tuesday.',
                 "said", [EventType.DEMAND], id="has-to-demands"),
    pytest.param('"Everyone will have to answer for everything," Nika Melia said on Monday.',
                 "said", [EventType.THREAT], id="will-have-to-answer-threatens"),
    # a relative going somewhere pays no official visit (CAMEO 042); what "could have"
    # happened did not
    pytest.param("Yasin Hosseinzadeh says his wife went to the embassy in Tehran in April.",
                 "went to", [EventType.OTHER], id="private-persons-trip"),
    pytest.param('Yasin Hosseinzadeh says that in April his wife "went to the embassy in Tehran '
                 'and did not return."', "went to", [EventType.OTHER],
                 id="private-persons-trip-quoted"),
    pytest.param("Yasin Hosseinzadeh could have traveled to Baku easily in April.", "traveled",
                 [], id="counterfactual-trip"),
    pytest.param("Yasin Hosseinzadeh traveled to Baku in April.", "traveled",
                 [EventType.VISIT], id="a-trip-visits"),
    # "commit" pledges (CAMEO 03: "committed to a ceasefire"), but committing a crime
    # perpetrates it: no agreement of the one accused
    pytest.param("According to Bidzina Ivanishvili, Irakli Kobakhidze did not commit a crime.",
                 "commit", [], id="committing-an-offence-is-no-pledge"),
    pytest.param("According to Bidzina Ivanishvili, Irakli Kobakhidze did not commit a crime.",
                 "According to", [EventType.REJECT], id="denying-an-offence-rejects"),
    pytest.param("Armenia and Azerbaijan committed to a ceasefire on Monday.", "committed to",
                 [EventType.AGREE], id="committing-to-a-ceasefire-agrees"),
    # "a longstanding demand of Baku": no act of a day
    pytest.param("The accord creates a corridor to Nakhchivan, a longstanding demand of Baku.",
                 "demand", [], id="standing-demand"),
    pytest.param("Ilham Aliyev demanded a corridor to Nakhchivan on Monday.", "demanded",
                 [EventType.DEMAND], id="demanding-demands"),
    # CAMEO 074 (peacekeeping): the retype reads the words after the noun too ("nouns": true)
    pytest.param("Russia deployed 2,000 peacekeepers to Nagorno-Karabakh in November 2020.",
                 "deployed", [EventType.AID], id="deploying-peacekeepers-verb"),
    pytest.param("The agreement resulted in the deployment of around 2,000 Russian "
                 "peacekeepers to Nagorno-Karabakh.", "deployment", [EventType.AID],
                 id="deploying-peacekeepers-noun"),
    pytest.param("NATO deployed troops to Poland on Monday.", "deployed",
                 [EventType.COOPERATE], id="deploying-troops-cooperates"),
    # "according to Ukrainska Pravda, she joined the protesters": the source adjunct governs
    # no noun of its clause; the protest is told
    pytest.param("President Salome Zourabichvili addressed the nation on Sunday. Then, "
                 "according to Ukrainska Pravda, she herself joined the protesters.",
                 "protesters", [EventType.PROTEST], id="according-to-governs-no-noun"),
]


@pytest.mark.parametrize(("text", "trigger", "types"), _TYPED)
def test_a_trigger_names_the_happening_of_its_context(text: str, trigger: str,
                                                      types: list[EventType]) -> None:
    doc, events = _events(text)
    assert _typed(doc, events, trigger) == types


# (text, the types of all its events): a page's events, typed
_PAGE_TYPES = [
    # the object of a demand has not taken place: "requested house arrest" is no arrest
    pytest.param("Ruben Vardanyan requested house arrest on Monday.", [EventType.DEMAND],
                 id="happening-asked-for-is-the-demand"),
    pytest.param("Ilham Aliyev arrived in Moscow on Monday.", [EventType.VISIT],
                 id="arriving-somewhere-visits"),
    # a happening the speaker only deems possible stays what he says
    pytest.param("Kaja Kallas said on Monday that the EU might redirect funding to civil "
                 "society.", [EventType.STATEMENT], id="possible-act-stays-said"),
]


@pytest.mark.parametrize(("text", "types"), _PAGE_TYPES)
def test_a_page_s_events_have_these_types(text: str, types: list[EventType]) -> None:
    assert [e.event_type for e in _events(text)[1]] == types


# (text, a type, whether an event of it is found)
_FOUND = [
    pytest.param("Armenia has filed a request for sanctions against the company.",
                 EventType.SANCTION, False, id="requested-sanctions-are-none"),
    pytest.param("Moldova has been in a state of war with nobody, Maia Sandu said.",
                 EventType.FIGHT, False, id="a-state-of-war-is-a-condition"),
    pytest.param("Azerbaijan and Armenia fought a short war in 2020.", EventType.FIGHT, True,
                 id="fighting-a-war-fights"),
    # a visit goes somewhere (CAMEO 042/043): an arrival with no destination named is none
    pytest.param("Thousands of people have arrived so far, officials said.", EventType.VISIT,
                 False, id="arriving-nowhere-named-is-no-visit"),
]


@pytest.mark.parametrize(("text", "event_type", "found"), _FOUND)
def test_an_event_of_a_type_is_found_or_not(text: str, event_type: EventType,
                                            found: bool) -> None:
    assert (event_type in [e.event_type for e in _events(text)[1]]) is found


def test_hailing_a_deal_is_its_speakers_statement() -> None:
    doc, events = _events("Kaja Kallas hailed the new border deal on Tuesday.")
    (hailed,) = [e for e in events if e.trigger is not None
                 and doc.evidence(e.trigger) == "hailed"]
    assert hailed.event_type is EventType.STATEMENT and _initiator_ids(hailed)


def test_a_subject_named_by_its_examples_is_the_speaker() -> None:
    _, events = _events("Several opposition leaders, including Ruben Vardanyan and Bako "
                        "Sahakyan, have requested a retrial.")
    (demand,) = [e for e in events if e.event_type is EventType.DEMAND]
    assert sorted(_initiator_ids(demand)) == ["person:bako-sahakyan", "person:ruben-vardanyan"]


def test_a_verb_of_naming_with_an_accusation_word_accuses() -> None:
    # CAMEO 11 (disapprove, accuse): "called X a violation" accuses whoever X is owed to;
    # the happening named keeps its own event
    doc, events = _events("Ararat Mirzoyan called the blockade of the road by Azerbaijan "
                          "on Saturday a gross violation of the ceasefire.")
    (called,) = [e for e in events if e.trigger is not None
                 and doc.evidence(e.trigger) == "called"]
    assert called.event_type is EventType.ACCUSE
    assert _initiator_ids(called) == ["person:ararat-mirzoyan"]
    assert _typed(doc, events, "blockade") == [EventType.PROTEST]


def test_an_act_a_speaker_announces_a_named_actor_will_do_is_a_planned_event() -> None:
    # "the EU would redirect funding": the speech is a statement, the announced act an
    # event of its own (CAMEO 07 aid) marked planned, not folded into the statement
    doc, events = _events("Kaja Kallas said on Monday that the EU would redirect funding to "
                          "civil society.")
    (aid,) = [e for e in events if e.event_type is EventType.AID]
    assert aid.modality is Modality.PLANNED
    assert _initiator_ids(aid) and _typed(doc, events, "said") == [EventType.STATEMENT]


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


def test_a_word_of_an_actor_s_name_types_no_speech() -> None:
    # "a criminal court prosecutor": "criminal" is a cue of accusation, but here a word of
    # the source's name; the source only says where the news comes from
    doc, events = _events("According to a criminal court prosecutor, the detainee claimed "
                          "that his wife went to the embassy in Baku.")
    names = {a.id: a.name for a in extract_actors(doc).actors}
    accusers = [names[a] for e in events if e.event_type is EventType.ACCUSE
                for a in _initiator_ids(e)]
    assert accusers == ["detainee"]
