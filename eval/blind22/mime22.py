"""MIME assembly for blind22: header words, Message-IDs per client, HTML bodies built from the same lines as the
text, multipart/alternative and multipart/report. The low-level encoders are blind12's (mime12)."""

import html
import re

from mime12 import addr, ew, flow, hexid, lowhex, message, multipart, text_part

LINKPAT = re.compile(r"(\S*?)<((?:https?|mailto):[^>\s]*)>")


def addr_h(name, email):
    return addr(name, email)


def subj_h(prefix, s):
    full = prefix + s
    if all(ord(c) < 128 for c in full):
        return full
    return ew(full)


def msg_bytes(headers, part):
    return message(headers, part)


def esc(s):
    return html.escape(s, quote=False)


def inline_html(ln):
    """A text line with Outlook-style text<target> links as HTML (the target becomes an anchor on the text)."""
    out, pos = [], 0
    for m in LINKPAT.finditer(ln):
        out.append(esc(ln[pos : m.start()]))
        out.append(f'<a href="{html.escape(m.group(2))}">{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(ln[pos:]))
    return "".join(out)


# --------------------------------------------------------------------------
# Message-IDs
# --------------------------------------------------------------------------
def uuid_upper(r):
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def mid_for(kind, r, domain):
    if kind == "exo":
        host = r.choice(["AM0PR07MB", "DU0PR02MB", "GV1PR10MB", "VI1PR03MB", "AS4PR09MB"])
        n = r.randrange(1000, 9999)
        return f"<{host}{n}{hexid(r, 24)}@{host}{n}.eurprd0{r.randrange(1, 9)}.prod.outlook.com>"
    if kind == "outlook_imap":
        return f"<{lowhex(r, 12)}${lowhex(r, 8)}${lowhex(r, 8)}$@{domain}>"
    if kind == "gmail":
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "<CA" + "".join(r.choice(al + "+_-") for _ in range(46)) + "@mail.gmail.com>"
    if kind == "apple":
        return f"<{uuid_upper(r)}@{domain}>"
    if kind == "tb":
        return f"<{uuid_upper(r).lower()}@{domain}>"
    if kind == "notes":
        return (
            f"<OF{hexid(r, 8)}.{hexid(r, 8)}-ONC1258C{hexid(r, 2)}.{hexid(r, 8)}-C1258C{hexid(r, 2)}."
            f"{hexid(r, 8)}@{domain}>"
        )
    if kind == "zimbra":
        return f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**6, 10**7)}.{r.randrange(10**12, 10**13)}.JavaMail.zimbra@{domain}>"
    if kind == "ox":
        return f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**4, 10**5)}.{r.randrange(10**12, 10**13)}@{domain}>"
    if kind == "fastmail":
        return f"<{uuid_upper(r).lower()}@app.fastmail.com>"
    if kind == "front":
        return f"<{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 20)}@frontapp.com>"
    if kind == "helpscout":
        return f"<reply-{r.randrange(10**9, 10**10)}-{r.randrange(10**5, 10**6)}-{lowhex(r, 10)}@helpscout.net>"
    return f"<{lowhex(r, 32)}@{domain}>"


# --------------------------------------------------------------------------
# HTML from lines
# --------------------------------------------------------------------------
COLORS = {"blue": "#0070C0", "red": "#C00000", "green": "#00B050", None: None}


def p_html(style, ln, color=None):
    body = inline_html(ln)
    if color:
        body = f'<span style="color:{COLORS[color]}">{body}</span>'
    if style == "outlook":
        if not ln.strip():
            return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        return f'<p class="MsoNormal">{body}<o:p></o:p></p>\n'
    if not ln.strip():
        return "<div><br></div>\n"
    return f"<div>{body}</div>\n"


BQ = {
    "gmail": (
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        'padding-left:1ex">\n',
        "</blockquote>\n",
    ),
    "apple": ('<blockquote type="cite">\n', "</blockquote>\n"),
    "outlook": (
        '<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;'
        'margin-left:4.8pt;margin-right:0cm">\n',
        "</blockquote>\n",
    ),
    "div": (
        '<blockquote style="margin:0 0 0 .8ex;border-left:2px solid #1010ff;padding-left:1ex">\n',
        "</blockquote>\n",
    ),
}


def lines_html(lines, style, color=None):
    out = []
    i = 0
    bq = BQ.get(style, BQ["div"])
    while i < len(lines):
        if lines[i].startswith(">"):
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                s = lines[i][1:]
                block.append(s[1:] if s.startswith(" ") else s)
                i += 1
            out.append(bq[0] + lines_html(block, style, color) + bq[1])
        else:
            out.append(p_html(style, lines[i], color))
            i += 1
    return "".join(out)


BANNER_CSS = "background-color:#FFF4CE;border:1px solid #C19C00;padding:4pt;font-family:Arial,sans-serif;font-size:9pt"


def html_doc(style, segs, cs, lang_attr="NL", banner=None):
    parts = []
    if banner:
        parts.append(f'<div style="{BANNER_CSS}">\n' + "".join(f"<p>{esc(b)}</p>\n" for b in banner) + "</div>\n")
    for seg in segs:
        if seg.kind == "rule":
            parts.append('<hr style="display:inline-block;width:98%" tabindex="-1">\n')
            continue
        lines = seg.html if seg.html is not None else seg.lines
        parts.append(lines_html(lines, style, seg.color))
    inner = "".join(parts)
    if style == "outlook":
        return (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
            'font-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
            f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{inner}</div>\n</body>\n</html>\n'
        )
    if style == "apple":
        return (
            f'<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
            f"{inner}</body></html>\n"
        )
    if style == "gmail":
        return f'<div dir="ltr">\n{inner}</div>\n'
    if style == "owa":
        return (
            f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            f'<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
            f'Calibri, Helvetica, sans-serif; font-size: 12pt;">\n{inner}</div>\n</body>\n</html>\n'
        )
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>\n{inner}</body></html>\n'


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------
def ct_text(cs, flowed=False, quote_cs=True):
    c = f'"{cs}"' if quote_cs else cs
    return f"text/plain; charset={c}" + ("; format=flowed" if flowed else "")


def body_part(text_lines, html, cs, cte, boundary, flowed=False, html_only=False, quote_cs=True):
    if flowed:
        text_lines = flow(text_lines)
    text = "\n".join(text_lines) + "\n"
    if html_only:
        return text_part(html, f'text/html; charset="{cs}"', cs, cte)
    tp = text_part(text, ct_text(cs, flowed, quote_cs), cs, cte)
    if html is None:
        return tp
    hp = text_part(html, f'text/html; charset="{cs}"' if quote_cs else f"text/html; charset={cs}", cs, cte)
    return multipart("alternative", [tp, hp], boundary)
