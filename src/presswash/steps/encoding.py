"""Encoding repair: mojibake, HTML entities, control characters and invisible junk, through ftfy.

Most articles carry none of these, so one cheap scan of the whole text decides whether ftfy runs
at all; when it does, it runs only on the lines that need it, and every change becomes an Edit
whose reason names what was wrong ("mojibake: UTF-8 text decoded as Windows-1252").
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterable

import ftfy
import regex
from ftfy.badness import is_bad
from ftfy.chardata import CONTROL_CHARS, LIGATURES

from ..document import Edit
from ..pipeline import Context, step
from ..segment import split_lines

FTFY_CONFIG = ftfy.TextFixerConfig(
    # Curly quotes and apostrophes carry information the quote repairs need (which way a mark
    # faces); straightening them would destroy it.
    uncurl_quotes=False,
    # The input's line endings are part of its style and must survive unless an edit says otherwise.
    fix_line_breaks=False,
    # Full-width forms are legitimate punctuation in Chinese and Japanese text.
    fix_character_width=False,
    # Entities only where the text holds no HTML tags (ftfy's "auto"): "&amp;" in prose is an artifact.
    unescape_html="auto",
    # NFC merges decomposed accents (e + combining acute) without changing how text reads.
    normalization="NFC",
    # Everything else keeps ftfy's defaults: fix mojibake, C1 controls, surrogates, ligatures,
    # terminal escapes and control characters.
    explain=True,
)
FTFY_FAST_CONFIG = FTFY_CONFIG._replace(explain=False)
_INVISIBLE_REASON = "invisible character removed (zero-width space, word joiner or soft hyphen)"

_INVISIBLE = "\u200b\u2060\u00ad"  # zero-width space, word joiner, soft hyphen: never meant to be seen
# The two gates below are plain character classes (no backtracking risk), compiled with the standard
# library's ``re``: it scans a 12 KB article for them about three times faster than ``regex`` does,
# and they run on every article (benchmarks/speed.py).
_SUSPICIOUS = re.compile(
    "["
    + "".join(regex.escape(chr(code)) for code in sorted(CONTROL_CHARS))
    + "".join(regex.escape(chr(code)) for code in sorted(LIGATURES))
    + "\x80-\x9f\ud800-\udfff\x1b"
    + _INVISIBLE
    + "]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?"
)
# Mojibake always shows a lead character (Ã, Â, â, Р, ...) right before a continuation character
# (€, ™, ©, a C1 control, a Cyrillic letter): a cheap gate before ftfy's costlier badness test.
_MOJIBAKE_PAIR = re.compile(
    "[\u00c2-\u00f4\u0413\u0420\u0421\u0432\u0440\u0441]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u0400-\u045f\u2116]"
)
# A right double quote (UTF-8 E2 80 9D) read as Windows-1252 loses its last byte, which that code
# page leaves undefined: "â€œyes,â€ he said". ftfy alone would make "â€ " a dagger (†); when the
# line opened a quote with "â€œ", the lost byte is restored first so ftfy decodes a closing quote.
_MOJIBAKE_LEFT_QUOTE = "\u00e2\u20ac\u0153"
_LOST_RIGHT_QUOTE = regex.compile("\u00e2\u20ac(?=[\\s.,;:!?)]|$)")


def _restore_lost_right_quotes(line: str) -> str:
    opened = line.find(_MOJIBAKE_LEFT_QUOTE)
    if opened < 0:
        return line
    return line[:opened] + _LOST_RIGHT_QUOTE.sub("\u00e2\u20ac\x9d", line[opened:])
_INVISIBLE_RUN = regex.compile(f"[{_INVISIBLE}]+")
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")

_ENCODING_NAMES = {
    "sloppy-windows-1252": "Windows-1252",
    "windows-1252": "Windows-1252",
    "sloppy-windows-1251": "Windows-1251",
    "windows-1251": "Windows-1251",
    "sloppy-windows-1250": "Windows-1250",
    "latin-1": "Latin-1",
    "iso-8859-2": "Latin-2",
    "macroman": "Mac Roman",
    "cp437": "DOS code page 437",
    "utf-8": "UTF-8",
    "utf-8-variants": "UTF-8",
}

_FIX_REASONS = {
    "unescape_html": "HTML entity left as text",
    "remove_terminal_escapes": "terminal colour code left in the text",
    "restore_byte_a0": "mojibake: a non-breaking space lost in decoding",
    "replace_lossy_sequences": "mojibake whose lost bytes are marked with a replacement character",
    "decode_inconsistent_utf8": "mojibake: UTF-8 text decoded as Windows-1252 in part of the line",
    "fix_c1_controls": "C1 control character from Windows-1252 text read as Latin-1",
    "fix_latin_ligatures": "typographic ligature (ﬁ, ﬂ) split into its letters",
    "fix_surrogates": "UTF-16 surrogate pair written as two characters",
    "remove_control_chars": "invisible control character removed",
}


def needs_repair(text: str) -> bool:
    """A cheap test: does anything in ``text`` call for ftfy at all?"""
    return (
        _SUSPICIOUS.search(text) is not None
        or (_MOJIBAKE_PAIR.search(text) is not None and is_bad(text))
        or not unicodedata.is_normalized("NFC", text)
    )


def describe_fixes(explanation: Iterable[tuple[str, str]]) -> str:
    """Turn ftfy's explanation of one fix into a sentence a person understands."""
    reasons: list[str] = []
    encoded_as = None
    for action, detail in explanation:
        if action == "encode":
            encoded_as = _ENCODING_NAMES.get(detail, detail)
        elif action == "decode":
            decoded = _ENCODING_NAMES.get(detail, detail)
            reasons.append(f"mojibake: {decoded} text decoded as {encoded_as or 'another encoding'}")
        elif action == "normalize":
            reasons.append(f"Unicode normalisation ({detail}): a letter and its accent written separately")
        elif action == "apply" and detail in _FIX_REASONS:
            reasons.append(_FIX_REASONS[detail])
        elif action == "transcode":
            reasons.append(f"mojibake repaired by transcoding ({detail})")
    return "; ".join(dict.fromkeys(reasons)) or "broken Unicode repaired"


def _trimmed(before: str, after: str, offset: int, after_offset: int) -> tuple[int, int, int, int]:
    """The differing middle of two strings, without their common prefix and suffix."""
    prefix = 0
    limit = min(len(before), len(after))
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    return (offset + prefix, offset + len(before) - suffix, after_offset + prefix, after_offset + len(after) - suffix)


def _changed_spans(before: str, after: str) -> list[tuple[int, int, int, int]]:
    """Where ``after`` differs from ``before``: ``(start, end, after_start, after_end)`` tuples.

    ftfy's repairs are local, so when both sides have the same number of space-separated tokens
    the tokens are compared pairwise (linear); otherwise a character diff decides (short lines) or
    the common prefix and suffix do (long ones).
    """
    before_tokens, after_tokens = before.split(" "), after.split(" ")
    if len(before_tokens) == len(after_tokens):
        spans = []
        offset = after_offset = 0
        for before_token, after_token in zip(before_tokens, after_tokens):
            if before_token != after_token:
                spans.append(_trimmed(before_token, after_token, offset, after_offset))
            offset += len(before_token) + 1
            after_offset += len(after_token) + 1
        return spans
    if len(before) + len(after) <= 2000:
        matcher = SequenceMatcher(None, before, after, autojunk=False)
        return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
    return [_trimmed(before, after, 0, 0)]


@lru_cache(maxsize=4096)
def _reason_for(removed: str, replacement: str) -> str:
    """Why ``removed`` became ``replacement``, in words; cached, since the same damage repeats."""
    if removed and all(ord(c) in CONTROL_CHARS or c == "\x1b" for c in removed):
        return _FIX_REASONS["remove_control_chars"]
    if _INVISIBLE_RUN.fullmatch(removed) and not replacement:
        return _INVISIBLE_REASON
    if _ENTITY.fullmatch(removed):
        return _FIX_REASONS["unescape_html"]
    if unicodedata.normalize("NFC", removed) == replacement:
        return "Unicode normalisation (NFC): a letter and its accent written separately"
    fixed, explanation = ftfy.fix_and_explain(removed, FTFY_CONFIG)
    if fixed == replacement and explanation:
        return describe_fixes(explanation)
    return "broken Unicode repaired (mojibake or a character sequence that cannot be right)"


@step("encoding")
def repair_encoding(text: str, context: Context) -> list[Edit]:
    """Propose an Edit for every piece of broken Unicode, with ftfy deciding the repair."""
    if not needs_repair(text):
        return []
    lines = [line for line in split_lines(text) if needs_repair(text[line.start : line.end])]
    contents = [text[line.start : line.end] for line in lines]
    # invisible characters go first: a soft hyphen inside mojibake would hide it from ftfy
    to_fix = [_restore_lost_right_quotes(_INVISIBLE_RUN.sub("", content)) for content in contents]
    # ftfy fixes each "\n"-separated segment on its own, so one call serves every line that needs it
    # ftfy's "auto" reads a "<" as a sign of HTML and then leaves entities alone. Decide that for
    # each line, never for a batch: a document-wide choice flips when another step removes the one
    # line holding a "<" (a comment, a code sample), and cleaning twice would then differ.
    fixed_lines = list(to_fix)
    for keeps_entities in (False, True):
        chosen = [index for index, content in enumerate(to_fix) if ("<" in content) == keeps_entities]
        if not chosen:
            continue
        config = FTFY_FAST_CONFIG._replace(unescape_html=not keeps_entities)
        fixed = ftfy.fix_text("\n".join(to_fix[index] for index in chosen), config).split("\n")
        if len(fixed) != len(chosen):
            fixed = [ftfy.fix_text(to_fix[index], config) for index in chosen]
        for index, line in zip(chosen, fixed):
            fixed_lines[index] = line
    edits: list[Edit] = []
    for line, content, fixed in zip(lines, contents, fixed_lines):
        if fixed == content:
            continue
        for start, end, fixed_start, fixed_end in _changed_spans(content, fixed):
            # a diff may keep an entity's "&" as unchanged; widen the edit to the whole entity
            entity = _ENTITY.search(content, max(0, start - 12), end)
            if entity and entity.start() < start <= entity.end() and start - entity.start() <= fixed_start:
                shift = start - entity.start()
                start, fixed_start = start - shift, fixed_start - shift
            removed, replacement = content[start:end], fixed[fixed_start:fixed_end]
            edits.append(Edit(line.start + start, line.start + end, replacement,
                              reason=_reason_for(removed, replacement), category="encoding"))
    return edits
