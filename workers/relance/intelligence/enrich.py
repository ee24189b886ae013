"""Web enrichment of an organisation, optional: SerpApi's Google search, its ``knowledge_graph`` block
(title, website, address, phone, ``profiles`` with LinkedIn), turned into facts with a confidence.

Off unless ``SERPAPI_API_KEY`` is set. The confidence says how surely the knowledge graph is about *this*
organisation: its title against the organisation's name (legal forms, accents, case and punctuation aside)
and its website against the organisation's domain (the strongest sign: a homonym has another domain). Only
facts at or above ``AUTOFILL_WEB_MIN_CONFIDENCE`` (0.70) are returned; the caller files them as suggestions.
Results (every fact, whatever its confidence, so a new threshold applies to cached ones) are cached 7 days
per team in ``private.ai_cache`` (kind ``web``). The key goes in the query string, as SerpApi wants it:
it is never logged (no URL is, and httpx's logger is kept quiet) nor stored, and errors never quote the URL.
"""

from __future__ import annotations

import datetime as dt
import difflib
import logging
import re
import time
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from relance import config
from relance.db import Conn
from relance.intelligence import cache

log = logging.getLogger("relance.intelligence.enrich")

KIND = "web"
MODEL = "serpapi/google"
SOURCE = "serpapi:knowledge_graph"
CACHE_DAYS = 7
TIMEOUT_SECONDS = 10.0

# How much each field is worth once the entity is matched: the website is what the match is judged on; a
# phone or an address shown by Google for the entity is nearly as sure; a LinkedIn profile link a bit less.
FIELD_WEIGHT = {"website": 1.0, "phone": 0.95, "address": 0.95, "linkedin": 0.9}

_LEGAL_FORMS = {
    "sa",
    "sas",
    "sasu",
    "sarl",
    "eurl",
    "sci",
    "snc",
    "scop",
    "selarl",
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "llc",
    "llp",
    "plc",
    "gmbh",
    "ag",
    "bv",
    "nv",
    "corp",
    "corporation",
    "co",
    "company",
    "group",
    "groupe",
}


class EnrichmentError(Exception):
    """The provider could not be used (refused key, error status, unreachable); the message says which,
    never the key or the URL."""


@dataclass(frozen=True)
class EnrichedFact:
    field: str
    value: str
    confidence: float
    source: str = SOURCE


@dataclass(frozen=True)
class EnrichSettings:
    api_key: str = field(default="", repr=False)
    base_url: str = "https://serpapi.com"
    ca_bundle: str = ""
    min_confidence: float = 0.70

    @property
    def enabled(self) -> bool:
        return bool(self.api_key)

    @classmethod
    def from_config(cls, cfg: config.Config) -> EnrichSettings:
        return cls(
            str(cfg["SERPAPI_API_KEY"]),
            str(cfg["SERPAPI_BASE_URL"]),
            str(cfg["SERPAPI_CA_BUNDLE"]),
            float(cfg["AUTOFILL_WEB_MIN_CONFIDENCE"]),
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, env_file: Path | None = None) -> EnrichSettings:
        return cls.from_config(config.load(environ, env_file))


# --------------------------------------------------------------------------------------- matching


def _plain(text: str) -> str:
    """Lower case, accents and punctuation gone, legal forms dropped: ``Dupont & Fils S.A.S.`` -> ``dupont fils``."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    ascii_text = re.sub(r"\b([a-z])\.(?=[a-z]\.)", r"\1", ascii_text).replace(".", "")  # S.A.S. -> sas
    words = re.findall(r"[a-z0-9]+", ascii_text)
    kept = [w for w in words if w not in _LEGAL_FORMS]
    return " ".join(kept or words)


def name_similarity(a: str, b: str) -> float:
    """1.0 for the same name, legal forms aside; at least 0.85 when one name's words all appear in the other."""
    pa, pb = _plain(a), _plain(b)
    if not pa or not pb:
        return 0.0
    if pa == pb:
        return 1.0
    ratio = difflib.SequenceMatcher(None, pa, pb).ratio()
    wa, wb = set(pa.split()), set(pb.split())
    if wa <= wb or wb <= wa:
        ratio = max(ratio, 0.85)
    return round(ratio, 4)


def _host(url_or_domain: str) -> str:
    text = url_or_domain.strip().lower()
    host = urlsplit(text if "//" in text else "//" + text).hostname or ""
    return host.removeprefix("www.")


def same_site(website: str, domain: str) -> bool:
    """The website is the domain or one of its subdomains (``www.``, ``fr.``), or the other way round."""
    a, b = _host(website), _host(domain)
    return bool(a and b) and (a == b or a.endswith("." + b) or b.endswith("." + a))


def entity_confidence(graph: Mapping[str, Any], name: str, domain: str | None) -> float:
    """How surely the knowledge graph is about the organisation ``name`` (``domain``)."""
    title = graph.get("title")
    score = name_similarity(name, title) if isinstance(title, str) and name else 0.0
    website = graph.get("website")
    if domain and isinstance(website, str) and website:
        # Half the name, half the website: the same name on another domain is a homonym (0.5 at most).
        score = 0.5 * score + 0.5 * (1.0 if same_site(website, domain) else 0.0)
    elif domain:
        score *= 0.8  # nothing to check the domain against
    else:
        score *= 0.85  # a name alone
    return round(score, 4)


def _linkedin(graph: Mapping[str, Any]) -> str | None:
    profiles = graph.get("profiles")
    if not isinstance(profiles, list):
        return None
    for profile in profiles:
        if not isinstance(profile, dict):
            continue
        link = profile.get("link")
        if isinstance(link, str) and _host(link).endswith("linkedin.com"):
            return link.strip()
    return None


def facts_from_knowledge_graph(graph: Mapping[str, Any], name: str, domain: str | None) -> list[EnrichedFact]:
    """Every fact the block gives (website, phone, address, LinkedIn), each with its confidence."""
    entity = entity_confidence(graph, name, domain)
    values: dict[str, str | None] = {
        "website": graph.get("website") if isinstance(graph.get("website"), str) else None,
        "phone": graph.get("phone") if isinstance(graph.get("phone"), str) else None,
        "address": graph.get("address") if isinstance(graph.get("address"), str) else None,
        "linkedin": _linkedin(graph),
    }
    facts = []
    for name_of_field, value in values.items():
        text = " ".join((value or "").split())
        if text and len(text) <= 500:
            facts.append(EnrichedFact(name_of_field, text, round(entity * FIELD_WEIGHT[name_of_field], 4)))
    return facts


# --------------------------------------------------------------------------------------- the provider


def _query(name: str, domain: str | None) -> str:
    return name.strip() or (domain or "").strip()


def _search(settings: EnrichSettings, q: str, client: httpx.Client | None) -> dict[str, Any]:
    own = client is None
    http = client or httpx.Client(
        verify=config.tls_context(settings.ca_bundle), timeout=TIMEOUT_SECONDS, trust_env=False
    )
    try:
        response = http.get(
            settings.base_url.rstrip("/") + "/search.json",
            params={"engine": "google", "q": q, "api_key": settings.api_key},
        )
    except httpx.HTTPError as exc:
        raise EnrichmentError(f"SerpApi is unreachable ({type(exc).__name__})") from None
    finally:
        if own:
            http.close()
    if response.status_code == 401:
        raise EnrichmentError("SerpApi refused the key (401): check SERPAPI_API_KEY")
    if response.status_code != 200:
        raise EnrichmentError(f"SerpApi answered {response.status_code}")
    try:
        body = response.json()
    except ValueError:
        raise EnrichmentError("SerpApi answered something that is not JSON") from None
    if not isinstance(body, dict):
        raise EnrichmentError("SerpApi answered something that is not a JSON object")
    return body


def enrich_organisation(
    conn: Conn,
    team_id: uuid.UUID | str,
    name: str,
    domain: str | None,
    *,
    settings: EnrichSettings | None = None,
    now: dt.datetime | None = None,
    client: httpx.Client | None = None,
) -> list[EnrichedFact]:
    """Facts about the organisation from the web, at or above the minimum confidence, best first; ``[]``
    when enrichment is off (no key) or the search shows no knowledge graph. The team's answer of the last
    7 days is reused without a request. Raises :class:`EnrichmentError` when the provider cannot be used."""
    settings = settings if settings is not None else EnrichSettings.from_env()
    q = _query(name, domain)
    if not settings.enabled or not q:
        return []
    now = now if now is not None else dt.datetime.now(dt.UTC)
    digest = cache.text_hash(f"{_plain(name)}|{_host(domain or '')}")
    hit = cache.lookup(conn, team_id, KIND, digest, [MODEL], now)
    if hit is not None:
        facts = [EnrichedFact(**f) for f in hit[1].get("facts", [])]
    else:
        started = time.perf_counter()
        try:
            body = _search(settings, q, client)
        except EnrichmentError as exc:
            latency_ms = int((time.perf_counter() - started) * 1000)
            log.warning("web enrichment failed provider=serpapi error=%s", exc)
            cache.record_call(conn, team_id, KIND, MODEL, "failed", None, latency_ms, now)
            raise
        latency_ms = int((time.perf_counter() - started) * 1000)
        graph = body.get("knowledge_graph")
        facts = facts_from_knowledge_graph(graph, name, domain) if isinstance(graph, dict) else []
        cache.store(
            conn,
            team_id,
            KIND,
            digest,
            MODEL,
            {"facts": [asdict(f) for f in facts]},
            None,
            latency_ms,
            now,
            ttl=dt.timedelta(days=CACHE_DAYS),
        )
    kept = [f for f in facts if f.confidence >= settings.min_confidence]
    return sorted(kept, key=lambda f: -f.confidence)
