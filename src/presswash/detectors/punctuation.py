"""Stray punctuation that survived the repairs: ". .", ",.", "word ." and doubled marks.

The sentences step repairs the clear cases; what is left here is flagged, because a space before a
full stop or a comma next to a full stop is typical of machine-translated and stitched text.
Ellipses, decimals, "U.S.." after an abbreviation and URLs are not touched.
"""

from __future__ import annotations

import regex

from ..document import Flag
from ..segment import abbreviation_kind, token_before
from .view import ArticleView

_STRAY = regex.compile(
    r"\.[ \t]+\.(?<![.\s]\.[ \t]+\.)(?![.\w])(?![ \t]+\.)"   # "clear. . Turnout" (not ". . ." ellipsis)
    r"|,[ \t]*\.(?<=\p{L},[ \t]*\.)(?![.\w])"              # "planned,. the"
    r"|[ \t]+\.(?<=\p{Ll}\p{Ll}[ \t]+\.)(?=[ \t]+\p{Ll})"    # "the result . turnout"
    r"|[,;]{2,}(?<=\p{L}[,;]{2,})(?=[ \t])"               # ",," ";;"
    r"|\.\.(?<=\p{Ll}\p{Ll}\.\.)(?=[ \t]+\p{Lu})"     # "clear.. Turnout" (not an ellipsis)
)


def detect(view: ArticleView) -> list[Flag]:
    """Flag stray full stops and commas."""
    text = view.text
    if not (". ." in text or ",." in text or " ." in text
            or ",," in text or ";;" in text or ".." in text):
        return []
    return [Flag(m.start(), m.end(), "stray_punctuation",
                 f"stray punctuation \"{m.group().strip()}\"", 0.5)
            for m in _STRAY.finditer(text)
            if not view.on_code_line(m.start()) and not _after_abbreviation(text, m.start())]


def _after_abbreviation(text: str, position: int) -> bool:
    """ "etc.." and "U.S.." end an abbreviation and a sentence at once: not stray."""
    if not text.startswith("..", position):
        return False
    return abbreviation_kind(token_before(text, position)) is not None
