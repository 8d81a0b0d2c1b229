"""Decisions by context: find the article's body, then keep or remove each line by its place and
its neighbours (jusText's idea).

A block repeated right under itself loses its second copy first. The body is the run of lines with
the highest prose weight; distance to it is the strongest signal.
Then runs are revised: teaser lists go with their heading, a comment thread with its header or its
recurring furniture, a table of contents whose headings come again below; the headline above the
body and subheadings between paragraphs stay.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cached_property

import regex

from .lines import LIST_NUMBER, LineInfo
from .phrases import CATEGORY_NAMES


def _weight(info: LineInfo) -> float:
    """How much a line pulls the article body towards itself (prose) or away (menus, widgets)."""
    if info.category == "page_furniture":
        return 0.0  # invisible spacer lines say nothing about where the article is
    if info.category is not None and info.strength == 2:
        return _STRONG_WEIGHT  # a widget between article and sidebar marks the article's edge
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
_MENU_HEAVY = 50  # menu lines on a page where even a two-paragraph body ...
_BODY_MIN_WEIGHT_MENUS = 5.0  # ... of this weight is the article
_NEAR_BODY_LINES = 3
_INTRO_GAP = 4  # short lines, besides widgets that go anyway, between an introduction and the body
_SECONDARY_MIN = 8.0
_SECONDARY_SHARE = 0.3


def settle(infos: list[LineInfo], decisions: list[tuple[str, str] | None]) -> None:
    """Cleaning the cleaned text must change nothing: decide again on what is kept, as the next
    run would, until nothing more goes (two rounds suffice in practice)."""
    for _ in range(SETTLE_ROUNDS):
        kept = [index for index, decision in enumerate(decisions) if decision is None]
        if not kept or len(kept) == len(infos):
            break
        again, _ = decide([infos[index] for index in kept])
        more = [(kept[position], decision) for position, decision in enumerate(again) if decision is not None]
        if not more:
            break
        for index, decision in more:
            decisions[index] = decision


def decide(infos: list[LineInfo]) -> tuple[list[tuple[str, str] | None], str | None]:
    """For each line: ``None`` to keep it, or ``(category, detail)`` to remove it; plus a note."""
    repeated = _repeated_blocks(infos)
    if not repeated:
        return _decide(infos)
    # The second copy of a block goes (nothing of the article is lost: the first stays), and the
    # rest is decided without it, as a second cleaning would see the page.
    rest = [index for index in range(len(infos)) if index not in repeated]
    decisions, note = _decide([infos[index] for index in rest])
    if note:
        return [None] * len(infos), note
    merged: list[tuple[str, str] | None] = [_REPEATED] * len(infos)
    for position, index in enumerate(rest):
        merged[index] = decisions[position]
    return merged, None


def _repeated_blocks(infos: list[LineInfo]) -> set[int]:
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


_REPEATED = ("repeated_block", "a second copy of the block of lines right above it "
                               "(a carousel repeats its slides, a scraper the article)")
_REPEAT_LINES = 4
_REPEAT_LINE_WORDS = 8
_REPEAT_PROSE = 2
_REPEAT_CANDIDATES = 8


def _decide(infos: list[LineInfo], nested: bool = False) -> tuple[list[tuple[str, str] | None], str | None]:
    """``decide`` on a page without repeated blocks: the body, then the revisions by neighbours.

    ``nested``: deciding on the lines above a thread, once; those are not split again (a text of
    many posts, each under its thread, must not recurse once per post)."""
    count = len(infos)
    weights = [_weight(info) for info in infos]
    # An archive's or a category list's entries ("June 2019 (4)", "Sports (1379)") are a menu,
    # however much their figures and brackets look like a table's rows (set again after the menu
    # rule below, which would make the run's first line a heading beside a paragraph).
    counted = _counted_entries(infos)
    for index in counted:
        weights[index] = _MENU_LIKE
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
    for index in counted:
        weights[index] = _MENU_LIKE
    # The items of a list that a line of the article introduces ("Other places worth a try:")
    # are the article's too: they do not push the body's edge above them.
    for index, info in enumerate(infos):
        if info.category is None:
            for item in _introduced_list(infos, index):
                weights[item] = max(weights[item], 0.0)
    # So are the entries of a table of contents under its heading ("Table of Contents"), and the
    # heading: an introduction above them is the article's, not a block of its own.
    contents = _contents_runs(infos)
    for start, end in contents:
        if start and infos[start - 1].category == "table_of_contents":
            for item in range(start - 1, end):
                weights[item] = max(weights[item], 0.0)
    first, last, weight = _body_span(weights)
    # Text that an extractor already cut out of its page holds no menus; there, position says
    # little and only the phrase rules decide (with the lines that end the article: a comment
    # header, a related-links heading or a plug near the end).
    has_body = last >= first and menu_lines >= _MENU_LINES_MIN and (
        weight >= _BODY_MIN_WEIGHT or (menu_lines >= _MENU_HEAVY and weight >= _BODY_MIN_WEIGHT_MENUS))
    # The span swallows the page's tail when enough teaser or comment text follows the article,
    # on a page and on an extractor's output alike.
    tail_start = tail_end = count
    if last >= first and weight >= _BODY_MIN_WEIGHT:
        tail_start, tail_end = _tail_start(infos, weights, first, last, extracted=not has_body), last
        last = tail_start - 1
        weight = sum(weights[first:last + 1])
    if has_body:
        first = _below_teaser_run(infos, first, last)
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
    # A long paragraph above the body, cut off from it only by widgets that go anyway (a newsletter
    # box, a disclosure) and a few short lines, is the article's introduction.
    if has_body:
        index, gap = first - 1, 0
        while index >= 0 and gap <= _INTRO_GAP:
            info = infos[index]
            if not strong[index]:
                if info.prose >= 1.0 and info.words >= _PARAGRAPH_WORDS and info.terminal and \
                        decisions[index] is not None and decisions[index][0] == "page_furniture":
                    decisions[index] = None
                    gap = 0
                else:
                    gap += 1
            index -= 1
    # A kept line ending in a colon introduces what follows ("... are worth a look:"): the list
    # under it is content, however menu-like its items look.
    index = 0
    while index < count:
        items = _introduced_list(infos, index) if decisions[index] is None else range(0)
        for item in items:
            decisions[item] = None
        index = max(index + 1, items.stop)
    _take_teasers(infos, decisions)
    # Revise by neighbours: a menu word, a date or "Contents" inside the body stays only as a
    # subheading, i.e. between two lines of content that stay.
    prose_lines = sum(info.prose >= 1.0 for info in infos)
    prose_above = 0
    for index, info in enumerate(infos):
        prose_above += info.prose >= 1.0
        if decisions[index] is not None or info.category is None or info.prose >= 1.0:
            continue
        # (a related-links heading over short lines that end no sentence heads their list, not the
        # article's next section: "More from UK" over other stories' headlines)
        heads_a_list = info.category == "related_links" and index + 1 < count and \
            infos[index + 1].prose < 1.0 and not infos[index + 1].terminal
        if heads_a_list or not (_content_neighbour(infos, decisions, index - 1) and
                                _content_neighbour(infos, decisions, index + 1)):
            decisions[index] = (info.category, "matches a known phrase and is no subheading between paragraphs")
        elif info.category == "table_of_contents" and infos[index + 1].prose >= 1.0 and \
                prose_above < _CONTENTS_HEAD_SHARE * prose_lines:
            # "Table of Contents" over a paragraph near the article's start: an extractor dropped
            # the entries, not their heading. (Further down it may head a section about one.)
            decisions[index] = (info.category, "a table-of-contents heading with no entries under it")
    # Under the headings that went just now, unless a paragraph follows the short lines: then the
    # heading sat inside the article and the lines under it are the article's subheadings.
    _take_teasers(infos, decisions, unless_article_resumes=True)
    # Reader comments: once most of the article is behind, a comment-section header ("12
    # Comments", "Leave a Reply") opens the thread, and the thread runs to the end of the page.
    # (An extractor's output, without menus or body, keeps such headers too.)
    # An extractor often drops the header and keeps the thread: then comment furniture ("Tim
    # says", "Reply", "Re: (Score:2)") recurring down to the end of the text opens it instead.
    prose_total = sum(w for w, info in zip(weights, infos) if info.prose >= 1.0)
    furniture_below = _counts_below(infos, _comment_furniture)
    thread_ends = furniture_below[0] >= _FURNITURE_THREAD
    if thread_ends:
        # (the thread must run to the end: an exchange quoted inside the article has prose after it)
        last_furniture = max(index for index in range(count) if furniture_below[index] > furniture_below[index + 1])
        thread_ends = sum(info.prose >= 1.0 for info in infos[last_furniture + 1:]) <= _FURNITURE_LAST_PROSE
    # So do readers' remarks on the post ("Great post!", "Thanks for sharing"): the first, past the
    # article's middle, with another below it. (Remarks above the middle make a page of letters
    # or testimonials, whose remarks are its content.)
    # And so does the furniture right above a body that is itself a thread (comments that outweigh
    # a short post), when more of it recurs inside the body.
    over_body = _thread_over_body(infos, first, last) if has_body else None
    # A comment label ("Comments", a signature) a few lines above the first remark opens it there,
    # wherever the article's middle is: two cues that agree (a short post under a long thread).
    remark_seen = False
    prose_seen = 0.0
    label = None
    for index, info in enumerate(infos):
        if info.prose >= 1.0:
            prose_seen += weights[index]
        if info.category in _COMMENT_MARKERS and info.anchored and info.strength == 2 and prose_seen > 0:
            label = index
        recurring = thread_ends and furniture_below[index] >= _FURNITURE_THREAD and \
            furniture_below[index] * _FURNITURE_SPACING >= count - index and \
            furniture_below[index] > furniture_below[index + 1]
        remarks = False
        start = index
        if info.category == "reader_remark" and not remark_seen:  # (only the text's first remark may open it)
            remark_seen = True
            below = sum(following.category == "reader_remark" for following in infos[index + 1:])
            # (above the middle, a label and three remarks: two quoted lines under a byline's count open nothing)
            labelled = label is not None and index - label <= _LABEL_BEFORE_REMARK and below >= _LABELLED_REMARKS_BELOW
            remarks = (prose_seen >= _COMMENTS_AFTER * prose_total or labelled) and below >= _REMARKS_BELOW
            if remarks and labelled:
                start = label
        if (info.category == "comment_thread" and info.anchored and
                prose_seen >= (_TITLED_COMMENTS_AFTER if info.titled else _COMMENTS_AFTER) * prose_total) or (
                recurring and prose_seen >= _FURNITURE_COMMENTS_AFTER * prose_total) or (
                recurring and prose_seen > 0 and furniture_below[index] >= _DENSE_THREAD and
                furniture_below[index] * _DENSE_SPACING >= count - index) or remarks or index == over_body:
            detail = "in the reader-comment section, " + (
                "which outweighs the article above it" if index == over_body else
                "after a comment header" if info.category == "comment_thread" else
                "where readers' remarks on the post begin (\"Great post!\", \"Thanks for sharing\")" if remarks else
                "where comment lines (\"says\", \"Reply\") recur to the end of the text")
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
            break
    # A table of contents repeats, in order, headings that come further down: its entries go
    # (the headings stay, so nothing of the article is lost).
    for start, end in contents:
        for index in range(start, end):
            if decisions[index] is None:
                decisions[index] = ("table_of_contents", "an entry of a table of contents: the same heading "
                                                         "comes again further down")
        # and so does its own heading ("Table of Contents") right above the entries
        if start > 0 and infos[start - 1].category == "table_of_contents" and decisions[start - 1] is None:
            decisions[start - 1] = ("table_of_contents", "the heading of a table of contents whose entries went")
    if has_body and first > 0:
        _keep_headline(infos, decisions, first, last)
    if all(decision is not None for decision in decisions):
        return [None] * count, ("boilerplate: every line of this text looked like page boilerplate, so "
                                "nothing was removed; the page may hold no article text")
    return decisions, None


def _keep_headline(infos: list[LineInfo], decisions: list[tuple[str, str] | None], first: int, last: int) -> None:
    """The headline just above the body stays; so does a standfirst under it (a sentence or two between
    the headline and the byline), with its headline rather than the author's role in the byline.

    Lines that went by a phrase or as a table of contents' entries do not count: share buttons between
    the headline or the standfirst and the article are no reason to lose them."""
    window = [index for index in range(first - 1, -1, -1) if not (
        (infos[index].category is not None and infos[index].strength == 2) or
        (decisions[index] is not None and decisions[index][0] == "table_of_contents"))][:_HEADLINE_WITHIN + 1]
    standfirst = next((position for position, index in enumerate(window[:_HEADLINE_WITHIN])
                       if position + 1 < len(window) and decisions[index] is not None and
                       decisions[index][0] == "page_furniture" and infos[index].prose >= 1.0 and
                       infos[index].words <= _STANDFIRST_WORDS and
                       decisions[window[position + 1]] is not None and
                       decisions[window[position + 1]][0] == "page_furniture" and
                       infos[window[position + 1]].prose < 1.0 and
                       3 <= infos[window[position + 1]].words <= _HEADLINE_MAX_WORDS), None)
    if standfirst is not None:
        decisions[window[standfirst]] = decisions[window[standfirst + 1]] = None
    elif (over_byline := _headline_over_a_byline(infos, decisions, first)) and \
            over_byline[0] not in window[:_HEADLINE_WITHIN]:
        for index in over_byline:  # (the lines between are author links, teasers, dates: none is it)
            decisions[index] = None
    else:
        _keep_nearest_headline(infos, decisions, window)
    # A label ending in a colon right above the body introduces its first paragraph ("TL;DR:").
    if decisions[first - 1] is not None and decisions[first - 1][0] == "page_furniture" and \
            infos[first - 1].colon:
        decisions[first - 1] = None
    # The last "teaser" under a "Breaking News" box, right above the article's first paragraph, is
    # the article's own headline.
    lead = _first_paragraph(infos, first, last)
    if 0 < lead <= last and decisions[lead - 1] is not None and decisions[lead - 1][1] == _TEASER_HEADLINE and \
            3 <= infos[lead - 1].words <= _HEADLINE_MAX_WORDS:
        decisions[lead - 1] = None


def _keep_nearest_headline(infos: list[LineInfo], decisions: list[tuple[str, str] | None], window: list[int]) -> None:
    """The nearest line of the window long enough for a headline ("Copy Link URLCopied!" and a date line
    sit between many headlines and their article), else the nearest of three words or more, stays; never
    a breadcrumb ("Blog > Nutrition > Meal Plans")."""
    candidates = [index for index in window[:_HEADLINE_WITHIN] if _may_be_headline(infos[index], decisions[index], 3)]
    headline = next((index for index in candidates if infos[index].words >= _HEADLINE_WORDS),
                    candidates[0] if candidates else None)
    if headline is None:
        return
    decisions[headline] = None
    # A line that reads like a sentence is a short standfirst: its headline is the line above. So may a
    # deck or a byline be ("Here's what we're excited about this year", "Analysis by Ana Ruiz"): the
    # headline-sized line right above it stays too, unless another sits above that (a stack of other
    # stories' headlines).
    above = window.index(headline) + 1
    if above < len(window) and window[above] in candidates and \
            infos[window[above]].prose < 1.0 and infos[window[above]].words >= _HEADLINE_WORDS and (
            infos[headline].prose >= _SENTENCE_LIKE or above + 1 == len(window) or
            infos[window[above + 1]].words < _HEADLINE_WORDS):
        decisions[window[above]] = None


def _headline_over_a_byline(infos: list[LineInfo], decisions: list[tuple[str, str] | None],
                            first: int) -> list[int]:
    """The headline-sized line right above the nearest byline ("By Ana Ruiz") within ``_BYLINE_REACH``
    lines above the body, with no prose between (a page may put author links, a box of other stories
    and a date between the article's byline and its first paragraph); and when that line reads like a
    sentence (a deck), the headline-sized line above it too. Empty when there is none."""
    byline = next((index for index in range(first - 1, max(-1, first - 1 - _BYLINE_REACH), -1)
                   if infos[index].prose >= 1.0 or (infos[index].category == "author_bio" and
                                                    infos[index].key.startswith(_BYLINE_STARTS))), None)
    if byline is None or infos[byline].prose >= 1.0:
        return []
    found: list[int] = []
    index = byline
    while len(found) < 2 and (not found or infos[found[-1]].prose >= _SENTENCE_LIKE):
        index = next((above for above in range(index - 1, -1, -1)
                      if not (infos[above].category is not None and infos[above].strength == 2)), -1)
        if index < 0 or infos[index].prose >= 1.0 or \
                not _may_be_headline(infos[index], decisions[index], _HEADLINE_WORDS):
            break
        found.append(index)
    return found


def _may_be_headline(info: LineInfo, decision: tuple[str, str] | None, minimum_words: int) -> bool:
    """Did the line go only for its place (no phrase names it), and is it sized like a headline, and no
    breadcrumb ("Blog > Nutrition > Meal Plans")?"""
    return decision is not None and decision[0] == "page_furniture" and \
        minimum_words <= info.words <= _HEADLINE_MAX_WORDS and not _BREADCRUMB.search(info.key)


def _introduced_list(infos: list[LineInfo], index: int) -> range:
    """The lines under ``infos[index]`` when it introduces a list ("... are worth a look:"): the
    short lines without a phrase rule that follow, up to _LIST_MAX of them; none otherwise."""
    info = infos[index]
    if not (info.colon and info.terminal and info.words >= 3):
        return range(0)
    following = index + 1
    while following < len(infos) and following - index <= _LIST_MAX and \
            infos[following].category is None and infos[following].prose < 1.0:
        following += 1
    return range(index + 1, following)


def _take_teasers(infos: list[LineInfo], decisions: list[tuple[str, str] | None],
                  unless_article_resumes: bool = False) -> None:
    """The teaser headlines under a "Related", "Read more" or "Most popular" heading go with it."""
    count = len(infos)
    for index, info in enumerate(infos):
        # (a button heads nothing: "Learn more." at the end of a section, above the next one's heading,
        # nor does a link that names its article: "Read our full Harbour Ferries review")
        if info.category in _TEASER_HEADINGS and info.words <= (
                6 if info.category == "related_links" else _READ_MORE_HEADING_WORDS) and \
                decisions[index] is not None and not (
                info.terminal and not info.colon or info.key.startswith("learn more")) and not (
                unless_article_resumes and _article_resumes(infos, index)):
            following = index + 1
            while following < count and following - index <= _TEASER_LIST_MAX:
                teaser = infos[following]
                # (a numbered line is the article's next list item: "19. UNC Kenan-Flagler"; a long
                # line is a paragraph that lost its stop, not a headline)
                if teaser.terminal or teaser.prose >= 1.0 or teaser.colon or teaser.numbered or \
                        teaser.words >= _LONG_LINE_WORDS or (
                        teaser.category is not None and teaser.category not in _TEASER_HEADINGS):
                    break
                if decisions[following] is None:
                    decisions[following] = (info.category, _TEASER_HEADLINE)
                following += 1


def _first_paragraph(infos: list[LineInfo], first: int, last: int) -> int:
    """The body's first prose line (``last + 1`` if none): lines above it are headings, bylines, lists."""
    return next((index for index in range(first, last + 1) if infos[index].prose >= 1.0), last + 1)


def _below_teaser_run(infos: list[LineInfo], first: int, last: int) -> int:
    """The body's first line once a run of other stories' headlines at its top is left out.

    The body's span opens at the first line that weighs more than nothing, and a headline without
    a stop weighs a little, as a list item does: so a page's list of teaser headlines right above
    the article joins it. Such a run stays out: at least ``_TEASER_RUN`` lines above the first
    prose line, in headlinese (``_TEASER_WORDS`` words a line on average, few stop words), none
    shorter than a headline, ending in a colon, numbered or matching a phrase rule, and under no
    "Table of Contents" heading. So a menu, a product's pros, a table of contents, the article's
    numbered list and a song's verses quoted above the first paragraph all stay. The
    ``_HEADLINE_WITHIN`` lines nearest the prose stay in the body too: the article's headline may
    be any of them (a breadcrumb or a reading time between it and the first paragraph), and they
    leak rather than lose it.
    """
    lead = _first_paragraph(infos, first, last)
    run = infos[first:lead]
    if lead > last or len(run) < _TEASER_RUN:
        return first
    heading = infos[first - 1] if first > 0 else None
    if heading is not None and heading.category == "table_of_contents":
        return first
    if any(info.colon or info.category or info.words < _TEASER_MIN_WORDS or LIST_NUMBER.match(info.key)
           for info in run):
        return first
    headlinese = sum(info.words for info in run) >= _TEASER_WORDS * len(run) and \
        sum(info.stop_share for info in run) < _HEADLINESE_STOPS * len(run)
    return lead - _HEADLINE_WITHIN if headlinese else first


def _tail_start(infos: list[LineInfo], weights: list[float], first: int, last: int, extracted: bool) -> int:
    """Where the page's tail (related links, a comment thread, a plug) starts in the span; ``last + 1`` if none.

    The maximum-sum span crosses a "Related posts" or "3 Comments" heading whenever enough
    prose-like text follows (teaser blurbs, comments). Such a heading ends the article when the
    prose after it, up to the span's end, is small beside the prose before it; a comment
    heading also does when comment furniture ("Reply", "says:", "Log in to reply") keeps
    recurring below it, however long the comments are. On an extractor's output (``extracted``)
    a section label that may head the article's own last section ("Best comments") ends nothing.
    """
    prose = [weights[index] if infos[index].prose >= 1.0 else 0.0 for index in range(len(infos))]
    total = sum(prose[first:last + 1])
    after = 0.0
    furniture = 0  # comment-form lines below the current one
    start = last + 1
    if total < _BODY_MIN_WEIGHT:
        return start
    below = _LinesBelow(infos)
    for index in range(last, first, -1):
        info = infos[index]
        share = _tail_share(infos, index, below, extracted)
        if share and (after <= share * (total - after) or (
                info.category in _COMMENT_MARKERS and furniture >= _THREAD_FURNITURE
                and furniture * _THREAD_RHYTHM >= last - index)):
            start = index
        after += prose[index]
        if info.category in _COMMENT_MARKERS and info.strength == 2:
            furniture += 1
    return start


def _thread_over_body(infos: list[LineInfo], first: int, last: int) -> int | None:
    """The first line of the comment furniture right above the body ("Comments", "Ana on May 2 … said:")
    when the body is itself a thread: furniture recurs inside it down to its end, and prose (the post)
    sits above. (A how-to that quotes a comment form has more of its prose after the quote.)"""
    inside = [index for index in range(first + 1, last + 1) if _comment_furniture(infos[index])]
    if len(inside) < _THREAD_INSIDE or \
            sum(info.prose >= 1.0 for info in infos[inside[-1] + 1:last + 1]) > _FURNITURE_LAST_PROSE:
        return None
    opener = None
    index = first - 1
    while index >= 0 and first - index <= _NEAR_BODY_LINES:
        if _comment_furniture(infos[index]):
            opener = index
        elif infos[index].prose >= 1.0:
            break
        index -= 1
    if opener is None or not any(info.prose >= 1.0 for info in infos[:opener]):
        return None
    return opener


def _counts_below(infos: list[LineInfo], counted: Callable[[LineInfo], bool]) -> list[int]:
    """For each line, how many of it and the lines below ``counted`` accepts (one more entry, 0, at the end)."""
    below = [0] * (len(infos) + 1)
    for index in range(len(infos) - 1, -1, -1):
        below[index] = below[index + 1] + counted(infos[index])
    return below


class _LinesBelow:
    """For each line, the lines a strong rule names and the prose lines from there to the end:
    counted when first asked, which only a copyright notice does."""

    def __init__(self, infos: list[LineInfo]) -> None:
        self._infos = infos

    @cached_property
    def named(self) -> list[int]:
        return _counts_below(self._infos, _named_by_a_rule)

    @cached_property
    def prose(self) -> list[int]:
        return _counts_below(self._infos, _prose)


def _named_by_a_rule(info: LineInfo) -> bool:
    return info.category is not None and info.strength == 2


def _comment_furniture(info: LineInfo) -> bool:
    return info.category in _COMMENT_MARKERS and info.strength == 2


def _prose(info: LineInfo) -> bool:
    return info.prose >= 1.0


def _notice_quoted(infos: list[LineInfo], index: int, below: _LinesBelow) -> bool:
    """Is this copyright line part of the article (a licence header in a code listing, a boot
    banner in a console transcript) rather than the page's footer?

    A footer has more of the page's furniture below it (links, teasers' buttons, a cookie notice);
    a notice the article quotes has the article's prose below it and nothing a rule names.
    """
    following = index + 1
    while following < len(infos) and infos[following].category == "copyright":
        following += 1  # the notice's own next line ("All rights reserved.")
    return below.named[following] == 0 and below.prose[following] > 0


def _tail_share(infos: list[LineInfo], index: int, below: _LinesBelow, extracted: bool) -> float:
    """How much prose (beside the prose before it) may follow this line if it opens the page's tail; 0 if it cannot.

    ``below`` counts, for each line, what lies below it (for a copyright notice); ``extracted``
    says the text is an extractor's output, without menus around the article.

    A related-links or comment-section heading rarely sits inside an article; a newsletter or
    subscription box, a tags line or a footer link often does, between two paragraphs, so it
    ends the article only when less follows it.
    """
    info = infos[index]
    # The author's bio in a sentence ("Ana Ruiz is a freelance writer based in Lima.") closes the
    # article like an "About the author" heading does.
    if info.category == "author_bio" and info.anchored and info.prose >= 1.0:
        return _TAIL_SHARE_PLUG
    # (A comment header may be long and start with a count: "34 responses to “<title>”".)
    # (a newsletter or subscription plug in a sentence of its own is a plug however long, "Join 800,000+
    # subscribers to get regular emails on …", unless a paragraph follows it: a newsletter platform's
    # "Thanks for reading …! Subscribe …" box sits wherever its writer put it, above the
    # acknowledgements too)
    following = infos[index + 1] if index + 1 < len(infos) else None
    long_plug = info.category in ("newsletter_plug", "subscription_plug") and info.strength == 2 and \
        info.words <= _PLUG_SENTENCE_WORDS and (following is None or following.prose < 1.0)
    if not info.anchored or (info.inline_teaser and not long_plug) or (info.category != "comment_thread" and (
            (info.words > _END_MARKER_WORDS and not long_plug) or info.numbered)):
        return 0.0
    if info.category == "related_links":  # not "read_more": "Learn more" is a button, it ends nothing
        return 0.0 if _article_resumes(infos, index) else _TAIL_SHARE_HEADING
    if info.category in _COMMENT_MARKERS:
        # "Comments?" at the end of a mail asks a question; it opens no comment section.
        return 0.0 if info.question or (extracted and info.category == "comment_form") else _TAIL_SHARE_HEADING
    if info.category in _PLUG_MARKERS:
        return _TAIL_SHARE_PLUG
    if info.category == "copyright" and info.words > 1:
        # A footer link ("Privacy policy") can also head an article's last section: one right
        # above a paragraph ends nothing. (A footer link of one word, "Disclaimer", never does.)
        following = infos[index + 1] if index + 1 < len(infos) else None
        if following is not None and following.prose >= 1.0 and following.category is None:
            return 0.0
        # Nor does a notice the article quotes (a boot banner, a licence header in a listing).
        if _COPYRIGHT_NOTICE.search(info.key) and _notice_quoted(infos, index, below):
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

    Teaser blurbs are a sentence or two, each under its headline; a long paragraph before the next
    widget is the article, and so are short paragraphs right under the heading, one under another,
    with no headline between them (a paper that gives each sentence its line). A blurb glued to its
    headline opens in Title Case ("Best Trail Shoes of 2026 A guide to …").
    """
    following = index + 1
    sentences = words = 0
    while following < len(infos) and following - index <= _TEASER_LIST_MAX:
        info = infos[following]
        if info.category is not None:
            return False
        if info.prose >= 1.0 and info.words >= _PARAGRAPH_WORDS:
            return True
        if sentences == following - index - 1 and info.prose >= 1.0 and info.terminal and \
                not info.listlike and not info.title_case_start:
            sentences += 1
            words += info.words
            if sentences >= _RESUMING_SENTENCES and words >= _PARAGRAPH_WORDS * 2 // 3:
                return True
        following += 1
    return False


_COMMENT_MARKERS = frozenset({"comment_form", "comment_thread"})
_PLUG_MARKERS = frozenset({"newsletter_plug", "subscription_plug", "tags"})
_SHARE_MARKERS = frozenset({"share_widget"})
_END_MARKER_WORDS = 8
_PLUG_SENTENCE_WORDS = 40
_PARAGRAPH_WORDS = 60
_RESUMING_SENTENCES = 3  # short paragraphs in a row under a heading: the article goes on
_TAIL_SHARE_HEADING = 0.6
_TAIL_SHARE_PLUG = 0.25
_TAIL_SHARE_NOTICE = 2.0
_SITE_NOTICE = regex.compile(r"all rights reserved|tous droits réservés|todos los derechos reservados|"
                              r"alle rechte vorbehalten|tutti i diritti riservati|alle rechten voorbehouden|"
                              r"todos os direitos reservados")
_COPYRIGHT_NOTICE = regex.compile(r"©|\(c\)|\bcopyright\b|" + _SITE_NOTICE.pattern)
_BYLINE_STARTS = ("by ", "posted by ", "reviewed by ", "edited by ", "fact checked by ", "medically reviewed by ",
                  "about me")
_BIO_WITHIN = 3  # lines between an author heading and the bio's prose (name, role)
_THREAD_FURNITURE = 3  # comment-form lines below a comment heading ...
_THREAD_RHYTHM = 8  # ... at least one in this many lines
_LIST_MAX = 200
SETTLE_ROUNDS = 3
_COMMENTS_AFTER = 0.5
_TITLED_COMMENTS_AFTER = 0.1
_FURNITURE_THREAD = 4  # comment-furniture lines from here to the end of the text ...
_FURNITURE_SPACING = 20  # ... at least one in this many lines ...
_FURNITURE_COMMENTS_AFTER = 0.3  # ... and this share of the prose behind: a header-less thread
_DENSE_THREAD = 8  # ... or at least this many, one in this many lines, whatever the prose behind:
_DENSE_SPACING = 6  # a thread that outweighs a short post
_LABEL_BEFORE_REMARK = 6  # lines from a comment label down to the first remark it opens ...
_LABELLED_REMARKS_BELOW = 2  # ... with this many more remarks below
_REMARKS_BELOW = 1  # readers' remarks below the first: two open a header-less thread
_THREAD_INSIDE = 2  # comment-furniture lines inside a body that is a thread
_FURNITURE_LAST_PROSE = 2  # prose lines after the last one: a comment's text, not the article going on


def _counted_entries(infos: list[LineInfo]) -> list[int]:
    """Lines of runs of short lines that each end in a count in brackets, with counts that differ: a
    blog's archive or its list of categories. The run is long (``_COUNTED_LONG`` lines), or at least
    ``_COUNTED_RUN`` lines under a heading a phrase rule names ("Categories", "Archives", a year in
    an archive). A short list of seats or medals under the article's own heading stays a list; the
    same figure on every line is a year in a table's row labels ("Median price (2024)"), and stars
    make a list of ratings."""
    found: list[int] = []
    index = 0
    while index < len(infos):
        start = index
        counts = set()
        while index < len(infos) and (match := _COUNTED.match(infos[index].key)):
            counts.add(match[1])
            index += 1
        named = start > 0 and infos[start - 1].category is not None
        if len(counts) > 1 and index - start >= (_COUNTED_RUN if named else _COUNTED_LONG):
            found.extend(range(start, index))
        index = max(index, start + 1)
    return found


def _contents_runs(infos: list[LineInfo]) -> list[tuple[int, int]]:
    """``(start, end)`` of runs of at least three short lines each found again, in the same order, below
    the run, as the headings of sections with prose in them. (Lines of code are no headings: a listing
    explained line by line further down is not its table of contents.)"""
    later: dict[str, list[int]] = {}
    prose_before = [0]  # prose lines above each index, so that "prose between two echoes" costs O(1)
    keys = [info.key if info.key and not _CODE_CHARACTERS.search(info.key) else "" for info in infos]
    for index, info in enumerate(infos):
        if keys[index]:
            later.setdefault(keys[index], []).append(index)
        prose_before.append(prose_before[-1] + (info.prose >= 1.0))
    if sum(len(positions) > 1 for positions in later.values()) < _CONTENTS_MIN:
        return []  # fewer than three short lines come again: no entries, no table
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(infos):
        start, previous = index, -1
        echoes: list[int] = []
        while index < len(infos) and keys[index]:
            # the first occurrence below the run so far, and after the previous entry's echo
            positions = later[keys[index]]
            after = bisect_right(positions, max(index, previous))
            if after == len(positions):
                break
            found = positions[after]
            echoes.append(found)
            previous = found
            index += 1
        # The headings below each open a section with prose under it; a block repeated as a
        # whole (a meal plan for every day of the week) is no table of contents.
        # An entry names one section: it comes again as the heading (twice with a second table).
        # Lines found four times or more are a plan's recurring items ("Wednesday. Rest Day" in
        # every week of a training plan).
        recurring = sum(len(later[keys[entry]]) > 3 for entry in range(start, index))
        if index - start >= _CONTENTS_MIN and echoes[0] >= index and recurring * 2 < index - start:
            gaps = list(zip(echoes, echoes[1:]))
            sections = sum(prose_before[there] > prose_before[here + 1] for here, there in gaps)
            # (a block repeated whole, or a code listing shown twice, has echoes right under the
            # last; under a "Table of Contents" heading a few may be a section's heading right
            # above a subsection's: "The Good", "Language Design")
            adjacent = sum(there - here == 1 for here, there in gaps)
            headed = start > 0 and infos[start - 1].category == "table_of_contents"
            if sections * 2 >= len(gaps) and (
                    adjacent == 0 or headed and adjacent * _CONTENTS_ADJACENT <= len(gaps)):
                runs.append((start, index))
        index = max(index, start + 1)
    return runs


_HEADLINE_WITHIN = 5  # lines above the body where its headline (and standfirst) may sit
_BYLINE_REACH = 25  # lines above the body where the article's byline may sit, under its headline
_HEADLINE_WORDS = 5  # words of a line that reads as a headline rather than a button or a date
_HEADLINE_MAX_WORDS = 25
_SENTENCE_LIKE = 0.6  # prose of a short sentence (a standfirst), not of a long line without stops
_BREADCRUMB = re.compile(r" [>»›] ")  # ("Family: Rubiaceae | Place of Origin: Ethiopia" is a subtitle)
_STANDFIRST_WORDS = 60
_CONTENTS_MIN = 3
_COUNTED = re.compile(r"[^()★☆]{2,40}?\s?\((\d{1,5})\)$")
_COUNTED_RUN = 3
_COUNTED_LONG = 10
_CODE_CHARACTERS = re.compile(r"[{}<>=]")
_CONTENTS_ADJACENT = 4  # under a contents heading, at most one echo in this many right under the one before
_CONTENTS_HEAD_SHARE = 0.25  # a table of contents sits in the first quarter of the article's prose


def _content_neighbour(infos: list[LineInfo], decisions: list, index: int) -> bool:
    if not 0 <= index < len(infos) or decisions[index] is not None:
        return False
    info = infos[index]
    return info.category is None and (info.prose > 0 or info.listlike or info.terminal)

_LONG_LINE_WORDS = 20
_TEASER_RUN = 8  # lines of headlines above the article's first paragraph ...
_TEASER_WORDS = 5  # ... of this many words on average: other stories' teasers
_TEASER_MIN_WORDS = 3  # (a shorter line is a menu's or a heading's: "Key Takeaways")
_HEADLINESE_STOPS = 0.4  # headlines drop their articles; a verse's or a list's lines keep them (about 0.5)
_TEASER_HEADINGS = frozenset({"related_links", "read_more"})
_TEASER_HEADLINE = "teaser headline under a related-links heading"
_READ_MORE_HEADING_WORDS = 3  # "Read more", "Read this next"
_TEASER_LIST_MAX = 12
