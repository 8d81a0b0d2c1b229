"""The command line: output modes and one-line errors with a non-zero exit, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from presswash import __version__
from presswash.cli import main

from .conftest import FIXTURES

MOJIBAKE = "Itâ€™s the first time the council has met in the new hall.\n"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "presswash.cli", *args], input=stdin, capture_output=True,
                          timeout=60)


@pytest.fixture
def mojibake_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(MOJIBAKE, encoding="utf-8")
    return path


def test_prints_the_repaired_text(mojibake_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(mojibake_file)]) == 0
    assert capsys.readouterr().out == "It’s the first time the council has met in the new hall.\n"


def test_reads_standard_input() -> None:
    completed = run("-", stdin=MOJIBAKE.encode("utf-8"))
    assert completed.returncode == 0
    assert completed.stdout.decode("utf-8").startswith("It’s the first time")


def test_json_carries_the_whole_result(mojibake_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", str(mojibake_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"text", "edits", "flags", "mt_score", "mt_suspected", "original"} <= set(data)
    assert data["edits"][0]["reason"].startswith("mojibake")


def test_diff_says_what_changed_and_why(mojibake_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--diff", str(mojibake_file)]) == 0
    out = capsys.readouterr().out
    assert "1:3 [encoding/encoding] mojibake: UTF-8 text decoded as Windows-1252" in out
    assert "- â€™" in out and "+ ’" in out


def test_output_file(mojibake_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "clean.txt"
    assert main([str(mojibake_file), "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("It’s")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".presswash-")]


def test_version() -> None:
    completed = run("--version")
    assert completed.returncode == 0 and __version__ in completed.stdout.decode()


def test_every_fixture_cleans_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    for path in sorted(FIXTURES.glob("*.txt")):
        assert main([str(path)]) == 0, path
        assert capsys.readouterr().out.strip()


@pytest.mark.parametrize(
    "make_input, message",
    [
        (lambda tmp: str(tmp / "missing.txt"), "no such file"),
        (lambda tmp: str(tmp), "is a directory"),
        (lambda tmp: _write(tmp / "empty.txt", b""), "is empty"),
        (lambda tmp: _write(tmp / "blank.txt", b"  \n\n"), "is empty"),
        (lambda tmp: _write(tmp / "latin1.txt", "Café au lait".encode("latin-1")), "--encoding"),
        (lambda tmp: _write(tmp / "binary.bin", bytes(range(256)) * 8), "binary"),
    ],
)
def test_bad_input_is_one_line_and_non_zero(tmp_path: Path, make_input, message: str) -> None:  # type: ignore[no-untyped-def]
    completed = run(make_input(tmp_path))
    stderr = completed.stderr.decode()
    assert completed.returncode != 0
    assert message in stderr
    assert "Traceback" not in stderr and stderr.count("\n") == 1


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    # root reads any file whatever its mode, so the refusal is simulated where the CLI opens it
    path = _write(tmp_path / "secret.txt", b"text")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    assert main([path]) == 1
    assert capsys.readouterr().err == f"presswash: {path}: permission denied; check the file's permissions\n"


def test_other_encodings_can_be_named(tmp_path: Path) -> None:
    path = _write(tmp_path / "latin1.txt", "Café au lait.".encode("latin-1"))
    completed = run("--encoding", "latin-1", path)
    assert completed.returncode == 0 and completed.stdout.decode() == "Café au lait."


def test_unknown_step_is_a_clear_error(mojibake_file: Path) -> None:
    completed = run("--disable", "nonsense", str(mojibake_file))
    assert completed.returncode != 0 and "no such step" in completed.stderr.decode()


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    big = _write(tmp_path / "big.txt", ("A line of article text that goes on.\n" * 200_000).encode())
    shell = f"{sys.executable} -m presswash.cli {big} | head -1"
    completed = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, timeout=120)
    assert completed.stdout.decode() == "A line of article text that goes on.\n"
    assert "Traceback" not in completed.stderr.decode()


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_unreachable_languagetool_is_a_clear_error(mojibake_file: Path) -> None:
    completed = run("--grammar", "http://127.0.0.1:9", str(mojibake_file))
    stderr = completed.stderr.decode()
    assert completed.returncode != 0 and "LanguageTool" in stderr and "Traceback" not in stderr


PAGE_WITH_SITE_WIDGETS = "\n\n".join([
    "Home", "News", "Sport", "Harbour town votes to rebuild its old stone pier",
    "The council of the small harbour town voted on Tuesday night to rebuild the old stone pier, which has "
    "been closed to visitors since a storm damaged it in the spring of last year.",
    "Harbour deals of the week",
    "Fishermen who still use the harbour said the decision came late but was welcome, and several of them "
    "told the meeting that the repairs should start before the winter storms arrive.",
    "Tide tables by the quay office",
    "The work is expected to cost about four million euros, most of it paid by the regional government, and "
    "the mayor said that the first boats could tie up again by next summer.",
]) + "\n"


def test_own_boilerplate_rules_and_patterns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A site's own widgets go with --boilerplate-rules FILE (the rule-file format) and
    --boilerplate-pattern REGEX; batch mode takes them too."""
    article = Path(_write(tmp_path / "page.txt", PAGE_WITH_SITE_WIDGETS.encode()))
    rules = _write(tmp_path / "site.txt", b"# my site\n[advertisement]\n= harbour deals of the week\n")
    assert main([str(article)]) == 0
    plain = capsys.readouterr().out
    assert "Harbour deals of the week" in plain and "Tide tables by the quay office" in plain
    assert main(["--boilerplate-rules", rules, "--boilerplate-pattern", "^tide tables", str(article)]) == 0
    own = capsys.readouterr().out
    assert "Harbour deals" not in own and "Tide tables" not in own and "the first boats" in own
    batch = _write(tmp_path / "pages.jsonl", (json.dumps({"text": PAGE_WITH_SITE_WIDGETS}) + "\n").encode())
    assert main(["--jsonl", "--boilerplate-rules", rules, batch]) == 0
    assert "Harbour deals" not in json.loads(capsys.readouterr().out)["text"]


@pytest.mark.parametrize(
    "flags, message",
    [
        (lambda tmp: ["--boilerplate-rules", str(tmp / "missing.txt")], "no such file"),
        (lambda tmp: ["--boilerplate-rules", str(tmp)], "is a directory"),
        (lambda tmp: ["--boilerplate-rules", _write(tmp / "latin1.txt", "= café".encode("latin-1"))], "UTF-8"),
        (lambda tmp: ["--boilerplate-rules", _write(tmp / "bad.txt", b"[ads]\n= (unclosed\n")], "bad.txt"),
        (lambda tmp: ["--boilerplate-pattern", "(unclosed"], "not a valid pattern"),
    ],
)
def test_bad_boilerplate_rules_are_a_clear_error(tmp_path: Path, mojibake_file: Path, flags,  # type: ignore[no-untyped-def]
                                                 message: str) -> None:
    completed = run(*flags(tmp_path), str(mojibake_file))
    stderr = completed.stderr.decode()
    assert completed.returncode == 1
    assert message in stderr
    assert "Traceback" not in stderr and stderr.count("\n") == 1
