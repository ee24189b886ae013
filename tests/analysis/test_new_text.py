"""What the author wrote, without quoted history or client boilerplate, in text and HTML."""

from __future__ import annotations

import pytest

from relance.analysis.new_text import extract, html_to_text

ORIGINAL = "Hi,\n\nWould a call next week make sense?\n\nBest,\nAlex"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # Gmail, attribution wrapped after '<'
            "Yes, Wednesday works.\n\nJordan\n\nOn Mon, Dec 2, 2024 at 10:15 AM Alex Turner <\n"
            "alex@northwind-sales.com> wrote:\n\n> Hi,\n> Would a call next week make sense?\n",
            "Yes, Wednesday works.\n\nJordan",
        ),
        (  # Gmail in French
            "Pouvez-vous m'envoyer vos tarifs ?\n\nLe lun. 25 nov. 2024 à 09:30, Camille Martin "
            "<camille@relance-demo.fr> a écrit :\n\n> Bonjour,\n",
            "Pouvez-vous m'envoyer vos tarifs ?",
        ),
        (  # Outlook desktop, English
            "Thanks, received.\n\nTom\n\n-----Original Message-----\nFrom: Alex Turner <alex@n.com> \n"
            "Sent: Monday, December 2, 2024 10:15 AM\nTo: Tom <tom@f.com>\nSubject: Proposal\n\n" + ORIGINAL,
            "Thanks, received.\n\nTom",
        ),
        (  # Outlook in French without a separator line (new Outlook / Outlook for Mac)
            "Le devis nous convient.\nIsabelle\n\nDe : Camille Martin <camille@relance-demo.fr>\n"
            "Date : lundi 3 février 2025 à 11:00\nÀ : Isabelle Roux <isabelle@roux.fr>\nObjet : Devis\n\n" + ORIGINAL,
            "Le devis nous convient.\nIsabelle",
        ),
        (  # Outlook on the web in French, underscore separator
            "Merci, pas pour le moment.\n\n________________________________\nDe : Camille Martin\n"
            "Envoyé : lundi 25 novembre 2024 09:30\nÀ : Paul Girard\nObjet : Proposition\n\n" + ORIGINAL,
            "Merci, pas pour le moment.",
        ),
        (  # iOS: boilerplate and a quoted attribution
            "Sure, send it over.\n\nSent from my iPhone\n\n> On Jan 14, 2025, at 9:02 AM, Daniel <d@b.io> wrote:\n"
            ">\n> Hey Kevin,\n",
            "Sure, send it over.",
        ),
        (  # iOS in French
            "Ok pour jeudi 10h.\n\nEnvoyé de mon iPhone\n\n> Le 3 févr. 2025 à 11:00, Camille <c@r.fr> a écrit :\n",
            "Ok pour jeudi 10h.",
        ),
        (  # Outlook mobile boilerplate
            "Not now, maybe in spring.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n"
            "________________________________\nFrom: Alex\nSent: Monday\nTo: Ben\nSubject: Q1\n\n" + ORIGINAL,
            "Not now, maybe in spring.",
        ),
        (  # bottom posting below the quote
            "On 02/12/2024 10:15, Alex Turner wrote:\n> Would a call next week make sense?\n\nYes, Wednesday.\n\nCarl",
            "Yes, Wednesday.\n\nCarl",
        ),
        (  # inline answers
            "See inline.\n\nOn Tue, Mar 4, 2025 at 3:40 PM Alex <alex@n.com> wrote:\n\n> Pricing for 25 seats?\n\n"
            "Yes, 25.\n\n> Anything unclear?\n\nDoes it include SSO?\n",
            "See inline.\n\nYes, 25.\n\nDoes it include SSO?",
        ),
        ("No quote at all.\n\nBest,\nMia", "No quote at all.\n\nBest,\nMia"),
    ],
)
def test_new_text_from_plain_text_bodies(body: str, expected: str) -> None:
    assert extract(body) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            '<div dir="ltr"><div>Yes please, send the demo.</div><div><br></div><div>Yuki</div></div>'
            '<br><div class="gmail_quote"><div class="gmail_attr">On Tue, Daniel wrote:<br></div>'
            '<blockquote class="gmail_quote">Worth a look?</blockquote></div>',
            "Yes please, send the demo.\n\nYuki",
        ),
        (
            "<div>Can you share a case study?</div><div>Fiona</div>"
            '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Alex<br><b>Sent:</b> Monday'
            "</div><div>Hi Fiona</div>",
            "Can you share a case study?\nFiona",
        ),
        (
            '<p class="MsoNormal">Nous validons le devis.<o:p></o:p></p><div><div style="border:none;'
            'border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>De&nbsp;:</b> '
            "Camille</p></div></div><p>Bonjour Bruno</p>",
            "Nous validons le devis.",
        ),
        (
            '<body>I\'m the wrong person, try Rob.<div><br><blockquote type="cite"><div>On 2 Dec 2024, Alex wrote:'
            "</div><div>Hi Hannah</div></blockquote></div></body>",
            "I'm the wrong person, try Rob.",
        ),
    ],
)
def test_new_text_from_html_bodies(html: str, expected: str) -> None:
    assert extract("", html) == expected


def test_html_to_text_drops_style_and_keeps_blocks() -> None:
    assert (
        html_to_text("<html><head><style>p{color:red}</style></head><p>One</p><p>Two&nbsp;x</p></html>") == "One\nTwo x"
    )
