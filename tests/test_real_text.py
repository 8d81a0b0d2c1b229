"""Invariants on real third-party pages (../shared/data, read from there; skipped where it is absent)."""

from __future__ import annotations

import gzip
import json

import pytest

from presswash import apply_edits, clean_article

from .conftest import SHARED_DATA

pytestmark = pytest.mark.skipif(not SHARED_DATA.exists(), reason=f"evaluation data not found at {SHARED_DATA}")


def sample_texts(every: int = 15) -> list[str]:
    texts: list[str] = []
    with gzip.open(SHARED_DATA, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % every == 0:
                record = json.loads(line)
                texts.extend([record["text"], record["gold_body"]])
    return texts


def test_real_pages_replay_and_clean_idempotently() -> None:
    texts = sample_texts()
    assert len(texts) > 200
    for text in texts:
        result = clean_article(text)
        assert apply_edits(text, result.edits) == result.text
        assert all(0 <= f.start <= f.end <= len(result.text) for f in result.flags)
        assert clean_article(result.text).text == result.text
