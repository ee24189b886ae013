"""Automatic replies (out-of-office, leavers, acknowledgements) and bounces for blind21."""

from firm21 import DOM, orig
from mime12 import D, L, addr, ew, rfcdate, rng
from mime21 import build_plain_notice, html_doc, mid_for


def hdrs(key, frm, to, date, subject, irt=None, extra=(), client="outlook_win"):
    when = D(date, 1)
    r = rng("rcv", key)
    dom = frm[1].split("@")[1]
    hs = [
        (
            "Received",
            f"from mail.{dom} (mail.{dom} [203.0.113.{r.randrange(2, 250)}])\r\n\tby mx.{DOM} (Postfix) with ESMTPS id "
            f"4Z{r.randrange(10**8, 10**9)}; {rfcdate(when)}",
        ),
        ("From", addr(frm[0], frm[1])),
        ("To", addr(to[0], to[1])),
        ("Subject", ew(subject)),
        ("Date", rfcdate(when)),
        ("Message-ID", mid_for(client, key, dom)),
    ]
    if irt:
        hs += [("In-Reply-To", irt), ("References", irt)]
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    return hs


EXO = [
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", None),
]
BANNER = (
    "CAUTION: This email originated from outside Ashdown Kerr Wealth. Do not click links or open attachments unless "
    "you recognise the sender."
)
GMAIL_VAC = [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]

# (key, client, lang, sender, okey, date, subject prefix, text lines, until, header kind)
AUTOS = [
    (
        "ooo-tuesday-6th",
        "outlook_win",
        "en",
        ("Richard Blake", "richard.blake@blakeandco.example"),
        "review",
        "2027-04-01 10:06",
        "Automatic reply: ",
        """
     Thank you for your email. I am out of the office for the Easter holidays and will be back on Tuesday 6th April.

     For anything urgent please contact my PA, Sandra Moss, on 020 7946 0712.

     Richard Blake
     """,
        "2027-04-06",
        "exo",
    ),
    (
        "ooo-returning-1204",
        "gmail",
        "en",
        ("Aisling Ward", "aisling.ward@gmail.example"),
        "ie_prsa",
        "2027-04-06 12:16",
        "Re: ",
        """
     Hi, I'm away and returning 12/04. I'll reply to your email then.
     Aisling
     """,
        "2027-04-12",
        "gmail",
    ),
    (
        "ooo-until-19th",
        "outlook_win",
        "en",
        ("Gordon Fraser", "gordon.fraser@fraserestates.example"),
        "news",
        "2027-04-08 07:01",
        "Automatic reply: ",
        """
     I'm on annual leave until the 19th with no access to email. If your message is urgent, please call the office on 0131 496 0420.

     Kind regards
     Gordon
     """,
        "2027-04-19",
        "exo",
    ),
    (
        "ooo-easter-break",
        "outlook_win",
        "en",
        ("Orla Brady", "obrady@stcolumbas-ns.example"),
        "review",
        "2027-04-01 10:07",
        "Automatic reply: ",
        """
     Dia dhuit,

     The school office is closed over the Easter break. I will respond to emails when school reopens.

     Orla Brady
     School Secretary
     """,
        None,
        "exo",
    ),
    (
        "leaver-grey",
        "outlook_win",
        "en",
        ("Fiona Grey", "fiona.grey@listerco.example"),
        "fees",
        "2027-04-09 16:46",
        "Automatic reply: ",
        """
     Thank you for your email. I have now left Lister & Co and this mailbox is no longer monitored.

     Please send your email to enquiries@listerco.example or call 0113 496 0900 and a colleague will help you.
     """,
        None,
        "exo",
    ),
    (
        "gmail-vac-16",
        "gmail",
        "en",
        ("Peter Lang", "peterlang@gmail.example"),
        "isa",
        "2027-04-06 08:31",
        "Re: ",
        """
     Thanks for your email. I'm on holiday until 16 April with limited access to email and will reply when I'm back.

     Peter
     """,
        "2027-04-16",
        "gmail",
    ),
    (
        "solicitor-ack",
        "outlook_win",
        "en",
        ("Enquiries - Carrick Hale Solicitors", "enquiries@carrickhale.example"),
        "trust_docs",
        "2027-04-07 14:11",
        "Automatic reply: ",
        """
     Thank you for contacting Carrick Hale Solicitors. This is an automatic acknowledgement that your email has been received.

     If your email relates to an existing matter, it has been passed to the fee earner concerned. Please note that our office hours are 9am to 5pm, Monday to Friday.

     Carrick Hale Solicitors is authorised and regulated by the Solicitors Regulation Authority (SRA no. 645210).
     """,
        None,
        "exo",
    ),
    (
        "provider-noreply",
        "webmail",
        "en",
        ("Harrowgate Life", "no-reply@harrowgatelife.example"),
        "pension",
        "2027-04-02 09:45",
        "We have received your email - ",
        """
     Dear Sir or Madam,

     Thank you for contacting Harrowgate Life. This is an automated response to confirm we have received your email.

     We aim to respond within 10 working days. Please do not reply to this email as this mailbox is not monitored.

     For pension transfer enquiries, please quote your plan number on all correspondence.

     Harrowgate Life Assurance Ltd. Registered in England and Wales no. 02211907. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
     """,
        None,
        "noreply",
    ),
    (
        "ooo-leave-range",
        "outlook_win",
        "en",
        ("Ronan Keane", "rkeane@keaneengineering.example"),
        "ie_prsa",
        "2027-04-06 12:17",
        "Automatic reply: ",
        """
     Hi,

     I'm on leave from 2nd to 9th April inclusive, returning Monday 12th. Please contact accounts@keaneengineering.example for anything urgent.

     Ronan
     """,
        "2027-04-09",
        "exo",
    ),
    (
        "ooo-maternity",
        "outlook_win",
        "en",
        ("Sophie Turnbull", "sophie.turnbull@turnbullpr.example"),
        "review",
        "2027-04-01 10:08",
        "Automatic reply: ",
        """
     Hello,

     I am on maternity leave and will be returning in the autumn. In my absence please contact James Holt (james.holt@turnbullpr.example).

     Sophie
     """,
        None,
        "exo",
    ),
    (
        "ooo-pl",
        "outlook_win",
        "pl",
        ("Agnieszka Lewandowska", "a.lewandowska@lewandowska-law.example"),
        "fees",
        "2027-04-09 16:47",
        "Automatyczna odpowiedź: ",
        """
     Dzień dobry,

     jestem na urlopie do 16.04.2027 r. z ograniczonym dostępem do poczty. W pilnych sprawach proszę dzwonić do biura: 020 7946 0631.

     Agnieszka Lewandowska
     """,
        "2027-04-16",
        "exo",
    ),
    (
        "ooo-fr",
        "outlook_win",
        "fr",
        ("Claire Fontaine", "claire.fontaine@fontaine-avocats.example"),
        "review",
        "2027-04-01 10:09",
        "Réponse automatique : ",
        """
     Bonjour,

     Je suis absente du bureau jusqu'au vendredi 9 avril inclus. Pour toute urgence, merci de contacter mon assistante au +33 1 99 00 12 34.

     Claire Fontaine
     """,
        "2027-04-09",
        "exo",
    ),
    (
        "ooo-es",
        "outlook_win",
        "es",
        ("Álvaro Méndez", "amendez@mendezconsulting.example"),
        "isa",
        "2027-04-06 08:32",
        "Respuesta automática: ",
        """
     Estaré fuera de la oficina hasta el 14 de abril, con acceso limitado al correo. Para cualquier asunto urgente, escriba a oficina@mendezconsulting.example.

     Un saludo,
     Álvaro Méndez
     """,
        "2027-04-14",
        "exo",
    ),
    (
        "ooo-parttime",
        "outlook_win",
        "en",
        ("Jo Middleton", "jo.middleton@middletonvets.example"),
        "questions",
        "2027-04-08 17:35",
        "Automatic reply: ",
        """
     Thanks for your email. I work Monday to Wednesday and will respond on my next working day.

     Jo
     """,
        None,
        "exo",
    ),
    (
        "accountants-high-volume",
        "front",
        "en",
        ("Thornton Blake Clients", "clients@thorntonblake.example"),
        "fees",
        "2027-04-09 16:48",
        "Re: ",
        """
     Thank you for your email, which has been received by our client team.

     April is one of our busiest months and response times may be longer than usual. We will reply within five working days.

     Thornton Blake LLP
     """,
        None,
        "front",
    ),
    (
        "ooo-may-bankhol",
        "outlook_win",
        "en",
        ("Neil Armitage", "neil.armitage@armitagegroup.example"),
        "fees",
        "2027-04-30 09:02",
        "Automatic reply: ",
        """
     I'm away from the office and back in on Tuesday 4th May (Monday is a bank holiday). Emails will not be forwarded.

     Neil Armitage
     Finance Director, Armitage Group plc
     """,
        "2027-05-04",
        "exo",
    ),
    (
        "ooo-sick",
        "outlook_win",
        "en",
        ("Karen Doherty", "karen.doherty@dohertyhomes.example"),
        "review",
        "2027-04-01 10:10",
        "Automatic reply: ",
        """
     I am currently out of the office unexpectedly. I will respond to your email as soon as I can. For anything urgent please call reception on 028 9649 6000.
     """,
        None,
        "exo",
    ),
    (
        "icloud-vac-22",
        "apple_mail",
        "en",
        ("Malcolm Reid", "malcolmreid@icloud.example"),
        "isa",
        "2027-04-06 08:33",
        "Re: ",
        """
     I'm away until Thursday 22nd April. I'll be checking emails occasionally.

     Malcolm
     """,
        "2027-04-22",
        "icloud",
    ),
    (
        "yahoo-vac-portugal",
        "yahoo",
        "en",
        ("Brenda Cole", "brendacole@yahoo.example"),
        "review",
        "2027-04-01 10:11",
        "Re: ",
        """
     Away in the Algarve, returning 26/4. Brenda
     """,
        "2027-04-26",
        "none",
    ),
    (
        "ooo-bilingual-ie",
        "outlook_win",
        "en",
        ("Seán Mac Giolla", "sean.macgiolla@udaras-example.example"),
        "ie_prsa",
        "2027-04-06 12:18",
        "Automatic reply: ",
        """
     Tá mé as an oifig faoi láthair. Beidh mé ar ais ar an 13 Aibreán.
     I am out of the office at present. I will be back on 13 April.

     Seán Mac Giolla
     """,
        "2027-04-13",
        "exo",
    ),
]


def auto_items():
    out = []
    for key, client, lang, frm, okey, date, pfx_, text, until, hk in AUTOS:
        o = orig(okey, frm[0].split()[0], frm)
        extra = {
            "exo": [
                ("Auto-Submitted", "auto-replied"),
                ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", frm[1]),
            ],
            "gmail": GMAIL_VAC,
            "noreply": [("Auto-Submitted", "auto-generated"), ("Reply-To", "noreply@harrowgatelife.example")],
            "front": [("Auto-Submitted", "auto-replied")],
            "icloud": [("Auto-Submitted", "auto-replied")],
            "none": [],
        }[hk]
        if D(date, 1) <= D(o["date"], 1):
            raise SystemExit(f"{key}: dated before the message it answers")
        lines = L(text)
        subject = pfx_ + o["subject"]
        if o["who"] == "sd":  # the Dublin office's gateway stamps mail from outside (a fact of this set)
            subject = "[EXTERNAL] " + subject
            lines = [BANNER, "", *lines]
        hs = hdrs(key, frm, o["frm"], date, subject, o["mid"], extra, client)
        if client in ("outlook_win",):
            from mime12 import multipart, text_part

            r = rng("alt", key)
            b = f"_000_{r.getrandbits(64):016X}_"
            body = multipart(
                "alternative",
                [
                    text_part("\n".join(lines) + "\n", 'text/plain; charset="utf-8"', "utf-8", "quoted-printable"),
                    text_part(html_doc([("n", lines)]), 'text/html; charset="utf-8"', "utf-8", "quoted-printable"),
                ],
                b,
            )
            from mime12 import message

            raw = message(hs, body)
        else:
            raw = build_plain_notice(hs, "\n".join(lines) + "\n")
        out.append(dict(slug=key, client=client, lang=lang, kind="auto_reply", raw=raw, until=until, date=date))
    return out
