"""Bounces, feedback reports and out-of-office replies in the shapes issue 11 names (items 2 and 3).

Bounces whatever the delivery system's display name (`Mailer Daemon`, `MMSC NDR Administrator`, an empty
`From: <>`), bounce words anywhere in the subject, bounces relayed by a mailing list, Amazon SES notifications
sent as JSON through SNS, non-Latin subjects, DSNs whose `Final-Recipient` was rewritten (the failed
recipient is the original one), X.400 Exchange reports, a report that names no recipient; feedback reports
(ARF, SES complaints) as their own kind; and out-of-office ranges and weekday-only return dates. Written for
the project: the hosts, people and texts are invented; the layouts are those the named systems send.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from email import message_from_string
from email.message import Message

from common import (
    NEW_YORK,
    PARIS,
    PARIS_SUMMER,
    UTC,
    Case,
    Person,
    Tracked,
    delivery_status_part,
    generic_mid,
    gmail_mid,
    headers_part,
    hexid,
    outlook_mid,
    report,
    rfc822_part,
    rfcdate,
    simple_message,
    text_part,
    thread_index,
    tracked_as_message,
    with_headers,
)
from tracked import en1, en2, en3, fr1, fr2, fr3

P = Person


def bounce_label(
    rcpts: list[tuple[str, bool, str | None]], original: str | None, lang: str, client: str
) -> dict[str, object]:
    failed = [{"address": a, "permanent": p, "status": s} for a, p, s in rcpts]
    return {
        "kind": "bounce",
        "opt_out": False,
        "lang": lang,
        "client": client,
        "bounce": {
            "permanent": bool(failed) and all(r["permanent"] for r in failed),
            "recipients": failed,
            "original_message_id": original,
        },
    }


def complaint_label(addrs: list[str], original: str | None, feedback: str, lang: str, client: str) -> dict:
    return {
        "kind": "complaint",
        "opt_out": False,
        "lang": lang,
        "client": client,
        "complaint": {"recipients": addrs, "original_message_id": original, "feedback_type": feedback},
    }


def auto_label(until: str | None, lang: str, client: str) -> dict[str, object]:
    return {"kind": "auto_reply", "until": until, "opt_out": False, "lang": lang, "client": client}


def copy_of(t: Tracked) -> str:
    orig = tracked_as_message(t)
    return (
        "".join(f"{k}: {v}\n" for k, v in orig.items())
        + "\n"
        + (orig.get_payload(decode=True) or b"").decode("utf-8", "replace")
    )


# --- bounces ---------------------------------------------------------------------------------------------


def mmsc_ndr(t: Tracked) -> Case:
    """A carrier's MMS/e-mail gateway: its own display name, a 'Delivery Report (failure)' subject, plain text."""
    when = t.sent + timedelta(minutes=1)
    addr = t.to.address
    body = (
        "Your message could not be delivered.\n\n"
        f"Recipient: {addr}\n"
        f"Subject: {t.subject}\n"
        f"Sent: {when.strftime('%d/%m/%Y %H:%M:%S')}\n"
        "Status: Rejected - 5.1.1 recipient mailbox unknown\n\n"
        "This is an automatically generated message; please do not reply.\n"
    )
    msg = simple_message(
        [
            ("Return-Path", "<>"),
            ("Date", rfcdate(when)),
            ("From", "MMSC NDR Administrator <ndr-admin@mmsc.telvia-mobile.net>"),
            ("To", t.sender.address),
            ("Subject", f"Delivery Report (failure) for {addr}"),
            ("Message-ID", f"<ndr.{hexid(12).lower()}@mmsc.telvia-mobile.net>"),
            ("In-Reply-To", t.message_id),
        ],
        body,
        cte="7bit",
    )
    return Case(
        "en-mmsc-ndr-delivery-report-failure", msg, bounce_label([(addr, True, "5.1.1")], t.message_id, "en", "mmsc")
    )


def null_from(t: Tracked) -> Case:
    """`From: <>` (a filtering gateway writes the null sender into From) and 'Mail could not be delivered'."""
    when = t.sent + timedelta(seconds=40)
    addr = t.to.address
    body = (
        "Mail could not be delivered\n"
        "============================\n\n"
        "The message you sent could not be delivered to the following recipient(s):\n\n"
        f"    {addr}\n"
        "    Reason: 550 5.2.1 The email account that you tried to reach is disabled.\n\n"
        "The original message follows.\n\n"
        "---------- Original message ----------\n" + copy_of(t)
    )
    msg = simple_message(
        [
            ("Return-Path", "<>"),
            ("Date", rfcdate(when)),
            ("From", "<>"),
            ("To", t.sender.header()),
            ("Subject", "Mail could not be delivered"),
            ("Message-ID", generic_mid("gw1.secure-mailfilter.net")),
            ("X-Mailer", "MailFilter Gateway 9.2"),
        ],
        body,
        cte="8bit",
    )
    return Case(
        "en-null-from-mail-could-not-be-delivered",
        msg,
        bounce_label([(addr, True, "5.2.1")], t.message_id, "en", "gateway"),
    )


def postmaster_bracket(t: Tracked) -> Case:
    """A hosting company's postmaster: '[Postmaster] Email Delivery Failure', sent as bulk mail."""
    when = t.sent + timedelta(seconds=12)
    addr = t.to.address
    body = (
        "This message was generated automatically by the mail server.\n\n"
        "Delivery to the following recipient failed permanently:\n\n"
        f"     {addr}\n\n"
        "Technical details of permanent failure:\n"
        f"Remote host said: 550 5.1.1 <{addr}>... No such user here\n\n"
        "----- Original message -----\n\n" + copy_of(t)
    )
    msg = simple_message(
        [
            ("Date", rfcdate(when)),
            ("From", f"Postmaster <postmaster@{t.sender.domain}>"),
            ("To", t.sender.address),
            ("Subject", "[Postmaster] Email Delivery Failure"),
            ("Message-ID", generic_mid("smtp-out3.hostcentral.net")),
            ("Precedence", "bulk"),
        ],
        body,
        cte="8bit",
    )
    return Case(
        "en-postmaster-bracket-subject-bulk", msg, bounce_label([(addr, True, "5.1.1")], t.message_id, "en", "hosting")
    )


def mailer_daemon_delivery_status(t: Tracked) -> Case:
    """'Mailer Daemon' with a space, not in the address, and a bare 'Delivery Status' subject (a temporary one)."""
    when = t.sent + timedelta(hours=6)
    addr = t.to.address
    body = (
        "This is an automatically generated Delivery Status Notification.\n\n"
        "THIS IS A WARNING MESSAGE ONLY.\n"
        "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
        "Delivery to the following recipients has been delayed.\n\n"
        f"       {addr}\n"
        "       451 4.4.1 Remote server did not respond; will retry for 2 more days\n\n"
        "Message-ID of the delayed message: " + t.message_id + "\n"
    )
    msg = simple_message(
        [
            ("Return-Path", "<>"),
            ("Date", rfcdate(when)),
            ("From", "Mailer Daemon <daemon@relay2.netsmtp-services.com>"),
            ("To", t.sender.address),
            ("Subject", "Delivery Status"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-ID", generic_mid("relay2.netsmtp-services.com")),
        ],
        body,
        cte="7bit",
    )
    return Case(
        "en-mailer-daemon-spaced-delivery-status",
        msg,
        bounce_label([(addr, False, "4.4.1")], t.message_id, "en", "relay"),
    )


def fr_non_remis_end(t: Tracked) -> Case:
    """A French webmail host: the subject ends with 'non remis'."""
    when = t.sent + timedelta(seconds=20)
    addr = t.to.address
    body = (
        "Bonjour,\n\n"
        f"Votre message « {t.subject} » n'a pas pu être remis au destinataire suivant :\n\n"
        f"  {addr} : 550 5.1.1 adresse inconnue / unknown address\n\n"
        "Ce message a été généré automatiquement, merci de ne pas y répondre.\n\n"
        "------ Message d'origine ------\n" + copy_of(t)
    )
    msg = simple_message(
        [
            ("Return-Path", "<>"),
            ("Date", rfcdate(when)),
            ("From", "Service Messagerie <no-reply@notifications.webmel-pro.fr>"),
            ("To", t.sender.address),
            ("Subject", f"Votre message « {t.subject} » non remis"),
            ("Message-ID", generic_mid("notifications.webmel-pro.fr")),
            ("Auto-Submitted", "auto-replied"),
        ],
        body,
    )
    return Case(
        "fr-webmail-subject-ends-non-remis", msg, bounce_label([(addr, True, "5.1.1")], t.message_id, "fr", "webmail")
    )


def via_list(t: Tracked, *, list_id: bool) -> Case:
    """A Postfix bounce that came back through a list or group: From rewritten, List-Id or Precedence: bulk."""
    when = t.sent + timedelta(seconds=7)
    addr = t.to.address
    host = "smtp.lists." + t.sender.domain
    body = (
        f"This is the mail system at host {host}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "                   The mail system\n\n"
        f"<{addr}>: host mx.{addr.split('@')[1]}[198.51.100.40] said: 550 5.1.1 <{addr}>:\n"
        "    Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n"
        "------ Undelivered message ------\n" + copy_of(t)
    )
    group = "ventes"
    headers = [
        ("Date", rfcdate(when)),
        ("From", f"'Mail Delivery System' via {group.capitalize()} <{group}@groups.{t.sender.domain}>"),
        ("X-Original-From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
        ("Reply-To", f"MAILER-DAEMON@{host}"),
        ("To", f"{group}@groups.{t.sender.domain}"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Message-ID", f"<{hexid(10)}.{when.strftime('%Y%m%d%H%M%S')}@{host}>"),
        ("Precedence", "bulk" if not list_id else "list"),
    ]
    if list_id:
        headers += [
            ("Mailing-list", f"list {group}@groups.{t.sender.domain}; contact {group}+owners@groups.{t.sender.domain}"),
            ("List-ID", f"<{group}.groups.{t.sender.domain}>"),
            ("List-Post", f"<mailto:{group}@groups.{t.sender.domain}>"),
            ("List-Unsubscribe", f"<mailto:{group}+unsubscribe@groups.{t.sender.domain}>"),
        ]
    msg = simple_message(headers, body, cte="8bit")
    slug = "en-bounce-via-group-list-id" if list_id else "en-bounce-via-list-precedence-bulk"
    return Case(slug, msg, bounce_label([(addr, True, "5.1.1")], t.message_id, "en", "postfix"))


def uuid_like() -> str:
    return f"{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}".lower()


def sns_footer(topic: str, endpoint: str) -> str:
    return (
        "\n\n--\n"
        "If you wish to stop receiving notifications from this topic, please click or visit the link below to "
        "unsubscribe:\n"
        f"https://sns.eu-west-1.amazonaws.com/unsubscribe.html?SubscriptionArn={topic}:{uuid_like()}"
        f"&Endpoint={endpoint}\n\n"
        "Please do not reply directly to this email. If you have any questions or comments regarding this email, "
        "please contact us at https://aws.amazon.com/support\n"
    )


def ses_mail(t: Tracked, ses_id: str, when: datetime) -> dict[str, object]:
    return {
        "timestamp": t.sent.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "source": t.sender.address,
        "sourceArn": f"arn:aws:ses:eu-west-1:123456789012:identity/{t.sender.domain}",
        "sourceIp": "192.0.2.44",
        "callerIdentity": "relance-sender",
        "sendingAccountId": "123456789012",
        "messageId": ses_id,
        "destination": [t.to.address],
        "headersTruncated": False,
        "headers": [
            {"name": "From", "value": t.sender.header()},
            {"name": "To", "value": t.to.address},
            {"name": "Subject", "value": t.subject},
            {"name": "Message-ID", "value": t.message_id},
            {"name": "MIME-Version", "value": "1.0"},
        ],
        "commonHeaders": {
            "from": [t.sender.header()],
            "to": [t.to.address],
            "messageId": t.message_id,
            "subject": t.subject,
        },
    }


def ses_notification(slug: str, t: Tracked, kind: str) -> Case:
    """An Amazon SES bounce or complaint, delivered by an SNS e-mail subscription as one line of JSON."""
    when = t.sent + timedelta(seconds=30)
    ses_id = f"0102018{hexid(9).lower()}-{uuid_like()}-000000"
    stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"
    payload: dict[str, object]
    if kind == "Bounce":
        payload = {
            "notificationType": "Bounce",
            "bounce": {
                "feedbackId": f"0102018{hexid(9).lower()}-{hexid(8).lower()}-000000",
                "bounceType": "Permanent",
                "bounceSubType": "General",
                "bouncedRecipients": [
                    {
                        "emailAddress": t.to.address,
                        "action": "failed",
                        "status": "5.1.1",
                        "diagnosticCode": f"smtp; 550 5.1.1 <{t.to.address}>: Recipient address rejected: User unknown",
                    }
                ],
                "timestamp": stamp,
                "remoteMtaIp": "198.51.100.77",
                "reportingMTA": "dsn; a7-12.smtp-out.eu-west-1.amazonses.com",
            },
            "mail": ses_mail(t, ses_id, when),
        }
        label = bounce_label([(t.to.address, True, "5.1.1")], t.message_id, t.lang, "ses")
    else:
        payload = {
            "notificationType": "Complaint",
            "complaint": {
                "feedbackId": f"0102018{hexid(9).lower()}-{hexid(8).lower()}-000000",
                "complaintSubType": None,
                "complainedRecipients": [{"emailAddress": t.to.address}],
                "timestamp": stamp,
                "userAgent": "Yahoo!-Mail-Feedback/2.0",
                "complaintFeedbackType": "abuse",
                "arrivalDate": stamp,
            },
            "mail": ses_mail(t, ses_id, when),
        }
        label = complaint_label([t.to.address], t.message_id, "abuse", t.lang, "ses")
    topic = "arn:aws:sns:eu-west-1:123456789012:ses-" + ("bounces" if kind == "Bounce" else "complaints")
    body = json.dumps(payload, separators=(",", ":")) + sns_footer(topic, f"ops@{t.sender.domain}")
    msg = simple_message(
        [
            ("Date", rfcdate(when + timedelta(seconds=1))),
            ("From", "AWS Notifications <no-reply@sns.amazonaws.com>"),
            ("To", f"ops@{t.sender.domain}"),
            ("Message-ID", f"<0100018{hexid(9).lower()}-{hexid(8).lower()}-000000@email.amazonses.com>"),
            ("Subject", "AWS Notification Message"),
            ("x-amz-sns-message-id", uuid_like()),
            ("x-amz-sns-subscription-arn", topic + ":" + uuid_like()),
        ],
        body,
        cte="7bit",
    )
    return Case(slug, msg, label)


def non_latin(slug: str, t: Tracked, sender: str, subject: str, body: str, status: str, lang: str, client: str) -> Case:
    when = t.sent + timedelta(seconds=15)
    msg = simple_message(
        [
            ("Return-Path", "<>"),
            ("Date", rfcdate(when)),
            ("From", sender),
            ("To", t.sender.address),
            ("Subject", subject),
            ("Message-ID", generic_mid(sender.rsplit("@", 1)[1].rstrip(">"))),
        ],
        body + "\n\n------ Original message ------\n" + copy_of(t),
    )
    return Case(slug, msg, bounce_label([(t.to.address, status.startswith("5"), status)], t.message_id, lang, client))


def rewritten_final(t: Tracked, alias: str, mailbox: str) -> Case:
    """An alias expanded downstream: Final-Recipient is the internal mailbox, Original-Recipient what was sent."""
    when = t.sent + timedelta(seconds=5)
    host = "mx1." + alias.split("@")[1]
    notice = text_part(
        f"This is the mail system at host {host}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "                   The mail system\n\n"
        f"<{mailbox}> (expanded from <{alias}>): host\n"
        f"    store02.internal[10.0.4.12] said: 552 5.2.2 <{mailbox}>: Mailbox full\n"
        "    (in reply to RCPT TO command)\n",
        "8bit",
    )
    ds = delivery_status_part(
        [("Reporting-MTA", f"dns; {host}"), ("X-Postfix-Queue-ID", hexid(10)), ("Arrival-Date", rfcdate(t.sent))],
        [
            [
                ("Final-Recipient", f"rfc822; {mailbox}"),
                ("Original-Recipient", f"rfc822;{alias}"),
                ("Action", "failed"),
                ("Status", "5.2.2"),
                ("Diagnostic-Code", f"smtp; 552 5.2.2 <{mailbox}>: Mailbox full"),
            ]
        ],
    )
    o = headers_part(tracked_as_message(t))
    msg = with_headers(
        report([notice, ds, o]),
        [
            ("Return-Path", "<>"),
            ("Date", rfcdate(when)),
            ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", t.sender.address),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", f"<{hexid(10)}@{host}>"),
        ],
    )
    return Case(
        "en-dsn-original-recipient-rewritten-final",
        msg,
        bounce_label([(alias, True, "5.2.2")], t.message_id, t.lang, "postfix"),
    )


def x400_ndr(t: Tracked, *, with_original: bool) -> Case:
    """Exchange 2003/2007 NDRs: an X.400 Final-Recipient (with or without an rfc822 Original-Recipient)."""
    when = t.sent + timedelta(seconds=2)
    addr = t.to.address
    org = addr.split("@")[1].split(".")[0].upper()
    cn = addr.split("@")[0].replace(".", "").upper()
    x400 = f"X400; /O={org}/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN={cn}"
    text = (
        "Your message did not reach some or all of the intended recipients.\n\n"
        f"      Subject:\t{t.subject}\n"
        f"      Sent:\t{t.sent.strftime('%d/%m/%Y %H:%M')}\n\n"
        "The following recipient(s) cannot be reached:\n\n"
        f"      {t.to.name} on {t.sent.strftime('%d/%m/%Y %H:%M')}\n"
        "            The e-mail account does not exist at the organization this message was sent to.  "
        "Check the e-mail address, or contact the recipient directly to find out the correct address.\n"
        f"            <EXCH01.{addr.split('@')[1]} #5.1.1>\n"
    )
    block = [("Final-Recipient", x400)]
    if with_original:
        block.append(("Original-Recipient", f"rfc822;{addr}"))
    block += [("Action", "failed"), ("Status", "5.1.1"), ("X-Display-Name", t.to.name)]
    ds = delivery_status_part([("Reporting-MTA", f"dns;EXCH01.{addr.split('@')[1]}")], [block])
    o = rfc822_part(tracked_as_message(t))
    msg = with_headers(
        report([text_part(text, "8bit"), ds, o]),
        [
            ("From", f"System Administrator <postmaster@{addr.split('@')[1]}>"),
            ("To", t.sender.header()),
            ("Date", rfcdate(when)),
            ("Message-ID", f"<{hexid(8)}{hexid(8)}@EXCH01.{addr.split('@')[1]}>"),
            ("Subject", "Undeliverable: " + t.subject),
            ("X-MS-Has-Attach", "yes"),
            ("X-MS-TNEF-Correlator", ""),
            ("Thread-Topic", t.subject),
            ("Thread-Index", thread_index()),
        ],
    )
    slug = "en-exchange2007-x400-with-original" if with_original else "en-exchange2003-x400-only"
    return Case(slug, msg, bounce_label([(addr, True, "5.1.1")], t.message_id, t.lang, "exchange"))


def no_recipient(t: Tracked, *, returned: bool) -> Case:
    """A filter's report that names no recipient; the returned copy, when attached, names the tracked email."""
    when = t.sent + timedelta(minutes=3)
    text = (
        "Your message was not delivered.\n\n"
        "The receiving mail server rejected the message permanently:\n"
        "    554 Message rejected due to content restrictions\n\n"
        "Please do not reply to this automated message.\n"
    )
    headers = [
        ("Return-Path", "<>"),
        ("Date", rfcdate(when)),
        ("From", "Mail Delivery Service <mailer-daemon@cloudfilter-eu.net>"),
        ("To", t.sender.address),
        ("Subject", "Undeliverable message"),
        ("Message-ID", generic_mid("out.cloudfilter-eu.net")),
        ("Auto-Submitted", "auto-replied"),
    ]
    if returned:
        msg = mixed([text_part(text, "7bit"), rfc822_part(tracked_as_message(t))])
        msg = with_headers(msg, headers)
        label = bounce_label([(t.to.address, True, None)], t.message_id, t.lang, "filter")
        slug = "en-no-recipient-named-returned-copy"
    else:
        msg = simple_message(headers, text, cte="7bit")
        label = bounce_label([], None, t.lang, "filter")
        slug = "en-no-recipient-named-no-copy"
    return Case(slug, msg, label)


def mixed(parts: list[Message]) -> Message:
    from email.mime.multipart import MIMEMultipart

    outer = MIMEMultipart("mixed")
    for p in parts:
        outer.attach(p)
    return outer


def arf(t: Tracked, *, redacted: bool) -> Case:
    """An ISP feedback loop (RFC 5965): multipart/report; report-type=feedback-report."""
    when = t.sent + timedelta(days=1, hours=2)
    isp = "feedback.mailbox-isp.net"
    text = text_part(
        "This is an email abuse report for an email message received from IP 192.0.2.44 on "
        f"{rfcdate(t.sent)}.\n"
        "For more information about this format please see http://tools.ietf.org/html/rfc5965.\n",
        "7bit",
    )
    fields = (
        "Feedback-Type: abuse\n"
        "User-Agent: MailboxISP-FBL/1.4\n"
        "Version: 1\n"
        f"Original-Mail-From: <bounces+{hexid(6).lower()}@{t.sender.domain}>\n"
        + ("" if redacted else f"Original-Rcpt-To: <{t.to.address}>\n")
        + f"Arrival-Date: {rfcdate(t.sent)}\n"
        "Source-IP: 192.0.2.44\n"
        f"Reported-Domain: {t.sender.domain}\n"
    )
    fb = message_from_string("Content-Type: message/feedback-report\n\n" + fields)
    orig = tracked_as_message(t)
    if redacted:
        del orig["To"]
        orig["To"] = "redacted@redacted.invalid"
    msg = with_headers(
        report([text, fb, rfc822_part(orig)], "feedback-report"),
        [
            ("Date", rfcdate(when)),
            ("From", f"MailboxISP Feedback Loop <fbl@{isp}>"),
            ("To", f"abuse@{t.sender.domain}"),
            ("Subject", "Email Feedback Report for IP 192.0.2.44"),
            ("Message-ID", generic_mid(isp)),
        ],
    )
    slug = "en-arf-feedback-loop-redacted" if redacted else "en-arf-feedback-loop"
    return Case(slug, msg, complaint_label([] if redacted else [t.to.address], t.message_id, "abuse", t.lang, "fbl"))


def human_delivery_subject(t: Tracked, who: Person) -> Case:
    """A person replying about a delivery: bounce words in the subject, a person's address, no second signal."""
    when = t.sent + timedelta(hours=3)
    new = [
        "Hi Alex,",
        "",
        "Before we talk: what is the delivery status of the kits we ordered in March?",
        "Mail could not be delivered to our old warehouse address, so please use the new one.",
        "",
        "Thanks,",
        who.name.split()[0],
    ]
    quoted = ["", f"On {t.sent.strftime('%a, %b %d, %Y')}, {t.sender.name} <{t.sender.address}> wrote:"]
    quoted += ["> " + ln if ln else ">" for ln in t.body]
    msg = simple_message(
        [
            ("Date", rfcdate(when)),
            ("From", who.header()),
            ("To", t.sender.header()),
            ("Subject", "Re: Delivery Status of order 4411 / " + t.subject),
            ("Message-ID", gmail_mid()),
            ("In-Reply-To", t.message_id),
            ("References", t.message_id),
        ],
        "\n".join(new + quoted) + "\n",
    )
    return Case(
        "en-human-delivery-status-subject",
        msg,
        {"kind": "human", "opt_out": False, "lang": "en", "client": "gmail", "new_text": new},
    )


# --- out-of-office replies -----------------------------------------------------------------------------


def ooo(slug: str, t: Tracked, who: Person, subject: str, body: list[str], until: str | None, after: timedelta) -> Case:
    when = t.sent + after
    msg = simple_message(
        [
            ("Date", rfcdate(when)),
            ("From", who.header()),
            ("To", t.sender.header()),
            ("Subject", subject),
            ("Message-ID", outlook_mid()),
            ("In-Reply-To", t.message_id),
            ("References", t.message_id),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
        ],
        "\n".join(body) + "\n",
    )
    return Case(slug, msg, auto_label(until, t.lang, "exchange"))


def shapes_cases() -> list[Case]:
    c: list[Case] = []
    # Bounces.
    c.append(mmsc_ndr(en1(P("Tom Hale", "tom.hale@hale-logistics.com"))))
    c.append(null_from(en2(P("Nina Park", "nina@parkdesign.studio"))))
    c.append(postmaster_bracket(en3(P("Greg Olsen", "greg.olsen@olsen-marine.no"))))
    c.append(mailer_daemon_delivery_status(en1(P("Ravi Nair", "ravi.nair@sutra-tech.in"))))
    c.append(fr_non_remis_end(fr1(P("Hugo Petit", "hugo.petit@petit-freres.fr"))))
    c.append(via_list(en2(P("Lena Vogt", "lena.vogt@vogt-bau.de")), list_id=True))
    c.append(via_list(en3(P("Sam Price", "sam@pricewell.co.uk")), list_id=False))
    c.append(ses_notification("en-ses-sns-bounce-json", en1(P("Iris Chen", "iris.chen@lumen-labs.io")), "Bounce"))
    ru = en2(P("Ivan Sokolov", "ivan.sokolov@sokol-trade.ru"))
    c.append(
        non_latin(
            "ru-postmaster-nedostavleno",
            ru,
            "Почтовая служба <postmaster@corp-mail.ru>",
            "Сообщение не доставлено",
            "Ваше сообщение не было доставлено следующим получателям:\n\n"
            f"{ru.to.address}: 550 5.1.1 Mailbox does not exist / Почтовый ящик не существует",
            "5.1.1",
            "ru",
            "ru-host",
        )
    )
    zh = en3(P("Wei Zhang", "wei.zhang@huaxin-export.cn"))
    c.append(
        non_latin(
            "zh-postmaster-tuixin",
            zh,
            "PostMaster <postmaster@mail.huaxin-export.cn>",
            "系统退信",
            "抱歉，您的邮件被退回来了……\n\n"
            f"收件人：{zh.to.address}\n"
            "退信原因：550 5.1.1 收件人地址不存在 (recipient does not exist)\n",
            "5.1.1",
            "zh",
            "zh-host",
        )
    )
    ja = en1(P("Kenji Sato", "k.sato@sato-seiki.co.jp"))
    c.append(
        non_latin(
            "ja-postmaster-haishin-funou",
            ja,
            "Mail Delivery System <postmaster@mx.sato-seiki.co.jp>",
            "配信不能: " + ja.subject,
            "次の宛先へのメッセージの配信に失敗しました。\n\n"
            f"{ja.to.address}\n"
            "    550 5.1.1 User unknown / ユーザーが存在しません\n",
            "5.1.1",
            "ja",
            "ja-host",
        )
    )
    c.append(
        rewritten_final(
            en2(P("Sales Desk", "sales@orbit-furniture.com")),
            "sales@orbit-furniture.com",
            "m.kowalski@store02.orbit-furniture.local",
        )
    )
    c.append(x400_ndr(en3(P("Paul Graves", "paul.graves@graves-law.com")), with_original=True))
    c.append(x400_ndr(en1(P("Dana Whitfield", "dana.whitfield@whitfield-group.com")), with_original=False))
    c.append(no_recipient(en2(P("Omar Haddad", "omar@haddad-partners.ae")), returned=True))
    c.append(no_recipient(en3(P("Ruth Kemp", "ruth.kemp@kemp-analytics.com")), returned=False))
    # Feedback reports: their own kind.
    c.append(arf(en1(P("Chris Lowe", "chris.lowe@mailbox-isp.net")), redacted=False))
    c.append(arf(en2(P("Pat Moss", "pat.moss@mailbox-isp.net")), redacted=True))
    c.append(ses_notification("en-ses-sns-complaint-json", en3(P("Mia Ross", "mia.ross@rosswood.com")), "Complaint"))
    # A person whose subject has bounce words: still a person.
    c.append(
        human_delivery_subject(
            en1(P("Beth Ward", "beth.ward@ward-tools.com")), P("Beth Ward", "beth.ward@ward-tools.com")
        )
    )

    # Out-of-office ranges and weekday-only dates.
    julie = P("Julie Fabre", "julie.fabre@fabre-associes.fr")
    t = fr2(julie, datetime(2025, 7, 10, 8, 30, tzinfo=PARIS_SUMMER))
    c.append(
        ooo(
            "fr-ooo-absente-du-10-au-31-juillet",
            t,
            julie,
            "Réponse automatique : " + t.subject,
            [
                "Bonjour,",
                "",
                "Je suis absente du 10 au 31 juillet inclus, sans accès à ma messagerie.",
                "Pour toute urgence, merci de contacter l'accueil au 04 72 00 00 00.",
                "",
                "Julie Fabre",
            ],
            "2025-07-31",
            timedelta(minutes=1),
        )
    )
    mark = P("Mark Ellis", "mark.ellis@ellis-freight.com")
    t = en1(mark, datetime(2025, 7, 9, 16, 20, tzinfo=NEW_YORK))
    c.append(
        ooo(
            "en-ooo-traveling-july-10-31",
            t,
            mark,
            "Automatic reply: " + t.subject,
            [
                "Hello,",
                "",
                "I am traveling July 10-31 with limited access to email. I will reply when I return.",
                "",
                "Mark",
            ],
            "2025-07-31",
            timedelta(minutes=1),
        )
    )
    jen = P("Jen Brooks", "jen.brooks@brooksmedia.com")
    t = en2(jen, datetime(2025, 12, 22, 11, 5, tzinfo=NEW_YORK))
    c.append(
        ooo(
            "en-ooo-out-until-4-jan",
            t,
            jen,
            "Out of office",
            ["Out until 4 Jan - happy holidays! Urgent: support@brooksmedia.com"],
            "2026-01-04",
            timedelta(minutes=2),
        )
    )
    olivier = P("Olivier Marchand", "olivier.marchand@marchand-bois.fr")
    t = fr3(olivier, datetime(2025, 12, 31, 10, 0, tzinfo=PARIS))  # a Wednesday; Monday 5 January 2026
    c.append(
        ooo(
            "fr-ooo-de-retour-le-lundi-5",
            t,
            olivier,
            "Absence",
            ["Bonjour,", "", "Je suis en congés, de retour le lundi 5. Bonne année !", "", "Olivier"],
            "2026-01-05",
            timedelta(minutes=1),
        )
    )
    kate = P("Kate Moran", "kate.moran@moran-events.ie")
    t = en3(kate, datetime(2025, 3, 4, 15, 40, tzinfo=NEW_YORK))  # a Tuesday
    c.append(
        ooo(
            "en-ooo-from-to-weekdays",
            t,
            kate,
            "Out of Office: " + t.subject,
            ["I'm out of the office from Tuesday to Thursday at a trade fair. Back in on Friday.", "", "Kate"],
            "2025-03-07",
            timedelta(minutes=1),
        )
    )
    anne = P("Anne Roux", "anne.roux@roux-immobilier.fr")
    t = fr1(anne, datetime(2025, 8, 4, 9, 0, tzinfo=PARIS_SUMMER))
    c.append(
        ooo(
            "fr-ooo-du-lundi-au-vendredi",
            t,
            anne,
            "Réponse automatique : " + t.subject,
            [
                "Bonjour,",
                "",
                "Je suis en déplacement du lundi 4 au vendredi 8 août.",
                "Je vous répondrai à mon retour.",
                "",
                "Anne Roux",
            ],
            "2025-08-08",
            timedelta(minutes=1),
        )
    )
    # Unsure: no date.
    bill = P("Bill Carver", "bill.carver@carver-dental.com")
    t = en1(bill, datetime(2025, 4, 2, 9, 0, tzinfo=NEW_YORK))
    c.append(
        ooo(
            "en-ooo-ambiguous-4-5",
            t,
            bill,
            "Automatic reply: " + t.subject,
            ["I'm away until 4/5 and will answer when I'm back.", "", "Bill"],
            None,
            timedelta(minutes=1),
        )
    )
    lise = P("Lise Garnier", "lise.garnier@garnier-sa.fr")
    t = fr2(lise, datetime(2025, 7, 21, 14, 0, tzinfo=PARIS_SUMMER))
    c.append(
        ooo(
            "fr-ooo-debut-aout-sans-date",
            t,
            lise,
            "Réponse automatique : " + t.subject,
            ["Bonjour,", "", "Je suis en congés et serai de retour début août.", "", "Lise Garnier"],
            None,
            timedelta(minutes=1),
        )
    )
    hal = P("Hal Dunn", "hal.dunn@dunn-mfg.com")
    t = en2(hal, datetime(2025, 5, 14, 10, 0, tzinfo=NEW_YORK))
    c.append(
        ooo(
            "en-ooo-back-the-5th-no-month",
            t,
            hal,
            "Out of Office",
            ["Thanks for your note. I'm out on leave and back the week of the 5th.", "", "Hal"],
            None,
            timedelta(minutes=1),
        )
    )
    return c
