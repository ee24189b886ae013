"""The minutely live-mail run (pg_cron `relance-live-mail`, `worker.queue_live_mail`): what a run costs when a
backfill has left a team's history pending.

The run puts the mail received since each mailbox was connected (`mailboxes.tracks_from`) on the intelligence
queue; the history waits for the hourly autofill run, 50 messages an hour, so it can stay pending for weeks. A run
every minute must cost what arrived, not what is pending. On a copy of engine_bench.py's data set (100,000
tracked emails: 3 teams, 40 mailboxes, about 70,000 inbound messages pending), this times the run in three states:

- **history only**: every mailbox connected after its mail was received, so everything pending is history;
- **mixed connections**: one mailbox a team connected long ago with 5 messages pending, the others connected
  after their mail (the history of the later ones lies after the earliest connection);
- **a burst**: the 20 newest inbound messages of each of the 40 mailboxes arrived since the connection (800 live),
  each run queueing the teams' batch sizes (3 x 50).

In those three, the outbound mail is marked read (as the runs leave it within the hour; its contacts, which those
runs do not read, are not made). The run also makes contacts of a backfill's sent mail, 500 messages a team a run
(`private.contacts_from_outbound`):

- **a backfill's sent mail**: the data set's 110,000 outbound messages pending, each naming its recipient in its
  To display (`analysis.recipients`), so each run makes contacts of 3 x 500 messages and records their names.
  Target: a team's batch under 1 s (the run, a batch per team, must end well within its minute, and an admin's
  `run_autofill_now`, which takes the same batch, within the API's statement timeout of 8 s).
- **a backfill's sent mail, runs in one session**: the same, every run in one session that keeps its plans, as
  PostgREST's pool does for `run_autofill_now`, starting from a contacts table analyzed empty (a new team's
  first minutes, before autovacuum analyzes it). Same target: a run's cost must not grow with the contacts its
  earlier runs made.

It prints the median and worst of `--runs` runs of each state beside its target (the median is judged, the worst
in one session).

    .venv/bin/python bench/live_mail_run.py [--runs 20]

It needs the local cluster (`./relance up`) and builds or reuses engine_bench.py's data set of 100,000.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import psycopg
from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parent))

import engine_bench as eb
from relance import stack

TARGET_MS = 50.0
SENT_TARGET_MS = 1000.0
RUN_DB = "relance_live_mail_bench"

# The outbound mail marked read, as the runs leave it within the hour of a backfill (its contacts are not made:
# the inbound runs never read them).
OUTBOUND_DONE = "update public.message_insights set state = 'done' where direction = 'outbound'"
# Each outbound message names its recipients in its To display, as the worker's analysis reads it.
NAMED = """update public.messages as m set analysis = m.analysis || jsonb_build_object('recipients', (
               select jsonb_object_agg(a, jsonb_build_object('name', 'Jean Martin', 'first_name', 'Jean'))
               from unnest(m.to_addresses) as a))
           where m.direction = 'outbound' and cardinality(m.to_addresses) > 0"""

SENT_MAIL = [NAMED, "update public.mailboxes set tracks_from = (select max(message_at) from public.message_insights)"]

STATES = {
    "history only": [
        OUTBOUND_DONE,
        "update public.mailboxes set tracks_from = (select max(message_at) from public.message_insights)",
    ],
    "mixed connections": [
        OUTBOUND_DONE,
        "update public.mailboxes set tracks_from = (select max(message_at) from public.message_insights)",
        """update public.mailboxes set tracks_from = '2000-01-01'
           where id in (select distinct on (team_id) id from public.mailboxes order by team_id, id)""",
        """update public.message_insights as i set state = 'done'
           where i.mailbox_id in (select id from public.mailboxes where tracks_from = '2000-01-01')
               and i.message_id not in (
                   select j.message_id from public.message_insights as j
                   where j.mailbox_id = i.mailbox_id and j.state = 'pending' and j.direction = 'inbound'
                   order by j.message_at desc limit 5
               )""",
    ],
    "a burst": [
        OUTBOUND_DONE,
        """update public.mailboxes as b set tracks_from = (
               select i.message_at from public.message_insights as i
               where i.mailbox_id = b.id and i.direction = 'inbound' and i.state = 'pending'
               order by i.message_at desc offset 19 limit 1
           )""",
    ],
    "a backfill's sent mail": SENT_MAIL,
    "a backfill's sent mail, runs in one session": SENT_MAIL,
}
# Timed in one session, its plans kept from run to run, as PostgREST's pool keeps them for an admin's
# run_autofill_now (and as one run over many teams' backfills keeps them from team to team). The contacts table
# is analyzed empty and autovacuum left off for it, as in the minute after a new team's backfill: plans made for
# an empty contacts table must not go on scanning it whole as the batches fill it.
ONE_SESSION = {"a backfill's sent mail, runs in one session"}


OUTBOUND_PENDING = "select count(*) from public.message_insights where state = 'pending' and direction = 'outbound'"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="runs timed in each state")
    parser.add_argument("--db-url", default=eb.LOCAL_DB_URL)
    args = parser.parse_args(argv)
    target = stack.Target(args.db_url)
    stack.ensure_cluster(target)
    size = 100_000
    data_db = f"{eb.DATA_DB}_{size}"
    eb.prepare_databases(target, eb.shape_for(size), True, eb._stderr, data_db, f"{eb.RUN_DB}_{size}")
    stack.drop_database(target, f"{eb.RUN_DB}_{size}")
    missed = False
    print(f"worker.queue_live_mail, {args.runs} runs in each state")
    for name, setup in STATES.items():
        stack.drop_database(target, RUN_DB)
        with psycopg.connect(target.url_for("postgres"), autocommit=True) as conn:
            conn.execute(
                sql.SQL("create database {} template {} strategy file_copy").format(
                    sql.Identifier(RUN_DB), sql.Identifier(data_db)
                )
            )
        try:
            with psycopg.connect(target.url_for(RUN_DB), autocommit=True) as conn:
                for statement in setup:
                    conn.execute(statement)
                # As autovacuum would have by now (the setup rewrote rows the runs read).
                conn.execute("vacuum analyze public.message_insights")
                conn.execute("vacuum analyze public.messages")
                if name in ONE_SESSION:
                    conn.execute("alter table public.contacts set (autovacuum_enabled = off)")
                    conn.execute("alter table public.contact_facts set (autovacuum_enabled = off)")
                    conn.execute("analyze public.contacts")
                    conn.execute("analyze public.contact_facts")
                pending = conn.execute(
                    "select count(*) filter (where i.direction = 'inbound'"
                    " and i.message_at >= coalesce(b.tracks_from, '-infinity')),"
                    " count(*) filter (where i.direction = 'inbound'), count(*) filter (where i.direction = 'outbound')"
                    " from public.message_insights as i join public.mailboxes as b on b.id = i.mailbox_id"
                    " where i.state = 'pending'"
                ).fetchone()
                assert pending is not None
                if name not in ONE_SESSION:
                    conn.execute("select worker.queue_live_mail(now())")  # untimed: warms the caches
                # Timed apart: the runs that queued or read something (a burst empties at 150 a run, a backfill's
                # sent mail at 1,500) and those that did not. Each run in a connection of its own, as pg_cron opens
                # one for each run of a job (so each run plans its statements anew: a session's plans made while
                # the contacts table was empty would go on scanning it whole as it fills).
                timed: dict[bool, list[float]] = {True: [], False: []}
                for _ in range(args.runs):
                    before = conn.execute(OUTBOUND_PENDING).fetchone()
                    if name in ONE_SESSION:
                        started = time.perf_counter()
                        row = conn.execute("select worker.queue_live_mail(now())").fetchone()
                        elapsed = (time.perf_counter() - started) * 1000
                    else:
                        with psycopg.connect(target.url_for(RUN_DB), autocommit=True) as run:
                            started = time.perf_counter()
                            row = run.execute("select worker.queue_live_mail(now())").fetchone()
                            elapsed = (time.perf_counter() - started) * 1000
                    after = conn.execute(OUTBOUND_PENDING).fetchone()
                    timed[bool(row and row[0]) or before != after].append(elapsed)
                contacts = conn.execute("select count(*) from public.contacts").fetchone()
                assert contacts is not None
        finally:
            stack.drop_database(target, RUN_DB)
        print(
            f"  {name}: {pending[0]:,} live of {pending[1]:,} pending inbound messages,"
            f" {pending[2]:,} outbound pending; {contacts[0]:,} contacts after the runs"
        )
        # A backfill's sent mail: the target is a team's batch (the run takes one per team).
        teams = eb.shape_for(size).teams if pending[2] else 1
        goal = SENT_TARGET_MS if pending[2] else TARGET_MS
        for queueing, times in timed.items():
            if not times:
                continue
            median, top = statistics.median(times) / teams, max(times) / teams
            # In one session the verdict is the worst run: the last runs are the ones stale plans would slow.
            judged = top if name in ONE_SESSION else median
            missed = missed or judged >= goal
            what = "runs with nothing to queue"
            if queueing:
                what = "a team's batch of sent mail" if pending[2] else "runs that queued mail"
            print(
                f"    {what:28s} {len(times):>3}: median {median:6.1f} ms, worst {top:6.1f} ms"
                f"  (target < {goal:.0f} ms{', worst' if name in ONE_SESSION else ''}:"
                f" {'ok' if judged < goal else 'MISSED'})"
            )
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
