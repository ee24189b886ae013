"""R7: delivery status notifications, permanent versus temporary per recipient, and the returned Message-ID."""

from __future__ import annotations

import json
from typing import Any

from relance.analysis import analyse, analyse_email

TRACKED_ID = "<tracked-42@northwind-sales.com>"

DSN = f"""\
Return-Path: <>
Date: Mon, 02 Dec 2024 10:15:04 -0500
From: MAILER-DAEMON@mail.northwind-sales.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: alex@northwind-sales.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

This is the mail system at host mail.northwind-sales.com.

<john@acme.com>: host mx.acme.com said: 550 5.1.1 User unknown
<sales@acme.com>: host mx.acme.com said: 452 4.2.2 Mailbox full

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.northwind-sales.com

Final-Recipient: rfc822; john@acme.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

Final-Recipient: rfc822; sales@acme.com
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--B
Content-Type: text/rfc822-headers

From: Alex Turner <alex@northwind-sales.com>
To: john@acme.com, sales@acme.com
Subject: Proposal
Message-ID: {TRACKED_ID}

--B--
"""

EXIM = f"""\
Return-path: <>
X-Failed-Recipients: owen@harborview.co
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@srv42.example.net>
To: alex@northwind-sales.com
Subject: Mail delivery failed: returning message to sender
Date: Tue, 04 Mar 2025 15:40:09 -0500

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  owen@harborview.co
    host mx.harborview.co [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<owen@harborview.co>:
    550 5.1.1 <owen@harborview.co>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

From: Alex Turner <alex@northwind-sales.com>
To: owen@harborview.co
Subject: Following up on our call
Message-ID: {TRACKED_ID}

Hi Owen,
"""


def test_r7_dsn_gives_each_recipient_permanent_or_temporary() -> None:
    result = analyse_email(DSN)
    assert result["kind"] == "bounce"
    assert result["bounce"] == {
        "permanent": False,  # one recipient only failed temporarily
        "recipients": [
            {"address": "john@acme.com", "permanent": True, "status": "5.1.1"},
            {"address": "sales@acme.com", "permanent": False, "status": "4.2.2"},
        ],
        "original_message_id": TRACKED_ID,
    }
    assert result["auto_reply"] is None and result["opt_out"] is False


def test_r7_exim_text_bounce_through_flufl_with_the_copied_message_id() -> None:
    result = analyse_email(EXIM.encode())
    assert result["kind"] == "bounce"
    assert result["bounce"] == {
        "permanent": True,
        "recipients": [{"address": "owen@harborview.co", "permanent": True, "status": "5.1.1"}],
        "original_message_id": TRACKED_ID,
    }


def test_r7_bounce_from_the_contract_dict_with_raw(make_message: Any) -> None:
    message = make_message(
        subject="Undelivered Mail Returned to Sender",
        body="see report",
        sender="mailer-daemon@mail.northwind-sales.com",
        headers={"content-type": "multipart/report; report-type=delivery-status; boundary=B"},
        raw=DSN,
    )
    result = analyse(message)
    assert result["kind"] == "bounce"
    assert [r["address"] for r in result["bounce"]["recipients"]] == ["john@acme.com", "sales@acme.com"]


def test_r7_bounce_without_raw_reads_the_text_and_in_reply_to(make_message: Any) -> None:
    body = (
        "Your message to ray@fabrikam.com couldn't be delivered.\n\n"
        "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'\n"
    )
    message = make_message(
        subject="Undeliverable: Proposal",
        body=body,
        sender="postmaster@northwind-sales.com",
        headers={"in-reply-to": TRACKED_ID},
    )
    result = analyse(message)
    assert result["kind"] == "bounce"
    assert result["bounce"]["recipients"] == [{"address": "ray@fabrikam.com", "permanent": True, "status": "5.1.10"}]
    assert result["bounce"]["original_message_id"] == TRACKED_ID


def test_r5_person_replying_about_an_undeliverable_parcel_is_not_a_bounce(make_message: Any) -> None:
    result = analyse(make_message(subject="Re: Undeliverable parcels", body="We lost 3 parcels last week."))
    assert result["kind"] == "human"
    assert result["bounce"] is None


def test_r5_undeliverable_subject_alone_from_a_person_is_not_a_bounce(make_message: Any) -> None:
    result = analyse(make_message(subject="Undeliverable invoices in your CRM", body="Can you check 550 of them?"))
    assert result["kind"] == "human"


def _plain(headers: str, body: str) -> bytes:
    return (headers.strip() + '\nMIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n\n' + body).encode()


COPY = f"""\
------ Original message ------
Date: Mon, 02 Dec 2024 10:15:00 -0500
From: Alex Turner <alex@northwind-sales.com>
To: Tom Hale <tom@hale-logistics.com>
Subject: Proposal
Message-ID: {TRACKED_ID}

Hi Tom, (call me on +1 646 555-0142)
"""


def test_r7_delivery_system_display_names_and_bounce_words_anywhere_in_the_subject() -> None:
    cases = [
        ("From: MMSC NDR Administrator <ndr-admin@mmsc.telvia.net>\nSubject: Delivery Report (failure) for tom@x"),
        ("Return-Path: <>\nFrom: <>\nSubject: Mail could not be delivered"),
        (
            "From: Postmaster <postmaster@northwind-sales.com>\nPrecedence: bulk\n"
            "Subject: [Postmaster] Email Delivery Failure"
        ),
        ("From: Mailer Daemon <daemon@relay2.netsmtp.com>\nSubject: Delivery Status"),
        (
            "Return-Path: <>\nAuto-Submitted: auto-replied\nFrom: Service <no-reply@webmel.fr>\n"
            "Subject: « Devis » non remis"
        ),
        ("From: Почтовая служба <postmaster@corp-mail.ru>\nSubject: Сообщение не доставлено"),
        ("From: PostMaster <postmaster@mail.huaxin.cn>\nSubject: 系统退信"),
        ("From: Mail Delivery System <postmaster@mx.sato.co.jp>\nSubject: =?utf-8?b?6YWN5L+h5LiN6IO9?= Proposal"),
    ]
    for headers in cases:
        result = analyse_email(_plain(headers, "tom@hale-logistics.com: 550 5.1.1 user unknown\n\n" + COPY))
        assert result["kind"] == "bounce", headers
        assert result["bounce"]["recipients"] == [
            {"address": "tom@hale-logistics.com", "permanent": True, "status": "5.1.1"}
        ]
        assert result["bounce"]["original_message_id"] == TRACKED_ID


def test_r7_a_bounce_relayed_by_a_mailing_list_is_still_a_bounce() -> None:
    headers = (
        "From: 'Mail Delivery System' via Ventes <ventes@groups.northwind-sales.com>\n"
        "X-Original-From: MAILER-DAEMON@smtp.lists.northwind-sales.com (Mail Delivery System)\n"
        "List-ID: <ventes.groups.northwind-sales.com>\nPrecedence: list\n"
        "Subject: Undelivered Mail Returned to Sender"
    )
    body = "<tom@hale-logistics.com>: host mx.hale-logistics.com said: 550 5.1.1 User unknown\n\n" + COPY
    result = analyse_email(_plain(headers, body.replace("------ Original message", "------ Undelivered message")))
    assert result["kind"] == "bounce"
    # The copy's Message-ID (an `id@host` token) and its phone number are not a second failed recipient.
    assert [r["address"] for r in result["bounce"]["recipients"]] == ["tom@hale-logistics.com"]


def test_r5_a_person_writing_about_a_delivery_status_is_not_a_bounce(make_message: Any) -> None:
    body = "What is the delivery status of our order? Mail could not be delivered to the old address."
    result = analyse(make_message(subject="Re: Delivery Status of order 4411", body=body))
    assert result["kind"] == "human"


def _dsn(block: str, returned_to: str = "Sales Desk <sales@orbit.com>") -> bytes:
    return f"""\
From: MAILER-DAEMON@mx1.orbit.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: alex@northwind-sales.com
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Your message could not be delivered.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.orbit.com

{block}
--B
Content-Type: text/rfc822-headers

From: Alex Turner <alex@northwind-sales.com>
To: {returned_to}
Subject: Proposal
Message-ID: {TRACKED_ID}

--B--
""".encode()


def test_r7_the_failed_recipient_is_the_original_one_not_a_rewritten_or_x400_one() -> None:
    rewritten = "Final-Recipient: rfc822; m.kowalski@store02.orbit.local\nOriginal-Recipient: rfc822;sales@orbit.com\n"
    x400_with_original = "Final-Recipient: X400; /O=ORBIT/CN=SALES\nOriginal-Recipient: rfc822;sales@orbit.com\n"
    x400_only = "Final-Recipient: X400; /O=ORBIT/OU=EXCHANGE/CN=RECIPIENTS/CN=SALES\nX-Display-Name: Sales Desk\n"
    imcea = "Final-Recipient: rfc822;IMCEAEX-_O=ORBIT_OU=EXCHANGE_CN=RECIPIENTS_CN=SALES@orbit.com\n"
    for block in (rewritten, x400_with_original, x400_only, imcea):
        result = analyse_email(_dsn(block + "Action: failed\nStatus: 5.2.2\n"))
        assert result["bounce"]["recipients"] == [{"address": "sales@orbit.com", "permanent": True, "status": "5.2.2"}]


def test_r7_x400_recipient_with_two_returned_recipients_and_no_name_is_not_guessed() -> None:
    block = "Final-Recipient: X400; /O=ORBIT/CN=RECIPIENTS/CN=SALES\nAction: failed\nStatus: 5.1.1\n"
    result = analyse_email(_dsn(block, "sales@orbit.com, ceo@orbit.com"))
    assert all("/" not in r["address"] for r in result["bounce"]["recipients"])


def test_r7_no_recipient_named_falls_back_to_the_returned_copy_only() -> None:
    headers = (
        "Return-Path: <>\nAuto-Submitted: auto-replied\nFrom: Mail Delivery Service <mailer-daemon@filter.net>\n"
        "Subject: Undeliverable message"
    )
    notice = "The receiving server rejected the message permanently:\n    554 Message rejected due to content\n\n"
    with_copy = analyse_email(_plain(headers, notice + COPY))
    assert with_copy["bounce"] == {
        "permanent": True,
        "recipients": [{"address": "tom@hale-logistics.com", "permanent": True, "status": None}],
        "original_message_id": TRACKED_ID,
    }
    without = analyse_email(_plain(headers, notice))
    assert without["kind"] == "bounce"
    assert without["bounce"] == {"permanent": False, "recipients": [], "original_message_id": None}


def _ses(payload: dict[str, Any]) -> bytes:
    footer = "\n\n--\nIf you wish to stop receiving notifications from this topic, please click ...\n"
    return _plain(
        "From: AWS Notifications <no-reply@sns.amazonaws.com>\nSubject: AWS Notification Message",
        json.dumps(payload) + footer,
    )


def test_r7_amazon_ses_bounce_and_complaint_notifications_sent_as_json() -> None:
    mail = {"commonHeaders": {"messageId": TRACKED_ID}, "destination": ["tom@hale-logistics.com"]}
    bounced = analyse_email(
        _ses(
            {
                "notificationType": "Bounce",
                "bounce": {
                    "bounceType": "Transient",
                    "bouncedRecipients": [{"emailAddress": "tom@hale-logistics.com", "status": "4.2.2"}],
                },
                "mail": mail,
            }
        )
    )
    assert bounced["kind"] == "bounce"
    assert bounced["bounce"] == {
        "permanent": False,
        "recipients": [{"address": "tom@hale-logistics.com", "permanent": False, "status": "4.2.2"}],
        "original_message_id": TRACKED_ID,
    }
    envelope = {
        "Type": "Notification",
        "Message": json.dumps(
            {
                "notificationType": "Complaint",
                "complaint": {"complainedRecipients": [{"emailAddress": "Tom@Hale-Logistics.com"}]},
                "mail": mail,
            }
        ),
    }
    complained = analyse_email(_ses(envelope))
    assert complained["kind"] == "complaint" and complained["bounce"] is None
    assert complained["complaint"] == {
        "feedback_type": "abuse",
        "recipients": ["tom@hale-logistics.com"],
        "original_message_id": TRACKED_ID,
    }


def test_ses_json_from_anyone_but_amazon_is_a_human_message_not_a_complaint() -> None:
    # A spoof (or a developer forwarding a notification) must not suppress a prospect's address.
    payload = {
        "notificationType": "Complaint",
        "complaint": {"complainedRecipients": [{"emailAddress": "tom@hale-logistics.com"}]},
        "mail": {"commonHeaders": {"messageId": TRACKED_ID}},
    }
    forged = _plain("From: Mallory <mallory@example.net>\nSubject: AWS Notification Message", json.dumps(payload))
    analysis = analyse_email(forged)
    assert analysis["kind"] == "human"
    assert analysis["complaint"] is None and analysis["bounce"] is None


def _arf(feedback_type: str, rcpt_line: str) -> bytes:
    return f"""\
From: MailboxISP Feedback Loop <fbl@feedback.isp.net>
To: abuse@northwind-sales.com
Subject: Email Feedback Report for IP 192.0.2.44
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="F"

--F
Content-Type: text/plain

This is an email abuse report for an email message received from IP 192.0.2.44.

--F
Content-Type: message/feedback-report

Feedback-Type: {feedback_type}
User-Agent: MailboxISP-FBL/1.4
Version: 1
{rcpt_line}Source-IP: 192.0.2.44

--F
Content-Type: message/rfc822

From: Alex Turner <alex@northwind-sales.com>
To: tom@isp.net
Subject: Proposal
Message-ID: {TRACKED_ID}

Hi Tom

--F--
""".encode()


def test_feedback_reports_are_complaints_not_replies_nor_bounces() -> None:
    result = analyse_email(_arf("abuse", "Original-Rcpt-To: <tom@isp.net>\n"))
    assert result["kind"] == "complaint" and result["bounce"] is None and result["opt_out"] is False
    assert result["complaint"] == {
        "feedback_type": "abuse",
        "recipients": ["tom@isp.net"],
        "original_message_id": TRACKED_ID,
    }
    redacted = analyse_email(_arf("abuse", ""))
    assert redacted["complaint"]["recipients"] == [] and redacted["complaint"]["original_message_id"] == TRACKED_ID
    # A DMARC failure report is machine mail about authentication: nobody complained.
    assert analyse_email(_arf("auth-failure", ""))["kind"] == "list"


def _text_mail(headers: str, body: str) -> bytes:
    return (headers + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body).encode()


def test_r7_complaints_that_are_not_feedback_reports_are_complaints() -> None:
    # Microsoft's junk mail reporting program names the complainer in its own header and attaches the message.
    jmrp = f"""\
From: staff@jmrp.example
To: postmaster@northwind-sales.com
Subject: complaint about message from 198.51.100.23
X-HmXmrOriginalRecipient: <tom@isp.net>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b"

--b
Content-Type: text/plain; charset=us-ascii

This is a complaint from a user of our junk mail reporting program.
--b
Content-Type: message/rfc822

Message-ID: {TRACKED_ID}
From: Sales <sales@northwind-sales.com>
To: tom@isp.net
Subject: Quick question

Hi Tom
--b--
""".encode()
    result = analyse_email(jmrp)
    assert result["kind"] == "complaint"
    assert result["complaint"] == {
        "feedback_type": "abuse",
        "recipients": ["tom@isp.net"],
        "original_message_id": TRACKED_ID,
    }
    # A SpamCop-style report: an id in the subject, the offending message pasted, the complainer redacted.
    report = _text_mail(
        "From: Reports <reports@spamtrap.example>\nTo: abuse@northwind-sales.com\n"
        "Subject: [SpamTrap id:7204418832] Following up: our services\n",
        f"Email from 198.51.100.23\n\n[ Offending message ]\nMessage-ID: {TRACKED_ID}\nTo: x\n\nHi,\n",
    )
    assert analyse_email(report)["complaint"] == {
        "feedback_type": "abuse",
        "recipients": [],
        "original_message_id": TRACKED_ID,
    }
    # An abuse desk's letter, in German.
    letter = _text_mail(
        "From: Hostvale Abuse Team <abuse@hostvale.example>\nTo: postmaster@northwind-sales.com\n"
        "Subject: [Abuse #2024062117] Beschwerde über unerwünschte E-Mails\n",
        "Sehr geehrte Damen und Herren,\n\nwir haben eine Beschwerde erhalten.\n",
    )
    assert analyse_email(letter)["kind"] == "complaint"


def test_a_person_writing_about_spam_or_from_an_abuse_address_about_something_else_is_a_reply() -> None:
    human = _text_mail(
        "From: Tom <tom@isp.net>\nTo: sales@northwind-sales.com\nSubject: Re: spam filter and your offer\n",
        "Your last mail landed in my spam folder, but yes, let's talk on Thursday.\n",
    )
    assert analyse_email(human)["kind"] == "human"
    desk = _text_mail(
        "From: Abuse Desk <abuse@hostvale.example>\nTo: sales@northwind-sales.com\nSubject: Re: your quote\n",
        "Thanks, we accept the quote for the new firewall.\n",
    )
    assert analyse_email(desk)["kind"] == "human"


def test_r7_a_groupwise_bounce_names_the_recipient_through_the_copy_it_returns() -> None:
    raw = _text_mail(
        "From: Mail Delivery System <postmaster@county.example>\nTo: sales@northwind-sales.com\n"
        "Subject: Message status - undeliverable\n",
        "The message that you sent was undeliverable to the following:\n\tGSTROUD@county.example (user not found)\n\n"
        f"Possibly truncated original message follows:\n\nMessage-ID: {TRACKED_ID}\n"
        "From: Sales <sales@northwind-sales.com>\n"
        "To: GSTROUD@county.example\nSubject: Engagement letter\n\nMs. Stroud,\n",
    )
    result = analyse_email(raw)
    assert result["kind"] == "bounce"
    assert result["bounce"] == {
        "permanent": True,
        "recipients": [{"address": "gstroud@county.example", "permanent": True, "status": None}],
        "original_message_id": TRACKED_ID,
    }


def _pec(kind: str, subject: str, text: str, certificate: str | None) -> bytes:
    """A PEC provider's receipt as the Italian technical rules shape it: `X-Ricevuta`, the Message-ID it is about,
    the notice as text, and (when given) its daticert.xml."""
    head = (
        "From: posta-certificata@pec.gestore.example\nTo: ufficio@pec.studio.example\n"
        f"Subject: {subject}\nDate: Tue, 16 Feb 2027 11:02:09 +0100\nMessage-ID: <opec1.2027@pec.gestore.example>\n"
        f"X-Ricevuta: {kind}\nX-Riferimento-Message-ID: <invio-42@pec.studio.example>\nMIME-Version: 1.0\n"
    )
    if certificate is None:
        return (head + f"Content-Type: text/plain; charset=utf-8\n\n{text}").encode()
    return (
        head + 'Content-Type: multipart/mixed; boundary="b"\n\n'
        f"--b\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
        '--b\nContent-Type: application/xml; name="daticert.xml"\n'
        'Content-Disposition: inline; filename="daticert.xml"\n\n'
        f"{certificate}\n--b--\n"
    ).encode()


_NOTICE = (
    'Il giorno 16/02/2027 alle ore 11:01:40 (+0100) nel messaggio\n"Atto di donazione" proveniente da '
    '"ufficio@pec.studio.example"\ned indirizzato a:\nnotaio.rossi@pec.notai.example\n{what}\n'
)
_CERTIFICATE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="{kind}" errore="{error}"><intestazione>'
    "<mittente>ufficio@pec.studio.example</mittente>"
    '<destinatari tipo="certificato">notaio.rossi@pec.notai.example</destinatari></intestazione>'
    "<dati><msgid>&lt;invio-42@pec.studio.example&gt;</msgid>{extra}</dati></postacert>"
)


def test_r7_a_pec_failure_notice_is_a_bounce_for_its_recipient_and_the_message_it_names() -> None:
    what = "è stato rilevato un problema che ne impedisce la consegna.\n5.1.1 - utente sconosciuto"
    error = "<errore-esteso>5.1.1 - utente sconosciuto</errore-esteso>"
    certificate = _CERTIFICATE.format(kind="errore-consegna", error="no-destinatario", extra=error)
    for cert in (certificate, None):  # read from the certificate, or from the notice when it is missing
        raw = _pec("errore-consegna", "AVVISO DI MANCATA CONSEGNA: Atto di donazione", _NOTICE.format(what=what), cert)
        result = analyse_email(raw)
        assert result["kind"] == "bounce"
        assert result["bounce"] == {
            "permanent": True,
            "recipients": [{"address": "notaio.rossi@pec.notai.example", "permanent": True, "status": "5.1.1"}],
            "original_message_id": "<invio-42@pec.studio.example>",
        }


def test_r7_the_pec_twelve_hour_warning_is_a_temporary_failure() -> None:
    what = "non è stata ricevuta, entro le prime 12 ore dall'invio, la ricevuta di avvenuta consegna."
    cert = _CERTIFICATE.format(kind="preavviso-errore-consegna", error="altro", extra="")
    raw = _pec("preavviso-errore-consegna", "PREAVVISO DI MANCATA CONSEGNA: Atto", _NOTICE.format(what=what), cert)
    result = analyse_email(raw)
    assert result["kind"] == "bounce" and result["bounce"]["permanent"] is False


def test_r5_pec_acceptance_and_delivery_receipts_are_nobodys_answer() -> None:
    """A PEC provider sends an acceptance and a delivery receipt for every message: neither is a reply, and neither
    names a return date (the dates in them are when the mail went through)."""
    for kind, subject in (("accettazione", "ACCETTAZIONE: Atto"), ("avvenuta-consegna", "CONSEGNA: Atto")):
        what = "è stato accettato dal sistema ed inoltrato." if kind == "accettazione" else "è stato consegnato."
        cert = _CERTIFICATE.format(kind=kind, error="nessuno", extra="")
        result = analyse_email(_pec(kind, subject, _NOTICE.format(what=what), cert))
        assert result["kind"] == "auto_reply"
        assert result["auto_reply"] == {"until": None, "reason": "header:x-ricevuta"}


def test_r7_a_delivery_report_that_every_recipient_got_it_is_no_bounce() -> None:
    # A receipt ("Remis :", "Delivered:"): an automatic message with no return date; nothing failed (blind23, in
    # other words). A report with one recipient failed among delivered ones is still a bounce for that one.
    delivered = "Final-Recipient: rfc822;sales@orbit.com\nAction: delivered\nStatus: 2.0.0\n"
    relayed = "\nFinal-Recipient: rfc822;ceo@orbit.com\nAction: relayed\nStatus: 2.0.0\n"
    receipt = analyse_email(_dsn(delivered + relayed))
    assert (receipt["kind"], receipt["auto_reply"], receipt["bounce"]) == (
        "auto_reply",
        {"until": None, "reason": "delivery-status:delivered"},
        None,
    )
    failed = "\nFinal-Recipient: rfc822;ceo@orbit.com\nAction: failed\nStatus: 5.1.1\n"
    mixed = analyse_email(_dsn(delivered + failed))
    assert mixed["kind"] == "bounce"
    assert mixed["bounce"]["recipients"] == [{"address": "ceo@orbit.com", "permanent": True, "status": "5.1.1"}]
