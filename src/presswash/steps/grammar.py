"""Step "grammar": LanguageTool matches as evidence for the machine-translation verdict. Off by default.

Options:
- ``grammar=None`` (default): the step does nothing and opens no connection; the verdict records
  ``evidence["grammar_used"] = 0.0``.
- ``grammar="local"``: a local LanguageTool started by language-tool-python. It needs Java and a
  LanguageTool already on disk (``LTP_JAR_DIR_PATH``, or a previous language-tool-python download);
  presswash never lets it download one.
- ``grammar="http://host:8081"`` (any URL): a LanguageTool server. presswash never contacts the public
  LanguageTool API unless its URL is passed here.
- ``grammar_language``: the LanguageTool language code (default: the article's language, "en-US"
  for English).

Every match becomes a ``grammar_error`` flag with LanguageTool's message and rule id. Spelling and
typography matches (names, house style) get a low confidence; the score counts only the others.
One ``LanguageTool`` object is kept per (server, language) per process.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from ..document import Flag
from ..pipeline import Context, step

LOW_CONFIDENCE_CATEGORIES = frozenset({"TYPOS", "TYPOGRAPHY", "CASING", "STYLE", "REDUNDANCY", "MISC"})
"""LanguageTool categories that human news text triggers often: weak evidence of translation."""
LOW_CONFIDENCE = 0.2
GRAMMAR_CONFIDENCE = 0.5
_DEFAULT_LANGUAGES = {"en": "en-US", "de": "de-DE", "pt": "pt-PT"}

_TOOLS: dict[tuple[str, str], Any] = {}
_TOOLS_LOCK = threading.Lock()


class GrammarUnavailable(RuntimeError):
    """LanguageTool could not be reached or started; the message says which options exist."""


def _local_languagetool_available() -> bool:
    if os.environ.get("LTP_JAR_DIR_PATH"):
        return True
    try:
        from language_tool_python.utils import find_existing_language_tool_downloads, get_language_tool_download_path
        return bool(find_existing_language_tool_downloads(get_language_tool_download_path()))
    except Exception:  # noqa: BLE001 - any failure means "not available"
        return False


def language_tool(server: str, language: str) -> Any:
    """The cached ``language_tool_python.LanguageTool`` for ``server`` ("local" or a URL) and ``language``."""
    key = (server, language)
    tool = _TOOLS.get(key)
    if tool is not None:
        return tool
    with _TOOLS_LOCK:
        tool = _TOOLS.get(key)
        if tool is not None:
            return tool
        try:
            import language_tool_python
        except ImportError as error:  # pragma: no cover - it is a dependency
            raise GrammarUnavailable("grammar needs the language-tool-python package") from error
        if server == "local":
            if not _local_languagetool_available():
                raise GrammarUnavailable(
                    "grammar='local' needs a LanguageTool on this machine: set LTP_JAR_DIR_PATH to the "
                    "directory of languagetool-server.jar (Java 17+ needed), or pass a server URL "
                    "instead (grammar='http://localhost:8081'), or leave grammar=None")
            try:
                tool = language_tool_python.LanguageTool(language)
            except Exception as error:  # noqa: BLE001
                raise GrammarUnavailable(f"could not start a local LanguageTool ({error}); "
                                         "pass a server URL as grammar=... or leave grammar=None") from error
        else:
            try:
                tool = language_tool_python.LanguageTool(language, remote_server=server)
            except Exception as error:  # noqa: BLE001
                raise GrammarUnavailable(f"could not use the LanguageTool server at {server} ({error}); "
                                         "check the URL, or leave grammar=None") from error
        _TOOLS[key] = tool
        return tool


def _language_code(context: Context) -> str:
    chosen = context.option("grammar_language")
    if chosen:
        return str(chosen)
    language = context.language if context.language not in ("", "und") else "en"
    return _DEFAULT_LANGUAGES.get(language, language)


@step("grammar", grammar=None, grammar_language=None)
def check_grammar(text: str, context: Context) -> list[Flag]:
    """Ask LanguageTool (only when the ``grammar`` option is set) and flag its matches."""
    server = context.option("grammar")
    if not server or not text.strip():
        return []
    tool = language_tool(str(server), _language_code(context))
    try:
        matches = tool.check(text)
    except Exception as error:  # noqa: BLE001
        raise GrammarUnavailable(f"LanguageTool at {server} failed on this article: {error}") from error
    flags: list[Flag] = []
    for match in matches:
        start = max(0, min(len(text), int(match.offset)))
        end = max(start, min(len(text), start + int(match.error_length)))
        category = getattr(match, "category", "") or ""
        confidence = LOW_CONFIDENCE if category in LOW_CONFIDENCE_CATEGORIES else GRAMMAR_CONFIDENCE
        flags.append(Flag(start, end, "grammar_error",
                          f"{match.message} (LanguageTool rule {match.rule_id}, category {category or '?'})",
                          confidence))
    return flags
