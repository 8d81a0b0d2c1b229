"""Boxes of short lines around the article that read as its content, though a menu's lines look the
same one by one: a fact box of "Label: value" rows, a box of facts, pros and cons or answers between
the headline and the first paragraph, a list's heading over the article's first list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from functools import lru_cache

from ...rules import load_sections
from .headline import BYLINE_PART_CATEGORIES, caption_over_credit
from .lines import SHORT_LINE_OUTSIDE, Decision, LineInfo
from .phrases import DIGITS


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


def label_value_rows(infos: list[LineInfo]) -> list[int]:
    """The lines of fact boxes printed label over value: three pairs or more of a label of a word or three
    ("Date", "Running time", "Prep time:") over its value ("Thursday 16 October 2025", "Main Hall", "£18 –
    £32"), labels all different, half of them at least a fact box's own (``rules/facts/labels.txt``), and half
    the values saying more than a menu's entry would: a menu's entries over their blurbs ("Partner Portal"
    over "Exclusive resources for partners"), or a menu of words ("Home", "Date", "Sport", "Time"), read the
    same line by line."""
    found: list[int] = []
    index = 0
    known = fact_labels()
    while index + 1 < len(infos):
        end = index
        while end + 1 < len(infos) and _label(infos[end]) and _value(infos[end + 1]):
            end += 2
        labels = {infos[line].key.rstrip(":").strip() for line in range(index, end, 2)}
        pairs = (end - index) // 2
        if pairs >= FACT_BOX_ROWS and len(labels) == pairs and 2 * len(labels & known) >= pairs and \
                2 * sum(_says_more(infos[line]) for line in range(index + 1, end, 2)) >= pairs:
            found.extend(range(index, end))
            index = end
        else:
            index += 1
    return found


@lru_cache(maxsize=1)
def fact_labels() -> frozenset[str]:
    """The labels of fact boxes, every language's."""
    return frozenset(entry.lower() for entries in load_sections("facts/labels.txt").values() for entry in entries)


def _says_more(value: LineInfo) -> bool:
    """Does a value say more than a menu's entry would: a figure, a comma, or four words or more?"""
    return value.words >= _LONG_VALUE_WORDS or "," in value.key or not _DIGITS.isdisjoint(value.key)


def _label(info: LineInfo) -> bool:
    return 1 <= info.words <= _FACT_LABEL_WORDS and info.prose == 0.0 and info.strength < 2 and \
        _DIGITS.isdisjoint(info.key) and info.key[-1:] not in _NO_LABEL_END and \
        not (info.links_only or info.image or info.fenced or info.heading)


def _value(info: LineInfo) -> bool:
    return 1 <= info.words <= _FACT_ROW_WORDS and info.prose < 1.0 and info.strength < 2 and \
        not (info.links_only or info.image or info.fenced or info.heading)


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
    deck: int | None = None
    dated: list[int] = []  # (a fact box's rows, whose values may be dates: "Date" over "16 October 2025")
    index = first - 1
    rows = set(label_value_rows(infos[max(0, first - _BOX_REACH):first]))
    while index >= 0 and first - index <= _BOX_REACH:
        info, decision = infos[index], decisions[index]
        if index - max(0, first - _BOX_REACH) in rows:
            content += 1
            box.append(index)
            dated.append(index)
            index -= 1
            continue
        if info.category is None and info.prose >= 1.0 and deck is None and dated:
            deck = index  # (the headline's deck over the box: "The Norwegian pianist brings his quartet …")
            index -= 1
            continue
        if strong[index] or info.caption or info.dateline or (
                decision is not None and decision[0] in BYLINE_PART_CATEGORIES) or caption_over_credit(infos, index):
            index -= 1
            continue
        if info.category is not None or info.prose >= 1.0:
            # (under a menu: a long box that reads as content nearly whole holds its short headline,
            # "Erbazzone reggiano" over a recipe's facts and ingredients)
            if info.prose < 1.0 and len(box) >= _LONG_BOX_LINES and \
                    content - _repeated_values(infos, box) >= _LONG_BOX_SHARE * len(box):
                _keep(decisions, box, deck, dated)
            return
        # (a line of links is a menu's entry or a breadcrumb's, "1. [Home](/)": neither an item nor the headline)
        if fact_row(info) or (info.listlike and info.words <= _BOX_ITEM_WORDS) or (
                info.numbered and not info.links_only and info.words <= _BOX_NUMBERED_WORDS):
            content += 1
        elif info.words >= _BOX_HEADLINE_WORDS and not info.links_only:
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
    _keep(decisions, box + [index], deck, dated)


def _repeated_values(infos: list[LineInfo], box: list[int]) -> int:
    """The box's rows whose value another row has too: "Facebook: Acme", "Instagram: Acme" are a box of
    links, not of facts."""
    values = Counter(infos[line].key.partition(":")[2] for line in box if fact_row(infos[line]))
    return sum(count for count in values.values() if count > 1)


def _keep(decisions: list[Decision], lines: list[int], deck: int | None = None, rows: Collection[int] = ()) -> None:
    """The lines that went for their place stay, and a fact box's rows that went as a date; and the deck over
    them, which went as prose far from the body."""
    for line in lines:
        if decisions[line] == SHORT_LINE_OUTSIDE or (line in rows and decisions[line] is not None and
                                                     decisions[line][0] == "byline_decoration"):
            decisions[line] = None
    if deck is not None and decisions[deck] is not None and decisions[deck][0] == "page_furniture":
        decisions[deck] = None


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
_DIGITS = frozenset(DIGITS)
_NO_LABEL_END = frozenset(".!?;,")
_LONG_VALUE_WORDS = 4
_LIST_ITEMS = 2  # items of a list that stay under its heading
