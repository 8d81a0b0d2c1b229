"""Time clean_article on pathological inputs, and how cost grows from 200 KB to 2 MB.

    python benchmarks/pathological.py

Every case must finish in time proportional to its size: the growth column (2 MB time over 200 KB
time) should stay near 10, never near 100 (quadratic).
"""

from __future__ import annotations

import time

from presswash import apply_edits, clean_article

CASES = {
    "empty": lambda n: "",
    "whitespace only": lambda n: " \t\n" * (n // 3),
    "one long line": lambda n: "word " * (n // 5),
    "one long word": lambda n: "x" * n,
    "blank lines": lambda n: "\n" * n,
    "quote marks": lambda n: "“”\"'«»" * (n // 6),
    "a. repeated": lambda n: "a. " * (n // 3),
    "parentheses": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "abbreviations": lambda n: "U.S. Dr. e.g. a.m. No. 10 " * (n // 26),
    "mojibake": lambda n: "Itâ€™s &amp; fine.\n" * (n // 18),
    "boilerplate only": lambda n: "Share this article\n\nLeave a Reply\n\n" * (n // 34),
    # on one line: the missing-space rule once scanned the whole line for every candidate
    "glued sentences": lambda n: "We went home.The cat sat on the mat. " * (n // 37),
    # a block that comes back again and again, right under itself and with a line between copies
    "repeated blocks": lambda n: "".join(
        f"Line {index % 300} of a block that comes back again and again in this text.\n"
        + "Next\n" * (index % 900 == 0) for index in range(n // 72)),
    # credits in a row, each of which a second cleaning would find at the end of what is left
    "credits in a row": lambda n: "改修前の旧駅舎。" + "（写真：山田花子）（写真：佐藤一郎）" * (n // 18),
    # posts each under a thread of signatures, greetings and remarks: the thread rules read the
    # lines below the first remark and the body's span, once per decision
    "comment threads": lambda n: "".join(
        f"Post {index}: the council approved the plan for the harbour, the mayor said on the radio.\n"
        f"Comments\nAna Ruiz (Editor) on May 2, 2024 at 4:{index % 60:02d} pm said:\nHi Tom,\n"
        f"Great post! Reply number {index} about the harbour and its pier.\n" for index in range(n // 190)),
    # lines of one width that are not a wrapped paragraph (code): each line break once read the whole run
    "code listing": lambda n: "".join(
        f"    total = add_value(total, row[{index % 97}]) + offset  # running total\n" for index in range(n // 66)),
    # markdown: a line of brackets (each "[" once tried its link up to the line's end), links, code spans
    "markdown brackets": lambda n: "[" * (n // 4) + "]" * (n // 4) + "\n" + "[a](b) **c** `d` " * (n // 36),
    "prose": lambda n: ("The council approved the plan. despite strong local opposition, the mayor said. "
                        "“We will keep it open.” until spring, she added.\n\n") * (n // 140),
}


def timed(text: str) -> float:
    start = time.perf_counter()
    result = clean_article(text)
    elapsed = time.perf_counter() - start
    assert apply_edits(text, result.edits) == result.text
    return elapsed


def main() -> None:
    clean_article("Warm up: the first call loads the rule data and word lists.")
    print(f"{'case':<18} {'200 KB (s)':>11} {'2 MB (s)':>10} {'growth':>8}")
    slowest = ("", 0.0)
    for name, make in CASES.items():
        small, large = timed(make(200_000)), timed(make(2_000_000))
        growth = large / small if small > 1e-4 else float("nan")
        print(f"{name:<18} {small:>11.3f} {large:>10.3f} {growth:>8.1f}")
        if large > slowest[1]:
            slowest = (name, large)
    print(f"slowest 2 MB case: {slowest[0]} ({slowest[1]:.2f} s)")


if __name__ == "__main__":
    main()
