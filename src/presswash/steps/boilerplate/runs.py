"""Runs of lines that belong together, found by their shape and echoes rather than by their words:
a block printed twice, a table of contents, a blog's archive counts, the list a line introduces.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from itertools import accumulate
from typing import NamedTuple

from .lines import LineInfo
from .phrases import DIGITS


def repeated_blocks(infos: list[LineInfo]) -> set[int]:
    """Lines of a run of at least ``_REPEAT_LINES`` lines, ``_REPEAT_PROSE`` of them prose, that repeats
    line for line the run right above it (a carousel's slides, an article printed twice); and a line of
    ``_REPEAT_LINE_WORDS`` words or more right under its own copy.

    Only a copy right under its original: blocks repeated with anything between them are the
    article's own structure (the same meal under every day of a plan), and they stay.
    """
    count = len(infos)
    seen: dict[int, list[int]] = {}
    for index, info in enumerate(infos):
        seen.setdefault(info.digest, []).append(index)
    if len(seen) == count:
        return set()
    # A long line right under its own copy is a copy too (a headline printed twice, a caption and its
    # image's alternative text): a sentence is not written twice in a row.
    repeated = {index for index in range(1, count) if infos[index].digest == infos[index - 1].digest and
                infos[index].words >= _REPEAT_LINE_WORDS}
    # Every line of a copy occurs twice: without a run of such lines there is no copy (most pages).
    twice = [len(seen[info.digest]) > 1 for info in infos]
    if "1" * _REPEAT_LINES not in "".join("1" if flag else "0" for flag in twice):
        return repeated
    index = 0
    while index < count:
        if not twice[index]:
            index += 1
            continue
        positions = seen[infos[index].digest]
        before = bisect_left(positions, index)
        longest = accepted = 0
        # (the nearest few earlier copies only: a line repeated thousands of times costs no more)
        for earlier in positions[max(0, before - _REPEAT_CANDIDATES):before]:
            length = 0
            while index + length < count and earlier + length < index and \
                    infos[earlier + length].digest == infos[index + length].digest:
                length += 1
            longest = max(longest, length)
            if length >= _REPEAT_LINES and length == index - earlier and \
                    sum(info.prose >= 1.0 for info in infos[index:index + length]) >= _REPEAT_PROSE:
                accepted = max(accepted, length)
        if accepted:
            repeated.update(range(index, index + accepted))
        # (a run that is no block is no block from any of its lines either)
        index += max(1, accepted or longest)
    return repeated


REPEATED_BLOCK = ("repeated_block", "a second copy of the block of lines right above it "
                                    "(a carousel repeats its slides, a scraper the article)")
_REPEAT_LINES = 4
_REPEAT_LINE_WORDS = 8
_REPEAT_PROSE = 2
_REPEAT_CANDIDATES = 8


def counted_entries(infos: list[LineInfo]) -> list[int]:
    """Lines of runs of short lines that each end in a count in brackets, with counts that differ: a
    blog's archive or its list of categories. The run is long (``_COUNTED_LONG`` lines), or at least
    ``_COUNTED_RUN`` lines under a heading a phrase rule names ("Categories", "Archives", a year in
    an archive). A short list of seats or medals under the article's own heading stays a list; the
    same figure on every line is a year in a table's row labels ("Median price (2024)"), and stars
    make a list of ratings."""
    found: list[int] = []
    if sum(info.key[-1:] == ")" for info in infos) < _COUNTED_RUN:
        return found  # (most pages: too few lines end in a bracket to make a run)
    index = 0
    while index < len(infos):
        start = index
        counts = set()
        # (the test of the key's last character first: nearly no line ends in a bracket)
        while index < len(infos) and infos[index].key[-1:] == ")" and (match := _COUNTED.match(infos[index].key)):
            counts.add(match[1])
            index += 1
        named = start > 0 and infos[start - 1].category is not None
        if len(counts) > 1 and index - start >= (_COUNTED_RUN if named else _COUNTED_LONG):
            found.extend(range(start, index))
        index = max(index, start + 1)
    return found


def pager_pages(infos: list[LineInfo]) -> list[int]:
    """Bare numbers that are a pager's pages ("1", "2", "3", "Next"): each next to the number one
    more or one less, or to a navigation line. A number alone among words is a table's cell, a
    list's marker or a count, and stays as such ("Kamaro", "101", "47")."""
    numbers = {index: int(info.key) for index, info in enumerate(infos)
               if len(info.key) <= _PAGE_DIGITS and info.key.isdigit() and info.key.isascii() and info.category is None}
    found: list[int] = []
    for index, number in numbers.items():
        for neighbour in (index - 1, index + 1):
            if 0 <= neighbour < len(infos) and (
                    infos[neighbour].category == "navigation" or abs(numbers.get(neighbour, -2) - number) == 1):
                found.append(index)
                break
    if found:  # (a league table's column may hold "8" over "9": cells, not pages)
        cells = set(table_cells(infos))
        found = [index for index in found if index not in cells]
    return found


_PAGE_DIGITS = 3  # a pager counts to three figures; a year, a postcode has more


def lettered_items(infos: list[LineInfo]) -> list[int]:
    """Lines of lettered lists: "a)", "b)", "c)" at least, in a row (a quiz's options, a law's clauses). A
    menu is never lettered, so the items do not push the body's edge above them, however short they are."""
    found: list[int] = []
    run: list[int] = []
    for index, info in enumerate(infos):
        if info.letter and info.letter == len(run) + 1:
            run.append(index)
            continue
        if len(run) >= _LETTERED_ITEMS:
            found.extend(run)
        run = [index] if info.letter == 1 else []
    if len(run) >= _LETTERED_ITEMS:
        found.extend(run)
    return found


_LETTERED_ITEMS = 3


def table_cells(infos: list[LineInfo]) -> list[int]:
    """Lines of a table printed one cell per line: two rows or more of short cells (no phrase rule but a
    date's, no prose) in which the same columns hold figures and the others words ("Kamaro", "101",
    "47"), and the header row of words right above them. Figures recurring in the same column tell a
    table from a menu, whose entries it otherwise reads like."""
    # (a date may fill a cell: a schedule's "Martes 11 de junio" under "Día")
    cells = [(info.category is None or (info.category == "byline_decoration" and info.strength < 2)) and
             info.words <= _CELL_WORDS and info.prose < 1.0 for info in infos]
    found: list[int] = []
    # A table lies within a run of cells: only runs long enough, with figures, are read further.
    start = 0
    while start < len(infos):
        if not cells[start]:
            start += 1
            continue
        end = start
        while end < len(infos) and cells[end]:
            end += 1
        if end - start >= _TABLE_CELLS:
            figures = [not _DIGIT_SET.isdisjoint(info.key) for info in infos[start:end]]
            if sum(figures) >= _TABLE_ROWS:
                found.extend(_tables_in(infos, cells, figures, start, end))
        start = end + 1
    return found


def _tables_in(infos: list[LineInfo], cells: list[bool], figures: list[bool], start: int, end: int) -> list[int]:
    """The tables in the run of cells ``infos[start:end]`` (``figures`` says which of them hold one)."""
    found: list[int] = []
    index = start
    while index < end:
        stop = index
        for period in range(2, _TABLE_COLUMNS + 1):
            row = figures[index - start:index - start + period]
            if index + period > end or all(row) or not any(row):
                continue  # (a row of cells: a column of words and one of figures, at least)
            stop = index + period
            while stop < end and figures[stop - start] == figures[stop - start - period]:
                stop += 1
            # (figures that vary down a column: the same "1" … "5" on every row is a rating widget's)
            if stop - index >= max(_TABLE_ROWS * period, _TABLE_CELLS) and any(
                    figures[column - start] and len({infos[cell].key for cell in range(column, stop, period)}) > 1
                    for column in range(index, index + period)):
                # (a header's word may be a menu's: "Team", "Club" over the clubs' names)
                header = index - period
                if header >= 0 and all((cells[line] or infos[line].strength == 1) and
                                       _DIGIT_SET.isdisjoint(infos[line].key) and infos[line].words <= _CELL_WORDS
                                       for line in range(header, index)):
                    found.extend(range(header, index))
                found.extend(range(index, stop))
                break
            stop = index
        index = max(stop, index + 1)
    return found


_DIGIT_SET = frozenset(DIGITS)
_CELL_WORDS = 5
_TABLE_COLUMNS = 6
_TABLE_ROWS = 2
_TABLE_CELLS = 6  # (two lines of label and figure are a pager's "Next episode", "88: …")


_COUNTED = re.compile(r"[^()★☆]{2,40}?\s?\((\d{1,5})\)$")
_COUNTED_RUN = 3
_COUNTED_LONG = 10


class ContentsTable(NamedTuple):
    """A table of contents: its entries ``start`` to ``end`` (exclusive) and, for each, the line below
    that heads its section."""
    start: int
    end: int
    headings: list[int]


def contents_runs(infos: list[LineInfo]) -> list[ContentsTable]:
    """Runs of at least three short lines each found again, in the same order, below the run, as the
    headings of sections with prose in them. (Lines of code are no headings: a listing explained line
    by line further down is not its table of contents.)"""
    # Only a short line that comes again can be an entry (a line found once ends a run as a line
    # without a key does), so the test for code runs on those few.
    # (a heading may carry its anchor link's mark or a question mark its entry lacks: "Why it matters 🔗",
    # "Installation¶", "What is a lien?" under "What is a lien")
    entries = [info.key.rstrip(_HEADING_MARKS) if info.key else "" for info in infos]
    found = Counter(entries)
    echoed = {key for key, times in found.items() if times > 1 and key and not _CODE_CHARACTERS.search(key)}
    if len(echoed) < _CONTENTS_MIN:
        return []  # fewer than three short lines come again: no entries, no table
    keys = [key if key in echoed else "" for key in entries]
    later: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key:
            later.setdefault(key, []).append(index)
    # prose lines above each index, so that "prose between two echoes" costs O(1)
    prose_before = list(accumulate((info.prose >= 1.0 for info in infos), initial=0))
    runs: list[ContentsTable] = []
    # (the items of a list a line of the article introduces, "The tools tested were:", are the
    # article's own list, whose names may come again as headings: no table of contents)
    lists = [introduced_list(infos, index) for index, info in enumerate(infos) if info.colon and info.category is None]
    introduced = {item for items in lists for item in items}
    unlisted: dict[str, list[int]] | None = None  # (built for the first run that needs it)
    index = 0
    while index < len(infos):
        if not keys[index] or index in introduced:  # (no run starts here: most lines)
            index += 1
            continue
        start = index
        index, echoes = _echoes(keys, start, later, introduced)
        table = _contents_table(infos, keys, later, prose_before, start, index, echoes)
        if table is None and index - start >= _CONTENTS_MIN:
            # Such a list may also stand between a table and the sections it names ("The tools tested
            # were:" and their names, above each tool's section): the entries are looked for again
            # past every list of three items or more.
            if unlisted is None:
                listed = {item for items in lists if len(items) >= _CONTENTS_MIN for item in items}
                unlisted = {key: [place for place in places if place not in listed] for key, places in later.items()}
            end, echoes = _echoes(keys, start, unlisted, introduced)
            table = _contents_table(infos, keys, unlisted, prose_before, start, end, echoes)
            index = max(index, end)
        if table is not None:
            runs.append(table)
        index = max(index, start + 1)
    return runs


def _echoes(keys: list[str], start: int, later: dict[str, list[int]], introduced: set[int]) -> tuple[int, list[int]]:
    """From ``start``, the run of lines each found again below (in ``later``), after the run and after
    the line before's echo: where the run ends, and the echoes."""
    index, previous = start, -1
    echoes: list[int] = []
    while index < len(keys) and keys[index] and index not in introduced:
        positions = later[keys[index]]
        after = bisect_right(positions, max(index, previous))
        if after == len(positions):
            break
        previous = positions[after]
        echoes.append(previous)
        index += 1
    return index, echoes


def _contents_table(infos: list[LineInfo], keys: list[str], later: dict[str, list[int]], prose_before: list[int],
                    start: int, end: int, echoes: list[int]) -> ContentsTable | None:
    """The run ``start`` to ``end`` as a table of contents, if its echoes below are the headings of sections."""
    # The headings below each open a section with prose under it; a block repeated as a
    # whole (a meal plan for every day of the week) is no table of contents.
    # An entry names one section: it comes again as the heading (twice with a second table).
    # Lines found four times or more are a plan's recurring items ("Wednesday. Rest Day" in
    # every week of a training plan).
    if end - start < _CONTENTS_MIN or echoes[0] < end:
        return None
    recurring = sum(len(later[keys[entry]]) > 3 for entry in range(start, end))
    if recurring * 2 >= end - start:
        return None
    gaps = list(zip(echoes, echoes[1:]))
    sections = sum(prose_before[there] > prose_before[here + 1] for here, there in gaps)
    # (a block repeated whole, or a code listing shown twice, has echoes right under the
    # last; under a "Table of Contents" heading, or in a long table without one, a few may be
    # a section's heading right above a subsection's: "The Good", "Language Design")
    adjacent = sum(there - here == 1 for here, there in gaps)
    headed = start > 0 and infos[start - 1].category == "table_of_contents"
    long = end - start >= _CONTENTS_LONG
    if sections * 2 >= len(gaps) and (
            adjacent == 0 or (headed or long) and adjacent * _CONTENTS_ADJACENT <= len(gaps)):
        return ContentsTable(start, end, echoes)
    return None


_CONTENTS_MIN = 3
_HEADING_MARKS = " \t#¶§🔗\ufe0f?:.!…"
_CODE_CHARACTERS = re.compile(r"[{}<>=]")
_CONTENTS_ADJACENT = 4  # under a contents heading, at most one echo in this many right under the one before
_CONTENTS_LONG = 7  # entries of a table that needs no heading for that


def introduced_list(infos: list[LineInfo], index: int) -> range:
    """The lines under ``infos[index]`` when it introduces a list ("... are worth a look:"): the
    short lines without a phrase rule that follow, up to _LIST_MAX of them; none otherwise."""
    info = infos[index]
    if not (info.colon and info.terminal and info.words >= _INTRODUCTION_WORDS):
        return range(0)
    following = index + 1
    while following < len(infos) and following - index <= _LIST_MAX and \
            infos[following].category is None and infos[following].prose < 1.0:
        following += 1
    return range(index + 1, following)


_LIST_MAX = 200
_INTRODUCTION_WORDS = 2  # "VIGOR ARCEVIA:" over its line-up; a word alone, "Menu:", introduces nothing


def counts_below(infos: list[LineInfo], counted: Callable[[LineInfo], bool]) -> list[int]:
    """For each line, how many of it and the lines below ``counted`` accepts (one more entry, 0, at the end)."""
    below = [0] * (len(infos) + 1)
    for index in range(len(infos) - 1, -1, -1):
        below[index] = below[index + 1] + counted(infos[index])
    return below

