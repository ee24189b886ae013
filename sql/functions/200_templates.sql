-- What follow-ups say (R16, issue 15; tables in sql/tables/120_templates.sql).
--
-- Placeholders: {{recipient_first_name}}, {{recipient_name}}, {{company}}, {{original_subject}},
-- {{original_date}}, {{sender_first_name}}, {{sender_name}}, {{signature}} (spaces inside the braces allowed,
-- case ignored). Any other name is refused when the template is saved, naming it.
--
-- A missing value never leaves a stray space: a placeholder without a value disappears together with the spaces
-- before it ("Bonjour {{recipient_first_name}}," gives "Bonjour," without a name). An optional segment
-- [[ … ]] disappears whole when any placeholder inside it has no value ("Bonjour[[ {{recipient_first_name}}]]"
-- or "[[ chez {{company}}]]"). Trailing blank lines (a missing signature) are dropped.
--
-- Safety: follow-ups have no subject of their own (they reply in the thread), so nothing a template or a value
-- says reaches a header; values are single-line (CR, LF and control characters become spaces), and templates
-- may hold no control character but LF and tab (CRLF is stored as LF). The HTML body is generated from the
-- text (every character escaped, line breaks as <br>) unless the template gives its own HTML, which must stay
-- inside a small safe subset (private.check_safe_html: p, br, div, span, b, strong, i, em, u, ul, ol, li without
-- attributes, and a with an https:, mailto: or tel: href); values are HTML-escaped in it, and the signature's
-- HTML passes the same check when it is confirmed.

create or replace function private.template_placeholders()
returns text[]
language sql
immutable
set search_path = ''
as $$
    select array[
        'recipient_first_name', 'recipient_name', 'company', 'original_subject', 'original_date',
        'sender_first_name', 'sender_name', 'signature'
    ]
$$;
revoke all on function private.template_placeholders() from public;
comment on function private.template_placeholders() is 'The placeholders a follow-up template may use. Immutable.';

create or replace function private.html_escape(p_text text)
returns text
language sql
immutable
set search_path = ''
as $$
    select replace(replace(replace(replace(replace(p_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
        '''', '&#39;')
$$;
revoke all on function private.html_escape(text) from public;
comment on function private.html_escape(text) is 'p_text with & < > " '' escaped for HTML. Immutable.';

-- The tokens of a template: [[, ]], {{…}}, runs of other text, and lone brackets or braces.
create or replace function private.template_tokens(p_body text)
returns setof text
language sql
immutable
set search_path = ''
as $$
    select m[1] from regexp_matches(p_body, '(\[\[|\]\]|\{\{[^{}]*\}\}|[^][{}]+|[][{}])', 'g') as m
$$;
revoke all on function private.template_tokens(text) from public;
comment on function private.template_tokens(text) is
'A template cut into tokens: [[, ]], {{placeholder}}, text runs, lone brackets. Immutable.';

-- A template or signature body as stored: CRLF as LF; refuses a bare CR and every other control character but
-- tab, and an empty body, naming the field.
create or replace function private.clean_body(p_body text, p_field text, p_max integer)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
    v_body text := replace(p_body, E'\r\n', E'\n');
begin
    if v_body is null or btrim(v_body, E' \t\n') = '' then
        raise exception '% must not be empty', p_field using errcode = '22023';
    end if;
    if v_body ~ '[\x01-\x08\x0b-\x1f\x7f]' then
        raise exception '% holds a control character (a carriage return, an escape …): only line breaks and tabs '
            'are allowed', p_field using errcode = '22023';
    end if;
    if length(v_body) > p_max then
        raise exception '% is too long (% characters, at most %)', p_field, length(v_body), p_max
            using errcode = '22023';
    end if;
    return v_body;
end
$$;
revoke all on function private.clean_body(text, text, integer) from public;
comment on function private.clean_body(text, text, integer) is
'p_body with CRLF as LF; raises 22023 naming p_field when empty, too long or holding a control character.';

create or replace function private.check_template(p_body text, p_field text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
    v_tok text;
    v_name text;
    v_in_segment boolean := false;
begin
    if regexp_replace(p_body, '\{\{[^{}]*\}\}', '', 'g') ~ '\{\{|\}\}' then
        raise exception 'malformed placeholder in %: every {{ needs its }} and a name between them', p_field
            using errcode = '22023', hint = 'Placeholders: {{' || array_to_string(private.template_placeholders(),
                '}}, {{') || '}}';
    end if;
    for v_tok in select t from private.template_tokens(p_body) as t loop
        if v_tok = '[[' then
            if v_in_segment then
                raise exception 'optional segments cannot be nested in % ([[ inside [[ … ]])', p_field
                    using errcode = '22023';
            end if;
            v_in_segment := true;
        elsif v_tok = ']]' then
            if not v_in_segment then
                raise exception 'unmatched ]] in %', p_field using errcode = '22023';
            end if;
            v_in_segment := false;
        elsif v_tok like '{{%}}' then
            v_name := lower(btrim(substr(v_tok, 3, length(v_tok) - 4)));
            if v_name <> all(private.template_placeholders()) then
                raise exception 'unknown placeholder {{%}} in %', left(btrim(substr(v_tok, 3, length(v_tok) - 4)), 60),
                    p_field
                    using errcode = '22023', hint = 'Placeholders: {{'
                        || array_to_string(private.template_placeholders(), '}}, {{') || '}}';
            end if;
        end if;
    end loop;
    if v_in_segment then
        raise exception 'unclosed optional segment in % ([[ without ]])', p_field using errcode = '22023';
    end if;
end
$$;
revoke all on function private.check_template(text, text) from public;
comment on function private.check_template(text, text) is
'Raises 22023 naming p_field on an unknown placeholder (named), a malformed one, or unbalanced [[ ]]. Immutable.';

create or replace function private.check_safe_html(p_html text, p_field text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
    v_tag text;
begin
    for v_tag in select m[1] from regexp_matches(p_html, '(<[^<>]*>)', 'g') as m loop
        if not (
            v_tag ~* '^</?(p|br|div|span|b|strong|i|em|u|ul|ol|li)\s*/?>$'
            or v_tag ~* '^<a\s+href="(https://|mailto:|tel:)[^"<>\s]*"\s*>$'
            or v_tag ~* '^</a\s*>$'
        ) then
            raise exception 'unsafe HTML in %: % is not allowed', p_field, left(v_tag, 80)
                using errcode = '22023',
                hint = 'Allowed: p, br, div, span, b, strong, i, em, u, ul, ol, li without attributes, and '
                    || '<a href="https://…|mailto:…|tel:…">.';
        end if;
    end loop;
    if regexp_replace(p_html, '<[^<>]*>', '', 'g') ~ '[<>]' then
        raise exception 'unsafe HTML in %: a < or > outside a tag (write &lt; and &gt;)', p_field
            using errcode = '22023';
    end if;
end
$$;
revoke all on function private.check_safe_html(text, text) from public;
comment on function private.check_safe_html(text, text) is
'Raises 22023 naming p_field and the tag unless p_html stays inside the safe subset of follow-ups. Immutable.';

-- Renders a checked template. p_mode: 'text' (the text body), 'html' (the template is safe HTML: values escaped),
-- 'text_html' (the HTML body generated from the text template: everything escaped, line breaks as <br>). Values
-- are never read again as template, so a value holding {{…}} or [[ stays as written.
create or replace function private.render_template(p_body text, p_values jsonb, p_mode text)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
    v_tok text;
    v_out text := '';
    v_seg text;
    v_in_segment boolean := false;
    v_missing boolean;
    v_name text;
    v_value text;
begin
    for v_tok in select t from private.template_tokens(p_body) as t loop
        if v_tok = '[[' then
            v_in_segment := true;
            v_seg := '';
            v_missing := false;
            continue;
        elsif v_tok = ']]' then
            if not v_missing then
                v_out := v_out || v_seg;
            end if;
            v_in_segment := false;
            continue;
        end if;
        if v_tok like '{{%}}' then
            v_name := lower(btrim(substr(v_tok, 3, length(v_tok) - 4)));
            v_value := nullif(btrim(p_values ->> v_name), '');
            if v_value is not null and p_mode <> 'text' then
                v_value := case
                    when v_name = 'signature' and nullif(p_values ->> 'signature_html', '') is not null
                        then p_values ->> 'signature_html'
                    else replace(private.html_escape(v_value), E'\n', E'<br>\n')
                end;
            end if;
            if v_value is null then
                if v_in_segment then
                    v_missing := true;
                else
                    v_out := regexp_replace(v_out, '[ \t]+$', '');
                end if;
                continue;
            end if;
            v_tok := v_value;
        elsif p_mode = 'text_html' then
            v_tok := replace(private.html_escape(v_tok), E'\n', E'<br>\n');
        end if;
        if v_in_segment then
            v_seg := v_seg || v_tok;
        else
            v_out := v_out || v_tok;
        end if;
    end loop;
    return case when p_mode = 'text' then regexp_replace(v_out, '\s+$', '')
        else regexp_replace(v_out, '(\s|<br>)+$', '') end;
end
$$;
revoke all on function private.render_template(text, jsonb, text) from public;
comment on function private.render_template(text, jsonb, text) is
'A checked template with its values: missing ones dropped with the spaces before them, [[ ]] segments dropped '
'when one of their values is missing; mode text, html or text_html (values HTML-escaped). Immutable.';

-- The built-in texts (the three French texts of the first version, now with the recipient's first name and the
-- signature, and their English versions): step 1, a middle step, the last one (which says it is the last).
create or replace function private.builtin_template(p_step integer, p_max integer, p_language text)
returns text
language sql
immutable
set search_path = ''
as $$
    select case when p_language = 'en' then
        case
            when p_step = 1 then
                E'Hello {{recipient_first_name}},\n\nI am following up on my message below. '
                || E'Have you had a chance to look at it?\n\nBest regards,\n{{signature}}'
            when p_step < p_max then
                E'Hello {{recipient_first_name}},\n\nI am coming back to you about my previous message. '
                || E'Do let me know if the timing is not right.\n\nBest regards,\n{{signature}}'
            else
                E'Hello {{recipient_first_name}},\n\nAs I have not heard back, I will not follow up on this again. '
                || E'I remain at your disposal.\n\nBest regards,\n{{signature}}'
        end
    else
        case
            when p_step = 1 then
                E'Bonjour {{recipient_first_name}},\n\nJe me permets de revenir vers vous au sujet de mon message '
                || E'ci-dessous. Avez-vous eu l''occasion d''y jeter un œil ?\n\nBien cordialement,\n{{signature}}'
            when p_step < p_max then
                E'Bonjour {{recipient_first_name}},\n\nJe reviens vers vous concernant mon message précédent. '
                || E'N''hésitez pas à me dire si le moment est mal choisi.\n\nBien cordialement,\n{{signature}}'
            else
                E'Bonjour {{recipient_first_name}},\n\nSans retour de votre part, je ne vous relancerai plus à ce '
                || E'sujet. Je reste bien sûr à votre disposition.\n\nBien cordialement,\n{{signature}}'
        end
    end
$$;
revoke all on function private.builtin_template(integer, integer, text) from public;
comment on function private.builtin_template(integer, integer, text) is
'The built-in text of follow-up p_step of p_max in p_language (en, else French); the last says it is the last.';

-- The built-in texts sign with the mailbox's confirmed signature, else with its owner's name (the mailbox's display
-- name): a follow-up never ends on a bare "Bien cordialement,". A team's own template says what it says.
create or replace function private.builtin_signed(p_mailbox_id uuid, p_body text)
returns text
language sql
stable
set search_path = ''
as $$
    select case
        when exists (
            select 1 from private.mailbox_signatures as sig
            where sig.mailbox_id = p_mailbox_id and sig.confirmed_at is not null
        ) then p_body
        else replace(p_body, '{{signature}}', '{{sender_name}}')
    end
$$;
revoke all on function private.builtin_signed(uuid, text) from public;
comment on function private.builtin_signed(uuid, text) is
'A built-in text signed with the mailbox''s confirmed signature, else with {{sender_name}} (its display name).';

create or replace function private.one_line(p_value text)
returns text
language sql
immutable
set search_path = ''
as $$
    select nullif(btrim(left(regexp_replace(p_value, '[\x01-\x1f\x7f]+', ' ', 'g'), 300)), '')
$$;
revoke all on function private.one_line(text) from public;
comment on function private.one_line(text) is
'p_value on one line (control characters, CR and LF as spaces), trimmed, at most 300 characters; null if empty.';

-- The first name a person's name gives for greeting them (R16: `{{recipient_first_name}}` from a contact's name),
-- or null when it gives none clearly: the same reading as the worker's relance.analysis.names.first_name for a To
-- display name (tests/test_greeting_first_name.py holds the two to the same answers), so that "DUPONT Jean" and
-- "Dupont, Jean" greet Jean, and a title, a firm or a desk, initials, a surname alone or three names with nothing
-- to say which are given names greet nobody ("Bonjour," never embarrasses anyone).
create or replace function private.name_words(p_kind text)
returns text[]
language sql
immutable
parallel safe
set search_path = ''
as $$
    select case p_kind
        when 'honorific' then
            '{dame,docteur,doctor,dr,dr.,dre,lady,lord,m,m.,madame,mademoiselle,maitre,me,me.,messrs,miss,mlle,'
            'mlle.,mm.,mme,mme.,mmes,monsieur,mr,mr.,mrs,mrs.,ms,ms.,mx,mx.,pr,pr.,prof,prof.,professeur,professor,'
            'sir}'
        when 'not_a_person' then
            '{accounting,accounts,accueil,achats,admin,administratif,administration,ag,agence,agency,ambulances,and,'
            'appeal,assistance,asso,association,associes,assurances,atelier,auto-ecole,avocats,bank,banque,billing,'
            'bonjour,booking,bookings,boulanger,boulangerie,boulot,boutique,brasserie,bureau,bureaux,bv,cabinet,cafe,'
            'care,carrosserie,center,centre,chauffage,chez,client,clientele,clients,clinic,clinique,coiffure,'
            'collectif,collective,college,commercial,commerciale,communication,compagnie,company,compta,comptabilite,'
            'conseil,conseils,consulting,contact,contacts,corporate,couverture,customer,departement,department,dept,'
            'desk,direction,ecole,electricite,enquiries,equipe,et,etude,eurl,facturation,famiglia,familia,familie,'
            'famille,family,finance,finances,fleuriste,fondation,fonds,foundation,fund,garage,gmbh,group,groupe,'
            'guichet,hello,helpdesk,holding,home,hopital,hospice,hospital,hotel,hotline,hr,humaines,immo,immobilier,'
            'inc,info,information,informations,infos,inquiries,institut,insurance,investisseurs,investor,invoice,'
            'invoices,juridique,legal,les,limited,llc,llp,ltd,lycee,maconnerie,magasin,mailbox,mairie,maison,'
            'marketing,menuiserie,mutuelle,newsletter,noreply,notaire,notaires,notification,notifications,nv,office,'
            'paie,partenariats,partners,partnerships,payable,payroll,peinture,perso,pharmacie,pharmacy,plc,plomberie,'
            'plombier,pole,press,presse,pressing,pro,procurement,purchasing,receivable,reception,recruiting,'
            'recruitment,recrutement,relations,reply,reservation,reservations,ressources,restaurant,rh,sa,sales,sarl,'
            'sas,sasu,school,sci,scp,secretariat,selarl,service,services,shared,shop,societe,standard,store,studio,'
            'support,syndic,taxi,team,the,traiteur,transport,transports,travail,tresorerie,trust,universite,'
            'university,vente,ventes,work}'
        when 'added' then
            '{consultant,contractor,ext,extern,external,externe,interim,prestataire,stagiaire,trainee}'
        when 'particle' then
            '{da,das,de,del,della,den,der,des,di,dos,du,la,le,st,st.,ten,ter,van,von}'
        when 'east_asian_family' then
            '{abe,ahn,aoki,bui,cai,cao,chan,chen,cheng,cheung,cho,choi,chow,dang,deng,ding,do,dong,du,duong,endo,'
            'feng,fu,fujii,fujiwara,fukuda,gao,goh,goto,guo,han,hasegawa,hashimoto,hayashi,he,ho,hoang,hong,hu,huang,'
            'huynh,hwang,ikeda,inoue,ishii,ishikawa,ito,jang,jeong,jiang,jin,jung,kang,kato,kim,kimura,kobayashi,koh,'
            'kondo,kwon,lam,lau,le,lee,leung,li,liang,lim,lin,liu,lu,luo,ly,ma,matsuda,matsumoto,miura,mori,murakami,'
            'nakagawa,nakamura,ng,ngo,nguyen,nishimura,ogawa,oh,okada,okamoto,ong,ota,pan,park,peng,pham,phan,ren,'
            'saito,sakamoto,sasaki,sato,seo,shen,shimizu,shin,song,su,sun,suzuki,takahashi,tan,tanaka,tang,teo,tian,'
            'tran,tsang,vo,vu,wang,watanabe,wei,wong,wu,xiao,xie,xu,yamada,yamaguchi,yamamoto,yamazaki,yang,yao,ye,'
            'yoo,yoon,yoshida,yu,yuan,zeng,zhang,zhao,zheng,zhong,zhou,zhu}'
    end::text []
$$;
revoke all on function private.name_words(text) from public;
comment on function private.name_words(text) is
'The words private.greeting_first_name reads names with, folded (lowercase, no accents): honorific, not_a_person '
'(roles, desks, firms), added (what a directory appends: "EXT"), particle, east_asian_family (family names a '
'display often puts first). The worker''s lexicons '
'(relance.analysis.names) are the same sets.';

-- Lowercase without accents or other combining marks (NFKD), as the worker folds names.
create or replace function private.fold_name(p_text text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
    select regexp_replace(normalize(lower(p_text), nfkd), '[\u0300-\u036f]', '', 'g')
$$;
revoke all on function private.fold_name(text) from public;
comment on function private.fold_name(text) is 'p_text lowercase, NFKD, combining marks removed (é → e).';


-- A name's letters as the worker compares them: folded, a to z only ("Jean-Pierre" → "jeanpierre").
create or replace function private.name_letters(p_text text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
    select regexp_replace(private.fold_name(p_text), '[^a-z]', '', 'g')
$$;
revoke all on function private.name_letters(text) from public;
comment on function private.name_letters(text) is 'p_text folded (private.fold_name), letters a to z only.';

-- "J.", "J-P", "JP": initials, never a name to greet by.
create or replace function private.is_initial(p_word text)
returns boolean
language sql
immutable
parallel safe
set search_path = ''
as $$
    select not exists (
        select 1 from regexp_matches(p_word, '[[:alpha:]]+', 'g') as r where length(r[1]) > 1
    ) or (
        p_word = upper(p_word) and p_word <> lower(p_word)
        and length(private.name_letters(p_word)) <= 2
    )
$$;
revoke all on function private.is_initial(text) from public;
comment on function private.is_initial(text) is
'Whether p_word is initials ("J.", "J-P", "JP"): no run of two letters, or two letters at most in capitals.';

create or replace function private.address_confirms_name(p_name text, p_first text, p_address text)
returns boolean
language sql
immutable
parallel safe
set search_path = ''
as $$
    -- The address says which of the name's words is the first name: its local part opens with it ("jean.dupont@",
    -- "jean@" for Jean Dupont) or is its initial and the rest of the name ("jdupont@", "i.fournier@"). As
    -- relance.analysis.names.address_confirms; tests/test_greeting_first_name.py holds the two to the same answers.
    -- (Used by private.record_recipient_names, 170_contacts.sql.)
    -- Not confirmed: a name with an initial ("Jean D."), one that opens with a common East Asian family name
    -- ("Zhang Wei": which is which?), a first name "de" the firm of the address ("Claire de PayFit" <claire@payfit…>).
    select coalesce(
        p_first <> '' and left(lower(p_name), length(p_first) + 1) = lower(p_first) || ' '
        and private.name_letters(p_first) <> ''
        and not exists (
            select 1 from unnest(string_to_array(p_name, ' ')) as w
            where private.is_initial(w) and private.fold_name(w) <> all(private.name_words('particle'))
        )
        and private.fold_name(split_part(p_name, ' ', 1)) <> all(private.name_words('east_asian_family'))
        and not (
            cardinality(string_to_array(p_name, ' ')) = 3
            and private.fold_name(split_part(p_name, ' ', 2)) in ('de', 'd''')
            and private.name_letters(split_part(split_part(p_address, '@', 2), '.', 1)) <> ''
            and position(
                private.name_letters(split_part(p_name, ' ', 3))
                in private.name_letters(split_part(split_part(p_address, '@', 2), '.', 1))
            ) > 0
        )
        and (
            private.name_letters((regexp_match(private.fold_name(split_part(p_address, '@', 1)), '([^._+]+)'))[1])
            = private.name_letters(p_first)
            or (
                private.name_letters(substr(p_name, length(p_first) + 1)) <> ''
                and private.name_letters(split_part(p_address, '@', 1))
                = left(private.name_letters(p_first), 1) || private.name_letters(substr(p_name, length(p_first) + 1))
            )
        ),
        false
    )
$$;

revoke all on function private.address_confirms_name(text, text, text) from public;
comment on function private.address_confirms_name(text, text, text) is
'Whether an address confirms which word of a name is its first name (its local part opens with it, or is its '
'initial and the rest of the name).';

-- A name as people write it: all capitals or all lower case capitalised ("JEAN-PIERRE" → "Jean-Pierre"); a mixed
-- case ("McKenzie") stays.
create or replace function private.tidy_name(p_word text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
    select case when (p_word = upper(p_word) or p_word = lower(p_word)) and upper(p_word) <> lower(p_word)
        then initcap(p_word) else p_word end
$$;
revoke all on function private.tidy_name(text) from public;
comment on function private.tidy_name(text) is
'p_word capitalised when it is all capitals or all lower case ("JEAN-PIERRE" → "Jean-Pierre"), else as written.';

create or replace function private.greeting_first_name(
    p_name text, p_address text, p_address_must_fit boolean default true
)
returns text
language plpgsql
immutable
parallel safe
set search_path = ''
as $$
declare
    v_text text;
    v_comma boolean;
    v_words text [];
    v_names text [];
    v_capitals text [];
    v_given text [];
    v_candidate text;
    v_local text;
    v_domain text;
    v_compact text;
    v_letters text [];
    v_initials text := '';
    v_fits boolean := false;
    v_clear boolean;
    v_lead boolean;
    v_only text;
    v_a text;
    v_b text;
    v_fa text;
    v_fb text;
    v_w text;
    v_part text;
    c_word constant text := '^[[:alpha:]](?:[[:alpha:]]|[''’-](?=[[:alpha:]]))*\.?$';
begin
    if p_name is null then
        return null;
    end if;
    -- The name without controls, format characters, bracketed parts, quotes, or a firm after a dash or bar.
    v_text := regexp_replace(p_name, '[[:cntrl:]\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]', '', 'g');
    v_text := regexp_replace(v_text, '\([^)]*\)|\[[^]]*\]|\{[^}]*\}|<[^>]*>', ' ', 'g');
    v_text := btrim(btrim(btrim(v_text), '"''“”‘’«» '));
    v_text := regexp_replace(v_text, '\s+(?:[-–—|/@]|via|for|pour|chez)\s+.*$', '', 'i');
    v_text := btrim(regexp_replace(v_text, '\s+', ' ', 'g'), ' ,;');
    if v_text = '' or position('@' in v_text) > 0 or length(v_text) > 120 then
        return null;
    end if;
    -- "Dupont, Jean": the surname is the part before the comma.
    v_comma := length(v_text) - length(replace(v_text, ',', '')) = 1;
    if v_comma then
        v_a := btrim(split_part(v_text, ',', 1));
        v_b := btrim(split_part(v_text, ',', 2));
        if v_a = '' or v_b = '' then
            return null;
        end if;
        v_text := v_b || ' ' || upper(v_a);
    elsif position(',' in v_text) > 0 then
        return null;
    end if;
    v_words := array(
        select w from unnest(string_to_array(v_text, ' ')) with ordinality as x (w, i)
        where w <> '' and private.fold_name(w) <> all(private.name_words('added')) order by i
    );
    if cardinality(v_words) = 0 or exists (
        select 1 from unnest(v_words) as w
        where private.fold_name(w) = any(private.name_words('not_a_person'))
            or btrim(private.fold_name(w), '.') = any(private.name_words('not_a_person'))
            or private.fold_name(w) = any(private.name_words('honorific'))
            or w !~ c_word
    ) then
        return null;
    end if;
    -- The address must be the person's own: its local part spells one of the names, or their initials.
    v_local := private.fold_name(split_part(coalesce(p_address, ''), '@', 1));
    v_domain := case when position('@' in coalesce(p_address, '')) > 0 then split_part(p_address, '@', 2) else '' end;
    v_compact := private.name_letters(v_local);
    v_clear := v_comma or exists (
        select 1 from unnest(v_words) as w
        where w = upper(w) and w <> lower(w) and length(private.name_letters(w)) > 2
    );
    if v_compact <> '' then
        v_letters := array(
            select l from unnest(v_words) as w, private.name_letters(w) as l
            where length(l) >= 2
        );
        v_fits := exists (
            select 1 from unnest(v_letters) as l
            where position(l in v_compact) > 0
                or (v_clear and v_domain <> ''
                    and position(l in private.name_letters(v_domain)) > 0)
        );
        if not v_fits then
            foreach v_w in array v_words loop
                continue when private.fold_name(v_w) = any(private.name_words('particle'));
                foreach v_part in array string_to_array(v_w, '-') loop
                    v_initials := v_initials || left(private.name_letters(v_part), 1);
                end loop;
            end loop;
            v_fits := length(v_initials) >= 2 and (starts_with(v_compact, v_initials)
                or (length(v_compact) >= 2 and starts_with(v_initials, v_compact)));
        end if;
    end if;
    -- A To display name over a desk's address is whoever is on duty; a contact's name is the person's at that
    -- address (a user named them, or they signed from it): p_address_must_fit false.
    if not v_fits and p_address_must_fit then
        return null;
    end if;
    -- "Jean D." <jean.d@>: a first name and an initial, when the address starts with it.
    if cardinality(v_words) = 2 and private.is_initial(v_words[2]) and not private.is_initial(v_words[1])
        and not (v_words[1] = upper(v_words[1]) and v_words[1] <> lower(v_words[1]))
    then
        return case when starts_with(v_compact, private.name_letters(v_words[1]))
            then private.tidy_name(v_words[1]) end;
    end if;
    if exists (
        select 1 from unnest(v_words) as w
        where private.is_initial(w) and private.fold_name(w) <> all(private.name_words('particle'))
    ) then
        return null;
    end if;
    if cardinality(v_words) = 1 then
        -- One word is a first name only when the address begins with it, another word after it ("bob.prospect@").
        if v_words[1] = upper(v_words[1]) and v_words[1] <> lower(v_words[1]) then
            return null; -- "DURAND": a surname
        end if;
        v_only := private.fold_name(v_words[1]);
        return case when exists (
            select 1 from unnest(array['.', '-', '_']) as sep
            where starts_with(v_local, v_only || sep)
                and length(private.name_letters(substr(v_local, length(v_only) + 2))) >= 2
        ) then private.tidy_name(v_words[1]) end;
    end if;
    v_lead := private.fold_name(v_words[1]) = any(private.name_words('particle')) and not v_comma;
    v_names := array(
        select w from unnest(v_words) with ordinality as x (w, i)
        where private.fold_name(w) <> all(private.name_words('particle')) order by i
    );
    v_capitals := array(
        select w from unnest(v_names) with ordinality as x (w, i)
        where w = upper(w) and w <> lower(w) and length(rtrim(w, '.')) >= 2 order by i
    );
    v_given := array(
        select w from unnest(v_names) with ordinality as x (w, i) where w <> all(v_capitals) order by i
    );
    if cardinality(v_capitals) > 0 and cardinality(v_given) > 0 then
        -- A surname in capitals ("DUPONT Jean", "Fatima Zahra EL IDRISSI"): the rest is the given name, two words
        -- at most.
        if cardinality(v_given) > 2 then
            return null;
        end if;
        v_candidate := array_to_string(v_given, ' ');
    elsif v_lead and cardinality(v_names) = 2 then
        v_candidate := v_names[2]; -- "Van Damme Luc": the first name is last
    elsif cardinality(v_names) = 2 and cardinality(v_capitals) = 0 then
        -- Two words with nothing in their case to tell them apart: the address says which ("jean.dupont",
        -- "jdupont"), else the name's order, first name first.
        v_a := v_names[1];
        v_b := v_names[2];
        v_fa := private.name_letters(v_a);
        v_fb := private.name_letters(v_b);
        if exists (
            select 1 from unnest(array['.', '-', '_']) as sep
            where starts_with(v_local, v_fb || sep) and not starts_with(v_local, v_fa || sep)
        ) then
            return null; -- the address spells the two the other way round: nothing says which
        end if;
        if v_fb <> '' and v_compact = v_fb and v_compact <> v_fa then
            return null; -- the address is one of the two alone ("Dubois Marie" <marie@>): which one?
        end if;
        if v_fb <> '' and v_compact = left(v_fb, 1) || v_fa and v_compact <> left(v_fa, 1) || v_fb then
            v_candidate := v_b;
        elsif v_compact = v_fa || left(v_fb, 1) and v_local !~ '[._-]' then
            return null; -- "dupontj"
        else
            v_candidate := v_a;
        end if;
    elsif cardinality(v_names) = 2 then
        -- "JEAN DUPONT": only the address can say which is which.
        v_fa := private.fold_name(v_names[1]);
        v_fb := private.fold_name(v_names[2]);
        if exists (select 1 from unnest(array['.', '-', '_']) as sep where starts_with(v_local, v_fa || sep))
            or regexp_replace(v_local, '[._-]', '', 'g') = left(v_fa, 1) || v_fb
        then
            v_candidate := v_names[1];
        elsif exists (select 1 from unnest(array['.', '-', '_']) as sep where starts_with(v_local, v_fb || sep))
            or regexp_replace(v_local, '[._-]', '', 'g') = left(v_fb, 1) || v_fa
        then
            v_candidate := v_names[2];
        else
            return null;
        end if;
    else
        return null; -- "Jean Pierre Martin": Jean or Jean-Pierre?
    end if;
    return array_to_string(array(
        select private.tidy_name(w) from unnest(string_to_array(v_candidate, ' ')) with ordinality as x (w, i)
        order by i
    ), ' ');
end
$$;
revoke all on function private.greeting_first_name(text, text, boolean) from public;
comment on function private.greeting_first_name(text, text, boolean) is
'The first name p_name gives for greeting the person at p_address ("DUPONT Jean", "Dupont, Jean" → Jean), or null '
'when it gives none clearly (a title, a firm or a desk, initials, a surname alone, three names). The worker''s '
'relance.analysis.names.first_name reads To display names the same way. p_address_must_fit false (a contact''s '
'name): a name is read even where the address does not spell it ("Ann Smith" <a@…>).';

-- The values of a tracked email's placeholders: its first recipient's contact (name, company), the original
-- message (subject, date in the mailbox's zone and p_language's format), the sender (the mailbox's display name)
-- and the mailbox's confirmed signature.
-- The recipient's first name, in this order: none when the user's own salutation was formal ("Bonjour Monsieur
-- Dupont,": the follow-up keeps that register), or greeted them by a name nothing confirms ("Bonjour Peggy," to
-- Margaret Brown: analysis unsure); the name the user greeted them by ("Bonjour Bob,"); the first name
-- the contact's name gives clearly (private.greeting_first_name: "DUPONT Jean" greets Jean, never "DUPONT"); the
-- first name the To display name gives clearly. The worker reads the greeting and the display from what the user
-- sent (relance.analysis.names, the original message's analysis.recipients). The sender's first name: what the
-- mailbox's display name gives the same way, else its first word.
create or replace function private.template_values(p_tracked_email_id uuid, p_language text)
returns jsonb
language sql
stable
set search_path = ''
as $$
    select jsonb_strip_nulls(jsonb_build_object(
        'recipient_first_name', case when r.said -> 'formal' = 'true'::jsonb or r.said -> 'unsure' = 'true'::jsonb
            then null else coalesce(
            private.one_line(case jsonb_typeof(r.said -> 'greeted') when 'string' then r.said ->> 'greeted' end),
            private.greeting_first_name(private.one_line(c.name), c.address, false),
            private.one_line(case jsonb_typeof(r.said -> 'first_name') when 'string' then r.said ->> 'first_name' end)
        ) end,
        'recipient_name', coalesce(
            private.one_line(c.name),
            private.one_line(case jsonb_typeof(r.said -> 'name') when 'string' then r.said ->> 'name' end)
        ),
        'company', private.one_line(coalesce(c.company, o.name)),
        'original_subject', private.one_line(t.subject),
        'original_date', case when p_language = 'en'
            then to_char(t.sent_at at time zone s.time_zone, 'FMMonth FMDD, YYYY')
            else to_char(t.sent_at at time zone s.time_zone, 'DD/MM/YYYY') end,
        'sender_first_name', coalesce(
            private.greeting_first_name(private.one_line(m.display_name), m.address, false),
            split_part(private.one_line(m.display_name), ' ', 1)
        ),
        'sender_name', private.one_line(m.display_name),
        'signature', sig.signature_text,
        'signature_html', sig.signature_html
    ))
    from public.tracked_emails as t
    join public.mailboxes as m on m.id = t.mailbox_id
    cross join lateral private.mailbox_settings(t.mailbox_id) as s
    left join lateral (
        select case jsonb_typeof(om.analysis #> array['recipients', t.recipients[1]]) when 'object'
            then om.analysis #> array['recipients', t.recipients[1]] end as said
        from public.messages as om where om.id = t.message_id
    ) as r on true
    left join public.contacts as c on c.team_id = t.team_id and c.address = t.recipients[1]
    left join public.organisations as o on o.id = c.organisation_id
    left join private.mailbox_signatures as sig on sig.mailbox_id = t.mailbox_id and sig.confirmed_at is not null
    where t.id = p_tracked_email_id
$$;
revoke all on function private.template_values(uuid, text) from public;
comment on function private.template_values(uuid, text) is
'The placeholder values of a tracked email (contact, original message, sender, signature), single-line. Stable.';

-- The live templates a tracked email's step may use in p_language: the mailbox's own when it has some for that
-- step and language, else the team's; stopped variants excluded unless p_with_stopped.
create or replace function private.step_templates(
    p_t public.tracked_emails, p_step integer, p_language text, p_with_stopped boolean default false
)
returns setof public.followup_templates
language sql
stable
set search_path = ''
as $$
    select ft.* from public.followup_templates as ft
    where ft.team_id = p_t.team_id and ft.step = p_step and ft.language = p_language and ft.archived_at is null
        and (p_with_stopped or ft.stopped_at is null)
        and ft.mailbox_id is not distinct from (
            select case when exists (
                select 1 from public.followup_templates as x
                where x.team_id = p_t.team_id and x.mailbox_id = p_t.mailbox_id and x.step = p_step
                    and x.language = p_language and x.archived_at is null
            ) then p_t.mailbox_id end
        )
    order by lower(ft.variant), ft.id
$$;
revoke all on function private.step_templates(public.tracked_emails, integer, text, boolean) from public;
comment on function private.step_templates(public.tracked_emails, integer, text, boolean) is
'The live templates of a tracked email''s step in p_language (the mailbox''s own first), in variant order.';

-- The variant of a weighted draw that a number 0 <= p_bucket < total weight falls in, in variant order.
create or replace function private.pick_variant(p_t public.tracked_emails, p_step integer, p_language text)
returns public.followup_templates
language sql
stable
set search_path = ''
as $$
    with live as (
        select ft, sum(ft.weight) over (order by lower(ft.variant), ft.id) as upto, sum(ft.weight) over () as total
        from private.step_templates(p_t, p_step, p_language) as ft
    )
    select (l.ft).* from live as l
    where l.upto > mod(abs(hashtextextended(p_t.id::text || ':' || p_step, 0)), l.total)
    order by l.upto limit 1
$$;
revoke all on function private.pick_variant(public.tracked_emails, integer, text) from public;
comment on function private.pick_variant(public.tracked_emails, integer, text) is
'The variant a tracked email gets at p_step in p_language: a hash of its id and the step over the live '
'variants'' weights (deterministic); null when the step has none. Stable.';

-- The template (or built-in text) a tracked email's step uses: the one recorded, else chosen now and recorded
-- (R16: each tracked email keeps the variant it was first given; an archived one is replaced). Language: the
-- tracked email's own (the team's templates, then the built-in text when it is French or English), else the
-- team's default language (its templates, then the built-in text).
create or replace function private.assign_variant(p_tracked_email_id uuid, p_step integer, p_now timestamptz)
returns public.followup_variant_assignments
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_t public.tracked_emails;
    v_a public.followup_variant_assignments;
    v_ft public.followup_templates;
    v_default text;
    v_language text;
begin
    select * into v_a from public.followup_variant_assignments where tracked_email_id = p_tracked_email_id
        and step = p_step;
    if found and (v_a.template_id is null or exists (select 1 from public.followup_templates as x
        where x.id = v_a.template_id and x.archived_at is null)) then
        return v_a;
    end if;
    select * into v_t from public.tracked_emails where id = p_tracked_email_id;
    select s.default_language into v_default from public.team_settings as s where s.team_id = v_t.team_id;
    v_default := coalesce(v_default, 'fr');
    if v_t.language is not null then
        v_ft := private.pick_variant(v_t, p_step, v_t.language);
        if v_ft.id is not null or v_t.language in ('fr', 'en') then
            v_language := v_t.language;
        end if;
    end if;
    if v_language is null then
        v_ft := private.pick_variant(v_t, p_step, v_default);
        v_language := v_default;
    end if;
    insert into public.followup_variant_assignments as a (
        tracked_email_id, step, team_id, mailbox_id, template_id, language, variant, assigned_at
    )
    values (
        v_t.id, p_step, v_t.team_id, v_t.mailbox_id, v_ft.id, coalesce(v_ft.language, v_language),
        coalesce(v_ft.variant, 'built-in'), p_now
    )
    on conflict (tracked_email_id, step) do update
    set template_id = excluded.template_id, language = excluded.language, variant = excluded.variant,
        assigned_at = excluded.assigned_at
    returning * into v_a;
    return v_a;
end
$$;
revoke all on function private.assign_variant(uuid, integer, timestamptz) from public;
comment on function private.assign_variant(uuid, integer, timestamptz) is
'The template variant of a tracked email''s step: the recorded one, else chosen (language, mailbox, weights) and '
'recorded. Template null: the built-in text.';

-- A body rendered for a tracked email: the template (or built-in text) in text and HTML.
create or replace function private.render_for(
    p_tracked_email_id uuid, p_body_text text, p_body_html text, p_language text
)
returns jsonb
language sql
stable
set search_path = ''
as $$
    -- R16: a follow-up carries the mailbox's signature; a template that does not place it gets it at its end.
    select jsonb_build_object(
        'body_text', private.render_template(b.body_text, v.v, 'text'),
        'body_html', case when p_body_html is null then private.render_template(b.body_text, v.v, 'text_html')
            else private.render_template(b.body_html, v.v, 'html') end
    )
    from (select private.template_values(p_tracked_email_id, p_language) as v) as v,
        lateral (
            select
                case when p_body_text ~* '\{\{\s*signature\s*\}\}' then p_body_text
                    else p_body_text || E'\n\n{{signature}}' end as body_text,
                case when p_body_html is null or p_body_html ~* '\{\{\s*signature\s*\}\}' then p_body_html
                    else p_body_html || '<br><br>{{signature}}' end as body_html
        ) as b
$$;
revoke all on function private.render_for(uuid, text, text, text) from public;
comment on function private.render_for(uuid, text, text, text) is
'{body_text, body_html} of a template rendered with a tracked email''s values; the signature is appended when the '
'template does not place it (R16). Stable.';

-- R16: the language of a tracked email is its message's (analysis.language, from the worker's detector).
create or replace function private.tracked_email_language()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
    if new.language is null then
        select lower(m.analysis ->> 'language') into new.language from public.messages as m
        where m.id = new.message_id and lower(m.analysis ->> 'language') ~ '^[a-z]{2}$';
    end if;
    return new;
end
$$;
revoke all on function private.tracked_email_language() from public;
comment on function private.tracked_email_language() is
'Trigger: a new tracked email takes the language the worker detected in its message (analysis.language).';

create or replace trigger tracked_email_language
before insert on public.tracked_emails
for each row execute function private.tracked_email_language();

-- The RPCs -------------------------------------------------------------------------------------------------------

-- Admins of the team only; the service role and a direct connection without claims (tests, the demo, an operator)
-- too, for a team that exists. Shared by the admins' RPCs (templates here, routing rules in 173_routing.sql).
create or replace function private.require_team_admin(p_team_id uuid, p_what text)
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
    if (select auth.uid()) is null and coalesce(auth.role(), 'service_role') = 'service_role' then
        if not exists (select 1 from public.teams where id = p_team_id) then
            raise exception 'no such team' using errcode = 'P0002';
        end if;
        return;
    end if;
    if p_team_id is null or not exists (select 1 from private.my_admin_team_ids() as i where i = p_team_id) then
        raise exception 'only an admin of the team can %', p_what using errcode = '42501';
    end if;
end
$$;
revoke all on function private.require_team_admin(uuid, text) from public;
grant execute on function private.require_team_admin(uuid, text) to authenticated, service_role;
comment on function private.require_team_admin(uuid, text) is
'Raises 42501 ("only an admin of the team can p_what") unless the caller administers the team (the service role '
'and a direct connection pass, P0002 for an unknown team).';

-- A template's bodies as stored, checked: raises 22023 naming the field and what is wrong.
create or replace function private.checked_bodies(
    p_body_text text, p_body_html text, out body_text text,
    out body_html text
)
language plpgsql
immutable
set search_path = ''
as $$
begin
    body_text := private.clean_body(p_body_text, 'body_text', 10000);
    perform private.check_template(body_text, 'body_text');
    if p_body_html is not null then
        body_html := private.clean_body(p_body_html, 'body_html', 50000);
        perform private.check_template(body_html, 'body_html');
        perform private.check_safe_html(body_html, 'body_html');
    end if;
end
$$;
revoke all on function private.checked_bodies(text, text) from public;
comment on function private.checked_bodies(text, text) is
'The text and HTML bodies of a template, cleaned and checked (placeholders, safe HTML); raises 22023.';

create or replace function public.create_followup_template(
    p_team_id uuid,
    p_step integer,
    p_language text,
    p_body_text text,
    p_body_html text default null,
    p_mailbox_id uuid default null,
    p_variant text default 'A',
    p_weight integer default 1,
    p_now timestamptz default null
)
returns public.followup_templates
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_now timestamptz;
    v_b record;
    v_row public.followup_templates;
begin
    p_now := private.caller_now(p_now);
    v_now := p_now;
    perform private.require_team_admin(p_team_id, 'change its follow-up templates');
    if p_mailbox_id is not null and not exists (
        select 1 from public.mailboxes as m where m.id = p_mailbox_id and m.team_id = p_team_id
    ) then
        raise exception 'no such mailbox in the team' using errcode = '22023';
    end if;
    if p_step is null or p_step not between 1 and 10 then
        raise exception 'step must be between 1 and 10 (got %)', p_step using errcode = '22023';
    end if;
    if p_language is null or lower(p_language) !~ '^[a-z]{2}$' then
        raise exception 'language must be an ISO 639-1 code such as fr or en (got %)', left(p_language, 20)
            using errcode = '22023';
    end if;
    if p_variant is null or p_variant !~ '^[A-Za-z0-9][A-Za-z0-9 _-]{0,31}$' then
        raise exception 'variant must be 1-32 letters, digits, spaces, _ or - (got %)', left(p_variant, 40)
            using errcode = '22023';
    end if;
    if p_weight is null or p_weight not between 1 and 1000 then
        raise exception 'weight must be between 1 and 1000 (got %)', p_weight using errcode = '22023';
    end if;
    v_b := private.checked_bodies(p_body_text, p_body_html);
    begin
        insert into public.followup_templates (
            team_id, mailbox_id, step, language, variant, weight, body_text, body_html, created_by, created_at,
            updated_at
        )
        values (
            p_team_id, p_mailbox_id, p_step, lower(p_language), p_variant, p_weight, v_b.body_text, v_b.body_html,
            (select auth.uid()), v_now, v_now
        )
        returning * into v_row;
    exception when unique_violation then
        raise exception '%', format('a template already exists for step %s, language %s, variant %s%s', p_step,
            lower(p_language), p_variant, case when p_mailbox_id is null then '' else ' of this mailbox' end)
            using errcode = '23505', hint = 'Edit it (update_followup_template) or archive it first.';
    end;
    perform private.audit(p_team_id, 'followup_template', v_row.id::text, 'created', null, to_jsonb(v_row), v_now);
    return v_row;
end
$$;
revoke all on function public.create_followup_template(
    uuid, integer, text, text, text, uuid, text, integer,
    timestamptz
) from public, anon;
grant execute on function public.create_followup_template(
    uuid, integer, text, text, text, uuid, text, integer,
    timestamptz
) to authenticated, service_role;
comment on function public.create_followup_template(
    uuid, integer, text, text, text, uuid, text, integer,
    timestamptz
) is
'Creates a follow-up template (admins): step, language, text body (HTML body optional: generated from the text '
'otherwise), optionally for one mailbox, an A/B variant and its weight. Unknown placeholders and unsafe HTML '
'are refused, naming them. Audited.';

create or replace function private.template_for_admin(p_template_id uuid, p_what text)
returns public.followup_templates
language plpgsql
stable
set search_path = ''
as $$
declare
    v_row public.followup_templates;
begin
    select * into v_row from public.followup_templates where id = p_template_id;
    if not found or not exists (select 1 from private.my_admin_team_ids() as i where i = v_row.team_id) then
        raise exception 'no such template, or only an admin of its team can %', p_what using errcode = '42501';
    end if;
    return v_row;
end
$$;
revoke all on function private.template_for_admin(uuid, text) from public;
comment on function private.template_for_admin(uuid, text) is
'The template, when the caller administers its team; raises 42501 otherwise.';

create or replace function public.update_followup_template(
    p_template_id uuid,
    p_body_text text default null,
    p_body_html text default null,
    p_weight integer default null,
    p_clear_html boolean default false,
    p_now timestamptz default null
)
returns public.followup_templates
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_now timestamptz;
    v_before public.followup_templates := private.template_for_admin(p_template_id, 'change it');
    v_b record;
    v_row public.followup_templates;
begin
    p_now := private.caller_now(p_now);
    v_now := p_now;
    if v_before.archived_at is not null then
        raise exception 'this template is archived: create a new one' using errcode = '22023';
    end if;
    if p_weight is not null and p_weight not between 1 and 1000 then
        raise exception 'weight must be between 1 and 1000 (got %)', p_weight using errcode = '22023';
    end if;
    v_b := private.checked_bodies(
        coalesce(p_body_text, v_before.body_text),
        case when p_clear_html then null else coalesce(p_body_html, v_before.body_html) end
    );
    update public.followup_templates
    set body_text = v_b.body_text, body_html = v_b.body_html, weight = coalesce(p_weight, weight), updated_at = v_now
    where id = p_template_id
    returning * into v_row;
    perform private.audit(v_row.team_id, 'followup_template', v_row.id::text, 'updated', to_jsonb(v_before),
        to_jsonb(v_row), v_now);
    return v_row;
end
$$;
revoke all on function public.update_followup_template(uuid, text, text, integer, boolean, timestamptz)
from public, anon;
grant execute on function public.update_followup_template(uuid, text, text, integer, boolean, timestamptz)
to authenticated, service_role;
comment on function public.update_followup_template(uuid, text, text, integer, boolean, timestamptz) is
'Changes a template''s bodies or weight (admins; null leaves a field as it is, p_clear_html drops the HTML body). '
'Checked as on creation. Audited.';

create or replace function public.archive_followup_template(p_template_id uuid, p_now timestamptz default null)
returns public.followup_templates
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_now timestamptz;
    v_before public.followup_templates := private.template_for_admin(p_template_id, 'archive it');
    v_row public.followup_templates;
begin
    p_now := private.caller_now(p_now);
    v_now := p_now;
    if v_before.archived_at is not null then
        return v_before;
    end if;
    update public.followup_templates set archived_at = v_now, updated_at = v_now where id = p_template_id
    returning * into v_row;
    perform private.audit(v_row.team_id, 'followup_template', v_row.id::text, 'archived', to_jsonb(v_before),
        to_jsonb(v_row), v_now);
    return v_row;
end
$$;
revoke all on function public.archive_followup_template(uuid, timestamptz) from public, anon;
grant execute on function public.archive_followup_template(uuid, timestamptz) to authenticated, service_role;
comment on function public.archive_followup_template(uuid, timestamptz) is
'Archives a template (admins): no follow-up uses it any more (tracked emails that had it get another variant or '
'the built-in text). Idempotent. Audited.';

create or replace function public.stop_followup_variant(
    p_template_id uuid, p_stopped boolean default true, p_now timestamptz default null
)
returns public.followup_templates
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_now timestamptz;
    v_before public.followup_templates := private.template_for_admin(p_template_id, 'stop it');
    v_row public.followup_templates;
begin
    p_now := private.caller_now(p_now);
    v_now := p_now;
    if v_before.archived_at is not null then
        raise exception 'this template is archived' using errcode = '22023';
    end if;
    if (v_before.stopped_at is not null) = coalesce(p_stopped, true) then
        return v_before;
    end if;
    update public.followup_templates
    set stopped_at = case when coalesce(p_stopped, true) then v_now end, updated_at = v_now
    where id = p_template_id
    returning * into v_row;
    perform private.audit(v_row.team_id, 'followup_template', v_row.id::text,
        case when v_row.stopped_at is null then 'restarted' else 'stopped' end, to_jsonb(v_before), to_jsonb(v_row),
        v_now);
    return v_row;
end
$$;
revoke all on function public.stop_followup_variant(uuid, boolean, timestamptz) from public, anon;
grant execute on function public.stop_followup_variant(uuid, boolean, timestamptz) to authenticated, service_role;
comment on function public.stop_followup_variant(uuid, boolean, timestamptz) is
'Stops an A/B variant (admins): no new tracked email gets it, those that have it keep it (p_stopped false '
'restarts it). Idempotent. Audited.';

create or replace function public.preview_followup_template(
    p_tracked_email_id uuid,
    p_template_id uuid default null,
    p_body_text text default null,
    p_body_html text default null,
    p_step integer default 1
)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
    v_t public.tracked_emails;
    v_ft public.followup_templates;
    v_b record;
    v_language text;
    v_max integer;
begin
    select * into v_t from public.tracked_emails where id = p_tracked_email_id;
    if not found or not exists (select 1 from private.my_admin_team_ids() as i where i = v_t.team_id) then
        raise exception 'no such tracked email, or only an admin of its team can preview its follow-ups'
            using errcode = '42501';
    end if;
    if p_template_id is not null then
        select * into v_ft from public.followup_templates where id = p_template_id and team_id = v_t.team_id;
        if not found then
            raise exception 'no such template in the tracked email''s team' using errcode = '22023';
        end if;
        v_language := v_ft.language;
        v_b := private.checked_bodies(v_ft.body_text, v_ft.body_html);
    elsif p_body_text is not null then
        v_b := private.checked_bodies(p_body_text, p_body_html);
    else
        select s.max_followups into v_max from private.mailbox_settings(v_t.mailbox_id) as s;
        v_language := coalesce(v_t.language, (select s.default_language from public.team_settings as s
            where s.team_id = v_t.team_id), 'fr');
        v_b := private.checked_bodies(private.builtin_signed(
            v_t.mailbox_id, private.builtin_template(coalesce(p_step, 1), v_max, v_language)
        ), null);
    end if;
    v_language := coalesce(v_language, v_t.language, (select s.default_language from public.team_settings as s
        where s.team_id = v_t.team_id), 'fr');
    return private.render_for(v_t.id, v_b.body_text, v_b.body_html, v_language)
        || jsonb_build_object('language', v_language, 'template_id', v_ft.id);
end
$$;
revoke all on function public.preview_followup_template(uuid, uuid, text, text, integer) from public, anon;
grant execute on function public.preview_followup_template(uuid, uuid, text, text, integer)
to authenticated, service_role;
comment on function public.preview_followup_template(uuid, uuid, text, text, integer) is
'What a follow-up of a real tracked email would say (admins): a saved template, a draft body (checked as on '
'saving), or the built-in text of p_step in its language; {body_text, body_html, language}. Changes nothing.';

-- Signatures ------------------------------------------------------------------------------------------------------

-- The signature's HTML: the given one (checked against the safe subset), else generated from the text.
create or replace function private.checked_signature(
    p_text text, p_html text, out signature_text text,
    out signature_html text
)
language plpgsql
immutable
set search_path = ''
as $$
begin
    signature_text := private.clean_body(p_text, 'signature_text', 2000);
    if p_html is null then
        signature_html := replace(private.html_escape(signature_text), E'\n', E'<br>\n');
    else
        signature_html := private.clean_body(p_html, 'signature_html', 10000);
        perform private.check_safe_html(signature_html, 'signature_html');
    end if;
end
$$;
revoke all on function private.checked_signature(text, text) from public;
comment on function private.checked_signature(text, text) is
'A signature as stored: text cleaned, HTML checked (safe subset) or generated from the text; raises 22023.';

create or replace function worker.propose_mailbox_signature(
    p_mailbox_id uuid, p_text text, p_html text default null, p_now timestamptz default now()
)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_s record := private.checked_signature(p_text, p_html);
begin
    insert into private.mailbox_signatures (mailbox_id, team_id, proposed_text, proposed_html, proposed_at)
    select m.id, m.team_id, v_s.signature_text, v_s.signature_html, p_now from public.mailboxes as m
    where m.id = p_mailbox_id
    on conflict (mailbox_id) do update
    set proposed_text = excluded.proposed_text, proposed_html = excluded.proposed_html,
        proposed_at = excluded.proposed_at;
end
$$;
revoke all on function worker.propose_mailbox_signature(uuid, text, text, timestamptz) from public, anon,
authenticated;
grant execute on function worker.propose_mailbox_signature(uuid, text, text, timestamptz) to service_role;
comment on function worker.propose_mailbox_signature(uuid, text, text, timestamptz) is
'Records the signature the worker found in the mailbox''s own sent mail, for its user to confirm.';

create or replace function public.get_mailbox_signature(p_mailbox_id uuid)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
    perform private.require_mailbox(p_mailbox_id);
    return coalesce((
        select jsonb_build_object(
            'proposed_text', s.proposed_text, 'proposed_html', s.proposed_html, 'proposed_at', s.proposed_at,
            'signature_text', s.signature_text, 'signature_html', s.signature_html, 'confirmed_at', s.confirmed_at
        )
        from private.mailbox_signatures as s where s.mailbox_id = p_mailbox_id
    ), '{}');
end
$$;
revoke all on function public.get_mailbox_signature(uuid) from public, anon;
grant execute on function public.get_mailbox_signature(uuid) to authenticated, service_role;
comment on function public.get_mailbox_signature(uuid) is
'The mailbox''s signature (its owner or an admin): the proposed one and the confirmed one, plain and HTML.';

create or replace function public.confirm_mailbox_signature(
    p_mailbox_id uuid, p_text text default null, p_html text default null, p_now timestamptz default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_now timestamptz;
    v_before private.mailbox_signatures;
    v_s record;
begin
    p_now := private.caller_now(p_now);
    v_now := p_now;
    perform private.require_mailbox(p_mailbox_id);
    select * into v_before from private.mailbox_signatures where mailbox_id = p_mailbox_id;
    if p_text is null then
        if v_before.proposed_text is null then
            raise exception 'no signature has been proposed for this mailbox yet: write one' using errcode = '22023';
        end if;
        v_s := private.checked_signature(v_before.proposed_text, v_before.proposed_html);
    else
        v_s := private.checked_signature(p_text, p_html);
    end if;
    insert into private.mailbox_signatures (mailbox_id, team_id, signature_text, signature_html, confirmed_at,
        confirmed_by)
    select m.id, m.team_id, v_s.signature_text, v_s.signature_html, v_now, (select auth.uid())
    from public.mailboxes as m where m.id = p_mailbox_id
    on conflict (mailbox_id) do update
    set signature_text = excluded.signature_text, signature_html = excluded.signature_html,
        confirmed_at = excluded.confirmed_at, confirmed_by = excluded.confirmed_by;
    perform private.audit((select m.team_id from public.mailboxes as m where m.id = p_mailbox_id),
        'mailbox_signature', p_mailbox_id::text, 'confirmed',
        jsonb_build_object('signature_text', v_before.signature_text, 'signature_html', v_before.signature_html),
        jsonb_build_object('signature_text', v_s.signature_text, 'signature_html', v_s.signature_html), v_now);
    return public.get_mailbox_signature(p_mailbox_id);
end
$$;
revoke all on function public.confirm_mailbox_signature(uuid, text, text, timestamptz) from public, anon;
grant execute on function public.confirm_mailbox_signature(uuid, text, text, timestamptz) to authenticated,
service_role;
comment on function public.confirm_mailbox_signature(uuid, text, text, timestamptz) is
'Sets the mailbox''s signature (its owner or an admin): the given text (and safe HTML), or the proposed one when '
'none is given. {{signature}} appends it. Audited.';

-- A/B statistics ------------------------------------------------------------------------------------------------

-- When the follow-up after an automatic one (step p_seq, sent at p_sent_at) left: the engine's next or one the user
-- wrote by hand (R4: a follow-up too), whichever came first; an answer after it is not that send's. Shared by
-- followup_variant_stats and the report (private.report_variant_rows); security invoker, so the caller's RLS holds.
create or replace function private.next_followup_at(p_tracked_email_id uuid, p_seq integer, p_sent_at timestamptz)
returns timestamptz
language sql
stable
set search_path = ''
as $$
    select least(
        (
            select min(n.sent_at) from public.followups as n
            where n.tracked_email_id = p_tracked_email_id and n.status = 'sent' and n.seq > p_seq
        ),
        (
            select min(mf.sent_at) from public.manual_followups as mf
            where mf.tracked_email_id = p_tracked_email_id and mf.sent_at > p_sent_at
        )
    )
$$;

revoke all on function private.next_followup_at(uuid, integer, timestamptz) from public;
grant execute on function private.next_followup_at(uuid, integer, timestamptz) to authenticated, service_role;
comment on function private.next_followup_at(uuid, integer, timestamptz) is
'When the next follow-up (automatic or manual) after automatic follow-up p_seq, sent at p_sent_at, was sent; null '
'if none. Stable.';

-- Per variant and step: the follow-ups sent with it, the answers that came after it and before the next
-- follow-up, the reply rate with its Wilson 95 % interval, the median time to reply, the opt-outs and bounces
-- in the same window. security_invoker: the caller sees the variants of the tracked emails RLS shows them.
create or replace view public.followup_variant_stats
with (security_invoker = true) as
with sends as (
    select
        a.team_id,
        a.step,
        a.language,
        a.variant,
        a.template_id,
        f.sent_at,
        coalesce(t.answer_credited_at, t.answered_at) as answered_at,
        t.status,
        t.status_changed_at,
        private.next_followup_at(f.tracked_email_id, f.seq, f.sent_at) as next_sent_at
    from public.followup_variant_assignments as a
    inner join public.followups as f on a.tracked_email_id = f.tracked_email_id and a.step = f.seq
    inner join public.tracked_emails as t on a.tracked_email_id = t.id
    where f.status = 'sent'
),

outcomes as (
    select
        s.*,
        -- A request to stop is counted as an opt-out of its step, never as a reply (the report's rule too).
        s.status <> 'opted_out' and s.answered_at >= s.sent_at
        and (s.next_sent_at is null or s.answered_at < s.next_sent_at) as replied,
        s.status_changed_at >= s.sent_at and (s.next_sent_at is null or s.status_changed_at < s.next_sent_at)
            as in_window
    from sends as s
),

counts as (
    select
        o.team_id,
        o.step,
        o.language,
        o.variant,
        o.template_id,
        count(*) as sent,
        count(*) filter (where o.replied) as replied,
        percentile_cont(0.5) within group (order by extract(epoch from o.answered_at - o.sent_at))
        filter (where o.replied) as median_seconds,
        count(*) filter (where o.status = 'opted_out' and o.in_window) as opted_out,
        count(*) filter (where o.status = 'bounced' and o.in_window) as bounced
    from outcomes as o
    group by o.team_id, o.step, o.language, o.variant, o.template_id
),

-- The Wilson 95 % interval, as the report computes it (private.report_wilson, 012_stats.sql).
rates as (
    select
        c.*,
        private.report_wilson(c.replied, c.sent) as bounds
    from counts as c
)

select
    c.team_id,
    c.step,
    c.language,
    c.variant,
    c.template_id,
    ft.stopped_at,
    ft.archived_at,
    c.sent,
    c.replied,
    round(c.replied::numeric / c.sent, 4) as reply_rate,
    c.bounds[1] as reply_rate_low,
    c.bounds[2] as reply_rate_high,
    make_interval(secs => c.median_seconds) as median_time_to_reply,
    c.opted_out,
    c.bounced
from rates as c
left join public.followup_templates as ft on c.template_id = ft.id;

grant select on public.followup_variant_stats to authenticated, service_role;
comment on view public.followup_variant_stats is
'Per A/B variant and step: follow-ups sent, replies (after it, before the next), reply rate with its Wilson 95 % '
'interval (reply_rate_low, reply_rate_high), median time to reply, opt-outs and bounces. Under the caller''s RLS.';

-- What the worker reads to propose a mailbox's signature: the mailbox's address and name, the signature already
-- proposed or confirmed, and the text of the user's own latest sent messages (never the engine's follow-ups).
create or replace function worker.signature_sources(p_mailbox_id uuid, p_limit integer default 20)
returns table (
    address text, display_name text, proposed_text text, confirmed boolean, bodies text[]
)
language sql
stable
security definer
set search_path = ''
as $$
    select m.address, m.display_name, s.proposed_text, s.confirmed_at is not null,
        array(
            select x.body_text from public.messages as x
            where x.mailbox_id = m.id and x.direction = 'outbound' and x.kind = 'human' and x.body_text is not null
            order by x.sent_at desc nulls last
            limit least(greatest(p_limit, 1), 100)
        )
    from public.mailboxes as m
    left join private.mailbox_signatures as s on s.mailbox_id = m.id
    where m.id = p_mailbox_id
$$;
revoke all on function worker.signature_sources(uuid, integer) from public, anon, authenticated;
grant execute on function worker.signature_sources(uuid, integer) to service_role;
comment on function worker.signature_sources(uuid, integer) is
'The mailbox''s address, name, current signature state and the text of its user''s latest sent messages (at '
'most p_limit, 100), from which the worker proposes a signature.';
