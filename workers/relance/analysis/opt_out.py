"""Opt-out requests in English and French, read only in the new text of a human reply.

Precision first: a phrase must ask the sender to stop writing ("please stop emailing me", "ne plus me
contacter", a bare "STOP" line). Negated verbs ("don't stop"), other objects ("stop by our office", "stop
emailing John"), quoted history, links and newsletter-style footers never count.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from relance.analysis import anchored, lowercase

_FLAGS = re.IGNORECASE | re.VERBOSE

# What one registers for and may leave without leaving a list: "inscrite à votre webinaire … je dois me désinscrire".
_EVENT = (
    r"(?:webinaires?|webinars?|ateliers?|workshops?|[ée]v[ée]nements?|events?|conf[ée]rences?|salons?|formations?|"
    r"sessions?|s[ée]minaires?|seminars?|petits?[\s-]d[ée]jeuners?|breakfasts?|d[ée]jeuners?|lunch(?:es)?|visites?|"
    r"soir[ée]es?|masterclass(?:es)?|journ[ée]es?|r[ée]unions?|meetings?|d[ée]mos?|classes|cours|courses?|trainings?|"
    r"summits?|forums?|tastings?|d[ée]gustations?|d[îi]ners?|dinners?|galas?|r[ée]ceptions?|cocktails?|concerts?|"
    r"\w*empfang|vernissages?|afterworks?|golf(?:\s+days?)?|open\s+days?|away\s+days?)"
)

# A whole line that is only the request ("STOP", "Unsubscribe", "Désinscription", "Remove me please").
_STANDALONE = re.compile(
    r"""^\s*(?:(?:yes|oui|ok|okay|no|non|nope)\s*[.,!]+\s*|(?:no|non)\s+(?:et|and)\s+)?(?:please\s+|merci\s+de\s+|graag\s+|bitte\s+)?(?:
        un+sub+s?c?r?i+b?e?(?:\s+(?:me|us))? | unsub | stop(?:[\s.!,]+stop){0,4} | remove(?:\s+(?:me|us))? |
        # "arrêtez.", "oui. arrêtez.": the answer to "dites-moi si je dois arrêter de vous relancer"
        arr[êe]tez(?:\s+(?:tout|l[àa]))? |
        opt[\s-]?out |
        # typed in haste, one letter doubled or left out: "desabonement", "désinscripton", "unsubscibe"
        d[ée]s+in?s+cri?p?t?i?on | d[ée]s+ab+on+e?ment |
        # "desincrivez moi svp": the second s left out too
        d[ée]s+in?s?cri(?:re|vez[\s-]moi) | d[ée]s+ab+on+ez[\s-]moi |
        (?:me\s+|se\s+)?(?:d[ée]s+ab+on+er|d[ée]sinscrire) | retirer(?:\s+(?:moi|mon\s+adresse))? |
        # dutch, german, the nordic languages: "afmelden a.u.b.", "bitte abmelden", "avmeld meg, takk"
        # romanian, czech, hungarian, the one word typed alone
        dezabonare | odhl[aá]sit | leiratkoz[aá]s |
        afmelden | uitschrijven | abmelden | austragen | afmeld(?:\s+mig)? | avmeld(?:\s+meg)? | avregistrera(?:\s+mig)?
    )(?:\s*[,.]?\s*(?:please|pl[sz]e?|thanks|thx|thank\s+you|ty|merci|svp|stp|s\.v\.p\.?|s'il\s+vous\s+pla[iî]t|
        a\.?u\.?b\.?|graag|bitte|danke|tak|takk|tack|venligst|vennligst)){0,3}
    \s*[.!]*\s*$""",
    _FLAGS,
)

# "Leave me alone for two weeks", "laissez-moi tranquille jusqu'en janvier": a pause, not a stop.
_FOR_A_WHILE = r"""(?!\s+(?:until|till|for\s+(?:now|a\s+(?:while|bit|few|week|month)|two|three|
    the\s+(?:moment|summer|holidays))|this\s+(?:week|month|year)|during|while|before|jusqu|pendant|quelques|cette\s+(?:semaine|année)|ce\s+mois|
    pour\s+(?:le\s+moment|l['’]instant)|avant))"""

# "Je ne souhaite plus recevoir la version papier", "arrêtez de m'envoyer vos catalogues papier": a change of channel
# (paper for e-mail, one copy instead of two), not an opt-out; unless another channel follows ("vos catalogues papier
# et vos mails").
_NOT_A_CHANNEL = (
    r"(?![^.!?\n]{0,40}?(?:\b(?:version|format|édition|edition|exemplaire|copie|courrier|catalogue|brochure|plaquette|"
    r"prospectus|dépliant|depliant|magazine|revue|documentation|relevé|releve|facture|envoi)s?\s+(?:papier|imprimée?s?)\b"
    r"(?!\s*,?\s*(?:ni|ou|et|non\s+plus)\b)|"
    # an old address, or this one with another given ("sur cette adresse, écrivez à …@…"); not "cessez de m'écrire sur
    # cette adresse professionnelle", which R8 suppresses
    r"\ben\s+double|\bsur\s+(?:mon|cette)\s+ancienne\s+adresse|\bsur\s+(?:mon|cette)\s+adresse\b(?=[^.!?\n]{0,80}@)))"
    # … or the post ("ne plus m'envoyer les relevés de mon contrat d'assurance-vie par courrier"), unless the e-mails
    # are named before it ("ne plus m'envoyer de courriels, ni par courrier")
    r"(?!(?:(?!e-?mails?\b|courriels?\b|mails?\b|messages?\b|\bni\b)[^.!?\n]){0,90}?\bpar\s+(?:courrier|la\s+poste|voie\s+postale)\b"
    r"(?!\s*,?\s*(?:ni|ou|et|non\s+plus)\b))"
)

# "Take me off the joint account", "remove us off the board of the SCI": a holder or a member stepping down, not a
# request to stop (unless a list follows: "take us off the newsletter list for the joint account").
_OFF_NOT_A_LIST = r"""(?!\s+(?:the|this|that|my|our)\s+(?:[\w'’-]+\s+){0,2}?
    (?:accounts?|polic(?:y|ies)|contracts?|mandates?|deeds?|leases?|boards?|committees?|rotas?|portfolios?|trusts?|title|register|cases?|projects?)\b
    (?!\s+(?:[\w-]+\s+)?(?:lists?|mailings?|newsletters?|database|e-?mails?)\b))"""

# "Unsubscribe me from paper statements - email is fine": the post given up for e-mail, not an opt-out (unless the
# mail goes too: "from the paper statements and the emails").
_EN_NOT_A_CHANNEL = (
    r"(?!\s+(?:me\s+|us\s+)?from\s+(?:the\s+|your\s+|my\s+|all\s+)?(?:paper|postal|printed|hard[\s-]?copy|posted)\b"
    r"(?![^.!?\n]{0,40}\b(?:and|or)\s+(?:the\s+|your\s+|all\s+)?e-?mails?\b))"
)
# The author's own organisation, which asks through them ("notre association ne souhaite plus recevoir", "do not
# contact this Council again", "l'adresse de notre administration"): no third person.
_ORGANISATION = (
    r"(?:association|commune|mairie|municipalit[ée]|administration|collectivit[ée]|[ée]cole|coll[èe]ge|lyc[ée]e|"
    r"[ée]tablissement|soci[ée]t[ée]|entreprise|cabinet|structure|club|paroisse|conseil|secr[ée]tariat|bureau|"
    r"council|school|office|practice|surgery|parish|charity|company|firm|organi[sz]ation|trust|inbox|mailbox)s?\b"
)
_EN = [
    # relay_c: "please leave me off your emails from now on", "(…) and would like to be removed from all your emails",
    # "pouvez-vous me remove de votre mailing list", "vi chiedo di cancellare me dalla lista"
    (
        r"\b(?:leave|keep)\s+(?:me|us)\s+off\s+(?:your|the|all|any)\b",
        ("leave me off", "leave us off", "keep me off", "keep us off"),
    ),
    (
        r"\band\s+(?:would|['’]d)\s+(?:like|want)\s+to\s+be\s+removed\s+from\s+(?:all\s+)?(?:your|the)\b",
        ("removed",),
    ),
    (r"\bme\s+remove\s+(?:de|from)\b", ("remove",)),
    (r"\b(?:please|kindly)\s+remove\s+(?:me|us)(?=\s*(?:[-–—.!;]|$))", ("remove",)),
    (r"\bcancellare\s+me\s+dalla\b", ("cancellare",)),
    (
        r"\b(?:please\s+|kindly\s+)?unsubscribe\s+(?:me|us|my\s+(?:e-?mail|address))\b" + _EN_NOT_A_CHANNEL,
        ("unsubscribe",),
    ),
    (r"\bplease\s+unsubscribe\b" + _EN_NOT_A_CHANNEL, ("unsubscribe",)),
    (
        # not asked as a question ("do I need to unsubscribe from Harrowgate's emails myself?")
        r"(?<!\bdo\s)(?<!\bshould\s)(?<!\bshall\s)(?<!\bmust\s)(?<!\bwill\s)(?<!\bcan\s)"
        r"\b(?:i|we)(?:\s+would|'d)?(?:\s+both|\s+all)?\s+(?:like|want|wish|need)\s+to\s+(?:unsubscribe|opt[\s-]out|be\s+removed)\b",
        ("unsubscribe", "opt", "removed"),
    ),
    (r"\bhow\s+(?:do|can)\s+i\s+unsubscribe\b", ("unsubscribe",)),
    # "Under GDPR I'm asking you to delete it and not to contact us again."
    (
        r"""\bnot\s+to\s+(?:contact|e-?mail|write\s+to|message)\s+(?:me|us)\s+again\b|
            \b(?:ask|asking|request|requesting)\s+(?:that\s+)?you\s+(?:to\s+)?(?:stop|cease)\s+(?:contacting|e-?mailing|writing\s+to)\s+(?:me|us)\b""",
        ("again", "stop", "cease"),
    ),
    (r"\bopt\s+(?:me|us)\s+out\b", ("opt",)),
    # In text-message shorthand: "pls remove fr list tks", "plz rmv me frm ur list".
    (
        r"\b(?:pls|plz|please)\s+(?:remove|rmv|take)\s+(?:me\s+|us\s+)?(?:off\s+|fr\s+|frm\s+|from\s+)"
        r"(?:ur\s+|your\s+|yr\s+|the\s+)?(?:list|mailing|db)\b",
        ("remove", "rmv", "take"),
    ),
    # "You've emailed me twice without my consent. Under the Spam Act 2003, stop.": the law named, then the word.
    (
        r"\b(?:without\s+(?:my|our)\s+consent|spam\s+act|unsolicited)\b[^\n]{0,80}?[,:;]\s*stop\s*[.!]",
        ("consent", "spam", "unsolicited"),
    ),
    (
        r"""\b(?:remove|take|delete|scrub|strike|purge|erase)\s+(?:me|us|
            # "take our office address off your mailing list"
            my\s+(?:(?:work|office|personal|business|company)\s+)?(?:name|e-?mail(?:\s+(?:address|id))?|mail\s+id|address|details|contact\s+details|data)|
            our\s+(?:(?:office|work|main|generic|general|company|business|shared)\s+)?(?:address|e-?mail(?:\s+address)?|details|contact\s+details)|
            this\s+(?:address|e-?mail\s+address|mailbox))
            \s+(?:off|from)\s+(?!(?:the|this|that)\s+(?:e-?mail\s+)?(?:thread|cc|loop|chain|conversation|invite|invitation|
            meeting|call|webinar|event)\b)(?:your|ur|yr|the|this|these|all|any)\b[^.!?\n]{0,40}?
            \b(?:list|lists|database|mailing|e-?mails?|distribution|contacts?|sequences?|campaigns?|system|crm|records)\b""",
        ("remove", "take", "delete", "scrub", "strike", "purge", "erase"),
    ),
    (
        # calls named first ("stop calling and emailing me"): the mail stops with them
        r"""\b(?:stop|quit|cease)\s+(?:(?:calling|phoning|ringing)(?:\s+(?:me|us))?\s+(?:and|or|&|/)\s+)?
            (?:e-?mailing|mailing|contacting|messaging|spamming|texting|writing\s+to|
            sending\s+(?:me|us)(?:\s+(?:any\s+(?:more\s+)?|these\s+|those\s+|your\s+|all\s+(?:these\s+|your\s+)?)?
            (?:e-?mails?|mails?|messages?|newsletters?|offers|marketing|mailings?|updates))?|following\s+up(?:\s+with)?|chasing|
            reaching\s+out\s+to|bothering)
            # the post given up for e-mail: "stop mailing me the printed statements, the e-statements are enough"
            (?![^.!?\n]{0,40}\b(?:printed|paper|postal|hard[\s-]?cop(?:y|ies))\b(?![^.!?\n]{0,40}\b(?:and|or)\s+(?:the\s+|your\s+)?e-?mails?\b))
            (?:\s+(?:me|us)\b|\s*[.!?,;]|\s*$|
            # "stop emailing the school office"; not "stop emailing the office, write to me at …" nor "the old office
            # address" (a move)
            \s+(?:this|our|the)\s+(?:(?!old\b|former\b|previous\b)\w+\s+)?"""
        + _ORGANISATION
        + r"""(?!\s+(?:address|e-?mail|account))(?![^!?\n]{0,80}(?:instead|rather|@)))""",
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
    (
        r"\bno\s+more\s+e-?mails?(?:\s+(?:about|on|regarding|re|for)\s+[^.!?\n,]{1,40}?)?"
        # the sentence's end seen, not taken: the words after it are not the request's object ("My daughter handles
        # that now" names no one the request is about)
        r"(?:\s*,?\s*(?:please|pls|thanks|thank\s+you))?(?=\s*[.!]|\s*$)",
        ("more",),
    ),
    # "Why am I still getting these? ... Can you make them stop." (the mails the author complains of)
    (
        r"\b(?:make|get)\s+(?:them|these|those|it|this|the\s+e-?mails?)\s+(?:to\s+)?stop\b(?!\s+(?:at|in|on|by|for|being)\b)",
        ("stop",),
    ),
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
    # not "take me off the joint account", "remove me off the board of the SCI": a holder or a member stepping down
    (
        r"\b(?:take|remove)\s+(?:me|us)\s+off\b(?!\s+(?:the\s+|this\s+)?(?:thread|cc|loop|copy|chain))"
        + _OFF_NOT_A_LIST,
        ("off",),
    ),
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
    # "please stop all correspondence to this address", "stop any further communications"
    (r"\bstop\s+(?:all|any)\s+(?:further\s+)?(?:correspondence|communications?)\b", ("stop",)),
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
        r"""\b(?:do\s+not|don't|dont|never)\s+(?:contact|e-?mail|mail|message|write\s+to)\s+
            (?:me|us|(?:this|our)\s+(?:\w+\s+)?"""
        + _ORGANISATION
        + r""")\s+(?:again|anymore|any\s+more|ever\s+again)\b
            (?!\s+(?:until|before|unless|till|for\s+(?:now|a\s+while)))""",
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
        r"""\b(?:(?:i|we)(?:['’]d|\s+would)\s+(?:appreciate\s+it|prefer\s+it|be\s+grateful)\s+if|let|make\s+sure)\s+(?:this|that)\s+
            (?:was|were|is|be)\s+the\s+(?:very\s+)?last\s+(?:one|e-?mail|message|time)\b
            (?!\s+(?:the|a|an|our|your|this|that|we|they|it|he|she|its|their|his|her)\b)""",
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
    (r"(?:(?<=[.!?:])\s+|^\s*)[\"'«“‘]?\s*stop\s*[\"'»”’]?\s*[.!]*\s*$", ("stop",)),
    # "No need to follow up again", "no point chasing us any more": a follow-up said needless from now on.
    (
        r"""\b(?:no\s+need|no\s+point|there['’]s\s+no\s+point)\s+(?:to\s+|in\s+)?(?:follow(?:ing)?\s+up(?:\s+with\s+(?:me|us))?|
            chas(?:e|ing)\s+(?:me|us)|contact(?:ing)?\s+(?:me|us)|e-?mail(?:ing)?\s+(?:me|us))\s+
            (?:again|anymore|any\s+more|any\s+further|in\s+(?:the\s+)?future|going\s+forward)\b(?!\s+(?:until|before|unless|till))""",
        ("need", "point"),
    ),
    # "Please don't follow up again"; not "don't chase before March".
    (
        r"""\b(?:do\s+not|don['’]?t|never)\s+(?:follow\s+up(?:\s+with\s+(?:me|us))?(?:\s+(?:on|about)\s+(?:this|it|that))?|
            chase\s+(?:me|us))\s+
            (?:again|anymore|any\s+more|any\s+further|ever\s+again)\b(?!\s+(?:until|before|unless|till))""",
        ("follow", "chase"),
    ),
    # "I'd rather not receive these going forward."
    (
        r"""\b(?:i|we)(?:['’]d|\s+would)\s+(?:rather|prefer\s+to)\s+not\s+(?:receive|get|be\s+sent)\s+
            (?:these|them|this|your|any\s+(?:more|further))\b(?![^.!?\n]{0,30}\b(?:until|before|till)\b)""",
        ("rather",),
    ),
    # "This is the fourth email. Enough.": a count of the firm's emails, then "enough"
    (
        r"""\b(?:third|fourth|fifth|sixth|seventh|umpteenth|\d+(?:rd|th))\s+(?:e-?mail|message|follow[\s-]?up|reminder)s?\b
            [^\n]{0,60}?\benough\b(?!\s+(?:info|information|details|time|to|for|of|about))""",
        ("enough",),
    ),
    # "I'd rather not hear from HarbourLedger again", "we'd prefer not to be contacted again"
    (
        r"""\b(?:i|we)(?:['’]d|\s+would)\s+(?:rather\s+not|prefer\s+not\s+to)\s+(?:hear\s+from\s+(?:you|[\w&.-]+(?:\s+[\w&.-]+)?)|
            be\s+(?:contacted|e-?mailed|written\s+to))\s+(?:at\s+all\s+)?(?:again|any\s*more|in\s+(?:the\s+)?future|
            going\s+forward)\b
            (?![^.!?\n]{0,30}\b(?:until|before|till|unless)\b)""",
        ("rather", "prefer"),
    ),
    # An objection to processing (GDPR article 21) is a request to stop.
    (
        r"""\b(?:i|we)\s+(?:hereby\s+)?object\s+to\s+(?:the\s+|any\s+|all\s+)?(?:further\s+)?(?:processing|use)\s+of\s+
            (?:my|our)\s+(?:personal\s+)?(?:data|details|information)""",
        ("object",),
    ),
    # ... and to direct marketing, the right the GDPR makes absolute: "Under UK GDPR I'm objecting to direct
    # marketing", "I object to receiving marketing from you"
    (
        r"""\b(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)?\s+(?:hereby\s+)?object(?:ing)?\s+to\s+(?:any\s+|all\s+|further\s+|your\s+)*
            (?:(?:direct|e-?mail|electronic)\s+)?(?:marketing|solicitations?|prospecting|receiving\s+(?:any\s+)?(?:marketing|
            (?:these|your)\s+e-?mails))\b""",
        ("object",),
    ),
    # "Stop. Third time of asking.", "STOP - I have already asked twice": the stop with the insistence after it.
    (
        r"""(?:^|(?<=[.!?]\s))stop\s*[.!,:-]+\s*(?:[^.!?\n]{0,20}\s)?(?:(?:second|third|fourth|fifth|last)\s+time\s+(?:of\s+)?
            (?:asking|i['’]ve\s+asked|i\s+ask)|i\s+(?:have\s+)?already\s+asked|(?:as\s+)?(?:already\s+)?asked\s+(?:before|twice|three\s+times))""",
        ("stop",),
    ),
    # "Please remove clerks@ from your distribution list": a mailbox named by its local part, taken off the lists.
    (
        r"""\b(?:remove|delete|take|unsubscribe)\s+[\w.+-]+@(?:[\w-]+(?:\.[\w-]+)+)?(?=\s)\s+(?:off|from)\s+(?:your|the|all|every|any)\s+(?:\w+\s+)?
            (?:list|lists|database|mailing|mailings|distribution)\b""",
        ("remove", "delete", "take", "unsubscribe"),
    ),
    # Generalised forms (2026-12-01), each under the same guards: what people write that the phrases above miss.
    # "Please stop sending me these", "cease sending to this address", "stop sending emails to this ID".
    (
        r"""\b(?:stop|quit|cease)\s+(?:e-?mailing|mailing|contacting|messaging|spamming|writing\s+to|sending)\s+
            (?:(?:me|us)\s+)?(?:these|those|them|this\s+(?:stuff|crap|junk)|anything(?:\s+(?:else|more|further))?|
            (?:e-?mails?\s+|mails?\s+|messages?\s+)?to\s+(?:me|us|this\s+(?:address|e-?mail(?:\s+(?:address|id))?|mailbox|inbox|id|account)|
            my\s+(?:address|e-?mail(?:\s+address)?|inbox|mailbox)|our\s+(?:address|e-?mail|inbox|mailbox)))\b
            (?![^.!?\n]{0,25}\b(?:until|before|till|but|instead|rather))
            # not to someone else ("stop sending them to jane"); to any address of the author's is to them
            (?!\s+(?:to|for)\s+(?!me\b|us\b|this\b|(?:my|our|any)\s+(?:\w+\s+)?(?:e-?mail\s+)?(?:address|inbox|mailbox|account)\b))""",
        ("stop", "quit", "cease"),
    ),
    (
        r"""\b(?:stop|quit|cease)\s+(?:e-?mailing|mailing|contacting|messaging|spamming)\s+(?:this|my|our)\s+
            (?:(?:work|business|office|personal|private|professional|company|school)\s+)?
            (?:address|e-?mail(?:\s+(?:address|id))?|mailbox|inbox|id|account)\b""",
        ("stop", "quit", "cease"),
    ),
    # "I would be grateful if you stopped writing to me", "I'd appreciate it if you stopped emailing me".
    (
        r"""\b(?:grateful|appreciate\s+it|appreciated|thankful|happier|glad|prefer\s+it)\s+if\s+you\s+(?:would\s+|could\s+)?
            (?:(?:stopped|stop|ceased|cease|quit)\s+(?:e-?mailing|mailing|contacting|messaging|writing|sending|following\s+up|chasing)
            (?:\s+(?:to\s+)?(?:me|us|these|them|those|any|your\s+(?:e-?mails?|messages))\b|\s*[.!,;]|\s*$)|
            # "we'd be grateful if you didn't contact us again"
            (?:didn['’]?t|did\s+not|wouldn['’]?t|would\s+not)\s+(?:contact|e-?mail|mail|message|write\s+to)\s+(?:me|us)\b
            (?![^.!?\n]{0,25}\b(?:until|before|till|about|regarding|on\s+this)\b))""",
        ("if you",),
    ),
    # "Kindly do not send such mails to this ID henceforth", "don't email again", "never contact us again", "please
    # don't email this address again".
    (
        r"""\b(?:do\s+not|don['’]?t|never)\s+(?:send|e-?mail|mail|contact|message|write)
            (?:\s+(?:to\s+)?(?:me|us|(?:this|my|our)\s+(?:address|e-?mail(?:\s+address)?|id|mailbox|inbox)))?
            (?:\s+(?:such|these|those|any|your|more|further|any\s+more|any\s+further|the\s+same)?\s*
            (?:e-?mails?|mails?|messages?|marketing|offers|solicitations?|newsletters?|follow[\s-]?ups)
            (?:\s+to\s+(?:this|my|our)\s+(?:id|address|e-?mail(?:\s+(?:address|id))?|mailbox|inbox))?)?
            \s+(?:again|anymore|any\s*more|henceforth|hereafter|from\s+now\s+on|in\s+(?:the\s+)?future|going\s+forward)\b
            (?!\s+(?:until|before|unless|till|for\s+(?:now|a\s+while)|e-?mails?|mails?|messages?|newsletters?|offers|info|information|
            details|documents?|brochures?|invoices?|reminders?|files?|copies|paper))""",
        ("again", "more", "henceforth", "hereafter", "now on", "future", "forward"),
    ),
    # "Please don't send me any more emails", "do not send such mails".
    (
        r"""\b(?:do\s+not|don['’]?t|never)\s+send\s+(?:(?:me|us)\s+)?(?:any\s*more|more|further|any\s+further|such|these|those)\s+
            (?:e-?mails?|mails|messages|marketing|offers|solicitations?|newsletters?)\b
            (?![^.!?\n]{0,30}\b(?:but|instead|rather|until|before|use|to\s+my\s+(?:other|work|personal|new|old)))
            (?!\s+(?:to|for)\s+(?!me\b|us\b|this\b|my\b|our\b))""",
        ("send",),
    ),
    # "How do I get off your mailing list?", "I want off this list", "get us off your database".
    (
        r"""\b(?:get|take|put)\s+(?:(?:me|us)\s+)?off\s+(?:of\s+)?(?:your|the|this|that|ur|these|all\s+your)\s+(?:[\w-]+\s+){0,2}?
            (?:list|lists|database|mailing|distribution)\b(?!\s+of\b)""",
        ("off",),
    ),
    (
        r"""\b(?:want|wanna|would\s+like|need)\s+(?:to\s+(?:be|get)\s+)?off\s+(?:of\s+)?(?:your|the|this|that|ur|these|all\s+your)\s+
            (?:[\w-]+\s+){0,2}?(?:list|lists|database|mailing|distribution)\b(?!\s+of\b)""",
        ("off",),
    ),
    # "Remove me or I'm reporting you", "remove us please, and ...".
    (
        r"""\bremove\s+(?:me|us)\s*,?\s*(?:(?:now|please|immediately|asap|already)\s*[,.!]|\s+or\b|\s+and\s+(?:don['’]?t|do\s+not|stop|never))""",
        ("remove",),
    ),
    # "Take it off whatever list this is", "remove this address from your records".
    (
        r"""\b(?:take|remove|delete|strike|scrub|erase)\s+(?:it(?=\s+(?:off|from)\s+\S+\s+(?:\w+\s+){0,3}?(?:list|lists|database|mailing|crm)\b)|
            this\s+(?:address|e-?mail(?:\s+(?:address|id))?|id|mailbox)|
            that\s+(?:address|e-?mail)|the\s+address|my\s+(?:e-?mail\s+id|mail\s+id|e-?mail|address))\s+(?:off|from)\s+
            (?:whatever|your|the|any|all|this|ur|every)\b[^.!?\n]{0,30}?\b(?:list|lists|database|records|mailing|crm|system|files)\b(?!\s+of\b)""",
        ("take", "remove", "delete", "strike", "scrub", "erase"),
    ),
    # A complaint that an earlier request was ignored: "I've asked to be removed twice already", "I replied STOP".
    (
        r"""\b(?:already|twice|(?:two|three|four|several|many|multiple)\s+times|previously|repeatedly)\b[^.!?\n]{0,30}?
            \b(?:asked|requested|told\s+you|replied|answered|said|written|wrote)\b[^.!?\n]{0,20}?
            (?:to\s+be\s+(?:removed|taken\s+off|unsubscribed|deleted)(?!\s+(?:from|off)\s+(?:the\s+|this\s+|that\s+)?(?:cc|thread|loop|chain|call|
            invite|invitation|meeting|webinar|event))|to\s+(?:unsubscribe|stop|opt\s+out)|["'“«‘]?\s*(?:stop|unsubscribe)\b)
            (?![^.!?\n]{0,30}\b(?:mistake|error|accident))""",
        ("already", "twice", "times", "previously", "repeatedly"),
    ),
    (
        r"""\b(?:asked|requested|told\s+you|replied|answered|said)\b[^.!?\n]{0,20}?
            (?:to\s+be\s+(?:removed|taken\s+off|unsubscribed|deleted)(?!\s+(?:from|off)\s+(?:the\s+|this\s+|that\s+)?(?:cc|thread|loop|chain|call|
            invite|invitation|meeting|webinar|event))|to\s+(?:unsubscribe|stop|opt\s+out)|["'“«‘]\s*(?:stop|unsubscribe)\b)
            [^.!?\n]{0,30}?\b(?:already|twice|times|before|previously|ago|last\s+(?:week|month|time))\b
            (?![^.!?\n]{0,30}\b(?:mistake|error|accident))""",
        ("already", "twice", "times", "before", "previously", "ago", "last"),
    ),
    # "I unsubscribed through your link in March and I'm STILL getting these": the stop was asked, and ignored.
    (
        r"""\b(?:unsubscribed|opted\s+out|clicked\s+(?:on\s+)?(?:the\s+|your\s+)?(?:unsubscribe|opt[\s-]?out)|asked\s+(?:you\s+)?to\s+(?:be\s+removed|stop))\b
            [^.!?\n]{0,60}?\b(?:still|keep|continue\s+to)\s+(?:am\s+|['’]m\s+)?(?:getting|receiving|get|receive|being\s+(?:sent|e-?mailed|contacted))\b""",
        ("still", "keep", "continue"),
    ),
    # "I unsubscribed from your emails back in May. Please honour that": an opt-out already made, restated.
    (
        r"""\b(?:i|we)\s+(?:have\s+)?(?:already\s+)?(?:unsubscribed|opted\s+out)\b
            (?![^.!?\n]{0,60}\b(?:mistake|error|accident|but|however|though|although|would\s+like|['’]d\s+like|want|miss))""",
        ("unsubscribed", "opted"),
    ),
    # "Under CASL I did not consent to receive", "I didn't sign up for this", "we never opted in".
    (
        r"""\b(?:did\s+not|didn['’]?t|never|have\s+not|haven['’]?t|had\s+not)\s+(?:ever\s+)?(?:consent(?:ed)?\s+(?:to\s+(?:receiv|be\s+contacted|be\s+e-?mailed|this|these|your|any|being)|
            \s*[.,!;])|opt(?:ed)?[\s-]in|sign(?:ed)?\s+up\s+(?:for\s+(?:this|these|your|any)|to\s+(?:this|these|your|any))|
            subscribe(?:d)?\s+to\s+(?:this|these|your|any)|agree(?:d)?\s+to\s+(?:receive|be\s+contacted|this|these))""",
        ("consent", "opted", "opt in", "opt-in", "sign up", "signed up", "subscribe", "agree"),
    ),
    # "Leave me alone."
    (r"\bleave\s+(?:me|us)\s+alone\b" + _FOR_A_WHILE, ("alone",)),
    # "Please refrain from contacting me."
    (
        r"\brefrain\s+from\s+(?:(?:any\s+)?(?:further\s+)?(?:contacting|e-?mailing|mailing|sending|writing|messaging|contact|solicitations?))",
        ("refrain",),
    ),
    # "Lose my email address."
    (r"\blose\s+(?:my|our)\s+(?:e-?mail(?:\s+address)?|address|details|number|contact\s+details)\b", ("lose",)),
    # "Where did you get my data? Delete it.", "How did you get this address? Please delete it from your system.": the
    # person's own data named (asked where it came from, which no guard turns around), then "delete it".
    (
        r"""(?:\b(?:where|how)\s+did\s+you\s+(?:get|find|obtain|source)\s+)?
            \b(?:(?:my|our)\s+(?:data|details|address|e-?mail(?:\s+address)?|information|personal\s+data)|
            this\s+(?:e-?mail\s+)?address)\b[^\n]{0,60}?
            \b(?:delete\s+(?:it|them)\b|erase\s+(?:it|them)\b|(?:i|we)\s+want\s+(?:it|them)\s+(?:deleted|erased|removed))""",
        ("delete", "erase", "want"),
    ),
    # "We do not accept unsolicited supplier approaches."
    (
        r"""\b(?:do\s+not|don['’]?t|does\s+not|doesn['’]?t|will\s+not|won['’]?t)\s+(?:accept|welcome|want|respond\s+to|tolerate)\s+
            (?:any\s+)?unsolicited\b""",
        ("unsolicited",),
    ),
    # "I don't want these emails", "I don't want receive your emails anymore".
    (
        r"""\b(?:i|we)\s+(?:do\s+not|don['’]?t|dont|no\s+longer)\s+(?:want|wish|need)\s+(?:to\s+)?(?:receive\s+|get\s+)?
            (?:these|your|any\s+(?:more|further)|any|more|further|those|marketing|promotional|sales)\s+(?:e-?mails?|mails|messages|
            newsletters?|solicitations?|offers|marketing|follow[\s-]?ups)\b(?![^.!?\n]{0,30}\b(?:until|before|till|but|instead|rather|at\s+(?:this|my)|to\s+my|on\s+my|going\s+to))""",
        ("want", "wish", "need"),
    ),
    # "... and that I will receive no further marketing emails".
    (
        r"""\breceive\s+no\s+(?:further|more)\s+(?:e-?mails?|marketing|messages|communications?|solicitations?|contact|mail)""",
        ("receive",),
    ),
    # "I'm reporting this as spam", "we'll report you to the ICO": the author complains, not a filter.
    (
        r"""\b(?:i|we)(?:['’]ll|\s+will|['’]m|\s+am|['’]re|\s+are|['’]ve|\s+have|\s+shall)?\s+(?:now\s+|going\s+to\s+|be\s+|just\s+)?
            (?:report|reporting|reported|flag|flagging|flagged|mark|marking|marked)\s+(?:you|this|these|your\s+(?:e-?mails?|messages)|it|them)\s+
            (?:as\s+(?:spam|junk)|to\s+(?:the\s+)?(?:ico|ftc|cnil|crtc|acma|authorities|regulator|spamcop))\b
            (?![^.!?\n]{0,30}\b(?:mistake|error|accident))""",
        ("report", "flag", "mark"),
    ),
    # "Not interested. Unsubscribe." / "Enough. Unsubscribe. And tell your colleagues": the word as a whole sentence.
    (
        r"""(?:^|(?<=[.!?:])\s+)["'«“‘]?\s*(?:please\s+)?(?:unsubscribe(?:\s+(?:me|us))?|unsub|opt[\s-]?out|remove\s+(?:me|us))\s*["'»”’]?\s*[.!]""",
        ("unsub", "opt", "remove"),
    ),
    # A GDPR erasure request (article 17): "I request the erasure of all personal data you hold about me".
    (
        r"""\b(?:request|demand|ask\s+for|want)\s+(?:the\s+)?(?:erasure|deletion|removal)\s+of\s+(?:all\s+)?(?:of\s+)?(?:(?:my|the|our)\s+)?
            (?:personal\s+)?(?:data|details|information|contact\s+details|e-?mail\s+address)""",
        ("erasure", "deletion", "removal"),
    ),
    # Replies the blind set relay_a taught (2026-12-06): "Not interested, please stop.", "please not send me emails",
    # "I would rather not receive emails from the firm anymore".
    (r"\bnot\s+interested\s*[,.;!-]*\s*(?:please\s+|pls\s+|so\s+)?stop\s*[.!]*\s*$", ("stop",)),
    (
        r"\bplease\s+(?:do\s+)?not\s+(?:send|e-?mail|write\s+to|contact)\s+(?:me|us)\b" + _EN_NOT_A_CHANNEL,
        ("not send", "not email", "not e-mail", "not write", "not contact"),
    ),
    # relay_b: "Don't want any more emails from you please", "Mind taking me off your sequence?", "pls unsubcribe me",
    # "please stop sending your newsletters to info@"
    (r"\b(?:don['’]t|do\s+not)\s+want\s+any\s+more\s+(?:e-?mails?|messages|mail)\b" + _EN_NOT_A_CHANNEL, ("any more",)),
    (
        r"\b(?:mind|could\s+you|can\s+you|would\s+you)\s+(?:taking|take|removing|remove)\s+(?:me|us)\s+off\b"
        + _OFF_NOT_A_LIST,
        ("me off", "us off"),
    ),
    (r"\bunsu[bs]\w*\s+(?:me|us)\b" + _EN_NOT_A_CHANNEL, ("unsu",)),
    (
        r"\bstop\s+sending\s+(?:your|these|the)\s+(?:newsletters?|e-?mails?|mailings?|offers)\b" + _EN_NOT_A_CHANNEL,
        ("stop",),
    ),
    # relay_d: "I'd like to come off your mailing list" (the author's; "she'd like to …" is `_RELAYED_PHRASES`')
    (
        r"""\b(?:i|we)\s*(?:['’]d|\s+would)?\s+(?:like|love|prefer|want|need)\s+to\s+come\s+off\s+(?:of\s+)?
            (?:your|the|this|these|all\s+your)\s+(?:[\w-]+\s+){0,2}?(?:list|lists|database|mailing|distribution)\b""",
        ("come off",),
    ),
    # relay_d: "remove us both", "take both Jonathan and the office address off your mailing list"
    (
        r"\b(?:remove|take|unsubscribe|delete)\s+(?:us\s+both|both\s+of\s+us)\b"
        r"|\b(?:remove|take)\s+both\s+[^.!?\n]{1,60}?\s+(?:off|from)\s+(?:your|the)\s+(?:\w+\s+)?(?:list|mailing)",
        ("both",),
    ),
    # relay_d: a shared or generic mailbox asks for itself: "please stop sending to this admin mailbox"
    (
        r"\bstop\s+(?:sending|e-?mailing|writing)\s+(?:anything\s+)?to\s+this\s+(?:\w+\s+)?(?:mailbox|inbox|address|"
        r"e-?mail\s+address|account)\b",
        ("stop",),
    ),
    (
        r"\b(?:i|we)(?:\s+would|['’]d)\s+(?:rather|prefer)\s+not\s+(?:to\s+)?(?:receive|get|be\s+sent)\s+"
        r"(?:any\s+(?:more\s+)?|your\s+|these\s+|further\s+)?(?:e-?mails?|messages|mail|communications?)\b",
        ("rather", "prefer"),
    ),
]
# The correspondence ended (`_FR`, `_YIELDS_TO_RELAY`), one group so that what is appended to it applies to every form.
_CORRESPONDENCE_ENDED = r"""(?:\b(?:cess(?:er|ez)|arr[êe]t(?:er|ez)|mett(?:re|ez)\s+(?:fin|un\s+terme)\s+[àa])\s+
        (?:toutes?(?:\s+(?:les|nos|vos))?|la|notre|nos|vos|votre|cette)\s+correspondances?\b
        (?!\s+(?:papier|postale|[ée]crite|par\s+(?:courrier|voie\s+postale|la\s+poste|lettre)))
        | \bcess(?:er|ez)\s+(?:tout|nos|vos|les)\s+[ée]changes?\s+avec\s+(?:moi|nous)\b
        | \bcess(?:er|ez)\s+de\s+correspondre\s+avec\s+(?:moi|nous)\b)"""
_FR = [
    (
        r"""\bne\s+(?:plus\s+jamais|jamais\s+plus|plus|jamais)\s+(?:me|nous)\s+(?:contacter|recontacter|écrire|ecrire|solliciter|relancer|envoyer|
            démarcher|demarcher|appeler|téléphoner|adresser|joindre)"""
        + _NOT_A_CHANNEL,
        ("plus", "jamais"),
    ),
    (r"\bne\s+plus\s+m(?:['’]\s*|\s+)(?:écrire|ecrire|envoyer|appeler|adresser)" + _NOT_A_CHANNEL, ("plus",)),
    # "Merci de ne plus solliciter notre établissement": the author's firm, school or town hall, named for "nous"
    (
        r"""\bne\s+plus\s+(?:solliciter|contacter|recontacter|démarcher|demarcher|relancer|prospecter)\s+(?:notre|nos|cette|ce|mon|ma)\s+
            (?:établissements?|etablissements?|sociétés?|societes?|entreprises?|structures?|association|école|ecole|collège|college|
            lycée|lycee|mairie|commune|cabinet|étude|etude|agence|officine|pharmacie|clinique|ehpad|exploitation|domaine|hôtel|
            hotel|camping|restaurant|commerce|boutique|magasin|service|institution|organisme|collectivité|collectivite)\b"""
        + _NOT_A_CHANNEL,
        ("plus",),
    ),
    # "m'enlever de vos contacts", "m'effacer de votre fichier": "me" elided before a removal verb's vowel.
    (
        r"""\bm(?:['’]\s*|\s+)(?:enlever|effacer|ôter|oter|exclure)\s+(?:de|des|du)\s+(?:(?:vos|votre|la|les|cette|ces|tous\s+vos|toutes\s+vos)\s+)?
            (?:listes?(?!\s+des\s+(?:invités|invites|participants))|fichiers?|contacts|bases?|mailing|diffusion|envois|destinataires|
            newsletters?|lettres?\s+d['’]information|prospection)\b""",
        ("enlever", "effacer", "ôter", "oter", "exclure"),
    ),
    (
        r"""\bne\s+(?:me|nous)\s+(?:contactez|recontactez|écrivez|ecrivez|relancez|sollicitez|envoyez|appelez)\s+plus\b""",
        ("plus",),
    ),
    (r"\bne\s+m['’](?:écrivez|ecrivez|envoyez|appelez)\s+plus\b" + _NOT_A_CHANNEL, ("plus",)),
    (
        r"\b(?:retirez|supprimez|enlevez|effacez|rayez|désinscrivez|desinscrivez|désabonnez|desabonnez|oubliez)[\s-]+moi\b"
        # a chat group, not the mail: "retirez-moi du groupe whatsapp du club"
        r"(?![^.!?\n]{0,30}\b(?:whats\s?app|signal|telegram|sms|slack|teams)\b)",
        ("moi",),
    ),
    (
        r"""\b(?:me|nous)\s+(?:retirer|supprimer|enlever|désinscrire|desinscrire|désabonner|desabonner|radier|rayer|effacer)
            \s+(?:de|des|du)\b(?!\s*(?:la\s+|l['’]\s*|ce\s+|cet\s+|cette\s+|votre\s+|notre\s+)?(?:liste\s+des\s+(?:invités|invites|participants)|
            boucle|copie|conversation|fil\b|invitation|
            # "me retirer des affaires", "de la vie active", "de la gérance": leaving a business, not a list
            affaires|vie\s+(?:active|professionnelle)|activit|g[ée]rance|direction|capital|mandat|conseil\b|
            # "me désinscrire de l'option « sécurisation des plus-values »", "du programme de versements"
            option|garantie|programme|versements?|pr[ée]l[èe]vements?|contrat|service\s+de\s+gestion|"""
        + _EVENT
        + r"""))""",
        ("retirer", "supprimer", "enlever", "inscrire", "abonner", "radier", "rayer", "effacer"),
    ),
    (
        r"""\b(?:retirer|supprimer|effacer|enlever|retirez|supprimez|effacez|enlevez)\s+(?:mon\s+(?:adresse|e-?mail|mail|courriel|nom|contact)|
            mes\s+(?:coordonnées|coordonnees|données|donnees|informations))\b""",
        ("retir", "supprim", "effac", "enlev"),
    ),
    (
        r"""\b(?:ne|n['’])\s*(?:souhaite|veux|désire|desire|voudrais|souhaitons|voulons)\s+plus\s+(?:rien\s+|en\s+)?
            (?:recevoir|être\s+(?:contactée?s?|sollicitée?s?|relancée?s?|démarchée?s?|prospectée?s?|destinataires?)|
            etre\s+(?:contacte|sollicite|demarche|destinataire))"""
        + _NOT_A_CHANNEL,
        ("plus",),
    ),
    (
        r"""(?<![’'])\b(?:arrêtez|arretez|cessez|stoppez|arrêter|arreter|cesser|stopper|arrêtiez|arretiez|cessiez)\s+
            (?:(?:d[ée]sormais\s+|dor[ée]navant\s+|donc\s+|maintenant\s+)?de\s+(?:m['’]|m\s+(?=[aeéèêiou])|me\s|nous\s)|vos\s+(?:relances|mails|e-?mails|messages|sollicitations|courriels|
            envois(?!\s+(?:papier|imprimés?)\b(?!\s*,?\s*(?:ni|ou|et|non\s+plus)\b))))"""
        + _NOT_A_CHANNEL,
        ("arr", "cess", "stopp"),
    ),
    # "Je souhaite cesser toute correspondance avec votre cabinet", "nous vous demandons de mettre fin à tout envoi":
    # the author's own wish to end the mail, said without "me" (with "merci de", a relay frame may make it another's)
    (
        r"""\b(?:je\s+(?:souhaite|voudrais|veux|vous\s+demande\s+de|vous\s+prie\s+de)|nous\s+(?:souhaitons|voudrions|
            vous\s+demandons\s+de))\s+(?:cesser|arr[êe]ter|mettre\s+fin\s+[àa])\s+
            (?:tout(?:e|es)?|les|nos)\s+(?:correspondances?|[ée]changes|envois?|sollicitations?|relances|
            prises?\s+de\s+contact)\b(?!\s+(?:papier|imprim))"""
        + _NOT_A_CHANNEL,
        ("cess", "arr", "mettre fin"),
    ),
    # "là STOP les relances tous les 3 jours", "stop aux mails": the word and what it stops
    (
        r"""\bstop\s+(?:(?:les|vos|ces|tes|aux|à|a)\s+)(?:relances|mails|e-?mails|messages|courriels|sollicitations|
            envois(?!\s+(?:papier|imprimés?)\b))\b"""
        + _NOT_A_CHANNEL,
        ("stop",),
    ),
    # "Stop svp, j'ai déjà dit non à votre collègue": the word first, asked politely, then why
    (
        r"""^[^\S\n]*stop(?:[^\S\n]+(?:svp|stp|s['’]il\s+vous\s+pla[iî]t|please|pls|plz|merci|thanks))+[^\S\n]*[,.;:!]""",
        ("stop",),
    ),
    # "Merci d'arrêter de m'envoyer vos mails", "je vous prie d'arrêter de me relancer": asked, with what to stop (the
    # form above leaves "d'arrêter de m'…" out: "j'ai décidé d'arrêter de m'occuper de ce dossier" tells a story).
    (
        r"""\b(?:merci|je\s+vous\s+(?:remercie|prie|demande)|nous\s+vous\s+(?:remercions|prions|demandons))\s+
            (?:par\s+avance\s+)?d['’]\s*(?:arrêter|arreter)\s+de\s+(?:m['’]\s*|me\s+|nous\s+)
            (?:envoyer|écrire|ecrire|contacter|recontacter|relancer|solliciter|adresser|démarcher|demarcher|appeler)\b"""
        + _NOT_A_CHANNEL,
        ("arr",),
    ),
    (r"\bma\s+(?:désinscription|desinscription|radiation)\b", ("inscription", "radiation")),
    (
        r"\bje\s+me\s+(?:désinscris|desinscris|désabonne|desabonne|retire\s+de\s+vos\s+listes)\b"
        r"(?!\s+(?:du|de\s+la|de\s+l['’]|des|de|à|a|au|aux)\s*(?:[\w«»\"'’-]+\s+){0,2}?" + _EVENT + r"\b)",
        ("inscri", "abonne", "retire"),
    ),
    (
        r"""\b(?:souhaite|souhaitons|veux|voudrais|voulons|désire|desire|préfère|prefere|préférerais|prefererais)\s+
            (?:(?:surtout|simplement|juste|seulement|vraiment|désormais|desormais|dorénavant|dorenavant|donc|maintenant)\s+)?
            ne\s+plus\s+(?:recevoir|être\s+(?:contacté|sollicité|relancé)|etre\s+(?:contacte|sollicite|relance))"""
        + _NOT_A_CHANNEL,
        ("plus",),
    ),
    (
        r"\b(?:me|nous)\s+(?:désinscrire|desinscrire|désabonner|desabonner)\b"
        r"(?!\s+(?:du|de\s+la|de\s+l['’]|des|de|à|a|au|aux)\s*(?:\w+\s+){0,2}?" + _EVENT + r"\b)"
        # a contract's option or a payment plan: "me désinscrire du programme de versements libres"
        r"(?!\s+(?:du|de\s+la|de\s+l['’]|des|de)\s*(?:option|garantie|programme|versements?|pr[ée]l[èe]vements?|contrat))",
        ("inscrire", "abonner"),
    ),
    # "Inutile de me relancer à l'avenir", "pas la peine de nous relancer une troisième fois": a follow-up said
    # needless from now on; not "inutile de me relancer avant mars", nor "pas besoin de relancer, j'ai bien lu".
    (
        r"""\b(?:inutile|pas\s+la\s+peine|pas\s+besoin|plus\s+la\s+peine|plus\s+besoin)\s+de\s+(?:me|nous)\s+
            (?:relancer|recontacter|solliciter|réécrire|reecrire)\s+
            (?:à\s+l['’]\s*avenir|a\s+l['’]\s*avenir|désormais|desormais|dorénavant|dorenavant|encore|de\s+nouveau|
            une\s+(?:nouvelle|autre|\w+i[èe]me)\s+fois)\b""",
        ("inutile", "peine", "besoin"),
    ),
    (
        r"""\bcess(?:er|ez)\s+(?:imm[ée]diatement(?=\s*[.!]|\s*$|\s+(?:de\s+m['’](?:écrire|ecrire|envoyer)|vos|ces|toute|tout))|toute\s+(?:communication|sollicitation|relance|prospection)|ces\s+envois|tout\s+(?:envoi|message|courriel|contact)|
            (?:tous\s+)?(?:les|vos)\s+envois(?!\s+(?:papier|postaux|par\s+courrier|imprim))|
            vos\s+(?:appels|démarchages?|demarchages?|prospections?))""",
        ("cess",),
    ),
    (
        r"""\bjamais\s+(?:(?:demandé|demande|accepté|accepte)\s+(?:à|a|de)\s+(?:recevoir|être\s+contacté|etre\s+contacte)|
            été\s+inscrite?|ete\s+inscrite?|inscrite?|souscrit|abonnée?|donné\s+mon\s+accord|donne\s+mon\s+accord)\b""",
        ("jamais",),
    ),
    # "Merci de retirer l'adresse de la mairie de vos fichiers", "retirer l'ensemble des adresses @ville.fr de vos
    # listes": addresses, not "me", taken off the sender's lists (a domain's dots end no sentence).
    (
        r"""\b(?:retirer|supprimer|effacer|enlever|rayer|retirez|supprimez|effacez|enlevez|rayez)\s+(?:l['’]\s*adresse|
            (?:notre|cette|mon|nos|ces|les|toutes\s+(?:les|nos)|l['’]\s*ensemble\s+(?:des|de\s+nos))\s+
            (?:adresses?|e-?mails?|courriels?|coordonnées|coordonnees|contacts?|noms?))\b(?:[^.!?\n]|\.(?=\w)){0,60}?
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
        r"""\b(?:je|nous)\s+(?:m['’]\s*|nous\s+)oppos(?:e|ons)\s+(?:à|a|au|aux)\s+(?:tout\s+|toute\s+|le\s+|la\s+|leur\s+)?
            (?:(?:traitement|utilisation)
                # of the author's data, or said alone; not "au traitement proposé dans votre note"
                (?=\s*[.!;]|\s*$|[^.!?\n]{0,60}\b(?:données|donnees|coordonnées|coordonnees|prospection|commercia|marketing|
                    rgpd|article))
            |prospection|sollicitation|démarchage|demarchage|envoi)""",
        ("oppos",),
    ),
    # Generalised forms (2026-12-01), each under the same guards.
    # "Je me suis désinscrit le mois dernier et je reçois toujours vos mails": the stop was asked, and ignored.
    (
        r"""\b(?:désinscrit|desinscrit|désabonné|desabonne|désabonnée|desabonnee|désinscrite|desinscrite|demandé\s+à\s+être\s+retirée?)s?\b
            [^.!?\n]{0,60}?\b(?:toujours|encore|continue|continuez|continuent)\b[^.!?\n]{0,25}?\b(?:re[çc]ois|re[çc]evoir|re[çc]evons|envoyer|écrire|ecrire|relancer)""",
        ("toujours", "encore", "continu"),
    ),
    # "Je me suis désabonnée via votre lien il y a un mois": an opt-out already made, restated.
    (
        r"""\b(?:je\s+me\s+suis|nous\s+nous\s+sommes|on\s+s['’]est)\s+(?:déjà\s+|deja\s+)?(?:désabonn|desabonn|désinscri|desinscri)\w*
            (?![^.!?\n]{0,60}\b(?:erreur|mégarde|megarde|mais|pourtant|cependant|aimerais|voudrais|souhaite|regrette))""",
        ("abonn", "inscri"),
    ),
    # "Merci de m'épargner les prochains envois", "épargnez-moi vos relances".
    (
        r"""\b(?:m['’]\s*|nous\s+)?épargner\s+(?:vos|les|ces|de\s+nouveaux|d['’]autres|tout\s+autre|toute\s+autre)\s+
            (?:prochains?\s+|futurs?\s+)?(?:envois|mails|e-?mails|messages|relances|courriels|sollicitations|newsletters)|
            \bépargnez[\s-](?:moi|nous)\s+(?:vos|les|ces|de\s+nouveaux|d['’]autres)\s+(?:prochains?\s+|futurs?\s+)?
            (?:envois|mails|e-?mails|messages|relances|courriels|sollicitations)""",
        ("épargn",),
    ),
    # "Rayez-nous de vos listes", "désinscrivez-nous", "sortez-moi de votre base", "stp enlève moi de ta liste".
    (
        r"""\b(?:retirez|supprimez|enlevez|effacez|rayez|désinscrivez|desinscrivez|désabonnez|desabonnez|oubliez|sortez|radiez)[\s-]+nous\b
            (?!\s+(?:de|des|du)\s+(?:la\s+|cette\s+)?(?:liste\s+(?:d['’]attente|des\s+(?:invités|invites|participants))|boucle|copie|conversation|
            fil\b|invitation|réunion|reunion|webinaire))""",
        ("retirez", "supprimez", "enlevez", "effacez", "rayez", "inscrivez", "abonnez", "oubliez", "sortez", "radiez"),
    ),
    (
        r"""\b(?:sortez|virez|enl[eè]ve|retire|supprime|sors|vire|raye|efface|désinscris|desinscris|désabonne|desabonne)[\s-]+(?:moi|nous)\s+
            (?:de|des|du)\s+(?:(?:ta|tes|ton|vos|votre|la|les|ce|cette|tous\s+vos|toutes\s+vos)\s+)?(?:listes?|fichiers?|contacts|bases?|mailing|
            diffusion|envois|destinataires|newsletters?|prospection|crm)\b""",
        ("sortez", "enlève", "enleve", "retire", "supprime", "sors", "vire", "raye", "efface", "inscris", "abonne"),
    ),
    # "Merci de m'oublier", "laissez-moi tranquille".
    (r"\bm['’]\s*oublier\b", ("oublier",)),
    (r"\blaisse[zr]?[\s-]+(?:moi|nous)\s+tranquilles?\b" + _FOR_A_WHILE, ("tranquille",)),
    # "Plus de mails svp", "Plus de relances, merci !".
    (
        r"""(?:^|[.!?]\s+)plus\s+(?:de|d['’])\s*(?:mails?|e-?mails?|messages?|relances?|courriels?|sollicitations?|envois)\b
            (?=\s*(?:,?\s*(?:svp|stp|s\.v\.p\.?|merci|s['’]il\s+vous\s+pla[iî]t|pitié|please))*\s*[.!]*\s*$)""",
        ("plus",),
    ),
    # "Stop aux relances", "stop à vos mails".
    (
        r"""\bstop\s+(?:aux|à\s+vos|a\s+vos|à\s+ces|a\s+ces|avec\s+vos)\s+(?:relances|mails|e-?mails|messages|envois|sollicitations|courriels|spams?)""",
        ("stop",),
    ),
    # "je veux plus recevoir vos mails" (the "ne" dropped, as people write).
    (r"\bje\s+veux\s+plus\s+(?:rien\s+)?recevoir\b", ("plus",)),
    # "Je ne souhaite pas être recontacté", "merci de ne pas me relancer"; not "pas avant mars".
    (
        r"""\b(?:ne|n['’])\s*(?:souhaite|veux|désire|desire|souhaitons|voulons)\s+pas\s+(?:être|etre)\s+
            (?:re)?(?:contacté|contacte|sollicité|sollicite|démarché|demarche|relancé|relance|prospecté|prospecte)e?s?\b
            (?![^.!?\n]{0,30}(?:avant|d['’]ici|jusqu|pour\s+le\s+moment|pour\s+l['’]instant|cette\s+année|ce\s+mois|en\s+ce\s+moment|
            maintenant|tout\s+de\s+suite|par\s+t[ée]l[ée]phone|au\s+t[ée]l[ée]phone))""",
        ("contact", "sollicit", "marché", "marche", "relanc", "prospect"),
    ),
    (
        r"""\bne\s+(?:pas|jamais)\s+(?:me|nous)\s+(?:recontacter|contacter|relancer|solliciter|écrire|ecrire|démarcher|demarcher)\b
            (?![^.!?\n]{0,30}(?:avant|d['’]ici|jusqu|pour\s+le\s+moment|pour\s+l['’]instant|cette\s+année|ce\s+mois|en\s+ce\s+moment|
            maintenant|tout\s+de\s+suite|par\s+t[ée]l[ée]phone|au\s+t[ée]l[ée]phone|sur\s+(?:mon|ce)\s+(?:portable|num)))""",
        ("contacter", "relancer", "solliciter", "crire", "marcher"),
    ),
    # A complaint that an earlier request was ignored: "j'ai déjà répondu STOP", "je vous ai déjà demandé de me rayer".
    (
        r"""\b(?:déjà|deja|plusieurs\s+fois|deux\s+fois|trois\s+fois|à\s+maintes\s+reprises|a\s+maintes\s+reprises)\b[^.!?\n]{0,30}?
            \b(?:demandé|demande|répondu|repondu|dit|écrit|ecrit|signalé|signale)\b[^.!?\n]{0,25}?
            (?:retir|désinscri|desinscri|désabonn|desabonn|radi|supprim|effac|rayer|["'«“]?\s*stop\b|ne\s+plus\s+(?:être|etre|recevoir|me|nous))
            (?![^.!?\n]{0,30}\b(?:erreur|par\s+mégarde|par\s+megarde))""",
        ("déjà", "deja", "fois", "reprises"),
    ),
    # "Je n'ai jamais consenti", "sans mon consentement".
    (
        r"""\b(?:jamais|pas)\s+(?:consenti|donné\s+(?:mon|notre)\s+(?:consentement|accord)|donne\s+(?:mon|notre)\s+(?:consentement|accord))\b|
            \bsans\s+(?:mon|notre)\s+(?:consentement|accord)\b""",
        ("consent", "mon accord", "notre accord"),
    ),
    # "D'où tenez-vous mon adresse ? Effacez-la", "merci de la retirer de vos fichiers".
    (
        r"""\b(?:mon\s+adresse|mes\s+(?:coordonnées|coordonnees|données|donnees)|notre\s+adresse|cette\s+adresse)\b[^\n]{0,80}?
            \b(?:effacez|supprimez|retirez|enlevez)[\s-]+l(?:a|es)\b""",
        ("effac", "supprim", "retir", "enlev"),
    ),
    (
        r"""\b(?:la|les)\s+(?:retirer|supprimer|effacer|enlever|rayer)\s+(?:de|des)\s+(?:vos|votre|tous\s+vos|toutes\s+vos)\s+
            (?:fichiers?|listes?|bases?|contacts|mailings?|envois|diffusions?|destinataires)\b""",
        ("retirer", "supprimer", "effacer", "enlever", "rayer"),
    ),
    # "Oubliez mon adresse.", "Je ne suis plus intéressé par vos messages, merci de cesser."
    (
        r"""\boubliez[\s-](?:mon\s+adresse|mes\s+coordonn[ée]es|mon\s+(?:e-?mail|mail|courriel|num[ée]ro))(?!\s+(?:pr[ée]c[ée]dente|
            ancienne|perso|personnelle|professionnelle))\s*(?:,?\s*(?:merci|svp|s['’]il\s+vous\s+pla[iî]t)\b)?\s*(?:[.!]|$)|
            \bne\s+suis\s+plus\s+int[ée]ress[ée]e?s?\s+par\s+vos\s+(?:messages|mails|e-?mails|courriels|envois|newsletters?|offres)""",
        ("oubliez", "plus"),
    ),
    (r"\b(?:merci\s+de|veuillez|je\s+vous\s+prie\s+de)\s+cesser\s*(?:[.!]|$)", ("cess",)),
    # "Plus de mails à cette adresse s'il vous plaît.": the request in three words, with its politeness or its stop
    (
        r"""(?:^|(?<=[.!?]\s))plus\s+(?:de\s+|d['’]\s*)(?:mails?|e-?mails?|courriels?|messages?|relances?|envois?)\b
            (?:\s+(?:[àa]|sur)\s+cette\s+adresse)?\s*(?:,?\s*(?:svp|stp|s['’]il\s+vous\s+pla[iî]t|merci)\b|\s*!|\s*$)
            # not a channel changed: "plus de mails svp, envoyez plutôt un courrier"
            (?![^.!?\n]{0,60}\b(?:plut[ôo]t|par\s+(?:courrier|la\s+poste|t[ée]l[ée]phone)|appelez|t[ée]l[ée]phonez))""",
        ("plus",),
    ),
    # "Nous n'acceptons aucune sollicitation commerciale", "je refuse ce démarchage".
    (
        r"""\b(?:n['’]acceptons|n['’]accepte|refusons|refuse)\s+(?:pas\s+(?:de\s+|les\s+)?|aucune?\s+|tout\s+|toute\s+|ce\s+|ces\s+|le\s+|les\s+|de\s+recevoir\s+)?
            (?:démarchage|demarchage|sollicitations?|prospection|e-?mails?\s+(?:commerciaux|non\s+sollicités)|courriels?\s+(?:commerciaux|non\s+sollicités)|vos\s+(?:mails|messages|e-?mails))
            (?!\s+(?:t[ée]l[ée]phoniques?|par\s+t[ée]l[ée]phone|au\s+t[ée]l[ée]phone))""",
        ("accept", "refus"),
    ),
    # "Je vais signaler vos mails comme spam", "plainte à la CNIL": the author complains, not a filter.
    (
        r"""\b(?:je|j['’]|nous)\s*(?:vais\s+|allons\s+|ai\s+|avons\s+)?(?:vous\s+|les\s+|vos\s+\w+\s+)?
            (?:signaler|signale|signalerai|signalé|signalons|signalerons)\b[^.!?\n]{0,35}?(?<!non[\s-])(?<!pas\s)
            \b(?:cnil|spams?|indésirables?|indesirables?|signal[\s-]spam)\b(?![^.!?\n]{0,30}\b(?:erreur|par\s+mégarde|par\s+megarde))|
            \b(?:plainte\s+(?:à|a|auprès\s+de|aupres\s+de)\s+la\s+cnil|saisi(?:r|rai|s|rons)\s+la\s+cnil)\b""",
        ("signal", "plainte", "cnil"),
    ),
    # "Désinscription." / "STOP." as a whole sentence, then more.
    (
        r"""(?:^|(?<=[.!?:])\s+)["'«“]?\s*(?:désinscription|desinscription|désinscrivez[\s-]moi|desinscrivez[\s-]moi|désabonnement|desabonnement)
            \s*["'»”]?\s*[.!]""",
        ("inscri", "abonnement"),
    ),
    # "Merci de supprimer contact@chocolaterie.be": an address taken off, not moved nor taken out of a copy.
    (
        r"""\b(?:supprimer|supprimez|retirer|retirez|effacer|effacez|remove|delete|erase)\s+(?:l['’]adresse\s+|the\s+address\s+)?
            [\w.+-]+@[\w-]+\.[\w.-]+(?![^\n]{0,40}\b(?:cc|copie|copy|loop|boucle|thread|fil|conversation|invitation|meeting|réunion|
            reunion|instead|plutôt|plutot|use|utilisez|remplac|replace|nouvelle|new|et\s+(?:ajout|mett|utilis)|and\s+(?:add|use)))""",
        ("supprim", "retir", "effac", "remove", "delete", "erase"),
    ),
    # "Merci de ne plus écrire à cette adresse": the address the author writes from.
    (
        r"\bne\s+plus\s+(?:écrire|ecrire|rien\s+envoyer|envoyer\s+de\s+(?:mails?|messages?|courriels?))\s+(?:à|a)\s+"
        r"cette\s+adresse\b",
        ("plus",),
    ),
    # "… et vous demande leur effacement": the data named before (RGPD article 17).
    (
        r"""\b(?:demande|exige)\s+(?:leur|son)\s+effacement\b""",
        ("effacement",),
    ),
    # "Je demande l'effacement de mes données" (RGPD article 17).
    (
        r"""\b(?:demande|exige|sollicite)\s+(?:l['’]\s*effacement|la\s+suppression)\s+(?:de\s+(?:toutes\s+|l['’]ensemble\s+de\s+)?
            (?:mes|nos)\s+(?:données|donnees|coordonnées|coordonnees|informations)|des\s+(?:données|donnees|coordonnées|coordonnees)\s+(?:me|nous)\s+concernant)""",
        ("effacement", "suppression"),
    ),
    # "Merci de ne plus y envoyer vos offres" (y: the address written to)
    (r"\bne\s+plus\s+(?:rien\s+)?y\s+(?:envoyer|[ée]crire|adresser)\b", ("plus y", "rien y")),
    # "je souhaite ne plus en recevoir", "radier mon adresse", "vous pouvez arreter de menvoyer vos trucs"
    (r"\bsouhaite\s+ne\s+plus\s+(?:en\s+)?recevoir\b" + _NOT_A_CHANNEL, ("ne plus",)),
    (r"\bradie[rz]\s+(?:mon|notre)\s+(?:adresse|nom|e-?mail)\b", ("radie",)),
    # relay_d: "Je ne souhaite plus figurer dans vos fichiers"
    (
        r"\b(?:je|nous)\s+ne\s+(?:souhaite|souhaitons|veux|voulons|désire|desire|désirons|desirons|voudrais)\s+plus\s+"
        r"figurer\s+(?:dans|sur|parmi)\s+(?:vos|votre)\s+(?:fichiers?|listes?|bases?|contacts|annuaires?|destinataires)\b",
        ("figurer",),
    ),
    (r"\barr[êe]te[rz]\s+de\s+m['’]?\s*envoyer\b" + _NOT_A_CHANNEL, ("envoyer",)),
    # The correspondence ended, in the formal French of a letter: "Veuillez cesser toute correspondance", "merci de
    # mettre fin à toute correspondance", "mettre un terme à notre correspondance", "cesser tout échange avec moi",
    # "cesser de correspondre avec moi". The same words follow a relay frame ("Je suis l'assistante de M. Ferrand.
    # Merci de cesser toute correspondance."): they are the author's own only when the reply relays nothing
    # (`_YIELDS_TO_RELAY`).
    (_CORRESPONDENCE_ENDED + _NOT_A_CHANNEL, ("correspond", "cess")),
]
# The team's other correspondents ask in their own words (German, Spanish, Italian, Dutch, Portuguese, Polish, Swedish):
# the plain forms of "take me off your list", "stop sending me", "I no longer want to receive". Lower case only. A
# removal from a copy or a thread ("nehmen Sie mich aus dem CC", "ta bort mig från kopian") is no opt-out.
_NOT_A_COPY = (
    r"(?![^.!?\n]{0,30}\b(?:cc|kopie|kopian|kopia|copia|cópia|copie|thread|wątku|watku|tråden|traden|conversa|"
    r"conversación|conversacion|conversazione|gesprek|unterhaltung|verlauf)\b)"
)
# "Löschen Sie meine Daten aus dem Entwurf": out of a document or a list of guests, not out of the mail.
_NOT_A_DOCUMENT_DE = (
    r"(?![^.!?\n]{0,30}\b(?:entwurf|entwurfs|angebot|angebots|vertrag|vertrags|vertragsentwurf|dokument|dokuments|"
    r"protokoll|protokolls|bericht|berichts|präsentation|praesentation|anhang|anlage|signatur|formular|antrag|"
    r"unterlagen|gästeliste|gaesteliste|teilnehmerliste|einladung|organigramm|website|webseite)\b)"
)
# What follows "non mandatemi più" / "no me manden más" when the author means a thing sent, not the messages: an
# article, then a noun that is not the mail ("gli estratti cartacei", "los extractos en papel").
_MAIL_NOUNS = (
    r"e-?mails?|mails?|messaggi|mensajes|newsletters?|comunicazioni|comunicaciones|offerte|ofertas|inviti|"
    r"invitaciones|pubblicit|publicidad|proposte|propuestas|promozioni|promociones|correos?|informazioni|"
    r"informaciones|notizie|novedades|aggiornamenti"
)
_IT_OTHER_THING = (  # a possessive before the noun is passed over, never taken for it ("le vostre newsletter")
    r"(?!\s+(?:gli|le|i|il|lo|la|l['’]|questi|queste|quegli|quelle)\s*"
    rf"(?:(?:vostr[aeio]|su[aeo]|suoi|loro|altr[aei]|ulteriori)\s+)?+(?!(?:{_MAIL_NOUNS})\b)[^\W\d_])"
)
_ES_OTHER_THING = (
    r"(?!\s+(?:(?:los|las|el|la|estos|estas|esos|esas)\s+(?:(?:sus|vuestr[ao]s|otr[ao]s)\s+)?+|(?:sus|su|vuestr[ao]s)\s+)"
    rf"(?!(?:{_MAIL_NOUNS})\b)[^\W\d_])"
)
# The mail in German, as the object of "keine … mehr erhalten" ("keine Werbung", "keine Newsletter"; not "keine
# Papierauszüge").
_DE_MAIL_NOUNS = (
    r"(?:e-?mails?|mails|nachrichten|werbung|zusendungen|newsletter|angebote|einladungen|mailings?|\w*mails|"
    r"\w*werbung|informationen|infos|post|korrespondenz|kontaktaufnahmen?|anrufe)"
)
_EU = [
    # cs, sk: "Odhlaste mě prosím", "už mi nepište", "vyřaďte mě z databáze", "odhláste ma", "nepíšte mi"
    (
        r"""\bodhl[aá](?:ste|sit|siť)\s+(?:m[ěe]|ma|n[áa]s)\b|\b(?:u[žz]\s+)?mi\s+nep[ií][šs]te\b|\bnep[ií][šs]te\s+mi\b|
            \bvy[řr]a[ďd]te\s+(?:m[ěe]|ma)\b|\bvyma[žz]te\s+(?:m[ěe]|ma|moju\s+adresu|mou\s+adresu)\b""",
        ("odhl", "nep", "vyřa", "vyra", "vyma"),
    ),
    # hu: "leiratkozom", "töröljenek a levelezési listájukról", "többet ne keressenek", "ne írjanak"
    (
        r"""\bleiratkoz(?:om|unk|tatn)\w*|\bt[öo]r[öo]ljenek\s+(?:a\s+|az\s+)?(?:\w+\s+){0,2}?\w*list[áa]j|
            \bne\s+keressenek\b|\bne\s+[íi]rjanak\b""",
        ("leiratkoz", "ljenek", "keressenek", "rjanak"),
    ),
    # ro: "vă rog să mă dezabonați", "dezabonare", "nu mai doresc să primesc e-mailuri", "ștergeți-mă din listă"
    (
        r"""(?<!\bnu\s)\bm[ăa]\s+dezabona[țţt]i\b|\bdezabona[țţt]i[\s-]m[ăa]\b|
            \bnu\s+mai\s+doresc\s+s[ăa]\s+primesc\s+(?:\w+\s+){0,2}?(?:e-?mail\w*|mesaje|newsletter\w*)|
            \b(?:[șşs]terge[țţt]i|scoate[țţt]i|elimina[țţt]i)[\s-]m[ăa]\s+(?:din|de\s+pe)\s+(?:lista|baza)""",
        ("dezabon", "doresc", "terge", "scoate", "elimina"),
    ),
    # tr: "beni e-posta listenizden çıkarın", "aboneliğinizden çıkmak istiyorum", "bana e-posta göndermeyin"
    # (a dotless ı in the text sends it to the case-insensitive patterns, where "i" matches it)
    (
        r"""\b(?:beni|adresimi|e-?posta\s+adresimi)\s+(?:\w+\s+){0,3}?(?:listenizden|listeden|listelerinizden)\s+[çc]ikar\w*|
            \babonel\w*\s+[çc]ik(?:mak|ar|arin|tim)\w*|\bbana\s+(?:bir\s+daha\s+|artik\s+)?(?:e-?posta|mail|ileti)\w*\s+g[öo]ndermeyin""",
        ("listenizden", "listeden", "listelerinizden", "abonel", "ndermeyin"),
    ),
    # zh: "退订" (the word Chinese senders ask for), "以後請不要再寄任何產品推介給我", "停止发送", "从名单中删除"
    (
        r"""退订|退訂|取消订阅|取消訂閱|(?:不要|勿|别|別)再(?:发|發|寄|传|傳|推送)|(?:停止|暂停|暫停)(?:发送|發送|寄送|推送)|
            (?:从|從)[^。！？\n]{0,8}(?:名单|名單|列表|邮件列表|郵件列表)中?(?:删除|刪除|移除)""",
        ("退订", "退訂", "订阅", "訂閱", "再", "停止", "暂停", "暫停", "删除", "刪除", "移除"),
    ),
    # ja: "配信を停止していただけますでしょうか", "今後のご案内メールは不要です", "配信解除"
    (
        r"配信(?:を)?(?:停止|解除|中止)|(?:今後|以後)[^。\n]{0,20}?(?:メール|ご案内|案内)[^。\n]{0,10}?(?:不要|結構|お断り)",
        ("配信", "今後", "以後"),
    ),
    # ko: "수신 거부", "더 이상 메일을 보내지 마세요", "발송을 중단해 주세요"
    (
        r"수신\s*거부|구독\s*(?:취소|해지)|발송(?:을)?\s*중단|더\s*이상\s*(?:메일|이메일|안내)(?:을|를)?\s*보내지",
        ("수신", "구독", "발송", "이상"),
    ),
    # ar: "أرجو عدم إرسال هذه النشرات لي مستقبلاً، وإزالة بريدي من القائمة", "إلغاء الاشتراك"
    (
        r"عدم\s+إرسال|(?:إزالة|ازالة|حذف)\s+(?:بريدي|عنواني|اسمي)|(?:إلغاء|الغاء)\s+(?:ال)?اشتراك|(?:أوقفوا|اوقفوا|توقفوا\s+عن)\s+(?:إرسال|ارسال)",
        ("إرسال", "إزالة", "ازالة", "حذف", "إلغاء", "الغاء", "أوقفوا", "اوقفوا", "توقفوا"),
    ),
    # fr: "le lien « Se désinscrire » renvoie vers une page d'erreur", "votre lien de désabonnement ne marche pas":
    # whoever says so clicked it to leave (R8), as "your unsubscribe link doesn't work"; not another sender's ("leur
    # lien « se désabonner » renvoie vers une page d'erreur", asked about another bank's mail)
    (
        r"""(?<!\bleur\s)(?<!\bleurs\s)(?<!\btheir\s)\b(?:lien|bouton)\s+(?:de\s+|du\s+|«\s*|"\s*)?(?:se\s+)?(?:désinscri|desinscri|désabonn|desabonn)\w*\s*(?:»|")?
            [^.!?\n]{0,40}?\b(?:ne\s+(?:fonctionne|marche)\s+pas|renvoie\s+(?:vers|sur)\s+une\s+(?:page\s+d['’])?erreur|
            (?:mène|mene|aboutit)\s+(?:à\s+une\s+(?:page\s+d['’])?erreur|nulle\s+part)|est\s+(?:cassé|casse|mort|inactif)|
            (?:donne|affiche)\s+une\s+erreur|erreur\s+404|404)""",
        ("inscri", "abonn"),
    ),
    # de: "Bitte nehmen Sie mich aus Ihrem Verteiler", "löschen Sie meine Adresse", "keine E-Mails mehr", "melden Sie
    # mich ab", "ich möchte keine Werbung mehr erhalten"
    (
        r"""\b(?:streichen|entfernen|löschen|loeschen|nehmen|tragen)\s+sie\s+
            (?:mich|uns|meine\s+(?:e-?mail-?adresse|adresse|daten|kontaktdaten))\s+(?:bitte\s+)?
            (?:aus|von|\w*\s*(?:verteiler|liste|datenbank))"""
        + _NOT_A_COPY
        + _NOT_A_DOCUMENT_DE,
        ("streichen", "entfernen", "löschen", "loeschen", "nehmen", "tragen"),
    ),
    (r"\bmelden\s+sie\s+(?:mich|uns)\s+(?:bitte\s+)?(?:\w+\s+){0,3}?ab\b", ("melden",)),
    # "Bitte kontaktieren Sie mich nicht mehr", "löschen Sie meine Daten"
    (
        r"\b(?:kontaktieren|schreiben|mailen|anschreiben|belästigen|belaestigen)\s+sie\s+(?:mich|uns)\s+(?:bitte\s+)?"
        r"(?:nicht\s+mehr|nie\s+wieder)\b|\b(?:löschen|loeschen)\s+sie\s+(?:bitte\s+)?(?:alle\s+)?meine\s+"
        r"(?:persönlichen\s+|persoenlichen\s+)?daten\b" + _NOT_A_DOCUMENT_DE,
        ("kontaktieren", "schreiben", "mailen", "belästigen", "belaestigen", "löschen", "loeschen"),
    ),
    (
        r"\bkeine\s+(?:weiteren\s+)?(?:e-?mails?|mails|nachrichten|werbung|zusendungen|newsletter|angebote)\s+mehr\b",
        ("keine",),
    ),
    (
        r"\b(?:ich|wir)\s+(?:möchte|moechte|möchten|moechten|will|wollen)\s+(?:nicht\s+mehr\s+(?:\w+\s+){0,3}?|"
        rf"keine\s+(?:[\w-]+\s+){{0,2}}?{_DE_MAIL_NOUNS}\s+(?:[\w-]+\s+){{0,3}}?)"
        r"(?:erhalten|bekommen|kontaktiert|angeschrieben)",
        ("möcht", "moecht", "ich will", "wir will", "wollen"),
    ),
    # "(ich bin … nicht interessiert und) möchte künftig auch keine Einladungen oder Newsletter mehr von Ihnen
    # erhalten": the mail named between "keine" and "mehr", the wish said without its subject
    (
        r"\b(?:möchte|moechte|möchten|moechten|will|wollen|wünsche|wuensche)\s+(?:\w+\s+){0,3}?keine\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_DE_MAIL_NOUNS}\s+(?:[\w-]+\s+){{0,2}}?mehr\s+(?:[\w-]+\s+){{0,3}}?"
        r"(?:erhalten|bekommen|zugeschickt|zugesandt|zugestellt)\b",
        ("keine",),
    ),
    # es: "elimínenme de su lista", "borren mi correo de su base", "darme de baja", "no deseo recibir más", "dejen de
    # enviarme"
    (
        r"""(?:\b(?:elimínenme|eliminenme|bórrenme|borrenme|quítenme|quitenme|sáquenme|saquenme|elimíname|eliminame|
            bórrame|borrame)\s+de\b|\b(?:eliminen|borren|quiten|saquen|eliminar|borrar|quitar)\s+mi\s+
            (?:correo|dirección|direccion|email|e-mail|contacto)\b)"""
        + _NOT_A_COPY,
        ("elimin", "elimín", "borr", "bórr", "quit", "quít", "saqu", "sáqu"),
    ),
    (
        r"\b(?:darme|darnos|denme|dénme)\s+de\s+baja\b|\bden\s+de\s+baja\s+mi\b"
        # relay_d: "les agradecería que me dieran de baja", "que me den de baja"
        r"|\bque\s+(?:me|nos)\s+(?:den|dieran|diesen)\s+de\s+baja\b",
        ("baja",),
    ),
    (
        r"\bno\s+(?:deseo|quiero|deseamos|queremos)\s+(?:seguir\s+)?(?:recibir|recibiendo)\s+(?:más|mas|sus|ningún|"
        r"ningun|estos|estas|correos|e-?mails|mensajes|ofertas|publicidad)",
        ("recibir", "recibiendo"),
    ),
    (r"\bdejen\s+de\s+(?:enviarme|escribirme|contactarme|mandarme|enviarnos|escribirnos|contactarnos)\b", ("dejen",)),
    # "les ruego que no vuelvan a escribirme", "no me vuelvan a contactar", "no me escriban más"
    (
        r"\bno\s+(?:vuelvan|vuelva)\s+a\s+(?:escribirme|contactarme|enviarme|mandarme|llamarme|molestarme|escribirnos|"
        r"contactarnos)\b|\bno\s+(?:me|nos)\s+(?:vuelvan|vuelva)\s+a\s+(?:escribir|contactar|enviar|mandar|llamar|molestar)\b|"
        r"\bno\s+(?:me|nos)\s+(?:escriban|contacten|manden|envíen|envien|escriba|contacte)\s+(?:más|mas)\b"
        # "no me manden más cartas en papel": the post, not the mail
        r"(?!\s+(?:tarde|de|del|que))(?![^.!?\n]{0,30}\b(?:papel|postal|cartas)\b)" + _ES_OTHER_THING,
        ("vuelva", "escriban", "contacten", "manden", "envíen", "envien", "escriba ", "contacte "),
    ),
    # it: "cancellatemi dalla lista", "rimuovete il mio indirizzo", "non desidero più ricevere", "smettete di scrivermi"
    (
        r"""(?:\b(?:cancellatemi|rimuovetemi|toglietemi|eliminatemi)\b|
            \b(?:cancellate|rimuovete|togliete|eliminate|cancellare|rimuovere|togliere|eliminare)\s+
            (?:il\s+mio\s+(?:indirizzo|contatto|nominativo|e-?mail)|i\s+miei\s+(?:dati|recapiti|contatti))\b)"""
        + _NOT_A_COPY,
        ("cancella", "rimuove", "toglie", "elimina"),
    ),
    (r"\bnon\s+(?:desidero|voglio|desideriamo|vogliamo)\s+(?:più|piu)\s+ricevere\b", ("ricevere",)),
    (r"\bsmettete\s+di\s+(?:scrivermi|contattarmi|inviarmi|mandarmi|scriverci|contattarci)\b", ("smettete",)),
    # "di non contattarmi più", "non scrivetemi più", "non mi mandate più niente"
    (
        r"\bnon\s+(?:(?:contattarmi|scrivermi|inviarmi|mandarmi|contattarci|scriverci|disturbarmi)|"
        r"(?:contattatemi|scrivetemi|mandatemi|inviatemi)|mi\s+(?:contattate|scrivete|mandate|inviate))\s+(?:più|piu)\b"
        r"(?!\s+(?:tardi|presto|spesso|di\b|del\b|della\b|delle\b|dei\b|volte|avanti|tardo))" + _IT_OTHER_THING,
        # "non mandatemi più gli estratti cartacei": a thing they no longer want sent, not the mail
        ("contatt", "scriver", "scrivet", "inviar", "inviat", "mandar", "mandat", "disturb"),
    ),
    (
        r"\bdisiscrivetemi\b|\bvorrei\s+(?:essere\s+)?(?:disiscrivermi|disiscritt[oa]|cancellat[oa]|rimoss[oa])\b",
        ("disiscri", "vorrei"),
    ),
    # nl: "verwijder mij uit uw bestand", "schrijf mij uit", "ik wil geen e-mails meer ontvangen"
    (
        r"\b(?:verwijder|verwijdert|schrap)\s+(?:mij|me|ons|mijn\s+(?:e-?mailadres|adres|gegevens))\s+(?:\w+\s+){0,2}?"
        r"(?:uit|van)\b" + _NOT_A_COPY,
        ("verwijder", "schrap"),
    ),
    (r"\b(?:schrijf|meld)\s+(?:mij|me|ons)\s+(?:a\.?u\.?b\.?\s+)?(?:uit|af)\b", ("schrijf", "meld")),
    # "Wilt u mij uitschrijven voor dit kwartaalbericht?", "Graag afmelden", "ik wil mij afmelden"
    (r"\b(?:mij|me|ons)\s+(?:graag\s+|a\.?u\.?b\.?\s+)?(?:uitschrijven|afmelden)\b", ("uitschrij", "afmeld")),
    (
        r"\b(?:mij|me|ons|mijn\s+(?:e-?mail)?adres|mijn\s+gegevens)\s+(?:\w+\s+){0,2}?(?:uit|van)\s+(?:al\s+|alle\s+)?(?:uw|jullie|de|het)\s+"
        r"\w*(?:lijst|bestand|database)\w*\s+"
        r"te\s+(?:verwijderen|schrappen|halen)\b",
        ("verwijderen", "schrappen", "halen"),
    ),
    # af: "Verwyder my asseblief van julle poslys", "haal my van u lys af"
    (
        r"\b(?:verwyder|haal)\s+(?:my|ons)\s+(?:asseblief\s+)?(?:van|uit)\s+(?:julle|u|jul|die)\s+\w*(?:lys|databasis)\b",
        ("verwyder", "haal"),
    ),
    # hi (in Latin letters, as Indian correspondents write it): "Kripya mujhe is mailing list se hata dein"
    (r"\b(?:mailing\s+list|list|suchi)\s+se\s+(?:hata|nikal)\s*(?:dein|do|dijiye|dijie|de)\b", ("hata", "nikal")),
    (
        r"\b(?:ik|wij|we)\s+(?:wil(?:len)?|wens(?:en)?)\s+(?:\w+\s+){0,3}?(?:geen\s+(?:\w+\s+){0,2}?(?:e-?mails?|mails|berichten|nieuwsbrieven)\s+"
        r"(?:meer|(?:\w+\s+)?ontvangen)|niet\s+langer\s+(?:\w+\s+){0,2}?(?:e-?mails?|mails|berichten|nieuwsbrieven))\b",
        ("ik wil", "wij wil", "we wil", "ik wens", "wij wens", "we wens"),
    ),
    # da / no: "venligst afmeld mig", "fjern mig fra jeres liste", "meld meg av", "jeg ønsker ikke at modtage flere
    # mails", "jeg ønsker ikke å motta flere e-poster"
    (
        r"\b(?:afmeld|avmeld|frameld)\s+(?:mig|meg|os|oss)\b|\bmeld\s+(?:mig|meg|os|oss)\s+(?:af|av|ud|ut)\b|"
        r"\bfjern\s+(?:mig|meg|os|oss|min\s+(?:e-?mail(?:adresse)?|adresse|e-?post(?:adresse)?))\s+(?:fra|af|av)\b"
        + _NOT_A_COPY,
        ("afmeld", "avmeld", "frameld", "meld mig", "meld meg", "meld os", "meld oss", "fjern"),
    ),
    (
        r"\b(?:jeg|vi)\s+(?:ønsker|onsker|vil)\s+ikke\s+(?:længere\s+|lenger\s+)?(?:at\s+|å\s+|a\s+)?(?:få|modtage|motta|ha)\s+"
        r"(?:\w+\s+){0,2}?(?:post|mails?|e-?mails?|e-?poster?|nyhedsbreve?|nyhetsbrev\w*|markedsbrev\w*|henvendelser|tilbud)\b",
        ("ønsker", "onsker", "vil ikke"),
    ),
    # pt: "removam-me da vossa lista", "remover o meu e-mail", "não quero receber mais e-mails", "descadastrar"
    (
        r"""(?:\b(?:removam|retirem|excluam|apaguem|tirem|remova|retire|exclua)[\s-]+(?:me|nos)\s+d[ao]s?\b|
            \b(?:remover|retirar|excluir|apagar|removam|retirem|excluam|apaguem)\s+o\s+meu\s+
            (?:e-?mail|endereço|endereco|contacto|contato)\b)"""
        + _NOT_A_COPY,
        ("remov", "retir", "exclu", "apag", "tirem"),
    ),
    (
        r"\bn[ãa]o\s+(?:quero|desejo|pretendo|queremos|desejamos)\s+(?:mais\s+)?receber\s+(?:mais\s+)?(?:e-?mails?|"
        r"mensagens|comunicaç|comunicac|ofertas|propostas|newsletters?|correio)",
        ("receber",),
    ),
    (
        r"\bdescadastr\w+|\bcancelar\s+a\s+(?:minha\s+)?(?:subscrição|subscricao|inscrição|inscricao)\b",
        ("descadastr", "cancelar"),
    ),
    (r"\bdeixem\s+de\s+(?:me\s+|nos\s+)?(?:enviar|contactar|contatar|escrever)\b", ("deixem",)),
    # pl: "proszę o usunięcie mojego adresu", "usuńcie mnie z listy", "proszę mnie wypisać", "nie chcę otrzymywać"
    (
        r"\bprosz[ęe]\s+o\s+(?:usuni[ęe]cie|wypisanie|wykre[śs]lenie)\s+(?:mnie|mojego|moich|mojej|naszego|naszych|nas|z\s+)"
        + _NOT_A_COPY,
        ("prosz",),
    ),
    (
        r"\b(?:usu[ńn]cie|usu[ńn]|wypiszcie|wypisz|skre[śs]lcie)\s+(?:mnie|nas|m[óo]j\s+adres)\b"
        + _NOT_A_COPY
        + r"|\bprosz[ęe]\s+(?:mnie\s+)?wypisa[ćc]\b",
        ("usuń", "usun", "wypis", "skre"),
    ),
    (
        r"\bnie\s+(?:chc[ęe]|chcemy|życzę\s+sobie|zycze\s+sobie)\s+(?:\w+\s+){0,2}?(?:otrzymywa[ćc]|dostawa[ćc])\b",
        ("otrzymywa", "dostawa"),
    ),
    # sv: "ta bort mig från era utskick", "avregistrera mig", "sluta skicka", "jag vill inte längre få"
    (
        r"\b(?:ta\s+bort|stryk|radera)\s+(?:mig|oss|min\s+(?:e-?post(?:adress)?|adress|mejladress))\s+(?:från|ur)\b"
        + _NOT_A_COPY,
        ("ta bort", "stryk", "radera"),
    ),
    (r"\bavregistrera\s+(?:mig|oss)\b|\bavsluta\s+(?:min\s+|mitt\s+)?prenumeration", ("avregistrera", "avsluta")),
    (r"\bsluta\s+(?:skicka|mejla|maila|kontakta|ringa)\b", ("sluta",)),
    # fi: "poistakaa minut postituslistaltanne", "en halua enää vastaanottaa uutiskirjeitä" (not the paper ones)
    (r"\bpoistakaa\s+(?:minut|meidät|osoitteeni|sähköpostiosoitteeni)\b" + _NOT_A_COPY, ("poistakaa",)),
    (r"\b(?:en|emme)\s+halua\s+enää\s+(?:vastaanottaa|saada)\b(?![^.!?\n]{0,40}?paperi)", ("halua",)),
    # et: "palun eemaldage mind oma postiloendist", "ma ei soovi enam teie uudiskirju saada"
    (r"\beemaldage\s+(?:mind|meid|minu\s+(?:aadress|e-posti\w*))\b" + _NOT_A_COPY, ("eemaldage",)),
    (r"\b(?:ma|me)\s+ei\s+soovi\s+enam\b(?![^.!?\n]{0,40}?paber)", ("ei soovi",)),
    # lv: "lūdzu, izslēdziet mani no saraksta", "vairs nesūtiet man nekādas vēstules", "nevēlos vairs saņemt"
    (
        r"\b(?:izslēdziet|izdzēsiet|noņemiet|svītrojiet)\s+(?:mani|mūs|manu\s+(?:adresi|e-pastu))\b" + _NOT_A_COPY,
        ("izslēdz", "izdzēs", "noņem", "svītro"),
    ),
    (
        r"(?:\bvairs\s+(?:nesūtiet|nerakstiet)\s+man\b|\b(?:nesūtiet|nerakstiet)\s+man\s+vairs\b|"
        r"\bnevēlos\s+vairs\s+saņemt\b|\bvairs\s+nevēlos\s+saņemt\b)"
        # not the paper statements by post ("vairs nesūtiet man papīra konta izrakstus pa pastu")
        r"(?![^.!?\n]{0,40}?(?:papīr|pa\s+pastu))",
        ("nesūtiet", "nerakstiet", "nevēlos"),
    ),
    # lt: "prašau išbraukti mane iš sąrašo", "daugiau man nerašykite", "nebenoriu gauti"
    (
        r"\b(?:išbraukite|išbraukti|pašalinkite|pašalinti|ištrinkite|ištrinti)\s+(?:mane|mus|mano\s+adresą)\b"
        + _NOT_A_COPY,
        ("išbrauk", "pašalin", "ištrin"),
    ),
    (
        r"(?:\bman\s+(?:ne|nebe)(?:rašykite|siųskite)\b|\b(?:ne|nebe)(?:rašykite|siųskite)\s+man\b|\bnebenoriu\s+gauti\b)"
        r"(?![^.!?\n]{0,40}?(?:popier|paštu))",
        ("rašykite", "siųskite", "nebenoriu"),
    ),
    # is: "vinsamlegast takið mig af póstlistanum", "ég vil ekki fá fleiri fréttabréf"
    (
        r"\btakið\s+(?:mig|okkur)\s+(?:af|út\s+af)\b|\b(?:ég|við)\s+(?:vil|viljum)\s+ekki\s+fá\s+(?:fleiri|meira|fleira)\b",
        ("takið", "ekki fá"),
    ),
    # lb: "huelt mech w.e.g. vun ärer lëscht erof", "ech wëll keng newslettere méi"
    (r"\bhuelt\s+(?:mech|eis)\b[^!?\n]{0,40}?\berof\b|\bech\s+wëll\s+keng\s+(?:\w+\s+)?méi\b", ("huelt", "wëll")),
    (
        r"\b(?:jag|vi)\s+vill\s+inte\s+(?:längre\s+|langre\s+)?(?:få|ha|ta\s+emot)\s+(?:\w+\s+){0,2}?"
        r"(?:mejl|mail|e-?post|utskick|erbjudanden)",
        ("vill inte",),
    ),
    # "hiermit widerspreche ich der Nutzung meiner Daten zu Werbezwecken": an objection to marketing (Art. 21 GDPR)
    (r"\bwiderspreche\b[^.!?\n]{0,60}?\b(?:werb\w*|nutzung|verwendung|verarbeitung)", ("widerspreche",)),
    # "Graag uitschrijven voor alle mailings", "Bitte abmelden."
    (r"\buitschrijven\s+(?:voor|van|uit)\s+(?:alle|uw|de|jullie)\b", ("uitschrijven",)),
    (r"\bbitte\s+(?:abmelden|austragen)\b", ("abmelden", "austragen")),
    # "vi prego di cancellarmi dalla vostra mailing list"
    (
        r"\b(?:cancellarmi|rimuovermi|togliermi|eliminarmi)\s+(?:dalla|dalle|dai|dal|dagli)\b",
        ("cancella", "rimuove", "toglie", "elimina"),
    ),
]
_PHRASES = re.compile("|".join(f"(?:{p})" for p, _ in _EN + _FR + _EU), _FLAGS | re.MULTILINE)
# Requests whose words a relay frame may make another's: read as the author's own only when the reply relays none.
_YIELDS_TO_RELAY = re.compile(_CORRESPONDENCE_ENDED, _FLAGS | re.MULTILINE)
_NEGATION_BEFORE = re.compile(r"(?:\bdon't|\bdo\s+not|\bnever|\bnot|n't|\bpas|\bn['’])\s*$", re.IGNORECASE)
# relay_d: "Não quero cancelar a subscrição!", "no quiero darme de baja", "non voglio cancellarmi"
_NOT_WANTED_BEFORE = re.compile(
    r"\b(?:n[ãa]o|no|non)\s+(?:quero|queremos|desejo|desejamos|quiero|queremos|deseo|deseamos|voglio|vogliamo)\s*$",
    re.IGNORECASE,
)
# A request promised under a condition, not made: "Si vos messages continuent à ce rythme, je vous demanderai de me
# retirer", "if this carries on I'll ask you to take me off"
_IF_LATER_BEFORE = re.compile(
    r"""\b(?:si|if)\b[^.!?\n]{0,100}?,?\s*(?:je|nous)\s+vous\s+(?:demanderai|demanderais|demanderons|prierai)\s+(?:de\s+)?$
    | \b(?:si|if)\b[^.!?\n]{0,100}?,?\s*(?:i|we)\s*(?:['’]ll|\s+will|\s+shall|['’]d|\s+would)\s+(?:have\s+to\s+)?ask\s+
        (?:you\s+)?(?:to\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
# A request said to be needless, in the clause before it: "pas la peine de me retirer", "no need to take me off",
# "inutile de me désinscrire", "you don't have to remove me". The author stays; a wrong opt-out loses a client.
_NEEDLESS_BEFORE = re.compile(
    r"""(?:\b(?:pas|plus|nul|nullement|aucun)\s+(?:la\s+peine|besoin|n[ée]cessaire|utile|obligé|oblige)|\binutile|\bpas\s+la\s+peine|
        \bno\s+need|\bno\s+reason|\bnot\s+(?:necessary|needed|required)|\bneedn['’]?t|
        (?:\bdon['’]?t|\bdo\s+not|\bdoesn['’]?t|\bdoes\s+not|\bwon['’]?t|\bwill\s+not)\s+(?:\w+\s+)?(?:need|have)\b)
        [^.!?;:,–—\n]{0,30}
        # a second thing said needless with it: "no need to close the file, or to unsubscribe me"
        (?:,\s*(?:or|nor|ni|ou)\s+(?:to\s+|de\s+|d['’]\s*)?)?$""",
    _FLAGS,
)
# A request said never made, in the clause before it: "je n'ai jamais demandé à me désabonner", "I never asked you to
# remove me". The author complains about the stop, or about something else; they do not ask for it.
_NEVER_ASKED_BEFORE = re.compile(
    r"""(?:\b(?:jamais|pas|never|not|n['’]t)\s+(?:\w+\s+){0,2}(?:demandé|demande|voulu|souhaité|souhaite|asked|wanted|requested)
        (?:\s+(?:you|vous))?\s*(?:à|a|de|d['’]|to)?\s*
        # "je ne vous demande pas de ne plus m’écrire", "i’m not asking you to stop"
        |\b(?:ne|n['’])\s*(?:vous\s+)?demande\s+(?:pas|nullement|absolument\s+pas)\s+(?:de\s+|d['’]\s*)
        |\b(?:i['’]m|i\s+am)\s+not\s+asking\s+(?:you\s+)?to\s*)$""",
    _FLAGS,
)
# A question about a stop that happened, in the clause before it: "why did you stop emailing me?", "have you stopped
# sending the newsletter?". The author wants the mail back; "can you stop emailing me?" stays a request.
_ASKED_ABOUT_BEFORE = re.compile(
    r"""(?:\bwhy\s+(?:did|have|has|had)|\b(?:did|have|had)\s+(?:you|they|u))[^.!?;:\n]{0,20}$
        # the author asking whether to leave another sender's list: "ska jag avregistrera mig från det?", "moet ik me
        # afmelden voor die nieuwsbrief?", "soll ich mich dort abmelden?"
        |\b(?:ska|bör|bor|måste|maste|skal|bør|moet|zal|soll|muss|sollte)\s+(?:jag|jeg|ik|ich)\b[^.!?;:\n]{0,20}$
        # "est-ce que je dois me désinscrire … ?", "dois-je", "should i unsubscribe to …?"
        |\b(?:est-ce\s+que\s+je\s+dois|dois-je|faut-il\s+que\s+je|should\s+i|do\s+i\s+(?:need|have)\s+to)\b[^.!?;:\n]{0,20}$
        # "¿Tengo que darme de baja …?", "devo cancellarmi …?", "tenho de me descadastrar …?"
        |¿\s*(?:tengo\s+que|debo|hay\s+que)\s*$|\b(?:devo|tenho\s+(?:que|de))\s*$
        # "si je me désinscris de votre newsletter, est-ce que …": what would follow, no request
        |\b(?:si|if)(?:\s+(?:je|i))?\s*$
        # the reader's wish, or the author's duty, as a condition: "si vous souhaitez cesser toute communication,
        # répondez STOP" (a footer typed as the reply), "si je dois cesser toute communication, je le ferai savoir"
        |\b(?:si|if)\s+(?:vous|you|je|i|nous|we)\s+(?:(?:le|ne)\s+)?(?:souhaitez|voulez|d[ée]sirez|pr[ée]f[ée]rez|dois|devons|
            wish|want|would\s+like|prefer|need|have)\s+(?:to\s+|de\s+|d['’]\s*)?$""",
    _FLAGS,
)

# Lines that are links, footers or legal notices rather than something the person asks.
_FOOTER_LINE = re.compile(
    r"""https?://|www\.|<mailto:|click\s+here|cliquez\s+ici|preferences|préférences|you\s+are\s+receiving|
        you\s+received\s+this|vous\s+recevez\s+ce|if\s+you\s+(?:no\s+longer|do\s+not|don't)\s+wish|
        si\s+vous\s+ne\s+souhaitez\s+plus|to\s+unsubscribe\s+from|pour\s+vous\s+(?:désinscrire|désabonner)|
        unsubscribe\s+from\s+\S+\s+(?:marketing|emails|communications)|
        # a confidentiality disclaimer ("if you are not the intended recipient, delete it from your system")
        intended\s+recipient|destinataire\s+(?:prévu|prevu|visé|vise|indiqué|indique)|legally\s+privileged|
        received\s+this\s+(?:e-?mail|message|communication|transmission)\s+in\s+error|
        re[çc]u\s+(?:ce|le|cet)\s+(?:message|courriel|mail|e-?mail)\s+par\s+erreur|
        # … in the words that tell the reader to delete it ("si vous n'êtes pas le destinataire, veuillez le supprimer",
        # "s'il vous est parvenu par erreur", "s'il ne vous est pas destiné", "si vous l'avez reçu par erreur")
        n['’]\s*(?:en\s+)?[êe]tes\s+pas\s+(?:le|la|son)\s+destinataire|parvenu\s+par\s+erreur|ne\s+vous\s+est\s+pas\s+destin|
        l['’]\s*avez\s+re[çc]u\s+par\s+erreur""",
    _FLAGS,
)
_SIGNATURE_DELIMITER = re.compile(r"^--\s?$")
# "Ne plus m'appeler, écrivez-moi plutôt": a request about the phone, with writing welcome, is not an opt-out.
_PHONE_VERB = re.compile(
    r"appel|téléphon|telephon|\bcall|\bring|\b(?:sur|on)\s+(?:le|mon|ma|my|the)\s+(?:fixe|portable|mobile|cell|landline)\b",
    re.IGNORECASE,
)
# … and the post: "ne m'envoyez plus rien par courrier à l'adresse de Saint-Nazaire", "stop sending letters by post"
_POST = re.compile(
    r"\bpar\s+(?:courrier|la\s+poste|voie\s+postale)\b(?!\s+(?:é|e)lectronique)|\bcourriers?\s+(?:postal|papier)|"
    r"\bby\s+post\b|\bpostal\b|\bsnail\s+mail|\bà\s+l['’]adresse\s+(?:postale|de\s+[A-ZÀ-Ý])",
    re.IGNORECASE,
)
# Where a stop request's clause ends, what in it names writing, and a refusal of writing too ("ni", "nor").
_CLAUSE_END = re.compile(r"[.;!?,\n]|\s[-–—]\s")
_WRITING = re.compile(r"écri|ecri|mail|courriel|messag|writ|lettre|letter", re.IGNORECASE)
_REFUSED_TOO = re.compile(r"\b(?:ni|nor|neither|or|ou)\b", re.IGNORECASE)
_WRITE_INSTEAD = re.compile(
    r"écrivez|ecrivez|écrire|ecrire|par\s+(?:e-?)?mail|par\s+courriel|par\s+écrit|e-?mail\s+(?:me|is\s+better|instead)|"
    r"write\s+to\s+me|by\s+e-?mail|in\s+writing|"
    # "un mail suffit", "an email gets a quicker answer"
    r"\b(?:un|le|par)\s+(?:e-?)?mail\s+(?:suffit|ira|convient)|\ban\s+e-?mail\s+(?:is|gets|works|will\s+do)\b",
    re.IGNORECASE,
)


# Case-insensitive matching costs about ten times a plain scan: the text is lower-cased once and read with these
# twins, which match the same spans (relance.analysis.lowercase). Each phrase carries words one of which any match
# contains, so only the phrases that can match are scanned.
_STANDALONE_LOWER = lowercase.twin(_STANDALONE)
# What turns a phrase around, read in the characters before it: a negation, a request said needless, a question about
# a stop that happened, a request said never made (each pattern with the width of text it reads).
# … and in Chinese: "我从来没有要求退订" (I never asked to unsubscribe), "不用退订" (no need to).
_CJK_NOT_BEFORE = re.compile(r"(?:没有|沒有|从未|從未|从来没|從來沒|无需|無需|不用|不必|不需要)[^。！？\n]{0,6}$")
_TURNED_AROUND = (
    (_NEGATION_BEFORE, 12), (_NEEDLESS_BEFORE, 60), (_ASKED_ABOUT_BEFORE, 40), (_NEVER_ASKED_BEFORE, 50),
    (_CJK_NOT_BEFORE, 12), (_NOT_WANTED_BEFORE, 16), (_IF_LATER_BEFORE, 160),
)  # fmt: skip
_TURNED_AROUND_LOWER = tuple((lowercase.twin(pattern), width) for pattern, width in _TURNED_AROUND)
# Registered for an event earlier in the sentence: leaving it ("inscrite au webinaire du 20 mais je dois me
# désinscrire", "I signed up for the demo but have to unregister") is not leaving the sender's lists.
_REGISTERED_BEFORE = re.compile(
    r"\b(?:inscrite?s?|registered|signed\s+up|booked|enrolled)\s+(?:à|a|au|aux|pour|for|to|on|onto|in)\s+(?:\S+\s+){0,3}?"
    + _EVENT
    + r"\b[^.!?\n]{0,80}$",
    re.IGNORECASE,
)
_LEAVING = re.compile(r"inscri|abonn|unsubscri|unregister|opt", re.IGNORECASE)
# A broken unsubscribe link reported by someone who says they are not leaving ("FYI the unsubscribe link in your
# footer 404s. Not that I want to unsubscribe"): a bug report, not a request.
_BROKEN_LINK = re.compile(r"\b(?:link|button|lien|bouton)\b", re.IGNORECASE)
_NOT_LEAVING = re.compile(
    r"""(?:\bnot\s+that\s+(?:i|we)\s+(?:want|wish|mean|plan|intend)\s+to|\b(?:i|we)\s+(?:don['’]?t|do\s+not)\s+(?:want|wish|mean|plan|intend)\s+to|
        \b(?:i['’]m|we['’]re|i\s+am|we\s+are)\s+not\s+(?:trying\s+to\s+|going\s+to\s+)?|\bpas\s+que\s+je\s+(?:veuille|souhaite)\s+(?:me\s+)?|
        \bje\s+ne\s+(?:veux|souhaite|cherche)\s+pas\s+(?:à\s+|a\s+)?(?:me\s+)?|\bsans\s+vouloir\s+(?:me\s+)?)\s*
        (?:unsubscrib|opt(?:ing)?[\s-]out|leav|d[ée]sinscri|d[ée]sabonn|partir)
      | \bnot\s+that\s+(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)?\s+(?:using|use|clicking|click|need|needing)\s+it\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _reports_a_link_only(phrase: str, text: str, start: int) -> bool:
    """The text says its author is not leaving, and the phrase at `start` is that very statement or a broken link
    reported beside it."""
    link = _BROKEN_LINK.search(phrase) is not None
    return any(link or m.start() <= start < m.end() for m in _NOT_LEAVING.finditer(text))


def _left_an_event(phrase: str, before: str) -> bool:
    """The phrase leaves something and the sentence before it registered for an event."""
    return bool(_LEAVING.search(phrase) and _REGISTERED_BEFORE.search(before[-160:]))


# A request about someone else: the clause before the phrase has a third person for its subject ("elle ne souhaite
# plus recevoir vos messages", "my colleague no longer wishes to receive"), or the words right after it name another
# person ("unsubscribe alice@client.fr", "stop emailing my assistant", "retirez Mme Martin"). The author is no
# opt-out (they often say they stay interested), and R8 silences nobody on another person's word: a wrong opt-out
# silences a client for good. "Mon associé et moi", "my address", "mon adresse" are the author's own.
_OWN_THINGS = (
    r"(?!adresses?\b|address|e-?mails?\b|mails?\b|courriels?\b|comptes?\b|account|noms?\b|name|coordonn|details"
    r"|data\b|donn|" + _ORGANISATION + ")"
)
_SOMEONE_ELSE_BEFORE = re.compile(
    r"""(?:\b(?:il|elle|ils|elles|he|she|they)
        | \b(?:mr|mrs|ms|dr|m|mme|monsieur|madame)\.?\s+[\w'’-]+
        | \b(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs|my|our|his|her|their)\s+"""
    + _OWN_THINGS
    + r"""[\w'’-]+(?:\s+[\w'’-]+)?)
    (?:\s+(?:has|have|had|is|was|would|does|did|will|a|est|avait|aurait|veut|voudrait|souhaite|souhaiterait))?
    \s+(?:ne\s+|n['’]\s*)?$""",
    _FLAGS,
)
_WITH_THE_AUTHOR = re.compile(r"\b(?:et\s+moi|moi\s+et|and\s+i|i\s+and|me\s+and|and\s+me|nous|we)\b", re.IGNORECASE)
_ADDRESS_INSIDE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_ADDRESS_AFTER = re.compile(r"^\s*<?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)")
_SOMEONE_ELSE_AFTER = re.compile(
    r"""^\s*(?:
        (?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs|my|our|his|her|their)\s+"""
    + _OWN_THINGS
    + r"""[\w'’-]+
      | (?:mr|mrs|ms|miss|dr|m|mme|mlle|monsieur|madame|mademoiselle)\.?\s+\w+
      | (?:this|that)\s+(?:person|colleague|contact)|cette\s+personne|ce\s+contact
    )""",
    _FLAGS,
)
_CLAUSE_BREAK = re.compile(r"[.!?;:\n]")
_TITLE_DOT = re.compile(r"\b(mr|mrs|ms|dr|m|mme)\.", re.IGNORECASE)
# "Mme Perrin a quitté le garage fin décembre, vous pouvez la retirer de vos fichiers": a pronoun whose person the
# words before name (a title and a name) or say is gone, where no address nor details of the author's come between.
_PRONOUN_FIRST = re.compile(r"(?:la|les|le|l['’])\s*\w|(?:remove|delete|take)\s+(?:her|him|them)\b", _FLAGS)
# a person's title, as "Mme Perrin" and "l'adresse de Mme Roussel" name her
_PERSON_TITLE = r"(?:mme|mlle|m\.|mr\.?|mrs\.?|ms\.?|dr\.?|madame|monsieur)"
# Words that say a person has left the firm or retired: a colleague answers for them, not their voice.
_LEFT_THE_FIRM = r"""a\s+quitt[ée](?!s\b)|est\s+partie?\b|ne\s+fait\s+plus\s+partie|
    n['’]est\s+plus\s+(?:chez|dans|avec|en\s+poste)|ne\s+travaille\s+plus|(?:sa|la|en)\s+retraite\b|has\s+(?:left|retired|moved\s+on)|(?:left|retired\s+from)\s+(?:the|our)\b|
    no\s+longer\s+(?:works|with)"""
_A_PERSON_BEFORE = re.compile(
    r"\b"
    + _PERSON_TITLE
    + r"""\s+[^\W\d_]
        | \b(?:"""
    + _LEFT_THE_FIRM
    + r"""|est\s+d[ée]c[ée]d[ée]e?|nous\s+a\s+quitt[ée]s|passed\s+away)""",
    _FLAGS,
)
_THE_AUTHORS_BEFORE = re.compile(
    r"""\b(?:mon|mes|notre|nos|cette|ces|my|our|this)\s+(?:adresses?|coordonn|donn|e-?mails?|mails?|courriels?|bo[îi]te|
        address|details|data|mailbox|inbox)""",
    _FLAGS,
)
_ADDRESS_OF_SOMEONE = re.compile(
    r"""\b(?:l['’]\s*adresse|l['’]\s*e-?mail|the\s+(?:e-?mail\s+)?address)\s+(?:e-?mail\s+|mail\s+)?(?:de|of)\s+
        (?:"""
    + _PERSON_TITLE
    + r"""|(?:mon|ma|notre|my|our)\s+(?!"""
    + _ORGANISATION
    + "))",
    _FLAGS,
)
# the greeting names whom the author writes to, not a person the pronoun stands for
_GREETING_LINE = re.compile(
    r"^\s*(?:bonjour|bonsoir|hello|hi|dear|cher|ch[èe]re|madame|monsieur)\b[^\n]*\n?", _FLAGS | re.M
)


def _about_someone_else(text: str, match: re.Match[str], sender: str | None) -> bool:
    """The phrase `match` in `text` asks to stop writing to someone other than its author (`sender`: the author's
    address, when known: an address named after the phrase that is the author's own is theirs)."""
    before = text[max(0, match.start() - 50) : match.start()]
    clause = _CLAUSE_BREAK.split(_TITLE_DOT.sub(r"\1 ", before))[-1]  # "Mr. Ridgeway does not": one clause
    # (the author with them: "my father and I would like to be removed", the "I" starting the phrase)
    if _SOMEONE_ELSE_BEFORE.search(clause) and not _WITH_THE_AUTHOR.search(clause + match.group(0)[:4]):
        return True
    named_inside = _ADDRESS_INSIDE.findall(match.group(0))
    if named_inside and sender is not None and any(a.lower() != sender.lower() for a in named_inside):
        return True  # "retirer p.lambert@… de votre liste", written by his partner: someone else's address
    if _ADDRESS_OF_SOMEONE.search(match.group(0)):
        return True  # "retirer l'adresse de Mme Roussel de vos envois": a named person's address, not the author's
    if _PRONOUN_FIRST.match(match.group(0)):
        earlier = _GREETING_LINE.sub("", text[max(0, match.start() - 200) : match.start()].split("\n\n")[-1])
        if _A_PERSON_BEFORE.search(earlier) and not _THE_AUTHORS_BEFORE.search(earlier):
            return True
    # a request whose sentence ended ("Not interested, please stop.") names no one after it (the signature does not)
    after = "" if match.group(0).rstrip().endswith((".", "!")) else text[match.end() : match.end() + 60]
    if (named := _ADDRESS_AFTER.match(after)) is not None:
        return sender is None or named.group(1).lower() != sender.lower()
    return _SOMEONE_ELSE_AFTER.match(after) is not None


# A request relayed for the person the firm wrote to: their assistant, their reception, their family or their notary
# says that they ask not to be written to ("M. Ferrand me demande de vous dire de ne plus le contacter", "my father has
# asked that you stop writing to him", "ma mère est décédée, merci de retirer son adresse"). The person asked; the
# author speaks for them, usually from the address the firm wrote to (a shared reception, the person's own mailbox
# kept by a relative): it is an opt-out (R8), as the person's own would be. Only where the text says so: the author
# names what they relay ("me demande de vous dire", "on her behalf", "at his request", "je suis sa fille"), or the
# person has died. Not when the author says they stay ("mais moi oui", "I'm still interested"), nor when the person
# has left or retired (a referral: the author is a colleague, not their voice).
# What a person is removed from when it is not the mail: "remove his name from our joint portfolio", "remove her as a
# named member of the group policy and as trustee of the pension scheme".
_NOT_THE_MAIL = (
    r"(?![^.!?\n]{0,40}?\b(?:as\s+(?:a\s+|the\s+)?(?:named|trustee|member|beneficiary|director|signatory|joint|partner|"
    r"holder)|(?:from|off)\s+(?:our|the|his|her|their|this)\s+(?:joint\s+)?(?:portfolio|account|policy|contract|scheme|"
    r"pension|trust|board|mandate|deeds?|company|register|title|isa|bond)))"
)
_KIN_FR = (
    r"(?:p[èe]re|m[èe]re|mari|[ée]poux|[ée]pouse|femme|compagnon|compagne|conjointe?|fils|fille|fr[èe]re|s(?:oe|œ)ur|"
    r"oncle|tante|grand[\s-]?(?:p[èe]re|m[èe]re)|grands[\s-]parents|parents|beau[\s-]p[èe]re|belle[\s-]m[èe]re|"
    r"patron|patronne|directeur|directrice|g[ée]rante?|associée?|client|cliente|maman|papa|mamie|papi)"
)
_KIN_EN = (
    r"(?:father|mother|dad|mum|mom|husband|wife|partner|son|daughter|brother|sister|uncle|aunt|grand(?:father|mother|"
    r"parents)|parents|father[\s-]in[\s-]law|mother[\s-]in[\s-]law|late\s+(?:husband|wife|father|mother|partner)|boss|"
    r"employer|client)"
)
# A relative, with whose they are: "ma mère", "my husband", "her father", "mia madre", "meu pai", "mein Mann".
_POSSESSED_KIN = (
    r"(?:mon|ma|mes|notre|nos|my|our|his|her|mia|mio|mie|miei|minha|meu|mein|meine|mi)\s+(?:"
    + _KIN_FR
    + "|"
    + _KIN_EN
    + r"|madre|padre|marito|moglie|m[ãa]e|pai|marido|esposa|mutter|vater|mann|frau)\b"
)
# … named as the one the mail goes to or stops for: "à ma mère", "to my father", "avec ma mère", "para a minha mãe"
# … or whose name or details the request takes off: "supprimer les coordonnées de ma mère", "le nom de mon mari"
_KIN_TARGET = (
    r"\b(?:(?:[àa]|avec|to|with|para\s+a|para\s+o)\s+"
    r"|(?:coordonn[ée]es|nom|adresse(?:\s+e-?mail|\s+mail)?|e-?mail|donn[ée]es|contact)\s+(?:de\s+|d['’]\s*))"
    + _POSSESSED_KIN
)
_THIRD = r"(?:le|la|les|lui|leur)"
_RELAYED_PHRASES = re.compile(
    r"""\bne\s+(?:plus\s+jamais|jamais\s+plus|plus)\s+"""
    + _THIRD
    + r"""\s+(?:en\s+)?(?:contacter|recontacter|écrire|ecrire|solliciter|relancer|envoyer|démarcher|demarcher|adresser|
        déranger|deranger|importuner|appeler|téléphoner|telephoner)"""
    + _NOT_A_CHANNEL
    + r"""
    | \b(?:ne|n['’])\s*(?:souhaite|veut|désire|desire|voudrait|souhaiterait|souhaitent|veulent)\s+
        (?:plus\s+(?:rien\s+|en\s+)?recevoir"""
    + _NOT_A_CHANNEL
    + r"""
        # "il ne souhaite pas recevoir de proposition avant …" declines an offer: "pas" stops only being contacted
        | (?:plus|pas|aucunement)\s+(?:être|etre)\s+(?:re)?(?:contacté|sollicité|relancé|démarché|contacte|sollicite|
        relance|demarche)e?s?)
    | \bne\s+plus\s+(?:contacter|recontacter|écrire\s+[àa]|ecrire\s+[àa]|solliciter|relancer|démarcher|
        demarcher|déranger|deranger)\s+(?:mon|ma|mes|notre|nos)\s+"""
    + _KIN_FR
    + r"""\b
    | \b(?:le|la|les)\s+(?:retirer|supprimer|enlever|effacer|désinscrire|desinscrire|radier|rayer)\s+(?:de|des|du)\s+
        (?:vos|votre|la|les|ces|cette|tous\s+vos|toutes\s+vos)\s+(?:listes?|fichiers?|contacts|bases?|envois|diffusions?|
        mailings?|destinataires)
    | \b(?:retirer|retirez|supprimer|supprimez|enlever|enlevez|effacer|effacez|désinscrire|desinscrire|désinscrivez|
        desinscrivez|radier|radiez|rayer|rayez)(?:\s+|-)(?:(?:le|la|les)\s+|(?:l['’]\s*adresse\s+(?:e-?mail\s+|mail\s+)?|
        le\s+nom\s+|les\s+coordonn[ée]es\s+)de\s+(?:mon|ma|mes|notre|nos)\s+"""
    + _KIN_FR
    + r"""\s+|(?:son|leur)\s+adresse\s+|(?:mon|ma|mes|notre|nos)\s+"""
    + _KIN_FR
    + r"""\s+)(?:de|des|du)\s+(?:vos|votre|la|les|ces|cette|tous\s+vos|toutes\s+vos)\s+
        (?:listes?|fichiers?|contacts|bases?|envois|diffusions?|mailings?|destinataires)
    | \bstop\s+(?:e-?mailing|contacting|writing\s+to|sending\s+(?:e-?mails?\s+|mail\s+|messages?\s+|anything\s+)?to|
        messaging|calling|bothering|chasing)\s+(?:him|her|them|my\s+"""
    + _KIN_EN
    + r""")\b
    | \b(?:do\s+not|don['’]t|not\s+to|never)\s+(?:contact|e-?mail|write\s+to|message|call)\s+(?:him|her|them|my\s+"""
    + _KIN_EN
    + r""")\s+(?:again|any\s*more|in\s+(?:the\s+)?future)\b
    # "remove my husband's name from your mailing list", "take my late father off your list"
    | \b(?:remove|delete)\s+(?:him|her|them|my\s+"""
    + _KIN_EN
    + r"""(?:['’]s\s+(?:e-?mail\s+)?(?:address|details|name))?|
        (?:his|her|their)\s+(?:e-?mail\s+)?(?:address|details|name))
        \s+from\s+(?:your|the|all\s+your)\s+(?:mailing\s+|e-?mail\s+|contact\s+)?
        (?:lists?|database|records|contacts|system|files)
    | \btake\s+(?:him|her|them|my\s+"""
    + _KIN_EN
    + r""")\s+off\s+(?:your|the|all\s+your)\s+(?:mailing\s+|e-?mail\s+|contact\s+)?
        (?:lists?|database|records|contacts|system)
    | \b(?:he|she|they|(?:our|my|the)\s+client)\s+(?:no\s+longer\s+wish(?:es)?\s+to|
        (?:does|do)\s+not\s+(?:wish|want)\s+to|(?:doesn['’]t|don['’]t)\s+(?:wish|want)\s+to|would\s+(?:rather|prefer)\s+not\s+to)\s+
        (?:be\s+(?:contacted|e-?mailed|approached)|hear\s+from|receive\s+(?:any\s+(?:more|further)\s+|further\s+|your\s+)?
        (?:e-?mails?|mails?|messages|communications?|correspondence|newsletters?|marketing|offers|anything))
    | \b(?:would\s+like|wants?|wishes|asks?|asked)\s+to\s+be\s+(?:taken|removed|deleted)\s+(?:off|from)\s+
        (?:your|the|all\s+your)\s+(?:mailing\s+|e-?mail\s+)?(?:lists?|database|records|contacts)
    | \b(?:wish(?:es)?|would\s+like|wants?|asks?\s+for)\s+no\s+(?:further|more)\s+(?:contact|e-?mails?|correspondence|
        approaches|communications?)
    # Said otherwise, where a frame says whom for: the person's pronoun before the verb ("ne plus l'inscrire", "ne plus
    # rien lui envoyer", "que vous ne lui écriviez plus", "merci de la retirer", "le sortir de votre mailing"), their
    # address or details ("supprimer ses coordonnées", "ne plus envoyer de messages sur son adresse"), the mail
    # stopped ("arrêter les envois", "mettre fin à toute correspondance", "cesser toute prise de contact avec lui"),
    # their wish ("il ne veut plus de vos messages", "veut plus que vous lui envoyiez"), their file closed.
    | \bne\s+(?:plus\s+(?:rien\s+)?(?:le|la|les|lui|leur|l['’])\s*|(?:le|la|les|lui|leur|l['’])\s*(?=\w+\s+plus\b))
        (?:contact|recontact|[ée]cri|sollicit|relanc|envoy|inscri|d[ée]march|adress|d[ée]rang|importun|appel|t[ée]l[ée]phon)"""
    + _NOT_A_CHANNEL
    + r"""
    | \b(?:le|la|l['’])\s*(?:retirer|retirez|supprimer|supprimez|enlever|enlevez|d[ée]sinscrire|d[ée]sinscrivez|
        sortir|sortez|radier|radiez|rayer|rayez)\b
    # (a name or a contact out of a list, never out of a joint account: "retirer son nom du compte joint")
    | \b(?:supprimer|supprimez|effacer|effacez|retirer|retirez|enlever|enlevez)\s+(?:son|sa|ses|leur|leurs)\s+
        (?:adresse|coordonn[ée]es|donn[ée]es|(?:nom|contact)\s+(?:de|des|du)\s+(?:vos|votre|la|les|ces|tous\s+vos)\s+
        (?:listes?|fichiers?|contacts|bases?|envois|diffusions?|mailings?|destinataires))
    | \b(?:envoyer|[ée]crire|adresser)\s+(?:de\s+|d['’]\s*|des\s+)?(?:\w+\s+)?(?:[àa]|sur)\s+(?:son|sa|leur)\s+
        (?:adresse|bo[îi]te|nom)
    | \b(?:cesser|cessez|arr[êe]ter|arr[êe]tez|stopper|mettre\s+fin\s+[àa])\s+(?:tout(?:e|es)?\s+|les\s+|vos\s+)?
        (?:envois?|correspondances?|prises?\s+de\s+contact|sollicitations?|mails|e-?mails|messages|courriels|relances)\b
    | \b(?:arr[êe]tez|cessez|arr[êe]ter|cesser)\s+(?:de\s+|d['’]\s*)
        (?:[ée]crire|envoyer|contacter|solliciter|relancer)\s+(?:[àa]\s+|des\s+mails\s+[àa]\s+)?(?:mon|ma|mes|notre|nos)\s+"""
    + _KIN_FR
    + r"""\b
    | \b(?:ne\s+|n['’]\s*)?(?:veut|voulait|souhaite|d[ée]sire)\s+plus\s+
        (?:(?:rien\s+)?recevoir|que\s+vous\s+lui|de\s+vos|rien\s+de)"""
    + _NOT_A_CHANNEL
    + r"""
    | \bn['’]\s*a\s+pas\s+vocation\s+[àa]\s+[êe]tre\s+(?:contact|sollicit|d[ée]march)
    # "qu'il s'oppose à toute nouvelle sollicitation", "ne plus envoyer de mails à Me Faure", "ne plus écrire à
    # maman", "il ne veut plus qu'on lui écrive", "supprimer M. Vidal ainsi que moi-même de votre liste"
    | \bs['’]\s*oppose\s+[àa]\s+(?:toute?s?|tout)\s+(?:nouvelles?\s+|nouveaux?\s+|autres?\s+)?
        (?:sollicitations?|prospections?|contacts?|envois?|d[ée]marchages?|prises?\s+de\s+contact)
    | \bne\s+plus\s+(?:envoyer|adresser|[ée]crire)\s+(?:de\s+(?:mails|e-?mails|messages|courriels)\s+)?[àa]\s+
        (?:m\.|mme|me|ma[îi]tre|monsieur|madame|dr|docteur|maman|papa|mamie|papi)\b
    | \b(?:veut|souhaite)\s+plus\s+qu['’]\s*on\s+(?:lui|le|la|l['’])
    | \b(?:supprimer|supprimez|retirer|retirez|enlever|enlevez|d[ée]sinscrire|radier|radiez)\s+
        (?:m\.|mme|monsieur|madame|ma[îi]tre|me|dr)\s+[\w'’-]+(?:\s+(?:et|ainsi\s+que)\s+moi(?:-m[êe]me)?)?\s+
        # out of a list, never out of the copy ("merci d'enlever Mme Girard de la copie")
        (?:de|des|du)\s+(?:vos|votre|la|les|ces)\s+(?:listes?|fichiers?|contacts|bases?|envois|diffusions?|mailings?|
        destinataires)
    | \b(?:fermer|cl[ôo]turer)\s+(?:son|sa|le)\s+(?:dossier|compte|fiche)
    # "take him off", "unsubscribe her from", "cancel him from the list", "remove her details", "delete his address
    # from your database", "remove both Mr Mehta and myself", "stop sending emails to his address", "stop to send him",
    # "she'd rather not get any more emails", "he'd prefer not to be contacted", "he doesn't want to receive these
    # emails", "must cease", "cease sending further messages"
    | \b(?:take|remove|delete|unsubscribe|cancel|drop|strike)\s+(?:him|her|them)\b"""
    + _NOT_THE_MAIL
    + r"""
    | \b(?:remove|delete|erase)\s+(?:both\s+)?(?:(?:his|her|their)\s+(?:e-?mail\s+)?(?:address|details|data|name)|
        (?:mr|mrs|ms|dr)\.?\s+\w+(?:\s+and\s+(?:me|myself))?\s+from)"""
    + _NOT_THE_MAIL
    + r"""
    | \b(?:stop|cease)\s+(?:sending|writing|e-?mailing)\b[^.!?\n]{0,30}?(?:to\s+)?(?:his|her|their)\s+(?:e-?mail\s+)?
        (?:address|inbox|account)
    | \bstop\s+to\s+(?:send|write|e-?mail)\s+(?:him|her|them)
    | \b(?:he|she|they)\s*(?:['’]d|would)\s+(?:rather|prefer)\s+not\s+(?:to\s+)?(?:be\s+contacted|get|receive|hear)
    | \b(?:he|she|they|(?:mr|mrs|ms|dr)\.?\s+\w+)\s+(?:does\s+not|doesn['’]t|do\s+not|don['’]t|no\s+longer|not)\s+
        (?:wish(?:es)?|want(?:s)?)\s+(?:to\s+receive\s+)?(?:these|those|any|unsolicited|more|further|your)\s+
        (?:e-?mails?|mails?|messages|communications?)
    | \bmust\s+cease\b | \bcease\s+(?:sending|all|any|further)\b
    # relay_b (2026-12-06): "stop sending him emails", "he'd like to be unsubscribed", "she wants to unsubscribe",
    # "he's asked not to receive these", "does not consent to being contacted", "his name be struck from your
    # mailing list", "remove his work address", "doesn't want any further contact", "remove Simon from this list"
    | \bstop\s+(?:sending|e-?mailing|writing\s+to|contacting|messaging)\s+(?:him|her|them)\b
    | \b(?:he|she|they)\s*(?:['’]d|would)\s+like\s+to\s+be\s+(?:unsubscribed|removed|taken\s+off|deleted)
    | \b(?:he|she|they)\s+wants?\s+to\s+(?:unsubscribe|be\s+(?:removed|unsubscribed|taken\s+off))
    | \b(?:he|she|they)\s*(?:['’]s|has|have)\s+asked\s+not\s+to\s+(?:receive|be\s+(?:contacted|sent|e-?mailed))
    | \b(?:does|do)\s*(?:n['’]t|\s+not)\s+consent\s+to\s+(?:being\s+|be\s+)?(?:contact|e-?mail|approach)
    | \b(?:his|her|their)\s+(?:name|address|details|e-?mail)\s+(?:be|is|are)\s+
        (?:struck|removed|deleted|taken)\s+(?:off|from)
    | \b(?:remove|delete|erase)\s+(?:his|her|their)\s+(?:work|personal|private|office)\s+
        (?:e-?mail\s+)?(?:address|details)
    | \b(?:does|do)\s*(?:n['’]t|\s+not)\s+want\s+(?:any\s+)?(?:further|more)\s+(?:contact|e-?mails?)
    | \bremove\s+[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+)?\s+from\s+(?:this|your|the)\s+
        (?:mailing\s+|e-?mail\s+|distribution\s+)?list
    | \bnot\s+hear\s+from\s+you\s+again\b
    # relay_c (2026-12-06): "merci d'arrêter de lui écrire", "arretez de lui ecrire", "stop pour mon mari", "would
    # rather you didn't contact him again", "she has asked that you no longer contact her", "mr whitfield does not
    # wish to be contacted", "my father does not want your emails", "de l'unsubscribe", "ne veut plus être spammé",
    # "streichen sie ihn", "no le vuelvan a enviar", "deixem de lhe enviar", "o retirem da lista"
    | (?:\b|(?<=d))(?:arr[êe]t\w*|cess\w*|stopp\w*)\s+(?:de\s+|d['’]\s*)(?:lui|leur|le|la|les|l['’])\s*
        (?:[ée]crire|envoyer|adresser|contacter|recontacter|solliciter|relancer|t[ée]l[ée]phoner|d[ée]marcher)
    | \bstop\s+pour\s+(?:mon|ma|mes)\s+"""
    + _KIN_FR
    + r"""\b
    | \bwould\s+(?:rather|prefer)\s+(?:you|that\s+you)\s+(?:didn['’]t|did\s+not|do\s+not|don['’]t|not)\s+
        (?:contact|e-?mail|write\s+to|message|call)\s+(?:him|her|them)
    | \b(?:he|she|they)\s+(?:has|have|had)\s+asked\s+(?:that\s+)?(?:you\s+|we\s+)?(?:no\s+longer|not|stop|don['’]t)\s+
        (?:to\s+)?(?:contact|contacting|e-?mail|e-?mailing|write|writing|send|sending)\b
    | \b(?:(?:mr|mrs|ms|miss|dr|sir)\.?\s+[a-z][\w'’-]+|(?:my|our)\s+"""
    + _KIN_EN
    + r""")\s+(?:does\s+not|doesn['’]t|do\s+not|don['’]t|no\s+longer)\s+(?:wish(?:es)?|want(?:s)?)\s+
        (?:to\s+be\s+(?:contacted|e-?mailed|approached)|to\s+hear\s+from|to\s+receive|your|any|these|those|more|further)
    | \bl['’]\s*unsubscrib | \bne\s+(?:veut|souhaite)\s+plus\s+(?:[êe]tre\s+)?spamm
    | \b(?:streichen|entfernen|l[öo]schen|nehmen)\s+sie\s+(?:ihn|sie)\s+(?:aus|von)\b
    | \bno\s+le\s+vuelvan\s+a\s+(?:enviar|escribir|contactar) | \beliminen\s+su\s+direcci[óo]n
    | \bdeixem\s+de\s+(?:lhe|a|o)\s+(?:enviar|escrever|contactar) | \b(?:o|a)\s+retirem\s+d[ae]s?\s+lista
    | \bn[ãa]o\s+pretende\s+(?:continuar\s+a\s+)?receber
    | \bstop\s+(?:sending|e-?mailing|forwarding)\s+(?:these|them|this|those|your\s+\w+)\s+to\s+
        (?:(?:mr|mrs|ms|miss|dr|sir|lady|lord|m|mme)\.?\s+[a-z][\w'’-]+|him|her)
    # German, Italian, Spanish, Dutch: "keine weiteren Zusendungen", "entfernen Sie seine Adresse", "Löschung seiner
    # Kontaktdaten", "non desidera più ricevere", "cancellare il suo indirizzo", "non mandare più email", "dejen de
    # enviarle", "le den de baja", "no vuelvan a contactarle", "geen e-mails meer", "uit uw bestand verwijderen"
    | \bkeine\s+(?:weiteren\s+)?(?:e-?mails|zusendungen|werbung|kontaktaufnahmen|nachrichten|post)\b
    | \b(?:entfernen|l[öo]schen)\s+sie\s+(?:seine|ihre)\b | \bl[öo]schung\s+(?:seiner|ihrer)\b
    | \bnon\s+desidera\s+pi[ùu]\s+ricevere | \bcancellare\s+il\s+suo\s+indirizzo
    | \bnon\s+(?:mandare|mandate|inviare|inviate)\s+pi[ùu]
    | \bdejen\s+de\s+enviarle | \ble\s+den\s+de\s+baja | \bno\s+vuelvan\s+a\s+contactarle
    # relay_d: "She'd like to come off your mailing list please"
    | \b(?:he|she|they)\s*(?:['’]d|\s+would)\s+(?:like|prefer)\s+to\s+come\s+off\s+(?:of\s+)?
        (?:your|the|this|all\s+your)\s+(?:[\w-]+\s+){0,2}?(?:list|lists|database|mailing|distribution)\b
    # relay_d: "Ramón falleció … no le envíen más correos", "please take Mum off your list"
    | \bno\s+les?\s+(?:env[íi]en|manden|escriban)\s+m[áa]s\b
    | \b(?:take|remove|unsubscribe|delete)\s+
        (?:mum|mom|dad|mummy|mommy|daddy|grandma|grandad|grandpa|granny|nan|nana)\s+
        (?:off|from)\s+(?:of\s+)?(?:your|the|this|these|all\s+your)\s+(?:[\w-]+\s+){0,2}?(?:list|lists|mailing|database|
        distribution|e-?mails|newsletters?)\b
    | \bno\s+(?:quiere|desea)\s+recibir\s+m[áa]s
    | \bno\s+recibir\s+m[áa]s\s+(?:comunicaciones|correos|e-?mails|mensajes)
    | \bborren\s+su\s+(?:direcci[óo]n|correo) | \bsupresi[óo]n\s+de\s+sus\s+datos
    | \bnon\s+vuole\s+pi[ùu]\s+ricevere
    | \b(?:toglietelo|toglietela|cancellatelo|cancellatela|rimuovetelo|rimuovetela)\b
    | \bgeen\s+(?:e-?mails?|mail|berichten|post)\s+meer
    | \buit\s+uw\s+(?:bestand|lijst|mailinglijst)\s+(?:te\s+)?verwijderen""",
    re.VERBOSE,
)
# Words one of which any relay frame holds (a text with none is read no further: most replies).
_RELAYED_GATE = (
    "de vous", "la demande de", "la part de", "au nom de", "compte de", "suis son", "suis sa ", "suis leur",
    "suis la ", "suis le ", "suis l'", "suis l’", "que son", "que sa ", "qualit", "me to ", "asked that",
    "asked you", "asked us", "behalf", "at his req", "at her req", "at their req", "at the req", "pa here",
    "assistant here", "secretary here", "ea here", "am his", "am her", "am their", "m his", "m her", "m their",
    "writing for", "décéd", "deced", "quittés", "passed away", "has died", "died", "deceased", "late h", "late w",
    "late f", "late m", "late p", "act for", "acting", "our client", "my client", "mon client", "ma client",
    "notre client", "mandant", "interviens", "ponds pour", "cris pour", "crivons pour", "pondons pour",
    "ponds au nom", "cris au nom",
    # `_RELAY_FRAME`'s other frames (each word bounded enough to be rare: "mme" alone is in "comme", "im" is German)
    "je suis", "est sa ", "est son ", "est leur ", "secrétariat", "secretariat", "assistant", "accueil", "ici l",
    "sur instruction", "sur indication", "sur ordre", "sur demande", "sa demande", "m'a dit", "m’a dit", "dit de vous",
    "m'a demand", "m’a demand", "demandant", "demande de ne", "demandent de ne", "prie de ne", "nous a ", "nous ont",
    "la place de", "qualité de", "qualite de", "office est", "succession", "testamentaire", "décès", "deces", "feu m",
    "tutel", "curatel", "tuteur", "tutrice", "curateur", "curatrice", "mandataire", "i am the", "i'm the", "i’m the",
    "i am mr", "i'm mr", "i’m mr", "i am ms", "i'm ms", "i’m ms", "i am dr", "i'm dr", "i’m dr", "'s son", "’s son",
    "'s wife", "’s wife", "'s husband", "’s husband", "daughter", "nephew", "niece", "grandson", "granddaughter",
    "carer", "this is", "pa here", "reception here", "secretary here", "write for", "write on", "instructed",
    "attorney", "guardian", "executor", "probate", "estate of", "asked me", "asks me", "ask me",
    # the wish a title names ("Monsieur Benoît n'a pas vocation à être contacté", "Mr Svensson does not wish")
    "souhaite plus", "désire plus", "desire plus", "veut plus", "vocation", "not wish", "n't wish", "not want",
    "n't want", "longer wish",
    "im auftrag", "betreuer", "verstorben", "meine mutter", "mein vater", "mein mann", "meine frau", "indicazione",
    "per conto", "sono la", "sono il", "mancat", "decedut", "de parte", "soy la", "soy el", "me pide", "falleci",
    "namens", "overleden", "dit is",
    "ma mère", "ma mere", "mon père", "mon pere", "mon mari", "ma femme", "mes parents", "ma fille", "mon fils",
    # the other relatives `_KIN_FR` names ("les coordonnées de ma belle-mère", "le nom de mon conjoint")
    "ma belle", "mon beau", "ma sœur", "ma soeur", "mon frère", "mon frere", "mon oncle", "ma tante", "mon grand",
    "ma grand", "mes grands", "ma compagne", "mon compagnon", "mon conjoint", "ma conjointe", "mon associ",
    "ma mamie", "mon papi",
    "qualité d", "qualite d", "administrat", "mandat", "je gère", "je gere", "m'occupe", "m’occupe", "fait la demande",
    "pass on", "instructed me", "instructed us", "our chief", "our ceo", "our chair", "our president", "our managing",
    "our founder", "notre pr", "notre pdg", "notre directeur", "notre directrice", "notre g", "we act as", "deputy",
    "dad's", "dad’s", "mum's", "mum’s", "mom's", "mom’s", "grandma", "grandad", "grandpa", "granny",
    "representaci", "encargado", "soy el", "qualidade", "procurador", "minha m", "meu pai", "maman", "papa",
    "supprimer m", "supprimez m", "retirer m", "retirez m", "enlever m", "enlevez m", "radier m", "radiez m",
    # relay_c: requests whose own words name someone else (`_names_another`), and more frames
    "ne plus l", "ne plus rien l", "ne l'", "ne l’", "ne lui", "ne leur", "de lui ", "de leur ", "d'arr", "d’arr",
    "darr", "arrêtez", "arretez", "cessez", "stoppez", " him", " her ", " her.", " her,", " them", "le retir",
    "la retir", "les retir", "le supprim", "la supprim", "le désinscri", "la désinscri", "le desinscri",
    "la desinscri", "l'enlev", "l’enlev", "le sortir", "la sortir", "l'unsub", "l’unsub", "spamm", "stop pour",
    "husband", "wife", "father", "mother", " dad", " mum", " mom", "mon épou", "mon epou", "mia ", "mio ", "minha",
    "meu ", "mr ", "mr.", "mrs", "ms ", "dr ", "dr.", "herr ", "frau ",
    "sie ihn", "vuelvan", "eliminen", "deixem", "retirem", "pretende", "chiede", "pediu", "bittet", "procuration",
    "manager", "administrator", "administración", "administracion", "receptionist", "front desk",
    "faleceu", "cest sa", "c est sa", "ne veut plus", "ne souhaite plus", "sollicité", "sollicite",
    "habilitation", "protection future", "confié la gestion", "confie la gestion", "en nombre de", "falleci",
)  # fmt: skip
# The person has died, in the words a relay frame and a death target read alike.
_DIED = (
    r"d[ée]c[ée]d[ée]e?s?\b|d[ée]c[èe]s\b|nous\s+a\s+quitt[ée]s\b|passed\s+away|has\s+died|died\b|deceased|verstorben|"
    r"overleden|mancat[oa]|decedut[oa]|falleci|faleceu"
)
_RELAY_FRAME = re.compile(
    r"""\b(?:me|nous)\s+(?:demande|demandent|prie|prient|charge)\s+de\s+vous
    | \bm['’]\s*(?:a|ont|avait|avaient)\s+(?:demandé|demande|prié|prie|chargée?)\s+de\s+vous
    | \bnous\s+(?:a|ont)\s+(?:demandé|demande|prié|prie|chargés?)\s+de\s+vous
    | \b(?:à|a)\s+la\s+demande\s+de | \bde\s+la\s+part\s+de | \bau\s+nom\s+de | \bpour\s+le\s+compte\s+de
    | \bje\s+(?:suis|reste)\s+(?:son|sa|leur)\s+\w+ | \bje\s+suis\s+(?:la|le)\s+\w+\s+(?:de|du|d['’])
    | \b(?:je|nous)\s+(?:vous\s+)?(?:réponds|reponds|répondons|repondons|écris|ecris|écrivons|ecrivons)\s+
        (?:pour|au\s+nom\s+de)\s+(?:mon|ma|mes|notre|nos|m\.|mme|monsieur|madame)
    | \ben\s+(?:tant\s+que|qualité\s+de|qualite\s+de)\s+(?:son|sa|leur)\s+\w+
    | \b(?:asked|asks|has\s+asked|have\s+asked|wants|wanted|would\s+like)\s+me\s+to\s+(?:tell|let\s+you\s+know|ask|
        inform|pass\s+(?:this\s+)?on|say|reply|respond|write)
    | \b(?:has|have|had)\s+asked\s+(?:that\s+you|you\s+to|me\s+to|us\s+to)
    | \bwe\s+act\s+(?:for|on\s+behalf\s+of) | \bacting\s+(?:for|on\s+behalf\s+of) | \b(?:our|my)\s+client\b
    | \b(?:mon|ma|notre)\s+(?:cliente?|mandante?)\b | \bj['’]\s*interviens\s+(?:pour|en\s+qualit[ée]\s+de)
    | \bje\s+suis\s+l['’]\s*\w+(?:-\w+)?\s+(?:de|du|d['’])
    | \bon\s+(?:his|her|their|\w+['’]s)\s+behalf | \bon\s+behalf\s+of | \bat\s+(?:his|her|their|the)\s+request
    | \b(?:his|her|their)\s+(?:pa|assistant|secretary|ea)\s+here
    | \bi\s+am\s+(?:his|her|their)\s+\w+ | \bi['’]m\s+(?:his|her|their)\s+\w+ | \bwriting\s+(?:for|on\s+behalf\s+of)
    | \b(?:"""
    + _DIED
    + r""")
    | \blate\s+(?:husband|wife|father|mother|partner)
    # Who speaks for whom, said otherwise: "je suis le petit-fils de", "Je suis Isabelle, la belle-fille de",
    # "c'est sa femme qui vous écrit", "ici le secrétariat du Dr Martin", "sur instruction de M. de Villiers",
    # "il m'a dit de vous dire", "en me demandant d'y répondre", "nous demande de ne plus l'inscrire", a guardian,
    # an executor, a notary's office settling an estate, counsel ("en qualité de conseil de").
    | \bje\s+suis\s+(?:[\w-]+\s*,\s*)?(?:la|le|l['’])\s*[\w-]+(?:\s+[\w-]+)?\s+(?:de|du|d['’])
    | \bc['’]\s*est\s+(?:sa|son|leur)\s+[\w-]+\s+qui\b
    | \bici\s+(?:le|la|l['’])\s*(?:secr[ée]tariat|assistante?|accueil|cabinet|bureau|standard|office)
    | \b(?:le\s+|la\s+|l['’]\s*)?(?:secr[ée]tariat|assistante?|accueil)\s+(?:m[ée]dical\s+)?
        (?:du|de\s+la|de\s+m|de\s+me\b|de\s+ma[îi]tre)
    | \bsur\s+(?:instruction|indication|ordre|demande)s?\s+(?:de|du|d['’]) | \b[àa]\s+sa\s+demande
    | \bm['’]\s*a\s+(?:bien\s+)?(?:dit|demand[ée])\s+de\s+vous | \b(?:il|elle)\s+m['’]\s*a\s+(?:bien\s+)?dit
    | \ben\s+me\s+demandant\s+d | \bm['’]\s*a\s+transf[ée]r[ée]
    | \b(?:me|nous)\s+(?:demande|demandent|prie|prient)\s+de\s+ne\b
    | \b(?:nous|m['’])\s*(?:a|ont)\s+(?:demand[ée]s?|charg[ée]e?s?|pri[ée]e?s?)\s+de
    | \b(?:je|nous)\s+(?:vous\s+)?(?:r[ée]ponds|r[ée]pondons|[ée]cris|[ée]crivons|permets\s+de\s+vous\s+r[ée]pondre)\s+
        (?:pour|au\s+nom\s+de|[àa]\s+la\s+place\s+de)\s+(?:le|la|l['’]|mon|ma|mes|notre|nos|m\.|mme|monsieur|madame|dr)
    | \ben\s+qualit[ée]\s+de\s+(?:conseil|avocat|notaire|tut|curat|mandataire|ex[ée]cuteur)
    | \bnotre\s+office\s+est\s+charg[ée] | \bsuccession\b | \bex[ée]cuteur\s+testamentaire
    | \bfeu\s+(?:m\.|mme|monsieur|madame) | \b(?:tutelle|curatelle|tut(?:eur|rice)|curat(?:eur|rice))\b
    | \bmandataire\s+judiciaire
    # relay_d: the French measures of protection a relative holds ("dans le cadre d'une habilitation familiale")
    | \bhabilitation\s+familiale | \bmandat\s+de\s+protection\s+future | \bm['’]\s*a\s+confi[ée]\s+la\s+gestion\s+de
    | \bi\s*(?:am|['’]?m)\s+(?:the\s+)?\w+\s+of\s+(?:mr|mrs|ms|dr|my|our)\b
    | \bi\s*(?:am|['’]?m)\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?\w+['’]?s\s+(?:\w+\s+)?(?:"""
    + _KIN_EN
    + r"""|nephew|niece|grandson|granddaughter|carer|assistant|secretary|pa|ea)\b
    | \bthis\s+is\s+\w+['’]s\s+\w+ | \b(?:pa|assistant|secretary|reception|ea)\s+here\b
    # relay_d: "Susan's husband here, using her account", "les escribo en nombre de mi madre"
    | \b\w+['’]s\s+(?:"""
    + _KIN_EN
    + r"""|carer|assistant|secretary|pa|ea)\s+here\b | \ben\s+nombre\s+de\b
    | \b(?:his|her|their)\s+"""
    + _KIN_EN
    + r"""\s+here\b
    | \bi\s+write\s+for\b | \bwe\s+write\s+on\s+behalf | \bwe\s+are\s+instructed\s+by
    | \b(?:lasting\s+)?power\s+of\s+attorney | \bguardian\b | \bexecutors?\b | \bprobate\b | \bestate\s+of
    | \b(?:he|she|they)\s*(?:['’]s|has|have)?\s+asked\s+(?:that|me|us|not)\b | \b(?:he|she)\s+asks?\s+me\s+to\b
    | \basked\s+me\s+to\s+(?:look\s+after|unsubscribe|remove|deal|handle|reply|respond)
    # a person named by their title whose wish the author reports: "Mr Svensson does not wish", "Monsieur Benoît
    # n'a pas vocation à être contacté", "Le docteur ne souhaite plus"
    | \b(?:mr|mrs|ms|dr|m|mme|monsieur|madame|ma[îi]tre|le\s+docteur|la\s+docteure?|le\s+dr)\.?\s+(?:[\w'’-]+\s+){0,3}?
        (?:ne\s+|n['’]\s*)?(?:souhaite|d[ée]sire|veut|a\s+pas\s+vocation|does\s+not|doesn['’]t|no\s+longer|wishes|wants)
    # other languages: "im Auftrag von Herrn", "Betreuer", "verstorben", "su indicazione del dott.", "per conto",
    # "sono la figlia", "è mancato", "de parte de", "soy la hija", "me pide que", "falleció", "namens", "overleden",
    # "dit is de zoon van"
    | \bim\s+auftrag\s+(?:von|des|der) | \bbetreuer(?:in)?\b | \bmeine?\s+(?:mutter|vater|mann|frau)\b
    | \bsu\s+indicazione | \bper\s+conto\s+d | \bsono\s+(?:la|il)\s+(?:figli[ao]|moglie|marito|segretari[ao]|nipote)
    | \b[èe]\s+mancat[oa] | \bde\s+parte\s+de
    | \bsoy\s+(?:la|el)\s+(?:hij[ao]|esposa|marido|secretari[ao])
    | \bme\s+pide\s+que | \bnamens\b
    # relay_b: "J'interviens en qualité de conseil", "en ma qualité d'administrateur des biens de", "mandat de
    # protection future … j'en suis le mandataire", "je gère la boîte de M. Delacroix", "je m'occupe des papiers de
    # mon oncle", "il en a fait la demande", "has asked HR to pass on", "has instructed me", "our Chief Executive",
    # "we act as professional deputy", "Dad's had a stroke", "en representación de", "na qualidade de filha"
    | \ben\s+(?:ma|sa|notre)\s+qualit[ée]\s+(?:de|d['’]) | \badministrat(?:eur|rice)\s+(?:des\s+biens|provisoire)
    | \bmandataire\b | \bmandat\s+de\s+protection
    | \bje\s+g[èe]re\s+(?:d[ée]sormais\s+)?(?:la\s+bo[îi]te|les\s+(?:e-?)?mails|le\s+courrier|l['’]\s*agenda|
        les\s+affaires|les\s+papiers)\s+(?:de|du|d['’])
    | \bje\s+m['’]\s*occupe\s+(?:des\s+(?:papiers|affaires|comptes|(?:e-?)?mails)|du\s+courrier|de\s+la\s+bo[îi]te)\s+
        (?:de|du|d['’])
    | \ben\s+a\s+fait\s+la\s+demande | \basked\s+\w+\s+to\s+pass\s+(?:this\s+)?on | \binstructed\s+(?:me|us)\b
    | \b(?:our|notre)\s+(?:chief\s+executive|ceo|chairman|chairwoman|chair|president|managing\s+director|founder|
        pr[ée]sidente?|pdg|directeur\s+g[ée]n[ée]ral|directrice\s+g[ée]n[ée]rale|g[ée]rante?)\b
    | \bwe\s+act\s+as\b | \bdeputy\b | \bcourt\s+of\s+protection
    | \b(?:my\s+)?(?:dad|mum|mom|grandma|grandad|grandpa|granny)['’]s\b
    | \ben\s+representaci[óo]n\s+de | \bnos\s+ha\s+encargado | \bsoy\s+(?:el|la)\s+(?:hij[ao]|sobrin[ao]|nieto|nieta)
    | \bsono\s+la\s+moglie | \bna\s+qualidade\s+de | \bprocurador[a]?\b | \b(?:minha\s+m[ãa]e|meu\s+pai)\b
    | \bdit\s+is\s+de\s+(?:zoon|dochter|vrouw|man)\s+van
    # relay_c: a signature that says the author's role ("léa – office manager", "secrétariat de direction", "pilar –
    # administración", "sue (practice manager)"), "mi chiede di", "pediu-me para", "herr hoffmann bittet", "mia madre",
    # "je dispose d'une procuration", "cest sa fille" ("je gère désormais les papiers de": with relay_b's "je gère")
    | (?:^|\n)[ \t]*(?:[\w.'’-]+(?:[ \t]+[\w.'’-]+){0,3}[ \t]*[-–—,(|][ \t]*)?(?:office\s+manager|practice\s+manager|
        office\s+administrator|personal\s+assistant|executive\s+assistant|assistante?\s+de\s+direction|
        secr[ée]tariat(?:\s+de\s+direction)?|secr[ée]taire|administraci[óo]n|segreteria|sekretariat|receptionist|reception|
        accueil|standard)\b[^\n]{0,40}(?:$|\n)
    | \bmi\s+(?:chiede|ha\s+chiesto)\s+di | \bpediu[\s-]+me\s+para
    | \b(?:herr|frau)\s+[\w-]+\s+(?:bittet|m[öo]chte|w[üu]nscht)
    | \b(?:mia|mio)\s+(?:madre|padre|marito|moglie|nonna|nonno)\b | \bprocuration\b
    | \bc\s*['’]?\s*est\s+(?:sa|son|leur)\s+(?:fille|fils|femme|[ée]pouse|mari|secr[ée]taire|assistante?)\b
    # the person named by the request itself: "arrêtez d'écrire à ma mère", "supprimer M. Vidal de votre liste"
    | \b(?:supprimer|supprimez|retirer|retirez|enlever|enlevez|d[ée]sinscrire|radier|radiez)\s+
        (?:m\.|mme|monsieur|madame|ma[îi]tre|me|dr)\s+[\w'’-]+
    | \b(?:[ée]crire|envoyer|contacter|solliciter|relancer)\s+(?:des\s+\w+\s+)?(?:[àa]\s+)?(?:mon|ma|mes)\s+"""
    + _KIN_FR
    + r"""\b""",
    re.VERBOSE,
)
# An own-phrased request ("cesser tout envoi", "ne souhaite plus être contactée", "refrain from contacting") is
# relayed where a frame says the author speaks for someone and the request is that person's: its object is them ("à
# son adresse", "him", "lui", "the deceased") or its subject is ("qu'elle ne souhaite plus", "Le docteur ne souhaite
# plus"); never when it names the author ("me", "moi", "my address").
_THIRD_TARGET = re.compile(
    r"""^(?:le|la|les|l['’])\s*\w | \b(?:lui|leur|him|her|them|son|sa|ses|leurs|his|their|ihre?[mnrs]?|seine?[mnrs]?|
        suo|sua|zijn|haar|seu)\b | \bthe\s+deceased | \bd[ée]funte? | \bau\s+nom\s+d
    # the person named as kin: "deixem de enviar emails para a minha mãe", "cessez d'écrire à ma mère"
    | """
    + _KIN_TARGET,
    re.VERBOSE,
)
_DEATH_TARGET = re.compile(
    r"\b(?:cette\s+adresse|this\s+(?:e-?mail\s+)?address|cette\s+bo[îi]te|this\s+(?:inbox|account))"
)
_DEATH = re.compile(rf"\b(?:{_DIED})")
_FIRST_TARGET = re.compile(r"\b(?:me|m['’]|moi|my|mon|ma|mes|myself|mich|mir|mein\w*|mi|mij)\b")
_SUBJECTS = re.compile(
    r"""\b(?:(?P<first>je|j['’]|i|we|nous|ich|wir)|(?P<third>il|elle|ils|elles|he|she|they|er|
        (?:mr|mrs|ms|dr|m|mme|monsieur|madame|ma[îi]tre)\.?\s+[\w'’-]+|le\s+docteur|la\s+docteure?|le\s+dr
        # relay_d: a relative ("Mein Vater möchte keine Mails mehr", "ma mère ne souhaite plus …")
        |"""
    + _POSSESSED_KIN
    + r"""))\b""",
    re.VERBOSE,
)
_AUTHOR_STAYS = re.compile(
    r"""\bmais\s+moi\b | \bmoi[\s,]+(?:par\s+contre|en\s+revanche|je\s+(?:reste|suis))
    | \bje\s+(?:reste|suis\s+toujours)\s+(?:intéress|interess|preneu|ouverte?)
    | \bvous\s+pouvez\s+(?:continuer\s+[àa]\s+)?m['’]\s*(?:écrire|ecrire|envoyer|contacter)
    | \bi\s*(?:am|['’]m)\s+still\s+interested
    | \bbut\s+i\s*(?:am|['’]m|would|['’]d)\s+(?:still\s+)?(?:interested|keen|happy)
    | \byou\s+(?:can|may)\s+(?:still\s+)?(?:write\s+to|e-?mail|contact)\s+me
    # relay_c, relay_b: "moi, je continue volontiers à vous lire", "pour moi c'est parfait, continuez"
    | \bmoi[\s,]+je\s+continue | \bpour\s+moi\b[^.!?\n]{0,30}\bcontinuez | \bmoi\s+si\b | \bbut\s+i\s+do\b""",
    re.VERBOSE,
)
_GONE_ELSEWHERE = re.compile(
    rf"""\b(?:{_LEFT_THE_FIRM}|left\s+us\b|sold\s+(?:the|his|her)\s+(?:business|company|firm|practice)|
    no\s+longer\s+involved|a\s+vendu\s+(?:l['’]\s*entreprise|la\s+soci[ée]t[ée]|le\s+cabinet|son\s+affaire))""",
    re.VERBOSE,
)
# A successor asks to be written to instead of the person ("c'est moi qui ai repris la quincaillerie … utilisez la
# mienne", "I've taken over the practice, please email me"): a referral, not a request relayed to stop (suppressing
# the author would lose the one who answers now).
_SUCCESSOR = re.compile(
    r"""\b(?:utilis\w+|prenez|notez)\s+(?:plut[ôo]t\s+|d[ée]sormais\s+)?la\s+mienne | \b[ée]crivez[\s-]+moi\b
    | \bd[ée]sormais\s+[àa]\s+(?:moi|mon\s+adresse)
    | \bc['’]\s*est\s+moi\s+qui\s+(?:ai\s+)?(?:repris|reprends|reprend|g[èe]re)
    | \b(?:i\s*['’]?ve|i\s+have|we\s*['’]?ve|we\s+have)\s+taken\s+over
    | \b(?:write|e-?mail)\s+(?:to\s+)?me\s+(?:instead|at)\b
    | \bcontact\s+me\s+(?:instead|directly)\b | \buse\s+my\s+(?:address|e-?mail)
    | \bsend\s+(?:anything|everything|it|them|all)\b[^.!?\n]{0,60}\bto\s+me\b | \bto\s+me\s+instead\b
    | \buse\s+this\s+(?:address|e-?mail)\b
    | \b(?:anything|everything|all)\b[^.!?\n]{0,60}\b(?:come|go|be\s+sent|be\s+addressed)\s+to\s+me\b""",
    re.VERBOSE,
)

# After a request, the author keeps the adviser's own mail: "retirez-moi de la newsletter … continuez bien à m'écrire
# pour le suivi de mon dossier", "take me off the newsletter, but I still want to hear from Julien directly". Leaving
# a newsletter is no request to stop the person's follow-ups (R8 would stop them all).
_STILL_WRITE_TO_ME = re.compile(
    r"""\bcontinu\w*\s+(?:[\w-]+\s+){0,2}?(?:[àa]\s+)?(?:m['’]\s*|nous\s+)(?:[ée]crire|envoyer|tenir|contacter)
    | \bi\s+(?:still|do\s+still)\s+want\s+to\s+hear\s+from | \bstill\s+(?:happy|keen|glad)\s+to\s+hear\s+from
    | \bkeep\s+(?:writing\s+to|e-?mailing|contacting)\s+me | \bcontinue\s+to\s+(?:write\s+to|e-?mail|contact)\s+me
    # "… je n'y siège plus. Je reste bien sûr votre client", "I remain a client of the firm, of course"
    | \bje\s+reste\s+(?:bien\s+s[ûu]r\s+|[ée]videmment\s+|naturellement\s+|toutefois\s+|n[ée]anmoins\s+)?
        (?:votre|un|une)\s+client
    | \bi\s+(?:remain|am\s+still|['’]m\s+still)\s+(?:a|your)\s+client\b
    # relay_e: "Personal matters to me as normal", "alles andere gerne weiter an mich", "je reste votre contact",
    # "merci de me tenir informée des prochaines sessions"
    | \b(?:(?:personal|other|all\s+other)\s+(?:matters|correspondence|mail|e-?mails?)|everything\s+else)\s+
        (?:to\s+me\s+)?as\s+(?:normal|usual|before)
    | \balles\s+andere\s+(?:gerne\s+)?(?:weiter\s+)?an\s+mich
    | \bje\s+reste\s+(?:votre|le|la|l['’])\s*(?:contact|interlocut|correspondant)
    | \b(?:tenir|tenez)[\s-](?:moi|me)\s+inform[ée]""",
    re.VERBOSE,
)


# "You can stop chasing, the signed mandate is attached", "arrêtez de me relancer, j'ai déjà tout envoyé à votre
# collègue hier": the follow-ups asked to stop because what they chased is done. That is an answer (R5 ends the
# sequence), not an objection: R8 would suppress a client who has just signed and mark their contact objected. Only a
# request about the follow-ups themselves (chasing, reminders, relances) yields, only to a statement that the thing is
# done or agreed, and never when the reply also declines ("stop chasing, we've signed with another firm", "j'ai déjà
# répondu que non").
_ABOUT_THE_FOLLOW_UPS = re.compile(r"[^.!?\n]{0,25}?(?:chas|relanc|remind|follow|rappels)")
_DONE_OR_AGREED = re.compile(
    r"""\b(?:it|that|all|everything|the\s+\w+)(?:['’]s|\s+is|\s+has\s+been|\s+was|\s+are)\s+(?:now\s+|already\s+|all\s+)?
        (?:signed|sorted|settled|paid|booked|returned|submitted|attached|enclosed|in\s+the\s+post)\b
    | \b(?:it['’]s|it\s+is|that['’]s|all)\s+done\b | \bsigned\s+and\s+(?:returned|sent)\b
    | \b(?:i|we)(?:['’]ve|\s+have|\s+had)?\s+(?:already\s+|just\s+|now\s+)?(?:signed|returned|paid|booked|transferred|
        wired|submitted|uploaded|accepted|agreed|confirmed|said\s+yes|sent\s+(?:it|them|the|you|everything|back))\b
    | \b(?:we['’]re|we\s+are|i['’]m|i\s+am)\s+(?:going\s+ahead|in|on\s+board|happy\s+to\s+proceed|proceeding)\b
    | \bwe\s+accept\b | \blet['’]s\s+(?:go\s+ahead|proceed|sign|meet)\b
    | \bc['’]\s*est\s+(?:sign[ée]|fait|r[ée]gl[ée]|oui|valid[ée]|envoy[ée]|parti)\b
    | \b(?:ai|avons|a|ont|est|sont|a\s+[ée]t[ée]|ont\s+[ée]t[ée])\s+(?:d[ée]j[àa]\s+|bien\s+|tout\s+)*
        (?:sign[ée]|envoy[ée]|retourn[ée]|transmis|r[ée]gl[ée]|pay[ée]|vir[ée]|valid[ée]|accept[ée]|rempli|d[ée]pos[ée]|dit\s+oui)(?:e|s|es)?\b
    | \b(?:is|are|please\s+find)\s+(?:now\s+|here\s+)?(?:attached|enclosed)\b
    | \bsigned\s+(?:mandate|contract|form|agreement|copy|documents?|papers?|offer|proposal)\b
    | \b(?:ci-?joint|en\s+pi[èe]ce\s+jointe|en\s+pj)\b | \bnous\s+(?:signons|validons|acceptons|allons\s+signer)\b
    | \bvirement\s+(?:effectu[ée]|fait|parti)\b | \bdossier\s+(?:est\s+)?complet\b
    # relay_e: "j'ai dit que je signais", "je passe signer jeudi", "c'est bon pour moi, on fait comme vous dites",
    # "envoyez-moi le lien DocuSign", "I'll sign on Monday"
    | \bje\s+(?:passe\s+|viens\s+|vais\s+)?sign(?:e|erai|ais|er)\b
    | \bdit\s+(?:que\s+je\s+sign|que\s+c['’]\s*[ée]tait\s+oui)
    | \bc['’]\s*est\s+bon\s+pour\s+(?:moi|nous)\b | \bon\s+fait\s+comme\s+vous\s+(?:dites|proposez)\b
    | \b(?:envoyez|send)[\s-](?:moi|me)\s+(?:le|la|the|your)\s+
        (?:lien|link|contrat|contract|docusign|bulletin|formulaire|form|papers?)
    | \b(?:i['’]ll|i\s+will|we['’]ll|we\s+will)\s+sign\b""",
    re.VERBOSE,
)
_DECLINED = re.compile(
    r"""\bnot\s+interested | \bno\s+thank | \bsaid\s+no\b | \bdeclin | \bturn(?:ed)?\s+(?:it\s+)?down
    | \bnot\s+for\s+(?:me|us)\b
    | \b(?:another|other|different)\s+(?:firm|provider|adviser|advisor|bank|company|supplier|partner|solution|offer)
    | \bcompetitor | \belsewhere\b | \bunsubscrib | \bspam | \bharass | \bleave\s+(?:me|us)\s+alone | \bnever\b
    | \b(?:don['’]?t|do\s+not|no\s+longer)\s+(?:want|wish|need)\b | \bnot\s+going\s+ahead | \bwon['’]?t\b
    | \b(?:pas|plus)\s+int[ée]ress | \bne\s+(?:m|nous)['’]\s*int[ée]resse | \bnon\b | \brefus | \bd[ée]clin
    | \bautres?\s+(?:cabinet|prestataire|conseill|banque|soci[ée]t[ée]|fournisseur|partenaire|solution|offre)
    | \bconcurren | \bailleurs\b | \bd[ée]sinscri | \bharc[èe]l | \btranquille | \bjamais\b
    | \bne\s+(?:souhait|veu)\w*\s+(?:pas|plus) | \bsans\s+suite | \bpas\s+donner\s+suite""",
    re.VERBOSE,
)


# "Arrêtez de m'appeler le matin, je préfère l'après-midi", "stop emailing me at weekends": when, not whether.
_ONLY_AT_SOME_TIMES = re.compile(
    r"""[^.!?\n]{0,30}?\b(?:(?:le\s+(?:matin|soir|midi|week-?end|samedi|dimanche)|l['’]\s*apr[èe]s-midi|en\s+soir[ée]e|
        la\s+nuit|(?:pendant|durant)\s+(?:les|mes|nos)\s+(?:heures|vacances|cong[ée]s)|(?:at|on|over)\s+(?:the\s+)?weekends?|
        in\s+the\s+(?:morning|evening)|at\s+night|during\s+(?:my\s+|the\s+)?(?:holidays?|vacation|leave|working\s+hours))\b|
        (?:avant|apr[èe]s|before|after)\s+\d)"""
    r"(?![^.!?\n]{0,40}?\b(?:ni|ou|or|nor|plus\s+du\s+tout|at\s+all|ever|any\s+time)\b)",
    re.VERBOSE,
)


def _done_so_stop(view: str, match: re.Match[str]) -> bool:
    """Whether the request `match` (in the lower-cased `view` of the author's lines) asks the follow-ups to stop only
    because what they chased is done or agreed, or asks only when not to write."""
    if _ONLY_AT_SOME_TIMES.match(view, match.end()) is not None:
        return True
    return (
        _ABOUT_THE_FOLLOW_UPS.match(view, match.start()) is not None
        and _DONE_OR_AGREED.search(view) is not None
        and _DECLINED.search(view) is None
    )


# Without a frame, a request whose own words name someone else is still theirs, relayed (relay_c: "merci de ne plus le
# contacter" from his wife's address, "unsubscribe him now", "Elle ne veut plus de vos mails. Merci de la retirer",
# "mon père ne souhaite plus recevoir vos propositions"): its object is a third person (`_THIRD_TARGET`), or the
# subject of its clause is (a pronoun, a title and a name, a relative).
_THIRD_SUBJECT = re.compile(
    r"""\b(?:il|elle|ils|elles|he|she|they|er|lui|"""
    + _POSSESSED_KIN
    + r"""|(?:mr|mrs|ms|miss|dr|sir|m|mme|monsieur|madame|ma[îi]tre|herr|frau|sr|sra|don|do[ñn]a|dott|dottor|sig|signor|
        signora)\.?\s+[\w'’-]+)\b""",
    re.VERBOSE,
)
# … unless the author keeps writing to them about something else ("merci d'arrêter de contacter mon mari au sujet du
# PER; en revanche … pouvez-vous lui écrire à ce sujet ?", "he'd still like to hear about the ISA").
_STILL_WRITE_TO_THEM = re.compile(
    r"""\b(?:en\s+revanche|par\s+contre)[^.!?\n]{0,30}\b(?:il|elle|lui)\b
    | \b(?:pouvez|pourriez)[\s-]+vous\s+lui\s+[ée]crire
    | \bcontinuer\s+[àa]\s+recevoir | \btient\s+[àa]\s+(?:continuer|recevoir|garder)
    | \b(?:il|elle)\s+(?:voudrait|aimerait|souhaiterait|souhaite)\s+(?:bien\s+)?(?:faire|parler|discuter|recevoir|
        avoir|qu['’]\s*on)
    | \b(?:he|she|they)\s*(?:['’]d|would)?\s+(?:still\s+)?(?:like|wants?|be\s+happy)\s+to\s+
        (?:hear|discuss|talk|receive)
    | \b(?:but|however)\b[^.!?\n]{0,40}\b(?:write|e-?mail|send)\s+(?:to\s+)?(?:him|her|them)\b
    # relay_d: "He does, however, want to keep hearing from Pierre directly", "don't remove him from anything else"
    | \b(?:he|she|they)\b[^.!?\n]{0,30}
        \b(?:wants?|would\s+like|['’]d\s+like|(?:is|['’]s|are|['’]re)\s+(?:keen|happy|glad))\s+to\s+(?:keep|carry\s+on|continue)\s+
        (?:hearing|receiving|getting|to\s+hear|to\s+receive)
    | \b(?:don['’]t|do\s+not)\s+(?:remove|unsubscribe|take)\s+(?:him|her|them)\s+(?:off\s+|from\s+)?anything\s+else
    | \bkeep\s+(?:him|her|them)\s+on\s+(?:the|your|his|her|their)\b
    | \babout\s+the\b[^.!?\n]{0,40}\b(?:but|however)\b
    # the person was in copy, not written to ("vous avez mis ma femme en copie")
    | \b(?:mis|mettre|put|added|copied)\s+(?:ma|mon|my|his|her)\s+\w+\s+(?:en\s+copie|in\s+copy|on\s+cc|in\s+cc)""",
    re.VERBOSE,
)


def _names_another(view: str, match: re.Match[str]) -> bool:
    """Whether the relayed phrase `match`, found without a frame, names someone other than the author: its object
    (`_THIRD_TARGET`) or its clause's subject (`_THIRD_SUBJECT`), never the author ("me", "moi")."""
    said = view[match.start() : match.end()]
    if _FIRST_TARGET.search(_KIN_NAMED.sub(" ", said)):
        return False
    # a bare verb and pronoun needs the list or the mail it is about: "veuillez le supprimer" under a confidentiality
    # notice deletes the message, "can you take him?" takes the dog to the vet
    if _BARE.match(said) and not _OUT_OF_THE_LIST.match(view, match.end()):
        return False
    # "stop sending them to my old assistant": them are the emails; "je crois", "à voir avec lui": not a request
    if _THEM_TO.match(view, match.end() - 4) or _HEDGED.search(view[match.start() : match.end() + 120]):
        return False
    if (
        _THIRD_TARGET.search(said)
        or _THIRD_OBJECT.search(said)
        or _THIRD_SUBJECT.match(said)
        or _KIN_NAMED.search(said)
        or _FAMILY_NAME.search(said)
    ):
        return True
    clause = _CLAUSE_BREAK.split(_TITLE_DOT.sub(r"\1 ", view[max(0, match.start() - 80) : match.start()]))[-1]
    return _THIRD_SUBJECT.search(clause) is not None and not any(m.group("first") for m in _SUBJECTS.finditer(clause))


# A relative called by the family's name for them, as a name: "please take Mum off your list"
_FAMILY_NAME = re.compile(r"\b(?:mum|mom|dad|mummy|mommy|daddy|grandma|grandad|grandpa|granny|nan|nana)\b")
_BARE = re.compile(
    r"""(?:(?:le|la|les|l['’])\s*\w+|(?:take|drop|cancel|strike|remove|delete)\s+(?:him|her|them))$""", re.VERBOSE
)
_OUT_OF_THE_LIST = re.compile(
    r"""\s*(?:off|out\s+of|from|de|des|du|d['’])\s+(?:(?:vos|votre|la|les|ces|cette|tous\s+vos|toutes\s+vos|this|your|the|
    all\s+your|our)\s+)?(?:\w+\s+)?(?:listes?|lists?|fichiers?|files?|contacts|bases?|database|envois|diffusions?|
    distribution|mailings?|newsletters?|destinataires|records|system|e-?mails?|mails)\b""",
    re.VERBOSE,
)
_KIN_NAMED = re.compile(r"\b" + _POSSESSED_KIN)
# the person as the object of the stop: "ne plus le contacter", "d'arrêter de lui écrire", "no le vuelvan a enviar",
# "deixem de lhe enviar", "streichen sie ihn"
_THIRD_OBJECT = re.compile(
    r"""\b(?:ne\s+plus\s+(?:rien\s+)?|de\s+|d['’]\s*)(?:le|la|les|lui|leur|l['’])\s*\w
    | \bno\s+le\s+\w | \bdeixem\s+de\s+lhe\b | \bsie\s+(?:ihn|sie)\b
    | \bto\s+(?:mr|mrs|ms|miss|dr|sir|lady|lord)\.?\s+\w""",
    re.VERBOSE,
)
# a relative the request itself names: "cesser toute correspondance avec ma mère"
_KIN_OF_THE_REQUEST = re.compile(_KIN_TARGET)
_THEM_TO = re.compile(r"them\s+to\s+(?!him\b|her\b|them\b)")
_HEDGED = re.compile(
    r"""\bje\s+(?:crois|pense|suppose)\b | \bil\s+me\s+semble | \b[àa]\s+voir\s+avec\s+(?:lui|elle)
    | \bi\s+(?:think|believe|guess|suppose)\b | \bnot\s+sure\b | \bcheck\s+with\s+(?:him|her)\b""",
    re.VERBOSE,
)


_NOT_FOR_A_WHILE = re.compile(_FOR_A_WHILE, re.VERBOSE)


RELAYED_READ = 1500


def _relayed_request(view: str, text: str) -> str | None:
    """A request to stop relayed for the person the firm wrote to (see `_RELAYED_PHRASES`), in the lower-cased
    `view` of the author's own lines `text`, or None."""
    # Said at the top of a reply, by whoever answers for the person: its first lines are read, not a long letter.
    view, text = view[:RELAYED_READ], text[:RELAYED_READ]
    matches = _RELAYED_PHRASES_AT.finditer(view)
    if (first := next(matches, None)) is None or not _RELAYED_GATE_AT.search(view) or _for_themselves(view):
        return None
    for match in itertools.chain((first,), matches):
        paragraph_start = view.rfind("\n\n", 0, match.start()) + 1
        before = view[max(paragraph_start, match.start() - 300) : match.start()]
        around = view[max(paragraph_start, match.start() - 300) : match.end() + 150]
        if not _RELAY_FRAME.search(before + view[match.start() : match.end() + 150]) and not _names_another(
            view, match
        ):
            continue
        if _GONE_ELSEWHERE.search(around) or _no_request(_TURNED_AROUND_LOWER, view, match):
            continue
        sentence_end = _SENTENCE_END.search(view, match.end())
        if _MAY_I.search(
            view, _sentence_start(view, match.start()), sentence_end.start() if sentence_end else len(view)
        ):
            continue  # "if he ever decides to, can I unsubscribe him on his behalf?": a question, nothing asked yet
        if _STILL_WRITE_TO_THEM.search(view[max(paragraph_start, match.start() - 200) : match.end() + 300]):
            continue
        if not _NOT_FOR_A_WHILE.match(view, match.end()):
            continue  # "please do not contact him again before March": a pause, not a stop
        return text[match.start() : match.end()].strip()
    return None


# The author asks whether they may make the request, or how: "can I unsubscribe him on his behalf, or does it have to
# come from him?", "puis-je la désinscrire moi-même ?"
_MAY_I = re.compile(
    r"""(?:\b(?:can|could|may|should|do|must)\s+(?:i|we) | \bhow\s+(?:do|can|would|should|might)\s+(?:i|we)
    | \bpuis[\s-]je | \bpeut[\s-]on
    | \best[\s-]ce\s+que\s+(?:je|nous|l['’]on|on)\s+(?:peux|pouvons|peut|dois|devons|doit)
    | \bdois[\s-]je | \bpouvons[\s-]nous | \bdevons[\s-]nous | \bfaut[\s-]il)\b
    # … never a polite request: "could I ask you to take him off", "puis-je vous demander de ne plus lui écrire"
    (?!\s+(?:ask|request|kindly|please|trouble|vous\s+demander|vous\s+prier)\b)""",
    re.VERBOSE,
)


def _sentence_start(view: str, at: int) -> int:
    """Where the sentence holding the position `at` of `view` starts (after the last . ! ? or line break before it)."""
    return max(view.rfind(mark, 0, at) for mark in ".!?\n") + 1


def _for_themselves(head: str) -> bool:
    """The author stays ("mais moi oui") or asks to be written to instead (a successor): no relayed request."""
    return _AUTHOR_STAYS.search(head) is not None or _SUCCESSOR.search(head) is not None


def _speaks_for_another(view: str, match: re.Match[str]) -> bool:
    """Whether the own-phrased request `match` in the lower-cased `view` is relayed (see `_THIRD_TARGET`)."""
    head = view[:RELAYED_READ]
    if match.start() >= RELAYED_READ or not _RELAYED_GATE_AT.search(head) or _for_themselves(head):
        return False
    clause_end = _CLAUSE_BREAK.search(view, match.end())
    said = view[match.start() : clause_end.start() if clause_end else match.end() + 80]
    # without a frame, only a relative the request itself names ("cesser toute correspondance avec ma mère")
    if not _RELAY_FRAME.search(head) and not _KIN_OF_THE_REQUEST.search(said):
        return False
    before = _CLAUSE_BREAK.split(_TITLE_DOT.sub(r"\1 ", view[max(0, match.start() - 120) : match.start()]))[-1]
    # the author named as the object, in the request or just before it ("bitte senden Sie mir keine E-Mails mehr")
    # (a relative named is not the author: "du mandat de protection future de mon oncle, je vous prie de …")
    if _FIRST_TARGET.search(_KIN_NAMED.sub(" ", before[-30:] + view[match.start() : match.end()])):
        return False
    if _THIRD_TARGET.search(said) or (_DEATH_TARGET.search(said) and _DEATH.search(head)):
        return True
    subjects = list(_SUBJECTS.finditer(before))
    return bool(subjects) and subjects[-1].group("third") is not None


def _also_relayed(view: str, text: str, match: re.Match[str]) -> bool:
    """Whether, beside the author's own request `match`, the reply relays one for the person written to ("Merci de
    supprimer M. Vidal ainsi que moi-même de votre liste. Nous ne souhaitons plus recevoir vos offres": both asked),
    read with the author's own words blanked out, so that they are never read twice."""
    blank = " " * (match.end() - match.start())
    return (
        _relayed_request(
            view[: match.start()] + blank + view[match.end() :], text[: match.start()] + blank + text[match.end() :]
        )
        is not None
    )


# Both asked at once, the author and the person written to: "retirez-nous tous les deux", "nous retirer, lui comme
# moi", "ni lui ni moi ne souhaitons", "remove us both", "take both Jonathan and the office address off".
_BOTH = re.compile(
    r"""\b(?:tous|toutes)\s+(?:les\s+)?deux\b(?!\s+(?:jours|semaines|mois|ans|heures|minutes)\b)
    | \b(?:lui|elle)\s+comme\s+moi\b | \bmoi\s+comme\s+(?:lui|elle)\b
    | \bni\s+(?:lui|elle)\s+ni\s+moi\b | \b(?:us|them)\s+both\b | \bboth\s+of\s+us\b | \b(?:remove|take)\s+both\b""",
    re.VERBOSE,
)


def _both_asked(view: str, match: re.Match[str]) -> bool:
    """Whether the author's own request `match` (in the lower-cased `view`) is made for them and another at once, in
    its sentence (`_BOTH`): then it is relayed too (R8 suppresses the people written to with the author)."""
    end = _SENTENCE_END.search(view, match.end())
    return _BOTH.search(view, _sentence_start(view, match.start()), end.start() if end else len(view)) is not None


_SENTENCE_END = re.compile(r"[.!?\n]")


# An event's list, not the mail: "take her off the guest list for the dinner", "retirez-moi de la liste d'attente"
# (never "your invitation list", the invitations a firm sends: blind16's "Please take me off your invitation list")
_EVENT_LIST = re.compile(
    r"""\b(?:guest|waiting|wait|attendee|attendance|seating|speakers?|delegates?|rsvp|short)\s*-?\s*
        lists?\b
    | \blistes?\s+(?:des\s+invit[ée]s|d['’]\s*attente|des\s+participants|des\s+inscrits|des\s+convives)
    # relay_e: "remove me from the list for the Bordeaux wine tasting", "unsubscribe me from the webinar reminders",
    # "nehmen Sie mich aus dem Verteiler für den Neujahrsempfang"
    # (one event named, never the firm's events in general: "take me off your events list", "your list for events")
    | \b(?:list|liste|verteiler)\s+(?:for\s+(?:the|this|tomorrow['’]s|next|our)|pour\s+(?:le|la|l['’]|les)|du|de\s+la|
        f[üu]r\s+(?:den|die|das|dem))\s*(?:[\w'’-]+\s+){0,3}?(?!events?\b|[ée]v[ée]nements?\b)"""
    + _EVENT
    + r"""\b
    | \bfrom\s+(?:the|this|tomorrow['’]s|next|my)\s+(?:[\w'’-]+\s+){0,2}?(?!events?\b)"""
    + _EVENT
    + r"""\s+(?:reminders?|invitations?|invites?|list)\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _no_request(guards: tuple[tuple[re.Pattern[str], int], ...], text: str, match: re.Match[str]) -> bool:
    """What makes the phrase `match` found in `text` no request: turned around by the words before it, an event left,
    a broken link reported by someone staying, calls refused with writing welcome."""
    phrase, start = match.group(0), match.start()
    return (
        _turned_around(guards, text, start)
        or _EVENT_LIST.search(text, start, match.end() + 40) is not None
        or _left_an_event(phrase, text[:start])
        or _reports_a_link_only(phrase, text, start)
        or _phone_only(text, start, match.end())
    )


def _turned_around(guards: tuple[tuple[re.Pattern[str], int], ...], text: str, start: int) -> bool:
    """A guard finds, in the text before `start`, what makes the phrase there no request."""
    return any(pattern.search(text[max(0, start - width) : start]) for pattern, width in guards)


_FOOTER_LINE_LOWER = lowercase.twin(_FOOTER_LINE)
# A footer speaks to its reader, never as "I": a line with the author's "I" or "je" is theirs, whatever it mentions
# ("Your preferences link wants me to create an account to unsubscribe, which I'm not going to do").
_FIRST_PERSON = re.compile(
    r"(?:^|(?<=[^\w'’]))(?:(?:i|je)(?:['’](?:m|ve|d|ll))?(?![\w'’-])|j['’](?=\w))", re.IGNORECASE
)


def _footer(line: str, pattern: re.Pattern[str] = _FOOTER_LINE) -> bool:
    """`line` is a list's or a disclaimer's, not the author's (`pattern`: `_FOOTER_LINE` or its lower-case twin)."""
    return bool(pattern.search(line)) and not _FIRST_PERSON.search(line)


_PHRASES_LOWER = [(lowercase.twin(re.compile(p, _FLAGS | re.MULTILINE)).pattern, hints) for p, hints in _EN + _FR + _EU]

# Each phrase's hints, and every hint once: a text's hints are looked up once, not once per phrase that has them. A
# hint that contains a shorter one ("abonnement", "abonne") is looked up as the shorter: a text with the longer has
# the shorter, and a phrase that may match is never left out (one that cannot is read for nothing, rarely).
_HINTS = {hint for _, hints in _PHRASES_LOWER for hint in hints}
_ROOT = {hint: min((other for other in _HINTS if other in hint), key=len) for hint in _HINTS}
_PHRASE_HINTS = [frozenset(_ROOT[hint] for hint in hints) for _, hints in _PHRASES_LOWER]
_ALL_HINTS = tuple(sorted(set(_ROOT.values())))
# The phrases that have each hint: the phrases a text's hints make possible, without testing every phrase's.
_PHRASES_OF = {hint: tuple(i for i, hints in enumerate(_PHRASE_HINTS) if hint in hints) for hint in _ALL_HINTS}
# Words one of which any opt-out contains (a phrase contains one of its hints; a standalone request one of these): a
# text with none of them is no opt-out.
_STANDALONE_WORDS = (
    "unsub", "stop", "remove", "opt", "désins", "desins", "désabon", "desabon", "retir",
    "afmeld", "uitschrij", "abmeld", "austrag", "avmeld", "avregistr",
)  # fmt: skip
_PREFILTER_WORDS = tuple(sorted(set(_ALL_HINTS) | set(_STANDALONE_WORDS)))
_PREFILTER = re.compile("|".join(map(re.escape, _PREFILTER_WORDS)), re.IGNORECASE)
_PREFILTER_LOWER = lowercase.twin(_PREFILTER)


# The relay frames' words as one scan (`_relayed_request`).
_RELAYED_GATE_AT = re.compile(anchored.trie(_RELAYED_GATE))
# The relayed phrases, tried only where one of them may start (a millisecond a reply when tried everywhere).
_RELAYED_PHRASES_AT = anchored.Anchored(_RELAYED_PHRASES)
# Every hint where it starts, overlapping ones too (no hint contains another: each is its shortest form, `_ROOT`).
# The hints in Chinese, Japanese, Korean and Arabic are looked for only in a text that holds those scripts: each
# first letter more costs the scan of every text at every position.
_OTHER_SCRIPTS = lowercase.EAST_ASIAN_OR_ARABIC
_HINTS_AT = re.compile(anchored.trie(h for h in _ALL_HINTS if not _OTHER_SCRIPTS.search(h)))
_OTHER_HINTS_AT = re.compile(anchored.trie(h for h in _ALL_HINTS if _OTHER_SCRIPTS.search(h)))


def _hints_in(lowered: str) -> set[str] | None:
    """The phrases' hints `lowered` contains; None when it holds none of `_PREFILTER_WORDS` (what
    `_PREFILTER_LOWER.search` finds, but by one scan for the hints' tree of prefixes: a scan for one of many words
    with no common prefix is slow in `re`)."""
    present = anchored.every_start(_HINTS_AT, lowered)
    if _OTHER_SCRIPTS.search(lowered):
        present |= anchored.every_start(_OTHER_HINTS_AT, lowered)
    if present or any(word in lowered for word in _STANDALONE_WORDS):
        return present
    return None


_PHRASE_FLAGS = _FLAGS & ~re.IGNORECASE | re.MULTILINE


@lru_cache(maxsize=1)
def _each_phrase() -> list[anchored.Anchored]:
    """Each phrase as a case-sensitive pattern of its own, tried only where it may start, compiled once (at first
    use, a tenth of a second): a text's possible phrases are searched one by one (`_requests_among`), never
    compiled together, which cost a few milliseconds for each new set of hints (most texts of varied mail)."""
    return [anchored.Anchored(re.compile(phrase, _PHRASE_FLAGS)) for phrase, _ in _PHRASES_LOWER]


def _requests_among(indexes: tuple[int, ...], text: str) -> Iterator[re.Match[str]]:
    """`_requests` of the phrases at `indexes` joined in their order, found phrase by phrase: the first match starts
    where the leftmost of theirs starts, and at one start it is the phrase listed first (as an alternation would
    take it); the others have no possible match in the text."""
    phrases = _each_phrase()
    ahead = {i: phrases[i].search(text, 0) for i in indexes}
    at = 0
    while True:
        for i, match in ahead.items():
            if match is not None and match.start() < at:
                ahead[i] = phrases[i].search(text, at)
        found = [(match.start(), i, match) for i, match in ahead.items() if match is not None]
        if not found:
            return
        start, _, first = min(found, key=lambda item: item[:2])
        yield first
        at = start + 1


def _phone_only(text: str, start: int, end: int) -> bool:
    """The request found at `start`-`end` is about calls only and the text asks to be written to instead: its clause
    (the phrase and what it stops, to the next comma, dash or sentence end: "cesser de m'|appeler|, écrivez-moi")
    names a call and no writing ("ne plus m'appeler ni m'écrire", "stop calling and emailing me" stop everything),
    and writing is welcome outside it, not refused there too ("ne plus m'appeler, ni m'écrire")."""
    rest = _CLAUSE_END.search(text, end)
    clause_end = rest.start() if rest else len(text)
    clause = text[start:clause_end]
    if not (_PHONE_VERB.search(clause) or _POST.search(clause)) or _WRITING.search(clause):
        return False
    outside = text[:start] + " " + text[clause_end:]
    return any(
        not _REFUSED_TOO.search(outside[max(0, m.start() - 12) : m.start()]) for m in _WRITE_INSTEAD.finditer(outside)
    )


# The word a sender's own footer asks for to opt out ("Pour ne plus être sollicité, répondez « non merci »", "Reply
# UNSUBSCRIBE and you won't hear from us again"), in quotes or in capitals, on a line that says what it is for.
_ASKED = re.compile(
    r"""(?i:\b(?:reply|respond|answer|write\s+back|r[ée]pondez|r[ée]pondre|r[ée]pondant|renvoyez|tapez|type|send)\b)[^\S\n]+
        (?i:(?:(?:simply|just|simplement|only|with|par|avec|to\s+this\s+(?:e-?mail|message)\s+with|
            [àa]\s+ce\s+(?:mail|message|courriel|e-?mail)\s+(?:par|avec))[^\S\n]+)*(?:(?:the\s+word|le\s+mot)[^\S\n]+)?)
        (?:["'«“‘][^\S\n]*(?P<quoted>[^"'»”’\n]{1,24}?)[^\S\n]*["'»”’]|(?P<caps>[A-Z]{2,15}(?:[^\S\n]+[A-Z]{2,15})?)\b)""",
    re.VERBOSE,
)
_ASKED_FOR = re.compile(
    r"""unsub|opt[\s-]?out|\bstop|\bobject\b|oppos|remove|désinscri|desinscri|désabonn|desabonn|retir|supprim|cesser|
        arr[êe]t(?:e|er|ons|erai|erons)\b|no\s+longer|won['’]t|will\s+not|we['’]ll\s+(?:stop|remove)|
        (?:didn['’]t|not\s+to|no\s+more)\s+follow(?:ing)?\s+up|close\s+(?:your|the)\s+(?:file|record)|
        contact\s+you\s+again|hear\s+from\s+(?:us|me)|the\s+last\s+(?:you['’]ll|e-?mail|message|time)|
        leave\s+you\s+(?:be|alone)|bother\s+you|not\s+(?:for\s+you|relevant|interested)|
        \bne\s+plus|(?:souhaitez|voulez|désirez|desirez)\s+plus|plus\s+(?:de\s+nouvelles|sollicit|recevoir|envie)|
        plus\s+(?:être|etre)\s+(?:contacté|contacte|sollicité|sollicite|relancé|relance)|
        pas\s+(?:pour\s+vous|intéress|interess|concern)|laisser(?:ons|ai)?\s+tranquille|
        (?:cl[ôo]s|cl[ôo]tur|ferm|archiv)\w*\s+(?:votre|ta)\s+(?:fiche|dossier)""",
    re.IGNORECASE | re.VERBOSE,
)
_GREETING = re.compile(
    r"^(?:bonjour|bonsoir|hello|hi|hey|dear|cher|chère|madame|monsieur|good\s+(?:morning|afternoon))\b[^.!?\n]{0,40}$",
    re.IGNORECASE,
)
_PUNCT = re.compile(r"[\s.,;:!«»\"'“”‘’()-]+")


def _words(text: str) -> str:
    """`text` lower-cased, its punctuation and spaces one space."""
    return _PUNCT.sub(" ", text.lower()).strip()


# Courtesies said around the word, and words a footer may ask for that say yes or ask for more (never an opt-out,
# whatever the line around them says), in `_words` form as what they are compared with.
_COURTESY = tuple(map(_words, (
    "merci", "thanks", "thank you", "thx", "ty", "svp", "stp", "please", "pls", "plz", "s'il vous plaît",
    "s'il vous plait",
)))  # fmt: skip
_NEVER_OPT_OUT_WORDS = frozenset(map(_words, (
    "yes", "oui", "ok", "okay", "d'accord", "interested", "intéressé", "intéressée", "interesse", "call", "rappel",
    "rdv", "info", "infos", "more", "plus", "go",
)))  # fmt: skip


def asked_word(body: str) -> str | None:
    """The word the message's quoted footer asks for to opt out ("non merci", "no thanks", "remove"), lower-cased,
    or None: read in the whole body, quoted history included (the footer is the sender's own)."""
    if not body:
        return None
    for match in _ASKED.finditer(body):
        start = body.rfind("\n", 0, match.start()) + 1
        end = body.find("\n", match.end())
        line = body[start : len(body) if end < 0 else end]
        around = line.replace(match.group(0), " ")
        if _ASKED_FOR.search(around):
            word = _words(match.group("quoted") or match.group("caps") or "")
            if word and word not in _NEVER_OPT_OUT_WORDS:
                return word
    return None


_FIRST_SENTENCE = re.compile(r"\s*([^.!?\n]{2,40}?)\s*[.!]+(?=\s|$)")


def _says_asked_word(lines: list[str], body: str | None) -> str | None:
    """The line that says only the word the footer quoted in `body` asks for (courtesies around it allowed), first
    after a greeting, with at most a short signature below it and no question; None otherwise."""
    if not body:
        return None
    content = [line for line in lines if line.strip()]
    if content and _GREETING.match(content[0]):
        content = content[1:]
    if not content or len(content) > 6 or (asked := asked_word(body)) is None:
        return None
    # "STOP. And please don't start on our sister school either": the word, in the capitals the footer asks for, as
    # the reply's first sentence
    first = _FIRST_SENTENCE.match(content[0])
    if first and first.group(1).isupper() and _words(first.group(1)) == asked and "?" not in content[0]:
        return first.group(0)
    if len(content[0]) > 40:
        return None
    said = _words(content[0])
    for courtesy in _COURTESY:
        if said != asked:
            said = said.removesuffix(" " + courtesy).removeprefix(courtesy + " ")
    if said != asked:
        return None
    if any(len(line) > 60 or "?" in line for line in content[1:]):
        return None
    return content[0]


class Request(NamedTuple):
    """A request to stop: the phrase that says it, and whether its author relayed it for the person the firm wrote
    to (an assistant, a relative, counsel, an executor: `_relayed_request`) rather than asking for themselves."""

    phrase: str
    relayed: bool = False


def _own(phrase: str | None) -> Request | None:
    return Request(phrase) if phrase is not None else None


def _relayed(view: str, text: str) -> Request | None:
    phrase = _relayed_request(view, text)
    return Request(phrase, relayed=True) if phrase is not None else None


def detect(new_text: str, body: str | None = None, sender: str | None = None) -> str | None:
    """The phrase by which the author asks to stop, or None (`read`'s phrase)."""
    request = read(new_text, body, sender)
    return request.phrase if request is not None else None


def read(new_text: str, body: str | None = None, sender: str | None = None) -> Request | None:
    """The author's request to stop, or None. `body`: the whole message, quoted history included,
    where the sender's footer may name the word that opts out ("répondez « non merci »"): that word said alone is a
    request too (read only for a short reply). `sender`: the author's address, when known (a request that names an
    address is the author's own only when it names theirs)."""
    if not new_text:
        return None
    if _CYRILLIC_GREEK_HEBREW.search(new_text) and (said := _other_script_request(new_text, sender)) is not None:
        return Request(said)
    lowered = lowercase.lowered(new_text)
    if lowered is None:
        return _detect_slow(new_text, body, sender)
    present = _hints_in(lowered)
    if present is None:
        own = _own_lines(new_text)
        if (said := _says_asked_word(own, body)) is not None:
            return Request(said)
        text = "\n".join(own)
        return _relayed(text.lower(), text)  # `lowered` said lower() keeps this text's length
    lines: list[str] = []
    views: list[str] = []
    for line, view in zip(new_text.split("\n"), lowered.split("\n"), strict=True):
        if _SIGNATURE_DELIMITER.match(line.strip()):
            break
        if line.strip() and not _footer(view, _FOOTER_LINE_LOWER):
            lines.append(line.strip())
            views.append(view.strip())
    for line, view in zip(lines[:3], views[:3], strict=True):
        if _STANDALONE_LOWER.match(view):
            return Request(line)
    if (said := _says_asked_word(lines, body)) is not None:
        return Request(said)
    text, view = "\n".join(lines), "\n".join(views)
    possible = tuple(sorted({i for hint in present for i in _PHRASES_OF.get(hint, ())}))
    if not possible:
        return _relayed(view, text)
    for match in _requests_among(possible, view):
        if not _no_request(_TURNED_AROUND_LOWER, view, match) and not _about_someone_else(view, match, sender):
            if _STILL_WRITE_TO_ME.search(view, match.end()):
                return None
            if _done_so_stop(view, match):
                continue
            if (request := _reading(view, text, match)) is not None:
                return request
    return _relayed(view, text)


def _reading(view: str, text: str, match: re.Match[str]) -> Request | None:
    """What the request `match` (in the lower-cased `view` of the author's lines `text`, past its guards) asks, or None
    when it asks nothing: a request of `_YIELDS_TO_RELAY` as `_yielded` reads it, any other as `_own_request`."""
    if _YIELDS_TO_RELAY.fullmatch(view, match.start(), match.end()):
        return _yielded(view, text, match)
    return _own_request(view, text, match)


def _own_request(view: str, text: str, match: re.Match[str]) -> Request | None:
    """The author's request `match`: relayed too when it speaks for another (none when that person keeps hearing from
    the adviser: "Tim would like to come off the newsletter list, but he's keen to keep hearing from Alison"), when the
    reply relays one beside it, or when it is made for both at once."""
    for_another = _speaks_for_another(view, match)
    if for_another and _STILL_WRITE_TO_THEM.search(view, max(0, match.start() - 200), match.end() + 300):
        return None
    relayed = for_another or _also_relayed(view, text, match) or _both_asked(view, match)
    return Request(text[match.start() : match.end()].strip(), relayed=relayed)


# "… avec ma mère", not "… avec moi", "avec nous", "avec notre société", "avec votre cabinet" (the firm written to).
_WITH_ANOTHER = re.compile(
    r"""\s+avec\s+(?!(?:moi|nous|vous)\b|(?:notre|nos|votre|vos|mon|ma|mes)\s+(?:soci[ée]t[ée]|entreprise|cabinet|
        [ée]tude|famille|foyer|association|structure|[ée]tablissement|office|maison|compagnie|groupe|adresse|bo[îi]te|
        service)s?\b)""",
    re.VERBOSE,
)


def _yielded(view: str, text: str, match: re.Match[str]) -> Request | None:
    """What a request of `_YIELDS_TO_RELAY` (`match`, in the lower-cased `view` of the author's lines `text`) asks:
    the relayed request when the reply relays one; with someone other than the author ("cesser toute correspondance
    avec ma mère"), a request relayed for them when it speaks for them, else none ("… avec mon ancien associé, il a
    quitté le cabinet"); otherwise the author's own."""
    if (relayed := _relayed(view, text)) is not None:
        return relayed
    phrase = text[match.start() : match.end()].strip()
    if _WITH_ANOTHER.match(view, match.end()):
        return Request(phrase, relayed=True) if _speaks_for_another(view, match) else None
    return _own_request(view, text, match)


def _requests(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Each match of `pattern` in `text`, in order; after one the caller turns down, the next is looked for from the
    character after its start, not after its end: a longer phrase may start inside it ("please unsubscribe" about
    an address, then "unsubscribe accounts@… from every mailing list", which names it)."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        yield match
        at = match.start() + 1


# Russian, Ukrainian, Bulgarian, Greek and Hebrew requests, read case-insensitively on the author's own lines of a text
# that holds one of those scripts (Cyrillic and Greek letters fold in ways `lowercase.twin` refuses): "Отпишите меня",
# "не пишите мне больше", "видаліть мою адресу", "отпишете ме", "μη μου ξαναστείλετε", "διαγράψτε με", "להסיר אותי".
_CYRILLIC_GREEK_HEBREW = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea]")
_OTHER_SCRIPT_PHRASES = re.compile(
    r"""(?:отпиш(?:ите|и)\s+(?:меня|нас)|не\s+пиш(?:ите|и)\s+(?:мне|нам)|удалите\s+(?:меня|мой\s+адрес)|
        (?:прошу|просим)\s+(?:исключить|удалить)\s+(?:меня|мой\s+адрес)|(?:хочу|прошу)\s+отписаться|
        відпиш(?:іть|и)\s+(?:мене|нас)|не\s+пиш(?:іть|и)\s+(?:мені|нам)|видаліть\s+(?:мене|мою\s+адресу)|
        прошу\s+видалити\s+(?:мене|мою\s+адресу)|
        отпишете\s+(?:ме|ни)|не\s+ми\s+пишете|премахнете\s+(?:ме|адреса\s+ми)|изтрийте\s+(?:ме|адреса\s+ми)|
        μη(?:ν)?\s+μου\s+(?:ξανα)?(?:στ[εέ]λνετε|στείλετε|στειλετε|γράφετε|γραφετε)|διαγράψτε\s+με|διαγραψτε\s+με|
        αφαιρέστε\s+με|αφαιρεστε\s+με|
        להסיר\s+אותי|הסירו\s+אותי|אל\s+תשלחו\s+לי|תפסיקו\s+לשלוח\s+לי)(?!\w)""",
    re.IGNORECASE | re.VERBOSE,
)


def _other_script_request(new_text: str, sender: str | None) -> str | None:
    """A request to stop in Russian, Ukrainian, Bulgarian, Greek or Hebrew, on the author's own lines, or None."""
    text = "\n".join(_own_lines(new_text))
    for match in _OTHER_SCRIPT_PHRASES.finditer(text):
        if _PAPER_AFTER.match(text, match.end()):
            continue  # "μη μου στέλνετε πια έντυπα": the post stops, not the mail
        if not _no_request(_TURNED_AROUND, text, match) and not _about_someone_else(text, match, sender):
            return match.group(0).strip()
    return None


_PAPER_AFTER = re.compile(
    r"[^.!?\n]{0,40}?(?:έντυπ|εντυπ|χαρτ|ταχυδρομ|бумаж|по\s+почте|почтой|паперов|поштою|хартиен|по\s+пощата|נייר|בדואר)",
    re.IGNORECASE,
)


def _own_lines(new_text: str) -> list[str]:
    """The lines the author wrote: stripped, not blank, above a signature delimiter, not links nor footers."""
    lines: list[str] = []
    for line in new_text.split("\n"):
        if _SIGNATURE_DELIMITER.match(line.strip()):
            break
        if line.strip() and not _footer(line):
            lines.append(line.strip())
    return lines


def _detect_slow(new_text: str, body: str | None = None, sender: str | None = None) -> Request | None:
    """`read` with case-insensitive patterns, for the rare text `_lowered` cannot fold."""
    if not _PREFILTER.search(new_text):
        return _own(_says_asked_word(_own_lines(new_text), body))
    lines = _own_lines(new_text)
    for line in lines[:3]:
        if _STANDALONE.match(line):
            return Request(line)
    if (said := _says_asked_word(lines, body)) is not None:
        return Request(said)
    text = "\n".join(lines)
    folded = text.lower()
    for match in _requests(_PHRASES, text):
        if not _no_request(_TURNED_AROUND, text, match) and not _about_someone_else(text, match, sender):
            if len(folded) == len(text) and _STILL_WRITE_TO_ME.search(folded, match.end()):
                return None
            if len(folded) != len(text):
                return Request(match.group(0).strip())
            if _done_so_stop(folded, match):
                continue
            if (request := _reading(folded, text, match)) is not None:
                return request
    return _relayed(folded, text) if len(folded) == len(text) else None
