"""The "quotes" step: repairs with their categories, must-not-change cases, and flags (texts invented)."""

from __future__ import annotations

import pytest

from presswash import apply_edits, clean_article


def quotes(text: str, lang: str = "en"):
    return clean_article(text, steps=["quotes"], lang=lang)


@pytest.mark.parametrize("text_in, text_out, category", [
    ("“We will keep the library open.” until the new building is ready, she said.",
     "“We will keep the library open until the new building is ready,” she said.", "quote_closed_early"),
    ("He said the plan “will hurt renters.” and push up costs.",
     "He said the plan “will hurt renters and push up costs.”", "quote_closed_early"),
    ('"The bridge will stay shut." until the repairs end, said Mayor Ann Lee.',
     '"The bridge will stay shut until the repairs end," said Mayor Ann Lee.', "quote_closed_early"),
    ("“The talks went well.” for both sides, the minister added.",
     "“The talks went well for both sides,” the minister added.", "quote_closed_early"),
    # the next sentence glued to the stop: the mark goes before it, with the space it lacked
    ("“We will keep the library open.” until the new building is ready.Next week the council meets.",
     "“We will keep the library open until the new building is ready.” Next week the council meets.",
     "quote_closed_early"),
    # closed early and facing the wrong way: turned as it moves (found by fuzzing: "“W en.“ un.")
    ("“We will keep the library open.“ until the new building is ready, she said.",
     "“We will keep the library open until the new building is ready,” she said.", "quote_closed_early"),
    ("He called it “ a fair deal ” on Monday.", "He called it “a fair deal” on Monday.", "quote_spacing"),
    ('He called it " a fair deal " on Monday.', 'He called it "a fair deal" on Monday.', "quote_spacing"),
    ("He said ”we will go” and left.", "He said “we will go” and left.", "quote_orientation"),
    ("He said “we will go“ and left.", "He said “we will go” and left.", "quote_orientation"),
    ("The council met.\n\nShe said: “We will be back next year.",
     "The council met.\n\nShe said: “We will be back next year.”", "quote_unclosed_at_end"),
])
def test_repairs(text_in: str, text_out: str, category: str) -> None:
    result = quotes(text_in)
    assert result.text == text_out
    assert {edit.category for edit in result.edits} == {category}
    assert all(edit.reason and edit.step == "quotes" for edit in result.edits)
    assert apply_edits(result.original, result.edits) == result.text


@pytest.mark.parametrize("text", [
    "“Stop.” he said.",
    "“Stop.” said the officer.",
    "“We are done.” the mayor said.",
    "His answer: “not yet.”",
    "They watched “Mamma Mia!” and went home.",
    "She asked “Why now?” and left.",
    "He moved to “the U.S.” and later to Canada.",
    "The “Go. Act. Win.” campaign ran all year.",
    "“He told me ‘no’ twice,” she said.",
    "“He told me, ‘The answer is no,’ ” she said.",
    "rock ’n’ roll in the ’90s",
    "He is 5'11\" and she is 5'6\".",
    "„Wir gehen jetzt“, sagte sie.",
    "« Nous partons demain », a-t-il dit.",
    "«Nos vamos mañana», dijo ella.",
    "“First paragraph of a long quotation.\n\n“Second paragraph of it,” she said.",
    "“First paragraph.\n\n“Second paragraph.\n\n“Third paragraph,” he said.",
    "Home » News » Politics",
    "They sold “iPhone.” iPhone sales rose.",
    'Early farmers called it the "Three Sisters." system.',
    '"We should have gone before." yeah, I remember that day.',
    'padded = " name "  # the spaces inside the string are meant',
    'console.log(parse(" key = value "));',
    # markdown's code: a listing's quotes, fenced or inline, are the program's
    'Set the path first.\n\n```\nrsync --exclude={"/dev/*","/proc/*" /src /dst\nKEY="/home/ana\n```\n\nThen run it.',
    'Run `export KEY="/home/ana` before the backup, then check the log.',
])
def test_must_not_change(text: str) -> None:
    lang = "de" if "Wir" in text else "fr" if "Nous" in text else "es" if "Nos" in text else "en"
    result = quotes(text, lang)
    assert result.text == text, result.edits
    assert not [flag for flag in result.flags if flag.kind == "quote_unbalanced"]


def test_a_quotation_left_open_beside_code_is_still_flagged() -> None:
    text = "Run `make` first.\n\nThe mayor said: “We will open the library in May.\n\nThe council met on Monday."
    assert "quote_unbalanced" in {flag.kind for flag in quotes(text, "en").flags}


def test_french_spaces_inside_guillemets_survive() -> None:
    text = "Il a dit « oui » puis « non »."
    assert quotes(text, "fr").text == text


@pytest.mark.parametrize("text", [
    "He typed “ “.” twice ”, then left.",  # found by fuzzing: the outer spaces went, then “” was turned
    "A “ “ b ” c ” d",
])
def test_spaced_quotation_holding_its_own_marks_keeps_its_outer_spaces(text: str) -> None:
    once = quotes(text).text
    assert once.startswith(text[:text.index("“") + 2])  # the space after the outer opening mark stays
    assert quotes(once).text == once


def test_one_sided_space_is_left_alone() -> None:
    text = "He called it “ a fair deal” on Monday."
    assert quotes(text).text == text


@pytest.mark.parametrize("text, kind", [
    ("We will keep working,” the mayor said.", "quote_unbalanced"),
    ("Officials said the figures were “provisional.\n\nThe council met on Monday.", "quote_unbalanced"),
    ("She said: “We will be back next year.", "quote_unbalanced"),  # one paragraph: may be an excerpt
    ("“We will keep the library open.” until the new building is ready and the old one has been sold to a "
     "developer who plans to turn it into flats for the many families on the waiting list, she said.",
     "quote_closed_early"),
])
def test_flags_what_it_does_not_repair(text: str, kind: str) -> None:
    result = quotes(text)
    assert result.text == text
    assert kind in {flag.kind for flag in result.flags}


def test_unclosed_in_last_paragraph_not_closed_when_more_marks_follow() -> None:
    text = "Intro.\n\nShe said: “We will be back, and ‘soon’ too, ” maybe"
    result = quotes(text)
    assert not [edit for edit in result.edits if edit.category == "quote_unclosed_at_end"]


def test_an_unclosed_quotation_facing_the_wrong_way_is_turned_as_it_is_closed() -> None:
    """Closed, the quotation is a pair whose opener faces the wrong way: turned in the same cleaning,
    or the next one would turn it (found by fuzzing: "\r\n”i.")."""
    text = "The council met.\n\n”We will be back next year."
    result = quotes(text)
    assert result.text == "The council met.\n\n“We will be back next year.”"
    assert {edit.category for edit in result.edits} == {"quote_orientation", "quote_unclosed_at_end"}
    assert quotes(result.text).text == result.text


def test_edits_never_overlap_on_one_pair() -> None:
    text = "He said “ we will keep the library open. ” until the new building is ready, she said."
    result = quotes(text)
    assert apply_edits(result.original, result.edits) == result.text


def test_many_marks_stay_fast_and_valid() -> None:
    text = "“" * 3000 + "”" * 3000 + " “We will stay.” until the end, she said. " * 300
    result = quotes(text)
    assert apply_edits(result.original, result.edits) == result.text
