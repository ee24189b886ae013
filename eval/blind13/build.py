#!/usr/bin/env python3
"""Build the blind13 evaluation set (raw emails + labels) for Relance: corporate, French-heavy mail.

Who and blind to what: written on 2026-12-03 by a helper session (an AI assistant started by a Relance session)
that did NOT read the reply parser or its tests: nothing under workers/, tests/, bench/ or eval/messages was opened
or listed, eval/labels.json was not opened, and no parser, `relance` command, pytest or bench script was run while
writing it. Read: eval/blind12/build.py (its label conventions, checks and output format, copied and adapted here)
and eval/blind12/mime12.py (copied as mime13.py; since imported from blind12 instead). Not read: eval/blind12/specs_*.py, clients12.py, render.py,
loc.py, anything under eval/blind11/. The people, firms, domains, client layouts and texts are new, written from
knowledge of real mail clients and MTAs. People, firms and company domains are invented (a Paris wealth-management
firm, Valmont Gestion Privée, valmont-gp.fr, with its clients, a notary, a bank, an insurer, and German, Spanish,
Italian, Dutch and English correspondents); real provider domains appear only where a provider speaks for itself
(googlemail.com, googlegroups.com, arf.mail.yahoo.com, hotmail.com for JMRP, aka.ms, support.google.com) or as the
mailbox provider of an invented private person (gmail.com, orange.fr, icloud.com, free.fr, wanadoo.fr, ...).

Run:
    python3 eval/blind13/build.py /tmp/b13      # writes /tmp/b13/messages/*.eml and /tmp/b13/labels.json
    relance eval --data /tmp/b13 --only replies
    bench/reply_parsers.py --data /tmp/b13

(OUT must be outside the repository; the script exits non-zero when a check fails; rebuilding is byte-identical:
no clock, every pseudo-random choice is seeded from the message slug, the file order from Random(13).)

Files: people13.py (people, signatures and the 18 threads that replies answer), specs_human13.py (the human
replies), specs_other13.py (list replies, automatic replies, bounces, complaints), render13.py (client layouts and
MIME assembly); the MIME helpers are eval/blind12/mime12.py.

Contents (135 messages)
* human (103): Outlook 2013 (8), 2016 (17), 2019 (10), 365 desktop (14) with the "De : / Envoyé : / À : / Cc : /
  Objet :" block in six languages (bold in HTML; variants with "Date :", no bold, the underscore line, "-----Message
  d'origine-----" in a plain-text-only reply, and a plain alternative with no separator at all); Outlook on the web
  (6) and new Outlook (6), HTML only (<hr> + divRplyFwdMsg, and the border div with "From:/Date:"); Outlook for iOS
  and Android (8, with "Obtenir Outlook pour iOS" style device lines); Gmail and Gmail Android (11; French
  attribution split over two lines in text/plain); Apple Mail and iOS Mail (11); Thunderbird (6, format=flowed);
  Lotus Notes / HCL Notes (6, incl. "----- Transféré par ... -----"). Threads up to 9 levels deep mixing languages
  and clients in the history; inline answers in colour, with "[DP]" initials and "-->" arrows (Outlook), and quoted
  inline/partial answers (Thunderbird, Gmail); bottom-posting (Gmail, Thunderbird, Apple Mail); forwards with a
  comment (Gmail "---------- Forwarded message ---------", Apple "Début du message réexpédié :", Notes, Outlook TR);
  new text that looks like history (a pasted tab-separated table, "De : ... / À : ..." lines of a deed, a "From:" in
  a quoted sentence, lines starting with ">" meaning greater-than, "x@y a écrit" / "as ... wrote" in prose, a date
  line "Le mardi 8 décembre 2026 à 13:30, ..."); signatures with phones, addresses, [cid:...] images, LinkedIn links
  and bilingual confidentiality notices under the signature; gateway disclaimers appended after the history;
  windows-1252, iso-8859-1 (Outlook-style "best fit" of characters latin-1 lacks), utf-8; quoted-printable, base64,
  8bit. Three human replies ask to stop being contacted (opt_out true).
* list (4): replies through Sympa, Google Groups and Mailman 3 lists, with the list footer appended (excluded).
* auto_reply (16): Exchange/Outlook out-of-office in fr/en/de/es/it/nl, Gmail vacation responder, Lotus Notes.
* bounce (10): Exchange Online (not found 5.1.10, access denied 5.4.1, delayed 4.4.7), Exchange on-premises in French
  with two recipients (5.1.1 + 4.2.2), Postfix (alias with Original-Recipient, delayed 4.4.1 with headers only,
  French-localised relay denied 5.7.1), Gmail (5.1.1, 5.2.2 without the returned message), Exim without a DSN part.
* complaint (2): ARF reports (Yahoo feedback loop, Microsoft JMRP).
Languages: fr 81, en 27, de 11, es 6, it 5, nl 5 (all kinds).

Label conventions (those of blind12, unchanged)
* new_text: the stripped, non-empty lines the sender wrote, in order, signature INCLUDED (with its "--" line when
  present), device lines ("Envoyé de mon iPhone", "Obtenir Outlook pour iOS<...>", "Télécharger Outlook pour
  Android<...>", ...) EXCLUDED, and a legal disclaimer that the sender's client puts directly under the signature,
  before the quoted history, included. Excluded: quoted history, attribution/intro lines (also when wrapped over two
  lines), Outlook/Notes header blocks, "Transféré par" lines and forwarded content, list footers, and disclaimers a
  gateway appends after the quoted history.
* Interleaved answers: the new text is the concatenation of the sender's blocks in order: for an Outlook reply with
  answers in colour inside the history, the text above the history (greeting, sentence, signature) then each answer
  block; for quoted inline replies, any text above the attribution, the answer blocks, then the signature.
* format=flowed: label lines are the decoded lines after the RFC 3676 soft breaks are joined; the checker unflows.
* When a text/plain part exists the labels refer to it (every line must also be visible in the HTML alternative,
  ignoring "<http...>" link targets and "[cid:...]" placeholders, which the labels keep as the plain part shows
  them); HTML-only messages (Outlook on the web, new Outlook) are compared with the visible text of the HTML.
* until (auto_reply): the date the notice gives as its end ("jusqu'au lundi 7 décembre inclus", "de retour le 4
  janvier", "back on 7th December", the last day of "du 30 novembre au 11 décembre"), resolved against the Date
  header ("until Monday" sent on Thursday 3 December = 2026-12-07; a year-less January date sent in December = next
  year); null when none is given or it is vague ("début mars", "la semaine prochaine", no date).
* bounce: permanent is true only when every listed failure is permanent (5.x.x), as the product reads it (R7: a
  report that fails every recipient permanently; each recipient keeps its own flag). [Changed by the project lead
  after the first reading, 2026-12-03: the helper wrote blind12's convention, "false only when every listed failure
  is temporary"; the one report with both kinds, the Exchange NDR with a 5.1.1 and a 4.2.2, is relabelled false,
  and the check below follows.] Recipients use the
  address the sender wrote (the DSN Original-Recipient when it differs from Final-Recipient); status is the DSN
  Status field when a message/delivery-status part exists, otherwise the enhanced code printed in the text;
  original_message_id is given when the returned message or headers carry a Message-ID.
* opt_out: every label carries it (false unless a human reply asks to stop being contacted or to be removed from
  mailings); blind12's labels do not have this field, the main eval/labels.json format does.
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

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # never leave __pycache__ in the repository
sys.path.insert(0, HERE)
# The MIME helpers are blind12's (the helper who wrote this set copied them; one copy is kept).
sys.path.insert(1, os.path.join(HERE, "..", "blind12"))

from mime12 import D, unflow  # noqa: E402


def usage():
    print("usage: python3 eval/blind13/build.py OUT", file=sys.stderr)
    sys.exit(2)


# --------------------------------------------------------------------------
# checks (copied from eval/blind12/build.py, plus opt_out)
# --------------------------------------------------------------------------
class Visible(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "li", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
             "ul", "ol", "pre", "body", "td"}

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
    except Exception as e:  # noqa
        errs.append(f"decode error {e!r}")
        parts = []
    for ct, text, _ in parts:
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
            return errs + ["no text/plain part"]
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
        hl = {re.sub(r"\s+", " ", x) for x in visible_lines(
            html.get_payload(decode=True).decode(html.get_content_charset() or "us-ascii"))}
        for ln in label["new_text"]:
            if re.fullmatch(r"\[cid:[^\]]+\]", ln):
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
# these lines apart (the "device" field) and the labels never contain them; this list checks that.
DEVICE_LINE = re.compile(
    r"^(?:Sent from my (?:iPhone|iPad)|Get Outlook for (?:iOS|Android)<[^>]*>|Obtenir Outlook pour iOS<[^>]*>|"
    r"Télécharger Outlook pour Android<[^>]*>|Outlook für Android herunterladen<[^>]*>|Envoyé de mon (?:iPhone|iPad)|"
    r"Von meinem iPhone gesendet|Verstuurd vanaf mijn iPhone|Inviato da iPhone|Enviado desde mi iPhone)$"
)


def collect():
    from people13 import P, THREADS_SRC
    from render13 import assign_mids, build_human, make_thread
    import specs_human13
    import specs_other13
    threads = {}
    for key, (subject, items) in THREADS_SRC.items():
        threads[key] = make_thread(P, subject, items)
        assign_mids(threads[key], key)
        for a, b in zip(threads[key], threads[key][1:]):
            if not a.dt < b.dt:
                raise SystemExit(f"thread {key}: dates out of order")
    entries = []
    problems = []
    for s in specs_human13.SPECS + specs_other13.LIST_SPECS:
        raw, lab, mode, top = build_human(s, P, threads)
        tkey, depth = s["thread"]
        if depth and not threads[tkey][depth - 1].dt < D(s["date"], s.get("off", 1)):
            problems.append(f"{s['slug']}: reply dated before the message it answers")
        for ln in lab:
            if DEVICE_LINE.match(ln):
                problems.append(f"{s['slug']}: device line in the label: {ln!r}")
        entries.append(dict(client=s["client"], lang=s["lang"], kind=s.get("kind", "human"), slug=s["slug"],
                            raw=raw, new_text=lab, mode=mode, top=top, extra={},
                            opt_out=bool(s.get("opt_out", False))))
    for a in specs_other13.ITEMS:
        extra = {k: a[k] for k in ("until", "bounce") if k in a}
        entries.append(dict(client=a["client"], lang=a["lang"], kind=a["kind"], slug=a["slug"], raw=a["raw"],
                            new_text=[], mode=None, top=False, extra=extra, opt_out=False))
    return entries, problems


def main():
    if len(sys.argv) != 2:
        usage()
    out = os.path.abspath(sys.argv[1])
    repo = os.path.abspath(os.path.join(HERE, "..", ".."))
    if out == repo or out.startswith(repo + os.sep):
        print("refusing to write inside the repository; give an OUT outside it (e.g. /tmp/b13)", file=sys.stderr)
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
    random.Random(13).shuffle(order)
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
        label = {"new_text": e["new_text"], "client": e["client"], "lang": e["lang"], "kind": e["kind"],
                 "opt_out": e["opt_out"]}
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
