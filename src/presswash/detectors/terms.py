"""One named term rendered two ways: "Digital Markets Act" and later "digital markets act".

Journalists vary wording on purpose, so this is weak evidence (low confidence) and never decides
a verdict alone. We only flag a multi-word Title Case term ending in an institutional head noun
(Act, Law, Agency, Ministry, ...) that reappears word for word in lowercase.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..document import Flag
from .view import ArticleView

_HEADS = ("Act|Law|Bill|Agency|Ministry|Commission|Authority|Council|Court|Party|Office|Fund|Bank|Service|"
          "Department|Committee|Programme|Program|Treaty|Directive|Regulation|Union")
_HEAD_WORDS = tuple(_HEADS.split("|"))


@lru_cache(maxsize=256)
def _head_pattern(heads: tuple[str, ...]) -> regex.Pattern[str]:
    """A Title Case head noun right after a lowercase word ("... digital Markets Act": "Act")."""
    alternatives = "|".join(heads)
    return regex.compile(r"(?:" + alternatives + r")\b(?<=\p{Ll} (?:" + alternatives + r"))")


PER_TERM_SEARCHES = 24
"""Up to this many terms, each gets its own literal search (fast); beyond, one pass over the lowercase
head nouns for all of them (a search per term grows quadratically on long texts)."""


@lru_cache(maxsize=1024)
def _whole_term(lowered: str) -> regex.Pattern[str]:
    return regex.compile(r"\b" + regex.escape(lowered) + r"\b")


_LOWERCASE_HEAD = regex.compile(r"\b(?:" + _HEADS.lower() + r")\b")
_WORD_CHARACTER = regex.compile(r"\w")
_TITLE_TERM_BEFORE = regex.compile(r"\b((?:\p{Lu}\p{Ll}+ ){2,3}(?:" + _HEADS + r"))$")


def detect(view: ArticleView) -> list[Flag]:
    """Flag lowercase copies of a Title Case institutional term used elsewhere in the article."""
    text = view.text
    terms: set[str] = set()
    present = view.capitalised_words
    # only a head noun also written in lowercase somewhere can end a lowercase copy: look for those only
    heads = tuple(head for head in _HEAD_WORDS if head in present and head.lower() in text)
    if not heads:
        return []
    for head in _head_pattern(heads).finditer(text):
        match = _TITLE_TERM_BEFORE.search(text, max(0, head.start() - 60), head.end())
        if match and match.group(1).count(" ") >= 2 and view.on_prose_line(match.start()):
            terms.add(" ".join(match.group(1).split()))
    flags: list[Flag] = []
    wanted = {term: term.lower() for term in terms if term.lower().split()[0] not in ("the", "a", "an")}
    if not wanted:
        return flags
    lowered_terms = set(wanted.values())
    if len(lowered_terms) <= PER_TERM_SEARCHES:
        found = {lowered: [match.start() for match in _whole_term(lowered).finditer(text)] for lowered in lowered_terms}
    else:
        found = _lowercase_copies(text, lowered_terms)
    for term, lowered in wanted.items():
        for start in found.get(lowered, ()):
            end = start + len(lowered)
            flags.append(Flag(start, end, "term_inconsistency",
                              f"\"{text[start:end]}\" is written \"{term}\" elsewhere in the article; "
                              "the same term rendered two ways", 0.25))
    return flags


def _lowercase_copies(text: str, lowered_terms: set[str]) -> dict[str, list[int]]:
    """Start offsets of each lowercase term as a whole-word match, like ``finditer(r"\\bterm\\b")`` per term.

    One pass over the lowercase head nouns ("act", "agency", ...) that end every term, instead of one
    search of the whole text per term (quadratic on long texts). Matches of one term do not overlap.
    """
    by_head: dict[str, list[str]] = {}
    for lowered in lowered_terms:
        by_head.setdefault(lowered.rsplit(" ", 1)[-1], []).append(lowered)
    found: dict[str, list[int]] = {}
    last_end: dict[str, int] = {}
    for head in _LOWERCASE_HEAD.finditer(text):
        end = head.end()
        for lowered in by_head.get(head.group(), ()):
            start = end - len(lowered)
            if start < last_end.get(lowered, 0) or not text.startswith(lowered, start):
                continue
            if start > 0 and _WORD_CHARACTER.match(text[start - 1]):
                continue  # no word boundary before the term
            found.setdefault(lowered, []).append(start)
            last_end[lowered] = end
    return found
