#!/usr/bin/env python3
"""Build the blind23 evaluation set (raw emails + labels) for Relance: replies to a French-speaking wealth-management and
corporate-advisory firm with offices in Lyon, Geneva, Montréal and Luxembourg, from French, Belgian, Swiss, Québécois,
Luxembourgish, Moroccan and a few English-speaking correspondents.

Who and blind to what: written by a helper session (an AI assistant started by a Relance session) that did NOT read
the reply reader, its tests or its other evaluation data: nothing under workers/, tests/, bench/, sql/, supabase/,
eval/messages, eval/build, eval/intents, eval/return_dates, eval/blind13-20 or eval/blind22 was opened, listed, grepped
or searched; blind21's case files (auto21, bounce21, clients21, firm21, humans21a-c, mime21) were not opened;
eval/labels.json, README.md and /work/shared were not read; no parser, `relance` command, pytest, evaluator, bench
script or git command was run, and no `find` or `grep -r` was run over eval/ or the repository. Opened: eval/blind21/
build.py (all of it, with `cat -n` and, for the lines the tool truncated, `sed -n 146,254p`: docstring, label
conventions, checks, collect() and main(); its checks and DEVICE_LINE are copied here unchanged, extracted from it
programmatically by a small script (/tmp/b23work/extract.py: from "class Visible" to the DEVICE_LINE comment, and the
DEVICE_LINE assignment) and compared byte for byte, and again after `ruff format --isolated` of both copies; its
collect()/main() are adapted), eval/blind12/mime12.py (all of it, `cat -n`; `unflow` is imported from there exactly as
blind21/build.py does, and clients23/firm23/case23 use its other helpers) and the [tool.ruff] sections of
pyproject.toml (printed with an awk range that stopped at the next non-ruff section). Also looked at, for the tooling
only: the folder names in eval/ and the file names in eval/blind21/ (one `ls` each), the line counts of the two files
above (`wc -l`), whether eval/blind23/__pycache__ and eval/blind12/__pycache__ exist (`test -d` on those two paths
only; neither does), the ruff version, whether PYTHONDONTWRITEBYTECODE is set (it is), `date`, and a calendar of
March - April 2027 printed by Python. Ran: this build.py (into /tmp/b23 and /tmp/b23b, several times while writing),
the extraction script above, short Python scripts under /tmp/b23work that import the case modules of this folder, run
the copied check_one on each message and print a few generated messages and their labels, ruff check (twice with
--fix, to drop imports left unused when cases moved between files) and ruff format on eval/blind23 only, and `grep -n`
/ `sed -n` / `sed -i` on files of this folder. Slips: none known (no file outside eval/blind23 was written in the
repository; the only files of other sets opened are the two named above). The people, firms, domains, client layouts,
MTA texts and wording are new, written from knowledge of real mail clients and MTAs; the label vocabulary of the
"client" key is this set's own (blind21's case files, where its values live, were not opened).

The firm (invented): Castellan Ferrand (castellanferrand.example, Microsoft 365, advisers on Outlook for Windows):
Lyon (Claire Ferrand, associée gérante; Mathieu Castellan; Yassine Alaoui, conseil aux dirigeants - fusions &
acquisitions; the letter's mailbox lettre@), Geneva (Élise Rochat; Castellan Ferrand (Suisse) SA), Montréal (Julien
Tremblay-Gagnon, Pl. Fin.; Castellan Ferrand Canada inc.) and Luxembourg (Sophie Weis; Castellan Ferrand Luxembourg
S.A.). The firm's messages that are answered (firm23): an annual-review booking with three slots, a four-question tax
request (France), the March letter in four office versions and an English one (footer: reply "STOP"), a four-question
investor-profile update (Geneva, French and English), the tax-slips / RRSP request (Montréal, French and English), a
KYC document request with a portal link (Luxembourg) and its reminder, a corporate-advisory thread (Projet Atlas,
five messages with a Moroccan company, its CFO and its lawyer), a succession thread with a notary (three messages,
forwarded inside the family), a prospecting message and a meeting invitation (Teams). Each correspondent's copy has
its own Message-ID; the reply's In-Reply-To names it (or the colleague's / spouse's / relative's message it answers).
Everything is invented: names, firms, domains in .example, French numbers in the ARCEP fiction blocks (04 65 71 xx xx,
06 39 98 xx xx), North-American 555-01xx numbers, Swiss, Belgian, Luxembourg and Moroccan numbers in a 555 01xx-style
block, IP addresses in 203.0.113/24. Real provider names appear only where a provider speaks for itself (Message-ID
hosts of Gmail, Exchange Online, Proton, Samsung, BlackBerry; aka.ms and teams.microsoft.com links). Dates run from 2
to 30 March 2027 (France, Switzerland, Belgium, Luxembourg +0100, +0200 from Sunday 28 March; Québec -0500, -0400 from
Sunday 14 March; Morocco +0100, every Moroccan message dated after 15 March), human replies on working days only, none
on Good Friday 26 March or Easter Monday 29 March 2027.

Run:
    python3 eval/blind23/build.py /tmp/b23      # writes /tmp/b23/messages/*.eml and /tmp/b23/labels.json

(OUT must be outside the repository; the script exits non-zero when a check fails; rebuilding is byte-identical:
no clock, every pseudo-random choice is seeded from a message key, the file order from Random(23); checked with two
runs into /tmp/b23 and /tmp/b23b with PYTHONHASHSEED=0 and =12345, md5 of every file compared.)

Files: clients23.py (people, local dates and time zones, the quoting style of each client: Outlook header blocks in
fr-FR / fr-CH / fr-CA / de-CH / en, "-----Message d'origine-----" with "[mailto:...]", Outlook for Mac, Outlook mobile,
Gmail, Apple Mail and iOS, Thunderbird, Roundcube, Zimbra, Orange, Open-Xchange, Samsung, BlackBerry Hub, Proton, SFR,
Infomaniak, Gmail and Apple forwards; Message-IDs, headers and MIME per client family, HTML rendering), firm23.py (the
firm, its staff, signatures, the messages it sent, the Sent Items copy), case23.py (the Case engine: a reply as
segments - new text, answers inside the quote, old text, device line, gateway banner and footer; the label is the
stripped non-empty lines of the new-text and answer segments), humans23a.py, humans23b.py, humans23c.py, humans23d.py
(the human replies), auto23.py (out-of-office and other automatic replies), receipt23.py (a read receipt and a
delivery receipt), bounce23.py (bounces and delay notices).

Contents (97 labelled messages: 62 human, 24 auto_reply, 11 bounce; lang "fr" 86, "en" 10, "de" 1), plus 5
unlabelled Sent Items copies (messages/sent-NNN-<slug>.eml), one per reply with answers typed inside the quoted copy.
* human (62; fr 58, en 4). By region: France 27, Belgium 2, Morocco 6, Switzerland 8 (2 in English), the Dufour
  family's meeting answers 4, Québec 11 (1 in English), Luxembourg 4 (1 in English). Outlook for Windows (21: fr-FR,
  fr-CH "Envoyé : mardi, 2 mars 2027 14:18", fr-CA "Envoyé : 2 mars 2027 09 h 21", a German Outlook "Von: /
  Gesendet: / An: / Betreff:" above French text, English; a client's own "[EXTERNE]" banner and Microsoft's "Vous
  n'obtenez pas souvent d'e-mail..." tip inside the quoted history, answers in blue without marker in the text part,
  windows-1252, directors', notary's, accountant's and Luxembourg company footers under the signature, a notary's
  gateway anti-fraud footer after the history, four meeting answers "Accepté:", "Refusé:", "Provisoire:" with a
  comment above "-----Rendez-vous d'origine-----" and a text/calendar REPLY part, one "Accepté:" with no comment),
  Outlook 2016 in plain text (2 in the thread, 1 labelled: "-----Message d'origine-----", "De : ... [mailto:...]"),
  new Outlook (1, HTML only), Outlook for Mac (2, one with answers typed under the questions without any marker),
  Outlook for iOS ("Obtenir Outlook pour iOS") and Android ("Télécharger Outlook pour Android"), Gmail web and app (13:
  nested ">" / ">>" / ">>>" quotes of Outlook and iOS messages, inline answers between "> " questions, answers typed
  inside the 2nd-level ">>" quote, an attribution wrapped after "<", a reply above an iPad forward "Début du message
  réexpédié :", English "On Tue, Mar 2, 2027 at 9:40 AM ... wrote:"), iOS Mail (6: ">"-quoted attribution, "Envoyé de
  mon iPhone", "Envoyé de mon iPad", three levels of quoting), Thunderbird (plain text, format=flowed, bottom-posted,
  "-- " signature), Vidéotron Roundcube (a bottom-posted answer, "Le 2027-03-03 ..."), Bell Zimbra (">"-quoted),
  Sympatico ("----- Message original -----"), BlackBerry Hub ("  Message d'origine  ", "Envoyé de mon téléphone
  intelligent BlackBerry 10 sur le réseau Bell."), Samsung Email ("-------- Message d'origine --------", "(GMT-05:00)",
  "Envoyé depuis mon appareil Galaxy", "Envoyé de mon cellulaire"), Orange webmail ("> Message du 02/03/27 10:05"),
  SFR, Free (Zimbra, "----- Mail original -----"), La Poste and Bluewin (Open-Xchange), Infomaniak, Proton Mail
  ("Envoyé avec la messagerie sécurisée Proton Mail."). An accountant answers above the client's Gmail forward
  ("---------- Forwarded message ---------"); a CFO replies-all first and the CEO answers her message from his phone
  (six messages in the quote); a lawyer answers the last message of the thread in plain text; a client answers the
  first KYC message although a reminder followed (the second-to-last message); a husband answers his wife's reply.
  Ten replies ask to stop being contacted (opt_out true); seven are look-alikes (opt_out false).
* auto_reply (24): Exchange "Réponse automatique :" (18, France, Switzerland, Belgium, Luxembourg, Morocco, Québec;
  "Automatic reply:" in English), a Vidéotron Sieve vacation notice with its own subject "Réponse automatique : Absent
  du bureau", a Swiss "Abwesenheitsnotiz:" from HCL Notes (German then French), a Gmail vacation reply, an
  accountants' ticket acknowledgement, an Exchange read receipt "Lu :" (multipart/report, disposition-notification)
  and delivery receipt "Remis :" (multipart/report, Action: delivered, Status 2.0.0). Among them a leaver naming her
  successor, a maternity leave, a part-timer.
* bounce (11): Exchange Online NDRs in French "Non remis :" / "Échec de la remise à ces destinataires ou groupes :"
  (5.1.10 with the original attached, 5.2.2 mailbox full, 5.4.1 access denied, two recipients 5.1.1 + 5.2.1), an
  Exchange Online delay "Remise retardée :" for greylisting (4.7.1, permanent false), Postfix "Undelivered Mail
  Returned to Sender" (5.1.1), a Postfix "Delayed Mail (still being retried)" for a full mailbox (4.2.2, permanent
  false), a Swisscom (Bluewin) Postfix bounce (5.2.1 mailbox disabled), a Vidéotron Sendmail "Returned mail: see
  transcript for details" (5.1.1), an Orange/Wanadoo Exim "Mail delivery failed: returning message to sender" without
  a DSN part (5.1.1 printed in the text), an on-premises Exchange NDR of a Belgian notary's office (5.1.1, headers
  only).

Label conventions: blind21's (which are blind17's ... blind12's), unchanged:
* new_text: the stripped, non-empty lines the sender wrote, in order, signature INCLUDED (with its "--" line when
  present), device lines EXCLUDED (DEVICE_LINE and, here, EXTRA_DEVICE_LINE), and a legal disclaimer that the
  sender's client or server puts directly under the signature, before the quoted history, included. Excluded: quoted
  history, attribution lines (also wrapped over two lines or quoted with ">"), header blocks, forwarded content,
  gateway banners, and disclaimers a gateway appends after the quoted history.
* Interleaved answers: the sender's blocks in order (text above the history, then each answer).
* When a text/plain part exists the labels refer to it; HTML-only messages are compared with the visible text of the
  HTML.
* until, bounce and opt_out as blind21 states them (until: the end date the notice gives, resolved against the Date
  header, null when none or vague; bounce status: the DSN Status when a delivery-status part exists, otherwise the
  enhanced code printed in the text, omitted when there is none; recipients as the sender wrote them;
  original_message_id the firm's Message-ID).
* replied_to: the file name in messages/ of the firm's Sent Items copy (text/plain, the same Message-ID as the reply's
  In-Reply-To) when the sender typed answers inside the quoted copy (morel-gmail-inline, roux-outlook-bleu,
  blanc-mac-nomarker, girardinroy-2e-niveau, favre-bluewin-inline); null otherwise. The copies are not labelled.
* A human reply whose sender wrote nothing in the body (dufour-keller-accepte-vide) has new_text [] (blind21's check
  allows it exactly then).
New here (asked by the brief that started this set):
* until, when a notice names both the last day away and the day back: the LATER of the two (the day back). blind21
  read such a notice by the range's last day; this set does not.
* Read and delivery receipts: blind21's kinds have no receipt kind, and they are neither bounces (nothing failed) nor
  people; they are labelled auto_reply with until null.

Checks: blind21's, copied unchanged (Visible, visible_lines, decoded_parts, top_level_body, plain_text, LINK, DATE,
STATUS, check_label_shape, check_one and DEVICE_LINE); the device lines of this set that DEVICE_LINE does not know are
in a separate EXTRA_DEVICE_LINE ("Envoyé depuis mon appareil Galaxy", "Télécharger Outlook pour iOS/Android...",
"Envoyé de mon téléphone intelligent BlackBerry 10 sur le réseau ...", "Envoyé de mon cellulaire", "Envoyé avec la
messagerie sécurisée Proton Mail."), used only by this build's own checks. The build also fails when a message is
dated before the one it answers or outside March 2027, when a human reply is not on a working day (or falls on 26 or
29 March), when a label line is a device line, when the device line of a human reply is not one, when a Sent Items
copy is not text/plain or its Message-ID is not the reply's In-Reply-To, or when a Sent Items copy is asked of a
message the firm did not send.

The firm's gateway (a fact of this set): mail from outside to the Geneva office (Élise Rochat) gets "[EXTERNE] " in
front of the subject and "ATTENTION : ce message provient de l'extérieur de Castellan Ferrand..." on top of the text
and HTML parts. It is never new text; such messages are not "top-posted" for the checker. Automatic replies and
bounces are not stamped.

Judgement calls (where the conventions are silent or a reader could disagree)
* opt_out true (10): dubreuil-rgpd (RGPD art. 21 objection and art. 17 erasure, threat of a CNIL complaint),
  perrin-desabonnez ("désabonnez-moi svp"), claes-stop ("STOP", the word the letter's footer asks for),
  caron-relances ("merci de cesser vos relances et de ne plus me contacter"), chraibi-jamais-cliente ("cesser de
  m'adresser ces sollicitations et retirer mon adresse de vos listes"), jaquet-plus-de-lettre (no more newsletter,
  while staying a client: as blind21's fairbairn), lindqvist-remove-me ("Please remove me from your mailing list"),
  pelletier-bell-courriels ("Je ne veux plus recevoir vos courriels"), lavoie-liste-envoi ("Veuillez me retirer de
  votre liste d'envoi"), hoffmann-arretez ("Arrêtez de m'écrire svp").
* opt_out false on purpose (7): sauvage-releves-papier (no more PAPER statements; keeps the letter by email),
  morin-compte-joint (take her late husband off the joint account), aubert-retirer-copie (take a colleague who left
  off the cc), vidal-pied-de-page (her own firm's footer "Pour vous désabonner de nos communications..." under her
  signature: part of her new text, not a request), bonnet-keepme ("ne me retirez pas de la liste"),
  girard-autre-banque (asks how to unsubscribe from his bank's emails), tremblay-ppa (stop a monthly pre-authorized
  payment). The letter's own "répondez STOP" footer sits inside the quote of every reply to it.
* Notices under the signature that are new text: lefevre-director (confidentiality), vasseur-notaire (professional
  secrecy), bertin-expert-comptable (Ordre line), dewulf-bien-a-vous (Dutch/French/English one-liner),
  schmit-outlook-lu (RCS line), vidal-pied-de-page (unsubscribe footer), tazi-avocat-texte (lawyer's secrecy line).
  vasseur-notaire's anti-fraud warning after the history is his office gateway's footer: not new text.
* girardinroy-2e-niveau: her answers sit inside the ">>" quote of the first message's list, inside the quote of the
  message she replied to; replied_to is the Sent Items copy of that message (RE: ... 4 March 14:30), whose history
  holds the list.
* bennani-outlook-ios answers his CFO's reply-all (In-Reply-To is hers, not the firm's); paquette-apres-conjointe
  answers his wife's reply; girardin-fils-transfert answers his mother's iPad forward (In-Reply-To hers; Apple's
  forward carries no References to the firm's message); bertin-expert-comptable answers the client's Gmail forward
  (its References name the firm's message); kieffer-avant-derniere answers the first KYC message although the
  reminder of 9 March followed it.
* Meeting answers: the comment above "-----Rendez-vous d'origine-----" is the new text (signature line included);
  the invitation details and body are old text; dufour-keller-accepte-vide has an empty body: new_text [].
* gauthier-blackberry keeps "fevrier" unaccented as typed; lahlou-iphone keeps "inchallah".
* until: "serai de retour le lundi 15 mars" = 2027-03-15; "absent jusqu'au 12/03 inclus" = 2027-03-12 (day first);
  "de retour au bureau le 22" (sent 8 March) = 2027-03-22; "Retour prévu semaine du 15 mars" = null (vague); "De
  retour le 2027-03-15" (Québec, ISO) = 2027-03-15; "absente jusqu'au vendredi 19 mars inclusivement" = 2027-03-19;
  "absente du lundi 8 au vendredi 19 mars inclus. De retour le lundi 22 mars" = 2027-03-22 (both named: the later);
  "bis und mit Freitag, 19. März 2027 / jusqu'au vendredi 19 mars 2027 inclus" = 2027-03-19; "en vacances jusqu'au
  vendredi 2 avril. Dès le lundi 5 avril..." = 2027-04-05 (both named: the later); "jusqu'au 16.03.2027 inclus"
  (French, English, Luxembourgish) = 2027-03-16; "en déplacement jusqu'au jeudi 18 mars" = 2027-03-18; "absente
  jusqu'au 17/03/2027" = 2027-03-17; "away until Friday 12 March" = 2027-03-12; "absent du 26 mars au 5 avril
  inclus" (sent 30 March) = 2027-04-05; "en congé jusqu'au 9 mars inclus" = 2027-03-09; "serai de retour le jeudi 11
  mars" = 2027-03-11; "de retour le mardi 16 mars" = 2027-03-16. null: "après les vacances de printemps" (vague),
  the leaver, maternity leave "jusqu'à nouvel ordre", the part-timer ("Je ne travaille pas le mercredi"), the ticket
  acknowledgement, the read and delivery receipts.
* lang: the Swiss German/French notice is "de" (German first); the trilingual Luxembourg notice and the Belgian
  French/Dutch one are "fr" (French first); the English-text MTA bounces (Postfix, Swisscom, Sendmail, Exim) are
  "en", the Exchange NDRs "fr".
* Bounces: the Exim bounce has no DSN part: its status 5.1.1 is the enhanced code printed in the text; the two delay
  notices are permanent false (4.7.1, 4.2.2); the two-recipient NDR is permanent true (5.1.1 and 5.2.1);
  original_message_id is the firm's Message-ID for every bounce (each returns the message or its headers).

Simplifications a reader should know about: the HTML alternative is rebuilt from the same lines as the text part
(one <div> per line; the history in an Outlook border <div> or a <blockquote>, its ">" markers dropped; answers in
blue; the gateway banner as a yellow table, a gateway footer in a grey <div>; "text<url>" links as <a>), so the HTML
never holds anything the text part does not; Received chains have one line; attachments mentioned in the text are
not attached; the firm's messages are plain text in the Sent Items copy and as quoted; French Outlook's non-breaking
spaces before ":", ";", "?" are not reproduced; the Swisscom bounce is a Postfix text in English, not Swisscom's
multilingual one; the Exchange delay subject "Remise retardée :" and the NDR wording are written from memory;
meeting answers carry In-Reply-To and References; one newsletter copy per recipient, from an adviser's mailbox or
lettre@, each with its own Message-ID.
Measured once, blind, by the session that asked for it (2026-12-05, 16:57 UTC, before any message of it was read), at
ef99c69 (that session's start) and with its later mends (blind22's, heldout26's and heldout27's): the same figures
both times (`relance eval --data /tmp/b23 --only replies`): new-text line F1 1.000, exact 1.000 (62 replies);
automatic replies precision 1.000 / recall 0.958 (one read as a bounce); bounces precision 0.917 / recall 1.000;
opt-outs precision 0.833 / recall 1.000 (two human replies read as opt-outs); return dates exact 1.000 (16/16), none
when none 1.000 (7). `bench/reply_parsers.py --data /tmp/b23`: Relance 0.979, mail-parser-reply 0.717, quotequail
0.454.
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
# The MIME helpers are blind12's, imported from there as blind13's to blind21's builds do.
sys.path.insert(1, os.path.join(HERE, "..", "blind12"))

from mime12 import unflow  # noqa: E402


def usage():
    print("usage: python3 eval/blind23/build.py OUT", file=sys.stderr)
    sys.exit(2)


# --------------------------------------------------------------------------
# checks (copied unchanged from eval/blind21/build.py, which copied blind17's: a human reply may have an empty
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
# A mail app's own line under the text: the client's, not the sender's words, so never new text. blind21's list,
# unchanged (copied from eval/blind21/build.py) ...
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
# ... and, separately, the device lines of this set that blind21's list does not know (French-language mobile
# clients): Samsung Email's "Envoyé depuis mon appareil Galaxy", Outlook for Android's newer "Télécharger Outlook
# pour Android", a BlackBerry 10 on the Bell network, a Québec phone's "Envoyé de mon cellulaire" and Proton Mail's
# French line. Used by this build's own checks only (a label line must not be one; a reply's device line must be one).
EXTRA_DEVICE_LINE = re.compile(
    r"^(?:Envoyé depuis mon appareil Galaxy|Télécharger Outlook pour (?:iOS|Android).*|"
    r"Envoyé de mon téléphone intelligent BlackBerry 10 sur le réseau .*|Envoyé de mon cellulaire|"
    r"Envoyé avec la messagerie sécurisée Proton Mail\.)$"
)


def is_device(ln):
    return bool(DEVICE_LINE.match(ln) or EXTRA_DEVICE_LINE.match(ln))


FIRST_DAY, LAST_DAY = "2027-03-01", "2027-03-31"
MID = re.compile(rb"^Message-ID: (<[^>\r\n]+>)", re.M | re.I)
IRT = re.compile(rb"^In-Reply-To: (<[^>\r\n]+>)", re.M | re.I)


def collect():
    import auto23
    import bounce23
    import humans23a
    import humans23b
    import humans23c
    import humans23d

    entries = []
    problems = []
    for case in [*humans23a.N, *humans23b.N, *humans23c.N, *humans23d.N]:
        try:
            r = case.build()
        except SystemExit:
            raise
        except Exception as e:
            raise SystemExit(f"{case.key}: {e!r}") from e
        if not (FIRST_DAY <= r["date"][:10] <= LAST_DAY):
            problems.append(f"{r['slug']}: date out of range")
        for ln in r["new_text"]:
            if is_device(ln):
                problems.append(f"{r['slug']}: device line in the label: {ln!r}")
        if r["device"] and not is_device(r["device"]):
            problems.append(f"{r['slug']}: device line not recognised as one: {r['device']!r}")
        if r["sent"] is not None and IRT.search(r["raw"]).group(1) != MID.search(r["sent"]).group(1):
            problems.append(f"{r['slug']}: the Sent Items copy's Message-ID is not the reply's In-Reply-To")
        r.update(extra={}, empty_ok=not r["new_text"])
        entries.append(r)
    for a in [*auto23.auto_items(), *bounce23.items()]:
        if not (FIRST_DAY <= a["date"][:10] <= LAST_DAY):
            problems.append(f"{a['slug']}: date out of range")
        if a["utc"] < a["answers"]:
            problems.append(f"{a['slug']}: dated before the message it answers")
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
        print("refusing to write inside the repository; give an OUT outside it (e.g. /tmp/b23)", file=sys.stderr)
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
    random.Random(23).shuffle(order)
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
