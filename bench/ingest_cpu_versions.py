"""Backend CPU per ingested message of two checkouts whose tables differ (bench/ingest_cpu.py compares revisions
that share their tables).

    # once per checkout: its own data set, built by its own code and venv (100,000 tracked, about a minute); a
    # worktree that shares this checkout's venv (a symlink) must put its own package first, or the venv's editable
    # install builds the old side from this checkout's sql/ (both sides then run the same engine):
    cd /path/to/old
    PYTHONPATH=$PWD/workers .venv/bin/python $OLDPWD/bench/ingest_cpu_versions.py build --checkout . old_data
    cd -
    .venv/bin/python bench/ingest_cpu_versions.py build relance_cpu_data
    # then, from this checkout: the old engine against this one, in alternating rounds
    .venv/bin/python bench/ingest_cpu_versions.py compare /path/to/old old_data . relance_cpu_data

Each side ingests its own checkout's engine_bench.py workload mix (same seed) on a fresh copy of its data set,
one message per transaction or `--page` per `ingest_messages` call; rounds alternate so that both sides share
the machine. The figure is the backend's user+system CPU per message (from /proc: run it on the cluster's
machine). This is how bench/RESULTS.md compares the engine before and after issue 9."""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import psycopg
from psycopg import sql

from relance import stack
from relance.config import LOCAL_DB_URL

HERE = Path(__file__).resolve().parent


def backend_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_bench(checkout: Path, name: str) -> ModuleType:
    """A checkout's bench/engine_bench.py as its own module."""
    spec = importlib.util.spec_from_file_location(name, checkout / "bench" / "engine_bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def build(target: stack.Target, checkout: Path, data_db: str, tracked: int) -> None:
    """A checkout's data set under `data_db`, built by its own engine_bench.py (run it with that checkout's
    venv, so that its own relance package builds its own tables)."""
    sys.path.insert(0, str(checkout / "bench"))
    bench: Any = load_bench(checkout, "engine_bench")
    bench.DATA_DB, bench.RUN_DB = data_db, data_db + "_copy"
    bench.prepare_databases(target, bench.Shape(tracked=tracked, member_tracked=tracked // 100, mailboxes=40), True)
    stack.drop_database(target, bench.RUN_DB)


def open_side(target: stack.Target, bench: Any, name: str, data: str, db: str) -> dict[str, Any]:
    """A fresh copy `db` of the data set `data`, for `bench` (an engine_bench module) to run on."""
    stack.drop_database(target, db)
    with psycopg.connect(target.url_for("postgres"), autocommit=True) as conn:
        conn.execute(
            sql.SQL("create database {} template {} strategy file_copy").format(
                sql.Identifier(db), sql.Identifier(data)
            )
        )
    return {"db": db, "name": name, "bench": bench}


def start_side(target: stack.Target, side: dict[str, Any], messages: int) -> None:
    """The side's workload and its connection (after whatever was applied to its copy)."""
    workload = side["bench"].make_workload(target.url_for(side["db"]), messages, 1, "cpu", skip=0, seed=5)
    conn = psycopg.connect(target.url_for(side["db"]), autocommit=True)
    conn.execute("set role service_role")
    row = conn.execute("select pg_backend_pid()").fetchone()
    assert row is not None
    side.update(conn=conn, pid=row[0], items=workload.streams[0], cpu=0.0, messages=0)


def interleave(target: stack.Target, sides: dict[str, dict[str, Any]], messages: int, rounds: int, page: int) -> None:
    """A tenth of each side's workload to warm up, then alternating rounds, each measured as the backend's CPU;
    prints each side's CPU per message and B/A, then drops the copies."""
    warm = messages // 10
    chunk = (messages - warm) // rounds
    for side in sides.values():
        for item in side["items"][:warm]:
            side["bench"]._ingest_one(side["conn"], item)
    for r in range(rounds):
        for tag in ("A", "B") if r % 2 == 0 else ("B", "A"):
            side = sides[tag]
            part = side["items"][warm + r * chunk : warm + (r + 1) * chunk]
            before = backend_cpu(side["pid"])
            if page == 1:
                for item in part:
                    side["bench"]._ingest_one(side["conn"], item)
            else:
                for pages in side["bench"].paginate(part, page):
                    side["bench"]._ingest_page(side["conn"], pages)
            side["cpu"] += backend_cpu(side["pid"]) - before
            side["messages"] += len(part)

    per = {tag: 1000 * side["cpu"] / side["messages"] for tag, side in sides.items()}
    mode = "one per transaction" if page == 1 else f"pages of {page}"
    for tag, side in sides.items():
        print(f"{tag} ({side['name']}): {side['messages']:,} messages, {mode}: backend CPU {per[tag]:.2f} ms/message")
    print(f"B/A = {per['B'] / per['A']:.3f}")
    for side in sides.values():
        side["conn"].close()
        stack.drop_database(target, side["db"])


def compare(target: stack.Target, args: argparse.Namespace) -> None:
    sides: dict[str, dict[str, Any]] = {}
    for tag, checkout, data in (("A", args.a, args.a_data), ("B", args.b, args.b_data)):
        bench = load_bench(Path(checkout).resolve(), f"engine_bench_{tag.lower()}")
        sides[tag] = open_side(target, bench, checkout, data, f"{data}_cmp")
        start_side(target, sides[tag], args.messages)
    interleave(target, sides, args.messages, args.rounds, args.page)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db-url", default=os.environ.get("SUPABASE_DB_URL") or LOCAL_DB_URL)
    commands = parser.add_subparsers(dest="command", required=True)
    build_command = commands.add_parser("build", help="this checkout's data set")
    build_command.add_argument("data_db")
    build_command.add_argument("--checkout", type=Path, default=HERE.parent, help="whose engine_bench.py builds it")
    build_command.add_argument("--tracked", type=int, default=100_000)
    compare_command = commands.add_parser("compare", help="two checkouts, each on its data set")
    for name in ("a", "a_data", "b", "b_data"):
        compare_command.add_argument(name)
    compare_command.add_argument("--messages", type=int, default=6000, help="messages per side (a tenth warms up)")
    compare_command.add_argument("--rounds", type=int, default=12)
    compare_command.add_argument("--page", type=int, default=1)
    args = parser.parse_args(argv)
    target = stack.Target(args.db_url)
    if args.command == "build":
        build(target, args.checkout.resolve(), args.data_db, args.tracked)
    else:
        compare(target, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
