"""The ``presswash`` command line: clean one article (or, with --jsonl, many) and say what changed.

Errors never end in a traceback: every failure is one line on stderr naming the input and what to
do, and a non-zero exit status (1 bad input, 2 bad usage, 130 interrupted, 141 output closed).
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import sys
import tempfile
from typing import Any, Sequence, TextIO

from . import __version__
from .document import Cleaned
from .input_errors import InputError, explained_os_errors
from .pipeline import clean_article, default_pipeline
from .steps.boilerplate import user_rules
from .steps.grammar import GrammarUnavailable

EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="presswash",
        description="Clean the plain text of a scraped article: boilerplate, mojibake, broken quotes and "
        "sentences; flag machine-translation artifacts. Every change is recorded with its reason.",
        epilog="examples:\n"
        "  presswash article.txt                 cleaned text on stdout\n"
        "  presswash --diff article.txt          what was removed or changed, and why\n"
        "  presswash --json - < article.txt      the full result as JSON\n"
        "  presswash --jsonl in.jsonl.gz -o out.jsonl --jobs 2   batch: one {\"text\": ...} object a line",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="FILE", help='the article to clean ("-" reads standard input)')
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the whole result as JSON")
    mode.add_argument("--diff", action="store_true", help="list what was removed or changed, and why, and the flags")
    mode.add_argument("--jsonl", action="store_true",
                      help="batch mode: FILE is JSON Lines (.jsonl or .jsonl.gz), one object with a text field a line")
    parser.add_argument("--encoding", default="utf-8", metavar="NAME",
                        help="the input's text encoding (default utf-8), e.g. cp1252 or latin-1")
    parser.add_argument("--lang", metavar="CODE", help="the article's language (en, de, fr, ...); guessed if omitted")
    parser.add_argument("--disable", metavar="STEP", action="append", default=[],
                        help="skip a step (repeatable); steps: " + ", ".join(default_pipeline().names))
    parser.add_argument("--grammar", metavar="URL_OR_LOCAL",
                        help='LanguageTool evidence: a server URL (e.g. http://localhost:8081) or "local"')
    parser.add_argument("--boilerplate-rules", metavar="FILE",
                        help="your own boilerplate rules, a file in the format of the built-in rule files "
                        "([category] sections, one '= ^ ~ $ @' entry a line)")
    parser.add_argument("--boilerplate-pattern", metavar="REGEX", action="append", default=[],
                        help="remove lines with this pattern (a case-insensitive regex; repeatable)")
    batch = parser.add_argument_group("batch mode (--jsonl)")
    batch.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    batch.add_argument("--field", default="text", metavar="NAME", help='the JSON field with the text (default "text")')
    batch.add_argument("--details", action="store_true",
                       help='also write, under a "presswash" key of each object, the edits (each with the '
                       'original text it replaced), flags, mt_score and mt_suspected')
    batch.add_argument("--bad-lines", choices=("skip", "pass"), default="pass",
                       help="what to do with a line that cannot be cleaned: "
                       "pass it through unchanged (default) or skip it")
    batch.add_argument("--progress", choices=("auto", "on", "off"), default="auto",
                       help="a progress bar on stderr (auto: when stderr is a terminal)")
    parser.add_argument("--version", action="version", version=f"presswash {__version__}")
    return parser


def read_text(path: str, encoding: str) -> str:
    """Read one article as text, turning every way it can fail into an InputError with advice."""
    name = "standard input" if path == "-" else path
    with explained_os_errors(name):
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            if os.path.isdir(path):
                raise InputError(f"{name} is a directory; give a text file")
            with open(path, "rb") as handle:
                data = handle.read()
    if not data.strip():
        raise InputError(f"{name} is empty; there is no article to clean")
    sample = data[:8192]
    if sample.count(0) > len(sample) // 10:
        raise InputError(f"{name} looks like a binary file, not text")
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}; try utf-8, cp1252 or latin-1") from None
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name} is not {encoding} text (byte 0x{data[error.start]:02x} at offset {error.start}); "
            f"pass --encoding with the file's encoding, e.g. --encoding cp1252"
        ) from None


def _line_and_column(line_starts: list[int], offset: int) -> tuple[int, int]:
    line = bisect.bisect_right(line_starts, offset) - 1
    return line + 1, offset - line_starts[line] + 1


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for index, character in enumerate(text):
        if character == "\n":
            starts.append(index + 1)
    return starts


def _shorten(text: str, limit: int = 160) -> str:
    text = text.replace("\r", "\\r").replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 20] + " … " + text[-15:]


def format_diff(result: Cleaned, colour: bool = False) -> str:
    """What was removed or changed and why (original line:column), then the flags (result line:column)."""
    red, green, dim, reset = ("\x1b[31m", "\x1b[32m", "\x1b[2m", "\x1b[0m") if colour else ("", "", "", "")
    lines: list[str] = []
    original_starts = _line_starts(result.original)
    for edit in result.edits:
        line, column = _line_and_column(original_starts, edit.start)
        label = edit.category or edit.step
        lines.append(f"{dim}{line}:{column}{reset} [{edit.step}/{label}] {edit.reason}")
        removed = result.original[edit.start : edit.end]
        if removed:
            lines.append(f"  {red}- {_shorten(removed)}{reset}")
        if edit.replacement:
            lines.append(f"  {green}+ {_shorten(edit.replacement)}{reset}")
    if not result.edits:
        lines.append("no changes")
    if result.flags:
        lines.append("")
        lines.append("flags (line:column in the cleaned text):")
        result_starts = _line_starts(result.text)
        for flag in result.flags:
            line, column = _line_and_column(result_starts, flag.start)
            lines.append(f"{dim}{line}:{column}{reset} {flag.kind} ({flag.confidence:.2f}): {flag.message}")
            lines.append(f"  » {_shorten(result.text[flag.start:flag.end])}")
    lines.append("")
    verdict = "suspected" if result.mt_suspected else "not suspected"
    lines.append(f"machine translation: {verdict} (score {result.mt_score:.2f}); language: {result.language}")
    lines.extend(f"note: {note}" for note in result.notes)
    return "\n".join(lines) + "\n"


def write_output(content: str, path: str | None, stdout: TextIO) -> None:
    """Write to ``path`` through a temporary file renamed at the end, or to stdout."""
    if path is None or path == "-":
        stdout.write(content)
        stdout.flush()
        return
    directory = os.path.dirname(os.path.abspath(path))
    try:
        handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=directory, prefix=".presswash-",
                                             suffix=".tmp", delete=False, newline="")
    except OSError as error:
        raise InputError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        with handle:
            handle.write(content)
        os.replace(handle.name, path)
    except BaseException:
        os.unlink(handle.name)
        raise


def _options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if args.lang:
        options["lang"] = args.lang
    if args.grammar:
        options["grammar"] = args.grammar
    if args.boilerplate_rules or args.boilerplate_pattern:
        patterns = tuple(args.boilerplate_pattern)
        rules = args.boilerplate_rules
        # Bad rules are the user's input: say which, before any article is read.
        if rules:
            with explained_os_errors(f"--boilerplate-rules {rules}"):
                if os.path.isdir(rules):
                    raise IsADirectoryError(rules)
                with open(rules, "rb"):
                    pass
        try:
            user_rules(patterns, rules)
        except ValueError as error:
            raise InputError(str(error)) from None
        if patterns:
            options["boilerplate_patterns"] = patterns
        if rules:
            options["boilerplate_config"] = rules
    return options


def _run(args: argparse.Namespace) -> int:
    known_steps = default_pipeline().names
    for name in args.disable:
        if name not in known_steps:
            raise InputError(f"--disable {name}: no such step; steps are: {', '.join(known_steps)}")
    options = _options(args)
    if args.grammar and "grammar" not in default_pipeline().options:
        raise InputError("--grammar: this build has no grammar step")
    if args.jsonl:
        from .batch import run_jsonl

        if args.jobs < 1:
            raise InputError("--jobs must be 1 or more")
        return run_jsonl(args.input, args.output, field=args.field, jobs=args.jobs, details=args.details,
                         bad_lines=args.bad_lines, progress=args.progress, encoding=args.encoding,
                         disable=tuple(args.disable), options=options)
    text = read_text(args.input, args.encoding)
    result = clean_article(text, disable=tuple(args.disable), **options)
    if args.json:
        content = json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n"
    elif args.diff:
        colour = args.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        content = format_diff(result, colour=colour)
    else:
        content = result.text
        if content and not content.endswith(("\n", "\r")) and args.output is None and sys.stdout.isatty():
            content += "\n"
    write_output(content, args.output, sys.stdout)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except (InputError, GrammarUnavailable) as error:
        print(f"presswash: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("presswash: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `presswash big.txt | head -1`): say so once, quietly stop.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (keeps Python's exit flush from failing)
        finally:
            print("presswash: output closed before everything was written (broken pipe)", file=sys.stderr)
        return EXIT_BROKEN_PIPE


def console() -> None:
    """The ``presswash`` command: :func:`main`, then exit with its status.

    After a broken pipe the output is gone and the batch workers are stopped; exit at once, since
    Python's exit handlers would wait on the stopped pool's manager thread, which can hang.
    """
    status = main()
    if status == EXIT_BROKEN_PIPE:
        sys.stderr.flush()
        os._exit(status)
    sys.exit(status)


if __name__ == "__main__":
    console()
