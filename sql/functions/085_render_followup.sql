-- What a follow-up says (R16): declared before the sending functions that call it (sql/functions/090_sending.sql);
-- the templates, their rendering and the variants it uses are in sql/functions/200_templates.sql.

-- What a follow-up says: its step's variant (recorded), rendered; with the template, variant and language.
create or replace function private.render_followup(p_f public.followups, p_max integer, p_now timestamptz)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_a public.followup_variant_assignments := private.assign_variant(p_f.tracked_email_id, p_f.seq, p_now);
    v_ft public.followup_templates;
begin
    select * into v_ft from public.followup_templates where id = v_a.template_id;
    return private.render_for(
        p_f.tracked_email_id,
        coalesce(
            v_ft.body_text,
            private.builtin_signed(p_f.mailbox_id, private.builtin_template(p_f.seq, p_max, v_a.language))
        ),
        v_ft.body_html,
        v_a.language
    ) || jsonb_build_object('template_id', v_a.template_id, 'variant', v_a.variant, 'language', v_a.language);
end
$$;
revoke all on function private.render_followup(public.followups, integer, timestamptz) from public;
comment on function private.render_followup(public.followups, integer, timestamptz) is
'{body_text, body_html, template_id, variant, language} of a follow-up: its recorded variant, rendered.';
