"""The intent of an inbound human reply, read from its new text only, in French and English (issue 13, item 1).

    from relance.intelligence.intent import read_intent
    intent = read_intent("Pas pour le moment, rappelez-moi en janvier.", "Re: bilan", date(2026, 10, 14))
    intent.label          # "not_now"; one of INTENTS
    intent.confidence     # 0–1; intent.source: "rules" or "llm"
    intent.not_now_until  # date(2027, 1, 1): relative to the message day, never today; None when vague
    intent.referral       # Referral(name, address) for "contact X instead"; intent.evidence: the deciding words

Ordered rules first (what the product's reply analysis already reads: opt-outs in `relance.analysis.opt_out`,
automatic replies in `relance.analysis.auto_reply`; then French and English lexicons). The reply's body is read
without its greeting, closing, signature, device line and legal disclaimer. Every rule that fires proposes a
label; one label wins by the order an adviser acts in (README of eval/intents): unsubscribe, an automatic absence
notice, meeting, quote, information, a human absence notice, referral, not now, interested, not interested, other.
A flat refusal ("ce ne le sera pas", "won't change our mind") beats "not now".
Beside the lexicons grown from the tune splits, general ones (each class's ordinary vocabulary, read in the body
without accents, with word boundaries and a negation scope) vote with less confidence for the classes the first left
silent; a decline after a contrast ("Sounds interesting, but we are covered") outweighs the politeness before it, and
a reply made only of thanks and pleasantries is `other` without asking a model; a reply that names nothing but a day
defers (a day more than a week away) or schedules (the coming week, an hour), with a confidence just above the floor.
When no lexicon speaks, a weak vote (just above the floor) reads the reply's tone: more words that say no than yes
declines, more yes than no accepts, an absence word without its details is an absence, a person named with an
address inside a sentence is a referral; an opt-out is never guessed, and a reply with no side still goes to a model.
The lexicons do not read a contact block that follows the words without a closing (a job title such as "Head of
Pricing" is not a quote request), unless it holds an address (a referral's).

What the rules leave below `LLM_FLOOR` goes, when a database connection and a team are given and a model is
configured, to the LLM router (`relance.intelligence.llm`, kind ``intent``): its JSON answer is validated against
the 10 classes; the date is asked as the reply's own words and resolved here against the message day (so a cached
answer stays right for another message day); an invalid answer or no model leaves the rules' answer, with its low
confidence. Rules results are cached in process (same text, subject, day, language → same result); model answers
in Postgres, keyed by the hash of the new text (``private.ai_cache``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from relance.analysis import auto_reply, opt_out
from relance.analysis import new_text as new_text_mod
from relance.db import Conn
from relance.intelligence import intent_model, llm
from relance.intelligence import signature as S
from relance.intelligence.reader import detect_lang
from relance.intelligence.when import implied_date

VERSION = 1
INTENTS = llm.INTENTS
# Below this, the rules are unsure and the LLM (when configured) is asked.
LLM_FLOOR = 0.5

# The order an adviser acts in: the first label proposed in this order wins.
_PRECEDENCE = (
    "unsubscribe",
    "departed",
    "auto_absence",
    "meeting_request",
    "quote_request",
    "information_request",
    "new_address",
    "absence",
    "referral",
    "refusal",
    "not_now",
    "interested",
    "not_interested",
    "question",
    "other",
)
_AS_LABEL = {
    "departed": "referral",
    "new_address": "other",
    "auto_absence": "out_of_office",
    "absence": "out_of_office",
    "refusal": "not_interested",
    "question": "information_request",
}


@dataclass(frozen=True)
class Referral:
    name: str | None
    address: str | None

    def as_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "address": self.address}


@dataclass(frozen=True)
class Intent:
    label: str
    confidence: float
    source: str  # "rules" | "model" | "llm"
    not_now_until: dt.date | None = None
    referral: Referral | None = None
    evidence: str = ""
    needs_llm: bool = False  # the rules were unsure (whether or not a model was then asked)
    lang: str = "fr"
    version: int = VERSION
    # An unsubscribe asked for the person the firm wrote to (an assistant, a relative, counsel): R8 suppresses them
    # with the sender (worker.record_intent's p_relayed).
    relayed: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "label": self.label,
            "confidence": self.confidence,
            "source": self.source,
            "not_now_until": self.not_now_until.isoformat() if self.not_now_until else None,
            "referral": self.referral.as_dict() if self.referral else None,
            "evidence": self.evidence,
            "needs_llm": self.needs_llm,
            "lang": self.lang,
            "relayed": self.relayed,
        }


# --------------------------------------------------------------------------------------- the reply's own words

_GREETING = re.compile(
    r"^\s*(?i:bonjour|bonsoir|hello|hi|hey|dear|cher|chère|madame|monsieur|salut|good\s+(?:morning|afternoon))\b"
    r"(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|(?i:à\s+tous|all|team|there|madame|monsieur))){0,3}\s*[,!.]?\s*$"
)
_DEVICE = re.compile(r"^\s*(?:sent\s+from|envoyé\s+(?:de|depuis)|get\s+outlook)\b", re.I)
_EMAIL = auto_reply.ADDRESS
# A line in the first person is the author speaking ("Je pense être en copie par erreur"), never a legal notice.
_FIRST_PERSON = re.compile(r"^(?:je|j['’]|i|i['’]m|i['’]ve|my|mon|ma)\b", re.IGNORECASE)
# … nor a short line with the author in it further on ("Ce courriel ne m'est pas destiné, je ne gère que la cantine"):
# a legal notice is long and speaks of the sender.
_AUTHOR_IN_IT = re.compile(
    r"(?:^|[\s,;:(])(?:je|j['’]|m['’]|moi|i|i['’]m|me|my)(?=[\s,.;:!?)]|$)|(?<=\s)[jm]['’]", re.IGNORECASE
)


# Read on accent-free text: "Votre message … a été lu le …", "Your message … was read on …", "n'a pas pu être remis".
_RECEIPT_OR_FAILURE = re.compile(
    r"""^\W*(?:your|votre)\s+message\b[\s\S]{0,400}?\b(?:was\s+read\s+on|a\s+ete\s+lu\s+le)\b|
        \bn['’]a\s+pas\s+pu\s+etre\s+(?:remis|distribue|delivre)|\b(?:could\s+not|couldn['’]t|can['’]t)\s+be\s+delivered\b|
        \bdelivery\s+(?:has\s+)?failed\b|\bundeliverable\b|\buser\s+unknown\b""",
    re.IGNORECASE | re.VERBOSE,
)


def body_of(new_text: str) -> str:
    """The reply's own words: without greeting, closing and what follows it (signature, disclaimer), device
    lines. A closing that is the whole message ("Merci") stays: it is the message."""
    lines = new_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    signed = False  # inside the sign-off of a note that points to answers written under it
    for line in lines:
        stripped = line.strip()
        if signed:
            signed = bool(stripped)
            continue
        if not stripped:
            continue
        if kept and (S.is_closing(stripped) or S._DASHES.match(stripped) or S.is_disclaimer(stripped)):
            # "Mes réponses dans le texte. Cdlt, M. Vidal" then the answers: the sign-off closes the note, not the
            # reply; what follows its block (new-text extraction brought the answers up) is read too.
            if S.is_closing(stripped) and new_text_mod.answers_pointed_to("\n".join(kept)):
                signed = True
                continue
            break
        if _DEVICE.match(stripped) or (
            not kept
            and S.is_disclaimer(stripped)
            and not _FIRST_PERSON.match(stripped)
            and not (len(stripped) < 120 and _AUTHOR_IN_IT.search(stripped))
        ):
            continue
        if not kept and _GREETING.match(stripped) and len(lines) > 1:
            continue
        kept.append(stripped)
    return "\n".join(kept)


# --------------------------------------------------------------------------------------- rules

_F = re.IGNORECASE | re.VERBOSE
_NEG = r"(?:pas|plus|not|n't|no|never|jamais|aucun)"

_ABSENCE = re.compile(
    r"""\b(?:absente?s?\s+(?:du\s+bureau|jusqu)|je\s+suis\s+absente?|en\s+congés?\b|en\s+cong[ée]\s+(?:maternit[ée]|paternit[ée]|parental)|
        en\s+vacances|en\s+arr[êe]t\s+maladie|en\s+formation\s+du|en\s+d[ée]placement\s+(?:et|cette|jusqu)|
        out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+|parental\s+|maternity\s+|paternity\s+|sick\s+)?leave|
        on\s+(?:holiday|vacation|sabbatical)|away\s+on\s+(?:a\s+)?(?:site\s+visit|business\s+trip|trip|holiday)|sans\s+r[ée]seau|away\s+(?:until|from|this\s+week)|message\s+d['’]absence|
        r[ée]ponse\s+automatique|automatic\s+reply|
        # a place closed for its off-season, its mail unread: "le camping est fermé pour la saison"
        ferm[ée]e?s?\s+pour\s+(?:la\s+saison|l['’]hiver|l['’][ée]t[ée])|closed\s+for\s+the\s+(?:season|winter|summer)|
        (?:mails?|e-?mails?|courriels?|messages?)\s+ne\s+sont\s+pas\s+(?:consult[ée]s|lus|relev[ée]s))""",
    _F,
)
_ABSENCE_DETAIL = re.compile(
    r"""(?:de\s+retour|à\s+mon\s+retour|a\s+mon\s+retour|jusqu|back\s+(?:on|in)|returning|on\s+my\s+return|until|
        until\s+further\s+notice|nouvel\s+ordre|acc[èe]s\s+(?:limité|restreint)|limited\s+(?:access|connectivity)|
        no\s+access|pour\s+toute\s+urgence|for\s+(?:anything\s+)?urgent|in\s+my\s+absence|en\s+mon\s+absence|
        will\s+(?:not\s+be\s+reading|reply|respond|return)|returns?\s+on|sans\s+(?:mon\s+)?(?:ordinateur|accès)|without\s+my\s+laptop|
        du\s+\d{1,2}\s+au\s+\d{1,2}|\d{1,2}\s*[-–]\s*\d{1,2}\s+\w+|cette\s+semaine|this\s+week|
        r[ée]ouverture|reopen(?:s|ing)?|pendant\s+la\s+fermeture)""",
    _F,
)

_MEETING = re.compile(
    r"""\b(?:rendez[\s-]vous|rdv|r[ée]union|visio(?:conf[ée]rence)?|t[ée]l[ée]phoner|entretien|d[ée]mo(?!\s+vid)|demo(?!\s+video)|
        cr[ée]neau|disponibilit[ée]s|calendly|teams\s+call|zoom|
        (?:un|une|an?)\s+(?:call|appel|échange|echange)(?:\s+t[ée]l[ée]phonique)?|
        (?:quick|short|phone)\s+call|(?:hop|jump)\s+on\s+a|call\s+(?:me|on)\b|give\s+(?:me|us)\s+a\s+(?:call|ring|bell|buzz)|
        ring\s+me|tel\s+moi|t[ée]l[ée]phonez[\s-]moi|appelez[\s-]moi|appelez[\s-]nous|appelle[\s-]moi|
        (?:pouvez|pourriez)[\s-]vous\s+me\s+rappeler(?!\s+(?:qui|quel|quelle|quels|quelles|ce\s+que|ce\s+qui|comment|pourquoi|o[uù]\b|votre\s+nom|le\s+nom|who|what|why|how))|me\s+rappeler\s*\?|je\s+vous\s+appelle|nous\s+appeler|
        se\s+voir|vous\s+rencontrer|(?<!board\s)(?<!team\s)(?<!family\s)(?<!staff\s)meet(?:ing)?\b|
        come\s+(?:and|to)\s+(?:show|see|meet|visit)\b|venez\s+(?:me\s+|nous\s+)?(?:montrer|pr[ée]senter)\b|
        # to schedule, not a schedule of insured items or fees ("the policy schedule", "a sample schedule")
        (?<!policy\s)(?<!sample\s)(?<!fee\s)(?<!fees\s)(?<!price\s)(?<!valuation\s)(?<!insurance\s)(?<!the\s)(?<!our\s)(?<!your\s)(?<!my\s)schedule(?!s\b)|set\s+up\s+(?:a|some)|book\s+(?:some\s+)?time|
        (?:an|calendar|teams|zoom)\s+invite\b|availability|are\s+you\s+free|i['’]m\s+free|(?:does|would)\s+\w+\s+(?:at\s+\S+\s+)?work|
        disponible\s+(?:lundi|mardi|mercredi|jeudi|vendredi|le\s+\d|pour\s+(?:un|une))|
        passez\s+nous\s+voir|stop\s+by\s+our\s+office|
        # a stand to come to where they will go through it ("stop by our booth … and we can walk through it")
        (?:stop|swing|come)\s+by\s+(?:our|the)\s+(?:booth|stand)\b(?=[^.!?\n]{0,80}?\band\s+(?:we|i)(?:['’]ll|\s+(?:can|will|could))\b)|find\s+\d+\s+minutes|\d+[\s-]?min(?:ute)?s?\b|
        je\s+vous\s+propose\s+(?:une|un|de\s+nous)|(?:café|coffee)\b|de\s+vive\s+voix|
        \b\d{1,2}\s*(?:h(?:\d{2})?|[ap]\.?m\.?)(?!\w)|(?:find|book|grab)\s+a\s+(?:slot|time)|a\s+slot\b|
        if\s+you\s+(?:want|wish|['’]d\s+like)\s+to\s+(?:phone|call|ring)|(?:je\s+suis|joignable)\s+au\s+\+?\d|
        toute\s+la\s+(?:matin[ée]e|journ[ée]e)|all\s+(?:afternoon|morning|day)\s+if|
        # a visit asked for: "when can you come?", "dites-moi quand vous pouvez passer", "contact me to arrange a date",
        # "would welcome an inspection", "I'd want your engineer to see the lift first"
        when\s+(?:can|could|would|will)\s+(?:you|your\s+\w+|someone)\s+(?:come|visit|pop|drop|stop|call\s+in)\b|
        quand\s+(?:est[\s-]ce\s+que\s+)?(?:vous\s+)?(?:pouvez|pourriez|pourrez|pourrie[zs])[\s-]*(?:vous\s+)?(?:passer|venir)|
        arrange\s+(?:a|the|an)\s+(?:date|time|visit|day|slot|inspection|site\s+visit)|convenir\s+d['’]une\s+date|
        fixer\s+(?:une|la)\s+date|welcome\s+(?:a|an|the|your)\s+(?:inspection|visit|site\s+visit|survey|audit)|
        (?:engineer|technician|surveyor|technicien|ing[ée]nieur)\s+(?:to\s+)?(?:come|visit|see|look\s+at|voie|vienne|passe)|
        # "could you come to the domaine one morning?", "venez au domaine qu'on en parle", "passez chez nous"
        (?:could|can|would)\s+you\s+(?:come|pop|drop)\s+(?:to|over|out|by|round|in)\b|
        venez\s+(?:au|[àa]\s+la|[àa]\s+l['’]|nous\s+voir|me\s+voir|sur\s+place|chez\s+nous)\b|passez\s+(?:au|me\s+voir|[àa]\s+la|chez\s+nous)\b|
        # "pouvez-vous … passer au cabinet jeudi ?": a visit asked for
        passer\s+(?:au\s+(?:cabinet|bureau|magasin|domaine|siège|siege)|[àa]\s+l['’](?:étude|etude|agence|office)|chez\s+nous|nous\s+voir|me\s+voir)\b)""",
    _F,
)
# A meeting word the sentence declines: "no need for a call", "pas besoin de rendez-vous", "plutôt qu'un rendez-vous".
_DECLINING = r"""(?:(?:pas|not)\s+int[ée]ress[ée]e?s?\s+(?:par|in|by|for)|non\s+merci\s+pour|pas\s+besoin|skip|
        no\s+need\s+for|
        (?:don['’]t|do\s+not|won['’]t|shouldn['’]t)\s+need|not\s+interested\s+in|not\s+now\s+for|
        pas\s+(?:le\s+bon\s+moment|disponible|dispo)\s+pour|pas\s+(?:le\s+)?temps\s+(?:pour|d['’]|de)|no\s+time\s+for|plut[ôo]t\s+qu['’]?|rather\s+than|instead\s+of|sans|
        not\s+keen\s+on|not\s+(?:a\s+)?fan\s+of|pas\s+(?:fan|chaud)\s+(?:de|d['’]|des|du|pour)|
        inutile\s+de\s+(?:faire|pr[ée]voir|programmer|caler|organiser)|\bno|pas\s+de|pas\s+d['’]|
        (?:don['’]t|do\s+not)\s+send\s+(?:me|us)|no\s+need\s+to\s+send(?:\s+(?:me|us))?|n['’]envoyez\s+pas|
        (?:pas\s+la\s+peine|inutile)\s+(?:d['’]envoyer|pour)|not\s+worth\s+(?:it\s+)?for)\s*
        (?:a|an|un|une|le|la|the|de|d['’]|du)?\s*"""
_MEETING_DECLINED = re.compile(r"(?:" + _DECLINING + r"|(?:before|avant)\b[^.?!\n]{0,30})$", _F)
# … or says is not needed after it: "price list not needed yet", "le devis n'est pas nécessaire"
_NOT_NEEDED_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:not\s+needed|isn['’]t\s+needed|not\s+necessary|n['’]est\s+pas\s+n[ée]cessaire|pas\s+n[ée]cessaire|"
    r"inutile|superflu)",
    re.IGNORECASE,
)
# A price word the sentence declines: "rather than a quote by email", "pas besoin de devis".
_QUOTE_DECLINED = re.compile(_DECLINING + "$", _F)
_QUOTE = re.compile(
    r"""\b(?:devis|tarifs?|tarification|grille\s+tarifaire|prix|co[ûu]te?|combien|montant|honoraires|budget\s+faut|
        estimation\s+budg[ée]taire|chiffr(?:age|[ée]e)|proposition\s+(?:chiffr[ée]e|commerciale)|
        quote|quotation|pric(?:e|es|ing)|rate\s+card|rates?\b|cost(?:s|ed)?|fees?\b|how\s+much|ballpark|
        what['’]?s\s+the\s+(?:cheapest|best\s+(?:price|rate|deal))|(?:le|au)\s+moins\s+cher\b|
        price\s+(?:list|estimate)|numbers\b|discounts?|(?:minimum|monthly|annual|yearly)\s+(?:monthly\s+)?spend\b|(?:your|vos|votre)\s+(?:margins?|marges?|spreads?|mark[\s-]?ups?)\b|
        # a proposal asked for is a quote ("before we meet, send me your proposal")
        (?:send|share|e-?mail|forward)\s+(?:(?:me|us)\s+)?(?:over\s+)?(?:a|your|the)\s+(?:written\s+|costed\s+|formal\s+|detailed\s+)?proposal\b|
        (?:envoyez|faites|adressez|transmettez)[\s-](?:moi|nous)\s+(?:une|votre)\s+proposition\b)""",
    _F,
)
_INFO = re.compile(
    r"""\b(?:plaquette|brochure|documentation|\bdoc\b|présentation|presentation|(?<!pour\s)(?<!for\s)(?<!fyi\s)infos?\b|(?<!lettre\sd['’])(?<!lettres\sd['’])informations?|
        en\s+dire\s+plus|m['’]en\s+dire|d[ée]tailler|pr[ée]ciser|r[ée]f[ée]rences?|cas\s+clients?|
        document\s+de\s+synth[èe]se|lien\s+vers(?![^.!?\n]*(?:ne\s+(?:fonctionne|marche|s['’]ouvre)|est\s+(?:cass|mort)))|one[\s-]pager|deck\b|case\s+stud(?:y|ies)|material\b|
        more\s+(?:information|info|details)|read\s+more|tell\s+me\s+(?:a\s+bit\s+)?more|
        (?:glad|grateful|happy)\s+(?:of|for|to\s+(?:get|have|receive|see))\s+(?:a\s+)?(?:copy|sight)\s+of|
        understand|clarify|comprendre|distingue|(?:veux\s+bien|voudrais|aimerais)\s+savoir|what\s+makes\s+you|conditions\s+g[ée]n[ée]rales|\bcgv\b|terms\s+and\s+conditions|(?<!will\s)(?<!['’]ll\s)(?<!\bto\s)send\s+(?:me\s+)?(?:over\s+)?(?:some|the|your)|something\s+if\s+you\s+send|
        (?:envoyez|envoyer|adresser|transmettre|faire\s+suivre)[\s-](?:moi\s+)?(?:la|le|de\s+la|votre|vos|une|un|des|plus))""",
    _F,
)
_QUESTION = re.compile(
    r"""(?:^|[.!?]\s+|\n)[^.!?\n]*\b(?:comment|quels?|quelles?|est[\s-]ce\s+que|avez[\s-]vous|pouvez[\s-]vous|
        pourriez[\s-]vous|vous\s+avez|how|what|where|which|do\s+you|does|is\s+(?:this|it|there)|can\s+you|could\s+you|
        are\s+you)\b[^?\n]*\?""",
    _F,
)
_OTHER = re.compile(
    r"""\b(?:who\s+(?:is\s+this|are\s+you|gave\s+you)|qui\s+(?:êtes|etes)[\s-]vous|comment\s+avez[\s-]vous\s+eu|
        # where the sender found the person's data, a right of access (GDPR art. 15): about their data, not the offer
        d['’]o[uù]\s+(?:tenez|avez|sortez)[\s-]vous|where\s+(?:did|do)\s+you\s+(?:get|find|obtain|source)\s+(?:my|our|this)|
        how\s+did\s+you\s+(?:get|find|obtain)\s+(?:my|our|this)|(?:article|art\.?)\s*15\b|droit\s+d['’]acc[èe]s|
        right\s+of\s+access|subject\s+access\s+request|(?-i:\bDSAR\b)|
        c['’]est\s+à\s+quel\s+sujet|à\s+quel\s+sujet|(?:ne|n['’])\s*vois\s+pas\s+(?:de\s+quoi|ce\s+dont)\s+il\s+s['’]agit|
        de\s+quoi\s+s['’]agit[\s-]il|what['’]?s\s+(?:this|it)\s+(?:about|regarding)|what\s+is\s+(?:this|it)\s+(?:about|regarding)|tromp[ée]\s+de\s+destinataire|faites\s+erreur|
        meant\s+for\s+someone\s+else|(?:did\s+you\s+)?mean\s+to\s+send\s+this\s+to\s+me|wrong\s+(?!person|contact)(?-i:[A-Z])\w+\s+(?-i:[A-Z])|
        by\s+mistake|spams?\b|(?:link|lien)\s+(?:seems|semble|est)|(?:broken|cassé)|ne\s+s['’]ouvre\s+pas|
        don['’]t\s+recall|ne\s+me\s+souviens\s+pas|wrong\s+phone|qui\s+vous\s+[êe]tes|happy\s+friday|
        bonne\s+r[ée]ception\s+de|incomplet|manque\s+la\s+pi[èe]ce|came\s+through\s+blank|qui\s+vous\s+a\s+donn[ée]|
        real\s+person|automated\s+sequence|un\s+robot|the\s+person\s+you\s+think|la\s+personne\s+que\s+vous\s+pensez|
        # whether the mail is genuine, what it is, why it came, whom else it went to: about the mail, not the offer
        is\s+(?:this|it)\s+(?:genuine|genuinely|legit|legitimate|real|a\s+scam|a\s+phishing|phishing|spam)|genuinely\s+from|
        \bphishing|\bscam\b|arnaque|hame[çc]onnage|(?:click|open)\s+(?:on\s+)?anything|
        ^\s*what\s+is\s+this\s*\?|c['’]est\s+quoi\s+(?:ça|ca|ce\s+(?:mail|message|truc|courriel))\s*\?|
        ^\s*qu['’]est[\s-]ce\s+que\s+c['’]est\s*(?:que\s+(?:ça|ca|ce\s+(?:mail|message))\s*)?\?|
        (?:sent|send|sending)\s+(?:this|these|the\s+same\s+(?:e-?mail|message))\s+to\s+(?:everyone|everybody|all\s+of\s+us|the\s+whole)|
        mass\s+(?:e-?mail|mailing)|envoy[ée]\s+(?:ce\s+(?:mail|message|courriel)\s+)?(?:à|a)\s+tout\s+le\s+monde|
        why\s+(?:is\s+there|are\s+you\s+(?:e-?mailing|writing\s+to|sending)|did\s+you\s+send\s+(?:this|me\s+this|us\s+this)|
            am\s+i\s+(?:getting|receiving)|do\s+i\s+keep\s+getting)|
        pourquoi\s+(?:je\s+re[çc]ois|recevons[\s-]nous|re[çc]ois[\s-]je|m['’][ée]crivez[\s-]vous|m['’]envoyez[\s-]vous|vous\s+m['’][ée]crivez|
            je\s+ne\s+re[çc]ois\s+plus|ne\s+re[çc]ois[\s-]je\s+plus)|
        (?:send|write|direct)\s+(?:future|your|all\s+(?:future\s+)?|any\s+future)\s*(?:e-?mails?|messages?|correspondence|mail)\s+to\s+(?:my|our)\s+
            (?:\w+\s+)?(?:address|e-?mail|inbox)|
        (?:envoyez|[ée]crivez)[\s-]moi\s+(?:plut[ôo]t\s+|d[ée]sormais\s+|dor[ée]navant\s+|[àa]\s+l['’]avenir\s+)?(?:[àa]|sur)\s+
            (?:mon|cette|l['’])\s*(?:adresse|mail|e-?mail|bo[îi]te)|
        # a holding reply, an answer promised for soon ("I'll get back to you tomorrow", "risponderò domani", "le
        # respondo mañana"): nobody asks to meet on that day (a deferral or an interest said beside it outranks it)
        \b(?:i['’]ll|i\s+will|will)\s+(?:get\s+back\s+to\s+you|reply|respond|revert|answer)\s+(?:tomorrow|later\s+today|this\s+afternoon|
            (?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday)|(?:early\s+)?next\s+week)\b|
        \bje\s+(?:vous|te)\s+(?:r[ée]ponds|r[ée]pondrai|reviens|reviendrai)\s+(?:demain|ce\s+soir|cet\s+apr[èe]s[\s-]midi|
            (?:lundi|mardi|mercredi|jeudi|vendredi))\b|
        \b(?:risponder[òo]|ti\s+rispondo|vi\s+rispondo|le\s+rispondo|le\s+respondo|te\s+respondo|les\s+respondo|
            responder[ée])\s+(?:domani|ma[ñn]ana|pi[ùu]\s+tardi|m[áa]s\s+tarde)\b)""",
    _F | re.MULTILINE,
)
# The author's own address changes ("please use my new address … this one is being retired", "merci de m'écrire
# dorénavant sur …, l'ancienne adresse sera fermée fin octobre"): housekeeping about the mail, `other`; the address
# retired is no person retiring (a referral), the day it closes no day to come back (a deferral). An ask beside it wins.
_NEW_ADDRESS = re.compile(
    r"""\b(?:(?:please\s+)?(?:use|utilisez|utiliser|note|notez|noter)\s+(?:d[ée]sormais\s+|dor[ée]navant\s+|now\s+)?
            (?:my|ma|mon|our|notre)\s+(?:new|nouvelle|nouvel)\s+(?:e-?mail\s+|mail\s+)?(?:address|adresse|e-?mail|courriel|mail)|
        (?:my|our)\s+(?:new\s+)?(?:e-?mail\s+)?address\s+(?:is|has\s+changed|will\s+change|changes)\b|
        (?:ma|notre)\s+(?:nouvelle\s+)?adresse\s+(?:e-?mail\s+|mail\s+|[ée]lectronique\s+)?(?:est|change|a\s+chang[ée]|devient|sera)\b|
        \bm['’]\s*(?:[ée]crire|envoyer\s+vos\s+(?:mails|e-?mails|messages))\s+(?:d[ée]sormais\s+|dor[ée]navant\s+|[àa]\s+l['’]avenir\s+)?
            (?:sur|[àa])\s+(?:\S+@\S+|(?:ma|mon|cette)\s+(?:nouvelle\s+)?(?:adresse|mail|e-?mail|bo[îi]te))|
        (?:ancienne|old|this|cette)\s+(?:adresse|address|bo[îi]te|mailbox|one)\s+(?:sera|will\s+be|is\s+being|va\s+[êe]tre)\s+
            (?:ferm[ée]e|d[ée]sactiv[ée]e|supprim[ée]e|closed|retired|deactivated|shut\s+down|switched\s+off))""",
    _F,
)
_ACK = re.compile(
    r"""^\s*(?:(?:ok|okay|d['’]accord)\s*,?\s*)?(?:merci(?:\s+(?:beaucoup|bien|à\s+vous))?|thanks?(?:\s+(?:you|a\s+lot|for\s+the\s+note))?|
        thank\s+you|noted|got\s+it|bien\s+(?:reçu|noté)|received|reçu|👍|🙏)[\s,.!]*(?:(?:thank\s+you|merci)[\s.!]*)?$""",
    _F,
)

_REFERRAL = re.compile(
    r"""\b(?:(?:adresser|envoyer|transmettre|faire\s+parvenir|send|direct|address|forward|route)\s+(?:\w+\s+){0,3}?
            (?:propositions?|offres?|sollicitations?|demandes?\s+commerciales?|courriers?|proposals?|offers?|solicitations?|
            enquiries|inquiries|enquiry|inquiry|pitch(?:es)?|correspondence)\s+(?:\w+\s+){0,3}?(?:à|a|to)\s+[\w.+-]+@|
        not\s+the\s+(?:appropriate|correct|relevant)\s+(?:person|contact|department|office)|pas\s+(?:moi\s+qui|la\s+bonne\s+personne|le\s+bon\s+interlocuteur|de\s+mon\s+ressort|d[ée]cisionnaire)|
        mauvais\s+interlocuteur|(?:wrong|right)\s+(?:person|contact)|not\s+(?:my\s+area|the\s+right\s+(?:person|contact|people))|
        je\s+transmets|j['’]ai\s+(?:fait\s+suivre|transmis|transféré)|transmis\s+à|fait\s+suivre|
        forwarded\s+(?:this|your)|passing\s+this\s+along|passing\s+(?:this|it)\s+(?:on\s+)?to\b|adding\s+(?-i:[A-Z])|cc['’]d|en\s+copie|
        je\s+mets\s+en\s+copie|left\s+the\s+company|no\s+longer\s+work|has\s+moved\s+on|moved\s+to\s+a\s+different|
        my\s+replacement|(?:son|mon)\s+(?:remplaçant|successeur)|ne\s+fai[st]\s+plus\s+partie|a\s+quitt[ée]|
        ne\s+travaille\s+plus|ne\s+m['’]occupe\s+plus|voyez\s+(?:plut[ôo]t\s+)?avec(?!\s+moi\b)|voir\s+avec(?!\s+moi\b)|
        # "All fleet stuff goes through the office: office@…"
        \b(?:all|everything|anything)\s+(?:[\w-]+\s+){0,6}?go(?:es)?\s+through\s+(?:the\s+office|our\s+(?:office|accountant|[\w-]+\s+(?:manager|department|office))|my\s+(?:wife|husband|partner|son|daughter|accountant|office|brother))\b|
        adressez[\s-]vous|vous\s+adresser\s+à|contactez\s+(?:plut[ôo]t\s+)?(?:notre|mon|ma|mme|m\.)|
        (?:merci\s+de|je\s+vous\s+invite\s+[àa]|veuillez|pri[èe]re\s+de)\s+(?:plut[ôo]t\s+)?contacter\s+
            (?:notre|nos|mon|ma|mme|m\.|madame|monsieur|le\s+(?:dr|docteur|service)|la\s+(?:dr|docteure)|(?-i:[A-Z]))|
        please\s+contact\s+(?:(?-i:Mr|Mrs|Ms|Dr)\b|our\s+|(?-i:[A-Z])\w+\s+(?-i:[A-Z]))|
        ne\s+s['’]occupe\s+pas\s+de\s+(?:cela|ça|ca|ces|ce\s+(?:type|genre|sujet|dossier))|
        reach\s+out\s+to\s+(?-i:[A-Z])|(?:talk|speak|speaking)\s+(?:to|with)\s+(?:(?-i:[A-Z])|our)|
        best\s+person\s+to|the\s+one\s+to\s+talk\s+to|(?:the\s+one|person|contact|(?-i:[A-Z])\w+)\s+you\s+want\b|
        je\s+(?:lui|leur)\s+(?:transmets|fais\s+suivre|transf[èe]re)|i['’]ll\s+(?:pass|forward)\s+(?:this|it)\s+(?:on|to)|
        \bretired\b|[àa]\s+la\s+retraite|runs\s+the\s+(?:practice|business|company|firm)|a\s+repris\s+(?:le|la)|rel[èe]ve\s+de|decides?\s+on|qui\s+d[ée]cide|
        (?:suivi|g[ée]r[ée])\s+par|qui\s+g[èe]re|owns\s+(?:this|the)|handles\s+(?:vendor|this)|
        s['’]occupe\s+de\s+ces|try\s+our|contact\s+(?-i:[A-Z])\w+\s+(?-i:[A-Z])|direct\s+(?:future\s+)?correspondence|
        in\s+charge\s+of|en\s+charge\s+de|en\s+retraite|
        # "pas pour moi, mais ma collègue sera peut-être preneuse", "not for me, but my partner might bite": the offer
        # pointed at someone else
        (?:pas\s+(?:vraiment\s+)?pour\s+moi|not\s+(?:really\s+)?(?:for\s+me|my\s+(?:thing|area))|pas\s+mon\s+(?:domaine|rayon|truc))
            [^.!?\n]{0,15}?\b(?:mais|but)\s+(?:(?:peut[\s-][êe]tre|maybe|perhaps)\s+)?(?:mon|ma|notre|nos|my|our)\s+(?:\w+\s+){0,2}?
            (?:coll[èe]gues?|associ[ée]e?s?|partners?|colleagues?|boss|patron(?:ne)?|directeur|directrice|manager|assistante?|
            ceo|cfo|dg|daf)\b|
        # "try Mei Chen, mei@lotusfo.sg"; "Rebecca Lam takes over client communications"; "prendra le relais"
        try\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*[,–(-]?\s*[\w.+-]+@|
        (?-i:[A-Z])[\w'’-]+\s+(?:takes|will\s+take|is\s+taking)\s+over\b|prend(?:ra)?\s+le\s+relais|
        # a department the offer must go through ("this needs to go through procurement", "passez par nos achats")
        go(?:es)?\s+through\s+(?:our\s+|the\s+)?(?:procurement|purchasing|buying|legal|finance|hr|it)(?:\s+(?:team|department|dept))?\b|
        pass(?:er|ez)\s+par\s+(?:le\s+service\s+|nos\s+|notre\s+|les\s+|la\s+)?(?:achats|acheteurs|juridique|direction\s+des\s+achats|DSI|RH)\b|
        # "écrivez à rh.roanne@…", "write to procurement@…": another address to write to (the author's own new
        # address is `_NEW_ADDRESS`, which comes first)
        (?:[ée]crivez|[ée]crire|adressez|envoyez|write|send\s+(?:it|this|them)|e-?mail|contact(?:ez)?)\s+
            (?:plut[ôo]t\s+|directement\s+|instead\s+|directly\s+)?(?:[àa]|to|au|aux)?\s*(?:[\w\s'’-]{0,30}?:\s*)?[\w.+-]+@)""",
    _F,
)

_NOT_NOW = re.compile(
    r"""\b(?:pas\s+(?:pour\s+le\s+moment|pour\s+l['’]instant|maintenant|tout\s+de\s+suite|le\s+(?:bon\s+)?moment|
            avant|dispo\s+en\s+ce\s+moment|cette\s+ann[ée]e|d['’]actualit[ée])|
        (?:pour\s+le\s+moment|pour\s+l['’]instant|en\s+ce\s+moment)|moment\s+est\s+mal\s+choisi|trop\s+t[ôo]t|plus\s+tard|
        nous\s+verrons(?!\s+bien)|on\s+verra(?!\s+bien|\s+ce\s+que)|pas\s+prioritaire|n['’]est\s+pas\s+(?:le\s+moment|prioritaire)|sous\s+l['’]eau|(?<!a\sété\s)(?<!a\sete\s)(?<!été\s)(?<!était\s)(?<!etait\s)compliqu[ée](?!e?s?\s+(?:à|a)\s+(?:changer|remplacer|migrer|modifier|installer|mettre\s+en\s+place))|
        not\s+(?:right\s+now|now|at\s+(?:this|the)\s+(?:time|moment)|a\s+good\s+time|a\s+priority|this\s+year|until|before|yet)|
        bad\s+timing|timing\s+isn['’]t|maybe\s+(?:later|down\s+the\s+road|in)|later\s+this\s+year|down\s+the\s+road|
        hold\s+off|swamped|heads[\s-]down|budgets?\s+(?:are|is)\s+frozen|not\s+in\s+a\s+position|
        # a festival whose day moves each year ("after Chinese New Year", "après le Ramadan"): later, undated
        (?:after|apr[èe]s)\s+(?:the\s+|le\s+|la\s+|l['’]\s*)?(?:(?:chinese|lunar)\s+new\s+year|nouvel\s+an\s+chinois|f[êe]te\s+du\s+printemps|
            t[ée]t|diwali|deepavali|ramadan|eid|a[ïi]d|pongal|songkran|hanukkah|passover|p[âa]que\s+juive|rosh\s+hashanah|yom\s+kippur)\b)""",
    _F,
)
# Asking to be contacted again: a deferral when a day or a vague later time goes with it ("revenez vers moi début
# mars", "circle back in a couple of months"), not alone ("revenez vers moi quand vous voulez").
_AGAIN = re.compile(
    r"""\b(?:(?:rappelez|recontactez|relancez|revenez|réessayez|reessayez|repassez|recontacter|relancer|rappeler)[\s-]*
            (?:moi|nous|vers\s+moi|vers\s+nous)?|me\s+(?:recontacter|relancer|rappeler)|revenir\s+vers\s+(?:moi|nous)|
        on\s+en\s+reparle|nous\s+en\s+reparlerons|reparlerons|revoyons|on\s+voit\s+ça|(?:re)?voyez\s+(?:ça\s+|cela\s+)?avec\s+moi|
        reach\s+out\s+again|follow[\s-]up|check\s+(?:back|in)(?!\s+(?:the\s+)?meantime)|circle\s+back|reconnect|revisit|try\s+me\s+again|
        ping\s+me|get\s+back\s+to\s+me|come\s+back\s+to\s+me|contact\s+me\s+again|
        # "drop me a line next October", "réécrivez-moi en mai": written to again, at a time
        drop\s+(?:me|us)\s+an?\s+(?:line|note|e-?mail|mail)|shoot\s+(?:me|us)\s+an?\s+(?:e-?mail|note|message)|
        (?:r[ée]{0,2})?[ée]crivez[\s-](?:moi|nous)|(?:e-?mail|write\s+to)\s+(?:me|us)\s+again|
        try\s+(?:me\s+|us\s+)?(?:back\s+)?(?:again|in|after|around|next)\b|ask\s+me\s+again)""",
    _F,
)
_VAGUE_LATER = re.compile(
    r"""\b(?:quelques|couple|few|plus\s+tard|later|un\s+de\s+ces|some\s+point|or\s+so|
        # an event to wait for: "après les vacances", "quand la cession sera bouclée", "once the audit is done"
        apr[èe]s\s+(?:les|la|le|l['’]|notre|nos|mon|ma|mes)|(?:quand|lorsque|d[èe]s\s+que|une\s+fois\s+que)\s+
        (?:la|le|les|l['’]|notre|nos|mon|ma|mes|on|nous|j['’]|je|tout)\b|(?:once|after|when)\s+(?:the|our|my|we|i|this|that)\b)""",
    re.I | re.X,
)
# A deferral that points back at a time already named ("nous gelons tout jusqu'en mars, revenez vers moi à ce
# moment-là"): the "until" date is then the day to call back.
_THEN = re.compile(r"\b(?:[àa]\s+ce\s+moment[\s-]l[àa]|à\s+cette\s+date|then|after\s+that|at\s+that\s+point)\b", re.I)
# Words that ask for a call at a given time: with a day in the coming week they are a meeting request, with a later
# day or a month they defer ("rappelez-moi en janvier").
_CALLBACK = re.compile(
    r"\b(?:rappelez|appelez|call|ring)[\s-]*(?:moi|me|nous|us)\b"
    r"(?!\s+(?:qui|quel|quelle|ce\s+que|ce\s+qui|comment|pourquoi|votre\s+nom|who|what|why|how))",
    re.I,
)
_CALL_VERB = re.compile(r"(?:appel|call|ring)", re.I)
_REFUSAL = re.compile(
    r"""(?:ne\s+le\s+sera\s+pas|non\s+plus|d['’]autres\s+choix|won['’]t\s+change|won['’]t\s+in\s+the|don['’]t\s+bother|
        never\s+(?:be|consider)|would\s+ever\s+consider|not\s+(?:looking\s+for\s+anything|something\s+we)|
        or\s+in\s+the\s+future|nor\s+in\s+the\s+future|ni\s+[àa]\s+moyen\s+terme|ni\s+plus\s+tard|
        foreseeable\s+future)""",
    _F,
)
# A thumb up or an "ok" hand, any skin tone, once or more, alone (spaces aside).
_THUMBS = r"\s*(?:(?:\U0001F44D|\U0001F44C)[\U0001F3FB-\U0001F3FF]?\s*)+"
_INTERESTED = re.compile(
    r"""(?:(?<!pas\s)(?<!plus\s)(?<!not\s)(?<!n't\s)\b(?:ça|ca|cela)\s+(?:m['’]|nous\s+)?int[ée]resse|
        (?<!pas\s)(?<!plus\s)(?<!du\s)(?<!tout\s)(?<!aurait\s)(?<!aurais\s)(?<!auraient\s)\bint[ée]ress[ée]e?s?\b|
        (?<!not\s)(?<!n't\s)(?<!would\shave\sbeen\s)(?<!['’]d\shave\sbeen\s)\binterested\b|\bof\s+interest\b|
        ^(?:oui|yes|yep|yeah|ok|okay|go|go\s+for\s+it|partant|volontiers|avec\s+plaisir|d['’]accord)\b|
        # a thumb up or an "ok" hand alone on its line: an answer typed on a phone
        ^"""
    + _THUMBS
    + r"""$|
        \b(?:oui\s+volontiers|pourquoi\s+pas|bonne\s+id[ée]e|allons[\s-]y|on\s+avance|partant|
        sounds\s+(?:great|good|promising)|count\s+me\s+in|keen\b|let['’]?s\s+do\s+it|love\s+(?:this|it|the\s+idea)|leave\s+it\s+with\s+me\b|(?:will|['’]ll)\s+(?:certainly\s+|gladly\s+|happily\s+)?circulate\b|(?:j['’])?adore\s+l['’]id[ée]e|
        good\s+timing|exactly\s+what\s+we|tombe\s+(?:à\s+pic|a\s+pic|bien|pile)|retient|keep\s+me\s+(?:posted|in\s+the\s+loop|informed)|
        tenez[\s-]moi\s+(?:au\s+courant|inform[ée])|ça\s+me\s+parle|pas\s+mal|not\s+bad|intriguing|don['’]t\s+hate|
        pas\s+contre|promising|on\s+y\s+va|let['’]s\s+(?:proceed|go\s+ahead|move\s+forward)|parfait(?!ement\s+l['’]affaire)|ça\s+me\s+va|
        yes\s+please|next\s+steps|piste|je\s+suis\s+partant|this\s+looks\s+like|int[ée]ressant))""",
    _F | re.MULTILINE,
)
_THUMBS_ALONE = re.compile(rf"^{_THUMBS}$")
_NOT_INTERESTED = re.compile(
    r"""(?:\b(?:pas|plus|not|n't)\s+(?:du\s+tout\s+|vraiment\s+|très\s+)?int[ée]ress|\bnot\s+interested|
        \bnon\s+merci|\bno\s+thanks?\b|no,?\s+thank|\bpas\s+pour\s+nous|\bnot\s+for\s+us|\bnot\s+a\s+fit|
        \bne\s+donnerons\s+pas\s+suite|
        # what would have suited once: "ça m'aurait intéressé il y a cinq ans", "I would have been interested"
        m['’]aurai(?:t|s)\s+int[ée]ress|nous\s+aurai(?:t|ent)\s+int[ée]ress|would\s+have\s+been\s+interested|
        ['’]d\s+have\s+been\s+interested|\bdéjà\s+(?:un|une)\s+(?:prestataire|solution|partenaire)|\balready\s+have|
        \bd[ée]cline|\bne\s+correspond\s+pas|
        # content with what they have: "it works fine for us", "un tableur fait très bien l'affaire"
        \b(?:it|this|that|which|ours?)\s+works\s+(?:fine|well|perfectly|great|nicely)\s+for\s+us|does\s+the\s+job\s+for\s+us|
        fait\s+(?:tr[èe]s\s+)?(?:bien|parfaitement)\s+l['’]affaire|nous\s+convient\s+(?:tr[èe]s\s+bien|parfaitement)|^\s*(?:non|no|nope|nah)\b(?![\s,]+(?:(?:non|no|pas\s+de|pas\s+d['’])[\s,]*)*(?:worries|problem|probs?|rush|hurry|stress|pressure|souci|soucis|probl[èe]me|pb|
            need\s+to\s+(?:take\s+(?:me|us)\s+off|remove|unsubscribe|delete))\b)|sign(?:er|é|e|ed)\s+(?:avec|with)|concurrent\b|competitor|another\s+direction|
        ^\s*pass\b|\bi['’]ll\s+pass|\bpas\s+besoin(?!\s+de\s+me\s+(?:retirer|d[ée]sinscrire|supprimer))|\bno\s+need\b(?!\s+to\s+(?:take\s+(?:me|us)\s+off|remove|unsubscribe|delete))|don['’]t\s+have\s+a\s+need|we['’]re\s+good|
        in[\s-]house|en\s+interne|not\s+(?:be\s+)?moving\s+forward|pas\s+preneurs?|sans\s+fa[çc]on|ne\s+nous\s+concerne|
        renewed\s+with|(?:pas|ne)\s+(?:\w+\s+)?donner\s+suite|not\s+(?:be\s+)?proceeding|(?:not|n't|no)\s+(?:\w+\s+){0,2}(?:right|good)\s+fit|all\s+set\b|
        (?:bien|d[ée]j[àa])\s+[ée]quip[ée]s?|we['’]ll\s+pass|pass\s+(?:this\s+time|on\s+this)|ne\s+sommes\s+pas\s+int|not\s+something\s+we|not\s+looking\s+for|isn['’]t\s+a\s+fit)""",
    _F | re.MULTILINE,
)


# --------------------------------------------------------------------------------------- general lexicons
# The patterns above were grown from the tune splits' wordings. Those below are written for wordings no split has:
# each class's ordinary vocabulary in both languages, read in the body folded to lower case without accents (so
# "désinscrire", "desinscrire" and "DÉSINSCRIRE" are one word), with word boundaries, and, for the words a negation
# turns around ("utile", "relevant"), only where no negation stands before them in the same clause. They vote with
# less confidence than the first lexicons, which keep the say when both fire.

_G = re.IGNORECASE | re.VERBOSE | re.MULTILINE
# A negation in the clause before a word: "pas vraiment utile", "not really relevant", "aucun intérêt", "sans".
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:pas|plus|jamais|aucun|aucune|rien|sans|ni|not|no|never|nothing|nor|hardly|neither)|n't|\bn['’])\b"
    r"[^.,;:!?\n]{0,25}$",
    re.IGNORECASE,
)

_G_INTERESTED = re.compile(
    r"""(?<!aurait\s)(?<!aurais\s)(?<!auraient\s)\b(?:interess(?:e|ee|es|ees|ant|ante)|m['’]interesse|nous\s+interesse|me\s+plait|nous\s+plait|me\s+tente|
        (?:suis|sommes)\s+(?:ouverte?s?|partante?s?)|ouverte?s?\s+(?:a|pour)\s+(?:la\s+discussion|un\s+echange|
        en\s+discuter|l['’]idee)|utile|pertinent|bonne\s+(?:idee|approche|initiative)|
        ca\s+(?:roule|me\s+va)|tres\s+bien(?!\s+\w)|avec\s+plaisir|volontiers|banco|allons[\s-]y|coherent|convaincu|
        convaincant|seduisante?|tombe\s+(?:a\s+point|a\s+pic|bien)|a\s+l['’]ordre\s+du\s+jour|on\s+(?:the|our|my)\s+agenda|
        merite\s+(?:qu['’]on|d['’]etre|reflexion|le\s+detour|l['’]attention)|deserves?\s+(?:a\s+(?:look|closer\s+look)|attention|consideration)|seduite?|favorable|(?:vaut|vaudrait)\s+(?:le\s+coup|la\s+peine)|(?:fait|a\s+du)\s+sens|curieu(?:x|se)|
        (?:good|great|strong|perfect)\s+fit|worth\s+it|makes\s+(?:a\s+lot\s+of\s+)?sense|curious|intrigued|
        (?:take|taking|move|moving)\s+(?:this|it|things)\s+forward|
        relevant|useful|worth\s+(?:exploring|a\s+(?:look|chat|conversation|try)|discussing|considering)|open\s+to|
        (?:i|we)\s+(?:like|love)\s+(?:the|this|that|your)|sounds\s+(?:interesting|good|great|like)|could\s+(?:use|help)|
        looking\s+forward|great\s+timing|timely|on\s+our\s+radar|tell\s+me\s+more|hear\s+more|
        absolutely|definitely|of\s+course|sure(?:\s+thing)?|go\s+ahead|(?:i['’]m|we['’]re)\s+in(?=\s*(?:[.!,;]|$))|happy\s+to\s+(?:proceed|explore|continue)|(?:would|['’]d)\s+(?:like|love|be\s+glad)\s+to\s+(?:proceed|go\s+ahead|take\s+(?:you|it)\s+up)|
        looks?\s+(?:good|great|interesting|promising)|excellent|genial|parfait(?!ement\s+l['’]affaire)|count\s+(?:me|us)\s+in|yes\s+please|(?:glad|keen|eager)\s+to|
        (?:heureux|heureuse|ravie?)\s+de|je\s+veux\s+bien|d['’]accord|allez[\s-]y|
        preneu(?:r|se)s?|banco|(?:ca|cela)\s+me\s+(?:tente|plait|botte)|emballee?s?|chaude?s?\s+pour|je\s+signe|
        (?:i['’]m|we['’]re)\s+(?:listening|all\s+ears|game|on\s+board)|sign\s+(?:me|us)\s+up|right\s+up\s+(?:our|my)\s+(?:street|alley)|
        let['’]?s\s+(?:go|do|proceed|move)|(?:vous\s+pouvez|you\s+(?:can|may)|feel\s+free\s+to|go\s+ahead\s+and)\s+(?:lancer|commencer|demarrer|
            proceed|start|launch|preparer|prepare|ouvrir|open|set\s+up|mettre\s+en\s+place)|
        (?:would|['’]d|want\s+to|ready\s+to)\s+(?:like\s+to\s+)?(?:move|go)\s+(?:forward|ahead)|
        (?:nous|me)\s+convient|toute\s+(?:mon|notre)\s+attention|(?:plutot|tout\s+a\s+fait)\s+pour(?=\s*[.!,;]|\s*$)|
        comment\s+(?:on\s+procede|proceder|on\s+avance)|how\s+(?:do|shall|should|would)\s+we\s+(?:proceed|get\s+started|go\s+about\s+it)|
        (?:right|good|sensible|logical)\s+(?:first\s+)?(?:step|move)|(?:arrive|tombe)\s+au\s+bon\s+moment|at\s+the\s+right\s+time|
        perfect\s+timing|timing['’]?s?\s+(?:is\s+)?(?:\w+\s+)?(?:perfect|spot\s+on|ideal)|(?:on|nous)\s+(?:veut|voulons)\s+bien|
        go\s+on\s+(?:then|so)|^\s*aye\b|c['’]est\s+(?:un\s+)?oui|(?:it['’]s|that['’]s)\s+a\s+(?:yes|go)|(?:happy|glad|keen|willing|ready|prets?|partants?)\s+(?:to|a|pour)\s+(?:trial|try|test(?:er)?|pilot|essayer)|
        g(?:ive|ie)\s+(?:it|this|that|them|you|(?:the|your)\s+(?:\w+\s+){0,2}\w+)\s+a\s+(?:shot|go|try|whirl|bash)|
        what\s+do\s+you\s+need\s+from\s+(?:us|me)|de\s+quoi\s+avez[\s-]vous\s+besoin\s+(?:de\s+notre\s+part|pour\s+(?:commencer|demarrer|lancer)))\b""",
    _G,
)
_G_NOT_INTERESTED = re.compile(
    r"""\b(?:
        # nobody would use it, never in my life: "None of us would use it", "jamais de la vie", "not a chance"
        (?:none\s+of\s+us|nobody\s+(?:here|in\s+(?:the|our)\s+(?:office|team|firm|practice))|no\s+one\s+here|(?:we|i)\s+(?:would\s+never|wouldn['’]t\s+ever))\s+
            (?:would\s+|will\s+)?(?:use|need|want|touch|bother\s+with)\b|
        jamais\s+de\s+la\s+vie|(?<![\w'’]\s)(?:c['’]est\s+)?(?:pas|hors\s+de)\s+question(?=\s*[.!,;]|\s+pour\s+(?:nous|moi)|\s*$)|
        no\s+way(?!\s+(?:to|of|for)\b)|not\s+a\s+chance|not\s+in\s+a\s+million\s+years|
        personne\s+(?:ici\s+|chez\s+nous\s+|au\s+cabinet\s+)?ne\s+(?:l['’]\s*|s['’]en\s+)?(?:utiliserait|servirait)|
        (?:on|nous)\s+ne\s+(?:l['’]\s*|s['’]en\s+)?(?:utiliserait|utiliserions|servirait|servirions)\s+(?:pas|jamais)|deja\s+(?:(?:tres\s+)?(?:bien\s+)?(?:accompagnee?s?|equipee?s?|suivie?s?|conseillee?s?|client|en\s+place|pris|couverte?s?)|
            (?:un|une|notre|nos|mon|ma|mes)\s+(?:conseill|banqu|cabinet|prestataire|partenaire|solution|gestionnaire|notaire|expert)\w*)|
        travaill(?:e|ons)\s+deja|(?:fait|avons\s+fait)\s+(?:le|un)\s+choix|choisi\s+(?:un|une)\s+autre|autre\s+(?:cabinet|prestataire|conseiller)|
        (?:suis|sommes)\s+pas\s+(?:interess|concern|demandeu)\w*|ne\s+(?:suis|sommes)\s+pas\s+(?:interess|concern|demandeu)\w*|
        (?:passer|passe|passons|passerai|passerons)\s+(?:mon|notre)\s+tour|
        pas\s+(?:un\s+sujet|d['’]actualite\s+pour\s+nous|pour\s+(?:nous|moi)|de\s+besoin|notre\s+priorite\s+du\s+tout)|
        aucun\s+(?:besoin|interet)|(?:ne\s+)?vois\s+pas\s+l['’]interet|ne\s+(?:souhait|desir)(?:e|ons)\s+pas\s+(?:donner\s+suite|aller\s+plus\s+loin|poursuivre|changer)|
        ne\s+donner(?:ons|ai)\s+pas\s+suite|en\s+rester\s+la|bonne\s+continuation|merci\s+(?:quand\s+meme|tout\s+de\s+meme)|
        ce\s+n['’]est\s+pas\s+pour\s+(?:nous|moi)|
        (?:won['’]t|will\s+not|not)\s+(?:be\s+)?(?:taking|take|going|moving)\s+(?:this|it|things)?\s*(?:any\s+)?further|
        decided\s+(?:to\s+(?:stay|stick|keep|remain|go\s+with|work\s+with|pass)|against)|(?:stay|stick|remain)\s+with\s+(?:our|my)|
        satisfied\s+with\s+(?:our|my|the)\s+current|no\s+(?:need|use)\s+for|(?:have|has)\s+no\s+need|
        not\s+(?:something\s+we|relevant|a\s+fit|for\s+(?:us|me)|looking\s+(?:at|for))|isn['’]t\s+(?:something|relevant|for\s+us)|
        (?:we|i)\s+(?:have|'ve\s+got)\s+(?:this|that|it)\s+covered|(?:we['’]re|we\s+are|i['’]m|i\s+am)\s+(?:covered|all\s+set|fine)|
        best\s+of\s+luck|good\s+luck\s+with|thanks\s+anyway|(?:i|we)['’]ll\s+pass|pass\s+on\s+(?:this|that)|declin(?:e|ing)|
        (?:ne|n['’])\s*\w+\s+(?:pas|aucunement|nullement|guere|point|jamais)\s+(?:\w+\s+){0,4}(?:besoin|interet|utile|pertinent|necessaire|concerne|adapte)|pas\s+(?:de|d['’])\s*(?:besoin|interet|utilite)|
        (?:don['’]t|do\s+not|doesn['’]t|does\s+not|no|not|never)\s+(?:\w+\s+){0,2}(?:need(?:ed)?|interest(?:ed)?|relevant|useful|required|applicable|apply|value|point)|
        we['’]re\s+good|
        hors\s+(?:sujet|cible)|(?:stay|remain|keep\s+things)\s+as\s+(?:we|they|it|things)\s+(?:are|is)|(?:ne|n['’])\s*(?:m['’]|nous\s+|me\s+)?interess\w*\s+(?:\w+\s+)?(?:pas|plus|guere|aucunement|nullement)|deja\s+tout\s+ce\s+qu|(?:going\s+to|we\s+will|we)\s+pass\b|
        (?:restons|resterons|restera|reste|gardons|garderons|conservons|conserverons)\s+(?:avec|chez)\s+(?:notre|nos|mon|ma|mes)|
        (?:notre|nos|mon|ma|mes|our|my)\s+(?:\w+\s+)?(?:conseill\w+|banqu\w+|gestionnaire|adviser|advisor|provider|bank)\s+(?:actuel\w*)|
        (?<!enough\sof\sour\s)(?<!fed\sup\swith\sour\s)(?<!unhappy\swith\sour\s)(?:current|existing)\s+
            (?:adviser|advisor|provider|bank|arrangement|setup|set-up)|in[\s-]house\s+team|
        n['’]est\s+pas\s+(?:quelque\s+chose|un\s+sujet|une\s+priorite|pour\s+nous)|ne\s+nous\s+parle\s+pas|pas\s+(?:la|notre)\s+cible|(?:doesn['’]t|does\s+not|don['’]t|do\s+not|won['’]t|wouldn['’]t)\s+(?:really\s+|quite\s+)?(?:fit|suit|match|work\s+for\s+(?:us|me))|
        ne\s+(?:nous\s+|me\s+)?(?:convient|correspond|conviennent)\s+pas|inutile\s+d['’]insister|pas\s+la\s+peine\s+(?:de|d['’])|
        (?:la\s+reponse|the\s+answer)\s+(?:est|sera|is|will\s+be)\s+(?:non|no)|(?:c['’]est|ce\s+sera|it['’]s)\s+(?:un\s+)?non\b|no\s+thank\s+you|sans\s+interet|
        (?:will|we['’]ll|i['’]ll)\s+(?:stick|stay)\s+with|pas\s+(?:vraiment\s+)?(?:notre|mon)\s+(?:truc|besoin)|
        not\s+our\s+(?:focus|priority|area)|
        # Done already, or done by someone else ("notre audit a été réalisé par X l'an dernier", "nous faisons déjà
        # contrôler nos racks par le fabricant", "our racking gets done by the landlord's lot"); Scots "naw",
        # "nae need".
        (?:a|ont|avons|a\s+deja|ont\s+deja|avons\s+deja)\s+ete\s+(?:realise|fait|effectue|installe|mene|controle)e?s?\s+(?:par|l['’]an|en\s+20|il\s+y\s+a)|
        (?:faisons|fait|faisait)\s+deja\s+(?:\w+\s+){0,4}?(?:par|en\s+interne|chez)|
        (?:gets?|got|is|are|was|were|has\s+been|have\s+been)\s+(?:already\s+)?(?:done|checked|inspected|serviced|handled|carried\s+out|sorted)\s+by|
        naw\b|nae\s+(?:need|interest|thanks)|
        # Staying as one is ("on reste sur nos capsules", "on reste où on est"), covered or done elsewhere ("all
        # sorted", "we're well covered"), gone another way ("went with a local agency"), the project dropped.
        (?:on|nous)\s+rest(?:e|ons|era|erons)\s+(?:ou\s+(?:on\s+est|nous\s+sommes)|comme\s+(?:ca|on\s+est|nous\s+sommes)|
            sur\s+(?!votre|vos\b)(?:nos|notre|les|le|la|l['’]|mon|ma|mes)\s*\w+)|
        (?:all|already|got\s+(?:it|that|this))\s+sorted|sorted\s+already|
        (?:sommes|suis|are|we['’]re|i['’]m)\s+(?:(?:tres|deja|already|very|well|fully|bien|more\s+than|plus\s+que)\s+)+
            (?:couverte?s?|equipee?s?|servie?s?|covered|equipped|served|catered\s+for)|
        (?:went|go(?:ne|ing)?|headed)\s+(?:in\s+)?(?:a\s+)?(?:different|another|other)\s+direction|
        (?:went|gone|going|signed)\s+with\s+(?:a|an|another|one\s+of)\s+(?:\w+\s+){0,2}(?:firm|provider|supplier|company|vendor|
            agency|partner|solution|consultant|installer|contractor)s?|
        (?:already|deja)\s+(?:provides?|offers?|handles?|covers?|includes?|fournit|propose|inclut|couvre|gere)|
        (?:stoppe|abandonne|arrete|enterre|annule)\s+(?:le|ce|notre)\s+projet|
        (?:dropped|scrapped|cancel+ed|killed|abandoned)\s+(?:the|this|that|our)\s+(?:\w+\s+){0,2}(?:project|plan|idea))\b""",
    _G,
)
_G_ABSENCE = re.compile(
    r"""\b(?:absente?s?|en\s+conges?|conges?\s+(?:maternite|paternite|parental|maladie|sabbatique)|en\s+vacances|en\s+deplacement|
        en\s+formation|en\s+seminaire|en\s+arret\s+(?:maladie|de\s+travail)|ne\s+consulte\s+pas|bureaux?\s+(?:est|sont|sera|seront)\s+fermes?|
        fermeture\s+annuelle|out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+|parental\s+|maternity\s+|paternity\s+|sick\s+|medical\s+|study\s+)?leave|
        on\s+(?:holiday|vacation|sabbatical)|travel(?:l)?ing|(?:i\s+am|i['’]m)\s+(?:away|out|off)|office\s+is\s+closed|closed\s+for\s+the|
        en\s+rtt|en\s+repos|(?:en|au)\s+salon\s+(?:professionnel|[A-Z]\w*)?|at\s+a\s+(?:trade\s+show|conference|fair|trade\s+fair)|
        (?:sans|without|no)\s+acces\s+a\s+(?:mes|ma|my)\s+(?:mails?|e-?mails?|messagerie|boite)|replies\s+will\s+be\s+(?:slow|delayed)|
        reponses?\s+(?:differees?|tardives?)|indisponible|injoignable|pas\s+joignable|hors\s+du\s+bureau|unavailable|off\s+(?:until|till|sick|work)|
        (?-i:OOO)|(?:a\s+l['’]|in\s+(?:the\s+)?)hopital|in\s+(?:the\s+)?hospital|hospitalis\w+|
        (?:ne|n['’])\s*(?:travaille|suis)\s+pas\s+(?:au\s+bureau\s+)?le\s+(?:lundi|mardi|mercredi|jeudi|vendredi)|
        (?:don['’]t|do\s+not)\s+work\s+on\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays))\b""",
    _G,
)
_G_ABSENCE_DETAIL = re.compile(
    r"""\b(?:jusqu|a\s+mon\s+retour|des\s+mon\s+retour|de\s+retour|reviendrai|retour\s+(?:prevu|le)|acces\s+(?:tres\s+)?(?:limite|restreint|reduit)|
        sans\s+acces|pour\s+toute\s+urgence|en\s+mon\s+absence|ne\s+consulte\s+pas|du\s+\d{1,2}\s+au\s+\d{1,2}|
        until|till|back\s+(?:on|in|at|next|then|monday|tuesday|wednesday|thursday|friday)|returning|on\s+my\s+return|when\s+i['’]m\s+back|reopens?|
        du\s+\d{1,2}(?:er)?\s+\w+\s+au\s+\d{1,2}|(?:will|shall)\s+(?:return|be\s+back)|return(?:s|ing)?\s+(?:on|to\s+the\s+office)|
        (?:des|quand|lorsque)\s+(?:que\s+)?je\s+(?:rentre|reviens|rentrerai|reviendrai|serai\s+de\s+retour)|
        je\s+vous\s+(?:repondrai|reponds|recontacterai|rappellerai)\s+(?:des|a\s+mon|lundi|mardi|mercredi|jeudi|vendredi|la\s+semaine)|
        (?:limited|intermittent|no|without)\s+(?:access|connectivity|e-?mail|laptop)|for\s+(?:anything\s+)?urgent|in\s+my\s+absence)""",
    _G,
)
_G_AUTOMATIC = re.compile(
    r"""^(?:auto(?:matic)?[\s-]?(?:reply|response)|r[eé]ponse\s+automatique|message\s+(?:d['’]absence|automatique)|
        automatic\s+message|(?:ceci\s+est\s+un|this\s+is\s+an?)\s+(?:message|reponse|automatic|automated)\s+(?:automatique|reply|response|message)|
        out\s+of\s+office)\b""",
    _G,
)
# An inbox's own hours, as its automatic answer gives them: "This inbox is not monitored on Fridays", "this surgery
# inbox … is checked twice a week", "Nous lisons nos mails du mardi au samedi".
_G_INBOX_HOURS = re.compile(
    r"""\b(?:this|our)\s+(?:\w+\s+)?(?:inbox|mailbox|e-?mail\s+address)\s+is\s+(?:not\s+monitored|only\s+(?:checked|monitored|read)|
            checked|monitored|read)\s+(?:on|at|during|outside|between|once|twice|\w+\s+times|every|daily|weekly|only)\b|
        \bnous\s+(?:lisons|consultons|relevons|traitons)\s+(?:nos|les)\s+(?:mails|e-?mails|messages|courriels)\s+
            (?:du|le|les|uniquement|seulement|une|deux)\b""",
    _G,
)
_G_REFERRAL = re.compile(
    r"""\b(?:(?:je|nous)\s+(?:transfere|transferons|transmets|transmettons|fais\s+suivre|faisons\s+suivre)|
        (?:contactez|ecrivez|adressez[\s-]vous|voyez|rapprochez[\s-]vous|joignez|appelez)\s+(?:plutot\s+|directement\s+)?(?:a|avec|de)?\s*
            (?:mon|ma|notre|nos|m\.|mme|monsieur|madame|(?-i:[A-Z]))|
        (?:c['’]est|ce\s+sera)\s+(?:desormais\s+|plutot\s+|maintenant\s+)?(?:m\.|mme|monsieur|madame|(?-i:[A-Z])\w+|mon|ma|notre)[^.\n]{0,30}\bqui\s+(?:s['’]occupe|gere|dirige|decide|suit)|
        (?:qui\s+)?(?:s['’]occupe|gere|suit|pilote)\s+(?:de\s+)?(?:ces|ce|nos|la|le|les|cette|tout\s+ce)\s+(?:sujets?|questions?|dossiers?|partie|volet|aspects?)|
        ne\s+(?:suis|fais)\s+plus\s+(?:partie|chez|dans)|n['’](?:est|suis)\s+plus\s+(?:chez|dans|en\s+poste)|a\s+quitte|
        (?:mon|ma|notre)\s+(?:successeu?r|successeure|remplacante?)|pas\s+(?:la\s+bonne\s+personne|le\s+bon\s+interlocuteur|decisionnaire|moi\s+qui)|
        forward(?:ing|ed)\s+(?:this\s+|your\s+(?:email|message|note)\s+)?(?:on\s+)?to|passing\s+(?:this|you|it)\s+(?:on|along)|
        (?:please\s+)?(?:contact|e-?mail|write\s+to|reach\s+out\s+to|speak\s+(?:to|with)|talk\s+to|get\s+in\s+touch\s+with|
            (?:take|raise)\s+(?:this|it|that|the\s+matter)\s+(?:up\s+)?with)\s+(?:our|my|(?-i:[A-Z]))|
        (?:(?-i:[A-Z])\w+|he|she|who)\s+(?:looks\s+after|handles|is\s+in\s+charge\s+of|is\s+responsible\s+for|takes\s+care\s+of|
            deals\s+with|oversees|manages|runs)\s+(?:our|the|all|this|these|that|it|them|\w+\s+(?:here|for\s+us))|
        (?:redirigez|rediriger|redirect|re-?direct)\s+(?:votre|vos|your|this|ce|cette|la|le)|
        (?:pilote|gere|suivi|traite)e?s?\s+par|(?:handled|managed|run|owned)\s+by|loop\s+(?:him|her|them)\s+in|
        (?:moved|move|moving)\s+(?:to|into)\s+(?:a\s+)?(?:new|different|another)\s+(?:role|position|job|team)|(?<!ton\s)(?<!votre\s)nouveau\s+poste|
        (?:point\s+of\s+contact|(?:votre|nouvel|nouvelle)\s+interlocut\w+)|voir\s+(?:\w+\s+){0,2}avec\s+(?:mon|ma|notre|nos|m\.|mme|(?-i:[A-Z]))|
        (?:my|our)\s+(?:\w+\s+){0,2}\w+['’]s\s+(?:area|remit|department|domain|call|decision)|
        (?:je\s+laisse|i['’]ll\s+let)\s+(?:mon|ma|notre|my|our|(?-i:[A-Z]))|
        (?:best|better)\s+(?:to\s+)?(?:ask|contact|speak\s+(?:to|with)|talk\s+to|check\s+with|write\s+to)\s+(?:our|my|(?-i:[A-Z]))|
        (?:mieux\s+vaut|il\s+vaut\s+mieux)\s+(?:voir|demander|contacter|s['’]adresser|ecrire)|c['’]est\s+avec\s+(?:elle|lui|eux|(?-i:[A-Z])\w+)\s+qu|
        (?:reprend|a\s+repris|reprendra)\s+(?:l['’]entreprise|la\s+societe|le\s+cabinet|l['’]affaire|le\s+flambeau|la\s+gestion)|
        (?:wrong|right)\s+(?:person|contact)|not\s+the\s+(?:right|best)\s+(?:person|contact)|no\s+longer\s+(?:with|at|works?)|
        (?:le\s+bon|la\s+bonne|le\s+meilleur|la\s+meilleure)\s+(?:contact|interlocut\w+|personne)\s+(?:pour|est|serait|c['’]est|sur)|
        (?:vous\s+pouvez\s+)?(?:lui|leur)\s+(?:ecrire|ecrivez|telephoner|en\s+parler)|(?:ecrivez|ecrire|ecris|contactez|appelez)(?:[\s-](?:lui|leur)|-(?:le|la|les))\b|mention\s+my\s+name|(?:you\s+can|feel\s+free\s+to|please)\s+(?:contact|e-?mail|write\s+to|reach\s+out\s+to|call)\s+(?:him|her|them)\b|
        (?:has\s+)?left\s+(?:the\s+(?:company|firm|business)|us)|(?:my|his|her)\s+(?:successor|replacement)|copying\s+in|
        (?:il|elle)\s+(?:s['’]occupe|gere|decide|suit|pilote)|(?:he|she|they)\s+(?:handles|looks\s+after|decides|deals|is\s+the\s+one|are\s+the\s+ones)|
        (?:taken\s+over|replaced)\s+by|(?:repris|remplacee?)\s+par|
        moved\s+(?:to\s+another|on)|not\s+my\s+(?:area|remit|department|call|decision)|pas\s+(?:de\s+)?mon\s+(?:domaine|perimetre|rayon|ressort)|
        (?:took|has\s+taken|have\s+taken|taking)\s+over|(?:i['’]ve|i\s+have)\s+left|j['’]ai\s+quitte|
        (?:a|ont)\s+pris\s+(?:ma|sa|le)\s+(?:place|releve|relais|suite|poste)|(?:me|le|la)\s+remplace|
        (?:plus|no\s+longer)\s+(?:en\s+poste|in\s+(?:this|that|the)\s+role|in\s+charge)|
        je\s+ne\s+suis\s+pas\s+(?:responsable|decisionnaire))""",
    _G,
)
_G_QUOTE = re.compile(
    r"""\b(?:honoraires?|tarifs?|tarifaires?|tarification|devis|chiffr(?:er|age|ez|ee)|couts?|coute(?:nt|rait|raient)?|combien|
        frais\s+(?:de\s+(?:gestion|dossier|conseil|mise\s+en\s+place)|d['’](?:entree|arbitrage)|annuels|fixes)|quels\s+(?:sont\s+)?(?:vos|les)\s+frais|
        factur(?:ez|er|ation|ees?)|remuneration|commissions?(?!\s+(?:numerique|paritaire|municipale|de\s+l['’]ordre|d['’]appel|europeenne|presidee))|prix|(?:proposition|offre)\s+(?:tarifaire|financiere|chiffree|de\s+prix)|
        fees?|pric(?:e|es|ing|ed)|quote|quotation|how\s+much|ballpark|(?<!in\s)(?<!des\s)charges?\b(?!\s+of)|rates?|costs?|
        budgetary\s+estimate|estimate\s+of)\b""",
    _G,
)
_G_INFO = re.compile(
    r"""\b(?:documentation|brochure|plaquette|presentation|(?<!circulate\syour\s)d[eé]tails?|davantage|en\s+savoir\s+plus|en\s+dire\s+plus|
        references?|modalites|fonctionnement|methode|comment\s+(?:vous\s+)?(?:travaillez|fonctionne|procedez)|
        material|sample|example|brochure|deck|more\s+(?:about|on)|how\s+(?:you|do\s+you)\s+(?:work|handle|operate)|
        (?:envoyez|envoyer|transmettez|transmettre|adressez|faites\s+parvenir|partager|partagez)[\s-](?:moi|nous)|
        (?:send|share)\s+(?:me|us|over)|e-?mail\s+(?:me|us)\s+(?:the|your|a|some)\s|fact\s*sheets?|fiches?\s+(?:produit|technique|fonds)|(?:aime|aimerais|aurais\s+aime|voudrais|souhaite|souhaiterais)\s+recevoir|
        walk\s+(?:me|us)\s+through|(?:j['’]aurais|j['’]ai|nous\s+aurions|nous\s+avons|i['’]d|i\s+would|we['’]d|we\s+would)\s+(?:besoin|need)\s+
            (?:de|d['’]|of|to\s+see)?\s*(?:vos|votre|des|du|de\s+la|the|your|some)\s|expliqu(?:er|ez)[\s-](?:moi|nous)|(?:testimonials?|temoignages?)|case\s+stud(?:y|ies))\b""",
    _G,
)
# A question: a sentence ending in "?" that asks (inversion "avez-vous", "est-ce que", interrogative words, an
# auxiliary first) rather than a rhetorical or confused one.
_G_QUESTION = re.compile(
    r"""(?:^|[.!?:]\s+)[^.!?\n]*(?:\b\w+-(?:vous|il|elle|ils|elles|on)\b|\best[\s-]ce\s+qu|\b(?:quel|quelle|quels|quelles|comment|pourquoi|
        combien|ou|quand)\b|^\s*(?:are|is|do|does|can|could|would|will|have|has|what|which|how|when|where|why)\b|
        \b(?:do|does|can|could|would|will|are|is)\s+(?:you|there|it|this)\b)[^?\n]*\?""",
    _G,
)
_G_OTHER = re.compile(
    r"""\b(?:qui\s+vous\s+a\s+(?:donne|transmis|communique)|comment\s+avez[\s-]vous\s+(?:eu|obtenu|trouve)|
        pas\s+(?:destine|adresse)\s+a\s+moi|ne\s+m['’](?:etait|est)\s+pas\s+(?:destine|adresse)|erreur\s+de\s+destinataire|
        mauvais(?:e)?\s+(?:personne|destinataire)|homonyme|ne\s+(?:me\s+)?souviens\s+pas|(?:piece\s+jointe|lien|fichier)\s+(?:ne\s+s['’]ouvre|est\s+vide|manque|ne\s+fonctionne)|
        ne\s+s['’]ouvre\s+pas|(?:dans\s+(?:mes\s+)?|en\s+)spams?|
        (?:lien|fichier|piece\s+jointe|link|attachment|file)\b[^.!?\n]{0,40}\b(?:ne\s+(?:s['’]ouvre|fonctionne|marche)|doesn['’]t\s+(?:work|open)|
            won['’]t\s+open|is\s+(?:broken|dead)|est\s+(?:casse|mort|vide))|
        (?:great|good|nice|lovely|so\s+good)\s+(?:catching\s+up|seeing\s+you|to\s+see\s+you|bumping\s+into\s+you)|hope\s+the\s+(?:trip|journey|flight)|
        (?:ravie?|contente?|plaisir)\s+de\s+(?:t['’]|vous\s+)?(?:avoir\s+)?(?:revu|croise|vu|revoir|croiser)|felicitations?\s+pour\s+(?:ton|votre)|congrat\w*\s+on\s+(?:your|the)|courriers?\s+indesirables?|avez[\s-]vous\s+(?:bien\s+)?(?:eu|recu)\s+mon|
        wrong\s+(?:person|address|recipient)(?!\s+(?:for|to))|not\s+meant\s+for\s+me|(?:sent|send)\s+(?:this\s+)?to\s+the\s+wrong|who\s+gave\s+you|
        how\s+did\s+you\s+get\s+my|don['’]t\s+(?:remember|recall)|never\s+(?:met|spoke)|(?:attachment|link|file)\s+(?:won['’]t|doesn['’]t|didn['’]t|is)\s+(?:open|work|broken|empty)|
        (?:in|to)\s+my\s+spam|(?:wrote|written|emailed|contacted)\s+(?:to\s+)?me\s+(?:before|in\s+\d{4}|last\s+(?:year|month))|
        m['’]avez\s+(?:deja\s+)?(?:ecrit|contacte|envoye\s+ce)|(?:devez|dois|devriez|doit)\s+(?:faire|vous\s+etre)\s+(?:erreur|trompee?s?)|you\s+(?:must\s+be|are|['’]re)\s+mistaken|
        (?:je\s+)?ne\s+(?:vous\s+)?connais\s+pas\s+(?:votre|vos|ce|cette|la|le)|(?:i\s+)?(?:don['’]t|do\s+not)\s+know\s+(?:you|your|this)|(?:meme|same)\s+(?:cabinet|firm|company|societe)\s+(?:qui|that|who)|junk\s+folder|did\s+you\s+(?:get|receive)\s+my)""",
    _G,
)
# The opposite of an opt-out: "keep sending", "ne me retirez surtout pas". Not a request for documents either.
_KEEP_SENDING = re.compile(
    r"""\b(?:(?:continuez|continue|keep)\s+(?:de\s+|a\s+)?(?:m['’]envoyer|m['’]ecrire|sending|writing|them\s+coming)|
        (?:don['’]t|do\s+not|never)\s+stop\s+(?:the|your|sending|writing)|n['’]arretez\s+(?:surtout\s+|jamais\s+)?pas|
        (?:ne|n['’])\s*(?:me|nous)\s+(?:retirez|desinscrivez|supprimez|desabonnez|enlevez)\s+(?:surtout\s+|jamais\s+)?pas|
        (?:don['’]t|do\s+not|never)\s+(?:take|remove|unsubscribe)\s+(?:me|us)|
        # asking to be put back on the list
        (?:me|nous)\s+re-?(?:inscrire|abonner)|re-?subscribe\s+me|re-?add\s+me|add\s+me\s+back|put\s+(?:me|us)\s+back\s+on)""",
    _G,
)
# Thanks, acknowledgements and pleasantries: a reply made only of them is `other`.
_PLEASANTRY_ITEM = r"""(?:merci|beaucoup|bien|a\s+vous|pour|votre|vos|ce|cette|le|la|les|l['’]|de|du|des|retour|
    message|mail|reponse|information|infos?|thanks?|thank\s+you|you|so\s+much|a\s+lot|for|the|your|this|that|note|email|update|reply|
    cheers|bien\s+recu|recu|bien\s+note|c['’]est\s+note|note|noted|received|got\s+it|tres|very|much|appreciated|
    bonne\s+(?:journee|soiree|semaine|fin\s+de\s+semaine|continuation|reception)|have\s+a\s+(?:good|great|nice)\s+(?:day|week|weekend|one)|
    a\s+bientot|regards|cordialement|happy\s+new\s+year|bonne\s+annee|(?:meilleurs\s+)?voeux|happy\s+holidays|
    joyeu(?:x|ses)\s+(?:noel|fetes)|merry\s+christmas|bonnes\s+fetes|to\s+you\s+too|a\s+vous\s+aussi|de\s+meme|also|aussi|
    and|et|to|(?:the\s+)?team|(?:toute\s+)?l['’]equipe|everyone|all|(?:your\s+)?family|(?:votre\s+)?famille)"""
# Pleasantries, then perhaps the name they are addressed to ("Merci Thomas").
_G_PLEASANTRY = re.compile(
    rf"{_PLEASANTRY_ITEM}(?:(?:\s+|(?<=['’])){_PLEASANTRY_ITEM})*(?:\s+(?-i:[A-Z])[\w'’-]+)?",
    re.IGNORECASE | re.VERBOSE,
)


_DAYPART = r"(?:lundi|mardi|mercredi|jeudi|vendredi|demain|monday|tuesday|wednesday|thursday|friday|tomorrow)"
_G_MEETING = re.compile(
    rf"""\b(?:s['’]appeler|appelons[\s-]nous|se\s+parler|se\s+(?:rencontrer|retrouver|voir)|rencontrons[\s-]nous|
        on\s+se\s+(?:voit|retrouve|parle|cale)|venez\s+(?:me|nous)\s+voir|
        agenda|calendrier|calendar|slots?|creneaux?|(?:teams|zoom|outlook|calendar|google)\s+invit\w*|
        invit\w*\s+(?:teams|zoom|outlook|google|calendrier|agenda|visio)|(?<!delivered\s)(?<!held\s)(?<!run\s)(?<!given\s)(?<!taught\s)in[\s-]person|en\s+presentiel|
        (?:when|what\s+time)\s+(?:are|would|will)\s+you\s+(?:be\s+)?(?:free|available|around)|
        quand\s+(?:etes|seriez|serez)[\s-]vous\s+(?:libre|disponible|dispo|a|au|de\s+passage)|(?:a|quelle)\s+(?:quelle\s+)?heure|
        talk\s+(?:it|this|things)\s+(?:through|over)|catch\s+up|(?:a|quick|short)\s+chat|video\s+call|google\s+meet|
        (?:teams|zoom)\s+(?:call|meeting|link|invite)|lunch|dejeuner|(?:un|a)\s+(?:cafe|coffee)|demonstration|
        {_DAYPART}\s+(?:\d{{1,2}}\s+)?(?:matin|apres[\s-]midi|soir|midi|morning|afternoon|evening|at\s+\d|a\s+\d|\d{{1,2}}\s*h)|
        (?:passe[sz]?|venez|viens)[\s-](?:me|nous)\s+voir|on\s+s['’]appelle|on\s+se\s+(?:telephone|fait\s+un\s+(?:point|call|appel))|let['’]s\s+(?:talk|speak|chat|meet)|
        (?:can|could|shall)\s+we\s+(?:talk|speak|chat|meet)|(?:come|drop|swing)\s+(?:and\s+see|by|round)|rendre\s+visite|
        coup\s+de\s+(?:fil|telephone|tel|bigo)|
        (?:come|pop|get)\s+(?:out|over|down|round|up)\s+to\s+(?:the|our|my)\s+\w+|
        passer\s+(?:a|au|sur|chez|dans)\s+(?:notre|nos|mon|ma|le|la|l['’])\s*(?:depot|site|bureau|agence|entrepot|usine|atelier|magasin|
            cabinet|siege|ferme|exploitation|chantier|local|locaux|salle|restaurant|hotel|boutique|pharmacie|clinique)|
        send\s+(?:the|a|your|an|over\s+(?:the|a|your))\s+(?:technician|engineer|surveyor|rep|representative|bloke|guy|inspector|installer|
            fitter|advisor|adviser|consultant)|envoy\w*\s+(?:le|la|un|une|votre)\s+(?:technicien|technicienne|commercial|commerciale|
            conseill\w+|inspecteur|installateur|expert)|(?:a|un)\s+(?:phone|telephone)\s+call|on\s+the\s+phone|au\s+telephone|
        (?:libre|disponible|dispo|free|available|around)\s+(?:le\s+|on\s+)?{_DAYPART})\b""",
    _G,
)


# French negation around a verb: "ne m'intéresse pas", "n'est guère utile".
_NE_BEFORE = re.compile(r"\b(?:ne|n['’])\s*(?:\w+['’]?\s*){0,2}$", re.IGNORECASE)
_PAS_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:pas|plus|gu[eè]re|jamais|point)\b", re.IGNORECASE)


_NOT_AFTER = re.compile(r"^\s*,?\s*not\b(?!\s+(?:only|just|bad|least))", re.IGNORECASE)


def _negated(text: str, start: int, end: int) -> bool:
    # the words before it in its own sentence: "pas besoin de démo. On prend l'essai" takes the trial
    before = _SENTENCE_TURN.split(text[max(0, start - 40) : start])[-1]
    if _NOT_AFTER.match(text[end : end + 12]):  # "Absolutely not", "certainly not"
        return True
    return bool(
        _NEGATED_BEFORE.search(before) or (_NE_BEFORE.search(before) and _PAS_AFTER.match(text[end : end + 20]))
    )


# A yes-no question about the offer ("Is this relevant for Northern Ireland?", "Est-ce pertinent pour une SCI ?")
# asks; its words of liking say no liking.
_YES_NO_QUESTIONS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:is|are|will|does|would(?!\s+(?:love|like|be))|est[\s-]ce\s+que|est[\s-]ce|serait[\s-]ce)\b"
    r"[^.!?\n]*\?",
    re.IGNORECASE,
)


def _affirmed(pattern: re.Pattern[str], folded: str, declined: re.Pattern[str] | None = None) -> str | None:
    """The first match of `pattern` in `folded` that no negation in its clause turns around (nor, with `declined`,
    the words just before it: "avant de se voir", "no need for a call")."""
    for m in pattern.finditer(folded):
        if declined is not None and declined.search(folded[max(0, m.start() - 40) : m.start()]):
            continue
        lead = len(m.group(0)) - len(m.group(0).lstrip(".!?,;:- \n"))  # the punctuation a pattern starts at
        if not _negated(folded, m.start() + lead, m.end()):
            return m.group(0).strip()
    return None


def _without_signature(body: str) -> str:
    """`body` without a trailing contact block that has no closing before it ("Merci.\n\nMarc Delorme\nPrésident…")."""
    first = body.split("\n", 1)[0]
    if "\n" not in body or not _G_PLEASANTRY.match(_plain(first)):
        return body
    block = S.find_block(body)
    return "\n".join(body.split("\n")[: block.lines[0]]) if block.lines and block.lines[0] > 0 else body


def _words_of(body: str) -> str:
    """`body` without a contact block that follows the words with no closing before it (name, title, phone lines):
    its job titles and company names are not the reply. A block holding another person's address stays (a referral)."""
    if "\n" not in body:
        return body
    lines = body.split("\n")
    block = S.find_block(body)
    if not block.lines or block.lines[0] == 0 or block.reason != "cues" or block.confidence < 0.5:
        return body
    if any(_EMAIL.search(lines[i]) for i in block.lines):
        return body
    # A sentence is no contact line, even with a number in it ("Oui, mardi 20 à 14h par téléphone au 05 61 22 47
    # 90."): a block that begins with one is part of the words.
    if _PROSE_LINE.match(lines[block.lines[0]]):
        return body
    return "\n".join(lines[: block.lines[0]])


_PROSE_LINE = re.compile(r"^(?=(?:\S+\s+){7})[^|•·]*[.!?]\s*$")


def _only_pleasantries(body: str) -> bool:
    parts = [p.strip(" \t-–—,;:") for p in re.split(r"[.!\n,;]+", body)]
    parts = [p for p in parts if p]
    return bool(parts) and len(body) <= 160 and all(_G_PLEASANTRY.fullmatch(p) for p in parts)


@dataclass
class _Vote:
    kind: str
    confidence: float
    evidence: str
    relayed: bool = False  # an unsubscribe asked for someone else (opt_out.Request.relayed)


def _find(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return m.group(0).strip() if m else None


_WEEKDAY_WORD = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
)
_CURIOUS_ASKING = re.compile(
    r"\b(?:i['’]m|i\s+am|je\s+suis|just|juste|simplement)\s+(?:just\s+|juste\s+)?(?:curious|curieux|curieuse)\b(?=[^.!\n]*\?)",
    re.IGNORECASE,
)
_ON_A_CONDITION = re.compile(r"\b(?:si|s['’]il|if|whether)\b[^.!?,;\n]*$", re.IGNORECASE)
_CONDITIONAL_DECLINE = re.compile(r"(?<=\?)\s*(?:sinon|otherwise|if\s+not)\b[^.!?\n]*", re.IGNORECASE)
# A day of habit ("every Saturday morning", "tous les mardis", "a Sunday league club") names no day to meet either.
_HABITUAL_DAY = re.compile(
    rf"""\b(?:every|each|most|chaque|tous\s+les)\s+(?:other\s+)?{_WEEKDAY_WORD}s?\b|
        \b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b|
        \b(?:saturday|sunday|samedi|dimanche)\s+(?:league|club|school|market|football|rugby)\b|
        \b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:nights|mornings|evenings|afternoons)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A month in a clause about the past ("I said no to your colleague in March", "I left in June", "j'ai quitté la
# mairie en juillet", "depuis septembre") is when something happened, not when to come back.
_MONTH_WORD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[ée]vrier|mars|"
    r"avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
)
_PAST_MONTH = re.compile(
    rf"""\b(?:left|quit|retired|signed|joined|renewed|spoke|met|answered|decided|bought|sold|moved|switched|resigned|
        died|passed\s+away|d[ée]c[ée]d[ée]e?|disparue?|
        took\s+over|stepped\s+down|since|said\s+no|told\s+(?:you|him|her|them|your\s+\w+)\s+no|
        (?:ai|as|a|avons|avez|ont)\s+(?:quitt[ée]e?s?|dit\s+non|sign[ée]e?s?|renouvel[ée]e?s?|rencontr[ée]e?s?|
            r[ée]pondu|d[ée]cid[ée]|achet[ée]e?s?|vendu|d[ée]missionn[ée]|repris|pris\s+sa\s+retraite)|
        (?:suis|est|sommes|sont)\s+(?:partie?s?|arriv[ée]e?s?)|depuis)\b[^.!?,;\n]{{0,30}}?\b{_MONTH_WORD}\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A day said impossible ("Can't make Wednesday", "pas dispo jeudi") names no day to meet.
_DECLINED_DAY = re.compile(
    rf"""\b(?:can['’]?t|cannot|won['’]t\s+be\s+able\s+to|unable\s+to)\s+(?:make|do|attend)\s+(?:it\s+)?(?:on\s+)?{_WEEKDAY_WORD}\b|
        \b(?:pas\s+(?:dispo(?:nible)?s?|libre)|impossible)\s+(?:ce\s+|le\s+)?{_WEEKDAY_WORD}\b""",
    re.IGNORECASE | re.VERBOSE,
)
_DAY_RANGE = re.compile(
    rf"\b(?:du\s+|from\s+)?{_WEEKDAY_WORD}\s*(?:au|to|till|until|through|thru|[-–])\s*{_WEEKDAY_WORD}\b", re.IGNORECASE
)
# A meeting word that says where the author is or what keeps them busy, not what they ask for: "je suis souvent en
# réunion", "pris par les entretiens annuels", "I'm in meetings all day", "tied up with board meetings".
_MEETING_AS_STATE = re.compile(
    r"""(?:\b(?:suis|sommes|est|sera|serai|serons|am|is|are|i['’]m|we['’]re|be)\s+(?:\w+\s+){0,2}(?:en|in|at)\s+(?:a\s+|an\s+)?|
        \b(?:pris|prise|prises|occup[ée]e?s?|bloqu[ée]e?s?|accapar[ée]e?s?|busy|tied\s+up|swamped|stuck)\s+(?:par|avec|with|by|in)\s+
        (?:les|des|mes|nos|la|le|the|my|our|a)?\s*(?:\w+\s+)?)$""",
    re.IGNORECASE | re.VERBOSE,
)
# ... unless the words before offer it: "je suis disponible en visio", "I'm free in the afternoon".
_AVAILABLE = re.compile(r"\b(?:disponibles?|dispos?|available|free|open|partante?s?|pr[eê]te?s?|ready|ok)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?\n]")
_LATER_AFTER = re.compile(
    r"^[^.!?\n]{0,20}\b(?:plus\s+tard|later)\b(?!\s+(?:this|today|in\s+the\s+(?:day|week|afternoon|morning)|dans\s+la\s+(?:journ[ée]e|semaine)|cette\s+semaine|aujourd))",
    re.I,
)


# "Jonathan Price", "Samantha Price in finance": a family name after a first name inside a sentence, not a price
# ("Best Price for 3 sites?" opens one).
_PRICE_AS_NAME = re.compile(r"(?<=[\w,;(] )(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s+(?P<word>(?-i:Price|Cost|Rate|Fee))\b")
_PRICE_AS_FIRM = re.compile(r"\b(?-i:Price|Cost|Rate|Fee)(?=\s*&\s*(?-i:[A-Z]))")  # "Price & Walsh Financial Planning"


def _without_price_names(text: str) -> str:
    """`text` with the family names that are price words blanked ("Jonathan Price", "Price & Walsh")."""
    text = _PRICE_AS_FIRM.sub(_blank, text)
    return _PRICE_AS_NAME.sub(lambda m: m.group(0)[: m.start("word") - m.start()] + " " * len(m.group("word")), text)


def _quote(body: str) -> str | None:
    """The first price word that asks: a weak one ("le prix", "the cost") only in a sentence that asks something
    ("mes sœurs ne sont pas d'accord sur le prix" tells a story, "quel prix ?" asks)."""
    body = _without_price_names(body)
    for m in _QUOTE.finditer(body):
        if _QUOTE_DECLINED.search(body[max(0, m.start() - 40) : m.start()]) or _NOT_NEEDED_AFTER.match(body, m.end()):
            continue  # "Rather than a quote by email, could you come …", "pas besoin de devis": declined
        if not _WEAK_QUOTE.fullmatch(m.group(0)):
            return m.group(0).strip()
        start = max(body.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        ends = [i for i in (body.find(c, m.end()) for c in ".!?\n") if i >= 0]
        sentence = body[start : (min(ends) + 1 if ends else len(body))]
        if _QUOTE_ASK.search(sentence):
            return m.group(0).strip()
    return None


def _meeting(body: str) -> str | None:
    state_end = -1
    for m in _MEETING.finditer(body):
        before = body[max(0, m.start() - 40) : m.start()]
        state = _MEETING_AS_STATE.search(before) and not _AVAILABLE.search(before)
        if state or (state_end >= 0 and not _CLAUSE_END.search(body[state_end : m.start()])):
            state_end = m.end()  # "en réunion toute la journée": the words after a state belong to it
            continue
        if _MEETING_DECLINED.search(before) or _LATER_AFTER.match(body[m.end() :]):
            continue
        return m.group(0).strip()
    return None


def _votes(
    new_text: str, body: str, subject: str, sent: dt.date, given: opt_out.Request | None = None
) -> tuple[list[_Vote], dt.date | None]:
    votes: list[_Vote] = []
    until = None
    # Opt-outs are R8's: one lexicon, with its negation and footer guards, for the engine and for the intent; the
    # engine's own reading of the whole message (`given`: the word its quoted footer asks for, and whether the
    # request is relayed for someone else) counts.
    request = given or opt_out.read(new_text)
    if request:
        votes.append(_Vote("unsubscribe", 0.97, request.phrase, request.relayed))
    auto = auto_reply.body_reason(new_text) or auto_reply.subject_reason(subject)
    absence = _find(_ABSENCE, body)
    plain = _plain(body)
    if (departed := _find(_DEPARTED, plain)) is not None and _EMAIL.search(body):
        # Gone, and someone else named to write to: the notice hands over, it is neither an absence nor a ticket.
        votes.append(_Vote("departed", 0.9, departed))
        return votes, until
    if (receipt := _find(_RECEIPT_OR_FAILURE, plain)) is not None:
        # A read receipt or a delivery failure that reached the intent reader: a mail system's, nobody's answer.
        votes.append(_Vote("other", 0.9, receipt))
        return votes, until
    absent = _G_ABSENCE.search(plain) or _ABSENT_WORD.search(plain)
    if not absent and (ack := _find(auto_reply.ACKNOWLEDGEMENT, plain)) is not None:
        # An automatic acknowledgement ("your request has been logged, we reply within 48 hours") names no absence:
        # nobody is away, nothing is asked.
        votes.append(_Vote("other", 0.8, ack))
        return votes, until
    if auto:
        votes.append(_Vote("auto_absence", 0.95, absence or subject or "automatic"))
    elif absence and _ABSENCE_DETAIL.search(body):
        votes.append(_Vote("absence", 0.8, absence))
    if not votes and _only_pleasantries(_plain(_without_signature(body))):
        votes.append(_Vote("other", 0.8, body[:40]))
        return votes, until
    # Opening days ("du lundi au vendredi", "Monday to Friday") name no day to meet or to come back.
    dated = _PAST_MONTH.sub(" ", _DECLINED_DAY.sub(" ", _HABITUAL_DAY.sub(" ", _DAY_RANGE.sub(" ", body))))
    when = implied_date(dated, sent)
    if when is None and _THEN.search(dated):
        when = implied_date(dated, sent, until_counts=True)
    callback = _find(_CALLBACK, body)
    deferral = _find(_NOT_NOW, body)
    # A day in the coming week with "call me" is a meeting ("rappelez-moi jeudi"), a later one a deferral.
    near = when is not None and (when.day - sent).days <= 7 and when.kind in ("weekday", "tomorrow", "full", "next")
    if (
        deferral is None
        and (again := _find(_AGAIN, body)) is not None
        and ((when and not (near and _CALL_VERB.search(again))) or _VAGUE_LATER.search(body) or _THEN.search(body))
    ):
        deferral = again
    if (meeting := _meeting(body)) is not None:
        if not (callback and meeting.lower().startswith(callback.lower()[:4]) and when and not near):
            votes.append(_Vote("meeting_request", 0.85, meeting))
    elif callback and (when is None or near) and not deferral:
        votes.append(_Vote("meeting_request", 0.8, callback))
    if (found := _quote(body)) is not None:
        votes.append(_Vote("quote_request", 0.85, found))
    if (found := _find(_INFO, body)) is not None:
        votes.append(_Vote("information_request", 0.8, found))
    elif (found := _find(_QUESTION, body)) is not None and not _confused(body):
        votes.append(_Vote("question", 0.6, found))
    elif "?" in body and not _confused(body):
        votes.append(_Vote("question", 0.55, body[: body.index("?") + 1].rsplit("\n", 1)[-1]))
    if (found := _find(_NEW_ADDRESS, body)) is not None:
        votes.append(_Vote("new_address", 0.85, found))
    if (found := _find(_REFERRAL, body)) is not None:
        votes.append(_Vote("referral", 0.85, found))
        _drop_asks_inside(votes, found)
    elif (found := _find(_WRONG_PERSON, plain)) is not None and not _OWN_SLIP.search(plain):
        votes.append(_Vote("referral", 0.85, found))
    if (found := _find(_REFUSAL, body)) is not None:
        votes.append(_Vote("refusal", 0.85, found))
    if deferral or (callback and when is not None and not near):
        evidence = deferral or callback or ""
        votes.append(_Vote("not_now", 0.85 if when or deferral else 0.7, evidence))
        until = when.day if when else None
    if (found := _affirmed(_INTERESTED, _CURIOUS_ASKING.sub(_blank, _YES_NO_QUESTIONS.sub(_blank, body)))) is not None:
        # a thumb up alone is a yes as sure as "ok" said in words, which the learnt model has too few of to overrule
        votes.append(_Vote("interested", 0.9 if _THUMBS_ALONE.match(body) else 0.75, found))
    # "… est-ce que votre webinaire traite de ce cas ? Sinon je ne vois pas l'intérêt": a decline on a condition
    # the question asks about declines nothing yet.
    if (found := _find(_NOT_INTERESTED, _CONDITIONAL_DECLINE.sub(_blank, body))) is not None:
        votes.append(_Vote("not_interested", 0.85, found))
    if (found := _find(_OTHER, body)) is not None or (found := _find(_ACK, body)) is not None:
        votes.append(_Vote("other", 0.8, found))
    _general_votes(
        votes,
        _CURIOUS_ASKING.sub(_blank, _CONDITIONAL_DECLINE.sub(_blank, _ADDRESS.sub(_blank, _plain(body)))),
        when is not None and not near,
    )
    if (found := _find(_CC_HYGIENE, plain)) is not None:
        # "Retirez Sandrine de la copie, elle n'est plus dans le service": a colleague taken off the thread is
        # housekeeping; the person who writes neither hands over nor leaves.
        votes[:] = [v for v in votes if v.kind not in ("departed", "referral", "new_address")]
        votes.append(_Vote("other", 0.8, found))
        _drop_asks_inside(votes, found)
    if (
        when is not None
        and not any(v.kind not in ("question",) for v in votes)
        # "Si je passe en SCEA au 1er janvier, est-ce que …": a day on a condition schedules nothing
        and not _ON_A_CONDITION.search(body[: max(0, body.find(when.phrase))])
    ):
        # Nothing but a day: a day weeks or months away defers ("Le sujet reviendra sur la table en mars"), a day in
        # the coming week, or an hour, schedules ("Jeudi 10h ?").
        if near or _HOUR.search(body):
            votes.append(_Vote("meeting_request", 0.55, when.phrase))
        elif (when.day - sent).days > 7:
            votes.append(_Vote("not_now", 0.55, when.phrase))
    if not votes and (weak := _weak_vote(body)) is not None:
        votes.append(weak)
    if until is None and any(v.kind == "not_now" for v in votes):
        named = when or implied_date(body, sent, until_counts=True)
        until = named.day if named else None
    return votes, until


# The firm wrote to the wrong person ("Mauvaise personne.", "Wrong Sarah I'm afraid", "vous vous êtes trompée de
# destinataire, je ne suis pas client chez vous"): a referral that names nobody (INTELLIGENCE.md: referral is "wrong
# person, left the company, contact X instead"); the adviser has the contact to correct. Read on accent-free text.
_WRONG_PERSON = re.compile(
    r"""\b(?:mauvaise?\s+(?:personne|interlocut(?:eur|rice)|destinataire)|erreur\s+de\s+(?:destinataire|personne)|
        tromp(?:e|ee|es|ees|er|ez)\s+de\s+(?:destinataire|personne|contact)|homonyme|
        wrong\s+(?:person|contact|recipient)\b|(?:got|have|has|emailed|mailed|reached|contacted|written\s+to)\s+the\s+wrong\s+(?-i:[A-Z])\w+|
        ^\W*wrong\s+(?-i:[A-Z])\w+|(?:meant|intended)\s+for\s+someone\s+else|
        (?:want|need|mean|after|looking\s+for)\s+(?:a\s+)?(?:different|another)\s+(?-i:[A-Z])\w+|not\s+(?:meant|intended)\s+for\s+me|
        pas\s+(?:destinee?|adressee?)\s+a\s+moi|ne\s+m['’](?:etait|est)\s+pas\s+(?:destinee?|adressee?)|
        # "vous me confondez avec quelqu'un d'autre", "you've mixed me up with someone else"
        (?:me|m['’])\s*confond(?:ez|ue?z?)?\s+(?:surement\s+|certainement\s+|sans\s+doute\s+)?avec|
        (?:mixed|muddled|confused)\s+me\s+up\s+with|(?:mistaken|confused)\s+me\s+(?:for|with)\s+(?:someone|somebody|another)|
        ^\W*not\s+me\b(?=\s*(?:[,.!–—-]|i['’]m\s+afraid|sorry)))""",
    _G,
)
# … unless the slip is the author's own: a message of theirs sent to the wrong person or thread, to be ignored.
_OWN_SLIP = re.compile(
    r"""\b(?:ignore[zr]?|ignoring|disregard|wrong\s+(?:thread|reply|chain|conversation|e-?mail\s+thread)|mauvais\s+(?:fil|message)|
        (?:my|our)\s+(?:last|previous|earlier)\s+(?:message|reply|e-?mail|mail)|(?:mon|notre)\s+(?:precedent|dernier)\s+(?:message|mail|courriel)|
        (?:meant|intended)\s+for\s+(?-i:[A-Z])|(?:destine|adresse)e?\s+a\s+(?-i:[A-Z]))""",
    _G,
)


def _drop_asks_inside(votes: list[_Vote], phrase: str) -> None:
    """Removes the requests for information whose words are those of `phrase` or hold it ("envoyer vos" inside
    "envoyer vos offres à achats@", "Pouvez-vous retirer Marc de la copie ?"): that ask is the redirect or the
    housekeeping, it asks nothing of the sender."""
    inside = _plain(phrase)
    votes[:] = [
        v
        for v in votes
        if not (
            v.kind in ("information_request", "question")
            and v.evidence
            and ((said := _plain(v.evidence)) in inside or inside in said)
        )
    ]


# Someone else taken off the thread: "retirez X de la copie", "take Jenny off the cc", "drop Paul from this chain".
_CC_HYGIENE = re.compile(
    r"""\b(?:retire[zr]?|enleve[zr]?|supprime[zr]?|sorte[zr]|take|remove|drop|leave)\s+(?:\w+\s+){1,3}?
        (?:de\s+(?:la\s+)?copie|du\s+cc|des\s+destinataires|de\s+(?:la\s+)?boucle|de\s+l['’]echange|
        off\s+(?:the\s+|this\s+)?(?:cc|copy|thread|chain|email\s+chain|loop)|(?:from|out\s+of)\s+(?:the\s+|this\s+)?(?:cc|copy|thread|chain|loop))\b""",
    re.IGNORECASE | re.VERBOSE,
)


# The person written to has gone, or their address is no longer read: relance.analysis.auto_reply.DEPARTED (the
# engine's reading of automatic replies shares it). With an address to write to instead, the notice hands the prospect
# over (a referral), automatic or not.
_DEPARTED = auto_reply.DEPARTED


# A word of absence: an acknowledgement beside it is an out-of-office notice, not a help desk's.
_ABSENT_WORD = re.compile(r"\b(?:absen\w*|away|sans\s+reseau)\b", re.IGNORECASE)


# Addresses and links are not words of the reply ("example.com" asks for no example, "offers@" makes no offer).
_ADDRESS = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


# When no lexicon speaks, the reply's tone still does: words that say yes or no, an absence without its details, a
# person named with an address inside a sentence. Each gives a weak vote just above the floor, so that a clear,
# single-sided reply is decided by the rules; a reply with no such word, or with as many of each, still goes to a
# model. An opt-out is never guessed this way (a wrong opt-out loses a client).
_YES_WORDS = re.compile(
    r"""\b(?:oui|ouais|yes|yep|yeah|yup|sure|ok|okay|d['’]accord|volontiers|plaisir|parfait|super|top|genial|excellent|
        nickel|cool|great|good|nice|perfect|brilliant|fantastic|awesome|lovely|bien\s+sur|of\s+course|absolument|
        absolutely|certainement|certainly|avec\s+joie|gladly|happy|glad|content|ravie?|heureu(?:x|se)|enthousiaste|
        positi(?:f|ve)|favorable|pret|ready|willing|motiv\w+)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_NO_WORDS = re.compile(
    r"""\b(?:non|no(?!\s+(?:longer|more\s+than|later|sooner))|nope|nah|not|pas|never|jamais|aucun\w*|rien|nothing|none|sorry|desolee?s?|
        malheureusement|unfortunately|helas|regret\w*|refus\w*|declin\w*|negati(?:f|ve)|inutile|pointless|useless)\b|n['’]t\b""",
    re.IGNORECASE | re.VERBOSE,
)


# Negations that decline nothing: "pas de souci", "no worries", "not sure", "je ne sais pas", "didn't get the file",
# "haven't had time to read it". They are not counted as no-words; a reply made of them alone is `other`.
_NEUTRAL_NEGATION = re.compile(
    r"""\b(?:pas\s+de\s+(?:souci|soucis|probleme|problemes|pb|stress|presse)|sans\s+(?:souci|soucis|probleme|faute)|
        no\s+(?:worries|problem|problems|prob|rush|hurry|stress|pressure|idea)|not\s+(?:sure|certain)|(?:ne\s+)?(?:sais|savons)\s+pas|
        (?:don['’]t|do\s+not)\s+know|not\s+yet|pas\s+encore|rien\s+(?:recu|compris|vu)|nothing\s+(?:to\s+add|came\s+through)|
        rien\s+a\s+(?:ajouter|signaler)|(?:n['’]ai|n['’]avons|have\s+not|haven['’]t|didn['’]t|did\s+not|hasn['’]t)\s+(?:pas\s+)?(?:\w+\s+){0,2}
            (?:recu|get|got|gotten|receive\w*|lu|read|vu|seen|eu\s+le\s+temps|had\s+(?:the\s+)?(?:time|chance)|compris|understood|open\w*)|
        (?:pas|not|don['’]t|didn['’]t|do\s+not)\s+(?:bien\s+|really\s+|quite\s+)?(?:compris|understand|follow|get\s+it)|
        (?:doesn['’]t|does\s+not|won['’]t|will\s+not|didn['’]t|isn['’]t|is\s+not|ne|n['’])\s*(?:\w+\s+){0,1}(?:work\w*|open\w*|load\w*|marche|fonctionne|s['’]ouvre|s['’]affiche)\s*(?:pas|plus)?|
        ne\s+(?:repondez|pas\s+repondre)\s*(?:pas)?|(?:do\s+not|don['’]t|please\s+do\s+not)\s+reply)\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _weak_vote(body: str) -> _Vote | None:
    plain = _ADDRESS.sub(_blank, _plain(body))
    if _confused(body):
        return None
    neutral = _find(_NEUTRAL_NEGATION, plain)
    plain = _NEUTRAL_NEGATION.sub(_blank, plain)
    if (found := _find(_G_ABSENCE, plain)) is not None:
        return _Vote("absence", 0.55, found)
    for line in body.split("\n"):
        if _EMAIL.search(line) and len(_EMAIL.sub(" ", line).split()) >= 4:
            ref = referral_of(line)
            if ref is not None and ref.name and ref.address:
                return _Vote("referral", 0.55, line[:60])
    yeses = list(_YES_WORDS.finditer(plain))
    turned = sum(1 for m in yeses if _NOT_AFTER.match(plain[m.end() : m.end() + 12]))  # "certainly not"
    yes, no = len(yeses) - turned, len(_NO_WORDS.findall(plain)) + turned
    if no > yes:
        return _Vote("not_interested", 0.55, _find(_NO_WORDS, plain) or "")
    if yes > no:
        return _Vote("interested", 0.55, _find(_YES_WORDS, plain) or "")
    if neutral is not None and not yes:
        return _Vote("other", 0.55, neutral)
    return None


def _confused(body: str) -> bool:
    """The reply asks who we are, says it was not meant for them, or that something did not arrive: its question is
    not a request for information."""
    return bool(_OTHER.search(body) or _G_OTHER.search(_plain(body)))


# `text` without accents, case kept (names stay capitalised), same length for Latin scripts.
_plain = auto_reply.accent_free


_WEAK_QUOTE = re.compile(
    r"\b(?:couts?|coute\w*|prix|costs?|rates?|(?<!des\s)charges?|combien|commissions?(?!\s+(?:numerique|paritaire|municipale|"
    r"de\s+l['’]ordre|d['’]appel|europeenne|presidee))|remuneration)\b",
    re.IGNORECASE,
)
_QUOTE_ASK = re.compile(
    r"""\?|\b(?:pouvez|pourriez|could|can|would|j['’]aimerais|je\s+voudrais|i['’]d\s+like|idee|idea|send|envoy|adress|
        besoin|need|conna[iî]tre|savoir|know|souhait\w*|want|vos|votre|your|
        transmet|faites|give|share|merci\s+de|please|svp|s['’]il\s+vous)""",
    re.I | re.X,
)
_HOUR = re.compile(r"\b\d{1,2}\s*(?:h\s*\d{0,2}|:\d{2}|[ap]\.?m\.?)(?!\w)", re.I)
_HOW_LONG = re.compile(r"\bcombien\s+de\s+(?:temps|mois|jours|semaines|personnes|clients)", re.I)
# A turn in the reply: what follows it outweighs what came before.
_CONTRAST = re.compile(
    r"""\b(?:mais|but|however|cependant|toutefois|neanmoins|unfortunately|malheureusement|sadly|that\s+said|
        par\s+contre|en\s+revanche|on\s+the\s+other\s+hand)\b""",
    re.I | re.X,
)
_G_DEFER = re.compile(
    r"""\b(?:prematur\w*|trop\s+tot|too\s+(?:early|soon)|(?:pas|not)\s+(?:avant|before|until)|timing\s+(?:is|isn['’]t|is\s+not)\s+(?:off|right|bad|wrong)|
        revenez|recontactez|relancez|(?:ferai|ferons|faire)\s+signe|revisit|pick\s+(?:this|it|things)\s+up|
        (?:follow|check)\s+(?:up|in|back)(?!\s+(?:the\s+)?meantime)|reach\s+(?:out|back)|get\s+back\s+to\s+(?:me|us)|come\s+back\s+to\s+(?:me|us)|touch\s+base|
        (?:re)?parl(?:er|ons)|rediscut\w+|park|on\s+hold|en\s+suspens|de\s+cote|reconnect|plus\s+tard|later|d['’]ici|une\s+fois|once|
        (?:get|be)\s+in\s+touch|try\s+again)\b""",
    re.I | re.X,
)
# A deferral without a day: "pas encore", "not yet", "we are mid-audit", "dans quelque temps".
_G_LATER = re.compile(
    r"""\b(?:not\s+yet(?!\s+(?:had|read|looked|seen|received|opened|got|been\s+able))|
        pas\s+encore(?!\s+(?:eu|lu|regarde|recu|vu|pu|ouvert|fait|pris))|in\s+a\s+(?:while|bit)|dans\s+quelque\s+temps|too\s+busy|(?:trop\s+)?debordee?s?|
        en\s+pleine?\s+(?:cloture|fusion|restructuration|reorganisation|demenagement|audit|periode|saison|levee|cession)|
        in\s+the\s+(?:middle|midst)\s+of|
        not\s+(?:right\s+)?now|give\s+(?:me|us)\s+(?:until|till|a\s+(?:few|couple)|some\s+time|time|(?:a|an|one|two|three|four|six|\d+)\s+(?:days?|weeks?|months?))|
        (?:c['’]est\s+le|en\s+plein|periode\s+de)\s+rush|c['’]est\s+la\s+course|
        laissez[\s-](?:moi|nous)\s+(?:jusqu|le\s+temps|quelques)|(?:pris|occupee?s?|bloquee?s?)\s+jusqu|(?:park|parking)\s+(?:this|it)|put\s+(?:this|it)\s+on\s+hold|(?:mettre|mettons|met)\s+(?:ca|cela)\s+(?:en\s+suspens|de\s+cote)|not\s+at\s+(?:the|this)\s+(?:moment|stage|point|time)|
        (?:get|be)\s+in\s+touch\s+(?:again\s+)?(?:in|after|next)|maybe\s+(?:later|next|in|one\s+day)|
        (?:some\s+)?other\s+time|another\s+time|une\s+autre\s+fois|un\s+autre\s+moment|
        (?:too\s+much|a\s+lot|so\s+much)\s+on\s+(?:right\s+now|at\s+the\s+moment|my\s+plate|our\s+plate)|
        (?:trop|beaucoup)\s+(?:de\s+choses\s+)?sur\s+le\s+feu|
        peut[\s-]etre\s+(?:plus\s+tard|l['’]an|dans|un\s+jour))\b""",
    re.I | re.X,
)


_TO_SIGN = re.compile(
    r"""\b(?:(?:send|sending|share|forward|envoy\w*|transmet\w*|adress\w*|faites[\s-]nous\s+parvenir|faites[\s-]moi\s+parvenir)[\s-]+
        (?:(?:me|us|moi|nous)\s+)?(?:over\s+)?(?:le|the|your|votre|vos|un|a|an)\s+(?:contrats?|contracts?|bons?\s+de\s+commande|purchase\s+orders?|order\s+forms?|
        agreements?|docusign|mandats?)|(?:ready|pret|prets|prete|pretes)\s+(?:to\s+sign|a\s+signer)|(?:we['’]ll|we\s+will|i['’]ll)\s+sign)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# "Yes please send the sample pack", "envoyez le kit d'échantillons": the free trial offered, accepted (interested),
# not a request for documents.
_TRIAL_ACCEPTED = re.compile(
    r"""\b(?<!will\s)(?<!['’]ll\s)(?:send|sending|ship|post|envoy\w*|expedi\w*|faites[\s-](?:nous|moi)\s+parvenir)[\s-]+
        (?:(?:me|us|moi|nous)\s+)?(?:(?:over|deja|just|simply|simplement|donc|alors|then|now|maintenant|first|d['’]abord)\s+)?
        (?:le|la|les|the|your|votre|vos|un|une|a|an|our|notre|nos)\s+(?:free\s+|gratuite?s?\s+)?
        (?:samples?(?:\s+(?:pack|kit|box))?
            # a sample of the deliverable is a specimen to read, not the free sample taken: "a sample report"
            (?!\s+(?:reports?|rapports?|letters?|contracts?|documents?|cop(?:y|ies)|pages?|files?|outputs?|analys[ie]s))|kits?(?:\s+d['’]\s*echantillons?)?|echantillons?|trial(?:\s+(?:pack|kit|unit))?|
        benchmarks?|hampers?|coffrets?|
        demo\s+unit|test\s+unit|pilot\s+(?:box|kit)|boitiers?\s+(?:de\s+)?(?:test|demo|d['’]essai)|box\s+pilote|
        # the free deliverable offered, or the form that starts it: "yes please send the report", "envoyez-moi le
        # modèle d'inventaire, je le renvoie rempli" (an annual report, a brochure or a specimen contract informs)
        (?:reports?|rapports?)(?!\s+(?:annuel|d['’]activit|de\s+gestion))|audits?|diagnostics?|comparatifs?|
        bilans?\s+(?:gratuit|offert)|inventory\s+(?:template|sheet|form)|mod[eè]les?\s+d['’]inventaire|questionnaires?|
        formulaires?|intake\s+forms?|checklists?|assessments?)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# "Bill attached", "ci-joint notre dernière facture, faites la comparaison", "je vous transmets la police actuelle",
# "I'll send over our MI pack", "will attached ... over to you": the prospect hands over what the offer needs (a bill
# to compare, a policy, an inventory, a case's deeds, a portfolio): taken up, not asked about.
_CASE_PAPERS = r"""(?:factures?|bills?|invoices?|releves?|statements?|inventaires?|inventor(?:y|ies)|
    contrats?\s+actuels?|current\s+(?:contract|policy)|polices?|polic(?:y|ies)|wills?|testaments?|actes?|allocations?|portfolios?|portefeuilles?|
    dossiers?|files?|case\s+files?|packs?|schedules?|documents?|pieces|extraits?|exports?|fichiers?|spreadsheets?|tableaux?|
    donnees|data|ledgers?|grand\s+livre|fec|balances?|bilans?|liasses?|mi)"""
# ... not an attachment that fails ("le fichier joint ne s'ouvre pas", "the attached file won't open"): the sender's
_NOT_FAILING = r"""(?![^.!?\n]{0,30}\b(?:ne\s+s['’]ouvre|ne\s+(?:marche|fonctionne|passe)|n['’]est\s+pas|illisible|vide|
    manqu|corromp|won['’]t|doesn['’]t|didn['’]t|isn['’]t|is\s+(?:missing|empty|corrupt|blank)|can['’]t\s+be))"""
_DATA_SENT = re.compile(
    rf"""\b(?:(?:ci[\s-]joint\w*|en\s+(?:pieces?\s+jointes?|p\.?j\.?|annexe)|vous\s+trouverez|voici|attached|enclosed|please\s+find|
            here(?:['’]s|\s+is|\s+are)|herewith|je\s+vous\s+(?:transmets|envoie|adresse|joins|fais\s+suivre)|
            (?:i['’]ll|we['’]ll|i\s+will|we\s+will|i['’]m|we['’]re)\s+(?:send|sending)\s+(?:you\s+)?(?:over\s+|across\s+)?)
            [^.!?\n]{{0,40}}?\b(?:(?:les?|la|nos|notre|our|my|mes|ma|mon|the)\s+)?(?:\w+\s+){{0,2}}{_CASE_PAPERS}{_NOT_FAILING}
        |{_CASE_PAPERS}\s+(?:\w+\s+){{0,3}}(?:attached|enclosed|(?:ci[\s-])?jointe?s?|en\s+(?:p\.?j\.?|pieces?\s+jointes?|annexe))
{_NOT_FAILING}
        # a sentence that ends on what it attaches: "... la dernière adresse connue du frère en pièces jointes."
        |(?:attached|enclosed|en\s+pieces?\s+jointes?|ci[\s-]joints?)(?=\s*[.!]?\s*$))\b""",
    re.IGNORECASE | re.VERBOSE | re.MULTILINE,
)
_SPECIMEN = re.compile(r"\b(?:exemple|example|sample|modele|model|template|specimen|type)\b", re.IGNORECASE)
# The offer taken with a go-ahead rather than a word of liking: "go on then", "let's just do it", "sign us up", "on
# y va", "c'est parti", "send me whatever you need from us". It outranks the practical questions that come with it
# ("who do I send the list to?") and the colleague copied to do the work ("je mets en copie notre prestataire").
_TAKEN_UP = re.compile(
    r"""(?:^|[.!?,;:]\s*|\b(?:ah|oh|och|well|right|ok|okay|alors|bon|allez|eh\s+bien)\s*,?\s*)go\s+on(?=\s*(?:[.!,;]|then|so|$))|
        \blet['’]?s\s+(?:just\s+|simply\s+)?(?:do\s+(?:it|this|that)|go\s+for\s+it|go\s+ahead|start\s+with\s+the|kick\s+(?:it\s+)?off|
            get\s+(?:it|this|things)\s+(?:started|going|moving))\b|
        \b(?:sign\s+(?:me|us)\s+up|count\s+(?:me|us)\s+in)\b|
        (?:^|[.!?,;:]\s*)(?:ok\s*,?\s*|bon\s*,?\s*|alors\s*,?\s*)?(?:on\s+y\s+va|c['’]est\s+parti|on\s+se\s+lance|banco|allons[\s-]y|go\s+pour\s+\w+)\b|
        \b(?:(?:vous\s+avez|you\s+have)\s+(?:le|notre|mon|our|my|the)\s+(?:feu\s+vert|green\s+light|go[\s-]ahead))\b|
        \b(?:send|tell|let)\s+(?:me|us)\s+(?:know\s+)?(?:whatever|what(?:ever)?\s+else|what)\s+(?:\w+\s+){0,2}?you\s+need\b|
        \bwhat\s+(?:do|would|will)\s+you\s+need\s+(?:from\s+(?:me|us)|to\s+(?:get\s+)?start)|
        \b(?:envoyez|dites|transmettez|indiquez)[\s-](?:moi|nous)\s+(?:plutot\s+|donc\s+|simplement\s+|juste\s+)?
            ce\s+(?:qu['’]il\s+vous\s+faut|dont\s+vous\s+avez\s+besoin)|
        \b(?:to\s+get\s+(?:started|going|the\s+ball\s+rolling)|pour\s+(?:demarrer|commencer))(?=\s*[?.!]|\s*$)|
        \bover\s+to\s+you\b|\bon\s+(?:embarque|part\s+sur\s+(?:votre|le|la|l['’]|vos))|
        \blet['’]?s\s+(?:just\s+)?(?:do|try|run)\s+(?:the|a|your|one)\s+(?:\w+\s+)?(?:review|trial|test|pilot|audit|check|benchmark|valuation)\b|
        \b(?:vous\s+pouvez|you\s+can)\s+(?:faire\s+tourner|y\s+aller|run\s+it|go\s+ahead)\b|
        \b(?:on|nous)\s+(?:veut|voulons)\s+bien\s+(?:demarrer|commencer|lancer|tester|essayer|faire|recevoir|profiter)\b|
        # The offer taken in so many words: "we'll take you up on the valuation", "je vous prends au mot", "on prend
        # l'essai offert", "I'll take a sample box".
        (?<!n['’]t\s)(?<!not\s)(?<!never\s)\btake\s+you\s+up\s+on\b|\b(?:je|on|nous)\s+vous\s+(?:prends|prend|prenons)\s+au\s+mot\b|
        (?:^|[.!,;]\s*|\b(?:alors|donc|ok|bon)\s+)(?:on|je|nous)\s+(?:prend|prends|prenons)\s+(?:l['’]|le|la|les|votre|vos)\s*(?:\w+\s+){0,2}?
            (?:offert|offerte|offerts|offertes|gratuit|gratuite|essai|test|pilote|echantillon|offre)\b|
        \b(?:i['’]ll|we['’]ll|i\s+will|we\s+will)\s+take\s+(?:a|the|one|your)\s+(?:free\s+)?(?:\w+\s+)?
            (?:samples?|trial|demo|pilot|test|offer|benchmark|valuation|review|audit|rate|package|deal|places?|seats?)\b|
        # "allez-y pour le diagnostic", "allez, chiche", "go ahead with the check", "yes to the free issue", "book us
        # in", "inscrivez-nous": the go-ahead said in other words
        \ballez[\s-]y\b(?!\s+(?:doucement|mollo))|\bchiche\b|\bgo\s+ahead\s+(?:with|and)\b|
        (?:^|[.!?,;:-]\s*)yes\s+(?:to|for|please\s+to)\s+(?:the|your|a|an)\s+(?:free\s+)?\w+|
        \bbook\s+(?:me|us)\s+in\b|\binscri(?:vez|s)[\s-](?:moi|nous)\b|\bregister\s+(?:me|us)\b|
        # an invitation accepted, by the author or for the principal: "I'll come on the 22nd", "Mme X sera ravie de
        # venir le 11 mai", "Mr and Mrs Ellison would be delighted to attend", "reserve a place for me"
        \b(?:i['’]ll|i\s+will|we['’]ll|we\s+will)\s+(?:come|attend|be\s+there)\b|
        \b(?:would|will)\s+be\s+(?:delighted|happy|pleased|glad)\s+to\s+(?:attend|come|join)\b|
        \b(?:je|nous)\s+(?:viendrai|viendrons|serai\s+pr[ée]sente?|serons\s+pr[ée]sente?s)\b|
        \bser(?:a|ai|ons|ont)\s+(?:ravie?s?|heureu(?:x|se|ses)|enchant[ée]e?s?)\s+de\s+(?:venir|participer|assister)\b|
        \breserve\s+(?:a|one|two|\d+)\s+(?:place|seat|spot)s?\s+for\s+(?:me|us)\b|
        \bwhat\s+you\s+need\s+from\s+(?:me|us)\b|
        # seats booked, an account opened, ready to move over: "Deux places svp", "how do we open an account?", "nous
        # sommes prêts à passer chez vous ; que vous faut-il de notre part ?"
        \b(?:une|deux|trois|quatre|cinq|one|two|three|four|five|\d+)\s+(?:places?|seats?)\s*(?:,\s*)?(?:svp|s['’]il\s+vous\s+pla[iî]t|please|pour\s+(?:moi|nous)|for\s+(?:me|us))\b|
        \br[ée]servez[\s-](?:moi|nous)\s+(?:une|deux|trois|\d+)\s+places?\b|\breserve\s+(?:me|us)\s+(?:a\s+|two\s+|\d+\s+)?(?:place|seat|spot)s?\b|
        \bhow\s+do\s+(?:we|i)\s+(?:open|set\s+up)\s+(?:an?|the|our|my)\s+account\b|\bhow\s+do\s+(?:we|i)\s+(?:sign\s+up|get\s+started)\b|
        \bcomment\s+(?:on\s+)?(?:ouvre|ouvrir|ouvrons)[\s-](?:t[\s-]on\s+|nous\s+)?(?:un|le|notre)\s+compte\b|
        \bpr[eê]t(?:e|s|es)?\s+[àa]\s+(?:passer|basculer|souscrire|signer|changer)\s+chez\s+vous\b|
        \bque\s+vous\s+faut[\s-]il\s+(?:de\s+(?:notre|ma)\s+part|pour\s+(?:demarrer|d[ée]marrer|commencer|lancer))|
        # what the offer's own first step needs, asked for: "send the 15 questions over", "envoyez-moi les questions
        # qui restent", "send us the onboarding form"
        \bsend\s+(?:me\s+|us\s+)?(?:over\s+)?(?:the|your)\s+(?:\d+\s+)?(?:\w+\s+)?(?:questions|questionnaire|forms?|
            paperwork|checklist)\b|
        \b(?:envoyez|transmettez|adressez)[\s-](?:moi|nous)\s+(?:le|les|votre|vos)\s+(?:\d+\s+)?(?:questions|questionnaire|
            formulaires?)\b|
        # the trial's keys asked for, or the offer named as wanted: "commençons par l'essai", "envoyez les accès", "we'd
        # like the benchmark on the yacht"
        \bcommen[cç]ons\s+par\s+(?:l['’]|le|la|un|une)\s*(?:\w+\s+){0,1}?(?:essai|test|pilote|audit|diagnostic|atelier)\b|
        \b(?:envoyez|transmettez|ouvrez|créez|creez)[\s-](?:(?:moi|nous)\s+)?(?:les|nos|mes)\s+(?:accès|acces|identifiants|codes\s+d['’]accès)\b|
        \b(?:i|we)(?:['’]d|\s+would)\s+like\s+(?:the|a|your)\s+(?:free\s+)?(?:benchmark|trial|review|audit|valuation|assessment|
            pilot|sample)\b""",
    _G,
)
# Someone copied in to do the offer's practical part, not to take it over.
_COPIED_IN = re.compile(r"\b(?:en\s+copie|cc['’]?d|cc['’]?ing|copying\s+in|copied\s+in|adding|in\s+copy)\b", re.I)
# … or taking it up with the author: "register me and my colleague Dan", "inscrivez-moi avec ma collègue"
_WITH_ME = re.compile(
    r"\b(?:me|myself|us)\s+(?:and|as\s+well\s+as|plus)\s+(?:my|our)\b|\b(?:moi(?:-m[eê]me)?|nous)\s+(?:et|avec)\s+(?:mon|ma|notre|nos)\b",
    re.I,
)


# Where a sentence or a clause turns: its end, a dash between words, a line's end.
_SENTENCE_TURN = re.compile(r"[.!?;](?=\s)|\s[–—-]\s|\n")


def _general_votes(votes: list[_Vote], plain: str, later: bool) -> None:
    """Votes of the general lexicons for the classes the first lexicons left silent."""
    have = {v.kind for v in votes}
    if not have & {"auto_absence", "absence"}:
        if (found := _find(_G_AUTOMATIC, plain) or _find(_G_INBOX_HOURS, plain)) is not None:
            votes.append(_Vote("auto_absence", 0.9, found))
        elif (found := _find(_G_ABSENCE, plain)) is not None and _G_ABSENCE_DETAIL.search(plain):
            votes.append(_Vote("absence", 0.75, found))
    if "quote_request" not in have:
        found = _affirmed(_G_QUOTE, _without_price_names(plain))
        if (
            found is not None
            and (not _WEAK_QUOTE.fullmatch(found) or _QUOTE_ASK.search(plain))
            and not _HOW_LONG.search(plain)
            and not re.search(re.escape(found) + _NOT_NEEDED_AFTER.pattern, plain, re.IGNORECASE)
        ):
            votes.append(_Vote("quote_request", 0.75, found))
    if (
        "meeting_request" not in have
        and not later
        and (found := _affirmed(_G_MEETING, plain, _MEETING_DECLINED)) is not None
    ):
        votes.append(_Vote("meeting_request", 0.75, found))
    other = _find(_G_OTHER, plain) or _find(_OTHER, plain)
    if not have & {"information_request", "question"}:
        if (found := _affirmed(_G_INFO, plain)) is not None:
            votes.append(_Vote("information_request", 0.7, found))
        elif other is None and (found := _find(_G_QUESTION, plain)) is not None:
            votes.append(_Vote("question", 0.65, found))
    if "referral" not in have and (found := _find(_G_REFERRAL, plain)) is not None:
        votes.append(_Vote("referral", 0.75, found))
    if "not_now" not in have:
        if later and (found := _find(_G_DEFER, plain)) is not None:
            votes.append(_Vote("not_now", 0.75, found))
        elif (found := _find(_G_LATER, plain)) is not None:
            votes.append(_Vote("not_now", 0.7, found))
    if (
        "interested" not in have
        and (found := _affirmed(_G_INTERESTED, _YES_NO_QUESTIONS.sub(_blank, plain))) is not None
    ):
        votes.append(_Vote("interested", 0.7, found))
    if "not_interested" not in have and (found := _find(_G_NOT_INTERESTED, plain)) is not None:
        votes.append(_Vote("not_interested", 0.75, found))
    elif "not_interested" not in have and "interested" not in have:
        # A positive word turned around ("pas vraiment utile", "not that relevant") declines.
        for m in _G_INTERESTED.finditer(plain):
            # "not sure" is doubt, not a decline.
            if _negated(plain, m.start(), m.end()) and m.group(0).lower() not in ("sure", "of course"):
                votes.append(_Vote("not_interested", 0.7, m.group(0)))
                break
    # "Send me the contract", "envoyez le bon de commande": the documents asked for are the ones to sign; "send the
    # sample pack": the free trial offered, taken. Either accepts the offer rather than asking about it.
    accepted = _find(_TO_SIGN, plain) if not _SPECIMEN.search(plain) else None
    if accepted is None and not any(v.kind in ("meeting_request", "quote_request") for v in votes):
        accepted = _find(_TRIAL_ACCEPTED, plain)
    if accepted is None and not any(v.kind in ("meeting_request", "quote_request", "question") for v in votes):
        accepted = _affirmed(_DATA_SENT, plain)
    taken = _affirmed(_TAKEN_UP, plain)
    if accepted is None:
        accepted = taken
    if accepted is not None:
        # Taking the offer outweighs the practical questions about it, a word of liking said with it ("yes please,
        # send the sample"), the colleague copied in to do the work, and a deferral or a decline said before a turn
        # ("Pas la peine. Par contre le rapport offert, oui : fichier joint").
        low = plain.lower()
        taken_at = low.find(accepted.lower())
        # the last turn before it: a contrast word, or the end of an earlier sentence ("Pas besoin de démo. On prend
        # l'essai des 30 jours", "No need for a call, I've read enough – how do we open an account?")
        turns = [m.start() for m in _CONTRAST.finditer(plain)] + [m.start() for m in _SENTENCE_TURN.finditer(plain)]
        turn = max((at for at in turns if at < taken_at), default=-1)

        def outweighed(v: _Vote) -> bool:
            if v.kind in ("information_request", "question", "interested"):
                return True
            if v.kind == "referral":
                return bool(taken and (_COPIED_IN.search(v.evidence) or _WITH_ME.search(v.evidence)))
            return v.kind in ("not_now", "not_interested", "refusal") and 0 <= low.find(v.evidence.lower()) < turn

        votes[:] = [v for v in votes if not outweighed(v)]
        votes.append(_Vote("interested", 0.8, accepted))
    if _KEEP_SENDING.search(plain):
        votes[:] = [v for v in votes if v.kind not in ("information_request", "question", "interested")]
        other = other or _find(_KEEP_SENDING, plain)
        have = {v.kind for v in votes}
    if "other" not in have and (other is not None or _only_pleasantries(plain)):
        votes.append(_Vote("other", 0.75, other or plain[:40]))
    # "Sounds interesting, but we are covered": a decline after a contrast outweighs the politeness before it.
    kinds = {v.kind: v for v in votes}
    if "interested" in kinds and "not_interested" in kinds:
        contrast = _CONTRAST.search(plain)
        low = plain.lower()
        yes, no = low.find(kinds["interested"].evidence.lower()), low.find(kinds["not_interested"].evidence.lower())
        if contrast and 0 <= yes < contrast.start() <= no:
            votes.remove(kinds["interested"])


def _decide(votes: list[_Vote]) -> _Vote:
    kinds = {v.kind: v for v in votes}
    # A human absence notice that asks to be contacted again later is a deferral, not an absence.
    if (
        "absence" in kinds
        and "not_now" in kinds
        and kinds["not_now"].evidence.lower().startswith(("pas avant", "follow"))
    ):
        del kinds["absence"]
    # A bare question that carries a deferral or a referral ("Could we park this until March?", "Could you write to
    # my colleague instead?") is that deferral or referral, not a request for information.
    if "question" in kinds and any(
        k in kinds and kinds[k].evidence and kinds[k].evidence.lower() in kinds["question"].evidence.lower()
        for k in ("not_now", "referral")
    ):
        del kinds["question"]
    for kind in _PRECEDENCE:
        if kind in kinds:
            return kinds[kind]
    return _Vote("other", 0.3, "")


# --------------------------------------------------------------------------------------- referral


# A family name after the first: its particle ("Inès de Valois", "Jan van Dijk", "Maria da Silva", "Anne d'Aubigny"),
# an O' or a Mc ("O'Connell", "McAllister").
_REST = (
    r"(?:\s+(?:(?:de|du|des|van|von|der|den|di|da|del|della|dos|das|le|la)\s+(?=[A-ZÀ-Ý])|d['’](?=[A-ZÀ-Ý]))?"
    r"(?:[A-ZÀ-Ý][a-zà-ÿ]?['’](?=[A-ZÀ-Ý])|(?:Mc|Mac)(?=[A-Z]))?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)"
)
_NAME = re.compile(
    # after a title with its stop ("Mr. Hollis", "Mrs J. Osei"), a family name alone or after an initial is a name
    r"(?:(?P<title>(?:Mr|Mrs|Ms|Dr)\.\s+|(?:Mrs|Ms|Mr|Dr|Mme|M\.)\s+(?=[A-ZÀ-Ý]\.\s))|"
    r"(?:M\.|Mme|Me|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Madame|Monsieur)\s+)?"
    # an initial ("J. Osei"), not the end of a word ("HR. It'd") nor "M." (Monsieur)
    r"(?P<name>(?:(?<![\w'’.-])(?!M\.)[A-ZÀ-Ý]\.(?=\s+[A-ZÀ-Ý][a-zà-ÿ])|(?:Mc|Mac)?[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)"
    r"(?(title)(?:" + _REST + "){0,2}|(?:" + _REST + "){1,2})"
    r")"
)
_NOT_NAME_TEXT = """
    our notre nos my mon ma the le la les please merci bonjour hi hello head chief director directeur directrice
    contact service je you vous unfortunately thanks thank not pas adding passing voyez you'd i'm i've we we're
    mauvais wrong regards best cordialement london paris lyon manchester leeds ops team hr cfo coo
    cordialement bonne try sorry désolé bien dear cher chère ce c'est il elle son sa ses his her
    systems group groupe gym leisure industrie industries solutions services logistics holdings hotels hotel partners
    associates consulting conseil conseils immobilier assurances assurance négoce negoce transports transport foods
    farms studio studios clinic clinique pharmacie pharmacy dental motors engineering technologies software bank banque
    capital finance trading hospitality construction bâtiment batiment laboratoires labs sarl sas ltd limited inc llc
    expertise patrimoine gestion audit notaires avocats committee comité comite department département departement
    council office unit board copying cc'ing ccing looping forwarding introducing including manager officer
    coordinator coordinatrice secretary secrétaire treasurer trésorier trésorière administrator administrateur
    administratrice executive assistant advisor adviser consultant responsable chargé chargée"""
_NOT_NAME_WORDS = frozenset(_NOT_NAME_TEXT.split())


def _fold(text: str) -> str:
    return S.fold(text).replace("-", "").replace(" ", "")


def _local_part(address: str) -> str:
    """An address's local part as names are compared with it ("aisha.rahman" → "aisharahman")."""
    return _fold(address.split("@")[0])


def _short_line_at(body: str, at: int) -> bool:
    """The line holding `at` is short (under 50 characters): a signature's or a list's, not wrapped prose."""
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    return len(body[start : len(body) if end < 0 else end]) < 50


_FIRST_NAME = re.compile(r"(?<![\w@.])[A-ZÀ-Ý][a-zà-ÿ'’]{2,}\b(?![@.]\w)")
# A first name alone where a referral names one: "ask Siobhan in HR", "c'est mon associé Julien", "my colleague
# Priya handles it".
_ROLE_THEN_NAME = re.compile(
    r"""(?i:\b(?:ask|contact|voyez\s+avec|voir\s+avec|demandez\s+[àa]|write\s+to|talk\s+to|speak\s+(?:to|with)|
        (?:mon|ma|notre|my|our)\s+(?:associ[ée]e?|coll[èe]gue|colleague|partner|assistante?|comptable|accountant|boss|patron(?:ne)?|
            manager|g[ée]rante?|directeur|directrice|office\s+manager|responsable|
            # kin who run the business: "le gérant c'est mon frère Yannick"
            fr[èe]re|s(?:œ|oe)ur|fils|fille|mari|femme|[ée]pouse|[ée]poux|p[èe]re|m[èe]re|
            brother|sister|son|daughter|husband|wife|father|mother))[\s,:]+)
        (?P<name>(?-i:[A-ZÀ-Ý][a-zà-ÿ'’]{2,}(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?))\b(?!\s+(?-i:[A-ZÀ-Ý]))""",
    re.VERBOSE,
)


def _signature_start(body: str) -> int:
    """Where the author's signature under the words begins (len(body) when there is none). A contact block the words
    introduce ("voyez notre notaire :" above a name, a title and an address) or that begins with someone the words
    name is the person referred to, not the author's."""
    block = S.find_block(body)
    if not block.lines or block.lines[0] == 0 or block.confidence < 0.4:
        return len(body)
    lines = body.split("\n")
    words = "\n".join(lines[: block.lines[0]])
    if words.rstrip().endswith(":"):
        return len(body)
    # "Forwarding to my colleague Priya" above "Priya Raman <priya.raman@…>", "… financier, Hugo Ferrand" above
    # "– hugo.ferrand@… / 02 40…": the block begins with whom the words name.
    named = {_fold(w) for w in re.findall(r"(?<!\w)[^\W\d_a-zà-ÿ][^\W\d_]{2,}", _EMAIL.sub(" ", words))}
    head = lines[block.lines[0]]
    spelt = " ".join(re.sub(r"[._+-]", " ", a.split("@")[0]) for a in _EMAIL.findall(head))
    first = [_fold(w) for w in re.findall(r"[^\W\d_]{3,}", _EMAIL.sub(" ", head) + " " + spelt)]
    return len(body) if any(w in named for w in first) else len(words)


# Who a referral does not send the adviser to, however it names them: a person it says is gone ("Mr Hollis retired
# from the practice", "Mon père, M. Henri Labat, est décédé", "the late Mr Ward"), the author ("I'm Sam Okoro, not
# Sam Okafor": neither), a firm ("Grierson Whyte LLP").
_GONE_AFTER = re.compile(
    r"""[\s,]*(?:(?:our|notre|the|la|le|l['’]|their|leur)\s+[^,.;\n]{1,30},\s*)?(?:who\s+|qui\s+)?(?:has\s+|had\s+|have\s+)?(?:now\s+|sadly\s+|recently\s+|just\s+|hélas\s+|malheureusement\s+)?
        (?:retired|passed\s+away|died|left\s+(?:the|our|us)\b|is\s+(?:now\s+)?(?:deceased|no\s+longer)|was\s+no\s+longer|
        est\s+(?:malheureusement\s+)?d[ée]c[ée]d[ée]e?|nous\s+a\s+quitt[ée]e?s?|a\s+quitt[ée]|est\s+parti(?:e)?\s+[àa]\s+la\s+retraite|
        a\s+pris\s+sa\s+retraite|est\s+(?:[àa]\s+la|en)\s+retraite|ne\s+fait\s+plus\s+partie|n['’]est\s+plus|ne\s+travaille\s+plus)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_NOT_REFERRED_BEFORE = re.compile(
    r"(?:\bI['’]m|\bI\s+am|\bmy\s+name\s+is|\bje\s+m['’]appelle|\bje\s+suis|\bnot|\bpas|\blate|\bfeu|\bdefunct|\bdéfunte?|"
    r"\||\bwrong|\bdifferent|\banother|\bun\s+autre|\bune\s+autre|\bcabinet|\bsoci[ée]t[ée]|\bagence|\bgroupe|\bfirm|\bcompany|\bbureau)\s+$",
    re.IGNORECASE,
)
# "le service Travaux", "the Planning department": an office's name, which its address may spell, is no person's.
_A_DEPARTMENT_BEFORE = re.compile(r"\b(?:service|d[ée]partement|department|p[ôo]le|direction|team|[ée]quipe)\s+$", re.I)
_A_DEPARTMENT_AFTER = re.compile(r"\s+(?-i:Committee|Department|Council|Office|Team|Unit|Board|Service)\b")
_TITLE_WORDS = frozenset({"M", "Mme", "Mlle", "Mr", "Mrs", "Ms", "Dr", "Madame", "Monsieur"})
_WRONG_FIRST_NAME = re.compile(r"\bwrong\s+((?-i:[A-Z])[a-z]+)\b", re.IGNORECASE)
_FIRM_AFTER = re.compile(
    r"\s*(?:LLP|Ltd|Limited|PLC|plc|SARL|SAS|SA|GmbH|AG|& Co\b|&\s+(?-i:[A-Z])|Solicitors|Avocats|Notaires"
    r"|Associates|Committee|Department|Council|Unit|Board|Team)\b"
    # a signature's line: "Tom Schaefer | Grain Merchandiser | Prairie Bend Cooperative"
    r"|\s*\|"
)


def _not_referred(body: str, found: re.Match[str]) -> bool:
    """Whether the name `found` is no one to write to: said gone, the author's own, a firm's."""
    wrong = _WRONG_FIRST_NAME.search(body)
    if wrong and found.group("name").split()[0].lower() == wrong.group(1).lower():
        return True  # "Wrong Jess, I think — I'm a vet" signed "Jess Hardy MRCVS": the author, whom the firm confused
    return bool(
        _GONE_AFTER.match(body, found.end())
        or _NOT_REFERRED_BEFORE.search(body[max(0, found.start() - 20) : found.start()])
        or _FIRM_AFTER.match(body, found.end())
        or found.group(0).lower().startswith("wrong ")  # "Wrong Mark Davies, I'm afraid": whom the firm meant
    )


def _kin_of(name: str, address: str, body: str) -> str | None:
    """A relative the address names, for a name it spells only the family name of: the author "Joseph Tanguy" under
    "à mon fils Julien (julien.tanguy@…)" gives "Julien Tanguy"; None when the address spells no other first name
    the words give."""
    pieces = [_fold(p) for p in re.split(r"[._-]", address.split("@")[0]) if p]
    parts = [_fold(w) for w in name.split()]
    if len(pieces) != 2 or len(pieces[0]) < 2 or pieces[1] != parts[-1] or pieces[0] in parts:
        return None
    for m in _FIRST_NAME.finditer(body):
        if _fold(m.group(0)) == pieces[0]:
            return f"{m.group(0)} {name.split()[-1]}"
    return None


_INITIALLED = re.compile(r"\b[A-ZÀ-Ý]\.\s")
_COMPOUND_PART = re.compile(r"-([A-ZÀ-Ý][a-zà-ÿ]+)")


def _on_its_own_line(body: str, m: re.Match[str]) -> bool:
    """Whether the match `m` is the whole of its line in `body`."""
    return (m.start() == 0 or body[m.start() - 1] == "\n") and body[m.end() : m.end() + 1] in ("", "\n")


def referral_of(body: str) -> Referral | None:
    """The person a referral names: the first address in the reply's own words (not its signature) and the name
    beside it, preferring a name that the address spells; either may be missing."""
    signed = _signature_start(body)
    # The author's signature under the words ("Dr Amara Osei-Bonsu / Clinical Director, Keston Health"): neither the
    # author, nor the firm, nor the author's own address is the person referred to.
    found = _EMAIL.search(body[:signed])
    address = found.group(0).rstrip(".").lower() if found else None
    names: list[tuple[int, str]] = []
    # a last line that opens with a name and says nothing ("Sophie Renard, service Population"): the author's
    # sign-off, whose name is no one to write to
    last = body.rstrip().rfind("\n") + 1
    tail = body[last:].strip()
    said = tail.endswith((".", "!", "?"))
    sign_off = last if last and len(tail) <= 60 and "@" not in tail and not said else len(body)
    for m in _NAME.finditer(body):
        if m.start() > signed:
            break
        if m.start() == sign_off and re.match(r"\s*(?:,|[-–|]\s)", body[m.end() :]):
            continue  # "Name, role": a sign-off with the author's role (a full name alone there may spell a relative)
        if _INITIALLED.search(m.group(0)) and _on_its_own_line(body, m):
            continue  # "S. Koné", "Dr M. Davies" on a line of their own: the author's signature
        name = m.group("name")
        if _not_referred(body, m) or body[max(0, m.start() - 4) : m.start()] == " of ":
            continue  # (… or a service's name: "our Head of Individual Giving")
        if "\n" in name and _short_line_at(body, m.start()):
            # a signature's lines ("Perrot" above "Acheteur"), not a name wrapped inside a sentence
            continue
        name = " ".join(name.split())
        words = name.split()
        if any(w.lower().strip("'’") in _NOT_NAME_WORDS for w in words):
            # "Our Head", "Thanks Daniel": drop leading non-name words and keep the rest if two words remain.
            while words and words[0].lower().strip("'’") in _NOT_NAME_WORDS:
                words = words[1:]
            if len(words) < 2 or any(w.lower() in _NOT_NAME_WORDS for w in words):
                continue
            name = " ".join(words)
        if len(name.split()) == 2 and name.split()[0].rstrip(".") in _TITLE_WORDS:
            name = name.split()[1]  # "Mme Dubreuil", "Mr Hollis": the family name alone, without the title
        names.append((m.start(), name))
    chosen = None
    if address and found is not None and _role_address(address):
        # "Please contact Mr Daniel Frost, Development Director, at development@…", "Try the general office at
        # info@…": a service's address, whose person (if any) is the one named before it in its sentence
        sentence = max(body.rfind(end, 0, found.start()) for end in (".", "!", "?", "\n")) + 1
        beside = [name for at, name in names if sentence <= at < found.start()]
        return Referral(beside[-1] if beside else None, address)
    if address:
        local = _local_part(address)
        for _, name in names:
            parts = [_fold(w) for w in name.split()]
            if parts[0] in local:
                chosen = name
                break
            if all(p in local for p in parts[-1:]):
                # the family name alone: the person, or a relative whose first name the address spells
                chosen = _kin_of(name, address, body) or name
                break
    if chosen is None and address:
        # A first name alone that the address begins with ("ask Sharon: sharon.b@…").
        local = _local_part(address)
        for m in _FIRST_NAME.finditer(body):
            word = _fold(m.group(0))
            if (
                word not in _NOT_NAME_WORDS
                and local.startswith(word)
                and not _A_DEPARTMENT_BEFORE.search(body[max(0, m.start() - 15) : m.start()])
                and not _A_DEPARTMENT_AFTER.match(body, m.end())
            ):
                chosen = m.group(0)
                # "c'est Marc-André à la comptabilité : marcandre@…": a compound first name the address spells whole
                second = _COMPOUND_PART.match(body, m.end())
                if second and local.startswith(word + _fold(second.group(1))):
                    chosen += "-" + second.group(1)
                break
    if chosen is None and names:
        # the first named after a word that sends the reader to them ("Le Dr Alaoui ne traite pas ces demandes. Je
        # vous invite à contacter le Dr Salma Berrada"), else the first named
        chosen = next((name for at, name in names if _SENT_TO.search(body, max(0, at - 60), at)), names[0][1])
    if chosen is None and (first := _ROLE_THEN_NAME.search(body[:signed])) is not None:
        chosen = first.group("name")
    if chosen is None and address is None:
        return None
    return Referral(chosen, address)


# What sends the reader to a person named right after it, in the same sentence.
_SENT_TO = re.compile(
    r"""(?i:\b(?:contact\w*|speak|talk|write|[ée]cri(?:re|vez)|ask|adressez|voyez|voir|joindre|appel(?:er|ez)|call|try|
        essayez|reach|invite|copied|copying|transmets|transmettez)\b)[^.!?\n]*$""",
    re.VERBOSE,
)
# The local part of an address that names a service, not a person ("info@", "secretariat@", "development@"): shared
# with the engine's reading of departure notices.
_role_address = auto_reply.role_address


def _handed_over_to(body: str) -> Referral:
    """Whom a "gone" notice hands over to: the first address after the last thing it says is gone (the gone person's
    own address, named before, is not it), and a name only when that address spells all of it ("Aisha Rahman",
    aisha.rahman@…): the gone person and the firm's name are not the person to write to."""
    after = 0
    for m in _DEPARTED.finditer(_plain(body)):
        after = m.end()
    found = _EMAIL.search(body, after) or _EMAIL.search(body)
    address = found.group(0).rstrip(".").lower() if found else None
    name = None
    if address and found is not None and _role_address(address):
        # "Merci d'écrire à la nouvelle secrétaire générale, Mme Corinne Vidal, à l'adresse secretariat@…": the
        # person named before a service's address in its sentence
        sentence = max(after, *(body.rfind(end, 0, found.start()) + 1 for end in (".", "!", "?", "\n")))
        beside = [m.group("name") for m in _NAME.finditer(body, sentence, found.start()) if not _not_referred(body, m)]
        return Referral(" ".join(beside[-1].split()) if beside else None, address)
    if address:
        local = _local_part(address)
        for m in _NAME.finditer(body, after):
            parts = [_fold(w) for w in m.group("name").split()]
            # spelt whole, or as an initial and the family name ("Sarah Benhamou", s.benhamou@…)
            if len(parts) >= 2 and (
                all(p in local for p in parts) or (parts[-1] in local and local.startswith(parts[0][0]))
            ):
                name = m.group("name")
                break
    return Referral(name, address)


# --------------------------------------------------------------------------------------- entry points


# ------------------------------------------------------------------------------------ unreadable text

# Text that is not words (an attachment's bytes read as text, base64 or hex pasted in the body, a broken encoding)
# matches a lexicon only by chance: 200 KB of random bytes hold a "3h" somewhere, which would read as a meeting
# request and notify the owner. Below this share of word-shaped characters, a text of at least UNREADABLE_MIN
# characters is `other`, said so in its evidence, and goes to no model: nobody acts on it, nothing is sent out.
# Measured on the 6,835 replies of the intent sets (eval/intents), the lowest share is 0.87 (a bounce with long
# addresses); random bytes in Latin-1, cp1252, UTF-8 or UTF-16, base64 and hex score 0.05 or less.
READABLE_SHARE = 0.5
UNREADABLE_MIN = 40
_TOKEN = re.compile(r"\S+")
_PUNCTUATION_EDGES = ".,;:!?\"'()[]{}<>«»“”‘’*-–—…/"
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _word_shaped(core: str) -> bool:
    """A token as people write them: no control or replacement character; its letters in runs that are lower case,
    upper case or capitalised (a brand's one inner capital allowed: "iPhone", "McKinsey"); long only when it is an
    address, a URL or a dotted name (or in a script without case, which needs no spaces)."""
    for ch in core:
        if ch == "\ufffd" or unicodedata.category(ch)[0] == "C":
            return False
    if not any(ch.isalpha() for ch in core):
        return True  # figures, symbols, emoji
    if len(core) > 40 and not any(mark in core for mark in "@/.") and any(ch.islower() for ch in core):
        return False  # a script with case puts spaces between its words
    for run in _LETTER_RUN.findall(core):
        if run.islower() or run.isupper() or (run[0].isupper() and run[1:].islower()):
            continue
        if not any(ch.isupper() or ch.islower() for ch in run):
            continue  # a script without case
        if len(run) < 15 and sum(1 for a, b in itertools.pairwise(run) if a.islower() and b.isupper()) <= 1:
            continue
        return False
    return True


def readable_share(text: str) -> float:
    """The share of the text's non-space characters that sit in word-shaped tokens (1.0 for an empty text)."""
    total = good = 0
    for found in _TOKEN.finditer(text):
        token = found.group(0)
        total += len(token)
        core = token.strip(_PUNCTUATION_EDGES)
        if not core or _word_shaped(core):
            good += len(token)
    return good / total if total else 1.0


def _unreadable(text: str) -> float | None:
    """The readable share of a text too garbled to read, None for a readable (or a short) one."""
    if sum(1 for ch in text if not ch.isspace()) < UNREADABLE_MIN:
        return None
    share = readable_share(text)
    return share if share < READABLE_SHARE else None


def _rules(new_text: str, subject: str, sent: dt.date, lang: str, given: opt_out.Request | None = None) -> Intent:
    if given is None and (share := _unreadable(new_text)) is not None:
        return Intent(
            label="other",
            confidence=0.9,
            source="rules",
            evidence=f"unreadable text ({share:.0%} of it reads as words)",
            lang=lang,
        )
    body = body_of(new_text)
    votes, until = _votes(new_text, _words_of(body), subject, sent, given)
    vote = _decide(votes)
    label = _AS_LABEL.get(vote.kind, vote.kind)
    confidence = vote.confidence
    # Several strong, conflicting asks lower the confidence a little; nothing at all is the least sure.
    strong = {_AS_LABEL.get(v.kind, v.kind) for v in votes if v.confidence >= 0.8}
    if len(strong) >= 3:
        confidence = round(confidence - 0.1, 3)
    referral = None
    if vote.kind == "departed":
        referral = _handed_over_to(body)
    elif label == "referral":
        referral = referral_of(body)
    return Intent(
        label=label,
        confidence=confidence,
        source="rules",
        not_now_until=until if label == "not_now" else None,
        referral=referral,
        evidence=vote.evidence,
        needs_llm=confidence < LLM_FLOOR,
        lang=lang,
        relayed=vote.relayed and label == "unsubscribe",
    )


# The same reply read again (a re-run, a resync) costs nothing; long texts are not kept, so the cache stays small.
_rules_cached = lru_cache(maxsize=2048)(_rules)
CACHED_TEXT_LENGTH = 4000


# What is read of a reply: its first 20,000 characters (six pages or so). A longer new text is a document pasted or a
# hostile one, not an answer, and some readers cost more than its length (names near every word): the rules, the
# learnt model and an LLM read that much and no more. R8 does not depend on it: the analysis reads the opt-out in the
# whole message and passes it in (`opt_out_phrase`).
READ_AT_MOST = 20_000


def _clean(new_text: str) -> str:
    head = new_text[:READ_AT_MOST]
    return head.replace("\r\n", "\n").replace("\xa0", " ").replace("\u202f", " ").strip()


def rules_intent(
    new_text: str,
    subject: str,
    message_date: dt.date | dt.datetime,
    lang: str | None = None,
    *,
    opt_out_phrase: str | opt_out.Request | None = None,
) -> Intent:
    """The rules' reading alone (deterministic, offline, cached in process). `opt_out_phrase`: the opt-out the
    message's analysis read in the whole message (`relance.analysis.opt_out.read` with its body), if any: its phrase,
    or the request with whether it is relayed for someone else."""
    if not isinstance(new_text, str):
        raise TypeError(f"new_text must be a str, not {type(new_text).__name__}")
    sent = message_date.date() if isinstance(message_date, dt.datetime) else message_date
    if not isinstance(sent, dt.date):
        raise TypeError("message_date must be a date or a datetime")
    text = _clean(new_text)
    read = _rules_cached if len(text) <= CACHED_TEXT_LENGTH else _rules
    given = opt_out.Request(opt_out_phrase) if isinstance(opt_out_phrase, str) else opt_out_phrase
    return read(text, subject or "", sent, lang or detect_lang(text), given if given and given.phrase else None)


_UNSET: Any = object()


def _implied_until(body: str, sent: dt.date) -> dt.date | None:
    """The day a deferral implies, read as the rules read it (opening days named no day)."""
    body = _PAST_MONTH.sub(" ", body)  # "décédé en octobre": a month of the past
    named = implied_date(_DAY_RANGE.sub(" ", body), sent) or implied_date(body, sent, until_counts=True)
    return named.day if named else None


def _with_model(ruled: Intent, new_text: str, sent: dt.date, guess: intent_model.Guess | None) -> Intent:
    """The rules' answer, or the model's where the rules were unsure and the model is sure enough."""
    if (
        guess is None
        or ruled.label == "unsubscribe"
        or ruled.confidence >= intent_model.OVERRIDE_BELOW
        or guess.probability < intent_model.DECIDE_FROM
    ):
        return ruled
    if guess.label == ruled.label:
        # Agreement: the rules' reading (its date, its referral, its evidence) stands; when the rules alone were too
        # unsure to skip an LLM, the model's confidence is the reading's, and no LLM is needed.
        if ruled.confidence >= LLM_FLOOR:
            return ruled
        return replace(ruled, confidence=guess.probability, needs_llm=False)
    body = body_of(new_text)
    return Intent(
        label=guess.label,
        confidence=guess.probability,
        source="model",
        not_now_until=_implied_until(body, sent) if guess.label == "not_now" else None,
        referral=referral_of(body) if guess.label == "referral" else None,
        evidence=f"model {guess.probability:.2f} (rules: {ruled.label} {ruled.confidence:.2f})",
        needs_llm=False,
        lang=ruled.lang,
    )


def offline_intents(
    items: Sequence[tuple[str, str, dt.date | dt.datetime]],
    *,
    model: intent_model.IntentModel | None = _UNSET,
    lang: str | None = None,
    opt_outs: Sequence[str | opt_out.Request | None] | None = None,
) -> list[Intent]:
    """The rules, then the learnt model where they are unsure (one model call for the batch): no network, no LLM.
    `model` defaults to the process's (`intent_model.default()`); None reads with the rules alone. `opt_outs`: each
    message's opt-out as its analysis read it (see rules_intent), in the order of `items`."""
    phrases = list(opt_outs) if opt_outs is not None else [None] * len(items)
    if len(phrases) != len(items):
        raise ValueError("opt_outs must give one phrase (or None) per item")
    ruled = [
        rules_intent(text, subject, day, lang, opt_out_phrase=phrase)
        for (text, subject, day), phrase in zip(items, phrases, strict=True)
    ]
    unsure = [k for k, r in enumerate(ruled) if r.label != "unsubscribe" and r.confidence < intent_model.OVERRIDE_BELOW]
    if not unsure:
        return ruled
    model = intent_model.default() if model is _UNSET else model
    if model is None:
        return ruled
    texts = {k: _clean(items[k][0]) for k in unsure}
    guesses = model.predict(body_of(texts[k]) for k in unsure)
    out = list(ruled)
    for k, guess in zip(unsure, guesses, strict=True):
        day = items[k][2]
        sent = day.date() if isinstance(day, dt.datetime) else day
        out[k] = _with_model(ruled[k], texts[k], sent, guess)
    return out


def offline_intent(
    new_text: str,
    subject: str,
    message_date: dt.date | dt.datetime,
    *,
    model: intent_model.IntentModel | None = _UNSET,
) -> Intent:
    """One reply's offline reading (see offline_intents)."""
    return offline_intents([(new_text, subject, message_date)], model=model)[0]


INTENT_PROMPT = (
    "You read the new text of a reply to a sales or follow-up email (French or English) and classify what the "
    "sender wants into exactly one intent: interested (positive, no specific ask), meeting_request (a call, "
    "meeting, demo or slot), information_request (documents or answers), quote_request (price, fees, devis, "
    "proposal with figures), not_interested (a decline), not_now (contact again later), referral (wrong person, "
    "left the company, contact someone else), unsubscribe (stop writing to me), out_of_office (an absence "
    "notice), other. A request to stop writing is always unsubscribe, also when the sender asks it for someone else. "
    'Return one JSON object with exactly these keys: "intent"; "confidence" (0 to 1); "date": for not_now, the '
    "words of the reply that say when to get back in touch, copied as written (at most 40 characters), else null; "
    '"referred": for referral, the person to contact instead as "Name <address>" (either part may be missing), '
    'else null; "relayed": for unsubscribe, true when the sender asks it for the person the email was written to '
    "(an assistant, a relative, a lawyer writing for them), false when for themselves. Answer with the JSON object "
    "only."
)


def _referral_from(referred: str | None, body: str) -> Referral | None:
    from_text = referral_of(body)
    if not referred:
        return from_text
    found = _EMAIL.search(referred)
    address = found.group(0).lower() if found else None
    name = _EMAIL.sub("", referred).replace("<", "").replace(">", "").strip(" ,;:-") or None
    return Referral(
        name or (from_text.name if from_text else None), address or (from_text.address if from_text else None)
    )


def read_intent(
    new_text: str,
    subject: str,
    message_date: dt.date | dt.datetime,
    lang: str | None = None,
    *,
    conn: Conn | None = None,
    team_id: uuid.UUID | str | None = None,
    llm_settings: llm.LLMSettings | None = None,
    now: dt.datetime | None = None,
    subject_address: str | None = None,
    model: intent_model.IntentModel | None = _UNSET,
    offline: Intent | None = None,
    opt_out_phrase: str | opt_out.Request | None = None,
) -> Intent:
    """The intent of a reply's new text (see the module's docstring). The learnt model reads what the rules are
    unsure of (`offline_intents`; `offline`: that reading, done beforehand for a batch); the LLM is asked only when
    both are unsure and `conn`, `team_id` and a configured model are all there; its answer is validated, cached per
    team and text, and ignored (the offline answer stands) when invalid or absent."""
    ruled = (
        offline
        or offline_intents([(new_text, subject, message_date)], model=model, lang=lang, opt_outs=[opt_out_phrase])[0]
    )
    if not ruled.needs_llm or conn is None or team_id is None:
        return ruled
    settings = llm_settings if llm_settings is not None else llm.LLMSettings.from_env()
    if not settings.enabled:
        return ruled
    instructions = INTENT_PROMPT
    instructions += f" The reply is most likely in {'French' if ruled.lang == 'fr' else 'English'}."
    answer = llm.complete_json(
        conn,
        team_id,
        kind="intent",
        instructions=instructions,
        text=_clean(new_text),
        schema=llm.INTENT_SCHEMA,
        settings=settings,
        now=now,
        subject_address=subject_address,
    )
    if answer is None:
        return ruled
    label = str(answer.fields["intent"])
    confidence = answer.fields.get("confidence")
    sent = message_date.date() if isinstance(message_date, dt.datetime) else message_date
    until = None
    if label == "not_now":
        phrase = answer.fields.get("date")
        found = implied_date(phrase, sent) if phrase else None
        until = found.day if found else None
    referral = _referral_from(answer.fields.get("referred"), body_of(_clean(new_text))) if label == "referral" else None
    return Intent(
        label=label,
        confidence=round(float(confidence), 3) if confidence is not None else 0.7,
        source="llm",
        not_now_until=until,
        referral=referral,
        evidence=f"{answer.model}{' (cached)' if answer.cached else ''}",
        needs_llm=True,
        lang=ruled.lang,
        relayed=label == "unsubscribe" and answer.fields.get("relayed") is True,
    )
