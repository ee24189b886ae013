"""R6: automatic replies never count as answers; list mail is not a person's reply (R5)."""

from __future__ import annotations

from typing import Any

import pytest

from relance.analysis import analyse, analyse_email


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({"auto-submitted": "auto-replied"}, "header:auto-submitted"),
        ({"auto-submitted": "auto-replied (zimbra; vacation)"}, "header:auto-submitted"),
        ({"auto-submitted": "auto-generated"}, "header:auto-submitted"),
        ({"x-autoreply": "yes"}, "header:x-autoreply"),
        ({"x-autorespond": "Proposal"}, "header:x-autorespond"),
        ({"precedence": "auto_reply"}, "header:precedence"),
        ({"x-apple-action": "vacation"}, "header:x-apple-action"),
        ({"x-ms-exchange-inbox-rules-loop": "jane@contoso.com"}, "header:x-ms-exchange-inbox-rules-loop"),
    ],
)
def test_r6_auto_reply_headers_mark_an_automatic_reply(make_message: Any, headers: dict[str, str], reason: str) -> None:
    result = analyse(make_message(subject="Re: Proposal", body="Thanks for your message.", headers=headers))
    assert result["kind"] == "auto_reply"
    assert result["auto_reply"]["reason"] == reason
    assert result["opt_out"] is False


def test_r5_auto_submitted_no_is_a_person(make_message: Any) -> None:
    result = analyse(make_message(headers={"auto-submitted": "no"}))
    assert result["kind"] == "human"


def test_r5_x_auto_response_suppress_alone_proves_nothing(make_message: Any) -> None:
    result = analyse(make_message(headers={"x-auto-response-suppress": "All"}, body="Yes, Tuesday works."))
    assert result["kind"] == "human"
    assert result["auto_reply"] is None


@pytest.mark.parametrize(
    "subject",
    [
        "Automatic reply: Proposal",
        "Out of Office: Proposal",
        "Out of the office until Monday",
        "AUTO: Rachel Green is out of the office (returning 03/17/2025)",
        "Réponse automatique : Proposition de partenariat",
        "Absent du bureau : Devis",
        "Message d'absence",
        "[Out of Office] Proposal",
    ],
)
def test_r6_out_of_office_subjects_in_english_and_french(make_message: Any, subject: str) -> None:
    result = analyse(make_message(subject=subject, body="I'm away, back soon."))
    assert result["kind"] == "auto_reply"
    assert result["auto_reply"]["reason"] == "subject"


@pytest.mark.parametrize(
    "subject",
    [
        "Afwezig: Re: Planning",  # a GroupWise rule in Dutch, no automatic header at all
        "Automatisch antwoord: Offerte",
        "Abwesend: Angebot",
        "Fuori ufficio: Offerta",
        "Fuera de la oficina: Propuesta",
        "Resposta automática: Proposta",
        "Odpowiedź automatyczna: Oferta",
        "Nieobecność: Oferta",
    ],
)
def test_r6_out_of_office_subjects_in_the_other_languages_a_firm_meets(make_message: Any, subject: str) -> None:
    result = analyse(make_message(subject=subject, body="Ik ben afwezig tot en met 6 januari."))
    assert result["kind"] == "auto_reply"
    assert result["auto_reply"]["reason"] == "subject"


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Automatic reply settings for your team",
        "RE : Absence de réponse",
        "Re: Out of office policy",
        "Re: Afwezig tijdens de vakantie?",
        "AW: Abwesenheitsvertretung",
        "Assenteismo: la vostra soluzione",
    ],
)
def test_r5_reply_whose_subject_mentions_absence_is_a_person(make_message: Any, subject: str) -> None:
    assert analyse(make_message(subject=subject, body="Yes, send me the one-pager."))["kind"] == "human"


def test_r6_body_that_says_it_is_automatic(make_message: Any) -> None:
    body = "Ceci est un message automatique.\n\nJe suis en vacances jusqu'au 1er juillet."
    result = analyse(make_message(subject="RE : Suite", body=body, sent_at="2025-06-10T14:05:00+02:00"))
    assert result["kind"] == "auto_reply"
    assert result["auto_reply"] == {"until": "2025-07-01", "reason": "body"}


@pytest.mark.parametrize(
    "body",
    [
        "I'm out of the office until Thursday but wanted to say yes — let's do the call on Friday.",
        "Je suis en congés jusqu'au 10, je regarde votre devis à mon retour.",
        "Sorry, my auto-reply must have confused you. Yes, we're interested.",
    ],
)
def test_r5_person_mentioning_absence_is_still_an_answer(make_message: Any, body: str) -> None:
    result = analyse(make_message(body=body))
    assert result["kind"] == "human"


@pytest.mark.parametrize(
    "headers",
    [
        {"list-id": "<sales-team.acme.com>"},
        {"list-unsubscribe": "<https://news.example.com/u?x=1>"},
        {"auto-submitted": "auto-generated", "list-unsubscribe": "<https://jira.example.com/unsub>"},
    ],
)
def test_r5_list_and_newsletter_mail_is_not_a_reply(make_message: Any, headers: dict[str, str]) -> None:
    result = analyse(make_message(subject="Out of office season: 5 tips", body="Unsubscribe here", headers=headers))
    assert result["kind"] == "list"
    assert result["opt_out"] is False


def test_r5_bulk_precedence_alone_is_list_mail(make_message: Any) -> None:
    result = analyse(
        make_message(subject="What's new in December", body="Stop guessing.", headers={"precedence": "bulk"})
    )
    assert result["kind"] == "list"


def test_r6_bulk_precedence_with_an_out_of_office_subject_is_an_old_vacation_program(make_message: Any) -> None:
    message = make_message(subject="Out of office", body="Away until 9 December.", headers={"precedence": "bulk"})
    result = analyse(message)
    assert result["kind"] == "auto_reply"
    assert result["auto_reply"] == {"until": "2024-12-09", "reason": "subject"}


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Hello,\n\nWe have received your request and a ticket (#77120) has been created. An agent will reply "
         "within one business day.\n\nHelp Centre", "auto_reply"),
        ("Bonjour,\n\nVotre demande n° 5521 a bien été enregistrée. Un conseiller vous répondra sous 48 h.",
         "auto_reply"),
        # a newsletter in bulk that mentions tickets acknowledges nothing
        ("This month: how our support team cut ticket times by half.", "list"),
    ],
)  # fmt: skip
def test_r6_a_help_desks_acknowledgement_in_bulk_is_an_automatic_answer(
    make_message: Any, body: str, kind: str
) -> None:
    # A help desk sends its acknowledgement with bulk precedence and no list header: it answers the message (R6:
    # it never stops tracking), it is not list mail.
    result = analyse(make_message(subject="Request received [#77120]", body=body, headers={"precedence": "bulk"}))
    assert result["kind"] == kind


def test_r6_read_receipt_is_not_an_answer(make_message: Any) -> None:
    headers = {"content-type": 'multipart/report; report-type="disposition-notification"; boundary="b"'}
    result = analyse(make_message(subject="Read: Proposal", body="Your message was read.", headers=headers))
    assert result["kind"] == "auto_reply"


@pytest.mark.parametrize(
    "subject",
    [
        "Re: July FT nominations - Out of the Office",  # GroupWise
        "Dana Whitcombe/HOU/SHE is out of the office.",  # Lotus Notes
        "Marie Dupont est absente du bureau",
        "AW: Angebot - Abwesend",
        # Lotus Notes' own subject, in the languages of its other clients
        "[EXTERNAL] Jean Morel est absent(e) du bureau.",
        "Giulia Conti è fuori ufficio.",
        "Álvaro Gil está fuera de la oficina",
        "Rita Lopes está fora do escritório.",
    ],
)
def test_r6_an_out_of_office_notice_named_at_the_end_of_the_subject(make_message: Any, subject: str) -> None:
    result = analyse(make_message(subject=subject, body="I am out of the office until 7/8/2002.", headers={}))
    assert result["kind"] == "auto_reply"


@pytest.mark.parametrize(
    "subject", ["Re: Who is absent", "Re: Sarah is on holiday", "Re: Why is John out of the office?"]
)
def test_r6_a_person_asking_about_an_absence_in_the_subject_writes_a_reply(make_message: Any, subject: str) -> None:
    assert analyse(make_message(subject=subject, body="Can we still meet?", headers={}))["kind"] == "human"


def test_r6_a_helpdesks_acknowledgement_with_bulk_precedence_is_an_automatic_answer(make_message: Any) -> None:
    headers = {"precedence": "bulk", "auto-submitted": "auto-generated"}
    body = "We've received your request (#48213) and will get back to you within one business day."
    result = analyse(make_message(subject="[Lanyard] Re: Client referral", body=body, headers=headers))
    assert result["kind"] == "auto_reply"
    with_list = {**headers, "list-id": "<support.lanyard.example>"}
    assert (
        analyse(make_message(subject="[Lanyard] Re: Client referral", body=body, headers=with_list))["kind"] == "list"
    )


def test_a_french_help_desk_acknowledgement_without_headers_is_an_automatic_reply() -> None:
    raw = (
        "From: Quintal Logiciels <support@quintal.example>\nTo: Sandrine <s@orvanne.example>\n"
        "Subject: [Quintal] Re: Export impossible\nDate: Thu, 26 Nov 2026 11:41:33 +0100\n"
        "Message-ID: <a@zendesk.example>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "##- Veuillez répondre au-dessus de cette ligne -##\n\n"
        "Votre demande (4521) a bien été reçue et est en cours d'examen par notre équipe d'assistance.\n\n"
        "Pour ajouter des commentaires, répondez simplement à cet e-mail.\n\n--------------------------------\n\n"
        "Ce courriel est un service de Quintal Logiciels.\n\nFourni par Zendesk\n\n[4K7QZP-2M3R]\n"
    )
    result = analyse_email(raw.encode())
    assert result["kind"] == "auto_reply"
    assert result["new_text"].startswith("Votre demande (4521) a bien été reçue")
    # The same help desk's notification of an agent's answer is a person's message.
    answer = raw.replace(
        "Votre demande (4521) a bien été reçue et est en cours d'examen par notre équipe d'assistance.\n\n"
        "Pour ajouter des commentaires, répondez simplement à cet e-mail.\n\n--------------------------------\n\n"
        "Ce courriel est un service de Quintal Logiciels.\n\nFourni par Zendesk\n\n[4K7QZP-2M3R]\n",
        "Votre demande (4521) a été mise à jour.\n\n--------------------------------\n\nAurélie (Quintal)\n\n"
        "30 nov. 2026 à 10:40 UTC+1\n\nLe correctif est en ligne.\n",
    )
    assert analyse_email(answer.encode())["kind"] == "human"


def _desk_mail(headers: str, body: str) -> bytes:
    return (
        "From: Custody Desk <custody@desk.example>\nTo: Anne <anne@orvanne.example>\n"
        "Subject: CS0012345 - Statement missing\nDate: Tue, 12 Jan 2027 10:05:00 +0100\n"
        f"Message-ID: <n1@desk.example>\n{headers}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}"
    ).encode()


JIRA_COMMENT = (
    "—-—-—-—\n\nReply above this line.\n\nLea Hoffmann commented:\n\nHi Anne,\n\nThe corrected file is in the portal; "
    "please submit it again before Friday.\n\nRegards,\nLea\n\nView request · Turn off this request's notifications\n\n"
    "This is shared with Anne Morel.\n\nReporting Desk, powered by Jira Service Management\n"
)
SNOW_COMMENT = (
    "Dear Anne Morel,\n\nYour case CS0012345 has been updated with the following comments:\n\n"
    "2027-01-12 09:58:31 CET - Rui Costa (Additional comments)\n\nHello Anne,\n\nThe statement was held by a "
    "sanctions check; it is released and will reach you tonight.\n\nRui Costa\nCustody Operations\n\n"
    "Click here to view case CS0012345\n\nThank you,\nCustody Desk\n\nRef:MSG0012399_aB3dE5fG7h\n\n"
    "2027-01-11 17:02:10 CET - Anne Morel (Additional comments)\n\nWhere is the statement of 8 January?\n"
)


@pytest.mark.parametrize(
    ("headers", "body", "said"),
    [
        (
            "Auto-Submitted: auto-generated\nX-JIRA-FingerPrint: 0a1b2c\n",
            JIRA_COMMENT,
            "Hi Anne,\n\nThe corrected file is in the portal; please submit it again before Friday.\n\nRegards,\nLea",
        ),
        (
            "X-ServiceNow-Source: Notification-9f8e7d\n",
            SNOW_COMMENT,
            "Hello Anne,\n\nThe statement was held by a sanctions check; it is released and will reach you tonight."
            "\n\nRui Costa\nCustody Operations",
        ),
    ],
)
def test_r5_an_agents_comment_relayed_by_a_help_desk_is_a_persons_answer(headers: str, body: str, said: str) -> None:
    """R5: an agent's answer is an answer, though the help desk marks it as generated; its new text is the comment,
    without the notification's template around it nor the older entries under it."""
    result = analyse_email(_desk_mail(headers, body))
    assert result["kind"] == "human"
    assert result["new_text"] == said


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        (
            "Auto-Submitted: auto-generated\nX-JIRA-FingerPrint: 0a1b2c\n",
            "—-—-—-—\n\nReply above this line.\n\nHi Anne Morel,\n\nWe've received your request and a member of our "
            "team will be in touch within two business days.\n\nView request · Turn off this request's notifications\n",
        ),
        (
            "X-ServiceNow-Source: Notification-9f8e7d\n",
            "Dear Anne Morel,\n\nThank you for contacting the Custody Desk. Case CS0012345 has been opened for you.\n\n"
            "We aim to respond within 4 business hours.\n\nThank you,\nCustody Desk\n\nRef:MSG0012398_aB3dE5fG7h\n",
        ),
    ],
)
def test_r6_a_help_desks_acknowledgement_is_automatic_without_a_reply_mark(headers: str, body: str) -> None:
    """An acknowledgement from a help-desk product is automatic, by what it says, with or without its reply mark."""
    assert analyse_email(_desk_mail(headers, body))["kind"] == "auto_reply"


def test_r5_a_zendesk_comment_in_another_language_is_a_persons_answer_without_its_attachments_list() -> None:
    """Zendesk writes its reply mark in the agent's language and marks every notification as generated: the
    comment is still an answer, and the list of files under it is not part of it."""
    body = (
        "##- Scriva la sua risposta sopra questa riga -##\n\nLa sua richiesta (7731) è stata aggiornata.\n\n"
        "----------------------------------------------\n\nMarco Bassi (Banca Esempio)\n\n3 feb 2027, 10:12 CET\n\n"
        "Buongiorno,\n\nin allegato l'estratto conto richiesto.\n\nCordiali saluti\n\nAllegati\n\nestratto_2026.pdf\n\n"
        "----------------------------------------------\n\nQuesta e-mail è un servizio di Banca Esempio.\n"
    )
    result = analyse_email(_desk_mail("Auto-Submitted: auto-generated\nX-Mailer: Zendesk Mailer\n", body))
    assert result["kind"] == "human"
    assert result["new_text"] == "Buongiorno,\n\nin allegato l'estratto conto richiesto.\n\nCordiali saluti"


def test_r6_salesforce_email_to_case_acknowledgement_is_automatic_a_users_mail_through_salesforce_is_not() -> None:
    """Salesforce marks neither as generated: its case's thread token in the subject tells Email-to-Case's
    acknowledgement from mail a user sends through Salesforce, which a person wrote."""
    ack = (
        "Thank you for contacting Pinecrest Custody.\n\nYour request has been received and assigned case number "
        "00912. Someone will respond within one business day.\n"
    )
    case = _desk_mail("X-SFDC-LK: 00D5e000001AbCd\nX-Mailer: Salesforce Email\n", ack).replace(
        b"Subject: CS0012345 - Statement missing", b"Subject: Case 00912: transfer [ ref:_00D5e1AbC._500Xy9:ref ]"
    )
    assert analyse_email(case)["kind"] == "auto_reply"
    person = _desk_mail(
        "X-SFDC-LK: 00D5e000001AbCd\nX-Mailer: Salesforce Email\n",
        "Hi Anne,\n\nYour request has been received on our side; I'll call you at 3pm to go through it.\n\nTom\n",
    )
    assert analyse_email(person)["kind"] == "human"


# Machine mail that says nothing of itself in its headers (tests/test_machine_mail_blind.py found each).

NOTES_RECEIPTS = [
    "Your          Proposition de gestion\ndocument:\n\nwas           Bertrand Morel/GROUPE-MOREL\nreceived by:\n\n"
    "at:           07/01/2030 09:12:33\n",
    "Votre document : Proposition de gestion\na été reçu par : Bertrand Morel/GROUPE-MOREL\nle : 07/01/2030 09:12\n",
    "Ihr Dokument: Vermögensvorschlag\nwurde empfangen von: Bertram Moll/MOLL-GRUPPE\nam: 07.01.2030 09:12:33\n",
]


@pytest.mark.parametrize("body", NOTES_RECEIPTS)
def test_r5_a_lotus_notes_return_receipt_is_no_answer(make_message: Any, body: str) -> None:
    result = analyse(make_message(subject="Return Receipt", body=body))
    assert result["kind"] == "auto_reply" and result["auto_reply"]["reason"] == "receipt"


def test_r5_a_person_who_writes_of_a_document_received_is_an_answer(make_message: Any) -> None:
    body = (
        "Bonjour Alice,\n\nVotre document : bien reçu, merci. Il a été relu par notre juriste, qui a reçu par ailleurs "
        "l'accord de M. Morel. Rendez-vous le 14 à : 10h ?\n\nBertrand"
    )
    assert analyse(make_message(subject="Re: Proposition", body=body))["kind"] == "human"


@pytest.mark.parametrize(
    "subject",
    [
        "[Ticket#48213] Accusé de réception : Acte de donation",
        "[#48213] Your request has been received",
        "Ticket #48213 - Transfert PER",
        "[Demande n° 48213] Transfert du contrat",
        "Re: Transfert PER [Case 00048213]",
    ],
)
def test_r6_an_acknowledgement_under_a_tickets_token_is_automatic_without_any_header(
    make_message: Any, subject: str
) -> None:
    body = "Bonjour,\n\nVotre demande a bien été enregistrée sous le numéro #48213.\n\nL'accueil de l'Étude"
    result = analyse(make_message(subject=subject, body=body))
    assert result["kind"] == "auto_reply" and result["auto_reply"]["reason"] == "helpdesk acknowledgement"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # the agent's answer under the same token: no acknowledgement in it
        ("[Ticket#48213] RE: Acte de donation", "Maître Lenoir vous propose une signature le 28 janvier à 14h30."),
        # an acknowledgement without a ticket's token, from a person: an answer (R5)
        ("Re: Acte de donation", "Bonjour, votre demande a bien été transmise à Maître Lenoir. Bien à vous, Nathalie"),
        # a number in brackets that is no ticket's
        ("Re: Rapport [2030] et dossier 48213", "Votre demande a bien été enregistrée, je vous rappelle demain."),
    ],
)
def test_r5_a_person_under_a_tickets_token_or_without_one_is_an_answer(
    make_message: Any, subject: str, body: str
) -> None:
    assert analyse(make_message(subject=subject, body=body))["kind"] == "human"


@pytest.mark.parametrize(
    "body",
    [
        "I apologize for this automatic reply to your email. To control spam, please confirm you are human to deliver "
        "your message: https://verify.example/c/9f8e",
        "Bonjour,\nVotre message est en attente. Merci de confirmer que vous êtes un humain en cliquant sur ce lien : "
        "https://protect.example/v?c=8Y",
        "To prevent spam, please verify that you are a real person: https://verify.example/c/1",
    ],
)
def test_r6_a_challenge_response_filter_from_the_persons_address_is_automatic(make_message: Any, body: str) -> None:
    assert analyse(make_message(subject="Re: Proposal [please verify]", body=body))["kind"] == "auto_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Yes, I am human and I read your proposal: Tuesday works. Can you confirm you are free at 10?",
        # a person answering the follow-up itself, or apologising for their own absence notice
        "Thanks for this automated message: yes, I am interested, call me on Thursday.",
        "Sorry for the automatic reply, I am back now. Yes, let's meet on Tuesday.",
        "Désolé pour cette réponse automatique, je suis rentré : mardi me convient.",
    ],
)
def test_r5_a_person_who_mentions_automation_or_being_human_is_an_answer(make_message: Any, body: str) -> None:
    assert analyse(make_message(subject="Re: Proposal", body=body))["kind"] == "human"


ZENDESK_UNRULED = (
    "##- Please type your reply above this line -##\n\n"
    "Your request (48213) has been updated. To add additional comments, reply to this email.\n\n"
    "Julie Besson (Assurvie)\n\nJan 7, 2030, 14:00 UTC\n\n"
    "Hello Ms Martin,\n\nThe transfer file is complete; the PER contract moves within two weeks.\n\n"
    "Kind regards,\nJulie Besson\n\n"
    "Alice Martin\n\nJan 7, 2030, 08:00 UTC\n\n"
    "Hello, could you confirm you received the transfer file? Thanks, Alice\n\n"
    "This email is a service from Assurvie.\n"
)


def test_r5_a_zendesk_comment_without_its_rules_is_the_agents_answer(make_message: Any) -> None:
    result = analyse(
        make_message(
            subject="[Assurvie] Re: Transfer of Mr Morel's PER contract",
            body=ZENDESK_UNRULED,
            headers={"auto-submitted": "auto-generated", "x-zendesk-from-account-id": "1a2b3c4"},
        )
    )
    assert result["kind"] == "human"
    assert "transfer file is complete" in result["new_text"] and "could you confirm" not in result["new_text"]


def test_r6_a_zendesk_acknowledgement_without_its_rules_stays_automatic(make_message: Any) -> None:
    body = (
        "##- Please type your reply above this line -##\n\nHello Alice Martin,\n\n"
        "Your request (48213) has been received and is being reviewed by our support staff.\n\n"
        "To add additional comments, reply to this email.\n\nThis email is a service from Assurvie.\n"
    )
    result = analyse(
        make_message(
            subject="[Assurvie] Request received: Transfer",
            body=body,
            headers={"auto-submitted": "auto-replied", "x-zendesk-from-account-id": "1a2b3c4"},
        )
    )
    assert result["kind"] == "auto_reply"


def test_r6_a_notice_quoted_under_a_bare_heading_gives_its_return_date(make_message: Any) -> None:
    """Some servers write "Automatic reply" and quote the notice above the original message: the return date is the
    quoted notice's, so R6 holds the follow-up (read as "Automatic reply" alone, the notice named no date)."""
    body = (
        "Automatic reply\n\n"
        "> Jordan Ellis is out of the office until 9 December.\n"
        "> Your message has not been forwarded. For anything urgent, please contact office@acme.com.\n\n"
        "-----Original Message-----\n"
        "From: Alex Turner <alex@northwind-sales.com>\n"
        "Sent: Monday, 2 December 2024 09:12\n"
        "To: Jordan Ellis <jordan@acme.com>\n"
        "Subject: Proposal\n\n"
        "Dear Jordan,\n\nshall we meet on 20 December?\n\nBest regards,\nAlex\n"
    )
    result = analyse(
        make_message(subject="Automatic reply: Proposal", body=body, headers={"auto-submitted": "auto-replied"})
    )
    assert result["kind"] == "auto_reply"
    assert result["auto_reply"]["until"] == "2024-12-09"


def test_r6_a_quote_with_no_original_header_after_it_is_no_notice(make_message: Any) -> None:
    """Quoted lines that run to the end are the original itself, quoted: its dates are the user's, not a return."""
    body = "Automatic reply\n\n> Dear Jordan,\n> shall we meet on 20 December?\n> Alex\n"
    result = analyse(
        make_message(subject="Automatic reply: Proposal", body=body, headers={"auto-submitted": "auto-replied"})
    )
    assert result["kind"] == "auto_reply"
    assert result["auto_reply"]["until"] is None
