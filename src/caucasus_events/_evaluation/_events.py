"""Scoring events by their evidence (issue 9's measure).

Each gold event's ``evidence`` phrase is located in a parsed document's text (verbatim,
then folded).  A parsed event is aligned to it when one of its evidence spans in that
document overlaps the phrase by at least half of the shorter of the two (a sentence-long
span covering a short phrase, or a clause-long span inside a long one).  When no parsed
event overlaps, the fallback aligns a parsed event of the right type whose evidence lies in
the same sentence as the phrase.  Alignment is one-to-one, right type and larger overlap
first; recall counts gold events aligned.  Precision counts parsed events aligned to a gold
event or overlapping any gold evidence, over all parsed events.

Among found events: type (parsed type name against the gold type, with the mapping of
``data/evaluation_event_types.json``), date (inside the gold period; an unknown gold date
wants an undated event), initiator (a gold null wants none; else one parsed initiator names
the gold actor), targets (every gold target named by a parsed target and every parsed target
naming a gold one), place.  "All right" counts gold events found with type, date, initiator
and targets right, over all gold events.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from caucasus_events._data import load_json
from caucasus_events._evaluation._context import Context, gold_period, within
from caucasus_events._evaluation._result import Count
from caucasus_events._evaluation._text import locate
from caucasus_events.models import Event, Role

__all__ = ["score_events", "type_matches"]

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s|\n")


@functools.lru_cache(maxsize=1)
def _type_table() -> dict[str, frozenset[str]]:
    raw = load_json("evaluation_event_types.json")
    return {k.upper(): frozenset(v.upper() for v in vals) for k, vals in raw["types"].items()}


def type_matches(parsed: str, gold: str) -> bool:
    """Whether a parsed event type name (or value) stands for gold type ``gold``."""
    name, want = parsed.upper(), gold.upper()
    return name == want or want in _type_table().get(name, frozenset())


def _type_name(event: Event) -> str:
    return str(event.event_type.name)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = 0
    for stop in _SENTENCE_END.finditer(text, 0, start):
        lo = stop.end()
    after = _SENTENCE_END.search(text, end)
    return lo, after.start() + 1 if after else len(text)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _aligned(span: tuple[int, int], phrase: tuple[int, int]) -> float:
    shorter = min(span[1] - span[0], phrase[1] - phrase[0])
    share = _overlap(span, phrase) / shorter if shorter > 0 else 0.0
    return share if share >= 0.5 else 0.0


def _names(ctx: Context, event: Event, role: Role) -> list[list[str]]:
    return [ctx.actor_names(a.actor_id) for a in event.actors if a.role is role]


def _judge(ctx: Context, gold: dict[str, Any], event: Event) -> dict[str, bool]:
    period = gold_period(gold["date"]) if gold["precision"] != "unknown" else None
    date_ok = event.date is None if period is None else within(event.date, period)
    initiators = _names(ctx, event, Role.INITIATOR)
    if gold["initiator"] is None:
        initiator_ok = not initiators
    else:
        initiator_ok = any(ctx.is_gold_actor(n, gold["initiator"]) for n in initiators)
    targets = _names(ctx, event, Role.TARGET)
    targets_ok = (all(any(ctx.is_gold_actor(n, t) for n in targets) for t in gold["targets"])
                  and all(any(ctx.is_gold_actor(n, t) for t in gold["targets"])
                          for n in targets))
    if gold["place"] is None:
        place_ok = event.place is None
    else:
        place_ok = ctx.is_gold_place(ctx.place_names(event.place), gold["place"])
    return {"type": type_matches(_type_name(event), gold["type"]), "date": date_ok,
            "initiator": initiator_ok, "targets": targets_ok, "place": place_ok}


def _describe(ctx: Context, event: Event) -> dict[str, str]:
    """The parsed event's values as a problem line shows them."""
    def names(role: Role) -> str:
        return ", ".join(n[0] for n in _names(ctx, event, role) if n) or "none"
    date = ("none" if event.date is None
            else f"{event.date.isoformat()} {event.date.precision.value}")
    place = ctx.place_names(event.place)
    return {"type": _type_name(event), "date": date, "initiator": names(Role.INITIATOR),
            "targets": names(Role.TARGET), "place": place[0] if place else "none"}


def _wanted(gold: dict[str, Any], key: str) -> str:
    """The gold event's value as a problem line shows it."""
    if key == "date":
        return ("none" if gold["precision"] == "unknown"
                else f"{gold['date']} {gold['precision']}")
    if key == "targets":
        return ", ".join(gold["targets"]) or "none"
    value = gold[key]
    return "none" if value is None else str(value)


def score_events(ctx: Context) -> tuple[dict[str, Count], list[str]]:
    """Counts of the event metrics for one page, and its problems."""
    gold: list[dict[str, Any]] = ctx.gold["events"]
    parsed = list(ctx.page.events)
    problems: list[str] = []
    # where each gold evidence phrase stands: (doc id, start, end)
    where: list[tuple[str, int, int] | None] = []
    for g in gold:
        spot = None
        for doc in ctx.page.documents:
            located = locate(doc.text, g["evidence"], ctx.folded(doc))
            if located:
                spot = (doc.id, located[0], located[1])
                break
        where.append(spot)
    candidates: list[tuple[int, float, int, int]] = []  # (type ok, share, gold, parsed)
    overlapping: set[int] = set()
    for i, spot in enumerate(where):
        if spot is None:
            continue
        for j, event in enumerate(parsed):
            share = max((_aligned((s.start, s.end), (spot[1], spot[2])) for s in event.evidence
                         if s.doc_id == spot[0]), default=0.0)
            if share:
                overlapping.add(j)
                ok = type_matches(_type_name(event), gold[i]["type"])
                candidates.append((int(ok), share, i, j))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, _, i, j in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2], c[3])):
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    for i, spot in enumerate(where):  # fallback: same sentence, same type
        if i in pairs or spot is None:
            continue
        doc_id, start, end = spot
        sentence = _sentence(ctx.docs[doc_id].text, start, end)
        for j, event in enumerate(parsed):
            if j in used or not type_matches(_type_name(event), gold[i]["type"]):
                continue
            if any(s.doc_id == doc_id and _overlap((s.start, s.end), sentence)
                   for s in event.evidence):
                pairs[i] = j
                used.add(j)
                break
    right = {"type": 0, "date": 0, "initiator": 0, "targets": 0, "place": 0}
    all_right = 0
    for i, g in enumerate(gold):
        if i not in pairs:
            reason = "evidence not in any document" if where[i] is None else "no event"
            problems.append(f"event missed ({reason}): {g['type']} {g['evidence'][:50]!r}")
            continue
        verdict = _judge(ctx, g, parsed[pairs[i]])
        for key, ok in verdict.items():
            right[key] += ok
        wrong = [k for k, ok in verdict.items() if not ok]
        if wrong:
            got = _describe(ctx, parsed[pairs[i]])
            problems.append(f"event {g['type']} {g['evidence'][:40]!r}: wrong "
                            + "; ".join(f"{k} (got {got[k]}, want {_wanted(g, k)})"
                                        for k in wrong))
        if all(verdict[k] for k in ("type", "date", "initiator", "targets")):
            all_right += 1
    precise = len(used | overlapping)
    found = len(pairs)
    counts = {"events.recall": Count(found, len(gold)),
              "events.precision": Count(precise, len(parsed)),
              "events.all_right": Count(all_right, len(gold))}
    for key, n in right.items():
        counts[f"events.{key}"] = Count(n, found)
    return counts, problems
