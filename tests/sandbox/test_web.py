"""The sandboxes' HTTP server: what it says when a connection fails."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from relance.sandbox.web import Request, Response, SandboxHTTPServer, json_response


def _app(request: Request) -> Response:
    return json_response(200, {})


@pytest.fixture
def server() -> Iterator[SandboxHTTPServer]:
    server = SandboxHTTPServer(("127.0.0.1", 0), _app, None)
    yield server
    server.server_close()


@pytest.mark.parametrize("error", [BrokenPipeError, ConnectionResetError])
def test_a_client_that_went_away_before_its_answer_is_not_reported(
    server: SandboxHTTPServer,
    error: type[Exception],
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A client that gave up on a held request (an LLM timeout test) closes its socket; the answer's write fails.
    caplog.set_level(logging.DEBUG, logger="relance.sandbox")
    try:
        raise error("the client closed its connection")
    except error:
        server.handle_error(None, ("127.0.0.1", 50000))
    assert capfd.readouterr().err == ""
    assert [r.levelno for r in caplog.records] == [logging.DEBUG]
    assert "went away" in caplog.records[0].getMessage()


def test_a_failure_of_the_sandbox_itself_is_logged_with_its_traceback(
    server: SandboxHTTPServer, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="relance.sandbox")
    try:
        raise KeyError("a bug in a sandbox handler")
    except KeyError:
        server.handle_error(None, ("127.0.0.1", 50000))
    # Not socketserver's bare print to stderr: a log record, with the exception.
    assert "Exception occurred during processing" not in capfd.readouterr().err
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert errors[0].exc_info is not None and errors[0].exc_info[0] is KeyError
