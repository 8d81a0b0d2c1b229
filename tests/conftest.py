"""Shared test helpers: the fixture articles (all written by us) and the shared-data location."""

from __future__ import annotations

from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
FIXTURES = REPOSITORY / "fixtures"
SHARED_DATA = REPOSITORY.parent / "shared" / "data" / "boilerplate-dev.jsonl.gz"


def fixture_texts() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))}


@pytest.fixture(params=sorted(fixture_texts()))
def fixture_article(request: pytest.FixtureRequest) -> str:
    return fixture_texts()[request.param]
