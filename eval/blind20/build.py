#!/usr/bin/env python3
"""Build the blind20 evaluation set (raw emails + labels) for Relance: replies, automatic replies and bounces received
by an invented Swiss independent wealth manager and insurance broker, in French, German, Italian and English.

Who and blind to what: written by a helper session (an AI assistant started by a Relance session) that did NOT read
the reply reader, its tests or its other evaluation data: nothing under workers/, tests/, bench/, sql/, supabase/,
eval/messages, eval/build, eval/intents, eval/blind18 or eval/blind19 was opened, listed or searched; eval/labels.json
and README.md were not opened and /work/shared was not read; no parser, `relance` command, pytest, evaluator, bench
script or git command was run. Opened: eval/blind17/build.py (all of it: docstring, label conventions, checks,
collect() and main(); its checks are copied here unchanged, spliced from it programmatically by line range and
compared with a diff after ruff format, which showed only one extra blank line before FIRST_DAY; its collect()/main()
adapted), eval/blind12/mime12.py (all of it; imported from there, as blind13-17's builds do) and the [tool.ruff]
section of pyproject.toml. Also looked at, for the tooling only: the file names in eval/ (one `ls`), the ruff entry of
.venv/bin (`ls .venv/bin | grep -i ruff`), the line numbers of five markers in eval/blind17/build.py (`grep -n`, to
splice the checks) and a calendar of March 2027 printed by Python. Ran: this build.py (many times, into /tmp/b20,
/tmp/b20b, /tmp/b20c, /tmp/b20d, twice with PYTHONHASHSEED=0 and =12345 and compared with diff -r), throw-away Python
under /tmp that prints the generated messages and labels or patches this folder's own files, and ruff check / ruff
format on eval/blind20 only.
Slips (none of them showing anything of the reader): (1) the first `ls` also listed the file names inside
eval/blind17/ and eval/blind12/ (the brief allowed the names of eval/ only), and `wc -l` printed the line counts of
every .py file of eval/blind17/ and of eval/blind12/mime12.py; none of those other files was opened; (2) the grep used
to print the [tool.ruff] section of pyproject.toml ran past it and also printed the [tool.mypy] and [tool.pytest]
sections. The firm, people, companies, domains, client layouts, MTA texts and wording are new, written from knowledge
of real mail clients, Swiss usage, insurers' desks and MTAs.

The firm (invented): Vaucher Rüegg & Cie (Vaucher Rüegg & Cie SA in Geneva, Lausanne and Lugano, Vaucher Rüegg & Cie
AG in Zurich; vaucher-ruegg.example, Microsoft 365 / Exchange Online, Swiss tenant Message-IDs): Mathilde Chevalley
(wealth manager, Lausanne, French), Julien Favre-Bulle (insurance broker, Geneva, French), Reto Brunner (private
banking, Zurich, German), Sandra Wyss (pension 3a and insurance, Zurich, German), Chiara Bernasconi (wealth manager and
insurance, Lugano, Italian), Nadia Keller (senior relationship manager, Geneva, English). What the firm sent: the
annual investor-profile review under FinSA/LSFin/FIDLEG/LSerFi (four numbered questions, four languages; the French
one has a Safe Links-wrapped portal link), a household/liability insurance renewal, missing-documents follow-ups, a
3a offer, an investment-outlook invitation in Zurich (its footer says to answer «Abmelden» to stop invitations), a
conference invitation in Lausanne, a car-policy renewal in Ticino, a transfer confirmation, statements, KYC and
appointment mails. Correspondents: private clients (bluewin-, gmx-, hispeed-, gmail-, icloud-, me-, mac- and
outlook-like fiction domains), Swiss SMEs, fiduciaries, notaries, lawyers, a Jersey trust company, a Dutch family
office, insurers' desks (Assurances Romandes, Alpina Leben, Ticino Assicurazioni), a pension fund (Caisse de pension
Horizon), two professional lists (GGIR forum on Mailman 3, VZV members on Sympa). All domains are .example; Swiss
phone numbers use an invented 555 01xx block (+41 21/22/26/31/44/52/55/79/91 555 01xx), UK numbers the Ofcom drama
range (020 7946 0xxx), others 555 01xx; AVS and company numbers are invented (756.5550..., CHE-555...); no IP
address appears (no Received lines are written). Real provider names appear only in hosts that speak
for themselves (mail.gmail.com Message-IDs, PROD.OUTLOOK.COM, safelinks.protection.outlook.com, aka.ms).
Dates: 1-31 March 2027 (Swiss time, +01:00).

Run:
    python3 eval/blind20/build.py /tmp/b20      # writes /tmp/b20/messages/*.eml and /tmp/b20/labels.json

(OUT must be outside the repository; the script exits non-zero when a check fails; rebuilding is byte-identical:
no clock, every pseudo-random choice is seeded from a message key, the file order from Random(20); checked with
repeated runs and with PYTHONHASHSEED=0 and =12345.)

Files: mime20.py (dates as clients print them, body segments, plain and HTML renderings: Outlook's WordSection1 /
MsoNormal HTML with its border-top header block, Gmail's gmail_attr / gmail_quote, Apple's blockquote type=cite, OWA's
divRplyFwdMsg, webmail divs; MIME assembly, Message-IDs), kit20.py (the firm, signatures, disclaimers, the messages it
sent, attributions and header blocks per client and language, inline answers, reply()), hum20_fr.py, hum20_de.py,
hum20_it.py, hum20_en.py, hum20_more.py (the human and list replies), auto20.py and desk20.py (automatic replies),
bounce20.py (NDRs and DSNs). The low-level MIME helpers are eval/blind12/mime12.py.

Contents (100 labelled messages: 63 human, 2 list, 24 auto_reply, 11 bounce; lang de 30, fr 27, en 22, it 21) plus 9
unlabelled Sent Items copies (messages/sent-*.eml, named by the labels' replied_to).
* human (63; de 18, fr 17, it 15, en 13). Outlook desktop (20: 11 HTML-only, 9 with a text part; localised header
  blocks "De : / Envoyé : / À : / Objet :", "Von: / Gesendet: / An: / Betreff:", "Da: / Inviato: / A: / Oggetto:",
  "From: / Sent: / To: / Subject:"; subjects "RE:", "AW:", "R:", "TR:", "WG:", "FW:"; answers on top; inline answers
  in red ("Voir mes réponses ci-dessous en rouge.", "Please see my answers below in red."), in blue ("Antworten im
  Text.", "risposte in blu qui sotto") and with "[MK]" initials; inline answers with no marker and no text on top
  (the body opens with "Da:"); a bottom-posted reply that opens with "De :"; forwards with a line above; "[EXTERN]"
  and "[EXTERNAL]" tags and banners of the client's gateway inside the quote; disclaimers under the signature; a
  reply made of the signature only with a PDF; a thread quoted twice (nested header blocks)). New Outlook / OWA (5:
  "________________________________" and divRplyFwdMsg; a company gateway footer appended after the history). Outlook
  mobile (4: "Obtenir Outlook pour iOS", "Holen Sie sich Outlook für iOS", "Ottieni Outlook per Android", "Get
  Outlook for Android", base64 HTML). Gmail (10, 4 HTML-only: localised attributions, "-- " signature, a forward
  "---------- Forwarded message ---------", a top-posted reply over a nested "> >" history). Apple Mail (5), iOS Mail
  (7: "Envoyé de mon iPhone", "Von meinem iPhone gesendet", "Von meinem iPad gesendet", "Inviato da iPhone", "Sent
  from my iPhone"; photos and PDFs attached; an attachment note only). Thunderbird (4: format=flowed; answers typed on
  lines between "> " lines with no marker; bottom-posting under a trimmed quote). HCL Notes (3: "Von:\t / An:\t /
  Datum:\t / Betreff:\t" blocks, "Antwort:" / "Réf. :" / "Risposta:" subjects, long legal footers). Swiss webmails:
  bluewin-like Open-Xchange (3: "----- Message d'origine -----" etc.), gmx-like (1, HTML-only, "Gesendet: ... Von:
  ... An: ... Betreff:"), hispeed-like Roundcube (1, bottom-posted under "Am 05.03.2027 10:02, schrieb ...:").
  Eight ask to stop being contacted (opt_out true), five are look-alikes (opt_out false).
* list (2): a Mailman 3 reply (Thunderbird, list footer with "To unsubscribe" after the history) and a Sympa reply
  (Outlook, no footer), each with List-Id and the firm's adviser in Cc.
* auto_reply (24): Exchange out-of-office (12; FR, DE, IT, EN; a DE/FR/EN notice; no-date notices; a maternity leave;
  a leaver), HCL Notes (2: "Abwesenheitsnotiz:", "... è fuori ufficio."), Gmail vacation (2), bluewin-like,
  gmx-like and Roundcube/Sieve vacation notices, an iCloud vacation reply, and four desks' acknowledgements (two
  insurers, a pension fund, an insurer's ticket desk).
* bounce (11): Exchange Online NDRs of the firm's tenant (EN 5.1.10, DE 5.1.1, FR 5.7.1 headers only, IT 5.4.310,
  EN 5.2.2 mailbox full reported permanent, FR 5.1.1; a DE delay 4.4.7), Postfix (alias expansion 5.1.1; a 4.2.2
  quota delay warning), a bluewin-like mailer-daemon (multilingual, 5.1.1, headers only) and a gmx-like one (5.1.1).

Label conventions: blind17's (which are blind16's ... blind12's), unchanged:
* new_text: the stripped, non-empty lines the sender wrote, in order, signature INCLUDED (with its "--" line when
  present), device lines EXCLUDED (see DEVICE_LINE), and a legal disclaimer that the sender's client or server puts
  directly under the signature, before the quoted history, included. Excluded: quoted history, attribution lines,
  header blocks of every client, forwarded content, list footers, gateway banners, and disclaimers a gateway appends
  after the quoted history.
* Interleaved answers: the sender's blocks in order (text above the history, then each answer, then a closing).
* format=flowed: label lines are the unflowed lines. When a text/plain part exists the labels refer to it (every line
  also visible in the HTML alternative, ignoring "<http...>" link targets); HTML-only messages are compared with the
  visible text of the HTML.
* until, bounce and opt_out as blind17 states them (until: the end date the notice gives, resolved against the Date
  header, null when none or vague; bounce status: the DSN Status; recipients as the sender wrote them).
* New key in every label: replied_to. For the 9 replies whose person typed answers inside the quoted copy (fr-rochat,
  fr-perret, de-kaelin, de-kunz, de-bachmann, it-galli, it-cattaneo, en-okafor, en-novak) it names the file
  messages/sent-<key>.eml: the firm's message as its Sent Items stored it (text/plain, same Message-ID as the
  reply's In-Reply-To), not labelled; null everywhere else.

Checks: blind17's, copied unchanged (DEVICE_LINE included; it already knows every device line used here); the build
also fails when a message is dated outside 1-31 March 2027 or before the message it answers, when no firm address is
in To/Cc, when a device line is not a DEVICE_LINE or a label holds one, or when a replied_to file was not written.

Judgement calls (where the conventions are silent or a reader could disagree)
* de-lehmann: Outlook inserted her signature above the quote and she typed nothing (a PDF is attached): new_text is
  the signature (as blind17's it-ard-6). fr-blanc: "Ci-joint les deux formulaires signés." only (an attachment note).
* Inline answers are new text, the quoted lines around them are not: de-kunz keeps its "[MK] " prefixes; it-cattaneo
  has no text on top and no marker (answers "allegata", "lo chiedo a Generali, ...", "nessuno" under list items);
  in the coloured Outlook replies the plain part (when there is one) shows the answers as plain lines.
* Bottom-posted (fr-python, de-widmer, it-ghirlanda): new text is the block under the quote; these are not top.
* Forwards (fr-cuendet, de-stauffer, it-conti, en-morgan): the line(s) above the forwarded message are new text, the
  forwarded header block and message are not; they carry no In-Reply-To.
* Disclaimers directly under the sender's signature are new text (fr-bovet, fr-hirt's "Ce message peut contenir ..."
  line, de-meier, de-gerber, it-bianchi, it-rezzonico, en-patel, en-devos); the AlpenPharma gateway footer after the
  history (de-roth) and the list footer (list-ggir) are not; gateway banners inside quotes are never new text.
* opt_out true: fr-bonvin ("je vous prie de ne plus me relancer"), fr-monnier ("supprimer mes coordonnées ... ne plus
  me contacter"), fr-chappuis ("je ne souhaite plus recevoir vos invitations ni vos lettres d'information"), de-huber
  ("Bitte streichen Sie mich aus Ihrem Verteiler"), de-ammann ("keine Einladungen oder Newsletter mehr ...
  erhalten"), it-pedrini ("Non desidero più ricevere comunicazioni"), it-solca ("cancellare il mio indirizzo dalla
  vostra lista e di non scrivermi più"), en-brandt ("take me off your mailing list"). opt_out false on purpose:
  fr-girard ("ne plus m'envoyer le relevé papier, le PDF suffit"), de-zuercher ("stoppen Sie ... den Dauerauftrag"),
  en-hughes ("Please stop the transfer"), it-marchi ("non mandatemi più gli estratti cartacei"), en-lindgren ("stop
  sending anything to the Zug address"), de-roth (contact her only at her private address until May), the firm's
  own «Abmelden» footer quoted in the invitation replies, and the list footer's "To unsubscribe".
* until: "de retour le lundi 8 mars" = 2027-03-08 (the return day the notice names, as blind17 reads "rientrerò
  lunedì 18 gennaio"); "bis 12.3.2027" = 03-12; "dal 3 al 14 marzo" = 03-14; "until Friday 19 March" = 03-19; "vom
  8. bis 19. März 2027" (DE/FR/EN) = 03-19; "fino a lunedì 22 marzo compreso" = 03-22; "du 26 mars au 6 avril 2027" =
  2027-04-06; "until 16/03" = 03-16 (day first); Notes "Ich kehre zurück am 15.03.2027" = 03-15 and "non ritornerò
  fino al 19/03/2027" = 03-19; "in ferie fino al 21.3." = 03-21; "jusqu'au 15.03.2027" = 03-15; "vom 5. März bis und
  mit 20. März 2027 ... Ab dem 22. März wieder erreichbar" = 03-20 (the last day away; a reader could argue for
  03-22); "bis Mo. 15.3." = 03-15; "jusqu'au 17 mars inclus" = 03-17; "back online on 8 March" = 03-08; null: the
  no-date notices (ooo-ifavre, ooo-hess), maternity leave "until the end of September" (vague), the leaver
  (ooo-carter) and the four acknowledgements.
* lang is the language of the new text (of the notice for automatic mail): ooo-steiner (DE first, then FR and EN) and
  the bluewin-like mailer-daemon (DE, FR, EN) are "de"; the Postfix texts are "en".
* Bounces: ndr-hotel lists info@hotel-des-alpes.example (Original-Recipient; the alias expanded to m.chabloz@);
  ndr-lbianchi is Exchange's 5.2.2 "Mailbox full", permanent true as the DSN says; ndr-suter (4.2.2) and ndr-fuchs
  (4.4.7) are delays, permanent false; original_message_id is given for every bounce (each returns the message or
  its headers).

Simplifications a reader should know about: the HTML of a quoted message is rebuilt from its text (one paragraph or
div per line); Outlook's text part writes links as "text<target>"; no Received lines; attachments and photos are
small stand-in bytes; the firm's messages inside bounces and its Sent Items copies are single text/plain parts; the
firm's own gateway adds nothing to inbound mail (the "[EXTERN]"/"[EXTERNAL]" tags and banners are the clients'
gateways stamping the firm's messages they received).
Measured once, blind, by the session that asked for it (2026-12-05, 13:01 UTC, before any message of it was read), at
da2b687 and again with the analysis speed-up c5bbb4e, the same figures both times (`relance eval --data /tmp/b20 --only
replies`): new-text line F1 0.959 (precision 0.932, recall 0.987), exact 0.877 (57/65); iOS Mail 0.867, Outlook 0.922,
French 0.916; automatic replies, bounces, lists and complaints precision and recall 1.000; opt-outs precision 0.875 /
recall 0.875 (one human reply read as an opt-out); return dates exact 0.938 (15/16). `bench/reply_parsers.py --data
/tmp/b20`, which does not pass the stored text: Relance 0.962, mail-parser-reply 0.772, quotequail 0.499.
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
    print("usage: python3 eval/blind20/build.py OUT", file=sys.stderr)
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
# A mail app's own line under the text: the client's, not the sender's words, so never new text. The renderers keep
# these lines apart and the labels never contain them; this list checks that (blind16's list plus the Italian,
# Spanish, Portuguese and French lines of the apps used here).
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


FIRST_DAY, LAST_DAY = "2027-03-01", "2027-03-31"


def collect():
    import auto20
    import bounce20
    import desk20
    import hum20_de
    import hum20_en
    import hum20_fr
    import hum20_it
    import hum20_more
    from kit20 import STAFF, sent_raw

    staff = {p.email for p in STAFF}
    entries = []
    problems = []
    sent = {}
    humans = [*hum20_fr.cases(), *hum20_de.cases(), *hum20_it.cases(), *hum20_en.cases(), *hum20_more.cases()]
    for e in humans:
        if e["device"] and not DEVICE_LINE.match(e["device"]):
            problems.append(f"{e['slug']}: device line not recognised as one: {e['device']!r}")
        for ln in e["new_text"]:
            if DEVICE_LINE.match(ln):
                problems.append(f"{e['slug']}: device line in the label: {ln!r}")
        if e["extra"]["replied_to"]:
            sent[e["extra"]["replied_to"]] = sent_raw(e["sent"])
    for e in [*humans, *auto20.cases(), *desk20.cases(), *bounce20.cases()]:
        msg = message_from_bytes(e["raw"])
        if not any(a in (msg["To"] or "") + (msg["Cc"] or "") for a in staff):
            problems.append(f"{e['slug']}: no reader at the firm")
        from email.utils import parsedate_to_datetime

        day = parsedate_to_datetime(msg["Date"]).strftime("%Y-%m-%d")
        if not (FIRST_DAY <= day <= LAST_DAY):
            problems.append(f"{e['slug']}: date out of range")
        e.setdefault("extra", {})
        e["extra"].setdefault("replied_to", None)
        entries.append(e)
    return entries, problems, sent


def main():
    if len(sys.argv) != 2:
        usage()
    out = os.path.abspath(sys.argv[1])
    repo = os.path.abspath(os.path.join(HERE, "..", ".."))
    if out == repo or out.startswith(repo + os.sep):
        print("refusing to write inside the repository; give an OUT outside it (e.g. /tmp/b20)", file=sys.stderr)
        sys.exit(2)
    msgdir = os.path.join(out, "messages")
    if os.path.isdir(msgdir):
        shutil.rmtree(msgdir)
    os.makedirs(msgdir)
    entries, problems, sent = collect()
    failures = 0
    for p in problems:
        print(f"FAIL spec {p}")
        failures += 1
    for name in sorted(sent):
        with open(os.path.join(msgdir, name), "wb") as f:
            f.write(sent[name])
    order = list(range(len(entries)))
    random.Random(20).shuffle(order)
    labels = {}
    names = set(sent)
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
        rt = label.get("replied_to")
        if rt is not None and (rt not in sent or e["kind"] != "human"):
            print(f"FAIL {name}: replied_to {rt!r} not written")
            failures += 1
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
    print(f"messages: {len(labels)} labelled, {len(sent)} unlabelled Sent Items copies")
    for key in ("kind", "client", "lang"):
        c = Counter(v[key] for v in labels.values())
        print(f"{key}: " + ", ".join(f"{k}={c[k]}" for k in sorted(c)))
    c = Counter((v["kind"], v["lang"]) for v in labels.values())
    print("kind x lang: " + ", ".join(f"{k}/{la}={c[(k, la)]}" for k, la in sorted(c)))
    print(f"opt_out: {sum(v['opt_out'] for v in labels.values())}")
    print(f"replied_to: {sum(1 for v in labels.values() if v.get('replied_to'))}")
    if failures:
        print(f"{failures} message(s) FAILED the checks")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
