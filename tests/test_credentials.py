"""Provider credentials are sealed in Python (AES-GCM, key from RELANCE_SECRET_KEY or a local 0600 key
file) and stored in a private table only service_role functions reach: the database never holds a token."""

from __future__ import annotations

import stat
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest

from relance import db
from relance.credentials import CredentialsError, CredentialStore, SecretKey, load_secret_key, open_sealed, seal
from tests.e2e.helpers import make_team
from tests.pg import acting_as

TOKEN = "0.AAAA-refresh-token-that-must-never-be-stored-in-clear"
FUNCTIONS = (
    "select public.load_mailbox_credentials(%s)",
    "select public.store_mailbox_credentials(%s, '\\x00112233445566778899aabbccdd', 'k')",
    "select public.get_sync_cursor(%s, 'inbox')",
    "select public.set_sync_cursor(%s, 'inbox', 'x')",
    "select public.mailbox_needs_reauth(%s, 'x')",
)


@pytest.fixture
def mailbox(conn: psycopg.Connection[Any]) -> uuid.UUID:
    team, owner = make_team(conn)
    row = conn.execute(
        "insert into public.mailboxes (team_id, owner_id, provider, address) values (%s, %s, 'graph', 'a@contoso.com')"
        " returning id",
        (team, owner),
    ).fetchone()
    assert row is not None
    return uuid.UUID(str(row[0]))


def test_stored_credentials_are_ciphertext_and_open_only_with_the_key_and_mailbox(
    db_url: str, conn: psycopg.Connection[Any], mailbox: uuid.UUID
) -> None:
    key = SecretKey.from_material("a-test-key-of-enough-length")
    with db.connect(db_url) as worker:
        store = CredentialStore(worker, key)
        store.save(mailbox, {"mode": "delegated", "token_cache": TOKEN})
        assert store.load(mailbox) == {"mode": "delegated", "token_cache": TOKEN}
    raw, key_id = conn.execute(
        "select ciphertext, key_id from private.mailbox_credentials where mailbox_id = %s", (mailbox,)
    ).fetchone() or (None, None)
    assert raw is not None and TOKEN.encode() not in bytes(raw) and b"delegated" not in bytes(raw)
    assert key_id == key.key_id and "test-key" not in key_id
    with pytest.raises(CredentialsError):
        open_sealed(SecretKey.from_material("another-key-of-enough-length"), mailbox, bytes(raw))
    with pytest.raises(CredentialsError):  # a blob copied onto another mailbox does not open
        open_sealed(key, uuid.uuid4(), bytes(raw))
    assert open_sealed(key, mailbox, seal(key, mailbox, b"x")) == b"x"


@pytest.mark.parametrize("role", ["anon", "authenticated"])
def test_api_roles_reach_neither_the_tables_nor_the_functions(
    conn: psycopg.Connection[Any], mailbox: uuid.UUID, role: str
) -> None:
    conn.execute("select public.store_mailbox_credentials(%s, '\\x00112233445566778899aabbccdd', 'k')", (mailbox,))
    owner = conn.execute("select owner_id from public.mailboxes where id = %s", (mailbox,)).fetchone()
    assert owner is not None
    for table in ("private.mailbox_credentials", "private.mailbox_sync_state"):
        for command in (f"select * from {table}", f"delete from {table}"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(conn, role, owner[0]):
                conn.execute(command)
    for query in FUNCTIONS:
        with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(conn, role, owner[0]):
            conn.execute(query, (mailbox,))


def test_service_role_keeps_cursors_per_folder(db_url: str, mailbox: uuid.UUID) -> None:
    with db.connect(db_url) as worker:
        assert db.get_sync_cursor(worker, mailbox, "inbox") is None
        db.set_sync_cursor(worker, mailbox, "inbox", "https://graph/delta?$deltatoken=1")
        db.set_sync_cursor(worker, mailbox, "sentitems", "https://graph/delta?$deltatoken=2")
        db.set_sync_cursor(worker, mailbox, "inbox", None)
        assert db.get_sync_cursor(worker, mailbox, "inbox") is None
        assert db.get_sync_cursor(worker, mailbox, "sentitems") == "https://graph/delta?$deltatoken=2"


def test_a_local_key_is_generated_once_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / ".relance" / "secret.key"
    first = load_secret_key("", path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_secret_key("", path) == first
    assert load_secret_key("configured-key-of-enough-length", path) != first


def test_a_short_configured_key_is_refused() -> None:
    with pytest.raises(CredentialsError):
        SecretKey.from_material("short")
