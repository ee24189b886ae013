"""Mailing-list replies, help-desk agent replies, automatic replies, bounces and complaints of blind14.

List replies go through the same renderer as human replies (kind "list", footer excluded from the label). The rest is
written here message by message, as the MTAs and help desks build them.
"""

import html as H
from datetime import timedelta

import loc14 as LC
from clients14 import addrlist, make_mid, rand_bits
from make14 import BANNER, BANNER_TEXT, EXT_TAG
from mime12 import D, L, Part, addr, ew_subject, hexid, lowhex, message, multipart, rfcdate, rng, text_part
from people14 import P

E = H.escape


def J(lines):
    return "\n".join(lines) + "\n"


# =====================================================================================================
# list replies (rendered like human replies)
# =====================================================================================================
GG_FOOTER = (
    [
        "-- ",
        'You received this message because you are subscribed to the Google Groups "UK Payroll Bureaux" group.',
        "To unsubscribe from this group and stop receiving emails from it, send an email to "
        "uk-payroll-bureaux+unsubscribe@googlegroups.com.",
        "To view this discussion visit https://groups.google.com/d/msgid/uk-payroll-bureaux/"
        "CAJx7pQ3v9Lk2Wm0Ta%2B4hRz5uYc8Fn1dEo6sGb%3DtXw7VqNe4P8w%40mail.gmail.com.",
    ],
    "<p></p>\r\n\r\n-- <br />\r\nYou received this message because you are subscribed to the Google Groups "
    "&quot;UK Payroll Bureaux&quot; group.<br />\r\nTo unsubscribe from this group and stop receiving emails "
    'from it, send an email to <a href="mailto:uk-payroll-bureaux+unsubscribe@googlegroups.com">'
    "uk-payroll-bureaux+unsubscribe@googlegroups.com</a>.<br />\r\nTo view this discussion visit <a href="
    '"https://groups.google.com/d/msgid/uk-payroll-bureaux/CAJx7pQ3v9Lk2Wm0Ta%2B4hRz5uYc8Fn1dEo6sGb%3DtXw7'
    'VqNe4P8w%40mail.gmail.com?utm_medium=email&amp;utm_source=footer">https://groups.google.com/d/msgid/'
    "uk-payroll-bureaux/CAJx7pQ3v9Lk2Wm0Ta%2B4hRz5uYc8Fn1dEo6sGb%3DtXw7VqNe4P8w%40mail.gmail.com</a>.<br />"
    "\r\n",
)
MM2_FOOTER = (
    [
        "_______________________________________________",
        "Irish-fintech-tax mailing list",
        "Irish-fintech-tax@lists.fitax.ie",
        "https://lists.fitax.ie/mailman/listinfo/irish-fintech-tax",
    ],
    "",
)
SYMPA_FOOTER = (
    [
        "--",
        "Liste fiscalite-intl - Fiscalité internationale (Belgique)",
        "Pour vous désabonner, envoyez un message à sympa@listes.fiscalistes.be avec pour objet : "
        "unsubscribe fiscalite-intl",
        "Archives : https://listes.fiscalistes.be/sympa/arc/fiscalite-intl",
    ],
    "<div>--<br>Liste fiscalite-intl - Fiscalité internationale (Belgique)<br>Pour vous désabonner, "
    "envoyez un message à sympa@listes.fiscalistes.be avec pour objet : unsubscribe fiscalite-intl<br>"
    "Archives : https://listes.fiscalistes.be/sympa/arc/fiscalite-intl</div>",
)
GIO_FOOTER = (
    [
        "",
        "",
        "-=-=-=-=-=-=-=-=-=-=-=-",
        "Groups.io Links: You receive all messages sent to this group.",
        "View/Reply Online (#2417): https://groups.io/g/cpa-tax-tech/message/2417",
        "Mute This Topic: https://groups.io/mt/110921473/4417290",
        "Group Owner: cpa-tax-tech+owner@groups.io",
        "Unsubscribe: https://groups.io/g/cpa-tax-tech/leave/11873302/4417290/1093741/xyzzy "
        "[ciaran.doyle@quillanbirch.com]",
        "-=-=-=-=-=-=-=-=-=-=-=-",
    ],
    '<div width="1" style="color:white;clear:both">_._,_._,_</div><hr>Groups.io Links:<p>You receive all '
    'messages sent to this group.</p><p><a target="_blank" href="https://groups.io/g/cpa-tax-tech/message/2417">'
    'View/Reply Online (#2417)</a> | <a href="https://groups.io/mt/110921473/4417290">Mute This Topic</a> | '
    '<a href="https://groups.io/g/cpa-tax-tech/leave/11873302/4417290/1093741/xyzzy">Unsubscribe</a></p>'
    '<div width="1" style="color:white;clear:both">_._,_._,_</div>',
)
MM3_FOOTER = (
    [
        "_______________________________________________",
        "Redovisningsforum mailing list -- forum@lists.redovisningsforum.se",
        "To unsubscribe send an email to forum-leave@lists.redovisningsforum.se",
    ],
    "",
)

LIST_SPECS = [
    dict(
        slug="list-googlegroups-gateway",
        kind="list",
        thread=("gg_payroll", 1),
        who="dawn",
        to=["gg_payroll"],
        cc=[],
        date="2027-01-26 14:22",
        client="gmail",
        lang="en",
        footer=GG_FOOTER,
        relay="mail-yw1-f190.google.com (mail-yw1-f190.google.com [209.85.128.190])",
        sender="uk-payroll-bureaux@googlegroups.com",
        from_override="'Dawn Pickering' via UK Payroll Bureaux <uk-payroll-bureaux@googlegroups.com>",
        reply_to="uk-payroll-bureaux@googlegroups.com",
        extra_headers=[
            ("X-Original-Sender", "dawn@pickeringpayroll.co.uk"),
            (
                "X-Original-Authentication-Results",
                "gmr-mx.google.com; dmarc=pass (p=QUARANTINE) header.from=pickeringpayroll.co.uk",
            ),
            ("Precedence", "list"),
            (
                "Mailing-list",
                "list uk-payroll-bureaux@googlegroups.com; contact uk-payroll-bureaux+owners@googlegroups.com",
            ),
            ("List-ID", "<uk-payroll-bureaux.googlegroups.com>"),
            ("X-Google-Group-Id", "771840263519"),
            (
                "List-Post",
                "<https://groups.google.com/group/uk-payroll-bureaux/post>, "
                "<mailto:uk-payroll-bureaux@googlegroups.com>",
            ),
            ("List-Help", "<https://groups.google.com/support/>, <mailto:uk-payroll-bureaux+help@googlegroups.com>"),
            ("List-Archive", "<https://groups.google.com/group/uk-payroll-bureaux/>"),
            (
                "List-Unsubscribe",
                "<mailto:googlegroups-manage+771840263519+unsubscribe@googlegroups.com>,\r\n"
                " <https://groups.google.com/group/uk-payroll-bureaux/subscribe>",
            ),
        ],
        text="""
        Hi Priya,

        Yes, we had it on three clients last month. The new password has to be saved against each employer's HMRC settings as well as the agent credentials – the software only updates the agent record. Once we'd re-entered it per employer the FPS went straight through.

        If you're still stuck, HMRC's Online Services Helpdesk can confirm whether the Gateway ID is locked after the failed attempts.

        Dawn
        """,
    ),
    dict(
        slug="list-mailman2-reply",
        kind="list",
        thread=("fitax", 1),
        who="seamus",
        to=["mm_fintech"],
        cc=[],
        date="2027-01-25 13:47",
        client="thunderbird",
        lang="en",
        plain_only=True,
        footer=MM2_FOOTER,
        relay="lists.fitax.ie (lists.fitax.ie [89.101.172.40])",
        sender='"Irish-fintech-tax" <irish-fintech-tax-bounces@lists.fitax.ie>',
        extra_headers=[
            ("X-BeenThere", "irish-fintech-tax@lists.fitax.ie"),
            ("X-Mailman-Version", "2.1.39"),
            ("Precedence", "list"),
            ("List-Id", "Irish Fintech Tax Forum <irish-fintech-tax.lists.fitax.ie>"),
            (
                "List-Unsubscribe",
                "<https://lists.fitax.ie/mailman/options/irish-fintech-tax>,\r\n"
                " <mailto:irish-fintech-tax-request@lists.fitax.ie?subject=unsubscribe>",
            ),
            ("List-Archive", "<https://lists.fitax.ie/pipermail/irish-fintech-tax/>"),
            ("List-Post", "<mailto:irish-fintech-tax@lists.fitax.ie>"),
            ("Errors-To", "irish-fintech-tax-bounces@lists.fitax.ie"),
        ],
        bottom=True,
        text="""
        We asked Revenue exactly this in November through TALC. The informal view was that the exemption follows the date of receipt, so a dividend paid in December 2024 and received in January 2025 is in. Nothing in writing yet, and I wouldn't rely on it for anything large.

        Séamus
        """,
    ),
    dict(
        slug="list-sympa-fr",
        kind="list",
        thread=("sympa", 1),
        who="vincent",
        to=["sympa_fisc"],
        cc=[],
        date="2027-01-27 16:05",
        client="outlook_365",
        lang="fr",
        cs="windows-1252",
        footer=SYMPA_FOOTER,
        relay="listes.fiscalistes.be (listes.fiscalistes.be [91.183.40.17])",
        extra_headers=[
            ("List-Id", "<fiscalite-intl.listes.fiscalistes.be>"),
            ("Precedence", "list"),
            ("List-Help", "<mailto:sympa@listes.fiscalistes.be?subject=help>"),
            ("List-Subscribe", "<mailto:sympa@listes.fiscalistes.be?subject=subscribe%20fiscalite-intl>"),
            ("List-Unsubscribe", "<mailto:sympa@listes.fiscalistes.be?subject=unsubscribe%20fiscalite-intl>"),
            ("List-Post", "<mailto:fiscalite-intl@listes.fiscalistes.be>"),
            ("List-Owner", "<mailto:fiscalite-intl-request@listes.fiscalistes.be>"),
            ("List-Archive", "<https://listes.fiscalistes.be/sympa/arc/fiscalite-intl>"),
        ],
        sender="fiscalite-intl-request@listes.fiscalistes.be",
        text="""
        Bonjour Élodie,

        Oui, c'est possible : il faut passer par le formulaire « Apply for an EORI number » en indiquant que la société n'a pas de numéro de TVA britannique. HMRC demande alors le numéro d'entreprise belge et une copie des statuts. Comptez environ trois semaines.

        Bien à vous,
        Vincent
        """,
    ),
    dict(
        slug="list-groupsio-reply",
        kind="list",
        thread=("groupsio", 1),
        who="karen",
        to=["gio_cpatax"],
        cc=[],
        date="2027-01-28 11:32",
        client="outlook_mac",
        lang="en",
        footer=GIO_FOOTER,
        relay="mail02.groups.io (mail02.groups.io [66.175.222.108])",
        sender="cpa-tax-tech@groups.io",
        reply_to="cpa-tax-tech@groups.io",
        extra_headers=[
            ("List-Id", "<cpa-tax-tech.groups.io>"),
            ("Precedence", "list"),
            ("Mailing-List", "list cpa-tax-tech@groups.io; contact cpa-tax-tech+owner@groups.io"),
            ("List-Post", "<mailto:cpa-tax-tech@groups.io>"),
            ("List-Unsubscribe", "<mailto:cpa-tax-tech+unsubscribe@groups.io>"),
            ("List-Archive", "<https://groups.io/g/cpa-tax-tech>"),
            ("X-Mailer", "groups.io"),
        ],
        text="""
        Ciarán – the T106 covers the reporting entity's whole taxation year, so every reportable transaction with the Irish sub in the parent's 2026 year goes in, including the loan drawn before trading began. The start date only matters for the Irish side.

        Karen
        """,
    ),
    dict(
        slug="list-mailman3-sv",
        kind="list",
        thread=("mm3", 1),
        who="anders",
        to=["mm3_forum"],
        cc=[],
        date="2027-01-26 13:15",
        client="gmail",
        lang="sv",
        footer=MM3_FOOTER,
        relay="lists.redovisningsforum.se (lists.redovisningsforum.se [193.10.7.45])",
        extra_headers=[
            ("List-Id", "Redovisningsforum <forum.lists.redovisningsforum.se>"),
            ("Precedence", "list"),
            (
                "Archived-At",
                "<https://lists.redovisningsforum.se/archives/list/forum@lists."
                "redovisningsforum.se/message/7QK2X4MZP3RTD5YH6JW2NB7LFCUE3GA4/>",
            ),
            ("List-Archive", "<https://lists.redovisningsforum.se/archives/list/forum@lists.redovisningsforum.se/>"),
            ("List-Help", "<mailto:forum-request@lists.redovisningsforum.se?subject=help>"),
            ("List-Owner", "<mailto:forum-owner@lists.redovisningsforum.se>"),
            ("List-Post", "<mailto:forum@lists.redovisningsforum.se>"),
            ("List-Subscribe", "<mailto:forum-join@lists.redovisningsforum.se>"),
            ("List-Unsubscribe", "<mailto:forum-leave@lists.redovisningsforum.se>"),
        ],
        text="""
        Hej Sofia,

        Vi har samma upplägg för en kund. I koncernen justerar vi tillbaka till K3, dvs. leasingavtalen redovisas som operationella i koncernredovisningen. Revisorn i UK har inte haft några invändningar så länge justeringen är dokumenterad i koncernrapporteringspaketet.

        Hälsningar
        Anders
        """,
    ),
]


# =====================================================================================================
# shared helpers for hand-built messages
# =====================================================================================================
def exo_mid(who_key, seed, dt):
    return make_mid("outlook_365", P[who_key], seed, dt)


def firm_original(who_key, to, subject, date, body, seed, cc=(), off=0):
    """A message the firm sent (Outlook 365): returns (headers list, raw bytes, Message-ID, datetime)."""
    who = P[who_key]
    dt = D(date, off)
    mid = exo_mid(who_key, "orig:" + seed, dt)
    hs = [("From", addr(who.name, who.email)), ("To", addrlist([addr(n, a) for n, a in to]))]
    if cc:
        hs.append(("CC", addrlist([addr(n, a) for n, a in cc])))
    hs += [
        ("Subject", ew_subject("", subject)),
        ("Thread-Topic", ew_subject("", subject)),
        ("Thread-Index", "AQHbb" + hexid(rng("ti", seed), 22)),
        ("Date", rfcdate(dt)),
        ("Message-ID", mid),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    text = J([*L(body), "", who.name, "Quillan Birch Advisory"])
    cs = "us-ascii"
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        cs = "utf-8"
    part = text_part(text, f'text/plain; charset="{cs}"', cs, "quoted-printable")
    raw = message(hs, part)
    return hs, raw, mid, dt


def orig_from(hs):
    v = next(v for k, v in hs if k == "From")
    return v[v.index("<") + 1 : v.index(">")] if "<" in v else v


def header_block(hs):
    return "".join(f"{k}: {v}\r\n" for k, v in hs)


def rfc822_part(raw):
    return Part([("Content-Type", "message/rfc822")], raw)


def headers_part(hs):
    return Part([("Content-Type", "text/rfc822-headers")], header_block(hs))


def dsn_part(text):
    return Part([("Content-Type", "message/delivery-status")], text.replace("\n", "\r\n"))


def banner_text(lines):
    return [BANNER_TEXT, "", *lines]


ITEMS = []


def add(slug, client, lang, kind, raw, **extra):
    d = dict(slug=slug, client=client, lang=lang, kind=kind, raw=raw)
    d.update(extra)
    ITEMS.append(d)


# =====================================================================================================
# automatic replies
# =====================================================================================================
def exchange_oof(
    slug,
    who_key,
    to_key,
    orig_subject,
    orig_mid,
    date,
    lang,
    text,
    until,
    prefix=None,
    html_extra="",
    banner=False,
    cs="utf-8",
    note_lines=None,
):
    who, to = P[who_key], P[to_key]
    dt = D(date, who.tz)
    prefix = (
        prefix
        or {
            "en": "Automatic reply: ",
            "fr": "Réponse automatique : ",
            "pl": "Odpowiedź automatyczna: ",
            "pt": "Resposta automática: ",
            "sv": "Automatiskt svar: ",
        }[lang]
    )
    subject = prefix + orig_subject
    if banner:
        subject = EXT_TAG + subject
    lines = L(text)
    if banner:
        lines = banner_text(lines)
    plain = J(lines)
    html_body = "".join(
        f'<div><span style="font-size:11pt">{E(x) if x else "&nbsp;"}</span></div>\r\n' for x in L(text)
    )
    if banner:
        html_body = BANNER[1] + html_body
    html = (
        '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=' + cs + '">\r\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\r\n</head>\r\n'
        '<body dir="ltr">\r\n' + html_body + html_extra + "</body>\r\n</html>\r\n"
    )
    mid = make_mid("outlook_365", who, slug, dt)
    bits = rand_bits(mid)
    local, dom = mid[1:-1].split("@")
    b = f"_000_{local[:60]}{dom.split('.')[0][:12]}{dom.split('.')[1][:4]}_"
    body = multipart(
        "alternative",
        [
            text_part(plain, f'text/plain; charset="{cs}"', cs, "quoted-printable"),
            text_part(html, f'text/html; charset="{cs}"', cs, "quoted-printable"),
        ],
        b,
    )
    r = rng("oof", slug)
    hs = [
        ("From", addr(who.name, who.email)),
        ("To", addr(to.name, to.email)),
        ("Subject", ew_subject("", subject)),
        ("Thread-Topic", ew_subject("", orig_subject)),
        ("Thread-Index", "AQHbc" + hexid(r, 18) + "=="),
        ("Date", rfcdate(dt)),
        ("Message-ID", mid),
        ("References", orig_mid),
        ("In-Reply-To", orig_mid),
        ("Content-Language", who.loc),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-RecordReviewCfmType", "0"),
        ("auto-submitted", "auto-replied"),
        ("x-ms-exchange-generated-message-source", "Mailbox Rules Agent"),
        ("x-auto-response-suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", who.email),
        ("MIME-Version", "1.0"),
    ]
    del bits
    return message(hs, body)


_CACHE = {}


def fo(frm, to, subject, date, body, seed):
    """A short message the firm sent to one person; returns (Message-ID, subject)."""
    t = P[to]
    _, _, mid, _ = firm_original(frm, [(t.name, t.email)], subject, date, body, seed)
    return mid, subject


def thread_mid(key, idx):
    from make14 import Threads
    from threads14 import THREADS

    if "threads" not in _CACHE:
        _CACHE["threads"] = Threads(THREADS)
    msgs, _ = _CACHE["threads"].get(key)
    return msgs[idx].mid, msgs[idx].subject


m, s_ = fo(
    "tom",
    "dave",
    "Brindle Foods - Leeds Food Lab contracts: scan",
    "2027-01-29 07:01",
    "Dave,\n\nDid you manage to scan the 2024 master services agreement?",
    "oof1",
)
add(
    "oof-exchange-en-annual-leave",
    "exchange",
    "en",
    "auto_reply",
    exchange_oof(
        "oof-exchange-en-annual-leave",
        "dave",
        "tom",
        s_,
        m,
        "2027-01-29 07:02",
        "en",
        """
        Hi,

        I'm on annual leave until Monday 8th February with no access to email.

        For anything urgent on site please ring the Thorpe Park gatehouse on 0113 496 0700, or email Gareth Pryce.

        Thanks
        Dave
        """,
        None,
    ),
    until="2027-02-08",
)

m, s_ = fo(
    "elodie",
    "genevieve",
    "Groupe Beaulac - prolongation de l'exclusivité",
    "2027-01-29 14:40",
    "Geneviève,\n\nAvez-vous des nouvelles des vendeurs au sujet de la prolongation ?",
    "oof2",
)
add(
    "oof-exchange-fr-ca-bilingual",
    "exchange",
    "fr",
    "auto_reply",
    exchange_oof(
        "oof-exchange-fr-ca-bilingual",
        "genevieve",
        "elodie",
        s_,
        m,
        "2027-01-29 09:41",
        "fr",
        """
        Bonjour,

        Je suis présentement à l'extérieur du bureau jusqu'au 5 février inclusivement, avec un accès limité à mes courriels. Pour toute urgence, veuillez communiquer avec Mathieu Gagnon au 514 555-0199.

        Hello,

        I am currently out of the office until February 5 inclusive, with limited access to email. For urgent matters, please contact Mathieu Gagnon at 514 555-0199.

        Geneviève Tremblay
        """,
        None,
    ),
    until="2027-02-05",
)

m, s_ = thread_mid("wisla", 2)
m, s_ = fo(
    "marta",
    "katarzyna",
    s_,
    "2027-01-28 07:14",
    "Pani Katarzyno,\n\nprzypominam o zestawieniu transakcji.",
    "oof3",
)
add(
    "oof-exchange-pl",
    "exchange",
    "pl",
    "auto_reply",
    exchange_oof(
        "oof-exchange-pl",
        "katarzyna",
        "marta",
        s_,
        m,
        "2027-01-28 08:15",
        "pl",
        """
        Dzień dobry,

        dziękuję za wiadomość. Przebywam na urlopie do 12 lutego 2027 r. włącznie, z ograniczonym dostępem do poczty.

        W pilnych sprawach proszę o kontakt z Panią Agnieszką Lewandowską (a.lewandowska@wisla-components.pl).

        Z poważaniem,
        Katarzyna Nowak
        """,
        None,
    ),
    until="2027-02-12",
)

m, s_ = thread_mid("tavares", 2)
m, s_ = fo(
    "rui",
    "ana",
    s_,
    "2027-02-01 09:30",
    "Cara Dra. Ana,\n\nObrigado pela confirmação. Segue o projeto de dossier.",
    "oof4",
)
add(
    "oof-exchange-pt-de-a",
    "exchange",
    "pt",
    "auto_reply",
    exchange_oof(
        "oof-exchange-pt-de-a",
        "ana",
        "rui",
        s_,
        m,
        "2027-02-01 09:31",
        "pt",
        """
        Bom dia,

        Estarei ausente do escritório de 1 a 5 de fevereiro, com acesso limitado ao email. Para assuntos urgentes, contacte o João Ribeiro.

        Com os melhores cumprimentos,
        Ana Tavares
        """,
        None,
        banner=True,
    ),
    until="2027-02-05",
)

m, s_ = fo(
    "sofia",
    "erik",
    "Norrland Skog - sammanfattning till styrelsen",
    "2027-01-29 15:19",
    "Hej Erik,\n\nHär är sammanfattningen om UK-bolaget inför styrelsemötet.",
    "oof5",
)
add(
    "oof-exchange-sv-tillbaka",
    "exchange",
    "sv",
    "auto_reply",
    exchange_oof(
        "oof-exchange-sv-tillbaka",
        "erik",
        "sofia",
        s_,
        m,
        "2027-01-29 16:20",
        "sv",
        """
        Hej,

        Jag är på tjänsteresa i Kanada och tillbaka på kontoret måndag den 8 februari. Mejl läses sporadiskt.

        Brådskande ärenden: kontakta Johan Berg, johan.berg@norrlandskog.se.

        Med vänlig hälsning
        Erik Lindqvist
        """,
        None,
    ),
    until="2027-02-08",
)

m, s_ = fo(
    "priya",
    "rohit",
    "Kaveri Infotech - UK establishment number",
    "2027-01-25 03:31",
    "Dear Rohit,\n\nThe registration has been filed. The UK establishment number is BR024117.",
    "oof6",
)
add(
    "oof-exchange-en-in-leave",
    "exchange",
    "en",
    "auto_reply",
    exchange_oof(
        "oof-exchange-en-in-leave",
        "rohit",
        "priya",
        s_,
        m,
        "2027-01-25 09:02",
        "en",
        """
        Dear Sender,

        I am on leave from 25th Jan to 29th Jan 2027 with limited access to emails. For urgent matters, kindly contact Mr. Venkatesh Subramanian at venkatesh.s@kaveriinfotech.in.

        Thanks & Regards,
        Rohit Malhotra
        """,
        None,
    ),
    until="2027-01-29",
)

m, s_ = thread_mid("wattle", 2)
add(
    "oof-exchange-en-au-vague",
    "exchange",
    "en",
    "auto_reply",
    exchange_oof(
        "oof-exchange-en-au-vague",
        "bronwyn",
        "tom",
        s_,
        m,
        "2027-01-29 18:21",
        "en",
        """
        G'day,

        I'm travelling for Wine Paris and will be back in the office early the week after. I'll reply as soon as I can.

        For anything urgent please call Liam Tran on 0491 570 118.

        Bronwyn
        """,
        None,
    ),
    until=None,
)

m, s_ = fo(
    "niamh",
    "melissa",
    "Straits Harbour - signed originals received",
    "2027-02-05 01:00",
    "Dear Melissa,\n\nThe signed originals arrived this morning, thank you.",
    "oof7",
)
add(
    "oof-exchange-sg-lunar-new-year",
    "exchange",
    "en",
    "auto_reply",
    exchange_oof(
        "oof-exchange-sg-lunar-new-year",
        "melissa",
        "niamh",
        s_,
        m,
        "2027-02-05 09:02",
        "en",
        """
        Dear Sender,

        Thank you for your email. Please note that our office will be closed from 5 to 9 February 2027 for the Lunar New Year holidays. Your email will be attended to when we return.

        Wishing you a happy and prosperous Year of the Goat!

        Melissa Tan
        Straits Harbour Holdings Pte. Ltd.
        """,
        None,
        banner=True,
    ),
    until="2027-02-09",
)

m, s_ = fo(
    "elodie",
    "sandrine",
    "Dossier Perrin - factures de la cuisine",
    "2027-02-03 10:09",
    "Madame Berset,\n\nPourriez-vous nous envoyer aussi la facture de la cuisine ?",
    "oof8",
)
add(
    "oof-exchange-fr-ch-banner",
    "exchange",
    "fr",
    "auto_reply",
    exchange_oof(
        "oof-exchange-fr-ch-banner",
        "sandrine",
        "elodie",
        s_,
        m,
        "2027-02-03 11:10",
        "fr",
        """
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 15 février 2027. En cas d'urgence, vous pouvez vous adresser à M. Laurent Rochat (laurent.rochat@rochat-fiduciaire.ch).

        Meilleures salutations
        Sandrine Berset
        """,
        None,
        banner=True,
    ),
    until="2027-02-15",
)

m, s_ = thread_mid("brasserie", 2)
add(
    "oof-exchange-be-trilingual",
    "exchange",
    "fr",
    "auto_reply",
    exchange_oof(
        "oof-exchange-be-trilingual",
        "annesophie",
        "elodie",
        s_,
        m,
        "2027-01-27 10:31",
        "fr",
        """
        Je suis en congé jusqu'au 10/02 inclus. En cas d'urgence : info@brasserie-vandenbroucke.be.
        Ik ben met verlof tot en met 10/02. Voor dringende zaken: info@brasserie-vandenbroucke.be.
        I am on leave until 10/02 inclusive. For urgent matters: info@brasserie-vandenbroucke.be.

        Anne-Sophie Lambert
        """,
        None,
    ),
    until="2027-02-10",
)

m, s_ = thread_mid("moselle", 0)
add(
    "oof-exchange-lu-one-day",
    "exchange",
    "en",
    "auto_reply",
    exchange_oof(
        "oof-exchange-lu-one-day",
        "claire",
        "niamh",
        s_,
        m,
        "2027-01-28 12:01",
        "en",
        """
        Thank you for your message. I am out of the office on Friday 29 January and will reply on my return.

        For NAV queries please contact fundaccounting@mosellefs.lu.

        Claire Weber
        """,
        None,
    ),
    until="2027-01-29",
)


def gmail_vacation(slug, who_key, to_key, subject, orig_mid, date, text):
    who, to = P[who_key], P[to_key]
    dt = D(date, who.tz)
    mid = make_mid("gmail", who, slug, dt)
    b = "000000000000" + lowhex(rng("b", slug), 14)
    lines = L(text)
    plain = J(lines)
    html = '<div dir="ltr">' + "".join(f"<div>{E(x) if x else '<br>'}</div>" for x in lines) + "</div>\r\n"
    body = multipart(
        "alternative",
        [
            text_part(plain, 'text/plain; charset="UTF-8"', "utf-8", "quoted-printable"),
            text_part(html, 'text/html; charset="UTF-8"', "utf-8", "quoted-printable"),
        ],
        b,
    )
    hs = [
        ("MIME-Version", "1.0"),
        ("From", addr(who.name, who.email)),
        ("Date", rfcdate(dt)),
        ("References", orig_mid),
        ("In-Reply-To", orig_mid),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", mid),
        ("Subject", subject),
        ("To", addr(to.name, to.email)),
    ]
    return message(hs, body)


m, s_ = fo(
    "priya",
    "jordan",
    "Tessaract UK Ltd - P11D benefits for 2026-27",
    "2027-01-27 10:11",
    "Hi Jordan,\n\nCould you confirm which UK employees have health insurance?",
    "oof9",
)
add(
    "oof-gmail-vacation-us",
    "gmail",
    "en",
    "auto_reply",
    gmail_vacation(
        "oof-gmail-vacation-us",
        "jordan",
        "priya",
        "Out of office - back Feb 3",
        m,
        "2027-01-27 04:12",
        """
        Hi,

        I'm at our Denver facility for the quarter close through February 2 with patchy email. Back in Austin on Wednesday Feb 3.

        For UK payroll approvals please contact Sam Okafor (sam.okafor@tessaract.io).

        Jordan
        """,
    ),
    until="2027-02-03",
)


def plain_auto(
    slug,
    client,
    who_email,
    who_name,
    to_key,
    subject,
    orig_mid,
    date,
    off,
    text,
    headers=(),
    cs="utf-8",
    html=None,
    banner=False,
    mid_dom=None,
):
    to = P[to_key]
    dt = D(date, off)
    r = rng("auto", slug)
    mid = f"<{lowhex(r, 16)}.{r.randrange(10**5, 10**6)}@{mid_dom or who_email.split('@')[1]}>"
    lines = L(text)
    if banner:
        lines = banner_text(lines)
        subject = EXT_TAG + subject
    plain = J(lines)
    if html is None:
        body = text_part(plain, f"text/plain; charset={cs}", cs, "quoted-printable")
    else:
        body = multipart(
            "alternative",
            [
                text_part(plain, f"text/plain; charset={cs}", cs, "quoted-printable"),
                text_part(html, f"text/html; charset={cs}", cs, "quoted-printable"),
            ],
            "--==_mimepart_" + lowhex(r, 13) + "_" + str(r.randrange(10**5, 10**6)),
        )
    hs = [
        ("From", addr(who_name, who_email)),
        ("To", addr(to.name, to.email)),
        ("Subject", ew_subject("", subject)),
        ("Date", rfcdate(dt)),
        ("Message-ID", mid),
    ]
    if orig_mid:
        hs += [("In-Reply-To", orig_mid), ("References", orig_mid)]
    hs += [*list(headers), ("MIME-Version", "1.0")]
    return message(hs, body)


add(
    "auto-mailbox-not-monitored",
    "exchange",
    "en",
    "auto_reply",
    plain_auto(
        "auto-mailbox-not-monitored",
        "exchange",
        "renewals@hollis-crane.co.uk",
        "Hollis & Crane Renewals",
        "hannah",
        "Automatic reply: Quillan Birch LLP - professional indemnity renewal 2027",
        fo(
            "hannah",
            "renewals_hc",
            "Quillan Birch LLP - professional indemnity renewal 2027",
            "2027-01-25 15:00",
            "Dear Natalie,\n\nAhead of our PI renewal on 1 March, please find attached the proposal form.",
            "oof10",
        )[0],
        "2027-01-25 15:01",
        0,
        """
        Thank you for your email.

        Please note that this mailbox is no longer monitored. Please resend your email to your account handler directly, or to enquiries@hollis-crane.co.uk, or call us on 0161 496 0500.

        Hollis & Crane Insurance Brokers Ltd is authorised and regulated by the Financial Conduct Authority.
        """,
        headers=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("Content-Language", "en-GB"),
        ],
        cs="us-ascii",
    ),
    until=None,
)

add(
    "auto-leaver-notice",
    "exchange",
    "en",
    "auto_reply",
    plain_auto(
        "auto-leaver-notice",
        "exchange",
        "jane@pembertonfamilyoffice.co.uk",
        "Jane Orme",
        "hannah",
        "Automatic reply: Quillan Birch Tax Update - January 2027",
        fo(
            "hannah",
            "jane",
            "Quillan Birch Tax Update - January 2027",
            "2027-01-28 11:01",
            "Dear Jane,\n\nAt Hugh's request, here is our January tax update.",
            "oof11",
        )[0],
        "2027-01-28 11:02",
        0,
        """
        Jane Orme no longer works for Pemberton Family Office and this message has not been forwarded.

        Please contact Hugh Pemberton (hugh@pembertonfamilyoffice.co.uk) instead.
        """,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        cs="us-ascii",
    ),
    until=None,
)

_, s_ = thread_mid("paynest", 0)
m, _ = thread_mid("paynest", 0)
add(
    "helpdesk-freshdesk-ack",
    "freshdesk",
    "en",
    "auto_reply",
    plain_auto(
        "helpdesk-freshdesk-ack",
        "freshdesk",
        "support@paynest.ie",
        "PayNest Support",
        "priya",
        "Ticket Received - " + s_,
        m,
        "2027-01-26 12:41",
        0,
        """
        Dear Priya Raman,

        We would like to acknowledge that we have received your request and a ticket has been created.
        A support representative will be reviewing your request and will send you a personal response (usually within 4 business hours).

        To view the status of the ticket or add comments, please visit
        https://support.paynest.ie/helpdesk/tickets/48213

        Thank you for your patience.

        Sincerely,
        PayNest Support Team
        """,
        headers=[
            ("X-Mailer", "Freshdesk"),
            ("X-FD-Email-Category", "ticket_received"),
            ("Precedence", "bulk"),
            ("Reply-To", "PayNest Support <support@paynest.ie>"),
        ],
        mid_dom="freshdesk.com",
        html="<html><body><p>Dear Priya Raman,</p><p>We would like to acknowledge that we have received your "
        "request and a ticket has been created.<br>A support representative will be reviewing your request "
        "and will send you a personal response (usually within 4 business hours).</p><p>To view the status of "
        'the ticket or add comments, please visit<br><a href="https://support.paynest.ie/helpdesk/tickets/'
        '48213">https://support.paynest.ie/helpdesk/tickets/48213</a></p><p>Thank you for your patience.</p>'
        "<p>Sincerely,<br>PayNest Support Team</p></body></html>",
    ),
    until=None,
)

add(
    "helpdesk-zendesk-ack",
    "zendesk",
    "en",
    "auto_reply",
    plain_auto(
        "helpdesk-zendesk-ack",
        "zendesk",
        "help@tallyforge.com",
        "Tallyforge Support",
        "hannah",
        "[Tallyforge] Re: Duplicate time entries in weekly timesheet report",
        None,
        "2027-01-26 09:48",
        0,
        """
        ##- Please type your reply above this line -##

        Your request (88213) has been received and is being reviewed by our support staff.

        To add additional comments, reply to this email.

        This email is a service from Tallyforge Support. Delivered by Zendesk

        [7N4QW2-8KD1R]
        """,
        headers=[
            ("X-Mailer", "Zendesk Mailer"),
            ("X-Zendesk-From-Account-Id", "b2d41f7"),
            ("X-Zendesk-Email-Id", "01HMXW3B8Y6Q2ZK7N4QW28KD1R"),
            ("Auto-Submitted", "auto-generated"),
            ("Reply-To", "Tallyforge Support <help@tallyforge.com>"),
        ],
        mid_dom="zendesk.com",
    ),
    until=None,
)


# =====================================================================================================
# help-desk agent replies (human): the agent's comment sits UNDER the "reply above this line" marker and the
# help desk's own header (name, date); earlier comments follow.
# =====================================================================================================
def zendesk_agent(
    slug, sender_name, sender_addr, brand, to_key, subject, orig_mid, date, off, ticket, comments, tag, lang="en"
):
    """comments: [(author line, datetime string, [lines])], newest first; the first is the new one."""
    to = P[to_key]
    dt = D(date, off)
    r = rng("zd", slug)
    head = [
        "##- Please type your reply above this line -##",
        "",
        f"Your request ({ticket}) has been updated. To add additional comments, reply to this email.",
        "----------------------------------------------",
        "",
    ]
    plain = list(head)
    html = [
        '<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
        f'<p dir="ltr">Your request ({ticket}) has been updated. To add additional comments, reply to this email.</p>'
        '<div style="margin-top:25px"><table width="100%" cellpadding="0" cellspacing="0" border="0">'
    ]
    for i, (author, stamp, lines) in enumerate(comments):
        if i:
            plain += ["----------------------------------------------", ""]
        plain += [author, "", stamp, "", *lines, ""]
        html.append(
            '<tr><td width="100%" style="padding:15px 0;border-top:1px dotted #c5c5c5"><table width="100%" '
            'cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:0 0 0 10px"><p style="font-size:'
            f'15px;color:#1b1d1e;margin-bottom:0"><strong>{E(author)}</strong></p><p style="font-size:13px;'
            f'color:#bbbbbb;margin-top:0">{E(stamp)}</p><div class="zd-comment" dir="auto" '
            'style="color:#2b2e2f;font-size:14px;line-height:22px;margin:15px 0">'
            + "".join(f"<p>{E(x)}</p>" if x else "" for x in lines)
            + "</div></td></tr></table></td></tr>"
        )
    plain += ["--------------------------------", f"This email is a service from {brand}.", "", f"[{tag}]"]
    html.append(
        f'</table></div><div style="color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid '
        f'#eeeeee">This email is a service from {E(brand)}.</div><span style="color:#FFFFFF" '
        f'aria-hidden="true">[{tag}]</span>'
    )
    b = "--==_mimepart_" + lowhex(r, 13) + "_" + str(r.randrange(10**5, 10**6))
    body = multipart(
        "alternative",
        [
            text_part(J(plain), "text/plain; charset=UTF-8", "utf-8", "quoted-printable"),
            text_part(
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/'
                'xhtml1-strict.dtd">\r\n<html><head><meta http-equiv="Content-Type" content="text/html; charset='
                'utf-8"></head><body style="font-size:14px;font-family:\'Lucida Grande\',Verdana,Arial,sans-serif">'
                + "".join(html)
                + "</body></html>\r\n",
                "text/html; charset=UTF-8",
                "utf-8",
                "quoted-printable",
            ),
        ],
        b,
    )
    mid = f"<{tag.replace('-', '')}_{lowhex(r, 13)}_{lowhex(r, 8)}_sprut@zendesk.com>"
    hs = [
        ("Date", rfcdate(dt)),
        ("From", addr(sender_name, sender_addr, quote=True)),
        ("Reply-To", addr(brand, sender_addr)),
        ("To", addr(to.name, to.email)),
        ("Message-ID", mid),
    ]
    if orig_mid:
        hs += [("In-Reply-To", orig_mid), ("References", orig_mid)]
    hs += [
        ("Subject", ew_subject("", subject)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Zendesk Mailer"),
        ("X-Zendesk-From-Account-Id", lowhex(r, 7)),
        ("X-Zendesk-Email-Id", hexid(r, 26)),
    ]
    new = [x.strip() for x in comments[0][2] if x.strip()]
    return message(hs, body), new


_zd1, _zd1_label = zendesk_agent(
    "zendesk-agent-tallyforge",
    "Megan Cole (Tallyforge)",
    "help@tallyforge.com",
    "Tallyforge Support",
    "hannah",
    "[Tallyforge] Re: Duplicate time entries in weekly timesheet report",
    None,
    "2027-01-27 14:12",
    0,
    88213,
    [
        (
            "Megan Cole (Tallyforge)",
            "Jan 27, 2027, 14:12 GMT",
            L("""
            Hi Hannah,

            Thanks for your patience. The duplicates came from the mobile app sync on 25 January. Our engineers have removed them from your account (312 entries across 9 users) and the weekly timesheet report is correct again.

            If you still see duplicates for anyone, reply with their name and we'll check.

            Megan
            Tallyforge Support
            """),
        ),
        (
            "Hannah Whitcombe",
            "Jan 26, 2027, 09:47 GMT",
            L("""
            Hello,

            Since Monday our weekly timesheet report shows every entry twice for some staff in the London office. The underlying time entries look fine when opened one by one. Could you take a look? We bill from this report on Friday.

            Thanks,
            Hannah Whitcombe
            Quillan Birch Advisory
            """),
        ),
    ],
    "7N4QW2-8KD1R",
)

_zd2, _zd2_label = zendesk_agent(
    "zendesk-agent-kaveri",
    "Ananya Iyer (Kaveri Infotech Support)",
    "support@kaveriinfotech.in",
    "Kaveri Infotech Support",
    "priya",
    "Re: [KaveriDocs] Client upload link expired after 24 hours",
    None,
    "2027-01-28 16:05",
    5.5,
    30417,
    [
        (
            "Ananya Iyer (Kaveri Infotech Support)",
            "Jan 28, 2027, 16:05 GMT+5:30",
            L("""
            Dear Priya,

            Greetings from Kaveri Infotech!

            We have checked the issue. Upload links created before the 26th January release were set to expire after 24 hours instead of 7 days. The fix is deployed now; links created from today will be valid for 7 days as configured.

            For the 14 links already expired, please regenerate them from Clients > Upload requests > Resend. Kindly let us know if you face any further issues.

            Regards,
            Ananya Iyer
            Customer Support | Kaveri Infotech
            """),
        ),
        (
            "Priya Raman",
            "Jan 27, 2027, 15:20 GMT+5:30",
            L("""
            Hi,

            Upload links we send to clients from KaveriDocs are expiring after 24 hours, although the portal settings say 7 days. This started this week. Can you check?

            Priya Raman
            Quillan Birch Advisory
            """),
        ),
    ],
    "Q2VK9P-4LM7T",
)


def zd_custom(raw, label):
    return lambda: (raw, label, "text", False)


LIST_SPECS += [
    dict(
        slug="zendesk-agent-tallyforge", client="zendesk", lang="en", kind="human", custom=zd_custom(_zd1, _zd1_label)
    ),
    dict(slug="zendesk-agent-kaveri", client="zendesk", lang="en", kind="human", custom=zd_custom(_zd2, _zd2_label)),
]


# =====================================================================================================
# bounces
# =====================================================================================================
FIRM_EXO = "LO2P265MB5217.GBRP265.PROD.OUTLOOK.COM"


def exo_ndr(
    slug, sender_key, orig, rcpt, status, diag, remote, date_delta_min, lines_extra, subject_prefix="Undeliverable: "
):
    hs, raw, omid, odt = orig
    who = P[sender_key]
    dt = odt + timedelta(minutes=date_delta_min)
    r = rng("ndr", slug)
    subj = next(v for k, v in hs if k == "Subject")
    local, _dom = rcpt.split("@")
    plain = J(
        [
            f"Your message to {rcpt} couldn't be delivered.",
            *lines_extra,
            "",
            "Original Message Details",
            f"Created Date:    {odt.month}/{odt.day}/{odt.year} {LC.h12(odt)[:-3]}:{odt.second:02d} {LC.h12(odt)[-2:]}",
            f"Sender Address:    {who.email}",
            f"Recipient Address:    {rcpt}",
            f"Subject:    {subj}",
            "",
            "Error Details",
            f"Error:    {diag}",
            f"Message rejected by:    {remote}",
            "",
            "Notification Details",
            f"Sent by:    {FIRM_EXO}",
            "",
            "Diagnostic information for administrators:",
            "",
            "Generating server: " + FIRM_EXO,
            "",
            rcpt,
            f"Remote server returned '{diag}'",
        ]
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
        f'<p style="font-size:17pt">Your message to {E(rcpt)} couldn\'t be delivered.</p>'
        + "".join(f"<p>{E(x)}</p>" for x in lines_extra)
        + f"<p><b>Error:</b> {E(diag)}</p><p>Message rejected by: {E(remote)}</p></body></html>"
    )
    mid = f"<{hexid(r, 32)}@{FIRM_EXO}>"
    local_m, dom_m = mid[1:-1].split("@")
    b1 = f"_000_{local_m[:40]}{dom_m[:10]}_"
    b2 = f"_001_{local_m[:40]}{dom_m[:10]}_"
    dsn = (
        f"Reporting-MTA: dns;{FIRM_EXO}\nReceived-From-MTA: dns;{FIRM_EXO}\nArrival-Date: {rfcdate(odt)}\n\n"
        f"Final-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: {status}\nDiagnostic-Code: smtp;{diag}\n"
        f"Remote-MTA: dns;{remote}\nX-Display-Name: {local}\n"
    )
    alt = multipart(
        "alternative",
        [
            text_part(plain, 'text/plain; charset="us-ascii"', "us-ascii", "quoted-printable"),
            text_part(html, 'text/html; charset="us-ascii"', "us-ascii", "quoted-printable"),
        ],
        b2,
    )
    body = multipart(
        "report",
        [alt, dsn_part(dsn), rfc822_part(raw)],
        b1,
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b1}"',
    )
    out_hs = [
        ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@quillanbirch.com>"),
        ("To", addr(who.name, who.email)),
        ("Date", rfcdate(dt)),
        ("Message-ID", mid),
        ("In-Reply-To", omid),
        ("References", omid),
        ("Subject", ew_subject(subject_prefix, subj)),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-PublicTrafficType", "Email"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("MIME-Version", "1.0"),
    ]
    return message(out_hs, body), omid


o = firm_original(
    "tom",
    [("Wattle Ridge Accounts Payable", "ap@wattleridge.com.au")],
    "Quillan Birch - invoice QB-2027-0142 (Wattle Ridge Wines)",
    "2027-01-27 16:20",
    """
    Dear Accounts team,

    Please find attached our invoice QB-2027-0142 for the heads of terms review. Payment terms are 30 days.
    """,
    "ndr-exo-5110",
)
raw, omid = exo_ndr(
    "bounce-exo-recipient-not-found",
    "tom",
    o,
    "ap@wattleridge.com.au",
    "5.1.10",
    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ap@wattleridge.com.au not found by SMTP address lookup",
    "SY4PR01MB6144.ausprd01.prod.outlook.com",
    1,
    [
        "ap wasn't found at wattleridge.com.au.",
        "",
        "How to Fix It",
        "The address may be misspelled or may not exist. Try one or more of the following:",
        "Retype the recipient's address, then resend the message.",
        "If you're using Autocomplete, delete the entry and type the address again.",
    ],
)
add(
    "bounce-exo-recipient-not-found",
    "exchange",
    "en",
    "bounce",
    raw,
    bounce={
        "permanent": True,
        "recipients": [{"address": "ap@wattleridge.com.au", "status": "5.1.10", "permanent": True}],
        "original_message_id": omid,
    },
)

o = firm_original(
    "tom",
    [("Whitford Lane LLP", "heron@whitfordlane.co")],
    "Project Heron - pension information: minimum requirements",
    "2027-01-29 15:10",
    """
    Dear Sirs,

    Further to your email to Pine Hollow Capital of 28 January, we set out below the minimum pension information our client requires before the management session.
    """,
    "ndr-exo-54310",
    cc=[("Mark Delaney", "mdelaney@pinehollowcap.com"), ("Rachel Sato", "rsato@pinehollowcap.com")],
)
raw, omid = exo_ndr(
    "bounce-exo-dns-domain",
    "tom",
    o,
    "heron@whitfordlane.co",
    "5.4.310",
    "550 5.4.310 DNS domain whitfordlane.co does not exist [Message=InfoDomainNonexistent] "
    "[LastAttemptedServerName=whitfordlane.co] [LO2P265MB5217.GBRP265.PROD.OUTLOOK.COM]",
    "LO2P265MB5217.GBRP265.PROD.OUTLOOK.COM",
    0,
    [
        "The domain whitfordlane.co doesn't exist. It could be a typo, or the domain might not be set up.",
        "",
        "How to Fix It",
        "Check the spelling of the domain, then resend the message.",
    ],
)
add(
    "bounce-exo-dns-domain",
    "exchange",
    "en",
    "bounce",
    raw,
    bounce={
        "permanent": True,
        "recipients": [{"address": "heron@whitfordlane.co", "status": "5.4.310", "permanent": True}],
        "original_message_id": omid,
    },
)


def exo_delay(slug, sender_key, orig, rcpt, hours):
    hs, _raw, omid, odt = orig
    who = P[sender_key]
    dt = odt + timedelta(hours=hours, minutes=2)
    r = rng("dly", slug)
    subj = next(v for k, v in hs if k == "Subject")
    plain = J(
        [
            "Delivery is delayed to these recipients or groups:",
            "",
            rcpt,
            "",
            f"Subject: {subj}",
            "",
            "This message hasn't been delivered yet. Delivery will continue to be attempted.",
            "",
            "The server will keep trying to deliver this message for the next 1 days, 19 hours and 57 minutes. You'll be "
            "notified if the message can't be delivered by that time.",
            "",
            "",
            "",
            "",
            "Diagnostic information for administrators:",
            "",
            f"Generating server: {FIRM_EXO}",
            "",
            "Receiving server: mail.karoosolar.co.za",
            "",
            rcpt,
            "Remote server returned '451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection "
            "dropped due to SocketError'",
            "Original message headers:",
            "",
        ]
    ) + header_block(hs).replace("\r\n", "\n")
    mid = f"<{hexid(r, 32)}@{FIRM_EXO}>"
    b1 = f"_000_{mid[1:33]}_"
    dsn = (
        f"Reporting-MTA: dns;{FIRM_EXO}\nReceived-From-MTA: dns;{FIRM_EXO}\nArrival-Date: {rfcdate(odt)}\n\n"
        f"Final-Recipient: rfc822;{rcpt}\nAction: delayed\nStatus: 4.4.7\n"
        f"Diagnostic-Code: smtp;451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped "
        f"due to SocketError\nRemote-MTA: dns;mail.karoosolar.co.za\nWill-Retry-Until: "
        f"{rfcdate(odt + timedelta(days=2))}\nX-Display-Name: {P['pieter'].name}\n"
    )
    body = multipart(
        "report",
        [
            text_part(plain, 'text/plain; charset="us-ascii"', "us-ascii", "quoted-printable"),
            dsn_part(dsn),
            headers_part(hs),
        ],
        b1,
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b1}"',
    )
    out_hs = [
        ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@quillanbirch.com>"),
        ("To", addr(who.name, who.email)),
        ("Date", rfcdate(dt)),
        ("Message-ID", mid),
        ("In-Reply-To", omid),
        ("References", omid),
        ("Subject", ew_subject("Delivery delayed: ", subj)),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    return message(out_hs, body), omid


o = firm_original(
    "tom",
    [("Pieter van der Merwe", "pieter.vdm@karoosolar.co.za")],
    "Karoo Solar - hail incident report",
    "2027-01-29 06:40",
    """
    Pieter,

    Thanks for the numbers yesterday. Could you send the SCADA report and the insurance claim for the November hail when you get a moment?
    """,
    "dly-exo",
)
raw, omid = exo_delay("bounce-exo-delayed", "tom", o, "pieter.vdm@karoosolar.co.za", 4)
add(
    "bounce-exo-delayed",
    "exchange",
    "en",
    "bounce",
    raw,
    bounce={
        "permanent": False,
        "recipients": [{"address": "pieter.vdm@karoosolar.co.za", "status": "4.4.7", "permanent": False}],
        "original_message_id": omid,
    },
)


def postfix_bounce(slug, host, orig, failures, date_delta_min, delayed=False, attach="message", text_top=None):
    """failures: [(original_recipient, final_recipient, status, diag, remote)]"""
    hs, raw, omid, odt = orig
    dt = odt + timedelta(minutes=date_delta_min)
    r = rng("pf", slug)
    qid = hexid(r, 11)
    fz = LC.to_zone(dt, 1)
    if delayed:
        top = text_top or [
            f"This is the mail system at host {host}.",
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
        subject = "Delayed Mail (still being retried)"
    else:
        top = text_top or [
            f"This is the mail system at host {host}.",
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
        subject = "Undelivered Mail Returned to Sender"
    for orcpt, final, _status, diag, _remote in failures:
        shown = f"<{final}> (expanded from <{orcpt}>)" if orcpt != final else f"<{final}>"
        top.append(f"{shown}: {diag}")
        top.append("")
    dsn = (
        f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {orig_from(hs)}\n"
        f"Arrival-Date: {rfcdate(LC.to_zone(odt, 1))}\n"
    )
    for orcpt, final, status, diag, remote in failures:
        dsn += f"\nFinal-Recipient: rfc822; {final}\n"
        if orcpt != final:
            dsn += f"Original-Recipient: rfc822;{orcpt}\n"
        dsn += f"Action: {'delayed' if delayed else 'failed'}\nStatus: {status}\n"
        if remote:
            dsn += f"Remote-MTA: dns; {remote}\nDiagnostic-Code: smtp; {diag.split('said: ')[-1].rstrip(')')}\n"
        if delayed:
            dsn += f"Will-Retry-Until: {rfcdate(LC.to_zone(odt + timedelta(days=5), 1))}\n"
    b = f"{qid}.{r.randrange(1769000000, 1771000000)}/{host}"
    parts = [
        Part(
            [("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
            J(top).replace("\n", "\r\n"),
        ),
        Part(
            [("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
            dsn.replace("\n", "\r\n"),
        ),
    ]
    if attach == "message":
        parts.append(Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], raw))
    else:
        parts.append(
            Part(
                [("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                header_block(hs),
            )
        )
    body = multipart(
        "report",
        parts,
        b,
        preamble="This is a MIME-encapsulated message.",
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"',
    )
    to = next(v for k, v in hs if k == "From")
    out_hs = [
        ("Return-Path", "<>"),
        ("Received", f"by {host} (Postfix)\r\n\tid {qid}; {rfcdate(fz)}"),
        ("Date", rfcdate(fz)),
        ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
        ("Subject", subject),
        ("To", to),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", f"<{r.randrange(10**13, 10**14)}.{qid}@{host}>"),
    ]
    return message(out_hs, body), omid


o = firm_original(
    "elodie",
    [("Fiduciaire Collard - Comptabilité", "comptabilite@collard-fidu.be")],
    "Brasserie Vandenbroucke - balance définitive au 31/12/2026",
    "2027-01-29 14:05",
    """
    Bonjour,

    Pourriez-vous nous transmettre la balance définitive dès qu'elle sera disponible ?

    Bien à vous,
    """,
    "pf-alias",
)
raw, omid = postfix_bounce(
    "bounce-postfix-alias",
    "mail.collard-fidu.be",
    o,
    [
        (
            "comptabilite@collard-fidu.be",
            "m.dethier@collard-fidu.be",
            "5.1.1",
            "host mbox.collard-fidu.be[10.20.0.12] said: 550 5.1.1 <m.dethier@collard-fidu.be>: Recipient address "
            "rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
            "mbox.collard-fidu.be",
        )
    ],
    1,
)
add(
    "bounce-postfix-alias",
    "postfix",
    "en",
    "bounce",
    raw,
    bounce={
        "permanent": True,
        "recipients": [{"address": "comptabilite@collard-fidu.be", "status": "5.1.1", "permanent": True}],
        "original_message_id": omid,
    },
)

o = firm_original(
    "marta",
    [("Wisła Components - Biuro", "biuro@wisla-components.pl")],
    "Wisła Components - dokumentacja cen transferowych 2026",
    "2027-01-28 09:30",
    """
    Dzień dobry,

    w załączniku przesyłam projekt dokumentacji do weryfikacji.
    """,
    "pf-delay",
)
raw, omid = postfix_bounce(
    "bounce-postfix-delayed",
    "relay.wisla-components.pl",
    o,
    [
        (
            "biuro@wisla-components.pl",
            "biuro@wisla-components.pl",
            "4.4.1",
            "connect to mx.wisla-components.pl[185.44.112.9]:25: Connection timed out",
            None,
        )
    ],
    245,
    delayed=True,
    attach="headers",
)
add(
    "bounce-postfix-delayed",
    "postfix",
    "en",
    "bounce",
    raw,
    bounce={
        "permanent": False,
        "recipients": [{"address": "biuro@wisla-components.pl", "status": "4.4.1", "permanent": False}],
        "original_message_id": omid,
    },
)

o = firm_original(
    "ciaran",
    [
        ("Board of Ballymore Dairies", "board@ballymoredairies.ie"),
        ("Liam O'Keeffe", "liam.okeeffe@ballymoredairies.ie"),
    ],
    "Ballymore Dairies - revised note 14",
    "2027-01-26 10:00",
    """
    Dear all,

    The revised note 14 is attached, following Pádraig's comments.
    """,
    "pf-two",
)
raw, omid = postfix_bounce(
    "bounce-postfix-two-permanent",
    "mail.ballymoredairies.ie",
    o,
    [
        (
            "board@ballymoredairies.ie",
            "board@ballymoredairies.ie",
            "5.7.1",
            "host 127.0.0.1[127.0.0.1] said: 550 5.7.1 <board@ballymoredairies.ie>: Recipient address rejected: only "
            "members of the board may post to this address (in reply to RCPT TO command)",
            "127.0.0.1",
        ),
        (
            "liam.okeeffe@ballymoredairies.ie",
            "liam.okeeffe@ballymoredairies.ie",
            "5.1.1",
            "host 127.0.0.1[127.0.0.1] said: 550 5.1.1 <liam.okeeffe@ballymoredairies.ie>: Recipient address rejected: "
            "User unknown in local recipient table (in reply to RCPT TO command)",
            "127.0.0.1",
        ),
    ],
    1,
)
add(
    "bounce-postfix-two-permanent",
    "postfix",
    "en",
    "bounce",
    raw,
    bounce={
        "permanent": True,
        "recipients": [
            {"address": "board@ballymoredairies.ie", "status": "5.7.1", "permanent": True},
            {"address": "liam.okeeffe@ballymoredairies.ie", "status": "5.1.1", "permanent": True},
        ],
        "original_message_id": omid,
    },
)


def exim_bounce(slug, host, orig, rcpt, smtp_text, date_delta_min):
    hs, raw, omid, odt = orig
    dt = odt + timedelta(minutes=date_delta_min)
    r = rng("ex", slug)
    msgid = f"1t{lowhex(r, 4)}-00{hexid(r, 4)}-{lowhex(r, 2).upper()}"
    text = J(
        [
            "This message was created automatically by mail delivery software.",
            "",
            "A message that you sent could not be delivered to one or more of its",
            "recipients. This is a permanent error. The following address(es) failed:",
            "",
            f"  {rcpt}",
            f"    host mail.{rcpt.split('@')[1]} [{r.randrange(80, 200)}.{r.randrange(1, 254)}.{r.randrange(1, 254)}.{r.randrange(1, 254)}]",
            f"    SMTP error from remote mail server after RCPT TO:<{rcpt}>:",
            f"    {smtp_text}",
            "",
            "------ This is a copy of the message, including all the headers. ------",
            "",
        ]
    ) + raw.decode("ascii").replace("\r\n", "\n")
    to = next(v for k, v in hs if k == "From")
    out_hs = [
        ("Return-path", "<>"),
        (
            "Received",
            f"from mail by {host} with local (Exim 4.97.1)\r\n\tid {msgid}\r\n\tfor {P['ciaran'].email}; {rfcdate(dt)}",
        ),
        ("X-Failed-Recipients", rcpt),
        ("Auto-Submitted", "auto-replied"),
        ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"),
        ("To", to),
        ("References", omid),
        ("Content-Type", "text/plain; charset=us-ascii"),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", f"<E{msgid}@{host}>"),
        ("Date", rfcdate(dt)),
    ]
    return ("".join(f"{k}: {v}\r\n" for k, v in out_hs) + "\r\n").encode() + text.replace("\n", "\r\n").encode(), omid


o = firm_original(
    "ciaran",
    [("Ballymore Dairies Milk Accounts", "milkaccounts@ballymoredairy.ie")],
    "Ballymore Dairies - supplier list for the supplementary payment",
    "2027-01-26 11:30",
    """
    Hi,

    Could you send us the list of suppliers who were in the scheme for the full year to 30 September 2026?
    """,
    "exim-nocode",
)
raw, omid = exim_bounce(
    "bounce-exim-no-enhanced-code",
    "cpanel07.irishhost.ie",
    o,
    "milkaccounts@ballymoredairy.ie",
    "550 No Such User Here",
    0,
)
add(
    "bounce-exim-no-enhanced-code",
    "exim",
    "en",
    "bounce",
    raw,
    bounce={
        "permanent": True,
        "recipients": [{"address": "milkaccounts@ballymoredairy.ie", "permanent": True}],
        "original_message_id": omid,
    },
)


def qmail_bounce(slug, host, orig, rcpt, reason, date_delta_min):
    hs, raw, omid, odt = orig
    dt = odt + timedelta(minutes=date_delta_min)
    r = rng("qm", slug)
    text = J(
        [
            f"Hi. This is the qmail-send program at {host}.",
            "I'm afraid I wasn't able to deliver your message to the following addresses.",
            "This is a permanent error; I've given up. Sorry it didn't work out.",
            "",
            f"<{rcpt}>:",
            reason,
            "",
            "--- Below this line is a copy of the message.",
            "",
        ]
    ) + raw.decode("ascii").replace("\r\n", "\n")
    to = next(v for k, v in hs if k == "From")
    head = [
        ("Return-Path", "<>"),
        ("Received", f"(qmail {r.randrange(10000, 99999)} invoked for bounce); {rfcdate(dt)}"),
        ("Date", rfcdate(dt)),
        ("From", f"MAILER-DAEMON@{host}"),
        ("To", to),
        ("Subject", "failure notice"),
    ]
    return ("".join(f"{k}: {v}\r\n" for k, v in head) + "\r\n").encode() + text.replace("\n", "\r\n").encode(), omid


o = firm_original(
    "tom",
    [("Karoo Solar Accounts", "accounts@karoosolar.co.za")],
    "Karoo Solar - fee note January 2027",
    "2027-01-29 09:00",
    """
    Dear Accounts team,

    Please find attached our fee note for the Series B model review.
    """,
    "qmail",
)
raw, omid = qmail_bounce(
    "bounce-qmail-no-mailbox",
    "mail.karoosolar.co.za",
    o,
    "accounts@karoosolar.co.za",
    "Sorry, no mailbox here by that name. (#5.1.1)",
    0,
)
add(
    "bounce-qmail-no-mailbox",
    "qmail",
    "en",
    "bounce",
    raw,
    bounce={
        "permanent": True,
        "recipients": [{"address": "accounts@karoosolar.co.za", "status": "5.1.1", "permanent": True}],
        "original_message_id": omid,
    },
)


def sendmail_dsn(slug, host, orig, failures, date_delta_min, warning=False):
    hs, raw, omid, odt = orig
    dt = LC.to_zone(odt + timedelta(minutes=date_delta_min), -6)
    r = rng("sm", slug)
    qid = f"{lowhex(r, 2).upper()}Q{r.randrange(10, 99)}{lowhex(r, 6)}{r.randrange(100000, 999999)}"
    if warning:
        subject = "Warning: could not send message for past 4 hours"
        top = [
            "    **********************************************",
            "    **      THIS IS A WARNING MESSAGE ONLY      **",
            "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **",
            "    **********************************************",
            "",
            "The original message was received at " + rfcdate(LC.to_zone(odt, -6)),
            "from mail-lo4gbr01on2117.outbound.protection.outlook.com [40.107.138.117]",
            "",
            "   ----- Transcript of session follows -----",
        ]
        for a, _st, d in failures:
            top += [
                f"<{a}>... {d}",
                "Warning: message still undelivered after 4 hours",
                "Will keep trying until message is 5 days old",
            ]
    else:
        subject = "Returned mail: see transcript for details"
        top = [
            "The original message was received at " + rfcdate(LC.to_zone(odt, -6)),
            "from mail-lo4gbr01on2117.outbound.protection.outlook.com [40.107.138.117]",
            "",
            "   ----- The following addresses had permanent fatal errors -----",
        ]
        top += [f"<{a}>" for a, st, d in failures]
        top += ["    (reason: " + failures[0][2] + ")", "", "   ----- Transcript of session follows -----"]
        for a, st, d in failures:
            top += [
                f"... while talking to mx1.{a.split('@')[1]}.:",
                ">>> DATA",
                f"<<< {d}",
                f"{st[0]}50 {a}... {d.split(' ', 2)[-1]}",
            ]
    dsn = (
        f"Reporting-MTA: dns; {host}\nReceived-From-MTA: DNS; mail-lo4gbr01on2117.outbound.protection.outlook.com\n"
        f"Arrival-Date: {rfcdate(LC.to_zone(odt, -6))}\n"
    )
    for a, st, d in failures:
        dsn += (
            f"\nFinal-Recipient: RFC822; {a}\nAction: {'delayed' if warning else 'failed'}\nStatus: {st}\n"
            f"Remote-MTA: DNS; mx1.{a.split('@')[1]}\nDiagnostic-Code: SMTP; {d}\nLast-Attempt-Date: {rfcdate(dt)}\n"
        )
        if warning:
            dsn += f"Will-Retry-Until: {rfcdate(LC.to_zone(odt + timedelta(days=5), -6))}\n"
    b = f"{qid}.{r.randrange(1769000000, 1771000000)}/{host}"
    parts = [
        Part([], J(top).replace("\n", "\r\n")),
        Part([("Content-Type", "message/delivery-status")], dsn.replace("\n", "\r\n")),
        Part(
            [("Content-Type", "message/rfc822")] if not warning else [("Content-Type", "text/rfc822-headers")],
            raw if not warning else header_block(hs),
        ),
    ]
    body = multipart(
        "report",
        parts,
        b,
        preamble="This is a MIME-encapsulated message",
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"',
    )
    to = next(v for k, v in hs if k == "From")
    out_hs = [
        ("Return-Path", "<>"),
        ("Received", f"from localhost (localhost)\r\n\tby {host} (8.17.2/8.17.2) id {qid};\r\n\t{rfcdate(dt)}"),
        ("Date", rfcdate(dt)),
        ("From", f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"),
        ("Message-Id", f"<{dt.year}{dt.month:02d}{dt.day:02d}{dt.hour:02d}{dt.minute:02d}.{qid}@{host}>"),
        ("To", to),
        ("MIME-Version", "1.0"),
        ("Subject", subject),
        ("Auto-Submitted", "auto-generated (failure)"),
    ]
    return message(out_hs, body), omid


o = firm_original(
    "priya",
    [("Tessaract Payroll", "payroll@tessaract-robotics.com"), ("Ravi Menon", "rmenon@tessaract-robotics.com")],
    "Tessaract UK Ltd - February payroll calendar",
    "2027-01-28 10:00",
    """
    Hello,

    Please find below the February payroll calendar. Input deadline is Tuesday 23 February.
    """,
    "sm-two",
)
raw, omid = sendmail_dsn(
    "bounce-sendmail-two",
    "mail.tessaract-robotics.com",
    o,
    [
        ("payroll@tessaract-robotics.com", "5.1.1", "550 5.1.1 User unknown"),
        ("rmenon@tessaract-robotics.com", "5.2.2", "552 5.2.2 Mailbox full"),
    ],
    3,
)
add(
    "bounce-sendmail-two",
    "sendmail",
    "en",
    "bounce",
    raw,
    bounce={
        "permanent": True,
        "recipients": [
            {"address": "payroll@tessaract-robotics.com", "status": "5.1.1", "permanent": True},
            {"address": "rmenon@tessaract-robotics.com", "status": "5.2.2", "permanent": True},
        ],
        "original_message_id": omid,
    },
)

o = firm_original(
    "ciaran",
    [("Cheryl MacLeod", "cmacleod@lakeshoretimber.ca")],
    "Lakeshore Timber - master file: draft functional analysis",
    "2027-01-29 13:00",
    """
    Cheryl,

    Draft functional analysis attached for your comments.
    """,
    "sm-warn",
)
raw, omid = sendmail_dsn(
    "bounce-sendmail-warning",
    "gw2.lakeshoretimber.ca",
    o,
    [("cmacleod@lakeshoretimber.ca", "4.4.1", "451 4.4.1 reply: read error from mx1.lakeshoretimber.ca.")],
    242,
    warning=True,
)
add(
    "bounce-sendmail-warning",
    "sendmail",
    "en",
    "bounce",
    raw,
    bounce={
        "permanent": False,
        "recipients": [{"address": "cmacleod@lakeshoretimber.ca", "status": "4.4.1", "permanent": False}],
        "original_message_id": omid,
    },
)


def gmail_bounce(slug, orig, rcpt, date_delta_min):
    hs, raw, omid, odt = orig
    dt = odt + timedelta(minutes=date_delta_min)
    r = rng("gb", slug)
    b = "000000000000" + lowhex(r, 14)
    b2 = "000000000000" + lowhex(r, 14)
    plain = J(
        [
            "",
            "** Address not found **",
            "",
            f"Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to "
            "receive mail.",
            "",
            "Learn more here: https://support.google.com/mail/?p=NoSuchUser",
            "",
            "The response was:",
            "",
            f"The email account that you tried to reach does not exist. Please try double-checking the recipient's "
            f"email address for typos or unnecessary spaces. For more information, go to  "
            f"https://support.google.com/mail/?p=NoSuchUser {lowhex(r, 16)}.{r.randrange(10, 99)} - gsmtp",
        ]
    )
    html = (
        "<html><head></head><body><h2>Address not found</h2><p>Your message wasn't delivered to <b>"
        f"{E(rcpt)}</b> because the address couldn't be found, or is unable to receive mail.</p>"
        "<p>The response from the remote server was:</p><p>550 5.1.1 The email account that you tried to reach "
        "does not exist.</p></body></html>"
    )
    dsn = (
        f"Reporting-MTA: dns; googlemail.com\nArrival-Date: {rfcdate(odt)}\n\nFinal-Recipient: rfc822; {rcpt}\n"
        "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.102.27, the server "
        "for the domain gmail.com.)\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach "
        "does not exist.\nLast-Attempt-Date: " + rfcdate(dt) + "\n"
    )
    body = multipart(
        "report",
        [
            multipart(
                "related",
                [
                    multipart(
                        "alternative",
                        [
                            text_part(plain, 'text/plain; charset="UTF-8"', "utf-8", "quoted-printable"),
                            text_part(html, 'text/html; charset="UTF-8"', "utf-8", "quoted-printable"),
                        ],
                        b2,
                    )
                ],
                b2 + "r",
            ),
            dsn_part(dsn),
            rfc822_part(raw),
        ],
        b,
        ct=f'multipart/report; boundary="{b}"; report-type=delivery-status',
    )
    to = next(v for k, v in hs if k == "From")
    out_hs = [
        ("Return-Path", "<>"),
        (
            "Received",
            f"by 2002:a05:7300:{lowhex(r, 4)}:b0:{lowhex(r, 3)}:{lowhex(r, 4)}"
            f" with SMTP id {lowhex(r, 10)};\r\n\t{rfcdate(dt)}",
        ),
        ("Date", rfcdate(dt)),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", to),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", omid),
        ("In-Reply-To", omid),
        ("X-Failed-Recipients", rcpt),
        ("Message-ID", f"<{lowhex(r, 12)}.{lowhex(r, 8)}.{r.randrange(10**5, 10**6)}.GMR@mx.google.com>"),
        ("MIME-Version", "1.0"),
    ]
    return message(out_hs, body), omid


o = firm_original(
    "rui",
    [("João Ribeiro", "joao.riberio.tf@gmail.com")],
    "Tavares & Filhos - faturas do 3.º e 4.º trimestres",
    "2027-01-30 10:00",
    """
    Caro João,

    Pode enviar-nos as faturas do 3.º e 4.º trimestres quando estiverem conferidas?
    """,
    "gmail-bounce",
)
raw, omid = gmail_bounce("bounce-gmail-typo", o, "joao.riberio.tf@gmail.com", 0)
add(
    "bounce-gmail-typo",
    "gmail",
    "en",
    "bounce",
    raw,
    bounce={
        "permanent": True,
        "recipients": [{"address": "joao.riberio.tf@gmail.com", "status": "5.1.1", "permanent": True}],
        "original_message_id": omid,
    },
)


def exchange_onprem_pt(slug, orig, rcpt, date_delta_min):
    """Exchange Server 2019 NDR in Portuguese (the recipient's server speaks the recipient's language)."""
    hs, _raw, omid, odt = orig
    dt = odt + timedelta(minutes=date_delta_min)
    r = rng("pt", slug)
    host = "TFPOR-EXCH01.tavaresfilhos.local"
    subj = next(v for k, v in hs if k == "Subject")
    plain = J(
        [
            "Não foi possível entregar a mensagem a estes destinatários ou grupos:",
            "",
            rcpt,
            "",
            "O endereço de e-mail introduzido não foi encontrado. Verifique o endereço de e-mail do destinatário e "
            "tente reenviar a mensagem. Se o problema persistir, contacte o seu suporte técnico.",
            "",
            "",
            "",
            "Informações de diagnóstico para os administradores:",
            "",
            f"Servidor gerador: {host}",
            "",
            rcpt,
            "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
            "",
            "Cabeçalhos originais da mensagem:",
            "",
        ]
    ) + header_block(hs).replace("\r\n", "\n")
    b = f"_000_{hexid(r, 24)}TFPOREXCH01tavaresfil_"
    dsn = (
        f"Reporting-MTA: dns;{host}\nReceived-From-MTA: dns;mx.tavaresfilhos.pt\nArrival-Date: {rfcdate(odt)}\n\n"
        f"Original-Recipient: rfc822;{rcpt}\nFinal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n"
    )
    body = multipart(
        "report",
        [
            text_part(plain, 'text/plain; charset="iso-8859-1"', "iso-8859-1", "quoted-printable"),
            dsn_part(dsn),
            headers_part(hs),
        ],
        b,
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"',
    )
    to = next(v for k, v in hs if k == "From")
    out_hs = [
        ("From", "postmaster@tavaresfilhos.pt"),
        ("To", to),
        ("Date", rfcdate(dt)),
        ("Subject", ew_subject("", "Não é possível entregar: " + subj, "iso-8859-1")),
        ("Message-ID", f"<{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 12)}@{host}>"),
        ("In-Reply-To", omid),
        ("References", omid),
        ("Auto-Submitted", "auto-replied"),
        ("Content-Language", "pt-PT"),
        ("MIME-Version", "1.0"),
    ]
    return message(out_hs, body), omid


o = firm_original(
    "rui",
    [("Paulo Ferreira", "p.ferreira@tavaresfilhos.pt")],
    "Tavares & Filhos - contrato de serviços de gestão",
    "2027-01-27 09:15",
    """
    Caro Dr. Paulo Ferreira,

    A Dra. Ana Tavares indicou-nos que acompanhou a negociação do contrato de serviços de gestão em 2023.
    """,
    "pt-onprem",
)
raw, omid = exchange_onprem_pt("bounce-exchange-onprem-pt", o, "p.ferreira@tavaresfilhos.pt", 0)
add(
    "bounce-exchange-onprem-pt",
    "exchange",
    "pt",
    "bounce",
    raw,
    bounce={
        "permanent": True,
        "recipients": [{"address": "p.ferreira@tavaresfilhos.pt", "status": "5.1.1", "permanent": True}],
        "original_message_id": omid,
    },
)


# =====================================================================================================
# complaints (ARF)
# =====================================================================================================
def arf(
    slug,
    from_hdr,
    to_addr,
    subject,
    date,
    feedback_type,
    user_agent,
    orig,
    extra_fields,
    human_text,
    source_ip="40.107.138.117",
):
    hs, raw, _omid, odt = orig
    dt = D(date, 0)
    r = rng("arf", slug)
    b = f"----=_Part_{r.randrange(10**5, 10**6)}_{r.randrange(10**8, 10**9)}.{r.randrange(10**12, 10**13)}"
    fb = (
        f"Feedback-Type: {feedback_type}\nUser-Agent: {user_agent}\nVersion: 1\n"
        + "".join(f"{k}: {v}\n" for k, v in extra_fields)
        + f"Source-IP: {source_ip}\nArrival-Date: {rfcdate(odt)}\nOriginal-Mail-From: <{orig_from(hs)}>\n"
    )
    parts = [
        text_part(J(human_text), "text/plain; charset=us-ascii", "us-ascii", "7bit"),
        Part([("Content-Type", "message/feedback-report")], fb.replace("\n", "\r\n")),
        rfc822_part(raw),
    ]
    body = multipart("report", parts, b, ct=f'multipart/report; report-type=feedback-report;\r\n\tboundary="{b}"')
    out_hs = [
        ("From", from_hdr),
        ("To", to_addr),
        ("Subject", subject),
        ("Date", rfcdate(dt)),
        (
            "Message-ID",
            f"<{r.randrange(10**9, 10**10)}.{r.randrange(10**5, 10**6)}@{from_hdr.split('@')[1].rstrip('>')}>",
        ),
        ("MIME-Version", "1.0"),
    ]
    return message(out_hs, body)


o = firm_original(
    "hannah",
    [("maureen.keogh@yahoo.co.uk", "maureen.keogh@yahoo.co.uk")],
    "Quillan Birch Tax Update - January 2027",
    "2027-01-28 07:30",
    """
    Dear clients and friends,

    Our January update covers the end of the furnished holiday lettings regime, business asset disposal relief and the Irish Finance Act 2026.
    """,
    "arf-yahoo",
)
add(
    "complaint-arf-yahoo",
    "arf",
    "en",
    "complaint",
    arf(
        "complaint-arf-yahoo",
        "Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>",
        "postmaster@quillanbirch.com",
        "FW: Quillan Birch Tax Update - January 2027",
        "2027-01-28 19:05",
        "abuse",
        "Yahoo!-Mail-Feedback/2.0",
        o,
        [
            ("Original-Rcpt-To", "maureen.keogh@yahoo.co.uk"),
            ("Reported-Domain", "quillanbirch.com"),
            ("Authentication-Results", "mta1234.mail.ir2.yahoo.com header.from=quillanbirch.com; dkim=pass (ok)"),
        ],
        ["This is an email abuse report for an email message from quillanbirch.com on " + rfcdate(o[3])],
    ),
)

o = firm_original(
    "sofia",
    [("Per Sandberg", "per.sandberg@nordmail.se")],
    "Quillan Birch - Nordic newsletter, February 2027",
    "2027-01-29 08:00",
    """
    Hej,

    Här kommer vårt nyhetsbrev för februari: nya regler för ränteavdrag i Storbritannien och Irland.
    """,
    "arf-nordmail",
)
add(
    "complaint-arf-isp-sv",
    "arf",
    "en",
    "complaint",
    arf(
        "complaint-arf-isp-sv",
        "NordMail FBL <fbl@fbl.nordmail.se>",
        "abuse@quillanbirch.com",
        "Abuse report: spam complaint from a NordMail user",
        "2027-01-29 21:40",
        "abuse",
        "NordMail-FBL/2.1",
        o,
        [
            ("Original-Rcpt-To", "per.sandberg@nordmail.se"),
            ("Reported-Domain", "quillanbirch.com"),
            ("Reporting-MTA", "dns; mx3.nordmail.se"),
        ],
        [
            "This is an automated abuse report generated by NordMail.",
            "",
            "A NordMail user marked the attached message as spam. Please remove the recipient from your mailing list.",
            "To stop receiving these reports, contact fbl-admin@nordmail.se.",
        ],
    ),
)
