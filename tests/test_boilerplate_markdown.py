"""Boilerplate removal on markdown, as the scrapers that feed LLM corpora write it (Jina Reader,
Firecrawl, crawl4ai, trafilatura, html2text, pandoc): menus as lists of links, linked bylines, share
bars of links, images, headings marked with "#", hard-wrapped paragraphs with links in them.

Every text here is invented.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from presswash import clean_article
from presswash.steps.boilerplate.markup import fenced_lines, read_markup, scraper_header, setext_underlines

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SITE = "https://www.harbourtimes.example"
MENU = [f"*   [{name}]({SITE}/{name.lower().replace(' ', '-')}/)"
        for name in ("Home", "Council", "Crime", "Education", "Property", "What's On", "Contact")]
HEADLINE = "# Eastport council approves a new library on the old bus depot site"
BYLINE = [f"By [Ana Ruiz]({SITE}/authors/ana-ruiz/) | 12 March 2026",
          f"[Share on Facebook](https://www.facebook.example/sharer?u={SITE}/library)"]
PARAGRAPHS = [
    "The town council voted on Tuesday to build a new library on the site of the old bus depot, ending a "
    f"debate that has run for three years, as [our report in January]({SITE}/news/depot/) described.",
    "Councillors approved the plan by nine votes to four, despite strong objections from residents of the "
    "streets around the depot, who had asked for a park instead of another public building.",
    "Work is due to start in the autumn and the building should open in 2028, the council's planning "
    "officer told the meeting, adding that the old library would stay open until then.",
    "The library will hold a children's floor, a reading room for the town's archive and a hall for "
    "meetings, which local groups have asked for since the community centre closed.",
]
RELATED = ["### Related articles",
           f"*   [Eastport bus depot to close at the end of the year]({SITE}/news/depot-closes/)",
           f"*   [Readers' letters: the library debate goes on]({SITE}/letters/library/)",
           f"*   [Five things to do in Eastport this weekend]({SITE}/whats-on/weekend/)"]
FOOTER = [f"[Privacy]({SITE}/privacy/) | [Terms]({SITE}/terms/) | [Contact]({SITE}/contact/)",
          "© 2026 Harbour Times. All rights reserved."]


def markdown_page(*, head: list[str] | None = None, inserts: dict[int, list[str]] | None = None,
                  tail: list[str] | None = None, byline: list[str] = BYLINE, menu: list[str] = MENU) -> str:
    lines = list(head or []) + list(menu) + [HEADLINE] + list(byline)
    for index, paragraph in enumerate(PARAGRAPHS):
        lines.append(paragraph)
        lines.extend((inserts or {}).get(index, []))
    lines += list(tail if tail is not None else RELATED) + FOOTER
    return "\n\n".join(lines) + "\n"


def kept(text: str) -> list[str]:
    return [line.strip() for line in clean_article(text).text.splitlines() if line.strip()]


def test_markdown_menus_bylines_related_links_and_footer_go_and_the_article_stays():
    lines = kept(markdown_page())
    assert lines == [HEADLINE] + PARAGRAPHS


@pytest.mark.parametrize("line, visible, links_only", [
    (f"*   [Home]({SITE}/)", "*   Home", True),
    (f"  2. [Events]({SITE}/events/)", "2. Events", True),  # an ordered list's number is its bullet: a breadcrumb
    (f"2. [Events]({SITE}/events/) in the spring", "2. Events in the spring", False),
    (f"[Privacy]({SITE}/privacy/) | [Terms]({SITE}/terms/)", "Privacy | Terms", True),
    (f"By [Ana Ruiz]({SITE}/authors/ana-ruiz/ \"Posts by Ana Ruiz\") | 12 March 2026",
     "By Ana Ruiz | 12 March 2026", False),
    (f"See [the council's report]({SITE}/report.pdf) for the figures.", "See the council's report for the figures.",
     False),
    ("**Related:** [Eastport bus depot to close][4]", "Related: Eastport bus depot to close", False),
    ("[12]: https://www.harbourtimes.example/news/depot/", "", True),  # a reference link's address
    ("⟨3⟩ https://www.harbourtimes.example/arts: Arts", "", True),  # crawl4ai's list of addresses
    ("  * Arts⟨3⟩", "* Arts", True),  # crawl4ai's link, its number after its text
    ("She trained at Quayside College⟨11⟩ before opening the bakery.",
     "She trained at Quayside College before opening the bakery.", False),
    # a link broken across lines by a wrapper: its halves
    (f"Holloway]({SITE}/about/) · [47", "Holloway · 47", True),
    ("## What happens next {#next .section}", "What happens next", False),
    ("## History [\\[edit\\]](https://wiki.example/edit/1)", "History [edit]", False),  # escaped marks
    ("1\\. Bread and salt", "1. Bread and salt", False),
    (f"# [Eastport approves the library]({SITE}/news/library/)", "Eastport approves the library", False),
    ("> A quoted paragraph, as a blockquote.", "A quoted paragraph, as a blockquote.", False),
    ("It was *not* a _small_ change, and __nobody__ said so.", "It was not a small change, and nobody said so.",
     False),
])
def test_a_markdown_line_is_read_as_a_reader_sees_it(line, visible, links_only):
    markup = read_markup(line)
    assert markup is not None
    assert (markup.visible, markup.links_only) == (visible, links_only)


@pytest.mark.parametrize("line", [
    "Name *", "Email *", "The snake_case name and 2 * 3 = 6 stay as written.", "Plain prose without markup.",
    "- A bulleted item of the article",
])
def test_lines_without_markdown_read_as_they_are(line):
    assert read_markup(line) is None


@pytest.mark.parametrize("line", [
    "![Image 2: The empty pool at Castle Fields, with weeds growing through the tiles](https://cdn.example/pool.jpg)",
    "[![Photo of Tom Brierley](https://cdn.example/tom.jpg)](https://www.example/authors/tom/)",
    "=======================================", "* * *", "---", "::: {.article-body}", ":::",
])
def test_pictures_rules_and_underlines_hold_no_word_to_read(line):
    markup = read_markup(line)
    assert markup is not None and markup.visible == ""


def test_a_picture_with_a_long_description_is_not_taken_for_the_headline():
    # (the picture's description was the nearest line of a headline's length above the first paragraph)
    title = HEADLINE.lstrip("# ")
    head = [f"[News]({SITE}/news/) » [Council]({SITE}/news/council/) » {title}", title, "March 12, 2026",
            "![Image 2: The old bus depot on Quay Street, with weeds growing through the yard](https://cdn.example/d.jpg)"]
    text = "\n\n".join(MENU[-2:] + head + PARAGRAPHS[1:]) + "\n"
    assert title in kept(text)


def test_the_headline_stays_past_widgets_without_words_and_link_buttons():
    # Medium's head: a dot, a date, icon links without text, a clap count, a lead picture without a description
    byline = ["·", "12 March 2026", f"[]({SITE}/bookmark)", f"[]({SITE}/listen)", "214", "Share",
              "![](https://cdn.example/lead.jpg)", f"[Download the report (PDF, 4.6 MB)]({SITE}/report.pdf)",
              f"[Download the summary (PDF, 610 KB)]({SITE}/summary.pdf)"]
    lines = kept(markdown_page(byline=byline))
    assert HEADLINE in lines


def test_a_setext_headline_stays_with_its_standfirst():
    # (the underline stood between the headline and the standfirst, which reaches for the line above it)
    title, standfirst = HEADLINE.lstrip("# "), ("After months of argument the decision is made: the old library will "
                                                "not be sold, but rebuilt. The reading groups are relieved.")
    head = ["[Accept all](#)[Only necessary cookies](#)[Settings](#)",
            f"[![Image 1: Harbour Times]({SITE}/logo.svg)]({SITE}/)", title, "=" * len(title), standfirst,
            f"By [Ana Ruiz]({SITE}/authors/ana-ruiz)",
            "12.03.2026, 06:30 · Reading time: 4 min.",
            "![Image 3: The old library on Quay Street.](https://cdn.example/l.jpg)"]
    lines = kept("\n\n".join(head + PARAGRAPHS[:2]) + "\n")
    assert title in lines and standfirst in lines


def test_an_underline_goes_or_stays_with_its_heading():
    title = HEADLINE.lstrip("# ")
    text = markdown_page().replace(HEADLINE, title + "\n" + "=" * len(title)).replace(
        "### Related articles", "Related articles\n----------------")
    lines = kept(text)
    assert lines[:2] == [title, "=" * len(title)]
    assert "----------------" not in lines


def test_a_jina_reader_header_goes_as_the_scrapers_header():
    head = ["Title: Eastport council approves a new library", f"URL Source: {SITE}/news/library/",
            "Published Time: 2026-03-12T09:30:00Z", "Markdown Content:"]
    result = clean_article(markdown_page(head=head))
    categories = {removal.text.strip(): removal.category for removal in result.removed}
    assert all(categories.get(line) == "scraper_header" for line in head)
    assert HEADLINE in result.text and PARAGRAPHS[0] in result.text


def test_a_yaml_front_matter_goes_as_the_scrapers_header():
    head = "---\ntitle: Eastport council approves a new library\nauthor: Ana Ruiz\nurl: https://x.example/\n---\n\n"
    result = clean_article(head + markdown_page())
    assert result.text.lstrip().startswith(HEADLINE)
    assert {removal.category for removal in result.removed if "Ana Ruiz" in removal.text} >= {"scraper_header"}


@pytest.mark.parametrize("lines, expected", [
    (["Title: A poem", "URL Source: https://x.example/", "Markdown Content:", "text"], 3),
    (["Title: A", "Markdown Content:", "URL Source: https://x.example/", "Markdown Content:"], 4),  # (fuzzed)
    (["Title: The Wind in the Willows", "Author: Kenneth Grahame", "Published: 1908"], 0),  # a book's facts
    (["---", "title: Notes", "date: 2026-01-02", "---", "text"], 4),
    (["---", "The next section opens here.", "---"], 0),  # rules around a line of prose
    (["---", "name: build", "on: push", "---"], 0),  # a configuration's fields, none a page's
])
def test_scraper_header(lines, expected):
    assert scraper_header(lines) == expected


@pytest.mark.parametrize("line", [
    "Share: Facebook · Bluesky · Email", "Teilen: Facebook | X | WhatsApp", "Facebook Bluesky Mastodon Imprimer",
])
def test_a_share_bar_by_the_networks_names_goes(line):
    result = clean_article(markdown_page(inserts={3: [line]}))
    assert line not in result.text


@pytest.mark.parametrize("line", [
    "Facebook, Instagram and X are where the council now posts its notices.",
    "Facebook and Twitter",
])
def test_networks_named_in_the_article_stay(line):
    assert line in kept(markdown_page(inserts={1: [line]}))


# ------------------------------------------------------------------ what must stay


def test_prose_with_links_in_it_stays():
    assert PARAGRAPHS[0] in kept(markdown_page())


def test_a_list_of_links_the_article_introduces_stays():
    items = [f"*   [The council's report on the depot]({SITE}/docs/depot.pdf)",
             f"*   [The minutes of Tuesday's meeting]({SITE}/docs/minutes.pdf)",
             f"*   [The architects' drawings of the library]({SITE}/docs/drawings.pdf)"]
    lines = kept(markdown_page(inserts={1: ["The council has published three documents on the plan:"] + items}))
    assert all(item in lines for item in items)


def test_a_picture_between_paragraphs_stays():
    picture = "![The old bus depot on Quay Street](https://cdn.example/depot.jpg)"
    assert picture in kept(markdown_page(inserts={1: [picture]}))


def test_a_subheading_with_its_marks_stays():
    assert "## What happens next" in kept(markdown_page(inserts={1: ["## What happens next"]}))


def test_a_hard_wrapped_paragraph_with_links_is_read_joined():
    # html2text wraps at 78 columns by default, and breaks a link's text where the line ends
    paragraph = ("In the [first tutorial](https://docs.example/tutorials/first-queue/) you queued jobs by hand; "
                 "this one shows how to run them on a schedule with the scheduler, how to pass context to your "
                 "workers, and how to stop the same job from firing twice when you run more than one scheduler.")
    wrapped = textwrap.fill(paragraph, 60)
    assert "[first\ntutorial]" in wrapped  # (the case under test: the link's text is broken)
    text = markdown_page(inserts={0: [wrapped]})
    assert paragraph in clean_article(text).text


def test_a_wrapped_line_of_code_is_not_joined():
    code = "x = items[0] if items else fallback_value_for_the_empty_list_case\n" \
           "y = compute(x, options[1], verbose=True, retries=3, timeout=30)\n" \
           "z = merge(x, y, strategy='last', keep_order=True, copy_items=True)\n"
    assert code in clean_article(code, steps=["sentences"]).text


def test_a_section_under_a_fenced_code_block_stays():
    # (a listing's lines are short, and weighed as a menu they cut the article off above them)
    lines = kept((FIXTURES / "en_release_notes_markdown.txt").read_text(encoding="utf-8"))
    assert "## Contributors" in lines and "* [@linnea-k](https://forge.example/linnea-k)" in lines
    assert "harbourtool check" in lines


@pytest.mark.parametrize("lines, expected", [
    (["```python", "x = 1", "```", "text"], [0, 1, 2]),
    (["~~~", "```", "still code", "~~~"], [0, 1, 2, 3]),
    (["```", "a fence left open"], []),
])
def test_fenced_lines(lines, expected):
    assert fenced_lines(lines) == expected


def test_a_link_heads_no_box_of_teasers():
    # a wiki's tabs: "[Read](…)" is a link, not a "Read more" heading over other stories' headlines (here:
    # the headline, the tagline and the infobox's rows)
    lines = kept((FIXTURES / "en_wiki_markdown.txt").read_text(encoding="utf-8"))
    assert "# Quayside Bridge" in lines and "| Opened | 1788 |" in lines


def test_the_addresses_the_article_cites_stay_and_the_menus_go():
    # html2text's reference links: "[text][n]" in the lines, "[n]: address" listed at the end
    menu = [f"  * [{name}][{number}]" for number, name in enumerate(("Home", "Council", "Crime", "Property",
                                                                     "What's On", "Contact"), 1)]
    cited = PARAGRAPHS[0].replace(f"[our report in January]({SITE}/news/depot/)", "[our report in January][9]")
    text = "\n\n".join(menu + [HEADLINE, cited] + PARAGRAPHS[1:]) + "\n\n" + "\n".join(
        f"   [{number}]: {SITE}/{number}/" for number in range(1, 10)) + "\n"
    lines = kept(text)
    assert f"[9]: {SITE}/9/" in lines
    assert not any(f"[{number}]: " in line for line in lines for number in range(1, 7))



@pytest.mark.parametrize("cite, label", [
    ("[our report in January][]", "our report in January"),  # an empty label: the link's text is its label
    ("[our report in January]", "Our Report in January"),  # a shortcut; labels match whatever their case
    ("[our report\nin January][depot]", "depot"),  # a wrapper broke the link's text across two lines
])
def test_the_addresses_the_article_cites_in_any_of_markdowns_forms_stay(cite, label):
    menu = [f"  * [{name}][{name.lower()}]" for name in ("Home", "Council", "Crime", "Property", "Contact")]
    cited = PARAGRAPHS[0].replace(f"[our report in January]({SITE}/news/depot/)", cite)
    text = "\n\n".join(menu + [HEADLINE, cited] + PARAGRAPHS[1:]) + "\n\n" + "\n".join(
        f"   [{name}]: {SITE}/{name.lower().replace(' ', '-')}/" for name in (
            "home", "council", "crime", "property", "contact", label)) + "\n"
    lines = kept(text)
    assert f"[{label}]: {SITE}/{label.lower().replace(' ', '-')}/" in lines
    assert not any(line.startswith(f"[{name}]: ") for line in lines for name in ("home", "council", "crime"))

STOVES_HEAD = (
    '* [Buying guides](https://gearpath.example/guides)\n'
    '\n'
    '[Search](https://gearpath.example/search)\n'
    '\n'
    '[Home](https://gearpath.example/) > [Camping](https://gearpath.example/camping) >'
    ' [Stoves](https://gearpath.example/camping/stoves)\n'
    '\n'
    '# The best camping stoves of 2024, tested on a wet hillside\n'
    '\n'
    'We boiled 60 litres of water in wind and rain to find the stove worth carrying.\n'
    '\n'
    'By [Callum Reade](https://gearpath.example/authors/callum-reade) | Updated 22 April 2024\n'
    '\n'
    '*Gearpath is reader-supported. When you buy through links on our site, we may earn an'
    ' affiliate commission. [Learn more](https://gearpath.example/how-we-test)*\n'
    '\n'
    'A good stove is the difference between a hot meal and a cold, damp evening in a tent.'
    ' Over six weekends this spring we took eight stoves up Carrow Fell, a hill chosen for'
    ' being reliably windy, and timed how long each took to boil a litre of water, how much'
    ' gas it used, and how it coped when things went wrong.\n'
    '\n'
    'Our favourite overall is the Fernhill Trail 2. If you are on a budget, the Kestrel Mini'
    ' does most of what it does for less than half the price. Our full method is at the end of'
    ' this guide.\n'
)


def test_the_one_first_level_heading_is_the_headline_over_a_nearer_long_line():
    # (an affiliate disclosure of 19 words stood nearer the first paragraph, and was kept as "the headline")
    assert "# The best camping stoves of 2024, tested on a wet hillside" in kept(STOVES_HEAD)


def test_a_linked_headline_underlined_stays():
    # a blog's headline links its post; underlined, it is a heading, not a link alone on its line
    title = f"[Why the valley line never reopened]({SITE}/2026/03/why-the-valley-line-never-reopened/)"
    text = "\n\n".join(MENU + [title + "\n" + "-" * 60, f"Posted on [9 March 2026]({SITE}/2026/03/) by "
                                                          f"[Ana Ruiz]({SITE}/author/ana/)"] + PARAGRAPHS) + "\n"
    assert title in kept(text)


def test_footnotes_with_their_way_back_stay():
    # "[↩](#ref1)" ends each note: the note still ends its sentence
    notes = ["### Notes", "1.  The harbour board's records, HB/4/12, toll accounts for 1790 to 1856. [↩](#ref1)",
             "2.  The parish registers of St Mary, burials 1660 to 1830, held at the county archive. [↩](#ref2)"]
    related = [f"*   [{title}]({SITE}/essays/{number})" for number, title in enumerate(
        ("Drowned villages of the northern shore", "Cockle pickers and the law, 1870 to 1914",
         "How the railway viaduct was built"))]
    text = "\n\n".join([HEADLINE] + PARAGRAPHS + ["* * *"] + notes + related) + "\n"
    lines = kept(text)
    assert all(note in lines for note in notes)


def test_a_share_bar_of_links_run_together_goes():
    bar = ("[Teilen](https://www.facebook.com/sharer/sharer.php?u=x)[Twittern](https://twitter.com/intent/tweet?u=x)"
           "[WhatsApp](https://wa.me/?text=x)[Link kopieren](#)")
    assert bar not in kept(markdown_page(byline=BYLINE + [bar]))


def test_a_picture_labelled_as_an_advertisement_goes():
    ad = "[![Image 3: Advertisement](https://ads.example/banner/300x250.gif)](https://ads.example/click?id=88213)"
    assert ad not in kept(markdown_page(inserts={1: [ad]}))


VERDICT_HEAD = (
    '  * [Le magazine](https://www.assiette-comptoir.example/magazine/)\n'
    '\n'
    '[ ![Assiette &'
    ' Comptoir](https://www.assiette-comptoir.example/wp-content/themes/ac/img/logo.png)'
    ' ](https://www.assiette-comptoir.example/)\n'
    '## Notre avis\n'
    'Le service, assuré par Amadou Ndiaye et une jeune serveuse, est souriant et efficace,'
    ' même quand la salle de quarante couverts est pleine. La carte des vins, courte mais'
    ' pointue, fait la part belle aux vignerons de la région : un gamay de Côte roannaise à 5'
    ' € le verre, un blanc de Savoie très frais, quelques flacons naturels pour les curieux.'
    ' Les bouteilles démarrent à 26 €.\n'
    "Seul bémol : l'acoustique. Sous la haute charpente, les conversations se mélangent et, un"
    ' samedi midi, il faut parfois hausser la voix.\n'
)


def test_a_marked_heading_right_over_the_first_paragraph_stays():
    assert "## Notre avis" in kept(VERDICT_HEAD)


@pytest.mark.parametrize("text, expected", [
    ("Harbour news\n============\n", [1]),
    ("What happens next\n--\n", [1]),
    ("Zip to Zip Moving\n- \nSafeway Moving\n- \n", []),  # empty list items, no underlines
    ("Harbour news\n\n====\n", []),  # a blank line between: a rule
])
def test_setext_underlines(text, expected):
    from presswash.steps.boilerplate.lines import nonblank_lines
    assert setext_underlines(text, nonblank_lines(text)) == expected


@pytest.mark.parametrize("picture", [
    "![An advertisement for the harbour ferry, painted on the quay wall in 1920](https://cdn.example/ad.jpg)",
    "![Share of households with a library card, by district](https://cdn.example/chart.png)",
    "![Newsletter](https://cdn.example/newsletter-1921-front-page.jpg)",
])
def test_a_picture_in_the_article_whose_description_names_a_widget_stays(picture):
    # (a description is read only for a label that says what the picture is, as a whole line: "Anzeige")
    assert picture in kept(markdown_page(inserts={1: [picture]}))


def test_a_posters_card_under_a_threads_title_is_no_box_of_the_article():
    """A forum thread's options and its first poster's card stand between the thread's title and the first post:
    the card's link to the poster ("[harbour_ana](…)") is neither an item of a box under the headline nor the
    headline over it, so the card's rows ("Posts: 11") do not keep the lines above them."""
    forum = "https://forum.harbourtimes.example"
    menu = [f"[Harbour Forum]({forum}/)"] + [f"* [{name}]({forum}/{name.lower()}/)" for name in (
        "Home", "Ferries", "Buses", "Trains", "Timetables", "Downloads")] + [
        f"[Sign In]({forum}/login) [Register]({forum}/register)",
        f"[Forum]({forum}/) › [Ferries]({forum}/ferries/) › [Timetables]({forum}/ferries/timetables/)"]
    card = ["Options", "* Subscribe to RSS Feed", "* Mark Topic as New", "* Bookmark", "* Subscribe",
            "* Printer Friendly Page", f"[![Avatar]({forum}/avatars/55012.png)]({forum}/users/55012)",
            f"[harbour_ana]({forum}/users/55012)", "Level 2", "Posts: 11", "Registered: 2023-09-14"]
    page = "\n\n".join(menu + ["# Ferry timetable: the 7.15 sailing has been missing from the app since May"] + card +
                       ["Message 1 of 6", "1,870 Views"] + PARAGRAPHS + FOOTER)
    lines = kept(page)
    assert not any(line in lines for line in card), lines[:10]
    assert all(paragraph in lines for paragraph in PARAGRAPHS)


@pytest.mark.parametrize("heading", ["## Share", "## Subscribe", "### Tags"])
def test_a_marked_subheading_named_like_a_widget_stays_over_its_section(heading):
    """A heading the article marks as one ("## Share") over a paragraph of its own is a section's, whatever
    word a widget also uses."""
    page = "\n\n".join(MENU + [HEADLINE] + PARAGRAPHS[:2] + [heading] + PARAGRAPHS[2:] + FOOTER)
    assert heading in kept(page)


def test_a_marked_widget_heading_over_its_buttons_still_goes():
    share = ["## Share this article", f"*   [Facebook](https://www.facebook.example/sharer?u={SITE}/library)",
             "*   [Email](mailto:?subject=library)"]
    page = "\n\n".join(MENU + [HEADLINE] + PARAGRAPHS[:2] + share + PARAGRAPHS[2:] + FOOTER)
    lines = kept(page)
    assert not any(line in lines for line in share) and all(paragraph in lines for paragraph in PARAGRAPHS)


LEAD_PICTURE = f"![The old bus depot on Harbour Road, seen from the quay]({SITE}/img/depot.jpg)"


@pytest.mark.parametrize("under", [
    ["The old bus depot, where the library will stand. Photo: Ben Ode"],  # its caption, with the credit cut
    ["Photo: Ben Ode"],  # its credit alone, which goes; then the first paragraph
    [],
])
def test_the_lead_picture_between_the_byline_and_the_first_paragraph_stays(under):
    """The lead picture under the byline and the share buttons went for its place, while its caption stayed."""
    page = "\n\n".join(MENU + [HEADLINE] + BYLINE + [LEAD_PICTURE] + under + PARAGRAPHS + RELATED + FOOTER)
    lines = kept(page)
    assert LEAD_PICTURE in lines and all(paragraph in lines for paragraph in PARAGRAPHS), lines[:6]


@pytest.mark.parametrize("picture", [
    f"![Harbour Times]({SITE}/img/logo.png)",  # the site's logo, under its menu and over the headline
    f"[![Subscribe from £1 a week]({SITE}/img/banner.png)]({SITE}/subscribe/)",  # a linked banner
])
def test_a_logo_or_a_banner_over_the_headline_still_goes(picture):
    """A picture stays over the article's first lines only with a line of the article above it."""
    page = "\n\n".join(MENU + [picture, HEADLINE] + BYLINE + PARAGRAPHS + FOOTER)
    lines = kept(page)
    assert picture not in lines and all(paragraph in lines for paragraph in PARAGRAPHS), lines[:6]
