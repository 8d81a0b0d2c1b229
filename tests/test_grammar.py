"""The optional LanguageTool step: off by default, through a server URL, evidence for the verdict.

LanguageTool cannot be downloaded here, so the integration is tested against a small local server
on 127.0.0.1 (tests/languagetool_stub.py) that answers like the real one, through
language-tool-python's ``remote_server``. A real LanguageTool is used when ``LTP_JAR_DIR_PATH`` or
``PRESSWASH_LANGUAGETOOL_URL`` is set.
"""

from __future__ import annotations

import os
import socket

import pytest

from presswash import clean_article
from presswash.steps import grammar
from presswash.steps.grammar import GrammarUnavailable, language_tool

from .languagetool_stub import LanguageToolStub

PARAGRAPH = ("The inspectors said they was not told about the leak until Friday, and teh company did "
             "not answer. Residents said they was worried about the water. ")
ARTICLE = "Leak at the water plant\n\n" + PARAGRAPH * 4 + "The council will meet on Monday.\n"


@pytest.fixture()
def stub():
    server = LanguageToolStub().start()
    try:
        yield server
    finally:
        server.stop()


def test_matches_come_back_as_flags_with_exact_spans(stub: LanguageToolStub) -> None:
    result = clean_article(ARTICLE, grammar=stub.url, disable=["mt"])
    grammar_flags = [f for f in result.flags if f.kind == "grammar_error"]
    assert {result.text[f.start:f.end] for f in grammar_flags} == {"they was", "teh"}
    assert len(grammar_flags) == 12
    assert all("HE_VERB_AGR" in f.message or "MORFOLOGIK_RULE_EN_US" in f.message for f in grammar_flags)
    spelling = [f for f in grammar_flags if result.text[f.start:f.end] == "teh"]
    assert all(f.confidence < 0.4 for f in spelling)  # spelling: weak evidence (names trigger it)


def test_spans_survive_characters_outside_the_basic_plane(stub: LanguageToolStub) -> None:
    text = "Fans 🎉🎉 cheered, but they was tired by the end of the long evening in the stadium.\n"
    result = clean_article(text, grammar=stub.url, steps=["grammar"])
    assert [result.text[f.start:f.end] for f in result.flags] == ["they was"]


def test_grammar_density_feeds_the_score(stub: LanguageToolStub) -> None:
    without = clean_article(ARTICLE)
    with_grammar = clean_article(ARTICLE, grammar=stub.url)
    assert without.mt_evidence["grammar_used"] == 0.0
    assert "grammar" not in without.mt_evidence
    assert with_grammar.mt_evidence["grammar_used"] == 1.0
    assert with_grammar.mt_evidence["grammar"] > 0
    assert with_grammar.mt_score > without.mt_score


def test_one_tool_per_server_and_language(stub: LanguageToolStub) -> None:
    first = language_tool(stub.url, "en-US")
    assert language_tool(stub.url, "en-US") is first
    clean_article(ARTICLE, grammar=stub.url, steps=["grammar"])
    clean_article(ARTICLE, grammar=stub.url, steps=["grammar"])
    assert language_tool(stub.url, "en-US") is first
    assert stub.requests == 2  # one /v2/check per article, no new tool per call


def test_default_opens_no_network_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("presswash opened a network connection with default options")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    result = clean_article(ARTICLE)
    assert result.mt_evidence["grammar_used"] == 0.0
    assert not [f for f in result.flags if f.kind == "grammar_error"]


def test_local_without_languagetool_names_the_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.setattr(grammar, "_local_languagetool_available", lambda: False)
    with pytest.raises(GrammarUnavailable, match="LTP_JAR_DIR_PATH.*grammar='http"):
        clean_article(ARTICLE, grammar="local", steps=["grammar"])


def test_unreachable_server_is_a_clear_error() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(GrammarUnavailable, match=f"127.0.0.1:{port}"):
        clean_article(ARTICLE, grammar=f"http://127.0.0.1:{port}", steps=["grammar"])


REAL_SERVER = os.environ.get("PRESSWASH_LANGUAGETOOL_URL")
REAL_LOCAL = os.environ.get("LTP_JAR_DIR_PATH")


@pytest.mark.skipif(not (REAL_SERVER or REAL_LOCAL),
                    reason="no real LanguageTool: set LTP_JAR_DIR_PATH or PRESSWASH_LANGUAGETOOL_URL")
def test_real_languagetool() -> None:
    server = REAL_SERVER or "local"
    result = clean_article("The inspectors said they was not told about the leak. " * 3, grammar=server,
                           steps=["grammar"])
    spans = [result.text[f.start:f.end] for f in result.flags if f.kind == "grammar_error"]
    assert any("was" in span for span in spans), spans
