"""A tiny LanguageTool look-alike on 127.0.0.1 for tests: answers /v2/languages and /v2/check.

The JSON has the shape of the real server's (fields language-tool-python reads: ``matches`` with
``message``, ``shortMessage``, ``replacements``, ``offset``, ``length``, ``context``, ``sentence``,
``rule`` with ``id``, ``description``, ``issueType`` and ``category``). Offsets are counted in UTF-16
code units, as the Java server counts them. It "finds" a fixed set of invented errors.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import regex

# pattern -> (rule id, category id, issue type, message, replacement)
RULES: list[tuple[regex.Pattern[str], str, str, str, str, str]] = [
    (regex.compile(r"\bthey was\b"), "HE_VERB_AGR", "GRAMMAR", "grammar",
     "The pronoun 'they' must be used with a plural verb: 'were'.", "they were"),
    (regex.compile(r"\bteh\b"), "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling",
     "Possible spelling mistake found.", "the"),
    (regex.compile(r"\ban (?=[bcdfgkmnpqrstvwz])\w+"), "EN_A_VS_AN", "MISC", "misspelling",
     "Use 'a' instead of 'an' if the following word doesn't start with a vowel sound.", "a"),
]
LANGUAGES = [
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]


def _utf16_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def check(text: str, language: str) -> dict:
    """The /v2/check answer for ``text``."""
    matches = []
    for pattern, rule_id, category, issue_type, message, replacement in RULES:
        for found in pattern.finditer(text):
            offset = _utf16_offset(text, found.start())
            length = _utf16_offset(text, found.end()) - offset
            context_start = max(0, found.start() - 20)
            matches.append({
                "message": message,
                "shortMessage": "",
                "replacements": [{"value": replacement}],
                "offset": offset,
                "length": length,
                "context": {"text": text[context_start:found.end() + 20],
                            "offset": found.start() - context_start, "length": found.end() - found.start()},
                "sentence": text[context_start:found.end() + 20],
                "type": {"typeName": "Other"},
                "rule": {"id": rule_id, "description": message, "issueType": issue_type,
                         "category": {"id": category, "name": category.title()}},
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            })
    matches.sort(key=lambda m: m["offset"])
    return {
        "software": {"name": "LanguageTool", "version": "6.6-stub", "apiVersion": 1, "premium": False,
                     "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {"name": "English (US)", "code": language,
                     "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99}},
        "matches": matches,
    }


class _Handler(BaseHTTPRequestHandler):
    server: "LanguageToolStub"

    def _send(self, payload: object, status: int = 200) -> None:
        body = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        if self.path.split("?")[0].rstrip("/").endswith("/v2/languages"):
            self._send(LANGUAGES)
        else:
            self._send({"error": "not found"}, 404)

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length", "0"))
        form = parse_qs(self.rfile.read(length).decode("utf-8"))
        if not self.path.split("?")[0].rstrip("/").endswith("/v2/check"):
            self._send({"error": "not found"}, 404)
            return
        self.server.requests += 1
        self._send(check(form.get("text", [""])[0], form.get("language", ["en-US"])[0]))

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass


class LanguageToolStub(ThreadingHTTPServer):
    """Start with :meth:`start`, stop with :meth:`stop`; ``url`` is its base URL."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests = 0
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "LanguageToolStub":
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
