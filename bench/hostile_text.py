"""The slowest reading of hostile text: what one crafted message costs the workers that read it.

A reply is read twice: by the sync worker (`analyse_email`: MIME, kind, bounce, return date, new text, opt-out) and by
the intelligence worker (the intent rules and the learnt model, `offline_intents`, on the new text). A pattern that
backtracks over a long run of the characters it accepts ("a.a.a.…", a run of dashes, a name repeated thousands of
times) costs the square of the run's length: one message of a few hundred kilobytes could hold a worker for
minutes, then the next worker that takes the message again. This prints, for each shape of hostile text at each size,
the CPU time of each reading, and the slowest beside its target (2 s a message at 400,000 characters). The intent
reader reads a reply's first `READ_AT_MOST` characters; the analysis reads the whole message.

    .venv/bin/python bench/hostile_text.py                 # 40,000 and 400,000 characters
    .venv/bin/python bench/hostile_text.py --sizes 100000

Exit 1 when the slowest reading is above the target. Nothing here is a test: a speed is a benchmark.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable

from relance.analysis.pipeline import analyse_email
from relance.intelligence import intent

TARGET_SECONDS = 2.0
TARGET_SIZE = 400_000
DAY = dt.date(2027, 3, 1)
FILLER = "Je vous remercie pour votre message, nous en parlerons la semaine prochaine avec mon associé. "


def shapes(n: int) -> dict[str, str]:
    """Hostile new texts of about `n` characters, each a run some pattern could backtrack over."""
    return {
        "a name, then a run of letters": "Merci de contacter ma collègue Sophie Martin " + "a" * n,
        "a referral, then a.a.a.": "Please contact my colleague Sophie Martin, " + "a." * (n // 2) + "\n" + FILLER * 5,
        "a referral, then spaces": "Please contact my colleague" + " " * n + "Sophie Martin sophie@x.example",
        "one name repeated": "Please contact " + "Sophie " * (n // 7),
        "a capitalised word repeated": "Contactez " + "Martin " * (n // 7),
        "a run of dashes": "Contactez " + "-" * n,
        "a run of apostrophes": "Contact " + "'" * n,
        "a run of newlines": "Contactez ma collègue" + "\n" * n + "Sophie",
        "quote marks": "> " * (n // 2),
        "addresses glued": "a@" * (n // 2),
        "header lines": "De : a <a@b.example>\nEnvoyé : lundi\n" * (n // 36),
    }


def raw(body: str, subject: str = "Re: votre proposition", sender: str = "Bob <bob@x.example>") -> bytes:
    head = (
        f"From: {sender}\r\nTo: alice@firm.example\r\nSubject: {subject}\r\nDate: Mon, 1 Mar 2027 10:00:00 +0000\r\n"
        "Message-ID: <1@x.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return head.encode() + body.encode()


def cpu(read: Callable[[str], object], text: str) -> float:
    start = time.process_time()
    read(text)
    return time.process_time() - start


def _analysis(text: str) -> object:
    return analyse_email(raw(text))


def _subject(text: str) -> object:
    return analyse_email(raw("Merci.", subject="Re:" + text.replace("\n", " ")))


def _intent(text: str) -> object:
    return intent.offline_intents([(text, "Re: x", DAY)], model=None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=f"40000,{TARGET_SIZE}", help="characters of hostile text, comma-separated")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    worst_at_target = 0.0
    print(f"{'hostile text':<32} {'size':>8} {'analysis':>10} {'intent':>10}")
    for size in sizes:
        for name, text in shapes(size).items():
            analysis, subject, reading = cpu(_analysis, text), cpu(_subject, text), cpu(_intent, text)
            slowest = max(analysis, subject, reading)
            if size >= TARGET_SIZE:
                worst_at_target = max(worst_at_target, slowest)
            print(f"{name:<32} {size:>8,} {max(analysis, subject):>9.3f}s {reading:>9.3f}s", flush=True)
    if TARGET_SIZE not in sizes:
        print(f"(the target is read at {TARGET_SIZE:,} characters, which this run did not measure)")
        return 0
    verdict = "met" if worst_at_target <= TARGET_SECONDS else "MISSED"
    print(
        f"slowest reading at {TARGET_SIZE:,} characters: {worst_at_target:.3f} s "
        f"(target <= {TARGET_SECONDS} s): {verdict}"
    )
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    sys.exit(main())
