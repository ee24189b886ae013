"""blind27 bounces: Exchange Online NDRs in the sending mailbox's language (the bank's own tenant writes them), a
Postfix relay's bounce and delay warning, an Exim bounce without a delivery-status part, a qmail "failure notice",
a Finnish ISP's own bilingual notice and an on-premises Exchange NDR that returns the headers only."""

import html as H
from datetime import UTC, timedelta

import mime12 as M
from eng27 import Bank, dsn_fields, exchange_ndr, ip, rfc822_part

B = []


def label(fails, bank, delay=False):
    recips = [dict(address=f["address"], status=f["status"], permanent=f["status"].startswith("5")) for f in fails]
    return dict(
        recipients=recips,
        permanent=all(rc["permanent"] for rc in recips),
        original_message_id=bank.msgid,
    )


def add(slug, lang, client, made, fails, bank):
    made.update(slug=slug, lang=lang, client=client, kind="bounce", bounce=label(fails, bank))
    B.append(made)


def exo(slug, lang, bank, fails, **kw):
    add(slug, lang, "exchange_online", exchange_ndr(slug, lang=lang, bank=bank, fails=fails, **kw), fails, bank)


# ----------------------------------------------------------------------------------- MTAs other than Exchange Online
POSTFIX_TEXT = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

{diag}
"""
POSTFIX_DELAY_TEXT = """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

{diag}
"""


def postfix(slug, bank, host, fail, delay=False, hours=0):
    r = M.rng("postfix27", slug)
    utc = bank.utc + timedelta(hours=hours, minutes=r.randrange(1, 4), seconds=r.randrange(60))
    dt = utc.astimezone(bank.dt.tzinfo)
    qid = M.hexid(r, 10)
    b = f"{qid}.{int(utc.timestamp())}/{host}"
    text = (POSTFIX_DELAY_TEXT if delay else POSTFIX_TEXT).format(host=host, diag=fail["printed"])
    notice = M.Part(
        [("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
        body=M.crlf(text).encode(),
    )
    arrival = bank.utc.astimezone(bank.dt.tzinfo)
    ds_lines = [
        f"Reporting-MTA: dns; {host}",
        f"X-Postfix-Queue-ID: {qid}",
        f"X-Postfix-Sender: rfc822; {bank.from_email}",
        f"Arrival-Date: {M.rfcdate(arrival)}",
        "",
        f"Final-Recipient: rfc822; {fail['address']}",
        f"Original-Recipient: rfc822;{fail['address']}",
        f"Action: {'delayed' if delay else 'failed'}",
        f"Status: {fail['status']}",
    ]
    if fail.get("remote"):
        ds_lines.append(f"Remote-MTA: dns; {fail['remote']}")
    ds_lines.append(f"Diagnostic-Code: {fail['diag']}")
    if delay:
        ds_lines.append(f"Will-Retry-Until: {M.rfcdate(arrival + timedelta(days=5))}")
    ds = M.Part(
        [("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
        body=("\r\n".join(ds_lines) + "\r\n").encode(),
    )
    if delay:
        orig = M.Part(
            [("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
            body=bank.headers_only(),
        )
    else:
        orig = M.Part(
            [
                ("Content-Description", "Undelivered Message"),
                ("Content-Type", "message/rfc822"),
                ("Content-Transfer-Encoding", "7bit"),
            ],
            body=bank.raw(),
        )
    rep = M.multipart(
        "report",
        [notice, ds, orig],
        b,
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"',
        preamble="This is a MIME-encapsulated message.\r\n",
    )
    headers = [
        (
            "Received",
            f"from {host} ({host} [{ip(r)}])\r\n\tby mx.kessel-nordahl.example; {M.rfcdate(utc.astimezone(UTC))}",
        ),
        ("Date", M.rfcdate(dt)),
        ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
        ("Subject", "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"),
        ("To", bank.from_email),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Message-Id", f"<{utc:%Y%m%d%H%M%S}.{qid}@{host}>"),
    ]
    return dict(raw=M.message(headers, rep), date=dt.isoformat(), utc=utc, answers=bank.utc)


EXIM_TEXT = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {address}
    host {remote} [{rip}]
    SMTP error from remote mail server after RCPT TO:<{address}>:
    {diag}

------ This is a copy of the message, including all the headers. ------

"""


def exim(slug, bank, host, fail):
    r = M.rng("exim27", slug)
    utc = bank.utc + timedelta(minutes=r.randrange(1, 3), seconds=r.randrange(60))
    dt = utc.astimezone(bank.dt.tzinfo)
    text = EXIM_TEXT.format(address=fail["address"], remote=fail["remote"], rip=ip(r), diag=fail["diag"])
    body = M.crlf(text).encode() + bank.raw()
    eid = f"1{M.hexid(r, 5).lower()}-{M.hexid(r, 6)}-{M.hexid(r, 2)}"
    headers = [
        (
            "Received",
            f"from {host} ({host} [{ip(r)}])\r\n\tby mx.kessel-nordahl.example; {M.rfcdate(utc.astimezone(UTC))}",
        ),
        ("X-Failed-Recipients", fail["address"]),
        ("Auto-Submitted", "auto-replied"),
        ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"),
        ("To", bank.from_email),
        ("References", bank.msgid),
        ("Content-Type", "text/plain; charset=us-ascii"),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", f"<E{eid}@{host}>"),
        ("Date", M.rfcdate(dt)),
    ]
    raw = "".join(f"{k}: {v}\r\n" for k, v in headers).encode() + b"\r\n" + body
    return dict(raw=raw, date=dt.isoformat(), utc=utc, answers=bank.utc)


QMAIL_TEXT = """Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{address}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

"""


def qmail(slug, bank, host, fail):
    r = M.rng("qmail27", slug)
    utc = bank.utc + timedelta(minutes=r.randrange(1, 3), seconds=r.randrange(60))
    dt = utc.astimezone(UTC)
    body = M.crlf(QMAIL_TEXT.format(host=host, address=fail["address"])).encode() + bank.raw()
    headers = [
        ("Received", f"from {host} ({host} [{ip(r)}])\r\n\tby mx.kessel-nordahl.example; {M.rfcdate(dt)}"),
        ("Date", M.rfcdate(dt)),
        ("From", f"MAILER-DAEMON@{host}"),
        ("To", bank.from_email),
        ("Subject", "failure notice"),
        ("Message-ID", f"<{int(utc.timestamp())}.{r.randrange(10000, 99999)}.qmail@{host}>"),
    ]
    raw = "".join(f"{k}: {v}\r\n" for k, v in headers).encode() + b"\r\n" + body
    return dict(raw=raw, date=dt.isoformat(), utc=utc, answers=bank.utc)


ISP_TEXT = """Viestiäsi ei voitu toimittaa seuraavalle vastaanottajalle:
Your message could not be delivered to the following recipient:

    {address}

Syy: vastaanottajan postilaatikko on täynnä (5.2.2).
Reason: the recipient's mailbox is full (5.2.2).

Viesti palautetaan liitteenä. Voit yrittää lähettää sen myöhemmin uudelleen.
The message is returned as an attachment. You may try to send it again later.

--
Saaristonetin postipalvelu / Saaristonet mail service
"""


def isp_notice(slug, bank, host, fail):
    r = M.rng("isp27", slug)
    utc = bank.utc + timedelta(minutes=r.randrange(1, 5), seconds=r.randrange(60))
    dt = utc.astimezone(bank.dt.tzinfo)
    text = M.text_part(
        ISP_TEXT.format(address=fail["address"]), "text/plain; charset=iso-8859-1", "iso-8859-1", "quoted-printable"
    )
    orig = M.Part(
        [("Content-Type", "message/rfc822"), ("Content-Disposition", 'attachment; filename="viesti.eml"')],
        body=bank.raw(),
    )
    b = f"=_isp_{M.lowhex(r, 24)}"
    mixed = M.multipart("mixed", [text, orig], b)
    headers = [
        (
            "Received",
            f"from {host} ({host} [{ip(r)}])\r\n\tby mx.kessel-nordahl.example; {M.rfcdate(utc.astimezone(UTC))}",
        ),
        ("From", M.addr("Saaristonet postipalvelin", f"postmaster@{host}", "iso-8859-1")),
        ("To", bank.from_email),
        ("Subject", M.ew("Viestiä ei voitu toimittaa / Undelivered message", "iso-8859-1")),
        ("Date", M.rfcdate(dt)),
        ("Message-ID", f"<ndr.{M.lowhex(r, 20)}@{host}>"),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    return dict(raw=M.message(headers, mixed), date=dt.isoformat(), utc=utc, answers=bank.utc)


ONPREM_TEXT = """Delivery has failed to these recipients or groups:

{address}
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.






Diagnostic information for administrators:

Generating server: {server}

{address}
Remote Server returned '{diag}'

Original message headers:

"""


def onprem_headers_only(slug, bank, server, domain, fail):
    r = M.rng("onprem27", slug)
    utc = bank.utc + timedelta(minutes=r.randrange(1, 4), seconds=r.randrange(60))
    dt = utc.astimezone(bank.dt.tzinfo)
    hdrs = bank.headers_only().decode()
    text = ONPREM_TEXT.format(address=fail["address"], server=server, diag=fail["diag"]) + hdrs.replace("\r\n", "\n")
    tp = M.text_part(text, 'text/plain; charset="us-ascii"', "us-ascii", "quoted-printable")
    hb = (
        "<html><head></head><body>"
        + "\n".join(f"<p>{H.escape(x, quote=False)}</p>" if x.strip() else "<br>" for x in text.split("\n"))
        + "</body></html>\n"
    )
    hp = M.text_part(hb, 'text/html; charset="us-ascii"', "us-ascii", "quoted-printable")
    ab = f"_000_{M.hexid(r, 32)}_"
    alt = M.multipart("alternative", [tp, hp], ab)
    ds = M.Part(
        [("Content-Type", "message/delivery-status")],
        body=dsn_fields(
            server,
            bank.utc,
            [dict(address=fail["address"], status=fail["status"], action="failed", diag=fail["diag"])],
        ).encode(),
    )
    orig = rfc822_part(bank.headers_only(), headers_only=True)
    b = f"_{M.hexid(r, 3)}_{M.hexid(r, 32)}_"
    rep = M.multipart(
        "report", [alt, ds, orig], b, ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"'
    )
    headers = [
        ("Received", f"from {server} ({ip(r)})\r\n\tby mx.kessel-nordahl.example; {M.rfcdate(utc.astimezone(UTC))}"),
        ("From", f"postmaster@{domain}"),
        ("To", bank.from_email),
        ("Date", M.rfcdate(dt)),
        ("Subject", M.ew("Undeliverable: " + bank.subject)),
        ("Message-ID", f"<{uuid_like(r)}@{server}>"),
        ("In-Reply-To", bank.msgid),
        ("References", bank.msgid),
        ("Thread-Topic", M.ew(bank.subject)),
        ("Content-Language", "en-US"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    return dict(raw=M.message(headers, rep), date=dt.isoformat(), utc=utc, answers=bank.utc)


def uuid_like(r):
    h = M.lowhex(r, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ------------------------------------------------------------------------------------ Exchange Online (the bank)
_b = Bank("review-sv", ("Sten Wallin", "sten.wallin@wallinkonsult.example"), "Hej Sten,")
_f = [
    dict(
        address="sten.wallin@wallinkonsult.example",
        status="5.1.1",
        kind="notfound",
        remote="mx.wallinkonsult.example",
        diag="550 5.1.1 <sten.wallin@wallinkonsult.example>: Recipient address rejected: User unknown in virtual mailbox table",
    )
]
exo("wallin-olevererbart", "sv", _b, _f)

_b = Bank("kyc-da", ("Ole Lund", "ole.lund@lundtransport.example"), "Hej Ole,")
_f = [
    dict(
        address="ole.lund@lundtransport.example",
        status="5.1.10",
        kind="notfound",
        remote="lundtransport-example.mail.protection.outlook.com",
        diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ole.lund@lundtransport.example not found by SMTP address lookup",
    )
]
exo("lund-kan-ikke-leveres", "da", _b, _f)

_b = Bank("letter-no-05", ("Kjell Moen", "kjell.moen@moenfisk.example"), "Hei Kjell,")
_f = [
    dict(
        address="kjell.moen@moenfisk.example",
        status="5.2.2",
        kind="full",
        remote="mx1.moenfisk.example",
        diag="552 5.2.2 <kjell.moen@moenfisk.example>: Mailbox full (quota exceeded)",
    )
]
exo("moen-postboksen-full", "no", _b, _f)

_b = Bank("review-fi", ("Järvisaaren Kalastajat", "info@jarvisaaren-kalastajat.example"), "Hei,")
_f = [
    dict(
        address="info@jarvisaaren-kalastajat.example",
        status="5.4.1",
        kind="rejected",
        remote="jarvisaarenkalastajat-example.mail.protection.outlook.com",
        diag="550 5.4.1 Recipient address rejected: Access denied. [HE1EUR02FT012.eop-EUR02.prod.protection.outlook.com]",
    )
]
exo("jarvisaari-toimittamaton", "fi", _b, _f)

_b = Bank(
    "tax-de",
    ("Klaus Weis", "klaus.weis@weis-partner.example"),
    "Sehr geehrter Herr Weis,",
    cc=[("Petra Weis", "petra.weis@weis-partner.example")],
)
_f = [
    dict(
        address="klaus.weis@weis-partner.example",
        status="5.1.1",
        kind="notfound",
        remote="mail.weis-partner.example",
        diag="550 5.1.1 <klaus.weis@weis-partner.example>: Recipient address rejected: User unknown",
    ),
    dict(
        address="petra.weis@weis-partner.example",
        status="5.2.2",
        kind="full",
        remote="mail.weis-partner.example",
        diag="552 5.2.2 <petra.weis@weis-partner.example>: Mailbox quota exceeded",
    ),
]
exo("weis-zwei-empfaenger", "de", _b, _f)

_b = Bank("letter-fr-04", ("Fiduciaire Moselle", "contact@fiduciaire-moselle.example"), "Madame, Monsieur,")
_f = [
    dict(
        address="contact@fiduciaire-moselle.example",
        status="5.7.1",
        kind="rejected",
        remote="mx.fiduciaire-moselle.example",
        diag="550 5.7.1 Message rejected as spam by Content Filtering.",
    )
]
exo("moselle-non-remis", "fr", _b, _f)

_b = Bank("kyc-et", ("Rein Org", "rein.org@orgehitus.example"), "Tere, hr Org!")
_f = [
    dict(
        address="rein.org@orgehitus.example",
        status="5.1.1",
        kind="notfound",
        remote="mx.orgehitus.example",
        diag="550 5.1.1 <rein.org@orgehitus.example>: Recipient address rejected: User unknown in local recipient table",
    )
]
exo("org-kattetoimetamatu", "et", _b, _f)

_b = Bank("review-lv", ("Guntis Zariņš", "guntis.zarins@zarinsagro.example"), "Labdien, Zariņa kungs!")
_f = [
    dict(
        address="guntis.zarins@zarinsagro.example",
        status="5.1.1",
        kind="notfound",
        remote="mx.zarinsagro.example",
        diag="550 5.1.1 <guntis.zarins@zarinsagro.example>: Recipient address rejected: User unknown",
    )
]
exo("zarins-nepiegadajams", "lv", _b, _f)

_b = Bank("letter-lt-04", ("Gintaro dirbtuvės", "info@gintaro-dirbtuves.example"), "Laba diena,")
_f = [
    dict(
        address="info@gintaro-dirbtuves.example",
        status="5.1.1",
        kind="notfound",
        remote="mx1.gintaro-dirbtuves.example",
        diag="550 5.1.1 <info@gintaro-dirbtuves.example>: Recipient address rejected: User unknown in virtual mailbox table",
    )
]
exo("gintaro-nepristatyta", "lt", _b, _f)

_b = Bank("kyc-de", ("Hans Kohl", "hans.kohl@kohl-architekten.example"), "Sehr geehrter Herr Kohl,")
_f = [
    dict(
        address="hans.kohl@kohl-architekten.example",
        status="4.4.316",
        kind="delay",
        remote="mail.kohl-architekten.example",
        diag="451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.kohl-architekten.example]",
    )
]
exo("kohl-verzoegert", "de", _b, _f, minutes=245, delay=True)

# --------------------------------------------------------------------------------------------------- other MTAs
_b = Bank("letter-sv-04", ("Gunnar Ek", "gunnar.ek@ekfiske.example"), "Hej Gunnar,")
_f = dict(
    address="gunnar.ek@ekfiske.example",
    status="5.1.1",
    remote="mail.ekfiske.example",
    diag="smtp; 550 5.1.1 <gunnar.ek@ekfiske.example>: Recipient address\r\n    rejected: User unknown in local recipient table",
    printed=(
        "<gunnar.ek@ekfiske.example>: host mail.ekfiske.example[198.51.100.20] said: 550\n"
        "    5.1.1 <gunnar.ek@ekfiske.example>: Recipient address rejected: User unknown\n"
        "    in local recipient table (in reply to RCPT TO command)"
    ),
)
add("ek-postfix", "en", "postfix", postfix("ek-postfix", _b, "relay.ekfiske.example", _f), [_f], _b)

_b = Bank("kyc-fi", ("Saariston Kalastajien Osuuskunta", "info@saaristo-osuuskunta.example"), "Hei,")
_f = dict(
    address="info@saaristo-osuuskunta.example",
    status="4.4.1",
    remote=None,
    diag="X-Postfix; connect to mail.saaristo-osuuskunta.example[198.51.100.31]:25:\r\n    Connection timed out",
    printed=(
        "<info@saaristo-osuuskunta.example>: connect to\n"
        "    mail.saaristo-osuuskunta.example[198.51.100.31]:25: Connection timed out"
    ),
)
add(
    "saaristo-postfix-viive",
    "en",
    "postfix",
    postfix("saaristo-postfix-viive", _b, "mx1.saaristo-osuuskunta.example", _f, delay=True, hours=4),
    [_f],
    _b,
)

_b = Bank("review-en", ("Ciarán Joyce", "ciaran@connemara-seafoods.example"), "Dear Ciarán,")
_f = dict(
    address="ciaran@connemara-seafoods.example",
    status="5.1.1",
    remote="mx.connemara-seafoods.example",
    diag="550 5.1.1 <ciaran@connemara-seafoods.example>: Recipient address rejected: User unknown",
)
add("joyce-exim", "en", "exim", exim("joyce-exim", _b, "cpanel-host7.hosting-west.example", _f), [_f], _b)

_b = Bank("letter-lt-04", ("Jonas Butkus", "jonas.butkus@butkaus-baldai.example"), "Laba diena, Jonai,")
_f = dict(address="jonas.butkus@butkaus-baldai.example", status="5.1.1")
add("butkus-qmail", "en", "qmail", qmail("butkus-qmail", _b, "mail.butkaus-baldai.example", _f), [_f], _b)

_b = Bank("letter-fi-04", ("Aila Rantanen", "aila.rantanen@saaristonet.example"), "Hei Aila,")
_f = dict(address="aila.rantanen@saaristonet.example", status="5.2.2")
add("rantanen-postilaatikko-taynna", "fi", "isp", isp_notice("rantanen", _b, "posti.saaristonet.example", _f), [_f], _b)

_b = Bank("kyc-en", ("Jón Gunnarsson", "jon@saefari-hf.example"), "Dear Jón,")
_f = dict(
    address="jon@saefari-hf.example",
    status="5.1.1",
    diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
)
add(
    "gunnarsson-headers-only",
    "en",
    "exchange_onprem",
    onprem_headers_only("gunnarsson", _b, "EXCH01.saefari-hf.local", "saefari-hf.example", _f),
    [_f],
    _b,
)


def items():
    return B
