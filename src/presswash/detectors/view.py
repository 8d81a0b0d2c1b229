"""One shared reading of the article for every detector: words, their casing, where sentences start.

Tokenising once and sharing the result keeps the whole ``mt`` step cheap (it runs on every
article). Everything here is computed lazily, so a detector that needs nothing costs nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import cached_property, lru_cache
from itertools import accumulate, compress
from operator import itemgetter, not_

import regex
from wordfreq import top_n_list, zipf_frequency

_OPENERS_AND_SPACE = frozenset(" \t\u00a0\"“‘'«([*•–—-")
_SENTENCE_ENDERS = frozenset(".!?:;…\n\r")
_QUOTE_OPEN = "\"“«"
_LATIN_ASCII = regex.compile(r"[A-Za-z]")
_LETTER = regex.compile(r"\p{L}")
_CAPITAL = regex.compile(r"\p{Lu}")
_CAPITAL_AFTER_LOWERCASE = regex.compile(r" (?=\p{Lu})(?<=\p{Ll},? )(\p{Lu}\p{Ll}+)\b(?=(?: (\p{Ll}+)\b)?)")
"""The ``(?=\\p{Lu})`` is implied by what follows; testing it before the look-behind fails most spaces sooner."""

_CAPITALISED_WORD = regex.compile(r"\b\p{Lu}\p{Ll}{2,}\b")
_FOLLOWING_LOWERCASE = regex.compile(r" (\p{Ll}+)\b")
_LONG_TEXT = 100_000
"""Above this many characters, lookups that rescan the text per word switch to one-pass counts."""
_CODE_LINE = regex.compile(r"[{}<>`]|\(\s*\)|::|=>|[=!]=|\w\.\w+\(|;\s*$|^(?: {4}|\t)\S|^\s*(?://|#|/\*)")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """English word frequency (Zipf scale, 0..8) of a lowercase word; cached across articles."""
    return zipf_frequency(word, "en")


@lru_cache(maxsize=1)
def common_words(minimum_zipf: float = 5.0) -> frozenset[str]:
    """English words at least this frequent (Zipf scale): a set lookup instead of a frequency call per word."""
    return frozenset(word for word in top_n_list("en", 5000) if zipf(word) >= minimum_zipf)


@lru_cache(maxsize=256)
def _whole_word_pattern(words: frozenset[str]) -> regex.Pattern[str]:
    alternatives = "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + alternatives + r")(?![\p{L}\p{M}])")


RARE_WORD_RANK = 29_000
"""English words ranked below this in wordfreq's list have a Zipf frequency under about 3.0."""


@lru_cache(maxsize=1)
def _frequent_words() -> frozenset[str]:
    return frozenset(top_n_list("en", RARE_WORD_RANK))


def is_rare(word: str) -> bool:
    """True for a word rarer than Zipf ~3 in English (most names): one set lookup, no tokenising."""
    return word.lower() not in _frequent_words()


class ArticleView:
    """The text as words with offsets, plus the casing facts several detectors need."""

    __slots__ = ("text", "__dict__")

    def __init__(self, text: str) -> None:
        self.text = text
        self._positions: tuple[frozenset[str], dict[str, list[tuple[int, int, str]]]] | None = None

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
        lowest = max(-1, position - 40)
        while index > lowest and text[index] in _OPENERS_AND_SPACE:
            index -= 1
        return index < 0 or (index > lowest and text[index] in _SENTENCE_ENDERS)

    @cached_property
    def capitalised_words(self) -> Counter[str]:
        """Every Capitalised word of three letters or more, with its count (names, places, sentence starts)."""
        return Counter(_CAPITALISED_WORD.findall(self.text))

    @cached_property
    def rare_capitalised_words(self) -> list[str]:
        """The words of :attr:`capitalised_words` that are rare in English (probable names), in the same order.

        One C-level pass (``map``/``compress``) instead of an :func:`is_rare` call per word.
        """
        words = list(self.capitalised_words)
        frequent = _frequent_words().__contains__
        return list(compress(words, map(not_, map(frequent, map(str.lower, words)))))

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
        if length > _LONG_TEXT and len(wanted) > 8:
            for match in _CAPITAL_AFTER_LOWERCASE.finditer(text):
                word = match.group(1)
                if word in wanted and self.previous_word_is_lowercase(match.start(1)):
                    found.setdefault(word, []).append((match.start(1), match.end(1), match.group(2) or ""))
            self._positions = (frozenset(wanted), found)
            return found
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
                         if seen >= 2 and len(word) >= 4 and is_rare(word))

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

    @cached_property
    def _line_starts(self) -> list[int]:
        # each line starts one past the end of the previous one: running sums of (length + 1), all in C
        return list(accumulate(map((1).__add__, map(len, self.text.split("\n")[:-1])), initial=0))

    def _line_at(self, position: int) -> tuple[int, int]:
        """``(start, end)`` of the line holding ``position`` (a bisect: no rescans of long lines)."""
        starts = self._line_starts
        index = bisect_right(starts, position) - 1
        end = starts[index + 1] - 1 if index + 1 < len(starts) else len(self.text)
        return starts[index], end

    def on_prose_line(self, position: int) -> bool:
        """True when the line around ``position`` is running text, not a Title Case heading or menu.

        Cheap test: at least six words, and capital letters on fewer than 40% of them.
        """
        line_start, line_end = self._line_at(position)
        cached = self._prose_lines.get(line_start)
        if cached is None:
            line = self.text[line_start:line_end]
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
        line_start, line_end = self._line_at(position)
        cached = self._code_lines.get(line_start)
        if cached is None:
            cached = _CODE_LINE.search(self.text, line_start, line_end) is not None
            self._code_lines[line_start] = cached
        return cached

    @cached_property
    def _code_lines(self) -> dict[int, bool]:
        return {}

    def lowercase_count(self, word: str) -> int:
        """About how often ``word`` (lowercase) occurs in lowercase: after a space, before a space or a comma.

        Counted with ``str.count`` (no regex per word): fast, and exact enough for the decisions it
        feeds ("does the article also write this word in lowercase?").
        """
        cached = self._lowercase_counts.get(word)
        if cached is None:
            text = self.text
            if len(text) > _LONG_TEXT:
                return self._lowercase_token_counts[word]
            cached = text.count(f" {word} ") + text.count(f" {word},")
            self._lowercase_counts[word] = cached
        return cached

    @cached_property
    def _lowercase_token_counts(self) -> Counter[str]:
        """For long texts: one pass over all tokens instead of one ``str.count`` per word."""
        return Counter(token.rstrip(",.;:") for token in self.text.split() if token[:1].islower())

    @cached_property
    def _lowercase_counts(self) -> dict[str, int]:
        return {}

    def whole_word_starts(self, words: frozenset[str]) -> dict[str, list[int]]:
        """Start offsets of each of ``words`` where it stands between non-letters: ``{word: [start, ...]}``.

        A word bounded by non-letters on both sides is exactly one run of letters (and marks), so one
        C-level search for all the words finds them; a search per word was quadratic on long texts.
        """
        starts: dict[str, list[int]] = {}
        if words:
            for match in _whole_word_pattern(words).finditer(self.text):
                starts.setdefault(match.group(), []).append(match.start())
        return starts

    @cached_property
    def ascii_latin_share(self) -> float:
        """Share of letters that are plain ASCII Latin (used to decide whether English is plausible)."""
        sample = self.text[:6000]
        letters = len(_LETTER.findall(sample))
        return len(_LATIN_ASCII.findall(sample)) / letters if letters else 0.0
