"""Opt-out requests in English and French, read only in the new text of a human reply.

Precision first: a phrase must ask the sender to stop writing ("please stop emailing me", "ne plus me
contacter", a bare "STOP" line). Negated verbs ("don't stop"), other objects ("stop by our office", "stop
emailing John"), quoted history, links and newsletter-style footers never count.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.VERBOSE

# A whole line that is only the request ("STOP", "Unsubscribe", "Désinscription", "Remove me please").
_STANDALONE = re.compile(
    r"""^\s*(?:please\s+|merci\s+de\s+)?(?:
        unsubscribe(?:\s+me)? | stop | remove(?:\s+me)? | opt[\s-]?out | désinscription | desinscription |
        désinscri(?:re|vez[\s-]moi) | desinscri(?:re|vez[\s-]moi) | désabonnement | désabonnez[\s-]moi
    )(?:\s*[,.]?\s*(?:please|thanks|thank\s+you|merci|svp|stp|s'il\s+vous\s+pla[iî]t))?\s*[.!]*\s*$""",
    _FLAGS,
)

_EN = [
    r"\b(?:please\s+|kindly\s+)?unsubscribe\s+(?:me|us|my\s+(?:e-?mail|address))\b",
    r"\bplease\s+unsubscribe\b",
    r"\b(?:i|we)(?:\s+would|'d)?\s+(?:like|want|wish|need)\s+to\s+(?:unsubscribe|opt[\s-]out|be\s+removed)\b",
    r"\bhow\s+(?:do|can)\s+i\s+unsubscribe\b",
    r"\bopt\s+(?:me|us)\s+out\b",
    r"""\b(?:remove|take|delete)\s+(?:me|us|my\s+(?:name|e-?mail(?:\s+address)?|address|details|contact\s+details))
        \s+(?:off|from)\s+(?:your|the|this|these|all|any)\b[^.!?\n]{0,40}?
        \b(?:list|lists|database|mailing|e-?mails?|distribution|contacts?|sequences?|campaigns?|system|crm|records)\b""",
    r"""\b(?:stop|quit|cease)\s+(?:e-?mailing|mailing|contacting|messaging|spamming|texting|writing\s+to|
        sending\s+(?:me|us)|following\s+up\s+with|reaching\s+out\s+to|bothering)
        (?:\s+(?:me|us)\b|\s*[.!,;]|\s*$)""",
    r"""\b(?:do\s+not|don't|dont|never)\s+(?:contact|e-?mail|mail|message|write\s+to|reach\s+out\s+to)\s+(?:me|us)
        (?:\s+(?:again|anymore|any\s*more|any\s+longer|any\s+further|further|in\s+the\s+future|ever\s+again))?
        \s*(?:[.!]|$)""",
    r"""\b(?:i|we)\s+(?:do\s+not|don't|no\s+longer)\s+(?:want|wish|need)\s+to\s+(?:receive|get|hear)\b
        [^.!?\n]{0,30}?\b(?:e-?mails?|messages?|mails?|from\s+you)\b""",
    r"\bno\s+more\s+e-?mails?(?:\s*,?\s*(?:please|thanks|thank\s+you))?\s*[.!]*\s*$",
]
_FR = [
    r"""\bne\s+(?:plus|jamais)\s+(?:me|nous)\s+(?:contacter|recontacter|écrire|ecrire|solliciter|relancer|envoyer|
        démarcher|demarcher|appeler|téléphoner)""",
    r"\bne\s+plus\s+m['’](?:écrire|ecrire|envoyer|appeler|adresser)",
    r"""\bne\s+(?:me|nous)\s+(?:contactez|recontactez|écrivez|ecrivez|relancez|sollicitez|envoyez|appelez)\s+plus\b""",
    r"\bne\s+m['’](?:écrivez|ecrivez|envoyez|appelez)\s+plus\b",
    r"\b(?:retirez|supprimez|enlevez|effacez|rayez|désinscrivez|desinscrivez|désabonnez|desabonnez)[\s-]+moi\b",
    r"""\b(?:me|nous)\s+(?:retirer|supprimer|enlever|désinscrire|desinscrire|désabonner|desabonner|radier)
        \s+(?:de|des|du)\b""",
    r"""\b(?:retirer|supprimer|effacer|enlever)\s+(?:mon\s+(?:adresse|e-?mail|mail|nom|contact)|
        mes\s+(?:coordonnées|coordonnees|données|donnees|informations))\b""",
    r"""\b(?:ne|n['’])\s*(?:souhaite|veux|désire|desire|voudrais|souhaitons|voulons)\s+plus\s+
        (?:recevoir|être\s+(?:contactée?s?|sollicitée?s?|relancée?s?)|etre\s+contacte)""",
    r"""(?<![’'])\b(?:arrêtez|arretez|cessez|stoppez|arrêter|arreter|cesser|stopper)\s+
        (?:de\s+(?:m['’]|me\s|nous\s)|vos\s+(?:relances|mails|e-?mails|messages|envois|sollicitations|courriels))""",
    r"\bma\s+(?:désinscription|desinscription|radiation)\b",
]
_PHRASES = re.compile("|".join(f"(?:{p})" for p in _EN + _FR), _FLAGS | re.MULTILINE)
_NEGATION_BEFORE = re.compile(r"(?:\bdon't|\bdo\s+not|\bnever|\bnot|n't|\bpas|\bn['’])\s*$", re.IGNORECASE)

# Lines that are links, footers or legal notices rather than something the person asks.
_FOOTER_LINE = re.compile(
    r"""https?://|www\.|<mailto:|click\s+here|cliquez\s+ici|preferences|préférences|you\s+are\s+receiving|
        you\s+received\s+this|vous\s+recevez\s+ce|if\s+you\s+(?:no\s+longer|do\s+not|don't)\s+wish|
        si\s+vous\s+ne\s+souhaitez\s+plus|to\s+unsubscribe\s+from|pour\s+vous\s+(?:désinscrire|désabonner)|
        unsubscribe\s+from\s+\S+\s+(?:marketing|emails|communications)""",
    _FLAGS,
)
_SIGNATURE_DELIMITER = re.compile(r"^--\s?$")
_PREFILTER = re.compile(
    r"unsub|stop|remove|opt|contact|e-?mail|mail|list|désinscri|desinscri|désabonn|retir|supprim|plus|arr[êe]t|cess|"
    r"radiation|take\s+me|spam",
    re.IGNORECASE,
)


def detect(new_text: str) -> str | None:
    """The phrase by which the author asks to stop, or None."""
    if not new_text or not _PREFILTER.search(new_text):
        return None
    lines: list[str] = []
    for line in new_text.split("\n"):
        if _SIGNATURE_DELIMITER.match(line.strip()):
            break
        if line.strip() and not _FOOTER_LINE.search(line):
            lines.append(line.strip())
    for line in lines[:3]:
        if _STANDALONE.match(line):
            return line
    text = "\n".join(lines)
    for match in _PHRASES.finditer(text):
        if _NEGATION_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        return match.group(0).strip()
    return None
