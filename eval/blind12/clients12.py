"""Per-client MIME builders for blind12 human replies.

Each builder takes a top-level render.M (the reply) and returns (raw_bytes, label_lines, mode, top) where
mode is "text" when a text/plain body exists and "html" otherwise, and top says the new text opens the body.
"""
from datetime import timedelta

from mime12 import (Part, addr, addrlist, b64, ew, flow, hexid, lowhex, message, multipart, rng, text_part,
                    thread_index)
from render import html, label_of, plain

DOC_IPS = ["192.0.2.", "198.51.100.", "203.0.113."]


def received(m, r, inbound=None):
    dom = m.frm.email.split("@")[1]
    to_dom = inbound or (m.to[0].email.split("@")[1] if m.to else "example.net")
    t = m.date + timedelta(seconds=r.randrange(3, 95))
    ip = r.choice(DOC_IPS) + str(r.randrange(2, 250))
    from email.utils import format_datetime
    return [("Received", f"from mail.{dom} (mail.{dom} [{ip}])\r\n\tby mx{r.randrange(1, 4)}.{to_dom} with ESMTP "
                         f"id {hexid(r, 10)}\r\n\tfor <{m.to[0].email if m.to else 'undisclosed'}>; "
                         f"{format_datetime(t)}")]


PREFIXES = ("Re: ", "RE: ", "AW: ", "R: ", "SV: ", "TR: ", "FW: ", "Fwd: ", "RE : ", "Odp: ", "WG: ", "VS: ",
            "Aw: ", "Antw: ", "Rif: ", "Res: ", "Ynt: ")


def subj(s, cs="utf-8", mode="Q", whole=False):
    """Encoded subject; the reply prefix stays literal unless whole=True (as Outlook does)."""
    if all(ord(c) < 128 for c in s):
        return s
    if not whole:
        for p in PREFIXES:
            if s.startswith(p) and any(ord(c) > 127 for c in s[len(p):]):
                return p + ew(s[len(p):], cs, mode)
    return ew(s, cs, mode)


def A(p, cs="utf-8", mode="Q", quote=False, display=None):
    return addr(display if display is not None else p.name, p.email, cs, mode, quote)


def alist(ps, cs="utf-8", mode="Q", quote=False, fold="\r\n\t", disp=None):
    return addrlist([A(p, cs, mode, quote, (disp(p) if disp else None)) for p in ps], fold)


def thread_hdrs(m, refs=True):
    out = []
    if m.quote is not None:
        out.append(("In-Reply-To", m.quote.mid))
        if refs:
            out.append(("References", "\r\n ".join(m.refs())))
    return out


def flow_keep_after(m, lines, width=72, delsp=False):
    """format=flowed for what the client wrote; a list footer appended later by the list server stays as is."""
    n = len(m.after)
    if not n:
        return flow(lines, width, delsp)
    return flow(lines[:-n], width, delsp) + lines[-n:]


def result(m, headers, part, pairs, mode):
    raw = message(headers, part)
    label = label_of(pairs)
    top = m.pos == "top" and m.inline is None and not m.opt.get("not_top")
    return raw, label, mode, top


def body_text(pairs):
    return "\n".join(x for x, _ in pairs) + "\n"


# --------------------------------------------------------------------------
# Outlook family
# --------------------------------------------------------------------------
def exch_disp(p):
    return p.ol if "," in p.ol else p.name


def outlook_plain(m, ver="2000ims", cs="us-ascii", cte="7bit", **kw):
    r = rng("olp", m.mid)
    pairs = plain(m, top=True)
    part = text_part(body_text(pairs), f'text/plain;\r\n\tcharset="{cs}"', cs, cte)
    h = received(m, r)
    if ver == "2000ims":
        h += [("Message-ID", m.mid), ("From", A(m.frm, cs, display=exch_disp(m.frm))),
              ("To", alist(m.to, cs, disp=lambda p: exch_disp(p) if "," in p.ol else f"'{p.name}'")),
              ]
        if m.cc:
            h.append(("Cc", alist(m.cc, cs, disp=lambda p: exch_disp(p) if "," in p.ol else f"'{p.name}'")))
        h += [("Subject", subj(m.subject, cs)), ("Date", fmt(m)), ("MIME-Version", "1.0"),
              ("X-Mailer", "Internet Mail Service (5.5.2653.19)")]
    else:
        h += [("From", A(m.frm, cs, quote=True)), ("To", alist(m.to, cs, disp=lambda p: f"'{p.name}'"))]
        if m.cc:
            h.append(("Cc", alist(m.cc, cs, disp=lambda p: f"'{p.name}'")))
        h += [("Subject", subj(m.subject, cs)), ("Date", fmt(m)), ("Message-ID", m.mid), ("MIME-Version", "1.0")]
        build = {"2000imo": "Microsoft Outlook IMO, Build 9.0.6604 (9.0.2911.0)",
                 "xp": "Microsoft Outlook, Build 10.0.4510", "2003": "Microsoft Office Outlook, Build 11.0.6353"}[ver]
        tail = [("X-Priority", "3 (Normal)"), ("X-MSMail-Priority", "Normal"), ("X-Mailer", build)]
        if ver == "2003":
            tail.append(("Thread-Index", thread_index(r, 1 + len(m.refs()))))
        tail += [("Importance", "Normal")]
        if m.quote is not None and kw.get("irt", ver != "2000imo"):
            tail.append(("In-Reply-To", m.quote.mid))
        tail.append(("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2800.1441" if ver != "2000imo"
                     else "Produced By Microsoft MimeOLE V5.50.4807.1700"))
        part.headers += tail
    return result(m, h, part, pairs, "text")


def fmt(m):
    from email.utils import format_datetime
    return format_datetime(m.date)


MSO_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/'
            'omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
            'charset={cs}"><meta name=Generator content="Microsoft Word {wv} (filtered medium)"><style><!--\r\n'
            '/* Font Definitions */\r\n@font-face\r\n\t{{font-family:Calibri;\r\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}\r\n'
            '@font-face\r\n\t{{font-family:Tahoma;\r\n\tpanose-1:2 11 6 4 3 5 4 4 2 4;}}\r\n'
            '/* Style Definitions */\r\np.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{{margin:0cm;\r\n\t'
            'margin-bottom:.0001pt;\r\n\tfont-size:12.0pt;\r\n\tfont-family:"Times New Roman",serif;}}\r\n'
            'a:link, span.MsoHyperlink\r\n\t{{mso-style-priority:99;\r\n\tcolor:blue;\r\n\ttext-decoration:underline;}}'
            '\r\nspan.EmailStyle17\r\n\t{{mso-style-type:personal-reply;\r\n\tfont-family:"Calibri",sans-serif;\r\n\t'
            'color:#1F497D;}}\r\n.MsoChpDefault\r\n\t{{mso-style-type:export-only;}}\r\n@page WordSection1\r\n\t'
            '{{size:612.0pt 792.0pt;\r\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}}\r\ndiv.WordSection1\r\n\t'
            '{{page:WordSection1;}}\r\n--></style><!--[if gte mso 9]><xml>\r\n<o:shapedefaults v:ext="edit" '
            'spidmax="1026" />\r\n</xml><![endif]--><!--[if gte mso 9]><xml>\r\n<o:shapelayout v:ext="edit">\r\n'
            '<o:idmap v:ext="edit" data="1" />\r\n</o:shapelayout></xml><![endif]--></head>'
            '<body lang={bl} link=blue vlink=purple><div class=WordSection1>')


def outlook_html(m, ver="2010", cs="us-ascii", cte="quoted-printable", lang_tag="en-US", hcs=None, **kw):
    """Outlook 2003-2019/365 desktop in HTML mode: multipart/alternative."""
    r = rng("olh", m.mid)
    pairs = plain(m, top=True)
    hcs = hcs or cs
    wv = {"2003": "11", "2007": "12", "2010": "14", "2013": "15", "2016": "15", "365": "15"}[ver]
    doc = MSO_HEAD.format(cs=hcs, wv=wv, bl=lang_tag.upper().replace("-", "-")) + "\r\n" + html(m, top=True) + \
        "\r\n</div></body></html>\r\n"
    b = f"_000_{hexid(r, 40)}{m.frm.email.split('@')[1].split('.')[0].upper()}_"
    if ver == "2003":
        b = f"----=_NextPart_000_00{hexid(r, 2)}_01C{hexid(r, 5)}.{hexid(r, 8)}"
    tp = text_part(body_text(pairs), f'text/plain; charset="{cs}"', cs, cte)
    hp = text_part(doc, f'text/html; charset="{hcs}"', hcs, cte)
    part = multipart("alternative", [tp, hp], b)
    if ver == "2003":
        part.headers = [("Content-Type", f'multipart/alternative;\r\n\tboundary="{b}"')]
        part.preamble = "This is a multi-part message in MIME format.\r\n"
    h = received(m, r)
    if ver == "2003":
        h += [("From", A(m.frm, cs, quote=True)), ("To", alist(m.to, cs, quote=True))]
        if m.cc:
            h.append(("Cc", alist(m.cc, cs, quote=True)))
        h += [("Subject", subj(m.subject, cs)), ("Date", fmt(m)), ("Message-ID", m.mid), ("MIME-Version", "1.0"),
              ("X-Mailer", "Microsoft Office Outlook, Build 11.0.6353"),
              ("Thread-Index", thread_index(r, 1 + len(m.refs())))]
        h += thread_hdrs(m, refs=False)
        h.append(("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.3138"))
        return result(m, h, part, pairs, "text")
    h += [("From", A(m.frm, cs, display=m.frm.ol if kw.get("gal_from") else None)),
          ("To", alist(m.to, cs, fold="\r\n\t"))]
    if m.cc:
        h.append(("CC", alist(m.cc, cs)))
    thr = m.subject
    for pre in ("RE: ", "AW: ", "R: ", "SV: ", "TR: ", "FW: ", "RE : ", "Odp: ", "WG: ", "VS: ", "Re: "):
        if thr.startswith(pre):
            thr = thr[len(pre):]
    h += [("Subject", subj(m.subject, cs, whole=True)), ("Thread-Topic", subj(thr, cs, whole=True)),
          ("Thread-Index", thread_index(r, 1 + len(m.refs()))), ("Date", fmt(m)), ("Message-ID", m.mid)]
    h += thread_hdrs(m)
    h += [("Accept-Language", f"{lang_tag.lower()}, en-US"), ("Content-Language", lang_tag.lower()),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if ver in ("2007", "2010", "2013"):
        h.append(("X-Mailer", {"2007": "Microsoft Office Outlook 12.0", "2010": "Microsoft Outlook 14.0",
                               "2013": "Microsoft Outlook 15.0"}[ver]))
    if ver in ("2016", "365"):
        h.append(("x-ms-exchange-organization-authas", "Internal"))
    h.append(("MIME-Version", "1.0"))
    return result(m, h, part, pairs, "text")


OWA_STYLE = ('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\r\n'
             '<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style>\r\n'
             '</head>\r\n<body dir="ltr">\r\n')


def owa(m, html_only=True, cs="utf-8", cte="quoted-printable", lang_tag="en-US", **kw):
    r = rng("owa", m.mid)
    pairs = plain(m, top=True)
    body = html(m, top=True, flavor=None)
    doc = OWA_STYLE.format(cs=cs) + body + "\r\n</body>\r\n</html>\r\n"
    hp = text_part(doc, f'text/html; charset="{cs}"', cs, cte)
    h = received(m, r, inbound=kw.get("inbound"))
    h += [("From", A(m.frm, cs)), ("To", alist(m.to, cs))]
    if m.cc:
        h.append(("CC", alist(m.cc, cs)))
    h += [("Subject", subj(m.subject, cs)), ("Thread-Topic", subj(m.subject.split(": ", 1)[-1], cs)),
          ("Thread-Index", thread_index(r, 1 + len(m.refs()))), ("Date", fmt(m)), ("Message-ID", m.mid)]
    h += thread_hdrs(m)
    h += [("Accept-Language", f"{lang_tag.lower()}, en-US"), ("Content-Language", lang_tag.lower()),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("msip_labels", ""), ("MIME-Version", "1.0")]
    if html_only:
        return result(m, h, hp, pairs, "html")
    tp = text_part(body_text(pairs), f'text/plain; charset="{cs}"', cs, cte)
    b = f"_000_{hexid(r, 40)}_"
    return result(m, h, multipart("alternative", [tp, hp], b), pairs, "text")


def outlook_mobile(m, os="Android", cs="utf-8", lang_tag="en-US", **kw):
    r = rng("olm", m.mid)
    pairs = plain(m, top=True)
    doc = ('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>'
           '\r\n<body>\r\n' + html(m, top=True) + '\r\n</body>\r\n</html>\r\n')
    tp = text_part(body_text(pairs), f'text/plain; charset="{cs}"', cs, "quoted-printable")
    hp = text_part(doc, f'text/html; charset="{cs}"', cs, "quoted-printable")
    b = f"_000_{hexid(r, 40)}_"
    h = received(m, r)
    h += [("From", A(m.frm, cs)), ("To", alist(m.to, cs))]
    if m.cc:
        h.append(("CC", alist(m.cc, cs)))
    h += [("Subject", subj(m.subject, cs)), ("Thread-Topic", subj(m.subject.split(": ", 1)[-1], cs)),
          ("Thread-Index", thread_index(r, 1 + len(m.refs()))), ("Date", fmt(m)), ("Message-ID", m.mid)]
    h += thread_hdrs(m)
    h += [("Accept-Language", f"{lang_tag.lower()}, en-US"), ("Content-Language", lang_tag.lower()),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return result(m, h, multipart("alternative", [tp, hp], b), pairs, "text")


# --------------------------------------------------------------------------
# Lotus Notes, GroupWise, Outlook Express, Eudora
# --------------------------------------------------------------------------
NOTES_REL = {"5": ("5.0.8", "June 18, 2001"), "6": ("6.0.3", "September 26, 2003"),
             "65": ("6.5.4", "March 27, 2005"), "7": ("7.0.2", "September 26, 2006"),
             "85": ("8.5.2FP3", "July 10, 2011")}


def notes(m, ver="5", cs="us-ascii", cte="7bit", html_part=None, router=None, **kw):
    r = rng("notes", m.mid)
    if router is None:
        org = (m.frm.notes or "x@SHE").split("@")[-1]
        router = {"SHE": "HOUMTA01/SHE", "BCP": "BCPSMTP01/BCP"}.get(org, f"SMTP01/{org}")
    pairs = plain(m, top=True)
    rv, rd = NOTES_REL[ver]
    tp = text_part(body_text(pairs), f"text/plain; charset={cs.upper() if ver != '5' else cs}", cs, cte)
    if html_part is None:
        html_part = ver != "5"
    h = received(m, r)
    frm = A(m.frm, cs) if not kw.get("bare_from") else m.frm.email
    h += [("Subject", subj(m.subject, cs)), ("To", alist(m.to, cs, fold="\r\n "))]
    if m.cc:
        h.append(("Cc", alist(m.cc, cs, fold="\r\n ")))
    h += [("X-Mailer", f"Lotus Notes Release {rv} {rd}" if ver != "5" else f"Lotus Notes Release {rv}  {rd}"),
          ("Message-ID", m.mid), ("From", frm), ("Date", fmt(m)),
          ("X-MIMETrack", f"Serialize by Router on {router}(Release {rv} |{rd}) at "
                          f"{m.date.month:02d}/{m.date.day:02d}/{m.date.year} "
                          f"{m.date.hour % 12 or 12:02d}:{m.date.minute:02d}:{r.randrange(60):02d} "
                          f"{'AM' if m.date.hour < 12 else 'PM'}"),
          ("MIME-Version", "1.0")]
    if ver in ("7", "85") and m.quote is not None:
        h += thread_hdrs(m, refs=False)
    if not html_part:
        return result(m, h, tp, pairs, "text")
    doc = html(m, top=True, flavor="notes") + "\r\n"
    hp = text_part(doc, f"text/html; charset={cs.upper()}", cs, cte)
    b = f"=_alternative {hexid(r, 16)}_="
    part = multipart("alternative", [tp, hp], b, ct=f'multipart/alternative; boundary="{b}"')
    return result(m, h, part, pairs, "text")


def groupwise(m, ver="6", cs="US-ASCII", cte="quoted-printable", html_part=False, **kw):
    r = rng("gw", m.mid)
    pairs = plain(m, top=True)
    tp = text_part(body_text(pairs), f"text/plain; charset={cs}", cs, cte,
                   extra=[("Content-Disposition", "inline")] if not html_part else [])
    h = received(m, r)
    gwv = {"5.5": "5.5.4.1", "6": "6.0.2", "6.5": "6.5.4", "7": "7.0.1", "8": "8.0.2"}[ver]
    h += [("Message-Id", m.mid), ("X-Mailer", f"Novell GroupWise Internet Agent {gwv}"), ("Date", fmt(m)),
          ("From", A(m.frm, cs, quote=True)), ("To", alist(m.to, cs, quote=True, fold="\r\n   "))]
    if m.cc:
        h.append(("Cc", alist(m.cc, cs, quote=True, fold="\r\n   ")))
    h += [("Subject", subj(m.subject, cs))]
    if ver in ("7", "8") and m.quote is not None:
        h += [("References", m.quote.mid), ("In-Reply-To", m.quote.mid)]
    h.append(("Mime-Version", "1.0"))
    if not html_part:
        return result(m, h, tp, pairs, "text")
    doc = ('<HTML><HEAD>\r\n<META content="text/html; charset=' + cs.lower() + '" http-equiv=Content-Type>\r\n'
           '<META name=GENERATOR content="MSHTML 8.00.6001.18904"></HEAD>\r\n<BODY style="MARGIN: 4px 4px 1px; '
           'FONT: 10pt Segoe UI">' + html(m, top=True, flavor="gw") + '</BODY></HTML>\r\n')
    hp = text_part(doc, f"text/html; charset={cs}", cs, cte)
    b = f"=__Part{hexid(r, 8)}.0__="
    return result(m, h, multipart("alternative", [tp, hp], b, ct=f'Multipart/alternative; boundary="{b}"'), pairs,
                  "text")


def outlook_express(m, cs="iso-8859-1", **kw):
    r = rng("oe", m.mid)
    pairs = plain(m, top=True)
    tp = text_part(body_text(pairs), f'text/plain;\r\n\tcharset="{cs}"', cs, "quoted-printable")
    doc = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\r\n<HTML><HEAD>\r\n<META '
           f'http-equiv=Content-Type content="text/html; charset={cs}">\r\n<META content="MSHTML 6.00.2800.1400" '
           'name=GENERATOR>\r\n<STYLE></STYLE>\r\n</HEAD>\r\n<BODY bgColor=#ffffff>\r\n' +
           html(m, top=True, flavor="oe") + '</BODY></HTML>\r\n')
    hp = text_part(doc, f'text/html;\r\n\tcharset="{cs}"', cs, "quoted-printable")
    b = f"----=_NextPart_000_00{hexid(r, 2)}_01C{hexid(r, 5)}.{hexid(r, 8)}"
    part = multipart("alternative", [tp, hp], b, preamble="This is a multi-part message in MIME format.\r\n")
    h = received(m, r)
    h += [("Message-ID", m.mid), ("From", A(m.frm, cs, quote=True)), ("To", alist(m.to, cs, quote=True))]
    if m.cc:
        h.append(("Cc", alist(m.cc, cs, quote=True)))
    h += thread_hdrs(m, refs=True)
    h += [("Subject", subj(m.subject, cs)), ("Date", fmt(m)), ("MIME-Version", "1.0"),
          ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
          ("X-Mailer", "Microsoft Outlook Express 6.00.2800.1158"),
          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2800.1165")]
    return result(m, h, part, pairs, "text")


def eudora(m, cs="us-ascii", flowed=True, **kw):
    r = rng("eud", m.mid)
    pairs = plain(m, top=True)
    txt = [x for x, _ in pairs]
    if flowed:
        txt = flow(txt, 72)
    ct = f'text/plain; charset="{cs}"' + ("; format=flowed" if flowed else "")
    tp = text_part("\n".join(txt) + "\n", ct, cs, "7bit" if cs == "us-ascii" else "quoted-printable")
    h = received(m, r)
    h += [("Message-Id", m.mid), ("X-Sender", m.frm.email), ("X-Mailer", "QUALCOMM Windows Eudora Version 5.1"),
          ("Date", fmt(m)), ("To", alist(m.to, cs))]
    if m.cc:
        h.append(("Cc", alist(m.cc, cs)))
    h += [("From", A(m.frm, cs)), ("Subject", subj(m.subject, cs))]
    h += thread_hdrs(m, refs=False)
    h += [("Mime-Version", "1.0")]
    return result(m, h, tp, pairs, "text")


# --------------------------------------------------------------------------
# modern clients
# --------------------------------------------------------------------------
def _cte_for(text, cs):
    return "7bit" if all(ord(c) < 128 for c in text) else "quoted-printable"


def gmail(m, mobile=False, **kw):
    r = rng("gm", m.mid)
    pairs = plain(m, top=True)
    ptxt = body_text(pairs)
    fl = "auto" if mobile else "div"
    inner = html(m, top=True, flavor=fl)
    doc = (f'<div dir="{"auto" if mobile else "ltr"}">' + inner.split("\r\n<br><div class=\"gmail_quote\">")[0]
           + "</div>")
    # the own block is wrapped in the dir div; the quote follows
    if '<br><div class="gmail_quote">' in inner:
        own, q = inner.split('<br><div class="gmail_quote">', 1)
        doc = f'<div dir="{"auto" if mobile else "ltr"}">{own}</div><br><div class="gmail_quote">{q}'
    else:
        doc = f'<div dir="{"auto" if mobile else "ltr"}">{inner}</div>'
    doc += "\r\n"
    na = sum(1 for ch in ptxt if ord(ch) > 127) / max(1, len(ptxt))
    pcte = "base64" if na > 0.3 else _cte_for(ptxt, "utf-8")
    tp = text_part(ptxt, 'text/plain; charset="UTF-8"', "utf-8", pcte)
    hp = text_part(doc, 'text/html; charset="UTF-8"', "utf-8", "base64" if na > 0.3 else "quoted-printable")
    b = "000000000000" + lowhex(r, 16)
    part = multipart("alternative", [tp, hp], b, ct=f'multipart/alternative; boundary="{b}"')
    h = [("MIME-Version", "1.0")]
    h += [("References", "\r\n ".join(m.refs()))] if m.quote is not None else []
    h += [("In-Reply-To", m.quote.mid)] if m.quote is not None else []
    h += [("From", A(m.frm, "UTF-8")), ("Date", fmt(m)), ("Message-ID", m.mid),
          ("Subject", subj(m.subject, "UTF-8")), ("To", alist(m.to, "UTF-8", fold="\r\n "))]
    if m.cc:
        h.append(("Cc", alist(m.cc, "UTF-8", fold="\r\n ")))
    return result(m, received(m, r) + h, part, pairs, "text")


def apple(m, ios=False, cs="utf-8", **kw):
    r = rng("ap", m.mid)
    pairs = plain(m, top=True)
    ptxt = body_text(pairs)
    pcs = "us-ascii" if all(ord(c) < 128 for c in ptxt) else cs
    tp = text_part(ptxt, f"text/plain;\r\n\tcharset={pcs}", pcs, "7bit" if pcs == "us-ascii" else "quoted-printable")
    if ios:
        doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
               'dir="auto">' + html(m, top=True, flavor="auto") + '</body></html>')
    else:
        doc = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
               'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
               'line-break: after-white-space;">' + html(m, top=True, flavor="div") + '</body></html>')
    hp = text_part(doc, f"text/html;\r\n\tcharset={cs}", cs, "quoted-printable")
    b = f"Apple-Mail-{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}" if ios else \
        f"Apple-Mail={lowhex(r, 0)}_{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
    part = multipart("alternative", [tp, hp], b)
    h = received(m, r)
    if ios:
        h += [("Content-Transfer-Encoding", "7bit"), ("From", A(m.frm, cs)),
              ("Mime-Version", "1.0 (1.0)"), ("Subject", subj(m.subject, cs)), ("Date", fmt(m)),
              ("Message-Id", m.mid)]
        h += [("References", "\r\n ".join(m.refs()))] if m.quote is not None else []
        if m.cc:
            h.append(("Cc", alist(m.cc, cs)))
        h += [("In-Reply-To", m.quote.mid)] if m.quote is not None else []
        h += [("To", alist(m.to, cs)), ("X-Mailer", kw.get("xmailer", "iPhone Mail (21D61)"))]
    else:
        h += [("From", A(m.frm, cs)), ("Message-Id", m.mid)]
        h.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.400.31\\))"))
        h += [("Subject", subj(m.subject, cs)), ("Date", fmt(m))]
        h += [("In-Reply-To", m.quote.mid)] if m.quote is not None else []
        if m.cc:
            h.append(("Cc", alist(m.cc, cs)))
        h += [("To", alist(m.to, cs))]
        h += [("References", "\r\n ".join(m.refs()))] if m.quote is not None else []
        h += [("X-Mailer", "Apple Mail (2.3774.400.31)")]
    return result(m, h, part, pairs, "text")


def apple_flowed(m, cs="us-ascii", **kw):
    """Older Mail.app in plain-text mode: format=flowed; delsp=yes."""
    r = rng("apf", m.mid)
    pairs = plain(m, top=True)
    txt = flow_keep_after(m, [x for x, _ in pairs], 72, delsp=True)
    tp = text_part("\n".join(txt) + "\n", f"text/plain; charset={cs.upper()}; delsp=yes; format=flowed", cs,
                   "7bit" if cs == "us-ascii" else "quoted-printable")
    h = received(m, r, inbound=kw.get("inbound"))
    h += [("Mime-Version", "1.0 (Apple Message framework v1283)")]
    h += [("Subject", subj(m.subject, cs)), ("From", A(m.frm, cs))]
    h += [("In-Reply-To", m.quote.mid)] if m.quote is not None else []
    h += [("Date", fmt(m)), ("Message-Id", m.mid)]
    h += [("References", "\r\n ".join(m.refs()))] if m.quote is not None else []
    h += [("To", alist(m.to, cs)), ("X-Mailer", "Apple Mail (2.1283)")]
    h += kw.get("list_headers", [])
    return result(m, h, tp, pairs, "text")


TB_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1"


def thunderbird(m, cs="UTF-8", ua=TB_UA, lang_tag="en-US", htmlmode=False, **kw):
    r = rng("tb", m.mid)
    pairs = plain(m, top=True)
    txt = flow_keep_after(m, [x for x, _ in pairs], 72)
    ptxt = "\n".join(txt) + "\n"
    cte = "7bit" if all(ord(c) < 128 for c in ptxt) else kw.get("cte", "8bit")
    tp = text_part(ptxt, f"text/plain; charset={cs}; format=flowed", cs, cte)
    h = received(m, r, inbound=kw.get("inbound"))
    h += [("Message-ID", m.mid), ("Date", fmt(m)), ("MIME-Version", "1.0"), ("User-Agent", ua)]
    if m.quote is not None:
        h += [("Subject", subj(m.subject, cs)), ("Content-Language", lang_tag)]
        h.append(("To", alist(m.to, cs, fold="\r\n ")))
        if m.cc:
            h.append(("Cc", alist(m.cc, cs, fold="\r\n ")))
        h += [("References", "\r\n ".join(m.refs())), ("From", A(m.frm, cs)), ("In-Reply-To", m.quote.mid)]
    h += kw.get("list_headers", [])
    if not htmlmode:
        return result(m, h, tp, pairs, "text")
    doc = ('<!DOCTYPE html>\r\n<html>\r\n  <head>\r\n    <meta http-equiv="Content-Type" content="text/html; '
           'charset=UTF-8">\r\n  </head>\r\n  <body>\r\n' + html(m, top=True, flavor="p") + '\r\n  </body>\r\n'
           '</html>\r\n')
    hp = text_part(doc, f"text/html; charset={cs}", cs, cte)
    b = "------------" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghij") for _ in range(24))
    part = multipart("alternative", [tp, hp], b, ct=f'multipart/alternative;\r\n boundary="{b}"')
    return result(m, h, part, pairs, "text")


def generic_alt(m, xheaders, pfl="div", cs="utf-8", b=None, hcs=None, pcte=None, hcte="quoted-printable",
                wrapper=("<html><body>", "</body></html>"), order="std", html_only=False, ct_quote=True, **kw):
    r = rng("ga", m.mid, str(xheaders))
    pairs = plain(m, top=True)
    ptxt = body_text(pairs)
    q = '"' if ct_quote else ""
    hcs = hcs or cs
    doc = wrapper[0] + html(m, top=True, flavor=pfl) + wrapper[1] + "\r\n"
    hp = text_part(doc, f"text/html; charset={q}{hcs}{q}", hcs, hcte)
    h = received(m, r, inbound=kw.get("inbound"))
    base = [("Date", fmt(m)), ("From", A(m.frm, cs)), ("To", alist(m.to, cs, fold="\r\n "))]
    if m.cc:
        base.append(("Cc", alist(m.cc, cs, fold="\r\n ")))
    base += [("Message-ID", m.mid)]
    base += thread_hdrs(m)
    base += [("Subject", subj(m.subject, cs)), ("MIME-Version", "1.0")]
    h += base + list(xheaders)
    if html_only:
        return result(m, h, hp, pairs, "html")
    tp = text_part(ptxt, f"text/plain; charset={q}{cs}{q}", cs, pcte or _cte_for(ptxt, cs))
    b = b or ("----=_Part_" + str(r.randrange(10**6, 10**7)) + "_" + str(r.randrange(10**8, 10**9)) + "." +
              str(r.randrange(10**12, 10**13)))
    return result(m, h, multipart("alternative", [tp, hp], b, ct=f'multipart/alternative; boundary="{b}"'), pairs,
                  "text")


def plain_ua(m, xheaders, cs="utf-8", cte=None, flowed=False, delsp=False, disposition=True, ct=None, **kw):
    """Plain-text clients (mutt, alpine, gnus, claws, evolution, roundcube)."""
    r = rng("pua", m.mid, str(xheaders))
    pairs = plain(m, top=True)
    lines = [x for x, _ in pairs]
    if flowed:
        lines = flow_keep_after(m, lines, 72, delsp)
    txt = "\n".join(lines) + "\n"
    cte = cte or ("7bit" if all(ord(c) < 128 for c in txt) else "8bit")
    ctv = ct or (f"text/plain; charset={cs}" + ("; format=flowed" if flowed else "") + ("; delsp=yes" if delsp else ""))
    tp = text_part(txt, ctv, cs, cte, extra=[("Content-Disposition", "inline")] if disposition else [])
    h = received(m, r, inbound=kw.get("inbound"))
    h += [("Date", fmt(m)), ("From", A(m.frm, cs)), ("To", alist(m.to, cs, fold="\r\n "))]
    if m.cc:
        h.append(("Cc", alist(m.cc, cs, fold="\r\n ")))
    h += [("Subject", subj(m.subject, cs)), ("Message-ID", m.mid)]
    h += thread_hdrs(m)
    h += [("MIME-Version", "1.0")] + list(xheaders)
    return result(m, h, tp, pairs, "text")


BUILDERS = {"outlook_plain": outlook_plain, "outlook_html": outlook_html, "owa": owa,
            "outlook_mobile": outlook_mobile, "notes": notes, "groupwise": groupwise,
            "outlook_express": outlook_express, "eudora": eudora, "gmail": gmail, "apple": apple,
            "apple_flowed": apple_flowed, "thunderbird": thunderbird, "generic_alt": generic_alt,
            "plain_ua": plain_ua}
