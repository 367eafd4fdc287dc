"""Which date an event takes: its clause's own, never one of what is said or of an embedded
clause or of a noun it names; else the narrative's, the story's or the publication's.

Most rules are rows of :data:`CASES`: a body published (by default) on Tuesday 17 December
2024 and the date each trigger word's event must take (None: undated).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from caucasus_events.dates import Inferred
from caucasus_events.models import Event, Page
from caucasus_events.parse import parse_page
from caucasus_events.parse._event_dates import _lower, _Occurrences

PUBLISHED = "December 17, 2024"  # a Tuesday


def _page(body: str, printed: str = PUBLISHED) -> Page:
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


class Not(str):
    """An expected date the event must not take (any other, or none, will do)."""


class Case(NamedTuple):
    rule: str  # what the row shows (its test id)
    body: str
    dates: dict[str, str | None]  # trigger word -> the event's date (isoformat; None: none)
    inferred: tuple[str, ...] = ()  # trigger words whose date is flagged inferred=DATE
    printed: str = PUBLISHED


CASES: list[Case] = [
    Case("the lead's day dates the story's undated events",
         "On December 16, the EU foreign ministers met in Brussels to discuss Georgia.\n\n"
         "Kallas criticised the Georgian government.",
         {"criticised": "2024-12-16"}, inferred=("criticised",)),
    Case("a date in what is said does not date the saying",
         "Ivanishvili said that in 2016 Russian MPs had visited Georgia.",
         {"said": "2024-12-17"}),
    Case("a date before that dates the saying",
         "Erdogan announced in June 2021 that a base could be built.",
         {"announced": "2021-06"}),
    Case("a date behind an embedded clause belongs to that clause",
         "Aliyev cancelled a meeting with Pashinyan, which was due to take place in Brussels "
         "on December 7.",
         {"cancel": "2024-12-17"}),
    Case("a date naming an agreement does not date a statement about it",
         "Armenia accused Azerbaijan of violating the November 9, 2020 agreement.",
         {"accused": "2024-12-17"}),
    Case("last year's war does not date a statement about it",
         "Armenia accused Azerbaijan of new attacks after last year's war.",
         {"accused": "2024-12-17"}),
    Case("a narrative goes on in its day",
         "On December 16, Azerbaijan protested to Russia.\n\n"
         "Police raided the homes of Azerbaijanis on Friday. Two brothers were killed and nine "
         "people were detained.",
         {"killed": "2024-12-13", "detained": "2024-12-13"}),
    Case("a decade leaves its event undated",
         "A separatist war was fought in the early 1990s.",
         {"war": None}),
    Case("a lasting present perfect leaves its event undated",
         "Iran has long opposed the opening of the corridor.\n\n"
         "Azerbaijan opposed the plan in Baku.",
         {"has long opposed": None, "Azerbaijan opposed": "2024-12-17"}),
    Case("what a speaker recalls is background",
         "Ararat Mirzoyan recalled the meeting of Ilham Aliyev and Nikol Pashinyan in Vienna.",
         {"recalled": "2024-12-17", "meeting": None}),
    Case("a quote a speaker recalls is background",
         'Recep Tayyip Erdogan recalled his trip to Prague: "There we met with Ilham Aliyev and '
         'Nikol Pashinyan."',
         {"met": None}),
    Case("previously leaves the event undated",
         "Previously, the Georgian foreign ministry said the border was calm.",
         {"said": None}),
    Case("had previously leaves the event undated",
         "The Georgian foreign ministry had previously said the border was calm.",
         {"said": None}),
    Case("initially leaves the event undated",
         "Initially, the Georgian foreign ministry said the border was calm.",
         {"said": None}),
    Case("earlier dates to the publication month",
         "Earlier, the Georgian foreign ministry said the border was calm.",
         {"said": "2024-12"}, inferred=("said",)),
    Case("recently dates to the publication month",
         "The Georgian foreign ministry said recently the border was calm.",
         {"said": "2024-12"}, inferred=("said",)),
    Case("an adverb inside the quoted words does not date the saying",
         '"Previously I fought in the war and I am not afraid," says the Armenian defence '
         "minister.",
         {"says": "2024-12-17"}),
    Case("then follows the happening told before it",
         "Azerbaijani troops entered the village on Friday. Then they shelled the school.",
         {"shelled": "2024-12-13"}),
    Case("later follows the happening told before it",
         "Nikol Pashinyan visited the border on December 2, 2024. Later, Ilham Aliyev met "
         "Recep Tayyip Erdogan in Ankara.",
         {"met": "2024-12-02"}),
    Case("then with no dated happening before it stays undated",
         "The Armenian minister visited the border.\n\nThen the Georgian president met the "
         "Armenian minister in Tbilisi, Ilham Aliyev noted.",
         {"met": None}),
    Case("a date after the and modifiers names a thing",
         "Georgian protesters demanded a repeat of the disputed October elections.",
         {"demanded": "2024-12-17"}),
    Case("a claimed happening is dated",
         "In a statement, the Azerbaijani ministry alleged that Armenian forces also opened "
         "fire on positions in Kalbajar.",
         {"opened fire": "2024-12-17"}),
    Case("a hedged happening is not dated",
         "In a statement, the Azerbaijani ministry said that Armenian forces could also open "
         "fire on positions in Kalbajar.",
         {"open fire": None}),
    Case("a date in a relative clause dates that clause only",
         "Nikol Pashinyan criticised Russia for the arrest of Dmitry Setrakov, who was captured "
         "by Russian soldiers in Gyumri in October, and threatened Russia with consequences.",
         {"criticised": "2024-12-17", "captured": "2024-10"}),
    Case("a clause of time dates its main clause too",
         "On December 12 the Iranian leader spoke. He criticised the plan when he met Nikol "
         "Pashinyan in Tehran on December 10.",
         {"criticised": "2024-12-10"}),
    Case("a happening referred back to keeps its stated day",
         "On December 16, Ilham Aliyev met Recep Tayyip Erdogan in Ankara.\n\n"
         "Russian police raided the homes of Azerbaijanis in Yekaterinburg on Friday.\n\n"
         "Two Azerbaijani brothers were killed during the raids, Azerbaijani officials said.",
         # the saying: the story's day
         {"killed": "2024-12-13", "said": "2024-12-16"}, inferred=("killed",)),
    Case("days counted from a happening told with its day",
         "Azerbaijani troops attacked the village of Sotk on December 2, 2024.\n\n"
         "Two days after the attack, Nikol Pashinyan said that Armenia would respond.",
         {"said": "2024-12-04"}, inferred=("said",)),
    Case("days counted from nothing told are not counted",
         "Two days after the vote, Nikol Pashinyan said that Armenia would respond.",
         {"said": "2024-12-17"}),
    Case("the present progressive is the time of writing, not the story's day",
         "On December 16, Ilham Aliyev met Recep Tayyip Erdogan in Ankara.\n\n"
         "The Armenian aid effort for Karabakh refugees in Goris is intensifying.\n\n"
         "Armenia sent aid to Goris.",
         # the sending: the story's day
         {"met": "2024-12-16", "aid effort": "2024-12-17", "sent": "2024-12-16"}),
    Case("a happening someone takes part in is no background",
         "Kaja Kallas, who presided over the meeting of EU foreign ministers, said that "
         "sanctions were blocked by Hungary.",
         {"meeting": "2024-12-17"}),
    Case("a told past goes on in the sentences after it",
         "Armenia and Azerbaijan went to war over Nagorno-Karabakh in 2020.\n\n"
         "Some 6,000 people were killed in six weeks of fighting that ended in a Moscow-brokered"
         " ceasefire deal.\n\n"
         "Under the accord, Russian peacekeepers were deployed to Nagorno-Karabakh.\n\n"
         "Azerbaijani forces regained control of Karabakh in 2023, after a war that began in "
         "September.\n\n"
         "Armenian troops shelled Azerbaijani positions, Armenian officials said.",
         # a past told in a subordinate clause ("after a war that began in September") is
         # not the time of the next sentence
         {"ceasefire": "2020", "deployed": "2020", "shelled": "2024-12-17"}),
    Case("a happening a speaker tells in quotes takes no date of the saying",
         "“Don’t you know that the National Movement handed over 20% of the territories to "
         "Russia?” Irakli Kobakhidze said.",
         {"said": "2024-12-17", "handed over": None}),
    Case("a day yet to come is not the day a narrative goes on in",
         "Ilham Aliyev canceled a meeting with Nikol Pashinyan which was due to take place in "
         "Brussels on December 20. He complained that Pashinyan wants Emmanuel Macron to "
         "participate in it.",
         {"complained": "2024-12-17"}),
    Case("a date yet to come does not date a verb in the past",
         "Ilham Aliyev canceled a meeting with Nikol Pashinyan, planned in Brussels on "
         "December 20.",
         {"canceled": "2024-12-17", "planned": "2024-12-17"}),
    Case("an attempt told as done is dated",
         "Georgian police attempted to disperse the protesters in Tbilisi with water cannon.",
         {"disperse": "2024-12-17"}),
    Case("a purpose served by a means used is dated",
         "Riot police fired tear gas to disperse the protesters in Tbilisi.",
         {"disperse": "2024-12-17"}),
    Case("a plan with no means is not dated",
         "The government plans to disperse the protesters in Tbilisi.",
         {"disperse": None}),
    Case("a past told with its day long before goes on",
         "On March 3, 2023, Georgian police raided the offices of an opposition party. A number "
         "of activists were detained as the officers searched the building.",
         {"detained": "2023-03-03"}),
    Case("a fronted adverb of an unsaid time leaves its clause undated",
         "The minister said that initially, when Irakli Garibashvili came to power, Georgia had "
         "hopes of a settlement.",
         {"came to power": None}),
    Case("a clause of time with no adverb is dated",
         "The minister said that when Irakli Garibashvili came to power, Georgia had hopes of a "
         "settlement.",
         {"came to power": "2024-12-17"}),
    Case("a date in a clause reported without that dates the clause",
         "Human Rights Watch said Georgia's local elections in October were marred by pressure "
         "on voters.",
         {"said": "2024-12-17", "elections": "2024-10"}),
    Case("said in a statement on Monday dates the saying",
         "The Armenian Foreign Ministry said in a statement on Monday that the vote was marred "
         "by pressure.",
         {"said": "2024-12-16"}),
    Case("said late on Monday dates the saying",
         "Nikol Pashinyan said late on Monday that Armenia would not leave the CSTO.",
         {"said": "2024-12-16"}),
    Case("said on Monday dates the saying",
         "Human Rights Watch said on Monday that the vote was marred by pressure.",
         {"said": "2024-12-16"}),
    Case("a day yet to come does not date a request already made",
         "The court said it would rule on December 20 on bail for the accused. Two other "
         "defendants have requested house arrest.",
         {"house arrest": Not("2024-12-20")}),
    Case("a date of a clause coordinated after the trigger is that clause's",
         "In 2012, after a long campaign, Bidzina Ivanishvili returned to politics and in four "
         "years, in 2016, he lost the elections.",
         {"returned to politics": "2012"}),
    Case("a main clause's date does not date an adverbial clause after it",
         "Thousands of protesters have filled the streets of Yerevan in recent weeks, after the "
         "government decided to sign the border deal with Azerbaijan.",
         {"protesters": "2024-12", "sign": None}),
    Case("a time adjunct of the main clause dates it past an adverbial phrase",
         "On Monday, after talks in Baku, Ilham Aliyev met Nikol Pashinyan.",
         {"met": "2024-12-16"}),
    Case("a statement in the stative present passive is undated",
         "The Georgian government is accused by rights groups of silencing critics.",
         {"accused": None}),
    Case("is quoted as saying tells the report's time",
         "Nikol Pashinyan is quoted as saying that talks will go on.",
         {"saying": "2024-12-17"}),
    Case("an irregular past goes on in the narrative's time",
         "In March 2016, Azerbaijan launched a military offensive in Nagorno-Karabakh. Armenian "
         "forces retreated from two villages, and hundreds of civilians fled to Stepanakert.",
         {"fled": "2016-03"}),
    # data/happenings.json: the Second Nagorno-Karabakh war ran from 27 September to
    # 10 November 2020, inside the fall of 2020.
    Case("a well-known happening named by the trigger takes its period",
         "During the 44-day war, Azerbaijan used Turkish drones against Armenian forces in "
         "Nagorno-Karabakh.",
         {"war": "2020-fall"}, inferred=("war",)),
    Case("the clause's own date comes before a happening's period",
         "Azerbaijan won the 44-day war with Armenia in November 2020.",
         {"war": "2020-11"}),
    Case("a date in words a speaker is named after does not date the saying",
         "The alliance did not help Armenia when Azerbaijani forces attacked its territory in "
         "September 2022, Nikol Pashinyan said.",
         {"attacked": "2022-09", "said": "2024-12-17"}),
    Case("a present perfect over a stretch of time is undated",
         "Azerbaijani authorities have detained more than 20 journalists over the past two "
         "years, Human Rights Watch said on Monday.",
         {"detained": None, "said": "2024-12-16"}),
    Case("a simple past takes the day of the saying",
         "Azerbaijani authorities detained two journalists, Human Rights Watch said on Monday.",
         {"detained": "2024-12-16"}),
    Case("that evening is the day named before",
         "Irakli Kobakhidze announced on Thursday that Georgia would suspend the talks. "
         "Georgian police detained dozens of protesters in Tbilisi that evening.",
         {"detained": "2024-12-12"}),
    Case("a plan's bare weekday is the coming one",
         "Nikol Pashinyan arrived in Brussels on Monday for talks with EU leaders. He will meet "
         "Ursula von der Leyen on Thursday.",
         {"arrived": "2024-12-16", "meet": "2024-12-19"}),
    Case("a recent week sets the narrative's time",
         "Ilham Aliyev and Vladimir Putin held talks in the Kremlin last week. The two leaders "
         "discussed the situation in the South Caucasus.",
         {"discussed": "2024-12"}),
    Case("a scheduled day is the coming one and no narrative's day",
         # "scheduled for December 27" is ten days ahead
         "The next hearing in the trial of Ruben Vardanyan is scheduled for December 27. "
         "Vardanyan insists he is innocent, and he denounces the trial as a sham.",
         {"trial": "2024-12-27", "insists": "2024-12-17", "denounces": "2024-12-17"}),
    Case("a verb with a noun object keeps the date after the object",
         "Recep Tayyip Erdogan stressed the importance of opening the Zangezur corridor on "
         "Monday.",
         {"stressed": "2024-12-16"}),
    Case("a scheduled weekday is no day of the story",
         "A hearing in the trial of Ruben Vardanyan is scheduled for Friday, his lawyers said.",
         {"trial": "2024-03-15", "said": "2024-03-10"}, printed="March 10, 2024"),  # a Sunday
    Case("a scheduled February 29 with no coming one stays as resolved",
         "A hearing in the trial of Ruben Vardanyan is scheduled for February 29, his lawyers "
         "said.",
         {"trial": "2024-02-29"}, printed="March 10, 2024"),
    Case("words told in a day long before the report are undated",
         "On March 3, 2023, Georgian police detained opposition leader Nika Melia in Tbilisi. "
         "The prosecutor's office accused him of organising riots.\n\n"
         "On Monday, a court in Tbilisi sentenced Melia to two years in prison.",
         {"detained": "2023-03-03", "accused": None, "sentenced": "2024-12-16"}),
    Case("a happening identified by a copula keeps its date",
         "An Azerbaijan Airlines plane crashed near Aktau on December 12. Officials in Baku "
         "believe the cause of the crash was an attack by a Russian missile.",
         {"attack": "2024-12-12"}),
    Case("the object of a happening going on now is no background",
         "The Armenian government is making preparations for thousands of refugees from "
         "Nagorno-Karabakh.",
         {"refugees": "2024-12-17"}),
    Case("a noun after a preposition of time is background",
         "Armenia is rebuilding its army after the war with Azerbaijan.",
         {"war": None}),
    Case("an adverb closing the clause modifies its verb",
         "Ilham Aliyev met Nikol Pashinyan in Brussels on Monday. Azerbaijani troops had "
         "shelled Armenian villages near the border earlier.",
         {"met": "2024-12-16", "shelled": "2024-12"}),
    Case("a speaker's recollection goes on in the next sentence",
         "Hikmet Hajiyev recalled the meeting of Ilham Aliyev and Nikol Pashinyan in Dushanbe."
         "\n\nHajiyev said that Nikol Pashinyan asked for some time to prepare for elections.",
         {"asked for": None, "said": "2024-12-17"}),
    Case("a noun takes the first date of its verb of taking place in a relative clause",
         "Protesters gathered outside the court in Tbilisi. The trial of six activists, which "
         "began on December 9 and resumed on December 13, is closed to the press.",
         {"trial": "2024-12-09"}),
    Case("a noun subject takes the date of its verb of taking place",
         # past an interpolated relative clause
         "After a month of delays, a series of trials against the former officials, including "
         "two generals, who deny the charges, began on December 3.",
         {"trials": "2024-12-03"}),
    Case("a noun takes its verb of taking place past a prepositional phrase",
         "Iran condemned the attack on its embassy in Baku, which took place on January 27.",
         {"attack": "2024-01-27", "condemned": "2024-12-17"}),
    Case("a clause of time after since names what started the state",
         "The border crossing has been shut since Friday evening after a crowd of protesters "
         "blocked the road.",
         {"blocked": "2024-12-13"}),
    Case("a clause of time with when after since names what started the state",
         "Flights to Yerevan have been suspended since December 2, when a drone attacked the "
         "airport.",
         {"attacked": "2024-12-02"}),
    Case("a date before a framing preposition dates the clause, not the noun",
         "Georgia opened its embassy in Israel in March despite threats from Russia.",
         {"opened": "2024-03", "threats": None}),
    Case("a date after a framed noun is still the noun's",
         "The ministers met in Brussels after the attack on December 5.",
         {"attack": "2024-12-05"}),
    Case("a month before following may hold the happening after it",
         "Tensions between Baku and Moscow rose in late June following the killing of two men in"
         " Yekaterinburg.",
         {"killing": "2024-06"}),
    Case("a date in the object of a verb of characterising is the object's",
         "Prime Minister Nikol Pashinyan spoke to parliament on Monday.\n\n"
         "Pashinyan called the shelling of Jermuk on Saturday a clear provocation.\n\n"
         "“We will not accept this,” Pashinyan said.",
         # the calling is Monday's (the speaker's dated words), not the shelling's Saturday
         {"called": "2024-12-16", "said": "2024-12-16"}),
    Case("with no complement the date after the object is the verb's",
         "Pashinyan criticised the shelling of Jermuk on Saturday.",
         {"criticised": "2024-12-14"}),
    Case("a plan told on the destination of a trip takes place on it",
         "Foreign Minister Jeyhun Bayramov flew to Rabat on Sunday, where he will take part in "
         "a meeting of the joint commission.",
         {"flew": "2024-12-15", "take part": "2024-12-15"}),
    Case("a plan with no trip before it stays undated",
         "Foreign Minister Jeyhun Bayramov will take part in a meeting of the joint commission.",
         {"take part": None}),
    Case("a span of years dates its clause, not a clause coordinated after it",
         "Reforms were frozen from 2004 to 2007, and Armenia signed a new agreement with the "
         "European Union.",
         {"signed": Not("2004")}),
    Case("a span of years in the clause dates it",
         "Armenia signed several agreements with the European Union between 2004 and 2007.",
         {"signed": "2004"}),
    Case("coordinated clauses of time before the main clause date it",
         "When fighting raged in Karabakh in October 2020, and Trump was running for "
         "re-election, Biden called on him to cut aid to Azerbaijan.",
         {"called on": "2020-10"}),
    Case("a date in a reduced relative clause is the participle's",
         "Armenia accused Azerbaijan of breaking the ceasefire agreed in Moscow on November 10.",
         {"accused": "2024-12-17"}),
    Case("headed by names who, not when: the date is the meeting's",
         "Aliyev met the delegation headed by Antony Blinken on December 10.",
         {"met": "2024-12-10"}),
    Case("a plan's yearless month after a future auxiliary is the coming one",
         "Erdogan said on Sunday he would visit Baku in January.",
         {"visit": "2025-01"}),
    Case("a plan's yearless day after a future auxiliary is the coming one",
         "The Armenian parliament will hold a vote on the treaty on February 3, the speaker "
         "said.",
         {"vote": "2025-02-03"}),
    Case("the month of the publication day is this one, not next year's",
         "Erdogan said on Sunday he would visit Baku in December.",
         {"visit": "2024-12"}),
    Case("a decision told in the past keeps its past day",
         "EU ministers decided to suspend visa liberalization on December 16.",
         {"suspend": "2024-12-16"}),
    Case("a year naming a noun dates that noun only",
         "Armenia lost control of the region after the 2020 war with Azerbaijan.",
         {"war": "2020"}),
    Case("a well-known happening of the named year keeps its finer period",
         "Relations have been tense since the 2008 war between Russia and Georgia.",
         {"war": "2008-08"}),
    Case("the year names the declaration, not the recalling",
         "Pashinyan recalled the 1991 Almaty Declaration on Monday.",
         {"recalled": "2024-12-16"}),
    Case("a happening in reported words takes their date before the saying's",
         "Azerbaijan denied on Monday that its troops had opened fire on Armenian positions on "
         "Saturday night.",
         {"opened fire": "2024-12-14", "denied": "2024-12-16"}),
    Case("a happening in reported words with no date of their own takes the saying's",
         "Azerbaijan Airlines said Friday that it was suspending flights to several Russian "
         "cities.",
         {"suspending": "2024-12-13"}),
    Case("a clause of time counted back from the main clause's day",
         "Iranian diplomats met the Russian ambassador on Tuesday, two weeks after Lavrov "
         "accused Armenia of sabotaging the agreement.",
         {"met": "2024-12-17", "accused": "2024-12-03"}),
    Case("a clause of time counted forward from the main clause's day",
         "Armenia recalled its ambassador on December 10, three days before Azerbaijan closed "
         "the border.",
         {"closed": "2024-12-13"}),
    Case("a clause of time counted back from the day told for the subject's happening",
         # the reply came on Sunday ("yesterday" in words said on Monday), the cancelling two
         # days before; the narrative and the speaker's next words go on in that day
         "“We received their reply only yesterday,” Ararat Mirzoyan told reporters on Monday."
         "\n\nThe Azerbaijani reply came two days after Ilham Aliyev canceled a meeting with "
         "Nikol Pashinyan. He complained that Pashinyan wants Emmanuel Macron to attend.\n\n"
         "Aliyev claimed that Pashinyan set that condition to drag out the talks.",
         {"canceled": "2024-12-13", "complained": "2024-12-13", "claimed": "2024-12-13"},
         inferred=("canceled",)),
    Case("a time word in quoted words sets no day for the narration",
         "Kallas spoke after the meeting in Brussels. “Today we agreed to suspend the visa-free "
         "regime,” she said. She added that the EU would redirect funding to civil society.",
         {"redirect": None}),
    Case("a participle describing a noun with its agent is undated",
         "Iran also opposes the extraterritorial corridor demanded by Baku.",
         {"demanded": None}),
    Case("a passive with its auxiliary and agent is dated",
         "A suspect was arrested by the police in Tehran.",
         {"arrested": "2024-12-17"}),
    Case("a non-restrictive relative clause in the present perfect is undated",
         "Turkey, which has publicly spoken out in support of Azerbaijan and called Armenia "
         "the biggest threat to peace, has reportedly sent fighters from Syria to Baku.",
         {"called": None, "sent fighters": "2024-12-17"}),
    Case("a claim on a noun is a standing claim, not the clause's",
         "Mikheil Kavelashvili became president on Saturday after elections the opposition "
         "says were rigged. Opposition leader Nika Melia said on Sunday that the vote was "
         "stolen.",
         {"says": None, "said": "2024-12-15"}),
    Case("a claim on a noun said in the past was said in its clause's time",
         "Armenia and Azerbaijan signed a peace roadmap on Friday that Donald Trump said will "
         "end decades of conflict.",
         {"said": "2024-12-13"}),
    Case("a noun its maker made before is background",
         "Iranian diplomats met the Russian ambassador two weeks after Lavrov accused Armenia "
         "of “sabotaging” a Russian-brokered agreement to open transport links.",
         {"agreement": None, "met": "2024-12-17"}),
]


@pytest.mark.parametrize("case", CASES, ids=[c.rule for c in CASES])
def test_the_date_each_event_takes(case: Case) -> None:
    page = _page(case.body, case.printed)
    assert page.documents[0].published is not None
    for word, want in case.dates.items():
        got = _event(page, word)
        if isinstance(want, Not):
            assert _iso(got) != want, word
        else:
            assert _iso(got) == want, word
    for word in case.inferred:
        got = _event(page, word)
        assert got.date is not None and got.date.inferred is Inferred.DATE, word


def test_the_rows_are_distinct() -> None:
    assert len({c.rule for c in CASES}) == len(CASES)
    assert len({(c.body, c.printed) for c in CASES}) == len(CASES)


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


def test_a_participle_after_a_determiner_is_no_verb_of_the_past_narrative() -> None:
    # it names the people, no happening of its own: the trial told in the present is on
    # the story's day
    page = _page("On March 3, 2023, Georgian police raided the offices of an opposition party."
                 "\n\nAfter a year in prison, a trial of the detained, including Nika Melia, is "
                 "under way.")
    detained = [e for e in page.events
                if e.trigger is not None and "detained" in page.documents[0].text[
                    e.trigger.start:e.trigger.end]]
    assert not any(e.date is not None for e in detained)
    assert _iso(_event(page, "trial")) == "2024-12-17"


def test_words_are_not_said_on_a_day_yet_to_come() -> None:
    # the hearing's day is a plan's, not a saying's
    page = _page("Ruben Vardanyan has denounced the trial as a sham. In a public statement, he "
                 "said that he had been pressured in prison. The next hearing is scheduled for "
                 "December 27.\n\nVardanyan said he would not give up.")
    for word in ("denounced", "said that"):
        e = _event(page, word)
        assert e.date is not None and e.date.start <= dt.date(2024, 12, 17), word


@pytest.mark.parametrize(("text", "keys", "window", "within"), [
    ("He said earlier that", ("earlier",), (0, 20), True),
    ("He said earlier that", ("earlier",), (0, 12), False),  # cut: no whole key
    ("EARLIER, he said", ("earlier",), (0, 16), True),  # any case
    ("He said that", ("earlier",), (0, 12), False),
    ("Dəniz said days after", ("day", "week"), (6, 21), True),
    # lower-casing "İ" makes two characters: offsets would shift, so always search
    ("İlham said nothing", ("earlier",), (0, 18), True),
])
def test_a_rules_search_is_skipped_only_where_no_key_word_stands(
        text: str, keys: tuple[str, ...], window: tuple[int, int], within: bool) -> None:
    assert _Occurrences(keys, _lower(text)).within(*window) is within
