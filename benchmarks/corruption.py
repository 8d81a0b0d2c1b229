"""Corruption benchmark for the quote and sentence repairs: inject, clean, count exact restorations.

Takes the human-written paragraphs of ../shared/data/boilerplate-dev.jsonl.gz (the ``gold_body`` of
each page, read once per page, at run time), injects one corruption of each type at a known place,
cleans with the pipeline restricted to the repair steps (encoding, quotes, sentences) and counts the
paragraphs restored exactly. It also runs the untouched paragraphs through and counts ANY change:
once with each paragraph alone (the harshest reading: every paragraph is then an article's last, so
a multi-paragraph quotation's first paragraph looks unclosed) and once in the context of its article.

Only paragraphs the repair steps leave unchanged are corrupted (otherwise an exact restoration would
be impossible to tell apart). What each injector does, and where:
  spurious_stop        ". " after a word of letters, before a lowercase word, inside a sentence
  repeat_across_stop   "to. to": the word before the break repeated after it (lowercase)
  quote_closed_early   the closing mark of a one-sentence quotation moved back with a ".", leaving
                       2-20 words outside (“... open.” until the new building is ready, she said.)
  quote_spacing        a space after the opening and before the closing mark of a pair on one line
  quote_orientation    the opening “ turned to ”, or the closing ” to “ (curly pairs only)
  doubled_punctuation  a sentence-final "." made ". ." or ",.", or a comma before a lowercase word ",."
  space_before_punct   a space before a sentence-final "." or a comma
  missing_space        the space after a sentence-final "." removed before a capitalised word
  hard_wrap            the paragraph wrapped at a random width from 60 to 80 (textwrap, one line >= 160 chars)
  hyphenation          a word of 7+ lowercase letters split across a line break with a hyphen, or an
                       existing hyphenated compound broken after its hyphen
And one trap, where the right repair is none:
  lost_capital         a real sentence end whose next sentence lost its capital ("late. the captain
                       blamed ..."; the next word a function word, so no name is lowercased): joining
                       the two sentences is wrong, a flag or no change is right

    python benchmarks/corruption.py [--limit N] [--seed 7] [--examples 2]

Each type draws its own sample (a shuffle of all paragraphs, seeded by the seed and the type's name,
skipping those the repairs change), so ``--only`` reproduces a full run's row. The README has the
latest table.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import textwrap
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Iterator

import regex

from presswash import clean_article
from presswash.pipeline import Context, default_pipeline
from presswash.rules import load_entries
from presswash.steps.quotes import repair_quotes
from presswash.steps.sentences import repair_sentences

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate-dev.jsonl.gz"
STEPS = ["encoding", "quotes", "sentences"]

_PARAGRAPH_SPLIT = regex.compile(r"\n[ \t]*\n\s*")
_GAP = regex.compile(r"(?<=(?:^|[\s(“\"])(\p{L}{2,}))( )(?=(\p{Ll}{2,})(?![\p{L}\-’']))")
_SENTENCE_END = regex.compile(r"(?<=\p{L}{2})\.(?= \p{Lu}|$)")
_COMMA_BEFORE_LOWER = regex.compile(r"(?<=\p{L}),(?= \p{Ll})")
_MISSING_SPACE_SITE = regex.compile(r"(?<=\p{Ll}{2})\.( )(?=\p{Lu}\p{Ll}+\b)")
_LONG_WORD = regex.compile(r"(?<![\p{L}\-’'])\p{Ll}{7,}(?![\p{L}\-’'])")
_COMPOUND = regex.compile(r"(?<![\p{L}\-])(\p{Ll}{2,})-(\p{Ll}{2,})(?![\p{L}\-])")
_QUOTE_PAIR = regex.compile(r"(?<=^|[\s(:])([“\"])([^“”\"\n]{3,400}?)([”\"])(?=[\s,.;:!?)]|$)")
_CURLY_PAIR = regex.compile(r"(?<=^|[\s(:])(“)([^“”\"\n]{3,400}?)(”)(?=[\s,.;:!?)]|$)")
_ONE_SENTENCE_QUOTE = regex.compile(
    r"(?<=^|[\s(:])([“\"])(\p{Lu}[^“”\"\n.!?]{10,400}?)([,.])([”\"])(?=( \p{Ll}| \p{Lu}|$))")
_SPEECH_AFTER = regex.compile(r" (?:\p{Ll}+ ){0,2}(?:said|says|added|told|asked|wrote|explained|noted)\b|"
                              r" (?:said|says|added|told|asked|wrote|explained|noted) ")
_ABBREVIATION_WORDS = frozenset("mr mrs ms dr st no vs etc inc ltd co jr sr".split())


def read_paragraphs(limit_pages: int | None = None) -> list[list[str]]:
    """The gold bodies, each split into its paragraphs (blank-line separated), one list per page."""
    pages: dict[str, str] = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            pages.setdefault(record["url"], record["gold_body"])
    bodies = list(pages.values())[:limit_pages]
    return [[p for p in _PARAGRAPH_SPLIT.split(body.strip()) if p.strip()] for body in bodies]


def _choose(rng: random.Random, items: list) -> object | None:
    return rng.choice(items) if items else None


def inject_spurious_stop(p: str, rng: random.Random) -> str | None:
    gaps = [m for m in _GAP.finditer(p) if m.group(1).lower() not in _ABBREVIATION_WORDS
            and m.start() > 20]
    gap = _choose(rng, gaps)
    return None if gap is None else p[:gap.start(2)] + "." + p[gap.start(2):]


_SENTENCE_START = regex.compile(r"(?<=\p{Ll}{2}\. )(\p{Lu})(\p{Ll}+)\b(?=[^.!?]{20,}[.!?])")
_FUNCTION_WORDS = frozenset(load_entries("stopwords/en.txt"))


def inject_lost_capital(p: str, rng: random.Random) -> str | None:
    starts = [m for m in _SENTENCE_START.finditer(p) if (m.group(1) + m.group(2)).lower() in _FUNCTION_WORDS
              and (m.group(1) + m.group(2)).lower() != "i"]
    start = _choose(rng, starts)
    return None if start is None else p[:start.start(1)] + start.group(1).lower() + p[start.end(1):]


def inject_repeat(p: str, rng: random.Random) -> str | None:
    gaps = [m for m in _GAP.finditer(p) if m.group(1).islower() and m.start() > 20
            and m.group(1) not in _ABBREVIATION_WORDS]
    gap = _choose(rng, gaps)
    return None if gap is None else p[:gap.start(2)] + ". " + gap.group(1) + p[gap.start(2):]


def inject_closed_early(p: str, rng: random.Random) -> str | None:
    candidates = []
    for m in _ONE_SENTENCE_QUOTE.finditer(p):
        after = p[m.end():m.end() + 40]
        if m.group(3) == "," and not _SPEECH_AFTER.match(after):
            continue
        if m.group(3) == "." and after.startswith(" ") and after[1:2].islower():
            continue
        content = m.group(2)
        for gap in _GAP.finditer(content):
            outside = len(content[gap.end():].split())
            inside = len(content[:gap.start()].split())
            if 2 <= outside <= 20 and inside >= 2 and gap.group(1).lower() not in _ABBREVIATION_WORDS:
                candidates.append((m, gap))
    choice = _choose(rng, candidates)
    if choice is None:
        return None
    m, gap = choice
    content = m.group(2)
    broken = (m.group(1) + content[:gap.start(2)] + "." + m.group(4) + content[gap.start(2):] + m.group(3))
    return p[:m.start()] + broken + p[m.end():]


def inject_quote_spacing(p: str, rng: random.Random) -> str | None:
    pair = _choose(rng, [m for m in _QUOTE_PAIR.finditer(p) if not m.group(2).startswith(" ")
                         and not m.group(2).endswith(" ")])
    if pair is None:
        return None
    return p[:pair.end(1)] + " " + pair.group(2) + " " + p[pair.start(3):]


def inject_orientation(p: str, rng: random.Random) -> str | None:
    pair = _choose(rng, list(_CURLY_PAIR.finditer(p)))
    if pair is None:
        return None
    if rng.random() < 0.5:
        return p[:pair.start(1)] + "”" + p[pair.end(1):]
    return p[:pair.start(3)] + "“" + p[pair.end(3):]


def inject_doubled(p: str, rng: random.Random) -> str | None:
    ends = list(_SENTENCE_END.finditer(p))
    commas = list(_COMMA_BEFORE_LOWER.finditer(p))
    choice = rng.random()
    if commas and (choice < 0.33 or not ends):
        m = rng.choice(commas)
        return p[:m.start()] + ",." + p[m.end():]
    if not ends:
        return None
    m = rng.choice(ends)
    return p[:m.start()] + (". ." if choice < 0.66 else ",.") + p[m.end():]


def inject_space_before(p: str, rng: random.Random) -> str | None:
    sites = list(_SENTENCE_END.finditer(p)) + list(_COMMA_BEFORE_LOWER.finditer(p))
    m = _choose(rng, sites)
    return None if m is None else p[:m.start()] + " " + p[m.start():]


def inject_missing_space(p: str, rng: random.Random) -> str | None:
    m = _choose(rng, list(_MISSING_SPACE_SITE.finditer(p)))
    return None if m is None else p[:m.start(1)] + p[m.end(1):]


def inject_hard_wrap(p: str, rng: random.Random) -> str | None:
    if len(p) < 160 or "\n" in p or "  " in p or "\t" in p or "-" in p:
        return None  # textwrap would also break at hyphens; keep the injection to spaces only
    width = rng.randint(60, 80)
    wrapped = textwrap.fill(p, width=width, break_long_words=False, break_on_hyphens=False)
    return wrapped if "\n" in wrapped and wrapped.replace("\n", " ") == p else None


def inject_hyphenation(p: str, rng: random.Random) -> str | None:
    compounds = list(_COMPOUND.finditer(p))
    words = list(_LONG_WORD.finditer(p))
    if compounds and (rng.random() < 0.5 or not words):
        m = rng.choice(compounds)
        return p[:m.end(1) + 1] + "\n" + p[m.end(1) + 1:]
    m = _choose(rng, words)
    if m is None:
        return None
    split = rng.randint(3, len(m.group()) - 3)
    return p[:m.start() + split] + "-\n" + p[m.start() + split:]


INJECTORS: dict[str, Callable[[str, random.Random], str | None]] = {
    "spurious_stop": inject_spurious_stop,
    "repeat_across_stop": inject_repeat,
    "quote_closed_early": inject_closed_early,
    "quote_spacing": inject_quote_spacing,
    "quote_orientation": inject_orientation,
    "doubled_punctuation": inject_doubled,
    "space_before_punct": inject_space_before,
    "missing_space": inject_missing_space,
    "hard_wrap": inject_hard_wrap,
    "hyphenation": inject_hyphenation,
}

TRAPS: dict[str, Callable[[str, random.Random], str | None]] = {
    "lost_capital": inject_lost_capital,
}
"""Corruptions the repairs must NOT undo by a wrong repair: left as they are (or flagged) counts."""


def repair(text: str) -> str:
    return clean_article(text, steps=STEPS).text


def injected(paragraphs: list[str], clean: set[str], inject: Callable[[str, random.Random], str | None],
             rng: random.Random, limit: int) -> Iterator[tuple[str, str, str]]:
    """``(paragraph, corrupted, repaired)`` for up to ``limit`` paragraphs of ``clean``, in a shuffled
    order, that ``inject`` could corrupt.

    All paragraphs are shuffled and the ones the repairs change skipped, so that a repair changing
    a few more clean paragraphs does not draw a whole new sample.
    """
    order = paragraphs[:]
    rng.shuffle(order)
    tried = 0
    for paragraph in order:
        if tried >= limit:
            break
        if paragraph not in clean:
            continue
        corrupted = inject(paragraph, rng)
        if corrupted is None or corrupted == paragraph:
            continue
        tried += 1
        yield paragraph, corrupted, repair(corrupted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=600, help="corrupted paragraphs per type (default 600)")
    parser.add_argument("--pages", type=int, default=None, help="read only the first N pages")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--examples", type=int, default=0, help="print N failures per type")
    parser.add_argument("--only", default="", help="comma-separated corruption types to run (default: all)")
    parser.add_argument("--show-changes", type=int, default=0, help="print N changes made to clean paragraphs")
    arguments = parser.parse_args()

    pages = read_paragraphs(arguments.pages)
    encoded_pages = [[clean_article(p, steps=["encoding"]).text for p in page] for page in pages]
    paragraphs = [p for page in encoded_pages for p in page]

    # 1. clean paragraphs: any change at all, alone and in the context of their article
    started = time.perf_counter()
    changed_alone = Counter()
    unchanged: list[str] = []
    for paragraph in paragraphs:
        result = clean_article(paragraph, steps=STEPS)
        if result.text != paragraph:
            changed_alone.update({e.category for e in result.edits})
            changed_alone["__paragraphs"] += 1
            if changed_alone["__paragraphs"] <= arguments.show_changes:
                for e in result.edits:
                    print(f"--- clean paragraph changed ({e.category}): "
                          f"{paragraph[max(0, e.start - 70):e.end + 50]!r} -> {e.replacement!r}")
        else:
            unchanged.append(paragraph)
    in_context = 0
    changed_context = 0
    for page in encoded_pages:
        body = "\n\n".join(page)
        result = clean_article(body, steps=STEPS)
        starts = [0]
        for paragraph in page[:-1]:
            starts.append(starts[-1] + len(paragraph) + 2)
        touched = {max(i for i, s in enumerate(starts) if s <= e.start) for e in result.edits}
        in_context += len(page)
        changed_context += len(touched)
    clean_seconds = time.perf_counter() - started

    # 2. corruption: inject one artifact per paragraph, clean, compare
    clean = set(unchanged)
    rows = []
    for name, inject in INJECTORS.items():
        if arguments.only and name not in arguments.only.split(","):
            continue
        tried = restored = changed = 0
        failures: list[tuple[str, str, str]] = []
        rng = random.Random(f"{arguments.seed}-{name}")  # one draw per type: the rows do not move together
        for paragraph, corrupted, result in injected(paragraphs, clean, inject, rng, arguments.limit):
            tried += 1
            if result == paragraph:
                restored += 1
            else:
                if result != corrupted:
                    changed += 1
                if len(failures) < arguments.examples:
                    failures.append((paragraph, corrupted, result))
        rows.append((name, tried, restored, changed))
        for original, corrupted, result in failures:
            print(f"--- {name} failure\n  gold:      {original[:300]!r}\n  corrupted: {corrupted[:300]!r}\n"
                  f"  result:    {result[:300]!r}")

    trap_rows = []
    for name, inject in TRAPS.items():
        if arguments.only and name not in arguments.only.split(","):
            continue
        tried = left = 0
        wrong: list[tuple[str, str]] = []
        rng = random.Random(f"{arguments.seed}-{name}")
        for _, corrupted, result in injected(paragraphs, clean, inject, rng, arguments.limit):
            tried += 1
            if result == corrupted:
                left += 1
            elif len(wrong) < arguments.examples:
                wrong.append((corrupted, result))
        trap_rows.append((name, tried, left))
        for corrupted, result in wrong:
            print(f"--- {name}: wrongly repaired\n  input:  {corrupted[:300]!r}\n  result: {result[:300]!r}")

    print(f"\nCorruption benchmark: {len(pages)} pages, {len(paragraphs)} human paragraphs, seed {arguments.seed}\n")
    print(f"| {'corruption':<20} | {'injected':>8} | {'restored':>8} | {'rate':>6} | {'changed, not exact':>18} |")
    print(f"|{'-' * 22}|{'-' * 10}|{'-' * 10}|{'-' * 8}|{'-' * 20}|")
    for name, tried, restored, changed in rows:
        rate = restored / tried if tried else 0.0
        print(f"| {name:<20} | {tried:>8} | {restored:>8} | {rate:>6.1%} | {changed:>18} |")
    if trap_rows:
        print(f"\n| {'trap (no repair is right)':<26} | {'injected':>8} | {'left as is':>10} | {'rate':>6} |")
        print(f"|{'-' * 28}|{'-' * 10}|{'-' * 12}|{'-' * 8}|")
        for name, tried, left in trap_rows:
            print(f"| {name:<26} | {tried:>8} | {left:>10} | {left / tried if tried else 0.0:>6.1%} |")
    alone = changed_alone["__paragraphs"]
    print("\nClean paragraphs left exactly as they were:")
    print(f"| {'reading':<34} | {'paragraphs':>10} | {'changed':>7} | {'untouched':>9} |")
    print(f"|{'-' * 36}|{'-' * 12}|{'-' * 9}|{'-' * 11}|")
    print(f"| {'each paragraph alone':<34} | {len(paragraphs):>10} | {alone:>7} | "
          f"{1 - alone / len(paragraphs):>9.2%} |")
    print(f"| {'in the context of its article':<34} | {in_context:>10} | {changed_context:>7} | "
          f"{1 - changed_context / in_context:>9.2%} |")
    categories = ", ".join(f"{k} {v}" for k, v in changed_alone.most_common() if k != "__paragraphs")
    print(f"(edit categories on clean paragraphs alone: {categories or 'none'}; {clean_seconds:.1f} s)")

    # 3. speed of the two repair steps alone, per page of the raw scraped text
    context = Context("", "en", default_pipeline().options)
    with gzip.open(DATA, "rt", encoding="utf-8") as stream:
        texts = [json.loads(line)["text"] for line in stream]
    texts = texts[:arguments.pages * 2] if arguments.pages else texts
    started = time.perf_counter()
    for text in texts:
        repair_quotes(text, context)
        repair_sentences(text, context)
    per_page = (time.perf_counter() - started) / len(texts) * 1000
    average = sum(map(len, texts)) / len(texts) / 1000
    print(f"\nquotes + sentences: {per_page:.3f} ms per page (average page {average:.1f} KB, {len(texts)} pages)")
    for label, text in (("20,000 quote marks in a row", "“" * 10000 + "”" * 10000),
                        ("'a. ' 30,000 times", "a. " * 30000),
                        ("'x. y ' 30,000 times", "word. next " * 30000),
                        ("200 KB of quoted prose", "“We will stay.” until the end, she said. " * 5000)):
        started = time.perf_counter()
        repair_quotes(text, context)
        repair_sentences(text, context)
        print(f"  {label:<30} {len(text) / 1000:>7.0f} KB  {(time.perf_counter() - started) * 1000:>8.1f} ms")


if __name__ == "__main__":
    main()
