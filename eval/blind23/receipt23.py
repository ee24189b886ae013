"""blind23: a read receipt ("Lu :") and a delivery receipt ("Remis :") from Exchange: automatic mail that is neither
an absence nor a bounce, labelled auto_reply with until null."""

from datetime import timedelta

from clients23 import UTC, Person, fr_long, make_mid, render_html, to_local
from firm23 import MC, fiscal, kyc
from mime12 import Part, addr, ew_subject, message, multipart, rfcdate, rng, text_part
from mime12 import hexid as _hexid

ITEMS = []


def P(name, email, region="eu"):
    return Person(name, email, region)


# 23. a read receipt ("Lu :") and 24. a delivery receipt ("Remis :"): automatic mail that is neither a bounce nor an
# absence; labelled auto_reply with until null
def receipt(slug, sender, orig, minutes, read):
    dt = to_local(sender.region, orig.dt)
    when = dt + timedelta(minutes=minutes)
    tzname = "(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne"
    if read:
        subject = "Lu : " + orig.subject
        lines = [
            "Votre message",
            "",
            f"À : {sender.name}",
            f"Objet : {orig.subject}",
            f"Envoyé : {fr_long(dt)}:{dt.second:02d} {tzname}",
            "",
            f"a été lu le {fr_long(when)}:17 {tzname}.",
        ]
        report = (
            f"Reporting-UA: {make_mid('outlook', 'ua/' + slug, sender).split('@')[1][:-1]}; Microsoft Exchange Server\r\n"
            f"Final-Recipient: rfc822;{sender.email}\r\nOriginal-Message-ID: {orig.mid}\r\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
        )
        rtype, rct = "disposition-notification", "message/disposition-notification"
        frm = sender
    else:
        subject = "Remis : " + orig.subject
        lines = [
            "Votre message a été remis aux destinataires suivants :",
            "",
            f"{sender.name} ({sender.email})",
            "",
            f"Objet : {orig.subject}",
        ]
        host = make_mid("outlook", "ua/" + slug, sender).split("@")[1][:-1]
        report = (
            f"Reporting-MTA: dns;{host}\r\nArrival-Date: {rfcdate(orig.dt.astimezone(UTC))}\r\n\r\n"
            f"Final-Recipient: rfc822;{sender.email}\r\nAction: delivered\r\nStatus: 2.0.0\r\n"
        )
        rtype, rct = "delivery-status", "message/delivery-status"
        frm = Person("Microsoft Outlook", f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{sender.domain()}")
    hs = [
        (
            "Received",
            f"from {sender.domain()} ([203.0.113.{rng('rr', slug).randrange(2, 254)}]) by mx.castellanferrand.example;\r\n\t{rfcdate(when)}",
        ),
        ("From", addr(frm.name, frm.email)),
        ("To", addr(orig.frm.name, orig.frm.email)),
        ("Subject", ew_subject("", subject)),
        ("Thread-Topic", ew_subject("", orig.subject)),
        ("Date", rfcdate(when.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", make_mid("outlook", "rcpt/" + slug, sender)),
        ("References", orig.mid),
        ("In-Reply-To", orig.mid),
        ("Auto-Submitted", "auto-replied" if read else "auto-generated"),
        ("Content-Language", "fr-FR"),
        ("MIME-Version", "1.0"),
    ]
    text = "\n".join(lines) + "\n"
    b = _hexid(rng("rb", slug), 24)
    alt = multipart(
        "alternative",
        [
            text_part(text, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable"),
            text_part(
                render_html([("new", lines)], "outlook"), 'text/html; charset="utf-8"', "utf-8", "quoted-printable"
            ),
        ],
        f"_002_{b}_",
    )
    rep = Part([("Content-Type", rct)], report)
    top = multipart(
        "report", [alt, rep], f"_001_{b}_", ct=f'multipart/report; report-type={rtype};\r\n\tboundary="_001_{b}_"'
    )
    ITEMS.append(
        {
            "slug": slug,
            "client": "exchange",
            "lang": "fr",
            "kind": "auto_reply",
            "raw": message(hs, top),
            "until": None,
            "date": when.isoformat(),
            "utc": when.astimezone(UTC).isoformat(),
            "answers": orig.dt.astimezone(UTC).isoformat(),
        }
    )


p = P("Marc Reuter", "marc.reuter@reuter-sarl.example")
receipt("reuter-lu", p, kyc("a-reuter", p, "Monsieur Reuter", date="2027-03-02 11:30"), 42, True)
p = P("Christine Lambert", "c.lambert@lambert-sante.example")
receipt("lambert-remis", p, fiscal("a-clambert", MC, p, "Madame Lambert", date="2027-03-03 11:40"), 1, False)
