"""Answers a client typed inside the quoted copy of the adviser's message, with no mark at all, found by comparing
the quote with the text the firm stored of what it sent (`replied_to_text`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from relance.analysis.new_text import with_answers_in_quote
from relance.analysis.pipeline import analyse
from relance.intelligence.intent import rules_intent

# What Hugo Marchetti's Outlook stored of his message to a client.
SENT = """Bonjour Monsieur Ferrand,

Je reviens vers vous au sujet du transfert de votre contrat d'assurance-vie.
Pour avancer, j'aurais besoin de deux éléments :
- votre relevé de situation au 31 décembre ;
- la copie de votre pièce d'identité.

Seriez-vous disponible pour un appel la semaine prochaine ?

Vous pouvez consulter notre note de frais sur https://www.meridienne-patrimoine.example/frais

Bien à vous,

Hugo Marchetti
Ingénieur patrimonial
Méridienne Patrimoine
Tél. 04 65 71 20 30
"""

HEADER = """De : Hugo Marchetti <hugo.marchetti@meridienne-patrimoine.example>
Envoyé : jeudi 10 décembre 2026 09:41
À : Olivier Ferrand <o.ferrand@fibre.example>
Objet : Transfert de votre contrat
"""


def quoted(body: str) -> str:
    """Olivier's client's copy of Hugo's message, after the header block it opens with."""
    return HEADER + "\n" + body


def message(body: str, sent: str | None = SENT) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "from": {"address": "o.ferrand@fibre.example", "name": "Olivier Ferrand"},
        "headers": {},
        "subject": "RE: Transfert de votre contrat",
        "body_text": body,
    }
    if sent is not None:
        msg["replied_to_text"] = sent
    return msg


def test_answers_typed_between_the_advisers_lines_are_the_clients() -> None:
    body = "Bonjour,\n\nOlivier\n\n" + quoted(
        SENT.replace(
            "- la copie de votre pièce d'identité.\n",
            "- la copie de votre pièce d'identité.\nJe vous envoie les deux par courrier demain.\n",
        ).replace(
            "la semaine prochaine ?\n",
            "la semaine prochaine ?\nPlutôt mardi après 17 h.\n",
        )
    )
    new = with_answers_in_quote("Bonjour,\n\nOlivier", body, SENT)
    assert new == ("Bonjour,\n\nOlivier\n\nJe vous envoie les deux par courrier demain.\n\nPlutôt mardi après 17 h.")


def test_an_answer_written_after_the_question_on_its_own_line_is_read_from_where_it_starts() -> None:
    body = quoted(
        SENT.replace(
            "Seriez-vous disponible pour un appel la semaine prochaine ?",
            "Seriez-vous disponible pour un appel la semaine prochaine ? Oui, lundi matin.",
        )
    )
    assert with_answers_in_quote("", body, SENT) == "Oui, lundi matin."


def test_a_request_to_stop_typed_inside_the_quote_is_an_opt_out() -> None:
    """Nothing above the quote but a greeting: the request is under the adviser's last paragraph."""
    body = "Bonjour,\n\n" + quoted(
        SENT.replace("Bien à vous,", "Merci de ne plus me solliciter, je garde mon contrat actuel.\n\nBien à vous,")
    )
    result = analyse(message(body))
    assert result["kind"] == "human" and result["opt_out"] is True
    assert "Merci de ne plus me solliciter, je garde mon contrat actuel." in result["new_text"]
    # Without the text the firm stored, the request is hidden in what looks like the adviser's own words.
    assert analyse(message(body, sent=None))["opt_out"] is False


def test_a_line_added_under_the_signature_is_read() -> None:
    body = "Voir plus bas.\n\n" + quoted(
        SENT + "\nJe ne suis plus chez Ferrand & Fils, écrivez-moi à olivier@ferrand-conseil.example\n"
    )
    assert with_answers_in_quote("Voir plus bas.", body, SENT) == (
        "Voir plus bas.\n\nJe ne suis plus chez Ferrand & Fils, écrivez-moi à olivier@ferrand-conseil.example"
    )


REWRAPPED = """[EXTERNAL]

CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless
you recognize the sender and know the content is safe.

You don't often get email from hugo.marchetti@meridienne-patrimoine.example. Learn why this is important<https://aka.ms/LearnAboutSenderIdentification>

Bonjour Monsieur Ferrand,

Je reviens vers vous au sujet du transfert de votre
contrat d'assurance-vie. Pour avancer, j'aurais besoin
de deux éléments :
• votre relevé de situation au 31 décembre ;
• la copie de votre pièce d’identité.

Seriez-vous disponible pour un appel la semaine prochaine ?

Vous pouvez consulter notre note de frais sur https://www.meridienne-patrimoine.example/frais<https://www.meridienne-patrimoine.example/frais>

Bien à vous,

Hugo Marchetti
Ingénieur patrimonial
[cid:image001.png@01DB4A2C.5E3F9A10]
Méridienne Patrimoine
Tél. +33 4 65 71 20 30
"""


@pytest.mark.parametrize(
    "copy",
    [
        pytest.param(REWRAPPED, id="rewrapped, bullets, banners, links, image, phone re-formatted"),
        pytest.param(SENT.replace("Seriez-vous disponible pour un appel la semaine prochaine ?\n\n", ""), id="cut"),
        pytest.param(
            SENT.split("Bien à vous,")[0] + "[Message tronqué]  Afficher le message en entier\n", id="trimmed"
        ),
        pytest.param(
            SENT + "\nCe message est confidentiel et destiné exclusivement à son destinataire. Toute diffusion "
            "non autorisée est interdite.\n",
            id="a gateway's confidentiality notice",
        ),
    ],
)
def test_a_copy_that_mail_systems_changed_gains_no_typed_text(copy: str) -> None:
    body = "Merci, je regarde cela ce week-end.\n\nOlivier Ferrand\n\n" + quoted(copy)
    said = "Merci, je regarde cela ce week-end.\n\nOlivier Ferrand"
    assert with_answers_in_quote(said, body, SENT) == said


def test_a_quote_of_another_message_is_not_compared() -> None:
    """Olivier answered his notary's message, forwarded to him, not Hugo's: nothing in it is measured against Hugo's."""
    other = (
        "Cher Monsieur,\n\nVeuillez trouver ci-joint le projet d'acte pour la donation.\nMerci de le relire avant "
        "notre rendez-vous du 18.\n\nMaître Anne Delorme\nNotaire\n"
    )
    body = "Hugo, pour information.\n\n" + quoted(
        other.replace("du 18.\n", "du 18.\nJ'ai une question sur l'article 4.\n")
    )
    assert with_answers_in_quote("Hugo, pour information.", body, SENT) == "Hugo, pour information."


def test_answers_between_quote_marks_are_not_read_twice() -> None:
    """A Gmail reply: the answers already stand between the quoted lines, the comparison adds nothing."""
    lines = SENT.rstrip("\n").split("\n")
    at = lines.index("Seriez-vous disponible pour un appel la semaine prochaine ?")
    quote = [f"> {ln}" if ln else ">" for ln in lines]
    body = (
        "Le jeu. 10 déc. 2026 à 09:41, Hugo Marchetti <hugo.marchetti@meridienne-patrimoine.example> a écrit :\n"
        + "\n".join([*quote[: at + 1], "", "Oui, jeudi à 14 h.", "", *quote[at + 1 :]])
    )
    result = analyse(message(body))
    assert result["new_text"] == "Oui, jeudi à 14 h."


def test_only_the_start_of_a_long_quote_is_compared() -> None:
    """A quote of tens of thousands of words (a pasted log, a hostile message) is compared on its first thousand words
    only: what is typed under them is not looked for, and the cost stays that of a real message."""
    huge = "\n".join(f"ligne {n} du journal de transfert, statut inchangé" for n in range(4000))
    body = "Voir le journal.\n\n" + quoted(SENT + huge + "\nJe confirme.\n")
    assert with_answers_in_quote("Voir le journal.", body, SENT + huge) == "Voir le journal."


def test_typed_answers_stand_before_the_closing_so_that_the_intent_reads_them() -> None:
    """Above the quote, thanks and a full sign-off; inside it, the one answer that says what Olivier wants: a
    meeting. The answer is placed before "Cordialement," (what the intent reads stops at a closing)."""
    above = "Bonjour Hugo,\n\nMerci pour votre message.\n\nCordialement,\nOlivier Ferrand\nDirecteur financier"
    body = (
        above
        + "\n\n"
        + quoted(
            SENT.replace(
                "la semaine prochaine ?\n", "la semaine prochaine ?\nOui, appelez-moi mardi 15 décembre à 10 h.\n"
            )
        )
    )
    result = analyse(message(body))
    assert result["new_text"] == (
        "Bonjour Hugo,\n\nMerci pour votre message.\n\nOui, appelez-moi mardi 15 décembre à 10 h.\n\n"
        "Cordialement,\nOlivier Ferrand\nDirecteur financier"
    )
    intent = rules_intent(result["new_text"], "RE: Transfert de votre contrat", dt.date(2026, 12, 10))
    assert intent.label == "meeting_request"


@pytest.mark.parametrize(
    "banner",
    [
        "ATTENZIONE: messaggio proveniente da un mittente esterno. Prestare attenzione a link e allegati.",
        "AVISO: este mensaje procede de fuera de la organización. No abra enlaces ni adjuntos sospechosos.",
        "VORSICHT: Externe E-Mail. Öffnen Sie Links und Anhänge nur von bekannten Absendern.",
        "*** Message externe *** Prudence avec les liens et les pièces jointes de cet expéditeur.",
        "Vous n’obtenez pas souvent d’e-mail à partir de hugo.marchetti@meridienne-patrimoine.example. "
        "Pourquoi c’est important<https://aka.ms/LearnAboutSenderIdentification>",
        "This message was released from quarantine by its recipient, open links with care.",
    ],
)
def test_a_gateway_s_warning_in_the_copy_is_no_answer_in_any_language(banner: str) -> None:
    body = "Merci, bien reçu.\n\n" + quoted(banner + "\n\n" + SENT)
    assert with_answers_in_quote("Merci, bien reçu.", body, SENT) == "Merci, bien reçu."


def test_what_apple_mail_and_footers_leave_in_a_copy_is_no_answer() -> None:
    copy = (
        SENT.replace("Tél. 04 65 71 20 30", "Tél. 04 65 71 20 30 <tel:+33465712030>")
        + "<image002.jpg>\n\nMerci de penser à l’environnement avant d’imprimer ce courriel.\n"
        "Ce courriel et ses pièces jointes sont confidentiels et réservés à leurs destinataires.\n"
    )
    body = "Parfait.\n\n" + quoted(copy)
    assert with_answers_in_quote("Parfait.", body, SENT) == "Parfait."


def test_an_answer_that_repeats_the_last_word_of_the_question_is_read_whole() -> None:
    """ "…par chèque ou par virement ?" then "Virement." on the next line, the longer part of the message below: the
    question keeps its own word, the answer is the line."""
    sent = SENT.replace(
        "Je reviens vers vous au sujet du transfert de votre contrat d'assurance-vie.\n",
        "Préférez-vous régler les frais par chèque ou par virement ?\n",
    )
    body = quoted(sent.replace("par virement ?\n", "par virement ?\nVirement.\n"))
    assert with_answers_in_quote("", body, sent) == "Virement."


def test_an_arrow_that_points_at_a_choice_stays_with_it() -> None:
    sent = SENT.replace(
        "Seriez-vous disponible pour un appel la semaine prochaine ?",
        "Quel créneau vous convient ?\n- mardi 15 à 9 h\n- jeudi 17 à 14 h\n- vendredi 18 à 11 h",
    )
    body = quoted(sent.replace("- jeudi 17 à 14 h", "- jeudi 17 à 14 h   <-- celui-ci"))
    assert with_answers_in_quote("", body, sent) == "<-- celui-ci"


def test_a_number_typed_as_an_answer_is_kept() -> None:
    sent = SENT.replace(
        "Seriez-vous disponible pour un appel la semaine prochaine ?", "Quel est votre numéro de portable ?"
    )
    body = quoted(sent.replace("portable ?\n", "portable ?\n06 39 98 11 22\n"))
    assert with_answers_in_quote("", body, sent) == "06 39 98 11 22"


def test_the_same_short_answer_under_two_questions_is_read_twice() -> None:
    """Gmail: the first "Non." stands right under a quoted line, where a re-wrapped end would; the stored text says
    it is not the question's."""
    questions = "1. Avez-vous changé d'adresse ?\n2. Avez-vous changé d'employeur ?\n3. Attendez-vous un héritage ?"
    sent = SENT.replace("Seriez-vous disponible pour un appel la semaine prochaine ?", questions)
    lines = sent.rstrip("\n").split("\n")
    quote: list[str] = []
    for ln in lines:
        quote.append(f"> {ln}" if ln else ">")
        if ln.startswith(("1.", "3.")):
            quote.append("Non.")
        if ln.startswith("2."):
            quote.append("Oui, depuis le 1er septembre.")
    body = (
        "Le jeu. 10 déc. 2026 à 09:41, Hugo Marchetti <hugo.marchetti@meridienne-patrimoine.example> a écrit :\n"
        + "\n".join(quote)
    )
    assert sorted(analyse(message(body))["new_text"].split("\n")) == sorted(
        ["Non.", "Oui, depuis le 1er septembre.", "Non."]
    )


def test_nothing_written_above_an_outlook_header_leaves_only_the_answers() -> None:
    """The reply starts with the adviser's quoted header, and Olivier signs his answers inside the quote: the copy
    read as a block he pasted and signed, all of it his. With the stored text, only what he typed remains."""
    body = quoted(
        SENT.replace("- votre relevé de situation au 31 décembre ;\n", "- votre relevé de situation au 31 décembre ;\n"
                     "Je l'ai demandé à l'assureur, vous l'aurez lundi.\n\nOlivier\n")
    )  # fmt: skip
    result = analyse(message(body))
    assert result["new_text"] == "Je l'ai demandé à l'assureur, vous l'aurez lundi.\n\nOlivier"


def test_a_plain_text_quote_whose_lines_the_client_wrapped_is_not_new_text() -> None:
    long_line = (
        "Je reviens vers vous au sujet du transfert de votre contrat d'assurance-vie, que nous avions évoqué lors "
        "de notre dernier rendez-vous à Lyon."
    )
    sent = SENT.replace("Je reviens vers vous au sujet du transfert de votre contrat d'assurance-vie.", long_line)
    wrapped = "\n".join(
        f"> {ln}" if len(ln) <= 70 else f"> {ln[:70].rsplit(' ', 1)[0]}\n{ln[len(ln[:70].rsplit(' ', 1)[0]) + 1 :]}"
        for ln in sent.rstrip("\n").split("\n")
    )
    body = (
        "C'est noté, je vous envoie tout cela.\n\nOlivier\n\n>\n> -----Message d'origine-----\n"
        + "\n".join(f"> {ln}" for ln in HEADER.rstrip("\n").split("\n"))
        + "\n>\n"
        + wrapped
    )
    assert analyse(message(body, sent=sent))["new_text"] == "C'est noté, je vous envoie tout cela.\n\nOlivier"


@pytest.mark.parametrize(
    "answer",
    [
        "Le destinataire du virement sera mon fils, je vous envoie son RIB.",
        "Je suis à l'extérieur toute la semaine : écrivez plutôt un e-mail à mon assistante.",
        "I'm working outside the office until Friday, so my email replies will be slow.",
    ],
)
def test_an_answer_that_uses_a_gateway_s_or_a_notice_s_words_is_still_an_answer(answer: str) -> None:
    body = quoted(SENT.replace("la semaine prochaine ?\n", f"la semaine prochaine ?\n{answer}\n"))
    assert with_answers_in_quote("", body, SENT) == answer


GATEWAY_DISCLAIMER = """AVERTISSEMENT – HINWEIS – DISCLAIMER
Ce message et ses annexes sont confidentiels et réservés à leurs destinataires. Si vous l'avez reçu par erreur,
merci d'en informer l'expéditeur et de le détruire.

Diese Nachricht ist vertraulich und nur für den Empfänger bestimmt. Sollten Sie sie irrtümlich erhalten haben,
benachrichtigen Sie bitte den Absender und löschen Sie sie.

Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Hebt u het per vergissing ontvangen,
verwittig dan de afzender en vernietig het.

Méridienne Patrimoine SAS – 12 quai de Bondy, 69005 Lyon – RCS Lyon 555 010 420 – TVA FR55 555010420

P Pensez à l'environnement avant d'imprimer ce message.
"""


def test_a_long_disclaimer_the_firm_s_gateway_added_does_not_hide_the_answers() -> None:
    """The firm's outbound gateway appends a disclaimer in three languages: it is in the client's copy, never in what
    the firm stored, and outweighs the adviser's short message. The answers are still read, the disclaimer is not."""
    short = "Bonjour,\n\nVotre nouvelle adresse est-elle définitive ?\n\nHugo Marchetti\n"
    copy = short.replace("définitive ?\n", "définitive ?\nOui, depuis le 1er février.\n") + "\n" + GATEWAY_DISCLAIMER
    body = quoted(copy)
    assert with_answers_in_quote("", body, short) == "Oui, depuis le 1er février."


@pytest.mark.parametrize(
    "line",
    [
        "U ontvangt niet vaak e-mail van hugo.marchetti@meridienne-patrimoine.example. Ontdek waarom dit belangrijk is",
        "Sie erhalten nicht oft eine E-Mail von hugo.marchetti@meridienne-patrimoine.example.",
        "LET OP: deze e-mail komt van buiten de organisatie. Open geen bijlagen van onbekende afzenders.",
        "Ferrand Conseil B.V. – KvK 55501234 – Denk aan het milieu voordat u deze e-mail print.",
    ],
)
def test_what_dutch_and_german_gateways_write_into_a_copy_is_no_answer(line: str) -> None:
    body = "Dank u.\n\n" + quoted(line + "\n\n" + SENT)
    assert with_answers_in_quote("Dank u.", body, SENT) == "Dank u."


def test_in_a_reply_all_the_colleague_s_message_above_the_firm_s_is_not_typed_text() -> None:
    """Olivier answers his accountant's reply-all; under her message and its header comes Hugo's, with Olivier's own
    answer typed inside it. Her message is not what Olivier typed."""
    accountant = (
        "Monsieur Marchetti, Monsieur Ferrand,\n\nPour le relevé, je vous l'envoie demain.\n\nSophie Lenoir\n"
        "Expert-comptable\n\n"
        "De : Hugo Marchetti <hugo.marchetti@meridienne-patrimoine.example>\nEnvoyé : jeudi 10 décembre 2026 09:41\n"
        "À : Olivier Ferrand <o.ferrand@fibre.example>\nCc : Sophie Lenoir <s.lenoir@cabinet-lenoir.example>\n"
        "Objet : Transfert de votre contrat\n\n"
    )
    copy = accountant + SENT.replace("la semaine prochaine ?\n", "la semaine prochaine ?\nMardi, après 16 h.\n")
    body = (
        "Merci Sophie.\n\nDe : Sophie Lenoir <s.lenoir@cabinet-lenoir.example>\nEnvoyé : jeudi 10 décembre 2026 "
        "11:02\nÀ : Olivier Ferrand <o.ferrand@fibre.example>\nObjet : RE: Transfert de votre contrat\n\n" + copy
    )
    assert with_answers_in_quote("Merci Sophie.", body, SENT) == "Merci Sophie.\n\nMardi, après 16 h."


def test_under_the_firm_s_signature_a_sentence_and_its_sign_off_are_typed_a_company_line_is_not() -> None:
    copy = (
        SENT
        + "\nMerci pour votre suivi, je vous rappelle lundi.\nO. Ferrand\n\n"
        + "Ferrand & Fils SARL | 3 chemin du Lac | 74290 Talloires\n"
    )
    body = quoted(copy)
    assert with_answers_in_quote("", body, SENT) == "Merci pour votre suivi, je vous rappelle lundi.\nO. Ferrand"


def _outlook_html(own: list[str], quote_lines: list[str]) -> str:
    """An Outlook reply sent as HTML alone: the author's paragraphs, then Outlook's header and the quoted copy."""
    paragraphs = "".join(f"<p class=MsoNormal>{line}<o:p></o:p></p>\n" for line in quote_lines)
    return (
        "<html><body><div class=WordSection1>"
        + "".join(f"<p class=MsoNormal>{line}<o:p></o:p></p>\n" for line in own)
        + "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
        "<p class=MsoNormal><b>De&nbsp;:</b> Hugo Marchetti &lt;hugo.marchetti@meridienne-patrimoine.example&gt;<br>"
        "<b>Envoyé&nbsp;:</b> jeudi 10 décembre 2026 09:41<br><b>À&nbsp;:</b> Olivier Ferrand<br>"
        "<b>Objet&nbsp;:</b> Transfert de votre contrat</p></div>\n" + paragraphs + "</div></body></html>"
    )


def test_an_html_only_reply_is_compared_with_the_stored_text_through_its_quote() -> None:
    """A reply sent as HTML alone is read up to its quote container; the comparison reads the quote in the HTML."""
    quote = SENT.replace(
        "- la copie de votre pièce d'identité.\n",
        "- la copie de votre pièce d'identité.\nC'est parti par La Poste ce matin.\n",
    )
    msg = message("")
    msg["body_html"] = _outlook_html(["Bonjour,", "Olivier"], quote.split("\n"))
    result = analyse(msg)
    assert "C'est parti par La Poste ce matin." in result["new_text"]
    assert "Seriez-vous disponible" not in result["new_text"]


@pytest.mark.parametrize(
    "pointer",
    [
        "Réponses marquées [OF] ci-dessous.",
        "Meine Antworten habe ich mit [OF] gekennzeichnet.",
        "Risposte contrassegnate con [OF].",
        "Mijn antwoorden met [OF] gemarkeerd.",
    ],
)
def test_an_html_only_reply_that_points_to_answers_marked_inside_its_quote_is_read_whole(pointer: str) -> None:
    """Outlook sends HTML alone; "answers marked [OF] below" points into the quote, which is then read too."""
    quote = SENT.replace(
        "- votre relevé de situation au 31 décembre ;\n",
        "- votre relevé de situation au 31 décembre ;\n[OF] Demandé à l'assureur hier.\n",
    ).replace(
        "Seriez-vous disponible pour un appel la semaine prochaine ?\n",
        "Seriez-vous disponible pour un appel la semaine prochaine ?\n[OF] Mardi après 17 h.\n",
    )
    msg = message("", sent=None)
    msg["body_html"] = _outlook_html(["Bonjour,", pointer, "Olivier"], quote.split("\n"))
    new = analyse(msg)["new_text"]
    assert "[OF] Demandé à l'assureur hier." in new and "[OF] Mardi après 17 h." in new
    assert "Pour avancer" not in new
    # without the pointer, the quote stays the adviser's
    msg["body_html"] = _outlook_html(["Bonjour,", "Olivier"], quote.split("\n"))
    assert "[OF]" not in analyse(msg)["new_text"]


@pytest.mark.parametrize(
    ("tail", "typed"),
    [
        # Nothing typed above the quote: a reply posted under it in a few words is the reply.
        ("Remove me.", "Remove me."),
        ("non merci. bonne journée", "non merci. bonne journée"),
        # ... but a name, a company's line or a bare word under the signature is no reply.
        ("O. Ferrand", ""),
        ("Ferrand & Fils SARL", ""),
        ("Ferrand & Fils S.A. – 3, chemin du Lac, Talloires", ""),
    ],
)
def test_a_reply_posted_in_a_few_words_under_the_quote_with_nothing_above_is_typed(tail: str, typed: str) -> None:
    body = quoted(SENT + "\n" + tail + "\n")
    assert with_answers_in_quote("", body, SENT) == typed


def test_a_few_words_under_the_quote_are_no_reply_when_the_author_wrote_above_it() -> None:
    body = "Merci, je regarde.\n\n" + quoted(SENT + "\nFerrand. fibre.\n")
    assert with_answers_in_quote("Merci, je regarde.", body, SENT) == "Merci, je regarde."
