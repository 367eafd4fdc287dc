"""A literal prefilter for lists of regular expressions: whether any of them occurs in a
text, trying only the patterns whose required words the text holds.

:class:`AnyOf` ``(patterns)`` reads each pattern once (its parse tree, :mod:`re._parser`)
for strings one of which every match must contain (a run of literal characters, or one of
each branch of an alternation); ``AnyOf.search(text)`` then tries a pattern only when
the folded text (:func:`folded`) holds one of its strings.  The answer is the same as
``any(p.search(text) for p in patterns)``: the strings are necessary, case folded, and
:func:`folded` maps the four non-ASCII letters that case-insensitive matching takes for
ASCII ones ("İ", "ı", "ſ", the Kelvin sign) to those; a pattern without such strings is
always tried.  :class:`Gated` is the same test for one pattern: its ``search`` and
``finditer`` skip a text that cannot hold a match.  :func:`lead` is the same idea inside
one pattern: a look-ahead for the first characters of an alternation of words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import ahocorasick

__all__ = ["AnyOf", "Gated", "any_of", "folded", "gated", "lead", "required_strings",
           "sre_modules"]

# Shortest string worth testing: shorter ones would let most texts through anyway.
_MIN_CHARS = 3

# The non-ASCII letters that ``re.IGNORECASE`` matches with an ASCII letter, as
# ``str.lower`` writes them, and that letter (tests/parse/test_prefilter.py checks every
# code point): "İ" (lower-cased "i" and a combining dot: the dot is dropped) and dotless
# "ı" match "i", the long "ſ" matches "s"; the Kelvin sign lower-cases to "k" itself.
_CASE_TWINS = (("\u0307", ""), ("\u0131", "i"), ("\u017f", "s"))


def folded(text: str) -> str:
    """``text`` as the required strings are looked for in it: lower-cased, with the
    non-ASCII twins of ASCII letters (see ``_CASE_TWINS``) made those letters.  An ASCII
    run of ``text`` stays one run in the result (dropping a combining dot can only join
    runs), so a string a match of a pattern contains (in any case when the pattern
    ignores case) is in the folded text."""
    low = text.lower()
    if low.isascii():
        return low
    for twin, letter in _CASE_TWINS:
        if twin in low:
            low = low.replace(twin, letter)
    return low


def lead(words: Iterable[str], width: int = 3) -> str:
    """A look-ahead for the first characters of ``words``, column by column (``(?=[ab][cd])``
    for "ac" and "bd"), to put before an alternation of them: the regex engine then turns
    away in a few character tests the places where none of the words can start, instead of
    trying each alternative.  The columns stop at ``width`` and at the shortest word's
    first space (written ``\\s+`` in the alternations, which may match several characters);
    an apostrophe stands for either form ("'" and "’").  The look-ahead only asks for
    characters every match has, so the matches are the same, with whatever flags the
    pattern has; empty when a word is empty or starts with a space."""
    listed = list(words)
    depth = min((w.find(" ") if " " in w else len(w) for w in listed), default=0)
    columns = []
    for j in range(min(depth, width)):
        chars = {w[j] for w in listed}
        if "'" in chars:
            chars.add("’")
        columns.append("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
    return "(?=" + "".join(columns) + ")" if columns else ""


def sre_modules() -> tuple[Any, Any] | None:
    """The standard library's regex parser and its constants (``re._parser`` and
    ``re._constants`` from Python 3.11, ``sre_parse`` and ``sre_constants`` before), or
    None where neither exists."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]
    except ImportError:
        try:
            import sre_constants as _constants  # Python 3.10
            import sre_parse as _parser
        except ImportError:
            return None
    return _parser, _constants


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of ``pattern`` contains, or None
    when the pattern needs none worth testing (or has a shape not read here)."""
    modules = sre_modules()
    if modules is None:
        return None
    _parser, sre = modules
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, ValueError, TypeError, RecursionError):
        return None
    found = _sequence(list(tree.data), sre)
    if found is None or min(map(len, found)) < _MIN_CHARS:
        return None
    return frozenset(found)


def _sequence(items: Sequence[tuple[Any, Any]], sre: Any) -> set[str] | None:
    """The best requirement of a sequence of items: its longest run of literal
    characters, or the requirement of one of its mandatory sub-parts."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL and arg < 128:
            run.append(chr(arg).lower())
            continue
        if run:
            options.append({"".join(run)})
            run = []
        sub: set[str] | None = None
        if op is sre.SUBPATTERN:
            sub = _sequence(list(arg[-1].data), sre)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) \
                and arg[0] >= 1:
            sub = _sequence(list(arg[2].data), sre)
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            sub = _sequence(list(arg.data), sre)
        elif op is sre.BRANCH:
            union: set[str] = set()
            for branch in arg[1]:
                got = _sequence(list(branch.data), sre)
                if got is None:
                    union = set()
                    break
                union |= got
            sub = union or None
        if sub:
            options.append(sub)
    if run:
        options.append({"".join(run)})
    if not options:
        return None
    return max(options, key=lambda o: min(map(len, o)))


class AnyOf:
    """Whether any of ``patterns`` occurs in a text (:meth:`search`), with the literal
    prefilter of the module docstring: the required strings of all the patterns are one
    Aho-Corasick automaton, so one pass over a text says which patterns can match."""

    __slots__ = ("_automaton", "_patterns", "_unfiltered")

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self._patterns = tuple(patterns)
        automaton = ahocorasick.Automaton()
        owners: dict[str, list[int]] = {}
        unfiltered = []
        for i, p in enumerate(self._patterns):
            req = required_strings(p)
            if req is None:
                unfiltered.append(i)
                continue
            for s in req:
                owners.setdefault(s, []).append(i)
        for s, ids in owners.items():
            automaton.add_word(s, tuple(ids))
        self._automaton = automaton if owners else None
        if owners:
            automaton.make_automaton()
        self._unfiltered = tuple(unfiltered)

    def search(self, text: str) -> bool:
        """``any(p.search(text) for p in patterns)``."""
        patterns = self._patterns
        if self._automaton is None:
            return any(p.search(text) for p in patterns)
        for i in self._unfiltered:
            if patterns[i].search(text):
                return True
        tried: set[int] = set()  # the answer does not depend on the order of the tries
        for _, ids in self._automaton.iter(folded(text)):
            for i in ids:
                if i not in tried:
                    tried.add(i)
                    if patterns[i].search(text):
                        return True
        return False


class Gated:
    """One pattern behind the literal prefilter: :meth:`search` and :meth:`finditer`
    answer as ``pattern.search(text)`` and ``pattern.finditer(text)`` do, but run the
    pattern only when the folded text holds one of the strings every match contains."""

    __slots__ = ("_automaton", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        required = required_strings(pattern)
        self._automaton: Any = None
        if required:
            automaton = ahocorasick.Automaton()
            for s in required:
                automaton.add_word(s, s)
            automaton.make_automaton()
            self._automaton = automaton

    def possible(self, text: str) -> bool:
        """False when ``text`` cannot hold a match (it lacks every required string)."""
        if self._automaton is None:
            return True
        for _ in self._automaton.iter(folded(text)):
            return True
        return False

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """``pattern.search(text, pos)`` (a match's required strings lie after ``pos``)."""
        return self.pattern.search(text, pos) if self.possible(text[pos:] if pos else text) \
            else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``."""
        return self.pattern.finditer(text) if self.possible(text) else iter(())


# The prefilters built, by the identity of their pattern tuple (kept alive beside them).
_BUILT: dict[int, tuple[tuple[re.Pattern[str], ...], AnyOf]] = {}
_BUILT_KEPT = 64


def any_of(patterns: tuple[re.Pattern[str], ...]) -> AnyOf:
    """The :class:`AnyOf` of a tuple of patterns, built on its first use and kept."""
    got = _BUILT.get(id(patterns))
    if got is not None and got[0] is patterns:
        return got[1]
    if len(_BUILT) >= _BUILT_KEPT:
        _BUILT.clear()
    built = AnyOf(patterns)
    _BUILT[id(patterns)] = (patterns, built)
    return built


# The gates built, by the identity of their pattern (kept alive beside them).
_GATES: dict[int, Gated] = {}


def gated(pattern: re.Pattern[str]) -> Gated:
    """The :class:`Gated` of a pattern, built on its first use and kept."""
    got = _GATES.get(id(pattern))
    if got is not None and got.pattern is pattern:
        return got
    if len(_GATES) >= _BUILT_KEPT:
        _GATES.clear()
    built = _GATES[id(pattern)] = Gated(pattern)
    return built
