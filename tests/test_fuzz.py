"""A bounded run of the fuzz target (fuzz/clean_article_fuzz.py), as CI's share of fuzzing."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from .conftest import REPOSITORY

TARGET = REPOSITORY / "fuzz" / "clean_article_fuzz.py"


def load_target():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("clean_article_fuzz", TARGET)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_random_mutation_fuzzing_finds_no_failure() -> None:
    target = load_target()
    assert target.run_random(seconds=15, seed=1234) > 0


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed (extra 'fuzz')")
def test_coverage_guided_fuzzing_finds_no_failure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    completed = subprocess.run(
        [sys.executable, str(TARGET), "-runs=3000", "-max_len=4096", f"-artifact_prefix={tmp_path}/"],
        capture_output=True, text=True, timeout=600,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
