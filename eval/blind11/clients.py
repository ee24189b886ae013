"""Per-client message builders for human replies.

Each builder takes a spec dict and returns (raw_bytes, label_lines, mode, prefix)
where mode is 'text' (check against the text/plain part) or 'html' (visible
text of the only text/html part) and prefix is the decoded text the body must
start with (None when the new text is not at the top).
"""
from engine import *  # noqa: F401,F403
from engine import R, esc
import re


def lines_of(s):
    if s is None:
        return []
    if isinstance(s, list):
        return s
    if not s.strip():
        return []
    return s.strip("\n").split("\n")


def nonblank(lines):
    return [ln.strip() for ln in lines if ln.strip()]


def list_footer(lst):
    return ["_______________________________________________",
            f"{lst['name']} mailing list",
            lst["addr"],
            lst["url"]]


def list_headers(lst):
    a = lst["addr"]
    local, dom = a.split("@")
    return [
        ("Sender", f'"{lst["name"]}" <{local}-bounces@{dom}>'),
        ("Errors-To", f"{local}-bounces@{dom}"),
        ("X-BeenThere", a),
        ("X-Mailman-Version", lst.get("mmver", "2.1.29")),
        ("Precedence", "list"),
        ("List-Id", f'{lst.get("desc", lst["name"])} <{local}.{dom}>'),
        ("List-Unsubscribe", f"<{lst['url']}>,\r\n <mailto:{local}-request@{dom}?subject=unsubscribe>"),
        ("List-Archive", f"<{lst['url'].replace('listinfo', 'private')}/>"),
        ("List-Post", f"<mailto:{a}>"),
        ("List-Help", f"<mailto:{local}-request@{dom}?subject=help>"),
        ("List-Subscribe", f"<{lst['url']}>,\r\n <mailto:{local}-request@{dom}?subject=subscribe>"),
    ]


def refs(s):
    th = s["thread"]
    if not th:
        return None, None
    mids = [it.mid for it in reversed(th)]
    extra = s.get("extra_refs", [])
    return th[0].mid, fold_refs(extra + mids)


def recv_chain(s, host_from, ip=None):
    dt = s["date"]
    ip = ip or f"{R.randint(80, 212)}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
    to_dom = s["to"][0][1].split("@")[1]
    return [("Return-Path", f"<{s['frm'][1]}>"),
            ("Received", f"from {host_from} ({host_from} [{ip}])\r\n\tby mx.{to_dom} with ESMTPS id "
                         f"{hexs(10, False)}\r\n\tfor <{s['to'][0][1]}>; {rfc_date(dt)}")]


def to_hdr(people, cs="utf-8", quote=False, mode="Q"):
    return ",\r\n\t".join(addr(n, a, cs, quote, mode) for n, a in people) if people else None


def compose(new, quote, mobile=None, bottom=False, footer=None, gap=1, sig_gap=1):
    if bottom:
        body = list(quote) + [""] + list(new)
    else:
        body = list(new)
        if mobile:
            body += [""] * sig_gap + lines_of(mobile)
        if quote:
            body += [""] * gap + list(quote)
    if footer:
        body += [""] + footer
    return "\n".join(body) + "\n"


def inline_body(s, quote_prefix, empty, intro_lines):
    """Greeting, then the attribution, then alternating quoted / own lines."""
    body = list(lines_of(s["new"]))
    if body:
        body.append("")
    body += intro_lines
    label_extra = []
    for kind, txt in s["inline"]:
        ls = lines_of(txt)
        if kind == "q":
            body += [(quote_prefix + x) if x.strip() else empty for x in ls]
        else:
            body += [""] + ls + [""]
            label_extra += nonblank(ls)
    tail = lines_of(s.get("tail"))
    if tail:
        body += [""] + tail
    label = nonblank(lines_of(s["new"])) + label_extra + nonblank(tail)
    return body, label


def std_label(s, new_lines):
    lab = nonblank(new_lines)
    extra = s.get("extra_label")
    if extra:
        lab = lab + extra
    return lab


# ===========================================================================
# Outlook (desktop, Exchange, OWA)
# ===========================================================================
OL_XMAILER = {2003: "Microsoft Office Outlook 11", 2007: "Microsoft Office Outlook 12.0",
              2010: "Microsoft Outlook 14.0", 2013: "Microsoft Outlook 15.0",
              2016: "Microsoft Outlook 16.0", 2019: "Microsoft Outlook 16.0"}
LANG_TAG = {"en": "en-US", "fr": "fr-FR", "de": "de-DE", "nl": "nl-NL", "it": "it-IT",
            "es": "es-ES", "pt": "pt-BR", "pl": "pl-PL"}


def outlook_html_2003(s, new, items, cs):
    cls = f"{R.randint(100000000, 999999999)}-{s['date']:%d%m%Y}"
    out = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">',
           "<HTML><HEAD>",
           f'<META http-equiv=Content-Type content="text/html; charset={cs}">',
           '<META content="MSHTML 6.00.2900.2873" name=GENERATOR></HEAD>',
           "<BODY>"]
    for ln in new:
        if ln.strip():
            out.append(f"<DIV><SPAN class={cls}><FONT face=Arial color=#0000ff size=2>"
                       f"{esc(ln)}</FONT></SPAN></DIV>")
        else:
            out.append(f"<DIV><SPAN class={cls}><FONT face=Arial color=#0000ff size=2></FONT></SPAN>&nbsp;</DIV>")
    lab = OL_LABELS[s["lang"]]
    for it in items:
        n, a = it.frm
        out.append('<BLOCKQUOTE dir=ltr style="PADDING-LEFT: 5px; MARGIN-LEFT: 5px; '
                   'BORDER-LEFT: #0000ff 2px solid; MARGIN-RIGHT: 0px">')
        out.append(f'<DIV class=OutlookMessageHeader lang=en-us dir=ltr align=left><FONT face=Tahoma size=2>'
                   f'{OL_ORIG[s["lang"]]}<BR><B>{lab[0]}:</B> {esc(n)} [mailto:{a}] <BR>'
                   f'<B>{lab[1]}:</B> {ol_date(it.date, s["lang"], 2003)}<BR>'
                   f'<B>{lab[2]}:</B> {esc(fmt_people(it.to, "name"))}<BR>'
                   f'<B>{lab[4]}:</B> {esc(it.subj)}<BR><BR></FONT></DIV>')
        for ln in it.lines:
            out.append(f"<DIV><FONT face=Arial size=2>{esc(ln) if ln.strip() else '&nbsp;'}</FONT></DIV>")
    out += ["</BLOCKQUOTE>"] * len(items)
    out.append("</BODY></HTML>")
    return "\n".join(out) + "\n"


def build_outlook(s):
    lang = s["lang"]
    era = s.get("era", 2016)
    variant = s.get("variant", "orig" if s["client"] == "outlook_original" else "hdr")
    cs = s.get("cs", "utf-8" if era >= 2013 else "iso-8859-1")
    cte = s.get("cte", "quoted-printable")
    items = s["thread"]
    new = lines_of(s["new"])
    if s.get("quote_text") is not None:
        quote = [""] + lines_of(s["quote_text"])
    else:
        quote = q_outlook(items, lang, variant, era, s.get("to_style", "full" if era >= 2010 else "name"),
                          date_label=s.get("date_label", False))
    text = compose(new, quote, gap=s.get("gap", 0), footer=list_footer(s["list"]) if s.get("list") else None)
    label = std_label(s, new)
    exchange = s.get("exchange", era >= 2013)
    frm = addr(s["frm"][0], s["frm"][1], cs, quote=s.get("quote_from", False))
    in_reply, references = refs(s)
    dom = s["frm"][1].split("@")[1]
    if exchange:
        if s.get("onprem"):
            host = s["onprem"]
            mid = mid_exchange_onprem(host)
            srv = host
        else:
            mid, srv = mid_exchange_online(s.get("pod"))
    else:
        mid = mid_outlook2003(s.get("host", dom.split(".")[0].upper() + "-PC"), s["date"]) if era <= 2003 \
            else mid_outlook_smtp(dom, s["date"])
    subj = enc_word(s["subj"], cs, s.get("subj_mode", "Q"))
    hs = []
    if s.get("received", True):
        hs += recv_chain(s, srv if exchange else f"mail.{dom}")
    if exchange:
        hs += [("From", frm), ("To", to_hdr(s["to"], cs)), ("CC", to_hdr(s.get("cc", []), cs)),
               ("Subject", subj), ("Thread-Topic", enc_word(s.get("topic", items[0].subj if items else s["subj"]), cs)),
               ("Thread-Index", thread_index(len(items))), ("Date", rfc_date(s["date"])),
               ("Message-ID", mid), ("References", references), ("In-Reply-To", in_reply),
               ("Accept-Language", "en-US" if lang == "en" else f"{LANG_TAG[lang]}, en-US"),
               ("Content-Language", LANG_TAG[lang]), ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", "")]
        if not s.get("onprem"):
            hs += [("x-ms-publictraffictype", "Email"),
                   ("x-ms-exchange-messagesentrepresentingtype", "1")]
        else:
            hs += [("x-originating-ip", f"[10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}]")]
    else:
        hs += [("From", frm), ("To", to_hdr(s["to"], cs, quote=era <= 2007)),
               ("Cc", to_hdr(s.get("cc", []), cs)), ("References", references),
               ("In-Reply-To", in_reply), ("Subject", subj), ("Date", rfc_date(s["date"])),
               ("Message-ID", mid)]
    html_only = s.get("html_only", False)
    text_only = s.get("text_only", False)
    if era <= 2003 and not text_only:
        html = outlook_html_2003(s, new, items, cs)
    else:
        head = WORD_HEAD.format(cs=cs, wv={2007: 12, 2010: 14, 2013: 15}.get(era, 15),
                                bl=LANG_TAG[lang].upper())
        q_html = s.get("quote_html")
        if q_html is None:
            q_html = h_outlook_quote(items, lang, era, s.get("date_label", False),
                                     "#E1E1E1" if era >= 2013 else "#B5C4DF",
                                     sep_orig=(variant == "orig"))
        html = (head + h_mso(new, bold=(s["frm"][0],)) + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                + q_html) + "\n</div>\n</body>\n</html>\n"
    ct_text = f'text/plain; charset="{cs}"'
    ct_html = f'text/html; charset="{cs}"'
    if html_only:
        ch, body = leaf(ct_html, html, cs, cte) if cs in ("utf-8",) else \
            leaf(ct_html, html, cs, cte)
        content = ch
        mode = "html"
    elif text_only:
        content, body = leaf(ct_text, text, cs, cte)
        mode = "text"
    else:
        b = boundary_exchange(mid) if exchange else boundary_outlook()
        p1 = leaf(ct_text, text, cs, cte)
        p2 = leaf(ct_html, html, cs, cte)
        preamble = None if exchange else "This is a multi-part message in MIME format."
        content, body = multipart(f'multipart/alternative;\r\n\tboundary="{b}"', b, [p1, p2], preamble)
        mode = "text"
    content = list(content)
    if exchange:
        hs += [("MIME-Version", "1.0")]
        hs = hs[:]  # Content-Type goes last for Exchange
        tail = []
    else:
        tail = [("MIME-Version", "1.0")]
    extra = []
    if not exchange:
        extra.append(("X-Mailer", OL_XMAILER.get(era, "Microsoft Outlook 16.0")))
        if era <= 2007:
            extra.append(("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.3198"))
        extra.append(("Thread-Index", thread_index(len(items))))
        extra.append(("Content-Language", LANG_TAG[lang].lower()))
    if s.get("list"):
        extra += list_headers(s["list"])
    raw = message(hs + tail, content + extra, body)
    prefix = "\n".join(new) if mode == "text" else None
    return raw, label, mode, prefix


# ===========================================================================
# Lotus Notes / Domino
# ===========================================================================
NOTES_VER = {2003: "Lotus Notes Release 6.0.3 September 26, 2003",
             2005: "Lotus Notes Release 6.5.4 March 27, 2005",
             2007: "Lotus Notes Release 7.0.2 September 26, 2006",
             2011: "Lotus Notes Release 8.5.2 August 10, 2010",
             2012: "Lotus Notes Release 8.5.3 September 15, 2011",
             2014: "Lotus Notes Release 8.5.3FP6 November 21, 2013",
             2016: "IBM Notes Release 9.0.1FP7 August 18, 2016"}
DOMINO_VER = {2003: "Release 6.0.3|September 26, 2003", 2005: "Release 6.5.4|March 27, 2005",
              2007: "Release 7.0.2FP1|January 10, 2007", 2011: "Release 8.5.2FP2|March 22, 2011",
              2012: "Release 8.5.3|September 15, 2011", 2014: "Release 8.5.3FP6|November 21, 2013",
              2016: "Release 9.0.1FP7|August 17, 2016"}


def build_notes(s):
    lang = s["lang"]
    era = s.get("era", 2012)
    cs = s.get("cs", "ISO-8859-1")
    cte = s.get("cte", "quoted-printable")
    new = lines_of(s["new"])
    quote = lines_of(s["quote_text"])
    text = "\n".join(new + [""] * s.get("gap", 3) + quote) + "\n"
    label = std_label(s, new)
    dom = s["frm"][1].split("@")[1]
    server = s.get("server", f"{dom.split('.')[0].upper()[:6]}01/{dom.split('.')[0].capitalize()}")
    in_reply, references = refs(s)
    dt = s["date"]
    track = (f"Serialize by Router on {server}({DOMINO_VER[era]}) at\r\n {dt:%d.%m.%Y %H:%M:%S},\r\n"
             f"\tSerialize complete at {dt:%d.%m.%Y %H:%M:%S}")
    hs = recv_chain(s, f"smtp.{dom}")
    notes_from = s.get("notes_from") or addr(s["frm"][0], s["frm"][1], cs.lower())
    hs += [("In-Reply-To", in_reply), ("References", references),
           ("Subject", enc_word(s["subj"], cs.lower())),
           ("To", to_hdr(s["to"], cs.lower(), quote=True)),
           ("Cc", to_hdr(s.get("cc", []), cs.lower())),
           ("X-Mailer", NOTES_VER[era]),
           ("Message-ID", mid_notes(dom)),
           ("From", notes_from),
           ("Date", rfc_date(dt)),
           ("X-MIMETrack", track),
           ("MIME-Version", "1.0")]
    if s.get("html"):
        html_lines = []
        for ln in new:
            html_lines.append(f'<font size=2 face="sans-serif">{esc(ln)}</font><br>' if ln.strip() else "<br>")
        html_lines.append("<br><br><br>")
        for ln in quote:
            html_lines.append(f'<font size=1 face="sans-serif">{esc(ln)}</font><br>' if ln.strip() else "<br>")
        html = "<br>\n".join([]) + "\n".join(html_lines) + "\n"
        b = boundary_notes()
        p1 = leaf(f"text/plain; charset={cs}", text, cs, cte, names=("Content-type", "Content-transfer-encoding"))
        p2 = leaf(f"text/html; charset={cs}", html, cs, cte, names=("Content-type", "Content-transfer-encoding"))
        content, body = multipart(f'multipart/alternative; boundary="{b}"', b, [p1, p2],
                                  preamble="This is a multipart message in MIME format.")
        content = [("Content-type", content[0][1])]
    else:
        content, body = leaf(f"text/plain; charset={cs}", text, cs, cte,
                             names=("Content-type", "Content-transfer-encoding"))
    raw = message(hs, content, body)
    return raw, label, "text", "\n".join(new)


# ===========================================================================
# GroupWise
# ===========================================================================
GW_MAILER = {2006: "Novell GroupWise Internet Agent 7.0.1", 2008: "Novell GroupWise Internet Agent 7.0.3",
             2010: "Novell GroupWise Internet Agent 8.0.1", 2011: "Novell GroupWise Internet Agent 8.0.2",
             2012: "Novell GroupWise Internet Agent 8.0.3", 2015: "GroupWise Internet Agent 14.0.2",
             2016: "GroupWise Internet Agent 14.2.1", 2019: "GroupWise Internet Agent 18.1.0"}


def build_groupwise(s):
    lang = s["lang"]
    era = s.get("era", 2011)
    cs = s.get("cs", "US-ASCII" if era <= 2012 else "UTF-8")
    cte = s.get("cte", "quoted-printable")
    items = s["thread"]
    new = lines_of(s["new"])
    if s.get("quote_text") is not None:
        quote = lines_of(s["quote_text"])
    else:
        quote = q_groupwise(items, lang, s.get("gw_date", "us"), inner_lang=s.get("inner_lang"))
    text = "\n".join(new + [""] * s.get("gap", 1) + quote) + "\n"
    label = std_label(s, new)
    dom = s["frm"][1].split("@")[1]
    gwhost = s.get("gwhost", f"gwia.{dom}")
    in_reply, references = refs(s)
    hs = recv_chain(s, gwhost)
    hs += [("Message-Id", mid_groupwise(gwhost)),
           ("X-Mailer", GW_MAILER[era]),
           ("Date", rfc_date(s["date"], pad=True)),
           ("From", addr(s["frm"][0], s["frm"][1], cs.lower(), quote=True)),
           ("To", to_hdr(s["to"], cs.lower(), quote=True)),
           ("Cc", to_hdr(s.get("cc", []), cs.lower(), quote=True)),
           ("Subject", enc_word(s["subj"], cs.lower())),
           ("References", references), ("In-Reply-To", in_reply),
           ("Mime-Version", "1.0")]
    # GroupWise HTML
    hl = ['<HTML><HEAD>', f'<META content="text/html; charset={cs.lower()}" http-equiv=Content-Type>',
          '<META name=GENERATOR content="MSHTML 11.00.9600.19597"></HEAD>',
          '<BODY style="MARGIN: 4px 4px 1px; FONT: 10pt Segoe UI">']
    for ln in new:
        hl.append(f"<DIV>{esc(ln)}</DIV>" if ln.strip() else "<DIV>&nbsp;</DIV>")
    hl.append("<DIV>&nbsp;</DIV>")
    hl.append("<DIV><BR>" + "<BR>".join(esc(x) for x in quote[:1]) + "<BR></DIV>")
    for ln in quote[1:]:
        hl.append(f"<DIV>{esc(ln)}</DIV>" if ln.strip() else "<DIV>&nbsp;</DIV>")
    hl.append("</BODY></HTML>")
    html = "\n".join(hl) + "\n"
    b = boundary_gw()
    if s.get("html_only"):
        content, body = leaf(f"text/html; charset={cs}", html, cs, cte,
                             extra=[("Content-Disposition", "inline")])
        mode = "html"
    elif s.get("text_only"):
        content, body = leaf(f"text/plain; charset={cs}", text, cs, cte,
                             extra=[("Content-Disposition", "inline")])
        mode = "text"
    else:
        p1 = leaf(f"text/plain; charset={cs}", text, cs, cte, extra=[("Content-Disposition", "inline")])
        p2 = leaf(f"text/html; charset={cs}", html, cs, cte, extra=[("Content-Disposition", "inline")])
        content, body = multipart(f'multipart/alternative; boundary="{b}"', b, [p1, p2],
                                  preamble="This is a MIME message. If you are reading this text, you\r\n"
                                           "may want to consider changing to a mail reader or gateway\r\n"
                                           "that understands how to properly handle MIME multipart messages.")
        mode = "text"
    raw = message(hs, content, body)
    return raw, label, mode, ("\n".join(new) if mode == "text" else None)


# ===========================================================================
# Gmail
# ===========================================================================
def build_gmail(s):
    lang = s["lang"]
    items = s["thread"]
    new = lines_of(s["new"])
    datefirst = s.get("datefirst", False)
    cs = "UTF-8"

    def intro_fn(it):
        f = gmail_datefirst_intro if datefirst else gmail_intro
        return f(it.date, it.lang or lang, it.frm[0], it.frm[1])

    def nested_fn(it):
        return gmail_intro(it.date, it.lang or lang, it.frm[0], it.frm[1])

    wrap = (lambda x: gmail_wrap(x, s.get("wrap", 76))) if not datefirst else None
    quote = q_prefixed(items, intro_fn, prefix="> ", empty=">", wrap=wrap, nested_intro_fn=nested_fn)
    if s.get("plain_mode"):
        # Gmail's plain-text mode hard-wraps everything at 78 columns
        import textwrap
        def hw(lines, width=78):
            out = []
            for ln in lines:
                m = re.match(r"^(>+ )(.*)$", ln)
                pre, body = (m.group(1), m.group(2)) if m else ("", ln)
                if len(ln) > width:
                    out += [pre + x for x in textwrap.wrap(body, width - len(pre), break_long_words=False)]
                else:
                    out.append(ln)
            return out
        new = hw(new)
        quote = hw(quote)
    footer = list_footer(s["list"]) if s.get("list") else None
    if s.get("inline"):
        body, label = inline_body(s, "> ", ">", [intro_fn(items[0]), ""])
        text = "\n".join(body + ([""] + footer if footer else [])) + "\n"
        prefix = None
    else:
        text = compose(new, quote, bottom=s.get("bottom", False), footer=footer, gap=s.get("gap", 1))
        label = std_label(s, new)
        prefix = None if s.get("bottom") else "\n".join(new)
    cte = s.get("cte") or ("quoted-printable" if (not is_ascii(text) or max(len(x) for x in text.split("\n")) > 76) else None)
    in_reply, references = refs(s)
    frm = addr(s["frm"][0], s["frm"][1], "UTF-8")
    hs = recv_chain(s, "mail-wr1-f" + str(R.randint(41, 72)) + ".google.com",
                    ip=f"209.85.221.{R.randint(40, 80)}")
    hs += [("MIME-Version", "1.0"),
           ("References", references), ("In-Reply-To", in_reply),
           ("From", frm), ("Date", rfc_date(s["date"], pad=True)), ("Message-ID", mid_gmail()),
           ("Subject", enc_word(s["subj"], "UTF-8", s.get("subj_mode", "B"))),
           ("To", to_hdr(s["to"], "UTF-8")), ("Cc", to_hdr(s.get("cc", []), "UTF-8"))]
    if s.get("list"):
        hs += list_headers(s["list"])
    if s.get("plain_mode"):
        content, body = leaf(f'text/plain; charset="{cs}"', text, cs, cte)
    else:
        # HTML part
        if s.get("inline"):
            html = '<div dir="ltr">' + h_divs(new) + "</div>" + h_gmail_quote(items, lang, intro_fn, datefirst)
        else:
            sig_at = next((i for i, x in enumerate(new) if x.strip() == "--"), None)
            if sig_at is not None:
                body_h = h_divs(new[:sig_at])
                sig_h = ('<br><div>-- <br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">'
                         '<div dir="ltr">' + "<br>".join(esc(x) for x in new[sig_at + 1:] if x.strip()) +
                         "</div></div></div>")
            else:
                body_h, sig_h = h_divs(new), ""
            qh = h_gmail_quote(items, lang, intro_fn, datefirst)
            if datefirst:
                html = f'<div dir="ltr">{body_h}{sig_h}{qh}</div>\n'
            else:
                html = f'<div dir="ltr">{body_h}{sig_h}</div><br>{qh}\n'
        b = boundary_gmail()
        p1 = leaf(f'text/plain; charset="{cs}"', text, cs, cte)
        hcte = "quoted-printable" if (not is_ascii(html) or len(html) > 76) else None
        p2 = leaf(f'text/html; charset="{cs}"', html, cs, hcte)
        content, body = multipart(f'multipart/alternative; boundary="{b}"', b, [p1, p2])
    raw = message(hs, content, body)
    return raw, label, "text", prefix


# ===========================================================================
# French webmail (Orange / SFR / La Poste style "Message du ...")
# ===========================================================================
def build_orange(s):
    items = s["thread"]
    new = lines_of(s["new"])
    cs = s.get("cs", "UTF-8")
    cte = s.get("cte", "quoted-printable")
    quote = q_orange(items, prefixed=s.get("prefixed", True))
    text = compose(new, quote, gap=s.get("gap", 2))
    label = std_label(s, new)
    in_reply, references = refs(s)
    dom = s["frm"][1].split("@")[1]
    ts = R.randint(1200000000000, 1700000000000)
    b = f"----=_Part_{R.randint(100000, 999999)}_{R.randint(100000000, 999999999)}.{ts}"
    hs = recv_chain(s, f"wwinf{R.randint(1, 9)}{R.choice('abcd')}{R.randint(10, 30)}",
                    ip=f"10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}")
    hs += [("Date", rfc_date(s["date"])),
           ("From", addr(s["frm"][0], s["frm"][1], cs.lower(), quote=True)),
           ("Reply-To", addr(s["frm"][0], s["frm"][1], cs.lower(), quote=True)),
           ("To", to_hdr(s["to"], cs.lower())),
           ("Message-ID", mid_orange(s["date"])),
           ("In-Reply-To", in_reply), ("References", references),
           ("Subject", enc_word(s["subj"], cs.lower())),
           ("MIME-Version", "1.0"),
           ("X-Originating-IP", f"[{R.randint(80, 92)}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}]"),
           ("X-WUM-FROM", "|~|"), ("X-WUM-TO", "|~|"), ("X-WUM-REPLYTO", "|~|")]
    hq = []
    for ln in quote:
        hq.append(esc(ln) + "<br />")
    html = ('<html><head></head><body>' + "".join(f"<p>{esc(x)}</p>" if x.strip() else "<p>&nbsp;</p>" for x in new) +
            '<p>&nbsp;</p><blockquote style="margin-left: 10px; padding-left: 10px; border-left: 1px solid #c8c8c8;">'
            '<div id="_wumDropRoot">' + "\n".join(hq) + "</div></blockquote></body></html>\n")
    if s.get("html_only"):
        content, body = leaf(f"text/html; charset={cs}", html, cs, cte)
        mode = "html"
    elif s.get("text_only"):
        content, body = leaf(f"text/plain; charset={cs}", text, cs, cte)
        mode = "text"
    else:
        p1 = leaf(f"text/plain; charset={cs}", text, cs, cte)
        p2 = leaf(f"text/html; charset={cs}", html, cs, cte)
        content, body = multipart(f'multipart/alternative; \r\n\tboundary="{b}"', b, [p1, p2])
        mode = "text"
    raw = message(hs, content, body)
    return raw, label, mode, ("\n".join(new) if mode == "text" else None)


# ===========================================================================
# Apple Mail (macOS)
# ===========================================================================
def apple_headers(s, ctype, mailer, mime_version):
    in_reply, references = refs(s)
    dom = s["frm"][1].split("@")[1]
    hs = recv_chain(s, f"smtp.{dom}")
    hs += [("From", addr(s["frm"][0], s["frm"][1], "utf-8", mode="Q")),
           ("Content-Type", ctype),
           ("Mime-Version", mime_version),
           ("Subject", enc_word(s["subj"], "utf-8")),
           ("Date", rfc_date(s["date"])),
           ("In-Reply-To", in_reply),
           ("Cc", to_hdr(s.get("cc", []))),
           ("To", to_hdr(s["to"])),
           ("References", references),
           ("Message-Id", mid_apple(dom)),
           ("X-Mailer", mailer)]
    return hs


def build_apple(s):
    lang = s["lang"]
    items = s["thread"]
    new = lines_of(s["new"])

    def intro_fn(it):
        return apple_intro(it.date, it.lang or lang, it.frm[0], it.frm[1], us=s.get("us", False))

    if s.get("inline"):
        body, label = inline_body(s, "> ", "> ", [intro_fn(items[0]), ""])
        text = "\n".join(body) + "\n"
        prefix = None
        # HTML: rebuild with blockquotes per quoted segment
        hh = [h_divs(new, cls="", blank='<div class=""><br class=""></div>')]
        hh.append(f'<div class=""><br class=""><blockquote type="cite" class=""><div class="">{esc(intro_fn(items[0]))}</div></blockquote>')
        for kind, txt in s["inline"]:
            ls = lines_of(txt)
            if kind == "q":
                hh.append('<blockquote type="cite" class="">' + h_divs(ls, cls="", blank='<div class=""><br class=""></div>') + "</blockquote>")
            else:
                hh.append('<div class=""><br class=""></div>' + h_divs(ls, cls="") + '<div class=""><br class=""></div>')
        hh.append(h_divs(lines_of(s.get("tail")), cls="") + "</div>")
        inner = "\n".join(hh)
    else:
        quote = q_prefixed(items, intro_fn, prefix="> ", empty="> ")
        text = compose(new, quote, gap=1)
        label = std_label(s, new)
        prefix = "\n".join(new)
        inner = (h_divs(new, cls="", blank='<div class=""><br class=""></div>') +
                 '<div class=""><br class="">' + h_apple_quote(items, lang, intro_fn) + "</div>")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            + inner + '<br class=""></body></html>\n')
    b = boundary_apple()
    mver = s.get("mver", ("13.4 \\(3608.80.23.2.2\\)", "3608.80.23.2.2"))
    cs = "utf-8" if not is_ascii(text) else "us-ascii"
    p1 = leaf(f"text/plain;\r\n\tcharset={cs}", text, cs, "quoted-printable", order="cte_first")
    p2 = leaf("text/html;\r\n\tcharset=utf-8", html, "utf-8", "quoted-printable", order="cte_first")
    content, body = multipart("x", b, [p1, p2])
    hs = apple_headers(s, f'multipart/alternative;\r\n\tboundary="{b}"', f"Apple Mail (2.{mver[1]})",
                       f"1.0 (Mac OS X Mail {mver[0]})")
    raw = message(hs, [], body)
    return raw, label, "text", prefix


# ===========================================================================
# Thunderbird
# ===========================================================================
TB_UA = {2009: "Mozilla/5.0 (Windows; U; Windows NT 5.1; de; rv:1.9.1.5) Gecko/20091204\r\n Thunderbird/3.0",
         2012: "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:10.0.2) Gecko/20120216\r\n Thunderbird/10.0.2",
         2016: "Mozilla/5.0 (X11; Linux x86_64; rv:45.0) Gecko/20100101\r\n Thunderbird/45.7.0",
         2020: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101\r\n Thunderbird/68.5.0",
         2023: "Mozilla Thunderbird"}


def build_tb(s):
    lang = s["lang"]
    items = s["thread"]
    era = s.get("era", 2020)
    cs = s.get("cs", "UTF-8")
    new_raw = lines_of(s["new"])
    new = []
    for ln in new_raw:
        new += flowed_wrap(ln, 72) if s.get("flowed_wrap", True) else [ln]

    def intro_fn(it):
        return tb_intro(it.date, it.lang or lang, it.frm[0], us=s.get("us", False))

    footer = list_footer(s["list"]) if s.get("list") else None
    if s.get("inline"):
        body, label = inline_body(s, "> ", ">", [intro_fn(items[0])])
        text = "\n".join(body + ([""] + footer if footer else [])) + "\n"
        prefix = None
    else:
        quote = q_prefixed(items, intro_fn, prefix="> ", empty=">", blank_after_intro=False)
        wrapped = []
        for ql in quote:
            m = re.match(r"^(>+ )(.*)$", ql)
            if m and len(ql) > 72:
                wrapped += [m.group(1) + x for x in flowed_wrap(m.group(2), 72 - len(m.group(1)))]
            else:
                wrapped.append(ql)
        quote = wrapped
        text = compose(new, quote, bottom=s.get("bottom", False), footer=footer, gap=1)
        # format=flowed: the label is the text as a reader sees it, soft breaks joined (RFC 3676), as the checker reads it
        label = std_label(s, new_raw)
        prefix = None if s.get("bottom") else "\n".join(new_raw)
    cte = "7bit" if is_ascii(text) else "8bit"
    in_reply, references = refs(s)
    dom = s["frm"][1].split("@")[1]
    hs = recv_chain(s, f"mail.{dom}")
    hs += [("Subject", enc_word(s["subj"], cs.lower())), ("To", to_hdr(s["to"], cs.lower())),
           ("Cc", to_hdr(s.get("cc", []), cs.lower())),
           ("References", references),
           ("From", addr(s["frm"][0], s["frm"][1], cs.lower())),
           ("Message-ID", mid_tb(dom)), ("Date", rfc_date(s["date"])),
           ("User-Agent", TB_UA[era]), ("MIME-Version", "1.0"),
           ("In-Reply-To", in_reply)]
    if s.get("list"):
        hs += list_headers(s["list"])
    ct = f"text/plain; charset={cs}; format=flowed" if era < 2023 else f"text/plain; charset={cs}; format=flowed"
    extra = [("Content-Language", s.get("content_language", LANG_TAG[lang].split("-")[0]))] if era >= 2016 else []
    content, body = leaf(ct, text, cs, cte)
    raw = message(hs, list(content) + extra, body)
    return raw, label, "text", prefix


# ===========================================================================
# Mobile clients
# ===========================================================================
def iphone_quote(items, lang, intro_fn):
    out = []
    for depth, it in enumerate(items):
        p = ">" * (depth + 1)
        if depth:
            out.append(p[:-1] + " ")
        out.append(f"{p} {intro_fn(it)}")
        out.append(f"{p} ")
        for i, ln in enumerate(it.lines):
            if depth == 0 and i == 0:
                ln = "\ufeff" + ln
            out.append(f"{p} {ln}" if ln.strip() else f"{p} ")
    return out


def build_mobile(s):
    app = s["app"]
    lang = s["lang"]
    items = s["thread"]
    new = lines_of(s["new"])
    mobile = lines_of(s.get("mobile_sig"))
    label = std_label(s, new)
    prefix = "\n".join(new)
    dom = s["frm"][1].split("@")[1]
    in_reply, references = refs(s)
    hs = recv_chain(s, s.get("relay", f"smtp.{dom}"))

    if app in ("iphone", "ipad"):
        def intro_fn(it):
            return apple_intro(it.date, it.lang or lang, it.frm[0], it.frm[1], us=s.get("us", False))
        quote = iphone_quote(items, lang, intro_fn)
        text = compose(new, quote, mobile=mobile, gap=1)
        cs = "utf-8"
        content, body = leaf(f"text/plain;\r\n\tcharset={cs}", text, cs, "quoted-printable")
        hs += [("Content-Type", content[0][1]), ("Content-Transfer-Encoding", "quoted-printable"),
               ("From", addr(s["frm"][0], s["frm"][1])),
               ("Mime-Version", "1.0 (1.0)"),
               ("Subject", enc_word(s["subj"], "utf-8")),
               ("Date", rfc_date(s["date"])),
               ("Message-Id", mid_apple(dom)),
               ("References", references), ("Cc", to_hdr(s.get("cc", []))),
               ("In-Reply-To", in_reply), ("To", to_hdr(s["to"])),
               ("X-Mailer", s.get("xmailer", ("iPhone Mail ({})" if app == "iphone" else "iPad Mail ({})").format(
                   {2019: "16C101", 2020: "17D50", 2021: "18E212", 2022: "19G82"}.get(s["date"].year, "20D67"))))]
        return message(hs, [], body), label, "text", prefix

    if app == "samsung":
        quote = q_samsung(items, lang)
        text = compose(new, quote, mobile=mobile, gap=2, sig_gap=2)
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                + "".join(f'<div dir="auto">{esc(x)}</div>' if x.strip() else '<div dir="auto"><br></div>' for x in new)
                + '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
                + "".join(f'<div style="font-size:85%;color:#575757" dir="auto">{esc(x)}</div>' for x in mobile)
                + '</div><div dir="auto"><br></div><div style="font-size:100%;color:#000000" align="left" dir="auto">'
                + "".join(f"<div>{esc(x)}</div>" for x in quote[:5])
                + "</div>" + h_divs(items[0].lines, blank="<div><br></div>") + "</body></html>\n")
        b = f"--_com.samsung.android.email_{R.randint(10**14, 10**15 - 1)}{R.randint(10**6, 10**7 - 1)}"
        p1 = leaf('text/plain; charset=utf-8', text, "utf-8", "base64")
        p2 = leaf('text/html; charset=utf-8', html, "utf-8", "base64")
        content, body = multipart(f'multipart/alternative; boundary="{b}"', b, [p1, p2])
        hs += [("Message-ID", mid_android()), ("Date", rfc_date(s["date"])),
               ("Subject", enc_word(s["subj"], "UTF-8", "B")),
               ("In-Reply-To", in_reply), ("References", references),
               ("Importance", "normal"),
               ("From", addr(s["frm"][0], s["frm"][1], "UTF-8", mode="B")),
               ("To", to_hdr(s["to"], "UTF-8", mode="B")), ("MIME-Version", "1.0")]
        return message(hs, content, body), label, "text", prefix

    if app in ("outlook_ios", "outlook_android"):
        quote = q_outlook(items, lang, "owa", 2020, "full", seconds=True)
        text = compose(new, quote, mobile=mobile, gap=0)
        mid, srv = mid_exchange_online(s.get("pod"))
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                + "".join(f'<div dir="auto">{esc(x)}</div>' if x.strip() else '<div dir="auto"><br></div>' for x in new)
                + '<div dir="auto"><br></div><div class="ms-outlook-mobile-signature">'
                + "".join(f'<div dir="auto">{esc(x)}</div>' for x in mobile)
                + '</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                + "<br>".join(esc(x) for x in quote[2:7] if x.strip())
                + "</div>" + h_divs(items[0].lines) + "</body></html>\n")
        b = boundary_exchange(mid)
        p1 = leaf('text/plain; charset="utf-8"', text, "utf-8", s.get("cte", "quoted-printable"))
        p2 = leaf('text/html; charset="utf-8"', html, "utf-8", s.get("cte", "quoted-printable"))
        content, body = multipart(f'multipart/alternative;\r\n\tboundary="{b}"', b, [p1, p2])
        hs += [("From", addr(s["frm"][0], s["frm"][1])), ("To", to_hdr(s["to"])),
               ("Subject", enc_word(s["subj"], "utf-8")),
               ("Thread-Topic", enc_word(items[0].subj, "utf-8")),
               ("Thread-Index", thread_index(len(items))), ("Date", rfc_date(s["date"])),
               ("Message-ID", mid), ("References", references), ("In-Reply-To", in_reply),
               ("Accept-Language", "en-US" if lang == "en" else f"{LANG_TAG[lang]}, en-US"),
               ("Content-Language", LANG_TAG[lang]),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
               ("x-ms-publictraffictype", "Email"), ("MIME-Version", "1.0")]
        return message(hs, content, body), label, "text", prefix

    if app == "k9":
        it = items[0]
        dt = it.date
        tzname = "MEZ" if tzstr(dt) == "+0100" else "MESZ"
        intro = (f"Am {dt.day}. {LOC['de']['months'][dt.month - 1]} {dt.year} {dt:%H:%M:%S} {tzname} "
                 f"schrieb {it.frm[0]} <{it.frm[1]}>:")
        quote = [intro] + [(">" + x) if x.strip() else ">" for x in it.lines]
        text = compose(new, quote, mobile=mobile, gap=1)
        content, body = leaf("text/plain;\r\n charset=UTF-8", text, "UTF-8", "quoted-printable")
        hs += [("User-Agent", "K-9 Mail for Android"), ("In-Reply-To", in_reply),
               ("References", references), ("MIME-Version", "1.0")] + content + \
              [("Subject", enc_word(s["subj"], "UTF-8")),
               ("From", addr(s["frm"][0], s["frm"][1])), ("Date", rfc_date(s["date"])),
               ("To", to_hdr(s["to"])), ("Message-ID", mid_android())]
        return message(hs, [], body), label, "text", prefix

    if app in ("bluemail", "typeapp"):
        it = items[0]
        intro = s["intro"]
        quote = [intro] + [(">" + x) if x.strip() else ">" for x in it.lines]
        text = compose(new, quote, mobile=mobile, gap=1)
        html = ('<html><head></head><body dir="auto">'
                + "".join(f'<div dir="auto">{esc(x)}</div>' if x.strip() else '<div dir="auto"><br></div>' for x in new)
                + '<div dir="auto"><br></div>'
                + "".join(f'<div dir="auto">{esc(x)}</div>' for x in mobile)
                + f'<div class="gmail_quote">{esc(intro)}<blockquote class="gmail_quote" '
                  'style="margin: 0pt 0pt 0pt 0.8ex; border-left: 1px solid rgb(204, 204, 204); padding-left: 1ex;">'
                + "<br>".join(esc(x) for x in it.lines) + "</blockquote></div></body></html>\n")
        b = f"----{hexs(30)}"
        p1 = leaf("text/plain; charset=utf-8", text, "utf-8", "quoted-printable")
        p2 = leaf("text/html; charset=utf-8", html, "utf-8", "quoted-printable")
        content, body = multipart(f'multipart/alternative; boundary="{b}"', b, [p1, p2])
        mid_dom = "typeapp.com" if app == "typeapp" else dom
        hs += [("Date", rfc_date(s["date"])), ("In-Reply-To", in_reply), ("References", references),
               ("MIME-Version", "1.0"), ("Subject", enc_word(s["subj"], "UTF-8")),
               ("To", to_hdr(s["to"])), ("From", addr(s["frm"][0], s["frm"][1])),
               ("Message-ID", f"<{r_uuid()}@{mid_dom}>")]
        return message(hs, content, body), label, "text", prefix
    raise KeyError(app)


BUILDERS = {
    "outlook_original": build_outlook,
    "outlook_headers": build_outlook,
    "lotus_notes": build_notes,
    "groupwise": build_groupwise,
    "gmail": build_gmail,
    "french_webmail": build_orange,
    "apple_mail": build_apple,
    "thunderbird": build_tb,
    "mobile": build_mobile,
}
