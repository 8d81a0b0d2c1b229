"""Quotation repairs: marks closed too early, spaces inside quotes, marks facing the wrong way.

Machine translation, spinners and scrapers leave quotations whose boundaries are wrong in a few
recognisable ways. This step repairs them only when the quote model (presswash.quotation) pairs the
marks with certainty, and flags what it cannot repair:

- a closing mark put too early, the rest of the quoted clause after it in lowercase:
  “We will keep the library open.” until the new building is ready, she said.
  -> “We will keep the library open until the new building is ready,” she said.
- spaces inside a quotation (“ word ” -> “word”), except in French, where « mot » is the rule;
- curly marks turned the wrong way (”word” -> “word”, “word“ -> “word”) in languages that open
  with “ (German closes „…“ with “, which is right there);
- a quotation opened in the article's last paragraph and never closed: closed at the end when the
  quotation plainly runs to the end of the article, flagged otherwise;
- closing marks with no opener, and openers never closed: flagged, never guessed.

The multi-paragraph convention (a quotation that runs on leaves its paragraph unclosed and the next
paragraph opens again) is legitimate and never touched.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from ..document import Edit, Flag, apply_edits, moved_edit, position_in_original
from ..pipeline import Context, step
from ..quotation import (
    CLOSER_FOR,
    DOUBLE,
    ENGLISH_STYLE_LANGUAGES,
    FAMILY,
    GUILLEMET,
    OPEN,
    SINGLE,
    QuoteMark,
    QuoteModel,
    analyse_quotes,
    quote_positions,
)
from ..rules import load_entries
from ..segment import CodeLines, without_markdown_code
from .sentences import is_abbreviation, repeat_across, sentence_edits, wrapped_line_breaks

MAX_CONTINUATION_WORDS = 30
"""A quoted clause closed too early is repaired only when the words left outside are this few."""

MAX_QUOTE_LENGTH = 1500
"""Pairs further apart than this (characters) are never repaired: the pairing may be wrong."""

MAX_UNCLOSED_WORDS = 80
"""An unclosed quotation in the last paragraph is closed only when it runs this many words or fewer."""

_SPACE_RUN = regex.compile(r"[ \t\u00a0\u2009\u202f]+")
_CONTINUATION_START = regex.compile(r"[ \t]+(\p{Ll}[\p{L}\p{M}’'\-]*)")
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}’'\-]*")
# the end of the continuation: a sentence-final mark, or a comma that may start a speech tag; a mark
# glued to a capital ("ready.Next") counts too, so that the space the sentences step adds there
# does not change this decision on a second run
_CONTINUATION_STOP = regex.compile(r"[.!?](?=[\s)\]]|$|\p{Lu})|,(?=[ \t])|[\n\r]")
_LAST_PARAGRAPH_END = regex.compile(r"[.!?…][)\]]?[ \t]*$")
_PARAGRAPH_BREAK = regex.compile(r"(?:\r\n|[\n\r\u2028\u2029\x85])[ \t\u00a0]*(?:\r\n|[\n\r\u2028\u2029\x85])|\u2029")
_LOWERCASE_NEXT = regex.compile(r"[ \t]+\p{Ll}")
_CLAUSE_BREAK = regex.compile(r"[,.;:!?()\[\]\"“”«»\n\r]")
_INNER_SENTENCE_END = regex.compile(r"[.!?][ \t]+\p{Lu}")
_BREAK_CHARACTER = regex.compile(r"[\n\r]")
_LINE_BREAK = regex.compile(r"[\n\r\u2028\u2029\x85]")


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Verbs that tag reported speech (rules/quotes/speech_verbs.txt)."""
    return frozenset(load_entries("quotes/speech_verbs.txt", "verbs"))


@lru_cache(maxsize=1)
def speech_subjects() -> frozenset[str]:
    """Words that may start a speech tag before its verb ("the mayor said", "she added")."""
    return frozenset(load_entries("quotes/speech_verbs.txt", "subjects"))


@lru_cache(maxsize=1)
def _interjections() -> frozenset[str]:
    return frozenset(load_entries("quotes/speech_verbs.txt", "interjections"))


def is_speech_tag(words: list[str]) -> bool:
    """True when ``words`` (the start of a clause) read as a speech tag: "he said", "said Ms Lee".

    The verb comes first or second ("said Ms Lee", "she said"), after capitalised words only (a
    name or title: "Prime Minister Ann Lee said"), or third after an article or pronoun ("the mayor
    said"). ``words`` stop at the first punctuation mark: a speech tag holds none.
    """
    verbs = speech_verbs()
    for position, word in enumerate(words[:5]):
        if word.lower() in verbs:
            if position <= 1 or all(before[:1].isupper() for before in words[:position]):
                return True  # "said Ms Lee", "she said", "Prime Minister Ann Lee said"
            return position == 2 and words[0].lower() in speech_subjects()  # "the mayor said"
    return False


def _words_after(text: str, position: int, limit: int = 5) -> list[str]:
    """Up to ``limit`` words from ``position`` to the next punctuation mark (a tag has none inside)."""
    words = []
    end = _CLAUSE_BREAK.search(text, position, min(len(text), position + 80))
    for match in _WORD.finditer(text, position, end.start() if end else min(len(text), position + 80)):
        words.append(match.group())
        if len(words) == limit:
            break
    return words


def _same_line(text: str, start: int, end: int) -> bool:
    return _LINE_BREAK.search(text, start, end) is None


class _QuoteLengths:
    """Whether a quotation is too long to repair, measured as the sentences step will leave it.

    That step runs next and joins hyphenated and wrapped lines, removes "to. to" and spurious
    stops; a quotation just over the limit would then be under it on a second cleaning, which
    would repair what the first one did not (cleaning must be idempotent). Its edits are read
    only for the rare quotation over the limit as given.
    """

    def __init__(self, source: str, language: str, breaks: list[tuple[int, int]] | None = None) -> None:
        self._source = source
        self._language = language
        self._edits: list[Edit] | None = None
        self._breaks = breaks  # the sentences step's line joins, when the caller has read them already
        self._hyphen_breaks: list[int] | None = None

    def hyphen_joins(self, start: int, end: int) -> int:
        """How many words hyphenated across a line break lie in ``start:end`` ("inter-/national"):
        read as two words here, one once the sentences step has joined them."""
        if self._hyphen_breaks is None:
            breaks = wrapped_line_breaks(self._source) if self._breaks is None else self._breaks
            self._hyphen_breaks = [span_start for span_start, _ in breaks if self._source[span_start] == "-"]
        return bisect.bisect_left(self._hyphen_breaks, end) - bisect.bisect_left(self._hyphen_breaks, start)

    def too_long(self, start: int, end: int) -> bool:
        if end - start <= MAX_QUOTE_LENGTH:
            return False
        if self._edits is None:
            self._edits = sentence_edits(self._source, self._language)
        change = sum(len(edit.replacement) - (edit.end - edit.start)
                     for edit in self._edits if start <= edit.start and edit.end <= end)
        return end - start + change > MAX_QUOTE_LENGTH


def _closed_early(text: str, opener: QuoteMark, closer: QuoteMark, language: str,
                  source: str | None = None, lengths: _QuoteLengths | None = None) -> Edit | Flag | None:
    """Repair (or flag) a closing mark placed before the end of its quoted clause.

    ``text`` may read wrapped line breaks as spaces; ``source`` (the text as given) supplies what
    the repair copies, so that the sentences step still sees and joins those line breaks.
    """
    source = text if source is None else source
    lengths = _QuoteLengths(source, language) if lengths is None else lengths
    position = closer.position
    if position < 2 or text[position - 1] != "." or text[position - 2] in ".…":
        return None
    if lengths.too_long(opener.position, closer.position) or not _same_line(text, opener.position, position):
        return None
    start = _CONTINUATION_START.match(text, position + 1)
    if start is None:
        return None
    first_word = start.group(1)
    if any(character.isupper() for character in first_word):
        return None  # iPhone, eBay: a brand, not a continuation
    if is_abbreviation(text, position - 1, language):
        return None  # “... in the U.S.” and later: the stop belongs to the abbreviation
    if is_speech_tag(_words_after(text, start.start(1))):
        return None  # “Stop.” he said: unusual, but a speech tag, not a broken quotation
    if first_word.lower() in _interjections():
        return None  # ..." yeah, I remember: a new remark, not the rest of the quotation
    quoted = text[opener.position + 1:position - 1]
    quoted_words = _WORD.findall(quoted)
    if _INNER_SENTENCE_END.search(quoted) or len(quoted_words) < 2:
        return None  # “Meth. We’re on it.” campaign: a slogan or title, not a clause cut short
    if len(quoted_words) <= 5 and all(word[:1].isupper() for word in quoted_words):
        return None  # the “Three Sisters.” system: a name in title case, not a clause
    # walk the continuation to its end: a sentence-final mark, or a comma that starts a speech tag
    words = 0
    repeated_words = 0  # "asked to. to leave": the sentences step removes the second "to"
    insert_at = -1
    for stop in _CONTINUATION_STOP.finditer(text, start.start(1), min(len(text), start.start(1) + 600)):
        stretch = text[start.start(1):stop.start()]
        words = len(_WORD.findall(stretch)) - repeated_words
        if stop.group() in "\n\r":
            break
        if stop.group() == ",":
            if is_speech_tag(_words_after(text, stop.end())):
                insert_at = stop.end()
                break
            continue
        if stop.group() == "." and is_abbreviation(text, stop.start(), language):
            continue
        lowercase_next = _LOWERCASE_NEXT.match(text, stop.end())
        if lowercase_next:
            repeated = repeat_across(text, stop.start(), lowercase_next.end() - 1)
            if repeated:
                repeated_words += len(_WORD.findall(text, stop.start(), stop.start() + repeated))
            continue  # "asked to. to leave": a spurious stop the sentences step joins, not the end
        insert_at = stop.end()
        break
    if insert_at > 0 and words > MAX_CONTINUATION_WORDS:
        words -= lengths.hyphen_joins(start.start(1), insert_at)
    stretch = text[position + 1:insert_at] if insert_at > 0 else ""
    has_marks = any(FAMILY.get(character) in (DOUBLE, GUILLEMET) for character in stretch)
    if insert_at < 0 or words > MAX_CONTINUATION_WORDS or has_marks:
        return Flag(closer.position, closer.position + 1, "quote_closed_early",
                    "closing quotation mark followed by a lowercase continuation: the quotation may "
                    "have been closed too early", 0.6)
    quoted_end = text[start.start(1):insert_at].rstrip(",")
    glued = insert_at < len(text) and text[insert_at].isalpha()  # "ready.Next": the next sentence
    # A mark that also faces the wrong way is turned as it moves (the orientation repair at the
    # same place gives way to this one, and a second cleaning would turn it otherwise).
    mark = _TURNED_CLOSER.get(closer.char, closer.char) if closer.wrong_way else closer.char
    return Edit(position - 1, insert_at, source[position + 1:insert_at] + mark + (" " if glued else ""),
                reason=f"closing quotation mark placed before the end of the quoted clause: moved after "
                       f"“{quoted_end[-40:]}” and the stray full stop removed"
                       + (f", and turned the right way ({closer.char} for {mark})" if mark != closer.char else "")
                       + (", a space added before the next sentence" if glued else ""),
                category="quote_closed_early")


_TURNED_CLOSER = {"“": "”", "‘": "’"}


# Signs that a line is code, strict enough for prose: a call "f(", braces, "//", ":=", "==",
# "=>", "->", an assignment "x = ", a statement's end ");". (Prose has "(SaaS)", "[..]" and "-over-".)
_CODE_SIGNS = regex.compile(r"\w\(|[{}]|//|:=|==|=>|->|\w[ \t]*=[ \t]*[\"'\w]|\);")
_MARK_OF_FAMILY = {family: regex.compile("[" + regex.escape("".join(c for c, f in FAMILY.items() if f == family)) + "]")
                   for family in set(FAMILY.values())}


def _spacing(text: str, opener: QuoteMark, closer: QuoteMark, language: str, code_lines: CodeLines,
             lengths: _QuoteLengths) -> list[Edit]:
    """Remove the spaces just inside a quotation spaced on both sides (“ word ” -> “word”).

    Only both-sided spacing is repaired: a space on one side only is as often a stray mark as a
    stray space, and a space between nested marks (,’ ”) is right.
    """
    if opener.family == GUILLEMET or language == "fr":
        return []  # « mot » is how French sets guillemets
    if lengths.too_long(opener.position, closer.position) or not _same_line(text, opener.position, closer.position):
        return []
    inside_start = _SPACE_RUN.match(text, opener.position + 1)
    if inside_start is None or inside_start.end() >= closer.position:
        return []
    before_close = closer.position
    while text[before_close - 1] in " \t\u00a0\u2009\u202f":
        before_close -= 1
    if before_close == closer.position or text[before_close - 1] in FAMILY:
        return []
    if _MARK_OF_FAMILY[opener.family].search(text, opener.position + 1, closer.position):
        return []  # a mark of its own family inside: a space may belong to it, and a second reading would pair it
    if opener.char == '"' and opener.position in code_lines:
        return []  # a string in code: 'padded = " name "' means its spaces
    # a spaced mark has no side to face, so it may have the wrong shape: turned in the same edit,
    # or the next cleaning would find ”word” and turn it then
    english_style = language in ENGLISH_STYLE_LANGUAGES
    opening = "“" if english_style and opener.char == "”" else ""
    closing = "”" if english_style and closer.char == "“" else ""
    return [Edit(inside_start.start() - (1 if opening else 0), inside_start.end(), opening,
                 reason="space inside a quotation, after its opening mark, removed"
                        + (" (and the mark turned the right way)" if opening else ""), category="quote_spacing"),
            Edit(before_close, closer.position + (1 if closing else 0), closing,
                 reason="space inside a quotation, before its closing mark, removed"
                        + (" (and the mark turned the right way)" if closing else ""), category="quote_spacing")]


def _orientation(mark: QuoteMark) -> Edit | None:
    """Turn a paired curly mark that faces the wrong way (”word” -> “word”)."""
    if not mark.wrong_way:
        return None
    if mark.role == OPEN:
        right = {"”": "“", "’": "‘"}.get(mark.char)
    else:
        right = _TURNED_CLOSER.get(mark.char)
    if right is None:
        return None
    where = "opening" if mark.role == OPEN else "closing"
    return Edit(mark.position, mark.position + 1, right,
                reason=f"{where} quotation mark turned the wrong way ({mark.char} for {right})",
                category="quote_orientation")


def _unclosed_at_end(text: str, model: QuoteModel, index: int) -> Edit | Flag:
    """Close a quotation left open in the last paragraph when it plainly runs to the end; else flag."""
    opener = model.marks[index]
    flag = Flag(opener.position, opener.position + 1, "quote_unbalanced",
                "quotation opened here is never closed (the article ends first)", 0.6)
    rest = text[opener.position + 1:]
    body = rest.rstrip()
    end = opener.position + 1 + len(body)
    later_marks = [m for m in model.marks[index + 1:] if m.family in (DOUBLE, GUILLEMET)]
    line_start = max(text.rfind("\n", 0, opener.position), text.rfind("\r", 0, opener.position)) + 1
    lead = text[line_start:opener.position].rstrip()
    opens_clause = not lead or lead.endswith((":", ","))
    if (later_marks or not opens_clause or _LINE_BREAK.search(body) is not None
            or _LAST_PARAGRAPH_END.search(body) is None or len(_WORD.findall(body)) > MAX_UNCLOSED_WORDS):
        return flag
    closing = CLOSER_FOR[opener.char]
    return Edit(end, end, closing,
                reason="quotation opened in the last paragraph was never closed; it runs to the end of "
                       "the article, so its closing mark is added there",
                category="quote_unclosed_at_end")


def _joined_view(text: str, breaks: list[tuple[int, int]]) -> str:
    """``text`` with the line breaks ``breaks`` (the sentences step's joins) read as spaces (same length, same offsets).

    The sentences step joins those lines after this step; reading them joined already keeps a
    second cleaning from finding repairs the first one could not see.
    """
    if not breaks:
        return text
    parts = []
    position = 0
    for start, end in breaks:
        parts.append(text[position:start])
        parts.append(_BREAK_CHARACTER.sub(" ", text[start:end]))
        position = end
    parts.append(text[position:])
    return "".join(parts)


def _keep_non_overlapping(edits: list[tuple[int, Edit]]) -> list[Edit]:
    """Keep edits that do not overlap; where two collide the higher priority (lower number) wins."""
    edits.sort(key=lambda item: (item[1].start, item[1].end, item[0]))
    kept: list[tuple[int, Edit]] = []
    for priority, edit in edits:
        if kept:
            last_priority, last = kept[-1]
            collides = edit.start < last.end or (edit.start == last.start and (
                edit.start == edit.end or last.start == last.end))
            if collides:
                if priority < last_priority:
                    kept[-1] = (priority, edit)
                continue
        kept.append((priority, edit))
    return [edit for _, edit in kept]


@step("quotes")
def repair_quotes(text: str, context: Context) -> list[Edit | Flag]:
    """Repair quotation boundaries the quote model is sure of; flag unbalanced quotation marks.

    A quotation closed early inside another ('““a en.” to. In.” ld.') can be seen only once the
    inner one is repaired: then the repairs are read once more on the repaired text, as a second
    cleaning would read them, and those that touch no first repair are taken too.
    """
    return list(_repairs(text, context.language or "und"))


@lru_cache(maxsize=2)
def _repairs(text: str, language: str) -> tuple[Edit | Flag, ...]:
    """Cached: the boilerplate step reads these repairs first, and when it removes nothing this
    step itself is asked for the same text."""
    proposals = _repair_once(text, language)
    edits = [proposal for proposal in proposals if isinstance(proposal, Edit)]
    if not any(edit.category == "quote_closed_early" for edit in edits):
        return tuple(proposals)
    to_text = position_in_original(edits)
    again = [moved_edit(edit, to_text) for edit in _repair_once(apply_edits(text, edits), language)
             if isinstance(edit, Edit) and edit.category == "quote_closed_early"]
    more = [edit for edit in again
            if not any(edit.start <= first.end and first.start <= edit.end for first in edits)]
    if not more:
        return tuple(proposals)
    return tuple(sorted(edits + more, key=lambda edit: (edit.start, edit.end)) + [
        proposal for proposal in proposals if isinstance(proposal, Flag)])


def _repair_once(text: str, language: str) -> list[Edit | Flag]:
    original = text
    text = without_markdown_code(text)  # (same length and offsets: a listing's quotes are left as written)
    positions = quote_positions(text)
    if not positions:
        return []
    breaks = wrapped_line_breaks(original)
    text = _joined_view(text, breaks)  # same length and offsets: the positions still hold
    model = analyse_quotes(text, language, positions)
    if not model.marks:
        return []
    candidates: list[tuple[int, Edit]] = []
    flags: list[Flag] = []
    code_lines = CodeLines(text, _CODE_SIGNS)
    lengths = _QuoteLengths(original, language, breaks)
    for opener, closer in model.pairs():
        if opener.family == SINGLE and opener.char == "'":
            continue  # straight single quotes pair too loosely with apostrophes to repair
        if opener.family in (DOUBLE,) and not opener.reopens:
            found = _closed_early(text, opener, closer, language, original, lengths)
            if isinstance(found, Edit):
                candidates.append((0, found))
            elif isinstance(found, Flag):
                flags.append(found)
        for mark in (opener, closer):
            turned = _orientation(mark)
            if turned is not None:
                candidates.append((1, turned))
        candidates.extend((2, edit) for edit in _spacing(text, opener, closer, language, code_lines, lengths))
    for index in model.unmatched_closers:
        mark = model.marks[index]
        flags.append(Flag(mark.position, mark.position + 1, "quote_unbalanced",
                          "closing quotation mark with no opening mark", 0.6))
    several_paragraphs = _PARAGRAPH_BREAK.search(text) is not None
    for index, where in model.unclosed_openers:
        # a single paragraph may be an excerpt whose quotation goes on elsewhere: never close it
        if where == "end" and several_paragraphs and _PARAGRAPH_BREAK.search(text, model.marks[index].position) is None:
            found_end = _unclosed_at_end(text, model, index)
            if isinstance(found_end, Edit):
                candidates.append((3, found_end))
                # once closed, the quotation is a pair: an opener turned the wrong way (”He left.)
                # is turned now, or the next cleaning would turn it then
                turned = _orientation(model.marks[index])
                if turned is not None:
                    candidates.append((3, turned))
            else:
                flags.append(found_end)
            continue
        mark = model.marks[index]
        message = ("quotation opened here is never closed, and the next paragraph does not continue it"
                   if where == "paragraph" else "quotation opened here is never closed (the article ends first)")
        flags.append(Flag(mark.position, mark.position + 1, "quote_unbalanced", message, 0.6))
    return [*_keep_non_overlapping(candidates), *flags]
