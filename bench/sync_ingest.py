"""The worker's ingest, a page per call against a message per call: what a sync round's database work costs.

A sync round (workers/relance/sync.py) analyses each message (reply reading, return dates, bounces) and then
ingests it. It ingests a page of up to `INGEST_PAGE` (50) messages per call of `worker.ingest_messages`; a
worker whose login role may only become service_role, and every worker before 2026-12-04, calls
`worker.ingest_message` once per message. This runs `sync._ingest_in_order`, the round's own code with its
analysis, on engine_bench.py's workload (100,000 tracked emails, the same mix of replies, out-of-office notices,
bounces, manual follow-ups, new conversations and unrelated mail), one mailbox's messages per call as a round
hands them over, both ways on two copies of one data set, in alternating rounds so that both see the same
machine, and prints messages per second for each and their ratio.

    .venv/bin/python bench/sync_ingest.py                      # 3,000 messages each way, 10 rounds
    .venv/bin/python bench/sync_ingest.py --messages 6000 --rounds 12

It needs the local cluster (`./relance up`) and builds or reuses engine_bench.py's data set of that size.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))

import engine_bench as eb
from ingest_cpu_versions import open_side
from relance import db, stack, sync

DATA_DB = "relance_sync_ingest_data"


def _run(conn: db.Conn, addresses: dict[Any, str], part: list[tuple[uuid.UUID, list[dict[str, Any]]]]) -> int:
    """Each mailbox's messages of `part` through the sync round's ingest; returns how many were handed over."""
    done = 0
    for mailbox_id, messages in part:
        report = sync.SyncReport()
        ready = [dict(m) for m in messages]
        sync._ingest_in_order(conn, mailbox_id, addresses[mailbox_id], lambda _id: b"", ready, report, None)
        assert report.dead_letters == 0, f"set aside: {report.dead_letters}"
        done += len(messages)
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=3000, help="messages each way (a tenth warms up)")
    parser.add_argument("--rounds", type=int, default=10, help="alternating rounds")
    parser.add_argument("--tracked", type=int, default=100_000, help="tracked emails in the data set")
    parser.add_argument("--db-url", default=os.environ.get("SUPABASE_DB_URL") or eb.LOCAL_DB_URL)
    args = parser.parse_args(argv)

    target = stack.Target(args.db_url)
    eb.DATA_DB, eb.RUN_DB = DATA_DB, DATA_DB + "_copy"
    shape = eb.Shape(tracked=args.tracked, member_tracked=min(10_000, args.tracked // 100), mailboxes=40)
    eb.prepare_databases(target, shape, keep=True)
    stack.drop_database(target, eb.RUN_DB)

    ways = {"a page per call": f"{DATA_DB}_pages", "a message per call": f"{DATA_DB}_single"}
    sides: dict[str, dict[str, Any]] = {}
    for way, name in ways.items():
        side = open_side(target, eb, way, DATA_DB, name)
        url = target.url_for(name)
        # A mailbox's delta holds full pages: the messages go to a few mailboxes, as a backfill's do.
        workload = eb.make_workload(url, args.messages, 1, "sync", skip=0, seed=11, mailbox_count=8)
        with psycopg.connect(url) as conn:
            addresses: dict[Any, str] = dict(conn.execute("select id, address from public.mailboxes").fetchall())
        conn = db.connect(url)
        if way == "a message per call":
            db._NO_PAGE_CALL.add(conn)  # the path of a login role that may only become service_role
        side.update(conn=conn, addresses=addresses, items=workload.streams[0], seconds=0.0, messages=0)
        sides[way] = side

    warm = args.messages // 10
    chunk = (args.messages - warm) // args.rounds
    for side in sides.values():
        _run(side["conn"], side["addresses"], eb.paginate(side["items"][:warm], 10**9))
    order = list(sides)
    for r in range(args.rounds):
        for way in order if r % 2 == 0 else order[::-1]:
            side = sides[way]
            part = eb.paginate(side["items"][warm + r * chunk : warm + (r + 1) * chunk], 10**9)
            started = time.perf_counter()
            side["messages"] += _run(side["conn"], side["addresses"], part)
            side["seconds"] += time.perf_counter() - started

    rates = {way: side["messages"] / side["seconds"] for way, side in sides.items()}
    for way, side in sides.items():
        print(f"{way}: {side['messages']:,} messages in {side['seconds']:.1f} s, {rates[way]:,.0f} messages/s")
    print(f"a page per call / a message per call = {rates['a page per call'] / rates['a message per call']:.2f}")
    for side in sides.values():
        side["conn"].close()
        stack.drop_database(target, side["db"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
