"""The engine benchmark (bench/engine_bench.py) at a tiny scale: correctness only, never timing.

Its data builder must make a data set the engine's own rules could have made, and each measurement must run
the real engine functions and leave the engine's invariants intact, or the figures in bench/RESULTS.md would
measure something else than the product.
"""

from __future__ import annotations

import json
from typing import Any

import psycopg
from bench import engine_bench as bench

from relance import stack
from tests.conftest import clone


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
    # The follow-ups lie in the table in the order they fall due, as the engine writes them (FOLLOWUP_LAYOUT_SQL).
    out_of_order = conn.execute(
        "select count(*) from (select due_at, lag(due_at) over (order by ctid) as previous from public.followups) as f"
        " where due_at < previous"
    ).fetchone()
    assert out_of_order == (0,)

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
        # The request the benchmark times (as PostgREST makes it) answers the same rows as one JSON body.
        count, body = bench.rls_body(member_conn, member, bench.RLS_QUERIES["first page, next due"])
        assert count == len(page)
        assert [row["tracked_email_id"] for row in json.loads(body)] == [str(row[0]) for row in page]
    with psycopg.connect(db_url, autocommit=True) as member_conn:
        counts = bench.rls_request(member_conn, member, bench.RLS_QUERIES["counts by status"])
    assert sum(int(c) for _s, c in counts) == owned[0]

    assert bench.check_invariants(db_url) == dict.fromkeys(bench.INVARIANTS, 0)


def test_bench_measures_two_sizes_side_by_side_with_their_ratio(target: stack.Target, template_db: str) -> None:
    """Issue 17: one run measures two sizes and prints each figure at both, with the ratio of the larger to the
    smaller, so a cost that grows with stored data shows at a glance (here two tiny sizes, no timing)."""
    names = [clone(target, template_db), clone(target, template_db)]
    try:
        urls, shapes = [target.url_for(name) for name in names], [bench.shape_for(n) for n in (1000, 2000)]
        for url, shape in zip(urls, shapes, strict=True):
            bench.build(url, shape, log=lambda _msg: None)
        # The ticks of both sizes interleaved, as the benchmark runs them; then the rest, size by size.
        # Pages of 2: the paged runs spread over every mailbox (the member's own holds only 10 or 20 here).
        options = bench.Options(due=40, ticks=2, ingest=40, page=2, rls_runs=2)
        # First the due drawn at random among the scheduled: each tick's put back, the queue left empty.
        scattered = bench.measure_ticks_across(
            urls,
            options.ticks,
            options.due,
            log=lambda _msg: None,
            reset=True,
            mark=bench.MARK_SCATTERED_SQL,
            keep_last=False,
        )
        assert [t.queued for t in scattered] == [[40, 40], [40, 40]]
        assert [bench.queue_state(url) for url in urls] == [(0, 0), (0, 0)]
        ticks = bench.measure_ticks_across(urls, options.ticks, options.due, log=lambda _msg: None, reset=True)
        reports = [
            bench.measure_size(url, shape, options, log=lambda _msg: None, ticks=tick_report, ticks_scattered=worst)
            for url, shape, tick_report, worst in zip(urls, shapes, ticks, scattered, strict=True)
        ]
    finally:
        for name in names:
            stack.drop_database(target, name)

    for report in reports:
        # Each size's ticks queued exactly what was due, and the engine's invariants held after everything.
        assert report.ticks.queued == [40, 40]
        assert report.queue_ok
        assert report.invariants == dict.fromkeys(bench.INVARIANTS, 0)
        # The admin sees the whole team, the member only their own mailbox.
        assert 0 < report.sees["member"] <= report.sees["admin"] <= report.stored["tracked"]
    assert [r.stored["tracked"] for r in reports] == [1000, 2000]

    figures = bench.figures(reports)
    names_seen = [f.name for f in figures]
    assert "scheduler tick, 40 due: median" in names_seen
    assert "scheduler tick: median at 2,000 / at 1,000" in names_seen
    assert "scheduler tick, the due drawn at random among the scheduled (no target): median" in names_seen
    assert any(n.startswith("RLS admin: first page, next due") for n in names_seen)
    assert any(n.startswith("RLS member: counts by status") for n in names_seen)
    for figure in figures:
        if figure.name.startswith("scheduler tick: median at"):
            assert figure.values == [reports[1].ticks.median / reports[0].ticks.median]
        else:
            # A figure can read 0 at the small size on a fast machine (a duration under the timer's grain): the
            # bench then prints no ratio (growth None) rather than dividing by zero (seen in CI).
            first, second = figure.values
            assert figure.growth == (second / first if first else None)
    lines = bench.report_lines(reports)
    header = next(line for line in lines if "figure" in line)
    assert "1,000" in header and "2,000" in header and "ratio" in header and "target" in header
    tick = next(line for line in lines if "scheduler tick, 40 due: median" in line)
    assert "< 0.25 s at 2,000" in tick
