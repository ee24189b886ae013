"""The control interface: what tests and the demo do to the sandbox world (create mailboxes, deliver
mail from outside, move the clock, expire sync tokens, revoke grants, inject faults, read the outbox).

Every public method of :class:`Control` takes and returns JSON-friendly values, and is also served as
``POST /_control/<method>`` (JSON object of keyword arguments) or ``GET /_control/<method>?arg=value``.
"""

from __future__ import annotations

import base64
import dataclasses
import inspect
import json
import secrets
from typing import TYPE_CHECKING, Any

from relance.sandbox import mime
from relance.sandbox.gmail import PUBSUB_SERVICE_ACCOUNT
from relance.sandbox.web import Request, Response, json_response
from relance.sandbox.world import FaultRule, iso_z, parse_instant

if TYPE_CHECKING:
    from relance.sandbox.server import Sandbox


def _addr(value: Any) -> tuple[str, str]:
    """``"a@b"``, ``"Name <a@b>"``, ``["Name", "a@b"]`` or ``{"name", "address"}`` as ``(name, address)``."""
    if isinstance(value, dict):
        return (str(value.get("name") or ""), str(value["address"]))
    if isinstance(value, list | tuple):
        return (str(value[0]), str(value[1]))
    return mime.parse_address(str(value))


class Control:
    def __init__(self, sandbox: Sandbox) -> None:
        self._sandbox = sandbox

    @property
    def _world(self) -> Any:
        return self._sandbox.world

    # ------------------------------------------------------------------ world

    def configure(self, **settings: Any) -> dict[str, Any]:
        """Change settings (latency_seconds, graph_mailbox_concurrency, graph_max_subscription_minutes …)."""
        self._world.settings.update(**settings)
        return dict(self._world.settings.as_dict())

    def clock(self) -> dict[str, str]:
        return {"now": iso_z(self._world.clock.now())}

    def advance_clock(
        self, seconds: float = 0, minutes: float = 0, hours: float = 0, days: float = 0
    ) -> dict[str, str]:
        total = seconds + 60 * minutes + 3600 * hours + 86400 * days
        return {"now": iso_z(self._world.clock.advance(total))}

    def set_clock(self, now: str) -> dict[str, str]:
        return {"now": iso_z(self._world.clock.set(parse_instant(now)))}

    def inject_fault(
        self,
        path: str,
        count: int = 1,
        status: int = 429,
        retry_after: int | str | None = 1,
        drop: bool = False,
        method: str | None = None,
        reason: str | None = None,
    ) -> dict[str, Any]:
        """The next ``count`` requests whose path matches the regex ``path`` fail: ``status`` with
        ``Retry-After`` and the error body of the provider whose endpoint the path is (Graph, the Microsoft
        identity platform, Google's OAuth endpoints, the Gmail API), ``reason`` as its error code; or a dropped
        connection when ``drop``. A 410 on a Graph delta is Graph's resync answer: a ``Location`` with an empty
        ``$deltatoken``, ``SyncStateNotFound`` (or ``reason``, e.g. ``resyncRequired``), no Retry-After."""
        rule = FaultRule(path, count, status, retry_after, drop, method, reason)
        self._world.faults.add(rule)
        return dataclasses.asdict(rule)

    def clear_faults(self) -> dict[str, int]:
        self._world.faults.clear()
        return {"cleared": 1}

    def faults(self) -> list[dict[str, Any]]:
        return list(self._world.faults.pending())

    def sent(self, mailbox: str | None = None) -> list[dict[str, Any]]:
        """Every message that left a sandbox mailbox (optionally one mailbox's), oldest first."""
        return [m.as_dict() for m in self._world.sent(mailbox)]

    def deliveries(self) -> list[dict[str, Any]]:
        """Outbound webhook deliveries made so far (kind, url, status, attempt, ok)."""
        return [dataclasses.asdict(r) for r in self._sandbox.notifier.results]

    # ------------------------------------------------------------------ Microsoft

    def create_graph_user(
        self, address: str, display_name: str | None = None, tenant: str | None = None
    ) -> dict[str, str]:
        mailbox = self._sandbox.graph.add_user(address, display_name, tenant)
        return {"id": mailbox.user_id, "address": mailbox.address, "tenant_id": mailbox.tenant_id}

    def create_graph_app(
        self, tenant: str, client_id: str | None = None, client_secret: str | None = None
    ) -> dict[str, str]:
        client = self._sandbox.graph.add_app(tenant, client_id, client_secret)
        return {
            "client_id": client.client_id,
            "client_secret": client.client_secret,
            "tenant_id": client.tenant,
            "authority": f"{self._sandbox.url}/{client.tenant}",
        }

    def graph_refresh_token(self, client_id: str, user: str, scopes: list[str] | None = None) -> dict[str, str]:
        """A refresh token as if ``user`` had consented to ``client_id`` (delegated flow)."""
        client = self._sandbox.tokens.clients[client_id]
        mailbox = self._sandbox.graph.require_mailbox(user)
        token = self._sandbox.graph.identity.issue_refresh_token(
            client, mailbox.user_id, scopes or ["Mail.ReadWrite", "Mail.Send"]
        )
        return {"refresh_token": token}

    def graph_messages(self, mailbox: str, folder: str | None = None) -> list[dict[str, Any]]:
        box = self._sandbox.graph.require_mailbox(mailbox)
        with self._world.lock:
            return [
                {
                    "id": m.immutable_id,
                    "folder": m.folder,
                    "subject": m.subject,
                    "internet_message_id": m.internet_message_id,
                    "conversation_id": m.conversation_id,
                    "is_draft": m.is_draft,
                }
                for m in box.messages.values()
                if not m.deleted and (folder is None or m.folder == folder)
            ]

    def graph_concurrency(self, mailbox: str) -> dict[str, int]:
        """Per-mailbox MailboxConcurrency observation: ``peak`` requests in flight at once (a refused one
        counts), ``in_flight`` now, ``throttled`` requests refused for it, and the ``limit``."""
        return self._sandbox.graph.concurrency(self._sandbox.graph.require_mailbox(mailbox))

    def hold_graph_requests(self) -> dict[str, bool]:
        """Holds every Graph request admitted under MailboxConcurrency in flight until release_graph_requests
        (at most 30 s): a test fills a mailbox's slots at its own pace, whatever the machine's speed."""
        self._sandbox.graph.hold(True)
        return {"held": True}

    def release_graph_requests(self) -> dict[str, bool]:
        self._sandbox.graph.hold(False)
        return {"held": False}

    def graph_subscriptions(self) -> list[dict[str, Any]]:
        with self._world.lock:
            return [s.as_json(self._sandbox.url) for s in self._sandbox.graph.subscriptions.values()]

    def expire_delta_tokens(self, mailbox: str, folder: str | None = None) -> dict[str, int]:
        """Evict the mailbox's delta sync states: their links answer 410 SyncStateNotFound."""
        return {"expired": self._sandbox.graph.expire_delta_tokens(mailbox, folder)}

    def replay_delta(self, mailbox: str, rounds: int = 1) -> dict[str, int]:
        """The next ``rounds`` delta rounds of the mailbox return the previous round's changes again."""
        self._sandbox.graph.replay_delta(mailbox, rounds)
        return {"rounds": rounds}

    def trigger_lifecycle(self, subscription_id: str, event: str) -> dict[str, Any]:
        return self._sandbox.graph.trigger_lifecycle(subscription_id, event)

    def fault_notifications(self, drop: int = 0, duplicate: int = 0) -> dict[str, int]:
        """Drop, or deliver twice, the next change-notification POSTs."""
        with self._world.lock:
            self._sandbox.graph.notification_faults.update(drop=drop, duplicate=duplicate)
        return {"drop": drop, "duplicate": duplicate}

    def disable_app(self, client_id: str) -> dict[str, str]:
        self._sandbox.tokens.clients[client_id].disabled = True
        return {"client_id": client_id}

    def revoke_grant(
        self, provider: str, user: str, client_id: str | None = None, access_tokens: bool = True
    ) -> dict[str, int]:
        """Revoke ``user``'s consent (refresh tokens then fail with invalid_grant); with
        ``access_tokens`` the live access tokens die too (continuous access evaluation)."""
        if provider in ("graph", "microsoft"):
            user_id = self._sandbox.graph.require_mailbox(user).user_id
            provider_name = "microsoft"
        else:
            user_id = self._sandbox.gmail.require_mailbox(user).address
            provider_name = "google"
        count = self._sandbox.tokens.revoke(provider_name, user_id, client_id, self._world.clock.now(), access_tokens)
        return {"revoked": count}

    def send_by_hand(
        self,
        mailbox: str,
        to: list[Any],
        text: str,
        subject: str | None = None,
        in_reply_to: str | None = None,
        cc: list[Any] | None = None,
    ) -> dict[str, Any]:
        """The user sends a message from their own mail client (no x-relance header), ``cc`` in copy."""
        recipients, copied = [_addr(a) for a in to], [_addr(a) for a in cc or []]
        if self._sandbox.graph.owns(mailbox):
            sent = self._sandbox.graph.send_by_hand(mailbox, recipients, text, subject, in_reply_to, copied)
        else:
            sent = self._sandbox.gmail.send_by_hand(mailbox, recipients, text, subject, in_reply_to, copied)
        return sent.as_dict()

    # ------------------------------------------------------------------ inbound mail

    def _parent(self, mailbox: str, internet_message_id: str | None) -> Any:
        if not internet_message_id:
            return None
        for sink in (self._sandbox.graph, self._sandbox.gmail):
            if sink.owns(mailbox):
                raw = sink.lookup(mailbox, internet_message_id)
                return mime.parse(raw) if raw else None
        return None

    def deliver(
        self,
        to: str,
        sender: Any,
        subject: str,
        text: str,
        html: str | None = None,
        in_reply_to: str | None = None,
        references: list[str] | None = None,
        headers: list[list[str]] | None = None,
    ) -> dict[str, str]:
        """Deliver a message from outside into ``to``'s inbox, exactly as given."""
        from_addr = _addr(sender)
        msg_id = mime.message_id(from_addr[1].split("@")[-1])
        built = mime.build(
            sender=from_addr,
            to=[("", to)],
            subject=subject,
            text=text,
            html=html,
            date=self._world.clock.now(),
            msg_id=msg_id,
            in_reply_to=in_reply_to,
            references=references,
            extra_headers=[(h[0], h[1]) for h in headers or []],
        )
        self._world.route(mime.to_bytes(built), [to])
        return {"internet_message_id": msg_id}

    def deliver_raw(self, to: str, raw_base64: str) -> dict[str, int]:
        """Deliver raw MIME bytes into ``to``'s mailbox exactly as a mail server hands them over, however
        malformed (NUL characters, absurd dates, repeated headers): what the providers store from them is
        what their APIs return."""
        raw = base64.b64decode(raw_base64)
        self._world.route(raw, [to])
        return {"bytes": len(raw)}

    def graph_set_subject(self, mailbox: str, internet_message_id: str, subject: str) -> dict[str, str]:
        """Change a stored Graph message's subject, as another client writing through the API can: Exchange
        keeps UTF-16 text, so it holds what UTF-8 cannot (a lone surrogate) and Graph's JSON escapes it."""
        box = self._sandbox.graph.require_mailbox(mailbox)
        with self._world.lock:
            found = box.by_internet_id(internet_message_id)
            if not found:
                raise KeyError(f"no message {internet_message_id} in {mailbox}")
            for message in found:
                message.subject = subject
                box.changed(message, self._world.clock.now())
        return {"id": found[0].immutable_id}

    def _reply_headers(
        self, parent: Any, in_reply_to: str, client: str
    ) -> tuple[str, list[str], list[tuple[str, str]]]:
        topic = mime.normalize_subject(str(parent.get("Subject") or "")) if parent is not None else ""
        refs = mime.msgids(str(parent.get("References") or "")) if parent is not None else []
        if parent is not None and not refs:
            refs = mime.msgids(str(parent.get("In-Reply-To") or ""))
        chain = mime.reply_chain(in_reply_to, refs)
        extra: list[tuple[str, str]] = []
        if client == "outlook" and parent is not None and parent.get("Thread-Index"):
            index = base64.b64decode(str(parent["Thread-Index"])) + secrets.token_bytes(5)
            extra = [("Thread-Topic", topic), ("Thread-Index", base64.b64encode(index).decode())]
        return topic, chain, extra

    def deliver_reply(
        self,
        mailbox: str,
        sender: Any,
        in_reply_to: str,
        text: str,
        subject: str | None = None,
        client: str = "outlook",
    ) -> dict[str, str]:
        """A human answers the message ``in_reply_to`` (a Message-ID the mailbox holds). ``client``
        ``outlook`` copies the parent's Thread-Index (same Outlook conversation); ``other`` does not."""
        parent = self._parent(mailbox, in_reply_to)
        topic, chain, extra = self._reply_headers(parent, in_reply_to, client)
        prefix = "RE: " if client == "outlook" else "Re: "
        return self.deliver(
            mailbox,
            sender,
            subject if subject is not None else prefix + topic,
            text,
            in_reply_to=in_reply_to,
            references=chain,
            headers=[list(h) for h in extra],
        )

    def deliver_auto_reply(
        self,
        mailbox: str,
        sender: Any,
        in_reply_to: str,
        text: str | None = None,
        until: str | None = None,
        subject_prefix: str = "Automatic reply: ",
    ) -> dict[str, str]:
        """An Exchange out-of-office answer (``Auto-Submitted: auto-replied``, ``X-Auto-Response-Suppress``)."""
        parent = self._parent(mailbox, in_reply_to)
        topic, chain, extra = self._reply_headers(parent, in_reply_to, "outlook")
        body = text or (
            f"I am out of the office until {until} with limited access to email."
            if until
            else "I am out of the office."
        )
        headers = [["Auto-Submitted", "auto-replied"], ["X-Auto-Response-Suppress", "All"]]
        headers += [list(h) for h in extra]
        return self.deliver(
            mailbox, sender, subject_prefix + topic, body, in_reply_to=in_reply_to, references=chain, headers=headers
        )

    def deliver_bounce(
        self,
        mailbox: str,
        original_message_id: str,
        recipients: list[str] | None = None,
        status: str = "5.1.1",
        diagnostic: str = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    ) -> dict[str, str]:
        """An RFC 3464 report from the postmaster (Exchange) or MAILER-DAEMON (Gmail) with the original
        message attached; ``recipients`` default to every To/Cc of the original."""
        raw = None
        for sink in (self._sandbox.graph, self._sandbox.gmail):
            if sink.owns(mailbox):
                raw = sink.lookup(mailbox, original_message_id)
        if raw is None:
            raise KeyError(f"{mailbox} holds no message {original_message_id}")
        original = mime.parse(raw)
        failed = recipients or [a for _, a in mime.addresses(original, "To") + mime.addresses(original, "Cc")]
        graph = self._sandbox.graph.owns(mailbox)
        domain = mailbox.split("@")[-1]
        postmaster = (
            ("Microsoft Outlook", f"postmaster@{domain}")
            if graph
            else (
                "Mail Delivery Subsystem",
                "mailer-daemon@googlemail.com",
            )
        )
        subject = f"Undeliverable: {original.get('Subject', '')}" if graph else "Delivery Status Notification (Failure)"
        msg_id = mime.message_id(postmaster[1].split("@")[-1])
        report = mime.bounce(
            reporting_domain=postmaster[1].split("@")[-1],
            postmaster=postmaster,
            original=raw,
            failed=failed,
            date=self._world.clock.now(),
            msg_id=msg_id,
            to=("", mailbox),
            subject=subject,
            status=status,
            diagnostic=diagnostic,
        )
        self._world.route(report, [mailbox])
        return {"internet_message_id": msg_id}

    # ------------------------------------------------------------------ Google

    def create_gmail_user(self, address: str) -> dict[str, str]:
        box = self._sandbox.gmail.add_user(address)
        return {"address": box.address}

    def create_google_client(self, client_id: str | None = None, client_secret: str | None = None) -> dict[str, str]:
        client = self._sandbox.tokens.add_client("google", "google", client_id, client_secret)
        return {
            "client_id": client.client_id,
            "client_secret": client.client_secret,
            "token_uri": f"{self._sandbox.url}/token",
        }

    def google_refresh_token(self, client_id: str, user: str, scopes: list[str] | None = None) -> dict[str, str]:
        return {"refresh_token": self._sandbox.gmail.issue_refresh_token(client_id, user, scopes)}

    def create_pubsub_subscription(
        self,
        topic: str,
        push_endpoint: str,
        subscription: str | None = None,
        audience: str | None = None,
        service_account: str = PUBSUB_SERVICE_ACCOUNT,
    ) -> dict[str, str]:
        """A Pub/Sub push subscription on ``topic``; with ``audience`` each push carries an OIDC bearer."""
        return self._sandbox.gmail.add_push_subscription(topic, push_endpoint, subscription, audience, service_account)

    def pubsub_token(self, audience: str, service_account: str = PUBSUB_SERVICE_ACCOUNT) -> dict[str, str]:
        """The OIDC bearer token Pub/Sub puts on a push for ``audience`` (for a test that pushes by hand)."""
        return {"token": self._sandbox.gmail.push_token(audience, service_account)}

    def expire_history(self, mailbox: str) -> dict[str, str]:
        """Forget the mailbox's history: any older startHistoryId answers 404."""
        return {"oldest_valid": self._sandbox.gmail.expire_history(mailbox)}

    def gmail_messages(self, mailbox: str) -> list[dict[str, Any]]:
        return self._sandbox.gmail.summary(mailbox)

    def gmail_watch(self, mailbox: str) -> dict[str, Any]:
        """The mailbox's watch (topic, labels, expiration), or ``{"watch": null}`` once stopped."""
        box = self._sandbox.gmail.require_mailbox(mailbox)
        with self._world.lock:
            watch = box.watch
            if watch is None:
                return {"watch": None}
            return {
                "watch": {"topic": watch.topic, "labels": list(watch.label_ids), "expiration": iso_z(watch.expiration)}
            }

    def grants(self, provider: str, user: str) -> list[dict[str, Any]]:
        """The consents ``user`` gave (``google`` or ``microsoft``), with when each was revoked (or null)."""
        if provider in ("graph", "microsoft"):
            user_id, provider = self._sandbox.graph.require_mailbox(user).user_id, "microsoft"
        else:
            user_id, provider = self._sandbox.gmail.require_mailbox(user).address, "google"
        with self._sandbox.tokens.lock:
            return [
                {"client_id": g.client_id, "revoked_at": iso_z(g.revoked_at) if g.revoked_at else None}
                for g in self._sandbox.tokens.grants
                if g.provider == provider and g.user_id == user_id
            ]

    # ------------------------------------------------------------------ LLM and web search

    def script_chat(self, steps: list[dict[str, Any]], model: str = "*") -> dict[str, int]:
        """Queue answers of the chat-completions API for ``model`` (``*``: any model), each
        ``{"content": text}``, ``{"status": 429, "retry_after": 1}``, ``{"status": 500}``, optionally with
        ``"delay": seconds`` before it is sent (see :mod:`relance.sandbox.chat`)."""
        return {"queued": self._sandbox.chat.script(steps, model)}

    def chat_keys(self, keys: list[str]) -> dict[str, int]:
        """Accept only these bearer keys from now on (by default any non-empty key is accepted)."""
        self._sandbox.chat.api_keys = set(keys)
        return {"keys": len(keys)}

    def reset_chat(self) -> dict[str, int]:
        """Forget the chat API's scripts, recorded requests and accepted keys."""
        self._sandbox.chat.reset()
        return {"reset": 1}

    def chat_requests(self) -> list[dict[str, Any]]:
        """Every chat-completions request so far (model, path, messages, authorized, response_format)."""
        return self._sandbox.chat.requests()

    def script_knowledge_graph(self, q: str, knowledge_graph: dict[str, Any]) -> dict[str, str]:
        """SerpApi's Google search answers the query ``q`` (case and spacing aside) with this block."""
        self._sandbox.serp.script(q, knowledge_graph)
        return {"q": q}

    def serp_api_key(self) -> dict[str, str]:
        """The one key the SerpApi sandbox accepts."""
        return {"api_key": self._sandbox.serp.api_key}

    def serp_requests(self) -> list[dict[str, str]]:
        return self._sandbox.serp.requests()

    # ------------------------------------------------------------------ HTTP

    def handle(self, request: Request) -> Response:
        name = request.path[len("/_control/") :].strip("/")
        method = getattr(self, name, None)
        if name.startswith("_") or not callable(method) or name == "handle":
            return json_response(404, {"error": f"no control operation {name!r}"})
        if request.method == "POST":
            try:
                kwargs = json.loads(request.body or b"{}")
            except ValueError:
                return json_response(400, {"error": "body must be a JSON object"})
        else:
            kwargs = {k: v[0] for k, v in request.query.items()}
        if not isinstance(kwargs, dict):
            return json_response(400, {"error": "body must be a JSON object"})
        try:
            inspect.signature(method).bind(**kwargs)
        except TypeError as exc:
            return json_response(400, {"error": str(exc)})
        try:
            result = method(**kwargs)
        except (KeyError, ValueError) as exc:
            return json_response(400, {"error": str(exc)})
        return json_response(200, result)
