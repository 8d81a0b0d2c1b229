"""Encoding repair: what it fixes (with reasons) and what it must never touch."""

from __future__ import annotations

import pytest

from presswash import apply_edits, clean_article


def repair(text: str):  # type: ignore[no-untyped-def]
    return clean_article(text, steps=["encoding"])


@pytest.mark.parametrize(
    "text_in, text_out, reason_part",
    [
        ("It\u00e2\u20ac\u2122s open.", "It\u2019s open.", "UTF-8 text decoded as Windows-1252"),
        ("Caf\u00c3\u00a9 society", "Caf\u00e9 society", "mojibake"),
        ("Salt &amp; pepper", "Salt & pepper", "HTML entity"),
        ("Cost: &pound;5", "Cost: \u00a35", "HTML entity"),
        ("Null\x00byte here", "Nullbyte here", "control character"),
        ("zero\u200bwidth", "zerowidth", "invisible character"),
        ("soft\u00adhyphen", "softhyphen", "invisible character"),
        ("\ufeffStarts with a BOM", "Starts with a BOM", "control character"),
        ("cafe\u0301", "caf\u00e9", "normalisation"),
        ("the \ufb01nal word", "the final word", "ligature"),
        ("He said \u00e2\u20ac\u0153yes,\u00e2\u20ac and left", "He said \u201cyes,\u201d and left", "mojibake"),
    ],
)
def test_repairs_with_a_reason(text_in: str, text_out: str, reason_part: str) -> None:
    result = repair(text_in)
    assert result.text == text_out
    assert result.edits and all(e.step == "encoding" for e in result.edits)
    assert any(reason_part in e.reason for e in result.edits), [e.reason for e in result.edits]
    assert apply_edits(result.original, result.edits) == result.text


@pytest.mark.parametrize(
    "text",
    [
        "“Curly quotes” and ‘single ones’ stay curly; it’s typography.",
        "Line endings stay:\r\nWindows\rold Mac\nUnix\u2028separator",
        "Full-width punctuation in Chinese stays：你好，世界。",
        "Accents: café, naïve, Zürich, São Paulo, Kraków.",
        "Tabs\tand  double  spaces   stay.",
        "Emoji with modifiers stay: 👍🏽 👩‍👩‍👧",
        "Non-breaking spaces in French stay\u00a0: oui\u00a0!",
        "A plain ampersand & a price of £5 stay.",
        "Ã  la carte is rare but 1 Ã 2 is not mojibake in this maths note.",
    ],
)
def test_must_not_change(text: str) -> None:
    result = repair(text)
    assert result.text == text, result.edits


def test_each_fix_is_its_own_edit() -> None:
    result = repair("A\u00e2\u20ac\u2122s and B &amp; C.")
    assert [result.original[e.start : e.end] for e in result.edits] == ["\u00e2\u20ac\u2122", "&amp;"]


def test_entities_are_decided_line_by_line() -> None:
    """A "<" (HTML or code) keeps the entities of its own line only: removing that line later, as
    the boilerplate step may, must not change the decision for the others (cleaning twice)."""
    result = repair("if (a < b &amp;&amp; c) return;\nSalt &amp; pepper\n")
    assert result.text == "if (a < b &amp;&amp; c) return;\nSalt & pepper\n"


def test_cleaning_twice_is_stable_when_the_line_with_a_tag_goes() -> None:
    paragraph = ("The council of the small harbour town voted on Tuesday night to rebuild the old stone pier, "
                 "which has been closed to visitors since a storm damaged it in the spring of last year.")
    text = "\n\n".join([paragraph, "Fish &amp; chips will be sold on the quay again.", paragraph.replace(
        "Tuesday", "Wednesday"), "Leave a Reply", "Great news <3 see you there"]) + "\n"
    first = clean_article(text)
    assert clean_article(first.text).text == first.text
