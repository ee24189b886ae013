"""blind13 non-human messages: mailing-list replies (built like the human replies, kind "list"), automatic replies,
bounces and complaints (raw, written here)."""
from mime12 import D, L, Part, ew, ew_subject, message, multipart, rfcdate, text_part

# ============================================================================ mailing-list replies
LIST_SPECS = [
    dict(slug="cercle-sympa", kind="list", client="outlook365", lang="fr", who="ab", thread=("forum", 1),
         to=["forum"], date="2026-11-30 11:20", body=L("""
            Bonjour Yann,

            Oui : d’après notre lecture, le crédit d’impôt est remplacé par une exonération avec taux effectif, ce
            qui est plutôt favorable aux clients faiblement imposés. Je peux partager notre note interne aux
            membres qui le souhaitent.
            """), gateway=L("""
            ----
            Vous recevez ce message car vous êtes abonné(e) à la liste forum@listes.cercle-patrimoine.fr.
            Pour vous désabonner : https://listes.cercle-patrimoine.fr/sympa/sigrequest/forum
            """), extra_headers=[
             ("List-Id", "<forum.listes.cercle-patrimoine.fr>"),
             ("List-Unsubscribe", "<https://listes.cercle-patrimoine.fr/sympa/auto_signoff/forum>"),
             ("List-Post", "<mailto:forum@listes.cercle-patrimoine.fr>"), ("Precedence", "list"),
             ("X-Loop", "forum@listes.cercle-patrimoine.fr")]),
    dict(slug="cercle-sympa-tb", kind="list", client="thunderbird", lang="fr", who="ak", thread=("forum", 1),
         to=["forum"], date="2026-11-30 13:05", body=L("""
            Bonjour,

            Attention, le texte adopté en commission a été modifié hier soir : l’exonération ne concernerait que
            les SCPI dont le siège est dans l’Union européenne.
            """), gateway=L("""
            ----
            Vous recevez ce message car vous êtes abonné(e) à la liste forum@listes.cercle-patrimoine.fr.
            Pour vous désabonner : https://listes.cercle-patrimoine.fr/sympa/sigrequest/forum
            """), extra_headers=[
             ("List-Id", "<forum.listes.cercle-patrimoine.fr>"), ("Precedence", "list"),
             ("List-Post", "<mailto:forum@listes.cercle-patrimoine.fr>")]),
    dict(slug="googlegroup-reply", kind="list", client="gmail", lang="en", who="rl", thread=("gg", 1),
         to=["gg"], date="2026-11-28 17:45", body=L("""
            Hi Nick,

            HMRC treats assurance-vie as a non-qualifying policy: gains are taxed as chargeable event gains, with
            time apportionment relief for the years of non-UK residence. Happy to discuss offline.
            """), sig=["Rebecca Lyle", "Harcourt Lyle LLP"], gateway=L("""
            --
            You received this message because you are subscribed to the Google Groups "Private Client Europe" group.
            To unsubscribe from this group and stop receiving emails from it, send an email to private-client-europe+unsubscribe@googlegroups.com.
            To view this discussion visit https://groups.google.com/d/msgid/private-client-europe/CAHx7fQ2pLk.
            """), extra_headers=[
             ("List-Id", "<private-client-europe.googlegroups.com>"), ("Mailing-list", "list private-client-europe@googlegroups.com; contact private-client-europe+owners@googlegroups.com"),
             ("List-Post", "<https://groups.google.com/group/private-client-europe/post>, <mailto:private-client-europe@googlegroups.com>"),
             ("Precedence", "list")]),
    dict(slug="mailman-leden", kind="list", client="apple_mail", lang="nl", who="sv", thread=("leden", 1),
         to=["leden"], date="2026-11-27 14:30", body=L("""
            Beste Ruud,

            Ik wil graag spreken over de Franse assurance-vie voor Nederlandse cliënten; twintig minuten is
            genoeg.
            """), sig=["Sander van Oordt"], gateway=L("""
            _______________________________________________
            Leden mailing list -- leden@lists.vvb-vermogensbeheerders.nl
            To unsubscribe send an email to leden-leave@lists.vvb-vermogensbeheerders.nl
            """), extra_headers=[
             ("List-Id", "Leden VVB <leden.lists.vvb-vermogensbeheerders.nl>"),
             ("List-Unsubscribe", "<mailto:leden-leave@lists.vvb-vermogensbeheerders.nl>"), ("Precedence", "list")]),
]

# ============================================================================ helpers for raw items
VAL = ("Claire Fontanel", "claire.fontanel@valmont-gp.fr")


def original(mid, date, to, subject, body, frm=VAL):
    """The message Valmont sent (returned in bounces/complaints)."""
    if " <" in to:
        to = ew(to.split(" <", 1)[0]) + " <" + to.split(" <", 1)[1]
    hs = [("From", f"{ew(frm[0])} <{frm[1]}>"), ("To", to), ("Subject", ew(subject)), ("Date", date),
          ("Message-ID", mid), ("MIME-Version", "1.0")]
    return message(hs, text_part(body, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable"))


def exchange_oof(slug, lang, who, email, to, date, subject_prefix, subject, body, until, inreply, client="exchange",
                 html=True, extra=()):
    dt = D(date)
    hs = [("From", f"{ew(who, 'utf-8', 'B')} <{email}>"), ("To", to),
          ("Subject", ew(subject_prefix + subject, "utf-8", "B")), ("Thread-Topic", ew(subject, "utf-8", "B")),
          ("Date", rfcdate(dt)), ("Message-ID", f"<{slug.upper().replace('-', '')}7A1F@{email.split('@')[1]}>"),
          ("In-Reply-To", inreply), ("References", inreply), ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", email),
          ("Content-Language", {"fr": "fr-FR", "en": "en-GB", "de": "de-DE", "es": "es-ES", "it": "it-IT",
                                "nl": "nl-NL"}[lang])] + list(extra) + [("MIME-Version", "1.0")]
    text = "\n".join(body) + "\n"
    if html:
        h = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + \
            "".join(f"<div>{x}</div>" if x else "<div><br></div>" for x in body) + "</body></html>\n"
        part = multipart("alternative", [text_part(text, 'text/plain; charset="utf-8"', "utf-8", "base64"),
                                         text_part(h, 'text/html; charset="utf-8"', "utf-8", "base64")],
                         f"_000_{slug.replace('-', '')}_")
    else:
        part = text_part(text, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
    return dict(kind="auto_reply", client=client, lang=lang, slug=slug, raw=message(hs, part), until=until)


AUTO_PREFIX = {"fr": "Réponse automatique : ", "en": "Automatic reply: ", "de": "Automatische Antwort: ",
               "es": "Respuesta automática: ", "it": "Risposta automatica: ", "nl": "Automatisch antwoord: "}


def A(slug, lang, who, email, date, subject, body, until, **kw):
    return exchange_oof(slug, lang, who, email, f"Claire Fontanel <{VAL[1]}>", date, AUTO_PREFIX[lang], subject,
                        L(body), until, f"<DB9P250MB0412{slug.replace('-', '').upper()[:12]}@DB9P250MB0412.EURP250.PROD.OUTLOOK.COM>",
                        **kw)


AUTOS = [
    A("caradec-absente", "fr", "Évelyne Caradec", "evelyne.caradec@caradec-notaires.fr", "2026-12-03 09:14",
      "RE: Succession de M. Georges de Lanoy – pièces manquantes", """
        Bonjour,

        Je suis absente de l’office jusqu’au lundi 7 décembre inclus.
        Pour toute urgence, vous pouvez contacter Laure Guégan au 02 99 79 31 44.

        Bien cordialement,
        Évelyne Caradec
        """, "2026-12-07"),
    A("brossard-noel", "fr", "Pierre Brossard", "p.brossard@menuiseries-brossard.fr", "2026-12-18 16:02",
      "Crédit lombard – Menuiseries Brossard – conditions", """
        Bonjour,

        L’entreprise est fermée pour les congés de fin d’année. Je serai de retour le 4 janvier.
        Pour les commandes urgentes : atelier@menuiseries-brossard.fr

        Pierre Brossard
        """, "2027-01-04"),
    A("maubert-du-au", "fr", "Frédéric Maubert", "frederic.maubert@banque-heracles.fr", "2026-11-30 08:01",
      "Succession de M. Georges de Lanoy – attestation", """
        Bonjour,

        Je suis absent du 30 novembre au 11 décembre 2026. Votre message ne sera pas transféré.
        Pour toute demande urgente, merci de contacter le secrétariat de la Gestion de Fortune au 01 53 77 60 00.

        Hello, I am out of the office from 30 November to 11 December 2026. Your message will not be forwarded.

        Frédéric Maubert
        Banque Héraclès
        """, "2026-12-11", client="exchange"),
    A("rheinfeld-urlaub", "de", "Matthias Rheinfeld", "m.rheinfeld@rheinfeld-vb.de", "2026-12-01 10:30",
      "Kooperation Rheinfeld / Valmont – Retrozessionen 2027", """
        Sehr geehrte Damen und Herren,

        ich bin bis einschließlich 8. Dezember 2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine
        E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Katrin Vogel (k.vogel@rheinfeld-vb.de).

        Mit freundlichen Grüßen
        Matthias Rheinfeld
        """, "2026-12-08"),
    A("castellvi-fuera", "es", "Jordi Castellví", "jordi.castellvi@castellvi-asesores.es", "2026-12-04 12:00",
      "Venta del inmueble de Girona – documentación", """
        Gracias por su mensaje.

        Estaré fuera de la oficina hasta el lunes 14 de diciembre. Para asuntos urgentes, contacte con
        Lucía Ferrer (lucia.ferrer@castellvi-asesores.es).

        Jordi Castellví
        """, "2026-12-14"),
    A("bellandi-assente", "it", "Paolo Bellandi", "p.bellandi@studiobellandi.it", "2026-12-02 09:45",
      "Holding Bellandi – dichiarazione IFI", """
        Buongiorno,

        sarò assente dallo studio fino al 9 dicembre compreso, con accesso limitato alla posta elettronica.
        Per urgenze può scrivere alla dott.ssa Giulia Conti.

        Cordiali saluti
        Paolo Bellandi
        """, "2026-12-09"),
    A("vanoordt-afwezig", "nl", "Sander van Oordt", "s.vanoordt@vanoordt-dewit.nl", "2026-11-30 09:20",
      "Pensioenoverdracht de heer Oudin / transfert de la retraite", """
        Dank voor uw bericht.

        Ik ben afwezig tot en met vrijdag 4 december. Uw e-mail wordt niet doorgestuurd; voor dringende zaken
        kunt u contact opnemen met Femke de Wit.

        Met vriendelijke groet,
        Sander van Oordt
        """, "2026-12-04"),
    A("harcourt-monday", "en", "Oliver Harcourt", "oliver.harcourt@harcourtlyle.co.uk", "2026-12-03 15:10",
      "Lanoy family – deed of variation (UK estate)", """
        Thank you for your email.

        I am out of the office until Monday with limited access to email. For urgent matters please contact
        Rebecca Lyle (rebecca.lyle@harcourtlyle.co.uk).

        Oliver Harcourt
        """, "2026-12-07"),
    A("lyle-back-on", "en", "Rebecca Lyle", "rebecca.lyle@harcourtlyle.co.uk", "2026-12-02 11:00",
      "Lanoy family – deed of variation (UK estate)", """
        Hello,

        I'm on annual leave and back on 7th December. I'll reply to your email as soon as I can.

        Rebecca
        """, "2026-12-07", html=False),
    A("dufresne-deplacement", "fr", "Jean-Marc Dufresne", "jm.dufresne@dufresne-conseil.fr", "2026-12-01 07:30",
      "Comité d’investissement du 10 décembre – ordre du jour", """
        Bonjour,

        Je suis actuellement en déplacement avec un accès limité à mes e-mails. Je vous répondrai dès que
        possible.

        Jean-Marc Dufresne
        """, None, client="outlook365"),
    A("pelletier-janvier", "fr", "Dominique Pelletier", "dpelletier@groupe-saviane.com", "2026-12-21 18:00",
      "Grille tarifaire 2027 – mandat de conseil", """
        Bonjour,

        Je suis absent jusqu’au 2 janvier. En cas d’urgence, merci de contacter la direction financière au
        04 78 95 60 10.

        Dominique Pelletier
        """, "2027-01-02", client="outlook365"),
    A("marchetti-semaine", "fr", "Sophie Marchetti", "sophie.marchetti@valmont-gp.fr", "2026-12-04 17:45",
      "Comité d’investissement du 10 décembre – ordre du jour", """
        Bonjour,

        Je serai en congés la semaine prochaine. Pour toute question sur la gestion des mandats, vous pouvez
        écrire à middle-office@valmont-gp.fr.

        Sophie Marchetti
        """, None, client="outlook365"),
    A("vogel-januar", "de", "Katrin Vogel", "k.vogel@rheinfeld-vb.de", "2026-12-22 08:00",
      "Kooperation Rheinfeld / Valmont – Retrozessionen 2027", """
        Vielen Dank für Ihre Nachricht.

        Ich bin bis 5.1.2027 im Urlaub. Ab dem 6. Januar bin ich wieder für Sie da.

        Katrin Vogel
        """, "2027-01-05"),
]


def gmail_vacation(slug, who, email, date, subject, body, until, lang="fr"):
    dt = D(date)
    hs = [("MIME-Version", "1.0"), ("From", f"{ew(who)} <{email}>"), ("Date", rfcdate(dt)),
          ("Message-ID", f"<CAGvac{slug.replace('-', '')}Q7m@mail.gmail.com>"), ("Subject", ew(subject)),
          ("To", f"Claire Fontanel <{VAL[1]}>"), ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
    text = "\n".join(L(body)) + "\n"
    h = "<div dir=\"ltr\">" + "".join(f"<div>{x}</div>" if x else "<div><br></div>" for x in L(body)) + "</div>\n"
    part = multipart("alternative", [text_part(text, 'text/plain; charset="UTF-8"', "utf-8", "quoted-printable"),
                                     text_part(h, 'text/html; charset="UTF-8"', "utf-8", "quoted-printable")],
                     f"00000000000071a2{slug.replace('-', '')[:10]}", ct=None)
    part.headers = [("Content-Type", f'multipart/alternative; boundary="{part.boundary}"')]
    return dict(kind="auto_reply", client="gmail", lang=lang, slug=slug, raw=message(hs, part), until=until)


def notes_oof(slug, who, email, date, subject, body, until):
    dt = D(date)
    hs = [("From", f"{ew(who)} <{email}>"), ("To", f"Antoine Beaurivage <antoine.beaurivage@valmont-gp.fr>"),
          ("Subject", ew(subject)), ("Date", rfcdate(dt)),
          ("Message-ID", f"<OF{slug.replace('-', '').upper()}.A1B2C3D4-ONC1258C4E.0031F2A7@mutualis-vie.fr>"),
          ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Lotus Notes Release 8.5.3FP6 November 21, 2013"),
          ("MIME-Version", "1.0")]
    part = text_part("\n".join(L(body)) + "\n", 'text/plain; charset="ISO-8859-1"', "iso-8859-1", "quoted-printable")
    return dict(kind="auto_reply", client="lotus_notes", lang="fr", slug=slug, raw=message(hs, part), until=until)


AUTOS += [
    gmail_vacation("ravier-conge-maternite", "Marie Ravier", "marie.ravier@gmail.com", "2026-12-02 10:00",
                   "Re: Rendez-vous bilan patrimonial annuel", """
        Bonjour,

        Je suis en congé maternité et je reprendrai le travail début mars. Je lirai vos messages à mon retour.

        Marie Ravier
        """, None),
    gmail_vacation("conti-vacanze", "Giulia Conti", "giulia.conti.studio@gmail.com", "2026-12-23 09:00",
                   "Re: Holding Bellandi – dichiarazione IFI", """
        Buongiorno,

        lo studio è chiuso per le festività natalizie dal 24 dicembre al 6 gennaio. Risponderò al mio rientro.

        Giulia Conti
        """, "2027-01-06", lang="it"),
    notes_oof("arnoux-absence", "Céline Arnoux", "celine.arnoux@mutualis-vie.fr", "2026-12-01 08:12",
              "Réponse automatique : Arbitrage contrat Mutualis Patrimoine n° 4471-22", """
        Je serai absente du 01/12/2026 au 08/12/2026.
        Pour toute demande concernant les contrats, merci d'écrire à partenaires@mutualis-vie.fr.
        """, "2026-12-08"),
]

# ============================================================================ bounces


def dsn_part(per_msg, per_rcpts):
    body = "".join(f"{k}: {v}\r\n" for k, v in per_msg)
    for r in per_rcpts:
        body += "\r\n" + "".join(f"{k}: {v}\r\n" for k, v in r)
    return Part([("Content-Type", "message/delivery-status")], body.encode("ascii"))


def rfc822_part(raw):
    return Part([("Content-Type", "message/rfc822")], raw)


def headers_part(raw):
    head = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"
    return Part([("Content-Type", "text/rfc822-headers")], head)


def report(hs, parts, bnd):
    rep = multipart("report", parts, bnd,
                    ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"')
    return message(hs, rep)


BOUNCES = []

# 1. Exchange Online, recipient not found (5.1.10)
_o1 = original("<PR3P195MB0567E1A4C09B2D33@PR3P195MB0567.EURP195.PROD.OUTLOOK.COM>",
               "Mon, 30 Nov 2026 10:02:11 +0100", "Hélène Roussel <h.roussel@roussel-immobilier.fr>",
               "Votre bilan patrimonial 2026", "Bonjour Madame Roussel,\n\nJe vous propose un rendez-vous en décembre.\n")
_t1 = L("""
    Votre message à h.roussel@roussel-immobilier.fr n'a pas pu être remis.

    h.roussel n'a pas été trouvé sur roussel-immobilier.fr.

    Action requise du destinataire
    Contactez le destinataire par un autre moyen (par exemple par téléphone) et demandez-lui d'indiquer à son
    administrateur de messagerie que son adresse semble ne pas exister.

    Informations de diagnostic pour les administrateurs
    Serveur de génération : PR3P195MB0567.EURP195.PROD.OUTLOOK.COM
    h.roussel@roussel-immobilier.fr
    Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
    """)
BOUNCES.append(dict(kind="bounce", client="exchange_online", lang="fr", slug="o365-recipient-not-found", raw=report(
    [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@valmont-gp.fr>"),
     ("To", f"Claire Fontanel <{VAL[1]}>"), ("Date", "Mon, 30 Nov 2026 09:02:14 +0000"),
     ("Subject", ew("Non remis : Votre bilan patrimonial 2026")),
     ("Message-ID", "<1d7c2b0e-5f2a-4a71-9e0b-8c3d2f6a4b10@PR3P195MB0567.EURP195.PROD.OUTLOOK.COM>"),
     ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
    [multipart("alternative", [text_part("\n".join(_t1) + "\n", 'text/plain; charset="utf-8"', "utf-8", "quoted-printable"),
                               text_part("<html><body>" + "".join(f"<p>{x}</p>" for x in _t1 if x) + "</body></html>\n",
                                         'text/html; charset="utf-8"', "utf-8", "quoted-printable")], "b1alt"),
     dsn_part([("Reporting-MTA", "dns;PR3P195MB0567.EURP195.PROD.OUTLOOK.COM"),
               ("Received-From-MTA", "dns;PR3P195MB0567.EURP195.PROD.OUTLOOK.COM"),
               ("Arrival-Date", "Mon, 30 Nov 2026 09:02:11 +0000")],
              [[("Final-Recipient", "rfc822;h.roussel@roussel-immobilier.fr"), ("Action", "failed"),
                ("Status", "5.1.10"),
                ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]]),
     rfc822_part(_o1)], "b1rep"),
    bounce=dict(permanent=True, recipients=[dict(address="h.roussel@roussel-immobilier.fr", status="5.1.10",
                                                  permanent=True)],
                original_message_id="<PR3P195MB0567E1A4C09B2D33@PR3P195MB0567.EURP195.PROD.OUTLOOK.COM>")))

# 2. Postfix, alias expanded: Original-Recipient differs from Final-Recipient
_o2 = original("<7c1e9a3f-20b4-4c55-a8d1-3e6f0b9d2c44@valmont-gp.fr>", "Tue, 1 Dec 2026 14:20:00 +0100",
               "contact@atelier-guerin.fr", "Rendez-vous de bilan", "Bonjour,\n\nSuite à notre échange...\n",
               frm=("Antoine Beaurivage", "antoine.beaurivage@valmont-gp.fr"))
_t2 = L("""
    This is the mail system at host mx1.atelier-guerin.fr.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <jacques.guerin@atelier-guerin.fr> (expanded from <contact@atelier-guerin.fr>):
        user unknown
    """)
BOUNCES.append(dict(kind="bounce", client="postfix", lang="en", slug="postfix-alias-unknown", raw=report(
    [("From", "MAILER-DAEMON@mx1.atelier-guerin.fr (Mail Delivery System)"),
     ("To", "antoine.beaurivage@valmont-gp.fr"), ("Date", "Tue,  1 Dec 2026 14:20:04 +0100 (CET)"),
     ("Subject", "Undelivered Mail Returned to Sender"), ("Auto-Submitted", "auto-replied"),
     ("Message-Id", "<20261201132004.6A1F2C0123@mx1.atelier-guerin.fr>"), ("MIME-Version", "1.0")],
    [text_part("\n".join(_t2) + "\n", "text/plain; charset=us-ascii", "us-ascii", "7bit",
               extra=[("Content-Description", "Notification")]),
     dsn_part([("Reporting-MTA", "dns; mx1.atelier-guerin.fr"), ("X-Postfix-Queue-ID", "6A1F2C0123"),
               ("X-Postfix-Sender", "rfc822; antoine.beaurivage@valmont-gp.fr"),
               ("Arrival-Date", "Tue,  1 Dec 2026 14:20:02 +0100 (CET)")],
              [[("Final-Recipient", "rfc822; jacques.guerin@atelier-guerin.fr"),
                ("Original-Recipient", "rfc822;contact@atelier-guerin.fr"), ("Action", "failed"),
                ("Status", "5.1.1"), ("Diagnostic-Code", "X-Postfix; user unknown")]]),
     rfc822_part(_o2)], "6A1F2C0123.1764595204/mx1.atelier-guerin.fr"),
    bounce=dict(permanent=True, recipients=[dict(address="contact@atelier-guerin.fr", status="5.1.1", permanent=True)],
                original_message_id="<7c1e9a3f-20b4-4c55-a8d1-3e6f0b9d2c44@valmont-gp.fr>")))

# 3. Postfix delayed (4.4.1), headers only
_o3 = original("<a8f0c2d4-7b31-4e9a-9c12-55d0e1f3b7aa@valmont-gp.fr>", "Wed, 2 Dec 2026 08:00:00 +0100",
               "Georges Martel <g.martel@martel-transports.fr>", "Convocation au comité",
               "Bonjour,\n\nVeuillez trouver la convocation.\n", frm=("Sophie Marchetti", "sophie.marchetti@valmont-gp.fr"))
_t3 = L("""
    This is the mail system at host smtp2.valmont-gp.fr.

    ####################################################################
    # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
    ####################################################################

    Your message could not be delivered for more than 4 hour(s).
    It will be retried until it is 5 day(s) old.

    For further assistance, please send mail to postmaster.

                       The mail system

    <g.martel@martel-transports.fr>: connect to mail.martel-transports.fr[203.0.113.47]:25:
        Connection timed out
    """)
BOUNCES.append(dict(kind="bounce", client="postfix", lang="en", slug="postfix-delayed", raw=report(
    [("From", "MAILER-DAEMON@smtp2.valmont-gp.fr (Mail Delivery System)"),
     ("To", "sophie.marchetti@valmont-gp.fr"), ("Date", "Wed,  2 Dec 2026 12:05:10 +0100 (CET)"),
     ("Subject", "Delayed Mail (still being retried)"), ("Auto-Submitted", "auto-replied"),
     ("Message-Id", "<20261202110510.3C7D1E0456@smtp2.valmont-gp.fr>"), ("MIME-Version", "1.0")],
    [text_part("\n".join(_t3) + "\n", "text/plain; charset=us-ascii", "us-ascii", "7bit",
               extra=[("Content-Description", "Notification")]),
     dsn_part([("Reporting-MTA", "dns; smtp2.valmont-gp.fr"), ("X-Postfix-Queue-ID", "3C7D1E0456"),
               ("Arrival-Date", "Wed,  2 Dec 2026 08:00:02 +0100 (CET)")],
              [[("Final-Recipient", "rfc822; g.martel@martel-transports.fr"),
                ("Original-Recipient", "rfc822;g.martel@martel-transports.fr"), ("Action", "delayed"),
                ("Status", "4.4.1"),
                ("Diagnostic-Code", "X-Postfix; connect to mail.martel-transports.fr[203.0.113.47]:25: Connection timed out"),
                ("Will-Retry-Until", "Mon,  7 Dec 2026 08:00:02 +0100 (CET)")]]),
     headers_part(_o3)], "3C7D1E0456.1764673510/smtp2.valmont-gp.fr"),
    bounce=dict(permanent=False, recipients=[dict(address="g.martel@martel-transports.fr", status="4.4.1",
                                                   permanent=False)],
                original_message_id="<a8f0c2d4-7b31-4e9a-9c12-55d0e1f3b7aa@valmont-gp.fr>")))

# 4. Gmail, address not found
_o4 = original("<DB9P250MB0412F7C1A0E9B5D2@DB9P250MB0412.EURP250.PROD.OUTLOOK.COM>", "Mon, 30 Nov 2026 16:40:00 +0100",
               "thomas.ravier87@gmail.com", "RE: Rendez-vous bilan patrimonial annuel", "Bonjour Thomas,\n\nC'est noté.\n")
_t4 = L("""
    ** Address not found **

    Your message wasn't delivered to thomas.ravier87@gmail.com because the address couldn't be found, or is unable to receive mail.

    Learn more here: https://support.google.com/mail/?p=NoSuchUser

    The response was:

    The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-2f3a1b9c8d4si1234567a.33 - gsmtp
    """)
BOUNCES.append(dict(kind="bounce", client="gmail", lang="en", slug="gmail-no-such-user", raw=report(
    [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", VAL[1]),
     ("Date", "Mon, 30 Nov 2026 07:40:03 -0800 (PST)"), ("Subject", "Delivery Status Notification (Failure)"),
     ("Message-ID", "<6752a1f3.170a0220.3b2c1d.9e4fSMTPIN_ADDED_MISSING@mx.google.com>"),
     ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
    [text_part("\n".join(_t4) + "\n", 'text/plain; charset="UTF-8"', "utf-8", "7bit"),
     dsn_part([("Reporting-MTA", "dns; googlemail.com"), ("Received-From-MTA", "dns; mail-eur05.outbound.protection.outlook.com"),
               ("Arrival-Date", "Mon, 30 Nov 2026 07:40:01 -0800 (PST)")],
              [[("Final-Recipient", "rfc822; thomas.ravier87@gmail.com"), ("Action", "failed"), ("Status", "5.1.1"),
                ("Remote-MTA", "dns; gmail-smtp-in.l.google.com. (142.250.102.26, the server for the domain gmail.com.)"),
                ("Diagnostic-Code", "smtp; 550-5.1.1 The email account that you tried to reach does not exist."),
                ("Last-Attempt-Date", "Mon, 30 Nov 2026 07:40:03 -0800 (PST)")]]),
     rfc822_part(_o4)], "000000000000b2c3d40625e1f0a1"),
    bounce=dict(permanent=True, recipients=[dict(address="thomas.ravier87@gmail.com", status="5.1.1", permanent=True)],
                original_message_id="<DB9P250MB0412F7C1A0E9B5D2@DB9P250MB0412.EURP250.PROD.OUTLOOK.COM>")))

# 5. Exim without a DSN part: status only in the text
_t5 = L("""
    This message was created automatically by mail delivery software.

    A message that you sent could not be delivered to one or more of its
    recipients. This is a permanent error. The following address(es) failed:

      a.perrin@perrin-sellier.fr
        host mx.perrin-sellier.fr [198.51.100.23]
        SMTP error from remote mail server after RCPT TO:<a.perrin@perrin-sellier.fr>:
        550 5.2.1 <a.perrin@perrin-sellier.fr>: mailbox disabled

    ------ This is a copy of the message, including all the headers. ------

    Return-path: <antoine.beaurivage@valmont-gp.fr>
    From: Antoine Beaurivage <antoine.beaurivage@valmont-gp.fr>
    To: a.perrin@perrin-sellier.fr
    Subject: Point annuel sur vos contrats
    Date: Tue, 1 Dec 2026 09:30:00 +0100
    Message-ID: <5e2d8c1a-93f4-4b0e-a7c6-1f9b3d2e8a70@valmont-gp.fr>

    Bonjour Monsieur Perrin,

    Je reviens vers vous pour notre point annuel.
    """)
BOUNCES.append(dict(kind="bounce", client="exim", lang="en", slug="exim-mailbox-disabled", raw=message(
    [("From", "Mail Delivery System <Mailer-Daemon@relay.perrin-sellier.fr>"),
     ("To", "antoine.beaurivage@valmont-gp.fr"), ("Subject", "Mail delivery failed: returning message to sender"),
     ("Date", "Tue, 01 Dec 2026 09:30:07 +0100"), ("Message-Id", "<E1vQ2xK-0004aB-7f@relay.perrin-sellier.fr>"),
     ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "a.perrin@perrin-sellier.fr")],
    text_part("\n".join(_t5) + "\n", "text/plain; charset=us-ascii", "us-ascii", None)),
    bounce=dict(permanent=True, recipients=[dict(address="a.perrin@perrin-sellier.fr", status="5.2.1", permanent=True)],
                original_message_id="<5e2d8c1a-93f4-4b0e-a7c6-1f9b3d2e8a70@valmont-gp.fr>")))

# 6. Exchange on-premises (French), two recipients: one unknown, one full mailbox (4.2.2: not permanent overall, R7)
_o6 = original("<3F9A1C7E0B5D4E2A8C6B1D0E9F7A2B3C@EXCH02.valmont-gp.local>", "Thu, 3 Dec 2026 10:00:00 +0100",
               "b.leclerc@leclerc-freres.fr, m.leclerc@leclerc-freres.fr", "Assemblée générale de la SCI",
               "Bonjour,\n\nVoici la convocation.\n")
_t6 = L("""
    La remise aux destinataires ou groupes suivants a échoué :

    b.leclerc@leclerc-freres.fr
    L'adresse électronique que vous avez entrée est introuvable. Vérifiez l'adresse électronique du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez votre support technique.

    m.leclerc@leclerc-freres.fr
    La boîte aux lettres du destinataire est pleine. Le message sera de nouveau proposé ultérieurement.

    Informations de diagnostic pour les administrateurs :

    Serveur de génération : EXCH02.valmont-gp.local

    b.leclerc@leclerc-freres.fr
    mx.leclerc-freres.fr #550 5.1.1 User unknown ##

    m.leclerc@leclerc-freres.fr
    mx.leclerc-freres.fr #452 4.2.2 Mailbox full ##
    """)
BOUNCES.append(dict(kind="bounce", client="exchange", lang="fr", slug="exchange-onprem-two", raw=report(
    [("From", "Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@valmont-gp.fr>"),
     ("To", f"Claire Fontanel <{VAL[1]}>"), ("Date", "Thu, 3 Dec 2026 10:00:09 +0100"),
     ("Subject", ew("Non remis : Assemblée générale de la SCI")),
     ("Message-ID", "<0c4e2f1a-8d3b-4f7e-b2a9-61d5c8e3f0b7@EXCH02.valmont-gp.local>"),
     ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
    [text_part("\n".join(_t6) + "\n", 'text/plain; charset="iso-8859-1"', "iso-8859-1", "quoted-printable"),
     dsn_part([("Reporting-MTA", "dns;EXCH02.valmont-gp.local")],
              [[("Final-Recipient", "rfc822;b.leclerc@leclerc-freres.fr"), ("Action", "failed"), ("Status", "5.1.1"),
                ("Diagnostic-Code", "smtp;550 5.1.1 User unknown")],
               [("Final-Recipient", "rfc822;m.leclerc@leclerc-freres.fr"), ("Action", "failed"), ("Status", "4.2.2"),
                ("Diagnostic-Code", "smtp;452 4.2.2 Mailbox full")]]),
     headers_part(_o6)], "b6rep"),
    bounce=dict(permanent=False, recipients=[  # relabelled: not every recipient fails permanently (build.py)
        dict(address="b.leclerc@leclerc-freres.fr", status="5.1.1", permanent=True),
        dict(address="m.leclerc@leclerc-freres.fr", status="4.2.2", permanent=False)],
        original_message_id="<3F9A1C7E0B5D4E2A8C6B1D0E9F7A2B3C@EXCH02.valmont-gp.local>")))

# 7. Exchange Online, access denied at the recipient tenant (5.4.1)
_t7 = L("""
    Your message to facturation@groupe-saviane.com couldn't be delivered.

    facturation wasn't found at groupe-saviane.com.

    Diagnostic information for administrators
    Generating server: AM0P190MB0733.EURP190.PROD.OUTLOOK.COM
    facturation@groupe-saviane.com
    Remote server returned '550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM4PEPF00027A5F.eurprd04.prod.outlook.com]'
    """)
_o7 = original("<AM0P190MB0733C2E4F6A8B0D1@AM0P190MB0733.EURP190.PROD.OUTLOOK.COM>", "Fri, 27 Nov 2026 11:00:00 +0100",
               "facturation@groupe-saviane.com", "Facture honoraires T4 2026", "Bonjour,\n\nVeuillez trouver la facture.\n",
               frm=("Nadia Benali", "nadia.benali@valmont-gp.fr"))
BOUNCES.append(dict(kind="bounce", client="exchange_online", lang="en", slug="o365-access-denied", raw=report(
    [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@valmont-gp.fr>"),
     ("To", "Nadia Benali <nadia.benali@valmont-gp.fr>"), ("Date", "Fri, 27 Nov 2026 10:00:04 +0000"),
     ("Subject", "Undeliverable: Facture honoraires T4 2026"),
     ("Message-ID", "<e7b1d3f5-2a4c-4e6b-8d0f-a1c3e5b7d9f2@AM0P190MB0733.EURP190.PROD.OUTLOOK.COM>"),
     ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
    [text_part("\n".join(_t7) + "\n", 'text/plain; charset="us-ascii"', "us-ascii", "quoted-printable"),
     dsn_part([("Reporting-MTA", "dns;AM0P190MB0733.EURP190.PROD.OUTLOOK.COM")],
              [[("Final-Recipient", "rfc822;facturation@groupe-saviane.com"), ("Action", "failed"), ("Status", "5.4.1"),
                ("Diagnostic-Code", "smtp;550 5.4.1 Recipient address rejected: Access denied")]]),
     rfc822_part(_o7)], "b7rep"),
    bounce=dict(permanent=True, recipients=[dict(address="facturation@groupe-saviane.com", status="5.4.1", permanent=True)],
                original_message_id="<AM0P190MB0733C2E4F6A8B0D1@AM0P190MB0733.EURP190.PROD.OUTLOOK.COM>")))

# 8. Exchange Online delay notification (4.4.7 delayed)
_t8 = L("""
    Remise différée pour ces destinataires ou groupes :

    f.maubert@banque-heracles.fr (f.maubert@banque-heracles.fr)
    Le message n'a pas encore été remis. Nous allons réessayer. Vous n'avez rien à faire pour le moment.

    Informations de diagnostic pour les administrateurs :
    Serveur de génération : PAVP195MB2215.EURP195.PROD.OUTLOOK.COM
    Remote server returned '451 4.4.7 Message delayed'
    """)
_o8 = original("<PAVP195MB2215A0B1C2D3E4F5@PAVP195MB2215.EURP195.PROD.OUTLOOK.COM>", "Wed, 2 Dec 2026 09:00:00 +0100",
               "f.maubert@banque-heracles.fr", "Attestation de soldes", "Bonjour Frédéric,\n\nPetite relance.\n")
BOUNCES.append(dict(kind="bounce", client="exchange_online", lang="fr", slug="o365-delayed", raw=report(
    [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@valmont-gp.fr>"),
     ("To", f"Claire Fontanel <{VAL[1]}>"), ("Date", "Wed, 2 Dec 2026 17:00:12 +0000"),
     ("Subject", ew("Remise différée : Attestation de soldes")),
     ("Message-ID", "<9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d@PAVP195MB2215.EURP195.PROD.OUTLOOK.COM>"),
     ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
    [text_part("\n".join(_t8) + "\n", 'text/plain; charset="utf-8"', "utf-8", "base64"),
     dsn_part([("Reporting-MTA", "dns;PAVP195MB2215.EURP195.PROD.OUTLOOK.COM")],
              [[("Final-Recipient", "rfc822;f.maubert@banque-heracles.fr"), ("Action", "delayed"), ("Status", "4.4.7"),
                ("Diagnostic-Code", "smtp;451 4.4.7 Message delayed"),
                ("Will-Retry-Until", "Fri, 4 Dec 2026 08:00:00 +0000")]]),
     headers_part(_o8)], "b8rep"),
    bounce=dict(permanent=False, recipients=[dict(address="f.maubert@banque-heracles.fr", status="4.4.7",
                                                   permanent=False)],
                original_message_id="<PAVP195MB2215A0B1C2D3E4F5@PAVP195MB2215.EURP195.PROD.OUTLOOK.COM>")))

# 9. Gmail, mailbox full (5.2.2), no returned message
_t9 = L("""
    ** Message not delivered **

    Your message couldn't be delivered to isabelle.ternier@icloud.com because the remote server is misconfigured. See technical details below for more information.

    The response from the remote server was:
    552 5.2.2 <isabelle.ternier@icloud.com>: user is over quota
    """)
BOUNCES.append(dict(kind="bounce", client="gmail", lang="en", slug="gmail-over-quota", raw=report(
    [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", "marie.ravier@gmail.com"),
     ("Date", "Tue, 1 Dec 2026 02:15:44 -0800 (PST)"), ("Subject", "Delivery Status Notification (Failure)"),
     ("Message-ID", "<674c3a50.050a0220.1f2e3d.4c5bGMR@mx.google.com>"), ("Auto-Submitted", "auto-replied"),
     ("MIME-Version", "1.0")],
    [text_part("\n".join(_t9) + "\n", 'text/plain; charset="UTF-8"', "utf-8", "7bit"),
     dsn_part([("Reporting-MTA", "dns; googlemail.com"), ("Arrival-Date", "Tue, 1 Dec 2026 02:15:40 -0800 (PST)")],
              [[("Final-Recipient", "rfc822; isabelle.ternier@icloud.com"), ("Action", "failed"), ("Status", "5.2.2"),
                ("Remote-MTA", "dns; mx01.mail.icloud.com. (17.57.152.9, the server for the domain icloud.com.)"),
                ("Diagnostic-Code", "smtp; 552 5.2.2 <isabelle.ternier@icloud.com>: user is over quota")]])],
    "000000000000c3d4e5f60625e2a1b2"),
    bounce=dict(permanent=True, recipients=[dict(address="isabelle.ternier@icloud.com", status="5.2.2", permanent=True)])))

# 10. Postfix, French-localised notice from a notary's relay, relay access denied
_t10 = L("""
    Ceci est le système de messagerie du serveur relais.caradec-notaires.fr.

    Nous sommes au regret de vous informer que votre message n'a pas pu être
    remis à un ou plusieurs destinataires. Il est joint ci-dessous.

    <office@caradec-notaire.fr>: host mx.caradec-notaire.fr[192.0.2.80] said:
        554 5.7.1 <office@caradec-notaire.fr>: Relay access denied (in reply to RCPT TO command)
    """)
_o10 = original("<c0ffee12-3456-4789-abcd-ef0123456789@valmont-gp.fr>", "Thu, 3 Dec 2026 15:00:00 +0100",
                "office@caradec-notaire.fr", "Pièces succession de Lanoy", "Bonjour,\n\nCi-joint les pièces.\n",
                frm=("Nadia Benali", "nadia.benali@valmont-gp.fr"))
BOUNCES.append(dict(kind="bounce", client="postfix", lang="fr", slug="postfix-relay-denied", raw=report(
    [("From", "MAILER-DAEMON@relais.caradec-notaires.fr (Mail Delivery System)"),
     ("To", "nadia.benali@valmont-gp.fr"), ("Date", "Thu,  3 Dec 2026 15:00:06 +0100 (CET)"),
     ("Subject", ew("Message non remis : retour à l'expéditeur")), ("Auto-Submitted", "auto-replied"),
     ("Message-Id", "<20261203140006.9B8A7C0789@relais.caradec-notaires.fr>"), ("MIME-Version", "1.0")],
    [text_part("\n".join(_t10) + "\n", "text/plain; charset=utf-8", "utf-8", "8bit",
               extra=[("Content-Description", "Notification")]),
     dsn_part([("Reporting-MTA", "dns; relais.caradec-notaires.fr"), ("X-Postfix-Queue-ID", "9B8A7C0789")],
              [[("Final-Recipient", "rfc822; office@caradec-notaire.fr"),
                ("Original-Recipient", "rfc822;office@caradec-notaire.fr"), ("Action", "failed"), ("Status", "5.7.1"),
                ("Remote-MTA", "dns; mx.caradec-notaire.fr"),
                ("Diagnostic-Code", "smtp; 554 5.7.1 <office@caradec-notaire.fr>: Relay access denied")]]),
     rfc822_part(_o10)], "9B8A7C0789.1764770406/relais.caradec-notaires.fr"),
    bounce=dict(permanent=True, recipients=[dict(address="office@caradec-notaire.fr", status="5.7.1", permanent=True)],
                original_message_id="<c0ffee12-3456-4789-abcd-ef0123456789@valmont-gp.fr>")))

# ============================================================================ complaints (ARF)


def arf(slug, client, frm, date, subject, ua, rcpt, mid_orig, human):
    o = original(mid_orig, "Mon, 30 Nov 2026 08:00:00 +0100", rcpt, "La lettre patrimoniale de décembre",
                 "Bonjour,\n\nVoici notre lettre patrimoniale de décembre.\n\nPour vous désinscrire, répondez STOP.\n",
                 frm=("Valmont Gestion Privée", "lettre@valmont-gp.fr"))
    fb = "".join(f"{k}: {v}\r\n" for k, v in [
        ("Feedback-Type", "abuse"), ("User-Agent", ua), ("Version", "1"),
        ("Original-Mail-From", "<lettre@valmont-gp.fr>"), ("Original-Rcpt-To", f"<{rcpt}>"),
        ("Arrival-Date", "Mon, 30 Nov 2026 07:00:03 +0000"), ("Reported-Domain", "valmont-gp.fr"),
        ("Source-IP", "198.51.100.140")])
    rep = multipart("report", [
        text_part(human + "\n", 'text/plain; charset="us-ascii"', "us-ascii", "7bit"),
        Part([("Content-Type", "message/feedback-report")], fb.encode("ascii")),
        rfc822_part(o)], f"arf{slug.replace('-', '')}",
        ct=f'multipart/report; report-type=feedback-report;\r\n\tboundary="arf{slug.replace("-", "")}"')
    hs = [("From", frm), ("To", "abuse@valmont-gp.fr"), ("Date", date), ("Subject", ew_subject("FW: ", subject[4:]) if subject.startswith("FW: ") else ew(subject)),
          ("Message-ID", f"<arf.{slug}.20261201@{frm.split('@')[1].rstrip('>')}>"), ("MIME-Version", "1.0")]
    return dict(kind="complaint", client=client, lang="en", slug=slug, raw=message(hs, rep))


COMPLAINTS = [
    arf("yahoo-fbl", "yahoo", "Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>",
        "Tue, 1 Dec 2026 03:12:45 +0000", "FW: La lettre patrimoniale de décembre", "Yahoo!-Mail-Feedback/2.0",
        "bernard.oudin1951@yahoo.com", "<lettre-2026-12-0042@valmont-gp.fr>",
        "This is an email abuse report for an email message received from IP 198.51.100.140 on "
        "Mon, 30 Nov 2026 07:00:03 +0000.\nFor more information about this format please see "
        "http://www.mipassoc.org/arf/."),
    arf("jmrp-outlook", "outlook_com", "staff@hotmail.com", "Tue, 1 Dec 2026 09:40:00 +0000",
        "complaint about message from 198.51.100.140", "Microsoft JMRP/1.0", "elodie.marchal@hotmail.fr",
        "<lettre-2026-12-0117@valmont-gp.fr>",
        "This is a Junk Mail Reporting Program (JMRP) report for a message that a user reported as junk."),
]

ITEMS = AUTOS + BOUNCES + COMPLAINTS
