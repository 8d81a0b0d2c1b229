"""Guess the language of an article from its function words.

Only the languages presswash has rule data for are candidates; anything else is ``"und"``
(undetermined), and language-specific steps then stay conservative.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .rules import load_entries

LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "de", "pt", "it", "nl")
UNDETERMINED = "und"

_WORD = regex.compile(r"\p{L}+")
_NOT_LETTERS = "\"'()[]{}<>.,;:!?¡¿«»“”„‘’‚‹›-–—…/\\|*•·#@&%$€£+=~^_`0123456789"
SAMPLE_CHARACTERS = 6_000
"""The guess reads only this much of the text: texts that agree on it get the same guess."""
_MINIMUM_HITS = 5


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset[str]:
    """The function words of ``language`` (empty for a language without rule data)."""
    return frozenset(load_entries(f"stopwords/{language}.txt"))


@lru_cache(maxsize=1)
def _languages_by_word() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for language in LANGUAGES:
        for word in stopwords(language):
            index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the likeliest language, or ``"und"`` when unsure.

    Counts function words in the first 6,000 characters; the winner must have at least five
    hits and beat the runner-up clearly, so a short or mixed text stays undetermined.
    """
    words = _letter_runs(text[:SAMPLE_CHARACTERS].lower())
    if not words:
        return UNDETERMINED
    index = _languages_by_word()
    hits = dict.fromkeys(LANGUAGES, 0)
    for word in words:
        for language in index.get(word, ()):
            hits[language] += 1
    scores = sorted(((count, language) for language, count in hits.items()), reverse=True)
    (best, language), (second, _) = scores[0], scores[1]
    if best < _MINIMUM_HITS or best < 1.3 * second or best < 0.15 * len(words):
        return UNDETERMINED
    return language


def _letter_runs(text: str) -> list[str]:
    """The runs of letters of ``text``, as ``\\p{L}+`` finds them, but faster: most
    whitespace-separated tokens are one word with punctuation around it."""
    runs: list[str] = []
    for token in text.split():
        core = token.strip(_NOT_LETTERS)
        if core.isalpha():
            runs.append(core)
        elif core:
            runs.extend(_WORD.findall(core))
    return runs
