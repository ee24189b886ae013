"""blind24's bounces and delay notices: Exchange Online NDRs (English, Canadian French, Spanish, Portuguese: 5.1.10,
5.4.1, 5.7.1 from Outlook.com's block list, a Mimecast and a Proofpoint rejection, Google Workspace's 5.1.1, Yahoo's
and AOL's 554 without an enhanced code, one of two recipients), an Exchange Online delay (Google Workspace over quota,
4.2.2), Postfix "Undelivered Mail Returned to Sender" (5.1.1) and "Delayed Mail (still being retried)" (4.2.2), and
an Exim "Mail delivery failed" for a full mailbox (its DSN says 5.0.0, its text 552 5.2.2).

The firm sends through Exchange Online, so a rejection at SMTP time reaches it as an Exchange NDR in the sender's
mailbox language; Postfix and Exim bounces come from relays that accepted the message and failed later.
"""

import uuid

from clients24 import encode_subject
from firm24 import FERRAZ, SULLIVAN, THIBODEAU, VILLALOBOS, letter, portal, review, sent_copy, tax_q
from mail24 import MO3, WD3, ZONE_ABBR, Person, hdate, is_summer, later, local, tindex, utc
from mime12 import Part, multipart, qp, rng
from mime12 import message as mime_message

EXO_POSTMASTER = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@larkspurhale.example"

_ = (FERRAZ, SULLIVAN, THIBODEAU, VILLALOBOS)


def _short_date(dt, lang):
    u = utc(dt)
    if lang == "fr":
        return f"{u:%Y-%m-%d %H:%M:%S}"
    if lang in ("es", "pt"):
        return f"{u.day:02d}/{u.month:02d}/{u.year} {u:%H:%M:%S}"
    h = u.hour % 12 or 12
    return f"{u.month}/{u.day}/{u.year} {h}:{u:%M:%S} {'AM' if u.hour < 12 else 'PM'}"


NDR_TEXT = {
    "en": {
        "subject": "Undeliverable: ",
        "head": "Your message to {addr} couldn't be delivered.",
        "action": "Action Required                 Recipient",
        "fix": "How to Fix It",
        "help": "Was this helpful? Send feedback to Microsoft<https://go.microsoft.com/fwlink/?LinkId=525920>.",
        "admins": "More Info for Email Admins",
        "status": "Status code: {code}",
        "details": "Original Message Details",
        "created": "Created Date:",
        "sender": "Sender Address:",
        "recipient": "Recipient Address:",
        "subj": "Subject:",
        "error_details": "Error Details",
        "error": "Error:",
        "rejected": "Message rejected by:",
        "notif": "Notification Details",
        "sentby": "Sent by:",
        "hops": "Message Hops",
        "hophead": "HOP    TIME (UTC)    FROM    TO    WITH    RELAY TIME",
    },
    "fr": {
        "subject": "Non remis : ",
        "head": "Votre message à {addr} n'a pas pu être remis.",
        "action": "Action requise                  Destinataire",
        "fix": "Comment résoudre ce problème",
        "help": "Cela vous a-t-il été utile ? Envoyez vos commentaires à Microsoft<https://go.microsoft.com/fwlink/?LinkId=525920>.",
        "admins": "Informations supplémentaires pour les administrateurs de messagerie",
        "status": "Code d'état : {code}",
        "details": "Détails du message d'origine",
        "created": "Date de création :",
        "sender": "Adresse de l'expéditeur :",
        "recipient": "Adresse du destinataire :",
        "subj": "Objet :",
        "error_details": "Détails de l'erreur",
        "error": "Erreur :",
        "rejected": "Message rejeté par :",
        "notif": "Détails de la notification",
        "sentby": "Envoyé par :",
        "hops": "Sauts du message",
        "hophead": "SAUT    HEURE (UTC)    DE    À    AVEC    DÉLAI DE RELAIS",
    },
    "es": {
        "subject": "No se puede entregar: ",
        "head": "No se pudo entregar su mensaje a {addr}.",
        "action": "Acción necesaria                Destinatario",
        "fix": "Cómo solucionarlo",
        "help": "¿Le resultó útil? Envíe comentarios a Microsoft<https://go.microsoft.com/fwlink/?LinkId=525920>.",
        "admins": "Más información para administradores de correo electrónico",
        "status": "Código de estado: {code}",
        "details": "Detalles del mensaje original",
        "created": "Fecha de creación:",
        "sender": "Dirección del remitente:",
        "recipient": "Dirección del destinatario:",
        "subj": "Asunto:",
        "error_details": "Detalles del error",
        "error": "Error:",
        "rejected": "Mensaje rechazado por:",
        "notif": "Detalles de la notificación",
        "sentby": "Enviado por:",
        "hops": "Saltos del mensaje",
        "hophead": "SALTO    HORA (UTC)    DE    PARA    CON    TIEMPO DE RETRANSMISIÓN",
    },
    "pt": {
        "subject": "Não é possível entregar: ",
        "head": "Sua mensagem para {addr} não pôde ser entregue.",
        "action": "Ação Necessária                 Destinatário",
        "fix": "Como Corrigir",
        "help": "Isso foi útil? Envie comentários para a Microsoft<https://go.microsoft.com/fwlink/?LinkId=525920>.",
        "admins": "Mais Informações para Administradores de Email",
        "status": "Código de status: {code}",
        "details": "Detalhes da Mensagem Original",
        "created": "Data de Criação:",
        "sender": "Endereço do Remetente:",
        "recipient": "Endereço do Destinatário:",
        "subj": "Assunto:",
        "error_details": "Detalhes do Erro",
        "error": "Erro:",
        "rejected": "Mensagem rejeitada por:",
        "notif": "Detalhes da Notificação",
        "sentby": "Enviado por:",
        "hops": "Saltos da Mensagem",
        "hophead": "SALTO    HORA (UTC)    DE    PARA    COM    TEMPO DE RETRANSMISSÃO",
    },
}


def _guid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def _host_of(mid):
    return mid[1:-1].split("@")[1]


def _label(recips, omid):
    rs = [{"address": a, "status": s, "permanent": s.startswith("5")} for a, s in recips]
    return {"recipients": rs, "permanent": all(x["permanent"] for x in rs), "original_message_id": omid}


def _entry(slug, client, lang, raw, dt, ans, bounce):
    return dict(
        slug=slug,
        client=client,
        lang=lang,
        kind="bounce",
        raw=raw,
        date=dt.isoformat(),
        utc=utc(dt).isoformat(),
        answers=utc(ans.dt).isoformat(),
        bounce=bounce,
    )


def _text_part(text, sub="plain"):
    cs = "us-ascii" if all(ord(c) < 128 for c in text) else "utf-8"
    data = text.replace("\r\n", "\n").encode(cs)
    return Part(
        [("Content-Type", f'text/{sub}; charset="{cs}"'), ("Content-Transfer-Encoding", "quoted-printable")],
        (qp(data) + "\r\n").encode("ascii"),
    )


def _html_of(lines):
    import html

    body = "".join(
        f"<p style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:15px\">{html.escape(x)}</p>\n"
        if x
        else "<br>\n"
        for x in lines
    )
    return f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n{body}</body>\n</html>\n'


def exo_ndr(slug, lang, m, failures, delay_s, *, attach="full", remote_host=None, reason, short, fix_lines):
    """failures: [(address, status, diagnostic)]; the firm's message m."""
    T = NDR_TEXT[lang]
    r = rng("bounce24", slug)
    server = _host_of(m.mid)
    dt = later(m.dt, seconds=delay_s)
    addr = failures[0][0]
    code = failures[0][2].split(" ")[0] + " " + failures[0][1]
    lines = [T["head"].format(addr=addr), "", reason, ""]
    lines += [f"{m.frm.email.split('@')[0]}    Office 365    {addr.split('@')[1]}", T["action"], "", short, ""]
    lines += [T["fix"], *fix_lines, "", T["help"], "________________________________", ""]
    lines += [T["admins"], T["status"].format(code=code), ""]
    lines += [T["details"]]
    lines += [f"{T['created']}    {_short_date(m.dt, lang)}", f"{T['sender']}    {m.frm.email}"]
    lines += [f"{T['recipient']}    {addr}", f"{T['subj']}    {m.subject}", ""]
    lines += [T["error_details"], f"{T['error']}    {failures[0][2]}"]
    lines += [f"{T['rejected']}    {remote_host or server}", ""]
    lines += [T["notif"], f"{T['sentby']}    {server}", ""]
    lines += [T["hops"], T["hophead"]]
    lines += [f"1    {_short_date(m.dt, lang)}    {server}    {server}    mapi    *"]
    if remote_host:
        lines += [
            f"2    {_short_date(later(m.dt, seconds=1), lang)}    {server}    {remote_host}    "
            "Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)    1 sec"
        ]
    text = "\n".join(lines) + "\n"
    alt = multipart("alternative", [_text_part(text), _text_part(_html_of(lines), "html")], f"_002_{_guid(r)}_")
    dsn = [
        f"Reporting-MTA: dns;{server}",
        f"Received-From-MTA: dns;{server}",
        f"Arrival-Date: {hdate(utc(m.dt))}",
        "",
    ]
    for a, st, diag in failures:
        dsn += [f"Final-Recipient: rfc822;{a}", "Action: failed", f"Status: {st}"]
        if remote_host:
            dsn.append(f"Remote-MTA: dns;{remote_host}")
        dsn += [f"Diagnostic-Code: smtp;{diag}", ""]
    dsn_part = Part([("Content-Type", "message/delivery-status")], ("\r\n".join(dsn)).encode("utf-8"))
    orig = sent_copy(m)
    if attach == "full":
        op = Part([("Content-Type", "message/rfc822")], orig)
    else:
        op = Part([("Content-Type", "text/rfc822-headers")], orig.split(b"\r\n\r\n", 1)[0] + b"\r\n")
    b = f"_001_{_guid(r)}_"
    report = multipart(
        "report", [alt, dsn_part, op], b, ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"'
    )
    H = [
        ("From", f"Microsoft Outlook <{EXO_POSTMASTER}>"),
        ("To", f"<{m.frm.email}>"),
        ("Date", hdate(utc(dt))),
        ("Message-ID", f"<{_guid(r)}@{server}>"),
        ("In-Reply-To", m.mid),
        ("References", m.mid),
        ("Thread-Topic", encode_subject(m.subject)),
        ("Thread-Index", tindex(r, 1)),
        ("Subject", encode_subject(T["subject"] + m.subject)),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-PublicTrafficType", "Email"),
        ("Content-Language", {"en": "en-US", "fr": "fr-CA", "es": "es-US", "pt": "pt-BR"}[lang]),
        ("MIME-Version", "1.0"),
    ]
    raw = mime_message(H, report)
    recips = [(a, st) for a, st, _ in failures]
    return _entry(slug, "exchange", lang, raw, local(dt, m.frm.zone), m, _label(recips, m.mid))


def exo_delay(slug, m, addr, status, diag, remote_host, delay_s):
    r = rng("bounce24", slug)
    server = _host_of(m.mid)
    dt = later(m.dt, seconds=delay_s)
    lines = [
        "Delivery is delayed to these recipients or groups:",
        "",
        f"{addr}<mailto:{addr}>",
        "",
        f"Subject: {m.subject}",
        "",
        "This message hasn't been delivered yet. Delivery will continue to be attempted.",
        "",
        "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be "
        "notified if the message can't be delivered by that time.",
        "",
        "",
        "",
        "",
        "Diagnostic information for administrators:",
        "",
        f"Generating server: {server}",
        f"Receiving server: {remote_host} (203.0.113.27)",
        "",
        addr,
        f"Remote server at {remote_host} (203.0.113.27) returned '{diag}'",
        f"{_short_date(later(m.dt, seconds=delay_s - 300), 'en')} - Remote server at {remote_host} (203.0.113.27) "
        f"returned '{diag}'",
        "",
        "Original message headers:",
        "",
    ]
    orig = sent_copy(m)
    hdrs = orig.split(b"\r\n\r\n", 1)[0].decode("ascii")
    text = "\n".join(lines) + hdrs.replace("\r\n", "\n") + "\n"
    alt = multipart("alternative", [_text_part(text), _text_part(_html_of(lines), "html")], f"_002_{_guid(r)}_")
    until = later(m.dt, seconds=2 * 86400)
    dsn = [
        f"Reporting-MTA: dns;{server}",
        f"Received-From-MTA: dns;{server}",
        f"Arrival-Date: {hdate(utc(m.dt))}",
        "",
        f"Final-Recipient: rfc822;{addr}",
        "Action: delayed",
        f"Status: {status}",
        f"Remote-MTA: dns;{remote_host}",
        f"Diagnostic-Code: smtp;{diag}",
        f"Will-Retry-Until: {hdate(utc(until))}",
        "",
    ]
    dsn_part = Part([("Content-Type", "message/delivery-status")], ("\r\n".join(dsn)).encode("ascii"))
    op = Part([("Content-Type", "text/rfc822-headers")], orig.split(b"\r\n\r\n", 1)[0] + b"\r\n")
    b = f"_001_{_guid(r)}_"
    report = multipart(
        "report", [alt, dsn_part, op], b, ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"'
    )
    H = [
        ("From", f"Microsoft Outlook <{EXO_POSTMASTER}>"),
        ("To", f"<{m.frm.email}>"),
        ("Date", hdate(utc(dt))),
        ("Message-ID", f"<{_guid(r)}@{server}>"),
        ("In-Reply-To", m.mid),
        ("References", m.mid),
        ("Thread-Topic", encode_subject(m.subject)),
        ("Subject", encode_subject("Delivery delayed:" + m.subject)),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-PublicTrafficType", "Email"),
        ("Content-Language", "en-US"),
        ("MIME-Version", "1.0"),
    ]
    raw = mime_message(H, report)
    return _entry(slug, "exchange", "en", raw, local(dt, "ET"), m, _label([(addr, status)], m.mid))


def postfix_date(dt, zone="ET"):
    """Postfix pads a one-digit day with a space: 'Tue,  2 Mar 2027 07:04:12 -0500 (EST)'."""
    z = ZONE_ABBR[zone][1 if is_summer(dt, zone) else 0]
    return f"{WD3[dt.weekday()]}, {dt.day:2d} {MO3[dt.month - 1]} {dt.year} {dt:%H:%M:%S} {hdate(dt)[-5:]} ({z})"


def postfix(slug, m, addr, mx, relay, relay_ip, smtp_reply, status, delay_s, zone="ET", delayed=False):
    r = rng("bounce24", slug)
    dt = local(later(m.dt, seconds=delay_s), zone)
    arrival = local(later(m.dt, seconds=2), zone)
    qid = "".join(r.choice("0123456789ABCDEF") for _ in range(10))
    wrapped = _postfix_wrap(f"<{addr}>: host {relay}[{relay_ip}] said: {smtp_reply} (in reply to RCPT TO command)")
    if delayed:
        subject = "Delayed Mail (still being retried)"
        intro = [
            f"This is the mail system at host {mx}.",
            "",
            "####################################################################",
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #",
            "####################################################################",
            "",
            "Your message could not be delivered for more than 4 hour(s).",
            "It will be retried until it is 5 day(s) old.",
            "",
            "For further assistance, please send mail to postmaster.",
            "",
            "If you do so, please include this problem report. You can",
            "delete your own text from the attached returned message.",
            "",
            "                   The mail system",
            "",
        ]
        action = "delayed"
    else:
        subject = "Undelivered Mail Returned to Sender"
        intro = [
            f"This is the mail system at host {mx}.",
            "",
            "I'm sorry to have to inform you that your message could not",
            "be delivered to one or more recipients. It's attached below.",
            "",
            "For further assistance, please send mail to postmaster.",
            "",
            "If you do so, please include this problem report. You can",
            "delete your own text from the attached returned message.",
            "",
            "                   The mail system",
            "",
        ]
        action = "failed"
    text = "\n".join([*intro, *wrapped]) + "\n"
    tp = Part(
        [
            ("Content-Description", "Notification"),
            ("Content-Type", "text/plain; charset=us-ascii"),
        ],
        text.replace("\n", "\r\n").encode("ascii"),
    )
    diag = smtp_reply
    dsn = [
        f"Reporting-MTA: dns; {mx}",
        f"X-Postfix-Queue-ID: {qid}",
        f"X-Postfix-Sender: rfc822; {m.frm.email}",
        f"Arrival-Date: {postfix_date(arrival)}",
        "",
        f"Final-Recipient: rfc822; {addr}",
        f"Original-Recipient: rfc822;{addr}",
        f"Action: {action}",
        f"Status: {status}",
        f"Remote-MTA: dns; {relay}",
        f"Diagnostic-Code: smtp; {diag}",
    ]
    if delayed:
        dsn.append(f"Will-Retry-Until: {postfix_date(local(later(m.dt, seconds=5 * 86400), zone))}")
    dsn.append("")
    dp = Part(
        [("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
        "\r\n".join(dsn).encode("ascii"),
    )
    orig = sent_copy(m)
    if delayed:
        op = Part(
            [("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
            orig.split(b"\r\n\r\n", 1)[0] + b"\r\n",
        )
    else:
        op = Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig)
    b = f"{qid}.{int(utc(dt).timestamp())}/{mx}"
    report = multipart(
        "report",
        [tp, dp, op],
        b,
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"',
        preamble="This is a MIME-encapsulated message.",
    )
    H = [
        ("Return-Path", "<>"),
        ("Received", f"by {mx} (Postfix)\r\n\tid {qid}; {postfix_date(dt)}"),
        ("Date", postfix_date(dt)),
        ("From", f"MAILER-DAEMON@{mx} (Mail Delivery System)"),
        ("Subject", subject),
        ("To", m.frm.email),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    raw = mime_message([*H, ("Message-Id", f"<{dt:%Y%m%d%H%M%S}.{qid}@{mx}>")], report)
    return _entry(slug, "postfix", "en", raw, dt, m, _label([(addr, status)], m.mid))


def _postfix_wrap(s, width=78):
    words = s.split(" ")
    out = []
    cur = ""
    for w in words:
        cand = f"{cur} {w}" if cur else w
        if len(cand) > width and cur:
            out.append(cur)
            cur = "    " + w
        else:
            cur = cand
    out.append(cur)
    return out


def exim(slug, m, addr, host, ip, smtp_reply, delay_s, zone="CT"):
    r = rng("bounce24", slug)
    dt = local(later(m.dt, seconds=delay_s), zone)
    mid_local = f"1r{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(4))}-000{r.randrange(100, 999)}-{r.choice('ABCDEFGH')}{r.randrange(1, 9)}"
    server = "vps4471.hostgrid.example"
    text = "\n".join(
        [
            "This message was created automatically by mail delivery software.",
            "",
            "A message that you sent could not be delivered to one or more of its",
            "recipients. This is a permanent error. The following address(es) failed:",
            "",
            f"  {addr}",
            f"    host {host} [{ip}]",
            f"    SMTP error from remote mail server after RCPT TO:<{addr}>:",
            f"    {smtp_reply}",
            "",
        ]
    )
    tp = Part(
        [("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit")],
        (text + "\n").replace("\n", "\r\n").encode("ascii"),
    )
    dsn = [
        f"Reporting-MTA: dns; {server}",
        "",
        "Action: failed",
        f"Final-Recipient: rfc822;{addr}",
        "Status: 5.0.0",
        f"Remote-MTA: dns; {host}",
        f"Diagnostic-Code: smtp; {smtp_reply}",
        "",
    ]
    dp = Part([("Content-Type", "message/delivery-status")], "\r\n".join(dsn).encode("ascii"))
    orig = sent_copy(m)
    op = Part([("Content-Type", "message/rfc822")], orig)
    b = f"{int(utc(dt).timestamp())}-eximdsn-{r.randrange(10**8, 10**9)}"
    report = multipart("report", [tp, dp, op], b, ct=f"multipart/report; report-type=delivery-status; boundary={b}")
    H = [
        ("Return-path", "<>"),
        ("Envelope-to", m.frm.email),
        ("Delivery-date", hdate(dt, pad=True)),
        ("Auto-Submitted", "auto-replied"),
        ("From", f"Mail Delivery System <Mailer-Daemon@{server}>"),
        ("To", m.frm.email),
        ("References", m.mid),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", f"<E{mid_local}@{server}>"),
        ("Date", hdate(dt, pad=True)),
        ("MIME-Version", "1.0"),
    ]
    raw = mime_message(H, report)
    return _entry(slug, "exim", "en", raw, dt, m, _label([(addr, "5.0.0")], m.mid))


FIX_EN_UNKNOWN = [
    "The address may be misspelled or may not exist. Try one or more of the following:",
    "  *   Retype the recipient's address, then resend the message. If you're using Outlook, open this message, select "
    "Send Again from the menu, then check the address.",
    "  *   Remove the recipient from the auto-complete list, then resend the message.",
    "  *   Contact the recipient by some other means (by phone, for example) to confirm you're using the right address.",
]
FIX_EN_REMOTE = [
    "The recipient's email system rejected the message. Contact the recipient by some other means (by phone, for "
    "example) and ask them to tell their email admin about this problem, or resend the message later.",
]


def items():
    out = []
    # 1. Exchange Online, 550 5.1.10 (recipient not found in the recipient's own tenant), the original attached
    p = Person("Robert Kline", "rkline@klinemedical.example", "ET")
    m = portal("por-kline", [p], "Robert", "2027-03-15 09:00")
    out.append(
        exo_ndr(
            "kline-ndr-5-1-10",
            "en",
            m,
            [
                (
                    p.email,
                    "5.1.10",
                    f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {p.email} not found by SMTP address lookup",
                )
            ],
            4,
            remote_host="BY5PR04MB6823.namprd04.prod.outlook.com",
            reason="rkline wasn't found at klinemedical.example.",
            short="Unknown To address",
            fix_lines=FIX_EN_UNKNOWN,
        )
    )
    # 2. Exchange Online, 550 5.4.1 access denied (the recipient's tenant blocks unknown addresses), headers only
    p = Person("Tom Powell", "tpowell@powellhvac.example", "ET")
    m = letter("let-powell", "en", [p], "2027-03-02 07:00")
    out.append(
        exo_ndr(
            "powell-ndr-5-4-1",
            "en",
            m,
            [
                (
                    p.email,
                    "5.4.1",
                    "550 5.4.1 Recipient address rejected: Access denied. For more information see "
                    "https://aka.ms/EXOSmtpErrors [BN1NAM02FT027.eop-nam02.prod.protection.outlook.com]",
                )
            ],
            3,
            attach="headers",
            remote_host="powellhvac-example.mail.protection.outlook.com",
            reason="Your message wasn't delivered because the recipient's email provider rejected it.",
            short="Access denied",
            fix_lines=FIX_EN_REMOTE,
        )
    )
    # 3. Exchange Online in Canadian French: 5.7.1 from Outlook.com's block list
    p = Person("Jean-François Lemieux", "jf.lemieux@hotmail.example", "ET")
    m = letter("letfr-lemieux", "fr", [p], "2027-03-02 07:15")
    out.append(
        exo_ndr(
            "lemieux-ndr-5-7-1-fr",
            "fr",
            m,
            [
                (
                    p.email,
                    "5.7.1",
                    "550 5.7.1 Unfortunately, messages from [203.0.113.25] weren't sent. Please contact your Internet "
                    "service provider since part of their network is on our block list (S3150). You can also refer "
                    "your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
                )
            ],
            6,
            remote_host="mx4.hotmail.example",
            reason="Le système de messagerie du destinataire a refusé votre message.",
            short="Adresse de l'expéditeur bloquée",
            fix_lines=[
                "Le serveur de messagerie du destinataire a bloqué les messages provenant de votre organisation. "
                "Communiquez avec le destinataire par un autre moyen (par téléphone, par exemple) ou demandez à votre "
                "administrateur de messagerie de faire retirer l'adresse de votre serveur de la liste de blocage.",
            ],
        )
    )
    # 4. Exchange Online in Spanish: 5.7.1 from a Mimecast gateway
    p = Person("Contabilidad Grupo Alvear", "contabilidad@grupoalvear.example", "MX")
    m = letter("letes-alvear", "es", [p], "2027-03-02 08:00")
    out.append(
        exo_ndr(
            "alvear-ndr-mimecast-es",
            "es",
            m,
            [
                (
                    p.email,
                    "5.7.1",
                    "550 5.7.1 Rejected by header based Blocked Senders - block policy for Header From - "
                    "https://community.mimecast.com/docs/DOC-1369#550 [xK2pQ7wNReuT4mHs9cVb1A.us528]",
                )
            ],
            5,
            remote_host="us-smtp-inbound-1.mimecast.com",
            reason="El sistema de correo electrónico del destinatario rechazó su mensaje.",
            short="Remitente bloqueado por el destinatario",
            fix_lines=[
                "Póngase en contacto con el destinatario por otro medio (por ejemplo, por teléfono) y pídale que "
                "informe a su administrador de correo electrónico sobre este problema.",
            ],
        )
    )
    # 5. Exchange Online in Portuguese: 5.7.1 from a Proofpoint gateway
    p = Person("Financeiro Terra Nova", "financeiro@terranovaagro.example", "BR")
    m = letter("letpt-terranova", "pt", [p], "2027-02-05 08:00")
    out.append(
        exo_ndr(
            "terranova-ndr-proofpoint-pt",
            "pt",
            m,
            [
                (
                    p.email,
                    "5.7.1",
                    "554 5.7.1 [CS01] Message rejected due to local policy. Please visit "
                    "https://www.proofpoint.com/us/products/email-protection/cs01",
                )
            ],
            4,
            remote_host="mx0b-00471552.pphosted.com",
            reason="O sistema de email do destinatário rejeitou a sua mensagem.",
            short="Mensagem rejeitada pela política do destinatário",
            fix_lines=[
                "Entre em contato com o destinatário por outro meio (por telefone, por exemplo) e peça que ele informe "
                "o administrador de email sobre esse problema.",
            ],
        )
    )
    # 6. Exchange Online: Google Workspace's 550 5.1.1
    p = Person("Dario Marchetti", "d.marchetti@marchettiwines.example", "PT")
    m = review("rev-marchetti", [p], "Dario", "2027-02-17 10:06")
    out.append(
        exo_ndr(
            "marchetti-ndr-google-5-1-1",
            "en",
            m,
            [
                (
                    p.email,
                    "5.1.1",
                    "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
                    "recipient's email address for typos or unnecessary spaces. For more information, go to "
                    "https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4b0c2f1a3e5si1234567qtb.112 - gsmtp",
                )
            ],
            2,
            remote_host="aspmx.l.google.com",
            reason="d.marchetti wasn't found at marchettiwines.example.",
            short="Unknown To address",
            fix_lines=FIX_EN_UNKNOWN,
        )
    )
    # 7. Postfix relay: 550 5.1.1 after acceptance, the original attached
    p = Person("James McCarthy", "jmccarthy@bayridgenet.example", "ET")
    m = letter("let-mccarthy", "en", [p], "2027-03-02 07:00")
    out.append(
        postfix(
            "mccarthy-postfix-5-1-1",
            m,
            p.email,
            "mx2.bayridgenet.example",
            "mail.bayridgenet.example",
            "203.0.113.88",
            f"550 5.1.1 <{p.email}>: Recipient address rejected: User unknown in local recipient table",
            "5.1.1",
            252,
        )
    )
    # 8. Postfix: a delay for a full mailbox (4.2.2), still retrying
    p = Person("Anthony Greco", "agreco@grecoimports.example", "ET")
    m = portal("por-greco", [p], "Anthony", "2027-03-15 09:00")
    out.append(
        postfix(
            "greco-postfix-delayed-4-2-2",
            m,
            p.email,
            "filter.grecoimports.example",
            "mail.grecoimports.example",
            "203.0.113.91",
            f"452 4.2.2 <{p.email}>: Mailbox full",
            "4.2.2",
            4 * 3600 + 611,
            delayed=True,
        )
    )
    # 9. Exim: a full mailbox, permanent; the DSN says 5.0.0, the text 552 5.2.2
    p = Person("Rita Cortez", "rita@cortezbakery.example", "CT")
    m = tax_q("tax-cortez", [p], "Rita", "2027-02-02 10:31")
    out.append(
        exim(
            "cortez-exim-mailbox-full",
            m,
            p.email,
            "mail.cortezbakery.example",
            "203.0.113.150",
            f"552 5.2.2 <{p.email}>: Mailbox full - quota exceeded",
            47,
        )
    )
    # 10. Exchange Online relaying Yahoo's 554 (no enhanced code): Status 5.0.0
    p = Person("Bob Haskins", "bobhaskins1952@yahoo.example", "ET")
    m = letter("let-haskins", "en", [p], "2027-03-02 07:00")
    out.append(
        exo_ndr(
            "haskins-ndr-yahoo-554",
            "en",
            m,
            [
                (
                    p.email,
                    "5.0.0",
                    f"554 delivery error: dd This user doesn't have a yahoo.example account ({p.email}) [0] - "
                    "mta4471.mail.gq1.yahoo.example",
                )
            ],
            8,
            remote_host="mta7.am0.yahoodns.example",
            reason="The recipient's email provider says this address doesn't exist.",
            short="Unknown To address",
            fix_lines=FIX_EN_UNKNOWN,
        )
    )
    # 11. Exchange Online relaying AOL's disabled mailbox (554.30): Status 5.0.0
    p = Person("Joan Krause", "jkrause@aol.example", "ET")
    m = letter("let-krause", "en", [p], "2027-03-02 07:00")
    out.append(
        exo_ndr(
            "krause-ndr-aol-disabled",
            "en",
            m,
            [
                (
                    p.email,
                    "5.0.0",
                    f"554 delivery error: dd Sorry your message to {p.email} cannot be delivered. This mailbox is "
                    "disabled (554.30). - mta4120.aol.mail.gq1.yahoo.example",
                )
            ],
            9,
            remote_host="mx-aol.mail.gm0.yahoodns.example",
            reason="The recipient's mailbox has been disabled by their email provider.",
            short="Mailbox disabled",
            fix_lines=FIX_EN_REMOTE,
        )
    )
    # 12. Exchange Online: one of two recipients fails (the other got the message)
    martin = Person("Martin Sousa", "martin@sousafamily.example", "ET")
    elena = Person("Elena Sousa", "elena.sousa@corbettlaw.example", "ET")
    m = review("rev-sousa", [martin, elena], "Martin and Elena", "2027-02-17 10:08")
    out.append(
        exo_ndr(
            "sousa-ndr-one-of-two",
            "en",
            m,
            [
                (
                    elena.email,
                    "5.1.1",
                    f"550 5.1.1 <{elena.email}>: Recipient address rejected: User unknown in virtual mailbox table",
                )
            ],
            3,
            remote_host="mail.corbettlaw.example",
            reason="elena.sousa wasn't found at corbettlaw.example.",
            short="Unknown To address",
            fix_lines=FIX_EN_UNKNOWN,
        )
    )
    # 13. Exchange Online delay: Google Workspace mailbox over quota (452 4.2.2), still trying
    p = Person("Diane Patterson", "dpatterson@pattersonco.example", "ET")
    m = portal("por-patterson", [p], "Diane", "2027-03-15 09:00")
    out.append(
        exo_delay(
            "patterson-delay-over-quota",
            m,
            p.email,
            "4.2.2",
            "452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to "
            "https://support.google.com/mail/?p=OverQuotaTemp 41be03b00d2f7-b2f1c4a7e0fsi2245183a12.88 - gsmtp",
            "alt1.aspmx.l.google.com",
            4 * 3600 + 95,
        )
    )
    return out
