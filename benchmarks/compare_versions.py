"""Two versions of presswash on the same texts: are their results identical, and which is faster?

    git worktree add /tmp/presswash-before HEAD~3
    python benchmarks/compare_versions.py /tmp/presswash-before/src src
    python benchmarks/compare_versions.py BEFORE AFTER --limit 600 --rounds 6 --steps boilerplate

A change made for speed must leave every result as it was. This cleans every text of
../shared/data/boilerplate-dev.jsonl.gz (third-party, read at run time only) and the fixtures with
both versions and compares the whole result: text, edits, flags, verdict, notes and language. Then it
times the two interleaved in one process (a copy of each package imported under another name), the
one that goes first alternating from round to round, and keeps each one's fastest round: on a shared
machine whose timings drift by a tenth from run to run, two separate runs say little about a change
of a few percent.

Exit status 1 when a result differs.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import importlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "boilerplate-dev.jsonl.gz"


def load_texts(limit: int | None) -> list[str]:
    """The data's texts (as many as ``limit``), then the fixtures."""
    texts: list[str] = []
    if DATA.exists():
        with gzip.open(DATA, "rt", encoding="utf-8") as handle:
            for line in handle:
                texts.append(json.loads(line)["text"])
                if limit and len(texts) >= limit:
                    break
    else:
        print(f"({DATA} not found: the fixtures only)", file=sys.stderr)
    texts += [path.read_text(encoding="utf-8") for path in sorted((REPO / "fixtures").glob("*.txt"))]
    return texts


def import_copy(source: Path, name: str, into: Path) -> Any:
    """The ``presswash`` package under ``source`` (a ``src`` directory), imported as ``name``."""
    package = source / "presswash"
    if not (package / "__init__.py").exists():
        raise SystemExit(f"{source} holds no presswash package (give the src directory of a checkout)")
    shutil.copytree(package, into / name, ignore=shutil.ignore_patterns("__pycache__"))
    return importlib.import_module(name)


def outcome(result: Any) -> tuple:
    """Everything a user can read in a result, as plain values (each copy has its own Edit class)."""
    return (result.text, [edit.to_dict() for edit in result.edits], [flag.to_dict() for flag in result.flags],
            result.mt_score, result.mt_suspected, sorted(result.mt_evidence.items()), list(result.notes),
            result.language)


def timed_rounds(cleaners: dict[str, Callable[[str], Any]], texts: list[str], rounds: int) -> dict[str, list[float]]:
    """Milliseconds per text for each cleaner and round, the first to go alternating."""
    times: dict[str, list[float]] = {name: [] for name in cleaners}
    names = list(cleaners)
    for round_number in range(rounds):
        for name in names if round_number % 2 == 0 else names[::-1]:
            clean = cleaners[name]
            gc.collect()
            start = time.perf_counter()
            for text in texts:
                clean(text)
            times[name].append((time.perf_counter() - start) * 1000 / len(texts))
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path, help="src directory of the first version")
    parser.add_argument("after", type=Path, help="src directory of the second version")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N texts of the data")
    parser.add_argument("--rounds", type=int, default=6, help="timed rounds for each version (default 6)")
    parser.add_argument("--timed", type=int, default=900, help="texts in each timed round (default 900)")
    parser.add_argument("--steps", nargs="+", default=None, help="run only these steps (default: the whole pipeline)")
    args = parser.parse_args()

    texts = load_texts(args.limit)
    with tempfile.TemporaryDirectory() as directory:
        sys.path.insert(0, directory)
        before = import_copy(args.before.resolve(), "presswash_before", Path(directory))
        after = import_copy(args.after.resolve(), "presswash_after", Path(directory))
        cleaners = {
            "before": lambda text: before.clean_article(text, steps=args.steps),
            "after": lambda text: after.clean_article(text, steps=args.steps),
        }
        differing = [index for index, text in enumerate(texts)
                     if outcome(cleaners["before"](text)) != outcome(cleaners["after"](text))]
        print(f"# {args.before} -> {args.after}: {len(texts)} texts, steps: {', '.join(args.steps or ['all'])}\n")
        print(f"results that differ: **{len(differing)}**" + (f" (texts {differing[:20]})" if differing else ""))
        times = timed_rounds(cleaners, texts[:args.timed], args.rounds)
    print(f"\n| version | ms/article, each round ({min(args.timed, len(texts))} texts) | fastest |")
    print("|---|---|---:|")
    for name, rounds in times.items():
        print(f"| {name} | {' '.join(f'{value:.2f}' for value in rounds)} | {min(rounds):.2f} |")
    print(f"\nafter / before (fastest rounds): **{min(times['after']) / min(times['before']):.3f}**")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
