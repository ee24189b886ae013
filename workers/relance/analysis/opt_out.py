"""Opt-out requests in English and French, read only in the new text of a human reply.

Precision first: a phrase must ask the sender to stop writing ("please stop emailing me", "ne plus me
contacter", a bare "STOP" line). Negated verbs ("don't stop"), other objects ("stop by our office", "stop
emailing John"), quoted history, links and newsletter-style footers never count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from relance.analysis import lowercase

_FLAGS = re.IGNORECASE | re.VERBOSE

# A whole line that is only the request ("STOP", "Unsubscribe", "Désinscription", "Remove me please").
_STANDALONE = re.compile(
    r"""^\s*(?:please\s+|merci\s+de\s+)?(?:
        unsubscribe(?:\s+me)? | unsub | stop | remove(?:\s+me)? | opt[\s-]?out | désinscription | desinscription |
        désinscri(?:re|vez[\s-]moi) | desinscri(?:re|vez[\s-]moi) | désabonnement | désabonnez[\s-]moi |
        (?:me\s+|se\s+)?(?:désabonner|desabonner|désinscrire|desinscrire) | retirer(?:\s+(?:moi|mon\s+adresse))?
    )(?:\s*[,.]?\s*(?:please|thanks|thank\s+you|merci|svp|stp|s\.v\.p\.?|s'il\s+vous\s+pla[iî]t)){0,3}\s*[.!]*\s*$""",
    _FLAGS,
)

_EN = [
    (r"\b(?:please\s+|kindly\s+)?unsubscribe\s+(?:me|us|my\s+(?:e-?mail|address))\b", ("unsubscribe",)),
    (r"\bplease\s+unsubscribe\b", ("unsubscribe",)),
    (
        r"\b(?:i|we)(?:\s+would|'d)?\s+(?:like|want|wish|need)\s+to\s+(?:unsubscribe|opt[\s-]out|be\s+removed)\b",
        ("unsubscribe", "opt", "removed"),
    ),
    (r"\bhow\s+(?:do|can)\s+i\s+unsubscribe\b", ("unsubscribe",)),
    (r"\bopt\s+(?:me|us)\s+out\b", ("opt",)),
    (
        r"""\b(?:remove|take|delete|scrub|strike|purge|erase)\s+(?:me|us|my\s+(?:name|e-?mail(?:\s+address)?|address|details|contact\s+details|data)|
            our\s+(?:address|e-?mail(?:\s+address)?|details|contact\s+details)|this\s+(?:address|e-?mail\s+address|mailbox))
            \s+(?:off|from)\s+(?!(?:the|this|that)\s+(?:e-?mail\s+)?(?:thread|cc|loop|chain|conversation|invite|invitation|
            meeting|call|webinar|event)\b)(?:your|ur|yr|the|this|these|all|any)\b[^.!?\n]{0,40}?
            \b(?:list|lists|database|mailing|e-?mails?|distribution|contacts?|sequences?|campaigns?|system|crm|records)\b""",
        ("remove", "take", "delete", "scrub", "strike", "purge", "erase"),
    ),
    (
        r"""\b(?:stop|quit|cease)\s+(?:e-?mailing|mailing|contacting|messaging|spamming|texting|writing\s+to|
            sending\s+(?:me|us)(?:\s+(?:any\s+(?:more\s+)?|these\s+|those\s+|your\s+|all\s+(?:these\s+|your\s+)?)?
            (?:e-?mails?|mails?|messages?|newsletters?|offers|marketing|mailings?|updates))?|following\s+up(?:\s+with)?|chasing|
            reaching\s+out\s+to|bothering)
            (?:\s+(?:me|us)\b|\s*[.!?,;]|\s*$)""",
        ("stop", "quit", "cease"),
    ),
    (
        r"""\b(?:do\s+not|don't|dont|never)\s+(?:contact|e-?mail|mail|message|write\s+to|reach\s+out\s+to)\s+(?:me|us)
            (?:\s+(?:again|anymore|any\s*more|any\s+longer|any\s+further|further|in\s+the\s+future|ever\s+again))?
            \s*(?:[.!]|$)""",
        ("contact", "mail", "message", "write", "reach"),
    ),
    (
        r"""\b(?:i|we)\s+(?:do\s+not|don't|no\s+longer)\s+(?:want|wish|need)\s+to\s+(?:receive|get|hear)\b
            [^.!?\n]{0,30}?\b(?:e-?mails?|messages?|mails?|from\s+you)\b""",
        ("receive", "get", "hear"),
    ),
    (r"\bno\s+more\s+e-?mails?(?:\s*,?\s*(?:please|thanks|thank\s+you))?\s*[.!]*\s*$", ("more",)),
    # Indirect or terse requests (formerly a second lexicon in the intent reader, now under the same guards).
    # "Stop." alone, or then a decline or a complaint about the mails; not "Stop. Let me think about it."
    (
        r"""^\s*(?:please\s+)?stop\s*[.!]+\s*(?:$|(?=[^.!?\n]{0,30}\b(?:not\s+interested|pas\s+intéress|pas\s+interess|
            no\s+thanks|non\s+merci|never|jamais|spam|e-?mails?\b|messages?\b|mails?\b|courriels?|relances?|fois\b)))""",
        ("stop",),
    ),
    (
        r"""\bno\s+(?:further|more)\s+(?:e-?mails?|messages|contact|solicitations?)
            (?:\s+(?:from\s+you|please|thanks?|thank\s+you))*\s*[.!,;]""",
        ("further", "more"),
    ),
    (r"\b(?:take|remove)\s+(?:me|us)\s+off\b(?!\s+(?:the\s+|this\s+)?(?:thread|cc|loop|copy|chain))", ("off",)),
    (
        r"""\b(?:i|we)\s+(?:do\s+not|don't|no\s+longer)\s+(?:want|wish|need)\s+to\s+(?:receive|get)\s+(?:any\s+)?
            (?:further\s+|more\s+)?(?:solicitations?|communications?|offers|newsletters?|marketing|sales\s+e-?mails?)""",
        ("receive", "get"),
    ),
    (
        r"""\b(?:please\s+)?(?:do\s+not|don't|dont)\s+(?:contact|e-?mail)\s+(?:me|us)
            \s*,?\s*(?:please|thanks?|thank\s+you)\s*(?:[.!]|$)""",
        ("contact", "mail"),
    ),
    (
        r"\b(?:delete|remove|erase)\s+(?:all\s+)?my\s+(?:details|data|personal\s+data|information|contact\s+details)\b",
        ("delete", "remove", "erase"),
    ),
    (r"\bcease\s+(?:all\s+)?(?:further\s+)?(?:communications?|contact|e-?mails?|correspondence)\b", ("cease",)),
    (
        r"""\bremove\s+(?:me|my\s+(?:address|e-?mail(?:\s+address)?))\s*,?\s*
            (?:now|please|immediately|asap|manually|yourselves|yourself|for\s+me)?\s*(?:[.!?]|$)""",
        ("remove",),
    ),
    (
        r"""\bnever\s+(?:signed\s+up|subscribed|opted\s+in|agreed\s+to\s+receive|asked\s+to\s+(?:receive|be\s+contacted)|
            asked\s+for\s+(?:these|this|your|any)\s+(?:e-?mails?|messages?|newsletters?|mailings?|communications?|solicitations?))\b""",
        ("never",),
    ),
    (
        r"""\b(?:do\s+not|don't|dont|never)\s+(?:contact|e-?mail|mail|message|write\s+to)\s+(?:me|us)\s+
            (?:again|anymore|any\s+more|ever\s+again)\b(?!\s+(?:until|before|unless|till|for\s+(?:now|a\s+while)))""",
        ("contact", "mail", "message", "write"),
    ),
    # "Kindly stop the emails", "please stop these messages"; not "stop the emails going to spam".
    (
        r"""\b(?:stop|cease)\s+(?:the|these|those|your|all\s+(?:the\s+|these\s+|your\s+)?)\s*(?:e-?mails?|mails|messages|newsletters?|
            mailings?|follow[\s-]?ups|solicitations?|sales\s+e-?mails?)\b(?!\s+(?:from\s+)?(?:going|landing|ending|bouncing|to\s+go))""",
        ("stop", "cease"),
    ),
    # "I'd appreciate it if this was the last one", "let this be the last email I get".
    (
        r"""\b(?:(?:i|we)(?:['’]d|\s+would)\s+(?:appreciate\s+it|prefer\s+it|be\s+grateful)\s+if|let)\s+(?:this|that)\s+
            (?:was|were|is|be)\s+the\s+(?:very\s+)?last\s+(?:one|e-?mail|message|time)\b""",
        ("last",),
    ),
    # "Your unsubscribe link doesn't work": whoever says so clicked it to leave; objecting must be easy (R8).
    (
        r"""\b(?:unsubscribe|opt[\s-]?out)\s+(?:link|button)\b[^.!?\n]{0,25}?
            \b(?:doesn['’]?t|does\s+not|didn['’]?t|did\s+not|isn['’]?t|is\s+not|won['’]?t|is\s+broken|fails|failed|
            goes\s+nowhere|leads\s+nowhere|is\s+dead|returns\s+an?\s+(?:error|404)|gives\s+an?\s+(?:error|404)|404)""",
        ("unsubscribe", "opt"),
    ),
    # "It says reply STOP. STOP.": the word alone as the last sentence of a line.
    (r"(?:[.!?]\s+|^\s*)stop\s*[.!]*\s*$", ("stop",)),
    # "Please don't follow up again"; not "don't chase before March".
    (
        r"""\b(?:do\s+not|don['’]?t|never)\s+(?:follow\s+up(?:\s+with\s+(?:me|us))?|chase\s+(?:me|us))\s+
            (?:again|anymore|any\s+more|any\s+further|ever\s+again)\b(?!\s+(?:until|before|unless|till))""",
        ("follow", "chase"),
    ),
    # "I'd rather not receive these going forward."
    (
        r"""\b(?:i|we)(?:['’]d|\s+would)\s+(?:rather|prefer\s+to)\s+not\s+(?:receive|get|be\s+sent)\s+
            (?:these|them|this|your|any\s+(?:more|further))\b(?![^.!?\n]{0,30}\b(?:until|before|till)\b)""",
        ("rather",),
    ),
    # An objection to processing (GDPR article 21) is a request to stop.
    (
        r"""\b(?:i|we)\s+(?:hereby\s+)?object\s+to\s+(?:the\s+|any\s+|all\s+)?(?:further\s+)?(?:processing|use)\s+of\s+
            (?:my|our)\s+(?:personal\s+)?(?:data|details|information)""",
        ("object",),
    ),
]
_FR = [
    (
        r"""\bne\s+(?:plus|jamais)\s+(?:me|nous)\s+(?:contacter|recontacter|écrire|ecrire|solliciter|relancer|envoyer|
            démarcher|demarcher|appeler|téléphoner|adresser)""",
        ("plus", "jamais"),
    ),
    (r"\bne\s+plus\s+m(?:['’]\s*|\s+)(?:écrire|ecrire|envoyer|appeler|adresser)", ("plus",)),
    # "m'enlever de vos contacts", "m'effacer de votre fichier": "me" elided before a removal verb's vowel.
    (
        r"""\bm(?:['’]\s*|\s+)(?:enlever|effacer|ôter|oter|exclure)\s+(?:de|des|du)\s+(?:(?:vos|votre|la|les|cette|ces|tous\s+vos|toutes\s+vos)\s+)?
            (?:listes?(?!\s+des\s+(?:invités|invites|participants))|fichiers?|contacts|bases?|mailing|diffusion|envois|destinataires|
            newsletters?|lettres?\s+d['’]information|prospection)\b""",
        ("enlever", "effacer", "ter", "exclure"),
    ),
    (
        r"""\bne\s+(?:me|nous)\s+(?:contactez|recontactez|écrivez|ecrivez|relancez|sollicitez|envoyez|appelez)\s+plus\b""",
        ("plus",),
    ),
    (r"\bne\s+m['’](?:écrivez|ecrivez|envoyez|appelez)\s+plus\b", ("plus",)),
    (
        r"\b(?:retirez|supprimez|enlevez|effacez|rayez|désinscrivez|desinscrivez|désabonnez|desabonnez|oubliez)[\s-]+moi\b",
        ("moi",),
    ),
    (
        r"""\b(?:me|nous)\s+(?:retirer|supprimer|enlever|désinscrire|desinscrire|désabonner|desabonner|radier|rayer|effacer)
            \s+(?:de|des|du)\b(?!\s*(?:la\s+)?(?:liste\s+des\s+(?:invités|invites|participants)|boucle|copie|conversation|fil\b|
            réunion|reunion|webinaire|invitation))""",
        ("retirer", "supprimer", "enlever", "inscrire", "abonner", "radier", "rayer", "effacer"),
    ),
    (
        r"""\b(?:retirer|supprimer|effacer|enlever|retirez|supprimez|effacez|enlevez)\s+(?:mon\s+(?:adresse|e-?mail|mail|courriel|nom|contact)|
            mes\s+(?:coordonnées|coordonnees|données|donnees|informations))\b""",
        ("retir", "supprim", "effac", "enlev"),
    ),
    (
        r"""\b(?:ne|n['’])\s*(?:souhaite|veux|désire|desire|voudrais|souhaitons|voulons)\s+plus\s+(?:rien\s+)?
            (?:recevoir|être\s+(?:contactée?s?|sollicitée?s?|relancée?s?|démarchée?s?|prospectée?s?)|etre\s+(?:contacte|sollicite|demarche))""",
        ("plus",),
    ),
    (
        r"""(?<![’'])\b(?:arrêtez|arretez|cessez|stoppez|arrêter|arreter|cesser|stopper)\s+
            (?:de\s+(?:m['’]|m\s+(?=[aeéèêiou])|me\s|nous\s)|vos\s+(?:relances|mails|e-?mails|messages|envois|sollicitations|courriels))""",
        ("arr", "cess", "stopp"),
    ),
    (r"\bma\s+(?:désinscription|desinscription|radiation)\b", ("inscription", "radiation")),
    (
        r"\bje\s+me\s+(?:désinscris|desinscris|désabonne|desabonne|retire\s+de\s+vos\s+listes)\b",
        ("inscri", "abonne", "retire"),
    ),
    (
        r"""\b(?:souhaite|souhaitons|veux|voudrais|voulons|désire|desire|préfère|prefere|préférerais|prefererais)\s+
            ne\s+plus\s+(?:recevoir|être\s+(?:contacté|sollicité|relancé)|etre\s+(?:contacte|sollicite|relance))""",
        ("plus",),
    ),
    (r"\b(?:me|nous)\s+(?:désinscrire|desinscrire|désabonner|desabonner)\b", ("inscrire", "abonner")),
    (
        r"""\bcess(?:er|ez)\s+(?:imm[ée]diatement(?=\s*[.!]|\s*$|\s+(?:de\s+m['’](?:écrire|ecrire|envoyer)|vos|ces|toute|tout))|toute\s+(?:communication|sollicitation|relance|prospection)|ces\s+envois|tout\s+(?:envoi|message|courriel|contact)|
            (?:tous\s+)?(?:les|vos)\s+envois|
            vos\s+(?:appels|démarchages?|demarchages?|prospections?))""",
        ("cess",),
    ),
    (
        r"""\bjamais\s+(?:(?:demandé|demande|accepté|accepte)\s+(?:à|a|de)\s+(?:recevoir|être\s+contacté|etre\s+contacte)|
            été\s+inscrite?|ete\s+inscrite?|inscrite?|souscrit|abonnée?|donné\s+mon\s+accord|donne\s+mon\s+accord)\b""",
        ("jamais",),
    ),
    # "Merci de retirer l'adresse de la mairie de vos fichiers": an address, not "me", taken off the sender's lists.
    (
        r"""\b(?:retirer|supprimer|effacer|enlever|rayer|retirez|supprimez|effacez|enlevez|rayez)\s+(?:l['’]\s*adresse|
            (?:notre|cette|mon|nos|ces)\s+(?:adresses?|e-?mails?|courriels?|coordonnées|coordonnees|contacts?|noms?))\b[^.!?\n]{0,50}?
            \bde\s+(?:vos|votre|tous\s+vos|toutes\s+vos)\s+(?:fichiers?|listes?|bases?|contacts|mailings?|envois|diffusions?|
            destinataires|newsletters?)\b""",
        ("retir", "supprim", "effac", "enlev", "ray"),
    ),
    # "Le lien de désinscription ne fonctionne pas": the same, in French.
    (
        r"""\blien\s+(?:de\s+)?(?:désinscription|desinscription|désabonnement|desabonnement)\b[^.!?\n]{0,40}?
            (?:\bne\s+(?:fonctionne|marche|mène|mene)|\bfonctionne\s+pas|\bmarche\s+pas|\bcass[ée]|\bintrouvable|\bmort\b|
            \berreur|\b404\b)""",
        ("inscription", "abonnement"),
    ),
    # "J'apprécierais que ce soit votre dernier message."
    (
        r"""\b(?:j['’]\s*(?:apprécierais|apprecierais|aimerais|aime\s+autant)|je\s+(?:souhaite|voudrais|préférerais|prefererais))
            \s+que\s+(?:ce|celui[\s-]ci|ceci)\s+soit\s+(?:votre|le)\s+dernier\s+(?:message|mail|e-?mail|courriel|envoi)""",
        ("dernier",),
    ),
    # An objection to processing for prospection (RGPD article 21).
    (
        r"""\b(?:je|nous)\s+(?:m['’]\s*|nous\s+)oppos(?:e|ons)\s+(?:à|a|au|aux)\s+(?:tout\s+|toute\s+|le\s+|la\s+)?
            (?:traitement|prospection|utilisation|sollicitation|démarchage|demarchage|envoi)""",
        ("oppos",),
    ),
]
_PHRASES = re.compile("|".join(f"(?:{p})" for p, _ in _EN + _FR), _FLAGS | re.MULTILINE)
_NEGATION_BEFORE = re.compile(r"(?:\bdon't|\bdo\s+not|\bnever|\bnot|n't|\bpas|\bn['’])\s*$", re.IGNORECASE)
# A request said to be needless, in the clause before it: "pas la peine de me retirer", "no need to take me off",
# "inutile de me désinscrire", "you don't have to remove me". The author stays; a wrong opt-out loses a client.
_NEEDLESS_BEFORE = re.compile(
    r"""(?:\b(?:pas|plus|nul|nullement|aucun)\s+(?:la\s+peine|besoin|n[ée]cessaire|utile|obligé|oblige)|\binutile|\bpas\s+la\s+peine|
        \bno\s+need|\bno\s+reason|\bnot\s+(?:necessary|needed|required)|\bneedn['’]?t|
        (?:\bdon['’]?t|\bdo\s+not|\bdoesn['’]?t|\bdoes\s+not|\bwon['’]?t|\bwill\s+not)\s+(?:\w+\s+)?(?:need|have)\b)
        [^.!?;:,–—\n]{0,30}$""",
    _FLAGS,
)
# A request said never made, in the clause before it: "je n'ai jamais demandé à me désabonner", "I never asked you to
# remove me". The author complains about the stop, or about something else; they do not ask for it.
_NEVER_ASKED_BEFORE = re.compile(
    r"""(?:\b(?:jamais|pas|never|not|n['’]t)\s+(?:\w+\s+){0,2}(?:demandé|demande|voulu|souhaité|souhaite|asked|wanted|requested)
        (?:\s+(?:you|vous))?\s*(?:à|a|de|d['’]|to)?\s*)$""",
    _FLAGS,
)
# A question about a stop that happened, in the clause before it: "why did you stop emailing me?", "have you stopped
# sending the newsletter?". The author wants the mail back; "can you stop emailing me?" stays a request.
_ASKED_ABOUT_BEFORE = re.compile(
    r"""(?:\bwhy\s+(?:did|have|has|had)|\b(?:did|have|had)\s+(?:you|they|u))[^.!?;:\n]{0,20}$""",
    _FLAGS,
)

# Lines that are links, footers or legal notices rather than something the person asks.
_FOOTER_LINE = re.compile(
    r"""https?://|www\.|<mailto:|click\s+here|cliquez\s+ici|preferences|préférences|you\s+are\s+receiving|
        you\s+received\s+this|vous\s+recevez\s+ce|if\s+you\s+(?:no\s+longer|do\s+not|don't)\s+wish|
        si\s+vous\s+ne\s+souhaitez\s+plus|to\s+unsubscribe\s+from|pour\s+vous\s+(?:désinscrire|désabonner)|
        unsubscribe\s+from\s+\S+\s+(?:marketing|emails|communications)""",
    _FLAGS,
)
_SIGNATURE_DELIMITER = re.compile(r"^--\s?$")
# "Ne plus m'appeler, écrivez-moi plutôt": a request about the phone, with writing welcome, is not an opt-out.
_PHONE_VERB = re.compile(r"appel|téléphon|telephon|\bcall|\bring")
_WRITE_INSTEAD = re.compile(
    r"écrivez|ecrivez|écrire|ecrire|par\s+(?:e-?)?mail|par\s+courriel|par\s+écrit|e-?mail\s+(?:me|is\s+better|instead)|"
    r"write\s+to\s+me|by\s+e-?mail|in\s+writing"
)
_PREFILTER = re.compile(
    r"unsub|stop|remove|opt|contact|e-?mail|mail|list|désinscri|desinscri|désabonn|desabonn|retir|supprim|plus|arr[êe]t|cess|"
    r"radiation|radier|take\s+(?:me|us)|spam|delete|effac|enlev|rayez|rayer|erase|never|jamais|cease|solicit|communication|newsletter|marketing|offers|"
    r"scrub|strike|purge|last|object|oppos|oubli|follow|chase|rather|dernier",
    re.IGNORECASE,
)


# Case-insensitive matching costs about ten times a plain scan: the text is lower-cased once and read with these
# twins, which match the same spans (relance.analysis.lowercase). Each phrase carries words one of which any match
# contains, so only the phrases that can match are scanned.
_STANDALONE_LOWER = lowercase.twin(_STANDALONE)
# What turns a phrase around, read in the characters before it: a negation, a request said needless, a question about
# a stop that happened, a request said never made (each pattern with the width of text it reads).
_TURNED_AROUND = (
    (_NEGATION_BEFORE, 12), (_NEEDLESS_BEFORE, 60), (_ASKED_ABOUT_BEFORE, 40), (_NEVER_ASKED_BEFORE, 50),
)  # fmt: skip
_TURNED_AROUND_LOWER = tuple((lowercase.twin(pattern), width) for pattern, width in _TURNED_AROUND)


def _turned_around(guards: tuple[tuple[re.Pattern[str], int], ...], text: str, start: int) -> bool:
    """A guard finds, in the text before `start`, what makes the phrase there no request."""
    return any(pattern.search(text[max(0, start - width) : start]) for pattern, width in guards)


_FOOTER_LINE_LOWER = lowercase.twin(_FOOTER_LINE)
_PREFILTER_LOWER = lowercase.twin(_PREFILTER)
_PHRASES_LOWER = [(lowercase.twin(re.compile(p, _FLAGS | re.MULTILINE)).pattern, hints) for p, hints in _EN + _FR]


# _PREFILTER_LOWER as substring tests (a scan for one of thirty words with no common prefix is slow in `re`): the
# same words, `arr[êe]t` spelt both ways, `e-?mail` found by `mail`, and `take\s+(?:me|us)` kept as a pattern.
_PREFILTER_WORDS = (
    "mail", "contact", "plus", "list", "stop", "opt", "remove", "unsub", "communication", "marketing", "newsletter",
    "offers", "never", "delete", "spam", "jamais", "cess", "cease", "retir", "supprim", "arrêt", "arret", "radiation",
    "radier", "désinscri", "desinscri", "désabonn", "desabonn", "effac", "enlev", "rayez", "rayer", "erase", "solicit",
    "scrub", "strike", "purge", "last", "object", "oppos", "oubli", "follow", "chase", "rather", "dernier",
)  # fmt: skip
_TAKE_ME = re.compile(r"take\s+(?:me|us)")


def _prefilter_hit(lowered: str) -> bool:
    """`_PREFILTER_LOWER.search(lowered)` found something."""
    return any(word in lowered for word in _PREFILTER_WORDS) or ("take" in lowered and bool(_TAKE_ME.search(lowered)))


# Each phrase's hints, and every hint once: a text's hints are looked up once, not once per phrase that has them.
_PHRASE_HINTS = [frozenset(hints) for _, hints in _PHRASES_LOWER]
_ALL_HINTS = tuple(sorted({hint for hints in _PHRASE_HINTS for hint in hints}))


@lru_cache(maxsize=256)
def _phrases_among(indexes: tuple[int, ...]) -> re.Pattern[str]:
    """The phrases at `indexes`, in their order, as one case-sensitive pattern: finditer over it finds what it finds
    over all of them, the others having no possible match in the text."""
    return re.compile("|".join(f"(?:{_PHRASES_LOWER[i][0]})" for i in indexes), _FLAGS & ~re.IGNORECASE | re.MULTILINE)


def _phone_only(phrase: str, view: str) -> bool:
    """The request is about calls only and the text asks to be written to instead (both lower-cased)."""
    return bool(_PHONE_VERB.search(phrase) and _WRITE_INSTEAD.search(view))


def detect(new_text: str) -> str | None:
    """The phrase by which the author asks to stop, or None."""
    if not new_text:
        return None
    lowered = lowercase.lowered(new_text)
    if lowered is None:
        return _detect_slow(new_text)
    if not _prefilter_hit(lowered):
        return None
    lines: list[str] = []
    views: list[str] = []
    for line, view in zip(new_text.split("\n"), lowered.split("\n"), strict=True):
        if _SIGNATURE_DELIMITER.match(line.strip()):
            break
        if line.strip() and not _FOOTER_LINE_LOWER.search(view):
            lines.append(line.strip())
            views.append(view.strip())
    for line, view in zip(lines[:3], views[:3], strict=True):
        if _STANDALONE_LOWER.match(view):
            return line
    text, view = "\n".join(lines), "\n".join(views)
    present = {hint for hint in _ALL_HINTS if hint in view}
    possible = tuple(i for i, hints in enumerate(_PHRASE_HINTS) if not hints.isdisjoint(present))
    if not possible:
        return None
    for match in _phrases_among(possible).finditer(view):
        if _turned_around(_TURNED_AROUND_LOWER, view, match.start()):
            continue
        if _phone_only(match.group(0), view):
            continue
        return text[match.start() : match.end()].strip()
    return None


def _detect_slow(new_text: str) -> str | None:
    """`detect` with case-insensitive patterns, for the rare text `_lowered` cannot fold."""
    if not _PREFILTER.search(new_text):
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
        if _turned_around(_TURNED_AROUND, text, match.start()):
            continue
        if _phone_only(match.group(0).lower(), text.lower()):
            continue
        return match.group(0).strip()
    return None
