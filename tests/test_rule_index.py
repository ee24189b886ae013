"""Every rule of BEHAVIOUR.md is owned by SQL and proven by a test named after it; `sql/RULES.md` says where.

A newcomer finds any rule in one step: this test keeps that index true. It fails when a rule has no
`test_rN_` test (unless it is listed as not built yet, with its issue), when the index misses a rule or names a
function or a test file that does not exist, and when a rule listed as not built yet has tests already.
"""

from __future__ import annotations

import re
from pathlib import Path

from relance.config import REPO_ROOT

BEHAVIOUR = REPO_ROOT.parent / "shared" / "BEHAVIOUR.md"
INDEX = REPO_ROOT / "sql" / "RULES.md"
TESTS = REPO_ROOT / "tests"

# Rules an open issue still has to build: listed here, and only here, so none is forgotten.
NOT_YET_BUILT: dict[int, str] = {}


def rules() -> dict[int, str]:
    return {int(n): name for n, name in re.findall(r"^- \*\*R(\d+) ([^.*]+)\.\*\*", BEHAVIOUR.read_text(), re.M)}


def rules_with_tests() -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for path in TESTS.rglob("test_*.py"):
        for n in re.findall(r"^(?:async )?def test_r(\d+)_", path.read_text(), re.M):
            found.setdefault(int(n), []).append(path.name)
    return found


def index_rows() -> dict[int, tuple[str, str]]:
    rows = {}
    for n, sql, tests in re.findall(r"^\| R(\d+) [^|]+\| ([^|]+) \| ([^|]+) \|$", INDEX.read_text(), re.M):
        rows[int(n)] = (sql, tests)
    return rows


def test_behaviour_has_rules_to_index() -> None:
    assert len(rules()) >= 16, "BEHAVIOUR.md was not read: where is ../shared?"


def test_every_rule_has_a_test_named_after_it_unless_an_issue_still_builds_it() -> None:
    tested = rules_with_tests()
    missing = [f"R{n} {name}" for n, name in sorted(rules().items()) if n not in tested and n not in NOT_YET_BUILT]
    assert missing == [], "rules without any test_rN_ test"


def test_a_rule_listed_as_not_built_has_no_tests_yet_and_still_exists() -> None:
    tested = rules_with_tests()
    assert {n for n in NOT_YET_BUILT if n in tested} == set(), "built now: take it out of NOT_YET_BUILT"
    assert set(NOT_YET_BUILT) <= set(rules())


def test_the_index_names_every_built_rule_with_sql_that_exists_and_test_files_that_exist() -> None:
    rows = index_rows()
    built = set(rules()) - set(NOT_YET_BUILT)
    assert set(rows) == built
    sources = "\n".join(p.read_text() for p in (REPO_ROOT / "sql").rglob("*.sql"))
    for n, (sql, tests) in rows.items():
        for name in re.findall(r"`((?:public|private)\.\w+)`", sql):
            assert re.search(rf"create or replace (?:function|view|procedure) {re.escape(name)}\b", sources), (
                f"R{n}: {name} is not in sql/"
            )
        for file in re.findall(r"`(tests/[\w/]+\.py)`", tests):
            assert Path(REPO_ROOT / file).exists(), f"R{n}: {file} does not exist"
            assert re.search(rf"^def test_r{n}_", (REPO_ROOT / file).read_text(), re.M), (
                f"R{n}: no test_r{n}_ in {file}"
            )
