"""Well-known dated happenings, and the publication date of a page that prints none."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest

from caucasus_events._data import load_json
from caucasus_events.dates import Inferred, PartialDate, Precision
from caucasus_events.errors import InputError
from caucasus_events.parse._happenings import Happening, HappeningTable, _phrase
from caucasus_events.parse.page import infer_publication_date, split_documents


def test_the_packaged_table_is_valid_and_sourced() -> None:
    table = HappeningTable.default()
    assert len(table.happenings) >= 15
    for h in table.happenings:
        assert h.source and h.start <= h.end
        assert dt.date(2000, 1, 1) < h.start


def _names(text: str) -> list[str]:
    return [h.happening.name for h in HappeningTable.default().find(text)]


def test_an_alias_names_a_happening_alone() -> None:
    assert _names("Since the 44-day war, Baku has rearmed.") == ["Second Nagorno-Karabakh war"]
    assert _names("Delegates met at COP29.") == ["COP29 climate conference in Baku"]


def test_the_names_pattern_matches_as_the_plain_alternation() -> None:
    """The look-aheads before the alternations (the first characters of the names) change
    no match: the same spans and groups as the plain pattern, on the development pages and
    on texts made of the names in any case."""
    data = load_json("happenings.json")
    parts = []
    for i, entry in enumerate(data["happenings"]):
        for kind, key in (("a", "aliases"), ("n", "near")):
            if entry.get(key):
                parts.append(f"(?P<{kind}{i}>{_phrase(entry[key])})")
    plain = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.I)
    fast = HappeningTable.default()._pattern
    assert fast is not None and fast.pattern != plain.pattern
    names = [w for e in data["happenings"] for w in (*e.get("aliases", ()), *e.get("near", ()))]
    rng = random.Random(3)
    pieces = [*names, "the", " ", ", ", "-", "x", "1", "’s"]
    texts = ["".join(rng.choice([p, p.upper(), p.lower()]) for p in rng.choices(pieces, k=9))
             for _ in range(2000)]
    docs = Path(__file__).resolve().parents[2] / "devset" / "docs"
    texts += [p.read_text(encoding="utf-8") for p in sorted(docs.glob("*.txt"))]
    for text in texts:
        assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in plain.finditer(text)], text[:200]


def test_a_near_word_needs_its_cue_in_the_same_sentence() -> None:
    crash = "Azerbaijan Airlines flight 8243 crash near Aktau"
    assert _names("The plane crashed near Aktau on December 25.") == [crash]
    assert _names("Aktau is a port on the Caspian. The plane crashed.") == []
    assert _names("Officials in Washington welcomed the news.") == []
    assert _names("The Washington declaration was signed.") == [
        "Washington declaration of Aliyev, Pashinyan and Trump"]


@pytest.mark.parametrize("data", [
    [],
    {"happenings": [{"name": "x", "start": "2020-01-01", "end": "2019-01-01", "source": "s",
                     "aliases": ["x"]}]},
    {"happenings": [{"name": "x", "start": "2020-13-01", "end": "2020-01-01", "source": "s",
                     "aliases": ["x"]}]},
    {"happenings": [{"name": "x", "start": "2020-01-01", "end": "2020-01-01", "source": "s"}]},
    {"happenings": [{"name": "x", "start": "2020-01-01", "end": "2020-01-01", "source": "s",
                     "near": ["x"]}]},
])
def test_a_malformed_table_is_an_input_error(data: object) -> None:
    with pytest.raises(InputError, match="happening"):
        HappeningTable.from_json(data, origin="t.json")


def _inferred(text: str) -> str | None:
    date = infer_publication_date(text, None)
    if date is None:
        return None
    assert date.inferred is Inferred.DATE
    return date.isoformat()


def test_a_named_happening_dates_a_yearless_day_and_the_page() -> None:
    assert _inferred("The airliner crashed near Aktau on the morning of December 25. "
                     "The Kremlin refused to apologise.") == "2024-12"
    # no anchor: a yearless day alone dates nothing
    assert _inferred("The plane crashed on December 25.") is None


def test_a_yearless_day_follows_the_nearest_dated_mention_before_it() -> None:
    text = ("The activist was detained on December 5, 2024. As reported, on July 10, a court "
            "sentenced another protester.")
    assert _inferred(text) == "2025-07"
    text = ("In January 2023 the talks resumed. On January 19 the ministers met. On March 9 "
            "they met again.")
    assert _inferred(text) == "2023-03"


def test_a_weekday_with_its_day_fixes_the_year() -> None:
    text = ("Aliyev and Pashinyan met in Prague on October 6. Mirzoyan insisted on Monday, "
            "November 28, that talks go on.")
    assert _inferred(text) == "2022-11"


def test_future_dates_and_deadlines_are_not_the_latest_past_date() -> None:
    text = "Talks took place on May 5, 2025. The summit will be held on March 3, 2026."
    assert _inferred(text) == "2025-05"
    assert _inferred("The government would not hold talks until 2028.") is None
    assert _inferred("The prime minister announced that Georgia would suspend EU "
                     "accession talks until 2028.") == "2024-11"


def test_a_month_before_last_year_is_not_placed() -> None:
    text = "On January 27, 2023, a gunman attacked. In April last year, his wife left."
    assert _inferred(text) == "2023-01"


def test_the_weekday_of_the_latest_day_dates_the_page_to_that_day() -> None:
    text = ("Kavelashvili became Georgia's president on Saturday, as protests went on. "
            "He was elected on December 14, 2024.")
    date = infer_publication_date(text, None)
    assert date is not None and (date.isoformat(), date.precision) == (
        "2024-12-14", Precision.DAY)


def test_a_dated_caption_dates_a_one_article_page() -> None:
    raw = ("Fighting goes on in Karabakh\n\n"
           "Smoke rises over Stepanakert on Wednesday, Sept. 30, 2020. (AP Photo)\n\n"
           "The fighting continued for a fourth straight day on Wednesday, officials said, and "
           "both sides reported new casualties in the region.\n")
    (doc,), _ = split_documents(raw, page_hash="h")
    assert doc.published is not None
    assert (doc.published.isoformat(), doc.published.inferred) == ("2020-09-30", Inferred.DATE)


def test_a_one_day_happening_told_with_a_counted_day_fixes_the_day_of_writing() -> None:
    text = ("Prime Minister Irakli Kobakhidze announced yesterday that Georgia would suspend "
            "EU accession talks until 2028. Protesters gathered.")
    date = infer_publication_date(text, None)
    assert date is not None and (date.isoformat(), date.inferred) == ("2024-11-29", Inferred.DATE)
    # told in another sentence, the counted day fixes nothing
    text = ("Georgia would suspend EU accession talks until 2028. Protesters gathered "
            "yesterday.")
    assert _inferred(text) == "2024-11"


def test_a_named_happening_gives_a_yearless_printed_date_its_year() -> None:
    printed = PartialDate(year=1, month=1, day=7, precision=Precision.DAY,
                          inferred=Inferred.YEAR)
    date = infer_publication_date("Since the 44-day war, Russian peacekeepers patrol.", printed)
    assert date is not None and (date.isoformat(), date.inferred) == ("2021-01-07",
                                                                      Inferred.YEAR)


def test_a_war_named_in_general_beside_a_count_of_years_dates_the_page() -> None:
    text = ("Tensions simmer after last year's war over Nagorno-Karabakh. A skirmish took "
            "place on August 16, the ministry said.")
    assert _inferred(text) == "2021-08"
    assert _inferred("Tensions simmer after last year's war. A skirmish took place on "
                     "August 16.") is None
    assert _names_called("the war over Nagorno-Karabakh") == ["Second Nagorno-Karabakh war"]


def _names_called(text: str) -> list[str]:
    return [h.name for h in HappeningTable.default().called_in(text, 0, len(text))]


def test_a_labelled_date_at_the_top_is_printed() -> None:
    text = ("News Digest on Georgia NEWS DIGEST July 13-16 Compiled by: A. Author Date: July 17, "
            "2018 Occupied Regions. The list was presented to the de-facto parliament.")
    date = infer_publication_date(text, None)
    assert date is not None and (date.isoformat(), date.inferred) == ("2018-07-17",
                                                                      Inferred.NONE)
    # far from the top, a label is only a mention
    assert infer_publication_date("x " * 300 + "Date: July 17, 2018.", None) != date


def test_a_happenings_period_is_the_finest_date_that_holds_it() -> None:
    def period(a: str, b: str) -> str | None:
        p = Happening(name="x", start=dt.date.fromisoformat(a), end=dt.date.fromisoformat(b),
                      source="x").period()
        return p.isoformat() if p is not None else None

    assert period("2024-12-25", "2024-12-25") == "2024-12-25"
    assert period("2024-11-11", "2024-11-22") == "2024-11"
    assert period("2020-09-27", "2020-11-10") == "2020-fall"
    assert period("2023-12-20", "2024-02-10") == "2024-winter"
    assert period("2018-03-31", "2018-07-08") == "2018"
    assert period("2022-12-12", "2023-09-19") is None
