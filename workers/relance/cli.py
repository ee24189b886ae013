"""`relance`: the command line of the local stack, the schema pipeline, the tests and the demo.

Errors a user can act on (bad configuration, a stack that will not start) print one line and exit 2;
they never show a traceback.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence

import psycopg

from relance import demo, logsafe, schema, stack
from relance import worker as connectors
from relance.config import REPO_ROOT, Config, ConfigError, load


def _log(message: str) -> None:
    print(f"relance: {message}", file=sys.stderr, flush=True)


def _configure_defaults(cfg: Config, target: stack.Target) -> None:
    with psycopg.connect(target.url, autocommit=True) as conn:
        conn.execute(
            "select private.configure_defaults(%s::integer, %s::numeric, %s::time, %s::time)",
            (
                cfg["FOLLOWUP_MAX_COUNT"],
                cfg["FOLLOWUP_INTERVAL_HOURS"],
                cfg["WORKING_HOURS_START"],
                cfg["WORKING_HOURS_END"],
            ),
        )


def print_status(target: stack.Target) -> None:
    state = stack.cluster_status(target.port)
    print(f"cluster      PostgreSQL {stack.PG_VERSION}/{stack.CLUSTER} on port {target.port}: {state}")
    if state != "online":
        return
    with psycopg.connect(target.url, autocommit=True) as conn:
        rows = conn.execute(
            "select extname, extversion from pg_extension where extname <> 'plpgsql' order by 1"
        ).fetchall()
        print("extensions   " + ", ".join(f"{n} {v}" for n, v in rows))
        pgmq = conn.execute("select count(*) from pgmq.list_queues()").fetchone()
        print(f"pgmq         SQL install, {pgmq[0] if pgmq else 0} queue(s)")
        migrations = conn.execute("select count(*), max(version) from supabase_migrations.schema_migrations").fetchone()
        if migrations:
            print(f"migrations   {migrations[0]} applied, latest {migrations[1]}")
        has_cron = conn.execute("select 1 from pg_extension where extname = 'pg_cron'").fetchone()
        if has_cron:
            jobs = conn.execute("select jobname, schedule from cron.job order by jobname").fetchall()
            print("cron jobs    " + (", ".join(f"{j} ({s})" for j, s in jobs) or "none"))
        teams = conn.execute("select count(*) from public.teams").fetchone()
        mailboxes = conn.execute("select count(*) from public.mailboxes").fetchone()
        print(f"data         {teams[0] if teams else 0} team(s), {mailboxes[0] if mailboxes else 0} mailbox(es)")
    print(f"database URL {target.url}")


def cmd_up(cfg: Config, args: argparse.Namespace) -> int:
    target = stack.Target(cfg.db_url)
    stack.up(target, _log)
    _configure_defaults(cfg, target)
    print_status(target)
    return 0


def cmd_demo(cfg: Config, args: argparse.Namespace) -> int:
    """The main job: bring the stack up, then replay the demo week (relance.demo) against it."""
    target = stack.Target(cfg.db_url)
    stack.up(target, _log)
    _configure_defaults(cfg, target)
    try:
        outcome = demo.run(cfg, cfg.db_url, sys.stdout)
    except demo.DemoError as exc:
        _log(f"error: {exc}")
        return 2
    return 0 if outcome.as_expected else 1


def cmd_reset(cfg: Config, args: argparse.Namespace) -> int:
    target = stack.Target(cfg.db_url)
    stack.reset(target, _log)
    _configure_defaults(cfg, target)
    print_status(target)
    return 0


def cmd_status(cfg: Config, args: argparse.Namespace) -> int:
    print_status(stack.Target(cfg.db_url))
    return 0


def cmd_down(cfg: Config, args: argparse.Namespace) -> int:
    stack.down(stack.Target(cfg.db_url))
    _log("cluster stopped")
    return 0


def cmd_schema(cfg: Config, args: argparse.Namespace) -> int:
    target = stack.Target(cfg.db_url)
    stack.ensure_cluster(target, _log)
    if args.action == "squash":
        return _squash(target, args)
    if args.action == "generate":
        path, _drift = schema.generate(target, args.name, args.exclude)
        if path is None:
            _log("sql/ and the migrations agree: nothing to do")
            return 0
        _log(f"wrote {path.relative_to(REPO_ROOT)}; `relance schema check` confirms it is complete")
        _log("(rows the schema seeds, and what `supabase db diff` does not print, are added by hand)")
        return 0
    drift = schema.diff(target, args.exclude)
    if drift.empty:
        _log("sql/ and the migrations agree")
        return 0
    print(drift.report())
    _log("sql/ and the migrations differ: run `relance schema generate <name>`")
    return 1


def _squash(target: stack.Target, args: argparse.Namespace) -> int:
    """Before the first deploy only: every migration becomes one baseline made of sql/ (schema.squash)."""
    if args.exclude:
        _log("error: squash takes the whole of sql/; --exclude does not apply")
        return 2
    dirty = schema.uncommitted([schema.MIGRATIONS, schema.SQL_ROOT])
    if dirty:
        _log("error: commit sql/ and supabase/migrations first (a squash deletes migrations, and its baseline")
        _log("must be reproducible from committed sources):")
        for line in dirty[:20]:
            print(line)
        return 2
    if stack.database_exists(target, target.dbname):
        behind = sorted(set(stack.migration_versions()) - set(stack.applied_versions(target.url)))
        if behind and stack.applied_versions(target.url):
            # After the squash, `relance up` marks this database as having the baseline only if it had every
            # migration the baseline replaces; one that is behind could then only be rebuilt.
            _log(f"error: the local database has not applied {', '.join(behind)}: run `relance up` first")
            return 2
    result = schema.squash(target, log=_log)
    if result.changed:
        _log("review and commit supabase/migrations/ (`git add -A supabase/migrations`)")
    return 0


def cmd_eval(cfg: Config, args: argparse.Namespace) -> int:
    """Issue-6 evaluation: precision and recall per class and new-text F1 beside their targets (exit 0 when all
    are met); throughput is printed too, as a benchmark figure that never fails the evaluation."""
    from relance.analysis import evaluate

    return evaluate.main(list(args.eval_args))


def cmd_test(cfg: Config, args: argparse.Namespace) -> int:
    """Every test: pytest (which also runs the pgTAP files with pg_prove, and the linters)."""
    target = stack.Target(cfg.db_url)
    stack.up(target, _log)
    _configure_defaults(cfg, target)
    env = dict(os.environ)
    env["SUPABASE_DB_URL"] = cfg.db_url
    proc = subprocess.run([sys.executable, "-m", "pytest", *args.pytest_args], cwd=REPO_ROOT, env=env, check=False)
    return proc.returncode


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="relance", description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="bring up the local stack and replay a demo week").set_defaults(func=cmd_demo)
    sub.add_parser("up", help="create/start the local stack and apply migrations").set_defaults(func=cmd_up)
    sub.add_parser("reset", help="drop the local stack and rebuild it from scratch").set_defaults(func=cmd_reset)
    sub.add_parser("status", help="print the state of the local stack").set_defaults(func=cmd_status)
    sub.add_parser("down", help="stop the local cluster").set_defaults(func=cmd_down)
    sch = sub.add_parser(
        "schema",
        help="sql/ -> migrations: check for drift, generate a migration, or (before the first deploy) squash"
        " every migration into one baseline",
    )
    sch.add_argument("action", choices=["check", "generate", "squash"])
    sch.add_argument("name", nargs="?", default="sql_sources")
    sch.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="work in progress: sql/ files matching GLOB count as their last committed version (check, generate)",
    )
    sch.set_defaults(func=cmd_schema)
    connectors.add_commands(sub)
    ev = sub.add_parser("eval", help="evaluate the reply analysis on a labelled set (precision, recall, F1, speed)")
    ev.add_argument("eval_args", nargs=argparse.REMAINDER, help="--data DIR, --seconds N")
    ev.set_defaults(func=cmd_eval)
    test = sub.add_parser("test", help="run every test (pytest, pgTAP through pg_prove, linters)")
    test.add_argument("pytest_args", nargs=argparse.REMAINDER)
    test.set_defaults(func=cmd_test)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command == "eval":  # a passthrough: the evaluation parses its own options
        rest = list(sys.argv[1:] if argv is None else argv)
        args.eval_args = rest[rest.index("eval") + 1 :]
        extra = []
    if extra and args.command != "test":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command == "test":
        args.pytest_args = [*args.pytest_args, *extra]
    logsafe.install()
    try:
        cfg = load()
        return int(args.func(cfg, args))
    except (ConfigError, stack.StackError) as exc:
        _log(f"error: {exc}")
        return 2
    except psycopg.OperationalError as exc:
        _log(f"error: cannot reach the database: {str(exc).strip().splitlines()[0]}")
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
