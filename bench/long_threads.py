"""Long corporate mail threads, generated deterministically from a seed, for the reply-analysis benchmark.

Each message is the latest reply of a thread of 3 to 8 messages (so 3 to 8 quoted levels), 50 to 300 lines
of text, as corporate clients write them: Outlook desktop and OWA (a `From:/Sent:/To:/Subject:` header block
in English, French, German, Spanish or Italian under a rule, or `-----Original Message-----`, the history
appended unquoted), Gmail (a localised "On … wrote:" / "Le … a écrit :" intro, sometimes wrapped, and `>`
levels) and Apple Mail; signatures, logos (`[cid:…]`), confidentiality disclaimers, "Sent from my iPhone".
Bodies are multipart/alternative (text and Outlook-, Gmail- or Apple-style HTML: `divRplyFwdMsg`,
`border-top` separators, `gmail_quote`, `blockquote type=cite`, tables, `&nbsp;`, a Word `<style>` head),
HTML only, or text only, quoted-printable as the clients send them, under realistic Exchange or Gmail
headers. A few are out-of-office replies (with and without a return date, some quoting the thread), delivery
reports (DSN, with the long message returned) and human replies that name a date.

`generate(count, seed)` returns `Thread` objects: the raw bytes, the text's line count and the kind of
message. Same seed, same messages, on any machine.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.charset import QP, Charset
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from html import escape

SEED = 20251103
BUCKETS = ((50, 100), (100, 200), (200, 301))

_QP = Charset("utf-8")
_QP.body_encoding = QP
_QP_HEADER = Charset("utf-8")
_QP_HEADER.header_encoding = QP

_FIRST = {
    "en": ["James", "Sarah", "Michael", "Emily", "David", "Rachel", "Thomas", "Laura", "Daniel", "Karen"],
    "fr": ["Camille", "Nicolas", "Sophie", "Julien", "Isabelle", "François", "Hélène", "Mathieu", "Céline"],
    "de": ["Stefan", "Katrin", "Jürgen", "Anja", "Matthias", "Sabine", "Tobias"],
    "es": ["Javier", "Lucía", "Alejandro", "María José", "Carlos", "Elena"],
    "it": ["Giuseppe", "Francesca", "Marco", "Chiara", "Alessandro", "Giulia"],
}
_LAST = {
    "en": ["Thompson", "Patel", "O'Brien", "Mitchell", "Harris", "Clarke", "Nguyen", "Walker"],
    "fr": ["Lefèvre", "Moreau", "Dubois", "Fontaine", "Girard", "Rousseau", "Mercier"],
    "de": ["Müller", "Schneider", "Weber", "Hoffmann", "Becker", "Schäfer"],
    "es": ["García", "Fernández", "López", "Martínez", "Sánchez"],
    "it": ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci"],
}
_COMPANIES = [
    ("Northwind Industrial Supplies", "northwind-industrial.com"),
    ("Groupe Valmont SA", "valmont-groupe.fr"),
    ("Helvetia Logistik AG", "helvetia-logistik.de"),
    ("Atlántica Servicios S.L.", "atlantica-servicios.es"),
    ("Ferraris Componenti S.p.A.", "ferraris-componenti.it"),
    ("Contoso Pharmaceuticals", "contoso-pharma.com"),
    ("Banque Delacroix", "banque-delacroix.fr"),
]
_TITLES = {
    "en": ["Head of Procurement", "Senior Account Manager", "Operations Director", "Legal Counsel", "IT Manager"],
    "fr": ["Responsable Achats", "Directrice Commerciale", "Chef de projet", "Juriste", "DSI adjoint"],
    "de": ["Leiter Einkauf", "Key Account Managerin", "Projektleiter"],
    "es": ["Director de Compras", "Responsable de Cuentas"],
    "it": ["Responsabile Acquisti", "Direttore Commerciale"],
}
_SENTENCES = {
    "en": [
        "Thanks for the updated proposal, I went through it with the team this morning.",
        "We still have a couple of open points on the service levels and on the invoicing schedule.",
        "Could you confirm whether the annual price includes the onboarding workshops for the regional teams?",
        "Legal has asked for the limitation of liability clause to be aligned with our standard template.",
        "I have copied Rachel, who will own the rollout on our side from January.",
        "Our budget for next year was approved last week, so timing should no longer be an issue.",
        "Please find attached the signed NDA and the list of sites in scope for the first phase.",
        "The steering committee meets on Thursday and I would like to present a final version there.",
        "Let me know if a call early next week would work for you, Tuesday afternoon is best for us.",
        "We would also need a reference customer in the logistics sector, ideally in Europe.",
        "Regarding the data processing agreement, our DPO will send comments by the end of the week.",
        "I am afraid the volume assumptions in section 4 are higher than what we expect in year one.",
        "As discussed on the phone, we are happy to proceed with a pilot on two warehouses first.",
        "Can you share the security questionnaire answers and your latest ISO 27001 certificate?",
    ],
    "fr": [
        "Merci pour la proposition mise à jour, je l'ai relue ce matin avec l'équipe.",
        "Il nous reste quelques points ouverts sur les niveaux de service et l'échéancier de facturation.",
        "Pouvez-vous me confirmer que le prix annuel inclut les ateliers de démarrage pour les équipes régionales ?",
        "Notre service juridique souhaite aligner la clause de limitation de responsabilité sur notre modèle.",
        "Je mets en copie Hélène, qui pilotera le déploiement de notre côté à partir de janvier.",
        "Le budget de l'an prochain a été validé la semaine dernière, le calendrier ne devrait plus poser problème.",
        "Vous trouverez ci-joint l'accord de confidentialité signé et la liste des sites concernés.",
        "Le comité de pilotage se réunit jeudi et j'aimerais y présenter une version définitive.",
        "Seriez-vous disponible pour un point en début de semaine prochaine, mardi après-midi idéalement ?",
        "Nous aurions également besoin d'une référence client dans la logistique, si possible en France.",
        "Concernant l'accord de sous-traitance des données, notre DPO vous fera un retour d'ici vendredi.",
        "Les hypothèses de volume de la section 4 me semblent supérieures à ce que nous prévoyons.",
        "Comme convenu par téléphone, nous partirions sur un pilote limité à deux entrepôts.",
    ],
    "de": [
        "Vielen Dank für das aktualisierte Angebot, wir haben es heute Morgen im Team besprochen.",
        "Offen sind noch die Service-Level und der Zahlungsplan.",
        "Können Sie bestätigen, dass die Schulungen für die Regionalteams im Jahrespreis enthalten sind?",
        "Unsere Rechtsabteilung bittet darum, die Haftungsklausel an unsere Vorlage anzupassen.",
        "Ich habe Frau Weber in Kopie gesetzt, sie übernimmt ab Januar die Einführung.",
        "Wäre ein kurzer Termin am Dienstagnachmittag für Sie möglich?",
    ],
    "es": [
        "Gracias por la propuesta actualizada, la hemos revisado esta mañana con el equipo.",
        "Quedan algunos puntos abiertos sobre los niveles de servicio y el calendario de facturación.",
        "¿Podría confirmarnos si el precio anual incluye la formación de los equipos regionales?",
        "Nuestro departamento jurídico pide alinear la cláusula de responsabilidad con nuestra plantilla.",
        "¿Le vendría bien una llamada el martes por la tarde?",
    ],
    "it": [
        "Grazie per la proposta aggiornata, l'abbiamo esaminata stamattina con il team.",
        "Restano aperti alcuni punti sui livelli di servizio e sul calendario di fatturazione.",
        "Potrebbe confermare che il prezzo annuale include la formazione dei team regionali?",
        "Il nostro ufficio legale chiede di allineare la clausola di responsabilità al nostro modello.",
        "Sarebbe disponibile per una chiamata martedì pomeriggio?",
    ],
}
_AWAY = {
    "en": "I am travelling from {away} and back in the office on {back}, so a call before would be best.",
    "fr": "Je serai en déplacement à partir du {away}, de retour le {back} : un appel avant serait idéal.",
    "de": "Ich bin ab {away} unterwegs und ab {back} wieder im Büro.",
    "es": "Estaré de viaje desde el {away} y de vuelta el {back}.",
    "it": "Sarò in viaggio dal {away} e di ritorno il {back}.",
}
_GREETING = {"en": "Hi {first},", "fr": "Bonjour {first},", "de": "Hallo {first},", "es": "Hola {first},",
             "it": "Buongiorno {first},"}  # fmt: skip
_CLOSING = {"en": ["Best regards,", "Kind regards,", "Thanks,"], "fr": ["Bien cordialement,", "Cordialement,"],
            "de": ["Mit freundlichen Grüßen", "Viele Grüße"], "es": ["Un saludo,", "Saludos cordiales,"],
            "it": ["Cordiali saluti,", "Un saluto,"]}  # fmt: skip
_DISCLAIMER = {
    "en": (
        "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
        "intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, "
        "use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the "
        "sender by reply e-mail and destroy all copies of the original message."
    ),
    "fr": (
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
        "destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message "
        "par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. L'internet ne permettant "
        "pas d'assurer l'intégrité de ce message, l'expéditeur décline toute responsabilité à cet égard."
    ),
    "de": (
        "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der "
        "richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den "
        "Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser "
        "Mail ist nicht gestattet."
    ),
    "es": (
        "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente "
        "a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine."
    ),
    "it": (
        "Questo messaggio e i suoi allegati sono confidenziali e destinati esclusivamente al destinatario. Se lo "
        "avete ricevuto per errore, vi preghiamo di informare il mittente e di cancellarlo."
    ),
}
# Outlook's quoted header labels, and its long date, per language.
_OUTLOOK = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
}
_RE = {"en": "RE", "fr": "RE", "de": "AW", "es": "RE", "it": "R"}
_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
}
_SUBJECTS = {
    "en": ["Proposal for the 2026 framework agreement", "Pilot scope and pricing", "Contract renewal - next steps"],
    "fr": ["Proposition contrat cadre 2026", "Périmètre du pilote et tarifs", "Renouvellement du contrat"],
    "de": ["Angebot Rahmenvertrag 2026", "Pilotprojekt und Preise"],
    "es": ["Propuesta acuerdo marco 2026", "Alcance del piloto"],
    "it": ["Proposta accordo quadro 2026", "Ambito del progetto pilota"],
}


@dataclass
class Person:
    first: str
    last: str
    address: str
    company: str
    title: str
    lang: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def header(self) -> str:
        return f'"{self.name}" <{self.address}>' if "'" in self.name else f"{self.name} <{self.address}>"

    def mime_header(self) -> str:
        """As a message header: a non-ASCII name as one RFC 2047 word, the address as is (as clients write it)."""
        if self.name.isascii():
            return self.header()
        return formataddr((self.name, self.address), charset=_QP_HEADER)


@dataclass
class Post:
    """One message of a thread, with its whole text and HTML (its quoted history included)."""

    author: Person
    to: list[Person]
    cc: list[Person]
    sent: datetime
    subject: str
    client: str  # outlook, owa, gmail, apple
    text: str
    html: str
    message_id: str


@dataclass
class Thread:
    """A generated message: its raw bytes, the lines of its text and what it is."""

    name: str
    raw: bytes
    lines: int
    kind: str  # human, auto_reply, bounce
    client: str
    lang: str
    levels: int


def _outlook_date(d: datetime, lang: str) -> str:
    day, month = _DAYS[lang][d.weekday()], _MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{day}, {month} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}"
    if lang == "de":
        return f"{day}, {d.day}. {month} {d.year} {d:%H:%M}"
    if lang == "es":
        return f"{day}, {d.day} de {month} de {d.year} {d:%H:%M}"
    return f"{day} {d.day} {month} {d.year} {d:%H:%M}"


def _intro(post: Post, lang: str, apple: bool) -> str:
    """Gmail's or Apple Mail's attribution line for the quoted post, in the replier's language."""
    d, who = post.sent, post.author
    short_day, short_month = _DAYS[lang][d.weekday()][:3], _MONTHS[lang][d.month - 1][:3]
    addr = f"{who.name} <{who.address}>"
    if apple:
        if lang == "fr":
            return f"Le {d.day} {short_month}. {d.year} à {d:%H:%M}, {addr} a écrit :"
        if lang == "de":
            return f"Am {d.day}.{d.month:02d}.{d.year} um {d:%H:%M} schrieb {addr}:"
        return f"On {d.day} {_MONTHS['en'][d.month - 1][:3]} {d.year}, at {d:%H:%M}, {addr} wrote:"
    if lang == "fr":
        return f"Le {short_day}. {d.day} {short_month}. {d.year} à {d:%H:%M}, {addr} a écrit :"
    if lang == "de":
        return f"Am {short_day[:2]}., {d.day}. {short_month}. {d.year} um {d:%H:%M} Uhr schrieb {addr}:"
    if lang == "es":
        return f"El {short_day}, {d.day} {short_month} {d.year} a las {d:%H:%M}, {who.name} (<{who.address}>) escribió:"
    if lang == "it":
        return f"Il giorno {short_day} {d.day} {short_month} {d.year} alle ore {d:%H:%M} {addr} ha scritto:"
    en_day, en_month = _DAYS["en"][d.weekday()][:3], _MONTHS["en"][d.month - 1][:3]
    return f"On {en_day}, {en_month} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')} {addr} wrote:"


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self, lang: str, company: tuple[str, str]) -> Person:
        first, last = self.rng.choice(_FIRST[lang]), self.rng.choice(_LAST[lang])
        local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
        local = local.translate(str.maketrans("éèçäöüíáóñìç", "eecaouiaonic"))
        return Person(first, last, f"{local}@{company[1]}", company[0], self.rng.choice(_TITLES[lang]), lang)

    def paragraphs(self, lang: str, count: int) -> list[str]:
        pool = _SENTENCES[lang]
        return [" ".join(self.rng.sample(pool, self.rng.randint(1, min(4, len(pool))))) for _ in range(count)]

    def signature(self, who: Person, mobile: bool) -> list[str]:
        if mobile:
            return ["", "Sent from my iPhone" if who.lang == "en" else "Envoyé de mon iPhone"]
        rng = self.rng
        lines = [
            "",
            rng.choice(_CLOSING[who.lang]),
            "",
            who.name,
            f"{who.title} | {who.company}",
            f"T +33 1 {rng.randint(40, 79)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} | "
            f"M +33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"{rng.randint(1, 120)} avenue des Champs-Élysées, 75008 Paris",
            f"www.{who.address.split('@')[1]}",
        ]
        if rng.random() < 0.5:
            lines.append(f"[cid:image00{rng.randint(1, 4)}.png@01DC4C2F.{rng.randint(10**7, 10**8 - 1):X}]")
        if rng.random() < 0.6:
            lines += ["", *textwrap.wrap(_DISCLAIMER[who.lang], 100)]
        return lines

    def body(self, who: Person, to: Person, wrap: bool, size: int, mobile: bool) -> list[str]:
        lines = [_GREETING[who.lang].format(first=to.first), ""]
        for para in self.paragraphs(who.lang, size):
            lines += textwrap.wrap(para, 72) if wrap else [para]
            lines.append("")
            if self.rng.random() < 0.15:  # a short list of points
                lines += [f"- {s}" for s in self.rng.sample(_SENTENCES[who.lang], 3)] + [""]
        return lines[:-1] + self.signature(who, mobile)


def _html_paragraphs(lines: list[str], outlook: bool) -> str:
    out: list[str] = []
    for line in lines:
        if not line:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' if outlook else "<div><br></div>")
        elif line.startswith("[cid:"):
            cid = line[5:-1]
            out.append(f'<p class="MsoNormal"><img width="120" height="40" src="cid:{cid}" alt="logo"></p>')
        else:
            text = escape(line).replace("  ", " &nbsp;")
            out.append(
                f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
                f"{text}<o:p></o:p></span></p>"
                if outlook
                else f"<div>{text}</div>"
            )
    return "\n".join(out)


def _signature_table(sig: list[str]) -> str:
    rows = "".join(
        f'<tr><td style="padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><span style="font-size:9.0pt;'
        f'color:#595959">{escape(s)}</span></p></td></tr>'
        for s in sig
        if s
    )
    return f'<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">{rows}</table>'


_WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
    'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
    '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n'
    "@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n"
    'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
    "a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}\n"
    'span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}\n'
    ".MsoChpDefault {mso-style-type:export-only; font-size:10.0pt;}\n"
    "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
    "div.WordSection1 {page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n"
    '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--></head>'
    '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">\n'
)


def _thread(w: _Writer, index: int, levels: int, size: int, *, dated: bool = False) -> list[Post]:
    """A thread of `levels` posts; with `dated`, its last post says when its author is away and back."""
    rng = w.rng
    lang = rng.choice(["en", "en", "fr", "fr", "de", "es", "it"])
    ours = rng.choice(_COMPANIES)
    theirs = rng.choice([c for c in _COMPANIES if c != ours])
    seller, buyer = w.person(lang, ours), w.person(lang, theirs)
    others = [w.person(lang, theirs), w.person(lang, ours)]
    subject = rng.choice(_SUBJECTS[lang])
    clients = {seller.address: rng.choice(["outlook", "owa", "gmail"]), buyer.address: rng.choice(
        ["outlook", "outlook", "owa", "gmail", "apple"])}  # fmt: skip
    for other in others:
        clients[other.address] = rng.choice(["outlook", "owa", "gmail", "apple"])
    sent = datetime(2025, rng.randint(1, 11), rng.randint(1, 28), 8, 30, tzinfo=timezone(timedelta(hours=1)))
    posts: list[Post] = []
    for k in range(levels):
        author = seller if k % 2 == 0 else (buyer if rng.random() < 0.7 else others[0])
        if k > 1 and rng.random() < 0.2:
            author = others[1]
        to = buyer if author.address != buyer.address else seller
        client = clients[author.address]
        mobile = client == "apple" and rng.random() < 0.4
        lines = w.body(author, to, wrap=client in ("gmail", "apple"), size=size, mobile=mobile)
        if dated and k == levels - 1:
            away = sent + timedelta(days=rng.randint(2, 10))
            back = away + timedelta(days=rng.randint(3, 9))
            lines[2:2] = [
                _AWAY[author.lang].format(
                    away=_outlook_date(away, author.lang), back=_outlook_date(back, author.lang).split(" ", 1)[1]
                ),
                "",
            ]
        sent = sent + timedelta(hours=rng.randint(1, 70), minutes=rng.randint(0, 59))
        subj = subject if k == 0 else f"{_RE[lang]}: {subject}"
        text, html = _render(author, to, others, client, lines, posts[-1] if posts else None, lang, rng)
        mid = f"<{rng.getrandbits(64):016X}{index:04d}{k}@{author.address.split('@')[1]}>"
        posts.append(Post(author, [to], others[:1], sent, subj, client, text, html, mid))
    return posts


def _render(
    author: Person,
    to: Person,
    others: list[Person],
    client: str,
    lines: list[str],
    previous: Post | None,
    lang: str,
    rng: random.Random,
) -> tuple[str, str]:
    sig_at = next((i for i, ln in enumerate(lines) if ln in _CLOSING[author.lang]), len(lines))
    outlook = client in ("outlook", "owa")
    html_new = _html_paragraphs(lines[:sig_at], outlook)
    if outlook and sig_at < len(lines):
        html_new += "\n" + _html_paragraphs(lines[sig_at : sig_at + 3], True) + _signature_table(lines[sig_at + 3 :])
    elif sig_at < len(lines):
        html_new += '\n<div><div dir="ltr" class="gmail_signature">' + _html_paragraphs(lines[sig_at:], False)
        html_new += "</div></div>"
    text = "\n".join(lines)
    if previous is None:
        return text, html_new
    if outlook:
        labels = _OUTLOOK[lang]
        cc = "; ".join(p.header() for p in previous.cc)
        header = [
            f"{labels[0]}: {previous.author.header()}",
            f"{labels[1]}: {_outlook_date(previous.sent, lang)}",
            f"{labels[2]}: {'; '.join(p.header() for p in previous.to)}",
            *([f"{labels[3]}: {cc}"] if cc else []),
            f"{labels[4]}: {previous.subject}",
        ]
        if lang == "fr":  # French Outlook puts a space before the colon
            header = [ln.replace(":", " :", 1) for ln in header]
        rule = "-----Original Message-----" if client == "outlook" and rng.random() < 0.25 else "_" * 32
        text += "\n\n" + rule + "\n" + "\n".join(header) + "\n\n" + previous.text
        bold = "".join(f"<b>{escape(h.split(':', 1)[0])}:</b>{escape(h.split(':', 1)[1])}<br>" for h in header)
        if client == "owa":
            html = (
                f'{html_new}\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">'
                f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                f'color="#000000">{bold}</font><div>&nbsp;</div></div>\n{previous.html}'
            )
        else:
            html = (
                f'{html_new}\n<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal">{bold}</p></div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                f"{previous.html}"
            )
        return text, html
    intro = _intro(previous, lang, apple=client == "apple")
    if client == "gmail" and len(intro) > 76 and rng.random() < 0.5:  # Gmail's plain text wraps long intros
        cut = intro.rfind(" ", 0, 76)
        intro = intro[:cut] + "\n" + intro[cut + 1 :]
    quoted = "\n".join(f">{'' if ln.startswith('>') or not ln else ' '}{ln}" for ln in previous.text.split("\n"))
    text += "\n\n" + intro + "\n\n" + quoted
    if client == "gmail":
        html = (
            f'<div dir="ltr">{html_new}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{escape(intro)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{previous.html}</blockquote></div>'
        )
    else:
        html = (
            f'<div dir="ltr">{html_new}</div><div dir="ltr"><br><blockquote type="cite">{escape(intro)}</blockquote>'
            f'</div><blockquote type="cite"><div dir="ltr">{previous.html}</div></blockquote>'
        )
    return text, html


def _headers(msg: MIMEMultipart | MIMEText, post: Post, references: list[str], rng: random.Random) -> None:
    domain = post.author.address.split("@")[1]
    exchange = post.client in ("outlook", "owa")
    for hop in range(3):
        when = format_datetime(post.sent.astimezone(UTC) + timedelta(seconds=hop))
        host = f"{'PAXPR10MB' if exchange else 'mail-ej1-f'}{rng.randint(1000, 9999)}"
        msg["Received"] = (
            f"from {host}.prod.outlook.com (2603:10a6:102:{rng.randint(100, 999):x}::{hop + 1}) by "
            f"mx{hop}.{post.to[0].address.split('@')[1]} with Microsoft SMTP Server (version=TLS1_2, "
            f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rng.randint(1000, 9999)}.{rng.randint(10, 99)}"
            f"; {when}"
        )
    msg["DKIM-Signature"] = (
        f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=selector1; h=From:Date:Subject:Message-ID:"
        f"Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck; bh={rng.getrandbits(256):064x}=; "
        f"b={rng.getrandbits(1024):0256x}"
    )
    msg["From"] = post.author.mime_header()
    msg["To"] = ", ".join(p.mime_header() for p in post.to)
    if post.cc:
        msg["Cc"] = ", ".join(p.mime_header() for p in post.cc)
    msg["Subject"] = post.subject
    msg["Date"] = format_datetime(post.sent)
    msg["Message-ID"] = post.message_id
    if references:
        msg["In-Reply-To"] = references[-1]
        msg["References"] = " ".join(references)
    if exchange:
        msg["Thread-Topic"] = post.subject.split(": ", 1)[-1]
        msg["Thread-Index"] = f"AdxM{rng.getrandbits(96):024x}"
        msg["Accept-Language"] = "fr-FR, en-US"
        msg["Content-Language"] = "fr-FR"
        msg["X-MS-Has-Attach"] = ""
        msg["X-MS-TNEF-Correlator"] = ""
        msg["X-MS-Exchange-Organization-SCL"] = "1"
        msg["X-MS-Office365-Filtering-Correlation-Id"] = f"{rng.getrandbits(128):032x}"
        msg["X-Forefront-Antispam-Report"] = (
            "CIP:255.255.255.255;CTRY:;LANG:fr;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:PAXPR10MB5133.eurprd10.prod.outlook.com;"
            "PTR:;CAT:NONE;SFS:(13230040)(366016)(1800799024)(376014)(38070700018);DIR:OUT;SFP:1101;"
        )
    else:
        msg["X-Gm-Message-State"] = f"AOJu0Y{rng.getrandbits(200):050x}"
        msg["X-Google-Smtp-Source"] = f"AGHT+IF{rng.getrandbits(160):040x}"
    msg["MIME-Version"] = "1.0"


def _part(text: str, subtype: str) -> MIMEText:
    return MIMEText(text, subtype, _QP)  # type: ignore[arg-type]  # the stdlib takes a Charset too


def _message(post: Post, references: list[str], form: str, rng: random.Random) -> MIMEMultipart | MIMEText:
    outlook = post.client in ("outlook", "owa")
    html = (_WORD_HEAD + post.html + "\n</div></body></html>") if outlook else f'<div dir="ltr">{post.html}</div>'
    msg: MIMEMultipart | MIMEText
    if form == "text":
        msg = _part(post.text, "plain")
    elif form == "html":
        msg = _part(html, "html")
    else:
        msg = MIMEMultipart("alternative", boundary=f"_000_{rng.getrandbits(96):024X}_")
        msg.attach(_part(post.text, "plain"))
        msg.attach(_part(html, "html"))
    _headers(msg, post, references, rng)
    return msg


_OOO = {
    "en": [
        "Thank you for your email. I am out of the office until {date} with limited access to email.",
        "For urgent matters please contact my colleague {other} ({other_addr}).",
        "This is an automatic reply.",
    ],
    "fr": [
        "Bonjour,",
        "Je suis absente du bureau et serai de retour le {date}.",
        "Pour toute urgence, merci de contacter {other} ({other_addr}).",
        "Ceci est un message automatique.",
    ],
}


def _out_of_office(post: Post, rng: random.Random, dated: bool, quote: bool) -> MIMEMultipart | MIMEText:
    """An Exchange automatic reply to the thread's last post, written by its addressee."""
    who = post.to[0]
    lang = "fr" if who.lang == "fr" else "en"
    back = post.sent + timedelta(days=rng.randint(3, 20))
    date = (
        f"{_DAYS['fr'][back.weekday()]} {back.day} {_MONTHS['fr'][back.month - 1]} {back.year}"
        if lang == "fr"
        else f"{_MONTHS['en'][back.month - 1]} {back.day}, {back.year}"
    )
    lines = [ln.format(date=date, other=post.cc[0].name, other_addr=post.cc[0].address) for ln in _OOO[lang]]
    if not dated:
        lines[0 if lang == "en" else 1] = lines[0 if lang == "en" else 1].split(" until ")[0].split(" et serai")[0]
    text = "\n\n".join(lines)
    if quote:  # some auto-responders return the message they answer
        labels = _OUTLOOK[lang]
        text += (
            f"\n\n{'_' * 32}\n{labels[0]}: {post.author.header()}\n{labels[1]}: {_outlook_date(post.sent, lang)}\n"
            f"{labels[2]}: {who.header()}\n{labels[4]}: {post.subject}\n\n{post.text}"
        )
    subject = ("Réponse automatique : " if lang == "fr" else "Automatic reply: ") + post.subject
    reply = Post(who, [post.author], [], post.sent + timedelta(minutes=1), subject, "outlook", text, "", "")
    reply.message_id = f"<{rng.getrandbits(64):016X}@{who.address.split('@')[1]}>"
    msg = _part(text, "plain")
    _headers(msg, reply, [post.message_id], rng)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-MS-Exchange-Generated-Message-Source"] = "Mailbox Rules Agent"
    return msg


def _bounce(post: Post, original: MIMEMultipart | MIMEText, rng: random.Random) -> MIMEMultipart:
    """An Exchange Online delivery report for the thread's last post, returning it whole."""
    rcpt = post.to[0].address.replace("@", ".old@", 1)
    report = MIMEMultipart("report", boundary=f"{rng.getrandbits(96):024X}.NDR", report_type="delivery-status")
    report.attach(
        MIMEText(
            f"Your message to {rcpt} couldn't be delivered.\n\n{rcpt} wasn't found at "
            f"{rcpt.split('@')[1]}.\n\nAction Required\nUnknown To address\n\nHow to Fix It\nThe address may be "
            "misspelled or may not exist. Try one or more of the following:\n- Retype the recipient's address.\n",
            "plain",
            "utf-8",
        )
    )
    per_message, per_recipient = Message(), Message()
    per_message["Reporting-MTA"] = f"dns;PAXPR10MB{rng.randint(1000, 9999)}.eurprd10.prod.outlook.com"
    per_message["Received-From-MTA"] = f"dns;PAXPR10MB{rng.randint(1000, 9999)}.eurprd10.prod.outlook.com"
    per_message["Arrival-Date"] = format_datetime(post.sent)
    per_recipient["Original-Recipient"] = f"rfc822;{rcpt}"
    per_recipient["Final-Recipient"] = f"rfc822;{rcpt}"
    per_recipient["Action"] = "failed"
    per_recipient["Status"] = "5.1.10"
    per_recipient["Diagnostic-Code"] = (
        f"smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup"
    )
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload([per_message, per_recipient])
    report.attach(status)
    report.attach(MIMEMessage(original))
    report["From"] = "Microsoft Outlook <postmaster@" + post.author.address.split("@")[1] + ">"
    report["To"] = post.author.mime_header()
    report["Subject"] = "Undeliverable: " + post.subject
    report["Date"] = format_datetime(post.sent + timedelta(seconds=20))
    report["Message-ID"] = f"<{rng.getrandbits(64):016X}@{post.author.address.split('@')[1]}>"
    report["Auto-Submitted"] = "auto-replied"
    report["X-MS-Exchange-Message-Is-Ndr"] = ""
    report["MIME-Version"] = "1.0"
    return report


def _bucket(lines: int) -> int | None:
    return next((b for b, (low, high) in enumerate(BUCKETS) if low <= lines < high), None)


def generate(count: int = 240, seed: int = SEED) -> list[Thread]:
    """`count` messages, as many in each line-count bucket (50-99, 100-199, 200-300 lines of text)."""
    rng = random.Random(seed)
    w = _Writer(rng)
    per_bucket = [count // len(BUCKETS) + (b < count % len(BUCKETS)) for b in range(len(BUCKETS))]
    out: list[Thread] = []
    index = 0
    while any(per_bucket) and index < count * 50:
        index += 1
        levels = rng.randint(3, 8)
        size = rng.choice([1, 2, 2, 3, 4])
        posts = _thread(w, index, levels, size, dated=rng.random() < 0.1)
        last = posts[-1]
        lines = last.text.count("\n") + 1
        bucket = _bucket(lines)
        if bucket is None or not per_bucket[bucket]:
            continue
        per_bucket[bucket] -= 1
        references = [p.message_id for p in posts[:-1]]
        form = rng.choices(["alternative", "html", "text"], weights=[55, 25, 20])[0]
        msg = _message(last, references, form, rng)
        kind, roll = "human", rng.random()
        if roll < 0.06:
            msg, kind = _out_of_office(last, rng, dated=rng.random() < 0.7, quote=True), "auto_reply"
        elif roll < 0.10:
            msg, kind = _bounce(last, msg, rng), "bounce"
        raw = msg.as_bytes()
        lang = last.author.lang
        name = f"{len(out) + 1:03d}-{lang}-{last.client}-{form}-{kind}-{levels}lv-{lines}l"
        out.append(Thread(name, raw, lines, kind, last.client, lang, levels))
    return out


def main() -> None:
    """Print a summary of the generated set, or write it as .eml files (`python -m bench.long_threads DIR`)."""
    import sys
    from collections import Counter
    from pathlib import Path

    threads = generate()
    if len(sys.argv) > 1:
        folder = Path(sys.argv[1])
        folder.mkdir(parents=True, exist_ok=True)
        for t in threads:
            (folder / f"{t.name}.eml").write_bytes(t.raw)
    print(f"seed {SEED}: {len(threads)} messages")
    print(Counter(t.kind for t in threads), Counter(t.client for t in threads), Counter(t.lang for t in threads))


if __name__ == "__main__":
    main()
