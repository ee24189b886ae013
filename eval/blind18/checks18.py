"""The checks of blind17's build.py, copied unchanged (Visible, visible_lines, decoded_parts, top_level_body, plain_text,
LINK/DATE/STATUS, check_label_shape, check_one, DEVICE_LINE): extracted from eval/blind17/build.py by a script and
compared with it after formatting. blind18's own checks are in build.py (R1-R9).
"""

import re
from email import message_from_bytes, policy
from html.parser import HTMLParser
from typing import ClassVar

from mime12 import unflow


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
