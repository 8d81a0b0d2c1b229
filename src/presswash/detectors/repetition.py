"""Words said twice: "the the minister", "tired and tired", and "restore. restore power".

Doubling across a full stop is the strongest form: a machine-translation break copied the word on
both sides. Legitimate doublings (had had, that that, Bora Bora, more and more, again and again)
come from ``rules/mt/repetition.txt``.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress, islice
from operator import eq

import regex

from ..document import Flag
from ..rules import load_entries
from .view import ArticleView

_COORDINATED = regex.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|so|very|too|felt|feel|feels|looked|seemed|got|get)[ \t]+"
    r"(\p{L}{4,})[ \t]+and[ \t]+(\1)\b(?!['’-]\p{L})")
_STOP_THEN_LOWERCASE = regex.compile(r"\.(?<=\p{L}\.)[ \t]+(?=\p{Ll})")
_ACROSS_STOP = regex.compile(r"\b(\p{L}{2,}(?:[ \t]+\p{L}+){0,2})\.[ \t]+(\1)\b(?!['’-]\p{L})", regex.IGNORECASE)


_ADJACENT_REPEAT = regex.compile(r"(?i)\b(\p{L}+)[ \t]+(\1)\b(?!['’-]\p{L})")
"""Any word written twice in a row: one scan for all candidates when there are many of them."""
PER_WORD_SEARCHES = 24
"""Up to this many candidate words, each gets its own quick literal search; beyond, one generic scan
(a search per word over the whole text grows quadratically on long texts with many candidates)."""


@lru_cache(maxsize=4096)
def _adjacent_word(word: str) -> regex.Pattern[str]:
    """``word`` twice in a row, any case ("the the", "The the"): compiled once per word, across articles."""
    escaped = regex.escape(word)
    return regex.compile(r"(?i)\b(" + escaped + r")[ \t]+(" + escaped + r")\b(?!['’-]\p{L})")


def _adjacent_repeats(text: str, doubled: set[str]) -> list[regex.Match[str]]:
    """Matches of each word in ``doubled`` written twice in a row, ordered by word, then position."""
    if len(doubled) <= PER_WORD_SEARCHES:
        return [match for word in sorted(doubled) for match in _adjacent_word(word).finditer(text)]
    found = [match for match in _ADJACENT_REPEAT.finditer(text) if match.group(1).lower() in doubled]
    return sorted(found, key=lambda match: (match.group(1).lower(), match.start()))


_SAME_AROUND_AND = regex.compile(r"(?i) and (\p{L}{4,})\b(?<=\b\1 and \1)")
_ADJACENT_OK = frozenset(load_entries("mt/repetition.txt", "adjacent"))
_COORDINATED_OK = frozenset(load_entries("mt/repetition.txt", "coordinated"))


def detect(view: ArticleView) -> list[Flag]:
    """Flag adjacent doubled words, "X and X", and a word repeated across a full stop."""
    text = view.text
    flags: list[Flag] = []
    for stop in _STOP_THEN_LOWERCASE.finditer(text):
        window_start = max(0, stop.start() - 60)
        for match in _ACROSS_STOP.finditer(text, window_start, min(len(text), stop.end() + 60)):
            if not (match.end(1) == stop.start()):
                continue
            second = match.group(2)
            if not second[0].islower():
                continue  # "Again. Again." is rhetoric; the machine copy continues in lowercase
            flags.append(Flag(match.start(1), match.end(2), "repeated_across_boundary",
                              f"\"{second}\" repeated on both sides of a full stop (a broken sentence "
                              "copied the words)", 0.9))
    tokens = view.lowercase_tokens
    doubled = set(compress(tokens, map(eq, tokens, islice(tokens, 1, None))))  # C-level: no Python loop per token
    doubled = {word for word in doubled - _ADJACENT_OK if word.isalpha()}
    coordinated = set()
    if " and " in text:
        coordinated = {word.lower() for word in _SAME_AROUND_AND.findall(text)} - _COORDINATED_OK
        coordinated = {word for word in coordinated if word.isalpha() and len(word) >= 4}
    # one pass each over the text for all candidate words (a search per word was quadratic on long texts)
    adjacent_matches = _adjacent_repeats(text, doubled) if doubled else ()
    coordinated_matches = sorted((match for match in _COORDINATED.finditer(text)
                                  if match.group(1).lower() in coordinated),
                                 key=lambda match: (match.group(1).lower(), match.start())) if coordinated else ()
    for match in adjacent_matches:
        first, second = match.group(1), match.group(2)
        lowered = first.lower()
        if lowered in _ADJACENT_OK or len(first) == 1 and lowered not in "a":
            continue
        if first != second and not (first[0].isupper() and second.islower()):
            continue  # "Will will" (a name) or "WHO who": different words
        if first[0].isupper() and second[0].isupper():
            continue  # names and titles: "Sirhan Sirhan", "New New York"
        flags.append(Flag(match.start(1), match.end(2), "repeated_word",
                          f"\"{first}\" written twice in a row", 0.7))
    for match in coordinated_matches:
        first = match.group(1)
        lowered = first.lower()
        if lowered in _COORDINATED_OK or lowered.endswith(("er", "s")) or first[0].isupper():
            continue
        if match.group(2) != first:
            continue
        flags.append(Flag(match.start(1), match.end(2), "repeated_word",
                          f"\"{first} and {first}\": the same word coordinated with itself", 0.45))
    return flags
