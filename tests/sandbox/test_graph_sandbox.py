"""The Microsoft Graph sandbox speaks Graph's protocol: MSAL against its identity platform, messages
with $select, immutable ids, per-folder delta, subscriptions, reply in thread, throttling and faults."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
from email import message_from_bytes, policy
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import msal
import pytest
import requests
from flufl.bounce import scan_message

from relance.sandbox import RunningSandbox
from tests.sandbox.conftest import Receiver
from tests.story import wait_for

IMMUTABLE = {"Prefer": 'IdType="ImmutableId"'}


class Tenant:
    """A tenant with one mailbox (alice) and one confidential app, plus an app token."""

    def __init__(self, sandbox: RunningSandbox, http: httpx.Client) -> None:
        self.sandbox = sandbox
        self.http = http
        self.user = sandbox.control.create_graph_user("alice@contoso.com", "Alice Martin")
        self.app = sandbox.control.create_graph_app("contoso.com")
        self.base = "/v1.0/users/alice@contoso.com"
        self.token = self.app_token()

    def app_token(self) -> str:
        response = self.http.post(
            f"/{self.app['tenant_id']}/oauth2/v2.0/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.app["client_id"],
                "client_secret": self.app["client_secret"],
                "scope": "https://graph.microsoft.com/.default",
            },
        )
        assert response.status_code == 200, response.text
        return str(response.json()["access_token"])

    def headers(self, **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", **extra}

    def get(self, path: str, **extra: str) -> httpx.Response:
        return self.http.get(path, headers=self.headers(**extra))

    def post(self, path: str, body: Any = None, **extra: str) -> httpx.Response:
        return self.http.post(path, json=body, headers=self.headers(**extra))

    def patch(self, path: str, body: Any, **extra: str) -> httpx.Response:
        return self.http.patch(path, json=body, headers=self.headers(**extra))

    def sent_tracked_email(self) -> dict[str, Any]:
        """Alice writes to a prospect by hand; returns the outbox record."""
        return self.sandbox.control.send_by_hand(
            "alice@contoso.com", ["Bob Prospect <bob@prospect.example>"], "Shall we meet?", subject="Proposal"
        )


@pytest.fixture
def tenant(sandbox: RunningSandbox, http: httpx.Client) -> Tenant:
    return Tenant(sandbox, http)


def test_msal_client_credentials_refresh_token_and_auth_code_run_unchanged(tenant: Tenant) -> None:
    session = requests.Session()
    session.verify = str(tenant.sandbox.ca_path)
    session.trust_env = False  # else REQUESTS_CA_BUNDLE from the environment overrides ``verify``
    app = msal.ConfidentialClientApplication(
        tenant.app["client_id"],
        client_credential=tenant.app["client_secret"],
        authority=tenant.app["authority"],
        instance_discovery=False,
        http_client=session,
    )
    result = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    assert "access_token" in result, result
    assert (
        tenant.http.get(
            f"{tenant.base}/messages", headers={"Authorization": f"Bearer {result['access_token']}"}
        ).status_code
        == 200
    )
    again = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    assert again["token_source"] == "cache"

    refresh = tenant.sandbox.control.graph_refresh_token(tenant.app["client_id"], "alice@contoso.com")
    delegated = app.acquire_token_by_refresh_token(refresh["refresh_token"], scopes=["Mail.ReadWrite"])
    assert "access_token" in delegated, delegated
    me = tenant.http.get("/v1.0/me", headers={"Authorization": f"Bearer {delegated['access_token']}"})
    assert me.status_code == 200 and me.json()["mail"] == "alice@contoso.com"
    account = app.get_accounts()[0]
    assert account["username"] == "alice@contoso.com"
    assert "access_token" in app.acquire_token_silent(["Mail.ReadWrite"], account=account)

    flow = app.initiate_auth_code_flow(["Mail.Send"], redirect_uri="http://localhost/callback")
    redirect = tenant.http.get(flow["auth_uri"])
    assert redirect.status_code == 302
    answer = {k: v[0] for k, v in parse_qs(urlsplit(redirect.headers["location"]).query).items()}
    by_code = app.acquire_token_by_auth_code_flow(flow, answer)
    assert "access_token" in by_code and by_code["id_token_claims"]["preferred_username"] == "alice@contoso.com"

    tenant.sandbox.control.revoke_grant("graph", "alice@contoso.com")
    revoked = app.acquire_token_by_refresh_token(delegated["refresh_token"], scopes=["Mail.ReadWrite"])
    assert revoked["error"] == "invalid_grant" and 50173 in revoked["error_codes"]
    assert revoked["error_description"].startswith("AADSTS50173:")
    killed = tenant.http.get("/v1.0/me", headers={"Authorization": f"Bearer {delegated['access_token']}"})
    assert killed.status_code == 401 and killed.json()["error"]["code"] == "InvalidAuthenticationToken"


def test_token_endpoint_rejects_bad_scope_and_secret(tenant: Tenant) -> None:
    url = f"/{tenant.app['tenant_id']}/oauth2/v2.0/token"
    form = {"grant_type": "client_credentials", "client_id": tenant.app["client_id"]}
    bad_scope = tenant.http.post(url, data=form | {"client_secret": tenant.app["client_secret"], "scope": "Mail.Read"})
    assert bad_scope.status_code == 400 and bad_scope.json()["error"] == "invalid_scope"
    bad_secret = tenant.http.post(
        url, data=form | {"client_secret": "nope", "scope": "https://graph.microsoft.com/.default"}
    )
    assert bad_secret.status_code == 401 and bad_secret.json()["error_codes"] == [7000215]


def test_graph_needs_a_live_bearer_token(tenant: Tenant) -> None:
    empty = tenant.http.get(f"{tenant.base}/messages")
    assert empty.status_code == 401
    assert empty.json()["error"]["code"] == "InvalidAuthenticationToken"
    assert "WWW-Authenticate" in empty.headers
    tenant.sandbox.control.advance_clock(seconds=3600)
    expired = tenant.get(f"{tenant.base}/messages")
    assert expired.status_code == 401
    assert expired.json()["error"]["message"] == "Lifetime validation failed, the token is expired."


def test_me_needs_a_delegated_token(tenant: Tenant) -> None:
    response = tenant.get("/v1.0/me/messages")
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "/me request is only valid with delegated authentication flow."


def test_internet_message_headers_come_only_when_selected(tenant: Tenant) -> None:
    sent = tenant.sent_tracked_email()
    tenant.sandbox.control.deliver_reply(
        "alice@contoso.com", "Bob Prospect <bob@prospect.example>", sent["internet_message_id"], "Yes, Tuesday."
    )
    listing = tenant.get(f"{tenant.base}/mailFolders('inbox')/messages", **IMMUTABLE).json()["value"]
    assert len(listing) == 1
    message_id = listing[0]["id"]
    plain = tenant.get(f"{tenant.base}/messages/{message_id}").json()
    assert "internetMessageHeaders" not in plain
    assert plain["conversationId"] and plain["isDraft"] is False
    select = "internetMessageHeaders,conversationId,conversationIndex,internetMessageId,parentFolderId,subject,from"
    chosen = tenant.get(f"{tenant.base}/mailFolders/inbox/messages/{message_id}?$select={select}").json()
    assert set(chosen) == {"@odata.context", "@odata.etag", "id", *select.split(",")}
    headers = {h["name"].lower(): h["value"] for h in chosen["internetMessageHeaders"]}
    assert headers["in-reply-to"] == sent["internet_message_id"]
    assert sent["internet_message_id"] in headers["references"]
    assert chosen["from"]["emailAddress"]["address"] == "bob@prospect.example"
    assert chosen["conversationId"] == sent["thread_id"]
    unknown = tenant.get(f"{tenant.base}/messages/{message_id}?$select=inReplyTo")
    assert unknown.status_code == 400


def test_immutable_ids_survive_moves_while_regular_ids_change(tenant: Tenant) -> None:
    tenant.sandbox.control.deliver("alice@contoso.com", "carol@example.org", "Hello", "Hi Alice")
    regular = tenant.get(f"{tenant.base}/mailFolders/inbox/messages").json()["value"][0]["id"]
    immutable = tenant.get(f"{tenant.base}/mailFolders/inbox/messages", **IMMUTABLE).json()["value"][0]["id"]
    assert regular != immutable
    moved = tenant.post(f"{tenant.base}/messages/{regular}/move", {"destinationId": "archive"})
    assert moved.status_code == 201
    assert moved.json()["id"] != regular
    assert tenant.get(f"{tenant.base}/messages/{regular}").status_code == 404
    again = tenant.get(f"{tenant.base}/messages/{immutable}", **IMMUTABLE)
    assert again.status_code == 200 and again.json()["id"] == immutable
    assert again.headers["Preference-Applied"] == 'IdType="ImmutableId"'


def test_delta_pages_then_tracks_changes_replays_and_expires(tenant: Tenant) -> None:
    control = tenant.sandbox.control
    for n in range(5):
        control.deliver("alice@contoso.com", "carol@example.org", f"Note {n}", "text")
    prefer = {"Prefer": 'odata.maxpagesize=2, IdType="ImmutableId"'}
    link: str | None = f"{tenant.base}/mailFolders/inbox/messages/delta?$select=subject,internetMessageId"
    seen: list[str] = []
    pages = 0
    delta_link = ""
    while link:
        page = tenant.http.get(link, headers=tenant.headers(**prefer))
        assert page.status_code == 200, page.text
        assert page.headers["Preference-Applied"].count("odata.maxpagesize=2") == 1
        body = page.json()
        pages += 1
        seen += [item["subject"] for item in body["value"]]
        assert all(
            set(item) == {"@odata.type", "@odata.etag", "id", "subject", "internetMessageId"} for item in body["value"]
        )
        link = body.get("@odata.nextLink")
        if link:
            assert "$skiptoken=" in link
        else:
            delta_link = body["@odata.deltaLink"]
            assert "$deltatoken=" in delta_link
    assert pages == 3 and sorted(seen) == [f"Note {n}" for n in range(5)]

    first = tenant.get(f"{tenant.base}/mailFolders/inbox/messages", **IMMUTABLE).json()["value"][0]
    tenant.http.delete(f"{tenant.base}/messages/{first['id']}", headers=tenant.headers())
    control.deliver("alice@contoso.com", "dan@example.org", "Fresh", "text")
    changes = tenant.http.get(delta_link, headers=tenant.headers(**IMMUTABLE)).json()
    removed = [i for i in changes["value"] if "@removed" in i]
    added = [i for i in changes["value"] if "@removed" not in i]
    assert removed == [
        {"@odata.type": "#microsoft.graph.message", "id": first["id"], "@removed": {"reason": "deleted"}}
    ]
    assert [i["subject"] for i in added] == ["Fresh"]
    next_delta = changes["@odata.deltaLink"]

    quiet = tenant.http.get(next_delta, headers=tenant.headers(**IMMUTABLE)).json()
    assert quiet["value"] == []
    control.replay_delta("alice@contoso.com")
    replayed = tenant.http.get(quiet["@odata.deltaLink"], headers=tenant.headers(**IMMUTABLE)).json()
    assert replayed["value"] == []  # the previous round was empty, so nothing replays
    control.replay_delta("alice@contoso.com")
    replay = tenant.http.get(next_delta, headers=tenant.headers(**IMMUTABLE)).json()
    assert [i.get("subject") for i in replay["value"] if "@removed" not in i] == ["Fresh"]

    assert control.expire_delta_tokens("alice@contoso.com", "inbox")["expired"] > 0
    gone = tenant.http.get(replay["@odata.deltaLink"], headers=tenant.headers())
    assert gone.status_code == 410
    assert gone.json()["error"]["code"] == "SyncStateNotFound"
    assert gone.headers["Location"].endswith("$deltatoken=")
    restart = tenant.http.get(gone.headers["Location"], headers=tenant.headers(**{"Prefer": "odata.maxpagesize=50"}))
    assert restart.status_code == 200 and len(restart.json()["value"]) == 5


def test_delta_is_per_folder(tenant: Tenant) -> None:
    tenant.sent_tracked_email()
    tenant.sandbox.control.deliver("alice@contoso.com", "carol@example.org", "Inbound", "text")
    inbox = tenant.get(f"{tenant.base}/mailFolders/inbox/messages/delta?$select=subject").json()["value"]
    sent = tenant.get(f"{tenant.base}/mailFolders/sentitems/messages/delta?$select=subject").json()["value"]
    assert [m["subject"] for m in inbox] == ["Inbound"]
    assert [m["subject"] for m in sent] == ["Proposal"]


def _subscribe(tenant: Tenant, receiver: Receiver, minutes: int = 60, **extra: Any) -> httpx.Response:
    now = dt.datetime.fromisoformat(tenant.sandbox.control.clock()["now"].replace("Z", "+00:00"))
    body = {
        "changeType": "created,updated",
        "notificationUrl": receiver.url,
        "resource": "users/alice@contoso.com/mailFolders('inbox')/messages",
        "expirationDateTime": (now + dt.timedelta(minutes=minutes)).isoformat().replace("+00:00", "Z"),
        "clientState": "secret-state",
        **extra,
    }
    return tenant.post("/v1.0/subscriptions", body, **IMMUTABLE)


def test_subscription_handshake_notifications_renewal_and_expiry(tenant: Tenant, receiver: Receiver) -> None:
    created = _subscribe(tenant, receiver, lifecycleNotificationUrl=receiver.url)
    assert created.status_code == 201, created.text
    sub = created.json()
    assert len(receiver.validations) == 2 and receiver.validations[0].startswith("Validation: ")
    assert sub["clientState"] == "secret-state" and sub["lifecycleNotificationUrl"] == receiver.url

    delivered = tenant.sandbox.control.deliver("alice@contoso.com", "carol@example.org", "Ping", "text")
    post = receiver.wait_for(1)[0]
    assert post["path"].endswith("?mailbox=alice")
    note = post["json"]["value"][0]
    assert note["subscriptionId"] == sub["id"] and note["clientState"] == "secret-state"
    assert note["changeType"] == "created" and note["tenantId"] == tenant.app["tenant_id"]
    message = tenant.get(f"/v1.0/{note['resource']}", **IMMUTABLE).json()
    assert message["internetMessageId"] == delivered["internet_message_id"]
    assert note["resourceData"]["id"] == message["id"]
    assert note["resourceData"]["@odata.type"] == "#Microsoft.Graph.Message"

    too_long = tenant.patch(f"/v1.0/subscriptions/{sub['id']}", {"expirationDateTime": "2999-01-01T00:00:00Z"})
    assert too_long.status_code == 400
    assert too_long.json()["error"]["message"] == "Subscription expiration can only be 10080 minutes in the future."
    now = dt.datetime.fromisoformat(tenant.sandbox.control.clock()["now"].replace("Z", "+00:00"))
    renewed = tenant.patch(
        f"/v1.0/subscriptions/{sub['id']}",
        {"expirationDateTime": (now + dt.timedelta(days=6)).isoformat().replace("+00:00", "Z")},
    )
    assert renewed.status_code == 200

    tenant.sandbox.control.trigger_lifecycle(sub["id"], "reauthorizationRequired")
    lifecycle = receiver.wait_for(2)[1]["json"]["value"][0]
    assert lifecycle["lifecycleEvent"] == "reauthorizationRequired" and lifecycle["subscriptionId"] == sub["id"]
    tenant.sandbox.control.deliver("alice@contoso.com", "carol@example.org", "Lost while paused", "text")
    assert tenant.post(f"/v1.0/subscriptions/{sub['id']}/reauthorize").status_code == 204
    tenant.sandbox.control.deliver("alice@contoso.com", "carol@example.org", "After reauthorize", "text")
    assert len(receiver.wait_for(3)) == 3

    tenant.sandbox.control.advance_clock(days=7)
    tenant.token = tenant.app_token()
    assert tenant.get(f"/v1.0/subscriptions/{sub['id']}").status_code == 404
    second = _subscribe(tenant, receiver).json()
    assert tenant.http.delete(f"/v1.0/subscriptions/{second['id']}", headers=tenant.headers()).status_code == 204


def test_subscription_fails_when_endpoint_echoes_the_encoded_token(tenant: Tenant, receiver: Receiver) -> None:
    receiver.mode = "encoded"
    response = _subscribe(tenant, receiver)
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("Subscription validation request failed.")
    assert tenant.get("/v1.0/subscriptions").json()["value"] == []


def test_create_reply_patch_and_send_threads_with_the_original(tenant: Tenant) -> None:
    original = tenant.sent_tracked_email()
    wanted = original["internet_message_id"]
    found = tenant.get(
        f"{tenant.base}/mailFolders/sentitems/messages?$filter=internetMessageId eq '{wanted}'",
        **IMMUTABLE,
    ).json()["value"]
    assert len(found) == 1
    created = tenant.post(f"{tenant.base}/messages/{found[0]['id']}/createReply", {}, **IMMUTABLE)
    assert created.status_code == 201
    draft = created.json()
    assert draft["isDraft"] is True and draft["conversationId"] == original["thread_id"]
    assert draft["internetMessageId"].startswith("<") and draft["subject"] == "RE: Proposal"
    rejected = tenant.patch(
        f"{tenant.base}/messages/{draft['id']}",
        {"internetMessageHeaders": [{"name": "In-Reply-To", "value": "<x@y>"}]},
    )
    assert rejected.status_code == 400
    assert rejected.json()["error"]["code"] == "InvalidInternetMessageHeader"
    patched = tenant.patch(
        f"{tenant.base}/messages/{draft['id']}",
        {
            "body": {"contentType": "text", "content": "Just following up."},
            "toRecipients": [{"emailAddress": {"address": "bob@prospect.example"}}],
            "internetMessageHeaders": [{"name": "X-Relance-Followup-Id", "value": "f-1"}],
        },
        **IMMUTABLE,
    )
    assert patched.status_code == 200
    sent = tenant.post(f"{tenant.base}/messages/{draft['id']}/send", **IMMUTABLE)
    assert sent.status_code == 202 and sent.content == b""
    after = tenant.get(
        f"{tenant.base}/messages/{draft['id']}?$select=isDraft,parentFolderId,conversationId,internetMessageHeaders",
        **IMMUTABLE,
    ).json()
    sentitems = tenant.get(f"{tenant.base}/mailFolders/sentitems").json()["id"]
    assert after["isDraft"] is False and after["parentFolderId"] == sentitems
    assert after["conversationId"] == original["thread_id"]
    headers = {h["name"].lower(): h["value"] for h in after["internetMessageHeaders"]}
    assert headers["in-reply-to"] == original["internet_message_id"]
    assert headers["references"] == original["internet_message_id"]
    assert headers["x-relance-followup-id"] == "f-1"
    late = tenant.patch(
        f"{tenant.base}/messages/{draft['id']}", {"internetMessageHeaders": [{"name": "X-A", "value": "b"}]}
    )
    assert late.status_code == 400
    outbox = tenant.sandbox.control.sent("alice@contoso.com")
    assert [m["via"] for m in outbox] == ["outlook.by_hand", "graph.send"]
    assert outbox[1]["headers"]["x-relance-followup-id"] == "f-1"
    assert outbox[1]["to"] == ["bob@prospect.example"]


def test_reply_and_send_mail_answer_202_without_body(tenant: Tenant) -> None:
    tenant.sandbox.control.deliver("alice@contoso.com", "carol@example.org", "Question", "text")
    message = tenant.get(f"{tenant.base}/mailFolders/inbox/messages").json()["value"][0]
    both = tenant.post(f"{tenant.base}/messages/{message['id']}/reply", {"comment": "a", "message": {}})
    assert both.status_code == 400
    reply = tenant.post(f"{tenant.base}/messages/{message['id']}/reply", {"comment": "Answer"})
    assert reply.status_code == 202 and reply.content == b""
    mail = tenant.post(
        f"{tenant.base}/sendMail",
        {
            "message": {
                "subject": "New",
                "body": {"contentType": "text", "content": "x"},
                "toRecipients": [{"emailAddress": {"address": "dan@example.org"}}],
            }
        },
    )
    assert mail.status_code == 202 and mail.content == b""
    outbox = tenant.sandbox.control.sent("alice@contoso.com")
    assert outbox[0]["in_reply_to"] == message["internetMessageId"] and outbox[0]["to"] == ["carol@example.org"]
    assert outbox[1]["in_reply_to"] is None and outbox[1]["thread_id"] != outbox[0]["thread_id"]


def test_by_hand_follow_up_lands_in_sent_items_without_relance_header(tenant: Tenant) -> None:
    original = tenant.sent_tracked_email()
    manual = tenant.sandbox.control.send_by_hand(
        "alice@contoso.com", ["bob@prospect.example"], "Any news?", in_reply_to=original["internet_message_id"]
    )
    assert manual["thread_id"] == original["thread_id"] and manual["subject"] == "RE: Proposal"
    assert not any(name.startswith("x-relance") for name in manual["headers"])
    subjects = [m["subject"] for m in tenant.get(f"{tenant.base}/mailFolders/sentitems/messages").json()["value"]]
    assert sorted(subjects) == ["Proposal", "RE: Proposal"]


def test_auto_reply_and_bounce_carry_real_headers_and_reports(tenant: Tenant) -> None:
    original = tenant.sent_tracked_email()
    control = tenant.sandbox.control
    control.deliver_auto_reply(
        "alice@contoso.com", "bob@prospect.example", original["internet_message_id"], until="2030-01-07"
    )
    control.deliver_bounce("alice@contoso.com", original["internet_message_id"])
    query = "$select=subject,internetMessageHeaders,hasAttachments&$orderby=receivedDateTime asc"
    inbox = tenant.get(f"{tenant.base}/mailFolders/inbox/messages?{query}").json()["value"]
    auto, bounce = inbox
    auto_headers = {h["name"].lower(): h["value"] for h in auto["internetMessageHeaders"]}
    assert auto["subject"] == "Automatic reply: Proposal"
    assert auto_headers["auto-submitted"] == "auto-replied" and auto_headers["x-auto-response-suppress"] == "All"
    assert bounce["subject"] == "Undeliverable: Proposal" and bounce["hasAttachments"] is True
    raw = tenant.http.get(f"{tenant.base}/messages/{bounce['id']}/$value", headers=tenant.headers()).content
    report = message_from_bytes(raw, policy=policy.compat32)
    assert report.get_content_type() == "multipart/report"
    assert report.get_param("report-type") == "delivery-status"
    assert str(report["From"]).endswith("<postmaster@contoso.com>")
    assert scan_message(report) == {b"bob@prospect.example"}
    parts: Any = report.get_payload()
    attached = parts[2]
    assert attached.get_content_type() == "message/rfc822"
    assert attached.get_payload()[0]["Message-ID"] == original["internet_message_id"]


def test_more_than_four_concurrent_requests_per_mailbox_are_throttled(tenant: Tenant) -> None:
    # Four requests held in flight (the sandbox keeps them open until released), then four more: the machine's
    # speed decides nothing.
    control = tenant.sandbox.control
    mailbox = "alice@contoso.com"

    def call() -> httpx.Response:
        return tenant.get(f"{tenant.base}/messages")

    control.hold_graph_requests()
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        try:
            held = [pool.submit(call) for _ in range(4)]
            wait_for("four requests held in flight", lambda: control.graph_concurrency(mailbox)["in_flight"] == 4)
            over = [call() for _ in range(4)]
        finally:
            control.release_graph_requests()
        admitted = [future.result(timeout=60) for future in held]
    assert [r.status_code for r in admitted] == [200] * 4, [r.text for r in admitted]
    assert [r.status_code for r in over] == [429] * 4
    assert control.graph_concurrency(mailbox) == {"peak": 5, "in_flight": 0, "throttled": 4, "limit": 4}
    responses = admitted + over
    throttled = next(r for r in responses if r.status_code == 429)
    assert throttled.headers["Retry-After"] == "2"
    assert throttled.json()["error"] == throttled.json()["error"] | {
        "code": "ApplicationThrottled",
        "message": "Application is over its MailboxConcurrency limit.",
    }


def test_injected_faults_throttle_fail_and_drop(tenant: Tenant) -> None:
    control = tenant.sandbox.control
    control.inject_fault(r"/messages/delta$", count=1, status=429, retry_after=7)
    control.inject_fault(r"/messages/delta$", count=1, status=503, retry_after=3)
    control.inject_fault(r"/messages/delta$", count=1, drop=True)
    url = f"{tenant.base}/mailFolders/inbox/messages/delta"
    first = tenant.get(url)
    assert first.status_code == 429 and first.headers["Retry-After"] == "7"
    assert first.json()["error"]["code"] == "TooManyRequests"
    second = tenant.get(url)
    assert second.status_code == 503 and second.headers["Retry-After"] == "3"
    with pytest.raises(httpx.RemoteProtocolError):
        tenant.get(url)
    assert tenant.get(url).status_code == 200


def test_control_interface_is_served_over_http(sandbox: RunningSandbox, http: httpx.Client) -> None:
    created = http.post("/_control/create_graph_user", json={"address": "eve@fabrikam.com"})
    assert created.status_code == 200 and created.json()["address"] == "eve@fabrikam.com"
    before = http.get("/_control/clock").json()["now"]
    after = http.post("/_control/advance_clock", json={"hours": 2}).json()["now"]
    assert dt.datetime.fromisoformat(after.replace("Z", "+00:00")) - dt.datetime.fromisoformat(
        before.replace("Z", "+00:00")
    ) == dt.timedelta(hours=2)
    assert http.post("/_control/advance_clock", json={"weeks": 1}).status_code == 400
    assert http.post("/_control/no_such_thing", json={}).status_code == 404
