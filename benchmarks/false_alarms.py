"""False alarms of the machine-translation detectors on human-written news.

Runs ``clean_article`` over every ``gold_body`` of ../shared/data/boilerplate-dev.jsonl.gz (each page
appears twice there, once per text variant: it is read once) and prints the share of articles with
``mt_suspected``, flags per 1,000 words per kind, and the most frequent false flags.

    python benchmarks/false_alarms.py [--limit N] [--examples 3]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict

from gold import gold_bodies

from presswash import Flag, clean_article
from presswash.detectors import FLAG_KINDS
from presswash.detectors.score import MT_THRESHOLD

MT_STEP_KINDS = frozenset(FLAG_KINDS) | {"grammar_error"}
"""Flags of the mt (and grammar) step; the others come from the quotes and sentences steps."""


def _from_mt_step(flag: Flag) -> bool:
    """The sentences step also emits "stray_punctuation" (its messages differ): tell them apart."""
    return flag.kind in MT_STEP_KINDS and not (
        flag.kind == "stray_punctuation" and not flag.message.startswith("stray punctuation"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--examples", type=int, default=3, help="example spans printed per kind")
    parser.add_argument("--suspected", type=int, default=5, help="suspected articles to describe")
    parser.add_argument("--disable", nargs="*", default=[], help="default steps to skip (e.g. boilerplate)")
    arguments = parser.parse_args()

    bodies = [body for _, body in gold_bodies(arguments.limit)]
    words = 0
    suspected: list[tuple[float, dict[str, float]]] = []
    per_kind: Counter[str] = Counter()
    examples: dict[str, Counter[str]] = defaultdict(Counter)
    context_of: dict[tuple[str, str], str] = {}
    scores: list[float] = []
    started = time.perf_counter()
    failures = 0
    for body in bodies:
        try:
            result = clean_article(body, disable=arguments.disable)
        except Exception:  # noqa: BLE001 - another step in progress may fail; count it, go on
            failures += 1
            continue
        words += len(body.split())
        scores.append(result.mt_score)
        if result.mt_suspected:
            suspected.append((result.mt_score, result.mt_evidence))
        for flag in result.flags:
            kind = flag.kind if _from_mt_step(flag) or flag.kind not in MT_STEP_KINDS else f"{flag.kind}*"
            per_kind[kind] += 1
            left = max(0, flag.start - 25)
            snippet = result.text[left:flag.end + 25].replace("\n", " / ")
            flagged = result.text[flag.start:flag.end].replace("\n", " / ")
            examples[kind][flagged] += 1
            context_of.setdefault((kind, flagged), f"…{snippet}…")
    elapsed = time.perf_counter() - started

    total_flags = sum(per_kind.values())
    mt_flags = sum(count for kind, count in per_kind.items() if kind in MT_STEP_KINDS)
    print(f"pages: {len(bodies) - failures}   words: {words:,}   threshold: mt_score >= {MT_THRESHOLD}")
    if failures:
        print(f"({failures} pages left out: a step raised an error on them)")
    print(f"mt_suspected: {len(suspected)} = {100 * len(suspected) / max(1, len(bodies) - failures):.2f}% "
          "(target <= 1%)")
    print(f"flags per 1,000 words, mt step kinds: {1000 * mt_flags / max(1, words):.3f} (target <= 0.3)")
    print(f"flags per 1,000 words, all steps:     {1000 * total_flags / max(1, words):.3f}")
    print(f"mean mt_score: {sum(scores) / max(1, len(scores)):.3f}   whole pipeline: {elapsed:.1f} s")
    print()
    print(f"| {'flag kind':<26} | {'step':<9} | {'flags':>6} | {'per 1,000 words':>15} |")
    print(f"|{'-' * 28}|{'-' * 11}|{'-' * 8}|{'-' * 17}|")
    for kind, count in per_kind.most_common():
        owner = "mt" if kind in MT_STEP_KINDS else "repairs"
        print(f"| {kind:<26} | {owner:<9} | {count:>6} | {1000 * count / max(1, words):>15.3f} |")
    print("(* = same kind, emitted by the sentences step)")
    print()
    for kind, _ in per_kind.most_common():
        print(f"most frequent false flags, {kind}:")
        for flagged, count in examples[kind].most_common(arguments.examples):
            print(f"   {count:>3} x {flagged[:30]!r:<32} e.g. {context_of[(kind, flagged)][:80]}")
    if suspected:
        print()
        print("suspected human articles (score, evidence):")
        for score, evidence in sorted(suspected, key=lambda item: -item[0])[:arguments.suspected]:
            shown = {k: v for k, v in evidence.items() if v and k not in ("english_detectors",)}
            print(f"   {score:.2f} {shown}")


if __name__ == "__main__":
    main()
