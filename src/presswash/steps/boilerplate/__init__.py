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

The package follows those stages: ``phrases`` reads the rule files and compiles them behind
cheap literal gates, ``lines`` gives each line its signals, ``decisions`` runs the decisions by
context in order, each family in a module of its own (``body``: where the article is; ``runs``:
blocks printed twice, tables of contents, archive counts, introduced lists, a pager's pages, tables
printed one cell a line; ``boxes``: fact boxes and boxes of short lines under the headline; ``teasers``:
other stories' headlines; ``tail``: where the article ends; ``comments``: where readers' comments start;
``headline``: the title that stays); this module is the step itself (reading the lines as the
quotes and sentences steps will leave them, settling so that a second cleaning agrees, and the
edits).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import replace
from os import PathLike

from ...document import Edit, Note, apply_edits, moved_edit, position_in_original
from ...pipeline import Context, step
from ..quotes import repair_quotes
from ..sentences import sentence_edits
from .decisions import SETTLE_ROUNDS, decide, settle
from .lines import (
    SAMPLE_SPACES,
    SAMPLE_WINDOW,
    Decision,
    LineInfo,
    classify_line,
    gated_lines,
    nonblank_lines,
    page_stopwords,
)
from .markup import HEADER_LINES, cited_labels, fenced_lines, link_addresses, scraper_header, setext_underlines
from .phrases import CATEGORY_NAMES, EDGE_CHARACTERS, RuleSet, literal_heads, rules_for, user_rules

__all__ = ["CATEGORY_NAMES", "LineInfo", "RuleSet", "Verdicts", "line_verdicts", "literal_heads", "rules_for",
           "strip_boilerplate"]


def _reason(category: str, detail: str) -> str:
    return f"boilerplate ({CATEGORY_NAMES.get(category, category)}): {detail}"


@step("boilerplate", boilerplate_patterns=(), boilerplate_config=None)
def strip_boilerplate(text: str, context: Context) -> list[Edit | Note]:
    """Remove the page's boilerplate lines and inline fragments, each removal with its category and reason.

    Options: ``boilerplate_patterns`` (regexes, or entries in the rule-file format, whose lines are
    removed as category "user") and ``boilerplate_config`` (path to a file in the rule-file format,
    see ``rules/boilerplate/en.txt``); both add to the built-in rules.

    The lines are read as the quotes and sentences steps will leave them (a closing mark moved to
    where the quotation ends; a hard-wrapped paragraph is one line, not a run of short ones; "it
    was ." ends in a word), so that a second cleaning, which reads the repaired text, decides as
    the first did.
    """
    language = context.language or "und"
    edits, notes, read_left = _strip_as_repaired(text, context, language)
    # Some of the quotes and sentences steps' decisions are page-wide (a writer's lowercase habit,
    # a quotation that runs over paragraphs), and they make them on what this step leaves; when the
    # removals change them, a second cleaning reads other repairs, so decide again on what is left,
    # as it would.
    for _ in range(SETTLE_ROUNDS):
        if not edits:
            break
        left = apply_edits(text, edits)
        reading = _repaired_reading(left, context, language)
        if reading[0] == read_left:
            break
        more, _, read_left = _strip_as_repaired(left, context, language, reading)
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


def _strip_as_repaired(text: str, context: Context, language: str,
                       repaired: tuple[str, Callable[[int, bool], int] | None] | None = None,
                       ) -> tuple[list[Edit], list[Note], str]:
    """This step's edits on ``text`` read with the quotes and sentences steps' repairs (``repaired``,
    when the caller has them already), in ``text``'s coordinates; its notes; and the repaired text
    as the edits leave it."""
    reading, to_text = repaired or _repaired_reading(text, context, language)
    proposals = _strip(reading, context)
    edits = [proposal for proposal in proposals if isinstance(proposal, Edit)]
    notes = [proposal for proposal in proposals if isinstance(proposal, Note)]
    read_left = apply_edits(reading, edits)
    if to_text is not None:
        edits = [moved_edit(edit, to_text) for edit in edits]
    return edits, notes, read_left


def _repaired_reading(text: str, context: Context, language: str) -> tuple[str, Callable[[int, bool], int] | None]:
    """``text`` as the quotes and then the sentences step will leave it (they run after this step),
    and a map from its positions back to ``text`` (None when they change nothing): a rule that
    reads a line's length or its quotation marks must read them as a second cleaning will."""
    quotes = [edit for edit in repair_quotes(text, context) if isinstance(edit, Edit)]
    quoted = apply_edits(text, quotes) if quotes else text
    repairs = sentence_edits(quoted, language)
    reading = apply_edits(quoted, repairs) if repairs else quoted
    maps = [position_in_original(edits) for edits in (repairs, quotes) if edits]  # the last repairs first
    if not maps:
        return reading, None

    def to_text(position: int, is_end: bool = False) -> int:
        for to_before in maps:
            position = to_before(position, is_end)
        return position

    return reading, to_text


def _strip(text: str, context: Context) -> list[Edit | Note]:
    verdicts = line_verdicts(text, context)
    if verdicts is None:
        return []
    lines, infos, decisions, note = verdicts
    proposals = _edits(text, lines, infos, decisions)
    if note:
        proposals.append(Note(note))
    return proposals


Verdicts = tuple[list[tuple[int, int, int, int]], list[LineInfo], list[Decision], str | None]


def line_verdicts(text: str, context: Context) -> Verdicts | None:
    """Each non-blank line of ``text`` with its signals and its verdict (``None`` keeps it,
    ``(category, detail)`` removes it), and the page's note; ``None`` for a blank text.

    The step's edits are built from these; benchmarks read them to study the decisions line by line.
    """
    lines = nonblank_lines(text)
    if not lines:
        return None
    language = context.language or "und"
    rules = rules_for(language)
    patterns = context.option("boilerplate_patterns") or ()
    if isinstance(patterns, str):
        patterns = (patterns,)
    config = context.option("boilerplate_config")
    extra = user_rules(tuple(patterns), str(config) if isinstance(config, (str, PathLike)) else None)
    stop = page_stopwords(text, "und")
    lowered = text.lower()
    if len(lowered) != len(text):
        # "İ", the one letter whose lowercase is two characters, matches a rule's "i": the gates read
        # it as that, and the lowered page stays one character for one
        lowered = text.replace("\u0130", "i").lower()
    starts = [line[0] for line in lines]
    if len(lowered) == len(text):
        gated = gated_lines(lowered, starts, rules.inline_words)
        user_gated = gated_lines(lowered, starts, extra.inline_words) if extra is not None else set()
    else:  # (a later Unicode may lowercase another letter to two characters: then every line is tried)
        gated = user_gated = set(range(len(lines)))
    rules_key = (language, tuple(patterns), str(config) if config else None)
    infos = [classify_line(text[start:end], rules_key, rules, extra, stop, index in gated, index in user_gated)
             for index, (_, start, end, _) in enumerate(lines)]
    # (a scraper's header goes whatever the page: transparent to the body search, as a strong phrase is)
    header = _mark_header(text, lines, infos, list(range(min(len(lines), HEADER_LINES))))
    marks = _page_marks(text, lines)
    _apply_marks(infos, marks, range(len(infos)))
    _mark_taken_up(text, lines, infos, range(len(infos)))
    underlines = [index for index, mark in marks.items() if mark == "underline"]
    # A reference link's address is the article's when a kept line cites it, a menu's otherwise, and an
    # underline goes or stays with its heading: decided by that alone, after the rest, which is decided
    # without them (a second cleaning finds only the cited addresses, and only the kept headings' lines).
    addresses = link_addresses(text, lines) if "]:" in text else {}
    decisions, note = _decide_without(infos, set(addresses) | set(underlines))
    settle(infos, decisions)
    header = _settle_header(text, lines, infos, decisions, header)
    # The function-word verdict reads the page's long lines; when the removals flip it, the next
    # run would classify the kept lines anew, so do that now (a page near the verdict's edge).
    for _ in range(SETTLE_ROUNDS):
        kept = [index for index, decision in enumerate(decisions) if decision is None]
        if not kept or len(kept) == len(infos):
            break
        if not _sample_may_change(text, lines, infos, decisions):
            break
        edits = [proposal for proposal in _edits(text, lines, infos, decisions) if isinstance(proposal, Edit)]
        kept_stop = page_stopwords(apply_edits(text, edits), "und")
        if bool(kept_stop) == bool(stop):
            break
        stop = kept_stop
        for index in kept:
            _, start, end, _ = lines[index]
            infos[index] = classify_line(text[start:end], rules_key, rules, extra, stop, index in gated,
                                            index in user_gated)
        _apply_marks(infos, marks, kept)
        _mark_taken_up(text, lines, infos, kept)
        again, _ = decide([infos[index] for index in kept])
        for position, decision in enumerate(again):
            decisions[kept[position]] = decision
        settle(infos, decisions)
        header = _settle_header(text, lines, infos, decisions, header)
    for index in underlines:
        decisions[index] = decisions[index - 1]
    if addresses:
        cited = cited_labels(text, lines, [decision is None for decision in decisions])
        for index, label in addresses.items():
            decisions[index] = None if label in cited or note else _UNCITED
    return lines, infos, decisions, note


def _page_marks(text: str, lines: list[tuple[int, int, int, int]]) -> dict[int, str | int]:
    """What the page's markdown says of lines beyond their own text: "fenced" for a fenced code block's
    lines, a heading's level for a line underlined, "underline" for its underline."""
    marks: dict[int, str | int] = {}
    if "```" in text or "~~~" in text:
        marks.update(dict.fromkeys(fenced_lines([text[start:end] for _, start, end, _ in lines]), "fenced"))
    if "==" in text or "--" in text:
        for index in setext_underlines(text, lines):
            marks[index] = "underline"
            marks[index - 1] = 1 if text[lines[index][1]] == "=" else 2  # (a heading even when it is a link)
    return marks


def _apply_marks(infos: list[LineInfo], marks: dict[int, str | int], indices: Iterable[int]) -> None:
    for index in indices:
        mark = marks.get(index)
        if mark == "fenced":
            infos[index] = replace(infos[index], fenced=True)
        elif isinstance(mark, int):
            infos[index] = replace(infos[index], heading=mark, links_only=False)


def _mark_taken_up(text: str, lines: list[tuple[int, int, int, int]], infos: list[LineInfo],
                   indices: Iterable[int]) -> None:
    """Mark the short lines that a strong phrase names (a widget's word: "Share", "Newsletter", "Tags") whose
    words the next line takes up ("Market share is …", 'a "newsletter" is …'): an article's subheading over
    its section, not a button between its paragraphs."""
    for index in indices:
        info = infos[index]
        if info.strength < 2 or info.category in (None, "user") or not 1 <= info.words <= _SUBHEADING_WORDS or \
                index + 1 >= len(lines):
            continue
        words = [word for word in info.key.strip(EDGE_CHARACTERS).split() if len(word) >= _TAKEN_UP_LETTERS]
        following = text[lines[index + 1][1]:lines[index + 1][2]].lower()
        if words and all(word in following for word in words):
            infos[index] = replace(info, taken_up=True)


_SUBHEADING_WORDS = 3
_TAKEN_UP_LETTERS = 4  # (a word of three letters or fewer is found anywhere: "of", "us")


def _settle_header(text: str, lines: list[tuple[int, int, int, int]], infos: list[LineInfo],
                   decisions: list[Decision], header: list[int]) -> list[int]:
    """A header that the lines removed leave at the page's top is read now, as a second cleaning would
    read it (a header with a line of furniture inside it or over it), and the rest decided again."""
    for index in header:
        decisions[index] = _HEADER
    for _ in range(SETTLE_ROUNDS):
        if "Title:" not in text and "---" not in text:
            break
        kept = [index for index, decision in enumerate(decisions) if decision is None]
        late = _mark_header(text, lines, infos, kept[:HEADER_LINES])
        if not late:
            break
        header = header + late
        for index in late:
            decisions[index] = _HEADER
        settle(infos, decisions)
    return header


def _decide_without(infos: list[LineInfo], left_out: set[int]) -> tuple[list[Decision], str | None]:
    """``decide`` on the lines but those ``left_out``, which are marked removed for now."""
    if not left_out:
        return decide(infos)
    rest = [index for index in range(len(infos)) if index not in left_out]
    part, note = decide([infos[index] for index in rest])
    decisions: list[Decision] = [_UNCITED] * len(infos)
    for position, index in enumerate(rest):
        decisions[index] = part[position]
    return decisions, note


_UNCITED: Decision = ("page_furniture", "a link's address that no line kept cites")


def _mark_header(text: str, lines: list[tuple[int, int, int, int]], infos: list[LineInfo],
                 candidates: list[int]) -> list[int]:
    """The lines of ``candidates`` (the page's first lines, in order) that make a scraper's header, each
    marked as one in ``infos``."""
    count = scraper_header([text[lines[index][1]:lines[index][2]] for index in candidates])
    for index in candidates[:count]:
        infos[index] = replace(infos[index], category="scraper_header", strength=2, anchored=True, fragment=None)
    return candidates[:count]


_HEADER: Decision = ("scraper_header", "the scraper's header over the page, not the page's text")


def _sample_may_change(text: str, lines: list[tuple[int, int, int, int]], infos: list[LineInfo],
                       decisions: list[Decision]) -> bool:
    """Can the removals change what ``page_stopwords`` samples (the long lines of the first 20,000
    characters)? Not when the text fits the window and no long line went or lost a fragment."""
    if len(text) > SAMPLE_WINDOW:
        return True
    for (begin, _, end, _), info, decision in zip(lines, infos, decisions):  # leading spaces count there too
        if (decision is not None or info.fragment is not None) and text.count(" ", begin, end) >= SAMPLE_SPACES:
            return True
    return False




def _edits(text: str, lines: list[tuple[int, int, int, int]], infos: list[LineInfo],
           decisions: list[Decision]) -> list[Edit | Note]:
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
