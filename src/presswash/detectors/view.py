"""One shared reading of the article for every detector: words, their casing, where sentences start.

Tokenising once and sharing the result keeps the whole ``mt`` step cheap (it runs on every
article). Everything here is computed lazily, so a detector that needs nothing costs nothing.
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property, lru_cache
from operator import itemgetter

import regex
from wordfreq import zipf_frequency

WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?")
_OPENERS_AND_SPACE = frozenset(" \t\u00a0\"“‘'«([*•–—-")
_SENTENCE_ENDERS = frozenset(".!?:;…\n\r")
_QUOTE_OPEN = "\"“«"
_LATIN_ASCII = regex.compile(r"[A-Za-z]")
_LETTER = regex.compile(r"\p{L}")
_CAPITAL = regex.compile(r"\p{Lu}")
_CAPITAL_AFTER_LOWERCASE = regex.compile(r" (?<=\p{Ll},? )(\p{Lu}\p{Ll}+)\b(?=(?: (\p{Ll}+)\b)?)")

_FOLLOWING_LOWERCASE = regex.compile(r" (\p{Ll}+)\b")
RARE_WORD_ZIPF = 3.0
"""A lowercase form rarer than this (wordfreq Zipf scale) is probably a name, not an ordinary word."""
_CODE_LINE = regex.compile(r"[{}<>`]|\(\s*\)|::|=>|[=!]=|\w\.\w+\(|;\s*$|^(?: {4}|\t)\S|^\s*(?://|#|/\*)")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """English word frequency (Zipf scale, 0..8) of a lowercase word; cached across articles."""
    return zipf_frequency(word, "en")


class ArticleView:
    """The text as words with offsets, plus the casing facts several detectors need."""

    __slots__ = ("text", "__dict__")

    def __init__(self, text: str) -> None:
        self.text = text
        self._positions: tuple[frozenset[str], dict[str, list[tuple[int, int, str]]]] | None = None

    @cached_property
    def words(self) -> list[tuple[int, int, str]]:
        """Every word as ``(start, end, word)``."""
        return [(m.start(), m.end(), m.group()) for m in WORD.finditer(self.text)]

    @cached_property
    def lowered(self) -> str:
        """The text in lowercase, for cheap literal pre-checks."""
        return self.text.lower()

    @cached_property
    def lowercase_tokens(self) -> list[str]:
        """The text split on whitespace, lowercased: a cheap pass for doubled words."""
        return self.lowered.split()

    @cached_property
    def word_count(self) -> int:
        """Whitespace-separated words (cheap, and what "per 1,000 words" means everywhere)."""
        return len(self.lowercase_tokens)

    def starts_sentence(self, position: int) -> bool:
        """True when the word at ``position`` opens a sentence, a line, a quotation or a list item."""
        text = self.text
        index = position - 1
        while index >= 0 and text[index] in _OPENERS_AND_SPACE:
            index -= 1
        return index < 0 or text[index] in _SENTENCE_ENDERS

    @cached_property
    def capital_pairs(self) -> list[tuple[str, str]]:
        """``(word, next word)`` for every Capitalised word right after a lowercase letter (and maybe a comma).

        ``next word`` is the following word when it is lowercase, else ``""``. Found in one C-level
        ``findall``; positions are looked up later, only for the few words a detector cares about.
        """
        return _CAPITAL_AFTER_LOWERCASE.findall(self.text)

    @cached_property
    def capital_counts(self) -> Counter[str]:
        """How often each Capitalised word appears right after a lowercase word (keyed as written)."""
        return Counter(map(itemgetter(0), self.capital_pairs))

    def capital_positions(self, wanted: frozenset[str] | set[str]) -> dict[str, list[tuple[int, int, str]]]:
        """Where the Capitalised words in ``wanted`` follow a lowercase word: ``{word: [(start, end, next word)]}``.

        One pass over the text; Python work only for the wanted words. Detectors ask once for
        everything they need (casing asks for the rare names and the suspicious capitals together).
        """
        found: dict[str, list[tuple[int, int, str]]] = {}
        if not wanted:
            return found
        cached = self._positions
        if cached is not None and wanted <= cached[0]:
            return {word: spans for word, spans in cached[1].items() if word in wanted}
        text = self.text
        length = len(text)
        for word in wanted:
            needle = " " + word
            position = text.find(needle)
            while position >= 0:
                start = position + 1
                end = start + len(word)
                if (end >= length or not text[end].isalpha()) and position > 0 \
                        and (text[position - 1].islower() or text[position - 1] == ",") \
                        and self.previous_word_is_lowercase(start):
                    following = _FOLLOWING_LOWERCASE.match(text, end)
                    found.setdefault(word, []).append((start, end, following.group(1) if following else ""))
                position = text.find(needle, end)
        self._positions = (frozenset(wanted), found)
        return found


    @cached_property
    def rare_capitalised(self) -> frozenset[str]:
        """Capitalised words after a lowercase word, seen at least twice, rare as English words (names)."""
        return frozenset(word for word, seen in self.capital_counts.items()
                         if seen >= 2 and len(word) >= 4 and zipf(word.lower()) < RARE_WORD_ZIPF)

    @cached_property
    def prose_capitalised(self) -> Counter[str]:
        """Rare words (probable names) written Capitalised after a lowercase word on a prose line.

        Headings and menu lines in Title Case ("Manual Toothbrushes") say nothing about how the
        article writes a word in running text, so they are left out. Only words seen at least
        twice are counted (a single capitalised use proves nothing).
        """
        counts: Counter[str] = Counter()
        for word, spans in self.capital_positions(self.rare_capitalised).items():
            prose = sum(1 for start, _, _ in spans if self.on_prose_line(start))
            if prose:
                counts[word.lower()] += prose
        return counts

    def previous_word_is_lowercase(self, position: int) -> bool:
        """True when the word before the one at ``position`` (skipping one space and a comma) starts in lowercase."""
        text = self.text
        end = position - 1
        if end > 0 and text[end - 1] == ",":
            end -= 1
        low = max(0, end - 40)
        start = max(text.rfind(" ", low, end), text.rfind("\n", low, end), text.rfind("\t", low, end)) + 1
        return start < end and text[start].islower()

    def on_prose_line(self, position: int) -> bool:
        """True when the line around ``position`` is running text, not a Title Case heading or menu.

        Cheap test: at least six words, and capital letters on fewer than 40% of them.
        """
        line_start = self.text.rfind("\n", 0, position) + 1
        cached = self._prose_lines.get(line_start)
        if cached is None:
            line_end = self.text.find("\n", position)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            words = line.count(" ") + 1
            capitals = len(_CAPITAL.findall(line))
            cached = words >= 6 and capitals < 0.4 * words
            self._prose_lines[line_start] = cached
        return cached

    @cached_property
    def _prose_lines(self) -> dict[int, bool]:
        return {}

    def on_code_line(self, position: int) -> bool:
        """True when the line around ``position`` looks like program code (braces, ``::``, ``()``, indentation)."""
        line_start = self.text.rfind("\n", 0, position) + 1
        line_end = self.text.find("\n", position)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        return _CODE_LINE.search(line) is not None

    def lowercase_count(self, word: str) -> int:
        """About how often ``word`` (lowercase) occurs in lowercase: after a space, before a space or ,.;:

        Counted with ``str.count`` (no regex per word): fast, and exact enough for the decisions it
        feeds ("does the article also write this word in lowercase?").
        """
        cached = self._lowercase_counts.get(word)
        if cached is None:
            text = self.text
            cached = sum(text.count(f" {word}{after}") for after in " ,.;:")
            self._lowercase_counts[word] = cached
        return cached

    @cached_property
    def _lowercase_counts(self) -> dict[str, int]:
        return {}

    @cached_property
    def ascii_latin_share(self) -> float:
        """Share of letters that are plain ASCII Latin (used to decide whether English is plausible)."""
        sample = self.text[:6000]
        letters = len(_LETTER.findall(sample))
        return len(_LATIN_ASCII.findall(sample)) / letters if letters else 0.0
