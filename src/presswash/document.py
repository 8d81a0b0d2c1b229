"""The cleaned-article model: edits, flags, the verdict, and the draft that maps every change back.

Everything in presswash speaks these types. An :class:`Edit` lives in the coordinates of the
ORIGINAL text, so ``apply_edits(result.original, result.edits) == result.text`` always holds and
every removal can be reviewed or undone. A :class:`Flag` lives in the coordinates of the RESULT
text, because that is where a reader looks for it.

Steps never touch offsets of other steps: they propose edits in the coordinates of the text they
were given, and :class:`Draft` (owned by the pipeline) composes them into original coordinates.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Sequence


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``original[start:end]`` by ``replacement``; a removal has ``replacement == ""``.

    ``step`` names the step that made it and ``reason`` says why, in words a person understands.
    ``category`` is a short machine-readable label (e.g. ``"comment_form"``), used for counting.
    Steps may leave ``step`` empty: the pipeline fills it in.
    """

    start: int
    end: int
    replacement: str
    step: str = ""
    reason: str = ""
    category: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Flag:
    """Something that looks wrong but was not changed, at ``text[start:end]`` of the result."""

    start: int
    end: int
    kind: str
    message: str
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The document-level machine-translation judgement a detector step returns."""

    mt_score: float
    mt_suspected: bool
    evidence: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Note:
    """A document-level remark a step wants the user to see (e.g. "grammar evidence not used")."""

    message: str


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the original text that cleaning removed, with where it was and why."""

    start: int
    end: int
    text: str
    step: str
    reason: str
    category: str


Proposal = Edit | Flag | Verdict | Note


@dataclass(slots=True)
class Cleaned:
    """The result of cleaning one article."""

    original: str
    text: str
    edits: list[Edit]
    flags: list[Flag]
    mt_score: float = 0.0
    mt_suspected: bool = False
    mt_evidence: dict[str, float] = field(default_factory=dict)
    language: str = "und"
    notes: list[str] = field(default_factory=list)

    @property
    def removed(self) -> list[Removal]:
        """Every removed piece of the original, with its reason: nothing is ever lost."""
        return [
            Removal(e.start, e.end, self.original[e.start : e.end], e.step, e.reason, e.category)
            for e in self.edits
            if not e.replacement and e.end > e.start
        ]

    def undo(self, which: Callable[[Edit], bool]) -> str:
        """The cleaned text with the edits ``which`` picks undone and every other edit kept.

        Edits never overlap in the original, so any subset of them replays: undo the removals you
        disagree with (``result.undo(lambda edit: edit.category == "author_bio")``) and keep the rest.
        An edit that two steps made together (``edit.step == "boilerplate+sentences"``) is undone
        whole. Flags point into ``text``, not into what this returns.
        """
        return apply_edits(self.original, [edit for edit in self.edits if not which(edit)])

    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-ready dict of the whole result."""
        return {
            "original": self.original,
            "text": self.text,
            "language": self.language,
            "edits": [e.to_dict() for e in self.edits],
            "flags": [f.to_dict() for f in self.flags],
            "mt_score": self.mt_score,
            "mt_suspected": self.mt_suspected,
            "mt_evidence": dict(self.mt_evidence),
            "notes": list(self.notes),
        }


def check_edits(edits: Sequence[Edit], length: int, who: str = "edits") -> None:
    """Raise ValueError unless ``edits`` are sorted, non-overlapping and inside ``[0, length]``."""
    previous_end = 0
    previous_empty_at = -1
    for edit in edits:
        if not (0 <= edit.start <= edit.end <= length):
            raise ValueError(f"{who}: edit {edit.start}:{edit.end} is outside the text (length {length})")
        if edit.start < previous_end:
            raise ValueError(f"{who}: edits must be sorted and non-overlapping (at {edit.start}:{edit.end})")
        if edit.start == edit.end == previous_empty_at:
            raise ValueError(f"{who}: two insertions at the same place ({edit.start}) are ambiguous")
        if edit.start == edit.end:
            previous_empty_at = edit.start
        previous_end = edit.end


def apply_edits(original: str, edits: Iterable[Edit]) -> str:
    """Replay ``edits`` (original coordinates, sorted, non-overlapping) on ``original``."""
    edits = list(edits)
    check_edits(edits, len(original))
    parts: list[str] = []
    position = 0
    for edit in edits:
        parts.append(original[position : edit.start])
        parts.append(edit.replacement)
        position = edit.end
    parts.append(original[position:])
    return "".join(parts)


def position_in_original(edits: Sequence[Edit]) -> Callable[[int, bool], int]:
    """For ``edits`` (sorted, non-overlapping): a function ``(position, is_end)`` from a position in
    the edited text to the original, so that a span of the edited text maps to the span of the
    original it came from. A span that holds a replacement holds what it replaced; a span that
    starts right after a removal starts after the removed text, one that ends there ends before it."""
    starts: list[int] = []  # where each replacement starts in the edited text
    shift = 0
    for edit in edits:
        starts.append(edit.start + shift)
        shift += len(edit.replacement) - (edit.end - edit.start)

    def to_original(position: int, is_end: bool = False) -> int:
        index = bisect.bisect_right(starts, position) - 1
        if index < 0:
            return position
        edit = edits[index]
        if position == starts[index] and (is_end or edit.replacement):
            return edit.start
        return edit.end + max(0, position - starts[index] - len(edit.replacement))

    return to_original


def moved_edit(edit: Edit, to_original: Callable[[int, bool], int]) -> Edit:
    """``edit`` with its span mapped by ``to_original`` (from :func:`position_in_original`)."""
    return Edit(to_original(edit.start, False), to_original(edit.end, True), edit.replacement, edit.step,
                edit.reason, edit.category)


def _join_unique(values: Iterable[str], separator: str) -> str:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return separator.join(seen)


class Draft:
    """The text being cleaned, with its map back to the original.

    ``edits`` are always in original coordinates and always replay to ``text``; ``flags`` are
    always in ``text`` coordinates. :meth:`apply` is the only way to change either.
    """

    __slots__ = ("original", "text", "edits", "flags")

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original
        self.edits: list[Edit] = []
        self.flags: list[Flag] = []

    def apply(self, proposed: Sequence[Edit], flags: Sequence[Flag] = ()) -> None:
        """Apply one step's edits and flags, both in the coordinates of the current text."""
        check_edits(proposed, len(self.text), who=f"step {proposed[0].step!r}" if proposed else "step")
        length = len(self.text)
        for flag in flags:
            if not (0 <= flag.start <= flag.end <= length):
                raise ValueError(f"flag {flag.kind!r} {flag.start}:{flag.end} is outside the text (length {length})")
        all_flags = self.flags + list(flags)
        if not proposed:
            self.flags = all_flags
            return
        self.edits = _compose(self.edits, proposed, self.text)
        self.flags = _shift_flags(all_flags, proposed)
        self.text = apply_edits(self.text, proposed)


def _compose(applied: list[Edit], proposed: Sequence[Edit], current: str) -> list[Edit]:
    """Turn ``proposed`` (current coordinates) into original coordinates, merged with ``applied``.

    A proposed edit that overlaps text an earlier edit produced is merged with that edit into one
    edit over the union of their original spans (steps and reasons joined), so the result stays
    sorted, non-overlapping and replayable.

    Most proposed edits touch no earlier edit: they only shift back by the length change before
    them, and the earlier edits stay as they are. Only the groups of edits that touch go through
    the general merge, so a late step with two edits does not rebuild 20,000 earlier ones.
    """
    current_starts: list[int] = []
    current_ends: list[int] = []
    shifts: list[int] = []  # length change of the text up to and including each applied edit
    delta = 0
    for edit in applied:
        start = edit.start + delta
        current_starts.append(start)
        current_ends.append(start + len(edit.replacement))
        delta += len(edit.replacement) - (edit.end - edit.start)
        shifts.append(delta)
    result: list[Edit] = []
    taken = 0  # applied edits already in the result
    position, count = 0, len(proposed)
    while position < count:
        # proposed edits that may join one cluster (overlapping, or meeting where one is a point)
        following, run_end, point_at_end = _run_of_touching(proposed, position, proposed[position].end,
                                                            proposed[position].start == proposed[position].end)
        index = bisect.bisect_left(current_ends, proposed[position].start, taken)  # the applied before end earlier
        if index == len(applied) or current_starts[index] > run_end:
            result.extend(applied[taken:index])
            taken = index
            shift = shifts[index - 1] if index else 0
            for edit in proposed[position:following]:
                if shift:
                    edit = Edit(edit.start - shift, edit.end - shift, edit.replacement, edit.step, edit.reason,
                                edit.category)
                result.append(edit)
            position = following
            continue
        # A group: the applied edits the run touches, those touching them, and the proposed edits
        # that may join any of these; the general merge then decides exactly (a group may be larger
        # than its clusters, never smaller).
        first = index
        while first > taken and current_ends[first - 1] >= current_starts[first]:
            first -= 1
        last, group_end = index, run_end
        while True:
            if last < len(applied) and current_starts[last] <= group_end:
                group_end, point_at_end = max(group_end, current_ends[last]), True
                last += 1
                continue
            joined, group_end, point_at_end = _run_of_touching(proposed, following, group_end, point_at_end)
            if joined == following:
                break
            following = joined
        result.extend(applied[taken:first])
        result.extend(_compose_merging(applied[first:last], proposed[position:following], current,
                                       shifts[first - 1] if first else 0))
        taken, position = last, following
    result.extend(applied[taken:])
    return result


def _run_of_touching(edits: Sequence[Edit], position: int, end: int, point_at_end: bool) -> tuple[int, int, bool]:
    """From ``edits[position]`` on, the edits that join a cluster ending at ``end`` one after
    another, as the general merge joins them: ``(index after the run, its end, whether an edit
    ending there may be a point)``."""
    while position < len(edits):
        edit = edits[position]
        is_point = edit.start == edit.end
        if not (edit.start < end or (edit.start == end and (point_at_end or is_point))):
            break
        if edit.end > end:
            end, point_at_end = edit.end, is_point
        elif edit.end == end:
            point_at_end = point_at_end or is_point
        position += 1
    return position, end, point_at_end


def _compose_merging(applied: list[Edit], proposed: Sequence[Edit], current: str, shift: int = 0) -> list[Edit]:
    """``_compose`` in general: both lists in current coordinates, sorted, and clustered where they
    touch. ``shift`` is the length change made by the earlier edits before ``applied`` (for a group)."""
    # (current_start, current_end, original_length, kind, edit); kind 0 = applied, 1 = proposed
    items: list[tuple[int, int, int, int, Edit]] = []
    delta = shift
    for edit in applied:
        start = edit.start + delta
        items.append((start, start + len(edit.replacement), edit.end - edit.start, 0, edit))
        delta += len(edit.replacement) - (edit.end - edit.start)
    for edit in proposed:
        items.append((edit.start, edit.end, edit.end - edit.start, 1, edit))
    items.sort(key=lambda item: (item[0], item[1], item[3]))

    result: list[Edit] = []
    delta_before = shift  # (current - original) offset just before the cluster being built
    cluster: list[tuple[int, int, int, int, Edit]] = []
    cluster_end = -1
    cluster_end_is_point = False

    def flush() -> None:
        nonlocal delta_before
        if not cluster:
            return
        kinds = {item[3] for item in cluster}
        cluster_delta = sum(
            len(item[4].replacement) - (item[4].end - item[4].start) for item in cluster if item[3] == 0
        )
        if kinds == {0}:
            result.extend(item[4] for item in cluster)
        elif kinds == {1}:
            for item in cluster:
                e = item[4]
                result.append(Edit(e.start - delta_before, e.end - delta_before, e.replacement,
                                   e.step, e.reason, e.category))
        else:
            c0 = min(item[0] for item in cluster)
            c1 = max(item[1] for item in cluster)
            pieces: list[str] = []
            position = c0
            for item in cluster:
                if item[3] == 1:
                    pieces.append(current[position : item[0]])
                    pieces.append(item[4].replacement)
                    position = item[1]
            pieces.append(current[position:c1])
            members = [item[4] for item in sorted(cluster, key=lambda item: item[3])]  # earlier steps first
            result.append(Edit(
                c0 - delta_before,
                c1 - delta_before - cluster_delta,
                "".join(pieces),
                _join_unique((m.step for m in members), "+"),
                _join_unique((m.reason for m in members), "; "),
                next((m.category for m in reversed(members) if m.category), ""),
            ))
        delta_before += cluster_delta
        cluster.clear()

    for item in items:
        start, end, original_length = item[0], item[1], item[2]
        is_point = start == end or original_length == 0
        joins = cluster and (start < cluster_end or (start == cluster_end and (is_point or cluster_end_is_point)))
        if not joins:
            flush()
            cluster_end = end
            cluster_end_is_point = is_point
        elif end > cluster_end or (end == cluster_end and is_point):
            cluster_end = end
            cluster_end_is_point = is_point
        cluster.append(item)
    flush()
    return result


def _shift_flags(flags: Sequence[Flag], edits: Sequence[Edit]) -> list[Flag]:
    """Move flags (coordinates before ``edits``) to the text after ``edits``; drop deleted ones."""
    starts = [e.start for e in edits]
    ends = [e.end for e in edits]
    shift_after: list[int] = []  # cumulative length change after edit i
    total = 0
    for e in edits:
        total += len(e.replacement) - (e.end - e.start)
        shift_after.append(total)

    def new_start(position: int) -> int:
        # the last edit starting at or before position
        i = bisect.bisect_right(starts, position) - 1
        if i < 0:
            return position
        before = shift_after[i - 1] if i > 0 else 0
        if position < ends[i] or position == starts[i]:
            return starts[i] + before  # inside (or at) an edit: snap to its replacement's start
        return position + shift_after[i]

    def new_end(position: int) -> int:
        i = bisect.bisect_left(ends, position)  # first edit ending at or after position
        if i < len(edits) and starts[i] < position:
            before = shift_after[i - 1] if i > 0 else 0
            return starts[i] + before + len(edits[i].replacement)
        j = bisect.bisect_right(ends, position) - 1  # last edit ending at or before position
        return position + (shift_after[j] if j >= 0 else 0)

    moved: list[Flag] = []
    for flag in flags:
        start, end = new_start(flag.start), new_end(flag.end)
        if end < start or (end == start and flag.end > flag.start):
            continue  # the flagged text was removed
        moved.append(Flag(start, end, flag.kind, flag.message, flag.confidence))
    return moved
