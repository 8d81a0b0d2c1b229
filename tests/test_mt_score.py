"""The document verdict: density and confidence of evidence, never mojibake, never one weak signal."""

from __future__ import annotations

from pathlib import Path

import pytest

from presswash import Edit, Flag, clean_article
from presswash.detectors.score import MT_THRESHOLD, score_document
from presswash.pipeline import Context
from presswash.steps.mt import detect_machine_translation

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MT_FIXTURES = sorted(p.name for p in FIXTURES.glob("mt_*.txt"))


@pytest.mark.parametrize("name", MT_FIXTURES)
def test_machine_translated_fixtures_are_suspected(name: str) -> None:
    result = clean_article((FIXTURES / name).read_text(encoding="utf-8"))
    assert result.mt_suspected, result.mt_evidence
    assert result.mt_score >= MT_THRESHOLD


def test_human_control_is_not_suspected() -> None:
    result = clean_article((FIXTURES / "clean_control.txt").read_text(encoding="utf-8"))
    assert not result.mt_suspected
    assert result.mt_score < 0.2
    assert not [f for f in result.flags if f.kind not in ("quote_unbalanced",)], result.flags


def test_mojibake_repairs_are_never_evidence() -> None:
    edits = [Edit(i * 10, i * 10 + 2, "é", step="encoding", reason="mojibake", category=category)
             for i, category in enumerate(["mojibake", "encoding", "control_character"] * 20)]
    verdict = score_document([], edits, words=400)
    assert verdict.mt_score == 0.0 and not verdict.mt_suspected


def test_repairs_of_earlier_steps_are_evidence() -> None:
    edits = [Edit(i * 100, i * 100 + 1, "", category="spurious_full_stop") for i in range(4)]
    edits += [Edit(1000 + i * 100, 1000 + i * 100 + 8, "", category="word_repeated_across_stop") for i in range(3)]
    verdict = score_document([], edits, words=500)
    assert verdict.mt_suspected
    assert verdict.evidence["broken_sentence"] > 0 and verdict.evidence["repeated_across_boundary"] > 0


def test_one_weak_signal_alone_never_decides() -> None:
    flags = [Flag(i * 100, i * 100 + 5, "spurious_capitals", "capital", 0.4) for i in range(40)]
    verdict = score_document(flags, [], words=300)
    assert not verdict.mt_suspected
    assert verdict.evidence["capped_single_weak_signal"] == 1.0


def test_one_strong_signal_at_high_density_decides() -> None:
    flags = [Flag(i * 200, i * 200 + 20, "spinner_substitution", "spinner", 0.9) for i in range(5)]
    assert score_document(flags, [], words=400).mt_suspected


def test_evidence_crowded_in_one_place_counts_once() -> None:
    tweet = [Edit(i * 4, i * 4 + 1, "", category="spurious_full_stop") for i in range(8)]  # "on. it. now. ..."
    spread = [Edit(i * 400, i * 400 + 1, "", category="spurious_full_stop") for i in range(8)]
    assert score_document([], tweet, words=500).mt_score < score_document([], spread, words=500).mt_score


def test_score_grows_with_density_and_stays_in_range() -> None:
    def flags(n: int) -> list[Flag]:
        return ([Flag(i * 100, i * 100 + 3, "sentence_fragment", "f", 0.75) for i in range(n)]
                + [Flag(i * 100 + 50, i * 100 + 53, "casing_loss", "c", 0.6) for i in range(n)])
    scores = [score_document(flags(n), [], words=1000).mt_score for n in (0, 1, 2, 4, 8, 100)]
    assert scores == sorted(scores) and scores[0] == 0.0 and all(0 <= s <= 1 for s in scores)


def test_evidence_says_words_grammar_and_language() -> None:
    text = "Plain words in a plain sentence that says nothing odd at all about anything."
    verdict = [p for p in detect_machine_translation(text, Context(text, "en", {})) if not isinstance(p, Flag)][0]
    assert verdict.evidence["words"] == 14.0
    assert verdict.evidence["grammar_used"] == 0.0
    assert verdict.evidence["english_detectors"] == 1.0


def test_english_detectors_skip_other_languages() -> None:
    text = "Die Stadt hat am Montag. den neuen Hafen eröffnet, sagte der Bürgermeister. er sagte das."
    proposals = detect_machine_translation(text, Context(text, "de", {}))
    verdict = proposals[-1]
    assert verdict.evidence["english_detectors"] == 0.0
    assert not [p for p in proposals if isinstance(p, Flag) and p.kind == "sentence_fragment"]


def test_undetermined_ascii_english_is_treated_as_english() -> None:
    text = "Police said the men tried to rob them. violently at the station."
    verdict = detect_machine_translation(text, Context(text, "und", {}))[-1]
    assert verdict.evidence["english_detectors"] == 1.0
    assert verdict.evidence["language_und_as_en"] == 1.0


def test_places_flagged_by_earlier_steps_are_not_flagged_again() -> None:
    text = "Officials worked to restore. restore power overnight in the valley."
    earlier = (Flag(19, 36, "word_repeated_across_stop", "repair step flag", 0.9),)
    proposals = detect_machine_translation(text, Context(text, "en", {}, flags=earlier))
    assert not [p for p in proposals if isinstance(p, Flag)]


def test_a_different_reading_of_a_flagged_place_is_kept_but_counted_once() -> None:
    text = '"We will stay," the mayor said. she wrote on her page that the town had no warning.'
    stop = text.index(". she")
    earlier = (Flag(stop, stop + 5, "spurious_full_stop", "full stop inside a clause", 0.5),)
    proposals = detect_machine_translation(text, Context(text, "en", {}, flags=earlier))
    flags = [p for p in proposals if isinstance(p, Flag)]
    assert [(f.kind, text[f.start:f.end]) for f in flags] == [("source_calque", "said. she wrote")]
    verdict = proposals[-1]
    assert "broken_sentence" not in verdict.evidence  # the place counts once, as its strongest reading
    assert verdict.evidence["source_calque"] > 0
