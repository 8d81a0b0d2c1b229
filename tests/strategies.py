"""Hypothesis strategies that favour the inputs that break text cleaners."""

from __future__ import annotations

from hypothesis import strategies as st

QUOTES = ["\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "« ", " »", "″", "′"]
STOPS = [". ", ".", "...", "…", " . ", ".. ", ",.", "?", "!", "U.S. ", "Dr. ", "a.m. ", "No. 10 ", "e.g. ",
         "J. R. ", "3.5 ", "www.example.com. ", "end.Next "]
BREAKS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\n\n", "\r\n\r\n", "\n \n", "-\n"]
CONTROLS = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x9d", "\ud800", "\udfff"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060", "\u202e", "\u200f"]
SCRIPTS = ["مرحبا بالعالم", "שלום עולם", "中文新闻网", "日本語のテキスト。", "한국어 기사", "Привет, мир",
           "👍🏽", "👩‍👩‍👧", "🇺🇳", "e\u0301", "ﬁ", "Ã©", "â€™", "&amp;", "&#8217;", "&nbsp;"]
BOILERPLATE = ["Leave a Reply", "Share this article", "Sign up for our newsletter", "ADVERTISEMENT",
               "Read more: ", "Your email address will not be published.", "© 2026 Example News",
               "We use cookies to improve your experience.", "Tags: a, b", "Name *", "Skip to main content"]
PROSE = ["The council approved the plan", " despite strong opposition", "the mayor said", " it was ",
         "drivers were asked to", " to leave their cars", "“We will keep it open", " until spring",
         "well-", "inter-", "national", "the the", " and ", "iPhone", "eBay", "Bora Bora"]

fragments = st.one_of(
    st.sampled_from(QUOTES), st.sampled_from(STOPS), st.sampled_from(BREAKS), st.sampled_from(CONTROLS),
    st.sampled_from(INVISIBLE), st.sampled_from(SCRIPTS), st.sampled_from(BOILERPLATE), st.sampled_from(PROSE),
    st.text(max_size=12), st.text(alphabet=" \t", max_size=3),
)

hostile_text = st.lists(fragments, max_size=40).map("".join)
