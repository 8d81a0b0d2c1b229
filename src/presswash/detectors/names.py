"""One person, several spellings: "Mayor Jonas Petrauskas ... Jonas Petrauskis said".

Machine translation and transliteration respell names inconsistently inside one article. We
collect "Given Surname" pairs and compare surnames under the same given name: a small edit apart
(at most two), the same first three letters, not just a plural or possessive. The less frequent
spelling is flagged. Relatives with genuinely similar names are the false-positive risk, so the
surname must be rare in English (not among wordfreq's ~29,000 most frequent words, about Zipf 3)
and confidence stays moderate.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import regex

from ..document import Flag
from .view import ArticleView, is_rare, zipf

_FULL_NAME = regex.compile(r"\b(\p{Lu}\p{Ll}{2,})[ \t]+(\p{Lu}\p{Ll}{3,})\b(?!['’-]?\p{L})")


def edit_distance(first: str, second: str, limit: int = 2) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it must exceed ``limit``."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i]
        for j, b in enumerate(second, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _variants_of_each_other(first: str, second: str) -> bool:
    if first[:3] != second[:3]:
        return False
    shorter, longer = sorted((first, second), key=len)
    if longer in (shorter + "s", shorter + "es", shorter + "'s", shorter + "’s"):
        return False
    return edit_distance(first, second) <= 2


def _has_close_rare_names(view: ArticleView) -> bool:
    """Cheap gate: do two different rare capitalised words share a prefix and differ by a small edit?"""
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for word in view.rare_capitalised_words:  # only rare words can pair up, so group only them
        if len(word) >= 4:
            by_prefix[word[:3]].append(word)
    for rare in by_prefix.values():
        if len(rare) < 2:
            continue
        for i, first in enumerate(rare):
            for second in rare[i + 1:]:
                if _variants_of_each_other(first, second):
                    return True
    return False


def detect(view: ArticleView) -> list[Flag]:
    """Flag the minority spelling of a surname used with the same given name."""
    text = view.text
    if not _has_close_rare_names(view):
        return []
    mentions: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for match in _FULL_NAME.finditer(text, overlapped=True):
        given, surname = match.group(1), match.group(2)
        if view.starts_sentence(match.start()) and zipf(given.lower()) >= 5.0:
            continue  # "The Petrauskas ..." at a sentence start is no given name
        mentions[given].append((match.start(2), match.end(2), surname))
    flags: list[Flag] = []
    for given, spans in mentions.items():
        counts = Counter(surname for _, _, surname in spans)
        if len(counts) < 2:
            continue
        ranked = [name for name, _ in counts.most_common()]
        for index, variant in enumerate(ranked[1:], 1):
            for main in ranked[:index]:
                if not (is_rare(main) and is_rare(variant)):
                    continue
                if not _variants_of_each_other(main, variant):
                    continue
                for start, end, surname in spans:
                    if surname == variant:
                        flags.append(Flag(start, end, "name_drift",
                                          f"\"{given} {variant}\" is also spelled \"{given} {main}\" "
                                          "in this article", 0.7))
                break
    return flags
