"""Speed: presswash's whole default pipeline against ftfy.fix_text, --jobs scaling, and cost growth.

    python benchmarks/speed.py                   # everything, all 1,780 texts (a few minutes)
    python benchmarks/speed.py --limit 300       # quicker, while iterating
    python benchmarks/speed.py --profile 25      # also the top 25 functions under cProfile, by step

It reads the texts of ../shared/data/boilerplate-dev.jsonl.gz (third-party, read at run time only) and
prints tables:

1. clean_article (LanguageTool off) and ftfy.fix_text (default settings) on the same texts,
   interleaved in one process (the order alternates per article), several rounds, best round kept:
   MB/s (UTF-8 input), ms per article, and the speed ratio presswash/ftfy (target >= 1.0, never < 0.5);
2. milliseconds per article for each step of the pipeline;
3. the speed-up of ``presswash --jsonl --jobs 2`` over ``--jobs 1`` (the CLI, end to end, on a JSONL
   file of the texts in a temporary directory; outputs checked byte-identical);
4. cost growth: one ~200 KB and one ~2 MB article made by joining the texts; the ratio should be ~10.

Articles that make a step fail (other steps are in progress) are counted and left out of the timing.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import gzip
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

import ftfy

from presswash import Pipeline, default_pipeline
from presswash.steps import quotes
from presswash.steps.boilerplate import lines

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate-dev.jsonl.gz"


def load_texts(limit: int | None) -> list[str]:
    texts: list[str] = []
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def megabytes(texts: list[str]) -> float:
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


def usable_texts(pipeline: Pipeline, texts: list[str]) -> tuple[list[str], dict[str, int]]:
    """The texts the pipeline cleans without an error (others' steps may be mid-change), and the errors."""
    good: list[str] = []
    errors: dict[str, int] = defaultdict(int)
    for text in texts:
        try:
            pipeline.clean(text)
        except Exception as error:  # noqa: BLE001  (a benchmark reports, it does not stop)
            errors[f"{type(error).__name__}: {str(error)[:80]}"] += 1
        else:
            good.append(text)
    return good, dict(errors)


def interleaved(pipeline: Pipeline, texts: list[str], rounds: int) -> tuple[float, float]:
    """Best-round seconds for presswash and for ftfy over all texts, timed article by article."""
    clean = pipeline.clean
    fix_text = ftfy.fix_text
    clock = time.perf_counter
    best_presswash = best_ftfy = float("inf")
    for round_number in range(rounds):
        total_presswash = total_ftfy = 0.0
        for index, text in enumerate(texts):
            if (index + round_number) % 2:
                start = clock(); fix_text(text); middle = clock(); clean(text); end = clock()  # noqa: E702
                total_ftfy += middle - start
                total_presswash += end - middle
            else:
                start = clock(); clean(text); middle = clock(); fix_text(text); end = clock()  # noqa: E702
                total_presswash += middle - start
                total_ftfy += end - middle
        best_presswash = min(best_presswash, total_presswash)
        best_ftfy = min(best_ftfy, total_ftfy)
    return best_presswash, best_ftfy


def per_step(pipeline: Pipeline, texts: list[str]) -> dict[str, float]:
    """Seconds spent in each step (one pass), by wrapping each step function with a clock."""
    spent: dict[str, float] = defaultdict(float)

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(text: str, context: Any) -> Any:
            start = time.perf_counter()
            try:
                return list(function(text, context) or ())
            finally:
                spent[name] += time.perf_counter() - start
        return wrapper

    instrumented = pipeline
    for name, function in pipeline.steps:
        instrumented = instrumented.replaced(name, timed(name, function))
    start = time.perf_counter()
    for text in texts:
        instrumented.clean(text)
    total = time.perf_counter() - start
    spent["(pipeline overhead: language guess, offsets)"] = total - sum(spent.values())
    return dict(spent)


def jobs_speedup(texts: list[str], repeat: int = 2) -> list[tuple[int, float, float, bool]]:
    """(jobs, best wall seconds, CPU seconds, output same as --jobs 1) for the CLI on a JSONL file of ``texts``.

    CPU seconds (of the CLI and its workers) show the cost of parallelism itself; wall seconds show
    the speed-up, which a busy shared machine hides.
    """
    results: list[tuple[int, float, float, bool]] = []
    with tempfile.TemporaryDirectory(prefix="presswash-speed-") as directory:
        source = Path(directory) / "articles.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for number, text in enumerate(texts):
                handle.write(json.dumps({"id": number, "text": text}, ensure_ascii=False) + "\n")
        reference = b""
        for jobs in (1, 2):
            target = Path(directory) / f"out{jobs}.jsonl"
            command = [sys.executable, "-m", "presswash.cli", "--jsonl", str(source), "-o", str(target),
                       "--jobs", str(jobs), "--progress", "off"]
            best_wall = best_cpu = float("inf")
            for _ in range(repeat):  # the machine is shared: the best run is the least disturbed
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                finished = subprocess.run(command, check=False, capture_output=True, text=True)
                wall = time.perf_counter() - start
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                if finished.returncode != 0:
                    print(f"presswash --jobs {jobs} failed (status {finished.returncode}): "
                          f"{finished.stderr.strip().splitlines()[-1:]}")
                    continue
                best_wall = min(best_wall, wall)
                best_cpu = min(best_cpu, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
            output = target.read_bytes() if target.exists() else b""
            reference = reference or output
            results.append((jobs, best_wall, best_cpu, bool(output) and output == reference))
    return results


def joined_article(texts: list[str], characters: int) -> str:
    parts: list[str] = []
    size = 0
    while size < characters:
        for text in texts:
            parts.append(text)
            size += len(text) + 2
            if size >= characters:
                break
    return "\n\n".join(parts)


def forget_seen_texts() -> None:
    """Empty the caches keyed by a line or a text (not those keyed by a word or a rule: those are warm
    in a long run), so that an article made of texts cleaned before costs what a new one would."""
    lines._LINE_CACHE.clear()
    quotes._repairs.cache_clear()


def cleaning_time(pipeline: Pipeline, text: str) -> float:
    forget_seen_texts()
    start = time.perf_counter()
    pipeline.clean(text)
    return time.perf_counter() - start


def best_of(function: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def step_of(filename: str) -> str:
    """Which pipeline step (or shared module) a profiled function belongs to."""
    path = filename.replace("\\", "/")
    if "/presswash/" in path:
        tail = path.split("/presswash/", 1)[1]
        if tail.startswith("steps/"):
            return "step " + tail[len("steps/"):].removesuffix(".py")
        if tail.startswith("detectors/"):
            return "step mt (detectors/" + tail[len("detectors/"):] + ")"
        return "core " + tail
    for library in ("ftfy", "regex", "wordfreq", "json", "difflib", "unicodedata"):
        if f"/{library}/" in path or path.endswith(f"/{library}.py"):
            return library
    return "builtins (own)" if filename.startswith("~") or filename == "" else Path(path).name


def profile(pipeline: Pipeline, texts: list[str], top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        pipeline.clean(text)
    profiler.disable()
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, function), (_, calls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append((tottime, cumtime, calls, filename, line, function))
    total = sum(row[0] for row in rows)
    print(f"\n## cProfile: top {top} functions by own time ({total:.2f} s profiled, {len(texts)} articles)\n")
    print("| own s | own % | cumulative s | calls | function | belongs to |")
    print("|---:|---:|---:|---:|---|---|")
    for tottime, cumtime, calls, filename, line, function in sorted(rows, reverse=True)[:top]:
        where = f"{Path(filename).name}:{line} {function}" if line else function
        owner = step_of(filename)
        callers = stats.stats[(filename, line, function)][4]  # type: ignore[attr-defined]
        if filename == "~" and callers:  # name the code that spends this builtin's time
            (caller_file, caller_line, caller_name), _ = max(callers.items(), key=lambda item: item[1][2])
            owner = f"{step_of(caller_file)}, mostly from {Path(caller_file).name}:{caller_line} {caller_name}"
        print(f"| {tottime:.3f} | {tottime / total:.1%} | {cumtime:.3f} | {calls} | `{where}` | {owner} |")
    by_owner: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if filename != "~" or not callers:
            by_owner[step_of(filename)] += tottime
            continue
        # a builtin (a regex search, str.split): its time belongs to the code that called it
        weights = {caller: timing[2] for caller, timing in callers.items()}
        weight_total = sum(weights.values()) or 1.0
        for (caller_file, _, _), weight in weights.items():
            owner = step_of(caller_file)
            by_owner[owner] += tottime * (weight / weight_total if sum(weights.values()) else 1 / len(weights))
    print("\n| own time by owner (builtins charged to their callers) | s | % |\n|---|---:|---:|")
    for owner, seconds in sorted(by_owner.items(), key=lambda item: -item[1])[:15]:
        print(f"| {owner} | {seconds:.3f} | {seconds / total:.1%} |")


def growth_table(pipeline: Pipeline, texts: list[str]) -> None:
    """Cost of one ~200 KB and one ~2 MB article, whole pipeline and step by step."""
    # The small article is the large one's start, and each is timed as if new: cleaning the same
    # lines again hits the per-line and per-text caches, which made the small article look cheap
    # and the growth superlinear. Three pairs, from different parts of the data; the fastest counts.
    starts = [0, len(texts) // 3, 2 * len(texts) // 3]
    pairs = [(joined_article(texts[start:] + texts[:start], 200_000),
              joined_article(texts[start:] + texts[:start], 2_000_000)) for start in starts]
    small, large = pairs[0]
    small_seconds = min(cleaning_time(pipeline, pair[0]) for pair in pairs)
    large_seconds = min(cleaning_time(pipeline, pair[1]) for pair in pairs)
    small_ftfy = min(best_of(lambda text=pair[0]: ftfy.fix_text(text), 1) for pair in pairs)
    large_ftfy = min(best_of(lambda text=pair[1]: ftfy.fix_text(text), 1) for pair in pairs)
    # A step's cost follows what it finds, lines or edits, and a page's start may hold far fewer
    # edits than the whole (ten times the text, thirty times the edits on one pair). A step that
    # rereads the text per line or per edit grows a hundredfold for ten times the text: measured
    # against the growth of the text, its lines and its edits, that stands out from the content.
    # Step by step, the garbage collector is off: its passes over a 2 MB article's objects cost
    # about a tenth more (counted in the whole pipeline's time above), charged to whichever step
    # happens to allocate when one starts.
    small_steps: dict[str, float] = defaultdict(float)
    large_steps: dict[str, float] = defaultdict(float)
    work = {"text": [0, 0], "lines": [0, 0], "edits": [0, 0]}
    for pair in pairs:
        for side, (steps, text) in enumerate(zip((small_steps, large_steps), pair)):
            forget_seen_texts()
            gc.collect()
            gc.disable()
            try:
                for name, seconds in per_step(pipeline, [text]).items():
                    steps[name] += seconds
            finally:
                gc.enable()
            work["text"][side] += len(text)
            work["lines"][side] += text.count("\n") + 1
            work["edits"][side] += len(pipeline.clean(text).edits)
    growth_of = {name: large_side / max(small_side, 1) for name, (small_side, large_side) in work.items()}
    most = max(growth_of.values())
    print("\n## cost growth (one article made by joining the texts)\n")
    print("| article | presswash s | ftfy s |\n|---|---:|---:|")
    print(f"| {len(small) / 1e3:.0f} K chars | {small_seconds:.3f} | {small_ftfy:.3f} |")
    print(f"| {len(large) / 1e6:.1f} M chars | {large_seconds:.3f} | {large_ftfy:.3f} |")
    growth = large_seconds / small_seconds
    print(f"\ngrowth 2 MB / 200 KB: **{growth:.1f}x** for {growth_of['text']:.1f}x the text, "
          f"{growth_of['lines']:.1f}x its lines, {growth_of['edits']:.1f}x its edits "
          f"({'linear' if growth <= 1.5 * most else 'SUPERLINEAR: look for a quadratic step'}); "
          f"ftfy {large_ftfy / small_ftfy:.1f}x\n")
    print("| step (the three pairs, garbage collector off) | 200 KB s | 2 MB s | growth |\n|---|---:|---:|---:|")
    for name, seconds in sorted(large_steps.items(), key=lambda item: -item[1]):
        before = small_steps.get(name, 0.0)
        ratio = f"{seconds / before:.1f}x" if before > 1e-4 else "-"
        # (a step's small share is noisier than the whole pipeline's: twice the work's growth)
        mark = " **superlinear**" if before > 1e-3 and seconds / before > 2 * most else ""
        print(f"| {name} | {before:.3f} | {seconds:.3f} | {ratio}{mark} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N texts")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the best is kept (default 3)")
    parser.add_argument("--jobs-limit", type=int, default=600, help="texts for the --jobs comparison (default 600)")
    parser.add_argument("--skip-jobs", action="store_true", help="leave out the --jobs comparison")
    parser.add_argument("--skip-growth", action="store_true", help="leave out the 200 KB / 2 MB comparison")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="also print the top N cProfile functions")
    args = parser.parse_args()

    pipeline = default_pipeline()  # LanguageTool is off unless the grammar option is given
    texts, errors = usable_texts(pipeline, load_texts(args.limit))  # also warms every cache up
    for _ in range(2):
        for text in texts[:20]:
            ftfy.fix_text(text)
    size = megabytes(texts)
    print(f"# presswash speed: {len(texts)} articles, {size:.1f} MB, steps: {', '.join(pipeline.names)}\n")
    if errors:
        print(f"left out {sum(errors.values())} articles on which a step failed: " +
              "; ".join(f"{count} x {message}" for message, count in errors.items()) + "\n")

    presswash_seconds, ftfy_seconds = interleaved(pipeline, texts, args.rounds)
    ratio = ftfy_seconds / presswash_seconds
    print(f"## presswash vs ftfy.fix_text (interleaved, best of {args.rounds} rounds)\n")
    print("| | MB/s | ms/article |\n|---|---:|---:|")
    print(f"| presswash.clean_article (LanguageTool off) | {size / presswash_seconds:.2f} | "
          f"{1000 * presswash_seconds / len(texts):.2f} |")
    print(f"| ftfy.fix_text (defaults) | {size / ftfy_seconds:.2f} | {1000 * ftfy_seconds / len(texts):.2f} |")
    verdict = "meets the target" if ratio >= 1.0 else ("below target" if ratio >= 0.5 else "BELOW THE FLOOR of 0.5")
    print(f"\nspeed ratio presswash/ftfy: **{ratio:.3f}** ({verdict}; target >= 1.0)\n")

    passes = [per_step(pipeline, texts) for _ in range(2)]  # the best of two passes, step by step
    spent = {name: min(one.get(name, 0.0) for one in passes) for name in passes[0]}
    print("## time per step (one pass)\n\n| step | ms/article | share |\n|---|---:|---:|")
    total = sum(spent.values())
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"| {name} | {1000 * seconds / len(texts):.2f} | {seconds / total:.0%} |")

    if not args.skip_jobs:
        sample = texts[: args.jobs_limit]
        runs = jobs_speedup(sample)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"\n## presswash --jsonl, {len(sample)} articles, wall time with process start "
              f"({os.cpu_count()} CPUs, shared: load average {load:.1f})\n")
        print("| --jobs | wall s | articles/s | CPU s (all processes) | output as --jobs 1 |")
        print("|---:|---:|---:|---:|---|")
        for jobs, wall, cpu, same in runs:
            verdict = "identical" if same else "DIFFERENT (or the code changed between runs)"
            print(f"| {jobs} | {wall:.2f} | {len(sample) / wall:.0f} | {cpu:.2f} | {verdict} |")
        (_, one, _, _), (_, two, _, _) = runs
        print(f"\nspeed-up of --jobs 2 over --jobs 1: **{one / two:.2f}x** (wall; a load above "
              f"{os.cpu_count()} leaves no idle core to gain)")

    if not args.skip_growth:
        try:
            growth_table(pipeline, texts)
        except Exception as error:  # noqa: BLE001  (a step failing on the big article is itself a finding)
            print(f"\ncost growth: a step failed on the joined article: {type(error).__name__}: {error}")

    if args.profile:
        profile(pipeline, texts, args.profile)


if __name__ == "__main__":
    main()
