"""The pipeline: listing, disabling, reordering and adding steps; options; clean_article()."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from presswash import Edit, Flag, Note, Pipeline, Verdict, apply_edits, clean_article, default_pipeline, step


def test_default_pipeline_starts_with_encoding_repair() -> None:
    assert default_pipeline().names[0] == "encoding"


def test_steps_can_be_disabled_listed_and_reordered() -> None:
    pipeline = default_pipeline()
    assert "encoding" not in pipeline.without("encoding").names
    assert pipeline.only("encoding").names == ["encoding"]
    with pytest.raises(KeyError, match="no step named"):
        pipeline.without("no_such_step")


def test_clean_article_runs_only_the_named_steps() -> None:
    result = clean_article("Itâ€™s here.", steps=[])
    assert result.text == "Itâ€™s here." and result.edits == []


def test_unknown_option_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="unknown option 'colour'"):
        clean_article("text", colour=True)


def test_non_string_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="needs a str"):
        clean_article(b"bytes")  # type: ignore[arg-type]


def test_a_step_declares_options_and_reads_them_from_the_context() -> None:
    @step("marker", marker_text="[x]")
    def add_marker(text: str, context):  # type: ignore[no-untyped-def]
        return [Edit(len(text), len(text), context.option("marker_text"), reason="test marker")]

    pipeline = Pipeline.from_steps([add_marker])
    assert pipeline("abc").text == "abc[x]"
    assert pipeline("abc", marker_text="!").text == "abc!"
    assert pipeline.options["marker_text"] == "[x]"


def test_flags_verdicts_and_notes_reach_the_result() -> None:
    def detector(text: str, context):  # type: ignore[no-untyped-def]
        return [Flag(0, 3, "example", "an example flag", 0.7), Verdict(0.8, True, {"example": 0.8}),
                Note("a note")]

    result = Pipeline.from_steps([detector])("abc def")
    assert result.flags == [Flag(0, 3, "example", "an example flag", 0.7)]
    assert (result.mt_score, result.mt_suspected, result.notes) == (0.8, True, ["a note"])


def test_a_step_that_times_out_is_skipped_with_a_note() -> None:
    def slow(text: str, context):  # type: ignore[no-untyped-def]
        raise TimeoutError("regex timed out")

    result = Pipeline.from_steps([slow])("abc")
    assert result.text == "abc"
    assert "took too long" in result.notes[0]


def test_overlapping_edits_from_one_step_are_rejected() -> None:
    def sloppy(text: str, context):  # type: ignore[no-untyped-def]
        return [Edit(0, 3, ""), Edit(2, 4, "")]

    with pytest.raises(ValueError, match="non-overlapping"):
        Pipeline.from_steps([sloppy])("abcdef")


def test_steps_see_edits_made_before_them() -> None:
    seen: list[list[str]] = []

    def spy(text: str, context):  # type: ignore[no-untyped-def]
        seen.append([e.step for e in context.edits])
        return []

    default_pipeline().only("encoding").with_step(spy)("caf\u00c3\u00a9 &amp; more")
    assert seen == [["encoding", "encoding"]]


def test_language_is_guessed_or_given() -> None:
    english = "The council said that it would keep the library open for the people of the town."
    assert clean_article(english).language == "en"
    assert clean_article("Short.", lang="de").language == "de"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
       | st.from_regex(r"[a-zé'’ .,;:!?()\-0-9\u0301\u00a0]{0,80}", fullmatch=True))
def test_the_language_guess_reads_the_same_words_as_the_letter_pattern(text: str) -> None:
    """The guess splits on whitespace and strips punctuation for speed; the words must stay those
    of the letter pattern, in every script."""
    import regex

    from presswash.language import _letter_runs
    assert _letter_runs(text) == regex.findall(r"\p{L}+", text)


def test_language_is_the_cleaned_articles_not_the_pages() -> None:
    """An English menu and comment form over a German article: the page reads as English, the
    article as German, and a second cleaning (which guesses from the article) must agree."""
    page = "\n".join([
        "Skip to main content", "Home", "About us", "Contact us",
        "We use cookies to give you the best experience on our website. By continuing to use the site "
        "you agree to our use of cookies.",
        "Sign up for our newsletter and get the best of the week in your inbox every Friday.",
        "Leave a Reply", "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Der Stadtrat hat am Dienstag beschlossen, die Bibliothek bis zum Umzug in das neue Geb\u00e4ude "
        "offen zu halten.",
        "Die B\u00fcrgermeisterin sagte, dass die Stadt daf\u00fcr keine neuen Schulden machen werde.",
    ])
    first = clean_article(page)
    assert first.text.startswith("Der Stadtrat")
    assert first.language == "de"
    assert clean_article(first.text).language == "de"


def test_a_guess_that_keeps_moving_is_followed_at_most_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cleaned text that reads as yet another language each time is cleaned five times in all
    (twice more from the page, then twice on what is left), not once per language."""
    import itertools

    import presswash.pipeline as pipeline_module

    guesses = itertools.cycle(["en", "de", "fr", "es", "it", "pt", "nl"])
    monkeypatch.setattr(pipeline_module, "detect_language", lambda text: next(guesses))
    cleaned_in: list[str] = []

    def first_character_goes(text: str, context: object) -> list[Edit]:
        cleaned_in.append(context.language)  # type: ignore[attr-defined]
        return [Edit(0, 1, "", reason="test")]

    result = Pipeline.from_steps([first_character_goes]).clean("Some text that reads as anything.")
    assert cleaned_in == ["en", "de", "fr", "es", "it"]
    assert result.language == "it"
    assert result.text == "Some text that reads as anything."[3:]  # once from the page, twice on what is left


def test_a_guess_that_goes_round_ends_where_a_second_cleaning_would() -> None:
    """The page reads as undetermined; cleaned so, it reads as English; cleaned as English, it reads
    as undetermined again. The result is cleaned once more in the language it reads as, so that a
    second cleaning changes nothing."""
    english = ("The council said that the library will stay open until the new building is ready, and the "
               "mayor agreed with them on it.")
    german = ("Der Stadtrat hat gesagt, dass die Bibliothek offen bleibt, bis das neue Gebäude fertig ist, und die "
              "Bürgermeisterin war dafür, weil die Stadt es so will und die Leute es auch wollen.")

    def german_goes_when_undetermined(text: str, context: object) -> list[Edit]:
        start = text.find(german)
        if context.language != "und" or start < 0:  # type: ignore[attr-defined]
            return []
        return [Edit(start, start + len(german) + 1, "", reason="test")]

    pipeline = Pipeline.from_steps([german_goes_when_undetermined])
    first = pipeline.clean(english + "\n" + german + "\n")
    assert first.text == english + "\n"
    assert first.language == "en"
    assert apply_edits(first.original, first.edits) == first.text
    assert pipeline.clean(first.text).text == first.text


def test_fixtures_replay_and_are_deterministic_and_idempotent(fixture_article: str) -> None:
    first = clean_article(fixture_article)
    assert apply_edits(first.original, first.edits) == first.text
    assert clean_article(fixture_article).to_dict() == first.to_dict()
    assert clean_article(first.text).text == first.text
    for flag in first.flags:
        assert 0 <= flag.start <= flag.end <= len(first.text)
    starts = [(e.start, e.end) for e in first.edits]
    assert starts == sorted(starts)
