"""Where readers' comments start: after a comment-section header, where comment furniture ("Ana
says", "Reply") recurs down to the end of the text, where readers' remarks on the post begin, or
right above a body that is itself a thread. The thread runs to the end of the page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...rules import load_entries
from .body import NEAR_BODY_LINES
from .lines import LineInfo
from .runs import counts_below


def comment_section(infos: list[LineInfo], weights: list[float],
                    body: tuple[int, int] | None) -> tuple[int, str] | None:
    """The first line of the reader-comment section and why it opens there; ``None`` if there is none.

    ``body`` is the article body's ``(first, last)`` line, when the page has one.

    Once most of the article is behind, a comment-section header ("12 Comments", "Leave a Reply")
    opens the thread (an extractor's output, without menus or body, keeps such headers too). An
    extractor often drops the header and keeps the thread: then comment furniture ("Tim says",
    "Reply", "Re: (Score:2)") recurring down to the end of the text opens it instead.
    """
    count = len(infos)
    prose_total = sum(w for w, info in zip(weights, infos) if info.prose >= 1.0)
    furniture_below = counts_below(infos, comment_furniture)
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
    over_body = thread_over_body(infos, *body) if body is not None else None
    # A comment label ("Comments", a signature) a few lines above the first remark opens it there,
    # wherever the article's middle is: two cues that agree (a short post under a long thread).
    remark_seen = False
    prose_seen = 0.0
    label = None
    for index, info in enumerate(infos):
        if info.prose >= 1.0:
            prose_seen += weights[index]
        if info.category in COMMENT_MARKERS and info.anchored and info.strength == 2 and prose_seen > 0:
            label = index
        recurring = thread_ends and furniture_below[index] >= _FURNITURE_THREAD and \
            furniture_below[index] * _FURNITURE_SPACING >= count - index and \
            furniture_below[index] > furniture_below[index + 1] and _furniture_recurs(infos, index) and \
            not _article_below(infos, weights, index, prose_total)
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
            return start, "in the reader-comment section, " + (
                "which outweighs the article above it" if index == over_body else
                "after a comment header" if info.category == "comment_thread" else
                "where readers' remarks on the post begin (\"Great post!\", \"Thanks for sharing\")" if remarks else
                "where comment lines (\"says\", \"Reply\") recur to the end of the text")
    return None


def thread_over_body(infos: list[LineInfo], first: int, last: int) -> int | None:
    """The first line of the comment furniture right above the body ("Comments", "Ana on May 2 … said:")
    when the body is itself a thread: furniture recurs inside it down to its end, and prose (the post)
    sits above. (A how-to that quotes a comment form has more of its prose after the quote.)"""
    inside = [index for index in range(first + 1, last + 1) if comment_furniture(infos[index])]
    if len(inside) < _THREAD_INSIDE or \
            sum(info.prose >= 1.0 for info in infos[inside[-1] + 1:last + 1]) > _FURNITURE_LAST_PROSE:
        return None
    opener = None
    index = first - 1
    while index >= 0 and first - index <= NEAR_BODY_LINES:
        if comment_furniture(infos[index]):
            opener = index
        elif infos[index].prose >= 1.0:
            break
        index -= 1
    if opener is None or not any(info.prose >= 1.0 for info in infos[:opener]):
        return None
    return opener


def _furniture_recurs(infos: list[LineInfo], index: int) -> bool:
    """Does the comment furniture recur from line ``index`` down: a block of it starts here (a form, a
    comment's signature and its "Reply"), or it comes in ``_RUNS`` separate runs or more? A comment count
    alone under the byline, with nothing but the comment form at the page's end below it, opens no thread,
    however many lines that form has: the article is between them."""
    if index + 1 < len(infos) and comment_furniture(infos[index + 1]):
        return True
    runs, previous = 0, False
    for info in infos[index:]:
        furniture = comment_furniture(info)
        if furniture and not previous:
            runs += 1
            if runs >= _RUNS:
                return True
        previous = furniture
    return False


def _article_below(infos: list[LineInfo], weights: list[float], index: int, prose_total: float) -> bool:
    """Is the article between this comment line and the next: most of the page's prose? A comment link
    under the byline ("Kommentare") sits over the article, then the thread; a thread's header sits over
    its comments, each no more than a share of the page."""
    following = next((below for below in range(index + 1, len(infos)) if comment_furniture(infos[below])),
                     len(infos))
    between = sum(weights[below] for below in range(index + 1, following) if infos[below].prose >= 1.0)
    return between >= _ARTICLE_SHARE * prose_total


def comment_furniture(info: LineInfo) -> bool:
    return info.category in COMMENT_MARKERS and info.strength == 2


COMMENT_MARKERS = frozenset({"comment_form", "comment_thread"})
_COMMENTS_AFTER = 0.5
_TITLED_COMMENTS_AFTER = 0.1
_FURNITURE_THREAD = 4  # comment-furniture lines from here to the end of the text ...
_FURNITURE_SPACING = 20  # ... at least one in this many lines ...
_FURNITURE_COMMENTS_AFTER = 0.3  # ... and this share of the prose behind: a header-less thread
_DENSE_THREAD = 8  # ... or at least this many, one in this many lines, whatever the prose behind:
_DENSE_SPACING = 6  # a thread that outweighs a short post
_RUNS = 3  # separate runs of comment furniture from a thread's first line down
_LABEL_BEFORE_REMARK = 6  # lines from a comment label down to the first remark it opens ...
_LABELLED_REMARKS_BELOW = 2  # ... with this many more remarks below
_REMARKS_BELOW = 1  # readers' remarks below the first: two open a header-less thread
_THREAD_INSIDE = 2  # comment-furniture lines inside a body that is a thread
_ARTICLE_SHARE = 0.5  # of the page's prose, between a comment link and the thread: the article
_FURNITURE_LAST_PROSE = 2  # prose lines after the last one: a comment's text, not the article going on


def post_furniture(infos: list[LineInfo]) -> list[int]:
    """On a page of questions and answers (its answers headed with their count: "3 Answers", "2 Antworten"), or
    a forum's thread (two posters' cards or more: "Posts: 11", "Joined Mar 11, 2021 Messages 214"), the lines of
    each post's furniture that a strong phrase names: its buttons and stamps ("Share", "Follow", "asked Mar 4,
    2022 at 9:12", "Add a comment", "Reply"). The posts are the page's content, and these lines, which recur
    under every post, would read as the article's end or a readers' thread under it."""
    answers, (members, initials) = _answers_heading(), _member_card()
    cards, last_card_line = 0, -_CARD_LINES
    for index, info in enumerate(infos):
        if not info.key:
            continue
        if info.key[0] in _COUNT_STARTS and info.words <= _HEADING_WORDS and answers.fullmatch(info.key):
            break
        if info.key[0] in initials and members.match(info.key):
            cards += index - last_card_line > _CARD_LINES  # (a card's lines, "Posts: 11" over "Registered: …")
            last_card_line = index
            if cards >= _CARDS:
                break
    else:
        return []
    # (and the posters' cards, which would read as a box of the article's facts)
    return [index for index, info in enumerate(infos) if (info.strength == 2 and info.category in _POST_FURNITURE) or (
        info.key and info.category is None and info.key[0] in initials and members.match(info.key))]


@lru_cache(maxsize=1)
def _answers_heading() -> re.Pattern[str]:
    # (a count, then the word, and perhaps the count again: "3 Answers 3"; never a list's number, "4. Answer the
    # prompt")
    return re.compile(rf"(?:#+ )?\d+(?:[.,]\d{{3}})* (?:{_alternatives('threads/answers.txt')})(?: \d+)?")


@lru_cache(maxsize=1)
def _member_card() -> tuple[re.Pattern[str], frozenset[str]]:
    """A card's line: its label, then a figure or a date ("posts: 3,417", "inscription : 2 avr. 2023"); and
    the labels' first letters, a cheap test before the pattern's."""
    return (re.compile(rf"(?:{_alternatives('threads/members.txt')}) ?:? ?(?:\d|[a-zé]{{3,5}}\.? \d)"),
            frozenset(label[0] for label in load_entries("threads/members.txt")))


def _alternatives(path: str) -> str:
    return "|".join(sorted(map(re.escape, load_entries(path)), key=len, reverse=True))


_HEADING_WORDS = 4  # "3 Answers 3", as a scraper may read the heading and its counter
_COUNT_STARTS = frozenset("#0123456789")
_CARDS = 2
_CARD_LINES = 3  # lines of one card apart, at most
_POST_FURNITURE = frozenset({"comment_form", "comment_thread", "share_widget", "byline_decoration"})
