"""Boilerplate removal: classify every line, revise the labels by their neighbours, remove the rest.

A scraper's text holds the article plus the page around it: menus, share buttons, comment forms,
newsletter and podcast plugs, cookie notices, credits, tags, footers. Phrase lists alone catch
little of that and hurt prose that merely mentions a newsletter, so the decision is by context,
in the manner of jusText:

1. every non-blank line gets signals: its words, stop-word density (``presswash.language``),
   terminal punctuation, and which phrase rule of which category it matches (rule data in
   ``rules/boilerplate/<lang>.txt``, English always added);
2. the article's BODY is located as the span of lines with the highest prose weight (long,
   stop-word-rich, punctuated lines count for; short and phrase-matched lines count against):
   distance to that body is the strongest signal there is;
3. each line is labelled: prose keeps, inside the body short lines keep (subheadings, list
   items, table cells) unless a strong phrase rule says otherwise; outside the body short lines
   go; runs are revised by neighbours (a comment-form run takes "Name *", "Email *" and
   "Website" with it; the headline just above the body stays);
4. inline fragments go without their line ("(Getty Images)" ending a caption, "Read more: ..."
   glued to a paragraph).

Removals take the line with its line break, choosing the break so that the paragraph
separation of what remains does not change. When no line reads like article prose at all, only
lines a strong rule names are removed; when even that would remove everything, nothing is
removed and a :class:`~presswash.document.Note` says the article seemed empty of content,
because an empty result hides the problem while the untouched text lets the user see it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from os import PathLike
from pathlib import Path
from typing import Iterable, Sequence

import regex

from ..document import Edit, Note, apply_edits, moved_edit, position_in_original
from ..language import LANGUAGES, stopwords
from ..pipeline import Context, step
from ..rules import load_sections
from .sentences import sentence_edits

CATEGORY_NAMES: dict[str, str] = {
    "comment_form": "comment form or comment count",
    "share_widget": "share, like or follow widget",
    "newsletter_plug": "newsletter plug",
    "podcast_plug": "podcast plug",
    "app_plug": "app plug",
    "subscription_plug": "subscription or log-in plug",
    "cookie_notice": "cookie, consent or privacy notice",
    "advertisement": "advertisement marker",
    "read_more": "read-more teaser",
    "related_links": "related-links teaser",
    "photo_credit": "photo or image credit",
    "tags": "tags or categories",
    "copyright": "copyright or footer line",
    "author_bio": "author bio or byline",
    "byline_decoration": "date, reading time or byline decoration",
    "navigation": "navigation or menu",
    "email_footer": "e-mail footer",
    "table_of_contents": "table of contents",
    "user": "user pattern",
    "page_furniture": "page furniture outside the article body",
    "comment_thread": "reader comment thread",
}
"""Every removal category with the words a reason uses for it."""

# Categories whose whole-line phrases are common words ("Sports", "Contents", "May 3, 2024"):
# they decide only outside the body or next to other boilerplate, never between prose paragraphs.
WEAK_CATEGORIES = frozenset({"navigation", "table_of_contents", "byline_decoration", "related_links", "author_bio"})

_QUOTE_START = regex.compile(r"^\s*[\"“„«‘']")

_MODES = {"=": "line", "^": "start", "~": "contains", "$": "fragment"}

# Characters stripped from both ends of a line before whole-line rules look at it: bullets,
# punctuation, counters ("Comments (12)"), arrows, asterisks of required form fields.
_EDGE = " \t\u00a0*•·‣◦▪►▸-–—:;|»«>›‹<()[]{}.,!?\"'“”‘’#@/\\+=~_^&%©®™…"
_DIGITS = "0123456789"


# ------------------------------------------------------------------ literal gates
# A big alternation of regexes costs too much to try on every line, so every rule is reduced to
# the literal text its matches start with ("sign up for our " for "sign up for our .{0,60}newsletter").
# Most whole-line rules ARE literals (a set lookup); the others run only behind a cheap literal gate.

_META = frozenset(".[]{}()*+^$\\|?")
_ESCAPED_LITERALS = frozenset(".[]{}()*+^$\\|?-'\"/:&#@!,;<>=~%")
_EXPANSION_LIMIT = 400


class _TooMany(Exception):
    pass


def _expand_alternation(pattern: str, index: int) -> tuple[list[tuple[list[str], list[str], bool]], int]:
    branches = [_expand_sequence(pattern, index)]
    index = branches[-1][3]
    while index < len(pattern) and pattern[index] == "|":
        branches.append(_expand_sequence(pattern, index + 1))
        index = branches[-1][3]
    return [(whole, prefixes, complete) for whole, prefixes, complete, _ in branches], index


def _expand_sequence(pattern: str, index: int) -> tuple[list[str], list[str], bool, int]:
    """``(whole, prefixes, complete, end)``: literal expansions of a sequence up to ``|``/``)``.

    ``whole`` are expansions of everything read so far, ``prefixes`` the literal beginnings of
    alternatives that continue with a non-literal construct; ``complete`` is False once the
    sequence itself hit one (then ``whole`` are only prefixes too).
    """
    results = [""]
    prefixes: list[str] = []
    while index < len(pattern) and pattern[index] not in "|)":
        char = pattern[index]
        construct = index
        if pattern.startswith("(?:", index):
            branches, closing = _expand_alternation(pattern, index + 3)
            if closing >= len(pattern) or pattern[closing] != ")":
                return [], prefixes + results, False, _skip_sequence(pattern, index)
            options = [text for whole, _, complete in branches if complete for text in whole]
            stopped = [text for whole, partial, complete in branches
                       for text in partial + ([] if complete else whole)]
            prefixes.extend(done + text for done in results for text in stopped)
            if len(prefixes) > _EXPANSION_LIMIT:
                raise _TooMany
            index = closing + 1
        elif char == "\\" and index + 1 < len(pattern) and pattern[index + 1] in _ESCAPED_LITERALS:
            options, index = [pattern[index + 1]], index + 2
        elif char in _META:
            return [], prefixes + results, False, _skip_sequence(pattern, index)
        else:
            options, index = [char], index + 1
        if index < len(pattern) and pattern[index] == "?":
            options, index = options + [""], index + 1
        elif index < len(pattern) and pattern[index] in "*+{":
            return [], prefixes + results, False, _skip_sequence(pattern, index)
        if len(results) * len(options) + len(prefixes) > _EXPANSION_LIMIT:
            # Too many expansions: what is expanded so far still starts every match.
            return [], prefixes + results, False, _skip_sequence(pattern, construct)
        results = [done + option for done in results for option in options]
    if len(prefixes) > _EXPANSION_LIMIT:
        raise _TooMany
    return results, prefixes, True, index


def _skip_sequence(pattern: str, index: int) -> int:
    """Index of the ``|`` or ``)`` that ends the sequence holding ``index``."""
    depth = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            closing = pattern.find("]", index + 2)
            index = (closing if closing > 0 else len(pattern)) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return index
            depth -= 1
        elif char == "|" and depth == 0:
            return index
        index += 1
    return index


def literal_heads(pattern: str) -> list[tuple[str, bool]]:
    """``[(head, exact)]``: every match starts with one head; ``exact`` when the head is a whole match.

    >>> literal_heads("leave a (?:reply|comment)")
    [('leave a reply', True), ('leave a comment', True)]
    >>> literal_heads("(?:home|page \\d+)")
    [('home', True), ('page ', False)]
    """
    try:
        branches, _ = _expand_alternation(pattern, 0)
    except _TooMany:
        return [("", False)]
    heads: dict[str, bool] = {}
    for whole, prefixes, complete in branches:
        for text in whole:
            heads[text] = heads.get(text, False) or complete
        for text in prefixes:
            heads.setdefault(text, False)
    return list(heads.items())


def _line_key(text: str) -> str:
    return " ".join(text.lower().split()).strip(_EDGE)


_GATE_WIDTH = 6
_HAS_DIGIT = regex.compile(r"\d")


@dataclass(frozen=True, slots=True)
class PrefixGate:
    """Does a string start like one of many literal heads? One set lookup, not a regex per line."""

    prefixes: frozenset[str]
    short_heads: tuple[str, ...]
    digit: bool  # some rule starts with a digit or a non-literal: a leading digit opens the gate too

    @classmethod
    def of(cls, heads: Iterable[str], digit: bool = False) -> PrefixGate:
        heads = [" ".join(head.lower().split()) for head in heads]
        return cls(frozenset(h[:_GATE_WIDTH] for h in heads if len(h) >= _GATE_WIDTH),
                   tuple(h for h in heads if 0 < len(h) < _GATE_WIDTH), digit or any(not h for h in heads))

    def opens(self, key: str) -> bool:
        return (key[:_GATE_WIDTH] in self.prefixes or (bool(self.short_heads) and key.startswith(self.short_heads))
                or (self.digit and key[:1].isdigit()))


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The phrase rules of one set of languages, arranged so that most lines cost a set lookup.

    ``exact_lines`` maps a normalised whole line to its category; ``line_rest_rules`` holds the
    whole-line rules that need a regex, ``start_rules`` the line-start rules; the gates (literal
    heads) stand in front of every regex, and ``inline_words`` are words one of which every
    contains- or fragment-rule match holds.
    """

    exact_lines: dict[str, str]
    line_gate: PrefixGate
    line_rest_rules: _AnchoredRules
    start_gate: PrefixGate
    start_rules: _AnchoredRules
    inline_words: tuple[str, ...]
    contains: regex.Pattern | None
    fragment: regex.Pattern | None
    categories: tuple[str, ...]
    contains_words: tuple[str, ...] | None = None  # see _start_words
    fragment_words: tuple[str, ...] | None = None


def _parse_entries(sections: dict[str, Sequence[str]], source: str,
                   check: bool = True) -> dict[str, list[tuple[str, str]]]:
    """``{mode: [(category, pattern), ...]}`` from rule-file sections; a bad entry names its file.

    ``check=False`` skips compiling every entry alone (a second or so for all languages): the
    built-in files are checked by the tests, and their alternations are compiled anyway.
    """
    by_mode: dict[str, list[tuple[str, str]]] = {mode: [] for mode in _MODES.values()}
    for category, entries in sections.items():
        for entry in entries:
            marker, pattern = entry[:1], entry[1:].strip()
            if marker not in _MODES or not pattern:
                # An entry without a mode marker is a "contains" pattern (handy for user rules).
                marker, pattern = "~", entry.strip()
            if check:
                try:
                    regex.compile(pattern)
                except regex.error as error:
                    raise ValueError(f"boilerplate rule {entry!r} in {source} is not a valid pattern: {error}") \
                        from None
            by_mode[_MODES[marker]].append((category or "user", pattern))
    return by_mode


def _alternation(items: list[tuple[str, str]], categories: list[str], template: str) -> regex.Pattern | None:
    grouped: dict[str, list[str]] = {}
    for category, pattern in items:
        grouped.setdefault(category, []).append(_SPACES_IN_RULE.sub(r"\\s+", pattern))
    if not grouped:
        return None
    parts = []
    for category, patterns in grouped.items():
        if category not in categories:
            categories.append(category)
        parts.append(f"(?P<c{categories.index(category)}>{'|'.join(f'(?:{p})' for p in patterns)})")
    return regex.compile(template.format("|".join(parts)), regex.IGNORECASE | regex.V0)


_SPACES_IN_RULE = regex.compile(r" +")
_NEVER = regex.compile(r"(?!)")


def _first_word(head: str) -> str:
    """The gate word of a head: its first word (two when the first is tiny), enough to be rare."""
    words = head.lower().split()
    return " ".join(words[:2])


def _compile(by_mode: dict[str, list[tuple[str, str]]]) -> RuleSet:
    categories: list[str] = []
    exact_lines: dict[str, str] = {}
    line_rest: list[tuple[str, str]] = []
    rest_heads: list[str] = []
    for category, pattern in by_mode["line"]:
        heads = literal_heads(pattern)
        for head, exact in heads:
            if exact:
                core = _line_key(head).strip(_EDGE + _DIGITS)
                if core:
                    exact_lines.setdefault(core, category)
        if not all(exact for _, exact in heads):
            line_rest.append((category, pattern))
            rest_heads.extend(head for head, _ in heads)
        if category not in categories:
            categories.append(category)
    start_heads = [head for _, pattern in by_mode["start"] for head, _ in literal_heads(pattern)]
    inline_words = {_first_word(head) for mode in ("contains", "fragment") for _, pattern in by_mode[mode]
                    for head, _ in literal_heads(pattern)}
    if "" in inline_words:
        raise ValueError("every contains (~) or fragment ($) boilerplate rule must start with literal text")
    return RuleSet(
        exact_lines=exact_lines,
        line_gate=PrefixGate.of(rest_heads),
        start_gate=PrefixGate.of(start_heads),
        inline_words=tuple(word for word in sorted(inline_words)
                           if not any(other != word and word.startswith(other) for other in inline_words)),
        contains=_alternation(by_mode["contains"], categories, "(?:{})"),
        fragment=_alternation(by_mode["fragment"], categories, "(?:{})\\s*$"),
        categories=tuple(categories),
        contains_words=_start_words(by_mode["contains"]),
        fragment_words=_start_words(by_mode["fragment"]),
        line_rest_rules=_AnchoredRules(line_rest, categories),
        start_rules=_AnchoredRules(by_mode["start"], categories),
    )


# The only characters outside ASCII that match ASCII letters case-insensitively (in ``regex``).
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_FOLDING_TO_ASCII = regex.compile("[" + "".join(sorted(_FOLDS_TO_ASCII)) + "]")


def _aligned(text: str, lowered: str) -> bool:
    """Does ``lowered`` (``text.lower()``) line up with ``text`` character by character, and can a
    rule's lowercase first word be found in it wherever the rule matches ``text``?

    ``str.lower`` never drops a character, so equal lengths mean one character for one; the
    few characters that match an ASCII letter case-insensitively (dotted I, long s, Kelvin)
    would hide a match from a search in ``lowered``.
    """
    return len(text) == len(lowered) and (text.isascii() or _FOLDING_TO_ASCII.search(text) is None)


def _start_words(items: list[tuple[str, str]]) -> tuple[str, ...] | None:
    """The lowercased first words of every rule's heads: every match starts with one of them.

    On an aligned line (see ``_aligned``) a match can therefore start only where the lowercased line holds one of
    these words, so a search can try the rules at those few places instead of everywhere.
    ``None`` when that does not hold (a rule without literal start, or a letter that
    case-folds to ASCII).
    """
    words: set[str] = set()
    for _, pattern in items:
        for head, _ in literal_heads(pattern):
            word = head.split(" ")[0]
            if not word or not _FOLDS_TO_ASCII.isdisjoint(word):
                return None
            words.add(word.lower())
    # A word that starts with another one marks no other place ("episodes", "episode").
    return tuple(sorted(word for word in words if not any(other != word and word.startswith(other)
                                                          for other in words)))


class _AnchoredRules:
    """Whole-line or line-start rules, tried only if their first word fits the line's start.

    A big alternation costs every alternative at position 0; on an aligned line only the rules
    whose first word (see ``_start_words``) starts the lowercased line can match, so trying just
    those (plus the rules without a literal start, "\\d+ comments") one by one, in the order the
    alternation prefers them, gives the same first match. Each rule is compiled once, when first
    needed: compiling an alternation per combination of first words cost more than the matching.
    """

    __slots__ = ("items", "rule_words", "by_first", "compiled", "candidates", "order", "categories", "_alternation")

    def __init__(self, items: list[tuple[str, str]], categories: list[str]) -> None:
        self.items = tuple(items)
        self.categories = categories  # the RuleSet's list: complete once _compile is done
        self._alternation: regex.Pattern | None = None
        self.rule_words = tuple(_start_words([item]) for item in items)
        words = sorted({word for rule_words in self.rule_words if rule_words for word in rule_words})
        self.by_first: dict[str, tuple[str, ...]] = {}
        for word in words:
            self.by_first[word[0]] = self.by_first.get(word[0], ()) + (word,)
        self.compiled: list[regex.Pattern | None] = [None] * len(items)
        self.candidates: dict[frozenset[str], tuple[int, ...]] = {}
        # The alternation groups rules by category (in order of first appearance), so that is
        # the order in which it prefers them.
        group: dict[str, int] = {}
        for category, _ in items:
            group.setdefault(category, len(group))
        self.order = sorted(range(len(items)), key=lambda index: (group[items[index][0]], index))

    @property
    def alternation(self) -> regex.Pattern:
        """All the rules in one pattern, for the rare line that does not line up with its lowercase.

        Compiled on first need: for every language at once it takes half a second.
        """
        if self._alternation is None:
            self._alternation = _alternation(list(self.items), self.categories, "(?:{})") or _NEVER
        return self._alternation

    def category(self, text: str, lowered: str, whole: bool) -> str | None:
        """The category of the first rule that fullmatches (``whole``) or matches ``text``;
        ``lowered`` is ``text.lower()``."""
        if not self.items:
            return None
        if not _aligned(text, lowered):
            match = self.alternation.fullmatch(text) if whole else self.alternation.match(text)
            return self.categories[int(match.lastgroup[1:])] if match else None
        fitting = frozenset(word for word in self.by_first.get(lowered[:1], ()) if lowered.startswith(word))
        indices = self.candidates.get(fitting)
        if indices is None:
            indices = self.candidates[fitting] = tuple(
                index for index in self.order
                if self.rule_words[index] is None or not fitting.isdisjoint(self.rule_words[index]))
        for index in indices:
            compiled = self.compiled[index]
            if compiled is None:
                compiled = self.compiled[index] = regex.compile(
                    _SPACES_IN_RULE.sub(r"\\s+", self.items[index][1]), regex.IGNORECASE | regex.V0)
            if (compiled.fullmatch(text) if whole else compiled.match(text)) is not None:
                return self.items[index][0]
        return None


def _search(pattern: regex.Pattern, words: tuple[str, ...] | None, content: str, lowered: str,
            start: int = 0) -> regex.Match | None:
    """``pattern.search(content, start)``, trying the pattern only where a match can start.

    ``lowered`` is ``content.lower()``; see ``_aligned`` for when the two line up.
    """
    if words is None or not _aligned(content, lowered):
        return pattern.search(content, start)
    places: set[int] = set()
    for word in words:
        position = lowered.find(word, start)
        while position >= 0:
            places.add(position)
            position = lowered.find(word, position + 1)
    for position in sorted(places):
        match = pattern.match(content, position)
        if match:
            return match
    return None


@lru_cache(maxsize=32)
def rules_for(language: str) -> RuleSet:
    """The built-in rules for ``language`` plus English (or every language when undetermined)."""
    languages = LANGUAGES if language not in LANGUAGES else tuple(dict.fromkeys((language, "en")))
    merged: dict[str, list[tuple[str, str]]] = {mode: [] for mode in _MODES.values()}
    for code in languages:
        for mode, items in _parse_entries(load_sections(f"boilerplate/{code}.txt"), f"{code}.txt",
                                          check=False).items():
            merged[mode].extend(items)
    return _compile(merged)


@lru_cache(maxsize=32)
def _user_rules(patterns: tuple[str, ...], config: str | None) -> RuleSet | None:
    sections: dict[str, list[str]] = {}
    if patterns:
        sections["user"] = list(patterns)
    if config:
        path = Path(config)
        try:
            content = path.read_text(encoding="utf-8")
        except OSError as error:
            raise ValueError(f"boilerplate_config: cannot read {path}: {error.strerror}") from None
        current = "user"
        for raw in content.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                current = line[1:-1].strip() or "user"
                continue
            sections.setdefault(current, []).append(line)
    if not sections:
        return None
    return _compile(_parse_entries(sections, str(config or "boilerplate_patterns")))


@lru_cache(maxsize=32)
def _stopword_set(language: str) -> frozenset[str]:
    if language in LANGUAGES:
        return stopwords(language) | stopwords("en")
    merged: set[str] = set()
    for code in LANGUAGES:
        merged |= stopwords(code)
    return frozenset(merged)


def _page_stopwords(text: str, language: str) -> frozenset[str]:
    """The function words to measure prose by; none when the page is in a language we lack.

    An undetermined page whose words are mostly not function words of any known language
    (Indonesian, Polish, ...) would otherwise look like a page without a single prose line.
    """
    stop = _stopword_set(language)
    if language in LANGUAGES:
        return stop
    # Long lines only: removing menus and widgets must not change the verdict on a second run.
    # One split of the joined long lines instead of a Python loop over every word.
    sample = " ".join([line for line in text[:_SAMPLE_WINDOW].lower().splitlines()
                       if line.count(" ") >= _SAMPLE_SPACES]).split()
    if sample and sum(map(stop.__contains__, sample)) < 0.08 * len(sample):
        return frozenset()
    return stop


# ------------------------------------------------------------------ line signals

@dataclass(slots=True)
class LineInfo:
    words: int
    terminal: bool
    category: str | None  # phrase-rule category, if any
    strength: int  # 0 none, 1 weak (weak category or "contains"), 2 strong
    anchored: bool  # matched a whole-line or line-start rule (not just words inside the line)
    prose: float  # how much this line reads like article prose, 0..1
    colon: bool  # ends with a colon: introduces a list
    listlike: bool  # a short line that reads like content (list item, table row, sentence-case heading)
    numbered: bool  # starts with a figure: a numbered list item ("8. LinkedIn"), not a heading
    inline_teaser: bool  # "See also: <title>": a heading with its one item, not a heading alone
    question: bool  # ends with a question mark
    titled: bool  # holds a quoted title, as comment headers do ("34 responses to “<post title>”")
    fragment: tuple[int, int, str] | None = None  # inline fragment to cut (offsets in the line, category)
    key: str = ""  # the words of a short line, lowercased: to find it again further down the page


def _category(match: regex.Match, rules: RuleSet) -> str:
    return rules.categories[int(match.lastgroup[1:])]


def _match_rules(content: str, lowered: str, words: int, rules: RuleSet, gated: bool,
                 is_user: bool, tokens: list[str] | None = None) -> tuple[str | None, int, bool]:
    """``(category, strength)`` of the first rule of ``rules`` the line matches (strength 2 strong, 1 hint)."""
    if words <= 12:
        key = " ".join(lowered.split() if tokens is None else tokens).strip(_EDGE)
        category = rules.exact_lines.get(key)
        if category is not None:
            return category, 2, True
        if len(key) <= 90 and rules.line_gate.opens(key):
            category = rules.line_rest_rules.category(key, key, True)
            if category is not None:
                return category, 2, True
        core = key.strip(_EDGE + _DIGITS)  # "Share (12)", "3 Comments"
        category = rules.exact_lines.get(core) if core and core != key else None
        if category is not None:
            return category, 2, True
    if rules.start_rules.items:
        head = lowered.lstrip(_BULLETS)
        if rules.start_gate.opens(head):
            category = rules.start_rules.category(content.lstrip(_BULLETS), head, False)
            if category is not None:
                return category, 2, True
    # A bounded cue cannot cover half of a long line, and a hint on a long prose line changes
    # nothing, so long lines skip the (costly) search.
    if gated and rules.contains is not None and (len(content) <= _CONTAINS_MAX_LINE or is_user):
        match = _search(rules.contains, rules.contains_words, content, lowered)
        if match:
            # A user's own pattern is meant; a built-in cue inside a long line is only a hint.
            # (A short sentence that merely names the cue is prose: "Getty Images bought the archive."
            # A line that ends on the cue is the cue's own: "Acme Inc. 2024. All rights reserved.")
            covers = (match.end() - match.start()) * 2 >= len(content)
            strong = is_user or covers or (words <= _SHORT_LINE_WORDS and not (
                words >= _SHORT_SENTENCE_WORDS and _one_sentence(content) and not _ends_on_cue(
                    match, rules, content, lowered)))
            return _category(match, rules), 2 if strong else 1, False
    return None, 0, False


def _one_sentence(content: str) -> bool:
    """A capitalised line that ends a sentence and holds no other sentence break (nor a ©)."""
    stripped = content.rstrip()
    return stripped[-1:] in ".!?" and content.lstrip(_OPENING_MARKS)[:1].isupper() and \
        "©" not in content and not _SENTENCE_BREAK.search(stripped[:-1])


def _ends_on_cue(match: regex.Match, rules: RuleSet, content: str, lowered: str) -> bool:
    """Does the line end on this cue or a later one ("Acme Farm, copyright 2019, all rights reserved.")?"""
    while match is not None:
        if not content[match.end():].strip(_EDGE):
            return True
        match = _search(rules.contains, rules.contains_words, content, lowered, match.end())
    return False


_CONTAINS_MAX_LINE = 320
_SHORT_LINE_WORDS = 8
_SHORT_SENTENCE_WORDS = 5
_SENTENCE_BREAK = regex.compile(r"[.!?]\s+\p{Lu}")
_OPENING_MARKS = " \t\"'“‘„«‚(["
_FRAGMENT_WINDOW = 260
_SENTENCE_END = frozenset(".!?\"”’)")
_BULLETS = " \t\u00a0*•·‣◦▪►▸-–—"


_LINE_CACHE: dict[tuple, LineInfo] = {}
_LINE_CACHE_LIMIT = 20_000
_CACHED_LINE_LENGTH = 160


def _classify_cached(content: str, rules_key: tuple, rules: RuleSet, extra: RuleSet | None,
                     stop: frozenset[str], gated: bool, user_gated: bool) -> LineInfo:
    """``_classify`` behind a bounded memo: menus, buttons and footers repeat across pages."""
    if len(content) > _CACHED_LINE_LENGTH:
        return _classify(content, rules, extra, stop, gated, user_gated)
    key = (content, rules_key, bool(stop), gated, user_gated)
    info = _LINE_CACHE.get(key)
    if info is None:
        info = _classify(content, rules, extra, stop, gated, user_gated)
        if len(_LINE_CACHE) >= _LINE_CACHE_LIMIT:
            _LINE_CACHE.clear()
        _LINE_CACHE[key] = info
    return info


def _classify(content: str, rules: RuleSet, extra: RuleSet | None,
              stop: frozenset[str], gated: bool, user_gated: bool) -> LineInfo:
    """The signals of one line (``content`` without its break): words, prose, phrase rule, fragment."""
    lowered = content.lower()
    tokens = lowered.split()
    count = len(tokens)
    unspaced = 0
    if not content.isascii():
        # Chinese, Japanese and Thai write no spaces between words: a word is about two characters.
        unspaced = len(_UNSPACED_SCRIPT.findall(content))
        count += unspaced // 2
    stop_share = sum(map(stop.__contains__, tokens)) / count if count >= 5 else 0.0
    terminal = content.rstrip()[-1:] in _TERMINAL_CHARS
    category: str | None = None
    strength, anchored = 0, False
    fragment = None
    if gated and rules.fragment is not None and count >= 3:
        match = _search(rules.fragment, rules.fragment_words, content, lowered,
                        max(0, len(content) - _FRAGMENT_WINDOW))
        before = content[:match.start()].rstrip() if match else ""
        if match and before and (content[match.start()] == "(" or before[-1] in _SENTENCE_END):
            fragment = (len(before), match.end(), _category(match, rules))
    if extra is not None:
        category, strength, anchored = _match_rules(content, lowered, count, extra, user_gated, True, tokens)
    if category is None:
        category, strength, anchored = _match_rules(content, lowered, count, rules, gated and fragment is None,
                                                    False, tokens)
    if category is None and fragment is not None:
        # What the fragment leaves may be a widget line itself ('Leave a Reply"Read more: …'): then
        # the line is read as that widget now, as a second cleaning would read what is left.
        rest = content[:fragment[0]]
        rest_lowered = rest.lower()
        rest_tokens = rest_lowered.split()
        for rule_set, is_user, rest_gated in ((extra, True, user_gated), (rules, False, gated)):
            if rule_set is not None and category is None:
                category, strength, anchored = _match_rules(rest, rest_lowered, len(rest_tokens), rule_set,
                                                            rest_gated, is_user, rest_tokens)
    # (regex's \s is a subset of str.isspace: the cheap test on the first character loses nothing)
    if category is None and (content[:1] in _INVISIBLE_FIRST or content[:1].isspace()) and \
            _INVISIBLE_ONLY.fullmatch(content):
        category, strength, anchored = "page_furniture", 2, True  # zero-width joiners and the like
    if category is not None:
        fragment = None  # the whole line goes
    if category in WEAK_CATEGORIES and strength == 2:
        strength = 1
    # No function-word data (a language we lack, or a line mostly in Chinese, Japanese or Thai):
    # length and punctuation must do.
    if not stop or unspaced * 2 >= len(content):
        stop_share = 1.0
    if count >= 12 and stop_share >= 0.2 and (terminal or count >= 40):
        prose = 1.0
    elif count >= 7 and stop_share >= 0.15 and (terminal or count >= 12):
        # Teaser blurbs under related-article headlines read like prose but rarely end in a stop.
        prose = 0.6
    elif count >= 20:
        prose = 0.5
    else:
        prose = 0.0
    if count >= 5 and terminal and _QUOTE_START.match(content):
        prose = max(prose, 0.6)
    listlike = False
    if content[:1] in _LIST_MARKS and content[1:2] == " ":
        listlike = True  # an extractor's list item ("- Covers all core needs")
    elif prose == 0.0 and count < 3:
        listlike = _HAS_DIGIT.search(content) is not None  # table cells: "4.7", "$38 to $275"
    elif prose == 0.0:
        # Menus are Title Case Phrases; list items and table rows have lowercase words, figures
        # or a full stop ("Eat every 2-3 hours", "Portion: 1 cup, 2 tbsp.").
        listlike = terminal or _HAS_DIGIT.search(content) is not None or \
            len(_LOWERCASE_WORD.findall(content)) >= 2
    colon = content.rstrip().endswith(":")
    numbered = content[:1].isdigit()
    inline_teaser = _TEXT_AFTER_COLON.search(content) is not None
    question = content.rstrip().endswith("?")
    titled = category == "comment_thread" and _QUOTE_MARK.search(content) is not None
    key = " ".join(tokens) if count <= _CONTENTS_ENTRY_WORDS and prose < 1.0 else ""
    return LineInfo(count, terminal, category, strength, anchored, prose, colon, listlike, numbered,
                    inline_teaser, question, titled, fragment, key)


_TEXT_AFTER_COLON = regex.compile(r":\s*\w")
_QUOTE_MARK = regex.compile(r"[\"“”„«»]")
_INVISIBLE_ONLY = regex.compile(r"[\s\u200b-\u200f\u2060\ufeff\u00ad]+")
_INVISIBLE_FIRST = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad")
_LOWERCASE_WORD = regex.compile(r"(?<!\S)\p{Ll}")
_LIST_MARKS = frozenset("-*•·–")
_TERMINAL_CHARS = frozenset(".!?…:;\"”’»)]。！？」』）")
# Thai, kana and the Han blocks. The standard library's ``re`` runs this class three times as fast as
# ``regex`` with Unicode properties, and it is tried on every long line with a curly quote.
_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                              "\U00020000-\U0003134f]")


def _gated_lines(lowered: str, starts: list[int], words: tuple[str, ...]) -> set[int]:
    """Indices of the lines that contain one of ``words``: a few fast scans of the whole text."""
    hits: set[int] = set()
    for word in _scan_words(words):
        position = lowered.find(word)
        while position >= 0:
            hits.add(bisect_right(starts, position) - 1)
            position = lowered.find(word, position + len(word))
    return hits


@lru_cache(maxsize=32)
def _scan_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without those holding another one ("(photo" holds "photo"): they find no other line."""
    return tuple(word for word in words if not any(other != word and other in word for other in words))


_VISIBLE_LINE = regex.compile(r"[^\S\r\n\u2028\u2029\x85]*+([^\r\n\u2028\u2029\x85]+)(\r\n|[\r\n\u2028\u2029\x85]|\Z)")


def _nonblank_lines(text: str) -> list[tuple[int, int, int, int]]:
    """``(begin, content_start, end, next_start)`` of every line with visible content.

    ``begin`` is where the line starts, ``content_start`` its first visible character, ``end``
    the end before the line break, ``next_start`` the start of the next line.
    """
    # A match always starts a line (the possessive run of spaces cannot give any back) and its
    # content never starts with a space ``regex`` knows; str.isspace() also counts \x1c-\x1f,
    # so only a text holding those can have a content that is all str-whitespace.
    lines = [(match.start(), *match.span(1), match.end()) for match in _VISIBLE_LINE.finditer(text)]
    if any(separator in text for separator in _SEPARATORS):  # four C-speed scans, not a Python loop
        lines = [line for line in lines if not text[line[1]:line[2]].isspace()]
    return lines


_SEPARATORS = ("\x1c", "\x1d", "\x1e", "\x1f")


def _weight(info: LineInfo) -> float:
    """How much a line pulls the article body towards itself (prose) or away (menus, widgets)."""
    if info.category == "page_furniture":
        return 0.0  # invisible spacer lines say nothing about where the article is
    if info.category is not None and info.strength == 2:
        return _STRONG_WEIGHT  # a widget between article and sidebar marks the article's edge
    if info.prose >= 1.0:
        return 2.0 + min(info.words, _WEIGHT_WORDS) / 15
    if info.category is not None:
        return _WEAK_WEIGHT
    # Teasers (a headline, then a blurb) read like prose but end without a stop; a page of them
    # must not outweigh the article.
    if info.prose > 0:
        return 0.5 if info.terminal or info.listlike else -0.3
    if info.listlike:
        return 0.25 if info.terminal else 0.05
    return _MENU_LIKE


_MENU_LIKE = -0.6
_WEIGHT_WORDS = 90  # words a prose line weighs by, at most: a long abstract outweighs a few blurbs
_STRONG_WEIGHT = -3.0
_WEAK_WEIGHT = -1.0


def _body_span(weights: list[float]) -> tuple[int, int, float]:
    """The run of lines with the highest total weight (maximum-sum segment), inclusive indices."""
    best_sum, best = 0.0, (0, -1)
    running, running_start = 0.0, 0
    for index, weight in enumerate(weights):
        if running <= 0:
            running, running_start = 0.0, index
        running += weight
        if running > best_sum:
            best_sum, best = running, (running_start, index)
    return best[0], best[1], best_sum


def _blocks(weights: list[float], lo: int, hi: int, minimum: float) -> list[tuple[int, int]]:
    """Maximum-sum runs of ``weights[lo:hi]`` that weigh at least ``minimum`` (recursively)."""
    if hi - lo <= 0:
        return []
    first, last, weight = _body_span(weights[lo:hi])
    if last < first or weight < minimum:
        return []
    first, last = first + lo, last + lo
    return _blocks(weights, lo, first, minimum) + [(first, last)] + _blocks(weights, last + 1, hi, minimum)


def _menu_lines(weights: list[float]) -> int:
    """How many lines sit in runs of three or more menu-like or phrase-matched lines."""
    total = run = 0
    for weight in weights:
        if weight == _MENU_LIKE or weight == _WEAK_WEIGHT:
            run += 1
        else:
            total += run if run >= 3 else 0
            run = 0
    return total + (run if run >= 3 else 0)


_MENU_LINES_MIN = 3
_BODY_MIN_WEIGHT = 10.0
_NEAR_BODY_LINES = 3
_SECONDARY_MIN = 8.0
_SECONDARY_SHARE = 0.3


def _reason(category: str, detail: str) -> str:
    return f"boilerplate ({CATEGORY_NAMES.get(category, category)}): {detail}"


@step("boilerplate", boilerplate_patterns=(), boilerplate_config=None)
def strip_boilerplate(text: str, context: Context) -> list[Edit | Note]:
    """Remove the page's boilerplate lines and inline fragments, each removal with its category and reason.

    Options: ``boilerplate_patterns`` (regexes, or entries in the rule-file format, whose lines are
    removed as category "user") and ``boilerplate_config`` (path to a file in the rule-file format,
    see ``rules/boilerplate/en.txt``); both add to the built-in rules.

    The lines are read as the sentences step will leave them (a hard-wrapped paragraph is one
    line, not a run of short ones; "it was ." ends in a word), so that a second cleaning, which
    reads the repaired text, decides as the first did.
    """
    language = context.language or "und"
    edits, notes, read_left = _strip_as_repaired(text, context, language)
    # Some of the sentences step's decisions are page-wide (a writer's lowercase habit), and it
    # makes them on what this step leaves; when the removals change them, a second cleaning reads
    # other repairs, so decide again on what is left, as it would.
    for _ in range(_SETTLE_ROUNDS):
        if not edits:
            break
        left = apply_edits(text, edits)
        repairs = sentence_edits(left, language)
        if (apply_edits(left, repairs) if repairs else left) == read_left:
            break
        more, _, read_left = _strip_as_repaired(left, context, language)
        if not more:
            break
        to_text = position_in_original(edits)
        edits = _merged(edits, [moved_edit(edit, to_text) for edit in more])
    return [*edits, *notes]


def _merged(edits: list[Edit], more: list[Edit]) -> list[Edit]:
    """``edits`` and ``more`` (removals of what ``edits`` left), sorted; a removal of ``more`` that
    spans one of ``edits`` keeps only its own pieces around it."""
    merged = list(edits)
    starts = [edit.start for edit in edits]
    for edit in more:
        start = edit.start
        for inner in edits[bisect_right(starts, edit.start - 1):]:
            if inner.start >= edit.end:
                break
            if inner.start > start:
                merged.append(Edit(start, inner.start, "", edit.step, edit.reason, edit.category))
            start = max(start, inner.end)
        if start < edit.end or edit.start == edit.end:
            merged.append(Edit(start, edit.end, edit.replacement, edit.step, edit.reason, edit.category))
    return sorted(merged, key=lambda edit: (edit.start, edit.end))


def _strip_as_repaired(text: str, context: Context, language: str) -> tuple[list[Edit], list[Note], str]:
    """This step's edits on ``text`` read with the sentences step's repairs, in ``text``'s
    coordinates; its notes; and the repaired text as the edits leave it."""
    repairs = sentence_edits(text, language)
    reading = apply_edits(text, repairs) if repairs else text
    proposals = _strip(reading, context)
    edits = [proposal for proposal in proposals if isinstance(proposal, Edit)]
    notes = [proposal for proposal in proposals if isinstance(proposal, Note)]
    read_left = apply_edits(reading, edits)
    if repairs:
        to_text = position_in_original(repairs)
        edits = [moved_edit(edit, to_text) for edit in edits]
    return edits, notes, read_left


def _strip(text: str, context: Context) -> list[Edit | Note]:
    lines = _nonblank_lines(text)
    if not lines:
        return []
    language = context.language or "und"
    rules = rules_for(language)
    patterns = context.option("boilerplate_patterns") or ()
    if isinstance(patterns, str):
        patterns = (patterns,)
    config = context.option("boilerplate_config")
    extra = _user_rules(tuple(patterns), str(config) if isinstance(config, (str, PathLike)) else None)
    stop = _page_stopwords(text, "und")
    lowered = text.lower()
    if len(lowered) == len(text):
        starts = [line[0] for line in lines]
        gated = _gated_lines(lowered, starts, rules.inline_words)
        user_gated = _gated_lines(lowered, starts, extra.inline_words) if extra is not None else set()
    else:  # a rare character ("İ") changes length when lowercased: gate line by line
        gated, user_gated = set(), set()
        for index, (_, start, end, _) in enumerate(lines):
            line_lowered = text[start:end].lower()
            if any(word in line_lowered for word in rules.inline_words):
                gated.add(index)
            if extra is not None and any(word in line_lowered for word in extra.inline_words):
                user_gated.add(index)
    rules_key = (language, tuple(patterns), str(config) if config else None)
    infos = [_classify_cached(text[start:end], rules_key, rules, extra, stop, index in gated, index in user_gated)
             for index, (_, start, end, _) in enumerate(lines)]
    decisions, note = _decide(infos)
    _settle(infos, decisions)
    proposals = _edits(text, lines, infos, decisions)
    # The function-word verdict reads the page's long lines; when the removals flip it, the next
    # run would classify the kept lines anew, so do that now (a page near the verdict's edge).
    for _ in range(_SETTLE_ROUNDS):
        kept = [index for index, decision in enumerate(decisions) if decision is None]
        if not kept or len(kept) == len(infos):
            break
        if not _sample_may_change(text, lines, infos, decisions):
            break
        kept_stop = _page_stopwords(apply_edits(text, [p for p in proposals if isinstance(p, Edit)]), "und")
        if bool(kept_stop) == bool(stop):
            break
        stop = kept_stop
        for index in kept:
            _, start, end, _ = lines[index]
            infos[index] = _classify_cached(text[start:end], rules_key, rules, extra, stop, index in gated,
                                            index in user_gated)
        again, _ = _decide([infos[index] for index in kept])
        for position, decision in enumerate(again):
            decisions[kept[position]] = decision
        _settle(infos, decisions)
        proposals = _edits(text, lines, infos, decisions)
    if note:
        proposals.append(Note(note))
    return proposals


def _sample_may_change(text: str, lines: list[tuple[int, int, int, int]], infos: list[LineInfo],
                       decisions: list[tuple[str, str] | None]) -> bool:
    """Can the removals change what ``_page_stopwords`` samples (the long lines of the first 20,000
    characters)? Not when the text fits the window and no long line went or lost a fragment."""
    if len(text) > _SAMPLE_WINDOW:
        return True
    for (begin, _, end, _), info, decision in zip(lines, infos, decisions):  # leading spaces count there too
        if (decision is not None or info.fragment is not None) and text.count(" ", begin, end) >= _SAMPLE_SPACES:
            return True
    return False


_SAMPLE_WINDOW = 20_000  # as in _page_stopwords
_SAMPLE_SPACES = 11


def _settle(infos: list[LineInfo], decisions: list[tuple[str, str] | None]) -> None:
    """Cleaning the cleaned text must change nothing: decide again on what is kept, as the next
    run would, until nothing more goes (two rounds suffice in practice)."""
    for _ in range(_SETTLE_ROUNDS):
        kept = [index for index, decision in enumerate(decisions) if decision is None]
        if not kept or len(kept) == len(infos):
            break
        again, _ = _decide([infos[index] for index in kept])
        more = [(kept[position], decision) for position, decision in enumerate(again) if decision is not None]
        if not more:
            break
        for index, decision in more:
            decisions[index] = decision


def _decide(infos: list[LineInfo]) -> tuple[list[tuple[str, str] | None], str | None]:
    """For each line: ``None`` to keep it, or ``(category, detail)`` to remove it; plus a note."""
    count = len(infos)
    weights = [_weight(info) for info in infos]
    # A menu is a RUN of menu-like lines; one between list items or prose is a heading.
    # Lines that go whatever the context are transparent here, so that cleaning the cleaned
    # text again sees the same neighbours, the same menus and the same body (idempotence).
    strong = [info.category is not None and info.strength == 2 for info in infos]
    visible = [index for index in range(count) if not strong[index]]
    menu_lines = _menu_lines([weights[index] for index in visible])
    base = list(weights)
    for position, index in enumerate(visible):
        if base[index] == _MENU_LIKE and (
                (position > 0 and base[visible[position - 1]] > 0)
                or (position + 1 < len(visible) and base[visible[position + 1]] > 0)):
            weights[index] = 0.0
    # The items of a list that a line of the article introduces ("Other places worth a try:")
    # are the article's too: they do not push the body's edge above them.
    for index, info in enumerate(infos):
        if info.colon and info.terminal and info.words >= 3 and info.category is None:
            following = index + 1
            while following < count and following - index <= _LIST_MAX and \
                    infos[following].category is None and infos[following].prose < 1.0:
                weights[following] = max(weights[following], 0.0)
                following += 1
    first, last, weight = _body_span(weights)
    # Text that an extractor already cut out of its page holds no menus; there, position says
    # little and only the phrase rules (and comment headers) decide.
    has_body = last >= first and weight >= _BODY_MIN_WEIGHT and menu_lines >= _MENU_LINES_MIN
    # The span swallows the page's tail when enough teaser or comment text follows the article.
    # (On an extractor's output, without a body, cutting such a tail lost more than it gained.)
    tail_start = tail_end = count
    if has_body:
        tail_start, tail_end = _tail_start(infos, weights, first, last), last
        last = tail_start - 1
        weight = sum(weights[first:last + 1])
    # Other big blocks of prose (an article split by a gallery or a long table) are body too.
    secondary = [False] * count
    if has_body:
        for lo, hi in ((0, first), (last + 1, count)):
            for start, end in _blocks(weights, lo, hi, max(_SECONDARY_MIN, weight * _SECONDARY_SHARE)):
                for index in range(start, end + 1):
                    secondary[index] = True
    decisions: list[tuple[str, str] | None] = [None] * count
    for index, info in enumerate(infos):
        if tail_start <= index <= tail_end:
            marker = CATEGORY_NAMES[infos[tail_start].category]
            decisions[index] = (infos[index].category or "page_furniture",
                                f"after the article's end, which a {marker} line marks")
            continue
        inside = has_body and first <= index <= last
        if info.category is not None:
            if info.category == "user" or info.strength == 2:
                if info.prose >= 1.0 and info.category != "user" and info.words > 25 and not info.anchored:
                    continue  # a long prose line that merely holds a plug's words is still prose
                decisions[index] = (info.category, "matches a known phrase")
                continue
            if has_body and not inside and info.prose < 1.0:
                decisions[index] = (info.category, "matches a known phrase outside the article body")
                continue
        if not has_body or inside or secondary[index] or (info.prose >= 1.0 and (
                first - index <= _NEAR_BODY_LINES and index - last <= _NEAR_BODY_LINES)):
            continue
        if info.prose >= 1.0:
            decisions[index] = ("page_furniture", "prose far from the article body, in a small block of its own "
                                                  "(teaser, comment or footer text)")
        else:
            decisions[index] = ("page_furniture", "short line outside the article body")
    # Long lines right at the edges of the body (a dates list, a catalogue index) are more
    # likely the article's end than a menu: keep them, and the next one, while they last.
    # So are list items and table rows running on from the body's end.
    if has_body:
        for step_direction, edge in ((1, last), (-1, first)):
            index = edge + step_direction
            while 0 <= index < count and decisions[index] is not None and \
                    decisions[index][0] == "page_furniture" and (
                        infos[index].words >= _LONG_LINE_WORDS or (step_direction == 1 and weights[index] >= 0)):
                decisions[index] = None
                index += step_direction
    # A kept line ending in a colon introduces what follows ("... are worth a look:"): the list
    # under it is content, however menu-like its items look.
    index = 0
    while index < count:
        info = infos[index]
        if decisions[index] is None and info.terminal and info.words >= 3 and \
                info.colon:
            following = index + 1
            while following < count and following - index <= _LIST_MAX and \
                    infos[following].category is None and infos[following].prose < 1.0:
                decisions[following] = None
                following += 1
            index = following
            continue
        index += 1
    _take_teasers(infos, decisions)
    # Revise by neighbours: a menu word, a date or "Contents" inside the body stays only as a
    # subheading, i.e. between two lines of content that stay.
    for index, info in enumerate(infos):
        if decisions[index] is not None or info.category is None or info.prose >= 1.0:
            continue
        if not (_content_neighbour(infos, decisions, index - 1) and _content_neighbour(infos, decisions, index + 1)):
            decisions[index] = (info.category, "matches a known phrase and is no subheading between paragraphs")
    # Under the headings that went just now, unless a paragraph follows the short lines: then the
    # heading sat inside the article and the lines under it are the article's subheadings.
    _take_teasers(infos, decisions, unless_article_resumes=True)
    # Reader comments: once most of the article is behind, a comment-section header ("12
    # Comments", "Leave a Reply") opens the thread, and the thread runs to the end of the page.
    # (An extractor's output, without menus or body, keeps such headers too.)
    # An extractor often drops the header and keeps the thread: then comment furniture ("Tim
    # says", "Reply", "Re: (Score:2)") recurring down to the end of the text opens it instead.
    prose_total = sum(w for w, info in zip(weights, infos) if info.prose >= 1.0)
    furniture_below = _furniture_below(infos)
    thread_ends = furniture_below[0] >= _FURNITURE_THREAD
    if thread_ends:
        # (the thread must run to the end: an exchange quoted inside the article has prose after it)
        last_furniture = max(index for index in range(count) if furniture_below[index] > furniture_below[index + 1])
        thread_ends = sum(info.prose >= 1.0 for info in infos[last_furniture + 1:]) <= _FURNITURE_LAST_PROSE
    prose_seen = 0.0
    for index, info in enumerate(infos):
        if info.prose >= 1.0:
            prose_seen += weights[index]
        recurring = thread_ends and furniture_below[index] >= _FURNITURE_THREAD and \
            furniture_below[index] * _FURNITURE_SPACING >= count - index and \
            furniture_below[index] > furniture_below[index + 1]
        if (info.category == "comment_thread" and info.anchored and
                prose_seen >= (_TITLED_COMMENTS_AFTER if info.titled else _COMMENTS_AFTER) * prose_total) or (
                recurring and prose_seen >= _FURNITURE_COMMENTS_AFTER * prose_total):
            detail = "in the reader-comment section, " + (
                "after a comment header" if info.category == "comment_thread" else
                "where comment lines (\"says\", \"Reply\") recur to the end of the text")
            for following in range(index, count):
                if decisions[following] is None:
                    decisions[following] = ("comment_thread", detail)
            break
    # A table of contents repeats, in order, headings that come further down: its entries go
    # (the headings stay, so nothing of the article is lost).
    for start, end in _contents_runs(infos):
        for index in range(start, end):
            if decisions[index] is None:
                decisions[index] = ("table_of_contents", "an entry of a table of contents: the same heading "
                                                         "comes again further down")
    # The headline just above the body stays.
    if has_body and first > 0:
        for index in range(first - 1, max(-1, first - 6), -1):
            info = infos[index]
            decision = decisions[index]
            if decision is not None and decision[0] == "page_furniture" and 3 <= info.words <= 25:
                decisions[index] = None
                break
    if all(decision is not None for decision in decisions):
        return [None] * count, ("boilerplate: every line of this text looked like page boilerplate, so "
                                "nothing was removed; the page may hold no article text")
    return decisions, None


def _take_teasers(infos: list[LineInfo], decisions: list[tuple[str, str] | None],
                  unless_article_resumes: bool = False) -> None:
    """The teaser headlines under a "Related", "Read more" or "Most popular" heading go with it."""
    count = len(infos)
    for index, info in enumerate(infos):
        if info.category in _TEASER_HEADINGS and info.words <= 6 and decisions[index] is not None and not (
                unless_article_resumes and _article_resumes(infos, index)):
            following = index + 1
            while following < count and following - index <= _TEASER_LIST_MAX:
                teaser = infos[following]
                # (a numbered line is the article's next list item: "19. UNC Kenan-Flagler")
                if teaser.terminal or teaser.prose >= 1.0 or teaser.colon or teaser.numbered or (
                        teaser.category is not None and teaser.category not in _TEASER_HEADINGS):
                    break
                if decisions[following] is None:
                    decisions[following] = (info.category, "teaser headline under a related-links heading")
                following += 1


def _tail_start(infos: list[LineInfo], weights: list[float], first: int, last: int) -> int:
    """Where the page's tail (related links, a comment thread, a plug) starts in the span; ``last + 1`` if none.

    The maximum-sum span crosses a "Related posts" or "3 Comments" heading whenever enough
    prose-like text follows (teaser blurbs, comments). Such a heading ends the article when the
    prose after it, up to the span's end, is small beside the prose before it; a comment
    heading also does when comment furniture ("Reply", "says:", "Log in to reply") keeps
    recurring below it, however long the comments are.
    """
    prose = [weights[index] if infos[index].prose >= 1.0 else 0.0 for index in range(len(infos))]
    total = sum(prose[first:last + 1])
    after = 0.0
    furniture = 0  # comment-form lines below the current one
    start = last + 1
    if total < _BODY_MIN_WEIGHT:
        return start
    for index in range(last, first, -1):
        info = infos[index]
        share = _tail_share(infos, index)
        if share and (after <= share * (total - after) or (
                info.category in _COMMENT_MARKERS and furniture >= _THREAD_FURNITURE
                and furniture * _THREAD_RHYTHM >= last - index)):
            start = index
        after += prose[index]
        if info.category in _COMMENT_MARKERS and info.strength == 2:
            furniture += 1
    return start


def _furniture_below(infos: list[LineInfo]) -> list[int]:
    """For each line, how many comment-furniture lines (strong comment markers) it and the lines below hold."""
    below = [0] * (len(infos) + 1)
    for index in range(len(infos) - 1, -1, -1):
        info = infos[index]
        below[index] = below[index + 1] + (info.category in _COMMENT_MARKERS and info.strength == 2)
    return below


def _tail_share(infos: list[LineInfo], index: int) -> float:
    """How much prose (beside the prose before it) may follow this line if it opens the page's tail; 0 if it cannot.

    A related-links or comment-section heading rarely sits inside an article; a newsletter or
    subscription box, a tags line or a footer link often does, between two paragraphs, so it
    ends the article only when less follows it.
    """
    info = infos[index]
    # (A comment header may be long and start with a count: "34 responses to “<title>”".)
    if not info.anchored or info.inline_teaser or (info.category != "comment_thread" and (
            info.words > _END_MARKER_WORDS or info.numbered)):
        return 0.0
    if info.category == "related_links":  # not "read_more": "Learn more" is a button, it ends nothing
        return 0.0 if _article_resumes(infos, index) else _TAIL_SHARE_HEADING
    if info.category in _COMMENT_MARKERS:
        # "Comments?" at the end of a mail asks a question; it opens no comment section.
        return 0.0 if info.question else _TAIL_SHARE_HEADING
    if info.category in _PLUG_MARKERS:
        return _TAIL_SHARE_PLUG
    if info.category == "copyright" and info.words > 1:
        # A footer link ("Privacy policy") can also head an article's last section: one right
        # above a paragraph ends nothing. (A footer link of one word, "Disclaimer", never does.)
        following = infos[index + 1] if index + 1 < len(infos) else None
        if following is not None and following.prose >= 1.0 and following.category is None:
            return 0.0
        # The page's own notice ("© 2019 Acme Inc. All rights reserved.") closes the article, even
        # with a grid of teasers below it.
        if _SITE_NOTICE.search(info.key):
            return _TAIL_SHARE_NOTICE
        return _TAIL_SHARE_PLUG
    # "About the author" with the bio below it: the article is over. ("By Ana Ruiz" is a byline,
    # and "Author" alone may head a table's column, so a prose line must follow.)
    if info.category == "author_bio" and not info.key.startswith(_BYLINE_STARTS) and any(
            following.prose >= 1.0 for following in infos[index + 1:index + 1 + _BIO_WITHIN]):
        return _TAIL_SHARE_PLUG
    # One share button may be an item of a list about social networks; a bar of them is not.
    if info.category in _SHARE_MARKERS and index + 1 < len(infos) and \
            infos[index + 1].category in _SHARE_MARKERS and infos[index + 1].anchored:
        return _TAIL_SHARE_PLUG
    return 0.0


def _article_resumes(infos: list[LineInfo], index: int) -> bool:
    """Does a paragraph follow the few teasers under this heading (a "Related:" box inside the article)?

    Teaser blurbs are a sentence or two; a long paragraph before the next widget is the article.
    """
    following = index + 1
    while following < len(infos) and following - index <= _TEASER_LIST_MAX:
        info = infos[following]
        if info.category is not None:
            return False
        if info.prose >= 1.0 and info.words >= _PARAGRAPH_WORDS:
            return True
        following += 1
    return False


_COMMENT_MARKERS = frozenset({"comment_form", "comment_thread"})
_PLUG_MARKERS = frozenset({"newsletter_plug", "subscription_plug", "tags"})
_SHARE_MARKERS = frozenset({"share_widget"})
_END_MARKER_WORDS = 8
_PARAGRAPH_WORDS = 60
_TAIL_SHARE_HEADING = 0.6
_TAIL_SHARE_PLUG = 0.25
_TAIL_SHARE_NOTICE = 2.0
_SITE_NOTICE = regex.compile(r"all rights reserved|tous droits réservés|todos los derechos reservados|"
                              r"alle rechte vorbehalten|tutti i diritti riservati|alle rechten voorbehouden|"
                              r"todos os direitos reservados")
_BYLINE_STARTS = ("by ", "posted by ", "reviewed by ", "edited by ", "fact checked by ", "medically reviewed by ",
                  "about me")
_BIO_WITHIN = 3  # lines between an author heading and the bio's prose (name, role)
_THREAD_FURNITURE = 3  # comment-form lines below a comment heading ...
_THREAD_RHYTHM = 8  # ... at least one in this many lines
_LIST_MAX = 200
_SETTLE_ROUNDS = 3
_COMMENTS_AFTER = 0.5
_TITLED_COMMENTS_AFTER = 0.1
_FURNITURE_THREAD = 4  # comment-furniture lines from here to the end of the text ...
_FURNITURE_SPACING = 20  # ... at least one in this many lines ...
_FURNITURE_COMMENTS_AFTER = 0.3  # ... and this share of the prose behind: a header-less thread
_FURNITURE_LAST_PROSE = 2  # prose lines after the last one: a comment's text, not the article going on


def _contents_runs(infos: list[LineInfo]) -> list[tuple[int, int]]:
    """``(start, end)`` of runs of at least three short lines each found again, in the same order, below
    the run, as the headings of sections with prose in them."""
    later: dict[str, list[int]] = {}
    prose_before = [0]  # prose lines above each index, so that "prose between two echoes" costs O(1)
    for index, info in enumerate(infos):
        if info.key:
            later.setdefault(info.key, []).append(index)
        prose_before.append(prose_before[-1] + (info.prose >= 1.0))
    if sum(len(positions) > 1 for positions in later.values()) < _CONTENTS_MIN:
        return []  # fewer than three short lines come again: no entries, no table
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(infos):
        start, previous = index, -1
        echoes: list[int] = []
        while index < len(infos) and infos[index].key:
            # the first occurrence below the run so far, and after the previous entry's echo
            positions = later[infos[index].key]
            after = bisect_right(positions, max(index, previous))
            if after == len(positions):
                break
            found = positions[after]
            echoes.append(found)
            previous = found
            index += 1
        # The headings below each open a section with prose under it; a block repeated as a
        # whole (a meal plan for every day of the week) is no table of contents.
        if index - start >= _CONTENTS_MIN and echoes[0] >= index:
            gaps = list(zip(echoes, echoes[1:]))
            sections = sum(prose_before[there] > prose_before[here + 1] for here, there in gaps)
            if sections * 2 >= len(gaps) and all(there - here > 1 for here, there in gaps):
                runs.append((start, index))
        index = max(index, start + 1)
    return runs


_CONTENTS_ENTRY_WORDS = 15
_CONTENTS_MIN = 3


def _content_neighbour(infos: list[LineInfo], decisions: list, index: int) -> bool:
    if not 0 <= index < len(infos) or decisions[index] is not None:
        return False
    info = infos[index]
    return info.category is None and (info.prose > 0 or info.listlike or info.terminal)

_LONG_LINE_WORDS = 20
_TEASER_HEADINGS = frozenset({"related_links", "read_more"})
_TEASER_LIST_MAX = 12


def _edits(text: str, lines: list[tuple[int, int, int, int]], infos: list[LineInfo],
           decisions: list[tuple[str, str] | None]) -> list[Edit | Note]:
    """Edits for the removed runs of lines and the inline fragments of kept lines.

    A run of removed lines goes with ONE of the two line-break runs around it (the smaller one),
    so removing a block between blank lines leaves one blank line, not two, and a removed block
    at the end takes the separator before it.
    """
    proposals: list[Edit | Note] = []
    count = len(lines)
    index = 0
    while index < count:
        if decisions[index] is None:
            fragment = infos[index].fragment
            if fragment is not None:
                cut_start, cut_end, category = fragment
                cut_start += lines[index][1]
                cut_end += lines[index][1]
                reason = _reason(category, "inline fragment at the end of a kept line")
                proposals.append(Edit(cut_start, cut_end, "", reason=reason, category=category))
            index += 1
            continue
        run_end = index
        while run_end + 1 < count and decisions[run_end + 1] is not None:
            run_end += 1
        begin = [line[0] for line in lines[index:run_end + 2]]
        if run_end + 1 < count:
            cut_start, cut_end = lines[index][0], lines[run_end + 1][0]
            if index > 0:
                gap_before = lines[index][0] - lines[index - 1][2]
                gap_after = lines[run_end + 1][0] - lines[run_end][2]
                if gap_after > gap_before:
                    cut_start, cut_end = lines[index - 1][2], lines[run_end][2]
        elif index > 0:
            cut_start, cut_end = lines[index - 1][3], len(text)
        else:
            cut_start, cut_end = 0, len(text)
        for offset, position in enumerate(range(index, run_end + 1)):
            category, detail = decisions[position]
            piece_start = cut_start if position == index else begin[offset]
            piece_end = cut_end if position == run_end else begin[offset + 1]
            proposals.append(Edit(piece_start, piece_end, "", reason=_reason(category, detail), category=category))
        index = run_end + 1
    return proposals
