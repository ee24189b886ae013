"""What a follow-up the engine sends looks like on the wire, through the Graph and Gmail sandboxes, as its recipient
sees it: thread, subject, recipients, text, marker header, timing, and what the sync makes of its Sent copy. Written
blind to the implementation, from the texts alone.

What was read: ../shared/DESIGN.md, ../shared/BEHAVIOUR.md (R1-R16), ../shared/reference/mail-protocols.md (cited by
its source keys: M-CREP, G-MSGRES, RFC5322 …), ../shared/reference/followup-products.md, ../shared/STYLE.md,
README.md, the test harness (tests/conftest.py, tests/pg.py, tests/story.py, tests/e2e/helpers.py,
tests/e2e/conftest.py, tests/sandbox/conftest.py), the sandboxes' code (workers/relance/sandbox/*), the CLI's
`--help`, the first 200 lines of tests/test_provider_protocols_blind.py, and the catalog (`\\d+` of team_settings,
mailboxes, suppressions, followups, manual_followups; `\\df` of track_message, create_followup_template,
confirm_mailbox_signature). Never the worker's code, sql/, supabase/ nor other tests. Slips: none.

How the tests drive things: each test builds tests/e2e/helpers.py's world (Alice's Outlook mailbox or her Gmail
mailbox, a fresh database), then plays the user's own mail client on the sandbox (a message that leaves Alice's
mailbox with no x-relance header: the sandbox's own `send_by_hand` path, extended here with Cc and Bcc by calling the
same sandbox functions it calls), mail from outside through the control interface (`deliver`, `deliver_reply`,
`deliver_bounce`), and the engine through the real worker as its own process (`relance worker --once --now
<sandbox clock> --loops sync|send`), with pg_cron's tick played by `worker.run_followup_scheduler(p_now)` at the
sandbox's instant. What left the mailbox is read from the sandbox's outbox (`control.sent`: headers as sent, the
decoded subject, To/Cc, text and HTML bodies, sent instant on the sandbox clock) and, for encodings, from the raw
bytes the sandbox stored. An engine send is one carrying the `X-Relance-Followup-Id` header R9 names.

Instants: the sandbox clock starts at tests.conftest.START, Monday 7 January 2030 08:00 UTC; defaults are 07:00-18:00
Monday-Friday UTC, 4 working hours, 3 follow-ups (BEHAVIOUR.md's table). A tracked email sent at 08:00 has its first
follow-up due at 12:00, its second at 16:00, its third on Tuesday at 09:00 (16:00 + 4 h: two hours on Monday, two on
Tuesday from 07:00). No test reads today's date or asserts a speed.

Where the texts are silent and a demanding user's expectation was used instead, the docstring says so.

Judged after the run (the maintainer's note): of 68 tests, 6 failed, all mended: To/Cc roles (both providers), the
space lost between two encoded words of a long accented Gmail subject (the worker's folding, and the Gmail sandbox's
own re-serialisation), an unsigned built-in text (both providers: it signs with the mailbox's name until a signature
is confirmed), and the Gmail follow-up's missing quote. The Graph sandbox's createReply now escapes the quote header,
nests only the parent's body and keeps other prefixes ("RE: TR: X"). Four engine-only scenarios run on one provider
each (marked), to keep the suite short.

Sandbox notes as written (not worked around silently): the Graph sandbox's createReply writes the parent's subject
and sender name into the quote header's HTML unescaped (`<b>Subject:</b> {subject}`) and nests the parent's whole
`<html><body>` inside the reply's body, so the template test judges only the follow-up's own HTML, before the quote;
the text/plain part the Graph sandbox derives from an HTML body keeps entities (`l&#39;occasion`), so tests read the
HTML part through html.unescape; the Graph sandbox's createReply strips every prefix of the parent's subject ("RE: TR:
X" gives "RE: X"; Outlook gives "RE: TR: X"), which the subject test tolerates (it compares topics);
`control.send_by_hand` takes no Cc nor Bcc, so `user_sends` calls the same sandbox functions it calls
(`GraphService._new_draft`/`_send`, `GmailService._send_raw`) with them; the Gmail sandbox re-serialises the raw
message it was given before storing it, so raw-byte checks on Gmail read the sandbox's copy, while the outbox's
decoded subject is parsed from the worker's own bytes.
"""

from __future__ import annotations

import datetime as dt
import email.header
import html
import re
import subprocess
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from relance.sandbox import RunningSandbox, mime
from relance.sandbox.web import DropConnection, Request, Response
from tests.conftest import START
from tests.e2e.helpers import ALICE, World, build_either, provider_of, run_worker_pass
from tests.pg import acting_as

Addr = tuple[str, str]

BOB: Addr = ("Bob Prospect", "bob@prospect.example")
HELOISE: Addr = ("Héloïse Lefèvre", "heloise.lefevre@famille-lefevre.fr")
JB: Addr = ("Jean-Baptiste Lefèvre", "jb.lefevre@famille-lefevre.fr")
CAROL: Addr = ("Carole Dupré", "carole.dupre@notaires-associes.fr")
NOTAIRE: Addr = ("Maître Rousseau", "rousseau@etude-rousseau.fr")
PAUL: Addr = ("Paul Girard", "paul.girard@contoso.com")  # Alice's colleague: the team's own domain
AUDIT: Addr = ("Conformité", "archive@crm-vault.example")  # the Bcc a firm keeps for its CRM

MON = START  # Monday 2030-01-07 08:00 UTC

REPLY_PREFIX = re.compile(r"^\s*(re|aw|sv|antw)\s*:\s*", re.IGNORECASE)
ANY_PREFIX = re.compile(r"^\s*(re|fw|fwd|tr|aw|wg)\s*:\s*", re.IGNORECASE)


def iso(text: str) -> str:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC).isoformat()


# --------------------------------------------------------------------------------------- the world


@pytest.fixture(params=["graph", "gmail"])
def world(
    request: pytest.FixtureRequest, sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]
) -> Iterator[World]:
    built = build_either(request.param, sandbox, db_url, conn)
    yield built
    built.worker_conn.close()


provider = provider_of


def run_worker(world: World, *loops: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """``relance worker --once`` on the sandbox's clock (tests/e2e's way), in this process."""
    return run_worker_pass(world, *loops, check=check)


def at(world: World, when: str) -> None:
    world.control.set_clock(iso(when))


def sync(world: World) -> None:
    run_worker(world, "sync")


def tick_and_send(world: World, when: str | None = None) -> None:
    """pg_cron's tick, then a sending pass of the worker, at ``when`` (the sandbox clock)."""
    if when:
        at(world, when)
    world.schedule()
    run_worker(world, "send")


def engine_sent(world: World) -> list[dict[str, Any]]:
    return [m for m in world.control.sent(ALICE) if "x-relance-followup-id" in m["headers"]]


def user_sends(
    world: World,
    to: list[Addr],
    subject: str,
    text: str,
    cc: list[Addr] | None = None,
    bcc: list[Addr] | None = None,
    in_reply_to: str | None = None,
) -> dict[str, Any]:
    """Alice sends from her own client (Outlook or Gmail's web UI): no x-relance header. With ``in_reply_to`` the
    client keeps the conversation as it does for a reply (Outlook: Thread-Index; Gmail: threadId and headers)."""
    sb = world.sandbox.sandbox
    now = world.now()
    if provider(world) == "graph":
        graph = sb.graph
        box = graph.require_mailbox(ALICE)
        with sb.world.lock:
            parents = box.by_internet_id(in_reply_to) if in_reply_to else []
            parent = parents[0] if parents else None
            draft = graph._new_draft(box, now, parent)
            draft.subject = subject
            draft.body_type, draft.body = "text", text
            draft.to, draft.cc, draft.bcc = list(to), list(cc or []), list(bcc or [])
        graph._send(box, draft, now, via="outlook.by_hand", reply_to_id=None if parent else in_reply_to)
    else:
        gmail = sb.gmail
        gbox = gmail.require_mailbox(ALICE)
        thread_id, refs = None, []
        with sb.world.lock:
            for message in gbox.messages.values():
                if in_reply_to and message.rfc822_id == in_reply_to:
                    thread_id = message.thread_id
                    refs = mime.msgids(str(message.parsed.get("References") or ""))
        built = mime.build(
            sender=("Alice Martin", ALICE),
            to=list(to),
            cc=list(cc or []) or None,
            subject=subject,
            text=text,
            date=now,
            msg_id=mime.message_id("mail.gmail.com"),
            in_reply_to=in_reply_to,
            references=mime.reply_chain(in_reply_to, refs) if in_reply_to else None,
        )
        if bcc:
            built["Bcc"] = ", ".join(mime.format_address(a) for a in bcc)
        gmail._send_raw(gbox, mime.to_bytes(built), thread_id, via="gmail.by_hand")
    return dict(world.control.sent(ALICE)[-1])


def track(world: World, to: list[Addr], subject: str, text: str, **kw: Any) -> dict[str, Any]:
    """Alice's email, sent by hand and seen by the engine (sync): tracked by R1's policy `auto`."""
    sent = user_sends(world, to, subject, text, **kw)
    sync(world)
    return sent


def recipients(message: dict[str, Any]) -> set[str]:
    return {a.lower() for a in [*message["to"], *message["cc"]]}


def shown_text(message: dict[str, Any]) -> str:
    """What the recipient reads: the HTML part as text when there is one (the sandbox's own text part of a Graph
    message is its HTML with tags stripped but entities kept, so it is read through html.unescape), else the text."""
    if message.get("body_html"):
        return html.unescape(mime.html_to_text(message["body_html"]))
    return str(message["body_text"])


def new_text(message: dict[str, Any]) -> str:
    """The follow-up's own words: what comes before the quoted original (Graph's reply header, or a quote mark)."""
    text = shown_text(message)
    for marker in ("\nFrom: ", "\nDe : ", "\nDe: ", "\n-----", "\n> ", "\nLe ", "\nOn "):
        if marker in text:
            text = text.split(marker, 1)[0]
    return text.strip()


def greeting(message: dict[str, Any]) -> str:
    return next(line.strip() for line in new_text(message).splitlines() if line.strip())


def raw_of(world: World, message: dict[str, Any]) -> bytes:
    sb = world.sandbox.sandbox
    with sb.world.lock:
        if provider(world) == "graph":
            found = sb.graph.require_mailbox(ALICE).find(message["provider_message_id"])
            assert found is not None and found.raw is not None
            return bytes(found.raw)
        return bytes(sb.gmail.require_mailbox(ALICE).messages[message["provider_message_id"]].raw)


def decoded_header(raw: bytes, name: str) -> str:
    parsed = mime.parse(raw)
    return str(parsed.get(name) or "")


def mailbox_status(world: World) -> str:
    row = world.conn.execute("select status::text from public.mailboxes where id = %s", (world.mailbox_id,)).fetchone()
    assert row is not None
    return str(row[0])


def tracked_row(world: World) -> dict[str, Any]:
    rows = world.tracked()
    assert rows, "the email was not tracked"
    return rows[0]


def lose_next_send_response(world: World) -> dict[str, int]:
    """The provider accepts the next send and the worker never hears back (the connection drops after the
    provider acted): the case R9 names, "a worker crashes mid-send"."""
    sb = world.sandbox.sandbox
    original = sb._route
    state = {"dropped": 0}
    graph = provider(world) == "graph"

    def route(request: Request) -> Response:
        path, method = request.path, request.method
        response = original(request)
        is_send = method == "POST" and (path.endswith("/send") if graph else path.endswith("/messages/send"))
        if is_send and state["dropped"] == 0 and response.status < 300:
            state["dropped"] += 1
            raise DropConnection()
        return response

    sb._route = route  # type: ignore[method-assign]
    return state


PLACEHOLDER = re.compile(r"\{\{|\}\}|\{[a-z_]+\}|%s|%\([a-z_]+\)s|\[\[|\]\]|\bNone\b|\bnull\b|\bundefined\b")


# --------------------------------------------------------------------------------------- in the same thread


def test_followup_is_a_reply_in_the_same_conversation(world: World) -> None:
    """BEHAVIOUR.md R9: "sends the follow-up as a reply in the same thread (Graph: `createReply`, edit, `send`;
    Gmail: same `threadId`, `In-Reply-To`, `References` and subject). Identity (follow-up id in an
    `X-Relance-Followup-Id` header …) is stored before sending." mail-protocols.md §4 (RFC5322): "`In-Reply-To` = the
    parent's `Message-ID`. `References` = the parent's `References` … followed by the parent's `Message-ID`"."""
    sent = track(world, [BOB], "Proposition d'allocation", "Bonjour Bob,\n\nVoici notre proposition.\n\nAlice")
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    assert fu["thread_id"] == sent["thread_id"]
    assert fu["in_reply_to"] == sent["internet_message_id"]
    assert fu["references"] and fu["references"][-1] == sent["internet_message_id"]
    assert REPLY_PREFIX.match(fu["subject"]) and ANY_PREFIX.sub("", fu["subject"]) == "Proposition d'allocation"
    [row] = [f for f in world.followups() if f["seq"] == 1]
    assert fu["headers"]["x-relance-followup-id"].strip() == str(row["id"])
    assert row["internet_message_id"] == fu["internet_message_id"].strip()
    assert fu["sent_at"] == "2030-01-07T12:00:00Z"


@pytest.mark.parametrize(
    "subject",
    [
        "RE: TR: Proposition d'allocation – M. Lefèvre",
        "Re : Votre dossier de succession – Mme Bérénice Dupré-Laforêt",
        "TR: Rapport annuel 2029 — fonds « Horizon Équilibre »",
        "Fwd: Lettre de mission (version signée)",
    ],
    ids=["RE-TR", "Re-space-colon", "TR", "Fwd"],
)
def test_subject_keeps_one_reply_prefix_and_its_accents(world: World, subject: str) -> None:
    """R9: Gmail's follow-up keeps the "subject"; mail-protocols.md §4: "when replying set all of: provider thread
    handle …, `In-Reply-To`, `References`, and an unchanged `Re: <subject>`"; followup-products.md §3.6: "Faked 'Re:'
    … can be quarantined", and "some tools need byte-identical subjects". A demanding user's reading: one reply
    prefix, never "Re: RE:" or "RE: Re :", the topic with its accents and dashes intact."""
    sent = track(world, [JB], subject, "Bonjour Jean-Baptiste,\n\nCi-joint le document.\n\nAlice")
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    assert fu["thread_id"] == sent["thread_id"]
    got = fu["subject"]
    assert REPLY_PREFIX.match(got), got
    after_one = REPLY_PREFIX.sub("", got, count=1)
    assert not REPLY_PREFIX.match(after_one), f"doubled reply prefix: {got!r}"
    assert mime.normalize_subject(got) == mime.normalize_subject(subject), got
    assert decoded_header(raw_of(world, fu), "Subject") == got


def test_non_ascii_subject_is_encoded_on_the_wire(world: World) -> None:
    """RFC 5322 headers are ASCII; non-ASCII text travels as RFC 2047 encoded words (or UTF-8 under SMTPUTF8).
    README: R16's texts are French; a subject "Allocation d'actifs – Mme Hélène Œuvray" must reach the client as
    written, not as mojibake."""
    subject = "Allocation d'actifs – Mme Hélène Œuvray"
    track(world, [HELOISE], subject, "Bonjour Héloïse,\n\nVoici la note.\n\nAlice")
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    raw = raw_of(world, fu)
    head = raw.split(b"\r\n\r\n", 1)[0]
    head.decode("utf-8")  # ASCII (RFC 2047) or UTF-8 (RFC 6532): never another charset's bytes
    assert "Ã" not in fu["subject"] and "Hélène Œuvray" in fu["subject"]
    decoded = str(email.header.make_header(email.header.decode_header(decoded_header(raw, "Subject"))))
    assert "Hélène Œuvray" in decoded


def test_second_followup_answers_the_first_and_chains_references(world: World) -> None:
    """README: "the follow-up answers the last message written to the person (`private.followup_context`)";
    mail-protocols.md §4 (RFC5322): References = parent's References followed by the parent's Message-ID; G-2019:
    "an incoming `References` header, if present, must reference earlier Message-IDs"."""
    sent = track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice")
    tick_and_send(world, "2030-01-07T12:00")
    sync(world)
    tick_and_send(world, "2030-01-07T16:00")
    first, second = engine_sent(world)
    assert second["thread_id"] == sent["thread_id"]
    assert second["in_reply_to"] == first["internet_message_id"].strip()
    assert second["references"][-2:] == [sent["internet_message_id"], first["internet_message_id"].strip()]
    assert mime.normalize_subject(second["subject"]) == "Proposition"
    assert not REPLY_PREFIX.match(REPLY_PREFIX.sub("", second["subject"], count=1))


def test_long_reference_chain_of_a_tracked_reply_is_kept(world: World, conn: psycopg.Connection[Any]) -> None:
    """R1: "A user can also track any sent message on request"; R9: the follow-up carries `References` (RFC5322:
    the parent's References followed by the parent's Message-ID). A wealth-management thread: the client wrote,
    Alice answered, the client answered, Alice answered with the proposal and asked for it to be tracked. The
    follow-up's References must hold the whole chain, in order, ending with Alice's last message."""
    first = user_sends(world, [BOB], "Projet immobilier à Biarritz", "Bonjour Bob,\n\nUn premier point.\n\nAlice")
    chain = [first["internet_message_id"]]
    last_id = first["internet_message_id"]
    for n in range(3):
        at(world, f"2030-01-07T08:{10 + n * 10:02d}")
        reply = world.control.deliver_reply(ALICE, f"{BOB[0]} <{BOB[1]}>", last_id, f"Merci, question {n}.")
        chain.append(reply["internet_message_id"])
        at(world, f"2030-01-07T08:{15 + n * 10:02d}")
        mine = user_sends(
            world,
            [BOB],
            "RE: Projet immobilier à Biarritz",
            f"Réponse {n}.\n\nAlice",
            in_reply_to=reply["internet_message_id"],
        )
        chain.append(mine["internet_message_id"])
        last_id = mine["internet_message_id"]
    sync(world)
    row = conn.execute(
        "select id from public.messages where mailbox_id = %s and internet_message_id = %s",
        (world.mailbox_id, last_id),
    ).fetchone()
    assert row is not None
    with acting_as(conn, "authenticated", world.owner_id, commit=True) as c:
        c.execute("select public.track_message(%s)", (row[0],))
    # tracked at the click: due 4 working hours later at most; send at the end of the day
    tick_and_send(world, "2030-01-07T17:30")
    sent = engine_sent(world)
    assert len(sent) == 1, [m["subject"] for m in sent]
    fu = sent[0]
    assert fu["in_reply_to"] == last_id
    refs = fu["references"]
    assert refs[-1] == last_id
    assert [r for r in refs if r in chain] == chain, refs


# --------------------------------------------------------------------------------------- who it goes to


def test_followup_goes_to_the_original_to_and_cc_never_to_the_user(world: World) -> None:
    """R9: "a reply in the same thread"; the brief's demanding user: the client's notary in Cc of the proposal is
    in Cc of its follow-up, and the follow-up is never addressed to the user herself (Graph's createReply on a
    message Alice sent addresses Alice, M-REP: "Honors `replyTo` of the original"), even when she had copied
    herself."""
    track(
        world,
        [JB],
        "Proposition d'allocation – M. Lefèvre",
        "Bonjour Jean-Baptiste,\n\nVoici la proposition.\n\nAlice",
        cc=[CAROL, ("Alice Martin", ALICE)],
    )
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    assert JB[1] in [a.lower() for a in fu["to"]], fu["to"]
    assert CAROL[1] in recipients(fu), (fu["to"], fu["cc"])
    assert ALICE not in recipients(fu), (fu["to"], fu["cc"])


def test_to_and_cc_keep_their_roles(world: World) -> None:
    """README ("Who answered, and who is a colleague"): the follow-up waits for the people "outside the team" it was
    written to, and "answers the last message written to the person"; R9: "a reply in the same thread". The texts
    do not say how To and Cc are laid out; a demanding user expects what Outlook's and Gmail's "Reply all" to one's
    own message give: the client stays the addressee (To), the notary and the colleague Alice copied stay in Cc,
    and nobody in copy is promoted to addressee of a reminder ("Avez-vous eu l'occasion …" to one's own colleague)."""
    track(
        world,
        [JB],
        "Bilan patrimonial",
        "Bonjour Jean-Baptiste,\n\nLe bilan.\n\nAlice",
        cc=[CAROL, PAUL],
    )
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    assert [a.lower() for a in fu["to"]] == [JB[1]], (fu["to"], fu["cc"])
    assert CAROL[1] in [a.lower() for a in fu["cc"]], (fu["to"], fu["cc"])


def test_bcc_recipients_never_leak_into_headers(world: World) -> None:
    """The brief: "not Bcc recipients leaked into headers". A firm's Bcc to its CRM vault was invisible on the
    original; a follow-up that writes it in To or Cc shows every client the firm's archive address."""
    track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice", bcc=[AUDIT])
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    assert AUDIT[1] not in recipients(fu)
    head = raw_of(world, fu).split(b"\r\n\r\n", 1)[0].lower()
    assert AUDIT[1].encode() not in head


def test_suppressed_cc_is_not_written_to(world: World, conn: psycopg.Connection[Any]) -> None:
    """R8: "Nothing is ever sent to a suppressed address". Carole (in Cc) is put on the team's suppression list by
    hand after the tracked email left (suppressions: "Members add addresses by hand", reason `manual`)."""
    track(world, [JB], "Proposition", "Bonjour Jean-Baptiste,\n\nLa proposition.\n\nAlice", cc=[CAROL])
    with acting_as(conn, "authenticated", world.owner_id, commit=True) as c:
        c.execute(
            "insert into public.suppressions (team_id, address, reason) values (%s, %s, 'manual')",
            (world.team_id, CAROL[1]),
        )
    tick_and_send(world, "2030-01-07T12:00")
    for fu in engine_sent(world):
        assert CAROL[1] not in recipients(fu), (fu["to"], fu["cc"])


def test_bounced_cc_is_not_written_to_again(world: World) -> None:
    """R7: a report that fails some recipients permanently: "the address is marked undeliverable for the team";
    R8/R9: the claim refuses a suppressed address, "Nothing is ever sent to a suppressed address". Carole's address
    bounced; Jean-Baptiste's did not, so the email stays tracked, and its follow-up must not go to Carole."""
    sent = track(world, [JB], "Proposition", "Bonjour Jean-Baptiste,\n\nLa proposition.\n\nAlice", cc=[CAROL])
    at(world, "2030-01-07T08:05")
    world.control.deliver_bounce(ALICE, sent["internet_message_id"], recipients=[CAROL[1]])
    sync(world)
    assert tracked_row(world)["status"] == "active"
    tick_and_send(world, "2030-01-07T12:00")
    sent_fus = engine_sent(world)
    assert sent_fus, "the follow-up to Jean-Baptiste should still leave"
    for fu in sent_fus:
        assert CAROL[1] not in recipients(fu), (fu["to"], fu["cc"])


def test_forward_to_the_notary_in_the_thread_is_not_what_the_followup_answers(world: World) -> None:
    """README: "forwarding the proposal to a colleague or the notary (Outlook and Gmail keep a forward in the
    conversation) neither moves the follow-up nor counts toward the maximum, and the follow-up answers the last
    message written to the person …, never that forward, whose note to a colleague Graph's reply would quote and
    whose 'TR:' Gmail's subject would carry"."""
    sent = track(world, [JB], "Proposition d'allocation", "Bonjour Jean-Baptiste,\n\nLa proposition.\n\nAlice")
    at(world, "2030-01-07T09:00")
    user_sends(
        world,
        [NOTAIRE],
        "TR: Proposition d'allocation",
        "Maître, pour info : le client hésite, sa fille conteste la donation. Confidentiel.\n\nAlice",
        in_reply_to=sent["internet_message_id"],
    )
    sync(world)
    row = tracked_row(world)
    assert row["manual_detected"] == 0
    assert row["next_due_at"] == dt.datetime(2030, 1, 7, 12, 0, tzinfo=dt.UTC)
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    assert NOTAIRE[1] not in recipients(fu)
    assert fu["in_reply_to"] == sent["internet_message_id"]
    assert not fu["subject"].upper().lstrip().startswith(("TR", "RE: TR"))
    assert "conteste la donation" not in shown_text(fu)


# --------------------------------------------------------------------------------------- what it says


def test_greeting_uses_the_first_name_with_its_accents(world: World) -> None:
    """README (R16): `{{recipient_first_name}}` is "the name the user greeted the person by ("Bonjour Bob,")";
    the built-in French text applies without templates. Héloïse must read "Héloïse", encoded correctly."""
    track(world, [HELOISE], "Votre bilan", "Bonjour Héloïse,\n\nVotre bilan est prêt.\n\nAlice")
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    assert greeting(fu).startswith("Bonjour Héloïse"), greeting(fu)
    raw = raw_of(world, fu)
    body = mime.text_of(mime.parse(raw))
    assert "Héloïse" in html.unescape(body)


def test_formal_salutation_gives_no_first_name(world: World) -> None:
    """README (R16): "no first name after a formal salutation ("Bonjour Maître Martin,", …)"; "A placeholder
    without a value disappears with the spaces before it". A notary greeted "Maître" is never "Bonjour
    Jean-Baptiste," in the follow-up."""
    track(world, [JB], "Acte de donation", "Bonjour Maître Lefèvre,\n\nVeuillez trouver le projet.\n\nAlice")
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    assert "Jean" not in greeting(fu) and "Baptiste" not in greeting(fu), greeting(fu)
    assert not PLACEHOLDER.search(shown_text(fu)), shown_text(fu)


def test_contradicting_greeting_and_desk_address_get_a_neutral_greeting(world: World) -> None:
    """README (R16): "A greeting that contradicts the display name ("Bonjour Bob," to Robert Martin) gives none";
    "never a role or a firm such as "Service client""."""
    track(world, [("Robert Martin", "robert.martin@prospect.example")], "Offre", "Bonjour Bob,\n\nL'offre.\n\nAlice")
    at(world, "2030-01-07T08:01")
    track(
        world,
        [("Service Gestion Privée", "gestion@banque.example")],
        "Transfert",
        "Madame, Monsieur,\n\nLe transfert.\n\nAlice",
    )
    tick_and_send(world, "2030-01-07T12:01")
    sent = engine_sent(world)
    assert len(sent) == 2
    for fu in sent:
        g = greeting(fu)
        assert not re.search(r"\b(Bob|Robert|Service|Gestion)\b", g), g
        assert not PLACEHOLDER.search(g), g


def test_english_email_gets_an_english_followup(world: World) -> None:
    """R16: "in the language of the tracked email"; "Without templates, the built-in French and English texts
    apply"; README: "The worker detects the language of what the user sent"."""
    track(
        world,
        [("Emily Chen", "emily.chen@familyoffice.example")],
        "Portfolio review",
        "Hi Emily,\n\nPlease find attached the portfolio review we discussed on Thursday. Let me know whether the "
        "allocation suits your family's objectives.\n\nKind regards,\nAlice",
    )
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    words = new_text(fu)
    assert not re.search(r"\b(Bonjour|cordialement|vous)\b", words), words
    assert greeting(fu).startswith(("Hi Emily", "Hello Emily", "Dear Emily")), greeting(fu)


def test_template_values_escaped_and_no_placeholder_left(world: World, conn: psycopg.Connection[Any]) -> None:
    """README (R16): placeholders `{{recipient_first_name}}`, `{{company}}`, `{{original_subject}}` …; "an optional
    segment `[[ chez {{company}}]]` disappears whole when one of its values is missing"; "values are always escaped"
    in the HTML body. followup-products.md §4.14: "Fail closed on unresolved variables"."""
    with acting_as(conn, "authenticated", world.owner_id, commit=True) as c:
        c.execute(
            "select public.create_followup_template(%s, 1, 'fr', %s)",
            (
                world.team_id,
                "Bonjour {{recipient_first_name}},\n\nJe reviens vers vous au sujet de « {{original_subject}} »"
                "[[ chez {{company}}]].\n\nBien à vous,\n{{signature}}",
            ),
        )
    subject = "Allocation 60/40 & <fonds> € – M. Lefèvre"
    track(world, [JB], subject, "Bonjour Jean-Baptiste,\n\nNotre proposition.\n\nAlice")
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    text = shown_text(fu)
    assert "« Allocation 60/40 & <fonds> € – M. Lefèvre »." in text, text
    assert not PLACEHOLDER.search(new_text(fu)), new_text(fu)
    assert "chez" not in new_text(fu)
    if fu.get("body_html"):
        own_html = re.split(r"<hr>|divRplyFwdMsg|gmail_quote|<blockquote", fu["body_html"])[0]
        assert "<fonds>" not in own_html and "&lt;fonds&gt;" in own_html, own_html


def test_builtin_text_has_no_placeholder_and_is_signed(world: World) -> None:
    """README (R16): "Every follow-up is signed: a template that does not place `{{signature}}` gets the mailbox's
    confirmed signature at its end"; R16: "with the mailbox's signature". Alice has not confirmed a signature yet:
    a demanding user still expects the follow-up to carry her name (`{{sender_name}}` exists), not to end on a bare
    "Bien cordialement,"."""
    track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice Martin\nConseillère patrimoniale")
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    words = new_text(fu)
    assert not PLACEHOLDER.search(words), words
    assert "Alice" in words, f"unsigned follow-up: {words!r}"


def test_confirmed_signature_is_at_the_end_of_the_followup(world: World, conn: psycopg.Connection[Any]) -> None:
    """README (R16): "a template that does not place `{{signature}}` gets the mailbox's confirmed signature at its
    end"; `confirm_mailbox_signature(p_mailbox_id, p_text, p_html)`."""
    with acting_as(conn, "authenticated", world.owner_id, commit=True) as c:
        c.execute(
            "select public.confirm_mailbox_signature(%s, %s)",
            (world.mailbox_id, "Alice Martin\nConseillère en gestion de patrimoine\nCabinet Contoso – 01 23 45 67 89"),
        )
    track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice")
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    words = new_text(fu)
    assert "Conseillère en gestion de patrimoine" in words, words
    assert words.rstrip().endswith("01 23 45 67 89"), words


def test_text_that_points_below_has_the_original_below(world: World) -> None:
    """DESIGN.md/STYLE.md: "Graph and Gmail are two implementations of one provider seam, not two copies of the
    sending protocol". The built-in text says "mon message ci-dessous" (my message below): a demanding user expects
    the message below to be there for every recipient, whichever provider sent it (a recipient in Outlook without
    conversation view, or on a phone, sees only this message)."""
    track(world, [BOB], "Proposition", "Bonjour Bob,\n\nVoici notre proposition de gestion pilotée.\n\nAlice")
    tick_and_send(world, "2030-01-07T12:00")
    [fu] = engine_sent(world)
    text = shown_text(fu)
    if re.search(r"ci-dessous|below", new_text(fu)):
        assert "proposition de gestion pilotée" in text, text


# --------------------------------------------------------------------------------------- when it leaves


# The engine decides this the same way for both providers: one of them (alternating), to keep the suite short.
@pytest.mark.parametrize("world", ["graph"], indirect=True)
def test_three_followups_four_working_hours_apart_then_nothing(world: World) -> None:
    """README: "at most three times, four working hours apart"; R2: "Mon 16:00 + 4 h = Tue 09:00"; R3: reaching the
    maximum "completes the tracked email (status `completed`), nothing more is scheduled"."""
    track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice")
    for when in (
        "2030-01-07T10:00",
        "2030-01-07T12:00",
        "2030-01-07T14:00",
        "2030-01-07T16:00",
        "2030-01-07T17:59",
        "2030-01-08T07:30",
        "2030-01-08T09:00",
        "2030-01-08T13:00",
        "2030-01-09T09:00",
    ):
        tick_and_send(world, when)
        sync(world)
    sent = engine_sent(world)
    assert [m["sent_at"] for m in sent] == ["2030-01-07T12:00:00Z", "2030-01-07T16:00:00Z", "2030-01-08T09:00:00Z"]
    assert len({m["internet_message_id"] for m in sent}) == 3
    row = tracked_row(world)
    assert row["status"] == "completed" and row["automatic_sent"] == 3 and row["manual_detected"] == 0


# The engine decides this the same way for both providers: one of them (alternating), to keep the suite short.
@pytest.mark.parametrize("world", ["gmail"], indirect=True)
def test_nothing_leaves_outside_working_hours_even_when_queued_before(world: World) -> None:
    """R2: "a claim refuses an instant outside working time: nobody is ever written to at 03:00 their time";
    R2: "Fri 17:00 + 4 h = Mon 10:00". A follow-up queued at Friday's close and a worker that only gets to it at
    18:30 and over the weekend must leave on Monday morning, not on Friday evening nor Saturday."""
    at(world, "2030-01-11T13:30")
    track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice")
    at(world, "2030-01-11T17:30")
    world.schedule()  # due 17:30: queued at the tick
    at(world, "2030-01-11T18:30")
    run_worker(world, "send")
    at(world, "2030-01-12T10:00")
    tick_and_send(world)
    at(world, "2030-01-13T03:00")
    tick_and_send(world)
    for m in engine_sent(world):
        instant = dt.datetime.fromisoformat(m["sent_at"].replace("Z", "+00:00"))
        assert instant.weekday() < 5 and 7 <= instant.hour < 18, m["sent_at"]
    tick_and_send(world, "2030-01-14T07:30")
    assert len(engine_sent(world)) == 1


def test_mailbox_time_zone_governs_the_instant_seen_by_the_provider(
    world: World, conn: psycopg.Connection[Any]
) -> None:
    """R2: working time "in the mailbox's time zone (daylight saving handled by the zone)". A Paris firm: an email
    sent Monday 16:00 Paris (15:00 UTC) has its first follow-up on Tuesday 09:00 Paris, 08:00 UTC, not at 07:00
    Paris."""
    conn.execute("update public.mailboxes set time_zone = 'Europe/Paris' where id = %s", (world.mailbox_id,))
    at(world, "2030-01-07T15:00")
    track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice")
    tick_and_send(world, "2030-01-08T06:30")  # 07:30 Paris
    tick_and_send(world, "2030-01-08T07:59")
    assert engine_sent(world) == []
    tick_and_send(world, "2030-01-08T08:00")
    [fu] = engine_sent(world)
    assert fu["sent_at"] == "2030-01-08T08:00:00Z"


# --------------------------------------------------------------------------------------- nothing after an answer


def test_answer_not_yet_synced_stops_the_followup_at_the_last_look(world: World) -> None:
    """R9: "The worker then re-reads the conversation from the provider (last look), ingests anything new, claims
    again"; R13: "No follow-up is ever sent after an answer was received in its conversation". The answer arrives
    at 11:59; no sync runs before the 12:00 sending pass."""
    sent = track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice")
    at(world, "2030-01-07T11:59")
    world.control.deliver_reply(ALICE, f"{BOB[0]} <{BOB[1]}>", sent["internet_message_id"], "Merci, je regarde.")
    tick_and_send(world, "2030-01-07T12:00")
    assert engine_sent(world) == []
    sync(world)
    assert tracked_row(world)["status"] == "replied"


def test_answer_from_the_cc_stops_the_sequence(world: World) -> None:
    """R5: "An inbound message in a tracked conversation, after the tracked email, from anyone but the mailbox
    itself … stops it"; README: "in the thread itself, anyone's answer still counts". The notary in Cc answers
    for the family."""
    sent = track(world, [JB], "Proposition", "Bonjour Jean-Baptiste,\n\nLa proposition.\n\nAlice", cc=[CAROL])
    at(world, "2030-01-07T10:00")
    world.control.deliver_reply(
        ALICE, f"{CAROL[0]} <{CAROL[1]}>", sent["internet_message_id"], "Je vois avec M. Lefèvre."
    )
    sync(world)
    tick_and_send(world, "2030-01-07T12:00")
    tick_and_send(world, "2030-01-07T16:00")
    assert engine_sent(world) == []


def test_answer_in_another_conversation_stops_the_sequence(world: World) -> None:
    """R5: "A human message from one of the tracked email's recipients in any other conversation counts as an answer
    too (a team setting, on by default): a prospect who writes back, whatever the subject, is never chased"."""
    track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice")
    at(world, "2030-01-07T11:30")
    world.control.deliver(ALICE, f"{BOB[0]} <{BOB[1]}>", "Question sur mon contrat", "Pouvez-vous m'appeler ?")
    tick_and_send(world, "2030-01-07T12:00")
    assert engine_sent(world) == []


# The engine decides this the same way for both providers: one of them (alternating), to keep the suite short.
@pytest.mark.parametrize("world", ["graph"], indirect=True)
def test_out_of_office_does_not_stop_and_followup_waits_for_the_return(world: World) -> None:
    """R6: an automatic reply "never stops tracking. When it names a return date within 90 days, the next follow-up
    is held until the first working hour of the next working day after that date"."""
    sent = track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice")
    at(world, "2030-01-07T08:01")
    world.control.deliver_auto_reply(
        ALICE, f"{BOB[0]} <{BOB[1]}>", sent["internet_message_id"], until="January 9, 2030"
    )
    sync(world)
    assert tracked_row(world)["status"] == "active"
    tick_and_send(world, "2030-01-07T12:00")
    tick_and_send(world, "2030-01-09T12:00")
    assert engine_sent(world) == []
    tick_and_send(world, "2030-01-10T07:00")
    tick_and_send(world, "2030-01-10T11:00")
    sent_fus = engine_sent(world)
    assert len(sent_fus) == 1
    assert sent_fus[0]["sent_at"].startswith("2030-01-10T")


# --------------------------------------------------------------------------------------- never twice, never revoked


def test_lost_send_response_sends_once(world: World) -> None:
    """R9: "A follow-up is sent at most once, even when a worker crashes mid-send …: before any retry the worker
    looks for that header in Sent Items". The provider accepted the send; its answer never came back."""
    track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice")
    state = lose_next_send_response(world)
    at(world, "2030-01-07T12:00")
    world.schedule()
    run_worker(world, "send", check=False)
    assert state["dropped"] == 1
    for when in ("2030-01-07T12:06", "2030-01-07T12:20", "2030-01-07T13:00"):
        at(world, when)
        world.schedule()
        run_worker(world, "send", check=False)
        sync(world)
    sent = engine_sent(world)
    ids = [m["headers"]["x-relance-followup-id"].strip() for m in sent]
    assert len(ids) == len(set(ids)) == 1, ids
    row = tracked_row(world)
    assert row["automatic_sent"] == 1 and row["manual_detected"] == 0


def test_restarted_worker_never_sends_twice(world: World) -> None:
    """R9: "A follow-up is sent at most once, even when a worker crashes mid-send or two workers race". Two passes
    at the same instant, a sync between, a third a minute later: one send."""
    track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice")
    tick_and_send(world, "2030-01-07T12:00")
    run_worker(world, "send")
    sync(world)
    tick_and_send(world, "2030-01-07T12:01")
    assert len(engine_sent(world)) == 1


def test_revoked_grant_mid_sequence_sends_nothing_and_pauses_the_mailbox(world: World) -> None:
    """R10: "A revoked or expired grant pauses the mailbox (`needs_reauth`) instead of failing every follow-up in
    it"; README: "A revoked grant puts the mailbox in `needs_reauth` and its follow-ups wait"."""
    track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice")
    tick_and_send(world, "2030-01-07T12:00")
    assert len(engine_sent(world)) == 1
    world.control.revoke_grant("graph" if provider(world) == "graph" else "gmail", ALICE)
    at(world, "2030-01-07T16:00")
    world.schedule()
    run_worker(world, "send", check=False)
    assert len(engine_sent(world)) == 1
    assert mailbox_status(world) == "needs_reauth"
    statuses = [f["status"] for f in world.followups()]
    assert "failed" not in statuses, world.followups()


# --------------------------------------------------------------------------------------- Sent copies, manual follow-ups


def test_engine_sent_copy_is_not_a_manual_followup(world: World) -> None:
    """R4: "The engine's own follow-up, seen again in Sent Items, is never counted as manual"; R3: the count
    "never exceeds the maximum, whatever order the engine's own sends, their Sent Items echoes … are seen in";
    followup-products.md §3.2 ([WB549]): the tool's own follow-up synced from Sent taken for something else."""
    track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice")
    tick_and_send(world, "2030-01-07T12:00")
    sync(world)
    sync(world)
    row = tracked_row(world)
    assert (row["status"], row["automatic_sent"], row["manual_detected"]) == ("active", 1, 0)
    assert row["next_due_at"] == dt.datetime(2030, 1, 7, 16, 0, tzinfo=dt.UTC)
    count = world.conn.execute("select public.get_total_followup_count(%s)", (row["id"],)).fetchone()
    assert count is not None and count[0] == 1


# The engine decides this the same way for both providers: one of them (alternating), to keep the suite short.
@pytest.mark.parametrize("world", ["gmail"], indirect=True)
def test_manual_followup_moves_the_schedule_and_is_what_the_next_answers(world: World) -> None:
    """R4: an outbound message in the tracked conversation that is not the engine's "is a manual follow-up …, it
    counts toward the maximum, and the pending automatic follow-up is rescheduled to its sent time + interval";
    README: "the follow-up answers the last message written to the person"."""
    sent = track(world, [BOB], "Proposition", "Bonjour Bob,\n\nNotre proposition.\n\nAlice")
    at(world, "2030-01-07T10:00")
    subject = "RE: Proposition" if provider(world) == "graph" else "Re: Proposition"
    mine = user_sends(world, [BOB], subject, "Bob, un petit rappel.\n\nAlice", in_reply_to=sent["internet_message_id"])
    sync(world)
    row = tracked_row(world)
    assert row["manual_detected"] == 1
    assert row["next_due_at"] == dt.datetime(2030, 1, 7, 14, 0, tzinfo=dt.UTC)
    tick_and_send(world, "2030-01-07T12:00")
    assert engine_sent(world) == []
    tick_and_send(world, "2030-01-07T14:00")
    [fu] = engine_sent(world)
    assert fu["in_reply_to"] == mine["internet_message_id"]
    assert fu["references"][-2:] == [sent["internet_message_id"], mine["internet_message_id"]]
    for when in ("2030-01-07T18:00", "2030-01-08T09:00", "2030-01-08T12:00", "2030-01-08T17:00"):
        tick_and_send(world, when)
        sync(world)
    assert len(engine_sent(world)) == 2  # 1 manual + 2 automatic = 3
    assert tracked_row(world)["status"] == "completed"
