#!/usr/bin/env python3
"""Build the blind16 evaluation set (raw emails + labels) for Relance: corporate mail in English and German around a
Luxembourg / London / Frankfurt fund-administration and private-banking firm.

Who and blind to what: written by a helper session (an AI assistant started by a Relance session) that did NOT read
the reply parser or its tests: nothing under workers/, tests/, bench/, sql/, supabase/ or eval/messages was opened,
listed or grepped, eval/labels.json was not opened, README.md and /work/shared were not read, and no parser,
`relance` command, pytest, evaluator, bench script or git command was run while writing it. Opened: eval/blind15/
build.py (all 671 lines: docstring, label conventions, checks, collect() and main(); its checks are copied here
unchanged and its collect()/main() adapted), eval/blind12/mime12.py (all of it; imported from there, as blind13-15's
builds do) and lines 1-140 of eval/blind12/build.py (its docstring with the label conventions, its imports and the
opening of its checks). Not opened: any other file of eval/blind11-15. Also looked at, for the tooling only: the file
names in eval/ and eval/blind15/ (one `ls`), the line counts of the three files above (`wc -l`), the [tool.ruff]
section of pyproject.toml (printed with sed up to and including the next header line, "[tool.mypy]"), the names of
the first 30 entries of .venv/bin and of /work/.library/env/ (two listings), and a month calendar printed by
Python. Ran: this build.py (many times, into /tmp/b16 and other /tmp directories), throw-away Python scripts under
/tmp that import the blind16 modules or print the generated messages and labels, and ruff check / ruff format on
eval/blind16 only (the output was checked to stay byte-identical). Slips: none known. The people, firms, domains,
client layouts, MTA texts and wording are new, written from knowledge of real mail clients, help desks and MTAs.

The firm (invented): Valcourt Ashby (valcourt-ashby.com): Valcourt Ashby Fund Services S.A. in Luxembourg with a
Frankfurt branch, and Valcourt Ashby Private Bank (UK) Limited in London. Staff: Sophie Reinert (client onboarding),
Marc Thill (transfer agency), Elodie Faber (depositary oversight), James Whitcombe and Priya Raman (London private
clients, KYC), Katharina Vogt and Lukas Bernhardt (Frankfurt), and the shared mailbox ta.lux@. Its funds are the
"Harbourline" range. Correspondents (all invented): custodians (Brightwater Trust & Custody, London; Nordhafen
Custody Bank AG, Frankfurt; Weserbank Girozentrale, Bremen; Scheldt Securities Services NV, Antwerp; Hudson Wharf
Custody Services, New York), a transfer agent (Ellery Registrars), auditors (Hartwell Baines LLP, London; Kessler
Uhlmann Treuhand, Düsseldorf; Van Daalen Accountants, the Netherlands), law firms (Ashcombe Prideaux LLP, London;
Molitor Hansen, Luxembourg; De Wolf Verhaeghe Advocaten, Antwerp), corporate clients (Thornbury Logistics plc,
Rheinfeld Maschinenbau GmbH, Zeeland Offshore B.V., Pirna Textil GmbH, Lindqvist Maritime AB), asset managers and
KVGs (Mainufer Invest, Kornmarkt Vermögensverwaltung, Halden Park Capital, Aldergate Wealth Partners), family offices
(Caldwell Hurst, London; Oberhauser, Munich; Huis ten Velde, The Hague), a foundation (Elbtal Privatstiftung), a bank
client (Meridian Isle Bank), private clients, three public help desks (a Luxembourg fund reporting office on Jira
Service Management, a beneficial-owner register help desk, a German "Zentralstelle für Fondsmeldungen"), two
custodians' ServiceNow instances, a Salesforce Service Cloud case desk, three professional mailing lists and an
association newsletter. Real provider domains appear only where a provider speaks for itself (service-now.com,
atlassian.net, sfdc.net, googlegroups.com, groups.io, googlemail.com, pphosted.com, mimecast.com, aka.ms,
arf.mail.yahoo.com, hotmail.com, outlook.com hosts, sprh.mn, proton.me) or as the mailbox provider of an invented
private person (gmail.com, gmx.de, web.de, t-online.de, posteo.de, icloud.com, outlook.com, yahoo.co.uk,
btinternet.com, proton.me, pt.lu). UK numbers use the 020 7946 0xxx, 0161 496 0xxx and 07700 900xxx drama ranges; US
numbers 555-01xx; others are invented; IP addresses of invented hosts are in the documentation ranges. Dates run from
1 December 2026 to 8 February 2027.

Run:
    python3 eval/blind16/build.py /tmp/b16      # writes /tmp/b16/messages/*.eml and /tmp/b16/labels.json
    relance eval --data /tmp/b16 --only replies
    bench/reply_parsers.py --data /tmp/b16

(OUT must be outside the repository; the script exits non-zero when a check fails; rebuilding is byte-identical:
no clock, every pseudo-random choice is seeded from a message key, the file order from Random(16); checked with two
runs and with PYTHONHASHSEED=0 and =12345.)

Measured: not yet (to be measured once, blind, by the session that asked for this set).

Files: people16.py (the firm, its signatures and disclaimers, the correspondents and their gateways), threads16.py
(what the firm sent, mail merges addressed to each reader, and the earlier messages of each thread), specs_human16.py
(the human replies and the list replies), specs_other16.py (automatic replies, bounces, complaints, a newsletter),
clients16.py (client layouts: own text, signatures, device lines, header blocks, attributions, ">" quoting, inline
answers, trimmed quotes, forwards, help-desk templates, gateway banners and footers; each message is rendered by its
own client and children quote their parent as received, so histories nest as real ones do), mime16.py (MIME
assembly, headers, Message-IDs, Received lines, inline images, attachments, charsets), loc16.py (the dates clients
print in English, German and Dutch). The MIME helpers are eval/blind12/mime12.py.

Contents (128 messages: 87 human, 5 list, 23 auto_reply, 10 bounce, 3 complaint; lang "en" 95, "de" 30, "nl" 3)
* human (87; 66 en, 21 de). The Dutch-speaking Belgian and Dutch correspondents write English (lang "en") under
  Dutch Outlook header blocks and Dutch/bilingual disclaimers.
  Outlook desktop (30): header blocks "From: / Sent: / To: / Cc: / Subject:" (en-GB "08 December 2026 10:14", en-US
  "Monday, December 14, 2026 4:00 AM"), "Von: / Gesendet: / An: / Cc: / Betreff:" (12, several over English text)
  and "Van: / Verzonden: / Aan: / CC: / Onderwerp:" (5); the quoted time is shown in the replier's time zone;
  internal addresses shown as names only; "Last, First" display names; [cid:] logos with multipart/related; long
  EN/DE/NL disclaimers and German Pflichtangaben under signatures; correspondents' gateway banners ("[EXT]",
  "[EXTERN]", "[External]") inside the quoted history; gateway footers appended after the whole history (Hartwell
  Baines, De Wolf Verhaeghe); inline answers in blue "[AD] ..." and in red "[SH] ..." inside the history; a pasted
  fixed-width order table, a tab-separated reconciliation table, a pasted SWIFT MT543 block (":16R:GENL" ...), a
  typed "> " quotation of a law article, a sentence of the firm's note quoted in "..."; a reply made of the
  signature only (attachment); a reply with the history deleted; a forward "FW:" with a transmittal note; a
  reply "AW: WG:" to a message that was forwarded internally before being answered; 6-level and 4-level threads.
  Classic Outlook plain text (2: "-----Original Message-----" with "[mailto:]", "-----Ursprüngliche Nachricht-----"
  with "=> " answers typed into the unquoted history; windows-1252; wrapped at 76), Outlook for Mac (2, "Date:
  Thursday, 10 December 2026 at 12:15", "Datum: ... um 11:00"), Outlook on the web / new Outlook (6; 4 HTML-only, one
  with a real HTML table in the new text, one with blue answers inside the history; Dutch "Van:/Verzonden:" from
  outlook.com), Outlook mobile (3: "Get Outlook for iOS<...>", "Get Outlook for Android<...>", "Holen Sie sich
  Outlook für iOS<...>", base64), BlackBerry Work (2: "Sent from BlackBerry Work" / "(www.blackberry.com)", header
  block with "x@y<mailto:x@y>", base64), Gmail (6: en-GB, en-US and Dutch "Op wo 2 dec 2026 om 11:05 schreef ... <"
  attributions wrapped after "<", German "Am Do., 10. Dez. 2026 um 16:00 Uhr schrieb", "*From:* / *Sent:*" in a
  quoted Outlook history, inline answers between "> " lines with a trimmed quote, bottom-posting under a trimmed
  quote, a forward "---------- Forwarded message ---------" with a note, "-- " signatures, "[image: ...]"), Gmail
  mobile (2), Apple Mail (4: quoted history under an unquoted attribution, Dutch "Op 13 jan 2027 om 16:02 heeft ...
  het volgende geschreven:", "Begin forwarded message:" with a note, a pasted "From: / Sent: / To: / Subject:" block
  of another e-mail inside the new text), iOS Mail (10: "Sent from my iPhone", "Sent from my iPad", "Von meinem
  iPhone gesendet", "Verstuurd vanaf mijn iPhone", ">"-quoted attribution, U+FEFF at the start of the quote, one
  reply with an empty body and two PDFs), HCL Notes (4: "Von: / An: / Datum: / Betreff:" with wide gaps, the older
  "Name <addr>" / date / "An" / "Kopie" / "Thema" layout, "Antwort:" subject, English text under German headers),
  Thunderbird (3: format=flowed, inline answers under "> " lines with a closing typed under the last one,
  bottom-posting, "Am 09.12.26 um 11:00 schrieb"), Superhuman (3, "Sent via Superhuman <...>"), GMX / web.de (2:
  "Gesendet: / Von: / An: / Betreff:" block opening with the date; plain-only and HTML-only), Samsung Email (2:
  "-------- Original message --------", "-------- Original-Nachricht --------", English and German device lines),
  Yahoo (1, unprefixed history), Proton Mail (1, base64, "------- Original Message -------"), help desks (4:
  ServiceNow agent comments in an English and a German notification template, HTML-only; a Jira Service Management
  comment under "Reply above this line."; a Salesforce Service Cloud reply with its "ref:...:ref" line).
  Five human replies ask to stop being contacted (opt_out true).
* list (5): a Google Groups reply ("'Pascal Weber' via LuxTA Ops Forum", Gmail), a Mailman 3 reply ("[FundOps]",
  Outlook), a Mailman 2.1 German reply (Thunderbird, bottom-posted, the list footer inside the quote and again
  under the reply), a groups.io reply (Apple Mail, Dutch attribution) and an association newsletter (List-Id,
  List-Unsubscribe-Post) that relays the firm's London invitation.
* auto_reply (23): Exchange out-of-office (17: "until Monday 4 January 2027", "back in the office on Tuesday 29
  December", "bis einschließlich 8. Januar 2027", "ab dem 4. Januar wieder erreichbar", German/English "bis zum
  18.12.2026", Dutch "tot en met 3 januari 2027", Dutch "vanaf maandag 11 januari weer bereikbaar", Belgian
  Dutch/English illness without a date, parental leave, "until early in the new year", a leaver notice, "returning
  05/01/2027", "Out of office 24 December – 3 January", "vom 21.12.2026 bis 01.01.2027", a mailbox no longer
  monitored, a one-day absence "today, Friday 5 February", a Rosenmontag closure "am Montag, 8. Februar 2027"),
  HCL Notes ("Holger Dietz ist außer Haus." / "Ich kehre zurück am 07.01.2027."; "is out of the office." / "will not
  return until 04/01/2027"), a Gmail vacation reply with subject "Re: <subject>", and ServiceNow, Jira Service
  Management and Salesforce acknowledgements.
* bounce (10): Exchange Online NDRs (5.1.10 RecipientNotFound with the original attached; 5.4.1 access denied with
  headers only; a Mimecast "550 Envelope blocked" without an enhanced code (DSN Status 5.0.0); two recipients at a
  Google Workspace domain, 5.1.1 and 5.2.2), an on-premises Exchange NDR in German ("Unzustellbar:", 5.1.1), a
  Postfix bounce after alias expansion (Original-Recipient differs from Final-Recipient), the firm's own Postfix
  gateway's delay warning (4.4.1, headers only), a Google Groups "Message blocked" DSN (5.7.1), a Proofpoint
  (sendmail-style) "Returned mail: see transcript for details" (5.1.1) and an Exim "Mail delivery failed" without a
  DSN part and without a code ("mailbox is full: retry timeout exceeded").
* complaint (3): Yahoo and Microsoft JMRP ARF reports, and a German hosting company's abuse desk writing by hand.
Charsets of the human and list text parts: utf-8, windows-1252, iso-8859-1, iso-8859-15 and us-ascii;
quoted-printable, base64, 8bit and 7bit.

Label conventions: blind15's (which are blind14's, blind13's and blind12's), unchanged:
* new_text: the stripped, non-empty lines the sender wrote, in order, signature INCLUDED (with its "--" line when
  present), device lines EXCLUDED (see DEVICE_LINE: here also "Von meinem iPhone gesendet", "Verstuurd vanaf mijn
  iPhone", "Sent from BlackBerry Work" and "(www.blackberry.com)", "Holen Sie sich Outlook für iOS<...>", "Sent via
  Superhuman <...>", "Sent with Proton Mail <...> secure email.", "Sent from my Galaxy", "Von meinem Samsung Galaxy
  Smartphone gesendet."), and a legal disclaimer that the sender's client or server puts directly under the
  signature, before the quoted history, included. Excluded: quoted history, attribution lines (also wrapped over two
  lines or quoted with ">"), header blocks of every client, forwarded content, list footers, help-desk markers and
  templates, gateway banners, and disclaimers a gateway appends after the quoted history.
* Interleaved answers: the sender's blocks in order (text above the history, then each answer, then a closing).
* format=flowed: label lines are the unflowed lines. Other plain bodies are compared line by line (classic Outlook's
  76-column wrapping is in the labels).
* When a text/plain part exists the labels refer to it (every line also visible in the HTML alternative, ignoring
  "<http...>"/"<mailto:...>" link targets, "[cid:...]" and "[image: ...]" placeholders, which the labels keep as the
  plain part shows them); HTML-only messages are compared with the visible text of the HTML.
* until, bounce and opt_out as blind15 states them (until: the end date the notice gives, resolved against the Date
  header, null when none or vague; bounce status: the DSN Status when a delivery-status part exists, otherwise the
  enhanced code printed in the text, omitted when there is none; recipients as the sender wrote them).

Checks: blind15's, copied unchanged; DEVICE_LINE extended with the lines above; the build also fails when a message is
dated before the one it answers or outside 1 December 2026 - 15 February 2027, or when a device row of any human
reply is not a DEVICE_LINE.

The firm's gateway (a fact of this set): from Monday 1 February 2027 Valcourt Ashby's gateway prefixes "[EXTERNAL] "
to the subject of mail from outside (unless already present) and puts "CAUTION: This email originated from outside
Valcourt Ashby..." on top of the text and HTML parts. It is never new text; such messages are not "top-posted" for the
checker. It touches 5 human replies (fee-pohl, fee-pohl2 whose quoted history already carries the banner and
"[EXTERNAL]", fee-sorensen, fee-vdmeer, fee-krause) and 2 automatic replies; no list message, bounce or complaint is
dated after 31 January.

Judgement calls (where the conventions are silent or a reader could disagree)
* rf-kaya-hr: Selin Kaya replies with an attachment and nothing typed; Outlook inserted her signature (with its
  company register line). new_text is that signature, as the conventions include signatures; not empty.
* kyc-clarke: an iPhone reply with two scans and no text: new_text [] (empty_ok); "Sent from my iPhone" is a device
  line.
* Things in the new text that look like history or machine text are new text because the sender typed or pasted
  them: Harriet Ashworth's pasted registry e-mail "From: Registry Filings Service <...> / Sent: / To: / Subject:" and
  its paragraph; Felix Braun's SWIFT block; Laure Hansen's "> The reserved alternative investment fund shall inform
  ..." line; Sunita Patel's quotation of the firm's sentence in "..."; the order and reconciliation tables; Drummond's
  answer quoting the PPM in "...".
* Inline answers ("[AD] ...", "[SH] ...", "=> ...", blue lines in OWA, plain lines between "> " lines) are new text;
  the history lines around them are not. In text/plain the colour is lost.
* Human replies that read like automatic ones stay human: Thomas Weidner ("ich bin ab heute bis einschließlich 4.
  Januar im Urlaub, wollte Ihnen aber vorher noch antworten ...") and Michael Krause ("I am on holiday until 8
  February with limited access to e-mail, but I wanted to confirm quickly ..."); Matteo Rossi's note that the firm's
  e-mail "bounced" from a colleague's full mailbox is a human reply, not a bounce.
* Help-desk agent replies are kind human: the new text is the agent's comment as typed (ServiceNow: from "Hello
  Elodie," / "Guten Tag Frau Vogt," to the agent's signature; Jira: the comment under "Tom Becker commented:";
  Salesforce: the reply and its signature, without the "ref:...:ref" line). Templates, stamps, links and "Reply above
  this line." are not new text. Help-desk acknowledgements are kind auto_reply with until null.
* The newsletter is kind list; its new text is the editorial ("FundOps Monthly – December 2026" to "The FundOps
  Committee"); the relayed invitation and the footer are not.
* opt_out true: "Please remove me from this distribution" (moved to another role), "Please stop contacting me and
  delete the personal data you hold about me", "Unsubscribe", "Please take me off your invitation list", "bitte
  nehmen Sie mich aus Ihrem Verteiler für Einladungen und Newsletter". opt_out false, on purpose: "Could you please
  remove Sarah Bennett from your distribution list? She left" (someone else), "please write to w.brandsma@ziggo.nl and
  stop sending to this one" (a change of address), "Please do keep me on the list" and "Bitte laden Sie mich aber
  gerne auch künftig ein" (declines that ask to stay invited), the firm's own footers ('simply reply with
  "unsubscribe"', "antworten Sie bitte mit dem Wort Abmelden") in every quoted invitation, list footers, and the
  abuse desk's demand (kind complaint, no opt_out).
* until: "until Monday 4 January 2027" = 2027-01-04; "back in the office on Tuesday 29 December" = 2026-12-29; "bis
  einschließlich 8. Januar 2027" = 2027-01-08; "ab dem 4. Januar wieder erreichbar" = 2027-01-04; "bis zum
  18.12.2026" = 2026-12-18; "tot en met 3 januari 2027" = 2027-01-03; "vanaf maandag 11 januari weer bereikbaar" =
  2027-01-11; "returning 05/01/2027" (a UK sender: day first) = 2027-01-05; "Out of office 24 December – 3 January" =
  2027-01-03 (the last day, as blind12 reads "du 10 au 31 juillet"); "vom 21.12.2026 bis 01.01.2027" = 2027-01-01;
  Notes "Ich kehre zurück am 07.01.2027" = 2027-01-07 and "will not return until 04/01/2027" = 2027-01-04; "until 14
  December" (Gmail vacation, dated 3 December) = 2026-12-14; "today, Friday 5 February" = 2027-02-05 (a one-day
  absence ends that day); "am Montag, 8. Februar 2027 geschlossen" = 2027-02-08; illness, parental leave, "until
  early in the new year", the leaver, the unmonitored mailbox and the three ticket acknowledgements = null.
* Bounces: the Postfix delay warning is kind bounce with permanent false (status 4.4.1); the Mimecast rejection has no
  enhanced code from the remote server, so the status is the DSN's 5.0.0; the Exim bounce gives no code: status
  omitted, permanent true ("This is a permanent error"); the Postfix alias bounce lists buchhaltung@pirna-textil.de
  (Original-Recipient), not the expanded m.kunze@; the two-recipient NDR is permanent (5.1.1 and 5.2.2).
* lang is the language of the new text (of the notice for automatic mail): English written under German or Dutch
  headers is "en"; the German/English out-of-office is "de", the Belgian Dutch/English one "nl"; bounces are "en"
  except the German Exchange NDR; the abuse desk's complaint is "de".

Simplifications a reader should know about: when a sender answers inline or trims the quote, the HTML of the quoted
part is rebuilt from the quoted text (links appear as text there); Received chains are two lines; the mail-merge
copies of one message share its text but each carries its own Message-ID and greeting; attachments and logos are
small stand-in files; returned messages inside bounces and complaints carry the firm's text as a single text/plain
part.
"""

import json
import os
import random
import re
import shutil
import sys
from collections import Counter
from email import message_from_bytes, policy
from html.parser import HTMLParser
from typing import ClassVar

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # never leave __pycache__ in the repository
sys.path.insert(0, HERE)
# The MIME helpers are blind12's, imported from there as blind13's, blind14's and blind15's builds do.
sys.path.insert(1, os.path.join(HERE, "..", "blind12"))

from mime12 import unflow  # noqa: E402


def usage():
    print("usage: python3 eval/blind16/build.py OUT", file=sys.stderr)
    sys.exit(2)


# --------------------------------------------------------------------------
# checks (copied unchanged from eval/blind15/build.py, which copied blind14's and added empty_ok: a human reply may
# have an empty new_text only when its spec says the sender wrote nothing in the body, and then it must be empty)
# --------------------------------------------------------------------------
class Visible(HTMLParser):
    BLOCK: ClassVar[set[str]] = {
        "p",
        "div",
        "br",
        "tr",
        "li",
        "table",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "ul",
        "ol",
        "pre",
        "body",
        "td",
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip = max(0, self.skip - 1)
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r"[ \t\r\n]+", " ", data))


def visible_lines(html):
    v = Visible()
    v.feed(html)
    v.close()
    text = "".join(v.out)
    return [re.sub(r"[ \u00a0]+", " ", ln).strip() for ln in text.split("\n")]


def decoded_parts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if not ct.startswith("text/"):
            continue
        payload = part.get_payload(decode=True)
        cs = part.get_content_charset() or "us-ascii"
        text = payload.decode(cs)  # strict
        out.append((ct, text, part))
    return out


def top_level_body(msg):
    def walk(m):
        if m.get_content_type() == "message/rfc822":
            return
        if m.is_multipart():
            for p in m.get_payload():
                yield from walk(p)
        else:
            yield m

    plain = html = None
    for p in walk(msg):
        if (p.get("Content-Disposition") or "").lower().startswith("attachment"):
            continue
        if p.get_content_type() == "text/plain" and plain is None:
            plain = p
        elif p.get_content_type() == "text/html" and html is None:
            html = p
    return plain, html


def plain_text(part):
    body = part.get_payload(decode=True).decode(part.get_content_charset() or "us-ascii")
    body = body.replace("\r\n", "\n")
    if (part.get_param("format") or "").lower() == "flowed":
        body = unflow(body, delsp=(part.get_param("delsp") or "").lower() == "yes")
    return body


LINK = re.compile(r"<(?:https?|mailto):[^>\s]*>")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def check_label_shape(label):
    errs = []
    for k in ("new_text", "client", "lang", "kind", "opt_out"):
        if k not in label:
            errs.append(f"label lacks {k}")
    if not isinstance(label.get("opt_out"), bool) or (label.get("opt_out") and label["kind"] != "human"):
        errs.append("opt_out must be a boolean, true only on a human reply")
    if label["kind"] not in ("human", "list", "bounce", "auto_reply", "complaint"):
        errs.append(f"bad kind {label['kind']}")
    if label["kind"] == "auto_reply":
        if "until" not in label:
            errs.append("auto_reply without until")
        elif label["until"] is not None and not DATE.match(label["until"]):
            errs.append(f"bad until {label['until']!r}")
    elif "until" in label:
        errs.append("until on a non auto_reply")
    if label["kind"] == "bounce":
        b = label.get("bounce")
        if not b or not b.get("recipients"):
            errs.append("bounce without recipients")
        else:
            for rc in b["recipients"]:
                if "@" not in rc.get("address", ""):
                    errs.append(f"bad recipient {rc}")
                if "status" in rc and not STATUS.match(rc["status"]):
                    errs.append(f"bad status {rc}")
                if "status" in rc and "permanent" in rc and rc["permanent"] != rc["status"].startswith("5"):
                    errs.append(f"permanent/status mismatch {rc}")
            perms = [rc.get("permanent") for rc in b["recipients"] if "permanent" in rc]
            if perms and b.get("permanent") != all(perms):
                errs.append("overall permanent disagrees with recipients")
            omid = b.get("original_message_id")
            if omid is not None and not re.match(r"^<[^<>\s]+@[^<>\s]+>$", omid):
                errs.append(f"bad original_message_id {omid!r}")
    elif "bounce" in label:
        errs.append("bounce details on a non-bounce")
    return errs


def check_one(raw, label, mode, top, empty_ok=False):
    errs = check_label_shape(label)
    if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
        errs.append("line endings are not CRLF")
    msg = message_from_bytes(raw)
    msg2 = message_from_bytes(raw, policy=policy.default)
    for h in ("From", "Date", "Subject"):
        if msg[h] is None:
            errs.append(f"missing {h}")
    if label["kind"] in ("human", "list") and msg["Message-ID"] is None:
        errs.append("missing Message-ID")
    for m in (msg, msg2):
        for part in m.walk():
            if part.defects:
                errs.append(f"defects {part.defects}")
    try:
        parts = decoded_parts(msg)
    except Exception as e:
        errs.append(f"decode error {e!r}")
        parts = []
    for _ct, text, _ in parts:
        if "\ufffd" in text:
            errs.append("replacement char in body")
    if label["kind"] == "list" and msg["List-Id"] is None:
        errs.append("list message without List-Id")
    if label["kind"] not in ("human", "list"):
        if label["new_text"]:
            errs.append("non-human with new_text")
        return errs
    plain, html = top_level_body(msg)
    if mode == "text":
        if plain is None:
            return [*errs, "no text/plain part"]
        body = plain_text(plain)
        lines = [ln.strip() for ln in body.split("\n")]
        if top:
            first = next((x for x in lines if x), None)
            if label["new_text"] and first != label["new_text"][0]:
                errs.append(f"top-posted body does not open with the new text: {first!r}")
    else:
        if plain is not None:
            errs.append("html mode but a text/plain part exists")
        body = html.get_payload(decode=True).decode(html.get_content_charset() or "us-ascii")
        lines = visible_lines(body)
        if top:
            first = next((x for x in lines if x), None)
            if label["new_text"] and first != label["new_text"][0]:
                errs.append(f"top-posted HTML does not open with the new text: {first!r}")
    if mode == "text" and html is not None:
        hl = {
            re.sub(r"\s+", " ", x)
            for x in visible_lines(html.get_payload(decode=True).decode(html.get_content_charset() or "us-ascii"))
        }
        for ln in label["new_text"]:
            if re.fullmatch(r"\[cid:[^\]]+\]", ln) or re.fullmatch(r"\[image: [^\]]*\]", ln):
                continue
            n = re.sub(r"\s+", " ", LINK.sub("", ln)).strip()
            if n not in hl:
                errs.append(f"label line missing from the HTML alternative: {ln!r}")
    pos = 0
    for ln in label["new_text"]:
        if ln != ln.strip() or not ln:
            errs.append(f"unstripped/empty label line {ln!r}")
        try:
            pos = lines.index(ln, pos) + 1
        except ValueError:
            if ln in lines:
                errs.append(f"label line out of order: {ln!r}")
            else:
                errs.append(f"label line not in body: {ln!r}")
    if not label["new_text"] and not empty_ok:
        errs.append("human message with empty new_text")
    if label["new_text"] and empty_ok:
        errs.append("empty_ok on a message with new text")
    return errs


# --------------------------------------------------------------------------
# A mail app's own line under the text: the client's, not the sender's words, so never new text. The specs keep
# these lines apart (the "device" rows) and the labels never contain them; this list checks that (blind15's list
# plus the German, Dutch and BlackBerry lines of the apps used here).
DEVICE_LINE = re.compile(
    r"^(?:Sent from my (?:iPhone|iPad|Galaxy)|Sent from my BlackBerry.*|Sent from BlackBerry Work|\(www\.blackberry\.com\)|"
    r"Sent from Yahoo Mail (?:for iPhone|on Android).*|Sent with .*Proton Mail.* secure email\.|Sent via Superhuman.*|"
    r"Von meinem (?:iPhone|iPad) gesendet|Von meinem Samsung Galaxy Smartphone gesendet\.|Verstuurd vanaf mijn (?:iPhone|iPad)|"
    r"Get Outlook for (?:iOS|Android).*|Holen Sie sich Outlook für (?:iOS|Android).*|"
    r"Outlook voor (?:iOS|Android).* downloaden|Envoyé de mon (?:iPhone|iPad))$"
)


def collect():
    import specs_human16
    import specs_other16
    import threads16
    from clients16 import Body, Ctx, esc, is_firm, own_items, ptext
    from mime16 import PROFILE, build_raw

    ctx = Ctx(threads16.THREADS)
    finals = specs_human16.SPECS + specs_human16.LIST_SPECS
    for s in finals:
        ctx.add(s)
    for s in finals:
        ctx.subject(s["key"])
    for n in ctx.nodes.values():
        if n.get("parent"):
            par = ctx.node(n["parent"])
            if ctx.when(n) <= ctx.when(par):
                raise SystemExit(f"{n['key']}: dated before the message it answers ({par['key']})")
        if not ("2026-12-01" <= n["date"][:10] <= "2027-02-15"):
            raise SystemExit(f"{n['key']}: date out of range")
    entries = []
    problems = []
    for s in finals:
        to = ctx.to_of(s)
        firm_reader = next((p for p in to + s["cc"] if is_firm(p)), None)
        if s.get("kind") == "list":
            firm_reader = ctx.node(s["parent"])["frm"]
        if firm_reader is None:
            raise SystemExit(f"{s['key']}: no reader at the firm")
        try:
            body = ctx.body(s["key"])
        except Exception as e:
            raise SystemExit(f"{s['key']}: {e!r}") from e
        subject = ctx.subject(s["key"])
        if s.get("list_tag") and s["list_tag"] not in subject:
            subject = s["list_tag"] + " " + subject
        banner = None
        if s.get("kind") != "list" and ctx.banner_applies(s, firm_reader):
            banner = firm_reader.org.banner
            if firm_reader.org.banner_tag not in subject:
                subject = firm_reader.org.banner_tag + " " + subject
        if s.get("kind") == "list":
            footer = s.get("footer") or []
            body = Body(
                plain=None if body.plain is None else [*body.plain, "", *footer],
                gt=body.gt,
                flat=body.flat,
                html=body.html + '<div style="font-size:small">' + "<br>".join(esc(x) for x in footer) + "</div>\n",
                label=body.label,
                top=body.top,
            )
            extra = [("List-Id", s["list_id"]), *s.get("list_extra", [])]
        else:
            extra = []
        try:
            raw = build_raw(ctx, s, body, subject, extra_headers=extra, banner=banner)
        except Exception as e:
            raise SystemExit(f"{s['key']}: {e!r}") from e
        for ln in body.label:
            if DEVICE_LINE.match(ln):
                problems.append(f"{s['key']}: device line in the label: {ln!r}")
        for kind, ln in own_items(s, None):
            if kind != "v":
                continue
            for style in ("outlook", "space"):
                if not DEVICE_LINE.match(ptext(ln, style)):
                    problems.append(f"{s['key']}: device row not recognised as one: {ln!r}")
        has_plain = PROFILE[s["client"]][0] and not s.get("html_only")
        entries.append(
            dict(
                client=s["client"],
                lang=s["lang"],
                kind=s.get("kind", "human"),
                slug=s["key"],
                raw=raw,
                new_text=body.label,
                mode="text" if has_plain else "html",
                top=body.top and banner is None,
                extra={},
                opt_out=bool(s.get("opt_out", False)),
                empty_ok=bool(s.get("empty_ok", False)),
            )
        )
    for a in specs_other16.items(ctx):
        extra = {k: a[k] for k in ("until", "bounce") if k in a}
        entries.append(
            dict(
                client=a["client"],
                lang=a["lang"],
                kind=a["kind"],
                slug=a["slug"],
                raw=a["raw"],
                new_text=a.get("new_text", []),
                mode=a.get("mode"),
                top=a.get("top", False),
                extra=extra,
                opt_out=False,
            )
        )
    return entries, problems


def main():
    if len(sys.argv) != 2:
        usage()
    out = os.path.abspath(sys.argv[1])
    repo = os.path.abspath(os.path.join(HERE, "..", ".."))
    if out == repo or out.startswith(repo + os.sep):
        print("refusing to write inside the repository; give an OUT outside it (e.g. /tmp/b16)", file=sys.stderr)
        sys.exit(2)
    msgdir = os.path.join(out, "messages")
    if os.path.isdir(msgdir):
        shutil.rmtree(msgdir)
    os.makedirs(msgdir)
    entries, problems = collect()
    failures = 0
    for p in problems:
        print(f"FAIL spec {p}")
        failures += 1
    order = list(range(len(entries)))
    random.Random(16).shuffle(order)
    labels = {}
    names = set()
    for n, idx in enumerate(order, 1):
        e = entries[idx]
        name = f"{n:03d}-{e['lang']}-{e['client'].replace('_', '-')}-{e['slug']}.eml"
        if name in names:
            print(f"duplicate name {name}")
            failures += 1
        names.add(name)
        with open(os.path.join(msgdir, name), "wb") as f:
            f.write(e["raw"])
        label = {
            "new_text": e["new_text"],
            "client": e["client"],
            "lang": e["lang"],
            "kind": e["kind"],
            "opt_out": e["opt_out"],
        }
        label.update(e["extra"])
        labels[name] = label
        with open(os.path.join(msgdir, name), "rb") as f:
            errs = check_one(f.read(), label, e["mode"], e["top"], e.get("empty_ok", False))
        if errs:
            failures += 1
            print(f"FAIL {name}")
            for er in errs:
                print(f"   {er}")
    slugs = Counter(e["slug"] for e in entries)
    for s, c in slugs.items():
        if c > 1:
            print(f"FAIL duplicate slug {s}")
            failures += 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"messages: {len(labels)}")
    for key in ("kind", "client", "lang"):
        c = Counter(v[key] for v in labels.values())
        print(f"{key}: " + ", ".join(f"{k}={c[k]}" for k in sorted(c)))
    c = Counter((v["kind"], v["lang"]) for v in labels.values())
    print("kind x lang: " + ", ".join(f"{k}/{la}={c[(k, la)]}" for k, la in sorted(c)))
    print(f"opt_out: {sum(v['opt_out'] for v in labels.values())}")
    if failures:
        print(f"{failures} message(s) FAILED the checks")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
