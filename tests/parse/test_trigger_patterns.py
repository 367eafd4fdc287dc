"""The trigger table's regex pieces behind a first-character look-ahead match exactly what
the plain alternations match, in every context a rule puts them in."""

from __future__ import annotations

import random
import re

from caucasus_events.parse._triggers import TriggerTable, _phrases


def _plain(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


def _texts(words: tuple[str, ...], seed: int) -> list[str]:
    rng = random.Random(seed)
    filler = ["the", "of", "a", "Baku", "said", "—", "it's", "’s", ",", "x1", "İstanbul"]
    out = []
    for _ in range(60):
        parts = [rng.choice([*words, *filler]) for _ in range(rng.randint(1, 8))]
        parts = [p.upper() if rng.random() < 0.2 else p.title() if rng.random() < 0.2 else p
                 for p in parts]
        out.append(rng.choice([" ", "  ", "-", "\n"]).join(parts))
    return out


def test_grammar_alternations_match_as_the_plain_ones_in_any_context() -> None:
    table = TriggerTable.default()
    # the contexts the rules use: bounded, optional, repeated, anchored at the end
    contexts = [r"\b{}\b", r"\b{}?\s*x", r"(?:{}\s+)*$", r"\s{}$", r"(?<!\w){}(?!\w)"]
    for label, words in sorted(table.grammar_words.items()):
        fast = table.alternation(label)
        assert fast != _plain(words)
        for n, shape in enumerate(contexts):
            for flags in (0, re.I):
                a = re.compile(shape.format(_plain(words)), flags)
                b = re.compile(shape.format(fast), flags)
                for text in _texts(words, n):
                    assert [m.span() for m in a.finditer(text)] == \
                        [m.span() for m in b.finditer(text)], (label, shape, text)


def test_cue_patterns_match_as_without_the_look_ahead() -> None:
    table = TriggerTable.default()
    for label, phrases in sorted(table.modality.items()):
        fast = table.cues(label)
        ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]")
                        for p in ordered)
        plain = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)
        assert fast.pattern != plain.pattern
        for text in _texts(tuple(phrases), 7):
            assert [m.span() for m in plain.finditer(text)] == \
                [m.span() for m in fast.finditer(text)], (label, text)


def test_a_phrase_opening_with_an_apostrophe_takes_either_form() -> None:
    pattern = _phrases(("'tis", "may"))
    assert pattern.search("as ’tis said")
    assert pattern.search("as 'TIS said")
    assert pattern.search("it MAY be")
    assert not pattern.search("dismay")
