"""The datatrove step in a real LocalPipelineExecutor run, and Ray Data on a local Ray cluster.

Each group is skipped, with the reason, when its extra is not installed.
"""

from __future__ import annotations

import gzip
import json
import pickle
from pathlib import Path

import pytest

from presswash import clean_article
from presswash.batch import details

ARTICLES = [
    {"id": "d1", "text": "The council met on Tuesday.\n\nItâ€™s the first vote this year.\n\nShare this article\n"},
    {"id": "d2", "text": "Die Stadt baut neue Radwege. Die Kosten liegen bei 2,4 Millionen Euro.\n"},
    {"id": "d3", "text": "A short note with &amp; an entity and a plain sentence.\n"},
    {"id": "d4", "text": "Dr. Mills opened the library at 9 a.m. on Monday. Nobody came until noon.\n"},
]


# ---------------------------------------------------------------------------------------------- datatrove


def test_datatrove_step_in_a_local_pipeline_run(tmp_path: Path):
    pytest.importorskip("datatrove", reason="datatrove not installed: pip install 'presswash[datatrove]'")
    pytest.importorskip("orjson", reason="datatrove's JSONL reader needs orjson")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from presswash.integrations.datatrove import PresswashCleaner

    source = tmp_path / "in"
    source.mkdir()
    (source / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), "utf-8")
    executor = LocalPipelineExecutor(
        pipeline=[JsonlReader(str(source)), PresswashCleaner(), JsonlWriter(str(tmp_path / "out"))],
        tasks=1, logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    written = [json.loads(line) for path in sorted((tmp_path / "out").glob("*.jsonl.gz"))
               for line in gzip.open(path, "rt", encoding="utf-8")]
    assert [doc["id"] for doc in written] == [a["id"] for a in ARTICLES]
    for document, article in zip(written, ARTICLES):
        expected = clean_article(article["text"])
        assert document["text"] == expected.text
        assert document["metadata"]["presswash"] == json.loads(json.dumps(details(expected)))
    mojibake = [e for e in written[0]["metadata"]["presswash"]["edits"] if e["original"] == "â€™"]
    assert mojibake and mojibake[0]["reason"]
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text("utf-8"))
    ours = next(s for s in stats if "presswash" in s["name"])
    assert ours["stats"]["total"] == len(ARTICLES)
    assert ours["stats"]["removed_chars_encoding"]["total"] > 0


def test_datatrove_step_pickles_small_and_checks_options_early():
    pytest.importorskip("datatrove", reason="datatrove not installed: pip install 'presswash[datatrove]'")
    from datatrove.data import Document

    from presswash.integrations.datatrove import PresswashCleaner

    with pytest.raises(TypeError, match="unknown option"):
        PresswashCleaner(colour="red")
    step = pickle.loads(pickle.dumps(PresswashCleaner(disable=["encoding"], metadata_as_json=True)))
    [document] = step.run(iter([Document(text="Itâ€™s here.", id="x")]))
    assert document.text == clean_article("Itâ€™s here.", disable=["encoding"]).text
    assert isinstance(document.metadata["presswash"], str)


def test_datatrove_step_keeps_a_document_that_makes_a_step_fail(monkeypatch):
    pytest.importorskip("datatrove", reason="datatrove not installed: pip install 'presswash[datatrove]'")
    from datatrove.data import Document

    from presswash.integrations.datatrove import PresswashCleaner
    from presswash.pipeline import Pipeline

    real_clean = Pipeline.clean

    def clean_or_fail(self, text, **options):
        if "boom" in text:
            raise RuntimeError("boom")
        return real_clean(self, text, **options)

    monkeypatch.setattr(Pipeline, "clean", clean_or_fail)
    step = PresswashCleaner()
    documents = list(step.run(iter([Document(text="boom here", id="1"), Document(text="Itâ€™s fine.", id="2")])))
    assert [d.text for d in documents] == ["boom here", "It’s fine."]
    assert documents[0].metadata["presswash"] == {"error": "RuntimeError: boom"}
    assert step.stats["failed"].total == 1
    with pytest.raises(RuntimeError, match="boom"):
        list(PresswashCleaner(on_error="raise").run(iter([Document(text="boom", id="3")])))


# ---------------------------------------------------------------------------------------------- Ray Data


@pytest.fixture(scope="module")
def ray_cluster():
    ray = pytest.importorskip("ray", reason="Ray not installed: pip install 'presswash[ray]'")
    pytest.importorskip("ray.data", reason="Ray Data not installed: pip install 'presswash[ray]'")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield ray
    ray.shutdown()


def test_ray_data_cleans_the_text_column(ray_cluster):
    from presswash.integrations.ray import MT_SCORE_COLUMN, MT_SUSPECTED_COLUMN, clean_dataset

    items = [dict(article, number=index) for index, article in enumerate(ARTICLES * 5)]
    dataset = ray_cluster.data.from_items(items)
    rows = clean_dataset(dataset, details=True, concurrency=2, batch_size=4).take_all()
    rows.sort(key=lambda row: row["number"])
    assert len(rows) == len(items)
    for row, item in zip(rows, items):
        expected = clean_article(item["text"])
        assert row["id"] == item["id"]
        assert row["text"] == expected.text
        assert row[MT_SCORE_COLUMN] == expected.mt_score
        assert bool(row[MT_SUSPECTED_COLUMN]) == expected.mt_suspected
        assert json.loads(row["presswash"]) == json.loads(json.dumps(details(expected)))


def test_ray_callable_class_on_pandas_batches_and_missing_values(ray_cluster):
    from presswash.integrations.ray import PresswashBatchCleaner

    dataset = ray_cluster.data.from_items([{"body": "Itâ€™s fine."}, {"body": None}])
    rows = dataset.map_batches(PresswashBatchCleaner, fn_constructor_kwargs={"column": "body"},
                               batch_format="pandas", concurrency=1).take_all()
    assert sorted(rows, key=lambda row: row["body"] is None)[0]["body"] == "It’s fine."
    assert any(row["body"] is None for row in rows)


def test_ray_cleaner_keeps_a_text_that_makes_a_step_fail(monkeypatch):
    pytest.importorskip("ray.data", reason="Ray Data not installed: pip install 'presswash[ray]'")
    import numpy as np

    from presswash.integrations.ray import ERROR_COLUMN, PresswashBatchCleaner
    from presswash.pipeline import Pipeline

    real_clean = Pipeline.clean

    def clean_or_fail(self, text, **options):
        if "boom" in text:
            raise RuntimeError("boom")
        return real_clean(self, text, **options)

    monkeypatch.setattr(Pipeline, "clean", clean_or_fail)
    batch = {"text": np.array(["boom here", "Itâ€™s fine."], dtype=object)}
    result = PresswashBatchCleaner(details=True)(batch)  # called directly: no cluster needed
    assert list(result["text"]) == ["boom here", "It’s fine."]
    assert list(result[ERROR_COLUMN]) == ["RuntimeError: boom", ""]
    assert result["presswash"][0] == "" and json.loads(result["presswash"][1])["edits"]
    with pytest.raises(RuntimeError, match="boom"):
        PresswashBatchCleaner(on_error="raise")(batch)
