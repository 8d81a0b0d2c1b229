"""Machine-translation and spinner artifact detectors: each family in its own module.

A detector is a function ``detect(view) -> list[Flag]`` over a shared :class:`ArticleView`; it never
edits. :func:`run_detectors` runs them all; :mod:`.score` turns their flags (and the repairs earlier
steps made) into the document verdict. The detectors are written for English: ``steps/mt.py``
decides when they run.
"""

from __future__ import annotations

from typing import Callable

from ..document import Flag
from . import calques, casing, fragments, names, pronouns, punctuation, repetition, spinner, terms
from .view import ArticleView

Detector = Callable[[ArticleView], list[Flag]]

FLAG_KINDS: tuple[str, ...] = (
    "sentence_fragment", "lowercase_sentence_start", "repeated_word", "repeated_across_boundary",
    "casing_loss", "spurious_capitals", "name_drift", "term_inconsistency", "pronoun_mismatch",
    "spinner_substitution", "source_calque", "stray_punctuation",
)
"""Every flag kind the detectors emit (stable names: users filter on them)."""

ENGLISH_DETECTORS: tuple[Detector, ...] = (
    fragments.detect,
    repetition.detect,
    casing.detect,
    names.detect,
    terms.detect,
    pronouns.detect,
    spinner.detect,
    calques.detect,
    punctuation.detect,
)
"""Every detector, in a fixed order (English text)."""

LANGUAGE_NEUTRAL_DETECTORS: tuple[Detector, ...] = (punctuation.detect,)
"""Detectors whose patterns hold in any Latin-script language (stray punctuation)."""


def run_detectors(text: str, detectors: tuple[Detector, ...] = ENGLISH_DETECTORS) -> list[Flag]:
    """Run ``detectors`` over one shared view of ``text`` and return all their flags."""
    view = ArticleView(text)
    flags: list[Flag] = []
    for detect in detectors:
        flags.extend(detect(view))
    return flags


__all__ = ["FLAG_KINDS", "ArticleView", "Detector", "ENGLISH_DETECTORS", "LANGUAGE_NEUTRAL_DETECTORS", "run_detectors"]
