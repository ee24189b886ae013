"""`relance`: the command line of the local stack, the schema pipeline, the tests and the demo.

Errors a user can act on (bad configuration, a stack that will not start) print one line and exit 2;
they never show a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import psycopg

from relance import compliance, db, demo, logsafe, report, schema, stack, subscriptions
from relance.config import REPO_ROOT, Config, ConfigError, load
from relance.credentials import (
    CredentialsError,
    CredentialStore,
    connect_app_only,
    connect_with_refresh_token,
    finish_auth_code_flow,
    load_keys,
    start_auth_code_flow,
)
from relance.disconnect import MailboxCleanup
from relance.providers.errors import GiveUp, ProviderError
from relance.providers.graph import FOLDERS
from relance.sync import GMAIL_CURSOR, SyncReport
from relance.worker import LOOPS, Connector, Worker, connect_gmail_mailbox

log = logging.getLogger("relance.cli")


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
    if args.action == "types":
        schema.TYPES_FILE.parent.mkdir(parents=True, exist_ok=True)
        schema.TYPES_FILE.write_text(schema.migrated_types(target))
        _log(f"wrote {schema.TYPES_FILE.relative_to(REPO_ROOT)} (the web app's types of the Data API's schema)")
        return 0
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
    """Issue-6, issue-12 and issue-13 evaluations: reply analysis (precision and recall per class, new-text F1),
    signature reading (line F1, per-field precision/recall/F1, LLM share) and intent reading (per-class
    precision/recall/F1 and macro-F1 on the tune and held-out splits, not_now dates, LLM share) beside their targets
    (exit 0 when all are met); throughput is printed too, as a benchmark figure that never fails the evaluation."""
    from relance.analysis import evaluate

    return evaluate.main(list(args.eval_args))


def cmd_report(cfg: Config, args: argparse.Namespace) -> int:
    """Issue 15: one self-contained HTML page of a team's follow-ups over a period (relance.report); with
    ``compliance``, issue 14's monthly compliance report (relance.compliance)."""
    if args.kind == "compliance":
        return cmd_compliance_report(cfg, args)
    if not args.first or not args.last:
        _log("error: --from and --to are dates (YYYY-MM-DD): both are needed")
        return 2
    try:
        first, last = dt.date.fromisoformat(args.first), dt.date.fromisoformat(args.last)
    except ValueError as exc:
        _log(f"error: --from and --to are dates (YYYY-MM-DD): {exc}")
        return 2
    out = Path(args.out) if args.out else None
    try:
        with psycopg.connect(cfg.db_url, autocommit=True) as conn:
            path = report.write(conn, args.team, first, last, out)
    except report.ReportError as exc:
        _log(f"error: {exc}")
        return 2
    print(path)
    return 0


def cmd_test(cfg: Config, args: argparse.Namespace) -> int:
    """Every test: pytest (which also runs the pgTAP files with pg_prove, and the linters)."""
    target = stack.Target(cfg.db_url)
    stack.up(target, _log)
    _configure_defaults(cfg, target)
    env = dict(os.environ)
    env["SUPABASE_DB_URL"] = cfg.db_url
    pytest_args = list(args.pytest_args)
    # One pytest worker per core (pytest-xdist): most of a test is waiting on Postgres, so two workers on two
    # cores halve the run. Each worker builds its own template database; a module stays on one worker
    # (loadscope), so its module-scoped world is built once. `-n 0` (or any -n given) overrides it.
    if not any(a == "-n" or a.startswith(("-n", "--numprocesses")) for a in pytest_args):
        pytest_args = ["-n", "auto", "--dist", "loadscope", *pytest_args]
    proc = subprocess.run([sys.executable, "-m", "pytest", *pytest_args], cwd=REPO_ROOT, env=env, check=False)
    return proc.returncode


# --------------------------------------------------------------------------------------- connectors
def _parse_now(raw: str | None) -> dt.datetime | None:
    if not raw:
        return None
    value = dt.datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError("--now needs a time zone (e.g. 2030-01-07T09:00:00Z)")
    return value


def _configure_logging(cfg: Config) -> None:
    logging.basicConfig(level=cfg["RELANCE_LOG_LEVEL"], format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logsafe.install()


def _connector(cfg: Config, args: argparse.Namespace) -> Connector:
    _configure_logging(cfg)
    now = _parse_now(getattr(args, "now", None) or os.environ.get("RELANCE_NOW"))
    conn = db.connect(cfg.worker_db_url)
    return Connector.from_config(cfg, conn, lambda: now)


def _mailbox_id(connector: Connector, ref: str) -> uuid.UUID:
    for row in db.list_connected_mailboxes(connector.conn, "graph"):
        if ref.lower() in (str(row["mailbox_id"]), row["address"]):
            return uuid.UUID(str(row["mailbox_id"]))
    raise GiveUp(f"no connected Graph mailbox {ref}")


def _progress(address: str) -> Callable[[str, int, int], None]:
    def show(folder: str, pages: int, messages: int) -> None:
        _log(f"sync {address} {folder}: {pages} page(s), {messages} message(s)")

    return show


def _report(address: str, report: SyncReport | None) -> None:
    if report is None:
        _log(f"sync {address}: failed (see the log)")
        return
    effects = ", ".join(f"{k} {v}" for k, v in sorted(report.effects.items())) or "none"
    _log(
        f"sync {address}: {report.pages} page(s), {report.messages} message(s), {report.ingested} new, "
        f"{report.duplicates} already known, full resync: {', '.join(report.resyncs) or 'no'}; effects: {effects}"
    )


def _friendly(command: Callable[[Config, argparse.Namespace], int]) -> Callable[[Config, argparse.Namespace], int]:
    """A provider or credentials failure prints one line, never a traceback."""

    def run(cfg: Config, args: argparse.Namespace) -> int:
        try:
            return command(cfg, args)
        except (ProviderError, CredentialsError, ValueError) as exc:
            _log(f"error: {exc}")
            return 2

    return run


def _loops(value: str) -> str:
    """--loops: names of the worker's loops; a misspelt one is refused by name (it would run nothing, silently)."""
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in LOOPS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown loop {', '.join(map(repr, unknown)) or '(none given)'}; the loops are {', '.join(LOOPS)}"
        )
    return ",".join(names)


@_friendly
def cmd_worker(cfg: Config, args: argparse.Namespace) -> int:
    connector = _connector(cfg, args)
    worker = Worker(connector, beat_connect=lambda: db.connect(cfg.worker_db_url))
    loops = tuple(args.loops.split(","))
    if args.once:
        try:
            done = worker.pass_once(loops)
        finally:  # one pass, then what it opened is given back (a test runs many passes in one process)
            worker.close()
        _log("worker pass: " + ", ".join(f"{k} {v}" for k, v in done.items()))
        return 0
    _log(f"worker running ({', '.join(loops)}); Ctrl-C stops it")
    worker.run_forever(loops=loops)
    return 0


def cmd_connect_gmail(connector: Connector, args: argparse.Namespace) -> int:
    address = args.address.lower()
    if not args.refresh_token_stdin:
        raise GiveUp("connect gmail takes the grant's refresh token on stdin: --refresh-token-stdin")
    refresh_token = sys.stdin.readline().strip()
    mailbox_id = db.connect_mailbox(
        connector.conn, args.team, args.owner, "gmail", address, args.display_name, connector.now_fn()
    )
    connect_gmail_mailbox(connector, mailbox_id, address, refresh_token)
    _log(f"connected {address} as mailbox {mailbox_id}")
    if connector.pubsub_topic and not args.no_subscribe:
        client = connector.gmail_client(mailbox_id, address)
        expires = subscriptions.watch_gmail(connector.conn, client, mailbox_id, connector.pubsub_topic)
        _log(f"watching INBOX and SENT through {connector.pubsub_topic} until {expires.isoformat()}")
    if not args.no_sync:
        _report(address, connector.sync_gmail(mailbox_id, _progress(address)))
    print(mailbox_id)
    return 0


@_friendly
def cmd_connect(cfg: Config, args: argparse.Namespace) -> int:
    connector = _connector(cfg, args)
    if args.provider == "gmail":
        return cmd_connect_gmail(connector, args)
    now = connector.now()
    mailbox_id = db.connect_mailbox(
        connector.conn, args.team, args.owner, "graph", args.address, args.display_name, connector.now_fn()
    )
    if args.app_only:
        connect_app_only(connector.store, mailbox_id)
    elif args.refresh_token_stdin:
        connect_with_refresh_token(connector.app, connector.store, mailbox_id, sys.stdin.readline().strip())
    else:
        client, flow = start_auth_code_flow(connector.app, args.redirect_uri)
        print(f"Open this URL, consent, then paste the address you were sent back to:\n{flow['auth_uri']}")
        back = urlsplit(input("> ").strip())
        answer = {k: v[0] for k, v in parse_qs(back.query).items()}
        finish_auth_code_flow(client, flow, answer, connector.store, mailbox_id)
    _log(f"connected {args.address.lower()} as mailbox {mailbox_id}")
    client_ = connector.client(mailbox_id, args.address.lower())
    if connector.webhook_url and not args.no_subscribe:
        kept, ids = subscriptions.ensure_subscribed(connector.conn, client_, mailbox_id, connector.webhook_url, now)
        _log(f"subscribed to Inbox and Sent Items ({kept} renewed, {len(ids)} created)")
    if not args.no_sync:
        _report(args.address.lower(), connector.sync(mailbox_id, _progress(args.address.lower())))
    print(mailbox_id)
    return 0


@_friendly
def cmd_sync(cfg: Config, args: argparse.Namespace) -> int:
    connector = _connector(cfg, args)
    rows = db.list_connected_mailboxes(connector.conn, "graph")
    gmail_rows = db.list_connected_mailboxes(connector.conn, "gmail")
    if args.mailbox:
        ref = args.mailbox.lower()
        gmail_rows = [r for r in gmail_rows if ref in (str(r["mailbox_id"]), r["address"])]
        wanted = _mailbox_id(connector, args.mailbox) if not gmail_rows else None
        rows = [r for r in rows if r["mailbox_id"] == wanted]
    for row in rows:
        if args.full:
            for folder in FOLDERS:
                db.set_sync_cursor(connector.conn, row["mailbox_id"], folder, None)
        _report(row["address"], connector.sync(row["mailbox_id"], _progress(row["address"])))
    for row in gmail_rows:
        if args.full:
            db.set_sync_cursor(connector.conn, row["mailbox_id"], GMAIL_CURSOR, None)
        _report(row["address"], connector.sync_gmail(row["mailbox_id"], _progress(row["address"])))
    return 0


@_friendly
def cmd_disconnect(cfg: Config, args: argparse.Namespace) -> int:
    """Disconnect a mailbox as an operator (README, "Disconnecting a mailbox"): what the web app's
    ``disconnect_mailbox`` does, then (unless --no-cleanup) the provider cleanup at once."""
    connector = _connector(cfg, args)
    found = db.find_mailbox(connector.conn, args.mailbox)
    if not found:
        raise GiveUp(f"no mailbox {args.mailbox}")
    if len(found) > 1:
        ids = ", ".join(f"{r['mailbox_id']} (team {r['team_id']})" for r in found)
        raise GiveUp(f"{args.mailbox} names {len(found)} mailboxes: give the id of one ({ids})")
    row = found[0]
    operator = args.by or os.environ.get("USER") or None
    try:
        changed = db.disconnect_mailbox(connector.conn, row["mailbox_id"], args.reason, operator, connector.now_fn())
    except psycopg.errors.InvalidParameterValue as exc:
        raise ValueError(exc.diag.message_primary or str(exc)) from None
    if not changed:
        _log(f"{row['address']} ({row['mailbox_id']}) was already disconnected")
    else:
        _log(f"disconnected {row['address']} ({row['mailbox_id']}); its history is kept")
    if not args.no_cleanup:
        handled = MailboxCleanup(connector).run_once()
        _log(f"provider cleanup: {handled} queued cleanup(s) handled (see the mailbox's timeline for each outcome)")
    print(row["mailbox_id"])
    return 0


@_friendly
def cmd_rotate_key(cfg: Config, args: argparse.Namespace) -> int:
    """Re-seal every stored credential under RELANCE_SECRET_KEY (README, "Rotating the credentials key")."""
    _configure_logging(cfg)
    keys = load_keys(cfg["RELANCE_SECRET_KEY"], cfg["RELANCE_OLD_SECRET_KEYS"])
    with db.connect(cfg.db_url) as conn:
        store = CredentialStore(conn, keys)
        current = store.key.key_id
        _log(f"re-sealing credentials under key {current}; the other keys: {', '.join(keys.key_ids[1:]) or 'none'}")
        rotation = store.rotate(lambda mailbox_id, old: log.info("re-sealed mailbox=%s from=%s", mailbox_id, old))
    _log(f"rotate-key: {rotation.rotated} credential(s) re-sealed under key {current}")
    for mailbox_id, key_id in rotation.unknown:
        _log(f"mailbox {mailbox_id}: sealed with key {key_id}, which is not configured (RELANCE_OLD_SECRET_KEYS)")
    if rotation.unknown:
        _log(f"{len(rotation.unknown)} credential(s) left as they are: add their key, then run rotate-key again")
        return 1
    _log("every credential is sealed with the current key: RELANCE_OLD_SECRET_KEYS can now be emptied")
    return 0


@_friendly
def cmd_compliance_report(cfg: Config, args: argparse.Namespace) -> int:
    """``relance report compliance``: a team's monthly compliance report as a self-contained HTML page."""
    try:
        team = uuid.UUID(args.team)
    except ValueError:
        raise ValueError(f"--team: a team id (uuid), not {args.team!r}") from None
    if not args.month:
        raise ValueError("--month: which month (YYYY-MM)")
    month = compliance.parse_month(args.month)
    with db.connect(cfg.worker_db_url) as conn:
        path = compliance.write(conn, team, month, Path(args.out or "reports"))
    print(path)
    return 0


def add_worker_commands(sub: Any) -> None:
    """``worker``, ``connect``, ``sync``, ``disconnect`` and ``rotate-key``: the connectors' commands."""
    now_help = "engine clock instant (ISO 8601 with zone) instead of real time; also RELANCE_NOW"
    run = sub.add_parser(
        "worker", help="run the connectors: notifications, sending, sync, renewals, and the intelligence loop"
    )
    run.add_argument("--once", action="store_true", help="one pass of each loop, then exit")
    run.add_argument("--now", help=now_help)
    run.add_argument(
        "--loops", type=_loops, default=",".join(LOOPS), help=f"which loops, comma-separated: {', '.join(LOOPS)}"
    )
    run.set_defaults(func=cmd_worker)
    con = sub.add_parser("connect", help="connect a Microsoft 365 or Gmail mailbox, subscribe, and backfill it")
    con.add_argument("provider", choices=["graph", "gmail"])
    con.add_argument("--address", required=True)
    con.add_argument("--team", required=True, help="team id")
    con.add_argument("--owner", required=True, help="owner user id (a member of the team)")
    con.add_argument("--display-name")
    how = con.add_mutually_exclusive_group(required=True)
    how.add_argument("--app-only", action="store_true", help="Graph: application permissions (admin consent)")
    how.add_argument("--refresh-token-stdin", action="store_true", help="delegated: a refresh token on stdin")
    how.add_argument("--auth-code", action="store_true", help="delegated: authorization code flow")
    con.add_argument("--redirect-uri", default="http://localhost:8400/callback")
    con.add_argument("--no-subscribe", action="store_true")
    con.add_argument("--no-sync", action="store_true")
    con.add_argument("--now", help=now_help)
    syn = sub.add_parser("sync", help="delta/history sync (first run: backfill) of connected mailboxes, with progress")
    syn.add_argument("--mailbox", help="mailbox id or address (default: all)")
    syn.add_argument("--full", action="store_true", help="forget the cursors: resync everything")
    syn.add_argument("--now", help=now_help)
    syn.set_defaults(func=cmd_sync)
    dis = sub.add_parser(
        "disconnect",
        help="disconnect a mailbox: stop its watch or subscriptions, revoke its grant, delete the stored grant;"
        " its history is kept",
    )
    dis.add_argument("mailbox", help="mailbox id or address")
    dis.add_argument("--reason", help="why (shown with the mailbox and on its timeline; at most 500 characters)")
    dis.add_argument("--by", help="who is disconnecting it, for the audit trail (default: $USER)")
    dis.add_argument(
        "--no-cleanup", action="store_true", help="only mark it disconnected; a running worker does the provider side"
    )
    dis.add_argument("--now", help=now_help)
    dis.set_defaults(func=cmd_disconnect)
    rot = sub.add_parser(
        "rotate-key",
        help="re-seal every stored credential under RELANCE_SECRET_KEY (the old keys in RELANCE_OLD_SECRET_KEYS)",
    )
    rot.set_defaults(func=cmd_rotate_key)
    con.set_defaults(func=cmd_connect)


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
        help="sql/ -> migrations: check for drift, generate a migration, (before the first deploy) squash"
        " every migration into one baseline, or write the web app's TypeScript types (supabase/types/database.ts)",
    )
    sch.add_argument("action", choices=["check", "generate", "squash", "types"])
    sch.add_argument("name", nargs="?", default="sql_sources")
    sch.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="work in progress: sql/ files matching GLOB count as their last committed version (check, generate)",
    )
    sch.set_defaults(func=cmd_schema)
    add_worker_commands(sub)
    ev = sub.add_parser(
        "eval",
        help="evaluate reply analysis, signature and intent reading on labelled sets (precision, recall, F1, speed)",
    )
    ev.add_argument(
        "eval_args",
        nargs=argparse.REMAINDER,
        help="--data DIR, --signatures DIR, --intents DIR, --only replies|signatures|intents, --seconds N",
    )
    ev.set_defaults(func=cmd_eval)
    rep = sub.add_parser(
        "report", help="write one self-contained HTML page of a team's follow-ups over a period (charts inline)"
    )
    rep.add_argument(
        "kind",
        nargs="?",
        default="followups",
        choices=["followups", "compliance"],
        help="followups (default): a period's follow-ups; compliance: a month's compliance report (issue 14)",
    )
    rep.add_argument("--team", required=True, help="team id, or its exact name (compliance: the team id)")
    rep.add_argument("--from", dest="first", help="first day (YYYY-MM-DD, in the team's time zone)")
    rep.add_argument("--to", dest="last", help="last day, included (YYYY-MM-DD)")
    rep.add_argument("--month", help="compliance: the month (YYYY-MM, UTC)")
    rep.add_argument(
        "--out",
        help="where to write the page (default: relance-report-<from>-<to>.html here; compliance: a directory,"
        " default ./reports)",
    )
    rep.set_defaults(func=cmd_report)
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
