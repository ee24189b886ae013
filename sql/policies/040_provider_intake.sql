-- Grants for the provider intake's tables. They live in the unexposed `private` schema and hold what
-- only the intake functions (security definer, service_role) touch: no API role reads or writes them,
-- not even service_role directly. RLS is on, without policies, so a grant added by mistake still
-- shows nothing.

alter table private.provider_subscriptions enable row level security;
revoke all on table private.provider_subscriptions from public, anon, authenticated, service_role;

alter table private.provider_rejections enable row level security;
revoke all on table private.provider_rejections from public, anon, authenticated, service_role;

alter table private.provider_push_receipts enable row level security;
revoke all on table private.provider_push_receipts from public, anon, authenticated, service_role;
