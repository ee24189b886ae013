#!/usr/bin/env python3
"""Build the blind14 evaluation set (raw emails + labels) for Relance: English-speaking corporate and professional mail.

Who and blind to what: written on 2026-12-03 by a helper session (an AI assistant started by a Relance session)
that did NOT read the reply parser or its tests: nothing under workers/, tests/, bench/, sql/ or eval/messages was
opened, eval/labels.json was not opened, and no parser, `relance` command, pytest, bench script or git command was
run while writing it. Read: eval/blind13/build.py (all of it: docstring, label conventions, checks, output format;
the checks and main() are copied here with the changes listed below), eval/blind12/mime12.py (imported from there,
as blind13's build does) and the docstring and opening lines of eval/blind12/build.py (the label conventions that
blind13's docstring refers to). Not read: eval/blind13's people13.py, specs_*.py and render13.py, any other file
of eval/blind12, anything under eval/blind11. Also looked at, for the tooling only: the file names in eval/,
eval/blind12/ and eval/blind13/ (a directory listing), the [tool.ruff] section of pyproject.toml (to run ruff as the
project does) and the file names under /work/.library/env/. Ran: this build.py (many times, into /tmp), small
throw-away Python snippets under /tmp that print the generated messages and labels, and ruff check / ruff format on
eval/blind14 only (formatting was checked to leave the output byte-identical). The people, firms, domains, client
layouts, MTA texts and wording are new, written from knowledge of real mail clients, help desks and MTAs.
People, firms and company domains are invented (Quillan Birch Advisory, quillanbirch.com, a London and Dublin
advisory firm, with clients in the UK, Ireland, the US, Canada, Québec, Australia, India, Singapore, South Africa,
Belgium, Switzerland, Luxembourg, Portugal, Poland and Sweden); real provider domains appear only where a provider
speaks for itself (googlemail.com, googlegroups.com, groups.io, arf.mail.yahoo.com, support.google.com,
urldefense.com, symanteccloud.com, mimecast) or as the mailbox provider of an invented private person (yahoo.ie,
btinternet.com, eircom.net, videotron.ca, wp.pl, telia.com, gmail.com, proton.me, yahoo.co.uk). Telephone numbers
use drama ranges where they exist.

Measured once blind (2026-12-03, main at 1e0144a, `relance eval --data /tmp/b14 --only replies`): new-text line F1
0.910 (precision 0.884, recall 0.938, exact 0.817; BlackBerry 0.120, Zendesk 0.436, Outlook 0.923), automatic reply
recall 0.938, return dates 8/11, opt-out recall 0.600 (3/5, precision 1.000), list precision 0.833; kinds otherwise
exact, no human reply read as a bounce, complaint, opt-out, auto reply or list. The same messages by the other
parsers (`bench/reply_parsers.py --data /tmp/b14`): mail-parser-reply 0.654, quotequail 0.397.

Run:
    python3 eval/blind14/build.py /tmp/b14      # writes /tmp/b14/messages/*.eml and /tmp/b14/labels.json
    relance eval --data /tmp/b14 --only replies
    bench/reply_parsers.py --data /tmp/b14

(OUT must be outside the repository; the script exits non-zero when a check fails; rebuilding is byte-identical:
no clock, every pseudo-random choice is seeded from a message slug, the file order from Random(14); checked with
two runs and with another PYTHONHASHSEED.)

Files: people14.py (people, signatures, disclaimers), threads14.py (the 37 threads the replies answer: what the
firm sent and the earlier replies, each rendered by its own client so that histories nest the way real ones do),
specs_human14.py (the human replies), specs_other14.py (list replies, help-desk messages, automatic replies,
bounces, complaints), clients14.py (client layouts, quoting, MIME assembly, Received lines), loc14.py (the date
formats clients print), make14.py (threads -> history, reply subjects, the firm's gateway banner). The MIME
helpers are eval/blind12/mime12.py.

Contents (134 messages)
* human (99): Outlook 365 desktop (20: en-GB/IE/AU/SG/IN/ZA, fr-BE/CH/CA, pt-PT, pl, sv header blocks,
  "From:/Sent:/To:/Cc:/Subject:" bold in HTML; [cid:] logos, links as "text<url>", inline answers in blue and in
  bold), classic Outlook in plain-text mode (4: "-----Original Message-----", "[mailto:]", wrapped at 76, inline
  answers marked "CM:" without ">", a tab-separated table, ">"-quoted trust minutes typed by the sender), Outlook
  for Mac (4, "From:/Date:" block, Proofpoint-rewritten history), new Outlook (4) and Outlook on the web (4), HTML
  only (hr + divRplyFwdMsg; one with an answer in red bold inside the history), Gmail (11: attribution wrapped over
  two lines in text/plain, "-- " signatures with "[image: ...]", inline answers, a forward, bottom-posting, history
  stripped), Gmail mobile (3), Apple Mail (6: forward "Begin forwarded message:", bottom-posted opt-out), iOS Mail
  (8: quoted attribution and U+FEFF, "👍", "Yes.", "Oui.", "Sent from my iPad"), Samsung Email (3, base64,
  "-------- Original message --------"), Thunderbird (5, format=flowed, one iso-8859-15 and one iso-8859-2 8bit,
  bottom-posting, quoted inline answers), Yahoo Mail (2, quoted history NOT prefixed with ">"), Proton Mail (2,
  base64), Zoho Mail (3, "---- On ... wrote ---", "============ Forwarded message ============"), Zimbra (3,
  "----- Mail original -----" in French), Roundcube (3), GroupWise (2, ">>> Name <addr> date >>>"), Front (2),
  Superhuman (2), BlackBerry 10 (2, header block with U+200E marks and "Reply To:"), CRMs (3: Salesforce
  "--------------- Original Message ---------------" with a "ref:" thread token, a JavaScript Date.toString()
  attribution, an ISO-8601 "...Z, address wrote:" attribution), help-desk agent replies (3: two Zendesk with the
  "##- Please type your reply above this line -##" marker, one Freshdesk). Histories up to 7 messages deep mixing
  Outlook, Gmail, iOS, Mac Outlook, Superhuman and Front layouts; the firm's own signature, logo and disclaimer in
  every history. Five human replies ask to stop being contacted (opt_out true).
* list (5): Google Groups (DMARC "via" From, footer starting with its own "-- " line under the sender's "-- "
  signature), Mailman 2.1 (bottom-posted, plain), Sympa (French), Groups.io, Mailman 3 (Swedish).
* auto_reply (16): Exchange out-of-office in en-GB, en-IN, en-AU (vague), en-SG (office closed for Lunar New Year),
  fr-CA (bilingual), fr-BE (French/Dutch/English), fr-CH, fr-LU one-day absence, pl, pt, sv; Gmail vacation
  responder; "this mailbox is no longer monitored"; a leaver notice; Freshdesk and Zendesk ticket acknowledgements.
* bounce (12): Exchange Online (5.1.10 not found, 5.4.310 domain does not exist, delayed 4.4.7 with headers only),
  Exchange 2019 on-premises in Portuguese (5.1.1), Postfix (alias with Original-Recipient, two permanent
  recipients, delayed 4.4.1 with headers only), Exim without a DSN part and without an enhanced code, qmail,
  Sendmail (two recipients 5.1.1 + 5.2.2; a 4-hour warning), Gmail (5.1.1).
* complaint (2): ARF from Yahoo's feedback loop and from an (invented) Swedish ISP.
Languages: en 93, fr 21, pl 7, pt 6, sv 7 (all kinds). Charsets of the human/list text parts: utf-8, us-ascii,
windows-1252, iso-8859-1, iso-8859-2, iso-8859-15; quoted-printable, base64 and 8bit.

Label conventions (blind13's, which are blind12's with blind13's change to "permanent"; restated)
* new_text: the stripped, non-empty lines the sender wrote, in order, signature INCLUDED (with its "--" line when
  present), device lines EXCLUDED ("Sent from my iPhone/iPad/Galaxy", "Envoyé de mon iPhone", "Enviado do meu
  iPhone", "Skickat från min iPhone", "Sent from my BlackBerry 10 smartphone on the Singtel network.", "Sent from
  Yahoo Mail for iPhone", "Sent with Proton Mail secure email.", "Sent via Superhuman iOS"; see DEVICE_LINE), and a
  legal disclaimer that the sender's client or server puts directly under the signature, before the quoted history,
  included. Excluded: quoted history, attribution/intro lines (also when wrapped over two lines or quoted with ">"
  as iOS does), header blocks of every client, forwarded content, list footers, and disclaimers/footers a gateway
  appends after the quoted history (Mimecast, Symantec.cloud).
* Interleaved answers: the sender's blocks in order: the text above the history (greeting, sentence, and the
  signature when the client put it above the quote, as Gmail and Superhuman do), then each answer block, then any
  closing typed under the last answer (Thunderbird).
* format=flowed: label lines are the decoded lines after the RFC 3676 soft breaks are joined; the checker unflows.
  Other plain bodies are compared physical line by physical line (so classic Outlook's 76-column wrapping is in the
  labels).
* When a text/plain part exists the labels refer to it (every line must also be visible in the HTML alternative,
  ignoring "<http...>" link targets, Outlook's "[cid:...]" and, new in blind14's check, Gmail's "[image: alt]"
  placeholders, which the labels keep as the plain part shows them); HTML-only messages (new Outlook, Outlook on the
  web) are compared with the visible text of the HTML.
* until (auto_reply): the date the notice gives as its end, resolved against the Date header; null when none is
  given or it is vague. bounce: permanent is true only when every listed failure is permanent; recipients use the
  address the sender wrote (DSN Original-Recipient when it differs); status is the DSN Status when a
  message/delivery-status part exists, otherwise the enhanced code printed in the text, omitted when there is none;
  original_message_id when the returned message or headers carry a Message-ID. opt_out on every label.

The firm's gateway (a fact of this set, applied by make14.py): from Monday 1 February 2027 Quillan Birch's mail
system prefixes "[EXTERNAL] " to the subject of mail from outside and puts a "CAUTION: This email originated from
outside of Quillan Birch Advisory..." banner on top of the text and HTML parts. It is never new text; such
messages are not "top-posted" for the checker (their first line is the banner). It touches 7 human replies and 3
automatic replies; every list message, bounce and complaint is dated before 1 February so the rule never has to
decide about them. When the firm answers a bannered message, its quote carries the banner and the subject becomes
"RE: [EXTERNAL] RE: ..." as Outlook does. Correspondents' own gateways appear inside the histories they quote
(Proofpoint banner and urldefense links at Pine Hollow, "[External Email]" in Singapore, "[EXTERNAL]" at
Lakeshore, a bilingual notice in Luxembourg, "UWAGA:" in Kraków).

Judgement calls (each written down so that a reader can disagree with it)
* Things in the new text that look like history are new text, because the sender typed or pasted them there:
  Mark Delaney's pasted "From: Whitford Lane LLP <...> / Sent: / To: / Subject:" block and the quoted paragraph under
  it; Fiona Tolley's draft clause "From: the Seller / To: the Buyer ... / Subject: NOTICE UNDER ..."; Lerato
  Mokoena's status lines "Sent: model v8 ... / To: Highveld Capital ..."; Sam Okafor's R console lines starting with
  "> "; Hugh Pemberton's trustees' minutes that he quoted with "> " himself in a plain-text Outlook message (he
  quotes a document, not the thread); Cheryl MacLeod's tab-separated table; Siobhán Keane's "On Monday Declan wrote
  to the landlord's agent:" followed by a sentence in quotation marks; Piotr Wiśniewski's "W dniu 22 stycznia Pani
  Katarzyna napisała do mnie, że ..."; João Ribeiro's "Em 26 de jan. de 2027, a Dra. Ana escreveu que ..."; Erik
  Lindqvist's "Den 3 februari kl. 10.00 har vi styrelsemöte ..."; Geneviève Tremblay's « ... » quotation of the
  previous message. A line of the history that the sender quotes inside the new text, in quotation marks, is new text.
* Inline answers typed into an Outlook history (colour, bold, "CM:" initials) are new text; the history lines
  around them are not. In the text/plain alternative Outlook shows them without any marker, which is the point.
* Help-desk agent replies (Zendesk, Freshdesk) are kind human: the new text is the agent's comment as typed
  (greeting to sign-off, and the sign-off lines the agent typed such as "Megan / Tallyforge Support"); the
  "##- Please type your reply above this line -##" marker, "Your request (n) has been updated..." line, the help
  desk's author/date header lines, the earlier comments and the "This email is a service from ..." footer are not.
  Freshdesk's agent signature (name, team) comes from the agent profile and is kept, as any signature is.
* Help-desk acknowledgements, "this mailbox is no longer monitored" and the leaver notice are auto_reply with until
  null. The Zendesk acknowledgement also carries the "##- Please type your reply above this line -##" marker.
* until: "through February 2 ... Back in Austin on Wednesday Feb 3" (Gmail vacation, subject "back Feb 3") =
  2027-02-03, the return date the notice states twice; "out of the office on Friday 29 January" = 2027-01-29 (a
  one-day absence ends that day); "closed from 5 to 9 February 2027" = 2027-02-09; "jusqu'au 10/02 inclus" =
  2027-02-10; "back in the office early the week after" = null.
* opt_out true: "Please take me off your list", "Veuillez retirer mon adresse de votre liste d'envoi", "proszę o
  usunięcie mojego adresu z listy mailingowej", "Vänligen ta bort mig från era utskick", "Please remove me from
  your mailing list" (with "we've appointed another firm"). opt_out false, on purpose: "please don't take me off"
  (Aoife Brennan), "No need to stop sending these, but could they go to my assistant as well?" (Hugh Pemberton),
  "Not at the moment, thanks ... Try me again after Easter?" (Ruth Ashdown: declines now, invites contact later),
  "W sprawie umów proszę kontaktować się z Panią Katarzyną" (a redirect to a colleague, not a refusal), and list
  footers that say "unsubscribe".
* The Salesforce "ref:!...:ref" token sits after the history and is not the sender's text: excluded.
* Disclaimers directly under the signature are included (Marsh & Tolley's SRA notice and cyber-crime warning,
  Kaveri's DISCLAIMER paragraph, Brindle's registration line); the Mimecast and Symantec.cloud footers that the
  senders' gateways add after the whole message are excluded.
* A person who types their name and then has the same name first in the automatic signature has it twice in the
  label (Anne-Sophie Lambert, Ana Tavares, Katarzyna Nowak, Piotr Wiśniewski, Agnieszka Lewandowska).
* lang is the language of the new text (of the notice for automatic mail): Katarzyna Nowak's and Erik Lindqvist's
  English forwards are "en" although their Outlook writes Polish/Swedish header blocks; the trilingual Belgian
  out-of-office is "fr" (its first language); bounces are "en" except the Portuguese Exchange one.
* Exim's bounce gives "550 No Such User Here" and no enhanced code: status omitted, permanent true (a 5xx reply
  and "This is a permanent error").

Simplifications a reader should know about: the HTML of the quoted segments in Gmail/Thunderbird/Superhuman inline
replies is rebuilt from the quoted text (links appear as text there); Received chains are two lines (the firm's
Exchange Online front door and the sender's submission hop); attachments are small stand-in files.
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
# The MIME helpers are blind12's, imported from there as blind13's build does.
sys.path.insert(1, os.path.join(HERE, "..", "blind12"))

from mime12 import unflow  # noqa: E402


def usage():
    print("usage: python3 eval/blind14/build.py OUT", file=sys.stderr)
    sys.exit(2)


# --------------------------------------------------------------------------
# checks (copied from eval/blind13/build.py; one addition: Gmail's "[image: alt]" placeholder is exempt from
# the HTML-visibility check, as Outlook's "[cid:...]" is)
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


def check_one(raw, label, mode, top):
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
    if not label["new_text"]:
        errs.append("human message with empty new_text")
    return errs


# --------------------------------------------------------------------------
# A mail app's own line under the text: the client's, not the sender's words, so never new text. The specs keep
# these lines apart (the "device" rows) and the labels never contain them; this list checks that.
DEVICE_LINE = re.compile(
    r"^(?:Sent from my (?:iPhone|iPad|Galaxy)|Sent from my BlackBerry.*|Sent from Yahoo Mail (?:for iPhone|on Android).*|"
    r"Sent with .*Proton Mail.* secure email\.|Sent via Superhuman.*|Envoyé de mon (?:iPhone|iPad)|"
    r"Enviado do meu (?:iPhone|Galaxy)|Skickat från min (?:iPhone|Galaxy)|Wysłane z iPhone’a|Envoyé depuis mon Galaxy|"
    r"Get Outlook for (?:iOS|Android).*)$"
)


# Render variants that are one client in the labels (GroupWise sends text-only or text+HTML).
LABEL_CLIENT = {"groupwise_plain": "groupwise"}


def collect():
    import specs_human14
    import specs_other14
    import threads14
    from make14 import Threads, build_reply

    threads = Threads(threads14.THREADS)
    entries = []
    problems = []
    for s in specs_human14.SPECS + specs_other14.LIST_SPECS:
        if "custom" in s:
            raw, lab, mode, top = s["custom"]()
            probs = []
        else:
            try:
                raw, lab, mode, top, probs, _ = build_reply(s, threads)
            except Exception as e:
                raise SystemExit(f"{s['slug']}: {e!r}") from e
        problems.extend(f"{s['slug']}: {p}" for p in probs)
        for ln in lab:
            if DEVICE_LINE.match(ln):
                problems.append(f"{s['slug']}: device line in the label: {ln!r}")
        entries.append(
            dict(
                client=LABEL_CLIENT.get(s["client"], s["client"]),
                lang=s["lang"],
                kind=s.get("kind", "human"),
                slug=s["slug"],
                raw=raw,
                new_text=lab,
                mode=mode,
                top=top,
                extra={},
                opt_out=bool(s.get("opt_out", False)),
            )
        )
    for a in specs_other14.ITEMS:
        extra = {k: a[k] for k in ("until", "bounce") if k in a}
        entries.append(
            dict(
                client=a["client"],
                lang=a["lang"],
                kind=a["kind"],
                slug=a["slug"],
                raw=a["raw"],
                new_text=[],
                mode=None,
                top=False,
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
        print("refusing to write inside the repository; give an OUT outside it (e.g. /tmp/b14)", file=sys.stderr)
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
    random.Random(14).shuffle(order)
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
            errs = check_one(f.read(), label, e["mode"], e["top"])
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
