"""Automatic mail of blind17: out-of-office and vacation replies, help-desk acknowledgements, PEC receipts, bounces,
complaints and an association newsletter. Each answers (or returns) a message the firm really sent in the thread
context: the extra firm messages are in NODES."""

from datetime import timedelta, timezone

from clients17 import banner_html, divs, esc, flat, text_lines
from mime12 import Part, addr, b64, ew, lowhex, message, multipart, rfcdate, rng, text_part
from mime17 import UTC, digits, fits, hexid, ip4, received_chain, thread_index, uid
from people17 import (
    ALMUDENA_ORG,
    ALPINA_ORG,
    ARDENGHI,
    ARRIETA,
    AYMARD,
    BARBOSA,
    BENITEZ_ORG,
    BERNASCONI,
    BOISSON,
    EVENTS,
    GMAIL,
    IBANEZ,
    LEMAN_ORG,
    LIBERO,
    LOCATELLI,
    MAILLARD_ORG,
    MEDRANO,
    MERIDIANA_ORG,
    MOVISTAR,
    PEC,
    PERRAULT_ORG,
    RINALDI,
    SAPO,
    SOLARI_ORG,
    THAMESIDE_ORG,
    TISCALI,
    VASSEUR,
    Org,
    Person,
)
from spec17 import M, invite, year_end

# ==========================================================================
# people who only answer automatically
# ==========================================================================
VITALI = Person(
    "Andrea Vitali",
    "andrea.vitali@vitalimeccanica.example",
    Org("Vitali Meccanica S.p.A.", "vitalimeccanica.example", "o365", tenant="FR3P281MB", region="DEUP281"),
    "it",
    1,
)
FONTANA = Person(
    "Giulia Fontana", "giulia.fontana@meridianaprivate.example", MERIDIANA_ORG, "it", 1, display="Fontana Giulia"
)
LENZI = Person(
    "Studio Tecnico Lenzi",
    "info@studiolenzi.example",
    Org("Studio Tecnico Lenzi", "studiolenzi.example", "aruba"),
    "it",
    1,
)
ROSSETTI = Person("Anna Rossetti", "anna.rossetti@libero.example", LIBERO, "it", 1)
MARCHI = Person("Franco Marchi", "franco.marchi@tiscali.example", TISCALI, "it", 1)
RICCI = Person("Paolo Ricci", "paolo.ricci.mi@gmail.example", GMAIL, "it", 1)
CATTANEO = Person(
    "Mattia Cattaneo", "mattia.cattaneo@bancaalpina.example", ALPINA_ORG, "it-CH", 1, display="Cattaneo Mattia"
)
VILLALBA = Person(
    "Ignacio Villalba",
    "ivillalba@grupovillalba.example",
    Org("Grupo Villalba", "grupovillalba.example", "o365", tenant="DB9PR03MB", region="eurprd03"),
    "es",
    1,
)
SALINAS = Person(
    "Héctor Salinas",
    "hsalinas@salinasyasociados.example",
    Org("Salinas y Asociados", "salinasyasociados.example", "o365", tenant="SA1PR12MB", region="namprd12"),
    "es-MX",
    -6,
)
RUIZ = Person("Carmen Ruiz Ortega", "carmen.ruizortega@movistar.example", MOVISTAR, "es", 1)
QUIROGA = Person("Valeria Quiroga", "valequiroga@gmail.example", GMAIL, "es-AR", -3)
SERRANO = Person("Pablo Serrano", "pablo@benitezventures.example", BENITEZ_ORG, "es", 1)
QUINTANA = Person(
    "Isabel Quintana", "isabel.quintana@bancoalmudena.example", ALMUDENA_ORG, "es", 1, display="QUINTANA MARTÍN, ISABEL"
)
FERRAZ_ORG = Org("Ferraz Advogados", "ferrazadvogados.example", "o365", tenant="DB6PR07MB", region="eurprd07")
FERRAZ = Person("Joana Ferraz", "joana.ferraz@ferrazadvogados.example", FERRAZ_ORG, "pt-PT", 0)
ANTUNES = Person(
    "Marcelo Antunes",
    "marcelo.antunes@antunesholding.example",
    Org("Antunes Holding", "antunesholding.example", "o365", tenant="CP6PR80MB", region="BRAPRD80"),
    "pt-BR",
    -3,
)
LACERDA = Person("Beatriz Lacerda", "bia.lacerda@gmail.example", GMAIL, "pt-BR", -3)
GOUVEIA = Person("Manuel Gouveia", "manuel.gouveia@sapo.example", SAPO, "pt-PT", 0)
MASSON = Person(
    "Véronique Masson",
    "v.masson@masson-conseil.example",
    Org("Masson Conseil", "masson-conseil.example", "o365", tenant="PAXP190MB", region="FRAP190"),
    "fr",
    1,
)
TESSIER = Person("Olivier Tessier", "o.tessier@perrault-expertise.example", PERRAULT_ORG, "fr", 1)
FAVRE = Person("Sophie Favre", "s.favre@maillard-favre.example", MAILLARD_ORG, "fr-CH", 1)
JAQUET = Person(
    "Pierre-Alain Jaquet",
    "pierre-alain.jaquet@banqueleman.example",
    LEMAN_ORG,
    "fr-CH",
    1,
    display="Pierre-Alain Jaquet/GVA/BPL",
)
GRANT = Person("Oliver Grant", "oliver.grant@thameside-private.example", THAMESIDE_ORG, "en-GB", 0)

# recipients of bounced messages
GHEZZI = Person(
    "Marco Ghezzi", "m.ghezzi@ghezziholding.example", Org("Ghezzi Holding", "ghezziholding.example", "o365"), "it", 1
)
PENNACCHI = Person("Avv. Andrea Pennacchi", "a.pennacchi@solaripennacchi.example", SOLARI_ORG, "it", 1)
BPRIVADA = Person("Banca Privada", "banca.privada@bancoalmudena.example", ALMUDENA_ORG, "es", 1)
FERRAZ_CONT = Person("Contabilidade Ferraz Advogados", "contabilidade@ferrazadvogados.example", FERRAZ_ORG, "pt-PT", 0)
LACROIX = Person(
    "Jean-Pierre Lacroix",
    "jp.lacroix@cabinet-lacroix.example",
    Org("Cabinet Lacroix", "cabinet-lacroix.example", "hosting"),
    "fr",
    1,
)
EZE = Person(
    "Villa d'Èze Réceptions", "contact@villa-eze.example", Org("Villa d'Èze", "villa-eze.example", "hosting"), "fr", 1
)
DUMONT = Person("Famille Dumont", "famille.dumont@javeamail.example", Org("", "javeamail.example", "hosting"), "fr", 1)
QUINTASOL = Person(
    "Quinta do Sol", "geral@quintadosol.example", Org("Quinta do Sol", "quintadosol.example", "hosting"), "pt-PT", 0
)
RHONE = Person(
    "Fiduciaire du Rhône",
    "info@fiduciaire-rhone.example",
    Org("Fiduciaire du Rhône", "fiduciaire-rhone.example", "hosting"),
    "fr-CH",
    1,
)
PEC_ARDENGHI = Person("Notaio Federico Ardenghi", "federico.ardenghi@pec.notaioardenghi.example", ARDENGHI.org, "it", 1)
PEC_CREM_WRONG = Person(
    "Studio Cremaschi",
    "studio.cremaschi@pec.studiocremaschi.example",
    Org("", "pec.studiocremaschi.example", "pec"),
    "it",
    1,
)
PEC_NOTAIO_FULL = Person(
    "Notaio Giovanna Sarti",
    "giovanna.sarti@pec.notaiosarti.example",
    Org("", "pec.notaiosarti.example", "pec"),
    "it",
    1,
)
PEC_SLOW = Person(
    "Fiduciaria Sant'Ambrogio S.p.A.",
    "fidsantambrogio@pec.fidsantambrogio.example",
    Org("", "pec.fidsantambrogio.example", "pec"),
    "it",
    1,
)

# ==========================================================================
# the firm messages answered automatically
# ==========================================================================
NODES = [
    year_end("ao-vit-0", VASSEUR, VITALI, "2026-12-17 10:00", "Gentile Dott. Vitali,", "it"),
    M(
        "ao-fon-0",
        None,
        VASSEUR,
        [FONTANA],
        "2027-01-19 11:00",
        subject="Sig. Giancarlo Moretti – autocertificazione CRS",
        text="""
        Gentile Dott.ssa Fontana,

        Le scrivo per conto del Sig. Moretti, che Le ha restituito ieri l'autocertificazione CRS firmata. Può confermarmi che non serve altro?

        Cordiali saluti,
        """,
    ),
    M(
        "ao-len-0",
        None,
        VASSEUR,
        [LENZI],
        "2026-12-28 15:00",
        subject="Villa Forte dei Marmi – relazione tecnica",
        text="""
        Gentile Geometra,

        le scrivo su indicazione del Sig. Bacci per chiederLe la relazione tecnica sulla conformità della villa di Forte dei Marmi.

        Cordiali saluti,
        """,
    ),
    year_end("ao-ros-0", VASSEUR, ROSSETTI, "2026-12-17 10:00", "Gentile Signora Rossetti,", "it"),
    year_end("ao-mar-0", VASSEUR, MARCHI, "2026-12-17 10:00", "Gentile Sig. Marchi,", "it"),
    invite("ao-ric-0", EVENTS, RICCI, "2027-01-07 09:00", "Gentile Dott. Ricci,", "it"),
    M(
        "ao-cat-0",
        None,
        VASSEUR,
        [CATTANEO],
        "2026-12-23 09:30",
        subject="Sig. Rusconi – valutazioni di fine anno",
        text="""
        Gentile Signor Cattaneo,

        in assenza del Signor Pedrazzini, Le chiederei le valutazioni al 31.12 delle posizioni del Sig. Rusconi non appena disponibili.

        Cordiali saluti,
        """,
    ),
    year_end("ao-vil-0", ARRIETA, VILLALBA, "2026-12-18 10:00", "Estimado Sr. Villalba:", "es"),
    year_end("ao-sal-0", ARRIETA, SALINAS, "2026-12-18 10:00", "Estimado Sr. Salinas:", "es"),
    invite("ao-rui-0", ARRIETA, RUIZ, "2027-01-20 18:00", "Estimada Sra. Ruiz Ortega:", "es"),
    M(
        "ao-qui-0",
        None,
        ARRIETA,
        [QUIROGA],
        "2027-01-15 16:00",
        subject="Propuesta de inversión – cartera conservadora",
        text="""
        Hola, Valeria:

        Te adjunto la propuesta de cartera conservadora que comentamos. Cuando puedas, lo hablamos.

        Un abrazo,
        """,
    ),
    M(
        "ao-ser-0",
        None,
        ARRIETA,
        [SERRANO],
        "2027-01-08 12:00",
        subject="Fondo de venture capital – documentación",
        text="""
        Hola, Pablo:

        Te adjunto la documentación del fondo que me pediste en diciembre.

        Un saludo,
        """,
    ),
    M(
        "ao-qtn-0",
        None,
        ARRIETA,
        [QUINTANA],
        "2027-01-12 10:30",
        subject="Transferencia de valores – Sres. Dumont",
        text="""
        Hola, Isabel:

        ¿Podrías confirmarme el estado de la transferencia de valores de los Sres. Dumont?

        Gracias,
        """,
    ),
    year_end("ao-fer-0", BARBOSA, FERRAZ, "2026-12-18 10:00", "Cara Dra. Joana Ferraz,", "pt"),
    year_end("ao-ant-0", BARBOSA, ANTUNES, "2026-12-18 10:00", "Caro Sr. Marcelo Antunes,", "pt"),
    M(
        "ao-lac-0",
        None,
        BARBOSA,
        [LACERDA],
        "2027-01-11 15:00",
        subject="Relatório anual da carteira 2026",
        text="""
        Cara Beatriz,

        Envio em anexo o relatório anual da sua carteira em 2026.

        Com os melhores cumprimentos,
        """,
    ),
    year_end("ao-gou-0", BARBOSA, GOUVEIA, "2026-12-18 10:00", "Caro Sr. Manuel Gouveia,", "pt"),
    year_end("ao-mas-0", AYMARD, MASSON, "2026-12-16 11:00", "Chère Madame,", "fr"),
    M(
        "ao-tes-0",
        None,
        AYMARD,
        [TESSIER],
        "2027-01-05 10:00",
        subject="Bilans 2025 de la SCI du Parc",
        text="""
        Bonjour Monsieur,

        Pourriez-vous m'adresser les bilans 2025 de la SCI du Parc ?

        Bien cordialement,
        """,
    ),
    M(
        "ao-fav-0",
        None,
        BERNASCONI,
        [FAVRE],
        "2026-12-22 11:00",
        subject="Mme Marchetti – rendez-vous de janvier",
        text="""
        Chère Madame,

        Pourrions-nous convenir d'un rendez-vous en janvier avec Me Maillard au sujet de Mme Marchetti ?

        Meilleures salutations,
        """,
    ),
    M(
        "ao-jaq-0",
        None,
        BERNASCONI,
        [JAQUET],
        "2026-12-23 10:00",
        subject="Relevés de fin d'année – relations gérées",
        text="""
        Bonjour Monsieur Jaquet,

        Pourriez-vous nous indiquer la date d'envoi des relevés de fin d'année des relations que nous gérons ?

        Meilleures salutations,
        """,
    ),
    M(
        "ao-gra-0",
        None,
        BARBOSA,
        [GRANT],
        "2026-12-30 10:00",
        subject="Year-end valuation – Albuquerque Lins",
        text="""
        Dear Oliver,

        Could you send us the year-end valuation of the Albuquerque Lins accounts when available?

        Kind regards,
        """,
    ),
    M(
        "ao-daf-0",
        None,
        RINALDI,
        [BOISSON],
        "2027-01-27 09:15",
        subject="Demande d'attestation de résidence – Mme Isabelle Marchetti",
        text="""
        Madame, Monsieur,

        Nous souhaiterions obtenir une attestation de résidence au nom de Mme Isabelle Marchetti. Pouvez-vous nous indiquer la marche à suivre ?

        Avec nos remerciements,
        """,
    ),
    # PEC messages of the Milan branch (sent from Aruba's PEC webmail)
    M(
        "pec-ard-0",
        None,
        PEC,
        [PEC_ARDENGHI],
        "2027-01-20 10:12",
        client="pec_webmail",
        subject="Invio procura speciale Delaunay – rogito 18 febbraio 2027",
        text="x",
    ),
    M(
        "pec-cre-0",
        None,
        PEC,
        [PEC_CREM_WRONG],
        "2027-01-22 15:40",
        client="pec_webmail",
        subject="Famiglia Ghezzi – documentazione per interpello",
        text="x",
    ),
    M(
        "pec-sar-0",
        None,
        PEC,
        [PEC_NOTAIO_FULL],
        "2027-02-04 11:05",
        client="pec_webmail",
        subject="Richiesta copia atto di compravendita – rep. 14.221",
        text="x",
    ),
    M(
        "pec-fsa-0",
        None,
        PEC,
        [PEC_SLOW],
        "2027-02-09 09:30",
        client="pec_webmail",
        subject="Revoca mandato fiduciario n. 8812/FS",
        text="x",
    ),
    # bounced
    M(
        "b-ghe-0",
        None,
        VASSEUR,
        [GHEZZI],
        "2027-01-08 09:50",
        subject="Incontro del 21 gennaio con il Dott. Cremaschi",
        text="""
        Gentile Marco,

        Le confermo la call con il Dott. Cremaschi giovedì 21 gennaio alle 10:00. Le invio l'invito a parte.

        Cordiali saluti,
        """,
    ),
    M(
        "b-pen-0",
        None,
        VASSEUR,
        [PENNACCHI],
        "2027-01-21 17:10",
        subject="Patto di famiglia Ferrante – riunione con il Notaio",
        text="""
        Gentile Avvocato,

        Le confermo la riunione di giovedì alle 15:00 presso lo studio del Notaio Ardenghi.

        Cordiali saluti,
        """,
    ),
    invite("b-bpr-0", ARRIETA, BPRIVADA, "2027-01-20 18:00", "Estimados señores:", "es"),
    M(
        "b-fec-0",
        None,
        BARBOSA,
        [FERRAZ_CONT],
        "2027-02-03 10:00",
        subject="Faturas de honorários 2026",
        text="""
        Bom dia,

        Agradeço o envio das faturas de honorários de 2026 relativas à família Lemaire.

        Com os melhores cumprimentos,
        """,
    ),
    M(
        "b-lac-0",
        None,
        RINALDI,
        [LACROIX],
        "2027-01-14 11:30",
        subject="Succession de M. Henri Vial – actif monégasque",
        text="""
        Maître,

        Nous revenons vers vous concernant l'actif monégasque de la succession de M. Henri Vial. Pourriez-vous nous indiquer où en est la déclaration de succession ?

        Bien cordialement,
        """,
    ),
    invite("b-eze-0", EVENTS, EZE, "2027-01-07 09:00", "Madame, Monsieur,", "fr"),
    M(
        "b-dum-0",
        None,
        ARRIETA,
        [DUMONT],
        "2027-01-19 12:00",
        subject="Modelo 210 presentado – justificante",
        text="""
        Bonjour,

        Je vous transmets le justificatif de la déclaration modelo 210 déposée par Llorens Asesores pour la maison de Jávea.

        Bien cordialement,
        """,
    ),
    M(
        "b-qsol-0",
        None,
        BARBOSA,
        [QUINTASOL],
        "2027-02-10 10:00",
        subject="Pedido de informação – Quinta do Sol",
        text="""
        Bom dia,

        Em nome de um cliente, gostaria de obter informações sobre a disponibilidade da Quinta do Sol para um evento privado em maio.

        Com os melhores cumprimentos,
        """,
    ),
    M(
        "b-rho-0",
        None,
        BERNASCONI,
        [RHONE],
        "2027-02-08 15:30",
        subject="Mme Marchetti – attestation de domicile fiscal",
        text="""
        Madame, Monsieur,

        Pourriez-vous nous adresser l'attestation de domicile fiscal de Mme Marchetti pour 2026 ?

        Meilleures salutations,
        """,
    ),
]


# ==========================================================================
# building blocks
# ==========================================================================
def orig(ctx, key):
    n = ctx.node(key)
    return n, ctx.msgid(key), ctx.subject(key), ctx.when(n)


def ptext(lines, cs="utf-8", cte="quoted-printable", flowed=False):
    ct = f'text/plain; charset="{cs}"' + ("; format=flowed" if flowed else "")
    return text_part("\n".join(lines) + "\n", ct, cs, cte)


def htext(html, cs="utf-8", cte="quoted-printable"):
    return text_part(html, f'text/html; charset="{cs}"', cs, cte)


def A(p, cs="utf-8"):
    if not fits(p.shown, cs.replace("iso-8859-1", "latin-1").replace("ISO-8859-1", "latin-1")):
        cs = "utf-8"
    return addr(p.shown, p.email, cs)


def subj(s, cs="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return ew(s, cs if fits(s, cs.replace("iso-8859-1", "latin-1")) else "utf-8", "Q")


def rcv(slug, frm, reader, dt):
    return [("Received", x) for x in received_chain(None, {"key": slug, "frm": frm}, reader, dt, reader.email)]


def ex_mid(org, r):
    srv = f"{org.tenant}{r.randrange(1000, 9999)}"
    return f"<{srv}{hexid(r, 30)}@{srv}.{org.region}.prod.outlook.com>"


def reader_banner(reader, frm):
    if reader.banner and frm.org is not reader.org:
        return reader.banner
    return None


def with_banner(b, lines, html, subject):
    if not b:
        return lines, html, subject
    lines = [*b.lines, "", *lines]
    if html is not None:
        i = html.find("<body")
        j = html.find(">", i) + 1 if i >= 0 else 0
        html = html[:j] + banner_html(b) + html[j:]
    if b.tag and b.tag not in subject:
        subject = f"{b.tag} {subject}"
    return lines, html, subject


def item(slug, client, lang, kind, raw, **kw):
    d = dict(slug=slug, client=client, lang=lang, kind=kind, raw=raw)
    d.update(kw)
    return d


# --------------------------------------------------------------------------
# out of office and vacation replies
# --------------------------------------------------------------------------
OOF_PREFIX = {
    "it": "Risposta automatica: ",
    "es": "Respuesta automática: ",
    "pt": "Resposta automática: ",
    "fr": "Réponse automatique : ",
    "en": "Automatic reply: ",
}


def exchange_oof(ctx, slug, key, frm, lines, lang, until, delay=1):
    n, mid, subject, dt0 = orig(ctx, key)
    reader = n["frm"]
    r = rng("oof", slug)
    dt = dt0 + timedelta(minutes=delay, seconds=r.randrange(5, 50))
    cs = "iso-8859-1" if fits("\n".join(lines), "latin-1") else "utf-8"
    s = OOF_PREFIX[lang] + subject
    b = reader_banner(reader, frm)
    html = (
        f'<html dir="ltr">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
        '<style type="text/css" id="owaParaStyle"></style>\n</head>\n<body fpstyle="1" ocsi="0">\n'
        '<div style="direction: ltr;font-family: Tahoma;color: #000000;font-size: 10pt;">'
        + "<br>\n".join(esc(x) for x in lines)
        + "</div>\n</body>\n</html>\n"
    )
    lines, html, s = with_banner(b, lines, html, s)
    body = multipart(
        "alternative", [ptext(lines, cs), htext(html, cs)], f"_000_{ex_mid(frm.org, r)[1:].split('@')[0]}_"
    )
    hs = [("Return-Path", "<>"), *rcv(slug, frm, reader, dt)]
    hs += [
        ("From", A(frm)),
        ("To", A(reader)),
        ("Subject", subj(s, cs)),
        ("Thread-Topic", subj(subject, cs)),
        ("Thread-Index", thread_index(r, 2)),
        ("Date", rfcdate(dt.astimezone(UTC))),
        ("Message-ID", ex_mid(frm.org, r)),
        ("References", mid),
        ("In-Reply-To", mid),
        ("Auto-Submitted", "auto-generated"),
        ("X-MS-Has-Attach", ""),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", frm.email),
        ("X-MS-TNEF-Correlator", ""),
        (
            "Content-Language",
            {"it": "it-IT", "es": "es-ES", "pt": "pt-PT", "fr": "fr-FR", "en": "en-GB"}[lang]
            if frm.loc.count("-") == 0
            else frm.loc,
        ),
        ("MIME-Version", "1.0"),
    ]
    return item(slug, "exchange", lang, "auto_reply", message(hs, body), until=until)


def gmail_vacation(ctx, slug, key, frm, lines, lang, until, subject=None, delay=3):
    n, mid, osubj, dt0 = orig(ctx, key)
    reader = n["frm"]
    r = rng("gv", slug)
    dt = (dt0 + timedelta(minutes=delay, seconds=r.randrange(60))).astimezone(timezone(timedelta(hours=frm.tz)))
    s = subject or f"Re: {osubj}"
    html = '<div dir="ltr">' + divs(lines) + "</div>\n"
    body = multipart("alternative", [ptext(lines, "UTF-8"), htext(html, "UTF-8")], "000000000000" + lowhex(r, 16))
    hs = [("Return-Path", "<>"), *rcv(slug, frm, reader, dt)]
    hs += [
        ("MIME-Version", "1.0"),
        ("References", mid),
        ("In-Reply-To", mid),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("Precedence", "bulk"),
        ("From", A(frm)),
        ("Date", rfcdate(dt)),
        (
            "Message-ID",
            f"<CA{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-') for _ in range(46))}@mail.gmail.com>",
        ),
        ("Subject", subj(s)),
        ("To", A(reader)),
    ]
    return item(slug, "gmail", lang, "auto_reply", message(hs, body), until=until)


def webmail_vacation(
    ctx, slug, key, frm, lines, lang, until, client, subject, headers=(), cs="utf-8", cte="quoted-printable", delay=2
):
    n, mid, osubj, dt0 = orig(ctx, key)
    reader = n["frm"]
    r = rng("wv", slug)
    dt = (dt0 + timedelta(minutes=delay, seconds=r.randrange(60))).astimezone(timezone(timedelta(hours=frm.tz)))
    s = subject.replace("{subject}", osubj)
    b = reader_banner(reader, frm)
    lines, _, s = with_banner(b, lines, None, s)
    hs = [("Return-Path", f"<{frm.email}>"), *rcv(slug, frm, reader, dt)]
    hs += [
        ("Date", rfcdate(dt)),
        ("From", A(frm, cs)),
        ("To", A(reader, cs)),
        ("Subject", subj(s, cs)),
        ("Message-ID", f"<{lowhex(r, 20)}.{digits(r, 6)}@{frm.domain}>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Auto-Submitted", "auto-replied"),
        *headers,
        ("MIME-Version", "1.0"),
    ]
    return item(slug, client, lang, "auto_reply", message(hs, ptext(lines, cs, cte)), until=until)


def notes_oof(ctx, slug, key, frm, lines, lang, until, subject):
    n, mid, _osubj, dt0 = orig(ctx, key)
    reader = n["frm"]
    r = rng("no", slug)
    dt = (dt0 + timedelta(minutes=4, seconds=r.randrange(60))).astimezone(timezone(timedelta(hours=frm.tz)))
    b = reader_banner(reader, frm)
    html = "".join(f'<font size=2 face="sans-serif">{esc(x)}</font><br>\n' if x else "<br>\n" for x in lines)
    lines, html, s = with_banner(b, lines, "<body>" + html, subject)
    html = html.replace("<body>", "", 1)
    bnd = f"=_alternative {hexid(r, 8)}C1258C{hexid(r, 2)}_="
    body = multipart("alternative", [ptext(lines, "ISO-8859-1"), htext(html, "ISO-8859-1")], bnd)
    hs = [("Return-Path", f"<{frm.email}>"), *rcv(slug, frm, reader, dt)]
    hs += [
        ("Subject", subj(s, "iso-8859-1")),
        ("To", A(reader, "iso-8859-1")),
        ("From", A(frm, "iso-8859-1")),
        ("Date", rfcdate(dt)),
        (
            "Message-ID",
            f"<OF{hexid(r, 8)}.{hexid(r, 8)}-ON{hexid(r, 8)}.{hexid(r, 8)}-{hexid(r, 8)}.{hexid(r, 8)}@{frm.domain}>",
        ),
        ("X-Mailer", "HCL Notes Release 12.0.2FP4 October 11, 2023"),
        ("In-Reply-To", mid),
        ("MIME-Version", "1.0"),
    ]
    return item(slug, "notes", lang, "auto_reply", message(hs, body), until=until)


def zoho_oof(ctx, slug, key, frm, lines, lang, until):
    n, mid, osubj, dt0 = orig(ctx, key)
    reader = n["frm"]
    r = rng("zo", slug)
    dt = dt0 + timedelta(minutes=1, seconds=r.randrange(60))
    html = (
        '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
        + divs(lines)
        + "</div></body></html>\n"
    )
    hs = [("Return-Path", "<>"), *rcv(slug, frm, reader, dt)]
    hs += [
        ("Date", rfcdate(dt)),
        ("From", A(frm)),
        ("To", A(reader)),
        ("Message-Id", f"<{lowhex(r, 11)}.{lowhex(r, 16)}.{digits(r, 19)}@{frm.domain}>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Subject", subj(f"Respuesta automática: {osubj}")),
        ("MIME-Version", "1.0"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("User-Agent", "Zoho Mail"),
    ]
    return item(slug, "zoho", lang, "auto_reply", message(hs, htext(html)), until=until)


# --------------------------------------------------------------------------
# help-desk acknowledgements
# --------------------------------------------------------------------------
def desk_ack(ctx, slug, key, frm, client, lang, subject, lines, html_lines=None, headers=(), delay=1):
    n, mid, osubj, dt0 = orig(ctx, key)
    reader = n["frm"]
    r = rng("ack", slug)
    dt = dt0 + timedelta(minutes=delay, seconds=r.randrange(60))
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        + divs(html_lines or lines)
        + "</body></html>\n"
    )
    body = multipart("alternative", [ptext(lines), htext(html)], f"--==_mimepart_{lowhex(r, 13)}_{digits(r, 5)}")
    if client == "zendesk":
        msgid = f"<{hexid(r, 10)}_{lowhex(r, 13)}_{lowhex(r, 13)}_sprut@zendesk.com>"
    elif client == "freshdesk":
        msgid = f"<{lowhex(r, 24)}.{digits(r, 6)}@freshdesk.com>"
    else:
        msgid = f"<{int(dt.timestamp())}.{digits(r, 6)}.{digits(r, 9)}@{frm.domain}>"
    hs = [("Return-Path", f"<{frm.email}>"), *rcv(slug, frm, reader, dt)]
    hs += [
        ("Date", rfcdate(dt)),
        ("From", A(frm)),
        ("To", A(reader)),
        ("Subject", subj(subject.replace("{subject}", osubj))),
        ("Message-ID", msgid),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Auto-Submitted", "auto-replied"),
        *headers,
        ("MIME-Version", "1.0"),
    ]
    return item(slug, client, lang, "auto_reply", message(hs, body), until=None)


# --------------------------------------------------------------------------
# PEC (Italian certified mail): receipts of Aruba PEC
# --------------------------------------------------------------------------
ARUBA_PEC = Person(
    "posta-certificata@pec.aruba.it",
    "posta-certificata@pec.aruba.it",
    Org("Aruba PEC S.p.A.", "pec.aruba.it", "aruba_pec"),
    "it",
    1,
)


def pec_mid(ctx, key):
    n = ctx.node(key)
    r = rng("pecmid", key)
    return (
        f"<{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 12)}@pec.aubrac-lerins.example>"
        if n
        else None
    )


def pec_stamp(dt):
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year}", f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}"


PEC_TEXT = {
    "accettazione": (
        "ACCETTAZIONE: ",
        "Ricevuta di accettazione",
        [
            "Il giorno {d} alle ore {t} ({z}) il messaggio",
            '"{s}" proveniente da "{f}"',
            "ed indirizzato a:",
            '{to} ("posta certificata")',
            "è stato accettato dal sistema ed inoltrato.",
            "Identificativo messaggio: {id}",
        ],
    ),
    "avvenuta-consegna": (
        "CONSEGNA: ",
        "Ricevuta di avvenuta consegna",
        [
            "Il giorno {d} alle ore {t} ({z}) il messaggio",
            '"{s}" proveniente da "{f}"',
            'ed indirizzato a "{to}"',
            "è stato consegnato nella casella di destinazione.",
            "Identificativo messaggio: {id}",
        ],
    ),
    "errore-consegna": (
        "AVVISO DI MANCATA CONSEGNA: ",
        "Avviso di mancata consegna",
        [
            "Il giorno {d} alle ore {t} ({z}) nel messaggio",
            '"{s}" proveniente da "{f}"',
            "ed indirizzato a:",
            "{to}",
            "è stato rilevato un problema che ne impedisce la consegna.",
            "Il sistema ha restituito il seguente errore:",
            "{err}",
            "Il messaggio è stato rifiutato dal sistema.",
            "Identificativo messaggio: {id}",
        ],
    ),
    "preavviso-errore-consegna": (
        "PREAVVISO DI MANCATA CONSEGNA: ",
        "Preavviso di mancata consegna",
        [
            "Il giorno {d} alle ore {t} ({z}) nel messaggio",
            '"{s}" proveniente da "{f}"',
            "ed indirizzato a:",
            "{to}",
            "non è stata ricevuta, entro le prime 12 ore dall'invio, la ricevuta di avvenuta consegna.",
            "Il sistema continuerà a tentare la consegna per le successive 12 ore.",
            "Identificativo messaggio: {id}",
        ],
    ),
}


def pec_receipt(ctx, slug, key, tipo, minutes, err=None, errore="nessuno", completa=False):
    n, _, osubj, dt0 = orig(ctx, key)
    mid = ctx.msgid(key)
    reader = n["frm"]
    to = n["to"][0]
    r = rng("pec", slug)
    dt = dt0 + timedelta(minutes=minutes, seconds=r.randrange(1, 50))
    sent = dt0
    d, t = pec_stamp(sent if tipo != "avvenuta-consegna" else dt)
    ident = f"opec21{digits(r, 3)}.{sent.strftime('%Y%m%d%H%M%S')}.{digits(r, 6)}.{digits(r, 3)}.1.{digits(r, 2)}@pec.aruba.it"
    prefix, title, tpl = PEC_TEXT[tipo]
    vals = dict(d=d, t=t, z="+0100", s=osubj, f=n["frm"].email, to=to.email, id=ident, err=err or "")
    body_lines = [title, "", *[x.format(**vals) for x in tpl]]
    html = (
        "<html><head><title>"
        + esc(title)
        + "</title></head><body><h3>"
        + esc(title)
        + "</h3><hr><br>"
        + "<br>\n".join(esc(x) for x in body_lines[2:])
        + "</body></html>\n"
    )
    pcs = "iso-8859-1" if fits("\n".join(body_lines), "latin-1") else "utf-8"
    alt = multipart(
        "alternative",
        [ptext(body_lines, pcs), htext(html, pcs)],
        f"----=_Part_{digits(r, 7)}_{digits(r, 9)}.{digits(r, 13)}",
    )
    extra = ""
    if err:
        extra = f"<errore-esteso>{esc(err)}</errore-esteso>\n"
    dest_tipo = "certificato"
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE postacert SYSTEM "Postacert.dtd">\n'
        f'<postacert tipo="{tipo}" errore="{errore}">\n<intestazione>\n<mittente>{n["frm"].email}</mittente>\n'
        f'<destinatari tipo="{dest_tipo}">{to.email}</destinatari>\n<risposte>{n["frm"].email}</risposte>\n'
        f"<oggetto>{esc(osubj)}</oggetto>\n</intestazione>\n<dati>\n<gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>\n"
        f'<data zona="+0100">\n<giorno>{d}</giorno>\n<ora>{t}</ora>\n</data>\n<identificativo>{ident}</identificativo>\n'
        f"<msgid>{esc(mid)}</msgid>\n"
        + (f"<consegna>{to.email}</consegna>\n" if tipo == "avvenuta-consegna" else "")
        + extra
        + "</dati>\n</postacert>\n"
    )
    xml_part = Part(
        [
            ("Content-Type", 'application/xml; name="daticert.xml"'),
            ("Content-Disposition", 'inline; filename="daticert.xml"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        b64(xml.encode("utf-8")),
    )
    parts = [alt, xml_part]
    if completa:
        om = original_message(ctx, key, pec=True)
        parts.append(
            Part(
                [
                    ("Content-Type", 'message/rfc822; name="postacert.eml"'),
                    ("Content-Disposition", 'inline; filename="postacert.eml"'),
                ],
                om,
            )
        )
    mixed = multipart("mixed", parts, f"----=_Part_{digits(r, 7)}_{digits(r, 9)}.{digits(r, 13)}")
    sig = Part(
        [
            ("Content-Type", 'application/pkcs7-signature; name="smime.p7s"'),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-Disposition", 'attachment; filename="smime.p7s"'),
        ],
        b64(r.randbytes(1200)),
    )
    bnd = f"----=_Part_{digits(r, 7)}_{digits(r, 9)}.{digits(r, 13)}"
    signed = multipart(
        "signed",
        [mixed, sig],
        bnd,
        ct=f'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;\r\n\tboundary="{bnd}"',
    )
    hs = [
        ("Return-Path", "<posta-certificata@pec.aruba.it>"),
        (
            "Received",
            f"from smtps.pec.aruba.it ([{ip4(r)}])\r\n\tby mx.pec.aubrac-lerins.example with ESMTPS id {hexid(r, 12)}\r\n\tfor <{reader.email}>; {rfcdate(dt + timedelta(seconds=2))}",
        ),
        ("X-Ricevuta", tipo),
        ("X-Riferimento-Message-ID", mid),
        ("Date", rfcdate(dt)),
        ("Subject", subj(prefix + osubj, "iso-8859-1")),
        ("From", "posta-certificata@pec.aruba.it"),
        ("To", reader.email),
        ("Message-ID", f"<{ident}>"),
        ("X-VerificaSicurezza", "ok"),
        ("MIME-Version", "1.0"),
    ]
    return hs, signed, mid, to


def original_message(ctx, key, pec=False, headers_only=False):
    """The firm's message as it left: a single text/plain part (bytes, CRLF)."""
    n = ctx.node(key)
    dt = ctx.when(n)
    mid = ctx.msgid(key)
    if n["client"] == "pec_webmail":
        lines = [
            "Gentili Signori,",
            "",
            "si trasmette in allegato la documentazione in oggetto.",
            "",
            "Cordiali saluti",
            "",
            *n["frm"].sig,
        ]
    else:
        r = ctx.rendered(key)
        lines = flat(r.doc)
    frm, to = n["frm"], n["to"]
    hs = [
        ("From", A(frm)),
        ("To", ", ".join(A(x) for x in to)),
        ("Subject", subj(ctx.subject(key))),
        ("Date", rfcdate(dt.astimezone(UTC) if frm.org.infra == "o365" else dt)),
        ("Message-ID", mid),
        ("MIME-Version", "1.0"),
    ]
    if headers_only:
        return "".join(f"{k}: {v}\r\n" for k, v in hs).encode("ascii") + b"\r\n"
    p = ptext(lines, "utf-8")
    return message(hs, p)


# --------------------------------------------------------------------------
# bounces
# --------------------------------------------------------------------------
def dsn_part(reporting, rcpts, arrival=None, extra=()):
    out = [f"Reporting-MTA: dns;{reporting}"]
    out += list(extra)
    if arrival:
        out.append(f"Arrival-Date: {arrival}")
    out.append("")
    for i, rc in enumerate(rcpts):
        if i:
            out.append("")
        if rc.get("orig"):
            out.append(f"Original-Recipient: rfc822;{rc['orig']}")
        out.append(f"Final-Recipient: rfc822;{rc['addr']}")
        out.append(f"Action: {rc['action']}")
        out.append(f"Status: {rc['status']}")
        if rc.get("remote"):
            out.append(f"Remote-MTA: dns;{rc['remote']}")
        if rc.get("diag"):
            out.append(f"Diagnostic-Code: smtp;{rc['diag']}")
        if rc.get("last"):
            out.append(f"Last-Attempt-Date: {rc['last']}")
        if rc.get("will"):
            out.append(f"Will-Retry-Until: {rc['will']}")
    return Part([("Content-Type", "message/delivery-status")], ("\r\n".join(out) + "\r\n").encode("ascii"))


def returned(ctx, key, headers_only=False):
    if headers_only:
        return Part([("Content-Type", "text/rfc822-headers")], original_message(ctx, key, headers_only=True))
    return Part([("Content-Type", "message/rfc822")], original_message(ctx, key))


def report(parts, bnd):
    return multipart("report", parts, bnd, ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"')


def bounce_label(rcpts, mid, permanent=None):
    recips = []
    for rc in rcpts:
        x = {"address": rc["label_addr"]}
        if rc.get("label_status"):
            x["status"] = rc["label_status"]
        x["permanent"] = rc["permanent"]
        recips.append(x)
    perm = all(x["permanent"] for x in recips) if permanent is None else permanent
    out = {"permanent": perm, "recipients": recips}
    if mid:
        out["original_message_id"] = mid
    return out


def items(ctx):
    out = []
    V = exchange_oof
    # ---------------- out of office: Exchange / Outlook
    out.append(
        V(
            ctx,
            "ooo-vitali",
            "ao-vit-0",
            VITALI,
            [
                "Grazie per il messaggio.",
                "",
                "Sono fuori ufficio fino al 6 gennaio 2027 compreso, con accesso limitato alla posta elettronica. Per questioni urgenti potete contattare la mia assistente, Laura Bonetti, al numero +39 030 555 0199.",
                "",
                "Thank you for your message. I am out of the office until 6 January 2027 with limited access to e-mail.",
                "",
                "Andrea Vitali",
            ],
            "it",
            "2027-01-06",
        )
    )
    out.append(
        V(
            ctx,
            "ooo-fontana",
            "ao-fon-0",
            FONTANA,
            [
                "Buongiorno,",
                "",
                "sono in congedo di maternità fino a fine aprile 2027. Per qualsiasi necessità vi prego di scrivere a private.international@meridianaprivate.example o di contattare il collega Stefano Aliprandi.",
                "",
                "Grazie,",
                "Giulia Fontana",
            ],
            "it",
            None,
        )
    )
    out.append(
        V(
            ctx,
            "ooo-villalba",
            "ao-vil-0",
            VILLALBA,
            [
                "Gracias por su mensaje.",
                "",
                "Estaré fuera de la oficina desde el 18 de diciembre hasta el 6 de enero, ambos inclusive, con acceso limitado al correo. Para asuntos urgentes, pueden dirigirse a mi asistente, Elena Prieto (eprieto@grupovillalba.example).",
                "",
                "Un saludo,",
                "Ignacio Villalba",
            ],
            "es",
            "2027-01-06",
        )
    )
    out.append(
        V(
            ctx,
            "ooo-salinas",
            "ao-sal-0",
            SALINAS,
            [
                "Buen día:",
                "",
                "Me encuentro fuera de la oficina y regreso el lunes 11 de enero. Si su asunto es urgente, favor de comunicarse con la Lic. Patricia Ríos al +52 81 5555 0190.",
                "",
                "Saludos cordiales,",
                "Héctor Salinas",
            ],
            "es",
            "2027-01-11",
            delay=2,
        )
    )
    out.append(
        V(
            ctx,
            "ooo-quintana",
            "ao-qtn-0",
            QUINTANA,
            [
                "Isabel Quintana ya no forma parte de Banco Almudena Patrimonios.",
                "",
                "Este buzón no se revisa. Para cualquier consulta, diríjase a banca.privada@bancoalmudena.example o llame al +34 91 555 01 60.",
            ],
            "es",
            None,
        )
    )
    out.append(
        V(
            ctx,
            "ooo-ferraz",
            "ao-fer-0",
            FERRAZ,
            [
                "Exmos. Senhores,",
                "",
                "Encontro-me ausente do escritório até ao dia 4 de janeiro de 2027, inclusive, com acesso limitado ao email. Em caso de urgência, contacte a Dra. Rita Lobo através do número +351 21 555 0145.",
                "",
                "Com os melhores cumprimentos,",
                "Joana Ferraz",
            ],
            "pt",
            "2027-01-04",
        )
    )
    out.append(
        V(
            ctx,
            "ooo-antunes",
            "ao-ant-0",
            ANTUNES,
            [
                "Olá,",
                "",
                "Estarei em férias até 18/01/2027, retornando em 19/01/2027. Em caso de urgência, favor contatar a Sra. Cláudia Mendes pelo e-mail claudia.mendes@antunesholding.example.",
                "",
                "Atenciosamente,",
                "Marcelo Antunes",
            ],
            "pt",
            "2027-01-18",
        )
    )
    out.append(
        V(
            ctx,
            "ooo-masson",
            "ao-mas-0",
            MASSON,
            [
                "Bonjour,",
                "",
                "Je suis absente du bureau jusqu'au lundi 4 janvier 2027 inclus. En cas d'urgence, vous pouvez contacter le cabinet au 01 99 00 84 20.",
                "",
                "Bien cordialement,",
                "Véronique Masson",
            ],
            "fr",
            "2027-01-04",
        )
    )
    out.append(
        V(
            ctx,
            "ooo-favre",
            "ao-fav-0",
            FAVRE,
            [
                "Je suis absente jusqu'au 8 janvier 2027. En cas d'urgence, veuillez contacter le secrétariat au +41 22 555 01 80.",
                "Ich bin bis am 8. Januar 2027 abwesend. In dringenden Fällen wenden Sie sich bitte an das Sekretariat.",
                "Sono assente fino all'8 gennaio 2027. Per urgenze si prega di contattare la segreteria.",
                "I am out of the office until 8 January 2027. For urgent matters, please contact our office.",
                "",
                "Sophie Favre",
            ],
            "fr",
            "2027-01-08",
        )
    )
    out.append(
        V(
            ctx,
            "ooo-grant",
            "ao-gra-0",
            GRANT,
            [
                "Thank you for your email.",
                "",
                "I am out of the office until Tuesday 5 January with limited access to email. For anything urgent please contact James Porter (james.porter@thameside-private.example).",
                "",
                "Kind regards,",
                "Oliver Grant",
            ],
            "en",
            "2027-01-05",
        )
    )
    # ---------------- Gmail vacation responder
    out.append(
        gmail_vacation(
            ctx,
            "vac-ricci",
            "ao-ric-0",
            RICCI,
            [
                "Buongiorno,",
                "sono in viaggio e rientrerò lunedì 18 gennaio. Per urgenze potete chiamarmi al 333 555 0142.",
                "Cordiali saluti,",
                "Paolo Ricci",
            ],
            "it",
            "2027-01-18",
        )
    )
    out.append(
        gmail_vacation(
            ctx,
            "vac-quiroga",
            "ao-qui-0",
            QUIROGA,
            [
                "¡Hola! Estoy de vacaciones en la costa hasta el 1° de febrero, con acceso limitado al correo. A la vuelta te respondo.",
                "Saludos,",
                "Valeria",
            ],
            "es",
            "2027-02-01",
            subject="Vacaciones",
        )
    )
    out.append(
        gmail_vacation(
            ctx,
            "vac-lacerda",
            "ao-lac-0",
            LACERDA,
            [
                "Oi! Estou de férias e volto no dia 25/01. Respondo assim que possível.",
                "Bia Lacerda",
            ],
            "pt",
            "2027-01-25",
        )
    )
    # ---------------- webmail responders: Aruba, Libero, Tiscali, Movistar, SAPO, Zimbra
    out.append(
        webmail_vacation(
            ctx,
            "vac-lenzi",
            "ao-len-0",
            LENZI,
            [
                "Gentile cliente,",
                "",
                "lo studio resterà chiuso per le festività natalizie dal 24 dicembre 2026 al 6 gennaio 2027 compresi.",
                "Le e-mail ricevute in questo periodo saranno lette al rientro.",
                "",
                "Studio Tecnico Geom. Paolo Lenzi",
            ],
            "it",
            "2027-01-06",
            "aruba",
            "Studio chiuso per ferie",
            headers=[("X-Autoreply", "yes")],
        )
    )
    out.append(
        webmail_vacation(
            ctx,
            "vac-rossetti",
            "ao-ros-0",
            ROSSETTI,
            [
                "Sono in vacanza fino al 10 gennaio. Risponderò al mio rientro.",
                "Anna",
            ],
            "it",
            "2027-01-10",
            "libero",
            "Risposta automatica: {subject}",
            cs="iso-8859-1",
        )
    )
    out.append(
        webmail_vacation(
            ctx,
            "vac-marchi",
            "ao-mar-0",
            MARCHI,
            [
                "Messaggio automatico: sono assente fino al 7/1/2027 e non posso leggere la posta.",
                "Franco Marchi",
            ],
            "it",
            "2027-01-07",
            "tiscali",
            "Assenza - {subject}",
        )
    )
    out.append(
        webmail_vacation(
            ctx,
            "vac-ruiz",
            "ao-rui-0",
            RUIZ,
            [
                "En estos momentos no puedo atender su correo. Le responderé lo antes posible.",
                "",
                "Carmen Ruiz Ortega",
            ],
            "es",
            None,
            "movistar",
            "Respuesta automática",
            headers=[("X-Mailer", "Open-Xchange Mailer")],
        )
    )
    out.append(
        webmail_vacation(
            ctx,
            "vac-gouveia",
            "ao-gou-0",
            GOUVEIA,
            [
                "Estarei fora até 3 de janeiro, sem acesso ao correio eletrónico.",
                "Manuel Gouveia",
            ],
            "pt",
            "2027-01-03",
            "sapo",
            "Resposta automática: {subject}",
        )
    )
    out.append(
        webmail_vacation(
            ctx,
            "vac-tessier",
            "ao-tes-0",
            TESSIER,
            [
                "Bonjour,",
                "",
                "Je suis absent du cabinet jusqu'au 15/01/2027. Pour toute urgence, merci de contacter le secrétariat au 01 99 00 63 40.",
                "",
                "Olivier Tessier",
            ],
            "fr",
            "2027-01-15",
            "zimbra",
            "Absent du cabinet",
            headers=[("X-Mailer", "Zimbra 9.0.0_GA_4597 (zclient/9.0.0_GA_4597)")],
        )
    )
    # ---------------- Notes, Zoho
    out.append(
        notes_oof(
            ctx,
            "ooo-cattaneo",
            "ao-cat-0",
            CATTANEO,
            [
                "Sarò fuori ufficio a partire dal 23/12/2026 e non ritornerò fino al 07/01/2027.",
                "",
                "Per questioni urgenti rivolgersi al Signor Nicola Pedrazzini (+41 91 555 01 44).",
            ],
            "it",
            "2027-01-07",
            "Mattia Cattaneo è fuori ufficio.",
        )
    )
    out.append(
        notes_oof(
            ctx,
            "ooo-jaquet",
            "ao-jaq-0",
            JAQUET,
            [
                "Je serai absent(e) du bureau à partir du 23.12.2026 et ne serai pas de retour avant le 11.01.2027.",
                "",
                "Pour toute question urgente, veuillez contacter M. Philippe Rochat (+41 22 555 01 64).",
            ],
            "fr",
            "2027-01-11",
            "Pierre-Alain Jaquet est absent(e) du bureau.",
        )
    )
    out.append(
        zoho_oof(
            ctx,
            "ooo-serrano",
            "ao-ser-0",
            SERRANO,
            [
                "Gracias por tu mensaje.",
                "",
                "Estaré fuera de la oficina hasta el lunes 18 de enero de 2027. Para cualquier tema urgente, escribe a carla@benitezventures.example.",
                "",
                "Pablo Serrano",
            ],
            "es",
            "2027-01-18",
        )
    )
    # ---------------- help desks
    out.append(
        desk_ack(
            ctx,
            "ack-freshdesk",
            "it-fsa-1",
            LOCATELLI,
            "freshdesk",
            "it",
            "Ticket ricevuto - [#4821] {subject}",
            [
                "Gentile Claire Vasseur,",
                "",
                "abbiamo ricevuto la Sua richiesta e abbiamo aperto il ticket n. 4821. Un nostro operatore Le risponderà entro due giorni lavorativi.",
                "",
                "Per aggiungere informazioni, risponda a questa e-mail senza modificarne l'oggetto.",
                "",
                "Cordiali saluti,",
                "Servizio Assistenza Clienti",
                "Fiduciaria Sant'Ambrogio S.p.A.",
            ],
            headers=[("X-Freshdesk-Ticket-Id", "4821")],
        )
    )
    out.append(
        desk_ack(
            ctx,
            "ack-zendesk",
            "es-zd-1",
            IBANEZ,
            "zendesk",
            "es",
            "[Custodia Ibérica de Valores] Solicitud recibida: {subject}",
            [
                "##- Escriba su respuesta por encima de esta línea -##",
                "",
                "Su solicitud (48213) ha sido recibida y está siendo revisada por nuestro equipo de atención.",
                "",
                "Para añadir comentarios adicionales, responda a este correo electrónico.",
                "",
                "--------------------------------",
                "Este correo electrónico es un servicio de Custodia Ibérica de Valores.",
                "Con tecnología de Zendesk",
                "",
                "[JRM7KQ-4X2PW]",
            ],
            headers=[("X-Mailer", "Zendesk Mailer")],
        )
    )
    out.append(
        desk_ack(
            ctx,
            "ack-otrs",
            "fr-daf-1",
            BOISSON,
            "otrs",
            "fr",
            "[Ticket#2027012110000217] Accusé de réception – {subject}",
            [
                "Madame, Monsieur,",
                "",
                "Nous accusons bonne réception de votre message, enregistré sous le numéro de dossier 2027012110000217.",
                "Il sera traité dans les meilleurs délais par le guichet des résidents.",
                "",
                "Merci de ne pas modifier l'objet de ce message si vous souhaitez compléter votre demande.",
                "",
                "Direction de l'Accueil et des Formalités – Principauté de Monaco",
            ],
            headers=[("X-Mailer", "Znuny Mail Service (7.0.15)")],
        )
    )
    closure = desk_ack(
        ctx,
        "ack-otrs-sainte-devote",
        "ao-daf-0",
        BOISSON,
        "otrs",
        "fr",
        "[Ticket#2027012710000054] Fermeture exceptionnelle – {subject}",
        [
            "Madame, Monsieur,",
            "",
            "Nos services sont fermés aujourd'hui, mercredi 27 janvier 2027, jour de la fête de Sainte Dévote, patronne de la Principauté.",
            "Votre message a été enregistré sous le numéro de dossier 2027012710000054 et sera traité dès notre réouverture.",
            "",
            "Direction de l'Accueil et des Formalités – Principauté de Monaco",
        ],
        headers=[("X-Mailer", "Znuny Mail Service (7.0.15)")],
    )
    closure["until"] = "2027-01-27"
    out.append(closure)
    # ---------------- PEC receipts of delivery (not bounces)
    for slug, tipo, mins, comp in (
        ("pec-accettazione", "accettazione", 0, False),
        ("pec-consegna", "avvenuta-consegna", 1, True),
    ):
        hs, body, _, _ = pec_receipt(ctx, slug, "pec-ard-0", tipo, mins, completa=comp)
        out.append(item(slug, "aruba_pec", "it", "auto_reply", message(hs, body), until=None))
    out += bounces(ctx)
    out += complaints(ctx)
    out.append(newsletter(ctx))
    return out


def bounces(ctx):
    out = []
    # 1. Exchange Online NDR of the firm's own tenant, in French, original attached
    n, mid, s, dt0 = orig(ctx, "b-ghe-0")
    r = rng("b1")
    dt = dt0 + timedelta(seconds=r.randrange(3, 9))
    gen = f"PR1P264MB{r.randrange(1000, 9999)}.FRAP264.PROD.OUTLOOK.COM"
    to = n["to"][0].email
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {to} not found by SMTP address lookup"
    lines = [
        f"Votre message à {to} n'a pas pu être remis.",
        "",
        f"{to.split('@')[0]} est introuvable sur {to.split('@')[1]}.",
        "",
        "c.vasseur                 Office 365                 m.ghezzi",
        "Action requise                                       Destinataire",
        "",
        "Destinataire inconnu",
        "",
        "Comment corriger le problème",
        "L'adresse est peut-être mal orthographiée ou n'existe pas. Vérifiez l'adresse du destinataire et renvoyez le message. Si vous avez utilisé la saisie semi-automatique, supprimez l'entrée et tapez l'adresse complète.",
        "",
        "Plus d'informations pour les experts en messagerie électronique",
        "",
        "Informations de diagnostic pour les administrateurs :",
        "",
        f"Serveur de génération : {gen}",
        f"Date du message d'origine : {rfcdate(dt0.astimezone(UTC))}",
        "",
        to,
        f"Remote server returned '{diag}'",
    ]
    html = "<html><head></head><body>" + divs(lines) + "</body></html>\n"
    alt = multipart("alternative", [ptext(lines), htext(html)], f"_000_{hexid(r, 40)}_")
    rep = report(
        [
            alt,
            dsn_part(
                gen, [{"addr": to, "action": "failed", "status": "5.1.10", "diag": diag}], rfcdate(dt0.astimezone(UTC))
            ),
            returned(ctx, "b-ghe-0"),
        ],
        f"_{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}_",
    )
    hs = [
        ("Return-Path", "<>"),
        (
            "Received",
            f"from {gen} (2001:db8:10a6:102::{r.randrange(4096):x}) by\r\n {gen} with Microsoft SMTP Server id 15.20.8335.15; {rfcdate(dt.astimezone(UTC))}",
        ),
        ("From", "Microsoft Outlook\r\n\t<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@aubrac-lerins.example>"),
        ("To", A(n["frm"])),
        ("Date", rfcdate(dt.astimezone(UTC))),
        ("Content-Language", "fr-FR"),
        ("Message-ID", f"<{uid(r)}@{gen}>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Thread-Topic", subj(s)),
        ("Thread-Index", thread_index(r, 1)),
        ("Subject", subj("Non remis : " + s)),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("MIME-Version", "1.0"),
    ]
    out.append(
        item(
            "ndr-o365-fr",
            "exchange_online",
            "fr",
            "bounce",
            message(hs, rep),
            bounce=bounce_label([{"label_addr": to, "label_status": "5.1.10", "permanent": True}], mid),
        )
    )

    # 2. on-premises Exchange NDR in Italian (headers only)
    n, mid, s, dt0 = orig(ctx, "b-pen-0")
    r = rng("b2")
    dt = dt0 + timedelta(seconds=r.randrange(20, 50))
    gen = "EXCH01.solaripennacchi.local"
    to = n["to"][0].email
    lines = [
        "Recapito non riuscito a questi destinatari o gruppi:",
        "",
        to,
        "Impossibile trovare l'indirizzo di posta elettronica immesso. Controllare l'indirizzo di posta elettronica del destinatario e ritentare l'invio del messaggio. Se il problema persiste, contattare il supporto tecnico.",
        "",
        "",
        "",
        "",
        "",
        "",
        "Informazioni di diagnostica per gli amministratori:",
        "",
        f"Server di generazione: {gen}",
        "",
        to,
        "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
        "",
        "Intestazioni messaggio originale:",
        "",
        *original_message(ctx, "b-pen-0", headers_only=True).decode("ascii").rstrip("\r\n").split("\r\n"),
    ]
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p><b><font color="#000066" size="3" face="Arial">Recapito non riuscito a questi destinatari o gruppi:</font></b></p>'
        + divs(lines[1:])
        + "</body></html>\n"
    )
    alt = multipart("alternative", [ptext(lines), htext(html)], f"_000_{hexid(r, 32)}_")
    rep = report(
        [
            alt,
            dsn_part(
                "EXCH01.solaripennacchi.local",
                [
                    {
                        "addr": to,
                        "action": "failed",
                        "status": "5.1.1",
                        "diag": "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                    }
                ],
                rfcdate(dt0),
                extra=["Received-From-MTA: dns;mail.solaripennacchi.example"],
            ),
            returned(ctx, "b-pen-0", headers_only=True),
        ],
        f"_{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}_",
    )
    hs = [
        ("Return-Path", "<>"),
        *rcv("b2", Person("", "postmaster@solaripennacchi.example", SOLARI_ORG, "it", 1), n["frm"], dt),
        ("From", "Microsoft Outlook <postmaster@solaripennacchi.example>"),
        ("To", A(n["frm"])),
        ("Date", rfcdate(dt)),
        ("Content-Language", "it-IT"),
        ("Message-ID", f"<{uid(r)}@EXCH01.solaripennacchi.local>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Subject", "Non recapitabile: " + subj(s)),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    out.append(
        item(
            "ndr-exchange-it",
            "exchange",
            "it",
            "bounce",
            message(hs, rep),
            bounce=bounce_label([{"label_addr": to, "label_status": "5.1.1", "permanent": True}], mid),
        )
    )

    # 3. Exchange Online NDR of the recipient's tenant in Spanish: a group closed to outside senders (5.7.133)
    n, mid, s, dt0 = orig(ctx, "b-bpr-0")
    r = rng("b3")
    dt = dt0 + timedelta(seconds=r.randrange(5, 30))
    gen = f"DB8PR06MB{r.randrange(1000, 9999)}.eurprd06.prod.outlook.com"
    to = n["to"][0].email
    diag = "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required [Stage: CreateMessage]"
    lines = [
        f"Su mensaje a {to} no se pudo entregar.",
        "",
        f"El grupo {to.split('@')[0]} solo acepta mensajes de personas de su organización o de remitentes autorizados, y su dirección de correo no figura en esa lista.",
        "",
        "l.arrieta                 Office 365                 banca.privada",
        "Remitente                                            Acción requerida",
        "",
        "Remitente no autorizado",
        "",
        "Cómo solucionarlo",
        "Póngase en contacto con el propietario del grupo y pídale que le añada a la lista de remitentes autorizados.",
        "",
        "Información de diagnóstico para administradores:",
        "",
        f"Servidor de generación: {gen}",
        "",
        to,
        f"Remote server returned '{diag}'",
        "",
        "Encabezados del mensaje original:",
        "",
        *original_message(ctx, "b-bpr-0", headers_only=True).decode("ascii").rstrip("\r\n").split("\r\n"),
    ]
    html = "<html><head></head><body>" + divs(lines) + "</body></html>\n"
    alt = multipart("alternative", [ptext(lines), htext(html)], f"_000_{hexid(r, 40)}_")
    rep = report(
        [
            alt,
            dsn_part(
                gen, [{"addr": to, "action": "failed", "status": "5.7.133", "diag": diag}], rfcdate(dt0.astimezone(UTC))
            ),
            returned(ctx, "b-bpr-0", headers_only=True),
        ],
        f"_{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}_",
    )
    hs = [
        ("Return-Path", "<>"),
        *rcv("b3", Person("", "postmaster@bancoalmudena.example", ALMUDENA_ORG, "es", 1), n["frm"], dt),
        ("From", "Microsoft Outlook <postmaster@bancoalmudena.example>"),
        ("To", A(n["frm"])),
        ("Date", rfcdate(dt.astimezone(UTC))),
        ("Content-Language", "es-ES"),
        ("Message-ID", f"<{uid(r)}@{gen}>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Subject", subj("No se puede entregar: " + s)),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("MIME-Version", "1.0"),
    ]
    out.append(
        item(
            "ndr-o365-es",
            "exchange_online",
            "es",
            "bounce",
            message(hs, rep),
            bounce=bounce_label([{"label_addr": to, "label_status": "5.7.133", "permanent": True}], mid),
        )
    )

    # 4. on-premises Exchange NDR in Portuguese: mailbox full
    n, mid, s, dt0 = orig(ctx, "b-fec-0")
    r = rng("b4")
    dt = dt0 + timedelta(seconds=r.randrange(20, 90))
    gen = "SRV-EXCH02.ferrazadvogados.local"
    to = n["to"][0].email
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    lines = [
        "A entrega falhou para estes destinatários ou grupos:",
        "",
        to,
        "A caixa de correio do destinatário está cheia e não pode aceitar mensagens neste momento. Tente reenviar a mensagem mais tarde ou contacte diretamente o destinatário.",
        "",
        "",
        "",
        "Informações de diagnóstico para administradores:",
        "",
        f"Servidor de geração: {gen}",
        "",
        to,
        f"#{diag} ##",
        "",
        "Cabeçalhos da mensagem original:",
        "",
        *original_message(ctx, "b-fec-0", headers_only=True).decode("ascii").rstrip("\r\n").split("\r\n"),
    ]
    html = "<html><head></head><body>" + divs(lines) + "</body></html>\n"
    alt = multipart("alternative", [ptext(lines, "iso-8859-1"), htext(html, "iso-8859-1")], f"_000_{hexid(r, 32)}_")
    rep = report(
        [
            alt,
            dsn_part(gen, [{"addr": to, "action": "failed", "status": "5.2.2", "diag": diag}], rfcdate(dt0)),
            returned(ctx, "b-fec-0", headers_only=True),
        ],
        f"_{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}_",
    )
    hs = [
        ("Return-Path", "<>"),
        *rcv(
            "b4",
            Person(
                "",
                "postmaster@ferrazadvogados.example",
                Org("", "ferrazadvogados.example", "exchange", host="mail.ferrazadvogados.example"),
                "pt-PT",
                0,
            ),
            n["frm"],
            dt,
        ),
        ("From", "Microsoft Outlook <postmaster@ferrazadvogados.example>"),
        ("To", A(n["frm"])),
        ("Date", rfcdate(dt)),
        ("Content-Language", "pt-PT"),
        ("Message-ID", f"<{uid(r)}@{gen}>"),
        ("In-Reply-To", mid),
        ("Subject", subj("Não entregue: " + s, "iso-8859-1")),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    out.append(
        item(
            "ndr-exchange-pt",
            "exchange",
            "pt",
            "bounce",
            message(hs, rep),
            bounce=bounce_label([{"label_addr": to, "label_status": "5.2.2", "permanent": True}], mid),
        )
    )

    # 5. Gmail (the Monaco office's Google Workspace, French UI): 5.1.1 with the original attached
    n, mid, s, dt0 = orig(ctx, "b-lac-0")
    r = rng("b5")
    dt = (dt0 + timedelta(seconds=r.randrange(2, 6))).astimezone(timezone(timedelta(hours=-8)))
    to = n["to"][0].email
    remote = "mx.cabinet-lacroix.example"
    diag = f"550 5.1.1 <{to}>: Recipient address rejected: User unknown in virtual mailbox table"
    lines = [
        "",
        "** Adresse introuvable **",
        "",
        f"Votre message n'a pas pu être distribué à {to}, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.",
        "",
        "En savoir plus : https://support.google.com/mail/?p=NoSuchUser",
        "",
        "Réponse du serveur distant :",
        diag,
    ]
    html = "<html><head></head><body>" + divs(lines) + "</body></html>\n"
    alt = multipart("alternative", [ptext(lines, "UTF-8"), htext(html, "UTF-8")], "000000000000" + lowhex(r, 16))
    rep = report(
        [
            alt,
            dsn_part(
                "googlemail.com",
                [
                    {
                        "addr": to,
                        "action": "failed",
                        "status": "5.1.1",
                        "remote": f"{remote}. ({ip4(r)}, the server for the domain cabinet-lacroix.example.)",
                        "diag": diag,
                        "last": rfcdate(dt),
                    }
                ],
                rfcdate(dt0.astimezone(timezone(timedelta(hours=-8)))),
                extra=[f"X-Original-Message-ID: {mid}"],
            ),
            returned(ctx, "b-lac-0"),
        ],
        "000000000000" + lowhex(r, 16),
    )
    hs = [
        ("Return-Path", "<>"),
        (
            "Received",
            f"by 2002:a05:7010:{r.randrange(16**4):x}:b0:{r.randrange(16**3):x}:{r.randrange(16**4):x}:{r.randrange(16**4):x} with SMTP id {lowhex(r, 4)}csp{r.randrange(10**5, 10**6)};\r\n        {rfcdate(dt)} (PST)",
        ),
        ("Content-Type-Placeholder", ""),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", n["frm"].email),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", mid),
        ("In-Reply-To", mid),
        ("X-Failed-Recipients", to),
        ("Message-ID", f"<{uid(r)[:8]}.{lowhex(r, 12)}.{r.randrange(10**9)}@mx.google.com>"),
        ("Date", rfcdate(dt)),
        ("MIME-Version", "1.0"),
    ]
    hs = [h for h in hs if h[0] != "Content-Type-Placeholder"]
    out.append(
        item(
            "dsn-gmail-fr",
            "gmail",
            "fr",
            "bounce",
            message(hs, rep),
            bounce=bounce_label([{"label_addr": to, "label_status": "5.1.1", "permanent": True}], mid),
        )
    )

    # 6. Gmail delay notification (English), headers only
    n, mid, s, dt0 = orig(ctx, "b-eze-0")
    r = rng("b6")
    dt = (dt0 + timedelta(hours=4, minutes=r.randrange(0, 50))).astimezone(timezone(timedelta(hours=-8)))
    to = n["to"][0].email
    diag = f"451 4.3.0 <{to}>: Temporary lookup failure"
    lines = [
        "",
        "** Delivery incomplete **",
        "",
        f"There was a temporary problem delivering your message to {to}. Gmail will retry for 43 more hours. You'll be notified if the delivery fails permanently.",
        "",
        "The response from the remote server was:",
        diag,
    ]
    html = "<html><head></head><body>" + divs(lines) + "</body></html>\n"
    alt = multipart("alternative", [ptext(lines, "UTF-8"), htext(html, "UTF-8")], "000000000000" + lowhex(r, 16))
    rep = report(
        [
            alt,
            dsn_part(
                "googlemail.com",
                [
                    {
                        "addr": to,
                        "action": "delayed",
                        "status": "4.3.0",
                        "remote": "mx.villa-eze.example.",
                        "diag": diag,
                        "last": rfcdate(dt),
                        "will": rfcdate(dt + timedelta(hours=43)),
                    }
                ],
                rfcdate(dt0.astimezone(timezone(timedelta(hours=-8)))),
            ),
            returned(ctx, "b-eze-0", headers_only=True),
        ],
        "000000000000" + lowhex(r, 16),
    )
    hs = [
        ("Return-Path", "<>"),
        (
            "Received",
            f"by 2002:a05:7010:{r.randrange(16**4):x}:b0:{r.randrange(16**3):x}:{r.randrange(16**4):x}:{r.randrange(16**4):x} with SMTP id {lowhex(r, 4)}csp{r.randrange(10**5, 10**6)};\r\n        {rfcdate(dt)} (PST)",
        ),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", n["frm"].email),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Delay)"),
        ("References", mid),
        ("In-Reply-To", mid),
        ("Message-ID", f"<{uid(r)[:8]}.{lowhex(r, 12)}.{r.randrange(10**9)}@mx.google.com>"),
        ("Date", rfcdate(dt)),
        ("MIME-Version", "1.0"),
    ]
    out.append(
        item(
            "dsn-gmail-delay",
            "gmail",
            "en",
            "bounce",
            message(hs, rep),
            bounce=bounce_label([{"label_addr": to, "label_status": "4.3.0", "permanent": False}], mid),
        )
    )

    # 7. Postfix (a Spanish hosting provider), after alias expansion
    n, mid, s, dt0 = orig(ctx, "b-dum-0")
    r = rng("b7")
    dt = dt0 + timedelta(seconds=r.randrange(10, 40))
    host = "mx2.javeamail.example"
    to = n["to"][0].email
    final = "dumont.residence@javeamail.example"
    lines = [
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
        f"<{final}> (expanded from <{to}>): user unknown",
    ]
    rep = report(
        [
            ptext(lines, "us-ascii", "7bit"),
            dsn_part(
                host,
                [{"orig": to, "addr": final, "action": "failed", "status": "5.1.1", "diag": "x-unix; user unknown"}],
                rfcdate(dt0),
                extra=[f"X-Postfix-Queue-ID: {hexid(r, 10)}", f"X-Postfix-Sender: rfc822; {n['frm'].email}"],
            ),
            returned(ctx, "b-dum-0"),
        ],
        f"{hexid(r, 10)}.{int(dt.timestamp())}/{host}",
    )
    hs = [
        ("Return-Path", "<>"),
        ("Received", f"by {host} (Postfix)\r\n\tid {hexid(r, 10)}; {rfcdate(dt)}"),
        ("Date", rfcdate(dt)),
        ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", n["frm"].email),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", f"<{int(dt.timestamp())}{r.randrange(10**6)}.{hexid(r, 10)}@{host}>"),
    ]
    out.append(
        item(
            "postfix-es",
            "postfix",
            "en",
            "bounce",
            message(hs, rep),
            bounce=bounce_label([{"label_addr": to, "label_status": "5.1.1", "permanent": True}], mid),
        )
    )

    # 8. Exim (a Portuguese hosting provider): plain text, no DSN, no code
    n, mid, s, dt0 = orig(ctx, "b-qsol-0")
    r = rng("b8")
    dt = dt0 + timedelta(seconds=r.randrange(10, 40))
    host = "srv14.hostlusa.example"
    to = n["to"][0].email
    om = original_message(ctx, "b-qsol-0").decode("utf-8")
    lines = [
        "This message was created automatically by mail delivery software.",
        "",
        "A message that you sent could not be delivered to one or more of its",
        "recipients. This is a permanent error. The following address(es) failed:",
        "",
        f"  {to}",
        "    host mx.quintadosol.example [" + ip4(r) + "]",
        f"    SMTP error from remote mail server after RCPT TO:<{to}>:",
        "    552 Mailbox quota exceeded",
        "",
        "------ This is a copy of the message, including all the headers. ------",
        "",
        *om.replace("\r\n", "\n").rstrip("\n").split("\n"),
    ]
    hs = [
        ("Return-Path", "<>"),
        (
            "Received",
            f"from mailnull by {host} with local (Exim 4.98)\r\n\tid 1v{lowhex(r, 5)}-0000{hexid(r, 2)}-{hexid(r, 2)}\r\n\tfor {n['frm'].email}; {rfcdate(dt)}",
        ),
        ("X-Failed-Recipients", to),
        ("Auto-Submitted", "auto-replied"),
        ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"),
        ("To", n["frm"].email),
        ("Content-Transfer-Encoding", "8bit"),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", f"<E1v{lowhex(r, 5)}-0000{hexid(r, 2)}-{hexid(r, 2)}@{host}>"),
        ("Date", rfcdate(dt)),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
    ]
    raw = (
        "".join(f"{k}: {v}\r\n" for k, v in hs).encode("ascii")
        + b"\r\n"
        + ("\r\n".join(lines) + "\r\n").encode("utf-8")
    )
    out.append(
        item("exim-pt", "exim", "en", "bounce", raw, bounce=bounce_label([{"label_addr": to, "permanent": True}], mid))
    )

    # 9-11. PEC notices of non-delivery (Aruba PEC)
    for slug, key, tipo, mins, err, errore, status, perm in (
        (
            "pec-mancata-consegna",
            "pec-cre-0",
            "errore-consegna",
            1,
            "5.1.1 - Aruba Pec S.p.A. - indirizzo non valido",
            "no-destinatario",
            "5.1.1",
            True,
        ),
        (
            "pec-casella-piena",
            "pec-sar-0",
            "errore-consegna",
            2,
            "5.2.2 - Aruba Pec S.p.A. - casella piena",
            "altro",
            "5.2.2",
            True,
        ),
        ("pec-preavviso", "pec-fsa-0", "preavviso-errore-consegna", 12 * 60 + 3, None, "altro", None, False),
    ):
        hs, body, pmid, to = pec_receipt(ctx, slug, key, tipo, mins, err=err, errore=errore)
        rc = {"label_addr": to.email, "permanent": perm}
        if status:
            rc["label_status"] = status
        out.append(item(slug, "aruba_pec", "it", "bounce", message(hs, body), bounce=bounce_label([rc], pmid)))

    # 12. Postfix delay warning from a Swiss recipient's relay (to the Geneva desk: banner and tag)
    n, mid, s, dt0 = orig(ctx, "b-rho-0")
    r = rng("b12")
    dt = dt0 + timedelta(hours=4, minutes=r.randrange(0, 50))
    host = "mx1.fiduciaire-rhone.example"
    to = n["to"][0].email
    lines = [
        "This is the mail system at host " + host + ".",
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
        "                   The mail system",
        "",
        f"<{to}>: host backend.fiduciaire-rhone.example[{ip4(r)}] said: 452 4.2.2",
        f"    <{to}>: Mailbox temporarily over quota (in reply to RCPT TO command)",
    ]
    subject = "Delayed Mail (still being retried)"
    lines, _, subject = with_banner(BERNASCONI.banner, lines, None, subject)
    rep = report(
        [
            ptext(lines, "us-ascii" if fits("\n".join(lines), "ascii") else "utf-8"),
            dsn_part(
                host,
                [
                    {
                        "addr": to,
                        "action": "delayed",
                        "status": "4.2.2",
                        "diag": f"smtp; 452 4.2.2 <{to}>: Mailbox temporarily over quota",
                        "will": rfcdate(dt0 + timedelta(days=5)),
                    }
                ],
                rfcdate(dt0),
            ),
            returned(ctx, "b-rho-0", headers_only=True),
        ],
        f"{hexid(r, 10)}.{int(dt.timestamp())}/{host}",
    )
    hs = [
        ("Return-Path", "<>"),
        *rcv("b12", Person("", "MAILER-DAEMON@" + host, RHONE.org, "fr", 1), n["frm"], dt),
        ("Date", rfcdate(dt)),
        ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
        ("Subject", subj(subject)),
        ("To", n["frm"].email),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", f"<{int(dt.timestamp())}{r.randrange(10**6)}.{hexid(r, 10)}@{host}>"),
    ]
    out.append(
        item(
            "postfix-delay-ch",
            "postfix",
            "en",
            "bounce",
            message(hs, rep),
            bounce=bounce_label([{"label_addr": to, "label_status": "4.2.2", "permanent": False}], mid),
        )
    )
    return out


# --------------------------------------------------------------------------
# complaints
# --------------------------------------------------------------------------
FBL = Person("Aubrac Lérins – FBL", "fbl@aubrac-lerins.example", VASSEUR.org, "fr", 1)
ABUSE = Person("Aubrac Lérins – Abuse", "abuse@aubrac-lerins.example", VASSEUR.org, "fr", 1)


def arf(fb_lines, text_lines_, om, bnd):
    fb = Part([("Content-Type", "message/feedback-report")], ("\r\n".join(fb_lines) + "\r\n").encode("ascii"))
    return multipart(
        "report",
        [
            ptext(text_lines_, "us-ascii", "7bit"),
            fb,
            Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "inline")], om),
        ],
        bnd,
        ct=f'multipart/report; report-type=feedback-report;\r\n\tboundary="{bnd}"',
    )


def complaints(ctx):
    out = []
    # Microsoft JMRP about the Spanish invitation sent to a hotmail.example reader
    n, _mid, s, dt0 = orig(ctx, "es-med-1")
    r = rng("c1")
    dt = (dt0 + timedelta(hours=7, minutes=r.randrange(60))).astimezone(timezone(timedelta(hours=-8)))
    ip = "198.51.100.23"
    om = original_message(ctx, "es-med-1").replace(MEDRANO.email.encode(), b"masked@hotmail.example")
    text = [
        f"This is an email abuse report for an email message received from IP {ip} on {rfcdate(dt0.astimezone(timezone(timedelta(hours=-8))))}.",
        "For more information about this format please see http://www.mipassoc.org/arf/.",
    ]
    fb = [
        "Feedback-Type: abuse",
        "User-Agent: Hotmail FBL",
        "Version: 1",
        f"Original-Mail-From: <{n['frm'].email}>",
        "Original-Rcpt-To: <masked@hotmail.example>",
        f"Arrival-Date: {rfcdate(dt0.astimezone(UTC))}",
        f"Source-IP: {ip}",
        "Reported-Domain: aubrac-lerins.example",
    ]
    body = arf(fb, text, om, f"{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 12)}")
    hs = [
        ("Return-Path", "<staff@hotmail.com>"),
        (
            "Received",
            f"from BL0PR01MB{r.randrange(1000, 9999)}.prod.exchangelabs.com ({ip4(r)}) by mail.aubrac-lerins.example; {rfcdate(dt.astimezone(UTC))}",
        ),
        ("From", "staff@hotmail.com"),
        ("To", FBL.email),
        ("Subject", f"complaint about message from {ip}"),
        ("Date", rfcdate(dt)),
        ("Message-ID", f"<{uid(r)}@hotmail.com>"),
        ("X-HmXmrOriginalRecipient", "<masked@hotmail.example>"),
        ("MIME-Version", "1.0"),
    ]
    out.append(item("arf-jmrp", "jmrp", "en", "complaint", message(hs, body)))

    # SpamCop report about the Portuguese invitation
    _n, _mid, s, dt0 = orig(ctx, "pt-tav-1")
    r = rng("c2")
    dt = dt0 + timedelta(hours=10, minutes=r.randrange(60))
    sid = str(r.randrange(10**9, 10**10))
    om = original_message(ctx, "pt-tav-1").decode("utf-8").replace(TAVARES_EMAIL, "x")
    lines = [
        "[ SpamCop V5.4.0 ]",
        "This message is brief for your comfort.  Please use links below for details.",
        "",
        f"Email from 198.51.100.23 / {rfcdate(dt0)}",
        f"https://www.spamcop.net/w3m?i=z{sid}z{lowhex(r, 32)}z",
        "",
        "[ Offending message ]",
        *om.replace("\r\n", "\n").rstrip("\n").split("\n"),
    ]
    hs = [
        ("Return-Path", f"<{sid}@reports.spamcop.net>"),
        ("Received", f"from reports.spamcop.net ({ip4(r)}) by mail.aubrac-lerins.example; {rfcdate(dt)}"),
        ("From", f"{sid}@reports.spamcop.net"),
        ("To", ABUSE.email),
        ("Subject", subj(f"[SpamCop (https://www.spamcop.net/sc?id=z{sid}z) id:{sid}]{s}")),
        ("Date", rfcdate(dt)),
        ("Message-ID", f"<rid_{sid}@msgid.spamcop.net>"),
        ("Precedence", "list"),
        ("MIME-Version", "1.0"),
    ]
    out.append(item("spamcop", "spamcop", "en", "complaint", message(hs, ptext(lines, "utf-8"))))

    # a Swiss hosting company's abuse desk, by hand, in French, original attached
    _n, _mid, s, dt0 = orig(ctx, "b-eze-0")
    r = rng("c3")
    dt = dt0 + timedelta(days=1, hours=2, minutes=r.randrange(60))
    lines = [
        "Madame, Monsieur,",
        "",
        f"Un de nos clients nous a signalé avoir reçu le message ci-joint, envoyé le {dt0.day} janvier 2027 depuis votre domaine, qu'il n'a jamais sollicité.",
        "",
        "Nous vous prions de retirer immédiatement l'ensemble des adresses de nos clients (domaines hébergés chez Léman Hosting SA) de vos listes d'envoi et de nous confirmer les mesures prises dans un délai de 48 heures. En l'absence de réponse, nous serons contraints de bloquer vos serveurs d'envoi.",
        "",
        "Meilleures salutations,",
        "",
        "Service Abuse",
        "Léman Hosting SA, Route de Chancy 0, 1213 Petit-Lancy",
        "abuse@leman-hosting.example",
    ]
    om = original_message(ctx, "b-eze-0")
    body = multipart(
        "mixed",
        [
            ptext(lines, "iso-8859-1"),
            Part(
                [
                    ("Content-Type", "message/rfc822"),
                    ("Content-Disposition", 'attachment; filename="message_signale.eml"'),
                ],
                om,
            ),
        ],
        f"------------{digits(r, 24)}",
    )
    abuse = Person(
        "Léman Hosting SA – Abuse",
        "abuse@leman-hosting.example",
        Org("Léman Hosting SA", "leman-hosting.example", "hosting", host="smtp.leman-hosting.example"),
        "fr",
        1,
    )
    hs = [
        ("Return-Path", f"<{abuse.email}>"),
        *rcv("c3", abuse, EVENTS, dt),
        ("Message-ID", f"<{uid(r)}@leman-hosting.example>"),
        ("Date", rfcdate(dt)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("From", A(abuse, "iso-8859-1")),
        ("To", "abuse@aubrac-lerins-mc.example"),
        ("Cc", EVENTS.email),
        ("Subject", subj("Plainte pour envoi non sollicité - " + s, "iso-8859-1")),
        ("Content-Language", "fr-CH"),
    ]
    out.append(item("abuse-desk-ch", "abuse_desk", "fr", "complaint", message(hs, body)))

    # a Spanish ISP's abuse ticket about the Spanish invitation
    n, _mid, s, dt0 = orig(ctx, "ao-rui-0")
    r = rng("c4")
    dt = dt0 + timedelta(days=1, hours=3, minutes=r.randrange(60))
    lines = [
        "Estimado cliente:",
        "",
        "Le informamos de que hemos recibido una queja por el envío de correo no solicitado desde su dominio aubrac-lerins.example a usuarios de nuestro servicio.",
        "",
        f"Fecha del envío: {dt0.day:02d}/{dt0.month:02d}/{dt0.year} {dt0.hour:02d}:{dt0.minute:02d}",
        "IP de origen: 198.51.100.23",
        f"Asunto: {s}",
        "",
        "Le rogamos que revise sus listas de distribución y que elimine a los destinatarios que no hayan dado su consentimiento expreso, de acuerdo con la Ley 34/2002 (LSSI) y el Reglamento (UE) 2016/679. Si recibimos nuevas quejas, su IP podrá ser bloqueada en nuestros servidores.",
        "",
        "Referencia de la incidencia: ABUSE-2027-004512",
        "",
        "Atentamente,",
        "Departamento de Seguridad y Abuse",
        "Redes del Levante, S.L.",
    ]
    isp = Person(
        "Redes del Levante – Abuse",
        "abuse@redeslevante.example",
        Org("Redes del Levante, S.L.", "redeslevante.example", "hosting", host="mail.redeslevante.example"),
        "es",
        1,
    )
    hs = [
        ("Return-Path", f"<{isp.email}>"),
        *rcv("c4", isp, ARRIETA, dt),
        ("Date", rfcdate(dt)),
        ("From", A(isp)),
        ("To", ABUSE.email),
        ("Subject", subj("[ABUSE-2027-004512] Notificación de correo no solicitado")),
        ("Message-ID", f"<abuse.2027004512.{lowhex(r, 8)}@redeslevante.example>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "RT/5.0.5"),
    ]
    out.append(item("abuse-isp-es", "abuse_desk", "es", "complaint", message(hs, ptext(lines, "utf-8"))))
    return out


TAVARES_EMAIL = "henrique.tavares@outlook.example"


# --------------------------------------------------------------------------
# an association newsletter that relays the firm's Lisbon meeting (kind list)
# --------------------------------------------------------------------------
EDITORIAL = """
APFO Notícias – fevereiro de 2027

Caros associados,

O primeiro trimestre traz várias novidades para as famílias com património em mais de um país: a aplicação, desde 1 de janeiro de 2026, das regras europeias de troca automática de informações sobre criptoativos (DAC8), o novo regime do IFICI, que substitui o antigo regime dos residentes não habituais, e a revisão dos escalões do IMT.

Nesta edição damos também destaque aos encontros dos nossos associados, entre os quais o encontro patrimonial da Aubrac Lérins em Lisboa, a 25 de fevereiro.

Boas leituras,
A Direção da APFO
"""


def newsletter(ctx):
    r = rng("nl")
    ed = text_lines(EDITORIAL)
    relay = [
        "AGENDA DOS ASSOCIADOS",
        "",
        "Encontro patrimonial – Lisboa, 25 de fevereiro de 2027, 9h00-11h00",
        "Aubrac Lérins: perspetivas dos mercados para 2027, o novo regime do IFICI e a sucessão de patrimónios entre Portugal, França e Brasil.",
        "Inscrições: i.barbosa@aubrac-lerins.example",
    ]
    foot = [
        "Recebeu este email porque é associado ou subscritor da APFO.",
        "Associação Portuguesa de Family Offices · Rua Garrett 00 · 1200-000 Lisboa · Portugal",
        "Cancelar subscrição: https://apfo.us21.list-manage.com/unsubscribe?u="
        + lowhex(r, 25)
        + "&id="
        + lowhex(r, 10),
        "Atualizar preferências: https://apfo.us21.list-manage.com/profile?u=" + lowhex(r, 25) + "&id=" + lowhex(r, 10),
    ]
    top = ["Ver este email no browser (https://mailchi.mp/apfo.example/apfo-noticias-fevereiro-2027)", ""]
    plain = [
        *top,
        ed[0],
        "------------------------------------------------------------",
        *ed[1:],
        "",
        "============================================================",
        *relay,
        "",
        "============================================================",
        *foot,
    ]
    html = (
        '<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><title>APFO Notícias – fevereiro de 2027</title></head>'
        '<body><center><table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">'
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer"><tr><td valign="top" id="templatePreheader">'
        f'<div style="text-align:right"><a href="https://mailchi.mp/apfo.example/apfo-noticias-fevereiro-2027">Ver este email no browser</a></div></td></tr>'
        f'<tr><td valign="top" class="mcnTextContent"><h1>{esc(ed[0])}</h1>'
        + "".join(f"<p>{esc(x)}</p>" for x in ed[1:] if x.strip())
        + '</td></tr><tr><td valign="top" class="mcnTextContent" style="border-top:2px solid #1d4e89">'
        + "".join(f"<p>{esc(x)}</p>" for x in relay if x.strip())
        + '</td></tr><tr><td valign="top" id="templateFooter"><em>'
        + "<br>".join(esc(x) for x in foot)
        + "</em></td></tr></table></td></tr></table></center></body></html>\n"
    )
    host = f"mail{r.randrange(100, 250)}.suw{r.randrange(10, 99)}.mcsv.net"
    bnd = f"_----------=_MCPart_{digits(r, 10)}"
    body = multipart("alternative", [ptext(plain, "utf-8"), htext(html, "utf-8")], bnd)
    dt = ctx.when(ctx.node("pt-tav-1")) + timedelta(days=2, hours=r.randrange(1, 5))
    reader = ctx.node("pt-tav-1")["frm"]
    sender = Person(
        "APFO – Associação Portuguesa de Family Offices",
        "noticias@apfo.example",
        Org("APFO", "apfo.example", "newsletter", host=host),
        "pt-PT",
        0,
    )
    lid = f"{lowhex(r, 25)}mc list <{lowhex(r, 25)}.{r.randrange(100000, 999999)}.list-id.mcsv.net>"
    hs = [
        (
            "Return-Path",
            f"<bounce-mc.us21_{digits(r, 8)}.{digits(r, 7)}-{reader.email.replace('@', '=')}@{host}>",
        ),
        *rcv("newsletter", sender, reader, dt),
        ("Subject", subj("APFO Notícias – fevereiro de 2027")),
        ("From", A(sender)),
        ("Reply-To", "APFO <geral@apfo.example>"),
        ("To", f"<{reader.email}>"),
        ("Date", rfcdate(dt)),
        (
            "List-Unsubscribe",
            f"<https://apfo.us21.list-manage.com/unsubscribe?u={lowhex(r, 25)}&id={lowhex(r, 10)}&e={lowhex(r, 10)}>,\r\n <mailto:unsubscribe-mc.us21_{lowhex(r, 20)}@unsubscribe.mailchimpapp.net>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("List-Id", lid),
        ("X-Mailer", "Mailchimp Mailer - **CID" + lowhex(r, 20) + "**"),
        ("Precedence", "bulk"),
        (
            "Message-ID",
            f"<{lowhex(r, 24)}.{lowhex(r, 10)}.{digits(r, 8)}@{host}>",
        ),
        ("MIME-Version", "1.0"),
    ]
    return item(
        "newsletter-apfo",
        "mailchimp",
        "pt",
        "list",
        message(hs, body),
        new_text=[x.strip() for x in ed if x.strip()],
        mode="text",
        top=False,
    )
