"""blind19: helpers to declare the firm's messages and the replies of the set (cases_*.py use them)."""

import firm19 as fm
from compose19 import Sent

CASES = []


def P(name, email, lang, country="be", zone="cet", org=None):
    return fm.Person(name, email, lang, zone, fm.ORGS[org] if org else None, country)


def S(key, staff, to, tpl, g, at, cc=(), lang=None, attach=(), phone=False, fwd=None, subject=None, **kw):
    """A message the firm sent: tpl(g, **kw) gives the subject and the body."""
    subj, body = tpl(g, **kw)
    st = fm.STAFF[staff]
    return Sent(
        key,
        st,
        [to],
        subject or subj,
        at,
        body,
        cc=list(cc),
        attach=tuple(attach),
        lang=lang or st.loc[:2],
        phone=phone,
        fwd=fwd,
    )


def F(key, hist, tpl, g, date, when, line):
    """A follow-up the adviser wrote by answering their own sent message (Outlook quotes it below)."""
    _, body = tpl(g, when, line)
    pre = {"fr": "RE : ", "de": "AW: "}.get(hist.staff.loc[:2], "RE: ")
    return Sent(
        key, hist.staff, hist.to, pre + hist.subject, date, body, cc=list(hist.cc), history=hist, lang=hist.lang
    )


def C(key, grp, lang, client, loc, person, sent, reply, **kw):
    """One reply of the set. grp: A typed inside the quote, B control, C hard, D typed inside, firm message unknown."""
    allowed = {
        "top",
        "sig",
        "device",
        "bottom",
        "edits",
        "keep_level",
        "colour",
        "html_only",
        "gmail_sig",
        "opt_out",
        "stored",
        "via",
        "tip",
        "reply_all",
        "note",
    }
    bad = set(kw) - allowed
    if bad:
        raise ValueError(f"{key}: unknown fields {bad}")
    if any(c["key"] == key for c in CASES):
        raise ValueError(f"duplicate case {key}")
    CASES.append(dict(key=key, grp=grp, lang=lang, client=client, loc=loc, person=person, sent=sent, reply=reply, **kw))


def after(anchor, *lines):
    return ("after", anchor, list(lines))


def gap(anchor, *lines):
    """An answer typed on its own paragraph: a blank line before and after (clients that split the quote)."""
    return ("after", anchor, ["", *lines, ""])
