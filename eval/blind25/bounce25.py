"""Bounces and delay notices for blind25: Microsoft 365 NDRs of the bank's own tenant (English, and Simplified
Chinese for a mailbox set to zh-CN; 5.1.10, 5.4.1, 5.7.1, 5.2.2, one of two recipients failing, a delay), Postfix
(a bounce and a 'still being retried' warning for a full mailbox), a Japanese provider's Postfix bounce in
ISO-2022-JP, and Chinese providers' own notices (Tencent, NetEase, Sina). The NDR wording is written from memory."""

from datetime import timedelta

import firm25 as F
import people25 as W
from case25 import Ln, P, html_doc, wire
from mime25 import Part, addr, at, ew, hexid, multipart, render, rfc, rfc_utc, rng, text_part, thread_index

MS_SENDER = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"
TENANT = "CHEP278.PROD.OUTLOOK.COM"


def orig_parts(f):
    raw = wire(f, stamp=False)
    head = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"
    return raw, head


def bitem(slug, raw, lang, client, recips, f, when_utc, zone):
    perm = all(r["permanent"] for r in recips)
    return {
        "slug": slug,
        "raw": raw,
        "lang": lang,
        "client": client,
        "kind": "bounce",
        "bounce": {"recipients": recips, "permanent": perm, "original_message_id": f.mid},
        "answers": f.utc,
        "utc": when_utc,
        "date": when_utc.astimezone(at("2027-03-01 00:00", zone).tzinfo).isoformat()
        if zone != "UTC"
        else when_utc.isoformat(),
    }


def us_date(u):
    h = u.hour % 12 or 12
    return f"{u.month}/{u.day}/{u.year} {h}:{u.minute:02d}:{u.second:02d} {'PM' if u.hour >= 12 else 'AM'}"


def dsn_body(reporting, arrival, recips):
    out = [f"Reporting-MTA: dns;{reporting}", f"Received-From-MTA: dns;{reporting}", f"Arrival-Date: {arrival}", ""]
    for rc in recips:
        out += [
            f"Final-Recipient: rfc822;{rc['address']}",
            f"Action: {rc['action']}",
            f"Status: {rc['status']}",
            f"Diagnostic-Code: smtp;{rc['diag']}",
        ]
        if rc.get("remote"):
            out.append(f"Remote-MTA: dns;{rc['remote']}")
        if rc.get("retry"):
            out.append(f"Will-Retry-Until: {rc['retry']}")
        out.append("")
    return ("\r\n".join(out)).encode()


def plain_html(text):
    ls = [Ln(x) for x in text.split("\n")]
    return html_doc(ls, "plain", "utf-8")


# --------------------------------------------------------------------------
# Microsoft 365 NDRs (the bank's tenant)
# --------------------------------------------------------------------------
NDR_EN = {
    "5.1.10": ("{local} wasn't found at {domain}.", "Unknown To address"),
    "5.1.1": ("{local} wasn't found at {domain}.", "Unknown To address"),
    "5.4.1": ("The recipient's email system rejected your message: access denied.", "Access denied"),
    "5.2.2": ("{local}'s mailbox is full and can't accept messages now.", "Mailbox full"),
    "5.7.1": ("Your message wasn't delivered because the recipient's email provider rejected it.", "Message rejected"),
}


def m365_ndr(slug, f, fails, when, *, lang="en", body_extra=""):
    """fails: dicts with address, status, diag, remote. when: seconds after f."""
    r = rng("ndr", slug)
    u = f.utc + timedelta(seconds=when)
    srv = f"ZR0P278MB{r.randrange(1000, 9999)}.{TENANT}"
    raw_orig, head = orig_parts(f)
    rc0 = fails[0]
    local, domain = rc0["address"].split("@")
    if lang == "en":
        reason, title = NDR_EN[rc0["status"]]
        reason = reason.format(local=local, domain=domain)
        subject = "Undeliverable: " + f.subject
        who = ", ".join(x["address"] for x in fails)
        text = f"""Your message to {who} couldn't be delivered.

{reason}

{f.author.email.split("@")[0]}            Office 365            {local}
Action Required                            Recipient

{title}

How to Fix It
{rc0.get("fix", "The address may be misspelled or may not exist. Check the address and try again, or contact the recipient by some other means to confirm it.")}

Was this helpful? Send feedback to Microsoft<https://go.microsoft.com/fwlink/?LinkId=525920>.

________________________________

More Info for Email Admins
Status code: {rc0["diag"].split(" ")[0]} {rc0["status"]}
{body_extra}
Original Message Details
Created Date:    {us_date(f.utc)}
Sender Address:    {f.author.email}
Recipient Address:    {", ".join(p.email for p in f.to)}
Subject:    {f.subject}

Error Details
"""
        for rc in fails:
            text += f"Error:    {rc['diag']}\nMessage rejected by:    {rc.get('remote') or srv}\n"
        text += f"""
Notification Details
Sent by:    {srv}

Original Message Headers

"""
        text += head.decode("ascii").replace("\r\n", "\n")
    else:
        subject = "无法传递: " + f.subject
        text = f"""您发送到 {rc0["address"]} 的邮件无法传递。

您无权向此收件人发送邮件。

{f.author.email.split("@")[0]}            Office 365            {local}
需要执行操作                                收件人

未授权

如何修复
该收件人（组）只接受来自其组织内部、已经过身份验证的发件人的邮件。请通过其他方式联系收件人，或请对方的电子邮件管理员将您的地址添加到允许的发件人列表。

电子邮件管理员的详细信息
状态代码: 550 {rc0["status"]}

原始邮件详细信息
创建日期:    {f.utc.year}/{f.utc.month}/{f.utc.day} {f.utc.hour}:{f.utc.minute:02d}:{f.utc.second:02d}
发件人地址:    {f.author.email}
收件人地址:    {", ".join(p.email for p in f.to)}
主题:    {f.subject}

错误详细信息
错误:    {rc0["diag"]}
拒绝邮件的服务器:    {rc0.get("remote") or srv}

通知详细信息
发送者:    {srv}

原始邮件头

"""
        text += head.decode("ascii").replace("\r\n", "\n")
    alt = multipart(
        "alternative",
        [
            text_part(text, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable"),
            text_part(plain_html(text), 'text/html; charset="utf-8"', "utf-8", "quoted-printable"),
        ],
        f"_000_{hexid(r, 24)}_",
    )
    recs = [
        {
            "address": rc["address"],
            "action": "failed",
            "status": rc["status"],
            "diag": rc["diag"],
            "remote": rc.get("remote"),
        }
        for rc in fails
    ]
    dsn = Part([("Content-Type", "message/delivery-status")], dsn_body(srv, rfc_utc(f.utc), recs))
    orig = Part([("Content-Type", "message/rfc822")], raw_orig)
    bnd = f"_002_{hexid(r, 24)}_"
    content = multipart(
        "report",
        [alt, dsn, orig],
        bnd,
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"',
    )
    H = [
        ("From", f"Microsoft Outlook <{MS_SENDER}@delarive.example>"),
        ("To", addr(f.author.name, f.author.email)),
        ("Date", rfc_utc(u)),
        ("Subject", ew(subject, "utf-8")),
        ("Thread-Topic", ew(f.subject, "utf-8")),
        ("Thread-Index", thread_index(r, 2)),
        ("Message-ID", f"<{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}@{srv}>"),
        ("References", f.mid),
        ("In-Reply-To", f.mid),
        ("Content-Language", "en-US" if lang == "en" else "zh-CN"),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    recips = [{"address": rc["address"], "status": rc["status"], "permanent": True} for rc in fails]
    return bitem(slug, render(H, content), lang, "exchange_ndr", recips, f, u, f.author.zone)


def m365_delay(slug, f, rcpt, when, remote_host, remote_ip):
    r = rng("delay", slug)
    u = f.utc + timedelta(seconds=when)
    srv = f"ZR0P278MB{r.randrange(1000, 9999)}.{TENANT}"
    _, head = orig_parts(f)
    last = u - timedelta(minutes=3, seconds=27)
    text = f"""Delivery is delayed to these recipients or groups:

{rcpt} ({rcpt})<mailto:{rcpt}>

Subject: {f.subject}

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 54 minutes. You'll be notified if the message can't be delivered by that time.


Diagnostic information for administrators:

Generating server: {srv}
Receiving server: {remote_host} ({remote_ip})

{rcpt}
Remote Server at {remote_host} ({remote_ip}) returned '400 4.4.7 Message delayed'
{us_date(last)} - Remote Server at {remote_host} ({remote_ip}) returned '451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName={remote_host}] [LastAttemptedIP={remote_ip}:25]'

Original message headers:

"""
    text += head.decode("ascii").replace("\r\n", "\n")
    alt = multipart(
        "alternative",
        [
            text_part(text, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable"),
            text_part(plain_html(text), 'text/html; charset="utf-8"', "utf-8", "quoted-printable"),
        ],
        f"_000_{hexid(r, 24)}_",
    )
    retry = rfc_utc(f.utc + timedelta(days=2))
    recs = [
        {
            "address": rcpt,
            "action": "delayed",
            "status": "4.4.7",
            "diag": "smtp;400 4.4.7 Message delayed",
            "remote": remote_host,
            "retry": retry,
        }
    ]
    recs[0]["diag"] = "400 4.4.7 Message delayed"
    dsn = Part([("Content-Type", "message/delivery-status")], dsn_body(srv, rfc_utc(f.utc), recs))
    hdrs = Part([("Content-Type", "text/rfc822-headers")], head)
    bnd = f"_002_{hexid(r, 24)}_"
    content = multipart(
        "report", [alt, dsn, hdrs], bnd, ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"'
    )
    H = [
        ("From", f"Microsoft Outlook <{MS_SENDER}@delarive.example>"),
        ("To", addr(f.author.name, f.author.email)),
        ("Date", rfc_utc(u)),
        ("Subject", ew("Delivery delayed: " + f.subject, "utf-8")),
        ("Message-ID", f"<{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}@{srv}>"),
        ("References", f.mid),
        ("In-Reply-To", f.mid),
        ("Content-Language", "en-US"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("MIME-Version", "1.0"),
    ]
    recips = [{"address": rcpt, "status": "4.4.7", "permanent": False}]
    return bitem(slug, render(H, content), "en", "exchange_ndr", recips, f, u, f.author.zone)


# --------------------------------------------------------------------------
# Postfix
# --------------------------------------------------------------------------
def postfix_date(d):
    """Postfix's date: a space-padded day and the zone's abbreviation (tzdata writes '+08' for Singapore)."""
    s = d.strftime("%a, ") + f"{d.day:2d}" + d.strftime(" %b %Y %H:%M:%S %z")
    off = d.strftime("%z")
    return f"{s} ({'JST' if off == '+0900' else off[:3]})"


PF_BOUNCE = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

{detail}
"""

PF_DELAY = """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

{detail}
"""


def postfix(
    slug, f, rcpt, when_s, host, zone, *, delayed, status, diag_lines, dsn_diag, remote, notice=None, lang="en"
):
    r = rng("pf", slug)
    u = f.utc + timedelta(seconds=when_s)
    d = u.astimezone(at("2027-03-01 00:00", zone).tzinfo)
    qid = hexid(r, 10)
    raw_orig, head = orig_parts(f)
    detail = "\n".join(diag_lines)
    text = (PF_DELAY if delayed else PF_BOUNCE).format(host=host, detail=detail)
    if notice is not None:
        human = notice(text)
    else:
        human = Part(
            [("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
            text.replace("\n", "\r\n").encode(),
        )
    arr = postfix_date(f.utc.astimezone(d.tzinfo) + timedelta(seconds=2))
    dsn_lines = [
        f"Reporting-MTA: dns; {host}",
        f"X-Postfix-Queue-ID: {qid}",
        f"X-Postfix-Sender: rfc822; {f.author.email}",
        f"Arrival-Date: {arr}",
        "",
        f"Final-Recipient: rfc822; {rcpt}",
        f"Original-Recipient: rfc822;{rcpt}",
        f"Action: {'delayed' if delayed else 'failed'}",
        f"Status: {status}",
        f"Remote-MTA: dns; {remote}",
        f"Diagnostic-Code: smtp; {dsn_diag}",
    ]
    if delayed:
        dsn_lines.append(f"Will-Retry-Until: {postfix_date(d + timedelta(days=5) - timedelta(hours=4))}")
    dsn = Part(
        [("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
        ("\r\n".join(dsn_lines) + "\r\n").encode(),
    )
    if delayed:
        orig = Part(
            [("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], head
        )
    else:
        orig = Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], raw_orig)
    bnd = f"{qid}.{int(u.timestamp())}/{host}"
    content = multipart(
        "report",
        [human, dsn, orig],
        bnd,
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"',
        preamble="This is a MIME-encapsulated message.\r\n",
    )
    subj = "Delayed Mail (still being retried)" if delayed else "Undelivered Mail Returned to Sender"
    H = [
        ("Return-Path", "<>"),
        (
            "Received",
            f"from {host} ({host} [203.0.113.{r.randrange(2, 250)}])\r\n\tby ZR2PEPF0000{r.randrange(1000, 9999)}.{TENANT}; {rfc_utc(u)}",
        ),
        ("Date", postfix_date(d)),
        ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
        ("Subject", ew(subj, "ISO-2022-JP") if notice is not None else subj),
        ("To", f.author.email),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Content-Transfer-Encoding", "7bit"),
        ("Message-Id", f"<{d:%Y%m%d%H%M%S}.{qid}@{host}>"),
    ]
    if notice is not None:
        H[4] = ("Subject", ew("【配信エラー】", "ISO-2022-JP") + " " + subj)
    recips = [{"address": rcpt, "status": status, "permanent": not delayed}]
    return bitem(slug, render(H, content), lang, "postfix", recips, f, u, zone)


def jp_notice(text):
    ja = """このメールは、きらめきネットのメールサーバーから自動送信されています。

お送りいただいたメールは、以下の宛先に配信できませんでした。
宛先のメールアドレスが存在しないか、誤っている可能性があります。
宛先をご確認のうえ、あらためて送信してください。

――――――――――――――――――――――――――――――

"""
    return text_part(
        ja + text,
        "text/plain; charset=ISO-2022-JP",
        "ISO-2022-JP",
        "7bit",
        extra=[("Content-Description", "Notification")],
    )


# --------------------------------------------------------------------------
# Chinese providers' own notices
# --------------------------------------------------------------------------
def cn_notice(slug, f, rcpt, when_s, *, sender, subject, text, cs, client, status=None, delayed=False, dsn=None):
    r = rng("cn", slug)
    u = f.utc + timedelta(seconds=when_s)
    d = u.astimezone(at("2027-03-01 00:00", "CN").tzinfo)
    raw_orig, head = orig_parts(f)
    human = multipart(
        "alternative",
        [
            text_part(text, f'text/plain; charset="{cs}"', cs, "base64"),
            text_part(
                html_doc([Ln(x) for x in text.split("\n")], "plain", cs), f'text/html; charset="{cs}"', cs, "base64"
            ),
        ],
        f"----=_Part_{r.randrange(10**5, 10**6)}_{r.randrange(10**9, 10**10)}",
    )
    bnd = f"----=_NextPart_{hexid(r, 8)}_{hexid(r, 8)}"
    if dsn is not None:
        dsnp = Part([("Content-Type", "message/delivery-status")], dsn)
        last = (
            Part([("Content-Type", "text/rfc822-headers")], head)
            if delayed
            else Part([("Content-Type", "message/rfc822")], raw_orig)
        )
        content = multipart(
            "report",
            [human, dsnp, last],
            bnd,
            ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"',
        )
    else:
        content = multipart(
            "mixed",
            [
                human,
                Part(
                    [
                        ("Content-Type", "message/rfc822"),
                        ("Content-Disposition", 'attachment; filename="original.eml"'),
                    ],
                    raw_orig,
                ),
            ],
            bnd,
        )
    H = [
        ("Return-Path", "<>"),
        ("Date", rfc(d)),
        ("From", addr(sender[0], sender[1], cs)),
        ("To", f.author.email),
        ("Subject", ew(subject, cs)),
        ("Message-ID", f"<{d:%Y%m%d%H%M%S}.{hexid(r, 12)}@{sender[1].split('@')[1]}>"),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    rc = {"address": rcpt, "permanent": not delayed}
    if status:
        rc = {"address": rcpt, "status": status, "permanent": not delayed}
    return bitem(slug, render(H, content), "zh", client, [rc], f, u, "CN")


def items():
    out = []
    # 5.1.10: the colleague named in an out-of-office reply does not exist
    jason = P("Jason Lee", "jason.lee@straitsholdings.example", "SG")
    f = F.slots_sg("slots_jason", jason, "2027-03-09 09:05", "Mr Lee")
    out.append(
        m365_ndr(
            "jason-5-1-10",
            f,
            [
                {
                    "address": jason.email,
                    "status": "5.1.10",
                    "diag": f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {jason.email} not found by SMTP address lookup",
                    "remote": "SI2PR06MB5123.apcprd06.prod.outlook.com",
                }
            ],
            4,
        )
    )
    # 5.4.1: access denied by the recipient's tenant
    treas = P("Gulfstar Treasury", "treasury@gulfstar-trading.example", "AE")
    f = F.msg(
        "gulf_treasury",
        W.farah,
        [treas],
        "Facility renewal - signed letter received",
        "2027-03-04 15:02",
        """
        Dear Treasury team,

        For your records: we have received Mr Pillai's signed renewal letter. The facility is renewed until 31 March 2028 on the same terms.

        Kind regards,
        Farah
        """,
        "farah",
        "DXB",
    )
    out.append(
        m365_ndr(
            "gulfstar-5-4-1",
            f,
            [
                {
                    "address": treas.email,
                    "status": "5.4.1",
                    "diag": "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [DX0PEPF0000A3B1.AREP273.PROD.OUTLOOK.COM]",
                    "remote": "DX0PEPF0000A3B1.AREP273.PROD.OUTLOOK.COM",
                }
            ],
            3,
        )
    )
    # 5.7.1 in Simplified Chinese: a group that only accepts authenticated senders
    fin = P("恒通集团财务部", "finance@hengtong-group.example", "CN")
    f = F.msg(
        "hengtong_fin",
        W.yiran,
        [fin],
        "恒通集团 - 2月份账户对账单",
        "2027-03-10 10:15",
        """
        恒通集团财务部：

        您好！附件为贵集团账户2027年2月份的对账单，请查收。如有疑问，请随时与我联系。

        沈怡然
        """,
        "yiran",
        "HKG-SC",
        fam=F.fam(content_lang="zh-CN"),
    )
    out.append(
        m365_ndr(
            "hengtong-5-7-1-zh",
            f,
            [
                {
                    "address": fin.email,
                    "status": "5.7.1",
                    "diag": "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]",
                    "remote": "SH0PR01MB2741.CHNPR01.prod.partner.outlook.cn",
                }
            ],
            5,
            lang="zh",
        )
    )
    # 5.2.2: a full mailbox on Exchange Online (permanent)
    tanaka = P("田中 美咲", "m.tanaka@sato-kosan.example", "JP")
    f = F.msg(
        "tanaka_trade",
        W.takumi,
        [tanaka],
        "取引報告書の送付（佐藤興産株式会社様）",
        "2027-03-24 14:30",
        """
        田中様

        お世話になっております。デラリーブ・アジアの新井でございます。

        佐藤社長よりご依頼のありました、3月24日受渡分の取引報告書を添付にてお送りいたします。
        ご査収のほど、よろしくお願いいたします。
        """,
        "takumi",
        "HKG-JP",
        fam=F.fam(content_lang="ja-JP"),
    )
    out.append(
        m365_ndr(
            "tanaka-5-2-2-full",
            f,
            [
                {
                    "address": tanaka.email,
                    "status": "5.2.2",
                    "diag": "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception",
                    "remote": "TYCPR01MB8842.jpnprd01.prod.outlook.com",
                    "fix": "The recipient's mailbox is full and can't accept messages now. Try resending the message later, or contact the recipient directly.",
                }
            ],
            6,
        )
    )
    # one of two recipients fails (the other was delivered)
    acc = P("Iyer Holdings Accounts", "accounts@iyerholdings.example", "IN")
    f = F.msg(
        "iyer_two",
        W.priya,
        [W.iyer, acc],
        "Periodic review - note on the source of funds",
        "2027-03-10 11:20",
        """
        Dear Mrs Iyer,

        Thank you for the documents. As discussed, I am copying your accounts team so that your auditor's note on points 3 and 4 can be sent to me directly.

        Warm regards,
        Priya
        """,
        "priya",
        "SIN",
    )
    out.append(
        m365_ndr(
            "iyer-one-of-two",
            f,
            [
                {
                    "address": acc.email,
                    "status": "5.1.1",
                    "diag": f"550 5.1.1 User does not exist - <{acc.email}>",
                    "remote": "mx.zoho-mail.example",
                }
            ],
            9,
        )
    )
    # spam filter of an on-premises Exchange (Saudi Arabia)
    otaibi = P("Mohammed Al-Otaibi", "m.alotaibi@qahtani-group.example", "SA")
    f = F.msg(
        "otaibi_note",
        W.omar,
        [otaibi],
        "GCC note for March - Qahtani Group",
        "2027-03-02 10:40",
        """
        Dear Mohammed,

        As requested by Mr Abdulrahman, please find attached our GCC note for March.

        Best regards,
        Omar
        """,
        "omar",
        "DXB",
    )
    out.append(
        m365_ndr(
            "otaibi-5-7-1-spam",
            f,
            [
                {
                    "address": otaibi.email,
                    "status": "5.7.1",
                    "diag": "550 5.7.1 Message rejected as spam by Content Filtering.",
                    "remote": "mail.qahtani-group.example",
                    "fix": "The recipient's email system considered your message to be spam. Contact the recipient by some other means and ask their email admin to add your address to their allowed senders.",
                }
            ],
            7,
        )
    )
    # Microsoft 365 delay notice (4.4.7)
    f = F.msg(
        "jung_followup",
        W.seoyeon,
        [W.jung],
        "RE: 고객정보 정기 갱신 요청",
        "2027-03-16 09:20",
        """
        정현우 고객님께,

        보내 주신 영문 주민등록등본 잘 받았습니다. 갱신 절차가 모두 완료되었습니다.

        감사합니다.
        """,
        "seoyeon",
        "HKG-KR",
        fam=F.fam(content_lang="ko-KR"),
    )
    out.append(m365_delay("jung-delay-4-4-7", f, W.jung.email, 4 * 3600 + 12, "mx2.hanmail.example", "203.0.113.152"))
    # Postfix: user unknown (permanent)
    tbk = P("Tan Boon Keng", "boonkeng@tbk-holdings.example", "SG")
    f = F.slots_sg("slots_tbk", tbk, "2027-03-09 09:00", "Mr Tan")
    out.append(
        postfix(
            "tbk-postfix-5-1-1",
            f,
            tbk.email,
            12,
            "mail.tbk-holdings.example",
            "SG",
            delayed=False,
            status="5.1.1",
            diag_lines=[
                f"<{tbk.email}>: host mailbox.tbk-holdings.example[203.0.113.61]",
                f"    said: 550 5.1.1 <{tbk.email}>: Recipient address rejected:",
                "    User unknown in virtual mailbox table (in reply to RCPT TO command)",
            ],
            dsn_diag=f"550 5.1.1 <{tbk.email}>: Recipient address rejected: User\r\n    unknown in virtual mailbox table",
            remote="mailbox.tbk-holdings.example",
        )
    )
    # Postfix: mailbox full, still being retried (temporary)
    f = F.msg(
        "goh_confirm",
        W.daniel,
        [W.goh],
        "Your portfolio review on Tuesday 16 March",
        "2027-03-12 16:30",
        """
        Dear Madam Goh,

        This is to confirm your portfolio review on Tuesday 16 March at 10:00 at our office, 21 Collyer Quay, #17-01. Your nephew is most welcome.

        Best regards,
        Daniel
        """,
        "daniel",
        "SIN",
    )
    out.append(
        postfix(
            "goh-postfix-delayed-full",
            f,
            W.goh.email,
            4 * 3600 + 1800,
            "mail.singmail.example",
            "SG",
            delayed=True,
            status="4.2.2",
            diag_lines=[
                f"<{W.goh.email}>: host mbox3.singmail.example[203.0.113.88] said:",
                f"    452 4.2.2 <{W.goh.email}>: Mailbox full (in reply to RCPT TO",
                "    command)",
            ],
            dsn_diag=f"452 4.2.2 <{W.goh.email}>: Mailbox full",
            remote="mbox3.singmail.example",
        )
    )
    # a Japanese provider (Postfix) with its Japanese notice, ISO-2022-JP
    ogawa = P("小川 洋子", "y-ogawa@kirameki-net.example", "JP")
    f = F.bond_jp("bond_ogawa", ogawa, "2027-03-02 11:10", "小川様")
    out.append(
        postfix(
            "ogawa-jp-provider-iso2022",
            f,
            ogawa.email,
            20,
            "mx02.kirameki-net.example",
            "JP",
            delayed=False,
            status="5.1.1",
            diag_lines=[f'<{ogawa.email}>: unknown user: "y-ogawa"'],
            dsn_diag='550 5.1.1 unknown user: "y-ogawa"',
            remote="mx02.kirameki-net.example",
            notice=jp_notice,
            lang="ja",
        )
    )
    # Tencent (QQ Mail): a frozen mailbox, Chinese, no DSN, no enhanced code
    oldzhou = P("周建国", "jg.zhou@qq.example", "CN")
    f = F.kyc_cn("kyc_oldzhou", oldzhou, "2027-03-01 10:28", "周先生", "800万美元")
    out.append(
        cn_notice(
            "zhou-qq-frozen",
            f,
            oldzhou.email,
            95,
            sender=("PostMaster", "PostMaster@qq.example"),
            subject="系统退信：" + f.subject,
            text=f"""您好！

很抱歉，您发送的邮件未能成功送达以下收件人：

收件人：{oldzhou.email}
退信原因：该邮箱长期未登录，已被冻结，无法接收邮件。(550 Mailbox unavailable or access denied)
建议：请通过其他方式联系收件人，确认其当前使用的邮箱地址。

原邮件信息：
主题：{f.subject}
发送时间：2027-03-01 10:28

此邮件为系统自动发出，请勿直接回复。""",
            cs="gb18030",
            client="tencent_mta",
        )
    )
    # NetEase (163): mailbox full after retries, Chinese, with a DSN (permanent)
    f = F.msg(
        "sun_stmt",
        W.yiran,
        [W.sunli],
        "孙女士 - 2月份账户对账单",
        "2027-03-16 10:05",
        """
        孙女士：

        您好！附件为您账户2027年2月份的对账单，请查收。

        沈怡然
        """,
        "yiran",
        "HKG-SC",
        fam=F.fam(content_lang="zh-CN"),
    )
    dsn = (
        "Reporting-MTA: dns; mx-163.example\r\n\r\n"
        f"Final-Recipient: rfc822; {W.sunli.email}\r\n"
        "Action: failed\r\n"
        "Status: 5.2.2\r\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded\r\n"
    ).encode()
    out.append(
        cn_notice(
            "sun-163-full",
            f,
            W.sunli.email,
            3 * 86400 + 3600,
            sender=("网易邮件中心", "postmaster@163.example"),
            subject="系统退信",
            text=f"""您好，

您发送的邮件因收件人邮箱空间已满，经多次尝试仍未能投递成功，现将原邮件退回。

收件人：{W.sunli.email}
退信原因：552 5.2.2 收件人邮箱空间已满（Mailbox quota exceeded）
原邮件主题：{f.subject}

请通知收件人清理邮箱空间后，再重新发送。

网易邮件中心""",
            cs="GBK",
            client="netease_mta",
            status="5.2.2",
            dsn=dsn,
        )
    )
    # Sina: a delay notice in Chinese (temporary)
    f = F.msg(
        "feng_resend",
        W.insights,
        [W.feng],
        "德拉里夫亚洲投资洞察 | 2027年2月刊（补发）",
        "2027-03-10 09:00",
        """
        尊敬的冯女士：

        您好！应您的要求，现补发2027年2月刊，请查收附件。给您带来不便，敬请谅解。

        德拉里夫亚洲投资洞察编辑部
        """,
        "angeline",
        "SIN",
        fam=F.fam(content_lang="zh-CN"),
    )
    dsn = (
        "Reporting-MTA: dns; mx.sina.example\r\n\r\n"
        f"Final-Recipient: rfc822; {W.feng.email}\r\n"
        "Action: delayed\r\n"
        "Status: 4.3.0\r\n"
        "Diagnostic-Code: smtp; 451 4.3.0 Mailbox temporarily unavailable, try again later\r\n"
    ).encode()
    out.append(
        cn_notice(
            "feng-sina-delay",
            f,
            W.feng.email,
            6 * 3600,
            sender=("新浪邮箱", "postmaster@sina.example"),
            subject="邮件延迟投递通知",
            text=f"""您好！

这是新浪邮件系统发出的提醒，您无需重新发送邮件。

您发给以下收件人的邮件暂时无法投递，系统将在今后5天内继续尝试投递：
{W.feng.email}

原因：451 4.3.0 收件人邮箱暂时不可用，请稍后重试
邮件主题：{f.subject}

如5天后仍无法投递，系统将退回原邮件。""",
            cs="GBK",
            client="sina_mta",
            status="4.3.0",
            delayed=True,
            dsn=dsn,
        )
    )
    return out
