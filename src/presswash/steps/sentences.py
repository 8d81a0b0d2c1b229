"""Sentence repairs: spurious full stops, words doubled across them, stray punctuation, broken lines.

Machine translation and spinners break sentences with a full stop in mid-clause ("the council
approved the plan. despite strong local opposition."), sometimes repeating the word on both sides
("drivers were asked to. to leave"); they double punctuation (". .", ",.") and misplace spaces
("the end .", "end.Next"). Scrapers and e-mail leave hard-wrapped lines and words hyphenated
across line breaks. Every rule here repairs only what it is sure of and flags the rest:

- a full stop before a lowercase word is removed unless the word before it is an abbreviation
  (U.S., a.m., e.g., No. 10, Dr.), an initial, a number, a URL or domain, or an ellipsis, and
  unless the next word is a brand written in camel case (iPhone, eBay, iOS);
- hard-wrapped lines are joined only inside a run of lines of similar width, wrapped greedily,
  with at least one break in mid-sentence; lists, headings, poems and addresses survive;
- a word hyphenated across a line break is joined, and the hyphen kept only when wordfreq knows
  the hyphenated compound better than the joined word ("well-known" stays, "inter-national" goes).
"""

from __future__ import annotations

from functools import lru_cache

import regex
from wordfreq import zipf_frequency

from ..document import Edit, Flag
from ..pipeline import Context, step
from ..segment import abbreviation_kind, looks_like_url_or_domain, split_paragraphs, token_before

MAX_FRAGMENT_WORDS = 12
"""A lowercase fragment after a full stop this short is joined whatever word starts it."""

_STOP_BEFORE_LOWERCASE = regex.compile(r"\.[ \t]+(?=\p{Ll})")
_NEXT_TOKEN = regex.compile(r"\S+")
_PLAIN_WORD = regex.compile(r"\p{Ll}[\p{Ll}\p{M}’'\-]*(?=[\s,;:.!?)\]”’\"]|$)")
_WORDS_BACK = regex.compile(r"[\p{L}\p{M}’'\-]+")
_FRAGMENT_END = regex.compile(r"[.!?](?=[\s\"”’)\]]|$)|[\n\r]")
_SPACED_STOPS = regex.compile(r"(?<!\.[ \t]*)\.([ \t]+\.)(?![ \t]*\.)")
_COMMA_STOP = regex.compile(r",[ \t]*\.(?!\.)")
_DOUBLE_COMMA = regex.compile(r"(?<!,),,(?=[ \t])")
_TWO_STOPS = regex.compile(r"(?<=[\p{L}\p{N}])\.\.(?![.\w/\\])")
_SPACE_BEFORE = regex.compile(r"(?<=[\p{L}\p{N}])[ \t]+[.,](?=[ \t\n\r]|$)(?![ \t]+\.)")
_MISSING_SPACE = regex.compile(r"(?<=\p{Ll}\p{Ll})\.(?=\p{Lu}\p{Ll}+\b)")
_TOKEN_CHARACTERS = regex.compile(r"[^\s\"“”‘«»(\[]+")
_CODE_OR_ADDRESS = regex.compile(r"[/@:_=#\\<>(){}\[\]|~$*^+]|www|\d|\.\p{L}+\.")
_HYPHEN_BREAK = regex.compile(r"(?<=\p{L}\p{L})-[ \t]*(?:\r\n|[\n\r])[ \t]*(?=\p{Ll})")
_WRAP_EVIDENCE = regex.compile(r"[\p{L}\p{N},;][ \t]*(?:\r\n|[\n\r])[ \t]*\p{Ll}")
_LIST_MARKER = regex.compile(r"[ \t]*(?:[-*•·–—>#|]|\d+[.)]|[a-z][.)][ \t]|[ivx]+[.)][ \t])")
_LINE = regex.compile(r"[^\n\r]*")
_SENTENCE_SUBJECTS = frozenset(
    "the a an he she it they we i you this that these those there his her their its our my".split()
)


def _abbreviation_or_special(text: str, stop: int) -> bool:
    """True when the full stop at ``text[stop]`` belongs to an abbreviation, number, URL or ellipsis."""
    if stop == 0 or text[stop - 1] in ".…,;:":
        return True  # an ellipsis; ",." is stray punctuation, repaired by its own rule
    token = token_before(text, stop)
    core = token.rstrip("”’\"')]}»")
    core = core.lstrip("(“‘\"'«[{")
    if not core or not any(character.isalpha() for character in core):
        return True  # "10.", "$5.": a number, a list item
    if len(core) == 1 or "." in core or "/" in core or "@" in core:
        return True  # a. b.; e.g; example.com
    if core != token.lstrip("(“‘\"'«[{"):
        return False  # a closing quote or bracket ends the token: the stop is not an abbreviation's
    return abbreviation_kind(core, text[stop + 1:stop + 7]) is not None or looks_like_url_or_domain(core)


def _fragment_words(text: str, start: int) -> int:
    end_match = _FRAGMENT_END.search(text, start, min(len(text), start + 400))
    end = end_match.start() if end_match else min(len(text), start + 400)
    return len(_WORDS_BACK.findall(text, start, end))


def _repeat_across(text: str, stop: int, next_start: int) -> int:
    """Length of the text after the stop that repeats the words before it ("to. to"), or 0."""
    before = _WORDS_BACK.findall(text, max(0, stop - 60), stop)
    if len(before) < 2:
        return 0
    for size in (3, 2, 1):
        if len(before) <= size:
            continue  # the repeat must not be the whole sentence before the stop
        after_matches = list(_WORDS_BACK.finditer(text, next_start, min(len(text), next_start + 60)))[:size]
        if len(after_matches) < size:
            continue
        if after_matches[0].start() != next_start:
            continue
        gaps_ok = all(text[a.end():b.start()] == " " for a, b in zip(after_matches, after_matches[1:]))
        if not gaps_ok:
            continue
        left = [word.lower() for word in before[-size:]]
        right = [m.group() for m in after_matches]
        if left == [word.lower() for word in right] and right[0][:1].islower():
            end = after_matches[-1].end()
            if end < len(text) and (text[end].isalnum()):
                continue
            return end - stop
    return 0


def _spurious_stops(text: str) -> list[tuple[int, Edit | Flag]]:
    found: list[tuple[int, Edit | Flag]] = []
    for match in _STOP_BEFORE_LOWERCASE.finditer(text):
        stop = match.start()
        next_start = match.end()
        if _abbreviation_or_special(text, stop):
            continue
        token = _NEXT_TOKEN.match(text, next_start)
        next_token = token.group() if token else ""
        word = _PLAIN_WORD.match(text, next_start)
        if word is None or any(character.isupper() for character in next_token.rstrip(".,;:!?")) \
                or looks_like_url_or_domain(next_token.rstrip(".,;:!?)")) or "." in next_token.rstrip(".,;:!?)"):
            continue  # iPhone, eBay, a handle or a domain: not a broken sentence
        repeated = _repeat_across(text, stop, next_start)
        if repeated:
            found.append((0, Edit(stop, stop + repeated, "",
                                  reason=f"word repeated across a spurious full stop "
                                         f"(“{text[max(0, stop - 12):stop + repeated].strip()}”): the stop "
                                         f"and the repeated word removed",
                                  category="word_repeated_across_stop")))
            continue
        first = word.group().lower()
        if _fragment_words(text, next_start) > MAX_FRAGMENT_WORDS and first in _SENTENCE_SUBJECTS:
            found.append((5, Flag(stop, next_start + len(word.group()), "spurious_full_stop",
                                  "full stop before a lowercase word: a broken sentence or a lost capital",
                                  0.5)))
            continue
        found.append((1, Edit(stop, stop + 1, "",
                              reason="spurious full stop before a lowercase continuation: the sentence "
                                     "is joined again",
                              category="spurious_full_stop")))
    return found


def _stray_punctuation(text: str) -> list[tuple[int, Edit | Flag]]:
    found: list[tuple[int, Edit | Flag]] = []
    for match in _SPACED_STOPS.finditer(text):
        found.append((2, Edit(match.start(1), match.end(1), "",
                              reason="doubled full stop (“. .”): one removed", category="doubled_punctuation")))
    for match in _COMMA_STOP.finditer(text):
        following = regex.match(r"[ \t]*(\S)", text[match.end():match.end() + 8])
        if following is not None and following.group(1).islower():
            found.append((2, Edit(match.start() + 1, match.end(), "",
                                  reason="comma and full stop together (“,.”) before a lowercase word: the "
                                         "comma kept", category="doubled_punctuation")))
        else:
            found.append((2, Edit(match.start(), match.end() - 1, "",
                                  reason="comma and full stop together (“,.”): the full stop kept",
                                  category="doubled_punctuation")))
    for match in _DOUBLE_COMMA.finditer(text):
        found.append((2, Edit(match.start() + 1, match.end(), "",
                              reason="doubled comma (“,,”): one removed", category="doubled_punctuation")))
    for match in _TWO_STOPS.finditer(text):
        found.append((6, Flag(match.start(), match.end(), "stray_punctuation",
                              "two full stops: a doubled stop or a shortened ellipsis", 0.4)))
    for match in _SPACE_BEFORE.finditer(text):
        mark = text[match.end() - 1]
        name = "full stop" if mark == "." else "comma"
        found.append((3, Edit(match.start(), match.end() - 1, "",
                              reason=f"space before a {name} removed", category="space_before_punctuation")))
    return found


@lru_cache(maxsize=4096)
def _known_word(word: str, language: str) -> bool:
    return zipf_frequency(word, language) >= 3.0


def _missing_spaces(text: str, language: str) -> list[tuple[int, Edit | Flag]]:
    found: list[tuple[int, Edit | Flag]] = []
    for match in _MISSING_SPACE.finditer(text):
        stop = match.start()
        left_token = _TOKEN_CHARACTERS.search(text, max(0, stop - 60), stop)
        start = stop
        while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "\"“”‘«»([":
            start -= 1
        end = stop + 1
        while end < len(text) and not text[end].isspace():
            end += 1
        token = text[start:end].rstrip(".,;:!?\"”’)]")
        if left_token is None or _CODE_OR_ADDRESS.search(token) or token.count(".") != 1 \
                or looks_like_url_or_domain(token):
            continue
        left, right = token.split(".")
        if not left.isalpha() or not right.isalpha() or abbreviation_kind(left) is not None:
            continue
        lang = language if language in ("en", "de", "fr", "es", "pt", "it", "nl") else "en"
        if not (_known_word(left.lower(), lang) and _known_word(right.lower(), lang)):
            continue  # fmt.Println, os.Path: code and names, not two sentences
        found.append((4, Edit(stop + 1, stop + 1, " ",
                              reason="missing space after a full stop (“" + text[max(start, stop - 10):stop + 6]
                                     + "”) added", category="missing_space_after_stop")))
    return found


def _hyphenations(text: str, language: str) -> list[tuple[int, Edit | Flag]]:
    found: list[tuple[int, Edit | Flag]] = []
    lang = language if language in ("en", "de", "fr", "es", "pt", "it", "nl") else "en"
    for match in _HYPHEN_BREAK.finditer(text):
        left_start = match.start()
        while left_start > 0 and text[left_start - 1].isalpha():
            left_start -= 1
        right_end = match.end()
        while right_end < len(text) and text[right_end].isalpha():
            right_end += 1
        left, right = text[left_start:match.start()], text[match.end():right_end]
        in_compound = left_start > 0 and text[left_start - 1] == "-"  # state-of-the-\nart
        joined_score = zipf_frequency((left + right).lower(), lang)
        hyphenated_score = zipf_frequency(f"{left}-{right}".lower(), lang)
        if not in_compound and joined_score > hyphenated_score and joined_score > 0:
            found.append((1, Edit(match.start(), match.end(), "",
                                  reason=f"word hyphenated across a line break joined again (“{left}-{right}” "
                                         f"-> “{left}{right}”)", category="line_break_hyphenation")))
        else:
            found.append((1, Edit(match.start() + 1, match.end(), "",
                                  reason=f"hyphenated compound broken across a line break joined again "
                                         f"(“{left}-{right}”)", category="line_break_hyphenation")))
    return found


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(content_start, content_end)`` of every line of ``text[start:end]``, trailing spaces excluded."""
    spans = []
    position = start
    while position <= end:
        match = _LINE.match(text, position, end)
        line_end = match.end()
        content_end = line_end
        while content_end > position and text[content_end - 1] in " \t":
            content_end -= 1
        spans.append((position, content_end))
        if line_end >= end:
            break
        position = line_end + (2 if text.startswith("\r\n", line_end) else 1)
    return spans


def _wrapped_run(text: str, lines: list[tuple[int, int]], index: int) -> tuple[int, int] | None:
    """The run of lines around the break after ``lines[index]`` if it was hard-wrapped, else None."""

    def fits(i: int) -> bool:
        start, end = lines[i]
        return 30 <= end - start <= 100 and _LIST_MARKER.match(text, start, end) is None

    if not fits(index):
        return None
    first = index
    while first > 0 and fits(first - 1):
        first -= 1
    last = index + 1
    while last + 1 < len(lines) and fits(last):
        last += 1
    if last >= len(lines) or _LIST_MARKER.match(text, lines[last][0], lines[last][1]):
        return None
    # the run's last line may be any length, the others must be of similar width
    widths = [end - start for start, end in lines[first:last]]
    widest = max(widths)
    if min(widths) < widest - max(20, 0.3 * widest) or lines[last][1] - lines[last][0] > widest + 3:
        return None
    for i in range(first, last):
        next_start, next_end = lines[i + 1]
        word = regex.match(r"\S+", text[next_start:next_end])
        if text[lines[i][1] - 1] == "-":
            continue
        if word is not None and widths[i - first] + 1 + len(word.group()) < widest - 3:
            return None  # the next word would have fitted: not a greedy wrap
    return first, last


def _hard_wraps(text: str) -> list[tuple[int, Edit | Flag]]:
    found: list[tuple[int, Edit | Flag]] = []
    if _WRAP_EVIDENCE.search(text) is None:
        return found
    for paragraph in split_paragraphs(text):
        if _WRAP_EVIDENCE.search(text, paragraph.start, paragraph.end) is None:
            continue
        lines = _line_spans(text, paragraph.start, paragraph.end)
        joined_until = -1
        for index in range(len(lines) - 1):
            if index < joined_until:
                continue
            end = lines[index][1]
            next_start = lines[index + 1][0]
            while next_start < lines[index + 1][1] and text[next_start] in " \t":
                next_start += 1
            if end == lines[index][0] or not _WRAP_EVIDENCE.match(text, end - 1, next_start + 1):
                continue
            run = _wrapped_run(text, lines, index)
            if run is None:
                continue
            first, last = run
            for i in range(first, last):
                line_end = lines[i][1]
                following = lines[i + 1][0]
                while following < lines[i + 1][1] and text[following] in " \t":
                    following += 1
                if text[line_end - 1] == "-" and text[following:following + 1].islower():
                    continue  # a hyphenated word: the hyphenation rule joins it
                found.append((1, Edit(line_end, following, " ",
                                      reason="line break inside a hard-wrapped paragraph replaced by a space",
                                      category="hard_wrap")))
            joined_until = last
    return found


def _keep_non_overlapping(proposals: list[tuple[int, Edit | Flag]]) -> list[Edit | Flag]:
    """Edits that do not overlap (the higher priority, lower number, wins), and every flag."""
    edits = sorted(((p, e) for p, e in proposals if isinstance(e, Edit)), key=lambda item: (item[1].start, item[1].end, item[0]))
    kept: list[tuple[int, Edit]] = []
    for priority, edit in edits:
        if kept:
            last_priority, last = kept[-1]
            collides = edit.start < last.end or (edit.start == last.start and (
                edit.start == edit.end or last.start == last.end)) or (
                last.start == last.end and edit.start < last.start < edit.end)
            if collides:
                if priority < last_priority:
                    kept[-1] = (priority, edit)
                continue
        kept.append((priority, edit))
    flags = [proposal for _, proposal in proposals if isinstance(proposal, Flag)]
    return [edit for _, edit in kept] + flags


@step("sentences")
def repair_sentences(text: str, context: Context) -> list[Edit | Flag]:
    """Join sentences broken by a spurious full stop, remove stray punctuation, join broken lines."""
    language = context.language or "und"
    proposals: list[tuple[int, Edit | Flag]] = []
    if ". " in text or ".\t" in text:
        proposals.extend(_spurious_stops(text))
    if "." in text or ",," in text:
        proposals.extend(_stray_punctuation(text))
        proposals.extend(_missing_spaces(text, language))
    elif " ," in text:
        proposals.extend(_stray_punctuation(text))
    if "\n" in text or "\r" in text:
        if "-\n" in text or "-\r" in text or regex.search(r"-[ \t]+[\n\r]", text):
            proposals.extend(_hyphenations(text, language))
        proposals.extend(_hard_wraps(text))
    return _keep_non_overlapping(proposals)
