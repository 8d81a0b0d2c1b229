"""Detection on the invented machine-translation-style fixtures (fixtures/mt_*.txt and the clean control).

Prints, per fixture, the verdict (mt_score, mt_suspected) with its evidence, then a per-kind table of
detected spans, and with ``--spans`` every flagged span.

    python benchmarks/detection.py [--spans] [--mt-only]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from presswash import clean_article
from presswash.detectors.score import FAMILIES

EVIDENCE_EDITS = frozenset(kind for kind, (_, _, edit_confidence) in FAMILIES.items() if edit_confidence > 0)
"""Repairs made by earlier steps that the verdict counts as MT evidence (shown as "repaired: ...")."""

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CONTROLS = ("clean_control.txt",)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spans", action="store_true", help="print every flagged span")
    parser.add_argument("--mt-only", action="store_true",
                        help="run only the mt step (no repairs before it): what the detectors find on their own")
    arguments = parser.parse_args()
    paths = sorted(FIXTURES.glob("mt_*.txt")) + [FIXTURES / name for name in CONTROLS]
    kinds: Counter[str] = Counter()
    per_file: dict[str, Counter[str]] = {}
    print(f"| {'fixture':<26} | {'words':>5} | {'mt_score':>8} | {'suspected':>9} | evidence (family: contribution)")
    print(f"|{'-' * 28}|{'-' * 7}|{'-' * 10}|{'-' * 11}|{'-' * 40}")
    for path in paths:
        text = path.read_text(encoding="utf-8")
        result = clean_article(text, steps=["mt"]) if arguments.mt_only else clean_article(text)
        counts = Counter(flag.kind for flag in result.flags)
        counts.update(f"repaired: {edit.category}" for edit in result.edits if edit.category in EVIDENCE_EDITS)
        per_file[path.name] = counts
        kinds.update(counts)
        evidence = {k: round(v, 2) for k, v in result.mt_evidence.items()
                    if v and k not in ("words", "english_detectors", "grammar_used")}
        print(f"| {path.name:<26} | {len(text.split()):>5} | {result.mt_score:>8.2f} | "
              f"{'yes' if result.mt_suspected else 'no':>9} | {evidence}")
        if arguments.spans:
            for flag in result.flags:
                print(f"|    {flag.kind:<24} {flag.confidence:.2f} {result.text[flag.start:flag.end]!r}")
            for edit in result.edits:
                if edit.category in EVIDENCE_EDITS:
                    print(f"|    repaired: {edit.category:<14} {result.original[edit.start:edit.end]!r} -> "
                          f"{edit.replacement!r}")
    print()
    names = [path.name.removesuffix(".txt").removeprefix("mt_")[:14] for path in paths]
    print(f"| {'flag kind / repair':<36} | " + " | ".join(f"{n:>14}" for n in names) + f" | {'total':>5} |")
    print(f"|{'-' * 38}|" + "|".join("-" * 16 for _ in names) + f"|{'-' * 7}|")
    for kind in sorted(kinds):
        cells = " | ".join(f"{per_file[path.name][kind]:>14}" for path in paths)
        print(f"| {kind:<36} | {cells} | {kinds[kind]:>5} |")


if __name__ == "__main__":
    main()
