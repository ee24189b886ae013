"""Intent reading's LLM path (issue 13, item 1): what the rules and the learnt model (relance.intelligence.intent_model,
the product's, trained at first use) leave uncertain goes through litellm's Router to the sandbox's OpenAI-compatible
chat API over real HTTPS; the answer is validated against the 10 classes, its date read against the message's own day,
cached per team by the text's hash; an invalid answer leaves the rules' answer.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from relance.intelligence import intent_model, llm
from relance.intelligence.intent import LLM_FLOOR, Referral, body_of, read_intent, rules_intent
from relance.sandbox import RunningSandbox, serve
from relance.sandbox.world import Clock
from tests.conftest import START

OPENAI = "gpt-4o-mini"
NO_ENV_FILE = Path("/nonexistent/.env")
WED = dt.date(2026, 10, 14)
# No day and no word the rules read: only a model can say when "after our show" is (its answer names the day).
# Unsure for the rules (no lexicon speaks) and for the learnt model (likeliest class well under 0.5): the LLM decides.
UNSURE = "Tout dépendra du salon."


@pytest.fixture(scope="module")
def llm_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    """One sandbox for the module: litellm keeps its HTTP clients (and their TLS trust) for the process."""
    with serve("127.0.0.1", 0, tmp_path_factory.mktemp("intent-llm-sandbox"), Clock(START)) as running:
        yield running


@pytest.fixture
def sandbox(llm_sandbox: RunningSandbox) -> RunningSandbox:
    llm_sandbox.control.reset_chat()
    return llm_sandbox


def settings(sandbox: RunningSandbox) -> llm.LLMSettings:
    env = {
        "LLM_TIMEOUT_SECONDS": "2",
        "LLM_CA_BUNDLE": str(sandbox.ca_path),
        "OPENAI_API_KEY": "sk-openai-test",
        "OPENAI_API_BASE": f"{sandbox.url}/v1",
    }
    return llm.LLMSettings.from_env(env, NO_ENV_FILE)


def team(conn: psycopg.Connection[Any]) -> uuid.UUID:
    row = conn.execute("insert into public.teams (name) values ('Cabinet') returning id").fetchone()
    assert row is not None
    return uuid.UUID(str(row[0]))


def calls(conn: psycopg.Connection[Any]) -> list[tuple[str, str]]:
    return [tuple(r) for r in conn.execute("select kind, outcome from private.ai_calls order by id").fetchall()]


def test_an_uncertain_reply_is_read_by_the_model_its_date_against_the_message_day_and_cached(
    conn: psycopg.Connection[Any], sandbox: RunningSandbox
) -> None:
    team_id = team(conn)
    answer = {"intent": "not_now", "confidence": 0.82, "date": "fin mars", "referred": None, "why": "later"}
    sandbox.control.script_chat([{"content": json.dumps(answer)}], model=OPENAI)
    config = settings(sandbox)

    first = read_intent(UNSURE, "Re: bilan", WED, conn=conn, team_id=team_id, llm_settings=config, now=START)
    assert (first.label, first.source, first.confidence) == ("not_now", "llm", 0.82)
    assert first.not_now_until == dt.date(2027, 3, 25)  # "fin mars" after 14 October 2026
    request = sandbox.control.chat_requests()[0]
    assert request["response_format"] == {"type": "json_object"}
    assert "not_now" in request["messages"][0]["content"] and "French" in request["messages"][0]["content"]
    assert request["messages"][1] == {"role": "user", "content": UNSURE}

    # The same text from another message, in April 2027: the cached answer (no request), its date read against
    # that message's day.
    again = read_intent(
        "  " + UNSURE + "\n", "Re: bilan", dt.date(2027, 4, 2), conn=conn, team_id=team_id, llm_settings=config
    )
    assert (again.label, again.source) == ("not_now", "llm") and "cached" in again.evidence
    assert again.not_now_until == dt.date(2028, 3, 25)
    assert len(sandbox.control.chat_requests()) == 1
    assert calls(conn) == [("intent", "answered"), ("intent", "hit")]


def test_a_referral_from_the_model_carries_the_person(conn: psycopg.Connection[Any], sandbox: RunningSandbox) -> None:
    team_id = team(conn)
    text = "Mon associé Paul Durand verra ça."
    answer = {"intent": "referral", "confidence": 0.9, "referred": "Paul Durand <Paul.Durand@durand.test>"}
    sandbox.control.script_chat([{"content": json.dumps(answer)}], model=OPENAI)
    got = read_intent(text, "", WED, conn=conn, team_id=team_id, llm_settings=settings(sandbox), now=START)
    assert (got.label, got.referral) == ("referral", Referral("Paul Durand", "paul.durand@durand.test"))
    assert got.not_now_until is None


# A daughter writes for her father, the person the firm wrote to; no lexicon of the rules reads it (R8, relayed).
FOR_HER_FATHER = "Mon père n'est plus en état de lire vos courriers, cela le perturbe. Sa fille, Anne."


@pytest.mark.parametrize(
    ("answer", "relayed"),
    [
        ({"intent": "unsubscribe", "confidence": 0.95, "relayed": True}, True),
        ({"intent": "unsubscribe", "confidence": 0.95, "relayed": False}, False),
        ({"intent": "unsubscribe", "confidence": 0.95}, False),
        # Only a request to stop is relayed: a model that says so of anything else is not heard on that point.
        ({"intent": "not_interested", "confidence": 0.9, "relayed": True}, False),
    ],
)
def test_the_model_says_whether_a_request_to_stop_is_asked_for_the_person_written_to(
    answer: dict[str, Any], relayed: bool, conn: psycopg.Connection[Any], sandbox: RunningSandbox
) -> None:
    team_id = team(conn)
    sandbox.control.script_chat([{"content": json.dumps(answer)}], model=OPENAI)
    got = read_intent(FOR_HER_FATHER, "", WED, conn=conn, team_id=team_id, llm_settings=settings(sandbox), now=START)
    assert (got.label, got.source, got.relayed) == (answer["intent"], "llm", relayed)
    assert '"relayed"' in sandbox.control.chat_requests()[0]["messages"][0]["content"]


@pytest.mark.parametrize(
    "content",
    [
        '{"intent": "maybe_later", "confidence": 0.9}',
        "not_now",
        '{"intent": "not_now", "confidence": 7}',
        '{"intent": "unsubscribe", "confidence": 0.95, "relayed": "yes"}',
    ],
)
def test_an_invalid_answer_leaves_the_rules_answer_with_its_low_confidence(
    content: str, conn: psycopg.Connection[Any], sandbox: RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    team_id = team(conn)
    sandbox.control.script_chat([{"content": content}], model=OPENAI)
    with caplog.at_level(logging.WARNING, logger="relance.intelligence.llm"):
        got = read_intent(UNSURE, "", WED, conn=conn, team_id=team_id, llm_settings=settings(sandbox), now=START)
    assert (got.label, got.source, got.needs_llm) == ("other", "rules", True)
    assert got.confidence < 0.5
    assert "llm answer rejected" in caplog.text and "salon" not in caplog.text
    assert calls(conn) == [("intent", "invalid")]
    assert conn.execute("select count(*) from private.ai_cache").fetchone() == (0,)


def test_a_reply_the_rules_are_sure_of_never_reaches_the_model(
    conn: psycopg.Connection[Any], sandbox: RunningSandbox
) -> None:
    team_id = team(conn)
    got = read_intent(
        "Pouvez-vous m'envoyer un devis ?", "", WED, conn=conn, team_id=team_id, llm_settings=settings(sandbox)
    )
    assert (got.label, got.source) == ("quote_request", "rules")
    assert sandbox.control.chat_requests() == []
    assert calls(conn) == []


def test_unreadable_text_never_reaches_the_model(conn: psycopg.Connection[Any], sandbox: RunningSandbox) -> None:
    """Bytes read as text would cost a model call (and send the bytes out) for nothing a person could act on."""
    team_id = team(conn)
    garbage = bytes(range(1, 256)).decode("cp1252", errors="replace") * 20
    got = read_intent(garbage, "", WED, conn=conn, team_id=team_id, llm_settings=settings(sandbox), now=START)
    assert (got.label, got.source, got.needs_llm) == ("other", "rules", False)
    assert sandbox.control.chat_requests() == []
    assert calls(conn) == []


def test_a_reply_the_rules_are_unsure_of_but_the_learnt_model_is_sure_of_never_reaches_the_llm(
    conn: psycopg.Connection[Any], sandbox: RunningSandbox
) -> None:
    team_id = team(conn)
    text = "Vous tombez bien, on cherche exactement ça."
    assert rules_intent(text, "", WED).needs_llm, "the rules alone would ask an LLM"
    got = read_intent(text, "", WED, conn=conn, team_id=team_id, llm_settings=settings(sandbox), now=START)
    assert (got.label, got.source, got.needs_llm) == ("interested", "model", False)
    assert sandbox.control.chat_requests() == []
    assert calls(conn) == []


def test_a_reply_both_the_rules_and_the_learnt_model_are_unsure_of_goes_to_the_llm(
    conn: psycopg.Connection[Any], sandbox: RunningSandbox
) -> None:
    model = intent_model.default()
    assert model is not None
    assert rules_intent(UNSURE, "", WED).confidence < LLM_FLOOR
    assert model.predict([body_of(UNSURE)])[0].probability < intent_model.DECIDE_FROM
    team_id = team(conn)
    answer = {"intent": "not_now", "confidence": 0.8, "date": None, "referred": None, "why": "after the show"}
    sandbox.control.script_chat([{"content": json.dumps(answer)}], model=OPENAI)
    got = read_intent(UNSURE, "", WED, conn=conn, team_id=team_id, llm_settings=settings(sandbox), now=START)
    assert (got.label, got.source, got.not_now_until) == ("not_now", "llm", None)
    assert len(sandbox.control.chat_requests()) == 1
    assert calls(conn) == [("intent", "answered")]


def test_no_model_configured_answers_by_rules_without_a_call(conn: psycopg.Connection[Any]) -> None:
    team_id = team(conn)
    got = read_intent(UNSURE, "", WED, conn=conn, team_id=team_id, llm_settings=llm.LLMSettings())
    assert (got.source, got.needs_llm) == ("rules", True)
    assert calls(conn) == []
