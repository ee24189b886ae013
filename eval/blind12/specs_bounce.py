"""Bounces (kind "bounce") from many MTA families. Each item carries its label details:
bounce.permanent, bounce.recipients [{address, permanent, status?}], bounce.original_message_id."""
import json
from datetime import timedelta
from email.utils import format_datetime

from mime12 import D, Part, b64, crlf, enc, ew, hexid, lowhex, qp, rng, text_part

ITEMS = []


def item(slug, client, lang, raw, recipients, omid, permanent=None):
    if permanent is None:
        permanent = any(r.get("permanent") for r in recipients)
    b = {"permanent": permanent, "recipients": recipients}
    if omid:
        b["original_message_id"] = omid
    ITEMS.append(dict(slug=slug, client=client, lang=lang, kind="bounce", raw=raw, bounce=b))


def rcpt(address, status=None, permanent=True):
    d = {"address": address, "permanent": permanent}
    if status:
        d["status"] = status
    return d


def hdrs(pairs):
    return "".join(f"{k}: {v}\r\n" for k, v in pairs)


def sent(frm, to, date, subject, body, mid, xmailer=None, cs="us-ascii", extra=()):
    """The user's original outgoing message (what comes back inside the bounce)."""
    h = [("Return-Path", f"<{frm[1]}>"), ("Message-ID", mid), ("Date", format_datetime(date)),
         ("From", f"{frm[0]} <{frm[1]}>" if all(ord(c) < 128 for c in frm[0]) else f"{ew(frm[0])} <{frm[1]}>"),
         ("To", to), ("Subject", subject if all(ord(c) < 128 for c in subject) else ew(subject)),
         ("MIME-Version", "1.0")] + list(extra)
    if xmailer:
        h.append(("X-Mailer", xmailer))
    cte = "7bit" if cs == "us-ascii" else "quoted-printable"
    h += [("Content-Type", f'text/plain; charset="{cs}"'), ("Content-Transfer-Encoding", cte)]
    data = enc(crlf(body.strip("\n") + "\n"), cs)
    payload = data if cte == "7bit" else (qp(data.replace(b"\r\n", b"\n")) + "\r\n").encode()
    return hdrs(h).encode() + b"\r\n" + payload


def headers_only(raw):
    return raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"


def report(top, human, status, returned, boundary, returned_type="message/rfc822", preamble=None):
    """multipart/report; report-type=delivery-status."""
    parts = human if isinstance(human, list) else [human]
    st = Part([("Content-Type", "message/delivery-status")], body=crlf(status.strip("\n") + "\n\n").encode())
    ps = parts + [st]
    if returned is not None:
        ps.append(Part([("Content-Type", returned_type)] + ([("Content-Description", "Undelivered Message")]
                                                            if returned_type == "message/rfc822" else []),
                       body=returned))
    p = Part([("Content-Type", f'multipart/report; report-type=delivery-status;\r\n\tboundary="{boundary}"')],
             parts=ps, boundary=boundary, preamble=preamble)
    h = "".join(f"{k}: {v}\r\n" for k, v in top).encode() + b"MIME-Version: 1.0\r\n"
    return h + p.render()


def plain_msg(top, text, cs="us-ascii", cte="7bit"):
    h = hdrs(top + [("MIME-Version", "1.0"), ("Content-Type", f"text/plain; charset={cs}"),
                    ("Content-Transfer-Encoding", cte)])
    data = enc(crlf(text), cs)
    if cte == "quoted-printable":
        data = (qp(data.replace(b"\r\n", b"\n")) + "\r\n").encode()
    return h.encode() + b"\r\n" + data


def tp(text, cs="us-ascii", cte="7bit", desc=None):
    extra = [("Content-Description", desc)] if desc else []
    return text_part(text.strip("\n") + "\n", f"text/plain; charset={cs}", cs, cte, extra=extra)


def rcv(r, host, frm_host, dt):
    return ("Received", f"from {frm_host} ({frm_host} [{r.choice(['192.0.2.', '198.51.100.', '203.0.113.'])}"
                        f"{r.randrange(2, 250)}])\r\n\tby {host} with ESMTP id {hexid(r, 10)};\r\n\t"
                        f"{format_datetime(dt)}")


HARRIET = ("Harriet Coleman", "harriet.coleman@brightwater-advisory.com")
CAMILLE = ("Camille Verdier", "camille.verdier@cabinet-aubrac.fr")
JONAS = ("Jonas Pfeiffer", "jonas.pfeiffer@nordlicht-agentur.de")
TRENT = ("Trent Loughlin", "Trent.Loughlin@strattonhale.com")
SANNE = ("Sanne de Wit", "sanne@studiokanaal.nl")
GIULIA = ("Giulia Ferraresi", "g.ferraresi@altavia-consulenze.it")

# --------------------------------------------------------------------------
# 1. Postfix, user unknown, full message returned
# --------------------------------------------------------------------------
r = rng("b1")
t = D("2024-04-16 09:12:40", 1)
mid = "<CAL7x0b2Fq9pV3tNw6m@mail.gmail.com>"
orig = sent(HARRIET, "Daniel Frost <d.frost@frost-kitchens.co.uk>", t - timedelta(seconds=9),
            "Following up: cash-flow review", """
Hi Daniel,

Just following up on the cash-flow review I sent over last week. Would Thursday work for a quick call?

Best regards,
Harriet""", mid, extra=[("X-Mailer", "Relance")])
raw = report([rcv(r, "mx1.brightwater-advisory.com", "mail.frost-kitchens.co.uk", t),
              ("Date", format_datetime(t)), ("From", "MAILER-DAEMON@mail.frost-kitchens.co.uk (Mail Delivery System)"),
              ("Subject", "Undelivered Mail Returned to Sender"), ("To", HARRIET[1]),
              ("Auto-Submitted", "auto-replied"), ("Message-Id", f"<20240416081240.{hexid(r, 10)}@mail.frost-kitchens.co.uk>")],
             tp("""
This is the mail system at host mail.frost-kitchens.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.frost@frost-kitchens.co.uk>: host mailstore.frost-kitchens.co.uk[10.20.0.14]
    said: 550 5.1.1 <d.frost@frost-kitchens.co.uk>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", desc="Notification"), f"""
Reporting-MTA: dns; mail.frost-kitchens.co.uk
X-Postfix-Queue-ID: 4VJ8Xm2QpZz1xq
X-Postfix-Sender: rfc822; {HARRIET[1]}
Arrival-Date: {format_datetime(t - timedelta(seconds=5))}

Final-Recipient: rfc822; d.frost@frost-kitchens.co.uk
Original-Recipient: rfc822;d.frost@frost-kitchens.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore.frost-kitchens.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <d.frost@frost-kitchens.co.uk>: Recipient
    address rejected: User unknown in virtual mailbox table
""", orig, "4VJ8Xm2QpZz1xq.1713255160/mail.frost-kitchens.co.uk",
             preamble="This is a MIME-encapsulated message.\r\n")
item("frost-user-unknown", "postfix", "en", raw, [rcpt("d.frost@frost-kitchens.co.uk", "5.1.1")], mid)

# --------------------------------------------------------------------------
# 2. Postfix delay warning, headers only
# --------------------------------------------------------------------------
r = rng("b2")
t = D("2024-05-20 14:02:11", 2)
mid = "<4f2a8c1e-9b7d-4c3a-a1e2-77c5d0b9e311@nordlicht-agentur.de>"
orig = sent(JONAS, "Ralf Becker <r.becker@becker-holzbau.de>", t - timedelta(hours=4, minutes=3),
            "Erinnerung: Angebot Imagefilm", "Hallo Herr Becker,\n\nhaben Sie unser Angebot erhalten?\n\nViele Grüße\n"
            "Jonas Pfeiffer", mid, cs="utf-8")
raw = report([rcv(r, "mail.nordlicht-agentur.de", "localhost", t), ("Date", format_datetime(t)),
              ("From", "MAILER-DAEMON@mail.nordlicht-agentur.de (Mail Delivery System)"),
              ("Subject", "Delayed Mail (still being retried)"), ("To", JONAS[1]),
              ("Auto-Submitted", "auto-replied"), ("Message-Id", f"<20240520120211.{hexid(r, 10)}@mail.nordlicht-agentur.de>")],
             tp("""
This is the mail system at host mail.nordlicht-agentur.de.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.becker@becker-holzbau.de>: connect to mx01.becker-holzbau.de[198.51.100.77]:25:
    Connection timed out
""", desc="Notification"), f"""
Reporting-MTA: dns; mail.nordlicht-agentur.de
X-Postfix-Queue-ID: 4VSpQn1Jc8z9sW
X-Postfix-Sender: rfc822; {JONAS[1]}
Arrival-Date: {format_datetime(t - timedelta(hours=4, minutes=3))}

Final-Recipient: rfc822; r.becker@becker-holzbau.de
Original-Recipient: rfc822;r.becker@becker-holzbau.de
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx01.becker-holzbau.de[198.51.100.77]:25:
    Connection timed out
Will-Retry-Until: {format_datetime(t + timedelta(days=4, hours=20))}
""", headers_only(orig), "4VSpQn1Jc8z9sW.1716206531/mail.nordlicht-agentur.de", returned_type="text/rfc822-headers",
             preamble="This is a MIME-encapsulated message.\r\n")
item("becker-delay-4h", "postfix", "en", raw, [rcpt("r.becker@becker-holzbau.de", "4.4.1", False)], mid)

# --------------------------------------------------------------------------
# 3. Postfix, alias expanded: Original-Recipient differs from Final-Recipient, over quota
# --------------------------------------------------------------------------
r = rng("b3")
t = D("2024-06-03 10:41:55", 2)
mid = "<e81b44c0-3d1a-4f7b-9c55-2a6f0d1e8b47@studiokanaal.nl>"
orig = sent(SANNE, "info@bakkerij-vandermeer.nl", t - timedelta(seconds=20), "Offerte nieuwe verpakking",
            "Beste meneer Van der Meer,\n\nIn de bijlage vindt u de offerte voor de nieuwe verpakking.\n\nMet vriendelijke "
            "groet,\nSanne de Wit", mid)
raw = report([rcv(r, "mx.studiokanaal.nl", "mx2.bakkerij-vandermeer.nl", t), ("Date", format_datetime(t)),
              ("From", "MAILER-DAEMON@mx2.bakkerij-vandermeer.nl (Mail Delivery System)"),
              ("Subject", "Undelivered Mail Returned to Sender"), ("To", SANNE[1]),
              ("Auto-Submitted", "auto-replied")],
             tp("""
This is the mail system at host mx2.bakkerij-vandermeer.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kees@bakkerij-vandermeer.nl> (expanded from <info@bakkerij-vandermeer.nl>):
    host 127.0.0.1[127.0.0.1] said: 552 5.2.2 <kees@bakkerij-vandermeer.nl>
    Mailbox full: quota exceeded (in reply to end of DATA command)
""", desc="Notification"), f"""
Reporting-MTA: dns; mx2.bakkerij-vandermeer.nl
X-Postfix-Queue-ID: 4VtH9d0bK2z3Lm
X-Postfix-Sender: rfc822; {SANNE[1]}
Arrival-Date: {format_datetime(t - timedelta(seconds=12))}

Final-Recipient: rfc822; kees@bakkerij-vandermeer.nl
Original-Recipient: rfc822;info@bakkerij-vandermeer.nl
Action: failed
Status: 5.2.2
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 552 5.2.2 <kees@bakkerij-vandermeer.nl> Mailbox full:
    quota exceeded
""", orig, "4VtH9d0bK2z3Lm.1717404115/mx2.bakkerij-vandermeer.nl",
             preamble="This is a MIME-encapsulated message.\r\n")
item("vandermeer-alias-quota", "postfix", "en", raw, [rcpt("info@bakkerij-vandermeer.nl", "5.2.2")], mid)

# --------------------------------------------------------------------------
# 4. Exim, classic non-DSN bounce with the whole message
# --------------------------------------------------------------------------
r = rng("b4")
t = D("2024-02-27 16:20:03", 0)
mid = "<AM6PR02MB4410B7E1C2D3A4F5@AM6PR02MB4410.eurprd02.prod.outlook.com>"
orig = sent(HARRIET, "Gareth Pryce <gareth@pryce-surveyors.co.uk>", t - timedelta(seconds=3),
            "RE: Partnership accounts 2023", """
Hi Gareth,

Thanks for the trial balance. I'll have the draft accounts to you by the end of next week.

Harriet""", mid)
text = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  gareth@pryce-surveyors.co.uk
    host mx.pryce-surveyors.co.uk [203.0.113.45]
    SMTP error from remote mail server after RCPT TO:<gareth@pryce-surveyors.co.uk>:
    550 5.1.1 <gareth@pryce-surveyors.co.uk>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

""" + orig.decode()
raw = plain_msg([rcv(r, "mx1.brightwater-advisory.com", "smtp.uk-hosting-co.net", t),
                 ("X-Failed-Recipients", "gareth@pryce-surveyors.co.uk"), ("Auto-Submitted", "auto-replied"),
                 ("From", "Mail Delivery System <Mailer-Daemon@smtp.uk-hosting-co.net>"),
                 ("To", HARRIET[1]), ("Subject", "Mail delivery failed: returning message to sender"),
                 ("Message-Id", f"<E1rezt1-00{hexid(r, 4)}-Qw@smtp.uk-hosting-co.net>"),
                 ("Date", format_datetime(t))], text)
item("pryce-exim-classic", "exim", "en", raw, [rcpt("gareth@pryce-surveyors.co.uk", "5.1.1")], mid)

# --------------------------------------------------------------------------
# 5. Exim 4.9x with a DSN part (Status 5.0.0)
# --------------------------------------------------------------------------
r = rng("b5")
t = D("2024-09-09 08:05:44", 2)
mid = "<8e3c1f2a-5d6b-4a7c-9e0f-1b2c3d4e5f60@altavia-consulenze.it>"
orig = sent(GIULIA, "amministrazione@vetreria-sanmarco.it", t - timedelta(seconds=6), "Sollecito: preventivo consulenza",
            "Gentili,\n\nvi scrivo per sapere se avete avuto modo di valutare il nostro preventivo.\n\nCordiali saluti,\n"
            "Giulia Ferraresi", mid)
raw = report([rcv(r, "mx.altavia-consulenze.it", "mail.hostingpro-it.net", t),
              ("X-Failed-Recipients", "amministrazione@vetreria-sanmarco.it"), ("Auto-Submitted", "auto-replied"),
              ("From", "Mail Delivery System <Mailer-Daemon@mail.hostingpro-it.net>"), ("To", GIULIA[1]),
              ("References", mid), ("Content-Transfer-Encoding", "7bit"),
              ("Subject", "Mail delivery failed: returning message to sender"),
              ("Message-Id", f"<E1sna4O-00{hexid(r, 4)}-Bk@mail.hostingpro-it.net>"), ("Date", format_datetime(t))],
             tp("""
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  amministrazione@vetreria-sanmarco.it
    host mx1.vetreria-sanmarco.it [198.51.100.203]
    SMTP error from remote mail server after RCPT TO:<amministrazione@vetreria-sanmarco.it>:
    550 mailbox unavailable
""", cs="us-ascii"), f"""
Reporting-MTA: dns; mail.hostingpro-it.net

Action: failed
Final-Recipient: rfc822;amministrazione@vetreria-sanmarco.it
Status: 5.0.0
Remote-MTA: dns; mx1.vetreria-sanmarco.it
Diagnostic-Code: smtp; 550 mailbox unavailable
""", orig, "1725861944-eximdsn-1043", preamble=None)
item("sanmarco-exim-dsn", "exim", "en", raw, [rcpt("amministrazione@vetreria-sanmarco.it", "5.0.0")], mid)

# --------------------------------------------------------------------------
# 6. Exim delay warning (plain, no DSN)
# --------------------------------------------------------------------------
r = rng("b6")
t = D("2024-11-05 02:40:17", -5)
mid = "<SJ0PR13MB5890A1B2C3D4E5F6@SJ0PR13MB5890.namprd13.prod.outlook.com>"
text = f"""This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on relay2.cornerstone-isp.net.

The message identifier is:     1t8Gx2-000Kp4-9a
The subject of the message is: Proposal - annual tax planning
The date of the message is:    {format_datetime(t - timedelta(hours=24, minutes=2))}

The address to which the message has not yet been delivered is:

  mike@hendrickson-farms.com
    host mail.hendrickson-farms.com [203.0.113.200]
    Delay reason: SMTP error from remote mail server after pipelined MAIL FROM:<{HARRIET[1]}> SIZE=4721:
    451 Temporary local problem - please try later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
raw = plain_msg([rcv(r, "mx1.brightwater-advisory.com", "relay2.cornerstone-isp.net", t),
                 ("From", "Mail Delivery System <Mailer-Daemon@relay2.cornerstone-isp.net>"), ("To", HARRIET[1]),
                 ("Subject", "Warning: message 1t8Gx2-000Kp4-9a delayed 24 hours"),
                 ("References", mid), ("Auto-Submitted", "auto-replied"),
                 ("Message-Id", f"<E1t8dUr-000{hexid(r, 3)}-Ls@relay2.cornerstone-isp.net>"),
                 ("Date", format_datetime(t))], text)
item("hendrickson-exim-warning", "exim", "en", raw, [rcpt("mike@hendrickson-farms.com", None, False)], mid)

# --------------------------------------------------------------------------
# 7. Sendmail, transcript, DSN, full message
# --------------------------------------------------------------------------
r = rng("b7")
t = D("2002-03-19 11:04:52", -6)
mid = "<OF3A1B2C4D.5E6F7081-ON86256B7F.0059A1B2@strattonhale.com>"
orig = sent(TRENT, "rgaines@gulfcoastcogen.com", t - timedelta(minutes=2), "Westlake standby power",
            "Ron,\n\nAre you still interested in the standby power arrangement for the Westlake\ncompressor? Let me know "
            "and I'll send the term sheet.\n\nTrent", mid, xmailer="Lotus Notes Release 5.0.8  June 18, 2001")
raw = report([rcv(r, "smtp1.strattonhale.com", "mail.gulfcoastcogen.com", t),
              ("Date", format_datetime(t)), ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mail.gulfcoastcogen.com>"),
              ("Message-Id", f"<200203191704.g2JH4qS{lowhex(r, 5)}@mail.gulfcoastcogen.com>"), ("To", TRENT[1]),
              ("Subject", "Returned mail: see transcript for details"), ("Auto-Submitted", "auto-generated (failure)")],
             tp("""
The original message was received at Tue, 19 Mar 2002 11:02:49 -0600
from smtp1.strattonhale.com [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<rgaines@gulfcoastcogen.com>
    (reason: 550 5.1.1 <rgaines@gulfcoastcogen.com>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailhost.gulfcoastcogen.com.:
>>> DATA
<<< 550 5.1.1 <rgaines@gulfcoastcogen.com>... User unknown
550 5.1.1 <rgaines@gulfcoastcogen.com>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
"""), """
Reporting-MTA: dns; mail.gulfcoastcogen.com
Received-From-MTA: DNS; smtp1.strattonhale.com
Arrival-Date: Tue, 19 Mar 2002 11:02:49 -0600

Final-Recipient: RFC822; rgaines@gulfcoastcogen.com
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailhost.gulfcoastcogen.com
Diagnostic-Code: SMTP; 550 5.1.1 <rgaines@gulfcoastcogen.com>... User unknown
Last-Attempt-Date: Tue, 19 Mar 2002 11:04:52 -0600
""", orig, "g2JH4qS12345.1016557492/mail.gulfcoastcogen.com",
             preamble="This is a MIME-encapsulated message\r\n")
item("gulfcoast-sendmail", "sendmail", "en", raw, [rcpt("rgaines@gulfcoastcogen.com", "5.1.1")], mid)

# --------------------------------------------------------------------------
# 8. qmail
# --------------------------------------------------------------------------
r = rng("b8")
t = D("2003-07-08 09:31:06", -5)
mid = "<000801c3455e$2b7a9c80$6401a8c0@HCOLEMAN>"
orig = sent(HARRIET, "bob@whitmoresupply.com", t - timedelta(seconds=30), "Year-end inventory count", """
Bob,

Can we schedule the year-end inventory count for July 29 or 30?

Harriet""", mid, xmailer="Microsoft Outlook, Build 10.0.4510")
text = """Hi. This is the qmail-send program at mail.whitmoresupply.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<bob@whitmoresupply.com>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + orig.decode()
raw = plain_msg([rcv(r, "mx.brightwater-advisory.com", "mail.whitmoresupply.com", t),
                 ("Date", format_datetime(t)), ("From", "MAILER-DAEMON@mail.whitmoresupply.com"),
                 ("To", HARRIET[1]), ("Subject", "failure notice")], text)
item("whitmore-qmail", "qmail", "en", raw, [rcpt("bob@whitmoresupply.com", "5.1.1")], mid)

# --------------------------------------------------------------------------
# 9. Exchange 2003, X.400-style details, display name
# --------------------------------------------------------------------------
r = rng("b9")
t = D("2004-03-12 10:16:20", -6)
mid = "<0000c101c40850$7e3f2a10$3c02a8c0@TLOUGHLIN>"
orig = sent(TRENT, '"Schmidt, Jurgen" <jschmidt@halvardmid.com>', t - timedelta(minutes=1), "RE: Q1 gathering invoice",
            "Jurgen,\n\nThe Q1 invoice is approved. AP will pay on the 25th.\n\nTrent", mid,
            xmailer="Microsoft Office Outlook, Build 11.0.5510")
human = tp("""
Your message did not reach some or all of the intended recipients.

      Subject:	RE: Q1 gathering invoice
      Sent:	3/12/2004 10:15 AM

The following recipient(s) could not be reached:

      Schmidt, Jurgen on 3/12/2004 10:16 AM
            The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.
            <HALVARD-EX01.halvardmid.com #5.1.1>
            /O=HALVARD MIDSTREAM/OU=FIRST ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=JSCHMIDT
""", cs="us-ascii")
raw = report([rcv(r, "smtp1.strattonhale.com", "HALVARD-EX01.halvardmid.com", t),
              ("From", "System Administrator <postmaster@halvardmid.com>"), ("To", TRENT[1]),
              ("Subject", "Undeliverable: RE: Q1 gathering invoice"), ("Date", format_datetime(t)),
              ("Message-ID", f"<{hexid(r, 32)}@HALVARD-EX01.halvardmid.com>"),
              ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", ""),
              ("X-MimeOLE", "Produced By Microsoft Exchange V6.5")],
             human, """
Reporting-MTA: dns;HALVARD-EX01.halvardmid.com
Received-From-MTA: dns;mail.strattonhale.com
Arrival-Date: Fri, 12 Mar 2004 10:16:19 -0600

Final-Recipient: rfc822;jschmidt@halvardmid.com
Action: failed
Status: 5.1.1
X-Display-Name: Schmidt, Jurgen
""", orig, f"----_=_NextPart_001_01C40850.{hexid(r, 8)}", preamble="This is a multi-part message in MIME format.\r\n")
item("halvard-ex2003-x400", "exchange", "en", raw, [rcpt("jschmidt@halvardmid.com", "5.1.1")], mid)

# --------------------------------------------------------------------------
# 10. Exchange 2010, plain + HTML human part
# --------------------------------------------------------------------------
r = rng("b10")
t = D("2012-10-22 15:44:09", 1)
mid = "<CAHx8d1t5Lp0Q2w3e4r5t6y7u8i9o0p@mail.gmail.com>"
orig = sent(CAMILLE, "Philippe Morel <p.morel@morel-transports.fr>", t - timedelta(seconds=7),
            "Relance : bilan patrimonial", "Bonjour Monsieur Morel,\n\nAvez-vous pu prendre connaissance du bilan ?\n\n"
            "Bien cordialement,\nCamille Verdier", mid, cs="utf-8")
ptxt = """Delivery has failed to these recipients or groups:

Philippe Morel (p.morel@morel-transports.fr)
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.






Diagnostic information for administrators:

Generating server: EXCH01.morel-transports.local

p.morel@morel-transports.fr
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

Received: from mx.morel-transports.fr (10.0.0.5) by EXCH01.morel-transports.local
 (10.0.0.12) with Microsoft SMTP Server id 14.2.318.1; Mon, 22 Oct 2012
 15:44:08 +0200
Message-ID: """ + mid + """
Subject: Relance : bilan patrimonial
"""
htxt = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
        "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these recipients or groups:"
        "</font></b></p><font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\"mailto:p.morel@morel-"
        "transports.fr\">Philippe Morel (p.morel@morel-transports.fr)</a><br>The e-mail address you entered couldn't "
        "be found. Please check the recipient's e-mail address and try to resend the message. If the problem "
        "continues, please contact your helpdesk.<br></p></font><br><br><br><br><br><br><font color=\"#808080\" "
        "size=\"2\" face=\"Tahoma\"><p><b>Diagnostic information for administrators:</b></p><p>Generating server: "
        "EXCH01.morel-transports.local</p><p>p.morel@morel-transports.fr<br>#550 5.1.1 RESOLVER.ADR.RecipNotFound; "
        "not found ##</p></font></body></html>\r\n")
alt = Part([("Content-Type", 'multipart/alternative;\r\n\tboundary="--alt--' + hexid(r, 8) + '"')],
           parts=[text_part(ptxt, "text/plain; charset=us-ascii", "us-ascii", "quoted-printable"),
                  text_part(htxt, "text/html; charset=us-ascii", "us-ascii", "quoted-printable")],
           boundary="--alt--" + hexid(r, 8))
alt.boundary = alt.headers[0][1].split('"')[1]
raw = report([rcv(r, "mx.cabinet-aubrac.fr", "mx.morel-transports.fr", t),
              ("From", "postmaster@morel-transports.fr"), ("To", CAMILLE[1]), ("Date", format_datetime(t)),
              ("Content-Language", "en-US"), ("Message-ID", f"<{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-"
                                                            f"{lowhex(r, 4)}-{lowhex(r, 12)}@EXCH01.morel-transports.local>"),
              ("In-Reply-To", mid), ("References", mid), ("Thread-Topic", "Relance : bilan patrimonial"),
              ("Subject", "Undeliverable: Relance : bilan patrimonial"), ("Auto-Submitted", "auto-replied"),
              ("X-MS-Exchange-Organization-SCL", "-1")],
             alt, """
Reporting-MTA: dns;EXCH01.morel-transports.local

Final-recipient: RFC822; p.morel@morel-transports.fr
Action: failed
Status: 5.1.1
X-Display-Name: Philippe Morel
""", orig, f"_{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 12)}_")
item("morel-ex2010", "exchange", "en", raw, [rcpt("p.morel@morel-transports.fr", "5.1.1")], mid)

# --------------------------------------------------------------------------
# 11. Exchange 2010 in French ("Non remis")
# --------------------------------------------------------------------------
r = rng("b11")
t = D("2013-01-15 09:02:30", 1)
mid = "<50F50C1A.3040907@cabinet-aubrac.fr>"
orig = sent(CAMILLE, "Sandrine Aubert <s.aubert@aubert-menuiserie.fr>", t - timedelta(seconds=4),
            "Votre rendez-vous du 22 janvier", "Bonjour Madame Aubert,\n\nJe vous confirme notre rendez-vous du 22 "
            "janvier à 14h.\n\nCamille Verdier", mid, cs="utf-8")
ptxt = """La remise aux destinataires ou groupes suivants a échoué :

s.aubert@aubert-menuiserie.fr
Adresse de messagerie introuvable. Vérifiez l'adresse du destinataire et essayez à nouveau de renvoyer le message. Si le problème persiste, contactez votre service d'assistance.






Informations de diagnostic pour les administrateurs :

Serveur de génération : SRV-EXCH.aubert.local

s.aubert@aubert-menuiserie.fr
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##
"""
raw = report([rcv(r, "mx.cabinet-aubrac.fr", "mail.aubert-menuiserie.fr", t),
              ("From", "postmaster@aubert-menuiserie.fr"), ("To", CAMILLE[1]), ("Date", format_datetime(t)),
              ("Content-Language", "fr-FR"), ("Message-ID", f"<{hexid(r, 8)}@SRV-EXCH.aubert.local>"),
              ("Subject", "Non remis : Votre rendez-vous du 22 janvier"), ("Auto-Submitted", "auto-replied"),
              ("X-MS-Exchange-Message-Is-Ndr", "")],
             text_part(ptxt, "text/plain; charset=iso-8859-1", "iso-8859-1", "quoted-printable"), """
Reporting-MTA: dns;SRV-EXCH.aubert.local

Final-recipient: RFC822; s.aubert@aubert-menuiserie.fr
Action: failed
Status: 5.1.1
""", orig, f"_{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}_")
item("aubert-ex2010-fr", "exchange", "fr", raw, [rcpt("s.aubert@aubert-menuiserie.fr", "5.1.1")], mid)

# --------------------------------------------------------------------------
# 12. Exchange 2016 on-premises, HTML-heavy, 5.1.10
# --------------------------------------------------------------------------
r = rng("b12")
t = D("2019-05-06 13:30:44", -5)
mid = "<MWHPR1101MB2189C4D5E6F7A8B9@MWHPR1101MB2189.namprd11.prod.outlook.com>"
orig = sent(HARRIET, "Tom Reilly <treilly@reillyfreight.com>", t - timedelta(seconds=5), "Follow-up: 401(k) plan review",
            "Hi Tom,\n\nJust following up on the plan review. Any questions?\n\nHarriet", mid)
ptxt = """Your message to treilly@reillyfreight.com couldn't be delivered.

treilly wasn't found at reillyfreight.com.

harriet.coleman   Office 365      treilly
Action Required                   Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using Outlook, ...

Diagnostic information for administrators:

Generating server: RFX-EXMB02.reillyfreight.local

treilly@reillyfreight.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
htxt = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div "
        "style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;\"><table><tr><td style=\"font-size:21px;\">Your "
        "message to <a href=\"mailto:treilly@reillyfreight.com\">treilly@reillyfreight.com</a> couldn't be "
        "delivered.</td></tr><tr><td style=\"font-size:16px;\"><b>treilly</b> wasn't found at <b>reillyfreight.com"
        "</b>.</td></tr></table><table><tr><td>harriet.coleman</td><td>Office 365</td><td>treilly</td></tr><tr><td "
        "style=\"color:#c00000;\">Action Required</td><td></td><td>Recipient</td></tr></table><p><b>Unknown To "
        "address</b></p><p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p><p><b>"
        "Diagnostic information for administrators:</b></p><p>Generating server: RFX-EXMB02.reillyfreight.local</p>"
        "<p>treilly@reillyfreight.com<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
        "not found by SMTP address lookup'</p></div></body></html>\r\n")
b = f"_002_{hexid(r, 24)}_"
alt = Part([("Content-Type", f'multipart/alternative; differences=Content-Type;\r\n\tboundary="{b}"')],
           parts=[text_part(ptxt, 'text/plain; charset="utf-8"', "utf-8", "base64"),
                  text_part(htxt, 'text/html; charset="utf-8"', "utf-8", "quoted-printable")], boundary=b)
raw = report([rcv(r, "mx1.brightwater-advisory.com", "RFX-EXMB02.reillyfreight.local", t),
              ("From", "Microsoft Outlook <postmaster@reillyfreight.com>"), ("To", HARRIET[1]),
              ("Date", format_datetime(t)), ("Subject", "Undeliverable: Follow-up: 401(k) plan review"),
              ("Message-ID", f"<{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}@RFX-EXMB02.reillyfreight.local>"),
              ("In-Reply-To", mid), ("References", mid), ("Content-Language", "en-US"),
              ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")],
             alt, """
Reporting-MTA: dns;RFX-EXMB02.reillyfreight.local
Received-From-MTA: dns;mx.reillyfreight.com
Arrival-Date: Mon, 6 May 2019 18:30:40 +0000

Final-Recipient: rfc822;treilly@reillyfreight.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", headers_only(orig), f"_001_{hexid(r, 24)}_", returned_type="text/rfc822-headers")
item("reilly-ex2016-html", "exchange", "en", raw, [rcpt("treilly@reillyfreight.com", "5.1.10")], mid)

# --------------------------------------------------------------------------
# 13. Office 365, remote rejection 5.4.1 (HTML-only human part)
# --------------------------------------------------------------------------
r = rng("b13")
t = D("2024-08-19 11:12:05", 2)
mid = "<FR2P281MB1539E3F4A5B6C7D8@FR2P281MB1539.DEUP281.PROD.OUTLOOK.COM>"
orig = sent(JONAS, "Sabine Vogt <s.vogt@vogt-steuerberatung.de>", t - timedelta(seconds=4),
            "Nachfrage: Angebot Kanzlei-Website", "Hallo Frau Vogt,\n\nhatten Sie schon Gelegenheit, unser Angebot "
            "anzusehen?\n\nViele Grüße\nJonas Pfeiffer", mid, cs="utf-8")
htxt = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><meta name=\"viewport\" "
        "content=\"width=device-width, initial-scale=1\"></head><body dir=\"ltr\"><div style=\"background-color:"
        "white\"><table style=\"width:100%\"><tr><td style=\"font-size:14pt;color:#000000\">Your message to "
        "s.vogt@vogt-steuerberatung.de couldn't be delivered.</td></tr><tr><td style=\"font-size:16pt;color:#000000"
        "\">A problem occurred while delivering this message to this email address. Try sending this message again. "
        "If the problem continues, please contact your email admin.</td></tr></table><table><tr><td>jonas.pfeiffer"
        "</td><td>Office 365</td><td>s.vogt</td></tr><tr><td style=\"color:#c00000\">Action Required</td><td></td>"
        "<td>Recipient</td></tr></table><br><div style=\"font-size:12pt;\"><b>Access denied</b></div><br><div><b>"
        "More Info for Email Admins</b><br>Status code: 550 5.4.1</div><br><div>This error occurs when the "
        "recipient's email server rejects the message because the recipient address is not valid in its "
        "directory.</div><br><div>Original Message Details<br>Created Date: 8/19/2024 9:12:01 AM<br>Sender "
        "Address: jonas.pfeiffer@nordlicht-agentur.de<br>Recipient Address: s.vogt@vogt-steuerberatung.de<br>"
        "Subject: Nachfrage: Angebot Kanzlei-Website</div><br><div>Error Details<br>Error: 550 5.4.1 Recipient "
        "address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors "
        "[FR2PEPF00000E21.DEUP281.PROD.OUTLOOK.COM 2024-08-19T09:12:03.221Z 08DCBF3A7E41C2D5]<br>Message "
        "rejected by: DU2PR04MB8696.eurprd04.prod.outlook.com</div></div></body></html>\r\n")
b = f"_000_{hexid(r, 24)}_"
alt = Part([("Content-Type", f'multipart/alternative; differences=Content-Type;\r\n\tboundary="{b}"')],
           parts=[text_part(htxt, 'text/html; charset="utf-8"', "utf-8", "base64")], boundary=b)
raw = report([rcv(r, "mx.nordlicht-agentur.de", "FR2P281MB1539.DEUP281.PROD.OUTLOOK.COM", t),
              ("From", "Microsoft Outlook <MAILER-DAEMON@FR2P281MB1539.DEUP281.PROD.OUTLOOK.COM>"),
              ("To", JONAS[1]), ("Date", format_datetime(t)), ("Content-Language", "en-US"),
              ("Message-ID", f"<{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 12)}@"
                             "FR2P281MB1539.DEUP281.PROD.OUTLOOK.COM>"),
              ("In-Reply-To", mid), ("References", mid), ("Thread-Topic", "Nachfrage: Angebot Kanzlei-Website"),
              ("Subject", "Undeliverable: Nachfrage: Angebot Kanzlei-Website"), ("Auto-Submitted", "auto-replied"),
              ("X-MS-Exchange-Message-Is-Ndr", "")],
             alt, """
Reporting-MTA: dns;FR2P281MB1539.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;FR2P281MB1539.DEUP281.PROD.OUTLOOK.COM
Arrival-Date: Mon, 19 Aug 2024 09:12:01 +0000

Final-Recipient: rfc822;s.vogt@vogt-steuerberatung.de
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied.
 For more information see https://aka.ms/EXOSmtpErrors
 [FR2PEPF00000E21.DEUP281.PROD.OUTLOOK.COM 2024-08-19T09:12:03.221Z 08DCBF3A7E41C2D5]
Remote-MTA: dns;mx01.vogt-steuerberatung.de
""", orig, f"_001_{hexid(r, 24)}_")
item("vogt-o365-541", "office365", "en", raw, [rcpt("s.vogt@vogt-steuerberatung.de", "5.4.1")], mid)

# --------------------------------------------------------------------------
# 14. Office 365 delay notification
# --------------------------------------------------------------------------
r = rng("b14")
t = D("2024-10-08 16:25:10", -4)
mid = "<BN6PR11MB40171A2B3C4D5E6F@BN6PR11MB4017.namprd11.prod.outlook.com>"
orig = sent(HARRIET, "Ana Lucero <ana@luceroceramics.com>", t - timedelta(hours=6), "Checking in: Q3 bookkeeping",
            "Hi Ana,\n\nChecking in on the Q3 receipts - could you upload them by Friday?\n\nHarriet", mid)
htxt = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body><p>"
        "<b>Delivery is delayed to these recipients or groups:</b></p><p><a href=\"mailto:ana@luceroceramics.com\">"
        "ana@luceroceramics.com</a></p><p>Subject: Checking in: Q3 bookkeeping</p><p>This message hasn't been "
        "delivered yet. Delivery will continue to be attempted.</p><p>The server will keep trying to deliver this "
        "message for the next 1 days, 17 hours and 58 minutes. You'll be notified if the message can't be delivered "
        "by that time.</p><p><b>Diagnostic information for administrators:</b></p><p>Generating server: "
        "BN6PR11MB4017.namprd11.prod.outlook.com<br>Receiving server: mx.luceroceramics.com (203.0.113.88)<br>"
        "ana@luceroceramics.com<br>Remote Server at mx.luceroceramics.com (203.0.113.88) returned '400 4.4.7 Message "
        "delayed'<br>10/8/2024 8:24:52 PM - Remote Server at mx.luceroceramics.com (203.0.113.88) returned '451 4.4.0 "
        "Primary target IP address responded with: \"421 4.3.2 Service not available.\" Attempted failover to "
        "alternate host, but that did not succeed.'</p></body></html>\r\n")
b = f"_000_{hexid(r, 24)}_"
alt = Part([("Content-Type", f'multipart/alternative; differences=Content-Type;\r\n\tboundary="{b}"')],
           parts=[text_part(htxt, 'text/html; charset="us-ascii"', "us-ascii", "quoted-printable")], boundary=b)
raw = report([rcv(r, "mx1.brightwater-advisory.com", "BN6PR11MB4017.namprd11.prod.outlook.com", t),
              ("From", "Microsoft Outlook <postmaster@brightwater-advisory.com>"), ("To", HARRIET[1]),
              ("Date", format_datetime(t)), ("Subject", "Delivery delayed:Checking in: Q3 bookkeeping"),
              ("Message-ID", f"<{lowhex(r, 8)}-{lowhex(r, 4)}@BN6PR11MB4017.namprd11.prod.outlook.com>"),
              ("In-Reply-To", mid), ("References", mid), ("Auto-Submitted", "auto-replied"),
              ("X-MS-Exchange-Message-Is-Ndr", "")],
             alt, """
Reporting-MTA: dns;BN6PR11MB4017.namprd11.prod.outlook.com
Received-From-MTA: dns;BN6PR11MB4017.namprd11.prod.outlook.com
Arrival-Date: Tue, 8 Oct 2024 14:25:10 +0000

Final-Recipient: rfc822;ana@luceroceramics.com
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp;400 4.4.7 Message delayed
Will-Retry-Until: Thu, 10 Oct 2024 14:23:10 +0000
X-Display-Name: Ana Lucero
""", headers_only(orig), f"_001_{hexid(r, 24)}_", returned_type="text/rfc822-headers")
item("lucero-o365-delay", "office365", "en", raw, [rcpt("ana@luceroceramics.com", "4.4.7", False)], mid)

# --------------------------------------------------------------------------
# 15. Gmail, two recipients: unknown + over quota
# --------------------------------------------------------------------------
r = rng("b15")
t = D("2024-03-26 10:47:31", -7)
mid = "<CAF9q2Lm+Zt8RqW4vN1pXy5sJd3e0b7c6a2g8h4k9m1n@mail.gmail.com>"
orig = sent(("Harriet Coleman", "harriet.coleman.advisory@gmail.com"),
            "Tim Keller <tim.keller.cpa@gmail.com>, Rosa Keller <rosakeller1974@gmail.com>", t - timedelta(seconds=2),
            "Re: Estate plan documents", "Hi Tim and Rosa,\n\nJust checking you received the estate plan documents.\n\n"
            "Harriet", mid)
ptxt = """
** Address not found **

Your message wasn't delivered to tim.keller.cpa@gmail.com because the address couldn't be found, or is unable to receive mail.

** Message blocked **

Your message couldn't be delivered to rosakeller1974@gmail.com because the recipient's inbox is full.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 98e67ed59e1d1-2a0d4c1e3f5sm1234567pjb.12 - gsmtp
552 5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm 98e67ed59e1d1-2a0d4c1e3f5sm1234567pjb.13 - gsmtp
"""
htxt = ("<html><head></head><body><table><tr><td style=\"font-size:24px;\">Address not found</td></tr><tr><td>Your "
        "message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>tim.keller.cpa@gmail.com</b>"
        "</a> because the address couldn't be found, or is unable to receive mail.</td></tr><tr><td>Your message "
        "couldn't be delivered to <b>rosakeller1974@gmail.com</b> because the recipient's inbox is full.</td></tr>"
        "<tr><td style=\"font-size:14px;font-weight:bold\">The response from the remote server was:</td></tr><tr><td>"
        "<p>550 5.1.1 The email account that you tried to reach does not exist.</p><p>552 5.2.2 The recipient's "
        "inbox is out of storage space.</p></td></tr></table></body></html>\r\n")
b1, b2 = "000000000000" + lowhex(r, 16), "000000000000" + lowhex(r, 16)
alt = Part([("Content-Type", f'multipart/alternative; boundary="{b2}"')],
           parts=[text_part(ptxt, 'text/plain; charset="UTF-8"', "utf-8", "7bit"),
                  text_part(htxt, 'text/html; charset="UTF-8"', "utf-8", "quoted-printable")], boundary=b2)
rel = Part([("Content-Type", f'multipart/related; boundary="{b1}"')], parts=[alt], boundary=b1)
raw = report([("Received", f"by 2002:a17:90a:{lowhex(r, 4)}:b0:2a0:{lowhex(r, 4)}:{lowhex(r, 4)} with SMTP id "
                           f"{lowhex(r, 12)}; {format_datetime(t)}"),
              ("Return-Path", "<>"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
              ("To", "harriet.coleman.advisory@gmail.com"), ("Auto-Submitted", "auto-replied"),
              ("Subject", "Delivery Status Notification (Failure)"), ("References", mid), ("In-Reply-To", mid),
              ("X-Failed-Recipients", "tim.keller.cpa@gmail.com, rosakeller1974@gmail.com"),
              ("Message-ID", f"<66030a43.{lowhex(r, 6)}.{lowhex(r, 4)}.{lowhex(r, 4)}.GMR@mx.google.com>"),
              ("Date", "Tue, 26 Mar 2024 10:47:31 -0700 (PDT)")],
             rel, """
Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; harriet.coleman.advisory@gmail.com
Arrival-Date: Tue, 26 Mar 2024 10:47:29 -0700 (PDT)
X-Original-Message-ID: """ + mid + """

Final-Recipient: rfc822; tim.keller.cpa@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; The email account that you tried to reach does not exist. Please try
 double-checking the recipient's email address for typos or
 unnecessary spaces. For more information, go to
 https://support.google.com/mail/?p=NoSuchUser
Last-Attempt-Date: Tue, 26 Mar 2024 10:47:31 -0700 (PDT)

Final-Recipient: rfc822; rosakeller1974@gmail.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; The recipient's inbox is out of storage space. Please direct the
 recipient to https://support.google.com/mail/?p=OverQuotaPerm
Last-Attempt-Date: Tue, 26 Mar 2024 10:47:31 -0700 (PDT)
""", headers_only(orig), "000000000000" + lowhex(r, 16), returned_type="text/rfc822-headers")
item("keller-gmail-two", "gmail", "en", raw, [rcpt("tim.keller.cpa@gmail.com", "5.1.1"),
                                              rcpt("rosakeller1974@gmail.com", "5.2.2")], mid)

# --------------------------------------------------------------------------
# 16. Gmail delay
# --------------------------------------------------------------------------
r = rng("b16")
t = D("2024-07-02 08:13:50", 2)
mid = "<CAJm4k1ZzQ8r@mail.gmail.com>"
orig = sent(("Sanne de Wit", "sanne.dewit.studio@gmail.com"), "ordersupport@drukkerij-zwaan.nl", t - timedelta(hours=5),
            "Herinnering: drukproef folders", "Hallo,\n\nHebben jullie de drukproef al kunnen bekijken?\n\nGroet,\nSanne",
            mid)
ptxt = """
** Delivery incomplete **

There was a temporary problem delivering your message to ordersupport@drukkerij-zwaan.nl. Gmail will retry for 43 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
421 4.4.2 mx.drukkerij-zwaan.nl Error: timeout exceeded
"""
b1, b2 = "000000000000" + lowhex(r, 16), "000000000000" + lowhex(r, 16)
alt = Part([("Content-Type", f'multipart/alternative; boundary="{b2}"')],
           parts=[text_part(ptxt, 'text/plain; charset="UTF-8"', "utf-8", "7bit"),
                  text_part("<html><body><p><b>Delivery incomplete</b></p><p>There was a temporary problem delivering "
                            "your message to <b>ordersupport@drukkerij-zwaan.nl</b>. Gmail will retry for 43 more "
                            "hours. You'll be notified if the delivery fails permanently.</p></body></html>\r\n",
                            'text/html; charset="UTF-8"', "utf-8", "quoted-printable")], boundary=b2)
rel = Part([("Content-Type", f'multipart/related; boundary="{b1}"')], parts=[alt], boundary=b1)
raw = report([("Return-Path", "<>"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
              ("To", "sanne.dewit.studio@gmail.com"), ("Auto-Submitted", "auto-replied"),
              ("Subject", "Delivery Status Notification (Delay)"), ("References", mid), ("In-Reply-To", mid),
              ("Message-ID", f"<66839a5e.{lowhex(r, 6)}.{lowhex(r, 4)}.GMR@mx.google.com>"),
              ("Date", "Tue, 02 Jul 2024 06:13:50 -0700 (PDT)")],
             rel, """
Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 02 Jul 2024 01:13:44 -0700 (PDT)
X-Original-Message-ID: """ + mid + """

Final-Recipient: rfc822; ordersupport@drukkerij-zwaan.nl
Action: delayed
Status: 4.4.2
Diagnostic-Code: smtp; 421 4.4.2 mx.drukkerij-zwaan.nl Error: timeout exceeded
Last-Attempt-Date: Tue, 02 Jul 2024 06:13:50 -0700 (PDT)
Will-Retry-Until: Thu, 04 Jul 2024 01:13:45 -0700 (PDT)
""", headers_only(orig), "000000000000" + lowhex(r, 16), returned_type="text/rfc822-headers")
item("zwaan-gmail-delay", "gmail", "en", raw, [rcpt("ordersupport@drukkerij-zwaan.nl", "4.4.2", False)], mid)

# --------------------------------------------------------------------------
# 17. Yahoo (qmail-derived text, no enhanced code)
# --------------------------------------------------------------------------
r = rng("b17")
t = D("2016-02-09 18:20:41", 0)
mid = "<1455041998.123456.5@brightwater-advisory.com>"
orig = sent(HARRIET, "kpatel_homes@yahoo.com", t - timedelta(seconds=3), "Mortgage pre-approval checklist",
            "Hi Kiran,\n\nAttached is the checklist for the mortgage pre-approval.\n\nHarriet", mid)
text = """Sorry, we were unable to deliver your message to the following address.

<kpatel_homes@yahoo.com>:
554: delivery error: dd This user doesn't have a yahoo.com account (kpatel_homes@yahoo.com) [0] - mta1334.mail.bf1.yahoo.com

--- Below this line is a copy of the message.

""" + orig.decode()
raw = plain_msg([rcv(r, "mx1.brightwater-advisory.com", "nm9-vm3.bullet.mail.bf1.yahoo.com", t),
                 ("From", "MAILER-DAEMON@yahoo.com"), ("To", HARRIET[1]), ("Subject", "Failure Notice"),
                 ("Date", format_datetime(t)), ("Message-ID", f"<{r.randrange(10**9)}.{r.randrange(10**6)}@yahoo.com>")],
                text)
item("patel-yahoo", "yahoo", "en", raw, [rcpt("kpatel_homes@yahoo.com")], mid)

# --------------------------------------------------------------------------
# 18. Lotus Domino
# --------------------------------------------------------------------------
r = rng("b18")
t = D("2006-09-14 14:05:10", -5)
mid = "<0MKp2t-1GNnDK2Xqx-0002ga@mrelay.brightwater-advisory.com>"
orig = sent(HARRIET, "Leon Maddox <lmaddox@cantrell-mfg.com>", t - timedelta(minutes=2), "Cost study - kickoff",
            "Leon,\n\nCan we schedule the cost study kickoff for next Tuesday?\n\nHarriet", mid)
ptxt = """Your message

  Subject: Cost study - kickoff

was not delivered to:

  lmaddox@cantrell-mfg.com

because:

  User lmaddox (lmaddox@cantrell-mfg.com) not listed in Domino Directory
"""
raw = report([rcv(r, "mx.brightwater-advisory.com", "notes1.cantrell-mfg.com", t),
              ("Subject", "DELIVERY FAILURE: User lmaddox (lmaddox@cantrell-mfg.com) not listed in Domino Directory"),
              ("To", HARRIET[1]), ("From", "Postmaster@cantrell-mfg.com"), ("Date", format_datetime(t)),
              ("Message-ID", f"<OF{hexid(r, 8)}.{hexid(r, 8)}-ON{hexid(r, 8)}.{hexid(r, 8)}@cantrell-mfg.com>"),
              ("X-MIMETrack", "Serialize by Router on NOTES1/Cantrell(Release 7.0.1|January 17, 2006) at 09/14/2006 "
                              "02:05:10 PM")],
             text_part(ptxt, "text/plain; charset=US-ASCII", "us-ascii", "7bit"), """
Reporting-MTA: dns;notes1.cantrell-mfg.com
Arrival-Date: Thu, 14 Sep 2006 14:05:08 -0500

Final-Recipient: rfc822;lmaddox@cantrell-mfg.com
Action: failed
Status: 5.0.0
""", headers_only(orig), f"=_mixed {hexid(r, 16)}_=", returned_type="text/rfc822-headers")
item("cantrell-domino", "domino", "en", raw, [rcpt("lmaddox@cantrell-mfg.com", "5.0.0")], mid)

# --------------------------------------------------------------------------
# 19. GroupWise Internet Agent (plain, no status)
# --------------------------------------------------------------------------
r = rng("b19")
t = D("2005-05-23 09:44:02", -5)
mid = "<002b01c55fa1$8e1a2f40$6501a8c0@HCOLEMAN>"
orig = sent(HARRIET, "GSTROUD@countyofmarlow.gov", t - timedelta(minutes=1), "Audit engagement letter FY2005",
            "Ms. Stroud,\n\nThe engagement letter for the FY2005 audit is attached.\n\nHarriet Coleman", mid,
            xmailer="Microsoft Office Outlook, Build 11.0.6353")
text = """The message that you sent was undeliverable to the following:
	GSTROUD@countyofmarlow.gov (user not found)

Possibly truncated original message follows:

""" + orig.decode()
raw = plain_msg([rcv(r, "mx.brightwater-advisory.com", "gwia.countyofmarlow.gov", t),
                 ("Message-Id", f"<s291a2b3.000@gwia.countyofmarlow.gov>"),
                 ("X-Mailer", "Novell GroupWise Internet Agent 6.5.4"), ("Date", format_datetime(t)),
                 ("From", "Mail Delivery System <postmaster@countyofmarlow.gov>"), ("To", HARRIET[1]),
                 ("Subject", "Message status - undeliverable")], text)
item("marlow-groupwise", "groupwise", "en", raw, [rcpt("GSTROUD@countyofmarlow.gov")], mid)

# --------------------------------------------------------------------------
# 20. Courier
# --------------------------------------------------------------------------
r = rng("b20")
t = D("2010-11-30 07:51:33", -6)
mid = "<4CF4FB05.9050102@strattonhale.com>"
orig = sent(TRENT, "dispatch@plainsview-gas.org", t - timedelta(seconds=40), "Nomination change for December 1",
            "Please reduce the Bellmont nomination to 8,000 Dth for gas day December 1.\n\nTrent Loughlin", mid)
ptxt = """This is a delivery status notification from mail.plainsview-gas.org,
running the Courier mail server, version 0.65.0.

The original message was received on Tue, 30 Nov 2010 07:50:53 -0600
from smtp1.strattonhale.com [192.0.2.25]

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<dispatch@plainsview-gas.org>:
    mail.plainsview-gas.org [203.0.113.17]:
>>> RCPT TO:<dispatch@plainsview-gas.org>
<<< 550 User unknown

---------------------------------------------------------------------------

If your message was also sent to additional recipients, their delivery
status is not included in this report.  You may or may not receive
other delivery status notifications for additional recipients.

The original message follows as a separate attachment.
"""
raw = report([rcv(r, "smtp1.strattonhale.com", "mail.plainsview-gas.org", t),
              ("From", "Courier mail server at mail.plainsview-gas.org <@>"), ("To", TRENT[1]),
              ("Subject", "NOTICE: mail delivery status."), ("Date", format_datetime(t)),
              ("Message-ID", f"<courier.{hexid(r, 16)}.{hexid(r, 8)}@mail.plainsview-gas.org>")],
             text_part(ptxt, "text/plain; charset=iso-8859-1", "iso-8859-1", "7bit"), """
Reporting-MTA: dns; mail.plainsview-gas.org
Arrival-Date: Tue, 30 Nov 2010 07:50:53 -0600

Final-Recipient: rfc822; dispatch@plainsview-gas.org
Action: failed
Status: 5.0.0
Remote-MTA: dns; mail.plainsview-gas.org
Diagnostic-Code: smtp; 550 User unknown
""", orig, f"=_courier-{r.randrange(10000, 99999)}-{r.randrange(10**9, 10**10)}-0001-2",
             preamble="This is a MIME-formatted message.  If you see this text it means that your\r\n"
                      "E-mail software does not support MIME-formatted messages.\r\n")
item("plainsview-courier", "courier", "en", raw, [rcpt("dispatch@plainsview-gas.org", "5.0.0")], mid)

# --------------------------------------------------------------------------
# 21. MDaemon
# --------------------------------------------------------------------------
r = rng("b21")
t = D("2011-04-04 15:20:09", -4)
mid = "<BANLkTimQ7yq9v1Lk2wZp@mail.gmail.com>"
orig = sent(HARRIET, "accounts@dunmore-marine.com", t - timedelta(days=3), "Invoice 2011-0412 - reminder",
            "Hello,\n\nThis is a reminder that invoice 2011-0412 is now 30 days overdue.\n\nHarriet Coleman", mid)
text = f"""The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are determined by local configuration parameters.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

=========================================================================
Session Transcript:
-------------------------------------------------------------------------
Mon 2011-04-04 15:20:05: Session 51277; child 3; thread 2432
Mon 2011-04-04 15:20:05: Parsing message <pd50001012345.msg>
Mon 2011-04-04 15:20:05: *  From: {HARRIET[1]}
Mon 2011-04-04 15:20:05: *  To: accounts@dunmore-marine.com
Mon 2011-04-04 15:20:05: *  Subject: Invoice 2011-0412 - reminder
Mon 2011-04-04 15:20:06: Attempting SMTP connection to [mail.dunmore-marine.com]
Mon 2011-04-04 15:20:07: Connected to 198.51.100.140:25
Mon 2011-04-04 15:20:08: --> RCPT To:<accounts@dunmore-marine.com>
Mon 2011-04-04 15:20:09: <-- 550 5.1.1 <accounts@dunmore-marine.com>... User unknown
Mon 2011-04-04 15:20:09: --> QUIT
-------------------------------------------------------------------------
"""
b = f"----=_NextPart_000_{hexid(r, 4)}_{hexid(r, 8)}.{hexid(r, 8)}"
body = Part([("Content-Type", f'multipart/mixed; boundary="{b}"')], parts=[
    text_part(text, 'text/plain; charset="us-ascii"', "us-ascii", "7bit"),
    Part([("Content-Type", "message/rfc822"), ("Content-Disposition", 'attachment; filename="pd50001012345.msg"')],
         body=orig)], boundary=b)
raw = "".join(f"{k}: {v}\r\n" for k, v in [
    rcv(r, "mx.brightwater-advisory.com", "mail.mdhost-relay.com", t),
    ("From", "Mail Delivery Subsystem <MDaemon@mail.mdhost-relay.com>"), ("To", HARRIET[1]),
    ("Subject", "Permanent Delivery Failure"), ("Date", format_datetime(t)),
    ("Message-ID", f"<MDAEMON{hexid(r, 12)}.{r.randrange(10**8)}@mail.mdhost-relay.com>"),
    ("X-MDDSN-Message", "Yes"), ("X-MDaemon-Deliver-To", HARRIET[1]), ("MIME-Version", "1.0")]).encode() + body.render()
item("dunmore-mdaemon", "mdaemon", "en", raw, [rcpt("accounts@dunmore-marine.com", "5.1.1")], mid)

# --------------------------------------------------------------------------
# 22. Cisco IronPort
# --------------------------------------------------------------------------
r = rng("b22")
t = D("2015-08-25 11:03:17", -4)
mid = "<55DC84F2.8030402@brightwater-advisory.com>"
orig = sent(HARRIET, "cfo@ashgrove-health.org", t - timedelta(seconds=12), "Board finance committee pack",
            "Dear Marion,\n\nThe finance committee pack for September is attached.\n\nHarriet", mid)
ptxt = """The following message to <cfo@ashgrove-health.org> was undeliverable.
The reason for the problem:
5.1.0 - Unknown address error 550-'5.1.1 <cfo@ashgrove-health.org>: Recipient address rejected: User unknown in virtual mailbox table'
"""
raw = report([rcv(r, "mx1.brightwater-advisory.com", "esa01.brightwater-advisory.com", t),
              ("From", "Mail Delivery System <MAILER-DAEMON@esa01.brightwater-advisory.com>"), ("To", HARRIET[1]),
              ("Subject", "Delivery Status Notification (Failure)"), ("Date", format_datetime(t)),
              ("Message-Id", f"<{hexid(r, 8)}_{r.randrange(10**6)}@esa01.brightwater-advisory.com>"),
              ("X-IronPort-AV", "E=Sophos;i=\"5.15,745,1432612800\"; d=\"scan'208\";a=\"412233018\"")],
             text_part(ptxt, "text/plain", "us-ascii", "7bit"), """
Reporting-MTA: dns; esa01.brightwater-advisory.com
Received-From-MTA: dns; mail.brightwater-advisory.com
Arrival-Date: Tue, 25 Aug 2015 11:03:05 -0400

Final-Recipient: rfc822; cfo@ashgrove-health.org
Action: failed
Status: 5.1.0
Remote-MTA: dns; mx.ashgrove-health.org
Diagnostic-Code: smtp; 550-'5.1.1 <cfo@ashgrove-health.org>: Recipient address rejected: User unknown in virtual
 mailbox table'
""", headers_only(orig), f"===============_{r.randrange(10**9)}==", returned_type="text/rfc822-headers")
item("ashgrove-ironport", "ironport", "en", raw, [rcpt("cfo@ashgrove-health.org", "5.1.0")], mid)

# --------------------------------------------------------------------------
# 23. Barracuda appliance, content block
# --------------------------------------------------------------------------
r = rng("b23")
t = D("2018-01-16 13:37:02", -5)
mid = "<DM5PR04MB0842F1E2D3C4B5A6@DM5PR04MB0842.namprd04.prod.outlook.com>"
orig = sent(HARRIET, "Gloria Benitez <gbenitez@sunvalley-dental.com>", t - timedelta(seconds=30),
            "Invoice and payment link", "Hi Gloria,\n\nHere is the invoice for December and the payment link.\n\nHarriet",
            mid)
ptxt = """Your message could not be delivered to the following recipient:

gbenitez@sunvalley-dental.com

Reason: 554 5.7.1 Message content rejected by the Barracuda Email Security Gateway (BARRACUDA.BLOCK.URL: Intent - suspicious link)

Original message:
  From: harriet.coleman@brightwater-advisory.com
  Subject: Invoice and payment link
  Date: Tue, 16 Jan 2018 13:36:32 -0500
"""
raw = report([rcv(r, "mx1.brightwater-advisory.com", "barracuda.sunvalley-dental.com", t),
              ("From", "Barracuda Email Security Gateway <postmaster@barracuda.sunvalley-dental.com>"),
              ("To", HARRIET[1]), ("Subject", "**Message you sent blocked by our bulk email filter**"),
              ("Date", format_datetime(t)), ("Message-Id", f"<{hexid(r, 16)}@barracuda.sunvalley-dental.com>"),
              ("X-Barracuda-Connect", "mail-dm3nam03on0115.outbound.protection.outlook.com[203.0.113.115]")],
             text_part(ptxt, "text/plain; charset=us-ascii", "us-ascii", "7bit"), """
Reporting-MTA: dns; barracuda.sunvalley-dental.com

Final-Recipient: rfc822; gbenitez@sunvalley-dental.com
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 554 5.7.1 Message content rejected (BARRACUDA.BLOCK.URL)
""", headers_only(orig), f"bcuda-{hexid(r, 12)}", returned_type="text/rfc822-headers")
item("sunvalley-barracuda", "barracuda", "en", raw, [rcpt("gbenitez@sunvalley-dental.com", "5.7.1")], mid)

# --------------------------------------------------------------------------
# 24. Amazon SES bounce notification delivered by SNS as e-mail (JSON body)
# --------------------------------------------------------------------------
r = rng("b24")
t = D("2024-02-13 17:22:41", 0)
mid = "<0102018da3f1c2e4-7a8b9c0d-1e2f-4a5b-8c7d-6e5f4a3b2c1d-000000@eu-west-1.amazonses.com>"
hdr_mid = "<relance.3f9a1c.20240213172236@brightwater-advisory.com>"
payload = {
    "notificationType": "Bounce",
    "bounce": {"feedbackId": "0102018da3f1d7b8-2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f-000000",
               "bounceType": "Permanent", "bounceSubType": "General",
               "bouncedRecipients": [{"emailAddress": "n.okoro@okoro-logistics.com", "action": "failed",
                                      "status": "5.1.1",
                                      "diagnosticCode": "smtp; 550 5.1.1 <n.okoro@okoro-logistics.com>: Recipient "
                                                        "address rejected: User unknown"}],
               "timestamp": "2024-02-13T17:22:40.512Z", "remoteMtaIp": "203.0.113.61",
               "reportingMTA": "dns; a4-21.smtp-out.eu-west-1.amazonses.com"},
    "mail": {"timestamp": "2024-02-13T17:22:36.000Z", "source": HARRIET[1],
             "sourceArn": "arn:aws:ses:eu-west-1:123456789012:identity/brightwater-advisory.com",
             "sourceIp": "198.51.100.23", "sendingAccountId": "123456789012",
             "messageId": mid.strip("<>").split("@")[0],
             "destination": ["n.okoro@okoro-logistics.com"], "headersTruncated": False,
             "headers": [{"name": "From", "value": f"Harriet Coleman <{HARRIET[1]}>"},
                         {"name": "To", "value": "n.okoro@okoro-logistics.com"},
                         {"name": "Subject", "value": "Quick follow-up on the logistics cost review"},
                         {"name": "Message-ID", "value": hdr_mid}],
             "commonHeaders": {"from": [f"Harriet Coleman <{HARRIET[1]}>"], "to": ["n.okoro@okoro-logistics.com"],
                               "messageId": hdr_mid, "subject": "Quick follow-up on the logistics cost review"}}}
sns = {"Type": "Notification", "MessageId": f"{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 4)}-"
                                            f"{lowhex(r, 12)}",
       "TopicArn": "arn:aws:sns:eu-west-1:123456789012:ses-bounces", "Message": json.dumps(payload),
       "Timestamp": "2024-02-13T17:22:41.208Z", "SignatureVersion": "1"}
text = json.dumps(sns) + "\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit " \
    "the link below to unsubscribe:\nhttps://sns.eu-west-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:" \
    "eu-west-1:123456789012:ses-bounces:5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e&Endpoint=ops@brightwater-advisory.com\n\n" \
    "Please do not reply directly to this email. If you have any questions or comments regarding this email, please " \
    "contact us at https://aws.amazon.com/support\n"
raw = plain_msg([rcv(r, "mx1.brightwater-advisory.com", "a8-61.smtp-out.amazonses.com", t),
                 ("From", "AWS Notifications <no-reply@sns.amazonaws.com>"), ("To", "ops@brightwater-advisory.com"),
                 ("Subject", "AWS Notification Message"), ("Date", format_datetime(t)),
                 ("Message-ID", f"<0100018da3f1{lowhex(r, 4)}-{lowhex(r, 8)}-000000@email.amazonses.com>"),
                 ("x-amz-sns-message-id", sns["MessageId"])], text, cs="UTF-8", cte="7bit")
item("okoro-ses-json", "amazon_ses", "en", raw, [rcpt("n.okoro@okoro-logistics.com", "5.1.1")], hdr_mid)

# --------------------------------------------------------------------------
# 25. A bounce that arrives through a mailing list (List-Id present)
# --------------------------------------------------------------------------
r = rng("b25")
t = D("2024-06-14 09:30:12", 2)
list_mid = "<CAM2qK8xYt5Rb9Lp@mail.gmail.com>"
orig = sent(("Devika Rao", "devika.rao@gmail.com"), "hearthdb-users@googlegroups.com", t - timedelta(minutes=2),
            "Re: WAL grows without bound after upgrading to 3.1", "There is, since 3.1: max_checkpoint_wait.\n\nDevika",
            list_mid, extra=[("List-ID", "<hearthdb-users.googlegroups.com>"), ("Precedence", "list")])
raw = report([("Received", f"by mail-qt1-f{r.randrange(100, 200)}.google.com with SMTP id {lowhex(r, 12)}; "
                           f"{format_datetime(t)}"),
              ("From", "Mail Delivery System <MAILER-DAEMON@mx.velden-it.nl>"),
              ("To", "hearthdb-users@googlegroups.com"), ("Subject", "Undelivered Mail Returned to Sender"),
              ("Date", format_datetime(t)), ("Auto-Submitted", "auto-replied"),
              ("Message-Id", f"<20240614073012.{hexid(r, 10)}@mx.velden-it.nl>"),
              ("X-Original-Sender", "MAILER-DAEMON@mx.velden-it.nl"), ("Precedence", "list"),
              ("Mailing-list", "list hearthdb-users@googlegroups.com; contact hearthdb-users+owners@googlegroups.com"),
              ("List-ID", "<hearthdb-users.googlegroups.com>"),
              ("List-Post", "<https://groups.google.com/group/hearthdb-users/post>, "
                            "<mailto:hearthdb-users@googlegroups.com>"),
              ("List-Unsubscribe", "<mailto:googlegroups-manage+418833201567+unsubscribe@googlegroups.com>,\r\n "
                                   "<https://groups.google.com/group/hearthdb-users/subscribe>")],
             tp("""
This is the mail system at host mx.velden-it.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.velden@velden-it.nl>: host mail.velden-it.nl[198.51.100.9] said: 550 5.1.1
    <r.velden@velden-it.nl>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)
""", desc="Notification"), """
Reporting-MTA: dns; mx.velden-it.nl
X-Postfix-Queue-ID: 4W0nJq3bC1z4Rt
X-Postfix-Sender: rfc822; hearthdb-users+bncBD@googlegroups.com
Arrival-Date: Fri, 14 Jun 2024 09:30:10 +0200 (CEST)

Final-Recipient: rfc822; r.velden@velden-it.nl
Original-Recipient: rfc822;r.velden@velden-it.nl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.velden-it.nl
Diagnostic-Code: smtp; 550 5.1.1 <r.velden@velden-it.nl>: Recipient address
    rejected: User unknown in local recipient table
""", headers_only(orig), "4W0nJq3bC1z4Rt.1718350212/mx.velden-it.nl", returned_type="text/rfc822-headers",
             preamble="This is a MIME-encapsulated message.\r\n")
item("velden-via-list", "postfix", "en", raw, [rcpt("r.velden@velden-it.nl", "5.1.1")], list_mid)

# --------------------------------------------------------------------------
# 26. Orange (French "non remis" text)
# --------------------------------------------------------------------------
r = rng("b26")
t = D("2023-11-21 10:02:47", 1)
mid = "<1700556150.4417.camille@cabinet-aubrac.fr>"
orig = sent(CAMILLE, "jp.roussel@wanadoo.fr", t - timedelta(seconds=20), "Votre bilan retraite",
            "Bonjour Monsieur Roussel,\n\nVotre bilan retraite est prêt. Quand pourrions-nous en parler ?\n\n"
            "Camille Verdier", mid, cs="utf-8")
text = """Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Votre message n'a pas pu être remis à un ou plusieurs destinataires. Il s'agit d'une erreur permanente. L'adresse suivante a échoué :

  jp.roussel@wanadoo.fr
    Erreur SMTP du serveur de messagerie distant après RCPT TO:<jp.roussel@wanadoo.fr> :
    550 5.1.1 <jp.roussel@wanadoo.fr>: Recipient address rejected: adresse inconnue / unknown address (OFR_416)

------ Ceci est une copie du message, en-têtes compris. ------

""" + orig.decode("utf-8")
raw = plain_msg([rcv(r, "mx.cabinet-aubrac.fr", "smtp.smtpout.orange.fr", t),
                 ("From", "Mail Delivery System <MAILER-DAEMON@smtp.smtpout.orange.fr>"), ("To", CAMILLE[1]),
                 ("Subject", ew("Message non remis : Votre bilan retraite", "utf-8", "Q")),
                 ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "jp.roussel@wanadoo.fr"),
                 ("Date", format_datetime(t)), ("Message-Id", f"<E1r5Nd1-000{hexid(r, 3)}-Tf@smtp.smtpout.orange.fr>")],
                text, cs="utf-8", cte="quoted-printable")
item("roussel-orange-fr", "orange", "fr", raw, [rcpt("jp.roussel@wanadoo.fr", "5.1.1")], mid)
