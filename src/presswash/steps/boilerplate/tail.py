"""Where the article ends: the maximum-sum span swallows the page's tail (teaser blurbs, comments,
a plug, a footer) when enough prose-like text follows the article; a line that opens such a tail
cuts it off again when little prose follows it.
"""

from __future__ import annotations

from functools import cached_property

import regex

from .body import BODY_MIN_WEIGHT
from .comments import COMMENT_MARKERS
from .headline import BYLINE_STARTS
from .lines import LineInfo
from .runs import counts_below
from .teasers import article_resumes


def find_tail_start(infos: list[LineInfo], weights: list[float], first: int, last: int, extracted: bool) -> int:
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
    if total < BODY_MIN_WEIGHT:
        return start
    below = _LinesBelow(infos)
    for index in range(last, first, -1):
        info = infos[index]
        share = _tail_share(infos, index, below, extracted)
        if share and (after <= share * (total - after) or (
                info.category in COMMENT_MARKERS and furniture >= _THREAD_FURNITURE
                and furniture * _THREAD_RHYTHM >= last - index)):
            start = index
        after += prose[index]
        if info.category in COMMENT_MARKERS and info.strength == 2:
            furniture += 1
    return start


class _LinesBelow:
    """For each line, the lines a strong rule names and the prose lines from there to the end:
    counted when first asked, which only a copyright notice does."""

    def __init__(self, infos: list[LineInfo]) -> None:
        self._infos = infos

    @cached_property
    def named(self) -> list[int]:
        return counts_below(self._infos, _named_by_a_rule)

    @cached_property
    def prose(self) -> list[int]:
        return counts_below(self._infos, _prose)


def _named_by_a_rule(info: LineInfo) -> bool:
    return info.category is not None and info.strength == 2


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
    # (a related-links heading that introduces its list may be a sentence: "If you liked this post you
    # might also like:")
    long_heading = info.category == "related_links" and info.colon and info.words <= _LIST_HEADING_WORDS
    if not info.anchored or (info.inline_teaser and not long_plug) or (info.category != "comment_thread" and (
            (info.words > _END_MARKER_WORDS and not long_plug and not long_heading) or info.numbered)):
        return 0.0
    if info.category == "related_links":  # not "read_more": "Learn more" is a button, it ends nothing
        return 0.0 if article_resumes(infos, index, past_teasers=True) else _TAIL_SHARE_HEADING
    if info.category in COMMENT_MARKERS:
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
    if info.category == "author_bio" and not info.key.startswith(BYLINE_STARTS) and any(
            following.prose >= 1.0 for following in infos[index + 1:index + 1 + _BIO_WITHIN]):
        return _TAIL_SHARE_PLUG
    # One share button may be an item of a list about social networks; a bar of them is not.
    if info.category in _SHARE_MARKERS and index + 1 < len(infos) and \
            infos[index + 1].category in _SHARE_MARKERS and infos[index + 1].anchored:
        return _TAIL_SHARE_PLUG
    return 0.0


_PLUG_MARKERS = frozenset({"newsletter_plug", "subscription_plug", "tags"})
_SHARE_MARKERS = frozenset({"share_widget"})
_END_MARKER_WORDS = 8
_LIST_HEADING_WORDS = 12  # words of a related-links heading that ends in a colon, introducing its list
_PLUG_SENTENCE_WORDS = 40
_TAIL_SHARE_HEADING = 0.6
_TAIL_SHARE_PLUG = 0.25
_TAIL_SHARE_NOTICE = 2.0
_SITE_NOTICE = regex.compile(r"all rights reserved|tous droits réservés|todos los derechos reservados|"
                              r"alle rechte vorbehalten|tutti i diritti riservati|alle rechten voorbehouden|"
                              r"todos os direitos reservados")
_COPYRIGHT_NOTICE = regex.compile(r"©|\(c\)|\bcopyright\b|" + _SITE_NOTICE.pattern)
_BIO_WITHIN = 3  # lines between an author heading and the bio's prose (name, role)
_THREAD_FURNITURE = 3  # comment-form lines below a comment heading ...
_THREAD_RHYTHM = 8  # ... at least one in this many lines

