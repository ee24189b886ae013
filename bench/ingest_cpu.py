"""Backend CPU time per ingested message, two versions of the engine side by side.

Wall-clock throughput on a shared 2-core machine moves by 20-50 % from one minute to the next; the CPU time
the Postgres backend itself spends per message moves far less, and interleaving the two versions in small
rounds gives both the same machine. This is how the issue-9 changes to ingest were judged
(bench/RESULTS.md); the throughput targets are still `engine_bench.py`'s.

    .venv/bin/python bench/ingest_cpu.py --a HEAD~1 --b .      # a git revision against the working tree
    .venv/bin/python bench/ingest_cpu.py --a HEAD --b HEAD --page 50   # the noise floor, pages of 50

Each side is the functions, policies and jobs of `sql/` at that revision (`.` = the working tree) applied on a
copy of one data set built by this checkout's `sql/` (`--tracked`, default 100,000, kept between runs as
`relance_cpu_data`, or `--data-db`, so that two sessions on one cluster do not share one): the two revisions
must share their tables (sql/tables/). Both sides ingest the same
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

import engine_bench as eb
from ingest_cpu_versions import interleave, open_side, start_side
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--a", default="HEAD", help="git revision of side A ('.' for the working tree)")
    parser.add_argument("--b", default=".", help="git revision of side B ('.' for the working tree)")
    parser.add_argument("--messages", type=int, default=6000, help="messages per side (a tenth warms up)")
    parser.add_argument("--rounds", type=int, default=12, help="alternating rounds")
    parser.add_argument("--page", type=int, default=1, help="1: one ingest_message per transaction; N: pages")
    parser.add_argument("--tracked", type=int, default=100_000, help="tracked emails in the data set")
    parser.add_argument("--db-url", default=os.environ.get("SUPABASE_DB_URL") or eb.LOCAL_DB_URL)
    parser.add_argument(
        "--data-db", default=DATA_DB, help="the data set's database (its copies: <name>_a, <name>_b), kept between runs"
    )
    args = parser.parse_args(argv)

    target = stack.Target(args.db_url)
    data_db = args.data_db
    eb.DATA_DB, eb.RUN_DB = data_db, data_db + "_copy"
    shape = eb.Shape(tracked=args.tracked, member_tracked=min(10_000, args.tracked // 100), mailboxes=40)
    eb.prepare_databases(target, shape, keep=True)
    stack.drop_database(target, eb.RUN_DB)

    sides: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for tag, rev in (("A", args.a), ("B", args.b)):
            sides[tag] = open_side(target, eb, rev, data_db, f"{data_db}_{tag.lower()}")
            schema.apply_sources(target.url_for(sides[tag]["db"]), root=sql_root(rev, Path(tmp) / tag))
            start_side(target, sides[tag], args.messages)
    interleave(target, sides, args.messages, args.rounds, args.page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
