"""Lines in markdown: what a reader sees of a line that a markdown scraper wrote.

Scrapers that feed LLM corpora (Jina Reader, Firecrawl, crawl4ai, trafilatura, html2text) hand over
markdown: a menu is a list of links ("*   [Home](https://…)"), a byline links its author, a share bar
is a row of links. The phrase rules and the prose measures read the visible text ("Home"); the links
themselves say what plain text cannot: a line that is nothing but links is a menu's entry, a
teaser or a button, as jusText's link density says of a block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...segment import fence_pairs

# (a URL may hold one level of brackets, "…/Harbour_(town)", and a title in quotes after it)
_TARGET = r"\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
# a link's text, which may hold an escaped bracket, "[\[edit\]]", but no other: each "[" is tried up to the next,
# so that a line of a thousand brackets costs a reading, not a thousand
_TEXT = r"\[((?:\\.|[^\[\]\\\n])*)\]"
_IMAGE = re.compile(r"!" + _TEXT + _TARGET)
_LINK = re.compile(_TEXT + r"(?:" + _TARGET + r"|\[[^\]\n]*\])")
# the end of a link that began on the line before, and the start of one that ends on the next: made
# whole links, so that a line of their halves reads as links
_LINK_CLOSED = re.compile(r"[^\[\]\n]*\]" + _TARGET)
_LINK_OPENED = re.compile(r"(?<!!)\[[^\[\]\n]*$")
_CITATION = re.compile(r"[ \t]*⟨\d+⟩")
_CITATION_ENTRY = re.compile(r"[ \t]*⟨\d+⟩[ \t]+\S+(?::[ \t].*)?")
_CITED_WORDS = 12  # words of a link's text, at most: a teaser's title
_NUMBERED_IMAGE = re.compile(r"^Image \d+:\s*")  # Jina Reader's numbering of a page's pictures, "Image 3: …"
_MARK_LINK = re.compile(r"[ \t]*\[[^\w\[\]\n]*\]\(#[^()\s]*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
# a reference link's address, "[12]: https://… "Title"": the label, then the address
_DEFINITION = re.compile(r"[ \t]*\[([^\[\]\n]+)\]:[ \t]*\S+(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*")
# (and pandoc's fenced division, "::: {.article-body}" … ":::")
_RULE = re.compile(r"[ \t]*(?:=+|-{3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|:{3,}[ \t]*(?:\{[^{}\n]*\}|[\w-]+)?)[ \t]*")
_ATTRIBUTES = re.compile(r"[ \t]*\{[#.][^{}\n]*\}[ \t]*$")  # a heading's, as pandoc writes them: "{#lead .headline}"
_HEADING = re.compile(r"(?:>\s?)*#{1,6}[ \t]+")
_QUOTED = re.compile(r"(?:>[ \t]?)+")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_STRONG = re.compile(r"\*\*|__")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~^])")
_NOTHING_SEEN = re.compile(r"[\W_]*")  # bullets, separators and marks: no word of the line's own
_ORDERED_MARK = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]")


@dataclass(frozen=True, slots=True)
class Markup:
    visible: str  # the line as a reader sees it: link and image texts without their addresses, no heading marks
    links_only: bool  # every word of the line sits in a link, and it is no heading: a menu's entry, a button, a logo
    image: bool  # the line is a picture and its description, nothing else
    heading: int  # the level of a heading's marks: 1 for "# Headline", 2 for "## What happens next", 0 for none
    description: str = ""  # a picture's, when the line is one: not read as the article's words


def has_markup(content: str) -> bool:
    """Can the line hold markdown that changes what a reader sees? (Cheap: run on every line. A list's
    "- " is no markup to read, and opens most of the lines a test could let through.)"""
    if "](" in content or "][" in content or "*" in content or "_" in content or "⟨" in content or \
            "<http" in content or "\\" in content:
        return True
    first = content.lstrip()[:1]
    return first in _MARKED_STARTS or (first == "-" and content.lstrip().startswith("---"))


_MARKED_STARTS = frozenset("#>[=:")


def read_markup(content: str) -> Markup | None:
    """The line as a reader sees it, or ``None`` when its markdown changes nothing."""
    if _DEFINITION.fullmatch(content) or ("⟨" in content and _CITATION_ENTRY.fullmatch(content)):
        return Markup("", True, False, 0)  # a link's address: "[12]: https://…", "⟨12⟩ https://…: Arts"
    if _RULE.fullmatch(content):  # a heading's underline ("=====") or a horizontal rule ("* * *"): no word to read
        return Markup("", False, False, 0)
    text, cited = _without_citations(content) if "⟨" in content else (content, False)
    heading = _HEADING.match(text)
    if heading:
        text = _CLOSING_HASHES.sub("", _ATTRIBUTES.sub("", text[heading.end():]))
    else:
        quoted = _QUOTED.match(text.lstrip())
        if quoted and quoted.end():
            text = text.lstrip()[quoted.end():]
    # A picture's description is no sentence of the article, nor a headline: it is not read. (An image
    # inside a link, "[![logo](…/logo.png)](/)", is a picture too.)
    pictured = _IMAGE.sub("", text)
    if pictured != text and not heading and _NOTHING_SEEN.fullmatch(_LINK.sub(_first_group, pictured)) is not None:
        # (its description is kept aside: a label there says what the picture is, "![Anzeige](…)", an ad)
        # (a picture that is a link is a logo, a banner or a button, as a link alone is: "[![Logo](…)](/)")
        return Markup("", _LINK.search(pictured) is not None, True, 0, " ".join(
            _NUMBERED_IMAGE.sub("", match.group(1)) for match in _IMAGE.finditer(text)).strip())
    text = pictured
    if ")[" in text:  # links run together, "[Teilen](…)[Twittern](…)": their texts are words apart
        text = text.replace(")[", ") [")
    # (a wrapper may break a link across lines: "… by [Maren" over "Holloway](https://…) · [47")
    if "](" in text and _LINK_CLOSED.match(text):
        text = "[" + text
    if "[" in text and _LINK_OPENED.search(text):
        text += "]()"
    if "](#" in text:  # (a footnote's way back, "[↩](#ref1)", or a heading's anchor, "[¶](#intro)": no word)
        text = _MARK_LINK.sub("", text)
    linked = _LINK.sub("", text)
    # (an ordered list's number is its bullet: "1. [Home](/)" over "2. [Events](/events)" is a breadcrumb trail)
    links_only = cited or (linked != text and _NOTHING_SEEN.fullmatch(_ORDERED_MARK.sub("", linked, 1)) is not None)
    text = _AUTOLINK.sub(_first_group, _LINK.sub(_first_group, text))
    text = _STRONG.sub("", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(_either_group, text)
    if "\\" in text:  # (a mark written as itself: "1\\. Bread", "\\[edit\\]")
        text = _ESCAPED.sub(_first_group, text)
    if text == content:
        return None
    # (a heading made a link, "# [Council approves …](…)", is still a heading: the headline, or a teaser's)
    level = heading.group().count("#") if heading else 0
    return Markup(text.strip(), links_only and not level, False, level)


def _without_citations(content: str) -> tuple[str, bool]:
    """A line of crawl4ai's markdown with citations, without its link numbers, and whether it is links only.
    There each link's text ends in its number ("Arts⟨3⟩"), and the addresses are listed at the end; where a
    link's text begins is not marked: a line is links only when it ends on a number and each text before
    one is a link's length."""
    parts = _CITATION.split(content)
    if len(parts) == 1:
        return content, False
    links_only = _NOTHING_SEEN.fullmatch(parts[-1]) is not None and all(
        len(part.split()) <= _CITED_WORDS for part in parts[:-1])
    return "".join(parts), links_only


def _first_group(match: re.Match) -> str:
    return match.group(1)


def _either_group(match: re.Match) -> str:
    return match.group(1) if match.group(1) is not None else match.group(2)


def scraper_header(lines: list[str]) -> int:
    """How many of the page's first lines are its scraper's header, not the page: Jina Reader's
    ("Title: …", "URL Source: https://…", "Published Time: …", "Markdown Content:") or a YAML
    front matter's ("---", "title: …", "url: …", "---", as trafilatura writes it). 0 when there is none."""
    if not lines:
        return 0
    if lines[0].startswith("Title:"):
        source = next((position for position, line in enumerate(lines[1:_JINA_LINES], 1)
                       if line.startswith("URL Source:")), None)
        return 0 if source is None else next((position + 1 for position, line in enumerate(
            lines[source + 1:_JINA_LINES + 1], source + 1) if line.strip() == "Markdown Content:"), 0)
    if lines[0].strip() == "---":
        for position, line in enumerate(lines[1:_FRONT_MATTER_LINES + 1], 1):
            if line.strip() == "---":
                keys = {field.group(1).lower() for field in map(_FIELD.match, lines[1:position]) if field}
                return position + 1 if keys & _FRONT_MATTER_KEYS else 0
            if not _FIELD.match(line) and not line.startswith((" ", "\t", "- ")):
                return 0
    return 0


_JINA_LINES = 6
_FRONT_MATTER_LINES = 40
HEADER_LINES = _FRONT_MATTER_LINES + 2
_FIELD = re.compile(r"([A-Za-z_][\w-]*):(?:\s|$)")
_FRONT_MATTER_KEYS = frozenset({"title", "url", "source", "hostname", "sitename", "date", "author"})


def fenced_lines(lines: list[str]) -> list[int]:
    """The lines of fenced code blocks, fences included ("```python" … "```"): a listing in the article,
    whose lines read as short ones and would weigh as a menu."""
    return [index for opening, closing in fence_pairs(lines) for index in range(opening, closing + 1)]


def setext_underlines(text: str, lines: list[tuple[int, int, int, int]]) -> list[int]:
    """The lines that underline the line right above them ("=====" or "-----" under a heading, no blank
    line between): they go or stay with their heading, so that a headline kept keeps its marks."""
    return [index for index in range(1, len(lines)) if lines[index - 1][3] == lines[index][0] and
            _UNDERLINE.fullmatch(text, lines[index][1], lines[index][2]) and
            not _UNDERLINE.fullmatch(text, lines[index - 1][1], lines[index - 1][2])]


_UNDERLINE = re.compile(r"(?:={2,}|-{2,})[ \t]*")  # (a lone "-" is an empty list item)


def link_addresses(text: str, lines: list[tuple[int, int, int, int]]) -> dict[int, str]:
    """The lines that give a reference link's address ("[12]: https://…", as html2text lists them at the
    end), each with its label as ``_label`` reads it."""
    found = {}
    for index, (_, start, end, _) in enumerate(lines):
        definition = _DEFINITION.fullmatch(text, start, end)
        if definition:
            found[index] = _label(definition.group(1))
    return found


def cited_labels(text: str, lines: list[tuple[int, int, int, int]], kept: list[bool]) -> set[str]:
    """The reference links' labels that the kept lines cite, in markdown's three forms: "… the [trust's
    report][12] …", "[the report][]" and "[the report]", the last two citing the link's text. (The kept
    lines are read joined, as a wrapped paragraph's link may be split across two of them; a bracketed
    aside read as a citation, "[sic]", at worst keeps an address.)"""
    joined = " ".join(text[start:end] for (_, start, end, _), keep in zip(lines, kept) if keep)
    return {_label(full or shortcut) for shortcut, full in _CITED.findall(joined)}


def _label(label: str) -> str:
    """A link's label as markdown matches it: letter case and runs of spaces do not count."""
    return " ".join(label.lower().split())


# "[text][label]" gives the label; "[text][]" and "[text]" alone (not a link's "[text](…)", nor a
# definition's "[label]:") cite the text itself.
_CITED = re.compile(r"\[([^\[\]]+)\](?:\[([^\[\]]*)\]|(?![(:\[]))")
