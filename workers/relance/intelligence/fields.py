"""Fields of a signature block: name, title, company, phones (E.164 with their type), e-mail, web site,
LinkedIn, postal address, each with a confidence.

Lines are cut into segments at `|`, `•`, `·` and dashes between parts (never the dash of
`12, rue … – 75002 Paris`), then each segment is read by rules: contact cues first (e-mail, LinkedIn, web site,
phones with their labels, address), then the person and the company with the rule entities (titles, legal
forms) and the sender's name and domain. The statistical model runs only when the rules leave the person or the
company unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberType

from relance.intelligence import entities as ents
from relance.intelligence.signature import (
    _CLOSING_WITH_NAME,
    _CLOSING_WORDS,
    _LEGAL,
    _POSTCODE,
    _PRONOUNS,
    BARE_TLDS,
    INITIALS,
    STREET_NAME_FIRST,
    fold,
    is_closing,
    is_sender_name,
    names_sender,
    title_line,
)

# Free-mail providers: a domain there names no firm. The same list as private.free_mail_domains
# (sql/tables/080_contacts.sql; tests/test_signature.py holds the two equal).
# Free-mail providers: a domain there names no firm. The list private.free_mail_domains seeds
# (sql/tables/080_contacts.sql); tests/test_contacts.py holds the two equal.
FREE_MAIL = {
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr", "ymail.com", "hotmail.com", "hotmail.fr", "outlook.com",
    "outlook.fr", "live.com", "live.fr", "msn.com", "icloud.com", "me.com", "mac.com", "aol.com", "aol.fr",
    "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net", "bbox.fr", "numericable.fr",
    "club-internet.fr", "aliceadsl.fr", "voila.fr", "gmx.fr", "gmx.com", "gmx.de", "gmx.net", "web.de",
    "protonmail.com", "proton.me", "pm.me", "yandex.com", "mail.com", "tutanota.com", "skynet.be", "bluewin.ch",
    "cegetel.net", "noos.fr", "tele2.fr", "9online.fr", "libertysurf.fr", "netcourrier.com", "mailo.com",
    "caramail.com", "icloud.fr", "telenet.be", "proximus.be", "voo.be", "scarlet.be", "hotmail.be", "live.be",
    "sunrise.ch", "hispeed.ch", "gmx.ch", "bluemail.ch", "protonmail.ch", "pt.lu", "videotron.ca", "sympatico.ca",
    "bell.net", "yahoo.ca", "hotmail.ca", "hotmail.co.uk", "yahoo.co.uk", "live.co.uk", "btinternet.com", "sky.com",
    "t-online.de", "freenet.de", "posteo.de", "mailbox.org", "libero.it", "virgilio.it", "tiscali.it", "alice.it",
    "hotmail.it", "yahoo.it", "hotmail.es", "yahoo.es", "telefonica.net", "zoho.com", "fastmail.com", "tuta.io",
    "yandex.ru", "mail.ru", "qq.com", "163.com", "126.com", "naver.com", "comcast.net", "verizon.net", "att.net",
    "sbcglobal.net",
}  # fmt: skip

# Between two fields on one line: a bar or a bullet, a spaced dash, a spaced slash, or a tab (a two-column table
# flattened to text: "Sébastien Morin<TAB>Cabinet Morin & Faure").
_SPLIT = re.compile(r"\s*[|•·◦]\s*|\s+[–—-]\s+(?!\d{4,6}\b|[A-Z]{1,2}\d)|\s+/\s+(?=\D)|\s*\t+\s*")
_EMAIL = re.compile(r"(?:mailto:)?(?<![\w.+'-])([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)", re.I)
_LINKEDIN = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|company|pub)/[\w%\-.]+/?", re.I)
_URL = re.compile(
    r"(?:https?://|www\.)[\w-]+(?:\.[\w-]+)+(?:/[^\s|,;]*)?"  # after a scheme or www.: any domain
    rf"|[\w-]+(?:\.[\w-]+)*\.(?:{BARE_TLDS}|paris|bzh|immo|info|biz|ae|ci|cm|dz|il|ke|ng|quebec|swiss|lawyer|bank|"
    r"insurance|capital|agency|studio|games|scot|wales|wine|vin|bio|eco|health|care|dental|clinic|travel|shop|store|"
    r"online|digital|media|design|energy|solar|farm|coop|ngo|global|world|works|company|email|team|cloud|dev)\b"
    r"(?:/[^\s|,;]*)?",
    re.I,
)
_SOCIAL = re.compile(r"twitter\.com|x\.com/|facebook\.com|instagram\.com|youtube\.com|calendly\.com|bit\.ly", re.I)
_US_NUMBER = r"\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}"  # (212) 555-0147, 212.555.0147
_PHONE = re.compile(
    r"(?:\+|00)\s?\(?\d(?:[\d().\-/]|\s(?=\S)){6,}\d|\(?\b0\d\)?(?:[\d.\-]|\(0\)|/(?=\d)|\s(?=\S)){7,}\d"
    # a country code in brackets without its plus: "(687) 27 54 13" (read as one only where that is valid)
    r"|\(\+?[1-9]\d{0,2}\)\s?\d{2}(?:[\d.\-]|\s(?=\S)){3,}\d"
    rf"|\(?\b{_US_NUMBER}\b"
    r"|\b[2-9]\d{3}[ -]\d{4}\b"  # Singapore, Hong Kong: eight digits in two groups, taken only when valid
    # no trunk prefix ("33 939 52 18" in Dakar, "98110 67452" in Delhi, "27 21 24 08 50" in Abidjan): only after a
    # label and only when valid
    r"|(?<![\d+])\b[1-9]\d{1,4}(?:[ .-]\d{2,5}){1,4}\b"
)
_US_SHAPE = re.compile(rf"\(?{_US_NUMBER}")
_PHONE_LABEL = re.compile(
    r"(?P<label>t[ée]l[ée]?(?:phone)?(?:\s+(?:fixe|bureau|portable|mobile|direct))?|tel|phone|ph|office|bureau|"
    r"standard|switchboard|main|accueil|ligne\s+directe|direct(?:\s+line|\s+dial)?|dl|dd|mob(?:ile)?|port(?:able)?|"
    r"gsm|cell(?:ular)?|cellulaire|fax|télécopieur|telecopieur|télécopie|telecopie|t[ée]l[ée]c|work|whatsapp|"
    r"(?:mobile|mob|portable|gsm)\s*/\s*whatsapp|[tmfpdwoc])\b\.?\s*"
    r"(?:\([^)]*\))?\s*[:.]?\s*$",
    re.I,
)
_LABEL_AFTER = re.compile(r"\s*\((m|mob|mobile|cell|c|o|office|w|work|f|fax|t|tel|d|direct|p)\)", re.I)
_MOBILE_LABEL = re.compile(
    r"^(?:mob|mobile|port|portable|gsm|cell|cellular|cellulaire|m|c|whatsapp|(?:mobile|mob|portable|gsm)\s*/\s*whatsapp|"
    r"t[ée]l[ée]?(?:phone)?\s+(?:portable|mobile))$",
    re.I,
)
_FAX_LABEL = re.compile(r"^(?:fax|télécopie|telecopie|télécopieur|telecopieur|t[ée]l[ée]c|f)$", re.I)
_STREET = re.compile(
    r"^\s*(?:\d+[a-z]?(?:\s*[-–]\s*\d+)?\s*,?\s*(?:bis|ter)?\s*,?\s+(?:[\w'’.-]+?[\s-]+){0,4}?"
    r"(?:rue|avenue|av\.?|bd|boul\.?|boulevard|place|quai|allée|chemin|cours|impasse|route|square|esplanade|parvis|"
    r"rond-point|passage|faubourg|street|st\.?|road|rd\.?|lane|ln\.?|way|drive|dr\.?|ave\.?|plaza|row|"
    r"terrace|court|ct\.?|parkway|blvd\.?|broadway|wall|hill|gardens|strasse|straße|chaussée|laan|weg)\b"
    r"|(?:bp|cs|po\s+box|p\.o\.\s+box)\s*\d+"
    # the street's name first, its number after ("Calle de Serrano 41", "Av. Constitución 2050", "Via Roma 3")
    rf"|(?:{STREET_NAME_FIRST})\s+.{{2,40}}?\d)",
    re.I,
)
_BUILDING = re.compile(
    r"\b(?:tour|bâtiment|bat\.?|immeuble|résidence|building|house|floor|étage|suite|level|campus|"
    r"zi|za|zac|zone|atrium|docks|unit|espace|technopole|technopôle|pôle|hôtel|mansion|tower|plaza|lieu-dit|"
    r"parc\s+(?:d['’]activit\w*|d['’]innovation|technolog\w*|industriel\w*|tertiaire|scientifique|d['’]affaires)|"
    r"hangar|terminal|quai|room|hall|site|stade|aéroport|airport|cité|estate|wharf|mall|centre\s+commercial|"
    r"lotissement|(?:plot|sector|block|blk|bloc|lot|office)\s+(?:no\.?\s*)?[A-Z\d]{1,5})\b",
    re.I,
)
_STREET_AFTER = re.compile(r"^\s*[A-Za-zÀ-ÿ][\w'’. -]{1,40}?\s\d{1,4}[a-zA-Z]?(?:\s*[-/]\s*\d{1,4})?\s*$")
_COUNTRIES = (
    r"france|belgique|belgium|suisse|switzerland|luxembourg|united\s+kingdom|uk|england|scotland|wales|usa|"
    r"united\s+states|canada|germany|allemagne|deutschland|espagne|spain|españa|italie|italy|italia|monaco|ireland|"
    r"irlande|maroc|morocco|tunisie|tunisia|sénégal|senegal|méxico|mexico|mexique|sweden|suède|sverige|"
    r"(?:the\s+)?netherlands|pays-bas|nederland|portugal|south\s+africa|afrique\s+du\s+sud|hong\s+kong|singapore|singapour|"
    r"australia|australie|new\s+zealand|austria|autriche|denmark|danemark|norway|norvège|finland|poland|pologne|"
    r"uae|u\.a\.e\.|united\s+arab\s+emirates|émirats\s+arabes\s+unis|japan|japon|india|inde|côte\s+d['’]ivoire|"
    r"cote\s+d['’]ivoire|cameroun|cameroon|kenya|nigeria|brazil|brésil|brasil|israel|israël|algérie|algeria|"
    r"nouvelle[\s-]cal[ée]donie|new\s+caledonia|(?:la\s+)?r[ée]union|guyane(?:\s+fran[çc]aise)?|martinique|guadeloupe|mayotte|"
    r"polyn[ée]sie\s+fran[çc]aise|grand[\s-]duch[ée]\s+de\s+luxembourg|principaut[ée]\s+de\s+monaco|andorr[ae]|"
    r"madagascar|maurice|mauritius|gabon|congo|mali|burkina\s+faso|b[ée]nin|togo|niger|liban|lebanon|qatar|"
    r"saudi\s+arabia|arabie\s+saoudite|haïti|haiti"
)
_COUNTRY = re.compile(rf"^\s*(?:{_COUNTRIES})\s*$", re.I)
# "Avenue Louise 149", "Rue du Rhône 42", "Bahnhofstrasse 10", "Meir 50": the number after the street (Belgium,
# Switzerland, Germany, the Netherlands), recognised only right above a city line.
_STREET_AFTER_CITY = re.compile(
    r"^\s*[A-Za-zÀ-ÿ][\w'’., -]{1,50}?\s\d{1,4}[a-zA-Z]?\s*(?:,|\s[–—-])\s*(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{3}\s\d{2})\s+"
    rf"[A-Za-zÀ-ÿ][\w'’ -]*?(?:\s*,\s*(?i:{_COUNTRIES}))?\s*$"
)
# A whole address on one line whose end is a postcode that says it is one: UK ("Mayfair, London W1J 5LJ"), Irish
# Eircode ("Dublin 2, D02 TX82"), US state and ZIP ("Suite 1200, Chicago, IL 60601"), Canadian ("Québec (Québec)
# G1V 4T3"), or a continental postcode after a comma ("Immeuble Le Patio, 47 bd Abdelmoumen, 20340 Casablanca").
_POSTAL_END = (
    r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4}|[A-Z]{2}\s+\d{5}(?:-\d{4})?|"
    r"[A-Z]\d[A-Z]\s?\d[A-Z]\d|Singapore\s+\d{6}|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}|\d{4}\s?[A-Z]{2}\s+[A-Z][a-z]+)"
)
# A street line that also names its city and country, or a country only: "14 Fredman Drive, Sandton, 2196,
# South Africa", "Suite 2301, 23/F, Two Pacific Place, 88 Queensway, Admiralty, Hong Kong".
_ENDS_WITH_POSTCODE_OR_COUNTRY = re.compile(
    r"(?:,\s*|\s)(?:[A-ZÀ-Ý][\w'’-]+\s+)?(?:[-–]\s*)?(?:\d{4,6}|\d{3}\s\d{3}|\d{4}-\d{3}|\d{3}-\d{4})"
    r"(?:\s*,\s*[A-ZÀ-Ý][\w'’ ]{2,30})?\s*$"
    rf"|,\s*(?i:{_COUNTRIES})\s*$"
)
# A post-office box ("BP 3165 Dakar", "PO Box 47-210", "Case postale 48"), and a place then "– postcode City".
_PO_BOX = re.compile(r"\b(?:BP|B\.P\.|CS|P\.?\s?O\.?\s+Box|Case\s+postale)\s*[\d-]{2,}", re.I)
_DASH_CITY_END = re.compile(
    r"\s[–—-]\s*(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÀ-Ý][\w'’ -]+?(?:\s+(?i:cedex)(?:\s+\d+)?)?"
    rf"(?:\s*\((?i:{_COUNTRIES})\)|\s*[–—-]\s*(?i:{_COUNTRIES}))?\s*$"
)
_STREET_INSIDE = re.compile(
    r"\b\d{1,5}[a-z]?,?\s+(?:[\w'’.-]+\s+){0,4}?(?:street|st|road|rd|drive|avenue|ave|lane|way|boulevard|blvd|"
    r"place|square|crescent|close|terrace|parade|highway|queensway|rue|avenue|quai|chemin|route|allée|impasse|cours)\b"
    r"|\b(?:rua|calle|carrer|via|viale|avenida|rue|boulevard|route|chemin|allée)\s+[\w'’ -]{2,40}?\d"
    r"|\b\d{1,4}-\d{1,4}-\d{1,4}\b",  # a Japanese block number: "2-3-1 Marunouchi"
    re.I,
)
_ONE_LINE_ADDRESS = re.compile(
    rf"^\s*[\wÀ-ÿ][\w .,'’()&/#–-]*?(?:[\s,]\s*{_POSTAL_END}|"
    rf",\s*(?:[A-Z]{{1,2}}-|AD|MC\s)?\d{{3,5}}\s+[A-ZÀ-Ý][\w'’ -]*"
    rf"(?:\s+(?i:cedex)(?:\s+\d+)?)?)\s*(?:,?\s*(?i:{_COUNTRIES}))?\s*$"
)
_CITY_LINE = re.compile(
    r"^\s*(?:(?:f-|fr-|b-|ch-|l-|nl-|mc[\s-]|ad)?(?:\d{4,5}|\d{4}\s?[A-Z]{2}|(?<=ad)\d{3})\s+[A-ZÀ-Ýa-zà-ÿ][\w'’ -]*"
    r"(?:\s+cedex(?:\s+\d+)?)?(?:\s*\([\w\s.'’-]{2,20}\))?"
    r"|[A-Za-zÀ-ÿ][\w .'’-]+,?\s+(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4,5})"
    r"|[A-Za-zÀ-ÿ][\w .'’-]+\s+cedex(?:\s+\d+)?|singapore\s+\d{6})"
    rf"\s*,?\s*(?:{_COUNTRIES})?\s*$",
    re.I,
)
_HAS_DIGIT = re.compile(r"\d")
# A street without a number, after a place or alone: "Le Continental, Place des Moulins", "Avenue Léopold Sédar
# Senghor" (read only right above an address's first line).
_NAMED_STREET = re.compile(
    r"(?:,|^)\s*(?:place|rue|avenue|boulevard|bd|quai|allée|chemin|route|impasse|cours|esplanade|promenade|road|"
    r"street)\s+(?:de\s+la\s+|des\s+|du\s+|de\s+l['’]|d['’]|de\s+)?[A-ZÀ-Ý]",
    re.I,
)
_BOX_CITY_LINE = re.compile(
    r"^\s*(?:\d{2}\s+)?(?:BP|B\.P\.|CS|P\.?\s?O\.?\s+Box|Case\s+postale)\s*[\d-]{2,}\s*[,–—-]?\s*(?:\d{4,5}\s+)?"
    rf"[A-ZÀ-Ý][\w'’ -]+?(?:\s+\d{{1,2}})?(?:\s*[,–—-]\s*(?i:{_COUNTRIES}))?\s*$",
    re.I,
)
_DEPARTMENT = re.compile(
    r"(?:\b|l['’])(?:service|département|departement|department|direction|team|équipe|equipe|pôle|pole|agence|cabinet|"
    r"groupe|group|office|bureau|division|support|comptabilité|accounts|suivez|follow|retrouvez)\b",
    re.I,
)
_HONORIFICS = (
    r"M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Dr\.?|Me|Pr\.?|Prof\.?|Maître|Maitre|Docteur|Professeur|Professor|Sir|"
    r"Dame|Madame|Monsieur|i\.\s?A\.|i\.\s?V\.|Capt\.?|Capitaine|Col\.?|Colonel|Cdt\.?|Maj\.?|Gen\.?|Lt\.?|Cdr\.?|"
    r"Ir\.|Ing\.|Rev\.?|Fr\.|\((?:ER|retd?\.?|Ret\.)\)"
)
# A block's first line naming a team or a service, not a person.
TEAM = re.compile(
    r"^\s*(?:l['’]|le\s+|la\s+|les\s+|the\s+)?(?:équipe|equipe|service|team|pôle|pole|département|departement|"
    r"department|direction|division|secrétariat|accueil)\b|\b(?:team|services?\s+team|desk|onboarding|support|division|"
    r"department)\s*$",
    re.I,
)
_PERSON = re.compile(
    rf"^(?:(?:{_HONORIFICS})\s+)?[A-ZÀ-Ý](?:\.|[\w'’-]*)"
    r"(?:\s+(?:(?:de|van|von|der|den|le|la|du|des|di|da|del|della|dos|das|i|y|ter|ten|zu|bin|ben|al|el)\s+|d['’])*"
    r"[A-ZÀ-Ý][\w'’.-]*){0,3}$"
)
_LABEL_PREFIX = re.compile(
    r"^\s*(?:e-?mail|courriel|mail|web|site(?:\s+web)?|website|linkedin|adresse|address|siège|head\s+office|nom|name|"
    r"pr[ée]nom\s+nom|fonction|poste|titre|title|position|job\s+title|soci[ée]t[ée]|company|entreprise|firm|"
    r"organisation|organization)\s*[:.]\s*",
    re.I,
)
_CREDENTIAL_WORDS = (
    # the longer forms first, where a shorter one is their start ("CA(SA)" before "CA")
    r"CA\s?\(SA\)|CA\s?\(Z\)|CPA\s?\(Aust\.?\)|CFP\s?\(SA\)|MRPharmS|FRPharmS|"
    r"CFA|CFP|CPA|CAIA|FRM|MBA|PhD|Ph\.\s?D\.?|CIPM|ACA|FCA|ACCA|FCCA|CTA|ATT|Esq\.?|MD|M\.D\.|JD|J\.D\.|LLM|LL\.M\.|"
    r"Chartered\s+FCSI|FCSI|MCSI|MRICS|FRICS|AssocRICS|FRCS|FRCP|FRCPI|MRCP|MRCGP|AITI|CGP|CIF|DPLE|PFS|DipPFS|APFS|"
    r"ChFC|CLU|CIMA|ACMA|FCMA|CGMA|CISA|CISSP|CFE|PMP|CEng|FIA|FFA|RIBA|FRSA|QC|KC|CBE|OBE|MBE|MSc|LLB|FPFS|"
    r"Pr\.\s?Eng|P\.\s?Eng\.?|PEng|MBBS|MBChB|FAAOS|FACS|FACP|MPH|FSA|FCIA|CHS|ACII|FCII|CPA\s?CA|CA|"
    r"DDS|DMD|RN|MSN|BSN|NP|BDS|MIET|MIStructE|ing\.|PharmD|Pharm\.D\.|DVM|CPWA|CRPC|CRPS|AIF|CEPA|CDFA|RICP|"
    r"CIMC|CTFA|AAMS|CWS|TEP|ACIB"
)
_CREDENTIALS = re.compile(rf"(?:(?:{_CREDENTIAL_WORDS})[®™]?(?:\s*,\s*|\s+|$))+", re.I)
# What is not the name in a name line: a title of address before it ("Maître", "Dr", "Sir", "i.A."), designations
# after it ("CFA", ", Ph.D.", "ACA CTA", ", Esq."). Case matters after the name: "Jean DUPONT" keeps its capitals.
_NAME_PREFIX = re.compile(rf"^(?:(?:{_HONORIFICS}|CA)\s+)+")
_NAME_SUFFIX = re.compile(rf"(?:\s*,?\s+(?:(?:{_CREDENTIAL_WORDS}|BSc|MEng|BEng)[®™]?|\(Hons\))(?=\s|,|$))+\s*,?\s*$")
# Regulators and registers linked from signatures: not the firm's web site.
_REGISTRY_SITES = re.compile(
    r"orias\.fr|amf-france\.org|cncgp\.fr|anacofi\.|cnil\.fr|fca\.org\.uk|sec\.gov|finra\.org|legifrance", re.I
)
_ORIAS = re.compile(r"\borias\b\D{0,12}(\d[\d ]{6,10}\d)", re.I)

FIELDS = ("name", "title", "company", "email", "website", "linkedin", "address")
# A signature carries a few numbers: a standard, a direct line, a mobile, a fax (the 865 signatures labelled in eval/
# hold 3 at most, 2 of one type at most), a fifth at the very most (a second mobile, another office). A block with
# more is a list (a firm's offices, a directory, a table pasted under a closing), not one person's numbers: the reader
# keeps the first of each type only, unsure (`one_per_type`), and so it does for a block that is no one's signature.
MAX_PHONES = 5


@dataclass(frozen=True)
class Field:
    value: str
    confidence: float
    line: int  # index of the line it was read from

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "confidence": self.confidence, "line": self.line}


@dataclass(frozen=True)
class Phone:
    value: str  # E.164
    type: str  # landline, mobile or fax
    confidence: float
    line: int
    label: str | None = None  # as written ("Port.", "M", "Ligne directe")

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "type": self.type,
            "confidence": self.confidence,
            "line": self.line,
            "label": self.label,
        }


@dataclass
class Fields:
    name: Field | None = None
    title: Field | None = None
    company: Field | None = None
    email: Field | None = None
    website: Field | None = None
    linkedin: Field | None = None
    address: Field | None = None
    orias: Field | None = None
    phones: list[Phone] = field(default_factory=list)
    entities: list[ents.Entity] = field(default_factory=list)
    model_used: bool = False


@dataclass
class _Seg:
    line: int
    text: str
    used: bool = False


def _segments(lines: dict[int, str]) -> list[_Seg]:
    segs: list[_Seg] = []
    for i, raw in lines.items():
        text = _PRONOUNS.sub("", raw.strip().strip("*_").strip())
        m = _CLOSING_WITH_NAME.match(text)
        if m and not re.fullmatch(rf"(?ix)\s*(?:{_CLOSING_WORDS})\s*[,.!…:;-]*\s*", text):
            text = m.group("name")
        for part in _SPLIT.split(text):
            part = part.strip(" ,;\t")
            if part:
                segs.append(_Seg(i, part))
    return segs


def one_per_type(phones: list[Phone], confidence: float) -> list[Phone]:
    """The first number of each type (landline, mobile, fax), none above `confidence`: what a list of numbers, or a
    block that is no signature, may say of its sender (a suggestion at most, never a fact applied unseen)."""
    kept: dict[str, Phone] = {}
    for p in phones:
        if p.type not in kept:
            kept[p.type] = Phone(p.value, p.type, min(p.confidence, confidence), p.line, p.label)
    return list(kept.values())


def phone_type(number: phonenumbers.PhoneNumber, label: str | None) -> str:
    lab = (label or "").strip().rstrip(".:").strip()
    if lab and _FAX_LABEL.match(lab):
        return "fax"
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.MOBILE:
        return "mobile"
    if kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.VOIP, PhoneNumberType.UAN):
        return "landline"
    if lab and _MOBILE_LABEL.match(lab):
        return "mobile"
    if kind == PhoneNumberType.UNKNOWN:  # a number outside the plan (a drama range): its prefix still tells
        national = str(number.national_number)
        if (number.country_code == 44 and national.startswith("7")) or (
            number.country_code == 33 and national[:1] in {"6", "7"}
        ):
            return "mobile"
    return "landline"


# A country-code domain names its country's region code, but for the UK's.
CC_REGION = {"uk": "GB"}


# Country-code domains that firms take for their letters, not their country (.io, .ai, .co, .me, .tv …).
_VANITY_TLDS = frozenset(
    ("io", "ai", "co", "me", "tv", "ly", "fm", "to", "ws", "cc", "so", "gg", "am", "la", "vc", "sh")
)


def regions_for(region: str, sender_address: str | None) -> list[str]:
    """Default regions to try for a number written without its country code: the sender's country by the
    address's country-code top-level domain (a firm at a .ch address writes Swiss numbers, whatever the team's
    country), then the team's, then the US (its numbers are rarely prefixed) and the UK."""
    out = []
    if sender_address and "@" in sender_address:
        tld = sender_address.rsplit(".", 1)[-1].lower()
        code = CC_REGION.get(tld) or tld.upper()
        if tld not in _VANITY_TLDS and len(tld) == 2 and code in phonenumbers.SUPPORTED_REGIONS:
            out.append(code)
    out += [region.upper(), "US", "GB"]
    return list(dict.fromkeys(out))


# The overseas departments share France's ten-digit national format but have their own country codes (ARCEP's
# plan): "0692 45 18 73" is +262 692 45 18 73 in Réunion, "0594 …" +594 in French Guiana.
_OVERSEAS = (
    (("262", "692", "693"), 262),
    (("269", "639"), 262),
    (("594", "694"), 594),
    (("596", "696", "697"), 596),
    (("590", "690", "691"), 590),
)
# A country code written in brackets without its plus: "(687) 27 54 13" in Nouméa, "(376) 872 500" in Andorra.
_BRACKETED_CODE = re.compile(r"^\(\+?(\d{1,3})\)\s*(\S.*)$")
# Places a signature names that tell the country of its numbers written without their code.
_PLACE_REGIONS = (
    (re.compile(r"\b(?:la\s+)?r[ée]union\b|\b974\d{2}\b", re.I), "RE"),
    (re.compile(r"\bguyane\b|\bfrench\s+guiana\b|\b973\d{2}\b", re.I), "GF"),
    (re.compile(r"\bmartinique\b|\b972\d{2}\b", re.I), "MQ"),
    (re.compile(r"\bguadeloupe\b|\b971\d{2}\b", re.I), "GP"),
    (re.compile(r"\bmayotte\b|\b976\d{2}\b", re.I), "YT"),
    (re.compile(r"\bnouvelle[\s-]cal[ée]donie\b|\bnew\s+caledonia\b|\bnoum[ée]a\b|\b988\d{2}\b", re.I), "NC"),
    (re.compile(r"\bpolyn[ée]sie\b|\btahiti\b|\bpapeete\b|\b987\d{2}\b", re.I), "PF"),
    (re.compile(r"\bmonaco\b|\bMC[\s-]980\d{2}\b"), "MC"),
    (re.compile(r"\bhong\s+kong\b", re.I), "HK"),
    (re.compile(r"\bsingapo(?:re|ur)\b", re.I), "SG"),
    (re.compile(r"\bluxembourg\b|\bL-\d{4}\b"), "LU"),
    (re.compile(r"\b(?:suisse|switzerland|schweiz|svizzera)\b|\bCH-\d{4}\b", re.I), "CH"),
    (re.compile(r"\b(?:belgique|belgium|belgi[ëe])\b|\bB-\d{4}\b", re.I), "BE"),
    # a town after a four-digit postcode (France's have five): "1001 Lausanne", "1050 Ixelles"
    (
        re.compile(
            r"\b\d{4}\s+(?:lausanne|gen[èe]ve|geneva|z[üu]rich|bern|berne|basel|b[âa]le|fribourg|neuch[âa]tel|sion|"
            r"lugano|lucerne|luzern|montreux|vevey|nyon|morges|yverdon|bulle|martigny|carouge|la\s+chaux-de-fonds)\b",
            re.I,
        ),
        "CH",
    ),
    (
        re.compile(
            r"\b\d{4}\s+(?:bruxelles|brussel|brussels|li[èe]ge|namur|charleroi|mons|gand|gent|anvers|antwerpen|louvain|"
            r"leuven|bruges|brugge|waterloo|wavre|uccle|ixelles|etterbeek|woluwe|arlon|tournai|nivelles)\b",
            re.I,
        ),
        "BE",
    ),
    (re.compile(r"\bc[ôo]te\s+d['’]ivoire\b|\babidjan\b", re.I), "CI"),
    (re.compile(r"\bs[ée]n[ée]gal\b|\bdakar\b", re.I), "SN"),
    (re.compile(r"\bcameroun\b|\bcameroon\b|\bdouala\b|\byaound[ée]\b", re.I), "CM"),
    (re.compile(r"\b(?:maroc|morocco)\b|\bcasablanca\b|\brabat\b", re.I), "MA"),
    (re.compile(r"\b(?:tunisie|tunisia)\b|\btunis\b", re.I), "TN"),
    (re.compile(r"\bandorr(?:a|e)\b|\bAD\d{3}\b"), "AD"),
    (re.compile(r"\b(?:alg[ée]rie|algeria)\b|\balger\b", re.I), "DZ"),
    (re.compile(r"\b(?:liban|lebanon)\b|\bbeyrouth\b|\bbeirut\b", re.I), "LB"),
    # Ireland by its name, its cities or an Eircode ("Cork, T12 R6X2"); not by a word that names a street or a
    # person elsewhere too (London's Cork Street, Wellington Road, Oran, Constantine)
    (
        re.compile(
            r"\b(?:ireland|[ée]ire|irlande)\b|\b(?:dublin|galway|limerick|kilkenny|waterford)\b|\b[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4}\b"
        ),
        "IE",
    ),
    # Australia by its name, its cities or a state and its postcode ("Sydney NSW 2000")
    (
        re.compile(
            r"\b(?:australia|australie|sydney|melbourne|brisbane|adelaide|canberra|hobart)\b|"
            r"\b(?:NSW|VIC|QLD|WA|TAS|ACT|NT)[ \t]+\d{4}\b"
        ),
        "AU",
    ),
    (
        re.compile(r"\b(?:new\s+zealand|nouvelle[\s-]z[ée]lande|aotearoa|auckland|christchurch)\b", re.I),
        "NZ",
    ),
    (
        re.compile(
            r"\b(?:south\s+africa|afrique\s+du\s+sud|cape\s+town|johannesburg|durban|pretoria|sandton|stellenbosch)\b",
            re.I,
        ),
        "ZA",
    ),
    (re.compile(r"\b(?:israel|isra[ëe]l|tel[\s-]aviv|jerusalem|j[ée]rusalem|haifa|herzliya)\b", re.I), "IL"),
    (
        re.compile(r"\b(?:u\.?a\.?e|united\s+arab\s+emirates|[ée]mirats|dubai|duba[iï]|abu\s+dhabi|sharjah)\b", re.I),
        "AE",
    ),
    (
        re.compile(
            r"\b(?:india|inde|mumbai|bombay|new\s+delhi|delhi|bengaluru|bangalore|chennai|hyderabad|pune)\b", re.I
        ),
        "IN",
    ),
)


def regions_named(text: str) -> list[str]:
    """The regions whose place names or postcodes a signature's lines name, in the order of `_PLACE_REGIONS`."""
    return [region for pattern, region in _PLACE_REGIONS if pattern.search(text)]


def _overseas(number: phonenumbers.PhoneNumber) -> phonenumbers.PhoneNumber:
    """A French number in an overseas department's range, under that department's country code."""
    if number.country_code != 33:
        return number
    national = str(number.national_number)
    for prefixes, code in _OVERSEAS:
        if national.startswith(prefixes):
            moved = phonenumbers.parse(f"+{code}{national}")
            return moved if phonenumbers.is_valid_number(moved) else number
    return number


def _parse(raw: str, regions: list[str]) -> tuple[phonenumbers.PhoneNumber, bool] | None:
    found = _parse_in(raw, regions)
    bracketed = _BRACKETED_CODE.match(raw)
    if bracketed and (found is None or not found[1]):
        code = int(bracketed.group(1))
        if phonenumbers.region_code_for_country_code(code) != "ZZ":
            written = _parse_in(f"+{code} {bracketed.group(2)}", regions)
            if written is not None and written[1]:
                return written
    if found is not None and found[1]:
        return _overseas(found[0]), True
    if found is not None and (moved := _overseas(found[0])) is not found[0] and phonenumbers.is_valid_number(moved):
        return moved, True  # "0692 63 18 40": no French number, a Réunion mobile in France's national format
    return found


def _parse_in(raw: str, regions: list[str]) -> tuple[phonenumbers.PhoneNumber, bool] | None:
    first: phonenumbers.PhoneNumber | None = None
    for region in regions:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number, True
        if first is None and phonenumbers.is_possible_number(number):
            first = number
        if raw.lstrip().startswith(("+", "00")):
            break  # the country is written: other regions cannot change it
    return (first, False) if first is not None else None


_ZIP_PLUS_FOUR = re.compile(r"\d{5}-\d{4}")
# Places whose numbers have six digits: New Caledonia ("27 14 52"), Andorra ("872 500").
_SIX_DIGIT_PLANS = frozenset({"NC", "AD"})


def regions_of(region: str | list[str]) -> list[str]:
    return [region] if isinstance(region, str) else region


_STATE_BEFORE = re.compile(r"\b[A-Z]{2}\s+$")


def _read_phones(seg: _Seg, region: str | list[str], out: list[Phone]) -> str:
    """Phones in a segment (appended to `out`); returns the segment without them."""
    rest = seg.text
    pos = 0
    for m in _PHONE.finditer(seg.text):
        raw = m.group(0)
        digits = re.sub(r"\D", "", raw)
        if len(digits) > 15 or (
            len(digits) < 8 and not (len(digits) == 6 and _SIX_DIGIT_PLANS & set(regions_of(region)))
        ):
            continue
        before = seg.text[pos : m.start()]
        if _ZIP_PLUS_FOUR.fullmatch(raw.strip()) and _STATE_BEFORE.search(seg.text[: m.start()]):
            continue  # "Boston, MA 02116-5021": a US ZIP+4, not a number to call
        lm = _PHONE_LABEL.search(before[-30:]) if before.strip() else None
        label = lm.group("label") if lm else None
        if label is None:  # "+1 (202) 555-0172 (m)": the label after the number
            after = _LABEL_AFTER.match(seg.text[m.end() :])
            label = after.group(1) if after else None
        # "(0)" trunk prefixes in international numbers: +33 (0)1 23 45 67 89
        cleaned = re.sub(r"\(0\)", "", raw)
        parsed = _parse(cleaned, regions_of(region))
        if parsed is None:
            continue
        number, valid = parsed
        if not valid and len(digits) < 9:
            continue  # eight digits ("6812 3456" in Singapore) are a number only where a plan says so
        if raw[:1] in "123456789" and len(digits) > 8 and not _US_SHAPE.fullmatch(raw) and (label is None or not valid):
            continue  # a number with no trunk prefix nor country code: a phone only when labelled and valid
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if any(p.value == e164 for p in out):
            continue
        conf = (0.97 if label else 0.93) if valid else 0.72
        out.append(Phone(e164, phone_type(number, label), conf, seg.line, label.strip() if label else None))
        rest = rest.replace(raw, " ")
        pos = m.end()
    if pos:
        rest = _PHONE_LABEL.sub("", rest)  # "Tél. :" left alone
        rest = re.sub(r"(?i)\b(?:t[ée]l|mob|port|fax|direct|standard|m|t|f|p|d)\b\.?\s*[:.]", " ", rest)
        # an extension left after its number ("ext 4411", ", poste 2231", "x204"): part of the phone, never text
        rest = re.sub(r"(?i)[,;]?\s*\b(?:ext|extn|extension|poste|x)\.?\s*\d{1,6}\b", " ", rest)
    return rest.strip(" ,;:/-–")


def _norm_url(url: str) -> str:
    url = url.rstrip(".,;)/")
    if not url.lower().startswith("http"):
        url = "https://" + url
    return url


def _domain_words(sender_address: str | None) -> list[str]:
    if not sender_address or "@" not in sender_address:
        return []
    domain = sender_address.rsplit("@", 1)[1].lower()
    if domain in FREE_MAIL:
        return []
    parts = domain.split(".")
    if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "net", "ac", "gov", "gouv"}:
        parts = parts[:-1]
    label = parts[-2] if len(parts) >= 2 else parts[0]
    return [w for w in re.split(r"[-_]", label) if len(w) >= 2] + [label.replace("-", "")]


def _looks_like_company(text: str, domain_words: list[str]) -> bool:
    return _domain_match(text, domain_words) > 0


def _domain_match(text: str, domain_words: list[str]) -> int:
    """How many of the domain's words (3 letters or more) the text holds: "Cabinet Dupont" holds two of
    cabinet-dupont.fr's, "Jean Dupont" one."""
    squashed = re.sub(r"[^a-z0-9]", "", fold(text))
    return sum(1 for w in domain_words if len(w) >= 3 and w in squashed)


def extract(
    lines: dict[int, str],
    *,
    lang: str = "fr",
    sender_address: str | None = None,
    sender_name: str | None = None,
    sender_tokens: set[str] | None = None,
    region: str = "FR",
) -> Fields:
    """Fields of the signature lines (`{index: text}`)."""
    out = Fields()
    segs = _segments(lines)
    domain_words = _domain_words(sender_address)
    # The places the block names first ("97410 Saint-Pierre", "Nouvelle-Calédonie", "Sheung Wan, Hong Kong"), then the
    # sender's domain's country, the team's.
    regions = list(dict.fromkeys(regions_named("\n".join(lines.values())) + regions_for(region, sender_address)))

    # 1. contact cues
    for seg in segs:
        text = seg.text
        li = _LINKEDIN.search(text)
        if li:
            # linkedin.com/company/…: the firm's page, not the person's (read, so that it is not the web site)
            if out.linkedin is None and not re.search(r"linkedin\.com/company/", li.group(0), re.I):
                out.linkedin = Field(_norm_url(li.group(0)), 0.97, seg.line)
            text = text.replace(li.group(0), " ")
        for em in _EMAIL.finditer(text):
            own = sender_address is not None and em.group(1).lower() == sender_address.lower()
            if out.email is None or (own and out.email.value != em.group(1).lower()):
                # two people signing, each with an address: the sender's own is theirs
                out.email = Field(em.group(1).lower(), 0.98, seg.line)
            text = text.replace(em.group(0), " ")
        if "@" not in text:
            for url in _URL.finditer(text):
                if (
                    _SOCIAL.search(url.group(0))
                    or _REGISTRY_SITES.search(url.group(0))
                    or re.fullmatch(r"\d+(?:\.\d+)+", url.group(0))
                ):
                    continue
                if out.website is None:
                    out.website = Field(_norm_url(url.group(0)), 0.9, seg.line)
                text = text.replace(url.group(0), " ")
        orias = _ORIAS.search(text)
        if orias:
            out.orias = Field(re.sub(r"\D", "", orias.group(1)), 0.95, seg.line)
            text = ""
        text = _read_phones(_Seg(seg.line, text), regions, out.phones)
        text = _LABEL_PREFIX.sub("", text).strip(" ,;:/-–")
        if text != seg.text:
            seg.text = text
            # what is left of "FR landline: 05 …", "Home: …", "Irish mobile …" once the number is read: its label
            seg.used = not re.search(r"[^\W_]{2,}", text) or bool(_LABEL_REMNANT.match(text))
    # 2. postal address: a street (or building) line through the city line, then a country line
    _read_address(segs, out, domain_words, sender_tokens or set())

    # 3. person, title, company
    rest = [s for s in segs if not s.used and s.text]
    text = "\n".join(s.text for s in rest)
    found = ents.rule_entities(text, lang) if text else []
    out.entities = found
    offsets: list[tuple[int, int, _Seg]] = []
    at = 0
    for s in rest:
        offsets.append((at, at + len(s.text), s))
        at += len(s.text) + 1

    def seg_labels(s: _Seg) -> set[str]:
        for a, b, t in offsets:
            if t is s:
                return {e.label for e in found if a <= e.start < b}
        return set()

    tokens = sender_tokens or set()
    for s in rest:
        labels = seg_labels(s)
        has_digit = bool(_HAS_DIGIT.search(s.text))
        legal = ("LEGAL_FORM" in labels or _LEGAL.search(s.text)) and not _legal_only_in_designations(s.text)
        if out.company is None and legal and not has_digit:
            if "TITLE" in labels and out.title is None:
                title, company = _split_title(s.text, domain_words)
                if company:
                    out.title = Field(title, 0.88, s.line)
                    out.company = Field(company, 0.9, s.line)
                    s.used = True
                    continue
            out.company = Field(s.text, 0.93, s.line)
            s.used = True
            continue
        asian = _SURNAME_FIRST.match(s.text) if out.name is None and tokens and not has_digit else None
        if asian and (fold(asian.group(1).split()[0]) in tokens or fold(asian.group(2)) in tokens):
            # "CHAN Tai-man, Vincent", "TAN Wei Ling, Jasmine (Ms)": Hong Kong's and Singapore's order, the family name
            # in capitals first, the given names, then the English name after a comma: one name
            out.name = Field(s.text[: asian.end(2)], 0.95, s.line)
            s.used = True
            continue
        better = out.name is None or (out.name.confidence < 0.95 or len(out.name.value.split()) < len(s.text.split()))
        if better and not has_digit and _is_sender_name(s.text, tokens) and "LEGAL_FORM" not in labels:
            name, _, tail = _split_name(s.text)
            sure = out.name is not None and out.name.confidence >= 0.95
            if out.name is not None and sure and len(name.split()) <= len(out.name.value.split()):
                continue
            if out.name is not None and out.title is not None and out.title.line == out.name.line:
                out.title = None  # "Charlotte Reeve, Partner" above the sender's own "Alistair Grant, Senior Associate"
            out.name = Field(name, 0.95, s.line)
            if _CREDENTIALS.fullmatch(tail):
                tail = ""  # "John A. Smith, CFA": a designation, not the position
            s.used = True
            if tail and out.title is None:
                out.title = Field(tail, 0.85, s.line)
            continue
        if _CREDENTIALS.fullmatch(s.text):
            s.used = True  # "ing., MBA", "MSN, RN" on their own line: designations, neither a title nor a firm
            continue
        # a digit inside a word ("B2B Copywriter", "Web3 Lead") does not make a title a phone or an address
        if out.title is None and "TITLE" in labels and not re.search(r"(?<![A-Za-z])\d", s.text) and len(s.text) <= 80:
            head, sep, tail = _split_name(s.text)
            # "p.o. Laurence Repond, secrétaire": "par ordre", the one who signs for the notary is the name
            head = _PAR_ORDRE.sub("", head)
            if (
                out.name is None
                and sep == ","
                and 2 <= len(head.split()) <= 4
                and _PERSON.match(head)
                and not _not_a_person(head)
                and not title_line(head)
                and title_line(tail)
            ):
                # "Sabrina Lemaire, assistante notariale" from a shared mailbox: a name, then the position
                out.name = Field(head, 0.8, s.line)
                out.title = Field(tail, 0.85, s.line)
                s.used = True
                continue
            title, company = _split_title(s.text, domain_words)
            if (
                company
                and not _LEGAL.search(company)
                and any(
                    t is not s and not t.used and _LEGAL.search(t.text) and not _HAS_DIGIT.search(t.text) for t in rest
                )
            ):
                # "Director, Trust Services" above "Lion Gate Trustees Pte. Ltd.": the firm has a line of its own,
                # what follows the comma is the department, part of the position
                title, company = s.text.strip(), None
            out.title = Field(title, 0.9, s.line)
            if company and out.company is None:
                out.company = Field(company, 0.85, s.line)
            s.used = True
            continue
    # the line that holds most of the sender's domain (the firm's name, not a person named like it)
    if out.title is not None:
        firm_named = any(not s.used and _domain_match(s.text, domain_words) > 0 for s in rest)
        _whole_title(out, rest, lines, domain_words, tokens, seg_labels, company_elsewhere=firm_named)
        _wrapped_title(out, rest)
    candidates = [s for s in rest if not s.used and not _HAS_DIGIT.search(s.text) and len(s.text) <= 60]
    scored = [(_domain_match(s.text, domain_words), -i, s) for i, s in enumerate(candidates)]
    scored = [x for x in scored if x[0] > 0]
    if out.company is None and scored:
        best = max(scored, key=lambda x: (x[0], x[1]))[2]
        out.company = Field(best.text, 0.86, best.line)
        best.used = True
    if out.company is None:
        # a department's line ("Direction de la Clientèle Patrimoniale") gives way to the firm's under it
        firm_lines = [s for s in rest[:5] if not TEAM.search(s.text)]
        for s in firm_lines + [s for s in rest[:5] if s not in firm_lines]:
            words = s.text.split()
            if (
                not s.used
                and not _HAS_DIGIT.search(s.text)
                and 1 <= len(words) <= 5
                and s.text[:1].isupper()
                and not s.text.rstrip().endswith((".", "!", "?", ":"))
                and (out.name is not None or s is not rest[0])
                and not is_closing(s.text)
                and not _ON_BEHALF.search(s.text)
            ):
                out.company = Field(s.text, 0.6, s.line)
                s.used = True
                break
    # a person's name by its shape: the first unused segment at the top of the block
    if out.name is None:
        for s in rest[:3]:
            if (
                not s.used
                and _PERSON.match(s.text)
                and not _not_a_person(s.text)
                and not INITIALS.match(s.text)
                and not _HAS_DIGIT.search(s.text)
                and len(s.text.split()) <= 4
                and not _DEPARTMENT.search(s.text)
                and "TITLE" not in seg_labels(s)
            ):
                out.name = Field(s.text, 0.72, s.line)
                s.used = True
                break
    # the statistical model, only for what the rules left unresolved
    if (out.name is None or out.company is None) and ents.statistical_available(lang):
        left = [s for s in rest if not s.used and not _HAS_DIGIT.search(s.text)]
        if left:
            model = ents.model_entities("\n".join(s.text for s in left), lang)
            out.model_used = True
            out.entities = found + [e for e in model if e.source == "model"]
            at = 0
            for s in left:
                inside = [e for e in model if at <= e.start < at + len(s.text) and e.source == "model"]
                at += len(s.text) + 1
                if out.name is None and any(e.label == "PER" for e in inside) and not _not_a_person(s.text):
                    out.name = Field(s.text, 0.7, s.line)
                    s.used = True
                elif out.company is None and any(e.label == "ORG" for e in inside):
                    out.company = Field(s.text, 0.65, s.line)
                    s.used = True
    if out.name is not None:
        out.name = Field(clean_name(out.name.value), out.name.confidence, out.name.line)
    return out


# Words that name an organisation: after a title's comma, the firm ("Programme Coordinator, Saksham Foundation").
_ORGANISATION_WORDS = (
    r"foundation|fondation|association|institute|institut|university|université|council|cooperative|coopérative|"
    r"embassy|ambassade|hospital|hôpital|clinic|clinique|school|école|group|groupe|agency|agence|bank|banque|trust|"
    r"society|société|ministry|ministère|chamber|chambre"
)
_ORGANISATION = re.compile(rf"\b(?:{_ORGANISATION_WORDS})\b", re.I)
# ... and with a firm's other words, a line that is never the sender's name: a shared mailbox's display name is the
# firm's ("Events – Laganside Grand Hotel"), so the firm's line matches it word for word.
_FIRM = re.compile(
    rf"\b(?:{_ORGANISATION_WORDS}|h[oô]tel|riads?|domaine|ch[aâ]teau|universit[ée]|[ée]cole|restaurant|laboratoires?|"
    # a notary's office ("Étude de Maître Nadia Bennani"), a farm, a pharmacy: named after a person, never one
    r"[ée]tude|office\s+notarial|ferme|gaec|earl|scea|pharmacie|officine|haras|"
    r"holding|immobili[eè]re?|realty|properties|partners|associ[ée]s|conseil|consulting|capital|solutions|services|"
    r"logistics)\b",
    re.I,
)
# A name in Hong Kong's and Singapore's order: "CHAN Tai-man, Vincent", "TAN Wei Ling, Jasmine (Ms)".
_SURNAME_FIRST = re.compile(
    r"^\s*([A-Z]{2,}(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,3}),\s*([A-Z][a-z]+)(?:\s*\((?:Mr|Ms|Mrs|Miss|Dr|Mdm)\.?\))?\s*$"
)
_LABEL_REMNANT = re.compile(
    r"^(?:(?:fr|uk|nl|be|ch|ie|us|gb|irl|irish|french|english|dutch|belgian|swiss|british|home|work|office|landline|"
    r"mobile|mob|cell|email|e-mail|mail|tel|tél|phone|fax|port|portable|fixe|domicile|bureau|perso|pro|whatsapp|"
    r"direct)\W*){1,3}$",
    re.I,
)
# "p.o." (par ordre) before the name of the one who signs for another.
_PAR_ORDRE = re.compile(r"^p\.\s?o\.\s+", re.I)
# A line that names the one a sender writes for ("Pour Maître X,", "On behalf of").
_ON_BEHALF = re.compile(r"^(?:pour|p\.?\s?o\.?|p/o|on\s+behalf\s+of|for)\s", re.I)


def _not_a_person(text: str) -> bool:
    return bool(_ON_BEHALF.search(text) or _FIRM.search(text))


def clean_name(text: str) -> str:
    """ "Maître Arnaud de VILLIERS" → "Arnaud de VILLIERS", "Priya Raman ACA CTA" → "Priya Raman",
    "Daniel R. Whitaker, Esq." → "Daniel R. Whitaker"; a name that would be left empty stays as it was."""
    cleaned = _NAME_SUFFIX.sub("", _NAME_PREFIX.sub("", text.strip())).strip(" ,")
    return cleaned if cleaned[:1].isalpha() else text.strip()


def _whole_title(
    out: Fields,
    rest: list[_Seg],
    lines: dict[int, str],
    domain_words: list[str],
    tokens: set[str],
    seg_labels: Callable[[_Seg], set[str]],
    *,
    company_elsewhere: bool,
) -> None:
    """A title line's qualifier after a dash is the title's ("Partner – Private Client & Trusts", "Chef de projet –
    Pôle Fluides & Énergie"), and a second position after a bar ("Socio Director | Managing Partner"). Not a firm:
    a part with a legal form or the sender's domain stays out, and so does any part while the firm is not known
    from another line, unless it reads as a position or a department itself."""
    assert out.title is not None
    title = out.title
    raw = lines.get(title.line, "")
    on_line = [s for s in rest if s.line == title.line]
    first = next((k for k, s in enumerate(on_line) if s.text == title.value), None)
    start = raw.find(title.value)
    if first is None or start < 0:
        return
    end = start + len(title.value)
    joined: list[_Seg] = []
    for seg in on_line[first + 1 :]:
        text = seg.text
        if (
            seg.used
            or _HAS_DIGIT.search(text)
            or _LEGAL.search(text)
            or _domain_match(text, domain_words) > 0
            or _is_sender_name(text, tokens)
            or len(text) > 60
            or not (
                (out.company is not None and out.company.line != title.line)
                or company_elsewhere
                or "TITLE" in seg_labels(seg)
                or _DEPARTMENT.search(text)
            )
        ):
            break
        at = raw.find(text, end)
        if at < 0 or not re.fullmatch(r"\s*[|–—/-]\s*", raw[end:at]):
            break
        if "|" in raw[end:at] and not title_line(text):
            break  # "Managing Director | Wealth Management": a bar sets a department apart; a dash joins it
        end = at + len(text)
        joined.append(seg)
    if joined:
        for seg in joined:
            seg.used = True
        out.title = Field(raw[start:end].strip(), title.confidence, title.line)


_WRAPPED = re.compile(r"(?:\s(?:et|and|of|de|des|du|d['’]|for|pour|en|à|&|-|–)|[-–&,])\s*$", re.I)


def _wrapped_title(out: Fields, rest: list[_Seg]) -> None:
    """A title cut by the line's end ("Chef de Service Achats et" / "Approvisionnements"): the next line ends it."""
    assert out.title is not None
    if not _WRAPPED.search(out.title.value):
        return
    nxt = next((s for s in rest if s.line == out.title.line + 1), None)
    if nxt is None or nxt.used or _HAS_DIGIT.search(nxt.text) or _LEGAL.search(nxt.text) or len(nxt.text) > 60:
        return
    nxt.used = True
    out.title = Field(f"{out.title.value.rstrip()} {nxt.text}", out.title.confidence, out.title.line)


def _is_sender_name(text: str, tokens: set[str]) -> bool:
    head, _, _ = _split_name(text)
    if _DEPARTMENT.search(head):
        return False  # "L'équipe Fleurs Exemple", "Service client": a team signs, not a person
    if _not_a_person(head) or INITIALS.match(head):
        return False  # "Riads de la Palmeraie", "The Laganside Grand Hotel" (a shared mailbox named like the firm)
    head = clean_name(head)  # "Thandi Mokoena CFP®", "Edward Harrington BSc (Hons) FRICS"
    head = re.sub(r"\s+[\"“‘'][^\"”’']{1,20}[\"”’']", "", head)  # 'Lachlan "Lachie" Doyle': the nickname aside
    return is_sender_name(head, tokens) and bool(_PERSON.match(head))


def _legal_only_in_designations(text: str) -> bool:
    """The legal form a line seems to carry is a designation after a name: "Thabo Mokoena CA(SA)" is a person."""
    suffix = _NAME_SUFFIX.search(text)
    return suffix is not None and not _LEGAL.search(text[: suffix.start()])


def _split_name(text: str) -> tuple[str, str, str]:
    """ "Jean Dupont, Directeur" → ("Jean Dupont", ",", "Directeur")."""
    for sep in (",", " – ", " - ", " — "):
        if sep in text:
            head, _, tail = text.partition(sep)
            return head.strip(), sep, tail.strip()
    return text.strip(), "", ""


def _split_title(text: str, domain_words: list[str]) -> tuple[str, str | None]:
    """ "Head of Sales at Acme" / "Directrice juridique chez Dupont & Fils" / "Partner, Acme Ltd"."""
    m = re.search(r"(?:\s+(?:at|chez|@|de\s+la\s+société)\s+|\s*,\s+)(.+)$", text, re.I)
    if m:
        company = m.group(1).strip()
        explicit = m.group(0).strip().split()[0].lower() in ("at", "chez", "@")
        if (
            _LEGAL.search(company)
            or _looks_like_company(company, domain_words)
            or explicit
            or _ORGANISATION.search(company)
        ):
            return text[: m.start()].strip(" ,"), company
    return text.strip(), None


def _one_line_address(text: str) -> re.Match[str] | None:
    """A whole address on one segment, by its end (a postcode, a country, a post-office box, "– 71350 Verdun")."""
    whole = _ONE_LINE_ADDRESS.match(text)
    if whole or _LEGAL.search(text) or _HAS_DIGIT.search(text) is None:
        return whole
    box = _PO_BOX.search(text) if "," in text else None  # "Route des Almadies, BP 15230, Dakar"
    if box or not (_STREET_INSIDE.search(text) or _BUILDING.search(text) or _STREET.match(text)):
        return box
    return _ENDS_WITH_POSTCODE_OR_COUNTRY.search(text) or _DASH_CITY_END.search(text)


# A country address's first line without a street: a farm, a mill, a hamlet, a lieu-dit ("Ferme de la Grande
# Borne", "Le Moulin de Peyrat", "Lieu-dit Les Granges", "Le Bourg"), read only right above a city line. A domaine or
# a château is a winery's name, its firm's line: not read so.
_RURAL_PLACE = re.compile(
    r"^\s*(?:(?:le|la|les|l['’])\s*)?(?:ferme|moulin|mas|hameau|lieu-?dit|bourg|bastide|manoir|m[ée]tairie|granges?|"
    r"borie|bergerie|haras|quartier|village|prieur[ée]|presbyt[èe]re|chaumi[èe]re|longère|longere)\b(?![^,]*\d)",
    re.I,
)
# … and a house's or a hamlet's own name: "La Noë Verte", "La Petite Mollière", "Chez Laborde", "Ty Coz", "Kerhuel"
# (an article, "chez" or a Breton "Ty" / "Ker" first, four words at most, no digit), read only right above a city line.
_HOUSE_NAME = re.compile(
    r"^\s*(?:(?:la|le|les)\s+|l['’]\s*|chez\s+|ty\s+|ker(?=[a-zà-ÿ]))[A-ZÀ-Ýa-zà-ÿ][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*$",
    re.I,
)


def _house_name(text: str, tokens: set[str]) -> bool:
    """A house's or a hamlet's name (`_HOUSE_NAME`), never a firm's ("Le Cabinet Martin", "La Poste"), a department's
    nor the sender's own name ("LE GALL Yannick")."""
    return bool(
        _HOUSE_NAME.match(text)
        and not (_FIRM.search(text) or _DEPARTMENT.search(text) or _LEGAL.search(text) or _ORGANISATION.search(text))
        and not any(len(word) > 1 and word.isupper() for word in text.split())
        and not (tokens and names_sender(text, tokens))
    )


# "Kerbrat – 29800 Plouédern", "Les Granges - 24200 Sarlat": a place without a street, then its postcode and town.
_PLACE_DASH_CITY = re.compile(
    r"^\s*[A-ZÀ-Ý][\w'’ -]{1,40}?\s[–—-]\s*(?:F-)?\d{5}\s+[A-ZÀ-Ý][\w'’ -]+?(?:\s+(?i:cedex)(?:\s+\d+)?)?\s*$"
)


def _above_address(segs: list[_Seg], k: int, domain_words: list[str], tokens: set[str]) -> list[_Seg]:
    """The segments right above an address's first line that belong to it: a building, a floor, a street without
    its number ("Immeuble Kébé, 3e étage – Avenue Léopold Sédar Senghor"), two at most; never the firm's name
    ("Bramley Hall Estates" holds the sender's domain) nor a legal line."""
    above: list[_Seg] = []
    for j in (k - 1, k - 2):
        if j < 0:
            break
        seg = segs[j]
        if (
            seg.used
            or not seg.text
            or not (
                _BUILDING.search(seg.text)
                or _STREET_INSIDE.search(seg.text)
                or _NAMED_STREET.search(seg.text)
                or (
                    (_RURAL_PLACE.match(seg.text) or _house_name(seg.text, tokens))
                    and (_CITY_LINE.match(segs[k].text) or _RURAL_PLACE.match(segs[k].text))
                )
            )
            or (seg.line != segs[k].line and _LEGAL.search(seg.text))
            or _domain_match(seg.text, domain_words) > 0
        ):
            break
        above.insert(0, seg)
    return above


def _read_address(segs: list[_Seg], out: Fields, domain_words: list[str], tokens: set[str]) -> None:
    parts: list[_Seg] = []
    for k, seg in enumerate(segs):
        if seg.used or not seg.text:
            continue
        nxt_seg = segs[k + 1] if k + 1 < len(segs) else None
        street = _STREET.match(seg.text) or (
            (_STREET_AFTER.match(seg.text) or _BUILDING.search(seg.text) or _STREET_INSIDE.search(seg.text))
            if nxt_seg is not None and _CITY_LINE.match(nxt_seg.text) and not _LEGAL.search(seg.text)
            else None
        )
        if _STREET_AFTER_CITY.match(seg.text):
            street = city = _STREET_AFTER_CITY.match(seg.text)
        else:
            city = None
        city = (
            city
            or _CITY_LINE.match(seg.text)
            or _BOX_CITY_LINE.match(seg.text)
            or _one_line_address(seg.text)
            or (re.search(r"\bcedex\b", seg.text, re.I) and _POSTCODE.search(seg.text))
            or (
                _PLACE_DASH_CITY.match(seg.text)
                if not (_LEGAL.search(seg.text) or _FIRM.search(seg.text) or _DEPARTMENT.search(seg.text))
                # the town may be the firm's name ("Mairie de Saint-Germain" above "Le Bourg – 33490 Saint-Germain"):
                # the place before the dash must not be
                and _domain_match(re.split(r"\s[–—-]\s", seg.text, maxsplit=1)[0], domain_words) == 0
                else None
            )
        )
        if street or city or (parts and (_COUNTRY.match(seg.text))):
            if not parts:
                parts.extend(_above_address(segs, k, domain_words, tokens))
            parts.append(seg)
            if city and not street:
                nxt = segs[k + 1] if k + 1 < len(segs) else None
                if nxt is not None and _COUNTRY.match(nxt.text):
                    parts.append(nxt)
                break
            # a street line carrying the city too ("12, rue de la Paix – 75002 Paris")
            if (
                street
                and _POSTCODE.search(seg.text[street.end() :])
                and re.search(r"\d{4,5}\s+\w|[A-Z]{1,2}\d", seg.text[street.end() :])
            ):
                nxt = segs[k + 1] if k + 1 < len(segs) else None
                if nxt is not None and _COUNTRY.match(nxt.text):
                    parts.append(nxt)
                break
        elif parts:
            if _BUILDING.search(seg.text) and len(parts) == 1:
                parts.append(seg)
                continue
            break
    if not parts:
        return
    has_city = any(
        _CITY_LINE.match(p.text)
        or _BOX_CITY_LINE.match(p.text)
        or _one_line_address(p.text)
        or _STREET_AFTER_CITY.match(p.text)
        or _POSTCODE.search(p.text)
        for p in parts
    )
    has_street = any(_STREET.match(p.text) for p in parts)
    if not has_city:
        return
    for p in parts:
        p.used = True
    value = ", ".join(p.text for p in parts)
    out.address = Field(value, 0.92 if has_street else 0.78, parts[0].line)
