"""blind24's automatic replies: Exchange Online out-of-office notices (US, UK, German/English, Canadian bilingual,
Spanish, Portuguese), Gmail, Yahoo and AOL vacation responders, a custodian's case acknowledgement (Salesforce), a
trust company's shared-inbox acknowledgement (Front), a mailbox no longer monitored, parental leave, jury duty, a
Presidents' Day closure, spring break, March Break, Carnaval and Semana Santa; and a read receipt and a delivery
receipt (labelled auto_reply, until null, as blind23 does).

Each notice fires when the firm's message arrives: it is dated a few seconds to minutes after it.
"""

from clients24 import FAMS, encode_subject, envelope
from firm24 import (
    FERRAZ,
    MIAMI_BANNER,
    OKAFOR,
    OPS,
    RAMAN,
    STEIN,
    SULLIVAN,
    THIBODEAU,
    VILLALOBOS,
    cpa,
    europe,
    firm_msg,
    letter,
    portal,
    review,
    rrsp,
    sent_copy,
    tax_q,
    w8_es,
    w8_pt,
)
from mail24 import (
    Ln,
    Person,
    assemble,
    boundary_exo,
    boundary_gmail,
    exo_mid,
    gmail_mid,
    hdate,
    hdr_addr,
    hdr_addrs,
    html_doc,
    items,
    later,
    local,
    lowhex,
    render,
    tindex,
    utc,
    when,
    yahoo_mid,
)
from mime12 import Part, multipart, rng
from mime12 import message as mime_message

OOO_PREFIX = {
    "en": "Automatic reply: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "pt": "Resposta automática: ",
    "de": "Automatische Antwort: ",
}
EXO_POSTMASTER = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"


def _rows(text, fam, banner):
    its = items(text, "N")
    if banner:
        its = [*(Ln(x, "B", 0, "banner") for x in MIAMI_BANNER), Ln("", "B"), *its]
    return render(its, FAMS[fam])


def _entry(slug, client, lang, raw, dt, ans, until):
    return dict(
        slug=slug,
        client=client,
        lang=lang,
        kind="auto_reply",
        raw=raw,
        date=dt.isoformat(),
        utc=utc(dt).isoformat(),
        answers=utc(ans.dt).isoformat(),
        until=until,
    )


def exo_ooo(slug, who, ans, delay, lang, text, region, until, ui="en-US", banner=False, subj_lang=None):
    """An Exchange Online out-of-office reply."""
    r = rng("auto24", slug)
    dt = later(ans.dt, seconds=delay)
    mid = exo_mid(r, region)[0]
    rows = _rows(text, "outlook", banner)
    body = "\n".join(x[0] for x in rows) + "\n"
    html = html_doc(rows, FAMS["outlook"], lang_tag=ui.upper())
    subj = OOO_PREFIX[subj_lang or lang] + ans.subject
    H = envelope(
        "exo",
        who,
        [ans.frm],
        [],
        subj,
        dt,
        mid,
        ans.mid,
        [ans.mid],
        r,
        extra=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")],
        region=region,
        ui=ui,
        topic=ans.subject,
    )
    # the content headers follow MIME-Version, which envelope() put last but one before the extras
    raw = assemble(H, body, html, "exo", boundary_exo(mid))
    return _entry(slug, "exchange", lang, raw, local(dt, who.zone), ans, until)


def gmail_vacation(slug, who, ans, delay, lang, subject, text, until, banner=False):
    r = rng("auto24", slug)
    dt = local(later(ans.dt, seconds=delay), who.zone)
    mid = gmail_mid(r)
    rows = _rows(text, "gmail", banner)
    body = "\n".join(x[0] for x in rows) + "\n"
    html = html_doc(rows, FAMS["gmail"])
    H = envelope("gmail", who, [ans.frm], [], subject or ("Re: " + ans.subject), dt, mid, ans.mid, ans.chain(), r)
    H.append(("Auto-Submitted", "auto-replied"))
    raw = assemble(H, body, html, "gmail", boundary_gmail(r))
    return _entry(slug, "gmail", lang, raw, dt, ans, until)


def yahoo_vacation(slug, who, ans, delay, text, until, client="yahoo", xmailer=None):
    r = rng("auto24", slug)
    dt = local(later(ans.dt, seconds=delay), who.zone)
    mid = yahoo_mid(r, dt)
    rows = _rows(text, "yahoo", False)
    body = "\n".join(x[0] for x in rows) + "\n"
    html = html_doc(rows, FAMS["yahoo"])
    H = envelope("yahoo", who, [ans.frm], [], "Re: " + ans.subject, dt, mid, ans.mid, [ans.mid], r, xmailer=xmailer)
    H.append(("Auto-Submitted", "auto-replied"))
    b = f"----=_Part_{r.randrange(10**6, 10**7)}_{r.randrange(10**8, 10**9)}.{int(utc(dt).timestamp() * 1000)}"
    raw = assemble(H, body, html, "generic", b)
    return _entry(slug, client, "en", raw, dt, ans, until)


# --------------------------------------------------------------------------
# people and the firm's messages they answer automatically
# --------------------------------------------------------------------------
P = {
    "sand": Person("Gregory Sand", "gsand@sandcapital.example", "ET"),
    "whelan": Person("Brian Whelan", "bwhelan@whelanlogistics.example", "ET"),
    "kessler": Person("Alan Kessler", "akessler@kesslerdental.example", "ET"),
    "foley": Person("Maureen Foley", "mfoley@foleyrealty.example", "ET"),
    "hartley": Person("Olivia Hartley", "olivia.hartley@hartleyco.example", "UK"),
    "brandl": Person("Markus Brandl", "m.brandl@brandl-partner.example", "CET"),
    "tran": Person("Jessica Tran", "jessica.tran@tranpharma.example", "ET"),
    "quigley": Person("Nora Quigley", "nquigley@quigleystamm.example", "ET"),
    "lombardi": Person("Rose Lombardi", "roselombardi1948@yahoo.example", "ET"),
    "novak": Person("Eddie Novak", "eddienovak@aol.example", "ET"),
    "pryor": Person("Caitlin Pryor", "caitlin.pryor@gmail.example", "ET"),
    "macleod": Person("Ian MacLeod", "imacleod@macleodgroup.example", "ET"),
    "gagne": Person("Martin Gagné", "mgagne@gagneconstruction.example", "ET"),
    "beaulieu": Person("Sophie Beaulieu", "sbeaulieu@cliniquebeaulieu.example", "ET"),
    "pineda": Person("Valeria Pineda", "vpineda@pinedaabogados.example", "AR"),
    "ocampo": Person("Santiago Ocampo", "santiago.ocampo@gmail.example", "CO"),
    "mejia": Person("Laura Mejía", "lmejia@mejiahermanos.example", "CO"),
    "lima": Person("Rafael Lima", "rafael.lima@limaengenharia.example", "BR"),
    "costa": Person("Beatriz Costa", "biacosta@gmail.example", "BR"),
    "rocha": Person("Thiago Rocha", "thiagorocha.sp@gmail.example", "BR"),
    "whitfield": Person("Dana Whitfield", "dwhitfield@whitfieldosei.example", "ET"),
    "brandt": Person("Howard Brandt", "hbrandt@brandtlyle.example", "CT"),
    "navarro": Person("Beth Navarro", "bnavarro@fenwickruiz.example", "ET"),
}
MERIDIAN = Person("Meridian Advisor Services", "advisorservices@meridiancustody.example", "MT")
PINECREST = Person("Pinecrest Trust Operations", "trustops@pinecresttrust.example", "CT")


def auto_items():
    out = []
    # 1. Exchange, US: "through Friday, February 26 ... return on Monday, March 1" (both named: the later)
    m = review("rev-whelan", [P["whelan"]], "Brian", "2027-02-17 10:05")
    out.append(
        exo_ooo(
            "whelan-ooo-through-return",
            P["whelan"],
            m,
            41,
            "en",
            """
            Thank you for your email. I am out of the office through Friday, February 26 with limited access to email, and will return on Monday, March 1.

            For anything urgent, please contact my assistant, Carla Diaz, at 617-555-0193.

            Brian Whelan
            """,
            "namprd16",
            "2027-03-01",
        )
    )
    # 2. Exchange, vague: travelling this week
    m = tax_q("tax-kessler", [P["kessler"]], "Alan", "2027-02-02 10:29")
    out.append(
        exo_ooo(
            "kessler-ooo-traveling",
            P["kessler"],
            m,
            23,
            "en",
            """
            I'm traveling this week with limited access to email. I'll respond as soon as I can.

            Alan Kessler, DDS
            """,
            "namprd11",
            None,
        )
    )
    # 3. Exchange: "until Monday" (sent Tuesday 2 March): Monday 8 March
    m = letter("let-foley", "en", [P["foley"]], "2027-03-02 07:00")
    out.append(
        exo_ooo(
            "foley-ooo-until-monday",
            P["foley"],
            m,
            95,
            "en",
            """
            Hi, I'm out of the office until Monday and will reply when I'm back. If this is about a closing this week, please call Dennis at 718-555-0112.

            Maureen
            """,
            "namprd15",
            "2027-03-08",
        )
    )
    # 4. Exchange, UK: "on annual leave until Tuesday 2nd March, returning Wednesday 3rd March" (the later)
    m = europe("eu-hartley", [P["hartley"]], "Olivia", "London", "2027-02-23 10:13")
    out.append(
        exo_ooo(
            "hartley-ooo-annual-leave",
            P["hartley"],
            m,
            18,
            "en",
            """
            Thank you for your email. I am on annual leave until Tuesday 2nd March, returning to the office on Wednesday 3rd March. I will have no access to email during this time.

            Kind regards,
            Olivia Hartley
            """,
            "GBRP265",
            "2027-03-03",
            ui="en-GB",
        )
    )
    # 5. Exchange, German then English: "bis einschließlich 05.03.2027"
    m = europe("eu-brandl", [P["brandl"]], "Markus", "Frankfurt", "2027-02-23 10:15")
    out.append(
        exo_ooo(
            "brandl-ooo-de-en",
            P["brandl"],
            m,
            12,
            "de",
            """
            Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 05.03.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

            Thank you for your message. I am out of the office until 5 March 2027 inclusive without access to my emails. Your message will not be forwarded.

            Markus Brandl
            """,
            "eurprd07",
            "2027-03-05",
            ui="de-DE",
        )
    )
    # 6. Exchange, Toronto: parental leave with a date
    m = rrsp("rrsp-tran", [P["tran"]], "Jessica", "$15,300", "2027-02-16 09:42")
    out.append(
        exo_ooo(
            "tran-ooo-parental-leave",
            P["tran"],
            m,
            30,
            "en",
            """
            Thank you for your email. I am on parental leave and will return on Monday, August 2, 2027. I am not checking email during my leave.

            For Tran Pharma matters, please contact Amit Shah at amit.shah@tranpharma.example.
            """,
            "CANPRD01",
            "2027-08-02",
            ui="en-CA",
        )
    )
    # 7. Exchange, jury duty: "through Friday, March 19 ... back Monday, March 22nd" (the later)
    m = portal("por-sand", [P["sand"]], "Gregory", "2027-03-15 09:00")
    out.append(
        exo_ooo(
            "sand-ooo-jury-duty",
            P["sand"],
            m,
            64,
            "en",
            """
            I am on jury duty through Friday, March 19 and checking email only in the evenings. I will be back in the office Monday, March 22nd.

            Gregory Sand
            Sand Capital Management
            """,
            "namprd03",
            "2027-03-22",
        )
    )
    # 8. Exchange: a mailbox no longer monitored (the CPA's former staff member, copied on the firm's message)
    m = cpa("cpa-fenwick-copy-navarro", [P["navarro"]], "Beth", "Nikhil Patel", "2027-02-18 11:31")
    out.append(
        exo_ooo(
            "navarro-no-longer-monitored",
            P["navarro"],
            m,
            7,
            "en",
            """
            Beth Navarro is no longer with Fenwick & Ruiz CPAs and this mailbox is not monitored. Please direct your message to Janet Fenwick (jfenwick@fenwickruiz.example) or call our main line at 914-555-0150.
            """,
            "namprd09",
            None,
        )
    )
    # 9. Yahoo vacation response: "until March 10th"
    m = letter("let-lombardi", "en", [P["lombardi"]], "2027-03-02 07:00")
    out.append(
        yahoo_vacation(
            "lombardi-yahoo-vacation",
            P["lombardi"],
            m,
            140,
            """
            Away visiting the grandkids in Phoenix until March 10th. I'll answer when I'm back!
            Rose
            """,
            "2027-03-10",
        )
    )
    # 10. AOL vacation response: "until 3/12/27" (US month first)
    m = letter("let-novak", "en", [P["novak"]], "2027-03-02 07:00")
    out.append(
        yahoo_vacation(
            "novak-aol-vacation",
            P["novak"],
            m,
            210,
            """
            I will be out of town until 3/12/27 and will check my email when I return.
            Eddie Novak
            """,
            "2027-03-12",
            client="aol",
            xmailer="WebService/1.1.23187 AolMailNorrin",
        )
    )
    # 11. Salesforce case acknowledgement (a custodian's service team)
    out.append(salesforce_ack())
    # 12. Front auto-reply (a trust company's shared inbox)
    out.append(front_ack())
    # 13. read receipt, 14. delivery receipt
    out.append(read_receipt())
    out.append(delivery_receipt())
    # 15. Presidents' Day closure of a CPA office: "when we reopen on Tuesday 2/16"
    m = cpa("cpa-quigley", [P["quigley"]], "Nora", "Luis Ramirez", "2027-02-12 14:30")
    out.append(
        exo_ooo(
            "quigley-ooo-presidents-day",
            P["quigley"],
            m,
            15,
            "en",
            """
            Thank you for your email. Our office is closed from Friday afternoon, February 12 through Monday, February 15 for Presidents' Day weekend. We will respond when we reopen on Tuesday 2/16.

            Quigley & Stamm CPAs
            """,
            "namprd17",
            "2027-02-16",
        )
    )
    # 16. Gmail vacation: spring break "3/13-3/21 ... Back at my desk Monday 3/22"
    m = portal("por-pryor", [P["pryor"]], "Caitlin", "2027-03-15 09:00")
    out.append(
        gmail_vacation(
            "pryor-gmail-spring-break",
            P["pryor"],
            m,
            88,
            "en",
            "Out of office - spring break",
            """
            Hi! We're away on spring break 3/13-3/21 with spotty wifi. Back at my desk Monday 3/22.

            Caitlin
            """,
            "2027-03-22",
        )
    )
    # 17. Exchange, Toronto: March Break, back Monday, March 22
    m = portal("por-macleod", [P["macleod"]], "Ian", "2027-03-15 09:02", staff=RAMAN)
    out.append(
        exo_ooo(
            "macleod-ooo-march-break",
            P["macleod"],
            m,
            52,
            "en",
            """
            I'm away for March Break and will be back in the office on Monday, March 22. I'll have occasional access to email.

            Ian MacLeod
            MacLeod Group Inc.
            """,
            "CANPRD01",
            "2027-03-22",
            ui="en-CA",
        )
    )
    # 18. Exchange, Québec bilingual: "jusqu'au 2027-03-08 / until 2027-03-08" (ISO)
    m = letter("letfr-gagne", "fr", [P["gagne"]], "2027-03-02 07:15")
    out.append(
        exo_ooo(
            "gagne-ooo-iso-bilingue",
            P["gagne"],
            m,
            33,
            "fr",
            """
            Je suis absent du bureau jusqu'au 2027-03-08. Je prendrai connaissance de votre message à mon retour.

            I am out of the office until 2027-03-08. I will read your message when I return.

            Martin Gagné
            Construction Gagné inc.
            """,
            "CANPRD01",
            "2027-03-08",
            ui="fr-CA",
        )
    )
    # 19. Exchange, Québec: a range and the day back (both named: the later)
    m = firm_msg(
        "porfr-beaulieu",
        THIBODEAU,
        [P["beaulieu"]],
        "Action requise : activez votre nouvel espace client d'ici le 19 mars",
        "2027-03-15 09:05",
        """
        Bonjour Sophie,

        Nous passons à un nouvel espace client. Vos relevés, feuillets fiscaux et documents des sept dernières années y sont déjà.

        Veuillez activer votre compte d'ici le vendredi 19 mars : [[activer mon compte|https://portal.larkspurhale.example/fr/activer]]

        Merci,
        L'équipe du service à la clientèle
        """,
        sig=False,
    )
    out.append(
        exo_ooo(
            "beaulieu-ooo-relache",
            P["beaulieu"],
            m,
            26,
            "fr",
            """
            Bonjour,

            Je serai absente du 15 au 19 mars inclusivement (semaine de relâche). De retour le lundi 22 mars.

            I will be away from March 15 to 19 inclusive (spring break). Back on Monday, March 22.

            Dre Sophie Beaulieu
            """,
            "CANPRD01",
            "2027-03-22",
            ui="fr-CA",
        )
    )
    # 20. Exchange, Spanish (Argentina): "hasta el 05/03/2027" (day first)
    m = letter("letes-pineda", "es", [P["pineda"]], "2027-03-02 08:00")
    out.append(
        exo_ooo(
            "pineda-ooo-es-ddmm",
            P["pineda"],
            m,
            19,
            "es",
            """
            Me encuentro fuera de la oficina hasta el 05/03/2027 inclusive. Para asuntos urgentes, comuníquese con el Dr. Ignacio Ruiz al +54 11 5555-0131.

            Valeria Pineda
            Pineda & Asociados Abogados
            """,
            "namprd12",
            "2027-03-05",
            ui="es-AR",
            banner=True,
        )
    )
    # 21. Gmail vacation, Spanish: "hasta el lunes 8/3" (day first)
    m = letter("letes-ocampo", "es", [P["ocampo"]], "2027-03-02 08:00")
    out.append(
        gmail_vacation(
            "ocampo-gmail-vacaciones",
            P["ocampo"],
            m,
            70,
            "es",
            None,
            """
            Hola, estoy de vacaciones hasta el lunes 8/3, con acceso limitado al correo. Le respondo a mi regreso.

            Santiago
            """,
            "2027-03-08",
            banner=True,
        )
    )
    # 22. Exchange, Spanish (Colombia): Semana Santa, back Monday 29 March (the later)
    m = firm_msg(
        "w8rem-mejia",
        VILLALOBOS,
        [P["mejia"]],
        "Recordatorio: renovación de su formulario W-8BEN",
        "2027-03-22 09:30",
        """
        Estimada Laura:

        Le recuerdo que aún no hemos recibido su formulario W-8BEN firmado. Le reenvié el sobre de DocuSign esta mañana.

        Saludos cordiales,
        Andrés
        """,
    )
    out.append(
        exo_ooo(
            "mejia-ooo-semana-santa",
            P["mejia"],
            m,
            14,
            "es",
            """
            Gracias por su mensaje. Estaré de vacaciones del 22 al 26 de marzo por Semana Santa. Regreso el lunes 29 de marzo.

            Laura Mejía
            Mejía Hermanos S.A.S.
            """,
            "namprd12",
            "2027-03-29",
            ui="es-CO",
            banner=True,
        )
    )
    # 23. Exchange, Portuguese: Carnaval, back Thursday 11/02
    m = w8_pt("w8pt-lima", [P["lima"]], "Rafael", "2027-02-04 09:30")
    out.append(
        exo_ooo(
            "lima-ooo-carnaval",
            P["lima"],
            m,
            21,
            "pt",
            """
            Estarei fora do escritório de 4 a 10 de fevereiro (Carnaval), com acesso limitado ao e-mail. Retorno na quinta-feira, 11/02.

            Rafael Lima
            Lima Engenharia Ltda.
            """,
            "BRAP284",
            "2027-02-11",
            ui="pt-BR",
            banner=True,
        )
    )
    # 24. Gmail vacation, Portuguese: "até 12/3 e retorno no dia 15/3" (the later)
    m = firm_msg(
        "w8rem-costa",
        FERRAZ,
        [P["costa"]],
        "Lembrete: renovação do W-8BEN",
        "2027-03-03 10:10",
        """
        Oi, Beatriz,

        Passando para lembrar do W-8BEN: ainda não recebemos o formulário assinado. Reenviei o link do DocuSign hoje.

        Abraços,
        Camila
        """,
    )
    out.append(
        gmail_vacation(
            "costa-gmail-ferias",
            P["costa"],
            m,
            45,
            "pt",
            "Férias",
            """
            Olá! Estou de férias até 12/3 e retorno no dia 15/3. Em caso de urgência, fale com a Luciana: (11) 5555-0190.

            Beatriz Costa
            """,
            "2027-03-15",
            banner=True,
        )
    )
    # 25. Gmail vacation, Portuguese: Carnaval, back on Ash Wednesday afternoon (10 February)
    m = letter("letpt-rocha", "pt", [P["rocha"]], "2027-02-05 08:00")
    out.append(
        gmail_vacation(
            "rocha-gmail-carnaval",
            P["rocha"],
            m,
            115,
            "pt",
            None,
            """
            Oi! Estou curtindo o Carnaval fora de São Paulo e volto na Quarta-feira de Cinzas, depois do meio-dia. Respondo assim que voltar.

            Thiago
            """,
            "2027-02-10",
            banner=True,
        )
    )
    return out


# --------------------------------------------------------------------------
# acknowledgements and receipts
# --------------------------------------------------------------------------
def salesforce_ack():
    from humans24d import ACAT

    slug = "meridian-case-ack"
    r = rng("auto24", slug)
    dt = local(later(ACAT.dt, seconds=38), "MT")
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    mid = f"<{''.join(r.choice(al) for _ in range(24))}00000000000000000000000000000000000000@sfdc.net>"
    text = """
        Thank you for contacting Meridian Advisor Services.

        Your request has been received and assigned case number 04417729. A member of our team will respond within one business day. To help us route your request, please do not change the subject line when replying.

        For urgent trading or money movement requests, please call 800-555-0100.

        Meridian Advisor Services
        Brokerage and custody services are provided by Meridian Custody Services, LLC, member FINRA/SIPC.

        ref:_00D5e2HqV._500Pq1ZkRt:ref
    """
    rows = render(items(text, "N"), FAMS["salesforce"])
    body = "\n".join(x[0] for x in rows) + "\n"
    html = html_doc(rows, FAMS["salesforce"])
    subj = f"Case 04417729: {ACAT.subject} [ ref:_00D5e2HqV._500Pq1ZkRt:ref ]"
    H = envelope("salesforce", MERIDIAN, [OPS], [], subj, dt, mid, None, [], r, xmailer="Salesforce Email")
    H += [("X-SFDC-LK", "00D5e000002HqVa"), ("X-SFDC-User", "0055e000009sAuT")]
    b = f"----=_Part_{r.randrange(100, 999)}_{r.randrange(10**8, 10**9)}.{int(utc(dt).timestamp() * 1000)}"
    raw = assemble(H, body, html, "generic", b)
    return _entry(slug, "salesforce", "en", raw, dt, ACAT, None)


def front_ack():
    from humans24d import TRUST

    slug = "pinecrest-front-ack"
    r = rng("auto24", slug)
    dt = local(later(TRUST.dt, seconds=9), "CT")
    mid = f"<front.{lowhex(r, 12)}.{lowhex(r, 24)}@pinecresttrust.example>"
    text = """
        Thanks for reaching out to Pinecrest Trust Operations.

        We've received your message and a member of our team will reply within one business day. Distribution requests are reviewed by the trust committee every Tuesday.

        For urgent matters, please call 312-555-0166 (8:30 a.m. - 5:00 p.m. CT).
    """
    rows = render(items(text, "N"), FAMS["front"])
    body = "\n".join(x[0] for x in rows) + "\n"
    html = html_doc(rows, FAMS["front"])
    H = envelope("front", PINECREST, [OPS], [], "Re: " + TRUST.subject, dt, mid, TRUST.mid, [TRUST.mid], r)
    H.append(("Auto-Submitted", "auto-replied"))
    raw = assemble(H, body, html, "generic", f"=_{lowhex(r, 32)}")
    return _entry(slug, "front", "en", raw, dt, TRUST, None)


def read_receipt():
    """Exchange Online 'Read:' (multipart/report; report-type=disposition-notification)."""
    slug = "brandt-read-receipt"
    m = cpa("cpa-brandt-rr", [P["brandt"]], "Howard", "Mark Delaney", "2027-02-18 11:36")
    r = rng("auto24", slug)
    dt = later(m.dt, seconds=3 * 3600 + 1127)
    mid = exo_mid(r, "namprd18")[0]
    loc = local(dt, "CT")
    sent_loc = local(m.dt, "CT")
    text = f"""
        Your message

          To: Howard Brandt
          Subject: {m.subject}
          Sent: {when(sent_loc, "outlook-mobile-en-US")} (UTC-06:00) Central Time (US & Canada)

        was read on {when(loc, "outlook-mobile-en-US")} (UTC-06:00) Central Time (US & Canada).
    """
    rows = render(items(text, "N"), FAMS["outlook"])
    body = "\n".join(x[0] for x in rows) + "\n"
    html = html_doc(rows, FAMS["outlook"])
    alt = multipart(
        "alternative",
        [
            _tp(body, "text/plain", "exo"),
            _tp(html, "text/html", "exo"),
        ],
        f"_002_{mid[1:].split('@')[0]}_",
    )
    mdn = (
        f"Reporting-UA: {mid[1:-1].split('@')[1]}; Microsoft Outlook 16.0\r\n"
        f"Final-Recipient: rfc822;{P['brandt'].email}\r\n"
        f"Original-Message-ID: {m.mid}\r\n"
        "Disposition: manual-action/MDN-sent-automatically; displayed\r\n"
    )
    mdn_part = Part([("Content-Type", "message/disposition-notification")], mdn.encode("ascii"))
    report = multipart(
        "report",
        [alt, mdn_part],
        f"_001_{mid[1:].split('@')[0]}_",
        ct=f'multipart/report;\r\n\treport-type=disposition-notification;\r\n\tboundary="_001_{mid[1:].split("@")[0]}_"',
    )
    H = [
        (
            "Received",
            f"from {mid[1:-1].split('@')[1]} ([203.0.113.{r.randrange(40, 230)}])\r\n\tby larkspurhale-example.mail.protection.outlook.com with Microsoft SMTP Server;\r\n\t{hdate(utc(dt), comment='UTC')}",
        ),
        ("From", hdr_addr(P["brandt"])),
        ("To", hdr_addrs([m.frm])),
        ("Subject", encode_subject("Read: " + m.subject)),
        ("Thread-Topic", encode_subject(m.subject)),
        ("Thread-Index", tindex(r, 1)),
        ("Date", hdate(utc(dt))),
        ("Message-ID", mid),
        ("References", m.mid),
        ("In-Reply-To", m.mid),
        ("Content-Language", "en-US"),
        ("MIME-Version", "1.0"),
    ]
    raw = mime_message(H, report)
    return _entry(slug, "exchange", "en", raw, loc, m, None)


def delivery_receipt():
    """Exchange Online 'Delivered:' to the sender (multipart/report, Action: delivered, Status 2.0.0)."""
    slug = "whitfield-delivery-receipt"
    m = cpa("cpa-whitfield-dr", [P["whitfield"]], "Dana", "Linda Park", "2027-02-18 11:40")
    r = rng("auto24", slug)
    dt = later(m.dt, seconds=6)
    mid = exo_mid(r, "namprd19")[0]
    host = mid[1:-1].split("@")[1]
    text = f"""
        Your message has been delivered to the following recipients:

        Dana Whitfield (dwhitfield@whitfieldosei.example)<mailto:dwhitfield@whitfieldosei.example>

        Subject: {m.subject}
    """
    rows = render(items(text, "N"), FAMS["outlook"])
    body = "\n".join(x[0] for x in rows) + "\n"
    html = html_doc(rows, FAMS["outlook"])
    alt = multipart(
        "alternative", [_tp(body, "text/plain", "exo"), _tp(html, "text/html", "exo")], f"_002_{mid[1:].split('@')[0]}_"
    )
    arrival = hdate(utc(m.dt))
    dsn = (
        f"Reporting-MTA: dns;{host}\r\n"
        f"Received-From-MTA: dns;{host}\r\n"
        f"Arrival-Date: {arrival}\r\n"
        "\r\n"
        "Original-Recipient: rfc822;dwhitfield@whitfieldosei.example\r\n"
        "Final-Recipient: rfc822;dwhitfield@whitfieldosei.example\r\n"
        "Action: delivered\r\n"
        "Status: 2.0.0\r\n"
    )
    dsn_part = Part([("Content-Type", "message/delivery-status")], dsn.encode("ascii"))
    hdrs = sent_copy(m).split(b"\r\n\r\n", 1)[0] + b"\r\n"
    hp = Part([("Content-Type", "text/rfc822-headers")], hdrs)
    b = f"_001_{mid[1:].split('@')[0]}_"
    report = multipart(
        "report",
        [alt, dsn_part, hp],
        b,
        ct=f'multipart/report;\r\n\treport-type=delivery-status;\r\n\tboundary="{b}"',
    )
    H = [
        ("From", f"Microsoft Outlook <{EXO_POSTMASTER}@larkspurhale.example>"),
        ("To", hdr_addrs([m.frm])),
        ("Date", hdate(utc(dt))),
        ("Content-Language", "en-US"),
        ("Message-ID", mid),
        ("In-Reply-To", m.mid),
        ("References", m.mid),
        ("Thread-Topic", encode_subject(m.subject)),
        ("Thread-Index", tindex(r, 1)),
        ("Subject", encode_subject("Delivered: " + m.subject)),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Organization-SCL", "-1"),
        ("MIME-Version", "1.0"),
    ]
    raw = mime_message(H, report)
    return _entry(slug, "exchange", "en", raw, local(dt, "ET"), m, None)


def _tp(text, ct, style):
    from mail24 import pick_cs, textpart

    cs = pick_cs(text, "utf-8")
    if ct == "text/html":
        text = text.replace('content="text/html; charset=utf-8"', f'content="text/html; charset={cs}"')
    return textpart(text, cs, style)


_ = (OKAFOR, STEIN, SULLIVAN, VILLALOBOS, w8_es, boundary_gmail)
