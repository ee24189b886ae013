"""Provider credentials per mailbox, encrypted in Python before they reach Postgres.

The blob (an MSAL token cache with its refresh token, a Google refresh token, or the mark of app-only
access) is sealed with AES-256-GCM under a key derived from ``RELANCE_SECRET_KEY`` (:mod:`relance.keys`;
locally, when that is empty, a key generated once into ``.relance/secret.key`` with mode 0600), with the
mailbox id as associated data so a blob copied onto another mailbox does not open. Postgres stores only
ciphertext and the key's id, in a private table that only service_role functions reach; the stored id
chooses the key that opens it, so keys from ``RELANCE_OLD_SECRET_KEYS`` keep opening what they sealed until
``relance rotate-key`` (:meth:`CredentialStore.rotate`) has re-sealed it under the current key.

:class:`MailboxTokens` wraps MSAL for one mailbox: app-only (client credentials) or delegated (the cached
refresh token), and writes the cache back only when MSAL says it changed (``has_state_changed``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import secrets
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msal
import requests
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from relance import db
from relance.config import REPO_ROOT
from relance.keys import KEY_BYTES, InvalidKey, KeyRing, SecretKey
from relance.providers.breaker import EndpointBreaker, answered
from relance.providers.errors import GiveUp, NeedsReauth, RetryLater, msal_failure

log = logging.getLogger("relance.credentials")

GRAPH_APP_SCOPES = ["https://graph.microsoft.com/.default"]
# Short names are Microsoft Graph's; MSAL adds openid, profile and offline_access itself.
GRAPH_DELEGATED_SCOPES = ["Mail.ReadWrite", "Mail.Send"]
LOCAL_KEY_FILE = REPO_ROOT / ".relance" / "secret.key"
_NONCE = 12


class CredentialsError(Exception):
    """Credentials that cannot be opened (wrong key, damaged blob); the message names no secret."""


def load_keys(configured: str, old: tuple[str, ...] = (), key_file: Path = LOCAL_KEY_FILE) -> KeyRing:
    """The configured key (with the old ones, which only open), else the local one: generated on first use
    into ``key_file``, readable by its owner only. A key that is not 32 random bytes is refused, saying how
    to make one."""
    try:
        if configured:
            return KeyRing.from_texts(configured, old)
        key_file.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode() + "\n")
            log.info("generated a local credentials key path=%s", key_file)
        return KeyRing.from_texts(key_file.read_text().strip(), old)
    except InvalidKey as exc:
        where = "RELANCE_SECRET_KEY" if configured else f"the local key file {key_file}"
        raise CredentialsError(f"{where} {exc}") from None


def seal(key: SecretKey, mailbox_id: uuid.UUID, plaintext: bytes) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(key.key).encrypt(nonce, plaintext, _aad(mailbox_id))


def open_sealed(key: SecretKey, mailbox_id: uuid.UUID, ciphertext: bytes) -> bytes:
    try:
        return AESGCM(key.key).decrypt(ciphertext[:_NONCE], ciphertext[_NONCE:], _aad(mailbox_id))
    except (InvalidTag, ValueError):
        raise CredentialsError(
            f"the credentials of mailbox {mailbox_id} do not open with key {key.key_id} (another key, or damaged)"
        ) from None


def _aad(mailbox_id: uuid.UUID) -> bytes:
    return f"relance mailbox {mailbox_id}".encode()


class CredentialStore:
    """Sealed credentials of mailboxes in ``private.mailbox_credentials``, as JSON objects: sealed with the
    ring's current key, opened with the key whose id is stored beside them."""

    def __init__(self, conn: db.Conn, keys: KeyRing | SecretKey) -> None:
        self.conn = conn
        self.keys = keys if isinstance(keys, KeyRing) else KeyRing(keys)
        self._lock = threading.Lock()

    @property
    def key(self) -> SecretKey:
        return self.keys.current

    def save(self, mailbox_id: uuid.UUID, credentials: dict[str, Any]) -> None:
        sealed = seal(self.key, mailbox_id, json.dumps(credentials, separators=(",", ":")).encode())
        with self._lock:
            db.store_mailbox_credentials(self.conn, mailbox_id, sealed, self.key.key_id)

    def load(self, mailbox_id: uuid.UUID) -> dict[str, Any] | None:
        with self._lock:
            stored = db.load_sealed_credentials(self.conn, mailbox_id)
        if stored is None:
            return None
        return dict(json.loads(self._open(mailbox_id, *stored)))

    def _open(self, mailbox_id: uuid.UUID, sealed: bytes, key_id: str) -> bytes:
        key = self.keys.by_id(key_id)
        if key is None:
            raise CredentialsError(
                f"the credentials of mailbox {mailbox_id} are sealed with key {key_id}, which is not configured"
                " (RELANCE_SECRET_KEY, RELANCE_OLD_SECRET_KEYS)"
            )
        return open_sealed(key, mailbox_id, sealed)

    def rotate(self, on_each: Callable[[uuid.UUID, str], None] = lambda _m, _k: None) -> Rotation:
        """Re-seal every credential that is not under the current key, one transaction per credential, so an
        interrupted rotation resumes where it stopped when run again. Each credential is replaced only if it
        is still the one read (a worker that refreshed it meanwhile sealed it under the current key)."""
        rotation = Rotation()
        for mailbox_id, key_id in db.list_credential_keys(self.conn, self.key.key_id):
            if self.keys.by_id(key_id) is None:
                rotation.unknown.append((mailbox_id, key_id))
                continue
            while True:
                with self._lock:
                    stored = db.load_sealed_credentials(self.conn, mailbox_id)
                if stored is None or stored[1] == self.key.key_id:  # deleted, or re-sealed by a worker meanwhile
                    break
                plaintext = self._open(mailbox_id, *stored)
                sealed = seal(self.key, mailbox_id, plaintext)
                with self._lock:
                    replaced = db.replace_sealed_credentials(self.conn, mailbox_id, stored[0], sealed, self.key.key_id)
                if replaced:
                    rotation.rotated += 1
                    on_each(mailbox_id, stored[1])
                    break
        return rotation


@dataclass
class Rotation:
    """What ``rotate`` did: credentials re-sealed, and those whose key is not configured (left as they are)."""

    rotated: int = 0
    unknown: list[tuple[uuid.UUID, str]] = field(default_factory=list)


@dataclass(frozen=True)
class GraphApp:
    """How to reach the Microsoft identity platform: the app registration and the CA to trust."""

    authority_host: str
    tenant_id: str
    client_id: str
    client_secret: str = field(repr=False)
    verify: str | bool = True
    # Shared by every mailbox's MSAL app of the process: an identity platform that is down is asked once per
    # cool-down, not once per mailbox (R10).
    breaker: EndpointBreaker = field(
        default_factory=lambda: EndpointBreaker("graph token endpoint"), repr=False, compare=False
    )

    @property
    def authority(self) -> str:
        return f"{self.authority_host.rstrip('/')}/{self.tenant_id}"

    def http_client(self) -> requests.Session:
        # trust_env=False: REQUESTS_CA_BUNDLE in the environment would override ``verify``.
        session = _GuardedSession(self.breaker)
        session.trust_env = False
        session.verify = self.verify
        return session

    def msal_app(self, cache: msal.TokenCache | None = None) -> msal.ConfidentialClientApplication:
        if not (self.tenant_id and self.client_id and self.client_secret):
            raise GiveUp("GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET must be set")
        return msal.ConfidentialClientApplication(
            self.client_id,
            client_credential=self.client_secret,
            authority=self.authority,
            instance_discovery=False,
            http_client=self.http_client(),
            token_cache=cache,
        )


class _GuardedSession(requests.Session):
    """MSAL's HTTP client: every request it makes goes to the identity platform, through the breaker."""

    def __init__(self, breaker: EndpointBreaker) -> None:
        super().__init__()
        self.breaker = breaker

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.breaker.guard()
        try:
            response = super().request(method, url, *args, **kwargs)
        except requests.RequestException:
            self.breaker.record(False)
            raise
        self.breaker.record(answered(response.status_code))
        return response


@contextmanager
def _token_endpoint(what: str) -> Iterator[None]:
    """R10: the identity platform unreachable (a dropped connection, a timeout) or failing in a way MSAL raises
    for (an answer it cannot read) is a network error to retry with backoff, never a refused grant, and never a
    traceback in the worker's log."""
    try:
        yield
    except requests.RequestException as exc:
        raise RetryLater(f"{what}: token endpoint unreachable ({type(exc).__name__})") from None
    except msal.exceptions.MsalServiceError as exc:
        raise RetryLater(f"{what}: token endpoint failed ({type(exc).__name__})") from None


class AppTokens:
    """App-only tokens (client credentials) shared by every app-only mailbox of the process; MSAL keeps
    them in its in-memory cache and looks there first."""

    def __init__(self, app: GraphApp) -> None:
        self._app = app
        self._msal: msal.ConfidentialClientApplication | None = None
        self._lock = threading.Lock()

    def token(self, force_refresh: bool = False) -> str:
        with self._lock, _token_endpoint("app token"):
            if self._msal is None:
                self._msal = self._app.msal_app()
            if force_refresh:
                # Client credentials have no refresh token: forget the cached one and ask again.
                for entry in self._msal.token_cache.search(msal.TokenCache.CredentialType.ACCESS_TOKEN):
                    self._msal.token_cache.remove_at(entry)
            result = self._msal.acquire_token_for_client(scopes=GRAPH_APP_SCOPES)
        if "access_token" not in result:
            raise msal_failure(result, "app token")
        return str(result["access_token"])


class MailboxTokens:
    """Delegated tokens of one mailbox from its sealed MSAL cache; app-only mailboxes use :class:`AppTokens`.

    The sealed credentials are ``{"mode": "app"}``, ``{"mode": "delegated", "token_cache": <MSAL cache>}``
    (``relance connect``), or ``{"mode": "delegated", "refresh_token": ...}`` (the web app's OAuth callback,
    which has no MSAL): that refresh token is redeemed into an MSAL cache on first use, and the cache sealed in
    its place."""

    def __init__(self, app: GraphApp, store: CredentialStore, mailbox_id: uuid.UUID, app_tokens: AppTokens) -> None:
        self._app = app
        self._store = store
        self._mailbox_id = mailbox_id
        self._app_tokens = app_tokens
        self._lock = threading.Lock()
        self._msal: msal.ConfidentialClientApplication | None = None
        self._cache = msal.SerializableTokenCache()
        self._mode: str | None = None
        self._loaded: str | None = None
        self._pending_refresh: str | None = None

    def _load(self) -> bool:
        """(Re)read the sealed credentials; True when they changed since the last read."""
        credentials = self._store.load(self._mailbox_id)
        if credentials is None:
            raise NeedsReauth(f"mailbox {self._mailbox_id} has no stored credentials")
        fingerprint = hashlib.sha256(json.dumps(credentials, sort_keys=True).encode()).hexdigest()
        if fingerprint == self._loaded:
            return False
        self._loaded = fingerprint
        self._mode = str(credentials.get("mode"))
        if self._mode == "delegated":
            self._cache = msal.SerializableTokenCache()
            self._cache.deserialize(str(credentials.get("token_cache") or ""))
            # A grant sealed by the `oauth` edge function (supabase/functions/oauth) holds the refresh token of the
            # authorization code it redeemed, not an MSAL cache: redeemed into the cache on first use.
            self._pending_refresh = None if credentials.get("token_cache") else credentials.get("refresh_token")
            self._msal = self._app.msal_app(self._cache)
        return True

    def _persist(self) -> None:
        if self._cache.has_state_changed:
            credentials = {"mode": "delegated", "token_cache": self._cache.serialize()}
            self._store.save(self._mailbox_id, credentials)
            self._loaded = hashlib.sha256(json.dumps(credentials, sort_keys=True).encode()).hexdigest()

    def token(self, force_refresh: bool = False) -> str:
        with self._lock, _token_endpoint("delegated token"):
            if self._mode is None:
                self._load()
            if self._mode == "app":
                return self._app_tokens.token(force_refresh)
            try:
                return self._delegated(force_refresh)
            except NeedsReauth:
                # The owner may have reconnected since this process read the cache: read it again once.
                if self._load():
                    if self._mode == "app":
                        return self._app_tokens.token(force_refresh)
                    return self._delegated(force_refresh)
                raise

    def _delegated(self, force_refresh: bool) -> str:
        assert self._msal is not None
        accounts = self._msal.get_accounts()
        if not accounts and self._pending_refresh:
            redeemed = self._msal.acquire_token_by_refresh_token(self._pending_refresh, scopes=GRAPH_DELEGATED_SCOPES)
            if "access_token" not in redeemed:
                raise msal_failure(redeemed, "refresh token")
            self._pending_refresh = None
            self._persist()  # from now on the grant is an MSAL cache, as `relance connect` seals it
            return str(redeemed["access_token"])
        if not accounts:
            raise NeedsReauth(f"mailbox {self._mailbox_id}: no account in the token cache")
        result = self._msal.acquire_token_silent_with_error(
            GRAPH_DELEGATED_SCOPES, account=accounts[0], force_refresh=force_refresh
        )
        self._persist()
        if not result or "access_token" not in result:
            raise msal_failure(result or {"error": "invalid_grant"}, "delegated token")
        return str(result["access_token"])


def connect_app_only(store: CredentialStore, mailbox_id: uuid.UUID) -> None:
    """App-only access (an admin consented for the tenant): nothing secret per mailbox, only the mode."""
    store.save(mailbox_id, {"mode": "app"})


def connect_with_refresh_token(app: GraphApp, store: CredentialStore, mailbox_id: uuid.UUID, refresh_token: str) -> str:
    """Delegated access from a refresh token (an existing consent): redeem it into a fresh MSAL cache,
    seal the cache. Returns the signed-in username."""
    cache = msal.SerializableTokenCache()
    result = app.msal_app(cache).acquire_token_by_refresh_token(refresh_token, scopes=GRAPH_DELEGATED_SCOPES)
    if "access_token" not in result:
        raise msal_failure(result, "refresh token")
    return _save_delegated(store, mailbox_id, cache, result)


def start_auth_code_flow(app: GraphApp, redirect_uri: str) -> tuple[msal.ConfidentialClientApplication, dict[str, Any]]:
    """The first half of the authorization code flow: the URL the mailbox owner opens to consent."""
    cache = msal.SerializableTokenCache()
    client = app.msal_app(cache)
    return client, client.initiate_auth_code_flow(GRAPH_DELEGATED_SCOPES, redirect_uri=redirect_uri)


def finish_auth_code_flow(
    client: msal.ConfidentialClientApplication,
    flow: dict[str, Any],
    redirect_query: dict[str, str],
    store: CredentialStore,
    mailbox_id: uuid.UUID,
) -> str:
    result = client.acquire_token_by_auth_code_flow(flow, redirect_query)
    if "access_token" not in result:
        raise msal_failure(result, "authorization code")
    cache = client.token_cache
    assert isinstance(cache, msal.SerializableTokenCache)
    return _save_delegated(store, mailbox_id, cache, result)


def _save_delegated(
    store: CredentialStore, mailbox_id: uuid.UUID, cache: msal.SerializableTokenCache, result: dict[str, Any]
) -> str:
    store.save(mailbox_id, {"mode": "delegated", "token_cache": cache.serialize()})
    claims = result.get("id_token_claims") or {}
    return str(claims.get("preferred_username") or "")
