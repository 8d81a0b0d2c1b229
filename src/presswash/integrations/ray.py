"""Clean a Ray Data dataset's text column, one presswash pipeline per worker (extra: ``presswash[ray]``).

>>> import ray
>>> from presswash.integrations.ray import clean_dataset
>>> dataset = ray.data.read_json("articles.jsonl")              # doctest: +SKIP
>>> cleaned = clean_dataset(dataset, column="text", details=True, concurrency=4)  # doctest: +SKIP
>>> cleaned.write_json("cleaned/")                            # doctest: +SKIP

:func:`clean_dataset` maps :class:`PresswashBatchCleaner`, a callable class, over the dataset's
batches: Ray starts ``concurrency`` actors and each builds its pipeline once. The text column gets
the cleaned text; ``presswash_mt_score`` and ``presswash_mt_suspected`` columns get the verdict,
``presswash_error`` says why a text could not be cleaned ("" for the others), and
with ``details=True`` a ``presswash`` column gets the edits, flags and verdict as a JSON string (the
object ``presswash --jsonl --details`` writes; a string keeps the Arrow schema simple).
"""

from __future__ import annotations

import json
from typing import Any, Sequence

try:
    import numpy as np
    import ray.data
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError("presswash.integrations.ray needs Ray Data: pip install 'presswash[ray]'") from error

from ..batch import DETAILS_KEY, _Settings
from ..batch import details as details_of

MT_SCORE_COLUMN = "presswash_mt_score"
MT_SUSPECTED_COLUMN = "presswash_mt_suspected"
ERROR_COLUMN = "presswash_error"


class PresswashBatchCleaner:
    """A callable class for ``Dataset.map_batches``: cleans ``column`` of each batch.

    Takes numpy batches (a dict of arrays, Ray's default) or pandas DataFrames. A value that is not
    a string (None, a number) is left as it is, with a score of 0 and empty details. With
    ``on_error="keep"`` (the default) a text that makes a step fail is left as it is too, and the
    ``presswash_error`` column says why (it is "" for every other row): one bad page must not
    fail a job of millions. ``on_error="raise"`` fails the job instead.
    """

    def __init__(self, column: str = "text", details: bool = False, disable: Sequence[str] = (),
                 on_error: str = "keep", **options: Any) -> None:
        if on_error not in ("keep", "raise"):
            raise ValueError(f"on_error must be 'keep' or 'raise', not {on_error!r}")
        self.on_error = on_error
        settings = _Settings(None, tuple(disable), dict(options))
        self.pipeline = settings.check()
        self.options = settings.options
        self.column = column
        self.details = details

    def __call__(self, batch: Any) -> Any:
        if hasattr(batch, "columns"):  # a pandas DataFrame
            batch = batch.copy()
            columns = self._clean(list(batch[self.column]))
            for name, values in columns.items():
                batch[name] = values
            return batch
        if self.column not in batch:
            raise KeyError(f"no column {self.column!r} in the dataset (columns: {', '.join(batch)})")
        result = dict(batch)
        for name, values in self._clean(list(batch[self.column])).items():
            result[name] = np.array(values, dtype=object if name in (self.column, DETAILS_KEY, ERROR_COLUMN) else None)
        return result

    def _clean(self, values: list[Any]) -> dict[str, list[Any]]:
        texts: list[Any] = []
        scores: list[float] = []
        suspected: list[bool] = []
        records: list[str] = []  # strings only ("" for none), so every batch has the same Arrow schema
        errors: list[str] = []
        for value in values:
            failure = ""
            if isinstance(value, str):
                try:
                    cleaned = self.pipeline.clean(value, **self.options)
                except Exception as error:
                    if self.on_error == "raise":
                        raise
                    failure = f"{type(error).__name__}: {error}"
            if not isinstance(value, str) or failure:
                texts.append(value)
                scores.append(0.0)
                suspected.append(False)
                records.append("")
                errors.append(failure)
                continue
            errors.append("")
            texts.append(cleaned.text)
            scores.append(float(cleaned.mt_score))
            suspected.append(bool(cleaned.mt_suspected))
            if self.details:
                records.append(json.dumps(details_of(cleaned), ensure_ascii=False))
        columns: dict[str, list[Any]] = {self.column: texts, MT_SCORE_COLUMN: scores, MT_SUSPECTED_COLUMN: suspected,
                                         ERROR_COLUMN: errors}
        if self.details:
            columns[DETAILS_KEY] = records
        return columns


def clean_dataset(dataset: ray.data.Dataset, column: str = "text", *, details: bool = False,
                  concurrency: int | tuple[int, int] | None = None, batch_size: int = 64,
                  disable: Sequence[str] = (), on_error: str = "keep", **options: Any) -> ray.data.Dataset:
    """The dataset with ``column`` cleaned (lazily, as Ray datasets are), verdict columns added.

    ``concurrency`` is the number of worker actors (or a (min, max) range to autoscale); each holds
    one pipeline. ``disable`` and ``options`` are those of ``clean_article``; ``on_error``: see
    :class:`PresswashBatchCleaner`.
    """
    _Settings(None, tuple(disable), dict(options)).check()  # fail here, not inside every actor
    return dataset.map_batches(
        PresswashBatchCleaner,
        fn_constructor_kwargs={"column": column, "details": details, "disable": tuple(disable),
                               "on_error": on_error, **options},
        batch_format="numpy",
        batch_size=batch_size,
        concurrency=concurrency if concurrency is not None else 1,
    )
