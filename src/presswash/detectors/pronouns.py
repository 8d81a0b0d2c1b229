"""Pronouns that disagree with their referent: "we" in a third-person headline, one person as he and she.

Machine translation from languages without gendered or personal pronoun marking often guesses.
Quoted speech is ignored (people say "we" and "I"), and only sentences that name exactly one
person and use pronouns of exactly one gender count, so this stays a low-confidence signal.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import regex

from ..document import Flag
from .view import ArticleView

_QUOTED = regex.compile(r"[\"“][^\"”\n]{0,3000}[\"”]|‘[^’\n]{0,3000}’(?!\p{L})")
_FIRST_PERSON = regex.compile(r"\b(?:I|we|We|our|Our|my|My|us|me|I'm|We're)\b")
_HEADLINE_MAX_WORDS = 16
_MALE = regex.compile(r"\b(?:he|He|his|His|him|himself)\b")
_FEMALE = regex.compile(r"\b(?:she|She|her|Her|hers|herself)\b")
_CAPITALISED = regex.compile(r"\b\p{Lu}\p{Ll}{2,}\b")


MIN_MENTIONS = 4
"""A person must be named at least this often for a he/she disagreement to mean anything."""
_SENTENCE_END = regex.compile(r"[.!?\n]")
_CAPITAL_RUN = regex.compile(r"\p{Lu}\p{Ll}+")
_WORD_AFTER_CAPITALISED = regex.compile(r"(?<=\b\p{Lu}\p{Ll}+[ \t]+)\p{Lu}\p{Ll}{2,}\b")


PER_WORD_SEARCHES = 8
"""Up to this many candidate names, each gets its own search (which stops at the first hit, usually
early); beyond, one pass over the text for all of them (a search per word is quadratic on long texts)."""


@lru_cache(maxsize=4096)
def _after_capitalised(word: str) -> regex.Pattern[str]:
    return regex.compile(r"\b\p{Lu}\p{Ll}+[ \t]+" + regex.escape(word) + r"\b")


def _after_capitalised_word(text: str, words: frozenset[str]) -> set[str]:
    """The ``words`` that somewhere follow another Capitalised word ("Anna Kowalczyk"): probable surnames."""
    if len(words) <= PER_WORD_SEARCHES:
        return {word for word in words if _after_capitalised(word).search(text)}
    found: set[str] = set()
    for match in _WORD_AFTER_CAPITALISED.finditer(text):
        word = match.group()
        if word in words:
            found.add(word)
            if len(found) == len(words):
                break
    return found


def _surname_positions(text: str, surnames: set[str]) -> list[int]:
    """Where any of ``surnames`` occurs, even inside a longer word (as ``str.find`` would find it).

    A few surnames: ``str.find`` each (C speed). Many: one pass for all of them; a surname (a capital,
    then lowercase letters) can only start where a capital is followed by lowercase letters, so each
    such run is checked for a surname prefix (a scan per surname is quadratic on long texts).
    """
    positions: list[int] = []
    if len(surnames) <= PER_WORD_SEARCHES:
        for surname in surnames:
            position = text.find(surname)
            while position >= 0:
                positions.append(position)
                position = text.find(surname, position + len(surname))
        return positions
    shortest = min(len(surname) for surname in surnames)
    openings = {surname[:shortest] for surname in surnames}
    lengths = sorted({len(surname) for surname in surnames})
    for run in _CAPITAL_RUN.finditer(text):
        word = run.group()
        if word[:shortest] in openings and any(word[:length] in surnames for length in lengths):
            positions.append(run.start())
    return positions


def _sentences_naming(text: str, surnames: set[str]) -> list[tuple[int, int]]:
    """Spans of the sentences that mention one of ``surnames`` (one pass over the text for all of them)."""
    spans: set[tuple[int, int]] = set()
    for position in _surname_positions(text, surnames):
        low = max(0, position - 400)
        before = max(text.rfind(mark, low, position) for mark in ".!?\n")
        start = before + 1 if before >= 0 else low
        found = _SENTENCE_END.search(text, position, position + 400)
        end = found.end() if found else min(len(text), position + 400)
        spans.add((start, end))
    return sorted(spans)


def _blank_quotes(text: str) -> str:
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def _headline_flags(text: str) -> list[Flag]:
    first_line_end = text.find("\n")
    if first_line_end <= 0:
        return []
    headline = text[:first_line_end]
    if len(headline.split()) > _HEADLINE_MAX_WORDS or headline.rstrip().endswith((".", ":")):
        return []
    match = _FIRST_PERSON.search(_blank_quotes(headline))
    if match is None:
        return []
    body = _blank_quotes(text[first_line_end:])
    body_words = max(1, len(body.split()))
    if len(_FIRST_PERSON.findall(body)) * 200 > body_words:
        return []  # a first-person piece (column, diary): the headline is in its voice
    return [Flag(match.start(), match.end(), "pronoun_mismatch",
                 f"first-person \"{match.group()}\" in a headline over a third-person article", 0.5)]


def detect(view: ArticleView) -> list[Flag]:
    """Flag first person in a third-person headline and a person referred to as both he and she."""
    text = view.text
    flags = _headline_flags(text)
    counts = view.capitalised_words
    frequent = [word for word in view.rare_capitalised_words if counts[word] >= MIN_MENTIONS and len(word) >= 4]
    if not frequent or not (_MALE.search(text) and _FEMALE.search(text)):
        return flags  # no often-named person (cheap, tested first), or only one gender of pronoun
    surnames = _after_capitalised_word(text, frozenset(frequent))
    if not surnames:
        return flags
    by_surname: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for start, end in _sentences_naming(text, surnames):
        sentence = _blank_quotes(text[start:end])
        mentions = [m for m in _CAPITALISED.finditer(sentence) if m.group() in surnames]
        if not mentions or len({m.group() for m in mentions}) != 1:
            continue
        after_name = mentions[-1].end()
        male = list(_MALE.finditer(sentence, after_name))
        female = list(_FEMALE.finditer(sentence, after_name))
        if bool(male) == bool(female):
            continue
        pronoun = (male or female)[0]
        by_surname[mentions[0].group()].append(("m" if male else "f", start + pronoun.start(),
                                                start + pronoun.end()))
    for surname, uses in by_surname.items():
        male = [u for u in uses if u[0] == "m"]
        female = [u for u in uses if u[0] == "f"]
        majority, minority = (male, female) if len(male) >= len(female) else (female, male)
        if len(majority) < 3 or not minority or len(minority) * 2 > len(majority):
            continue
        for _, start, end in minority:
            flags.append(Flag(start, end, "pronoun_mismatch",
                              f"\"{text[start:end]}\" refers to {surname}, who is otherwise "
                              f"\"{'he' if majority is male else 'she'}\" in this article", 0.3))
    return flags
