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
language plpgsql
immutable
set search_path = ''
as $$
begin
    -- R6, when the worker sent no analysis: the headers RFC 3834 and the big servers set, then subjects.
    return coalesce(lower(btrim(p_headers ->> 'auto-submitted')) not in ('', 'no'), false)
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
        );
end
$$;

revoke all on function private.header_says_auto_reply(jsonb, text) from public;
comment on function private.header_says_auto_reply(jsonb, text) is
'R6 fallback: true when headers (Auto-Submitted, X-Autoreply, X-Autorespond, Precedence: auto_reply, '
'X-Apple-Action: vacation) or the subject say automatic reply. Immutable.';

create or replace function private.addresses(p_list jsonb)
returns text[]
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
returns text[]
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

create or replace function private.contract_instant(p_message jsonb, p_key text)
returns timestamptz
language plpgsql
stable
set search_path = ''
as $$
declare
    v_text text := p_message ->> p_key;
    v_at timestamptz;
begin
    -- An instant of the contract: ISO 8601 with its zone, between 1970 and 2200; anything else is refused
    -- with the key's name, never cast with the session's zone or left to fail later.
    if v_text is null then
        return null;
    end if;
    if jsonb_typeof(p_message -> p_key) <> 'string'
        or v_text !~ '^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|z|[+-]\d{2}(:?\d{2})?)$' then
        raise exception 'ingest_message: % must be an ISO 8601 instant with its zone (got %)', p_key, left(v_text, 60)
            using errcode = '22023';
    end if;
    -- The common case casts without the exception block (a subtransaction per call): a date that exists in
    -- every year of 1900-2299 (days 29-31 only in the months that have them; 29 February asks the slow path),
    -- a time of day, an offset within ±14:59, ASCII digits and no space. Anything else that the pattern above lets through is cast under
    -- the block, which names the key when the cast fails.
    if v_text ~ (
        '^(19|2[0-2])[0-9]{2}-((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)'
        || '[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,9})?)?(Z|z|[+-](0[0-9]|1[0-4])(:?[0-5][0-9])?)$'
    ) then
        v_at := v_text::timestamptz;
    else
        begin
            v_at := v_text::timestamptz;
        exception when others then
            raise exception 'ingest_message: % is not a valid instant (got %)', p_key, left(v_text, 60)
                using errcode = '22023';
        end;
    end if;
    if v_at < '1970-01-01T00:00:00Z' or v_at > '2200-01-01T00:00:00Z' then
        raise exception 'ingest_message: % is out of range (got %)', p_key, left(v_text, 60) using errcode = '22023';
    end if;
    return v_at;
end
$$;

revoke all on function private.contract_instant(jsonb, text) from public;
comment on function private.contract_instant(jsonb, text) is
'The instant under p_key of a normalised message, or null when absent; raises 22023 naming the key when it '
'has no zone, does not parse or lies outside 1970-2200. Stable.';

create or replace function private.contract_type(p_value jsonb, p_key text, p_types text[], p_what text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
    -- One type check of the contract: absent (SQL null) passes; anything else must be of one of p_types.
    if p_value is not null and jsonb_typeof(p_value) <> all(p_types) then
        raise exception 'ingest_message: % must be % (got %)', p_key, p_what, jsonb_typeof(p_value)
            using errcode = '22023';
    end if;
end
$$;

revoke all on function private.contract_type(jsonb, text, text[], text) from public;
comment on function private.contract_type(jsonb, text, text[], text) is
'Raises 22023 naming p_key when p_value is present and of none of the JSON types p_types. Returns nothing. '
'Immutable.';

create or replace function private.contract_id(p_message jsonb, p_key text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
    -- An identifier the engine indexes (provider ids, RFC 5322 ids): a string of at most 998 bytes (RFC 5322's
    -- line limit), so no b-tree index ever refuses it (an index entry holds at most 2704 bytes).
    perform private.contract_type(p_message -> p_key, p_key, array['string', 'null'], 'a string');
    if octet_length(p_message ->> p_key) > 998 then
        raise exception 'ingest_message: % is longer than 998 bytes (got %)', p_key, octet_length(p_message ->> p_key)
            using errcode = '22023';
    end if;
end
$$;

revoke all on function private.contract_id(jsonb, text) from public;
comment on function private.contract_id(jsonb, text) is
'Raises 22023 naming p_key unless the identifier under it is absent, null or a string of at most 998 bytes. '
'Returns nothing. Immutable.';

create or replace function private.contract_person(p_person jsonb, p_key text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
    -- An {address, name} object of the contract: both strings (or absent), the address short enough to index.
    perform private.contract_type(p_person, p_key, array['object', 'null'], 'an {address, name} object');
    if jsonb_typeof(p_person) = 'object' then
        perform private.contract_type(p_person -> 'address', p_key || '.address', array['string', 'null'], 'a string');
        perform private.contract_type(p_person -> 'name', p_key || '.name', array['string', 'null'], 'a string');
        if octet_length(p_person ->> 'address') > 998 then
            raise exception 'ingest_message: %.address is longer than 998 bytes', p_key using errcode = '22023';
        end if;
    end if;
end
$$;

revoke all on function private.contract_person(jsonb, text) from public;
comment on function private.contract_person(jsonb, text) is
'Raises 22023 naming the key unless p_person is absent, null or an {address, name} object of strings. '
'Returns nothing. Immutable.';

create or replace function private.message_shape_ok(p_message jsonb)
returns boolean
language sql
immutable
-- No `set search_path`: a plain sql function of one expression is inlined into its caller's expression, so the
-- common case costs one expression instead of about 140 plpgsql statements, and a pinned search_path would stop
-- the inlining. Every function is named with its schema (pg_catalog.), and its one caller
-- (worker.ingest_message) pins an empty search_path, which the inlined expression is parsed in.
as $$
    select coalesce(
        pg_catalog.jsonb_typeof(p_message) = 'object'
        and pg_catalog.jsonb_typeof(p_message -> 'provider_message_id') = 'string'
        and pg_catalog.btrim(p_message ->> 'provider_message_id') <> ''
        and pg_catalog.octet_length(p_message ->> 'provider_message_id') <= 998
        and coalesce(pg_catalog.jsonb_typeof(p_message -> 'provider_thread_id'), 'null') in ('string', 'null')
        and coalesce(pg_catalog.octet_length(p_message ->> 'provider_thread_id'), 0) <= 998
        and coalesce(pg_catalog.jsonb_typeof(p_message -> 'internet_message_id'), 'null') in ('string', 'null')
        and coalesce(pg_catalog.octet_length(p_message ->> 'internet_message_id'), 0) <= 998
        and coalesce(pg_catalog.jsonb_typeof(p_message -> 'in_reply_to'), 'null') in ('string', 'null')
        and coalesce(pg_catalog.octet_length(p_message ->> 'in_reply_to'), 0) <= 998
        and coalesce(pg_catalog.jsonb_typeof(p_message -> 'folder'), 'null') in ('string', 'null')
        and coalesce(p_message ->> 'folder', 'other') in ('inbox', 'sent', 'other')
        and coalesce(pg_catalog.jsonb_typeof(p_message -> 'subject'), 'null') in ('string', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message -> 'body_text'), 'null') in ('string', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message -> 'from'), 'null') in ('object', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{from,address}'), 'null') in ('string', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{from,name}'), 'null') in ('string', 'null')
        and coalesce(pg_catalog.octet_length(p_message #>> '{from,address}'), 0) <= 998
        and coalesce(pg_catalog.jsonb_typeof(p_message -> 'to'), 'null') in ('array', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message -> 'cc'), 'null') in ('array', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message -> 'references'), 'null') in ('array', 'null')
        -- Elements: objects of strings, strings; anything of 250 characters or more (which might exceed 998
        -- bytes) goes to the full check. Strict paths: no lax unwrapping of an array where a string belongs.
        and (pg_catalog.jsonb_typeof(p_message -> 'to') is distinct from 'array'
            or not pg_catalog.jsonb_path_exists(p_message -> 'to',
            'strict $[*] ? (@.type() != "object" || exists(@.address ? (@.type() != "string" && @.type() != "null"))
                || exists(@.name ? (@.type() != "string" && @.type() != "null"))
                || exists(@.address ? (@ like_regex "^.{250}" flag "s")))'))
        and (pg_catalog.jsonb_typeof(p_message -> 'cc') is distinct from 'array'
            or not pg_catalog.jsonb_path_exists(p_message -> 'cc',
            'strict $[*] ? (@.type() != "object" || exists(@.address ? (@.type() != "string" && @.type() != "null"))
                || exists(@.name ? (@.type() != "string" && @.type() != "null"))
                || exists(@.address ? (@ like_regex "^.{250}" flag "s")))'))
        and (pg_catalog.jsonb_typeof(p_message -> 'references') is distinct from 'array'
            or not pg_catalog.jsonb_path_exists(p_message -> 'references',
                'strict $[*] ? (@.type() != "string" || @ like_regex "^.{250}" flag "s")'))
        and coalesce(pg_catalog.jsonb_typeof(p_message -> 'headers'), 'null') in ('object', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message -> 'analysis'), 'null') in ('object', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{analysis,kind}'), 'null') in ('string', 'null')
        and coalesce(p_message #>> '{analysis,kind}', 'human') in ('auto_reply', 'bounce', 'list', 'human')
        -- A complaint: the full check reads it (complaints are rarer still).
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{analysis,complaint}'), 'null') = 'null'
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{analysis,auto_reply}'), 'null') in ('object', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{analysis,auto_reply,until}'), 'null') in ('string', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{analysis,auto_reply,gone}'), 'null') in ('string', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{analysis,auto_reply,write_to}'), 'null') in ('string', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{analysis,bounce}'), 'null') in ('object', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{analysis,bounce,original_message_id}'), 'null')
            in ('string', 'null')
        -- A bounce's recipients: the full check reads them (bounces are a few in a hundred).
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{analysis,bounce,recipients}'), 'null') = 'null'
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{analysis,opt_out}'), 'null') in ('boolean', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{analysis,opt_out_phrase}'), 'null') in ('string', 'null')
        and coalesce(pg_catalog.jsonb_typeof(p_message #> '{analysis,opt_out_relayed}'), 'null') in ('boolean', 'null'),
        false
    )
$$;

revoke all on function private.message_shape_ok(jsonb) from public;
comment on function private.message_shape_ok(jsonb) is
'True when a normalised message certainly passes private.check_message except for its instants (which '
'private.contract_instant checks): the fast test of the common case. False means "ask check_message", which '
'names the bad key or finds none. Immutable.';

create or replace function private.check_message(p_message jsonb)
returns void
language plpgsql
stable
set search_path = ''
as $$
declare
    v_key text;
    v_item record;
    v_analysis jsonb := p_message -> 'analysis';
begin
    -- The contract of DESIGN.md: a malformed message is refused whole, with one error naming the key.
    if jsonb_typeof(p_message) is distinct from 'object' then
        raise exception 'ingest_message: the message must be a JSON object' using errcode = '22023';
    end if;
    if jsonb_typeof(p_message -> 'provider_message_id') is distinct from 'string'
        or btrim(p_message ->> 'provider_message_id') = '' then
        raise exception 'ingest_message: provider_message_id is required (a non-empty string)' using errcode = '22023';
    end if;
    foreach v_key in array array['provider_message_id', 'provider_thread_id', 'internet_message_id', 'in_reply_to']
    loop
        perform private.contract_id(p_message, v_key);
    end loop;
    if jsonb_typeof(p_message -> 'folder') not in ('string', 'null')
        or coalesce(p_message ->> 'folder', 'other') not in ('inbox', 'sent', 'other') then
        raise exception 'ingest_message: folder must be inbox, sent or other (got %)', left(p_message ->> 'folder', 40)
            using errcode = '22023';
    end if;
    foreach v_key in array array['subject', 'body_text'] loop
        perform private.contract_type(p_message -> v_key, v_key, array['string', 'null'], 'a string');
    end loop;
    perform private.contract_person(p_message -> 'from', 'from');
    foreach v_key in array array['to', 'cc', 'references'] loop
        perform private.contract_type(p_message -> v_key, v_key, array['array', 'null'], 'an array');
    end loop;
    foreach v_key in array array['to', 'cc'] loop
        for v_item in
            select e.value, e.ordinality from jsonb_array_elements(
                case jsonb_typeof(p_message -> v_key) when 'array' then p_message -> v_key else '[]' end
            ) with ordinality as e (value, ordinality)
        loop
            perform private.contract_person(v_item.value, format('%s[%s]', v_key, v_item.ordinality - 1));
            if jsonb_typeof(v_item.value) <> 'object' then
                raise exception 'ingest_message: %[%] must be an {address, name} object (got %)',
                    v_key, v_item.ordinality - 1, jsonb_typeof(v_item.value) using errcode = '22023';
            end if;
        end loop;
    end loop;
    for v_item in
        select e.value, e.ordinality from jsonb_array_elements(
            case jsonb_typeof(p_message -> 'references') when 'array' then p_message -> 'references' else '[]' end
        ) with ordinality as e (value, ordinality)
    loop
        if jsonb_typeof(v_item.value) <> 'string' or octet_length(v_item.value #>> '{}') > 998 then
            raise exception 'ingest_message: references[%] must be a string of at most 998 bytes',
                v_item.ordinality - 1 using errcode = '22023';
        end if;
    end loop;
    foreach v_key in array array['headers', 'analysis'] loop
        perform private.contract_type(p_message -> v_key, v_key, array['object', 'null'], 'an object');
    end loop;
    -- The analysis the rules read (INTELLIGENCE.md may add keys of its own; those are not read here).
    if jsonb_typeof(v_analysis) = 'object' then
        perform private.contract_type(v_analysis -> 'kind', 'analysis.kind', array['string', 'null'], 'a string');
        if v_analysis ->> 'kind' not in ('auto_reply', 'bounce', 'list', 'human', 'complaint') then
            raise exception
                'ingest_message: analysis.kind must be auto_reply, bounce, list, human or complaint (got %)',
                left(v_analysis ->> 'kind', 40) using errcode = '22023';
        end if;
        perform private.contract_type(v_analysis -> 'auto_reply', 'analysis.auto_reply', array['object', 'null'],
            'an object');
        perform private.contract_type(v_analysis #> '{auto_reply,until}', 'analysis.auto_reply.until',
            array['string', 'null'], 'a YYYY-MM-DD string');
        perform private.contract_type(v_analysis #> '{auto_reply,gone}', 'analysis.auto_reply.gone',
            array['string', 'null'], 'a string');
        perform private.contract_type(v_analysis #> '{auto_reply,write_to}', 'analysis.auto_reply.write_to',
            array['string', 'null'], 'a string');
        perform private.contract_type(v_analysis -> 'bounce', 'analysis.bounce', array['object', 'null'], 'an object');
        perform private.contract_type(v_analysis #> '{bounce,recipients}', 'analysis.bounce.recipients',
            array['array', 'null'], 'an array');
        perform private.contract_type(v_analysis #> '{bounce,original_message_id}',
            'analysis.bounce.original_message_id', array['string', 'null'], 'a string');
        for v_item in
            select e.value, e.ordinality from jsonb_array_elements(
                case jsonb_typeof(v_analysis #> '{bounce,recipients}') when 'array'
                    then v_analysis #> '{bounce,recipients}' else '[]' end
            ) with ordinality as e (value, ordinality)
        loop
            perform private.contract_person(v_item.value,
                format('analysis.bounce.recipients[%s]', v_item.ordinality - 1));
            perform private.contract_type(v_item.value -> 'permanent',
                format('analysis.bounce.recipients[%s].permanent', v_item.ordinality - 1),
                array['boolean', 'null'], 'a boolean');
        end loop;
        perform private.contract_type(v_analysis -> 'complaint', 'analysis.complaint', array['object', 'null'],
            'an object');
        perform private.contract_type(v_analysis #> '{complaint,recipients}', 'analysis.complaint.recipients',
            array['array', 'null'], 'an array');
        perform private.contract_type(v_analysis #> '{complaint,original_message_id}',
            'analysis.complaint.original_message_id', array['string', 'null'], 'a string');
        for v_item in
            select e.value, e.ordinality from jsonb_array_elements(
                case jsonb_typeof(v_analysis #> '{complaint,recipients}') when 'array'
                    then v_analysis #> '{complaint,recipients}' else '[]' end
            ) with ordinality as e (value, ordinality)
        loop
            if jsonb_typeof(v_item.value) <> 'string' or octet_length(v_item.value #>> '{}') > 998 then
                raise exception 'ingest_message: analysis.complaint.recipients[%] must be a string of at most 998 bytes',
                    v_item.ordinality - 1 using errcode = '22023';
            end if;
        end loop;
        perform private.contract_type(v_analysis -> 'opt_out', 'analysis.opt_out', array['boolean', 'null'],
            'a boolean');
        perform private.contract_type(v_analysis -> 'opt_out_phrase', 'analysis.opt_out_phrase',
            array['string', 'null'], 'a string');
        perform private.contract_type(v_analysis -> 'opt_out_relayed', 'analysis.opt_out_relayed',
            array['boolean', 'null'], 'a boolean');
    end if;
    perform private.contract_instant(p_message, 'sent_at'), private.contract_instant(p_message, 'received_at');
end
$$;

revoke all on function private.check_message(jsonb) from public;
comment on function private.check_message(jsonb) is
'Validates a normalised message against the contract (DESIGN.md): required keys, JSON types (from an object, '
'to/cc arrays of objects, references an array of strings, headers and analysis objects), indexable ids of at '
'most 998 bytes, instants with a zone within 1970-2200, known folders and analysis kinds; raises 22023 '
'naming the first bad key. Returns nothing. Stable.';

create or replace function private.header_values(p_headers jsonb)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
begin
    -- What the rules read of the headers: one text per lower-case name. A repeated header (a list) is read as
    -- its first value, any other JSON value as its text; the message keeps its headers as they came.
    return (
        select coalesce(jsonb_object_agg(lower(h.key), case jsonb_typeof(h.one)
            when 'string' then h.one else to_jsonb(h.one::text) end), '{}')
        from (
            select x.key, case jsonb_typeof(x.value) when 'array' then x.value -> 0 else x.value end as one
            from jsonb_each(case jsonb_typeof(p_headers) when 'object' then p_headers else '{}' end) as x
        ) as h
        where h.one is not null and jsonb_typeof(h.one) <> 'null'
    );
end
$$;

revoke all on function private.header_values(jsonb) from public;
comment on function private.header_values(jsonb) is
'The headers as the rules read them: {lower-case name: text}, a repeated header as its first value, other '
'JSON values as their text, nulls dropped. Immutable.';

create or replace function private.known_message(p_mailbox_id uuid, p_pid text, p_mid text)
returns uuid
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_id uuid;
    v_by_mid uuid;
begin
    -- Idempotency: the same provider id, or the same Message-ID under another provider id (then recorded as
    -- an alias, so the next copy is found by its provider id).
    -- One statement (coalesce reads each lookup only when the ones before it found nothing).
    select
        coalesce(
            (select m.id from public.messages as m where m.mailbox_id = p_mailbox_id and m.provider_message_id = p_pid),
            (select a.message_id from private.message_aliases as a
             where a.mailbox_id = p_mailbox_id and a.provider_message_id = p_pid)
        ),
        (select m.id from public.messages as m where m.mailbox_id = p_mailbox_id and m.internet_message_id = p_mid)
    into v_id, v_by_mid;
    if v_id is null and v_by_mid is not null then
        v_id := v_by_mid;
        insert into private.message_aliases (mailbox_id, provider_message_id, message_id)
        values (p_mailbox_id, p_pid, v_id) on conflict do nothing;
    end if;
    return v_id;
end
$$;

revoke all on function private.known_message(uuid, text, text) from public;
comment on function private.known_message(uuid, text, text) is
'The id of the message already recorded under this provider id or Message-ID (recording the alias), or null.';

create or replace function private.thread_message(
    p_team_id uuid, p_mailbox_id uuid, p_message jsonb, p_refs text[], p_at timestamptz
)
returns uuid
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_mid text := nullif(btrim(p_message ->> 'internet_message_id'), '');
    v_thread text := nullif(btrim(p_message ->> 'provider_thread_id'), '');
    v_conv uuid;
begin
    -- Threading: RFC 5322 links first (they win over where the provider filed it), nearest first, then the
    -- message's own Message-ID (a reply seen earlier may have pointed at it), then the provider's thread,
    -- else a new conversation. No subject matching: same subject is not same conversation. The identity
    -- locks (lock order step 3) make two messages of one thread join it one after the other.
    -- One lookup: the links and the Message-ID in their order, the provider's thread last.
    select r.conversation_id into v_conv
    from unnest(array_remove(p_refs || v_mid || ('thread:' || v_thread), null)) with ordinality as x (ref, ord)
    inner join private.conversation_refs as r on r.mailbox_id = p_mailbox_id and r.ref = x.ref
    order by x.ord limit 1;
    if v_conv is null then
        insert into public.conversations (
            team_id, mailbox_id, provider_thread_id, subject, normalized_subject, last_message_at
        )
        values (
            p_team_id, p_mailbox_id, v_thread, p_message ->> 'subject',
            private.normalize_subject(p_message ->> 'subject'), p_at
        )
        returning id into v_conv;
    else
        -- Lock order step 5: the conversation's row, once.
        update public.conversations set last_message_at = greatest(last_message_at, p_at)
        where id = v_conv and last_message_at is distinct from greatest(last_message_at, p_at);
    end if;
    -- Every id this message carries now leads to its conversation, in one sorted insert.
    insert into private.conversation_refs (mailbox_id, ref, conversation_id)
    select distinct p_mailbox_id, r, v_conv
    from unnest(array_remove(p_refs || v_mid || ('thread:' || v_thread), null)) as r
    order by 2
    on conflict do nothing;
    return v_conv;
end
$$;

revoke all on function private.thread_message(uuid, uuid, jsonb, text[], timestamptz) from public;
comment on function private.thread_message(uuid, uuid, jsonb, text[], timestamptz) is
'The conversation a message belongs to (found by its links, its Message-ID or its provider thread, else '
'new), with its ids recorded. Returns the conversation id.';

create or replace function private.safe_uuid(p_text text)
returns uuid
language plpgsql
immutable
set search_path = ''
as $$
begin
    if p_text is null or btrim(p_text) !~* '^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$' then
        return null;
    end if;
    return btrim(p_text)::uuid;
end
$$;

revoke all on function private.safe_uuid(text) from public;
comment on function private.safe_uuid(text) is
'A uuid, or null when the text is not one (a header from outside is never trusted to be well formed). '
'Immutable.';

create or replace function private.message_kind(
    p_direction text, p_message jsonb, p_headers jsonb, p_analysis jsonb
)
returns public.message_kind
language plpgsql
immutable
set search_path = ''
as $$
begin
    return case
        -- R9: only a well-formed follow-up id makes an outbound message the engine's own; a malformed one is
        -- a message the user sent by hand.
        when p_direction = 'outbound' and private.safe_uuid(p_headers ->> 'x-relance-followup-id') is not null
            then 'engine'
        when p_direction = 'outbound' then 'human'
        when p_analysis ->> 'kind' in ('auto_reply', 'bounce', 'list', 'human', 'complaint')
            then (p_analysis ->> 'kind')::public.message_kind
        when private.header_says_auto_reply(p_headers, p_message ->> 'subject') then 'auto_reply'
        when p_headers ? 'list-id' or p_headers ? 'list-unsubscribe' then 'list'
        else 'human'
    end::public.message_kind;
end
$$;

revoke all on function private.message_kind(text, jsonb, jsonb, jsonb) from public;
comment on function private.message_kind(text, jsonb, jsonb, jsonb) is
'What a message is: engine (our own follow-up), human, auto_reply, bounce, list or complaint; from the worker''s '
'analysis, else headers and subject. Immutable.';

create or replace function private.ingest_result(p_msg public.messages, p_effects jsonb)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
begin
    return jsonb_build_object(
        'status', 'ingested', 'message_id', p_msg.id, 'conversation_id', p_msg.conversation_id,
        'kind', p_msg.kind, 'direction', p_msg.direction, 'effects', coalesce(p_effects, '[]')
    );
end
$$;

revoke all on function private.ingest_result(public.messages, jsonb) from public;
comment on function private.ingest_result(public.messages, jsonb) is
'The result of ingest_message for a recorded message: {status: ingested, message_id, conversation_id, kind, '
'direction, effects}. Immutable.';

-- The rules, one function each. Each takes the recorded message, locks the tracked emails it concerns in
-- one statement (lock order step 6, 065_lock_order.sql), and returns its effects.

create or replace function private.r9_engine_echo(p_msg public.messages, p_now timestamptz)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_tracked uuid;
begin
    -- R9/R4: the engine's own follow-up seen again in Sent Items is never a manual follow-up. If its worker
    -- died before recording the send, this copy is the proof that it was sent. R14: only a follow-up of this
    -- mailbox; a header naming another mailbox's follow-up proves nothing.
    select f.tracked_email_id into v_tracked from public.followups as f
    where f.id = p_msg.relance_followup_id and f.mailbox_id = p_msg.mailbox_id;
    if v_tracked is null then
        return jsonb_build_array('engine_header_ignored');
    end if;
    perform private.lock_tracked(array[v_tracked]);
    perform private.record_sent(
        p_msg.relance_followup_id, p_msg.mailbox_id, coalesce(p_msg.sent_at, p_now), p_msg.provider_message_id,
        p_msg.internet_message_id, 'seen in Sent Items', p_now
    );
    return jsonb_build_array('engine_followup_seen');
end
$$;

revoke all on function private.r9_engine_echo(public.messages, timestamptz) from public;
comment on function private.r9_engine_echo(public.messages, timestamptz) is
'R9: an engine follow-up seen in Sent Items marks it sent (once) if it belongs to this mailbox. Returns effects.';

create or replace function private.r4_manual_followup(p_msg public.messages, p_now timestamptz)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_effects jsonb := '[]'::jsonb;
    v_t public.tracked_emails;
    v_at timestamptz := coalesce(p_msg.sent_at, p_now);
    v_ids uuid [];
    v_people text [];
begin
    -- R4: an outbound message after a tracked email of this conversation, written to one of its recipients
    -- outside the team, is a manual follow-up: recorded once with the next number, counted (R3), and the pending
    -- follow-up moves to its time + interval. A forward to a colleague or a third party (Outlook and Gmail keep it
    -- in the conversation) writes to nobody the tracked email waits for: it is not one.
    v_ids := array(
        select t.id from public.tracked_emails as t
        where t.conversation_id = p_msg.conversation_id and t.status in ('active', 'paused')
            and t.message_id <> p_msg.id and t.sent_at < v_at
    );
    if cardinality(v_ids) = 0 then
        return v_effects; -- a new conversation, or nothing tracked in it: no lock to take
    end if;
    v_people := private.outside_the_team(p_msg.team_id, p_msg.to_addresses || p_msg.cc_addresses);
    v_ids := array(select t.id from public.tracked_emails as t where t.id = any(v_ids) and t.recipients && v_people);
    perform private.lock_tracked(v_ids);
    for v_t in
        select t.* from public.tracked_emails as t
        where t.id = any(v_ids) and t.status in ('active', 'paused')
        order by t.id
    loop
        if private.record_manual_followup(v_t, p_msg.id, v_at, p_now) then
            v_effects := v_effects || jsonb_build_array('manual_followup');
        end if;
    end loop;
    return v_effects;
end
$$;

create or replace function private.record_manual_followup(
    p_t public.tracked_emails, p_message_id uuid, p_sent_at timestamptz, p_now timestamptz
)
returns boolean
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_seq integer := p_t.automatic_sent + p_t.manual_detected + 1;
begin
    -- R4: recorded once with the next number, counted (R3), and the pending follow-up moves to its time +
    -- interval (or the maximum completes the tracked email). The caller holds the tracked email (step 6).
    insert into public.manual_followups (team_id, tracked_email_id, message_id, seq, sent_at)
    values (p_t.team_id, p_t.id, p_message_id, least(v_seq, 10), p_sent_at)
    on conflict do nothing;
    if not found then
        return false;
    end if;
    update public.tracked_emails
    set manual_detected = manual_detected + 1, last_activity_at = greatest(last_activity_at, p_sent_at)
    where id = p_t.id;
    perform private.log_event(
        p_t.team_id, 'manual_followup',
        format('manual follow-up %s detected (sent by hand %s)', v_seq, private.local_text(p_sent_at,
            (select s.time_zone from private.mailbox_settings(p_t.mailbox_id) as s))),
        p_now, p_t.mailbox_id, p_t.id, null, p_message_id
    );
    perform private.plan_followup(p_t.id, p_now, 'the manual follow-up');
    return true;
end
$$;

revoke all on function private.record_manual_followup(public.tracked_emails, uuid, timestamptz, timestamptz)
from public;
comment on function private.record_manual_followup(public.tracked_emails, uuid, timestamptz, timestamptz) is
'R3/R4: records a manual follow-up of a tracked email (locked by the caller) once, counts it, logs it and re-plans. '
'Returns false when that message was already recorded.';

create or replace function private.answer_reason(
    p_t public.tracked_emails, p_from text, p_subject text, p_conversation_id uuid, p_mailbox_id uuid
)
returns text
language sql
stable
set search_path = ''
as $$
    -- R5: what the timeline says of an answer: in the conversation, elsewhere in the mailbox, or to a colleague's
    -- mailbox (where the person wrote, not what: its subject is that mailbox's).
    select case
        when p_t.conversation_id = p_conversation_id then format('%s replied', p_from)
        when p_t.mailbox_id = p_mailbox_id then format('%s wrote in another conversation (%s)',
            p_from, coalesce(p_subject, 'no subject'))
        else format('%s wrote to %s, another mailbox of the team', p_from,
            (select b.address from public.mailboxes as b where b.id = p_mailbox_id))
    end
$$;

revoke all on function private.answer_reason(public.tracked_emails, text, text, uuid, uuid) from public;
comment on function private.answer_reason(public.tracked_emails, text, text, uuid, uuid) is
'R5: the reason a tracked email is stopped as replied, from the answer''s sender, subject, conversation and '
'mailbox. Stable.';

revoke all on function private.r4_manual_followup(public.messages, timestamptz) from public;
comment on function private.r4_manual_followup(public.messages, timestamptz) is
'R4: counts an outbound message in a tracked conversation as a manual follow-up and re-plans. Returns effects.';

create or replace function private.r1_track_new(p_msg public.messages, p_refs text[], p_now timestamptz)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_s record;
    v_external text [];
    v_suppressed text [];
    v_erased text [];
    v_id uuid;
begin
    -- R1: under policy auto, an outbound message that starts a conversation, with a recipient outside the
    -- team (private.outside_the_team), is tracked. It starts one when it names no earlier message and nothing of
    -- its conversation came before it: mail after it that the engine saw first (its answer, synced from the inbox
    -- before Sent Items brought it; the user's nudge) does not make it a reply, and private.track_message applies
    -- that mail once it is tracked (private.catch_up_tracked).
    select * into v_s from private.mailbox_settings(p_msg.mailbox_id);
    if v_s.tracking_policy <> 'auto' or cardinality(p_refs) > 0
        or exists (
            select 1 from public.messages as m
            where m.conversation_id = p_msg.conversation_id and m.id <> p_msg.id
                and case when m.direction = 'outbound' then m.sent_at else m.received_at end <= p_msg.sent_at
                -- Links beat clocks (R5): a message that names this one came after it, whatever its clock says.
                and not coalesce(
                    m.in_reply_to = p_msg.internet_message_id or p_msg.internet_message_id = any(m."references"), false
                )
        )
    then
        return '[]'::jsonb;
    end if;
    v_external := private.outside_the_team(p_msg.team_id, p_msg.to_addresses || p_msg.cc_addresses);
    if cardinality(v_external) = 0 then
        return '[]'::jsonb;
    end if;
    -- Mail sent before the mailbox was connected (the history its first backfill reads) is never chased: a
    -- careful assistant does not write to someone about a message of last year. No event: a history has
    -- thousands; a user who wants one of them followed tracks it on request (public.track_message).
    if p_msg.sent_at < (select m.tracks_from from public.mailboxes as m where m.id = p_msg.mailbox_id) then
        return jsonb_build_array('not_tracked_sent_before_connection');
    end if;
    -- R8: nothing is scheduled for a suppressed address; the message is recorded as not tracked, and why. (Not
    -- new to a suppression that came from mail after it: that mail ends its tracking, private.catch_up_tracked.)
    v_suppressed := private.suppressed_before(p_msg.team_id, p_msg.to_addresses || p_msg.cc_addresses, p_msg.sent_at);
    if cardinality(v_suppressed) > 0 then
        -- A person erased at the team's request (Art. 17) is never named again, not even here: the timeline says
        -- why without their address.
        v_erased := array(select a from unnest(v_suppressed) as a where private.is_erased(p_msg.team_id, a));
        v_suppressed := array(select a from unnest(v_suppressed) as a where a <> all(v_erased));
        perform private.log_event(
            p_msg.team_id, 'not_tracked',
            'not tracked: ' || concat_ws('; ',
                case when cardinality(v_suppressed) > 0 then format('%s on the suppression list (opted out or undeliverable)',
                    array_to_string(v_suppressed, ', ')
                    || case when cardinality(v_suppressed) > 1 then ' are' else ' is' end) end,
                case when cardinality(v_erased) > 0 then 'a recipient was erased at the team''s request (GDPR Art. 17)'
                end),
            p_now, p_msg.mailbox_id, null, null, p_msg.id,
            jsonb_build_object('suppressed', v_suppressed, 'erased', cardinality(v_erased))
        );
        return jsonb_build_array('not_tracked_suppressed');
    end if;
    v_id := private.track_message(p_msg.id, 'auto', p_now);
    -- Tracked, then what came after it and was seen first (private.catch_up_tracked): its status says what.
    return jsonb_build_array('tracked') || coalesce((
        select jsonb_build_array(t.status) from public.tracked_emails as t where t.id = v_id and t.status <> 'active'
    ), '[]');
end
$$;

revoke all on function private.r1_track_new(public.messages, text[], timestamptz) from public;
comment on function private.r1_track_new(public.messages, text[], timestamptz) is
'R1 (and R8): tracks a new outbound conversation with an external recipient under policy auto, unless it was '
'sent before the mailbox was connected (mailboxes.tracks_from) or a recipient is suppressed (then logs why). '
'Returns effects.';

create or replace function private.r7_bounce(p_msg public.messages, p_now timestamptz)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_effects jsonb := '[]'::jsonb;
    v_original text := p_msg.analysis #>> '{bounce,original_message_id}';
    v_bounced text [];
    v_reported uuid [];
    v_t public.tracked_emails;
begin
    -- R7: the permanent failures of this report, added to the team's suppression list; a tracked email
    -- stops when the reports so far fail every recipient permanently (they add up through that list).
    v_bounced := private.bounced_addresses(p_msg.analysis, true);
    -- Found through the returned Message-ID (indexes on messages and follow-ups), else the report's thread.
    v_reported := array(
        select ot.id from public.messages as om
        inner join public.tracked_emails as ot on om.id = ot.message_id
        where om.mailbox_id = p_msg.mailbox_id and om.internet_message_id = v_original
        union
        select f.tracked_email_id from public.followups as f
        where f.internet_message_id = v_original and f.mailbox_id = p_msg.mailbox_id
        union
        select ct.id from public.tracked_emails as ct
        where v_original is null and ct.conversation_id = p_msg.conversation_id
    );
    perform private.lock_tracked(v_reported || array(
        -- The team's other tracked emails to the failed addresses (R8: nothing is scheduled for them), below.
        select xt.id from public.tracked_emails as xt
        where xt.recipients && v_bounced and xt.team_id = p_msg.team_id and xt.status in ('active', 'paused')
    ));
    -- The failed recipients of the reported message are undeliverable for the team, whatever became of its tracked
    -- email since (answered, completed: a report can come late), and when it was never tracked (a reply, a message
    -- sent under the manual policy): an address that does not exist is dead for every later message and every
    -- other tracked email (below). Only addresses the reported message was sent to: a report that names anyone
    -- else (forged, or about mail this mailbox never sent) suppresses nobody.
    insert into public.suppressions (team_id, address, reason, detail, message_id, created_at)
    select p_msg.team_id, a, 'bounced', 'permanent delivery failure', p_msg.id, coalesce(p_now, now())
    from unnest(v_bounced) as a
    where exists (
            select 1 from public.tracked_emails as t
            where t.id = any(v_reported) and t.mailbox_id = p_msg.mailbox_id and a = any(t.recipients)
        )
        or exists (
            -- Found as the tracked emails are: by the returned Message-ID, else in the report's conversation.
            select 1 from public.messages as om
            where om.mailbox_id = p_msg.mailbox_id and om.direction = 'outbound'
                and a = any(om.to_addresses || om.cc_addresses)
                and (
                    om.internet_message_id = v_original
                    or (v_original is null and om.conversation_id = p_msg.conversation_id)
                )
        )
    order by a
    on conflict do nothing;
    for v_t in
        select t.* from public.tracked_emails as t
        where t.id = any(v_reported) and t.mailbox_id = p_msg.mailbox_id and t.status in ('active', 'paused')
        order by t.id
    loop
        if not exists (
            select 1 from unnest(v_t.recipients) as a
            where not exists (
                -- On the list for any reason: an address that opted out earlier and now bounces is kept as
                -- opted out (the stronger reason), and it still fails.
                select 1 from public.suppressions as x where x.team_id = v_t.team_id and x.address = a
            )
        ) then
            perform private.stop_tracked(v_t.id, 'bounced',
                format('delivery failed permanently for %s', array_to_string(v_t.recipients, ', ')), p_now, p_msg.id);
            v_effects := v_effects || jsonb_build_array('bounced');
        else
            perform private.log_event(
                v_t.team_id, 'bounce',
                case when cardinality(v_bounced) = 0 then 'temporary delivery failure: tracking goes on'
                else format('delivery failed for %s only: tracking goes on for the others',
                    array_to_string(v_bounced, ', '))
                end,
                p_now, v_t.mailbox_id, v_t.id, null, p_msg.id
            );
            v_effects := v_effects || jsonb_build_array('partial_bounce');
        end if;
    end loop;
    -- R8: an address now known undeliverable is never written to: every other tracked email of the team left with
    -- no recipient to write to stops at this ingest too, not at its next claim.
    return v_effects || private.stop_undeliverable(p_msg.team_id, v_bounced, p_now);
end
$$;

revoke all on function private.r7_bounce(public.messages, timestamptz) from public;
comment on function private.r7_bounce(public.messages, timestamptz) is
'R7: records the permanent failures of the reported message''s recipients (tracked or not) as suppressions and '
'stops a tracked email once every recipient failed '
'permanently, over all reports so far; the team''s other tracked emails left with no recipient to write to stop '
'too (R8). Returns effects.';

create or replace function private.stop_undeliverable(p_team_id uuid, p_failed text[], p_now timestamptz)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_t public.tracked_emails;
    v_effects jsonb := '[]'::jsonb;
begin
    -- R7/R8: addresses just found undeliverable are never written to: every tracked email of the team left with no
    -- recipient to write to stops now, not at its next claim. Lock order (065_lock_order.sql): the caller holds
    -- the people (step 4); the tracked emails are taken here (step 6), ascending.
    perform private.lock_tracked(array(
        select t.id from public.tracked_emails as t
        where t.recipients && p_failed and t.team_id = p_team_id and t.status in ('active', 'paused')
    ));
    for v_t in
        select t.* from public.tracked_emails as t
        where t.recipients && p_failed and t.team_id = p_team_id and t.status in ('active', 'paused')
        order by t.id
    loop
        if private.stop_if_suppressed(v_t, p_now,
            format('delivery to %s failed permanently (reported for another message)',
                array_to_string(array(select a from unnest(p_failed) as a where a = any(v_t.recipients)), ', ')))
        then
            v_effects := v_effects || jsonb_build_array('bounced');
        end if;
    end loop;
    return v_effects;
end
$$;

revoke all on function private.stop_undeliverable(uuid, text[], timestamptz) from public;
comment on function private.stop_undeliverable(uuid, text[], timestamptz) is
'R7/R8: stops (bounced) every active or paused tracked email of the team left with no recipient to write to once '
'these addresses are undeliverable. Returns one "bounced" effect per tracked email stopped.';

create or replace function private.r7_reported_first(p_msg public.messages, p_now timestamptz)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_failed text [];
    v_reports uuid [];
begin
    -- R7 for a report seen before the message it reports (the inbox read before Sent Items): private.r7_bounce
    -- found nothing sent to suppress then. The message's recipients it failed permanently are undeliverable for
    -- the team, tracked or not (a tracked one read it already: private.catch_up_tracked), and the team's tracked
    -- emails left with nobody to write to stop. The caller holds the recipients' people locks (step 4).
    if p_msg.internet_message_id is null then
        return '[]'::jsonb;
    end if;
    -- Each failed recipient with the first report that failed it, in one read of the bounces-only index.
    select coalesce(array_agg(f.a order by f.a), '{}'), coalesce(array_agg(f.id order by f.a), '{}')
    into v_failed, v_reports
    from (
        select distinct on (a) a, b.id
        from public.messages as b
        cross join lateral unnest(private.bounced_addresses(b.analysis, true)) as a
        where b.mailbox_id = p_msg.mailbox_id and b.kind = 'bounce'
            and (b.analysis #>> '{bounce,original_message_id}') = p_msg.internet_message_id
            and a = any(p_msg.to_addresses || p_msg.cc_addresses)
        order by a, b.received_at
    ) as f;
    if cardinality(v_failed) = 0 then
        return '[]'::jsonb;
    end if;
    insert into public.suppressions (team_id, address, reason, detail, message_id, created_at)
    select p_msg.team_id, f.a, 'bounced', 'permanent delivery failure', f.id, coalesce(p_now, now())
    from unnest(v_failed, v_reports) as f (a, id)
    order by f.a
    on conflict do nothing;
    return private.stop_undeliverable(p_msg.team_id, v_failed, p_now);
end
$$;

revoke all on function private.r7_reported_first(public.messages, timestamptz) from public;
comment on function private.r7_reported_first(public.messages, timestamptz) is
'R7/R8: for an outbound message, the permanent failures of bounce reports ingested before it that name it: its '
'recipients among them are suppressed for the team and its tracked emails left with nobody to write to stop. '
'Returns effects.';

create or replace function private.bounced_addresses(p_analysis jsonb, p_permanent_only boolean default false)
returns text[]
language plpgsql
immutable
set search_path = ''
as $$
begin
    return coalesce(array(
        select distinct lower(r ->> 'address') from jsonb_array_elements(
            case jsonb_typeof(p_analysis #> '{bounce,recipients}') when 'array'
                then p_analysis #> '{bounce,recipients}' else '[]' end
        ) as r
        where jsonb_typeof(r) = 'object' and coalesce(btrim(r ->> 'address'), '') <> ''
            and (not p_permanent_only or coalesce(r ->> 'permanent', '') = 'true')
    ), '{}');
end
$$;

revoke all on function private.bounced_addresses(jsonb, boolean) from public;
comment on function private.bounced_addresses(jsonb, boolean) is
'Every address a bounce report (messages.analysis) names, lower-case; with p_permanent_only, those it fails '
'permanently (R7). Immutable.';

create or replace function private.complained_addresses(p_mailbox_id uuid, p_analysis jsonb)
returns text[]
language plpgsql
stable
set search_path = ''
as $$
begin
    -- The addresses a feedback report names; when it names none (feedback loops redact them), the recipients
    -- of the tracked email it reports, found through the reported message's Message-ID.
    return coalesce(nullif(array(
        select distinct lower(btrim(r #>> '{}')) from jsonb_array_elements(
            case jsonb_typeof(p_analysis #> '{complaint,recipients}') when 'array'
                then p_analysis #> '{complaint,recipients}' else '[]' end
        ) as r
        where jsonb_typeof(r) = 'string' and btrim(r #>> '{}') like '%_@_%'
        order by 1
    ), '{}'), array(
        select distinct a from (
            select unnest(t.recipients) as a from public.messages as om
            inner join public.tracked_emails as t on om.id = t.message_id
            where om.mailbox_id = p_mailbox_id and om.internet_message_id = p_analysis #>> '{complaint,original_message_id}'
            union all
            select unnest(t.recipients) from public.followups as f
            inner join public.tracked_emails as t on f.tracked_email_id = t.id
            where f.mailbox_id = p_mailbox_id and f.internet_message_id = p_analysis #>> '{complaint,original_message_id}'
        ) as x
        order by 1
    ));
end
$$;

revoke all on function private.complained_addresses(uuid, jsonb) from public;
comment on function private.complained_addresses(uuid, jsonb) is
'R8: the addresses a complaint suppresses: those the feedback report names, else the recipients of the '
'tracked email (or follow-up) whose Message-ID it reports. Lower-case, sorted. Stable.';

create or replace function private.r8_complaint(p_msg public.messages, p_now timestamptz)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_effects jsonb := '[]'::jsonb;
    v_original text := p_msg.analysis #>> '{complaint,original_message_id}';
    v_addresses text [] := private.complained_addresses(p_msg.mailbox_id, p_msg.analysis);
    v_t public.tracked_emails;
begin
    -- R8: a complaint (the recipient reported the mail as spam) is the strongest opt-out: the address is
    -- suppressed for the team, tracked or not, and every tracked email still going to it stops.
    insert into public.suppressions (team_id, address, reason, detail, message_id, created_at)
    select p_msg.team_id, a, 'complained',
        'feedback report: ' || coalesce(nullif(p_msg.analysis #>> '{complaint,feedback_type}', ''), 'abuse'), p_msg.id,
        coalesce(p_now, now())
    from unnest(v_addresses) as a
    order by a
    on conflict (team_id, address) do update
    set reason = 'complained', detail = excluded.detail, message_id = excluded.message_id;
    if cardinality(v_addresses) > 0 then
        v_effects := jsonb_build_array('suppressed');
    end if;
    perform private.lock_tracked(array(
        select ot.id from public.messages as om
        inner join public.tracked_emails as ot on om.id = ot.message_id
        where om.mailbox_id = p_msg.mailbox_id and om.internet_message_id = v_original
        union
        select f.tracked_email_id from public.followups as f
        where f.internet_message_id = v_original and f.mailbox_id = p_msg.mailbox_id
        union
        select t.id from public.tracked_emails as t
        where t.team_id = p_msg.team_id and t.recipients && v_addresses and t.status in ('active', 'paused')
    ));
    for v_t in
        select t.* from public.tracked_emails as t
        where t.team_id = p_msg.team_id and t.status in ('active', 'paused')
            and (t.recipients && v_addresses or t.id in (
                select ot.id from public.messages as om
                inner join public.tracked_emails as ot on om.id = ot.message_id
                where om.mailbox_id = p_msg.mailbox_id and om.internet_message_id = v_original
                union all
                select f.tracked_email_id from public.followups as f
                where f.internet_message_id = v_original and f.mailbox_id = p_msg.mailbox_id
            ))
        order by t.id
    loop
        if private.stop_tracked(v_t.id, 'opted_out',
            format('complaint: %s reported the message as spam', array_to_string(v_addresses, ', ')), p_now, p_msg.id)
        then
            v_effects := v_effects || jsonb_build_array('complaint');
        end if;
    end loop;
    perform private.r8_contacts_objected(p_msg.team_id, v_addresses, coalesce(p_msg.received_at, p_now),
        'reported our mail as spam', p_now);
    return v_effects;
end
$$;

revoke all on function private.r8_complaint(public.messages, timestamptz) from public;
comment on function private.r8_complaint(public.messages, timestamptz) is
'R8: a feedback report suppresses the addresses it names (or the reported tracked email''s recipients) with '
'reason complained, and stops every active or paused tracked email of the team to them (status opted_out). '
'Returns effects.';

create or replace function private.r6_gone(p_msg public.messages, p_now timestamptz)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_who text := p_msg.from_address;
    v_write_to text := lower(btrim(left(p_msg.analysis #>> '{auto_reply,write_to}', 320)));
    v_why text;
    v_t public.tracked_emails;
    v_effects jsonb := '[]'::jsonb;
begin
    -- R6/R7: an automatic notice that the person written to has gone for good ("ne fait plus partie de la
    -- société", "this mailbox is no longer monitored"; the analysis reads one only when it names no return date) is
    -- no absence to wait out: their address reaches nobody, as a permanent delivery failure's does. It is
    -- undeliverable for the team (a suppression, reason bounced, that says why; public.lift_suppression takes it
    -- back), and every tracked email left with nobody else to write to stops, bounced; the others go on without
    -- them. Null when the notice changes nothing: the person wrote since (their address is read), or the team
    -- never tracked an email to them (a notice from anyone else suppresses nobody). The caller holds the sender's
    -- people lock (065_lock_order.sql, step 4); the tracked emails are taken here (step 6), ascending.
    if v_who is null or exists (
        select 1 from public.messages as w
        where w.team_id = p_msg.team_id and w.from_address = v_who and w.direction = 'inbound' and w.kind = 'human'
            and w.received_at > coalesce(p_msg.received_at, p_now)
    ) or not exists (
        select 1 from public.tracked_emails as t where t.team_id = p_msg.team_id and t.recipients @> array[v_who]
    ) then
        return null;
    end if;
    v_why := format('%s has left (automatic notice: "%s")%s', v_who,
        private.one_line(left(p_msg.analysis #>> '{auto_reply,gone}', 120)),
        case when v_write_to <> v_who and v_write_to ~ '^[^@\s]+@[^@\s]+$' then ', it says to write to ' || v_write_to
        else '' end);
    insert into public.suppressions (team_id, address, reason, detail, message_id, created_at)
    values (p_msg.team_id, v_who, 'bounced', v_why, p_msg.id, coalesce(p_now, now()))
    on conflict do nothing;
    perform private.lock_tracked(array(
        select t.id from public.tracked_emails as t
        where t.team_id = p_msg.team_id and t.status in ('active', 'paused') and t.recipients @> array[v_who]
    ));
    for v_t in
        select t.* from public.tracked_emails as t
        where t.team_id = p_msg.team_id and t.status in ('active', 'paused') and t.recipients @> array[v_who]
        order by t.id
    loop
        if private.stop_if_suppressed(v_t, p_now, v_why) then
            v_effects := v_effects || jsonb_build_array('bounced');
        else
            perform private.log_event(v_t.team_id, 'bounce',
                v_why || ': follow-ups go on to the others, without them', p_now, v_t.mailbox_id, v_t.id, null, p_msg.id);
            v_effects := v_effects || jsonb_build_array('partial_bounce');
        end if;
    end loop;
    return v_effects || jsonb_build_array('gone');
end
$$;

revoke all on function private.r6_gone(public.messages, timestamptz) from public;
comment on function private.r6_gone(public.messages, timestamptz) is
'R6/R7: an automatic notice that the person has gone for good makes their address undeliverable for the team '
'(suppression, reason bounced, with why) and stops every active or paused tracked email left with nobody to write '
'to (bounced); the others go on without them. Null when the person wrote since or was never written to in a tracked '
'email. Returns effects.';

create or replace function private.r6_out_of_office(p_msg public.messages, p_now timestamptz)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_s record;
    v_return date := private.safe_date(p_msg.analysis #>> '{auto_reply,until}');
    v_local date;
    v_t record;
    v_gone jsonb;
begin
    -- R6: an automatic reply is never an answer. A return date within 90 days holds every tracked email to
    -- that person (the hold belongs to the address); held time does not count as interval. A return date that is
    -- the day the reply came ("absent jusqu'au 27", received on the 27th) holds too: until the next working day.
    -- The person has gone for good (no return date): private.r6_gone.
    if p_msg.analysis #>> '{auto_reply,gone}' is not null then
        v_gone := private.r6_gone(p_msg, p_now);
        if v_gone is not null then
            return v_gone;
        end if;
    end if;
    select * into v_s from private.mailbox_settings(p_msg.mailbox_id);
    v_local := (coalesce(p_msg.received_at, p_now) at time zone v_s.time_zone)::date;
    -- The person wrote after this notice, or sent a newer notice with a return date (seen first, synced earlier):
    -- they are back (R5), or the newer notice holds them: this one is old news and changes nothing.
    if v_return is not null and exists (
        select 1 from public.messages as w
        where w.team_id = p_msg.team_id and w.from_address = p_msg.from_address and w.direction = 'inbound'
            and w.received_at > coalesce(p_msg.received_at, p_now)
            and (w.kind = 'human' or w.kind = 'auto_reply' and w.analysis #>> '{auto_reply,until}' is not null)
    ) then
        for v_t in
            select t.id, t.team_id, t.mailbox_id from public.tracked_emails as t
            where t.conversation_id = p_msg.conversation_id and t.status in ('active', 'paused')
        loop
            perform private.log_event(v_t.team_id, 'auto_reply',
                format('automatic reply (away until %s) older than %s''s latest message: tracking goes on as that '
                    || 'one says', v_return, p_msg.from_address),
                p_now, v_t.mailbox_id, v_t.id, null, p_msg.id);
        end loop;
        -- One absence, announced twice (this notice says away on the day the newer one came, and the person did
        -- not write in between): it began with this notice, as when they are seen in order; held time starts here.
        update public.holds as h set message_id = p_msg.id
        from public.messages as c
        where h.team_id = p_msg.team_id and h.address = p_msg.from_address and c.id = h.message_id
            and c.received_at > coalesce(p_msg.received_at, p_now)
            and v_return >= (c.received_at at time zone v_s.time_zone)::date
            and not exists (
                select 1 from public.messages as w
                where w.team_id = p_msg.team_id and w.from_address = p_msg.from_address and w.direction = 'inbound'
                    and w.kind = 'human' and w.received_at > coalesce(p_msg.received_at, p_now)
                    and w.received_at < c.received_at
            );
        if found then
            perform private.lock_tracked(array(
                select t.id from public.tracked_emails as t
                where t.team_id = p_msg.team_id and t.status in ('active', 'paused')
                    and t.recipients @> array[p_msg.from_address]
            ));
            for v_t in
                select t.id from public.tracked_emails as t
                where t.team_id = p_msg.team_id and t.status in ('active', 'paused')
                    and t.recipients @> array[p_msg.from_address]
                order by t.id
            loop
                perform private.plan_followup(v_t.id, p_now, format('out of office since %s',
                    private.local_text(p_msg.received_at, v_s.time_zone)));
            end loop;
        end if;
        return '[]'::jsonb;
    end if;
    if p_msg.from_address is null or v_return is null or v_return < v_local or v_return > v_local + 90 then
        for v_t in
            select t.id, t.team_id, t.mailbox_id from public.tracked_emails as t
            where t.conversation_id = p_msg.conversation_id and t.status in ('active', 'paused')
        loop
            -- Every Italian certified (PEC) message brings its sender two receipts (accepted, delivered): named as
            -- what they are, so that a firm that sends through PEC reads its timeline at a glance.
            perform private.log_event(v_t.team_id, 'auto_reply',
                case when p_msg.analysis #>> '{auto_reply,reason}' = 'header:x-ricevuta' then format(
                    'certified-mail (PEC) receipt%s: not an answer, tracking goes on',
                    coalesce(' "' || (p_msg.headers ->> 'x-ricevuta') || '"', '')
                ) else 'automatic reply without a usable return date: not an answer, tracking goes on' end,
                p_now, v_t.mailbox_id, v_t.id, null, p_msg.id);
        end loop;
        return '[]'::jsonb;
    end if;
    -- created_at is engine time (p_now): when the message is gone (retention), it is where the hold began (held_due).
    -- A second notice while the person is still away (their return date not past: "back on the 26th", then "back
    -- on 3 December" on the 24th) moves the return, not the start: the absence is one, and no interval ran in it.
    insert into public.holds (team_id, address, return_on, message_id, created_at)
    values (p_msg.team_id, p_msg.from_address, v_return, p_msg.id, p_now)
    on conflict (team_id, address) do update
    set return_on = excluded.return_on,
        message_id = case when public.holds.return_on >= v_local then public.holds.message_id else excluded.message_id end,
        created_at = case when public.holds.return_on >= v_local then public.holds.created_at else excluded.created_at end;
    -- `recipients @> array[…]` (not `= any(recipients)`): the GIN index on recipients answers it.
    perform private.lock_tracked(array(
        select t.id from public.tracked_emails as t
        where t.team_id = p_msg.team_id and t.status in ('active', 'paused') and t.recipients @> array[p_msg.from_address]
    ));
    for v_t in
        select t.id, t.team_id, t.mailbox_id from public.tracked_emails as t
        where t.team_id = p_msg.team_id and t.status in ('active', 'paused') and t.recipients @> array[p_msg.from_address]
        order by t.id
    loop
        perform private.log_event(
            v_t.team_id, 'held',
            format('%s is out of office until %s: follow-ups wait for their return', p_msg.from_address, v_return),
            p_now, v_t.mailbox_id, v_t.id, null, p_msg.id, jsonb_build_object('return_on', v_return)
        );
        perform private.plan_followup(v_t.id, p_now, format('out of office until %s', v_return));
    end loop;
    return jsonb_build_array('held');
end
$$;

revoke all on function private.r6_out_of_office(public.messages, timestamptz) from public;
comment on function private.r6_out_of_office(public.messages, timestamptz) is
'R6: holds every tracked email to the sender of an automatic reply until its return date (within 90 days), '
'or logs that tracking goes on. Returns effects.';

create or replace function private.safe_date(p_text text)
returns date
language plpgsql
immutable
set search_path = ''
as $$
begin
    if p_text is null or p_text !~ '^\d{4}-\d{2}-\d{2}$' then
        return null;
    end if;
    return p_text::date;
exception when others then
    return null;
end
$$;

revoke all on function private.safe_date(text) from public;
comment on function private.safe_date(text) is
'A YYYY-MM-DD date, or null when the text is not one (an analysis is never trusted to be well formed). '
'Immutable.';

-- p_now (the instant the suppression is dated by) came on 2026-12-07.
drop function if exists private.r8_opt_out(public.messages);
create or replace function private.r8_opt_out(p_msg public.messages, p_now timestamptz)
returns boolean
language plpgsql
volatile
set search_path = ''
as $$
begin
    -- R8: an opt-out puts the sender on the team's suppression list, tracked or not.
    if coalesce(p_msg.analysis ->> 'opt_out', '') <> 'true' then
        return false;
    end if;
    -- Dated by the instant the request was read (ingest's, or the intelligence worker's reading).
    insert into public.suppressions (team_id, address, reason, detail, message_id, created_at)
    values (
        p_msg.team_id, p_msg.from_address, 'opted_out', p_msg.analysis ->> 'opt_out_phrase', p_msg.id,
        coalesce(p_now, now())
    )
    on conflict (team_id, address) do update
    set reason = 'opted_out', detail = excluded.detail, message_id = excluded.message_id;
    return true;
end
$$;

revoke all on function private.r8_opt_out(public.messages, timestamptz) from public;
comment on function private.r8_opt_out(public.messages, timestamptz) is
'R8: when the worker read an opt-out in a human message, suppresses its sender for the team. Returns whether '
'it did.';

create or replace function private.relayed_for(p_team_id uuid, p_mailbox_id uuid, p_message jsonb, p_refs text[])
returns text[]
language plpgsql
stable
set search_path = ''
as $$
declare
    v_from text := lower(nullif(btrim(p_message #>> '{from,address}'), ''));
    v_thread text := nullif(btrim(p_message ->> 'provider_thread_id'), '');
    v_to text [];
begin
    -- R8, a request to stop relayed by someone else (an assistant, a relative, counsel, an executor: the analysis
    -- says opt_out_relayed): it speaks for the people the team's message it answers was written to. That message is
    -- the nearest of the reply's links the mailbox sent; with no link the mailbox knows, the last message the
    -- mailbox sent in the provider's thread. Its To recipients outside the team, the author aside.
    select m.to_addresses into v_to
    from unnest(p_refs) with ordinality as x (ref, ord)
    inner join public.messages as m on m.mailbox_id = p_mailbox_id and m.internet_message_id = x.ref
    where m.direction = 'outbound'
    order by x.ord limit 1;
    if v_to is null and v_thread is not null then
        select m.to_addresses into v_to
        from private.conversation_refs as r
        inner join public.messages as m on m.conversation_id = r.conversation_id
        where r.mailbox_id = p_mailbox_id and r.ref = 'thread:' || v_thread and m.direction = 'outbound'
        order by m.sent_at desc limit 1;
    end if;
    return private.outside_the_team(p_team_id,
        array(select a from unnest(coalesce(v_to, '{}')) as a where a is distinct from v_from));
end
$$;

revoke all on function private.relayed_for(uuid, uuid, jsonb, text[]) from public;
comment on function private.relayed_for(uuid, uuid, jsonb, text[]) is
'R8: the people a relayed request to stop speaks for: the To recipients outside the team of the message the '
'mailbox sent that the reply answers (its nearest link, else the provider thread''s last), its author aside; '
'sorted, lower-case. Stable.';

drop function if exists private.r8_opt_out_relayed(public.messages, text[]);
create or replace function private.r8_opt_out_relayed(p_msg public.messages, p_people text[], p_now timestamptz)
returns void
language sql
volatile
set search_path = ''
as $$
    -- R8: the people a relayed request speaks for go on the team's suppression list with the sender (whose own
    -- suppression private.r8_opt_out writes); the detail says who relayed it. The caller holds their people
    -- locks (step 4).
    insert into public.suppressions (team_id, address, reason, detail, message_id, created_at)
    select p_msg.team_id, a, 'opted_out',
        left(format('relayed by %s: %s', p_msg.from_address, coalesce(p_msg.analysis ->> 'opt_out_phrase', '')), 500),
        p_msg.id, coalesce(p_now, now())
    from unnest(p_people) as a
    order by a
    on conflict (team_id, address) do update
    set reason = 'opted_out', detail = excluded.detail, message_id = excluded.message_id
$$;

revoke all on function private.r8_opt_out_relayed(public.messages, text[], timestamptz) from public;
comment on function private.r8_opt_out_relayed(public.messages, text[], timestamptz) is
'R8: suppresses, for the team, the people a relayed request to stop speaks for (private.relayed_for), the '
'detail naming who relayed it. Returns nothing.';

create or replace function private.r8_contacts_objected(
    p_team_id uuid, p_addresses text[], p_at timestamptz, p_detail text, p_now timestamptz
)
returns void
language sql
volatile
set search_path = ''
as $$
    -- PRIVACY.md: an objection (opt-out, complaint: R8) ends processing for prospecting and stays visible on the
    -- contact, so that nobody of the team writes to the person by hand unaware. Lock order: the people are held
    -- (step 4) and the contacts come last (step 9).
    update public.contacts as c
    set objected_at = p_at, objection_detail = left(p_detail, 500), updated_at = p_now
    where c.team_id = p_team_id and c.address = any(p_addresses) and c.objected_at is null
$$;

revoke all on function private.r8_contacts_objected(uuid, text[], timestamptz, text, timestamptz) from public;
comment on function private.r8_contacts_objected(uuid, text[], timestamptz, text, timestamptz) is
'R8: the contacts of these addresses, where the team has them, show the objection an opt-out or a complaint made '
'(objected_at, objection_detail); a contact already objected keeps its first objection.';

-- p_relayed came with relayed requests to stop (R8): the four-argument version goes.
drop function if exists private.r5_reply(public.messages, text[], timestamptz, timestamptz);

-- R15: a person who writes again after their not now is answering the conversation themselves: the sequence's
-- planned resume will not come (the scheduler's tick, private.r15_resume_due, would skip it on the date for the
-- same reason), so it is dropped now, and the dashboard stops showing it as the next follow-up due. Only what
-- came after the not now counts (a message seen late, older than it, does not). The caller holds the tracked
-- email's lock (step 6).
create or replace function private.r15_drop_resume(
    p_t public.tracked_emails, p_msg public.messages, p_at timestamptz, p_now timestamptz
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_outcome text;
    v_r record;
begin
    v_outcome := private.r15_wrote_again(
        p_msg.from_address, p_msg.conversation_id <> p_t.conversation_id,
        (select b.address from public.mailboxes as b where b.id = p_msg.mailbox_id and b.id <> p_t.mailbox_id)
    );
    for v_r in
        update public.reminders as r set resumed_at = p_now, resume_outcome = left(v_outcome, 300)
        where r.tracked_email_id = p_t.id and r.resume_at is not null and r.resumed_at is null and r.done_at is null
            and r.message_id <> p_msg.id
            and exists (
                select 1 from public.messages as nn
                where nn.id = r.message_id and coalesce(nn.received_at, nn.sent_at) < p_at
            )
        returning r.message_id
    loop
        perform private.log_event(p_t.team_id, 'resume_skipped', 'R15: ' || v_outcome, p_now, p_t.mailbox_id, p_t.id,
            null, v_r.message_id);
    end loop;
end
$$;

revoke all on function private.r15_drop_resume(public.tracked_emails, public.messages, timestamptz, timestamptz)
from public;
comment on function private.r15_drop_resume(public.tracked_emails, public.messages, timestamptz, timestamptz) is
'R15: the planned resumes of a replied tracked email whose not now came before p_msg (the person, or a colleague '
'in the thread, wrote again) are skipped now, as the tick would skip them on the date, on the timeline.';

create or replace function private.r8_note_on_ended(
    p_msg public.messages, p_people text[], p_reason text, p_ids uuid[], p_now timestamptz
)
returns void
language sql
volatile
set search_path = ''
as $$
    -- R12: a request to stop that comes after the conversation's tracked email had already ended (the person
    -- answered first, a bounce, the user untracked it) changes no status, but its timeline says that the person
    -- asked to stop and that nothing more will be sent to them, as the intelligence worker's reading of a request
    -- does (worker.record_intent): whoever reads the email sees it, not only the suppression list. After the
    -- caller's row locks (065_lock_order.sql): an event only takes `for key share` on the tracked email.
    select private.log_event(
        t.team_id, 'suppressed', format('R8: %s: nothing more is sent to them', p_reason),
        p_now, t.mailbox_id, t.id, null, p_msg.id
    )
    from public.tracked_emails as t
    where t.conversation_id = p_msg.conversation_id
        and t.status in ('replied', 'bounced', 'untracked')
        and t.recipients && p_people
        and (t.sent_at <= coalesce(p_msg.received_at, p_now) or t.id = any(p_ids))
    order by t.id
$$;

revoke all on function private.r8_note_on_ended(public.messages, text[], text, uuid[], timestamptz) from public;
comment on function private.r8_note_on_ended(public.messages, text[], text, uuid[], timestamptz) is
'R8/R12: puts a request to stop on the timeline of the tracked emails of its conversation that had already ended '
'(replied, bounced, untracked) and were written to the people it suppresses.';

create or replace function private.r5_reply(
    p_msg public.messages, p_refs text[], p_now timestamptz, p_driven_now timestamptz, p_relayed text[]
)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_effects jsonb := '[]'::jsonb;
    v_at timestamptz := coalesce(p_msg.received_at, p_now);
    v_opted_out boolean;
    v_t public.tracked_emails;
    v_ids uuid [];
    v_elsewhere uuid [];
    v_others uuid [] := array[]::uuid [];
    -- Whom an opt-out suppresses: its author, and the people a relayed request speaks for (the caller read them
    -- with private.relayed_for and holds their people locks, step 4).
    v_people text [] := array[p_msg.from_address];
    v_stop_reason text;
    v_gone_at timestamptz;
begin
    -- A human wrote: they are back if they were away. Unless they announced an absence after this message (its
    -- notice seen first, synced earlier): that is the newer news, and the hold stands. (Read only when a hold is
    -- there: most replies find none.)
    delete from public.holds as h where h.team_id = p_msg.team_id and h.address = p_msg.from_address
        and not exists (
            select 1 from public.messages as n
            where n.team_id = p_msg.team_id and n.from_address = p_msg.from_address and n.kind = 'auto_reply'
                and n.received_at > v_at
        );
    -- A human wrote after an automatic notice said they had gone for good (private.r6_gone): their address is read,
    -- so the notice was wrong or is old news, and the suppression it made goes, on the timeline (as when the notice
    -- is read after this message: it changes nothing). A delivery report's (kind bounce) stays. (One probe of the
    -- key: most replies find none.)
    delete from public.suppressions as s
    using public.messages as n
    where s.team_id = p_msg.team_id and s.address = p_msg.from_address and s.reason = 'bounced'
        and n.id = s.message_id and n.kind = 'auto_reply' and n.received_at < v_at
    returning s.created_at into v_gone_at;
    if v_gone_at is not null then
        perform private.log_event(p_msg.team_id, 'suppression_lifted',
            format('%s wrote after the automatic notice of %s that said they had left: they may be written to again',
                p_msg.from_address, private.local_text(v_gone_at, 'UTC')),
            p_now, p_msg.mailbox_id, null, null, p_msg.id, jsonb_build_object('reason', 'bounced'));
    end if;
    v_opted_out := private.r8_opt_out(p_msg, p_now);
    if v_opted_out and cardinality(p_relayed) > 0 then
        perform private.r8_opt_out_relayed(p_msg, p_relayed, p_now);
        v_people := v_people || p_relayed;
    end if;
    v_stop_reason := case
        when v_people = array[p_msg.from_address] then format('%s asked not to be contacted again', p_msg.from_address)
        else format('%s asked that %s not be contacted again', p_msg.from_address, array_to_string(p_relayed, ', '))
    end;
    -- R5: an answer in the conversation after the tracked email, or one whose links name the tracked email
    -- or a later message of its conversation (clocks differ; links do not lie). One that comes after the sequence
    -- ended (R3: completed) is the person's answer all the same, often to the last follow-up: the dashboard shows
    -- it and that step's reply rate counts it (private.stop_tracked).
    v_ids := array(
        select t.id from public.tracked_emails as t
        where t.conversation_id = p_msg.conversation_id
            -- R15: a replied one whose resume is planned (shown as its next due): the person wrote again, so the
            -- resume will not come (private.r15_drop_resume says so now rather than at the date). A bounced one
            -- (R7, or R6's notice that they had gone) that one of its recipients answers: it reached them after all.
            and (t.status in ('active', 'paused', 'completed') or t.status = 'replied' and t.next_due_at is not null
                or t.status = 'bounced' and t.recipients @> array[p_msg.from_address])
            and (
                t.sent_at <= v_at
                or exists (
                    select 1 from unnest(p_refs) as r
                    inner join public.messages as lm on lm.mailbox_id = p_msg.mailbox_id and lm.internet_message_id = r
                    where lm.conversation_id = t.conversation_id and lm.sent_at >= t.sent_at
                )
            )
    );
    -- Or, when the team says so, a message from one of a tracked email's recipients after it, in any other
    -- conversation of any mailbox of the team (the person answered the team: a colleague's mailbox, a new
    -- subject), unless the sender is one of the team's own people (R1: they are not whom it waits for), or one
    -- in copy whom it does not wait for (private.waited_for).
    v_elsewhere := array(
        select t.id from public.tracked_emails as t
        -- The team's setting (private.mailbox_settings reads it from team_settings), read in this statement.
        where (select s.reply_from_any_conversation from public.team_settings as s where s.team_id = p_msg.team_id)
            and t.recipients @> array[p_msg.from_address] -- the GIN index on recipients answers this one
            and t.status in ('active', 'paused') and t.sent_at <= v_at
            -- A filter on what the GIN index returns, never an index condition: as one, the cached (generic)
            -- plan read every active tracked email of the mailbox (5 ms at 1,000,000).
            and (t.team_id = p_msg.team_id) is true
            and t.id <> all(v_ids)
            and private.waited_for(t.id, p_msg.from_address)
    ) || array(
        -- R15: a replied one of theirs whose resume is planned (the GIN index above holds only active and paused
        -- ones, and an OR would lose it: every tracked email read): the team's few by (team_id, status, next_due_at).
        select t.id from public.tracked_emails as t
        where (select s.reply_from_any_conversation from public.team_settings as s where s.team_id = p_msg.team_id)
            and t.team_id = p_msg.team_id and t.status = 'replied' and t.next_due_at is not null
            and t.recipients @> array[p_msg.from_address] and t.sent_at <= v_at and t.id <> all(v_ids)
            and private.waited_for(t.id, p_msg.from_address)
    );
    if cardinality(v_elsewhere) > 0 and cardinality(private.outside_the_team(p_msg.team_id, array[p_msg.from_address])) = 0
    then
        v_elsewhere := array[]::uuid [];
    end if;
    v_ids := v_ids || v_elsewhere;
    if v_opted_out then
        -- R8: nothing is scheduled for a suppressed address: the team's other tracked emails to them (another
        -- conversation the team does not count as an answer, another mailbox) stop too when no recipient is left.
        v_others := array(
            select t.id from public.tracked_emails as t
            where t.recipients && v_people and t.team_id = p_msg.team_id
                and t.status in ('active', 'paused') and t.id <> all(v_ids)
        );
    end if;
    if cardinality(v_ids) = 0 and cardinality(v_others) = 0 then
        -- Most inbound mail answers nothing tracked: no lock to take, no row to read, the row's ingested_at stands.
        if v_opted_out then
            perform private.r8_note_on_ended(p_msg, v_people, v_stop_reason, v_ids, p_now);
            perform private.r8_contacts_objected(p_msg.team_id, v_people, v_at,
                coalesce(p_msg.analysis ->> 'opt_out_phrase', 'asked not to be contacted again'), p_now);
        end if;
        return case when v_opted_out then jsonb_build_array('suppressed') else '[]'::jsonb end;
    end if;
    -- The row locks order this ingest with a worker's final claim (R13).
    perform private.lock_tracked(v_ids || v_others);
    for v_t in
        select t.* from public.tracked_emails as t
        where t.id = any(v_ids)
            and (t.status in ('active', 'paused', 'completed', 'bounced') or t.status = 'replied' and t.next_due_at is not null)
        order by t.id
    loop
        if v_t.status = 'replied' then
            perform private.r15_drop_resume(v_t, p_msg, v_at, p_now);
        elsif v_opted_out then
            perform private.stop_tracked(v_t.id, 'opted_out',
                v_stop_reason || case
                    when v_t.mailbox_id <> p_msg.mailbox_id then format(' (writing to %s, another mailbox of the team)',
                        (select b.address from public.mailboxes as b where b.id = p_msg.mailbox_id))
                    else ''
                end,
                p_now, p_msg.id);
            v_effects := v_effects || jsonb_build_array('opted_out');
        else
            perform private.stop_tracked(v_t.id, 'replied', private.answer_reason(
                v_t, p_msg.from_address, p_msg.subject, p_msg.conversation_id, p_msg.mailbox_id), p_now, p_msg.id);
            v_effects := v_effects || jsonb_build_array('replied');
        end if;
    end loop;
    v_effects := v_effects || private.stop_others_if_suppressed(v_others, p_now, v_stop_reason);
    if v_opted_out and v_effects = '[]' then
        v_effects := jsonb_build_array('suppressed');
    end if;
    if v_opted_out then
        perform private.r8_note_on_ended(p_msg, v_people, v_stop_reason, v_ids, p_now);
        perform private.r8_contacts_objected(p_msg.team_id, v_people, v_at,
            coalesce(p_msg.analysis ->> 'opt_out_phrase', 'asked not to be contacted again'), p_now);
    end if;
    -- R13: the engine knows of the answer once it holds those locks, i.e. after any send under way
    -- committed; the row was inserted before the wait, so its ingested_at is set again here. A driven clock
    -- (p_driven_now, tests and the demo) is the engine's time, as for every other instant. No tracked email
    -- to lock (most inbound mail): no send could be under way, and the row's own ingested_at stands.
    if cardinality(v_ids) > 0 then
        update public.messages set ingested_at = coalesce(p_driven_now, clock_timestamp()) where id = p_msg.id;
    end if;
    return v_effects;
end
$$;

revoke all on function private.r5_reply(public.messages, text[], timestamptz, timestamptz, text[]) from public;
comment on function private.r5_reply(public.messages, text[], timestamptz, timestamptz, text[]) is
'R5 (with R8): a human message stops the tracked emails it answers (replied, or opted_out when it asks to '
'stop) and lifts its sender''s hold; an opt-out suppresses its sender and, relayed, the people it speaks for '
'(p_relayed), and stops the team''s other tracked emails left with no recipient to write to. Returns effects.';

create or replace function worker.ingest_message(
    p_mailbox_id uuid, p_message jsonb, p_now timestamptz default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
-- Every statement of ingest is a lookup by key, the same shape for any message: one generic plan per
-- statement, made once per session, instead of planning each call again (bench/RESULTS.md: a fifth of the
-- backend's CPU per message went to planning).
set plan_cache_mode = force_generic_plan
as $$
declare
    v_s record;
    v_pid text;
    v_mid text;
    v_sent timestamptz;
    v_received timestamptz;
    v_headers jsonb;
    v_analysis jsonb;
    v_refs text [];
    v_direction text;
    v_kind public.message_kind;
    v_from text;
    v_existing uuid;
    v_conv uuid;
    v_msg public.messages;
    v_now timestamptz;
    v_to text [];
    v_cc text [];
    v_relayed text [] := '{}'::text [];
    v_echo uuid;
    v_effects jsonb;
begin
    -- Ingest does not wait for its commit to reach the disk (synchronous_commit off, for this transaction
    -- only; fsync stays on, so the database is never corrupted, and a crash can lose at most the last few
    -- hundred milliseconds of commits). What a lost ingest costs is nothing: ingest is idempotent and the
    -- provider stays the source of truth. The worker commits its sync cursor (delta link, history id) after
    -- the ingests of a page, so the cursor comes later in the WAL than they do; a crash loses a suffix of the
    -- WAL, so a cursor that survived implies the ingests before it did, and a lost ingest means a lost cursor:
    -- the next sync fetches the message again. Any later synchronous commit (a claim, a send, a cursor) also
    -- flushes every ingest before it, so nothing durable ever rests on an ingest that was lost.
    perform pg_catalog.set_config('synchronous_commit', 'off', true);

    -- 1. Validation: the contract, or one clear error naming the key (the instants: below, where they are read).
    if not private.message_shape_ok(p_message) then
        perform private.check_message(p_message);
    end if;
    select * into v_s from private.mailbox_settings(p_mailbox_id);
    if not found then
        raise exception 'ingest_message: no mailbox %', p_mailbox_id using errcode = '22023';
    end if;
    v_pid := btrim(p_message ->> 'provider_message_id');
    v_mid := nullif(btrim(p_message ->> 'internet_message_id'), '');
    v_sent := private.contract_instant(p_message, 'sent_at');
    v_received := private.contract_instant(p_message, 'received_at');
    -- The rules read one text per header (a repeated header: its first value); the row keeps them as they came.
    v_headers := private.header_values(p_message -> 'headers');
    v_analysis := coalesce(p_message -> 'analysis', '{}');
    v_refs := private.thread_refs(p_message);
    -- R14: the provider's folder says who sent it, never the From header.
    v_direction := case when p_message ->> 'folder' = 'sent' then 'outbound' else 'inbound' end;
    v_kind := private.message_kind(v_direction, p_message, v_headers, v_analysis);
    if v_kind = 'human' and v_direction = 'outbound' then
        -- R4/R9: a follow-up's copy in Sent Items that lost its X-Relance-Followup-Id header (a client or a gateway
        -- that rewrites headers) is still the engine's, known by the identity stored before it was sent: its
        -- Message-ID, else its provider id. Never a manual follow-up.
        select f.id into v_echo from public.followups as f
        where f.internet_message_id = v_mid and f.mailbox_id = p_mailbox_id limit 1;
        if v_echo is null then
            select f.id into v_echo from public.followups as f
            where f.provider_message_id = v_pid and f.mailbox_id = p_mailbox_id limit 1;
        end if;
        if v_echo is not null then
            v_kind := 'engine';
        end if;
    end if;
    v_from := lower(nullif(btrim(p_message #>> '{from,address}'), ''));
    v_to := private.addresses(p_message -> 'to');
    v_cc := private.addresses(p_message -> 'cc');
    v_now := coalesce(p_now, case when v_direction = 'outbound' then v_sent else v_received end, clock_timestamp());

    -- 2. Locks, in the one order (065_lock_order.sql): this message's identities, then the people whose
    -- suppression or hold it may write. Rows (conversation, tracked emails, follow-ups) come after.
    perform private.lock_message_identity(p_mailbox_id, p_message, v_refs);
    if v_direction = 'inbound' then
        -- R8: a request to stop relayed for the people the team wrote to suppresses them too.
        if v_kind = 'human' and v_analysis ->> 'opt_out' = 'true' and v_analysis ->> 'opt_out_relayed' = 'true' then
            v_relayed := private.relayed_for(v_s.team_id, p_mailbox_id, p_message, v_refs);
        end if;
        perform private.lock_people(v_s.team_id,
            array[v_from] || v_relayed || case
                when v_kind = 'bounce' then private.bounced_addresses(v_analysis)
                when v_kind = 'complaint' then private.complained_addresses(p_mailbox_id, v_analysis)
                else '{}'
            end);
    else
        -- R1/R8: whether a new conversation is tracked depends on its recipients' suppressions, which an
        -- opt-out or a bounce being ingested at the same time may be writing.
        perform private.lock_people(v_s.team_id, v_to || v_cc);
    end if;

    -- 3. Deduplication: the same message twice changes nothing.
    v_existing := private.known_message(p_mailbox_id, v_pid, v_mid);
    if v_existing is not null then
        return jsonb_build_object('status', 'duplicate', 'message_id', v_existing);
    end if;

    -- 4. Threading, then the message itself.
    v_conv := private.thread_message(v_s.team_id, p_mailbox_id, p_message, v_refs, coalesce(v_sent, v_received));
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
        v_direction, coalesce(p_message ->> 'folder', 'other'), v_kind, v_from, p_message #>> '{from,name}',
        v_to, v_cc, p_message ->> 'subject',
        coalesce(v_sent, v_received), coalesce(v_received, v_sent), coalesce(p_message -> 'headers', '{}'),
        p_message ->> 'body_text',
        v_analysis,
        case when v_kind = 'engine' then coalesce(private.safe_uuid(v_headers ->> 'x-relance-followup-id'), v_echo) end,
        coalesce(p_now, clock_timestamp())
    )
    returning * into v_msg;

    -- 5. One rule per kind of message.
    if v_direction = 'outbound' and v_kind = 'human' then
        v_effects := coalesce(
            nullif(private.r4_manual_followup(v_msg, v_now), '[]'), private.r1_track_new(v_msg, v_refs, v_now)
        );
        -- R7: a report on it seen before it (the inbox read before Sent Items), tracked or not.
        return private.ingest_result(v_msg, v_effects || private.r7_reported_first(v_msg, v_now));
    end if;
    return private.ingest_result(v_msg, case
        when v_kind = 'engine' then private.r9_engine_echo(v_msg, v_now)
        -- R14: inbound mail that says it is from the mailbox itself is a spoof or a copy: nothing follows.
        when v_from = v_s.address then jsonb_build_array('from_the_mailbox_itself')
        when v_kind = 'bounce' then private.r7_bounce(v_msg, v_now)
        when v_kind = 'complaint' then private.r8_complaint(v_msg, v_now)
        when v_kind = 'auto_reply' then private.r6_out_of_office(v_msg, v_now)
        when v_kind = 'human' and v_from is not null then private.r5_reply(v_msg, v_refs, v_now, p_now, v_relayed)
        else '[]'
    end);
end
$$;

revoke all on function worker.ingest_message(uuid, jsonb, timestamptz) from public, anon, authenticated;
grant execute on function worker.ingest_message(uuid, jsonb, timestamptz) to service_role;
comment on function worker.ingest_message(uuid, jsonb, timestamptz) is
'Records one normalised message of a mailbox (DESIGN.md contract): validates, deduplicates, threads, then '
'applies the one rule its kind calls for (R9 echo, R4 manual follow-up or R1 tracking, R7 bounce, R8 '
'complaint, R6 out of office, R5/R8 reply). Returns {status: ingested|duplicate, message_id, '
'conversation_id, kind, direction, effects}. Idempotent: the same message (same provider id, or same '
'Message-ID under another provider id) '
'changes nothing twice. Raises 22023 naming the key for a message outside the contract.';

create or replace procedure worker.ingest_messages(
    p_mailbox_id uuid, p_messages jsonb, p_now timestamptz default null, inout p_results jsonb default null
)
language plpgsql
as $$
declare
    v_state text;
    v_text text;
begin
    -- A page of a mailbox's delta or history in one call: one round trip, and each message in its own
    -- transaction (committed one by one), so that a page never holds the locks of one message while it waits
    -- for those of the next (the lock order, 065_lock_order.sql, is per message) and a message refused by the
    -- contract is reported without losing the others. Call it outside a transaction block (autocommit). It
    -- runs as its caller (a procedure that commits can be neither security definer nor `set search_path`);
    -- every name in it is qualified.
    if pg_catalog.jsonb_typeof(p_messages) is distinct from 'array' then
        raise exception 'ingest_messages: the messages must be a JSON array' using errcode = '22023';
    end if;
    p_results := '[]'::jsonb;
    for v_i in 0 .. pg_catalog.jsonb_array_length(p_messages) - 1 loop
        begin
            p_results := p_results || pg_catalog.jsonb_build_array(
                worker.ingest_message(p_mailbox_id, p_messages -> v_i, p_now)
            );
        exception when others then
            get stacked diagnostics v_state = returned_sqlstate, v_text = message_text;
            -- The message's own fault (data 22, integrity 23, a limit 54): reported, and the page goes on.
            -- Anything else (a deadlock, a lock or statement timeout, a failing disk) is the moment's, not the
            -- message's: the page stops there, so that no later message (a reply) is recorded before this
            -- one (what it answers); what came before stays committed, and the caller replays the rest.
            if pg_catalog.left(v_state, 2) not in ('22', '23', '54') then
                p_results := p_results || pg_catalog.jsonb_build_array(
                    pg_catalog.jsonb_build_object('status', 'stopped', 'sqlstate', v_state, 'error', v_text)
                );
                return;
            end if;
            p_results := p_results || pg_catalog.jsonb_build_array(
                pg_catalog.jsonb_build_object('status', 'refused', 'sqlstate', v_state, 'error', v_text)
            );
        end;
        commit;
    end loop;
end
$$;

revoke all on procedure worker.ingest_messages(uuid, jsonb, timestamptz, jsonb) from public, anon, authenticated;
grant execute on procedure worker.ingest_messages(uuid, jsonb, timestamptz, jsonb) to service_role;
comment on procedure worker.ingest_messages (uuid, jsonb, timestamptz, jsonb) is
'Records a page of normalised messages of one mailbox, in order, each exactly as ingest_message and in its '
'own transaction. p_results: one entry per message, in order: ingest_message''s result, or {status: refused, '
'sqlstate, error} for a message the contract or a constraint refuses (SQLSTATE class 22, 23 or 54); at any '
'other error the page stops with {status: stopped, sqlstate, error} as its last entry, every message before '
'it committed and none after it tried. Idempotent as ingest_message. Call with autocommit, outside a '
'transaction block.';

create or replace function worker.sent_texts(p_mailbox_id uuid, p_ids text[])
returns table (internet_message_id text, body_text text)
language sql
stable
security definer
set search_path = ''
as $$
    -- What the team sent under these Message-IDs, from any of its mailboxes (a prospect may answer a colleague's
    -- message in this mailbox), each message read by its mailbox's unique key.
    select distinct on (m.internet_message_id) m.internet_message_id, m.body_text
    from public.mailboxes as mine
    inner join public.mailboxes as team on team.team_id = mine.team_id
    inner join public.messages as m
        on m.mailbox_id = team.id and m.internet_message_id = any(p_ids)
    where mine.id = p_mailbox_id and m.direction = 'outbound' and m.body_text <> ''
    order by m.internet_message_id, (m.mailbox_id = p_mailbox_id) desc, m.sent_at
$$;

revoke all on function worker.sent_texts(uuid, text[]) from public, anon, authenticated;
grant execute on function worker.sent_texts(uuid, text[]) to service_role;
comment on function worker.sent_texts(uuid, text[]) is
'The text the team sent under each of these Message-IDs (outbound messages of any mailbox of the mailbox''s '
'team, this mailbox''s first): what the reply analysis compares a quote with, to find answers typed inside it '
'without a mark. Stable; nothing for an ID the team did not send or whose text is gone.';
