"""Step "mt": flag machine-translation and spinner artifacts and give the document verdict.

It runs last, so it sees what the repairs did: repairs of spurious full stops, of words repeated
across a full stop and of quotation marks closed early (``context.edits`` categories), and the
quote flags of the quotes step (``context.flags``), all count as evidence in the score; the
detectors do not flag again what those steps already flagged at the same place as the same artifact
(same evidence family). A different reading of the same place ("he said. she wrote" is a spurious
full stop for the sentences step and a doubled speech tag here) is flagged, and the verdict counts
the place once.

Language: the English detectors run when the article's language is ``"en"``, or ``"und"`` when
the text is at least 97% plain ASCII Latin letters and English function words make up at least
a fifth of its words (short English texts are often undetermined). Otherwise only the
language-neutral detectors (stray punctuation) run. The verdict's evidence records the
assumption: ``evidence["english_detectors"]`` is 1.0 or 0.0, and ``evidence["language_und_as_en"]``
is 1.0 when an undetermined text was treated as English.

Grammar evidence: when the ``grammar`` option is off (the default), ``evidence["grammar_used"]``
is 0.0; that is how the result says grammar evidence was not used, without a note on every article.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from ..detectors import ENGLISH_DETECTORS, LANGUAGE_NEUTRAL_DETECTORS
from ..detectors.score import FAMILIES, one_flag_per_place, score_document
from ..detectors.view import ArticleView
from ..document import Flag, Note, Verdict
from ..language import stopwords
from ..pipeline import Context, step

_WORD = regex.compile(r"\p{L}+")
_ASCII_SHARE_FOR_ENGLISH = 0.97
_STOPWORD_SHARE_FOR_ENGLISH = 0.2


def _english_assumed(view: ArticleView, language: str) -> tuple[bool, bool]:
    """(run English detectors?, was an undetermined text taken as English?)."""
    if language == "en":
        return True, False
    if language != "und" or view.ascii_latin_share < _ASCII_SHARE_FOR_ENGLISH:
        return False, False
    sample = [w.lower() for w in _WORD.findall(view.text[:4000])]
    if not sample:
        return False, False
    english = stopwords("en")
    share = sum(1 for w in sample if w in english) / len(sample)
    return (share >= _STOPWORD_SHARE_FOR_ENGLISH, share >= _STOPWORD_SHARE_FOR_ENGLISH)


class _Spans:
    """Spans taken so far, answering "does this overlap any of them?" in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]] = ()) -> None:  # type: ignore[assignment]
        self.starts: list[int] = []
        self.max_end_up_to: list[int] = []
        ordered = sorted(spans)
        highest = -1
        for start, end in ordered:
            highest = max(highest, end)
            self.starts.append(start)
            self.max_end_up_to.append(highest)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, max(end, start + 1)) - 1  # spans starting before our end
        return index >= 0 and self.max_end_up_to[index] > start


def _family(kind: str) -> str:
    """Kinds that name the same artifact share a family ("spurious_full_stop" ~ "sentence_fragment")."""
    entry = FAMILIES.get(kind)
    return entry[0] if entry else kind


@step("mt")
def detect_machine_translation(text: str, context: Context) -> list[Flag | Verdict | Note]:
    """Flag MT/spinner artifacts with spans and reasons, and return one document :class:`Verdict`."""
    view = ArticleView(text)
    english, und_as_english = _english_assumed(view, context.language)
    detectors = ENGLISH_DETECTORS if english else LANGUAGE_NEUTRAL_DETECTORS
    earlier: dict[str, _Spans] = {}
    for family in {_family(f.kind) for f in context.flags}:
        earlier[family] = _Spans([(f.start, f.end) for f in context.flags if _family(f.kind) == family])
    found = one_flag_per_place(flag for detect in detectors for flag in detect(view))
    flags: list[Flag] = []
    for flag in found:
        same_family = earlier.get(_family(flag.kind))
        if same_family is not None and same_family.overlaps(flag.start, flag.end):
            continue  # the quotes or sentences step already flagged the same artifact here
        flags.append(flag)
    extra = {
        "english_detectors": 1.0 if english else 0.0,
        "grammar_used": 1.0 if context.option("grammar") else 0.0,
    }
    if und_as_english:
        extra["language_und_as_en"] = 1.0
    verdict = score_document([*context.flags, *flags], context.edits, view.word_count, extra)
    return [*flags, verdict]
