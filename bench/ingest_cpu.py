"""Backend CPU time per ingested message, two versions of the engine side by side.

Wall-clock throughput on a shared 2-core machine moves by 20-50 % from one minute to the next; the CPU time
the Postgres backend itself spends per message moves far less, and interleaving the two versions in small
rounds gives both the same machine. This is how the issue-9 changes to ingest were judged
(bench/RESULTS.md); the throughput targets are still `engine_bench.py`'s.

    .venv/bin/python bench/ingest_cpu.py --a HEAD~1 --b .      # a git revision against the working tree
    .venv/bin/python bench/ingest_cpu.py --a HEAD --b HEAD --page 50   # the noise floor, pages of 50

Each side is the functions, policies and jobs of `sql/` at that revision (`.` = the working tree) applied on a
copy of one data set built by this checkout's `sql/` (`--tracked`, default 100,000, kept between runs as
`relance_cpu_data`): the two revisions must share their tables (sql/tables/). Both sides ingest the same
workload (engine_bench.py's mix), one message per transaction or `--page` per `ingest_messages` call, in
`--rounds` alternating rounds; the figure is the backend's user+system CPU (from /proc, so the benchmark must
run on the cluster's machine) divided by the messages."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parent))

import engine_bench as eb
from relance import schema, stack
from relance.config import REPO_ROOT

DATA_DB = "relance_cpu_data"


def sql_root(rev: str, into: Path) -> Path:
    """`sql/` at a git revision (or the working tree for '.'), as a directory."""
    if rev == ".":
        return REPO_ROOT / "sql"
    archive = subprocess.run(["git", "archive", rev, "sql"], cwd=REPO_ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "sql"


def backend_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--a", default="HEAD", help="git revision of side A ('.' for the working tree)")
    parser.add_argument("--b", default=".", help="git revision of side B ('.' for the working tree)")
    parser.add_argument("--messages", type=int, default=6000, help="messages per side (a tenth warms up)")
    parser.add_argument("--rounds", type=int, default=12, help="alternating rounds")
    parser.add_argument("--page", type=int, default=1, help="1: one ingest_message per transaction; N: pages")
    parser.add_argument("--tracked", type=int, default=100_000, help="tracked emails in the data set")
    parser.add_argument("--db-url", default=os.environ.get("SUPABASE_DB_URL") or eb.LOCAL_DB_URL)
    args = parser.parse_args(argv)

    target = stack.Target(args.db_url)
    eb.DATA_DB, eb.RUN_DB = DATA_DB, DATA_DB + "_copy"
    shape = eb.Shape(tracked=args.tracked, member_tracked=min(10_000, args.tracked // 100), mailboxes=40)
    eb.prepare_databases(target, shape, keep=True)
    stack.drop_database(target, eb.RUN_DB)

    sides: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for tag, rev in (("A", args.a), ("B", args.b)):
            db = f"{DATA_DB}_{tag.lower()}"
            stack.drop_database(target, db)
            with psycopg.connect(target.url_for("postgres"), autocommit=True) as conn:
                conn.execute(
                    sql.SQL("create database {} template {} strategy file_copy").format(
                        sql.Identifier(db), sql.Identifier(DATA_DB)
                    )
                )
            schema.apply_sources(target.url_for(db), root=sql_root(rev, Path(tmp) / tag))
            workload = eb.make_workload(target.url_for(db), args.messages, 1, "cpu", skip=0, seed=5)
            conn = psycopg.connect(target.url_for(db), autocommit=True)
            conn.execute("set role service_role")
            row = conn.execute("select pg_backend_pid()").fetchone()
            assert row is not None
            sides[tag] = {"db": db, "rev": rev, "conn": conn, "pid": row[0], "items": workload.streams[0]}
            sides[tag].update(cpu=0.0, messages=0)

    warm = args.messages // 10
    chunk = (args.messages - warm) // args.rounds
    for side in sides.values():
        for item in side["items"][:warm]:
            eb._ingest_one(side["conn"], item)
    for r in range(args.rounds):
        for tag in ("A", "B") if r % 2 == 0 else ("B", "A"):
            side = sides[tag]
            part = side["items"][warm + r * chunk : warm + (r + 1) * chunk]
            before = backend_cpu(side["pid"])
            if args.page == 1:
                for item in part:
                    eb._ingest_one(side["conn"], item)
            else:
                for page in eb.paginate(part, args.page):
                    eb._ingest_page(side["conn"], page)
            side["cpu"] += backend_cpu(side["pid"]) - before
            side["messages"] += len(part)

    per = {tag: 1000 * side["cpu"] / side["messages"] for tag, side in sides.items()}
    mode = "one per transaction" if args.page == 1 else f"pages of {args.page}"
    for tag, side in sides.items():
        print(f"{tag} ({side['rev']}): {side['messages']:,} messages, {mode}: backend CPU {per[tag]:.2f} ms/message")
    print(f"B/A = {per['B'] / per['A']:.3f}")
    for side in sides.values():
        side["conn"].close()
        stack.drop_database(target, side["db"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
