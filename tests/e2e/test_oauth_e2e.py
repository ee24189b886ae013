"""Connecting a mailbox from the web app (issue 16, item 1): the `oauth` edge function (supabase/functions/oauth),
served by `deno run` on the test's database, against the Microsoft and Google sandboxes over real HTTPS.

start (a signed-in user's Supabase session) → the authorization URL, followed on the sandbox (which consents at
once as the login_hint) → the provider's redirect to the web app's page, whose code and state are posted to
callback → the grant sealed by the function (WebCrypto AES-256-GCM) opens with relance.credentials, survives
`relance rotate-key`, and a worker pass subscribes or watches and backfills: the mailbox's first message is
synced. Then every refusal: no session, another team, a redirect URI that is not the app's, declined consent, a
state used twice, another user's state, another provider, an expired state (on the injected clock of the SQL
functions), a token endpoint that refuses or fails — each a clear answer, nothing stored, no secret in the
answer, the function's log or the database's API-readable tables."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import ssl
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import psycopg
import pytest

from relance import db
from relance.config import REPO_ROOT
from relance.credentials import CredentialStore, GraphApp, SecretKey
from relance.keys import KeyRing
from relance.providers.gmail import GoogleApp
from relance.sandbox import RunningSandbox
from relance.sandbox.world import parse_instant
from relance.worker import Connector, Worker
from tests.conftest import START
from tests.e2e.conftest import DENO, free_port
from tests.e2e.helpers import ALICE, TEST_KEY, TOPIC, make_team
from tests.pg import acting_as, make_user

GINA = "gina@contoso.com"  # Alice's colleague, on Gmail
JWT_SECRET = "a-jwt-secret-for-the-oauth-tests-only-at-least-32-characters"
APP_PAGE = "https://app.relance.test/settings/mailboxes/connected"
NEW_KEY = "7gq0HcM1xv2bJ8wKpL5nR3tY6uZ9aD4fS2eG1hJ0kQ8="


def session(user_id: uuid.UUID, secret: str = JWT_SECRET, ttl: int = 3600, role: str = "authenticated") -> str:
    """A Supabase access token (HS256), as supabase-js sends it in Authorization."""

    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    now = int(time.time())
    claims = {"sub": str(user_id), "aud": "authenticated", "role": role, "iat": now, "exp": now + ttl}
    signing_input = part({"alg": "HS256", "typ": "JWT"}) + "." + part(claims)
    signature = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + base64.urlsafe_b64encode(signature).rstrip(b"=").decode()


@dataclass
class OAuthWorld:
    sandbox: RunningSandbox
    conn: psycopg.Connection[Any]
    worker_conn: db.Conn
    graph: dict[str, str]
    google: dict[str, str]
    team_id: uuid.UUID
    owner_id: uuid.UUID  # Alice, the team's owner
    member_id: uuid.UUID  # Bruno, a member
    outsider_id: uuid.UUID  # in no team
    url: str = ""
    log: Path = Path()

    def call(self, route: str, user: uuid.UUID | None, body: dict[str, Any] | None = None) -> httpx.Response:
        headers = {"authorization": f"Bearer {session(user)}"} if user else {}
        if body is None:
            return httpx.get(f"{self.url}/{route}", headers=headers, timeout=30)
        return httpx.post(f"{self.url}/{route}", headers=headers, json=body, timeout=30)

    def start(self, provider: str, user: uuid.UUID | None = None, hint: str | None = None) -> str:
        response = self.call(
            "start",
            user or self.owner_id,
            {"provider": provider, "team_id": str(self.team_id), "redirect_uri": APP_PAGE, "login_hint": hint},
        )
        assert response.status_code == 200, response.text
        return str(response.json()["authorization_url"])

    def consent(self, authorization_url: str) -> dict[str, str]:
        """The browser at the provider: it consents and sends the user back to the app's page with a code."""
        trust = ssl.create_default_context(cafile=str(self.sandbox.ca_path))
        answer = httpx.get(authorization_url, verify=trust, follow_redirects=False, timeout=30)
        assert answer.status_code == 302, answer.text
        back = urlsplit(answer.headers["location"])
        assert f"{back.scheme}://{back.netloc}{back.path}" == APP_PAGE
        return {k: v[0] for k, v in parse_qs(back.query).items()}

    def callback(self, provider: str, returned: dict[str, str], user: uuid.UUID | None = None) -> httpx.Response:
        body = {"provider": provider, **{k: v for k, v in returned.items() if k in ("code", "state", "error")}}
        return self.call("callback", user or self.owner_id, body)

    def now(self) -> dt.datetime:
        return parse_instant(self.sandbox.control.clock()["now"])

    def connector(self, keys: KeyRing | SecretKey, webhook_url: str = "") -> Connector:
        ca = str(self.sandbox.ca_path)
        app = GraphApp(
            self.sandbox.url, self.graph["tenant_id"], self.graph["client_id"], self.graph["client_secret"], ca
        )
        google = GoogleApp(
            self.google["client_id"], self.google["client_secret"], self.google["token_uri"], self.sandbox.url, ca
        )
        store = CredentialStore(self.worker_conn, keys)
        return Connector(
            self.worker_conn, app, self.sandbox.url, webhook_url, store, self.now, ca, google=google, pubsub_topic=TOPIC
        )

    def mailboxes(self) -> list[tuple[Any, ...]]:
        return self.conn.execute(
            "select address, provider::text, status::text from public.mailboxes where team_id = %s order by address",
            (self.team_id,),
        ).fetchall()

    def states(self) -> int:
        row = self.conn.execute("select count(*) from private.oauth_states").fetchone()
        return int(row[0]) if row else 0

    def api_readable_text(self) -> str:
        """Every row of every table the Data API exposes, as text."""
        tables = self.conn.execute(
            "select format('%I.%I', schemaname, tablename) from pg_tables where schemaname = 'public'"
        ).fetchall()
        return "\n".join(
            str(r[0]) for (t,) in tables for r in self.conn.execute(f"select t::text from {t} as t").fetchall()
        )


@pytest.fixture
def world(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any], tmp_path: Path) -> Iterator[OAuthWorld]:
    sandbox.control.set_clock(START.isoformat())
    sandbox.control.configure(gmail_push_min_interval=0)
    sandbox.control.create_graph_user(ALICE, "Alice Martin")
    graph = sandbox.control.create_graph_app("contoso.com")
    sandbox.control.create_gmail_user(GINA)
    google = sandbox.control.create_google_client()
    sandbox.control.create_pubsub_subscription(TOPIC, "http://127.0.0.1:9/")
    team_id, owner_id = make_team(conn)
    member_id = make_user(conn, "bruno@contoso.com")
    conn.execute(
        "insert into public.team_members (team_id, user_id, role) values (%s, %s, 'member')", (team_id, member_id)
    )
    outsider_id = make_user(conn, "eve@elsewhere.example")
    worker_conn = db.connect(db_url)
    built = OAuthWorld(sandbox, conn, worker_conn, dict(graph), dict(google), team_id, owner_id, member_id, outsider_id)
    port = free_port()
    built.log = tmp_path / "oauth.log"
    env = {
        **os.environ,
        "PORT": str(port),
        "SUPABASE_DB_URL": db_url,
        "SUPABASE_JWT_SECRET": JWT_SECRET,
        "RELANCE_SECRET_KEY": TEST_KEY,
        "OAUTH_REDIRECT_URIS": APP_PAGE,
        "GRAPH_AUTHORITY_HOST": sandbox.url,
        "GRAPH_TENANT_ID": graph["tenant_id"],
        "GRAPH_CLIENT_ID": graph["client_id"],
        "GRAPH_CLIENT_SECRET": graph["client_secret"],
        "GOOGLE_AUTH_URI": f"{sandbox.url}/o/oauth2/v2/auth",
        "GOOGLE_TOKEN_URI": google["token_uri"],
        "GOOGLE_CLIENT_ID": google["client_id"],
        "GOOGLE_CLIENT_SECRET": google["client_secret"],
        "DENO_CERT": str(sandbox.ca_path),
        "NO_COLOR": "1",
        "DENO_NO_UPDATE_CHECK": "1",
    }
    functions = REPO_ROOT / "supabase" / "functions"
    with built.log.open("w") as out:
        proc = subprocess.Popen(
            [
                str(DENO),
                "run",
                "--config",
                str(functions / "deno.json"),
                "--frozen",
                "--no-prompt",
                "--allow-net=127.0.0.1,localhost",
                "--allow-env",
                "--allow-read",
                str(functions / "oauth" / "index.ts"),
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    built.url = f"http://127.0.0.1:{port}/functions/v1/oauth"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{built.url}/status", timeout=2)
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the oauth function did not start: {built.log.read_text()[-2000:]}") from None
                time.sleep(0.1)
        yield built
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        worker_conn.close()


def connections(world: OAuthWorld, user: uuid.UUID) -> list[dict[str, Any]]:
    response = world.call("status", user)
    assert response.status_code == 200, response.text
    mailboxes: list[dict[str, Any]] = response.json()["mailboxes"]
    return mailboxes


# From start to the first synced message ---------------------------------------------------------------------------


def test_a_microsoft_mailbox_connected_from_the_web_app_syncs_its_first_message(
    world: OAuthWorld, webhook: str
) -> None:
    world.sandbox.control.deliver(ALICE, "carol@example.org", "Our meeting", "See you Tuesday.")
    url = world.start("graph", hint=ALICE)
    query = parse_qs(urlsplit(url).query)
    assert url.startswith(f"{world.sandbox.url}/{world.graph['tenant_id']}/oauth2/v2.0/authorize?")
    assert query["code_challenge_method"] == ["S256"] and "code_verifier" not in query
    assert set(query["scope"][0].split()) == {"offline_access", "openid", "profile", "Mail.ReadWrite", "Mail.Send"}
    state = query["state"][0]
    # The database keeps the state's SHA-256, never the state itself.
    assert world.conn.execute("select state_sha256, redirect_uri from private.oauth_states").fetchall() == [
        (hashlib.sha256(state.encode()).hexdigest(), APP_PAGE)
    ]

    returned = world.consent(url)
    answer = world.callback("graph", returned)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["address"], body["provider"], body["status"]) == (ALICE, "graph", "active")
    mailbox_id = uuid.UUID(body["mailbox_id"])
    assert world.states() == 0

    # The Python store opens what the function sealed, under the configured key's id.
    store = CredentialStore(world.worker_conn, SecretKey.from_material(TEST_KEY))
    sealed = store.load(mailbox_id)
    assert sealed is not None and sealed["mode"] == "delegated" and sealed["refresh_token"].startswith("rt.")
    key_id = world.conn.execute(
        "select key_id from private.mailbox_credentials where mailbox_id = %s", (mailbox_id,)
    ).fetchone()
    assert key_id == (SecretKey.from_material(TEST_KEY).key_id,)
    # No secret anywhere the Data API reads, nor in the function's log.
    for secret in (sealed["refresh_token"], returned["code"], state):
        assert secret not in world.api_readable_text()
        assert secret not in world.log.read_text()
    # The audit timeline says who connected it.
    event = world.conn.execute(
        "select details from public.events where mailbox_id = %s and kind = 'mailbox_authorized'", (mailbox_id,)
    ).fetchone()
    assert event is not None and event[0]["by"] == str(world.owner_id) and event[0]["status_after"] == "active"

    # `relance rotate-key` re-seals it under a new key; the old key no longer opens it.
    ring = KeyRing.from_texts(NEW_KEY, (TEST_KEY,))
    rotation = CredentialStore(world.worker_conn, ring).rotate()
    assert rotation.rotated == 1 and rotation.unknown == []
    assert CredentialStore(world.worker_conn, ring).load(mailbox_id) == sealed

    # A worker pass: subscriptions for Inbox and Sent Items, then the backfill.
    before = connections(world, world.owner_id)
    assert [(m["address"], m["connected"], m["last_sync_at"]) for m in before] == [(ALICE, True, None)]
    done = Worker(world.connector(KeyRing.from_texts(NEW_KEY), webhook)).pass_once(("events",))
    assert done["events"] == 1
    subjects = world.conn.execute("select subject from public.messages where mailbox_id = %s", (mailbox_id,)).fetchall()
    assert ("Our meeting",) in subjects
    subscribed = world.conn.execute(
        "select count(*) from private.provider_subscriptions where mailbox_id = %s and status = 'active'", (mailbox_id,)
    ).fetchone()
    assert subscribed == (2,)
    # The refresh token was redeemed into an MSAL cache, sealed in its place (as `relance connect` seals).
    opened = CredentialStore(world.worker_conn, KeyRing.from_texts(NEW_KEY)).load(mailbox_id)
    assert opened is not None and set(opened) == {"mode", "token_cache"} and opened["mode"] == "delegated"

    (status,) = connections(world, world.owner_id)
    assert status["connected"] is True and status["needs_reauth"] is False
    assert status["last_sync_at"] is not None and status["subscription_expires_at"] is not None
    assert "token" not in json.dumps(status)


def test_a_gmail_mailbox_connected_from_the_web_app_is_watched_and_syncs_its_first_message(
    world: OAuthWorld,
) -> None:
    world.sandbox.control.deliver(GINA, "carol@example.org", "Quarterly figures", "Attached.")
    gina = make_user(world.conn, "gina.user@contoso.com")
    world.conn.execute("insert into public.team_members (team_id, user_id, role) values (%s, %s, 'member')",
                       (world.team_id, gina))  # fmt: skip
    url = world.start("gmail", user=gina, hint=GINA)
    query = parse_qs(urlsplit(url).query)
    assert url.startswith(f"{world.sandbox.url}/o/oauth2/v2/auth?")
    assert (query["access_type"], query["prompt"], query["code_challenge_method"]) == (
        ["offline"],
        ["consent"],
        ["S256"],
    )

    answer = world.callback("gmail", world.consent(url), user=gina)
    assert answer.status_code == 200, answer.text
    mailbox_id = uuid.UUID(answer.json()["mailbox_id"])
    assert world.mailboxes() == [(GINA, "gmail", "active")]
    sealed = CredentialStore(world.worker_conn, SecretKey.from_material(TEST_KEY)).load(mailbox_id)
    assert sealed is not None and sealed["mode"] == "gmail"
    assert sealed["scopes"] == [
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.send",
    ]

    done = Worker(world.connector(SecretKey.from_material(TEST_KEY))).pass_once(("events",))
    assert done["events"] == 1
    subjects = world.conn.execute("select subject from public.messages where mailbox_id = %s", (mailbox_id,)).fetchall()
    assert subjects == [("Quarterly figures",)]
    watch = world.conn.execute(
        "select external_id, resource from private.provider_subscriptions where mailbox_id = %s", (mailbox_id,)
    ).fetchall()
    assert watch == [(f"gmail-watch:{mailbox_id}", TOPIC)]
    (status,) = connections(world, gina)
    assert (status["address"], status["connected"], status["provider"]) == (GINA, True, "gmail")
    assert status["last_sync_at"] is not None and status["subscription_expires_at"] is not None
    # The team's owner (an admin) sees it; Bruno, another member, does not.
    assert [m["address"] for m in connections(world, world.owner_id)] == [GINA]
    assert connections(world, world.member_id) == []


def test_reconnecting_a_mailbox_that_needs_reauth_brings_it_back(world: OAuthWorld) -> None:
    answer = world.callback("graph", world.consent(world.start("graph", hint=ALICE)))
    mailbox_id = uuid.UUID(answer.json()["mailbox_id"])
    db.mailbox_needs_reauth(world.worker_conn, mailbox_id, "invalid_grant", world.now())
    assert [(m["needs_reauth"], m["connected"]) for m in connections(world, world.owner_id)] == [(True, False)]

    again = world.callback("graph", world.consent(world.start("graph", hint=ALICE)))
    assert again.status_code == 200 and again.json()["mailbox_id"] == str(mailbox_id)
    assert world.mailboxes() == [(ALICE, "graph", "active")]
    before = world.conn.execute(
        "select details ->> 'status_before' from public.events where kind = 'mailbox_authorized' order by id"
    ).fetchall()
    assert before == [(None,), ("needs_reauth",)]


def test_a_grant_revoked_before_the_workers_first_use_puts_the_mailbox_in_needs_reauth(world: OAuthWorld) -> None:
    answer = world.callback("graph", world.consent(world.start("graph", hint=ALICE)))
    mailbox_id = uuid.UUID(answer.json()["mailbox_id"])
    world.sandbox.control.revoke_grant("graph", ALICE)
    done = Worker(world.connector(SecretKey.from_material(TEST_KEY))).pass_once(("events",))
    assert done["events"] == 1
    (status,) = connections(world, world.owner_id)
    assert (status["mailbox_id"], status["needs_reauth"], status["connected"]) == (str(mailbox_id), True, False)
    # The event was handled (acknowledged), not left to come back.
    assert world.conn.execute("select count(*) from pgmq.q_provider_events").fetchone() == (0,)


# Refusals: a clear answer, nothing stored ------------------------------------------------------------------------


def test_start_needs_a_signed_in_member_and_one_of_the_apps_pages(world: OAuthWorld) -> None:
    body = {"provider": "graph", "team_id": str(world.team_id), "redirect_uri": APP_PAGE}
    assert world.call("start", None, body).json()["error"] == "unauthorized"
    forged = httpx.post(
        f"{world.url}/start",
        headers={"authorization": f"Bearer {session(world.owner_id, secret='not-the-secret-' * 4)}"},
        json=body,
        timeout=30,
    )
    assert (forged.status_code, forged.json()["error"]) == (401, "unauthorized")
    expired = httpx.post(
        f"{world.url}/start",
        headers={"authorization": f"Bearer {session(world.owner_id, ttl=-3600)}"},
        json=body,
        timeout=30,
    )
    assert expired.status_code == 401
    anon = httpx.post(
        f"{world.url}/start", headers={"authorization": f"Bearer {session(world.owner_id, role='anon')}"}, json=body
    )
    assert anon.status_code == 401
    outsider = world.call("start", world.outsider_id, body)
    assert (outsider.status_code, outsider.json()["error"]) == (403, "forbidden")
    elsewhere = world.call("start", world.owner_id, {**body, "redirect_uri": "https://evil.example/steal"})
    assert (elsewhere.status_code, elsewhere.json()["error"]) == (400, "bad_request")
    unknown = world.call("start", world.owner_id, {**body, "provider": "yahoo"})
    assert unknown.status_code == 400
    assert world.states() == 0


def test_declined_consent_connects_nothing_and_uses_up_the_state(world: OAuthWorld) -> None:
    url = world.start("graph", hint=ALICE)
    state = parse_qs(urlsplit(url).query)["state"][0]
    declined = world.callback("graph", {"state": state, "error": "access_denied"})
    assert (declined.status_code, declined.json()["error"]) == (400, "access_denied")
    assert world.mailboxes() == [] and world.states() == 0
    late = world.callback("graph", {"state": state, "code": "0.sbx.whatever"})
    assert late.json()["error"] == "unknown_state"


def test_a_state_is_used_once(world: OAuthWorld) -> None:
    returned = world.consent(world.start("graph", hint=ALICE))
    assert world.callback("graph", returned).status_code == 200
    replay = world.callback("graph", returned)
    assert (replay.status_code, replay.json()["error"]) == (400, "unknown_state")
    events = world.conn.execute("select count(*) from public.events where kind = 'mailbox_authorized'").fetchone()
    assert events == (1,)


def test_another_users_state_is_refused_and_spent(world: OAuthWorld) -> None:
    returned = world.consent(world.start("graph", hint=ALICE))
    stolen = world.callback("graph", returned, user=world.member_id)
    assert (stolen.status_code, stolen.json()["error"]) == (403, "other_user")
    assert world.mailboxes() == []
    # Shown to someone else, the state is spent: its owner starts again.
    assert world.callback("graph", returned).json()["error"] == "unknown_state"


def test_a_state_for_another_provider_is_refused(world: OAuthWorld) -> None:
    returned = world.consent(world.start("graph", hint=ALICE))
    wrong = world.callback("gmail", returned)
    assert (wrong.status_code, wrong.json()["error"]) == (400, "wrong_provider")
    assert world.mailboxes() == []


def test_a_refused_or_failing_token_endpoint_stores_nothing_and_says_so(world: OAuthWorld) -> None:
    returned = world.consent(world.start("graph", hint=ALICE))
    refused = world.callback("graph", {**returned, "code": "0.sbx.forged"})
    assert refused.status_code == 502
    assert refused.json() == {
        "error": "token_exchange_failed",
        "message": "the provider refused the authorization code: start again",
        "provider_error": "invalid_grant",
    }
    world.sandbox.control.inject_fault(r"/token$", count=1, status=503, retry_after=None)
    returned = world.consent(world.start("gmail", hint=GINA))
    failing = world.callback("gmail", returned)
    assert (failing.status_code, failing.json()["error"]) == (502, "token_exchange_failed")
    assert world.mailboxes() == [] and world.states() == 0
    assert world.conn.execute("select count(*) from private.mailbox_credentials").fetchone() == (0,)
    assert returned["code"] not in world.log.read_text()


def test_an_address_connected_with_the_other_provider_is_a_conflict(world: OAuthWorld) -> None:
    db.connect_mailbox(world.worker_conn, world.team_id, world.owner_id, "gmail", ALICE, None, START)
    answer = world.callback("graph", world.consent(world.start("graph", hint=ALICE)))
    assert (answer.status_code, answer.json()["error"]) == (409, "conflict")
    assert world.conn.execute("select count(*) from private.mailbox_credentials").fetchone() == (0,)


def test_a_member_cannot_take_over_another_members_mailbox(world: OAuthWorld) -> None:
    db.connect_mailbox(world.worker_conn, world.team_id, world.owner_id, "graph", ALICE, None, START)
    answer = world.callback("graph", world.consent(world.start("graph", user=world.member_id, hint=ALICE)),
                            user=world.member_id)  # fmt: skip
    assert (answer.status_code, answer.json()["error"]) == (403, "forbidden")
    assert world.conn.execute("select count(*) from private.mailbox_credentials").fetchone() == (0,)


def test_status_needs_a_session(world: OAuthWorld) -> None:
    assert world.call("status", None).status_code == 401
    assert connections(world, world.outsider_id) == []


# The state's life on the injected clock (the SQL functions, as the function calls them) ---------------------------


def begin(world: OAuthWorld, at: dt.datetime, state: str = "s", user: uuid.UUID | None = None) -> dt.datetime:
    with acting_as(world.conn, "service_role", commit=True):
        row = world.conn.execute(
            "select worker.oauth_begin(%s, %s, 'graph', %s, %s, %s, null, %s)",
            (user or world.owner_id, world.team_id, APP_PAGE, hashlib.sha256(state.encode()).hexdigest(), "v" * 43, at),
        ).fetchone()
    assert row is not None
    return dt.datetime.fromisoformat(str(row[0])) if not isinstance(row[0], dt.datetime) else row[0]


def consume(world: OAuthWorld, at: dt.datetime, state: str = "s") -> str:
    with acting_as(world.conn, "service_role", commit=True):
        row = world.conn.execute(
            "select outcome from worker.oauth_consume(%s, %s, 'graph', %s)",
            (hashlib.sha256(state.encode()).hexdigest(), world.owner_id, at),
        ).fetchone()
    assert row is not None
    return str(row[0])


def test_a_state_lives_ten_minutes_on_the_callers_clock(world: OAuthWorld) -> None:
    assert begin(world, START, "a") == START + dt.timedelta(minutes=10)
    assert consume(world, START + dt.timedelta(minutes=9, seconds=59), "a") == "ok"
    begin(world, START, "b")
    assert consume(world, START + dt.timedelta(minutes=10), "b") == "expired"
    # An expired row is cleaned up by the next start, whoever's.
    begin(world, START, "c")
    begin(world, START + dt.timedelta(minutes=11), "d")
    assert world.conn.execute("select count(*) from private.oauth_states").fetchone() == (1,)
    assert consume(world, START + dt.timedelta(minutes=11), "c") == "unknown_state"


def test_a_user_has_at_most_twenty_authorizations_in_flight(world: OAuthWorld) -> None:
    for n in range(20):
        begin(world, START, f"s{n}")
    with pytest.raises(psycopg.errors.ProgramLimitExceeded):
        begin(world, START, "one too many")


def test_no_api_role_reaches_the_states_or_the_oauth_functions(world: OAuthWorld) -> None:
    for role in ("anon", "authenticated", "service_role"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(world.conn, role, world.owner_id):
            world.conn.execute("select * from private.oauth_states")
    for role in ("anon", "authenticated"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(world.conn, role, world.owner_id):
            world.conn.execute("select worker.oauth_consume('x', gen_random_uuid(), 'graph', now())")


@pytest.mark.parametrize(
    ("who", "sees"),
    [("owner", [ALICE, GINA]), ("member", [GINA]), ("outsider", []), ("service_role", [])],
)
def test_mailbox_connections_shows_what_the_mailboxes_policy_shows(
    world: OAuthWorld, who: str, sees: list[str]
) -> None:
    db.connect_mailbox(world.worker_conn, world.team_id, world.owner_id, "graph", ALICE, None, START)
    db.connect_mailbox(world.worker_conn, world.team_id, world.member_id, "gmail", GINA, None, START)
    user = {"owner": world.owner_id, "member": world.member_id, "outsider": world.outsider_id}.get(who)
    role = "service_role" if who == "service_role" else "authenticated"
    with acting_as(world.conn, role, user):
        rows = world.conn.execute("select address from public.mailbox_connections()").fetchall()
    assert [r[0] for r in rows] == sees
    with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(world.conn, "anon"):
        world.conn.execute("select * from public.mailbox_connections()")
