"""The web app is not in this repository, but everything it needs is: every function a signed-in user may call and
every table or view they may read through the Data API is named in README.md, where the frontend's engineers look
("What a frontend calls" and the sections it points to). A relation or an RPC nobody documented is one the web app
never builds a screen for: the reply routing of issue 13 lived in the schema for days with no line in the README."""

from __future__ import annotations

import re
from typing import Any

import psycopg
import pytest

from relance.config import REPO_ROOT

# What `authenticated` reaches in `public` that is not ours: objects an extension installed.
_NOT_AN_EXTENSIONS = "not exists (select 1 from pg_depend as d where d.objid = {oid} and d.deptype = 'e')"


def _named_in_readme(names: list[str]) -> list[str]:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    # Named as itself (`x`, `public.x`), not as another schema's function of the same name (`private.x`).
    return [
        name for name in names if not re.search(rf"(?<!\w)(?<!private\.)(?<!worker\.){re.escape(name)}(?!\w)", readme)
    ]


_REACHABLE = {
    # Every function a signed-in user may call …
    "rpc": "select distinct p.proname from pg_proc as p join pg_namespace as n on n.oid = p.pronamespace"
    " where n.nspname = 'public' and p.prokind = 'f' and has_function_privilege('authenticated', p.oid, 'execute')"
    " and " + _NOT_AN_EXTENSIONS.format(oid="p.oid"),
    # … and every table or view they may read.
    "relation": "select c.relname from pg_class as c join pg_namespace as n on n.oid = c.relnamespace"
    " where n.nspname = 'public' and c.relkind in ('r', 'v', 'm', 'p')"
    " and has_table_privilege('authenticated', c.oid, 'select') and " + _NOT_AN_EXTENSIONS.format(oid="c.oid"),
}


@pytest.mark.parametrize("kind", sorted(_REACHABLE))
def test_what_a_signed_in_user_may_reach_is_named_in_the_readme(db: psycopg.Connection[Any], kind: str) -> None:
    names = sorted(r[0] for r in db.execute(_REACHABLE[kind]).fetchall())
    assert len(names) > 40, f"the catalog query found the {kind}s"
    assert _named_in_readme(names) == []
