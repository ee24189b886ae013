"""Automatic replies (kind "auto_reply", with the label `until`) and complaints (kind "complaint": ARF
feedback reports and abuse-desk notices)."""
from datetime import timedelta
from email.utils import format_datetime

from mime12 import D, Part, crlf, enc, ew, hexid, lowhex, qp, rng, text_part, thread_index

ITEMS = []


def A(name, email, cs="utf-8"):
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if "," in name or "." in name else f"{name} <{email}>"
    return f"{ew(name, cs)} <{email}>"


def S(s, cs="utf-8"):
    return s if all(ord(c) < 128 for c in s) else ew(s, cs)


def auto(slug, client, lang, until, headers, text, cs="us-ascii", cte="7bit", html=None, hcs=None):
    body_text = text.strip("\n") + "\n"
    tp = text_part(body_text, f'text/plain; charset="{cs}"', cs, cte)
    if html is None:
        part = tp
    else:
        r = rng("autob", slug)
        hp = text_part(html, f'text/html; charset="{hcs or cs}"', hcs or cs, "quoted-printable")
        b = f"_000_{hexid(r, 40)}_"
        part = Part([("Content-Type", f'multipart/alternative;\r\n\tboundary="{b}"')], parts=[tp, hp], boundary=b)
    p = Part(list(headers) + [("MIME-Version", "1.0")] + part.headers, body=part.body, parts=part.parts,
             boundary=part.boundary)
    ITEMS.append(dict(slug=slug, client=client, lang=lang, kind="auto_reply", raw=p.render(), until=until))


def html_of(text):
    import html as h
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "".join(f"<p>{h.escape(x)}</p>" if x.strip() else "<p>&nbsp;</p>" for x in text.strip("\n").split("\n"))
            + "</body></html>\r\n")


def exch_headers(r, frm, to, date, subject, orig_mid, lang_tag="en-US", prefix="Automatic reply: "):
    dom = frm[1].split("@")[1]
    return [("Received", f"from {dom.split('.')[0].upper()}-EX01.{dom} (10.1.2.3) by mx.{to[1].split('@')[1]}; "
                         f"{format_datetime(date)}"),
            ("From", A(*frm)), ("To", A(*to)), ("Subject", S(prefix + subject)),
            ("Thread-Topic", S(subject)), ("Thread-Index", thread_index(r, 1)), ("Date", format_datetime(date)),
            ("Message-ID", f"<{hexid(r, 32)}@{dom.split('.')[0].upper()}-EX01.{dom}>"),
            ("In-Reply-To", orig_mid), ("References", orig_mid),
            ("Content-Language", lang_tag.lower()), ("X-MS-Has-Attach", ""),
            ("X-MS-Exchange-Organization-AutoResponseSuppress", "All"),
            ("X-MS-Exchange-Organization-Auto-Submitted", "auto-replied"),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


HARRIET = ("Harriet Coleman", "harriet.coleman@brightwater-advisory.com")
CAMILLE = ("Camille Verdier", "camille.verdier@cabinet-aubrac.fr")
JONAS = ("Jonas Pfeiffer", "jonas.pfeiffer@nordlicht-agentur.de")
SANNE = ("Sanne de Wit", "sanne@studiokanaal.nl")
LUCIA = ("Lucía Navarro", "lucia.navarro@barlovento-asesores.es")
GIULIA = ("Giulia Ferraresi", "g.ferraresi@altavia-consulenze.it")
RAFAEL = ("Rafael Moura", "rafael.moura@caravela-agencia.com.br")
KASIA = ("Katarzyna Wójcik", "k.wojcik@doradztwo-wislane.pl")
ELIN = ("Elin Sandberg", "elin.sandberg@fjordkonsult.se")
TOMAS = ("Tomáš Dvořák", "tomas.dvorak@poradna-vltava.cz")
TRENT = ("Trent Loughlin", "Trent.Loughlin@strattonhale.com")

# --------------------------------------------------------------------------
# automatic replies
# --------------------------------------------------------------------------
r = rng("a1")
t = D("2024-07-10 08:02:11", -4)
text = """
Thank you for your email. I am out of the office July 10-31 with limited access to email.

For anything urgent, please contact my colleague Dev Anand at dev.anand@corbellpartners.com or call the main office at (617) 555-0100.

Best regards,
Rachel Corbell"""
auto("ooo-range-july", "exchange", "en", "2024-07-31",
     exch_headers(r, ("Rachel Corbell", "rcorbell@corbellpartners.com"), HARRIET, t, "Engagement letter - Q3",
                  "<CAx1@mail.gmail.com>"), text, html=html_of(text), cs="us-ascii")

r = rng("a2")
t = D("2001-03-14 11:20:05", -6)
auto("exch2003-monday-19", "exchange", "en", "2001-03-19",
     [("Received", f"by hou-exch01.pellworth.com with Internet Mail Service (5.5.2653.19) id <{hexid(r, 8)}>; "
                   f"{format_datetime(t)}"),
      ("Message-ID", f"<{hexid(r, 32)}@hou-exch01.pellworth.com>"), ("From", '"Tillery, Bob" <btillery@pellworth.com>'),
      ("To", '"Loughlin, Trent" <Trent.Loughlin@strattonhale.com>'),
      ("Subject", "Out of Office AutoReply: April gas nominations"), ("Date", format_datetime(t)),
      ("X-Mailer", "Internet Mail Service (5.5.2653.19)")], """
I will be out of the office until Monday, March 19.  If you need assistance with scheduling or nominations please call Lyle Fenstermacher at (713) 555-0152.

Bob Tillery""", cs="iso-8859-1")

r = rng("a3")
t = D("2001-05-21 07:44:50", -5)
auto("notes-return-until", "lotus_notes", "en", "2001-05-29",
     [("Received", f"from notes1.strattonhale.com by mx2.pellworth.com; {format_datetime(t)}"),
      ("Subject", "Dana Whitcombe/HOU/SHE is out of the office."), ("To", "kosei@pellworth.com"),
      ("From", "Dana Whitcombe <Dana.Whitcombe@strattonhale.com>"), ("Date", format_datetime(t)),
      ("Message-ID", f"<OF{hexid(r, 8)}.{hexid(r, 8)}-ON{hexid(r, 8)}.{hexid(r, 8)}@strattonhale.com>"),
      ("X-Mailer", "Lotus Notes Release 5.0.8  June 18, 2001"),
      ("X-MIMETrack", "Serialize by Router on HOUMTA01/SHE(Release 5.0.8 |June 18, 2001) at 05/21/2001 07:44:51 AM")],
     """
I will be out of the office starting  05/21/2001 and will not return until 05/29/2001.

I will respond to your message when I return.  For urgent legal matters please contact Marisol Vance at 713-555-0168.""")

r = rng("a4")
t = D("2002-06-28 16:05:00", -5)
auto("groupwise-until-us-date", "groupwise", "en", "2002-07-08",
     [("Received", f"from gwia.calderbasin.com by smtp1.strattonhale.com; {format_datetime(t)}"),
      ("Message-Id", f"<s{lowhex(r, 7)}.092@gwia.calderbasin.com>"),
      ("X-Mailer", "Novell GroupWise Internet Agent 6.0.2"), ("Date", format_datetime(t)),
      ("From", '"Hollis Grange" <HGRANGE@calderbasin.com>'), ("To", "<Trent.Loughlin@strattonhale.com>"),
      ("Subject", "Re: July FT nominations - Out of the Office")], """
I am out of the office until 7/8/2002.  For capacity requests please contact Wendell Ashby at (405) 555-0119.""")

r = rng("a5")
t = D("2024-08-12 09:15:40", -4)
auto("gmail-vacation-back-on", "gmail", "en", "2024-08-19",
     [("Return-Path", "<greg.paulsen.vacation@gmail.com>"), ("MIME-Version", "1.0"),
      ("From", "Greg Paulsen <gpaulsen@fastmail.com>"), ("To", A(*HARRIET)), ("Date", format_datetime(t)),
      ("Message-ID", f"<CA{lowhex(r, 30)}@mail.gmail.com>"), ("Subject", "On vacation"),
      ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("In-Reply-To", "<relance.9a1f@brightwater-advisory.com>"),
      ("References", "<relance.9a1f@brightwater-advisory.com>")], """
Thanks for your email. I'm on vacation and back on Monday, August 19. I'll reply as soon as I can after that.

Greg""")

r = rng("a6")
t = D("2024-03-15 13:30:02", 0)
text = """
Thanks for your message. I'm out of the office today and back on Monday.

If your query is urgent please ring the office on 0161 555 0190.

Kind regards,
Ben Aldridge"""
auto("back-on-monday-relative", "office365", "en", "2024-03-18",
     exch_headers(r, ("Ben Aldridge", "ben.aldridge@aldridge-joinery.co.uk"), HARRIET, t,
                  "Re: Year-end payroll summary", "<AM0PR04MB1234@AM0PR04MB1234.eurprd04.prod.outlook.com>",
                  lang_tag="en-GB"), text, html=html_of(text))

r = rng("a7")
t = D("2024-07-10 09:01:33", 2)
text = """
Bonjour,

Je suis absente du 10 au 31 juillet inclus et n'aurai qu'un accès limité à mes e-mails.

En cas d'urgence, vous pouvez contacter Mathilde Rivière au 04 73 55 01 30.

Cordialement,
Élodie Fabre"""
auto("absente-du-10-au-31", "exchange", "fr", "2024-07-31",
     exch_headers(r, ("Élodie Fabre", "elodie.fabre@fabre-associes.fr"), CAMILLE, t, "Votre bilan patrimonial",
                  "<2a1b@cabinet-aubrac.fr>", lang_tag="fr-FR", prefix="Réponse automatique : "),
     text, cs="iso-8859-1", cte="quoted-printable", html=html_of(text), hcs="utf-8")

r = rng("a8")
t = D("2023-12-22 17:45:10", 1)
auto("de-retour-le-4-janvier", "zimbra", "fr", "2024-01-04",
     [("Received", f"from zimbra.menuiserie-brun.fr by mx.cabinet-aubrac.fr; {format_datetime(t)}"),
      ("Date", format_datetime(t)), ("From", "Olivier Brun <olivier@menuiserie-brun.fr>"), ("To", A(*CAMILLE)),
      ("Message-ID", f"<{r.randrange(10**8)}.{r.randrange(10**6)}.{r.randrange(10**12)}.JavaMail.zimbra@menuiserie-brun.fr>"),
      ("Subject", S("Re: Votre épargne salariale")), ("Auto-Submitted", "auto-replied (zimbra; vacation)"),
      ("Precedence", "bulk")], """
Bonjour,

L'entreprise est fermée pour les fêtes. Je serai de retour le 4 janvier et je traiterai votre message à ce moment-là.

Bonnes fêtes de fin d'année !
Olivier Brun
Menuiserie Brun""", cs="utf-8", cte="quoted-printable")

r = rng("a9")
t = D("2024-08-05 07:30:00", 2)
text = """
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16.08.2024 nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0511 555 0100.

Mit freundlichen Grüßen
Klaus Hoffmann"""
auto("bis-einschliesslich", "exchange", "de", "2024-08-16",
     exch_headers(r, ("Klaus Hoffmann", "k.hoffmann@hoffmann-metallbau.de"), JONAS, t, "Angebot Messestand Hannover",
                  "<c3d@nordlicht-agentur.de>", lang_tag="de-DE", prefix="Automatische Antwort: "),
     text, cs="iso-8859-1", cte="quoted-printable", html=html_of(text), hcs="utf-8")

r = rng("a10")
t = D("2024-08-01 10:12:45", 2)
auto("gmx-urlaub-vague", "gmx", "de", None,
     [("Received", f"from mout.gmx.net by mx.nordlicht-agentur.de; {format_datetime(t)}"),
      ("Date", format_datetime(t)), ("From", "Werner Schulz <werner.schulz@gmx.de>"), ("To", A(*JONAS)),
      ("Subject", S("Abwesenheitsnotiz: Re: Rechnung 2024-031")),
      ("Message-ID", f"<autoreply-{lowhex(r, 16)}@gmx.net>")], """
Hallo,

ich bin derzeit im Urlaub und ab nächster Woche wieder erreichbar. Ihre E-Mail wird danach bearbeitet.

Werner Schulz""", cs="utf-8", cte="quoted-printable")

r = rng("a11")
t = D("2024-07-29 08:40:12", 2)
text = """
Beste afzender,

Ik ben met vakantie tot en met 9 augustus en lees mijn e-mail niet.

Voor dringende zaken kunt u bellen met ons kantoor: 010 555 0134.

Met vriendelijke groet,
Joost van Dijk"""
auto("tot-en-met-9-augustus", "exchange", "nl", "2024-08-09",
     exch_headers(r, ("Joost van Dijk", "j.vandijk@vandijk-logistiek.nl"), SANNE, t, "Voorstel nieuwe website",
                  "<f00@studiokanaal.nl>", lang_tag="nl-NL", prefix="Automatisch antwoord: "), text,
     html=html_of(text))

r = rng("a12")
t = D("2024-08-19 12:00:01", 2)
text = """
Gracias por su mensaje.

Estaré fuera de la oficina hasta el 2 de septiembre, con acceso limitado al correo electrónico. Para cualquier asunto urgente, puede escribir a administracion@ortega-distribuciones.es.

Un saludo,
Carmen Ortega"""
auto("hasta-el-2-de-septiembre", "exchange", "es", "2024-09-02",
     exch_headers(r, ("Carmen Ortega", "cortega@ortega-distribuciones.es"), LUCIA, t, "Presupuesto auditoría 2023",
                  "<a77@barlovento-asesores.es>", lang_tag="es-ES", prefix="Respuesta automática: "),
     text, cs="iso-8859-1", cte="quoted-printable", html=html_of(text), hcs="utf-8")

r = rng("a13")
t = D("2024-08-08 09:05:44", 2)
text = """
Buongiorno,

sarò assente dall'8 al 23 agosto con accesso limitato alla posta elettronica. Per urgenze potete contattare l'ufficio amministrativo allo 0546 555 012.

Cordiali saluti
Marco Rinaldi"""
auto("dall-8-al-23-agosto", "exchange", "it", "2024-08-23",
     exch_headers(r, ("Marco Rinaldi", "marco.rinaldi@rinaldi-ceramiche.it"), GIULIA, t, "Preventivo consulenza export",
                  "<e12@altavia-consulenze.it>", lang_tag="it-IT", prefix="Risposta automatica: "),
     text, cs="iso-8859-1", cte="quoted-printable", html=html_of(text), hcs="utf-8")

r = rng("a14")
t = D("2024-04-22 08:00:10", 2)
text = """
Dzień dobry,

jestem na urlopie do 30 kwietnia. W pilnych sprawach proszę kontaktować się z biurem: biuro@lewandowska-biuro.pl.

Pozdrawiam,
Agnieszka Lewandowska"""
auto("urlop-do-30-kwietnia", "exchange", "pl", "2024-04-30",
     exch_headers(r, ("Agnieszka Lewandowska", "a.lewandowska@lewandowska-biuro.pl"), KASIA, t,
                  "Umowa na doradztwo podatkowe", "<9c1@doradztwo-wislane.pl>", lang_tag="pl-PL",
                  prefix="Odpowiedź automatyczna: "), text, cs="iso-8859-2", cte="quoted-printable",
     html=html_of(text), hcs="utf-8")

r = rng("a15")
t = D("2024-07-15 06:30:00", 2)
auto("tillbaka-5-augusti", "gmail", "sv", "2024-08-05",
     [("MIME-Version", "1.0"), ("From", "Johan Lindqvist <johan@lindqvist-bygg.se>"), ("To", A(*ELIN)),
      ("Date", format_datetime(t)), ("Message-ID", f"<CA{lowhex(r, 30)}@mail.gmail.com>"),
      ("Subject", S("Semester")), ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")], """
Hej,

Jag har semester och är tillbaka måndag 5 augusti. Vid brådskande ärenden, ring kontoret på 018-555 01 20.

Mvh
Johan""", cs="utf-8", cte="quoted-printable")

r = rng("a16")
t = D("2024-11-11 10:20:30", -6)
auto("no-headers-return-on", "other", "en", "2024-11-18",
     [("Received", f"from mail.prairiestatecpa.com by mx1.brightwater-advisory.com; {format_datetime(t)}"),
      ("Date", format_datetime(t)), ("From", "Diane Kowalski <diane@prairiestatecpa.com>"), ("To", A(*HARRIET)),
      ("Subject", "Out of Office"), ("Message-ID", f"<{lowhex(r, 20)}@prairiestatecpa.com>")], """
I am currently out of the office with limited access to email and will return on 11/18. I will respond to your message as soon as possible.

Diane Kowalski, CPA""")

r = rng("a17")
t = D("2024-05-06 14:02:19", -4)
auto("ticket-ack", "helpdesk", "en", None,
     [("Received", f"from outbound.helpdeskly.io by mx1.brightwater-advisory.com; {format_datetime(t)}"),
      ("Date", format_datetime(t)), ("From", "Lanyard Mortgages Support <support@lanyardmortgages.com>"),
      ("Reply-To", "support+id48213@lanyardmortgages.com"), ("To", A(*HARRIET)),
      ("Subject", "[Lanyard Mortgages] Re: Client referral - Derek Osei"),
      ("Message-ID", f"<{lowhex(r, 12)}_{r.randrange(10**6)}@helpdeskly.io>"),
      ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")], """
##- Please type your reply above this line -##

Hi Harriet,

Thanks for getting in touch. We've received your request (#48213) and a member of our team will get back to you within one business day.

You can add comments to your request by replying to this email.

Lanyard Mortgages Support""")

r = rng("a18")
t = D("2024-07-26 16:40:00", -4)
auto("early-august-vague", "yahoo", "en", None,
     [("Date", format_datetime(t)), ("From", "Linda Park <lindapark_57@yahoo.com>"), ("To", A(*HARRIET)),
      ("Subject", "Re: Your retirement income plan"), ("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied"),
      ("Message-ID", f"<{r.randrange(10**9)}.{r.randrange(10**6)}.{r.randrange(10**12)}@mail.yahoo.com>")], """
Hi! I'm travelling in Maine until early August with spotty internet. I'll get back to you when I can.

Linda""")

r = rng("a19")
t = D("2024-03-25 09:00:12", 1)
auto("sieve-away-until", "sieve", "en", "2024-04-02",
     [("Received", f"from imap.amundsen.dev by mx.lists.tessera-gis.org; {format_datetime(t)}"),
      ("Date", format_datetime(t)), ("From", "Liv Amundsen <liv@amundsen.dev>"),
      ("To", "Karl Jaeger <karl@jaeger.no>"), ("Subject", "Auto: Re: [tessera-dev] RFC: drop GDAL 2.x support in 0.9"),
      ("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk"),
      ("Message-ID", f"<dovecot-sieve-{r.randrange(10**9)}-{r.randrange(10**6)}-0@imap.amundsen.dev>"),
      ("In-Reply-To", "<20240325075011.a1b2c3@jaeger.no>")], """
Away until 2 April (Easter holidays). I'll catch up on the list when I'm back.

-- Liv""")

r = rng("a20")
t = D("2024-12-20 17:58:00", 0)
text = """
Thank you for your email. I am on annual leave from 23/12/2024 returning on 02/01/2025. Emails will not be forwarded.

For urgent matters please contact accounts@pryce-surveyors.co.uk.

Merry Christmas,
Gareth Pryce"""
auto("annual-leave-uk-dates", "office365", "en", "2025-01-02",
     exch_headers(r, ("Gareth Pryce", "gareth.pryce@pryce-surveyors.co.uk"), HARRIET, t, "RE: Partnership accounts 2024",
                  "<AM6PR02@eurprd02.prod.outlook.com>", lang_tag="en-GB"), text, html=html_of(text))

r = rng("a21")
t = D("2024-10-16 07:12:40", -5)
auto("sick-back-tomorrow", "outlook", "en", "2024-10-17",
     [("Date", format_datetime(t)), ("From", "Tom Reilly <treilly@reillyfreight.com>"), ("To", A(*HARRIET)),
      ("Subject", "Automatic reply: Follow-up: 401(k) plan review"), ("Auto-Submitted", "auto-replied"),
      ("Message-ID", f"<{hexid(r, 32)}@RFX-EXMB02.reillyfreight.local>")], """
I'm out sick today, back tomorrow. For anything urgent call Donna at ext. 214.

Tom""")

r = rng("a22")
t = D("2024-05-30 18:30:00", 2)
auto("retour-lundi-relatif", "orange", "fr", "2024-06-03",
     [("Date", format_datetime(t)), ("From", S("Gérard Lefèvre") + " <gerard.lefevre@orange.fr>"), ("To", A(*CAMILLE)),
      ("Subject", S("Réponse automatique")), ("X-Autoreply", "yes"),
      ("Message-ID", f"<{r.randrange(10**9)}.{r.randrange(10**5)}.{r.randrange(10**12)}@wwinf1m19.orange.fr>")], """
Bonjour,
Je suis en déplacement et je serai de retour lundi. Je vous répondrai à ce moment-là.
Cordialement
G. Lefèvre""", cs="utf-8", cte="quoted-printable")

# --------------------------------------------------------------------------
# complaints
# --------------------------------------------------------------------------
def complaint(slug, client, lang, raw):
    ITEMS.append(dict(slug=slug, client=client, lang=lang, kind="complaint", raw=raw))


def arf(top, human, fields, original, boundary, orig_type="message/rfc822"):
    fr = Part([("Content-Type", "message/feedback-report")], body=crlf(fields.strip("\n") + "\n").encode())
    om = Part([("Content-Type", orig_type), ("Content-Disposition", "inline")], body=original)
    p = Part([("Content-Type", f'multipart/report; report-type=feedback-report;\r\n\tboundary="{boundary}"')],
             parts=[human, fr, om], boundary=boundary)
    return "".join(f"{k}: {v}\r\n" for k, v in top).encode() + b"MIME-Version: 1.0\r\n" + p.render()


def orig_mail(frm, to, date, subject, body, mid, extra=()):
    h = [("Return-Path", f"<bounces+{lowhex(rng(mid), 8)}@mail.{frm[1].split('@')[1]}>"), ("Message-ID", mid),
         ("Date", format_datetime(date)), ("From", A(*frm)), ("To", to), ("Subject", S(subject)),
         ("MIME-Version", "1.0")] + list(extra) + [
        ("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit")]
    return "".join(f"{k}: {v}\r\n" for k, v in h).encode() + b"\r\n" + crlf(body.strip("\n") + "\n").encode()


r = rng("c1")
t = D("2024-04-18 03:12:09", 0)
om = orig_mail(HARRIET, "redacted@veridianmail.net", t - timedelta(days=1), "Following up: our advisory services",
               "Hi,\n\nJust following up on my earlier note about our advisory services.\n\nHarriet Coleman",
               "<relance.77a1@brightwater-advisory.com>",
               extra=[("DKIM-Signature", "v=1; a=rsa-sha256; d=brightwater-advisory.com; s=sel1; h=from:to:subject; "
                                         "bh=Zm9vYmFy; b=YmFy")])
raw = arf([("Received", f"from fbl.veridianmail.net by mx1.brightwater-advisory.com; {format_datetime(t)}"),
           ("From", "Veridian Mail Feedback Loop <fbl@veridianmail.net>"), ("To", "abuse@brightwater-advisory.com"),
           ("Subject", "FW: Following up: our advisory services"), ("Date", format_datetime(t)),
           ("Message-ID", f"<fbl.{lowhex(r, 16)}@veridianmail.net>")],
          text_part("This is an email abuse report for an email message received from IP 198.51.100.23 on "
                    f"{format_datetime(t - timedelta(days=1))}.\nFor more information about this format please see "
                    "http://tools.ietf.org/html/rfc5965.\n", "text/plain; charset=us-ascii", "us-ascii", "7bit"),
          f"""
Feedback-Type: abuse
User-Agent: VeridianFBL/2.1
Version: 1
Original-Mail-From: <bounces+a1@mail.brightwater-advisory.com>
Original-Rcpt-To: <redacted@veridianmail.net>
Arrival-Date: {format_datetime(t - timedelta(days=1))}
Reported-Domain: brightwater-advisory.com
Source-IP: 198.51.100.23
Authentication-Results: mx.veridianmail.net; dkim=pass header.d=brightwater-advisory.com; spf=pass
""", om, f"----=_fbl_{lowhex(r, 20)}")
complaint("arf-veridian-fbl", "arf", "en", raw)

r = rng("c2")
t = D("2024-09-03 12:44:00", -7)
om = orig_mail(JONAS, "k***@cascadia-broadband.net", t - timedelta(hours=8), "Ihr Angebot für den Webshop",
               "Guten Tag,\n\nwir melden uns noch einmal wegen Ihres Webshops.\n\nJonas Pfeiffer",
               "<relance.c0ffee@nordlicht-agentur.de>")
raw = arf([("From", "Cascadia Broadband Postmaster <feedback@cascadia-broadband.net>"),
           ("To", "abuse@nordlicht-agentur.de"), ("Subject", "Abuse Report"), ("Date", format_datetime(t)),
           ("Message-ID", f"<{lowhex(r, 24)}@fbl.cascadia-broadband.net>")],
          text_part("A Cascadia Broadband customer reported the attached message as spam.\nPlease remove the "
                    "recipient from your mailing lists.\n", "text/plain; charset=us-ascii", "us-ascii", "7bit"),
          f"""
Feedback-Type: abuse
User-Agent: Cascadia-FBL/1.0
Version: 1
Original-Mail-From: jonas.pfeiffer@nordlicht-agentur.de
Arrival-Date: {format_datetime(t - timedelta(hours=8))}
Source-IP: 203.0.113.77
Reported-Domain: nordlicht-agentur.de
Removal-Recipient: k***@cascadia-broadband.net
""", om.split(b"\r\n\r\n", 1)[0] + b"\r\n", f"----=_{lowhex(r, 16)}", orig_type="text/rfc822-headers")
complaint("arf-cascadia-headers", "arf", "en", raw)

r = rng("c3")
t = D("2024-11-12 22:05:31", 0)
om = orig_mail(HARRIET, "someone@outlookmail-example.com", t - timedelta(hours=2), "Quick question about your pension",
               "Hi,\n\nDo you have 10 minutes this week to talk about your pension options?\n\nHarriet",
               "<relance.be11@brightwater-advisory.com>")
b = f"----=_NextPart_{lowhex(r, 12)}"
raw = ("".join(f"{k}: {v}\r\n" for k, v in [
    ("From", "staff@hotmail-jmr.example"), ("To", "postmaster@brightwater-advisory.com"),
    ("Subject", "complaint about message from 198.51.100.23"), ("Date", format_datetime(t)),
    ("Message-ID", f"<JMR{hexid(r, 20)}@hotmail-jmr.example>"), ("X-HmXmrOriginalRecipient", "<someone@outlookmail-example.com>"),
    ("MIME-Version", "1.0"), ("Content-Type", f'multipart/mixed; boundary="{b}"')]).encode() + b"\r\n" +
       f"--{b}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThis is a complaint from a user of our junk mail "
       f"reporting program.\r\n--{b}\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n"
       .encode() + om + f"--{b}--\r\n".encode())
complaint("jmrp-style", "jmrp", "en", raw)

r = rng("c4")
t = D("2024-06-21 09:15:00", 1)
raw = ("".join(f"{k}: {v}\r\n" for k, v in [
    ("Received", f"from mail.hostvale.de by mx.nordlicht-agentur.de; {format_datetime(t)}"),
    ("From", "Hostvale Abuse Team <abuse@hostvale.de>"), ("To", "postmaster@nordlicht-agentur.de"),
    ("Subject", "[Abuse #2024062117] Spam complaint concerning nordlicht-agentur.de"),
    ("Date", format_datetime(t)), ("Message-ID", f"<abuse-2024062117.{lowhex(r, 10)}@hostvale.de>"),
    ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
    ("Content-Transfer-Encoding", "quoted-printable")]).encode() + b"\r\n" + (qp(enc("""Sehr geehrte Damen und Herren,

wir haben eine Beschwerde über unerwünschte E-Mails erhalten, die von Ihrer Domain nordlicht-agentur.de (IP 203.0.113.41) an einen unserer Kunden versendet wurden.

Beschwerdeführer: Kunde der Hostvale GmbH (Adresse auf Wunsch entfernt)
Betreff der E-Mail: "Erinnerung: Angebot Imagefilm"
Empfangen am: 20.06.2024 14:02 MESZ

Der Kunde gibt an, nie Kontakt mit Ihrem Unternehmen gehabt zu haben. Bitte stellen Sie sicher, dass die Adresse aus Ihren Verteilern entfernt wird, und teilen Sie uns innerhalb von 48 Stunden mit, welche Maßnahmen Sie ergriffen haben.

Mit freundlichen Grüßen
Hostvale Abuse Team
""", "utf-8")) + "\r\n").encode())
complaint("abuse-desk-de", "abuse_desk", "de", raw)

r = rng("c5")
t = D("2024-02-08 15:40:22", -5)
raw = ("".join(f"{k}: {v}\r\n" for k, v in [
    ("From", "SpamLedger <spamledger-noreply@spamledger.example>"), ("To", "abuse@brightwater-advisory.com"),
    ("Subject", "[SpamLedger id:7204418832] Following up: our advisory services"), ("Date", format_datetime(t)),
    ("Message-ID", f"<spamledger-7204418832-{lowhex(r, 8)}@spamledger.example>"), ("Precedence", "list"),
    ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=us-ascii")]).encode() + b"\r\n" + crlf("""
[ SpamLedger V5.2.1 ]
This message is brief for your comfort.  Please use links below for details.

Email from 198.51.100.23 / Thu, 08 Feb 2024 09:12:40 -0500
https://www.spamledger.example/id=7204418832

[ Offending message ]
Return-Path: <bounces+a1@mail.brightwater-advisory.com>
Message-ID: <relance.77a3@brightwater-advisory.com>
From: Harriet Coleman <harriet.coleman@brightwater-advisory.com>
To: x
Subject: Following up: our advisory services

Hi,

Just following up on my earlier note about our advisory services.
""".lstrip("\n")).encode())
complaint("spamledger-report", "spam_report", "en", raw)
