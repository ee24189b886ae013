-- Working time (R2): the examples of BEHAVIOUR.md, daylight saving in Paris, France's holidays, a team's
-- own days off, the R6 "back on" start and the 400-day guard. Run by pg_prove, as `supabase test db` runs it.
begin;
set search_path to public, extensions;
select plan(16);

-- 07:00-18:00, Monday to Friday, UTC: the deployment's defaults.
create temporary table r2 (sent timestamptz, due timestamptz, why text);
insert into r2 values
('2026-11-23 16:00+00', '2026-11-24 09:00+00', 'Mon 16:00 + 4 h = Tue 09:00'),
('2026-11-27 17:00+00', '2026-11-30 10:00+00', 'Fri 17:00 + 4 h = Mon 10:00'),
('2026-11-28 10:00+00', '2026-11-30 11:00+00', 'Sat 10:00 + 4 h = Mon 11:00'),
('2026-11-23 18:00+00', '2026-11-24 11:00+00', 'Mon 18:00 + 4 h = Tue 11:00'),
('2026-11-23 14:00+00', '2026-11-23 18:00+00', 'Mon 14:00 + 4 h = Mon 18:00, not Tuesday morning');
select
    is(
        private.add_working_time(sent, interval '4 hours', 'UTC', '07:00', '18:00', '{1,2,3,4,5}', null, null),
        due,
        'R2: ' || why
    )
from r2;

-- Europe/Paris: 2026 springs forward on Sunday 29 March and falls back on Sunday 25 October.
select is(
    private.add_working_time(
        '2026-03-27 17:00+01', interval '4 hours', 'Europe/Paris', '07:00', '18:00', '{1,2,3,4,5}', null, null
    ),
    '2026-03-30 10:00+02'::timestamptz,
    'R2: Paris, Friday 17:00 + 4 h across spring-forward = Monday 10:00 (summer time)'
);
select is(
    private.add_working_time(
        '2026-10-23 17:00+02', interval '4 hours', 'Europe/Paris', '07:00', '18:00', '{1,2,3,4,5}', null, null
    ),
    '2026-10-26 10:00+01'::timestamptz,
    'R2: Paris, Friday 17:00 + 4 h across fall-back = Monday 10:00 (winter time)'
);
select is(
    private.working_time_between(
        '2026-03-29 00:00+01', '2026-03-30 00:00+02', 'Europe/Paris', '00:00', '23:59', '{1,2,3,4,5,6,7}', null, null
    ),
    interval '22 hours 59 minutes',
    'R2: working 00:00-23:59 on the spring-forward day counts 22 h 59 min of real time'
);

-- France's holidays.
select is(
    (select count(*)::int from private.holidays('fr', 2027)),
    11,
    'France has eleven public holidays'
);
select is(private.easter_sunday(2027), '2027-03-28'::date, 'Easter 2027 is on 28 March');
select is(
    (
        select array_agg(h.day order by h.day) from private.holidays('fr', 2027) as h
        where h.name = 'Ascension'
    ),
    array['2027-05-06'::date],
    'Ascension 2027 is Thursday 6 May'
);
select is(
    private.add_working_time(
        '2027-05-05 16:00+02', interval '4 hours', 'Europe/Paris', '07:00', '18:00', '{1,2,3,4,5}', 'fr', null
    ),
    '2027-05-07 09:00+02'::timestamptz,
    'R2: the clock does not run on Ascension'
);
select throws_ok(
    $$select * from private.holidays('xx', 2026)$$,
    '22023',
    'unknown holiday calendar: xx',
    'an unknown holiday calendar is refused with a clear message'
);

-- A team's own day off.
insert into public.teams (id, name) values ('00000000-0000-0000-0000-0000000000b1', 'Cabinet Martin');
insert into public.team_holidays (team_id, day, name)
values ('00000000-0000-0000-0000-0000000000b1', '2026-11-27', 'Pont');
select is(
    private.add_working_time(
        '2026-11-26 17:00+00', interval '4 hours', 'UTC', '07:00', '18:00', '{1,2,3,4,5}', null,
        '00000000-0000-0000-0000-0000000000b1'
    ),
    '2026-11-30 10:00+00'::timestamptz,
    'R2: the clock does not run on the team''s own day off'
);

-- R6: "back on 2 December" holds until the first working hour of the next working day.
select is(
    private.next_working_start('2026-12-02 15:00+01', 'Europe/Paris', '07:00', '{1,2,3,4,5}', 'fr', null),
    '2026-12-03 07:00+01'::timestamptz,
    'R6: back on Wednesday 2 December: Thursday 3 December 07:00'
);

select throws_ok(
    $$select private.add_working_time('2026-11-23 10:00+00', '4 hours', 'UTC', '07:00', '18:00', '{}', null, null)$$,
    '22023',
    'no working day within 400 days after 2026-11-23',
    'no working day at all is an error, not an endless loop'
);

select finish();
rollback;
