"""Other stories' teasers: the headlines under a "Related" or "Read more" heading, and a run of
headlines right above the article's first paragraph.
"""

from __future__ import annotations

from .body import HEADLINE_WITHIN, LONG_LINE_WORDS, PARAGRAPH_WORDS, first_paragraph
from .lines import LIST_NUMBER, Decision, LineInfo


def take_teasers(infos: list[LineInfo], decisions: list[Decision],
                 unless_article_resumes: bool = False) -> None:
    """The teaser headlines under a "Related", "Read more" or "Most popular" heading go with it."""
    count = len(infos)
    for index, info in enumerate(infos):
        # (a button heads nothing: "Learn more." at the end of a section, above the next one's heading,
        # nor a menu's "More" drop-down, nor a link that names its article: "Read our full Harbour
        # Ferries review"; nor a line that is a link in markdown, a wiki's "[Read](…)" tab)
        if info.category in _TEASER_HEADINGS and info.words <= (
                6 if info.category == "related_links" else _READ_MORE_HEADING_WORDS) and \
                decisions[index] is not None and not info.links_only and not (
                info.terminal and not info.colon or info.key.startswith(_LEARN_MORE) or info.key in _MORE) and not (
                unless_article_resumes and article_resumes(infos, index)):
            following = index + 1
            while following < count and following - index <= _TEASER_LIST_MAX:
                teaser = infos[following]
                # (a numbered line is the article's next list item: "19. UNC Kenan-Flagler"; a long
                # line is a paragraph that lost its stop, not a headline)
                if teaser.terminal or teaser.prose >= 1.0 or teaser.colon or teaser.numbered or \
                        teaser.words >= LONG_LINE_WORDS or (
                        teaser.category is not None and teaser.category not in _TEASER_HEADINGS):
                    break
                if decisions[following] is None:
                    decisions[following] = (info.category, TEASER_HEADLINE)
                following += 1
            _keep_subheading_under_box(infos, decisions, index + 1, following)


def _keep_subheading_under_box(infos: list[LineInfo], decisions: list[Decision], start: int, end: int) -> None:
    """A box of teaser headlines inside the article runs on into the next section's subheading right
    above its first paragraph ("Keine Bewerbungen" under two headlines of nine and six words): the
    last line of the run stays when it is that short beside the teasers above it."""
    if end - start < 2 or end >= len(infos) or infos[end].prose < 1.0 or not infos[end].terminal:
        return
    last = infos[end - 1]
    if decisions[end - 1] == (infos[start - 1].category, TEASER_HEADLINE) and \
            last.words * _SUBHEADING_SHARE <= min(info.words for info in infos[start:end - 1]):
        decisions[end - 1] = None


def below_teaser_run(infos: list[LineInfo], first: int, last: int) -> int:
    """The body's first line once a run of other stories' headlines at its top is left out.

    The body's span opens at the first line that weighs more than nothing, and a headline without
    a stop weighs a little, as a list item does: so a page's list of teaser headlines right above
    the article joins it. Such a run stays out: at least ``_TEASER_RUN`` lines above the first
    prose line, in headlinese (``_TEASER_WORDS`` words a line on average, few stop words), none
    shorter than a headline, ending in a colon, numbered or matching a phrase rule, and under no
    "Table of Contents" heading. So a menu, a product's pros, a table of contents, the article's
    numbered list and a song's verses quoted above the first paragraph all stay. The
    ``HEADLINE_WITHIN`` lines nearest the prose stay in the body too: the article's headline may
    be any of them (a breadcrumb or a reading time between it and the first paragraph), and they
    leak rather than lose it.
    """
    lead = first_paragraph(infos, first, last)
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
    return lead - HEADLINE_WITHIN if headlinese else first


def article_resumes(infos: list[LineInfo], index: int, past_teasers: bool = False) -> bool:
    """Does a paragraph follow the few teasers under this heading (a "Related:" box inside the article)?

    Teaser blurbs are a sentence or two, each under its headline; a long paragraph before the next
    widget is the article, and so are short paragraphs right under the heading, one under another,
    with no headline between them (a paper that gives each sentence its line). A blurb glued to its
    headline opens in Title Case ("Best Trail Shoes of 2026 A guide to …"). With ``past_teasers``
    (does the box end the article?), two paragraphs in a row under the box's teasers are the article
    going on too: a blurb follows its headline, not another blurb.
    """
    if past_teasers and _sentences_under_box(infos, index):
        return True
    following = index + 1
    sentences = words = 0
    run = run_words = 0  # paragraphs in a row, anywhere under the box's short lines
    while following < len(infos) and following - index <= _TEASER_LIST_MAX:
        info = infos[following]
        if info.category == "tags":
            following += 1  # the post's meta line (date, author, category, tags) over its paragraph
            continue
        if info.category is not None:
            return False
        if info.prose >= 1.0 and info.words >= PARAGRAPH_WORDS:
            return True
        paragraph = info.prose >= 1.0 and info.terminal and not info.listlike and not info.title_case_start
        if sentences == following - index - 1 and paragraph:
            sentences += 1
            words += info.words
            if sentences >= _RESUMING_SENTENCES and words >= PARAGRAPH_WORDS * 2 // 3:
                return True
        # (counted from the first paragraph after a teaser's headline: lines right under the heading
        # may be teasers with their blurbs glued on, which the count above reads)
        # (a paragraph that opens with a name, "Le Premier ministre, Teodor Vasilev, …", reads as a headline
        # with its blurb glued on; between two paragraphs it is one too, and keeps their run going)
        goes_on = paragraph or (run > 0 and info.prose >= 1.0 and info.terminal and not info.listlike)
        if goes_on and sentences < following - index:
            run, run_words = run + paragraph, run_words + info.words
        else:
            run = run_words = 0
        if past_teasers and run >= _RESUMING_PARAGRAPHS and run_words >= PARAGRAPH_WORDS:
            return True
        following += 1
    return False


_TEASER_RUN = 8  # lines of headlines above the article's first paragraph ...
_TEASER_WORDS = 5  # ... of this many words on average: other stories' teasers
_TEASER_MIN_WORDS = 3  # (a shorter line is a menu's or a heading's: "Key Takeaways")
_HEADLINESE_STOPS = 0.4  # headlines drop their articles; a verse's or a list's lines keep them (about 0.5)
_TEASER_HEADINGS = frozenset({"related_links", "read_more"})
_LEARN_MORE = ("learn more", "saiba mais", "más información", "en savoir plus", "mehr erfahren", "scopri di più",
               "meer weten", "meer info")
"""A button under a section in each language with phrase data: it heads no list of teasers."""
_MORE = frozenset({"more", "mais", "más", "plus", "mehr", "di più", "meer"})  # (a menu's drop-down)
TEASER_HEADLINE = "teaser headline under a related-links heading"
_READ_MORE_HEADING_WORDS = 3  # "Read more", "Read this next"
_TEASER_LIST_MAX = 12


def _sentences_under_box(infos: list[LineInfo], index: int) -> bool:
    """A box of one teaser under its heading, then sentences that are no blurb, with the page's furniture under
    them: more than a blurb's words of prose. (Under a box of two teasers or more, a shop's notice and its
    company's blurb read the same as an interview's last question and answer.)"""
    following = index + 1
    while following < len(infos) and infos[following].prose < 1.0 and not infos[following].terminal and \
            infos[following].category is None and infos[following].words >= 3:
        following += 1
    if following != index + 2:
        return False
    # (the sentences under it: an interview's question and answer, a book's details under a review)
    words = 0
    while following < len(infos) and infos[following].terminal and infos[following].category is None:
        words += infos[following].words if infos[following].prose >= 1.0 else 0
        following += 1
    if words < _RESUMED_WORDS:
        return False
    return following >= len(infos) or (infos[following].category is not None and
                                       infos[following].category not in _TEASER_FURNITURE)


_SUBHEADING_SHARE = 2  # a subheading under a box has at most half the words of its shortest teaser
_RESUMING_SENTENCES = 3  # short paragraphs in a row under a heading: the article goes on
_RESUMED_WORDS = 25  # words of paragraphs under a box of one teaser: more than its blurb would have
_TEASER_FURNITURE = frozenset({"read_more", "author_bio", "byline_decoration", "reading_time"})  # under a blurb
_RESUMING_PARAGRAPHS = 2  # ... or paragraphs in a row under the box's teasers (a blurb follows its headline)

