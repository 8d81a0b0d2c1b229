"""One shared reading of the article for every detector: words, their casing, where sentences start.

Tokenising once and sharing the result keeps the whole ``mt`` step cheap (it runs on every
article). Everything here is computed lazily, so a detector that needs nothing costs nothing.
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property, lru_cache

import regex
from wordfreq import zipf_frequency

WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?")
_SENTENCE_OPENER_BEFORE = regex.compile(r"(?:^|[.!?:;…]|[\n\r])[\s\"“‘'«(\[*•–—-]*$")
_QUOTE_OPEN = "\"“«"
_LATIN_ASCII = regex.compile(r"[A-Za-z]")
_LETTER = regex.compile(r"\p{L}")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """English word frequency (Zipf scale, 0..8) of a lowercase word; cached across articles."""
    return zipf_frequency(word, "en")


class ArticleView:
    """The text as words with offsets, plus the casing facts several detectors need."""

    __slots__ = ("text", "__dict__")

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def words(self) -> list[tuple[int, int, str]]:
        """Every word as ``(start, end, word)``."""
        return [(m.start(), m.end(), m.group()) for m in WORD.finditer(self.text)]

    @cached_property
    def word_count(self) -> int:
        return len(self.words)

    def starts_sentence(self, position: int) -> bool:
        """True when the word at ``position`` opens a sentence, a line, a quotation or a list item."""
        window = self.text[max(0, position - 12) : position]
        if position - 12 <= 0 and not window.strip(" \t\"“‘'«([*•–—-"):
            return True
        return _SENTENCE_OPENER_BEFORE.search(window) is not None

    @cached_property
    def mid_sentence_capitalised(self) -> Counter[str]:
        """Lowercased forms of words written Capitalised somewhere other than a sentence start."""
        counts: Counter[str] = Counter()
        for start, _, word in self.words:
            if word[0].isupper() and not self.starts_sentence(start):
                counts[word.lower()] += 1
        return counts

    @cached_property
    def prose_capitalised(self) -> Counter[str]:
        """Like :attr:`mid_sentence_capitalised`, but only after a lowercase word on a prose line.

        Headings and menu lines in Title Case ("Manual Toothbrushes") say nothing about how the
        article writes a word in running text, so they are left out.
        """
        counts: Counter[str] = Counter()
        words = self.words
        for index in range(1, len(words)):
            start, _, word = words[index]
            previous = words[index - 1][2]
            if word[0].isupper() and previous.islower() and self.on_prose_line(start):
                counts[word.lower()] += 1
        return counts

    def on_prose_line(self, position: int) -> bool:
        """True when the line around ``position`` is running text (mostly lowercase words)."""
        line_start = self.text.rfind("\n", 0, position) + 1
        cached = self._prose_lines.get(line_start)
        if cached is None:
            line_end = self.text.find("\n", position)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            line_words = WORD.findall(line)
            lower = sum(1 for w in line_words if w.islower())
            cached = len(line_words) >= 6 and lower >= 0.6 * len(line_words)
            self._prose_lines[line_start] = cached
        return cached

    @cached_property
    def _prose_lines(self) -> dict[int, bool]:
        return {}

    @cached_property
    def lowercase_words(self) -> Counter[str]:
        """Counts of words written entirely in lowercase."""
        return Counter(word for _, _, word in self.words if word.islower())

    @cached_property
    def ascii_latin_share(self) -> float:
        """Share of letters that are plain ASCII Latin (used to decide whether English is plausible)."""
        sample = self.text[:6000]
        letters = len(_LETTER.findall(sample))
        return len(_LATIN_ASCII.findall(sample)) / letters if letters else 0.0
