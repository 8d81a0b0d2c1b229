#!/usr/bin/env python3
"""Score presswash's boilerplate removal on the shared evaluation set and print the table.

Runs, from the repository root, the shared scorer over the whole default pipeline:

    python ../shared/tools/score_boilerplate.py --func presswash:clean_article

then the same on two halves of the pages (even and odd positions in the sorted page ids), so a
rule tuned on one half can be checked on the other. Extra arguments go to the scorer
(e.g. ``--limit 200``, ``--variant p-text``, ``--dump-errors 40``).

    python benchmarks/score_boilerplate.py                # full table, both variants
    python benchmarks/score_boilerplate.py --halves       # plus the even/odd held-out figures
    python benchmarks/score_boilerplate.py --step-only    # the boilerplate step alone, not the pipeline

The held-out table adds "text kept": the share of article-line characters whose text is still in
the output even where the scorer does not credit it: a short heading whose twin earlier on the
page (a table-of-contents entry, removed) took the scorer's one whole-line match, a line whose
mojibake the encoding step repaired (the gold text keeps it), a hard-wrapped line joined to its
paragraph. It is an upper bound of the scorer's retention, shown beside it, never instead of it.
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


def boilerplate_only(text: str) -> str:
    """The boilerplate step alone (the scorer's ``--func`` target for ``--step-only``)."""
    from presswash import clean_article

    return clean_article(text, steps=["boilerplate"]).text


def run_scorer(extra: list[str], step_only: bool) -> int:
    target = f"{Path(__file__).resolve()}:boilerplate_only" if step_only else "presswash:clean_article"
    command = [sys.executable, str(SCORER), "--func", target, "--data", str(DATA), *extra]
    return subprocess.call(command, cwd=REPOSITORY)


def text_kept(lines: list[dict], output: str, present: list[bool]) -> list[bool]:
    """The scorer's presence, plus article lines whose text is still in the output in a form it
    does not credit (see the module docstring)."""
    import ftfy
    from textnorm import tokens  # type: ignore[import-not-found]

    output_lines = {" ".join(tokens(line)) for line in output.splitlines()}
    output_tokens = " " + " ".join(tokens(output)) + " "
    kept = []
    for line, ok in zip(lines, present):
        key = "" if ok else " ".join(tokens(ftfy.fix_text(line["text"])))
        kept.append(ok or bool(key) and (key in output_lines or (key.count(" ") >= 2 and f" {key} " in output_tokens)))
    return kept


def halves(extra: list[str], step_only: bool) -> None:
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
    steps = {"steps": ["boilerplate"]} if step_only else {}
    for record in records:
        output = clean_article(record["text"], **steps).text
        present = presence(record["lines"], output)
        still = text_kept(record["lines"], output, present)
        row = totals.setdefault((half_of[record["id"]], record["variant"]), [0, 0, 0, 0, 0.0, 0, 0])
        for line, kept, there in zip(record["lines"], present, still):
            size = len(line["text"])
            if line["label"] == "CONTENT":
                row[0] += size
                row[1] += size if kept else 0
                row[6] += size if there else 0
            elif not line.get("title"):
                row[2] += size
                row[3] += 0 if kept else size
        row[4] += tok_prf(output, record["gold_body"])[2]
        row[5] += 1
    print("\nheld-out check: pages split by position of their id (even / odd)"
          + (", boilerplate step alone" if step_only else ", whole pipeline"))
    print(f"{'half':6} {'variant':8} {'pages':>5} {'retention':>9} {'text kept':>9} {'removal':>8} {'tokF1':>6}")
    for (half, variant), row in sorted(totals.items()):
        print(f"{half:6} {variant:8} {row[5]:5d} {row[1] / row[0]:9.4f} {row[6] / row[0]:9.4f} "
              f"{row[3] / row[2]:8.3f} {row[4] / row[5]:6.4f}")


def main(argv: list[str]) -> int:
    want_halves, step_only = "--halves" in argv, "--step-only" in argv
    extra = [argument for argument in argv if argument not in ("--halves", "--step-only")]
    print(REFERENCES + "\n")
    status = run_scorer(extra, step_only)
    if want_halves and status == 0:
        halves(extra, step_only)
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
