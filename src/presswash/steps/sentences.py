"""Sentence repairs: spurious full stops, words doubled across them, stray punctuation, broken lines.

Machine translation and spinners break sentences with a full stop in mid-clause ("the council
approved the plan. despite strong local opposition."), sometimes repeating the word on both sides
("drivers were asked to. to leave"); they double punctuation (". .", ",.") and misplace spaces
("the end .", "end.Next"). Scrapers and e-mail leave hard-wrapped lines and words hyphenated
across line breaks. Every rule here repairs only what it is sure of and flags the rest:

- a full stop before a lowercase word is removed unless the word before it is an abbreviation
  (U.S., a.m., e.g., No. 10, Dr.), an initial, a number or unit ("1 tsp."), an acronym, a URL or
  domain, or an ellipsis; unless the next word is a brand written in camel case (iPhone, eBay,
  iOS) or a word wordfreq does not know (a command, a handle); and unless the stop is one of a
  run of one-word sentences written on purpose ("we’re. on. it."). A long lowercase sentence
  that starts like a sentence ("the council said ...") is flagged: its capital may just be lost;
- a space before a full stop or comma is removed, but left alone when a text does it twice or
  more (a writer's habit, or French typography, not an accident);
- a missing space after a full stop ("end.Next") is added only between two words, never in a
  domain, an abbreviation (U.S.Army), a file name or a line of code;
- hard-wrapped lines are joined only inside a run of three or more lines of similar width,
  wrapped greedily, with a break in mid-sentence; lists, headings, verse, addresses and code
  keep their lines;
- a word hyphenated across a line break is joined, and the hyphen kept when the article itself
  writes the word hyphenated, or when wordfreq makes the compound the likelier reading
  ("well-known" stays, "inter-national" goes).
"""

from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache

import regex
from wordfreq import zipf_frequency

from ..document import Draft, Edit, Flag, apply_edits, position_in_original
from ..pipeline import Context, step
from ..rules import load_entries
from ..segment import CODE_LINE, CODE_SPAN, CodeLines, abbreviation_kind, fence_pairs, looks_like_url_or_domain

SPACING_HABIT = 2
"""A space before a full stop or comma this many times in one text is a habit: left alone, not repaired."""

LOWERCASE_HABIT_MIN = 3
LOWERCASE_HABIT_SHARE = 0.3
_LOWERCASE_PRONOUN = regex.compile(r"(?<![\p{L}\p{N}_.'’-])i['’](?:m|ve|ll|d)\b|(?<=\p{Ll}[ \t]+)i(?=[ \t]+\p{Ll}{2,})")
"""When at least this many sentences, and this share of all, start in lowercase after a full stop,
the text is written in lowercase on purpose (a review, a chat): its full stops are left alone."""

SUBJECT_CLAUSE_WORDS = 6
"""After a full stop and a subject word ("the", "you"), more words than this before the next
sentence end make a clause of its own: the stop is flagged, not joined."""

CLAUSE_WORDS = 14
"""After a full stop and any other lowercase word, more words than this before the next sentence
end are a sentence that lost its capital more often than a tail cut off its sentence: flagged."""

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LOWERCASE_NEXT = regex.compile(r"[ \t]+\p{Ll}")
_CALLED_MEMBER = regex.compile(r"\.(\p{L}+)(?:[(<]|\.\p{L})")
_STACCATO = regex.compile(r"(?<![\p{L}’'])(?:[\p{L}’']+[ \t]*\.(?:[ \t]+|$)){3,}")
_ONE_WORD_PIECE_BEFORE = regex.compile(r"(?:^|[.!?][ \t]+|\n)[\p{L}’']+[ \t]*$")
_ONE_WORD_PIECE_AFTER = regex.compile(r"[ \t]+[\p{L}’']+[ \t]*\.")
# "from (", "push.apply": a call or a member; not "end.Next", a glued sentence, nor "end. next", a stop
_CODE_CALL_AFTER = regex.compile(r"\w+[ \t]*(?:\(|\.(?=\w)(?!\p{Lu}\p{Ll}))")
_GLUED_SENTENCES = regex.compile(r"(\p{L}*\p{Ll}\p{Ll})\.(\p{Lu}\p{Ll}+(?:['’]\p{L}{1,2})?)")
_TOKEN_OPENERS = frozenset("([{\"“‘'«")
_LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl")
_GENERIC_DOMAINS = frozenset("com org net edu gov io co info biz app dev ai".split())
_NUMBER_BEFORE = regex.compile(r"\d[\d,.]*[ \t]*$")
_SINGLE_LETTER_ABBREVIATION = regex.compile(r"\p{L}\.")
_STOP_BEFORE_LOWERCASE = regex.compile(r"\.[ \t]+(?=\p{Ll})")
_STOP_BEFORE_CAPITAL = regex.compile(r"[.!?][ \t]*\p{Lu}")  # "end.Next" counts: its space gets added
_LABEL = regex.compile(r"\p{Ll}+:[ \t]+\S")  # "right: hiking down", "ps: what do you think"
_FIRST_PERSON = frozenset("i i’m i'm i’ve i've i’ll i'll i’d i'd".split())
_NEXT_TOKEN = regex.compile(r"\S+")
_PLAIN_WORD = regex.compile(r"\p{Ll}[\p{Ll}\p{M}’'\-]*(?=[\s,;:.!?)\]”’\"]|$)")
_WORDS_BACK = regex.compile(r"[\p{L}\p{M}’'\-]+")
# a sentence end that stays one: a stop before a lowercase word may be spurious and is not counted,
# so that joining one broken sentence never changes how the next one is judged
_FRAGMENT_END = regex.compile(r"[.!?][\"”’)\]]*(?:[ \t]+(?!\p{Ll})|(?=[\n\r])|$)|[\n\r]")
_COMMA_RUN = regex.compile(r",(?:[ \t]*[,.])+")
_TWO_STOPS = regex.compile(r"\.\.(?<=[\p{L}\p{N}]\.\.)(?![.\w/\\])")
_SPACED_ELLIPSIS = regex.compile(r"[ \t]+\.")
_BRACKET_REACH = 200  # characters read on either side of a glued stop for the brackets around it
# Programs whose names are no English words ("cargo", "brew", "yarn", "helm" and "curl" are, so they
# count only at a line's start, where a sentence would have its capital)
_COMMANDS = (r"(?:git|npm|npx|pnpm|pip3|pipx|conda|docker|kubectl|terraform|sudo|wget|apt-get|rustup|javac|mvn|"
             r"gradle|gcloud|chmod|chown|mkdir|systemctl|journalctl)")
# A shell command ("git add .", "$ docker build .") or an indented line that starts in lowercase (a
# setting in a configuration file: "  forward . 10.0.1.128"): a dot there is an argument.
_COMMAND_LINE = regex.compile(rf"^[ \t]*(?:\$[ \t]+)?(?:{_COMMANDS}|yarn|pip|helm|curl|brew|apt|dnf|yum|cargo|cd|ls)"
                              r"[ \t]|^[ \t]+[\p{Ll}_]", regex.MULTILINE)
# a command after a full stop: "… handles the rest. git push heroku main" is no sentence going on
_COMMAND_AFTER = regex.compile(rf"{_COMMANDS}[ \t]+[\p{{Ll}}\-]")
_NEXT_VISIBLE = regex.compile(r"[ \t]*(\S)")
_MISSING_SPACE = regex.compile(r"(?<=\p{Ll}\p{Ll})\.(?=\p{Lu}\p{Ll}+\b)")
_TOKEN_CHARACTERS = regex.compile(r"[^\s\"“”‘«»(\[]+")
_CODE_OR_ADDRESS = regex.compile(r"[/@:_=#\\<>(){}\[\]|~$*^+]|www|\d|\.\p{L}+\.")
_HYPHEN_BREAK = regex.compile(r"-[ \t]*(?:\r\n|[\n\r])[ \t]*(?=\p{Ll})(?<=\p{L}\p{L}-[ \t]*(?:\r\n|[\n\r])[ \t]*)")
_HYPHEN_BREAK_AT = regex.compile(r"(?<=\p{L}\p{L}-[ \t]*)(?:\r\n|[\n\r])(?=[ \t]*\p{Ll})")
_HYPHEN_SPACE_BREAK = regex.compile(r"-[ \t]*[\n\r]")
_HYPHEN_SPACE_BREAK_BEFORE = regex.compile(r"-[ \t]*\r?[\n\r]$")
_WRAP_EVIDENCE = regex.compile(r"\n[ \t]*(?=\p{Ll})")
_LINE_BREAKS = regex.compile(r"\r\n|[\n\r]")
_LIST_MARKER = regex.compile(r"[ \t]*(?:[-*•·–—>#|]|\d+[.)][ \t]|[a-z][.)][ \t]|[ivx]+[.)][ \t])")
_FIRST_WORD = regex.compile(r"[ \t]*\S+")
_DASH_CONTINUATION = regex.compile(r"[ \t]*[—–][ \t]+\p{Ll}")
_APOSTROPHE_SUFFIX = regex.compile(r"['’]\p{L}{1,2}$")
# words that, glued after a capitalised word and a full stop ("Carolina.It"), show two sentences
_SENTENCE_STARTS = frozenset(load_entries("sentences/missing_space_starts.txt"))
# words that open a sentence far more often than they go on one: a stop before them is flagged, not joined
_CLAUSE_OPENERS = frozenset(load_entries("sentences/sentence_subjects.txt", "clause_openers"))
# words that open a clause as often as not: a stop before them and a clause is flagged, not joined
_SENTENCE_SUBJECTS = frozenset(load_entries("sentences/sentence_subjects.txt", "subjects"))


def _token_before(text: str, position: int) -> str:
    """The run of characters before ``position`` back to a space or an opening mark (at most 80).

    The same as ``segment.token_before``, by a backward walk: a regex anchored at the end of a window
    rescans the window from every start, which shows on inputs with thousands of full stops.
    """
    start = position
    limit = max(0, position - 80)
    while start > limit and not text[start - 1].isspace() and text[start - 1] not in _TOKEN_OPENERS:
        start -= 1
        if start > limit + 2 and text[start - 1] == "\n" and text[start - 2] == "-" and text[start - 3].isalpha():
            start -= 2  # "inter-\nnational": the hyphenation rule joins the word
    return text[start:position].replace("-\n", "-")


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    return frozenset(load_entries("sentences/full_stops.txt", "units"))


@lru_cache(maxsize=1)
def _extra_abbreviations() -> frozenset[str]:
    return frozenset(load_entries("sentences/full_stops.txt", "abbreviations"))


@lru_cache(maxsize=1)
def _never_final() -> frozenset[str]:
    return frozenset(load_entries("sentences/full_stops.txt", "never_final"))


@lru_cache(maxsize=16)
def _own_abbreviations(language: str) -> frozenset[str]:
    entries = load_entries(f"abbreviations/{language}.txt") if language in _LANGUAGES else ()
    return frozenset(entries) | frozenset(load_entries("abbreviations/en.txt"))


@lru_cache(maxsize=4096)
def _common_word(word: str, language: str) -> bool:
    return zipf_frequency(word, language if language in _LANGUAGES else "en") >= 4.0


def _abbreviation_or_special(text: str, stop: int, language: str) -> bool:
    """True when the full stop at ``text[stop]`` belongs to an abbreviation, number, unit, URL or ellipsis."""
    if stop == 0 or text[stop - 1] in ".…,;:":
        return True  # an ellipsis; ",." is stray punctuation, repaired by its own rule
    token = _token_before(text, stop)
    core = token.rstrip("”’\"')]}»")
    core = core.lstrip("(“‘\"'«[{")
    if not core or not any(character.isalpha() for character in core):
        return True  # "10.", "$5.": a number, a list item
    glued = _GLUED_SENTENCES.fullmatch(core)
    if glued is not None:
        core = glued.group(2)  # "end.Next": judged as the missing-space rule will leave it
    if len(core) == 1 or "." in core or "/" in core or "@" in core:
        return True  # a. b.; e.g; example.com
    if core.isupper():
        return True  # ID. models, the EU. (an acronym or a model name: too often not a sentence end)
    if core != token.lstrip("(“‘\"'«[{"):
        return False  # a closing quote or bracket ends the token: the stop is not an abbreviation's
    lowered = core.lower()
    if core[0].isdigit() or (lowered in _units() and _NUMBER_BEFORE.search(text, max(0, stop - len(token) - 12),
                                                                          stop - len(token))):
        return True  # 4ft., 1 tsp.: a unit after a number
    return _listed_abbreviation(core, text[stop + 1:stop + 7], language) or looks_like_url_or_domain(core)


def _listed_abbreviation(core: str, following: str, language: str) -> bool:
    """``abbreviation_kind`` for the article's language.

    The shared lists cover several languages: "me" (French Maître) or "on" (Italian onorevole) are
    ordinary words in an English article, and "avg." is an abbreviation the lists lack.
    """
    lowered = core.lower()
    if lowered in _extra_abbreviations():
        return True
    if abbreviation_kind(core, following) is None:
        return False
    return not (core.islower() and lowered not in _own_abbreviations(language) and _common_word(lowered, language))


def is_abbreviation(text: str, stop: int, language: str = "en") -> bool:
    """True when the full stop at ``text[stop]`` ends an abbreviation (U.S., Dr., a.m., avg.) or an initial."""
    token = _token_before(text, stop).lstrip("(“‘\"'«[{")
    if not token:
        return False
    if len(token) == 1 and token.isalpha() or "." in token:
        return True
    return _listed_abbreviation(token, text[stop + 1:stop + 7], language)


def _fragment_words(text: str, start: int) -> int:
    end_match = _FRAGMENT_END.search(text, start, min(len(text), start + 400))
    end = end_match.start() if end_match else min(len(text), start + 400)
    return len(_WORDS_BACK.findall(text, start, end))


def repeat_across(text: str, stop: int, next_start: int) -> int:
    """Length of the text after the stop that repeats the words before it ("to. to"), or 0."""
    before = _WORDS_BACK.findall(text, max(0, stop - 60), stop)
    if len(before) < 2:
        return 0
    after_matches = []
    for match in _WORDS_BACK.finditer(text, next_start, min(len(text), next_start + 60)):
        after_matches.append(match)
        if len(after_matches) == 3:
            break
    if not after_matches or after_matches[0].start() != next_start:
        return 0
    for size in (3, 2, 1):
        if len(before) <= size or len(after_matches) < size:
            continue  # the repeat must not be the whole sentence before the stop
        chosen = after_matches[:size]
        if any(text[a.end():b.start()] != " " for a, b in zip(chosen, chosen[1:])):
            continue
        right = [m.group() for m in chosen]
        if [word.lower() for word in before[-size:]] == [word.lower() for word in right] and right[0][:1].islower():
            end = chosen[-1].end()
            if end < len(text) and text[end].isalnum():
                continue
            return end - stop
    return 0


def _sentence_before(text: str, stop: int) -> list[str]:
    """The words between the previous sentence end (or line start) and the stop at ``text[stop]``.

    Stops before a lowercase word are not sentence ends here (they may be the spurious ones).
    """
    window_start = max(0, stop - 200)
    cut = window_start
    for boundary in _FRAGMENT_END.finditer(text, window_start, stop):
        cut = boundary.end()
    return _WORDS_BACK.findall(text, cut, stop)


def _plausible_word(word: str, language: str) -> bool:
    """A word wordfreq knows in the article's language (or English): not a command, handle or name."""
    core = word.strip("’'-").lower()
    if _CYRILLIC.search(core):
        return _common_enough(core, "ru")
    return _common_enough(core, language if language in _LANGUAGES else "en") or _common_enough(core, "en")


@lru_cache(maxsize=8192)
def _common_enough(word: str, language: str) -> bool:
    return zipf_frequency(word, language) >= 2.5


def _in_staccato(text: str, stop: int) -> bool:
    """True when the stop at ``text[stop]`` is inside a run of three or more one-word sentences."""
    if _ONE_WORD_PIECE_BEFORE.search(text, max(0, stop - 40), stop) is None \
            and _ONE_WORD_PIECE_AFTER.match(text, stop + 1) is None:
        return False  # neither neighbour is a one-word sentence: no run can hold this stop
    for match in _STACCATO.finditer(text, max(0, stop - 80), min(len(text), stop + 80)):
        if match.start() <= stop < match.end():
            return True
    return False


def _end_of_word_before(text: str, stop: int) -> int:
    """Where the word before a full stop ends, skipping the spaces of "the plan . despite"."""
    word_end = stop
    while word_end > 0 and text[word_end - 1] in " \t":
        word_end -= 1
    return word_end


def _spurious_stops(text: str, language: str) -> list[tuple[int, Edit | Flag]]:
    """Stops before a lowercase word: a word repeated across one is removed with it ("to. to"),
    and the other stops are judged on the text those repairs leave, as a second cleaning sees it."""
    found = _judge_stops(text, language)
    repeats = [edit for _, edit in found if isinstance(edit, Edit) and edit.category == "word_repeated_across_stop"]
    if not repeats:
        return found
    repaired = apply_edits(text, repeats)
    if _written_in_lowercase(repaired, language):
        return []
    to_original = position_in_original(repeats)
    found = [(0, edit) for edit in repeats]
    for priority, proposal in _judge_stops(repaired, language, check_habit=False):
        start, end = to_original(proposal.start), to_original(proposal.end, True)
        if any(start < edit.end and edit.start < end for edit in repeats):
            continue  # (a stop the repairs made: too tangled to place in the original, left alone)
        if isinstance(proposal, Edit):
            found.append((priority, Edit(start, end, proposal.replacement, proposal.step, proposal.reason,
                                         proposal.category)))
        else:
            found.append((priority, Flag(start, end, proposal.kind, proposal.message, proposal.confidence)))
    return found


def _written_in_lowercase(text: str, language: str) -> bool:
    """"so thankful we went. he is great.": a writer's lowercase habit, not broken sentences."""
    candidates = list(_STOP_BEFORE_LOWERCASE.finditer(text))
    if not candidates:
        return False
    # "i'm", "i've": whoever writes the pronoun in lowercase starts sentences in lowercase too
    pronouns = 0
    if len(candidates) < LOWERCASE_HABIT_MIN and language in ("en", "und"):
        pronouns = min(len(_LOWERCASE_PRONOUN.findall(text)), LOWERCASE_HABIT_MIN)
    if len(candidates) + pronouns < LOWERCASE_HABIT_MIN:
        return False
    # abbreviations before lowercase ("9 a.m. on", "the U.S. firm") say nothing about a habit
    plain = sum(1 for match in candidates
                if not _abbreviation_or_special(text, _end_of_word_before(text, match.start()), language))
    capitals = len(_STOP_BEFORE_CAPITAL.findall(text))
    if plain:
        plain += pronouns
    return plain >= LOWERCASE_HABIT_MIN and plain >= LOWERCASE_HABIT_SHARE * (plain + capitals)


def _paragraph_in_lowercase(text: str, stop: int, language: str, paragraph: list[int | bool]) -> bool:
    """``_written_in_lowercase`` for the paragraph (the line) that holds the stop at ``text[stop]``:
    a page of reader reviews may hold one whose writer starts every sentence in lowercase.
    ``paragraph`` holds the last paragraph read, ``[end, verdict]``: stops come in order, so each
    paragraph is read once."""
    if stop >= int(paragraph[0]):
        end = text.find("\n", stop)
        end = len(text) if end < 0 else end
        paragraph[:] = [end, _written_in_lowercase(text[text.rfind("\n", 0, stop) + 1:end], language)]
    return bool(paragraph[1])


def _judge_stops(text: str, language: str, check_habit: bool = True) -> list[tuple[int, Edit | Flag]]:
    found: list[tuple[int, Edit | Flag]] = []
    if check_habit and _written_in_lowercase(text, language):
        return found
    paragraph: list[int | bool] = [-1, False]  # the paragraph of the last stop read: its end and its habit
    for match in _STOP_BEFORE_LOWERCASE.finditer(text):
        stop = match.start()
        next_start = match.end()
        word_end = _end_of_word_before(text, stop)  # "the plan . despite": that space has its own rule
        if word_end == 0 or (word_end < stop and not text[word_end - 1].isalnum()):
            continue
        if word_end < stop and _CODE_CALL_AFTER.match(text, next_start):
            continue  # "Buffer . from (": code written with spaces, not a sentence
        if _abbreviation_or_special(text, word_end, language):
            continue
        token = _NEXT_TOKEN.match(text, next_start)
        next_token = token.group() if token else ""
        if _LABEL.match(text, next_start) or _COMMAND_AFTER.match(text, next_start):
            continue  # "Trail. right: hiking", "ps: what", "the rest. git push": a label or a command opens a part
        if _paragraph_in_lowercase(text, stop, language, paragraph):
            continue  # one review on a page of others: its writer does not capitalise
        glued = _GLUED_SENTENCES.fullmatch(next_token.rstrip(".,;:!?)\"”’"))
        if glued is not None:
            next_token = glued.group(1)  # "despite.Next": the missing-space rule splits it
        word = _PLAIN_WORD.match(text, next_start)
        if word is None or any(character.isupper() for character in next_token.rstrip(".,;:!?")) \
                or looks_like_url_or_domain(next_token.rstrip(".,;:!?)")) or "." in next_token.rstrip(".,;:!?)") \
                or _SINGLE_LETTER_ABBREVIATION.match(next_token):
            continue  # iPhone, eBay, a handle or a domain: not a broken sentence
        if _in_staccato(text, stop):
            continue  # "we’re. on. it.": staccato written on purpose, not a broken sentence
        repeated = repeat_across(text, stop, next_start)
        if repeated:
            found.append((0, Edit(word_end, stop + repeated, "",
                                  reason=f"word repeated across a spurious full stop "
                                         f"(“{text[max(0, stop - 12):stop + repeated].strip()}”): the stop "
                                         f"and the repeated word removed",
                                  category="word_repeated_across_stop")))
            continue
        first = word.group().lower()
        if first in _FIRST_PERSON:
            continue  # "i have", "i’m": a writer who does not capitalise, not a broken sentence
        before = _sentence_before(text, stop)
        cannot_end = len(before) <= 2 or before[-1].lower() in _never_final()
        if not cannot_end and not _plausible_word(word.group(), language):
            continue  # "it. hostname -I", "them. fft is": a command or a name, not a continuation
        if not cannot_end and (first in _CLAUSE_OPENERS or (
                first in _SENTENCE_SUBJECTS and _fragment_words(text, next_start) > SUBJECT_CLAUSE_WORDS) or
                _fragment_words(text, next_start) > CLAUSE_WORDS):
            found.append((5, Flag(stop, next_start + len(word.group()), "spurious_full_stop",
                                  "full stop before a lowercase word: a broken sentence or a lost capital",
                                  0.5)))
            continue
        found.append((1, Edit(word_end, stop + 1, "",
                              reason="spurious full stop before a lowercase continuation: the sentence "
                                     "is joined again",
                              category="spurious_full_stop")))
    return found


def _find_all(text: str, needle: str) -> list[int]:
    """Every offset of ``needle`` in ``text``: str.find is much faster than a regex scan for this."""
    positions = []
    index = text.find(needle)
    while index >= 0:
        positions.append(index)
        index = text.find(needle, index + 1)
    return positions


def _comma_run(text: str, run_start: int, run_end: int) -> Edit:
    """",.", ", .", ",," and longer runs: one mark, the comma before a lowercase word, else the full stop.

    Spaces before the run go too, and a full stop already before it ("end. ,.") is the one kept,
    so that the result holds nothing another rule would change on a second cleaning.
    """
    spaces_start = run_start
    while spaces_start > 0 and text[spaces_start - 1] in " \t":
        spaces_start -= 1
    before = text[spaces_start - 1] if spaces_start > 0 else ""
    start = spaces_start if before.isalnum() else run_start  # after a mark or a line start, spaces stay
    run = text[run_start:run_end]
    following = _NEXT_VISIBLE.match(text, run_end)
    if following is not None and following.group(1).islower():
        return Edit(start, run_end, ",", reason=f"stray punctuation (“{run}”) before a lowercase word: "
                                                f"one comma kept", category="doubled_punctuation")
    if before == ".":
        return Edit(spaces_start, run_end, "", reason=f"stray punctuation (“{run}”) after a full stop: removed",
                    category="doubled_punctuation")
    if "." not in run:
        return Edit(start, run_end, ",", reason=f"doubled comma (“{run}”): one kept", category="doubled_punctuation")
    return Edit(start, run_end, ".", reason=f"comma and full stop together (“{run}”): the full stop kept",
                category="doubled_punctuation")


def _stray_punctuation(text: str) -> list[tuple[int, Edit | Flag]]:
    """Doubled punctuation (". .", ",.", ",,") and a space before a full stop or comma.

    Multi-character ``str.find`` scans are the cost here, so each needle is scanned for once and
    its hits classified by what precedes them.
    """
    found: list[tuple[int, Edit | Flag]] = []
    spacing: list[Edit] = []
    commands = CodeLines(text, _COMMAND_LINE)
    spaced = _find_all(text, " .") + _find_all(text, " ,")
    if "\t" in text:
        spaced += _find_all(text, "\t.") + _find_all(text, "\t,")
    for position in sorted(spaced):
        mark_at = position + 1
        after = text[mark_at + 1:mark_at + 2]
        if after and not (after.isspace() or after in "\"”’)]"):
            continue  # " .NET", "1 ,000", ". . ." handled below
        start = position
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start == 0:
            continue
        before = text[start - 1]
        if text[mark_at] == ".":
            if _SPACED_ELLIPSIS.match(text, mark_at + 1):
                continue  # ". . ." a spaced ellipsis
            if before == ".":
                if start >= 2 and text[start - 2] in ". \t":
                    continue
                if _LOWERCASE_NEXT.match(text, mark_at + 1):
                    # "the plan. . despite": both stops are spurious, or the next pass would join
                    found.append((2, Edit(start - 1, mark_at + 1, "", reason="doubled full stop (“. .”) before a "
                                          "lowercase continuation: both removed", category="doubled_punctuation")))
                    continue
                found.append((2, Edit(start, mark_at + 1, "", reason="doubled full stop (“. .”): one removed",
                                      category="doubled_punctuation")))
                continue
            if before == ",":
                continue  # ", ." is a run of stray punctuation: repaired below
            word_after = _LOWERCASE_NEXT.match(text, mark_at + 1)
            if word_after and _CODE_CALL_AFTER.match(text, word_after.end() - 1):
                continue  # "Buffer . from (": code written with spaces, as the spurious-stop rule reads it
        if not before.isalnum():
            continue
        if position in commands:
            continue  # "git add .", "forward . 10.0.1.128": a command's or a setting's argument
        name = "full stop" if text[mark_at] == "." else "comma"
        spacing.append(Edit(start, mark_at, "", reason=f"space before a {name} removed",
                            category="space_before_punctuation"))
    if len(spacing) < SPACING_HABIT:
        found.extend((3, edit) for edit in spacing)
    # else: the writer's habit (or French typography carried over, which the mt step reports as a
    # calque): left alone, and not flagged here, so it is not counted twice as evidence
    for match in _COMMA_RUN.finditer(text):
        after = text[match.end():match.end() + 1]
        if ".." in match.group() or (after and not (after.isspace() or after in "\"”’)]")):
            continue  # "well,...", "1,.5": an ellipsis or a number, not stray punctuation
        found.append((2, _comma_run(text, match.start(), match.end())))
    if ".." in text:
        for match in _TWO_STOPS.finditer(text):
            found.append((6, Flag(match.start(), match.end(), "stray_punctuation",
                                  "two full stops: a doubled stop or a shortened ellipsis", 0.4)))
    return found


@lru_cache(maxsize=4096)
def _known_word(word: str, language: str) -> bool:
    return zipf_frequency(word, language) >= 3.0


def _called_members(text: str) -> frozenset[str]:
    """The names the text uses as code after a dot (``.Close()``, ``.Services.Add``, ``.Map<``).

    Prose that names a method of its own code ("a call to src.Close before the return") reads
    like a missing space, but a sentence start is never called or dereferenced. Read in one pass.
    """
    return frozenset(_CALLED_MEMBER.findall(text))


def _missing_spaces(text: str, language: str) -> list[tuple[int, Edit | Flag]]:
    found: list[tuple[int, Edit | Flag]] = []
    called: frozenset[str] | None = None  # read on the first candidate that needs it
    code_lines = CodeLines(text)  # (one scan of the lines, however many candidates: no quadratic time)
    for match in _MISSING_SPACE.finditer(text):
        stop = match.start()
        left_token = _TOKEN_CHARACTERS.search(text, max(0, stop - 60), stop)
        start = stop
        while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "\"“”‘«»([":
            start -= 1
        end = stop + 1
        while end < len(text) and not text[end].isspace():
            end += 1
        raw_token = text[start:end]
        token = raw_token.rstrip(".,;:!?\"”’")
        if left_token is None or _CODE_OR_ADDRESS.search(token) or token.count(".") != 1 \
                or (start > 0 and text[start - 1] in "([{"):
            continue
        left, right = token.split(".")
        right = _APOSTROPHE_SUFFIX.sub("", right)  # It’s, You’ve
        if right.lower() in left.lower():
            continue  # context.Context, pathlib.Path: a package and its type
        if start in code_lines:
            continue  # a line of code
        if right.lower() in _GENERIC_DOMAINS:
            continue  # example.Com
        if not (left.isalpha() and right.isalpha()) or left.lower() in _own_abbreviations(language):
            continue
        if not left.islower() and not (left[1:].islower() and len(left) >= 3 and right.lower() in _SENTENCE_STARTS):
            continue  # Fin.Link, ASP.Net: a name; "Carolina.It" is two sentences
        if abbreviation_kind(left) is not None and not _common_word(left, language):
            continue
        lang = language if language in _LANGUAGES else "en"  # the same test whatever the guess
        left_is_word = not left.islower() or len(left) >= 5 or zipf_frequency(left, lang) >= 2.0
        right_is_word = _known_word(right.lower(), lang) or (
            len(right) >= 3 and _known_word(left.lower(), lang)
            and _LOWERCASE_NEXT.match(text, stop + 1 + len(right)) is not None)
        if not (left_is_word and right_is_word):
            continue  # fmt.Println, node.Js: code and names, not two sentences
        if called is None:
            called = _called_members(text)
        if right in called:
            continue  # "the call to os.Create fails" where the code says os.Create(name)
        if _inside_brackets(text, start, end):
            continue  # "(beyond the file.Close example given earlier)": no sentence ends inside
        found.append((4, Edit(stop + 1, stop + 1, " ",
                              reason="missing space after a full stop (“" + text[max(start, stop - 10):stop + 6]
                                     + "”) added", category="missing_space_after_stop")))
    return found


def _inside_brackets(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` between a round bracket opened before it and closed after it, on its line?"""
    line_start = max(text.rfind("\n", max(0, start - _BRACKET_REACH), start) + 1, start - _BRACKET_REACH, 0)
    before = text[line_start:start]
    if before.count("(") <= before.count(")"):
        return False
    line_end = text.find("\n", end, end + _BRACKET_REACH)
    after = text[end:line_end if line_end >= 0 else end + _BRACKET_REACH]
    closing = after.find(")")
    return closing >= 0 and "(" not in after[:closing]


def _joined_rather_than_hyphenated(text: str, left: str, right: str, joined: float, hyphenated: float) -> bool:
    """Decide "inter-\nnational" -> "international" versus "well-\nknown" -> "well-known".

    The article itself decides first: the word written whole, or hyphenated, elsewhere in it.
    Otherwise wordfreq: it splits "well-known" into two words and scores the pair, so a joined
    word wins when it is common and not much rarer than the pair ("every-thing"), or simply more
    frequent ("inter-national"); "well-being", "co-operate" and "non-profit" keep their hyphen.
    """
    whole = (left + right).lower()
    lowered = text.lower()
    written_whole = len(regex.findall(rf"(?<!\p{{L}}){regex.escape(whole)}(?!\p{{L}})", lowered))
    written_hyphenated = len(regex.findall(rf"(?<!\p{{L}}){regex.escape(left.lower())}-{regex.escape(right.lower())}"
                                           rf"(?!\p{{L}})", lowered))
    if written_whole != written_hyphenated:
        return written_whole > written_hyphenated
    return (joined >= 3.0 and joined >= hyphenated - 0.6) or joined > hyphenated


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
        line_start = left_start
        while line_start > 0 and text[line_start - 1] in " \t":
            line_start -= 1  # "ll-\n wl-\nk": the joined line's own indent
        if line_start > 0 and text[line_start - 1] in "\n\r" and _HYPHEN_SPACE_BREAK_BEFORE.search(
                text, max(0, line_start - 4), line_start) or _HYPHEN_SPACE_BREAK.match(text, right_end):
            continue  # "n-\nn-\nn-": a chain of broken fragments, not one word
        word_language = "ru" if _CYRILLIC.search(left) else lang
        joined_score = zipf_frequency((left + right).lower(), word_language)
        hyphenated_score = zipf_frequency(f"{left}-{right}".lower(), word_language)
        if not in_compound and _joined_rather_than_hyphenated(text, left, right, joined_score, hyphenated_score):
            found.append((1, Edit(match.start(), match.end(), "",
                                  reason=f"word hyphenated across a line break joined again (“{left}-{right}” "
                                         f"-> “{left}{right}”)", category="line_break_hyphenation")))
        else:
            found.append((1, Edit(match.start() + 1, match.end(), "",
                                  reason=f"hyphenated compound broken across a line break joined again "
                                         f"(“{left}-{right}”)", category="line_break_hyphenation")))
    return found


def _line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text``, trailing spaces and tabs excluded."""
    spans = []
    position = 0
    hyphenated = {match.start() for match in _HYPHEN_BREAK_AT.finditer(text)}
    for match in _LINE_BREAKS.finditer(text):
        if match.start() in hyphenated:
            continue  # "inter-\nnational": one line once the hyphenation rule joins it
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [(start, start + len(text[start:end].rstrip(" \t"))) for start, end in spans]


def _chain(text: str, lines: list[tuple[int, int]], index: int) -> tuple[int, int] | None:
    """``(first, last)``: the lines around the break after ``lines[index]`` that a wrapper may have
    filled (full-width lines, each followed by one that goes on), or None.

    Every break inside the chain finds the same chain, so it is read once: a long listing of lines
    of similar width cost a reading of the whole listing per line break.
    """

    def continues(i: int) -> bool:
        start, end = lines[i]
        if start == end:
            return False  # a blank line ends the paragraph
        return _LIST_MARKER.match(text, start, end) is None or _DASH_CONTINUATION.match(text, start, end) is not None

    def fits(i: int) -> bool:
        start, end = lines[i]
        if 40 <= end - start <= 100:
            return True  # narrower lines are verse, lists and addresses more often than wraps
        # ... unless the next line's first word would not have fitted: a link's address ("In the [first"
        # over "tutorial](https://…) you")
        word = _FIRST_WORD.match(text, *lines[i + 1]) if 0 < end - start and i + 1 < len(lines) else None
        return word is not None and _link_address(word.group()) and end - start + len(word.group()) >= 40

    if not fits(index) or not continues(index + 1):
        return None
    first = index
    while first > 0 and fits(first - 1) and continues(first):
        first -= 1
    last = index + 1
    while last + 1 < len(lines) and fits(last) and continues(last + 1):
        last += 1
    return first, last


def _wrapped_run(text: str, lines: list[tuple[int, int]], first: int, last: int) -> tuple[int, int] | None:
    """The hard-wrapped run of the chain ``lines[first:last + 1]`` (see ``_chain``), or None.

    A greedy wrapper (textwrap, e-mail, fixed-width exports) fills every line but the last, so the
    first word of each line would not have fitted on the line before: that is what is checked,
    with the widths of the full lines close to each other.
    """
    last_start, last_end = lines[last]
    if last_end - last_start == 0 or last_end - last_start > 100:
        return None
    if any(_code_line(text, start, end) for start, end in lines[first:last + 1]):
        return None  # code, configuration or a command line: its line breaks mean something
    # A paragraph's first line may end early on purpose ("Bootstrap arrived in 2011 and made
    # responsive" above a wrapped run): the run is then the lines after it. (Two lines at most, the
    # second when a line lengthened by HTML entities makes it look short; each try reads the run.)
    for _ in range(_EARLY_LINES_MAX + 1):
        if last - first < 2:
            return None  # two lines are too few to tell a wrap from a line break placed on purpose
        early = _broken_early(text, lines, first, last)
        if early is None:
            return first, last
        if early != first:
            return None
        first += 1
    return None


_EARLY_LINES_MAX = 2


def _code_line(text: str, start: int, end: int) -> bool:
    """Does the line show signs of code? A markdown link's brackets and address are none: a paragraph that
    html2text or pandoc wrapped holds them, split across its lines too ("In the [first" over
    "tutorial](https://…) you"); nor is an inline code span's name, which a paragraph on code holds ("`ts` is
    worse than `settled_at`")."""
    if CODE_LINE.search(text, start, end) is None:
        return False
    line = text[start:end]
    if "[" not in line and "]" not in line and "`" not in line:
        return True
    if "`" in line:
        line = CODE_SPAN.sub("x", line)  # (a word in its place: a span that opens the line leaves no indent)
    return CODE_LINE.search(_LINK_MARKUP.sub("", line)) is not None


def _link_address(word: str) -> bool:
    """Is the word a markdown link's end with its address, "tutorial](https://…)", too long to fit a line's end?"""
    return len(word.strip()) > _LONG_WORD and ("](" in word or "][" in word)


_LONG_WORD = 20  # characters: longer than a word of prose
# a link's address or reference after its text, a bracket that opens a link's text at a word's start,
# one that closes it before its address
_LINK_MARKUP = regex.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*\)|\]\[[^\]\s]*\]|(?<!\S)!?\[(?=\w)|\](?=[(\[])")


def _broken_early(text: str, lines: list[tuple[int, int]], first: int, last: int) -> int | None:
    """The first line of ``lines[first:last + 1]`` that a greedy wrapper would not have broken where
    it is (too short beside the others, or the next line's first word would have fitted); None if none."""
    widths = [end - start for start, end in lines[first:last + 1]]
    widest = max(widths)
    narrowest = widest - max(20, 0.3 * widest)
    for i in range(first, last):
        next_start, next_end = lines[i + 1]
        word = _FIRST_WORD.match(text, next_start, next_end)
        # (a line is narrow when the next word holds a link's address, "policy](https://…)": it did not fit)
        if widths[i - first] < narrowest and (word is None or not _link_address(word.group())):
            return i
        if text[lines[i][1] - 1] == "-":
            continue
        if word is not None and widths[i - first] + 1 + len(word.group()) < widest - 2:
            return i  # the next word would have fitted: not a greedy wrap
    return None


def _has_hyphen_break(text: str) -> bool:
    return _HYPHEN_SPACE_BREAK.search(text) is not None


def wrapped_line_breaks(text: str) -> list[tuple[int, int]]:
    """Spans of the line breaks (with their spaces) this step joins: hard wraps and hyphenations.

    The quotes step runs first and reads these breaks as spaces, so that a quotation repair does
    not wait for a second cleaning to see the lines joined (cleaning must be idempotent).
    """
    if "\n" not in text and "\r" not in text:
        return []
    spans = [(edit.start, edit.end) for _, edit in _hard_wraps(text) if isinstance(edit, Edit)]
    if _has_hyphen_break(text):
        spans += [(match.start(), match.end()) for match in _HYPHEN_BREAK.finditer(text)]
    return sorted(spans)


@lru_cache(maxsize=2)
def _hard_wraps(text: str) -> list[tuple[int, Edit | Flag]]:
    """Join the lines of hard-wrapped runs; a run is examined only where a break looks mid-sentence."""
    found: list[tuple[int, Edit | Flag]] = []
    evidence = []
    for match in _WRAP_EVIDENCE.finditer(text):
        before = match.start() - 1
        while before >= 0 and text[before] in " \t\r":
            before -= 1
        if before >= 0 and (text[before].isalpha() or text[before] in ",;"):
            evidence.append(match.start() - (1 if text[match.start() - 1:match.start()] == "\r" else 0))
    if not evidence:
        return found
    lines = _line_spans(text)
    line_ends = [end for _, end in lines]
    read_until = -1  # the last line whose break was read, as part of a chain
    widths: list[int] = []  # the widest line of each run joined: the page's width, when it is wrapped
    for position in evidence:
        index = bisect.bisect_left(line_ends, position)
        if index <= read_until or index + 1 >= len(lines):
            continue
        chain = _chain(text, lines, index)
        if chain is None:
            continue
        read_until = chain[1] - 1
        run = _wrapped_run(text, lines, *chain)
        if run is None:
            continue
        first, last = run
        widths.append(max(end - start for start, end in lines[first:last + 1]))
        for i in range(first, last):
            line_end = lines[i][1]
            following = lines[i + 1][0]
            while following < lines[i + 1][1] and text[following] in " \t":
                following += 1
            if text[line_end - 1] == "-" and text[following:following + 1].islower():
                continue  # a hyphenated word: the hyphenation rule joins it
            if text[line_end - 1] == "." and text[following:following + 1].islower() and \
                    not _abbreviation_or_special(text, line_end - 1, "und"):
                # "… handles the rest.\ngit push heroku main and your app was deployed.": a sentence
                # that starts in lowercase (a command, a name), or a broken one. Joined, the stop
                # would read as spurious and go; the break stays, and the sentences with it.
                continue
            found.append((1, Edit(line_end, following, " ",
                                  reason="line break inside a hard-wrapped paragraph replaced by a space",
                                  category="hard_wrap")))
        read_until = last
    width = _page_width(widths)
    if width:
        found += _wraps_at_width(text, lines, width, {edit.start for _, edit in found})
    if found and ("```" in text or "~~~" in text):  # (a listing's lines are never joined, wrapped or not)
        fenced = [(lines[opening][0], lines[closing][1]) for opening, closing in
                  fence_pairs([text[start:end] for start, end in lines])]
        found = [(priority, edit) for priority, edit in found
                 if not any(start <= edit.start <= end for start, end in fenced)]
    return found


def _page_width(widths: list[int]) -> int:
    """The width the whole page was wrapped at (html2text's 78, pandoc's 72), when three runs or more
    joined share their widest line; 0 when they do not."""
    if len(widths) < _PAGE_WRAP_RUNS:
        return 0
    width, runs = Counter(widths).most_common(1)[0]
    return width if runs >= _PAGE_WRAP_RUNS else 0


def _wraps_at_width(text: str, lines: list[tuple[int, int]], width: int, joined: set[int]) -> list[tuple[int, Edit]]:
    """On a page wrapped at ``width``, the breaks of lines the wrapper filled, though no run of three
    with a break before a lowercase word shows them: a headline or a paragraph of two lines, lines that
    go on with a capital. A line filled to within a few characters of the width, whose next word would
    not have fitted, was broken by the wrapper. (Not after a colon: an e-mail's headers, a list, follow one.)"""
    found: list[tuple[int, Edit]] = []
    for i in range(len(lines) - 1):
        start, end = lines[i]
        next_start, next_end = lines[i + 1]
        if end in joined or not width - _FILLED <= end - start <= width or next_start == next_end:
            continue
        word = _FIRST_WORD.match(text, next_start, next_end)
        if word is None or end - start + len(word.group()) <= width or next_end - next_start > width or \
                text[end - 1] in "-:" or (_LIST_MARKER.match(text, next_start, next_end) is not None and
                                         _DASH_CONTINUATION.match(text, next_start, next_end) is None) or \
                _code_line(text, _HEADING_MARK.match(text, start, end).end(), end) or \
                _code_line(text, next_start, next_end):
            continue
        following = next_start + len(word.group()) - len(word.group().lstrip(" \t"))
        if text[end - 1] == "." and text[following:following + 1].islower():
            continue  # (as in a run: a sentence that starts in lowercase keeps its line)
        found.append((1, Edit(end, following, " ", reason="line break inside a paragraph hard-wrapped at "
                                                          f"{width} characters, as the page is, replaced by a space",
                              category="hard_wrap")))
    return found


_PAGE_WRAP_RUNS = 3  # runs joined with the same widest line: a page wrapped at that width
# a markdown heading's marks, which a wrapper breaks as any line ("# Rail operators face record fines after" over
# "thousands stranded"); a "#" alone opens a comment in code
_HEADING_MARK = regex.compile(r"(?:#{1,6}[ \t]+(?=\p{Lu}))?")
_FILLED = 12  # characters short of the width a line may end, and still be filled


def _keep_non_overlapping(proposals: list[tuple[int, Edit | Flag]]) -> list[Edit | Flag]:
    """Edits that do not overlap (the higher priority, lower number, wins), and every flag."""
    edits = sorted(((priority, edit) for priority, edit in proposals if isinstance(edit, Edit)),
                   key=lambda item: (item[1].start, item[1].end, item[0]))
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
    return list(_repairs(text, context.language or "und"))


def sentence_edits(text: str, language: str) -> list[Edit]:
    """The edits this step would make to ``text``, without its flags.

    The boilerplate step runs first and reads the text as this step will leave it (a hard-wrapped
    paragraph is one line, "it was ." ends in a word), as a second cleaning will read it.
    """
    return [proposal for proposal in _repairs(text, language) if isinstance(proposal, Edit)]


@lru_cache(maxsize=2)
def _repairs(text: str, language: str) -> tuple[Edit | Flag, ...]:
    """One pass, then again on its result until nothing changes (a repair can show another, as a
    removed stop shows a missing space: "on.Nll. o"), so that cleaning twice changes nothing.

    Cached: the boilerplate step reads these repairs first, and when it removes nothing the step
    itself is asked for the same text."""
    draft = Draft(text)
    flags: list[Flag] = []
    for _ in range(_REPAIR_ROUNDS):
        found = _repair_pass(draft.text, language)
        edits = [proposal for proposal in found if isinstance(proposal, Edit)]
        flags = [proposal for proposal in found if isinstance(proposal, Flag)]
        if not edits:
            break
        draft.apply(edits)
    if not flags or not draft.edits:
        return (*draft.edits, *flags)
    # the last pass's flags are in the repaired text: place them in the text as given
    to_original = position_in_original(draft.edits)
    return (*draft.edits, *(Flag(to_original(flag.start), to_original(flag.end, True), flag.kind, flag.message,
                                 flag.confidence) for flag in flags))


_REPAIR_ROUNDS = 8
"""Passes at most: each removal of a word repeated across a stop can show the next ("on m. on m. on m."),
and a text needs about one pass per two links of such a chain; eight cover sixteen, and a text
without such chains stops after its first or second pass."""


def _repair_pass(text: str, language: str) -> list[Edit | Flag]:
    proposals: list[tuple[int, Edit | Flag]] = []
    proposals.extend(_spurious_stops(text, language))
    proposals.extend(_stray_punctuation(text))
    proposals.extend(_missing_spaces(text, language))
    if "\n" in text or "\r" in text:
        if _has_hyphen_break(text):
            proposals.extend(_hyphenations(text, language))
        proposals.extend(_hard_wraps(text))
    return _keep_non_overlapping(proposals)
