"""Segmentation shared by all steps: lines, paragraphs, abbreviation-aware sentences."""

from __future__ import annotations

import pytest

from presswash.segment import (
    _SENTENCE_STARTERS,
    abbreviation_kind,
    looks_like_url_or_domain,
    split_lines,
    split_paragraphs,
    split_sentences,
)


def sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text)]


@pytest.mark.parametrize(
    "text_in, expected",
    [
        ("The vote passed. The mayor left.", ["The vote passed.", "The mayor left."]),
        ("Dr. Ruth Okafor spoke first. She was brief.", ["Dr. Ruth Okafor spoke first.", "She was brief."]),
        ("The U.S. Supreme Court ruled on Monday.", ["The U.S. Supreme Court ruled on Monday."]),
        ("He grew up in the U.S. He moved in 1990.", ["He grew up in the U.S.", "He moved in 1990."]),
        ("It starts at 9 a.m. on Friday.", ["It starts at 9 a.m. on Friday."]),
        ("It starts at 9 a.m. The doors open later.", ["It starts at 9 a.m.", "The doors open later."]),
        ("She lives at No. 10 Mill Lane.", ["She lives at No. 10 Mill Lane."]),
        ("Say no. Then leave.", ["Say no.", "Then leave."]),
        ("Bring fruit, e.g. Apples or pears.", ["Bring fruit, e.g. Apples or pears."]),
        ("The novel by J. R. R. Tolkien sold well.", ["The novel by J. R. R. Tolkien sold well."]),
        ("Prices rose 3.5 per cent. Wages did not.", ["Prices rose 3.5 per cent.", "Wages did not."]),
        ("See www.example.org for details. Or call.", ["See www.example.org for details.", "Or call."]),
        ("He paused... then went on.", ["He paused... then went on."]),
        ("He paused... Then he left.", ["He paused...", "Then he left."]),
        ("“Stop!” he said. “Why?” She left.", ["“Stop!” he said.", "“Why?”", "She left."]),
        ("Headline without a stop\n\nBody text here.", ["Headline without a stop", "Body text here."]),
        ("Shares of Acme Inc. fell. Rivals rose.", ["Shares of Acme Inc. fell.", "Rivals rose."]),
        ("Der Plan, z.B. Radwege, kostet 2 Mio. Euro.", ["Der Plan, z.B. Radwege, kostet 2 Mio. Euro."]),
    ],
)
def test_sentence_boundaries(text_in: str, expected: list[str]) -> None:
    assert sentences(text_in) == expected


@pytest.mark.parametrize(
    "token, following, kind",
    [
        ("Dr", " Smith", "never_final"),
        ("e.g", " apples", "never_final"),
        ("J", " R.", "never_final"),
        ("U.S", " firm", "may_be_final"),
        ("a.m", " on", "may_be_final"),
        ("No", " 10", "before_number"),
        ("no", " one", None),
        ("plan", " despite", None),
    ],
)
def test_abbreviation_kinds(token: str, following: str, kind: str | None) -> None:
    assert abbreviation_kind(token, following) == kind


@pytest.mark.parametrize("token, expected", [("www.example.org", True), ("https://a.example/x", True),
                                             ("example.com", True), ("@handle", True), ("plan", False)])
def test_urls_and_domains(token: str, expected: bool) -> None:
    assert looks_like_url_or_domain(token) is expected


def test_lines_keep_every_kind_of_line_break() -> None:
    text = "a\r\nb\nc\rd\u2028e"
    lines = split_lines(text)
    assert [text[line.start : line.end] for line in lines] == ["a", "b", "c", "d", "e"]
    assert [text[line.end : line.next_start] for line in lines] == ["\r\n", "\n", "\r", "\u2028", ""]


def test_paragraphs_are_separated_by_blank_lines() -> None:
    text = "one\ntwo\n\n  \nthree\n"
    assert [text[p.start : p.end] for p in split_paragraphs(text)] == ["one\ntwo", "three"]


def test_sentence_starters_load_as_single_lowercase_words() -> None:
    # is_sentence_end compares the lowercased next word: an empty (missing) file or a capitalised or
    # multi-word entry would silently stop "in the U.S. The ..." from splitting
    assert "the" in _SENTENCE_STARTERS
    assert all(word.isalpha() and word.islower() for word in _SENTENCE_STARTERS)
