"""The headline stays: the scorer's gold bodies leave it out, but a reader of the cleaned article
wants it, and it sits among the lines that go for their place (above the body, beside a byline, a
date and share buttons).
"""

from __future__ import annotations

import re
from itertools import islice

import regex

from .body import HEADLINE_WITHIN, first_paragraph
from .lines import BY_WORDS, SHORT_LINE_OUTSIDE, WEAK_CATEGORIES, Decision, LineInfo
from .teasers import TEASER_HEADLINE


def keep_headline(infos: list[LineInfo], decisions: list[Decision], first: int, last: int) -> None:
    """The headline just above the body stays; so does a standfirst under it (a sentence or two between
    the headline and the byline), with its headline rather than the author's role in the byline.

    Lines that went by a phrase or as a table of contents' entries do not count: share buttons between
    the headline or the standfirst and the article are no reason to lose them, nor is a newsletter's
    invitation that a phrase names only as a hint ("Get news delivered right to your inbox:"). (A weak
    phrase's line does count: a date or an author's name is a byline's part, a menu word may be a
    section's label over a stack of other stories.)"""
    window = list(islice((index for index in range(first - 1, -1, -1) if not (
        (infos[index].category is not None and infos[index].strength == 2) or
        infos[index].words == 0 or  # (a picture, a rule, an icon's link: no headline)
        (decisions[index] is not None and (decisions[index][0] == "table_of_contents" or (
            decisions[index][0] == infos[index].category and infos[index].category not in WEAK_CATEGORIES))))),
        _WINDOW))
    standfirst = next((position for position, index in enumerate(window[:HEADLINE_WITHIN])
                       if position + 1 < len(window) and _may_be_standfirst(infos[index], decisions[index]) and
                       decisions[window[position + 1]] is not None and
                       decisions[window[position + 1]][0] == "page_furniture" and
                       _no_sentence(infos[window[position + 1]]) and
                       3 <= infos[window[position + 1]].words <= _HEADLINE_MAX_WORDS), None)
    if standfirst is not None:
        decisions[window[standfirst]] = decisions[window[standfirst + 1]] = None
    elif (over_byline := _headline_over_a_byline(infos, decisions, first)) and (
            over_byline[0] not in window[:HEADLINE_WITHIN] or len(over_byline) > 1):
        for index in over_byline:  # (the lines between are author links, teasers, dates: none is it)
            decisions[index] = None
    else:
        _keep_nearest_headline(infos, decisions, window)
    # A deck printed without its stop, too long for a headline, stays right under the headline that stays.
    for index in window[:HEADLINE_WITHIN]:
        if index > 0 and _deck_without_stop(infos[index], decisions[index]) and decisions[index - 1] is None and \
                _no_sentence(infos[index - 1]) and 3 <= infos[index - 1].words <= _HEADLINE_MAX_WORDS:
            decisions[index] = None
    # A label ending in a colon right above the body introduces its first paragraph ("TL;DR:"), and a
    # salutation ending in a comma opens it: a letter's, a newsletter's ("Dear Ana,", "Good morning,").
    if first > 0 and decisions[first - 1] is not None and decisions[first - 1][0] == "page_furniture" and (
            infos[first - 1].colon or salutation(infos[first - 1])):
        decisions[first - 1] = None
    if first > 0:
        _keep_label_over_the_body(infos, decisions, first)
    _keep_the_first_heading(infos, decisions, window)
    # A heading marked as one ("## Our verdict") right above the body's first line is the article's first.
    if first > 0 and infos[first - 1].heading and infos[first - 1].category is None and \
            decisions[first - 1] == SHORT_LINE_OUTSIDE and decisions[first] is None:
        decisions[first - 1] = None
    # The last "teaser" under a "Breaking News" box, right above the article's first paragraph, is
    # the article's own headline.
    lead = first_paragraph(infos, first, last)
    if 0 < lead <= last and decisions[lead - 1] is not None and decisions[lead - 1][1] == TEASER_HEADLINE and \
            3 <= infos[lead - 1].words <= _HEADLINE_MAX_WORDS:
        decisions[lead - 1] = None


def _keep_the_first_heading(infos: list[LineInfo], decisions: list[Decision], window: list[int]) -> None:
    """A page written in markdown marks its headline: the one heading of the first level ("# …", or a line
    underlined with "=====") above the body stays, whatever lines of a headline's length stand nearer (an
    affiliate disclosure, a long byline, an event's box of facts). (Two such headings make the mark no
    guide: a site's name may be one.)"""
    firsts = [index for index, info in enumerate(infos) if info.heading == 1]
    if len(firsts) == 1 and window and window[0] - _FIRST_HEADING_REACH <= firsts[0] <= window[0] and \
            decisions[firsts[0]] is not None and infos[firsts[0]].category is None:
        decisions[firsts[0]] = None


def _keep_label_over_the_body(infos: list[LineInfo], decisions: list[Decision], first: int) -> None:
    """A short label right above the body's first line, under the byline and share buttons that part it from
    the headline that stays ("FIM DO JOGO" over a live ticker's last entry, "Scena prima" over a play's
    first scene), is the article's first heading: the byline closes the head of the page."""
    label = first - 1
    info = infos[label]
    if decisions[label] != SHORT_LINE_OUTSIDE or info.category is not None or info.prose > 0 or \
            not 1 <= info.words <= _LABEL_WORDS or decisions[first] is not None or \
            "@" in info.key or ":" in info.key or sum(other.key == info.key for other in infos) > 1:
        return  # (a handle, a label with its value, "Author: Ana Ruiz", a button that recurs, "Read Later")
    between = 0
    for index in range(label - 1, max(-1, label - 1 - _LABEL_REACH), -1):
        if decisions[index] is None:  # (the headline or the standfirst; a lead picture's caption closes no head)
            if between and not (infos[index].caption or caption_over_credit(infos, index)):
                decisions[label] = None
            return
        if not (_byline_part(infos[index], decisions[index]) or (
                infos[index].category is not None and infos[index].strength == 2)):
            return
        between += 1


def drop_bylines_over_the_article(infos: list[LineInfo], decisions: list[Decision], top: int) -> None:
    """A byline's date or name kept between the headline and the article's first paragraph ("December 15,
    2025", "By Ana Ruiz", "Updated: Tue., Nov. 19, 2019") goes: above any prose of the article it says
    when or by whom, as a byline does. (A phrase names such a line only as a hint: further down it may be
    a subheading, "By Audience", or an entry of a list of events.) Not when the article goes on to head
    its parts with such lines (a diary's dates, a roundup's contributors): then it heads the first part.
    Nor when more than a headline, a deck and a byline's parts stand above it (a text whose paragraphs are
    hard-wrapped into short lines: "… in Inner Mongolia on" over "November 5."), nor when it ends a
    sentence or opens what follows ("November 5.", "2025-07-09:")."""
    lead = next((index for index in range(top, len(infos)) if infos[index].prose >= 1.0 and decisions[index] is None),
                None)
    if lead is None or sum(decision is None for decision in decisions[top:lead]) > _TOP_LINES:
        return
    # (the kept lines right above it, as a second cleaning will read them)
    above = islice((index for index in range(lead - 1, -1, -1) if decisions[index] is None), _BYLINE_PARTS + 1)
    for index in list(above):
        info = infos[index]
        if info.strength == 1 and not info.terminal and _byline_kind(info) and not any(
                decisions[below] is None and _byline_kind(infos[below]) == _byline_kind(info)
                for below in range(lead + 1, len(infos))):
            decisions[index] = (info.category, "a byline's part between the headline and the article's first paragraph")


def _byline_kind(info: LineInfo) -> str:
    """"date" for a date or a reading time, "by" for an author's byline ("By Ana Ruiz", not "By the
    numbers"), else ""."""
    if info.category in _DATE_CATEGORIES:
        return "date"
    if info.named_byline:
        return "by"
    return ""


def drop_trails_to_headlines(infos: list[LineInfo], decisions: list[Decision]) -> None:
    """A breadcrumb trail kept beside the line it ends in ("Blog > Tips > <headline>" over the headline)
    goes as navigation: the headline says its last item, and the rest is the site's menu."""
    for index, info in enumerate(infos):
        if not info.trail_end or decisions[index] is not None:
            continue
        # (the headline as a short line's key, or as written when it reads as a sentence and has none)
        key, digest = " ".join(info.trail_end.lower().split()), hash(info.trail_end)
        if any((infos[near].key == key or infos[near].digest == digest) and decisions[near] is None
               for near in range(max(0, index - _TRAIL_REACH), min(len(infos), index + _TRAIL_REACH + 1))
               if near != index):
            decisions[index] = ("navigation", "a breadcrumb trail that ends in the headline beside it")


def _keep_nearest_headline(infos: list[LineInfo], decisions: list[Decision], window: list[int]) -> None:
    """The nearest line of the window long enough for a headline ("Copy Link URLCopied!" and a date line
    sit between many headlines and their article), else the nearest of three words or more, stays; never
    a breadcrumb ("Blog > Nutrition > Meal Plans"). A line of five words or more is long enough when four
    of them are words, not figures ("16/04/2024 18h32 Atualizado há 2 horas" is a date line)."""
    candidates = [index for index in _headline_place(infos, decisions, window)
                  if _may_be_headline(infos[index], decisions[index], 3) and not caption_over_credit(infos, index)]
    # (a line that is a link, a button or an author's name, is the headline only where no other line is, and
    # when it is as long as a headline: a blog's headline may link its post, a menu's entry is short)
    candidates = sorted((index for index in candidates if not infos[index].links_only or
                         infos[index].words >= _HEADLINE_WORDS), key=lambda index: infos[index].links_only)
    headline = next((index for index in candidates if infos[index].words >= _HEADLINE_WORDS and _wordy(infos[index])),
                    candidates[0] if candidates else None)
    if headline is None:
        return
    decisions[headline] = None
    # A line that reads like a sentence is a short standfirst: its headline is the line above. So may a
    # deck or a byline be ("Here's what we're excited about this year", "Analysis by Ana Ruiz"): the
    # headline-sized line right above it stays too, unless another sits above that (a stack of other
    # stories' headlines).
    above = window.index(headline) + 1
    # (past the byline's parts between them: a date, "Published", "By Ana Ruiz")
    skipped = 0
    while above < len(window) and skipped < _BYLINE_PARTS and (
            _byline_part(infos[window[above]], decisions[window[above]]) or
            _author_name(infos[window[above]], decisions[window[above]]) or
            _no_words(infos[window[above]])):
        above, skipped = above + 1, skipped + 1
    # (the line over it, past its own byline's parts, and past a section label when the headline had a
    # byline, "Connected TV": another headline there makes a stack of other stories', each with its byline)
    over = above + 1
    while over < len(window) and over - above <= _BYLINE_PARTS and (
            _byline_part(infos[window[over]], decisions[window[over]]) or
            (skipped and infos[window[over]].words <= 2)):
        over += 1
    if above < len(window) and _may_be_headline(infos[window[above]], decisions[window[above]], 3) and \
            _no_sentence(infos[window[above]]) and infos[window[above]].words >= _HEADLINE_WORDS and (
            (infos[headline].prose >= _SENTENCE_LIKE and not skipped) or over >= len(window) or
            infos[window[over]].words < _HEADLINE_WORDS):
        decisions[window[above]] = None
        # ... and when that line is itself a sentence (a standfirst under the headline, with a video's
        # title between it and the article), the headline-sized line above it, which is no sentence
        higher = above + 1
        if infos[window[above]].prose >= _SENTENCE_LIKE and infos[window[above]].terminal and \
                higher < len(window) and _may_be_headline(infos[window[higher]], decisions[window[higher]], 3) and \
                (infos[window[higher]].prose < _SENTENCE_LIKE or infos[window[higher]].quote_headline) and \
                infos[window[higher]].words >= _HEADLINE_WORDS:
            decisions[window[higher]] = None


def _headline_place(infos: list[LineInfo], decisions: list[Decision], window: list[int]) -> list[int]:
    """The lines of the window where the headline may sit: the first ``HEADLINE_WITHIN``, not counting a
    byline's parts, a dateline or the lead picture's caption: a news site may stack all of those between
    a headline and its article."""
    place, counted = [], 0
    for index in window:
        if not (_byline_part(infos[index], decisions[index]) or infos[index].caption or
                caption_over_credit(infos, index)):
            counted += 1
        place.append(index)
        if counted >= HEADLINE_WITHIN:
            break
    return place


def caption_over_credit(infos: list[LineInfo], index: int) -> bool:
    """Is the line a picture's caption: a sentence, ending in a stop, right over its credit's own line
    ("Foto: Thomas Hennig/dpa", "© Ana Ruiz")? (A headline over its picture's credit ends in no stop.)"""
    info = infos[index]
    if index + 1 >= len(infos) or not info.terminal or info.colon or info.words < _CAPTION_WORDS:
        return False
    below = infos[index + 1]
    return below.strength == 2 and (below.category == "photo_credit" or (
        below.category == "copyright" and below.words <= _CAPTION_WORDS))


def _wordy(info: LineInfo) -> bool:
    """Are four of the line's words words, not figures or dates? (Only a short line's words are at hand,
    and a longer line is a headline's length of words anyway.) In a script without spaces (Chinese,
    Japanese), a line's words are counted from its characters: eight letters make four words there."""
    if not info.key:
        return True
    words = info.key.split()
    return sum(word[:1].isalpha() for word in words) >= _HEADLINE_WORDS - 1 or (
        len(words) < _HEADLINE_WORDS - 1 and sum(map(str.isalpha, info.key)) >= 2 * (_HEADLINE_WORDS - 1))


def salutation(info: LineInfo) -> bool:
    """A short line ending in a comma: "Dear Ana,", "Good morning,"."""
    return info.words <= _SALUTATION_WORDS and info.key.endswith(",")


def _no_sentence(info: LineInfo) -> bool:
    """A line that does not read as a paragraph, or is a headline made of a quote or a question ("Money
    Mailbag: Should we pay off the mortgage early or invest the extra?")."""
    return info.prose < 1.0 or info.quote_headline or (info.question and info.words <= _QUESTION_HEADLINE_WORDS)


def _byline_part(info: LineInfo, decision: Decision) -> bool:
    """A date, a byline, a reading time or a dateline between a headline and its deck or the author's role."""
    return (decision is not None and decision[0] in BYLINE_PART_CATEGORIES) or info.dateline


def _author_name(info: LineInfo, decision: Decision) -> bool:
    """A name alone on its line over a byline's date ("Ana Ruiz" over "Jun 9"): the author's, without a "By"."""
    return decision is not None and decision[0] == "page_furniture" and 2 <= info.words <= 3 and \
        _NAME.fullmatch(info.key) is not None


def _no_words(info: LineInfo) -> bool:
    """A separator or a bare count between a headline and the line kept below it ("--", "18" claps)."""
    return info.words <= 1 and info.key != "" and not any(character.isalpha() for character in info.key)


def _headline_over_a_byline(infos: list[LineInfo], decisions: list[Decision],
                            first: int) -> list[int]:
    """The headline-sized line right above the nearest byline ("By Ana Ruiz") within ``_BYLINE_REACH``
    lines above the body, with no prose between (a page may put author links, a box of other stories
    and a date between the article's byline and its first paragraph); and when that line reads like a
    sentence (a deck, or a standfirst of a sentence or two), the headline-sized line above it too.
    Empty when there is none."""
    byline = next((index for index in range(first - 1, max(-1, first - 1 - _BYLINE_REACH), -1)
                   if infos[index].prose >= 1.0 or (infos[index].category == "author_bio" and
                                                    infos[index].key.startswith(BYLINE_STARTS))), None)
    if byline is None or infos[byline].prose >= 1.0:
        return []
    found: list[int] = []
    index = byline
    while len(found) < 2 and (not found or infos[found[-1]].prose >= _SENTENCE_LIKE):
        index = next((above for above in range(index - 1, -1, -1)
                      if not (infos[above].category is not None and infos[above].strength == 2)), -1)
        if index < 0:
            break
        info = infos[index]
        standfirst = not found and _may_be_standfirst(info, decisions[index])
        if not standfirst and (not _no_sentence(info) or not _may_be_headline(info, decisions[index], _HEADLINE_WORDS)):
            break
        found.append(index)
    if found and not _no_sentence(infos[found[-1]]):
        found.pop()  # (a standfirst without a headline above it)
    return found


def _may_be_standfirst(info: LineInfo, decision: Decision) -> bool:
    """Did the line go only for its place, and is it prose of a sentence or two?"""
    return decision is not None and decision[0] == "page_furniture" and info.prose >= 1.0 and \
        info.words <= _STANDFIRST_WORDS


def _deck_without_stop(info: LineInfo, decision: Decision) -> bool:
    """A sentence too long for a headline that went for its place, printed without its stop: a deck over
    the byline ("Brussels wants … and here is the text clause by clause")."""
    return decision is not None and decision[0] == "page_furniture" and info.prose >= _SENTENCE_LIKE and \
        _HEADLINE_MAX_WORDS < info.words <= _STANDFIRST_WORDS


def _may_be_headline(info: LineInfo, decision: Decision, minimum_words: int) -> bool:
    """Did the line go only for its place (no phrase names it), and is it sized like a headline, and no
    breadcrumb ("Blog > Nutrition > Meal Plans"), caption (labelled, "Image caption, …", or credited, "… |
    Photo Credit: Ana Ruiz") or dateline?"""
    return decision is not None and decision[0] == "page_furniture" and \
        minimum_words <= info.words <= _HEADLINE_MAX_WORDS and not _BREADCRUMB.search(info.key) and \
        not info.caption and not info.dateline and not (info.fragment and info.fragment[2] == "photo_credit")


_LABEL_WORDS = 4  # a label over the body's first line: "FIM DO JOGO", "Scene one"
_LABEL_REACH = 8  # lines of a byline and share buttons between it and the headline
_TRAIL_REACH = 3  # lines between a breadcrumb trail and its headline (a byline, a date)
_BYLINE_PARTS = 3  # a byline's lines (date, label, "By …") between a headline and the line kept below it
_TOP_LINES = _BYLINE_PARTS + 2  # kept lines over the first paragraph: a headline, a deck and a byline's parts
# lines above the body read: the headline's place, a byline's parts over the line kept there, the line
# over those and its own byline's parts (what shows a stack of other stories' headlines), and one more
_WINDOW = HEADLINE_WITHIN + 2 * (_BYLINE_PARTS + 1) + 1
BYLINE_PART_CATEGORIES = frozenset({"byline_decoration", "author_bio", "reading_time"})
_DATE_CATEGORIES = frozenset({"byline_decoration", "reading_time"})
_BYLINE_REACH = 25  # lines above the body where the article's byline may sit, under its headline
_SALUTATION_WORDS = 4
_CAPTION_WORDS = 4  # a caption has more words than this; a "© Ana Ruiz" under it this many at most
_FIRST_HEADING_REACH = 30  # lines above the body where the one "# " heading is still its headline
_HEADLINE_WORDS = 5  # words of a line that reads as a headline rather than a button or a date
_HEADLINE_MAX_WORDS = 25
_QUESTION_HEADLINE_WORDS = 20
_SENTENCE_LIKE = 0.6  # prose of a short sentence (a standfirst), not of a long line without stops
# (one bar may part a subtitle, "Family: Rubiaceae | Place of Origin: Ethiopia"; two part a trail or a
# byline's pieces, "On Behalf of Ruiz Law | Apr 21, 2017 | Products Liability")
_BREADCRUMB = re.compile(r" [>»›] | \| .* \| ")
_STANDFIRST_WORDS = 60
_NAME = regex.compile(r"[\p{L}'’.-]+(?: [\p{L}'’.-]+){1,2}")  # (the line's key: its words, lowercased)
BYLINE_STARTS = (*BY_WORDS, "about me")

