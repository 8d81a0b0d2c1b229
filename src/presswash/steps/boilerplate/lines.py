"""Line signals: what one line of a page is on its own, before any context.

Its words, how much it reads like prose (function words, terminal punctuation), whether it looks
like a list item, a heading or a menu entry, and which phrase rule of which category it matches.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

from ...language import LANGUAGES, stopwords
from .markup import has_markup, read_markup
from .phrases import DIGITS, EDGE_CHARACTERS, HAS_DIGIT, NAME_PARTICLES, RuleSet, gated_search, literal_finder

# Categories whose whole-line phrases are common words ("Sports", "Contents", "May 3, 2024"):
# they decide only outside the body or next to other boilerplate, never between prose paragraphs.
WEAK_CATEGORIES = frozenset({"navigation", "table_of_contents", "byline_decoration", "related_links", "author_bio",
                             "reader_remark"})

_QUOTE_START = regex.compile(r"^\s*[\"“„«‘']")

@lru_cache(maxsize=32)
def _stopword_set(language: str) -> frozenset[str]:
    if language in LANGUAGES:
        return stopwords(language) | stopwords("en")
    merged: set[str] = set()
    for code in LANGUAGES:
        merged |= stopwords(code)
    return frozenset(merged)


def page_stopwords(text: str, language: str) -> frozenset[str]:
    """The function words to measure prose by; none when the page is in a language we lack.

    An undetermined page whose words are mostly not function words of any known language
    (Indonesian, Polish, ...) would otherwise look like a page without a single prose line.
    """
    stop = _stopword_set(language)
    if language in LANGUAGES:
        return stop
    # Long lines that end a sentence only: removing menus and widgets must not change the verdict
    # on a second run, and a glued mega-menu's words are no sentence's. One split of the joined
    # lines instead of a Python loop over every word.
    sample = " ".join([line for line in text[:SAMPLE_WINDOW].lower().splitlines()
                       if line.count(" ") >= SAMPLE_SPACES and line.rstrip()[-1:] in _TERMINAL_CHARS]).split()
    # Counted a slice at a time, up to the share that settles it: most pages settle it early.
    needed, found = _FUNCTION_WORD_SHARE * len(sample), 0
    for start in range(0, len(sample), _SAMPLE_SLICE):
        found += sum(map(stop.__contains__, sample[start:start + _SAMPLE_SLICE]))
        if found >= needed:
            return stop
    return frozenset() if sample else stop


# ------------------------------------------------------------------ line signals

Decision = tuple[str, str] | None
"""A line's verdict: ``None`` keeps it; ``(category, detail)`` removes it, the detail saying why in words."""
SHORT_LINE_OUTSIDE: Decision = ("page_furniture", "short line outside the article body")
"""The verdict on a short line that went for its place alone: later stages may give it back."""


@dataclass(slots=True)
class LineInfo:
    words: int
    terminal: bool
    category: str | None  # phrase-rule category, if any
    strength: int  # 0 none, 1 weak (weak category or "contains"), 2 strong
    anchored: bool  # matched a whole-line or line-start rule, or two cues (not just a few words inside the line)
    prose: float  # how much this line reads like article prose, 0..1
    colon: bool  # ends with a colon: introduces a list
    listlike: bool  # a short line that reads like content (list item, table row, sentence-case heading)
    numbered: bool  # starts with a figure: a numbered list item ("8. LinkedIn"), not a heading
    inline_teaser: bool  # "See also: <title>": a heading with its one item, not a heading alone
    question: bool  # ends with a question mark
    titled: bool  # holds a quoted title, as comment headers do ("34 responses to “<post title>”")
    fragment: tuple[int, int, str] | None = None  # inline fragment to cut (offsets in the line, category)
    key: str = ""  # the words of a short line, lowercased: to find it again further down the page
    digest: int = 0  # the line's text, hashed: to find a block repeated whole (a carousel's second copy)
    stop_share: float = 0.0  # share of stop words (lines of five words or more): headlinese has few
    title_case_start: bool = False  # a prose line whose first four words hold three capitalised: a glued teaser
    glued: bool = False  # a menu's entries run together without spaces ("ServicesAll ServicesStock Advisor")
    trail_end: str = ""  # a breadcrumb trail's last item ("Blog > Tips > <this headline>")
    named_byline: bool = False  # an author's byline by a name: "By Ana Ruiz", not "By the numbers"
    caption: bool = False  # a picture's caption under its label: "Image caption, Rosa Lima on the bridge"
    dateline: bool = False  # a place and a date: "Madrid - 17 ABR 2024 - 08:30 CEST"
    quote_headline: bool = False  # reads as prose, but is a headline made of a quote: 'Ana Ruiz: "We stay"'
    editorial_note: bool = False  # a note on the article itself: "Correction: An earlier version of this …"
    letter: int = 0  # a lettered item's place in the alphabet: 1 for "a) …", "(a) …" or "A) …", 3 for "C) …"
    links_only: bool = False  # markdown: every word of the line is a link's ("*   [Home](/)", a teaser, a button)
    image: bool = False  # markdown: a picture and its description ("![The quay at dusk](…/quay.jpg)"), nothing else
    fenced: bool = False  # markdown: a line of a fenced code block, or its fence ("```"): the article's listing
    heading: int = 0  # markdown: a heading's level, 1 for "# Headline" (or one underlined with "====="), 2 for "## …"
    taken_up: bool = False  # a short line whose words the next line takes up: "Share" over "Market share is …"


def _category(match: regex.Match, rules: RuleSet) -> str:
    return rules.categories[int(match.lastgroup[1:])]


def _match_rules(content: str, lowered: str, words: int, rules: RuleSet, gated: bool,
                 is_user: bool, tokens: list[str] | None = None) -> tuple[str | None, int, bool]:
    """``(category, strength)`` of the first rule of ``rules`` the line matches (strength 2 strong, 1 hint)."""
    if words <= 12:
        key = " ".join(lowered.split() if tokens is None else tokens).strip(EDGE_CHARACTERS)
        category = rules.exact_lines.get(key)
        if category is not None:
            return category, 2, True
        if len(key) <= 90 and rules.line_gate.opens(key):
            category = rules.line_rest_rules.category(key, key, True)
            if category is not None:
                return category, 2, True
        core = key.strip(EDGE_CHARACTERS + DIGITS)  # "Share (12)", "3 Comments"
        # (but "1. Facebook" is an item of the article's numbered list, not a button with a count; and a
        # credit has no count: "4000 Pa" is a pressure, not the Press Association's picture)
        category = rules.exact_lines.get(core) if core and core != key and not LIST_NUMBER.match(key) else None
        if category is not None and category != "photo_credit":
            return category, 2, True
    if rules.start_rules.items:
        head = lowered.lstrip(_BULLETS)
        # (the gate reads a line's first characters with one plain space between words, as the
        # rules' heads are written: "sign\u00a0up for …" is read as "sign up for …")
        if rules.start_gate.opens(head) or (_ODD_SPACE.search(head, 0, _GATE_READS) is not None and
                                            rules.start_gate.opens(" ".join(head.split(None, 6)[:6]))):
            category = rules.start_rules.category(content.lstrip(_BULLETS), head, False)
            # A credit sits under its picture, never in a bulleted list: "- Video: 4K/30p" is a
            # camera's specification.
            if category is not None and not (category == "photo_credit" and _bulleted(content)):
                return category, 2, True
    # A bounded cue cannot cover half of a long line, and a hint on a long prose line changes
    # nothing, so long lines skip the (costly) search.
    if gated and rules.contains is not None and (len(content) <= _CONTAINS_MAX_LINE or is_user):
        match = gated_search(rules.contains, rules.contains_words, content, lowered)
        # (a bulleted line that names an agency is no credit either: "* Shutterstock expands deal with OpenAI")
        if match and not (_category(match, rules) == "photo_credit" and _bulleted(content)):
            # A user's own pattern is meant; a built-in cue inside a long line is only a hint.
            # (A short sentence that merely names the cue is prose: "Getty Images bought the archive."
            # A line that ends on the cue is the cue's own: "Acme Inc. 2024. All rights reserved.")
            covers = (match.end() - match.start()) * 2 >= len(content)
            strong = is_user or covers or (words <= _SHORT_LINE_WORDS and not (
                words >= _SHORT_SENTENCE_WORDS and _one_sentence(content) and not _ends_on_cue(
                    match, rules, content, lowered)))
            # Two cues in one line make it the widget's own text, however long ("Your email address
            # will not be published. Required fields are marked *"): as sure as a line-start rule.
            if gated_search(rules.contains, rules.contains_words, content, lowered, match.end()) is not None:
                return _category(match, rules), 2, True
            # (an item of a numbered list that names a cue is the list's: "4. Sign Up for Our Newsletter", a song)
            if strong and not is_user and LIST_NUMBER.match(lowered):
                strong = False
            return _category(match, rules), 2 if strong else 1, False
    return None, 0, False


def _byline_parts(content: str, rules: RuleSet) -> str | None:
    """The category of a byline's parts joined by separators, when one of them is a reading time or
    an author ("Jun 8, 2023 • 11 min read", "By Ana Ruiz | May 2, 2024"), the others dates or names;
    ``None`` when a part is anything else. Dates alone ("29 November 2018 | 20 January 2019") are a
    range, and names with dates may be the article's list of venues ("Lisbon Arena | May 2"). A
    post's tags or category among them make the line the post's meta line ("05/10/2018 - Posted by:
    Ana Ruiz - Category: Health - Tags: harbour"), which goes as tags.
    """
    parts = [part for part in _BYLINE_SEPARATOR.split(content) if part.strip(EDGE_CHARACTERS)]
    if len(parts) < 2:
        return None
    kinds = set()
    for part in parts:
        lowered = part.lower()
        category, _, anchored = _match_rules(part, lowered, len(lowered.split()), rules, False, False)
        if category in _BYLINE_PART_KINDS and anchored:
            kinds.add(_BYLINE_PART_KINDS[category])
        elif category == "tags" and anchored:
            kinds.add("tags")
        elif _PERSON.fullmatch(part.strip(EDGE_CHARACTERS)):
            kinds.add("name")
        else:
            return None
    if "reading time" in kinds:
        return "reading_time"
    if "tags" in kinds:
        return "tags"
    return "byline_decoration" if "by" in kinds else None


CAPTION_LABELS = ("image caption", "media caption", "video caption", "photo caption", "caption", "pie de foto",
                  "legenda da foto", "légende", "bildunterschrift", "didascalia", "bijschrift")
"""How a caption opens when a scraper kept its hidden label ("Image caption, Rosa Lima on the bridge"): a
picture's description, never the article's headline."""
_CAPTION_LABEL = re.compile(r"\W*(?:" + "|".join(CAPTION_LABELS) + r")\s*[,:]\s*\w", re.IGNORECASE)

EDITORIAL_NOTE_LABELS = (
    "correction", "corrections", "clarification", "editor's note", "editor’s note", "editors' note", "update",
    "updated", "corrección", "fe de errores", "nota del editor", "nota de la redacción", "aclaración",
    "correção", "errata", "nota do editor", "nota da redação", "nota da redacção", "rectificatif", "erratum",
    "note de la rédaction", "précision", "korrektur", "berichtigung", "anmerkung der redaktion",
    "richtigstellung", "rettifica", "correzione", "errata corrige", "nota della redazione", "correctie",
    "rectificatie", "noot van de redactie", "naschrift")
"""How a note on the article itself opens ("Correction, Nov. 15, 2019: This article originally …"): the
article's own text, printed under its last paragraph, below the author's bio too."""
_EDITORIAL_NOTE = regex.compile(r"\W*(?:" + "|".join(regex.escape(label) for label in EDITORIAL_NOTE_LABELS) +
                                r")\b[^:!?]{0,40}:\s*\w|\W*(?:an earlier version of|una versión anterior de|"
                                r"uma versão anterior d|une version précédente de|in einer früheren version|"
                                r"in una versione precedente|in een eerdere versie)\b", regex.IGNORECASE)
_EDITORIAL_NOTE_WORDS = 6

BY_WORDS = ("by ", "posted by ", "reviewed by ", "edited by ", "fact checked by ", "medically reviewed by ",
            "por ", "escrito por ", "publicado por ", "von ", "geschrieben von ", "par ", "écrit par ", "publié par ",
            "door ", "geschreven door ", "di ", "scritto da ", "a cura di ")
"""How an author's byline opens, in each language with phrase data ("By Ana Ruiz", "Por Ana Ruiz", "Von …")."""
# (then names: every word after the opening starts in a capital, a figure or a mark, or joins names,
# "By A. J. Neal", "by Jeff Foust Monday, November 18, 2019", "By Ana Ruiz and Tom Lee", "Por Ana de la
# Cruz"; "By the numbers" and "By land and by sea" are headings)
_NAMED_BYLINE = regex.compile(r"[\s*•·-]*(?i:" + "|".join(word.replace(" ", r"\s+") for word in BY_WORDS) +
                              r")\s*\p{Lu}\S*(?:\s+(?:[^\p{Ll}\s]\S*|(?:" +
                              "|".join(sorted(NAME_PARTICLES | {"and", "et", "und", "en"})) + r")(?!\S)))*\s*$")
_BYLINE_WORDS = 16
_BYLINE_SEPARATOR = regex.compile(r"\s*(?:[•·|⋅]|//|—)\s*|\s[-–]\s")
_BYLINE_MARK = re.compile(r"[•·|⋅—]|//|\s[-–]\s")  # (a separator is there: the cheap test on every short line)
_BYLINE_PART_KINDS = {"reading_time": "reading time", "author_bio": "by", "byline_decoration": "date"}
# A dateline: a place and the date (and time) of writing, parted by a separator, as news sites in many
# languages print it between the byline and the first paragraph: "Madrid - 17 ABR 2024 - 08:30 CEST",
# "Santa Olaya | 22/10/2023 a las 11:05", "MONTEBRUSCO – 14 gennaio 2024". (Not a byline's part: a list of
# tour dates, "Lisbon Arena | May 2", is made of such lines.)
_DATELINE_DATE = regex.compile(
    r"(?:(?i:updated|published|posted|actualizado|publicado|atualizado|mis à jour|publié|aktualisiert|veröffentlicht|"
    r"aggiornato|pubblicato|bijgewerkt|gepubliceerd)(?: on| le| am| il| op| el| em)?:?\s*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th|º|er)?\.?\s+(?:de\s+)?\p{L}{3,12}\.?,?\s+(?:de\s+)?|\p{L}{3,12}\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s+|\d{1,2}[/.-]\d{1,2}[/.-])(?:19|20)?\d\d"
    r"(?:,?\s*(?:a las|à|às|alle|um|at|om)?\s*\d{1,2}[:.h]\d\d(?:\s*(?:h|uhr|[ap]\.?m\.?))?(?:\s+\p{Lu}{2,5})?)?")
_DATELINE_TIME = regex.compile(r"\d{1,2}[:.h]\d\d(?:\s*(?:h|uhr|[ap]\.?m\.?))?(?:\s+\p{Lu}{2,5})?")
_DATELINE_PLACE = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}")
_DATELINE_WORDS = 10
_WIRE_PLACE = regex.compile(r"^\s*(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}),\s")


def _dateline(content: str, count: int) -> bool:
    """Is the line a place and a date (and a time), parted by separators?"""
    if count > _DATELINE_WORDS or not HAS_DIGIT.search(content):
        return False
    # (a wire dateline parts its place with a comma: "BENGALURU, Updated: May 21, 2025 07:12 IST")
    parts = [part.strip(EDGE_CHARACTERS) for part in _BYLINE_SEPARATOR.split(_WIRE_PLACE.sub(r"\1 | ", content, 1))]
    parts = [part for part in parts if part]
    dates = sum(_DATELINE_DATE.fullmatch(part) is not None for part in parts)
    return len(parts) >= 2 and dates == 1 and all(
        _DATELINE_DATE.fullmatch(part) or _DATELINE_TIME.fullmatch(part) or _DATELINE_PLACE.fullmatch(part)
        for part in parts) and any(_DATELINE_PLACE.fullmatch(part) for part in parts)


_QUOTE_HEADLINE_WORDS = 25
_CLOSING_QUOTES = frozenset("\"”»’'“‘")  # (German closes „…“ and ‚…‘)


def _ends_in_a_bare_quote(content: str) -> bool:
    """Does the line end in a quote that closes without a stop ('… “We stay”', not '… “We stay.”')? A
    paragraph that ends in a quote ends it with the sentence's stop; a headline made of a quote has none."""
    end = content.rstrip()
    return end[-1:] in _CLOSING_QUOTES and end[:-1].rstrip()[-1:].isalnum()  # (French sets a space before »)


_PERSON = regex.compile(r"\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}")


def _trailing_fragment(content: str, lowered: str, end: int, rules: RuleSet) -> tuple[int, int, str] | None:
    """The inline fragment that ends ``content[:end]``, in parentheses or after a sentence end:
    ``(start, end, category)``, ``start`` before the spaces that precede it; or ``None``."""
    if end == len(content):
        match = gated_search(rules.fragment, rules.fragment_words, content, lowered, max(0, end - _FRAGMENT_WINDOW))
        return _fragment_span(content, 0, match, end, rules)
    # Inside a row of fragments, a short window first (the next one is usually near): the full one
    # has every earlier fragment of the row as a place to try.
    for width in (_SHORT_FRAGMENT_WINDOW, _FRAGMENT_WINDOW):
        offset = max(0, end - width - 1)  # (one character before the window, for word boundaries)
        match = gated_search(rules.fragment, rules.fragment_words, content[offset:end], lowered[offset:end],
                             min(1, offset))
        span = _fragment_span(content, offset, match, end, rules)
        if span is not None or offset == 0:
            return span
    return None


def _fragment_span(content: str, offset: int, match: regex.Match | None, end: int,
                   rules: RuleSet) -> tuple[int, int, str] | None:
    if match is None:
        return None
    first = before = offset + match.start()
    while before > 0 and content[before - 1].isspace():
        before -= 1
    if before > 1 and content[before - 1] == "|":  # a caption's bar: "… on the quay. | Photo by Ana Ruiz"
        before -= 1
        while before > 0 and content[before - 1].isspace():
            before -= 1
    if before and (content[first] in "(（" or content[before - 1] in _SENTENCE_END):
        return before, end, _category(match, rules)
    return None


def _bulleted(content: str) -> bool:
    """Does the line start with a list bullet ("- ", "• ")?"""
    stripped = content.lstrip(_SPACES)
    return stripped[:1] in _BULLET_MARKS and stripped[1:2] in _SPACES


def _second_word_of_a_name(content: str) -> bool:
    """Can the line's second word go on a name ("Ana Ruiz", "Anna de Vries")? Most lines fail this
    split before any bio rule runs."""
    words = content.split(None, 2)
    return len(words) > 1 and (words[1][:1].isupper() or words[1] in NAME_PARTICLES)


def _one_sentence(content: str) -> bool:
    """A capitalised line that ends a sentence and holds no other sentence break (nor a ©)."""
    stripped = content.rstrip()
    return stripped[-1:] in ".!?" and content.lstrip(_OPENING_MARKS)[:1].isupper() and \
        "©" not in content and not _SENTENCE_BREAK.search(stripped[:-1])


def _ends_on_cue(match: regex.Match, rules: RuleSet, content: str, lowered: str) -> bool:
    """Does the line end on this cue or a later one ("Acme Farm, copyright 2019, all rights reserved.")?"""
    while match is not None:
        if not content[match.end():].strip(EDGE_CHARACTERS):
            return True
        match = gated_search(rules.contains, rules.contains_words, content, lowered, match.end())
    return False


_ODD_SPACE = re.compile(r"\s\s|[^\S ]")  # two spaces in a row, or a space other than " "
_GATE_READS = 12  # characters of a line's start that the start gate reads (six), with a few spaces
_CONTAINS_MAX_LINE = 320
_BIO_MIN_WORDS = 6
_SHORT_LINE_WORDS = 8
_SHORT_SENTENCE_WORDS = 5
_SENTENCE_BREAK = regex.compile(r"[.!?]\s+\p{Lu}")
_OPENING_MARKS = " \t\"'“‘„«‚(["
_FRAGMENT_WINDOW = 260
_SHORT_FRAGMENT_WINDOW = 40
_SEEN_FRAGMENTS = 4
_SENTENCE_END = frozenset(".!?\"”’)。！？）」』")
_SPACES = " \t\u00a0"
_BULLET_MARKS = "*•·‣◦▪►▸-–—"
# (and a link's marks, "» Related: …", "[Related: …]"; and the reference mark that opens a Japanese or
# Chinese notice, "※本ページはプロモーションが含まれています")
_BULLETS = _SPACES + _BULLET_MARKS + "»›[※"
LIST_NUMBER = re.compile(r"\d{1,3}[.)] ")


_LINE_CACHE: dict[tuple, LineInfo] = {}
_LINE_CACHE_LIMIT = 20_000
_CACHED_LINE_LENGTH = 160


def classify_line(content: str, rules_key: tuple, rules: RuleSet, extra: RuleSet | None,
                     stop: frozenset[str], gated: bool, user_gated: bool) -> LineInfo:
    """``_read`` behind a bounded memo: menus, buttons and footers repeat across pages."""
    if len(content) > _CACHED_LINE_LENGTH:
        return _read(content, rules, extra, stop, gated, user_gated)
    key = (content, rules_key, bool(stop), gated, user_gated)
    info = _LINE_CACHE.get(key)
    if info is None:
        info = _read(content, rules, extra, stop, gated, user_gated)
        if len(_LINE_CACHE) >= _LINE_CACHE_LIMIT:
            _LINE_CACHE.clear()
        _LINE_CACHE[key] = info
    return info


def _read(content: str, rules: RuleSet, extra: RuleSet | None, stop: frozenset[str], gated: bool,
          user_gated: bool) -> LineInfo:
    """The signals of one line, read as a reader sees it when a markdown scraper wrote it: the rules
    and measures read the visible text ("Share: Facebook Twitter"), the links say what else it is.
    (A marked line loses no inline fragment: a cut's offsets would be the visible text's, not the line's.)"""
    markup = read_markup(content) if has_markup(content) else None
    if markup is None:
        return _classify(content, rules, extra, stop, gated, user_gated)
    info = None
    # A picture labelled an ad ("![Anzeige](…)", "![Publicidade](…)") is one. (Only that label: a picture of the
    # article may show a newsletter or a share of households, and be described so.)
    if markup.description:
        info = _classify(markup.description, rules, extra, stop, gated, user_gated, False)
        if info.category != "advertisement" or info.strength < 2:
            info = None
    info = info or _classify(markup.visible, rules, extra, stop, gated, user_gated, False)
    info.links_only, info.image, info.heading = markup.links_only, markup.image, markup.heading
    info.digest = hash(content.rstrip())
    if markup.links_only:
        info.listlike = False  # (a bulleted link is a menu's entry or a teaser, not a list's item of content)
    return info


def _classify(content: str, rules: RuleSet, extra: RuleSet | None,
              stop: frozenset[str], gated: bool, user_gated: bool, fragments: bool = True) -> LineInfo:
    """The signals of one line (``content`` without its break): words, prose, phrase rule, fragment.

    A line that loses an inline fragment is read as what the cut leaves ("The old station." for
    "The old station. (Photo: Ana Ruiz)"), as a second cleaning will read it.
    """
    lowered = content.lower()
    tokens = lowered.split()
    count, unspaced = _word_count(content, tokens)
    fragment = None
    if fragments and gated and rules.fragment is not None and count >= 3:
        fragment = _trailing_fragment(content, lowered, len(content), rules)
    category: str | None = None
    strength, anchored = 0, False
    if extra is not None:
        category, strength, anchored = _match_rules(content, lowered, count, extra, user_gated, True, tokens)
    if category is None:
        category, strength, anchored = _match_rules(content, lowered, count, rules, gated and fragment is None,
                                                    False, tokens)
    if category is None and fragment is not None:
        return _read_without_fragments(content, lowered, fragment, rules, extra, stop, gated, user_gated)
    category, strength, anchored, sure_byline = _category_by_shape(content, count, category, strength, anchored,
                                                                   rules, extra)
    if category is not None:
        fragment = None  # the whole line goes
    if category in WEAK_CATEGORIES and strength == 2 and not sure_byline:
        strength = 1
    # No function-word data (a language we lack, or a line mostly in Chinese, Japanese or Thai):
    # length and punctuation must do.
    if not stop or unspaced * 2 >= len(content):
        stop_share = 1.0
    else:
        stop_share = sum(map(stop.__contains__, tokens)) / count if count >= 5 else 0.0
    terminal = content.rstrip()[-1:] in _TERMINAL_CHARS
    # (a glued menu reads as prose, long and full of function words, and would pull the body to it)
    glued = category is None and _glued_menu(content, count)
    prose = 0.0 if glued else _prose_level(content, count, stop_share, terminal)
    question = content.rstrip().endswith("?")
    # (a question reads as prose, but short ones are the headings of FAQs and how-to guides)
    key = " ".join(tokens) if count <= _CONTENTS_ENTRY_WORDS and (prose < 1.0 or question) else ""
    # (asked of prose lines that end a sentence only: is it a headline with its blurb glued on?)
    title_case_start = prose >= 1.0 and terminal and sum(
        word[:1].isupper() for word in content.lstrip(_BULLETS).split(None, 4)[:4]) >= _TITLE_CASE_WORDS and \
        _sentence_glued_on(content, stop)
    return LineInfo(
        count, terminal, category, strength, anchored, prose,
        colon=content.rstrip().endswith(":"),
        listlike=not glued and _reads_as_list_item(content, count, prose, terminal),
        numbered=content[:1].isdigit(),
        inline_teaser=":" in content and _TEXT_AFTER_COLON.search(content) is not None,
        question=question,
        titled=category == "comment_thread" and _QUOTE_MARK.search(content) is not None,
        fragment=fragment, key=key, digest=hash(content.rstrip()), stop_share=stop_share,
        title_case_start=title_case_start, glued=glued, trail_end=_trail_end(content),
        named_byline=category == "author_bio" and _NAMED_BYLINE.match(content) is not None,
        caption=count >= 3 and _CAPTION_LABEL.match(content) is not None,
        dateline=category is None and _dateline(content, count),
        quote_headline=prose >= 1.0 and count <= _QUOTE_HEADLINE_WORDS and _ends_in_a_bare_quote(content),
        editorial_note=count >= _EDITORIAL_NOTE_WORDS and terminal and _EDITORIAL_NOTE.match(content) is not None,
        letter=_letter(content))


def _letter(content: str) -> int:
    """A lettered item's letter as its place in the alphabet ("C) Main", "c. Brie" -> 3), or 0: a quiz's
    options, a law's clauses. (Only up to "h": a list lettered further is rare, and "i)" may be a roman one.)"""
    start = 1 if content[:1] == "(" else 0
    letter = content[start:start + 1].lower()
    if content[start + 1:start + 2] not in (")" if start else ").") or not "a" <= letter <= "h" or \
            content[start + 2:start + 3] not in (" ", "\t"):
        return 0
    return ord(letter) - ord("a") + 1


def _trail_end(content: str) -> str:
    """The last item of a breadcrumb trail ("Home » Guides » How to fix a bike chain"), or "".

    A trail has short items parted by spaced arrows, or by at least two spaced bars or slashes (one
    bar may part a subtitle, "Family: Rubiaceae | Place of Origin: Ethiopia"), and ends in three
    words or more: a page's headline, which a rule then looks for beside it."""
    if not ("/" in content or ">" in content or "|" in content or "»" in content or "›" in content or
            "→" in content) or _TRAIL_MARK.search(content) is None:  # (six C scans: most lines have none)
        return ""
    items = _TRAIL_SEPARATOR.split(content.strip())
    if len(items) == 2 and not _TRAIL_ARROW.search(content):
        return ""
    *path, last = items
    if len(last.split()) < _TRAIL_END_WORDS or any(not 1 <= len(item.split()) <= _TRAIL_ITEM_WORDS for item in path):
        return ""
    return last


def _word_count(content: str, tokens: list[str]) -> tuple[int, int]:
    """The line's words, and its characters in a script written without spaces (Chinese, Japanese
    and Thai: there a word is about two characters)."""
    if content.isascii():
        return len(tokens), 0
    unspaced = len(_UNSPACED_SCRIPT.findall(content))
    return len(tokens) + unspaced // 2, unspaced


def _read_without_fragments(content: str, lowered: str, fragment: tuple[int, int, str], rules: RuleSet,
                            extra: RuleSet | None, stop: frozenset[str], gated: bool, user_gated: bool) -> LineInfo:
    """The line read as what is left once its trailing fragments go, with the cut as its fragment.

    Fragments in a row ("…駅舎。（写真：A）（写真：B）") go together: a second cleaning would find
    the next one at the end of what the first leaves. What is left may be a widget line itself
    ('Leave a Reply"Read more: …'): then the whole line goes, read as that widget.
    """
    # (Credits seen in the row are peeled again by comparison: a thousand repeated cost no regex each.)
    start = fragment[0]
    seen = [content[start:fragment[1]]] if content[start:fragment[1]].lstrip()[:1] in "(（" else []
    while True:
        piece = next((piece for piece in seen if start > len(piece) and content.endswith(piece, 0, start)), "")
        if piece:
            start -= len(piece)
            while start > 0 and content[start - 1].isspace():
                start -= 1
            continue
        inner = _trailing_fragment(content, lowered, start, rules)
        if inner is None:
            break
        start, piece = inner[0], content[inner[0]:start]
        if piece.lstrip()[:1] in "(（" and len(seen) < _SEEN_FRAGMENTS:
            seen.append(piece)
    rest = _classify(content[:start], rules, extra, stop, gated, user_gated, False)
    if rest.category is None:
        rest.fragment = (start, fragment[1], fragment[2])
    return rest


def _category_by_shape(content: str, count: int, category: str | None, strength: int, anchored: bool,
                       rules: RuleSet, extra: RuleSet | None) -> tuple[str | None, int, bool, bool]:
    """``(category, strength, anchored, sure_byline)`` once the line's shape is read where the phrase
    rules found nothing sure: invisible characters only, an author's bio after a name, a byline's
    parts joined by separators."""
    # (regex's \s is a subset of str.isspace: the cheap test on the first character loses nothing)
    if category is None and (content[:1] in _INVISIBLE_FIRST or content[:1].isspace()) and \
            _INVISIBLE_ONLY.fullmatch(content):
        return "page_furniture", 2, True, False  # zero-width joiners and the like
    if category is None and count >= _BIO_MIN_WORDS and content[:1].isupper() and _second_word_of_a_name(content):
        # "Ana Ruiz is a freelance writer based in Lima.": the author's bio, after the article
        for rule_set in (extra, rules):
            match = rule_set.bio.match(content) if rule_set is not None and rule_set.bio is not None else None
            if match:
                category, strength, anchored = _category(match, rule_set), 1, True
                break
    # ("By Ana Ruiz — 6 min read" also reads as a byline "By <anything>", which a heading may be)
    if (category is None or category in _BYLINE_PART_KINDS) and count <= _BYLINE_WORDS and \
            _BYLINE_MARK.search(content):
        parts_category = _byline_parts(content, rules)
        if parts_category is not None:
            return parts_category, 2, True, True
    return category, strength, anchored, False


def _glued_menu(content: str, count: int) -> bool:
    """Are the line's words a menu's entries run together, each glued to the next without a space
    ("Stock Market NewsTrending NewsMarket Movers")? A quarter of its words hold a lowercase letter
    followed by a capital (of the Latin alphabet). A brand's name does too ("YouTube"), but a list
    of them has commas ("YouTube, LinkedIn, WordPress"); so does an identifier in code, with
    brackets or dots around it ("AddHttpLogging()"): such words do not count, nor do hashtags and
    handles ("#StreetFood", "@HarbourNews")."""
    if count < _GLUED_ENTRIES:
        return False
    # (the gate runs on every long prose line, which no cache holds: it counts the junctions with
    # byte operations, not a regular expression's scan, and so reads the case of Latin letters only)
    if content.encode().translate(_CASE_CLASSES).count(b"llU") < _GLUED_ENTRIES:
        return False
    glued = sum(1 for word in content.split() if _GLUE.search(word) and not _NO_MENU_ENTRY.search(word))
    return glued >= _GLUED_ENTRIES and glued * _GLUED_SHARE >= count


def _prose_level(content: str, count: int, stop_share: float, terminal: bool) -> float:
    """How much the line reads like article prose, 0..1: long, rich in function words, ending a sentence."""
    if count >= 12 and stop_share >= 0.2 and (terminal or count >= 40):
        prose = 1.0
    elif count >= 7 and stop_share >= 0.15 and (terminal or count >= 12):
        # Teaser blurbs under related-article headlines read like prose but rarely end in a stop.
        prose = 0.6
    elif count >= 20:
        prose = 0.5
    else:
        prose = 0.0
    if count >= 5 and terminal and _QUOTE_START.match(content):
        prose = max(prose, 0.6)
    return prose


def _reads_as_list_item(content: str, count: int, prose: float, terminal: bool) -> bool:
    """A short line that reads like content (a list item, a table row, a sentence-case heading)
    rather than a menu's Title Case Phrase."""
    if content[:1] in _LIST_MARKS and content[1:2] == " ":
        return True  # an extractor's list item ("- Covers all core needs")
    if prose != 0.0:
        return False
    if count < 3:
        return HAS_DIGIT.search(content) is not None  # table cells: "4.7", "$38 to $275"
    # List items and table rows have lowercase words, figures or a full stop ("Eat every 2-3 hours",
    # "Portion: 1 cup, 2 tbsp.").
    return terminal or HAS_DIGIT.search(content) is not None or len(_LOWERCASE_WORD.findall(content)) >= 2


_TITLE_CASE_WORDS = 3


def _sentence_glued_on(content: str, stop: frozenset[str]) -> bool:
    """Does a capitalised function word stand inside the line with no stop before it ("Best Trail
    Shoes of 2026 A guide to …", "How To Pick The Right Boots Our tester …")? A headline in Title
    Case, or a blurb glued to it; a paragraph opening with a name ("La Unión de Agricultores de
    Tierra Llana calcula …") holds none."""
    words = content.split(None, _GLUE_WORDS + 1)[1:_GLUE_WORDS + 1]
    return any(word[:1].isupper() and word.lower() in stop and words[position - 1][-1:] not in _GLUE_BREAKS
               for position, word in enumerate(words) if position)


_GLUE_WORDS = 20
_GLUE_BREAKS = _SENTENCE_END | frozenset(":;'»…")  # (after a stop, a colon or a quote a capital is no glue)
_GLUE = regex.compile(r"\p{Ll}{2}\p{Lu}")
_CASE_CLASSES = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", b"l" * 26 + b"U" * 26)
_NO_MENU_ENTRY = re.compile(r"[()\[\]{}<>_=.:/\\,;#@]")  # code, lists, hashtags and handles
_GLUED_ENTRIES = 5
_GLUED_SHARE = 4  # one word in this many
_TEXT_AFTER_COLON = regex.compile(r":\s*\w")
_QUOTE_MARK = regex.compile(r"[\"“”„«»]")
_TRAIL_MARK = re.compile(r"\s[>»›→|/]\s")
_TRAIL_ARROW = re.compile(r"\s[>»›→]\s")
_TRAIL_SEPARATOR = re.compile(r"\s+[>»›→|/]\s+")
_TRAIL_END_WORDS = 3  # (a label of one or two words may be a how-to's menu path: "Settings > Privacy")
_TRAIL_ITEM_WORDS = 6  # "You are here: Example Marketing Hub"
_INVISIBLE_ONLY = regex.compile(r"[\s\u200b-\u200f\u2060\ufeff\u00ad]+")
_INVISIBLE_FIRST = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad")
_LOWERCASE_WORD = regex.compile(r"(?<!\S)\p{Ll}")
_LIST_MARKS = frozenset("-*•·–")
_TERMINAL_CHARS = frozenset(".!?…:;\"”’»)]。！？」』）")
# Thai, kana and the Han blocks. The standard library's ``re`` runs this class three times as fast as
# ``regex`` with Unicode properties, and it is tried on every long line with a curly quote.
_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                              "\U00020000-\U0003134f]")


def gated_lines(lowered: str, starts: list[int], words: tuple[str, ...]) -> set[int]:
    """Indices of the lines that contain one of ``words``: one scan of the whole text, which moves
    on to the next line at each line found."""
    hits: set[int] = set()
    find = literal_finder(words).search
    count = len(starts)
    place = find(lowered)
    while place is not None:
        line = bisect_right(starts, place.start()) - 1
        hits.add(line)
        if line + 1 >= count:
            break
        place = find(lowered, starts[line + 1])
    return hits


# The spaces ``regex`` knows (Unicode White_Space) but the line breaks, spelled out so that the standard
# library's ``re``, half again as fast here, reads the lines as ``regex`` would.
_LINE_SPACE = "\t\x0b\x0c \xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
_VISIBLE_LINE = re.compile(f"[{_LINE_SPACE}]*+([^\r\n\u2028\u2029\x85]+)(\r\n|[\r\n\u2028\u2029\x85]|\\Z)")


def nonblank_lines(text: str) -> list[tuple[int, int, int, int]]:
    """``(begin, content_start, end, next_start)`` of every line with visible content.

    ``begin`` is where the line starts, ``content_start`` its first visible character, ``end``
    the end before the line break, ``next_start`` the start of the next line.
    """
    # A match always starts a line (the possessive run of spaces cannot give any back) and its
    # content never starts with a space ``regex`` knows; str.isspace() also counts \x1c-\x1f,
    # so only a text holding those can have a content that is all str-whitespace.
    lines = [(match.start(), *match.span(1), match.end()) for match in _VISIBLE_LINE.finditer(text)]
    if any(separator in text for separator in _SEPARATORS):  # four C-speed scans, not a Python loop
        lines = [line for line in lines if not text[line[1]:line[2]].isspace()]
    return lines


_SEPARATORS = ("\x1c", "\x1d", "\x1e", "\x1f")


SAMPLE_WINDOW = 20_000  # as in page_stopwords
SAMPLE_SPACES = 11
# Below this share of function words in its sentences, the page is in a language without function-word
# data. Sentences of a language with data hold 0.28 or more (English a third to a half); a language we
# lack that shares a few short words with ours ("a", "o", "to", "se", "na": Czech, Danish, Romanian,
# Polish) 0.21 or less, and its prose would read as a list of short lines.
_FUNCTION_WORD_SHARE = 0.24
_SAMPLE_SLICE = 200
_CONTENTS_ENTRY_WORDS = 15
