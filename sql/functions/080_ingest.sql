-- ingest_message: the one door through which mail enters the engine. Workers hand it normalised
-- messages (DESIGN.md, "Contracts"); it threads them, records them once, and applies the rules.

-- The hot helpers in this file are plpgsql, not sql: a sql function with `set search_path` is never inlined
-- and is planned again at every call, while plpgsql keeps its plans for the session (bench/RESULTS.md).
create or replace function private.normalize_subject(p_subject text)
returns text
language plpgsql
immutable
set search_path = ''
as $$
begin
    return (
        -- Reply and forward prefixes in English and French (Re:, RE :, Fwd:, TR :, Réf. :, Fw:, AW: …),
        -- repeated or numbered (Re[2]:), and surrounding tags such as [EXT].
        select nullif(btrim(regexp_replace(lower(
            regexp_replace(
                coalesce(p_subject, ''),
                '^(\s*(\[[^]]{1,20}\]\s*)?(re|fw|fwd|tr|réf|ref|rép|aw|wg|sv|vs|antw|rif|r)\.?\s*(\[\d+\]|\(\d+\))?\s*:\s*)+',
                '', 'i'
            )), '\s+', ' ', 'g')), '')
    );
end
$$;

revoke all on function private.normalize_subject(text) from public;
grant execute on function private.normalize_subject(text) to authenticated, service_role;
comment on function private.normalize_subject(text) is
'A subject without reply/forward prefixes (English and French), lower-case, spaces folded. Immutable.';

create or replace function private.header_says_auto_reply(p_headers jsonb, p_subject text)
returns boolean
language sql
immutable
set search_path = ''
as $$
    -- R6, when the worker sent no analysis: the headers RFC 3834 and the big servers set, then subjects.
    select coalesce(lower(btrim(p_headers ->> 'auto-submitted')) not in ('', 'no'), false)
        or p_headers ? 'x-autoreply'
        or p_headers ? 'x-autorespond'
        or coalesce(lower(p_headers ->> 'precedence') = 'auto_reply', false)
        or coalesce(lower(p_headers ->> 'x-apple-action') = 'vacation', false)
        or coalesce(
            p_subject ~* (
                '^\s*(automatic reply|auto(matic)?[- ]?reply|out of (the )?office|absence|'
                || 'réponse automatique|reponse automatique|absent(e)? du bureau|message d''absence)'
            ),
            false
        )
$$;

revoke all on function private.header_says_auto_reply(jsonb, text) from public;
comment on function private.header_says_auto_reply(jsonb, text) is
'R6 fallback: true when headers (Auto-Submitted, X-Autoreply, X-Autorespond, Precedence: auto_reply, '
'X-Apple-Action: vacation) or the subject say automatic reply. Immutable.';

create or replace function private.addresses(p_list jsonb)
returns text []
language plpgsql
immutable
set search_path = ''
as $$
begin
    return (
        select coalesce(array_agg(distinct lower(btrim(e ->> 'address'))) filter (
            where coalesce(btrim(e ->> 'address'), '') <> ''
        ), '{}')
        from jsonb_array_elements(case jsonb_typeof(p_list) when 'array' then p_list else '[]' end) as e
    );
end
$$;

revoke all on function private.addresses(jsonb) from public;
comment on function private.addresses(jsonb) is
'The lower-case addresses of a list of {address, name} objects. Immutable.';

create or replace function private.thread_refs(p_message jsonb)
returns text []
language plpgsql
immutable
set search_path = ''
as $$
begin
    return (
        -- What a message points at, nearest first: In-Reply-To, then References from the last one back.
        select coalesce(array_agg(r order by ord), '{}')
        from (
            select p_message ->> 'in_reply_to' as r, 0 as ord
            union all
            select ref.value, 1000000 - ref.ordinality
            from jsonb_array_elements_text(
                case jsonb_typeof(p_message -> 'references') when 'array' then p_message -> 'references' else '[]' end
            ) with ordinality as ref (value, ordinality)
        ) as refs
        where coalesce(btrim(r), '') <> ''
    );
end
$$;

revoke all on function private.thread_refs(jsonb) from public;
comment on function private.thread_refs(jsonb) is
'The RFC 5322 ids a message points at, nearest first (In-Reply-To, then References reversed). Immutable.';

create or replace function public.ingest_message(
    p_mailbox_id uuid, p_message jsonb, p_now timestamptz default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_now timestamptz;
    v_s record;
    v_pid text := nullif(btrim(p_message ->> 'provider_message_id'), '');
    v_mid text := nullif(btrim(p_message ->> 'internet_message_id'), '');
    v_thread text := nullif(btrim(p_message ->> 'provider_thread_id'), '');
    v_folder text := coalesce(nullif(p_message ->> 'folder', ''), 'other');
    v_from text := lower(nullif(btrim(p_message #>> '{from,address}'), ''));
    v_analysis jsonb := coalesce(p_message -> 'analysis', '{}');
    v_headers jsonb := coalesce(p_message -> 'headers', '{}');
    v_refs text [];
    v_existing uuid;
    v_conv uuid;
    v_new_conv boolean := false;
    v_direction text;
    v_kind public.message_kind;
    v_msg public.messages;
    v_followup_id uuid;
    v_effects jsonb := '[]'::jsonb;
    v_t record;
    v_count integer;
    v_return date;
    v_bounced text [];
begin
    -- Ingest does not wait for its commit to reach the disk (synchronous_commit off, for this transaction
    -- only; fsync stays on, so the database is never corrupted, and a crash can lose at most the last few
    -- hundred milliseconds of commits). What a lost ingest costs is nothing: ingest is idempotent and the
    -- provider stays the source of truth. The worker commits its sync cursor (delta link, history id) after
    -- the ingests of a page, so the cursor comes later in the WAL than they do; a crash loses a suffix of the
    -- WAL, so a cursor that survived implies the ingests before it did, and a lost ingest means a lost cursor:
    -- the next sync fetches the message again. Any later synchronous commit (a claim, a send, a cursor) also
    -- flushes every ingest before it, so nothing durable ever rests on an ingest that was lost. This is what
    -- lets one message per transaction reach the throughput it needs (bench/RESULTS.md).
    perform pg_catalog.set_config('synchronous_commit', 'off', true);
    -- Validation: a malformed message is refused whole, with a message that says why.
    if jsonb_typeof(p_message) is distinct from 'object' then
        raise exception 'ingest_message: the message must be a JSON object' using errcode = '22023';
    end if;
    if v_pid is null then
        raise exception 'ingest_message: provider_message_id is required' using errcode = '22023';
    end if;
    if v_folder not in ('inbox', 'sent', 'other') then
        raise exception 'ingest_message: folder must be inbox, sent or other (got %)', v_folder using errcode = '22023';
    end if;
    select * into v_s from private.mailbox_settings(p_mailbox_id);
    if not found then
        raise exception 'ingest_message: no mailbox %', p_mailbox_id using errcode = '22023';
    end if;

    -- Idempotency: the same provider id, or the same Message-ID under another provider id, is known.
    select id into v_existing from public.messages where mailbox_id = p_mailbox_id and provider_message_id = v_pid;
    if v_existing is null then
        select message_id into v_existing from private.message_aliases
        where mailbox_id = p_mailbox_id and provider_message_id = v_pid;
    end if;
    if v_existing is null and v_mid is not null then
        select id into v_existing from public.messages where mailbox_id = p_mailbox_id and internet_message_id = v_mid;
        if v_existing is not null then
            insert into private.message_aliases (mailbox_id, provider_message_id, message_id)
            values (p_mailbox_id, v_pid, v_existing) on conflict do nothing;
        end if;
    end if;
    if v_existing is not null then
        return jsonb_build_object('status', 'duplicate', 'message_id', v_existing);
    end if;

    -- Threading: RFC 5322 links first (they win over where the provider filed it), nearest first, then
    -- the message's own Message-ID (a reply seen earlier may have pointed at it), then the provider's
    -- thread, else a new conversation. No subject matching: same subject is not same conversation.
    v_refs := private.thread_refs(p_message);
    select r.conversation_id into v_conv
    from unnest(array_remove(v_refs || v_mid, null)) with ordinality as x (ref, ord)
    join private.conversation_refs as r on r.mailbox_id = p_mailbox_id and r.ref = x.ref
    order by x.ord limit 1;
    if v_conv is null and v_thread is not null then
        select conversation_id into v_conv from private.conversation_refs
        where mailbox_id = p_mailbox_id and ref = 'thread:' || v_thread;
    end if;
    if v_conv is null then
        -- Its last message is this one (no update of the new row below).
        insert into public.conversations (
            team_id, mailbox_id, provider_thread_id, subject, normalized_subject, last_message_at
        )
        values (
            v_s.team_id, p_mailbox_id, v_thread, p_message ->> 'subject',
            private.normalize_subject(p_message ->> 'subject'),
            coalesce((p_message ->> 'sent_at')::timestamptz, (p_message ->> 'received_at')::timestamptz)
        )
        returning id into v_conv;
        v_new_conv := true;
    end if;

    v_direction := case
        when v_folder = 'sent' or v_from = v_s.address then 'outbound' else 'inbound'
    end;
    v_kind := case
        when v_direction = 'outbound' and nullif(v_headers ->> 'x-relance-followup-id', '') is not null then 'engine'
        when v_direction = 'outbound' then 'human'
        when v_analysis ->> 'kind' in ('auto_reply', 'bounce', 'list', 'human') then (v_analysis ->> 'kind')::public.message_kind
        when private.header_says_auto_reply(v_headers, p_message ->> 'subject') then 'auto_reply'
        when v_headers ? 'list-id' or v_headers ? 'list-unsubscribe' then 'list'
        else 'human'
    end;
    v_now := coalesce(
        p_now,
        case when v_direction = 'outbound' then (p_message ->> 'sent_at')::timestamptz
        else (p_message ->> 'received_at')::timestamptz end,
        clock_timestamp()
    );

    insert into public.messages (
        team_id, mailbox_id, conversation_id, provider_message_id, internet_message_id, in_reply_to,
        "references", direction, folder, kind, from_address, from_name, to_addresses, cc_addresses, subject,
        sent_at, received_at, headers, body_text, analysis, relance_followup_id, ingested_at
    )
    values (
        v_s.team_id, p_mailbox_id, v_conv, v_pid, v_mid, nullif(p_message ->> 'in_reply_to', ''),
        coalesce(array(select jsonb_array_elements_text(
            case jsonb_typeof(p_message -> 'references') when 'array' then p_message -> 'references' else '[]' end
        )), '{}'),
        v_direction, v_folder, v_kind, v_from, p_message #>> '{from,name}',
        private.addresses(p_message -> 'to'), private.addresses(p_message -> 'cc'), p_message ->> 'subject',
        coalesce((p_message ->> 'sent_at')::timestamptz, (p_message ->> 'received_at')::timestamptz),
        coalesce((p_message ->> 'received_at')::timestamptz, (p_message ->> 'sent_at')::timestamptz),
        v_headers, p_message ->> 'body_text', v_analysis,
        case when v_kind = 'engine' then (v_headers ->> 'x-relance-followup-id')::uuid end,
        coalesce(p_now, clock_timestamp())
    )
    on conflict do nothing
    returning * into v_msg;
    if v_msg.id is null then
        -- A concurrent ingest of the same message won the race: it is the one recorded, and the
        -- conversation opened for this copy (nothing refers to it yet) goes.
        if v_new_conv then
            delete from public.conversations where id = v_conv;
        end if;
        select id into v_existing from public.messages
        where mailbox_id = p_mailbox_id and (provider_message_id = v_pid or internet_message_id = v_mid);
        if v_existing is not null and v_mid is not null then
            insert into private.message_aliases (mailbox_id, provider_message_id, message_id)
            values (p_mailbox_id, v_pid, v_existing) on conflict do nothing;
        end if;
        return jsonb_build_object('status', 'duplicate', 'message_id', v_existing);
    end if;

    insert into private.conversation_refs (mailbox_id, ref, conversation_id)
    select p_mailbox_id, r, v_conv
    from unnest(array_remove(v_refs || v_mid || case when v_thread is not null then 'thread:' || v_thread end, null))
        as r
    on conflict do nothing;
    if not v_new_conv then
        update public.conversations set last_message_at = greatest(last_message_at, v_msg.sent_at) where id = v_conv;
    end if;

    -- Outbound -------------------------------------------------------------------------------------
    if v_direction = 'outbound' then
        if v_kind = 'engine' then
            -- The engine's own follow-up, seen again in Sent Items: never manual (R4). If its worker died
            -- before recording the send, this copy is the proof that it was sent.
            v_followup_id := v_msg.relance_followup_id;
            perform private.record_sent(
                v_followup_id, coalesce(v_msg.sent_at, v_now), v_pid, v_mid, 'seen in Sent Items', v_now
            );
            return jsonb_build_object('status', 'ingested', 'message_id', v_msg.id, 'conversation_id', v_conv,
                'kind', v_kind, 'direction', v_direction, 'effects', jsonb_build_array('engine_followup_seen'));
        end if;
        -- R4: an outbound message after a tracked email of this conversation is a manual follow-up.
        for v_t in
            select t.* from public.tracked_emails as t
            where t.conversation_id = v_conv and t.status in ('active', 'paused') and t.message_id <> v_msg.id
                and t.sent_at < coalesce(v_msg.sent_at, v_now)
            order by t.sent_at
            for update
        loop
            select count(*) into v_count from public.manual_followups where tracked_email_id = v_t.id;
            insert into public.manual_followups (team_id, tracked_email_id, message_id, seq, sent_at)
            values (v_t.team_id, v_t.id, v_msg.id, v_t.automatic_sent + v_count + 1, coalesce(v_msg.sent_at, v_now))
            on conflict do nothing;
            if found then
                update public.tracked_emails
                set manual_detected = manual_detected + 1, last_activity_at = greatest(last_activity_at, v_msg.sent_at)
                where id = v_t.id;
                perform private.log_event(
                    v_t.team_id, 'manual_followup',
                    format('manual follow-up %s detected (sent by hand %s)', v_t.automatic_sent + v_count + 1,
                        private.local_text(coalesce(v_msg.sent_at, v_now), v_s.time_zone)),
                    v_now, v_t.mailbox_id, v_t.id, null, v_msg.id
                );
                perform private.plan_followup(v_t.id, v_now, 'the manual follow-up');
                v_effects := v_effects || jsonb_build_array('manual_followup');
            end if;
        end loop;
        -- R1: a message that starts a conversation, with an external recipient, under policy auto.
        if v_effects = '[]' and v_s.tracking_policy = 'auto' and cardinality(v_refs) = 0
            and not exists (
                select 1 from public.messages as m where m.conversation_id = v_conv and m.id <> v_msg.id
            )
            and exists (
                select 1 from unnest(v_msg.to_addresses || v_msg.cc_addresses) as a
                where a <> v_s.address
                    and split_part(a, '@', 2) <> all(v_s.team_domains || split_part(v_s.address, '@', 2))
            ) then
            perform private.track_message(v_msg.id, 'auto', v_now);
            v_effects := v_effects || jsonb_build_array('tracked');
        end if;
        return jsonb_build_object('status', 'ingested', 'message_id', v_msg.id, 'conversation_id', v_conv,
            'kind', v_kind, 'direction', v_direction, 'effects', v_effects);
    end if;

    -- Inbound ----------------------------------------------------------------------------------------
    if v_kind = 'bounce' then
        -- R7: a report about which message? Its returned Message-ID, else the links of the report.
        v_bounced := coalesce(array(
            select lower(r ->> 'address') from jsonb_array_elements(
                case jsonb_typeof(v_analysis #> '{bounce,recipients}') when 'array'
                    then v_analysis #> '{bounce,recipients}' else '[]' end
            ) as r
            where coalesce((r ->> 'permanent')::boolean, false)
        ), '{}');
        for v_t in
            -- Found through the returned Message-ID (indexes on messages and follow-ups), then by primary key:
            -- written as ORs of subqueries, the cached (generic) plan read every active tracked email of the
            -- mailbox and filtered them (4.6 ms at 1,000,000 tracked emails; 0.3 ms so).
            select t.* from public.tracked_emails as t
            where t.id in (
                    select ot.id from public.messages as om
                    inner join public.tracked_emails as ot on om.id = ot.message_id
                    where om.mailbox_id = p_mailbox_id
                        and om.internet_message_id = v_analysis #>> '{bounce,original_message_id}'
                    union all
                    select f.tracked_email_id from public.followups as f
                    where f.internet_message_id = v_analysis #>> '{bounce,original_message_id}'
                    union all
                    select ct.id from public.tracked_emails as ct
                    where (v_analysis #>> '{bounce,original_message_id}') is null and ct.conversation_id = v_conv
                )
                and t.mailbox_id = p_mailbox_id and t.status in ('active', 'paused')
        loop
            insert into public.suppressions (team_id, address, reason, detail, message_id)
            select v_t.team_id, a, 'bounced', 'permanent delivery failure', v_msg.id
            from unnest(v_bounced) as a
            where a = any(v_t.recipients)
            on conflict do nothing;
            if cardinality(v_bounced) > 0 and v_t.recipients <@ v_bounced then
                perform private.stop_tracked(v_t.id, 'bounced',
                    format('delivery failed permanently for %s', array_to_string(v_bounced, ', ')), v_now, v_msg.id);
                v_effects := v_effects || jsonb_build_array('bounced');
            else
                perform private.log_event(
                    v_t.team_id, 'bounce',
                    case when cardinality(v_bounced) = 0 then 'temporary delivery failure: tracking goes on'
                    else format('delivery failed for %s only: tracking goes on for the others',
                        array_to_string(v_bounced, ', '))
                    end,
                    v_now, v_t.mailbox_id, v_t.id, null, v_msg.id
                );
                v_effects := v_effects || jsonb_build_array('partial_bounce');
            end if;
        end loop;
        return jsonb_build_object('status', 'ingested', 'message_id', v_msg.id, 'conversation_id', v_conv,
            'kind', v_kind, 'direction', v_direction, 'effects', v_effects);
    end if;

    if v_kind = 'auto_reply' then
        -- R6: never an answer. A return date within 90 days holds every tracked email to that person.
        v_return := nullif(v_analysis #>> '{auto_reply,until}', '')::date;
        if v_from is not null and v_return is not null
            and v_return > (coalesce(v_msg.received_at, v_now) at time zone v_s.time_zone)::date
            and v_return <= (coalesce(v_msg.received_at, v_now) at time zone v_s.time_zone)::date + 90 then
            insert into public.holds (team_id, address, return_on, message_id)
            values (v_s.team_id, v_from, v_return, v_msg.id)
            on conflict (team_id, address) do update
            set return_on = excluded.return_on, message_id = excluded.message_id, created_at = now();
            for v_t in
                select t.id, t.team_id, t.mailbox_id from public.tracked_emails as t
                -- `recipients @> array[…]` (not `= any(recipients)`): the GIN index on recipients answers it.
                where t.team_id = v_s.team_id and t.status in ('active', 'paused') and t.recipients @> array[v_from]
            loop
                perform private.log_event(
                    v_t.team_id, 'held',
                    format('%s is out of office until %s: follow-ups wait for their return', v_from, v_return),
                    v_now, v_t.mailbox_id, v_t.id, null, v_msg.id, jsonb_build_object('return_on', v_return)
                );
                perform private.plan_followup(v_t.id, v_now, format('out of office until %s', v_return));
            end loop;
            v_effects := v_effects || jsonb_build_array('held');
        else
            for v_t in
                select t.id, t.team_id, t.mailbox_id from public.tracked_emails as t
                where t.conversation_id = v_conv and t.status in ('active', 'paused')
            loop
                perform private.log_event(v_t.team_id, 'auto_reply',
                    'automatic reply without a usable return date: not an answer, tracking goes on',
                    v_now, v_t.mailbox_id, v_t.id, null, v_msg.id);
            end loop;
        end if;
        return jsonb_build_object('status', 'ingested', 'message_id', v_msg.id, 'conversation_id', v_conv,
            'kind', v_kind, 'direction', v_direction, 'effects', v_effects);
    end if;

    if v_kind = 'list' or v_from is null then
        return jsonb_build_object('status', 'ingested', 'message_id', v_msg.id, 'conversation_id', v_conv,
            'kind', v_kind, 'direction', v_direction, 'effects', v_effects);
    end if;

    -- A human wrote. They are back if they were away.
    delete from public.holds where team_id = v_s.team_id and address = v_from;
    -- R5 / R8: an answer in the conversation (after the tracked email), or, when the team says so, from
    -- a tracked recipient in any other conversation of this mailbox. The row lock orders this ingest with
    -- a worker's final claim (R13).
    for v_t in
        select t.* from public.tracked_emails as t
        where t.status in ('active', 'paused')
            and t.sent_at <= coalesce(v_msg.received_at, v_now)
            and (
                t.conversation_id = v_conv
                or (
                    v_s.reply_from_any_conversation
                    and t.recipients @> array[v_from] -- the GIN index on recipients answers this one
                    -- A filter on what the GIN index returns, never an index condition: as one, the cached
                    -- (generic) plan read every active tracked email of the mailbox (5 ms at 1,000,000).
                    and (t.mailbox_id = p_mailbox_id) is true
                )
            )
        order by t.sent_at
        for update
    loop
        if coalesce((v_analysis ->> 'opt_out')::boolean, false) then
            insert into public.suppressions (team_id, address, reason, detail, message_id)
            values (v_s.team_id, v_from, 'opted_out', v_analysis ->> 'opt_out_phrase', v_msg.id)
            on conflict (team_id, address) do update set reason = 'opted_out', detail = excluded.detail,
                message_id = excluded.message_id;
            perform private.stop_tracked(v_t.id, 'opted_out',
                format('%s asked not to be contacted again', v_from), v_now, v_msg.id);
            v_effects := v_effects || jsonb_build_array('opted_out');
        else
            perform private.stop_tracked(v_t.id, 'replied',
                case when v_t.conversation_id = v_conv then format('%s replied', v_from)
                else format('%s wrote in another conversation (%s)', v_from,
                    coalesce(p_message ->> 'subject', 'no subject')) end,
                v_now, v_msg.id);
            v_effects := v_effects || jsonb_build_array('replied');
        end if;
        update public.tracked_emails set answered_at = coalesce(v_msg.received_at, v_now)
        where id = v_t.id and answer_message_id = v_msg.id;
    end loop;
    -- R13: the engine knows of the answer once it holds those locks, i.e. after any send under way
    -- committed; the row was inserted before the wait, so its ingested_at is set again here. A driven
    -- clock (p_now, tests and the demo) is the engine's time, as for every other instant.
    update public.messages set ingested_at = coalesce(p_now, clock_timestamp()) where id = v_msg.id;
    return jsonb_build_object('status', 'ingested', 'message_id', v_msg.id, 'conversation_id', v_conv,
        'kind', v_kind, 'direction', v_direction, 'effects', v_effects);
end
$$;

revoke all on function public.ingest_message(uuid, jsonb, timestamptz) from public, anon, authenticated;
grant execute on function public.ingest_message(uuid, jsonb, timestamptz) to service_role;
comment on function public.ingest_message(uuid, jsonb, timestamptz) is
'Records one normalised message of a mailbox (DESIGN.md contract), threads it and applies R1, R4-R8. '
'Returns {status: ingested|duplicate, message_id, conversation_id, kind, direction, effects}. Idempotent: '
'the same message (same provider id, or same Message-ID under another provider id) changes nothing twice.';

create or replace function public.ingest_messages(
    p_mailbox_id uuid, p_messages jsonb, p_now timestamptz default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_results jsonb := '[]'::jsonb;
    v_i integer := 0;
    v_state text;
    v_text text;
begin
    -- A page of a mailbox's delta or history in one call and one transaction: one round trip and one commit
    -- for up to a page of messages instead of one each. Each message goes through ingest_message, in order,
    -- so every rule, the threading (a reply before its original, duplicates within the page) and idempotency
    -- are exactly those of calling ingest_message for each message in turn.
    if jsonb_typeof(p_messages) is distinct from 'array' then
        raise exception 'ingest_messages: the messages must be a JSON array' using errcode = '22023';
    end if;
    begin
        for v_k in 0 .. jsonb_array_length(p_messages) - 1 loop
            v_i := v_k; -- the loop's own variable is out of scope in the handler below
            v_results := v_results || jsonb_build_array(
                public.ingest_message(p_mailbox_id, p_messages -> v_k, p_now)
            );
        end loop;
    exception when others then
        -- The page is refused whole (one transaction); say which message, keep the error's code (a deadlock
        -- stays 40P01, so the worker retries the page; a malformed message stays 22023).
        get stacked diagnostics v_state = returned_sqlstate, v_text = message_text;
        raise exception 'ingest_messages: message % of the page (from 0): %', v_i, v_text using errcode = v_state;
    end;
    return v_results;
end
$$;

revoke all on function public.ingest_messages(uuid, jsonb, timestamptz) from public, anon, authenticated;
grant execute on function public.ingest_messages(uuid, jsonb, timestamptz) to service_role;
comment on function public.ingest_messages(uuid, jsonb, timestamptz) is
'Records a page of normalised messages of one mailbox, in order, in one transaction: exactly ingest_message '
'for each. Returns the array of their results, in order. Idempotent as ingest_message. Raises (naming the '
'message''s position, with its error code) and records nothing of the page when one message is refused.';
