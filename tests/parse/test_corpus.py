"""Merging reports of one happening across pages into one Event."""

from __future__ import annotations

import datetime as dt
import random
from importlib import resources

import pytest

from caucasus_events.dates import parse_date
from caucasus_events.models import Document, Event, EventActor, EventType, Page, Role, Span
from caucasus_events.parse import parse_page
from caucasus_events.parse.corpus import Corpus, find_duplicates, merge_events

CORPUS = resources.files("caucasus_events") / "data" / "corpus"
STEMS = sorted(p.name[:-4] for p in CORPUS.iterdir() if p.name.endswith(".txt"))


@pytest.fixture(scope="module")
def pages() -> list[Page]:
    return [parse_page((CORPUS / f"{stem}.txt").read_text(encoding="utf-8")) for stem in STEMS]


@pytest.fixture(scope="module")
def corpus(pages: list[Page]) -> Corpus:
    c = Corpus()
    for page in pages:
        c.add(page)
    return c


def _event(eid: str, doc: str, etype: EventType, date: str | None, *actors: str,
           place: str | None = None) -> Event:
    return Event(id=eid, event_type=etype, date=parse_date(date) if date else None,
                 actors=tuple(EventActor(actor_id=a, role=Role.INITIATOR) for a in actors),
                 place=place, evidence=(Span(doc_id=doc, start=0, end=5),), documents=(doc,))


def test_azal_downing_is_one_event(corpus: Corpus) -> None:
    attacks = [e for e in corpus.events if e.event_type is EventType.ATTACK
               and "company:azal" in {a.actor_id for a in e.actors}]
    assert len(attacks) == 1
    (attack,) = attacks
    assert len(attack.documents) == 2 and len(attack.evidence) >= 2
    assert attack.num_documents == 2 and attack.num_mentions == len(attack.evidence)
    assert attack.date is not None and attack.date.isoformat() == "2024-12-25"


def test_erdogan_base_remark_is_one_event(corpus: Corpus) -> None:
    remarks = [e for e in corpus.events if e.event_type is EventType.PROPOSAL
               and "person:recep-tayyip-erdogan" in {a.actor_id for a in e.actors}]
    assert len(remarks) == 1
    (remark,) = remarks
    assert len(remark.documents) == 2
    assert remark.date is not None and remark.date.isoformat() == "2021-06"


def test_corpus_records(corpus: Corpus, pages: list[Page]) -> None:
    assert len(corpus.documents) == sum(len(p.documents) for p in pages)
    ids = [a.id for a in corpus.actors]
    assert len(ids) == len(set(ids))
    aliyev = next(a for a in corpus.actors if a.id == "person:ilham-aliyev")
    assert len({s.doc_id for s in aliyev.mentions}) >= 4
    texts = {d.id: d.text for d in corpus.documents}
    for e in corpus.events:
        for span in e.evidence:
            assert texts[span.doc_id][span.start:span.end].strip()
    assert len(corpus.events) < sum(len(p.events) for p in pages)


def test_merge_is_independent_of_order(pages: list[Page]) -> None:
    events = [e for p in pages for e in p.events]
    first = merge_events(events)
    shuffled = events[:]
    random.Random(7).shuffle(shuffled)
    assert merge_events(shuffled) == first
    assert merge_events(first) == first


def test_merge_rules() -> None:
    a = _event("e1", "d1", EventType.VISIT, "2021-12-14", "person:x")
    b = _event("e2", "d2", EventType.MEET, "December 2021", "person:x")
    c = _event("e3", "d3", EventType.VISIT, "2022-01-05", "person:x")
    d = _event("e4", "d4", EventType.ATTACK, None, "person:x")
    e = _event("e5", "d5", EventType.VISIT, None, "state:AZE")
    merged = merge_events([a, b, c, d, e])
    assert len(merged) == 4
    (ab,) = [m for m in merged if len(m.documents) == 2]
    assert ab.documents == ("d1", "d2") and ab.date is not None
    assert ab.date.isoformat() == "2021-12-14"  # the more precise date wins
    # Its first report (without an arrival order, the most precise) gives the id.
    assert ab.id == "e1"


def test_later_reports_never_change_ids_or_split_events() -> None:
    """In arrival order the first report founds the event: a later, more precise report
    joins it (narrowing its date) instead of taking it over, and keeps its id."""
    month = _event("e9", "d1", EventType.MEET, "December 2021", "person:x")
    other = _event("e8", "d2", EventType.MEET, "2021-12-20", "person:x")
    before = merge_events([month, other], arrival={"d1": 0, "d2": 1})
    (only,) = before
    assert only.id == "e9" and only.date is not None
    assert only.date.isoformat() == "2021-12-20"
    day = _event("e1", "d3", EventType.MEET, "2021-12-14", "person:x")
    after = merge_events([month, other, day], arrival={"d1": 0, "d2": 1, "d3": 2})
    assert [e.id for e in after] == ["e1", "e9"]  # the new day is another meeting
    assert next(e for e in after if e.id == "e9").documents == ("d1", "d2")
    # Without an arrival order, the most precise report comes first and founds.
    assert {e.id for e in merge_events([month, other, day])} == {"e1", "e8"}


def test_a_copy_repeats_the_original_reports() -> None:
    a = _event("e1", "d1", EventType.MEET, "2021-12-14", "person:x")
    b = _event("e2", "d2", EventType.MEET, "2021-12-15", "person:x")  # resolved differently
    merged = merge_events([a, b], arrival={"d1": 0, "d2": 1}, duplicate_of={"d2": "d1"})
    (one,) = merged
    assert one.id == "e1" and one.documents == ("d1", "d2") and one.num_mentions == 2
    assert len(merge_events([a, b], arrival={"d1": 0, "d2": 1})) == 2


STORY = (
    "Azerbaijani troops shelled Armenian positions near Sotk on Monday, the Armenian defence "
    "ministry said, adding that two soldiers were wounded. Ilham Aliyev met Charles Michel "
    "in Brussels on Tuesday to discuss the peace treaty. Nikol Pashinyan said the attack "
    "was a provocation and called on the European Union to send more monitors to the border. "
    "Russia did not comment on the incident, and talks are expected to continue next month."
)


def test_a_reprinted_page_adds_mentions_not_events() -> None:
    original = parse_page(f"Clashes on the border\n\nPublished: 12 March 2024\n\n{STORY}\n")
    reprint = parse_page(f"NEWS FEED\n\nClashes on the border\n\n12.03.2024\n\n{STORY}\n\n"
                         "Read more on our site\n")
    alone = Corpus()
    alone.add(original)
    both = Corpus()
    both.add(original)
    both.add(reprint)
    assert len(both.events) == len(alone.events) > 0
    assert sum(e.num_mentions for e in both.events) > sum(e.num_mentions for e in alone.events)
    assert any(e.num_documents == 2 for e in both.events)
    docs = {d.id: d for d in both.documents}
    copies = [d for d in docs.values() if d.duplicate_of is not None]
    assert len(copies) == 1 and copies[0].duplicate_of in docs


def test_near_duplicates_need_most_shingles_shared() -> None:
    words = STORY.split()
    a = Document(id="a", text=STORY)
    b = Document(id="b", text=STORY + " Read more.")
    c = Document(id="c", text=" ".join(reversed(words)))
    short = Document(id="s", text="Aliyev met Putin.")
    assert find_duplicates([b, a, c, short]) == {"b": "a"}
    assert find_duplicates([a, b]) == find_duplicates([b, a])


def test_documents_sharing_a_paragraph_are_not_compared_but_copies_are_found(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from caucasus_events.parse import corpus

    compared = 0
    similar = corpus._similar

    def counting(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
        nonlocal compared
        compared += 1
        return similar(a, b)

    monkeypatch.setattr(corpus, "_similar", counting)
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(5000)]
    index = corpus.DuplicateIndex()
    # 300 articles that end with the same boilerplate paragraph
    for n in range(300):
        own = " ".join(rng.choice(vocabulary) for _ in range(60))
        index.add(f"d{n}", f"{own} {STORY}")
    original = " ".join(rng.choice(vocabulary) for _ in range(400)) + " " + STORY
    assert index.add("original", original) is None
    compared = 0
    assert index.add("copy", original + " Read more on our site.") == "original"
    assert compared == 1  # the original first, not every article sharing the paragraph


def test_over_common_hashes_bound_the_lookup_and_copies_are_still_found() -> None:
    from caucasus_events.parse import corpus

    rng = random.Random(11)
    vocabulary = [f"w{i}" for i in range(5000)]
    index = corpus.DuplicateIndex()
    # 400 short articles around the same long paragraph: its hashes are the smallest of
    # every one of them and soon over-common
    texts = []
    for n in range(400):
        own = " ".join(rng.choice(vocabulary) for _ in range(25))
        texts.append(f"{own} {STORY} {STORY.upper()}")
        assert index.add(f"d{n}", texts[-1]) is None
    per_hash: dict[int, int] = {}
    for words in index._buckets.values():
        for word in words:
            per_hash[word >> 32] = per_hash.get(word >> 32, 0) + 1
    assert max(per_hash.values()) <= corpus._COMMON  # no lookup reads more than that
    # a copy of a late article still meets it through the article's own hashes
    assert index.add("copy", texts[350] + " Read more.") == "d350"
    assert index.add("copy2", texts[3] + " Read more.") == "d3"


def _sided(eid: str, doc: str, etype: EventType, date: str | None,
           initiators: tuple[str, ...], targets: tuple[str, ...] = (),
           place: str | None = None, start: int = 0) -> Event:
    actors = (*(EventActor(actor_id=a, role=Role.INITIATOR) for a in initiators),
              *(EventActor(actor_id=a, role=Role.TARGET) for a in targets))
    return Event(id=eid, event_type=etype, date=parse_date(date) if date else None,
                 actors=actors, place=place,
                 evidence=(Span(doc_id=doc, start=start, end=start + 5),), documents=(doc,))


def test_talks_with_different_counterparts_are_different_meetings() -> None:
    """"The minister met the envoy" and "the minister met the mayor" on one day are two
    meetings; "the envoy received the minister" is the first one again, and a report
    naming only the minister fits either."""
    envoy = _sided("e1", "d1", EventType.MEET, "2022-03-04", ("person:minister",),
                   ("person:envoy",))
    mayor = _sided("e2", "d1", EventType.MEET, "2022-03-04", ("person:minister",),
                   ("person:mayor",), start=40)
    received = _sided("e3", "d2", EventType.MEET, "2022-03-04", ("person:envoy",),
                      ("person:minister",))
    merged = merge_events([envoy, mayor, received])
    assert sorted(sorted(m.documents) for m in merged) == [["d1"], ["d1", "d2"]]
    (both,) = [m for m in merged if len(m.documents) == 2]
    assert {a.actor_id for a in both.actors} == {"person:minister", "person:envoy"}
    alone = _sided("e4", "d3", EventType.VISIT, "2022-03-04", ("person:minister",))
    assert len(merge_events([envoy, alone])) == 1


def test_an_actor_in_opposite_roles_is_two_happenings() -> None:
    """"Rebels attacked the convoy" and "the convoy's guards attacked rebels" on one day
    are two attacks, and so are two attackers of one target named differently."""
    rebels = _sided("e1", "d1", EventType.ATTACK, "2022-05-06", ("group:rebels",),
                    ("group:guards",))
    back = _sided("e2", "d2", EventType.ATTACK, "2022-05-06", ("group:guards",),
                  ("group:rebels",))
    assert len(merge_events([rebels, back])) == 2
    other = _sided("e3", "d3", EventType.ATTACK, "2022-05-06", ("group:bandits",),
                   ("group:guards",))
    assert len(merge_events([rebels, other])) == 2
    # States stand for any of their forces: a state initiator does not split.
    state = _sided("e4", "d4", EventType.ATTACK, "2022-05-06", ("state:XYZ",),
                   ("group:guards",))
    again = _sided("e5", "d5", EventType.FIGHT, "2022-05-06", ("group:rebels",),
                   ("group:guards",))
    assert len(merge_events([rebels, state, again])) == 1


def test_reports_in_different_places_are_different_happenings_even_undated() -> None:
    here = _sided("e1", "d1", EventType.VISIT, None, ("person:envoy",), place="place:a")
    there = _sided("e2", "d2", EventType.MEET, None, ("person:envoy",), place="place:b")
    assert len(merge_events([here, there])) == 2
    same = _sided("e3", "d3", EventType.MEET, None, ("person:envoy",), place="place:a")
    assert len(merge_events([here, same])) == 1


def test_fighting_takes_no_sides() -> None:
    """"Clashes between rebels and guards" and "guards clashed with rebels" are one fight
    whichever side is named first, and an attack by either side that day can be part of
    it; clashes of the guards with someone else are another fight."""
    one = _sided("e1", "d1", EventType.FIGHT, "2022-05-06", ("group:rebels",),
                 ("group:guards",))
    other = _sided("e2", "d2", EventType.FIGHT, "2022-05-06", ("group:guards",),
                   ("group:rebels",))
    attack = _sided("e3", "d3", EventType.ATTACK, "2022-05-06", ("group:guards",),
                    ("group:rebels",))
    assert len(merge_events([one, other, attack])) == 1
    bandits = _sided("e4", "d4", EventType.FIGHT, "2022-05-06", ("group:guards",),
                     ("group:bandits",))
    assert len(merge_events([one, bandits])) == 2


def test_one_document_tells_a_visit_and_its_meeting_apart() -> None:
    """"The minister will pay a visit to Ruritania ... he will take part in the council's
    session": one page tells two events; another page reporting the visit as talks still
    joins it."""
    visit = _sided("e1", "d1", EventType.VISIT, "2022-03-04", ("person:minister",),
                   ("state:RUR",))
    session = _sided("e2", "d1", EventType.MEET, "2022-03-04", ("person:minister",),
                     start=80)
    assert len(merge_events([visit, session])) == 2
    talks = _sided("e3", "d2", EventType.MEET, "2022-03-04", ("person:minister",))
    merged = merge_events([visit, talks])
    assert len(merged) == 1 and sorted(merged[0].documents) == ["d1", "d2"]


@pytest.mark.parametrize(("first", "second"), [
    ("2024-03-12", "2024-03-12"),
    ("2024-03-12", "March 2024"),
    ("March 2024", "2024-03-12"),
    ("2024", "2024-03-12"),
    ("2024-03-12", "2024"),
    ("March 2024", "2024"),
    ("late March 2024", "2024-03-25"),
    ("winter 2023", "2022-12-20"),
    ("early 2024", "spring 2024"),
    ("2024-03-31", "spring 2024"),
    (None, "2024-03-12"),
    ("2024-03-12", None),
])
def test_reports_of_overlapping_dates_meet_at_any_precision(
        first: str | None, second: str | None) -> None:
    """Clusters are filed by day, month or year as precise as their date; a report finds
    every cluster whose date overlaps its own, however the two are precise."""
    one = _event("e1", "d1", EventType.ATTACK, first, "group:rebels")
    two = _event("e2", "d2", EventType.ATTACK, second, "group:rebels")
    assert len(merge_events([one, two], arrival={"d1": 0, "d2": 1})) == 1


def test_a_shared_place_joins_only_dated_reports() -> None:
    dated = _event("e1", "d1", EventType.PROTEST, "2024-03-12", place="place:square")
    undated = _event("e2", "d2", EventType.PROTEST, None, place="place:square")
    again = _event("e3", "d3", EventType.PROTEST, "2024-03-12", place="place:square")
    merged = merge_events([dated, undated, again], arrival={"d1": 0, "d2": 1, "d3": 2})
    assert sorted(e.documents for e in merged) == [("d1", "d3"), ("d2",)]


def test_an_actor_in_the_news_every_day_still_merges_each_days_reports() -> None:
    """However many days' happenings share an actor, a report finds the one of its own
    day: a key's clusters of other days are never in the way."""
    days = [_event(f"e{n}", f"d{n}", EventType.ATTACK,
                   (dt.date(2024, 1, 1) + dt.timedelta(days=n)).isoformat(), "group:rebels")
            for n in range(300)]
    late = _event("e-late", "d-late", EventType.ATTACK, "2024-10-26", "group:rebels")
    arrival = {f"d{n}": n for n in range(300)} | {"d-late": 300}
    merged = merge_events([*days, late], arrival=arrival)
    assert len(merged) == 300
    assert next(e for e in merged if e.id == "e299").documents == ("d-late", "d299")
