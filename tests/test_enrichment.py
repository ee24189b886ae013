"""Web enrichment (issue 12, item 6): SerpApi's Google search knowledge graph, reached over HTTPS in the
sandbox, turned into facts with a confidence; off without a key, only facts at or above
AUTOFILL_WEB_MIN_CONFIDENCE returned, cached 7 days per team, a refused key a clear error that never shows
the key."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from functools import partial
from pathlib import Path
from typing import Any

import psycopg
import pytest

from relance import logsafe
from relance.intelligence import enrich
from relance.intelligence.enrich import EnrichedFact
from relance.sandbox import RunningSandbox
from tests.conftest import START

NO_ENV_FILE = Path("/nonexistent/.env")

DUPONT_GRAPH = {
    "title": "Cabinet Dupont SAS",
    "type": "Cabinet d'expertise comptable",
    "kgmid": "/g/11c0abcdef",
    "website": "https://www.cabinet-dupont.fr/",
    "address": "12 Rue de la Paix, 75002 Paris",
    "phone": "01 42 68 53 00",
    "profiles": [
        {"name": "Facebook", "link": "https://www.facebook.com/cabinetdupont"},
        {"name": "LinkedIn", "link": "https://www.linkedin.com/company/cabinet-dupont"},
    ],
}


def team(conn: psycopg.Connection[Any], name: str = "Cabinet") -> uuid.UUID:
    row = conn.execute("insert into public.teams (name) values (%s) returning id", (name,)).fetchone()
    assert row is not None
    return uuid.UUID(str(row[0]))


def settings(sandbox: RunningSandbox, key: str | None = None, **extra: str) -> enrich.EnrichSettings:
    env = {
        "SERPAPI_API_KEY": key if key is not None else sandbox.control.serp_api_key()["api_key"],
        "SERPAPI_BASE_URL": sandbox.url,
        "SERPAPI_CA_BUNDLE": str(sandbox.ca_path),
        **extra,
    }
    return enrich.EnrichSettings.from_env(env, NO_ENV_FILE)


def outcomes(conn: psycopg.Connection[Any]) -> list[str]:
    return [r[0] for r in conn.execute("select outcome from private.ai_calls order by id").fetchall()]


def test_enrichment_is_off_without_a_key(conn: psycopg.Connection[Any], sandbox: RunningSandbox) -> None:
    team_id = team(conn)
    sandbox.control.script_knowledge_graph("Cabinet Dupont", DUPONT_GRAPH)
    off = enrich.EnrichSettings.from_env({"SERPAPI_BASE_URL": sandbox.url}, NO_ENV_FILE)
    assert not off.enabled
    assert enrich.enrich_organisation(conn, team_id, "Cabinet Dupont", "cabinet-dupont.fr", settings=off) == []
    assert sandbox.control.serp_requests() == []
    assert outcomes(conn) == []
    assert enrich.EnrichSettings.from_env({}, NO_ENV_FILE).min_confidence == 0.70


def test_a_knowledge_graph_becomes_facts_with_their_confidence(
    conn: psycopg.Connection[Any], sandbox: RunningSandbox
) -> None:
    team_id = team(conn)
    sandbox.control.script_knowledge_graph("Cabinet Dupont", DUPONT_GRAPH)
    facts = enrich.enrich_organisation(
        conn, team_id, "Cabinet Dupont", "cabinet-dupont.fr", settings=settings(sandbox), now=START
    )
    # Same name (legal form aside) and same site: the entity is certain; each field weighs what it is worth.
    assert facts == [
        EnrichedFact("website", "https://www.cabinet-dupont.fr/", 1.0, "serpapi:knowledge_graph"),
        EnrichedFact("phone", "01 42 68 53 00", 0.95, "serpapi:knowledge_graph"),
        EnrichedFact("address", "12 Rue de la Paix, 75002 Paris", 0.95, "serpapi:knowledge_graph"),
        EnrichedFact("linkedin", "https://www.linkedin.com/company/cabinet-dupont", 0.9, "serpapi:knowledge_graph"),
    ]
    assert sandbox.control.serp_requests() == [{"engine": "google", "q": "Cabinet Dupont"}]
    assert outcomes(conn) == ["answered"]


def test_a_homonym_on_another_domain_is_dropped_below_the_threshold(
    conn: psycopg.Connection[Any], sandbox: RunningSandbox
) -> None:
    team_id = team(conn)
    homonym = dict(DUPONT_GRAPH, website="https://www.dupont-immobilier.com/")
    sandbox.control.script_knowledge_graph("Cabinet Dupont", homonym)
    strict = settings(sandbox)
    assert (
        enrich.enrich_organisation(conn, team_id, "Cabinet Dupont", "cabinet-dupont.fr", settings=strict, now=START)
        == []
    )

    # Every fact was kept in the cache with its (low) confidence: a lower threshold shows them, no new request.
    lenient = settings(sandbox, AUTOFILL_WEB_MIN_CONFIDENCE="0.4")
    facts = enrich.enrich_organisation(
        conn, team_id, "Cabinet Dupont", "cabinet-dupont.fr", settings=lenient, now=START
    )
    assert {f.field: f.confidence for f in facts} == {
        "website": 0.5,
        "phone": 0.475,
        "address": 0.475,
        "linkedin": 0.45,
    }
    assert len(sandbox.control.serp_requests()) == 1


def test_a_name_alone_is_proposed_when_it_matches(conn: psycopg.Connection[Any], sandbox: RunningSandbox) -> None:
    team_id = team(conn)
    sandbox.control.script_knowledge_graph("Dupont Conseil", dict(DUPONT_GRAPH, title="DUPONT CONSEIL S.A.S."))
    sandbox.control.script_knowledge_graph("Martin Avocats", dict(DUPONT_GRAPH, title="Bernard Notaires"))
    config = settings(sandbox)
    facts = enrich.enrich_organisation(conn, team_id, "Dupont Conseil", None, settings=config, now=START)
    assert [(f.field, f.confidence) for f in facts] == [
        ("website", 0.85),
        ("phone", 0.8075),
        ("address", 0.8075),
        ("linkedin", 0.765),
    ]
    assert enrich.enrich_organisation(conn, team_id, "Martin Avocats", None, settings=config, now=START) == []


def test_results_are_cached_seven_days_per_team(conn: psycopg.Connection[Any], sandbox: RunningSandbox) -> None:
    first_team, second_team = team(conn, "A"), team(conn, "B")
    sandbox.control.script_knowledge_graph("Cabinet Dupont", DUPONT_GRAPH)
    config = settings(sandbox)

    def ask(team_id: uuid.UUID, at: dt.datetime) -> list[EnrichedFact]:
        return enrich.enrich_organisation(conn, team_id, "Cabinet Dupont", "cabinet-dupont.fr", settings=config, now=at)

    fresh = ask(first_team, START)
    assert len(fresh) == 4
    assert ask(first_team, START + dt.timedelta(days=7) - dt.timedelta(seconds=1)) == fresh
    assert len(sandbox.control.serp_requests()) == 1
    assert ask(second_team, START) == fresh  # another team's cache is its own
    assert len(sandbox.control.serp_requests()) == 2
    assert ask(first_team, START + dt.timedelta(days=7)) == fresh  # 7 days on: asked again
    assert len(sandbox.control.serp_requests()) == 3
    assert outcomes(conn) == ["answered", "hit", "answered", "answered"]

    # No knowledge graph is an answer too: cached, not asked again the same week.
    assert enrich.enrich_organisation(conn, first_team, "Inconnu SARL", "inconnu.fr", settings=config, now=START) == []
    assert enrich.enrich_organisation(conn, first_team, "Inconnu SARL", "inconnu.fr", settings=config, now=START) == []
    assert len(sandbox.control.serp_requests()) == 4

    conn.execute("delete from public.teams where id = %s", (first_team,))
    left = conn.execute("select distinct team_id from private.ai_cache union select team_id from private.ai_calls")
    assert left.fetchall() == [(second_team,)]


def test_a_refused_key_is_a_clear_error_that_never_shows_the_key(
    conn: psycopg.Connection[Any], sandbox: RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    team_id = team(conn)
    sandbox.control.script_knowledge_graph("Cabinet Dupont", DUPONT_GRAPH)
    wrong = settings(sandbox, key="wrong-serpapi-key-0123456789")
    assert "wrong-serpapi-key" not in repr(wrong)
    logsafe.install()
    with caplog.at_level(logging.DEBUG), pytest.raises(enrich.EnrichmentError) as err:
        enrich.enrich_organisation(conn, team_id, "Cabinet Dupont", "cabinet-dupont.fr", settings=wrong, now=START)
    assert str(err.value) == "SerpApi refused the key (401): check SERPAPI_API_KEY"
    assert "web enrichment failed provider=serpapi" in caplog.text
    assert "wrong-serpapi-key" not in caplog.text
    assert outcomes(conn) == ["failed"]
    assert conn.execute("select count(*) from private.ai_cache").fetchone() == (0,)
    # Were a URL with the key ever logged, the redaction would take the key out.
    assert "0123456789" not in logsafe.redact(f"GET {sandbox.url}/search.json?engine=google&api_key=wrong-0123456789")


def test_an_unreachable_provider_is_a_clear_error(conn: psycopg.Connection[Any], sandbox: RunningSandbox) -> None:
    team_id = team(conn)
    config = enrich.EnrichSettings.from_env(
        {"SERPAPI_API_KEY": "k", "SERPAPI_BASE_URL": "https://127.0.0.1:9", "SERPAPI_CA_BUNDLE": str(sandbox.ca_path)},
        NO_ENV_FILE,
    )
    with pytest.raises(enrich.EnrichmentError, match=r"^SerpApi is unreachable \(ConnectError\)$"):
        enrich.enrich_organisation(conn, team_id, "Cabinet Dupont", None, settings=config, now=START)


@pytest.mark.parametrize(
    ("a", "b", "score"),
    [
        ("Cabinet Dupont", "CABINET DUPONT SAS", 1.0),
        ("Société Générale", "Societe Generale S.A.", 1.0),
        ("Dupont", "Cabinet Dupont", 0.85),
        ("Acme Ltd", "Acme Inc.", 1.0),
    ],
)
def test_names_match_whatever_their_legal_form_case_and_accents(a: str, b: str, score: float) -> None:
    assert enrich.name_similarity(a, b) == score


def test_unrelated_names_do_not_match() -> None:
    assert enrich.name_similarity("Martin Avocats", "Bernard Notaires") < 0.5
    assert enrich.same_site("https://www.cabinet-dupont.fr/contact", "cabinet-dupont.fr")
    assert not enrich.same_site("https://cabinet-dupont.fr.evil.com/", "cabinet-dupont.fr")


def test_the_intelligence_worker_proposes_what_the_web_says_about_a_new_organisation_once_a_week(
    conn: psycopg.Connection[Any], sandbox: RunningSandbox, db_url: str
) -> None:
    """A team with web enrichment on: the first reply from an organisation looks it up; what the knowledge graph
    says waits as suggestions (a person confirms what the web says); the next reply within 7 days asks nothing."""
    from relance.intelligence.autofill import IntelligenceWorker
    from tests.story import inbound, ingest, make_team_with_mailbox, worker_connection

    box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
    conn.execute("select public.set_intelligence_settings(%s, p_web_enrichment_enabled => true)", (box.team_id,))
    sandbox.control.script_knowledge_graph("Cabinet Dupont", DUPONT_GRAPH)
    signature = "Merci.\n\nBien cordialement,\n\nJean Dupont\nAssocié\nCabinet Dupont\nTél. : 01 42 68 53 00"
    for minutes in (0, 60):
        at = START + dt.timedelta(minutes=minutes)
        message = inbound(box, "jean@cabinet-dupont.fr", received_at=at, body_text=signature)
        ingest(conn, box.mailbox_id, message, at)
        conn.execute("select worker.run_autofill(%s)", (at,))
        with worker_connection(db_url) as wconn:
            worker = IntelligenceWorker(wconn, now_fn=partial(lambda t: t, at), enrich_settings=settings(sandbox))
            assert worker.run_once() == 1
    assert sandbox.control.serp_requests() == [{"engine": "google", "q": "Cabinet Dupont"}]
    facts = conn.execute(
        "select field, value, status::text from public.organisation_facts where source = 'enrichment' order by field"
    ).fetchall()
    assert facts == [
        ("linkedin", "https://www.linkedin.com/company/cabinet-dupont", "suggested"),
        ("phone", "01 42 68 53 00", "suggested"),
        ("postal_address", "12 Rue de la Paix, 75002 Paris", "suggested"),
        ("website", "https://www.cabinet-dupont.fr/", "suggested"),
    ]
    assert conn.execute("select enriched_at from public.organisations").fetchone() == (START,)


def test_a_team_without_web_enrichment_never_reaches_the_provider(
    conn: psycopg.Connection[Any], sandbox: RunningSandbox, db_url: str
) -> None:
    from relance.intelligence.autofill import IntelligenceWorker
    from tests.story import inbound, ingest, make_team_with_mailbox, worker_connection

    box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
    signature = "Merci.\n\nCordialement,\n\nJean Dupont\nCabinet Dupont"
    ingest(conn, box.mailbox_id, inbound(box, "jean@cabinet-dupont.fr", received_at=START, body_text=signature), START)
    conn.execute("select worker.run_autofill(%s)", (START,))
    with worker_connection(db_url) as wconn:
        assert IntelligenceWorker(wconn, now_fn=lambda: START, enrich_settings=settings(sandbox)).run_once() == 1
    assert sandbox.control.serp_requests() == []
