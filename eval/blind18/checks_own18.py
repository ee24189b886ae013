"""blind18's own checks (R1-R9), on top of blind17's (checks18.py).

R1  every replied_to names a file in messages/ that exists and has no entry in labels.json;
R2  the reply's In-Reply-To is the Message-ID of that file, and its References end with it;
R3  that file is the firm's sent message: parses without defects (both email policies), From is the firm's adviser,
    it has a Message-ID and a text/plain part, the reply's sender is among its recipients, it is older than the reply;
R4  groups A, C and D: every labelled line appears in the reply's text part (a line typed at the end of a quoted line:
    as the end of that body line), and at least one labelled line lies below the start of the quoted copy;
R5  no line typed inside the quote is also a line of the firm's message (it would be ambiguous);
R6  group B: every labelled line lies above the quoted copy, and nothing below it was typed;
R7  the quoted copy is a copy of the firm's message: at least half of its lines of 25 characters or more (a fifth
    when the person cut or deleted part of the quote) appear in the reply, compared without spaces, link targets,
    image placeholders, quote marks, bullets and typographic variants (not for a pasted translation or when the
    reply quotes another message);
R8  a label line typed at the end of a quoted line: the body line ends with it and begins with quoted text;
R9  a reply without replied_to (group D) still names a Message-ID of the firm's domain in In-Reply-To.
"""

import os
import re
from email import message_from_bytes, policy

from checks18 import plain_text, top_level_body

TYPO = {"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-", "…": "...", "œ": "oe",
        "€": "EUR", "\u00a0": " ", "\u202f": " "}  # fmt: skip
JUNK = re.compile(r"<(?:https?|mailto|tel):[^>\s]*>|\[cid:[^\]]*\]|\[image: [^\]]*\]|<image\d+\.\w+>")


def norm(s):
    s = JUNK.sub("", s)
    for a, b in TYPO.items():
        s = s.replace(a, b)
    s = re.sub(r"^[\s>]*", "", s)
    s = re.sub(r"^(?:[*\-•]|\d+\.)\s+", "", s)
    return re.sub(r"\s+", "", s).lower()


def parse_ok(raw):
    errs = []
    for pol in (None, policy.default):
        m = message_from_bytes(raw) if pol is None else message_from_bytes(raw, policy=pol)
        for part in m.walk():
            if part.defects:
                errs.append(f"defects {part.defects}")
    return message_from_bytes(raw), errs


def own_checks(name, raw, label, e, sent, sent_names, msgdir, labels):
    r = e["r"]
    errs = []
    msg = message_from_bytes(raw)
    irt = (msg["In-Reply-To"] or "").strip()
    lines = e["lines"]
    qstart = next((i for i, ln in enumerate(lines) if ln.tag in ("q", "tail")), len(lines))
    below = [ln for ln in lines[qstart:] if (ln.tag == "n" and ln.text.strip()) or ln.tag == "tail"]
    if r.known:
        fn = label.get("replied_to")
        path = os.path.join(msgdir, fn or "")
        if not fn or not os.path.isfile(path):
            errs.append(f"R1 replied_to file missing: {fn!r}")
            return errs
        if fn in labels:
            errs.append("R1 replied_to file has a label")
        with open(path, "rb") as f:
            sraw = f.read()
        smsg, perrs = parse_ok(sraw)
        errs += [f"R3 sent: {x}" for x in perrs]
        smid = (smsg["Message-ID"] or "").strip()
        if not smid or irt != smid:
            errs.append(f"R2 In-Reply-To {irt!r} is not the sent Message-ID {smid!r}")
        refs = (msg["References"] or "").split()
        if not refs or refs[-1] != smid:
            errs.append("R2 References do not end with the sent Message-ID")
        frm = smsg["From"] or ""
        if not re.search(r"@orsenne(-ch)?\.example>?$", frm.strip()):
            errs.append(f"R3 sent message not from the firm: {frm!r}")
        plain, _ = top_level_body(smsg)
        if plain is None:
            errs.append("R3 sent message without text/plain")
        rcpts = (smsg["To"] or "") + " " + (smsg["Cc"] or "")
        if r.frm.email not in rcpts and "not-addressee" not in r.note:
            errs.append("R3 the reply's sender is not a recipient of the sent message")
        from email.utils import parsedate_to_datetime

        if parsedate_to_datetime(smsg["Date"]) >= parsedate_to_datetime(msg["Date"]):
            errs.append("R3 sent message not older than the reply")
        splain = plain_text(plain) if plain is not None else ""
        firm_lines = {norm(x) for x in splain.split("\n") if norm(x)}
        for ln in below:
            t = ln.tail if ln.tag == "tail" else ln.text
            if norm(t) in firm_lines:
                errs.append(f"R5 typed line is also a line of the firm's message: {t!r}")
        if "other-quote" not in r.note and r.pasted is None:
            quote = "".join(norm(x) for x in e["plain"][qstart:])
            cands = [x for x in splain.split("\n") if len(x.strip()) >= 25]
            hit = sum(1 for x in cands if norm(x) in quote)
            need = 0.2 if any(ed[0] in ("cut", "del") for ed in r.edits) else 0.5
            if not cands or hit / len(cands) < need:
                errs.append(f"R7 quoted copy covers {hit}/{len(cands)} lines of the firm's message")
    else:
        if "replied_to" in label:
            errs.append("R1 group D reply with replied_to")
        if not re.search(r"@(?:[A-Z0-9]+\.eurprd08\.prod\.outlook\.com|mail\.gmail\.com)>$", irt):
            errs.append(f"R9 In-Reply-To does not look like the firm's: {irt!r}")
    plain_part, _ = top_level_body(msg)
    body = [x.strip() for x in plain_text(plain_part).split("\n")] if plain_part is not None else []
    if r.group in ("A", "C", "D"):
        pos = 0
        for ln, chk in zip(label["new_text"], e["check"], strict=True):
            if chk in body[pos:]:
                pos = body.index(chk, pos) + 1
            else:
                errs.append(f"R4 labelled line not in the body: {ln!r}")
            if ln != chk and not chk.endswith(ln):
                errs.append(f"R8 tail not at the end of its line: {ln!r}")
        if not below:
            errs.append("R4 no labelled line inside the quoted copy")
    if r.group == "B" and below:
        errs.append(f"R6 typed lines below the quote start: {[x.text for x in below]}")
    for ln in below:
        if ln.tag == "tail":
            head = ln.text[: len(ln.text) - len(ln.tail)].strip()
            if not head or norm(head) == "":
                errs.append(f"R8 tail without quoted text before it: {ln.tail!r}")
    return errs
