"""Bounces (delivery status notifications) and automatic replies."""
import json

from engine import *  # noqa
from engine import R, esc
from people import *  # noqa

AUTO = []   # (client, lang, kind, slug, raw_bytes)


def A(client, lang, kind, slug, raw):
    AUTO.append(dict(client=client, lang=lang, kind=kind, slug=slug, raw=raw))


# --------------------------------------------------------------------------
# the outreach messages that bounced / triggered an auto-reply
# --------------------------------------------------------------------------
def outreach(frm, to, subj, body, date, mid=None, client="tb"):
    dom = frm[1].split("@")[1]
    mid = mid or (mid_tb(dom) if client == "tb" else mid_gmail() if client == "gmail" else mid_apple(dom))
    hs = [("Return-Path", f"<{frm[1]}>")]
    if client == "tb":
        hs += [("To", addr(*to)), ("From", addr(*frm)), ("Subject", enc_word(subj)), ("Message-ID", mid),
               ("Date", rfc_date(date)),
               ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101\r\n Thunderbird/68.5.0"),
               ("MIME-Version", "1.0")]
        content, b = leaf("text/plain; charset=utf-8; format=flowed", body, "utf-8",
                          "8bit" if not is_ascii(body) else "7bit")
        hs += content + [("Content-Language", "en-US")]
    elif client == "gmail":
        hs += [("MIME-Version", "1.0"), ("From", addr(*frm)), ("Date", rfc_date(date, pad=True)),
               ("Message-ID", mid), ("Subject", enc_word(subj, "UTF-8", "B")), ("To", addr(*to))]
        content, b = leaf('text/plain; charset="UTF-8"', body, "UTF-8", "quoted-printable")
        hs += content
    elif client == "apple":
        hs += [("From", addr(*frm)), ("Content-Type", "text/plain;\r\n\tcharset=utf-8"),
               ("Content-Transfer-Encoding", "quoted-printable"),
               ("Mime-Version", "1.0 (Mac OS X Mail 13.4 \\(3608.80.23.2.2\\))"),
               ("Subject", enc_word(subj)), ("Message-Id", mid), ("Date", rfc_date(date)), ("To", addr(*to)),
               ("X-Mailer", "Apple Mail (2.3608.80.23.2.2)")]
        _, b = leaf("x", body, "utf-8", "quoted-printable")
    elif client == "outlook":
        hs += [("From", addr(*frm)), ("To", addr(*to)), ("Subject", enc_word(subj)), ("Date", rfc_date(date)),
               ("Message-ID", mid), ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
               ("Thread-Index", thread_index()), ("Content-Language", "en-gb")]
        content, b = leaf('text/plain; charset="utf-8"', body, "utf-8", "quoted-printable")
        hs += content
    raw = message(hs, [], b)
    return raw, mid


def header_block(raw):
    return raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"


def rfc822_part(raw):
    return ([("Content-Type", "message/rfc822")], raw)


def dsn_fields(fields):
    return "\n".join(f"{k}: {v}" for k, v in fields)


# ==========================================================================
# BOUNCES (15)
# ==========================================================================
# 1. Postfix, user unknown
_o, _mid = outreach(EN_R, ("John Harlow", "j.harlow@harlow-foods.co.uk"), "Cutting month-end reporting time",
                    EN_R1.format(greet="Hi John,", co="Harlow Foods"), D(2020, 3, 3, 9, 14, tz="+0000"))
_dt = D(2020, 3, 3, 9, 14, 33, tz="+0000")
_qid = hexs(10)
_b = f"{_qid}.{R.randint(1583000000, 1583999999)}/mail.brightpath-analytics.com"
_txt = """This is the mail system at host mail.brightpath-analytics.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.harlow@harlow-foods.co.uk>: host mx.harlow-foods.co.uk[203.0.113.25] said:
    550 5.1.1 <j.harlow@harlow-foods.co.uk>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
_ds = f"""Reporting-MTA: dns; mail.brightpath-analytics.com
X-Postfix-Queue-ID: {_qid}
X-Postfix-Sender: rfc822; rachel.okafor@brightpath-analytics.com
Arrival-Date: {rfc_date(_dt, postfix=True)} (GMT)

Final-Recipient: rfc822; j.harlow@harlow-foods.co.uk
Original-Recipient: rfc822;j.harlow@harlow-foods.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.harlow-foods.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <j.harlow@harlow-foods.co.uk>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
_ct, _body = multipart(f'multipart/report; report-type=delivery-status;\r\n\tboundary="{_b}"', _b, [
    leaf("text/plain; charset=us-ascii", _txt, "us-ascii", None, extra=[("Content-Description", "Notification")],
         order="cte_first"),
    ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
     encode_body(_ds, "us-ascii", "7bit")),
    ([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822"),
      ("Content-Transfer-Encoding", "8bit")], _o)],
    preamble="This is a MIME-encapsulated message.")
A("thunderbird", "en", "bounce", "postfix-user-unknown", message([
    ("Return-Path", "<>"), ("Delivered-To", "rachel.okafor@brightpath-analytics.com"),
    ("Received", f"by mail.brightpath-analytics.com (Postfix)\r\n\tid {_qid}; {rfc_date(_dt, postfix=True)} (GMT)"),
    ("Date", f"{rfc_date(_dt, postfix=True)} (GMT)"),
    ("From", "MAILER-DAEMON@mail.brightpath-analytics.com (Mail Delivery System)"),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("To", "rachel.okafor@brightpath-analytics.com"),
    ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")], _ct + [
    ("Content-Transfer-Encoding", "8bit"),
    ("Message-Id", f"<20200303091433.{_qid}@mail.brightpath-analytics.com>")], _body))

# 2. Exim classic single-part
_o, _mid = outreach(DE_J, ("", "info@schreinerei-haag.de"), "Wartungsplanung bei der Schreinerei Haag",
                    DE_J1.format(greet="Sehr geehrte Damen und Herren,", co="die Schreinerei Haag"),
                    D(2019, 5, 14, 9, 14, tz="+0200"), client="gmail")
_dt = D(2019, 5, 14, 9, 14, 52, tz="+0200")
_txt = ("This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        "  info@schreinerei-haag.de\n"
        "    host mx01.kundenserver-mail.example [198.51.100.17]\n"
        "    SMTP error from remote mail server after RCPT TO:<info@schreinerei-haag.de>:\n"
        "    550 Requested action not taken: mailbox unavailable\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n")
_body = encode_body(_txt, "utf-8", "8bit") + _o
A("thunderbird", "en", "bounce", "exim-classic-mailbox-unavailable", message([
    ("Return-path", "<>"), ("Envelope-to", "jonas.brandt@feldwerk-software.de"),
    ("Delivery-date", rfc_date(_dt)),
    ("Received", f"from mail by srv14.webhost-europa.de with local (Exim 4.92)\r\n\tid 1hQUYe-0004Qf-6T\r\n\t"
                 f"for jonas.brandt@feldwerk-software.de; {rfc_date(_dt)}"),
    ("X-Failed-Recipients", "info@schreinerei-haag.de"), ("Auto-Submitted", "auto-replied"),
    ("From", "Mail Delivery System <Mailer-Daemon@srv14.webhost-europa.de>"),
    ("To", "jonas.brandt@feldwerk-software.de"),
    ("Subject", "Mail delivery failed: returning message to sender"),
    ("Message-Id", "<E1hQUYe-0004Qf-6T@srv14.webhost-europa.de>"), ("Date", rfc_date(_dt))], [], _body))

# 3. Exim multipart/report, mailbox full (original from Apple Mail)
_o, _mid = outreach(IT_G, ("Andrea Ricci", "a.ricci@studio-ricci.it"), "Listini e ordini rivenditori",
                    IT_G1.format(greet="Buongiorno Andrea,", co="lo Studio Ricci"), D(2021, 10, 5, 9, 14, tz="+0200"),
                    client="apple")
_dt = D(2021, 10, 5, 9, 15, 3, tz="+0200")
_b = f"{R.randint(1633400000, 1633499999)}-eximdsn-{R.randint(100000000, 999999999)}"
_txt = ("This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        "  a.ricci@studio-ricci.it\n"
        "    host mx.studio-ricci.it [192.0.2.88]\n"
        "    SMTP error from remote mail server after RCPT TO:<a.ricci@studio-ricci.it>:\n"
        "    552 5.2.2 <a.ricci@studio-ricci.it>: Mailbox full - quota exceeded\n")
_ds = ("Reporting-MTA: dns; smtp3.lineacorta.it\n\n"
       "Action: failed\nFinal-Recipient: rfc822;a.ricci@studio-ricci.it\nStatus: 5.2.2\n"
       "Remote-MTA: dns; mx.studio-ricci.it\n"
       "Diagnostic-Code: smtp; 552 5.2.2 <a.ricci@studio-ricci.it>: Mailbox full - quota exceeded\n")
_ct, _body = multipart(f"multipart/report; report-type=delivery-status; boundary={_b}", _b, [
    leaf("text/plain; charset=us-ascii", _txt, "us-ascii", "7bit"),
    ([("Content-Type", "message/delivery-status")], encode_body(_ds, "us-ascii", "7bit")),
    ([("Content-Type", "message/rfc822")], _o)])
A("apple_mail", "en", "bounce", "exim-report-mailbox-full", message([
    ("Return-path", "<>"), ("Auto-Submitted", "auto-replied"),
    ("From", "Mail Delivery System <Mailer-Daemon@smtp3.lineacorta.it>"),
    ("To", "giulia.ferrante@lineacorta.it"),
    ("References", _mid),
    ("Subject", "Mail delivery failed: returning message to sender"),
    ("MIME-Version", "1.0")], _ct + [
    ("Message-Id", "<E1mXg2d-0007Ak-Qe@smtp3.lineacorta.it>"), ("Date", rfc_date(_dt))], _body))


# 4-8. Exchange / Office 365 NDRs
def exchange_ndr(lang, frm, rcpt, subj_orig, body_orig, dt, style, mailbox_dom, client="outlook", era=2016):
    o, mid = outreach(frm, rcpt, subj_orig, body_orig, dt, mid=mid_exchange_online()[0], client=client)
    ndt = dt + timedelta(seconds=R.randint(3, 40))
    mid_ndr, srv = mid_exchange_online()
    r = rcpt[1]
    T = {
        "en": ("Undeliverable: ", "Delivery has failed to these recipients or groups:",
               "The email address you entered couldn't be found. Please check the recipient's email address and "
               "try to resend the message. If the problem continues, please contact your helpdesk.",
               "Diagnostic information for administrators:", "Generating server:", "Original message headers:"),
        "fr": ("Non remis : ", "La remise aux destinataires ou groupes suivants a échoué :",
               "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du "
               "destinataire et essayez de renvoyer le message. Si le problème persiste, contactez votre support "
               "technique.",
               "Informations de diagnostic pour les administrateurs :", "Serveur de génération :",
               "En-têtes de message d'origine :"),
        "de": ("Unzustellbar: ", "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:",
               "Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. Überprüfen Sie die E-Mail-Adresse "
               "des Empfängers, und versuchen Sie, die Nachricht erneut zu senden. Wenn das Problem weiterhin "
               "auftritt, wenden Sie sich an Ihr Helpdesk.",
               "Diagnoseinformationen für Administratoren:", "Generierender Server:",
               "Ursprüngliche Nachrichtenkopfzeilen:"),
        "nl": ("Onbestelbaar: ", "Bezorging is mislukt voor deze ontvangers of groepen:",
               "Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de "
               "ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het "
               "probleem zich blijft voordoen.",
               "Diagnostische gegevens voor beheerders:", "Genererende server:",
               "Oorspronkelijke berichtkoppen:"),
    }[lang]
    diag = (f"Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {r} not found by "
            f"SMTP address lookup'")
    hdrs = header_block(o).decode("ascii").replace("\r\n", "\n")
    text = (f"{T[1]}\n\n{r}<mailto:{r}>\n{T[2]}\n\n\n\n\n\n\n\n\n\n{T[3]}\n\n{T[4]} {srv.split('.')[0]}\n\n"
            f"{r}\n{diag}\n\n{T[5]}\n\n{hdrs}")
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<style>.rfc822-headers {{font-family: Consolas;}}</style></head><body>\n'
            f'<p><b><font color="#000066" size="3" face="Arial">{esc(T[1])}</font></b></p>\n'
            f'<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:{r}">{r}</a><br>\n'
            f'</font><font color="#000000" size="3" face="Arial">{esc(T[2])}</font></p>\n'
            f'<font color="#808080" size="2" face="Tahoma"><p><b>{esc(T[3])}</b></p>'
            f'<p>{esc(T[4])} {srv.split(".")[0]}<br></p><p>{r}<br>{esc(diag)}<br></p>'
            f'<p>{esc(T[5])}</p></font><p><font color="#808080" size="2" face="Courier New">'
            f'<span class="rfc822-headers">{esc(hdrs).replace(chr(10), "<br>")}</span></font></p>\n</body></html>\n')
    b1 = boundary_exchange(mid_ndr)
    b2 = "_" + hexs(8, False) + "-" + hexs(4, False) + "-" + hexs(4, False) + "_"
    alt = multipart(f'multipart/alternative; differences=Content-Type;\r\n\tboundary="{b2}"', b2, [
        leaf("text/plain; charset=\"utf-8\"", text, "utf-8", "base64"),
        leaf("text/html; charset=\"utf-8\"", html, "utf-8", "quoted-printable")])
    ds = (f"Reporting-MTA: dns;{srv}\nReceived-From-MTA: dns;{srv}\nArrival-Date: {rfc_date(dt)}\n\n"
          f"Original-Recipient: rfc822;{r}\nFinal-Recipient: rfc822;{r}\nAction: failed\nStatus: 5.1.10\n"
          f"Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {r} not found by SMTP "
          f"address lookup\n")
    b0 = "_" + hexs(8, False) + "-" + hexs(4, False) + "-" + hexs(4, False) + "-" + hexs(4, False) + "_"
    ct, body = multipart(f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b0}"', b0, [
        (alt[0], alt[1]),
        ([("Content-Type", "message/delivery-status")], encode_body(ds, "us-ascii", "7bit")),
        ([("Content-Type", "text/rfc822-headers")], header_block(o))])
    hs = [("Return-Path", "<>"),
          ("From", f"{'Microsoft Outlook' if lang == 'en' else 'Microsoft Outlook'}\r\n\t"
                   f"<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{mailbox_dom}>"),
          ("To", addr(*frm)), ("Date", rfc_date(ndt, pad=False)),
          ("Message-ID", mid_ndr), ("In-Reply-To", mid), ("References", mid),
          ("Subject", enc_word(T[0] + subj_orig)),
          ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
          ("Content-Language", {"en": "en-US", "fr": "fr-FR", "de": "de-DE", "nl": "nl-NL"}[lang]),
          ("X-MS-PublicTrafficType", "Email"), ("MIME-Version", "1.0")]
    return message(hs, ct, body)


A("outlook_headers", "en", "bounce", "o365-recipient-not-found",
  exchange_ndr("en", EN_T, ("Mike Jensen", "m.jensen@fjordline-marine.com"),
               "Freight audit for Fjordline Marine", EN_T1.format(greet="Hi Mike,", co="Fjordline Marine"),
               D(2022, 1, 11, 9, 14, tz="+0000"), "new", "keystonelogistics.onmicrosoft.com"))
A("outlook_headers", "fr", "bounce", "exchange-non-remis",
  exchange_ndr("fr", FR_C, ("Marc Dupont", "m.dupont@dupont-associes.fr"),
               "Structuration de votre équipe commerciale",
               FR_C1.format(greet="Bonjour Monsieur Dupont,", co="Dupont & Associés"),
               D(2021, 3, 16, 9, 14), "2016", "helioconseil.onmicrosoft.com"))
A("outlook_headers", "de", "bounce", "exchange-unzustellbar",
  exchange_ndr("de", DE_J, ("Petra Lang", "p.lang@lang-druckguss.de"), "Wartungsplanung bei Lang Druckguss",
               DE_J1.format(greet="Sehr geehrte Frau Lang,", co="Lang Druckguss"),
               D(2020, 11, 10, 9, 14), "2016", "feldwerksoftware.onmicrosoft.com"))
A("outlook_headers", "nl", "bounce", "exchange-onbestelbaar",
  exchange_ndr("nl", NL_S, ("Tim de Graaf", "t.degraaf@degraaf-installaties.nl"), "Planning monteurs",
               NL_S1.format(greet="Beste Tim,", co="De Graaf Installaties"),
               D(2021, 6, 8, 9, 14, tz="+0200"), "2016", "polderlicht.onmicrosoft.com"))

# 8. Exchange 2003 NDR (text/plain + delivery-status)
_o, _mid = outreach(EN_T, ("Bill Norris", "bnorris@norris-plastics.com"), "Freight audit for Norris Plastics",
                    EN_T1.format(greet="Hi Bill,", co="Norris Plastics"), D(2007, 5, 22, 9, 14, tz="+0100"),
                    mid=mid_outlook2003("KLTP-WS114"), client="outlook")
_dt = D(2007, 5, 22, 9, 16, 8, tz="+0100")
_txt = ("Your message did not reach some or all of the intended recipients.\n\n"
        "      Subject:\tFreight audit for Norris Plastics\n"
        f"      Sent:\t22/05/2007 09:14\n\n"
        "The following recipient(s) cannot be reached:\n\n"
        "      'Bill Norris' on 22/05/2007 09:16\n"
        "            The e-mail address could not be found.  Perhaps the recipient moved to a different e-mail "
        "organization, or there was a mistake in the address.  Check the address and try again.\n"
        "            <KLTEX01.keystone.local #5.1.1>\n")
_ds = ("Reporting-MTA: dns;KLTEX01.keystone.local\nReceived-From-MTA: dns;KLTP-WS114\n"
       f"Arrival-Date: {rfc_date(_dt)}\n\nFinal-Recipient: rfc822;bnorris@norris-plastics.com\n"
       "Action: failed\nStatus: 5.1.1\nX-Display-Name: Bill Norris\n")
_b = "----_=_NextPart_001_01C79C4D." + hexs(8)
_ct, _body = multipart(f'multipart/report;\r\n\treport-type=delivery-status;\r\n\tboundary="{_b}"', _b, [
    leaf('text/plain;\r\n\tcharset="iso-8859-1"', _txt, "iso-8859-1", "quoted-printable"),
    ([("Content-Type", "message/delivery-status")], encode_body(_ds, "us-ascii", "7bit")),
    ([("Content-Type", "message/rfc822")], _o)],
    preamble="This is a multi-part message in MIME format.")
A("outlook_original", "en", "bounce", "exchange2003-did-not-reach", message([
    ("Return-Path", "<>"), ("Content-class", "urn:content-classes:dsn"),
    ("Subject", "Undeliverable: Freight audit for Norris Plastics"),
    ("Date", rfc_date(_dt)), ("MIME-Version", "1.0")], _ct + [
    ("X-MimeOLE", "Produced By Microsoft Exchange V6.5"),
    ("Message-ID", f"<{hexs(32)}@KLTEX01.keystone.local>"),
    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
    ("Thread-Topic", "Freight audit for Norris Plastics"),
    ("From", "System Administrator <postmaster@keystone-logistics.co.uk>"),
    ("To", "Tom Whitfield <tom.whitfield@keystone-logistics.co.uk>")], _body))


# 9-10. Gmail DSN (en, es)
def gmail_dsn(lang, frm, rcpt, subj, body, dt):
    o, mid = outreach(frm, rcpt, subj, body, dt, client="gmail")
    ndt = dt + timedelta(seconds=R.randint(2, 9))
    r = rcpt[1]
    code = (f"550 5.1.1 The email account that you tried to reach does not exist. Please try\n"
            f"550-5.1.1 double-checking the recipient's email address for typos or\n"
            f"550-5.1.1 unnecessary spaces. Learn more at\n"
            f"550 5.1.1  https://support.google.com/mail/?p=NoSuchUser {b64id(12).lower()}.{R.randint(10, 99)} - gsmtp")
    if lang == "en":
        head, expl, learn, resp = ("** Address not found **",
                                   f"Your message wasn't delivered to {r} because the address couldn't be found, "
                                   "or is unable to receive mail.",
                                   "Learn more here: https://support.google.com/mail/?p=NoSuchUser",
                                   "The response from the remote server was:")
        subj_dsn = "Delivery Status Notification (Failure)"
    else:
        head, expl, learn, resp = ("** No se ha encontrado la dirección **",
                                   f"Tu mensaje no se ha entregado a {r} porque no se ha encontrado la dirección "
                                   "o porque no puede recibir correo.",
                                   "Más información: https://support.google.com/mail/?p=NoSuchUser",
                                   "La respuesta del servidor remoto ha sido:")
        subj_dsn = "Delivery Status Notification (Failure)"
    text = f"\n{head}\n\n{expl}\n\n{learn}\n\n{resp}\n{code}\n"
    html = (f'<html>\n<head>\n<style>\n* {{\nbody {{\n  font-family: "Roboto", sans-serif;\n}}\n</style>\n</head>\n'
            f'<body>\n<table cellpadding="0" cellspacing="0" class="email-wrapper"><tbody><tr><td>'
            f'<table cellpadding="0" cellspacing="0"><tbody><tr><td style="padding:48px 0 24px 0">'
            f'<img height="40" src="https://www.gstatic.com/images/branding/productlogos/gmail/1x/gmail_48dp.png"'
            f' width="40"></td></tr><tr><td style="font-size:24px;padding:0 0 16px 0">{esc(head.strip("* "))}</td>'
            f'</tr><tr><td style="font-size:16px;line-height:24px">{esc(expl)}</td></tr></tbody></table>'
            f'<table><tr><td><p>{esc(resp)}</p><p style="font-family:monospace">{esc(code).replace(chr(10), "<br>")}'
            f'</p></td></tr></table></td></tr></tbody></table>\n</body>\n</html>\n')
    b0 = boundary_gmail()
    b1 = boundary_gmail()
    rel = multipart(f'multipart/related; boundary="{b1}"', b1, [
        leaf('text/html; charset="UTF-8"', html, "UTF-8", "quoted-printable")])
    ds = (f"Reporting-MTA: dns; googlemail.com\nArrival-Date: {rfc_date(dt)}\n"
          f"X-Original-Message-ID: {mid}\n\nFinal-Recipient: rfc822; {r}\nAction: failed\nStatus: 5.1.1\n"
          f"Remote-MTA: dns; mx.{r.split('@')[1]}. (192.0.2.{R.randint(10, 200)}, the server for the domain "
          f"{r.split('@')[1]}.)\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n"
          f"Last-Attempt-Date: {rfc_date(ndt)}\n")
    ct, b = multipart(f'multipart/report; boundary="{b0}"; report-type=delivery-status', b0, [
        (rel[0], rel[1]),
        leaf('text/plain; charset="UTF-8"', text, "UTF-8", "quoted-printable" if not is_ascii(text) else None),
        ([("Content-Type", "message/delivery-status")], encode_body(ds, "us-ascii", "7bit")),
        ([("Content-Type", "message/rfc822")], o)])
    hs = [("Return-Path", "<>"), ("MIME-Version", "1.0"),
          ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", frm[1]), ("Auto-Submitted", "auto-replied"),
          ("Message-ID", f"<{hexs(8, False)}.{hexs(8, False)}.{hexs(5, False)}.{hexs(4, False)}SMTPIN_ADDED_MISSING@mx.google.com>"),
          ("Date", rfc_date(ndt, pad=True)), ("Subject", subj_dsn), ("References", mid),
          ("In-Reply-To", mid), ("X-Failed-Recipients", r)]
    return message(hs, ct, b)


A("gmail", "en", "bounce", "gmail-address-not-found",
  gmail_dsn("en", ("Kevin Ashby", "kevin.ashby@brightpath-analytics.com"), ("Sarah Lin", "sarah.lin@corvid-tech.io"),
            "Cutting month-end reporting time", EN_R1.format(greet="Hi Sarah,", co="Corvid Tech"),
            D(2023, 4, 18, 9, 14, tz="-0700")))
A("gmail", "es", "bounce", "gmail-direccion-no-encontrada",
  gmail_dsn("es", ES_L, ("Pedro Vidal", "p.vidal@vidalmuebles.es"), "Inventario tienda y online",
            ES_L1.format(greet="Hola Pedro:", co="Vidal Muebles"), D(2022, 10, 4, 9, 14, tz="+0200")))

# 11. qmail
_o, _mid = outreach(NL_S, ("", "info@vangorp-bouw.nl"), "Planning monteurs",
                    NL_S1.format(greet="Beste heer, mevrouw,", co="Van Gorp Bouw"), D(2014, 9, 2, 9, 14, tz="+0200"))
_dt = D(2014, 9, 2, 7, 14, 40, tz="+0000")
_txt = ("Hi. This is the qmail-send program at mail.kestrel-hosting.net.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<info@vangorp-bouw.nl>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n")
A("thunderbird", "en", "bounce", "qmail-no-mailbox", message([
    ("Return-Path", "<>"), ("Delivered-To", "sanne.dewit@polderlicht.nl"),
    ("Received", f"(qmail {R.randint(10000, 99999)} invoked for bounce); {rfc_date(_dt, pad=True)}"),
    ("Date", rfc_date(_dt, pad=True)),
    ("From", "MAILER-DAEMON@mail.kestrel-hosting.net"),
    ("To", "sanne.dewit@polderlicht.nl"),
    ("Subject", "failure notice")], [], encode_body(_txt, "us-ascii", "7bit") +
    _o.replace(b"Return-Path: <sanne.dewit@polderlicht.nl>\r\n", b"Return-Path: <sanne.dewit@polderlicht.nl>\r\n"
               b"Received: (qmail 4412 invoked from network); 2 Sep 2014 07:14:38 -0000\r\n")))

# 12. Lotus Domino DELIVERY FAILURE
_o, _mid = outreach(EN_R, ("Robert Hale", "rhale@meridian-ins.com"), "Following up",
                    EN_R2.format(greet="Hi Bob,"), D(2006, 7, 11, 9, 14, tz="-0500"))
_dt = D(2006, 7, 11, 10, 14, 22, tz="-0400")
_b = boundary_notes()
_txt = ("Your message\n\n  Subject: Following up\n\nwas not delivered to:\n\n  rhale@meridian-ins.com\n\n"
        "because:\n\n  User robert hale (rhale@meridian-ins.com) not listed in Domino Directory\n")
_ds = ("Reporting-MTA: dns;INDMAIL02.meridian-ins.com\n\n"
       "Final-Recipient: rfc822;rhale@meridian-ins.com\nAction: failed\nStatus: 5.0.0\n"
       "Diagnostic-Code: X-Notes; User robert hale (rhale@meridian-ins.com) not listed in Domino Directory\n")
_ct, _body = multipart(f'multipart/report; report-type=delivery-status;\r\n\tBoundary="{_b}"', _b, [
    leaf("text/plain; charset=US-ASCII", _txt, "US-ASCII", "7bit"),
    ([("Content-Type", "message/delivery-status")], encode_body(_ds, "us-ascii", "7bit")),
    ([("Content-Type", "message/rfc822")], _o)],
    preamble="This is a multipart message in MIME format.")
A("lotus_notes", "en", "bounce", "domino-not-listed", message([
    ("Return-Path", "<>"),
    ("Subject", "DELIVERY FAILURE: User robert hale (rhale@meridian-ins.com) not listed in Domino\r\n Directory"),
    ("To", "rachel.okafor@brightpath-analytics.com"),
    ("From", "Postmaster@meridian-ins.com"),
    ("Message-ID", mid_notes("meridian-ins.com")),
    ("Date", rfc_date(_dt)),
    ("X-MIMETrack", "Itemize by Router on INDMAIL02/Meridian(Release 7.0.1|January 17, 2006) at\r\n"
                    f" 07/11/2006 10:14:22 AM"),
    ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-replied")], _ct, _body))

# 13. Amazon SES bounce delivered as an SNS e-mail notification (JSON)
_mid_ses = f"0102{hexs(12, False)}-{r_uuid(False)}-000000"
_notif = {
    "notificationType": "Bounce",
    "bounce": {
        "feedbackId": f"0102{hexs(12, False)}-{r_uuid(False)}-000000",
        "bounceType": "Permanent", "bounceSubType": "General",
        "bouncedRecipients": [{"emailAddress": "l.fischer@fischer-werkzeugbau.de", "action": "failed",
                               "status": "5.1.1",
                               "diagnosticCode": "smtp; 550 5.1.1 <l.fischer@fischer-werkzeugbau.de>: "
                                                 "Recipient address rejected: User unknown"}],
        "timestamp": "2023-03-14T08:14:47.512Z", "remoteMtaIp": "192.0.2.61",
        "reportingMTA": "dns; a8-31.smtp-out.amazonses.com"},
    "mail": {
        "timestamp": "2023-03-14T08:14:45.000Z", "source": "jonas.brandt@mail.feldwerk-software.de",
        "sourceArn": "arn:aws:ses:eu-central-1:123456789012:identity/mail.feldwerk-software.de",
        "sourceIp": "198.51.100.23", "callerIdentity": "outreach-sender",
        "sendingAccountId": "123456789012", "messageId": _mid_ses,
        "destination": ["l.fischer@fischer-werkzeugbau.de"],
        "headersTruncated": False,
        "commonHeaders": {"from": ["Jonas Brandt <jonas.brandt@mail.feldwerk-software.de>"],
                          "to": ["l.fischer@fischer-werkzeugbau.de"],
                          "subject": "Wartungsplanung bei Fischer Werkzeugbau"}}}
_txt = (json.dumps(_notif, ensure_ascii=False, separators=(",", ":")) +
        "\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link "
        "below to unsubscribe:\nhttps://sns.eu-central-1.amazonaws.com/unsubscribe.html?SubscriptionArn="
        f"arn:aws:sns:eu-central-1:123456789012:ses-bounces:{r_uuid(False)}&Endpoint=postmaster@feldwerk-software.de"
        "\n\nPlease do not reply directly to this email. If you have any questions or comments regarding this "
        "email, please contact us at https://aws.amazon.com/support\n")
_dt = D(2023, 3, 14, 8, 14, 48, tz="+0000")
_c, _bd = leaf("text/plain; charset=UTF-8", _txt, "UTF-8", "quoted-printable")
A("thunderbird", "en", "bounce", "ses-sns-json-bounce", message([
    ("Return-Path", f"<0102{hexs(12, False)}-{r_uuid(False)}-000000@eu-central-1.amazonses.com>"),
    ("Date", rfc_date(_dt)),
    ("From", "AWS Notifications <no-reply@sns.amazonaws.com>"),
    ("To", "postmaster@feldwerk-software.de"),
    ("Message-ID", f"<0102{hexs(12, False)}-{r_uuid(False)}-000000@eu-central-1.amazonses.com>"),
    ("Subject", "AWS Notification Message"), ("MIME-Version", "1.0")], _c + [
    ("x-amz-sns-message-id", r_uuid(False)),
    ("x-amz-sns-subscription-arn", f"arn:aws:sns:eu-central-1:123456789012:ses-bounces:{r_uuid(False)}"),
    ("Feedback-ID", "1.eu-central-1.sns:AmazonSNS")], _bd))

# 14. Amazon SES DSN from MAILER-DAEMON@amazonses.com
_o, _mid = outreach(("Lucía Navarro", "lucia.navarro@envios.ventanal-digital.es"),
                    ("Óscar Prieto", "oprieto@prieto-ferreteria.es"),
                    "Inventario tienda y online", ES_L1.format(greet="Hola Óscar:", co="Ferretería Prieto"),
                    D(2022, 5, 17, 9, 14, tz="+0200"), mid=f"<0102{hexs(12, False)}-{r_uuid(False)}-000000@email.amazonses.com>")
_dt = D(2022, 5, 17, 7, 14, 31, tz="+0000")
_b = f"{R.randint(10 ** 12, 10 ** 13 - 1)}"
_txt = ("An error occurred while trying to deliver the mail to the following recipients:\n"
        "oprieto@prieto-ferreteria.es\n")
_ds = ("Reporting-MTA: dns; a4-2.smtp-out.eu-west-1.amazonses.com\n\n"
       "Action: failed\nFinal-Recipient: rfc822; oprieto@prieto-ferreteria.es\n"
       "Diagnostic-Code: smtp; 550 5.1.1 user unknown\nStatus: 5.1.1\n")
_ct, _body = multipart(f'multipart/report; report-type=delivery-status; \r\n\tboundary="{_b}"', _b, [
    leaf("text/plain; charset=UTF-8", _txt, "UTF-8", "7bit", extra=[("Content-Description", "Notification")]),
    ([("Content-Type", "message/delivery-status"), ("Content-Description", "Delivery Report")],
     encode_body(_ds, "us-ascii", "7bit")),
    ([("Content-Type", "message/rfc822"), ("Content-Description", "Undelivered Message"),
      ("Content-Transfer-Encoding", "8bit")], _o)])
A("gmail", "en", "bounce", "ses-mailer-daemon-dsn", message([
    ("Return-Path", "<>"), ("From", "MAILER-DAEMON@amazonses.com"),
    ("To", "lucia.navarro@envios.ventanal-digital.es"),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("Message-ID", f"<0102{hexs(12, False)}-{r_uuid(False)}-000000@eu-west-1.amazonses.com>"),
    ("Date", rfc_date(_dt)), ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-replied")], _ct, _body))

# 15. GroupWise GWIA undeliverable
_o, _mid = outreach(EN_T, ("Mary Baker", "MBaker@holliscounty-fl.gov"), "Freight audit for Hollis County",
                    EN_T1.format(greet="Hi Mary,", co="Hollis County"), D(2011, 2, 8, 9, 14, tz="-0500"),
                    client="outlook", mid=mid_outlook_smtp("keystone-logistics.co.uk"))
_dt = D(2011, 2, 8, 9, 14, 51, tz="-0500")
_txt = ("The message that you sent was undeliverable to the following:\n"
        "\tMBaker (user not found)\n\n"
        "Possibly truncated original message follows:\n\n")
_b = boundary_gw()
_ct, _body = multipart(f'multipart/mixed; boundary="{_b}"', _b, [
    leaf("text/plain; charset=US-ASCII", _txt, "US-ASCII", "7bit", extra=[("Content-Disposition", "inline")]),
    ([("Content-Type", "message/rfc822")], _o)],
    preamble="This is a MIME message. If you are reading this text, you\r\n"
             "may want to consider changing to a mail reader or gateway\r\n"
             "that understands how to properly handle MIME multipart messages.")
A("groupwise", "en", "bounce", "gwia-undeliverable", message([
    ("Return-Path", "<>"), ("Message-Id", mid_groupwise("gw.holliscounty-fl.gov")),
    ("X-Mailer", "Novell GroupWise Internet Agent 8.0.1"),
    ("Date", rfc_date(_dt, pad=True)),
    ("From", "Mail Delivery System <postmaster@gw.holliscounty-fl.gov>"),
    ("To", "<tom.whitfield@keystone-logistics.co.uk>"),
    ("Subject", "Message status - undeliverable"),
    ("Mime-Version", "1.0")], _ct, _body))


# ==========================================================================
# AUTO-REPLIES (15)
# ==========================================================================
def exchange_oof(lang, person, to, orig_subj, text, dt, orig_mid=None, prefix=None, online=True, onprem_host=None,
                 old=False):
    prefix = prefix or {"en": "Automatic reply: ", "fr": "Réponse automatique : ", "de": "Automatische Antwort: ",
                        "nl": "Automatisch antwoord: ", "it": "Risposta automatica: ",
                        "es": "Respuesta automática: ", "pt": "Resposta automática: ",
                        "pl": "Odpowiedź automatyczna: "}[lang]
    orig_mid = orig_mid or mid_gmail()
    if old:
        mid = f"<{hexs(32)}@{onprem_host}>"
        body_text = text
        content, body = leaf('text/plain;\r\n\tcharset="iso-8859-1"', body_text, "iso-8859-1", "quoted-printable")
        hs = [("Return-Path", f"<{person[1]}>"), ("Content-class", "urn:content-classes:message"),
              ("Subject", enc_word(prefix + orig_subj, "iso-8859-1")), ("MIME-Version", "1.0"),
              ("Date", rfc_date(dt)), ("X-MimeOLE", "Produced By Microsoft Exchange V6.5"),
              ("Message-ID", mid), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
              ("Thread-Topic", enc_word(orig_subj, "iso-8859-1")), ("Thread-Index", thread_index(1)),
              ("From", addr(*person, cs="iso-8859-1")), ("To", addr(*to, cs="iso-8859-1"))]
        return message(hs, content, body)
    if online:
        mid, srv = mid_exchange_online()
    else:
        mid = mid_exchange_onprem(onprem_host)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
            '<body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">'
            + "".join(f"<p>{esc(x)}</p>" if x.strip() else "<p><br></p>" for x in text.split("\n"))
            + "</div></body></html>\n")
    b = boundary_exchange(mid)
    ct, body = multipart(f'multipart/alternative;\r\n\tboundary="{b}"', b, [
        leaf('text/plain; charset="utf-8"', text, "utf-8", "base64"),
        leaf('text/html; charset="utf-8"', html, "utf-8", "base64")])
    tag = {"en": "en-US", "fr": "fr-FR", "de": "de-DE", "nl": "nl-NL", "it": "it-IT", "es": "es-ES",
           "pt": "pt-BR", "pl": "pl-PL"}[lang]
    hs = [("Return-Path", "<>" if R.random() < 0.5 else f"<{person[1]}>"),
          ("From", addr(*person)), ("To", addr(*to)),
          ("Subject", enc_word(prefix + orig_subj)),
          ("Thread-Topic", enc_word(orig_subj)), ("Thread-Index", thread_index(1)),
          ("Date", rfc_date(dt)), ("Message-ID", mid), ("References", orig_mid), ("In-Reply-To", orig_mid),
          ("Accept-Language", f"{tag.lower()}, en-US"), ("Content-Language", tag.lower()),
          ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-TNEF-Correlator", ""),
          ("X-MS-Exchange-Organization-RecordReviewCfmType", "0"),
          ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", person[1]),
          ("MIME-Version", "1.0")]
    return message(hs, ct, body)


A("outlook_headers", "en", "auto_reply", "oof-automatic-reply",
  exchange_oof("en", ("Priya Raman", "priya.raman@ashcombe-group.co.uk"), EN_R, "Cutting month-end reporting time",
               "Thank you for your email. I am out of the office until Monday 14th March with no access to email.\n\n"
               "For urgent finance matters please contact Daniel Frost (daniel.frost@ashcombe-group.co.uk).\n\n"
               "Kind regards,\nPriya", D(2022, 3, 8, 9, 14, 40, tz="+0000")))
A("outlook_headers", "fr", "auto_reply", "oof-reponse-automatique",
  exchange_oof("fr", ("Sophie Bernard", "s.bernard@bernard-industrie.fr"), FR_C,
               "Structuration de votre équipe commerciale",
               "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 2 novembre inclus. Je prendrai connaissance de "
               "votre message à mon retour.\n\nEn cas d'urgence, vous pouvez contacter Julie Martin au "
               "01 55 20 30 40.\n\nCordialement,\nSophie Bernard", D(2020, 10, 26, 9, 14, 12)))
A("outlook_headers", "de", "auto_reply", "oof-automatische-antwort",
  exchange_oof("de", ("Michael Schulz", "m.schulz@schulz-antriebstechnik.de"), DE_J,
               "Wartungsplanung bei Schulz Antriebstechnik",
               "Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 18.04.2022 nicht im Büro. Ihre E-Mail "
               "wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter "
               "+49 711 555 20-0.\n\nMit freundlichen Grüßen\nMichael Schulz",
               D(2022, 4, 11, 9, 14, 5, tz="+0200"), online=False, onprem_host="EXCH01.schulz.local"))
A("outlook_original", "de", "auto_reply", "abwesenheitsnotiz-2006",
  exchange_oof("de", ("Bernd Hoffmann", "bernd.hoffmann@hoffmann-guss.de"), DE_J, "Wartungsplanung bei Hoffmann Guss",
               "Ich bin vom 24.07.2006 bis einschließlich 11.08.2006 im Urlaub und habe keinen Zugriff auf meine "
               "E-Mails.\n\nIhre Nachricht wird nicht automatisch weitergeleitet. In dringenden Fällen wenden Sie "
               "sich bitte an Herrn Maier (Tel. 0231 555 44-12).\n\nMit freundlichen Grüßen\nBernd Hoffmann",
               D(2006, 7, 25, 9, 14, 30, tz="+0200"), prefix="Abwesenheitsnotiz: ", old=True,
               onprem_host="DOEX01.hoffmann-guss.local"))
A("outlook_headers", "nl", "auto_reply", "oof-automatisch-antwoord",
  exchange_oof("nl", ("Annemiek Vos", "a.vos@vos-klimaat.nl"), NL_S, "Planning monteurs",
               "Beste afzender,\n\nIk ben tot en met 9 augustus met vakantie. Uw e-mail wordt niet doorgestuurd.\n\n"
               "Voor dringende zaken kunt u bellen met ons kantoor: 0513 - 55 12 34.\n\nMet vriendelijke groet,\n"
               "Annemiek Vos", D(2021, 7, 27, 9, 14, 22, tz="+0200")))
A("outlook_headers", "it", "auto_reply", "oof-risposta-automatica",
  exchange_oof("it", ("Giorgio Santoro", "g.santoro@santoro-meccanica.it"), IT_G, "Listini e ordini rivenditori",
               "Gentile mittente,\n\nsarò assente dall'ufficio fino al 26 agosto, con accesso limitato alla posta.\n\n"
               "Per urgenze può contattare l'ufficio commerciale all'indirizzo commerciale@santoro-meccanica.it.\n\n"
               "Cordiali saluti,\nGiorgio Santoro", D(2022, 8, 9, 9, 14, 9, tz="+0200")))
A("outlook_headers", "es", "auto_reply", "oof-respuesta-automatica",
  exchange_oof("es", ("Elena Castro", "ecastro@castro-hogar.es"), ES_L, "Inventario tienda y online",
               "Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el 3 de enero. Durante mi ausencia "
               "no tendré acceso al correo.\n\nPara cualquier asunto urgente, puede escribir a "
               "tiendas@castro-hogar.es.\n\nUn saludo,\nElena Castro", D(2022, 12, 23, 9, 14, 50)))
A("outlook_headers", "pt", "auto_reply", "oof-resposta-automatica",
  exchange_oof("pt", ("Renata Farias", "renata.farias@fariasdistribuidora.com.br"), PT_R,
               "Conciliação bancária na Farias Distribuidora",
               "Olá,\n\nEstou em férias até o dia 20/01, com acesso restrito aos e-mails.\n\nEm caso de urgência, "
               "por favor entre em contato com financeiro@fariasdistribuidora.com.br.\n\nAtenciosamente,\n"
               "Renata Farias", D(2023, 1, 9, 9, 14, 37, tz="-0300")))
A("outlook_headers", "pl", "auto_reply", "oof-odpowiedz-automatyczna",
  exchange_oof("pl", ("Marek Kowalczyk", "marek.kowalczyk@kowalczyk-stal.pl"), PL_K,
               "System WMS dla nowego centrum dystrybucyjnego",
               "Dzień dobry,\n\ndo 15 maja przebywam na urlopie bez dostępu do poczty. Wiadomość nie zostanie "
               "przekazana dalej.\n\nW pilnych sprawach proszę o kontakt z biurem: biuro@kowalczyk-stal.pl.\n\n"
               "Pozdrawiam\nMarek Kowalczyk", D(2023, 5, 4, 9, 14, 15, tz="+0200")))

# Gmail vacation responder (looks like a personal note; only the headers tell)
_mid_o = mid_gmail()
_dt = D(2021, 4, 20, 9, 14, 44, tz="-0700")
_txt = ("Hi there,\n\nThanks for your note! I'm on parental leave until May 24th and checking email only "
        "occasionally.\n\nFor anything related to finance operations, please reach out to Marcus "
        "(marcus@lumenfield.co).\n\nTalk soon,\nJess\n")
_b = boundary_gmail()
_ct, _body = multipart(f'multipart/alternative; boundary="{_b}"', _b, [
    leaf('text/plain; charset="UTF-8"', _txt, "UTF-8", None),
    leaf('text/html; charset="UTF-8"', '<div dir="ltr">' + h_divs(_txt.strip().split("\n")) + "</div>\n",
         "UTF-8", "quoted-printable")])
A("gmail", "en", "auto_reply", "gmail-vacation-parental-leave", message([
    ("Return-Path", "<jess@lumenfield.co>"), ("MIME-Version", "1.0"),
    ("From", "Jess Moreau <jess@lumenfield.co>"), ("Date", rfc_date(_dt, pad=True)),
    ("Message-ID", mid_gmail()), ("Subject", "Re: Cutting month-end reporting time"),
    ("To", addr(*EN_R)), ("In-Reply-To", _mid_o), ("References", _mid_o),
    ("Auto-Submitted", "auto-replied")], _ct, _body))

# Lotus Notes out-of-office
_dt = D(2012, 3, 5, 9, 15, 2, tz="-0600")
_txt = ("I will be out of the office starting  03/02/2012 and will not return until 03/12/2012.\n\n"
        "I will respond to your message when I return. For urgent matters please contact Jim Becker at "
        "630-555-0150.\n")
_c, _bd = leaf("text/plain; charset=US-ASCII", _txt, "US-ASCII", "7bit", names=("Content-type", "Content-transfer-encoding"))
A("lotus_notes", "en", "auto_reply", "notes-out-of-office", message([
    ("Return-Path", "<lmarsh@pembertonchem.com>"),
    ("Subject", "Linda Marsh is out of the office."),
    ("Auto-Submitted", "auto-generated"),
    ("From", "Linda Marsh <lmarsh@pembertonchem.com>"),
    ("To", "tom.whitfield@keystone-logistics.co.uk"),
    ("Message-ID", mid_notes("pembertonchem.com")),
    ("Date", rfc_date(_dt)),
    ("X-Mailer", "Lotus Notes Release 8.5.2 August 10, 2010"),
    ("X-MIMETrack", "Serialize by Router on PCCMAIL01/Pemberton(Release 8.5.2FP2|March 22, 2011) at\r\n"
                    " 03/05/2012 09:15:02 AM"),
    ("MIME-Version", "1.0")], _c, _bd))

# Dovecot / Pigeonhole sieve vacation (French)
_dt = D(2020, 8, 4, 9, 14, 18, tz="+0200")
_txt = ("Bonjour,\n\nJe suis en congés jusqu'au lundi 24 août inclus et ne consulte pas mes messages.\n\n"
        "Pour toute demande urgente, merci d'écrire à contact@breizh-numerique.bzh.\n\nYannick Le Gall\n")
_c, _bd = leaf("text/plain; charset=utf-8", _txt, "utf-8", "8bit")
A("thunderbird", "fr", "auto_reply", "sieve-vacation-conges", message([
    ("Return-Path", "<>"),
    ("Message-ID", f"<dovecot-sieve-{R.randint(10 ** 12, 10 ** 13 - 1)}-{R.randint(1000, 9999)}-0@mail.breizh-numerique.bzh>"),
    ("Date", rfc_date(_dt)), ("X-Sieve", "Pigeonhole Sieve 0.5.7 (e7eb5cf5)"),
    ("From", "Yannick Le Gall <yannick.legall@breizh-numerique.bzh>"),
    ("To", "<camille.roussel@helio-conseil.fr>"),
    ("Subject", enc_word("Auto: Structuration de votre équipe commerciale")),
    ("In-Reply-To", mid_gmail()), ("References", mid_gmail()),
    ("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk"),
    ("MIME-Version", "1.0")], _c, _bd))

# French webmail "Réponse automatique"
_dt = D(2019, 7, 16, 9, 14, 55, tz="+0200")
_txt = ("Bonjour,\n\nJe suis absent jusqu'au 19 août. Votre message sera traité à mon retour.\n\n"
        "Pour les dépannages urgents, appelez le 06 55 88 12 40.\n\nCordialement,\nGérard Lambert\n")
_c, _bd = leaf("text/plain; charset=UTF-8", _txt, "UTF-8", "quoted-printable")
A("french_webmail", "fr", "auto_reply", "orange-reponse-automatique", message([
    ("Return-Path", "<gerard.lambert@orange.fr>"),
    ("Date", rfc_date(_dt)),
    ("From", '"Gerard Lambert" <gerard.lambert@orange.fr>'),
    ("To", "camille.roussel@helio-conseil.fr"),
    ("Message-ID", mid_orange(_dt)),
    ("Subject", enc_word("Réponse automatique : Relance")),
    ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-replied"),
    ("X-WUM-FROM", "|~|"), ("X-WUM-TO", "|~|")], _c, _bd))

# GroupWise rule-based auto reply (no Auto-Submitted header)
_dt = D(2013, 12, 23, 9, 14, 7, tz="+0100")
_txt = ("Geachte heer, mevrouw,\n\nIk ben afwezig van 23 december tot en met 6 januari. Uw bericht wordt na "
        "mijn terugkomst behandeld.\n\nVoor dringende zaken kunt u contact opnemen met het KCC via 14 0599.\n\n"
        "Met vriendelijke groet,\nR. Jansen\n")
_c, _bd = leaf("text/plain; charset=US-ASCII", _txt, "US-ASCII", "quoted-printable",
               extra=[("Content-Disposition", "inline")])
A("groupwise", "nl", "auto_reply", "groupwise-rule-afwezig", message([
    ("Return-Path", "<r.jansen@zuiderveen.nl>"),
    ("Message-Id", mid_groupwise("gw.zuiderveen.nl")),
    ("X-Mailer", "Novell GroupWise Internet Agent 8.0.3"),
    ("Date", rfc_date(_dt, pad=True)),
    ("From", '"Ruud Jansen" <r.jansen@zuiderveen.nl>'),
    ("To", '"Sanne de Wit" <sanne.dewit@polderlicht.nl>'),
    ("Subject", "Afwezig: Re: Planning monteurs buitendienst"),
    ("Mime-Version", "1.0")], _c, _bd))

# iCloud Mail vacation reply (Spanish)
_dt = D(2023, 8, 8, 9, 14, 26, tz="+0200")
_txt = ("Hola,\n\nEstoy de vacaciones hasta el 28 de agosto. Responderé a tu mensaje a mi vuelta.\n\n"
        "Gracias,\nMarina\n")
_c, _bd = leaf("text/plain; charset=utf-8", _txt, "utf-8", "quoted-printable")
A("apple_mail", "es", "auto_reply", "icloud-vacaciones", message([
    ("Return-Path", "<marina.soler@icloud.com>"),
    ("From", "Marina Soler <marina.soler@icloud.com>"),
    ("To", addr(*ES_L)),
    ("Subject", enc_word("Re: Inventario tienda y online")),
    ("Date", rfc_date(_dt)), ("Message-ID", f"<{r_uuid()}@icloud.com>"),
    ("In-Reply-To", mid_gmail()), ("Auto-Submitted", "auto-replied"),
    ("X-Autoreply", "yes"), ("MIME-Version", "1.0")], _c, _bd))
