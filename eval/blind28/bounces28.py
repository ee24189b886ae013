"""blind28 bounces: Exchange Online NDRs in French (the firm's tenant), an Orange MTA's own notice, Free's Postfix
(failure and delay), an Exim relay at a small host, and a notary's on-premises Exchange returning the headers only."""

from datetime import UTC, timedelta

from clients28 import esc
from firm28 import (
    DOMAIN,
    MOIS,
    P,
    T_banque,
    T_bilan,
    T_frontalier,
    T_letter_en,
    T_lettre,
    T_notaire,
    T_pieces,
    T_reunion,
    T_succession,
    exo_msgid,
    local,
    mk,
)
from mime12 import Part, addr, ew, hexid, message, rfcdate, rng, text_part, thread_index

NDR_FROM = f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{DOMAIN}>"

REASONS = {
    "5.1.1": ("Destinataire inconnu", "{local} n'a pas été trouvé sur {domain}."),
    "5.1.10": ("Destinataire inconnu", "{local} n'a pas été trouvé sur {domain}."),
    "5.2.2": ("Boîte aux lettres pleine", "La boîte aux lettres de {addr} est pleine."),
    "5.2.1": ("Boîte aux lettres désactivée", "La boîte aux lettres de {addr} est désactivée."),
    "5.4.310": ("Domaine introuvable", "Le domaine {domain} n'existe pas."),
    "5.7.1": ("Message rejeté", "L'organisation de destination {domain} a refusé votre message."),
}
FIXES = {
    "5.1.10": [
        "L'adresse e-mail n'existe pas dans l'organisation du destinataire. Vérifiez-la ou demandez au destinataire "
        "son adresse actuelle."
    ],
    "5.1.1": [
        "L'adresse e-mail est peut-être mal orthographiée ou n'existe plus. Vérifiez-la, puis renvoyez le message. "
        "Si le problème persiste, contactez le destinataire par un autre moyen (par téléphone, par exemple) pour "
        "obtenir sa nouvelle adresse."
    ],
    "5.2.2": [
        "La boîte aux lettres du destinataire a dépassé sa limite de stockage. Essayez de renvoyer le message plus "
        "tard, ou prévenez le destinataire par un autre moyen."
    ],
    "5.2.1": ["La boîte aux lettres du destinataire n'accepte plus de messages. Contactez-le par un autre moyen."],
    "5.4.310": [
        "Le domaine de l'adresse du destinataire n'existe pas dans le DNS. Vérifiez l'orthographe de l'adresse ; "
        "si elle est correcte, le domaine a peut-être été abandonné par son propriétaire."
    ],
    "5.7.1": [
        "Le système de messagerie du destinataire a refusé ce message selon ses propres règles. Seul son "
        "administrateur peut lever ce blocage : contactez le destinataire par un autre moyen."
    ],
}


def utc(dt):
    return dt.astimezone(UTC)


def dsn_block(fields):
    return "\n".join(f"{k}: {v}" for k, v in fields) + "\n"


def dsn_part(per_msg, per_rcpt):
    text = dsn_block(per_msg) + "".join("\n" + dsn_block(r) for r in per_rcpt)
    return Part([("Content-Type", "message/delivery-status")], text.replace("\n", "\r\n").encode("ascii"))


def rfc822_part(raw):
    return Part([("Content-Type", "message/rfc822")], raw)


def headers_part(raw):
    head = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"
    return Part([("Content-Type", "text/rfc822-headers")], head)


def report(parts, boundary, extra_ct=""):
    return Part(
        [("Content-Type", f'multipart/report; report-type=delivery-status;\r\n\tboundary="{boundary}"{extra_ct}')],
        parts=parts,
        boundary=boundary,
    )


def label(o, rcpts):
    recs = [{"address": a, "status": s, "permanent": s.startswith("5")} for a, s in rcpts]
    return {
        "recipients": recs,
        "permanent": all(r["permanent"] for r in recs),
        "original_message_id": o.msgid,
    }


def entry(slug, client, lang, o, dt, raw, rcpts):
    return dict(
        slug=slug,
        client=client,
        lang=lang,
        kind="bounce",
        raw=raw,
        date=dt.isoformat(),
        utc=utc(dt),
        answers=utc(o.date),
        bounce=label(o, rcpts),
    )


def fr_num(dt):
    return f"{dt:%d/%m/%Y %H:%M:%S}"


# --------------------------------------------------------------------------
# Exchange Online NDR (French mailbox): failure or delay
# --------------------------------------------------------------------------
def exo_ndr(slug, o, rcpts, secs=14, delay=False):
    """rcpts: [(address, status, remote_host or None, remote reply)]"""
    r = rng("blind28-bounce", slug)
    dt = local(o.date + timedelta(seconds=secs), 2)
    mid, host = exo_msgid(r)
    gen = f"{host}.FRAP264.PROD.OUTLOOK.COM"
    lines = []
    hl = []
    if delay:
        a0 = rcpts[0][0]
        retry = local(o.date + timedelta(days=2), 2)
        lines += [
            f"La remise de votre message à {a0} a été différée.",
            "",
            "Le serveur de messagerie du destinataire ne répond pas pour le moment. Le système continuera d'essayer "
            f"de remettre le message jusqu'au {retry.day} {MOIS[retry.month - 1]} {retry.year} à {retry:%H:%M}. "
            "Vous n'avez rien à faire pour l'instant : si le message ne peut toujours pas être remis, vous recevrez "
            "un autre avis.",
            "",
        ]
    else:
        who = ", ".join(a for a, *_ in rcpts)
        lines += [f"Votre message à {who} n'a pas pu être remis.", ""]
        for a, s, _h, _rep in rcpts:
            loc, dom = a.split("@")
            lines += [REASONS[s][1].format(local=loc, domain=dom, addr=a), ""]
        lines += [
            f"{o.frm.email.split('@')[0]}    Office 365    {rcpts[0][0].split('@')[0]}",
            "Action requise                 Destinataire",
            "",
            REASONS[rcpts[0][1]][0],
            "",
            "Procédure de correction de ce problème",
            *FIXES[rcpts[0][1]],
            "",
        ]
    lines += ["Plus d'informations pour les professionnels de l'informatique", "", f"Serveur de génération : {gen}", ""]
    for a, _s, h, rep in rcpts:
        lines.append(a)
        if h:
            lines.append(f"Serveur distant : {h}")
        lines += [f"Réponse du serveur distant : {rep}", ""]
    lines += [
        "Détails du message d'origine",
        f"Heure de création : {fr_num(utc(o.date))}",
        f"Adresse de l'expéditeur : {o.frm.email}",
        "",
    ]
    text = "\n".join(lines) + "\n"
    hl = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>']
    hl += [f"<p>{esc(x)}</p>" if x else "" for x in lines]
    hl += ["</body></html>"]
    alt_b = f"_000_{host}{hexid(r, 20)}_"
    alt = Part(
        [("Content-Type", f'multipart/alternative; differences=Content-Type;\r\n\tboundary="{alt_b}"')],
        parts=[
            text_part(text, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable"),
            text_part("\n".join(hl) + "\n", 'text/html; charset="utf-8"', "utf-8", "quoted-printable"),
        ],
        boundary=alt_b,
    )
    per_msg = [
        ("Reporting-MTA", f"dns;{gen}"),
        ("Received-From-MTA", f"dns;{gen}"),
        ("Arrival-Date", rfcdate(utc(o.date) + timedelta(seconds=1))),
    ]
    per_rcpt = []
    for a, s, h, rep in rcpts:
        fl = [("Final-Recipient", f"rfc822;{a}"), ("Action", "delayed" if delay else "failed"), ("Status", s)]
        if h:
            fl.append(("Remote-MTA", f"dns;{h}"))
        fl += [("Diagnostic-Code", f"smtp;{rep}")]
        if delay:
            fl.append(("Will-Retry-Until", rfcdate(utc(o.date) + timedelta(days=2))))
        fl.append(("X-Display-Name", a))
        per_rcpt.append(fl)
    b = f"_001_{host}{hexid(r, 20)}_"
    parts = [alt, dsn_part(per_msg, per_rcpt)]
    parts.append(headers_part(o.sent_copy()) if delay else rfc822_part(o.sent_copy()))
    pre = "Remise différée : " if delay else "Non remis : "
    hs = [
        ("From", NDR_FROM),
        ("To", addr(o.frm.name, o.frm.email, "utf-8", "Q")),
        ("Date", rfcdate(utc(dt))),
        ("Subject", ew(pre + o.subject, "utf-8", "B")),
        ("Thread-Topic", ew(o.subject, "utf-8", "B")),
        ("Thread-Index", thread_index(r, 1)),
        ("Message-ID", mid),
        ("References", o.msgid),
        ("In-Reply-To", o.msgid),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    return entry(slug, "exchange_online", "fr", o, dt, message(hs, report(parts, b)), [(a, s) for a, s, *_ in rcpts])


# --------------------------------------------------------------------------
# Orange's own MTA (over quota after acceptance): bilingual notice, DSN, headers only
# --------------------------------------------------------------------------
def orange_dsn(slug, o, a, status, reply, mins=3):
    r = rng("blind28-bounce", slug)
    dt = local(o.date + timedelta(minutes=mins, seconds=r.randrange(0, 59)), 2)
    host = f"mwinf5d{r.randrange(10, 70)}.me-wanadoo.net"
    qid = hexid(r, 10)
    text = "\n".join(
        [
            "Ce message a été généré automatiquement par le système de messagerie d'Orange.",
            "",
            "Le message que vous avez envoyé n'a pas pu être remis au destinataire suivant :",
            "",
            f"    {a} : boîte aux lettres pleine",
            f"    ({reply})",
            "",
            "Les en-têtes du message d'origine sont joints.",
            "",
            "-----",
            "",
            "This is an automatically generated message from the Orange mail system.",
            "",
            "The message you sent could not be delivered to the following recipient:",
            "",
            f"    {a}: mailbox full",
            f"    ({reply})",
            "",
        ]
    )
    per_msg = [
        ("Reporting-MTA", f"dns; {host}"),
        ("X-Queue-ID", qid),
        ("Arrival-Date", rfcdate(o.date + timedelta(seconds=9))),
    ]
    per_rcpt = [[("Final-Recipient", f"rfc822; {a}"), ("Action", "failed"), ("Status", status)]]
    per_rcpt[0].append(("Diagnostic-Code", f"smtp; {reply}"))
    b = f"{qid}.{int(dt.timestamp())}/{host}"
    parts = [
        text_part(text, "text/plain; charset=utf-8", "utf-8", "8bit", extra=[("Content-Description", "Notification")]),
        dsn_part(per_msg, per_rcpt),
        headers_part(o.sent_copy()),
    ]
    hs = [
        (
            "Received",
            f"from {host} (203.0.113.30) by PA4P264MB{r.randrange(1000, 9999)}.FRAP264.PROD.OUTLOOK.COM with "
            f"Microsoft SMTP Server\r\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9412.21; "
            f"{rfcdate(utc(dt) + timedelta(seconds=4))}",
        ),
        ("Date", rfcdate(dt)),
        ("From", f"Mail Delivery System <MAILER-DAEMON@{host}>"),
        ("To", f"<{o.frm.email}>"),
        ("Subject", ew("Message non remis / Undelivered mail", "utf-8", "Q")),
        ("Message-ID", f"<{dt:%Y%m%d%H%M%S}.{qid}@{host}>"),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    return entry(slug, "orange_mta", "fr", o, dt, message(hs, report(parts, b)), [(a, status)])


# --------------------------------------------------------------------------
# Postfix (Free): failure and delay
# --------------------------------------------------------------------------
POSTFIX_FAIL = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{a}>: {why}
"""
POSTFIX_DELAY = """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{a}>: {why}
"""


def postfix(slug, o, a, status, why, diag, delay=False, hours=0):
    r = rng("blind28-bounce", slug)
    dt = local(o.date + timedelta(hours=hours, minutes=r.randrange(1, 50), seconds=r.randrange(0, 59)), 2)
    host = f"mx{r.randrange(1, 4)}-g20.free.fr"
    qid = hexid(r, 10)
    text = (POSTFIX_DELAY if delay else POSTFIX_FAIL).format(host=host, a=a, why=why)
    arr = local(o.date + timedelta(seconds=8), 2)
    per_msg = [
        ("Reporting-MTA", f"dns; {host}"),
        ("X-Postfix-Queue-ID", qid),
        ("X-Postfix-Sender", f"rfc822; {o.frm.email}"),
        ("Arrival-Date", rfcdate(arr, "CEST")),
    ]
    fl = [("Final-Recipient", f"rfc822; {a}"), ("Original-Recipient", f"rfc822;{a}")]
    fl += [("Action", "delayed" if delay else "failed"), ("Status", status), ("Diagnostic-Code", diag)]
    if delay:
        fl.append(("Will-Retry-Until", rfcdate(arr + timedelta(days=5), "CEST")))
    b = f"{qid}.{int(dt.timestamp())}/{host}"
    notice = text_part(text, "text/plain; charset=us-ascii", "us-ascii", None)
    notice.headers.insert(0, ("Content-Description", "Notification"))
    dsn = dsn_part(per_msg, [fl])
    dsn.headers.insert(0, ("Content-Description", "Delivery report"))
    if delay:
        ret = headers_part(o.sent_copy())
        ret.headers.insert(0, ("Content-Description", "Undelivered Message Headers"))
    else:
        ret = rfc822_part(o.sent_copy())
        ret.headers.insert(0, ("Content-Description", "Undelivered Message"))
    rep = report([notice, dsn, ret], b)
    rep.preamble = "This is a MIME-encapsulated message.\r\n"
    hs = [
        (
            "Received",
            f"from {host} (203.0.113.46) by MRZP264MB{r.randrange(1000, 9999)}.FRAP264.PROD.OUTLOOK.COM with "
            f"Microsoft SMTP Server\r\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9412.21; "
            f"{rfcdate(utc(dt) + timedelta(seconds=2))}",
        ),
        ("Date", rfcdate(dt, "CEST")),
        ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
        ("Subject", "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"),
        ("To", o.frm.email),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", f"<{utc(dt):%Y%m%d%H%M%S}.{qid}@{host}>"),
    ]
    return entry(slug, "postfix", "en", o, dt, message(hs, rep), [(a, status)])


# --------------------------------------------------------------------------
# Exim (a relay at a small host): text only, the code printed, the message copied below
# --------------------------------------------------------------------------
def exim(slug, o, a, mx, ip, reply):
    r = rng("blind28-bounce", slug)
    dt = local(o.date + timedelta(minutes=r.randrange(1, 9), seconds=r.randrange(0, 59)), 2)
    host = f"filter-in{r.randrange(1, 6)}.o2switch.net"
    orig = o.sent_copy().decode("ascii").replace("\r\n", "\n")
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {a}\n    host {mx} [{ip}]\n    SMTP error from remote mail server after RCPT TO:<{a}>:\n"
        f"    {reply}\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{o.frm.email}>\n" + orig
    )
    eid = f"1{''.join(r.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(5))}"
    eid += f"-{hexid(r, 6)}-{r.randrange(10, 99)}"
    hs = [
        (
            "Received",
            f"from {host} (198.51.100.128) by PR1P264MB{r.randrange(1000, 9999)}.FRAP264.PROD.OUTLOOK.COM with "
            f"Microsoft SMTP Server\r\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9412.21; "
            f"{rfcdate(utc(dt) + timedelta(seconds=3))}",
        ),
        ("X-Failed-Recipients", a),
        ("Auto-Submitted", "auto-replied"),
        ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"),
        ("To", o.frm.email),
        ("Content-Type", "text/plain; charset=us-ascii"),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", f"<E{eid}@{host}>"),
        ("Date", rfcdate(dt)),
    ]
    raw = "".join(f"{k}: {v}\r\n" for k, v in hs).encode("ascii") + b"\r\n" + text.replace("\n", "\r\n").encode("ascii")
    return entry(slug, "exim", "en", o, dt, raw, [(a, "5.1.1")])


# --------------------------------------------------------------------------
# a notary's on-premises Exchange: NDR in French, headers only
# --------------------------------------------------------------------------
def onprem_ndr(slug, o, a, status, reply, host_dom):
    r = rng("blind28-bounce", slug)
    dt = local(o.date + timedelta(minutes=r.randrange(1, 4), seconds=r.randrange(0, 59)), 2)
    srv = f"SRV-MAIL01.{host_dom}"
    text = "\n".join(
        [
            "Échec de remise aux destinataires ou groupes suivants :",
            "",
            f"{a}",
            "Le message est trop volumineux pour la boîte aux lettres du destinataire. Réduisez la taille des pièces "
            "jointes ou envoyez-les séparément.",
            "",
            "",
            "",
            "",
            "",
            "",
            "Informations de diagnostic pour les administrateurs :",
            "",
            f"Serveur de génération : {srv}",
            "",
            f"{a}",
            f"{srv}",
            f"Remote Server returned '{reply}'",
            "",
            "En-têtes de message d'origine :",
            "",
        ]
    )
    per_msg = [("Reporting-MTA", f"dns;{srv}"), ("Received-From-MTA", "dns;mail.riviere-coutant-notaires.example")]
    per_msg.append(("Arrival-Date", rfcdate(utc(o.date) + timedelta(seconds=20))))
    per_rcpt = [[("Final-Recipient", f"rfc822;{a}"), ("Action", "failed"), ("Status", status)]]
    per_rcpt[0] += [("Diagnostic-Code", f"smtp;{reply}")]
    b = f"_000_{hexid(r, 32)}{srv.split('.')[0]}_"
    parts = [
        text_part(text, 'text/plain; charset="iso-8859-1"', "iso-8859-1", "quoted-printable"),
        dsn_part(per_msg, per_rcpt),
        headers_part(o.sent_copy()),
    ]
    hs = [
        (
            "Received",
            f"from {srv.lower()} (203.0.113.172) by PA4P264MB{r.randrange(1000, 9999)}.FRAP264.PROD.OUTLOOK.COM "
            f"with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id "
            f"15.20.9412.21; {rfcdate(utc(dt) + timedelta(seconds=5))}",
        ),
        ("From", f"<postmaster@{host_dom}>"),
        ("To", f"<{o.frm.email}>"),
        ("Date", rfcdate(dt)),
        ("Subject", ew("Non remis : " + o.subject, "utf-8", "Q")),
        ("Message-ID", f"<{uuid_like(r)}@{srv}>"),
        ("Content-Language", "fr-FR"),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    return entry(slug, "exchange_onprem", "fr", o, dt, message(hs, report(parts, b)), [(a, status)])


def uuid_like(r):
    return f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}".lower()


def items():
    out = []
    # Exchange Online NDRs, remote answers of the French ISPs and others
    a = "jacqueline.mas@orange.fr"
    o = mk("b-mas", None, P("", a), T_lettre, "2027-07-08 09:00")
    rep = "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]"
    out.append(exo_ndr("mas-orange-inconnue", o, [(a, "5.1.1", "smtp-in.orange.fr", rep)]))

    a = "daniel.hamon@neuf.fr"
    o = mk("b-hamon", "sl", P("Daniel Hamon", a), T_pieces, "2027-07-12 14:30", greet="Bonjour Monsieur Hamon,")
    rep = f"550 5.1.1 <{a}>: Recipient address rejected: User unknown"
    out.append(exo_ndr("hamon-sfr-inconnu", o, [(a, "5.1.1", "mx.sfr.fr", rep)]))

    a = "r.bouchet@laposte.net"
    o = mk(
        "b-bouchet",
        "tg",
        P("Raymond Bouchet", a),
        T_succession,
        "2027-08-17 10:00",
        greet="Bonjour Monsieur Bouchet,",
        defunt="votre sœur",
        contrat="Avenir Retraite",
    )
    rep = f"550 5.1.1 <{a}>: Recipient address rejected: User unknown in virtual mailbox table"
    out.append(exo_ndr("bouchet-laposte-inconnu", o, [(a, "5.1.1", "smtp-in.laposte.net", rep)]))

    a = "g.salles@salles-batiment.example"
    o = mk("b-salles", "sl", P("Guy Salles", a), T_bilan, "2027-09-15 11:00", greet="Bonjour Monsieur Salles,")
    rep = (
        "550 5.4.310 DNS domain salles-batiment.example does not exist [Message=InfoDomainNonexistent] "
        "[LastAttemptedServerName=salles-batiment.example]"
    )
    out.append(exo_ndr("salles-domaine-disparu", o, [(a, "5.4.310", None, rep)], secs=3))

    a = "jeanne.puyo@hotmail.fr"
    o = mk("b-puyo", "hm", P("Jeanne Puyo", a), T_pieces, "2027-07-23 15:10", greet="Bonjour Madame Puyo,")
    rep = "552 5.2.2 Requested action aborted: the recipient's mailbox is full"
    out.append(exo_ndr("puyo-hotmail-pleine", o, [(a, "5.2.2", "hotmail-com.olc.protection.outlook.com", rep)]))

    a = "f.lemasson@etude-lemasson.example"
    b = "olivier.lemasson.notaire@gmail.com"
    o = mk(
        "b-lemasson",
        "tg",
        P("Maître François Lemasson", a),
        T_notaire,
        "2027-09-06 16:20",
        greet="Maître,",
        cc=[P("Olivier Lemasson", b)],
        defunt="M. Henri Chollet",
        ville="Nort-sur-Erdre",
    )
    rep1 = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    rep2 = (
        "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
        "recipient's email address for typos or unnecessary spaces."
    )
    out.append(
        exo_ndr(
            "lemasson-deux-destinataires",
            o,
            [
                (a, "5.1.10", "etudelemasson-example.mail.protection.outlook.com", rep1),
                (b, "5.1.1", "gmail-smtp-in.l.google.com", rep2),
            ],
        )
    )

    a = "conformite@banque-oceane.example"
    o = mk("b-conformite", "nb", P("Banque Océane – Conformité", a), T_banque, "2027-08-10 11:45", greet="Bonjour,")
    rep = "550 5.7.1 Message refuse par la politique de securite du destinataire (piece jointe non autorisee)"
    out.append(exo_ndr("oceane-refus-securite", o, [(a, "5.7.1", "relais.banque-oceane.example", rep)]))

    a = "r.cuenod@bluewin.ch"
    o = mk("b-cuenod", "cp", P("René Cuénod", a), T_frontalier, "2027-07-16 10:00", greet="Bonjour Monsieur Cuénod,")
    rep = f"550 5.1.1 <{a}>... User unknown"
    out.append(exo_ndr("cuenod-bluewin-inconnu", o, [(a, "5.1.1", "mxbw-bluewin-ch.hostedemail.example", rep)]))

    a = "els.peeters@telenet.be"
    o = mk("b-peeters", "cp", P("Els Peeters", a), T_bilan, "2027-08-24 09:40", greet="Bonjour Madame Peeters,")
    rep = f"550 5.2.1 <{a}>: mailbox disabled"
    out.append(exo_ndr("peeters-telenet-desactivee", o, [(a, "5.2.1", "mx.telenet-ops.example", rep)]))

    # delay (temporary)
    a = "contact@gite-des-bastides.example"
    o = mk("b-bastides", None, P("", a), T_letter_en, "2027-08-05 09:30", lang="en")
    rep = "451 4.4.1 Connection timed out"
    out.append(
        exo_ndr(
            "bastides-remise-differee",
            o,
            [(a, "4.4.1", "mx.gite-des-bastides.example", rep)],
            secs=4 * 3600 + 37,
            delay=True,
        )
    )

    # Orange's own MTA: mailbox full after acceptance
    a = "evelyne.sarrazin@wanadoo.fr"
    o = mk("b-sarrazin", "hm", P("Évelyne Sarrazin", a), T_bilan, "2027-07-13 10:30", greet="Bonjour Madame Sarrazin,")
    out.append(orange_dsn("sarrazin-orange-pleine", o, a, "5.2.2", "552 5.2.2 Boite aux lettres pleine / Mailbox full"))

    # Free (Postfix): unknown user, and a delay (over quota)
    a = "m.jacquet@free.fr"
    o = mk("b-jacquet", None, P("", a), T_lettre, "2027-09-02 09:00")
    why = "host mailboxes.free.fr[203.0.113.50] said: 550 5.1.1 <m.jacquet@free.fr>: User unknown (in reply to RCPT TO command)"
    out.append(
        postfix(
            "jacquet-free-inconnu",
            o,
            a,
            "5.1.1",
            why,
            "smtp; 550 5.1.1 <m.jacquet@free.fr>: User unknown",
        )
    )
    a = "lucienne.pages@free.fr"
    o = mk("b-pages", "jc", P("Lucienne Pagès", a), T_reunion, "2027-09-01 10:00", greet="Bonjour Madame Pagès,")
    why = "host mailboxes.free.fr[203.0.113.50] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)"
    out.append(postfix("pages-free-differe", o, a, "4.2.2", why, "smtp; 452 4.2.2 Mailbox full", delay=True, hours=4))

    # Exim relay at o2switch, no DSN part
    a = "contact@camping-les-tilleuls.example"
    o = mk(
        "b-tilleuls", "av", P("Camping Les Tilleuls", a), T_pieces, "2027-07-20 10:15", greet="Bonjour Monsieur Baud,"
    )
    out.append(
        exim(
            "tilleuls-exim-o2switch",
            o,
            a,
            "node88-eu.o2switch.net",
            "198.51.100.129",
            f"550 5.1.1 <{a}>: No Such User Here",
        )
    )

    # a notary's on-premises Exchange: message too large for the mailbox, headers returned
    a = "office@etude-bernier.example"
    o = mk(
        "b-bernier",
        "tg",
        P("Étude Bernier", a),
        T_notaire,
        "2027-09-21 15:00",
        greet="Maître,",
        defunt="Mme Paulette Rigaud",
        ville="Carquefou",
    )
    out.append(
        onprem_ndr(
            "bernier-trop-volumineux",
            o,
            a,
            "5.3.4",
            "552 5.3.4 STOREDRV.Deliver; message size exceeds fixed maximum size for the recipient's mailbox",
            "etude-bernier.example",
        )
    )
    return out
