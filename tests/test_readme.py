"""The README's custom-step example runs and prints what the README says it prints."""

from __future__ import annotations

import contextlib
import io
import re

from .conftest import REPOSITORY


def test_custom_step_example_prints_what_the_readme_says() -> None:
    readme = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if "with_step(" in b)
    expected = [line[2:] for line in block.splitlines() if line.startswith("# ") and "with_step" not in line]
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(block, "README.md", "exec"), {})
    assert output.getvalue().splitlines() == expected
