#!/usr/bin/env python3
"""What the boilerplate step takes from articles that hold no boilerplate.

Runs the default pipeline over every human gold body of ../shared/data/boilerplate-dev.jsonl.gz
(the article text only, as an extractor might hand it over; each page once) and prints the
characters the boilerplate step removed, by category, and the largest removals. (The whole
pipeline, because the step reads the text as the other steps leave it: "&#39;" decoded, hard
wraps joined.)
Everything removed here is the article's by the gold's reckoning, so this is the step's loss
on clean input. Some of it the gold keeps by its own convention ("Read more: …" links, "This
post may contain affiliate links", an author's bio): read the examples before calling a removal
wrong.

    python benchmarks/clean_bodies.py [--limit N] [--examples 20] [--wrap 72]

``--wrap N`` hard-wraps every paragraph at N characters first, as e-mail and plain-text archives
do: the step must read the wrapped lines as the paragraphs the sentences step will join.
"""

from __future__ import annotations

import argparse
import textwrap
from collections import Counter

from gold import gold_bodies

from presswash import clean_article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--examples", type=int, default=20, help="largest removals to print")
    parser.add_argument("--wrap", type=int, default=None, metavar="N",
                        help="hard-wrap every paragraph at N characters before cleaning")
    arguments = parser.parse_args()

    bodies = gold_bodies(arguments.limit)
    if arguments.wrap:
        bodies = [(page_id, _wrapped(body, arguments.wrap)) for page_id, body in bodies]
    total = removed = touched = 0
    by_category: Counter[str] = Counter()
    examples: list[tuple[int, str, str, str]] = []
    for page_id, body in bodies:
        removals = [edit for edit in clean_article(body).removed if edit.step == "boilerplate"]
        total += len(body)
        touched += bool(removals)
        for removal in removals:
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


def _wrapped(body: str, width: int) -> str:
    """Each line of ``body`` hard-wrapped at ``width`` characters (blank lines kept)."""
    return "\n".join(textwrap.fill(line, width) if line.strip() else line for line in body.split("\n"))


if __name__ == "__main__":
    main()
