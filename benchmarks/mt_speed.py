"""Speed of the "mt" step alone, per 12 KB of text, next to ftfy.fix_text on the same texts.

Budget: the mt step should cost at most 1.5 ms per average 12 KB page where ftfy.fix_text costs
about 6 ms, i.e. at most a quarter of ftfy. The machine may be shared, so both are timed on the same
texts in the same process (CPU time, best of several rounds) and the ratio is what to read.

    python benchmarks/mt_speed.py [--limit 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

import ftfy

from presswash.detectors.view import ArticleView
from presswash.pipeline import Context
from presswash.steps.mt import detect_machine_translation

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate-dev.jsonl.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    texts: list[str] = []
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if len(texts) >= arguments.limit:
                break
    pages = sum(len(t.encode("utf-8")) for t in texts) / 12_000
    contexts = [Context(t, "en", {}) for t in texts]
    for text, context in zip(texts[:20], contexts):  # warm caches (wordfreq, compiled patterns)
        detect_machine_translation(text, context)

    def best(run) -> float:
        fastest = float("inf")
        for _ in range(arguments.rounds):
            started = time.process_time()
            run()
            fastest = min(fastest, time.process_time() - started)
        return 1000 * fastest / pages

    ftfy_ms = best(lambda: [ftfy.fix_text(t) for t in texts])
    mt_ms = best(lambda: [detect_machine_translation(t, c) for t, c in zip(texts, contexts)])
    view_ms = best(lambda: [ArticleView(t).capital_pairs for t in texts])
    print(f"texts: {len(texts)}   12 KB pages: {pages:.0f}")
    print(f"| {'what':<34} | {'ms per 12 KB':>12} | {'share of ftfy':>13} |")
    print(f"|{'-' * 36}|{'-' * 14}|{'-' * 15}|")
    for name, value in (("ftfy.fix_text", ftfy_ms), ("mt step (all detectors + verdict)", mt_ms),
                        ("  of which: one capitals pass", view_ms)):
        print(f"| {name:<34} | {value:>12.2f} | {value / ftfy_ms:>13.2f} |")
    print(f"mt step scaled to ftfy = 6 ms: {6 * mt_ms / ftfy_ms:.2f} ms per 12 KB (budget 1.5)")


if __name__ == "__main__":
    main()
