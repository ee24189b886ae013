"""The local stack: `relance up` is idempotent, and the app database is what Supabase has."""

from __future__ import annotations

from typing import Any

import psycopg

from relance import stack


def _fingerprint(url: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute(
            """select n.nspname, c.relname, c.relkind from pg_class c
               join pg_namespace n on n.oid = c.relnamespace
               where n.nspname in ('public', 'private', 'auth', 'pgmq', 'cron', 'supabase_migrations')
               union all
               select 'migration', version, 'm' from supabase_migrations.schema_migrations
               order by 1, 2"""
        ).fetchall()


def test_up_twice_changes_nothing(target: stack.Target) -> None:
    stack.up(target, log=lambda _m: None)
    before = _fingerprint(target.url)
    said: list[str] = []
    stack.up(target, log=said.append)
    assert _fingerprint(target.url) == before
    assert said == ["migrations: up to date"]


def test_app_database_is_the_cron_database_with_the_supabase_platform(target: stack.Target) -> None:
    with psycopg.connect(target.url) as conn:
        assert conn.execute("show cron.database_name").fetchone() == (target.dbname,)
        assert conn.execute("show shared_preload_libraries").fetchone() == ("pg_cron",)
        exts = {r[0] for r in conn.execute("select extname from pg_extension").fetchall()}
        assert {"pg_cron", "pgcrypto", "pgtap", "plpgsql_check"} <= exts
        roles = conn.execute(
            "select rolname, rolbypassrls from pg_roles"
            " where rolname in ('anon', 'authenticated', 'service_role', 'authenticator') order by 1"
        ).fetchall()
        assert roles == [
            ("anon", False),
            ("authenticated", False),
            ("authenticator", False),
            ("service_role", True),
        ]
        # auth.uid() reads the claims PostgREST sets, exactly as on Supabase.
        with conn.transaction(force_rollback=True):
            conn.execute("""select set_config('request.jwt.claims', '{"sub": "6d0c0b1e-0000-4000-8000-000000000001",
                            "role": "authenticated", "email": "a@b.c"}', true)""")
            row = conn.execute("select auth.uid()::text, auth.role(), auth.email(), auth.jwt() ->> 'role'").fetchone()
            assert row == ("6d0c0b1e-0000-4000-8000-000000000001", "authenticated", "a@b.c", "authenticated")
        assert conn.execute("select count(*) from pgmq.list_queues()").fetchone() is not None


def test_cron_jobs_are_registered_by_name_in_the_cron_database(target: stack.Target) -> None:
    stack.up(target, log=lambda _m: None)
    with psycopg.connect(target.url) as conn:
        jobs = conn.execute("select jobname, schedule, command, database from cron.job order by jobname").fetchall()
        assert jobs == [
            ("relance-access-log-retention", "0 2 1 * *", "select private.purge_access_logs()", target.dbname),
            (
                "relance-ai-preferences-purge",
                "0 4 * * 0",
                "select private.purge_expired_preferences()",
                target.dbname,
            ),
            (
                "relance-anonymise-inactive-users",
                "0 1 * * 1",
                "select worker.anonymise_inactive_users()",
                target.dbname,
            ),
            ("relance-autofill", "7 * * * *", "select worker.run_autofill()", target.dbname),
            ("relance-compliance-report", "0 3 1 * *", "select private.write_compliance_reports()", target.dbname),
            (
                "relance-cron-history-cleanup",
                "23 3 * * *",
                "delete from cron.job_run_details where end_time < now() - interval '7 days'",
                target.dbname,
            ),
            ("relance-health-snapshot", "*/5 * * * *", "select private.record_health_snapshot()", target.dbname),
            ("relance-live-mail", "* * * * *", "select worker.queue_live_mail()", target.dbname),
            ("relance-privacy-retention", "53 3 * * *", "select private.apply_privacy_retention()", target.dbname),
            ("relance-queue-archive-purge", "17 3 * * *", "select private.purge_queue_archive()", target.dbname),
            ("relance-retention", "41 3 * * *", "select private.purge_expired()", target.dbname),
            ("relance-scheduler", "* * * * *", "select worker.run_followup_scheduler()", target.dbname),
            ("relance-status-counts", "* * * * *", "select private.compact_status_counts()", target.dbname),
        ]
        # Registering again (a re-run migration, `relance up`) never duplicates a job.
        conn.execute("select private.schedule_jobs()")
        assert conn.execute("select count(*) from cron.job").fetchone() == (13,)


def test_cluster_resources_follow_the_machines_memory() -> None:
    def setting(conf: str, name: str) -> str:
        return next(line.split("=", 1)[1].strip().strip("'") for line in conf.splitlines() if line.startswith(name))

    big, small = stack.size_conf(24 * 1024**3), stack.size_conf(4 * 1024**3)
    assert (setting(big, "shared_buffers"), setting(big, "effective_cache_size")) == ("6144MB", "18432MB")
    assert (setting(small, "shared_buffers"), setting(small, "effective_cache_size")) == ("1024MB", "3072MB")
    # Durability is never tuned away by the cluster configuration.
    for conf in (big, small, stack.CLUSTER_CONF):
        assert not any(
            line.startswith(("fsync", "full_page_writes", "synchronous_commit")) for line in conf.splitlines()
        )
