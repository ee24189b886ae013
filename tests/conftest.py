"""Fixtures: the local cluster, a template database built once per run, a fresh clone per test, and the
provider sandbox on a driven clock.

The template is what a Supabase project has after `supabase db push`: the platform (compat layer,
extensions, pgmq) and every migration, applied by the Supabase CLI. Cloning it (`create database …
template …`) gives each test its own database in a fraction of a second.

No test reads today's date: the sandbox's clock starts at ``START`` (or the instant a test asks for), the
worlds built on it pass that clock to SQL as ``p_now``, and the sandbox's certificates are valid on any date.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, ClassVar

import psycopg
import pytest

from relance import stack
from relance.config import LOCAL_DB_URL
from relance.sandbox import RunningSandbox, serve
from relance.sandbox.world import Clock

# One template per pytest session: parallel sessions on one cluster never rebuild each other's template.
TEMPLATE = f"relance_test_template_{os.getpid()}"


@pytest.fixture(scope="session")
def target() -> stack.Target:
    target = stack.Target(os.environ.get("SUPABASE_DB_URL") or LOCAL_DB_URL)
    stack.ensure_cluster(target, log=lambda _msg: None)
    return target


@pytest.fixture(scope="session")
def template_db(target: stack.Target) -> Iterator[str]:
    stack.drop_database(target, TEMPLATE)
    stack.build_database(target, TEMPLATE)
    yield TEMPLATE
    _Spares.close(target)
    stack.drop_database(target, TEMPLATE)


class _Spares:
    """Copying the template costs most of a short test (0.5-1 s of WAL and fsync on this machine), so the next
    copy is made in a background thread while a test runs, and used databases are dropped there too. Each test
    still gets a database nobody else touched; only the waiting moves."""

    pool: ClassVar[ThreadPoolExecutor] = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clone")
    next: ClassVar[dict[str, Future[str]]] = {}

    @classmethod
    def take(cls, target: stack.Target, template: str) -> str:
        spare = cls.next.pop(template, None)
        name = spare.result() if spare is not None else _copy(target, template)
        cls.next[template] = cls.pool.submit(_copy, target, template)
        return name

    @classmethod
    def drop(cls, target: stack.Target, name: str) -> None:
        cls.pool.submit(stack.drop_database, target, name)

    @classmethod
    def close(cls, target: stack.Target) -> None:
        for spare in cls.next.values():
            stack.drop_database(target, spare.result())
        cls.next.clear()
        cls.pool.shutdown(wait=True)
        cls.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clone")


def _copy(target: stack.Target, template: str) -> str:
    name = f"relance_test_{uuid.uuid4().hex[:12]}"
    stack.create_database(target, name, template=template)
    return name


def clone(target: stack.Target, template: str) -> str:
    """A fresh copy of `template`, for one test or one module (drop it with `stack.drop_database`)."""
    return _Spares.take(target, template)


@pytest.fixture
def db_url(target: stack.Target, template_db: str) -> Iterator[str]:
    """A fresh database for one test, as migrations leave it."""
    name = clone(target, template_db)
    yield target.url_for(name)
    _Spares.drop(target, name)


@pytest.fixture
def conn(db_url: str) -> Iterator[psycopg.Connection[Any]]:
    """A superuser connection (the migration owner), autocommit; `acting_as` narrows it per request."""
    with psycopg.connect(db_url, autocommit=True) as connection:
        yield connection


@pytest.fixture(scope="module")
def db(target: stack.Target, template_db: str) -> Iterator[psycopg.Connection[Any]]:
    """One database for a whole module, as migrations leave it, and a superuser connection to it (autocommit): for
    modules whose tests only read it, write inside transactions they roll back, or each make a team of their own."""
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as connection:
        yield connection
    _Spares.drop(target, name)


# The instant every sandbox of the tests starts at, whatever the real date: Monday 7 January 2030, 08:00 UTC,
# inside working hours (07:00-18:00, Monday-Friday, UTC).
START = dt.datetime(2030, 1, 7, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def sandbox(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningSandbox]:
    """The provider sandbox (Graph and Gmail over HTTPS on a free port of 127.0.0.1, its CA in the test's
    folder) for one test, its clock standing at ``START``; a test that needs another instant asks for it with
    ``@pytest.mark.parametrize("sandbox", [instant], indirect=True)``."""
    start: dt.datetime = getattr(request, "param", START)
    with serve("127.0.0.1", 0, tmp_path / "sandbox", Clock(start)) as running:
        yield running


@pytest.fixture
def small_intent_set(tmp_path: Path) -> Path:
    """A small intent set cut from eval/intents/cases.json: the first six replies of each split the evaluator
    prints, so that a test of the evaluation commands runs in seconds. A command run on it learns its model from it
    too when given ``RELANCE_INTENT_TRAINING`` (the full set's eleven models take two minutes to train)."""
    from relance.intelligence import intent_eval, intent_model

    raw = json.loads(intent_model.DEFAULT_TRAINING.read_text(encoding="utf-8"))
    kept = []
    for name in (*intent_eval.TUNED, *intent_eval.HELD_OUT):
        kept += [case for case in raw if case["split"] == name][:6]
    path = tmp_path / "intents.json"
    path.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    return path
