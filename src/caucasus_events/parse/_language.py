"""Language detection: which language a document is written in, from its letters and words.

The rule: count the letters of each writing system (script); the script with most letters
decides.  Among the languages written in that script that have a stopword list, the one
whose function words make up the largest share of the text's words wins, if that share is
at least :data:`MIN_SHARE` (and at least :data:`MIN_HITS` words); otherwise the script's
own language (Armenian letters: Armenian) or, for Latin letters, "und" (undetermined).
Texts with fewer than :data:`MIN_LETTERS` letters are undetermined.  The scripts and word
lists are data (``data/languages.json``); only the first :data:`SAMPLE_CHARS` characters
are read, so the cost is bounded whatever the length.  Limits: closely related languages
with one script and similar function words (Danish/Norwegian, Serbian/Croatian in Latin
letters) may be confused; a page mixing languages gets the one with most words.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

import attrs

from caucasus_events._data import data_origin, load_json
from caucasus_events.errors import InputError

__all__ = ["LanguageGuess", "LanguageModel", "detect_language"]

#: Characters read from the start of a text.
SAMPLE_CHARS = 20_000
#: Fewer letters than this: undetermined.
MIN_LETTERS = 20
#: Least share of a text's words that must be a language's function words to name it.
MIN_SHARE = 0.05
#: Least number of function words found to name a language.
MIN_HITS = 3
UNDETERMINED = "und"

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
# Non-ASCII word characters but digits: every non-ASCII letter is one (str.isalpha
# implies \w and not \d), and punctuation such as curly quotes is skipped.
_NON_ASCII = re.compile(r"[^\W\d_\x00-\x7f]")
_RANGE = re.compile(r"^([0-9A-Fa-f]{2,6})-([0-9A-Fa-f]{2,6})$")


@attrs.frozen
class LanguageGuess:
    """A detected language: BCP 47 ``tag`` ("und" when undetermined), its English
    ``name``, the dominant ``script`` and the share of words (or letters) that decided."""

    tag: str
    name: str
    script: str | None
    confidence: float

    @property
    def is_english(self) -> bool:
        """Whether the text was found to be English."""
        return self.tag == "en"


@attrs.frozen
class LanguageModel:
    """A compiled language table: script ranges, stopword sets, language names."""

    starts: tuple[int, ...]
    ranges: tuple[tuple[int, int, str], ...]
    script_language: Mapping[str, str | None]
    words: Mapping[str, frozenset[str]]
    by_script: Mapping[str, tuple[str, ...]]
    names: Mapping[str, str]
    # Per script: each function word -> the positions (in by_script order) of the
    # languages that list it, so a text's words are looked up once, not once a language.
    _owners: Mapping[str, Mapping[str, tuple[int, ...]]] = attrs.field(
        init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        owners: dict[str, dict[str, list[int]]] = {}
        for script, tags in self.by_script.items():
            table = owners.setdefault(script, {})
            for i, tag in enumerate(tags):
                for word in self.words[tag]:
                    table.setdefault(word, []).append(i)
        object.__setattr__(self, "_owners", {
            script: {w: tuple(ids) for w, ids in table.items()}
            for script, table in owners.items()})

    @classmethod
    def from_json(cls, data: Any, *, origin: str = "languages.json") -> LanguageModel:
        """Compile the table; InputError naming ``origin`` and the bad entry."""
        def bad(what: str) -> InputError:
            return InputError(what, path=origin)

        if not isinstance(data, dict) or not isinstance(data.get("scripts"), dict) \
                or not isinstance(data.get("languages"), dict):
            raise bad("needs 'scripts' and 'languages' objects")
        spans: list[tuple[int, int, str]] = []
        script_language: dict[str, str | None] = {}
        for script, entry in data["scripts"].items():
            if not isinstance(entry, dict) or not isinstance(entry.get("ranges"), str):
                raise bad(f"scripts.{script}: needs a 'ranges' string")
            for item in entry["ranges"].split():
                m = _RANGE.match(item)
                if not m or int(m.group(1), 16) > int(m.group(2), 16):
                    raise bad(f"scripts.{script}: bad range {item!r}")
                spans.append((int(m.group(1), 16), int(m.group(2), 16), script))
            script_language[script] = entry.get("language")
        spans.sort()
        for (_, hi, a), (lo, _, b) in itertools.pairwise(spans):
            if lo <= hi:
                raise bad(f"scripts {a} and {b} overlap at {lo:04X}")
        words: dict[str, frozenset[str]] = {}
        by_script: dict[str, list[str]] = {}
        names: dict[str, str] = {str(k): str(v) for k, v in data.get("names", {}).items()}
        for tag, entry in data["languages"].items():
            if not isinstance(entry, dict) or entry.get("script") not in script_language \
                    or not isinstance(entry.get("words"), str):
                raise bad(f"languages.{tag}: needs a known 'script' and a 'words' string")
            words[tag] = frozenset(entry["words"].lower().split())
            by_script.setdefault(entry["script"], []).append(tag)
            names[tag] = str(entry.get("name", tag))
        return cls(starts=tuple(s[0] for s in spans), ranges=tuple(spans),
                   script_language=script_language, words=words,
                   by_script={k: tuple(v) for k, v in by_script.items()}, names=names)

    @classmethod
    @functools.cache
    def default(cls) -> LanguageModel:
        """The bundled table (read once)."""
        return cls.from_json(load_json("languages.json"), origin=data_origin("languages.json"))

    def _script(self, code: int) -> str | None:
        i = bisect.bisect_right(self.starts, code) - 1
        if i >= 0 and code <= self.ranges[i][1]:
            return self.ranges[i][2]
        return None

    def detect(self, text: str) -> LanguageGuess:
        """The language of ``text`` (see the module docstring for the rule and limits)."""
        sample = text[:SAMPLE_CHARS]
        letters: Counter[str] = Counter()
        # The ASCII bytes of the sample less every ASCII byte that is not a letter.
        ascii_letters = len(sample.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
        if ascii_letters:
            letters["Latin"] = ascii_letters
        for char in _NON_ASCII.findall(sample):  # only these need a range lookup
            if char.isalpha():
                script = self._script(ord(char))
                if script is not None:
                    letters[script] += 1
        total = sum(letters.values())
        if total < MIN_LETTERS:
            return LanguageGuess(UNDETERMINED, "undetermined", None, 0.0)
        script, count = letters.most_common(1)[0]
        if script == "Han" and letters.get("Kana"):
            script = "Kana"  # Japanese mixes kana into Han characters
        counts = Counter(_WORD.findall(sample.lower()))
        n_words = sum(counts.values())
        tags = self.by_script.get(script, ())
        found = [0] * len(tags)
        owners = self._owners.get(script, {})
        for word, n in counts.items():
            for i in owners.get(word, ()):
                found[i] += n
        best, hits = None, 0
        for tag, got in zip(tags, found, strict=True):
            if got > hits:
                best, hits = tag, got
        if best is not None and hits >= MIN_HITS and hits / n_words >= MIN_SHARE:
            return LanguageGuess(best, self.names.get(best, best), script, hits / n_words)
        fallback = self.script_language.get(script)
        if fallback:
            return LanguageGuess(fallback, self.names.get(fallback, fallback), script,
                                 count / total)
        return LanguageGuess(UNDETERMINED, "undetermined", script, 0.0)


def detect_language(text: str) -> LanguageGuess:
    """The language of ``text`` by the bundled table (:meth:`LanguageModel.detect`)."""
    return LanguageModel.default().detect(text)
