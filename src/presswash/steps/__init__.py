"""The steps of the default pipeline, in the order they run.

Data flow: encoding repair first (later steps need real characters), then boilerplate removal,
then structural repairs, then the detectors, which see what the repairs did.
"""

from __future__ import annotations

from .boilerplate import strip_boilerplate
from .encoding import repair_encoding
from .grammar import check_grammar
from .mt import detect_machine_translation
from .quotes import repair_quotes
from .sentences import repair_sentences

DEFAULT_STEPS = [
    repair_encoding,
    strip_boilerplate,
    repair_quotes,
    repair_sentences,
    check_grammar,
    detect_machine_translation,
]

__all__ = [
    "DEFAULT_STEPS",
    "check_grammar",
    "detect_machine_translation",
    "repair_encoding",
    "repair_quotes",
    "repair_sentences",
    "strip_boilerplate",
]
