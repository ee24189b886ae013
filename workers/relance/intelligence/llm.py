"""The LLM fallback: what the rules leave below their confidence floor goes to a language model through
litellm's Router, and only there; with no model configured this module answers ``None`` at once, without
importing litellm or touching the network.

- **Models**, each enabled only when configured, tried in the original order: Ollama (``OLLAMA_API_BASE``,
  local) → Mistral (``MISTRAL_API_KEY``, EU) → OpenAI (``OPENAI_API_KEY``, optionally ``OPENAI_API_BASE`` for
  any OpenAI-compatible server) → Anthropic (``ANTHROPIC_API_KEY``). One Router model group per provider,
  fallbacks from the first configured one to the others in that order.
- **Per call**: ``LLM_TIMEOUT_SECONDS`` (5 s) per model tried; a timeout falls back to the next model at once;
  a rate limit (429, ``Retry-After`` honoured) or a server error is retried once, then falls back; the
  OpenAI SDK's own retries are off, so these are the only ones.
- **Answers** are asked for as a JSON object and validated against a small :class:`Obj` schema before use:
  unknown keys dropped, wrong types or values rejected; a rejected answer is logged with its reason (never
  the text) and neither used nor cached.
- **Cache** (``private.ai_cache``, per team): keyed by (kind, model, SHA-256 of the normalised text); a hit
  answers without any HTTP call. Every real call is logged with its outcome, cost (litellm's price table,
  shipped in the package) and latency (``private.ai_calls``).

litellm fetches its price table from the network on import unless ``LITELLM_LOCAL_MODEL_COST_MAP`` is set:
this module sets it before any import of litellm. Importing litellm takes seconds, so it happens on the
first call that has a model configured, never at import of this module.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from relance import config
from relance.db import Conn
from relance.intelligence import cache

# No network at run time: litellm's model cost map comes from the copy in the package, never from GitHub.
os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"

log = logging.getLogger("relance.intelligence.llm")

PROVIDER_ORDER = ("ollama", "mistral", "openai", "anthropic")


# --------------------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class Deployment:
    """One configured model: its Router group name (the provider), litellm model and endpoint."""

    name: str
    model: str
    api_base: str = ""
    api_key: str = field(default="", repr=False)


@dataclass(frozen=True)
class LLMSettings:
    deployments: tuple[Deployment, ...] = ()
    timeout: float = 5.0
    ca_bundle: str = ""

    @property
    def enabled(self) -> bool:
        return bool(self.deployments)

    @classmethod
    def from_config(cls, cfg: config.Config) -> LLMSettings:
        deployments: list[Deployment] = []
        if cfg["OLLAMA_API_BASE"]:
            deployments.append(Deployment("ollama", f"ollama_chat/{cfg['OLLAMA_MODEL']}", cfg["OLLAMA_API_BASE"]))
        if cfg["MISTRAL_API_KEY"]:
            deployments.append(
                Deployment(
                    "mistral", f"mistral/{cfg['MISTRAL_MODEL']}", cfg["MISTRAL_API_BASE"], cfg["MISTRAL_API_KEY"]
                )
            )
        if cfg["OPENAI_API_KEY"]:
            deployments.append(
                Deployment("openai", f"openai/{cfg['OPENAI_MODEL']}", cfg["OPENAI_API_BASE"], cfg["OPENAI_API_KEY"])
            )
        if cfg["ANTHROPIC_API_KEY"]:
            deployments.append(
                Deployment("anthropic", f"anthropic/{cfg['ANTHROPIC_MODEL']}", "", cfg["ANTHROPIC_API_KEY"])
            )
        return cls(tuple(deployments), float(cfg["LLM_TIMEOUT_SECONDS"]), str(cfg["LLM_CA_BUNDLE"]))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, env_file: Path | None = None) -> LLMSettings:
        return cls.from_config(config.load(environ, env_file))


# --------------------------------------------------------------------------------------- validation


class Invalid(ValueError):
    """An answer that does not fit its schema; the message names the field, never its value."""


@dataclass(frozen=True)
class Text:
    max_length: int = 300
    required: bool = False

    def check(self, value: Any, where: str) -> str | None:
        if value is None:
            if self.required:
                raise Invalid(f"{where} is missing")
            return None
        if not isinstance(value, str):
            raise Invalid(f"{where} is not a string")
        text = " ".join(value.split())
        if len(text) > self.max_length:
            raise Invalid(f"{where} is longer than {self.max_length} characters")
        if not text and self.required:
            raise Invalid(f"{where} is empty")
        return text or None


@dataclass(frozen=True)
class Choice:
    values: tuple[str, ...]
    required: bool = False

    def check(self, value: Any, where: str) -> str | None:
        if value is None:
            if self.required:
                raise Invalid(f"{where} is missing")
            return None
        if not isinstance(value, str) or value.strip().lower() not in self.values:
            raise Invalid(f"{where} is not one of {', '.join(self.values)}")
        return value.strip().lower()


@dataclass(frozen=True)
class Number:
    low: float = 0.0
    high: float = 1.0
    required: bool = False

    def check(self, value: Any, where: str) -> float | None:
        if value is None:
            if self.required:
                raise Invalid(f"{where} is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not self.low <= value <= self.high:
            raise Invalid(f"{where} is not a number from {self.low:g} to {self.high:g}")
        return float(value)


@dataclass(frozen=True)
class Flag:
    """A JSON boolean; absent or null is None (the key is optional)."""

    def check(self, value: Any, where: str) -> bool | None:
        if value is None:
            return None
        if not isinstance(value, bool):
            raise Invalid(f"{where} is not true or false")
        return value


@dataclass(frozen=True)
class ListOf:
    item: Any
    max_items: int = 10

    def check(self, value: Any, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise Invalid(f"{where} is not a list")
        if len(value) > self.max_items:
            raise Invalid(f"{where} has more than {self.max_items} items")
        return [self.item.check(v, f"{where}[{i}]") for i, v in enumerate(value)]


@dataclass(frozen=True)
class Obj:
    fields: Mapping[str, Any]

    def check(self, value: Any, where: str = "answer") -> dict[str, Any]:
        if not isinstance(value, dict):
            raise Invalid(f"{where} is not an object")
        # Unknown keys are dropped; every declared key is present in the result (None or [] when absent).
        return {name: spec.check(value.get(name), f"{where}.{name}") for name, spec in self.fields.items()}


def parse_json_answer(content: Any, schema: Obj) -> dict[str, Any]:
    """The model's message content as a validated object; a single Markdown code fence around the JSON
    (as some models write it) is allowed. Raises :class:`Invalid`."""
    if not isinstance(content, str) or not content.strip():
        raise Invalid("answer is empty")
    text = content.strip()
    if text.startswith("```") and text.endswith("```") and len(text) > 6:
        text = text[3:-3].strip()
        if text[:4].lower() == "json":
            text = text[4:]
    try:
        value = json.loads(text)
    except ValueError:
        raise Invalid("answer is not JSON") from None
    return schema.check(value)


PHONE_TYPES = ("mobile", "landline", "fax")

SIGNATURE_SCHEMA = Obj(
    {
        "name": Text(200),
        "title": Text(200),
        "company": Text(200),
        "phones": ListOf(Obj({"number": Text(40, required=True), "type": Choice(PHONE_TYPES)}), max_items=10),
        "email": Text(320),
        "website": Text(500),
        "linkedin": Text(500),
        "address": Text(500),
    }
)

INTENTS = (
    "interested",
    "meeting_request",
    "information_request",
    "quote_request",
    "not_interested",
    "not_now",
    "referral",
    "unsubscribe",
    "out_of_office",
    "other",
)

# For the intent classifier (issue 13): one of the 10 classes, the model's confidence, and what a class implies
# (relayed: an unsubscribe asked for the person written to, R8).
INTENT_SCHEMA = Obj(
    {
        "intent": Choice(INTENTS, required=True),
        "confidence": Number(0, 1),
        "date": Text(40),
        "referred": Text(320),
        "relayed": Flag(),
    }
)

SIGNATURE_PROMPT = (
    "You read the signature block of an email (French or English) and return one JSON object with exactly "
    'these keys: "name", "title", "company", "phones", "email", "website", "linkedin", "address". '
    'Each is a string or null, except "phones": a list of objects {"number": string as written, '
    '"type": "mobile" | "landline" | "fax"}. Use only what the text says; null when it does not say. '
    "Answer with the JSON object only."
)


# --------------------------------------------------------------------------------------- calls


@dataclass(frozen=True)
class LLMAnswer:
    fields: dict[str, Any]
    model: str
    cost_usd: float | None
    latency_ms: int
    cached: bool = False


_routers: dict[LLMSettings, Any] = {}
_routers_lock = threading.Lock()


def _router(settings: LLMSettings) -> Any:
    """The Router of these settings, built once per process (it keeps its HTTP clients)."""
    with _routers_lock:
        router = _routers.get(settings)
        if router is not None:
            return router
        import litellm
        from litellm import Router
        from litellm.types.router import RetryPolicy

        litellm.telemetry = False
        litellm.suppress_debug_info = True
        # litellm logs requests, message text included, below WARNING: never let those lines out.
        for name in ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "openai", "httpx", "httpcore"):
            logger = logging.getLogger(name)
            if logger.level == logging.NOTSET or logger.level < logging.WARNING:
                logger.setLevel(logging.WARNING)
        if settings.ca_bundle:
            litellm.ssl_verify = settings.ca_bundle
        model_list = []
        for d in settings.deployments:
            params: dict[str, Any] = {"model": d.model, "timeout": settings.timeout, "max_retries": 0}
            if d.api_base:
                params["api_base"] = d.api_base
            if d.api_key:
                params["api_key"] = d.api_key
            model_list.append({"model_name": d.name, "litellm_params": params})
        names = [d.name for d in settings.deployments]
        router = Router(
            model_list=model_list,
            fallbacks=[{names[0]: names[1:]}] if len(names) > 1 else [],
            timeout=settings.timeout,
            num_retries=1,
            retry_policy=RetryPolicy(
                TimeoutErrorRetries=0,
                RateLimitErrorRetries=1,
                InternalServerErrorRetries=1,
                ServiceUnavailableErrorRetries=1,
                AuthenticationErrorRetries=0,
                BadRequestErrorRetries=0,
                ContentPolicyViolationErrorRetries=0,
                NotFoundErrorRetries=0,
            ),
            # One deployment per provider: a provider that failed once is tried again on the next call.
            disable_cooldowns=True,
        )
        _routers[settings] = router
        return router


def _answering_model(response: Any, settings: LLMSettings) -> str:
    hidden = getattr(response, "_hidden_params", None) or {}
    configured = {d.model for d in settings.deployments}
    name = hidden.get("litellm_model_name")
    if name in configured:
        return str(name)
    served = str(getattr(response, "model", "") or "")
    for d in settings.deployments:
        if d.model.split("/", 1)[1] == served or d.model == served:
            return d.model
    return settings.deployments[0].model


def _cost(response: Any) -> float | None:
    hidden = getattr(response, "_hidden_params", None) or {}
    cost = hidden.get("response_cost")
    if isinstance(cost, int | float):
        return float(cost)
    try:
        import litellm

        return float(litellm.completion_cost(completion_response=response))
    except Exception:  # a model missing from the price table: the cost is unknown, not zero
        return None


def complete_json(
    conn: Conn,
    team_id: uuid.UUID | str,
    *,
    kind: str,
    instructions: str,
    text: str,
    schema: Obj,
    settings: LLMSettings | None = None,
    now: dt.datetime | None = None,
    subject_address: str | None = None,
) -> LLMAnswer | None:
    """Ask the configured models (in order, with fallbacks) for a JSON object about ``text`` following
    ``instructions``, validated against ``schema``; the team's cached answer when there is one. ``None``
    when no model is configured, every model failed, or the answer did not validate (logged, not cached)."""
    settings = settings if settings is not None else LLMSettings.from_env()
    if not settings.enabled:
        return None
    digest = cache.text_hash(text)
    models = [d.model for d in settings.deployments]
    hit = cache.lookup(conn, team_id, kind, digest, models, now)
    if hit is not None:
        model, result = hit
        try:
            return LLMAnswer(schema.check(result), model, 0.0, 0, cached=True)
        except Invalid as exc:  # an entry written under an older schema: ask again
            log.info("llm cache entry no longer valid kind=%s model=%s reason=%s", kind, model, exc)
    router = _router(settings)
    started = time.perf_counter()
    try:
        response = router.completion(
            model=settings.deployments[0].name,
            messages=[{"role": "system", "content": instructions}, {"role": "user", "content": text}],
            response_format={"type": "json_object"},
            temperature=0,
            drop_params=True,
        )
    except Exception as exc:  # every configured model failed: the rules' answer stands
        latency_ms = int((time.perf_counter() - started) * 1000)
        log.warning("llm call failed kind=%s models=%d error=%s", kind, len(models), type(exc).__name__)
        cache.record_call(conn, team_id, kind, models[0], "failed", None, latency_ms, now)
        return None
    latency_ms = int((time.perf_counter() - started) * 1000)
    model = _answering_model(response, settings)
    cost = _cost(response)
    try:
        content = response.choices[0].message.content
        fields = parse_json_answer(content, schema)
    except (Invalid, AttributeError, IndexError) as exc:
        reason = str(exc) if isinstance(exc, Invalid) else "answer has no message content"
        log.warning("llm answer rejected kind=%s model=%s reason=%s", kind, model, reason)
        cache.record_call(conn, team_id, kind, model, "invalid", cost, latency_ms, now)
        return None
    cache.store(conn, team_id, kind, digest, model, fields, cost, latency_ms, now, subject_address=subject_address)
    return LLMAnswer(fields, model, cost, latency_ms)


def extract_signature_fields(
    conn: Conn,
    text: str,
    *,
    team_id: uuid.UUID | str,
    lang: str | None = None,
    settings: LLMSettings | None = None,
    now: dt.datetime | None = None,
    subject_address: str | None = None,
) -> LLMAnswer | None:
    """The fields of a signature block read by a model, for a signature the rules left below their floor:
    ``{name, title, company, phones: [{number, type}], email, website, linkedin, address}``, validated.
    ``lang`` (``fr``, ``en``) is a hint given to the model; ``subject_address`` (the sender) lets an erasure
    find the cached answer. ``None`` when no model is configured or none gave a valid answer."""
    instructions = SIGNATURE_PROMPT
    if lang:
        instructions += f" The email is most likely in {'French' if lang == 'fr' else 'English'}."
    return complete_json(
        conn,
        team_id,
        kind="signature",
        instructions=instructions,
        text=text,
        schema=SIGNATURE_SCHEMA,
        settings=settings,
        now=now,
        subject_address=subject_address,
    )
