"""The Gmail sandbox works with the real google-auth and google-api-python-client (static discovery,
``api_endpoint`` override) and speaks Gmail's history, threading, push and error protocol."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from email.message import EmailMessage
from typing import Any
from urllib.parse import parse_qs, urlsplit

import google_auth_httplib2
import httplib2
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from google.auth.exceptions import RefreshError
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from relance.sandbox import RunningSandbox
from tests.sandbox.conftest import Receiver

SCOPES = ["https://www.googleapis.com/auth/gmail.modify"]


class Account:
    def __init__(self, sandbox: RunningSandbox) -> None:
        self.sandbox = sandbox
        sandbox.control.create_gmail_user("paul@gmail.example")
        self.client = sandbox.control.create_google_client()
        self.refresh_token = sandbox.control.google_refresh_token(self.client["client_id"], "paul@gmail.example")[
            "refresh_token"
        ]
        self.credentials = Credentials(
            None,
            refresh_token=self.refresh_token,
            token_uri=self.client["token_uri"],
            client_id=self.client["client_id"],
            client_secret=self.client["client_secret"],
            scopes=SCOPES,
        )
        http = google_auth_httplib2.AuthorizedHttp(self.credentials, http=httplib2.Http(ca_certs=str(sandbox.ca_path)))
        self.gmail: Any = build(
            "gmail", "v1", http=http, static_discovery=True, client_options={"api_endpoint": sandbox.url}
        )

    def send(self, subject: str, text: str, thread_id: str | None = None, **headers: str) -> dict[str, Any]:
        message = EmailMessage()
        message["To"] = "Bob <bob@prospect.example>"
        message["From"] = "paul@gmail.example"
        message["Subject"] = subject
        for name, value in headers.items():
            message[name.replace("_", "-")] = value
        message.set_content(text)
        body: dict[str, Any] = {"raw": base64.urlsafe_b64encode(message.as_bytes()).decode()}
        if thread_id:
            body["threadId"] = thread_id
        return dict(self.gmail.users().messages().send(userId="me", body=body).execute())

    def header(self, message_id: str, name: str) -> str:
        got = (
            self.gmail.users()
            .messages()
            .get(userId="me", id=message_id, format="metadata", metadataHeaders=[name])
            .execute()
        )
        return str(got["payload"]["headers"][0]["value"])


@pytest.fixture
def account(sandbox: RunningSandbox) -> Account:
    return Account(sandbox)


def test_google_client_refreshes_and_sends_in_thread_by_gmail_rules(account: Account) -> None:
    first = account.send("Proposal", "Shall we meet?")
    assert first["labelIds"] == ["SENT"] and first["threadId"] == first["id"]
    assert account.credentials.token and account.credentials.token.startswith("ya29.")
    first_id = account.header(first["id"], "Message-ID")

    follow = account.send("Re: Proposal", "Any news?", first["threadId"], In_Reply_To=first_id, References=first_id)
    assert follow["threadId"] == first["threadId"]
    renamed = account.send("Other topic", "x", first["threadId"], In_Reply_To=first_id, References=first_id)
    assert renamed["threadId"] != first["threadId"]
    no_headers = account.send("Re: Proposal", "y", first["threadId"])
    assert no_headers["threadId"] != first["threadId"]

    thread = account.gmail.users().threads().get(userId="me", id=first["threadId"], format="minimal").execute()
    assert [m["id"] for m in thread["messages"]] == [first["id"], follow["id"]]
    full = account.gmail.users().messages().get(userId="me", id=follow["id"], format="full").execute()
    names = {h["name"].lower(): h["value"] for h in full["payload"]["headers"]}
    assert names["in-reply-to"] == first_id and names["references"] == first_id
    assert base64.urlsafe_b64decode(full["payload"]["body"]["data"]).decode().strip() == "Any news?"
    raw = account.gmail.users().messages().get(userId="me", id=follow["id"], format="raw").execute()
    assert b"Any news?" in base64.urlsafe_b64decode(raw["raw"])
    listed = account.gmail.users().messages().list(userId="me", q=f"rfc822msgid:{first_id}").execute()
    assert listed["messages"] == [{"id": first["id"], "threadId": first["threadId"]}]
    sent = account.sandbox.control.sent("paul@gmail.example")
    assert [m["thread_id"] for m in sent][:2] == [first["threadId"], first["threadId"]]


def test_history_lists_changes_pages_and_expires(account: Account) -> None:
    profile = account.gmail.users().getProfile(userId="me").execute()
    start = profile["historyId"]
    first = account.send("Proposal", "Shall we meet?")
    first_id = account.header(first["id"], "Message-ID")
    account.sandbox.control.deliver_reply(
        "paul@gmail.example", "bob@prospect.example", first_id, "Sure", client="other"
    )
    account.sandbox.control.deliver("paul@gmail.example", "news@example.org", "Weekly", "news")
    history = account.gmail.users().history()
    page = history.list(userId="me", startHistoryId=start, historyTypes=["messageAdded"], maxResults=2).execute()
    assert len(page["history"]) == 2 and "nextPageToken" in page
    rest = history.list(
        userId="me", startHistoryId=start, historyTypes=["messageAdded"], maxResults=2, pageToken=page["nextPageToken"]
    ).execute()
    assert len(rest["history"]) == 1 and "nextPageToken" not in rest
    ids = [int(h["id"]) for h in page["history"] + rest["history"]]
    assert ids == sorted(ids) and int(rest["historyId"]) >= ids[-1]
    inbox_only = history.list(userId="me", startHistoryId=start, labelId="INBOX").execute()
    added = [h["messagesAdded"][0]["message"] for h in inbox_only["history"]]
    assert len(added) == 2 and added[0]["threadId"] == first["threadId"]  # the reply joined the thread

    account.sandbox.control.expire_history("paul@gmail.example")
    with pytest.raises(HttpError) as gone:
        history.list(userId="me", startHistoryId=start).execute()
    assert gone.value.resp.status == 404


def test_watch_pushes_pubsub_envelopes_with_an_oidc_bearer(account: Account, receiver: Receiver) -> None:
    control = account.sandbox.control
    control.configure(gmail_push_min_interval=0)
    topic = "projects/relance-demo/topics/gmail"
    control.create_pubsub_subscription(topic, receiver.url, audience="https://relance.example/push")
    with pytest.raises(HttpError) as unknown:
        account.gmail.users().watch(userId="me", body={"topicName": "projects/x/topics/none"}).execute()
    assert unknown.value.resp.status == 403
    watched = account.gmail.users().watch(userId="me", body={"topicName": topic, "labelIds": ["INBOX"]}).execute()
    clock_ms = int(dt.datetime.fromisoformat(control.clock()["now"].replace("Z", "+00:00")).timestamp() * 1000)
    assert int(watched["expiration"]) == clock_ms + 7 * 24 * 3600 * 1000
    control.deliver("paul@gmail.example", "bob@prospect.example", "Hello", "text")
    posts = receiver.wait_for(2)
    assert len(posts) == 2

    def pushed(post: dict[str, Any]) -> dict[str, Any]:
        return dict(json.loads(base64.urlsafe_b64decode(post["json"]["message"]["data"])))

    # Pub/Sub promises no order: the watch's own push and the new message's may arrive either way round.
    posts.sort(key=lambda post: int(pushed(post)["historyId"]))
    assert int(pushed(posts[0])["historyId"]) == int(watched["historyId"])
    envelope = posts[1]["json"]
    data = pushed(posts[1])
    assert data["emailAddress"] == "paul@gmail.example" and int(data["historyId"]) > int(watched["historyId"])
    assert envelope["subscription"].startswith("projects/relance-demo/subscriptions/")
    assert envelope["message"]["messageId"] and envelope["message"]["publishTime"].endswith("Z")
    token = posts[1]["headers"]["authorization"].split(" ", 1)[1]
    header_b64, claims_b64, signature_b64 = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(claims_b64 + "=" * (-len(claims_b64) % 4)))
    assert claims["aud"] == "https://relance.example/push" and claims["iss"] == "https://accounts.google.com"
    jwk = httplib2.Http(ca_certs=str(account.sandbox.ca_path)).request(f"{account.sandbox.url}/oauth2/v3/certs")[1]
    key = json.loads(jwk)["keys"][0]

    def number(value: str) -> int:
        return int.from_bytes(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)), "big")

    public = rsa.RSAPublicNumbers(number(key["e"]), number(key["n"])).public_key()
    signature = base64.urlsafe_b64decode(signature_b64 + "=" * (-len(signature_b64) % 4))
    public.verify(signature, f"{header_b64}.{claims_b64}".encode(), padding.PKCS1v15(), hashes.SHA256())

    account.send("Outbound", "not in INBOX, no push")
    account.gmail.users().stop(userId="me").execute()
    control.deliver("paul@gmail.example", "bob@prospect.example", "After stop", "text")
    assert len(receiver.wait_for(3, timeout=0.5)) == 2


def test_revoked_grant_fails_refresh_with_invalid_grant(account: Account) -> None:
    account.gmail.users().getProfile(userId="me").execute()
    account.sandbox.control.revoke_grant("gmail", "paul@gmail.example")
    fresh = Credentials(
        None,
        refresh_token=account.refresh_token,
        token_uri=account.client["token_uri"],
        client_id=account.client["client_id"],
        client_secret=account.client["client_secret"],
    )
    http = google_auth_httplib2.AuthorizedHttp(fresh, http=httplib2.Http(ca_certs=str(account.sandbox.ca_path)))
    gmail: Any = build(
        "gmail", "v1", http=http, static_discovery=True, client_options={"api_endpoint": account.sandbox.url}
    )
    with pytest.raises(RefreshError) as failed:
        gmail.users().getProfile(userId="me").execute()
    assert "invalid_grant" in str(failed.value)
    with pytest.raises(RefreshError):  # the live token died too: 401, then the client's refresh fails
        account.gmail.users().getProfile(userId="me").execute()


def test_quota_errors_use_googles_error_body(account: Account) -> None:
    control = account.sandbox.control
    control.inject_fault(r"/gmail/v1/users/me/history$", status=429, retry_after=5)
    control.inject_fault(r"/gmail/v1/users/me/history$", status=403)
    history = account.gmail.users().history()
    with pytest.raises(HttpError) as rate:
        history.list(userId="me", startHistoryId="1").execute()
    assert rate.value.resp.status == 429 and rate.value.resp["retry-after"] == "5"
    assert json.loads(rate.value.content)["error"]["errors"][0]["reason"] == "rateLimitExceeded"
    with pytest.raises(HttpError) as user_rate:
        history.list(userId="me", startHistoryId="1").execute()
    assert user_rate.value.resp.status == 403
    assert json.loads(user_rate.value.content)["error"]["errors"][0]["reason"] == "userRateLimitExceeded"


# Google's authorization endpoint (web server flow with PKCE) ------------------------------------------------------


def _authorize(http: Any, client: dict[str, str], verifier: str, **extra: str) -> dict[str, str]:
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    params = {
        "client_id": client["client_id"],
        "redirect_uri": "https://app.example/back",
        "response_type": "code",
        "scope": "openid email https://www.googleapis.com/auth/gmail.readonly",
        "state": "st-1",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "login_hint": "paul@gmail.example",
        **extra,
    }
    answer = http.get("/o/oauth2/v2/auth", params=params)
    assert answer.status_code == 302, answer.text
    location = urlsplit(answer.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == "https://app.example/back"
    return {k: v[0] for k, v in parse_qs(location.query).items()}


def _redeem(http: Any, client: dict[str, str], code: str, verifier: str) -> Any:
    return http.post(
        "/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "code_verifier": verifier,
            "redirect_uri": "https://app.example/back",
            "client_id": client["client_id"],
            "client_secret": client["client_secret"],
        },
    )


def test_the_authorization_endpoint_consents_and_its_code_is_redeemed_once_with_the_verifier(
    sandbox: RunningSandbox, http: Any
) -> None:
    sandbox.control.create_gmail_user("paul@gmail.example")
    client = sandbox.control.create_google_client()
    verifier = "v" * 50
    back = _authorize(http, client, verifier, access_type="offline")
    assert back["state"] == "st-1"
    assert _redeem(http, client, back["code"], "w" * 50).json() == {
        "error": "invalid_grant",
        "error_description": "Invalid code verifier.",
    }
    # A code is spent by its first redemption, even a failed one (as the sandbox's Microsoft side does).
    assert _redeem(http, client, back["code"], verifier).json()["error"] == "invalid_grant"
    back = _authorize(http, client, verifier, access_type="offline")
    body = _redeem(http, client, back["code"], verifier).json()
    assert body["refresh_token"].startswith("rt.") and body["access_token"].startswith("ya29.")
    claims = json.loads(base64.urlsafe_b64decode(body["id_token"].split(".")[1] + "=="))
    assert (claims["email"], claims["email_verified"], claims["aud"]) == (
        "paul@gmail.example",
        True,
        client["client_id"],
    )
    assert _redeem(http, client, back["code"], verifier).json()["error"] == "invalid_grant"
    # Online access (the default) gets no refresh token.
    online = _redeem(http, client, _authorize(http, client, verifier)["code"], verifier).json()
    assert "refresh_token" not in online and "access_token" in online


def test_the_authorization_endpoint_refuses_an_unknown_client_or_response_type(
    sandbox: RunningSandbox, http: Any
) -> None:
    sandbox.control.create_gmail_user("paul@gmail.example")
    client = sandbox.control.create_google_client()
    base = {"redirect_uri": "https://app.example/back", "scope": "email", "state": "s"}
    unknown = http.get("/o/oauth2/v2/auth", params={**base, "client_id": "nobody", "response_type": "code"})
    assert unknown.status_code == 401 and "location" not in unknown.headers
    token = http.get("/o/oauth2/v2/auth", params={**base, "client_id": client["client_id"], "response_type": "token"})
    assert token.status_code == 400 and "location" not in token.headers
