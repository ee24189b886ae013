"""Help-desk layouts of blind17: an agent's reply sent by Freshdesk (Italian), Zendesk (Spanish) and Znuny/OTRS
(French). The agent's comment and personal signature are the new text; the desk's template lines, ticket markers,
queue signatures and the quoted customer message are not."""

import loc17 as LC
from clients17 import R, block, divs, esc, lab, own_parts, qline, quote_doc, register


def r_freshdesk(ctx, n):
    text, sig, _ = own_parts(ctx, n)
    own = block(text, sig, [])
    label = lab(own)
    par = ctx.view(n)
    pn = ctx.node(n["parent"])
    dt = LC.at(ctx.when(pn), n["frm"].tz)
    wd = LC.DAYS_AB["it"][dt.weekday()]
    mo = LC.MONTHS_AB["it"][dt.month - 1].capitalize()
    attr = f"Il {wd}, {dt.day} {mo} alle {LC.hm(dt)} , {pn['frm'].name} <{pn['frm'].email}> ha scritto:"
    qs = [qline(x, "spaced") for x in quote_doc(par.doc, "spaced")]
    plain = [*own, "", "", attr, "", *qs]
    inner = (
        f'<div style="font-family: -apple-system, BlinkMacSystemFont, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif; font-size: 14px">{divs(own)}</div>\n'
        f'<div class="freshdesk_quote"><blockquote class="freshdesk_quote">{esc(attr)}<br>{par.inner}</blockquote></div>\n'
    )
    html = f"<html><head></head><body>{inner}</body></html>\n"
    return R([*own, "", attr, ""], inner, plain, html, label, top=True)


ZD_TOP = "##- Escriba su respuesta por encima de esta línea -##"


def zd_date(dt):
    return f"{dt.day} {LC.MONTHS_AB['es'][dt.month - 1]} {dt.year}, {dt.hour}:{dt.minute:02d} CET"


def r_zendesk(ctx, n):
    text, sig, _ = own_parts(ctx, n)
    own = block(text, sig, [])
    label = lab(own)
    pn = ctx.node(n["parent"])
    pt, psig, _ = own_parts(ctx, pn)
    prev = block(pt, psig, [])
    me = n["frm"]
    ticket = n["ticket"]
    atts = [a for a, _ in n.get("attach", [])]
    plain = [
        ZD_TOP,
        "",
        f"Su solicitud ({ticket}) ha sido actualizada. Para añadir comentarios adicionales, responda a este correo electrónico.",
        "",
        "----------------------------------------------",
        "",
        f"{sig[0] if sig else me.name} ({me.org.name})",
        "",
        zd_date(LC.at(ctx.when(n), 1)),
        "",
        *own,
        "",
    ]
    if atts:
        plain += ["Archivos adjuntos", *atts, ""]
    plain += [
        "----------------------------------------------",
        "",
        pn["frm"].name,
        "",
        zd_date(LC.at(ctx.when(pn), 1)),
        "",
        *prev,
        "",
        "--------------------------------",
        f"Este correo electrónico es un servicio de {me.org.name}.",
        "Con tecnología de Zendesk",
        "",
        f"[{n['zd_ref']}]",
    ]
    grey = 'style="color:#b5b5b5"'
    inner = (
        f'<div style="color: #b5b5b5;">{esc(ZD_TOP)}</div>\n'
        f'<p dir="ltr" style="color: #2b2e2f; font-family: Helvetica, Arial, sans-serif; font-size: 14px">Su solicitud ({ticket}) ha sido actualizada. '
        "Para añadir comentarios adicionales, responda a este correo electrónico.</p>\n"
        '<div style="margin-top: 25px"><table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation">'
        f'<tr><td width="100%" style="padding: 15px 0; border-top: 1px dotted #c5c5c5;"><table width="100%"><tr><td><p><strong>{esc(sig[0] if sig else me.name)} ({esc(me.org.name)})</strong></p>'
        f"<p {grey}>{esc(zd_date(LC.at(ctx.when(n), 1)))}</p>\n"
        f'<div class="zd-comment" dir="auto">{divs(own)}</div>\n'
        + (f"<p><strong>Archivos adjuntos</strong></p>{divs(atts)}" if atts else "")
        + '</td></tr></table></td></tr>\n<tr><td width="100%" style="padding: 15px 0; border-top: 1px dotted #c5c5c5;"><table width="100%"><tr><td>'
        f"<p><strong>{esc(pn['frm'].name)}</strong></p><p {grey}>{esc(zd_date(LC.at(ctx.when(pn), 1)))}</p>\n"
        f'<div class="zd-comment" dir="auto">{divs(prev)}</div></td></tr></table></td></tr></table></div>\n'
        f'<div style="color: #aaaaaa; margin: 10px 0 14px 0; padding-top: 10px; border-top: 1px solid #eeeeee;">Este correo electrónico es un servicio de {esc(me.org.name)}.<br>'
        f'Con tecnología de <a href="https://www.zendesk.es" style="color: black;">Zendesk</a></div>\n'
        f'<span style="color:#FFFFFF" aria-hidden="true">[{esc(n["zd_ref"])}]</span>\n'
    )
    html = f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>{inner}</body></html>\n'
    return R(plain, inner, plain, html, label, top=False)


def r_otrs(ctx, n):
    text, sig, _ = own_parts(ctx, n)
    own = block(text, sig, [])
    label = lab(own)
    par = ctx.view(n)
    pn = ctx.node(n["parent"])
    dt = LC.at(ctx.when(pn), n["frm"].tz)
    queue_sig = n["queue_sig"]
    attr = f"{dt.day:02d}/{dt.month:02d}/{dt.year} {LC.hm(dt)} - {pn['frm'].name} a écrit :"
    qs = [qline(x, "spaced") for x in quote_doc(par.doc, "spaced")]
    plain = [*own, "", "-- ", *queue_sig, "", attr, *qs]
    inner = (
        f"{divs(own)}<br>-- <br>{'<br>'.join(esc(x) for x in queue_sig)}<br><br>{esc(attr)}<br>"
        f'<div type="cite" style="border:none; border-left:solid blue 1.5pt; padding:0cm 0cm 0cm 4.0pt">{par.inner}</div>\n'
    )
    html = f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/></head><body style="font-family:Geneva,Helvetica,Arial,sans-serif; font-size: 12px;">{inner}</body></html>\n'
    return R([*own, "", attr, ""], inner, plain, html, label, top=True)


register("freshdesk", r_freshdesk)
register("zendesk", r_zendesk)
register("otrs", r_otrs)
