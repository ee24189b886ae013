-- Statistics shared by the views and the report: one definition of each figure, so the page, the variants' view
-- (public.followup_variant_stats, 200_templates.sql) and `relance report` (210_report.sql) never disagree. Early
-- in the load order: a view is checked against the functions it calls when it is created.

-- The Wilson score interval at 95 % of `p_hits` successes out of `p_n` (null when p_n is 0): a reply rate on a
-- handful of sends reads as the range it is.
create or replace function private.report_wilson(p_hits bigint, p_n bigint)
returns numeric[]
language sql
immutable
set search_path = ''
as $$
    select case when p_n > 0 then array[
        round(greatest(0, (c.p + c.z2 / (2 * p_n) - 1.96 * sqrt(c.p * (1 - c.p) / p_n + c.z2 / (4 * p_n * p_n)))
            / (1 + c.z2 / p_n))::numeric, 4),
        round(least(1, (c.p + c.z2 / (2 * p_n) + 1.96 * sqrt(c.p * (1 - c.p) / p_n + c.z2 / (4 * p_n * p_n)))
            / (1 + c.z2 / p_n))::numeric, 4)
    ] end
    from (select p_hits::float8 / nullif(p_n, 0) as p, 1.96::float8 * 1.96 as z2) as c
$$;

revoke all on function private.report_wilson(bigint, bigint) from public;
grant execute on function private.report_wilson(bigint, bigint) to authenticated, service_role;
comment on function private.report_wilson(bigint, bigint) is
'The Wilson score 95 % interval {low, high} of p_hits out of p_n (null when p_n is 0), rounded to 4 places.';
