"""Full stops inside a clause: the text after them goes on in lowercase ("rob them. violently at ...").

Machine translation (and some sentence splitters feeding it) break a clause with a full stop and
carry on in lowercase. Human writing almost never starts a sentence in lowercase, except after an
abbreviation (U.S., a.m., etc.), in URLs and handles, and for brands styled in lowercase (iPhone,
eBay, bell hooks): those are excluded. A short remainder ("violently at the station.") is a
``sentence_fragment``; a longer one only a ``lowercase_sentence_start``.
"""

from __future__ import annotations

import regex

from ..document import Flag
from ..rules import load_entries
from ..segment import abbreviation_kind, looks_like_url_or_domain, token_before
from .view import ArticleView

_STOP_THEN_LOWERCASE = regex.compile(r"\.(?<=[\p{L}\p{N}%)’']\.)[ \t]+(?=(\p{Ll}[\p{L}\p{M}'’-]*))")
_CAMEL_CASE = regex.compile(r"\p{Ll}+\p{Lu}")
_REST_OF_SENTENCE = regex.compile(r"[^.!?\n\r]*[.!?]?")
_WORDS = regex.compile(r"\p{L}+")
_FRAGMENT_OPENERS = frozenset(
    "violently quickly slowly again also only even still yet then there here now today yesterday "
    "tomorrow at in on for from with by to of into onto about after before during under over "
    "against between among without within through across and or but because which who whose that "
    "while whereas although though including".split()
)
MAX_FRAGMENT_WORDS = 6
"""A lowercase remainder of at most this many words is a sentence fragment, not a new sentence."""


def _allowed_lowercase_starts() -> frozenset[str]:
    return frozenset(load_entries("mt/lowercase_starts.txt"))


_ALLOWED = _allowed_lowercase_starts()
_EXTRA_ABBREVIATIONS = frozenset(load_entries("mt/abbreviations.txt"))
_HAS_DIGIT = regex.compile(r"\d")


def detect(view: ArticleView) -> list[Flag]:
    """Flag a full stop followed by a lowercase word, unless an abbreviation or URL explains it."""
    text = view.text
    flags: list[Flag] = []
    for match in _STOP_THEN_LOWERCASE.finditer(text):
        next_word = match.group(1)
        if next_word.lower() in _ALLOWED or _CAMEL_CASE.match(next_word):
            continue
        token = token_before(text, match.start())
        if not token or abbreviation_kind(token, text[match.end():match.end() + 6]) is not None:
            continue
        if token.lower().lstrip("([") in _EXTRA_ABBREVIATIONS or _HAS_DIGIT.search(token):
            continue  # "1 tsp. olive oil", "a 4ft. x 4ft. bed"
        after = match.end() + len(next_word)
        if after < len(text) and (text[after].isdigit() or text[after] in "@/_."):
            continue  # "my6sense", handles, domains
        if looks_like_url_or_domain(token) or "." in token.rstrip(".") or "/" in token:
            continue
        if view.on_code_line(match.start()):
            continue  # "console. log (" in a code sample
        rest = _REST_OF_SENTENCE.match(text, match.end())
        rest_text = rest.group() if rest else ""
        words = _WORDS.findall(rest_text)
        word_start = match.end()
        if len(words) <= MAX_FRAGMENT_WORDS or next_word.lower() in _FRAGMENT_OPENERS:
            flags.append(Flag(
                match.start(), word_start + len(next_word), "sentence_fragment",
                f"full stop inside a clause: the sentence goes on in lowercase with \"{next_word}\" "
                "(a typical machine-translation break)", 0.75))
        else:
            flags.append(Flag(
                match.start(), word_start + len(next_word), "lowercase_sentence_start",
                f"sentence starts in lowercase (\"{next_word}\") after a full stop", 0.55))
    return flags
