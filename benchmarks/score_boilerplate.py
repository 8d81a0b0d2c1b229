#!/usr/bin/env python3
"""Score presswash's boilerplate removal on the shared evaluation set and print the table.

Runs, from the repository root, the shared scorer over the whole default pipeline:

    python ../shared/tools/score_boilerplate.py --func presswash:clean_article

then the same on two halves of the pages (even and odd positions in the sorted page ids), so a
rule tuned on one half can be checked on the other. Extra arguments go to the scorer
(e.g. ``--limit 200``, ``--variant p-text``, ``--dump-errors 40``).

    python benchmarks/score_boilerplate.py            # full table, both variants
    python benchmarks/score_boilerplate.py --halves   # plus the even/odd held-out figures
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score_boilerplate.py"
DATA = SHARED / "data" / "boilerplate-dev.jsonl.gz"

REFERENCES = """reference (token F1, retention / removal), from ../shared/data/README.md:
  no cleaning     p-text 0.80  (1.000 / 0.000)   recall 0.935 (1.000 / 0.000)
  C4 line rules   p-text 0.846 (0.856 / 0.644)   recall 0.860 (0.832 / 0.355)
  ceiling         p-text 0.962 (0.994 / 0.983)   recall 0.967 (0.998 / 0.983)"""


def run_scorer(extra: list[str]) -> int:
    command = [sys.executable, str(SCORER), "--func", "presswash:clean_article", "--data", str(DATA), *extra]
    return subprocess.call(command, cwd=REPOSITORY)


def halves(extra: list[str]) -> None:
    """Even/odd halves of the pages, scored in-process with the shared scorer's metrics."""
    import gzip
    import json

    sys.path.insert(0, str(SCORER.parent))
    from score_boilerplate import presence, tok_prf  # type: ignore[import-not-found]

    from presswash import clean_article

    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    ids = sorted({record["id"] for record in records})
    half_of = {page_id: ("even", "odd")[position % 2] for position, page_id in enumerate(ids)}
    totals: dict[tuple[str, str], list[float]] = {}
    for record in records:
        output = clean_article(record["text"]).text
        present = presence(record["lines"], output)
        row = totals.setdefault((half_of[record["id"]], record["variant"]), [0, 0, 0, 0, 0.0, 0])
        for line, kept in zip(record["lines"], present):
            size = len(line["text"])
            if line["label"] == "CONTENT":
                row[0] += size
                row[1] += size if kept else 0
            elif not line.get("title"):
                row[2] += size
                row[3] += 0 if kept else size
        row[4] += tok_prf(output, record["gold_body"])[2]
        row[5] += 1
    print("\nheld-out check: pages split by position of their id (even / odd)")
    print(f"{'half':6} {'variant':8} {'pages':>5} {'retention':>9} {'removal':>8} {'tokF1':>6}")
    for (half, variant), row in sorted(totals.items()):
        print(f"{half:6} {variant:8} {row[5]:5d} {row[1] / row[0]:9.4f} {row[3] / row[2]:8.3f} {row[4] / row[5]:6.4f}")


def main(argv: list[str]) -> int:
    want_halves = "--halves" in argv
    extra = [argument for argument in argv if argument != "--halves"]
    print(REFERENCES + "\n")
    status = run_scorer(extra)
    if want_halves and status == 0:
        halves(extra)
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
