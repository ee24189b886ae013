"""blind23: bounces (Exchange Online NDRs in French, Postfix, Exim at Orange, Swisscom, Vidéotron, an on-premises
Exchange in Belgium) and two delay notices (a full mailbox 4.2.2, greylisting 4.7.1)."""

from datetime import timedelta

from clients23 import UTC, Person, fr_long, make_mid, render_html, to_local
from firm23 import CF, DOM, MC, bilan, feuillets, fiscal, kyc, lettre, profil, sent_copy
from mime12 import Part, addr, ew_subject, hexid, message, multipart, rfcdate, rng, text_part

ITEMS = []
EXO_HOST = "PR3P193MB0812.EURP193.PROD.OUTLOOK.COM"


def rcpt_of(orig):
    return orig.to[0]


def item(slug, client, lang, orig, when, raw, recipients):
    perms = [r["permanent"] for r in recipients]
    ITEMS.append(
        {
            "slug": slug,
            "client": client,
            "lang": lang,
            "kind": "bounce",
            "raw": raw,
            "bounce": {"recipients": recipients, "permanent": all(perms), "original_message_id": orig.mid},
            "date": when.isoformat(),
            "utc": when.astimezone(UTC).isoformat(),
            "answers": orig.dt.astimezone(UTC).isoformat(),
        }
    )


def hdrs(frm, orig, subject, when, mid, extra=()):
    r = rng("brcv", mid)
    return [
        ("Received", f"from {frm.domain()} ([203.0.113.{r.randrange(2, 254)}]) by mx.{DOM};\r\n\t{rfcdate(when)}"),
        ("From", addr(frm.name, frm.email)),
        ("To", addr(orig.frm.name, orig.frm.email)),
        ("Subject", ew_subject("", subject)),
        ("Date", rfcdate(when)),
        ("Message-ID", mid),
        *extra,
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]


def dsn(reporting, orig, recs, arrival):
    out = [f"Reporting-MTA: dns;{reporting}", f"Arrival-Date: {rfcdate(arrival.astimezone(UTC))}", ""]
    for addr_, action, status, diag, remote in recs:
        out += [f"Final-Recipient: rfc822;{addr_}", f"Action: {action}", f"Status: {status}"]
        if remote:
            out.append(f"Remote-MTA: dns;{remote}")
        out += [f"Diagnostic-Code: smtp;{diag}", ""]
    return Part([("Content-Type", "message/delivery-status")], "\r\n".join(out))


def headers_only(orig):
    raw = sent_copy(orig)
    return Part([("Content-Type", "text/rfc822-headers")], raw.split(b"\r\n\r\n", 1)[0].decode("ascii") + "\r\n")


def original(orig):
    return Part([("Content-Type", "message/rfc822")], sent_copy(orig))


def report(slug, human_part, dsn_part, orig_part):
    b = hexid(rng("bb", slug), 20)
    return multipart(
        "report",
        [human_part, dsn_part, orig_part],
        b,
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"',
    )


def alt(slug, lines):
    text = "\n".join(lines) + "\n"
    return multipart(
        "alternative",
        [
            text_part(text, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable"),
            text_part(
                render_html([("new", lines)], "outlook"), 'text/html; charset="utf-8"', "utf-8", "quoted-printable"
            ),
        ],
        f"_alt_{hexid(rng('ba', slug), 16)}_",
    )


def exo_ndr(slug, orig, recs, minutes=0, explain=None, delay=False):
    """Exchange Online, French: recs = [(address, status, diagnostic, remote host)]."""
    when = to_local("eu", orig.dt) + timedelta(minutes=minutes, seconds=7)
    if delay:
        lines = ["La remise est retardée pour ces destinataires ou groupes :", ""]
    else:
        lines = ["Échec de la remise à ces destinataires ou groupes :", ""]
    for a, _s, _d, _r in recs:
        lines += [f"{a} ({a})", explain or "", ""]
    lines += [f"Objet : {orig.subject}", ""]
    if delay:
        lim = when + timedelta(days=1)
        lines += [
            "Ce message n'a pas encore été remis. Une nouvelle tentative de remise sera effectuée.",
            f"Le serveur n'abandonnera pas avant le {fr_long(lim)}:{lim.second:02d}.",
            "",
        ]
    lines += ["Informations de diagnostic pour les administrateurs :", "", f"Serveur de génération : {EXO_HOST}", ""]
    for a, _s, d, _r in recs:
        lines += [a, f"Le serveur distant a retourné '{d}'", ""]
    lines += ["En-têtes du message d'origine :", ""]
    lines += sent_copy(orig).split(b"\r\n\r\n", 1)[0].decode("ascii").split("\r\n")
    pm = Person("Microsoft Outlook", f"postmaster@{DOM}")
    subject = ("Remise retardée : " if delay else "Non remis : ") + orig.subject
    mid = make_mid("outlook", "ndr/" + slug, pm)
    hs = hdrs(pm, orig, subject, when, mid, [("Content-Language", "fr-FR")])
    action = "delayed" if delay else "failed"
    d = dsn(EXO_HOST, orig, [(a, action, s, dg, r) for a, s, dg, r in recs], orig.dt)
    raw = message(hs, report(slug, alt(slug, lines), d, headers_only(orig) if delay else original(orig)))
    item(
        slug,
        "exchange_online",
        "fr",
        orig,
        when,
        raw,
        [{"address": a, "status": s, "permanent": s.startswith("5")} for a, s, _d, _r in recs],
    )


NOT_FOUND = (
    "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire "
    "et essayez de renvoyer le message. Si le problème persiste, contactez votre service d'assistance."
)

# 1. 5.1.10 recipient not found
p = Person("Jean-Marc Perrot", "jm.perrot@perrot-immo.example")
o = bilan("b-perrot", CF, p, "Monsieur Perrot", date="2027-03-02 09:48")
exo_ndr(
    "perrot-5110",
    o,
    [
        (
            p.email,
            "5.1.10",
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            "perrotimmo-example.mail.protection.outlook.com",
        )
    ],
    explain=NOT_FOUND,
)
# 2. 5.2.2 mailbox full
p = Person("Gisèle Arnaud", "gisele.arnaud@arnaud-sas.example")
o = fiscal("b-arnaud", MC, p, "Madame Arnaud", date="2027-03-03 10:35")
exo_ndr(
    "arnaud-522",
    o,
    [(p.email, "5.2.2", "552 5.2.2 Mailbox full; quota exceeded", "mx1.arnaud-sas.example")],
    minutes=1,
    explain="La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment.",
)
# 3. 5.4.1 access denied
p = Person("Romain Jacquet", "r.jacquet@jacquet-bois.example")
o = lettre("b-jacquet", p, "Monsieur Jacquet")
exo_ndr(
    "jacquet-541",
    o,
    [
        (
            p.email,
            "5.4.1",
            "550 5.4.1 Recipient address rejected: Access denied. [AS(201806281)]",
            "jacquetbois-example.mail.protection.outlook.com",
        )
    ],
    explain="Le domaine du destinataire a refusé le message.",
)
# 4. two recipients of one message (a couple): both permanent
p1 = Person("Hubert Brun", "hubert.brun@famille-brun.example")
p2 = Person("Odile Brun", "odile.brun@famille-brun.example")
o = bilan("b-brun", CF, p1, "Madame, Monsieur Brun", date="2027-03-02 10:44", cc=[p2])
o.to = [p1, p2]
o.cc = []
exo_ndr(
    "brun-deux",
    o,
    [
        (
            p1.email,
            "5.1.1",
            "550 5.1.1 <hubert.brun@famille-brun.example>: Recipient address rejected: User unknown",
            "mx.famille-brun.example",
        ),
        (p2.email, "5.2.1", "550 5.2.1 <odile.brun@famille-brun.example>: Mailbox disabled", "mx.famille-brun.example"),
    ],
    explain=NOT_FOUND,
)
# 5. greylisting, delayed (4.7.1)
p = Person("Bernard Schaller", "b.schaller@schaller-fiduciaire.example")
o = profil("b-schaller", p, "Monsieur Schaller", date="2027-03-02 15:20")
exo_ndr(
    "schaller-greylist-471",
    o,
    [
        (
            p.email,
            "4.7.1",
            "450 4.7.1 <b.schaller@schaller-fiduciaire.example>: Recipient address rejected: Greylisted, please try again later",
            "mx.schaller-fiduciaire.example",
        )
    ],
    minutes=240,
    delay=True,
)


def postfix(slug, orig, host, rcpt, status, diag, minutes, delay=False, client="postfix"):
    when = to_local("eu", orig.dt) + timedelta(minutes=minutes, seconds=31)
    if delay:
        head = [
            f"This is the mail system at host {host}.",
            "",
            "####################################################################",
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #",
            "####################################################################",
            "",
            "Your message could not be delivered for more than 4 hour(s).",
            "It will be retried until it is 5 day(s) old.",
        ]
        subject = "Delayed Mail (still being retried)"
    else:
        head = [
            f"This is the mail system at host {host}.",
            "",
            "I'm sorry to have to inform you that your message could not",
            "be delivered to one or more recipients. It's attached below.",
        ]
        subject = "Undelivered Mail Returned to Sender"
    lines = [
        *head,
        "",
        "For further assistance, please send mail to postmaster.",
        "",
        "If you do so, please include this problem report. You can",
        "delete your own text from the attached returned message.",
        "",
        "                   The mail system",
        "",
        f"<{rcpt}>: {diag}",
    ]
    md = Person("Mail Delivery System", f"MAILER-DAEMON@{host}")
    mid = f"<{hexid(rng('pf', slug), 10)}.{hexid(rng('pf2', slug), 6)}@{host}>"
    hs = hdrs(md, orig, subject, when, mid)
    b = hexid(rng("pb", slug), 10)
    hp = text_part(
        "\n".join(lines) + "\n",
        "text/plain; charset=us-ascii",
        "us-ascii",
        "7bit",
        extra=[("Content-Description", "Notification")],
    )
    d = dsn(
        host,
        orig,
        [(rcpt, "delayed" if delay else "failed", status, diag.split("said: ")[-1].split(" (in reply")[0], None)],
        orig.dt,
    )
    d.headers.insert(0, ("Content-Description", "Delivery report"))
    op = headers_only(orig) if delay else original(orig)
    op.headers.insert(0, ("Content-Description", "Undelivered Message Headers" if delay else "Undelivered Message"))
    top = multipart(
        "report",
        [hp, d, op],
        f"{b}.{when.day}/{host}",
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}.{when.day}/{host}"',
    )
    raw = message(hs, top)
    item(slug, client, "en", orig, when, raw, [{"address": rcpt, "status": status, "permanent": not delay}])


# 6. Postfix, user unknown (5.1.1)
p = Person("Damien Roussel", "d.roussel@cabinet-roussel.example")
o = fiscal("b-roussel", MC, p, "Monsieur Roussel", date="2027-03-03 11:50")
postfix(
    "roussel-postfix-511",
    o,
    "mail.cabinet-roussel.example",
    p.email,
    "5.1.1",
    "host mail.cabinet-roussel.example[203.0.113.61] said: 550 5.1.1 <d.roussel@cabinet-roussel.example>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
    3,
)
# 7. Postfix delay, full mailbox (4.2.2)
p = Person("Lucie Carpentier", "lucie.carpentier@laposte.example")
o = lettre("b-carpentier", p, "Madame Carpentier")
postfix(
    "carpentier-delai-422",
    o,
    "relais.laposte.example",
    p.email,
    "4.2.2",
    "host mx.laposte.example[203.0.113.88] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)",
    250,
    delay=True,
)
# 8. Swisscom (Bluewin), mailbox disabled 5.2.1
p = Person("Rolf Studer", "rolf.studer@bluewin.example")
o = profil("b-studer", p, "Monsieur Studer", date="2027-03-02 15:32")
postfix(
    "studer-swisscom-521",
    o,
    "mxout.bluewin.example",
    p.email,
    "5.2.1",
    "host mx.bluewin.example[203.0.113.140] said: 550 5.2.1 <rolf.studer@bluewin.example> Mailbox disabled for this recipient (in reply to RCPT TO command)",
    2,
    client="swisscom",
)
# 9. Vidéotron (Sendmail-style), user unknown 5.1.1
p = Person("Chantal Dion", "chantal.dion@videotron.example", "qc")
o = feuillets("b-dion", p, "Madame Dion", date="2027-03-02 10:20")
when = to_local("qc", o.dt) + timedelta(minutes=1, seconds=12)
lines = [
    "The original message was received at " + rfcdate(when) + " from mx.castellanferrand.example [203.0.113.9]",
    "",
    "   ----- The following addresses had permanent fatal errors -----",
    f"<{p.email}>",
    f"    (reason: 550 5.1.1 <{p.email}>... User unknown)",
    "",
    "   ----- Transcript of session follows -----",
    "... while talking to mail.videotron.example.:",
    f">>> RCPT To:<{p.email}>",
    f"<<< 550 5.1.1 <{p.email}>... User unknown",
    "550 5.1.1 <chantal.dion@videotron.example>... User unknown",
]
md = Person("Mail Delivery Subsystem", "MAILER-DAEMON@videotron.example")
hs = hdrs(
    md,
    o,
    "Returned mail: see transcript for details",
    when,
    f"<20270302{hexid(rng('vd', 1), 8)}@smtp.videotron.example>",
)
top = report(
    "dion",
    text_part("\n".join(lines) + "\n", "text/plain; charset=us-ascii", "us-ascii", "7bit"),
    dsn(
        "smtp.videotron.example",
        o,
        [(p.email, "failed", "5.1.1", f"550 5.1.1 <{p.email}>... User unknown", "mail.videotron.example")],
        o.dt,
    ),
    headers_only(o),
)
item(
    "dion-videotron-511",
    "sendmail",
    "en",
    o,
    when,
    message(hs, top),
    [{"address": p.email, "status": "5.1.1", "permanent": True}],
)

# 10. Orange (Exim), "Mail delivery failed", no DSN part: the enhanced code printed in the text
p = Person("Roger Lemaire", "roger.lemaire@wanadoo.example")
o = lettre("b-lemaire", p, "Monsieur Lemaire")
when = to_local("eu", o.dt) + timedelta(minutes=2, seconds=44)
orig_raw = sent_copy(o).decode("ascii").replace("\r\n", "\n")
lines = [
    "This message was created automatically by mail delivery software.",
    "",
    "A message that you sent could not be delivered to one or more of its",
    "recipients. This is a permanent error. The following address(es) failed:",
    "",
    f"  {p.email}",
    "    host smtp-in.orange.example [203.0.113.201]",
    f"    SMTP error from remote mail server after RCPT TO:<{p.email}>:",
    f"    550 5.1.1 <{p.email}>: Recipient address rejected: adresse d'email inexistante",
    "",
    "------ This is a copy of the message, including all the headers. ------",
    "",
    orig_raw,
]
md = Person("Mail Delivery System", "Mailer-Daemon@relais.wanadoo.example")
hs = hdrs(
    md,
    o,
    "Mail delivery failed: returning message to sender",
    when,
    f"<E1v{hexid(rng('ex', 1), 13)}-0007Ab-2Q@relais.wanadoo.example>",
    [("X-Failed-Recipients", p.email)],
)
raw = message(hs, text_part("\n".join(lines), "text/plain; charset=us-ascii", "us-ascii", "7bit"))
item("lemaire-orange-exim", "exim", "en", o, when, raw, [{"address": p.email, "status": "5.1.1", "permanent": True}])

# 11. on-premises Exchange of a Belgian notary's office, French, headers only
p = Person("Jan Lambrechts", "j.lambrechts@lambrechts-notaires.example")
o = kyc("b-lambrechts", p, "Maître", date="2027-03-02 11:40")
when = to_local("eu", o.dt) + timedelta(minutes=1, seconds=3)
lines = [
    "Échec de la remise à ces destinataires ou groupes :",
    "",
    f"{p.email}",
    NOT_FOUND,
    "",
    "Informations de diagnostic pour les administrateurs :",
    "",
    "Serveur de génération : EXCH01.lambrechts-notaires.local",
    "",
    p.email,
    "#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##",
]
pm = Person("Microsoft Exchange", "postmaster@lambrechts-notaires.example")
hs = hdrs(
    pm,
    o,
    "Non remis : " + o.subject,
    when,
    f"<{hexid(rng('lb', 1), 32)}@EXCH01.lambrechts-notaires.local>",
    [("Content-Language", "fr-BE")],
)
top = report(
    "lambrechts",
    alt("lambrechts", lines),
    dsn(
        "EXCH01.lambrechts-notaires.local",
        o,
        [(p.email, "failed", "5.1.1", "#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##", None)],
        o.dt,
    ),
    headers_only(o),
)
item(
    "lambrechts-exchange-be",
    "exchange_onprem",
    "fr",
    o,
    when,
    message(hs, top),
    [{"address": p.email, "status": "5.1.1", "permanent": True}],
)


def items():
    return list(ITEMS)
