"""The human-written gold bodies of ../shared/data (third-party text: read at run time, never copied here)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate-dev.jsonl.gz"


def gold_bodies(limit: int | None = None) -> list[tuple[str, str]]:
    """``(page id, gold body)`` of each page once (the data holds every page twice, once per text variant)."""
    seen: set[str] = set()
    bodies: list[tuple[str, str]] = []
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] not in seen:
                seen.add(record["id"])
                bodies.append((record["id"], record["gold_body"]))
                if limit and len(bodies) >= limit:
                    break
    return bodies
