"""One named term rendered two ways: "Digital Markets Act" and later "digital markets act".

Journalists vary wording on purpose, so this is weak evidence (low confidence) and never decides
a verdict alone. We only flag a multi-word Title Case term ending in an institutional head noun
(Act, Law, Agency, Ministry, ...) that reappears word for word in lowercase.
"""

from __future__ import annotations

import regex

from ..document import Flag
from .view import ArticleView

_HEADS = ("Act|Law|Bill|Agency|Ministry|Commission|Authority|Council|Court|Party|Office|Fund|Bank|Service|"
          "Department|Committee|Programme|Program|Treaty|Directive|Regulation|Union")
_HEAD_WORDS = tuple(_HEADS.split("|"))
_HEAD = regex.compile(r"(?:" + _HEADS + r")\b(?<=\p{Ll} (?:" + _HEADS + r"))")
_TITLE_TERM_BEFORE = regex.compile(r"\b((?:\p{Lu}\p{Ll}+ ){2,3}(?:" + _HEADS + r"))$")


def detect(view: ArticleView) -> list[Flag]:
    """Flag lowercase copies of a Title Case institutional term used elsewhere in the article."""
    text = view.text
    terms: set[str] = set()
    present = view.capitalised_words
    if not any(head in present for head in _HEAD_WORDS):
        return []
    for head in _HEAD.finditer(text):
        match = _TITLE_TERM_BEFORE.search(text, max(0, head.start() - 60), head.end())
        if match and match.group(1).count(" ") >= 2 and view.on_prose_line(match.start()):
            terms.add(" ".join(match.group(1).split()))
    flags: list[Flag] = []
    for term in terms:
        lowered = term.lower()
        if lowered.split()[0] in ("the", "a", "an"):
            continue
        for match in regex.finditer(r"\b" + regex.escape(lowered) + r"\b", text):
            flags.append(Flag(match.start(), match.end(), "term_inconsistency",
                              f"\"{match.group()}\" is written \"{term}\" elsewhere in the article; "
                              "the same term rendered two ways", 0.25))
    return flags
