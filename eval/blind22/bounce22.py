"""Bounces of blind22: Exchange Online NDRs localised to the sender's mailbox language (Dutch, Danish, German,
Swedish), Postfix bounces with Dutch, Danish and French templates, a Postfix delay warning (4.2.2), Gmail's "Address
not found" (the firm's newsletters go out through a Google Workspace mailbox), Exim without a DSN part, and an HCL
Domino delivery failure report."""

from datetime import timedelta

import firm22
from mime12 import L, Part, hexid, lowhex, multipart, rfcdate, rng, text_part
from mime22 import addr_h, esc, msg_bytes, subj_h

GREET = {
    "nl": "Beste relatie,",
    "da": "Kære kunde",
    "de": "Guten Tag,",
    "sv": "Hej,",
    "fr": "Bonjour,",
    "en": "Dear client,",
    "no": "Hei,",
}
EXO_FROM = ("Microsoft Outlook", f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{firm22.DOMAIN}")


def dsn(reporting, arrival, recips):
    out = [f"Reporting-MTA: dns; {reporting}", f"Arrival-Date: {rfcdate(arrival)}", ""]
    for a, action, status, diag, remote in recips:
        out += [f"Final-Recipient: rfc822; {a}", f"Action: {action}", f"Status: {status}"]
        if remote:
            out.append(f"Remote-MTA: dns; {remote}")
        out += [f"Diagnostic-Code: smtp; {diag}", ""]
    return Part([("Content-Type", "message/delivery-status")], "\r\n".join(out) + "\r\n")


def original(oc, headers_only):
    raw = firm22.sent_raw(oc)
    if headers_only:
        return Part([("Content-Type", 'text/rfc822-headers; charset="us-ascii"')], raw.split(b"\r\n\r\n")[0] + b"\r\n")
    return Part([("Content-Type", "message/rfc822")], raw)


def _html(lines):
    return "<html><body>\n" + "".join(f"<p>{esc(x)}</p>\n" if x else "<br>\n" for x in lines) + "</body></html>\n"


# slug, client, lang, orig, recipients [(address, status, diagnostic)], notice kind, subject prefix, text
B = [
    (
        "exo-dekker-5-1-10",
        "exchange_online",
        "nl",
        "review_nl",
        [
            (
                "j.dekker@dekkermedia.example",
                "5.1.10",
                "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient j.dekker@dekkermedia.example not found by SMTP address lookup",
            )
        ],
        "exo",
        "Onbestelbaar: ",
        """
     Uw bericht aan j.dekker@dekkermedia.example kan niet worden bezorgd.

     Het e-mailadres bestaat niet bij de ontvangende organisatie.

     Hoe u het probleem oplost
     Controleer of het adres juist is gespeld en verzend het bericht opnieuw. Neem anders op een andere manier contact op met de ontvanger.

     Diagnostische gegevens voor beheerders:

     Genererende server: {server}

     j.dekker@dekkermedia.example
     Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
     """,
    ),
    (
        "exo-poulsen-5-2-2",
        "exchange_online",
        "da",
        "review_da",
        [("h.poulsen@poulsen-hus.example", "5.2.2", "552 5.2.2 Mailbox full; quota exceeded")],
        "exo-headers",
        "Kan ikke leveres: ",
        """
     Din meddelelse til h.poulsen@poulsen-hus.example kunne ikke leveres.

     Modtagerens postkasse er fuld og kan ikke modtage flere meddelelser lige nu. Prøv at sende meddelelsen igen senere, eller kontakt modtageren på en anden måde.

     Diagnosticeringsoplysninger for administratorer:

     Genererende server: {server}

     h.poulsen@poulsen-hus.example
     Remote server returned '552 5.2.2 Mailbox full; quota exceeded'
     """,
    ),
    (
        "exo-hartmann-zwei",
        "exchange_online",
        "de",
        "overview_de",
        [
            (
                "a.hartmann@hartmann-gruppe.example",
                "5.1.1",
                "550 5.1.1 <a.hartmann@hartmann-gruppe.example>: Recipient address rejected: User unknown",
            ),
            (
                "buchhaltung@hartmann-gruppe.example",
                "5.1.1",
                "550 5.1.1 <buchhaltung@hartmann-gruppe.example>: Recipient address rejected: User unknown",
            ),
        ],
        "exo",
        "Unzustellbar: ",
        """
     Ihre Nachricht konnte an die folgenden Empfänger nicht übermittelt werden:

     a.hartmann@hartmann-gruppe.example
     buchhaltung@hartmann-gruppe.example

     Die E-Mail-Adressen sind beim empfangenden Server nicht bekannt. Prüfen Sie die Schreibweise und senden Sie die Nachricht erneut.

     Diagnoseinformationen für Administratoren:

     Generierender Server: {server}

     Remote server returned '550 5.1.1 Recipient address rejected: User unknown'
     """,
    ),
    (
        "exo-sundin-5-4-1",
        "exchange_online",
        "sv",
        "review_sv",
        [("p.sundin@sundin-group.example", "5.4.1", "550 5.4.1 Recipient address rejected: Access denied.")],
        "exo-headers",
        "Olevererbart: ",
        """
     Det gick inte att leverera ditt meddelande till p.sundin@sundin-group.example.

     Mottagarens organisation tog inte emot meddelandet eftersom adressen inte finns eller inte får ta emot e-post utifrån.

     Diagnostikinformation för administratörer:

     Genererande server: {server}

     p.sundin@sundin-group.example
     Remote server returned '550 5.4.1 Recipient address rejected: Access denied.'
     """,
    ),
    (
        "postfix-vanleeuwen-nl",
        "postfix",
        "nl",
        "stak_nl",
        [
            (
                "info@bakkerij-vanleeuwen.example",
                "5.1.1",
                "550 5.1.1 <info@bakkerij-vanleeuwen.example>: Recipient address rejected: User unknown in virtual mailbox table",
            )
        ],
        "postfix:mx2.webhuis.example",
        "Onbestelbaar bericht geretourneerd aan afzender",
        """
     Dit is het mailsysteem op host mx2.webhuis.example.

     Helaas kon uw bericht niet worden afgeleverd bij een of meer ontvangers. Het bericht is als bijlage meegestuurd.

     Neem bij vragen contact op met postmaster. Vermeld daarbij het onderstaande rapport.

                        Het mailsysteem

     <info@bakkerij-vanleeuwen.example>: host mail.bakkerij-vanleeuwen.example[198.51.100.23]
         said: 550 5.1.1 <info@bakkerij-vanleeuwen.example>: Recipient address rejected:
         User unknown in virtual mailbox table (in reply to RCPT TO command)
     """,
    ),
    (
        "postfix-hansen-da",
        "postfix",
        "da",
        "review_da",
        [
            (
                "ole@hansen-tomrer.example",
                "5.1.1",
                "550 5.1.1 <ole@hansen-tomrer.example>: Recipient address rejected: User unknown",
            )
        ],
        "postfix:mail.dkhost.example",
        "Returneret post: kunne ikke leveres",
        """
     Dette er mailsystemet på værten mail.dkhost.example.

     Desværre kunne din meddelelse ikke leveres til en eller flere modtagere. Meddelelsens brevhoved er vedhæftet nedenfor.

     Kontakt postmaster, hvis du har spørgsmål, og medsend rapporten herunder.

     <ole@hansen-tomrer.example>: host mx.hansen-tomrer.example[203.0.113.77] said: 550
         5.1.1 <ole@hansen-tomrer.example>: Recipient address rejected: User unknown
         (in reply to RCPT TO command)
     """,
    ),
    (
        "postfix-dupont-fr",
        "postfix",
        "fr",
        "bilan_fr",
        [("a.dupont@dupont-medical.example", "5.2.1", "550 5.2.1 <a.dupont@dupont-medical.example>: mailbox disabled")],
        "postfix:relais.bemail.example",
        "Message non remis : retourné à l'expéditeur",
        """
     Ceci est le système de messagerie de l'hôte relais.bemail.example.

     Votre message n'a pas pu être remis à un ou plusieurs destinataires. Les en-têtes du message sont joints.

     <a.dupont@dupont-medical.example>: host mx.dupont-medical.example[198.51.100.140] said:
         550 5.2.1 <a.dupont@dupont-medical.example>: mailbox disabled (in reply to RCPT
         TO command)
     """,
    ),
    (
        "postfix-linden-uitgesteld",
        "postfix",
        "en",
        "transfer_nl",
        [("rvdlinden@lindenzorg.example", "4.2.2", "452 4.2.2 <rvdlinden@lindenzorg.example>: Mailbox full")],
        "postfix-delay:mail.lindenzorg.example",
        "Delayed Mail (still being retried)",
        """
     This is the mail system at host mail.lindenzorg.example.

     ####################################################################
     # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
     ####################################################################

     Your message could not be delivered for more than 4 hour(s).
     It will be retried until it is 5 day(s) old.

                        The mail system

     <rvdlinden@lindenzorg.example>: host imap.lindenzorg.example[203.0.113.61] said:
         452 4.2.2 <rvdlinden@lindenzorg.example>: Mailbox full (in reply to RCPT TO command)
     """,
    ),
    (
        "gmail-harding-not-found",
        "gmail",
        "en",
        "newsletter_en",
        [
            (
                "s.harding@hardingfamily.example",
                "5.1.1",
                "550 5.1.1 The email account that you tried to reach does not exist.",
            )
        ],
        "gmail",
        "Delivery Status Notification (Failure)",
        """
     ** Address not found **

     Your message wasn't delivered to s.harding@hardingfamily.example because the address couldn't be found, or is unable to receive mail.

     Learn more here: https://support.google.com/mail/?p=NoSuchUser

     The response from the remote server was:
     550 5.1.1 The email account that you tried to reach does not exist.
     """,
    ),
    (
        "exim-fjordfisk",
        "exim",
        "en",
        "review_no",
        [("terje@fjordfisk.example", "5.1.1", None)],
        "exim:mail.fjordfisk-host.example",
        "Mail delivery failed: returning message to sender",
        """
     This message was created automatically by mail delivery software.

     A message that you sent could not be delivered to one or more of its
     recipients. This is a permanent error. The following address(es) failed:

       terje@fjordfisk.example
         host mx.fjordfisk.example [203.0.113.90]
         SMTP error from remote mail server after RCPT TO:<terje@fjordfisk.example>:
         550 5.1.1 <terje@fjordfisk.example>: Recipient address rejected: User unknown in local recipient table
     """,
    ),
    (
        "domino-wendt",
        "domino",
        "de",
        "overview_de",
        [
            (
                "k.wendt@wendt-ag.example",
                "5.0.0",
                "550 5.0.0 User k.wendt (k.wendt@wendt-ag.example) not listed in Domino Directory",
            )
        ],
        "domino:notes.wendt-ag.example",
        "DELIVERY FAILURE: User k.wendt (k.wendt@wendt-ag.example) not listed in Domino Directory",
        """
     Ihre Nachricht

       Betreff: {subject}

     wurde nicht zugestellt an:

       k.wendt@wendt-ag.example

     User k.wendt (k.wendt@wendt-ag.example) not listed in Domino Directory
     """,
    ),
]


def build(spec):
    slug, client, lang, orig, recips, kind, subj, body = spec
    oc = firm22.copy(orig, "bounce-" + slug, ("", recips[0][0]), GREET[firm22.ORIG[orig][1]])
    oc["to"] = [("", a) for a, _s, _d in recips]
    r = rng("b22-bounce", slug)
    dt = oc["dt"] + timedelta(seconds=r.randrange(3, 40) if kind.startswith(("exo", "gmail")) else r.randrange(60, 900))
    if kind.startswith("postfix-delay"):
        dt = oc["dt"] + timedelta(hours=4, minutes=r.randrange(1, 30))
    server = f"AM9PR04MB{r.randrange(1000, 9999)}.eurprd04.prod.outlook.com"
    text = "\n".join(L(body)).replace("{server}", server).replace("{subject}", oc["subject"]) + "\n"
    to = oc["frm"]
    host = kind.split(":")[1] if ":" in kind else None
    perm = all(s.startswith("5") for _a, s, _d in recips)
    if kind.startswith("exo"):
        frm = EXO_FROM
        subject = subj + oc["subject"]
        mid = f"<{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}@{server}>".lower()
        rep = dsn(server, oc["dt"], [(a, "failed", s, d, None) for a, s, d in recips])
        parts = [
            multipart(
                "alternative",
                [
                    text_part(text, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable"),
                    text_part(_html(text.split("\n")), 'text/html; charset="utf-8"', "utf-8", "quoted-printable"),
                ],
                f"_001_{hexid(r, 16)}_",
            ),
            rep,
            original(oc, kind == "exo-headers"),
        ]
        extra = [
            ("Auto-Submitted", "auto-replied"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", firm22.CLANG[lang]),
        ]
    elif kind == "gmail":
        frm = ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")
        subject = subj
        mid = f"<{lowhex(r, 12)}.{lowhex(r, 8)}.{r.randrange(10**5, 10**6)}@mx.google.com>"
        rep = dsn("googlemail.com", oc["dt"], [(a, "failed", s, d, "mx.hardingfamily.example") for a, s, d in recips])
        parts = [text_part(text, 'text/plain; charset="UTF-8"', "utf-8", "quoted-printable"), rep, original(oc, True)]
        extra = [("Auto-Submitted", "auto-replied")]
    elif kind.startswith("exim"):
        frm = ("Mail Delivery System", f"Mailer-Daemon@{host}")
        subject = subj
        mid = f"<E1t{hexid(r, 6)}-{hexid(r, 6)}-{hexid(r, 2)}@{host}>"
        raw_orig = firm22.sent_raw(oc).decode("ascii")
        text = (
            text
            + "\n------ This is a copy of the message's headers. ------\n\n"
            + raw_orig.split("\r\n\r\n")[0].replace("\r\n", "\n")
            + "\n"
        )
        headers_x = [("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", recips[0][0]), ("MIME-Version", "1.0")]
        part = text_part(text, 'text/plain; charset="utf-8"', "utf-8", "8bit")
        return finish(slug, client, lang, r, frm, to, subject, dt, mid, headers_x, part, recips, perm, oc)
    else:  # postfix or domino
        frm = (
            ("Mail Delivery System", f"MAILER-DAEMON@{host}")
            if not kind.startswith("domino")
            else ("Mail Router", f"postmaster@{host}")
        )
        subject = subj
        mid = f"<{r.randrange(10**4, 10**5)}{lowhex(r, 10)}.{r.randrange(10**5, 10**6)}@{host}>"
        action = "delayed" if kind.startswith("postfix-delay") else "failed"
        rep = dsn(host, oc["dt"], [(a, action, s, d, None) for a, s, d in recips])
        parts = [
            text_part(text, 'text/plain; charset="utf-8"', "utf-8", "8bit" if lang == "en" else "quoted-printable"),
            rep,
            original(oc, kind.startswith("postfix") and lang != "nl"),
        ]
        extra = [("Auto-Submitted", "auto-replied")]
    b = f"{lowhex(r, 8)}.{r.randrange(10**9, 10**10)}/{host or 'outlook.com'}"
    part = multipart("report", parts, b, ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"')
    return finish(
        slug,
        client,
        lang,
        r,
        frm,
        to,
        subject,
        dt,
        mid,
        [*extra, ("MIME-Version", "1.0")],
        part,
        recips,
        perm,
        oc,
        rhost=server if kind.startswith("exo") else None,
    )


def finish(slug, client, lang, r, frm, to, subject, dt, mid, extra, part, recips, perm, oc, rhost=None):
    headers = [
        (
            "Received",
            f"from {rhost or frm[1].split('@')[1]} ([{r.choice(['203.0.113', '198.51.100'])}."
            f"{r.randrange(2, 250)}]) by mx.{firm22.DOMAIN}; {rfcdate(dt)}",
        ),
        ("From", addr_h(*frm)),
        ("To", addr_h(*to)),
        ("Subject", subj_h("", subject)),
        ("Date", rfcdate(dt)),
        ("Message-ID", mid),
        *extra,
    ]
    label = dict(
        recipients=[{"address": a, "status": s, "permanent": s.startswith("5")} for a, s, _d in recips],
        permanent=perm,
        original_message_id=oc["mid"],
    )
    return dict(
        slug=slug,
        client=client,
        lang=lang,
        kind="bounce",
        raw=msg_bytes(headers, part),
        bounce=label,
        date=dt.isoformat(),
    )


def items():
    return [build(s) for s in B]
