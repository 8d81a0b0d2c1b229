"""Boilerplate removal: must-remove and must-keep cases for every category and language.

Every text here is invented. Pages are assembled from a small menu, a headline, article
paragraphs and the line under test, because the step decides by context, not by phrase alone.
"""

from __future__ import annotations

import pytest

from presswash import apply_edits, clean_article
from presswash.steps.boilerplate import CATEGORY_NAMES, literal_heads

MENU = ["Home", "World", "Business", "Sport", "Culture", "Contact us"]
TITLE = "Harbour town votes to rebuild its old stone pier"
PARAGRAPHS = [
    "The council of the small harbour town voted on Tuesday night to rebuild the old stone pier, "
    "which has been closed to visitors since a storm damaged it in the spring of last year.",
    "Fishermen who still use the harbour said the decision came late but was welcome, and several "
    "of them told the meeting that the repairs should start before the winter storms arrive.",
    "The work is expected to cost about four million euros, most of it paid by the regional "
    "government, and the mayor said that the first boats could tie up again by next summer.",
    "Residents who opposed the plan argued that the money would be better spent on the school and "
    "the clinic, but the vote passed by a clear margin after a long and lively debate.",
]
FOOTER = ["About us", "Privacy policy", "Terms of use", "© 2024 Example Harbour News. All rights reserved."]


def page(*, body_insert: dict[int, list[str]] | None = None, head: list[str] | None = None,
         tail: list[str] | None = None, paragraphs: list[str] = PARAGRAPHS, menu: list[str] = MENU,
         title: str = TITLE, footer: list[str] = FOOTER, separator: str = "\n\n") -> str:
    """A scraped page: menu, headline, [head], paragraphs (with inserts after index i), [tail], footer."""
    lines = list(menu) + [title] + list(head or [])
    for index, paragraph in enumerate(paragraphs):
        lines.append(paragraph)
        lines.extend((body_insert or {}).get(index, []))
    lines += list(tail or []) + list(footer)
    return separator.join(lines) + "\n"


def clean(text: str, **options):
    return clean_article(text, steps=["boilerplate"], **options)


def kept_lines(result) -> list[str]:
    return [line.strip() for line in result.text.splitlines() if line.strip()]


def removed_with(result, line: str) -> str | None:
    """The category of the removal that took ``line``, or None when the line is still there."""
    for removal in result.removed:
        if line in removal.text:
            return removal.category
    return None


# ------------------------------------------------------------------ must remove, by category

MUST_REMOVE = [
    # (where, line(s), category of the first line)
    ("tail", ["Leave a Reply", "Your email address will not be published. Required fields are marked *",
              "Name *", "Email *", "Website",
              "Save my name, email, and website in this browser for the next time I comment."], "comment_thread"),
    ("tail", ["Your email address will not be published. Required fields are marked *"], "comment_form"),
    # a comment policy, and a forum's counter
    ("tail", ["Comments with insults or links to shops will not be approved."], "comment_form"),
    ("tail", ["Note: all comments are moderated before they appear."], "comment_form"),
    ("tail", ["A user comment will be deleted if it:"], "comment_form"),
    ("tail", ["5,603 users online"], "navigation"),
    # two cues make a long line the form's own notes
    ("tail", ["Please keep your comments kind and on topic, and do not put your email address in the name "
              "field. Your email address will not be published. Required fields are marked *. Comments with "
              "insults or links to shops will not be approved, and a moderator reads every one of them."],
     "comment_form"),
    ("tail", ["3 Comments", "Martha Lee says:",
              "I remember fishing off that pier with my grandfather, and I am so glad it will be repaired at last.",
              "Reply"], "comment_thread"),
    ("tail", ["Martha Lee March 3, 2024 at 10:02 am"], "comment_form"),
    ("tail", ["Martha on March 3, 2024 at 10:02 am said:"], "comment_form"),
    ("tail", ["July 26, 2019 Martha Lee Reply"], "comment_form"),
    ("tail", ["Please log in using one of these methods to post your comment:",
              "You are commenting using your WordPress.com account. ( Log Out / Change )"], "comment_form"),
    ("tail", ["As you comment, please be respectful of other commenters and of the people in the story."],
     "comment_form"),
    ("tail", ["Found this interesting? Share to your network."], "share_widget"),
    ("tail", ["How was this issue?", "Rate this week's newsletter issue with a single click."], "share_widget"),
    ("tail", ["Did you find this content helpful?"], "share_widget"),
    ("head", ["Follow Harbour News on Flipboard", "Follow Harbour News on RSS"], "share_widget"),
    ("head", ["When you buy through links on our site, we may earn a small commission at no cost to you."],
     "advertisement"),
    ("tail", ["Re: (Score:2)"], "comment_form"),
    # a question-and-answer site's post furniture and its invitation to join
    ("tail", ["Share Improve this answer Follow", "answered Jun 18, 2022 at 8:30"], "comment_form"),
    ("head", ["Asked 2 years, 7 months ago Modified 2 years, 7 months ago Viewed 31k times"], "comment_form"),
    ("tail", ["Your Answer", "Post as a guest"], "comment_form"),
    # a forum's thread: its starter and date, a post's buttons, a quoted post's fold, its foot
    ("head", ["Thread starter ana_r"], "comment_form"),
    ("tail", ["Quote", "4 Kudos", "Accepted Solution", "Click to expand..."], "comment_form"),
    ("tail", ["You must log in or register to reply here.", "Printer Friendly Page"], "comment_form"),
    ("tail", ["Similar threads", "Replies: 14"], "related_links"),
    ("head", ["Harbour Answers is a question and answer site for ferry passengers and crews. It only takes a "
              "minute to sign up.", "Sign up to join this community"], "subscription_plug"),
    ("body1", ["Read our full Harbour Ferries review"], "read_more"),
    ("tail", ["NameThis field is for validation purposes and should be left unchanged.", "Email Address*"],
     "comment_form"),
    ("body1", ["Share this article"], "share_widget"),
    ("body1", ["Facebook", "Twitter", "Email"], "share_widget"),
    ("tail", ["Sign up for our daily newsletter to get the latest headlines straight to your inbox."],
     "newsletter_plug"),
    ("body2", ["Catch every episode of our weekly podcast in your favourite app."], "podcast_plug"),
    ("tail", ["Download our free app for iPhone and Android"], "app_plug"),
    ("body2", ["Already a subscriber? Log in"], "subscription_plug"),
    ("tail", ["We use cookies to improve your experience on our site. By continuing to browse, you agree "
              "to our use of cookies."], "cookie_notice"),
    ("body1", ["ADVERTISEMENT"], "advertisement"),
    ("body2", ["Story continues below advertisement"], "advertisement"),
    ("body1", ["Read more: Why the ferry timetable changes every winter"], "read_more"),
    ("body1", ["Learn More ❯"], "read_more"),
    # an editor's selection bookmark, printed as text by a scraper that unescaped the page twice
    ("body1", ['<span data-mce-type="bookmark" style="display: inline-block; width: 0px; overflow: hidden;" '
               'class="mce_SELRES_start">\ufeff</span>'], "page_furniture"),
    # a byline with its date, under the headline
    ("head", ["By Ana Ruiz, Wednesday, 20 November 2019 08:05 GMT"], "byline_decoration"),
    ("head", ["By Ana Ruiz and Tom Weller Monday, November 18, 2019, 04:05 pm PT"], "byline_decoration"),
    ("head", ["By Ana Ruiz | November 18, 2019 -- 19:14 GMT | Topic: Harbour"], "byline_decoration"),
    ("head", ["By Ana Ruiz - Harbour News Contributor 2019-11-19T12:48:14Z Coast"], "byline_decoration"),
    # a share bar's other labels
    ("head", ["Share All sharing options for: Harbour town votes to rebuild its old stone pier"], "share_widget"),
    ("head", ["Show more sharing options", "Copy Link URLCopied!", "Share this with Messenger"], "share_widget"),
    ("tail", ["Share article", "Print Article"], "share_widget"),
    ("head", ["Share These are external links and will open in a new window https://www.example.com/news/1234"],
     "share_widget"),
    # a teaser box's heading with a topic or a site in it
    ("tail", ["Latest Harbour News", "Ferry timetable changes for the winter season",
              "Lighthouse keeper's cottage opens as a small museum"], "related_links"),
    ("tail", ["Most read in world news", "Ferry timetable changes for the winter season"], "related_links"),
    ("tail", ["Popular Categories"], "related_links"),
    # a post's links to its neighbours, with arrows
    ("tail", ["← Previous Story", "Ferry timetable changes for the winter season", "Newer Story →",
              "Lighthouse keeper's cottage opens as a small museum"], "related_links"),
    ("tail", ["You may like these posts", "Ferry timetable changes for the winter season"], "related_links"),
    ("tail", ["You may also be interested in the following articles:"], "related_links"),
    ("tail", ["Related coverage from Harbour Money:", "How to save for a new boat"], "related_links"),
    ("tail", ["Explore further"], "related_links"),
    ("tail", ["READ MORE ON HARBOUR BUSINESS BY CLICKING HERE"], "related_links"),
    # a comment widget's own lines
    ("tail", ["Loading comments..."], "comment_thread"),
    ("tail", ["Comment on this Story"], "comment_thread"),
    ("tail", ["comments powered by Disqus"], "comment_form"),
    ("tail", ["You must log in to post a comment."], "comment_form"),
    ("tail", ["Note: we are temporarily moderating all comments submitted to deal with a surge in spam."],
     "comment_form"),
    # affiliate disclosures in their own words, and a sign-up form's consent
    ("head", ["Some of the links in this article are affiliate ones. This means that if you click through them "
              "to make a purchase, we may earn a small commission at no additional cost to you."], "advertisement"),
    ("head", ["This means that if you click through them to make a purchase, we may earn a small commission."],
     "advertisement"),
    ("head", ["Also, this article contains sponsored content."], "advertisement"),
    ("head", ["Sometimes we include links to online retail stores. If you click on one and make a purchase we may "
              "receive a small commission."], "advertisement"),
    ("head", ["Products are chosen independently by our editors. Purchases made through our links may earn us a "
              "commission."], "advertisement"),
    ("head", ["Every item on this page was chosen by a Harbour Living editor. We may earn commission on some of "
              "the items you choose to buy."], "advertisement"),
    ("tail", ["By entering your email address you agree to our Terms of Use and Privacy Policy and consent to "
              "receive emails from us."], "newsletter_plug"),
    ("tail", ["By checking this box, you agree to receive marketing emails from Harbour News."], "newsletter_plug"),
    # follow and share buttons, with a list of platforms and handles
    ("tail", ["Follow Harbour News on Instagram, Facebook, Twitter and YouTube."], "share_widget"),
    ("tail", ["Follow The Harbour Times Opinion section on Facebook, Twitter (@HarbourOpinion) and Instagram."],
     "share_widget"),
    ("tail", ["Follow us on Telegram, Facebook and X for the latest news and updates."], "share_widget"),
    ("head", ["Share this with LinkedIn", "Share to Threads", "Icon Facebook"], "share_widget"),
    # a newsletter's sign-up box, its thanks, and plugs that name what they send
    ("tail", ["Newsletter Sign Up"], "newsletter_plug"),
    ("tail", ["Daily Newsletters"], "newsletter_plug"),
    ("tail", ["Email Subscribe"], "newsletter_plug"),
    ("tail", ["Subscribe to new posts"], "newsletter_plug"),
    ("tail", ["Awesome, you're subscribed!"], "newsletter_plug"),
    ("tail", ["Get posts like this in your inbox."], "newsletter_plug"),
    ("tail", ["Want to get updates about our events? Sign up to receive our emails!"], "newsletter_plug"),
    ("tail", ["Subscribe to stay up to date with our latest news and guides."], "newsletter_plug"),
    ("tail", ["Subscribe to the Harbour News YouTube Channel for all of the latest videos!"], "newsletter_plug"),
    ("tail", ["Be sure to sign up below so we can stay in touch!"], "newsletter_plug"),
    ("tail", ["Get news, updates and event info delivered right to your inbox:"], "newsletter_plug"),
    # a newsletter's name in its plug
    ("tail", ["Join Our Harbour Walks Newsletter"], "newsletter_plug"),
    ("tail", ["Subscribe to the Weekly Harbour Email Newsletter!"], "newsletter_plug"),
    # a date line under the headline, with the day's name spelt out or cut short
    ("head", ["Wednesday 20 November 2019 11:42, UK"], "byline_decoration"),
    ("head", ["Thu. 4 April 2024"], "byline_decoration"),
    ("head", ["Sun 12 May 2024"], "byline_decoration"),
    # a teaser inside the article, with a link's marks or none
    ("body1", ["Related post: How the old pier was built in 1887"], "read_more"),
    ("body1", ["[Related: Ferry Timetable, Winter Storms And The New Quay]"], "read_more"),
    ("body1", ["» Related Reading: A Guide to the Harbour's Tides"], "read_more"),
    ("body1", ["» You Might Like: Ten Walks Along the Northern Coast"], "read_more"),
    ("body1", ["You may also be interested: The Best Fish Restaurants in Town"], "read_more"),
    ("tail", ["Related articles", "Ferry prices rise for the third year running",
              "New lighthouse museum opens its doors"], "related_links"),
    ("tail", ["More coastal travel guides", "Ferry prices rise for the third year running",
              "New lighthouse museum opens its doors"], "related_links"),
    ("tail", ["You’ll also love", "Ferry prices rise for the third year running"], "related_links"),
    ("tail", ["Other posts you may enjoy", "New lighthouse museum opens its doors"], "related_links"),
    ("tail", ["More articles you might enjoy", "New lighthouse museum opens its doors"], "related_links"),
    ("tail", ["From our archives", "The winter the harbour froze over"], "related_links"),
    ("tail", ["Read this next", "The winter the harbour froze over"], "related_links"),
    ("tail", ["Other articles you may find interesting", "Ferry prices rise for the third year running"],
     "related_links"),
    ("tail", ["If you liked this post, you might also like:", "New lighthouse museum opens its doors"],
     "related_links"),
    ("tail", ["Trending in Harbour News", "Ferry prices rise for the third year running"], "related_links"),
    ("tail", ["Most Popular Videos", "Ferry prices rise for the third year running",
              "New lighthouse museum opens its doors"], "related_links"),
    ("tail", ["Most Watched", "The winter the harbour froze over"], "related_links"),
    ("tail", ["Reporting by Ana Ruiz; additional reporting by Tom Weller; Editing by Joe van Dam"],
     "byline_decoration"),
    ("tail", ["Additional reporting by Martha Lee"], "byline_decoration"),
    ("tail", ["By submitting this form you agree to Harbour News using your data to publish your comment."],
     "comment_form"),
    ("tail", ["Read more from Jane Doe", "The winter the harbour froze over"], "related_links"),
    ("tail", ["Join my newsletter"], "newsletter_plug"),
    ("tail", ["Join 12,000+ other readers and get the harbour news every Friday."], "newsletter_plug"),
    ("tail", ["Functional cookies help to perform certain functionalities like sharing the content of the "
              "website on social media platforms.",
              "Performance cookies are used to understand and analyze the key performance indexes of the website."],
     "cookie_notice"),
    ("tail", ["This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License."],
     "copyright"),
    ("tail", ["Was this article helpful?"], "share_widget"),
    ("tail", ["How useful was this post?", "Click on a star to rate it!"], "share_widget"),
    ("tail", ["Sharing is caring"], "share_widget"),
    ("body1", ["View this post on Instagram", "A post shared by Harbour Town (@harbourtown)"], "share_widget"),
    ("tail", ["Add a comment"], "comment_form"),
    ("body0", ["Photo: Ana Ruiz/Example Agency"], "photo_credit"),
    # a bilingual page's credit, labelled in both languages
    ("head", ["Foto's / Photos : Ana Ruiz"], "photo_credit"),
    ("head", ["Foto / Bild: Studio Ana Ruiz"], "photo_credit"),
    ("tail", ["Caption"], "navigation"),
    ("head", ["Hide caption"], "navigation"),
    ("head", ["Back to blog"], "navigation"),
    ("tail", ["Have questions? Schedule a call with us today!"], "navigation"),
    ("tail", ["Book a Demo Today"], "navigation"),
    ("head", ["Request a Free Consultation for Harbour Repairs"], "navigation"),
    ("tail", ["Contact sales"], "navigation"),
    ("tail", ["Posted in Local News, Politics"], "tags"),
    ("tail", ["Copyright 2024 Example Harbour News"], "copyright"),
    ("tail", ["(c) 2024 Example Harbour News"], "copyright"),
    ("tail", ["(C) Harbour Media Group 2024"], "copyright"),
    # a short line that ends on a cue is the cue's own, even when it reads like a sentence
    ("body2", ["Harbour Farm Copyright 2024 all rights reserved."], "copyright"),
    ("body2", ["Harbour Farm Ltd. 2024. All Rights Reserved."], "copyright"),
    ("tail", ["About the author"], "author_bio"),
    ("head", ["5 min read"], "reading_time"),
    # a reading time is never a subheading: it goes between paragraphs too
    ("body1", ["6 min read"], "reading_time"),
    ("body2", ["Estimated reading time: 4 minutes"], "reading_time"),
    # a byline's parts joined by separators
    ("head", ["Jun 8, 2024 • 6 min read"], "reading_time"),
    ("body1", ["By Ana Ruiz — 6 min read"], "reading_time"),
    ("body1", ["By Ana Ruiz | June 8, 2024"], "byline_decoration"),
    ("head", ["Posted on November 3, 2024 Posted by Ana Ruiz 59 Comments"], "byline_decoration"),
    ("head", ["November 3, 2024"], "byline_decoration"),
    ("menu", ["Skip to main content"], "navigation"),
    ("tail", ["Unsubscribe", "View this email in your browser"], "email_footer"),
    ("head", ["Table of Contents"], "table_of_contents"),
    # a newsletter platform's own lines, and other plugs in their own words
    ("tail", ["Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work."],
     "newsletter_plug"),
    ("body2", ["Thanks for reading Harbour Notes! This post is public so feel free to share it."], "newsletter_plug"),
    ("tail", ["Don’t Miss a Thing!"], "newsletter_plug"),
    ("tail", ["Fill out the form to get a copy of our ebook."], "newsletter_plug"),
    ("tail", ["We respect your privacy."], "cookie_notice"),
    # a date's label alone on its line
    ("head", ["Updated", "November 18, 2024"], "byline_decoration"),
    # a donation appeal
    ("tail", ["Please consider supporting us."], "subscription_plug"),
    ("tail", ["Do you rely on our reporting? Click here to support it."], "subscription_plug"),
    # a product box's buttons
    ("body1", ["See the rating."], "advertisement"),
    ("body1", ["Get an instant quote now."], "advertisement"),
    ("body1", ["Shop the Men's Harbour Boot 2Shop the Women's Harbour Boot 2"], "advertisement"),
    # a tabloid's teasers inside the article, each tagged in capitals
    ("body1", ["Harbour fair draws record crowds despite the rain [PICTURES]|",
               "Ferry strike called off after late-night talks [LATEST]",
               "Why the old pier matters to the town [ANALYSIS]"], "read_more"),
    # a news agency's furniture: a reprint notice and button, the author's address, a send-to form's answer
    ("head", ["This copy is for your personal, non-commercial use only. To order copies for distribution, "
              "visit our reprints page."], "copyright"),
    ("head", ["Order Reprints"], "share_widget"),
    ("tail", ["Write to Ana Ruiz at ana.ruiz@example.com"], "author_bio"),
    ("tail", ["This article has been sent to"], "share_widget"),
    ("tail", ["An error has occurred, please try again later."], "navigation"),
    # a sign-up box's message once its form is sent
    ("tail", ["An email with an activation link has just been sent to your email address. Please activate your "
              "subscription by clicking on the link inside."], "newsletter_plug"),
    ("tail", ["Please confirm your subscription by clicking the link in the email we just sent you."],
     "newsletter_plug"),
    ("tail", ["This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."],
     "cookie_notice"),
    ("head", ["We buy all the products we test — no freebies from companies. If you purchase through our links, "
              "we may earn a commission, which helps support our testing."], "advertisement"),
    ("menu", ["Enter search terms here."], "navigation"),
    ("head", ["Advertiser Disclosure"], "advertisement"),
    ("head", ["Image 1 of 8", "Photo 3/12"], "navigation"),
    # an author line with a colon
    ("head", ["Reviewed by: Dr. Ana Ruiz"], "author_bio"),
    ("head", ["Authors: Ana Ruiz, Tom Lee and the Harbour field team"], "author_bio"),
    ("tail", ["Written by: Ana Ruiz, Senior Analyst"], "author_bio"),
    # a comment widget's message, a lead form's consent, newsletters with a name, a shop's offer, a
    # nonprofit newsroom's appeal, a teaser box's heading
    ("tail", ["Your comment has not been saved"], "comment_form"),
    ("tail", ["By submitting, you authorize Harbour Plumbing, Heating & Electric to text and call the number "
              "you provided."], "newsletter_plug"),
    ("tail", ["Subscribe to Ana's newsletter and stay updated."], "newsletter_plug"),
    ("tail", ["Join our newsletter, Letters from the Harbour"], "newsletter_plug"),
    ("tail", ["Sign up and get 10% off your first order."], "newsletter_plug"),
    ("tail", ["This story is funded by readers like you"], "subscription_plug"),
    ("tail", ["Explore more articles on …"], "related_links"),
    # a shopping page's price note and trial button, a blog's disclaimer and e-mail box, an appeal, a
    # comment box's heading
    ("tail", ["Prices were accurate at the time this article was published but may change over time."],
     "advertisement"),
    ("tail", ["Start a Free Trial"], "advertisement"),
    ("tail", ["The views expressed by the authors of this blog are their own and do not necessarily reflect "
              "the views of the Harbour Trust."], "copyright"),
    ("tail", ["Subscribe to our blog and receive notifications of new posts by email."], "newsletter_plug"),
    ("tail", ["Enjoyed this piece? We need your help to keep publishing."], "subscription_plug"),
    ("tail", ["Have a Question or Comment About This Post?"], "comment_form"),
    ("tail", ["Tell us what YOU think..."], "comment_form"),
    ("tail", ["Submit to Stumbleupon (Opens in new window)"], "share_widget"),
    ("head", ["Table of Content"], "table_of_contents"),
    ("head", ["Article Content"], "table_of_contents"),
    # a sponsored post's disclosure
    ("head", ["This shop has been compensated by Harbour Brands, Inc. and its advertiser. All opinions are "
              "mine alone."], "advertisement"),
    ("head", ["This post is sponsored by Harbour Ferries."], "advertisement"),
    ("tail", ["Get started today", "Download now"], "advertisement"),
    # a share panel without its label and its copy buttons, a blog template's widget titles, a video
    # box's labels, a school's buttons, a search box, a news network's page for European readers
    ("tail", ["These are external links and will open in a new window"], "share_widget"),
    ("tail", ["Copy this link"], "share_widget"),
    ("tail", ["Copy to clipboard"], "share_widget"),
    ("tail", ["Follow us on:"], "share_widget"),
    ("tail", ["Social Plugin"], "share_widget"),
    ("tail", ["Follow by Email"], "newsletter_plug"),
    ("tail", ["Random Posts"], "related_links"),
    ("tail", ["Recent in Sports"], "navigation"),
    ("tail", ["JUST WATCHED"], "related_links"),
    ("tail", ["Related Blog Posts"], "related_links"),
    ("tail", ["Apply Now"], "advertisement"),
    ("tail", ["Request Information"], "advertisement"),
    ("tail", ["About the Authors", "Ana Ruiz and Tom Berg write about the sea for Harbour News."], "author_bio"),
    ("menu", ["Search form"], "navigation"),
    ("menu", ["Search our site"], "navigation"),
    ("menu", ["What are you looking for?"], "navigation"),
    ("menu", ["Welcome to Harbour News Network\u2019s EUROPEAN UNION EXPERIENCE"], "cookie_notice"),
    # a site's pointer to its editorial policy, and its commissions
    ("tail", ["Learn more about our editorial process."], "copyright"),
    ("tail", ["Explore our Editorial Policy to learn more about our standards for content creation."], "copyright"),
    ("head", ["We earn commissions from links on our site, enabling us to deliver independent reviews."],
     "advertisement"),
    ("head", ["Harbour Guide earns commissions from some listed providers."], "advertisement"),
    # a company site's menu
    ("menu", ["Products", "Solutions", "Resources", "Partners"], "navigation"),
    ("menu", ["Case Studies", "Press Releases", "White Papers"], "navigation"),
    # a firm's own buttons
    ("tail", ["Learn More About Us"], "read_more"),
    ("tail", ["Learn more about our degree and certificate programs in business."], "read_more"),
    ("tail", ["Talk to an expert"], "navigation"),
    ("tail", ["Get in touch with our team"], "navigation"),
    ("tail", ["Ready to get started? Contact us today"], "navigation"),
    ("tail", ["Become a Member"], "navigation"),
    ("tail", ["Meet The Team"], "navigation"),
    ("tail", ["Who we are"], "navigation"),
    ("tail", ["Be the first to know if we found amazing earbuds."], "newsletter_plug"),
    ("tail", ["Like this article? Subscribe to our blog and have great insights delivered to your inbox weekly."],
     "newsletter_plug"),
    ("tail", ["Check Price on Amazon"], "advertisement"),
    ("tail", ["We want to hear from you! Share your opinions in the thread below and remember to keep it "
              "respectful."], "comment_form"),
    ("tail", ["Got a confidential news tip? We want to hear from you."], "copyright"),
    ("menu", ["Join Our Team", "News & Events", "Resource Center"], "navigation"),
    ("head", ["Updated 1909 GMT (0309 HKT) November 18, 2019"], "byline_decoration"),
    # a recipe card's buttons, its question to the cook, and the skip link over the story
    ("tail", ["Did you make this recipe? Tag us on Instagram!", "Pin Recipe", "Rate this recipe"], "share_widget"),
    ("head", ["Jump to Recipe"], "navigation"),
    # a live blog's furniture over its entries, and a press release's contact block under the story
    ("head", ["Key events", "Show key events only"], "navigation"),
    ("tail", ["Media Contact:", "press@harbour-news.example"], "navigation"),
    # a player's running time among its buttons
    ("tail", ["Listen", "12:34", "Pause"], "podcast_plug"),
    # a wiki's furniture around its article, and its footer
    ("head", ["From Wikipedia, the free encyclopedia", "Jump to navigation Jump to search"], "navigation"),
    ("tail", ['Retrieved from "https://wiki.example.org/w/index.php?title=Pier&oldid=1"',
              "This page was last edited on 3 May 2020, at 10:12 (UTC).",
              "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may "
              "apply."], "navigation"),
    # a journal's buttons around its paper
    ("head", ["Download PDF", "Cite this article"], "navigation"),
    ("tail", ["Rights and permissions", "Reprints and permissions", "About this article"], "navigation"),
    ("tail", ["Topics in this article"], "tags"),
    # a footer's accessibility link, weak (a guide's section may be headed so), goes beside the footer
    ("tail", ["Accessibility", "Sitemap"], "navigation"),
    # release notes' date and follow button
    ("head", ["Released 27 February 2024", "Subscribe to updates"], "byline_decoration"),
    # a listing's buttons
    ("head", ["Share this job", "Save job", "Save for later"], "share_widget"),
]


def _build(where: str, lines: list[str]) -> str:
    if where == "tail":
        return page(tail=lines)
    if where == "head":
        return page(head=lines)
    if where == "menu":
        return page(menu=lines + MENU)
    return page(body_insert={int(where[-1]): lines})


@pytest.mark.parametrize("where, lines, category", MUST_REMOVE, ids=[c[2] + ":" + c[1][0][:20] for c in MUST_REMOVE])
def test_must_remove(where, lines, category):
    result = clean(_build(where, lines))
    assert removed_with(result, lines[0]) == category
    for line in lines:
        assert line not in kept_lines(result)
    for paragraph in PARAGRAPHS:
        assert paragraph in kept_lines(result)


def test_every_category_has_a_reason_name():
    for _, _, category in MUST_REMOVE:
        assert category in CATEGORY_NAMES


# ------------------------------------------------------------------ must keep: traps

NEWSLETTER_ARTICLE = [
    "Local newsletters are having a quiet revival, and the harbour town now has three of them, "
    "each written by a single volunteer and sent to a few hundred readers every week.",
    "To subscribe, readers simply send an email to the editor, who says that the newsletter grew "
    "from twenty to four hundred subscribers in its first year without any advertising at all.",
    "She admits that the cookies she bakes for the monthly meeting may explain part of the success, "
    "and that the comments readers send back are the best part of writing it.",
    "Her weekly podcast about the fishing fleet started the same way, recorded in a kitchen with "
    "one microphone, and it is now played in the cafe on the quay every Friday morning.",
]

MUST_KEEP = [
    # a book's facts in a list of books: one author is as often a row as a byline (only "Authors:" goes)
    ("a book's author in a list of books", "Author: Kenneth Grahame"),
    ("a sentence about a report's authors", "Authors: the three of them spent two years on the report."),
    ("a sentence that opens like a tags line", "Topic: how the council spends the harbour's money."),
    ("a marketing how-to's subheading on newsletters", "Email Newsletters"),
    ("a marketing how-to's subheading on subscriptions", "Email Subscription"),
    ("a list's subheading", "Free Newsletters"),
    ("a buyer's guide's step", "Request a quote"),
    ("a job's or a course's fact", "Start date March 1, 2026"),
    ("a short line on a club's beginnings", "Started by two sisters in a harbour shed"),
    ("a question's count of answers in a survey's list", "Answers: 1,204"),
    ("a buyer's guide's step with its object", "Book a call with two or three builders"),
    ("an article's own markup", '<span class="price" data-currency="eur">12</span>'),
    ("a writer on moderating", "We moderate comments on every post, and the work takes our two volunteers hours "
                               "each week."),
    ("a report on a comment rule", "You must log in to post a comment on the council's new site, residents "
                                   "were told on Monday."),
    ("a report on affiliate links", "The links in this article are affiliate links, the regulator found, and "
                                    "readers were never told."),
    ("the article's advice to follow an account", "Follow the harbour master on X for tide warnings, the council "
                                                  "advised residents on Monday."),
    ("the article's call to volunteers", "Want to get involved? Join the harbour volunteers on Saturday morning."),
    ("prose on letters sent to an inbox", "The bank said the letters were sent to your inbox by mistake, and "
                                          "apologised to its customers on Monday."),
    ("a how-to's subheading on newsletters", "Get the best out of your newsletter"),
    ("prose that starts like a teaser", "You may also like the new ferry timetable, which starts on Monday."),
    ("prose on similar stories", "Similar stories have been told in other towns along the coast for years."),
    ("a subheading named like a caption toggle", "Caption"),
    ("a report of a form's consent", "By submitting this form, you agree that the council may publish your "
                                      "comments, the notice on the town's website says."),
    ("editing by hand", "Editing by hand took the archivists of the harbour museum three long winters, "
                        "the curator said."),
    ("prose on a comment policy", "Comments that insult other readers will be removed, the platform said in its new "
                                  "policy on Monday."),
    ("prose on moderators", "Comments are reviewed by two volunteers, who said the work takes about an hour a day."),
    ("prose on rating an issue", "Rate this issue of the harbour plan on its merits, the mayor told the council."),
    ("prose on joining a crowd", "Join 2,000 neighbours on the quay on Saturday, the organisers wrote in their call."),
    ("prose on cookie categories", "Functional cookies, the regulator said, are the ones a site needs to work."),
    ("a sentence that starts like a review link",
     "Read our full review of the ferry timetable before you book, the harbour office advised."),
    ("prose about a form plugin's hidden field",
     "In the new booking form, this field is hidden when viewing the form on a phone, the harbour office said."),
    ("quote with comment-form words",
     "\u201cI told him to leave a reply on the forum, but he never did,\u201d the harbour master said."),
    ("subheading without full stop", "A slow start for the new plan"),
    ("short sentence with a date and time", "Polls closed on May 5, 2024 at 9:30."),
    ("subheading from a date to a reply", "March 3, 2024: still no reply"),
    ("prose on commissions", "Fishermen who sell through the new market may earn a commission of their own, "
                             "the council said."),
    ("prose that starts like a comment form", "You are commenting using your real name, the moderator "
                                              "warned, so think twice."),
    ("prose that starts like comment rules", "As you comment on the plan, please be brief, the chair told "
                                             "the meeting."),
    ("prose that starts like a share plug", "Found this interesting? Share it with your neighbours, the "
                                            "harbour master wrote in the newsletter she edits."),
    ("prose about following on foot", "Follow the coast road on foot for an hour to reach the old pier."),
    ("a commission that is no disclosure", "We may earn a commission of five percent on the sale, the harbour "
                                           "agent said."),
    ("prose that starts like a disclosure", "If you buy tickets early, we will get you the best seats on the "
                                            "harbour wall, the festival said."),
    ("sentence from a date to a reply", "May 5, 2024 brought the harbour board a long-awaited reply."),
    ("prose starting with a share word", "Share prices of the ferry company fell sharply on Monday after the vote."),
    ("prose on helpful articles", "Was this article helpful to the fishermen? Most of them said it was not."),
    ("click-here prose going on", "Click here for the council's full report. It runs to forty pages and lists every "
                                  "repair the pier needs."),
    ("subheading starting like a teaser heading", "Latest in a long line of storms"),
    ("prose starting like an app plug", "Get the apples from the market before noon, the harbour master said."),
    ("prose starting like an app plug 2", "Download the report to see how to apply for a mooring grant."),
    ("prose starting like a publisher line", "A part of the town's social media campaign was paid for by the trust."),
    ("a bulleted specification that starts like a credit", "- Video: 4K/30p, Full HD 120p"),
    ("a specification that starts like a credit", "Video: 4K/30p, Full HD 120p"),
    ("a camera's resolution that starts like a credit", "Photo: 24MP, with a 1-inch sensor"),
    ("prose on a shared post", "A post shared by the mayor on Tuesday was deleted after an hour."),
    ("prose on sharing", "Sharing is caring, the harbour master said, and the new pier will be open to everyone."),
    ("prose about rights", "The fishermen say their rights to the harbour were never written down, "
                           "and a lawyer is now helping them to prove their claim."),
    ("advice that starts like a plug", "Stay informed about the tides: the harbour office posts them on "
                                       "the board by the ferry steps every morning."),
    ("advice that names updates", "Stay up to date with the ferry updates: the harbour office posts "
                                  "them on the board by the steps every morning."),
    ("prose that starts like a teaser heading", "More guides to the harbour walks are on sale at the "
                                                "tourist office on the quay."),
    ("a price weighed in a sentence", "Subscriptions start at twelve euros a month, which many of the "
                                      "older fishermen think too much for a local paper."),
    ("prose starting with 'Copyrighted'", "Copyrighted photographs of the old pier hang in the town hall, "
                                           "lent by the family of the photographer."),
    ("prose starting with 'Copyright'", "Copyright lawyers say the old photographs of the pier belong to the "
                                        "fishermen's families."),
    ("a subheading starting with 'Copyright'", "Copyright troubles for the harbour archive"),
    ("prose starting like a tag line", "Published in 2019, the report warned that the pier was unsafe for boats."),
    ("prose starting with 'Tagged'", "Tagged as unsafe by inspectors in 2019, the pier has been closed since."),
    ("prose starting like a sign-up notice", "By signing up for the scheme, fishermen receive two hundred euros "
                                             "a year for ten years."),
    ("prose starting like a cookie notice", "We use data from the harbour office to count the boats that tie up "
                                            "each night."),
    ("prose starting like a paywall", "Full access to the old pier will be restored in June, once the last "
                                      "stones are in place."),
    ("a short sentence naming a photo agency", "Getty Images bought the harbour archive in 1995."),
    ("a short quote with a footer's words", "\u201cAll rights reserved,\u201d the fishermen insist."),
    ("prose starting with 'Sponsored by'", "Sponsored by the regional government, the study of the harbour "
                                           "took two years."),
    ("the article's own advice not to miss", "Don't miss the harbour fair on Saturday, when the boats are open "
                                             "to visitors."),
    ("a reporter's thanks", "Thanks for reading the council's report so closely, the mayor told the committee."),
    ("a quoted privacy promise", "We respect your privacy, the bank told its customers in a letter on Monday."),
    ("a charity's appeal in a report", "Please consider supporting us, the lifeboat crew wrote in a letter "
                                       "to every household in the town."),
    ("advice to ask for quotes", "Get a quote from three builders before you sign anything, the council "
                                 "advised owners of the harbour cottages."),
    ("short advice to ask for a quote", "Get a quote from a builder, the council advised."),
    ("a shop's short advice", "Shop the men's range early, staff advised."),
    ("a shop's own news", "Shop the men's department on the second floor for the best winter deals this week, "
                          "the manager said."),
    ("a paragraph that names a video in brackets", "The clip [VIDEO] shows the moment the pier collapsed, "
                                                    "witnesses told the council on Monday night."),
    ("a reader's instruction with an address", "Write to the council at info@example.org to object before Friday."),
    ("a newsroom's short report", "This article has been sent to the printers, the editor said."),
    ("an update's heading inside the article", "Updated"),
    ("a report of an outage", "An error occurred, the company said, and customers should try again later."),
    ("a company's notice in a report", "An email has been sent to your email address with instructions, the "
                                       "bank told customers after the breach."),
    ("a phishing message quoted in a report", "Please confirm your subscription, the fake email told the "
                                              "bank's customers."),
    ("a how-to's step", "An email with a verification link will be sent to your inbox within a few minutes."),
    ("a reviewer's method", "We buy all the products we test with our own money, and we return none of them."),
    ("a rating", "5/5"),
    ("a subheading on the rules", "Affiliate disclosure"),
    ("a ruling on a form's consent", "By submitting, you agree to the terms, the court found in its ruling on Monday."),
    ("a job advert's wording", "Join our newsletter team as an intern, the advert said."),
    ("a shop's offer in a report", "Sign up and get 10% off, the shop told customers on Monday morning."),
    ("a newsroom's note quoted", "This story was funded by readers like you, the editor wrote in her note."),
    ("a mayor's advice", "Subscribe to Ana's newsletter, the mayor urged, and you will hear about the works first."),
    ("a survey's prices", "Prices were accurate as of May, the survey found, but rents have risen since."),
    ("a report's disclaimer quoted", "The views expressed in this report are the authors' own, the agency said."),
    ("a council's advice", "Subscribe to our blog, the council urged, and you will hear about the works first."),
    ("an invitation after a question", "Enjoyed this piece? Tell your friends about the harbour fair on Saturday."),
    ("a call for views", "Tell us what you think about the new bus timetable by Friday."),
    ("a link to a report", "Read the full report on the council's website (opens in new window)."),
    ("a short link to a report", "Read the report (opens in new window)"),
    ("a bulleted headline that names an agency", "* Shutterstock expands deal with OpenAI"),
    ("an auditor's finding", "This review was paid for by the council, the auditor found, breaking the rules."),
    ("a buying guide's subheading", "What are you looking for?"),
    ("a subheading on the latest news", "Latest in the pier saga"),
    ("a sentence on the study's authors", "About the authors: both worked at the harbour for thirty years."),
    ("a council's urging", "Apply now, the council urged residents who want a mooring next summer."),
    ("a guide's invitation", "Follow us on the harbour walk, the guides told the visitors on Saturday."),
    ("bloggers' evidence", "We earn commissions from links, the bloggers told the committee."),
    ("an editor's advice", "Read our editorial standards, the editor said, before you complain."),
    ("a report on a firm's income", "The firm earns commissions from partners in six countries, the report found, "
                                    "and it pays no tax on them in the harbour town."),
    ("a guide's subheading on resources", "Resources"),
    ("a guide's subheading on products", "Products"),
    ("a report's subheading on reviews", "Reviews"),
    ("a how-to's step", "Talk to a specialist"),
    ("a how-to's advice", "Get in touch with your councillor."),
    ("a guide's words", "Learn more about our harbour, the guide told the visitors."),
    ("a career guide's heading", "Become an Influencer"),
    ("a ferry's first trip", "Be the first to try the ferry when it opens in May, the council said."),
    ("a call to the council", "Like this article? Tell the council."),
    ("a subheading on the team", "Meet the team"),
    ("a mayor's words", "We want to hear from you, the mayor told residents at the meeting."),
    ("a fair's advice", "Got a tip for the harbour fair? Bring your own chair."),
    ("a guide's subheading on what to do next", "Take the next step"),
    ("a live blog's entry time", "14:32"),
    ("a wire story's entry time", "4:14 p.m."),
    ("a report on a licence", "Text is available under the Creative Commons Attribution licence, the archive's "
                              "director said, so schools may reuse every page."),
    ("a venue guide's section on access", "Accessibility"),
    ("a short sentence on a release", "Released in 2019, it sold well."),
    ("a recipe's story after the card's question", "Have you tried this recipe? My grandmother swore by it for "
                                                    "fifty years."),
    ("a law's clause lettered c", "(c) be completed within 30 days of the request."),
    ("a quiz's third option", "(c) The old lighthouse"),
    ("a quiz's third option, a name", "(c) Fallowmere"),
    ("a sentence that opens like a bilingual credit",
     "Photos / images: the council published forty of them on Monday, and more will follow next week."),
    ("a report on a wiki's edits", "This page was last edited on 3 May 2020 by a council clerk, who removed the "
                                   "names of the fishermen."),
]


@pytest.mark.parametrize("name, line", MUST_KEEP, ids=[c[0] for c in MUST_KEEP])
def test_must_keep_between_paragraphs(name, line):
    result = clean(page(body_insert={1: [line]}))
    assert line in kept_lines(result), result.removed


def test_article_about_newsletters_podcasts_cookies_and_comments_is_kept():
    result = clean(page(paragraphs=NEWSLETTER_ARTICLE))
    for paragraph in NEWSLETTER_ARTICLE:
        assert paragraph in kept_lines(result)


def test_list_inside_the_article_is_kept():
    items = ["Repair the stone pier", "Dredge the inner harbour", "Extend the bus route to the quay"]
    result = clean(page(body_insert={1: ["The council listed its three priorities for the coming year:"] + items}))
    for item in items:
        assert item in kept_lines(result)


def test_dates_and_places_joined_by_separators_are_no_byline():
    """A byline's parts are a date with a reading time, an author or a name; two dates are a range,
    and a list of venues with their dates is the article's."""
    dates = "29 November 2018 | 20 January 2019"
    venues = ["Lisbon Arena | May 2, 2025", "Porto Coliseum | May 4, 2025", "Madrid Palacio | May 7, 2025"]
    result = clean(page(body_insert={1: [dates], 2: ["The band will play these three dates in May:"] + venues}))
    for line in [dates] + venues:
        assert line in kept_lines(result), result.removed


def test_a_posts_meta_line_goes_as_tags_and_the_headline_above_it_stays():
    """A date, an author, a category and tags joined by separators are the post's meta line; under a
    "Categories" label, the headline above it is still the article's, not a teaser."""
    meta = "05/10/2018 - Posted by: Ana Ruiz - Category: Transport - Tags: ferry, harbour"
    headline = "Harbour ferry service returns after two years"
    paragraph = ("The harbour ferry will run again from Monday after two years out of service, the council said "
                 "on Friday, and tickets will cost the same as they did before the closure, with a discount for "
                 "the residents who travel to work every day and for the pupils who cross to the school on the "
                 "island, which lost its only link to the town when the old boat failed its inspection.")
    text = "\n".join(["Categories", headline, meta, paragraph, PARAGRAPHS[1]]) + "\n"
    result = clean(text)
    assert removed_with(result, meta) == "tags"
    assert headline in kept_lines(result), result.removed


def test_a_menus_more_button_heads_no_teasers_and_the_headline_under_it_stays():
    """"More" alone is a menu's drop-down, not a "Read more" heading: the line under it, here the
    headline inside a body that a glued mega-menu line pulled up, is no teaser."""
    glued = ("Weather School ClosingsLocal RadarsWeather Stories First Forecast Weather May 2, 2025 (This Morning) "
             "Some sunshine by the end of the day with a light wind from the sea and a chance of showers in the "
             "evening, and the harbour office says the ferries will run as usual on all of the island routes today.")
    result = clean(page(menu=MENU + [glued, "Travel", "Autos", "More"]))
    assert TITLE in kept_lines(result), result.removed
    assert removed_with(result, "More") == "read_more"


def test_a_share_bars_email_button_is_no_headline():
    """Every button of a share bar ends in "(Opens in new window)", the e-mail one too, however long:
    it is no headline-sized line to take for the headline, which stays (here a headline that reads
    like two sentences)."""
    bar = ["Share this:", "Click to share on LinkedIn (Opens in new window) LinkedIn",
           "Click to share on WhatsApp (Opens in new window) WhatsApp",
           "Click to email a link to a friend (Opens in new window) Email",
           "The Harbour Report covers one topic: the coast. Sign up for our newsletter to get stories like this."]
    title = "The pier was supposed to save the harbour town. The results? ‘Sobering’"
    result = clean(page(head=bar, title=title))
    assert title in kept_lines(result), result.removed
    assert removed_with(result, bar[3]) == "share_widget"


def test_a_headline_over_its_deck_stays_when_a_byline_sits_below_them():
    """The byline below a headline and its deck (with share buttons, a date and the author's role
    between) marks both; an alert button ("Manage alerts for this article") is no headline."""
    deck = "Repairs will cost four million euros, most of it from the region, and take two winters"
    head = [deck, "Manage alerts for this article", "Email this article", "Share this article", "By Ana Ruiz",
            "Dec. 18, 2025", "Harbour Reporter", "Ana Ruiz"]
    result = clean(page(head=head, menu=MENU + ["Take a break from the news and try our new weekly crossword."]))
    assert TITLE in kept_lines(result), result.removed
    assert deck in kept_lines(result)
    assert removed_with(result, "Manage alerts for this article") == "share_widget"


def test_the_headline_over_an_introduction_kept_above_widgets_stays():
    """An introduction cut off from the body by a sign-up box and a few short lines stays; the
    headline and the deck over it stay too, however far the body's first line is below."""
    deck = "From the pier to the lighthouse, this is how the town plans to spend the money"
    intro = ("Whether you live by the harbour or only visit it in the summer, the plan the council approved on "
             "Tuesday will change the way the old town looks for a generation, and it is worth knowing what it "
             "holds before the first works begin in the spring, as the mayor, the harbour master and the "
             "fishermen who still land their catch at the old pier every morning all agree.")
    widgets = ["Recommended: The best harbour walks in the county this autumn",
               "This article includes affiliate links. These links have no influence on our editorial content.",
               "By entering your email address you agree to our Terms of Use and Privacy Policy.",
               "Been there, done that? Think again, my friend.",
               "Thanks for subscribing! Look out for your first newsletter in your inbox soon!",
               "Awesome, you're subscribed!", "Harbour plan programmes"]
    result = clean(page(head=[deck, intro] + widgets + ["What the plan holds"]))
    for line in (TITLE, deck, intro):
        assert line in kept_lines(result), result.removed


def test_a_list_the_article_introduces_is_no_table_of_contents_though_its_names_come_again():
    """"The three boats we tested were:" and their names: the article's own list, kept, though each
    name heads its section further down (a table of contents would repeat the headings)."""
    boats = ["Harbour Star", "Sea Lark", "Blue Gull"]
    sections = []
    for boat in boats:
        sections += [boat, f"The {boat} crossed to the island in forty minutes on a calm morning and in just "
                           f"under an hour against the wind, and its crew said the new engine made it easy to "
                           f"handle in the narrow channel by the old pier."]
    body = {0: ["The three boats we tested were:"] + boats, 1: sections}
    result = clean(page(body_insert=body))
    lines = kept_lines(result)
    assert all(lines.count(boat) == 2 for boat in boats), result.removed


def test_the_headline_stays_over_its_date_and_the_authors_role():
    """Headline, "Published", the date, the author's role, then the article: the role is the nearest
    headline-sized line, and the headline above the date's lines stays with it."""
    result = clean(page(head=["Published", "Dec 19, 2025 at 04:34 AM EST", "Senior Harbour and Coast Reporter"]))
    assert TITLE in kept_lines(result), result.removed
    assert removed_with(result, "Dec 19, 2025 at 04:34 AM EST") == "byline_decoration"


def test_the_headline_stays_over_the_authors_name_and_the_date_above_a_deck():
    """Headline, the author's name without a "By", the date, the reading time, a deck, then the article:
    the deck is the nearest headline-sized line, and the headline above the byline's lines stays too."""
    deck = "What the vote means for the fishermen, the ferry and the summer visitors"
    result = clean(page(head=["Ana Ruiz", "Jun 9", "5 min read", deck]))
    kept = kept_lines(result)
    assert TITLE in kept and deck in kept, result.removed
    assert "Ana Ruiz" not in kept


def test_the_headline_stays_over_a_separator_and_a_count_above_the_first_heading():
    """Headline, "--", a count of claps, "Listen", "Share", then the article's first heading: neither the
    separator nor the count is a reason to lose the headline."""
    heading = "What The Harbour Master Told The Council"
    result = clean(page(head=["--", "18", "Listen", "Share", heading]))
    kept = kept_lines(result)
    assert TITLE in kept and heading in kept, result.removed
    assert "18" not in kept


def test_the_headline_stays_over_a_newsletter_invitation_above_the_first_heading():
    """A phrase names the invitation only as a hint (it is long), so it goes for its place; the headline
    search looks past it, as past share buttons, to the headline above."""
    heading = "Key Takeaways: What The Vote Means For The Harbour"
    invitation = "Get news, updates and event tips delivered right to your inbox:"
    result = clean(page(head=[invitation, heading]))
    kept = kept_lines(result)
    assert TITLE in kept and heading in kept, result.removed
    assert removed_with(result, invitation) == "newsletter_plug"


def test_a_line_of_three_parts_parted_by_bars_is_no_headline():
    """Two bars part a trail or a byline's pieces, not a headline: kept for one, it went with nothing
    to keep it (one bar may part a subtitle)."""
    line = "On Behalf of Ruiz Law | Apr 21, 2017 | Products Liability"
    result = clean(page(head=[line], title="Harbour"))
    assert line not in kept_lines(result)


def test_the_headline_over_a_table_of_contents_stays():
    """A "Table of Contents" heading and its entries (which no heading below echoes word for word)
    between the headline and the article: the headline is above the table, not among its entries."""
    head = ["Table of Contents", "Pier History", "Repair Costs", "Funding Sources", "Works Timeline",
            "Resident Views", "Next Steps"]
    result = clean(page(head=head))
    assert TITLE in kept_lines(result), result.removed
    assert "Pier History" not in kept_lines(result)


def test_a_sentence_that_starts_like_a_themed_byline_is_kept_after_the_article():
    line = "Posted by the council on Monday, the notice drew 59 comments"
    assert line in kept_lines(clean(page(tail=[line])))


def test_a_numbered_list_of_platforms_is_no_share_widget():
    """"Facebook" alone is a share button; "1. Facebook" is an item of the article's own ranking."""
    items = ["1. Facebook", "2. Instagram", "3. YouTube"]
    result = clean(page(body_insert={1: ["The harbour office ranked the channels it uses most"] + items}))
    for item in items:
        assert item in kept_lines(result), result.removed


@pytest.mark.parametrize("after", [2, 3])
def test_a_related_box_in_the_articles_last_third_ends_nothing_when_paragraphs_follow(after):
    """A "Related stories" box (its heading and three headlines) with the article's last paragraphs in a
    row under it: a teaser's blurb follows its headline, not another blurb, so the article goes on.
    The box goes; the paragraphs stay."""
    article = PARAGRAPHS + NEWSLETTER_ARTICLE + [PARAGRAPHS[0].replace("harbour", "port")]
    box = ["Related stories", "Ferry timetable changes for the winter", "The fish market reopens on Friday",
           "Storm closes the coast road again"]
    result = clean(page(paragraphs=article, body_insert={len(article) - after - 1: box}))
    kept = kept_lines(result)
    assert all(paragraph in kept for paragraph in article), result.removed
    assert not any(line in kept for line in box)


def test_a_paragraph_that_opens_with_a_name_keeps_the_article_going_under_a_related_box():
    """Under a "Related stories" box, a paragraph that opens with a name ("Prime Minister Ana Ruiz Costa …") reads
    like a headline with its blurb glued on; between two paragraphs it is one too, and the article goes on."""
    tail = ["Twenty centimetres of rain fell on the town in two days, the weather service said, the most since "
            "records began in the harbour office a century ago.",
            "Prime Minister Ana Ruiz Costa visited the quay on Monday and promised that the state would pay "
            "for the repairs to the pier.",
            "Help was offered from abroad too: the European Union said it was ready to send pumps and boats if the "
            "regional government asked for them."]
    article = PARAGRAPHS + NEWSLETTER_ARTICLE + tail
    box = ["Related stories", "Storms on the coast are getting stronger, scientists warn"]
    result = clean(page(paragraphs=article, body_insert={len(article) - len(tail) - 1: box}))
    kept = kept_lines(result)
    assert all(paragraph in kept for paragraph in article), [removal.reason for removal in result.removed]


def test_a_notice_and_a_companys_blurb_under_a_related_box_are_no_article_going_on():
    """Under the box at the article's end, a shop's notice and its company blurb (which opens with a name):
    one paragraph and a line that only reads like one do not make the article go on."""
    box = ["Related stories", "How to keep a boat dry over the winter", "Ten knots every sailor should know",
           "Holiday season delays",
           "Due to the holiday season, orders may take ten working days to leave our warehouse. Thank you for "
           "your patience.",
           "Harbour Supply Depot is a chain of chandlers on the north coast, dedicated to selling rope, paint and "
           "engines to the fishing fleet."]
    kept = kept_lines(clean(page(tail=box)))
    assert not any(line in kept for line in box), kept[-4:]


def test_a_related_box_at_the_articles_end_still_takes_the_blurbs_below_it():
    """At the article's end, the box and the page's short blurbs under it go, as before."""
    box = ["Related stories", "Ferry timetable changes for the winter", "The fish market reopens on Friday"]
    blurbs = ["The Harbour News is an independent paper founded in 1921 by the fishermen's cooperative of the town.",
              "We publish every day online and every Saturday in print, from the lighthouse to the river mouth."]
    kept = kept_lines(clean(page(tail=box + blurbs)))
    assert not any(line in kept for line in box + blurbs)
    assert all(paragraph in kept for paragraph in PARAGRAPHS)


def test_a_related_heading_in_a_sentence_ends_the_article():
    """"If you liked this post you might also like:" introduces other posts' teasers as "Related posts"
    does, though it has nine words: the teasers and their blurbs go, the article stays."""
    teasers = ["Why the old ferry still runs on Sundays",
               "The ferry's captain has crossed the bay every Sunday for thirty years, and she says she will "
               "not stop now.",
               "How the harbour fair began",
               "The first fair was a market for fishermen's wives, and it has grown into the biggest weekend of "
               "the year.",
               "What the lighthouse keeper saw",
               "For forty years the keeper wrote down every ship that passed, and his notebooks are now in the "
               "museum."]
    article = PARAGRAPHS + NEWSLETTER_ARTICLE[:2]
    result = clean(page(paragraphs=article, tail=["If you liked this post you might also like:"] + teasers))
    kept = kept_lines(result)
    for line in article:
        assert line in kept, result.removed
    for line in teasers:
        assert line not in kept


def test_a_tables_column_names_are_no_menu():
    """"Products" alone is a company site's menu item; "Product" over each row of a shop's table is the
    table's own column."""
    rows = []
    for name, price in [("Harbour map", "$5.99"), ("Tide table", "$3.49"), ("Pier guide", "$7.99"),
                        ("Boat tour", "$19.99")]:
        rows += ["Product", name, "Price", price]
    result = clean(page(body_insert={1: ["The harbour shop sells four things this summer:"] + rows}))
    assert kept_lines(result).count("Product") == 4, result.removed


def test_ratings_and_percentages_in_a_table_are_no_dates_or_page_numbers():
    """"12/05/2019" is a date and "7" a page link, but "4.7/5" is a rating and "60%" a share."""
    cells = ["Service", "Rating", "Votes", "Ferry", "4.7/5", "60%", "Bus", "3.9/5", "40%"]
    result = clean(page(body_insert={1: cells}))
    kept = kept_lines(result)
    for cell in ("4.7/5", "60%", "3.9/5", "40%"):
        assert cell in kept, result.removed


TABLE_HEADER_AND_NAMES = ["Pier", "Boats", "Berths", "North", "South"]
SECTION_BELOW_THE_TABLE = ["What needs to change", "The harbour board is calling on the council to:",
                           "Stock spare timber for the repairs at the harbour itself, as the boat yard does.",
                           "Hire a harbour master.", "Publish the repair budget."]


@pytest.mark.parametrize("figures, section", [
    (["101", "47", "79", "52"], SECTION_BELOW_THE_TABLE),
    (["101 boats", "47 berths", "79 boats", "52 berths"], ["What needs to change", "Hire a harbour master.",
                                                          "Publish the repair budget."]),
])
def test_a_table_after_the_last_paragraph_keeps_the_article_below_it(figures, section):
    """A table printed one cell per line weighs like a menu: its rows pushed the body's end above
    them, and the section under the table went with them. Figures in the same columns, row after
    row, make it a table; and a bare number there is a cell, not a pager's page."""
    pier, boats, berths, north, south = TABLE_HEADER_AND_NAMES
    table = [pier, boats, berths, north, figures[0], figures[1], south, figures[2], figures[3]]
    result = clean(page(tail=table + section))
    kept = kept_lines(result)
    assert all(line in kept for line in table + section + PARAGRAPHS), result.removed


def test_a_pagers_numbers_still_go():
    """Numbers one apart, or beside "Next", are a pager's pages, under the article as in a menu."""
    result = clean(page(tail=["1", "2", "3", "Next"]))
    assert not any(line in kept_lines(result) for line in ("1", "2", "3", "Next")), kept_lines(result)
    assert all(paragraph in kept_lines(result) for paragraph in PARAGRAPHS)


def test_a_list_markers_number_alone_is_no_page():
    """"1." over its item, far from "2.", is a list's marker: it is no pager's page wherever it stands."""
    steps = ["1.", "Walk to the end of the pier at low tide.", "2.", "Turn left at the old crane.",
             "3.", "Follow the path to the lighthouse."]
    result = clean(page(tail=steps))
    assert all(line in kept_lines(result) for line in steps), result.removed


def test_prose_after_a_long_list_that_ends_the_article_is_kept():
    """Fifteen names under "Other places worth a try:" would weigh as a menu and cut the article's
    last paragraphs off the body: a list the article introduces is neutral ground."""
    items = ["The Corner Table", "Blue Door Bakery", "Harbour Fish Bar", "Noodle House", "The Old Mill",
             "Green Leaf Cafe", "Station Grill", "Lantern Street Dumplings", "Pie Shop", "The Yard",
             "Market Tacos", "Little Lisbon", "Rooftop Garden", "Night Owl Diner", "The Press Room"]
    closing = ["Do you have a favourite place in the town that we left off the list? Tell us about it and "
               "we will try it on our next visit.",
               "Planning a longer stay by the harbour? Our guide to the neighbourhoods will help you choose "
               "where to sleep."]
    result = clean(page(tail=["Other places worth a try:"] + items + closing,
                        footer=["Share on Facebook", "Share on Twitter"] + FOOTER))
    for line in items + closing + PARAGRAPHS:
        assert line in kept_lines(result)
    assert "Share on Facebook" not in kept_lines(result)


def test_hard_wrapped_paragraphs_are_no_run_of_short_lines():
    """E-mail and plain-text archives wrap paragraphs at 60-80 characters: each wrapped line is
    short and seldom ends a sentence. Read line by line, the wrapped part of this text lost to
    its unwrapped part, which looked like the only article body."""
    import textwrap

    sources = PARAGRAPHS + NEWSLETTER_ARTICLE
    wrapped = ["\n".join(textwrap.wrap(sources[i] + " " + sources[(i + 5) % 8], 66)) for i in range(6)]
    text = "\n\n".join([TITLE, "By Ana Ruiz", "Harbour Desk", "Local News"] + wrapped + PARAGRAPHS) + "\n"
    result = clean(text)
    for paragraph in wrapped + PARAGRAPHS:
        assert paragraph in result.text
    assert "Local News" not in kept_lines(result)


def test_title_line_stays():
    result = clean(page())
    assert TITLE in kept_lines(result)
    assert "World" not in kept_lines(result)


def test_a_standfirst_under_the_headline_stays_with_it_above_a_byline():
    """Headline, standfirst, byline with the author's role, date, then the article: the standfirst and
    its headline stay (not the author's role, which looks like a headline too)."""
    standfirst = ("The council voted to rebuild the pier that a storm closed last spring; here is what the "
                  "works will cost and when the boats come back.")
    text = page(head=[standfirst, "By Ana Ruiz", "Harbour correspondent and editor", "May 2, 2024", "6 min read"],
                paragraphs=PARAGRAPHS + NEWSLETTER_ARTICLE[:2])
    kept = kept_lines(clean(text))
    assert TITLE in kept
    assert standfirst in kept


@pytest.mark.parametrize("line", ["Months of supply (2024)", "Sun Valley Resort (2024)", "Decisions 2024",
                                  "Marketing Awards 2024"])
def test_words_that_start_like_a_days_or_a_months_name_make_no_date_line(line):
    """Under the headline, where a date line goes: "Months", "Sun Valley", "Decisions" are no dates."""
    assert line in kept_lines(clean(page(head=[line])))


def test_a_standfirst_above_share_buttons_stays_with_its_headline():
    """Share buttons and authors' names between the standfirst and the article: lines that go by a
    phrase do not push the standfirst out of the headline's reach."""
    standfirst = ("Your step-by-step guide to the pier's rebuilding, from the first survey to the day the "
                  "boats come back.")
    text = page(head=[standfirst, "Share to LinkedIn", "Share to Facebook", "Share to Threads", "Share to Bluesky",
                      "Ana Ruiz", "Tom Weller"], paragraphs=PARAGRAPHS + NEWSLETTER_ARTICLE[:2])
    kept = kept_lines(clean(text))
    assert TITLE in kept
    assert standfirst in kept
    assert "Share to Threads" not in kept


INTRODUCTION = (
    "Whether you are a fisherman, a ferry passenger or someone who simply likes to walk along the quay on a "
    "Sunday afternoon, the old stone pier has been part of your life in this town for as long as anyone can "
    "remember, and the vote on Tuesday night decided whether it would stay that way for another hundred years "
    "or quietly crumble into the sea.")


def test_an_introduction_above_a_newsletter_box_stays():
    """A long first paragraph, cut off from the body by a sign-up box whose lines go anyway and a few
    short lines, is the article's introduction, not a block of its own."""
    box = ["Recommended: The best walks along the northern coast",
           "This article includes affiliate links.",
           "Been there, done that? Think again, my friend.",
           "By entering your email address you agree to our Terms of Use and Privacy Policy.",
           "You're in!",
           "Thanks for subscribing! Look out for your first newsletter in your inbox soon!",
           "The vote"]
    text = page(head=[INTRODUCTION] + box, paragraphs=PARAGRAPHS + NEWSLETTER_ARTICLE + PARAGRAPHS[::-1])
    kept = kept_lines(clean(text))
    assert INTRODUCTION in kept
    assert "By entering your email address you agree to our Terms of Use and Privacy Policy." not in kept


@pytest.mark.parametrize("between", [
    ["Facebook", "Twitter", "Copy Link URLCopied!", "Print"],  # a button of three words nearer the article
    ["Harbour Town > Ferries > Winter Timetable", "Facebook", "Twitter", "Print"],  # a breadcrumb
    ["Facebook", "Twitter", "Flipboard", "Print", "Email", "Share", "By Ana Ruiz"],  # share buttons past its reach
], ids=["button", "breadcrumb", "share-buttons"])
def test_the_headline_stays_over_what_sits_between_it_and_the_article(between):
    kept = kept_lines(clean(page(head=between)))
    assert TITLE in kept
    assert "Copy Link URLCopied!" not in kept
    assert "Harbour Town > Ferries > Winter Timetable" not in kept


@pytest.mark.parametrize("trail, where", [
    (f"Local News » Coast » {TITLE}", "under"),
    (f"Example Harbour News › Local › {TITLE}", "under"),
    (f"Example Harbour News | Local | Coast | {TITLE}", "over"),
    (f"News / Local / Coast / {TITLE}", "over"),
], ids=["arrows-under", "angles-under", "bars-over", "slashes-over"])
def test_a_breadcrumb_trail_that_ends_in_the_headline_goes(trail, where):
    """The trail sits under the headline in an extractor's output (no menu: the body starts at the
    headline and keeps its short lines), or over the headline under the site's menu; its last item
    is the headline, which stays."""
    text = page(menu=[], head=[trail]) if where == "under" else page(menu=MENU + [trail])
    result = clean(text)
    assert removed_with(result, trail) == "navigation"
    kept = kept_lines(result)
    assert TITLE in kept
    assert all(paragraph in kept for paragraph in PARAGRAPHS)


@pytest.mark.parametrize("path, heading", [
    ("Settings > Privacy > Location Services", "Location Services"),  # a how-to's menu path over its step
    ("Harbour Town > Ferries > Winter Timetable", "Summer Timetable for the ferries"),  # ends in no line nearby
    ("Family: Rubiaceae | Place of Origin: Ethiopia", "Place of Origin: Ethiopia"),  # one bar: a subtitle
])
def test_a_path_that_ends_in_no_headline_beside_it_is_kept_between_paragraphs(path, heading):
    result = clean(page(body_insert={1: [path, heading]}))
    kept = kept_lines(result)
    assert path in kept
    assert heading in kept


def test_a_subtitle_with_a_bar_is_no_breadcrumb():
    """"Family: Rubiaceae | Place of Origin: Ethiopia" under a one-word title heads the article."""
    subtitle = "Family: Rubiaceae | Place of Origin: Ethiopia"
    kept = kept_lines(clean(page(title="Coffee", head=["Coffea arabica", subtitle])))
    assert subtitle in kept


@pytest.mark.parametrize("line", ["By Monday, November 18, the works on the pier had begun.",
                                  "By May 2025, the council expects the works to end.",
                                  "By Christmas 2024 the pier will reopen to visitors.",
                                  "By Sunday night, 20 November, the harbour had flooded twice."])
def test_a_sentence_that_starts_with_by_and_a_date_is_no_byline(line):
    """A byline names its author before the date; a sentence starts "By <day or month>"."""
    from presswash.pipeline import Context
    from presswash.steps.boilerplate import line_verdicts

    text = "\n\n".join([TITLE, PARAGRAPHS[0], line, PARAGRAPHS[1]]) + "\n"
    _, infos, _, _ = line_verdicts(text, Context(original=text, language="en", options={}))
    assert infos[2].category is None


def test_lines_are_read_as_the_quotes_step_will_leave_them():
    """The quotes step runs after this one and shortens the line by a character (it moves the closing
    mark): a rule bounded by length must see the line as a second cleaning will, and remove it at once."""
    line = "Harbour note: “We will keep the library open.” until the new building is ready, she said."
    rule = "^ harbour note: .{1,74}$"  # the repaired line's length after its first two words
    once = clean_article(page(tail=[line]), boilerplate_patterns=[rule])
    assert removed_with(once, "Harbour note:") == "user"
    assert clean_article(once.text, boilerplate_patterns=[rule]).text == once.text


def test_a_byline_that_the_quotes_step_changes_reads_the_same_when_cleaned_again():
    """The quotes step runs after this one and may move a closing mark, so a byline rule must not
    hang on a line's quotation marks: the second cleaning would read another line (a fuzzer's find)."""
    line = ("By Ana Ruiz | June 8, 2“We will keep the library open.” until the new building is ready, "
            "she said.024")
    once = clean_article(line + "\no helpful!\n").text
    assert clean_article(once).text == once


@pytest.mark.parametrize("label", ["TL;DR:", "Key takeaways:"])
def test_a_label_with_a_colon_right_above_the_first_paragraph_stays(label):
    """Under a byline and a share bar, "TL;DR:" introduces the article's first paragraph."""
    kept = kept_lines(clean(page(head=["Harbour News | October 15, 2025", "Share Post.", label])))
    assert label in kept
    assert "Share Post." not in kept


def test_a_headline_over_a_short_standfirst_stays_with_it():
    """A one-sentence standfirst too short to read as a paragraph, and share buttons: the standfirst
    is the nearest line long enough for a headline, and the headline above it stays too."""
    standfirst = "Our old stone pier is about to get a second life."
    kept = kept_lines(clean(page(head=[standfirst, "Facebook", "Twitter", "Email"])))
    assert standfirst in kept
    assert TITLE in kept


@pytest.mark.parametrize("deck", ["Here is what the council plans for the next two years",
                                  "Analysis by Ana Ruiz, Harbour News",
                                  "5:45 AM 11/19/2024 by Ana Ruiz"])
def test_a_headline_over_a_deck_or_a_byline_stays_with_it(deck):
    """A deck without a stop, or a byline, under the headline: the nearest line long enough for a
    headline is the deck, and the headline right above it stays too."""
    kept = kept_lines(clean(page(head=[deck, "Facebook", "Twitter", "Email"])))
    assert deck in kept
    assert TITLE in kept


@pytest.mark.parametrize("deck", [[], ["The council's vote ends a two-year fight over the pier and what it costs"]],
                         ids=["headline", "headline-and-deck"])
def test_the_headline_over_a_byline_far_above_the_article_stays(deck):
    """Author links and a box of other stories between the byline and the article: the headline-sized
    line right above the byline is the headline, however far above the body it sits (and when that line
    is a deck, the one above it too)."""
    between = ["By Ana Ruiz", "View author archive", "Get author RSS feed", "Most Popular Today",
               "Ferry timetable changes for the winter season", "Lighthouse keeper's cottage opens as a museum",
               "Harbour seals return to the estuary after ten years", "November 18, 2024",
               "Facebook", "Twitter", "Email"]
    kept = kept_lines(clean(page(head=deck + between)))
    assert TITLE in kept
    for line in deck:
        assert line in kept
    for line in between[3:]:
        assert line not in kept


def test_a_headline_over_a_standfirst_and_a_video_title_stays():
    """Headline, a one-sentence standfirst, share buttons, then a video's title right above the article:
    the video's title is taken for the headline and the standfirst for its deck; the standfirst is a
    sentence, so the headline-sized line above it is the headline and stays too."""
    title = "Harbour town votes to rebuild pier"
    standfirst = "The council approved four million euros on Tuesday."
    video = "Watch: the mayor explains why the old pier matters to the town"
    kept = kept_lines(clean(page(title=title, head=[standfirst, "Facebook", "Twitter", "Email", video])))
    assert title in kept and standfirst in kept


def test_a_headline_over_a_standfirst_and_a_byline_far_above_the_article_stays():
    """Headline, a standfirst of a sentence, "By Ana Ruiz", share buttons and a box of other stories
    before the first paragraph: the byline marks the standfirst and the headline above it."""
    standfirst = ("I wanted to learn why the town let its old pier fall apart over forty years, and what it "
                  "will take now to save what is left of it before the winter.")
    between = ["By Ana Ruiz", "View author archive", "Get author RSS feed", "November 18, 2024",
               "Facebook", "Twitter", "Email", "More from Harbour News",
               "Ferry timetable changes for the winter season", "Lighthouse keeper's cottage opens as a museum",
               "Harbour seals return to the estuary after ten years"]
    kept = kept_lines(clean(page(head=[standfirst] + between)))
    assert TITLE in kept and standfirst in kept
    assert not any(line in kept for line in between[:10])


def test_of_a_stack_of_headlines_over_the_article_only_the_nearest_stays():
    """Other stories' headlines stacked over the article's own: the one right above it is no headline
    over a deck, since another headline-sized line sits above it."""
    teasers = ["Ferry timetable changes for the winter season", "Lighthouse keeper's cottage opens as a museum"]
    kept = kept_lines(clean(page(menu=MENU + teasers, head=["Facebook", "Twitter", "Email"])))
    assert TITLE in kept
    for line in teasers:
        assert line not in kept


def test_a_button_above_a_short_standfirst_is_no_headline():
    standfirst = "Our old stone pier is about to get a second life."
    kept = kept_lines(clean(page(menu=MENU + ["Place an Ad"], title=standfirst, head=["Facebook", "Twitter"])))
    assert standfirst in kept
    assert "Place an Ad" not in kept


LIVE_ENTRIES = [  # a live blog's entries under its furniture: time, heading, paragraphs
    ("13:58", "Trains running with delays", PARAGRAPHS[0]),
    ("13:15", "Schools to close early", PARAGRAPHS[1]),
    ("12:40", "The pier will stay shut", PARAGRAPHS[2]),
]


@pytest.mark.parametrize("furniture", [["Key events", "Show key events only"], ["Listen", "Pause"]])
def test_a_live_blogs_entry_times_stay_between_its_entries(furniture):
    """A time alone is a player's running time among its buttons, but between a live blog's entries it
    stamps the next one: weak, it goes only outside the body or beside other widgets."""
    entries = [PARAGRAPHS[3]] + [line for entry in LIVE_ENTRIES for line in entry]
    result = clean(page(head=furniture, paragraphs=entries))
    kept = kept_lines(result)
    assert all(line in kept for line in entries), [removal.text for removal in result.removed]
    assert all(line not in kept for line in furniture)


def test_a_labelled_caption_under_the_byline_is_no_headline():
    """A scraper that keeps a caption's hidden label ("Image caption, …") puts the lead picture's caption
    between the byline and the first paragraph: the headline above the byline stays, not the caption."""
    caption = "Image caption, Fishermen mending their nets on the old stone pier in 2019"
    head = ["2 hours ago", "Share", "Save", "Ana Ruiz", "Harbour News, Porto", "Image source, Getty Images", caption]
    result = clean(page(menu=[], head=head))
    kept = kept_lines(result)
    assert kept[0] == TITLE and caption not in kept, kept[:3]
    assert all(paragraph in kept for paragraph in PARAGRAPHS)
    inside = clean(page(body_insert={1: [caption]}))
    assert caption in kept_lines(inside)  # (between paragraphs, a caption is the article's)


COMMENT_FORM = ["Leave a Reply", "Your email address will not be published. Required fields are marked *",
                "Comment *", "Name *", "Email *", "Website",
                "Save my name, email, and website in this browser for the next time I comment.", "Post Comment"]


def test_a_comment_count_under_the_byline_opens_no_thread_above_a_dense_comment_form():
    """A blog prints its comment count under the byline; its comment form at the end is eight lines of
    furniture in a block. Furniture that dense reads as a thread outweighing a short post only when it
    recurs right below its first line: here the article is below the count, and stays."""
    items = ["1 natural yogurt", "3 eggs", "2 measures of sugar", "3 measures of flour", "1 measure of oil"]
    article = [PARAGRAPHS[0], "Ingredients", *items, "Method", PARAGRAPHS[1]]
    title = "My grandmother's lemon yogurt cake (the one she baked for us every Sunday)"  # (reads as prose)
    text = "\n".join(["Home", "Recipes", "Contact", title, "Posted on 3 February 2024 by Ana", "15 Comments",
                      *article, *COMMENT_FORM, "© 2024 Example Kitchen"]) + "\n"
    result = clean(text)
    kept = kept_lines(result)
    assert all(line in kept for line in article), [removal.reason for removal in result.removed]
    assert not any(line in kept for line in COMMENT_FORM)


LETTER = ["Dear Minister,",
          "I am not writing to complain. I am writing because I no longer know whom else to tell what I see "
          "in my surgery every day.",
          "This autumn my practice saw more than a hundred and twenty children on some days, and my colleague "
          "and I work until late in the evening.",
          "Since September we have taken no new patients, and every day we have to send parents away.",
          "Come to Kaltenau on a Monday morning in November and sit for an hour in our waiting room."]


def test_a_comment_link_under_the_standfirst_opens_no_thread_over_the_article():
    """A comment link under the standfirst, the article, then a thread whose furniture recurs every few lines:
    furniture that dense opens the thread at its first line, but not over the article, most of the page's
    prose, which sits between that link and the rest of the furniture."""
    standfirst = "A paediatrician has written to the minister. We print her letter in full."
    thread = ["3 Comments", "Sabine K.", "Thank you for this letter.", "Reply", "Tom R.", "Brave of her.", "Reply",
              "Helga M.", "Unthinkable.", "Reply"]
    text = "\n".join(["Home", "News", "A paediatrician writes to the minister", standfirst, "Add a comment",
                      *LETTER, *COMMENT_FORM, *thread, "© 2024 Example Harbour News"]) + "\n"
    result = clean(text)
    kept = kept_lines(result)
    assert all(line in kept for line in [standfirst, *LETTER]), [removal.reason for removal in result.removed]
    assert not any(line in kept for line in COMMENT_FORM + thread)


@pytest.mark.parametrize("label", ["FULL TIME", "Scene one", "The main points"])
def test_a_label_over_the_first_paragraph_under_the_byline_and_share_bar_stays(label):
    """A short label right above the first paragraph, under the byline and share buttons that part it from
    the headline, is the article's first heading: "FULL TIME" over a live ticker's last entry."""
    kept = kept_lines(clean(page(head=["By Tom Weller", "12 May 2024", "Share", label])))
    assert kept[:3] == [TITLE, label, PARAGRAPHS[0]], kept[:3]


@pytest.mark.parametrize("label", ["@harbournews", "Author: Tom Weller", "Read Later"])
def test_a_handle_a_labelled_value_or_a_recurring_button_over_the_first_paragraph_still_goes(label):
    """The traps: a handle, a label with its value, a button that comes again further down the page."""
    text = page(head=["By Tom Weller", "12 May 2024", "Share", label], tail=["Read Later"])
    kept = kept_lines(clean(text))
    assert kept[:2] == [TITLE, PARAGRAPHS[0]], kept[:3]

def test_a_numbered_items_cue_inside_the_article_is_the_lists():
    """A tracklist's song named like a widget ("4. Sign Up for Our Newsletter") is the list's item: a cue
    inside a numbered item is a hint, so between the paragraphs it stays; in the footer it still goes."""
    tracks = ["1. Harbour Lights", "2. Low Water", "3. The Quay at Night", "4. Sign Up for Our Newsletter",
              "5. Nine Miles to Marrow"]
    result = clean(page(body_insert={1: ["Tracklist:", *tracks]}, tail=["Subscribe to our weekly newsletter"],
                        footer=["1. Sign up for our newsletter", *FOOTER]))
    kept = kept_lines(result)
    assert all(track in kept for track in tracks), result.removed
    assert "1. Sign up for our newsletter" not in kept

LONG_DECK = ("The council wants the old stone pier rebuilt by next summer, and here is what the plan says about the "
             "money, the stones and the boats that will tie up there again")


@pytest.mark.parametrize("under", [["By Tom Weller"], ["By Tom Weller", "Share", "Tweet"], []])
def test_a_deck_too_long_for_a_headline_without_its_stop_stays_under_the_headline(under):
    """A deck printed without its stop is no paragraph, and too long for a headline: right under the
    headline, over the byline, it stays with it."""
    kept = kept_lines(clean(page(head=[LONG_DECK, *under])))
    assert kept[:2] == [TITLE, LONG_DECK], kept[:3]


def test_a_long_line_of_keywords_under_the_headline_still_goes():
    """The trap: a line of a page's keywords is as long, but no sentence."""
    keywords = ("Harbour, Pier, Storms, Ferries, Fishermen, Council, Budget, Region, Stones, Boats, Winter, "
                "Summer, Museum, Lighthouse, Quay, Tides, Seals, Estuary, Moorings, Repairs, Engineers, Petition, "
                "Festival, Vote, Mayor, Harbour Master, Timetable")
    kept = kept_lines(clean(page(head=[keywords, "By Tom Weller"])))
    assert keywords not in kept
    assert kept[0] == TITLE

@pytest.mark.parametrize("dateline", ["Porto | 22/10/2023 at 11:05", "PORTO – 14 January 2024",
                                      "Porto - 17 APR 2024 - 08:30 CET"])
def test_a_dateline_under_the_byline_is_no_headline(dateline):
    """A dateline (the place, the date and time of writing) between the byline and the first paragraph
    is headline-sized, but no headline: the headline and standfirst above the byline stay."""
    standfirst = "The work will take two years and cost four million euros paid by the region"
    head = [standfirst, "Newsroom", dateline, "Share", "Tweet"]
    kept = kept_lines(clean(page(head=head)))
    assert kept[:2] == [TITLE, standfirst], kept[:3]
    assert all(paragraph in kept for paragraph in PARAGRAPHS)


@pytest.mark.parametrize("hours", [["Monday 23 March 2026, 9am to 12pm", "Saturday 4 April 2026, 9am to 12pm"],
                                   ["Tuesday, 12 May 2026, 15:00 to 18:00", "Thursday, 28 May 2026, 09:00 to 12:00"]])
def test_a_notices_office_hours_under_their_heading_stay(hours):
    """Dates with their hours, two or more in a row under a heading that stays and over a paragraph, past the
    article's first paragraph: a public notice's office hours, not a byline's dates."""
    result = clean(page(body_insert={1: ["Office hours", *hours]}))
    kept = kept_lines(result)
    assert all(line in kept for line in ["Office hours", *hours, *PARAGRAPHS]), result.removed

def test_two_dates_with_hours_under_the_headline_still_go():
    """The trap: two dates with their hours under the headline and over the first paragraph are a byline's."""
    dates = ["Sunday 12 May 2024, 10:15", "Monday 13 May 2024, 09:30"]
    kept = kept_lines(clean(page(head=dates, menu=[])))
    assert not any(line in kept for line in dates), kept[:4]

def test_a_list_of_tour_dates_between_paragraphs_stays():
    """Place-and-date lines are a dateline's shape, and a tour's dates too: between paragraphs they stay."""
    dates = ["Lisbon Arena | 2 May 2024", "Porto Coliseum | 4 May 2024", "Madrid WiZink | 7 May 2024"]
    kept = kept_lines(clean(page(body_insert={1: dates})))
    assert all(line in kept for line in dates + PARAGRAPHS)


def test_a_timelines_years_are_no_page_numbers():
    """A bare number is a pager's page ("2", "3"), weak; a year is four figures, and a timeline's first
    year right under its heading stays like the others."""
    timeline = ["Timeline", "1874", "The hall opens on Market Street.", "1899", "Electric lighting is installed.",
                "1952", "Grain trading ends and the hall becomes a dance hall."]
    kept = kept_lines(clean(page(body_insert={1: timeline})))
    assert all(line in kept for line in timeline + PARAGRAPHS)


@pytest.mark.parametrize("salutation", ["Dear Ana,", "Dear readers,", "Good morning,"])
def test_a_salutation_over_the_first_paragraph_stays(salutation):
    """A letter's or a newsletter's salutation opens its first paragraph, as a colon's label introduces it."""
    kept = kept_lines(clean(page(head=["Share", "Comments (48)", salutation])))
    assert kept[:3] == [TITLE, salutation, PARAGRAPHS[0]]


def test_a_programmes_days_over_their_events_stay():
    """A date is a byline's part, weak; in a programme it heads the day's events: over an event's title and
    its time and place, it stays."""
    programme = ["Friday 20 September 2024", "Harbour Jazz Night", "8pm, Boathouse, Quay Street, tickets 18 euros",
                 "Saturday 21 September 2024", "Kids' Flea Market", "9am to 1pm, school yard, stalls 5 euros"]
    kept = kept_lines(clean(page(body_insert={1: programme})))
    assert all(line in kept for line in programme + PARAGRAPHS)


def test_a_teasers_date_over_its_label_and_blurb_still_goes():
    """Over a label and a prose blurb, a date is a teaser's, in a list of other posts."""
    teasers = []
    for headline, date, blurb in [
            ("Did the council sell the old quay to a hotel chain?", "8 October 2019",
             "A routine review of a claim that spread on social media last week."),
            ("Was the ferry captain fired for speaking to the press?", "1 November 2019",
             "The harbour authority says the captain retired, and he agrees."),
            ("Did the mayor promise a bridge to Gaia in 2015?", "8 November 2019",
             "The promise was made, but by the mayor of another town altogether.")]:
        teasers += [headline, date, "Fact Check", blurb]
    kept = kept_lines(clean(page(tail=teasers)))
    assert not any(date in kept for date in ("8 October 2019", "1 November 2019", "8 November 2019")), kept


def test_the_headline_over_a_deck_far_above_the_article_stays():
    """A column's headline over its deck, with the columnist's name, role, date and buttons between the
    deck and the first paragraph: the deck is the nearest headline-sized line, and the headline right
    above it stays too, however far the two sit from the article."""
    deck = "I was a sceptic. Then my own street flooded."
    head = [deck, "Lorna Achebe-Finch", "Columnist", "June 3, 2024", "8 min read", "Share", "Save for later",
            "Gift this article"]
    kept = kept_lines(clean(page(head=head)))
    assert kept[:3] == [TITLE, deck, PARAGRAPHS[0]], kept[:3]


@pytest.mark.parametrize("heading", ["Key Takeaways", "TL;DR", "Key points:"])
def test_a_summary_boxs_heading_over_its_points_stays(heading):
    """A summary box opens the article: its points stay as the body's first lines, and its heading, which
    went for its place above them, stays with them."""
    points = ["The council will rebuild the old stone pier, closed since a storm damaged it last spring.",
              "Most of the four million euros will come from the regional government, the mayor said."]
    kept = kept_lines(clean(page(head=["By Ana Ruiz", "Share", heading, *points])))
    assert kept[:4] == [TITLE, heading, *points], kept[:4]


def test_a_live_blogs_headline_and_summary_over_its_first_entry_stay():
    """A live blog's headline, then its summary box's points, then the entries under their times: a time
    alone says nothing about where the article is, so the body reaches the summary and the headline."""
    summary = ["About 42,000 homes are without power", "Trains cancelled between Ardle and Wexham",
               "Three severe flood warnings on the River Lune"]
    entries = [line for entry in LIVE_ENTRIES for line in entry]
    text = page(head=["Updated 2 minutes ago", "By Ana Ruiz", "Share", "Refresh", "Summary", *summary],
                paragraphs=entries)
    kept = kept_lines(clean(text))
    assert kept[0] == TITLE and all(line in kept for line in summary), kept[:5]
    assert all(line in kept for line in entries)


def test_a_wire_dateline_and_a_credited_caption_under_the_byline_are_no_headline():
    """A wire dateline parts its place with a comma ("PORTO, Updated: May 21, 2025 07:12 IST"), and the
    lead picture's caption carries its credit: neither is the headline above them, which stays."""
    standfirst = "Fishermen have been issued notices; a few owners have approached the court"
    caption = "Fishermen mending their nets on the quay on Tuesday. | Photo Credit: K. M. Rao"
    head = [standfirst, "Ana Ruiz", "PORTO, Updated: May 21, 2025 07:12 IST", "Follow Us", caption]
    kept = kept_lines(clean(page(head=head)))
    assert kept[:2] == [TITLE, standfirst], kept[:3]


def test_a_credit_with_a_names_initials_goes_from_its_caption():
    caption = "Fishermen mending their nets on the quay on Tuesday."
    result = clean(page(body_insert={1: [caption + " | Photo Credit: K. M. Rao"]}))
    assert caption in kept_lines(result)
    assert removed_with(result, "Photo Credit: K. M. Rao") == "photo_credit"


@pytest.mark.parametrize("credit", ["Photo: Ana Ruiz", "© Ana Ruiz/Example"])
def test_the_lead_pictures_caption_over_its_credit_stays(credit):
    """The lead picture's caption under the byline, over its credit's own line, is the article's: it stays
    (the credit goes), and so does the headline above."""
    caption = "Fishermen mend their nets on the old stone pier."
    standfirst = "The work will take two years and cost four million euros paid by the region"
    result = clean(page(head=[standfirst, "By Tom Ward", "May 2, 2024", caption, credit]))
    kept = kept_lines(result)
    assert kept[:4] == [TITLE, standfirst, caption, PARAGRAPHS[0]], kept[:4]


def test_a_headline_over_its_pictures_credit_is_no_caption():
    """A headline sits over its picture's credit too, with the picture between: it ends in no stop, and
    stays as the headline, not as a caption (nothing else of the page comes back with it)."""
    kept = kept_lines(clean(page(menu=MENU + ["Most popular"], head=["Photo: Ana Ruiz"])))
    assert kept[:2] == [TITLE, PARAGRAPHS[0]]


def test_menu_and_footer_go():
    result = clean(page())
    kept = kept_lines(result)
    for line in MENU + FOOTER:
        assert line not in kept


def test_line_verdicts_are_the_steps_decisions_line_by_line():
    from presswash.pipeline import Context
    from presswash.steps.boilerplate import line_verdicts
    text = page(tail=["Leave a Reply"])
    lines, infos, decisions, note = line_verdicts(text, Context(original=text, language="en", options={}))
    assert len(lines) == len(infos) == len(decisions) == len(MENU) + 1 + len(PARAGRAPHS) + 1 + len(FOOTER)
    removed = {text[start:end] for (_, start, end, _), decision in zip(lines, decisions) if decision is not None}
    assert removed == {line.strip() for removal in clean(text).removed for line in removal.text.splitlines()} - {""}
    category = removed_with(clean(text), "Leave a Reply")
    assert category is not None and decisions[len(MENU) + 1 + len(PARAGRAPHS)][0] == category
    assert note is None
    assert line_verdicts("\n \n", Context(original="\n \n", language="en", options={})) is None


GLUED_MENU = [
    "Harbour NewsLocal NewsCouncil and the Town HallFishing and the SeaTides and the WeatherSport and the "
    "RegattaOpinion and the LettersHow to advertise in the paper.",
    "About the PaperOur JournalistsWork with the TeamContact the NewsroomSubscribe to the Print EditionHelp "
    "and the FAQ for readers.",
]


def test_a_menus_entries_run_together_go_though_they_read_as_prose():
    """An extractor that joined a drop-down menu's entries without spaces leaves one long line that is
    long and full of function words, like prose: above the article it would pull the body to it."""
    from presswash.pipeline import Context
    from presswash.steps.boilerplate import line_verdicts
    text = page(menu=MENU + GLUED_MENU)
    lines, _, decisions, _ = line_verdicts(text, Context(original=text, language="en", options={}))
    verdicts = {text[start:end]: decision for (_, start, end, _), decision in zip(lines, decisions)}
    for line in GLUED_MENU:
        assert verdicts[line] == ("navigation",
                                  "a menu's entries run together without spaces, outside the article body")
    kept = kept_lines(clean(text))
    assert TITLE in kept
    for paragraph in PARAGRAPHS:
        assert paragraph in kept


@pytest.mark.parametrize("line, glued", [
    (GLUED_MENU[0], True),
    # brands in a list have commas between them; an identifier in code has brackets or dots
    ("Teachers compared YouTube, LinkedIn, WordPress, TikTok, PayPal and the school's own site.", False),
    ("The AddHttpLogging() call puts the HttpLoggingHandler in the ServiceCollection.LoggingOptions list.", False),
    ("The harbour office runs on one old PC with JavaScript and a spreadsheet for the moorings.", False),
    ("Shared with #HarbourNews #StreetFood #FishMarket #PierRebuild #VisitLima", False),  # hashtags
])
def test_a_glued_menu_is_told_from_brand_names_and_code(line, glued):
    from presswash.pipeline import Context
    from presswash.steps.boilerplate import line_verdicts
    text = page(body_insert={1: [line]})
    lines, infos, _, _ = line_verdicts(text, Context(original=text, language="en", options={}))
    index = next(index for index, (_, start, end, _) in enumerate(lines) if text[start:end] == line)
    assert infos[index].glued is glued
    assert (line in kept_lines(clean(text))) is True  # inside the article, it stays either way


# ------------------------------------------------------------------ the page's tail

TEASERS_WITH_BLURBS = [
    "Ferry timetable changes for the winter season",
    "The island ferry will sail twice a day instead of four times from November, the operator said "
    "on Monday, because the number of passengers falls sharply once the tourists have gone home.",
    "Lighthouse keeper's cottage opens as a small museum",
    "Volunteers spent two years restoring the cottage by the lighthouse, and from next week visitors "
    "can see the old lamps, the logbooks and the tiny kitchen where the keepers once cooked.",
]


def test_teasers_with_blurbs_below_a_related_heading_go():
    """Blurbs read like prose; under a "Related stories" heading at the article's end they are the tail."""
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    result = clean(page(paragraphs=article, tail=["Related stories"] + TEASERS_WITH_BLURBS))
    kept = kept_lines(result)
    for line in TEASERS_WITH_BLURBS:
        assert line not in kept
    assert removed_with(result, TEASERS_WITH_BLURBS[1][:40]) == "page_furniture"
    for paragraph in article:
        assert paragraph in kept


LONG_PLUG = ("Join 12,000+ readers who get the Harbour Weekly in their inbox every Friday morning, with the tides, "
             "the ferry times and the best photos.")


def test_a_long_plug_sentence_near_the_end_ends_the_article():
    """A newsletter plug in a sentence of its own, however long, ends the article when little prose
    follows it: the teasers under it go with it."""
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    result = clean(page(paragraphs=article, tail=[LONG_PLUG] + TEASERS_WITH_BLURBS[:2]))
    kept = kept_lines(result)
    assert LONG_PLUG not in kept
    for line in TEASERS_WITH_BLURBS[:2]:
        assert line not in kept
    for paragraph in article:
        assert paragraph in kept


def test_a_paragraph_right_under_a_long_plug_stays():
    """A newsletter box the writer put above the acknowledgements ends nothing: the paragraph right
    under it is the article's."""
    thanks = "Thanks to the harbour master and the two ferry crews for their help and comments on this piece."
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    kept = kept_lines(clean(page(paragraphs=article, tail=[LONG_PLUG, thanks])))
    assert LONG_PLUG not in kept
    for paragraph in article + [thanks]:
        assert paragraph in kept


MORE_TEASERS_WITH_BLURBS = [
    "Harbour seals return to the estuary after ten years",
    "Wardens counted more than forty seals on the sandbanks this autumn, the highest number since the "
    "old sewage outfall was closed and the water in the estuary began to clear again.",
    "Fish market moves to the old railway goods shed",
    "Traders say the new hall is larger and drier than the old one, although some of the older "
    "customers have complained that it is now a long walk from the bus stop on the main street.",
]


def test_teaser_grid_below_the_sites_notice_goes():
    """The page's "All rights reserved" notice closes the article, even with a grid of teasers below it."""
    notice = "© 2024 Example Harbour News. All rights reserved."
    teasers = ["More news"] + TEASERS_WITH_BLURBS + MORE_TEASERS_WITH_BLURBS
    result = clean(page(tail=[notice] + teasers, footer=["About us", "Privacy policy"]))
    kept = kept_lines(result)
    for paragraph in PARAGRAPHS:
        assert paragraph in kept
    for line in teasers:
        assert line not in kept


OTHER_STORIES = [
    "Storm warning issued for northern coast villages",
    "Ferry operator cuts winter timetable to two sailings",
    "Fish market traders oppose new harbour parking fees",
    "Lighthouse cottage reopens as maritime museum",
    "Seal numbers in estuary reach ten-year high",
    "Regional rail line closed after landslide near Port Elm",
    "School governors approve new sports hall plans",
    "Coastal path repairs delayed until spring",
    "Lifeboat crew rescues two kayakers off Black Point",
    "Council election results: full list of winners",
]


def test_a_list_of_other_stories_headlines_above_the_article_goes():
    """A site's list of other headlines between its menu and the article; the lines nearest the
    article stay with it, since its headline may be any of them."""
    result = clean(page(head=None, title=TITLE, menu=MENU + OTHER_STORIES))
    kept = kept_lines(result)
    assert TITLE in kept
    for paragraph in PARAGRAPHS:
        assert paragraph in kept
    for line in OTHER_STORIES[:5]:
        assert removed_with(result, line) == "page_furniture"
    assert OTHER_STORIES[-1] in kept


VERSES = [
    "I have been walking down this empty road",
    "Looking for the place I used to know",
    "Where the river meets the morning light",
    "And the children run into the night",
    "Every window holds a memory of you",
    "Every corner tells me what is true",
    "I will carry all the things you gave",
    "Down the river to the other side",
    "And I will sing it when the day is done",
]


@pytest.mark.parametrize("heading, lines", [
    ([], VERSES),  # a song's verses under the headline: lines that keep their articles are no headlines
    ([], [f"{number}. {line}" for number, line in enumerate(OTHER_STORIES, 1)]),  # the article's numbered list
    (["The stories we followed this year:"], OTHER_STORIES),  # a list the article introduces
    (["Highlights:"], OTHER_STORIES),  # (a heading that weighs nothing, so the run starts under it)
    (["Key Takeaways"], OTHER_STORIES),  # a heading as short as a menu's word
    (["Table of Contents"], OTHER_STORIES),  # (the heading itself may go: its entries never come again)
], ids=["verses", "numbered", "introduced", "short-introduction", "short-heading", "contents-heading"])
def test_lines_between_the_headline_and_the_first_paragraph_that_are_no_teasers_stay(heading, lines):
    kept = kept_lines(clean(page(head=heading + lines)))
    assert TITLE in kept
    for line in lines:
        assert line in kept


def test_a_paragraph_that_lost_its_stop_under_a_read_more_heading_is_no_teaser():
    """A long line under "Suggested reading:" is the article going on, not a teaser headline."""
    paragraph = ("Well, the good news is that the ferry service is in demand again, because over half of the "
                 "islanders we asked said they would take it twice a week or more")
    kept = kept_lines(clean(page(body_insert={1: ["Suggested reading:", paragraph]})))
    assert paragraph in kept
    assert "Suggested reading:" not in kept


ARCHIVE = ["June 2024 (4)", "May 2024 (7)", "April 2024 (3)", "March 2024 (6)"]
CATEGORIES = ["Harbour (12)", "Ferries (5)", "Weather (9)", "Fishing (14)", "Council (21)", "Schools (8)",
              "Sport (17)", "Letters (3)", "Events (11)", "Tides (2)"]


@pytest.mark.parametrize("widget", [["Archives"] + ARCHIVE, CATEGORIES], ids=["under-a-heading", "long"])
def test_a_blogs_archive_and_category_counts_below_the_article_go(widget):
    """Figures in brackets make these lines look like a table's rows; a run of them with counts
    that differ is the blog's archive or its categories: under a heading that names it, or long."""
    result = clean(page(tail=widget))
    kept = kept_lines(result)
    for line in widget:
        assert line not in kept
    for paragraph in PARAGRAPHS:
        assert paragraph in kept


def test_three_counted_lines_under_a_heading_that_names_them_are_an_archive():
    """Three is the shortest run under a heading a phrase rule names; without the heading three are a list."""
    from presswash.steps.boilerplate.lines import classify_line, page_stopwords
    from presswash.steps.boilerplate.phrases import rules_for
    from presswash.steps.boilerplate.runs import counted_entries
    rules, stop = rules_for("en"), page_stopwords("", "en")
    infos = [classify_line(line, ("test",), rules, None, stop, True, True) for line in ["Archives"] + ARCHIVE[:3]]
    assert counted_entries(infos) == [1, 2, 3]
    assert counted_entries(infos[1:]) == []


SEATS = ["Labour (412)", "Conservative (121)", "Liberal Democrats (72)"]
ROW_LABELS = ["Homes sold above asking", "Median days on the market", "Average sale-to-list percentage",
              "Listings with price drops", "New listings a month", "Median asking rent", "Homes sold in cash",
              "Share of first-time buyers", "Median home size", "Months of supply"]


@pytest.mark.parametrize("lines, where", [
    (SEATS, "body"),  # a list of seats between two paragraphs
    (["Seats"] + SEATS, "tail"),  # at the article's end, under its own heading
    (["The new council, by seats:"] + SEATS, "tail"),  # a list the article introduces, at its end
    ([f"{label} (2024)" for label in ROW_LABELS], "tail"),  # a year on every row, at the article's end
    ([f"{label} ★★★★☆({number})" for number, label in enumerate(ROW_LABELS, 3)], "tail"),  # ratings
], ids=["seats", "seats-at-the-end", "introduced-seats", "years", "ratings"])
def test_lines_with_counts_in_the_article_stay(lines, where):
    text = page(body_insert={1: lines}) if where == "body" else page(tail=lines)
    kept = kept_lines(clean(text))
    for line in lines:
        assert line in kept


def test_a_related_box_inside_the_article_goes_with_its_heading():
    """"More from Harbour News" over a short list of headlines, between two paragraphs, heads that
    list, not the article's next section, though both its neighbours look like content."""
    lines = ["More from Harbour News"] + OTHER_STORIES[:5]
    result = clean(page(body_insert={1: lines}))
    kept = kept_lines(result)
    for line in lines:
        assert line not in kept
    for paragraph in PARAGRAPHS:
        assert paragraph in kept


def test_a_related_heading_over_a_paragraph_stays_as_a_subheading():
    paragraph = ("Other towns along the coast have faced the same choice, and most of them decided to repair "
                 "their piers rather than pull them down, the regional planning office said.")
    kept = kept_lines(clean(page(body_insert={1: ["Related coverage", paragraph]})))
    assert "Related coverage" in kept
    assert paragraph in kept


@pytest.mark.parametrize("heading", ["Related resources", "Read more in our guides below:"])
def test_a_heading_that_may_be_the_articles_own_section_ends_nothing(heading):
    """"Related resources" or "Read more in our guides below:" over a short list, with the article's
    last paragraph after it: its own section, not a teaser box that ends it."""
    items = ["How to plan a harbour walk", "Ten tips for the ferry in winter"]
    text = page(body_insert={4: [heading] + items}, paragraphs=PARAGRAPHS + NEWSLETTER_ARTICLE[:2])
    kept = kept_lines(clean(text))
    for paragraph in PARAGRAPHS + NEWSLETTER_ARTICLE[:2]:
        assert paragraph in kept


def test_the_headline_under_a_breaking_news_box_stays():
    """"Breaking News" over a teaser, right above the article: the last line under the box, over the
    first paragraph, is the article's own headline."""
    teaser = "Ferry timetable changes for the winter season"
    result = clean(page(head=None, menu=MENU + ["Breaking News", teaser]))
    kept = kept_lines(result)
    assert TITLE in kept
    assert teaser not in kept


def test_notice_above_most_of_the_article_ends_nothing():
    notice = "© 2024 The Harbour Trust. All rights reserved."
    result = clean(page(body_insert={0: [notice, "A long wait for the fishermen"]},
                        footer=["About us", "Privacy policy"]))
    kept = kept_lines(result)
    for paragraph in PARAGRAPHS:
        assert paragraph in kept


SERIAL_CONSOLE_STORY = [
    "The old workstation in the basement still boots, but only at the speed its firmware was told to use "
    "years ago, and changing that speed means reading its console one line at a time over a serial cable.",
    "I kept a notebook of every setting I tried, because the machine forgets nothing and forgives less, and "
    "a wrong value leaves it silent until someone resets it by hand from the small panel at the front.",
    "The manual lists a dozen speeds, from the fastest the port can manage down to a crawl that nobody has "
    "used since the days of paper terminals, and it promises that every one of them will work as well.",
    "Testing them all meant a cycle that soon became a ritual: power the machine off, wait, power it on "
    "again, and watch for the first characters of the banner to appear on the screen of the laptop.",
    "At the faster speeds the banner scrolls past before there is time to read it, which is a good sign, "
    "since it means the port and the cable and the settings on both ends all agree with one another.",
    "At the slower speeds the banner takes its time, and a missed key press means that the machine goes on "
    "to load its operating system, and the whole cycle has to begin again from the very start.",
    "Over the years the cable has been replaced twice, the laptop three times, and the terminal program "
    "more often than anyone can remember, yet the machine at the other end has never changed at all.",
    "A friend who restores old computers for a museum offered to help, and he brought a box of adapters "
    "with him, since the plugs on machines of that age rarely match anything that is sold in shops today.",
    "The firmware greets you with a short banner before it loads the boot program, and this is what it "
    "printed on the screen each time, character by character, for the whole of that long afternoon:",
]
BOOT_BANNER = [
    "----------------------------------------",
    "Boot ROM Version",
    "Memory Size",
    "(c) Copyright 1991-1995, Example Computer Company.",
    "All rights reserved",
]
SERIAL_CONSOLE_END = [
    "At the slowest speed that banner alone took more than a minute to appear, which is why the tests "
    "filled a whole afternoon and most of a pot of coffee before they were all done and written down.",
    "In the end every speed worked as the manual promised, and the notebook went back on the shelf next to "
    "the machine, where it still sits today for whoever needs to change the speed again one day.",
]


def test_copyright_notice_quoted_in_the_article_ends_nothing():
    # A boot banner or a licence header in a listing holds "(c) Copyright …". With nothing a rule
    # names below it and the article's prose going on, it is the article's, not the page's footer.
    text = "\n\n".join(SERIAL_CONSOLE_STORY) + "\n\n" + "\n".join(BOOT_BANNER) + "\n\n" + \
        "\n\n".join(SERIAL_CONSOLE_END) + "\n"
    kept = kept_lines(clean(text))
    for paragraph in SERIAL_CONSOLE_STORY + SERIAL_CONSOLE_END:
        assert paragraph in kept


ENGINEERS_PARAGRAPH = (
    "Engineers who inspected the pier in the summer found that the storm had washed out much of the "
    "rubble core behind the outer wall, so the stones will be lifted one by one, numbered and stored, "
    "and then set back in their old places on a new concrete core, which the engineers said was the "
    "only way to keep the look of the pier while making it safe for another hundred years of storms."
)


def test_related_box_inside_the_article_keeps_the_paragraphs_after_it():
    long_paragraph = ENGINEERS_PARAGRAPH
    paragraphs = PARAGRAPHS[:3] + [long_paragraph]
    result = clean(page(paragraphs=paragraphs,
                        body_insert={2: ["Related:", "Storm damage closes the old stone pier"]}))
    assert long_paragraph in kept_lines(result)



CLOSING_PARAGRAPH = ("The mayor said the pier would reopen with a small festival next summer, and that the town "
                     "would invite every fisherman who had signed the petition to save it.")


@pytest.mark.parametrize("heading", ["Read also", "Related", "See also"])
def test_a_box_of_one_teaser_before_the_last_paragraph_keeps_that_paragraph(heading):
    """A box of one teaser, then a paragraph longer than a blurb with the page's furniture (a credit, the
    page's own related box) under it: the article goes on under the box, though the paragraph is short."""
    box = [heading, "Storm damage closes the old stone pier"]
    tail = ["Photo: Ana Ruiz/Example Agency", "Related articles", "Ferry timetable changes for the winter season",
            "Lighthouse keeper's cottage opens as a small museum"]
    result = clean(page(paragraphs=PARAGRAPHS + [CLOSING_PARAGRAPH], body_insert={len(PARAGRAPHS) - 1: box},
                        tail=tail))
    kept = kept_lines(result)
    assert CLOSING_PARAGRAPH in kept
    assert "Ferry timetable changes for the winter season" not in kept


def test_an_interviews_last_question_and_answer_under_a_box_of_one_teaser_stay():
    """One teaser, then a short question, its answer and the book's details, then the page's tags: more
    prose than a blurb, with no other teaser under it, is the interview going on."""
    interview = ["Q: Your novel opens with a closure. Why not with an opening?",
                 "A: Because that is what I have seen all my life. First the school closed, then the bakery, "
                 "then the bank.",
                 "Q: And to those who move back?",
                 "A: Not to idealise it. It is cold here, the doctor comes twice a week and the phone signal is "
                 "poor, but the neighbours will know your name by the second day."]
    box = ["Related", "The week's best-selling books"]
    closing = ["'The Last Bakery' by Ana Ruiz, Harbour Press, 312 pages."]
    text = "\n".join(["Home", "Books", "Ana Ruiz: \"Villages do not empty, we empty them\"", *PARAGRAPHS,
                      *interview[:2], *box, *interview[2:], *closing, "Tags: Books, Villages", *FOOTER]) + "\n"
    result = clean(text)
    kept = kept_lines(result)
    assert all(line in kept for line in interview + closing), [removal.reason for removal in result.removed]
    assert not any(line in kept for line in box[1:])


def test_teasers_each_with_its_blurb_still_end_the_article():
    """The trap: a box's teasers each over its blurb are other stories', though the blurbs are sentences."""
    blurbs = ["The mayor has signed the order to close the pier until the stones are lifted, numbered and stored, "
              "and the fishermen will have to tie up at the ferry quay for the whole of the winter.",
              "The cottage where three generations of keepers lived will open as a museum in the spring, with "
              "the keepers' logbooks, their lamps and the old foghorn on show in the front room."]
    box = ["Related", "Storm damage closes the old stone pier", blurbs[0],
           "Lighthouse keeper's cottage opens as a small museum", blurbs[1], "Tags: Harbour, Storms"]
    kept = kept_lines(clean(page(tail=box)))
    assert not any(line in kept for line in box)
    assert all(paragraph in kept for paragraph in PARAGRAPHS)

def test_a_box_of_one_teaser_with_its_blurb_and_read_more_still_ends_the_article():
    """The trap: one teaser with its blurb and its "Read more" button is another story's, however long the blurb."""
    box = ["Related", "Storm damage closes the old stone pier", CLOSING_PARAGRAPH, "Read More..."]
    result = clean(page(tail=box))
    kept = kept_lines(result)
    assert CLOSING_PARAGRAPH not in kept
    assert all(paragraph in kept for paragraph in PARAGRAPHS)


SHORT_SENTENCES = [
    "In the winter the harbour is quiet, and most of the boats stay on their moorings.",
    "Only the ferry and two fishing boats go out when the weather allows it.",
    "The harbour master said the new wall would make the winter storms easier to ride out.",
]


def test_short_paragraphs_right_under_a_trending_box_are_the_article():
    """A paper that gives each sentence its own line: three of them right under "Trending", with no
    headline between, are the article going on, not the box's teasers; the box below still goes."""
    article = PARAGRAPHS + SHORT_SENTENCES
    box = ["Related articles", "Ferry timetable changes for the winter season",
           "Lighthouse keeper's cottage opens as a small museum", "Harbour seals return to the estuary"]
    result = clean(page(paragraphs=article, body_insert={len(PARAGRAPHS) - 1: ["Trending"]}, tail=box))
    kept = kept_lines(result)
    for paragraph in article:
        assert paragraph in kept
    for line in box:
        assert line not in kept


def test_teasers_glued_to_their_blurbs_under_a_related_heading_go():
    """ "Best Harbour Walks of 2026 A guide to …": a headline in Title Case with its blurb glued on
    ends in a stop, as a sentence does; three of them are still the box's teasers."""
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    teasers = [
        "Best Harbour Walks of 2026 A guide to the loveliest walks along the coast, with maps and times.",
        "Ten Ferry Routes Worth Taking This Winter A roundup of our favourite crossings for the cold months.",
        "How We Test Rain Jackets Our method for soaking, wearing and scoring every jacket we review.",
    ]
    result = clean(page(paragraphs=article, tail=["Related articles"] + teasers))
    kept = kept_lines(result)
    for line in teasers:
        assert line not in kept
    for paragraph in article:
        assert paragraph in kept


def test_a_deals_list_under_dont_miss_in_an_extractors_output_stays():
    """ "Don't Miss" heads a deals post's product boxes as often as other stories' teasers: alone on its
    line it names no widget, and the products under it are the article's."""
    products = ["Harbour Lamp with Charging Case", "Automatically on, automatically connected",
                "Easy setup for all your devices", "Charges quickly in the case", "$139.00",
                "Harbour Lamp Pro", "Three sizes of shades for every window", "Sweat and water resistant", "$234.98"]
    text = "\n\n".join(PARAGRAPHS[:2] + ["Don't Miss"] + products) + "\n"
    kept = kept_lines(clean(text))
    for line in PARAGRAPHS[:2] + products:
        assert line in kept


def test_teasers_under_a_heading_that_goes_by_its_neighbours_go_too():
    """A "Related articles" heading under a share bar goes as no subheading; its teasers go with it."""
    box = ["Share this article", "Related articles", "Ferry timetable changes for the winter season",
           "Lighthouse keeper's cottage opens as a small museum", "Harbour seals return to the estuary"]
    result = clean(page(body_insert={1: box}))
    kept = kept_lines(result)
    for line in box:
        assert line not in kept
    for paragraph in PARAGRAPHS:
        assert paragraph in kept


def test_numbered_item_ends_a_teaser_list():
    """ "2. The harbour wall" is the article's next list item, not one more teaser."""
    item = ["2. The harbour wall", "Built: 1820", "Last repaired: 1950"]
    result = clean(page(body_insert={1: ["Share this article", "Related articles"] + item}))
    kept = kept_lines(result)
    for line in item:
        assert line in kept


def test_subheading_under_a_heading_that_goes_stays_when_the_article_goes_on():
    long_paragraph = ENGINEERS_PARAGRAPH
    subheading = "Stone by stone, back to the old places"
    result = clean(page(body_insert={1: ["Share this article", "More on the pier", subheading, long_paragraph]}))
    kept = kept_lines(result)
    assert subheading in kept and long_paragraph in kept


ABSTRACT = (
    "The harbour of the small town has been used by fishing boats for more than three hundred years, and "
    "this study follows the changes in its use from the first written records to the present day. We read the "
    "harbour master's logbooks, the council's minutes and the accounts of the fish market, and we interviewed "
    "forty fishermen and their families about the work they did and the boats they used. We find that the number "
    "of boats fell by half after the railway reached the town, that the catch moved from herring to shellfish in "
    "the years after the war, and that the old stone pier, which the council has now decided to rebuild, was "
    "repaired at least six times, each time after a winter storm. We argue that the pier was the centre of the "
    "town's working life for most of its history, and that its repair should be planned with the people who still "
    "use it, not only with the engineers who will rebuild it."
)


def test_one_long_paragraph_outweighs_a_footer_of_short_ones():
    """An abstract page: the article is one long paragraph, the footer three short ones below a link list."""
    links = ["Submission history", "View PDF", "TeX Source", "References & Citations", "Google Scholar",
             "Bookmark", "Demos", "Venue", "Institution", "Topic"]
    footer_prose = [
        "The reading room of the library is open to all visitors from Monday to Friday, and the staff will help "
        "you find the records you need for your own research.",
        "Members of the harbour society receive the quarterly bulletin and may borrow books from the society's "
        "collection, which is kept in the old customs house by the quay.",
        "Have an idea for a talk or a walk that would interest the society's members? Write to the secretary, "
        "who plans the programme for each season.",
    ]
    result = clean(page(paragraphs=[ABSTRACT], tail=links + footer_prose))
    assert ABSTRACT in kept_lines(result)


def test_learn_more_button_ends_nothing():
    faq = ["Frequently asked questions", "When will the pier open again?",
           "The council expects the first boats to tie up at the rebuilt pier by next summer."]
    result = clean(page(tail=["Learn more"] + faq))
    for line in faq[1:]:
        assert line in kept_lines(result)


def test_comment_thread_longer_than_the_article_goes():
    """Comments can outweigh a short article; the furniture recurring under the header says what they are."""
    comments = ["5 responses to \u201cHarbour town votes to rebuild its old stone pier\u201d"]
    texts = NEWSLETTER_ARTICLE + [PARAGRAPHS[3]]
    for number, name in enumerate(["Martha", "Tom", "Ana", "Joe", "Lee"]):
        comments += [f"{name} says:", "I have lived by this harbour all my life, and I read every word. "
                     + texts[number], "My own view is different. " + texts[(number + 1) % len(texts)], "Reply"]
    result = clean(page(paragraphs=PARAGRAPHS[:3], tail=comments))
    kept = kept_lines(result)
    for paragraph in PARAGRAPHS[:3]:
        assert paragraph in kept
    for line in comments:
        assert line not in kept


def test_comments_under_a_plain_label_go_where_signatures_with_dates_recur():
    """"Comments" alone may head an article's section; signatures with a date and a time ("Tom Weller
    (Harbour News) on May 2, 2024 at 4:47 pm said:"), whatever the name's length, recur below it in a
    thread that outweighs the article."""
    comments = ["Comments"]
    texts = NEWSLETTER_ARTICLE + [PARAGRAPHS[3]]
    names = ["Martha van der Berg", "Tom Weller (Harbour News)", "Catherine (Harbour News)", "Joe van Dam",
             "Lee Chang (editor)"]
    for number, name in enumerate(names):
        comments += [f"{name} on May {number + 2}, 2024 at 4:{number + 10} pm said:",
                     "I have lived by this harbour all my life, and I read every word. " + texts[number],
                     "My own view is different. " + texts[(number + 1) % len(texts)]]
    result = clean(page(paragraphs=PARAGRAPHS[:2], tail=comments + ["Comments are closed."]))
    kept = kept_lines(result)
    for paragraph in PARAGRAPHS[:2]:
        assert paragraph in kept
    for line in comments:
        assert line not in kept


def test_footer_prose_below_a_footer_link_goes():
    footer_prose = ("Example Harbour News is an independent newspaper for the towns of the northern coast, "
                    "published every weekday by a small team of journalists and volunteers.")
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    result = clean(page(paragraphs=article, tail=["Terms of use", "12 Quay Street, Harbour Town", footer_prose]))
    kept = kept_lines(result)
    assert footer_prose not in kept
    for paragraph in article:
        assert paragraph in kept


BIO = ("Ana Ruiz has covered the northern coast for the paper since 2015, writing about fishing, ferries "
       "and the small towns that depend on them, and she lives in the harbour town with her family.")


@pytest.mark.parametrize("heading", ["About the author", "Written by Ana Ruiz", "Written by", "Reviewed by,"])
def test_the_author_bio_below_the_article_goes(heading):
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    result = clean(page(paragraphs=article, tail=[heading, "Ana Ruiz", "Senior reporter", BIO]))
    kept = kept_lines(result)
    assert BIO not in kept, result.removed
    for paragraph in article:
        assert paragraph in kept


@pytest.mark.parametrize("extracted", [False, True], ids=["page", "extractor's output"])
@pytest.mark.parametrize("byline", [["December 15, 2025"], ["By Ana Ruiz"], ["Updated: Tue., Nov. 19, 2019"],
                                    ["By Ana Ruiz", "December 15, 2025"]])
def test_a_byline_between_the_headline_and_the_first_paragraph_goes(byline, extracted):
    """A date or an author's name under the headline, right above the article's first paragraph: on a page
    and on an extractor's output (the headline, the byline, the article, no menu) alike, it goes, and the
    headline and the article stay."""
    text = page(head=byline, menu=[] if extracted else MENU, footer=[] if extracted else FOOTER)
    result = clean(text)
    kept = kept_lines(result)
    for line in byline:
        assert line not in kept, result.removed
    assert TITLE in kept and all(paragraph in kept for paragraph in PARAGRAPHS), result.removed


@pytest.mark.parametrize("wrapped", [
    ["The harbour master told the council he first saw the cracks in the pier on", "November 5."],
    ["Posted on the harbour association's community forum on", "2025-07-09:"],
], ids=["a sentence's end", "a colon"])
def test_a_date_that_ends_a_wrapped_sentence_above_the_first_paragraph_stays(wrapped):
    """Hard-wrapped short paragraphs put a sentence's last words on a line of their own, which may be a
    date ("November 5."): it ends a sentence, or opens what follows, and stays."""
    lines = [TITLE, "\n".join(wrapped), *PARAGRAPHS]
    result = clean("\n\n".join(lines) + "\n")
    assert wrapped[1] in kept_lines(result), result.removed


def test_a_date_under_many_short_lines_of_the_article_stays():
    """More than a headline, a deck and a byline above a date: those are the article's own short lines,
    and the date among them is the article's."""
    short = ["The pier was built in 1890", "The ferry runs twice a day", "The market opens on Fridays",
             "The fleet has twelve boats", "The tide is highest in March", "The quay has two cranes"]
    lines = [TITLE, *short, "November 5, 2024", *PARAGRAPHS]
    result = clean("\n\n".join(lines) + "\n")
    assert "November 5, 2024" in kept_lines(result), result.removed


@pytest.mark.parametrize("heading", ["By the numbers", "By land and by sea"])
def test_a_heading_that_opens_with_by_stays_over_the_first_paragraph(heading):
    """On an extractor's output "By" before lowercase words heads a section ("By the numbers"): no name
    follows it, so it is no byline, and it stays over the first paragraph."""
    result = clean("\n\n".join([TITLE, heading, *PARAGRAPHS]) + "\n")
    assert kept_lines(result) == [TITLE, heading, *PARAGRAPHS], result.removed


@pytest.mark.parametrize("labels", [["12 March 1891", "13 March 1891"], ["By Ana Ruiz", "By Tom Lee"]],
                         ids=["diary", "roundup"])
def test_dates_or_bylines_that_head_the_parts_of_an_article_stay_the_first_too(labels):
    """A diary heads each entry with its date, a roundup each contribution with its author: on an
    extractor's output the first such line, under the headline, heads the first part as the others do
    theirs. (On a page with a menu it sits above the body that the first paragraph starts, and goes for
    its place.)"""
    paragraphs = [labels[0], PARAGRAPHS[0], PARAGRAPHS[1], labels[1], PARAGRAPHS[2], PARAGRAPHS[3]]
    result = clean(page(paragraphs=paragraphs, menu=[], footer=[]))
    for label in labels:
        assert label in kept_lines(result), result.removed


@pytest.mark.parametrize("heading", ["Written by", "Reviewed by,"])
def test_a_bare_byline_heading_above_the_article_ends_nothing(heading):
    """"Written by" over the author's name at the top: the article below it stays, whole."""
    result = clean(page(head=[heading, "Ana Ruiz", "Senior reporter"]))
    kept = kept_lines(result)
    for paragraph in PARAGRAPHS:
        assert paragraph in kept


BIO_SENTENCE = ("Ana Ruiz is a freelance writer based in the harbour town, where she has covered the fishing fleet, "
                "the ferries and the council for more than ten years.")
LONG_BIO = BIO_SENTENCE[:-1] + (", and before that she spent six years on the paper's news desk in the city. Her "
                               "reporting on the closing of the cannery won a regional prize, and her first book, "
                               "about the families who built the old stone pier, came out last spring.")
TEASERS_AND_BLURBS = [
    "Ferry timetable changes for the winter The operator will run two boats a day instead of four from the "
    "first week of November, and the last crossing will leave at six.",
    "New lighthouse museum opens its doors The old keeper's house by the pier now shows the lamps, the logbooks "
    "and the photographs that the families of the keepers lent to the town.",
]


def test_the_authors_bio_in_a_sentence_after_the_article_goes():
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    result = clean(page(paragraphs=article, tail=[BIO_SENTENCE]))
    assert removed_with(result, BIO_SENTENCE) == "author_bio", result.removed
    for paragraph in article:
        assert paragraph in kept_lines(result)


def test_teasers_with_blurbs_between_a_related_heading_and_the_bio_go():
    """A long bio after the teasers is no paragraph of the article resuming under the heading."""
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    result = clean(page(paragraphs=article, tail=["Related articles:", *TEASERS_AND_BLURBS, LONG_BIO]))
    kept = kept_lines(result)
    for line in TEASERS_AND_BLURBS + [LONG_BIO]:
        assert line not in kept, result.removed
    for paragraph in article:
        assert paragraph in kept


@pytest.mark.parametrize("where", [0, 3])
def test_a_bio_shaped_sentence_with_the_article_going_on_after_it_is_kept(where):
    """A profile names its subject's trade ("Marta Lind is a photographer who ..."); with most of
    the article after it, the sentence is the article's."""
    profile = ("Marta Lind is a photographer who has taken a picture of the old pier every morning for forty years, "
               "and the council asked her to record the repairs as well.")
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    result = clean(page(paragraphs=article, body_insert={where: [profile]}))
    kept = kept_lines(result)
    for paragraph in article + [profile]:
        assert paragraph in kept, result.removed


def test_a_last_paragraph_about_a_newspaper_and_its_photographer_is_kept():
    """"The Harbour Gazette was the first paper to send a photographer": a name needs no determiner."""
    last = ("The Harbour Gazette was the first paper on the coast to send a photographer to the storm, and its "
            "pictures of the broken pier now hang in the town hall.")
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    result = clean(page(paragraphs=article + [last]))
    assert last in kept_lines(result), result.removed


def test_a_title_case_headline_that_reads_like_a_bio_stays():
    """"Ana Ruiz Is the Harbour Town Reporter …" heads the article; a bio goes on in lowercase."""
    title = "Ana Ruiz Is the Harbour Town Reporter Who Never Misses a Council Vote"
    result = clean(page(paragraphs=PARAGRAPHS + NEWSLETTER_ARTICLE, title=title))
    assert title in kept_lines(result), result.removed


TESTIMONIALS = [
    "The harbour tour was the best part of our holiday, and the guide knew every boat in the port by name.",
    "Marta L.",
    "We booked the sunset trip twice in one week, because the first one was simply far too short for us.",
    "Jon B.",
]


def test_a_carousel_repeated_right_under_itself_loses_its_second_copy():
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    result = clean(page(paragraphs=article, tail=["What our guests say", *TESTIMONIALS, *TESTIMONIALS]))
    kept = kept_lines(result)
    assert any(removal.category == "repeated_block" for removal in result.removed), result.removed
    for line in TESTIMONIALS:
        assert kept.count(line) <= 1
    for paragraph in article:
        assert paragraph in kept


@pytest.mark.parametrize("copies", [2, 3])
def test_an_article_printed_more_than_once_keeps_one_copy(copies):
    result = clean(page(paragraphs=PARAGRAPHS * copies))
    kept = kept_lines(result)
    assert {removal.category for removal in result.removed if PARAGRAPHS[0] in removal.text} == {"repeated_block"}
    for paragraph in PARAGRAPHS:
        assert kept.count(paragraph) == 1
    assert clean(result.text).text == result.text  # a second cleaning finds no copy left


def test_a_long_line_right_under_its_own_copy_goes():
    """A caption printed twice (its image's alternative text), a headline twice: the second copy goes."""
    caption = "Fishermen unload the morning catch on the old stone pier before the storm reached the harbour"
    result = clean(page(head=[caption, caption]))
    kept = kept_lines(result)
    assert kept.count(TITLE) <= 1
    assert kept.count(caption) <= 1
    assert any(removal.category == "repeated_block" and caption in removal.text for removal in result.removed)
    for paragraph in PARAGRAPHS:
        assert paragraph in kept
    twice = clean(page(title=TITLE + "\n\n" + TITLE))
    assert kept_lines(twice).count(TITLE) == 1


_REFRAIN = "The sea gives and the sea takes, and the harbour waits for the boats to come home."


@pytest.mark.parametrize("lines", [
    ["Row, row, row your boat", "Row, row, row your boat"],  # a song's short line, sung twice
    [_REFRAIN, "and the gulls cry over the quay,", _REFRAIN],  # a refrain with a line between
], ids=["short", "apart"])
def test_lines_repeated_short_or_apart_stay(lines):
    result = clean(page(body_insert={0: lines}))
    kept = kept_lines(result)
    for line in lines:
        assert kept.count(line) == lines.count(line), result.removed


def test_blocks_repeated_under_different_headings_stay():
    """A plan repeats the same meals under every day: the article's structure, not a copy."""
    meals = ["Breakfast", "Oats cooked in milk with a spoon of honey and a handful of berries from the market stall.",
             "Lunch", "A bowl of fish soup with bread from the bakery on the quay and a green salad on the side."]
    plan = [line for day in ("Monday", "Tuesday", "Wednesday") for line in (day, *meals)]
    article = PARAGRAPHS + ["The harbour cafe publishes its plan for the week every Sunday, and it rarely changes:"]
    result = clean(page(paragraphs=article + plan + NEWSLETTER_ARTICLE))
    kept = kept_lines(result)
    assert kept.count(meals[1]) == 3 and kept.count(meals[3]) == 3, result.removed
    for paragraph in article + NEWSLETTER_ARTICLE:
        assert paragraph in kept


def test_an_author_column_of_a_table_at_the_articles_end_is_kept():
    """"Author" may head a column of a table (the reading list closing an article): no bio follows it."""
    table = ["Title", "Author", "Year",
             "The stone pier and its keepers", "Marta Lind", "first printed in 1987",
             "Harbour lights at the end of the quay", "Jon Berg", "printed in 2004",
             "A year of storms on the northern coast", "Eva Holm", "printed in 2011"]
    last = ("The harbour library will keep all three books on a shelf by the window, next to the old photographs "
            "of the pier that the fishermen lent for the exhibition.")
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    result = clean(page(paragraphs=article + ["Books about the pier worth a look:"] + table + [last]))
    kept = kept_lines(result)
    for line in article + table[3:] + [last]:  # (the header cells may go: they are known phrases)
        assert line in kept, result.removed


@pytest.mark.parametrize("heading", ["Privacy policy", "Terms of use"])
def test_a_footer_link_heading_the_articles_last_section_keeps_that_section(heading):
    """An article about an app or a service may end on a section headed like a footer link."""
    last = ("The new ferry app asks for no personal data at all, the council said, and the timetable it "
            "shows is read from the operator's public website every morning.")
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    result = clean(page(paragraphs=article + [heading, last]))
    kept = kept_lines(result)
    for paragraph in article + [last]:
        assert paragraph in kept


def test_comment_thread_in_an_extractors_output_goes():
    """No menus, so no body to measure by; a comment-count header late in the text still opens the thread."""
    comments = ["2 comments",
                "I walked past the pier every morning as a child and cannot wait to see it open again.",
                "Four million euros is a lot of money for a few boats, if you ask me."]
    assert_extracted_tail_goes(comments)


def assert_extracted_tail_goes(tail: list[str]) -> None:
    """An extractor's output (no menus): the article, then ``tail``, which goes while the article stays."""
    text = "\n\n".join([TITLE] + PARAGRAPHS + NEWSLETTER_ARTICLE + tail) + "\n"
    kept = kept_lines(clean(text))
    for line in tail:
        assert line not in kept
    for paragraph in PARAGRAPHS + NEWSLETTER_ARTICLE:
        assert paragraph in kept


def test_comment_header_with_a_long_post_title_opens_the_thread():
    """Blogs repeat the post's title in the header; a long title makes the header a long line."""
    header = ("12 thoughts on \u201cHarbour Town Votes to Rebuild Its Old Stone Pier After Two Winters "
              "of Storm Damage\u201d")
    comments = [header, "I walked past the pier every morning as a child and cannot wait to see it open again.",
                "Four million euros is a lot of money for a few boats, if you ask me."]
    text = "\n\n".join([TITLE] + PARAGRAPHS + NEWSLETTER_ARTICLE + comments) + "\n"
    result = clean(text)
    kept = kept_lines(result)
    assert removed_with(result, header) == "comment_thread"
    for line in comments:
        assert line not in kept
    for paragraph in PARAGRAPHS + NEWSLETTER_ARTICLE:
        assert paragraph in kept


COMMENTS = [
    "I walked past the pier every morning as a child and cannot wait to see it open again next summer.",
    "Four million euros is a lot of money for a few boats, if you ask me, and the school needs a new roof.",
    "My grandfather helped to build the old pier, and he always said the stone would outlast us all.",
    "Will the ferry stop at the new pier too, or only the fishing boats? Nobody at the meeting could say.",
    "The storm last spring was the worst I remember, and the harbour wall needs work as much as the pier.",
]


def test_comments_that_outweigh_the_article_go_under_a_header_that_repeats_its_title():
    """No furniture ("says:", "Reply") between the comments, and more comment text than article:
    a header that repeats the post's title opens the thread all the same."""
    header = "5 thoughts on \u201cHarbour town votes to rebuild its old stone pier\u201d"
    comments = COMMENTS * 2
    text = "\n\n".join([TITLE] + PARAGRAPHS[:3] + [header] + comments) + "\n"
    result = clean(text)
    kept = kept_lines(result)
    for line in [header] + comments:
        assert line not in kept
    for paragraph in PARAGRAPHS[:3]:
        assert paragraph in kept


def _thread_without_header(names: list[str]) -> list[str]:
    lines = []
    for name, comment in zip(names, COMMENTS):
        lines += [f"{name} says", "November 20, 2024 at 8:15 pm", comment, "Reply"]
    return lines


def test_comment_thread_without_a_header_goes_where_its_furniture_recurs():
    """Extractors often drop the "5 Comments" header and keep the thread: "Ana says" and "Reply",
    again and again down to the end of the text, open it instead."""
    thread = _thread_without_header(["Ana Ruiz", "Tom", "Marie Dubois", "jbrown", "Kees"])
    text = "\n\n".join([TITLE] + PARAGRAPHS + NEWSLETTER_ARTICLE + thread) + "\n"
    result = clean(text)
    kept = kept_lines(result)
    for line in COMMENTS:
        assert line not in kept
        assert removed_with(result, line) == "comment_thread"
    for paragraph in PARAGRAPHS + NEWSLETTER_ARTICLE:
        assert paragraph in kept


def test_a_dense_thread_that_outweighs_a_short_post_goes():
    """A one-paragraph post under fifteen comments: the share of the prose behind the thread
    says little, but furniture on every few lines down to the end says it is a thread."""
    thread = []
    for names in (["Ana Ruiz", "Tom", "Marie Dubois", "jbrown", "Kees"], ["Lena", "Raj", "Oona", "Pim", "Sal"],
                  ["Bo", "Cyd", "Dee", "Eli", "Fay"]):
        thread += _thread_without_header(names)
    text = "\n\n".join([TITLE, PARAGRAPHS[0]] + thread) + "\n"
    result = clean(text)
    kept = kept_lines(result)
    assert PARAGRAPHS[0] in kept
    for line in COMMENTS:
        assert line not in kept
        assert removed_with(result, line) == "comment_thread"


def test_an_exchange_quoted_inside_the_article_opens_no_thread():
    """The same furniture with the article going on below it: the lines may go, the prose stays."""
    thread = _thread_without_header(["Ana Ruiz", "Tom", "Marie Dubois", "jbrown", "Kees"])
    text = "\n\n".join([TITLE] + PARAGRAPHS + thread + NEWSLETTER_ARTICLE[:3]) + "\n"
    result = clean(text)
    kept = kept_lines(result)
    for paragraph in PARAGRAPHS + NEWSLETTER_ARTICLE[:3]:
        assert paragraph in kept


REMARKS = ["Great post! I had no idea the repairs would take this long.",
           "Thanks for sharing this, it brought back a lot of memories."]


@pytest.mark.parametrize("first, second", [
    (REMARKS[0], REMARKS[1]),
    # the author's answers and more of the readers' formulas
    ("Hi Martha,", "Glad you enjoyed the post! The pier opens next summer."),
    ("Great points, Tom. I had not thought of the school roof.", "Keep up the good work!"),
    ("This was such a detailed post, thank you.", "Very useful information, as always."),
    # short cheers
    ("Great decision to open the old pier again!", "Sounds fantastic! Will the boats be back by June?"),
    ("About time 😉", "Great move by the council!"),
])
def test_readers_remarks_open_a_thread_without_header_or_furniture(first, second):
    """An extractor may keep the comments and drop everything around them. Two readers' remarks on
    the post ("Great post!", "Thanks for sharing", a reply's "Hi Martha,"), past the article's middle,
    open the thread."""
    thread = [COMMENTS[0], first, COMMENTS[1], second, COMMENTS[2]]
    text = "\n\n".join([TITLE] + PARAGRAPHS + NEWSLETTER_ARTICLE + thread) + "\n"
    result = clean(text)
    kept = kept_lines(result)
    for line in thread[1:]:
        assert removed_with(result, line) == "comment_thread"
    for paragraph in PARAGRAPHS + NEWSLETTER_ARTICLE:
        assert paragraph in kept


def test_a_remark_that_is_the_whole_line_opens_a_thread_too():
    """"So incredibly helpful!", "Nice idea!": a whole line of praise, with another remark below it."""
    thread = ["So incredibly helpful!", COMMENTS[0], "Nice idea!", COMMENTS[1]]
    text = "\n\n".join([TITLE] + PARAGRAPHS + NEWSLETTER_ARTICLE + thread) + "\n"
    result = clean(text)
    kept = kept_lines(result)
    for line in thread:
        assert line not in kept
    for paragraph in PARAGRAPHS + NEWSLETTER_ARTICLE:
        assert paragraph in kept


@pytest.mark.parametrize("line", ["Hi there!", "Hello Fresh", "Hey Google,",
                                  "Great points of interest line the harbour walk.",
                                  "Glad you asked: the pier opens next summer.",
                                  "Great points were made by both sides.",
                                  "Keep up the good work, the coach told his players.",
                                  "This is a helpful guide that explains the rules of the harbour.",
                                  "Very useful information can be found in the appendix of the plan.",
                                  "Sounds great, the harbour master replied, and the meeting moved on.",
                                  "Great decision, said the mayor, but it came two years too late.",
                                  "About time the council listened to the fishermen, one of them said."])
def test_greetings_brands_and_sentences_are_no_remarks(line):
    from presswash.pipeline import Context
    from presswash.steps.boilerplate import line_verdicts
    text = "\n\n".join([TITLE, PARAGRAPHS[0], line, PARAGRAPHS[1]]) + "\n"
    _, infos, _, _ = line_verdicts(text, Context(original=text, language="en", options={}))
    assert infos[2].category != "reader_remark"


def test_a_comment_label_just_above_the_first_remark_opens_the_thread_there():
    """An extractor's output: a one-paragraph post, a "Comments" label, and a thread that outweighs
    the post, with the author's replies ("Hi Martha,") in it. The first remark sits above the
    text's middle, but the label a few lines above it agrees: the thread starts at the label."""
    thread = ["Comments", COMMENTS[0], COMMENTS[1], "Hi Martha,", COMMENTS[2], COMMENTS[3], "Hi Tom,", COMMENTS[4],
              "Hi Joe,", COMMENTS[0], "Comments are closed."]
    text = "\n\n".join([TITLE, PARAGRAPHS[0]] + thread) + "\n"
    result = clean(text)
    kept = kept_lines(result)
    assert PARAGRAPHS[0] in kept
    for line in thread:
        assert line not in kept


def test_two_remark_like_lines_under_a_bylines_comment_count_open_nothing():
    """A byline's "6 Comments" a few lines above an email the article quotes ("Hi Martha," … "Keep up
    the good work!"): a label opens a thread above the middle only with three remarks."""
    standfirst = "How the harbour master answers the letters of the town's children, in his own words."
    body = [PARAGRAPHS[0], "Hi Martha,", PARAGRAPHS[1], "Keep up the good work!"] + PARAGRAPHS[2:] + NEWSLETTER_ARTICLE
    result = clean("\n\n".join([TITLE, standfirst, "By Ana Ruiz", "6 Comments"] + body) + "\n")
    kept = kept_lines(result)
    for paragraph in PARAGRAPHS + NEWSLETTER_ARTICLE:
        assert paragraph in kept, result.removed


def test_a_remark_weighs_as_the_same_line_without_its_phrase():
    """A reply's "Hi Martha," between two comment signatures is a remark, a hint about where comments
    begin: it must not weigh as page furniture, or the article's body could start below the comment
    label, and the article above it go as prose far from the body (a real page did this)."""
    from dataclasses import replace

    from presswash.pipeline import Context
    from presswash.steps.boilerplate import line_verdicts
    from presswash.steps.boilerplate.body import line_weight
    text = "\n\n".join([TITLE, PARAGRAPHS[0], "Hi Martha,", "Glad you enjoyed the post!", PARAGRAPHS[1]]) + "\n"
    _, infos, _, _ = line_verdicts(text, Context(original=text, language="en", options={}))
    for info in infos[2:4]:
        assert info.category == "reader_remark"
        assert line_weight(info) == line_weight(replace(info, category=None, strength=0, anchored=False))


def test_one_remark_opens_no_thread():
    """One line that starts like a remark may be the article's ("Thanks for sharing …" in a reply it
    quotes): the prose after it stays."""
    for remark in (REMARKS[1], "Great tips"):
        text = "\n\n".join([TITLE] + PARAGRAPHS + [remark] + NEWSLETTER_ARTICLE) + "\n"
        kept = kept_lines(clean(text))
        for paragraph in PARAGRAPHS + NEWSLETTER_ARTICLE:
            assert paragraph in kept


def test_a_page_of_letters_keeps_its_letters():
    """Letters to the editor open with remarks on an article from the start: remarks above the
    text's middle make the remarks the page's content."""
    letters = [
        "Thank you for your article on the pier. As a fisherman I can say the harbour has waited far too long "
        "for this decision, and the council should be thanked for finally taking it.",
        PARAGRAPHS[1],
        "Thanks for your report on the school roof. The parents' association has raised the matter at every "
        "meeting for three years, and we hope the council now listens to us as well.",
        PARAGRAPHS[3],
        "Thank you for the article about the ferry timetable. Many of us who work in the city would use an earlier "
        "boat if there were one, and the company should hear that from its passengers.",
        PARAGRAPHS[2],
        "Thanks for this article on the library. The reading room is the only quiet place in town for students, "
        "and its opening hours should be longer, not shorter, in the exam season.",
    ]
    text = "\n\n".join(["Letters to the editor"] + letters) + "\n"
    result = clean(text)
    assert kept_lines(result) == ["Letters to the editor"] + letters


@pytest.mark.parametrize("line", ["Asked about the delay, the mayor says:", "The harbour master says:",
                                  "Here is what the ferry company says",
                                  # a date and a time, but a sentence's start: no comment's signature
                                  "The statement released on May 2, 2024 at 4:47 pm said:",
                                  "The ferry left on May 2, 2024 at 4:47 pm, the harbour master said."])
def test_a_sentence_ending_in_says_is_no_commenter_line(line):
    quote = "\u201cWe will keep the old quay open until the new pier is ready, and no boat will lose its berth.\u201d"
    result = clean(page(body_insert={1: [line, quote]}))
    kept = kept_lines(result)
    assert line in kept, result.removed
    assert quote in kept


@pytest.mark.parametrize("where, count", [
    ("head", "6 Comments"),
    ("body0", "6 Comments"),  # below the standfirst: a quarter of the article is behind it
    ("head", "2 thoughts on \u201cHarbour town votes to rebuild its old stone pier\u201d"),
])
def test_a_comment_count_by_the_byline_opens_nothing(where, count):
    lines = ["By Ana Ruiz", count]
    result = clean(page(head=lines) if where == "head" else page(body_insert={0: lines}))
    kept = kept_lines(result)
    for paragraph in PARAGRAPHS:
        assert paragraph in kept
    assert "Contact us" not in kept  # the page was cleaned, not left whole for want of an article


@pytest.mark.parametrize("replies", [2, 3, 4])
@pytest.mark.parametrize("short_line", [None, "Thanks!", "Hi Martha,"])
def test_a_short_post_under_a_heavier_thread_keeps_its_paragraph(replies, short_line):
    """Comments can outweigh a one-paragraph post, so that the page's densest prose is the thread.
    The furniture right above that body ("Comments", a signature), recurring inside it, says it is a
    thread: the post above it is the article, and it stays."""
    comments = ["Comments"]
    names = ["Martha van der Berg", "Tom Weller (Harbour News)", "Joe van Dam", "Lee Chang (editor)"]
    for number in range(replies):
        comments += [f"{names[number]} on May {number + 2}, 2024 at 4:{number + 10} pm said:"]
        comments += [short_line] if short_line else []
        comments += [COMMENTS[number], COMMENTS[number + 1]]
    result = clean(page(paragraphs=PARAGRAPHS[:1], tail=comments + ["Comments are closed."]))
    kept = kept_lines(result)
    assert PARAGRAPHS[0] in kept, result.removed
    for line in comments:
        assert line not in kept


def test_a_comment_count_under_the_standfirst_opens_nothing():
    """"By Ana Ruiz · 6 Comments" right above the article, with a standfirst above it: no furniture
    recurs inside the article, so it is no thread."""
    standfirst = ("The town will spend four million euros on the pier that a storm closed last spring, after "
                  "a long debate in the council.")
    result = clean(page(head=[standfirst, "By Ana Ruiz", "6 Comments"]))
    kept = kept_lines(result)
    for paragraph in [standfirst] + PARAGRAPHS:
        assert paragraph in kept


def test_a_how_to_quoting_a_comment_form_under_a_comment_count_is_kept():
    """A short how-to whose body quotes the form ("Name *", "Email *") under a byline's comment count,
    with a standfirst above: the article goes on after the quote, so its body is no thread."""
    standfirst = "How the harbour club set up comments on its new website, in five short steps."
    body = PARAGRAPHS[:3] + ["Name *", "Email *"] + NEWSLETTER_ARTICLE
    result = clean(page(head=[standfirst, "By Ana Ruiz", "6 Comments"], paragraphs=body))
    kept = kept_lines(result)
    for paragraph in [standfirst] + PARAGRAPHS[:3] + NEWSLETTER_ARTICLE:
        assert paragraph in kept, result.removed


def test_a_sentence_that_starts_like_a_comment_header_is_kept():
    line = ("Two thoughts on the new pier kept the harbour master awake: the cost of the stone, and "
            "whether the fishermen would still be there to use it.")
    result = clean(page(body_insert={1: [line]}))
    assert line in kept_lines(result)


@pytest.mark.parametrize("headings", [
    ["Why the pier matters", "What the works will cost", "When the boats come back"],
    # questions long enough to read as prose, as FAQs and guides head their sections
    ["How long will the old harbour stay closed to the boats of the fleet?",
     "What will the new stone pier cost the town and all of its taxpayers?",
     "When will the fishermen be able to land their catch at the quay again?"],
])
def test_table_of_contents_goes_and_its_headings_stay(headings):
    paragraphs = [PARAGRAPHS[0], headings[0], PARAGRAPHS[1], headings[1], PARAGRAPHS[2], headings[2], PARAGRAPHS[3]]
    result = clean(page(paragraphs=paragraphs, head=list(headings)))
    kept = kept_lines(result)
    for heading in headings:
        assert kept.count(heading) == 1  # the entry above goes, the heading of the section stays
    assert kept.index(headings[0]) > kept.index(PARAGRAPHS[0])
    assert removed_with(result, headings[0]) == "table_of_contents"


def test_a_long_table_of_contents_goes_though_one_heading_sits_right_under_another():
    """Seven entries without a "Table of Contents" heading, one section's heading right above its first
    subsection's: one echo right under another among six is a guide's structure, not a block printed
    twice."""
    headings = ["Why the pier matters", "What the works will cost", "Who pays for the works",
                "The regional share", "When the boats come back", "What residents said", "What comes next"]
    sections = [headings[0], PARAGRAPHS[0], headings[1], PARAGRAPHS[1], headings[2], headings[3], PARAGRAPHS[2],
                headings[4], PARAGRAPHS[3], headings[5], NEWSLETTER_ARTICLE[0], headings[6], NEWSLETTER_ARTICLE[1]]
    result = clean(page(head=list(headings), paragraphs=sections))
    kept = kept_lines(result)
    for heading in headings:
        assert kept.count(heading) == 1, result.removed
    assert removed_with(result, headings[0]) == "table_of_contents"
    assert TITLE in kept, result.removed


def test_the_headline_over_a_table_of_contents_without_its_heading_stays():
    """Six entries of three words or more in Title Case between the headline and the article, no "Table
    of Contents" over them: they weigh as a menu and go for their place, and the headline search, which
    looks past a table of contents, looked for the headline among them."""
    headings = ["Why The Pier Matters", "What The Works Cost", "Who Pays For Them", "When The Boats Return",
                "What Residents Said", "What Comes Next"]
    sections = [headings[0], PARAGRAPHS[0], headings[1], PARAGRAPHS[1], headings[2], PARAGRAPHS[2], headings[3],
                PARAGRAPHS[3], headings[4], NEWSLETTER_ARTICLE[0], headings[5], NEWSLETTER_ARTICLE[1]]
    result = clean(page(head=list(headings), paragraphs=sections))
    kept = kept_lines(result)
    assert TITLE in kept, result.removed
    assert removed_with(result, headings[1]) == "table_of_contents"
    for heading in headings:
        assert kept.count(heading) == 1, result.removed


def test_a_table_of_contents_goes_though_a_list_the_article_introduces_names_its_sections_first():
    """Entries between the headline and the article name sections further down, but first "The three
    boats we tested were:" lists three of those names: the table's entries are looked for past that list,
    at the sections' headings. The table goes, the headline over it and the article's list stay."""
    boats = ["Harbour Star", "Sea Lark", "Blue Gull"]
    entries = ["How We Tested", *boats, "Our Verdict"]
    sections = [PARAGRAPHS[0], "How We Tested", "The three boats we tested were:", *boats, PARAGRAPHS[1]]
    for boat, paragraph in zip(boats, [PARAGRAPHS[2], PARAGRAPHS[3], NEWSLETTER_ARTICLE[0]]):
        sections += [boat, paragraph]
    sections += ["Our Verdict", NEWSLETTER_ARTICLE[1]]
    result = clean(page(head=entries, paragraphs=sections))
    kept = kept_lines(result)
    assert TITLE in kept, result.removed
    assert removed_with(result, "Sea Lark") == "table_of_contents"
    for boat in boats:
        assert kept.count(boat) == 2, result.removed  # the article's list and the section's heading
    for heading in ("How We Tested", "Our Verdict", "The three boats we tested were:"):
        assert kept.count(heading) == 1, result.removed


def test_the_heading_of_a_table_of_contents_goes_with_its_entries():
    """A "Table of Contents" line right above the entries goes with them: between the article's first
    paragraph and the first section it would otherwise stay as a subheading."""
    headings = ["Why the pier matters", "What the works will cost", "When the boats come back"]
    paragraphs = [PARAGRAPHS[0], "Table of Contents", *headings, headings[0], PARAGRAPHS[1], headings[1],
                  PARAGRAPHS[2], headings[2], PARAGRAPHS[3]]
    result = clean(page(paragraphs=paragraphs))
    kept = kept_lines(result)
    assert "Table of Contents" not in kept
    assert removed_with(result, "Table of Contents") == "table_of_contents"
    for paragraph in PARAGRAPHS[:4]:
        assert paragraph in kept
    for heading in headings:
        assert kept.count(heading) == 1


@pytest.mark.parametrize("mark", [" 🔗", "¶", " #", "?"], ids=["link", "pilcrow", "hash", "question"])
def test_table_of_contents_goes_though_its_headings_carry_an_anchor_mark(mark):
    """A documentation page prints each heading's anchor link ("Installation¶", "Why it matters 🔗"),
    which its table of contents lacks, and a guide's entry may leave out its heading's question mark."""
    entries = ["Why the pier matters", "What the works will cost", "When the boats come back"]
    headings = [entry + mark for entry in entries]
    paragraphs = [PARAGRAPHS[0], "Table of Contents", *entries, headings[0], PARAGRAPHS[1], headings[1],
                  PARAGRAPHS[2], headings[2], PARAGRAPHS[3]]
    result = clean(page(paragraphs=paragraphs))
    kept = kept_lines(result)
    assert removed_with(result, "Table of Contents") == "table_of_contents"
    for entry, heading in zip(entries, headings):
        assert entry not in kept
        assert kept.count(heading) == 1
    for paragraph in PARAGRAPHS:
        assert paragraph in kept


def test_short_lines_that_differ_from_the_headings_below_in_more_than_a_mark_stay():
    """Entries must name the headings: "Why the pier matters" is no entry for "Why the pier matters today"."""
    entries = ["Why the pier matters", "What the works will cost", "When the boats come back"]
    headings = [entry + " today" for entry in entries]
    paragraphs = [PARAGRAPHS[0], *entries, headings[0], PARAGRAPHS[1], headings[1], PARAGRAPHS[2], headings[2],
                  PARAGRAPHS[3]]
    kept = kept_lines(clean(page(paragraphs=paragraphs)))
    for line in entries + headings:
        assert line in kept


@pytest.mark.parametrize("line", ["Reporting by Reuters showed that the deal was signed in May.",
                                  "Editing by hand took the archivists three winters."])
def test_a_last_sentence_that_starts_like_a_wire_credit_stays(line):
    result = clean(page(paragraphs=PARAGRAPHS + [line]))
    assert line in kept_lines(result), result.removed


def test_an_introduction_above_a_table_of_contents_stays_and_subsections_count_as_entries():
    """An introduction, a "Table of Contents", its entries, then the sections: the entries (a section's
    heading right above its first subsection's among them) go, the introduction stays with the
    article instead of going as a block of its own above the entries."""
    intro = ("The harbour town has argued about its old stone pier for ten years, and this guide explains "
             "what the council decided this week, what it will cost and when the boats will come back.")
    headings = ["The decision", "The vote", "The costs", "The works", "The boats"]
    body = [headings[0], headings[1], PARAGRAPHS[0], headings[2], PARAGRAPHS[1], headings[3], PARAGRAPHS[2],
            headings[4], PARAGRAPHS[3]]
    result = clean(page(paragraphs=[intro, "Table of Contents", *headings, *body]))
    kept = kept_lines(result)
    assert intro in kept, result.removed
    assert "Table of Contents" not in kept
    for heading in headings:
        assert kept.count(heading) == 1
    for paragraph in PARAGRAPHS[:4]:
        assert paragraph in kept


def test_a_code_listing_explained_line_by_line_is_no_table_of_contents():
    """A listing, then the same lines again further down with the explanation between them: lines of
    code are no headings, so this is no table of contents, and the listing stays whole."""
    listing = ["<input", 'type="text"', "value={inputValue}", "onChange={handleChange}", "/>"]
    explained = [listing[0], PARAGRAPHS[1], listing[1], PARAGRAPHS[2], listing[2], PARAGRAPHS[3], listing[3],
                 NEWSLETTER_ARTICLE[2], listing[4]]
    paragraphs = [PARAGRAPHS[0], *listing, *NEWSLETTER_ARTICLE[:2], *explained, NEWSLETTER_ARTICLE[3]]
    kept = kept_lines(clean(page(paragraphs=paragraphs)))
    for line in listing:
        assert kept.count(line) == 2


@pytest.mark.parametrize("button", ["Learn more.", "Learn more", "Read our full Harbour Ferries review"])
def test_a_learn_more_button_takes_no_heading_below_it(button):
    """A "Learn more." link closing one section heads no teasers, nor does a link that names its
    article: the next section's heading stays."""
    heading = "Myth 2: the pier can wait another winter"
    paragraphs = [PARAGRAPHS[0], PARAGRAPHS[1], button, heading, PARAGRAPHS[2], PARAGRAPHS[3]]
    result = clean(page(paragraphs=paragraphs))
    assert heading in kept_lines(result), result.removed


@pytest.mark.parametrize("widgets", [
    ["Advertisement", "Read more: The ferry strike ends", "Sign up for our newsletter"],
    ["ADVERTISEMENT", "Story continues below advertisement", "Read more: The ferry strike ends", "Advertisement"],
    ["Photo: Ana Ruiz"] * 5,
], ids=["ad, link and plug", "ad block", "credits"])
def test_the_last_paragraph_under_widgets_that_sit_inside_articles_stays(widgets):
    """An ad block, a "Read more: …" link or a run of credits above the article's last paragraph: they go
    whatever their place, so the paragraph under them is no further from the article than it will be
    in the cleaned text, and stays. (A share bar there ends the article, as it usually does.)"""
    article = PARAGRAPHS + NEWSLETTER_ARTICLE[:1]
    result = clean(page(paragraphs=article, body_insert={len(article) - 2: widgets}))
    kept = kept_lines(result)
    assert all(paragraph in kept for paragraph in article), result.removed
    assert not any(widget in kept for widget in widgets)


def test_paragraphs_running_on_past_the_body_between_widgets_that_sit_inside_articles_stay():
    """Ads and credits between the article's last paragraphs, two lines at a time: the body's span stops
    at the first such block, and each paragraph below is near the one above it, not the body's edge; so
    the article's paragraphs that run on past the body stay together, however many there are."""
    ad_block = ["ADVERTISEMENT", "Story continues below advertisement"]
    article = NEWSLETTER_ARTICLE[:1] + PARAGRAPHS[2:3] + NEWSLETTER_ARTICLE[2:3] + PARAGRAPHS[1:2] + \
        NEWSLETTER_ARTICLE[3:4] + PARAGRAPHS[3:4] + PARAGRAPHS[:1]
    inserts = {2: ["(Getty Images)", "Photo: Ana Ruiz"], 3: ["Advertisement", "Photo: Ana Ruiz"], 4: ad_block,
               5: ["Photo: Ana Ruiz"]}
    result = clean(page(paragraphs=article, body_insert=inserts))
    kept = kept_lines(result)
    assert all(paragraph in kept for paragraph in article), result.removed


def test_paragraphs_above_the_body_between_widgets_that_sit_inside_articles_stay():
    """The same above the body: links, ads and credits between the article's first paragraphs put the
    body's span lower down, and each paragraph above it is near the one below it."""
    paragraphs = PARAGRAPHS + NEWSLETTER_ARTICLE
    article = [paragraphs[index] for index in (7, 2, 0, 6, 1, 4, 3, 5)]
    inserts = {0: ["Read more: The ferry strike ends", "Related: Council approves the budget"],
               1: ["Photo: Ana Ruiz", "ADVERTISEMENT", "Story continues below advertisement"],
               2: ["Photo: Ana Ruiz", "Advertisement"], 3: ["Related: Council approves the budget", "(Getty Images)"],
               4: ["Read more: The ferry strike ends", "Photo: Ana Ruiz"]}
    result = clean(page(paragraphs=article, body_insert=inserts))
    kept = kept_lines(result)
    assert all(paragraph in kept for paragraph in article), result.removed


def test_a_bio_under_a_share_bar_still_goes():
    """The share bar ends the article: the author's bio under it is as far from the article as before."""
    bar = ["Sharing is caring!", "Pinterest", "Facebook", "Twitter", "Flipboard", "Reddit"]
    bio = ("Regan is a harbour-town native now living inland with her husband, two sons and a dog, and she "
           "writes about ferries, markets and the best places to eat on the coast.")
    kept = kept_lines(clean(page(tail=[*bar, "Regan", bio])))
    assert bio not in kept and all(paragraph in kept for paragraph in PARAGRAPHS)


def test_a_short_article_under_a_mega_menu_is_found():
    """Two paragraphs weigh little, but sixty menu lines around them leave no doubt there is a page."""
    sections = ["Harbour", "Fishing", "Ferries", "Tides", "Weather", "Events"]
    mega_menu = [f"{section} {item}" for section in sections for item in
                 ("News", "Guides", "Maps", "Photos", "Videos", "Archive", "Contacts", "Events", "Jobs", "Shop")]
    result = clean(page(paragraphs=PARAGRAPHS[:2], menu=mega_menu))
    kept = kept_lines(result)
    assert PARAGRAPHS[0] in kept and PARAGRAPHS[1] in kept
    assert TITLE in kept
    assert not set(mega_menu) & set(kept)


def test_a_contents_heading_without_entries_goes():
    """An extractor often drops a table's entries and keeps its heading, over the article's prose."""
    text = "\n\n".join([TITLE, PARAGRAPHS[0], "Table of Contents"] + PARAGRAPHS[1:] + NEWSLETTER_ARTICLE)
    result = clean(text + "\n")
    assert removed_with(result, "Table of Contents") == "table_of_contents"
    assert all(paragraph in kept_lines(result) for paragraph in PARAGRAPHS + NEWSLETTER_ARTICLE)


def test_a_contents_heading_over_the_first_sections_heading_goes():
    """The extractor dropped the entries; the heading sits over the article's first section heading."""
    heading = "Why the pier matters"
    text = "\n\n".join([TITLE, PARAGRAPHS[0], "Table of Contents", heading] + PARAGRAPHS[1:] + NEWSLETTER_ARTICLE)
    result = clean(text + "\n")
    assert removed_with(result, "Table of Contents") == "table_of_contents"
    assert heading in kept_lines(result)
    assert all(paragraph in kept_lines(result) for paragraph in PARAGRAPHS + NEWSLETTER_ARTICLE)


def test_contents_over_what_a_box_holds_stays():
    """A bare "Contents" near the start may list what a kit holds, not the article's sections."""
    items = ["Contents", "One stone anchor", "Two mooring ropes"]
    text = "\n\n".join([TITLE, PARAGRAPHS[0], *items] + PARAGRAPHS[1:] + NEWSLETTER_ARTICLE)
    kept = kept_lines(clean(text + "\n"))
    assert all(item in kept for item in items)


def test_a_section_about_a_table_of_contents_keeps_its_heading():
    """Further down an article, "Table of contents" may head a section of a guide to reports."""
    section = ["Table of contents",
               "The table of contents follows the title page and lists every chapter with its page number."]
    text = "\n\n".join([TITLE] + PARAGRAPHS + NEWSLETTER_ARTICLE[:2] + section + NEWSLETTER_ARTICLE[2:])
    assert "Table of contents" in kept_lines(clean(text + "\n"))


def test_a_block_repeated_whole_is_no_table_of_contents():
    """A timetable given for two days repeats its rows one after the other, not as section headings."""
    rows = ["Ferry leaves at 7:10", "Ferry leaves at 9:40", "Ferry leaves at 12:15"]
    body = {0: ["Monday:"] + rows, 1: ["Tuesday:"] + rows}
    result = clean(page(body_insert=body))
    assert kept_lines(result).count(rows[1]) == 2


TRAINING_WORKOUTS = [
    "Start with ten minutes of easy jogging, then run four hard intervals of three minutes with two minutes of "
    "walking between them.",
    "Keep the whole run at a pace at which you could still talk in full sentences, and finish with five minutes "
    "of walking.",
    "Run six intervals of two minutes at race pace, with a minute and a half of slow jogging between them to "
    "recover.",
    "Run steadily for forty minutes on a flat route, and pay attention to your breathing rather than to the watch "
    "on your wrist.",
    "Warm up well, then run eight hill repeats of one minute each, walking back down to the bottom of the hill "
    "every time.",
    "Run for fifty minutes at an easy pace, and add six short strides of twenty seconds each near the end of the "
    "session.",
    "Run three intervals of five minutes at a hard but even effort, jogging for two minutes between the "
    "intervals.",
    "This is the longest run of the plan so far: an hour at an easy pace, with a drink and a short rest half way "
    "through.",
]


def test_a_plans_recurring_items_are_no_table_of_contents():
    """Every week of a training plan lists the same days; a run of them found again further down, in
    order, is the plan going on, not a table of contents (each entry there names one section)."""
    lines = list(PARAGRAPHS[:2])
    for week in range(4):
        steady = "Thursday. Steady Run (50-70 mins):" if week % 2 == 0 else "Thursday. Steady Run (70-90 mins):"
        lines += [f"Week {week + 1}: building up", "Monday. Rest Day", "Tuesday. Intense Run:",
                  TRAINING_WORKOUTS[2 * week], "Cool Down. Ten minutes of easy jogging", "Wednesday. Rest Day",
                  steady, TRAINING_WORKOUTS[2 * week + 1], "Cool Down. Ten minutes of easy jogging",
                  "Friday. Rest Day"]
    text = "\n\n".join(lines + PARAGRAPHS[2:]) + "\n"
    assert kept_lines(clean(text)) == lines + PARAGRAPHS[2:]


def test_a_section_called_best_comments_does_not_open_a_comment_thread():
    """A roundup may head its last section "Best comments"; only unambiguous headers open a thread."""
    last = ("Readers mostly welcomed the plan, and several fishermen wrote that the pier should have been "
            "repaired years ago, before the storm made the work so much more expensive.")
    text = "\n\n".join([TITLE] + PARAGRAPHS + ["Best comments", last]) + "\n"
    assert last in kept_lines(clean(text))


def test_teasers_after_an_extractors_article_go_with_their_heading():
    """An extractor's output has no menus to place the article by, but a "You might also like"
    heading near its end, with little prose below it, still ends the article: the teasers' blurbs go."""
    teasers = ["Ferry timetable changes again this winter",
               "The ferry company says that the early boat will run only on weekdays from November, "
               "and that the last boat will leave the island half an hour earlier than before.",
               "New library opens its doors to readers",
               "The town's new library opened on Saturday with a reading room, a small café and a "
               "children's corner that the volunteers built by hand over the summer."]
    assert_extracted_tail_goes(["You might also like"] + teasers)


def test_a_question_about_comments_opens_no_comment_section():
    closing = ("The harbour master will answer questions about the works at the next open meeting in the "
               "town hall, and she said that written questions are welcome before then.")
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    result = clean(page(paragraphs=article, tail=["Comments?", closing]))
    assert closing in kept_lines(result)


# ------------------------------------------------------------------ inline fragments

@pytest.mark.parametrize("line, rest", [("The old station. (Photo: Ana Ruiz)", "The old station."),
                                        ("改修前の旧駅舎。（写真：山田花子）", "改修前の旧駅舎。")])
def test_a_line_that_loses_a_credit_is_read_as_what_is_left(line, rest):
    """A second cleaning reads the caption without its credit; the first reads it so too, or the two
    could weigh the line differently (a short caption is a menu entry to one, a list item to the other)."""
    from presswash.steps.boilerplate import rules_for
    from presswash.steps.boilerplate.lines import classify_line, page_stopwords
    rules, stop = rules_for("und"), page_stopwords("", "und")
    full, left = (classify_line(text, ("test",), rules, None, stop, True, True) for text in (line, rest))
    assert full.fragment is not None and left.fragment is None
    assert (full.words, full.terminal, full.prose, full.listlike, full.key, full.digest) == \
        (left.words, left.terminal, left.prose, left.listlike, left.key, left.digest)


def test_credit_at_the_end_of_a_caption_goes_alone():
    caption = "Boats wait outside the closed harbour on a grey morning in March (Getty Images)"
    result = clean(page(body_insert={0: [caption]}))
    assert "Boats wait outside the closed harbour on a grey morning in March" in kept_lines(result)
    assert removed_with(result, "(Getty Images)") == "photo_credit"


CREDITS_IN_PARENTHESES = [
    "A boat ties up at the rebuilt pier on a grey morning. (AP Photo/Jane Doe, File)",
    "The harbour wall at low tide last winter (Photo: Jane Doe)",
    "The harbour wall at low tide last winter (Photo by Jane Doe/Getty Images for the Harbour Trust)",
    "More than 400 boats are expected at the opening in the spring. (Credit: iStock)",
    "Fishermen mend their nets on the old quay on Monday. (Reuters)",
    "The old harbour wall at low tide last winter (courtesy of the harbour trust)",
]


@pytest.mark.parametrize("caption", CREDITS_IN_PARENTHESES, ids=lambda caption: caption[-24:])
def test_credit_in_parentheses_goes_alone(caption):
    credit = caption[caption.rindex("("):]
    result = clean(page(body_insert={0: [caption]}))
    assert caption[:caption.rindex("(")].rstrip() in kept_lines(result)
    assert removed_with(result, credit) == "photo_credit"


@pytest.mark.parametrize("caption, credit", [
    ("Fishermen mend their nets on the old quay. Photo by Jane Doe", " Photo by Jane Doe"),
    ("Fishermen mend their nets on the old quay. | Photo by Jane Doe", " | Photo by Jane Doe"),
    ("Fishermen mend their nets on the old quay. | Photo: Jane Doe", " | Photo: Jane Doe"),
    ("The rebuilt pier at dusk. Image by Jane Doe from Pixabay", " Image by Jane Doe from Pixabay"),
])
def test_a_credit_by_name_after_a_caption_goes_alone(caption, credit):
    result = clean(page(body_insert={0: [caption]}))
    assert caption[:-len(credit)] in kept_lines(result)
    assert removed_with(result, credit.strip()) == "photo_credit"


@pytest.mark.parametrize("line", [
    "The exhibition in the old harbour office opened with a photo by Jane Doe",  # no sentence ends before it
    "The archive grows every week. Photo by photo, the town remembers its harbour",  # no name after "by"
    "The archive grows every week. Photo by Jane Doe, the first of many, opened the show.",  # a sentence
    "Harbour Town Ferries | Photo by Jane Doe",  # a bar after no sentence: a menu's title, not a caption
])
def test_photo_by_that_is_no_credit_after_a_caption_stays(line):
    result = clean(page(body_insert={1: [line]}))
    assert line in kept_lines(result), result.removed


PARENTHESES_THAT_ARE_CONTENT = [
    # An abbreviation, a product's platform, a price in another currency, a list's examples, a
    # call's argument: the words of a credit ("pa", "ap", "credit", "photo") only start them.
    "Pediatric Advanced Life Support (PALS)",
    "The pier's sensors report to the Environmental Protection Agency (EPA)",
    "11. HarbourDB (Apache Pinot)",
    "1 Month – €12.99 (approximately $13.99 USD)",
    "Wallet (credit/debit cards, cash, etc.)",
    "Book your vendors early (photo, video, florist, music)",
    "Art supplies (paint, brushes, sketch paper)",
    "result = execute_plan(approved_plan)",
]


@pytest.mark.parametrize("line", PARENTHESES_THAT_ARE_CONTENT, ids=lambda line: line[-20:])
def test_parentheses_that_only_start_like_a_credit_stay(line):
    result = clean(page(body_insert={1: [line]}))
    assert line in kept_lines(result)


def test_read_more_glued_to_a_paragraph_goes_alone():
    glued = PARAGRAPHS[1] + " Read more: Fishermen count the cost of a stormy year"
    paragraphs = [PARAGRAPHS[0], glued] + PARAGRAPHS[2:]
    result = clean(page(paragraphs=paragraphs))
    assert PARAGRAPHS[1] in kept_lines(result)
    assert removed_with(result, "Read more: Fishermen") == "read_more"


# ------------------------------------------------------------------ replay, reasons, layout

def test_edits_replay_and_removed_lines_have_reasons():
    text = page(body_insert={1: ["ADVERTISEMENT"]}, tail=["Leave a Reply", "Name *"])
    result = clean(text)
    assert apply_edits(result.original, result.edits) == result.text
    assert result.removed
    for removal in result.removed:
        assert removal.category
        assert removal.reason.startswith("boilerplate (")
        assert removal.step == "boilerplate"


@pytest.mark.parametrize("separator", ["\n\n", "\n", "\r\n\r\n"])
def test_removal_leaves_no_holes(separator):
    result = clean(page(body_insert={1: ["ADVERTISEMENT"]}, separator=separator))
    assert "ADVERTISEMENT" not in result.text
    assert PARAGRAPHS[1] + separator + PARAGRAPHS[2] in result.text
    line_break = separator[: len(separator) // 2] if separator != "\n" else "\n"
    assert separator + line_break not in result.text


def test_removal_at_the_end_keeps_a_final_line_break():
    result = clean(page())
    assert result.text.endswith(PARAGRAPHS[-1] + "\n")


def test_page_of_nothing_but_boilerplate_is_kept_with_a_note():
    text = "\n\n".join(["Home", "Contact us", "Share", "Leave a Reply", "Privacy policy"]) + "\n"
    result = clean(text)
    assert result.text == text
    assert any("nothing was removed" in note for note in result.notes)


def test_plain_prose_is_untouched():
    text = "\n\n".join(PARAGRAPHS) + "\n"
    result = clean(text)
    assert result.text == text
    assert result.edits == []


# ------------------------------------------------------------------ user rules

def test_user_patterns_remove_their_lines():
    text = page(body_insert={1: ["Brought to you by Acme Boats"]})
    result = clean(text, boilerplate_patterns=("brought to you by acme",))
    assert removed_with(result, "Brought to you by Acme Boats") == "user"


@pytest.mark.parametrize("line", ["View Comments", "View  comments", "View 12 Comments", "Login", "Log in"])
def test_a_space_in_a_rule_matches_any_whitespace_and_an_optional_space_none(line):
    """"view (?:all )?\\d* ?comments" and "log ?in": the space before "?" may be missing, or doubled."""
    assert removed_with(clean(page(tail=[line])), line) is not None


def test_user_config_file_in_the_rule_format(tmp_path):
    config = tmp_path / "site.txt"
    config.write_text("# my site\n[advertisement]\n= harbour deals of the week\n", encoding="utf-8")
    result = clean(page(body_insert={2: ["Harbour deals of the week"]}), boilerplate_config=str(config))
    assert removed_with(result, "Harbour deals of the week") == "advertisement"


def test_user_bio_rule_in_a_config_file(tmp_path):
    """A site's own bio wording ("Ana Ruiz writes the harbour column") as an "@" rule after a name."""
    config = tmp_path / "site.txt"
    config.write_text("[author_bio]\n@ writes (?:the|our) [^.]{0,40}\\bcolumn\\b\n", encoding="utf-8")
    bio = ("Ana Ruiz writes the harbour column every Saturday and has lived in the town for twenty years, "
           "most of them on a boat moored by the old pier.")
    article = PARAGRAPHS + NEWSLETTER_ARTICLE
    assert bio in kept_lines(clean(page(paragraphs=article, tail=[bio])))
    result = clean(page(paragraphs=article, tail=[bio]), boilerplate_config=str(config))
    assert removed_with(result, bio) == "author_bio"
    for paragraph in article:
        assert paragraph in kept_lines(result)


def test_unreadable_config_names_the_file(tmp_path):
    with pytest.raises(ValueError, match="boilerplate_config"):
        clean(page(), boilerplate_config=str(tmp_path / "missing.txt"))


def test_a_bad_rule_names_where_it_came_from(tmp_path):
    """A pattern given in the call and a config file are read apart: the error names the right one."""
    config = tmp_path / "site.txt"
    config.write_text("[advertisement]\n= harbour deals\n", encoding="utf-8")
    with pytest.raises(ValueError, match="in boilerplate_patterns"):
        clean(page(), boilerplate_patterns=["(unclosed"], boilerplate_config=str(config))
    config.write_text("[advertisement]\n= (unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match="site.txt"):
        clean(page(), boilerplate_patterns=["harbour deals"], boilerplate_config=str(config))
    config.write_bytes("= café".encode("latin-1"))
    with pytest.raises(ValueError, match="not UTF-8"):
        clean(page(), boilerplate_config=str(config))


def test_every_built_in_rule_is_a_valid_pattern():
    """The step compiles the built-in files without checking each entry alone; this is that check."""
    from presswash.rules import load_sections
    from presswash.steps.boilerplate.phrases import _parse_entries, phrase_languages
    for code in phrase_languages():
        assert _parse_entries(load_sections(f"boilerplate/{code}.txt"), f"{code}.txt", check=True)


def test_no_rule_is_gated_by_a_very_common_word():
    """A contains or fragment rule is tried only on lines holding its first word; a first word
    as common as "may" would send nearly every line to the costly search (photo words aside:
    "(foto" is the credit itself)."""
    from wordfreq import top_n_list

    from presswash.steps.boilerplate import rules_for
    from presswash.steps.boilerplate.phrases import phrase_languages
    for code in phrase_languages():
        common = set(top_n_list(code, 300)) | set(top_n_list("en", 300))
        gates = [word for word in rules_for(code).inline_words
                 if " " not in word and word.strip("(") in common and word.strip("(") != "foto"]
        assert gates == [], (code, gates)


def test_literal_heads_gate_every_rule():
    assert literal_heads("leave a (?:reply|comment)") == [("leave a reply", True), ("leave a comment", True)]
    assert ("page ", False) in literal_heads(r"(?:home|page \d+)")


def test_a_rule_with_many_spellings_is_gated_by_its_beginnings():
    """Past the expansion limit, the spellings expanded so far gate the rule (they still start every
    match); before, the rule fell back to the gate for lines starting with a digit and never ran."""
    heads = literal_heads("(?:we|you|they) (?:a|b|c|d|e|f|g) (?:h|i|j|k|l|m|n) (?:o|p|q|r|s|t|u) "
                          "(?:v|w|x|y|z|1|2) (?:3|4|5) end")
    assert heads and all(head and not exact for head, exact in heads)
    assert all(head.startswith(("we ", "you ", "they ")) for head, _ in heads)


def test_no_built_in_rule_is_gated_only_by_a_leading_digit():
    import glob

    from presswash.steps import boilerplate

    folder = boilerplate.__file__.rsplit("/steps/", 1)[0] + "/rules/boilerplate/"
    for path in sorted(glob.glob(folder + "*.txt")):
        with open(path, encoding="utf-8") as handle:
            for number, entry in enumerate(handle, 1):
                if entry[:1] in "=^~$" and entry[1:2] == " " and not entry[2:].startswith("\\d"):
                    assert literal_heads(entry[2:].rstrip("\n")) != [("", False)], (path, number)


def test_login_to_comment_lines_go_in_spanish_and_portuguese():
    from presswash import clean_article

    for language, line in (("es", "Debes estar registrado para publicar un comentario."),
                           ("pt", "Você precisa estar logado para publicar um comentário.")):
        result = clean_article(page(tail=[line]), steps=["boilerplate"], lang=language)
        assert line not in kept_lines(result)


# ------------------------------------------------------------------ languages

JAPANESE_PAGE = {
    "menu": ["ホーム", "ニュース", "スポーツ", "経済", "お問い合わせ"],
    "title": "港町の古い石の桟橋、再建へ",
    "paragraphs": [
        "小さな港町の議会は火曜日の夜、昨年の春の嵐で壊れて以来閉鎖されている古い石の桟橋を再建することを決めた。",
        "今も港を使う漁師たちは、決定は遅すぎたが歓迎すると話し、冬の嵐が来る前に工事を始めるべきだと議会に訴えた。",
        "工事の費用はおよそ四百万ユーロで、その大部分を地方政府が負担し、町長は来年の夏には最初の船が再び着けると述べた。",
        "計画に反対した住民は、その予算を学校や診療所に使うべきだと主張したが、長い議論の末に採決は大差で可決された。",
    ],
    "footer": ["利用規約", "プライバシーポリシー", "会社概要"],
}


@pytest.mark.parametrize("tail", [[], ["Related stories", "Ferry timetable changes for the winter season",
                                       PARAGRAPHS[1]]], ids=["alone", "with an English sidebar"])
def test_japanese_article_is_read_as_prose(tail):
    """Japanese writes no spaces between words: its paragraphs are long lines of few "words". Read
    as short lines, they lost to any English prose on the page, and the menu was never found."""
    result = clean(page(tail=tail, **JAPANESE_PAGE))
    kept = kept_lines(result)
    for paragraph in JAPANESE_PAGE["paragraphs"]:
        assert paragraph in kept
    for item in JAPANESE_PAGE["menu"]:
        assert item not in kept


LANGUAGE_PAGES = {
    "es": (["Inicio", "Noticias", "Deportes", "Contacto"],
           ["El ayuntamiento de la pequeña ciudad aprobó el martes la reconstrucción del viejo muelle de "
            "piedra, que está cerrado desde que una tormenta lo dañó en la primavera del año pasado.",
            "Los pescadores que todavía usan el puerto dijeron que la decisión llega tarde, pero que es "
            "una buena noticia para todos los que trabajan en el mar durante el invierno.",
            "Según el alcalde, las obras costarán unos cuatro millones de euros y los primeros barcos "
            "podrán volver a amarrar allí el próximo verano."],
           ["Deja un comentario", "Tu dirección de correo electrónico no será publicada."],
           "Una vecina contó que deja un comentario en el foro del puerto cada semana para pedir las obras."),
    "pt": (["Início", "Notícias", "Esportes", "Contato"],
           ["A câmara da pequena cidade aprovou na terça-feira a reconstrução do velho cais de pedra, que "
            "está fechado desde que uma tempestade o danificou na primavera do ano passado.",
            "Os pescadores que ainda usam o porto disseram que a decisão chega tarde, mas que é uma boa "
            "notícia para todos os que trabalham no mar durante o inverno.",
            "Segundo o prefeito, as obras vão custar cerca de quatro milhões de euros e os primeiros barcos "
            "poderão voltar a atracar ali no próximo verão."],
           ["Deixe um comentário", "O seu endereço de e-mail não será publicado."],
           "Uma moradora contou que assinou a newsletter da câmara para acompanhar as obras do cais."),
    "fr": (["Accueil", "Actualités", "Sport", "Contact"],
           ["Le conseil de la petite ville a voté mardi soir la reconstruction du vieux quai de pierre, qui "
            "est fermé aux visiteurs depuis qu'une tempête l'a endommagé au printemps dernier.",
            "Les pêcheurs qui utilisent encore le port ont dit que la décision arrive tard, mais que c'est "
            "une bonne nouvelle pour tous ceux qui travaillent en mer pendant l'hiver.",
            "Selon le maire, les travaux coûteront environ quatre millions d'euros et les premiers bateaux "
            "pourront de nouveau s'amarrer au quai l'été prochain."],
           ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée."],
           "Une habitante raconte qu'elle a laissé un commentaire au conseil pour demander des travaux rapides."),
    "de": (["Startseite", "Nachrichten", "Sport", "Kontakt"],
           ["Der Rat der kleinen Hafenstadt hat am Dienstagabend beschlossen, die alte Steinmole wieder "
            "aufzubauen, die seit einem Sturm im vergangenen Frühjahr für Besucher gesperrt ist.",
            "Die Fischer, die den Hafen noch nutzen, sagten, die Entscheidung komme spät, aber sie sei eine "
            "gute Nachricht für alle, die im Winter auf dem Meer arbeiten.",
            "Nach Angaben des Bürgermeisters kosten die Arbeiten rund vier Millionen Euro, und die ersten "
            "Boote können im nächsten Sommer wieder dort anlegen."],
           ["Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht."],
           "Eine Anwohnerin sagte, sie habe den Newsletter der Stadt abonniert, um die Arbeiten zu verfolgen."),
    "it": (["Home", "Notizie", "Sport", "Contatti"],
           ["Il consiglio della piccola città ha approvato martedì sera la ricostruzione del vecchio molo di "
            "pietra, che è chiuso ai visitatori da quando una tempesta lo ha danneggiato la scorsa primavera.",
            "I pescatori che usano ancora il porto hanno detto che la decisione arriva tardi, ma che è una "
            "buona notizia per tutti quelli che lavorano in mare durante l'inverno.",
            "Secondo il sindaco i lavori costeranno circa quattro milioni di euro e le prime barche potranno "
            "tornare ad attraccare al molo la prossima estate."],
           ["Lascia un commento", "Il tuo indirizzo email non sarà pubblicato."],
           "Una residente ha raccontato che lascia un commento sul sito del comune ogni settimana."),
    "nl": (["Home", "Nieuws", "Sport", "Contact"],
           ["De gemeenteraad van het kleine havenstadje heeft dinsdagavond besloten de oude stenen pier te "
            "herbouwen, die sinds een storm vorig voorjaar voor bezoekers gesloten is.",
            "De vissers die de haven nog gebruiken, zeiden dat het besluit laat komt, maar dat het goed "
            "nieuws is voor iedereen die in de winter op zee werkt.",
            "Volgens de burgemeester kosten de werkzaamheden ongeveer vier miljoen euro en kunnen de eerste "
            "boten er volgende zomer weer aanleggen."],
           ["Laat een reactie achter", "Je e-mailadres wordt niet gepubliceerd."],
           "Een bewoonster vertelde dat ze zich voor de nieuwsbrief van de gemeente heeft aangemeld."),
}


@pytest.mark.parametrize("language", sorted(LANGUAGE_PAGES))
def test_language_boilerplate_goes_and_prose_stays(language):
    menu, paragraphs, boilerplate, prose_trap = LANGUAGE_PAGES[language]
    body = paragraphs[:2] + [prose_trap] + paragraphs[2:]
    text = "\n\n".join(menu + ["Titre", *body, *boilerplate]) + "\n"
    result = clean(text)
    assert result.language == language
    kept = kept_lines(result)
    for line in body:
        assert line in kept
    for line in boilerplate + menu:
        assert line not in kept
    assert removed_with(result, boilerplate[0]) == "comment_thread"
    assert removed_with(result, boilerplate[1]) in ("comment_thread", "comment_form")

# ------------------------------------------------------------------ fast paths give the plain regex's answer

FAST_PATH_LINES = [
    "Sign up for our free weekly newsletter",
    "SIGN  UP FOR THE Morning newsletter here",
    "The minister will sign up for the scheme, she said. Read more: Harbour news",
    "A boat in the harbour at dawn (Photo: Jane Doe / Getty Images)",
    "Listen to the podcast wherever you get your podcasts",
    "You agree to our use of cookies. Accept our cookie policy",
    "Copyright 2024 Harbour News. All rights reserved.",
    "© 2023 the harbour trust",
    "12 Comments",
    "Posted in News, Harbour",
    "Leave a Reply",
    "Subscribe now for just $1",
    "• Share this article",
    "Straße und Hafen: Melden Sie sich für unseren Newsletter an",
    "Votre adresse e-mail ne sera pas publiée",
    "Fishermen said the repairs should start before winter.",
    "Don’t miss a story — sign up for our newsletter",
    "Café owners say: you can unsubscribe at any time",
    "ſign up for our newsletter",  # a long s matches "s" case-insensitively
    "İnstagram",
    "TÜM HAKLARI SAKLIDIR.",  # a rule's "ı" matches "I"; the line lowercases it to "i"
    # a search's gate is two words, and any whitespace between them, as in the rules
    "Your\u00a0email\u00a0address will not be published. Required fields are marked *",
    "I  campi\tobbligatori sono contrassegnati *",
    "HABERLERİ E-POSTANIZA GELSİN",
    "Haberleri E-POSTANIZA gelsin",
    # figures and odd spaces before a rule's words (the fast path reads digits as "0", spaces as one)
    "  3  Comments",
    "12\u00a0comments",
    "\u0661\u0662 Comments",  # Arabic-Indic digits are digits to the rules too
    "\U00011f51\U00011f52 Comments",  # Kawi digits: newer than Python's Unicode tables, digits to ``regex``
    "5 min read",
    "2 responses to \u201cHarbour town votes to rebuild its old pier\u201d",
    "Posted on May 2, 2024 Posted by Ana Ruiz 59 Comments",
    "Leave\ta   Reply",
    "2024-05-02 12:30",
    "2019\u5e7411\u670820\u65e5",  # a date whose rule names its century
    "",
]


@pytest.mark.parametrize("language", ["en", "und"])
def test_fast_rule_paths_match_the_plain_patterns(language):
    from presswash.steps.boilerplate.phrases import gated_search, rules_for
    rules = rules_for(language)

    def same(fast, plain):
        return (fast and (fast.span(), fast.lastgroup)) == (plain and (plain.span(), plain.lastgroup))

    def category(match):
        return rules.start_rules.categories[int(match.lastgroup[1:])] if match else None

    for line in FAST_PATH_LINES:
        lowered = line.lower()
        assert same(gated_search(rules.contains, rules.contains_words, line, lowered),
                    rules.contains.search(line)), line
        start = max(0, len(line) - 20)
        assert same(gated_search(rules.fragment, rules.fragment_words, line, lowered, start),
                    rules.fragment.search(line, start)), line
        start, line_rest = rules.start_rules.alternation, rules.line_rest_rules.alternation
        assert rules.start_rules.category(line, lowered, False) == category(start.match(line)), line
        assert rules.line_rest_rules.category(lowered, lowered, True) == category(line_rest.fullmatch(lowered)), line


@pytest.mark.parametrize("language", ["en", "und"])
def test_the_line_gate_finds_every_line_that_holds_a_rule_word(language):
    """The gate reads the page in one scan that moves on to the next line at each hit; it must pick
    the lines a search for each word alone would (a word twice in a line, one word inside another,
    a word at a line's very end)."""
    from presswash.steps.boilerplate.lines import gated_lines, nonblank_lines
    from presswash.steps.boilerplate.phrases import rules_for
    words = rules_for(language).inline_words
    text = "\n".join(FAST_PATH_LINES + ["The harbour reopened on Monday.", "photo photo photo",
                                         "an essay says so", "", "   indented: (photo", "the end of the line says",
                                         "a line that ends on sign", "up for the newsletter"])
    lines = nonblank_lines(text)
    expected = {index for index, (_, start, end, _) in enumerate(lines)  # (a space in a word is any whitespace)
                if any(word in " ".join(text[start:end].lower().split()) for word in words)}
    assert expected and len(expected) < len(lines)
    assert gated_lines(text.lower(), [line[0] for line in lines], words) == expected


@pytest.mark.parametrize("function_words, has_data", [(120, True), (119, False)])
def test_a_page_is_read_by_function_words_from_a_quarter_of_its_sentences(function_words, has_data):
    """Below 24 words in a hundred of its sentences that are a function word of some language, the page
    is in a language without such data and its lines are weighed by length and punctuation alone; the
    count stops as soon as the share is reached, and must agree with the whole count at the edge. Lines
    that end no sentence (a glued mega-menu) are not counted."""
    from presswash.steps.boilerplate.lines import page_stopwords
    words = ["zorblat"] * (475 - function_words) + ["the"] * function_words  # (and a last word on each line)
    text = "\n".join(" ".join(words[start:start + 19]) + " zorblat." for start in range(0, 475, 19))
    menu = "\n".join(" ".join(["zorblat"] * 20) for _ in range(10))
    assert bool(page_stopwords(text, "und")) is has_data
    assert bool(page_stopwords(menu + "\n" + text, "und")) is has_data


def test_every_letter_a_rule_word_matches_lowercases_to_the_gate_letter():
    """A rule is tried only where its first word, lowercased, stands in the lowercased line. That
    holds when every letter ``regex`` matches to a rule word's letter, case-insensitively, lowercases
    to the gate's letter: "ı" matches "I", so its gate letter is "i". The letters for which it does
    not hold make a line take the plain search instead (``_CASE_MISFITS``). Checked for every letter
    of every built-in rule word, against the characters below U+20000 (the planes with letter cases)."""
    import sys

    import regex

    from presswash.rules import load_sections
    from presswash.steps.boilerplate.phrases import (
        _CASE_MISFITS,
        _GATE_LETTERS,
        _parse_entries,
        phrase_languages,
    )
    letters = set()
    for code in phrase_languages():
        for items in _parse_entries(load_sections(f"boilerplate/{code}.txt"), code, check=False).values():
            for _, pattern in items:
                for head, _ in literal_heads(pattern):
                    letters.update(char for char in head if char.isalpha())
    assert {"ı", "ş", "ж", "é"} <= letters
    aligned = "".join(chr(code) for code in range(min(sys.maxunicode, 0x1FFFF) + 1)
                      if not 0xD800 <= code <= 0xDFFF and chr(code) not in _CASE_MISFITS)
    misfits = [(letter, match.group()) for letter in sorted(letters)
               for match in regex.finditer(regex.escape(letter), aligned, regex.IGNORECASE | regex.V0)
               if match.group().lower() != letter.translate(_GATE_LETTERS).lower()]
    assert misfits == []


def test_pages_of_undetermined_language_gate_every_inline_rule():
    """Every language's rules apply to an undetermined page; a letter that matches an ASCII one
    ("ı" in a Turkish rule) once took the gate away from all of them, and every line that held a
    rule word went through the whole search."""
    from presswash.steps.boilerplate.phrases import rules_for
    rules = rules_for("und")
    assert rules.contains_words is not None and rules.fragment_words is not None
    assert "bağimsiz gazeteciliğe" in rules.contains_words  # "bağımsız gazeteciliğe destek", on an aligned line
    assert {"e-postanıza gelsin", "e-postaniza gelsin"} <= set(rules.inline_words)  # the page may hold either


def test_a_rule_that_starts_with_a_figure_is_tried_on_lines_that_start_with_one():
    """Whole-line and line-start rules are tried only on lines that start with one of their first
    words; a rule that requires a figure first ("\\d+ comments") is tried on lines starting with a
    figure, not on every line (a page of undetermined language has a hundred such rules)."""
    from presswash.steps.boilerplate.phrases import _FIGURE, _anchored_words

    def words(pattern):
        found = _anchored_words(pattern)
        return found and {word.replace(_FIGURE, "<figure>") for word in found}

    assert words(r"\d+ comments") == {"<figure>"}
    assert words(r"(?:\d+ )?likes?") == {"like", "<figure>"}
    assert words(r"(?:\d+|one|two) responses? to .{1,120}") == {"one", "two", "<figure>"}
    assert words(r"(?:le )?\d{1,2} (?:janvier|mai) \d{4}") == {"le", "<figure>"}
    assert words(r"page \d+") == {"page"}
    assert words(r"\\d+ x") == {"\\"}  # a backslash, then "d"
    assert words(r"\d?\d:\d\d") is None  # may start with anything the optional figure allows
    assert words(r"\d{0,2} views") is None


def test_the_literal_finder_finds_the_first_place_any_word_starts():
    """Words that overlap ("abc", "bcd") or start alike ("photo", "photos") each mark their place."""
    from presswash.steps.boilerplate.phrases import literal_finder
    find = literal_finder(("abc", "bcd", "photo", "photos", "(a.b")).search
    assert find("xxabcd").start() == 2
    assert find("xxabcd", 3).start() == 3
    assert find("a photos").span() == (2, 7)
    assert find("see (a.b) here").start() == 4
    assert find("(axb) nothing") is None
    spaced = literal_finder(("sign up",)).search  # a space in a word is any whitespace, as in the rules
    assert [spaced(text).span() for text in ("to sign up", "to sign\u00a0up", "to sign \t up")] == \
        [(3, 10), (3, 10), (3, 12)]
    assert spaced("to signup") is None
    assert literal_finder(()).search("anything") is None


def test_a_user_pattern_may_start_with_a_long_literal():
    """The gate's prefix tree reads a long literal as a run of characters, without a level per character."""
    marker = "x" * 5000
    text = page(body_insert={1: [marker + " end of the export"]})
    result = clean(text, boilerplate_patterns=["~" + marker])
    assert removed_with(result, marker + " end of the export") == "user"
    assert all(paragraph in kept_lines(result) for paragraph in PARAGRAPHS)


@pytest.mark.parametrize("space", [" ", "\u00a0", "  ", "\t"])
def test_a_user_pattern_matches_whatever_whitespace_the_page_has_between_its_words(space):
    """A space in a rule matches any whitespace; the page's gate, which looks for a rule's first two
    words, once needed a single space between them and let a line with a no-break space through."""
    line = f"Harbour{space}deals of the week: boat trips at half price"
    result = clean(page(tail=[line]), boilerplate_patterns=["~harbour deals of the week"])
    assert removed_with(result, line) == "user"
    assert all(paragraph in kept_lines(result) for paragraph in PARAGRAPHS)


@pytest.mark.parametrize("space", [" ", "\u00a0", "  ", " \t"])
def test_a_line_start_rule_matches_whatever_whitespace_the_line_has_between_its_words(space):
    """The gate in front of the line-start rules reads a line's first characters; "Sign\u00a0up for"
    once did not open it, as the rules' heads are written with one plain space."""
    line = f"Sign{space}up for our newsletter to get the harbour news every morning"
    result = clean(page(tail=[line]))
    assert removed_with(result, line) == "newsletter_plug"
    assert all(paragraph in kept_lines(result) for paragraph in PARAGRAPHS)


def test_previous_and_next_story_links_with_a_section_name_end_the_article():
    """"- Next Harbour News" and "Previous Harbour News -" link other stories under the article: they
    and the teasers under them go; "Next Generation News" over the article's last paragraphs stays."""
    teasers = ["- Next Harbour News", "Ferry timetable changes for the winter season",
               "The new timetable adds two late crossings on Fridays and on Saturdays in December.",
               "Previous Harbour News -", "Lighthouse reopens to visitors after two years of repairs",
               "Visitors can climb the old tower again from Saturday morning, the council said."]
    result = clean(page(tail=teasers))
    kept = kept_lines(result)
    assert removed_with(result, teasers[0]) == "related_links"
    assert not any(line in kept for line in teasers)
    assert all(paragraph in kept for paragraph in PARAGRAPHS)
    section = ["Next Generation News",
               "The harbour school will teach boat building again from next year, the council said.",
               "Two retired shipwrights have offered to lead the first classes in the old net loft."]
    kept = kept_lines(clean(page(tail=section)))
    assert all(line in kept for line in section)


def test_a_tail_under_a_tail_goes_too():
    """A comment section's heading, the site's house rules in full sentences, then "A user comment will be
    deleted if it:" over the rules' list: the list is cut first, and then the heading ends the article,
    since only the house rules are left after it."""
    tail = ["All comments",
            "Everyone who registers on this site agrees to follow these rules when writing to other readers.",
            "The editors of the site may change these rules at any time and will tell readers about the changes.",
            "A user comment will be deleted if it:",
            "contains insults or threats against other readers, the authors of the site or any other person;",
            "promotes goods or services of third parties without the permission of the editors of this site;"]
    result = clean(page(tail=tail))
    kept = kept_lines(result)
    assert not any(line in kept for line in tail)
    assert all(paragraph in kept for paragraph in PARAGRAPHS)


def test_a_related_box_inside_the_article_ends_nothing_once_the_comments_are_cut():
    """With the comment thread cut, a "Related" box inside the article, with the article's long last
    paragraph under its teaser, is not a tail of its own: the paragraph stays."""
    last = ("The mayor said that the pier would be open to walkers every day of the week once the work is "
            "done, and that the old lamps along it would be restored by the same masons who repair the stone, "
            "so that the harbour looks as it did when the pier was first built more than a century ago.")
    text = page(body_insert={2: ["Related", "Ferry timetable changes for the winter season", last]},
                tail=["12 Comments"] + COMMENTS)
    result = clean(text)
    kept = kept_lines(result)
    assert last in kept and all(paragraph in kept for paragraph in PARAGRAPHS)
    assert not any(comment in kept for comment in COMMENTS)


TEASER_BOX = [
    "Ferry timetable changes for the winter season NORTH QUAY: The ferry company said on Monday that the "
    "last crossing of the day would leave an hour earlier from November, and that the Sunday boats would stop.",
    "Lighthouse reopens to visitors after repairs SOUTH POINT: The old lighthouse on the point opened its "
    "doors again on Saturday, two years after the storm that broke its lamp room and most of its windows.",
    "School fair raises money for a new roof HARBOUR TOWN: Parents and pupils raised more than four thousand "
    "euros at the school's autumn fair, which the head teacher said would pay for most of the new roof.",
]


def test_a_teaser_box_printed_twice_is_no_second_body():
    """A box of other stories' teasers (long lines, like paragraphs) printed above the article and again
    below it, past widgets, is no second part of the article; a second part printed once stays."""
    widgets = ["ADVERTISEMENT", "Share on Facebook", "Share on X", "Share on LinkedIn", "Sign up for our newsletter",
               "Print this page"] + MENU
    result = clean(page(menu=MENU + TEASER_BOX, tail=widgets + TEASER_BOX))
    assert all(paragraph in kept_lines(result) for paragraph in PARAGRAPHS)
    assert result.text.count(TEASER_BOX[0]) < 2
    kept = kept_lines(clean(page(tail=widgets + TEASER_BOX)))
    assert all(line in kept for line in PARAGRAPHS + TEASER_BOX)


@pytest.mark.parametrize("weights, span", [
    ([-1.0, 2.0, 3.0, -10.0, 4.0], (1, 2, 5.0)),  # the heavier of two runs
    ([2.0, -1.0, 3.0], (0, 2, 4.0)),  # a light dip inside the run joins it
    ([-1.0, -2.0], (0, -1, 0.0)),  # nothing weighs: an empty span
])
def test_the_body_is_the_maximum_sum_run_of_line_weights(weights, span):
    from presswash.steps.boilerplate.body import body_span, prose_blocks
    assert body_span(weights) == span
    if span[1] >= span[0]:
        assert (span[0], span[1]) in prose_blocks(weights, 0, len(weights), span[2])


@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this article gave the wrong year for the pier's first repair. It was 1998.",
    "Correction, Nov. 15, 2024: This article originally misnamed the harbour master. She is Ana Ruiz.",
    "Editor's note: This story was updated on Tuesday to include the council's reply.",
])
def test_a_correction_under_the_authors_bio_stays(note):
    """The author's bio in a sentence ends the article, and took the correction printed under it: a note
    on the article itself stays within a few lines under its last line. A reader's "Correction: …" far
    down the comments is no such note."""
    bio = "Marta Oliveira is a contributing writer for Example Harbour News who covers the coast."
    result = clean(page(tail=[bio, note, "Most Popular", "The last lighthouse keepers of the north coast"]))
    kept = kept_lines(result)
    assert note in kept and all(paragraph in kept for paragraph in PARAGRAPHS), result.removed
    assert "Most Popular" not in kept


def test_a_readers_correction_in_the_comments_goes_with_them():
    remark = "Correction: the pier was first repaired in 1998, not 1996, as my grandfather worked on it."
    thread = ["2 Comments", "Ana says:", "March 3, 2024 at 10:12 am", "Great piece on the pier, thank you.", "Reply",
              "Tom says:", "March 3, 2024 at 11:40 am", remark, "Reply", "Leave a Reply"]
    kept = kept_lines(clean(page(tail=thread)))
    assert remark not in kept and all(paragraph in kept for paragraph in PARAGRAPHS)


def test_the_headline_stays_over_the_authors_name_and_role():
    """A post's author card sits between its headline and its first paragraph: the name alone on its line
    and the author's role under it, headline-sized ("Harbour master at the Port of Example | Writing about
    small ports"). The role is the nearest line of a headline's size, but the name above it is no
    headline's, and the headline over the name stays (the role may stay with it: a leak, not a loss)."""
    head = ["Marta Oliveira", "Harbour master at the Port of Example | Writing about small ports",
            "Published Jan 29, 2024"]
    kept = kept_lines(clean(page(menu=["Articles", "People", "Learning", "Jobs"], head=head)))
    assert TITLE in kept and kept.index(TITLE) < kept.index(PARAGRAPHS[0]), kept[:4]


def _line(key: str, category: str | None = None, strength: int = 0, prose: float = 0.0):
    from presswash.steps.boilerplate.lines import LineInfo
    return LineInfo(len(key.split()), False, category, strength, category is not None, prose, False, False,
                    key[:1].isdigit(), False, False, False, key=key)


def test_a_tables_first_row_is_cells_too():
    """Rows of cells (short lines, no phrase rule but a date's, no prose) make a table; a date over an ad's
    disclosure and a paragraph is no row, however the lines under them fall."""
    from presswash.steps.boilerplate.runs import table_cells
    table = [_line(key) for key in ("pier", "boats", "berths", "north", "101", "47", "south", "79", "52")]
    assert table_cells(table) == list(range(9))
    byline = [_line("2 february 2024", "byline_decoration", 1), _line("this article contains affiliate links.",
                                                                        "advertisement", 2),
              _line("", prose=1.0), _line("12"), _line("before you start"), _line("steps"), _line("3"),
              _line("tools"), _line("kettle")]
    assert 0 not in table_cells(byline)


def test_a_league_tables_cells_are_no_pages_and_its_header_no_menu():
    """A league table after the last paragraph: "Team" heads its column as a menu's entry would, and "8"
    over "9" in one column reads as a pager's pages. Figures that vary down the columns make it a table."""
    table = ["Final table", "Team", "W", "L", "North Pier", "13", "3", "Old Harbour", "12", "4", "Quayside", "8",
             "9", "Lighthouse", "4", "13"]
    result = clean(page(tail=table))
    kept = kept_lines(result)
    assert all(line in kept for line in table[1:] + PARAGRAPHS), result.removed


def test_a_rating_widget_repeated_under_each_product_is_no_table():
    """"1" to "5" under every product's name, the same on each row, are a rating widget's stars: not a
    table's figures, which would carry the body's edge on to the shop's blurb below them."""
    widget = []
    for name in ("Harbour Lamp", "Pier Lantern", "Quay Torch"):
        widget += [name, "1", "2", "3", "4", "5"]
    blurb = ("Harbour Supply Depot is a chain of chandlers on the north coast, dedicated to selling rope, paint "
             "and engines to the fishing fleet since 1952.")
    kept = kept_lines(clean(page(tail=widget + [blurb])))
    assert not any(line in kept for line in ("1", "2", "3", "4", "5", blurb)), kept[-8:]
    assert all(paragraph in kept for paragraph in PARAGRAPHS)


def test_a_pressure_in_a_spec_table_is_no_press_agencys_credit():
    """"PA" alone is the Press Association's credit; "4000 Pa" is a vacuum cleaner's suction."""
    result = clean(page(body_insert={1: ["Suction", "4000 Pa", "Battery", "60 min"]}))
    assert "4000 Pa" in kept_lines(result), result.removed


def test_a_polls_answers_over_the_byline_stay():
    """A poll's question and answers ("Yes: 58%", "No: 31%") between the headline and the byline: a fact box,
    past the byline's lines ("By …", "11 June 2025 · 5 min read") right above the first paragraph."""
    head = ["Q: Should the harbour trial a car-free summer on the pier?", "Yes: 58%", "No: 31%", "Don't know: 11%",
            "Q: Would it change how you get to the pier?", "Yes, a lot: 22%", "Yes, a little: 27%", "No: 51%",
            "By Marta Oliveira", "11 June 2025 · 5 min read"]
    result = clean(page(head=head))
    kept = kept_lines(result)
    assert all(line in kept for line in [TITLE] + head[:8] + PARAGRAPHS), result.removed


def test_a_tracklist_under_the_headline_stays_with_its_heading_and_label():
    """An album review opens with the tracklist under its heading, and the record label ("Label: …", one label,
    not a blog's "Labels: …" tags line)."""
    head = ["Tracklist", "1. Ashfall (3:41)", "2. Hollow Country (4:12)", "3. Lanterns on the Levee (3:58)",
            "4. Grandmother's Radio (2:47)", "5. What the River Kept (6:19)", "Label: Brindle Records"]
    result = clean(page(head=head))
    kept = kept_lines(result)
    assert all(line in kept for line in [TITLE] + head + PARAGRAPHS), result.removed


def test_a_mega_menus_entries_with_their_blurbs_are_no_box_under_a_headline():
    """A mega-menu's entries carry a blurb each ("About Us Building lifelong customers"), which reads like a
    list item; over them an entry ending in a full stop is no headline, and they go."""
    menu = MENU + ["Company", "Awards and Recognitions Harbour News Wins Big Alongside Its Readers.",
                   "About Us Building lifelong readers", "Partners Discover the harbour advantage",
                   "Media Harbour News in the news", "Careers Let's work together", "Get a Demo", "Login"]
    kept = kept_lines(clean(page(menu=menu, head=["January 16, 2025", "11 min read"])))
    assert not any(line in kept for line in menu[7:12]), kept[:6]
    assert TITLE in kept and all(paragraph in kept for paragraph in PARAGRAPHS)


def test_dates_over_other_posts_titles_under_the_article_go():
    """Under the article, a list of other posts, each title under its date: the titles hold no figure, as a
    programme's events do (their times), and the dates end the article as before."""
    posts = ["March 3, 2024", "Why the old ferry still runs on Sundays", "March 1, 2024",
             "A walk along the harbour wall at low tide"]
    kept = kept_lines(clean(page(tail=posts)))
    assert not any(line in kept for line in posts) and all(paragraph in kept for paragraph in PARAGRAPHS)


def test_a_long_numbered_tracklist_over_the_byline_stays_whole():
    """Nine numbered tracks between the headline and the byline: the box reaches up to the first, past a
    track of seven words that reads as a sentence ("5. Driving with the Window Down (4:30)")."""
    tracks = ["1. Ashfall (3:41)", "2. Hollow Country (4:12)", "3. Lanterns on the Levee (3:58)",
              "4. Grandmother's Radio (2:47)", "5. Driving with the Window Down (4:30)", "6. Ironweed (3:15)",
              "7. Nine Miles to Marrow (5:02)", "8. Low Water (3:33)", "9. What the River Kept (6:19)"]
    head = ["7.8", "Tracklist"] + tracks + ["Label: Brindle Records", "Released: 7 February 2025",
                                            "By Devin Achterberg", "February 10, 2025"]
    result = clean(page(head=head))
    kept = kept_lines(result)
    assert all(line in kept for line in [TITLE] + tracks + PARAGRAPHS), result.removed


QUIZ = [
    "Question 1: Which river is the longest?", "A) Wend", "B) Marrow", "C) Ashbourne", "D) Tell",
    "Question 2: Where do three rivers meet?", "A) Harbury", "B) Lindach", "C) Passmore", "D) Kettle",
    "Question 3: Where does the Marrow rise?", "A) Hills", "B) Lake", "C) Marshes", "D) Mill",
    "Question 4: Which river named the county?", "A) Saar", "B) Tell", "C) Lahn", "D) Wend",
    "Question 5: Which river runs through Harbury?", "A) Mulde", "B) Saale", "C) Spree", "D) Wend",
]


@pytest.mark.parametrize("marker", [")", "."])
def test_a_quizs_lettered_options_are_no_menu(marker):
    """A quiz's options ("A) Wend", "B) Marrow") are short lines, but lettered in a row: no menu. The
    questions, their options and the quiz's standfirst stay."""
    quiz = [line.replace(")", marker, 1) for line in QUIZ]
    standfirst = "Five questions on sources, mouths and bridges. You will find the answers at the end of the page."
    answers = ["Answers", "1: C. The Ashbourne is about 120 kilometres long and the longest river that flows "
                          "only through the county, from the hills to the sea.",
               "2: B. In Lindach, where the Wend, the Tell and the Marrow meet below the old stone bridge.",
               "3: A. In the hills above Harbury, where a spring feeds a small pond beside the road.",
               "4: B. The Tell, which the Romans already called by that name when they built their fort.",
               "5: D. The Wend, which floods the meadows below the town almost every winter."]
    text = "\n".join(["Home", "Quizzes", "Puzzles", "Games", "Crosswords", "Sudoku",
                      "Quiz: How well do you know our rivers?", standfirst, "By Ana Ruiz", "27.07.2024", "Share",
                      *quiz, "Advertisement", *answers, *FOOTER]) + "\n"
    result = clean(text)
    kept = kept_lines(result)
    assert all(line in kept for line in [standfirst, *quiz, *answers[1:]]), [r.text for r in result.removed]
    assert "Crosswords" not in kept

@pytest.mark.parametrize("closing", ["With gratitude,", "Yours sincerely", "Kind regards"])
def test_a_letters_signature_under_its_closing_stays(closing):
    """A newsletter ends "With gratitude," over the sender's name and role: the closing stayed, as a
    heading beside the last paragraph, and the signature under it went as short lines outside the body.
    Some closings have no comma ("Yours sincerely"): they are known by name."""
    signature = [closing, "Marta Oliveira", "Director, Harbour Pantry"]
    result = clean(page(tail=signature))
    kept = kept_lines(result)
    assert all(line in kept for line in signature + PARAGRAPHS), result.removed
    assert "Privacy policy" not in kept


def test_a_books_author_in_a_list_of_books_stays():
    # "Authors: …" names a report's authors in its byline; one author is a row of a book's facts as often
    text = ("Five new novels to read by the fire this winter, chosen by our books editor.\n\nThe Harbour Light\n\n"
            "Author: Ana Ruiz  Released: September 30, 2025 by Quay Books\n\nA lighthouse keeper's daughter finds "
            "letters in the lamp room that change what she knows about her family.\n\nSalt and Iron\n\n"
            "Author: Tom Lee  Released: October 7, 2025 by Marrow Press\n\nTwo rival shipbuilders race to finish "
            "a ferry before the river freezes, and their children fall in love.\n")
    assert clean(text).text == text


EVENT_FACTS = ["Date", "Thursday 16 October 2025", "Time", "7.30pm (doors 6.45pm)", "Venue", "Main Hall",
               "Running time", "Approx. 2 hours including a 20-minute interval", "Price",
               "£18 – £32 (concessions £12)", "Access", "Step-free access, hearing loop, wheelchair spaces available"]


def test_an_events_facts_printed_label_over_value_stay_under_the_headline_and_its_deck():
    """An event page prints its facts label over value, between the headline and deck and the first paragraph,
    with the deck's picture credit above them and a booking button below: the labels read as a menu's entries
    and the dates as a byline's, so the box, the deck and the date went. The labels are a fact box's own."""
    deck = "The harbour choir brings its new programme to the Main Hall for one night only this winter."
    head = [deck, "Photo: Ana Ruiz"] + EVENT_FACTS + ["Book now"]
    result = clean(page(head=head))
    kept = kept_lines(result)
    assert all(line in kept for line in [TITLE, deck] + EVENT_FACTS + PARAGRAPHS), result.removed
    assert "Photo: Ana Ruiz" not in kept and "Book now" not in kept


def _label_value_rows(lines: list[str]) -> list[int]:
    from presswash.pipeline import Context
    from presswash.steps.boilerplate import line_verdicts
    from presswash.steps.boilerplate.boxes import label_value_rows

    text = "\n\n".join(lines)
    _, infos, _, _ = line_verdicts(text, Context(text, "en", {"boilerplate_patterns": (), "boilerplate_config": None},
                                                 (), ()))
    return label_value_rows(infos)


@pytest.mark.parametrize("lines, rows", [
    (EVENT_FACTS, list(range(len(EVENT_FACTS)))),
    # a recipe's, a label with its colon; and a label may be a phrase's own word ("Serves" over "4")
    (["Serves:", "4", "Prep time:", "20 minutes", "Cook time:", "1 hour 10 minutes"], [0, 1, 2, 3, 4, 5]),
    # a mega-menu's entries over their blurbs: no label is a fact box's, though the blurbs hold figures and commas
    (["Partner Program", "Our partner programme helps you grow 4 times faster", "Partner Portal",
      "Exclusive resources: trainings, guides and materials", "In The News", "The latest news from 2025"], []),
    # a menu of words, one over the other, two of them a fact box's labels
    (["Home", "World", "Date", "Sport", "Time", "Culture"], []),
    # the same label twice: a list of posts' dates, not a box
    (["Date", "3 March 2024", "Date", "1 March 2024", "Date", "27 February 2024"], []),
])
def test_a_fact_box_printed_label_over_value_is_told_from_a_menu(lines, rows):
    """Label over value, a menu's entries over their blurbs and a menu of words all read alike line by line: a
    fact box's labels are all different, and half of them at least are a fact box's own words."""
    assert _label_value_rows(lines) == rows


SECTION = ("Market share is the simplest measure of how concentrated an industry is: a firm's sales divided by "
           "the sales of the whole market, counted over the same year and in the same currency.")


@pytest.mark.parametrize("heading, section", [
    ("Share", SECTION),  # the next paragraph takes the heading's word up
    ("Newsletter", 'For this study, a "newsletter" is a regular email about a single town, sent at least once a '
                   "month to anyone who asks for it and written by someone who lives there."),
    ("Pinterest", "Pinterest is where many shoppers come for ideas, and the harbour's craft shops sell more there "
                  "than on any other site, the traders' association found in its survey."),
])
def test_a_subheading_named_like_a_widget_over_its_section_stays(heading, section):
    """An article's own section headed with a widget's word ("Share" over a section on market share): the
    paragraph under it takes the word up, as a button's or a widget's neighbours do not."""
    result = clean(page(body_insert={1: [heading, section]}))
    kept = kept_lines(result)
    assert heading in kept and section in kept, result.removed


@pytest.mark.parametrize("lines", [
    ["Share"],  # a button between two paragraphs
    ["Advertisement"],
    ["Newsletter", "Sign up for our newsletter to get the harbour's news in your inbox every morning."],
    ["Share this article", "Facebook", "Twitter", "Email"],
])
def test_a_widget_between_paragraphs_still_goes(lines):
    kept = kept_lines(clean(page(body_insert={1: lines})))
    assert not any(line in kept for line in lines) and all(paragraph in kept for paragraph in PARAGRAPHS)


QUESTION = ["Why does the harbour ferry's timetable app show the 7.15 sailing twice on Sundays?",
            "Asked 2 years, 7 months ago", "Viewed 1,204 times",
            "Since the timetable changed in May, the app lists the 7.15 sailing to Eastport twice on Sundays, once "
            "from each pier, although only one boat leaves. Is this a known fault, or am I reading it wrong?",
            "ferries", "timetables", "Share", "Improve this question", "Follow", "asked Jun 18, 2022 at 7:45",
            "Ana Ruiz", "Add a comment"]
ANSWERS = [
    ("The app is right, and so are you: on Sundays the 7.15 calls at both piers, first at the old pier and then, "
     "ten minutes later, at the new one, so the timetable lists it once for each pier where you may board it."),
    ("I asked at the ticket office last week. They said the same: it is one boat with two stops, and the second "
     "listing will carry a note from the next timetable on, which should end the confusion for good."),
]
POST_FURNITURE = ["Share", "Improve this answer", "Follow", "answered Jun 18, 2022 at 8:30", "Add a comment"]


@pytest.mark.parametrize("heading", ["2 Answers", "## 2 Answers", "2 Answers 2", "2 Antworten"])
def test_the_answers_on_a_page_of_questions_and_answers_stay(heading):
    """A page of questions and answers heads its answers with their count; each post's buttons and stamps
    ("Add a comment", "answered … at 8:30") recur under every post, and read as the article's end or a thread of
    readers' comments: the answers went. They are decided apart, and the answers stay."""
    lines = QUESTION + [heading, "This answer is useful", ANSWERS[0]] + POST_FURNITURE + [
        "This answer is useful", ANSWERS[1]] + POST_FURNITURE + ["Hot Network Questions",
                                                               "Why do ferries leave late in winter?"]
    result = clean(page(menu=MENU, title=QUESTION[0], head=[], paragraphs=lines[1:], footer=FOOTER))
    kept = kept_lines(result)
    assert QUESTION[3] in kept and all(answer in kept for answer in ANSWERS), result.removed
    assert not any(line in kept for line in ("Add a comment", "Improve this answer", "asked Jun 18, 2022 at 7:45",
                                             "answered Jun 18, 2022 at 8:30", "This answer is useful"))


def test_a_blogs_comment_thread_still_goes_under_its_post():
    """The answers' exception needs an answers heading: a blog's "2 Comments" over readers' comments, each with
    its stamp and "Reply", is the thread under the article, and it goes."""
    comments = ["2 Comments", "Ben Ode", "June 18, 2022 at 8:30", ANSWERS[0], "Reply", "Cal Ny",
                "June 19, 2022 at 9:12", ANSWERS[1], "Reply"]
    kept = kept_lines(clean(page(tail=comments)))
    assert not any(answer in kept for answer in ANSWERS) and all(paragraph in kept for paragraph in PARAGRAPHS)


def test_the_posts_of_a_forums_thread_stay():
    """A forum's thread: each post under its poster's card ("Posts: 11", "Registered: 2023-09-14") and over its
    buttons ("Quote", "Reply"). The buttons recur to the end of the page and read as a readers' thread under
    the first post: the replies went. Two posters' cards make the page a thread, whose posts are its content."""
    posts = [QUESTION[3], ANSWERS[0], ANSWERS[1]]
    lines = []
    for number, (post, name) in enumerate(zip(posts, ("ana_r", "ben_ode", "cal_ny")), 1):
        lines += [name, f"Posts: {number * 7}", f"Registered: 2023-0{number}-14", f"Message {number} of 3", post,
                  "Quote", "Reply"]
    result = clean(page(title=QUESTION[0], head=[], paragraphs=lines, tail=["You must log in or register to reply "
                                                                             "here."]))
    kept = kept_lines(result)
    assert all(post in kept for post in posts), result.removed
    assert not any(line in kept for line in ("Posts: 7", "Registered: 2023-02-14", "Quote", "Reply"))


@pytest.mark.parametrize("line", ["Registered: 1998 in Eastport", "4. Answer the Prompt"])
def test_a_line_like_a_card_or_an_answers_heading_makes_no_thread(line):
    """A charity's "Registered: 1998" in the article's facts is no poster's card, and a numbered section's
    heading ("4. Answer the Prompt") no answers heading: the readers' thread under the article
    still goes."""
    comments = ["2 Comments", "Ben Ode", "June 18, 2022 at 8:30", ANSWERS[0], "Reply", "Cal Ny",
                "June 19, 2022 at 9:12", ANSWERS[1], "Reply"]
    result = clean(page(body_insert={0: [line]}, tail=comments))
    kept = kept_lines(result)
    assert not any(answer in kept for answer in ANSWERS) and all(paragraph in kept for paragraph in PARAGRAPHS)
    assert not any("page of answers" in edit.reason for edit in result.edits)  # (read as no thread at all)


def test_a_headline_asking_a_question_stays_over_its_deck():
    """A column's headline is a question, a sentence ending in "?", over its deck: the deck was kept as the
    headline, and the headline went as prose far from the body."""
    title = "Money Mailbag: Should we pay off the mortgage early or invest the extra?"
    deck = "Our personal finance columnist answers readers' questions on mortgages, windfalls and first jobs"
    result = clean(page(title=title, head=[deck, "By Ana Ruiz", "February 22, 2025", "Facebook", "Email", "Print"]))
    kept = kept_lines(result)
    assert kept[:2] == [title, deck], result.removed
