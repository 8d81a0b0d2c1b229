"""Phrase rules: the entries of the rule files, compiled once, tried behind cheap literal gates.

Every category of boilerplate has its phrases per language in ``rules/boilerplate/<lang>.txt``
(the file header explains the five modes); users add theirs through ``boilerplate_patterns`` or
``boilerplate_config``. A line costs a set lookup for most rules: only rules whose literal
beginning occurs in the line run as regexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import regex
from wordfreq import top_n_list

from ...language import LANGUAGES
from ...rules import load_sections, rule_names

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
    "byline_decoration": "date or byline decoration",
    "reading_time": "reading time",
    "navigation": "navigation or menu",
    "email_footer": "e-mail footer",
    "table_of_contents": "table of contents",
    "user": "user pattern",
    "page_furniture": "page furniture outside the article body",
    "comment_thread": "reader comment thread",
    "reader_remark": "reader's remark on the post",
    "repeated_block": "repeated block",
    "scraper_header": "scraper's header",
}
"""Every removal category with the words a reason uses for it."""

_MODES = {"=": "line", "^": "start", "~": "contains", "$": "fragment", "@": "bio"}

# What a bio rule ("@") follows: a person's name, two to five capitalised words at the line's start
# ("Ana María de la Cruz"), not a determiner ("The mayor is a former journalist" is the article's),
# then a lowercase word.
NAME_PARTICLES = frozenset({"de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van", "von", "der",
                            "den", "ten", "ter", "y", "e"})
_BIO_NAME = (r"(?-i:(?!(?:The|A|An|This|That|These|Those|Our|My|His|Her|Its|Their|Your|El|La|Los|Las|Le|Les|"
             r"Un|Une|Der|Die|Das|Ein|Eine|Il|Lo|Gli|Het|De|Een|O|Os|As|Um|Uma)\s)"
             r"\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|" + "|".join(sorted(NAME_PARTICLES)) + r")){1,4})"
             r"\s+(?-i:(?=\p{Ll}))")  # (lowercase on: "Ana Ruiz Is the Reporter Who …" is a headline)

# Characters stripped from both ends of a line before whole-line rules look at it: bullets,
# punctuation, counters ("Comments (12)"), arrows, asterisks of required form fields.
EDGE_CHARACTERS = " \t\u00a0*•·‣◦▪►▸-–—:;|»«>›‹<()[]{}.,!?\"'“”‘’#@/\\+=~_^&©®™…←→↑↓⟵⟶⇐⇒❮❯➔➜➝➞➤"
DIGITS = "0123456789"


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
    return list(_literal_heads(pattern))


@lru_cache(maxsize=None)
def _literal_heads(pattern: str) -> tuple[tuple[str, bool], ...]:
    # (cached: compiling a rule set asks for the heads of each rule several times)
    try:
        branches, _ = _expand_alternation(pattern, 0)
    except _TooMany:
        return (("", False),)
    heads: dict[str, bool] = {}
    for whole, prefixes, complete in branches:
        for text in whole:
            heads[text] = heads.get(text, False) or complete
        for text in prefixes:
            heads.setdefault(text, False)
    return tuple(heads.items())


def _without_longer(words: set[str]) -> tuple[str, ...]:
    """``words`` sorted, less those that start with another of them ("episodes" after "episode"):
    in sorted order a word's prefixes come before it, with only words sharing the prefix between."""
    kept: list[str] = []
    for word in sorted(words):
        if not (kept and word.startswith(kept[-1])):
            kept.append(word)
    return tuple(kept)


def _line_key(text: str) -> str:
    return " ".join(text.lower().split()).strip(EDGE_CHARACTERS)


_GATE_WIDTH = 6
HAS_DIGIT = regex.compile(r"\d")


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
    bio: regex.Pattern | None = None  # "@" rules behind a person's name: "Ana Ruiz is a freelance writer"
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
        grouped.setdefault(category, []).append(_whitespace(pattern))
    if not grouped:
        return None
    parts = []
    for category, patterns in grouped.items():
        if category not in categories:
            categories.append(category)
        parts.append(f"(?P<c{categories.index(category)}>{'|'.join(f'(?:{p})' for p in patterns)})")
    return regex.compile(template.format("|".join(parts)), regex.IGNORECASE | regex.V0)


def _whitespace(pattern: str) -> str:
    """A space in a rule matches any run of whitespace, and an optional one (" ?", " *") any or none:
    "log ?in" is "Login" and "Log in"."""
    return _SPACES_IN_RULE.sub(lambda match: r"\s*" if match.group(1) else r"\s+", pattern)


_SPACES_IN_RULE = regex.compile(r" +([?*])?")
_NEVER = regex.compile(r"(?!)")


def _first_words(head: str, words: int = 2) -> str:
    """A head's first words, lowercased, one space between them (a space in a gate is any whitespace):
    two are rare enough for a gate ("i campi", not every "i")."""
    return " ".join(head.lower().split()[:words])


def _compile(by_mode: dict[str, list[tuple[str, str]]]) -> RuleSet:
    categories: list[str] = []
    exact_lines: dict[str, str] = {}
    line_rest: list[tuple[str, str]] = []
    rest_heads: list[str] = []
    for category, pattern in by_mode["line"]:
        heads = literal_heads(pattern)
        for head, exact in heads:
            if exact:
                core = _line_key(head).strip(EDGE_CHARACTERS + DIGITS)
                if core:
                    exact_lines.setdefault(core, category)
        if not all(exact for _, exact in heads):
            line_rest.append((category, pattern))
            rest_heads.extend(head for head, _ in heads)
        if category not in categories:
            categories.append(category)
    start_heads = [head for _, pattern in by_mode["start"] for head, _ in literal_heads(pattern)]
    # (each word as written, and with a letter that matches an ASCII one as that letter: the page may
    # hold either, "e-postanıza" or "E-POSTANIZA")
    inline_words = {_first_words(spelling) for mode in ("contains", "fragment") for _, pattern in by_mode[mode]
                    for head, _ in literal_heads(pattern) for spelling in (head, head.translate(_GATE_LETTERS))}
    if "" in inline_words:
        raise ValueError("every contains (~) or fragment ($) boilerplate rule must start with literal text")
    return RuleSet(
        exact_lines=exact_lines,
        line_gate=PrefixGate.of(rest_heads),
        start_gate=PrefixGate.of(start_heads),
        inline_words=_without_longer(inline_words),
        contains=_alternation(by_mode["contains"], categories, "(?:{})"),
        fragment=_alternation(by_mode["fragment"], categories, "(?:{})\\s*$"),
        bio=_alternation(by_mode["bio"], categories, _BIO_NAME.replace("{", "{{").replace("}", "}}") + "(?:{})"),
        categories=tuple(categories),
        contains_words=_start_words(by_mode["contains"], 2),
        fragment_words=_start_words(by_mode["fragment"], 2),
        line_rest_rules=_AnchoredRules(line_rest, categories),
        start_rules=_AnchoredRules(by_mode["start"], categories),
    )


# Characters that ``regex`` matches, case-insensitively, to letters whose lowercase they do not share:
# the four that match ASCII letters (dotted and dotless I, long s, the Kelvin sign), Cyrillic's old
# letter forms ("ᲀ" for "в") and a letter newer than Python's Unicode tables that ``regex`` matches to "ß".
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_CASE_MISFITS = frozenset(_FOLDS_TO_ASCII + "".join(map(chr, range(0x1C80, 0x1C89))) + "\U0001DF95")
_CASE_MISFIT = regex.compile("[" + "".join(sorted(_CASE_MISFITS)) + "]")
# In a rule's words, each of the four stands for the ASCII letter that a text's letter matching it
# lowers to: "ı" matches "I", which lowers to "i" ("e-postanıza" is found as "e-postaniza").
_GATE_LETTERS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _aligned(text: str, lowered: str) -> bool:
    """Does ``lowered`` (``text.lower()``) line up with ``text`` character by character, and can a
    rule's first word, lowercased as ``_start_words`` gives it, be found in it wherever the rule
    matches ``text``?

    ``str.lower`` never drops a character, so equal lengths mean one character for one; the few
    characters that ``regex`` matches to a letter of another lowercase (``_CASE_MISFITS``) would hide
    a match from a search in ``lowered``.
    """
    return len(text) == len(lowered) and (text.isascii() or _CASE_MISFIT.search(text) is None)


def _start_words(items: list[tuple[str, str]], words: int = 1) -> tuple[str, ...] | None:
    """The lowercased first words of every rule's heads (as many as ``words``): every match starts
    with one of them. A space between two words stands for any run of whitespace, as in the rules;
    two words make a search's gate rarer ("i campi", not every "i" of the line).

    On an aligned line (see ``_aligned``) a match can therefore start only where the lowercased line holds one of
    these words, so a search can try the rules at those few places instead of everywhere. A letter that
    matches an ASCII one is written as the ASCII letter ("ı" as "i"), the only one it can meet on an
    aligned line. ``None`` when that does not hold (a rule without literal start, or one of Cyrillic's
    old letter forms).
    """
    gates: set[str] = set()
    for _, pattern in items:
        for head, _ in literal_heads(pattern):
            gate = _gate(head, words)
            if gate is None:
                return None
            gates.add(gate)
    # A word that starts with another one marks no other place ("episodes", "episode").
    return _without_longer(gates)


def _gate(head: str, words: int) -> str | None:
    """The gate of one head: its first word (or two), lowercased; None if a letter in it cannot be
    looked for in a lowercased line."""
    if head[:1] == " ":
        return None  # (a match may start at the space, before the word)
    gate = _first_words(head.translate(_GATE_LETTERS), words)
    return gate if gate and _CASE_MISFITS.isdisjoint(gate) else None


_NO_WORDS: tuple[frozenset[str], tuple[int, ...]] = (frozenset(), ())
_FIGURE = "\ue000"  # a figure in a rule's head: a private-use character no rule holds
_FIGURE_SET = frozenset({_FIGURE})
# "\d" that a rule requires: alone, "\d+" or "\d{1,2}" (not "\d?", "\d*", "\d{0,2}"), not escaped
_REQUIRED_FIGURE = regex.compile(r"(?<!\\)((?:\\\\)*)\\d(?:\+|\{[1-9]\d*(?:,\d*)?\}|(?![?*{]))")
_STARTS_WITH_FIGURE = regex.compile(r"\d")  # (``regex`` knows digits newer than ``str.isdecimal`` does)


def _anchored_words(pattern: str) -> tuple[str, ...] | None:
    """The first words of the rule's heads (see ``_start_words``), or None when the rule may start
    anywhere; a rule whose matches may start with a figure ("\\d+ comments", "(?:\\d+ )?likes?") has
    ``_FIGURE`` among them, so that only lines starting with a figure or a word of the rule try it."""
    words = _start_words([("", pattern)])
    if words is not None or "\\d" not in pattern:
        return words
    # Each figure the rule requires ("\\d", "\\d+", "\\d{1,2}") read as one literal character, and
    # what follows it as no literal: a head then ends on the figure.
    marked = _REQUIRED_FIGURE.sub(lambda match: match.group(1) + _FIGURE + "\\d*", pattern)
    gates: set[str] = set()
    for head, _ in literal_heads(marked):
        gate = _gate(head.split(_FIGURE, 1)[0], 1) if not head.startswith(_FIGURE) else _FIGURE
        if gate is None:
            return None
        gates.add(gate)
    return _without_longer(gates)


class _AnchoredRules:
    """Whole-line or line-start rules, tried only if their first word fits the line's start.

    A big alternation costs every alternative at position 0; on an aligned line only the rules
    whose first word (see ``_anchored_words``: a figure for "\\d+ comments") starts the lowercased
    line can match, so trying just those (plus the rules that may start anywhere) one by one, in the order the
    alternation prefers them, gives the same first match. Each rule is compiled once, when first
    needed: compiling an alternation per combination of first words cost more than the matching.
    """

    __slots__ = ("items", "rule_words", "by_first", "compiled", "candidates", "order", "categories", "_alternation")

    def __init__(self, items: list[tuple[str, str]], categories: list[str]) -> None:
        self.items = tuple(items)
        self.categories = categories  # the RuleSet's list: complete once _compile is done
        self._alternation: regex.Pattern | None = None
        self.rule_words = tuple(_anchored_words(pattern) for _, pattern in items)
        words = sorted({word for rule_words in self.rule_words if rule_words for word in rule_words} - {_FIGURE})
        # (by first character: the words, and their lengths, so that a line's start is looked up once
        # per length, not compared with each of a few hundred words)
        grouped: dict[str, set[str]] = {}
        for word in words:
            grouped.setdefault(word[0], set()).add(word)
        self.by_first: dict[str, tuple[frozenset[str], tuple[int, ...]]] = {
            first: (frozenset(group), tuple(sorted({len(word) for word in group}))) for first, group in grouped.items()}
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
        first = lowered[:1]
        group, lengths = self.by_first.get(first, _NO_WORDS)
        fitting = frozenset(piece for length in lengths if (piece := lowered[:length]) in group)
        if first.isdecimal() or (first > "\x7f" and _STARTS_WITH_FIGURE.match(first)):
            fitting |= _FIGURE_SET
        indices = self.candidates.get(fitting)
        if indices is None:
            indices = self.candidates[fitting] = tuple(
                index for index in self.order
                if self.rule_words[index] is None or not fitting.isdisjoint(self.rule_words[index]))
        for index in indices:
            compiled = self.compiled[index]
            if compiled is None:
                compiled = self.compiled[index] = regex.compile(
                    _whitespace(self.items[index][1]), regex.IGNORECASE | regex.V0)
            if (compiled.fullmatch(text) if whole else compiled.match(text)) is not None:
                return self.items[index][0]
        return None


def gated_search(pattern: regex.Pattern, words: tuple[str, ...] | None, content: str, lowered: str,
            start: int = 0) -> regex.Match | None:
    """``pattern.search(content, start)``, trying the pattern only where a match can start.

    ``lowered`` is ``content.lower()``; see ``_aligned`` for when the two line up.
    """
    if words is None or not _aligned(content, lowered):
        return pattern.search(content, start)
    find = literal_finder(words).search
    place = find(lowered, start)
    while place is not None:
        position = place.start()
        match = pattern.match(content, position)
        if match:
            return match
        place = find(lowered, position + 1)
    return None


@lru_cache(maxsize=64)
def literal_finder(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that matches where one of ``words`` starts (the shortest one there); a space in a
    word matches any run of whitespace, as in the rules (``re``'s whitespace, which holds ``regex``'s).

    The words are laid out as a prefix tree ("(a(?:fp|p)|c(?:ourtesy|redit))"), so the standard
    library's ``re`` tries one branch per character where a scan per word would read the whole
    text a hundred times: half the time on the data's pages.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(_branches(tree) if tree else "(?!)")


def _branches(node: dict[str, dict]) -> str:
    # (a run of single letters is a loop, not a recursion: a user's pattern may start with a long literal)
    pattern = ""
    while "" not in node:  # where a word ends, what follows cannot make the place any surer
        if len(node) > 1:
            branches = (_literal(char) + _branches(child) for char, child in sorted(node.items()))
            return f"{pattern}(?:{'|'.join(branches)})"
        [(char, node)] = node.items()
        pattern += _literal(char)
    return pattern


def _literal(char: str) -> str:
    return _GATE_SPACE if char == " " else re.escape(char)


# Any whitespace but a line break (the breaks ``lines.nonblank_lines`` splits at): a gate word is
# found inside one line, as its rule matches.
_GATE_SPACE = "[^\\S\r\n\u2028\u2029\x85]+"


def phrase_languages() -> tuple[str, ...]:
    """The languages with boilerplate phrase data: the detected ones first, then those (Russian,
    Japanese, ...) whose pages are read as undetermined or named with ``lang=``."""
    present = rule_names("boilerplate")
    return tuple(code for code in LANGUAGES if code in present) + \
        tuple(code for code in present if code not in LANGUAGES)


@lru_cache(maxsize=32)
def rules_for(language: str) -> RuleSet:
    """The built-in rules for ``language`` plus English (or every language's when undetermined)."""
    languages = phrase_languages()
    if language in languages:
        languages = tuple(dict.fromkeys((language, "en")))
    merged: dict[str, list[tuple[str, str]]] = {mode: [] for mode in _MODES.values()}
    for code in languages:
        for mode, items in _parse_entries(load_sections(f"boilerplate/{code}.txt"), f"{code}.txt",
                                          check=False).items():
            merged[mode].extend(items)
    rules = _compile(merged)
    if language in LANGUAGES:
        # An international site's template around a local article, a local site's chrome around its
        # English edition: the other languages' whole-line words ("Impressum", "Accueil") name their
        # menus too, unless English has the word ("Site", "Lecture": an English line's own).
        for core, category in _foreign_line_words(language).items():
            rules.exact_lines.setdefault(core, category)
    return rules


@lru_cache(maxsize=8)
def _foreign_line_words(language: str) -> dict[str, str]:
    """The whole-line words of the other languages' phrase data, literal ones only, and none of them English
    through and through ("Plan du site" is French, "Site" and "Lecture" may be an English line's own)."""
    english = frozenset(top_n_list("en", _ENGLISH_WORDS))
    found: dict[str, str] = {}
    for code in LANGUAGES:
        if code in (language, "en"):
            continue
        entries = _parse_entries(load_sections(f"boilerplate/{code}.txt"), f"{code}.txt", check=False)
        # (whole-line rules, and start rules that end the line: "^ (?:aviso legal|contacto)$")
        patterns = [*entries["line"], *((category, pattern[:-1]) for category, pattern in entries["start"]
                                        if pattern.endswith("$"))]
        for category, pattern in patterns:
            heads = literal_heads(pattern)
            if not all(exact for _, exact in heads):
                continue
            for head, _ in heads:
                core = _line_key(head).strip(EDGE_CHARACTERS + DIGITS)
                if core and not all(word in english for word in core.split()):
                    found.setdefault(core, category)
    return found


_ENGLISH_WORDS = 29_000  # English words by frequency, down to rare ones (as the detectors' list of names)


@lru_cache(maxsize=32)
def user_rules(patterns: tuple[str, ...], config: str | None) -> RuleSet | None:
    sections: dict[str, list[str]] = {}
    if config:
        path = Path(config)
        try:
            content = path.read_text(encoding="utf-8")
        except OSError as error:
            raise ValueError(f"boilerplate_config: cannot read {path}: {error.strerror}") from None
        except UnicodeDecodeError:
            raise ValueError(f"boilerplate_config: {path} is not UTF-8 text") from None
        current = "user"
        for raw in content.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                current = line[1:-1].strip() or "user"
                continue
            sections.setdefault(current, []).append(line)
    if not sections and not patterns:
        return None
    # (each parsed under its own name, so that a bad entry names where it came from)
    by_mode = _parse_entries({"user": list(patterns)}, "boilerplate_patterns")
    for mode, items in _parse_entries(sections, str(config)).items():
        by_mode[mode].extend(items)
    return _compile(by_mode)
