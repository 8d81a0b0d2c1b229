"""The pipeline: an ordered list of named steps, and ``clean_article()``, which runs the default one.

A step is any callable ``step(text, context) -> iterable of Edit | Flag | Verdict | Note``. It reads
the current text and proposes changes in that text's coordinates; only the pipeline applies them
(through :class:`~presswash.document.Draft`), so every edit is reported in original coordinates
and the replay invariant holds by construction.

>>> def shout_free(text, context):
...     return [Edit(m.start(), m.end(), "!", reason="collapse repeated exclamation marks")
...             for m in regex.finditer(r"!{2,}", text)]
>>> Pipeline.default().with_step(shout_free).names[-1]
'shout_free'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Callable, Iterable, Mapping, Protocol, Sequence

import regex  # noqa: F401  (used in the module docstring example)

from .document import Cleaned, Draft, Edit, Flag, Note, Verdict
from .language import SAMPLE_CHARACTERS, UNDETERMINED, detect_language


@dataclass(frozen=True)
class Context:
    """What a step may read besides the text: all read-only.

    ``edits`` are the edits applied so far (original coordinates), ``flags`` the flags so far
    (coordinates of the text the step receives), so detectors can see what repairs did.
    """

    original: str
    language: str
    options: Mapping[str, Any]
    edits: tuple[Edit, ...] = ()
    flags: tuple[Flag, ...] = ()

    def option(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)


class Step(Protocol):
    def __call__(self, text: str, context: Context) -> Iterable[Edit | Flag | Verdict | Note]: ...


def step(name: str, **option_defaults: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Name a step function and declare the keyword options it reads (with their defaults).

    Declared options are what ``clean_article(text, option=...)`` accepts for this step.
    """

    def mark(function: Callable[..., Any]) -> Callable[..., Any]:
        function.step_name = name  # type: ignore[attr-defined]
        function.step_options = dict(option_defaults)  # type: ignore[attr-defined]
        return function

    return mark


def step_name(function: Step) -> str:
    return getattr(function, "step_name", None) or getattr(function, "__name__", type(function).__name__)


_RECLEANS = 2
"""How many times a page is cleaned again when the cleaned text reads as another language."""

GLOBAL_OPTIONS: dict[str, Any] = {"lang": None}
"""Options every pipeline accepts: ``lang`` forces the language ("en", "de", ...) instead of guessing."""


@dataclass(frozen=True)
class Pipeline:
    """Ordered, named steps. Pipelines are values: the methods return new pipelines."""

    steps: tuple[tuple[str, Step], ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        names = [name for name, _ in self.steps]
        duplicates = {name for name in names if names.count(name) > 1}
        if duplicates:
            raise ValueError(f"step names must be unique; repeated: {', '.join(sorted(duplicates))}")

    @classmethod
    def from_steps(cls, steps: Iterable[Step | tuple[str, Step]]) -> Pipeline:
        """Build a pipeline from functions (named by ``@step`` or ``__name__``) or ``(name, function)`` pairs."""
        named: list[tuple[str, Step]] = []
        for item in steps:
            if isinstance(item, tuple):
                named.append((item[0], item[1]))
            elif callable(item):
                named.append((step_name(item), item))
            else:
                raise TypeError(f"a step must be callable or a (name, callable) pair, not {item!r}")
        return cls(tuple(named))

    @classmethod
    def default(cls) -> Pipeline:
        """The pipeline ``clean_article`` runs."""
        from .steps import DEFAULT_STEPS

        return cls.from_steps(DEFAULT_STEPS)

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.steps]

    @property
    def options(self) -> dict[str, Any]:
        """Every option this pipeline accepts, with its default."""
        known = dict(GLOBAL_OPTIONS)
        for _, function in self.steps:
            known.update(getattr(function, "step_options", {}))
        return known

    def _index(self, name: str) -> int:
        for index, (existing, _) in enumerate(self.steps):
            if existing == name:
                return index
        raise KeyError(f"no step named {name!r}; steps: {', '.join(self.names)}")

    def without(self, *names: str) -> Pipeline:
        """The same pipeline without the named steps."""
        for name in names:
            self._index(name)
        return Pipeline(tuple(item for item in self.steps if item[0] not in names))

    def only(self, *names: str) -> Pipeline:
        """Just the named steps, in the order given."""
        return Pipeline(tuple(self.steps[self._index(name)] for name in names))

    def with_step(self, function: Step, name: str | None = None, *,
                  before: str | None = None, after: str | None = None) -> Pipeline:
        """Add a step (at the end, or before/after a named step)."""
        item = (name or step_name(function), function)
        steps = list(self.steps)
        if before is not None:
            steps.insert(self._index(before), item)
        elif after is not None:
            steps.insert(self._index(after) + 1, item)
        else:
            steps.append(item)
        return Pipeline(tuple(steps))

    def replaced(self, name: str, function: Step) -> Pipeline:
        """The same pipeline with the named step's function swapped for another."""
        index = self._index(name)
        steps = list(self.steps)
        steps[index] = (name, function)
        return Pipeline(tuple(steps))

    def __call__(self, text: str, **options: Any) -> Cleaned:
        return self.clean(text, **options)

    def clean(self, text: str, **options: Any) -> Cleaned:
        """Run every step on ``text`` and return the :class:`Cleaned` result."""
        if not isinstance(text, str):
            raise TypeError(f"clean_article() needs a str, not {type(text).__name__}; decode bytes first")
        known = self.options
        unknown = sorted(set(options) - set(known))
        if unknown:
            raise TypeError(
                f"unknown option{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
                f"this pipeline accepts: {', '.join(sorted(known))}"
            )
        settings = MappingProxyType({**known, **{k: v for k, v in options.items()}})
        language = settings["lang"] or detect_language(text)
        draft, verdict, notes = self._run(text, language, settings)
        if not settings["lang"]:
            language, draft, verdict, notes = self._agree_on_language(text, language, settings, draft, verdict, notes)
        flags = sorted(draft.flags, key=lambda f: (f.start, f.end, f.kind))
        return Cleaned(
            original=text,
            text=draft.text,
            edits=draft.edits,
            flags=flags,
            mt_score=verdict.mt_score,
            mt_suspected=verdict.mt_suspected,
            mt_evidence=dict(verdict.evidence),
            language=language if language else UNDETERMINED,
            notes=notes,
        )

    def _agree_on_language(self, text: str, language: str, settings: Mapping[str, Any], draft: Draft,
                           verdict: Verdict, notes: list[str]) -> tuple[str, Draft, Verdict, list[str]]:
        """Clean again when the cleaned text reads as another language than the page did.

        The guess reads the page as it came, menus and comment forms included; the article is what
        is left. When the cleaned text reads as another language, clean again in that one, so that a
        second cleaning (which guesses from the cleaned text) agrees. (The guess reads only the first
        SAMPLE_CHARACTERS: an untouched head reads as the page did.) At most twice more: a text whose
        guess keeps moving is not worth eight cleanings.
        """
        guessed, tried = language, {language}

        def reading_of(cleaned: str) -> str:
            return guessed if cleaned[:SAMPLE_CHARACTERS] == text[:SAMPLE_CHARACTERS] else detect_language(cleaned)

        reading = reading_of(draft.text)
        for _ in range(_RECLEANS):
            if reading in tried:
                break
            tried.add(reading)
            language = reading
            draft, verdict, notes = self._run(text, language, settings)
            reading = reading_of(draft.text)
        # A guess that goes round (undetermined -> English -> undetermined, on a garbled text):
        # clean what is left once more in the language it reads as, as a second cleaning would,
        # so that cleaning the result again changes nothing.
        for _ in range(_RECLEANS):
            if reading == language:
                break
            language = reading
            again, verdict, more_notes = self._run(draft.text, language, settings)
            if again.edits:
                draft.apply(again.edits)
            draft.flags = again.flags
            notes += [note for note in more_notes if note not in notes]
            reading = detect_language(draft.text)
        return language, draft, verdict, notes

    def _run(self, text: str, language: str, settings: Mapping[str, Any]) -> tuple[Draft, Verdict, list[str]]:
        """Every step on ``text`` in ``language``: the edited draft, the verdict and the notes."""
        draft = Draft(text)
        verdict = Verdict(0.0, False)
        notes: list[str] = [] if text.strip() else ["the input holds no text: there is no article to clean"]
        for name, function in self.steps:
            context = Context(text, language, settings, tuple(draft.edits), tuple(draft.flags))
            try:
                proposals = list(function(draft.text, context) or ())
            except TimeoutError:
                notes.append(f"step {name!r} stopped: a pattern took too long on this input; "
                             "its changes were not applied")
                continue
            edits: list[Edit] = []
            flags: list[Flag] = []
            for proposal in proposals:
                if isinstance(proposal, Edit):
                    if proposal.step != name:
                        proposal = Edit(proposal.start, proposal.end, proposal.replacement, name,
                                        proposal.reason, proposal.category)
                    edits.append(proposal)
                elif isinstance(proposal, Flag):
                    flags.append(proposal)
                elif isinstance(proposal, Verdict):
                    verdict = proposal
                elif isinstance(proposal, Note):
                    notes.append(proposal.message)
                else:
                    raise TypeError(f"step {name!r} returned {proposal!r}; expected Edit, Flag, Verdict or Note")
            edits.sort(key=lambda e: (e.start, e.end))
            draft.apply(edits, flags)
        return draft, verdict, notes


_DEFAULT_PIPELINE: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The default pipeline, built once per process."""
    global _DEFAULT_PIPELINE
    if _DEFAULT_PIPELINE is None:
        _DEFAULT_PIPELINE = Pipeline.default()
    return _DEFAULT_PIPELINE


def clean_article(text: str, *, steps: Pipeline | Sequence[str] | None = None,
                  disable: Sequence[str] = (), **options: Any) -> Cleaned:
    """Clean one article with the default pipeline (or ``steps``) and return a :class:`Cleaned`.

    ``steps`` is a :class:`Pipeline` or a list of default step names to run, in that order;
    ``disable`` names default steps to skip; other keyword options (``lang="de"``, ...) go to the
    steps (``Pipeline.default().options`` lists them).
    """
    if isinstance(steps, Pipeline):
        pipeline = steps
    elif steps is not None:
        pipeline = default_pipeline().only(*steps)
    else:
        pipeline = default_pipeline()
    if disable:
        pipeline = pipeline.without(*disable)
    return pipeline.clean(text, **options)
