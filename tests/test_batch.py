"""clean_articles(): order, identity with one-by-one cleaning, laziness, errors."""

from __future__ import annotations

import itertools

import pytest

from presswash import Edit, Pipeline, clean_article, clean_articles
from presswash.batch import details, removed_characters

ARTICLES = [
    "The council met on Tuesday.\n\nItâ€™s the first vote this year.\n\nShare this article\n",
    "Die Stadt baut neue Radwege. Die Kosten liegen bei 2,4 Millionen Euro.\n",
    "A short note with &amp; an entity and a plain sentence.\n",
    "",
    "El ayuntamiento aprobÃ³ el presupuesto el martes por la tarde.\n",
    "Dr. Mills said the U.S. office opens at 9 a.m. on No. 10 Market Street.\n",
    "Cafe\u0301 owners met the mayor\u200b yesterday.\n",
]


def many(count: int) -> list[str]:
    """Distinct articles (numbered), so an order mix-up cannot go unnoticed."""
    return [f"Report {number}. {text}" for number, text in zip(range(count), itertools.cycle(ARTICLES))]


@pytest.mark.parametrize("jobs, chunksize", [(1, None), (1, 1), (2, 1), (2, 3), (2, None)])
def test_results_equal_cleaning_one_by_one_in_input_order(jobs, chunksize):
    texts = many(37)
    expected = [clean_article(text) for text in texts]
    assert list(clean_articles(texts, jobs=jobs, chunksize=chunksize)) == expected


def test_options_and_disable_reach_every_worker():
    texts = many(12)
    expected = [clean_article(text, disable=["encoding"], lang="en") for text in texts]
    assert list(clean_articles(texts, jobs=2, chunksize=2, disable=["encoding"], lang="en")) == expected
    assert all("â€™" in result.text for result in expected if "â€™" in result.original)


# Custom steps live at module level so that workers started by spawn or forkserver can import them.
def shout_free(text, context):
    return [Edit(text.index("!!"), text.index("!!") + 2, "!", reason="collapse repeated exclamation marks")] \
        if "!!" in text else []


def broken(text, context):
    if "boom" in text:
        raise RuntimeError("boom")
    return []


def test_steps_by_name_and_custom_pipeline():
    pipeline = Pipeline.from_steps([shout_free])
    assert [c.text for c in clean_articles(["Wow!! Yes.", "No."], steps=pipeline, jobs=2)] == ["Wow! Yes.", "No."]
    only_encoding = list(clean_articles(["Itâ€™s &amp; fine."], steps=["encoding"]))
    assert only_encoding[0].text == "It’s & fine."


def test_lazy_reads_the_input_only_as_needed():
    consumed = []

    def endless():
        for number in itertools.count():
            consumed.append(number)
            yield f"Article {number} is short."

    results = clean_articles(endless(), jobs=1, chunksize=4)
    first = [next(results) for _ in range(5)]
    assert [r.original for r in first] == [f"Article {n} is short." for n in range(5)]
    assert len(consumed) <= 8  # two chunks of four, not the endless rest


def test_parallel_reading_ahead_is_bounded():
    consumed = []

    def endless():
        for number in itertools.count():
            consumed.append(number)
            yield f"Article {number} is short."

    results = clean_articles(endless(), jobs=2, chunksize=2)
    assert [next(results).original for _ in range(3)] == [f"Article {n} is short." for n in range(3)]
    results.close()
    assert len(consumed) <= 2 * 4 * 2 + 2  # chunks in flight (jobs x 4) of two articles, plus one being built


def test_abandoned_parallel_iterator_stops_cleanly():
    results = clean_articles(itertools.repeat("Plain text."), jobs=2, chunksize=2)
    assert next(results).text == "Plain text."
    results.close()  # terminates the workers; must not hang


def test_empty_input():
    assert list(clean_articles([], jobs=2)) == []


@pytest.mark.parametrize("kwargs, message", [
    ({"jobs": 0}, "jobs"),
    ({"jobs": 2, "chunksize": 0}, "chunksize"),
])
def test_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        list(clean_articles(["x"], **kwargs))


@pytest.mark.parametrize("jobs", [1, 2])
def test_unknown_option_fails_before_any_work(jobs):
    with pytest.raises(TypeError, match="unknown option 'colour'"):
        list(clean_articles(["x"], jobs=jobs, colour="red"))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_step_raises_as_one_by_one_would(jobs):
    pipeline = Pipeline.from_steps([broken])
    results = clean_articles(["fine", "boom", "fine"], steps=pipeline, jobs=jobs, chunksize=1)
    assert next(results).text == "fine"
    with pytest.raises(RuntimeError, match="boom"):
        next(results)


def test_details_carry_what_each_edit_replaced():
    result = clean_article("Itâ€™s here &amp; now.", steps=["encoding"])
    record = details(result)
    assert set(record) == {"language", "edits", "flags", "mt_score", "mt_suspected", "notes"}
    assert [edit["original"] for edit in record["edits"]] == ["â€™", "&amp;"]
    assert [edit["replacement"] for edit in record["edits"]] == ["’", "&"]
    assert removed_characters(result) == {"encoding": 2 + 4}
