"""Many articles: ``clean_articles()`` and the streaming JSON Lines runner behind ``presswash --jsonl``.

Both send chunks of work to worker processes, one pipeline per worker, and give the results back in
input order, identical to cleaning one article at a time. At most a few chunks per worker are in
flight at once, so memory stays flat however long the input is (``Pool.imap`` would read the whole
input ahead). ``jobs=1`` runs everything in this process, with the same code path.

The JSON Lines runner does all the per-line work (decode, parse, clean, serialise) in the workers and
only writes bytes in the parent, so the output bytes do not depend on ``--jobs``.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import sys
import tempfile
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import IO, Any, Callable, Iterable, Iterator, Sequence, TypeVar

from .document import Cleaned
from .input_errors import InputError, explained_os_errors
from .pipeline import Pipeline, default_pipeline

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_CHUNKSIZE = 16
"""Articles per task sent to a worker: ~0.1 s of work at ~6 ms an article, so IPC costs little."""

CHUNKS_IN_FLIGHT_PER_JOB = 4
"""How many chunks each worker may have queued: enough to keep it busy, few enough to bound memory."""

SUMMARY_TOP = 10
"""The summary names this many categories of edits (by characters removed), then counts the rest."""

DETAILS_KEY = "presswash"
"""With ``--details``, the key of each output object that holds the edits, flags and verdict."""


# --------------------------------------------------------------------------------------------------
# The configuration every worker rebuilds its pipeline from


@dataclass(frozen=True)
class _Settings:
    """What a worker needs to build its own pipeline: picklable, small, built once per run."""

    steps: Pipeline | tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)

    def pipeline(self) -> Pipeline:
        if isinstance(self.steps, Pipeline):
            pipeline = self.steps
        elif self.steps is not None:
            pipeline = default_pipeline().only(*self.steps)
        else:
            pipeline = default_pipeline()
        if self.disable:
            pipeline = pipeline.without(*self.disable)
        return pipeline

    def check(self) -> Pipeline:
        """Fail in the caller's process, before any worker starts, on an unknown step or option."""
        pipeline = self.pipeline()
        unknown = sorted(set(self.options) - set(pipeline.options))
        if unknown:
            raise TypeError(
                f"unknown option{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
                f"this pipeline accepts: {', '.join(sorted(pipeline.options))}"
            )
        return pipeline


_worker_state: tuple[Pipeline, dict[str, Any]] | None = None


def _start_worker(settings: _Settings) -> None:
    """Runs once in each worker: build its pipeline; leave Ctrl-C to the parent, which stops us."""
    global _worker_state
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler (see run_jsonl) is not for workers
    _worker_state = (settings.pipeline(), dict(settings.options))


def _in_worker(task: Callable[[Pipeline, dict[str, Any], list[T]], R], chunk: list[T]) -> R:
    assert _worker_state is not None, "worker not initialised"
    pipeline, options = _worker_state
    return task(pipeline, options, chunk)


def _ordered_chunks(
    task: Callable[[Pipeline, dict[str, Any], list[T]], R],
    chunks: Iterable[list[T]],
    settings: _Settings,
    jobs: int,
) -> Iterator[R]:
    """Run ``task(pipeline, options, chunk)`` on every chunk, in ``jobs`` processes, results in order.

    The number of chunks in flight is bounded, so the input is read only as fast as it is cleaned.
    """
    if jobs == 1:
        pipeline = settings.check()
        for chunk in chunks:
            yield task(pipeline, settings.options, chunk)
        return
    settings.check()
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(settings,))
    pending: deque[Future[R]] = deque()
    limit = jobs * CHUNKS_IN_FLIGHT_PER_JOB
    finished = False
    try:
        for chunk in chunks:
            pending.append(executor.submit(_in_worker, task, chunk))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        finished = True
    finally:
        if finished:
            executor.shutdown(wait=True)
        else:  # interrupted, failed, or abandoned by the caller: stop the workers now
            _terminate(executor)


def _terminate(executor: ProcessPoolExecutor) -> None:
    """Stop the workers at once (Ctrl-C, an error, an abandoned iterator): nothing else needs them."""
    terminate_workers = getattr(executor, "terminate_workers", None)  # Python 3.14+
    if terminate_workers is not None:
        terminate_workers()
        return
    processes = list((getattr(executor, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=5)


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _check_jobs(jobs: int, chunksize: int | None) -> int:
    if not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a whole number, 1 or more (got {jobs!r})")
    size = DEFAULT_CHUNKSIZE if chunksize is None else chunksize
    if not isinstance(size, int) or size < 1:
        raise ValueError(f"chunksize must be a whole number, 1 or more (got {chunksize!r})")
    return size


# --------------------------------------------------------------------------------------------------
# clean_articles(): the library API


def _clean_texts(pipeline: Pipeline, options: dict[str, Any], texts: list[str]) -> list[Cleaned]:
    return [pipeline.clean(text, **options) for text in texts]


def clean_articles(
    texts: Iterable[str],
    *,
    jobs: int = 1,
    chunksize: int | None = None,
    steps: Pipeline | Sequence[str] | None = None,
    disable: Sequence[str] = (),
    **options: Any,
) -> Iterator[Cleaned]:
    """Clean many articles, in input order, in ``jobs`` processes; the results equal ``clean_article``'s.

    Lazy and streaming: it reads ``texts`` only a few chunks ahead of what it has yielded, so any
    iterable works, however long (wrap it in ``list()`` to get them all). ``jobs=1`` cleans in this
    process; with more, each worker process builds its own pipeline once. ``chunksize`` articles go
    to a worker at a time (default 16). ``steps``, ``disable`` and ``options`` are those of
    :func:`~presswash.clean_article`; a step that raises stops the iteration with that error, as
    cleaning one by one would. Unknown steps or options fail at the first ``next()``.

    >>> [c.text for c in clean_articles(["Itâ€™s late.", "Fine."], steps=["encoding"])]
    ['It’s late.', 'Fine.']
    """
    size = _check_jobs(jobs, chunksize)
    settings = _Settings(_freeze_steps(steps), tuple(disable), dict(options))
    for results in _ordered_chunks(_clean_texts, _chunked(texts, size), settings, jobs):
        yield from results


def _freeze_steps(steps: Pipeline | Sequence[str] | None) -> Pipeline | tuple[str, ...] | None:
    if steps is None or isinstance(steps, Pipeline):
        return steps
    if isinstance(steps, str):
        return (steps,)
    return tuple(steps)


def details(result: Cleaned) -> dict[str, Any]:
    """What cleaning did to one article, as plain JSON-ready data (the ``--details`` object).

    Each edit also carries ``"original"``, the text it replaced, so the cleaned text, which travels
    without the original, can still be reviewed and every change undone.
    """
    original = result.original
    return {
        "language": result.language,
        "edits": [{**edit.to_dict(), "original": original[edit.start : edit.end]} for edit in result.edits],
        "flags": [flag.to_dict() for flag in result.flags],
        "mt_score": result.mt_score,
        "mt_suspected": result.mt_suspected,
        "notes": list(result.notes),
    }


def removed_characters(result: Cleaned) -> Counter[str]:
    """Characters each category of edit took out of the article (replaced text counts net)."""
    removed: Counter[str] = Counter()
    for edit in result.edits:
        removed[edit.category or edit.step or "other"] += (edit.end - edit.start) - len(edit.replacement)
    return removed


# --------------------------------------------------------------------------------------------------
# The JSON Lines runner behind ``presswash --jsonl``


@dataclass
class Summary:
    """What a batch run did, for the report on stderr."""

    articles: int = 0
    characters_in: int = 0
    characters_out: int = 0
    edits: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    flags: Counter[str] = field(default_factory=Counter)
    mt_suspected: int = 0
    bad_lines: int = 0
    blank_lines: int = 0

    def add(self, other: Summary) -> None:
        self.articles += other.articles
        self.characters_in += other.characters_in
        self.characters_out += other.characters_out
        self.edits.update(other.edits)
        self.removed.update(other.removed)
        self.flags.update(other.flags)
        self.mt_suspected += other.mt_suspected
        self.bad_lines += other.bad_lines
        self.blank_lines += other.blank_lines

    def count(self, result: Cleaned) -> None:
        self.articles += 1
        self.characters_in += len(result.original)
        self.characters_out += len(result.text)
        for edit in result.edits:
            self.edits[edit.category or edit.step or "other"] += 1
        self.removed.update(removed_characters(result))
        self.flags.update(flag.kind for flag in result.flags)
        self.mt_suspected += result.mt_suspected

    def report(self, bad_lines: str) -> str:
        """The summary printed at the end, a few short lines."""
        removed = self.characters_in - self.characters_out
        share = f" ({removed / self.characters_in:.1%})" if self.characters_in else ""
        lines = [f"presswash: {self.articles} articles cleaned, {removed} characters removed{share}"]
        if self.edits:
            ranked = sorted(self.edits.items(), key=lambda kv: (-self.removed[kv[0]], -kv[1], kv[0]))
            shown = [f"{name} {self.removed[name]} chars/{count} edits" for name, count in ranked[:SUMMARY_TOP]]
            rest = ranked[SUMMARY_TOP:]
            if rest:
                shown.append(f"{len(rest)} more categories {sum(self.removed[n] for n, _ in rest)} chars/"
                             f"{sum(c for _, c in rest)} edits")
            lines.append("  removed by category: " + ", ".join(shown))
        if self.flags:
            lines.append("  flags: " + ", ".join(f"{kind} {count}" for kind, count in
                                                  sorted(self.flags.items(), key=lambda kv: (-kv[1], kv[0]))))
        lines.append(f"  suspected machine translation: {self.mt_suspected} articles")
        if self.bad_lines:
            what = "skipped" if bad_lines == "skip" else "passed through unchanged"
            lines.append(f"  bad lines: {self.bad_lines} ({what}; see the messages above)")
        if self.blank_lines:
            lines.append(f"  blank lines ignored: {self.blank_lines}")
        return "\n".join(lines)


@dataclass(frozen=True)
class _LineTask:
    """How each worker turns one input line into one output line."""

    field: str
    details: bool
    skip_bad: bool
    encoding: str


@dataclass
class _ChunkResult:
    output: bytes
    errors: list[str]
    summary: Summary
    consumed: int


def _dump(record: Any) -> bytes:
    try:
        return json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (from a "\ud800" escape) cannot be UTF-8: keep it escaped
        return json.dumps(record).encode("utf-8")


def _clean_line(pipeline: Pipeline, options: dict[str, Any], task: _LineTask,
                number: int, raw: bytes, summary: Summary) -> bytes | str:
    """The output line (without newline) for one input line, or the message saying why it is bad."""
    try:
        line = raw.decode(task.encoding)
    except UnicodeDecodeError as error:
        return (f"line {number}: not {task.encoding} text (byte 0x{raw[error.start]:02x} at byte {error.start + 1}); "
                "pass --encoding with the file's encoding")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return f"line {number}: invalid JSON ({error.msg} at column {error.colno})"
    except RecursionError:
        return f"line {number}: invalid JSON (nested too deeply)"
    if not isinstance(record, dict):
        return f"line {number}: a JSON {_json_type(record)}, not an object with a {task.field!r} field"
    if task.field not in record:
        keys = ", ".join(map(repr, list(record)[:8])) or "none"
        return f"line {number}: no {task.field!r} field (keys: {keys}); choose the field with --field"
    text = record[task.field]
    if not isinstance(text, str):
        return f"line {number}: {task.field!r} is a JSON {_json_type(text)}, not a string"
    try:
        result = pipeline.clean(text, **options)
    except Exception as error:  # one article must not end a run of millions; it is reported and counted
        return f"line {number}: cleaning failed ({type(error).__name__}: {error}); please report this as a bug"
    summary.count(result)
    record[task.field] = result.text
    if task.details:
        record[DETAILS_KEY] = details(result)
    return _dump(record)


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _clean_lines(pipeline: Pipeline, options: dict[str, Any],
                 chunk: list[tuple[_LineTask, int, bytes, int]]) -> _ChunkResult:
    """Clean a chunk of numbered raw lines into the exact bytes to write, plus messages and counts."""
    summary = Summary()
    parts: list[bytes] = []
    errors: list[str] = []
    consumed = 0
    for task, number, raw, size in chunk:
        consumed += size
        if not raw.strip():
            summary.blank_lines += 1
            continue
        outcome = _clean_line(pipeline, options, task, number, raw, summary)
        if isinstance(outcome, bytes):
            parts.append(outcome)
            parts.append(b"\n")
            continue
        errors.append(outcome)
        summary.bad_lines += 1
        if not task.skip_bad:
            parts.append(raw if raw.endswith(b"\n") else raw + b"\n")
    return _ChunkResult(b"".join(parts), errors, summary, consumed)


def _numbered_lines(stream: IO[bytes], task: _LineTask) -> Iterator[tuple[_LineTask, int, bytes, int]]:
    """(task, line number, line without its BOM, bytes read) for each line, one at a time."""
    for number, raw in enumerate(stream, start=1):
        size = len(raw)
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        yield task, number, raw, size


class _Input:
    """The JSON Lines input: a file, a .gz file (recognised by its bytes) or standard input."""

    def __init__(self, path: str) -> None:
        self.name = "standard input" if path == "-" else path
        self.total: int | None = None
        with explained_os_errors(self.name):
            if path == "-":
                self._raw: IO[bytes] = sys.stdin.buffer
            else:
                if os.path.isdir(path):
                    raise InputError(f"{path} is a directory; give a .jsonl or .jsonl.gz file")
                self._raw = open(path, "rb")  # noqa: SIM115  (closed by close())
                self.total = os.fstat(self._raw.fileno()).st_size
        buffered = self._raw if hasattr(self._raw, "peek") else io.BufferedReader(self._raw)  # type: ignore[arg-type]
        self.compressed = buffered.peek(2)[:2] == b"\x1f\x8b"  # type: ignore[attr-defined]
        self.lines: IO[bytes] = gzip.GzipFile(fileobj=buffered, mode="rb") if self.compressed else buffered
        self._buffered = buffered

    def position(self) -> int:
        """Bytes of the file read so far (compressed bytes for .gz), for the progress bar."""
        try:
            return self._raw.tell()
        except (OSError, ValueError):
            return 0

    def close(self) -> None:
        if self._raw is not sys.stdin.buffer:
            self._raw.close()


class _Output:
    """Standard output, or a temporary file next to the target renamed over it only at the end.

    An interrupted run (Ctrl-C, an error) deletes the temporary file, so it never leaves a file that
    looks complete. A target ending in .gz is gzip-compressed (with a fixed header, so the bytes do
    not depend on when it ran).
    """

    def __init__(self, path: str | None) -> None:

        self.path = None if path in (None, "-") else path
        self._temporary: str | None = None
        self._file: IO[bytes] | None = None
        if self.path is None:
            self.stream: IO[bytes] = sys.stdout.buffer
            return
        directory = os.path.dirname(os.path.abspath(self.path))
        try:
            handle, self._temporary = tempfile.mkstemp(dir=directory, prefix=".presswash-", suffix=".tmp")
        except OSError as error:
            raise InputError(f"cannot write {self.path}: {error.strerror or error}") from None
        self._file = os.fdopen(handle, "wb")
        self.stream = (gzip.GzipFile(filename="", fileobj=self._file, mode="wb", mtime=0)
                       if self.path.endswith(".gz") else self._file)

    def write(self, data: bytes) -> None:
        self.stream.write(data)
        if self.path is None:
            self.stream.flush()  # a reader downstream (head, jq) sees each chunk as soon as it is ready

    def commit(self) -> None:
        if self.path is None:
            self.stream.flush()
            return
        assert self._file is not None and self._temporary is not None
        self.stream.close()
        self._file.close()
        os.chmod(self._temporary, 0o666 & ~_umask())
        os.replace(self._temporary, self.path)
        self._temporary = None

    def discard(self) -> None:
        if self._temporary is None:
            return
        try:
            if self._file is not None:
                self._file.close()
        finally:
            try:
                os.unlink(self._temporary)
            except FileNotFoundError:
                pass
            self._temporary = None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _progress_bar(mode: str, total: int | None) -> Any:
    """A tqdm bar on stderr (bytes of input read), or None when off or tqdm is missing."""
    wanted = mode == "on" or (mode == "auto" and sys.stderr.isatty())
    if not wanted:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        if mode == "on":
            print("presswash: --progress needs tqdm (pip install 'presswash[progress]'); continuing without",
                  file=sys.stderr)
        return None
    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked after this, and fork wants no threads
    return tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr,
                desc="presswash", dynamic_ncols=True, mininterval=0.5)


def run_jsonl(
    input_path: str,
    output_path: str | None,
    *,
    field: str = "text",
    jobs: int = 1,
    details: bool = False,
    bad_lines: str = "pass",
    progress: str = "auto",
    encoding: str = "utf-8",
    disable: Sequence[str] = (),
    options: dict[str, Any] | None = None,
    chunksize: int | None = None,
) -> int:
    """Clean the ``field`` of every JSON object of a JSON Lines file; return the exit status.

    Each output line is the input object with its ``field`` replaced by the cleaned text (other
    keys kept, in their order) and, with ``details``, a ``"presswash"`` object holding the edits
    (each with the ``"original"`` text it replaced), flags, ``mt_score`` and ``mt_suspected``
    (replacing a ``"presswash"`` key the input may have had). ``output_path`` may be the input
    itself: the input is read to the end before the result replaces it. A
    line that cannot be cleaned is reported on stderr with its number and passed through unchanged
    (``bad_lines="pass"``) or left out (``"skip"``); the status is then 1, else 0.
    """

    if bad_lines not in ("pass", "skip"):
        raise ValueError(f"bad_lines must be 'pass' or 'skip', not {bad_lines!r}")
    try:
        "".encode(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}; try utf-8, cp1252 or latin-1") from None
    size = _check_jobs(jobs, chunksize)
    settings = _Settings(None, tuple(disable), dict(options or {}))
    try:
        settings.check()
    except (TypeError, ValueError) as error:
        raise InputError(str(error)) from None
    task = _LineTask(field, details, bad_lines == "skip", encoding)
    summary = Summary()
    with _terminate_cleanly():
        source = _Input(input_path)
        _run(source, output_path, task, settings, jobs, size, progress, summary)
    print(summary.report(bad_lines), file=sys.stderr)
    return 1 if summary.bad_lines else 0


@contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """Turn SIGTERM (a scheduler's time limit, ``kill``) into an orderly exit: workers stopped,
    the temporary output file deleted, exit status 143, one line on stderr."""
    def stop(signum: int, frame: Any) -> None:
        print("presswash: terminated", file=sys.stderr)
        raise SystemExit(128 + signal.SIGTERM)

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(source: _Input, output_path: str | None, task: _LineTask, settings: _Settings, jobs: int,
         size: int, progress: str, summary: Summary) -> None:

    try:
        bar = _progress_bar(progress, source.total)
        output = _Output(output_path)
        try:
            chunks = _chunked(_numbered_lines(source.lines, task), size)
            read = 0
            # closing(): whatever interrupts the loop (Ctrl-C, SIGTERM, a broken pipe) stops the workers now
            with closing(_ordered_chunks(_clean_lines, chunks, settings, jobs)) as results:
                for result in results:
                    for message in result.errors:
                        _message(bar, f"presswash: {source.name}: {message}")
                    output.write(result.output)
                    summary.add(result.summary)
                    read += result.consumed
                    if bar is not None:  # .gz: compressed bytes read (a few chunks ahead); else bytes done
                        position = source.position() if source.compressed and source.total is not None else read
                        bar.update(max(0, position - bar.n))
            output.commit()
        except BrokenPipeError:
            output.discard()
            _silence_stdout()
            raise
        except (OSError, EOFError, BrokenProcessPool) as error:  # gzip.BadGzipFile is an OSError
            output.discard()
            raise InputError(_io_message(source.name, output_path, error)) from None
        except BaseException:
            output.discard()
            raise
        finally:
            if bar is not None:
                bar.close()
    finally:
        source.close()


def _io_message(input_name: str, output_path: str | None, error: BaseException) -> str:
    if isinstance(error, BrokenProcessPool):
        return "a worker process died (out of memory?); try fewer --jobs"
    if isinstance(error, EOFError):
        return f"{input_name}: the compressed file ends too early (truncated download?)"
    if isinstance(error, gzip.BadGzipFile):
        return f"{input_name}: not a valid gzip file ({error})"
    assert isinstance(error, OSError)
    where = error.filename or output_path or input_name
    return f"{where}: {error.strerror or error}"


def _message(bar: Any, message: str) -> None:
    if bar is not None:
        bar.write(message, file=sys.stderr)
    else:
        print(message, file=sys.stderr)


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
