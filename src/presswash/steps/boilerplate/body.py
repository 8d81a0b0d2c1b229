"""Where the article is: each line's weight, and the run of lines with the highest total.

The issue's planning found one signal far ahead of the rest: a line's distance to the article's
densest run of prose. Prose lines pull the body towards themselves, menus and widgets push it away,
and the maximum-sum run of those weights is the body.
"""

from __future__ import annotations

from collections import Counter

from .lines import LineInfo


def line_weight(info: LineInfo) -> float:
    """How much a line pulls the article body towards itself (prose) or away (menus, widgets)."""
    if info.category == "page_furniture" or (info.category == "byline_decoration" and info.words == 1 and
                                             info.numbered and ":" in info.key):
        # invisible spacer lines say nothing about where the article is; nor does a time alone, a live
        # blog's entry stamp between its entries (or a player's running time among its buttons)
        return 0.0
    if info.category is not None and info.strength == 2:
        return _STRONG_WEIGHT  # a widget between article and sidebar marks the article's edge
    if info.links_only:
        return MENU_LIKE  # a menu's entry, a teaser's linked title, a button, a logo
    if info.image or info.fenced:
        return 0.0  # a picture sits in an article and beside it alike; a listing's lines are no menu
    if info.prose >= 1.0:
        return 2.0 + min(info.words, _WEIGHT_WORDS) / 15
    if info.category is not None and info.category != "reader_remark":
        # (a reader's remark says where comments begin, not where the page's furniture is: it
        # weighs as the same line without the phrase would)
        return _WEAK_WEIGHT
    # Teasers (a headline, then a blurb) read like prose but end without a stop; a page of them
    # must not outweigh the article.
    if info.prose > 0:
        return 0.5 if info.terminal or info.listlike else -0.3
    if info.listlike:
        return LIST_ITEM_WEIGHT if info.terminal else 0.05
    return MENU_LIKE


MENU_LIKE = -0.6
LIST_ITEM_WEIGHT = 0.25  # a list item that ends a sentence, or a lettered one
_WEIGHT_WORDS = 90  # words a prose line weighs by, at most: a long abstract outweighs a few blurbs
_STRONG_WEIGHT = -3.0
_WEAK_WEIGHT = -1.0


def body_span(weights: list[float]) -> tuple[int, int, float]:
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


def prose_blocks(weights: list[float], lo: int, hi: int, minimum: float) -> list[tuple[int, int]]:
    """Maximum-sum runs of ``weights[lo:hi]`` that weigh at least ``minimum`` (recursively)."""
    if hi - lo <= 0:
        return []
    first, last, weight = body_span(weights[lo:hi])
    if last < first or weight < minimum:
        return []
    first, last = first + lo, last + lo
    return prose_blocks(weights, lo, first, minimum) + [(first, last)] + prose_blocks(weights, last + 1, hi, minimum)


def count_menu_lines(weights: list[float]) -> int:
    """How many lines sit in runs of three or more menu-like or phrase-matched lines."""
    total = run = 0
    for weight in weights:
        if weight == MENU_LIKE or weight == _WEAK_WEIGHT:
            run += 1
        else:
            total += run if run >= 3 else 0
            run = 0
    return total + (run if run >= 3 else 0)


def first_paragraph(infos: list[LineInfo], first: int, last: int) -> int:
    """The body's first prose line (``last + 1`` if none): lines above it are headings, bylines, lists."""
    return next((index for index in range(first, last + 1) if infos[index].prose >= 1.0), last + 1)


def has_article_body(first: int, last: int, weight: float, menu_lines: int) -> bool:
    """Is the span a page's article, rather than one more paragraph of an extractor's output?

    Text that an extractor already cut out of its page holds no menus; there, position says little
    and only the phrase rules decide (with the lines that end the article). A body needs a weight of
    about three paragraphs, or two under a mega-menu.
    """
    return last >= first and menu_lines >= _MENU_LINES_MIN and (
        weight >= BODY_MIN_WEIGHT or (menu_lines >= _MENU_HEAVY and weight >= _BODY_MIN_WEIGHT_MENUS))


def secondary_body(infos: list[LineInfo], weights: list[float], first: int, last: int, weight: float) -> list[bool]:
    """Lines of other big blocks of prose outside the body (an article split by a gallery or a long
    table): body too. Not a block whose every line the page prints again elsewhere: a box of other
    stories' teasers shown above and below the article is no part of it."""
    secondary = [False] * len(weights)
    copies: Counter[int] | None = None  # (counted only on a page with such a block)
    for lo, hi in ((0, first), (last + 1, len(weights))):
        for start, end in prose_blocks(weights, lo, hi, max(_SECONDARY_MIN, weight * _SECONDARY_SHARE)):
            copies = copies or Counter(info.digest for info in infos)
            if all(copies[info.digest] > 1 for info in infos[start:end + 1]):
                continue
            for index in range(start, end + 1):
                secondary[index] = True
    return secondary


BODY_MIN_WEIGHT = 10.0
NEAR_BODY_LINES = 3  # lines from the body's edge where prose still counts as the article's
HEADLINE_WITHIN = 5  # lines above the body where its headline (and standfirst) may sit
PARAGRAPH_WORDS = 60  # words of a line that is a paragraph, not a teaser's blurb
LONG_LINE_WORDS = 20  # words of a line that is more than a heading or a menu item
_MENU_LINES_MIN = 3
_MENU_HEAVY = 50  # menu lines on a page where even a two-paragraph body ...
_BODY_MIN_WEIGHT_MENUS = 5.0  # ... of this weight is the article
_SECONDARY_MIN = 8.0
_SECONDARY_SHARE = 0.3
