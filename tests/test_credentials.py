"""Provider credentials are sealed in Python (AES-GCM, key from RELANCE_SECRET_KEY or a local 0600 key
file) and stored in a private table only service_role functions reach: the database never holds a token.
Keys are 32 random bytes; the stored key id chooses the key that opens a credential, so old keys keep
opening while `relance rotate-key` re-seals everything under the new one, one credential per transaction."""

from __future__ import annotations

import base64
import os
import secrets
import stat
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest

from relance import db
from relance.config import REPO_ROOT, ConfigError, load
from relance.credentials import CredentialsError, CredentialStore, load_keys, open_sealed, seal
from relance.keys import MAKE_A_KEY, KeyRing, SecretKey
from tests.e2e.helpers import make_team
from tests.pg import acting_as


def new_key() -> str:
    """A key as README tells to make one."""
    return base64.b64encode(secrets.token_bytes(32)).decode()


TOKEN = "0.AAAA-refresh-token-that-must-never-be-stored-in-clear"
FUNCTIONS = (
    "select worker.load_mailbox_credentials(%s)",
    "select worker.store_mailbox_credentials(%s, '\\x00112233445566778899aabbccdd', 'k')",
    "select worker.get_sync_cursor(%s, 'inbox')",
    "select worker.set_sync_cursor(%s, 'inbox', 'x')",
    "select worker.mailbox_needs_reauth(%s, 'x')",
    "select * from worker.load_sealed_credentials(%s)",
    "select worker.replace_sealed_credentials(%s, '\\x00', '\\x00112233445566778899aabbccdd', 'k')",
    "select * from worker.list_credential_keys('k') where mailbox_id = %s",
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
    key = SecretKey.from_material(new_key())
    with db.connect(db_url) as worker:
        store = CredentialStore(worker, key)
        store.save(mailbox, {"mode": "delegated", "token_cache": TOKEN})
        assert store.load(mailbox) == {"mode": "delegated", "token_cache": TOKEN}
    raw, key_id = conn.execute(
        "select ciphertext, key_id from private.mailbox_credentials where mailbox_id = %s", (mailbox,)
    ).fetchone() or (None, None)
    assert raw is not None and TOKEN.encode() not in bytes(raw) and b"delegated" not in bytes(raw)
    assert key_id == key.key_id and key_id.startswith("k2-")
    with pytest.raises(CredentialsError):
        open_sealed(SecretKey.from_material(new_key()), mailbox, bytes(raw))
    with pytest.raises(CredentialsError):  # a blob copied onto another mailbox does not open
        open_sealed(key, uuid.uuid4(), bytes(raw))
    assert open_sealed(key, mailbox, seal(key, mailbox, b"x")) == b"x"


@pytest.mark.parametrize("role", ["anon", "authenticated"])
def test_api_roles_reach_neither_the_tables_nor_the_functions(
    conn: psycopg.Connection[Any], mailbox: uuid.UUID, role: str
) -> None:
    conn.execute("select worker.store_mailbox_credentials(%s, '\\x00112233445566778899aabbccdd', 'k')", (mailbox,))
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
    first = load_keys("", (), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(base64.b64decode(path.read_text().strip())) == 32
    assert load_keys("", (), path).current == first.current
    assert load_keys(new_key(), (), path).current != first.current


@pytest.mark.parametrize(
    "value",
    [
        "short",
        "correct horse battery staple, a long passphrase",
        "relance-tests-only-secret-key-0123456789",  # what the tests used before keys were checked
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq",  # 43 letters: base64-shaped, not random
        base64.b64encode(b"Key:2026" * 4).decode(),  # 32 bytes, but of little variety
        # Drawn once from secrets.token_bytes and written here: the parameters must be the same at every
        # collection (pytest-xdist's workers each collect them).
        base64.b64encode(bytes.fromhex("9f1c2ab47e05d3c8a61b7f20e4d95c3a")).decode(),  # random, but 16 bytes
        "4be1a0c97d2f63e85a10b7c4d9e2f60183a5c7d9e1f20b4c6d8e0a2b4c6d8e",  # random hex, but 31 bytes
    ],
)
def test_a_passphrase_or_a_short_key_is_refused_at_startup_saying_how_to_make_one(tmp_path: Path, value: str) -> None:
    with pytest.raises(ConfigError) as err:
        load({"RELANCE_SECRET_KEY": value}, env_file=tmp_path / "none")
    message = str(err.value)
    assert message.startswith("RELANCE_SECRET_KEY ") and MAKE_A_KEY in message
    assert value not in message and "\n" not in message


def test_a_key_of_32_random_bytes_is_accepted_in_base64_or_hex(tmp_path: Path) -> None:
    raw = secrets.token_bytes(32)
    ids = set()
    for text in (
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode().rstrip("="),
        raw.hex(),
        raw.hex().upper(),
    ):
        cfg = load({"RELANCE_SECRET_KEY": text}, env_file=tmp_path / "none")
        ids.add(load_keys(cfg["RELANCE_SECRET_KEY"], cfg["RELANCE_OLD_SECRET_KEYS"]).current.key_id)
    assert len(ids) == 1  # one key, however it is written


def test_an_old_key_too_short_to_have_sealed_anything_is_refused_without_echoing_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load({"RELANCE_SECRET_KEY": new_key(), "RELANCE_OLD_SECRET_KEYS": "abc,"}, env_file=tmp_path / "none")
    assert str(err.value).startswith("RELANCE_OLD_SECRET_KEYS must each be a key") and "abc" not in str(err.value)


def test_the_cli_refuses_a_passphrase_in_one_line() -> None:
    env = dict(
        os.environ,
        RELANCE_SECRET_KEY="my very secret passphrase",
        SUPABASE_DB_URL="postgresql://nobody@127.0.0.1:1/none",
        PYTHONWARNINGS="ignore::FutureWarning",
    )
    run = [sys.executable, "-m", "relance.cli", "rotate-key"]
    proc = subprocess.run(run, cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("relance: error: RELANCE_SECRET_KEY must be 32 random bytes")
    assert lines[0].endswith(MAKE_A_KEY) and "my very secret" not in proc.stderr


# --------------------------------------------------------------------------------------- rotation


def _mailboxes(conn: psycopg.Connection[Any], count: int) -> list[uuid.UUID]:
    team, owner = make_team(conn)
    return [
        uuid.UUID(
            str(
                conn.execute(
                    "insert into public.mailboxes (team_id, owner_id, provider, address)"
                    " values (%s, %s, 'graph', %s) returning id",
                    (team, owner, f"user{i}@contoso.com"),
                ).fetchone()[0]  # type: ignore[index]
            )
        )
        for i in range(count)
    ]


def _key_ids(conn: psycopg.Connection[Any]) -> dict[uuid.UUID, str]:
    rows = conn.execute("select mailbox_id, key_id from private.mailbox_credentials").fetchall()
    return {uuid.UUID(str(m)): str(k) for m, k in rows}


def test_rotate_key_reseals_every_credential_while_a_worker_keeps_opening_them(
    db_url: str, conn: psycopg.Connection[Any]
) -> None:
    old, new = new_key(), new_key()
    boxes = _mailboxes(conn, 4)
    with db.connect(db_url) as before, db.connect(db_url) as during:
        sealed_before = CredentialStore(before, load_keys(old))
        for i, box in enumerate(boxes):
            sealed_before.save(box, {"mode": "delegated", "token_cache": f"{TOKEN}-{i}"})
        old_id = sealed_before.key.key_id
        # The worker restarted with the new key, the old one still opening: it reads every credential,
        # whichever key sealed it, and what it saves is sealed with the new key.
        worker = CredentialStore(during, load_keys(new, (old,)))
        assert worker.load(boxes[0]) == {"mode": "delegated", "token_cache": f"{TOKEN}-0"}
        worker.save(boxes[3], {"mode": "delegated", "token_cache": "refreshed"})
        new_id = worker.key.key_id
        assert _key_ids(conn) == {boxes[0]: old_id, boxes[1]: old_id, boxes[2]: old_id, boxes[3]: new_id}

        seen: list[uuid.UUID] = []

        def worker_reads_meanwhile(mailbox_id: uuid.UUID, key_id: str) -> None:
            seen.append(mailbox_id)
            assert key_id == old_id
            for i, box in enumerate(boxes[:3]):  # re-sealed or not yet: each opens
                assert worker.load(box) == {"mode": "delegated", "token_cache": f"{TOKEN}-{i}"}

        rotation = CredentialStore(before, load_keys(new, (old,))).rotate(worker_reads_meanwhile)
        assert rotation.rotated == 3 and rotation.unknown == [] and sorted(seen) == sorted(boxes[:3])
        assert _key_ids(conn) == dict.fromkeys(boxes, new_id)
        # Done: the old key is no longer needed, and no longer opens anything.
        alone = CredentialStore(during, load_keys(new))
        assert [alone.load(b) for b in boxes] == [
            *({"mode": "delegated", "token_cache": f"{TOKEN}-{i}"} for i in range(3)),
            {"mode": "delegated", "token_cache": "refreshed"},
        ]
        with pytest.raises(CredentialsError, match=f"sealed with key {new_id}, which is not configured"):
            CredentialStore(during, load_keys(old)).load(boxes[0])
        assert CredentialStore(before, load_keys(new, (old,))).rotate().rotated == 0  # nothing left to do


def test_an_interrupted_rotation_keeps_what_it_did_and_a_second_run_finishes(
    db_url: str, conn: psycopg.Connection[Any]
) -> None:
    old, new = new_key(), new_key()
    boxes = _mailboxes(conn, 3)
    with db.connect(db_url) as worker:
        for box in boxes:
            CredentialStore(worker, load_keys(old)).save(box, {"mode": "app"})
        store = CredentialStore(worker, load_keys(new, (old,)))

        def crash(_mailbox_id: uuid.UUID, _key_id: str) -> None:
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            store.rotate(crash)
        ids = _key_ids(conn)
        assert sorted(ids.values()).count(store.key.key_id) == 1  # the first one is committed
        assert store.rotate().rotated == 2
        assert set(_key_ids(conn).values()) == {store.key.key_id}
        assert all(store.load(b) == {"mode": "app"} for b in boxes)


def test_a_credential_resealed_by_a_worker_during_the_rotation_is_not_overwritten(
    db_url: str, conn: psycopg.Connection[Any]
) -> None:
    old, new = new_key(), new_key()
    (box,) = _mailboxes(conn, 1)
    with db.connect(db_url) as worker:
        CredentialStore(worker, load_keys(old)).save(box, {"mode": "delegated", "token_cache": "before"})
        read = db.load_sealed_credentials(worker, box)
        assert read is not None
        store = CredentialStore(worker, load_keys(new, (old,)))
        store.save(box, {"mode": "delegated", "token_cache": "refreshed by the worker"})
        stale = seal(store.key, box, b'{"mode":"delegated","token_cache":"before"}')
        assert not db.replace_sealed_credentials(worker, box, read[0], stale, store.key.key_id)
        assert store.load(box) == {"mode": "delegated", "token_cache": "refreshed by the worker"}
        assert store.rotate().rotated == 0


def test_rotate_key_opens_credentials_sealed_before_keys_were_checked(
    db_url: str, conn: psycopg.Connection[Any], tmp_path: Path
) -> None:
    """A deployment that used a passphrase: it goes to RELANCE_OLD_SECRET_KEYS, and `relance rotate-key`
    (the command, against the real database) moves its credentials to the new key."""
    passphrase = "the passphrase of an earlier version"
    boxes = _mailboxes(conn, 2)
    with db.connect(db_url) as worker:
        legacy = SecretKey.legacy(passphrase)
        assert legacy.key_id.startswith("k1-")
        CredentialStore(worker, legacy).save(boxes[0], {"mode": "delegated", "token_cache": TOKEN})
        stranger_text = new_key()
        stranger = SecretKey.from_material(stranger_text)
        CredentialStore(worker, stranger).save(boxes[1], {"mode": "app"})
    new = new_key()
    env = {
        **os.environ,
        "SUPABASE_DB_URL": db_url,
        "RELANCE_SECRET_KEY": new,
        "RELANCE_OLD_SECRET_KEYS": f" {passphrase} ,",
        "PYTHONWARNINGS": "ignore::FutureWarning",
    }
    run = [sys.executable, "-m", "relance.cli", "rotate-key"]
    proc = subprocess.run(run, cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    new_id = KeyRing.from_texts(new).current.key_id
    # One credential re-sealed; the other's key is not configured: named, left as it is, exit 1.
    assert proc.returncode == 1, proc.stderr
    assert f"1 credential(s) re-sealed under key {new_id}" in proc.stderr
    assert f"mailbox {boxes[1]}: sealed with key {stranger.key_id}, which is not configured" in proc.stderr
    assert _key_ids(conn) == {boxes[0]: new_id, boxes[1]: stranger.key_id}
    for secret in (new, passphrase, TOKEN):
        assert secret not in proc.stderr + proc.stdout
    with db.connect(db_url) as worker:
        assert CredentialStore(worker, load_keys(new)).load(boxes[0]) == {"mode": "delegated", "token_cache": TOKEN}
    # With that key too, the second run finishes the rotation; the old keys can then go.
    env["RELANCE_OLD_SECRET_KEYS"] = f"{passphrase},{stranger_text}"
    proc = subprocess.run(run, cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert f"1 credential(s) re-sealed under key {new_id}" in proc.stderr and "can now be emptied" in proc.stderr
    assert _key_ids(conn) == dict.fromkeys(boxes, new_id)
