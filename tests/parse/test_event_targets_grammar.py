"""Whom an event acts on: grammar rules added for issue 9's targets, each with an invented
sentence (never a development page's wording)."""

from __future__ import annotations

from caucasus_events.dates import parse_date
from caucasus_events.models import Document, Event, EventType, Role
from caucasus_events.parse.actors import extract_actors
from caucasus_events.parse.events import extract_events


def _parsed(text: str, published: str = "2025-03-14") -> tuple[list[Event], dict[str, str]]:
    doc = Document(id="d1", text=text, published=parse_date(published))
    found = extract_actors(doc)
    names = {a.id: a.name for a in found.actors}
    return extract_events(doc, actors=found.actors, places=found.places), names


def _events(text: str) -> list[Event]:
    return _parsed(text)[0]


def _of_type(events: list[Event], event_type: EventType) -> list[Event]:
    return [e for e in events if e.event_type is event_type]


def _with_role(event: Event, role: Role) -> set[str]:
    return {a.actor_id for a in event.actors if a.role is role}


def test_a_bare_comma_after_and_closes_a_list() -> None:
    # "clashes between protesters and police in Chisinau, Maia Sandu, ...": the comma
    # closes the phrase; the name after it is no party to the clashes
    events, names = _parsed("Reacting to reports of violent clashes between protesters and "
                            "police in Chisinau, Maia Sandu, the president, expressed "
                            "concern.")
    (protest,) = _of_type(events, EventType.PROTEST)
    assert "person:maia-sandu" not in _with_role(protest, Role.TARGET)
    assert {names[a] for a in _with_role(protest, Role.TARGET)} == {"police in Chisinau"}


def test_a_list_with_commas_before_its_conjunction_stays_whole() -> None:
    (sanction,) = _of_type(_events("Canada imposed sanctions on Russia, Iran and Belarus."),
                           EventType.SANCTION)
    assert _with_role(sanction, Role.TARGET) == {"state:RUS", "state:IRN", "state:BLR"}


def test_words_defied_in_a_concessive_adjunct_address_the_clauses_subject() -> None:
    # whoever acts "despite warnings from Russia" is whom the warnings addressed
    events = _events("Moldova signed the trade deal with Romania last week despite repeated "
                     "warnings from Russia.")
    (threat,) = _of_type(events, EventType.THREAT)
    assert _with_role(threat, Role.INITIATOR) == {"state:RUS"}
    assert _with_role(threat, Role.TARGET) == {"state:MDA"}


def test_a_definite_person_noun_subject_of_a_passive_arrest_is_the_person_named_before() -> None:
    events, names = _parsed("A court in Chisinau sentenced Ion Popescu to five years in prison "
                            "on Monday. The 30-year-old activist was detained in May.")
    (arrest,) = [e for e in _of_type(events, EventType.ARREST)
                 if "activist" in e.summary]
    assert {names[a] for a in _with_role(arrest, Role.TARGET)} == {"Ion Popescu"}


def test_a_definite_person_noun_object_skips_people_of_another_role() -> None:
    # the president is not "the journalist": the one with no role named is
    events, names = _parsed("Ion Popescu met President Maia Sandu on Monday. Police later "
                            "detained the journalist in Chisinau.")
    (arrest,) = _of_type(events, EventType.ARREST)
    assert {names[a] for a in _with_role(arrest, Role.TARGET)} == {"Ion Popescu"}


def test_a_definite_person_noun_with_no_person_before_has_no_target() -> None:
    (arrest,) = _of_type(_events("Police detained the journalist in Chisinau."),
                         EventType.ARREST)
    assert not _with_role(arrest, Role.TARGET)


def test_a_violent_act_killing_a_sides_soldiers_strikes_that_sides_forces() -> None:
    events, names = _parsed("Russian forces and Ukrainian forces were in the area. Russian "
                            "forces opened fire on Sunday, claiming the life of a Ukrainian "
                            "serviceman.")
    (attack,) = _of_type(events, EventType.ATTACK)
    assert {names[a] for a in _with_role(attack, Role.TARGET)} == {"Ukrainian forces"}


def test_soldiers_of_a_side_with_no_actor_on_the_page_give_no_target() -> None:
    (attack,) = _of_type(_events("Russian forces opened fire on Sunday, claiming the life of "
                                 "a Ukrainian serviceman."), EventType.ATTACK)
    assert not _with_role(attack, Role.TARGET)


def test_a_side_repelling_the_others_units_fights_them_as_its_object() -> None:
    events, names = _parsed("Russian forces entered the zone. Georgian troops repelled "
                            "Russian military units near Ergneti on Monday.")
    (fight,) = _of_type(events, EventType.FIGHT)
    assert {names[a] for a in _with_role(fight, Role.INITIATOR)} == {"Georgian troops"}
    assert {names[a] for a in _with_role(fight, Role.TARGET)} == {"Russian forces"}


def test_a_clause_after_and_that_holds_no_object_of_the_verb_before() -> None:
    # "were injured and that protesters had thrown ...": the protesters are the next
    # clause's subject, not struck by the injuring
    events, names = _parsed("Riot police clashed with protesters in Chisinau. The ministry "
                            "said that two policemen were injured and that protesters had "
                            "thrown stones.")
    (attack,) = _of_type(events, EventType.ATTACK)
    # the injured policemen (a group counted) may be struck; the protesters are not
    assert {names[a] for a in _with_role(attack, Role.TARGET)} <= {"policemen"}


def test_policemen_struck_are_the_police_named_before() -> None:
    events, names = _parsed("Moldovan police clashed with protesters in Chisinau on Sunday. "
                            "The ministry said that two policemen were injured.")
    (attack,) = _of_type(events, EventType.ATTACK)
    assert {names[a] for a in _with_role(attack, Role.TARGET)} == {"Moldovan police"}
    events, names = _parsed("Police in Chisinau detained dozens. Protesters threw bottles "
                            "at the officers on Sunday.")
    (attack,) = _of_type(events, EventType.ATTACK)
    assert {names[a] for a in _with_role(attack, Role.TARGET)} == {"Police in Chisinau"}


def test_positions_struck_in_a_place_are_its_countrys_forces() -> None:
    events, names = _parsed("Georgian troops and Russian forces faced each other. Russian "
                            "forces opened fire on positions in the Zugdidi district on "
                            "Monday.")
    (attack,) = _of_type(events, EventType.ATTACK)
    assert {names[a] for a in _with_role(attack, Role.TARGET)} == {"Georgian troops"}


def test_positions_in_a_place_of_the_attackers_own_country_give_no_target() -> None:
    events = _events("Georgian troops and Russian forces faced each other. Georgian troops "
                     "opened fire on positions in the Zugdidi district on Monday.")
    (attack,) = _of_type(events, EventType.ATTACK)
    assert not _with_role(attack, Role.TARGET)


def test_a_region_named_by_a_name_of_a_state_on_the_page_stands_for_it() -> None:
    # "Artsakh" is a place (the region) and a name of the de facto state on the page
    events, names = _parsed("Officials of the Republic of Artsakh spoke on Monday. Azerbaijan "
                            "halted electricity deliveries to Artsakh last winter.")
    (sanction,) = _of_type(events, EventType.SANCTION)
    assert {names[a] for a in _with_role(sanction, Role.TARGET)} == {"Republic of Artsakh"}


def test_an_outlet_named_as_premises_is_whom_a_visit_concerns() -> None:
    for text in ("Turkish diplomats went to the Reuters offices in Ankara on Monday.",
                 "Turkish diplomats went to the offices of Reuters in Ankara on Monday."):
        (visit,) = _of_type(_events(text), EventType.VISIT)
        assert _with_role(visit, Role.TARGET) == {"media:reuters"}, text


def test_an_outlet_reporting_a_visit_is_still_no_target() -> None:
    (visit,) = _of_type(_events("Turkish diplomats went to the embassy in Ankara, Reuters "
                                "reported."), EventType.VISIT)
    assert "media:reuters" not in _with_role(visit, Role.TARGET)


def test_a_passive_verbs_subject_is_not_named_before_the_word_opening_its_clause() -> None:
    # "officials said that the jet was shot down": the officials are not shot down
    (attack,) = _of_type(_events("Moldovan officials said on Monday that the passenger plane "
                                 "was shot down by a Russian missile."), EventType.ATTACK)
    assert not _with_role(attack, Role.TARGET)


def test_a_participle_passive_after_a_subordinator_keeps_the_main_subject() -> None:
    # "who was returned to Russia after being captured": the captured one is the subject
    events, names = _parsed("Russia criticised Dmitry Setrakov, who was returned to Russia "
                            "after being captured by soldiers in Gyumri.")
    (arrest,) = _of_type(events, EventType.ARREST)
    assert {names[a] for a in _with_role(arrest, Role.TARGET)} == {"Dmitry Setrakov"}


def test_an_aircraft_struck_is_the_airline_named_before() -> None:
    for text in ("Azerbaijan Airlines cancelled its route to Moscow. Officials said on Monday "
                 "that the jet was shot down by a Russian missile.",
                 "Azerbaijan Airlines cancelled its route to Moscow. Russian air defences "
                 "shot down the jet on Monday."):
        (attack,) = _of_type(_events(text), EventType.ATTACK)
        assert _with_role(attack, Role.TARGET) == {"company:azal"}, text


def test_a_sides_positions_as_direct_object_are_its_forces_not_its_state() -> None:
    events, names = _parsed("Armenian forces and Azerbaijani forces were deployed. "
                            "Azerbaijani forces opened fire on Armenian positions.")
    (attack,) = _of_type(events, EventType.ATTACK)
    assert {names[a] for a in _with_role(attack, Role.TARGET)} == {"Armenian forces"}
    # with no forces of that side on the page, its state
    (attack,) = _of_type(_events("Armenia and Azerbaijan. Azerbaijani forces opened fire on "
                                 "Armenian positions."), EventType.ATTACK)
    assert _with_role(attack, Role.TARGET) == {"state:ARM"}


def test_a_nouns_objects_do_not_lie_past_a_finite_verb() -> None:
    # "The blockade observers say was ordered by Russia hurt Moldova": Moldova is the
    # object of "hurt", not of the noun "blockade"
    (protest,) = _of_type(_events("The blockade observers say was ordered by Russia hurt "
                                  "Moldova."), EventType.PROTEST)
    assert "state:MDA" not in _with_role(protest, Role.TARGET)


def test_a_mention_in_a_time_adjunct_after_a_passive_is_no_object() -> None:
    events = _events("Georgia restored the autonomy, which was abolished during Mikheil "
                     "Saakashvili's rule.")
    assert not any(a.actor_id == "person:mikheil-saakashvili" and a.role is Role.TARGET
                   for e in events for a in e.actors)


def test_a_verbs_objects_stop_at_a_coordinated_clause_with_its_own_subject() -> None:
    # "returned to politics and in two years it ended with Romania ...": Romania belongs
    # to the clause of "it"
    events, names = _parsed("In 2018 Maia Sandu returned to politics and in two years it "
                            "ended with Romania winning.")
    (event,) = [e for e in events
                if {names[a] for a in _with_role(e, Role.INITIATOR)} == {"Maia Sandu"}]
    assert not _with_role(event, Role.TARGET)


def test_a_protest_against_a_hostile_happening_targets_who_did_it() -> None:
    events, names = _parsed("Police in Chisinau detained Ion Popescu on Monday. Hundreds of "
                            "protesters rallied against the arrest on Tuesday.")
    (protest,) = _of_type(events, EventType.PROTEST)
    assert {names[a] for a in _with_role(protest, Role.TARGET)} == {"Police in Chisinau"}


def test_a_protest_against_a_happening_handed_to_someone_does_not_target_its_victim() -> None:
    events, names = _parsed("A court in Chisinau sentenced Ion Popescu on Monday. Protesters "
                            "voiced anger at the harsh sentence handed down to Ion Popescu.")
    (protest,) = [e for e in _of_type(events, EventType.PROTEST)]
    assert "Ion Popescu" not in {names[a] for a in _with_role(protest, Role.TARGET)}


def test_a_dashed_compound_of_parties_lists_them_and_ones_own_state_is_no_counterpart() -> None:
    events, names = _parsed("Ion Popescu, the foreign minister of Moldova, will attend a "
                            "meeting of the Moldova-Romania commission.")
    (meet,) = _of_type(events, EventType.MEET)
    assert {names[a] for a in _with_role(meet, Role.TARGET)} == {"Romania"}


def test_a_reduced_passives_subject_is_the_noun_it_follows_not_the_clauses() -> None:
    # "Moldova opposes the referendum demanded by Russia": Russia demands the referendum
    # of no one named; Moldova is the subject of "opposes"
    (demand,) = _of_type(_events("Moldova opposes the new referendum demanded by Russia."),
                         EventType.DEMAND)
    assert _with_role(demand, Role.INITIATOR) == {"state:RUS"}
    assert "state:MDA" not in _with_role(demand, Role.TARGET)


def test_places_struck_named_by_a_demonym_are_that_states() -> None:
    for text in ("Armenia and Azerbaijan traded blame. Azerbaijani forces shelled the "
                 "Armenian village of Sotk.",
                 "Armenia and Azerbaijan traded blame. Azerbaijani forces shelled Armenian "
                 "border villages, killing a civilian."):
        (attack,) = _of_type(_events(text), EventType.ATTACK)
        assert _with_role(attack, Role.TARGET) == {"state:ARM"}, text


def test_places_of_the_attackers_own_state_give_no_target() -> None:
    (attack,) = _of_type(_events("Armenia and Azerbaijan traded blame. Azerbaijani forces "
                                 "shelled Azerbaijani border villages by mistake."),
                         EventType.ATTACK)
    assert "state:AZE" not in _with_role(attack, Role.TARGET)


def test_a_definite_hostile_noun_with_no_object_takes_the_target_of_the_one_told_before() -> None:
    events = _events("Moldova condemned the attack carried out by Russia against Moldova on "
                     "Monday. Maia Sandu noted that the reason for the implementation of this "
                     "attack by the Russian side was clear.")
    (later,) = [e for e in _of_type(events, EventType.ATTACK) if "Sandu" in e.summary]
    assert _with_role(later, Role.INITIATOR) == {"state:RUS"}
    assert _with_role(later, Role.TARGET) == {"state:MDA"}


def test_a_definite_hostile_noun_by_another_doer_takes_no_target_from_before() -> None:
    events = _events("Moldova condemned the attack carried out by Russia against Moldova on "
                     "Monday. Maia Sandu noted that the reason for this attack by Belarus was "
                     "clear.")
    (later,) = [e for e in _of_type(events, EventType.ATTACK) if "Sandu" in e.summary]
    assert not _with_role(later, Role.TARGET)


def test_what_a_sanction_hits_named_by_a_demonym_is_that_states() -> None:
    for text, state in (("Georgia and Russia. Russia imposed sanctions on Georgian wine.",
                         "state:GEO"),
                        ("Moldova and Russia. Moldova banned Russian TV channels.",
                         "state:RUS")):
        (sanction,) = _of_type(_events(text), EventType.SANCTION)
        assert _with_role(sanction, Role.TARGET) == {state}, text


def test_a_sides_combatant_killed_in_the_passive_is_its_forces() -> None:
    events, names = _parsed("Armenian forces were deployed. An Armenian soldier was killed on "
                            "Monday.")
    (attack,) = _of_type(events, EventType.ATTACK)
    assert {names[a] for a in _with_role(attack, Role.TARGET)} == {"Armenian forces"}


def test_a_when_clause_holds_no_object_of_a_passive_verb() -> None:
    # "were injured when police fired tear gas": the police are not injured
    events, names = _parsed("Georgian police and protesters met. Several protesters were "
                            "injured when police fired tear gas in Tbilisi.")
    targets = {names[a] for e in _of_type(events, EventType.ATTACK)
               for a in _with_role(e, Role.TARGET)}
    assert not any("olice" in t for t in targets)


def test_the_owner_in_a_causative_of_undergoing_is_the_target() -> None:
    # "despite having its licence revoked by Moldova": Reuters undergoes the revocation
    (sanction,) = _of_type(_events("Moldova and Russia. Reuters kept working despite having "
                                   "its licence revoked by Moldova in May."),
                           EventType.SANCTION)
    assert _with_role(sanction, Role.INITIATOR) == {"state:MDA"}
    assert _with_role(sanction, Role.TARGET) == {"media:reuters"}


def test_having_a_meeting_is_no_causative() -> None:
    (meet,) = _of_type(_events("Georgia and Russia. Russia had its first meeting with Georgia "
                               "on Monday."), EventType.MEET)
    assert _with_role(meet, Role.INITIATOR) == {"state:RUS"}


def test_whoever_faces_charges_or_trial_is_accused_not_accusing() -> None:
    for text in ("Ruben Vardanyan faces charges of terrorism in Baku.",
                 "Anzor Kvaratskhelia faces trial for attacking police."):
        events, names = _parsed(text)
        (accuse,) = _of_type(events, EventType.ACCUSE)
        assert not _with_role(accuse, Role.INITIATOR), text
        assert {names[a] for a in _with_role(accuse, Role.TARGET)} == \
            {text.split(" faces")[0]}, text


def test_whoever_suffers_or_risks_a_hostile_act_undergoes_it() -> None:
    events, names = _parsed("Mikheil Saakashvili suffered a brutal attack by Russia in "
                            "Tbilisi.")
    (attack,) = _of_type(events, EventType.ATTACK)
    assert _with_role(attack, Role.INITIATOR) == {"state:RUS"}
    assert {names[a] for a in _with_role(attack, Role.TARGET)} == {"Mikheil Saakashvili"}
    events, names = _parsed("Mikheil Saakashvili risks arrest if he returns.")
    (arrest,) = _of_type(events, EventType.ARREST)
    assert not _with_role(arrest, Role.INITIATOR)
    assert {names[a] for a in _with_role(arrest, Role.TARGET)} == {"Mikheil Saakashvili"}


def test_a_noun_in_ck_before_by_is_no_participle() -> None:
    # "an attack by Russia": a noun, not "attacked by"; "struck by" stays a participle
    from caucasus_events.parse import _clauses
    text = "an attack by Russia"
    assert not _clauses.reduced_passive(text, 3, 9)
    text = "a convoy struck by Russia"
    assert _clauses.reduced_passive(text, 9, 15)


def test_an_outlets_premises_where_a_meeting_takes_place_are_no_target() -> None:
    for text in ("Turkish diplomats met at the Reuters offices in Ankara on Monday.",
                 "Turkish diplomats met in the offices of Reuters in Ankara on Monday."):
        (meet,) = _of_type(_events(text), EventType.MEET)
        assert "media:reuters" not in _with_role(meet, Role.TARGET), text


def test_a_states_possessed_positions_struck_are_its_forces() -> None:
    events, names = _parsed("Armenian forces were deployed. Azerbaijani forces opened fire "
                            "on Armenia's positions near Sotk.")
    (attack,) = _of_type(events, EventType.ATTACK)
    assert {names[a] for a in _with_role(attack, Role.TARGET)} == {"Armenian forces"}


def test_an_attack_named_as_the_cause_of_an_aircrafts_loss_strikes_its_airline() -> None:
    events = _events("Azerbaijan Airlines suspended its flights to Moscow. Officials believe "
                     "the cause of the crash was an attack by a Russian missile.")
    (attack,) = _of_type(events, EventType.ATTACK)
    assert _with_role(attack, Role.TARGET) == {"company:azal"}


def test_an_aircraft_a_refusal_is_about_stands_for_its_airline() -> None:
    events = _events("Azerbaijan Airlines cancelled its route to Moscow. The jet landed in "
                     "Aktau after airports in Russia refused to accept it.")
    (reject,) = [e for e in _of_type(events, EventType.REJECT) if "airports" in e.summary]
    assert _with_role(reject, Role.TARGET) == {"company:azal"}


def test_refusing_to_give_what_was_demanded_still_answers_the_demand() -> None:
    events = _events("Moldova demanded an apology from Russia on Monday. Russia refused to "
                     "give it.")
    (reject,) = _of_type(events, EventType.REJECT)
    assert _with_role(reject, Role.TARGET) == {"state:MDA"}


def test_recalling_ones_own_diplomats_targets_the_host_of_the_mission_named_before() -> None:
    events = _events("Moldova and Russia traded blame. Gunmen attacked Moldova's embassy in "
                     "Moscow on Monday. Chisinau recalled its ambassador on Tuesday.")
    (sanction,) = _of_type(events, EventType.SANCTION)
    assert _with_role(sanction, Role.INITIATOR) == {"state:MDA"}
    assert _with_role(sanction, Role.TARGET) == {"state:RUS"}


def test_recalling_diplomats_with_no_mission_named_has_no_target() -> None:
    (sanction,) = _of_type(_events("Moldova and Russia traded blame. Chisinau recalled its "
                                   "ambassador on Tuesday."), EventType.SANCTION)
    assert not _with_role(sanction, Role.TARGET)


def test_a_states_protest_after_another_sides_hostile_act_targets_that_state() -> None:
    events = _events("Moldova and Russia traded blame. The move followed official protests "
                     "from Chisinau after Russian police detained two Moldovan citizens.")
    (accuse,) = [e for e in _of_type(events, EventType.ACCUSE) if "protests" in e.summary]
    assert _with_role(accuse, Role.INITIATOR) == {"state:MDA"}
    assert _with_role(accuse, Role.TARGET) == {"state:RUS"}


def test_a_mention_owned_by_a_possessive_pronoun_is_no_speech_target() -> None:
    # "her government would not give in": the speaker's own, not whom she accuses
    events, names = _parsed("Maia Sandu said that her government would not give in to the "
                            "pressure and accused Russia of meddling.")
    targets = {names.get(a, a) for e in _of_type(events, EventType.ACCUSE)
               if "person:maia-sandu" in _with_role(e, Role.INITIATOR)
               or {names.get(i) for i in _with_role(e, Role.INITIATOR)} == {"Maia Sandu"}
               for a in _with_role(e, Role.TARGET)}
    assert not any("Government" in t for t in targets)


def test_an_officials_words_about_his_government_and_another_side_target_the_other() -> None:
    events, names = _parsed("Prime Minister Irakli Kobakhidze said it was unacceptable for "
                            "the Georgian government to hear threats from the Russian "
                            "government.")
    (accuse,) = _of_type(events, EventType.ACCUSE)
    assert {names[a] for a in _with_role(accuse, Role.TARGET)} == {"Russian government"}


def test_an_opposition_leader_may_accuse_his_own_government() -> None:
    events, names = _parsed("Opposition leader Nika Melia said the Georgian government had "
                            "rigged the vote with Russia.")
    (accuse,) = _of_type(events, EventType.ACCUSE)
    assert "Georgian government" in {names[a] for a in _with_role(accuse, Role.TARGET)}


def test_a_call_for_a_ceasefire_addresses_the_sides_of_the_fighting_told_before() -> None:
    events = _events("Georgia and Russia. Heavy fighting between Georgian and Russian forces "
                     "continued on Monday. Emmanuel Macron called for an immediate ceasefire "
                     "on Tuesday.")
    (demand,) = _of_type(events, EventType.DEMAND)
    assert _with_role(demand, Role.TARGET) == {"state:GEO", "state:RUS"}


def test_a_call_for_something_else_after_fighting_takes_no_sides_as_targets() -> None:
    events = _events("Georgia and Russia. Heavy fighting between Georgian and Russian forces "
                     "continued on Monday. Emmanuel Macron called for new elections on "
                     "Tuesday.")
    (demand,) = _of_type(events, EventType.DEMAND)
    assert not _with_role(demand, Role.TARGET)


def test_a_protest_after_someones_act_targets_who_acted() -> None:
    events, names = _parsed("Hundreds of anti-government protesters marched in Chisinau on "
                            "Sunday after Maia Sandu postponed the vote.")
    (protest,) = _of_type(events, EventType.PROTEST)
    assert {names[a] for a in _with_role(protest, Role.TARGET)} == {"Maia Sandu"}
    # "after X spoke": no act of X's is named
    (protest,) = _of_type(_events("Hundreds of anti-government protesters marched in Chisinau "
                                  "on Sunday after Maia Sandu spoke."), EventType.PROTEST)
    assert not _with_role(protest, Role.TARGET)


def test_where_aid_comes_from_is_not_whom_it_goes_to() -> None:
    events, names = _parsed("Moldova and Romania. She added that the EU would redirect "
                            "funding from the Moldovan government to civil society.")
    (aid,) = _of_type(events, EventType.AID)
    assert "Moldovan government" not in {names[a] for a in _with_role(aid, Role.TARGET)}


def test_a_passive_subject_before_a_dashed_apposition_is_its_target() -> None:
    # "A number of people -- mostly Armenian politicians -- were detained": the clause of
    # the verb opens at the closing dash and names no one; the subject stands before it
    events, names = _parsed("A number of people — mostly Armenian politicians — were "
                            "detained as Azerbaijani forces took control of the city.")
    (arrest,) = _of_type(events, EventType.ARREST)
    assert {names[a] for a in _with_role(arrest, Role.TARGET)} == {"Armenian politicians"}
