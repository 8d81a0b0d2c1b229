"""Lost and stray capitals: "google News", a name lowercased while capitalised elsewhere, "Officials would Review".

Only evidence from inside the article is used (no named-entity model): a rare word the article
capitalises mid-sentence at least twice but also writes in lowercase, a known brand written in
lowercase before a capitalised word, and a very common word capitalised between two lowercase
words. Common words (apple/Apple, may/May, bill/Bill) are skipped by frequency.
"""

from __future__ import annotations

import regex

from ..document import Flag
from ..rules import load_entries
from .view import ArticleView, zipf

_BRANDS = frozenset(load_entries("mt/brands.txt"))
RARE_WORD_ZIPF = 3.0
"""A lowercase form rarer than this (wordfreq Zipf scale) is probably a name, not an ordinary word."""
COMMON_WORD_ZIPF = 5.0
"""A capitalised word whose lowercase form is at least this common is an ordinary word."""
_NOT_IN_URL_BEFORE = regex.compile(r"[@#/.\\_-]$")
_NOT_IN_URL_AFTER = regex.compile(r"^(?:\.[a-z]|[@/_\\]|['’]s\b)")
_LOWER_THEN_CAPITAL = regex.compile(r"\b(\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+)")
_ALWAYS_CAPITALISED_OK = frozenset("i i'm i've i'd i'll i’m i’ve i’d i’ll".split())
_FUNCTION_WORDS = frozenset(
    "the and but with would will could should has have had was were are is been their they them "
    "which that this these those from into onto about after before because while when then than "
    "also very more most some many much such".split())


def _in_url_or_handle(text: str, start: int, end: int) -> bool:
    return bool(_NOT_IN_URL_BEFORE.search(text, max(0, start - 1), start)) or bool(
        _NOT_IN_URL_AFTER.match(text[end:end + 3]))


def detect(view: ArticleView) -> list[Flag]:
    """Flag casing loss (lowercased names/brands) and spurious capitals mid-sentence."""
    text = view.text
    flags: list[Flag] = []
    capitalised = view.prose_capitalised
    lowercase_counts = view.lowercase_words
    words = view.words
    flagged_brand_at: set[int] = set()
    for match in _LOWER_THEN_CAPITAL.finditer(text):
        brand = match.group(1)
        if brand in _BRANDS and not _in_url_or_handle(text, match.start(1), match.end(1)):
            flagged_brand_at.add(match.start(1))
            flags.append(Flag(match.start(1), match.end(2), "casing_loss",
                              f"brand \"{brand}\" written in lowercase before \"{match.group(2)}\"", 0.7))
    for index, (start, end, word) in enumerate(words):
        if word.islower():
            if start in flagged_brand_at:
                continue
            seen_capitalised = capitalised.get(word, 0)
            if seen_capitalised < 2 and not (word in _BRANDS and seen_capitalised >= 1):
                continue
            if len(word) < 4 or view.starts_sentence(start) or _in_url_or_handle(text, start, end):
                continue
            if word not in _BRANDS and (zipf(word) >= RARE_WORD_ZIPF or lowercase_counts[word] > seen_capitalised):
                continue
            flags.append(Flag(start, end, "casing_loss",
                              f"\"{word}\" is lowercase here but capitalised elsewhere in the article "
                              f"(\"{word.capitalize()}\")", 0.6))
        elif (word[0].isupper() and word[1:].islower() and len(word) > 2
              and 0 < index < len(words) - 1):
            lowered = word.lower()
            if lowered in _ALWAYS_CAPITALISED_OK or view.starts_sentence(start):
                continue
            previous_start, previous_end, previous = words[index - 1]
            following_start, _, following = words[index + 1]
            if not (previous.islower() and following.islower()):
                continue  # part of a Title Case run, or next to a name
            gap_before = text[previous_end:start]
            gap_after = text[end:following_start]
            if gap_before not in (" ", ", ") or gap_after != " ":
                continue  # quotes, brackets, dashes and line breaks open new units
            if lowered not in _FUNCTION_WORDS and (
                    zipf(lowered) < COMMON_WORD_ZIPF or lowercase_counts[lowered] < 2
                    or view.mid_sentence_capitalised.get(lowered, 0) > 1 or following in ("of", "de", "for")):
                continue  # names, proper adjectives, a word the article keeps capitalising (its style)
            if not view.on_prose_line(start):
                continue
            flags.append(Flag(start, end, "spurious_capitals",
                              f"common word \"{word}\" capitalised in mid-sentence", 0.4))
    return flags
