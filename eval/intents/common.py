"""The case constructor shared by every split, and the dates and quoted threads as mail clients print them, shared
by heldout8.py to heldout11.py (each of their authors copied them from heldout8.py)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

DEFAULT_SENT = "2026-10-14"  # a Wednesday


def C(
    lang: str,
    label: str,
    text: str,
    *,
    sent: str = DEFAULT_SENT,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    case: dict[str, Any] = {"lang": lang, "label": label, "sent": sent, "text": text}
    if label == "not_now":
        case["until"] = until
    elif until is not None:
        raise ValueError("only not_now carries a date")
    if referral is not None:
        case["referral"] = {"name": referral[0], "address": referral[1]}
    return case


def write_split(name: str, cases: list[dict[str, Any]], argv: list[str]) -> None:
    """`python <name>.py DIR`: writes DIR/cases.json, the cases in their order with ids `<name>-NNN` and the split
    `heldout5` (the held-out split the evaluator scores)."""
    if len(argv) != 2:
        sys.exit(f"usage: python {name}.py DIR")
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    written = [{"id": f"{name}-{n:03d}", "split": "heldout5", **case} for n, case in enumerate(cases, 1)]
    (out / "cases.json").write_text(json.dumps(written, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(written)} cases written to {out / 'cases.json'}")


# --------------------------------------------------------------------------- dates as mail clients print them

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
FR_MONTHS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _ampm(hm: str) -> str:
    h, m = (int(x) for x in hm.split(":"))
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def when(style: str, d: date, hm: str) -> str:
    wd, mo = d.weekday(), d.month - 1
    if style in ("outlook_fr", "owa_fr", "android_fr"):
        return f"{FR_DAYS[wd]} {d.day} {FR_MONTHS[mo]} {d.year} {hm}"
    if style == "outlook_qc":
        return f"{d.day} {FR_MONTHS[mo]} {d.year} {hm.replace(':', ' h ')}"
    if style == "gmail_fr":
        return f"{FR_DAYS_AB[wd]} {d.day} {FR_MONTHS_AB[mo]} {d.year} à {hm}"
    if style in ("apple_fr", "iphone_fr"):
        return f"{d.day} {FR_MONTHS_AB[mo]} {d.year} à {hm}"
    if style in ("outlook_us", "orig_us"):
        return f"{EN_DAYS[wd]}, {EN_MONTHS[mo]} {d.day}, {d.year} {_ampm(hm)}"
    if style in ("outlook_en", "orig_en"):
        return f"{d.day:02d} {EN_MONTHS[mo]} {d.year} {hm}"
    if style == "gmail_us":
        return f"{EN_DAYS[wd][:3]}, {EN_MONTHS[mo][:3]} {d.day}, {d.year} at {_ampm(hm)}"
    if style == "gmail_en":
        return f"{EN_DAYS[wd][:3]}, {d.day} {EN_MONTHS[mo][:3]} {d.year} at {hm}"
    if style == "apple_en":
        return f"{d.day} {EN_MONTHS[mo][:3]} {d.year}, at {hm}"
    raise ValueError(style)


def quoted(lines: str) -> str:
    return "\n".join(("> " + ln) if ln else ">" for ln in lines.split("\n"))


def block(style: str, frm: str, to: str, subj: str, d: date, hm: str, body: str) -> str:
    """One earlier message as the prospect's mail client shows it under the reply."""
    w = when(style, d, hm)
    if style == "outlook_fr":
        return f"\n\nDe : {frm}\nEnvoyé : {w}\nÀ : {to}\nObjet : {subj}\n\n{body}"
    if style == "outlook_qc":
        return f"\n\nDe : {frm}\nEnvoyé : {w}\nÀ : {to}\nObjet : {subj}\n\n{body}"
    if style == "owa_fr":
        return f"\n\n________________________________\nDe : {frm}\nEnvoyé : {w}\nÀ : {to}\nObjet : {subj}\n\n{body}"
    if style == "android_fr":
        return f"\n\n\n-------- Message d'origine --------\nDe : {frm}\nDate : {w}\nÀ : {to}\nObjet : {subj}\n\n{body}"
    if style == "gmail_fr":
        return f"\n\nLe {w}, {frm} a écrit :\n\n{quoted(body)}"
    if style == "apple_fr":
        return f"\n\n> Le {w}, {frm} a écrit :\n>\n{quoted(body)}"
    if style == "iphone_fr":
        return f"\n\nEnvoyé de mon iPhone\n\n> Le {w}, {frm} a écrit :\n>\n{quoted(body)}"
    if style in ("outlook_en", "outlook_us"):
        return f"\n\nFrom: {frm}\nSent: {w}\nTo: {to}\nSubject: {subj}\n\n{body}"
    if style in ("orig_en", "orig_us"):
        return f"\n\n-----Original Message-----\nFrom: {frm}\nSent: {w}\nTo: {to}\nSubject: {subj}\n\n{body}"
    if style in ("gmail_en", "gmail_us"):
        return f"\n\nOn {w} {frm} wrote:\n\n{quoted(body)}"
    if style == "apple_en":
        return f"\n\n> On {w}, {frm} wrote:\n>\n{quoted(body)}"
    raise ValueError(style)
