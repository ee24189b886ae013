"""The LLM fallback (issue 12, item 5): litellm's Router against the sandbox's OpenAI-compatible
chat-completions API over real HTTPS: validated JSON, cost and latency recorded, the per-team Postgres
cache, fallbacks in the original order on timeouts, rate limits and errors, and nothing at all (no import,
no network) when no model is configured.

Two sandbox-backed models stand in for two providers: "mistral" (litellm's Mistral provider, at
``<sandbox>/mistral/v1``) and "openai" (at ``<sandbox>/v1``); the sandbox tells them apart by the model
name each sends.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from relance.config import REPO_ROOT
from relance.intelligence import llm
from relance.sandbox import RunningSandbox, serve
from relance.sandbox.world import Clock
from tests.conftest import START

MISTRAL = "mistral-small-latest"
OPENAI = "gpt-4o-mini"
NO_ENV_FILE = Path("/nonexistent/.env")

SIGNATURE = """Bien cordialement,

Claire Martin
Directrice associée — Cabinet Martin & Associés
Tél. : +33 1 42 68 53 00 | Port. : +33 6 12 34 56 78
12, rue de la Paix – 75002 Paris
www.cabinet-martin.fr"""

GOOD: dict[str, Any] = {
    "name": "Claire Martin",
    "title": "Directrice associée",
    "company": "Cabinet Martin & Associés",
    "phones": [{"number": "+33 1 42 68 53 00", "type": "landline"}, {"number": "+33 6 12 34 56 78", "type": "mobile"}],
    "email": None,
    "website": "www.cabinet-martin.fr",
    "linkedin": None,
    "address": "12, rue de la Paix – 75002 Paris",
}


def team(conn: psycopg.Connection[Any], name: str = "Cabinet") -> uuid.UUID:
    row = conn.execute("insert into public.teams (name) values (%s) returning id", (name,)).fetchone()
    assert row is not None
    return uuid.UUID(str(row[0]))


def settings(sandbox: RunningSandbox, *providers: str, timeout: float = 2.0) -> llm.LLMSettings:
    env = {"LLM_TIMEOUT_SECONDS": str(timeout), "LLM_CA_BUNDLE": str(sandbox.ca_path)}
    if "mistral" in providers:
        env |= {"MISTRAL_API_KEY": "sk-mistral-test", "MISTRAL_API_BASE": f"{sandbox.url}/mistral/v1"}
    if "openai" in providers:
        env |= {"OPENAI_API_KEY": "sk-openai-test", "OPENAI_API_BASE": f"{sandbox.url}/v1"}
    return llm.LLMSettings.from_env(env, NO_ENV_FILE)


def calls(conn: psycopg.Connection[Any]) -> list[tuple[str, str, str, bool, bool]]:
    """(kind, model, outcome, has a cost, has a latency) of every logged use, in order."""
    rows = conn.execute(
        "select kind, model, outcome, cost_usd is not null, latency_ms is not null from private.ai_calls order by id"
    ).fetchall()
    return [tuple(r) for r in rows]


def requested_models(sandbox: RunningSandbox) -> list[str]:
    return [r["model"] for r in sandbox.control.chat_requests()]


@pytest.fixture(scope="module")
def llm_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    """One sandbox for the module. Not one per test: litellm keeps its HTTP clients (and their TLS trust) for
    the whole process, as a worker does with its one CA, so a new sandbox CA per test would not be trusted."""
    with serve("127.0.0.1", 0, tmp_path_factory.mktemp("llm-sandbox"), Clock(START)) as running:
        yield running


@pytest.fixture
def sandbox(llm_sandbox: RunningSandbox) -> RunningSandbox:
    llm_sandbox.control.reset_chat()
    return llm_sandbox


@pytest.fixture
def db(conn: psycopg.Connection[Any]) -> psycopg.Connection[Any]:
    return conn


def test_nothing_configured_answers_none_without_importing_litellm_or_any_network(db_url: str) -> None:
    """A fresh process with no model configured: None, litellm never imported, no socket opened after the
    database connection, nothing logged in the database."""
    script = textwrap.dedent(
        f"""
        import sys, uuid
        import psycopg
        from relance.intelligence import llm
        conn = psycopg.connect({db_url!r}, autocommit=True)
        team_id = conn.execute("insert into public.teams (name) values ('T') returning id").fetchone()[0]
        opened = []
        sys.addaudithook(lambda event, args: opened.append(event) if event.startswith("socket.") else None)
        answer = llm.extract_signature_fields(conn, "Claire Martin\\nTél. 01 42 68 53 00", team_id=team_id, lang="fr")
        assert answer is None, answer
        assert "litellm" not in sys.modules
        assert opened == [], opened
        print("ok", conn.execute("select count(*) from private.ai_calls").fetchone()[0])
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_API_BASE"))}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT / "workers"), str(REPO_ROOT)])
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split() == ["ok", "0"]


def test_models_are_tried_in_the_original_order_each_only_when_configured() -> None:
    everything = {
        "ANTHROPIC_API_KEY": "a",
        "OPENAI_API_KEY": "o",
        "MISTRAL_API_KEY": "m",
        "OLLAMA_API_BASE": "http://127.0.0.1:11434",
    }
    full = llm.LLMSettings.from_env(everything, NO_ENV_FILE)
    assert [d.name for d in full.deployments] == ["ollama", "mistral", "openai", "anthropic"]
    assert [d.model for d in full.deployments] == [
        "ollama_chat/llama3.2",
        "mistral/mistral-small-latest",
        "openai/gpt-4o-mini",
        "anthropic/claude-3-5-haiku-latest",
    ]
    assert full.timeout == 5.0
    some = llm.LLMSettings.from_env({"ANTHROPIC_API_KEY": "a", "MISTRAL_API_KEY": "m"}, NO_ENV_FILE)
    assert [d.name for d in some.deployments] == ["mistral", "anthropic"]
    assert not llm.LLMSettings.from_env({}, NO_ENV_FILE).enabled
    # A key is never part of what a settings object shows.
    assert "sk-" not in repr(llm.LLMSettings.from_env({"OPENAI_API_KEY": "sk-secret"}, NO_ENV_FILE))


def test_a_good_answer_is_validated_costed_and_the_second_ask_is_a_cache_hit(
    db: psycopg.Connection[Any], sandbox: RunningSandbox
) -> None:
    team_id = team(db)
    answer_json: dict[str, Any] = dict(GOOD, favourite_colour="blue")  # an unknown key: dropped
    answer_json["phones"] = [{**p, "extension": None} for p in GOOD["phones"]]  # unknown nested key: dropped
    sandbox.control.script_chat([{"content": json.dumps(answer_json, ensure_ascii=False)}], model=OPENAI)
    config = settings(sandbox, "openai")

    first = llm.extract_signature_fields(db, SIGNATURE, team_id=team_id, lang="fr", settings=config, now=START)
    assert first is not None
    assert first.fields == GOOD
    assert (first.model, first.cached) == ("openai/gpt-4o-mini", False)
    assert first.cost_usd is not None and first.cost_usd > 0  # from litellm's price table and the usage block
    assert first.latency_ms >= 0

    request = sandbox.control.chat_requests()[0]
    assert request["path"] == "/v1/chat/completions" and request["authorized"]
    assert request["response_format"] == {"type": "json_object"}
    assert request["messages"][0]["role"] == "system" and "French" in request["messages"][0]["content"]
    assert request["messages"][1] == {"role": "user", "content": SIGNATURE}

    # The same signature, laid out with other spaces and line breaks: the same entry, no request.
    second = llm.extract_signature_fields(
        db, "  " + SIGNATURE.replace("\n", "\n\n") + "  ", team_id=team_id, settings=config, now=START
    )
    assert second is not None and second.cached
    assert (second.fields, second.model) == (GOOD, "openai/gpt-4o-mini")
    assert len(sandbox.control.chat_requests()) == 1

    row = db.execute("select text_hash, result, hits, cost_usd, latency_ms from private.ai_cache").fetchone()
    assert row is not None
    normalised = " ".join(SIGNATURE.split())
    assert bytes(row[0]) == hashlib.sha256(normalised.encode()).digest()  # the hash, never the text
    assert (row[1], row[2]) == (GOOD, 1)
    assert float(row[3]) == pytest.approx(first.cost_usd) and row[4] == first.latency_ms
    assert calls(db) == [
        ("signature", "openai/gpt-4o-mini", "answered", True, True),
        ("signature", "openai/gpt-4o-mini", "hit", True, True),
    ]
    usage = db.execute(
        "select day, kind, calls, hits, invalid, failed, cost_usd > 0 from worker.ai_usage_daily(%s, %s, %s)",
        (team_id, START.date(), START.date()),
    ).fetchall()
    assert usage == [(START.date(), "signature", 1, 1, 0, 0, True)]


def test_a_timeout_falls_back_to_the_next_model_at_once(db: psycopg.Connection[Any], sandbox: RunningSandbox) -> None:
    team_id = team(db)
    # Mistral never answers within the timeout (the sandbox holds the request until the test ends).
    sandbox.control.script_chat([{"content": json.dumps(GOOD), "delay": 60}], model=MISTRAL)
    sandbox.control.script_chat([{"content": json.dumps(GOOD)}], model=OPENAI)
    config = settings(sandbox, "mistral", "openai", timeout=2.0)

    answer = llm.extract_signature_fields(db, SIGNATURE, team_id=team_id, settings=config, now=START)
    assert answer is not None
    assert (answer.fields, answer.model) == (GOOD, "openai/gpt-4o-mini")
    # A timeout is not retried on the same model: one request each, Mistral first.
    assert requested_models(sandbox) == [MISTRAL, OPENAI]
    paths = [r["path"] for r in sandbox.control.chat_requests()]
    assert paths == ["/mistral/v1/chat/completions", "/v1/chat/completions"]

    # The cached answer is found whichever model gave it.
    again = llm.extract_signature_fields(db, SIGNATURE, team_id=team_id, settings=config, now=START)
    assert again is not None and again.cached and again.model == "openai/gpt-4o-mini"
    assert len(sandbox.control.chat_requests()) == 2


def test_a_rate_limit_is_retried_once_then_falls_back(db: psycopg.Connection[Any], sandbox: RunningSandbox) -> None:
    team_id = team(db)
    config = settings(sandbox, "mistral", "openai")
    mistral_answer = dict(GOOD, name="Claire Martin (Mistral)")

    # One 429 with Retry-After: the same model is asked again and answers.
    sandbox.control.script_chat(
        [{"status": 429, "retry_after": 1}, {"content": json.dumps(mistral_answer)}], model=MISTRAL
    )
    first = llm.extract_signature_fields(db, SIGNATURE, team_id=team_id, settings=config, now=START)
    assert first is not None and first.model == "mistral/mistral-small-latest"
    assert first.fields["name"] == "Claire Martin (Mistral)"
    assert requested_models(sandbox) == [MISTRAL, MISTRAL]

    # Still limited after the retry: the next model answers.
    sandbox.control.script_chat([{"status": 429, "retry_after": 1}, {"status": 429, "retry_after": 1}], model=MISTRAL)
    sandbox.control.script_chat([{"content": json.dumps(GOOD)}], model=OPENAI)
    other = "Jean Dupont\nAvocat associé\nDupont Avocats\n+33 4 78 00 00 00"
    second = llm.extract_signature_fields(db, other, team_id=team_id, settings=config, now=START)
    assert second is not None and second.model == "openai/gpt-4o-mini"
    assert requested_models(sandbox)[2:] == [MISTRAL, MISTRAL, OPENAI]


def test_every_model_failing_leaves_none_and_is_logged_without_the_key(
    db: psycopg.Connection[Any], sandbox: RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    team_id = team(db)
    sandbox.control.script_chat([{"status": 500}, {"status": 500}], model=MISTRAL)
    sandbox.control.chat_keys(["sk-some-other-key"])  # OpenAI refuses our key: 401, not retried
    config = settings(sandbox, "mistral", "openai")
    with caplog.at_level(logging.DEBUG):
        answer = llm.extract_signature_fields(db, SIGNATURE, team_id=team_id, settings=config, now=START)
    assert answer is None
    # Mistral's server errors (litellm may or may not retry one), then OpenAI, which refuses the key.
    asked = requested_models(sandbox)
    assert asked[0] == MISTRAL and asked[-1] == OPENAI and asked.count(OPENAI) == 1, asked
    assert calls(db) == [("signature", "mistral/mistral-small-latest", "failed", False, True)]
    assert db.execute("select count(*) from private.ai_cache").fetchone() == (0,)
    assert "llm call failed" in caplog.text
    for secret in ("sk-mistral-test", "sk-openai-test", "Claire Martin"):
        assert secret not in caplog.text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("Here are the fields: name Claire Martin", "answer is not JSON"),
        ('{"name": "Claire Martin", "phones": [', "answer is not JSON"),
        ('["Claire Martin"]', "answer is not an object"),
        ('{"name": 42}', "answer.name is not a string"),
        ('{"phones": "+33 1 42 68 53 00"}', "answer.phones is not a list"),
        ('{"phones": [{"number": "+33 1 42 68 53 00", "type": "cell"}]}', "answer.phones[0].type is not one of"),
        ("", "answer is empty"),
    ],
)
def test_a_malformed_answer_is_rejected_logged_without_text_and_never_cached(
    content: str,
    reason: str,
    db: psycopg.Connection[Any],
    sandbox: RunningSandbox,
    caplog: pytest.LogCaptureFixture,
) -> None:
    team_id = team(db)
    sandbox.control.script_chat([{"content": content}, {"content": json.dumps(GOOD)}], model=OPENAI)
    config = settings(sandbox, "openai")
    with caplog.at_level(logging.WARNING, logger="relance.intelligence.llm"):
        assert llm.extract_signature_fields(db, SIGNATURE, team_id=team_id, settings=config, now=START) is None
    assert reason in caplog.text
    assert "Claire" not in caplog.text and "42 68" not in caplog.text  # neither the message nor the answer
    assert db.execute("select count(*) from private.ai_cache").fetchone() == (0,)
    assert calls(db) == [("signature", "openai/gpt-4o-mini", "invalid", True, True)]

    # Nothing was cached, so asking again reaches the model, whose valid answer is then used.
    answer = llm.extract_signature_fields(db, SIGNATURE, team_id=team_id, settings=config, now=START)
    assert answer is not None and answer.fields == GOOD and not answer.cached
    assert len(sandbox.control.chat_requests()) == 2


def test_the_cache_is_per_team_and_goes_with_the_team(db: psycopg.Connection[Any], sandbox: RunningSandbox) -> None:
    first_team, second_team = team(db, "A"), team(db, "B")
    sandbox.control.script_chat([{"content": json.dumps(GOOD)}, {"content": json.dumps(GOOD)}], model=OPENAI)
    config = settings(sandbox, "openai")
    for team_id in (first_team, second_team):
        answer = llm.extract_signature_fields(
            db, SIGNATURE, team_id=team_id, settings=config, now=START, subject_address="Claire@Cabinet-Martin.fr"
        )
        assert answer is not None and not answer.cached  # one team's answers are not another's
    assert len(sandbox.control.chat_requests()) == 2
    assert db.execute("select distinct subject_address from private.ai_cache").fetchall() == [
        ("claire@cabinet-martin.fr",)
    ]

    db.execute("delete from public.teams where id = %s", (first_team,))
    left = db.execute("select distinct team_id from private.ai_cache union select team_id from private.ai_calls")
    assert left.fetchall() == [(second_team,)]


def test_the_intent_schema_is_ready_for_the_classifier(db: psycopg.Connection[Any], sandbox: RunningSandbox) -> None:
    """The generic call with another schema (what issue 13 reuses): one of the 10 classes, or rejected."""
    team_id = team(db)
    sandbox.control.script_chat(
        [
            {"content": '{"intent": "quote_request", "confidence": 0.9, "reason": "asks for a devis"}'},
            {"content": '{"intent": "maybe", "confidence": 0.9}'},
        ],
        model=OPENAI,
    )
    config = settings(sandbox, "openai")
    ask = {"kind": "intent", "instructions": "Classify.", "schema": llm.INTENT_SCHEMA, "settings": config}
    answer = llm.complete_json(db, team_id, text="Pouvez-vous m'envoyer un devis ?", now=START, **ask)  # type: ignore[arg-type]
    assert answer is not None
    assert answer.fields == {
        "intent": "quote_request",
        "confidence": 0.9,
        "date": None,
        "referred": None,
        "relayed": None,
    }
    assert llm.complete_json(db, team_id, text="On verra.", now=START, **ask) is None  # type: ignore[arg-type]


def test_litellm_reaches_only_the_configured_endpoint(sandbox: RunningSandbox, db_url: str) -> None:
    """In a fresh process: importing litellm and calling through the Router opens sockets to the sandbox and
    the database only (no price table fetched, no telemetry)."""
    sandbox.control.script_chat([{"content": json.dumps(GOOD)}], model=OPENAI)
    script = textwrap.dedent(
        f"""
        import sys
        import psycopg
        from relance.intelligence import llm
        hosts = set()
        def hook(event, args):
            if event == "socket.connect" and isinstance(args[1], tuple):
                hosts.add(args[1][0])
            if event == "socket.getaddrinfo":
                hosts.add(args[0])
        sys.addaudithook(hook)
        conn = psycopg.connect({db_url!r}, autocommit=True)
        team_id = conn.execute("insert into public.teams (name) values ('T') returning id").fetchone()[0]
        config = llm.LLMSettings.from_env(
            {{"OPENAI_API_KEY": "sk-x", "OPENAI_API_BASE": {sandbox.url + "/v1"!r},
              "LLM_CA_BUNDLE": {str(sandbox.ca_path)!r}}},
            env_file=None,
        )
        answer = llm.extract_signature_fields(conn, "Claire Martin", team_id=team_id, settings=config)
        assert answer is not None and answer.model == "openai/gpt-4o-mini", answer
        print(" ".join(sorted(str(h) for h in hosts)))
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "LITELLM_LOCAL_MODEL_COST_MAP"}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT / "workers"), str(REPO_ROOT)])
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert set(proc.stdout.split()) <= {"127.0.0.1", "localhost", "::1"}, proc.stdout


def test_the_intelligence_worker_asks_a_model_only_for_a_signature_the_rules_are_unsure_of(
    db: psycopg.Connection[Any], sandbox: RunningSandbox, db_url: str
) -> None:
    """Two replies: a clear signature is read by rules alone; a one-line signature the rules cannot settle goes
    to the model, whose reading becomes suggestions (below the team's threshold) and whose call is logged."""
    from relance.intelligence.autofill import IntelligenceWorker
    from tests.story import inbound, ingest, make_team_with_mailbox, worker_connection

    box = make_team_with_mailbox(db, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
    clear = "Merci.\n\nBien cordialement,\n\nJeanne Morel\nAssociée\nMorel Conseil SARL\nPort. : 06 12 34 56 78"
    unsure = "Vu, merci.\n\nP.L.\nLF conseil\n0611223344"
    for sender, text in (("jeanne.morel@morel-conseil.fr", clear), ("paul@leroy-fils.fr", unsure)):
        ingest(db, box.mailbox_id, inbound(box, sender, received_at=START, body_text=text), START)
    db.execute("select worker.run_autofill(%s)", (START,))
    answer = {
        "name": "Paul Leroy", "title": None, "company": "LF Conseil", "email": None, "website": None,
        "linkedin": None, "address": None, "phones": [{"number": "06 11 22 33 44", "type": "mobile"}],
    }  # fmt: skip
    # Each reply's intent is read too, and a bare "Vu, merci." leaves the intent rules unsure: in the worker's
    # order, Paul's signature, then Paul's intent, go to the model.
    thanks = {"intent": "other", "confidence": 0.8, "date": None, "referred": None, "why": "a thank-you"}
    steps = [{"content": json.dumps(answer)}, {"content": json.dumps(thanks)}]
    sandbox.control.script_chat(steps, model=OPENAI)
    with worker_connection(db_url) as wconn:
        worker = IntelligenceWorker(wconn, now_fn=lambda: START, llm_settings=settings(sandbox, "openai"))
        assert worker.run_once() == 2
    requests = [
        r for r in sandbox.control.chat_requests() if r["messages"][0]["content"].startswith("You read the signature")
    ]
    assert len(requests) == 1 and "LF conseil" in requests[0]["messages"][1]["content"]
    rows = db.execute("select address, reached_llm from public.message_insights order by address").fetchall()
    assert rows == [("jeanne.morel@morel-conseil.fr", False), ("paul@leroy-fils.fr", True)]
    facts = db.execute(
        "select field, value, source::text, status::text from public.contact_facts"
        " where address = 'paul@leroy-fils.fr' order by field"
    ).fetchall()
    # The words are the model's (suggestions); the phone, read by its shape, stays the rules' (applied).
    assert facts == [
        ("company", "LF Conseil", "llm", "suggested"),
        ("name", "Paul Leroy", "llm", "suggested"),
        ("phone_mobile", "+33611223344", "signature", "applied"),
    ]
    assert [c for c in calls(db) if c[0] == "signature"] == [
        ("signature", "openai/gpt-4o-mini", "answered", True, True)
    ]
