"""The quote model: roles of marks, pairing, and what it reports as unbalanced (texts invented)."""

from __future__ import annotations

import pytest

from presswash.quotation import (
    APOSTROPHE,
    CLOSE,
    MEASURE,
    OPEN,
    UNKNOWN,
    analyse_quotes,
    quote_positions,
)


def roles(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(mark.char, mark.role) for mark in analyse_quotes(text, language).marks]


@pytest.mark.parametrize("text, expected", [
    ("She said “we will go” today.", [("“", OPEN), ("”", CLOSE)]),
    ('He said "we will go" today.', [('"', OPEN), ('"', CLOSE)]),
    ("A ‘short’ word.", [("‘", OPEN), ("’", CLOSE)]),
    ("“He told me ‘no’ twice.”", [("“", OPEN), ("‘", OPEN), ("’", CLOSE), ("”", CLOSE)]),
    ("„Wir gehen“, sagte sie.", [("„", OPEN), ("“", CLOSE)]),
    ("»Wir gehen«, sagte sie.", [("»", OPEN), ("«", CLOSE)]),
    ("« Nous partons », dit-elle.", [("«", OPEN), ("»", CLOSE)]),
    ("«Nos vamos», dijo ella.", [("«", OPEN), ("»", CLOSE)]),
])
def test_pairs_in_each_language(text: str, expected: list[tuple[str, str]]) -> None:
    language = "de" if "Wir" in text else "en"
    assert roles(text, language) == expected
    model = analyse_quotes(text, language)
    assert not model.unmatched_closers and not model.unclosed_openers


@pytest.mark.parametrize("text", [
    "rock ’n’ roll",
    "rock 'n' roll",
    "the music of the ’90s",
    "summer '24 was hot",
    "the drivers’ cars",
    "singin’ in the rain",
    "let ’em go",
    "’til the end",
])
def test_apostrophes_are_not_quotes(text: str) -> None:
    model = analyse_quotes(text, "en")
    assert all(mark.role == APOSTROPHE for mark in model.marks)
    assert not model.unmatched_closers and not model.unclosed_openers


def test_word_internal_apostrophes_are_skipped() -> None:
    assert analyse_quotes("don’t, can't, O’Neill", "en").marks == []


@pytest.mark.parametrize("text", ["He is 5'11\" tall.", "a 7\" screen", "people from 5’5” to 6’1”",
                                  "the cheapest 70\"+ TV"])
def test_inch_and_foot_marks(text: str) -> None:
    model = analyse_quotes(text, "en")
    assert {mark.role for mark in model.marks} == {MEASURE}
    assert not model.unmatched_closers


def test_breadcrumb_guillemets_are_separators() -> None:
    model = analyse_quotes("Home » News » Politics", "en")
    assert [mark.role for mark in model.marks] == [UNKNOWN, UNKNOWN]
    assert not model.unmatched_closers


def test_multi_paragraph_quotation_is_legitimate() -> None:
    text = ("“The first part of what she said runs on.\n\n"
            "“The second paragraph opens again.\n\n"
            "“And the last one closes it,” she said.")
    model = analyse_quotes(text, "en")
    assert not model.unmatched_closers and not model.unclosed_openers
    first, second, third, closer = model.marks
    assert second.reopens and third.reopens
    assert first.partner == 1 and second.partner == 2 and third.partner == 3 and closer.partner == 2


def test_multi_paragraph_quotation_on_single_lines() -> None:
    text = "“One line of the quotation.\n“Another line of it,” he said."
    model = analyse_quotes(text, "en")
    assert not model.unmatched_closers and not model.unclosed_openers


def test_unclosed_before_a_paragraph_that_does_not_continue() -> None:
    text = "Officials said the figures were “provisional and incomplete.\n\nThe council met on Monday."
    model = analyse_quotes(text, "en")
    assert [(model.marks[i].char, where) for i, where in model.unclosed_openers] == [("“", "paragraph")]


def test_unclosed_at_the_end() -> None:
    model = analyse_quotes("Intro.\n\nShe said: “We will be back.", "en")
    assert [where for _, where in model.unclosed_openers] == ["end"]


def test_closing_mark_without_opener() -> None:
    model = analyse_quotes("We will keep working,” the mayor said.", "en")
    assert model.unmatched_closers == [0]


def test_paragraph_split_by_a_scraper_still_pairs() -> None:
    model = analyse_quotes("“We will keep\n\nworking,” the mayor said.", "en")
    assert not model.unmatched_closers and not model.unclosed_openers


def test_wrong_way_marks_are_marked() -> None:
    model = analyse_quotes("He said ”we will go” and left.", "en")
    assert [mark.wrong_way for mark in model.marks] == [True, False]
    german = analyse_quotes("„Wir gehen“, sagte sie.", "de")
    assert not any(mark.wrong_way for mark in german.marks)


def test_quote_positions_in_order() -> None:
    text = "“a” 'b' «c»"
    assert quote_positions(text) == [0, 2, 4, 6, 8, 10]


def test_deep_runs_of_marks_stay_linear() -> None:
    text = "“" * 5000 + "”" * 5000
    model = analyse_quotes(text, "en")
    assert len(model.marks) == 10000
