-- STUB (issue 14 item 1 is built on another branch): the real private.log_data_access writes
-- data_access_logs (who, entity, access, when, IP and user agent). This stand-in keeps the erasure and
-- anonymisation RPCs' calls in place ("logged before it runs") and does nothing; the merge replaces it.
create or replace function private.log_data_access(
    p_team_id uuid, p_entity_type text, p_entity_id text, p_access_type text
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
begin
    -- Intentionally empty until data_access_logs exists (see the header).
    perform p_team_id, p_entity_type, p_entity_id, p_access_type;
end
$$;

revoke all on function private.log_data_access(uuid, text, text, text) from public;
comment on function private.log_data_access(uuid, text, text, text) is
'Stand-in: records a data access (read, export, delete, anonymize) in data_access_logs once item 1 lands; '
'does nothing yet. Returns nothing.';
