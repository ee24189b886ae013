"""R7: delivery status notifications, permanent versus temporary per recipient, and the returned Message-ID."""

from __future__ import annotations

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
