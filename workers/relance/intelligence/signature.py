"""The sender's signature block in the new text of a message, French and English.

`find_block(text, …)` returns the line indexes (in `text.split("\\n")`) of the signature and a confidence:

1. The region a signature may occupy ends at the first line of quoted history (`>` quoting, "Le … a écrit :",
   "On … wrote:", Outlook's header block or separator), at a device line ("Envoyé de mon iPhone", "Sent from
   my iPhone", "Get Outlook for iOS") and at a legal disclaimer ("Ce message et toutes les pièces jointes sont
   confidentiels…", "This e-mail and any attachments…"). Image placeholders (`[cid:image001.png@…]`,
   `[image: logo]`) are never signature lines.
2. Inside it, the block starts after the last *closing* line ("Cordialement", "Bien à vous", "Bonne journée",
   "Best regards", "Thanks" … alone on their line, optionally followed by a comma) or the `-- ` separator;
   a closing word inside a sentence ("Merci pour votre retour, je regarde cela") is not a closing.
3. With no closing, the block is the run of short, non-sentence lines at the end of the region that carries
   a contact cue (phone, address, e-mail, web site, legal form, a line naming the sender).
4. Never the mailbox user's own signature: a message the user sent has none, and a block stops before a line
   naming the user's address or name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A signature is a short block: the longest of the 865 labelled in eval/ has 10 lines (a name, a title, a
# department, a firm, an address on three lines, a standard, a direct line and a mobile); legal mentions, a
# disclaimer, a "follow us" footer end the block before they count. A run that would go past MAX_LINES (a list of
# numbers or a table pasted under "Cordialement") is no person's signature: the block keeps its first MAX_LINES
# lines and says it is over-long (`Block.overlong`), so that the reader reads it as unsure.
MAX_LINES = 14
MAX_LINE = 300  # characters: a longer line is never a signature's (nor one the fields' patterns are run on)
# The confidence of a block that is no one's signature (over-long, a list of numbers): below the reader's LLM floor.
UNSURE = 0.45

# What a signature's text may hold that no one sees, removed before anything is read (`clean`): bidi embeddings,
# overrides and isolates (U+202A-202E, U+2066-2069: "Trojan Source" text a CRM would show reversed), directional
# marks (U+200E, U+200F, U+061C), zero-width spaces and the BOM (U+200B, U+2060, U+FEFF), the zero-width joiner and
# non-joiner (U+200D, U+200C) but where they join (`_invisible`), every other format (Cf) character (the soft hyphen;
# Unicode tags, which smuggle ASCII past a reader into an LLM's prompt), Hangul fillers (blank "letters"), C0 and C1
# controls and DEL, and terminal escape sequences whole ("\x1b[31m": an ESC alone would leave "[31m" behind).
# Newlines and tabs stay (lines and columns); other line and page breaks become a space, so that line indexes in
# `text.split("\n")` stay those of the text before `clean`.
_INVISIBLE = re.compile(
    # ANSI: CSI ("\x1b[31m"), OSC up to its end or the line's, a charset's designation ("\x1b(B"); any other ESC
    # alone (never the letter after it: "\x1bJean" is "Jean"); C1 controls alone too (a "\x9b" is more often a
    # "›" decoded as Latin-1 than an 8-bit CSI)
    "\x1b(?:\\[[0-?]*[ -/]*[@-~]|\\][^\x07\x1b\n]*(?:\x07|\x1b\\\\)?|[!-/]+[0-~])?"
    "|[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029"
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "\u115f\u1160\u3164\uffa0]"
)
_AS_SPACE = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029")


def _joining_letter(c: str) -> bool:
    """A letter or mark of a script whose shaping a zero-width (non-)joiner changes: Arabic, Syriac, Thaana, N'Ko
    and the like (Persian writes ZWNJ inside words: "mi<ZWNJ>khâham"), the Indic scripts."""
    o = ord(c)
    return (0x0600 <= o <= 0x08FF or 0x0900 <= o <= 0x0DFF or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFC) and (
        unicodedata.category(c)[0] in "LM"
    )


def _emoji(c: str) -> bool:
    return unicodedata.category(c) in ("So", "Sk") or c == "\ufe0f"


def _invisible(m: re.Match[str]) -> str:
    found = m.group(0)
    if found in ("\u200c", "\u200d"):
        # kept where it joins: between two letters of a joining script (either), inside an emoji sequence (the
        # joiner: woman, ZWJ, laptop is one picture)
        text, at = m.string, m.start()
        before, after = (text[at - 1] if at else ""), text[at + 1 : at + 2]
        if before and after:
            if _joining_letter(before) and _joining_letter(after):
                return found
            if found == "\u200d" and _emoji(before) and unicodedata.category(after) == "So":
                return found
    return " " if found in _AS_SPACE else ""


def clean(text: str) -> str:
    """`text` without what no one sees (see `_INVISIBLE`): the one place hostile characters are taken out, before
    the block and its fields are read, so that no value read from it carries one. Never adds nor removes a "\\n"."""
    return _INVISIBLE.sub(_invisible, text)


_CLOSING_WORDS = r"""
    (?:bien\s+)?cordialement | cdlt | bien\s+à\s+(?:vous|toi) | bien\s+a\s+vous | très\s+cordialement |
    (?:bien\s+)?sincèrement | (?:sincères|meilleures|bien\s+sincères)\s+salutations | salutations(?:\s+distinguées)? |
    bonne\s+(?:fin\s+de\s+)?(?:journée|soirée|semaine|fin\s+de\s+semaine|continuation|réception) |
    belle\s+(?:fin\s+de\s+)?(?:journée|soirée|semaine) | excellente\s+(?:journée|semaine|soirée) |
    à\s+(?:bientôt|très\s+vite|plus|demain|lundi|mardi|mercredi|jeudi|vendredi) | a\s+bientôt |
    merci(?:\s+(?:beaucoup|encore|d['’]avance|par\s+avance|à\s+vous|
        et\s+(?:bonne|belle)\s+(?:journée|soirée|semaine)))? |
    (?:bien\s+|très\s+)?amicalement | amitiés | bises | bien\s+à\s+vous\s+tous |
    merci\s+et\s+à\s+(?:bientôt|très\s+vite|plus|demain) |
    avec\s+(?:mes|nos)\s+(?:(?:meilleures|sincères)\s+)?(?:salutations|remerciements)(?:\s+distinguées)? |
    avec\s+(?:mes|nos)\s+meilleurs\s+(?:vœux|voeux|sentiments) | meilleures\s+salutations |
    warmly | thanks\s*(?:&|and)\s*regards | with\s+(?:appreciation|gratitude) |
    (?:with\s+)?(?:(?:very\s+)?best|kind|warm|warmest|kindest|many|sincere)\s+(?:regards|wishes|thanks) |
    with\s+(?:thanks|regards) | regards | best | all\s+the\s+best |
    thanks(?:\s+(?:again|a\s+lot|so\s+much|in\s+advance))? | thank\s+you(?:\s+(?:again|so\s+much))? | many\s+thanks |
    cheers | sincerely(?:\s+yours)? | yours(?:\s+(?:sincerely|truly|faithfully))? | respectfully | respectueusement |
    br | rgds |
    thx | thks | tks | bàv | bav | cdt | slts | sent\s+with\s+(?:thanks|gratitude|best\s+wishes) |
    talk\s+soon | speak\s+soon | have\s+a\s+(?:good|great|nice)\s+(?:day|week|weekend|one) |
    (?:restant|je\s+reste|nous\s+restons|reste)\s+à\s+votre\s+(?:entière\s+)?(?:disposition|écoute) |
    au\s+plaisir(?:\s+de\s+vous\s+(?:lire|voir|rencontrer)|\s+d['’]échanger)? | dans\s+l['’]attente\s+de\s+vous\s+lire |
    looking\s+forward\s+to\s+(?:hearing\s+from\s+you|speaking|it)
"""
_TO_YOU = r"(?:\s+(?:à\s+(?:vous|toi|tous|toutes|vous\s+tous)|to\s+(?:you|all)|all))?"
_CLOSING = re.compile(rf"^\s*(?:{_CLOSING_WORDS}){_TO_YOU}\s*[,.!…:;-]*\s*$", re.IGNORECASE | re.VERBOSE)
# "Cordialement, Jean Dupont" / "Best, Tom": a closing and a short name on the same line.
_CLOSING_WITH_NAME = re.compile(
    rf"^\s*(?:{_CLOSING_WORDS}){_TO_YOU}\s*[,.!–-]+\s*(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){{0,2}})\s*$",
    re.IGNORECASE | re.VERBOSE,
)
# The formula that ends a French letter, a sentence of its own: what follows it is the signature.
_FORMAL_CLOSING = re.compile(
    r"^\s*(?:veuillez|je\s+vous\s+prie\s+d['’]|nous\s+vous\s+prions\s+d['’]|recevez|je\s+vous\s+adresse|"
    r"nous\s+vous\s+adressons|dans\s+l['’]attente\s+de\s+votre\s+retour,\s+(?:je|nous)\s+vous\s+prions\s+d['’])"
    r".{0,140}\b(?:salutations|sentiments|considération|respects?)\b[^.!?]{0,40}[.!]?\s*$",
    re.IGNORECASE,
)
# Initials that sign a short reply: "JPL", "J.-P. L.", "RMcK" (never a word: "OK", "Merci").
INITIALS = re.compile(r"^(?:[-–—]\s?)?(?:[A-Z]\.?-?\s?|Mc|Mac){2,5}$")
_DASHES = re.compile(r"^\s*--\s*$|^\s*—\s*$|^\s*__\s*$")
_QUOTE_START = re.compile(
    r"""^\s*(?:>|
        -{2,}\s*(?:original\s+message|message\s+d['’]origine|forwarded\s+message|message\s+transféré)|
        (?:de|from|envoyé|sent|von)\s*:\s*\S.*|
        _{10,}\s*$|
        (?:le|on)\s.{0,120}(?:a\s+écrit|wrote)\s*:\s*$|
        begin\s+forwarded\s+message|début\s+du\s+message
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_DEVICE = re.compile(
    r"^\s*(?:sent\s+(?:from|with(?!\s+(?:thanks|gratitude|love|best|kind|warm|regards))|via)\s+.{0,40}|envoyé\s+(?:de|depuis|à\s+partir\s+de|avec)\s+(?:mon|ma|l['’])?.{0,40}|"
    r"get\s+outlook\s+for\s+\w+|obtenir\s+outlook\s+pour\s+\w+|télécharger\s+outlook\s+pour\s+\w+)\s*$",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"""^\s*[*\[(]?\s*(?:
        ce\s+(?:message|courriel|mail|e-mail|email)\b.{0,60}(?:confidenti|destin|pièces|strictement)|
        (?:le\s+présent|cet?)\s+(?:message|courriel|e-?mail)\b.{0,80}(?:confidenti|destin|exclusivement)|
        les\s+informations\s+contenues|
        # "Ce message est confidentiel / peut contenir …", not "Ce message est automatique. X ne fait plus partie …"
        ce\s+message\s+(?:est|peut)(?!\s+(?:un\s+message\s+)?(?:automatique|g[ée]n[ée]r[ée]|envoy[ée]))|
        this\s+(?:e-?mail|message|communication|electronic)\b.{0,80}(?:confidential|intended|privileged|attachments)|
        the\s+information\s+(?:contained|in\s+this)|
        confidential(?:ity)?\s*(?:notice|note|:)|confidentiel(?:lité)?\s*:|
        disclaimer|avertissement|avis\s+de\s+confidentialit|privileged\s*(?:&|and)\s*confidential|
        (?:p\.?s\.?\s*:?\s*|p\s+|🌿\s*|🌱\s*)?(?:pensez|merci\s+de\s+penser|songez)\s+(?:à|a)\s+l['’]environnement|
        (?:p\s+)?please\s+(?:consider|think\s+of)\s+the\s+environment|
        please\s+consider\s+the\s+environment|think\s+before\s+you\s+print|
        afin\s+de\s+contribuer\s+au\s+respect|n['’]imprimez\s+ce|
        if\s+you\s+(?:are\s+not|have\s+received)\s+(?:the\s+intended|this)|
        si\s+vous\s+(?:n['’]êtes\s+pas|avez\s+reçu)\s+(?:le\s+destinataire|ce\s+message)|
        (?:conformément|in\s+accordance)\s+(?:au|with)\s+(?:rgpd|gdpr|règlement)|
        vos\s+données\s+personnelles|your\s+personal\s+data|to\s+unsubscribe|pour\s+vous\s+désinscrire
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_IMAGE = re.compile(
    r"^\s*(?:\[(?:cid:|image:?|logo|inline\s+image|https?://[^\]]*\.(?:png|jpe?g|gif|svg|webp))[^\]]*\]"
    r"(?:<[^>]*>)?|<image\d*\.\w+>|\[cid:[^\]]*\])(?:\s*(?:<image\d*\.\w+>|\[(?:cid|image)[^\]]*\]))*\s*$",
    re.I,
)
_PHONE = re.compile(r"(?:\+|00)\s?\d[\d\s().\-/]{6,}\d|\b0\d(?:[\s.\-]?\d{2}){4}\b|\(?\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}")
_EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# The domains a firm's web site is written under with no "www." or scheme before it (fields.py reads the same).
BARE_TLDS = (
    r"(?:com|co|org|net|ac|gov|gouv)\.[a-z]{2}|com|co|fr|io|eu|net|org|be|ch|de|ca|us|law|legal|finance|fund|partners|group|"
    r"consulting|tech|ai|app|lu|es|it|nl|uk|ie|se|dk|no|fi|at|pt|pl|cz|mc|ma|tn|sn|hk|sg|au|nz|za|mx|br|jp|in"
)
_URL = re.compile(rf"(?:https?://|www\.)\S+|\b[\w-]+\.(?:{BARE_TLDS})\b(?:/\S*)?", re.I)
_POSTCODE = re.compile(
    r"\b(?:\d{5}|\d{2}\s\d{3}|\d{4})\s+[A-ZÀ-Ýa-zà-ÿ]|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\bcedex\b|\bBP\s*\d",
    re.I,
)
# Words that start a street whose number comes after its name ("Calle de Serrano 41", "Via Roma 3").
STREET_NAME_FIRST = r"calle|carrer|c/|avenida|avda\.?|av\.|paseo|plaza|via|viale|piazza|piazzale|corso|largo|rua"
_STREET = re.compile(
    r"^\s*\d+[\s,]*(?:bis|ter)?\b.{0,6}\b(?:rue|avenue|av\.?|bd|boulevard|place|quai|allée|chemin|cours|impasse|route|square|street|st\.?|road|rd\.?|lane|way|drive|avenue|ave\.?|place|floor|suite)\b"
    # the street's name first, its number after (Spain, Italy, Portugal, Latin America, Germany, the Nordics)
    rf"|^\s*(?:{STREET_NAME_FIRST}|avenue|rue)\s+.{{2,40}}?\d"
    r"|^\s*[\wÀ-ÿ-]+(?:strasse|straße|gasse|weg|platz|gatan|vägen|gade|vej|straat|laan|plein|kade)\s+\d",
    re.I,
)
_LABEL = re.compile(
    r"^\s*(?:t[ée]l|tel|phone|mob|mobile|port|portable|gsm|cell|fax|direct|ligne\s+directe|standard|[tmfpdo]|office|switchboard|e-?mail|courriel|web|site|linkedin|adresse|address)\b\.?\s*[:.]",
    re.I,
)
_LEGAL = re.compile(
    r"\b(?:SAS|SARL|SA|SASU|EURL|SCI|SNC|SELARL|SELAS|Inc|inc(?=\.)|Ltd|LLC|LLP|PLC|PLLC|GmbH|AG|BV|Sàrl|SPRL|Corp|Limited|"
    r"Pty|Ltée|S\.A\.S?\.?|P\.C\.|L\.L\.C\.|L\.L\.P\.|S\.p\.A\.|S\.L\.|S\.r\.l\.|Srl|SRL|SpA|S\.A\.M\.|AB|NV|"
    r"plc|SCP|SCEA|EARL|GIE|SELAFA|SARLAU|KG|ApS|Oy|S\.A\.\s+de\s+C\.V\.|DAC|CLG|ULC)(?!\w)\.?"
)
# A meeting or booking link, an award, a "discover our" banner: never a signature line, but contact lines may follow.
_PASSED_OVER = re.compile(
    r"calendly\.com|zoom\.us|teams\.microsoft|meet\.google|join\s+zoom|meeting\s+id|passcode|"
    r"book\s+(?:a\s+)?(?:time|meeting|call)|prendre\s+rendez-vous|prise\s+de\s+rendez-vous|prenez\s+rendez-vous|"
    r"schedule\s+a\s+(?:meeting|call)|bookwithme|on\s+recrute\b|"
    r"réserver\s+un\s+créneau|doctolib\.|découvrez\b|"
    r"médaille\s+d|lauréat|award-winning",
    re.IGNORECASE,
)
# A firm's registration, licence or capital, a "follow us" line: a footer under the signature, never one of its lines
# (an ORIAS number stays: an adviser writes it in the block).
_FOOTER = re.compile(
    r"\b(?:RCS|SIREN|SIRET|capital\s+(?:social\s+)?(?:de\s+)?\d|au\s+capital|TVA\s+(?:intra|FR)|P\.?\s?IVA|VAT\s+(?:No|number|reg)|"
    r"ICE\s*:|BCE\s+\d|Reg(?:istration)?\.?\s+No|registered\s+in\s+\w+|company\s+(?:number|no\.?|reg)|"
    r"licen[cs]e\s+(?:no|number|#)|DRE\s*#|FMC\s+Licen|NMLS|CRD\s*#|B-BBEE|KvK|Handelsregister|Registergericht|"
    r"suivez[-\s]nous|retrouvez[-\s]nous|follow\s+us|rejoignez[-\s]nous\s+sur|suivez\s+l['’]actualit|"
    r"(?:follow|see)\s+(?:our|my)\s+(?:\w+\s+){0,2}on\s+(?:instagram|linkedin|twitter|x|facebook|youtube)|"
    r"suivez\s+(?:nos|notre|mes|mon)\s+(?:\w+\s+){0,2}sur\s+(?:instagram|linkedin|twitter|x|facebook|youtube)|"
    r"inscrite?\s+(?:auprès|au\s+registre)|TVA\s+BE|\bBCE\b|\bKBO\b|Amtsgericht|HRB\s*\d|\bABN\s+\d|\bAFSL\b|"
    r"horaires\s+d['’]ouverture|opening\s+hours|monday\s+to\s+friday|licensed,\s+bonded|\bROC\s*#|"
    r"we['’]re\s+hiring|nous\s+recrutons|licensed\s+real\s+estate|wire\s+fraud|\bCIN\s*:|n°\s+d['’]entreprise|"
    r"\bIBAN\b|\bNAF\b)",
    re.IGNORECASE,
)
# A line that ends with an abbreviation's dot, not a sentence's: a designation, a legal form, a "Jr.".
_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Za-z]{1,4}\.[A-Za-z]{1,4}\.(?:[A-Za-z]{1,4}\.)*|\b(?i:esq|jr|sr|inc|ltd|co|corp|phd|pte|pty|bros|ltée|izq|dcha)\.)"
    r"\s*$"
)
_SENTENCE = re.compile(r"[.?!:;]\s*$")
# A postcode then a capitalised city at the end ("…, 1053 Tunis"; never "… le 14 janvier 2026 à Lyon").
_ENDS_WITH_CITY = re.compile(r"\b\d{4,5}\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A line that opens as an address does: a unit, a floor, a building, then its number or name and a comma or a dash.
_ADDRESS_START = re.compile(
    r"^(?:unit|level|suite|floor|\d{1,2}(?:st|nd|rd|th)\s+floor|immeuble|r[ée]sidence|b[âa]timent|villa|tour|lot\.?|"
    r"lotissement|building|bldg\.?|block|office)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3}\s*[,–-]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Block:
    lines: list[int]  # indexes in text.split("\n"), in order
    confidence: float  # that these lines are the sender's signature (or that there is none, when empty)
    closing: int | None  # the closing line's index, when one was found
    reason: str  # how the block was found: "closing", "separator", "cues", "initials", "own-message", "none"
    overlong: bool = False  # the run went on past MAX_LINES: `lines` are its first MAX_LINES, no one's signature


def fold(text: str) -> str:
    """Lower case without accents, for comparisons of names."""
    if text.isascii():
        return text.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


_DISCLAIMER_WORDS = re.compile(
    r"confidenti|intended\s+(?:solely|only|recipient|for)|destinataire|privileged|pièces\s+jointes|"
    r"strictly\s+prohibited|strictement\s+interdit|received\s+this\s+(?:e-?mail|message)\s+in\s+error|par\s+erreur",
    re.I,
)
# Words a person also writes ("a confidential valuation", "le destinataire du virement", "envoyé par erreur"): alone,
# they do not make a sentence a legal notice; with another of the disclaimers' words they do.
_COMMON_WORDS = frozenset(("confidenti", "destinataire", "par erreur", "pièces jointes"))


def is_disclaimer(line: str) -> bool:
    """A legal disclaimer's first line: a known opening, or a long sentence with the disclaimers' words (two of them,
    or one a person would not write about their own business)."""
    if _DISCLAIMER.match(line):
        return True
    if len(line.split()) < 12:
        return False
    found = {" ".join(m.group(0).lower().split()) for m in _DISCLAIMER_WORDS.finditer(line)}
    return len(found) >= 2 or any(word not in _COMMON_WORDS for word in found)


def region_end(lines: list[str]) -> int:
    """Index of the first line that no signature may cross: quoted history, device line, disclaimer."""
    for i, line in enumerate(lines):
        if _QUOTE_START.match(line) or _DEVICE.match(line) or is_disclaimer(line):
            return i
    return len(lines)


def cue(line: str) -> bool:
    """A contact cue: a phone number, an e-mail address, a web address, a postal address, a legal form or a label."""
    return bool(
        _PHONE.search(line)
        or _EMAIL.search(line)
        or _URL.search(line)
        or _POSTCODE.search(line)
        or _STREET.match(line)
        or _LEGAL.search(line)
        or _LABEL.match(line)
    )


def is_closing(line: str) -> bool:
    """A closing alone on its line ("Cordialement,", "Cordialement / Best regards"), with a name after it, or the
    French letter's formula on its own line ("Veuillez agréer, Madame, mes salutations distinguées.")."""
    if " / " in line and all(_CLOSING.match(part) for part in line.split(" / ")):
        return True
    return bool(_CLOSING.match(line) or _CLOSING_WITH_NAME.match(line) or _FORMAL_CLOSING.match(line))


def prose(line: str) -> bool:
    """A line that reads as a sentence of the message, not as a signature line."""
    stripped = line.strip()
    if len(stripped) > MAX_LINE:
        return True  # no signature line is that long, and the fields' patterns are never run on one
    if "|" in stripped:
        return any(prose(part) for part in stripped.split("|") if part.strip())
    if cue(stripped) and len(_WORD.findall(stripped)) <= 12:
        return False
    if stripped.count(",") >= 2 and _ENDS_WITH_CITY.search(stripped) and len(_WORD.findall(stripped)) <= 25:
        return False  # a whole address on one line: "Immeuble Yasmine, Bloc B, 3e étage, Rue du Lac …, 1053 Tunis"
    if _ADDRESS_START.match(stripped) and not stripped.endswith((".", "?", "!")) and len(_WORD.findall(stripped)) <= 25:
        return False  # "Unit 2302, 23/F, Pacific Trade Centre, … Hong Kong", "Immeuble Le Mahana, 2e étage – Rue …"
    words = _WORD.findall(stripped)
    if (
        9 < len(words) <= 14
        and fold(words[0]) in _JOB_NOUNS
        and not stripped.endswith((".", "?", "!", ":"))
        and "," not in stripped
    ):
        return False  # a position and its court or speciality: "Avocat agréé près la Cour suprême et le Conseil d'État"
    if len(words) > 9:
        return True
    if _ABBREVIATION_END.search(stripped):
        return False  # "Rebecca Stone, Ph.D.", "Martin L. Fry, Esq.", "Transportes del Norte, S.A. de C.V."
    return bool(_SENTENCE.search(stripped)) and len(words) >= 4 and not stripped.endswith(":")


def _names_user(line: str, user_address: str | None, user_name: str | None) -> bool:
    """The line carries the mailbox user's address, or starts with the user's full name."""
    if user_address and user_address.lower() in line.lower():
        return True
    if user_name:
        name = fold(user_name).strip()
        if name and len(name.split()) >= 2 and fold(line).strip(" ,|-*").startswith(name):
            return True
    return False


# Address local parts and display names that name a role or a team, not a person.
ROLE_WORDS = {
    "contact",
    "info",
    "infos",
    "hello",
    "bonjour",
    "admin",
    "office",
    "sales",
    "marketing",
    "support",
    "service",
    "services",
    "direction",
    "assistante",
    "assistant",
    "accueil",
    "compta",
    "comptabilite",
    "accounts",
    "billing",
    "factures",
    "facturation",
    "noreply",
    "no",
    "reply",
    "team",
    "equipe",
    "rh",
    "hr",
    "jobs",
    "recrutement",
    "commercial",
    "commerciale",
    "gestion",
    "secretariat",
    "agence",
    "cabinet",
    "mail",
    "email",
    "webmaster",
}


def _name_tokens(sender_name: str | None, sender_address: str | None) -> set[str]:
    """Words of the sender's display name and address local part ("jean.dupont", "jdupont"), roles aside."""
    tokens: set[str] = set()
    if sender_name and "@" not in sender_name:
        tokens |= {t for t in re.split(r"[\s,.'’()-]+", fold(sender_name)) if len(t) >= 2}
    if sender_address and "@" in sender_address:
        local = sender_address.split("@", 1)[0]
        tokens |= {t for t in re.split(r"[._\-+0-9]+", fold(local)) if len(t) >= 3}
    return tokens - ROLE_WORDS


_PRONOUNS = re.compile(r"\s*\((?:she|he|they|il|elle|iel)(?:\s*/[^)]*)?\)", re.I)
_HONORIFIC = {
    "m", "mme", "mlle", "mr", "mrs", "ms", "dr", "me", "pr", "prof", "sir", "dame", "maitre", "docteur", "professeur",
    "professor", "madame", "monsieur",
}  # fmt: skip


def name_words(text: str) -> list[str]:
    words = [fold(w).strip(".,()*_") for w in re.split(r"[\s'’-]+", _PRONOUNS.sub("", text).strip()) if w]
    return [w for w in words if w and w not in _HONORIFIC and not (len(w) == 1 and w.isalpha())]


def is_sender_name(text: str, tokens: set[str]) -> bool:
    """The text is the sender's name: all its words (initials and honorifics aside) are in the sender's name or
    address, or at least two of them are."""
    words = name_words(text)
    if not tokens or not words or len(words) > 5:
        return False
    hits = sum(w in tokens or _in_local_part(w, tokens) for w in words)
    return hits == len(words) or hits >= 2


def _in_local_part(word: str, tokens: set[str]) -> bool:
    """ "dupont" in "jdupont", "jean" in "jeand": a name word at either end of a glued local part."""
    return len(word) >= 3 and any(len(t) > len(word) and (t.startswith(word) or t.endswith(word)) for t in tokens)


def names_sender(line: str, tokens: set[str]) -> bool:
    if not tokens:
        return False
    return any(is_sender_name(part, tokens) for part in re.split(r"\s*[|,–]\s*|\s+-\s+", line.strip()) if part)


def find_block(
    text: str,
    *,
    sender_address: str | None = None,
    sender_name: str | None = None,
    user_address: str | None = None,
    user_name: str | None = None,
) -> Block:
    lines = text.split("\n")
    if sender_address and user_address and sender_address.strip().lower() == user_address.strip().lower():
        return Block([], 1.0, None, "own-message")
    end = region_end(lines)
    tokens = _name_tokens(sender_name, sender_address)
    nonblank = [i for i in range(end) if lines[i].strip() and not _IMAGE.match(lines[i])]
    if not nonblank:
        return Block([], 0.9, None, "none")

    start: int | None = None
    closing: int | None = None
    reason = "none"
    for i in reversed(nonblank):
        if _DASHES.match(lines[i]):
            start, reason = i + 1, "separator"
            break
        if is_closing(lines[i]):
            after = [j for j in nonblank if j > i]
            if (not after and not _CLOSING_WITH_NAME.match(lines[i])) or (after and prose(lines[after[0]])):
                # A closing with nothing under it, or "Merci." then more message: no closing above it can start
                # a signature either; the block is looked for by its cues.
                break
            closing, reason = i, "closing"
            m = _CLOSING_WITH_NAME.match(lines[i])
            start = i if (m and not _CLOSING.match(lines[i])) else i + 1
            break
    if start is None:
        start = _cue_block_start(lines, nonblank, tokens)
        reason = "cues" if start is not None else "none"
        if start == nonblank[-1] and INITIALS.match(lines[start].strip()):
            reason = "initials"
    if start is None:
        return Block([], 0.8, None, "none")

    block: list[int] = []
    overlong = False
    for j in nonblank:
        if j < start:
            continue
        if _names_user(lines[j], user_address, user_name) or len(lines[j].strip()) > MAX_LINE:
            break  # the user's own signature; a line no signature holds, even the first after a "--"
        if _DASHES.match(lines[j]) or (not block and j != closing and is_closing(lines[j])):
            continue  # the separator itself, a closing under it ("--" then "Cordialement")
        if block and (prose(lines[j]) or _FOOTER.search(lines[j])):
            break  # a company-registration footer, a P.S., "Suivez-nous": the message again, not the signature
        if block and _PASSED_OVER.search(lines[j]):
            continue
        if len(block) == MAX_LINES:
            overlong = True  # one line more than a signature holds: the rest is not read (a 5,000-line list)
            break
        block.append(j)
    confidence = _confidence(lines, block, reason, tokens)
    if overlong:
        confidence = min(confidence, UNSURE)
    return Block(block, confidence, closing, reason if block else "none", overlong)


def _cue_block_start(lines: list[str], nonblank: list[int], tokens: set[str]) -> int | None:
    """Start of the run of short non-sentence lines at the end, when it carries a cue or names the sender."""
    # Initials alone on the last line, the sender's ("JPL" from Jean-Pierre Lambert, "RMcK"): a signature of one line.
    last = lines[nonblank[-1]].strip()
    if INITIALS.match(last) and tokens and last[0].lower() in {t[0] for t in tokens}:
        return nonblank[-1]
    # Paragraphs of prose under the block (a registration footer, a notice, a P.S.), each after a blank line, are
    # not where a signature ends: the block is looked for above them.
    idx = list(nonblank)
    for _ in range(3):
        k = len(idx) - 1
        while k > 0 and idx[k - 1] == idx[k] - 1:
            k -= 1
        paragraph = idx[k:]
        if k == 0 or not all(
            prose(lines[i]) or _FOOTER.search(lines[i]) or _PASSED_OVER.search(lines[i]) for i in paragraph
        ):
            break
        idx = idx[:k]
    run: list[int] = []
    for i in reversed(idx):
        line = lines[i]
        if prose(line) or (len(line.strip()) > 90 and "|" not in line):
            break
        run.insert(0, i)
        if len(run) >= MAX_LINES:
            break
    if not run:
        return None
    # The run may begin with the end of the message ("Je vous rappelle demain"): start at the sender's name, or
    # at the first line of a compact run of cue lines.
    named = [i for i in run if names_sender(lines[i], tokens)]
    cues = [i for i in run if cue(lines[i]) or title_line(lines[i])]
    if named:
        first = named[0]
        if cues or first == run[-1] or len(run) <= 4:
            k = run.index(first)
            if k > 0 and run[k - 1] == first - 1 and _short_label_line(lines[first - 1]):
                return first - 1  # a title written above the name, on the line just above
            return first
    if cues:
        # walk up from the first cue over at most three short lines (name, title, company)
        first = cues[0]
        k = run.index(first)
        while k > 0 and k > run.index(first) - 3 and not lines[run[k - 1]].rstrip().endswith((".", "?", "!")):
            if run[k] - run[k - 1] > 2:
                break
            k -= 1
        return run[k]
    return None


# Job nouns that name a position wherever they stand in a short line ("Sales Director", "Directrice juridique");
# words like "office", "sales" or "senior" alone say nothing.
_JOB_NOUNS = {
    "directeur",
    "directrice",
    "responsable",
    "gerant",
    "gerante",
    "president",
    "presidente",
    "fondateur",
    "fondatrice",
    "associe",
    "associee",
    "manager",
    "director",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "founder",
    "co-founder",
    "partner",
    "consultant",
    "consultante",
    "engineer",
    "ingenieur",
    "ingenieure",
    "analyst",
    "analyste",
    "avocat",
    "avocate",
    "notaire",
    "conseiller",
    "conseillere",
    "attorney",
    "solicitor",
    "accountant",
    "comptable",
    "officer",
    "vp",
    "chargee",
    "charge",
    "juriste",
    "courtier",
    "courtiere",
    "dg",
    "pdg",
    "daf",
    "drh",
    "praticien",
    "praticienne",
    "chirurgien",
    "chirurgien-dentiste",
    "negociateur",
    "negociatrice",
    "inspecteur",
    "inspectrice",
    "expert-comptable",
    "expert-fiduciaire",
    "commissaire",
    "professeur",
    "professor",
    "surgeon",
    "dean",
    "realtor",
    "copywriter",
    "instructrice",
    "instructeur",
    "controleur",
    "controleuse",
    "conducteur",
    "specialist",
    "assistante",
    "assistant",
    "secretaire",
    "notariale",
    # the professions of a practice, a farm, a workshop or a town hall
    "kinesitherapeute",
    "masseur-kinesitherapeute",
    "osteopathe",
    "infirmier",
    "infirmiere",
    "sage-femme",
    "orthophoniste",
    "podologue",
    "psychologue",
    "veterinaire",
    "tresorier",
    "tresoriere",
    "maire",
    "adjoint",
    "adjointe",
    "ebeniste",
    "exploitant",
    "exploitante",
    "agriculteur",
    "agricultrice",
    "viticulteur",
    "viticultrice",
    "medecin",
    "pharmacien",
    "pharmacienne",
}


def title_line(line: str) -> bool:
    """A short line naming a position: a signature's line even with no phone or address under it."""
    stripped = line.strip()
    words = [fold(w).strip(",.()") for w in stripped.split()]
    return 0 < len(words) <= 6 and any(w in _JOB_NOUNS for w in words) and not _SENTENCE.search(stripped)


def _short_label_line(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(_WORD.findall(stripped)) <= 6 and not re.search(r"[.?!:,;]$", stripped) and not is_closing(stripped)


def _confidence(lines: list[str], block: list[int], reason: str, tokens: set[str]) -> float:
    if not block:
        return 0.8
    score = {"closing": 0.55, "separator": 0.6, "cues": 0.45, "initials": 0.75}.get(reason, 0.4)
    if any(names_sender(lines[i], tokens) for i in block):
        score += 0.25
    n_cues = sum(cue(lines[i]) for i in block)
    score += min(0.2, 0.07 * n_cues)
    if any(prose(lines[i]) for i in block):
        score -= 0.25
    return round(max(0.0, min(1.0, score)), 3)
