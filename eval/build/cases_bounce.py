"""Bounces as Postfix, Exim, qmail, Sendmail, Gmail, Yahoo and Exchange (Online and on-premises) send them."""

from __future__ import annotations

from datetime import timedelta
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from common import (
    UTC,
    Case,
    Person,
    Tracked,
    delivery_status_part,
    headers_part,
    hexid,
    outlook_mid,
    report,
    rfc822_part,
    rfcdate,
    simple_message,
    text_part,
    thread_index,
    tracked_as_message,
    with_headers,
)
from tracked import en1, en2, en3, fr1, fr2, fr3

P = Person
Rcpt = tuple[str, str, str, str]  # address, action, status, diagnostic


def label(rcpts: list[tuple[str, bool, str | None]], original: str | None, lang: str, client: str) -> dict:
    failed = [{"address": a, "permanent": p, "status": s} for a, p, s in rcpts]
    return {
        "kind": "bounce",
        "opt_out": False,
        "lang": lang,
        "client": client,
        "bounce": {
            "permanent": bool(failed) and all(r["permanent"] for r in failed),
            "recipients": failed,
            "original_message_id": original,
        },
    }


def per_rcpt(rcpts: list[Rcpt], remote: str | None = None) -> list[list[tuple[str, str]]]:
    blocks = []
    for addr, action, status, diag in rcpts:
        b = [
            ("Final-Recipient", f"rfc822; {addr}"),
            ("Original-Recipient", f"rfc822;{addr}"),
            ("Action", action),
            ("Status", status),
        ]
        if remote:
            b.append(("Remote-MTA", f"dns; {remote}"))
        b.append(("Diagnostic-Code", f"smtp; {diag}"))
        blocks.append(b)
    return blocks


def postfix(slug: str, t: Tracked, rcpts: list[Rcpt], *, headers_only: bool = False, french: bool = False) -> Case:
    host = "mail." + t.sender.domain
    qid = hexid(10)
    when = t.sent + timedelta(seconds=4)
    lines = []
    for addr, _a, _s, diag in rcpts:
        lines.append(f"<{addr}>: host mx1.{addr.split('@')[1]}[203.0.113.25] said: {diag} (in reply to RCPT TO")
        lines.append("    command)")
    if french:
        notice = (
            f"Ceci est le système de messagerie de l'hôte {host}.\n\n"
            "J'ai le regret de vous informer que votre message n'a pas pu être\n"
            "remis à un ou plusieurs destinataires. Il est joint ci-dessous.\n\n"
            "Pour obtenir de l'aide, veuillez écrire au postmaster.\n\n"
            "                   Le système de messagerie\n\n" + "\n".join(lines) + "\n"
        )
        subject = "Courrier non délivré : retour à l'expéditeur"
    else:
        notice = (
            f"This is the mail system at host {host}.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n" + "\n".join(lines) + "\n"
        )
        subject = "Undelivered Mail Returned to Sender"
    n = text_part(notice, "8bit")
    n["Content-Description"] = "Notification"
    ds = delivery_status_part(
        [
            ("Reporting-MTA", f"dns; {host}"),
            ("X-Postfix-Queue-ID", qid),
            ("X-Postfix-Sender", f"rfc822; {t.sender.address}"),
            ("Arrival-Date", rfcdate(t.sent)),
        ],
        per_rcpt(rcpts),
    )
    ds["Content-Description"] = "Delivery report"
    orig = tracked_as_message(t)
    o = headers_part(orig) if headers_only else rfc822_part(orig)
    o["Content-Description"] = "Undelivered Message Headers" if headers_only else "Undelivered Message"
    msg = with_headers(
        report([n, ds, o]),
        [
            ("Return-Path", "<>"),
            ("Date", rfcdate(when)),
            ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
            ("Subject", subject),
            ("To", t.sender.address),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", f"<{when.strftime('%Y%m%d%H%M%S')}.{qid}@{host}>"),
        ],
    )
    return Case(
        slug, msg, label([(a, s.startswith("5"), s) for a, _x, s, _d in rcpts], t.message_id, t.lang, "postfix")
    )


def postfix_delay(slug: str, t: Tracked, rcpt: Rcpt) -> Case:
    host = "mail." + t.sender.domain
    qid = hexid(10)
    when = t.sent + timedelta(hours=4, minutes=2)
    addr, _a, status, diag = rcpt
    notice = (
        f"This is the mail system at host {host}.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "                   The mail system\n\n"
        f"<{addr}>: {diag}\n"
    )
    n = text_part(notice, "8bit")
    n["Content-Description"] = "Notification"
    ds = delivery_status_part(
        [
            ("Reporting-MTA", f"dns; {host}"),
            ("X-Postfix-Queue-ID", qid),
            ("X-Postfix-Sender", f"rfc822; {t.sender.address}"),
            ("Arrival-Date", rfcdate(t.sent)),
        ],
        [
            [
                ("Final-Recipient", f"rfc822; {addr}"),
                ("Original-Recipient", f"rfc822;{addr}"),
                ("Action", "delayed"),
                ("Status", status),
                ("Diagnostic-Code", f"X-Postfix; {diag}"),
                ("Will-Retry-Until", rfcdate(t.sent + timedelta(days=5))),
            ]
        ],
    )
    o = headers_part(tracked_as_message(t))
    o["Content-Description"] = "Undelivered Message Headers"
    msg = with_headers(
        report([n, ds, o]),
        [
            ("Return-Path", "<>"),
            ("Date", rfcdate(when)),
            ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
            ("Subject", "Delayed Mail (still being retried)"),
            ("To", t.sender.address),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", f"<{when.strftime('%Y%m%d%H%M%S')}.{qid}@{host}>"),
        ],
    )
    return Case(slug, msg, label([(addr, False, status)], t.message_id, t.lang, "postfix"))


def exim(slug: str, t: Tracked, addr: str, smtp_line: str, status: str | None, host: str) -> Case:
    when = t.sent + timedelta(seconds=9)
    orig = tracked_as_message(t)
    copy = (
        "".join(f"{k}: {v}\n" for k, v in orig.items())
        + "\n"
        + (orig.get_payload(decode=True) or b"").decode("utf-8", "replace")
    )
    body = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {addr}\n"
        f"    host mx.{addr.split('@')[1]} [198.51.100.7]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{addr}>:\n"
        f"    {smtp_line}\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{t.sender.address}>\n"
        f"Received: from [192.0.2.10] (helo=laptop)\n\tby {host} with esmtpsa (Exim 4.96)\n"
        f"\tid 1tH2kq-0003xY-2b; {rfcdate(t.sent)}\n" + copy
    )
    msg = simple_message(
        [
            ("Return-path", "<>"),
            ("Envelope-to", t.sender.address),
            ("Delivery-date", rfcdate(when)),
            ("X-Failed-Recipients", addr),
            ("Auto-Submitted", "auto-replied"),
            ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"),
            ("To", t.sender.address),
            ("References", t.message_id),
            ("Subject", "Mail delivery failed: returning message to sender"),
            ("Message-Id", f"<E1tH2kr-0003xZ-{hexid(2)}@{host}>"),
            ("Date", rfcdate(when)),
        ],
        body,
        cte="8bit",
    )
    return Case(slug, msg, label([(addr, True, status)], t.message_id, t.lang, "exim"))


def exim_warning(slug: str, t: Tracked, addr: str, host: str) -> Case:
    when = t.sent + timedelta(hours=24, minutes=3)
    body = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        f"recipients after more than 24 hours on the queue on {host}.\n\n"
        "The message identifier is:     1tH2kq-0003xY-2b\n"
        f"The subject of the message is: {t.subject}\n"
        f"The date of the message is:    {rfcdate(t.sent)}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {addr}\n"
        f"    host mx.{addr.split('@')[1]} [198.51.100.7]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{addr}>:\n"
        "    452 4.2.2 The email account that you tried to reach is over quota.\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    msg = simple_message(
        [
            ("Return-path", "<>"),
            ("Auto-Submitted", "auto-replied"),
            ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"),
            ("To", t.sender.address),
            ("Subject", "Warning: message 1tH2kq-0003xY-2b delayed 24 hours"),
            ("Message-Id", f"<E1tH3aa-0001Qz-{hexid(2)}@{host}>"),
            ("Date", rfcdate(when)),
        ],
        body,
        cte="8bit",
    )
    return Case(slug, msg, label([(addr, False, "4.2.2")], None, t.lang, "exim"))


def gmail_dsn(
    slug: str, t: Tracked, rcpts: list[Rcpt], *, delay: bool = False, french: bool = False, expired: bool = False
) -> Case:
    when = t.sent + (timedelta(hours=2) if delay else (timedelta(days=2) if expired else timedelta(seconds=2)))
    addrs = ", ".join(r[0] for r in rcpts)
    if delay:
        head = "Delivery incomplete"
        para = (
            f"There was a temporary problem delivering your message to <b>{addrs}</b>. Gmail will retry for 46 more "
            "hours. You'll be notified if the delivery fails permanently."
        )
    elif expired:
        head = "Message not delivered"
        para = (
            f"There was a problem delivering your message to <b>{addrs}</b>. See the technical details below, or "
            "try resending in a few minutes."
        )
    elif french:
        head = "Adresse introuvable"
        para = (
            f"Votre message n'a pas été distribué à <b>{addrs}</b>, car l'adresse est introuvable ou ne peut pas "
            "recevoir d'e-mails."
        )
    else:
        head = "Address not found"
        para = (
            f"Your message wasn't delivered to <b>{addrs}</b> because the address couldn't be found, or is unable "
            "to receive mail."
        )
    diag = rcpts[0][3]
    html = (
        '<html><head></head><body><table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:'
        f'32px;background-color:#ffffff"><tbody><tr><td><h2 style="font-size:20px">{head}</h2>'
        f'<p style="font-size:16px">{para}</p><p style="font-size:14px">'
        f"{'La réponse du serveur distant était :' if french else 'The response from the remote server was:'}</p>"
        f'<p style="font-family:monospace">{diag}</p></td></tr></tbody></table></body></html>'
    )
    rel = MIMEMultipart("related")
    rel.attach(MIMEText(html, "html", "utf-8"))
    blocks = []
    for addr, action, status, d in rcpts:
        blocks.append(
            [
                ("Final-Recipient", f"rfc822; {addr}"),
                ("Action", action),
                ("Status", status),
                (
                    "Remote-MTA",
                    f"dns; mx.{addr.split('@')[1]}. (203.0.113.40, the server for the domain {addr.split('@')[1]}.)",
                ),
                ("Diagnostic-Code", f"smtp; {d}"),
                ("Last-Attempt-Date", rfcdate(when)),
            ]
            + ([("Will-Retry-Until", rfcdate(when + timedelta(hours=46)))] if delay else [])
        )
    ds = delivery_status_part(
        [
            ("Reporting-MTA", "dns; googlemail.com"),
            ("Received-From-MTA", f"dns; {t.sender.address}"),
            ("Arrival-Date", rfcdate(t.sent)),
            ("X-Original-Message-ID", t.message_id),
        ],
        blocks,
    )
    orig = tracked_as_message(t)
    o = headers_part(orig) if delay else rfc822_part(orig)
    msg = with_headers(
        report([rel, ds, o]),
        [
            ("Return-Path", "<>"),
            ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
            ("To", t.sender.address),
            ("Auto-Submitted", "auto-replied"),
            ("Subject", "Delivery Status Notification (Delay)" if delay else "Delivery Status Notification (Failure)"),
            ("References", t.message_id),
            ("In-Reply-To", t.message_id),
            ("X-Failed-Recipients", addrs),
            ("Message-ID", f"<{hexid(8).lower()}.050a0220.{hexid(6).lower()}.{hexid(4).lower()}.GMR@mx.google.com>"),
            ("Date", rfcdate(when)),
        ],
    )
    return Case(slug, msg, label([(a, s.startswith("5"), s) for a, _x, s, _d in rcpts], t.message_id, t.lang, "gmail"))


def exchange_ndr(slug: str, t: Tracked, rcpts: list[Rcpt], *, french: bool = False, on_prem: bool = False) -> Case:
    when = (t.sent + timedelta(seconds=3)).astimezone(UTC)
    server = f"AM0PR04MB{hexid(4)}.eurprd04.prod.outlook.com"
    parts = []
    for addr, _a, _s, diag in rcpts:
        user, dom = addr.split("@")
        if on_prem:
            parts.append(
                f"{addr}\nThe e-mail address you entered couldn't be found. Please check the recipient's "
                f"e-mail address and try to resend the message.\n\n{addr}\n#{diag} ##"
            )
        elif french:
            parts.append(
                f"Votre message à {addr} n'a pas pu être remis.\n\n{user} est introuvable sur {dom}.\n\n"
                f"Informations de diagnostic pour les administrateurs :\n\nServeur de génération : {server}\n\n"
                f"{addr}\nLe serveur distant a retourné '{diag}'"
            )
        else:
            parts.append(
                f"Your message to {addr} couldn't be delivered.\n\n{user} wasn't found at {dom}.\n\n"
                f"Diagnostic information for administrators:\n\nGenerating server: {server}\n\n"
                f"{addr}\nRemote Server returned '{diag}'"
            )
    if on_prem:
        text = (
            "Delivery has failed to these recipients or groups:\n\n"
            + "\n\n".join(parts)
            + (f"\n\nDiagnostic information for administrators:\n\nGenerating server: EXCH01.{t.sender.domain}\n")
        )
    else:
        text = (
            "\n\n".join(parts)
            + "\n\nOriginal message headers:\n\n"
            + "".join(f"{k}: {v}\n" for k, v in tracked_as_message(t).items())
        )
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText(text, "plain", "utf-8"))
    alt.attach(MIMEText("<html><body><p>" + text.replace("\n", "<br>") + "</p></body></html>", "html", "utf-8"))
    ds = delivery_status_part(
        [("Reporting-MTA", f"dns;{server}"), ("Received-From-MTA", f"dns;{server}"), ("Arrival-Date", rfcdate(when))],
        [
            [("Final-Recipient", f"rfc822;{a}"), ("Action", "failed"), ("Status", s), ("Diagnostic-Code", f"smtp;{d}")]
            for a, _x, s, d in rcpts
        ],
    )
    o = rfc822_part(tracked_as_message(t))
    if on_prem:
        sender = f"postmaster@{t.sender.domain}"
        from_h = f"Microsoft Exchange <{sender}>"
        subject = "Undeliverable: " + t.subject
    else:
        from_h = (
            f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@"
            f"{t.sender.domain.split('.')[0]}.onmicrosoft.com>"
        )
        subject = ("Non remis : " if french else "Undeliverable: ") + t.subject
    msg = with_headers(
        report([alt, ds, o]),
        [
            ("From", from_h),
            ("To", t.sender.header()),
            ("Date", rfcdate(when)),
            ("Message-ID", outlook_mid()),
            ("In-Reply-To", t.message_id),
            ("References", t.message_id),
            ("Thread-Topic", t.subject),
            ("Thread-Index", thread_index()),
            ("Subject", subject),
            ("Auto-Submitted", "auto-replied"),
            ("Content-Language", "fr-FR" if french else "en-US"),
            ("X-MS-PublicTrafficType", "Email"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
        ],
    )
    return Case(
        slug, msg, label([(a, s.startswith("5"), s) for a, _x, s, _d in rcpts], t.message_id, t.lang, "exchange")
    )


def text_copy(t: Tracked) -> str:
    orig = tracked_as_message(t)
    return (
        "".join(f"{k}: {v}\n" for k, v in orig.items())
        + "\n"
        + (orig.get_payload(decode=True) or b"").decode("utf-8", "replace")
    )


def qmail(slug: str, t: Tracked, addr: str, remote: str, status: str | None) -> Case:
    host = "mx.mailhost-" + hexid(3).lower() + ".net"
    when = t.sent + timedelta(seconds=20)
    body = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{addr}>:\n203.0.113.9 does not like recipient.\nRemote host said: {remote}\nGiving up on 203.0.113.9.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{t.sender.address}>\nReceived: (qmail 12345 invoked by uid 89); {rfcdate(t.sent)}\n"
        + text_copy(t)
    )
    msg = simple_message(
        [
            ("Return-Path", "<>"),
            ("Date", rfcdate(when)),
            ("From", f"MAILER-DAEMON@{host}"),
            ("To", t.sender.address),
            ("Subject", "failure notice"),
        ],
        body,
        cte="8bit",
    )
    return Case(slug, msg, label([(addr, True, status)], t.message_id, t.lang, "qmail"))


def yahoo(slug: str, t: Tracked, addr: str) -> Case:
    when = t.sent + timedelta(seconds=5)
    body = (
        "Sorry, we were unable to deliver your message to the following address.\n\n"
        f"<{addr}>:\n554: delivery error: dd This user doesn't have a yahoo.com account ({addr}) [0] - "
        "mta4312.mail.bf1.yahoo.com\n\n--- Below this line is a copy of the message.\n\n" + text_copy(t)
    )
    msg = simple_message(
        [
            ("From", "MAILER-DAEMON@yahoo.com"),
            ("To", t.sender.address),
            ("Subject", "Failure Notice"),
            ("Date", rfcdate(when)),
        ],
        body,
        cte="8bit",
    )
    return Case(slug, msg, label([(addr, True, None)], t.message_id, t.lang, "yahoo"))


def sendmail(slug: str, t: Tracked, addr: str) -> Case:
    host = "mx." + addr.split("@")[1]
    when = t.sent + timedelta(seconds=30)
    notice = (
        f"The original message was received at {rfcdate(t.sent)}\nfrom mail.{t.sender.domain} [203.0.113.5]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{addr}>\n    (reason: 550 5.1.1 <{addr}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to {host}.:\n>>> DATA\n<<< 550 5.1.1 <{addr}>... User unknown\n"
        f"550 5.1.1 <{addr}>... User unknown\n<<< 503 5.0.0 Need RCPT (recipient)\n"
    )
    ds = delivery_status_part(
        [
            ("Reporting-MTA", f"dns; relay.{t.sender.domain}"),
            ("Received-From-MTA", f"DNS; mail.{t.sender.domain}"),
            ("Arrival-Date", rfcdate(t.sent)),
        ],
        [
            [
                ("Final-Recipient", f"RFC822; {addr}"),
                ("Action", "failed"),
                ("Status", "5.1.1"),
                ("Remote-MTA", f"DNS; {host}"),
                ("Diagnostic-Code", f"SMTP; 550 5.1.1 <{addr}>... User unknown"),
                ("Last-Attempt-Date", rfcdate(when)),
            ]
        ],
    )
    msg = with_headers(
        report([text_part(notice, "8bit"), ds, rfc822_part(tracked_as_message(t))]),
        [
            ("Date", rfcdate(when)),
            ("From", f"Mail Delivery Subsystem <MAILER-DAEMON@relay.{t.sender.domain}>"),
            ("Message-Id", f"<{when.strftime('%Y%m%d%H%M')}.{hexid(6)}@relay.{t.sender.domain}>"),
            ("To", f"<{t.sender.address}>"),
            ("Auto-Submitted", "auto-generated (failure)"),
            ("Subject", "Returned mail: see transcript for details"),
        ],
    )
    return Case(slug, msg, label([(addr, True, "5.1.1")], t.message_id, t.lang, "sendmail"))


def unknown(addr: str) -> str:
    return f"550 5.1.1 <{addr}>: Recipient address rejected: User unknown in virtual mailbox table"


def bounce_cases() -> list[Case]:
    c: list[Case] = []
    a = P("John Carter", "john.carter@acme-robotics.com")
    c.append(postfix("en-postfix-user-unknown", en1(a), [(a.address, "failed", "5.1.1", unknown(a.address))]))
    b = P("Eva Lind", "eva.lind@stackline.net")
    c.append(
        postfix(
            "en-postfix-spamhaus-headers-only",
            en3(b),
            [
                (
                    b.address,
                    "failed",
                    "5.7.1",
                    "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org",
                )
            ],
            headers_only=True,
        )
    )
    d = P("Max Ruiz", "max@ruiz-consulting.co")
    c.append(
        postfix(
            "en-postfix-host-not-found",
            en2(d),
            [
                (
                    d.address,
                    "failed",
                    "5.4.4",
                    "Host or domain name not found. Name service error for name=ruiz-consulting.co type=MX: Host not found",
                )
            ],
        )
    )
    e = P("Julie Moreau", "julie.moreau@cabinet-lambert.fr")
    t = fr1(e)
    c.append(
        postfix(
            "fr-postfix-two-recipients",
            t,
            [
                (e.address, "failed", "5.1.1", unknown(e.address)),
                (
                    "direction@cabinet-lambert.fr",
                    "failed",
                    "5.2.2",
                    "552 5.2.2 <direction@cabinet-lambert.fr>: Mailbox full",
                ),
            ],
        )
    )
    f = P("Rose Marin", "rose.marin@marin-immobilier.fr")
    c.append(postfix("fr-postfix-localise", fr2(f), [(f.address, "failed", "5.1.1", unknown(f.address))], french=True))
    g = P("Paul Texier", "paul.texier@texier-sa.fr")
    c.append(
        postfix(
            "fr-postfix-quota-headers",
            fr3(g),
            [(g.address, "failed", "5.2.2", "552 5.2.2 <paul.texier@texier-sa.fr>: Mailbox quota exceeded")],
            headers_only=True,
            french=True,
        )
    )
    h = P("Sam Hill", "sam.hill@quarry.io")
    c.append(
        postfix_delay(
            "en-postfix-delay-timeout",
            en1(h),
            (h.address, "delayed", "4.4.1", "connect to mx1.quarry.io[203.0.113.25]:25: Connection timed out"),
        )
    )
    i = P("Laure Petit", "laure.petit@petit-associes.fr")
    c.append(
        postfix_delay(
            "fr-postfix-delay-quota",
            fr1(i),
            (
                i.address,
                "delayed",
                "4.2.2",
                "host mx1.petit-associes.fr[203.0.113.25] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)",
            ),
        )
    )
    j = P("Owen Price", "owen.price@harborview.co")
    c.append(
        exim(
            "en-exim-user-unknown",
            en3(j),
            j.address,
            f"550 5.1.1 <{j.address}>: Recipient address rejected: User unknown",
            "5.1.1",
            "srv42.northwind-hosting.net",
        )
    )
    k = P("Marc Olivier", "marc.olivier@olivier-bat.fr")
    c.append(exim("fr-exim-no-such-user", fr1(k), k.address, "550 No Such User Here", None, "ns3045.ovh.net"))
    m = P("Lucas Meyer", "lucas.meyer@meyer-gmbh.de")
    c.append(exim_warning("en-exim-delay-warning", en1(m), m.address, "srv42.northwind-hosting.net"))
    n_ = P("Ada King", "ada.king@lumenfield.io")
    c.append(
        gmail_dsn(
            "en-gmail-address-not-found",
            en2(n_),
            [
                (
                    n_.address,
                    "failed",
                    "5.1.1",
                    "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
                    "recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser",
                )
            ],
        )
    )
    o = P("Chloé Blanc", "chloe.blanc@gmail.com")
    c.append(
        gmail_dsn(
            "fr-gmail-adresse-introuvable",
            fr3(o),
            [(o.address, "failed", "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist.")],
            french=True,
        )
    )
    q = P("Tim Ross", "tim.ross@gmail.com")
    c.append(
        gmail_dsn(
            "en-gmail-account-disabled",
            en1(q),
            [(q.address, "failed", "5.2.1", "550-5.2.1 The email account that you tried to reach is disabled.")],
        )
    )
    r = P("Ned Stark", "ned@winterfell-logistics.com")
    c.append(
        gmail_dsn(
            "en-gmail-expired-4xx",
            en3(r),
            [
                (
                    r.address,
                    "failed",
                    "4.4.1",
                    "The recipient server did not accept our requests to connect. [mx.winterfell-logistics.com. 203.0.113.40: "
                    "timed out]",
                )
            ],
            expired=True,
        )
    )
    s = P("Ana Costa", "ana.costa@gmail.com")
    c.append(
        gmail_dsn(
            "en-gmail-delay-over-quota",
            en2(s),
            [
                (
                    s.address,
                    "delayed",
                    "4.2.2",
                    "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to "
                    "https://support.google.com/mail/?p=OverQuotaTemp",
                )
            ],
            delay=True,
        )
    )
    u = P("Jules Ferry", "jules.ferry@ferry-conseil.fr")
    c.append(
        gmail_dsn(
            "fr-gmail-deux-destinataires",
            fr1(u),
            [
                (u.address, "failed", "5.1.1", "550 5.1.1 <jules.ferry@ferry-conseil.fr>: Recipient address rejected"),
                (
                    "contact@ferry-conseil.fr",
                    "failed",
                    "5.1.1",
                    "550 5.1.1 <contact@ferry-conseil.fr>: Recipient address rejected",
                ),
            ],
            french=True,
        )
    )
    v = P("Bill Owens", "bill.owens@contoso.com")
    c.append(
        exchange_ndr(
            "en-exchange-recipient-not-found",
            en3(v),
            [
                (
                    v.address,
                    "failed",
                    "5.1.10",
                    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                )
            ],
        )
    )
    w = P("Kim Soo", "kim.soo@wideworldimporters.com")
    c.append(
        exchange_ndr(
            "en-exchange-relay-denied",
            en1(w),
            [
                (
                    w.address,
                    "failed",
                    "5.4.1",
                    "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB3PEPF0000885B.eurprd02.prod.outlook.com]",
                )
            ],
        )
    )
    x = P("Ray Diaz", "ray.diaz@fabrikam.com")
    c.append(
        exchange_ndr(
            "en-exchange-mailbox-full",
            en2(x),
            [
                (
                    x.address,
                    "failed",
                    "5.2.2",
                    "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
                )
            ],
        )
    )
    y = P("Pat Lee", "pat.lee@litware.com")
    c.append(
        exchange_ndr(
            "en-exchange-two-recipients",
            en1(y),
            [
                (
                    y.address,
                    "failed",
                    "5.1.10",
                    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                ),
                ("hiring@litware.com", "failed", "5.1.1", "550 5.1.1 User unknown"),
            ],
        )
    )
    z = P("Hervé Lucas", "herve.lucas@lucas-transports.fr")
    c.append(
        exchange_ndr(
            "fr-exchange-non-remis",
            fr1(z),
            [
                (
                    z.address,
                    "failed",
                    "5.1.10",
                    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                )
            ],
            french=True,
        )
    )
    aa = P("Gilles Roy", "gilles.roy@roy-menuiserie.fr")
    c.append(
        exchange_ndr(
            "fr-exchange-non-remis-511",
            fr3(aa),
            [(aa.address, "failed", "5.1.1", "550 5.1.1 User unknown")],
            french=True,
        )
    )
    bb = P("Mia Laurent", "mia.laurent@laurent-design.fr")
    c.append(
        exchange_ndr(
            "fr-exchange-boite-pleine",
            fr2(bb),
            [
                (
                    bb.address,
                    "failed",
                    "5.2.2",
                    "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
                )
            ],
            french=True,
        )
    )
    cc = P("Dan Fox", "dan.fox@adatum.com")
    c.append(
        exchange_ndr(
            "en-exchange-onprem-postmaster",
            en3(cc),
            [(cc.address, "failed", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipientNotFound")],
            on_prem=True,
        )
    )
    dd = P("Ella Stone", "ella.stone@stone-legal.com")
    c.append(
        qmail("en-qmail-failure-notice", en1(dd), dd.address, f"550 5.1.1 <{dd.address}>... User unknown", "5.1.1")
    )
    ee = P("Yves Marchal", "yves.marchal@marchal-et-fils.fr")
    c.append(
        qmail(
            "fr-qmail-failure-notice",
            fr2(ee),
            ee.address,
            "550 sorry, no mailbox here by that name. (#5.7.17)",
            "5.7.17",
        )
    )
    ff = P("Rick Moss", "rick.moss@yahoo.com")
    c.append(yahoo("en-yahoo-failure-notice", en2(ff), ff.address))
    gg = P("Jane Roe", "jane.roe@university-east.edu")
    c.append(sendmail("en-sendmail-returned-mail", en3(gg), gg.address))
    hh = P("Lola Girard", "lola.girard@girard-tech.fr")
    c.append(postfix("fr-postfix-rfc822", fr3(hh), [(hh.address, "failed", "5.1.1", unknown(hh.address))]))
    ii = P("Finn Wade", "finn.wade@gmail.com")
    c.append(
        gmail_dsn(
            "en-gmail-not-found-2",
            en1(ii),
            [(ii.address, "failed", "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist.")],
        )
    )
    jj = P("Noé Vasseur", "noe.vasseur@vasseur-bio.fr")
    c.append(
        exim(
            "fr-exim-user-unknown",
            fr2(jj),
            jj.address,
            f"550 5.1.1 <{jj.address}>: Recipient address rejected: User unknown in local recipient table",
            "5.1.1",
            "mail.atelier-conseil.fr",
        )
    )
    _ = Message
    return c
