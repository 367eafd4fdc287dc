"""Whom an event acts on or addresses: the grammar of objects (indirect objects, recipients,
destinations), each rule with an invented sentence."""

from __future__ import annotations

from caucasus_events.dates import parse_date
from caucasus_events.models import Document, Event, EventType, Role
from caucasus_events.parse.actors import extract_actors
from caucasus_events.parse.events import extract_events


def _events(text: str, published: str = "2025-03-14") -> list[Event]:
    doc = Document(id="d1", text=text, published=parse_date(published))
    found = extract_actors(doc)
    return extract_events(doc, actors=found.actors, places=found.places)


def _one(events: list[Event], event_type: EventType) -> Event:
    (event,) = [e for e in events if e.event_type is event_type]
    return event


def _with_role(event: Event, role: Role) -> set[str]:
    return {a.actor_id for a in event.actors if a.role is role}


def test_the_indirect_object_of_a_verb_of_giving_receives_the_noun() -> None:
    # "given Ankara guarantees": Ankara (Turkey) receives them, the subject gives them
    event = _one(_events("Georgia has given Ankara assurances on the pipeline."),
                 EventType.AGREE)
    assert _with_role(event, Role.INITIATOR) == {"state:GEO"}
    assert _with_role(event, Role.TARGET) == {"state:TUR"}


def test_coordinated_indirect_objects_all_receive() -> None:
    event = _one(_events("Moscow offered Baku and Yerevan new security guarantees."),
                 EventType.PROPOSAL)
    assert _with_role(event, Role.TARGET) == {"state:AZE", "state:ARM"}


def test_what_a_pledge_says_after_that_is_not_its_object() -> None:
    event = _one(_events("Tbilisi has given Kyiv assurances that Russian troops will not "
                         "cross its territory."), EventType.AGREE)
    assert _with_role(event, Role.TARGET) == {"state:UKR"}


def test_a_capital_an_aid_goes_to_stands_for_its_state() -> None:
    events = _events("Turkey has reportedly sent weapons from Libya to Baku. Azerbaijan "
                     "thanked Turkey.")
    aid = _one(events, EventType.AID)
    assert _with_role(aid, Role.TARGET) == {"state:AZE"}


def test_returning_to_ones_own_capital_targets_no_state() -> None:
    events = _events("President of Armenia Vahagn Khachaturyan will return to Yerevan next "
                     "week. Armenia thanked the doctors.")
    assert not any(a.actor_id == "state:ARM" and a.role is Role.TARGET
                   for e in events for a in e.actors)


def test_a_capital_where_a_meeting_is_held_is_no_target() -> None:
    events = _events("The next meeting of the commission will be held in the Russian capital "
                     "of Moscow, the Armenian Foreign Ministry said. Russia agreed.")
    assert not any(a.actor_id == "state:RUS" and a.role is Role.TARGET
                   for e in events if e.event_type is EventType.MEET for a in e.actors)


def test_the_subject_of_the_next_clause_is_no_object_across_a_comma() -> None:
    # the actor right after the comma closing "after the summit meeting" is the subject of
    # "denounced", not whom the meeting met
    events = _events("Speaking after the NATO summit meeting, Erdogan denounced the strikes "
                     "on Kyiv.")
    meet = _one(events, EventType.MEET)
    assert not _with_role(meet, Role.TARGET)


def test_a_listed_object_after_a_comma_stays_an_object() -> None:
    event = _one(_events("The EU imposed sanctions on Russia, Iran and Belarus."),
                 EventType.SANCTION)
    assert _with_role(event, Role.TARGET) == {"state:RUS", "state:IRN", "state:BLR"}


def test_whoever_reports_a_happening_is_not_its_target() -> None:
    # (an apposition long enough that the attribution stays in the happening's clause)
    events = _events("Diplomats went to the Sputnik offices to investigate, said Hakan "
                     "Fidan, the foreign minister of Turkey as well as a former head of the "
                     "national intelligence organisation.")
    visit = _one(events, EventType.VISIT)
    assert "person:hakan-fidan" not in _with_role(visit, Role.TARGET)


def test_speakers_of_their_own_joint_happening_stay_its_parties() -> None:
    events = _events("Vladimir Putin and Emmanuel Macron called for a ceasefire during a "
                     "phone call on Wednesday.")
    meet = _one(events, EventType.MEET)
    assert _with_role(meet, Role.TARGET) == {"person:emmanuel-macron"}


def test_a_hostile_noun_a_naming_verb_applies_only_characterises_its_object() -> None:
    events = _events("Iran called Israel the main threat to the region.")
    assert not [e for e in events if e.event_type is EventType.THREAT]
    accuse = _one(events, EventType.ACCUSE)
    assert _with_role(accuse, Role.INITIATOR) == {"state:IRN"}
    assert _with_role(accuse, Role.TARGET) == {"state:ISR"}


def test_a_compound_with_a_naming_word_is_no_naming_verb() -> None:
    # "long-term" holds no verb "term": the fighting stays a happening
    events = _events("Russia and Georgia kept up long-term cooperation despite the fighting "
                     "with Ukraine on Monday.")
    assert not [e for e in events if e.event_type is EventType.ACCUSE]


def test_an_accusation_about_a_happening_told_before_accuses_its_initiator() -> None:
    events = _events("Russian troops shelled the village of Ergneti on Monday. Salome "
                     "Zourabichvili said the attack was a provocation.")
    accuse = _one(events, EventType.ACCUSE)
    assert _with_role(accuse, Role.TARGET) == _with_role(_one(events, EventType.ATTACK),
                                                         Role.INITIATOR) != set()


def test_whom_a_verb_of_giving_gives_to_is_its_target_not_a_modifier_of_the_gift() -> None:
    events = _events("The EU granted the status of NATO partners to Armenia and Georgia.")
    event = _one(events, EventType.OTHER)  # granting a status is no material aid
    assert _with_role(event, Role.TARGET) == {"state:ARM", "state:GEO"}


def test_the_state_hosting_a_diplomatic_mission_is_its_target() -> None:
    events = _events("Georgia opened an embassy in Baku in 1993. Azerbaijan welcomed the step.")
    (event,) = [e for e in events if "state:GEO" in _with_role(e, Role.INITIATOR)]
    assert _with_role(event, Role.TARGET) == {"state:AZE"}


def test_an_attack_on_a_place_targets_the_state_it_belongs_to() -> None:
    events = _events("Russian troops shelled the city of Zugdidi on Monday. Georgia "
                     "protested.")
    attack = _one(events, EventType.ATTACK)
    assert _with_role(attack, Role.TARGET) == {"state:GEO"}


def test_an_attack_on_a_place_of_the_attackers_own_state_targets_no_state() -> None:
    events = _events("Georgian troops shelled the city of Zugdidi on Monday. Georgia "
                     "protested.")
    assert not any(a.actor_id == "state:GEO" and a.role is Role.TARGET
                   for e in events for a in e.actors)


def test_an_inverted_speaker_after_a_single_comma_is_the_speaker() -> None:
    events = _events("Turkish troops went to the border crossing on Monday, said Hakan Fidan, "
                     "the foreign minister of Turkey as well as a former head of the national "
                     "intelligence organisation.")
    statement = _one(events, EventType.STATEMENT)
    assert _with_role(statement, Role.INITIATOR) == {"person:hakan-fidan"}
    visit = _one(events, EventType.VISIT)
    assert "person:hakan-fidan" not in _with_role(visit, Role.TARGET)


def test_its_before_a_hostile_acts_object_is_the_other_side_named_before() -> None:
    events = _events("Georgia accused Russia of shelling its positions near Zugdidi.")
    attack = _one(events, EventType.ATTACK)
    assert _with_role(attack, Role.INITIATOR) == {"state:RUS"}
    assert _with_role(attack, Role.TARGET) == {"state:GEO"}


def test_an_infinitive_after_a_noun_keeps_its_objects() -> None:
    events = _events("Lavrov praised a Russian-brokered agreement to open rail links between "
                     "Georgia and Armenia.")
    agree = _one(events, EventType.AGREE)
    assert not _with_role(agree, Role.TARGET)


def test_a_recipient_after_to_is_no_infinitive() -> None:
    events = _events("The EU's aid to Armenia and Georgia doubled last year.")
    aid = _one(events, EventType.AID)
    assert _with_role(aid, Role.TARGET) == {"state:ARM", "state:GEO"}


# Sentences with no actor and no happening, to put distance between a happening and a
# definite noun that refers back to it (about 780 characters; twice that is out of reach).
_FILLER = "The weather in the region stayed mild and the markets were quiet. " * 12


def test_definite_happening_nouns_refer_back_through_one_record_and_one_reach() -> None:
    # "during the raids" and "said the attack was ..." both look up the happening told
    # before, several sentences back, and find who did it
    raided = _events("Turkish police raided an office in Izmir on Monday. " + _FILLER
                     + "Two men were injured during the raids.")
    raiders = _with_role(_one(raided, EventType.ARREST), Role.INITIATOR)
    assert raiders and _with_role(_one(raided, EventType.ATTACK), Role.INITIATOR) == raiders
    shelled = _events("Russian troops shelled the village of Ergneti on Monday. " + _FILLER
                      + "Salome Zourabichvili said the attack was a provocation.")
    assert _with_role(_one(shelled, EventType.ACCUSE), Role.TARGET) == _with_role(
        _one(shelled, EventType.ATTACK), Role.INITIATOR) != set()


def test_a_happening_told_out_of_reach_is_not_referred_back_to() -> None:
    raided = _events("Turkish police raided an office in Izmir on Monday. " + _FILLER * 2
                     + "Two men were injured during the raids.")
    assert not _with_role(_one(raided, EventType.ATTACK), Role.INITIATOR)
    shelled = _events("Russian troops shelled the village of Ergneti on Monday. "
                      + _FILLER * 2 + "Salome Zourabichvili said the attack was a provocation.")
    assert not _with_role(_one(shelled, EventType.ACCUSE), Role.TARGET)


def test_the_owner_of_the_words_a_denial_answers_is_its_target() -> None:
    # a demonym or a possessive owning the claim, statement or report rejected
    demonym = _events("Turkey and Greece met in Athens. Turkish officials spoke on Friday, "
                      "and Ankara denied Greek reports of an incursion.")
    assert _with_role(_one(demonym, EventType.REJECT), Role.TARGET) == {"state:GRC"}
    owned = _events("Moldova is not buying Moscow's explanation that the drone strayed.")
    assert _with_role(_one(owned, EventType.REJECT), Role.TARGET) == {"state:RUS"}


def test_the_speakers_own_side_owning_the_words_is_no_target() -> None:
    events = _events("Greece and Turkey met. Athens dismissed Greek reports of a deal.")
    assert not _with_role(_one(events, EventType.REJECT), Role.TARGET)


def test_a_demonym_in_a_longer_name_owns_no_words() -> None:
    # the ministry named owns the statements, not the state of its demonym
    events = _events("Greece and Turkey met. Ankara rejected the Greek Foreign Ministry "
                     "statements.")
    targets = _with_role(_one(events, EventType.REJECT), Role.TARGET)
    assert targets and "state:GRC" not in targets


def test_dispersing_a_crowd_strikes_the_protesters_named_before() -> None:
    text = ("Hundreds of anti-government protesters marched in Chisinau on Sunday. Riot "
            "police later used pepper spray to disperse the crowd.")
    doc = Document(id="d1", text=text, published=parse_date("2025-03-14"))
    found = extract_actors(doc)
    names = {a.id: a.name for a in found.actors}
    attack = _one(extract_events(doc, actors=found.actors, places=found.places),
                  EventType.ATTACK)
    assert {names[t] for t in _with_role(attack, Role.TARGET)} == \
        {"protesters"}


def test_a_crowd_with_no_protesters_named_gives_no_target() -> None:
    events = _events("Riot police used pepper spray to disperse the crowd in Chisinau.")
    assert not _with_role(_one(events, EventType.ATTACK), Role.TARGET)


def test_an_outlet_a_hostile_act_strikes_is_its_target() -> None:
    events = _events("Police in Chisinau searched the offices of Reuters on Monday.")
    assert _with_role(_one(events, EventType.ARREST), Role.TARGET) == {"media:reuters"}


def test_an_outlet_that_reports_a_hostile_act_is_no_target() -> None:
    for text in ("Police raided the offices of a bank in Chisinau, according to Reuters.",
                 "Police raided the offices of a bank in Chisinau, Reuters reported."):
        assert not any(a.actor_id == "media:reuters" and a.role is Role.TARGET
                       for e in _events(text) for a in e.actors)


def test_the_objects_of_a_relative_clause_are_not_the_verbs() -> None:
    # "the proposals which he presented to Fidan": Fidan receives the proposals in the
    # relative clause; declining to disclose them addresses no one
    events = _events("Greece and Turkey. Nikos Dendias declined to disclose the proposals "
                     "which he presented to Hakan Fidan in Athens.")
    assert "person:hakan-fidan" not in _with_role(_one(events, EventType.REJECT), Role.TARGET)


def test_the_subject_of_a_relative_clause_owns_the_object() -> None:
    events = _events("Greece and Turkey. Athens rejected the demands which Ankara sent to "
                     "Brussels.")
    assert _with_role(_one(events, EventType.REJECT), Role.TARGET) == {"state:TUR"}


def test_condemning_an_attack_accuses_the_attacker_not_its_victim() -> None:
    for text in ("Russia and Ukraine. Georgia condemned Russia's attack on Ukraine.",
                 "Russia and Ukraine. Georgia condemned the Russian attack on Ukraine.",
                 "Russia and Ukraine. Georgia condemned the attack on Ukraine by Russia.",
                 "Russia and Ukraine. Georgia condemned the recent Russian missile strikes "
                 "on Kyiv."):
        assert _with_role(_one(_events(text), EventType.ACCUSE), Role.TARGET) == \
            {"state:RUS"}, text


def test_condemning_violence_with_no_doer_named_accuses_not_the_victims() -> None:
    events = _events("Russia and Ukraine. Georgia condemned the violence against Ukrainian "
                     "civilians.")
    accused = _with_role(_one(events, EventType.ACCUSE), Role.TARGET)
    assert not accused & _with_role(_one(events, EventType.ATTACK), Role.TARGET)


def test_a_reported_happening_after_said_is_no_object_of_the_accusation() -> None:
    # "said a skirmish took place, claiming X provoked": what is said names the accused
    events = _events("The Moldovan Defense Ministry said a skirmish took place on Monday, "
                     "claiming Russian forces provoked the soldiers.")
    assert _with_role(_one(events, EventType.ACCUSE), Role.TARGET)


def test_blaming_a_happening_on_someone_names_who_did_it() -> None:
    events = _events("Russia and Ukraine. Georgia blamed the attack on Russia.")
    assert _with_role(_one(events, EventType.ACCUSE), Role.TARGET) == {"state:RUS"}
    attack = _one(events, EventType.ATTACK)
    assert _with_role(attack, Role.INITIATOR) == {"state:RUS"}
    assert "state:RUS" not in _with_role(attack, Role.TARGET)


def test_blaming_someone_for_a_happening_keeps_the_verbs_object() -> None:
    events = _events("Russia and Ukraine. Georgia blamed Russia for the attack.")
    assert _with_role(_one(events, EventType.ACCUSE), Role.TARGET) == {"state:RUS"}
