-- Teams: creation through the RPC, settings from the deployment defaults, the last-owner guard and
-- settings validation. Run by pg_prove, as `supabase test db` runs it.
begin;
set search_path to public, extensions;
select plan(10);

insert into auth.users (id, email) values
('00000000-0000-0000-0000-0000000000a1', 'olivia@conseil.example'),
('00000000-0000-0000-0000-0000000000a2', 'mia@conseil.example');
update private.default_settings set max_followups = 2, working_hours_start = '08:30';

-- A signed-in user creates a team and becomes its owner.
set local role authenticated;
select set_config('request.jwt.claims', '{"sub": "00000000-0000-0000-0000-0000000000a1"}', true);
select lives_ok(
    $$select public.create_team('Conseil Patrimoine', array['Conseil.Example', ' conseil.example '])$$,
    'a signed-in user creates a team'
);
select is(
    (
        select domains from public.teams
        where name = 'Conseil Patrimoine'
    ),
    array['conseil.example'],
    'team domains are trimmed, lower-cased and deduplicated'
);
select is(
    (
        select role::text from public.team_members
        where user_id = auth.uid()
    ),
    'owner',
    'the creator is the owner'
);
select results_eq(
    $$select max_followups, working_hours_start from public.team_settings$$,
    $$values (2, '08:30'::time)$$,
    'settings start from the deployment defaults'
);
select throws_ok(
    $$update public.team_settings set time_zone = 'Mars/Olympus'$$,
    '22023',
    'unknown time zone: Mars/Olympus',
    'an unknown time zone is refused with a clear message'
);
select throws_ok(
    $$update public.team_settings set working_hours_start = '19:00'$$,
    '22023',
    'working hours must start before they end (19:00:00 - 18:00:00)',
    'working hours that end before they start are refused'
);
select lives_ok(
    $$update public.team_settings set time_zone = 'Europe/Paris', holiday_calendar = 'fr'$$,
    'an admin sets Europe/Paris and the French holiday calendar'
);
select throws_ok(
    $$delete from public.team_members where user_id = auth.uid()$$,
    '23514',
    'a team keeps at least one owner',
    'the last owner cannot leave'
);
reset role;

set local role anon;
select set_config('request.jwt.claims', '{"role": "anon"}', true);
select throws_ok(
    $$select public.create_team('Anonymous')$$,
    '42501',
    null,
    'anon cannot create a team'
);
reset role;

delete from public.teams
where name = 'Conseil Patrimoine';
select is(
    (select count(*)::int from public.team_settings),
    0,
    'deleting a team deletes its settings and members'
);

select finish();
rollback;
