#!/usr/bin/env python3
"""What the boilerplate step takes from articles that hold no boilerplate.

Runs the ``boilerplate`` step alone over every human gold body of
../shared/data/boilerplate-dev.jsonl.gz (the article text only, as an extractor might hand it
over; each page once) and prints the characters removed by category and the largest removals.
Everything removed here is the article's by the gold's reckoning, so this is the step's loss
on clean input. Some of it the gold keeps by its own convention ("Read more: …" links, "This
post may contain affiliate links", an author's bio): read the examples before calling a removal
wrong.

    python benchmarks/clean_bodies.py [--limit N] [--examples 20]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

from presswash import clean_article

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate-dev.jsonl.gz"


def gold_bodies(limit: int | None) -> list[tuple[str, str]]:
    """``(page id, gold body)`` of each page once."""
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--examples", type=int, default=20, help="largest removals to print")
    arguments = parser.parse_args()

    bodies = gold_bodies(arguments.limit)
    total = removed = touched = 0
    by_category: Counter[str] = Counter()
    examples: list[tuple[int, str, str, str]] = []
    for page_id, body in bodies:
        result = clean_article(body, steps=["boilerplate"])
        total += len(body)
        touched += bool(result.removed)
        for removal in result.removed:
            size = len(removal.text.strip())
            removed += size
            by_category[removal.category] += size
            examples.append((size, page_id, removal.category, " ".join(removal.text.split())))
    print(f"{len(bodies)} gold bodies, {total:,} characters: {removed:,} removed ({removed / total:.4%}), "
          f"from {touched} bodies")
    for category, size in by_category.most_common():
        print(f"  {category:20} {size:8,}")
    print(f"\nlargest removals ({arguments.examples}):")
    for size, page_id, category, text in sorted(examples, reverse=True)[:arguments.examples]:
        print(f"  {size:5} {page_id:18} {category:18} {text[:100]}")


if __name__ == "__main__":
    main()
