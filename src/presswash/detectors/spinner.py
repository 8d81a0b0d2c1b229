"""Spinner substitutions: "the coach, World Health Organization joined last year" (who).

Article spinners replace words with "synonyms" from a thesaurus; reading a function word as an
acronym gives its expansion ("who" -> World Health Organization, "me" -> Maine -> Pine Tree
State). The list is closed (``rules/mt/spinner.txt``). A genuine mention has an article in front
("the World Health Organization said", "the Pine Tree State"), so only bare ones in a function-word
slot are flagged.
"""

from __future__ import annotations

import regex

from ..document import Flag
from ..rules import load_entries
from .view import ArticleView


def _pairs(section: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for entry in load_entries("mt/spinner.txt", section):
        phrase, _, meant = entry.partition("=>")
        pairs[phrase.strip()] = meant.strip()
    return pairs


_NICKNAMES = _pairs("nicknames")
_EXPANSIONS = _pairs("acronym_expansions")
_TORTURED = _pairs("tortured")


def _alternation(phrases: dict[str, str]) -> str:
    return "|".join(regex.escape(p).replace(r"\ ", r"[ \t]+") for p in sorted(phrases, key=len, reverse=True))


_ARTICLE_BEFORE = r"(?<!\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]f[ \t]+the)[ \t]+)"
_NICKNAME = regex.compile(_ARTICLE_BEFORE + r"\b(" + _alternation(_NICKNAMES) + r")\b(?![ \t]+\p{Lu})")
_EXPANSION = regex.compile(
    _ARTICLE_BEFORE + r"(?<=[\p{Ll},][ \t]+)\b(" + _alternation(_EXPANSIONS) + r")\b(?=[ \t]+\p{Ll})"
    r"(?![ \t]+(?:degree|program|programme|student|course)s?\b)"
)
_TORTURED_PHRASE = regex.compile(r"(?i)\b(" + _alternation(_TORTURED) + r")\b")


def _meant(table: dict[str, str], found: str) -> str:
    key = " ".join(found.split())
    return table.get(key) or table.get(key.lower()) or next(
        (v for k, v in table.items() if k.lower() == key.lower()), "?")


_PHRASES_LOWER = tuple({phrase.lower() for table in (_NICKNAMES, _EXPANSIONS, _TORTURED) for phrase in table})


def detect(view: ArticleView) -> list[Flag]:
    """Flag closed-list spinner substitutions in the slot of an ordinary word."""
    text = view.text
    flags: list[Flag] = []
    lowered = view.lowered
    if not any(phrase in lowered for phrase in _PHRASES_LOWER):
        return flags
    for pattern, table, confidence in ((_NICKNAME, _NICKNAMES, 0.9), (_EXPANSION, _EXPANSIONS, 0.9),
                                       (_TORTURED_PHRASE, _TORTURED, 0.8)):
        for match in pattern.finditer(text):
            found = match.group(1)
            flags.append(Flag(match.start(1), match.end(1), "spinner_substitution",
                              f"\"{' '.join(found.split())}\" looks like an article spinner's substitute "
                              f"for \"{_meant(table, found)}\"", confidence))
    return flags
