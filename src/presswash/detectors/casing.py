"""Lost and stray capitals: "google News", a name lowercased while capitalised elsewhere, "Officials would Review".

Only evidence from inside the article is used (no named-entity model): a rare word the article
capitalises mid-sentence at least twice but also writes in lowercase, a known brand written in
lowercase before a capitalised word, and a very common word capitalised between two lowercase
words. Common words (apple/Apple, may/May, bill/Bill) are skipped by frequency.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..document import Flag
from ..rules import load_entries
from .view import ArticleView, common_words

_BRANDS = frozenset(load_entries("mt/brands.txt"))
COMMON_WORD_ZIPF = 5.0
"""A capitalised word whose lowercase form is at least this common is an ordinary word."""
_NOT_IN_URL_BEFORE = regex.compile(r"[@#/.\\_-]$")
_NOT_IN_URL_AFTER = regex.compile(r"^(?:\.[a-z]|[@/_\\-]|['’]s\b)")
_ALWAYS_CAPITALISED_OK = frozenset("i i'm i've i'd i'll i’m i’ve i’d i’ll".split())
_FUNCTION_WORDS = frozenset(
    "would will could should has have had was were are is been does did not still can must just only "
    "even also very".split())
"""Auxiliaries and adverbs: capitalised between lowercase words they are wrong whatever the style.

Words that open sentences ("The", "This", "When") are left out: capitalised mid-line they mostly
mark a full stop lost by the scraper or a title, not translation."""
_VERB_USE_BEFORE = regex.compile(r"(?:\b(?:to|you|I|we|they|just|can|could|'ll|’ll)[ \t]+)$")


@lru_cache(maxsize=256)
def _brand_pattern(brands: tuple[str, ...]) -> regex.Pattern[str]:
    """Lowercase brand, optionally followed by a Capitalised word ("google News")."""
    return regex.compile(r"(?<![\p{L}\p{M}])(" + "|".join(brands) + r")(?![\p{L}\p{M}])(?:[ \t]+(\p{Lu}\p{Ll}+))?")


def _in_url_or_handle(text: str, start: int, end: int) -> bool:
    return bool(_NOT_IN_URL_BEFORE.search(text, max(0, start - 1), start)) or bool(
        _NOT_IN_URL_AFTER.match(text[end:end + 3]))


def _suspicious_capitals(view: ArticleView) -> set[tuple[str, str]]:
    """(word, next word) pairs where a common word is capitalised between lowercase words."""
    suspicious: set[tuple[str, str]] = set()
    for word, following in set(view.capital_pairs):
        if not following or len(word) < 3:
            continue
        lowered = word.lower()
        if lowered in _ALWAYS_CAPITALISED_OK:
            continue
        if lowered not in _FUNCTION_WORDS and (
                lowered not in common_words(COMMON_WORD_ZIPF) or following in ("of", "de", "for")
                or view.capital_counts[word] > 1 or view.lowercase_count(lowered) < 2):
            continue  # names, proper adjectives, a word the article keeps capitalising (its style)
        suspicious.add((word, following))
    return suspicious


def detect(view: ArticleView) -> list[Flag]:
    """Flag casing loss (lowercased names/brands) and spurious capitals mid-sentence."""
    text = view.text
    flags: list[Flag] = []
    flagged_at: set[int] = set()
    present = [brand for brand in _BRANDS if brand in text]
    brand_pattern = _brand_pattern(tuple(sorted(present))) if present else None
    for match in brand_pattern.finditer(text) if brand_pattern else ():
        start, end, word = match.start(1), match.end(1), match.group(1)
        if view.starts_sentence(start) or _in_url_or_handle(text, start, end):
            continue
        if match.group(2):
            flags.append(Flag(start, match.end(2), "casing_loss",
                              f"brand \"{word}\" written in lowercase before \"{match.group(2)}\"", 0.7))
            flagged_at.add(start)
            continue
        if not view.on_prose_line(start) or _VERB_USE_BEFORE.search(text, max(0, start - 12), start):
            continue
        flagged_at.add(start)
        flags.append(Flag(start, end, "casing_loss",
                          f"brand \"{word}\" written in lowercase (\"{word.capitalize()}\")", 0.6))
    suspicious = _suspicious_capitals(view)
    view.capital_positions(view.rare_capitalised | {word for word, _ in suspicious})  # one pass for both
    capitalised = view.prose_capitalised
    lowercased: list[str] = []
    for word, seen_capitalised in capitalised.items():
        if seen_capitalised < 2 or word in _BRANDS:
            continue
        lowercase_count = view.lowercase_count(word)
        if lowercase_count == 0 or 2 * lowercase_count > max(2, seen_capitalised):
            continue  # names the article writes in lowercase on purpose
        lowercased.append(word)
    places = view.whole_word_starts(frozenset(lowercased))
    for word in lowercased:
        for start in places.get(word, ()):
            end = start + len(word)
            if start in flagged_at or view.starts_sentence(start) or _in_url_or_handle(text, start, end):
                continue
            flags.append(Flag(start, end, "casing_loss",
                              f"\"{word}\" is lowercase here but capitalised elsewhere in the article "
                              f"(\"{word.capitalize()}\")", 0.6))
    positions = view.capital_positions({word for word, _ in suspicious})
    for word, spans in positions.items():
        for start, end, following in spans:
            if (word, following) not in suspicious or not view.on_prose_line(start):
                continue
            flags.append(Flag(start, end, "spurious_capitals",
                              f"common word \"{word}\" capitalised in mid-sentence", 0.4))
    return flags
