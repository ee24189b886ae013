"""Microsoft identity platform (v2.0 endpoints) for the sandbox: OpenID discovery, JWKS, an authorize
endpoint that consents at once, and the token endpoint (client_credentials, refresh_token,
authorization_code) with AADSTS-style error bodies. MSAL's ConfidentialClientApplication runs against it
with ``authority=<sandbox>/<tenant>`` and ``instance_discovery=False``.

A fault injected on one of these paths (:meth:`MicrosoftIdentity.fault_response`) answers as the identity
platform does: the OAuth ``error`` (the fault's ``reason``, else the one its status stands for), an
``error_description`` that starts with the AADSTS code, ``error_codes``, ``timestamp``, ``trace_id``,
``correlation_id`` and ``error_uri`` (Microsoft Entra's "authentication and authorization error codes"
page), never Graph's or Google's body.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from relance.sandbox.auth import Client, Grant, TokenStore, b64url, new_guid, pkce_matches
from relance.sandbox.web import Request, Response, Router, json_response, text_response
from relance.sandbox.world import FaultRule, World, fault_headers

RESERVED_SCOPES = {"openid", "profile", "offline_access", "email"}
GRAPH_DEFAULT_SCOPE = "https://graph.microsoft.com/.default"
# The identity platform's paths, all under a tenant (see :meth:`MicrosoftIdentity.register`).
IDENTITY_PATH = re.compile(r"^/[^/]+/(?:oauth2/v2\.0/|v2\.0/\.well-known/|discovery/v2\.0/)", re.IGNORECASE)
# An injected refusal's AADSTS code and text, by OAuth error (Microsoft Entra's error code reference).
AADSTS_BY_ERROR: dict[str, tuple[int, str]] = {
    "invalid_request": (90023, "The authentication service request isn't valid."),
    "invalid_grant": (70000, "Authentication failed. The refresh token isn't valid."),
    "interaction_required": (
        50076,
        "Due to a configuration change made by your administrator, or because you moved to a new location, you "
        "must use multi-factor authentication to access '00000003-0000-0000-c000-000000000000'.",
    ),
    "invalid_client": (
        7000215,
        "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, "
        "not the client secret ID.",
    ),
    "unauthorized_client": (700016, "Application was not found in the directory."),
    "invalid_scope": (70011, "The provided value for the input parameter 'scope' isn't valid."),
    "unsupported_grant_type": (70003, "The app requested an unsupported grant type."),
}
# An injected failure's OAuth error and AADSTS code, by status: Entra documents ``temporarily_unavailable`` ("The
# server is temporarily too busy to handle the request. Retry the request.") but not which AADSTS number comes with
# a 429 or a 5xx; these are the closest documented ones (TenantThrottlingError, TokenIssuanceError, RequestTimeout,
# RequestBudgetExceededError: "A transient error has occurred. Try again.").
AADSTS_BY_STATUS: dict[int, tuple[str, int, str]] = {
    400: ("invalid_request", 90023, "The authentication service request isn't valid."),
    401: ("invalid_client", 7000215, "Invalid client secret provided."),
    429: ("temporarily_unavailable", 90055, "There are too many incoming requests."),
    500: ("temporarily_unavailable", 50000, "There's an issue with the sign-in service."),
    504: ("temporarily_unavailable", 90012, "The request has timed out."),
}
TRANSIENT = ("temporarily_unavailable", 90024, "A transient error has occurred. Try again.")


@dataclass
class Tenant:
    tenant_id: str
    domain: str


@dataclass
class DirectoryUser:
    user_id: str
    address: str
    display_name: str
    tenant_id: str


def aad_error(
    status: int, error: str, code: int, message: str, now: dt.datetime, headers: list[tuple[str, str]] | None = None
) -> Response:
    trace, correlation = new_guid(), new_guid()
    stamp = now.strftime("%Y-%m-%d %H:%M:%SZ")
    description = f"AADSTS{code}: {message} Trace ID: {trace} Correlation ID: {correlation} Timestamp: {stamp}"
    return json_response(
        status,
        {
            "error": error,
            "error_description": description,
            "error_codes": [code],
            "timestamp": stamp,
            "trace_id": trace,
            "correlation_id": correlation,
            "error_uri": f"https://login.microsoftonline.com/error?code={code}",
        },
        headers,
    )


def is_identity_path(path: str) -> bool:
    return bool(IDENTITY_PATH.match(path))


class MicrosoftIdentity:
    def __init__(
        self,
        world: World,
        tokens: TokenStore,
        tenant: Callable[[str], Tenant | None],
        user: Callable[[str, str | None], DirectoryUser | None],
    ) -> None:
        self.world = world
        self.tokens = tokens
        self._tenant = tenant
        self._user = user

    def register(self, router: Router) -> None:
        router.add("GET", "/{tenant}/v2.0/.well-known/openid-configuration", self.openid_configuration)
        router.add("GET", "/{tenant}/discovery/v2.0/keys", self.keys)
        router.add("GET", "/{tenant}/oauth2/v2.0/authorize", self.authorize)
        router.add("POST", "/{tenant}/oauth2/v2.0/token", self.token)

    def _now(self) -> dt.datetime:
        return self.world.clock.now()

    def fault_response(self, rule: FaultRule, now: dt.datetime) -> Response:
        """An injected fault as the identity platform answers it: ``rule.reason`` is the OAuth ``error``
        (``invalid_grant`` …), else the status says which (``temporarily_unavailable`` for 429 and 5xx)."""
        default = TRANSIENT if rule.status >= 500 else AADSTS_BY_STATUS[400]
        error, code, message = AADSTS_BY_STATUS.get(rule.status, default)
        if rule.reason:
            error = rule.reason
            code, message = AADSTS_BY_ERROR.get(rule.reason, (code, message))
        return aad_error(rule.status, error, code, message, now, fault_headers(rule, now))

    def openid_configuration(self, request: Request) -> Response:
        tenant = self._tenant(request.params["tenant"])
        if tenant is None:
            return aad_error(
                400, "invalid_tenant", 90002, f"Tenant '{request.params['tenant']}' not found.", self._now()
            )
        base = f"{request.base_url}/{request.params['tenant']}"
        return json_response(
            200,
            {
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
                "jwks_uri": f"{base}/discovery/v2.0/keys",
                "response_modes_supported": ["query", "fragment", "form_post"],
                "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
                "scopes_supported": ["openid", "profile", "email", "offline_access"],
                "issuer": f"{request.base_url}/{tenant.tenant_id}/v2.0",
                "request_uri_parameter_supported": False,
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "http_logout_supported": True,
                "frontchannel_logout_supported": True,
                "claims_supported": ["sub", "iss", "aud", "exp", "iat", "nonce", "oid", "tid", "name"],
                "tenant_region_scope": "EU",
                "cloud_instance_name": "microsoftonline.com",
                "msgraph_host": "graph.microsoft.com",
            },
        )

    def keys(self, request: Request) -> Response:
        return json_response(200, self.tokens.signer.jwks())

    def authorize(self, request: Request) -> Response:
        """Consent at once (no UI): redirect back with a code for ``login_hint`` or the tenant's first user."""
        tenant = self._tenant(request.params["tenant"])
        client = self.tokens.clients.get(request.arg("client_id") or "")
        redirect_uri = request.arg("redirect_uri") or ""
        if tenant is None or client is None or not redirect_uri:
            return text_response(400, "AADSTS700016: unknown application or tenant, or no redirect_uri.")
        user = self._user(client.tenant, request.arg("login_hint"))
        if user is None:
            return text_response(400, "AADSTS50034: The user account does not exist in this directory.")
        code = "0.sbx." + secrets.token_urlsafe(32)
        with self.tokens.lock:
            self.tokens.codes[code] = {
                "client_id": client.client_id,
                "redirect_uri": redirect_uri,
                "user_id": user.user_id,
                "scopes": (request.arg("scope") or "").split(),
                "nonce": request.arg("nonce"),
                "challenge": request.arg("code_challenge"),
                "challenge_method": request.arg("code_challenge_method") or "plain",
            }
        query = {"code": code, "state": request.arg("state") or "", "session_state": new_guid()}
        separator = "&" if "?" in redirect_uri else "?"
        return Response(302, b"", [("Location", f"{redirect_uri}{separator}{urlencode(query)}")])

    def token(self, request: Request) -> Response:
        now = self._now()
        form = request.form()
        client_id, secret = form.get("client_id", ""), form.get("client_secret")
        basic = request.header("authorization")
        if basic.lower().startswith("basic "):
            decoded = base64.b64decode(basic[6:]).decode()
            client_id, _, secret = decoded.partition(":")
        client = self.tokens.clients.get(client_id)
        tenant_ref = request.params["tenant"]
        if client is None or client.provider != "microsoft":
            return aad_error(
                400,
                "unauthorized_client",
                700016,
                f"Application with identifier '{client_id}' was not found in the directory '{tenant_ref}'.",
                now,
            )
        if secret is None or not secrets.compare_digest(secret, client.client_secret):
            return aad_error(
                401,
                "invalid_client",
                7000215,
                "Invalid client secret provided. Ensure the secret being sent in the request is the client "
                f"secret value, not the client secret ID, for a secret added to app '{client_id}'.",
                now,
            )
        if client.disabled:
            return aad_error(400, "unauthorized_client", 7000112, f"Application '{client_id}' is disabled.", now)
        grant_type = form.get("grant_type", "")
        scopes = form.get("scope", "").split()
        if grant_type == "client_credentials":
            return self._client_credentials(client, scopes, now)
        if grant_type == "refresh_token":
            return self._refresh(client, form.get("refresh_token", ""), scopes, now, request)
        if grant_type == "authorization_code":
            return self._code(client, form, now, request)
        return aad_error(
            400,
            "unsupported_grant_type",
            70003,
            f"The app requested an unsupported grant type '{grant_type}'.",
            now,
        )

    def _client_credentials(self, client: Client, scopes: list[str], now: dt.datetime) -> Response:
        if len(scopes) != 1 or not scopes[0].endswith("/.default"):
            return aad_error(
                400,
                "invalid_scope",
                1002012,
                f"The provided value for scope {' '.join(scopes)} is not valid. Client credential flows must "
                "have a scope value with /.default suffixed to the resource identifier (application ID URI).",
                now,
            )
        lifetime = self.world.settings.access_token_lifetime
        token, _ = self.tokens.issue_access("microsoft", client, None, scopes, now, lifetime, prefix="EwB")
        return json_response(
            200,
            {
                "token_type": "Bearer",
                "expires_in": lifetime,
                "ext_expires_in": lifetime,
                "access_token": token,
            },
        )

    def _refresh(
        self, client: Client, refresh_token: str, scopes: list[str], now: dt.datetime, request: Request
    ) -> Response:
        with self.tokens.lock:
            grant = self.tokens.refresh.get(refresh_token)
        if grant is None or grant.client_id != client.client_id or grant.provider != "microsoft":
            return aad_error(400, "invalid_grant", 70000, "Authentication failed. The refresh token isn't valid.", now)
        if grant.revoked_at is not None:
            issued = grant.issued_at.strftime("%m/%d/%Y %H:%M:%S")
            revoked = grant.revoked_at.strftime("%m/%d/%Y %H:%M:%S")
            return aad_error(
                400,
                "invalid_grant",
                50173,
                "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user "
                f"might have changed or reset their password. The grant was issued on '{issued}' and the "
                f"TokensValidFrom date (before which tokens are not valid) for this user is '{revoked}'.",
                now,
            )
        requested = [s for s in scopes if s not in RESERVED_SCOPES] or grant.scopes
        return self._delegated_response(client, grant, requested, now, request, nonce=None)

    def _code(self, client: Client, form: dict[str, str], now: dt.datetime, request: Request) -> Response:
        with self.tokens.lock:
            entry = self.tokens.codes.pop(form.get("code", ""), None)
        if entry is None or entry["client_id"] != client.client_id:
            return aad_error(
                400,
                "invalid_grant",
                54005,
                "OAuth2 Authorization code was already redeemed or is invalid.",
                now,
            )
        if entry["redirect_uri"] != form.get("redirect_uri"):
            return aad_error(
                400,
                "invalid_grant",
                50148,
                "The redirect_uri does not match the one in the authorization.",
                now,
            )
        if entry["challenge"] and not pkce_matches(
            form.get("code_verifier", ""), entry["challenge"], entry["challenge_method"]
        ):
            return aad_error(400, "invalid_grant", 501481, "The Code_Verifier does not match the code_challenge.", now)
        scopes = [s for s in entry["scopes"] if s not in RESERVED_SCOPES]
        grant, _ = self.tokens.grant("microsoft", client, entry["user_id"], scopes, now)
        return self._delegated_response(client, grant, scopes, now, request, nonce=entry["nonce"])

    def issue_refresh_token(self, client: Client, user_id: str, scopes: list[str]) -> str:
        _, refresh = self.tokens.grant("microsoft", client, user_id, scopes, self._now())
        return refresh

    def _delegated_response(
        self,
        client: Client,
        grant: Grant,
        scopes: list[str],
        now: dt.datetime,
        request: Request,
        nonce: str | None,
    ) -> Response:
        user = self._user(client.tenant, grant.user_id)
        if user is None:
            return aad_error(400, "invalid_grant", 50034, "The user account does not exist in this directory.", now)
        lifetime = self.world.settings.access_token_lifetime
        token, _ = self.tokens.issue_access(
            "microsoft", client, grant.user_id, scopes, now, lifetime, grant=grant, prefix="EwB"
        )
        refresh = self.tokens.new_refresh(grant)
        real_now = int(time.time())  # MSAL checks id_token times against the host clock
        claims = {
            "aud": client.client_id,
            "iss": f"{request.base_url}/{user.tenant_id}/v2.0",
            "iat": real_now,
            "nbf": real_now,
            "exp": real_now + 3600,
            "name": user.display_name,
            "oid": user.user_id,
            "preferred_username": user.address,
            "sub": b64url(user.user_id.encode()),
            "tid": user.tenant_id,
            "ver": "2.0",
        }
        if nonce:
            claims["nonce"] = nonce
        client_info = b64url(json.dumps({"uid": user.user_id, "utid": user.tenant_id}).encode())
        return json_response(
            200,
            {
                "token_type": "Bearer",
                "scope": " ".join(scopes),
                "expires_in": lifetime,
                "ext_expires_in": lifetime,
                "access_token": token,
                "refresh_token": refresh,
                "id_token": self.tokens.signer.sign(claims),
                "client_info": client_info,
            },
        )
