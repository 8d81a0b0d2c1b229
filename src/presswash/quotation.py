"""The quote model: every quote mark in a text, what it does, and which mark it pairs with.

Steps and detectors that reason about quotations share this one reading, so that they agree on what
is an opening mark, a closing mark, an apostrophe ("the ’90s", "rock ’n’ roll"; those inside words,
as in "don’t", are skipped outright) or an inch or foot mark (5'11"). Marks are paired within
paragraphs; the state is carried across paragraphs so
that the multi-paragraph convention (a quotation that runs on leaves its paragraph unclosed and the
next paragraph opens again) is recognised as legitimate and never reported.

Each mark's role comes first from its surroundings (a mark after a space and before a letter opens;
a mark after a letter and before a space or punctuation closes), then from the shape of the
character in the article's language (“ opens in English but closes „ in German; « opens in French
and Spanish, » opens in German »…«).

>>> model = analyse_quotes("She said “we won’t go” to the ’90s party.", "en")
>>> [(mark.char, mark.role) for mark in model.marks]
[('“', 'open'), ('”', 'close'), ('’', 'apostrophe')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .rules import load_entries

DOUBLE = "double"
SINGLE = "single"
GUILLEMET = "guillemet"
SINGLE_GUILLEMET = "single_guillemet"

OPEN = "open"
CLOSE = "close"
APOSTROPHE = "apostrophe"
MEASURE = "measure"
UNKNOWN = "unknown"

FAMILY = {
    '"': DOUBLE, "“": DOUBLE, "”": DOUBLE, "„": DOUBLE, "‟": DOUBLE,
    "'": SINGLE, "‘": SINGLE, "’": SINGLE, "‚": SINGLE, "‛": SINGLE,
    "«": GUILLEMET, "»": GUILLEMET,
    "‹": SINGLE_GUILLEMET, "›": SINGLE_GUILLEMET,
}
QUOTE_CHARACTERS = "".join(FAMILY)
QUOTE_MARK = regex.compile("[" + regex.escape(QUOTE_CHARACTERS) + "]")

# A line break, or a run of line breaks with only blank space between them (a paragraph boundary).
_BREAK = r"(?:\r\n|[\n\r\u2028\u2029\x85])"
_BREAK_RUN = regex.compile(_BREAK + r"(?:[ \t\u00a0]*" + _BREAK + ")*")
_ANY_BREAK = regex.compile(r"[\n\r\u2028\u2029\x85]")
_LINE_START_OPENER = regex.compile(r"[ \t\u00a0]*([\"'“”‘«»‹›„‚‟])")

_OPENING_CONTEXT = frozenset("([{<—–-/\u2010\u2011\u2012")
_CLOSING_CONTEXT = frozenset(".,;:!?)]}>—–-…/+×\u2010\u2011\u2012")
_NEVER_AFTER_OPENER = frozenset(".,;:!?)]}…—–")
_NEVER_BEFORE_CLOSER = frozenset("([{")
_SPACE = frozenset(" \t\n\r\u00a0\u2009\u202f\u2007\u200a\u2028\u2029\x85\f\v")

_DEEPEST_NESTING = 64
_EMPTY: frozenset[str] = frozenset()

# Languages whose typesetting opens with “ and closes with ” (so ”word” and “word“ face the wrong way).
ENGLISH_STYLE_LANGUAGES = frozenset({"en", "es", "pt", "it", "fr", "nl", "und", ""})

CLOSER_FOR = {'"': '"', "“": "”", "”": "”", "„": "“", "‟": "”", "'": "'", "‘": "’", "’": "’",
              "‚": "‘", "‛": "’", "«": "»", "»": "«", "‹": "›", "›": "‹"}
"""The closing mark that matches an opening mark."""


@lru_cache(maxsize=1)
def _elision() -> regex.Pattern[str]:
    entries = load_entries("quotes/elisions.txt")
    with_second = sorted((e[:-1] for e in entries if e.endswith("'")), key=len, reverse=True)
    plain = sorted((e for e in entries if not e.endswith("'")), key=len, reverse=True)
    parts = []
    if with_second:
        parts.append("(?P<second>(?:" + "|".join(map(regex.escape, with_second)) + ")['’])(?!\\p{L})")
    parts.append("(?:" + "|".join(map(regex.escape, plain)) + r")(?!\p{L})")
    parts.append(r"\d\d(?:s\b|(?!\d))")  # the ’90s, summer ’24
    return regex.compile("(?i)(?:" + "|".join(parts) + ")")


@dataclass(slots=True)
class QuoteMark:
    """One quote character at ``position``, with its family, role and partner.

    ``role`` is "open", "close", "apostrophe", "measure" or "unknown" (a separator such as the »
    of a breadcrumb). ``wrong_way`` marks a curly mark that faces against its role (” opening).
    ``reopens`` marks the opening mark of a continuation paragraph. ``partner`` is the index of
    the paired mark (for a continued opener: the mark that reopens it), -1 when there is none.
    """

    position: int
    char: str
    family: str
    role: str
    wrong_way: bool = False
    reopens: bool = False
    partner: int = -1


@dataclass(slots=True)
class QuoteModel:
    """The marks of a text and what pairing found wrong with them.

    ``unmatched_closers``: indices of closing marks with no opening mark.
    ``unclosed_openers``: indices of opening marks never closed, with where that was found out:
    "paragraph" (the next paragraph neither continues nor closes the quotation) or "end" (the
    article ended first).
    """

    text: str
    marks: list[QuoteMark] = field(default_factory=list)
    unmatched_closers: list[int] = field(default_factory=list)
    unclosed_openers: list[tuple[int, str]] = field(default_factory=list)

    def pairs(self) -> list[tuple[QuoteMark, QuoteMark]]:
        """Every (opening, closing) pair closed within the text, nested pairs included."""
        return [(mark, self.marks[mark.partner]) for mark in self.marks
                if mark.role == OPEN and mark.partner >= 0 and self.marks[mark.partner].role == CLOSE]


def _is_space(character: str) -> bool:
    return character in _SPACE or character.isspace()


def _role(text: str, index: int, character: str, family: str, pending: set[str] | frozenset[str], language: str,
          ) -> tuple[str, bool]:
    """The role of the mark at ``text[index]`` and whether it faces the wrong way."""
    previous = text[index - 1] if index > 0 else "\n"
    following = text[index + 1] if index + 1 < len(text) else "\n"
    space_before = _is_space(previous)
    space_after = _is_space(following)
    # CommonMark-style flanking: an opener has text after it and space or an opening mark before it
    can_open = not space_after and following not in _NEVER_AFTER_OPENER and (
        space_before or previous in _OPENING_CONTEXT or previous in FAMILY)
    can_close = not space_before and previous not in _NEVER_BEFORE_CLOSER and (
        space_after or following in _CLOSING_CONTEXT or following in FAMILY)
    is_pending = family in pending

    if family == SINGLE:
        if previous.isdigit() and (following.isdigit() or space_after or following in _CLOSING_CONTEXT) \
                and character in "'’" and not is_pending:
            return MEASURE, False
        if previous.isalnum() and following.isalpha():
            return APOSTROPHE, False  # don't, O’Neill
        if (space_before or previous in _OPENING_CONTEXT or previous in FAMILY or index == 0) and not space_after:
            if _elision().match(text, index + 1):
                return APOSTROPHE, False
            if character == "’":
                return APOSTROPHE, False  # an opening ’ is read as an elision we do not list, never a quote
            return OPEN, False
        if can_close:
            if is_pending:
                return CLOSE, character == "‘"
            return APOSTROPHE, False  # drivers’ cars, singin’
        return UNKNOWN, False

    if family == DOUBLE:
        if character == "„":
            return OPEN, False
        if previous.isdigit() and can_close and not is_pending and character in '"”':
            return MEASURE, False  # a 7" screen, 5’11”
        if character == '"':
            if can_open and not can_close:
                return OPEN, False
            if can_close and not can_open:
                return CLOSE, False
            return (CLOSE if is_pending else OPEN), False
        if character in "“‟":
            if can_open and not can_close:
                return OPEN, False
            if can_close and not can_open:
                # German closes „ with “; elsewhere a closing “ faces the wrong way
                return CLOSE, language not in ("de",) and "„" not in pending
            if is_pending and language == "de":
                return CLOSE, False
            return OPEN, False
        # ”
        if can_close and not can_open:
            return CLOSE, False
        if can_open and not can_close:
            return OPEN, language in ENGLISH_STYLE_LANGUAGES
        return (CLOSE if is_pending else OPEN), False

    # guillemets: « opens in French and Spanish; German opens with » and closes with «
    opening_shape = character in "«‹"
    if can_open and not can_close:
        return OPEN, False
    if can_close and not can_open:
        return CLOSE, False
    if is_pending:
        return CLOSE, False
    if opening_shape and family == GUILLEMET:
        return OPEN, False  # « mot » with spaces, the French way
    return UNKNOWN, False  # Home » News: a separator, not a quote


def quote_positions(text: str) -> list[int]:
    """Offsets of every quote character of ``text``, in order.

    ``str.find`` per character is several times faster than a regex character class here, and most
    texts hold few marks: this is the cheap gate every quote rule starts from.
    """
    positions: list[int] = []
    for character in QUOTE_CHARACTERS:
        index = text.find(character)
        while index >= 0:
            positions.append(index)
            index = text.find(character, index + 1)
    positions.sort()
    return positions


def analyse_quotes(text: str, language: str = "en", positions: list[int] | None = None) -> QuoteModel:
    """Find, classify and pair every quote mark of ``text`` (apostrophes inside words are skipped).

    Pairing is a stack per family. At a line or paragraph boundary an open quotation continues when
    the next line opens again with a mark of its family (the multi-paragraph convention). At a
    paragraph boundary without that, the quotation is suspended: a closing mark with no opener in
    the next paragraph still closes it (a paragraph split by the scraper); otherwise it is reported
    unclosed. Only double quotes and guillemets are reported: single marks are too often apostrophes.
    ``positions`` may pass ``quote_positions(text)`` when the caller has it already.
    """
    model = QuoteModel(text)
    marks = model.marks
    pairing = _Pairing(model)
    apostrophe_at = -1
    previous_position = 0
    length = len(text)
    for index in (quote_positions(text) if positions is None else positions) + [length]:
        character = text[index] if index < length else ""
        if 0 < index < length - 1 and character in "'’" and text[index - 1].isalpha() and text[index + 1].isalpha():
            continue  # don't, O’Neill: the commonest mark by far, and never a quote
        if (pairing.stack or pairing.suspended) and _ANY_BREAK.search(text, previous_position, index) is not None:
            pairing.cross_breaks(text, previous_position, index)
        previous_position = index + 1
        if index == length:
            break  # the end of the text: only its line and paragraph breaks mattered
        family = FAMILY[character]
        if index == apostrophe_at:
            marks.append(QuoteMark(index, character, family, APOSTROPHE))
            continue
        if index == pairing.reopen_at:
            pairing.reopen(index, character, family)
            continue
        role, wrong_way = _role(text, index, character, family, pairing.open_families(), language)
        if role == APOSTROPHE and family == SINGLE:
            elision = _elision().match(text, index + 1)
            if elision is not None and elision.group("second"):
                apostrophe_at = index + len(elision.group("second"))  # the second mark of ’n’
        marks.append(QuoteMark(index, character, family, role, wrong_way))
        if role == OPEN:
            pairing.open(len(marks) - 1)
        elif role == CLOSE:
            pairing.close(len(marks) - 1, family)
    pairing.finish()
    return model


class _Pairing:
    """One left-to-right pairing pass over a text's marks: the quotations open (a stack of mark
    indices), those a paragraph break suspended, and how many openers of each family (and "„") the
    stack holds, which ``_role`` reads."""

    def __init__(self, model: QuoteModel) -> None:
        self.model = model
        self.marks = model.marks
        self.stack: list[int] = []
        self.suspended: list[int] = []
        self.pending: dict[str, int] = {}
        self.reopen_at = -1  # where a line opens again with the open quotation's mark

    def _count(self, index: int, change: int) -> None:
        mark = self.marks[index]
        self.pending[mark.family] = self.pending.get(mark.family, 0) + change
        if mark.char == "„":
            self.pending["„"] = self.pending.get("„", 0) + change

    def open_families(self) -> set[str] | frozenset[str]:
        """The families (and "„") with an opener on the stack."""
        if not self.pending:
            return _EMPTY
        return {key for key, value in self.pending.items() if value > 0}

    def cross_breaks(self, text: str, start: int, end: int) -> None:
        """Read the line and paragraph breaks of ``text[start:end]``: an open quotation goes on where
        the next line opens again with its mark; a paragraph break otherwise suspends it, and
        reports what was suspended before."""
        for boundary in _BREAK_RUN.finditer(text, start, end):
            run = boundary.group()
            is_paragraph_break = "\u2029" in run or run.count("\n") + run.count("\r") - run.count("\r\n") >= 2
            if is_paragraph_break:
                for waiting in self.suspended:
                    self.model.unclosed_openers.append((waiting, "paragraph"))
                self.suspended = []
            self.reopen_at = -1
            if not self.stack:
                continue
            opener = _LINE_START_OPENER.match(text, boundary.end())
            continuing = [i for i in self.stack if self.marks[i].family in (DOUBLE, GUILLEMET)]
            if opener is not None and continuing:
                first = opener.group(1)
                last_open = self.marks[continuing[-1]]
                if FAMILY[first] == last_open.family and (first not in "»›" or first == last_open.char):
                    self.reopen_at = opener.start(1)
                    continue
            if is_paragraph_break:
                self.suspended = continuing
                self.stack = []
                self.pending.clear()

    def reopen(self, index: int, character: str, family: str) -> None:
        """The continuation paragraph opens again: its mark takes over the open quotation."""
        marks = self.marks
        continued = next(i for i in reversed(self.stack) if marks[i].family == family)
        marks.append(QuoteMark(index, character, family, OPEN, reopens=True))
        marks[continued].partner = len(marks) - 1
        for i in self.stack:
            if i == continued or marks[i].family not in (DOUBLE, GUILLEMET):
                self._count(i, -1)
        self.stack = [i for i in self.stack if i != continued and marks[i].family in (DOUBLE, GUILLEMET)]
        self.stack.append(len(marks) - 1)
        self._count(len(marks) - 1, 1)

    def open(self, current: int) -> None:
        if len(self.stack) >= _DEEPEST_NESTING:
            self._count(self.stack[0], -1)
            del self.stack[0]  # no real text nests this deep: forget the oldest, keep the scan linear
        self.stack.append(current)
        self._count(current, 1)

    def close(self, current: int, family: str) -> None:
        """Pair a closing mark with the innermost open quotation of its family, or a suspended one."""
        marks, stack = self.marks, self.stack
        position = -1
        if self.pending.get(family, 0) > 0:
            position = next((k for k in range(len(stack) - 1, -1, -1) if marks[stack[k]].family == family), -1)
        if position >= 0:
            opener_index = stack[position]
            marks[opener_index].partner = current
            marks[current].partner = opener_index
            for i in stack[position:]:
                self._count(i, -1)
            del stack[position:]
            return
        waiting = next((k for k in range(len(self.suspended) - 1, -1, -1)
                        if marks[self.suspended[k]].family == family), -1)
        if waiting >= 0:
            opener_index = self.suspended.pop(waiting)
            marks[opener_index].partner = current
            marks[current].partner = opener_index
        elif family in (DOUBLE, GUILLEMET):
            self.model.unmatched_closers.append(current)

    def finish(self) -> None:
        """At the text's end: what is still suspended or open was never closed."""
        for index in self.suspended:
            self.model.unclosed_openers.append((index, "paragraph"))
        for index in self.stack:
            if self.marks[index].family in (DOUBLE, GUILLEMET):
                self.model.unclosed_openers.append((index, "end"))
        self.model.unclosed_openers.sort()
