"""``presswash --jsonl``: streaming batch mode, bad lines, atomic output, identical bytes for any --jobs."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import presswash.batch
from presswash import clean_article
from presswash.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ARTICLES = FIXTURES / "articles.jsonl"


def run(capsysbinary, *argv: str) -> tuple[int, bytes, str]:
    status = main(["--progress", "off", *argv])
    captured = capsysbinary.readouterr()
    return status, captured.out, captured.err.decode("utf-8")


def records(output: bytes) -> list[dict]:
    return [json.loads(line) for line in output.decode("utf-8").splitlines()]


def test_cleans_the_text_field_and_keeps_every_other_key_in_order(capsysbinary):
    status, out, err = run(capsysbinary, "--jsonl", str(ARTICLES))
    assert status == 0
    inputs = [json.loads(line) for line in ARTICLES.read_text("utf-8").splitlines()]
    outputs = records(out)
    assert [list(o) for o in outputs] == [list(i) for i in inputs]
    for before, after in zip(inputs, outputs):
        assert after["text"] == clean_article(before["text"]).text
        assert {k: v for k, v in after.items() if k != "text"} == {k: v for k, v in before.items() if k != "text"}
    assert "It’s the first vote" in outputs[0]["text"]
    assert "3 articles cleaned" in err


def test_gzip_input_gives_the_same_output(capsysbinary, tmp_path):
    compressed = tmp_path / "articles.jsonl.gz"
    compressed.write_bytes(gzip.compress(ARTICLES.read_bytes()))
    _, plain, _ = run(capsysbinary, "--jsonl", str(ARTICLES))
    status, out, _ = run(capsysbinary, "--jsonl", str(compressed))
    assert status == 0 and out == plain


def test_reads_standard_input(capsysbinary, monkeypatch):
    _, plain, _ = run(capsysbinary, "--jsonl", str(ARTICLES))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLES.read_bytes())))
    status, out, _ = run(capsysbinary, "--jsonl", "-")
    assert status == 0 and out == plain


def test_gzip_on_standard_input(capsysbinary, monkeypatch):
    _, plain, _ = run(capsysbinary, "--jsonl", str(ARTICLES))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(ARTICLES.read_bytes()))))
    status, out, _ = run(capsysbinary, "--jsonl", "-")
    assert status == 0 and out == plain


def test_field_option(capsysbinary, tmp_path):
    source = tmp_path / "body.jsonl"
    source.write_text(json.dumps({"body": "Itâ€™s here.", "text": "Itâ€™s not cleaned."}) + "\n", "utf-8")
    status, out, _ = run(capsysbinary, "--jsonl", str(source), "--field", "body")
    assert status == 0
    assert records(out) == [{"body": "It’s here.", "text": "Itâ€™s not cleaned."}]


def test_details(capsysbinary):
    status, out, _ = run(capsysbinary, "--jsonl", str(ARTICLES), "--details")
    assert status == 0
    first = records(out)[0]
    assert list(first)[-1] == "presswash"
    report = first["presswash"]
    assert {"edits", "flags", "mt_score", "mt_suspected", "language", "notes"} <= set(report)
    assert isinstance(report["mt_score"], float) and isinstance(report["mt_suspected"], bool)
    mojibake = [edit for edit in report["edits"] if edit["original"] == "â€™"]
    assert mojibake and mojibake[0]["replacement"] == "’" and mojibake[0]["reason"]


BAD_LINES = [
    ('{"text": "Fine words here."}', None),
    ('{"text": "unterminated', "line 2: invalid JSON"),
    ('["text", "an array"]', "line 3: a JSON array, not an object"),
    ('{"body": "no text key"}', "line 4: no 'text' field (keys: 'body')"),
    ('{"text": 42}', "line 5: 'text' is a JSON number, not a string"),
    ('{"text": null}', "line 6: 'text' is a JSON null, not a string"),
    ("{\"text\": \"caf\xe9\"}", "line 7: not utf-8 text (byte 0xe9"),
    ('{"text": "More fine words."}', None),
]


def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"".join(line.encode("latin-1") + b"\n" for line, _ in BAD_LINES))
    return path


@pytest.mark.parametrize("mode", ["pass", "skip"])
def test_bad_lines_are_reported_counted_and_passed_or_skipped(capsysbinary, tmp_path, mode):
    path = bad_file(tmp_path)
    status, out, err = run(capsysbinary, "--jsonl", str(path), "--bad-lines", mode)
    assert status == 1
    for _, message in BAD_LINES:
        if message:
            assert f"{path}: {message}" in err
    assert "bad lines: 6" in err and "2 articles cleaned" in err
    lines = out.split(b"\n")[:-1]
    raw = path.read_bytes().split(b"\n")[:-1]
    if mode == "pass":
        assert len(lines) == len(BAD_LINES)
        for (_, message), got, original in zip(BAD_LINES, lines, raw):
            if message:
                assert got == original  # byte for byte
    else:
        assert [json.loads(line)["text"] for line in lines] == ["Fine words here.", "More fine words."]


def test_blank_lines_are_ignored_and_counted(capsysbinary, tmp_path):
    path = tmp_path / "blank.jsonl"
    path.write_text('{"text": "One."}\n\n   \n{"text": "Two."}', "utf-8")  # and no final newline
    status, out, err = run(capsysbinary, "--jsonl", str(path))
    assert status == 0
    assert [r["text"] for r in records(out)] == ["One.", "Two."]
    assert "blank lines ignored: 2" in err


def test_summary_counts_removals_flags_and_verdicts(capsysbinary):
    status, _, err = run(capsysbinary, "--jsonl", str(ARTICLES))
    assert status == 0
    assert "presswash: 3 articles cleaned" in err
    assert "removed by category:" in err and "encoding" in err
    assert "suspected machine translation:" in err


def generated_file(tmp_path: Path, count: int = 45) -> Path:
    inputs = [json.loads(line) for line in ARTICLES.read_text("utf-8").splitlines()]
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            record = dict(inputs[number % len(inputs)])
            record["id"] = f"n{number}"
            record["text"] = f"Item {number}. " + record["text"]
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.write("not json at all\n")
    return path


def test_output_bytes_do_not_depend_on_jobs(capsysbinary, tmp_path, monkeypatch):
    monkeypatch.setattr(presswash.batch, "DEFAULT_CHUNKSIZE", 4)
    path = generated_file(tmp_path)
    one = run(capsysbinary, "--jsonl", str(path), "--jobs", "1", "--details")
    two = run(capsysbinary, "--jsonl", str(path), "--jobs", "2", "--details")
    assert one == two
    assert one[0] == 1 and len(one[1].splitlines()) == 46


def test_output_file_and_gzip_output(capsysbinary, tmp_path):
    target = tmp_path / "out.jsonl"
    status, out, _ = run(capsysbinary, "--jsonl", str(ARTICLES), "-o", str(target))
    assert status == 0 and out == b""
    _, plain, _ = run(capsysbinary, "--jsonl", str(ARTICLES))
    assert target.read_bytes() == plain
    packed = tmp_path / "out.jsonl.gz"
    assert run(capsysbinary, "--jsonl", str(ARTICLES), "-o", str(packed))[0] == 0
    assert gzip.decompress(packed.read_bytes()) == plain
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "out.jsonl.gz"]


def test_interrupted_run_leaves_no_output_and_no_temporary_file(capsysbinary, tmp_path, monkeypatch):
    path = generated_file(tmp_path, count=20)
    target = tmp_path / "out.jsonl"
    target.write_text("an older, complete result\n", "utf-8")
    real = presswash.batch._clean_lines
    calls = []

    def interrupted_after_one_chunk(*args):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(presswash.batch, "DEFAULT_CHUNKSIZE", 5)
    monkeypatch.setattr(presswash.batch, "_clean_lines", interrupted_after_one_chunk)
    status, _, err = run(capsysbinary, "--jsonl", str(path), "-o", str(target))
    assert status == 130 and err.strip() == "presswash: interrupted"
    assert target.read_text("utf-8") == "an older, complete result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.jsonl", "out.jsonl"]


def test_truncated_gzip_is_an_input_error_and_writes_nothing(capsysbinary, tmp_path):
    broken = tmp_path / "cut.jsonl.gz"
    broken.write_bytes(gzip.compress(generated_file(tmp_path).read_bytes())[:-40])
    target = tmp_path / "out.jsonl"
    status, _, err = run(capsysbinary, "--jsonl", str(broken), "-o", str(target))
    assert status == 1 and "ends too early" in err and "Traceback" not in err
    assert not target.exists() and not list(tmp_path.glob(".presswash-*"))


@pytest.mark.parametrize("argv, message", [
    (["--jsonl", "no/such/file.jsonl"], "no such file"),
    (["--jsonl", str(ARTICLES), "--jobs", "0"], "--jobs must be 1 or more"),
    (["--jsonl", str(ARTICLES), "--encoding", "klingon"], "unknown encoding"),
])
def test_usage_errors_are_one_line(capsysbinary, argv, message):
    status, out, err = run(capsysbinary, *argv)
    assert status == 1 and message in err and len(err.strip().splitlines()) == 1 and out == b""


@pytest.mark.parametrize("signal_number, to_group, status, message", [
    (signal.SIGINT, True, 130, "presswash: interrupted"),  # Ctrl-C: the terminal signals the whole group
    (signal.SIGTERM, False, 143, "presswash: terminated"),  # kill or a scheduler: the main process only
])
def test_stopped_run_with_two_jobs_exits_cleanly_and_stops_the_workers(tmp_path, signal_number, to_group,
                                                                        status, message):
    """A real signal while workers hold work: one line, the right status, no worker or file left."""
    target = tmp_path / "out.jsonl"
    line = json.dumps({"text": "The council met on Tuesday. It voted on the budget.\n" * 20}) + "\n"
    process = subprocess.Popen(
        [sys.executable, "-m", "presswash.cli", "--jsonl", "-", "--jobs", "2", "-o", str(target)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    assert process.stdin is not None
    process.stdin.write((line * 200).encode("utf-8"))  # more than enough to start both workers
    process.stdin.flush()  # ... and keep standard input open, so the run cannot finish
    time.sleep(2.0)
    if to_group:
        os.killpg(process.pid, signal_number)
    else:
        os.kill(process.pid, signal_number)
    try:
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == status
    assert err.decode().strip() == message
    assert not target.exists() and not list(tmp_path.glob(".presswash-*"))
    time.sleep(0.3)
    with pytest.raises(ProcessLookupError):  # no worker left behind in the process group
        os.killpg(process.pid, 0)


def test_broken_pipe_is_one_message(tmp_path):
    path = tmp_path / "long.jsonl"  # far more output than a pipe buffers, so the writer must meet the closed pipe
    path.write_text((json.dumps({"text": "A plain sentence about the weather. " * 40}) + "\n") * 400, "utf-8")
    command = f"{sys.executable} -m presswash.cli --jsonl {path} --jobs 2 | head -c 10 > /dev/null"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=60)
    assert result.returncode == 141
    assert result.stderr.strip() == "presswash: output closed before everything was written (broken pipe)"


def test_progress_bar_on_stderr_leaves_the_output_alone(capsysbinary):
    pytest.importorskip("tqdm", reason="the progress bar needs tqdm: pip install 'presswash[progress]'")
    _, plain, _ = run(capsysbinary, "--jsonl", str(ARTICLES))
    status = main(["--jsonl", str(ARTICLES), "--progress", "on"])
    captured = capsysbinary.readouterr()
    assert status == 0 and captured.out == plain
    assert b"presswash: 100%" in captured.err and b"3 articles cleaned" in captured.err


def test_input_encoding_option(capsysbinary, tmp_path):
    path = tmp_path / "legacy.jsonl"
    path.write_bytes('{"text": "Le café ouvre à 9 h."}\n'.encode("cp1252"))
    status, out, _ = run(capsysbinary, "--jsonl", str(path), "--encoding", "cp1252")
    assert status == 0 and records(out) == [{"text": "Le café ouvre à 9 h."}]


def test_escaped_lone_surrogate_does_not_break_the_output(capsysbinary, tmp_path):
    path = tmp_path / "surrogate.jsonl"
    path.write_text('{"text": "Broken \\ud83d pair here.", "note": "\\udc00"}\n', "utf-8")
    status, out, _ = run(capsysbinary, "--jsonl", str(path))
    assert status == 0
    [record] = records(out)
    assert record["note"] == "\udc00" and record["text"].startswith("Broken ")


def test_output_may_replace_the_input(capsysbinary, tmp_path):
    path = generated_file(tmp_path, count=40)
    _, expected, _ = run(capsysbinary, "--jsonl", str(path))
    status, _, _ = run(capsysbinary, "--jsonl", str(path), "-o", str(path), "--jobs", "2")
    assert status == 1  # the file ends with a bad line, passed through
    assert path.read_bytes() == expected
