"""The ingest contract (DESIGN.md, "Contracts"), fuzzed through real SQL calls: whatever a worker hands
``ingest_message``, it either records the message faithfully (or finds it a duplicate) or refuses it whole with
one 22023 error naming the key; never a cast error (22P02, 22007, 22008 …), never another SQLSTATE, never a
row written for a refused message. ``ingest_messages`` isolates the bad message of a page and reports it.

Hypothesis runs derandomized (the same examples every run) and with a modest example count, so the test takes
well under a minute and a failure replays exactly.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
import re
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.story import Mailbox, make_team_with_mailbox, worker_connection

SETTINGS = settings(
    derandomize=True,
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

_ids = itertools.count()

# Text Postgres can hold (no NUL, no lone surrogate: those never reach SQL, the worker cleans or sets them
# aside, tests/test_poison_messages.py), from every other plane.
TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=30)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False, allow_infinity=False), TEXT
)
JSON = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=8
)
ZONES = st.sampled_from(["Z", "z", "+00:00", "-14:00", "+14:00", "+0530", "+05", " +01:00", "+99:99", ""])
INSTANTS = st.one_of(
    st.builds(
        lambda d, zone: d.strftime("%Y-%m-%dT%H:%M:%S") + zone,
        st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)),
        ZONES,
    ),
    st.sampled_from(
        [
            "9999-12-31T23:59:59-14:00",
            "99999-12-31T23:59:59Z",
            "2030-01-07T09:00:00",
            "2030-02-30T09:00:00Z",
            "2030-01-07T24:00:00Z",
            "0000-01-01T00:00:00Z",
            "Fri, 31 Dec 9999 23:59:59 -1400",
            "2030-01-07T09:00:00.1234567890Z",
            "infinity",
            "epoch",
            "now",
            "1969-12-31T23:59:59Z",
            "2200-01-01T00:00:01Z",
        ]
    ),
    JSON,
)
LONG_IDS = st.builds(lambda c, n: c * n, st.sampled_from(["a", "é", "😀"]), st.integers(990, 1100))


def base(folder: str) -> dict[str, Any]:
    """A message the contract accepts, with ids no other example uses."""
    n = next(_ids)
    return {
        "provider_message_id": f"pm-{n}-{uuid.uuid4().hex[:8]}",
        "provider_thread_id": f"th-{n}",
        "internet_message_id": f"<m{n}.{uuid.uuid4().hex[:8]}@prospect.example>",
        "in_reply_to": None,
        "references": [],
        "folder": folder,
        "from": {"address": "alice@acme.test" if folder == "sent" else "paul@prospect.example", "name": "Someone"},
        "to": [{"address": "paul@prospect.example" if folder == "sent" else "alice@acme.test", "name": ""}],
        "cc": [],
        "subject": "Proposition",
        "sent_at": "2030-01-07T09:00:00Z",
        "received_at": "2030-01-07T09:00:05Z",
        "headers": {"message-id": "<x@y>"},
        "body_text": "Bonjour",
        "analysis": {"kind": "human"},
    }


# Where a mutation lands: a path into the message (keys, then list indexes), and the values it may take there.
PATHS: dict[tuple[Any, ...], st.SearchStrategy[Any]] = {
    ("provider_message_id",): JSON | LONG_IDS | st.just("   "),
    ("provider_thread_id",): JSON | LONG_IDS,
    ("internet_message_id",): JSON | LONG_IDS,
    ("in_reply_to",): JSON | LONG_IDS,
    ("references",): JSON | st.lists(TEXT | LONG_IDS | JSON, max_size=3),
    ("folder",): JSON | st.sampled_from(["inbox", "sent", "other", "Inbox", "drafts"]),
    ("from",): JSON,
    ("from", "address"): JSON | LONG_IDS,
    ("from", "name"): JSON,
    ("to",): JSON,
    ("to", 0): JSON,
    ("to", 0, "address"): JSON | LONG_IDS,
    ("cc",): JSON | st.lists(st.fixed_dictionaries({"address": JSON}), max_size=2),
    ("subject",): JSON,
    ("body_text",): JSON,
    ("sent_at",): INSTANTS,
    ("received_at",): INSTANTS,
    ("headers",): JSON,
    ("headers", "x-relance-followup-id"): JSON | st.lists(st.uuids().map(str), max_size=3),
    ("headers", "auto-submitted"): JSON,
    ("headers", "list-id"): JSON,
    ("analysis",): JSON,
    ("analysis", "kind"): JSON | st.sampled_from(["auto_reply", "bounce", "list", "human", "engine", "spam"]),
    ("analysis", "auto_reply"): JSON | st.fixed_dictionaries({"until": INSTANTS}),
    ("analysis", "bounce"): JSON
    | st.fixed_dictionaries(
        {
            "recipients": JSON | st.lists(st.fixed_dictionaries({"address": JSON, "permanent": JSON}), max_size=2),
            "original_message_id": JSON,
        }
    ),
    ("analysis", "opt_out"): JSON,
    ("analysis", "opt_out_phrase"): JSON,
    ("analysis", "opt_out_relayed"): JSON,
}
DELETE = object()


@st.composite
def mutated(draw: st.DrawFn) -> tuple[dict[str, Any], list[tuple[Any, ...]]]:
    """A valid message with one to three of its values replaced (or removed): the message, and the paths."""
    message = base(draw(st.sampled_from(["inbox", "sent", "other"])))
    paths = draw(st.lists(st.sampled_from(sorted(PATHS, key=repr)), min_size=1, max_size=3, unique=True))
    for path in paths:
        value = draw(st.just(DELETE) | PATHS[path])
        parent: Any = message
        for step in path[:-1]:
            parent = parent[step] if isinstance(parent, dict) and step in parent else None
            if isinstance(parent, list):
                parent = parent[0] if parent else None
            if not isinstance(parent, dict | list):
                break
        else:
            last = path[-1]
            if isinstance(parent, dict):
                if value is DELETE:
                    parent.pop(last, None)
                else:
                    parent[last] = value
            elif isinstance(parent, list) and parent and value is not DELETE:
                parent[0] = value
    return message, paths


def keys_named(error: str, paths: list[tuple[Any, ...]]) -> bool:
    """Whether a refusal ("ingest_message: <key> …") names, as its key, one of the values the example changed
    (``to[0].address`` names ``to``)."""
    if not error.startswith("ingest_message: "):
        return False
    named = error.removeprefix("ingest_message: ").split(" ")[0]
    return re.split(r"[.\[]", named)[0] in {str(p[0]) for p in paths}


@pytest.fixture
def mailbox(conn: psycopg.Connection[Any]) -> Mailbox:
    return make_team_with_mailbox(conn, address="alice@acme.test", domains=("acme.test",))


@pytest.fixture
def worker(db_url: str) -> Iterator[psycopg.Connection[Any]]:
    with worker_connection(db_url) as connection:
        yield connection


def _count(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute("select count(*) from public.messages").fetchone()
    return int(row[0]) if row else 0


def _expected_instant(conn: psycopg.Connection[Any], value: str) -> dt.datetime:
    """The instant an accepted ISO 8601 text names, read by Python; PostgreSQL's reading where Python reads no
    such text (24:00, more than six decimals), which the contract only accepted because it had a zone."""
    text = re.sub(r"\s+", "", value).replace("z", "Z")
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        row = conn.execute("select %s::timestamptz", (value,)).fetchone()
        assert row is not None
        return row[0]


def _check_recorded(conn: psycopg.Connection[Any], result: dict[str, Any], message: dict[str, Any]) -> None:
    """An accepted message was written as it came: nothing silently changed on the way."""
    row = conn.execute(
        "select provider_message_id, direction, folder, subject, body_text, from_address, sent_at, received_at"
        " from public.messages where id = %s",
        (result["message_id"],),
    ).fetchone()
    assert row is not None
    pid, direction, folder, subject, body, sender, sent_at, received_at = row
    assert pid == message["provider_message_id"].strip(" ")
    assert folder == (message.get("folder") or "other")
    assert direction == ("outbound" if message.get("folder") == "sent" else "inbound")  # R14: the folder decides
    assert subject == message.get("subject") and body == message.get("body_text")
    address = (message.get("from") or {}).get("address")
    if not isinstance(address, str):
        assert sender is None
    elif address.isascii():  # lower() beyond ASCII is the collation's business
        assert sender == (address.strip(" ").lower() or None)
    given_sent, given_received = message.get("sent_at"), message.get("received_at")
    if given_sent is not None:
        assert abs(sent_at - _expected_instant(conn, given_sent)) <= dt.timedelta(microseconds=1)
    if given_received is not None:
        assert abs(received_at - _expected_instant(conn, given_received)) <= dt.timedelta(microseconds=1)


@SETTINGS
@given(example=mutated())
def test_every_message_is_recorded_faithfully_or_refused_with_one_error_naming_its_key(
    conn: psycopg.Connection[Any], worker: psycopg.Connection[Any], mailbox: Mailbox, example: Any
) -> None:
    message, paths = example
    before = _count(conn)
    try:
        row = worker.execute(
            "select worker.ingest_message(%s, %s, '2030-01-07T10:00:00Z')", (mailbox.mailbox_id, json.dumps(message))
        ).fetchone()
    except psycopg.Error as exc:
        assert exc.sqlstate == "22023", (exc.sqlstate, str(exc), message)
        error = str(exc)
        event("refused")
        assert error.startswith("ingest_message: ") and keys_named(error, paths), (error, paths)
        assert _count(conn) == before, "a refused message wrote a row"
        return
    assert row is not None
    result = row[0]
    assert result["status"] in ("ingested", "duplicate"), result
    event(result["status"])
    if result["status"] == "ingested":
        assert _count(conn) == before + 1
        _check_recorded(conn, result, message)


@SETTINGS
@given(example=mutated())
def test_a_page_reports_each_message_and_a_bad_one_never_costs_the_others(
    conn: psycopg.Connection[Any], worker: psycopg.Connection[Any], mailbox: Mailbox, example: Any
) -> None:
    message, paths = example
    first, last = base("inbox"), base("sent")
    row = worker.execute(
        "call worker.ingest_messages(%s, %s, '2030-01-07T10:00:00Z', null)",
        (mailbox.mailbox_id, json.dumps([first, message, last])),
    ).fetchone()
    assert row is not None
    results = row[0]
    assert [r["status"] for r in (results[0], results[2])] == ["ingested", "ingested"], results
    middle = results[1]
    if middle["status"] == "refused":
        assert middle["sqlstate"] == "22023", middle
        assert middle["error"].startswith("ingest_message: ") and keys_named(middle["error"], paths), (middle, paths)
    else:
        assert middle["status"] in ("ingested", "duplicate"), middle
        if middle["status"] == "ingested":
            _check_recorded(conn, middle, copy.deepcopy(message))


@SETTINGS
@given(example=mutated())
def test_the_fast_shape_test_never_lets_through_what_the_full_check_refuses(
    conn: psycopg.Connection[Any], example: Any
) -> None:
    """``ingest_message`` asks ``private.message_shape_ok`` (one expression) before ``private.check_message``
    (the full check that names the key): whatever the fast test accepts, the full check accepts too, but for
    the instants, which ingest reads (and checks) itself."""
    message, _paths = example
    row = conn.execute("select private.message_shape_ok(%s::jsonb)", (json.dumps(message),)).fetchone()
    assert row is not None
    if not row[0]:
        event("shape: full check")
        return
    event("shape: fast")
    try:
        with conn.transaction():
            conn.execute("select private.check_message(%s::jsonb)", (json.dumps(message),))
    except psycopg.Error as exc:
        assert exc.sqlstate == "22023" and re.match(r"ingest_message: (sent_at|received_at) ", str(exc)), (
            str(exc),
            message,
        )


def test_the_contract_names_the_key_for_each_poison_case(worker: psycopg.Connection[Any], mailbox: Mailbox) -> None:
    """The cases the issue names, one by one: each refused with the key it concerns, as 22023."""
    cases: list[tuple[str, dict[str, Any]]] = [
        ("sent_at", {"sent_at": "9999-12-31T23:59:59-14:00"}),
        ("received_at", {"received_at": "99999-01-01T00:00:00Z"}),
        ("received_at", {"received_at": "2030-01-07T09:00:00"}),  # no zone
        ("sent_at", {"sent_at": "Fri, 31 Dec 9999 23:59:59 -1400"}),  # a Date header is not an instant
        ("from", {"from": "paul@prospect.example"}),
        ("to", {"to": {"address": "alice@acme.test"}}),
        ("to[0]", {"to": ["alice@acme.test"]}),
        ("references[1]", {"references": ["<a@b>", 7]}),
        ("headers", {"headers": "x-relance-followup-id: 1"}),
        ("analysis.kind", {"analysis": {"kind": "spam"}}),
        ("analysis.bounce.recipients[0].permanent", {"analysis": {"bounce": {"recipients": [{"permanent": "yes"}]}}}),
        ("folder", {"folder": "drafts"}),
        ("internet_message_id", {"internet_message_id": "<" + "é" * 600 + "@x>"}),  # 1,200 bytes: no index takes it
        ("provider_message_id", {"provider_message_id": ["AAMk1", "AAMk2"]}),
    ]
    for key, change in cases:
        message = {**base("inbox"), **change}
        with pytest.raises(psycopg.errors.InvalidParameterValue) as refused:
            worker.execute("select worker.ingest_message(%s, %s)", (mailbox.mailbox_id, json.dumps(message)))
        assert str(refused.value).startswith(f"ingest_message: {key} "), (key, str(refused.value))
