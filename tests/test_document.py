"""The document model: replay, composition of edits across steps, flag mapping."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presswash import Cleaned, Edit, Flag, Pipeline, apply_edits, clean_article
from presswash.document import Draft, check_edits


def test_apply_edits_replays_removals_and_replacements() -> None:
    original = "abc def ghi"
    edits = [Edit(0, 4, ""), Edit(8, 11, "GHI")]
    assert apply_edits(original, edits) == "def GHI"


@pytest.mark.parametrize(
    "edits, message",
    [
        ([Edit(3, 5, ""), Edit(1, 2, "")], "sorted"),
        ([Edit(0, 4, ""), Edit(3, 5, "")], "non-overlapping"),
        ([Edit(0, 99, "")], "outside"),
        ([Edit(2, 2, "x"), Edit(2, 2, "y")], "ambiguous"),
    ],
)
def test_apply_edits_rejects_bad_edit_lists(edits: list[Edit], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        apply_edits("0123456789", edits)


def test_draft_maps_later_edits_to_original_coordinates() -> None:
    draft = Draft("xxAAyyBBzz")
    draft.apply([Edit(2, 4, "", step="one")])  # -> "xxyyBBzz"
    draft.apply([Edit(4, 6, "b", step="two")])  # BB -> b in current coordinates
    assert draft.text == "xxyybzz"
    assert draft.edits == [Edit(2, 4, "", "one"), Edit(6, 8, "b", "two")]
    assert apply_edits(draft.original, draft.edits) == draft.text


def test_draft_merges_an_edit_of_text_an_earlier_edit_produced() -> None:
    draft = Draft("It\u00e2\u20ac\u2122s here")
    draft.apply([Edit(2, 5, "\u2019", step="encoding", reason="mojibake")])
    draft.apply([Edit(0, 4, "", step="boilerplate", reason="removed")])
    assert draft.text == " here"
    assert len(draft.edits) == 1
    merged = draft.edits[0]
    assert (merged.start, merged.end, merged.replacement) == (0, 6, "")
    assert merged.step == "encoding+boilerplate"
    assert "mojibake" in merged.reason and "removed" in merged.reason


def test_flags_move_with_later_edits_and_vanish_with_removed_text() -> None:
    draft = Draft("aaa bbb ccc")
    draft.apply([], [Flag(8, 11, "x", "ccc"), Flag(0, 3, "y", "aaa")])
    draft.apply([Edit(0, 4, "")])
    assert [(f.kind, f.start, f.end) for f in draft.flags] == [("x", 4, 7)]
    assert draft.text[4:7] == "ccc"


def test_cleaned_lists_removed_text_with_reasons() -> None:
    result = Cleaned("keep drop", "keep ", [Edit(5, 9, "", "boilerplate", "a widget", "share_widget")], [])
    [removal] = result.removed
    assert removal.text == "drop" and removal.reason == "a widget" and removal.category == "share_widget"
    assert result.to_dict()["edits"][0]["category"] == "share_widget"


def test_undo_restores_the_edits_picked_and_keeps_the_others() -> None:
    original = "Lead line.\nShare this\nIt’s done .\nAna Ruiz writes about ferries."
    edits = [Edit(11, 22, "", "boilerplate", "a share button", "share_widget"),
             Edit(31, 32, "", "sentences", "space before a full stop", "space_before_punctuation"),
             Edit(34, 64, "", "boilerplate", "the author's bio", "author_bio")]
    result = Cleaned(original, apply_edits(original, edits), edits, [])
    assert result.text == "Lead line.\nIt’s done.\n"
    assert result.undo(lambda edit: edit.category == "author_bio") == \
        "Lead line.\nIt’s done.\nAna Ruiz writes about ferries."
    assert result.undo(lambda edit: edit.step == "boilerplate") == \
        "Lead line.\nShare this\nIt’s done.\nAna Ruiz writes about ferries."
    assert result.undo(lambda edit: True) == original
    assert result.undo(lambda edit: False) == result.text


def test_undo_on_a_cleaned_article_gives_back_the_lines_of_one_category() -> None:
    text = ("The library will stay open until the new building is ready, the council said on Monday.\n"
            "Share on Facebook\n"
            "Readers who want to help can volunteer at the front desk on weekday mornings.\n")
    result = clean_article(text, lang="en")
    assert "Share on Facebook" not in result.text
    assert "Share on Facebook" in result.undo(lambda edit: edit.category == "share_widget")


# ---------------------------------------------------------------- properties

def _edits_for(text: str, data: st.DataObject) -> list[Edit]:
    """Random sorted, non-overlapping edits over ``text``."""
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits: list[Edit] = []
    previous = -1
    for start, end in zip(cuts[::2], cuts[1::2]):
        if start == end == previous:
            continue
        replacement = data.draw(st.sampled_from(["", "x", "YZ", "\u2019"]))
        edits.append(Edit(start, end, replacement, "random"))
        previous = end if start == end else -1
    return edits


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40), data=st.data())
def test_any_sequence_of_steps_replays_from_the_original(text: str, data: st.DataObject) -> None:
    draft = Draft(text)
    expected = text
    for _ in range(data.draw(st.integers(1, 4))):
        edits = _edits_for(draft.text, data)
        expected = apply_edits(expected, edits)
        draft.apply(edits)
        check_edits(draft.edits, len(text))
        assert draft.text == expected
        assert apply_edits(text, draft.edits) == expected


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="ab \n", max_size=40), data=st.data())
def test_edits_composed_by_groups_are_those_of_the_general_merge(text: str, data: st.DataObject) -> None:
    """Shifting the edits that touch no earlier edit, and merging only the groups that touch, gives
    exactly what the general merge of everything gives."""
    from presswash.document import _compose, _compose_merging

    draft = Draft(text)
    for _ in range(data.draw(st.integers(1, 3))):
        draft.apply(_edits_for(draft.text, data))
    proposed = _edits_for(draft.text, data)
    assert _compose(draft.edits, proposed, draft.text) == _compose_merging(draft.edits, proposed, draft.text)


def test_an_edit_touching_a_chain_of_earlier_edits_merges_with_the_whole_chain() -> None:
    """A deletion and a replacement that meet, then an insertion at the replacement's end: one edit."""
    draft = Draft("0123456789abc")
    draft.apply([Edit(5, 6, "", "one"), Edit(6, 7, "XYZ", "one")])  # "01234XYZ789abc"
    draft.apply([Edit(8, 8, "!", "two")])
    assert draft.text == "01234XYZ!789abc"
    assert draft.edits == [Edit(5, 7, "XYZ!", "one+two")]


def test_edits_that_meet_at_a_point_join_the_cluster_of_an_earlier_edit_they_reach() -> None:
    """An insertion, then an edit starting where it stands, then one reaching an earlier edit's
    text: all three and the earlier edit are one cluster, as the general merge makes it."""
    from presswash.document import _compose, _compose_merging

    draft = Draft("ba \n")
    draft.apply([Edit(1, 4, "x", "one")])  # "bx"
    proposed = [Edit(0, 0, "\u2019", "two"), Edit(0, 1, "x", "two"), Edit(1, 1, "YZ", "two")]
    assert _compose(draft.edits, proposed, draft.text) == _compose_merging(draft.edits, proposed, draft.text)
    draft.apply(proposed)
    assert len(draft.edits) == 1 and apply_edits("ba \n", draft.edits) == draft.text


def test_a_late_step_with_few_edits_keeps_the_earlier_edits_as_they_are() -> None:
    draft = Draft("aa bb cc dd")
    draft.apply([Edit(0, 3, "", "one"), Edit(6, 6, "X", "one")])  # "bb Xcc dd"
    earlier = list(draft.edits)
    draft.apply([Edit(7, 9, "DD", "two")])
    assert draft.text == "bb Xcc DD"
    assert draft.edits[:2] == earlier and draft.edits[2] == Edit(9, 11, "DD", "two")
    assert apply_edits("aa bb cc dd", draft.edits) == draft.text


def test_a_custom_function_step_composes_with_the_default_pipeline() -> None:
    def no_shouting(text: str, context: object) -> list[Edit]:
        start = text.find("!!!")
        return [] if start < 0 else [Edit(start, start + 3, "!", reason="collapse repeated exclamation marks")]

    pipeline = Pipeline.default().with_step(no_shouting)
    result = pipeline("Itâ€™s done!!!\n")
    assert result.text == "It\u2019s done!\n"
    assert [e.step for e in result.edits] == ["encoding", "no_shouting"]
    assert apply_edits(result.original, result.edits) == result.text
