"""Provider credentials per mailbox, encrypted in Python before they reach Postgres.

The blob (an MSAL token cache with its refresh token, or the mark of app-only access) is sealed with
AES-256-GCM under a key derived from ``RELANCE_SECRET_KEY`` (locally, when that is empty, a key generated
once into ``.relance/secret.key`` with mode 0600), with the mailbox id as associated data so a blob copied
onto another mailbox does not open. Postgres stores only ciphertext and a key fingerprint, in a private
table that only service_role functions reach.

:class:`MailboxTokens` wraps MSAL for one mailbox: app-only (client credentials) or delegated (the cached
refresh token), and writes the cache back only when MSAL says it changed (``has_state_changed``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msal
import requests
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from relance import db
from relance.config import REPO_ROOT
from relance.providers.errors import GiveUp, NeedsReauth, msal_failure

log = logging.getLogger("relance.credentials")

GRAPH_APP_SCOPES = ["https://graph.microsoft.com/.default"]
# Short names are Microsoft Graph's; MSAL adds openid, profile and offline_access itself.
GRAPH_DELEGATED_SCOPES = ["Mail.ReadWrite", "Mail.Send"]
LOCAL_KEY_FILE = REPO_ROOT / ".relance" / "secret.key"
_NONCE = 12


class CredentialsError(Exception):
    """Credentials that cannot be opened (wrong key, damaged blob); the message names no secret."""


@dataclass(frozen=True)
class SecretKey:
    key: bytes = field(repr=False)
    key_id: str

    @classmethod
    def from_material(cls, material: str) -> SecretKey:
        if len(material) < 16:
            raise CredentialsError("RELANCE_SECRET_KEY must be at least 16 characters")
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"relance credentials v1").derive(
            material.encode()
        )
        return cls(key, "k1-" + hashlib.sha256(b"relance key id:" + key).hexdigest()[:16])


def load_secret_key(configured: str, key_file: Path = LOCAL_KEY_FILE) -> SecretKey:
    """The configured key, else the local one (generated on first use, readable by its owner only)."""
    if configured:
        return SecretKey.from_material(configured)
    key_file.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(32) + "\n")
        log.info("generated a local credentials key path=%s", key_file)
    return SecretKey.from_material(key_file.read_text().strip())


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
    """Sealed credentials of mailboxes in ``private.mailbox_credentials``, as JSON objects."""

    def __init__(self, conn: db.Conn, key: SecretKey) -> None:
        self.conn = conn
        self.key = key
        self._lock = threading.Lock()

    def save(self, mailbox_id: uuid.UUID, credentials: dict[str, Any]) -> None:
        sealed = seal(self.key, mailbox_id, json.dumps(credentials, separators=(",", ":")).encode())
        with self._lock:
            db.store_mailbox_credentials(self.conn, mailbox_id, sealed, self.key.key_id)

    def load(self, mailbox_id: uuid.UUID) -> dict[str, Any] | None:
        with self._lock:
            sealed = db.load_mailbox_credentials(self.conn, mailbox_id)
        if sealed is None:
            return None
        return dict(json.loads(open_sealed(self.key, mailbox_id, sealed)))


@dataclass(frozen=True)
class GraphApp:
    """How to reach the Microsoft identity platform: the app registration and the CA to trust."""

    authority_host: str
    tenant_id: str
    client_id: str
    client_secret: str = field(repr=False)
    verify: str | bool = True

    @property
    def authority(self) -> str:
        return f"{self.authority_host.rstrip('/')}/{self.tenant_id}"

    def http_client(self) -> requests.Session:
        # trust_env=False: REQUESTS_CA_BUNDLE in the environment would override ``verify``.
        session = requests.Session()
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


class AppTokens:
    """App-only tokens (client credentials) shared by every app-only mailbox of the process; MSAL keeps
    them in its in-memory cache and looks there first."""

    def __init__(self, app: GraphApp) -> None:
        self._app = app
        self._msal: msal.ConfidentialClientApplication | None = None
        self._lock = threading.Lock()

    def token(self, force_refresh: bool = False) -> str:
        with self._lock:
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
    """Delegated tokens of one mailbox from its sealed MSAL cache; app-only mailboxes use :class:`AppTokens`."""

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
            self._cache.deserialize(str(credentials.get("token_cache") or ""))
            self._msal = self._app.msal_app(self._cache)
        return True

    def _persist(self) -> None:
        if self._cache.has_state_changed:
            credentials = {"mode": "delegated", "token_cache": self._cache.serialize()}
            self._store.save(self._mailbox_id, credentials)
            self._loaded = hashlib.sha256(json.dumps(credentials, sort_keys=True).encode()).hexdigest()

    def token(self, force_refresh: bool = False) -> str:
        with self._lock:
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
