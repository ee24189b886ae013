"""The provider intake in SQL: what the webhooks hand over (Graph notifications, Gmail pushes), the
subscriptions and their clientState, the provider_events queue, and who may call any of it.

A forged notification (unknown subscription, wrong clientState) is recorded and never reaches a
worker; a Pub/Sub redelivery is enqueued once; nothing here is reachable from the Data API roles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from psycopg import sql

from tests.pg import acting_as, make_user, sqlstate

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
CLIENT_STATE = "s3cret-client-state-0f9d8c7b"

INTAKE_FUNCTIONS = (
    "worker.register_provider_subscription(uuid, text, text, text, timestamptz)",
    "worker.renew_provider_subscription(text, timestamptz)",
    "worker.remove_provider_subscription(text, text)",
    "worker.list_expiring_subscriptions(timestamptz)",
    "worker.receive_graph_notifications(jsonb, timestamptz)",
    "worker.receive_gmail_push(text, bigint, text, timestamptz)",
    "worker.read_provider_events(integer, integer, integer)",
    "worker.ack_provider_event(bigint)",
)
PRIVATE_TABLES = ("private.provider_subscriptions", "private.provider_rejections", "private.provider_push_receipts")


@dataclass
class World:
    team_id: uuid.UUID
    owner_id: uuid.UUID
    graph_box: uuid.UUID
    gmail_box: uuid.UUID
    graph_address: str = "claire@cabinet-a.fr"
    gmail_address: str = "hugo@cabinet-a.fr"


def build_world(conn: psycopg.Connection[Any]) -> World:
    owner = make_user(conn, "claire@cabinet-a.fr")
    member = make_user(conn, "hugo@cabinet-a.fr")
    row = conn.execute(
        "insert into public.teams (name, domains) values ('A', '{cabinet-a.fr}') returning id"
    ).fetchone()
    assert row
    team = row[0]
    conn.execute(
        "insert into public.team_members (team_id, user_id, role) values (%s, %s, 'owner'), (%s, %s, 'member')",
        (team, owner, team, member),
    )
    boxes = []
    for user, provider, address in ((owner, "graph", "claire@cabinet-a.fr"), (member, "gmail", "hugo@cabinet-a.fr")):
        box = conn.execute(
            "insert into public.mailboxes (team_id, owner_id, provider, address) values (%s, %s, %s, %s) returning id",
            (team, user, provider, address),
        ).fetchone()
        assert box
        boxes.append(box[0])
    return World(team, owner, boxes[0], boxes[1])


@pytest.fixture
def world(conn: psycopg.Connection[Any]) -> Iterator[World]:
    yield build_world(conn)


def call(conn: psycopg.Connection[Any], query: str, *params: Any) -> Any:
    """One call as the workers and edge functions make it: `set role service_role`, committed."""
    with acting_as(conn, "service_role", commit=True):
        row = conn.execute(query, params).fetchone()
    assert row is not None
    return row[0]


def register(
    conn: psycopg.Connection[Any], mailbox: uuid.UUID, external_id: str, state: str | None = CLIENT_STATE
) -> Any:
    return call(
        conn,
        "select worker.register_provider_subscription(%s, %s, %s, %s, %s)",
        mailbox,
        external_id,
        "/users/claire/mailFolders('inbox')/messages",
        state,
        NOW + dt.timedelta(days=3),
    )


def change(
    sub: str, state: str = CLIENT_STATE, message_id: str = "AAMkAD-1", change_type: str = "created"
) -> dict[str, Any]:
    return {
        "subscriptionId": sub,
        "subscriptionExpirationDateTime": "2026-11-26T09:00:00Z",
        "clientState": state,
        "changeType": change_type,
        "resource": f"Users/claire/Messages/{message_id}",
        "tenantId": "8a7d1c2e-0000-4000-8000-000000000001",
        "resourceData": {
            "@odata.type": "#Microsoft.Graph.Message",
            "@odata.id": f"Users/claire/Messages/{message_id}",
            "id": message_id,
        },
    }


def lifecycle(sub: str, event: str, state: str = CLIENT_STATE) -> dict[str, Any]:
    return {
        "subscriptionId": sub,
        "subscriptionExpirationDateTime": "2026-11-26T09:00:00Z",
        "tenantId": "8a7d1c2e-0000-4000-8000-000000000001",
        "clientState": state,
        "lifecycleEvent": event,
    }


def receive_graph(conn: psycopg.Connection[Any], *items: dict[str, Any]) -> dict[str, int]:
    result: dict[str, int] = call(
        conn, "select worker.receive_graph_notifications(%s::jsonb, %s)", json.dumps({"value": list(items)}), NOW
    )
    return result


def queued(conn: psycopg.Connection[Any]) -> list[dict[str, Any]]:
    """What a worker would read now (read, then made visible again so later reads see it too)."""
    with acting_as(conn, "service_role", commit=True):
        rows = conn.execute("select msg_id, event from worker.read_provider_events(100, 0, 1000)").fetchall()
    return [event for _, event in rows]


def rejections(conn: psycopg.Connection[Any]) -> list[dict[str, Any]]:
    rows = conn.execute(
        "select to_jsonb(r) from private.provider_rejections as r order by r.id",
    ).fetchall()
    return [row[0] for row in rows]


# ------------------------------------------------------------------ subscriptions


def test_registering_a_subscription_keeps_only_the_digest_of_its_client_state(
    conn: psycopg.Connection[Any], world: World
) -> None:
    first = register(conn, world.graph_box, "sub-1")
    again = register(conn, world.graph_box, "sub-1", "rotated-state")
    assert first == again
    row = conn.execute(
        "select to_jsonb(s) from private.provider_subscriptions as s where s.external_id = 'sub-1'"
    ).fetchone()
    assert row
    stored = row[0]
    assert stored["provider"] == "graph" and stored["team_id"] == str(world.team_id)
    assert "rotated-state" not in json.dumps(stored) and CLIENT_STATE not in json.dumps(stored)
    digest = conn.execute("select encode(sha256(convert_to('rotated-state', 'UTF8')), 'hex')").fetchone()
    assert digest and stored["client_state_sha256"] == digest[0]


def test_a_subscription_id_cannot_move_to_another_mailbox(conn: psycopg.Connection[Any], world: World) -> None:
    register(conn, world.graph_box, "sub-1")
    with pytest.raises(psycopg.Error) as raised:
        register(conn, world.gmail_box, "sub-1")
    assert sqlstate(raised.value) == "23505"


def test_a_graph_subscription_needs_a_client_state(conn: psycopg.Connection[Any], world: World) -> None:
    with pytest.raises(psycopg.Error) as raised:
        register(conn, world.graph_box, "sub-1", None)
    assert sqlstate(raised.value) == "22023"


def test_renewal_removal_and_the_list_of_expiring_subscriptions(conn: psycopg.Connection[Any], world: World) -> None:
    register(conn, world.graph_box, "sub-soon")
    register(conn, world.graph_box, "sub-later")
    call(conn, "select worker.renew_provider_subscription('sub-later', %s)", NOW + dt.timedelta(days=6))
    expiring = lambda: [  # noqa: E731
        r[2]
        for r in conn.execute(
            "select * from worker.list_expiring_subscriptions(%s)", (NOW + dt.timedelta(days=4),)
        ).fetchall()
    ]
    assert expiring() == ["sub-soon"]
    assert call(conn, "select worker.remove_provider_subscription('sub-soon', 'mailbox disconnected')") is True
    assert expiring() == []
    assert call(conn, "select worker.renew_provider_subscription('sub-soon', %s)", NOW + dt.timedelta(days=6)) is False
    assert call(conn, "select worker.renew_provider_subscription('nope', %s)", NOW) is False
    assert call(conn, "select worker.remove_provider_subscription('nope', 'x')") is False


def test_housekeeping_expires_unrenewed_subscriptions_and_forgets_old_receipts(
    conn: psycopg.Connection[Any], world: World
) -> None:
    register(conn, world.graph_box, "sub-1")
    call(conn, "select worker.receive_gmail_push(%s, 500, 'm-1', %s)", world.gmail_address, NOW)
    result = conn.execute("select private.purge_provider_intake(%s)", (NOW + dt.timedelta(days=9),)).fetchone()
    assert result and result[0] == {"expired": 1, "receipts": 1, "rejections": 0}
    row = conn.execute("select status from private.provider_subscriptions").fetchone()
    assert row and row[0] == "expired"
    # An expired subscription is still listed (the renewal job recreates it) and renewable if Graph agrees.
    assert call(conn, "select worker.renew_provider_subscription('sub-1', %s)", NOW + dt.timedelta(days=12)) is True


# ------------------------------------------------------------------ Graph notifications


def test_a_graph_change_notification_is_queued_for_the_mailbox(conn: psycopg.Connection[Any], world: World) -> None:
    register(conn, world.graph_box, "sub-1")
    assert receive_graph(conn, change("sub-1")) == {"accepted": 1, "rejected": 0, "removed": 0}
    [event] = queued(conn)
    assert event == {
        "mailbox_id": str(world.graph_box),
        "team_id": str(world.team_id),
        "provider": "graph",
        "kind": "message",
        "change_type": "created",
        "resource": "Users/claire/Messages/AAMkAD-1",
        "message_id": "AAMkAD-1",
        "lifecycle_event": None,
        "subscription_id": "sub-1",
        "received_at": event["received_at"],
    }
    assert dt.datetime.fromisoformat(event["received_at"]) == NOW
    assert rejections(conn) == []


def test_a_forged_client_state_is_recorded_and_never_queued(conn: psycopg.Connection[Any], world: World) -> None:
    register(conn, world.graph_box, "sub-1")
    forged = "guessed-client-state"
    assert receive_graph(conn, change("sub-1", forged)) == {"accepted": 0, "rejected": 1, "removed": 0}
    assert queued(conn) == []
    [rejected] = rejections(conn)
    assert rejected["reason"] == "client_state_mismatch"
    assert rejected["subscription_id"] == "sub-1" and rejected["mailbox_id"] == str(world.graph_box)
    assert dt.datetime.fromisoformat(rejected["received_at"]) == NOW
    assert forged not in json.dumps(rejected) and len(rejected["payload_sha256"]) == 64


def test_notifications_of_unknown_subscriptions_and_garbage_items_are_refused(
    conn: psycopg.Connection[Any], world: World
) -> None:
    register(conn, world.graph_box, "sub-1")
    no_state = change("sub-1")
    del no_state["clientState"]
    result = receive_graph(conn, change("sub-unknown"), no_state, "not an object", change("sub-1"))  # type: ignore[arg-type]
    assert result == {"accepted": 1, "rejected": 3, "removed": 0}
    assert [r["reason"] for r in rejections(conn)] == ["unknown_subscription", "client_state_mismatch", "malformed"]
    assert [e["message_id"] for e in queued(conn)] == ["AAMkAD-1"]


def test_a_forged_request_is_one_rejection_row_per_reason_and_subscription_with_its_count(
    conn: psycopg.Connection[Any], world: World
) -> None:
    register(conn, world.graph_box, "sub-1")
    forged = [change("sub-1", "forged-state", message_id=f"m-{i}") for i in range(50)]
    unknown = [change(f"sub-unknown-{i}") for i in range(30)]
    result = receive_graph(conn, *forged, *unknown, change("sub-1"))
    assert result == {"accepted": 1, "rejected": 80, "removed": 0}
    recorded = rejections(conn)
    assert [(r["reason"], r["item_count"], r["subscription_id"], r["mailbox_id"]) for r in recorded] == [
        ("client_state_mismatch", 50, "sub-1", str(world.graph_box)),
        ("unknown_subscription", 30, None, None),
    ]
    assert "forged-state" not in json.dumps(recorded)


def test_an_item_may_prove_itself_by_the_digest_of_its_client_state(
    conn: psycopg.Connection[Any], world: World
) -> None:
    register(conn, world.graph_box, "sub-1")
    digest = hashlib.sha256(CLIENT_STATE.encode()).hexdigest()
    good = change("sub-1", message_id="m-good")
    del good["clientState"]
    bad = change("sub-1", message_id="m-bad")
    del bad["clientState"]
    assert receive_graph(conn, good | {"clientStateSha256": digest}, bad | {"clientStateSha256": "0" * 64}) == {
        "accepted": 1,
        "rejected": 1,
        "removed": 0,
    }
    assert [e["message_id"] for e in queued(conn)] == ["m-good"]


def test_only_a_request_that_queued_something_waits_for_a_durable_commit(
    conn: psycopg.Connection[Any], world: World
) -> None:
    register(conn, world.graph_box, "sub-1")
    query = "select worker.receive_graph_notifications(%s::jsonb, %s), current_setting('synchronous_commit')"
    for items, durable in (([change("sub-1", "forged")], "off"), ([change("sub-1")], "on")):
        with acting_as(conn, "service_role", commit=True):
            row = conn.execute(query, (json.dumps({"value": items}), NOW)).fetchone()
        assert row and row[1] == durable, items


def test_a_body_of_more_than_1000_notifications_is_refused_whole(conn: psycopg.Connection[Any], world: World) -> None:
    register(conn, world.graph_box, "sub-1")
    with pytest.raises(psycopg.Error) as raised:
        receive_graph(conn, *[change("sub-1", "forged", message_id=f"m-{i}") for i in range(1001)])
    assert sqlstate(raised.value) == "54000"
    assert rejections(conn) == [] and queued(conn) == []


def test_a_batch_keeps_its_order_and_is_one_queue_message_per_notification(
    conn: psycopg.Connection[Any], world: World
) -> None:
    register(conn, world.graph_box, "sub-1")
    items = [change("sub-1", message_id=f"m-{i}", change_type="updated" if i % 2 else "created") for i in range(25)]
    assert receive_graph(conn, *items)["accepted"] == 25
    events = queued(conn)
    assert [e["message_id"] for e in events] == [f"m-{i}" for i in range(25)]
    assert {e["change_type"] for e in events} == {"created", "updated"}


def test_lifecycle_events_are_queued_and_subscription_removed_closes_the_subscription(
    conn: psycopg.Connection[Any], world: World
) -> None:
    register(conn, world.graph_box, "sub-1")
    result = receive_graph(
        conn,
        lifecycle("sub-1", "reauthorizationRequired"),
        lifecycle("sub-1", "missed"),
        lifecycle("sub-1", "subscriptionRemoved"),
    )
    assert result == {"accepted": 3, "rejected": 0, "removed": 1}
    events = queued(conn)
    assert [(e["kind"], e["lifecycle_event"], e["mailbox_id"]) for e in events] == [
        ("lifecycle", "reauthorizationRequired", str(world.graph_box)),
        ("lifecycle", "missed", str(world.graph_box)),
        ("lifecycle", "subscriptionRemoved", str(world.graph_box)),
    ]
    row = conn.execute("select status, status_reason from private.provider_subscriptions").fetchone()
    assert row and row[0] == "removed" and "subscriptionRemoved" in row[1]
    # From then on, nothing more is taken from that subscription.
    assert receive_graph(conn, change("sub-1")) == {"accepted": 0, "rejected": 1, "removed": 0}
    assert rejections(conn)[-1]["reason"] == "subscription_removed"


def test_a_forged_lifecycle_event_removes_nothing(conn: psycopg.Connection[Any], world: World) -> None:
    register(conn, world.graph_box, "sub-1")
    assert receive_graph(conn, lifecycle("sub-1", "subscriptionRemoved", "forged"))["rejected"] == 1
    row = conn.execute("select status from private.provider_subscriptions").fetchone()
    assert row and row[0] == "active"
    assert queued(conn) == []


def test_a_body_without_a_value_array_is_refused(conn: psycopg.Connection[Any], world: World) -> None:
    with pytest.raises(psycopg.Error) as raised:
        call(conn, "select worker.receive_graph_notifications(%s::jsonb)", json.dumps({"value": {}}))
    assert sqlstate(raised.value) == "22023"


# ------------------------------------------------------------------ Gmail pushes


def test_a_gmail_push_is_queued_once_per_pubsub_message(conn: psycopg.Connection[Any], world: World) -> None:
    push = "select worker.receive_gmail_push(%s, %s, %s, %s)"
    first = call(conn, push, "Hugo@Cabinet-A.fr", 9876543210, "pubsub-1", NOW)
    again = call(conn, push, world.gmail_address, 9876543210, "pubsub-1", NOW)
    other = call(conn, push, world.gmail_address, 9876543299, "pubsub-2", NOW)
    assert first == {"accepted": 1, "rejected": 0, "duplicate": False}
    assert again == {"accepted": 0, "rejected": 0, "duplicate": True}
    assert other["accepted"] == 1
    events = queued(conn)
    assert [(e["mailbox_id"], e["provider"], e["kind"], e["history_id"]) for e in events] == [
        (str(world.gmail_box), "gmail", "history", 9876543210),
        (str(world.gmail_box), "gmail", "history", 9876543299),
    ]


def test_a_gmail_push_for_an_unknown_or_disconnected_address_is_recorded(
    conn: psycopg.Connection[Any], world: World
) -> None:
    push = "select worker.receive_gmail_push(%s, %s, %s, %s)"
    assert call(conn, push, "stranger@example.com", 12, "pubsub-9", NOW)["rejected"] == 1
    # A Graph mailbox's address is not a Gmail mailbox.
    assert call(conn, push, world.graph_address, 12, "pubsub-10", NOW)["rejected"] == 1
    conn.execute("update public.mailboxes set status = 'disconnected' where id = %s", (world.gmail_box,))
    assert call(conn, push, world.gmail_address, 12, "pubsub-11", NOW)["rejected"] == 1
    assert queued(conn) == []
    recorded = rejections(conn)
    assert [(r["provider"], r["reason"], r["delivery_id"]) for r in recorded] == [
        ("gmail", "unknown_mailbox", "pubsub-9"),
        ("gmail", "unknown_mailbox", "pubsub-10"),
        ("gmail", "unknown_mailbox", "pubsub-11"),
    ]
    assert "stranger@example.com" not in json.dumps(recorded)


# ------------------------------------------------------------------ the queue


def test_events_are_read_then_acknowledged(conn: psycopg.Connection[Any], world: World) -> None:
    call(conn, "select worker.receive_gmail_push(%s, 42, null, %s)", world.gmail_address, NOW)
    with acting_as(conn, "service_role", commit=True):
        [(msg_id, event, deliveries)] = conn.execute("select * from worker.read_provider_events(10, 60)").fetchall()
        assert event["history_id"] == 42 and deliveries == 1
        # Hidden from the next reader while the first one works on it.
        assert conn.execute("select * from worker.read_provider_events(10, 60)").fetchall() == []
        assert conn.execute("select worker.ack_provider_event(%s)", (msg_id,)).fetchone() == (True,)
        assert conn.execute("select worker.ack_provider_event(%s)", (msg_id,)).fetchone() == (False,)


def test_an_event_delivered_too_often_is_archived_with_the_reason_logged(
    conn: psycopg.Connection[Any], world: World
) -> None:
    call(conn, "select worker.receive_gmail_push(%s, 42, null, %s)", world.gmail_address, NOW)
    with acting_as(conn, "service_role", commit=True):
        for expected in (1, 2):
            [(_, _, deliveries)] = conn.execute("select * from worker.read_provider_events(10, 0, 2)").fetchall()
            assert deliveries == expected
        assert conn.execute("select * from worker.read_provider_events(10, 0, 2)").fetchall() == []
    archived = conn.execute("select count(*) from pgmq.a_provider_events").fetchone()
    assert archived == (1,)
    log = conn.execute("select mailbox_id, level, message from public.worker_logs").fetchall()
    assert len(log) == 1 and log[0][0] == world.gmail_box and log[0][1] == "error"
    assert "delivered 3 times" in log[0][2]


# ------------------------------------------------------------------ who may call it


@pytest.mark.parametrize("role", ["anon", "authenticated"])
@pytest.mark.parametrize("function", INTAKE_FUNCTIONS)
def test_api_roles_cannot_execute_any_intake_function(
    conn: psycopg.Connection[Any], world: World, role: str, function: str
) -> None:
    executable = conn.execute("select has_function_privilege(%s, %s, 'execute')", (role, function)).fetchone()
    assert executable == (False,)
    assert conn.execute("select has_function_privilege('service_role', %s, 'execute')", (function,)).fetchone() == (
        True,
    )


def test_a_signed_in_user_calling_the_intake_is_refused(conn: psycopg.Connection[Any], world: World) -> None:
    register(conn, world.graph_box, "sub-1")
    attempts = [
        ("select worker.receive_graph_notifications(%s::jsonb)", (json.dumps({"value": [change("sub-1")]}),)),
        ("select worker.receive_gmail_push(%s, 1)", (world.gmail_address,)),
        ("select * from worker.read_provider_events()", ()),
        ("select * from worker.list_expiring_subscriptions(now())", ()),
        ("select worker.register_provider_subscription(%s, 'x', 'r', 's', now())", (world.graph_box,)),
    ]
    for role, user in (("anon", None), ("authenticated", world.owner_id)):
        for query, params in attempts:
            with pytest.raises(psycopg.Error) as raised, acting_as(conn, role, user):
                conn.execute(query, params)
            assert sqlstate(raised.value) == "42501", (role, query)
    assert queued(conn) == []


@pytest.mark.parametrize("role", ["anon", "authenticated", "service_role"])
@pytest.mark.parametrize("table", PRIVATE_TABLES)
@pytest.mark.parametrize("command", ["select", "insert", "update", "delete", "truncate"])
def test_no_api_role_can_touch_the_private_intake_tables(
    conn: psycopg.Connection[Any], world: World, role: str, table: str, command: str
) -> None:
    schema, name = table.split(".")
    statement = {
        "select": "select * from {}",
        "insert": "insert into {} default values",
        "update": "update {} set provider = provider",
        "delete": "delete from {}",
        "truncate": "truncate {}",
    }[command]
    with pytest.raises(psycopg.Error) as raised, acting_as(conn, role, world.owner_id if role != "anon" else None):
        conn.execute(sql.SQL(statement).format(sql.Identifier(schema, name)))
    assert sqlstate(raised.value) == "42501"
