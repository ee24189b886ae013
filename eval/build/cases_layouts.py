"""Layouts written to trip a quote finder: signatures and answers that look like header blocks or intro lines,
Yahoo's indented quotes, Thunderbird's inline forward header, Enron-era Notes headers, long phone-app lines.

Each case is the body as the client sends it, and the lines its author typed (the label).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from common import PARIS, Case, html_escape, rfcdate, simple_message

BASE = datetime(2024, 9, 2, 8, 13, tzinfo=PARIS)


def _case(n: int, slug: str, client: str, lang: str, new: list[str], history: list[str], **kw: str) -> Case:
    sender = kw.get("sender", "Pat Morgan <pat.morgan@client-co.example>")
    text = "\n".join([*new, *history]) + "\n"
    headers = [
        ("From", sender),
        ("To", "Alex Turner <alex.turner@northwind-sales.com>"),
        ("Subject", kw.get("subject", "Re: Our proposal")),
        ("Date", rfcdate(BASE + timedelta(days=n, hours=n % 7))),
        ("Message-ID", f"<layout-{n:03d}.{slug}@client-co.example>"),
        ("In-Reply-To", f"<tracked-{n:03d}@northwind-sales.com>"),
    ]
    if "mailer" in kw:
        headers.append(("X-Mailer", kw["mailer"]))
    html = None
    if kw.get("html"):
        html = (
            "<html><body>"
            + "".join(f"<div>{html_escape(ln) or '<br>'}</div>" for ln in new)
            + kw["html"]
            + "</body></html>"
        )
        msg = simple_message(headers, None, html)
    else:
        msg = simple_message(headers, text)
    label = {
        "kind": "human",
        "opt_out": False,
        "new_text": [ln.strip() for ln in new if ln.strip()],
        "client": client,
        "lang": lang,
    }
    return Case(slug, msg, label)


ORIGINAL_EN = [
    "Hi Pat,",
    "",
    "Following up on the proposal I sent last week. Would you have 20 minutes",
    "on Thursday or Friday to go through the numbers?",
    "",
    "Best regards,",
    "Alex Turner",
    "Northwind Sales | +1 (646) 555-0142",
]


def layout_cases() -> list[Case]:
    c: list[Case] = []
    # German signature with Tel./Fax/E-Mail lines above an Outlook header: the signature is new text.
    c.append(
        _case(
            1,
            "de-outlook-signature-impressum",
            "outlook",
            "de",
            [
                "Hallo Herr Turner,",
                "",
                "das Angebot liegt bei unserem Einkauf, Rückmeldung folgt nächste Woche.",
                "",
                "Mit freundlichen Grüßen",
                "i.A. Hans Müller",
                "",
                "Müller Antriebstechnik GmbH",
                "Tel.: +49 89 555 1234",
                "Fax: +49 89 555 1235",
                "E-Mail: h.mueller@mueller-antriebe.example",
                "Geschäftsführer: Dr. Klaus Müller | Amtsgericht München HRB 123456",
            ],
            [
                "",
                "Von: Alex Turner [mailto:alex.turner@northwind-sales.com]",
                "Gesendet: Montag, 2. September 2024 08:13",
                "An: Hans Müller <h.mueller@mueller-antriebe.example>",
                "Betreff: Our proposal",
                "",
                *ORIGINAL_EN,
            ],
            mailer="Microsoft Outlook 16.0",
        )
    )
    # A travel answer with From/To/Date lines (no address): not a quote header.
    c.append(
        _case(
            2,
            "en-outlook-travel-details",
            "outlook",
            "en",
            [
                "Alex,",
                "",
                "I will come to your office. My train:",
                "From: Boston South Station",
                "To: New York Penn Station",
                "Date: 09/12/2024, arriving 10:45",
                "",
                "Pat",
            ],
            [
                "",
                "________________________________",
                "From: Alex Turner <alex.turner@northwind-sales.com>",
                "Sent: Monday, September 2, 2024 8:13 AM",
                "To: Pat Morgan <pat.morgan@client-co.example>",
                "Subject: Our proposal",
                "",
                *ORIGINAL_EN,
            ],
        )
    )
    # Enron-era Notes header: name@DOMAIN, date, then To/cc/Subject, no blank line before.
    c.append(
        _case(
            3,
            "en-lotus-enron-style",
            "lotus",
            "en",
            ["Alex - Thursday 2pm is fine. I'll have Sara from legal join.", "", "Pat"],
            [
                "",
                "",
                "",
                "",
                "Alex Turner@NORTHWIND",
                "09/02/2024 08:13 AM",
                "To: Pat Morgan/HOU/CLIENTCO@CLIENTCO",
                "cc: Sara Lin/HOU/CLIENTCO@CLIENTCO",
                "Subject: Our proposal",
                "",
                *ORIGINAL_EN,
            ],
            mailer="Lotus Notes Release 5.0.8  June 18, 2001",
        )
    )
    # Notes with a "Please respond to" line and wrapped recipients.
    c.append(
        _case(
            4,
            "en-lotus-please-respond-to",
            "lotus",
            "en",
            ["Thanks. Forwarding to our buyer, he will get back to you.", "", "Regards,", "Pat Morgan"],
            [
                "",
                "",
                "",
                '                    "Alex Turner" <alex.turner@northwind-sales.com>',
                "                    09/02/2024 08:13 AM",
                "                    Please respond to alex.turner",
                "",
                "",
                "        To:     Pat Morgan/CLIENTCO@CLIENTCO, Jim Beck/CLIENTCO@CLIENTCO,",
                "                Dana Cho/CLIENTCO@CLIENTCO",
                "        cc:",
                "        Subject:     Our proposal",
                "",
                "",
                *ORIGINAL_EN,
            ],
        )
    )
    # Yahoo Mail text part: the intro and the original are indented, not `>` quoted.
    c.append(
        _case(
            5,
            "en-yahoo-indented",
            "yahoo",
            "en",
            ["Friday works better for me. 11am?", "", "Pat"],
            [
                "",
                "    On Monday, September 2, 2024 at 08:13:07 AM GMT+2, Alex Turner <alex.turner@northwind-sales.com> "
                "wrote:  ",
                " ",
                " ",
                *(f" {ln}" for ln in ORIGINAL_EN),
            ],
            mailer="YahooMailAndroidMobile",
        )
    )
    # Thunderbird's forward-style header inline, in French.
    c.append(
        _case(
            6,
            "fr-thunderbird-message-original",
            "thunderbird",
            "fr",
            [
                "Bonjour,",
                "",
                "Je transmets à notre directeur technique, il vous rappellera.",
                "",
                "Cordialement,",
                "P. Morel",
            ],
            [
                "",
                "-------- Message original --------",
                "Sujet : Notre proposition",
                "Date : 02/09/2024 08:13",
                "De : Alex Turner <alex.turner@northwind-sales.com>",
                "Pour : Pascal Morel <p.morel@client-co.example>",
                "",
                *ORIGINAL_EN,
            ],
            sender="Pascal Morel <p.morel@client-co.example>",
        )
    )
    # An answer that starts with "On Monday …:" and a list (not an intro: no quote follows).
    c.append(
        _case(
            7,
            "en-gmail-on-monday-list",
            "gmail",
            "en",
            [
                "On Monday 9 September at 10:00 we could do:",
                "- a demo for the ops team",
                "- pricing questions after",
                "",
                "Pat",
            ],
            [
                "",
                "On Mon, Sep 2, 2024 at 8:13\u202fAM Alex Turner <alex.turner@northwind-sales.com> wrote:",
                "",
                *(f"> {ln}" if ln else ">" for ln in ORIGINAL_EN),
            ],
        )
    )
    # Phone lines too long for a phrase list, and one in Italian.
    c.append(
        _case(
            8,
            "en-blackberry-long-line",
            "mobile",
            "en",
            ["Yes - send the contract over."],
            [
                "",
                "Sent from my BlackBerry 10 smartphone on the Rogers network.",
                "  Original Message  ",
                "From: Alex Turner",
                "Sent: Monday, September 2, 2024 08:13",
                "To: Pat Morgan",
                "Subject: Our proposal",
                "",
                *ORIGINAL_EN,
            ],
        )
    )
    c.append(
        _case(
            9,
            "it-huawei",
            "mobile",
            "it",
            ["Va bene, ci sentiamo giovedì."],
            [
                "",
                "Inviato dal mio dispositivo Huawei",
                "",
                "",
                "-------- Messaggio originale --------",
                "Da: Alex Turner <alex.turner@northwind-sales.com>",
                "Data: lun 2 set 2024, 08:13",
                "A: Paolo Marini <p.marini@client-co.example>",
                "Oggetto: Our proposal",
                "",
                *ORIGINAL_EN,
            ],
        )
    )
    # A Dutch answer whose last line names the mail app it is about (it is not a "sent from" line).
    c.append(
        _case(
            10,
            "nl-gmail-answer-about-outlook",
            "gmail",
            "nl",
            ["Goedemorgen Alex,", "", "Werkt jullie tool ook met de Outlook app op Android?"],
            [
                "",
                "Op ma 2 sep 2024 om 08:13 schreef Alex Turner <alex.turner@northwind-sales.com>:",
                "",
                *(f"> {ln}" if ln else ">" for ln in ORIGINAL_EN),
            ],
        )
    )
    # Outlook HTML whose header sits in a plain <div> with <b> labels (Outlook 2010 style with #B5C4DF border
    # removed by a gateway), Spanish.
    c.append(
        _case(
            11,
            "es-outlook-html-gateway",
            "outlook",
            "es",
            ["Hola Alex:", "", "De acuerdo, el jueves a las 16 h.", "", "Saludos,", "Pablo"],
            [],
            html=(
                "<div><br></div><div><b>De:</b> Alex Turner [mailto:alex.turner@northwind-sales.com] <br>"
                "<b>Enviado el:</b> lunes, 2 de septiembre de 2024 8:13<br><b>Para:</b> Pablo Ruiz<br>"
                "<b>Asunto:</b> Our proposal</div><div><br></div>"
                + "".join(f"<div>{html_escape(ln) or '<br>'}</div>" for ln in ORIGINAL_EN)
            ),
        )
    )
    # Portuguese (Brazil) Gmail intro wrapped on three lines.
    c.append(
        _case(
            12,
            "pt-gmail-three-line-intro",
            "gmail",
            "pt",
            ["Oi Alex,", "", "Pode mandar a proposta revisada.", "", "Abs,", "Paula"],
            [
                "",
                "Em seg., 2 de set. de 2024 às 08:13, Alex Turner - Northwind Sales",
                "(Account Executive) <",
                "alex.turner@northwind-sales.com> escreveu:",
                "",
                *(f"> {ln}" if ln else ">" for ln in ORIGINAL_EN),
            ],
        )
    )
    # Polish Thunderbird intro ("pisze:") with inline answers.
    c.append(
        _case(
            13,
            "pl-thunderbird-pisze-inline",
            "thunderbird",
            "pl",
            ["Dzień dobry,", "Czwartek, 14:00.", "Piotr"],
            [],
        )
    )
    c[-1] = _case(
        13,
        "pl-thunderbird-pisze-inline",
        "thunderbird",
        "pl",
        ["Dzień dobry,"],
        [
            "",
            "W dniu 2.09.2024 o 08:13, Alex Turner pisze:",
            "> Hi Pat,",
            ">",
            "> Following up on the proposal I sent last week. Would you have 20 minutes",
            "> on Thursday or Friday to go through the numbers?",
            "",
            "Czwartek, 14:00.",
            "",
            "Piotr",
            "",
            "> Best regards,",
            "> Alex Turner",
        ],
    )
    c[-1].label["new_text"] = ["Dzień dobry,", "Czwartek, 14:00.", "Piotr"]
    return c
