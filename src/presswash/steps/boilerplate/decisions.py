"""Decisions by context: find the article's body, then keep or remove each line by its place and
its neighbours (jusText's idea).

A block repeated right under itself loses its second copy first. The body is the run of lines with
the highest prose weight (``body``); distance to it is the strongest signal. Then runs are revised:
teaser lists go with their heading (``teasers``), the tail the body swallowed is cut off (``tail``),
a comment thread goes from where it opens (``comments``), a table of contents whose headings come
again below goes (``runs``); the headline above the body (``headline``) and subheadings between
paragraphs stay, and a breadcrumb trail that ends in the headline goes, as does a byline left between
the headline and the first paragraph. This module runs those stages in order.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import accumulate

from .body import (
    BODY_MIN_WEIGHT,
    LIST_ITEM_WEIGHT,
    LONG_LINE_WORDS,
    MENU_LIKE,
    NEAR_BODY_LINES,
    PARAGRAPH_WORDS,
    body_span,
    count_menu_lines,
    has_article_body,
    line_weight,
    secondary_body,
)
from .boxes import fact_box, keep_box_under_headline, keep_fact_box_heading, keep_list_headings
from .comments import comment_section, post_furniture
from .headline import (
    caption_over_credit,
    drop_bylines_over_the_article,
    drop_trails_to_headlines,
    keep_headline,
    salutation,
)
from .lines import SHORT_LINE_OUTSIDE, Decision, LineInfo
from .phrases import CATEGORY_NAMES, HAS_DIGIT
from .runs import (
    REPEATED_BLOCK,
    ContentsTable,
    contents_runs,
    counted_entries,
    introduced_list,
    lettered_items,
    pager_pages,
    repeated_blocks,
    table_cells,
)
from .tail import find_tail_start
from .teasers import below_teaser_run, take_teasers

SETTLE_ROUNDS = 3


def settle(infos: list[LineInfo], decisions: list[Decision]) -> None:
    """Cleaning the cleaned text must change nothing: decide again on what is kept, as the next
    run would, until nothing more goes (two rounds suffice in practice). The next run reads a line
    that lost an inline fragment without it ("(Divulgação/Pampa Filmes)" cut from a caption, which
    then no longer reads as a credited caption)."""
    for _ in range(SETTLE_ROUNDS):
        kept = [index for index, decision in enumerate(decisions) if decision is None]
        if not kept or (len(kept) == len(infos) and not any(info.fragment for info in infos)):
            break
        again, _ = decide([replace(infos[index], fragment=None) if infos[index].fragment else infos[index]
                           for index in kept])
        more = [(kept[position], decision) for position, decision in enumerate(again) if decision is not None]
        if not more:
            break
        for index, decision in more:
            decisions[index] = decision


def decide(infos: list[LineInfo]) -> tuple[list[Decision], str | None]:
    """For each line: ``None`` to keep it, or ``(category, detail)`` to remove it; plus a note."""
    pages = pager_pages(infos)
    if pages:
        infos = list(infos)
        for index in pages:
            infos[index] = replace(infos[index], category="navigation", strength=1, anchored=True)
    repeated = repeated_blocks(infos)
    furniture = post_furniture(infos)
    if not repeated and not furniture:
        return _decide(infos)
    # The second copy of a block goes (nothing of the article is lost: the first stays), and so does each
    # post's furniture on a page of answers or a forum's thread; the rest is decided without them, as a
    # second cleaning would see the page.
    rest = [index for index in range(len(infos)) if index not in repeated]
    if furniture:
        rest = sorted(set(rest) - set(furniture))
    decisions, note = _decide([infos[index] for index in rest])
    if note:
        return [None] * len(infos), note
    merged: list[Decision] = [REPEATED_BLOCK] * len(infos)
    for index in furniture:
        merged[index] = (infos[index].category or "page_furniture",
                         "a post's button, stamp or poster's card, on a forum's thread or a page of answers")
    for position, index in enumerate(rest):
        merged[index] = decisions[position]
    return merged, None


def _decide(infos: list[LineInfo], nested: bool = False) -> tuple[list[Decision], str | None]:
    """``decide`` on a page without repeated blocks: the body, then the revisions by neighbours.

    ``nested``: deciding on the lines above a thread, once; those are not split again (a text of
    many posts, each under its thread, must not recurse once per post)."""
    count = len(infos)
    # Lines that go whatever the context are transparent to the menu and body search, so that
    # cleaning the cleaned text again sees the same neighbours, the same menus and the same body
    # (idempotence).
    strong = [info.category is not None and info.strength == 2 for info in infos]
    weights, menu_lines, contents, cells = _weigh(infos, strong)
    first, last, weight = body_span(weights)
    has_body = has_article_body(first, last, weight, menu_lines)
    # The span swallows the page's tail when enough teaser or comment text follows the article,
    # on a page and on an extractor's output alike; once a tail is cut, what is left may end in
    # another (a comment heading over the house rules, over the rules' own list).
    decisions: list[Decision] = [None] * count
    for _ in range(_TAIL_ROUNDS):
        if last < first or weight < BODY_MIN_WEIGHT:
            break
        tail_start = find_tail_start(infos, weights, first, last, extracted=not has_body)
        if tail_start > last:
            break
        marker = CATEGORY_NAMES[infos[tail_start].category]
        for index in range(tail_start, last + 1):
            decisions[index] = (infos[index].category or "page_furniture",
                                f"after the article's end, which a {marker} line marks")
        last = tail_start - 1
        weight = sum(weights[first:last + 1])
    if has_body:
        first = below_teaser_run(infos, first, last)
    secondary = secondary_body(infos, weights, first, last, weight) if has_body else [False] * count
    _decide_by_place(infos, decisions, (first, last) if has_body else None, secondary, strong)
    top = first
    if has_body:
        box_top = _keep_body_edges(infos, weights, decisions, first, last)
        top = min(box_top, _keep_introduction(infos, decisions, strong, first))
    _keep_introduced_lists(infos, decisions)
    take_teasers(infos, decisions)
    _revise_by_neighbours(infos, decisions, cells)
    # Under the headings that went just now, unless a paragraph follows the short lines: then the
    # heading sat inside the article and the lines under it are the article's subheadings.
    take_teasers(infos, decisions, unless_article_resumes=True)
    section = comment_section(infos, weights, (first, last) if has_body else None)
    if section is not None:
        start, detail = section
        for following in range(start, count):
            if decisions[following] is None:
                decisions[following] = ("comment_thread", detail)
        if has_body and 0 < start <= first and not nested:
            # The body was found inside the thread (comments outweigh a short post): the article
            # is above it. Decide on those lines alone, as a second cleaning would see them.
            # (that decision holds the contents and the headline for those lines: nothing below
            # is to be revised again)
            above, note = _decide(infos[:start], nested=True)
            if note is None:
                decisions[:start] = above
                return decisions, None
    _drop_contents(infos, decisions, contents)
    if has_body and first > 0:
        keep_headline(infos, decisions, first, last)
        if top < first:  # the article's headline is over its introduction, or its fact box
            keep_headline(infos, decisions, top, last)
        contents = _contents_heading_above(infos, first)
        if contents is not None:  # ... or over its table of contents
            keep_headline(infos, decisions, contents, last)
        keep_box_under_headline(infos, decisions, strong, first)
    drop_trails_to_headlines(infos, decisions)
    drop_bylines_over_the_article(infos, decisions, top if has_body else 0)
    _keep_summary_headings(infos, decisions)
    keep_list_headings(infos, decisions, strong)
    _keep_editorial_notes(infos, decisions)
    _keep_signatures(infos, decisions)
    if has_body:
        _keep_lead_caption(infos, decisions, first)
        _keep_lead_picture(infos, decisions, strong, first)
    if all(decision is not None for decision in decisions):
        return [None] * count, ("boilerplate: every line of this text looked like page boilerplate, so "
                                "nothing was removed; the page may hold no article text")
    return decisions, None


def _weigh(infos: list[LineInfo], strong: list[bool]) -> tuple[list[float], int, list[ContentsTable], set[int]]:
    """Each line's weight once its neighbours are read, the page's count of menu lines, its tables of
    contents (their entries and the headings further down that the entries name), and the cells of its
    tables printed one cell per line."""
    weights = [line_weight(info) for info in infos]
    # An archive's or a category list's entries ("June 2019 (4)", "Sports (1379)") are a menu,
    # however much their figures and brackets look like a table's rows (set again after the menu
    # rule below, which would make the run's first line a heading beside a paragraph).
    counted = counted_entries(infos)
    for index in counted:
        weights[index] = MENU_LIKE
    # A menu is a RUN of menu-like lines; one between list items or prose is a heading.
    visible = [index for index in range(len(infos)) if not strong[index]]
    menu_lines = count_menu_lines([weights[index] for index in visible])
    base = list(weights)
    for position, index in enumerate(visible):
        if base[index] == MENU_LIKE and (
                (position > 0 and base[visible[position - 1]] > 0)
                or (position + 1 < len(visible) and base[visible[position + 1]] > 0)):
            weights[index] = 0.0
    for index in counted:
        weights[index] = MENU_LIKE
    # The items of a list that a line of the article introduces ("Other places worth a try:")
    # are the article's too: they do not push the body's edge above them.
    for index, info in enumerate(infos):
        if info.category is None:
            for item in introduced_list(infos, index):
                weights[item] = max(weights[item], 0.0)
    # So are a table's cells, one per line: their rows of figures do not push the body's edge above them.
    cells = set(table_cells(infos))
    for index in cells:
        weights[index] = max(weights[index], 0.0)
    # A lettered list's items ("A) Elbe", "B) Weser") weigh as a list's items do: a quiz's options are no menu.
    for index in lettered_items(infos):
        weights[index] = max(weights[index], LIST_ITEM_WEIGHT)
    # So are the entries of a table of contents under its heading ("Table of Contents"), and the
    # heading: an introduction above them is the article's, not a block of its own.
    contents = contents_runs(infos)
    for start, end, _ in contents:
        if start and infos[start - 1].category == "table_of_contents":
            for item in range(start - 1, end):
                weights[item] = max(weights[item], 0.0)
    return weights, menu_lines, contents, cells


def _decide_by_place(infos: list[LineInfo], decisions: list[Decision], body: tuple[int, int] | None,
                     secondary: list[bool], strong: list[bool]) -> None:
    """The first labels: a strong phrase rule removes its line anywhere, a weak one outside the body;
    outside the body short lines go, and prose far from it (``_near_body`` says what is near). Lines
    already decided (the tail) stay so."""
    near: set[int] | None = None  # (found for the first prose line outside the body)
    for index, info in enumerate(infos):
        if decisions[index] is not None:
            continue
        inside = body is not None and body[0] <= index <= body[1]
        if info.category is not None:
            if info.category == "user" or info.strength == 2:
                if info.prose >= 1.0 and info.category != "user" and info.words > 25 and not info.anchored:
                    continue  # a long prose line that merely holds a plug's words is still prose
                if _subheading_named_like_a_widget(infos, index):
                    continue
                decisions[index] = (info.category, "matches a known phrase")
                continue
            if body is not None and not inside and info.prose < 1.0:
                decisions[index] = (info.category, "matches a known phrase outside the article body")
                continue
        if body is None or inside or secondary[index]:
            continue
        if info.prose >= 1.0:
            if near is None:
                near = _near_body(infos, decisions, body, strong)
            if index in near:
                continue
            decisions[index] = ("page_furniture", "prose far from the article body, in a small block of its own "
                                                  "(teaser, comment or footer text)")
        elif info.glued:
            decisions[index] = ("navigation", "a menu's entries run together without spaces, outside the article body")
        else:
            decisions[index] = SHORT_LINE_OUTSIDE


def _subheading_named_like_a_widget(infos: list[LineInfo], index: int) -> bool:
    """A word or three that a strong phrase names, over a paragraph of prose, is the article's subheading when it
    is marked as a heading ("## Share") or the paragraph takes its words up ("Newsletter" over 'For this study, a
    "newsletter" is …'): a widget's heading stands over the widget's own lines (buttons, a plug, a form), or
    among them."""
    info = infos[index]
    return info.category != "user" and info.words <= _WIDGET_SUBHEADING_WORDS and \
        bool(info.heading or info.taken_up) and index + 1 < len(infos) and \
        infos[index + 1].prose >= 1.0 and infos[index + 1].category is None and \
        (index == 0 or infos[index - 1].strength < 2)


_WIDGET_SUBHEADING_WORDS = 3


def _near_body(infos: list[LineInfo], decisions: list[Decision], body: tuple[int, int], strong: list[bool]) -> set[int]:
    """The prose lines outside the body that are the article's for their place: each within
    ``NEAR_BODY_LINES`` lines of the body's edge or of the last such line on the way out, so that the
    article's paragraphs running on past the body (with an ad block between every two) stay together.

    Lines are counted without the widgets that sit inside articles and go whatever their place (an
    advertisement label, a photo credit, a "Read more: …" link): a run of them above the article's
    last paragraph does not make it far, as it will not be in the cleaned text. (A share bar, a
    newsletter box or a comment form marks the article's end, and counts.)"""
    counted = list(accumulate((not (goes and info.category in _INSIDE_WIDGETS) for goes, info in zip(strong, infos)),
                              initial=0))  # (lines counted above each index: a distance costs O(1))
    near: set[int] = set()
    anchor = body[1]
    for index in range(body[1] + 1, len(infos)):
        if counted[index + 1] - counted[anchor + 1] > NEAR_BODY_LINES:
            break
        if infos[index].prose >= 1.0 and decisions[index] is None and not strong[index]:
            near.add(index)
            anchor = index
    anchor = body[0]
    for index in range(body[0] - 1, -1, -1):
        if counted[anchor] - counted[index] > NEAR_BODY_LINES:
            break
        if infos[index].prose >= 1.0 and decisions[index] is None and not strong[index]:
            near.add(index)
            anchor = index
    return near


def _keep_body_edges(infos: list[LineInfo], weights: list[float], decisions: list[Decision],
                     first: int, last: int) -> int:
    """Long lines right at the edges of the body (a dates list, a catalogue index) are more likely
    the article's end than a menu: they stay, and the next one, while they last. So do list items
    and table rows running on from the body's end, and a fact box of three rows or more beyond
    those (a review's credits above the first paragraph, a listing's details below the last). Returns
    the article's first line: the top of a fact box kept above the body, or ``first`` (the headline
    is above that)."""
    top = first
    for step_direction, edge in ((1, last), (-1, first)):
        index = edge + step_direction
        while 0 <= index < len(infos) and decisions[index] is not None and ((
                decisions[index][0] == "page_furniture" and (
                    infos[index].words >= LONG_LINE_WORDS or (step_direction == 1 and weights[index] >= 0))) or (
                step_direction == 1 and _dates_an_event(infos, weights, index))):
            decisions[index] = None
            index += step_direction
        rows = fact_box(infos, decisions, index, step_direction)
        for row in rows:
            decisions[row] = None
        if rows and step_direction == -1:
            top = rows[-1]
    return keep_fact_box_heading(infos, decisions, top)


def _dates_an_event(infos: list[LineInfo], weights: list[float], index: int) -> bool:
    """A programme's day under the article ("Venerdì 27 giugno" over "Ore 18.30, Cortile Antonelli:
    Quartetto Dora Baltea"): a date that a phrase names only as a hint, over a list's item with a figure
    (its time). (Over a teaser's title it is a list of other posts' dates, which hold no figure.)"""
    following = index + 1
    return infos[index].category == "byline_decoration" and infos[index].strength == 1 and \
        following < len(infos) and weights[following] > 0 and infos[following].category is None and \
        HAS_DIGIT.search(infos[following].key) is not None


def _keep_introduction(infos: list[LineInfo], decisions: list[Decision], strong: list[bool], first: int) -> int:
    """A long paragraph above the body, cut off from it only by widgets that go anyway (a newsletter
    box, a disclosure) and a few short lines, is the article's introduction. Returns the article's
    first line: the topmost introduction kept, or ``first``."""
    top = first
    index, gap = first - 1, 0
    while index >= 0 and gap <= _INTRO_GAP:
        info = infos[index]
        if not strong[index]:
            if info.prose >= 1.0 and info.words >= PARAGRAPH_WORDS and info.terminal and \
                    decisions[index] is not None and decisions[index][0] == "page_furniture":
                decisions[index] = None
                top, gap = index, 0
            else:
                gap += 1
        index -= 1
    return top


def _contents_heading_above(infos: list[LineInfo], first: int) -> int | None:
    """A "Table of Contents" heading over three short lines or more right above the body (its
    entries, which no heading below echoes exactly): the article's headline is above it, not among
    them. (Not a menu's "Quick links" or "On this page".)"""
    for index in range(first - 1, max(-1, first - 1 - _CONTENTS_REACH), -1):
        info = infos[index]
        if info.category == "table_of_contents":
            return index if first - index > _CONTENTS_MIN_ENTRIES and \
                info.key.rstrip(":") in _CONTENTS_HEADINGS else None
        if info.prose >= 1.0:
            return None
    return None


def _keep_introduced_lists(infos: list[LineInfo], decisions: list[Decision]) -> None:
    """A kept line ending in a colon introduces what follows ("... are worth a look:"): the list under
    it is content, however menu-like its items look."""
    index = 0
    while index < len(infos):
        items = introduced_list(infos, index) if decisions[index] is None else range(0)
        for item in items:
            decisions[item] = None
        index = max(index + 1, items.stop)


def _revise_by_neighbours(infos: list[LineInfo], decisions: list[Decision], cells: set[int]) -> None:
    """A menu word, a date or "Contents" inside the body stays only as a subheading, i.e. between two
    lines of content that stay, or as a table's cell ("Martes 11 de junio" in a schedule's row); a date
    also under a heading that stays, over its event ("Nächstes Spiel" over "Sonntag, 5. Mai, 15:00 Uhr"
    over "TSV Grünbach – FC Hattenhofen")."""
    count = len(infos)
    prose_lines = sum(info.prose >= 1.0 for info in infos)
    prose_above = 0
    for index, info in enumerate(infos):
        prose_above += info.prose >= 1.0
        if decisions[index] is not None or info.category is None or info.prose >= 1.0 or index in cells:
            continue
        # (a related-links heading over short lines that end no sentence heads their list, not the
        # article's next section: "More from UK" over other stories' headlines)
        heads_a_list = info.category == "related_links" and index + 1 < count and \
            infos[index + 1].prose < 1.0 and not infos[index + 1].terminal
        # (a date under a heading, over a short line of its event: a byline's date over a paragraph)
        above = _content_neighbour(infos, decisions, index - 1) or (
            info.category == "byline_decoration" and _heading_neighbour(infos, decisions, index - 1) and
            index + 1 < count and infos[index + 1].prose == 0.0)
        if heads_a_list or (not (above and (
                _content_neighbour(infos, decisions, index + 1) or _dates_a_heading(infos, decisions, index))) and
                not (prose_above and _in_a_list_of_dates(infos, decisions, index))):
            decisions[index] = (info.category, "matches a known phrase and is no subheading between paragraphs")
        elif info.category == "table_of_contents" and prose_above < _CONTENTS_HEAD_SHARE * prose_lines and (
                infos[index + 1].prose >= 1.0 or info.key.rstrip(":") in _TABLE_OF_CONTENTS):
            # "Table of Contents" over a paragraph near the article's start: an extractor dropped
            # the entries, not their heading; so too over the first section's heading, or over
            # entries that no heading below repeats word for word. (Further down it may head a
            # section about one; and a bare "Contents" may head a box's contents, "One kettle".)
            decisions[index] = (info.category, "a table-of-contents heading with no entries under it")


def _in_a_list_of_dates(infos: list[LineInfo], decisions: list[Decision], index: int) -> bool:
    """Is the date one of two or more in a row under a heading that stays and over content that stays, past
    the article's first paragraph: a notice's office hours ("Permanences" over "Lundi 23 mars 2026, de 9h00
    à 12h00"), not a byline's "Published" and "Updated" over the first paragraph."""
    def a_date(line: int) -> bool:  # (with its hours: a list of posts' dates holds none)
        return 0 <= line < len(infos) and infos[line].category == "byline_decoration" and \
            infos[line].strength < 2 and infos[line].prose < 1.0 and _TIME_OF_DAY.search(infos[line].key) is not None
    start = end = index
    while a_date(start - 1):
        start -= 1
    while a_date(end + 1):
        end += 1
    return end > start and _heading_neighbour(infos, decisions, start - 1) and \
        _content_neighbour(infos, decisions, end + 1)


def _dates_a_heading(infos: list[LineInfo], decisions: list[Decision], index: int) -> bool:
    """A date over a short heading that stays, over a list's item: a programme's day over its first event
    and the event's time and place ("Freitag, 20. September" over "Jazz im Kesselhaus" over "20 Uhr,
    Kesselhaus am Kanal"). (Over a heading and a blurb it is a teaser's date, in a list of other posts.)"""
    return infos[index].category == "byline_decoration" and index + 2 < len(infos) and \
        decisions[index + 1] is None and infos[index + 1].category is None and infos[index + 1].prose == 0.0 and \
        _content_neighbour(infos, decisions, index + 2) and infos[index + 2].prose == 0.0


def _heading_neighbour(infos: list[LineInfo], decisions: list[Decision], index: int) -> bool:
    """A short line that stays and no phrase names: the heading a date is under."""
    return 0 <= index < len(infos) and decisions[index] is None and infos[index].category is None and \
        infos[index].prose < 1.0


def _content_neighbour(infos: list[LineInfo], decisions: list[Decision], index: int) -> bool:
    if not 0 <= index < len(infos) or decisions[index] is not None:
        return False
    info = infos[index]
    return info.category is None and (info.prose > 0 or info.listlike or info.terminal)


def _drop_contents(infos: list[LineInfo], decisions: list[Decision], contents: list[ContentsTable]) -> None:
    """A table of contents repeats, in order, headings that come further down: its entries go, and so
    does its own heading right above them; the headings stay, so nothing of the article is lost (one
    that went for its place, over a paragraph that stays, the article's first, comes back)."""
    for start, end, headings in contents:
        for index, heading in zip(range(start, end), headings):
            # (an entry that went for its place above the body goes as what it is: the headline search
            # looks past a table of contents, not past the page's other short lines)
            if decisions[index] is None or decisions[index][0] == "page_furniture":
                decisions[index] = ("table_of_contents", "an entry of a table of contents: the same heading "
                                                         "comes again further down")
            _keep_if_over_a_paragraph(infos, decisions, heading)
        if start > 0 and infos[start - 1].category == "table_of_contents" and decisions[start - 1] is None:
            decisions[start - 1] = ("table_of_contents", "the heading of a table of contents whose entries went")


def _keep_summary_headings(infos: list[LineInfo], decisions: list[Decision]) -> None:
    """A summary box's heading ("Key Takeaways", "TL;DR", "Auf einen Blick") or a fact-check's label
    ("Claim", "Behauptung") that went for its place stays over its first point when that stays: the box
    opens the article, above the body's first paragraph."""
    for index in range(len(infos) - 1):
        if decisions[index] == SHORT_LINE_OUTSIDE and decisions[index + 1] is None and \
                infos[index].key.rstrip(":").strip() in _SUMMARY_HEADINGS:
            decisions[index] = None


def _keep_editorial_notes(infos: list[LineInfo], decisions: list[Decision]) -> None:
    """A correction or an editor's note on the article ("Correction: An earlier version of this article
    …") stays within a few lines under the article's last line that stays: below the author's bio that
    ended the article, or a share bar. (Further down, a reader's "Correction: …" is a comment's.)"""
    if not any(info.editorial_note for info in infos):
        return
    last_kept = None
    for index, info in enumerate(infos):
        if decisions[index] is None:
            last_kept = index
        elif info.editorial_note and info.category is None and last_kept is not None and \
                index - last_kept <= _EDITORIAL_NOTE_REACH and decisions[index][0] != "comment_thread":
            decisions[index] = None
            last_kept = index


def _keep_signatures(infos: list[LineInfo], decisions: list[Decision]) -> None:
    """A letter's or a newsletter's closing that stays ("With gratitude,", "Best wishes,", "Mit freundlichen
    Grüßen") keeps the signature under it: a name and a role on a line each, short lines that went for their
    place."""
    for index, info in enumerate(infos):
        if decisions[index] is not None or not (salutation(info) or info.key.rstrip(".!") in _CLOSINGS):
            continue
        for line in range(index + 1, min(len(infos), index + 1 + _SIGNATURE_LINES)):
            if decisions[line] is not SHORT_LINE_OUTSIDE or infos[line].category is not None or \
                    infos[line].words > _SIGNATURE_WORDS:
                break
            decisions[line] = None


def _keep_lead_caption(infos: list[LineInfo], decisions: list[Decision], first: int) -> None:
    """A sentence right over its picture's credit ("Les pompiers ont lutté contre les flammes." over "Photo:
    Ana Ruiz" or "© Ana Ruiz"), in the lines just above the body, is the lead picture's caption, the
    article's: it stays, though it went for its place. (A headline over its picture's credit ends in no
    stop.)"""
    for index in range(max(0, first - _LEAD_CAPTION_REACH), first):
        decision = decisions[index]
        if decision is not None and decision[0] == "page_furniture" and infos[index].category is None and \
                caption_over_credit(infos, index):
            decisions[index] = None


def _keep_lead_picture(infos: list[LineInfo], decisions: list[Decision], strong: list[bool], first: int) -> None:
    """The lead picture ("![The dry fountain on the square](…)"), between the headline and the body, went for its
    place: it stays when the article goes on under it (past its credit, which goes), its caption or the first
    paragraph, and a line of the article stays above it. (A logo over the page's menu has neither; a picture
    that is a link is a banner's or a teaser's.)"""
    for index in range(max(0, first - _LEAD_CAPTION_REACH), first):
        if not infos[index].image or infos[index].links_only or decisions[index] != SHORT_LINE_OUTSIDE:
            continue
        below = index + 1
        while below < len(infos) and strong[below]:
            below += 1
        if below < len(infos) and decisions[below] is None and any(
                decision is None for decision in decisions[max(0, index - _LEAD_CAPTION_REACH):index]):
            decisions[index] = None


def _keep_if_over_a_paragraph(infos: list[LineInfo], decisions: list[Decision], heading: int) -> None:
    """A section's heading that went for its place (right above the body's first paragraph) stays
    when a paragraph that stays follows it."""
    following = heading + 1
    if following < len(infos) and decisions[heading] is not None and decisions[heading][0] == "page_furniture" \
            and decisions[following] is None and infos[following].prose >= 1.0:
        decisions[heading] = None


_TIME_OF_DAY = re.compile(r"\d{1,2}(?:[:.h]\d\d\b|\s?(?:h|uhr|am|pm|a\.m\.|p\.m\.)(?!\w))")
_TAIL_ROUNDS = 3
_INSIDE_WIDGETS = frozenset({"advertisement", "photo_credit", "read_more", "page_furniture"})
_CONTENTS_REACH = 40  # lines of a table of contents between its heading and the body
_CONTENTS_MIN_ENTRIES = 3
_TABLE_OF_CONTENTS = frozenset({
    "table of contents", "table of content", "article contents", "article content",
    "tabla de contenidos", "tabla de contenido", "índice de contenidos", "contenido del artículo",
    "tabela de conteúdos", "índice de conteúdos", "table des matières", "sommaire de l'article",
    "inhaltsverzeichnis", "inhaltsübersicht", "indice dei contenuti", "indice articolo", "inhoudsopgave"})
"""A table of contents' heading by its full name, in each language with phrase data."""
_CONTENTS_HEADINGS = _TABLE_OF_CONTENTS | {"contents", "índice", "contenidos", "sumário", "conteúdos", "sommaire",
                                          "inhalt", "indice", "sommario", "contenuti", "inhoud"}
"""... and by a bare word, which may also head what a box holds ("Contents", "Inhalt": "One kettle")."""
_CLOSINGS = frozenset({
    "sincerely", "yours sincerely", "yours faithfully", "kind regards", "best regards", "warm regards", "best wishes",
    "atentamente", "saludos cordiales", "un saludo cordial", "cordialmente", "un abrazo",
    "atenciosamente", "com os melhores cumprimentos", "melhores cumprimentos", "um abraço",
    "cordialement", "bien cordialement", "bien à vous", "sincères salutations", "salutations distinguées",
    "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "herzliche grüße", "viele grüße",
    "beste grüße", "hochachtungsvoll",
    "cordiali saluti", "distinti saluti", "un caro saluto",
    "met vriendelijke groet", "met vriendelijke groeten", "hoogachtend", "met hartelijke groet",
})
"""A letter's closing without the comma that marks most ("Mit freundlichen Grüßen"), in each language we have."""
_SUMMARY_HEADINGS = frozenset({
    "summary", "quick summary", "key points", "key takeaways", "key takeaway", "takeaways", "tl;dr", "tldr",
    "at a glance", "in brief", "in short", "key facts", "highlights",
    "resumen", "en resumen", "puntos clave", "claves", "lo más importante",
    "resumo", "em resumo", "pontos-chave", "principais pontos",
    "résumé", "en bref", "points clés", "l'essentiel", "à retenir", "ce qu'il faut retenir",
    "zusammenfassung", "auf einen blick", "das wichtigste in kürze", "in kürze", "kurz gesagt",
    "in sintesi", "riassunto", "punti chiave", "in breve",
    "samenvatting", "in het kort", "kernpunten", "belangrijkste punten",
    # a fact-check's labels over the claim it checks and its verdict
    "claim", "the claim", "verdict", "our verdict", "our ruling", "rating", "what was claimed",
    "afirmación", "la afirmación", "veredicto", "nuestro veredicto", "bulo", "alegação", "afirmação",
    "veredito", "affirmation", "l'affirmation", "notre verdict", "behauptung",
    "bewertung", "unser fazit", "fazit", "affermazione", "verdetto", "il verdetto", "bewering", "oordeel",
    "ons oordeel", "conclusie"})
"""A summary box's heading and a fact-check's labels, in each language with phrase data."""
_LEAD_CAPTION_REACH = 6  # lines above the body where the lead picture's caption may sit
_SIGNATURE_LINES = 2  # a name and a role under a closing
_SIGNATURE_WORDS = 6
_EDITORIAL_NOTE_REACH = 4  # lines under the article's last line where its correction may stand
_INTRO_GAP = 4  # short lines, besides widgets that go anyway, between an introduction and the body
_CONTENTS_HEAD_SHARE = 0.25  # a table of contents sits in the first quarter of the article's prose
