"""The document verdict: how strongly the whole article looks machine-translated or spun.

Evidence is grouped into independent *families* (a repaired spurious full stop and a flagged
sentence fragment are the same family). For each family::

    density      = 1000 * sum(confidence of its items) / max(words, MIN_WORDS)
                   (items closer than CLUSTER_CHARACTERS to the previous one count once)
    contribution = weight * min(density, DENSITY_CAP)

and ``mt_score = 1 - exp(-sum(contributions) * ln 2 / HALF_SCORE_AT)``, so the score is 0.5 exactly
when the contributions add up to ``HALF_SCORE_AT``. One weak signal alone never decides: unless at
least two families contribute at least ``MIN_FAMILY_CONTRIBUTION`` each, or one *strong* family
(repeated words across a full stop, spinner substitutions, fragments, doubled speech tags) reaches
``STRONG_DENSITY``, the score is capped just under the threshold.

Overlapping flags (two readings of one place) count once, with the most confident reading.
Mojibake and other encoding repairs are never evidence: only the flag kinds and edit categories
listed in ``FAMILIES`` count. Grammar matches from LanguageTool count only above the density of
matches human news text also gets (``GRAMMAR_BASELINE``), and only those with confidence of at
least ``GRAMMAR_MIN_CONFIDENCE`` (the grammar step gives spelling and typography matches less,
because names and house style trigger them).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from typing import Iterable

from ..document import Edit, Flag, Verdict

MT_THRESHOLD = 0.5
"""``mt_suspected`` is ``mt_score >= MT_THRESHOLD``."""
HALF_SCORE_AT = 2.5
MIN_WORDS = 300
"""Short texts are scored as if they had this many words, so one flag in a caption decides nothing."""
DENSITY_CAP = 12.0
MIN_FAMILY_CONTRIBUTION = 0.5
STRONG_DENSITY = 4.0
CLUSTER_CHARACTERS = 80
"""Evidence of one family closer than this to the previous counted item is the same place: counted once
(a stylised tweet "on. it. now." or a block of ASCII art is one oddity, not ten)."""
GRAMMAR_BASELINE = 6.0
"""Non-spelling LanguageTool matches per 1,000 words that human news text gets anyway."""

# evidence kind (flag kind or edit category) -> (family, weight, confidence for edits)
FAMILIES: dict[str, tuple[str, float, float]] = {
    "sentence_fragment": ("broken_sentence", 1.0, 0.0),
    "lowercase_sentence_start": ("broken_sentence", 1.0, 0.0),
    "spurious_full_stop": ("broken_sentence", 1.0, 0.8),
    "repeated_across_boundary": ("repeated_across_boundary", 1.2, 0.0),
    "word_repeated_across_stop": ("repeated_across_boundary", 1.2, 0.9),
    "repeated_word": ("repeated_word", 0.8, 0.0),
    "quote_closed_early": ("quote_boundary", 0.8, 0.7),
    "quote_unbalanced": ("quote_boundary", 0.3, 0.0),
    "casing_loss": ("casing", 0.8, 0.0),
    "spurious_capitals": ("casing", 0.6, 0.0),
    "name_drift": ("name_drift", 0.8, 0.0),
    "term_inconsistency": ("term_inconsistency", 0.4, 0.0),
    "pronoun_mismatch": ("pronoun_mismatch", 0.6, 0.0),
    "spinner_substitution": ("spinner_substitution", 1.5, 0.0),
    "source_calque": ("source_calque", 1.0, 0.0),
    "stray_punctuation": ("stray_punctuation", 0.3, 0.0),
    "doubled_punctuation": ("stray_punctuation", 0.3, 0.4),
    "grammar_error": ("grammar", 0.3, 0.0),
}
STRONG_FAMILIES = frozenset({"broken_sentence", "repeated_across_boundary", "spinner_substitution", "source_calque"})
GRAMMAR_MIN_CONFIDENCE = 0.4


def _grammar_density(flags: list[Flag], words: int) -> float:
    counted = sum(1 for f in flags if f.kind == "grammar_error" and f.confidence >= GRAMMAR_MIN_CONFIDENCE)
    return max(0.0, 1000 * counted / max(words, MIN_WORDS) - GRAMMAR_BASELINE)


def one_flag_per_place(flags: Iterable[Flag]) -> list[Flag]:
    """Keep the most confident flag where flags overlap, sorted by position.

    Detectors can read one artifact two ways ("restore. restore" is a repeated word across a full
    stop and a lowercase start); one place must count, and be shown, once.
    """
    kept: list[Flag] = []
    starts: list[int] = []
    ends: list[int] = []  # kept spans never overlap, so sorted by start they are sorted by end too
    for flag in sorted(flags, key=lambda f: (-f.confidence, f.start)):
        index = bisect_left(starts, flag.start)
        if index > 0 and ends[index - 1] > flag.start:
            continue
        if index < len(starts) and starts[index] < max(flag.end, flag.start + 1):
            continue
        starts.insert(index, flag.start)
        ends.insert(index, flag.end)
        kept.append(flag)
    return sorted(kept, key=lambda f: (f.start, f.end))


def _evidence_flags(flags: Iterable[Flag]) -> list[Flag]:
    """Evidence flags (grammar is counted apart), one per place."""
    return one_flag_per_place(f for f in flags if f.kind in FAMILIES and f.kind != "grammar_error")


def score_document(flags: Iterable[Flag], edits: Iterable[Edit], words: int,
                   extra_evidence: dict[str, float] | None = None) -> Verdict:
    """Combine flags (all steps) and repair edits into one :class:`Verdict` with its evidence."""
    flags = list(flags)
    mass: dict[str, float] = defaultdict(float)
    last_at: dict[str, int] = {}
    for flag in _evidence_flags(flags):
        entry = FAMILIES.get(flag.kind)
        if entry is None or flag.kind == "grammar_error":
            continue
        if flag.start - last_at.get(entry[0], -CLUSTER_CHARACTERS) < CLUSTER_CHARACTERS:
            continue
        last_at[entry[0]] = flag.start
        mass[entry[0]] += flag.confidence
    last_at.clear()
    for edit in sorted(edits, key=lambda e: e.start):  # original coordinates: clustered separately
        entry = FAMILIES.get(edit.category)
        if entry is None or entry[2] <= 0:
            continue
        if edit.start - last_at.get(entry[0], -CLUSTER_CHARACTERS) < CLUSTER_CHARACTERS:
            continue
        last_at[entry[0]] = edit.start
        mass[entry[0]] += entry[2]
    weights = {family: weight for family, weight, _ in FAMILIES.values()}
    evidence: dict[str, float] = {}
    contributions: dict[str, float] = {}
    scale = 1000 / max(words, MIN_WORDS)
    for family, total in mass.items():
        density = total * scale
        contributions[family] = weights[family] * min(density, DENSITY_CAP)
    grammar_used = bool(extra_evidence and extra_evidence.get("grammar_used"))
    if grammar_used:
        grammar_density = _grammar_density(flags, words)
        if grammar_density > 0:
            contributions["grammar"] = weights["grammar"] * min(grammar_density, DENSITY_CAP)
    total = sum(contributions.values())
    score = 1 - math.exp(-total * math.log(2) / HALF_SCORE_AT)
    substantial = [f for f, c in contributions.items() if c >= MIN_FAMILY_CONTRIBUTION]
    strong = any(mass[f] * scale >= STRONG_DENSITY for f in STRONG_FAMILIES if f in mass)
    if len(substantial) < 2 and not strong:
        score = min(score, MT_THRESHOLD - 0.01)
        if total > 0:
            evidence["capped_single_weak_signal"] = 1.0
    score = round(score, 4)
    for family, contribution in sorted(contributions.items()):
        evidence[family] = round(contribution, 4)
    evidence["words"] = float(words)
    evidence["grammar_used"] = 1.0 if grammar_used else 0.0
    if extra_evidence:
        evidence.update(extra_evidence)
    return Verdict(score, score >= MT_THRESHOLD, evidence)
