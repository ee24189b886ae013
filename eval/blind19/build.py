#!/usr/bin/env python3
"""Build the blind19 evaluation set (raw emails + labels) for Relance: answers typed INSIDE the quoted copy of the
firm's own message, without any mark, next to controls whose quoted copy is the firm's message changed only by mail
systems and clients, around an invented Brussels / Luxembourg private bank. Each reply's label names the raw message
the firm sent (as its Sent Items stored it), which is in messages/ too and has no label.

Who and blind to what: written by a helper session (an AI assistant started by a Relance session) that did NOT read
the reply reader, its tests or the other evaluation sets: nothing under workers/, tests/, bench/, sql/, supabase/,
eval/messages, eval/build, eval/intents or eval/blind18 was opened, listed or searched; eval/labels.json, README.md
and /work/shared were not read; no parser, `relance` command, pytest, evaluator, bench script or git command was run.
Opened: eval/blind17/build.py (all of it: docstring, label conventions, checks, collect() and main(); its checks,
Visible() to check_one() and DEVICE_LINE, are copied here unchanged, extracted from it programmatically and compared
after formatting; its collect()/main() adapted), eval/blind12/mime12.py (all of it; imported from there, as blind13-17
do) and the [tool.ruff] section of pyproject.toml. Also looked at, for the tooling only: the line counts of those two
files (`wc -l`), the names in eval/ (one `ls`, which shows the folder names only), the first 30 names in .venv/bin,
the ruff and Python versions, and calendars of March and April 2027 printed by Python. Ran: this build.py (many times,
into /tmp/b19, /tmp/b19a-c, also with PYTHONHASHSEED=12345), throw-away Python scripts under /tmp that print the
generated messages, their HTML parts and labels, or diff two builds, and `ruff check` / `ruff format` on eval/blind19
only.
Slips: (1) the sed range used to print the [tool.ruff] section of pyproject.toml also printed the next section's
header line ("[tool.mypy]"), nothing else of it; (2) the one `ls eval/` listed the folder names of eval/ (blind11-18,
build, intents, messages, names, ...) without entering any of them. Nothing of the reader or of another set was seen.

Run:
    python3 eval/blind19/build.py /tmp/b19      # writes /tmp/b19/messages/*.eml and /tmp/b19/labels.json

(OUT must be outside the repository; the script exits non-zero when a check fails; rebuilding is byte-identical: no
clock, every pseudo-random choice is derived from a case key, the file order from Random(19); the build also collects
everything twice and compares the bytes, and was checked with two runs and PYTHONHASHSEED=12345.)

Files: firm19.py (the firm, its staff and signatures, its gateway's disclaimers, the correspondents' organisations
with their banners, first-contact tips, Safe Links and outbound footers), tpl_fr19.py and tpl_xx19.py (what the
advisers wrote), compose19.py (the firm's stored message, the copy that reached each person, the person's edits of
the quote, a third person's reply-all), render19.py (body markup -> each client's text and HTML: links, images,
bullets, numbering, tables, no-break spaces, straight quotes), clients19.py (reply layouts of 17 client variants,
header blocks and attributions per locale, "> " quoting, wrapping, format=flowed, HTML parts), loc19.py (dates,
summer time on 28 March 2027, client date formats in fr, nl, de, en, en-GB, pt, it), mime19.py (the Sent Items copy,
reply headers, Message-IDs, boundaries, charsets), spec19.py (case helpers) and the cases: cases_a19.py, cases_a2_19.py
(group A), cases_b19.py, cases_b2_19.py (group B), cases_cd19.py and cases_d19.py (groups C and D).

The firm (invented): Hautmont & Wiltz, a private bank: Hautmont & Wiltz Banque Privée SA, Brussels (Avenue Louise) with
desks in Antwerp and Liège, and Hautmont & Wiltz (Luxembourg) S.A. (boulevard Royal); Microsoft 365, advisers on Outlook
for Windows: Isabelle Dewandre (French, Brussels), Luc Wéry (French, Liège), Sophie Lambotte (wealth planner, her
internal note is forwarded once), Pieter Van Daele (Dutch UI, Antwerp), Anne-Marie Kremer (German UI, Luxembourg),
Oliver Pemberton (en-GB UI, Luxembourg), Rui Valente Fonseca (Portuguese UI) and Chiara Benedetti (Italian UI). Domain
hautmont-wiltz.example, client portal mon.hautmont-wiltz.example. The firm's outbound gateway appends a disclaimer that
is NEVER in the stored text and ALWAYS in what the correspondent received: Brussels: French-Dutch-English for Belgium,
Luxembourg, France and Germany, Dutch-English for the Netherlands, English elsewhere; Luxembourg: French-German-English
(English elsewhere), each followed by the company line and, for Luxembourg, an eco line that starts with the "P" of a
Wingdings leaf. Correspondents (all invented, 100 people): some 80 private clients and prospects on provider-like
fiction domains (skynet, telenet, proximus, voo, gmail, outlook, hotmail, icloud, yahoo, orange, sfr, free, t-online,
web, btmail, sapo, pt-lu, posteo, mailbox ... .example), and organisations: Verbruggen Logistics NV (Antwerp;
"[EXTERN]", "LET OP: ..." banner, Dutch first-contact tip, Safe Links eur03), Schoonhoven Vastgoed BV (Rotterdam; banner
without a tag, Safe Links), Maas & Dekker Accountants (Utrecht; tip, Safe Links, an eco footer on its own mail),
Thornbury Family Office Ltd (London; "[EXTERNAL]", CAUTION banner, English tip, Safe Links gbr01), Kanzlei Hartmann &
Vogt (Düsseldorf; "[EXTERN]", ACHTUNG banner, German tip, Safe Links, footer), Cabinet Rasquin (Liège accountants;
"[EXTERNE]", ATTENTION banner, French tip, Safe Links, footer), Lacroix Industrie SAS (Lille; same kind), Collard &
Mertens notaires (Namur; Zimbra), Fonderie Warnant SA (Seraing; HCL Notes), Studio Ferlini (Milan; footer) and Quinta do
Vale Sereno (Portugal; Google Workspace with a Portuguese banner). Phone numbers: UK numbers in Ofcom's drama ranges
(020 7946 0xxx, 07700 900xxx); Belgian, Luxembourg, Dutch and German numbers, which have no published fiction range, are
invented in a 555 01xx-style block; IBANs are the registries' documentation examples (BE68 5390 0754 7034, BE71 0961
2345 6769, DE89 3704 0044 0532 0130 00, GB33 BUKB 2020 1555 5555 55); IP addresses in 203.0.113/24. Real provider names
appear only where a provider speaks for itself (mail.gmail.com, prod.outlook.com, safelinks.protection.outlook.com,
aka.ms, mail.yahoo.com). Dates run from 1 to 30 March 2027 (summer time starts on 28 March; the attribution of every
reply shows the firm's time in the replier's zone).

Contents: 192 files: 100 labelled replies (kind human) and 92 unlabelled firm messages (the replied_to of groups A, B
and C). Reply languages fr 48, nl 18, en 17, de 9, pt 5, it 3; opt_out true 6; replied_to null 8 (group D).
Clients (label "client"): outlook 25 (Windows, French, Dutch, German, en-GB, Portuguese and Italian UIs; one in
plain-text mode), gmail 16, thunderbird 8, ios_mail 8, apple_mail 6, outlook_ios 6, owa 6, yahoo 5, new_outlook 4,
gmail_android 3, orange_webmail 3, outlook_android 2, sfr_webmail 2, free_zimbra 2, zimbra 2, notes 2.
* A (45; fr 22, nl 9, en 7, de 4, pt 2, it 1): answers typed inside the quoted copy, no marks: under numbered and
  bulleted questions (Outlook's "  1.  ", "  *   ", Word-pasted "·", Gmail's "   - ", Apple's "•<tab>"), between
  paragraphs of ">"-quoted copies (Gmail, Apple, iOS, Thunderbird format=flowed, Zimbra, Orange, SFR wrapped at 72),
  in unmarked copies (Outlook, OWA, new Outlook, Outlook mobile, Yahoo, HCL Notes wrapped at 75); answers in capitals
  (fr-rasquin, nl-schoonhoven); one-word answers ("Oui", "Ja", "Yes.", "Nee."); answers repeating the question's last
  words ("...par chèque ou par virement ?" -> "Virement.", "...optie A of optie B?" -> "Optie B.", "...per Überweisung?"
  -> "Überweisung.", "...por transferência?" -> "Transferência.", "...ou par visioconférence ?" -> "Par
  visioconférence."); a figure corrected on the line under it (fr-lambert, en-osei) and at the end of its own line
  (fr-lacroix); a P.S. under the adviser's signature (fr-collard, en-lindqvist) and a request typed between two
  paragraphs of the gateway disclaimer (fr-dumont); a line under the greeting (fr-bastin); the person's name under the
  last answer inside the quote (fr-gobert, fr-hennuy, fr-noel, fr-renard, nl-verbruggen, nl-wouters, nl-jacobs,
  en-fielding, de-wagner, nl-dekker ...); nothing above the quote in 15 (Outlook's header block or the client's
  attribution first); an answer to a follow-up that quotes the first message (fr-martin). Opt-outs typed inside the
  quote (opt_out true): fr-dubois ("retirez-moi de votre liste d'invitations"), fr-verhaegen ("ne plus me
  contacter"), fr-hubert ("Retirez-moi de vos listes"), nl-jacobs ("Gelieve mij uit al uw lijsten te verwijderen"),
  en-carter ("Please stop contacting me"), de-schreiber ("Bitte kontaktieren Sie mich nicht mehr").
* B (35; fr 17, en 7, nl 6, de 3, pt 1, it 1): controls, the person writes above the quote (one bottom-posts under it)
  and the quote is the firm's message as mail systems left it: the gateway disclaimer in its three variants and the eco
  line; banners and subject tags ([EXTERNE], [EXTERN], [EXTERNAL], LET OP, ACHTUNG, CAUTION, ATTENTION, a Portuguese
  one); Exchange's first-contact tip in French, Dutch, German and English; Safe Links rewrites; links as "text<url>",
  "text <url>", "text [url]", "[ url | text ]" or text only; "<mailto:...>"; images as "[cid:...]" (with the replier's
  own cid suffix), "[image: Hautmont & Wiltz]", "<image001.png>" or nothing; bullets "  *   ", "·", "   - ", "•<tab>",
  " * ", "- ", "o ", "* ", "• "; numbering "  1.  ", "   1. ", "1.<tab>", "1. "; tables as tabs, spaces or one cell a
  line; no-break spaces kept or made plain; typographic apostrophes and dashes straightened (Notes, Orange); Outlook
  plain-text mode with "> " then a 76-column wrap (continuation lines lose the "> "); Thunderbird's 72-column flowed
  wrap; SFR's 72-column wrap; Notes' 75; a quote limited to the paragraph the person selected (en-bennett); a quote with
  paragraphs and the disclaimer deleted by the person (fr-mathy); phone numbers turned into tel: links by Outlook for
  iOS (fr-dupuis); Gmail's "*De :*" / "*Van:*" header blocks of follow-ups quoting the first message (fr-simon,
  nl-vermeulen) and an Outlook one (fr-nlacroix); an HTML-only new Outlook reply (fr-claessens); the correspondent's own
  footer after the whole message (fr-moreau, de-hartmann, it-ferlini, nl-maas); the firm's invitation footer "répondez
  simplement « désinscription »" and a spouse's "not interested for the moment" (not opt-outs).
* C (12; fr 6, nl 2, en 2, de 1, pt 1): fr-gilson answers the accountant's reply-all (not in the set; In-Reply-To
  names it, References name the firm's message) inside the copy of the firm's message nested in it, under the
  accountant's own text, her gateway's banner and tip and her footer; nl-lambrechts, en-rowe answer a follow-up inside
  the first message it quotes; fr-thiry answers inside a colleague's internal note the adviser forwarded; fr-janssen
  pastes a paragraph of his own earlier e-mail into the quote; de-neumann (Thunderbird, plain text) typed the answers
  on the quote's own "> " lines, so they are quoted lines in format=flowed; fr-hendrickx re-quotes two of the firm's
  lines by hand with "> " above the quote and answers under them; fr-wathelet types "> " before his own words;
  nl-vos's quote is the Dutch translation Outlook for iOS showed of a French message; fr-piron (OWA) and en-whitfield
  (new Outlook) are HTML-only with the answers in red / blue; pt-costa adds a line to his own first e-mail quoted under
  the adviser's answer.
* D (8; fr 3, nl, en, de, pt, it 1 each): answers typed inside the quote of a firm message that is not in the set
  (two sent from an adviser's iPhone, the others older than the Sent Items export): replied_to is null, In-Reply-To
  names a Message-ID that no file of the set has.

Label conventions: blind17's (which are blind12-16's), unchanged:
* new_text: the stripped, non-empty lines the sender wrote, in order, signature INCLUDED (with its "--" line when
  present), device lines EXCLUDED (DEVICE_LINE), quoted history, attribution lines (also wrapped over two lines),
  header blocks, gateway banners and tips, and disclaimers or footers a gateway appends after the quoted history
  EXCLUDED. Interleaved answers: the sender's blocks in order (text above the quote, then each answer, then a
  closing or name typed inside the quote). Other plain bodies are compared line by line, so hard-wrapped lines
  (Outlook plain-text mode 76, SFR 72, Notes 75) are in the labels as wrapped; format=flowed labels are the unflowed
  lines. With a text/plain part the labels refer to it (each line also visible in the HTML alternative); HTML-only
  replies are compared with the visible text of the HTML.
* One key more than blind17 on every reply: "replied_to": the file name of the firm's message it answers, or null
  (group D). For fr-gilson it is the firm's message although In-Reply-To names the accountant's reply.
Judgement calls of this set (where the conventions are silent or a reader could disagree):
* A line of the quote the person typed at the end of (fr-lacroix: "Valeur du portefeuille nanti : 1 240 000 EUR →
  plutôt 1 180 000 EUR depuis la baisse de mars") is labelled whole, as the body shows it: line labels cannot hold
  half a line, and the line is no longer the firm's.
* de-neumann: the answers carry the quote's "> " (the client's, not typed); the labels keep it ("> Ja, weiterhin
  Trier."), as blind17 kept Colombo's typed "> " line, since labels are body lines.
* fr-hendrickx: lines the person re-typed by hand after "> " that reproduce the firm's own words are NOT new text
  (they are a quotation of the firm's message whoever typed the mark); fr-wathelet's "> " line with his own words IS
  new text (blind17's rule for typed quotations of other text).
* fr-janssen's pasted paragraph of his own earlier e-mail, in « », is new text; nl-vos's translated copy is not (it is
  the firm's message as the client displayed it), only the answers and the line above are.
* fr-gilson: the accountant's text inside the quote is not new text (it is quoted history of another message).
* Text the person typed inside the firm's disclaimer (fr-dumont) or under its signature (fr-collard, en-lindqvist) is
  new text; the disclaimer itself never is, although it is not in the stored text.
* opt_out is true only where the person asks to be removed or not contacted; declining an invitation or "not
  interested for the moment" is false; the firm's own unsubscribe sentence inside every quoted invitation is false.
* lang is the language of the new text (nl-vos answers a French message in Dutch).

Checks: blind17's, copied unchanged (check_one per labelled reply, DEVICE_LINE); and this set's: every replied_to
exists in messages/ and is unlabelled; each reply's In-Reply-To is its replied_to's Message-ID (fr-gilson: References
name it and In-Reply-To names the intermediate message) and References name it; group D: replied_to null and
In-Reply-To matching no file; the reply is dated after the message it answers, all within 1 March - 30 April 2027;
every line typed inside the quote (groups A, C, D) is in the reply body and in the label; groups A and D have at least
one such line, group B none and no insertion; in group A no typed line equals a line of the firm's stored text; every
firm message is well formed, has a text part and no gateway disclaimer or eco line in it; two collections are
byte-identical.

Simplifications a reader should know about: the firm's HTML is a simplified Word HTML rebuilt from the same markup as
its text part; each client's HTML part is rebuilt from the quote's items (answers as their own paragraphs, in a colour
where the person used one); the text conversions of each client (bullets, tables, links) are modelled per client from
knowledge of real messages, not taken from the clients; Received chains have one line; logos and attachments are
small stand-in bytes; the firm's message in group D and the accountant's reply-all are not in the set.

Measured once before anyone read it (`relance eval --data /tmp/b19 --only replies`, 2026-12-05), at 42d431c (the
reader after blind18 was read): new-text line F1 0.845 (precision 0.855, recall 0.835), exact 0.630, opt-out recall
0.333; at 58aa15c, which reads no stored text: F1 0.821 (0.850, 0.794), exact 0.630, opt-out recall 0.333. Its misses
were then read and mended (bench/RESULTS.md, 2026-12-05).
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
    print("usage: python3 eval/blind19/build.py OUT", file=sys.stderr)
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

FIRST_DAY, LAST_DAY = "2027-03-01", "2027-04-30"


# --------------------------------------------------------------------------
# checks of this set (replied_to, threading, inline answers, the firm's stored text)
# --------------------------------------------------------------------------
def body_lines(raw):
    msg = message_from_bytes(raw)
    plain, html = top_level_body(msg)
    if plain is not None:
        return [ln.strip() for ln in plain_text(plain).split("\n")]
    return visible_lines(html.get_payload(decode=True).decode(html.get_content_charset() or "us-ascii"))


def check_case(e, sent_by_name, names_by_mid):
    """The extra checks of blind19 on one reply entry (after naming)."""
    errs = []
    c = e["case"]
    msg = message_from_bytes(e["raw"])
    rt = e["replied_to"]
    irt = (msg["In-Reply-To"] or "").strip()
    refs = (msg["References"] or "").split()
    if c["grp"] == "D":
        if rt is not None:
            errs.append("group D reply with a replied_to")
        if irt in names_by_mid:
            errs.append("group D reply answers a message of the set")
        if not irt:
            errs.append("group D reply without In-Reply-To")
    else:
        if rt is None or rt not in sent_by_name:
            errs.append(f"replied_to {rt!r} is not a firm message of the set")
        else:
            smsg = message_from_bytes(sent_by_name[rt])
            mid = smsg["Message-ID"].strip()
            if c.get("via"):
                if mid not in refs or irt == mid:
                    errs.append("via reply: References must name replied_to, In-Reply-To the intermediate message")
            elif irt != mid:
                errs.append(f"In-Reply-To {irt} is not replied_to's Message-ID {mid}")
            if mid not in refs:
                errs.append("References do not name replied_to")
            if smsg["Date"] and msg["Date"]:
                from email.utils import parsedate_to_datetime

                if parsedate_to_datetime(msg["Date"]) <= parsedate_to_datetime(smsg["Date"]):
                    errs.append("reply dated before the message it answers")
    lines = body_lines(e["raw"])
    inline = e["inline"]
    if c["grp"] in ("A", "D") and not inline:
        errs.append(f"group {c['grp']} reply without a line typed inside the quote")
    if c["grp"] == "B" and inline:
        errs.append(f"control with lines typed inside the quote: {inline[:2]}")
    if c["grp"] == "B" and any(x[0] in ("after", "before", "append") for x in c.get("edits", [])):
        errs.append("control with an insertion edit")
    for ln in inline:
        if ln not in lines:
            errs.append(f"typed line not in the reply body: {ln!r}")
        if ln not in e["label"]["new_text"]:
            errs.append(f"typed line not labelled: {ln!r}")
    if c["grp"] == "A" and rt in sent_by_name:
        stored = set(body_lines(sent_by_name[rt]))
        for ln in inline:
            if ln in stored:
                errs.append(f"typed line identical to a line of the firm's stored text: {ln!r}")
    if c.get("opt_out") and c["grp"] not in ("A", "D", "C"):
        errs.append("opt-out outside the typed-inside groups")
    return errs


def check_sent(raw):
    """The firm's Sent Items copy: well formed, its text is the adviser's (no gateway disclaimer)."""
    errs = []
    if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
        errs.append("line endings are not CRLF")
    msg = message_from_bytes(raw)
    for h in ("From", "To", "Date", "Subject", "Message-ID"):
        if msg[h] is None:
            errs.append(f"missing {h}")
    for part in msg.walk():
        if part.defects:
            errs.append(f"defects {part.defects}")
    plain, _ = top_level_body(msg)
    if plain is None:
        errs.append("no text/plain part")
    else:
        text = plain_text(plain)
        for marker in (
            "AVERTISSEMENT – DISCLAIMER",
            "DISCLAIMER",
            "Pensez à l’environnement",
            "destinés exclusivement",
        ):
            if marker in text:
                errs.append(f"gateway text in the stored copy: {marker!r}")
    return errs


# --------------------------------------------------------------------------
# building
# --------------------------------------------------------------------------
def all_cases():
    import cases_a2_19  # noqa: F401  (each module registers its cases in spec19.CASES)
    import cases_a19  # noqa: F401
    import cases_b2_19  # noqa: F401
    import cases_b19  # noqa: F401
    import cases_cd19  # noqa: F401
    import cases_d19  # noqa: F401
    from spec19 import CASES

    return sorted(CASES, key=lambda c: c["key"])


def collect():
    import firm19
    import loc19
    from clients19 import CLIENTS, Quote, render
    from compose19 import apply_edits, received, subject_received, via_items, via_msgid
    from mime19 import firm_raw, reply_raw, reply_subject

    entries = []
    problems = []
    for c in all_cases():
        key = c["key"]
        person, sent = c["person"], c["sent"]
        via = c.get("via")
        seen = loc19.to_zone(sent.dt, person.zone)
        if via:
            items = via_items(sent, via)
            vdt = loc19.parse_local(via["date"], via["person"].zone)
            q = Quote(
                via["person"].name,
                via["person"].email,
                "; ".join(f"{p.name} <{p.email}>" for p in via["to"]),
                "; ".join(f"{p.name} <{p.email}>" for p in via.get("cc", [])),
                "RE : " + subject_received(sent, via["person"]),
                loc19.to_zone(vdt, person.zone),
                items,
            )
        else:
            items = received(sent, person, tip=c.get("tip", True))
            q = Quote(
                sent.staff.name,
                sent.staff.email,
                sent.to_line(sent.to),
                sent.to_line(sent.cc),
                subject_received(sent, person),
                seen,
                items,
            )
        try:
            q.items = apply_edits(q.items, c.get("edits", []))
            out_footer = person.org.out_footer if person.org else ()
            rend = render(
                c["client"],
                c["loc"],
                person.zone,
                q,
                top=c.get("top", ()),
                sig=c.get("sig", ()),
                device=c.get("device", False),
                bottom=c.get("bottom", ()),
                keep_level=c.get("keep_level", False),
                colour=c.get("colour"),
                html_only=c.get("html_only", False),
                out_footer=out_footer,
                gmail_sig=c.get("gmail_sig", False),
                cid="01DB" + key.encode().hex()[:4].upper() + ".A2C4E6F0",
            )
        except Exception as ex:
            raise SystemExit(f"{key}: {ex!r}") from ex
        r = loc19.parse_local(c["reply"], person.zone)
        r = r.replace(second=int.from_bytes(key.encode()[:2], "big") % 60)
        if r <= sent.dt or (via and r <= vdt):
            raise SystemExit(f"{key}: reply dated before the message it answers")
        if not (sent.dt.strftime("%Y-%m-%d") >= FIRST_DAY and r.strftime("%Y-%m-%d") <= LAST_DAY):
            raise SystemExit(f"{key}: date out of range")
        staff = firm19.firm_person(sent.staff)
        to = [staff]
        cc = []
        if via:
            to = [via["person"], staff]
            cc = [p for p in sent.to + sent.cc if p.email not in (person.email, via["person"].email)]
            subject = q.subject
            in_reply_to = via_msgid(via)
            refs = [*sent.references(), sent.msgid()]
        else:
            if c.get("reply_all"):
                cc = [p for p in sent.to + sent.cc if p.email != person.email]
            subject = reply_subject(c["client"], c["loc"], subject_received(sent, person))
            in_reply_to = sent.msgid()
            refs = sent.references()
        cl = CLIENTS[c["client"]]
        raw, _mid = reply_raw(c, rend, person, to, cc, subject, r, in_reply_to, refs, cl.charset, cl.cte)
        for ln in rend.label:
            if DEVICE_LINE.match(ln):
                problems.append(f"{key}: device line in the label: {ln!r}")
        stored = c.get("stored", c["grp"] != "D")
        entries.append(
            dict(
                case=c,
                slug=key,
                client=cl.key,
                lang=c["lang"],
                raw=raw,
                new_text=rend.label,
                inline=rend.inline,
                mode="text" if rend.plain is not None else "html",
                top=rend.top,
                opt_out=bool(c.get("opt_out", False)),
                sent_raw=firm_raw(sent) if stored else None,
                sent_lang=sent.lang,
            )
        )
    return entries, problems


def main():
    if len(sys.argv) != 2:
        usage()
    out = os.path.abspath(sys.argv[1])
    repo = os.path.abspath(os.path.join(HERE, "..", ".."))
    if out == repo or out.startswith(repo + os.sep):
        print("refusing to write inside the repository; give an OUT outside it (e.g. /tmp/b19)", file=sys.stderr)
        sys.exit(2)
    msgdir = os.path.join(out, "messages")
    if os.path.isdir(msgdir):
        shutil.rmtree(msgdir)
    os.makedirs(msgdir)
    entries, problems = collect()
    failures = 0
    again, _ = collect()  # determinism: a second collection gives the same bytes
    for e1, e2 in zip(entries, again, strict=True):
        if e1["raw"] != e2["raw"] or e1["sent_raw"] != e2["sent_raw"] or e1["new_text"] != e2["new_text"]:
            print(f"FAIL not deterministic: {e1['slug']}")
            failures += 1
    for p in problems:
        print(f"FAIL spec {p}")
        failures += 1
    files = [("reply", i) for i in range(len(entries))] + [("sent", i) for i, e in enumerate(entries) if e["sent_raw"]]
    random.Random(19).shuffle(files)
    names = {}
    for n, (kind, i) in enumerate(files, 1):
        e = entries[i]
        short = e["slug"].split("-", 1)[1]
        if kind == "reply":
            names[(kind, i)] = f"{n:03d}-{e['lang']}-{e['client'].replace('_', '-')}-{e['slug']}.eml"
        else:
            names[(kind, i)] = f"{n:03d}-{e['sent_lang']}-firm-sent-{short}.eml"
    if len(set(names.values())) != len(names):
        print("FAIL duplicate file names")
        failures += 1
    sent_by_name = {}
    names_by_mid = {}
    for (kind, i), name in names.items():
        if kind == "sent":
            raw = entries[i]["sent_raw"]
            sent_by_name[name] = raw
            names_by_mid[message_from_bytes(raw)["Message-ID"].strip()] = name
            with open(os.path.join(msgdir, name), "wb") as f:
                f.write(raw)
            errs = check_sent(raw)
            if errs:
                failures += 1
                print(f"FAIL {name}")
                for er in errs:
                    print(f"   {er}")
    labels = {}
    for (kind, i), name in sorted(names.items(), key=lambda x: x[1]):
        if kind != "reply":
            continue
        e = entries[i]
        e["replied_to"] = names.get(("sent", i))
        with open(os.path.join(msgdir, name), "wb") as f:
            f.write(e["raw"])
        label = {
            "new_text": e["new_text"],
            "client": e["client"],
            "lang": e["lang"],
            "kind": "human",
            "opt_out": e["opt_out"],
            "replied_to": e["replied_to"],
        }
        labels[name] = label
        e["label"] = label
        with open(os.path.join(msgdir, name), "rb") as f:
            errs = check_one(f.read(), label, e["mode"], e["top"])
        errs += check_case(e, sent_by_name, names_by_mid)
        if errs:
            failures += 1
            print(f"FAIL {name}")
            for er in errs:
                print(f"   {er}")
    for name in sorted(sent_by_name):
        if name in labels:
            print(f"FAIL firm message {name} is labelled")
            failures += 1
    listed = set(os.listdir(msgdir))
    for lab in labels.values():
        if lab["replied_to"] is not None and lab["replied_to"] not in listed:
            print(f"FAIL replied_to {lab['replied_to']} missing from messages/")
            failures += 1
    slugs = Counter(e["slug"] for e in entries)
    for s, c in slugs.items():
        if c > 1:
            print(f"FAIL duplicate slug {s}")
            failures += 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"messages: {len(listed)} ({len(labels)} labelled replies, {len(sent_by_name)} firm messages)")
    print("group: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(e["case"]["grp"] for e in entries).items())))
    for key in ("client", "lang"):
        c = Counter(v[key] for v in labels.values())
        print(f"{key}: " + ", ".join(f"{k}={c[k]}" for k in sorted(c)))
    print(f"opt_out: {sum(v['opt_out'] for v in labels.values())}")
    print(f"no replied_to: {sum(v['replied_to'] is None for v in labels.values())}")
    if failures:
        print(f"{failures} message(s) FAILED the checks")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
