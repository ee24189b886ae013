#!/usr/bin/env python3
"""Build the blind18 evaluation set for Relance: replies in which a person typed their answers INSIDE the quoted copy
of the firm's own message, without any mark (no ">", no colour in the text part, no initials, mostly no "see below"),
each with the raw email the firm sent (the message it answers) beside it, and controls that must not gain any text.

Who and blind to what: written by a helper session (an AI assistant started by a Relance session) that did NOT read
the product: nothing under workers/, tests/, bench/, sql/ or supabase/ was opened or grepped, eval/messages,
eval/labels.json, eval/build and eval/intents were not opened, no other eval/blind* folder than the two files below
was opened, README.md and /work/shared were not read, and no pytest, `relance` command, evaluator, bench script or git
command was run. The cases were designed from what people and mail clients do, not from any guess of how the product
reads replies.
Opened: eval/blind17/build.py (all of it: docstring, label conventions, checks, collect() and main(); its checks are
copied unchanged into checks18.py by a script that cut them out of it, and compared with it again after formatting;
its collect()/main() are adapted here; it has no checks named D1-D7, so all of its checks were copied),
eval/blind12/mime12.py (all of it; imported from there as blind13-17's builds do) and the [tool.ruff] section of
pyproject.toml. Also looked at, for the tooling only: the file names in eval/ (one `ls`), `wc -l` of the two files
above, a grep of eval/blind17/build.py for "D1"-"D7" (no hit), the first 30 names in .venv/bin, the Python and ruff
versions, whether zoneinfo knows Europe/Paris, a calendar of March-April 2027, and one search of public web pages
(whether Gmail forwards carry In-Reply-To; inconclusive, nothing about the product). Ran: this build.py (many times,
into /tmp/b18, /tmp/b18a-c), throw-away Python under /tmp and in heredocs that print the generated messages and
labels, that cut blind17's checks out of its build.py and that edited this folder's own files, and `ruff check` /
`ruff format` on eval/blind18 only.
Slips (none of them showing anything of the product): (1) an `ls eval/blind17/` meant to see whether blind17 had
sibling modules printed their names (auto17.py, clients17.py, desks17.py, lists17.py, loc17.py, mime17.py,
people17.py, spec17.py, threads_*17.py); none was opened; (2) the sed range used to print the [tool.ruff] section of
pyproject.toml also printed the next section's header line, "[tool.mypy]"; (3) the `ls eval/` printed the names of
the folders and files not to be opened (messages, labels.json, build, intents, names, ...); none was opened.

The firm (invented): Orsenne. Orsenne Patrimoine SAS, Lyon, with an office in Annecy (orsenne.example, Microsoft 365,
French Outlook): Hélène Marchetti (French and Italian clients), Thomas Aubry (English-speaking clients), Inés Carvajal
(Spanish clients), Marc Delorme (Annecy), Julien Fabre (middle office); its Zurich desk, Orsenne Vermögensberatung AG
(orsenne-ch.example, Google Workspace, Gmail): Katrin Imhof. Clients and correspondents (all invented): private
clients in France, the UK, Switzerland, Italy, Spain and New York, some writing from their employers (Groupe
Vallorcine, Brightwater Capital LLP, Halvorsen & Pike LLP, Zollinger Bau AG, Helvetia Logistik AG, Studio Legale
Ferrante & Associati, Bodegas Altamira, Meccanica Ferrari, Nordhaven Shipping, a hospital, a town hall), a notary
(Office notarial Roussillon & Béal) and a UK insurer (Aldergate Life Assurance). Domains are all in the reserved
.example TLD; private persons use provider-like fiction domains (orange.example, free.example, gmail.example,
icloud.example, outlook.example, bluewin.example, gmx.example, libero.example, btinternet.example, ...). Real provider
names appear only where a provider speaks for itself: Message-IDs and hosts of Gmail (mail.gmail.com) and Exchange
Online (eurprd08.prod.outlook.com), Microsoft's aka.ms links (first-contact tip, Outlook mobile), X-Mailer and
User-Agent lines. French numbers use the ARCEP fiction blocks (04 65 71, 06 39 98), UK numbers Ofcom's drama ranges
(020 7946 0xxx, 07700 900xxx), US numbers 555-01xx; Swiss, Italian and Spanish numbers are invented in a 555 01xx-style
block; UK postcodes end in 9ZZ; IP addresses are in the documentation ranges. Dates run from 1 March to 14 April 2027
(time zones Europe/Paris, Zurich, London, Madrid, Rome and New York through zoneinfo, so the summer time of 28 March
shows).

Run:
    python3 eval/blind18/build.py /tmp/b18      # writes /tmp/b18/messages/*.eml and /tmp/b18/labels.json

(OUT must be outside the repository; the script exits non-zero when a check fails; rebuilding is byte-identical: no
clock, every pseudo-random choice is seeded from a message key, the file order from Random(18); checked with two runs
and with PYTHONHASHSEED=0 and =12345.)

The firm's messages: messages/sent-<slug>-s.eml (100 files) are the raw emails the firm sent, as its own client
stored them: From the adviser, To the client (Cc when the adviser copied someone), a Message-ID, Date, Thread-Index,
multipart/alternative (text/plain, text/html), inside multipart/related with the logo when the signature
has one; text/plain as the client writes it: one line per paragraph, "text<url>" links and "[cid:image001.png@...]"
for Outlook ("text <url>", "[image: ...]", "-- " signature and "> " history for Gmail), "  *   " bullets, no-break
spaces before French punctuation and in the signature's phone numbers, the adviser's signature and disclaimer, and for
a follow-up the earlier message quoted under Outlook's "De : / Envoyé : / À : / Objet :" block (Gmail's attribution
and "> " for the Zurich desk). They are NOT cases: they have no entry in labels.json. Each reply's label names its
file in "replied_to", and the reply's In-Reply-To is that file's Message-ID (References end with it).

Contents (110 replies, all kind human; lang fr 57, en 26, de 13, it 7, es 7; opt_out 6; replied_to on 100)
Clients: Outlook desktop 36 (Microsoft 365 at employers and Outlook 2016 over IMAP at home; "De : / Envoyé : / À : /
Cc : / Objet :", "From: / Sent:" en-GB and en-US, "Von: / Gesendet: / An: / Betreff:", "Da: / Inviato: / Oggetto:",
"De: / Enviado el: / Para: / Asunto:"), new Outlook / Outlook on the web 9 ("________________________________"),
Outlook mobile 2 (device line, English date under localised field names), Outlook in plain-text mode 5
("-----Message d'origine-----", 76-column wrap, once with "> " on each line wrapped after prefixing), Gmail 22 web,
3 app, 2 plain-text mode (78-column wrap; attributions per locale, "> " and "> > " nesting, empty Outlook paragraphs
as "> " + no-break space, "---------- Forwarded message ---------"), Apple Mail 12 (tab bullets, "<image001.png>"),
iOS Mail 8 (">"-quoted attribution, "Envoyé de mon iPhone", "Sent from my iPhone", "Von meinem iPhone gesendet",
"Inviato da iPhone", "Enviado desde mi iPhone"), Thunderbird 6 format=flowed and 3 fixed at 72, Orange webmail 2
(ISO-8859-15, "> Message du ..." block, typographic apostrophes and dashes lost).
* A (50; fr 22, en 13, de 6, it 5, es 4): answers typed inside the quoted copy of the firm's message, unmarked: lines
  under the questions, under bullets or numbered items, between the "> " lines of Gmail, Apple Mail, iOS Mail,
  Thunderbird and Orange quotes; answers typed at the end of a question's line or after a form's colon (11 replies);
  capitals ("NON", "OUI : PACS SIGNÉ ..."), one-word answers ("Oui", "No.", "Nein", "Sí"), a list typed with dashes,
  a closing typed under the whole quote, answers under the adviser's signature or logo ("Je quitte Vallorcine ...
  écrire désormais à ...<mailto:...>", "NB I am leaving Brightwater ...", "Da aprile non lavoro più ...", a PS between
  signature and disclaimer); 5 stop requests typed inside the quote (opt_out true). Above the quote: nothing (24),
  a greeting and sign-off or a signature only, a pointer ("Voir mes réponses dans votre message.", "Réponses dans
  votre mail", "cf. ci-dessous", "Answers below in blue", "meine Antworten stehen direkt in Ihrer Mail.", "te contesto
  en el correo.") in some, a short real answer above and more inside in others. Gateway banners and subject tags of
  employers in 10 of them ([EXTERNE], [EXTERNAL], [EXTERN], [ESTERNO], [EXTERNO], a hospital's line, Microsoft's
  "Some people who received this message don't often get email from ...", a US "Caution: ...").
* B (35; fr 20, en 8, de 4, es 2, it 1): controls, written above an unchanged quote of the firm's message; new_text is
  only what is above. The quote differs from the stored text as clients make it differ: another link rendering
  ("text <url>", "<mailto:...>"), images renumbered ("[cid:image002.png@<other stamp>]" under the person's own logo)
  or shown as "[image: ...]" / "<image001.png>" / dropped, bullets "  *   " / "   - " / tab "•" / "* ", Outlook's
  table cells one per line shown by Gmail as rows, no-break spaces kept or turned into spaces, typographic quotes
  lost (ISO-8859-15), re-wrapping at 72 (flowed and fixed), 76 and 78, "> " prefixed then wrapped (continuations lose
  the mark), gateway banners on top of the quoted copy (Microsoft 365 English and French cautions, a UK "[EXTERNAL
  EMAIL]" line, Microsoft's first-contact tip in French, a US "Caution:", a quarantine release line, a French security
  gateway's line, German and Italian cautions) with tags in the quoted subject, the firm's server adding its
  disclaimer on the way (the stored text has none) or swapping it for the English one, Apple Mail's data detectors
  adding "<tel:...>" after the phone numbers, the person deleting the list of documents, cutting everything after the
  questions or deleting closing, signature and disclaimer; 5 where the stored text is a follow-up whose body quotes the
  first message (Outlook and Gmail histories, seen in Outlook, Gmail and Apple Mail).
* C (15; fr 10, en 3, de 2): answers typed inside the OLDER message of a follow-up's history (4: Gmail, Outlook, Apple
  Mail, and the Zurich desk's Gmail history at "> > " depth); inside a third party's message the adviser forwarded
  ("TR : " a notary's questions, "FW: " an insurer's) (2); the person pasting their own text into the quote (a notary's
  clause in « », an address block from a tax notice) (2); answers inside the quote AND a "> " quotation typed above
  (Outlook, Thunderbird) (2); the firm's text replaced in the quote by the client's own translation (English in
  Outlook, German in Gmail) with answers under it (2); a follow-up whose history holds the client's earlier reply with
  its own inline answers, the new answers in the follow-up's part only (1); a reply to a short reminder that does not
  quote anything, in which the person pasted the first message (with its header block) and answered inside it (1,
  quotes another message than replied_to); a Gmail forward of the firm's message to a spouse with the adviser in copy,
  answers typed inside the forwarded block (1; its In-Reply-To still names the firm's message).
* D (10; fr 5, en 2, de 1, it 1, es 1): answers typed inside the quote with no replied_to (the firm's message is not in
  the set; In-Reply-To names a firm Message-ID that has no file); one stop request (opt_out true).

Label conventions: blind17's, unchanged (new_text: the stripped, non-empty lines the sender wrote, in order,
signature included, device lines excluded; quoted history, attribution lines, header blocks, gateway banners and
forwarded content excluded; interleaved answers: the sender's blocks in order; format=flowed labels are the unflowed
lines; when a text/plain part exists the labels refer to it and keep "<mailto:...>" and "[cid:...]" as it shows
them), plus:
* replied_to: the file name of the firm's sent message in messages/ (not a case; no label).
* A line typed at the end of a quoted line (after a question or a form's colon): new_text holds only what was typed
  ("Non.", "LEFORT", "7 allée des Tilleuls, 38240 Meylan"), not the quoted words before it. blind17's checks compare
  whole lines, so they are run on the label with such lines replaced by the whole body line; check R8 verifies that
  the body line ends with the typed text.

Judgement calls
* Typed lines that look quoted are new text (blind17's rule): "> Lequel vous conviendrait le mieux ?" typed above the
  quote (vallet), "> 3. Exercez-vous toujours ..." (barre); pasted text in the quote is new text (besnard's clause,
  perret's address block). The translations pasted in place of the firm's text (whitfield, vogt) and the first
  message pasted into the reply to a reminder (joly) are quoted copies, not new text: only the answers under them are.
* The person's own logo line "[cid:image001.png@...]" is part of their signature and kept in new_text (aubert), as
  blind17 keeps "[cid:]" placeholders.
* pons forwards the firm's message to her husband with the adviser in Cc (Subject "Fwd: "): kind human, replied_to set
  (Gmail keeps the thread), her note and the answers inside the forwarded block are new text.
* opt_out true: renaud ("Merci de ne plus me solliciter"), leroy ("Je ne souhaite plus être contacté par votre
  cabinet"), shah ("do not contact me again"), baumann ("Bitte streichen Sie mich aus Ihrem Verteiler"), vidal ("les
  ruego que no vuelvan a escribirme"), charpentier (D, "ne plus m'écrire"). Leaving an employer and giving a new
  address (blanchard, lindqvist, moretti) is not an opt-out.
* lang is the language of the new text: whitfield answers in English to a French message, vogt in German.

Checks: blind17's (checks18.py, copied unchanged: label shape, CRLF, parse defects under both email policies,
strict charset decoding, every label line in the text part in order and in the HTML alternative, top-posted bodies
opening with the new text, device lines), its date checks (no message before the one it answers, dates inside
1 March - 30 April 2027) and these (checks_own18.py): R1 replied_to exists and is not labelled; R2 In-Reply-To is its
Message-ID and References end with it; R3 it parses cleanly, is from the firm, has a Message-ID and text/plain, is
addressed to the reply's sender and is older than the reply; R4 groups A, C, D: every labelled line is in the reply's
body and at least one lies inside the quoted copy; R5 no typed line inside the quote is also a line of the firm's
message; R6 group B: nothing typed below the quote start; R7 the quoted copy covers at least half of the firm's
message's lines of 25+ characters (a fifth when the person cut or deleted), compared without spaces, link targets,
image placeholders, quote marks, bullets and typographic variants (not for pasted translations or another quoted
message); R8 an answer typed at the end of a line ends that body line, after quoted text; R9 a group D reply's
In-Reply-To looks like a firm Message-ID.

Simplifications a reader should know about: the HTML alternatives are rebuilt from the text lines (one paragraph or
div per line, answers in blue in Outlook, blockquotes for Gmail and Apple), so they are simpler than real ones; the
gateways' banners are inserted as text lines; the logo is a 1x1 PNG; Received chains have two lines; an employer's
Exchange Online replies carry their Date in UTC.

Files: build.py (collect() and main(); builds each reply and the firm's message it answers), checks18.py (blind17's
checks), checks_own18.py (R1-R9), people18.py (the firm, staff, signatures, disclaimers, banners), texts_fr18.py and
texts_xx18.py (the firm's messages: document requests, yearly KYC questions, meetings, forms, IFI, beneficiary
clauses, SCPI, a succession table, follow-ups and forwards), loc18.py (dates and field names per locale),
render18.py (how each client renders links, bullets, images, no-break spaces, quotes and wrapping), compose18.py (the
stored sent text, the replies and the person's edits of the quote, HTML), mime18.py (headers, Message-IDs, MIME),
cases_a1_18.py and cases_a2_18.py (group A), cases_b18.py (group B), cases_cd18.py (groups C and D). The low-level
MIME helpers are eval/blind12/mime12.py.

Measured once before anyone read it (`relance eval --data /tmp/b18 --only replies`, 2026-12-05): at 58aa15c, which
reads no stored text, new-text line F1 0.804 (precision 0.834, recall 0.776), exact 0.582, opt-out recall 0.333; at
49d1901, the first comparison of the quote with the stored text, F1 0.856 (precision 0.789, recall 0.935), exact
0.555, opt-out recall 0.833. Its misses were then read and mended (bench/RESULTS.md, 2026-12-05).
"""

import json
import os
import random
import re
import shutil
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # never leave __pycache__ in the repository
sys.path.insert(0, HERE)
# The MIME helpers are blind12's, imported from there as blind13's to blind17's builds do.
sys.path.insert(1, os.path.join(HERE, "..", "blind12"))

from checks18 import DEVICE_LINE, check_one  # noqa: E402

FIRST_DAY, LAST_DAY = "2027-03-01", "2027-04-30"


def usage():
    print("usage: python3 eval/blind18/build.py OUT", file=sys.stderr)
    sys.exit(2)


def all_cases():
    import cases_a1_18
    import cases_a2_18
    import cases_b18
    import cases_cd18

    return [*cases_a1_18.CASES, *cases_a2_18.CASES, *cases_b18.CASES, *cases_cd18.CASES]


# --------------------------------------------------------------------------
# building one reply and the firm's message it answers
# --------------------------------------------------------------------------
def reply_subject(r, subject):
    from loc18 import RE_PREFIX
    from render18 import tag_subject

    if r.subject:
        return r.subject
    subj = tag_subject(subject, r.tag) if r.tag else subject
    if r.client in ("outlook", "owa", "outlook_mobile", "outlook_plain"):
        if re.match(r"^(RE|AW|R)\s?:", subj):
            return subj
        return RE_PREFIX[r.ui or r.lang] + subj
    if re.match(r"^(Re|RE|AW|Aw):", subj):
        return subj
    return "Re: " + subj


def assign_ids(msg, key):
    from mime18 import msgid

    if not msg.key:
        msg.key = key
    if not msg.msgid:
        kind = "gmail" if msg.composer.startswith("gmail") else "m365"
        if not msg.frm.firm:
            kind = msg.note or kind
        msg.msgid = msgid(kind, msg.key, msg.frm.domain)
    if msg.history is not None:
        assign_ids(msg.history, msg.key + "-h")


def refs_of(msg):
    """The firm message's own References: its thread (a follow-up answers the original; a forward starts anew)."""
    if msg.history is None or msg.fwd:
        return []
    return [*refs_of(msg.history), msg.history.msgid]


def build_sent(msg):
    from compose18 import html_blockquote, html_outlook, stored_lines
    from mime12 import hexid, rng
    from mime18 import body_part, headers, render_message
    from render18 import prefixed

    r = rng("stamp", msg.key)
    stamp = f"01DB{hexid(r, 4)}.{hexid(r, 8)}"
    lines = stored_lines(msg, stamp)
    gmail = msg.composer.startswith("gmail")
    plain = "\n".join(prefixed(lines, "gmail_sent" if gmail else "outlook_sent")) + "\n"
    html = html_blockquote(lines, "gmail") if gmail else html_outlook(lines, msg.lang)
    images = []
    for m in re.finditer(r"\[cid:([^\]@]+)@([^\]]+)\]", plain):
        if (m.group(1), f"{m.group(1)}@{m.group(2)}") not in images:
            images.append((m.group(1), f"{m.group(1)}@{m.group(2)}"))
    refs = refs_of(msg)
    client = "gmail" if gmail else "outlook"
    hs = headers(client, msg.key, msg.frm, msg.to, msg.cc, msg.subject, msg.date, msg.frm.tz, msg.msgid,
                 irt=refs[-1] if refs else None, refs=refs, lang=msg.lang, nref=len(refs))  # fmt: skip
    return render_message(hs, body_part(client, msg.key, plain, html, images=images)), plain


def build_reply(r):
    from compose18 import html_for, labels_of, reply_lines
    from mime12 import hexid, rng
    from mime18 import body_part, headers, msgid, render_message
    from render18 import V

    rr = rng("stamp", r.key)
    stamp = f"01DB{hexid(rr, 4)}.{hexid(rr, 8)}"
    lines, plain = reply_lines(r, stamp)
    label, check = labels_of(lines, plain)
    flowed = bool(V[r.client].get("flowed"))
    if flowed:
        from mime12 import flow

        text = "\n".join(flow(plain)) + "\n"
    else:
        text = "\n".join(plain) + "\n"
    html = html_for(lines, r.client, r.lang)
    mid = msgid(__import__("mime18").idkind(r.client, r.frm), r.key, r.frm.domain)
    parent = r.parent
    refs = [*refs_of(parent), parent.msgid]
    subject = reply_subject(r, parent.subject)
    to = r.to if r.to is not None else [parent.frm]
    hs = headers(r.client, r.key, r.frm, to, r.cc, subject, r.date, r.frm.tz, mid, irt=parent.msgid, refs=refs,
                 lang=r.ui or r.lang, topic=parent.subject, nref=len(refs), received_to=to[0].domain)  # fmt: skip
    raw = render_message(hs, body_part(r.client, r.key, text, html, flowed=flowed, charset=r.charset))
    top = any(t.strip() for t in [*r.top, *r.sig])
    return raw, label, check, top, lines, plain, mid


def collect():
    cases = all_cases()
    entries, sent, problems = [], {}, []
    from loc18 import parse

    for r in cases:
        assign_ids(r.parent, r.key + "-s")
        d_parent, d_reply = parse(r.parent.date, r.parent.frm.tz), parse(r.date, r.frm.tz)
        if d_reply <= d_parent:
            problems.append(f"{r.key}: dated before the message it answers")
        h = r.parent
        while h is not None:
            if h.history is not None and parse(h.history.date, h.history.frm.tz) >= parse(h.date, h.frm.tz):
                problems.append(f"{r.key}: history message {h.history.key} not older than {h.key}")
            h = h.history
        for s in (r.date, r.parent.date):
            if not (FIRST_DAY <= s[:10] <= LAST_DAY):
                problems.append(f"{r.key}: date out of range {s}")
        raw, label, check, top, lines, plain, mid = build_reply(r)
        for ln in label:
            if DEVICE_LINE.match(ln):
                problems.append(f"{r.key}: device line in the label: {ln!r}")
        if r.device and not DEVICE_LINE.match(r.device):
            problems.append(f"{r.key}: device line not recognised as one: {r.device!r}")
        e = dict(r=r, raw=raw, label=label, check=check, top=top, lines=lines, plain=plain, mid=mid)
        if r.known:
            if r.parent.key in sent:
                problems.append(f"{r.key}: the firm's message {r.parent.key} is answered twice")
            sraw, splain = build_sent(r.parent)
            sent[r.parent.key] = (sraw, splain, r.parent)
            e["sent"] = r.parent.key
        entries.append(e)
    return entries, sent, problems


from checks_own18 import own_checks  # noqa: E402


def main():
    if len(sys.argv) != 2:
        usage()
    out = os.path.abspath(sys.argv[1])
    repo = os.path.abspath(os.path.join(HERE, "..", ".."))
    if out == repo or out.startswith(repo + os.sep):
        print("refusing to write inside the repository; give an OUT outside it (e.g. /tmp/b18)", file=sys.stderr)
        sys.exit(2)
    msgdir = os.path.join(out, "messages")
    if os.path.isdir(msgdir):
        shutil.rmtree(msgdir)
    os.makedirs(msgdir)
    entries, sent, problems = collect()
    failures = 0
    for p in problems:
        print(f"FAIL spec {p}")
        failures += 1
    sent_names = {}
    for key in sorted(sent):
        name = f"sent-{key}.eml"
        sent_names[key] = name
        with open(os.path.join(msgdir, name), "wb") as f:
            f.write(sent[key][0])
    order = list(range(len(entries)))
    random.Random(18).shuffle(order)
    labels, names, groups = {}, set(), {}
    for n, idx in enumerate(order, 1):
        e = entries[idx]
        r = e["r"]
        name = f"{n:03d}-{r.lang}-{r.client.replace('_', '-')}-{r.key}.eml"
        if name in names:
            print(f"duplicate name {name}")
            failures += 1
        names.add(name)
        with open(os.path.join(msgdir, name), "wb") as f:
            f.write(e["raw"])
        label = {"new_text": e["label"], "client": r.client, "lang": r.lang, "kind": "human", "opt_out": r.opt_out}
        if r.known:
            label["replied_to"] = sent_names[e["sent"]]
        labels[name] = label
        groups[name] = r.group
        check_label = dict(label, new_text=e["check"])
        with open(os.path.join(msgdir, name), "rb") as f:
            raw = f.read()
        errs = check_one(raw, check_label, "text", e["top"])
        errs += own_checks(name, raw, label, e, sent, sent_names, msgdir, labels)
        if errs:
            failures += 1
            print(f"FAIL {name}")
            for er in errs:
                print(f"   {er}")
    slugs = Counter(e["r"].key for e in entries)
    for s, c in slugs.items():
        if c > 1:
            print(f"FAIL duplicate slug {s}")
            failures += 1
    for name in sent_names.values():
        if name in labels:
            print(f"FAIL the sent message {name} has a label")
            failures += 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"messages: {len(labels)} replies, {len(sent)} sent messages of the firm (not cases)")
    for key in ("client", "lang"):
        c = Counter(v[key] for v in labels.values())
        print(f"{key}: " + ", ".join(f"{k}={c[k]}" for k in sorted(c)))
    c = Counter(groups.values())
    print("groups: " + ", ".join(f"{k}={c[k]}" for k in sorted(c)))
    c = Counter((groups[k], v["lang"]) for k, v in labels.items())
    print("group x lang: " + ", ".join(f"{g}/{la}={c[(g, la)]}" for g, la in sorted(c)))
    print(
        f"opt_out: {sum(v['opt_out'] for v in labels.values())}; replied_to: {sum('replied_to' in v for v in labels.values())}"
    )
    if failures:
        print(f"{failures} message(s) FAILED the checks")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
