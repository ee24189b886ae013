"""Injected faults look like the provider whose endpoint they hit: Graph's resync 410 on a delta (a Location with an
empty $deltatoken, SyncStateNotFound or resyncRequired, no Retry-After: M-DQO, M-ERR), the Microsoft identity
platform's AADSTS error on its token endpoint, Google's OAuth error on its token endpoint, the Gmail API's and
Graph's own error bodies on their APIs; and the providers' client libraries (MSAL, google-auth) read them as they
read the real ones."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import google_auth_httplib2
import httplib2
import httpx
import msal
import pytest
import requests
from google.auth.exceptions import RefreshError
from google.oauth2.credentials import Credentials

from relance.sandbox import RunningSandbox

ALICE = "alice@contoso.com"
GINA = "gina@gmail.example"
AADSTS_KEYS = {"error", "error_description", "error_codes", "timestamp", "trace_id", "correlation_id", "error_uri"}


@pytest.fixture
def http(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    context = ssl.create_default_context(cafile=str(sandbox.ca_path))
    with httpx.Client(base_url=sandbox.url, verify=context, timeout=15) as client:
        yield client


def graph_app(sandbox: RunningSandbox) -> dict[str, str]:
    sandbox.control.create_graph_user(ALICE, "Alice Martin")
    return sandbox.control.create_graph_app("contoso.com")


def app_token(http: httpx.Client, app: dict[str, str]) -> str:
    answer = http.post(
        f"/{app['tenant_id']}/oauth2/v2.0/token",
        data={
            "grant_type": "client_credentials",
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
            "scope": "https://graph.microsoft.com/.default",
        },
    )
    assert answer.status_code == 200, answer.text
    return str(answer.json()["access_token"])


def msal_app(sandbox: RunningSandbox, app: dict[str, str]) -> msal.ConfidentialClientApplication:
    session = requests.Session()
    session.verify = str(sandbox.ca_path)
    session.trust_env = False
    return msal.ConfidentialClientApplication(
        app["client_id"],
        client_credential=app["client_secret"],
        authority=app["authority"],
        instance_discovery=False,
        http_client=session,
    )


@pytest.mark.parametrize(("reason", "code"), [("resyncRequired", "resyncRequired"), (None, "SyncStateNotFound")])
def test_an_injected_410_on_a_delta_is_graphs_resync_answer_and_its_location_starts_over(
    sandbox: RunningSandbox, http: httpx.Client, reason: str | None, code: str
) -> None:
    token = app_token(http, graph_app(sandbox))
    headers = {"Authorization": f"Bearer {token}", "Prefer": 'IdType="ImmutableId"'}
    for n in range(3):
        sandbox.control.deliver(ALICE, f"carol{n}@example.org", f"Note {n}", "text")
    first = http.get(f"/v1.0/users/{ALICE}/mailFolders/inbox/messages/delta?$select=subject", headers=headers)
    delta_link = first.json()["@odata.deltaLink"]

    sandbox.control.inject_fault(r"/messages/delta$", count=1, status=410, reason=reason)  # retry_after defaults to 1
    gone = http.get(delta_link, headers=headers)
    assert gone.status_code == 410
    assert "Retry-After" not in gone.headers, "waiting does not bring a sync state back: Graph sends no Retry-After"
    location = urlsplit(gone.headers["Location"])
    assert (location.path, location.query) == (urlsplit(delta_link).path, "$deltatoken=")
    error = gone.json()["error"]
    assert error["code"] == code and error["message"]
    assert {"date", "request-id", "client-request-id"} <= set(error["innerError"])

    # The same shape as the sandbox's own answer to an evicted sync state.
    later = http.get(gone.headers["Location"], headers=headers)
    assert later.status_code == 200 and len(later.json()["value"]) == 3, "the Location did not start a full round"
    sandbox.control.expire_delta_tokens(ALICE, "inbox")
    evicted = http.get(later.json()["@odata.deltaLink"], headers=headers)
    assert evicted.status_code == 410 and evicted.json()["error"]["code"] == "SyncStateNotFound"
    assert set(evicted.json()["error"]) == set(error) and urlsplit(evicted.headers["Location"]).query == "$deltatoken="
    if reason is None:
        assert error["message"].startswith("The sync state generation is not found")


@pytest.mark.parametrize(
    ("status", "reason", "error", "aadsts"),
    [
        (400, "invalid_grant", "invalid_grant", 70000),
        (429, None, "temporarily_unavailable", 90055),
        (503, None, "temporarily_unavailable", 90024),
    ],
)
def test_a_fault_on_the_microsoft_token_endpoint_answers_as_the_identity_platform(
    sandbox: RunningSandbox, http: httpx.Client, status: int, reason: str | None, error: str, aadsts: int
) -> None:
    app = graph_app(sandbox)
    sandbox.control.inject_fault(r"/oauth2/v2\.0/token$", count=1, status=status, retry_after=3, reason=reason)
    answer = http.post(f"/{app['tenant_id']}/oauth2/v2.0/token", data={"grant_type": "refresh_token"})
    assert answer.status_code == status and answer.headers["Retry-After"] == "3"
    body = answer.json()
    assert set(body) == AADSTS_KEYS, body
    assert body["error"] == error and body["error_codes"] == [aadsts]
    assert body["error_description"].startswith(f"AADSTS{aadsts}: ")
    assert body["trace_id"] in body["error_description"] and body["correlation_id"] in body["error_description"]
    assert body["timestamp"] == sandbox.control.clock()["now"].replace("T", " ")[:19] + "Z"


def test_msal_reads_an_injected_refusal_of_the_grant_as_the_identity_platforms(sandbox: RunningSandbox) -> None:
    app = graph_app(sandbox)
    refresh = sandbox.control.graph_refresh_token(app["client_id"], ALICE)["refresh_token"]
    client = msal_app(sandbox, app)
    sandbox.control.inject_fault(r"/oauth2/v2\.0/token$", count=1, status=400, retry_after=None, reason="invalid_grant")
    result = client.acquire_token_by_refresh_token(refresh, scopes=["Mail.ReadWrite"])
    assert result["error"] == "invalid_grant" and result["error_codes"] == [70000], result
    assert result["error_description"].startswith("AADSTS70000: ")


@pytest.mark.parametrize(
    ("status", "reason", "body"),
    [
        (400, "invalid_grant", {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}),
        (401, None, {"error": "invalid_client", "error_description": "The OAuth client was not found."}),
        (500, None, {"error": "internal_failure"}),  # what oauth2.googleapis.com answers when it fails
    ],
)
def test_a_fault_on_googles_token_endpoint_answers_googles_oauth_error(
    sandbox: RunningSandbox, http: httpx.Client, status: int, reason: str | None, body: dict[str, Any]
) -> None:
    sandbox.control.inject_fault(r"^/token$", count=1, status=status, retry_after=None, reason=reason)
    answer = http.post("/token", data={"grant_type": "refresh_token"})
    assert (answer.status_code, answer.json()) == (status, body)


def test_google_auth_reads_an_injected_refusal_of_the_grant_as_googles(sandbox: RunningSandbox) -> None:
    sandbox.control.create_gmail_user(GINA)
    client = sandbox.control.create_google_client()
    refresh = sandbox.control.google_refresh_token(client["client_id"], GINA)["refresh_token"]
    credentials = Credentials(
        None,
        refresh_token=refresh,
        token_uri=client["token_uri"],
        client_id=client["client_id"],
        client_secret=client["client_secret"],
    )
    transport = google_auth_httplib2.Request(httplib2.Http(ca_certs=str(sandbox.ca_path)))
    sandbox.control.inject_fault(r"^/token$", count=1, status=400, retry_after=None, reason="invalid_grant")
    with pytest.raises(RefreshError) as refused:
        credentials.refresh(transport)
    assert refused.value.args[1] == {
        "error": "invalid_grant",
        "error_description": "Token has been expired or revoked.",
    }
    assert refused.value.retryable is False
    credentials.refresh(transport)
    assert credentials.valid


@pytest.mark.parametrize(
    ("method", "path", "status", "shape"),
    [
        ("GET", f"/v1.0/users/{ALICE}/messages", 503, {"code", "message", "innerError"}),
        ("GET", "/gmail/v1/users/me/history", 403, {"code", "message", "errors", "status"}),
        ("POST", "/v1/chat/completions", 429, {"message", "type", "param", "code"}),
    ],
)
def test_a_fault_on_an_api_answers_that_apis_own_error_body(
    sandbox: RunningSandbox, http: httpx.Client, method: str, path: str, status: int, shape: set[str]
) -> None:
    sandbox.control.inject_fault(path.replace(".", r"\.") + "$", count=1, status=status)
    answer = http.request(method, path)
    assert answer.status_code == status and answer.headers["Retry-After"] == "1"
    assert set(answer.json()["error"]) == shape
