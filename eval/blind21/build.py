#!/usr/bin/env python3
"""Build the blind21 evaluation set (raw emails + labels) for Relance: replies to a UK and Irish independent financial
adviser firm, in English (with Irish and Scottish usage), French, Polish and Spanish.

Who and blind to what: written by a helper session (an AI assistant started by a Relance session) that did NOT read
the reply reader, its tests or its other evaluation data: nothing under workers/, tests/, bench/, sql/, supabase/,
eval/messages, eval/build, eval/intents or eval/blind18-20 was opened, listed, grepped or searched; eval/labels.json,
README.md and /work/shared were not read; no parser, `relance` command, pytest, evaluator, bench script or git command
was run. Opened: eval/blind17/build.py (all of it: docstring, label conventions, checks, collect() and main(); its
checks and DEVICE_LINE are copied here unchanged, extracted from it programmatically and compared after formatting,
and its collect()/main() adapted), eval/blind12/mime12.py (all of it; imported from there, as blind13-17 do) and the
[tool.ruff] sections of pyproject.toml (printed with an awk range that stopped at the next non-ruff section). Also
looked at, for the tooling only: the folder names in eval/ and the file names in eval/blind17/ (one `ls`), the line
counts of the two files above (`wc -l`), the ruff version, whether PYTHONDONTWRITEBYTECODE is set and whether
eval/blind12/__pycache__ exists (a `test -d`; it does not), and a calendar of March - May 2027 printed by Python.
Ran: this build.py (into /tmp/b21, /tmp/b21b, /tmp/b21c), a Python snippet that copied blind17's checks into
this file and saved them to /tmp/b21_checks_orig.txt for the comparison, short Python one-liners that import the case modules of
this folder or print a few of the generated messages and their labels, and ruff check (once with --fix) / ruff
format on eval/blind21 only. Slips: none known (no file outside eval/blind21 was written; the only files of other
sets opened are the two named above). The people, firms, domains, client layouts, MTA texts and wording are new,
written from knowledge of real mail clients and MTAs.

The firm (invented): Ashdown Kerr Wealth (ashdownkerr.example, Microsoft 365, advisers on Outlook for Windows and
Outlook for Mac), offices in London (Hannah Kerr, Tom Ashdown, Client Services), Edinburgh (Ewan Lockhart), Dublin
(Siobhán Daly; Ashdown Kerr Wealth (Ireland) DAC, regulated by the Central Bank of Ireland) and Manchester (Priya
Raman). The firm's messages that are answered (firm21.ORIG): an annual-review booking, a pension transfer with forms,
the new-tax-year ISA reminder (6 April 2027), a four-question questionnaire, a trust's document request with a portal
link, the April newsletter "Ashdown Kerr Insights", an Irish PRSA/ARF note and an updated client agreement. Each
client's copy has its own Message-ID and greeting; the reply's In-Reply-To names it (the spouse's reply names the
husband's forward). Everything is invented: names, firms, domains in .example, UK numbers in the Ofcom drama ranges
(020 7946 0xxx, 0113/0131/0161/0114/01224/... 496 0xxx, 07700 900xxx), Irish numbers in a 555 01xx-style block, IP
addresses in 203.0.113/24. Real provider names appear only where a provider speaks for itself (Message-IDs and hosts
of Gmail, Exchange Online, Yahoo, Proton, Superhuman, Front, Missive, Samsung; mimecast.com / cudasvc.com link
rewriting; aka.ms and support.google.com links). Dates run from 1 to 30 April 2027 (BST, +0100); the UK and Irish
Easter Monday was 29 March and the early May bank holiday is Monday 3 May 2027.

Run:
    python3 eval/blind21/build.py /tmp/b21      # writes /tmp/b21/messages/*.eml and /tmp/b21/labels.json

(OUT must be outside the repository; the script exits non-zero when a check fails; rebuilding is byte-identical:
no clock, every pseudo-random choice is seeded from a message key, the file order from Random(21); checked with two
runs and with PYTHONHASHSEED=12345 and =0.)

Files: firm21.py (the firm, its staff, signatures and footers, the messages it sent, the Sent Items copy),
clients21.py (attributions and header blocks per client and locale, ">" quoting, device lines, the Case engine that
turns a case into segments: new text, inline answers, old text, device line; the label is the stripped non-empty
lines of the new-text and answer segments), humans21a.py, humans21b.py, humans21c.py (the human replies), auto21.py
(automatic replies), bounce21.py (bounces), mime21.py (MIME assembly, Message-IDs, per-client headers, HTML bodies,
multipart/report).

Contents (94 labelled messages: 64 human, 20 auto_reply, 10 bounce; lang "en" 81, "fr" 5, "pl" 4, "es" 4), plus 6
unlabelled Sent Items copies (messages/sent-NNN-<slug>.eml), one per reply with answers typed inside the quoted copy.
* human (64; en 54, fr 4, pl 3, es 3). Outlook for Windows (16: 15 on M365 and one Outlook 2016 over IMAP; two of them
  in windows-1252): "From: / Sent: 05 April 2027 11:25 / To: / Subject:" and the long "Sent: Monday, 5
  April 2027 11:25" form, French "De : / Envoyé : / À : / Objet :", Spanish "De: / Enviado el: / Para: / Asunto:",
  Polish "Od: / Wysłane: / Do: / Temat:", "________________________________" blocks, HTML-only replies (2), company
  directors' signatures with "Registered in England and Wales no. ..." and confidentiality notices, solicitors'
  (SRA, Law Society of Ireland, Law Society of Scotland) and accountants' footers (ACA CTA, FCCA, FCA, ICAEW,
  Chartered Accountants Ireland), an Irish broker's CBI footer, gateway disclaimers appended after the history
  (Doyle Cahill, McAllister WS), a client's own "[EXTERNAL EMAIL]" / "CAUTION" banners and Microsoft's "You don't
  often get email from ..." tip inside the quoted history, a "[EXTERNAL]" subject tag, Mimecast and Barracuda link
  rewriting in the quote, inline answers in blue after "See my comments in blue below", and without any marker.
  Outlook for Mac (5: "From: / Date: Monday, 5 April 2027 at 11:20 / To: / Subject:", French "De : / Date : / À : /
  Objet :", answers marked "JC:", a PS under the signature). New Outlook (1, HTML only), Outlook for iOS (1, "Get
  Outlook for iOS<...>"). Gmail web and Android (13: "On Thu, 1 Apr 2027 at 10:05, ... wrote:", an attribution
  wrapped after "<", French, Polish "czw., 1 kwi 2027 o 10:05 ... / napisał(a):", Spanish "... (<...>) / escribió:",
  inline answers between "> " lines of a trimmed quote, a quote of two snippets only ("> the pension transfer
  form"), bottom-posting, an HTML-only Android reply). Apple Mail (7, English, Spanish, French attributions; a
  solicitor's letter pasted in "..."; bullet answers). iOS Mail (6: ">"-quoted attribution, "Sent from my iPhone",
  "Sent from my iPad", emojis and smart quotes, a wife answering a message her husband forwarded to her from his
  iPhone: "Begin forwarded message:" inside his quoted forward). Yahoo (2, both HTML only, "Sent from Yahoo Mail on
  Android"), AOL ("-----Original Message-----", ANSWERS IN CAPS), BT Mail ("------ Original Message ------"), an
  Open-Xchange webmail of a Sky-like provider ("> On 01 April 2027 at 10:13 ... wrote:"), Proton Mail ("Sent with
  Proton Mail secure email."), Superhuman ("Sent via Superhuman"), Front and Missive shared inboxes of accountants'
  firms, Samsung Email ("-------- Original message --------", "(GMT+00:00)", "Sent from my Galaxy"), Thunderbird (4:
  top-posting with a "-- " signature, bottom-posting under full and trimmed quotes). Nine replies ask to stop being
  contacted (opt_out true); five are look-alikes (opt_out false).
* auto_reply (20): Exchange out-of-office (14, "Automatic reply:", "Automatyczna odpowiedź:", "Réponse automatique
  :", "Respuesta automática:"), Gmail vacation replies (2), an iCloud vacation reply, a Yahoo one without any
  Auto-Submitted header, a leaver, a solicitors' acknowledgement, a pension provider's no-reply acknowledgement (its Open-Xchange webmail), an
  accountants' Front acknowledgement, a part-timer's notice, a sick notice, maternity leave, a bilingual Irish/English
  notice.
* bounce (10): Exchange Online NDRs (5.1.10 with the original; 5.2.2 mailbox full; a Mimecast anti-spoofing
  rejection relayed as 5.0.0; two recipients 5.2.1), Gmail "Address not found" (5.1.1, headers only), Postfix user
  unknown (5.1.1) and a Postfix delay warning for a full mailbox (4.2.2, permanent false), Exim without a DSN part
  ("550 5.1.1" printed), a Yahoo-style "Failure Notice" with no enhanced code (status omitted), an on-premises
  Exchange NDR from an Irish firm (5.1.1, headers only).

Label conventions: blind17's (which are blind16's ... blind12's), unchanged:
* new_text: the stripped, non-empty lines the sender wrote, in order, signature INCLUDED (with its "--" line when
  present), device lines EXCLUDED (DEVICE_LINE), and a legal disclaimer that the sender's client or server puts
  directly under the signature, before the quoted history, included. Excluded: quoted history, attribution lines
  (also wrapped over two lines or quoted with ">"), header blocks, forwarded content, gateway banners, and
  disclaimers a gateway appends after the quoted history.
* Interleaved answers: the sender's blocks in order (text above the history, then each answer, then a closing).
* When a text/plain part exists the labels refer to it; HTML-only messages are compared with the visible text of the
  HTML.
* until, bounce and opt_out as blind17 states them (until: the end date the notice gives, resolved against the Date
  header, null when none or vague; bounce status: the DSN Status when a delivery-status part exists, otherwise the
  enhanced code printed in the text, omitted when there is none; recipients as the sender wrote them).
* New here, replied_to: the file name in messages/ of the firm's Sent Items copy (text/plain, the same Message-ID
  as the reply's In-Reply-To) when the sender typed answers inside the quoted copy (campbell-jc, ogrady-caps,
  hargreaves-blue, oneill-nomarker, sharma-gmail-inline, ashworth-partial); null otherwise. The copies are not
  labelled.

Checks: blind17's, copied unchanged (DEVICE_LINE too: it covers every device line here); the build also fails when a
message is dated before the one it answers or outside April 2027, when the device line of a human reply is not a
DEVICE_LINE, when a Sent Items copy is not text/plain or its Message-ID is not the reply's In-Reply-To.

The firm's gateway (a fact of this set): mail from outside to the Dublin office (Siobhán Daly) gets "[EXTERNAL] " in
front of the subject and "CAUTION: This email originated from outside Ashdown Kerr Wealth..." on top of the text and
HTML parts. It is never new text; such messages are not "top-posted" for the checker. NDRs are not stamped.

Judgement calls (where the conventions are silent or a reader could disagree)
* whitlock-solicitor: the paragraph of her solicitor's letter pasted in "..." is new text (she typed/pasted it).
* ashworth-partial: the two quoted snippets ("> the pension transfer form", "> letter of authority") are old text;
  his answers below them are new; replied_to is given although he trimmed the quote to two snippets.
* oneill-nomarker: answers typed straight under each question of the unprefixed Outlook history, no marker (blue in
  the HTML only); hargreaves-blue likewise, with "See my comments in blue below." above.
* whitlock-spouse: Jen's text is new; her husband's forwarding note ("Jen can you deal with this...") is old text.
* grant-ps: the PS under the signature is new text. mcbride-director and kavanagh-broker-cbi: the confidentiality
  notices under their signatures are new text (the client put them there); Doyle Cahill's and McAllister WS's notices
  after the history are gateway footers, not new text.
* thornton-front: bullet characters "•" are kept in the label lines; quinn-bullets keeps "- ".
* opt_out true: greenwood ("take me off your mailing list"), fairbairn ("I'd rather not receive these newsletters",
  while still wanting portfolio mail), pickering ("No more emails about ISAs please"), khan-gdpr ("GDPR: please
  delete my details"), brennan-indirect ("Can you make them stop."), wisniewski-pl, marchal-fr, kelly-samsung ("Take
  me off this please"), ruiz-es. opt_out false on purpose: la-directdebit ("stop the direct debit"), la-joint
  ("remove my wife from the joint account"), la-paper ("unsubscribe me from paper statements - email is fine"),
  la-post ("don't send the pack by post"), la-unsubscribe-q (asks whether to unsubscribe from another firm's emails),
  the newsletter footer inside quotes, and rousseau/others declining a product.
* until: "back on Tuesday 6th April" = 2027-04-06; "returning 12/04" = 2027-04-12 (day first); "until the 19th"
  (sent 8 April) = 2027-04-19; "until 16 April" = 2027-04-16; "from 2nd to 9th April inclusive, returning Monday
  12th" = 2027-04-09 (the range's last day, as blind17 reads "até 18/01/2027, retornando em 19/01/2027"; a reader
  could argue for 2027-04-12); "do 16.04.2027 r." = 2027-04-16; "jusqu'au vendredi 9 avril inclus" = 2027-04-09;
  "hasta el 14 de abril" = 2027-04-14; "back in on Tuesday 4th May (Monday is a bank holiday)" = 2027-05-04; "until
  Thursday 22nd April" = 2027-04-22; "returning 26/4" = 2027-04-26; "Beidh mé ar ais ar an 13 Aibreán / I will be
  back on 13 April" = 2027-04-13. null: "over the Easter break" (vague), the leaver, maternity leave "returning in the
  autumn", the part-timer, the sick notice and the acknowledgements.
* lang of the bilingual Irish/English notice is "en"; Kasia Nowak's Polish reply to an English message is "pl".
* Bounces: the Mimecast rejection's status is the DSN's 5.0.0 (the text prints only "550"); the Yahoo-style notice
  prints "554" and no enhanced code: status omitted, permanent true; the Postfix delay is permanent false (4.2.2);
  original_message_id is the firm's Message-ID for every bounce (each returns the message or its headers).

Simplifications a reader should know about: when a sender answers inline or trims the quote, the HTML is rebuilt
from the same lines (one <div> per line, the quote in a <blockquote>, answers in blue); Received chains have one
line; attachments mentioned in the text are not attached; the firm's original is plain text in the Sent Items copy
and as quoted; Outlook-style "text<target>" links appear in every client's quote of the firm's signature.
Measured once, blind, by the session that asked for it (2026-12-05, 13:25 UTC, before any message of it was read), at
2e0a1af and again at 35d2925 (with blind20's and heldout23's mends), the same figures both times (`relance eval --data
/tmp/b21 --only replies`): new-text line F1 1.000, exact 1.000 (64 replies); automatic replies precision 1.000 / recall
0.950 (one read as a person's reply), bounces and lists 1.000; opt-outs precision 0.875 / recall 0.778 (one human reply
read as an opt-out, two opt-outs missed); return dates exact 0.909 (10/11). `bench/reply_parsers.py --data /tmp/b21`:
Relance 0.987, mail-parser-reply 0.708, quotequail 0.565.
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
# The MIME helpers are blind12's, imported from there as blind13's to blind17's builds do.
sys.path.insert(1, os.path.join(HERE, "..", "blind12"))

from mime12 import unflow  # noqa: E402


def usage():
    print("usage: python3 eval/blind21/build.py OUT", file=sys.stderr)
    sys.exit(2)


# --------------------------------------------------------------------------
# checks (copied unchanged from eval/blind17/build.py, which copied blind16's: a human reply may have an empty
# new_text only when its spec says the sender wrote nothing in the body, and then it must be empty)
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
# A mail app's own line under the text: the client's, not the sender's words, so never new text. blind17's list,
# unchanged (it already covers every device line of this set).
DEVICE_LINE = re.compile(
    r"^(?:Sent from my (?:iPhone|iPad|Galaxy)|Sent from my BlackBerry.*|Sent from BlackBerry Work|\(www\.blackberry\.com\)|"
    r"Sent from Yahoo Mail (?:for iPhone|on Android).*|Sent with .*Proton Mail.* secure email\.|Sent via Superhuman.*|"
    r"Von meinem (?:iPhone|iPad) gesendet|Von meinem Samsung Galaxy Smartphone gesendet\.|Verstuurd vanaf mijn (?:iPhone|iPad)|"
    r"Get Outlook for (?:iOS|Android).*|Holen Sie sich Outlook für (?:iOS|Android).*|"
    r"Outlook voor (?:iOS|Android).* downloaden|Envoyé de mon (?:iPhone|iPad)|"
    r"Inviato da (?:iPhone|iPad)|Inviato dal mio (?:iPhone|iPad)|Enviado desde mi (?:iPhone|iPad)|Enviado do meu (?:iPhone|iPad)|"
    r"Inviato da smartphone Samsung Galaxy\.|Enviado desde mi smartphone Samsung Galaxy\.|"
    r"Enviado do meu smartphone Samsung Galaxy\.|Envoyé depuis mon smartphone Samsung Galaxy\.|"
    r"Ottieni Outlook per (?:iOS|Android).*|Obtener Outlook para (?:iOS|Android).*|Obter o Outlook para (?:iOS|Android).*|"
    r"Obtenir Outlook pour (?:iOS|Android).*)$"
)

FIRST_DAY, LAST_DAY = "2027-04-01", "2027-04-30"
MID = re.compile(rb"^Message-ID: (<[^>\r\n]+>)", re.M | re.I)
IRT = re.compile(rb"^In-Reply-To: (<[^>\r\n]+>)", re.M | re.I)


def collect():
    import auto21
    import bounce21
    import humans21a
    import humans21b
    import humans21c

    entries = []
    problems = []
    for case in [*humans21a.N, *humans21b.N, *humans21c.N]:
        try:
            r = case.build()
        except SystemExit:
            raise
        except Exception as e:
            raise SystemExit(f"{case.key}: {e!r}") from e
        if not (FIRST_DAY <= r["date"][:10] <= LAST_DAY):
            problems.append(f"{r['slug']}: date out of range")
        for ln in r["new_text"]:
            if DEVICE_LINE.match(ln):
                problems.append(f"{r['slug']}: device line in the label: {ln!r}")
        if r["device"] and not DEVICE_LINE.match(r["device"]):
            problems.append(f"{r['slug']}: device line not recognised as one: {r['device']!r}")
        if r["sent"] is not None and IRT.search(r["raw"]).group(1) != MID.search(r["sent"]).group(1):
            problems.append(f"{r['slug']}: the Sent Items copy's Message-ID is not the reply's In-Reply-To")
        r.update(extra={}, empty_ok=not r["new_text"])
        entries.append(r)
    for a in [*auto21.auto_items(), *bounce21.items()]:
        if "date" in a and not (FIRST_DAY <= a["date"][:10] <= "2027-04-30"):
            problems.append(f"{a['slug']}: date out of range")
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
                sent=None,
            )
        )
    return entries, problems


def main():
    if len(sys.argv) != 2:
        usage()
    out = os.path.abspath(sys.argv[1])
    repo = os.path.abspath(os.path.join(HERE, "..", ".."))
    if out == repo or out.startswith(repo + os.sep):
        print("refusing to write inside the repository; give an OUT outside it (e.g. /tmp/b21)", file=sys.stderr)
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
    random.Random(21).shuffle(order)
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
        replied_to = None
        if e.get("sent") is not None:
            # the firm's Sent Items copy of the message the sender answered inside (unlabelled)
            replied_to = f"sent-{n:03d}-{e['slug']}.eml"
            with open(os.path.join(msgdir, replied_to), "wb") as f:
                f.write(e["sent"])
            if message_from_bytes(e["sent"]).get_content_type() != "text/plain":
                print(f"FAIL {replied_to}: the Sent Items copy is not text/plain")
                failures += 1
        label = {
            "new_text": e["new_text"],
            "client": e["client"],
            "lang": e["lang"],
            "kind": e["kind"],
            "opt_out": e["opt_out"],
            "replied_to": replied_to,
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
    print(f"messages: {len(labels)} labelled, {sum(1 for v in labels.values() if v['replied_to'])} Sent Items copies")
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
