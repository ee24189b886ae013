"""Engine benchmark: the follow-up engine's SQL on a synthetic team, at two sizes side by side.

Run: `.venv/bin/python bench/engine_bench.py [--sizes 100000,1000000] [--keep]`. For each size it builds its own
database on the local cluster from sql/ alone (`schema.build_declared`, the database `relance schema check` proves
the same as the migrations'), fills it set-based in SQL, then measures:

1. a scheduler tick (`run_followup_scheduler`) with exactly `--due` (10,000) follow-ups due, on fresh due sets:
   the next ones due, stored together as the engine writes them (the target's), and beside it as many drawn at
   random among the scheduled ones;
2. ingest throughput on a realistic mix of mail, with 2 connections and with 1, one `ingest_message` per
   transaction and one `ingest_messages` per page of a mailbox's mail, and the ratio to a plain INSERT of the
   same rows into public.messages made the same way;
3. the dashboard requests of a member owning 10,000 tracked emails (at 1,000,000) and of the admin who sees the
   whole team, under RLS as PostgREST runs them.

It prints each figure at every size with the ratio of the largest to the smallest, and its target beside it. The
data of a size is built once into `relance_bench_data_<size>` and every run measures on a fresh copy of it
(`relance_bench_<size>`, `create database … template`, dropped once measured), so the measurements never see each
other's writes; `--keep` reuses a built data set of the same shape and the same sql/tables/, applying sql/'s
functions and policies again.
Nothing here is part of the test suite (tests/test_bench_smoke.py runs the same code at a tiny scale for
correctness only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

from relance import schema, stack
from relance.config import LOCAL_DB_URL

# The instant the synthetic history leads up to: a Tuesday, 09:00 in Paris, in the past of the wall clock (R13
# compares provider send times with ingested_at, which is always clock time). Every tick and ingest runs after it.
T0 = datetime(2026, 11, 17, 8, 0, tzinfo=UTC)

TICK_TARGET_S = 0.25  # issue 17: at the largest size ...
TICK_GROWTH_MAX = 1.2  # ... and within 20 % of the same tick at the smallest
TICK_WORST_S = 1.0  # issue 9: no tick slower than a second
INGEST_RATIO_TARGET = 0.4  # issue 17 item 3: ingest against a plain INSERT of the same rows
INGEST_TARGET_PER_S = 1000.0
RLS_TARGET_P95_MS = 10.0  # issue 17 (the engine issue asked < 50 ms of the first page)

Log = Callable[[str], None]


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------------------------
# Shape of the synthetic data set
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """What the builder makes. Everything else (states, recipients, times) is derived from the row number."""

    tracked: int = 1_000_000
    member_tracked: int = 10_000  # tracked emails of the one member the RLS queries act as
    mailboxes: int = 400
    teams: int = 3
    unrelated_per_tracked: float = 0.5  # untracked mail (newsletters, inbound mail nobody tracks) per tracked email
    chunk: int = 50_000

    @property
    def member_step(self) -> int:
        """Every member_step-th tracked email belongs to the member's mailbox: spread over the whole heap."""
        return max(2, self.tracked // self.member_tracked)

    @property
    def contacts(self) -> int:
        """Distinct external people: each is a recipient of about three tracked emails."""
        return max(10, self.tracked // 3)

    def key(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def shape_for(tracked: int) -> Shape:
    """A realistic shape at any scale: 2,500 tracked emails per mailbox up to 400 mailboxes, three teams."""
    mailboxes = max(4, min(400, tracked // 2500))
    member = min(10_000, max(10, tracked // 100))
    return Shape(
        tracked=tracked,
        member_tracked=member,
        mailboxes=mailboxes,
        teams=min(3, mailboxes - 1),
        chunk=min(50_000, max(1000, tracked // 10)),
    )


# Teams, their members and mailboxes. Ids are derived from names (md5 → uuid) so every statement can compute
# them again without a join. Mailbox 0 belongs to "the member" (role member: sees their own mailboxes only).
SETUP_SQL = """
insert into auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data)
select md5('bench-user-' || k)::uuid, 'authenticated', 'authenticated', 'user' || k || '@bench.test',
    '{}'::jsonb, '{}'::jsonb
from generate_series(0, %(mailboxes)s - 1) as k
union all
select md5('bench-owner-' || t)::uuid, 'authenticated', 'authenticated', 'owner' || t || '@bench.test',
    '{}'::jsonb, '{}'::jsonb
from generate_series(0, %(teams)s - 1) as t;

insert into public.teams (id, name, domains)
select md5('bench-team-' || t)::uuid, 'Bench team ' || t, array['team' || t || '.example']
from generate_series(0, %(teams)s - 1) as t;

-- Team 0 works in Paris with the French holidays; team 1 in Paris; team 2 in New York.
update public.team_settings as s
set time_zone = case x.t when 2 then 'America/New_York' else 'Europe/Paris' end,
    holiday_calendar = case x.t when 0 then 'fr' end
from (select t, md5('bench-team-' || t)::uuid as id from generate_series(0, %(teams)s - 1) as t) as x
where s.team_id = x.id;

insert into public.team_members (team_id, user_id, role)
select md5('bench-team-' || t)::uuid, md5('bench-owner-' || t)::uuid, 'owner'::public.team_role
from generate_series(0, %(teams)s - 1) as t
union all
select md5('bench-team-' || (k %% %(teams)s))::uuid, md5('bench-user-' || k)::uuid, 'member'::public.team_role
from generate_series(0, %(mailboxes)s - 1) as k;

-- A few mailboxes are paused (holidays) or need reconnecting: the scheduler must leave them alone.
insert into public.mailboxes (id, team_id, owner_id, provider, address, display_name, status)
select md5('bench-mailbox-' || k)::uuid, md5('bench-team-' || (k %% %(teams)s))::uuid, md5('bench-user-' || k)::uuid,
    (case when k %% 3 = 2 then 'gmail' else 'graph' end)::public.mail_provider,
    'user' || k || '@team' || (k %% %(teams)s) || '.example', 'User ' || k,
    (case when k > 0 and k %% 50 = 49 then 'paused' when k > 0 and k %% 97 = 96 then 'needs_reauth'
        else 'active' end)::public.mailbox_status
from generate_series(0, %(mailboxes)s - 1) as k;

"""

# One row per tracked email of the chunk: its state and every instant, derived from the row number i.
# Mix: 15 % active, 2 % paused, 35 % replied, 38 % completed, 3 % bounced, 2 % opted out, 5 % untracked.
PLAN_SQL = """
create temp table bench_plan as
with g as (
    select
        i,
        (i::bigint * 2654435761 %% 1000)::integer as r,
        (i::bigint * 40503 %% 997)::integer as r2,
        (i::bigint * 69069 %% 100003)::integer as r3,
        (i::bigint * 104729 + 13) %% %(contacts)s as c1,
        (i::bigint * 7877 + 5) %% %(contacts)s as c2
    from generate_series(%(lo)s, %(hi)s) as i
),
s as (
    select g.*,
        case
            when r < 150 then 'active' when r < 170 then 'paused' when r < 520 then 'replied'
            when r < 900 then 'completed' when r < 930 then 'bounced' when r < 950 then 'opted_out'
            else 'untracked'
        end::public.tracked_status as status,
        case when i %% %(step)s = 0 then 0 else 1 + (i::bigint * 7919 %% (%(mailboxes)s - 1))::integer end as mb
    from g
),
n as (
    select s.*,
        case status
            when 'completed' then 3 - (r2 %% 5 = 0)::integer
            when 'replied' then r2 %% 3
            when 'active' then r2 %% 3
            when 'paused' then r2 %% 2
            when 'opted_out' then r2 %% 2
            else 0
        end as n_auto,
        case status
            when 'completed' then (r2 %% 5 = 0)::integer
            when 'replied' then (r2 %% 7 = 0 and r2 %% 3 < 2)::integer
            else 0
        end as n_manual,
        case
            when status in ('active', 'paused') then
                %(t0)s::timestamptz - interval '3 days' - make_interval(mins => r3 %% 17280)
            else %(t0)s::timestamptz - interval '15 days'
                - make_interval(secs => (%(n)s - i)::double precision * 500 * 86400 / %(n)s)
                - make_interval(mins => r3 %% 600)
        end as sent_at
    from s
)
select
    n.i, n.status, n.n_auto, n.n_manual, n.n_auto + n.n_manual as n_total, n.sent_at,
    md5('te' || n.i)::uuid as te_id,
    md5('cv' || n.i)::uuid as conv_id,
    b.id as mailbox_id, b.team_id, b.owner_id, b.address as mb_address, b.domain as mb_domain,
    case when n.r2 %% 10 = 0 and n.c2 <> n.c1
        then array['c' || n.c1 || '@client' || (n.c1 %% 5000) || '.example', 'c' || n.c2 || '@client' || (n.c2 %% 5000)
            || '.example']
        else array['c' || n.c1 || '@client' || (n.c1 %% 5000) || '.example']
    end as recipients,
    n.sent_at + (n.n_auto + n.n_manual) * interval '26 hours' as last_activity_at,
    case when n.status in ('active', 'paused')
        then %(t0)s::timestamptz + interval '1 hour' + make_interval(mins => (n.r3 * 31) %% 40320)
    end as due_at,
    case n.status
        when 'bounced' then n.sent_at + interval '10 minutes'
        else n.sent_at + (n.n_auto + n.n_manual) * interval '26 hours' + interval '5 hours'
    end as answer_at,
    'Proposition ' || n.i || ' : accompagnement patrimonial' as subject,
    n.r2
from n
join bench_mailbox as b on b.k = n.mb;
"""

CHUNK_SQL = [
    (
        "conversations",
        """
insert into public.conversations (id, team_id, mailbox_id, provider_thread_id, subject, normalized_subject,
    created_at, last_message_at)
select conv_id, team_id, mailbox_id, 'th-' || i, subject, lower(subject), sent_at,
    case when status in ('replied', 'opted_out', 'bounced') then answer_at else last_activity_at end
from bench_plan
""",
    ),
    (
        "messages",
        """
insert into public.messages (id, team_id, mailbox_id, conversation_id, provider_message_id, internet_message_id,
    in_reply_to, "references", direction, folder, kind, from_address, from_name, to_addresses, cc_addresses,
    subject, sent_at, received_at, headers, body_text, analysis, relance_followup_id, ingested_at)
-- The tracked email (k = 0), then its automatic follow-ups (engine), then the manual ones, all outbound.
select md5('ms' || p.i || '.' || k)::uuid, p.team_id, p.mailbox_id, p.conv_id, 'pm-' || p.i || '-' || k,
    '<m' || p.i || '.' || k || '@' || p.mb_domain || '>',
    case when k > 0 then '<m' || p.i || '.' || (k - 1) || '@' || p.mb_domain || '>' end,
    case when k > 0 then array(select '<m' || p.i || '.' || j || '@' || p.mb_domain || '>'
        from generate_series(0, k - 1) as j) else '{}' end,
    'outbound', 'sent', case when k between 1 and p.n_auto then 'engine' else 'human' end::public.message_kind,
    p.mb_address, 'Sender', p.recipients[1:1], p.recipients[2:2],
    case when k = 0 then p.subject else 'RE: ' || p.subject end,
    p.sent_at + k * interval '26 hours', p.sent_at + k * interval '26 hours',
    case when k between 1 and p.n_auto
        then jsonb_build_object('x-relance-followup-id', md5('fu' || p.i || '.' || k)::uuid) else '{}' end,
    'Bonjour, suite à notre échange je vous adresse notre proposition ' || p.i
        || ' pour l''accompagnement de votre patrimoine. ' || repeat('Nous restons à votre disposition. ', 8),
    '{}',
    case when k between 1 and p.n_auto then md5('fu' || p.i || '.' || k)::uuid end,
    p.sent_at + k * interval '26 hours'
from bench_plan as p
cross join lateral generate_series(0, p.n_total) as k
union all
-- The answer: a reply, an opt-out or a bounce, inbound.
select md5('ms' || p.i || '.a')::uuid, p.team_id, p.mailbox_id, p.conv_id, 'pm-' || p.i || '-a',
    '<a' || p.i || '@' || split_part(p.recipients[1], '@', 2) || '>',
    '<m' || p.i || '.' || p.n_total || '@' || p.mb_domain || '>',
    array(select '<m' || p.i || '.' || j || '@' || p.mb_domain || '>' from generate_series(0, p.n_total) as j),
    'inbound', 'inbox', case p.status when 'bounced' then 'bounce' else 'human' end::public.message_kind,
    case p.status when 'bounced' then 'mailer-daemon@' || split_part(p.recipients[1], '@', 2) else p.recipients[1] end,
    'Client', array[p.mb_address], '{}',
    case p.status when 'bounced' then 'Undeliverable: ' || p.subject else 'RE: ' || p.subject end,
    p.answer_at, p.answer_at, '{}',
    case p.status
        when 'opted_out' then 'Merci de ne plus me contacter.'
        when 'bounced' then 'Delivery has failed to these recipients.'
        else 'Bonjour, merci pour votre message, je reviens vers vous la semaine prochaine. Cordialement.'
    end,
    case p.status
        when 'opted_out' then '{"kind": "human", "opt_out": true, "opt_out_phrase": "ne plus me contacter"}'::jsonb
        when 'bounced' then jsonb_build_object('kind', 'bounce', 'bounce', jsonb_build_object(
            'recipients', jsonb_build_array(jsonb_build_object('address', p.recipients[1], 'permanent', true)),
            'original_message_id', '<m' || p.i || '.0@' || p.mb_domain || '>'))
        else '{"kind": "human"}'::jsonb
    end,
    null, p.answer_at
from bench_plan as p
where p.status in ('replied', 'opted_out', 'bounced')
""",
    ),
    (
        "conversation refs",
        """
insert into private.conversation_refs (mailbox_id, ref, conversation_id)
select p.mailbox_id, '<m' || p.i || '.' || k || '@' || p.mb_domain || '>', p.conv_id
from bench_plan as p
cross join lateral generate_series(0, p.n_total) as k
union all
select p.mailbox_id, '<a' || p.i || '@' || split_part(p.recipients[1], '@', 2) || '>', p.conv_id
from bench_plan as p
where p.status in ('replied', 'opted_out', 'bounced')
union all
select p.mailbox_id, 'thread:th-' || p.i, p.conv_id
from bench_plan as p
""",
    ),
    (
        "tracked emails",
        """
insert into public.tracked_emails (id, team_id, mailbox_id, owner_id, conversation_id, message_id, subject,
    recipients, sent_at, status, status_reason, status_changed_at, tracked_by, answered_at, answer_message_id,
    automatic_sent, manual_detected, last_activity_at, next_due_at, created_at)
select p.te_id, p.team_id, p.mailbox_id, p.owner_id, p.conv_id, md5('ms' || p.i || '.0')::uuid, p.subject,
    p.recipients, p.sent_at, p.status,
    case p.status
        when 'replied' then p.recipients[1] || ' replied'
        when 'opted_out' then p.recipients[1] || ' asked not to be contacted again'
        when 'bounced' then 'delivery failed permanently for ' || p.recipients[1]
        when 'completed' then '3 follow-ups: the maximum'
        when 'untracked' then 'untracked on request'
        when 'paused' then 'paused on request'
    end,
    case when p.status in ('replied', 'opted_out', 'bounced') then p.answer_at
        when p.status in ('active', 'paused') then p.sent_at
        else p.last_activity_at end,
    case when p.r2 %% 20 = 0 then 'user' else 'auto' end,
    case when p.status in ('replied', 'opted_out') then p.answer_at end,
    case when p.status in ('replied', 'opted_out') then md5('ms' || p.i || '.a')::uuid end,
    p.n_auto, p.n_manual, p.last_activity_at, p.due_at, p.sent_at
from bench_plan as p
""",
    ),
    (
        "follow-ups",
        """
insert into public.followups (id, team_id, mailbox_id, tracked_email_id, seq, status, base_at, due_at, queued_at,
    claim_token, claimed_at, final_claim_at, attempts, internet_message_id, provider_message_id, sent_at, reason,
    created_at, updated_at, tracked_email_paused)
select md5('fu' || p.i || '.' || k)::uuid, p.team_id, p.mailbox_id, p.te_id, k, 'sent',
    p.sent_at + (k - 1) * interval '26 hours', p.sent_at + k * interval '26 hours',
    p.sent_at + k * interval '26 hours', gen_random_uuid(), p.sent_at + k * interval '26 hours',
    p.sent_at + k * interval '26 hours', 1, '<m' || p.i || '.' || k || '@' || p.mb_domain || '>',
    'pm-' || p.i || '-' || k, p.sent_at + k * interval '26 hours', null,
    p.sent_at + (k - 1) * interval '26 hours', p.sent_at + k * interval '26 hours', false
from bench_plan as p
cross join lateral generate_series(1, p.n_auto) as k
union all
-- The pending one: scheduled while active or paused, cancelled when the tracking ended otherwise.
select md5('fu' || p.i || '.' || (p.n_total + 1))::uuid, p.team_id, p.mailbox_id, p.te_id, p.n_total + 1,
    case when p.status in ('active', 'paused') then 'scheduled' else 'cancelled' end::public.followup_status,
    p.last_activity_at, coalesce(p.due_at, p.last_activity_at + interval '1 day'),
    null, null, null, null, 0, null, null, null,
    case p.status when 'replied' then 'replied' when 'opted_out' then 'opted out' when 'bounced' then 'bounced'
        when 'untracked' then 'untracked' end,
    p.last_activity_at, coalesce(p.answer_at, p.last_activity_at), p.status = 'paused'
from bench_plan as p
where p.status <> 'completed'
""",
    ),
    (
        "manual follow-ups",
        """
insert into public.manual_followups (team_id, tracked_email_id, message_id, seq, sent_at, created_at)
select p.team_id, p.te_id, md5('ms' || p.i || '.' || k)::uuid, k, p.sent_at + k * interval '26 hours',
    p.sent_at + k * interval '26 hours'
from bench_plan as p
cross join lateral generate_series(p.n_auto + 1, p.n_total) as k
""",
    ),
    (
        "events",
        """
-- The timeline within the retention window (90 days: older events are purged by the retention job).
insert into public.events (team_id, mailbox_id, tracked_email_id, followup_id, message_id, kind, reason, details,
    occurred_at, created_at)
select p.team_id, p.mailbox_id, p.te_id, null, md5('ms' || p.i || '.0')::uuid, 'tracked',
    'new conversation with an external recipient (tracking policy: auto)',
    jsonb_build_object('recipients', p.recipients), p.sent_at, p.sent_at
from bench_plan as p
where p.sent_at > %(t0)s::timestamptz - interval '90 days'
union all
select p.team_id, p.mailbox_id, p.te_id, md5('fu' || p.i || '.' || k)::uuid, null, 'sent',
    'follow-up ' || k || ' sent (sent by the worker)', '{}',
    p.sent_at + k * interval '26 hours', p.sent_at + k * interval '26 hours'
from bench_plan as p
cross join lateral generate_series(1, p.n_auto) as k
where p.sent_at > %(t0)s::timestamptz - interval '90 days'
union all
select p.team_id, p.mailbox_id, p.te_id, null, null, 'scheduled',
    'follow-up ' || (p.n_total + 1) || ' of 3 due', jsonb_build_object('due_at', coalesce(p.due_at, p.answer_at)),
    p.last_activity_at, p.last_activity_at
from bench_plan as p
where p.sent_at > %(t0)s::timestamptz - interval '90 days' and p.status <> 'completed'
union all
select p.team_id, p.mailbox_id, p.te_id, null,
    case when p.status in ('replied', 'opted_out', 'bounced') then md5('ms' || p.i || '.a')::uuid end,
    p.status::text, 'tracking ended: ' || p.status::text, '{}',
    coalesce(p.answer_at, p.last_activity_at), coalesce(p.answer_at, p.last_activity_at)
from bench_plan as p
where p.sent_at > %(t0)s::timestamptz - interval '90 days' and p.status not in ('active', 'paused')
""",
    ),
    (
        "suppressions and holds",
        """
insert into public.suppressions (team_id, address, reason, detail, message_id, created_at)
select distinct on (p.team_id, p.recipients[1]) p.team_id, p.recipients[1],
    case p.status when 'bounced' then 'bounced' else 'opted_out' end,
    case p.status when 'bounced' then 'permanent delivery failure' else 'ne plus me contacter' end,
    md5('ms' || p.i || '.a')::uuid, p.answer_at
from bench_plan as p
where p.status in ('bounced', 'opted_out')
on conflict do nothing;
-- About one in a hundred of the people being followed up are away, back within two weeks.
insert into public.holds (team_id, address, return_on, created_at)
select distinct on (p.team_id, p.recipients[1]) p.team_id, p.recipients[1],
    (%(t0)s::timestamptz + make_interval(days => 1 + p.r2 %% 14))::date, %(t0)s::timestamptz - interval '1 day'
from bench_plan as p
where p.status = 'active' and p.r2 %% 100 = 7
on conflict do nothing
""",
    ),
    (
        "untracked mail",
        """
-- Mail nobody tracks: inbound from people and vendors, newsletters; one message per conversation.
with u as (
    select j, b.id as mailbox_id, b.team_id, b.address,
        %(t0)s::timestamptz - make_interval(secs => ((j * 7841) %% (520 * 86400))::double precision) as at
    from generate_series(%(ulo)s::bigint, %(uhi)s::bigint) as j
    join bench_mailbox as b on b.k = (j * 131 %% %(mailboxes)s)::integer
),
c as (
    insert into public.conversations (id, team_id, mailbox_id, provider_thread_id, subject, normalized_subject,
        created_at, last_message_at)
    select md5('ucv' || j)::uuid, team_id, mailbox_id, 'uth-' || j, 'Information ' || j, 'information ' || j, at, at
    from u
),
r as (
    insert into private.conversation_refs (mailbox_id, ref, conversation_id)
    select mailbox_id, '<u' || j || '@vendor' || (j %% 3000) || '.example>', md5('ucv' || j)::uuid from u
    union all
    select mailbox_id, 'thread:uth-' || j, md5('ucv' || j)::uuid from u
)
insert into public.messages (team_id, mailbox_id, conversation_id, provider_message_id, internet_message_id,
    direction, folder, kind, from_address, from_name, to_addresses, subject, sent_at, received_at, headers,
    body_text, analysis, ingested_at)
select team_id, mailbox_id, md5('ucv' || j)::uuid, 'pu-' || j, '<u' || j || '@vendor' || (j %% 3000) || '.example>',
    'inbound', 'inbox', case when j %% 3 = 0 then 'list' else 'human' end::public.message_kind,
    'x' || (j %% 50000) || '@vendor' || (j %% 3000) || '.example', 'Vendor', array[address], 'Information ' || j,
    at, at,
    case when j %% 3 = 0 then '{"list-unsubscribe": "<mailto:unsubscribe@vendor.example>"}'::jsonb else '{}' end,
    repeat('Lettre d''information et actualités du marché. ', 10),
    case when j %% 3 = 0 then '{"kind": "list"}'::jsonb else '{"kind": "human"}'::jsonb end, at
from u
""",
    ),
]


@dataclass
class BuildReport:
    seconds: float
    rows: dict[str, int] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    database_size: str = ""


BUILD_SESSION = [
    # Durability of a throwaway build does not matter, nor does JIT (it compiles each big statement for
    # ~0.5 s); the engine's tables, indexes, triggers and foreign keys all stay exactly as production has them.
    "set synchronous_commit = off",
    "set jit = off",
    "set work_mem = '64MB'",
    "set maintenance_work_mem = '1GB'",
]

MAILBOX_MAP_SQL = """
create temp table bench_mailbox as
select k, m.id, m.team_id, m.owner_id, m.address, split_part(m.address, '@', 2) as domain
from generate_series(0, %(mailboxes)s - 1) as k
join public.mailboxes as m on m.id = md5('bench-mailbox-' || k)::uuid;
alter table bench_mailbox add primary key (k)
"""


def _connect_builder(url: str) -> psycopg.Connection[Any]:
    conn = psycopg.connect(url, autocommit=True, cursor_factory=psycopg.ClientCursor)
    for statement in BUILD_SESSION:
        conn.execute(statement)
    return conn


# The engine writes a follow-up when it plans it (the tracked email's send, the previous follow-up's, a manual one),
# one working interval before it falls due, so the follow-ups due together were written together, next to each
# other in the table. The chunks above write them in tracked-email order with due times drawn at random, which
# scattered the due ones over every page of the table: a tick then touched a page per due row, more pages the larger
# the table (bench/RESULTS.md, 2026-12-02). Rewritten in due order (with the table's fillfactor), the data set holds
# them as the engine does. Due follow-ups drawn at random among the scheduled ones stay measured beside it
# (MARK_SCATTERED_SQL).
FOLLOWUP_LAYOUT = "due-order-1"  # part of the data set's key: a change rebuilds kept data sets
FOLLOWUP_LAYOUT_SQL = (
    "create index bench_followups_due_order on public.followups (due_at, created_at)",
    "cluster public.followups using bench_followups_due_order",
    "drop index bench_followups_due_order",
)


def build(url: str, shape: Shape, log: Log = _stderr, workers: int = 2) -> BuildReport:
    """Fills an empty engine database (built from sql/) with the synthetic team, set-based.

    Chunks of `shape.chunk` tracked emails, each one transaction of big INSERT … SELECT statements, run on
    `workers` connections at once (the machine's cores); then vacuum analyze, as autovacuum would have done.
    """
    started = time.perf_counter()
    params: dict[str, Any] = {
        "mailboxes": shape.mailboxes,
        "teams": shape.teams,
        "contacts": shape.contacts,
        "step": shape.member_step,
        "n": shape.tracked,
        "t0": T0.isoformat(),
    }
    with _connect_builder(url) as conn, conn.transaction():
        conn.execute(SETUP_SQL, params)

    chunks = [(lo, min(lo + shape.chunk - 1, shape.tracked)) for lo in range(1, shape.tracked + 1, shape.chunk)]
    pending = list(reversed(chunks))
    done: list[int] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with _connect_builder(url) as wconn:
                wconn.execute(MAILBOX_MAP_SQL, params)
                while True:
                    with lock:
                        if not pending or errors:
                            return
                        lo, hi = pending.pop()
                    ulo = round((lo - 1) * shape.unrelated_per_tracked) + 1
                    uhi = round(hi * shape.unrelated_per_tracked)
                    with wconn.transaction():
                        wconn.execute(PLAN_SQL, params | {"lo": lo, "hi": hi})
                        for _name, statement in CHUNK_SQL:
                            wconn.execute(statement, params | {"lo": lo, "hi": hi, "ulo": ulo, "uhi": uhi})
                        wconn.execute("drop table bench_plan")
                    with lock:
                        done.append(hi - lo + 1)
                        built = sum(done)
                    elapsed = time.perf_counter() - started
                    log(
                        f"  built {built:>9,} / {shape.tracked:,} tracked emails ({len(done)}/{len(chunks)} chunks), "
                        f"{elapsed:4.0f} s, about {elapsed / built * (shape.tracked - built):4.0f} s left"
                    )
        except BaseException as exc:  # surfaced below, in the calling thread
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(max(1, workers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]

    with _connect_builder(url) as conn:
        log("  status counters folded (as pg_cron does every minute) ...")
        conn.execute("select private.compact_status_counts()")
        log("  follow-ups in the order the engine writes them (each planned a working interval before it is due) ...")
        for statement in FOLLOWUP_LAYOUT_SQL:
            conn.execute(statement)
        log("  vacuum analyze (as autovacuum would have done by now) ...")
        conn.execute("vacuum (analyze)")
        report = BuildReport(seconds=time.perf_counter() - started)
        for table in (
            "public.mailboxes",
            "public.conversations",
            "public.messages",
            "private.conversation_refs",
            "public.tracked_emails",
            "public.followups",
            "public.manual_followups",
            "public.events",
            "public.suppressions",
            "public.holds",
        ):
            row = conn.execute(
                "select reltuples::bigint from pg_catalog.pg_class where oid = %s::regclass", (table,)
            ).fetchone()
            report.rows[table] = int(row[0]) if row else 0
        report.statuses = {
            str(s): int(c)
            for s, c in conn.execute("select status, count(*) from public.tracked_emails group by 1 order by 2 desc")
        }
        size = conn.execute("select pg_size_pretty(pg_database_size(current_database()))").fetchone()
        report.database_size = str(size[0]) if size else ""
    return report


def admin_id() -> uuid.UUID:
    """The admin the RLS queries also act as: owner of team 0, who sees every mailbox of that team."""
    import hashlib

    return uuid.UUID(hashlib.md5(b"bench-owner-0").hexdigest())  # noqa: S324 (an id, as md5()::uuid in SQL)


def member_id() -> uuid.UUID:
    """The member the RLS queries act as: owner of mailbox 0 (role member)."""
    import hashlib

    return uuid.UUID(hashlib.md5(b"bench-user-0").hexdigest())  # noqa: S324 (an id, as md5()::uuid in SQL)


# ---------------------------------------------------------------------------------------------------------------
# 1. Scheduler tick
# ---------------------------------------------------------------------------------------------------------------

# `due` follow-ups that the scheduler may send (active tracked email, mailbox and team), the first in {order}, become
# due one minute before p_now; the tracked emails' next_due_at follows, as plan_followup keeps them. MARK_DUE_SQL:
# the next ones due.
_MARK_SQL = """
with chosen as (
    select f.id, f.tracked_email_id
    from public.followups as f
    join public.tracked_emails as t on t.id = f.tracked_email_id and t.status = 'active'
    join public.mailboxes as m on m.id = f.mailbox_id and m.status = 'active'
    join public.teams as tm on tm.id = f.team_id and tm.paused_at is null
    where f.status = 'scheduled' and f.due_at > %(now)s
    order by {order}
    limit %(due)s
),
moved as (
    update public.followups as f set due_at = %(now)s::timestamptz - interval '1 minute'
    from chosen as c
    where f.id = c.id
    returning f.id
)
update public.tracked_emails as t set next_due_at = %(now)s::timestamptz - interval '1 minute'
from chosen as c
where t.id = c.tracked_email_id
"""
MARK_DUE_SQL = _MARK_SQL.format(order="f.due_at")

# Beside the target's ticks (no target): the due follow-ups drawn at random among the scheduled ones, so that they
# sit on as many pages as the scheduled ones fill, however they were written.
MARK_SCATTERED_SQL = _MARK_SQL.format(order="pg_catalog.hashtext(f.id::text)")


def backend_cpu(pid: int) -> float | None:
    """User + system CPU seconds of a Postgres backend (on this machine), or None where /proc cannot tell. On a
    shared machine this moves far less than wall time with other load."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class TickReport:
    seconds: list[float]
    queued: list[int]
    cpu: list[float] = field(default_factory=list)  # the backend's CPU seconds per tick, when /proc shows it

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def worst(self) -> float:
        return max(self.seconds)

    @property
    def cpu_median(self) -> float | None:
        return statistics.median(self.cpu) if self.cpu and len(self.cpu) == len(self.seconds) else None


# After a timed tick, untimed: the follow-ups it queued go back to scheduled (due a month later, their tracked
# emails following) and the queue is emptied, so that every tick finds `due` follow-ups due at any size (a data set of
# 100,000 tracked emails holds fewer than 50,000 scheduled follow-ups).
RESET_SQL = """
with back as (
    update public.followups as f
    set queued_at = null, due_at = %(now)s::timestamptz + interval '30 days'
    where f.status = 'scheduled' and f.queued_at = %(now)s
    returning f.id, f.tracked_email_id
),
tracked as (
    update public.tracked_emails as t set next_due_at = %(now)s::timestamptz + interval '30 days'
    from back as b
    where t.id = b.tracked_email_id
)
select count(*) from back
"""
# The ticks run first, so the queue holds only what the last tick queued, now put back.
PURGE_SQL = "select pgmq.purge_queue('followup_sends')"


def measure_ticks(
    url: str, rounds: int, due: int, log: Log = _stderr, reset: bool = False, mark: str = MARK_DUE_SQL
) -> TickReport:
    """`rounds` scheduler ticks, each with exactly `due` follow-ups due (fresh ones every time), timed as
    pg_cron runs it: one statement in its own transaction, as the service role. With `reset`, what a tick queued
    is put back after it (untimed, RESET_SQL), so the queue ends with the last tick's follow-ups only."""
    return measure_ticks_across([url], rounds, due, log, reset, mark)[0]


def measure_ticks_across(
    urls: Sequence[str],
    rounds: int,
    due: int,
    log: Log = _stderr,
    reset: bool = False,
    mark: str = MARK_DUE_SQL,
    keep_last: bool = True,
) -> list[TickReport]:
    """measure_ticks on several data sets at once, interleaved: each round ticks once on every data set in turn
    (the order reversed every other round). This machine's speed drifts by a factor of two within an hour, so
    ticks measured one size after the other (a quarter of an hour apart) compared the machine as much as the
    sizes; interleaved, every size gets the same minutes and the ratio between them is the engine's. `mark` makes
    the due follow-ups (MARK_DUE_SQL: the next ones, together; MARK_SCATTERED_SQL: anywhere); with `reset` and
    not `keep_last`, the last tick's follow-ups are put back too and the queue is left empty."""
    reports = [TickReport(seconds=[], queued=[]) for _ in urls]
    conns = [psycopg.connect(url, autocommit=True) for url in urls]
    try:
        for r in range(rounds):
            now = T0 + timedelta(seconds=r + 1)
            order = list(range(len(urls))) if r % 2 == 0 else list(reversed(range(len(urls))))
            for i in order:
                conn, report = conns[i], reports[i]
                pid = conn.info.backend_pid
                conn.execute(mark, {"now": now, "due": due})
                cpu = backend_cpu(pid)
                started = time.perf_counter()
                row = conn.execute("select worker.run_followup_scheduler(%s)", (now,)).fetchone()
                elapsed = time.perf_counter() - started
                cpu_after = backend_cpu(pid)
                if cpu is not None and cpu_after is not None:
                    report.cpu.append(cpu_after - cpu)
                queued = int(row[0]) if row else -1
                report.seconds.append(elapsed)
                report.queued.append(queued)
                where = f" ({conn.info.dbname})" if len(urls) > 1 else ""
                log(
                    f"  tick {r + 1}/{rounds}{where}: {queued:,} queued in {elapsed * 1000:.0f} ms"
                    + (f" ({report.cpu[-1] * 1000:.0f} ms backend CPU)" if len(report.cpu) == r + 1 else "")
                )
                if reset and (r < rounds - 1 or not keep_last):
                    conn.execute(RESET_SQL, {"now": now})
                    conn.execute(PURGE_SQL)
    finally:
        for conn in conns:
            conn.close()
    return reports


# ---------------------------------------------------------------------------------------------------------------
# 2. ingest_message throughput
# ---------------------------------------------------------------------------------------------------------------

CANDIDATES_SQL = """
select t.id, t.mailbox_id, b.address, t.recipients, m.internet_message_id, c.provider_thread_id, t.subject
from public.tracked_emails as t
join public.mailboxes as b on b.id = t.mailbox_id and b.status = 'active'
join public.messages as m on m.id = t.message_id
join public.conversations as c on c.id = t.conversation_id
where t.status = 'active' and (%(mailboxes)s::uuid[] is null or t.mailbox_id = any(%(mailboxes)s::uuid[]))
order by md5(t.id::text)
limit %(n)s
"""

MAILBOXES_SQL = """
select b.id, b.address, tm.domains[1]
from public.mailboxes as b
join public.teams as tm on tm.id = b.team_id
where b.status = 'active'
order by b.address
"""

# Per 100 messages: what a team's mailboxes see on a working day.
MIX: list[tuple[str, int]] = [
    ("unrelated_inbound", 30),  # a person nobody tracks writes in
    ("newsletter", 10),  # list mail
    ("new_tracked", 20),  # a new outbound conversation to a prospect: tracked (R1)
    ("internal", 5),  # outbound to a colleague: not tracked
    ("reply", 11),  # a tracked person answers (R5)
    ("opt_out", 1),  # … asking to stop (R8)
    ("out_of_office", 5),  # an automatic reply, most with a return date (R6)
    ("bounce", 2),  # a delivery failure for a tracked email (R7)
    ("manual_followup", 8),  # the user follows up by hand (R4)
    ("duplicate", 8),  # delta sync delivers again, or a second provider id for one Message-ID
]


ANSWERING = ("reply", "opt_out", "out_of_office", "bounce", "manual_followup")


@dataclass
class Workload:
    streams: list[list[tuple[uuid.UUID, dict[str, Any]]]]
    kinds: dict[str, int]

    @property
    def size(self) -> int:
        return sum(len(s) for s in self.streams)


def _address(name: str, domain: str) -> dict[str, str]:
    return {"address": name + "@" + domain, "name": name.title()}


def make_workload(
    url: str, n: int, streams: int, tag: str, skip: int = 0, seed: int = 7, mailbox_count: int | None = None
) -> Workload:
    """`n` normalised messages (DESIGN.md contract) in `streams` streams split by mailbox, as workers would
    each sync their own mailboxes. Tracked emails answered or followed up come from the active ones, `skip`
    first candidates left to another workload. `mailbox_count`: only that many mailboxes get mail (so that a
    mailbox's delta holds full pages when the run ingests a page per call)."""
    rng = random.Random(seed)
    plan: list[str] = []
    for kind, weight in MIX:
        plan += [kind] * weight
    kinds = [plan[rng.randrange(len(plan))] for _ in range(n)]
    need = sum(1 for k in kinds if k in ANSWERING)
    with psycopg.connect(url) as conn:
        mailboxes = conn.execute(MAILBOXES_SQL).fetchall()[:mailbox_count]
        chosen = [mb[0] for mb in mailboxes] if mailbox_count else None
        candidates = conn.execute(CANDIDATES_SQL, {"n": skip + need, "mailboxes": chosen}).fetchall()[skip:]
    if len(candidates) < need:
        raise RuntimeError(f"only {len(candidates)} active tracked emails to answer, {need} needed")
    by_stream: list[list[tuple[uuid.UUID, dict[str, Any]]]] = [[] for _ in range(streams)]
    stream_of = {mb[0]: i % streams for i, mb in enumerate(mailboxes)}
    counts: dict[str, int] = {}
    start = T0 + timedelta(hours=2)
    cand = iter(candidates)
    for j, kind in enumerate(kinds):
        at = (start + timedelta(milliseconds=10 * j)).isoformat()
        pid = f"bench-{tag}-{j}"
        mid = f"<bench-{tag}-{j}@mail.example>"
        msg: dict[str, Any] = {
            "provider_message_id": pid,
            "internet_message_id": mid,
            "references": [],
            "folder": "inbox",
            "cc": [],
            "sent_at": at,
            "received_at": at,
            "headers": {},
            "body_text": "Bonjour, " + "voici quelques nouvelles de notre côté. " * 6,
            "analysis": {"kind": "human"},
        }
        if kind in ("duplicate",) and by_stream[j % streams]:
            stream = by_stream[j % streams]
            mailbox_id, original = stream[rng.randrange(len(stream))]
            msg = dict(original)
            if rng.random() < 0.5:
                msg["provider_message_id"] = pid  # same Message-ID under a second provider id
            stream.append((mailbox_id, msg))
            counts[kind] = counts.get(kind, 0) + 1
            continue
        if kind == "duplicate":
            kind = "unrelated_inbound"
        if kind in ANSWERING:
            _tid, mailbox_id, mb_address, recipients, tracked_mid, thread, subject = next(cand)
            person = recipients[0]
            msg |= {"provider_thread_id": thread, "in_reply_to": tracked_mid, "references": [tracked_mid]}
            if kind == "manual_followup":
                msg |= {
                    "folder": "sent",
                    "from": {"address": mb_address, "name": "Me"},
                    "to": [{"address": r, "name": ""} for r in recipients],
                    "subject": "RE: " + subject,
                    "analysis": {},
                }
            elif kind == "bounce":
                msg |= {
                    "provider_thread_id": None,
                    "in_reply_to": None,
                    "references": [],
                    "from": {"address": "mailer-daemon@" + person.split("@")[1], "name": "Mail Delivery System"},
                    "to": [{"address": mb_address, "name": ""}],
                    "subject": "Undeliverable: " + subject,
                    "analysis": {
                        "kind": "bounce",
                        "bounce": {
                            "recipients": [{"address": r, "permanent": True} for r in recipients],
                            "original_message_id": tracked_mid,
                        },
                    },
                }
            else:
                msg |= {
                    "from": {"address": person, "name": "Client"},
                    "to": [{"address": mb_address, "name": ""}],
                    "subject": "RE: " + subject,
                }
                if kind == "opt_out":
                    msg["analysis"] = {"kind": "human", "opt_out": True, "opt_out_phrase": "ne plus me contacter"}
                elif kind == "out_of_office":
                    until = (T0 + timedelta(days=rng.randrange(2, 15))).date().isoformat()
                    msg |= {
                        "subject": "Réponse automatique : " + subject,
                        "headers": {"auto-submitted": "auto-replied"},
                        "analysis": {
                            "kind": "auto_reply",
                            "auto_reply": {"until": until if rng.random() < 0.8 else None},
                        },
                    }
        else:
            mailbox_id, mb_address, team_domain = mailboxes[rng.randrange(len(mailboxes))]
            msg["provider_thread_id"] = f"bench-{tag}-thread-{j}"
            if kind == "unrelated_inbound":
                msg |= {
                    "from": _address(f"z{j}", f"company{j % 997}.example"),
                    "to": [{"address": mb_address, "name": ""}],
                    "subject": f"Question {j}",
                }
            elif kind == "newsletter":
                msg |= {
                    "from": _address("news", f"vendor{j % 300}.example"),
                    "to": [{"address": mb_address, "name": ""}],
                    "subject": f"Lettre d'information {j}",
                    "headers": {"list-unsubscribe": "<mailto:unsubscribe@vendor.example>", "list-id": "<news>"},
                    "analysis": {"kind": "list"},
                }
            elif kind == "new_tracked":
                msg |= {
                    "folder": "sent",
                    "from": {"address": mb_address, "name": "Me"},
                    "to": [_address(f"p{tag}{j}", f"prospect{j % 1000}.example")],
                    "subject": f"Proposition {tag}-{j}",
                    "analysis": {},
                }
            else:  # internal
                msg |= {
                    "folder": "sent",
                    "from": {"address": mb_address, "name": "Me"},
                    "to": [_address("colleague", team_domain)],
                    "subject": f"Point interne {j}",
                    "analysis": {},
                }
        by_stream[stream_of.get(mailbox_id, 0)].append((mailbox_id, msg))
        counts[kind] = counts.get(kind, 0) + 1
    return Workload(streams=[s for s in by_stream if s], kinds=counts)


@dataclass
class RunReport:
    messages: int
    seconds: float
    connections: int
    errors: int = 0
    page: int = 1
    calls: int = 0  # transactions (one call of ingest_message or ingest_messages, or one INSERT statement)
    statuses: dict[str, int] = field(default_factory=dict)
    effects: dict[str, int] = field(default_factory=dict)
    message_ids: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.messages / self.seconds if self.seconds else 0.0


# The plain INSERT baseline commits as ingest does (ingest_message sets synchronous_commit off for its own
# transaction): the ratio compares the work, not two commit modes.
PLAIN_SESSION = ("set synchronous_commit = off",)


def _run_streams(
    url: str,
    streams: Sequence[Sequence[Any]],
    work: Callable[[psycopg.Connection[Any], Any], Any],
    page: int = 1,
    session: Sequence[str] = (),
) -> tuple[float, list[list[Any]], int]:
    """Runs each stream on its own connection (as service_role), all at once, `page` items per transaction;
    returns the wall time, the results and how many transactions were retried after a deadlock."""
    conns = [psycopg.connect(url, autocommit=True) for _ in streams]
    for conn in conns:
        conn.execute("set role service_role")
        for statement in session:
            conn.execute(statement)
    results: list[list[Any]] = [[] for _ in streams]
    retries = [0]
    lock = threading.Lock()
    barrier = threading.Barrier(len(streams) + 1)

    def run(i: int) -> None:
        conn = conns[i]
        items = list(streams[i])
        barrier.wait()
        for start in range(0, len(items), page):
            batch = items[start : start + page]
            for attempt in range(3):
                try:
                    if page == 1:
                        out = [work(conn, batch[0])]
                    else:
                        with conn.transaction():
                            out = [work(conn, item) for item in batch]
                    results[i].extend(out)
                    break
                except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure):
                    with lock:
                        retries[0] += 1
                    if attempt == 2:
                        raise

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(len(streams))]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    for conn in conns:
        conn.close()
    return elapsed, results, retries[0]


def _ingest_one(conn: psycopg.Connection[Any], item: tuple[uuid.UUID, dict[str, Any]]) -> dict[str, Any]:
    mailbox_id, msg = item
    row = conn.execute("select worker.ingest_message(%s, %s::jsonb)", (mailbox_id, json.dumps(msg))).fetchone()
    return dict(row[0]) if row else {}


def _ingest_page(conn: psycopg.Connection[Any], item: tuple[uuid.UUID, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    mailbox_id, msgs = item
    # A procedure: each message commits on its own (the connection is in autocommit, as a worker's is).
    row = conn.execute(
        "call worker.ingest_messages(%s, %s::jsonb, null, null)", (mailbox_id, json.dumps(msgs))
    ).fetchone()
    return [dict(r) for r in row[0]] if row else []


def paginate(stream: Sequence[tuple[uuid.UUID, Any]], page: int) -> list[tuple[uuid.UUID, list[Any]]]:
    """A stream as a worker would ingest it a page at a time: each mailbox's items in their order, in pages of at
    most `page` (a page belongs to one mailbox, as a page of its delta or history does)."""
    by_mailbox: dict[uuid.UUID, list[Any]] = {}
    for mailbox_id, item in stream:
        by_mailbox.setdefault(mailbox_id, []).append(item)
    # Round robin over the mailboxes: each mailbox's pages in order, the mailboxes interleaved.
    rounds = max((len(items) + page - 1) // page for items in by_mailbox.values()) if by_mailbox else 0
    return [
        (mailbox_id, items[r * page : (r + 1) * page])
        for r in range(rounds)
        for mailbox_id, items in by_mailbox.items()
        if items[r * page : (r + 1) * page]
    ]


def measure_ingest(url: str, workload: Workload, page: int = 1) -> RunReport:
    """page 1: each message in its own transaction, one `ingest_message` call (as workers/relance/sync.py calls
    it today); page > 1: a page of up to `page` messages of one mailbox per `ingest_messages` call (one
    transaction). The streams run concurrently, one connection each."""
    if page == 1:
        elapsed, results, errors = _run_streams(url, workload.streams, _ingest_one, 1)
        calls = workload.size
    else:
        pages = [paginate(stream, page) for stream in workload.streams]
        elapsed, paged, errors = _run_streams(url, pages, _ingest_page, 1)
        results = [[res for out in stream for res in out] for stream in paged]
        calls = sum(len(p) for p in pages)
    report = RunReport(
        messages=workload.size,
        seconds=elapsed,
        connections=len(workload.streams),
        errors=errors,
        page=page,
        calls=calls,
    )
    for stream in results:
        for res in stream:
            report.statuses[res["status"]] = report.statuses.get(res["status"], 0) + 1
            for effect in res.get("effects") or []:
                report.effects[effect] = report.effects.get(effect, 0) + 1
            if res["status"] == "ingested":
                report.message_ids.append(res["message_id"])
    return report


PLAIN_COLUMNS = (
    'team_id, mailbox_id, conversation_id, provider_message_id, internet_message_id, in_reply_to, "references", '
    "direction, folder, kind, from_address, from_name, to_addresses, cc_addresses, subject, sent_at, received_at, "
    "headers, body_text, analysis, relance_followup_id"
)


def measure_plain_insert(url: str, message_ids: list[str], connections: int, page: int = 1) -> RunReport:
    """The baseline: the rows ingest stored, inserted again by a plain INSERT into public.messages (same columns
    and values, new provider and Message-ids so the unique keys accept them), done as the ingest run did it:
    one row per statement and transaction (page 1), or one statement of up to `page` rows of one mailbox per
    transaction (as one ingest_messages call), on as many connections, as the service role, with the commit
    mode ingest uses (synchronous_commit off, sql/functions/080_ingest.sql). Indexes and foreign keys as
    production has them."""
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            f"select {PLAIN_COLUMNS} from public.messages where id = any(%s::uuid[]) order by ingested_at",
            (message_ids,),
        ).fetchall()
    prepared = []
    for row in rows:
        values = list(row)
        values[3] = values[3] + "#plain"
        values[4] = values[4] + "#plain" if values[4] else None
        values[17] = Jsonb(values[17])
        values[19] = Jsonb(values[19])
        prepared.append(values)
    streams = [prepared[i::connections] for i in range(connections)]
    row_sql = f"({', '.join(['%s'] * 21)})"
    statement = f"insert into public.messages ({PLAIN_COLUMNS}) values "

    def insert(conn: psycopg.Connection[Any], item: tuple[Any, list[list[Any]]]) -> None:
        rows = item[1]
        conn.execute(statement + ", ".join([row_sql] * len(rows)), [v for row in rows for v in row])

    pages = [paginate([(row[1], row) for row in stream], page) for stream in streams]
    elapsed, _results, errors = _run_streams(url, pages, insert, 1, session=PLAIN_SESSION)
    return RunReport(
        messages=len(prepared),
        seconds=elapsed,
        connections=connections,
        errors=errors,
        page=page,
        calls=sum(len(p) for p in pages),
    )


# ---------------------------------------------------------------------------------------------------------------
# 3. The dashboard under RLS
# ---------------------------------------------------------------------------------------------------------------

# The dashboard's requests, as PostgREST makes them. Pages go through followup_activity_page (keyset); a later
# page continues from the first page's last row ({after_at}, {after_id}, filled in before timing). The plain
# view query is printed for comparison only: its cost grows with every row the reader may see.
PAGE = "select * from public.followup_activity_page"
RLS_QUERIES = {
    "first page, next due": f"{PAGE}('next_due')",
    "later page, next due": f"{PAGE}('next_due', null, null, {{after_at}}, {{after_id}})",
    "first page, next due, active": f"{PAGE}('next_due', 'active')",
    "first page, last activity": f"{PAGE}('last_activity')",
    "first page, last activity, replied": f"{PAGE}('last_activity', 'replied')",
    "counts by status": "select status, sum(tracked_emails) from public.followup_status_counts group by status",
    "plain view, order by next due (comparison)": (
        "select * from public.followup_activity_summary order by next_followup_due_at limit 50"
    ),
}
UNTARGETED = {"plain view, order by next due (comparison)"}


@dataclass
class LatencyReport:
    milliseconds: list[float]
    rows: int

    def percentile(self, p: float) -> float:
        ordered = sorted(self.milliseconds)
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def _claims(user_id: uuid.UUID) -> str:
    return json.dumps({"role": "authenticated", "sub": str(user_id), "aud": "authenticated"})


def rls_request(conn: psycopg.Connection[Any], user_id: uuid.UUID, query: str) -> list[tuple[Any, ...]]:
    """The rows of `query` read as a signed-in user: a transaction, `set local role authenticated`, the JWT
    claims (for checks and EXPLAIN; `rls_body` is the request PostgREST makes, which the benchmark times)."""
    with conn.transaction():
        conn.execute("set local role authenticated")
        conn.execute("select set_config('request.jwt.claims', %s, true)", (_claims(user_id),))
        return conn.execute(query).fetchall()


# A GET as PostgREST (v12) runs it, in four round trips: a read-only transaction; one statement of transaction-scoped
# settings (the role from the JWT, its claims, the request's method and path); the main query, whose rows come back
# as one JSON body with their count; the end of the transaction (docs.postgrest.org, "Transactions"). The body is
# read as text, as PostgREST passes it on without parsing it.
POSTGREST_SETTINGS = (
    "select set_config('role', 'authenticated', true), set_config('request.jwt.claims', %s, true),"
    " set_config('request.method', 'GET', true), set_config('request.path', '/rpc/followup_activity_page', true)"
)
POSTGREST_MAIN = (
    "with pgrst_source as ({query}) select null::bigint as total_result_set, pg_catalog.count(_postgrest_t) as"
    " page_total, coalesce(json_agg(_postgrest_t), '[]')::text as body,"
    " nullif(current_setting('response.headers', true), '') as response_headers,"
    " nullif(current_setting('response.status', true), '') as response_status"
    " from (select * from pgrst_source) as _postgrest_t"
)


def rls_body(conn: psycopg.Connection[Any], user_id: uuid.UUID, query: str) -> tuple[int, str]:
    """One dashboard request as PostgREST makes it (above): the number of rows and the JSON body."""
    conn.execute("start transaction isolation level read committed read only")
    try:
        conn.execute(POSTGREST_SETTINGS, (_claims(user_id),))
        row = conn.execute(POSTGREST_MAIN.format(query=query)).fetchone()
    finally:
        conn.execute("commit")
    assert row is not None
    return int(row[1]), str(row[2])


def rls_queries(conn: psycopg.Connection[Any], user_id: uuid.UUID) -> dict[str, str]:
    """RLS_QUERIES with the later page's cursor: the last row of the reader's first page."""
    first = rls_request(conn, user_id, RLS_QUERIES["first page, next due"])
    after_at, after_id = (first[-1][14], first[-1][0]) if first else (None, None)
    cursor = {
        "after_at": "null" if after_at is None else f"'{after_at.isoformat()}'::timestamptz",
        "after_id": "null" if after_id is None else f"'{after_id}'::uuid",
    }
    return {name: query.format(**cursor) if "{" in query else query for name, query in RLS_QUERIES.items()}


def measure_rls(url: str, user_id: uuid.UUID, runs: int) -> dict[str, LatencyReport]:
    reports: dict[str, LatencyReport] = {}
    with psycopg.connect(url, autocommit=True) as conn:
        for name, query in rls_queries(conn, user_id).items():
            for _ in range(5):  # warm the connection's plan and catalog caches, as a pooled connection is
                rls_body(conn, user_id, query)
            times = []
            rows = 0
            for _ in range(runs):
                started = time.perf_counter()
                rows, _body = rls_body(conn, user_id, query)
                times.append((time.perf_counter() - started) * 1000)
            reports[name] = LatencyReport(milliseconds=times, rows=rows)
    return reports


def explain_rls(url: str, user_id: uuid.UUID) -> str:
    """EXPLAIN (ANALYZE, BUFFERS) of each query (a page function's own statements are inside the function)."""
    out = []
    with psycopg.connect(url, autocommit=True) as conn:
        for name, query in rls_queries(conn, user_id).items():
            plan = rls_request(conn, user_id, "explain (analyze, buffers) " + query)
            out.append(f"-- {name}: {query}\n" + "\n".join(str(r[0]) for r in plan))
    return "\n\n".join(out)


# ---------------------------------------------------------------------------------------------------------------
# Invariants the benchmark must leave intact
# ---------------------------------------------------------------------------------------------------------------

INVARIANTS = {
    # R13: no follow-up sent after an answer in its conversation.
    "promise violations (R13 view)": "select count(*) from public.followup_promise_violations",
    # R3: the counters are what the rows say.
    "tracked emails whose counters disagree with their rows": """
        select count(*) from public.tracked_emails as t
        where t.automatic_sent <> (select count(*) from public.followups as f
                                   where f.tracked_email_id = t.id and f.status = 'sent')
            or t.manual_detected <> (select count(*) from public.manual_followups as m where m.tracked_email_id = t.id)
    """,
    # Nothing pending once the tracking is over.
    "pending follow-ups of finished tracked emails": """
        select count(*) from public.followups as f
        join public.tracked_emails as t on t.id = f.tracked_email_id
        where f.status in ('scheduled', 'queued', 'claimed', 'sending') and t.status not in ('active', 'paused')
    """,
    # An active tracked email below its maximum has exactly one pending follow-up, due when it says.
    "active tracked emails without their pending follow-up": """
        select count(*) from public.tracked_emails as t
        where t.status = 'active' and not exists (
            select 1 from public.followups as f
            where f.tracked_email_id = t.id and f.status in ('scheduled', 'queued', 'claimed', 'sending')
                and f.due_at = t.next_due_at)
    """,
    # R11: a pending follow-up carries its tracked email's pause (what the scheduler's tick reads).
    "pending follow-ups whose pause differs from their tracked email's": """
        select count(*) from public.followups as f
        join public.tracked_emails as t on t.id = f.tracked_email_id
        where f.status in ('scheduled', 'claimed', 'sending') and f.tracked_email_paused <> (t.status = 'paused')
    """,
    # The dashboard's counts by status are the rows' (the engine keeps its counters in the same transactions).
    "mailbox statuses whose count disagrees with the rows": """
        select count(*) from (
            select mailbox_id, status, count(*) as n from public.tracked_emails group by mailbox_id, status
        ) as r
        full join (select mailbox_id, status, tracked_emails as n from public.followup_status_counts) as c
            using (mailbox_id, status)
        where r.n is distinct from c.n
    """,
}


def check_invariants(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        out = {}
        for name, query in INVARIANTS.items():
            row = conn.execute(query).fetchone()
            out[name] = int(row[0]) if row else -1
    return out


def queue_state(url: str) -> tuple[int, int]:
    """(messages on the followup_sends queue, follow-ups on it: scheduled with queued_at set)."""
    with psycopg.connect(url) as conn:
        q = conn.execute("select count(*) from pgmq.q_followup_sends").fetchone()
        f = conn.execute(
            "select count(*) from public.followups where status = 'scheduled' and queued_at is not null"
        ).fetchone()
    return (int(q[0]) if q else -1, int(f[0]) if f else -1)


# ---------------------------------------------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------------------------------------------

DATA_DB = "relance_bench_data"
RUN_DB = "relance_bench"

SETTINGS = (
    "shared_buffers",
    "effective_cache_size",
    "work_mem",
    "maintenance_work_mem",
    "wal_buffers",
    "max_wal_size",
    "checkpoint_completion_target",
    "synchronous_commit",
    "fsync",
    "wal_level",
    "jit",
    "random_page_cost",
    "effective_io_concurrency",
)


def describe_machine(url: str) -> list[str]:
    lines = [f"cores (nproc): {os.cpu_count()}"]
    try:
        with open("/proc/meminfo") as meminfo:
            total_kb = int(meminfo.readline().split()[1])
        lines.append(f"memory: {total_kb / 1024 / 1024:.1f} GiB")
        model = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        for line in model.splitlines():
            if line.startswith("Model name"):
                lines.append("cpu: " + line.split(":", 1)[1].strip())
    except OSError:
        pass
    lines.append(f"os: {platform.platform()}")
    with psycopg.connect(url) as conn:
        version = conn.execute("select version()").fetchone()
        lines.append(f"postgres: {version[0] if version else '?'}")
        values = [
            f"{name}={conn.execute(sql.SQL('show {}').format(sql.Identifier(name))).fetchone()[0]}"  # type: ignore[index]
            for name in SETTINGS
        ]
        lines.append("settings: " + ", ".join(values))
    return lines


def _database_comment(target: stack.Target, dbname: str) -> str | None:
    with psycopg.connect(target.url_for("postgres"), autocommit=True) as conn:
        row = conn.execute(
            "select shobj_description(oid, 'pg_database') from pg_catalog.pg_database where datname = %s", (dbname,)
        ).fetchone()
    return row[0] if row else None


def _data_key(shape: Shape) -> str:
    """What a built data set depends on: its shape, and the tables it was built on (sql/tables/). A change of
    either rebuilds it; a change of functions or policies does not (--keep applies them again)."""
    tables = hashlib.sha256()
    for path in schema.source_files(layers=("tables",)):
        tables.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{shape.key()} tables={tables.hexdigest()[:16]} layout={FOLLOWUP_LAYOUT}"


def prepare_databases(
    target: stack.Target,
    shape: Shape,
    keep: bool,
    log: Log = _stderr,
    data_db: str | None = None,
    run_db: str | None = None,
) -> BuildReport | None:
    """Builds (or, with keep, reuses) the data set in `data_db` (DATA_DB), then copies it to `run_db` (RUN_DB)."""
    data_db = data_db or DATA_DB
    run_db = run_db or RUN_DB
    report = None
    key = _data_key(shape)
    if keep and _database_comment(target, data_db) == key:
        log(f"reusing {data_db} (--keep): {shape.tracked:,} tracked emails; functions and policies of sql/ reapplied")
        schema.apply_sources(target.url_for(data_db))
    else:
        log(f"building {data_db}: the engine as sql/ declares it, then {shape.tracked:,} tracked emails ...")
        stack.drop_database(target, run_db)
        # The schema pipeline's declared database (platform, then sql/ alone), which `relance schema check` proves
        # the same as the migrations' one.
        schema.build_declared(target, data_db)
        report = build(target.url_for(data_db), shape, log)
        with psycopg.connect(target.url_for("postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("comment on database {} is {}").format(sql.Identifier(data_db), sql.Literal(key)))
        log(f"built in {report.seconds:.0f} s")
    started = time.perf_counter()
    stack.drop_database(target, run_db)
    with psycopg.connect(target.url_for("postgres"), autocommit=True) as conn:
        conn.execute(
            sql.SQL("create database {} template {} strategy file_copy").format(
                sql.Identifier(run_db), sql.Identifier(data_db)
            )
        )
    log(f"copied {data_db} to {run_db} in {time.perf_counter() - started:.0f} s")
    return report


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


# ---------------------------------------------------------------------------------------------------------------
# One size, then the sizes side by side
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Options:
    due: int = 10_000
    ticks: int = 5
    ingest: int = 10_000
    page: int = 50
    rls_runs: int = 200
    explain: bool = False


@dataclass
class SizeReport:
    """Everything measured on one data set."""

    shape: Shape
    options: Options
    stored: dict[str, Any]
    ticks: TickReport
    queue: tuple[int, int]
    ingest: list[tuple[RunReport, RunReport]]
    sees: dict[str, int]
    rls: dict[str, LatencyReport]
    invariants: dict[str, int]
    built: BuildReport | None = None
    # The same ticks with the due follow-ups drawn at random among the scheduled ones (MARK_SCATTERED_SQL): no target.
    ticks_scattered: TickReport | None = None

    @property
    def queue_ok(self) -> bool:
        return self.queue[0] == self.queue[1] == self.options.due  # the last tick's (measure_ticks resets)


def measure_size(
    url: str,
    shape: Shape,
    options: Options,
    log: Log = _stderr,
    ticks: TickReport | None = None,
    ticks_scattered: TickReport | None = None,
) -> SizeReport:
    """Every measurement on one data set (in `url`, built for `shape`): ticks (unless given: measured across the
    sizes by measure_ticks_across), ingest, the dashboard, invariants."""
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "select (select count(*) from public.tracked_emails), (select count(*) from public.messages),"
            " (select count(*) from public.followups), (select count(*) from public.followups"
            " where status = 'scheduled'), pg_size_pretty(pg_database_size(current_database()))"
        ).fetchone()
    assert row is not None
    stored = {"tracked": row[0], "messages": row[1], "followups": row[2], "scheduled": row[3], "size": row[4]}
    log(
        f"data set: {row[0]:,} tracked emails, {row[1]:,} messages, {row[2]:,} follow-ups ({row[3]:,} scheduled),"
        f" {row[4]}"
    )

    if ticks is None:
        log(f"\n1. scheduler ticks with {options.due:,} follow-ups due ...")
        ticks = measure_ticks(url, options.ticks, options.due, log, reset=True)
    queue = queue_state(url)

    log("\n2. ingest_message ...")
    ingest_runs: list[tuple[RunReport, RunReport]] = []
    used = 0
    for connections, page, count, tag in (
        (1, 1, options.ingest // 2, "one"),
        (2, 1, options.ingest, "two"),
        (1, options.page, options.ingest, "pageone"),
        (2, options.page, options.ingest * 2, "page"),
    ):
        # Paged runs: mail for fewer mailboxes, about four full pages each (a page belongs to one mailbox).
        mailbox_count = max(connections, count // (page * 4)) if page > 1 else None
        workload = make_workload(url, count, connections, tag, skip=used, seed=len(tag), mailbox_count=mailbox_count)
        used += sum(workload.kinds.get(k, 0) for k in ANSWERING)
        ingest = measure_ingest(url, workload, page)
        plain = measure_plain_insert(url, ingest.message_ids, connections, page)
        log(
            f"  {connections} conn., {page} per transaction: {'ingest_messages' if page > 1 else 'ingest_message'} "
            f"{ingest.rate:,.0f} messages/s ({ingest.messages:,} in {ingest.seconds:.1f} s, "
            f"{ingest.messages / max(1, ingest.calls):.1f} per transaction, {ingest.errors} retried), "
            f"plain INSERT {plain.rate:,.0f} rows/s ({plain.messages / max(1, plain.calls):.1f} per transaction)"
        )
        log(f"    mix {json.dumps(workload.kinds, sort_keys=True)}")
        log(f"    outcomes {json.dumps(ingest.statuses)}, effects {json.dumps(ingest.effects, sort_keys=True)}")
        ingest_runs.append((ingest, plain))

    readers = {"member": member_id(), "admin": admin_id()}
    sees: dict[str, int] = {}
    with psycopg.connect(url) as conn:
        for who, user in readers.items():
            seen = conn.execute(
                "select count(*) from public.tracked_emails where mailbox_id = any(array("
                " select m.id from public.mailboxes as m where m.owner_id = %s or m.team_id in ("
                " select team_id from public.team_members where user_id = %s and role in ('owner', 'admin'))))",
                (user, user),
            ).fetchone()
            sees[who] = int(seen[0]) if seen else 0
    rls: dict[str, LatencyReport] = {}
    for who, user in readers.items():
        log(f"\n3. dashboard under RLS, as the {who} who sees {sees[who]:,} tracked emails ...")
        for name, report in measure_rls(url, user, options.rls_runs).items():
            rls[f"{who}: {name}"] = report
        if options.explain:
            log(explain_rls(url, user) + "\n")

    return SizeReport(
        shape=shape,
        options=options,
        stored=stored,
        ticks=ticks,
        queue=queue,
        ingest=ingest_runs,
        sees=sees,
        rls=rls,
        invariants=check_invariants(url),
        ticks_scattered=ticks_scattered,
    )


@dataclass
class Figure:
    """One figure at every size: its values (in `unit`), and the target beside it."""

    name: str
    unit: str
    values: list[float]
    target: str = ""
    ok: bool | None = None  # None: no target

    def text(self, value: float) -> str:
        if self.unit == "s":
            return f"{value:.3f} s"
        if self.unit == "ms":
            return f"{value:.1f} ms"
        if self.unit == "/s":
            return f"{value:,.0f}/s"
        return f"{value:.2f}"

    @property
    def growth(self) -> float | None:
        """Largest size against smallest (> 1: the figure grows with stored data; for rates, < 1 is a slowdown)."""
        if len(self.values) < 2 or not self.values[0]:
            return None
        return self.values[-1] / self.values[0]


def figures(reports: Sequence[SizeReport]) -> list[Figure]:
    """Every figure at every size, smallest first, with its target and verdict."""
    out: list[Figure] = []
    first, last = reports[0], reports[-1]
    due = first.options.due
    medians = [r.ticks.median for r in reports]
    growth = medians[-1] / medians[0] if len(reports) > 1 and medians[0] else None
    all_queued = all(q == r.options.due for r in reports for q in r.ticks.queued)
    out.append(
        Figure(
            f"scheduler tick, {due:,} due: median",
            "s",
            medians,
            f"< {TICK_TARGET_S} s at {last.shape.tracked:,}",
            medians[-1] < TICK_TARGET_S and all_queued,
        )
    )
    if growth is not None:
        out.append(
            Figure(
                f"scheduler tick: median at {last.shape.tracked:,} / at {first.shape.tracked:,}",
                "x",
                [growth],
                f"<= {TICK_GROWTH_MAX:.2f}",
                growth <= TICK_GROWTH_MAX,
            )
        )
    worst = [r.ticks.worst for r in reports]
    out.append(Figure("scheduler tick: worst", "s", worst, f"< {TICK_WORST_S:.0f} s", max(worst) < TICK_WORST_S))
    cpu = [r.ticks.cpu_median for r in reports]
    if all(c is not None for c in cpu):
        out.append(Figure("scheduler tick: median backend CPU (what load changes least)", "s", [c or 0.0 for c in cpu]))
    scattered = [r.ticks_scattered for r in reports]
    if all(t is not None for t in scattered):
        out.append(
            Figure(
                "scheduler tick, the due drawn at random among the scheduled (no target): median",
                "s",
                [t.median if t else 0.0 for t in scattered],
            )
        )
    for i, (ingest, _plain) in enumerate(first.ingest):
        label = f"{'ingest_messages' if ingest.page > 1 else 'ingest_message'}, {ingest.connections} conn., " + (
            f"pages of {ingest.page}" if ingest.page > 1 else "1 msg/transaction"
        )
        rates = [r.ingest[i][0].rate for r in reports]
        two = ingest.connections == 2
        out.append(
            Figure(
                label,
                "/s",
                rates,
                f">= {INGEST_TARGET_PER_S:,.0f}/s" if two else "",
                min(rates) >= INGEST_TARGET_PER_S if two else None,
            )
        )
        ratios = [r.ingest[i][0].rate / r.ingest[i][1].rate if r.ingest[i][1].rate else 0.0 for r in reports]
        out.append(
            Figure(
                f"  its ratio to a plain INSERT ({', '.join(f'{r.ingest[i][1].rate:,.0f}/s' for r in reports)})",
                "x",
                ratios,
                f">= {INGEST_RATIO_TARGET}",
                min(ratios) >= INGEST_RATIO_TARGET,
            )
        )
    for name in first.rls:
        targeted = name.split(": ", 1)[1] not in UNTARGETED
        for p in (50, 95):
            values = [r.rls[name].percentile(p) for r in reports]
            out.append(
                Figure(
                    f"RLS {name}, p{p}",
                    "ms",
                    values,
                    f"< {RLS_TARGET_P95_MS:.0f} ms" if targeted and p == 95 else "",
                    max(values) < RLS_TARGET_P95_MS if targeted and p == 95 else None,
                )
            )
    return out


def report_lines(reports: Sequence[SizeReport]) -> list[str]:
    """The run's table: each figure at every size, the ratio of the largest to the smallest, its target."""
    sizes = [f"{r.shape.tracked:,}" for r in reports]
    lines = [
        f"Relance engine benchmark at {' and '.join(sizes)} tracked emails "
        f"({', '.join(f'{r.shape.mailboxes} mailboxes' for r in reports)}; {reports[0].shape.teams} teams)",
        "  readers: "
        + "; ".join(
            f"at {r.shape.tracked:,}: the member sees {r.sees['member']:,}, the admin {r.sees['admin']:,}"
            for r in reports
        ),
    ]
    header = f"  {'figure':<66}" + "".join(f"{s:>14}" for s in sizes)
    header += f"{'ratio':>8}  {'target':<22} verdict" if len(reports) > 1 else f"  {'target':<22} verdict"
    lines.append(header)
    for fig in figures(reports):
        if fig.unit == "x" and len(fig.values) == 1:  # a ratio across sizes: in the ratio column
            cells = "".join(f"{'':>14}" for _ in reports) + f"{fig.values[0]:>8.2f}"
        else:
            cells = "".join(f"{fig.text(v):>14}" for v in fig.values)
            if len(reports) > 1:
                cells += f"{fig.growth:>8.2f}" if fig.growth is not None else f"{'':>8}"
        ok = "" if fig.ok is None else verdict(fig.ok)
        lines.append(f"  {fig.name:<66}{cells}  {fig.target:<22} {ok}".rstrip())
    for r in reports:
        tag = f"at {r.shape.tracked:,}:"
        lines.append(
            f"  {tag} queue after the ticks: {r.queue[0]:,} messages, {r.queue[1]:,} follow-ups queued "
            f"({verdict(r.queue_ok)})"
        )
        for name, count in r.invariants.items():
            lines.append(f"  {tag} {name}: {count} ({verdict(count == 0)})")
        if r.built:
            lines.append(f"  {tag} data set built in {r.built.seconds:.0f} s: {json.dumps(r.built.rows)}")
    return lines


def missed(reports: Sequence[SizeReport]) -> bool:
    return (
        any(fig.ok is False for fig in figures(reports))
        or any(not r.queue_ok for r in reports)
        or any(any(r.invariants.values()) for r in reports)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--sizes",
        default="100000,1000000",
        help="tracked emails of each data set, comma-separated, measured in this order (figures side by side, with "
        "the ratio of the last to the first)",
    )
    parser.add_argument("--tracked", type=int, help="one size only (same as --sizes N)")
    parser.add_argument("--keep", action="store_true", help="reuse each size's data set when it holds the same shape")
    parser.add_argument("--due", type=int, default=10_000, help="follow-ups due at each scheduler tick")
    parser.add_argument("--ticks", type=int, default=7, help="scheduler ticks at each size, each on a fresh due set")
    parser.add_argument(
        "--ingest",
        type=int,
        default=10_000,
        help="messages ingested on 2 connections one per transaction (half that on 1; paged: that on 1, twice on 2)",
    )
    parser.add_argument("--page", type=int, default=50, help="messages per ingest_messages call in the paged runs")
    parser.add_argument("--rls-runs", type=int, default=200, help="requests per dashboard query")
    parser.add_argument("--explain", action="store_true", help="print EXPLAIN (ANALYZE, BUFFERS) of the RLS queries")
    parser.add_argument("--db-url", default=os.environ.get("SUPABASE_DB_URL") or LOCAL_DB_URL, help="the local cluster")
    args = parser.parse_args(argv)
    sizes = [args.tracked] if args.tracked else [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    options = Options(
        due=args.due, ticks=args.ticks, ingest=args.ingest, page=args.page, rls_runs=args.rls_runs, explain=args.explain
    )

    started = time.perf_counter()
    target = stack.Target(args.db_url)
    stack.ensure_cluster(target, log=_stderr)
    # Every size's copy first; then the ticks of all sizes interleaved (measure_ticks_across); then the rest, one
    # size after the other.
    prepared: list[tuple[Shape, str, str, BuildReport | None]] = []
    for tracked in sizes:
        shape = shape_for(tracked)
        data_db, run_db = f"{DATA_DB}_{tracked}", f"{RUN_DB}_{tracked}"
        _stderr(f"\n=== {tracked:,} tracked emails ({data_db}) ===")
        built = prepare_databases(target, shape, args.keep, _stderr, data_db, run_db)
        prepared.append((shape, run_db, target.url_for(run_db), built))
    for line in describe_machine(prepared[0][2]):
        _stderr(line)
    _stderr(
        f"\n1. scheduler ticks with {options.due:,} follow-ups due, at every size in turn"
        + (" (each round visits the sizes in turn, the order reversed every other round) ..." if len(sizes) > 1 else "")
    )
    urls = [url for _s, _r, url, _b in prepared]
    _stderr("  first the due drawn at random among the scheduled follow-ups (each tick's put back after it)")
    scattered = measure_ticks_across(
        urls, options.ticks, options.due, reset=True, mark=MARK_SCATTERED_SQL, keep_last=False
    )
    _stderr("  then the next follow-ups due, together as the engine writes them (the target's)")
    ticks = measure_ticks_across(urls, options.ticks, options.due, reset=True)
    reports: list[SizeReport] = []
    for (shape, run_db, url, built), tick_report, scattered_report in zip(prepared, ticks, scattered, strict=True):
        _stderr(f"\n=== {shape.tracked:,} tracked emails ===")
        report = measure_size(url, shape, options, ticks=tick_report, ticks_scattered=scattered_report)
        report.built = built
        reports.append(report)
        stack.drop_database(target, run_db)  # the copy's writes are measured; the data set stays for --keep

    print()
    for line in report_lines(reports):
        print(line)
    print(f"  total run time {time.perf_counter() - started:.0f} s")
    return 1 if missed(reports) else 0


if __name__ == "__main__":
    raise SystemExit(main())
