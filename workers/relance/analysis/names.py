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

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
    conseil conseils consulting partners associes associés the les et and lycee college hotel boulangerie
    restaurant cafe brasserie syndic guichet relations ressources humaines customer care chez menuiserie corporate
    appeal hospice reservations reservation booking bookings shared mailbox investisseurs investor
    garage immobilier immo transports transport boulanger traiteur atelier studio magasin shop store institut
    centre center mutuelle banque bank assurances insurance holding trust fund fonds collectif collective famille
    family reply payable receivable familie famiglia familia plomberie plombier electricite chauffage peinture
    maconnerie couverture carrosserie pressing coiffure fleuriste taxi ambulances auto-ecole boulot travail perso
    maison home work pro"""
)
# The commonest family names of China, Hong Kong, Singapore, Korea, Japan and Vietnam, where a display often puts the
# family name first ("Zhang Wei", "Tanaka Hiroshi", "Park Ji-hoon"): a contact's name that opens with one is not
# applied without a person's confirmation (the order cannot be told from the display alone).
_EAST_ASIAN_FAMILY = _lexicon(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
    han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fu
    zhong wong chan leung cheung lau ng ho tsang chow lam tan lim lee ong goh teo koh kim park choi jung jeong kang
    cho yoon jang seo shin kwon hwang ahn yoo hong oh sato suzuki takahashi tanaka watanabe ito yamamoto nakamura
    kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda
    hashimoto ishikawa ogawa okada goto hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura
    fukuda ota miura fujiwara okamoto matsuda nakagawa nguyen tran le pham hoang huynh phan vu vo dang bui do ngo
    duong ly"""
)
# Words a directory adds after a person's name: dropped, the person stays ("Dupont Jean Externe", "Jean DUPONT EXT").
_ADDED = _lexicon("""ext externe extern external contractor prestataire interim intérim stagiaire trainee consultant""")
_PARTICLES = _lexicon("""de du des le la van von der den di da del della dos das ter ten st st.""")
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*\.?$")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>")
_TRAILER = re.compile(r"\s+(?:[-–—|/@]|via|for|pour|chez)\s+.*$", re.IGNORECASE)
_SEPARATORS = ".-_"

_GREETING = (
    r"(?:bonjour|bonsoir|re-?bonjour|hello|hi|hey|dear|dearest|cher|chère|chere|chers|chères|salut|coucou|"
    r"(?:good\s+)?(?:morning|afternoon|evening)|good\s+day|greetings|allo|allô|hallo|hiya|salam|salaam|bjr|slt|hallo|guten\s+tag|sehr\s+geehrte[rs]?|liebe[rs]?|gentile|egregio|egregia|caro|cara|"
    r"estimad[oa]s?|querid[oa]s?|exmo\.?|exma\.?|geachte|beste|buongiorno|buenos\s+d[ií]as|bom\s+dia|ol[aá]|hola|"
    r"mon\s+cher|ma\s+ch[eè]re|ciao|salve|moin|servus|gr[üu]ezi|gr[üu]ess\s+gott|hej|hoi|goedemorgen|goedemiddag)"
)
_GROUP = re.compile(
    r"^(?:à\s+)?(?:tous|toutes|tout\s+le\s+monde|toutes\s+et\s+(?:à\s+)?tous|all|everyone|everybody|team|"
    r"l['’]équipe|the\s+team|folks|guys|there|vous\s+deux|both|à\s+vous\s+deux|a\s+tutti|tutti|zusammen|"
    r"allerseits|iedereen|allemaal|a\s+todos|todos|a\s+todas)\b",
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


def _visible(text: str) -> str:
    """``text`` without invisible characters: a control character (a tab, a line break of a folded header) is a
    space between two words, a format character (a zero-width space, a direction mark) nothing."""
    return "".join(
        (" " if unicodedata.category(c) == "Cc" else "") if unicodedata.category(c)[0] == "C" else c for c in text
    )


def _clean_display(display: str) -> str | None:
    """The display name without quotes, brackets, a firm after a dash or bar, invisible characters; None when it
    is an address or empty."""
    text = _visible(display)
    text = _BRACKETED.sub(" ", text)
    text = text.strip().strip("\"'“”‘’«» ").strip()
    text = _TRAILER.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;")
    if not text or "@" in text or len(text) > MAX_NAME:
        return None
    return text


def _is_initial(word: str) -> bool:
    """ "J.", "J-P", "JP", "JB": initials, never a name to greet by."""
    runs = re.findall(r"[^\W\d_]+", word)
    return not runs or all(len(r) == 1 for r in runs) or (word.isupper() and len(_letters(word)) <= 2)


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", _fold(text))


def _fits_address(words: list[str], local: str, domain: str = "") -> bool:
    """The address is the person's own: its local part spells one of the display's names ("jean.dupont",
    "jdupont", "venkatesh.s") or its initials ("jpm"). A desk's address under a person's or a firm's name
    ("contact@", "orders@", "procurement@" under "Sarah Jones (Shared Mailbox)") is read by whoever is on duty."""
    letters = _letters(local)
    if not letters:
        return False
    folded = [_letters(w) for w in words if len(_letters(w)) >= 2]
    if any(w in letters or (domain and w in _letters(domain)) for w in folded):
        return True
    initials = "".join(_letters(part)[:1] for w in words if _fold(w) not in _PARTICLES for part in w.split("-"))
    return len(initials) >= 2 and (letters.startswith(initials) or (len(letters) >= 2 and initials.startswith(letters)))


def _first_of_two(a: str, b: str, local: str) -> str:
    """Of two words with nothing in their case to tell them apart, the first name: the address says it when it
    starts with one of them as a word ("jean.dupont", "luc.vandamme": addresses are "prénom.nom") or with its
    initial before the other ("jdupont", "j.dupont"); else the display's order, first name first."""
    fa, fb = _letters(a), _letters(b)
    compact = _letters(local)
    for sep in _SEPARATORS:
        if local.startswith(fb + sep) and not local.startswith(fa + sep):
            # The address spells the two the other way round ("Laurent Simon" <simon.laurent@>): a "Nom Prénom"
            # display over a "prénom.nom" address, or the reverse; nothing says which.
            return ""
    if fb and compact == fb and compact != fa:
        # The address is one of the two alone ("Dubois Marie" <marie@>, "Jean Dupont" <dupont@>): a first name or a
        # surname, nothing says which.
        return ""
    if fb and compact == fb[0] + fa and compact != fa[0] + fb:
        return b
    if compact == fa + fb[:1] and not any(sep in local for sep in _SEPARATORS):
        return ""  # "dupontj": a surname and its initial, or a first name and the surname's ("venkatesh.s" has a dot)
    return a


def first_name(display: str | None, address: str) -> str | None:
    """The first name a display name gives for `address`, or None when it gives none clearly: a display with a
    title ("M. Jean MARTIN", "Dr. Emily Chen": the user's address book is formal), a role or a firm, a desk's address,
    initials, or three names with nothing to say which are given names give none. SQL reads a contact's name the same
    way (`private.greeting_first_name`); tests/test_greeting_first_name.py holds the two to the same answers, so a
    change here is made there too."""
    cleaned = _clean_display(display or "")
    if cleaned is None:
        return None
    comma = cleaned.count(",") == 1
    if comma:
        before, after = (part.strip() for part in cleaned.split(","))
        if not before or not after:
            return None
        cleaned = f"{after} {before.upper()}"  # "Dupont, Jean": the surname is the part before the comma
    elif "," in cleaned:
        return None
    words = [w for w in cleaned.split() if _fold(w) not in _ADDED]
    if any(_fold(w) in _NOT_A_PERSON or _fold(w).strip(".") in _NOT_A_PERSON for w in words):
        return None
    if not words or any(_fold(w) in _HONORIFICS for w in words) or not all(_WORD.match(w) for w in words):
        return None
    local = _local_part(address)
    domain = address.split("@", 1)[1] if "@" in address else ""
    clear = comma or any(w.isupper() and len(_letters(w)) > 2 for w in words)
    if not _fits_address(words, local, domain if clear else ""):
        return None
    if len(words) == 2 and _is_initial(words[1]) and not _is_initial(words[0]) and not words[0].isupper():
        # "Jean D." <jean.d@>, "Sarah J" <sarahj@>: a first name and an initial, when the address starts with it
        # ("Dupont J." <jdupont@> is a surname and an initial).
        return _tidy(words[0]) if _letters(local).startswith(_letters(words[0])) else None
    if any(_is_initial(w) and _fold(w) not in _PARTICLES for w in words):
        return None
    if len(words) == 1:
        if words[0].isupper():
            return None  # "DURAND": a surname
        only = _fold(words[0])
        # One word is a first name only when the address begins with it as a word of its own, another word after
        # it ("bob.prospect@"; "smith.j@" is a surname and an initial).
        if any(local.startswith(only + sep) and len(_letters(local[len(only) + 1 :])) >= 2 for sep in _SEPARATORS):
            return _tidy(words[0])
        return None
    lead = _fold(words[0]) in _PARTICLES and not comma
    names = [w for w in words if _fold(w) not in _PARTICLES]
    capitals = [w for w in names if w.isupper() and len(w.rstrip(".")) >= 2]
    given = [w for w in names if w not in capitals]
    if capitals and given:
        # A surname in capitals ("DUPONT Jean", "Jean DUPONT", "Fatima Zahra EL IDRISSI"): the rest is the given
        # name, two words at most.
        if len(given) > 2:
            return None
        candidate = " ".join(given)
    elif lead and len(names) == 2:
        # A surname that opens with its particle ("Van Damme Luc", "El Amrani Youssef"): the first name is last.
        candidate = names[-1]
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
    else:
        return None  # "Jean Pierre Martin": Jean or Jean-Pierre? "Marie Curie Hospice": a person at all?
    return " ".join(_tidy(w) for w in candidate.split())


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
    if words and len(_letters(words[-1])) > 2:
        words[-1] = words[-1].rstrip(".")  # "Jean Dupont.": a stray full stop, not an initial
    return " ".join(w if _fold(w) in _PARTICLES and w.islower() else _tidy(w) for w in words)


def shown_name(display: str | None) -> str | None:
    """The display name as the email showed it ("Cabinet Vidal", "Accueil", "DUPONT Jean"), for its follow-ups' To
    and Cc, which a reply to all keeps: on one line, without invisible characters or the quotes a client leaves
    around it; None when it is empty, an address or longer than a name."""
    text = " ".join(_visible(display or "").split()).strip("\"'“”‘’«» ").strip()
    if not text or "@" in text or len(text) > MAX_NAME:
        return None
    return text


def person_name(display: str | None) -> str | None:
    """A contact's name from a display name: `display_name` without the titles ("M. Jean MARTIN" gives "Jean Martin");
    None when it gives none. SQL reads an outbound recipient's the same way (`private.record_recipient_names`)."""
    shown = display_name(display)
    words = [w for w in (shown or "").split() if _fold(w) not in _HONORIFICS]
    return " ".join(words) or None


def address_confirms(name: str, first: str | None, address: str) -> bool:
    """The address says which of `name`'s words is the first name `first`: its local part opens with it
    ("jean.dupont@", "jean@" for "Jean Dupont") or is its initial and the rest of the name ("jdupont@", "i.fournier@").
    "Zhang Xiaoming" <kevin.zhang@> or "Robert Martin" <bob.martin@> is not confirmed, nor a name with an initial
    ("Jean D."), one that opens with a common East Asian family name ("Zhang Wei" <zhang.wei@>: which is which?), or
    a first name "de" the firm of the address ("Claire de PayFit" <claire@payfit.…>). SQL has the same rule
    (`private.address_confirms_name`; tests/test_greeting_first_name.py holds the two to the same answers)."""
    if not first or not name.lower().startswith(first.lower() + " "):
        return False
    words = name.split()
    if any(_is_initial(w) and _fold(w) not in _PARTICLES for w in words) or _fold(words[0]) in _EAST_ASIAN_FAMILY:
        return False  # "Jean D.": half a name; "Zhang Wei", "Tanaka Hiroshi": which is the family name?
    local = _local_part(address)
    domain = _letters(address.split("@", 1)[1].split(".")[0]) if "@" in address else ""
    if len(words) == 3 and _fold(words[1]) in ("de", "d'") and domain and _letters(words[2]) in domain:
        return False  # "Claire de PayFit" <claire@payfit…>: Claire, of the firm
    head = next((p for p in re.split(r"[._+]", local) if p), "")
    given, rest = _letters(first), _letters(name[len(first) :])
    if not given or not head:
        return False
    return _letters(head) == given or (bool(rest) and _letters(local) == given[0] + rest)


@dataclass(frozen=True)
class Salutation:
    formal: bool = False
    name: str | None = None  # the one first name greeted, when the salutation greets one person by it
    bare: bool = False  # "Bob," with no greeting word: trusted only when a recipient's name confirms it
    # "Bonjour Paul, Madame Durand,": one person greeted by name, someone else addressed by a title; whoever the name
    # is not is greeted by no first name.
    others_formal: bool = False
    # "Bonjour à tous,", "Dear both,", "Hallo zusammen,": a group (not a register), so nobody in it is greeted by a
    # first name.
    group: bool = False


_FORMAL_HEAD = re.compile(
    r"^(?:(?:cher|chère|chere|dear)\s+)?(?:monsieur|madame|mademoiselle|messieurs|mesdames|ma[iî]tre|docteur|"
    r"professeur|m\.|mme\.?|mlle\.?|mr\.?|mrs\.?|ms\.?|miss|dr\.?|me\.?|sir|madam|prof\.?|pr\.?|"
    r"conf[rè]+re|conf[rè]+res|cons(?:œ|oe)ur|cons(?:œ|oe)urs|to\s+whom\s+it\s+may\s+concern|a\s+chara|"
    r"herr|frau|damen|sig\.?(?:ra|na)?|signor[ae]?|sr\.?|sra\.?|srta\.?|señor[a]?|senhor[a]?|sres\.?|"
    r"muy\s+señor|heer|mevrouw|dott\.?(?:ssa)?|ing\.?|avv\.?)"
    r"(?=[\s/,;:!.]|$)",
    re.IGNORECASE,
)
_HEAD_END = re.compile(r"[,!;:]")
# A title the user's words address the reader by, wherever it stands ("Comme convenu, Maître, …", "je vous prie
# d'agréer, Monsieur, …", "I would be grateful, Dr Okafor, …"): the register is formal even without a salutation.
_VOCATIVE = re.compile(
    r"\b(?:Monsieur|Madame|Mademoiselle|Ma[iî]tre)\b|\b(?:Mr|Mrs|Ms|Dr|Herr|Frau)\.?\s+[A-Z][a-zà-ÿ]"
)


def _first_line(words: str | None) -> str:
    """The first non-empty line of the user's words: where a salutation stands."""
    return next((ln for ln in (words or "").splitlines() if ln.strip()), "")


def salutation(words: str | None) -> Salutation | None:
    """How the user's own words open (see `_opening`); formal too when, opening with no name, they address the reader
    by a title further on (`_VOCATIVE`)."""
    said = _opening(words)
    if (said is None or not (said.name or said.formal)) and words and _VOCATIVE.search(words[:3000]):
        return Salutation(formal=True)
    if said is not None and said.name and words and _VOCATIVE.search(words[:3000]):
        return replace(said, others_formal=True)
    return said


def _opening(words: str | None) -> Salutation | None:
    """How the user's own words open (the first non-empty line, up to its first comma), or None when they open
    with no salutation."""
    if not words:
        return None
    line = _first_line(words).strip()
    if _FORMAL_HEAD.match(line):
        return Salutation(formal=True)  # "Madame,", "Monsieur, je me permets…", "To whom it may concern,"
    if len(line) > 80:
        # "Bonjour Madame Lemoine, je fais suite à notre rencontre…": the salutation ends at its comma.
        cut = _HEAD_END.search(line)
        if cut is None or cut.start() > 60:
            return None
        line = line[: cut.start() + 1]
    found = _SALUTATION_LINE.match(line)
    if not found:
        return None
    greeting, rest = found.group("greeting"), found.group("rest").strip()
    if greeting and (cut := _HEAD_END.search(rest)) is not None:
        rest = rest[: cut.start()].strip()
    if greeting:
        # "Bonjour cher Maître,", "Hello dear Sarah,"
        rest = re.sub(r"^(?:cher|chère|chere|dear|dearest)\s+", "", rest, flags=re.IGNORECASE)
    if _FORMAL_HEAD.match(rest):
        return Salutation(formal=True)
    if not greeting:
        bare = line.rstrip().rstrip(",").strip()
        if not line.rstrip().endswith(",") or not bare:
            return None
        names = bare.split()
        if not all(_WORD.match(n) and n[0].isupper() for n in names):
            return None
        if len(names) == 1:
            # "Bob," alone: trusted only when a recipient's name confirms it ("Merci," names nobody).
            return Salutation(name=_tidy(names[0]), bare=True)
        # "Sarah Jones," at the head of a letter: the person in full, a formal register.
        return Salutation(formal=True) if len(names) <= 3 else None
    if not rest or _GROUP.match(rest):
        # "Hi there," greets one person without a name.
        return Salutation(group=bool(rest) and not re.match(r"there\b", rest, re.IGNORECASE))
    names = rest.split()
    if not all(_WORD.match(n) for n in names) or not names[0][0].isupper() or _fold(names[0]) in _NOT_A_PERSON:
        return Salutation()  # "Hello Accounts,": a desk
    if len(names) == 1:
        return Salutation(name=names[0] if _is_initial(names[0]) else _tidy(names[0]))
    # "Bonjour Jean Dupont," names the person in full: a register the follow-up keeps by greeting no first name.
    # "Bonjour Jean et Marie," greets two people: nothing to read for one.
    if any(_fold(n) in ("et", "and", "&") for n in names):
        return Salutation()
    return Salutation(formal=True)


def _display_words(person: dict[str, str]) -> list[str]:
    display = _clean_display(person.get("name") or "") or ""
    return [w for w in re.split(r"[\s,]+", display) if w]


def _accented(a: str, b: str) -> str:
    """Of two spellings of one name, the one with its accents ("Helene" / "Hélène": "Hélène")."""
    marks = lambda t: sum(1 for c in unicodedata.normalize("NFD", t) if unicodedata.combining(c))  # noqa: E731
    return b if marks(b) > marks(a) else a


def _alike(a: str, b: str) -> bool:
    """The same name, or one typo apart ("Sarha", "Nicloas", "Mathew"), never another name or a short form ("Jeanne"
    and "Jean", "Martine" and "Marie", "Dave" and "David")."""
    fa, fb = _fold(a), _fold(b)
    if fa == fb:
        return True
    if len(fa) < 4 or fa[0] != fb[0] or abs(len(fa) - len(fb)) > 1 or fa.startswith(fb) or fb.startswith(fa):
        return False
    if len(fa) == len(fb):
        return sorted(fa) == sorted(fb)  # letters swapped ("Sarha", "Nicloas"); "Mario" is not "Marie"
    # a letter left out or doubled in the middle ("Mathew"); never at the end, where names change ("Stéphane" and
    # "Stéphanie", "Jon" and "John" are two names)
    short, long_ = sorted((fa, fb), key=len)
    if len(short) < 5 or short[-2:] != long_[-2:]:
        return False
    return difflib.SequenceMatcher(None, fa, fb).ratio() >= 0.8


def _greets(name: str, person: dict[str, str], read_first: str | None) -> str | None:
    """The name to greet this person by when the salutation's name is theirs, spelt as it should be ("Helene" to
    "Hélène Durand" gives "Hélène", "Sarha" to Sarah Collins "Sarah"), else None."""
    folded = _fold(name)
    if _is_initial(name):
        return None
    local = _local_part(person["address"])
    raw = person.get("name") or ""
    # A short form the address or the display itself uses ("Bob" <bob.martin@>, "Robert (Bob) Martin", "Sid"
    # <sid.iyer@>): the user's word stands.
    if any(local.startswith(folded + sep) for sep in "._") or re.search(
        rf"[(\[]\s*{re.escape(name)}\s*[)\]]", raw, re.IGNORECASE
    ):
        return _accented(name, read_first) if read_first and _fold(read_first) == folded else name
    if read_first:
        # The display's first name decides: "Marie" is not "Marie-Claire", "Dave" not "David".
        return _accented(read_first, name) if _alike(read_first, name) else None
    words = _display_words(person)
    if words and not (display_name(raw) or ""):
        return None  # a firm's or a desk's display: a name in it is the firm's ("Cabinet Martin")
    names = [w for w in words if _fold(w) not in _HONORIFICS and _fold(w) not in _PARTICLES]
    others = [_letters(w) for w in names if _fold(w) != folded and len(_letters(w)) >= 2]
    if any(local.startswith(o + sep) for o in others for sep in "._"):
        return None  # "Hi Zhang," to "Zhang Wei" <wei.zhang@>: the address says Wei is the given name
    for word in names:
        if _fold(word) == folded and (len(names) == 2 or word is not names[-1]):
            return _accented(_tidy(word), name)  # "Bonjour Martin," to "Martin Laurent" <info@>: the order, settled
    # "Bonjour Jean," to "J. Dupont" <j.dupont@>, "Hi Anjali," to "Dr Patel" <apatel@>: the initial agrees.
    compact = _letters(local)
    if any(compact == folded[:1] + _letters(w) or compact == _letters(w) + folded[:1] for w in names if len(w) > 2):
        return name
    if not words and (local == folded or any(local.startswith(folded + sep) for sep in _SEPARATORS)):
        return name
    return None


def recipients_analysis(to: Sequence[dict[str, Any]], words: str | None) -> dict[str, dict[str, Any]]:
    """Per To address (lower case, at most MAX_RECIPIENTS): `name` (the display name, tidied), `first_name` (read from
    it), `greeted` (the first name the user's salutation gave this person), `formal` (true: greet no first name) and
    `unsure` (true: the salutation named this person otherwise, a nickname or a surname; no first name either).
    Addresses with nothing to say are left out."""
    people = []
    for person in list(to)[:MAX_RECIPIENTS]:
        address = str(person.get("address") or "").strip().lower()
        if "@" in address:
            people.append({"address": address, "name": str(person.get("name") or "")})
    said = salutation(words)
    out: dict[str, dict[str, Any]] = {}
    firsts = {p["address"]: first_name(p["name"], p["address"]) for p in people}
    greeted: dict[str, str] = {}
    unsure: set[str] = set()
    aside: set[str] = set()  # people the salutation leaves out: greeted by no first name
    if said is not None and said.name:
        spelt = {p["address"]: _greets(said.name, p, firsts[p["address"]]) for p in people}
        matching = [a for a, n in spelt.items() if n]
        if len(matching) == 1:
            greeted[matching[0]] = str(spelt[matching[0]])
            # "Bonjour Claire," to Jean Dupont and Claire Martin: the user greeted Claire, so a follow-up to the
            # thread greets nobody else by a first name.
            # ("Bonjour Inès, bonjour Hugo," greets Hugo too: whoever the salutation line names by first name stays.)
            named = {_fold(w) for w in re.findall(r"[^\W\d_]+", _first_line(words))}
            aside.update(
                p["address"]
                for p in people
                if p["address"] != matching[0]
                and not (firsts[p["address"]] and _fold(str(firsts[p["address"]])) in named)
            )
        elif not matching and len(people) == 1:
            only = people[0]
            words_of = {_fold(w) for w in _display_words(only)}
            if said.bare:
                first = firsts[only["address"]]
                if first and _fold(first)[:3] == _fold(said.name)[:3]:
                    unsure.add(only["address"])  # "Kev," to Kevin: a nickname to keep, not Kevin's full name
            elif not words_of and not _is_initial(said.name):
                # A bare address: the user's salutation is all there is, unless the address names someone else
                # ("Bonjour Sophie," to paul.durand@).
                local = _local_part(only["address"])
                head = re.split(r"[._-]", local)[0]
                if len(head) >= 3 and head.isalpha() and "." in local and head != _fold(said.name):
                    unsure.add(only["address"])
                elif len(head) == 1 and re.match(r"^[a-z][._-]", local) and head != _fold(said.name)[:1]:
                    unsure.add(only["address"])  # "Bonjour Sophie," to c.roux@: the initial is someone else's
                else:
                    greeted[only["address"]] = said.name
            elif display_name(only["name"]) is None and _fold(said.name) not in words_of and words_of:
                greeted[only["address"]] = said.name  # "Bonjour Claire," to "Accueil Cabinet Vidal"
            else:
                # "Bonjour Bob," to "Robert Martin", "Salut Dupont," to Jean Dupont, "Salut JB,": a nickname, a
                # surname or a slip. No first name is safe to repeat, the display's included.
                unsure.add(only["address"])
    for person in people:
        address = person["address"]
        entry: dict[str, Any] = {}
        if (name := display_name(person["name"])) is not None:
            entry["name"] = name
        if firsts[address] is not None and address not in unsure:
            entry["first_name"] = firsts[address]
        if said is not None and (said.formal or said.group):
            entry["formal"] = True
        elif address in greeted:
            entry["greeted"] = greeted[address]
        elif (said is not None and said.others_formal) or address in aside:
            entry["formal"] = True
        elif address in unsure:
            # The user greeted this person by a name nothing confirms ("Bonjour Peggy," to Margaret Brown): no first
            # name is safe, not even the one a contact record gives later (private.template_values).
            entry["unsure"] = True
        if entry:
            out[address] = entry
    return out
