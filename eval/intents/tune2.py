"""A second tuning split, `tune2`. Written after the rules existed as a second held-out split and measured once as
such, blind (macro-F1 0.510, accuracy 0.475, 46 % of replies left to an LLM: the rules had learnt the first splits'
wordings, not the language), then given to tuning. It leans on what the first splits had little of: indirect opt-outs, polite
declines, long corporate replies, inline answers, replies in the other language, one-liners above long threads.
"""

from __future__ import annotations

from common import C

LONG_FR = """

De : Claire Martin <claire.martin@cabinet-martin.fr>
Envoyé : mardi 13 octobre 2026 17:02
À : Benoît Leclerc <b.leclerc@transports-leclerc.fr>
Objet : RE: Accompagnement retraite des dirigeants

Bonjour Monsieur Leclerc,

Suite à notre échange téléphonique, je vous adresse comme convenu notre proposition. N'hésitez pas si vous
souhaitez un rendez-vous, un devis détaillé ou simplement plus d'informations.

Si vous préférez ne plus être contacté, dites-le-moi simplement.

Bien cordialement,
Claire Martin

De : Benoît Leclerc
Envoyé : lundi 12 octobre 2026 09:14
Objet : Accompagnement retraite des dirigeants

Rappelez-moi demain si vous voulez.
"""

LONG_EN = """

From: Sarah Collins
Sent: Tuesday, October 13, 2026 5:02 PM
To: Grace Holloway
Subject: RE: Pension review for directors

Dear Grace,

As discussed, please find our proposal attached. Happy to set up a meeting, send a detailed quote, or answer any
questions. If you would rather not hear from us, just say so and I will remove you from our list.

Kind regards,
Sarah

From: Grace Holloway
Sent: Monday, October 12, 2026 9:14 AM
Subject: Pension review for directors

Call me next week.
"""

# fmt: off
CASES = [
    # indirect opt-outs
    C("fr", "unsubscribe", "Je n'ai jamais demandé à recevoir vos messages. Veuillez cesser immédiatement.\nD. Lambert"),
    C("fr", "unsubscribe", "Bonjour,\nC'est la troisième fois que je vous demande de ne plus m'écrire.\nCordialement"),
    C("en", "unsubscribe", "I never signed up for this. Remove my address now."),
    C("en", "unsubscribe", "Please stop. This is the fourth email this month."),
    C("fr", "unsubscribe", "Merci de cesser toute communication à mon égard." + LONG_FR),
    C("en", "unsubscribe", "Kindly cease all further communication.\n\nR. Stanton\nGeneral Counsel" + LONG_EN),
    C("fr", "unsubscribe", "désinscrivez moi svp"),
    C("en", "unsubscribe", "unsub"),
    # polite declines
    C("fr", "not_interested", "Bonjour Claire,\n\nMerci beaucoup pour votre proposition très complète. Après en avoir discuté avec mon associé, nous avons décidé de ne pas donner suite pour le moment ni à moyen terme : nous restons avec notre conseiller actuel.\n\nJe vous souhaite une belle continuation.\n\nBien cordialement,\nBenoît Leclerc\nDirecteur général\nTransports Leclerc" + LONG_FR),
    C("en", "not_interested", "Dear Sarah,\n\nThank you for taking the time to put this together. Having reviewed it with the board, we have concluded that it is not the right fit for us and we will not be proceeding.\n\nWith best wishes,\nGrace Holloway\nCompany Secretary" + LONG_EN),
    C("fr", "not_interested", "Merci, mais nous sommes très bien équipés de ce côté-là."),
    C("en", "not_interested", "Thanks but we're all set."),
    C("en", "not_interested", "Appreciate it, but we'll pass this time and for the foreseeable future."),
    C("fr", "not_interested", "Je ne vais pas donner suite, merci quand même."),
    # one-liners above long threads
    C("fr", "meeting_request", "Ok pour jeudi 15h." + LONG_FR),
    C("en", "meeting_request", "Thursday 3pm works." + LONG_EN),
    C("fr", "quote_request", "Envoyez le devis détaillé." + LONG_FR),
    C("en", "quote_request", "Send the detailed quote please." + LONG_EN),
    C("fr", "other", "Bien noté." + LONG_FR),
    C("en", "other", "Got it, thanks." + LONG_EN),
    C("fr", "interested", "On y va." + LONG_FR),
    C("en", "interested", "Let's proceed." + LONG_EN),
    # replies in the other language
    C("en", "not_now", "Bonjour Sarah, not now please, let's talk again in January. Bonne journée, Luc", until="2027-01-01"),
    C("fr", "quote_request", "Hi Claire, could you send me a quote? Merci, Tom"),
    C("fr", "referral", "Sorry, I'm not the right contact. Please write to Anne Perrot, anne.perrot@perrot-avocats.fr.", referral=("Anne Perrot", "anne.perrot@perrot-avocats.fr")),
    C("en", "information_request", "Bonjour, auriez-vous une brochure en anglais pour mon associé britannique ?\nMerci\nHélène"),
    # mixed signals
    C("fr", "information_request", "Pas intéressé par un rendez-vous pour l'instant, mais envoyez-moi vos conditions générales.\nAlain"),
    C("en", "meeting_request", "Not sure it's for us, but happy to do a 15-minute call to find out. Friday?\nOwen"),
    C("fr", "not_now", "Votre offre est intéressante mais nous gelons tous les projets jusqu'en mars. Revenez vers moi à ce moment-là.\nCordialement\nSabine Roux", until="2027-03-01"),
    C("en", "not_now", "Interesting, but nothing will happen before Q2 next year. Let's reconnect then.\nMike", until="2027-04-01"),
    C("fr", "quote_request", "Oui pour un rendez-vous plus tard, mais d'abord j'ai besoin de connaître vos prix.\nNoémie"),
    C("en", "referral", "We might be interested, but procurement decides. Please contact Laura Beck (laura.beck@ardent.co.uk).", referral=("Laura Beck", "laura.beck@ardent.co.uk")),
    # not_now with and without dates
    C("fr", "not_now", "Recontactez-moi après notre assemblée générale, début juin.\nM. Perrin", until="2027-06-01"),
    C("en", "not_now", "Let's revisit in the spring.\nCarol", until="2027-03-21"),
    C("fr", "not_now", "Pas cette année. On en reparle en 2027.\nBruno", until="2027-01-01"),
    C("en", "not_now", "Circle back after Christmas?", sent="2026-11-20", until="2027-01-02"),
    C("fr", "not_now", "Je suis en pleine réorganisation, relancez-moi d'ici deux mois.\nCéline", until="2026-12-14"),
    C("en", "not_now", "Give me a few weeks to settle into the new role and then try again.\nPriya"),
    C("fr", "not_now", "Plus tard peut-être."),
    C("en", "not_now", "Ask me again in the new financial year (April).\nTom", sent="2027-01-12", until="2027-04-01"),
    # meetings and calls, indirect
    C("fr", "meeting_request", "Mon assistante va vous contacter pour caler un créneau.\nP. Marchand\nPDG"),
    C("en", "meeting_request", "My EA will reach out to find a slot.\nVincent Hale"),
    C("fr", "meeting_request", "Je suis au 06 11 22 33 44 toute la matinée."),
    C("en", "meeting_request", "I'm around all afternoon if you want to phone.\nDan"),
    # information requests, indirect
    C("fr", "information_request", "J'aimerais comprendre ce qui vous distingue des autres cabinets.\nSylvain"),
    C("en", "information_request", "What makes you different from the other firms who keep emailing me?\nJoanne"),
    C("fr", "information_request", "Vous intervenez aussi en Belgique ?"),
    C("en", "information_request", "Any references in the legal sector?"),
    # referrals
    C("fr", "referral", "Notre nouvelle DAF, Inès Caron, arrive lundi ; je lui transmets votre message (ines.caron@grpe-hubert.fr).", referral=("Inès Caron", "ines.caron@grpe-hubert.fr")),
    C("en", "referral", "I've retired - my son Peter Walsh runs the practice now: peter@walsh-dental.co.uk", referral=("Peter Walsh", "peter@walsh-dental.co.uk")),
    C("fr", "referral", "Ce dossier relève de la direction juridique, je vous laisse voir avec eux : juridique@lacroix-sa.fr", referral=(None, "juridique@lacroix-sa.fr")),
    # out of office written by hand
    C("fr", "out_of_office", "Bonjour, je suis en vacances sans réseau jusqu'au 3 novembre. Je vous répondrai à mon retour.\nLouise"),
    C("en", "out_of_office", "Away on a site visit until Friday with patchy signal - will reply properly next week.\nNeil"),
    # other
    C("fr", "other", "Bonjour, je crois que votre message est incomplet, il manque la pièce jointe.\nCordialement"),
    C("en", "other", "Your email came through blank on my side."),
    C("fr", "other", "Qui vous a donné mes coordonnées ?"),
    C("en", "other", "Is this a real person or an automated sequence?"),
    C("fr", "interested", "Parfait, ça me va.\nJ."),
    C("en", "interested", "Yes please!"),
    C("fr", "interested", "Oui"),
    C("en", "not_interested", "No"),
]
# fmt: on
