-- Gmail connector state: the history cursor of a mailbox only ever moves forward. Gmail's historyIds
-- grow (not contiguously); a late push, or a worker that read an older page, must never rewind it.

create or replace function worker.advance_sync_cursor(
    p_mailbox_id uuid, p_folder text, p_cursor bigint, p_now timestamptz default now()
)
returns bigint
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_cursor text;
begin
    if p_cursor is null or p_cursor <= 0 then
        raise exception 'advance_sync_cursor: a positive cursor is required' using errcode = 'invalid_parameter_value';
    end if;
    insert into private.mailbox_sync_state as s (mailbox_id, folder, cursor, updated_at)
    values (p_mailbox_id, p_folder, p_cursor::text, p_now)
    on conflict (mailbox_id, folder) do update
    set cursor = case
            when s.cursor ~ '^[0-9]{1,18}$' and s.cursor::bigint >= excluded.cursor::bigint then s.cursor
            else excluded.cursor
        end,
        updated_at = excluded.updated_at
    returning s.cursor into v_cursor;
    return v_cursor::bigint;
end
$$;

revoke all on function worker.advance_sync_cursor(uuid, text, bigint, timestamptz) from public, anon, authenticated;
grant execute on function worker.advance_sync_cursor(uuid, text, bigint, timestamptz) to service_role;
comment on function worker.advance_sync_cursor(uuid, text, bigint, timestamptz) is
'Gmail: stores a numeric sync cursor (historyId) for a mailbox folder only when it is ahead of the stored '
'one (a non-numeric or missing cursor is replaced); returns the cursor stored afterwards. Idempotent.';

-- A full sync (first backfill, or a history id Gmail no longer knows) lists every message id of INBOX
-- and SENT; fetching only the ones the engine has not ingested yet keeps it cheap (5 quota units each).

create or replace function worker.unknown_provider_message_ids(p_mailbox_id uuid, p_ids text[])
returns setof text
language sql
stable
security definer
set search_path = ''
as $$
    select i.id
    from unnest(p_ids) with ordinality as i (id, n)
    where not exists (
        select 1 from public.messages as m where m.mailbox_id = p_mailbox_id and m.provider_message_id = i.id
    )
    order by i.n
$$;

revoke all on function worker.unknown_provider_message_ids(uuid, text[]) from public, anon, authenticated;
grant execute on function worker.unknown_provider_message_ids(uuid, text[]) to service_role;
comment on function worker.unknown_provider_message_ids(uuid, text[]) is
'The provider message ids of the list that the mailbox has no message for yet, in the given order. Stable.';
