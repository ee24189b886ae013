-- Views the dashboards query. Both are security_invoker: the caller's RLS applies to every row.

create or replace view public.followup_activity_summary
with (security_invoker = true) as
select
    t.id as tracked_email_id,
    t.team_id,
    t.owner_id,
    t.mailbox_id,
    m.address as mailbox_address,
    t.recipients,
    t.subject,
    t.status,
    t.status_reason,
    t.sent_at,
    t.automatic_sent,
    t.manual_detected,
    t.automatic_sent + t.manual_detected as total_followups,
    t.last_activity_at,
    t.next_due_at as next_followup_due_at,
    t.answered_at
from public.tracked_emails as t
inner join public.mailboxes as m on t.mailbox_id = m.id;

revoke all on public.followup_activity_summary from anon, authenticated, service_role;
grant select on public.followup_activity_summary to authenticated, service_role;
comment on view public.followup_activity_summary is
'One row per tracked email: owner, mailbox, recipients, subject, status, automatic sent, manual detected, '
'total, last activity, next follow-up due, answered at.';

-- R13, the promise: a follow-up sent after the engine knew of an answer in its conversation. The
-- engine learns of an answer when it ingests it; the worker's last look before each send, and the row
-- lock shared by the final claim and the ingest of an answer, keep this view empty.
create or replace view public.followup_promise_violations
with (security_invoker = true) as
select
    f.id as followup_id,
    f.tracked_email_id,
    f.team_id,
    f.sent_at,
    a.id as answer_message_id,
    a.received_at as answer_received_at,
    a.ingested_at as answer_ingested_at
from public.followups as f
inner join public.tracked_emails as t on f.tracked_email_id = t.id
inner join public.messages as a
    on
        t.conversation_id = a.conversation_id
        and a.direction = 'inbound'
        and a.kind = 'human'
        and (
            t.sent_at <= a.received_at
            -- R5: an answer whose links name the tracked email or a later message of its conversation is an
            -- answer whatever its timestamp says (servers' clocks differ).
            or exists (
                select 1 from public.messages as linked
                where
                    linked.conversation_id = t.conversation_id
                    and linked.sent_at >= t.sent_at
                    and linked.internet_message_id = any(a."references" || a.in_reply_to)
            )
        )
where
    f.status = 'sent' and f.sent_at > a.ingested_at
    -- R15: the owner asked to resume the sequence on the date a "not now" named; the answers the engine knew of
    -- when it resumed (that one, and any before it) do not forbid the follow-ups created after the resume.
    and not exists (
        select 1 from public.reminders as r
        where
            r.tracked_email_id = t.id and r.resume_outcome like 'resumed%'
            and a.ingested_at <= r.resumed_at and f.created_at >= r.resumed_at
    );

revoke all on public.followup_promise_violations from anon, authenticated, service_role;
grant select on public.followup_promise_violations to authenticated, service_role;
comment on view public.followup_promise_violations is
'R13: follow-ups sent after an answer was received in their conversation. Must stay empty.';

-- The dashboard's counts by status: one row per mailbox and status, summed from the engine's counters
-- (tracked_email_status_counts), so a count costs the number of mailboxes the reader sees, not the number of
-- tracked emails. Equal to `select mailbox_id, status, count(*) from followup_activity_summary group by 1, 2`
-- (tests/test_status_counts.py and the stress run's invariant prove it).
create or replace view public.followup_status_counts
with (security_invoker = true) as
select
    c.team_id,
    c.mailbox_id,
    c.status,
    sum(c.delta)::bigint as tracked_emails
from public.tracked_email_status_counts as c
group by c.team_id, c.mailbox_id, c.status
having sum(c.delta) <> 0;

revoke all on public.followup_status_counts from anon, authenticated, service_role;
grant select on public.followup_status_counts to authenticated, service_role;
comment on view public.followup_status_counts is
'How many tracked emails each mailbox the reader sees has in each status (statuses with none are absent).';

create or replace function private.bump_status_count(
    p_team_id uuid, p_mailbox_id uuid, p_status public.tracked_status, p_delta integer
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
begin
    -- Adds to a counter row of the mailbox and status that no other transaction holds, never waiting for one
    -- (skip locked: no lock order to keep, no deadlock); when every such row is held, appends a new one. So a
    -- mailbox keeps about one row per status and concurrent writer, and a read sums a few rows per mailbox.
    update public.tracked_email_status_counts
    set delta = delta + p_delta
    where id = (
        select c.id from public.tracked_email_status_counts as c
        where c.mailbox_id = p_mailbox_id and c.status = p_status
        order by c.id
        limit 1
        for update skip locked
    );
    if not found then
        insert into public.tracked_email_status_counts (team_id, mailbox_id, status, delta)
        values (p_team_id, p_mailbox_id, p_status, p_delta);
    end if;
end
$$;

revoke all on function private.bump_status_count(uuid, uuid, public.tracked_status, integer) from public;
comment on function private.bump_status_count(uuid, uuid, public.tracked_status, integer) is
'Adds p_delta to the tracked emails of a mailbox in a status (tracked_email_status_counts), without waiting.';

create or replace function private.count_tracked_status()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
    if tg_op = 'INSERT' then
        perform private.bump_status_count(new.team_id, new.mailbox_id, new.status, 1);
    elsif tg_op = 'UPDATE' then
        perform private.bump_status_count(old.team_id, old.mailbox_id, old.status, -1);
        perform private.bump_status_count(new.team_id, new.mailbox_id, new.status, 1);
    elsif exists (select 1 from public.mailboxes as m where m.id = old.mailbox_id) then
        -- A tracked email deleted on its own; deleting its mailbox (or team) deletes the counters with it.
        perform private.bump_status_count(old.team_id, old.mailbox_id, old.status, -1);
    end if;
    return null;
end
$$;

revoke all on function private.count_tracked_status() from public;
comment on function private.count_tracked_status() is
'Trigger: keeps tracked_email_status_counts in the transaction that inserts, deletes or changes the status '
'(or mailbox) of a tracked email.';

create or replace trigger count_tracked_status_insert
after insert on public.tracked_emails
for each row execute function private.count_tracked_status();

create or replace trigger count_tracked_status_update
after update of status, mailbox_id, team_id on public.tracked_emails
for each row
when (
    old.status is distinct from new.status
    or old.mailbox_id is distinct from new.mailbox_id
    or old.team_id is distinct from new.team_id
)
execute function private.count_tracked_status();

create or replace trigger count_tracked_status_delete
after delete on public.tracked_emails
for each row execute function private.count_tracked_status();

create or replace function private.compact_status_counts()
returns integer
language sql
volatile
set search_path = ''
as $$
    -- Every counter row this statement sees and no transaction holds becomes one row per mailbox and status
    -- with their sum, in one statement: a reader sees the old rows or the new ones, never both. Rows appended
    -- meanwhile, or held by a transaction changing a status (skip locked: the fold never waits for one), are
    -- kept for the next fold. Rows of a mailbox deleted meanwhile go with it (the join).
    with folded as (
        delete from public.tracked_email_status_counts
        where id in (select l.id from public.tracked_email_status_counts as l for update skip locked)
        returning team_id, mailbox_id, status, delta
    ),

    kept as (
        insert into public.tracked_email_status_counts (team_id, mailbox_id, status, delta)
        select f.team_id, f.mailbox_id, f.status, sum(f.delta)
        from folded as f
        inner join public.mailboxes as m on f.mailbox_id = m.id
        group by f.team_id, f.mailbox_id, f.status
        having sum(f.delta) <> 0
        returning 1
    )

    select count(*)::integer from kept
$$;

revoke all on function private.compact_status_counts() from public;
comment on function private.compact_status_counts() is
'Folds the status counters into one row per mailbox and status (pg_cron, every minute). Returns the rows kept.';

-- The dashboard's pages: followup_activity_summary, a page at a time, by keyset. Each team the caller administers,
-- and each other mailbox they own, is read per status as an ordered index range (tracked_emails_team_status_*
-- and tracked_emails_mailbox_status_*): a page reads at most p_limit entries from each, then keeps the p_limit
-- first of them, so its cost follows the page and the number of teams and mailboxes read, never the number of
-- tracked emails. SECURITY DEFINER, reading only what the tracked emails' RLS policy shows the caller (its own
-- functions: private.my_mailbox_ids, and private.my_admin_team_ids that it is made of): under RLS the status
-- comparison (enum equality is not leakproof) could not be an index condition, and every page would read every
-- entry of every mailbox.
create or replace function private.page_candidates(
    p_order text,
    p_teams uuid[],
    p_boxes uuid[],
    p_statuses public.tracked_status[],
    p_after_at timestamptz,
    p_after_id uuid,
    p_tail boolean,
    p_limit integer
)
returns table (id uuid, sort_at timestamptz)
language plpgsql
stable
set search_path = ''
as $$
begin
    -- next_due, not p_tail: due follow-ups after (p_after_at, p_after_id); next_due, p_tail: nothing due, by id
    -- after p_after_id; last_activity: before (p_after_at, p_after_id), most recent first. Every branch is one
    -- ordered index range per team (or mailbox) and status, at most p_limit entries each; each statement keeps
    -- its plan for the session.
    if p_order = 'last_activity' then
        return query
        select x.id, x.sort_at
        from pg_catalog.unnest(p_teams) as scope (team_id)
        cross join pg_catalog.unnest(p_statuses) as s (status)
        cross join lateral (
            select t.id, t.last_activity_at as sort_at
            from public.tracked_emails as t
            where t.team_id = scope.team_id and t.status = s.status and (t.last_activity_at, t.id) < (p_after_at, p_after_id)
            order by t.last_activity_at desc, t.id desc
            limit p_limit
        ) as x
        union all
        select x.id, x.sort_at
        from pg_catalog.unnest(p_boxes) as scope (mailbox_id)
        cross join pg_catalog.unnest(p_statuses) as s (status)
        cross join lateral (
            select t.id, t.last_activity_at as sort_at
            from public.tracked_emails as t
            where t.mailbox_id = scope.mailbox_id and t.status = s.status and (t.last_activity_at, t.id) < (p_after_at, p_after_id)
            order by t.last_activity_at desc, t.id desc
            limit p_limit
        ) as x;
    elsif p_tail then
        return query
        select x.id, x.sort_at
        from pg_catalog.unnest(p_teams) as scope (team_id)
        cross join pg_catalog.unnest(p_statuses) as s (status)
        cross join lateral (
            select t.id, null::timestamptz as sort_at
            from public.tracked_emails as t
            where t.team_id = scope.team_id and t.status = s.status and t.next_due_at is null and t.id > p_after_id
            order by t.next_due_at, t.id
            limit p_limit
        ) as x
        union all
        select x.id, x.sort_at
        from pg_catalog.unnest(p_boxes) as scope (mailbox_id)
        cross join pg_catalog.unnest(p_statuses) as s (status)
        cross join lateral (
            select t.id, null::timestamptz as sort_at
            from public.tracked_emails as t
            where t.mailbox_id = scope.mailbox_id and t.status = s.status and t.next_due_at is null and t.id > p_after_id
            order by t.next_due_at, t.id
            limit p_limit
        ) as x;
    else
        return query
        select x.id, x.sort_at
        from pg_catalog.unnest(p_teams) as scope (team_id)
        cross join pg_catalog.unnest(p_statuses) as s (status)
        cross join lateral (
            select t.id, t.next_due_at as sort_at
            from public.tracked_emails as t
            where t.team_id = scope.team_id and t.status = s.status and (t.next_due_at, t.id) > (p_after_at, p_after_id)
            order by t.next_due_at, t.id
            limit p_limit
        ) as x
        union all
        select x.id, x.sort_at
        from pg_catalog.unnest(p_boxes) as scope (mailbox_id)
        cross join pg_catalog.unnest(p_statuses) as s (status)
        cross join lateral (
            select t.id, t.next_due_at as sort_at
            from public.tracked_emails as t
            where t.mailbox_id = scope.mailbox_id and t.status = s.status and (t.next_due_at, t.id) > (p_after_at, p_after_id)
            order by t.next_due_at, t.id
            limit p_limit
        ) as x;
    end if;
end
$$;

revoke all on function private.page_candidates(
    text, uuid[], uuid[], public.tracked_status[], timestamptz, uuid, boolean, integer
) from public;
comment on function private.page_candidates(
    text, uuid[], uuid[], public.tracked_status[], timestamptz, uuid, boolean, integer
) is
'followup_activity_page''s reads: at most p_limit tracked emails per team (or mailbox) and status, from the '
'cursor on, in the page''s order (their id and sort value). Callers keep the p_limit first.';

create or replace function public.followup_activity_page(
    p_order text default 'next_due',
    p_status public.tracked_status default null,
    p_mailbox_id uuid default null,
    p_after_at timestamptz default null,
    p_after_id uuid default null,
    p_limit integer default 50
)
returns setof public.followup_activity_summary
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
    v_service boolean := (select auth.role()) = 'service_role';
    v_teams uuid [];
    v_boxes uuid [];
    v_statuses public.tracked_status [];
    v_ids uuid [] := array[]::uuid [];
    v_first uuid := '00000000-0000-0000-0000-000000000000'::uuid;
begin
    if p_order is null or p_order not in ('next_due', 'last_activity') then
        raise exception 'p_order is next_due or last_activity' using errcode = '22023';
    end if;
    if p_limit is null or p_limit not between 1 and 500 then
        raise exception 'p_limit is between 1 and 500' using errcode = '22023';
    end if;
    if p_after_id is null and p_after_at is not null then
        raise exception 'the cursor is p_after_id (the last row''s tracked_email_id) with p_after_at (its sort value)'
        using errcode = '22023';
    end if;
    if p_order = 'last_activity' and p_after_id is not null and p_after_at is null then
        raise exception 'the cursor of the last_activity order needs p_after_at (the last row''s last_activity_at)'
        using errcode = '22023';
    end if;
    -- What the caller may read, as the RLS policy of tracked_emails says (private.my_mailbox_ids: the mailboxes
    -- they own, and every mailbox of the teams they administer): whole teams where they are an admin, their own
    -- mailboxes elsewhere; everything for the service role. One mailbox when asked, if they may read it.
    if p_mailbox_id is null then
        v_teams := case
            when v_service then array(select t.id from public.teams as t)
            else array(select private.my_admin_team_ids())
        end;
        v_boxes := case
            when v_service then array[]::uuid []
            else array(
                select m.id from public.mailboxes as m
                where m.owner_id = (select auth.uid()) and m.team_id <> all(v_teams)
            )
        end;
    else
        v_teams := array[]::uuid [];
        v_boxes := array(
            select m.id from public.mailboxes as m
            where m.id = p_mailbox_id and (v_service or m.id = any(array(select private.my_mailbox_ids())))
        );
    end if;
    v_statuses := case
        when p_status is null then pg_catalog.enum_range(null::public.tracked_status) else array[p_status]
    end;

    if p_order = 'last_activity' then
        v_ids := array(
            select c.id
            from private.page_candidates(
                'last_activity', v_teams, v_boxes, v_statuses, coalesce(p_after_at, 'infinity'),
                coalesce(p_after_id, 'ffffffff-ffff-ffff-ffff-ffffffffffff'), false, p_limit
            ) as c
            order by c.sort_at desc, c.id desc
            limit p_limit
        );
    else
        -- Follow-ups due, soonest first, then by id (unless the cursor is already past them) ...
        if p_after_id is null or p_after_at is not null then
            v_ids := array(
                select c.id
                from private.page_candidates(
                    'next_due', v_teams, v_boxes, v_statuses, coalesce(p_after_at, '-infinity'),
                    coalesce(p_after_id, v_first), false, p_limit
                ) as c
                order by c.sort_at, c.id
                limit p_limit
            );
        end if;
        -- ... then what has nothing due (answered, stopped, completed ...), by id.
        if cardinality(v_ids) < p_limit then
            v_ids := v_ids || array(
                select c.id
                from private.page_candidates(
                    'next_due', v_teams, v_boxes, v_statuses, null,
                    case when p_after_at is null then coalesce(p_after_id, v_first) else v_first end,
                    true, p_limit - cardinality(v_ids)
                ) as c
                order by c.id
                limit p_limit - cardinality(v_ids)
            );
        end if;
    end if;

    return query
    select v.*
    from unnest(v_ids) with ordinality as o (id, n)
    inner join public.followup_activity_summary as v on o.id = v.tracked_email_id
    order by o.n;
end
$$;

revoke all on function public.followup_activity_page(text, public.tracked_status, uuid, timestamptz, uuid, integer)
from public, anon;
grant execute on function public.followup_activity_page(
    text, public.tracked_status, uuid, timestamptz, uuid, integer
) to authenticated, service_role;
comment on function public.followup_activity_page(text, public.tracked_status, uuid, timestamptz, uuid, integer) is
'The dashboard, a page at a time: rows of followup_activity_summary the caller may see, of one status and one '
'mailbox when asked, in the order p_order: next_due (next_followup_due_at, nulls last, then tracked_email_id) or '
'last_activity (last_activity_at then tracked_email_id, both descending). The next page: p_after_id = the last '
'row''s tracked_email_id, p_after_at = its next_followup_due_at (next_due) or last_activity_at (last_activity). '
'At most p_limit rows (1 to 500). Its cost follows the page and the teams and mailboxes read, not the tracked '
'emails.';
