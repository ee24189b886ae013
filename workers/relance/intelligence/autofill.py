"""The intelligence worker: reads the queue the autofill run fills (``worker.run_autofill``, hourly or run-now),
reads each message's signature by rules (:func:`relance.intelligence.read_signature`), asks an LLM only when the
rules are unsure and the team allows it (:func:`relance.intelligence.llm.extract_signature_fields`), and hands
one normalised result per message to SQL (``worker.record_signature``), which decides what is applied and what
waits for a human. ``relance worker`` runs it beside the mail loops (loop ``intelligence``); ``relance worker
--loops intelligence`` runs it alone.

A message that cannot be read (a bug, a text the parser chokes on) is counted (``worker.fail_intelligence``) and
retried after the queue's visibility timeout; after ``max_attempts`` it is archived and its insight says failed,
with the reason, for the team's admins. One bad message never stops the batch.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from psycopg.types.json import Jsonb

from relance import db
from relance.analysis import names, opt_out
from relance.intelligence import enrich, intent_model, llm
from relance.intelligence.intent import Intent, offline_intents, read_intent
from relance.intelligence.reader import SignatureResult, read_signature

log = logging.getLogger("relance.intelligence")

Conn = Any

# Fields of a signature result, by the names SQL keeps (sql/tables/080_contacts.sql).
_FIELDS = {"name": "name", "title": "title", "company": "company", "email": "email", "website": "website"}
_FIELDS |= {"linkedin": "linkedin", "address": "postal_address"}
_PHONES = {"mobile": "phone_mobile", "landline": "phone_landline", "fax": "phone_fax"}
# What an LLM reads better than rules when they are unsure: words, not shapes.
_WORDS = {"name", "title", "company", "postal_address"}
# What an LLM's reading is worth: below the default threshold (0.92), so a person confirms it first.
LLM_CONFIDENCE = 0.85
# A From display name read as a person's name ("Jean Dupont", "DUPONT Jean" read as "Jean Dupont"): applied when it
# clearly names the address's person, first name first (HEADER_NAME_CLEAR, above the default threshold of 0.92), else
# a suggestion (HEADER_NAME_CONFIDENCE). SQL gives a To display name of the user's own mail the same figures
# (private.record_recipient_names, sql/functions/170_contacts.sql).
HEADER_NAME_CONFIDENCE = 0.80
HEADER_NAME_CLEAR = 0.95


def _opt_out(row: dict[str, Any]) -> opt_out.Request | None:
    """The request to stop ingest's analysis read in a queued message, with whether it is relayed, or None."""
    phrase = row.get("opt_out_phrase")
    return opt_out.Request(phrase, bool(row.get("opt_out_relayed"))) if phrase else None


def header_name(name: str | None, address: str | None) -> tuple[str, float] | None:
    """The name a From header's display gives its person, first name first, with what it is worth: None for an
    address, a role or a firm ("Service Client", "Cabinet Martin SAS"), one word alone, or more than four. Clear
    (HEADER_NAME_CLEAR) when the first name is known and the address confirms it (`names.address_confirms`: "Jean
    Dupont" <jean.dupont@>, "DUPONT Jean" <jdupont@>); else a suggestion ("Marie Claire Dubois", "Jean Dupont"
    <contact@>, "Robert Martin" <bob.martin@>, "M. Jean Martin" as "Jean Martin")."""
    shown = names.person_name(name)
    if not shown or "@" in shown or any(c.isdigit() for c in shown) or not 2 <= len(shown.split()) <= 4:
        return None
    clear = names.address_confirms(shown, names.first_name(name, address or ""), address or "")
    return shown, HEADER_NAME_CLEAR if clear else HEADER_NAME_CONFIDENCE


def facts_of(result: SignatureResult, sender_address: str | None) -> list[dict[str, Any]]:
    """The rules' reading as facts for SQL: one per field and per phone, each with its confidence."""
    facts: list[dict[str, Any]] = []
    for key, value in result.fields.items():
        name = _FIELDS.get(key)
        if name is None or not value.value.strip():
            continue
        if name == "email" and sender_address and value.value.lower() == sender_address.lower():
            continue  # the address the contact is found by, not a fact about it
        facts.append({"field": name, "value": value.value.strip()[:500], "confidence": value.confidence})
    for phone in result.phones:
        name = _PHONES.get(phone.type)
        if name:
            facts.append({"field": name, "value": phone.value, "confidence": phone.confidence})
    for fact in facts:
        fact["source"] = "signature"
        fact["confidence"] = round(min(max(float(fact["confidence"]), 0.0), 1.0), 3)
    return facts


def facts_of_llm(answer: dict[str, Any], region: str) -> list[dict[str, Any]]:
    """An LLM's reading (already validated against its schema) as facts; its phones in E.164 (the team's region
    for numbers without a prefix), dropped when not valid numbers."""
    facts: list[dict[str, Any]] = []
    for key, name in _FIELDS.items():
        value = answer.get(key)
        if isinstance(value, str) and value.strip():
            facts.append({"field": name, "value": value.strip()[:500]})
    for phone in answer.get("phones") or []:
        kind = _PHONES.get(str(phone.get("type")))
        try:
            parsed = phonenumbers.parse(str(phone.get("number") or ""), region)
        except phonenumbers.NumberParseException:
            continue
        if kind and phonenumbers.is_valid_number(parsed):
            facts.append(
                {"field": kind, "value": phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)}
            )
    for fact in facts:
        fact |= {"source": "llm", "confidence": LLM_CONFIDENCE}
    return facts


@dataclass
class IntelligenceWorker:
    """One pass reads up to ``batch`` queued messages; ``now_fn`` is the engine clock (tests inject it)."""

    conn: Conn
    now_fn: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
    llm_settings: llm.LLMSettings = field(default_factory=llm.LLMSettings)
    enrich_settings: enrich.EnrichSettings = field(default_factory=enrich.EnrichSettings)
    batch: int = 100
    visibility_seconds: int = 120
    max_attempts: int = 3
    _model_ready: bool = field(default=False, init=False)  # the process's intent model trained (or turned off)

    def read(self, row: dict[str, Any]) -> dict[str, Any]:
        """One queued message's result for ``worker.record_signature``."""
        result = read_signature(
            row["new_text"] or "",
            sender_address=row["from_address"],
            sender_name=row["from_name"],
            user_address=row["mailbox_address"],
            user_name=row["mailbox_name"],
            region=row["default_region"] or "FR",
        )
        facts = facts_of(result, row["from_address"])
        reached_llm = False
        floor = float(row["llm_confidence_floor"] if row["llm_confidence_floor"] is not None else 0.6)
        unsure = result.needs_llm or result.confidence < floor
        if result.lines and unsure and row["llm_enabled"] and self.llm_settings.enabled:
            answer = llm.extract_signature_fields(
                self.conn, result.text, team_id=row["team_id"], lang=result.lang, settings=self.llm_settings,
                now=self.now_fn(), subject_address=row["from_address"],
            )  # fmt: skip
            if answer is not None:
                # The rules were unsure of the words (who, what position, which firm, where): the model's
                # reading wins for those it gives. Phones, addresses of mail and links the rules read by their
                # shape stay theirs; the model adds only those the rules did not find. Either way below the
                # default threshold: a person confirms it.
                reached_llm = True
                read = facts_of_llm(answer.fields, row["default_region"] or "FR")
                words = {f["field"] for f in read if f["field"] in _WORDS}
                shapes = {f["field"] for f in facts if f["field"] not in _WORDS}
                facts = [f for f in facts if f["field"] not in words]
                facts += [f for f in read if f["field"] in words or f["field"] not in shapes]
        if not any(f["field"] == "name" for f in facts) and (
            named := header_name(row["from_name"], row["from_address"])
        ):
            facts.append({"field": "name", "value": named[0], "confidence": named[1], "source": "header"})
        return {"confidence": round(result.confidence, 3), "reached_llm": reached_llm, "fields": facts}

    def read_intent(self, row: dict[str, Any], offline: Intent | None = None) -> Intent:
        """One queued message's intent, from its new text, relative to the day it was written: the rules, the learnt
        model where they are unsure (`offline`, when the batch was read at once), and the LLM only where both are
        unsure, the team allows it and a model is configured (as for signatures)."""
        at = row["message_at"] or self.now_fn()
        use_llm = bool(row["llm_enabled"]) and self.llm_settings.enabled
        return read_intent(
            row["new_text"] or "", row["subject"] or "", at,
            conn=self.conn if use_llm else None, team_id=row["team_id"], llm_settings=self.llm_settings,
            now=self.now_fn(), subject_address=row["from_address"], offline=offline,
            opt_out_phrase=_opt_out(row),
        )  # fmt: skip

    def read_offline(self, rows: list[dict[str, Any]]) -> dict[int, Intent]:
        """The offline reading of a batch's messages at once (the learnt model costs one call a batch, not one a
        message), by position; empty when it fails, and each message is then read on its own (and a message that
        makes the reader fail fails alone)."""
        wanted = [k for k, row in enumerate(rows) if row["message_id"] is not None]
        items = [
            (rows[k]["new_text"] or "", rows[k]["subject"] or "", rows[k]["message_at"] or self.now_fn())
            for k in wanted
        ]
        try:
            opt_outs = [_opt_out(rows[k]) for k in wanted]
            return dict(zip(wanted, offline_intents(items, opt_outs=opt_outs), strict=True))
        except Exception as exc:
            log.warning("intelligence: the batch's offline reading failed (%s); reading one by one", exc)
            return {}

    def record_intent(self, message_id: uuid.UUID, intent: Intent) -> dict[str, Any] | None:
        """Hands an intent to ``worker.record_intent`` (which decides what the engine does with it)."""
        referral = intent.referral
        row = db._execute(
            self.conn,
            "select worker.record_intent(%s, %s, %s::numeric, %s, %s::date, %s, %s, %s, %s, %s)",
            (
                message_id, intent.label, intent.confidence, intent.source, intent.not_now_until,
                referral.name if referral else None, referral.address if referral else None,
                intent.evidence[:300] or None, self.now_fn(), intent.relayed,
            ),
        ).fetchone()  # fmt: skip
        return row[0] if row else None

    def run_once(self) -> int:
        """Reads and records one batch; returns how many messages were recorded."""
        # The learnt model is trained at its first use (18-19 s on two cores, once per process): before the batch
        # is taken, so that training never eats the batch's visibility (a batch whose visibility ran out is read
        # again by another worker while this one still works on it), and only once there is a batch to take (a
        # pass over an empty queue, `relance worker --once` for one, trains nothing). A training file that cannot
        # be read does not stop the batch: what the rules settle alone (an opt-out, R8) is recorded, and each reply
        # that needs the model fails alone and is retried (read_offline, below); the next pass tries to train again.
        if not self._model_ready:
            waiting = db._execute(self.conn, "select worker.intelligence_waiting()").fetchone()
            if not (waiting and waiting[0]):
                return 0
            try:
                intent_model.default()
                self._model_ready = True
            except Exception as exc:
                log.error("intelligence: the intent model cannot be trained (%s); the rules read alone", exc)
        cur = db._execute(
            self.conn,
            "select * from worker.read_intelligence_queue(%s, %s)",
            (self.batch, self.visibility_seconds),
        )
        assert cur.description is not None
        names = [d.name for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        recorded = 0
        offline = self.read_offline(rows)
        for k, row in enumerate(rows):
            message_id: uuid.UUID | None = row["message_id"]
            try:
                payload = self.read(row) if message_id is not None else {"fields": []}
                # The intent first: record_signature deletes the queue message, and a failure here must leave
                # it to be retried (recording the signature again is idempotent).
                if message_id is not None:
                    self.record_intent(message_id, self.read_intent(row, offline.get(k)))
                done = db._execute(
                    self.conn,
                    "select worker.record_signature(%s, %s, %s, %s)",
                    (row["queue_msg_id"], message_id, Jsonb(payload), self.now_fn()),
                ).fetchone()
                recorded += message_id is not None
            except Exception as exc:  # one message never stops the batch: counted, retried, then archived
                reason = f"{type(exc).__name__}: {str(exc).splitlines()[0][:300] if str(exc) else 'no detail'}"
                log.warning("intelligence: message %s not read (%s)", message_id, reason)
                try:
                    db._execute(
                        self.conn,
                        "select worker.fail_intelligence(%s, %s, %s, %s, %s)",
                        (row["queue_msg_id"], message_id, reason, self.max_attempts, self.now_fn()),
                    )
                except Exception:
                    log.exception("intelligence: could not record the failure of message %s", message_id)
                continue
            if done and done[0].get("enrich") and self.enrich_settings.enabled:
                self.enrich(row["team_id"], done[0]["enrich"])
        return recorded

    def enrich(self, team_id: uuid.UUID, organisation: dict[str, Any]) -> int:
        """Web enrichment of an organisation the team's option allows (suggestions only). A provider that fails
        is logged and tried again at the next message from that organisation: the signature is recorded."""
        try:
            found = enrich.enrich_organisation(
                self.conn, team_id, organisation.get("name") or organisation.get("domain") or "",
                organisation.get("domain"), settings=self.enrich_settings, now=self.now_fn(),
            )  # fmt: skip
            row = db._execute(
                self.conn,
                "select worker.record_enrichment(%s, %s, %s)",
                (organisation["organisation_id"], Jsonb([vars(f) for f in found]), self.now_fn()),
            ).fetchone()
        except enrich.EnrichmentError as exc:
            log.warning(
                "intelligence: web enrichment of organisation %s failed (%s)", organisation["organisation_id"], exc
            )
            return 0
        return int(row[0]) if row else 0
