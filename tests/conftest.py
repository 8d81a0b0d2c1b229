"""Shared test helpers: the fixture articles (all written by us) and the shared-data location."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# The property tests draw the same examples on every run, so that CI is reproducible; explore new
# ones with HYPOTHESIS_PROFILE=explore (and the fuzz target, fuzz/clean_article_fuzz.py).
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPOSITORY = Path(__file__).resolve().parents[1]
FIXTURES = REPOSITORY / "fixtures"
SHARED_DATA = REPOSITORY.parent / "shared" / "data" / "boilerplate-dev.jsonl.gz"


def fixture_texts() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))}


@pytest.fixture(params=sorted(fixture_texts()))
def fixture_article(request: pytest.FixtureRequest) -> str:
    return fixture_texts()[request.param]
