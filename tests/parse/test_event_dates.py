"""Which date an event takes: its clause's own, never one of what is said or of an embedded
clause or of a noun it names; else the narrative's, the story's or the publication's."""

from __future__ import annotations

import datetime as dt

from caucasus_events.dates import Inferred
from caucasus_events.models import Event, Page
from caucasus_events.parse import parse_page


def _page(body: str, printed: str = "December 17, 2024") -> Page:
    return parse_page(f"A headline about the news\n\n{printed}\n\n{body}\n")


def _event(page: Page, word: str) -> Event:
    doc = page.documents[0]
    for e in page.events:
        if e.trigger is not None and word in doc.text[e.trigger.start:e.trigger.end]:
            return e
    for e in page.events:
        if word in e.summary:
            return e
    raise AssertionError(f"no event triggered by {word!r}: {[e.summary for e in page.events]}")


def _iso(e: Event) -> str | None:
    return e.date.isoformat() if e.date is not None else None


def test_the_leads_day_dates_the_storys_undated_events() -> None:
    page = _page("On December 16, the EU foreign ministers met in Brussels to discuss Georgia.\n\n"
                 "Kallas criticised the Georgian government.")
    assert page.documents[0].published is not None
    criticised = _event(page, "criticised")
    assert _iso(criticised) == "2024-12-16"
    assert criticised.date is not None and criticised.date.inferred is Inferred.DATE


def test_a_date_in_what_is_said_does_not_date_the_saying() -> None:
    page = _page("Ivanishvili said that in 2016 Russian MPs had visited Georgia.")
    assert _iso(_event(page, "said")) == "2024-12-17"
    page = _page("Erdogan announced in June 2021 that a base could be built.")
    assert _iso(_event(page, "announced")) == "2021-06"


def test_a_date_behind_an_embedded_clause_belongs_to_that_clause() -> None:
    page = _page("Aliyev cancelled a meeting with Pashinyan, which was due to take place in "
                 "Brussels on December 7.")
    assert _iso(_event(page, "cancel")) == "2024-12-17"


def test_a_date_naming_a_thing_does_not_date_a_statement_about_it() -> None:
    page = _page("Armenia accused Azerbaijan of violating the November 9, 2020 agreement.")
    assert _iso(_event(page, "accused")) == "2024-12-17"
    page = _page("Armenia accused Azerbaijan of new attacks after last year's war.")
    assert _iso(_event(page, "accused")) == "2024-12-17"


def test_a_narrative_goes_on_in_its_day() -> None:
    page = _page("On December 16, Azerbaijan protested to Russia.\n\n"
                 "Police raided the homes of Azerbaijanis on Friday. Two brothers were killed "
                 "and nine people were detained.")
    assert _iso(_event(page, "killed")) == "2024-12-13"
    assert _iso(_event(page, "detained")) == "2024-12-13"


def test_a_decade_leaves_its_event_undated() -> None:
    page = _page("A separatist war was fought in the early 1990s.")
    assert _iso(_event(page, "war")) is None


def test_a_lasting_present_perfect_leaves_its_event_undated() -> None:
    page = _page("Iran has long opposed the opening of the corridor.\n\n"
                 "Azerbaijan opposed the plan in Baku.")
    assert _iso(_event(page, "has long opposed")) is None
    assert _iso(_event(page, "Azerbaijan opposed")) == "2024-12-17"


def test_what_a_speaker_recalls_is_background() -> None:
    page = _page("Ararat Mirzoyan recalled the meeting of Ilham Aliyev and Nikol Pashinyan in "
                 "Vienna.")
    assert _iso(_event(page, "recalled")) == "2024-12-17"
    assert _iso(_event(page, "meeting")) is None
    page = _page('Recep Tayyip Erdogan recalled his trip to Prague: "There we met with Ilham '
                 'Aliyev and Nikol Pashinyan."')
    assert _iso(_event(page, "met")) is None


def test_an_adverb_of_an_unsaid_earlier_time_leaves_the_event_undated() -> None:
    page = _page("Previously, the Georgian foreign ministry said the border was calm.")
    assert _iso(_event(page, "said")) is None
    page = _page("The Georgian foreign ministry had previously said the border was calm.")
    assert _iso(_event(page, "said")) is None
    page = _page("Initially, the Georgian foreign ministry said the border was calm.")
    assert _iso(_event(page, "said")) is None


def test_earlier_and_recently_date_to_the_publication_month() -> None:
    for body in ("Earlier, the Georgian foreign ministry said the border was calm.",
                 "The Georgian foreign ministry said recently the border was calm."):
        said = _event(_page(body), "said")
        assert _iso(said) == "2024-12"
        assert said.date is not None and said.date.inferred is Inferred.DATE


def test_an_adverb_inside_the_quoted_words_does_not_date_the_saying() -> None:
    page = _page('"Previously I fought in the war and I am not afraid," says the Armenian '
                 "defence minister.")
    assert _iso(_event(page, "says")) == "2024-12-17"


def test_then_follows_the_happening_told_before_it_or_stays_undated() -> None:
    page = _page("Azerbaijani troops entered the village on Friday. Then they shelled the "
                 "school.")
    assert _iso(_event(page, "shelled")) == "2024-12-13"
    page = _page("Nikol Pashinyan visited the border on December 2, 2024. Later, Ilham Aliyev "
                 "met Recep Tayyip Erdogan in Ankara.")
    assert _iso(_event(page, "met")) == "2024-12-02"
    page = _page("The Armenian minister visited the border.\n\nThen the Georgian president met "
                 "the Armenian minister in Tbilisi, Ilham Aliyev noted.")
    assert _iso(_event(page, "met")) is None


def test_a_date_after_the_and_modifiers_names_a_thing() -> None:
    page = _page("Georgian protesters demanded a repeat of the disputed October elections.")
    assert _iso(_event(page, "demanded")) == "2024-12-17"


def test_a_claimed_happening_is_dated_a_hedged_one_is_not() -> None:
    page = _page("In a statement, the Azerbaijani ministry alleged that Armenian forces also "
                 "opened fire on positions in Kalbajar.")
    assert _iso(_event(page, "opened fire")) == "2024-12-17"
    page = _page("In a statement, the Azerbaijani ministry said that Armenian forces could "
                 "also open fire on positions in Kalbajar.")
    assert _iso(_event(page, "open fire")) is None


def test_a_date_in_a_relative_clause_dates_that_clause_only() -> None:
    page = _page("Nikol Pashinyan criticised Russia for the arrest of Dmitry Setrakov, who was "
                 "captured by Russian soldiers in Gyumri in October, and threatened Russia "
                 "with consequences.")
    assert _iso(_event(page, "criticised")) == "2024-12-17"
    assert _iso(_event(page, "captured")) == "2024-10"


def test_a_clause_of_time_dates_its_main_clause_too() -> None:
    page = _page("On December 12 the Iranian leader spoke. He criticised the plan when he met "
                 "Nikol Pashinyan in Tehran on December 10.")
    assert _iso(_event(page, "criticised")) == "2024-12-10"


def test_a_happening_referred_back_to_keeps_its_stated_day() -> None:
    page = _page("On December 16, Ilham Aliyev met Recep Tayyip Erdogan in Ankara.\n\n"
                 "Russian police raided the homes of Azerbaijanis in Yekaterinburg on Friday.\n\n"
                 "Two Azerbaijani brothers were killed during the raids, Azerbaijani officials "
                 "said.")
    killed = _event(page, "killed")
    assert _iso(killed) == "2024-12-13"
    assert killed.date is not None and killed.date.inferred is Inferred.DATE
    assert _iso(_event(page, "said")) == "2024-12-16"  # the saying: the story's day


def test_days_counted_from_a_happening_told_with_its_day() -> None:
    page = _page("Azerbaijani troops attacked the village of Sotk on December 2, 2024.\n\n"
                 "Two days after the attack, Nikol Pashinyan said that Armenia would respond.")
    said = _event(page, "said")
    assert _iso(said) == "2024-12-04"
    assert said.date is not None and said.date.inferred is Inferred.DATE
    # nothing told with that word: counted from nothing, so not counted
    page = _page("Two days after the vote, Nikol Pashinyan said that Armenia would respond.")
    assert _iso(_event(page, "said")) == "2024-12-17"


def test_the_present_progressive_is_the_time_of_writing_not_the_storys_day() -> None:
    page = _page("On December 16, Ilham Aliyev met Recep Tayyip Erdogan in Ankara.\n\n"
                 "The Armenian aid effort for Karabakh refugees in Goris is intensifying.\n\n"
                 "Armenia sent aid to Goris.")
    assert _iso(_event(page, "met")) == "2024-12-16"
    assert _iso(_event(page, "aid effort")) == "2024-12-17"
    assert _iso(_event(page, "sent")) == "2024-12-16"  # the story's day


def test_the_end_of_a_span_is_not_the_time_of_a_happening() -> None:
    page = _page("Irakli Kobakhidze announced on Monday that Georgia would suspend accession "
                 "talks with the European Union until 2028.")
    assert _iso(_event(page, "announced")) == "2024-12-16"
    for e in page.events:
        assert e.date is None or e.date.year != 2028, e.summary


def test_a_noun_opening_reported_words_is_no_background() -> None:
    page = _page("The Azerbaijani Defence Ministry said in a statement that the clashes were "
                 "started by the Armenian side.\n\nNikol Pashinyan spoke after the clashes "
                 "with Azerbaijan.")
    fights = sorted((e for e in page.events if e.event_type.value == "fight"),
                    key=lambda e: e.evidence[0].start)
    assert [_iso(e) for e in fights] == ["2024-12-17", None]


def test_a_happening_someone_takes_part_in_is_no_background() -> None:
    page = _page("Kaja Kallas, who presided over the meeting of EU foreign ministers, said that "
                 "sanctions were blocked by Hungary.")
    assert _iso(_event(page, "meeting")) == "2024-12-17"


def test_a_background_noun_naming_a_dated_happening_again_takes_its_date() -> None:
    page = _page("Ilham Aliyev will pay a visit to Italy on February 4-5, 2025. Bilateral "
                 "meetings are also expected on the sidelines of the visit.")
    visits = sorted((e for e in page.events if e.event_type.value == "visit"),
                    key=lambda e: e.evidence[0].start)
    assert [_iso(e) for e in visits] == ["2025-02-04", "2025-02-04"]
    assert visits[1].date is not None and visits[1].date.inferred is Inferred.DATE
    # without a definite article it names no happening told before
    page = _page("Ilham Aliyev will pay a visit to Italy on February 4-5, 2025. Bilateral "
                 "meetings are also expected after such a visit.")
    assert [_iso(e) for e in page.events if e.event_type.value == "visit"][1:] in ([], [None])


def test_a_told_past_goes_on_in_the_sentences_after_it() -> None:
    page = _page("Armenia and Azerbaijan went to war over Nagorno-Karabakh in 2020.\n\n"
                 "Some 6,000 people were killed in six weeks of fighting that ended in a "
                 "Moscow-brokered ceasefire deal.\n\n"
                 "Under the accord, Russian peacekeepers were deployed to Nagorno-Karabakh.\n\n"
                 "Azerbaijani forces regained control of Karabakh in 2023, after a war that "
                 "began in September.\n\n"
                 "Armenian troops shelled Azerbaijani positions, Armenian officials said.")
    assert _iso(_event(page, "ceasefire")) == "2020"
    assert _iso(_event(page, "deployed")) == "2020"
    # a past told in a subordinate clause ("after a war that began in September") is not
    # the time of the next sentence
    assert _iso(_event(page, "shelled")) == "2024-12-17"


def test_a_happening_a_speaker_tells_in_quotes_takes_no_date_of_the_saying() -> None:
    page = _page("“Don’t you know that the National Movement handed over 20% of the territories "
                 "to Russia?” Irakli Kobakhidze said.")
    assert _iso(_event(page, "said")) == "2024-12-17"
    assert _iso(_event(page, "handed over")) is None


def test_a_day_yet_to_come_is_not_the_day_a_narrative_goes_on_in() -> None:
    page = _page("Ilham Aliyev canceled a meeting with Nikol Pashinyan which was due to take "
                 "place in Brussels on December 20. He complained that Pashinyan wants "
                 "Emmanuel Macron to participate in it.")
    assert _iso(_event(page, "complained")) == "2024-12-17"


def test_a_date_yet_to_come_does_not_date_a_verb_in_the_past() -> None:
    page = _page("Ilham Aliyev canceled a meeting with Nikol Pashinyan, planned in Brussels on "
                 "December 20.")
    assert _iso(_event(page, "canceled")) == "2024-12-17"
    assert _iso(_event(page, "planned")) == "2024-12-17"


def test_an_attempt_told_as_done_is_dated() -> None:
    page = _page("Georgian police attempted to disperse the protesters in Tbilisi with water "
                 "cannon.")
    assert _iso(_event(page, "disperse")) == "2024-12-17"


def test_a_purpose_served_by_a_means_used_is_dated() -> None:
    # "used X to disperse": the dispersal is told as done with X, not as a plan
    page = _page("Riot police fired tear gas to disperse the protesters in Tbilisi.")
    assert _iso(_event(page, "disperse")) == "2024-12-17"
    page = _page("The government plans to disperse the protesters in Tbilisi.")
    assert _iso(_event(page, "disperse")) is None


def test_a_past_told_with_its_day_long_before_goes_on() -> None:
    # A day long before the report sets a past narrative: the next sentences in the simple
    # past go on in it, not in the story's day.
    page = _page("On March 3, 2023, Georgian police raided the offices of an opposition party."
                 " A number of activists were detained as the officers searched the building.")
    assert _iso(_event(page, "detained")) == "2023-03-03"
    # a participle after a determiner is a noun, no verb of the past narrative (it names
    # the people, no happening of its own): the trial told in the present is on the
    # story's day
    page = _page("On March 3, 2023, Georgian police raided the offices of an opposition party."
                 "\n\nAfter a year in prison, a trial of the detained, including Nika Melia, is "
                 "under way.")
    detained = [e for e in page.events
                if e.trigger is not None and "detained" in page.documents[0].text[
                    e.trigger.start:e.trigger.end]]
    assert not any(e.date is not None for e in detained)
    assert _iso(_event(page, "trial")) == "2024-12-17"


def test_a_fronted_adverb_of_an_unsaid_time_leaves_its_clause_undated() -> None:
    page = _page("The minister said that initially, when Irakli Garibashvili came to power, "
                 "Georgia had hopes of a settlement.")
    assert _iso(_event(page, "came to power")) is None
    page = _page("The minister said that when Irakli Garibashvili came to power, Georgia had "
                 "hopes of a settlement.")
    assert _iso(_event(page, "came to power")) == "2024-12-17"


def test_a_date_in_a_clause_reported_without_that_dates_the_clause() -> None:
    # "said Azerbaijan's elections in September ...": the date is the clause's, not the
    # saying's; "said on Monday ..." dates the saying.
    page = _page("Human Rights Watch said Georgia's local elections in October were marred "
                 "by pressure on voters.")
    assert _iso(_event(page, "said")) == "2024-12-17"
    assert _iso(_event(page, "elections")) == "2024-10"
    page = _page("The Armenian Foreign Ministry said in a statement on Monday that the vote was "
                 "marred by pressure.")
    assert _iso(_event(page, "said")) == "2024-12-16"
    page = _page("Nikol Pashinyan said late on Monday that Armenia would not leave the CSTO.")
    assert _iso(_event(page, "said")) == "2024-12-16"
    page = _page("Human Rights Watch said on Monday that the vote was marred by pressure.")
    assert _iso(_event(page, "said")) == "2024-12-16"


def test_a_day_yet_to_come_does_not_date_a_request_already_made() -> None:
    page = _page("The court said it would rule on December 20 on bail for the accused. "
                 "Two other defendants have requested house arrest.")
    assert _iso(_event(page, "house arrest")) != "2024-12-20"


def test_a_date_of_a_clause_coordinated_after_the_trigger_is_that_clauses() -> None:
    page = _page("In 2012, after a long campaign, Bidzina Ivanishvili returned to politics and "
                 "in four years, in 2016, he lost the elections.")
    assert _iso(_event(page, "returned to politics")) == "2012"


def test_a_main_clauses_date_does_not_date_an_adverbial_clause_after_it() -> None:
    page = _page("Thousands of protesters have filled the streets of Yerevan in recent weeks, "
                 "after the government decided to sign the border deal with Azerbaijan.")
    assert _iso(_event(page, "protesters")) == "2024-12"
    assert _iso(_event(page, "sign")) is None
    page = _page("On Monday, after talks in Baku, Ilham Aliyev met Nikol Pashinyan.")
    assert _iso(_event(page, "met")) == "2024-12-16"


def test_a_statement_in_the_stative_present_passive_is_undated() -> None:
    page = _page("The Georgian government is accused by rights groups of silencing critics.")
    assert _iso(_event(page, "accused")) is None
    page = _page("Nikol Pashinyan is quoted as saying that talks will go on.")
    assert _iso(_event(page, "saying")) == "2024-12-17"


def test_an_irregular_past_goes_on_in_the_narratives_time() -> None:
    page = _page("In March 2016, Azerbaijan launched a military offensive in Nagorno-Karabakh. "
                 "Armenian forces retreated from two villages, and hundreds of civilians fled "
                 "to Stepanakert.")
    assert _iso(_event(page, "fled")) == "2016-03"


def test_a_well_known_happening_named_by_the_trigger_takes_its_period() -> None:
    # data/happenings.json: the Second Nagorno-Karabakh war ran from 27 September to
    # 10 November 2020, inside the fall of 2020.
    page = _page("During the 44-day war, Azerbaijan used Turkish drones against Armenian "
                 "forces in Nagorno-Karabakh.")
    war = _event(page, "war")
    assert _iso(war) == "2020-fall"
    assert war.date is not None and war.date.inferred is Inferred.DATE
    # the clause's own date still comes first
    page = _page("Azerbaijan won the 44-day war with Armenia in November 2020.")
    assert _iso(_event(page, "war")) == "2020-11"


def test_a_date_in_words_a_speaker_is_named_after_does_not_date_the_saying() -> None:
    page = _page("The alliance did not help Armenia when Azerbaijani forces attacked its "
                 "territory in September 2022, Nikol Pashinyan said.")
    assert _iso(_event(page, "attacked")) == "2022-09"
    assert _iso(_event(page, "said")) == "2024-12-17"


def test_a_present_perfect_over_a_stretch_of_time_is_undated() -> None:
    page = _page("Azerbaijani authorities have detained more than 20 journalists over the past "
                 "two years, Human Rights Watch said on Monday.")
    assert _iso(_event(page, "detained")) is None
    assert _iso(_event(page, "said")) == "2024-12-16"
    page = _page("Azerbaijani authorities detained two journalists, Human Rights Watch said on "
                 "Monday.")
    assert _iso(_event(page, "detained")) == "2024-12-16"


def test_that_evening_is_the_day_named_before() -> None:
    page = _page("Irakli Kobakhidze announced on Thursday that Georgia would suspend the talks. "
                 "Georgian police detained dozens of protesters in Tbilisi that evening.")
    assert _iso(_event(page, "detained")) == "2024-12-12"


def test_a_plans_bare_weekday_is_the_coming_one() -> None:
    # published Tuesday 17 December 2024
    page = _page("Nikol Pashinyan arrived in Brussels on Monday for talks with EU leaders. He "
                 "will meet Ursula von der Leyen on Thursday.")
    assert _iso(_event(page, "arrived")) == "2024-12-16"
    assert _iso(_event(page, "meet")) == "2024-12-19"


def test_a_recent_week_sets_the_narratives_time() -> None:
    page = _page("Ilham Aliyev and Vladimir Putin held talks in the Kremlin last week. The two "
                 "leaders discussed the situation in the South Caucasus.")
    assert _iso(_event(page, "discussed")) == "2024-12"


def test_a_scheduled_day_is_the_coming_one_and_no_narratives_day() -> None:
    # published Tuesday 17 December 2024: "scheduled for December 27" is ten days ahead
    page = _page("The next hearing in the trial of Ruben Vardanyan is scheduled for December "
                 "27. Vardanyan insists he is innocent, and he denounces the trial as a sham.")
    assert _iso(_event(page, "trial")) == "2024-12-27"
    assert _iso(_event(page, "insists")) == "2024-12-17"
    assert _iso(_event(page, "denounces")) == "2024-12-17"


def test_words_are_not_said_on_a_day_yet_to_come() -> None:
    # published Tuesday 17 December 2024: the hearing's day is a plan's, not a saying's
    page = _page("Ruben Vardanyan has denounced the trial as a sham. In a public statement, he "
                 "said that he had been pressured in prison. The next hearing is scheduled for "
                 "December 27.\n\nVardanyan said he would not give up.")
    for word in ("denounced", "said that"):
        e = _event(page, word)
        assert e.date is not None and e.date.start <= dt.date(2024, 12, 17), word


def test_a_verb_with_a_noun_object_keeps_the_date_after_the_object() -> None:
    page = _page("Recep Tayyip Erdogan stressed the importance of opening the Zangezur "
                 "corridor on Monday.")
    assert _iso(_event(page, "stressed")) == "2024-12-16"


def test_a_scheduled_weekday_is_no_day_of_the_story() -> None:
    # published Sunday 10 March 2024
    page = _page("A hearing in the trial of Ruben Vardanyan is scheduled for Friday, his "
                 "lawyers said.", printed="March 10, 2024")
    assert _iso(_event(page, "trial")) == "2024-03-15"
    assert _iso(_event(page, "said")) == "2024-03-10"
    # a scheduled February 29 that has no coming one stays as resolved
    page = _page("A hearing in the trial of Ruben Vardanyan is scheduled for February 29, "
                 "his lawyers said.", printed="March 10, 2024")
    assert _iso(_event(page, "trial")) == "2024-02-29"


def test_words_told_in_a_day_long_before_the_report_are_undated() -> None:
    page = _page("On March 3, 2023, Georgian police detained opposition leader Nika Melia in "
                 "Tbilisi. The prosecutor's office accused him of organising riots.\n\n"
                 "On Monday, a court in Tbilisi sentenced Melia to two years in prison.")
    assert _iso(_event(page, "detained")) == "2023-03-03"
    assert _iso(_event(page, "accused")) is None
    assert _iso(_event(page, "sentenced")) == "2024-12-16"


def test_a_happening_identified_by_a_copula_keeps_its_date() -> None:
    page = _page("An Azerbaijan Airlines plane crashed near Aktau on December 12. Officials in "
                 "Baku believe the cause of the crash was an attack by a Russian missile.")
    assert _iso(_event(page, "attack")) == "2024-12-12"


def test_the_object_of_a_happening_going_on_now_is_no_background() -> None:
    page = _page("The Armenian government is making preparations for thousands of refugees "
                 "from Nagorno-Karabakh.")
    assert _iso(_event(page, "refugees")) == "2024-12-17"
    page = _page("Armenia is rebuilding its army after the war with Azerbaijan.")
    assert _iso(_event(page, "war")) is None


def test_an_adverb_closing_the_clause_modifies_its_verb() -> None:
    page = _page("Ilham Aliyev met Nikol Pashinyan in Brussels on Monday. Azerbaijani troops "
                 "had shelled Armenian villages near the border earlier.")
    assert _iso(_event(page, "met")) == "2024-12-16"
    assert _iso(_event(page, "shelled")) == "2024-12"


def test_a_speakers_recollection_goes_on_in_the_next_sentence() -> None:
    page = _page("Hikmet Hajiyev recalled the meeting of Ilham Aliyev and Nikol Pashinyan in "
                 "Dushanbe.\n\nHajiyev said that Nikol Pashinyan asked for some time to prepare "
                 "for elections.")
    assert _iso(_event(page, "asked for")) is None
    assert _iso(_event(page, "said")) == "2024-12-17"


def test_a_noun_takes_the_date_of_its_verb_of_taking_place() -> None:
    # in a relative clause on the noun: the first date, where it began
    page = _page("Protesters gathered outside the court in Tbilisi. The trial of six activists, "
                 "which began on December 9 and resumed on December 13, is closed to the press.")
    assert _iso(_event(page, "trial")) == "2024-12-09"
    # the noun as the subject of the verb, past an interpolated relative clause
    page = _page("After a month of delays, a series of trials against the former officials, "
                 "including two generals, who deny the charges, began on December 3.")
    assert _iso(_event(page, "trials")) == "2024-12-03"
    # past a prepositional phrase on the noun
    page = _page("Iran condemned the attack on its embassy in Baku, which took place on "
                 "January 27.")
    assert _iso(_event(page, "attack")) == "2024-01-27"
    assert _iso(_event(page, "condemned")) == "2024-12-17"


def test_a_clause_of_time_after_since_names_what_started_the_state() -> None:
    page = _page("The border crossing has been shut since Friday evening after a crowd of "
                 "protesters blocked the road.")
    assert _iso(_event(page, "blocked")) == "2024-12-13"
    page = _page("Flights to Yerevan have been suspended since December 2, when a drone "
                 "attacked the airport.")
    assert _iso(_event(page, "attacked")) == "2024-12-02"


def test_a_date_before_a_framing_preposition_dates_the_clause_not_the_noun() -> None:
    page = _page("Georgia opened its embassy in Israel in March despite threats from Russia.")
    assert _iso(_event(page, "opened")) == "2024-03"
    assert _iso(_event(page, "threats")) is None
    # a date after the noun is still the noun's
    page = _page("The ministers met in Brussels after the attack on December 5.")
    assert _iso(_event(page, "attack")) == "2024-12-05"
    # a day before "after" is the clause's; a month may hold the happening after it too
    page = _page("Tensions between Baku and Moscow rose in late June following the killing "
                 "of two men in Yekaterinburg.")
    assert _iso(_event(page, "killing")) == "2024-06"


def test_a_date_in_the_object_of_a_verb_of_characterising_is_the_objects() -> None:
    page = _page("Prime Minister Nikol Pashinyan spoke to parliament on Monday.\n\n"
                 "Pashinyan called the shelling of Jermuk on Saturday a clear provocation.\n\n"
                 "“We will not accept this,” Pashinyan said.")
    # the calling is Monday's (the speaker's dated words), not the shelling's Saturday
    assert _iso(_event(page, "called")) == "2024-12-16"
    assert _iso(_event(page, "said")) == "2024-12-16"
    # with no complement after it the date is the verb's
    page = _page("Pashinyan criticised the shelling of Jermuk on Saturday.")
    assert _iso(_event(page, "criticised")) == "2024-12-14"


def test_a_plan_told_on_the_destination_of_a_trip_takes_place_on_it() -> None:
    page = _page("Foreign Minister Jeyhun Bayramov flew to Rabat on Sunday, where he will "
                 "take part in a meeting of the joint commission.")
    assert _iso(_event(page, "flew")) == "2024-12-15"
    assert _iso(_event(page, "take part")) == "2024-12-15"
    # a plan with no trip before it stays undated
    page = _page("Foreign Minister Jeyhun Bayramov will take part in a meeting of the joint "
                 "commission.")
    assert _iso(_event(page, "take part")) is None


def test_a_span_of_years_dates_its_clause_not_a_clause_coordinated_after_it() -> None:
    page = _page("Reforms were frozen from 2004 to 2007, and Armenia signed a new agreement "
                 "with the European Union.")
    assert _iso(_event(page, "signed")) != "2004"
    page = _page("Armenia signed several agreements with the European Union between 2004 "
                 "and 2007.")
    assert _iso(_event(page, "signed")) == "2004"
    # co-ordinated clauses of time before the main clause date it
    page = _page("When fighting raged in Karabakh in October 2020, and Trump was running for "
                 "re-election, Biden called on him to cut aid to Azerbaijan.")
    assert _iso(_event(page, "called on")) == "2020-10"


def test_a_date_in_a_reduced_relative_clause_is_the_participles() -> None:
    page = _page("Armenia accused Azerbaijan of breaking the ceasefire agreed in Moscow on "
                 "November 10.")
    assert _iso(_event(page, "accused")) == "2024-12-17"
    # "headed by" names who, not when: the date is the meeting's
    page = _page("Aliyev met the delegation headed by Antony Blinken on December 10.")
    assert _iso(_event(page, "met")) == "2024-12-10"


def test_a_plans_yearless_month_or_day_after_a_future_auxiliary_is_the_coming_one() -> None:
    page = _page("Erdogan said on Sunday he would visit Baku in January.")
    assert _iso(_event(page, "visit")) == "2025-01"
    page = _page("The Armenian parliament will hold a vote on the treaty on February 3, the "
                 "speaker said.")
    assert _iso(_event(page, "vote")) == "2025-02-03"
    # the month of the publication day is this one, not next year's
    page = _page("Erdogan said on Sunday he would visit Baku in December.")
    assert _iso(_event(page, "visit")) == "2024-12"
    # a decision told in the past keeps its past day
    page = _page("EU ministers decided to suspend visa liberalization on December 16.")
    assert _iso(_event(page, "suspend")) == "2024-12-16"


def test_a_year_naming_a_noun_dates_that_noun_only() -> None:
    page = _page("Armenia lost control of the region after the 2020 war with Azerbaijan.")
    assert _iso(_event(page, "war")) == "2020"
    # a well-known happening of that year keeps its finer period
    page = _page("Relations have been tense since the 2008 war between Russia and Georgia.")
    assert _iso(_event(page, "war")) == "2008-08"
    # the year names the declaration, not the recalling
    page = _page("Pashinyan recalled the 1991 Almaty Declaration on Monday.")
    assert _iso(_event(page, "recalled")) == "2024-12-16"


def test_a_happening_in_reported_words_takes_their_date_before_the_sayings() -> None:
    page = _page("Azerbaijan denied on Monday that its troops had opened fire on Armenian "
                 "positions on Saturday night.")
    assert _iso(_event(page, "opened fire")) == "2024-12-14"
    assert _iso(_event(page, "denied")) == "2024-12-16"
    # with no date of their own, the saying's
    page = _page("Azerbaijan Airlines said Friday that it was suspending flights to several "
                 "Russian cities.")
    assert _iso(_event(page, "suspending")) == "2024-12-13"


def test_a_clause_of_time_counted_from_the_main_clauses_day() -> None:
    page = _page("Iranian diplomats met the Russian ambassador on Tuesday, two weeks after "
                 "Lavrov accused Armenia of sabotaging the agreement.")
    assert _iso(_event(page, "met")) == "2024-12-17"
    assert _iso(_event(page, "accused")) == "2024-12-03"
    page = _page("Armenia recalled its ambassador on December 10, three days before "
                 "Azerbaijan closed the border.")
    assert _iso(_event(page, "closed")) == "2024-12-13"


def test_a_time_word_in_quoted_words_sets_no_day_for_the_narration() -> None:
    page = _page("Kallas spoke after the meeting in Brussels. “Today we agreed to suspend the "
                 "visa-free regime,” she said. She added that the EU would redirect funding to "
                 "civil society.")
    assert _iso(_event(page, "redirect")) is None
