"""Configuration from the environment (and an optional `.env` file), validated once.

Every variable Relance reads is declared in `VARIABLES`, with its parser and default; `.env.example`
documents the same list (a test keeps the two in step). A missing or malformed value raises
`ConfigError` whose message is one line naming the variable; the CLI prints it without a traceback.
"""

from __future__ import annotations

import os
import re
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dotenv import dotenv_values

from relance.keys import InvalidKey, decode_key, opening_keys, split_keys

REPO_ROOT = Path(__file__).resolve().parents[2]
LOCAL_DB_URL = "postgresql://postgres:postgres@127.0.0.1:54322/postgres"


def tls_context(ca_file: str | bool = True) -> ssl.SSLContext:
    """What an HTTPS client trusts: the system's CAs (True or ""), or one CA file (a `*_CA_BUNDLE` variable: the
    sandbox's, or a corporate proxy's). Never no verification. httpx takes the context itself (a path as
    `verify=` is deprecated since httpx 0.28)."""
    return ssl.create_default_context(cafile=ca_file if isinstance(ca_file, str) and ca_file else None)


class ConfigError(Exception):
    """A configuration value is missing or malformed; the message names the variable."""


def _int_range(lo: int, hi: int) -> Callable[[str], int]:
    def parse(raw: str) -> int:
        try:
            value = int(raw.strip())
        except ValueError:
            raise ValueError(f"must be a whole number from {lo} to {hi}") from None
        if not lo <= value <= hi:
            raise ValueError(f"must be a whole number from {lo} to {hi}")
        return value

    return parse


def _float_range(lo: float, hi: float) -> Callable[[str], float]:
    def parse(raw: str) -> float:
        try:
            value = float(raw.strip())
        except ValueError:
            raise ValueError(f"must be a number from {lo:g} to {hi:g}") from None
        if not lo <= value <= hi:
            raise ValueError(f"must be a number from {lo:g} to {hi:g}")
        return value

    return parse


_HOUR = re.compile(r"^(\d{1,2})(?::(\d{2}))?$")


def _hour_of_day(raw: str) -> str:
    """`7`, `07`, `7:30` or `07:30` -> `07:30`-style text that Postgres reads as a `time`."""
    match = _HOUR.match(raw.strip())
    if not match:
        raise ValueError("must be an hour of the day such as 7, 07:00 or 18:30")
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        raise ValueError("must be an hour of the day such as 7, 07:00 or 18:30")
    return f"{hours:02d}:{minutes:02d}"


def _postgres_url(raw: str) -> str:
    parts = urlsplit(raw.strip())
    if parts.scheme not in ("postgres", "postgresql") or not parts.hostname:
        raise ValueError("must be a postgresql://user:password@host:port/database URL")
    return raw.strip()


def _optional_postgres_url(raw: str) -> str:
    return _postgres_url(raw) if raw.strip() else ""


def _https_or_http_url(raw: str) -> str:
    parts = urlsplit(raw.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("must be an http(s):// URL")
    return raw.strip().rstrip("/")


def _optional_url(raw: str) -> str:
    return _https_or_http_url(raw) if raw.strip() else ""


def _text(raw: str) -> str:
    return raw.strip()


def _switch(raw: str) -> bool:
    value = raw.strip().lower()
    if value not in ("on", "off", "true", "false", "yes", "no", "1", "0", ""):
        raise ValueError("must be on or off")
    return value in ("on", "true", "yes", "1")


def _log_level(raw: str) -> str:
    level = raw.strip().upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR")
    return level


def _secret_key(raw: str) -> str:
    """Empty (locally: a key generated into .relance/), or 32 random bytes in base64 or hex."""
    value = raw.strip()
    if value:
        decode_key(value)
    return value


def _old_secret_keys(raw: str) -> tuple[str, ...]:
    keys = split_keys(raw)
    for text in keys:
        opening_keys(text)
    return keys


@dataclass(frozen=True)
class Variable:
    name: str
    parse: Callable[[str], Any]
    default: str | None
    help: str
    secret: bool = False


VARIABLES: tuple[Variable, ...] = (
    Variable("SUPABASE_DB_URL", _postgres_url, LOCAL_DB_URL, "Postgres URL of the app database"),
    Variable(
        "RELANCE_WORKER_DB_URL",
        _optional_postgres_url,
        "",
        "Postgres URL the workers use, e.g. the transaction pooler; empty = SUPABASE_DB_URL",
    ),
    Variable("FOLLOWUP_MAX_COUNT", _int_range(1, 10), "3", "follow-ups per tracked email (team default)"),
    Variable("FOLLOWUP_INTERVAL_HOURS", _float_range(0.25, 240), "4", "working hours between follow-ups"),
    Variable("WORKING_HOURS_START", _hour_of_day, "07:00", "start of the working day (team default)"),
    Variable("WORKING_HOURS_END", _hour_of_day, "18:00", "end of the working day (team default)"),
    Variable("RELANCE_LOG_LEVEL", _log_level, "INFO", "log level of the workers and CLI"),
    Variable("GRAPH_TENANT_ID", _text, "", "Entra ID tenant of the app registration"),
    Variable("GRAPH_CLIENT_ID", _text, "", "application (client) id"),
    Variable("GRAPH_CLIENT_SECRET", _text, "", "client secret", secret=True),
    Variable(
        "GRAPH_AUTHORITY_HOST",
        _https_or_http_url,
        "https://login.microsoftonline.com",
        "Entra ID authority host",
    ),
    Variable("GRAPH_API_URL", _https_or_http_url, "https://graph.microsoft.com", "Graph base URL"),
    Variable("GRAPH_WEBHOOK_URL", _text, "", "public URL of the graph-webhook edge function"),
    Variable(
        "GRAPH_CA_BUNDLE", _text, "", "CA file to trust for Graph and its identity platform; empty = the system's"
    ),
    Variable("GOOGLE_CLIENT_ID", _text, "", "OAuth client id (Google Cloud)"),
    Variable("GOOGLE_CLIENT_SECRET", _text, "", "OAuth client secret", secret=True),
    Variable("GOOGLE_PUBSUB_TOPIC", _text, "", "projects/<project>/topics/<topic> for users.watch"),
    Variable("GMAIL_PUSH_AUDIENCE", _text, "", "gmail-push: audience of the Pub/Sub OIDC token"),
    Variable("GMAIL_PUSH_SERVICE_ACCOUNT", _text, "", "gmail-push: service account the OIDC token must name"),
    Variable(
        "GOOGLE_OIDC_JWKS_URL",
        _https_or_http_url,
        "https://www.googleapis.com/oauth2/v3/certs",
        "gmail-push: keys that sign Pub/Sub OIDC tokens",
    ),
    Variable("GMAIL_API_URL", _https_or_http_url, "https://gmail.googleapis.com", "Gmail API base URL"),
    Variable("GOOGLE_TOKEN_URI", _https_or_http_url, "https://oauth2.googleapis.com/token", "OAuth token URL"),
    Variable(
        "GOOGLE_CA_BUNDLE", _text, "", "CA file to trust for the Gmail API and Google's token URL; empty = the system's"
    ),
    Variable("OLLAMA_API_BASE", _optional_url, "", "local Ollama server (first LLM tried); empty = not used"),
    Variable("OLLAMA_MODEL", _text, "llama3.2", "Ollama model name"),
    Variable("MISTRAL_API_KEY", _text, "", "key for Mistral (second LLM tried); empty = not used", secret=True),
    Variable("MISTRAL_MODEL", _text, "mistral-small-latest", "Mistral model name"),
    Variable("MISTRAL_API_BASE", _optional_url, "", "Mistral API base URL; empty = Mistral's own"),
    Variable("OPENAI_API_KEY", _text, "", "key for OpenAI (third LLM tried); empty = not used", secret=True),
    Variable("OPENAI_MODEL", _text, "gpt-4o-mini", "OpenAI model name"),
    Variable("OPENAI_API_BASE", _optional_url, "", "OpenAI-compatible base URL; empty = OpenAI's own"),
    Variable("ANTHROPIC_API_KEY", _text, "", "key for Anthropic (last LLM tried); empty = not used", secret=True),
    Variable("ANTHROPIC_MODEL", _text, "claude-3-5-haiku-latest", "Anthropic model name"),
    Variable("LLM_TIMEOUT_SECONDS", _float_range(0.1, 60), "5", "timeout of one LLM call, per model tried"),
    Variable("LLM_CA_BUNDLE", _text, "", "CA file to trust for the LLM endpoints; empty = the system's"),
    Variable(
        "RELANCE_INTENT_TRAINING",
        _text,
        "",
        "labelled replies the learnt intent model trains on (a file like eval/intents/cases.json), or off; empty ="
        " eval/intents/cases.json",
    ),
    Variable("SERPAPI_API_KEY", _text, "", "SerpApi key for web enrichment; empty = enrichment off", secret=True),
    Variable("SERPAPI_BASE_URL", _https_or_http_url, "https://serpapi.com", "SerpApi base URL"),
    Variable("SERPAPI_CA_BUNDLE", _text, "", "CA file to trust for SERPAPI_BASE_URL; empty = the system's"),
    Variable("AUTOFILL_WEB_MIN_CONFIDENCE", _float_range(0, 1), "0.70", "web enrichment: least confidence proposed"),
    Variable(
        "RELANCE_WEBHOOKS_ALLOW_PRIVATE",
        _switch,
        "off",
        "on: outgoing webhooks may reach private and local addresses over http (local development only, never"
        " production)",
    ),
    Variable(
        "RELANCE_SECRET_KEY",
        _secret_key,
        "",
        "key that encrypts provider credentials at rest: 32 random bytes, base64 or hex (empty locally: one is"
        " generated)",
        secret=True,
    ),
    Variable(
        "RELANCE_OLD_SECRET_KEYS",
        _old_secret_keys,
        "",
        "keys that only open credentials sealed before a rotation, comma-separated (relance rotate-key)",
        secret=True,
    ),
)


@dataclass(frozen=True)
class Config:
    values: Mapping[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    @property
    def db_url(self) -> str:
        return str(self.values["SUPABASE_DB_URL"])

    @property
    def worker_db_url(self) -> str:
        """Where ``relance worker``, ``connect`` and ``sync`` connect: the pooler when one is set."""
        return str(self.values.get("RELANCE_WORKER_DB_URL") or self.db_url)


def load(
    environ: Mapping[str, str] | None = None,
    env_file: Path | None = None,
    variables: tuple[Variable, ...] = VARIABLES,
) -> Config:
    """Read every variable: the process environment wins over `.env`, which wins over defaults."""
    source: dict[str, str] = {}
    path = env_file if env_file is not None else REPO_ROOT / ".env"
    if path.is_file():
        source.update({k: v for k, v in dotenv_values(path).items() if v is not None})
    source.update(os.environ if environ is None else environ)
    values: dict[str, Any] = {}
    for var in variables:
        raw = source.get(var.name)
        if raw is None or raw == "":
            if var.default is None:
                raise ConfigError(f"{var.name} is not set: {var.help}")
            raw = var.default
        try:
            values[var.name] = var.parse(raw)
        except ValueError as exc:
            if isinstance(exc, InvalidKey):  # says how to make a key, never quotes one
                raise ConfigError(f"{var.name} {exc}") from None
            if var.secret:  # a parser's own message may quote the value: say nothing of it
                raise ConfigError(f"{var.name} is not valid (value hidden)") from None
            raise ConfigError(f"{var.name} {exc} (got {raw!r})") from None
    return Config(values)
