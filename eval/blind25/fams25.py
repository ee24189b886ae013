"""Wire presets per client family (charsets, transfer encodings, Content-Type spelling) for blind25."""


def OUT(region="SEYPR06:apcprd06", cs="us-ascii", cte="quoted-printable", lang="en-US", accept=None, **kw):
    """Outlook for Windows on Exchange Online (text/plain + Word HTML)."""
    hcs = kw.pop("hcs", "utf-8" if cs.lower() in ("us-ascii", "iso-8859-1", "windows-1252") else cs)
    return {
        "fam": kw.pop("fam", "exo"),
        "region": region,
        "cs": cs,
        "cte": cte,
        "content_lang": lang,
        "accept": accept or (f"{lang}, en-US" if lang != "en-US" else "en-US"),
        "hcs": hcs,
        **kw,
    }


def GMAIL(cte="quoted-printable", **kw):
    return {
        "fam": "gmail",
        "cs": "UTF-8",
        "cte": cte,
        "ctp": 'text/plain; charset="UTF-8"',
        "cth": 'text/html; charset="UTF-8"',
        "hcs": "UTF-8",
        "subject_mixed": True,
        **kw,
    }


def APPLE(cs="utf-8", cte="quoted-printable", **kw):
    return {
        "fam": "apple",
        "cs": cs,
        "cte": cte,
        "ctp": "text/plain;\r\n\tcharset={cs}",
        "cth": "text/html;\r\n\tcharset={cs}",
        "hcs": "utf-8",
        "hmode": "B",
        **kw,
    }


def QQ(**kw):
    return {
        "fam": "qq",
        "cs": "gb18030",
        "cte": "base64",
        "ctp": 'text/plain;\r\n\tcharset="gb18030"',
        "cth": 'text/html;\r\n\tcharset="gb18030"',
        "hcs": "gb18030",
        "quote_names": True,
        **kw,
    }


def PLAIN(fam, cs, cte, html="alt", **kw):
    return {"fam": fam, "cs": cs, "cte": cte, "html": html, "hcs": kw.pop("hcs", cs), **kw}
