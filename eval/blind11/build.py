#!/usr/bin/env python3
"""Build the blind11 evaluation set.

Writes data/messages/*.eml (raw RFC 5322 messages, CRLF line endings, as the
clients put them on the wire) and data/labels.json, then checks every file:

* it parses with email.message_from_bytes (and the policy.default parser);
* every text part decodes strictly with its declared charset;
* for human replies, every new_text line is a line (after strip) of the
  decoded text/plain body -- or of the visible text of the text/html body when
  there is no text/plain part -- and the lines occur in order;
* for top-posted replies the decoded body starts with exactly the new text
  block that was written;
* new_text lines are non-empty and already stripped;
* a format=flowed text/plain part is read as a reader sees it, soft breaks joined (RFC 3676), and its labels are
  the joined lines (since 2026-12-01; they were the wrapped physical lines before).

Run: python3 eval/blind11/build.py [OUT]   (OUT defaults to data/ beside this file; exits non-zero if any
check fails). Then score it: relance eval --data OUT --only replies, or bench/reply_parsers.py --data OUT.
"""
import json
import os
import random
import re
import shutil
import sys
from email import message_from_bytes, policy
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from clients import BUILDERS  # noqa: E402
from specs_human import SPECS  # noqa: E402
from specs_auto import AUTO  # noqa: E402

sys.path.insert(0, os.path.join(HERE, "..", "blind12"))
from mime12 import unflow  # noqa: E402  (RFC 3676 decoding, shared with blind12's checker)

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "data")
MSG = os.path.join(OUT, "messages")


# --------------------------------------------------------------------------
# checks
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
    """(content_type, text) for every text/* leaf, decoded strictly."""
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
    """The first text/plain (else text/html) part that is not inside an
    attached message/rfc822."""
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


def check_one(name, raw, label, mode, prefix):
    errs = []
    msg = message_from_bytes(raw)
    msg2 = message_from_bytes(raw, policy=policy.default)
    for h in ("From", "Date", "Subject"):
        if msg[h] is None:
            errs.append(f"missing {h}")
    if label["kind"] == "human" and msg["Message-ID"] is None and msg["Message-Id"] is None:
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
    # the file must be pure ASCII except for declared 8bit parts
    if label["kind"] != "human":
        if label["new_text"]:
            errs.append("non-human with new_text")
        return errs
    plain, html = top_level_body(msg)
    if mode == "text":
        if plain is None:
            return errs + ["no text/plain part"]
        body = plain.get_payload(decode=True).decode(plain.get_content_charset() or "us-ascii")
        body = body.replace("\r\n", "\n")
        if (plain.get_param("format") or "").lower() == "flowed":  # as a reader sees it (RFC 3676)
            body = unflow(body, delsp=(plain.get_param("delsp") or "").lower() == "yes")
        lines = [ln.strip() for ln in body.split("\n")]
        if prefix is not None and not body.startswith(prefix):
            errs.append("body does not start with the new text block")
    else:
        if plain is not None:
            errs.append("html mode but a text/plain part exists")
        body = html.get_payload(decode=True).decode(html.get_content_charset() or "us-ascii")
        lines = visible_lines(body)
    # the HTML alternative (when both exist) must show the same new text
    if mode == "text" and html is not None:
        hl = {re.sub(r"\s+", " ", x) for x in visible_lines(
            html.get_payload(decode=True).decode(html.get_content_charset() or "us-ascii"))}
        for ln in label["new_text"]:
            if re.sub(r"\s+", " ", ln) not in hl:
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
def main():
    if os.path.isdir(MSG):
        shutil.rmtree(MSG)
    os.makedirs(MSG)
    entries = []
    for s in SPECS:
        raw, lab, mode, prefix = BUILDERS[s["client"]](s)
        entries.append(dict(client=s["client"], lang=s["lang"], kind="human", slug=s["slug"], raw=raw,
                            new_text=lab, mode=mode, prefix=prefix))
    for a in AUTO:
        entries.append(dict(client=a["client"], lang=a["lang"], kind=a["kind"], slug=a["slug"], raw=a["raw"],
                            new_text=[], mode=None, prefix=None))
    order = list(range(len(entries)))
    random.Random(11).shuffle(order)
    labels = {}
    failures = 0
    names = set()
    for n, idx in enumerate(order, 1):
        e = entries[idx]
        name = f"{n:03d}-{e['lang']}-{e['client'].replace('_', '-')}-{e['slug']}.eml"
        assert name not in names
        names.add(name)
        with open(os.path.join(MSG, name), "wb") as f:
            f.write(e["raw"])
        label = {"kind": e["kind"], "opt_out": False, "new_text": e["new_text"], "client": e["client"],
                 "lang": e["lang"]}
        labels[name] = label
        with open(os.path.join(MSG, name), "rb") as f:
            errs = check_one(name, f.read(), label, e["mode"], e["prefix"])
        if errs:
            failures += 1
            print(f"FAIL {name}")
            for er in errs:
                print(f"   {er}")
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # summary
    from collections import Counter
    print(f"messages: {len(labels)}")
    for key in ("kind", "client", "lang"):
        c = Counter(v[key] for v in labels.values())
        print(f"{key}: " + ", ".join(f"{k}={c[k]}" for k in sorted(c)))
    hc = Counter((v["client"], v["lang"]) for v in labels.values() if v["kind"] == "human")
    print("human client x lang:")
    for cl in sorted({k[0] for k in hc}):
        print(f"  {cl:17s} " + " ".join(f"{lg}={hc[(cl, lg)]}" for lg in "en fr de nl it es pt pl".split()
                                         if hc[(cl, lg)]))
    if failures:
        print(f"{failures} message(s) FAILED the checks")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
