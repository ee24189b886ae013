"""Automatic replies, bounces, complaints and a newsletter for blind16.

Each answers a message the firm really sent in this set (a mail-merge copy to a given reader, or a thread message),
so that In-Reply-To, References, the returned headers and original_message_id point at its Message-ID.
"""

import people16 as pp
from clients16 import esc, own_html, seed
from loc16 import at
from mime12 import L, Part, addr, addrlist, ew, multipart, rfcdate, text_part, thread_index
from mime16 import hexs, pick_cs, rng
from people16 import FIRM_DOMAIN, MT, P

FIRM_GW = "mxgw02.valcourt-ashby.com"


def later(d, minutes, sec=None):
    from datetime import timedelta

    out = d + timedelta(minutes=minutes)
    if sec is not None:
        out = out.replace(second=sec)
    return out


def subj_hdr(s):
    return ew(s) if any(ord(c) > 127 for c in s) else s


def received_gw(when, host, r):
    t = at(when, 0)
    return (
        f"from {host}\r\n\tby {FIRM_GW} (Valcourt Ashby mail gateway) with ESMTPS id {hexs(r, 12)}\r\n\t; {rfcdate(t)}"
    )


class Orig:
    """A message the firm sent, as one recipient received it."""

    def __init__(self, ctx, key, reader):
        self.ctx = ctx
        self.node = ctx.node(key)
        self.reader = reader
        self.mid = ctx.mid(key, reader if self.node.get("merge") else None)
        self.subject = ctx.subject(key)
        self.when = ctx.when(self.node)
        self.frm = self.node["frm"]
        self.key = key

    def seen_subject(self):
        return self.ctx.seen_subject(self.key, self.reader)

    def header_lines(self):
        n = self.node
        to = [self.reader] if n.get("merge") else self.ctx.to_of(n)
        hs = [
            ("From", addr(self.frm.shown, self.frm.email)),
            ("To", addrlist([addr(p.shown, p.email) for p in to])),
        ]
        if n.get("cc"):
            hs.append(("Cc", addrlist([addr(p.shown, p.email) for p in n["cc"]])))
        hs += [
            ("Subject", subj_hdr(self.subject)),
            ("Thread-Topic", subj_hdr(self.subject)),
            ("Thread-Index", thread_index(rng("ti", self.key), 1)),
            ("Date", rfcdate(self.when)),
            ("Message-ID", self.mid),
            ("Accept-Language", "en-GB, en-US"),
            ("Content-Language", "en-GB" if n["lang"] == "en" else "de-DE"),
            ("X-MS-Has-Attach", "yes" if n.get("attach") else ""),
            ("MIME-Version", "1.0"),
        ]
        return hs

    def headers_text(self):
        return "".join(f"{k}: {v}\r\n" for k, v in self.header_lines())

    def as_part(self):
        """message/rfc822 of the copy (its text/plain rendering)."""
        body = self.ctx.body(self.key, self.reader if self.node.get("merge") else None)
        text = "\n".join(body.plain) + "\n"
        tp = text_part(text, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
        inner = Part(self.header_lines() + tp.headers, body=tp.body)
        return Part([("Content-Type", "message/rfc822")], body=inner.render())

    def headers_part(self):
        return Part([("Content-Type", "text/rfc822-headers")], body=self.headers_text().encode("ascii"))

    def plain_text(self):
        body = self.ctx.body(self.key, self.reader if self.node.get("merge") else None)
        return body.plain


def html_of(lines):
    return own_html([("t", x) for x in lines], "div")


def alt(lines, cs, r, html=None, cte="quoted-printable"):
    text = "\n".join(lines) + "\n"
    doc = html or (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>\n'
        + html_of(lines)
        + "</body></html>\n"
    )
    pt = text_part(text, f'text/plain; charset="{cs}"', cs, cte)
    ht = text_part(doc, f'text/html; charset="{cs}"', cs, cte)
    return multipart("alternative", [pt, ht], f"_000_{hexs(r, 30)}_")


def render(headers, content):
    p = Part(list(headers) + content.headers, body=content.body, parts=content.parts, boundary=content.boundary)
    return p.render()


# --------------------------------------------------------------------------
# automatic replies
# --------------------------------------------------------------------------
OOF_PREFIX = {"en": "Automatic reply: ", "de": "Automatische Antwort: ", "nl": "Automatisch antwoord: "}


def exchange_oof(ctx, slug, who, o, minutes, lang, text, until, loc=None, host=None, banner=False):
    r = rng("oof", slug)
    when = later(at(o.when, who.off), minutes, seed(slug) % 60)
    subj = OOF_PREFIX[lang] + o.seen_subject()
    lines = L(text)
    if banner:  # the firm's gateway rule from 1 February 2027 applies to automatic replies too
        subj = pp.VA.banner_tag + " " + subj
        lines = [*pp.VA.banner, "", *lines]
    cs = pick_cs(["\n".join(lines)], "us-ascii")
    content = alt(lines, cs, r)
    loc = loc or who.loc
    hs = [
        ("Received", received_gw(when, host or "EUR05-AM6-obe.outbound.protection.outlook.com (40.107.22.91)", r)),
        ("From", addr(who.shown, who.email)),
        ("To", addr(o.frm.shown, o.frm.email)),
        ("Subject", subj_hdr(subj)),
        ("Thread-Topic", subj_hdr(o.seen_subject())),
        ("Thread-Index", thread_index(r, 2)),
        ("Date", rfcdate(when)),
        (
            "Message-ID",
            f"<{hexs(r, 8)}{hexs(r, 24)}@{who.email.split('@')[1].split('.')[0].upper()}-EX02.{who.email.split('@')[1]}>",
        ),
        ("References", o.mid),
        ("In-Reply-To", o.mid),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", who.email),
        ("Content-Language", loc),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    return dict(
        slug=slug, client="exchange", lang=lang, kind="auto_reply", until=until, raw=render(hs, content), when=when
    )


def items(ctx):
    out = []

    def R(key, reader):
        return Orig(ctx, key, reader)

    # people who appear only here
    mendes = P(
        "Carla Mendes",
        "carla.mendes@brightwater-custody.co.uk",
        pp.BRIGHTWATER,
        0,
        display="Mendes, Carla",
        salutation="Dear Carla",
    )
    vandenbroeck = P(
        "Lies Vandenbroeck",
        "lies.vandenbroeck@scheldtsec.be",
        pp.SCHELDT,
        1,
        display="Vandenbroeck Lies",
        loc="nl-BE",
        salutation="Dear Lies",
    )
    brenner = P(
        "Carola Brenner",
        "carola.brenner@kessler-uhlmann.de",
        pp.KESSLER,
        1,
        loc="de-DE",
        salutation="Dear Ms Brenner",
        sal_de="Sehr geehrte Frau Brenner",
    )
    feld = P(
        "Markus Feld",
        "markus.feld@nordhafen-custody.de",
        pp.NORDHAFEN,
        1,
        display="Feld, Markus",
        loc="de-DE",
        salutation="Dear Mr Feld",
        sal_de="Sehr geehrter Herr Feld",
    )
    vollmer = P(
        "Katrin Vollmer",
        "katrin.vollmer@mainufer-invest.de",
        pp.MAINUFER,
        1,
        display="Vollmer, Katrin",
        loc="de-DE",
        sal_de="Sehr geehrte Frau Vollmer",
    )
    jansen = P("Femke Jansen", "f.jansen@zeeland-offshore.nl", pp.ZEELAND, 1, loc="nl-NL", salutation="Dear Femke")
    bakker = P(
        "Thijs Bakker", "t.bakker@vandaalen-accountants.nl", pp.VANDAALEN, 1, loc="nl-NL", salutation="Dear Thijs"
    )
    wouters = P(
        "Kobe Wouters",
        "kobe.wouters@scheldtsec.be",
        pp.SCHELDT,
        1,
        display="Wouters Kobe",
        loc="nl-BE",
        salutation="Dear Kobe",
    )
    okoro = P("Nneka Okoro", "nneka.okoro@hartwellbaines.com", pp.HARTWELL, 0, salutation="Dear Nneka")
    pike = P("Graham Pike", "graham.pike@aldergate-wealth.co.uk", pp.ALDERGATE, 0, salutation="Dear Graham")
    marlow = P("Stephen Marlow", "stephen.marlow@meridian-isle.com", pp.MERIDIAN, 0, salutation="Dear Stephen")
    frost = P("Eleanor Frost", "eleanor.frost@thornbury-logistics.co.uk", pp.THORNBURY, 0, salutation="Dear Eleanor")
    dietz = P(
        "Holger Dietz",
        "holger.dietz@weserbank.de",
        pp.WESER,
        1,
        loc="de-DE",
        salutation="Dear Mr Dietz",
        sal_de="Sehr geehrter Herr Dietz",
    )
    lohmann = P("Anke Lohmann", "anke.lohmann@weserbank.de", pp.WESER, 1, loc="en-GB", salutation="Dear Ms Lohmann")
    schwarz = P(
        "Dirk Schwarz",
        "dirk.schwarz@kornmarkt-vv.de",
        pp.KORNMARKT,
        1,
        display="Schwarz, Dirk",
        loc="de-DE",
        salutation="Dear Mr Schwarz",
    )
    hale = P("Rupert Hale", "rupert.hale@aldergate-wealth.co.uk", pp.ALDERGATE, 0, salutation="Dear Rupert")
    pennington = P("Hugh Pennington", "hugh.pennington@gmail.com", None, 0, salutation="Dear Hugh")
    zee_ops = P("Zeeland Offshore Operations", "ops@zeeland-offshore.nl", pp.ZEELAND, 1, salutation="Dear colleagues")
    brink = P(
        "Mark van den Brink", "mark.vandenbrink@zeeland-offshore.nl", pp.ZEELAND, 1, loc="nl-NL", salutation="Dear Mark"
    )

    # 1 Exchange, English, "until Monday 4 January 2027"
    out.append(
        exchange_oof(
            ctx,
            "oof-mendes",
            mendes,
            R("xmas", mendes),
            1,
            "en",
            """
            Thank you for your email. I am out of the office until Monday 4 January 2027 with no access to email.

            For urgent dealing matters please contact fundservices.dealing@brightwater-custody.co.uk or call +44 20 7946 0870.

            Kind regards,
            Carla Mendes
            """,
            "2027-01-04",
        )
    )
    # 2 English, back on a date
    out.append(
        exchange_oof(
            ctx,
            "oof-vandenbroeck",
            vandenbroeck,
            R("xmas", vandenbroeck),
            1,
            "en",
            """
            Hello,

            I'm on annual leave and will be back in the office on Tuesday 29 December. Your email will not be forwarded; for anything urgent please write to assetservicing@scheldtsec.be.

            Best regards,
            Lies Vandenbroeck
            """,
            "2026-12-29",
        )
    )
    # 3 German, "bis einschließlich 8. Januar 2027"
    out.append(
        exchange_oof(
            ctx,
            "oof-brenner",
            brenner,
            R("xmas", brenner),
            2,
            "de",
            """
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Januar 2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

            In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +49 211 5380 2000.

            Mit freundlichen Grüßen
            Carola Brenner
            """,
            "2027-01-08",
        )
    )
    # 4 German, "ab dem 4. Januar wieder erreichbar"
    out.append(
        exchange_oof(
            ctx,
            "oof-feld",
            feld,
            R("xmas", feld),
            1,
            "de",
            """
            Guten Tag,

            vielen Dank für Ihre E-Mail. Ich bin ab dem 4. Januar wieder erreichbar. Bitte wenden Sie sich in der Zwischenzeit an clientservice@nordhafen-custody.de.

            Freundliche Grüße
            Markus Feld
            """,
            "2027-01-04",
            host="mail.nordhafen-custody.de (192.0.2.61)",
        )
    )
    # 5 German/English, "bis zum 18.12.2026"
    out.append(
        exchange_oof(
            ctx,
            "oof-vollmer",
            vollmer,
            R("ja", vollmer),
            1,
            "de",
            """
            Ich befinde mich bis zum 18.12.2026 im Urlaub. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an fondsbuchhaltung@mainufer-invest.de.

            I am on leave until 18 December 2026. Your e-mail will not be forwarded. For urgent matters please contact fondsbuchhaltung@mainufer-invest.de.

            Katrin Vollmer
            """,
            "2026-12-18",
        )
    )
    # 6 Dutch, "tot en met 3 januari 2027"
    out.append(
        exchange_oof(
            ctx,
            "oof-jansen",
            jansen,
            R("xmas", jansen),
            1,
            "nl",
            """
            Beste afzender,

            Ik ben met vakantie tot en met 3 januari 2027 en lees mijn e-mail niet. Voor dringende zaken kunt u contact opnemen met Joost van der Meer (j.vandermeer@zeeland-offshore.nl).

            Met vriendelijke groet,
            Femke Jansen
            """,
            "2027-01-03",
        )
    )
    # 7 Dutch, "vanaf maandag 11 januari weer bereikbaar"
    out.append(
        exchange_oof(
            ctx,
            "oof-bakker",
            bakker,
            R("xmas", bakker),
            3,
            "nl",
            """
            Bedankt voor uw bericht. Ik ben momenteel afwezig en vanaf maandag 11 januari weer bereikbaar. Uw e-mail wordt niet doorgestuurd.

            Met vriendelijke groet,
            Thijs Bakker
            Van Daalen Accountants N.V.
            """,
            "2027-01-11",
        )
    )
    # 8 Dutch/English Belgian, illness, no date
    out.append(
        exchange_oof(
            ctx,
            "oof-wouters",
            wouters,
            R("cal", wouters),
            1,
            "nl",
            """
            Ik ben afwezig wegens ziekte. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u terecht bij assetservicing@scheldtsec.be.

            I am absent due to illness. Your e-mail will not be forwarded. For urgent matters please contact assetservicing@scheldtsec.be.

            Kobe Wouters
            """,
            None,
            host="mail.scheldtsec.be (192.0.2.77)",
        )
    )
    # 9 English, parental leave, no date
    out.append(
        exchange_oof(
            ctx,
            "oof-okoro",
            okoro,
            R("inv", okoro),
            1,
            "en",
            """
            Thank you for your email. I am currently on parental leave and not checking my emails.

            For anything relating to the audits of Valcourt Ashby funds, please contact Grace Mensah (grace.mensah@hartwellbaines.com).

            Nneka Okoro
            """,
            None,
        )
    )
    # 10 English, vague
    out.append(
        exchange_oof(
            ctx,
            "oof-pike",
            pike,
            R("xmas", pike),
            1,
            "en",
            """
            Thank you for your message. I am away from the office until early in the new year with only occasional access to email.

            If your message concerns a client matter, please call the office on 020 7946 0190 and a colleague will help.

            Graham Pike
            """,
            None,
        )
    )
    # 11 English, leaver
    out.append(
        exchange_oof(
            ctx,
            "oof-marlow",
            marlow,
            R("inv", marlow),
            1,
            "en",
            """
            Stephen Marlow has left Meridian Isle Bank. This mailbox is no longer monitored and your email will not be read.

            Please redirect your message to markets@meridian-isle.com or to Julian Hughes (julian.hughes@meridian-isle.com).
            """,
            None,
            host="mail.meridian-isle.com (192.0.2.90)",
        )
    )
    # 12 English, numeric UK date
    out.append(
        exchange_oof(
            ctx,
            "oof-frost",
            frost,
            R("xmas", frost),
            2,
            "en",
            """
            I am out of the office, returning 05/01/2027. Emails will not be read in my absence; for treasury matters please contact treasury@thornbury-logistics.co.uk.

            Eleanor Frost
            """,
            "2027-01-05",
        )
    )
    # 13 English, range "24 December – 3 January"
    out.append(
        exchange_oof(
            ctx,
            "oof-hale",
            hale,
            R("rem", hale),
            1,
            "en",
            """
            Out of office 24 December – 3 January. I'll reply to your email when I'm back. Merry Christmas!

            Rupert
            """,
            "2027-01-03",
        )
    )
    # 14 German, range "vom 21.12.2026 bis 01.01.2027"
    out.append(
        exchange_oof(
            ctx,
            "oof-schwarz",
            schwarz,
            R("rem", schwarz),
            1,
            "de",
            """
            Sehr geehrte Damen und Herren,

            ich bin vom 21.12.2026 bis 01.01.2027 nicht im Haus. Ihre Nachricht wird nicht gelesen und nicht weitergeleitet. Bitte wenden Sie sich an fondsbuchhaltung@kornmarkt-vv.de.

            Mit freundlichen Grüßen
            Dirk Schwarz
            """,
            "2027-01-01",
        )
    )
    # 15 mailbox no longer monitored
    out.append(
        exchange_oof(
            ctx,
            "oof-zee-ops",
            zee_ops,
            R("cal", zee_ops),
            1,
            "en",
            """
            This mailbox (ops@zeeland-offshore.nl) is no longer monitored. Please send operational and fund matters to fundops@zeeland-offshore.nl.

            Zeeland Offshore B.V.
            """,
            None,
        )
    )
    # 16 one-day absence, dated after the firm's banner rule
    out.append(
        exchange_oof(
            ctx,
            "oof-brink",
            brink,
            R("fee-rem", brink),
            1,
            "en",
            """
            I am out of the office today, Friday 5 February, and will reply to your email on Monday.

            Mark van den Brink
            """,
            "2027-02-05",
            banner=True,
        )
    )
    # 17 Rosenmontag: one day, Exchange German, after the banner rule
    kaya = pp.KAYA
    out.append(
        exchange_oof(
            ctx,
            "oof-kaya-rosenmontag",
            kaya,
            R("kaya-feb", kaya),
            1,
            "de",
            """
            Sehr geehrte Damen und Herren,

            wegen Rosenmontag ist unser Büro am Montag, 8. Februar 2027 geschlossen. Ihre Nachricht wird danach bearbeitet.

            Mit freundlichen Grüßen
            Selin Kaya
            Rheinfeld Maschinenbau GmbH
            """,
            "2027-02-08",
            banner=True,
        )
    )
    out += notes_oofs(ctx, R, dietz, lohmann)
    out.append(gmail_vacation(ctx, R("inv", pennington), pennington))
    out += ticket_acks(ctx)
    out += bounces(ctx, R)
    out += complaints(ctx, R)
    out.append(newsletter(ctx))
    for it in out:
        it.pop("when", None)
    return out


def notes_oofs(ctx, R, dietz, lohmann):
    out = []
    for slug, who, key, lang, subj, text, until, minutes in (
        (
            "oof-notes-dietz",
            dietz,
            "xmas",
            "de",
            "Holger Dietz ist außer Haus.",
            """
            Ich werde ab  21.12.2026 nicht im Büro sein. Ich kehre zurück am 07.01.2027.

            In dringenden Fällen wenden Sie sich bitte an Frau Schütte (Tel. 0421 9630-2217).
            """,
            "2027-01-07",
            1,
        ),
        (
            "oof-notes-lohmann",
            lohmann,
            "rem",
            "en",
            "Anke Lohmann is out of the office.",
            """
            I will be out of the office starting  23/12/2026 and will not return until 04/01/2027.

            Please contact custody.operations@weserbank.de for any urgent custody matters.
            """,
            "2027-01-04",
            1,
        ),
    ):
        o = R(key, who)
        r = rng("notes", slug)
        when = later(at(o.when, who.off), minutes, seed(slug) % 60)
        lines = L(text)
        cs = "ISO-8859-1"
        pt = text_part("\n".join(lines) + "\n", f"text/plain; charset={cs}", cs, "quoted-printable")
        hs = [
            ("Received", received_gw(when, "mail.weserbank.de (192.0.2.18)", r)),
            ("Subject", subj_hdr(subj)),
            ("From", addr(who.shown, who.email)),
            ("To", addr(o.frm.shown, o.frm.email)),
            ("Date", rfcdate(when)),
            ("Message-ID", f"<OF{hexs(r, 8)}.{hexs(r, 8)}-ON{hexs(r, 8)}.{hexs(r, 8)}@weserbank.de>"),
            ("In-Reply-To", o.mid),
            ("References", o.mid),
            ("Auto-Submitted", "auto-replied (vacation)"),
            ("X-Mailer", "HCL Notes Release 12.0.2FP4 May 06, 2024"),
            ("Precedence", "bulk"),
            ("MIME-Version", "1.0"),
        ]
        out.append(dict(slug=slug, client="lotus", lang=lang, kind="auto_reply", until=until, raw=render(hs, pt)))
    return out


def gmail_vacation(ctx, o, who):
    r = rng("vac", who.email)
    when = later(at(o.when, who.off), 1, 12)
    subj = "Re: " + o.seen_subject()
    lines = L(
        """
        Thanks for your email. I'm away on a sailing trip until 14 December with no email access, and will reply when I'm back.

        Hugh
        """
    )
    text = "\n".join(lines) + "\n"
    pt = text_part(text, 'text/plain; charset="UTF-8"', "utf-8", "7bit")
    ht = text_part(
        '<div dir="ltr">' + "".join(f"<div>{esc(x) or '<br>'}</div>" for x in lines) + "</div>\n",
        'text/html; charset="UTF-8"',
        "utf-8",
        "7bit",
    )
    content = multipart("alternative", [pt, ht], "000000000000" + hexs(r, 16, "0123456789abcdef"))
    hs = [
        ("Received", received_gw(when, "mail-wm1-f47.google.com (209.85.128.47)", r)),
        ("From", addr(who.shown, who.email)),
        ("To", addr(o.frm.shown, o.frm.email)),
        ("Subject", subj_hdr(subj)),
        ("Date", rfcdate(when)),
        ("Message-ID", f"<vacation.{hexs(r, 20, '0123456789abcdef')}@mail.gmail.com>"),
        ("In-Reply-To", o.mid),
        ("References", o.mid),
        ("Auto-Submitted", "auto-replied"),
        ("Precedence", "bulk"),
        ("X-Autoreply", "yes"),
        ("MIME-Version", "1.0"),
    ]
    return dict(
        slug="vac-pennington", client="gmail", lang="en", kind="auto_reply", until="2026-12-14", raw=render(hs, content)
    )


def ticket_acks(ctx):
    out = []
    # ServiceNow (Brightwater) acknowledgement of Elodie's request
    o = Orig(ctx, "bw-inc", None)
    r = rng("ack-snow")
    when = later(o.when, 1, 40)
    lines = [
        "Dear Elodie Faber,",
        "",
        "Thank you for contacting Brightwater Client Service. Incident INC0071846 has been opened on your behalf:",
        "",
        "Short description: Missing MT535 for safekeeping account 77120-04 (statement date 16/12)",
        "Priority: 3 - Moderate",
        "Assignment group: Custody Client Service",
        "",
        "We aim to respond within 4 business hours. You can view the status of your incident at any time in the client portal.",
        "",
        "Thank you,",
        "Brightwater Client Service",
        "",
        "Ref:MSG0904412_Lq8ZtR3vW2mXyK9aHc0p",
    ]
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">'
        '<img src="https://brightwater.service-now.com/logo.png" alt="Brightwater Trust &amp; Custody"><br>'
        + "".join(f"<p>{esc(x)}</p>" for x in lines if x)
        + "</div></body></html>\n"
    )
    content = text_part(html, 'text/html; charset="UTF-8"', "utf-8", "quoted-printable")
    hs = [
        ("Received", received_gw(when, "outbound-fra201.service-now.com (203.0.113.41)", r)),
        ("From", addr("Brightwater Client Service", "brightwater@service-now.com")),
        ("Reply-To", "brightwater@service-now.com"),
        ("To", addr(o.frm.shown, o.frm.email)),
        (
            "Subject",
            subj_hdr(
                "INC0071846 has been opened on your behalf: Missing MT535 for safekeeping account 77120-04 (statement date 16/12)"
            ),
        ),
        ("Date", rfcdate(when)),
        ("Message-ID", f"<{r.randrange(10**6, 10**7)}.211.JavaMail.brightwater@app71022.fra201.service-now.com>"),
        ("In-Reply-To", o.mid),
        ("X-ServiceNow-Source", "Notification-" + hexs(r, 32, "0123456789abcdef")),
        ("MIME-Version", "1.0"),
    ]
    out.append(
        dict(
            slug="ack-servicenow",
            client="servicenow",
            lang="en",
            kind="auto_reply",
            until=None,
            raw=render(hs, content),
        )
    )

    # Jira Service Management acknowledgement of Sophie's request
    o = Orig(ctx, "almf1", None)
    r = rng("ack-jira")
    when = later(o.when, 1, 9)
    lines = [
        "—-—-—-—",
        "",
        "Reply above this line.",
        "",
        "Hi Sophie Reinert,",
        "",
        "We've received your request and a member of our team will be in touch within two business days.",
        "",
        "Request: FRH-2291 Annual reporting file rejected – error R17 – Harbourline Private Credit Fund I",
        "",
        "View request · Turn off this request's notifications",
        "",
        "This is shared with Sophie Reinert.",
        "",
        "Fund Reporting Help Desk, powered by Jira Service Management",
    ]
    content = alt(lines, "utf-8", r)
    hs = [
        ("Received", received_gw(when, "mail-33.atlassian.net (203.0.113.33)", r)),
        ("From", addr("Fund Reporting Help Desk", "jira@fro-helpdesk.atlassian.net")),
        ("Reply-To", "reporting-helpdesk@fundreporting-office.lu"),
        ("To", addr(o.frm.shown, o.frm.email)),
        (
            "Subject",
            subj_hdr("FRH-2291 Annual reporting file rejected – error R17 – Harbourline Private Credit Fund I"),
        ),
        ("Date", rfcdate(when)),
        ("Message-ID", f"<JIRA.{r.randrange(10**5, 10**6)}.{r.randrange(10**12, 10**13)}@Atlassian.JIRA>"),
        ("In-Reply-To", o.mid),
        ("Auto-Submitted", "auto-generated"),
        ("Precedence", "bulk"),
        ("MIME-Version", "1.0"),
    ]
    out.append(dict(slug="ack-jira", client="jira", lang="en", kind="auto_reply", until=None, raw=render(hs, content)))

    # Salesforce Service Cloud acknowledgement of Marc's e-mail
    o = Orig(ctx, "ell1", None)
    r = rng("ack-sf")
    when = later(at(o.when, 0), 1, 51)
    lines = [
        "Dear Marc Thill,",
        "",
        "Thank you for contacting Ellery Registrars Client Services. Your email has been received and case 00487213 has been created.",
        "",
        "A member of our team will respond within one business day. Please do not change the subject line if you reply, so that your message is added to the case.",
        "",
        "Ellery Registrars Client Services",
        "",
        "ref:_00D4J2aBcD._5008e1XyZw:ref",
    ]
    content = alt(lines, "utf-8", r)
    hs = [
        ("Received", received_gw(when, "smtp11-ia4-sp1.mta.salesforce.com (198.51.100.61)", r)),
        ("From", addr("Ellery Registrars Client Services", "clientservices@ellery-registrars.co.uk")),
        ("To", addr(o.frm.shown, o.frm.email)),
        ("Subject", subj_hdr("Case 00487213: " + o.subject + " [ ref:_00D4J2aBcD._5008e1XyZw:ref ]")),
        ("Date", rfcdate(when)),
        ("Message-ID", f"<{hexs(r, 20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}@sfdc.net>"),
        ("In-Reply-To", o.mid),
        ("Auto-Submitted", "auto-replied"),
        ("X-SFDC-LK", "00D4J000000AbCD"),
        ("MIME-Version", "1.0"),
    ]
    out.append(
        dict(
            slug="ack-salesforce",
            client="salesforce",
            lang="en",
            kind="auto_reply",
            until=None,
            raw=render(hs, content),
        )
    )
    return out


# --------------------------------------------------------------------------
# bounces
# --------------------------------------------------------------------------
def report(parts, r):
    b = f"_003_{hexs(r, 30)}_"
    return Part(
        [("Content-Type", f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"')],
        parts=parts,
        boundary=b,
    )


def dsn_part(text):
    return Part([("Content-Type", "message/delivery-status")], body=text.replace("\n", "\r\n").encode("ascii"))


def exo_ndr(ctx, slug, o, when, failures, headline, how, gen, lang_text="en", attach_full=True, remote_note=None):
    """Exchange Online non-delivery report to the firm's sender. failures: [(address, status, diag, permanent)]."""
    r = rng("ndr", slug)
    first = failures[0][0]
    lines = [
        f"Your message to {first} couldn't be delivered."
        if len(failures) == 1
        else "Your message couldn't be delivered to some recipients.",
        "",
        headline,
        "",
        f"{o.frm.email.split('@')[0]}        Office 365        {first.split('@')[0]}",
        "Action Required                           Recipient",
        "",
        how[0],
        "",
        "How to Fix It",
        *how[1:],
        "",
        "Was this helpful? Send feedback to Microsoft.",
        "",
        "________________________________",
        "",
        "Diagnostic information for administrators:",
        "",
        f"Generating server: {gen}",
        "",
    ]
    for a, _st, diag, _p in failures:
        lines += [a, f"Remote server returned '{diag}'", ""]
    if remote_note:
        lines += [remote_note, ""]
    lines += ["Original message headers:", "", *o.headers_text().rstrip("\r\n").split("\r\n")]
    cs = "utf-8"
    content = alt(lines, cs, r)
    dsn = [
        f"Reporting-MTA: dns;{gen}",
        f"Received-From-MTA: dns;{gen.replace('MB', 'MB0', 1)}",
        f"Arrival-Date: {rfcdate(at(o.when, 0))}",
        "",
    ]
    for a, st, diag, _p in failures:
        dsn += [f"Final-Recipient: rfc822;{a}", "Action: failed", f"Status: {st}", f"Diagnostic-Code: smtp;{diag}", ""]
    parts = [content, dsn_part("\n".join(dsn)), o.as_part() if attach_full else o.headers_part()]
    hs = [
        ("Received", received_gw(when, f"{gen.lower()} (40.107.20.{r.randrange(2, 250)})", r)),
        ("From", addr("Microsoft Outlook", f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{FIRM_DOMAIN}")),
        ("To", addr(o.frm.shown, o.frm.email)),
        ("Date", rfcdate(when)),
        ("Content-Language", "en-US"),
        (
            "Message-ID",
            f"<{hexs(r, 8).lower()}-{hexs(r, 4).lower()}-{hexs(r, 4).lower()}-{hexs(r, 4).lower()}-{hexs(r, 12).lower()}@{gen.lower()}>",
        ),
        ("In-Reply-To", o.mid),
        ("References", o.mid),
        ("Thread-Topic", subj_hdr(o.subject)),
        ("Subject", subj_hdr("Undeliverable: " + o.subject)),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("MIME-Version", "1.0"),
    ]
    recips = [{"address": a, "status": st, "permanent": p} for a, st, _d, p in failures]
    return dict(
        slug=slug,
        client="exchange",
        lang="en",
        kind="bounce",
        bounce={"permanent": all(p for *_x, p in failures), "recipients": recips, "original_message_id": o.mid},
        raw=render(hs, report(parts, r)),
    )


def bounces(ctx, R):
    out = []
    baxter = P("Hugh Baxter", "h.baxter@caldwellhurst.co.uk", pp.CALDWELL, 0, salutation="Dear Mr Baxter")
    mcallister = P("Duncan McAllister", "d.mcallister@meridian-isle.com", pp.MERIDIAN, 0, salutation="Dear Duncan")
    fuchs = P("Karin Fuchs", "k.fuchs@nordhafen-custody.de", pp.NORDHAFEN, 1, sal_de="Sehr geehrte Frau Fuchs")
    pirna = P(
        "Buchhaltung Pirna Textil", "buchhaltung@pirna-textil.de", pp.PIRNA, 1, sal_de="Sehr geehrte Damen und Herren"
    )
    dewolf_sec = P(
        "Secretariaat De Wolf Verhaeghe", "secretariaat@dewolf-verhaeghe.be", pp.DEWOLF, 1, salutation="Dear colleagues"
    )
    halden_fin = P("Halden Park Finance", "finance@haldenpark.vc", pp.HALDEN, 0, salutation="Dear colleagues")
    hartley = P("Gordon Hartley", "g.hartley@aldergate-wealth.co.uk", pp.ALDERGATE, 0, salutation="Dear Mr Hartley")
    osborne = P("Philippa Osborne", "p.osborne@hartwellbaines.com", pp.HARTWELL, 0, salutation="Dear Philippa")
    winter = pp.WINTER

    # 1 Exchange Online, 5.1.10 recipient not found, original attached
    o = R("kyc", baxter)
    out.append(
        exo_ndr(
            ctx,
            "ndr-exo-5110",
            o,
            later(o.when, 1, 29),
            [
                (
                    baxter.email,
                    "5.1.10",
                    f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {baxter.email} not found by SMTP address lookup",
                    True,
                )
            ],
            "h.baxter wasn't found at caldwellhurst.co.uk.",
            [
                "Unknown To address",
                "The address may be misspelled or may not exist. Try one or more of the following:",
                "- Retype the recipient's address, then resend the message.",
                "- If you're using the Auto-Complete List in Outlook and it contains an invalid entry, remove the entry and resend.",
            ],
            "LO2P265MB4120.GBRP265.PROD.OUTLOOK.COM",
        )
    )
    # 2 Exchange Online, 5.4.1 access denied at the recipient's tenant, headers only
    o = R("inv", mcallister)
    out.append(
        exo_ndr(
            ctx,
            "ndr-exo-541",
            o,
            later(o.when, 1, 47),
            [
                (
                    mcallister.email,
                    "5.4.1",
                    "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM4PEPF00027A5E.eurprd04.prod.outlook.com]",
                    True,
                )
            ],
            "Your message couldn't be delivered to the recipient because the recipient's email system rejected it.",
            [
                "Recipient address rejected",
                "Check that the address is correct. If it is, the recipient's email administrator may have to allow mail from your organisation.",
            ],
            "LO2P265MB7731.GBRP265.PROD.OUTLOOK.COM",
            attach_full=False,
        )
    )
    # 3 Exchange Online with a Mimecast rejection, no enhanced code from the remote server
    o = R("inv", osborne)
    out.append(
        exo_ndr(
            ctx,
            "ndr-exo-mimecast",
            o,
            later(o.when, 1, 3),
            [
                (
                    osborne.email,
                    "5.0.0",
                    "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [kX3bQ0aNMz2pLd9sPwRtYA.uk191]",
                    True,
                )
            ],
            "hartwellbaines.com suspects your message is spam and rejected it.",
            [
                "Message rejected by the recipient's mail system",
                "The recipient's email security service rejected the message. Contact the recipient by some other means and ask them to add your address to their permitted senders.",
            ],
            "LO2P265MB7731.GBRP265.PROD.OUTLOOK.COM",
            attach_full=False,
            remote_note="Remote server: eu-smtp-inbound-1.mimecast.com",
        )
    )
    # 4 Exchange Online, two recipients at a Google Workspace domain: 5.1.1 and 5.2.2
    o = R("lq1", None)
    lq = [p for p in o.node["cc"]]
    out.append(
        exo_ndr(
            ctx,
            "ndr-exo-two",
            o,
            later(o.when, 1, 41),
            [
                (
                    lq[0].email,
                    "5.1.1",
                    "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-ab7d1c2e0f1si88123466b.112 - gsmtp",
                    True,
                ),
                (
                    lq[1].email,
                    "5.2.2",
                    "552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm a640c23a62f3a-ab7d1c2e0f1si88123466b.113 - gsmtp",
                    True,
                ),
            ],
            "Delivery has failed to these recipients or groups:",
            [
                f"{lq[0].email} ({lq[0].shown}); {lq[1].email} ({lq[1].shown})",
                "The recipients' email system rejected the message. Check the addresses, or contact the recipients by some other means.",
            ],
            "AM0PR10MB3349.EURPRD10.PROD.OUTLOOK.COM",
        )
    )
    out.append(exchange_de_ndr(ctx, R("ja", fuchs), fuchs))
    out.append(postfix_alias(ctx, R("ny", pirna), pirna))
    out.append(postfix_delay(ctx, R("xmas", dewolf_sec), dewolf_sec))
    out.append(google_groups(ctx, R("fee", halden_fin), halden_fin))
    out.append(proofpoint(ctx, R("kyc", hartley), hartley))
    out.append(exim_quota(ctx, R("xmas", winter), winter))
    return out


def exchange_de_ndr(ctx, o, who):
    r = rng("ndr-de")
    gen = "EXMB02.nordhafen-custody.de"
    when = later(o.when, 1, 52)
    diag = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    lines = [
        "Fehler bei der Zustellung an diese Empfänger oder Gruppen:",
        "",
        who.email,
        "Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und "
        "versuchen Sie dann erneut, die Nachricht zu senden. Wenden Sie sich an Ihr Helpdesk, wenn das Problem weiterhin besteht.",
        "",
        "",
        "",
        "",
        "",
        "",
        "Diagnoseinformationen für Administratoren:",
        "",
        f"Generierender Server: {gen}",
        "",
        who.email,
        f"Remoteserver hat '{diag}' zurückgegeben.",
        "",
        "Ursprüngliche Nachrichtenkopfzeilen:",
        "",
        *o.headers_text().rstrip("\r\n").split("\r\n"),
    ]
    content = alt(lines, "utf-8", r)
    dsn = "\n".join(
        [
            f"Reporting-MTA: dns;{gen}",
            "Received-From-MTA: dns;mail.nordhafen-custody.de",
            f"Arrival-Date: {rfcdate(at(o.when, 0))}",
            "",
            f"Final-Recipient: rfc822;{who.email}",
            "Action: failed",
            "Status: 5.1.1",
            f"Diagnostic-Code: smtp;{diag}",
            "",
        ]
    )
    hs = [
        ("Received", received_gw(when, "mail.nordhafen-custody.de (192.0.2.61)", r)),
        ("From", addr("Microsoft Exchange", "postmaster@nordhafen-custody.de")),
        ("To", addr(o.frm.shown, o.frm.email)),
        ("Date", rfcdate(later(at(o.when, 1), 1, 52))),
        ("Content-Language", "de-DE"),
        (
            "Message-ID",
            f"<{hexs(r, 8).lower()}-{hexs(r, 4).lower()}-{hexs(r, 4).lower()}-{hexs(r, 4).lower()}-{hexs(r, 12).lower()}@{gen}>",
        ),
        ("In-Reply-To", o.mid),
        ("References", o.mid),
        ("Thread-Topic", subj_hdr(o.subject)),
        ("Subject", subj_hdr("Unzustellbar: " + o.seen_subject())),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    return dict(
        slug="ndr-exchange-de",
        client="exchange",
        lang="de",
        kind="bounce",
        bounce={
            "permanent": True,
            "recipients": [{"address": who.email, "status": "5.1.1", "permanent": True}],
            "original_message_id": o.mid,
        },
        raw=render(hs, report([content, dsn_part(dsn), o.as_part()], r)),
    )


def postfix_text(host, body):
    return [
        f"This is the mail system at host {host}.",
        "",
        *body,
    ]


def postfix_alias(ctx, o, who):
    r = rng("pf-alias")
    host = "mail.pirna-textil.de"
    when = later(at(o.when, 1), 1, 44)
    final = "m.kunze@pirna-textil.de"
    qid = "4" + hexs(r, 10, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    lines = postfix_text(
        host,
        [
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
            f"<{final}> (expanded from <{who.email}>): unknown user:",
            '    "m.kunze"',
        ],
    )
    pt = text_part(
        "\n".join(lines) + "\n",
        "text/plain; charset=us-ascii",
        "us-ascii",
        "7bit",
        extra=[("Content-Description", "Notification")],
    )
    dsn = "\n".join(
        [
            f"Reporting-MTA: dns; {host}",
            f"X-Postfix-Queue-ID: {qid}",
            f"X-Postfix-Sender: rfc822; {o.frm.email}",
            f"Arrival-Date: {rfcdate(at(o.when, 1))}",
            "",
            f"Final-Recipient: rfc822; {final}",
            f"Original-Recipient: rfc822;{who.email}",
            "Action: failed",
            "Status: 5.1.1",
            'Diagnostic-Code: X-Postfix; unknown user: "m.kunze"',
            "",
        ]
    )
    d = dsn_part(dsn)
    d.headers.append(("Content-Description", "Delivery report"))
    orig = o.as_part()
    orig.headers.append(("Content-Description", "Undelivered Message"))
    b = f"{qid}.{r.randrange(10**9, 10**10)}/{host}"
    rep = Part(
        [
            ("Content-Type", f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"'),
            ("Content-Transfer-Encoding", "8bit"),
        ],
        parts=[pt, d, orig],
        boundary=b,
        preamble="This is a MIME-encapsulated message.",
    )
    hs = [
        ("Received", received_gw(when, f"{host} (192.0.2.131)", r)),
        ("Date", rfcdate(when)),
        ("From", "MAILER-DAEMON@mail.pirna-textil.de (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", o.frm.email),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", f"<{r.randrange(10**8, 10**9)}.{qid}@{host}>"),
    ]
    return dict(
        slug="bounce-postfix-alias",
        client="postfix",
        lang="en",
        kind="bounce",
        bounce={
            "permanent": True,
            "recipients": [{"address": who.email, "status": "5.1.1", "permanent": True}],
            "original_message_id": o.mid,
        },
        raw=render(hs, rep),
    )


def postfix_delay(ctx, o, who):
    r = rng("pf-delay")
    host = FIRM_GW
    when = later(at(o.when, 1), 4 * 60 + 2, 17)
    qid = "4" + hexs(r, 10, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    lines = postfix_text(
        host,
        [
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
            f"<{who.email}>: connect to mx1.dewolf-verhaeghe.be[192.0.2.212]:25:",
            "    Connection timed out",
        ],
    )
    pt = text_part(
        "\n".join(lines) + "\n",
        "text/plain; charset=us-ascii",
        "us-ascii",
        "7bit",
        extra=[("Content-Description", "Notification")],
    )
    retry = later(at(o.when, 1), 5 * 24 * 60)
    dsn = "\n".join(
        [
            f"Reporting-MTA: dns; {host}",
            f"X-Postfix-Queue-ID: {qid}",
            f"X-Postfix-Sender: rfc822; {o.frm.email}",
            f"Arrival-Date: {rfcdate(at(o.when, 1))}",
            "",
            f"Final-Recipient: rfc822; {who.email}",
            f"Original-Recipient: rfc822;{who.email}",
            "Action: delayed",
            "Status: 4.4.1",
            "Diagnostic-Code: X-Postfix; connect to mx1.dewolf-verhaeghe.be[192.0.2.212]:25: Connection timed out",
            f"Will-Retry-Until: {rfcdate(retry)}",
            "",
        ]
    )
    d = dsn_part(dsn)
    d.headers.append(("Content-Description", "Delivery report"))
    h = o.headers_part()
    h.headers.append(("Content-Description", "Undelivered Message Headers"))
    b = f"{qid}.{r.randrange(10**9, 10**10)}/{host}"
    rep = Part(
        [
            ("Content-Type", f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"'),
            ("Content-Transfer-Encoding", "8bit"),
        ],
        parts=[pt, d, h],
        boundary=b,
        preamble="This is a MIME-encapsulated message.",
    )
    hs = [
        ("Date", rfcdate(when)),
        ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
        ("Subject", "Delayed Mail (still being retried)"),
        ("To", o.frm.email),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", f"<{r.randrange(10**8, 10**9)}.{qid}@{host}>"),
    ]
    return dict(
        slug="bounce-postfix-delay",
        client="postfix",
        lang="en",
        kind="bounce",
        bounce={
            "permanent": False,
            "recipients": [{"address": who.email, "status": "4.4.1", "permanent": False}],
            "original_message_id": o.mid,
        },
        raw=render(hs, rep),
    )


def google_groups(ctx, o, who):
    r = rng("gg-bounce")
    when = later(at(o.when, 0), 1, 38)
    lines = [
        "** Message blocked **",
        "",
        f"Your message to {who.email} has been blocked. See technical details below for more information.",
        "",
        "The response was:",
        "",
        "We're writing to let you know that the group you tried to contact (finance) may not exist, or you may not have "
        "permission to post messages to the group. A few more details on why you weren't able to post:",
        "",
        " * You might have spelled or formatted the group name incorrectly.",
        " * The owner of the group may have removed this group.",
        " * You may need to join the group before receiving permission to post.",
        " * This group may not be open to posting.",
        "",
        "If you have questions related to this or any other Google Group, visit the Help Center at "
        "https://groups.google.com/a/haldenpark.vc/support/.",
        "",
        "Thanks,",
        "",
        "haldenpark.vc admins",
    ]
    content = alt(lines, "UTF-8", r)
    content.boundary = "000000000000" + hexs(r, 16, "0123456789abcdef")
    content.headers[0] = ("Content-Type", f'multipart/alternative; boundary="{content.boundary}"')
    dsn = "\n".join(
        [
            "Reporting-MTA: dns; googlemail.com",
            f"Arrival-Date: {rfcdate(o.when)}",
            "",
            f"Final-Recipient: rfc822; {who.email}",
            "Action: failed",
            "Status: 5.7.1",
            "Diagnostic-Code: smtp; 550 5.7.1 Group does not accept external messages or you are not allowed to post",
            f"Last-Attempt-Date: {rfcdate(when).replace(' +0000', ' -0800')}",
            "",
        ]
    )
    b = "000000000000" + hexs(r, 16, "0123456789abcdef")
    rep = Part(
        [("Content-Type", f'multipart/report; boundary="{b}"; report-type=delivery-status')],
        parts=[content, dsn_part(dsn), o.as_part()],
        boundary=b,
    )
    hs = [
        ("Received", received_gw(when, "mail-sor-f69.google.com (209.85.220.69)", r)),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", o.frm.email),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", o.mid),
        ("In-Reply-To", o.mid),
        ("X-Failed-Recipients", who.email),
        (
            "Message-ID",
            f"<{hexs(r, 8, '0123456789abcdef')}.{hexs(r, 24, 'abcdefghijklmnopqrstuvwxyz0123456789')}@mx.google.com>",
        ),
        ("Date", rfcdate(when)),
        ("MIME-Version", "1.0"),
    ]
    return dict(
        slug="bounce-google-group",
        client="gmail",
        lang="en",
        kind="bounce",
        bounce={
            "permanent": True,
            "recipients": [{"address": who.email, "status": "5.7.1", "permanent": True}],
            "original_message_id": o.mid,
        },
        raw=render(hs, rep),
    )


def proofpoint(ctx, o, who):
    r = rng("pp-bounce")
    host = "mx0b-00190b01.pphosted.com"
    when = later(at(o.when, 0), 1, 6)
    lines = [
        f"The original message was received at {rfcdate(at(o.when, 0)).replace(' +0000', ' GMT')}",
        "from mail-db8eur05on2101.outbound.protection.outlook.com [40.107.20.101]",
        "",
        "   ----- The following addresses had permanent fatal errors -----",
        f"<{who.email}>",
        f"    (reason: 550 5.1.1 <{who.email}>: Recipient address rejected: User unknown)",
        "",
        "   ----- Transcript of session follows -----",
        "... while talking to aldergate-wealth-co-uk.mail.protection.outlook.com.:",
        f">>> RCPT To:<{who.email}>",
        f"<<< 550 5.1.1 <{who.email}>: Recipient address rejected: User unknown",
        f"550 5.1.1 <{who.email}>... User unknown",
    ]
    pt = text_part("\n".join(lines) + "\n", "text/plain; charset=us-ascii", "us-ascii", "7bit")
    dsn = "\n".join(
        [
            f"Reporting-MTA: dns; {host}",
            "Received-From-MTA: DNS; mail-db8eur05on2101.outbound.protection.outlook.com",
            f"Arrival-Date: {rfcdate(at(o.when, 0))}",
            "",
            f"Final-Recipient: RFC822; {who.email}",
            "Action: failed",
            "Status: 5.1.1",
            "Remote-MTA: DNS; aldergate-wealth-co-uk.mail.protection.outlook.com",
            f"Diagnostic-Code: SMTP; 550 5.1.1 <{who.email}>: Recipient address rejected: User unknown",
            f"Last-Attempt-Date: {rfcdate(when)}",
            "",
        ]
    )
    b = f"{hexs(r, 6, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')}.{r.randrange(10**9, 10**10)}/{host}"
    rep = Part(
        [
            ("Content-Type", f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"'),
            ("Auto-Submitted", "auto-generated (failure)"),
        ],
        parts=[pt, dsn_part(dsn), o.headers_part()],
        boundary=b,
        preamble="This is a MIME-encapsulated message",
    )
    hs = [
        ("Received", received_gw(when, f"{host} (148.163.{r.randrange(128, 159)}.{r.randrange(2, 250)})", r)),
        ("Date", rfcdate(when)),
        ("From", addr("Mail Delivery Subsystem", f"MAILER-DAEMON@{host}")),
        ("Message-Id", f"<{r.randrange(10**9, 10**10)}.{hexs(r, 14)}@{host}>"),
        ("To", f"<{o.frm.email}>"),
        ("MIME-Version", "1.0"),
        ("Subject", "Returned mail: see transcript for details"),
    ]
    return dict(
        slug="bounce-proofpoint",
        client="proofpoint",
        lang="en",
        kind="bounce",
        bounce={
            "permanent": True,
            "recipients": [{"address": who.email, "status": "5.1.1", "permanent": True}],
            "original_message_id": o.mid,
        },
        raw=render(hs, rep),
    )


def exim_quota(ctx, o, who):
    r = rng("exim")
    host = "mx.elbtal-stiftung.de"
    when = later(at(o.when, 1), 3, 21)
    head = o.headers_text().rstrip("\r\n").split("\r\n")
    lines = [
        "This message was created automatically by mail delivery software.",
        "",
        "A message that you sent could not be delivered to one or more of its",
        "recipients. This is a permanent error. The following address(es) failed:",
        "",
        f"  {who.email}",
        "    mailbox is full: retry timeout exceeded",
        "",
        "------ This is a copy of the message, including all the headers. ------",
        "",
        *head,
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
        *o.plain_text(),
    ]
    pt = text_part("\n".join(lines) + "\n", "text/plain; charset=utf-8", "utf-8", "8bit")
    hs = [
        ("Received", received_gw(when, f"{host} (192.0.2.44)", r)),
        ("X-Failed-Recipients", who.email),
        ("Auto-Submitted", "auto-replied"),
        ("From", addr("Mail Delivery System", f"Mailer-Daemon@{host}")),
        ("To", o.frm.email),
        ("References", o.mid),
        ("Subject", "Mail delivery failed: returning message to sender"),
        (
            "Message-Id",
            f"<E1v{hexs(r, 6, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}-000Kx9-2P@{host}>",
        ),
        ("Date", rfcdate(when)),
        ("MIME-Version", "1.0"),
    ]
    return dict(
        slug="bounce-exim-quota",
        client="exim",
        lang="en",
        kind="bounce",
        bounce={
            "permanent": True,
            "recipients": [{"address": who.email, "permanent": True}],
            "original_message_id": o.mid,
        },
        raw=render(hs, pt),
    )


# --------------------------------------------------------------------------
# complaints
# --------------------------------------------------------------------------
def arf(ctx, slug, o, who, frm, subject, intro, agent, when, ip):
    r = rng("arf", slug)
    pt = text_part("\n".join(intro) + "\n", "text/plain; charset=us-ascii", "us-ascii", "7bit")
    fr = "\n".join(
        [
            "Feedback-Type: abuse",
            f"User-Agent: {agent}",
            "Version: 1",
            f"Original-Mail-From: <{o.frm.email}>",
            f"Original-Rcpt-To: <{who.email}>",
            f"Received-Date: {rfcdate(o.when)}",
            f"Source-IP: {ip}",
            f"Reported-Domain: {FIRM_DOMAIN}",
            f"Authentication-Results: {frm[1].split('@')[1]}; dkim=pass header.d={FIRM_DOMAIN}; spf=pass smtp.mailfrom={FIRM_DOMAIN}",
            "",
        ]
    )
    frp = Part([("Content-Type", "message/feedback-report")], body=fr.replace("\n", "\r\n").encode("ascii"))
    b = f"----={hexs(r, 28)}"
    rep = Part(
        [("Content-Type", f'multipart/report; report-type=feedback-report;\r\n\tboundary="{b}"')],
        parts=[pt, frp, o.as_part()],
        boundary=b,
    )
    hs = [
        ("Received", received_gw(when, f"{frm[1].split('@')[1]} (203.0.113.{r.randrange(2, 250)})", r)),
        ("From", addr(*frm)),
        ("To", f"abuse@{FIRM_DOMAIN}"),
        ("Subject", subject),
        ("Date", rfcdate(when)),
        ("Message-ID", f"<{hexs(r, 16, '0123456789abcdef')}.{r.randrange(10**5, 10**6)}@{frm[1].split('@')[1]}>"),
        ("MIME-Version", "1.0"),
    ]
    return dict(slug=slug, client="arf", lang="en", kind="complaint", raw=render(hs, rep))


def complaints(ctx, R):
    out = []
    hartley54 = P("David Hartley", "d.hartley54@yahoo.co.uk", None, 0, salutation="Dear David")
    o = R("inv", hartley54)
    when = later(at(o.when, 0), 3 * 60 + 12, 5)
    out.append(
        arf(
            ctx,
            "arf-yahoo",
            o,
            hartley54,
            ("Yahoo! Mail AntiSpam Feedback", "feedback@arf.mail.yahoo.com"),
            "FW: " + subj_hdr(o.subject) if all(ord(c) < 128 for c in o.subject) else subj_hdr("FW: " + o.subject),
            [
                f"This is an email abuse report for an email message received from IP 40.107.22.91 on {rfcdate(o.when)}.",
                "For more information about this format please see http://www.mipassoc.org/arf/.",
            ],
            "Yahoo!-Mail-Feedback/2.0",
            when,
            "40.107.22.91",
        )
    )
    marsden = P("Julia Marsden", "jmarsden@outlook.com", None, 0, salutation="Dear Ms Marsden")
    o = R("kyc", marsden)
    when = later(at(o.when, 0), 26 * 60 + 40, 44)
    out.append(
        arf(
            ctx,
            "arf-jmrp",
            o,
            marsden,
            ("Microsoft JMRP", "staff@hotmail.com"),
            "complaint about message from 40.107.20.163",
            [
                f"This is an email abuse report for an email message received from IP 40.107.20.163 on {rfcdate(o.when)}.",
                "For more information about this format please see http://www.mipassoc.org/arf/.",
            ],
            "Microsoft JMRP Feedback/1.0",
            when,
            "40.107.20.163",
        )
    )
    out.append(abuse_desk(ctx, R))
    return out


def abuse_desk(ctx, R):
    reuter = P("Praxis Dr. Reuter", "kontakt@praxis-dr-reuter.de", None, 1, sal_de="Sehr geehrte Damen und Herren")
    o = R("ny", reuter)
    r = rng("abuse-desk")
    when = later(at(o.when, 1), 2 * 24 * 60 + 3 * 60 + 7, 31)
    lines = L(
        """
        Sehr geehrte Damen und Herren,

        einer unserer Kunden, die Praxis Dr. Reuter (kontakt@praxis-dr-reuter.de), hat uns die unten angehängte E-Mail als unerwünschte Werbung gemeldet. Nach Angaben unseres Kunden besteht keine Geschäftsbeziehung zu Ihrem Unternehmen, und eine Einwilligung in den Erhalt von Einladungen wurde nie erteilt.

        Wir bitten Sie, die Adresse kontakt@praxis-dr-reuter.de umgehend aus allen Ihren Verteilern zu entfernen und uns dies kurz zu bestätigen. Bei weiteren Beschwerden behalten wir uns vor, Ihre Versandserver zu sperren.

        Die vollständige Nachricht einschließlich der Kopfzeilen finden Sie im Anhang.

        Mit freundlichen Grüßen

        Abuse Team
        Hostwerk Rhein GmbH
        abuse@hostwerk-rhein.de
        Ticket: #ABU-2026-118472
        """
    )
    pt = text_part("\n".join(lines) + "\n", "text/plain; charset=utf-8", "utf-8", "quoted-printable")
    b = f"=_{hexs(r, 24, 'abcdef0123456789')}"
    content = Part([("Content-Type", f'multipart/mixed;\r\n\tboundary="{b}"')], parts=[pt, o.as_part()], boundary=b)
    hs = [
        ("Received", received_gw(when, "mail.hostwerk-rhein.de (192.0.2.150)", r)),
        ("From", addr("Hostwerk Rhein Abuse Team", "abuse@hostwerk-rhein.de")),
        ("To", addr("Valcourt Ashby", f"abuse@{FIRM_DOMAIN}")),
        ("Cc", addr(o.frm.shown, o.frm.email)),
        ("Subject", subj_hdr("[#ABU-2026-118472] Beschwerde über unerwünschte E-Mail von " + o.frm.email)),
        ("Date", rfcdate(when)),
        ("Message-ID", f"<abuse-118472.{hexs(r, 12, '0123456789abcdef')}@hostwerk-rhein.de>"),
        ("MIME-Version", "1.0"),
    ]
    return dict(slug="abuse-hostwerk", client="abuse_desk", lang="de", kind="complaint", raw=render(hs, content))


# --------------------------------------------------------------------------
# a newsletter that relays the firm's invitation (kind list)
# --------------------------------------------------------------------------
def newsletter(ctx):
    reader = MT
    inv = ctx.body("inv", P("FundOps members", "members@fundops-forum.org", None, 0, salutation="Dear members"))
    r = rng("newsletter")
    when = ctx.when(ctx.node("inv"))
    when = later(at(when, 1), 7 * 24 * 60 + 60, 2)  # the Thursday after the invitation
    editorial = L(
        """
        FundOps Monthly – December 2026

        Dear members,

        This is our last issue of the year, and a short one: the year-end is busy enough for all of us.

        - The working group on nominee look-through meets on 4 February in Luxembourg; the minutes of the November meeting are on the members' site.
        - Our survey on video identification closed with 41 responses. Results will be presented at the March plenary.
        - Membership fees for 2027 will be invoiced in January.

        With best wishes for the holidays,
        The FundOps Committee
        """
    )
    relay = [
        "MEMBER NEWS – shared at the request of Valcourt Ashby",
        "",
        *[x for x in inv.plain if x != "Dear members,"][:12],
    ]
    footer = [
        "You receive FundOps Monthly as a member of the FundOps Forum.",
        "Unsubscribe: https://fundops-forum.org/newsletter/unsubscribe?u=7f3a91c2&list=monthly",
        "FundOps Forum a.s.b.l. · 12, rue du Marché-aux-Herbes · L-1728 Luxembourg",
    ]
    plain = [*editorial, "", "-" * 40, "", *relay, "", "-" * 40, *footer]
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="font-family:Georgia,serif"><table width="600" align="center"><tr><td>\n'
        + f"<h2>{esc(editorial[0])}</h2>\n"
        + "".join(f"<p>{esc(x)}</p>\n" for x in editorial[1:] if x)
        + '<hr><div style="background:#f4f4f4;padding:8px">'
        + "".join(f"<p>{esc(x)}</p>\n" for x in relay if x)
        + '</div><hr><div style="font-size:11px;color:#777">'
        + "<br>".join(esc(x) for x in footer)
        + "</div>\n</td></tr></table></body></html>\n"
    )
    pt = text_part("\n".join(plain) + "\n", "text/plain; charset=utf-8", "utf-8", "quoted-printable")
    ht = text_part(html, "text/html; charset=utf-8", "utf-8", "quoted-printable")
    content = multipart("alternative", [pt, ht], f"----=_Part_{r.randrange(10**5, 10**6)}_{r.randrange(10**8, 10**9)}")
    hs = [
        ("Received", received_gw(when, "mta-07.fundops-forum.org (198.51.100.27)", r)),
        ("From", addr("FundOps Forum", "newsletter@fundops-forum.org")),
        ("To", addr(reader.shown, reader.email)),
        ("Subject", subj_hdr("FundOps Monthly – December 2026")),
        ("Date", rfcdate(when)),
        ("Message-ID", f"<nl-2026-12.{hexs(r, 16, '0123456789abcdef')}@fundops-forum.org>"),
        ("List-Id", "FundOps Monthly <monthly.fundops-forum.org>"),
        (
            "List-Unsubscribe",
            "<https://fundops-forum.org/newsletter/unsubscribe?u=7f3a91c2&list=monthly>, <mailto:unsubscribe-monthly@fundops-forum.org>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("MIME-Version", "1.0"),
    ]
    label = [x.strip() for x in editorial if x.strip()]
    return dict(
        slug="newsletter-fundops",
        client="newsletter",
        lang="en",
        kind="list",
        raw=render(hs, content),
        new_text=label,
        mode="text",
        top=True,
    )
