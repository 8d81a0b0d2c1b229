"""Boxes of short lines around the article that read as its content, though a menu's lines look the
same one by one: a fact box of "Label: value" rows, a box of facts, pros and cons or answers between
the headline and the first paragraph, a list's heading over the article's first list.
"""

from __future__ import annotations

from collections import Counter

from .headline import BYLINE_PART_CATEGORIES, caption_over_credit
from .lines import SHORT_LINE_OUTSIDE, Decision, LineInfo


def fact_row(info: LineInfo) -> bool:
    """A fact box's row, "Label: value" with a label of a word or three ("Direção: Lívia Scherer", "Elenco:
    Nelson Dahmer, Juçara Lemos"), that no phrase names (a byline's "Updated: …" or a "Tags: …" line is
    named)."""
    return info.inline_teaser and info.category is None and info.prose < 1.0 and info.words <= _FACT_ROW_WORDS \
        and ":" in info.key and len(info.key.partition(":")[0].split()) <= _FACT_LABEL_WORDS


def fact_box(infos: list[LineInfo], decisions: list[Decision], index: int, step: int) -> list[int]:
    """The rows of a fact box ("Direção: Lívia Scherer", "Elenco: …", "Duração: 1h52") from ``index`` on,
    going ``step`` by step, past a byline's lines there ("11 June 2025 · 5 min read" under a poll's
    "Yes: 58%", "No: 31%"): three rows or more that went for their place, with values all different (not
    "Facebook: Acme", "Instagram: Acme") and two labels at least (a poll's "Q:" may come twice); none
    otherwise."""
    byline = index
    while 0 <= index < len(infos) and abs(index - byline) < _BYLINE_LINES and decisions[index] is not None \
            and decisions[index][0] in BYLINE_PART_CATEGORIES:
        index += step
    rows = []
    while 0 <= index < len(infos) and decisions[index] is not None and \
            decisions[index][0] == "page_furniture" and fact_row(infos[index]):
        rows.append(index)
        index += step
    labels = {infos[row].key.partition(":")[0] for row in rows}
    values = {infos[row].key.partition(":")[2] for row in rows}
    return rows if len(rows) >= FACT_BOX_ROWS and len(values) == len(rows) and len(labels) > 1 else []


def keep_box_under_headline(infos: list[LineInfo], decisions: list[Decision], strong: list[bool],
                             first: int) -> None:
    """A box of short lines between the headline and the article's first paragraph (a review's facts
    and its pros and cons, a setlist, a poll's answers) went for its place, and the headline over it,
    out of the headline's reach: the box stays with its headline when its lines read as content (list
    items, "Label: value" rows; half of them at least, the rest a word or three: "Pro",
    "Contra"), past the byline's lines, captions and widgets that go anyway between it and the first
    paragraph. The headline is the first line upward that is neither: four words or more, no phrase,
    and no full stop at its end (a mega-menu's "Awards CleverTap Wins Big Alongside Its Customers." over
    its entries, "About Us Building lifelong customers", is none)."""
    box: list[int] = []
    content = 0
    index = first - 1
    while index >= 0 and first - index <= _BOX_REACH:
        info, decision = infos[index], decisions[index]
        if strong[index] or info.caption or info.dateline or (
                decision is not None and decision[0] in BYLINE_PART_CATEGORIES) or caption_over_credit(infos, index):
            index -= 1
            continue
        if info.category is not None or info.prose >= 1.0:
            # (under a menu: a long box that reads as content nearly whole holds its short headline,
            # "Erbazzone reggiano" over a recipe's facts and ingredients)
            if info.prose < 1.0 and len(box) >= _LONG_BOX_LINES and \
                    content - _repeated_values(infos, box) >= _LONG_BOX_SHARE * len(box):
                _keep(decisions, box)
            return
        if fact_row(info) or (info.listlike and info.words <= _BOX_ITEM_WORDS) or (
                info.numbered and info.words <= _BOX_NUMBERED_WORDS):
            content += 1
        elif info.words >= _BOX_HEADLINE_WORDS:
            if box or decision is not None:
                break  # (the headline)
            index -= 1  # (a caption or a deck kept between the box and the first paragraph)
            continue
        box.append(index)
        index -= 1
    else:
        return
    content -= _repeated_values(infos, box)
    headline = infos[index]
    if len(box) < _BOX_LINES or content < _BOX_CONTENT_SHARE * len(box) or headline.key.endswith(".") or \
            headline.words > _BOX_HEADLINE_MAX_WORDS or not (
                decisions[index] is None or decisions[index] == SHORT_LINE_OUTSIDE):
        return
    _keep(decisions, box + [index])


def _repeated_values(infos: list[LineInfo], box: list[int]) -> int:
    """The box's rows whose value another row has too: "Facebook: Acme", "Instagram: Acme" are a box of
    links, not of facts."""
    values = Counter(infos[line].key.partition(":")[2] for line in box if fact_row(infos[line]))
    return sum(count for count in values.values() if count > 1)


def _keep(decisions: list[Decision], lines: list[int]) -> None:
    for line in lines:
        if decisions[line] == SHORT_LINE_OUTSIDE:
            decisions[line] = None


def keep_fact_box_heading(infos: list[LineInfo], decisions: list[Decision], top: int) -> int:
    """A fact box that opens the article keeps the heading right over it (the name over an obituary's
    facts, "Tomás Lacasta Puyuelo"); returns the article's first line, that heading or ``top``."""
    if 0 < top <= len(infos) - FACT_BOX_ROWS and decisions[top - 1] == SHORT_LINE_OUTSIDE and \
            _heading(infos[top - 1]) and all(decisions[row] is None and fact_row(infos[row])
                                            for row in range(top, top + FACT_BOX_ROWS)):
        decisions[top - 1] = None
        return top - 1
    return top


def _heading(info: LineInfo) -> bool:
    """A box's or a list's heading: a word or a few, no phrase, no stop ("Tracklist", a name)."""
    return info.category is None and not info.terminal and info.words <= _HEADING_WORDS


def keep_list_headings(infos: list[LineInfo], decisions: list[Decision], strong: list[bool]) -> None:
    """A heading of a word or a few ("Tracklist", "Ingredients") that went for its place stays between a
    line that stays (the headline, a deck; past a widget that goes anyway, a photo's credit) and the
    list's items under it that stay: an article that opens with a list heads it."""
    for index in range(1, len(infos) - _LIST_ITEMS):
        info = infos[index]
        if decisions[index] is not SHORT_LINE_OUTSIDE or not _heading(info) or not all(
                    decisions[item] is None and infos[item].listlike and infos[item].prose < 1.0
                    for item in range(index + 1, index + 1 + _LIST_ITEMS)):
            continue
        above = index - 1
        while above > 0 and strong[above]:
            above -= 1
        if decisions[above] is None:
            decisions[index] = None


_FACT_ROW_WORDS = 15  # a row may run to a dozen words and more ("Known for: the weekly column in … and the …"),
# as many as a line whose words are kept to find it again (`LineInfo.key`)
_FACT_LABEL_WORDS = 3
FACT_BOX_ROWS = 3  # rows of a fact box at least
_BYLINE_LINES = 3  # a byline's lines (a name, a date, a reading time) between a fact box and the body
_BOX_REACH = 40  # lines above the body where a box under the headline may start
_BOX_ITEM_WORDS = 6  # words of a box's item at most (a teaser's headline has more)
_BOX_NUMBERED_WORDS = 8  # ... of a numbered item ("5. Driving with the Window Down (4:30)")
_BOX_HEADLINE_WORDS = 4  # words of a line, not an item, that is the box's headline
_BOX_HEADLINE_MAX_WORDS = 25
_BOX_LINES = 3
_BOX_CONTENT_SHARE = 0.5
_LONG_BOX_LINES = 8  # a box that reaches up to the menu, with no headline of four words over it ...
_LONG_BOX_SHARE = 0.75  # ... reads as content nearly whole
_HEADING_WORDS = 4
_LIST_ITEMS = 2  # items of a list that stay under its heading
