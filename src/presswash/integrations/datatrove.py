"""A datatrove pipeline step that cleans each Document's text with presswash (extra: ``presswash[datatrove]``).

>>> from datatrove.executor import LocalPipelineExecutor
>>> from datatrove.pipeline.readers import JsonlReader
>>> from datatrove.pipeline.writers import JsonlWriter
>>> from presswash.integrations.datatrove import PresswashCleaner
>>> LocalPipelineExecutor(pipeline=[JsonlReader("in/"), PresswashCleaner(), JsonlWriter("out/")],
...                       tasks=4).run()  # doctest: +SKIP

Each document's text becomes the cleaned text, and ``document.metadata["presswash"]`` records what
was done: the edits (removals included, each with the ``"original"`` text it replaced, so nothing is
lost), the flags, ``mt_score`` and ``mt_suspected`` (the same object ``presswash --jsonl --details``
writes). The step holds only its settings, so it pickles small for the Slurm and Ray executors;
each task builds its pipeline once, where it runs. Counts (removed characters by category, flags by
kind, suspected machine translation) go to datatrove's stats.
"""

from __future__ import annotations

import json
from typing import Any, Sequence

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "presswash.integrations.datatrove needs datatrove: pip install 'presswash[datatrove]'"
    ) from error

from ..batch import _Settings, details, removed_characters

METADATA_KEY = "presswash"


class PresswashCleaner(PipelineStep):
    """Clean ``document.text`` and record the edits, flags and verdict in ``document.metadata``.

    ``disable`` names default steps to skip and ``options`` go to the steps, as for
    ``clean_article``. ``metadata_as_json=True`` stores the record as a JSON string, which
    columnar writers (Parquet) handle better than nested lists of varying shape;
    ``record_metadata=False`` stores nothing but the cleaned text. ``on_error``: see :meth:`run`.
    """

    name = "🧼 presswash"
    type = "✂️ - FORMAT"

    def __init__(self, disable: Sequence[str] = (), record_metadata: bool = True,
                 metadata_as_json: bool = False, on_error: str = "keep", **options: Any) -> None:
        super().__init__()
        if on_error not in ("keep", "raise"):
            raise ValueError(f"on_error must be 'keep' or 'raise', not {on_error!r}")
        self.settings = _Settings(None, tuple(disable), dict(options))
        self.settings.check()  # an unknown step or option fails here, not in every task
        self.record_metadata = record_metadata
        self.metadata_as_json = metadata_as_json
        self.on_error = on_error

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Clean each document; with ``on_error="keep"`` (the default) a document that makes a step
        fail passes unchanged, its metadata saying why, and is counted as ``failed``: one bad page
        must not stop a task of millions. ``on_error="raise"`` stops the task instead."""
        pipeline = self.settings.pipeline()
        options = self.settings.options
        for document in data:
            self.stat_update("total")
            try:
                with self.track_time():
                    result = pipeline.clean(document.text, **options)
            except Exception as error:
                if self.on_error == "raise":
                    raise
                self.stat_update("failed")
                if self.record_metadata:
                    document.metadata[METADATA_KEY] = {"error": f"{type(error).__name__}: {error}"}
                yield document
                continue
            document.text = result.text
            self._count(result)
            if self.record_metadata:
                record = details(result)
                document.metadata[METADATA_KEY] = (json.dumps(record, ensure_ascii=False)
                                                   if self.metadata_as_json else record)
            yield document

    def _count(self, result: Any) -> None:
        if result.edits:
            self.stat_update("edited")
        for category, characters in removed_characters(result).items():
            self.stat_update(f"removed_chars_{category}", value=characters)
        for flag in result.flags:
            self.stat_update(f"flag_{flag.kind}")
        if result.mt_suspected:
            self.stat_update("mt_suspected")
        if not result.text.strip():
            self.stat_update("emptied")
