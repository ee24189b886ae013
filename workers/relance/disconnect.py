"""The provider side of disconnecting a mailbox: the ``cleanup`` loop of ``relance worker``.

``public.disconnect_mailbox`` (the web app) and ``relance disconnect`` (an operator) mark the mailbox
disconnected in SQL and queue a cleanup (queue ``mailbox_cleanup``). For each one the worker:

1. reads the sealed grant into memory, then deletes it from the database (``worker.forget_mailbox_grant``)
   before any provider call: a provider that is down, or a worker that dies mid-way, never keeps a secret
   the owner asked to drop. A mailbox reconnected meanwhile keeps its grant and is left alone;
2. stops the Gmail watch (``users.stop``) or deletes the Graph subscriptions (``DELETE /subscriptions/{id}``);
3. revokes what can be revoked: Google's grant at its revocation endpoint (RFC 7009, ``POST /revoke`` with
   ``token=<refresh token>``, which ends the refresh token and the access tokens it issued). Microsoft has no
   revocation of one application's delegated grant (``revokeSignInSessions`` signs the user out of every
   application, far too broad): the token cache is deleted and the user can remove the app at
   https://myapps.microsoft.com; an app-only mailbox has nothing of its own to revoke.

Each outcome goes on the mailbox's timeline (``mailbox_cleanup_done``, ``_failed``, ``_incomplete``,
``_skipped``) and failures into ``worker_logs``. A passing failure (5xx, 429, network) leaves the cleanup on
the queue, so it comes back after its visibility timeout, as the other queues' messages do; the grant it
needs is then held in this process's memory only, never stored again. A cleanup that comes back to another
process, or that fails for good (a grant the provider already refused), is recorded as incomplete: the
Gmail watch lapses within 7 days and Graph subscriptions within 3, and the intake refuses their
notifications meanwhile.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httplib2
import msal

from relance import db
from relance.credentials import GRAPH_DELEGATED_SCOPES, AppTokens, CredentialsError, GraphApp
from relance.providers.errors import GiveUp, NeedsReauth, ProviderError, RetryLater, msal_failure
from relance.providers.gmail import GmailMailbox, GoogleApp, credentials_from
from relance.providers.graph import GraphMailbox
from relance.providers.retry import RetryPolicy

log = logging.getLogger("relance.disconnect")

CLEANUP_VISIBILITY_SECONDS = 300
CLEANUP_MAX_DELIVERIES = 8
MICROSOFT_NO_REVOKE = (
    "Microsoft offers no revocation of one application's delegated grant: the stored token cache is deleted; "
    "the user can remove Relance's access at https://myapps.microsoft.com"
)


def google_revoke_uri(token_uri: str) -> str:
    """Google's revocation endpoint beside its token endpoint (https://oauth2.googleapis.com/revoke)."""
    return token_uri.rstrip("/").rsplit("/", 1)[0] + "/revoke"


def revoke_google(app: GoogleApp, token: str) -> str:
    """RFC 7009 revocation at Google: ``revoked``, or ``already revoked`` (400 invalid_token: Google no longer
    knows the token). 5xx, 429 and network errors raise :class:`RetryLater`; other refusals :class:`GiveUp`."""
    try:
        response, content = app.http().request(
            google_revoke_uri(app.token_uri),
            "POST",
            body=urlencode({"token": token}),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    except (httplib2.HttpLib2Error, OSError) as exc:
        raise RetryLater(f"revoke: network error {type(exc).__name__}") from None
    status = int(response.status)
    if status == 200:
        return "revoked"
    try:
        error = str(json.loads(content or b"{}").get("error") or "")
    except (ValueError, AttributeError):
        error = ""
    if status == 400 and error in ("invalid_token", "invalid_grant"):
        return "already revoked"
    if status == 429 or status >= 500:
        raise RetryLater(f"revoke: HTTP {status}", status=status)
    raise GiveUp(f"revoke: HTTP {status} {error}".strip(), status=status, code=error or None)


class HeldTokens:
    """Graph tokens from a grant held in memory only: the stored one is already deleted, and nothing here
    writes it back (a refreshed cache stays in memory)."""

    def __init__(self, app: GraphApp, app_tokens: AppTokens, credentials: dict[str, Any], mailbox_id: uuid.UUID):
        self._app_tokens = app_tokens
        self._mode = str(credentials.get("mode"))
        self._mailbox_id = mailbox_id
        self._msal: msal.ConfidentialClientApplication | None = None
        if self._mode == "delegated":
            cache = msal.SerializableTokenCache()
            cache.deserialize(str(credentials.get("token_cache") or ""))
            self._msal = app.msal_app(cache)

    def token(self, force_refresh: bool = False) -> str:
        if self._mode == "app":
            return self._app_tokens.token(force_refresh)
        if self._msal is None:
            raise NeedsReauth(f"mailbox {self._mailbox_id}: no delegated grant held")
        accounts = self._msal.get_accounts()
        if not accounts:
            raise NeedsReauth(f"mailbox {self._mailbox_id}: no account in the token cache")
        result = self._msal.acquire_token_silent_with_error(
            GRAPH_DELEGATED_SCOPES, account=accounts[0], force_refresh=force_refresh
        )
        if not result or "access_token" not in result:
            raise msal_failure(result or {"error": "invalid_grant"}, "delegated token")
        return str(result["access_token"])


@dataclass
class Outcome:
    """What one cleanup attempt did: each step's result, and the failures that a later attempt may fix
    (``passing``) or not (``permanent``)."""

    steps: dict[str, str] = field(default_factory=dict)
    passing: list[str] = field(default_factory=list)
    permanent: list[str] = field(default_factory=list)

    def step(self, name: str, call: Any) -> None:
        try:
            self.steps[name] = str(call())
        except NeedsReauth as exc:
            self.steps[name] = "grant already refused by the provider"
            self.permanent.append(f"{name}: {exc}")
        except GiveUp as exc:
            self.steps[name] = "refused"
            self.permanent.append(f"{name}: {exc}")
        except (ProviderError, CredentialsError) as exc:
            self.steps[name] = "failed"
            self.passing.append(f"{name}: {exc}")
        except Exception as exc:  # anything else is the moment's: recorded on the timeline, retried
            # An identity platform down while MSAL reads its discovery document, a connection refused, a reply no
            # client could read: the cleanup failed this time all the same, and the owner sees why.
            log.warning("cleanup step %s failed: %s: %s", name, type(exc).__name__, exc)
            self.steps[name] = "failed"
            self.passing.append(f"{name}: {type(exc).__name__}: {exc}"[:500])


class MailboxCleanup:
    """Reads ``mailbox_cleanup`` and does the provider side of each disconnection (see the module)."""

    def __init__(self, connector: Any, retry: RetryPolicy | None = None) -> None:
        self.c = connector
        # Provider calls retry briefly in place; longer outages wait for the queue's next delivery.
        self.retry = retry or RetryPolicy(attempts=3, cap_seconds=8.0, longest_wait_seconds=30.0)
        # Grants already deleted from the database whose provider cleanup is still to be retried: memory only.
        self._held: dict[uuid.UUID, dict[str, Any]] = {}

    def run_once(
        self,
        batch: int = 10,
        visibility_seconds: int = CLEANUP_VISIBILITY_SECONDS,
        max_deliveries: int = CLEANUP_MAX_DELIVERIES,
    ) -> int:
        jobs = db.read_mailbox_cleanup(self.c.conn, batch, visibility_seconds, max_deliveries)
        for item in jobs:
            try:
                done = self.clean(item["job"], int(item["deliveries"]), max_deliveries)
            except Exception:  # one cleanup's failure never stops the others; it comes back after its timeout
                log.exception("mailbox cleanup failed", extra={"msg_id": item["msg_id"]})
                continue
            if done:
                db.ack_mailbox_cleanup(self.c.conn, item["msg_id"])
        return len(jobs)

    def _forget_cached(self, mailbox_id: uuid.UUID) -> None:
        for cache in (self.c._clients, self.c._gmail, self.c._addresses, self.c._gmail_addresses):
            cache.pop(mailbox_id, None)

    def clean(self, job: dict[str, Any], deliveries: int = 1, max_deliveries: int = CLEANUP_MAX_DELIVERIES) -> bool:
        """One cleanup attempt; True when it is over (acknowledge it), False to try again later."""
        mailbox_id = uuid.UUID(str(job["mailbox_id"]))
        provider, address = str(job.get("provider")), str(job.get("address") or "")
        now = self.c.now_fn()
        sealed: dict[str, Any] | None = None
        unreadable = ""
        try:
            sealed = self.c.store.load(mailbox_id)
        except CredentialsError as exc:  # deleted all the same: a grant nobody can open is no use to keep
            unreadable = str(exc)
        forgot = db.forget_mailbox_grant(self.c.conn, mailbox_id)
        if forgot in ("reconnected", "gone"):
            self._held.pop(mailbox_id, None)
            if forgot == "reconnected":
                db.record_mailbox_cleanup(
                    self.c.conn, mailbox_id, "skipped",
                    f"{address} was reconnected before its provider cleanup ran: its grant and subscriptions are in"
                    " use again", {"provider": provider}, now,
                )  # fmt: skip
            return True
        self._forget_cached(mailbox_id)
        credentials = sealed or self._held.get(mailbox_id)
        outcome = Outcome({"stored_grant": "deleted" if forgot == "deleted" else "already deleted"})
        if credentials is None:
            why = unreadable or "the stored grant was deleted by an earlier attempt, and this worker does not hold it"
            outcome.permanent.append(f"provider calls: {why}")
        elif provider == "gmail":
            self._clean_gmail(outcome, mailbox_id, address, credentials)
        else:
            self._clean_graph(outcome, mailbox_id, address, credentials, list(job.get("subscriptions") or []))
        details: dict[str, Any] = {"provider": provider, "steps": outcome.steps, "attempt": deliveries}
        if outcome.passing and deliveries < max_deliveries and credentials is not None:
            self._held[mailbox_id] = credentials
            reason = "; ".join(outcome.passing + outcome.permanent)
            db.record_mailbox_cleanup(
                self.c.conn, mailbox_id, "failed",
                f"the provider cleanup failed (attempt {deliveries}; retried later; the stored grant is deleted):"
                f" {reason}", details, now,
            )  # fmt: skip
            log.warning("cleanup mailbox=%s failed (attempt %d): %s", mailbox_id, deliveries, reason)
            return False
        self._held.pop(mailbox_id, None)
        if outcome.passing or outcome.permanent:
            reason = "; ".join(outcome.passing + outcome.permanent)
            db.record_mailbox_cleanup(
                self.c.conn, mailbox_id, "incomplete",
                f"the provider cleanup could not finish ({reason}); the stored grant is deleted; the Gmail watch"
                " lapses within 7 days and Graph subscriptions within 3, their notifications refused meanwhile",
                details, now,
            )  # fmt: skip
            return True
        if provider == "graph":
            details["revocation"] = MICROSOFT_NO_REVOKE
        summary = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in outcome.steps.items())
        db.record_mailbox_cleanup(
            self.c.conn, mailbox_id, "done", f"provider cleanup of {address} done: {summary}", details, now
        )
        log.info("cleanup mailbox=%s done: %s", mailbox_id, summary)
        return True

    def _clean_gmail(self, outcome: Outcome, mailbox_id: uuid.UUID, address: str, credentials: dict[str, Any]) -> None:
        google = self.c.google
        if google is None or not (google.client_id and google.client_secret):
            outcome.permanent.append("the Gmail connector is not configured (GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET)")
            return

        def stop() -> str:
            client = GmailMailbox(google, address, credentials_from(google, credentials, address), self.retry)
            client.stop()
            return "stopped"

        # Each step is idempotent, so a retry does them all again: stop answers 204 again, a revoked token
        # answers invalid_token, a deleted subscription 404.
        outcome.step("watch", stop)
        refresh = str(credentials.get("refresh_token") or "")
        if refresh:
            outcome.step("google_grant", lambda: self.retry.call(
                lambda: revoke_google(google, refresh), provider="gmail", what="revoke",
                safe_to_repeat=lambda _f: True,
            ))  # fmt: skip

    def _clean_graph(
        self,
        outcome: Outcome,
        mailbox_id: uuid.UUID,
        address: str,
        credentials: dict[str, Any],
        subscription_ids: list[str],
    ) -> None:
        ids = [s for s in subscription_ids if not s.startswith("gmail-watch:")]

        def delete_all() -> str:
            tokens = HeldTokens(self.c.app, self.c.app_tokens, credentials, mailbox_id)
            client = GraphMailbox(self.c.http, self.c.api_url, address, tokens, self.retry, slots=self.c.slots)
            for subscription_id in ids:
                client.delete_subscription(subscription_id)  # 404: already gone, as good as deleted
            return f"{len(ids)} deleted"

        outcome.step("subscriptions", delete_all)
        outcome.steps["revocation"] = "not offered by Microsoft" if credentials.get("mode") != "app" else "app-only"
