"""How a follow-up may greet the people a tracked email was sent to (R16: `{{recipient_first_name}}`).

A prospect who never answered has no contact name yet, so the first follow-ups would say "Bonjour," to someone the
user's own mail called "Bob". Two things the user wrote say more, and this module reads both from a message the user
sent (the worker's outbound analysis, `relance.providers.normalise.with_analysis`):

- **the salutation** of the user's own words ("Bonjour Bob," "Hi Sarah," "Madame," "Bonjour Monsieur Dupont,"
  "Dear Dr Smith,"): the name the user greets a person by wins over every other; a formal salutation (a title, or a
  first and last name together) means no first name at all, since "Bonjour Jean," after "Bonjour Maître Dupont," is
  the kind of familiarity nobody forgives;
- **the display names** of To ("Bob Prospect", "DUPONT Jean", "Dupont, Jean", "'Jean Dupont (Cabinet X)'"): a first
  name is read only when it is clear. Role and firm names ("Service client", "Cabinet Martin SAS") are nobody; a
  surname in capitals is the surname whichever side it stands on; "Nom Prénom" without capitals is told from
  "Prénom Nom" by the address when its local part says so ("jdupont", "dupont.jean" under "Jean Dupont" display order
  reversed); one word alone is a first name only when the address begins with it ("bob.prospect@").

What is unclear gives nothing: the template then says "Bonjour," which never embarrasses anyone.

    recipients_analysis(to=[{"address": "bob@x.fr", "name": "Bob Prospect"}], words="Bonjour Bob,\\n\\n...")
    # {"bob@x.fr": {"name": "Bob Prospect", "first_name": "Bob", "greeted": "Bob"}}
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# How many To recipients are read (the engine's templates use the first; a mass mailing is not a conversation).
MAX_RECIPIENTS = 50
MAX_NAME = 120


def _lexicon(words: str) -> frozenset[str]:
    return frozenset(words.split())


_HONORIFICS = _lexicon(
    """m m. mr mr. mrs mrs. ms ms. mme mme. mlle mlle. mmes mm. messrs dr dr. docteur doctor dre me me. maitre
    maître pr pr. prof prof. professeur professor sir dame monsieur madame mademoiselle miss mx mx. lord
    lady"""
)
# Words that make a display name a role, a desk or a firm rather than a person (compared without accents).
_NOT_A_PERSON = _lexicon(
    """service services client clients clientele contact contacts accueil direction info infos information
    informations comptabilite compta support sales team equipe admin administration administratif
    secretariat rh hr recrutement recruitment recruiting commercial commerciale ventes vente marketing
    office bureau bureaux cabinet societe group groupe sas sarl sa sasu eurl sci scp selarl ltd limited llc
    llp inc gmbh plc ag bv nv mairie agence boutique noreply newsletter notifications notification
    facturation billing invoices invoice accounts accounting reception standard helpdesk hotline
    communication presse press partenariats partnerships achats purchasing procurement juridique legal
    finance finances tresorerie paie payroll assistance enquiries inquiries hello bonjour desk department
    dept departement pole agency company compagnie association asso fondation foundation ecole school
    universite university hopital hospital clinique clinic pharmacie pharmacy etude notaires notaire avocats
    conseil conseils consulting partners associes associés the les et and"""
)
_PARTICLES = _lexicon("""de du des le la van von der den di da del della dos das ter ten st st.""")
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*\.?$")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>")
_TRAILER = re.compile(r"\s+(?:[-–—|/@]|via|for|pour|chez)\s+.*$", re.IGNORECASE)
_SEPARATORS = ".-_"

_GREETING = (
    r"(?:bonjour|bonsoir|re-?bonjour|hello|hi|hey|dear|dearest|cher|chère|chere|chers|chères|salut|coucou|"
    r"good\s+(?:morning|afternoon|evening)|greetings|allo|allô|hallo)"
)
_GROUP = re.compile(
    r"^(?:à\s+)?(?:tous|toutes|tout\s+le\s+monde|toutes\s+et\s+(?:à\s+)?tous|all|everyone|everybody|team|"
    r"l['’]équipe|the\s+team|folks|guys|there|vous\s+deux|both|à\s+vous\s+deux)\b",
    re.IGNORECASE,
)
_SALUTATION_LINE = re.compile(rf"^\s*(?P<greeting>{_GREETING}\b)?\s*(?P<rest>[^\n]*?)\s*[,!.:;]?\s*$", re.IGNORECASE)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _local_part(address: str) -> str:
    return _fold(address.split("@", 1)[0]) if "@" in address else ""


def _tidy(word: str) -> str:
    """A name as people write it: all capitals or all lower case become capitalised ("JEAN-PIERRE" → "Jean-Pierre");
    a mixed case ("McKenzie", "DeLuca") stays."""
    if word.isupper() or word.islower():
        return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(), word)
    return word


def _clean_display(display: str) -> str | None:
    """The display name without quotes, brackets, a firm after a dash or bar, invisible characters; None when it
    is an address or empty."""
    text = "".join(c for c in display if unicodedata.category(c)[0] != "C" or c in " ")
    text = _BRACKETED.sub(" ", text)
    text = text.strip().strip("\"'“”‘’«» ").strip()
    text = _TRAILER.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;")
    if not text or "@" in text or len(text) > MAX_NAME:
        return None
    return text


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) <= 1


def _first_of_two(a: str, b: str, local: str) -> str:
    """Of two words with no capitals to tell them apart, the first name, by the address's local part: an initial
    stands for the first name ("jdupont", "dupontj", "j.dupont"), and an address is "prénom.nom" when it spells
    both in the order opposite to the display ("Dupont Jean" <jean.dupont@…>)."""
    fa, fb = _fold(a), _fold(b)
    compact = re.sub(r"[._-]", "", local)
    if compact in (fa[0] + fb, fb + fa[0]):
        return a
    if compact in (fb[0] + fa, fa + fb[0]):
        return b
    for sep in _SEPARATORS:
        if local.startswith(fb + sep + fa):
            # The address spells the two words the other way round: "prénom.nom" under a "Nom Prénom" display,
            # or "nom.prénom" under "Prénom Nom". Firms use both; nothing says which.
            return ""
    return a


def first_name(display: str | None, address: str) -> str | None:
    """The first name a display name gives for `address`, or None when it gives none clearly."""
    cleaned = _clean_display(display or "")
    if cleaned is None:
        return None
    if cleaned.count(",") == 1:
        last, given = (part.strip() for part in cleaned.split(","))
        if not last or not given:
            return None
        words = given.split()
        words = [w for w in words if _fold(w) not in _HONORIFICS]
        if not words or any(_fold(w) in _NOT_A_PERSON for w in [*words, *last.split()]):
            return None
        candidate = words[0]
        return _tidy(candidate) if _WORD.match(candidate) and not _is_initial(candidate) else None
    if "," in cleaned:
        return None
    words = cleaned.split()
    if any(_fold(w).strip(".") in _NOT_A_PERSON or _fold(w) in _NOT_A_PERSON for w in words):
        return None
    words = [w for w in words if _fold(w) not in _HONORIFICS]
    if not words or not all(_WORD.match(w) for w in words):
        return None
    local = _local_part(address)
    if len(words) == 1:
        only = _fold(words[0])
        # One word is a first name only when the address begins with it as a word of its own ("bob.prospect@").
        if not _is_initial(words[0]) and any(local.startswith(only + sep) for sep in _SEPARATORS):
            return _tidy(words[0])
        return None
    names = [w for w in words if _fold(w) not in _PARTICLES]
    capitals = [w for w in names if w.isupper() and len(w.rstrip(".")) >= 2]
    if capitals and len(capitals) < len(names):
        # A surname in capitals ("DUPONT Jean", "Jean DUPONT"): the first word not in capitals is the first name.
        candidate = next(w for w in names if w not in capitals)
    elif len(names) == 2 and not capitals:
        candidate = _first_of_two(names[0], names[1], local)
        if not candidate:
            return None
    elif len(names) == 2:
        # "JEAN DUPONT": only the address can say which is which.
        a, b = names
        fa, fb = _fold(a), _fold(b)
        if any(local.startswith(fa + sep) for sep in _SEPARATORS) or re.sub(r"[._-]", "", local) == fa[0] + fb:
            candidate = a
        elif any(local.startswith(fb + sep) for sep in _SEPARATORS) or re.sub(r"[._-]", "", local) == fb[0] + fa:
            candidate = b
        else:
            return None
    elif capitals:
        return None
    else:
        candidate = names[0]
    if _is_initial(candidate):
        return None
    return _tidy(candidate)


def display_name(display: str | None) -> str | None:
    """The display name for `{{recipient_name}}`, first name first ("DUPONT Jean" and "Dupont, Jean" give "Jean
    Dupont"; "jean dupont" gives "Jean Dupont"): None for an address, a role or a firm."""
    cleaned = _clean_display(display or "")
    if cleaned is None:
        return None
    if cleaned.count(",") == 1:
        last, given = (part.strip() for part in cleaned.split(","))
        cleaned = f"{given} {last}".strip()
    words = cleaned.split()
    if any(_fold(w) in _NOT_A_PERSON for w in words) or not all(_WORD.match(w) for w in words):
        return None
    names = [w for w in words if _fold(w) not in _PARTICLES and _fold(w) not in _HONORIFICS]
    capitals = [w for w in names if w.isupper() and len(w.rstrip(".")) >= 2]
    if capitals and len(capitals) < len(names):
        # The surname in capitals, with its particles in capitals ("DE LA FONTAINE Marie"), goes last.
        surname = [w for w in words if w.isupper() and len(w.rstrip(".")) >= 2]
        words = [w for w in words if w not in surname] + surname
    return " ".join(w if _fold(w) in _PARTICLES and w.islower() else _tidy(w) for w in words)


@dataclass(frozen=True)
class Salutation:
    formal: bool = False
    name: str | None = None  # the one first name greeted, when the salutation greets one person by it
    bare: bool = False  # "Bob," with no greeting word: trusted only when a recipient's name confirms it


_FORMAL_HEAD = re.compile(
    r"^(?:monsieur|madame|mademoiselle|messieurs|mesdames|ma[iî]tre|docteur|professeur|m\.|mme\.?|mlle\.?|mr\.?|"
    r"mrs\.?|ms\.?|miss|dr\.?|me\.?|sir|madam|prof\.?|pr\.?)(?=\s|$|,)",
    re.IGNORECASE,
)


def salutation(words: str | None) -> Salutation | None:
    """How the user's own words open (the first non-empty line), or None when they open with no salutation."""
    if not words:
        return None
    line = next((ln for ln in words.splitlines() if ln.strip()), "")
    if len(line) > 80:
        return None
    found = _SALUTATION_LINE.match(line)
    if not found:
        return None
    greeting, rest = found.group("greeting"), found.group("rest").strip()
    if greeting and "," in rest:
        # "Bonjour Bob, merci pour votre retour": the salutation ends at its comma.
        head = rest.split(",", 1)[0].strip()
        if len(head.split()) <= 4 and not _FORMAL_HEAD.match(rest):
            rest = head
    if _FORMAL_HEAD.match(rest):
        return Salutation(formal=True)
    if not greeting:
        # "Bob," alone: a name and a comma, nothing else on the line.
        bare = re.fullmatch(r"([^\W\d_][\w'’-]*)\s*,", line.strip())
        if bare and _WORD.match(bare.group(1)) and bare.group(1)[0].isupper():
            return Salutation(name=_tidy(bare.group(1)), bare=True)
        return None
    if not rest or _GROUP.match(rest):
        return Salutation()
    names = rest.split()
    if not all(_WORD.match(n) for n in names) or not names[0][0].isupper():
        return Salutation()
    if len(names) == 1:
        return None if _is_initial(names[0]) else Salutation(name=_tidy(names[0]))
    # "Bonjour Jean Dupont," names the person in full: a register the follow-up keeps by greeting no first name.
    # "Bonjour Jean et Marie," greets two people: nothing to read for one.
    if any(_fold(n) in ("et", "and", "&") for n in names):
        return Salutation()
    return Salutation(formal=True)


def _greets(name: str, person: dict[str, str], read_first: str | None) -> bool:
    folded = _fold(name)
    local = _local_part(person["address"])
    if read_first and _fold(read_first) == folded:
        return True
    if local == folded or any(local.startswith(folded + sep) for sep in _SEPARATORS):
        return True
    display = _clean_display(person.get("name") or "") or ""
    return folded in {_fold(w) for w in re.split(r"[\s,]+", display) if w}


def recipients_analysis(to: Sequence[dict[str, Any]], words: str | None) -> dict[str, dict[str, Any]]:
    """Per To address (lower case, at most MAX_RECIPIENTS): `name` (the display name, tidied), `first_name` (read from
    it), `greeted` (the first name the user's salutation gave this person) and `formal` (true: greet no first name).
    Addresses with nothing to say are left out."""
    people = []
    for person in list(to)[:MAX_RECIPIENTS]:
        address = str(person.get("address") or "").strip().lower()
        if "@" in address:
            people.append({"address": address, "name": str(person.get("name") or "")})
    said = salutation(words)
    out: dict[str, dict[str, Any]] = {}
    firsts = {p["address"]: first_name(p["name"], p["address"]) for p in people}
    greeted: str | None = None
    unsure: str | None = None
    if said is not None and said.name:
        matching = [p["address"] for p in people if _greets(said.name, p, firsts[p["address"]])]
        if len(matching) == 1:
            greeted = matching[0]
        elif not matching and len(people) == 1 and not said.bare:
            if display_name(people[0]["name"]) is None:
                greeted = people[0]["address"]  # a bare address: the user's salutation is all there is
            else:
                # "Bonjour Bob," to "Robert Martin": a nickname, or the wrong name. Either way no first name is
                # safe to repeat, the display's included.
                unsure = people[0]["address"]
    for person in people:
        address = person["address"]
        entry: dict[str, Any] = {}
        if (name := display_name(person["name"])) is not None:
            entry["name"] = name
        if firsts[address] is not None and address != unsure:
            entry["first_name"] = firsts[address]
        if said is not None and said.formal:
            entry["formal"] = True
        elif address == greeted and said is not None and said.name:
            entry["greeted"] = said.name
        if entry:
            out[address] = entry
    return out
