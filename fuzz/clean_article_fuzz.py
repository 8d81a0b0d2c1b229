"""Fuzz target: any bytes, decoded any way, must clean without an exception and keep every invariant.

Run it longer than CI does (atheris, libFuzzer options after the script name):
    python fuzz/clean_article_fuzz.py -max_total_time=3600 fuzz/corpus
Without atheris installed it falls back to random inputs for the given number of seconds:
    python fuzz/clean_article_fuzz.py --seconds 600
"""

from __future__ import annotations

import random
import sys
import time

from presswash import apply_edits, clean_article
from presswash.document import check_edits

SEEDS = [
    "“We will keep the library open.” until the new building is ready, she said.",
    "the council approved the plan. despite strong local opposition.",
    "drivers were asked to. to leave their cars at home",
    "Itâ€™s the first &amp; last time\x00.\r\n\r\nShare this article\nLeave a Reply\n",
    "The U.S. firm, Dr. J. R. Smith and No. 10 met at 9 a.m. on www.example.com.end.Next",
    "inter-\nnational well-\nknown „Zitat“ « citation » ’90s rock ’n’ roll",
    "Jun 8, 2024 • 6 min read\nBy Ana Ruiz | June 8, 2024\n"
    "改修前の旧駅舎。（写真：山田花子）\nКомментарии\nSo helpful!\n",
    "A short post.\nComments\nAna Ruiz (Editor) on May 2, 2024 at 4:47 pm said:\nHi Tom,\nGlad you enjoyed the post!\n",
    # markdown, as scrapers write it
    "Title: A page\n\nURL Source: https://x.example/\n\nMarkdown Content:\n*   [Home](/)\n# Head\n=====\n"
    "![Image 1: a](https://x.example/a.jpg)\n[![logo](l.png)](/) In the [first\ntutorial](https://x.example/t) you "
    "`KEY=\"v` and\n```\nq = \"a\n```\n[1]: https://x.example/1\nArts⟨3⟩ [\\[edit\\]](#e) [↩](#r1)\n",
]


def check(data: bytes) -> None:
    """Decode ``data`` leniently, clean it, and assert the invariants."""
    text = data.decode("utf-8", errors="surrogateescape" if len(data) % 2 else "replace")
    result = clean_article(text)
    check_edits(result.edits, len(text))
    if apply_edits(text, result.edits) != result.text:
        raise AssertionError("replay invariant broken")
    for flag in result.flags:
        if not 0 <= flag.start <= flag.end <= len(result.text):
            raise AssertionError(f"flag outside the result: {flag}")
    if clean_article(result.text).text != result.text:
        raise AssertionError("cleaning is not idempotent")


def mutate(rng: random.Random, data: bytes) -> bytes:
    """A small random change: splice seeds, flip bytes, repeat a slice."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        position = rng.randint(0, len(data))
        if choice < 0.3:
            data[position:position] = rng.choice(SEEDS).encode("utf-8")
        elif choice < 0.6 and data:
            data[min(position, len(data) - 1)] = rng.randrange(256)
        elif choice < 0.8:
            data[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        else:
            piece = bytes(data[position : position + rng.randint(1, 40)])
            data[position:position] = piece * rng.randint(1, 20)
    return bytes(data[:20_000])


def run_random(seconds: float, seed: int = 0) -> int:
    """Random mutation fuzzing for ``seconds``; returns the number of inputs tried."""
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    tried = 0
    corpus = [seed_text.encode("utf-8") for seed_text in SEEDS]
    while time.monotonic() < deadline:
        data = mutate(rng, rng.choice(corpus))
        check(data)
        if len(corpus) < 200 and rng.random() < 0.1:
            corpus.append(data)
        tried += 1
    return tried


def main(argv: list[str]) -> None:
    if "--seconds" in argv:
        seconds = float(argv[argv.index("--seconds") + 1])
        print(f"{run_random(seconds)} inputs tried in {seconds:.0f} s, no failure")
        return
    import atheris  # type: ignore[import-not-found]

    atheris.Setup(argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
