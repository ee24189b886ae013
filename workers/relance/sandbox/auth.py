"""OAuth 2.0 state shared by the Microsoft identity platform and Google token endpoints.

Access tokens are opaque bearer strings bound to a client, a tenant and (for delegated grants) a user;
they expire on the sandbox clock. Refresh tokens rotate on each use (old ones keep working, as
Microsoft documents) until the grant is revoked. ID tokens are RS256 JWTs signed by a sandbox key whose
public half is served as a JWKS.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass
class Client:
    client_id: str
    client_secret: str
    tenant: str
    provider: str
    disabled: bool = False


@dataclass
class Grant:
    """A user's consent to a client: the thing a refresh token stands for."""

    provider: str
    client_id: str
    tenant: str
    user_id: str
    scopes: list[str]
    issued_at: dt.datetime
    revoked_at: dt.datetime | None = None
    refresh_tokens: set[str] = field(default_factory=set)


@dataclass
class AccessToken:
    provider: str
    client_id: str
    tenant: str
    user_id: str | None
    scopes: list[str]
    expires_at: dt.datetime
    grant: Grant | None = None
    revoked: bool = False


class Signer:
    """RS256 signing for ID tokens and Pub/Sub push tokens; ``jwks()`` publishes the public key."""

    def __init__(self) -> None:
        self._key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = secrets.token_hex(8)

    def sign(self, claims: dict[str, Any]) -> str:
        header = {"alg": "RS256", "typ": "JWT", "kid": self.kid}
        signing_input = (
            b64url(json.dumps(header, separators=(",", ":")).encode())
            + "."
            + b64url(json.dumps(claims, separators=(",", ":")).encode())
        )
        signature = self._key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
        return signing_input + "." + b64url(signature)

    def jwks(self) -> dict[str, Any]:
        numbers = self._key.public_key().public_numbers()

        def to_b64(value: int) -> str:
            return b64url(value.to_bytes((value.bit_length() + 7) // 8, "big"))

        key = {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": self.kid}
        return {"keys": [key | {"n": to_b64(numbers.n), "e": to_b64(numbers.e)}]}


class TokenStore:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.clients: dict[str, Client] = {}
        self.access: dict[str, AccessToken] = {}
        self.refresh: dict[str, Grant] = {}
        self.grants: list[Grant] = []
        self.codes: dict[str, dict[str, Any]] = {}
        self.signer = Signer()

    def add_client(self, provider: str, tenant: str, client_id: str | None, secret: str | None) -> Client:
        client = Client(
            client_id=client_id or _guid(),
            client_secret=secret or secrets.token_urlsafe(24),
            tenant=tenant,
            provider=provider,
        )
        with self.lock:
            self.clients[client.client_id] = client
        return client

    def check_client(self, provider: str, client_id: str, secret: str | None) -> Client | None:
        client = self.clients.get(client_id)
        if client is None or client.provider != provider:
            return None
        if secret is not None and not secrets.compare_digest(secret, client.client_secret):
            return None
        return client

    def issue_access(
        self,
        provider: str,
        client: Client,
        user_id: str | None,
        scopes: list[str],
        now: dt.datetime,
        lifetime: int,
        grant: Grant | None = None,
        prefix: str = "sbx",
    ) -> tuple[str, AccessToken]:
        token = f"{prefix}.{secrets.token_urlsafe(32)}"
        record = AccessToken(
            provider,
            client.client_id,
            client.tenant,
            user_id,
            scopes,
            now + dt.timedelta(seconds=lifetime),
            grant,
        )
        with self.lock:
            self.access[token] = record
        return token, record

    def grant(
        self, provider: str, client: Client, user_id: str, scopes: list[str], now: dt.datetime
    ) -> tuple[Grant, str]:
        """Record the user's consent and return it with a first refresh token."""
        grant = Grant(provider, client.client_id, client.tenant, user_id, scopes, now)
        with self.lock:
            self.grants.append(grant)
        return grant, self.new_refresh(grant)

    def new_refresh(self, grant: Grant) -> str:
        token = f"rt.{secrets.token_urlsafe(40)}"
        with self.lock:
            self.refresh[token] = grant
            grant.refresh_tokens.add(token)
        return token

    def lookup_access(self, token: str) -> AccessToken | None:
        with self.lock:
            return self.access.get(token)

    def revoke(self, provider: str, user_id: str, client_id: str | None, now: dt.datetime, access_tokens: bool) -> int:
        """Revoke the user's grants (to one client or all); optionally kill live access tokens too."""
        count = 0
        with self.lock:
            for grant in self.grants:
                if grant.provider != provider or grant.user_id != user_id or grant.revoked_at:
                    continue
                if client_id and grant.client_id != client_id:
                    continue
                grant.revoked_at = now
                count += 1
            if access_tokens:
                for record in self.access.values():
                    same_client = not client_id or record.client_id == client_id
                    if record.provider == provider and record.user_id == user_id and same_client:
                        record.revoked = True
        return count


def _guid() -> str:
    raw = secrets.token_hex(16)
    return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"


def new_guid() -> str:
    return _guid()


def pkce_matches(verifier: str, challenge: str, method: str) -> bool:
    if method.upper() == "S256":
        return secrets.compare_digest(b64url(hashlib.sha256(verifier.encode()).digest()), challenge)
    return secrets.compare_digest(verifier, challenge)
