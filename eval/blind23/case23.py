"""blind23: the Case engine (a human reply built from segments) and the helpers for correspondents' thread messages."""

import re

from clients23 import Mail, assemble, headers_for, local, make_mid, received
from firm23 import DOM, ER, sent_copy

GATEWAY_BANNER = [
    "ATTENTION : ce message provient de l'extérieur de Castellan Ferrand. Ne cliquez pas sur les liens et n'ouvrez "
    "pas les pièces jointes si vous n'êtes pas certain de l'expéditeur.",
]

OUTLOOK_PREFIX = re.compile(r"^(?:RE|AW|TR|Re|Fwd|Fw|FW|TR) ?: ", re.I)


def reply_subject(family, subj):
    if OUTLOOK_PREFIX.match(subj):
        return subj
    return ("RE: " if family in ("outlook", "blackberry") else "Re: ") + subj


def thread_mail(key, family, frm, parent, date, segs, to=None, cc=(), subject=None):
    """A correspondent's message inside a thread (not written as a file; quoted by later messages)."""
    to = to if to is not None else [parent.frm]
    subject = subject or reply_subject(family, parent.subject)
    return Mail(frm, to, local(frm.region, date), subject, segs, make_mid(family, key, frm), cc=cc, parent=parent)


def split_answers(qlines, answers, pad):
    """Insert each (anchor, lines) answer after the first quoted line (from the last insertion on) holding anchor."""
    segs = []
    pos = 0
    for anchor, ans in answers:
        i = next((j for j in range(pos, len(qlines)) if anchor in qlines[j]), None)
        if i is None:
            raise ValueError(f"anchor not found: {anchor!r}")
        segs.append(("old", qlines[pos : i + 1]))
        segs.append(("ans", ["", *ans, ""] if pad else list(ans)))
        pos = i + 1
    segs.append(("old", qlines[pos:]))
    return segs


class Case:
    def __init__(
        self,
        key,
        client,
        lang,
        sender,
        parent,
        date,
        quote,
        new,
        family="outlook",
        to=None,
        cc=(),
        device=None,
        bottom=False,
        after=None,
        answers=None,
        pad=True,
        mode="alt",
        cs="utf-8",
        cte="quoted-printable",
        flowed=False,
        opt_out=False,
        footer=None,
        subject=None,
        extra=(),
        sent=False,
        irt=None,
        refs=None,
        extra_parts=(),
        pre_old=None,
    ):
        self.__dict__.update(locals())
        del self.__dict__["self"]

    def segments(self):
        q = self.quote(self.parent, self.sender) if self.quote else []
        qsegs = split_answers(q, self.answers, self.pad) if self.answers else ([("old", q)] if q else [])
        segs = []
        gateway = any(p.email == ER.email for p in self.to_list())
        if gateway:
            segs.append(("banner", [*GATEWAY_BANNER, ""]))
        dev = [("device", ["", self.device])] if self.device else []
        if self.bottom:
            segs += [*qsegs, ("new", ["", *self.new]), *dev]
        else:
            segs.append(("new", list(self.new)))
            segs += dev
            if self.pre_old:
                segs.append(("old", self.pre_old))
            segs += qsegs
            if self.after:
                segs.append(("new", ["", *self.after]))
        if self.footer:
            segs.append(("footer", ["", *self.footer]))
        return segs, gateway

    def as_mail(self):
        """The reply as a later message of the thread quotes it."""
        segs, _ = self.segments()
        subject = self.subject or reply_subject(self.family, self.parent.subject)
        dt = local(self.sender.region, self.date)
        mid = make_mid(self.family, "case/" + self.key, self.sender)
        return Mail(
            self.sender,
            self.to_list(),
            dt,
            subject,
            [x for x in segs if x[0] != "banner"],
            mid,
            cc=self.cc,
            parent=self.parent,
        )

    def to_list(self):
        return self.to if self.to is not None else [self.parent.frm]

    def build(self):
        sender = self.sender
        dt = local(sender.region, self.date)
        segs, gateway = self.segments()
        label = [ln.strip() for k, ls in segs if k in ("new", "ans") for ln in ls if ln.strip()]
        subject = self.subject or reply_subject(self.family, self.parent.subject)
        if gateway:
            subject = "[EXTERNE] " + subject
        mid = make_mid(self.family, "case/" + self.key, sender)
        irt = self.irt if self.irt is not None else self.parent.mid
        refs = self.refs if self.refs is not None else [*self.parent.refs, self.parent.mid]
        hs = [received(self.key, sender, dt)]
        hs += headers_for(
            self.family,
            self.key,
            sender,
            self.to_list(),
            list(self.cc),
            subject,
            dt,
            mid,
            irt or None,
            refs,
            self.extra,
        )
        raw = assemble(
            self.family,
            self.key,
            hs,
            segs,
            mode=self.mode,
            cs=self.cs,
            cte=self.cte,
            flowed=self.flowed,
            extra_parts=self.extra_parts,
        )
        if dt <= self.parent.dt:
            raise ValueError(f"{self.key}: dated before the message it answers")
        if dt.weekday() >= 5 or dt.strftime("%m-%d") in ("03-26", "03-29"):
            raise ValueError(f"{self.key}: not a working day")
        top = (not self.bottom) and not gateway and bool(label)
        sent = None
        if self.sent:
            if not self.parent.frm.email.endswith("@" + DOM):
                raise ValueError(f"{self.key}: Sent Items copy of a message the firm did not send")
            sent = sent_copy(self.parent)
        return {
            "slug": self.key,
            "client": self.client,
            "lang": self.lang,
            "kind": "human",
            "date": dt.isoformat(),
            "new_text": label,
            "device": self.device,
            "sent": sent,
            "raw": raw,
            "mode": "html" if self.mode == "html" else "text",
            "top": top,
            "opt_out": self.opt_out,
        }
