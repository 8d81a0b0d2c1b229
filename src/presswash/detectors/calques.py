"""Source-language syntax and punctuation leaking into English.

- uncontracted tag questions ("..., do not they?"), a literal rendering of n'est-ce pas / ¿no?;
- a space before ? ! : ; (French typography) and guillemets « » in English text;
- Spanish-style "the also singer";
- a doubled speech tag ("he said. he wrote on X"), where the translation kept both verbs.
"""

from __future__ import annotations

import regex

from ..document import Flag
from ..rules import load_entries
from .view import ArticleView

_SPEECH = "|".join(sorted(load_entries("mt/speech.txt"), key=len, reverse=True))
_TAG_QUESTION = regex.compile(
    r"(?i)\b(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|should)[ \t]+not[ \t]+"
    r"(?:I|you|he|she|it|we|they)[ \t]*\?")
_SPACE_BEFORE_MARK = regex.compile(r"[ \u00a0\u202f]+([?!;:])(?<=\p{Ll}\p{Ll}[ \u00a0\u202f]+[?!;:])(?=[ \t\"”»]|$)",
                                   regex.MULTILINE)
_GUILLEMETS = regex.compile(r"«[^»\n]{1,400}»|«")
MIN_FRENCH_SPACING = 2
"""A space before ? ! : ; is flagged only when the article does it at least this often (a habit, not a slip)..."""
MIN_FRENCH_SPACING_SHARE = 0.3
"""...and in at least this share of the places where it writes one of these marks after a word."""
_MARK_AFTER_LETTER = regex.compile(r"\p{L}[ \u00a0\u202f]*[?!;:](?=[ \t\"”»]|$)", regex.MULTILINE)
_SPACE_BEFORE_MARK_GATE = regex.compile(r"[ \u00a0\u202f][?!;:]")
_TAG_QUESTION_GATE = regex.compile(r" not (?:I|you|he|she|it|we|they) ?\?")
_DOUBLED_SPEECH_TAG_GATE = regex.compile(r"\. (?:he|she|they|it) ")
_THE_ALSO = regex.compile(r"\b[Tt]he[ \t]+also[ \t]+\p{Ll}+")
_DOUBLED_SPEECH_TAG = regex.compile(
    r"\b(?:" + _SPEECH + r")\b[^.!?\n]{0,40}\.[ \t]+(?:he|she|they|it)[ \t]+(?:" + _SPEECH + r")\b")


def _doubled_speech_tags(text: str) -> list[regex.Match[str]]:
    """Find "said. he wrote" by looking back only from each ". he " (rare), not across the whole text."""
    found: list[regex.Match[str]] = []
    last_end = -1
    for gate in _DOUBLED_SPEECH_TAG_GATE.finditer(text):
        match = _DOUBLED_SPEECH_TAG.search(text, max(0, gate.start() - 60, last_end), min(len(text), gate.end() + 20))
        if match is not None and match.start() <= gate.start() < match.end():
            found.append(match)
            last_end = match.end()
    return found


def detect(view: ArticleView) -> list[Flag]:
    """Flag calqued tag questions, French spacing, guillemets, "the also X" and doubled speech tags."""
    text = view.text
    flags: list[Flag] = []
    if "?" in text and _TAG_QUESTION_GATE.search(text):
        for match in _TAG_QUESTION.finditer(text):
            flags.append(Flag(match.start(), match.end(), "source_calque",
                              f"uncontracted tag question \"{match.group()}\" (English contracts: "
                              "\"don't they?\")", 0.7))
    spaced = [m for m in _SPACE_BEFORE_MARK.finditer(text) if not view.on_code_line(m.start())] \
        if _SPACE_BEFORE_MARK_GATE.search(text) else []
    if spaced and len(spaced) < MIN_FRENCH_SPACING_SHARE * len(_MARK_AFTER_LETTER.findall(text)):
        spaced = []  # the article mostly writes "word:" -- a stray space is a slip, not a habit
    for match in spaced if len(spaced) >= MIN_FRENCH_SPACING else ():
        flags.append(Flag(match.start(), match.end(), "source_calque",
                          f"space before \"{match.group(1)}\" (French typography, not English)", 0.45))
    if "«" in text or "»" in text:
        for match in _GUILLEMETS.finditer(text):
            flags.append(Flag(match.start(), match.end(), "source_calque",
                              "guillemets « » in English text (quotation marks of the source language)", 0.5))
    for match in _THE_ALSO.finditer(text) if "he also " in text else ():
        flags.append(Flag(match.start(), match.end(), "source_calque",
                          f"\"{match.group()}\": word order of the source language", 0.6))
    for match in _doubled_speech_tags(text):
        flags.append(Flag(match.start(), match.end(), "source_calque",
                          "two speech tags for one statement (\"he said. he wrote\")", 0.8))
    return flags
