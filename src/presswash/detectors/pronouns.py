"""Pronouns that disagree with their referent: "we" in a third-person headline, one person as he and she.

Machine translation from languages without gendered or personal pronoun marking often guesses.
Quoted speech is ignored (people say "we" and "I"), and only sentences that name exactly one
person and use pronouns of exactly one gender count, so this stays a low-confidence signal.
"""

from __future__ import annotations

from collections import defaultdict

import regex

from ..document import Flag
from .view import ArticleView, zipf

_QUOTED = regex.compile(r"[\"“][^\"”\n]*[\"”]|‘[^’\n]*’(?!\p{L})")
_FIRST_PERSON = regex.compile(r"\b(?:I|we|We|our|Our|my|My|us|me|I'm|We're)\b")
_HEADLINE_MAX_WORDS = 16
_MALE = regex.compile(r"\b(?:he|He|his|His|him|himself)\b")
_FEMALE = regex.compile(r"\b(?:she|She|her|Her|hers|herself)\b")
_PERSON = regex.compile(r"\b(\p{Lu}\p{Ll}{2,})[ \t]+(\p{Lu}\p{Ll}{2,})\b")
_SENTENCE = regex.compile(r"[^.!?\n]+[.!?]?")
_CAPITALISED = regex.compile(r"\b\p{Lu}\p{Ll}{2,}\b")
_SURNAME_ZIPF = 3.5
"""Surnames at least this common as English words are too ambiguous to follow."""


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
    if not (_MALE.search(text) and _FEMALE.search(text)):
        return flags
    unquoted = _blank_quotes(text)
    surnames = {m.group(2) for m in _PERSON.finditer(text, overlapped=True)
                if zipf(m.group(2).lower()) < _SURNAME_ZIPF and zipf(m.group(1).lower()) < 5.5}
    if not surnames:
        return flags
    by_surname: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for sentence in _SENTENCE.finditer(unquoted):
        mentions = [m for m in _CAPITALISED.finditer(sentence.group()) if m.group() in surnames]
        if not mentions or len({m.group() for m in mentions}) != 1:
            continue
        after_name = mentions[-1].end()
        male = list(_MALE.finditer(sentence.group(), after_name))
        female = list(_FEMALE.finditer(sentence.group(), after_name))
        if bool(male) == bool(female):
            continue
        pronoun = (male or female)[0]
        by_surname[mentions[0].group()].append(("m" if male else "f", sentence.start() + pronoun.start(),
                                                sentence.start() + pronoun.end()))
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
