"""blind20: bounces (Exchange Online NDRs of the firm's tenant, Postfix, Swiss providers' mailer-daemons, delays)."""

from datetime import timedelta

from kit20 import BRUNNER, CHEVALLEY, FAVRE, letter, review, sent_raw
from mime12 import L, Part, lowhex, message, multipart, rng, text_part
from mime20 import FIRM, P, date_hdr, html_divs, subj

NDR_FROM = f'"Microsoft Outlook" <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{FIRM}>'
TENANT_MTA = "ZR0P278MB0915.CHEP278.PROD.OUTLOOK.COM"


def _utc(d):
    return d.astimezone(d.tzinfo).strftime("%a, %d %b %Y %H:%M:%S %z")


def dsn_part(mta, arrival, rcpts):
    """rcpts: [(orig_rcpt or None, final, action, status, diag)]"""
    lines = [f"Reporting-MTA: dns;{mta}", f"Arrival-Date: {arrival}", ""]
    for orig_r, final, action, status, diag in rcpts:
        if orig_r:
            lines.append(f"Original-Recipient: rfc822;{orig_r}")
        lines += [f"Final-Recipient: rfc822;{final}", f"Action: {action}", f"Status: {status}"]
        if diag:
            lines.append(f"Diagnostic-Code: {diag}")
        lines.append("")
    return Part([("Content-Type", "message/delivery-status")], "\r\n".join(lines) + "\r\n")


def returned(m, headers_only=False):
    raw = sent_raw(m)
    if headers_only:
        head = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"
        return Part([("Content-Type", "text/rfc822-headers")], head)
    return Part([("Content-Type", "message/rfc822")], raw)


def bounce_msg(
    key, lang, client, frm, orig, delay_min, subject, text, dsn, ret, rcpt, status, permanent, html=False, extra=()
):
    d = orig.date + timedelta(minutes=delay_min, seconds=rng("b20", key, "s").randrange(1, 59))
    lines = L(text) if isinstance(text, str) else text
    tp = text_part("\n".join(lines) + "\n", 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
    r = rng("b20", key, "bnd")
    if html:
        hp = text_part(html_divs([("raw", lines)], "owa"), 'text/html; charset="utf-8"', "utf-8", "quoted-printable")
        first = multipart("alternative", [tp, hp], lowhex(r, 32))
    else:
        first = tp
    parts = [first, dsn]
    if ret is not None:
        parts.append(ret)
    bb = lowhex(rng("b20", key, "b2"), 24)
    body = multipart("report", parts, bb, ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{bb}"')
    h = [
        ("From", frm),
        ("To", orig.frm.a()),
        ("Subject", subj(subject)),
        ("Date", date_hdr(d)),
        (
            "Message-ID",
            f"<{lowhex(rng('b20', key, 'mid'), 32)}@{client_host(client) if client == 'exchange' else frm.split('@')[1].split('>')[0].split(' ')[0]}>",
        ),
        ("Auto-Submitted", "auto-replied"),
        *extra,
        ("MIME-Version", "1.0"),
    ]
    raw = message(h, body)
    b = {
        "recipients": [{"address": rcpt, "permanent": permanent, **({"status": status} if status else {})}],
        "permanent": permanent,
        "original_message_id": orig.mid,
    }
    return dict(
        client=client,
        lang=lang,
        kind="bounce",
        slug=key,
        raw=raw,
        new_text=[],
        mode=None,
        top=False,
        extra={"bounce": b},
        opt_out=False,
    )


def client_host(client):
    return {
        "exchange": TENANT_MTA,
        "postfix": "mx1.example",
        "bluewin_mailer": "mxout.bluewin.example",
        "gmx_mailer": "mout.gmx.example",
    }[client]


def exo(key, lang, orig, rcpt, status, diag, subject_prefix, text, headers_only=False):
    arrival = _utc(orig.date)
    dsn = dsn_part(TENANT_MTA, arrival, [(None, rcpt, "failed", status, diag)])
    ret = returned(orig, headers_only)
    return bounce_msg(
        key,
        lang,
        "exchange",
        NDR_FROM,
        orig,
        1,
        subject_prefix + orig.subject,
        text,
        dsn,
        ret,
        rcpt,
        status,
        status.startswith("5"),
        html=True,
        extra=[
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", {"fr": "fr-CH", "de": "de-CH", "it": "it-CH", "en": "en-US"}[lang]),
        ],
    )


def cases():
    out = []
    # 1. Exchange Online, English, 5.1.10
    p = P("Kevin Lam", "kevin.lam@lam-ventures.example")
    o = review("ndr-lam", "en", [p], "Dear Mr Lam,", "2027-03-02 11:09")
    out.append(
        exo(
            "ndr-lam",
            "en",
            o,
            p.email,
            "5.1.10",
            "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient kevin.lam@lam-ventures.example not found by SMTP address lookup",
            "Undeliverable: ",
            f"""
            Your message to {p.email} couldn't be delivered.
            kevin.lam wasn't found at lam-ventures.example.
            Nadia Keller   Office 365   kevin.lam
            Action Required   Recipient
            Unknown To address

            How to Fix It
            The address may be misspelled or may not exist. Try one or more of the following:
            Retype the recipient's address, then resend the message.
            If the problem continues, please contact your email admin.

            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
            """,
        )
    )
    # 2. Exchange Online, German, 5.1.1 from the remote server
    p = P("Martina Kuster", "m.kuster@kuster-optik.example")
    o = review("ndr-kuster", "de", [p], "Sehr geehrte Frau Kuster", "2027-03-02 09:12")
    out.append(
        exo(
            "ndr-kuster",
            "de",
            o,
            p.email,
            "5.1.1",
            "smtp;550 5.1.1 <m.kuster@kuster-optik.example>: Recipient address rejected: User unknown in virtual mailbox table",
            "Unzustellbar: ",
            f"""
            Ihre Nachricht an {p.email} konnte nicht zugestellt werden.
            m.kuster wurde bei kuster-optik.example nicht gefunden.

            Lösung
            Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Überprüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut.

            Weitere Informationen für E-Mail-Administratoren
            Der Remoteserver hat folgende Antwort zurückgegeben: '550 5.1.1 <m.kuster@kuster-optik.example>: Recipient address rejected: User unknown in virtual mailbox table'
            """,
        )
    )
    # 3. Exchange Online, French, 5.7.1 access denied (group restricted)
    p = P("Direction", "direction@ecole-alpine.example")
    o = letter(
        "ndr-ecole",
        CHEVALLEY,
        "chevalley",
        "fr",
        [p],
        "Madame, Monsieur,",
        "2027-03-03 10:00",
        "Fondation de l'École alpine - placement de la trésorerie",
        "Suite à la séance du conseil de fondation, je vous adresse notre proposition de placement de la trésorerie.",
    )
    out.append(
        exo(
            "ndr-ecole",
            "fr",
            o,
            p.email,
            "5.7.1",
            "smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]",
            "Non remis : ",
            f"""
            Votre message à {p.email} n'a pas pu être remis.
            Le groupe direction n'accepte que les messages provenant de personnes de sa propre organisation ou de personnes autorisées.

            Comment résoudre ce problème
            Contactez le propriétaire du groupe pour être ajouté à la liste des expéditeurs autorisés.

            Informations supplémentaires pour les administrateurs de messagerie
            Le serveur distant a renvoyé '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'
            """,
            headers_only=True,
        )
    )
    # 4. Exchange Online, Italian, domain does not exist (5.4.310)
    p = P("Giorgio Ponti", "giorgio.ponti@ponti-consulenze.example")
    o = review("ndr-ponti", "it", [p], "Gentile Signor Ponti,", "2027-03-02 10:08")
    out.append(
        exo(
            "ndr-ponti",
            "it",
            o,
            p.email,
            "5.4.310",
            "smtp;550 5.4.310 DNS domain ponti-consulenze.example does not exist [Message=InfoDomainNonexistent]",
            "Non recapitabile: ",
            f"""
            Impossibile recapitare il messaggio a {p.email}.
            Il dominio ponti-consulenze.example non esiste.

            Come risolvere il problema
            Verificare che l'indirizzo del destinatario sia scritto correttamente e inviare di nuovo il messaggio.

            Il server remoto ha restituito '550 5.4.310 DNS domain ponti-consulenze.example does not exist'
            """,
        )
    )
    # 5. Postfix at the client's company, user unknown after acceptance (alias expanded)
    p = P("Réception", "info@hotel-des-alpes.example")
    o = letter(
        "ndr-hotel",
        FAVRE,
        "favre",
        "fr",
        [p],
        "Madame, Monsieur,",
        "2027-03-04 14:00",
        "Assurance choses - Hôtel des Alpes - renouvellement",
        "Votre police d'assurance choses arrive à échéance le 30 avril 2027. Pourriez-vous nous confirmer les valeurs d'inventaire ?",
    )
    dsn = dsn_part(
        "mail.hotel-des-alpes.example",
        _utc(o.date),
        [
            (
                "info@hotel-des-alpes.example",
                "m.chabloz@hotel-des-alpes.example",
                "failed",
                "5.1.1",
                'X-Postfix; unknown user: "m.chabloz"',
            )
        ],
    )
    out.append(
        bounce_msg(
            "ndr-hotel",
            "en",
            "postfix",
            "MAILER-DAEMON@mail.hotel-des-alpes.example (Mail Delivery System)",
            o,
            2,
            "Undelivered Mail Returned to Sender",
            """
            This is the mail system at host mail.hotel-des-alpes.example.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <m.chabloz@hotel-des-alpes.example> (expanded from <info@hotel-des-alpes.example>):
                unknown user: "m.chabloz"
            """,
            dsn,
            returned(o),
            "info@hotel-des-alpes.example",
            "5.1.1",
            True,
        )
    )
    # 6. Swiss provider's mailer-daemon (bluewin-like), 5.1.1, headers only
    p = P("Hans Wüthrich", "hans.wuethrich@bluewin.example")
    o = review("ndr-wuethrich", "de", [p], "Sehr geehrter Herr Wüthrich", "2027-03-02 09:13")
    dsn = dsn_part(
        "mxout.bluewin.example",
        _utc(o.date),
        [(None, p.email, "failed", "5.1.1", "smtp; 550 5.1.1 <hans.wuethrich@bluewin.example>... User unknown")],
    )
    out.append(
        bounce_msg(
            "ndr-wuethrich",
            "de",
            "bluewin_mailer",
            "Mail Delivery Subsystem <MAILER-DAEMON@mxout.bluewin.example>",
            o,
            3,
            "Nicht zustellbar: Returned mail: see transcript for details",
            """
            Ihre Nachricht konnte nicht zugestellt werden / Votre message n'a pas pu être remis / Your message could not be delivered.

            Die Adresse hans.wuethrich@bluewin.example existiert nicht.
            L'adresse hans.wuethrich@bluewin.example n'existe pas.

       ----- Transcript of session follows -----
            ... while talking to mx.bluewin.example.:
            >>> RCPT To:<hans.wuethrich@bluewin.example>
            <<< 550 5.1.1 <hans.wuethrich@bluewin.example>... User unknown
            550 5.1.1 <hans.wuethrich@bluewin.example>... User unknown
            """,
            dsn,
            returned(o, headers_only=True),
            p.email,
            "5.1.1",
            True,
        )
    )
    # 7. Mailbox full, temporary: Postfix delay notice
    p = P("Eveline Suter", "eveline.suter@suter-fiduz.example")
    o = letter(
        "ndr-suter",
        BRUNNER,
        "brunner",
        "de",
        [p],
        "Sehr geehrte Frau Suter",
        "2027-03-05 10:07",
        "Einladung: Anlageausblick Frühling 2027, 23. März, Zürich",
        "Gerne laden wir Sie zu unserem Anlageausblick Frühling 2027 ein.",
    )
    dsn = dsn_part(
        "mail.suter-fiduz.example",
        _utc(o.date),
        [
            (
                None,
                p.email,
                "delayed",
                "4.2.2",
                "X-Postfix; maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.",
            )
        ],
    )
    out.append(
        bounce_msg(
            "ndr-suter",
            "en",
            "postfix",
            "MAILER-DAEMON@mail.suter-fiduz.example (Mail Delivery System)",
            o,
            4 * 60 + 2,
            "Delayed Mail (still being retried)",
            """
            This is the mail system at host mail.suter-fiduz.example.

            ####################################################################
            # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
            ####################################################################

            Your message could not be delivered for more than 4 hour(s).
            It will be retried until it is 5 day(s) old.

            For further assistance, please send mail to postmaster.

                               The mail system

            <eveline.suter@suter-fiduz.example>: maildir delivery failed: Sorry, the user's
                maildir has overdrawn his diskspace quota, please try again later.
            """,
            dsn,
            returned(o, headers_only=True),
            p.email,
            "4.2.2",
            False,
        )
    )
    # 8. GMX-like mailer-daemon, German, mailbox unavailable
    p = P("Ruth Bolliger", "ruth.bolliger@gmx.example")
    o = letter(
        "ndr-bolliger",
        BRUNNER,
        "brunner",
        "de",
        [p],
        "Sehr geehrte Frau Bolliger",
        "2027-03-05 10:08",
        "Einladung: Anlageausblick Frühling 2027, 23. März, Zürich",
        "Gerne laden wir Sie zu unserem Anlageausblick Frühling 2027 ein.",
    )
    dsn = dsn_part(
        "mout.gmx.example",
        _utc(o.date),
        [(None, p.email, "failed", "5.1.1", "smtp; 550 5.1.1 Requested action not taken: mailbox unavailable")],
    )
    out.append(
        bounce_msg(
            "ndr-bolliger",
            "de",
            "gmx_mailer",
            "Mail Delivery System <mailer-daemon@gmx.example>",
            o,
            1,
            "Mail delivery failed: returning message to sender",
            """
            Diese Nachricht wurde automatisch vom Mailsystem erstellt.

            Die Zustellung an folgende Empfänger ist fehlgeschlagen:

              ruth.bolliger@gmx.example
                Mailbox nicht verfügbar (das Postfach wurde wegen Inaktivität gesperrt)
                550 5.1.1 Requested action not taken: mailbox unavailable
            """,
            dsn,
            returned(o),
            p.email,
            "5.1.1",
            True,
        )
    )
    # 9. Exchange Online delay notification (4.4.7), German
    p = P("Kanzlei Fuchs", "sekretariat@kanzlei-fuchs.example")
    o = letter(
        "ndr-fuchs",
        BRUNNER,
        "brunner",
        "de",
        [p],
        "Sehr geehrte Damen und Herren",
        "2027-03-10 16:00",
        "Nachlass Rüfenacht - Vermögensaufstellung per Todestag",
        "Beiliegend erhalten Sie die Vermögensaufstellung per Todestag für das Erbschaftsinventar.",
    )
    dsn = dsn_part(TENANT_MTA, _utc(o.date), [(None, p.email, "delayed", "4.4.7", "smtp;400 4.4.7 Message delayed")])
    out.append(
        bounce_msg(
            "ndr-fuchs",
            "de",
            "exchange",
            NDR_FROM,
            o,
            6 * 60,
            "Verzögert: " + o.subject,
            f"""
            Die Zustellung Ihrer Nachricht an {p.email} wurde verzögert.
            Es wird weiterhin versucht, die Nachricht zuzustellen. Sie müssen die Nachricht nicht erneut senden.

            Der Server wird bis zum 12.03.2027 16:00 weiterhin versuchen, die Nachricht zuzustellen.

            Weitere Informationen für E-Mail-Administratoren
            Der Remoteserver hat folgende Antwort zurückgegeben: '451 4.4.0 Temporary server error. Please try again later'
            """,
            dsn,
            returned(o, headers_only=True),
            p.email,
            "4.4.7",
            False,
            html=True,
            extra=[("X-MS-Exchange-Message-Is-Ndr", "")],
        )
    )
    # 10. Exchange Online, English, mailbox full reported by the remote as permanent 5.2.2
    p = P("Laura Bianchi", "laura.bianchi@bianchi-design.example")
    o = review("ndr-lbianchi", "en", [p], "Dear Ms Bianchi,", "2027-03-02 11:10")
    out.append(
        exo(
            "ndr-lbianchi",
            "en",
            o,
            p.email,
            "5.2.2",
            "smtp;552 5.2.2 <laura.bianchi@bianchi-design.example>: Recipient address rejected: Mailbox full",
            "Undeliverable: ",
            f"""
            Your message to {p.email} couldn't be delivered.
            The recipient's mailbox is full and can't accept messages now.

            How to Fix It
            Try resending the message later, or contact the recipient directly.

            Remote Server returned '552 5.2.2 <laura.bianchi@bianchi-design.example>: Recipient address rejected: Mailbox full'
            """,
        )
    )
    # 11. Exchange Online, French, 5.1.1 with the message returned
    p = P("Gérald Python", "gerald.python@python-menuiserie.example")
    o = letter(
        "ndr-gpython",
        FAVRE,
        "favre",
        "fr",
        [p],
        "Monsieur,",
        "2027-03-04 14:05",
        "Renouvellement de votre assurance ménage et RC privée au 1er avril",
        "Votre contrat d'assurance ménage et responsabilité civile privée arrive à échéance le 1er avril 2027.",
    )
    out.append(
        exo(
            "ndr-gpython",
            "fr",
            o,
            p.email,
            "5.1.1",
            "smtp;550 5.1.1 <gerald.python@python-menuiserie.example>: Recipient address rejected: User unknown",
            "Non remis : ",
            f"""
            Votre message à {p.email} n'a pas pu être remis.
            gerald.python est introuvable sur python-menuiserie.example.

            Comment résoudre ce problème
            L'adresse est peut-être mal orthographiée ou n'existe pas. Vérifiez l'adresse du destinataire, puis renvoyez le message.

            Informations supplémentaires pour les administrateurs de messagerie
            Le serveur distant a renvoyé '550 5.1.1 <gerald.python@python-menuiserie.example>: Recipient address rejected: User unknown'
            """,
        )
    )

    return out
