"""The engine benchmark (bench/engine_bench.py) at a tiny scale: correctness only, never timing.

Its data builder must make a data set the engine's own rules could have made, and each measurement must run
the real engine functions and leave the engine's invariants intact, or the figures in bench/RESULTS.md would
measure something else than the product.
"""

from __future__ import annotations

from typing import Any

import psycopg
from bench import engine_bench as bench


def test_bench_builds_a_consistent_team_and_measures_without_breaking_the_engine(
    db_url: str, conn: psycopg.Connection[Any]
) -> None:
    shape = bench.shape_for(2000)
    report = bench.build(db_url, shape, log=lambda _msg: None)

    assert report.rows["public.tracked_emails"] == 2000
    assert sum(report.statuses.values()) == 2000
    assert {"active", "paused", "replied", "completed", "bounced", "opted_out", "untracked"} <= set(report.statuses)
    assert bench.check_invariants(db_url) == dict.fromkeys(bench.INVARIANTS, 0)
    # Every answered tracked email's answer is a message of its conversation.
    orphans = conn.execute(
        "select count(*) from public.tracked_emails as t join public.messages as a on a.id = t.answer_message_id"
        " where a.conversation_id <> t.conversation_id"
    ).fetchone()
    assert orphans == (0,)

    # 1. Ticks queue exactly the due follow-ups, and the queue holds exactly them.
    ticks = bench.measure_ticks(db_url, rounds=2, due=100, log=lambda _msg: None)
    assert ticks.queued == [100, 100]
    assert bench.queue_state(db_url) == (200, 200)

    # 2. Every kind of mail of the mix does what the rules say, once; duplicates change nothing.
    workload = bench.make_workload(db_url, 300, 2, "smoke")
    ingest = bench.measure_ingest(db_url, workload, page=1)
    assert ingest.statuses.get("ingested", 0) + ingest.statuses.get("duplicate", 0) == 300
    assert ingest.statuses.get("duplicate", 0) == workload.kinds.get("duplicate", 0)
    assert ingest.effects.get("tracked", 0) == workload.kinds["new_tracked"]
    assert ingest.effects.get("replied", 0) >= workload.kinds["reply"]
    assert ingest.effects.get("manual_followup", 0) == workload.kinds["manual_followup"]
    paged = bench.measure_ingest(db_url, bench.make_workload(db_url, 100, 2, "paged", skip=200, seed=3), page=25)
    assert paged.statuses.get("ingested", 0) > 0
    plain = bench.measure_plain_insert(db_url, ingest.message_ids, 2)
    assert plain.messages == len(ingest.message_ids) == ingest.statuses["ingested"]

    # 3. The member sees exactly their own tracked emails (the builder's, and any tracked since), under RLS.
    member = bench.member_id()
    owned = conn.execute("select count(*) from public.tracked_emails where owner_id = %s", (member,)).fetchone()
    assert owned is not None and owned[0] >= shape.member_tracked
    latency = bench.measure_rls(db_url, member, runs=3)
    assert latency["first page, next due"].rows == min(50, owned[0])
    with psycopg.connect(db_url, autocommit=True) as member_conn:
        # The dashboard's first page is the view's first 50 rows in the same order.
        page = bench.rls_request(member_conn, member, bench.RLS_QUERIES["first page, next due"])
        view = bench.rls_request(
            member_conn,
            member,
            "select * from public.followup_activity_summary order by next_followup_due_at, tracked_email_id limit 50",
        )
        assert page == view
    with psycopg.connect(db_url, autocommit=True) as member_conn:
        counts = bench.rls_request(member_conn, member, bench.RLS_QUERIES["counts by status"])
    assert sum(int(c) for _s, c in counts) == owned[0]

    assert bench.check_invariants(db_url) == dict.fromkeys(bench.INVARIANTS, 0)
