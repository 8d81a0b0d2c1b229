"""Lines, paragraphs and abbreviation-aware sentences: the shared view of a text's structure.

Every step that reasons about structure uses these functions, so that all steps agree on where a
line, a paragraph or a sentence ends. All spans are ``(start, end)`` offsets into the text given.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from .rules import load_entries

LINE_BREAK = regex.compile(r"\r\n|[\n\r\u2028\u2029\x85]")
"""Line breaks presswash recognises: LF, CRLF, CR, LINE/PARAGRAPH SEPARATOR and NEL."""

BLANK = regex.compile(r"[\s\u200b\ufeff]*")


@dataclass(frozen=True, slots=True)
class Line:
    """One line: ``text[start:end]`` is its content, ``text[end:next_start]`` its line break."""

    start: int
    end: int
    next_start: int

    @property
    def line_break(self) -> tuple[int, int]:
        return (self.end, self.next_start)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` with its break; a final line without a break has ``end == next_start``."""
    lines: list[Line] = []
    position = 0
    for match in LINE_BREAK.finditer(text):
        lines.append(Line(position, match.start(), match.end()))
        position = match.end()
    if position < len(text) or not lines:
        lines.append(Line(position, len(text), len(text)))
    return lines


def is_blank(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when ``text[start:end]`` holds nothing but whitespace and invisible characters."""
    end = len(text) if end is None else end
    match = BLANK.match(text, start, end)
    return match is not None and match.end() == end


def split_paragraphs(text: str) -> list[Span]:
    """Runs of non-blank lines, separated by one or more blank lines."""
    paragraphs: list[Span] = []
    start = None
    last_end = 0
    for line in split_lines(text):
        if is_blank(text, line.start, line.end):
            if start is not None:
                paragraphs.append(Span(start, last_end))
                start = None
        else:
            if start is None:
                start = line.start
            last_end = line.end
    if start is not None:
        paragraphs.append(Span(start, last_end))
    return paragraphs


# ---------------------------------------------------------------- abbreviations

_ABBREVIATION_LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl")


@lru_cache(maxsize=None)
def abbreviations(kind: str) -> frozenset[str]:
    """Lowercase abbreviations (no final stop) of one kind, over every language with rule data.

    Kinds: ``never_final``, ``may_be_final``, ``before_number`` (see rules/abbreviations/en.txt).
    The union over languages is used because articles quote and name across languages, and a
    false "abbreviation" only makes presswash more cautious.
    """
    entries: set[str] = set()
    for language in _ABBREVIATION_LANGUAGES:
        entries.update(load_entries(f"abbreviations/{language}.txt", kind))
    return frozenset(entries)


_DOTTED_INITIALISM = regex.compile(r"(?:\p{L}\.)+\p{L}")
_INITIAL = regex.compile(r"\p{Lu}")
_NUMBER_NEXT = regex.compile(r"\s*[\d#]")
_TOKEN_BEFORE = regex.compile(r"[^\s(\[{\"“‘'«]*$")
_URL_OR_DOMAIN = regex.compile(
    r"(?i)(?:https?://|www\.|@)\S*$|(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|co|uk|de|fr|es|it|nl|pt|info|biz|ly|tv|me)$"
)


def abbreviation_kind(token: str, following: str = "") -> str | None:
    """Classify the token before a full stop (without that stop) as an abbreviation, or ``None``.

    Returns ``"never_final"`` (Dr, e.g, an initial like J), ``"may_be_final"`` (U.S, a.m, Inc),
    ``"before_number"`` (No before 10) or ``None`` for an ordinary word.
    >>> abbreviation_kind("Dr"), abbreviation_kind("U.S"), abbreviation_kind("No", " 10"), abbreviation_kind("plan")
    ('never_final', 'may_be_final', 'before_number', None)
    """
    stripped = token.lstrip("([{\"“‘'«")
    if not stripped:
        return None
    lowered = stripped.lower()
    if lowered in abbreviations("never_final"):
        return "never_final"
    if _INITIAL.fullmatch(stripped):
        return "never_final"
    if lowered in abbreviations("before_number") and _NUMBER_NEXT.match(following):
        return "before_number"
    if lowered in abbreviations("may_be_final") or _DOTTED_INITIALISM.fullmatch(stripped):
        return "may_be_final"
    return None


def token_before(text: str, position: int) -> str:
    """The run of non-space characters that ends at ``position`` (opening quotes and brackets excluded)."""
    window_start = max(0, position - 80)
    match = _TOKEN_BEFORE.search(text, window_start, position)
    return match.group() if match else ""


def looks_like_url_or_domain(token: str) -> bool:
    """True for ``www.example``, ``https://...``, ``@handle`` and ``example.com``-like tokens."""
    return _URL_OR_DOMAIN.search(token) is not None


# ---------------------------------------------------------------- sentences

# Signs of code, configuration or a command line: such a line's spacing and breaks mean something.
CODE_LINE = regex.compile(r"^[ \t]|[{}\[\]=<>|\\]|//|/\*|\(\)|[ \t]--?[a-z]|\w_\w|^[ \t]*#", regex.MULTILINE)


_FENCE = regex.compile(r"[ \t]{0,3}(`{3,}|~{3,})")
CODE_SPAN = regex.compile(r"(`+)(?!`)[^\n]*?(?<!`)\1(?!`)")
"""An inline code span of markdown ("`settled_at`", "``a`b``"), on one line."""


def fence_pairs(lines: Sequence[str]) -> list[tuple[int, int]]:
    """``(opening, closing)`` line indices of markdown's fenced code blocks ("```python" … "```"): a
    block closes on a fence of the same mark and no shorter, with nothing after it. A fence left
    open fences nothing. (One pass over the lines.)"""
    pairs: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    for index, line in enumerate(lines):
        fence = _FENCE.match(line)
        if fence is None:
            continue
        mark = fence.group(1)
        if opened is None:
            opened = index, mark
        elif mark[0] == opened[1][0] and len(mark) >= len(opened[1]) and not line[fence.end():].strip():
            pairs.append((opened[0], index))
            opened = None
    return pairs


def without_markdown_code(text: str) -> str:
    """``text`` with markdown's code (fenced blocks, inline `spans`) blanked to spaces, line breaks kept
    (same length, same offsets): a listing's quotation marks and full stops are no prose's."""
    if "`" not in text and "~~~" not in text:
        return text
    if "```" in text or "~~~" in text:
        lines = text.splitlines(keepends=True)
        for opening, closing in reversed(fence_pairs(lines)):
            lines[opening:closing + 1] = [_blank(line) for line in lines[opening:closing + 1]]
        text = "".join(lines)
    return CODE_SPAN.sub(lambda match: _blank(match.group()), text) if "`" in text else text


def _blank(code: str) -> str:
    return "".join(character if character in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" else " "
                   for character in code)


class CodeLines:
    """Which lines of a text match ``signs`` (of code), for any number of positions: each line read once, when asked."""

    def __init__(self, text: str, signs: regex.Pattern = CODE_LINE) -> None:
        self._text = text
        self._signs = signs
        self._starts: list[int] | None = None
        self._code: list[bool | None] = []

    def __contains__(self, position: int) -> bool:
        if self._starts is None:
            self._starts = [0] + [match.end() for match in _NEWLINE.finditer(self._text)]
            self._code = [None] * len(self._starts)
        line = bisect.bisect_right(self._starts, position) - 1
        code = self._code[line]
        if code is None:  # each line read once, and only the lines asked about
            end = self._starts[line + 1] if line + 1 < len(self._starts) else len(self._text)
            code = self._code[line] = self._signs.search(self._text, self._starts[line], end) is not None
        return code


_NEWLINE = regex.compile(r"\n")


_CANDIDATE_END = regex.compile(r"(?:\.{3}|…|[.!?])[.!?]*[”\"’'»)\]]*(?=\s|$)")
_NEXT_START = regex.compile(r"\s+([\"“‘'«(\[¿¡]*)(\S)")
# words that start a sentence after a may-be-final abbreviation ("in the U.S. The vote")
_SENTENCE_STARTERS = frozenset(load_entries("sentences/sentence_starters.txt"))
_WORD_AFTER = regex.compile(r"\s+[\"“‘'«(\[]*(\p{L}+)")


def is_sentence_end(text: str, end_of_mark: int, mark_start: int) -> bool:
    """Decide whether the terminal mark at ``text[mark_start:end_of_mark]`` ends a sentence.

    ``end_of_mark`` is after any closing quotes and brackets. A sentence ends when the next
    visible character starts a sentence (a capital, a digit, an opening quote followed by one),
    unless the word before a full stop is an abbreviation that does not end sentences.
    """
    if end_of_mark >= len(text) or not text[end_of_mark:].strip():
        return True
    match = _NEXT_START.match(text, end_of_mark)
    if match is None:
        return True
    next_character = match.group(2)
    starts_like_sentence = next_character.isupper() or next_character.isdigit() or not next_character.isalpha()
    if not starts_like_sentence:
        return False
    mark = text[mark_start:end_of_mark]
    if not mark.startswith(".") or mark.startswith("..") or mark.startswith("…"):
        return True
    token = token_before(text, mark_start)
    kind = abbreviation_kind(token, text[end_of_mark:end_of_mark + 6])
    if kind in ("never_final", "before_number"):
        return False
    if kind == "may_be_final":
        word = _WORD_AFTER.match(text, end_of_mark)
        return word is not None and word.group(1).lower() in _SENTENCE_STARTERS
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Abbreviation-aware sentence spans within ``text[start:end]``; paragraphs always end sentences.

    Handles U.S., Dr., a.m./p.m., No. 10, e.g./i.e., initials ("J. R. R. Tolkien"), decimals,
    URLs and domains (no space after their dots), and ellipses (a boundary only before a capital).
    >>> text = "Dr. Smith arrived at 9 a.m. on Monday. He left."
    >>> [text[s.start:s.end] for s in split_sentences(text)]
    ['Dr. Smith arrived at 9 a.m. on Monday.', 'He left.']
    """
    end = len(text) if end is None else end
    sentences: list[Span] = []
    for paragraph in split_paragraphs(text[start:end]):
        paragraph_start, paragraph_end = start + paragraph.start, start + paragraph.end
        sentence_start = paragraph_start
        for match in _CANDIDATE_END.finditer(text, paragraph_start, paragraph_end):
            if is_sentence_end(text[:paragraph_end], match.end(), match.start()):
                sentences.append(Span(sentence_start, match.end()))
                next_visible = _NEXT_START.match(text, match.end(), paragraph_end)
                sentence_start = next_visible.start(1) if next_visible else paragraph_end
        if sentence_start < paragraph_end:
            sentences.append(Span(sentence_start, paragraph_end))
    return sentences
