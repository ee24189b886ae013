"""No secret in a log line: the demo path and the worker process run against the sandboxes with logging at
DEBUG, every line they log (and their stderr) is kept, and none may carry a secret of that run: the tokens
the sandboxes issued (access, refresh, authorization codes), the client secrets, the gmail-push secret,
the Graph subscriptions' clientState, the delta and skip tokens of Graph's delta links, or a line of the
body of a message that went through. A leak fails with the offending line."""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from relance import demo, logsafe
from relance.config import REPO_ROOT, load
from relance.sandbox import RunningSandbox
from tests.e2e.conftest import E2E, GmailE2E
from tests.e2e.helpers import ALICE, BOB, TEST_KEY

NOW = dt.datetime(2026, 11, 21, 10, 0, tzinfo=demo.PARIS)
# Message bodies of the worker tests: long and unmistakable, so a fragment in a log is a leak, not a coincidence.
BODY = "Here is the confidential proposal we discussed, with the pricing of the mandate attached for you."
REPLY = "Thank you Alice, the confidential pricing works for us; let us sign on Thursday at the office."


def sandbox_secrets(running: RunningSandbox) -> set[str]:
    """Every secret the sandbox issued or was given in this run."""
    sandbox = running.sandbox
    tokens = sandbox.tokens
    found = {*tokens.access, *tokens.refresh, *tokens.codes, *(c.client_secret for c in tokens.clients.values())}
    found |= set(sandbox.graph.delta_states)  # the $deltatoken / $skiptoken of every delta link handed out
    found |= {s.client_state for s in sandbox.graph.subscriptions.values() if s.client_state}
    for sub in sandbox.gmail.push_subscriptions:
        found |= set(parse_qs(urlsplit(sub.endpoint).query).get("token", []))
    return {s for s in found if s and len(s) >= 8}


def body_lines(running: RunningSandbox, *extra: str) -> set[str]:
    """The lines of every message that left a sandbox mailbox (and of ``extra`` texts), long enough to be
    unmistakable."""
    texts = [m["body_text"] for m in running.control.sent()] + list(extra)
    return {line.strip() for text in texts for line in text.splitlines() if len(line.strip()) >= 30}


def assert_no_secret(lines: list[str], secrets_: set[str], bodies: set[str]) -> None:
    assert secrets_, "the run issued no secret: the test would prove nothing"
    for line in lines:
        for secret in secrets_:
            assert secret not in line, f"a secret ({secret[:4]}…) in a log line: {line}"
        for body in bodies:
            assert body not in line, f"a message body in a log line: {line}"


class Capture(logging.Handler):
    """Every record of the process, formatted as a handler would write it (traceback included)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@contextmanager
def captured() -> Iterator[Capture]:
    handler = Capture()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


def test_the_demo_at_debug_logs_no_token_secret_delta_link_or_body(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    runs: list[RunningSandbox] = []
    serve = demo.serve

    @contextmanager
    def serve_and_keep(*args: Any, **kwargs: Any) -> Iterator[RunningSandbox]:
        with serve(*args, **kwargs) as running:
            runs.append(running)
            yield running

    monkeypatch.setattr(demo, "serve", serve_and_keep)  # the very sandbox, kept to list what it issued
    cfg = load({**os.environ, "RELANCE_LOG_LEVEL": "DEBUG"})
    stories = tuple(s for s in demo.STORIES if s.key in ("completed", "reply", "gmail_completed", "gmail_reply"))
    with captured() as capture:
        outcome = demo.run(cfg, db_url, io.StringIO(), state_dir=tmp_path, now=NOW, stories=stories)
    assert outcome.statuses == outcome.expected
    (running,) = runs
    lines = capture.lines + capfd.readouterr().err.splitlines()
    lines += (tmp_path / "workers.log").read_text().splitlines()
    assert any(line.startswith("DEBUG relance.") for line in capture.lines)  # it did log at DEBUG
    texts = [act.text for story in stories for act in story.acts]
    assert_no_secret(lines, sandbox_secrets(running), body_lines(running, *texts))


def _worker(env: dict[str, str], now: dt.datetime, *args: str) -> list[str]:
    """A ``relance`` command in its own process at DEBUG; its stderr (where it logs), line by line."""
    run = [sys.executable, "-m", "relance.cli", *args, "--now", now.isoformat()]
    done = subprocess.run(
        run, cwd=REPO_ROOT, env={**env, "RELANCE_LOG_LEVEL": "DEBUG"}, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stderr.splitlines() + done.stdout.splitlines()


def test_the_graph_worker_at_debug_logs_no_secret(e2e: E2E, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    logsafe.install()
    env = e2e.process_env()
    sent = e2e.control.send_by_hand(ALICE, [f"Bob Prospect <{BOB}>"], BODY, "Proposal")
    e2e.notified(1)
    lines = _worker(env, e2e.now(), "worker", "--once", "--loops", "events")
    e2e.advance(hours=4)  # the access token in the sealed cache has expired: the next process refreshes it
    assert e2e.schedule() == 1
    lines += _worker(env, e2e.now(), "worker", "--once", "--loops", "send")
    before = len([d for d in e2e.control.deliveries() if d["kind"] == "graph.notification" and d["ok"]])
    e2e.control.deliver_reply(ALICE, f"Bob Prospect <{BOB}>", str(sent["internet_message_id"]), REPLY)
    e2e.notified(before + 1)
    lines += _worker(env, e2e.now(), "worker", "--once")
    lines += _worker(env, e2e.now(), "sync", "--full")
    assert [t["status"] for t in e2e.tracked()] == ["replied"]
    assert any(" DEBUG " in line for line in lines)
    lines += [logsafe.redact(r.getMessage()) for r in caplog.records] + caplog.text.splitlines()
    secrets_ = sandbox_secrets(e2e.sandbox) | {TEST_KEY}
    assert_no_secret(lines, secrets_, body_lines(e2e.sandbox, BODY, REPLY))


def test_the_gmail_worker_at_debug_logs_no_secret(gmail_e2e: GmailE2E, caplog: pytest.LogCaptureFixture) -> None:
    e2e = gmail_e2e
    caplog.set_level(logging.DEBUG)
    logsafe.install()
    env = e2e.process_env()
    pushes = len([d for d in e2e.control.deliveries() if d["kind"] == "gmail.push" and d["ok"]])
    sent = e2e.control.send_by_hand(ALICE, [f"Bob Prospect <{BOB}>"], BODY, "Proposal")
    e2e.pushed(pushes + 1)
    lines = _worker(env, e2e.now(), "worker", "--once", "--loops", "events")
    e2e.advance(hours=4)
    assert e2e.schedule() == 1
    lines += _worker(env, e2e.now(), "worker", "--once", "--loops", "send")
    e2e.control.deliver_reply(ALICE, f"Bob Prospect <{BOB}>", str(sent["internet_message_id"]), REPLY)
    lines += _worker(env, e2e.now(), "sync", "--full")
    assert [t["status"] for t in e2e.tracked()] == ["replied"]
    assert any(" DEBUG " in line for line in lines)
    lines += caplog.text.splitlines()
    secrets_ = sandbox_secrets(e2e.sandbox) | {TEST_KEY, e2e.refresh_token}
    assert_no_secret(lines, secrets_, body_lines(e2e.sandbox, BODY, REPLY))


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ('HTTP Request: GET https://graph/v1.0/me/messages/delta?$deltatoken=Ab12Cd34Ef "HTTP/1.1 200"', "Ab12Cd34Ef"),
        ("POST http://127.0.0.1:1/functions/v1/gmail-push?token=pUsH-s3cret&x=1", "pUsH-s3cret"),
        ('{"access_token": "ya29.a0AfH6SMBx-token", "token_type": "Bearer"}', "ya29.a0AfH6SMBx-token"),
        ("Authorization: Bearer sbx.abcdefghijklmnopqrstuvwxyz012345", "abcdefghijklmnopqrstuvwxyz012345"),
        ("refresh_token=0.AXcAabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR", "0.AXcAabcdefghijklmnopqrstuvwxyz"),
        ("{'client_secret': 'Zq8~secret.value', 'grant_type': 'refresh_token'}", "Zq8~secret.value"),
        ("id eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXZhbHVl", "eyJzdWIiOiIxMjM0NTY3ODkwIn0"),
    ],
)
def test_the_backstop_redacts_known_secret_shapes_whatever_logs_them(
    line: str, secret: str, caplog: pytest.LogCaptureFixture
) -> None:
    logsafe.install()
    with caplog.at_level(logging.DEBUG, logger="some.library"):
        logging.getLogger("some.library").debug("%s", line)
        try:
            raise RuntimeError(line)
        except RuntimeError:
            logging.getLogger("some.library").exception("failed")
    assert len(caplog.records) == 2 and "[redacted]" in caplog.text
    assert secret not in caplog.text


def test_libraries_that_log_urls_or_tokens_stay_quiet_even_at_debug() -> None:
    root = logging.getLogger()
    previous = root.level
    root.setLevel(logging.DEBUG)
    try:
        logsafe.install()
        for name in ("httpx", "httpcore", "urllib3", "msal", "google.auth", "googleapiclient.discovery"):
            assert not logging.getLogger(name).isEnabledFor(logging.INFO), name
            assert logging.getLogger(name).isEnabledFor(logging.WARNING), name
        assert logging.getLogger("relance.worker").isEnabledFor(logging.DEBUG)
    finally:
        root.setLevel(previous)
