"""Rule data: phrase lists, abbreviations and exceptions, kept as text files beside this module.

File format (every file documents itself at its top):
- ``#`` starts a comment line; blank lines are ignored;
- ``[section]`` starts a named section (entries before any section go to ``""``);
- every other line is one entry, stripped of surrounding whitespace.

Files are read once per process and cached.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_sections(relative_path: str) -> dict[str, tuple[str, ...]]:
    """Read ``rules/<relative_path>`` into ``{section: entries}``; a missing file is an empty dict."""
    resource = resources.files(__package__).joinpath(relative_path)
    if not resource.is_file():
        return {}
    sections: dict[str, list[str]] = {}
    current = ""
    for raw_line in resource.read_text(encoding="utf-8").splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, [])
            continue
        sections.setdefault(current, []).append(line)
    return {name: tuple(entries) for name, entries in sections.items()}


@lru_cache(maxsize=None)
def rule_names(directory: str) -> tuple[str, ...]:
    """The names (without ``.txt``) of the rule files in ``rules/<directory>``, sorted."""
    folder = resources.files(__package__).joinpath(directory)
    if not folder.is_dir():
        return ()
    return tuple(sorted(entry.name[:-4] for entry in folder.iterdir() if entry.name.endswith(".txt")))


def load_entries(relative_path: str, section: str = "") -> tuple[str, ...]:
    """The entries of one section of a rule file (all entries of the file when it has no sections)."""
    sections = load_sections(relative_path)
    if section:
        return sections.get(section, ())
    return tuple(entry for entries in sections.values() for entry in entries)
