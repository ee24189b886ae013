"""Where ingest's backend time goes, and the ratio to a plain INSERT that writing its rows alone would reach.

engine_bench.py compares ingest with a plain INSERT of the same `public.messages` rows made the same way (issue 17
item 3: ratio >= 0.4). Ingest writes more than that row: the conversation and its ids, the insight row, the
tracked email, its follow-up, the timeline's events, the counters. This script runs engine_bench.py's ingest
workload and its plain INSERT once each, one message per transaction and in pages, on a fresh copy of the kept
data set, with pg_stat_statements counting every statement, nested ones included, and prints per message:

- the backend time of ingest, of its write statements (every INSERT, UPDATE or DELETE it runs, with their
  indexes, foreign-key checks and triggers; statements nested in those triggers are inside their time), and of
  the plain INSERT per row;
- the ratios: the wall-clock one engine_bench.py prints, the backend one, and the floor: what the ratio would be
  if ingest did nothing but its writes (no validation, lookups, locks or rules), the client's cost per call (the
  plain INSERT's wall time less its backend time) added to both sides.

A floor under the target says the target needs fewer rows per message, or cheaper rows, not faster logic.

    .venv/bin/python bench/ingest_floor.py                       # 100,000 tracked emails, 3,000 messages per mode
    .venv/bin/python bench/ingest_floor.py --tracked 1000000 --messages 5000

It needs pg_stat_statements loaded by the cluster, which `./relance up` does not do (Supabase's hosted
Postgres loads it; the local cluster keeps only pg_cron); the script says how to load it when it is missing. The
data set is engine_bench.py's `relance_bench_data_<tracked>` (built when missing or stale, as `--keep` does)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parent))

import engine_bench as eb
from ingest_cpu_versions import open_side
from relance import stack

# Statements that only run inside a trigger of another write: their time is already in that write's.
NESTED = ("insert into public.message_insights", "update public.tracked_email_status_counts")
INGEST_CALLS = ("worker.ingest_message(", "worker.ingest_messages(")
TARGET = 0.4


@dataclass
class Profile:
    per_message_us: float  # backend time of the measured top-level statements, per message (or row)
    writes_us: dict[str, float]  # per message: each kind of write statement ("insert into public.events")

    @property
    def writes_total_us(self) -> float:
        return sum(self.writes_us.values())


def loaded(url: str) -> bool:
    with psycopg.connect(url) as conn:
        row = conn.execute("show shared_preload_libraries").fetchone()
    return row is not None and "pg_stat_statements" in str(row[0])


def fresh_copy(target: stack.Target, data_db: str, db: str) -> str:
    open_side(target, eb, "floor", data_db, db)
    with psycopg.connect(target.url_for("postgres"), autocommit=True) as conn:
        # Every statement, nested ones (inside functions and triggers) too, for every connection to the copy.
        conn.execute(sql.SQL("alter database {} set pg_stat_statements.track = 'all'").format(sql.Identifier(db)))
    with psycopg.connect(target.url_for(db), autocommit=True) as conn:
        conn.execute("create extension if not exists pg_stat_statements")
    return target.url_for(db)


def reset(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("select pg_stat_statements_reset()")


def profile(url: str, count: int, top_level: tuple[str, ...]) -> Profile:
    """What pg_stat_statements counted since the last reset, per message (`count`): the top-level statements
    that contain `top_level`, and the write statements nested in them."""
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            "select toplevel, total_exec_time, lower(regexp_replace(query, '\\s+', ' ', 'g')) "
            "from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())"
        ).fetchall()
    top = 0.0
    writes: dict[str, float] = {}
    for is_top, ms, query in rows:
        if is_top:
            if any(t in query for t in top_level):
                top += ms
            continue
        statement = query.lstrip("( ")
        if statement.startswith(("insert into", "update ", "delete from")) and not statement.startswith(NESTED):
            key = " ".join(statement.split()[:3])
            writes[key] = writes.get(key, 0.0) + ms
    return Profile(top / count * 1000, {k: v / count * 1000 for k, v in writes.items()})


def measure(target: stack.Target, data_db: str, messages: int, page: int) -> None:
    url = fresh_copy(target, data_db, f"{data_db}_floor")
    # A page belongs to one mailbox: four mailboxes get the mail, so that their deltas hold full pages.
    workload = eb.make_workload(url, messages, 1, "floor", seed=5, mailbox_count=4 if page > 1 else None)
    reset(url)
    ingest = eb.measure_ingest(url, workload, page=page)
    ing = profile(url, ingest.messages, INGEST_CALLS)
    reset(url)
    plain = eb.measure_plain_insert(url, ingest.message_ids, 1, page=page)
    pla = profile(url, plain.messages, ("insert into public.messages",))
    stack.drop_database(target, f"{data_db}_floor")

    mode = "one message per transaction" if page == 1 else f"pages of {page} (ingest_messages)"
    print(f"\n{mode}, 1 connection, {ingest.messages:,} messages ({ingest.errors} retried)")
    print(f"  ingest        {ingest.rate:8,.0f} msg/s   backend {ing.per_message_us:7,.0f} us/message")
    print(
        f"  of which writes                    {ing.writes_total_us:7,.0f} us/message "
        f"({ing.writes_total_us / ing.per_message_us:.0%})"
    )
    for key, us in sorted(ing.writes_us.items(), key=lambda kv: -kv[1])[:10]:
        print(f"      {us:7,.0f} us  {key}")
    print(f"  plain INSERT  {plain.rate:8,.0f} rows/s  backend {pla.per_message_us:7,.0f} us/row")
    client_us = max(0.0, 1e6 / plain.rate - pla.per_message_us)  # per row: the round trip, the driver, the commit
    floor_wall = (pla.per_message_us + client_us) / (ing.writes_total_us + client_us)
    print(f"  client and commit per call, from the plain INSERT: {client_us:,.0f} us per row")
    print(f"  {'ratio':<48} {'measured':>9}   target")
    for label, value in (
        ("wall clock (engine_bench.py's)", ingest.rate / plain.rate),
        ("backend time", pla.per_message_us / ing.per_message_us),
        ("floor, backend: ingest doing only its writes", pla.per_message_us / ing.writes_total_us),
        ("floor, wall clock: the same, with the client's cost", floor_wall),
    ):
        print(f"  {label:<48} {value:9.2f}   >= {TARGET} ({'met' if value >= TARGET else 'missed'})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tracked", type=int, default=100_000, help="tracked emails in the data set")
    parser.add_argument("--messages", type=int, default=3000, help="messages ingested in each mode")
    parser.add_argument("--page", type=int, default=50, help="messages per ingest_messages call in the paged mode")
    parser.add_argument("--db-url", default=os.environ.get("SUPABASE_DB_URL") or eb.LOCAL_DB_URL)
    args = parser.parse_args(argv)

    target = stack.Target(args.db_url)
    stack.ensure_cluster(target, log=eb._stderr)
    if not loaded(target.url_for("postgres")):
        print(
            "pg_stat_statements is not loaded by this cluster. Load it, then restart the cluster:\n"
            "  psql postgresql://postgres:postgres@127.0.0.1:54322/postgres -c "
            "\"alter system set shared_preload_libraries = 'pg_cron', 'pg_stat_statements'\"\n"
            "  pg_ctlcluster 15 relance restart\n"
            "and afterwards, to go back to the stack's own settings:\n"
            "  psql postgresql://postgres:postgres@127.0.0.1:54322/postgres -c "
            "'alter system reset shared_preload_libraries'\n"
            "  pg_ctlcluster 15 relance restart",
            file=sys.stderr,
        )
        return 2
    data_db = f"{eb.DATA_DB}_{args.tracked}"
    started = time.perf_counter()
    eb.prepare_databases(target, eb.shape_for(args.tracked), True, eb._stderr, data_db, f"{eb.RUN_DB}_{args.tracked}")
    stack.drop_database(target, f"{eb.RUN_DB}_{args.tracked}")
    print(f"ingest's writes against a plain INSERT, {args.tracked:,} tracked emails ({data_db})")
    for page in (1, args.page):
        measure(target, data_db, args.messages, page)
    print(f"\n{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
