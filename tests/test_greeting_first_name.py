"""R16: the first name a follow-up greets a contact by, read from the contact's name in SQL
(`private.greeting_first_name`, for `{{recipient_first_name}}` and `{{sender_first_name}}`). A contact's name comes
from a From header ("DUPONT Jean" in a French directory, "Dupont, Jean" in Outlook's), a signature or a user, and
its first word is no first name: "Bonjour DUPONT," or "Bonjour Dupont,," is the follow-up a user never forgives.

The worker reads To display names with relance.analysis.names.first_name; SQL reads contact names the same way,
so the two must give the same answer for the same name and address: on every recipient of the blind name sets
(eval/names, eval/names2, eval/names3) and on names built at random from the parts directories and signatures use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relance.analysis import names
from tests.test_templates import PROSPECT, Team

ROOT = Path(__file__).resolve().parent.parent


def _sql_first_names(conn: psycopg.Connection[Any], pairs: list[tuple[str | None, str]]) -> list[str | None]:
    rows = conn.execute(
        "select private.greeting_first_name(n, a) from unnest(%s::text[], %s::text[]) with ordinality as x (n, a, i)"
        " order by i",
        ([p[0] for p in pairs], [p[1] for p in pairs]),
    ).fetchall()
    return [row[0] for row in rows]


@pytest.fixture(scope="module")
def blind_recipients(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str | None, str]]:
    pairs: set[tuple[str | None, str]] = set()
    for name in ("names", "names2", "names3"):
        out = tmp_path_factory.mktemp(name)
        script = ROOT / "eval" / name / "cases.py"
        subprocess.run([sys.executable, str(script), str(out)], check=True, capture_output=True)
        for case in json.loads((out / "cases.json").read_text(encoding="utf-8")):
            for recipient in case["to"]:
                pairs.add((recipient.get("name"), recipient.get("address") or ""))
    # The display names of eval/contact_names (East Asian orders, initials, firms, tags): the contact-name rule's.
    out = tmp_path_factory.mktemp("contact_names")
    subprocess.run(
        [sys.executable, str(ROOT / "eval" / "contact_names" / "cases.py"), str(out)], check=True, capture_output=True
    )
    contact_pairs = {(c["display"], c["address"]) for c in json.loads((out / "cases.json").read_text(encoding="utf-8"))}
    pairs |= contact_pairs
    return sorted(pairs, key=lambda p: (p[0] or "", p[1]))


def test_sql_reads_every_recipient_of_the_blind_sets_as_the_worker_does(
    db: psycopg.Connection[Any], blind_recipients: list[tuple[str | None, str]]
) -> None:
    sql = _sql_first_names(db, blind_recipients)
    worker = [names.first_name(name, address) for name, address in blind_recipients]
    differ = [(pair, w, s) for pair, w, s in zip(blind_recipients, worker, sql, strict=True) if w != s]
    assert differ == []
    # The sets hold both kinds: names to greet, and names that give none.
    assert 300 < sum(1 for w in worker if w) < len(worker) - 150


def test_sql_tells_when_an_address_confirms_a_contacts_first_name_as_the_worker_does(
    db: psycopg.Connection[Any], blind_recipients: list[tuple[str | None, str]]
) -> None:
    # A contact's name from a display is applied only when the address confirms its first name
    # (`private.address_confirms_name` for the To displays of the user's mail, `names.address_confirms` for a
    # sender's From): the same answer for every recipient of the blind sets.
    triples = [
        (shown, names.first_name(name, address), address)
        for name, address in blind_recipients
        if (shown := names.person_name(name)) is not None
    ]
    rows = db.execute(
        "select private.address_confirms_name(n, f, a)"
        " from unnest(%s::text[], %s::text[], %s::text[]) with ordinality as x (n, f, a, i) order by i",
        ([t[0] for t in triples], [t[1] for t in triples], [t[2] for t in triples]),
    ).fetchall()
    worker = [names.address_confirms(*t) for t in triples]
    differ = [(t, w, r[0]) for t, w, r in zip(triples, worker, rows, strict=True) if w != r[0]]
    assert differ == []
    assert 300 < sum(worker) < len(worker) - 100, "both kinds are there"


@pytest.mark.parametrize("kind", ["honorific", "not_a_person", "added", "particle", "east_asian_family"])
def test_sql_reads_names_with_the_workers_words(db: psycopg.Connection[Any], kind: str) -> None:
    lexicon = {
        "honorific": names._HONORIFICS,
        "not_a_person": names._NOT_A_PERSON,
        "added": names._ADDED,
        "particle": names._PARTICLES,
        "east_asian_family": names._EAST_ASIAN_FAMILY,
    }[kind]
    row = db.execute("select private.name_words(%s)", (kind,)).fetchone()
    assert row is not None
    assert sorted(row[0]) == sorted({names._fold(w) for w in lexicon})


@pytest.mark.parametrize(
    ("name", "address", "expected"),
    [
        ("DUPONT Jean", "jean.dupont@mairie.example", "Jean"),
        ("Dupont, Jean", "jdupont@exemple.fr", "Jean"),
        ("DE LA FONTAINE Marie-Hélène", "mh.delafontaine@exemple.fr", "Marie-Hélène"),
        ("jean-pierre MOREAU", "jp.moreau@exemple.fr", "Jean-Pierre"),
        ("Élodie MARTIN", "e.martin@exemple.fr", "Élodie"),
        ("Van Damme Luc", "luc.vandamme@skynet.be", "Luc"),
        ("Dupont", "dupont@exemple.fr", None),
        ("M. Jean Dupont", "jean.dupont@exemple.fr", None),
        ("Maître Sophie Durand", "s.durand@notaires.fr", None),
        ("J. Dupont", "jdupont@exemple.fr", None),
        ("Jean Pierre Martin", "jp.martin@exemple.fr", None),
        ("Service Client", "service.client@boutique.example", None),
        ("Jean Dupont", "contact@dupont-associes.fr", None),
        ("Jean\u202e Dupont", "jean.dupont@exemple.fr", "Jean"),
        (None, "jean.dupont@exemple.fr", None),
        ("", "jean.dupont@exemple.fr", None),
    ],
)
def test_a_contact_name_gives_a_first_name_only_when_it_is_clear(
    db: psycopg.Connection[Any], name: str | None, address: str, expected: str | None
) -> None:
    assert _sql_first_names(db, [(name, address)]) == [expected]
    assert names.first_name(name, address) == expected


@pytest.mark.parametrize(
    ("name", "address", "expected"),
    [
        ("Ann Smith", "a@prospect.test", "Ann"),
        ("Jean Dupont", "contact@dupont-associes.fr", "Jean"),
        ("DUPONT Jean", "secretariat@mairie.example", "Jean"),
        ("Dupont", "dupont@exemple.fr", None),
        ("M. Jean Dupont", "contact@dupont-associes.fr", None),
        ("Accueil Cabinet Vidal", "accueil@vidal.example", None),
    ],
)
def test_a_contacts_name_is_theirs_whatever_their_address_spells(
    db: psycopg.Connection[Any], name: str, address: str, expected: str | None
) -> None:
    """A To display name over a desk's address is whoever is on duty; a contact's name is the person's at that address
    (a user named them, or they signed from it), so the address need not spell it."""
    row = db.execute("select private.greeting_first_name(%s, %s, false)", (name, address)).fetchone()
    assert row == (expected,)


_GIVEN = ["Jean", "Marie-Hélène", "Jean-Pierre", "Élodie", "Bob", "Fatima", "Zahra", "Luc", "Ana", "Chloé", "O'Neil"]
_SURNAMES = ["Dupont", "Martin", "Le Goff", "de la Fontaine", "Van Damme", "El Amrani", "Nguyen", "McKenzie", "Smith"]
_EXTRAS = ["M.", "Mme", "Dr", "Maître", "(Cabinet X)", "[EXT]", "- Acme SAS", "Service", "J.", "EXT", "| Paris", "Jr"]


def _case(word: str, how: str) -> str:
    return {"as": word, "upper": word.upper(), "lower": word.lower()}[how]


@st.composite
def directory_names(draw: st.DrawFn) -> tuple[str, str]:
    given = draw(st.lists(st.sampled_from(_GIVEN), min_size=0, max_size=2, unique=True))
    surname = draw(st.sampled_from(_SURNAMES))
    cases = st.sampled_from(["as", "upper", "lower"])
    first = " ".join(_case(g, draw(cases)) for g in given)
    last = _case(surname, draw(cases))
    shape = draw(st.sampled_from(["first last", "last first", "last, first", "last", "first"]))
    name = shape.replace("first", first).replace("last", last)
    if draw(st.booleans()):
        extra = draw(st.sampled_from(_EXTRAS))
        name = f"{extra} {name}" if draw(st.booleans()) else f"{name} {extra}"
    name = draw(st.sampled_from(["{}", '"{}"', "'{}'", " {} ", "{}\t"])).format(name)
    folded = [names._letters(g) for g in given] or ["x"]
    local = draw(
        st.sampled_from(
            [
                f"{folded[0]}.{names._letters(surname)}",
                f"{folded[0][:1]}{names._letters(surname)}",
                f"{names._letters(surname)}.{folded[0]}",
                f"{names._letters(surname)}{folded[0][:1]}",
                folded[0],
                "contact",
                "".join(f[:1] for f in folded) + names._letters(surname)[:1],
            ]
        )
    )
    return name, f"{local}@exemple.fr"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pair=directory_names())
def test_sql_and_the_worker_agree_on_names_built_at_random(db: psycopg.Connection[Any], pair: tuple[str, str]) -> None:
    assert _sql_first_names(db, [pair]) == [names.first_name(*pair)]


# --------------------------------------------------------------------------- what the follow-up says


@pytest.fixture
def team(conn: psycopg.Connection[Any]) -> Team:
    return Team(conn)


@pytest.mark.parametrize(
    ("contact", "greeting"),
    [
        ("MARTIN Paul", "Bonjour Paul,"),
        ("Martin, Paul", "Bonjour Paul,"),
        ("MARTIN", "Bonjour,"),
        ("Dr Paul Martin", "Bonjour,"),
        ("Paul", "Bonjour Paul,"),  # paul.martin@: the address begins with it
    ],
)
def test_r16_a_followup_greets_a_contact_by_the_first_name_their_name_gives(
    team: Team, contact: str, greeting: str
) -> None:
    team.contact(PROSPECT, contact)
    sent = team.send("Mon 2026-11-23 09:00", [PROSPECT], subject="Devis toiture")
    draft = team.rpc(team.owner, "preview_followup_template(%s)", team.tracked_id(sent))
    assert draft["body_text"].startswith(greeting + "\n\n")


def test_r16_the_senders_first_name_comes_from_a_directory_name(team: Team) -> None:
    # Claire's mailbox is alice@acme.test: a directory's "DURAND Alice" signs "Alice", never "DURAND".
    team.conn.execute("update public.mailboxes set display_name = 'DURAND Alice' where id = %s", (team.mailbox_id,))
    team.contact(PROSPECT, "Paul Martin")
    sent = team.send("Mon 2026-11-23 09:00", [PROSPECT], subject="Devis toiture")
    draft = team.rpc(
        team.owner, "preview_followup_template(%s, p_body_text => %s)", team.tracked_id(sent),
        "Bonjour {{recipient_first_name}}, … {{sender_first_name}}",
    )  # fmt: skip
    assert draft["body_text"] == "Bonjour Paul, … Alice"
