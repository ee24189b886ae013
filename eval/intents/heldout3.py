"""A third held-out split, `heldout3`: written after the rules and their tuning on tune2, by their author (so not
blind to them), never tuned on, measured once. New wordings throughout; more British and Belgian/Swiss French,
chatty replies, replies with inline answers, and long corporate signatures.
"""

from __future__ import annotations

from common import C

SIG_FR = "\n\n--\nAurélien Masson\nResponsable administratif et financier\nGroupe Dalmas – 14 avenue Foch, 69006 Lyon\nT. 04 72 00 11 22 | www.dalmas.fr"
SIG_EN = "\n\n--\nFiona McLeod | Operations Director\nCairn Logistics Ltd, 22 Quay Street, Glasgow G1 4AX\nT +44 141 496 0000"
INLINE_EN = """

> Would a short call next week be useful?
Yes - Tuesday morning is best.
> Shall I send our pricing?
Not needed yet."""

# fmt: off
CASES = [
    C("fr", "interested", "Ça m'a l'air très bien tout ça. Je suis preneur." + SIG_FR),
    C("en", "interested", "Brilliant, this is just what we were after." + SIG_EN),
    C("fr", "interested", "Top, on fait comme ça !"),
    C("en", "interested", "Sure thing, sign us up."),
    C("fr", "interested", "Ok ça marche, j'attends la suite."),
    C("en", "meeting_request", "Sarah," + INLINE_EN + "\n\nFiona"),
    C("fr", "meeting_request", "Pourriez-vous passer au bureau mercredi matin ? On regardera ça ensemble." + SIG_FR),
    C("en", "meeting_request", "Happy to talk it through - when suits you this week?" + SIG_EN),
    C("fr", "meeting_request", "Je vous laisse m'envoyer une invitation pour la semaine prochaine."),
    C("en", "meeting_request", "Pop something in my diary for next Wednesday."),
    C("fr", "meeting_request", "On s'appelle demain ?"),
    C("fr", "information_request", "Avant de m'engager, j'aurais besoin de quelques précisions sur la durée du contrat et les modalités de sortie." + SIG_FR),
    C("en", "information_request", "Could you forward the product sheet? I'll review it with the team." + SIG_EN),
    C("fr", "information_request", "Vous auriez un exemple de rapport ?"),
    C("en", "information_request", "Send me something to read, I'll have a look over the weekend."),
    C("en", "information_request", "How long does implementation usually take?"),
    C("fr", "quote_request", "Faites-moi une offre pour 3 sites, on verra." + SIG_FR),
    C("en", "quote_request", "What would it set us back for the whole team?" + SIG_EN),
    C("fr", "quote_request", "Combien pour l'option premium ?"),
    C("en", "quote_request", "Can you price up the annual plan for 40 users?"),
    C("fr", "not_interested", "Merci de votre démarche, mais cela ne répond pas à un besoin chez nous." + SIG_FR),
    C("en", "not_interested", "Thanks, but it's a no from us." + SIG_EN),
    C("fr", "not_interested", "Non, merci, ça ira."),
    C("en", "not_interested", "We're happy with our current setup, thanks."),
    C("fr", "not_interested", "Je ne vois pas l'intérêt pour notre structure."),
    C("en", "not_interested", "Not something we need."),
    C("fr", "not_now", "Bonjour, le sujet reviendra sur la table à l'automne, recontactez-moi à ce moment-là." + SIG_FR, until="2026-09-22", sent="2026-05-12"),
    C("en", "not_now", "We're mid-merger. Drop me a line in the new year." + SIG_EN, until="2027-01-01"),
    C("fr", "not_now", "Pas pour tout de suite. Reprenez contact avec moi en février.", until="2027-02-01"),
    C("en", "not_now", "Could you come back to me in about six weeks?", until="2026-11-25"),
    C("fr", "not_now", "On n'a pas le budget cette année, réessayez l'an prochain.", until="2027-01-01"),
    C("en", "not_now", "Not the right moment. Maybe in a while."),
    C("fr", "not_now", "Repassez me voir après la clôture des comptes, fin avril.", until="2027-04-25"),
    C("en", "not_now", "Check in with me again after the 10th.", until="2026-11-11", sent="2026-10-20"),
    C("fr", "referral", "Je ne suis pas en charge de cela, c'est Mathilde Brunet qui s'en occupe : m.brunet@dalmas.fr" + SIG_FR, referral=("Mathilde Brunet", "m.brunet@dalmas.fr")),
    C("en", "referral", "Not me, I'm afraid - Craig Dunlop (craig.dunlop@cairnlogistics.co.uk) looks after supplier contracts." + SIG_EN, referral=("Craig Dunlop", "craig.dunlop@cairnlogistics.co.uk")),
    C("fr", "referral", "J'ai changé de poste. Pour ces questions, écrivez à Rémi Fabre.", referral=("Rémi Fabre", None)),
    C("en", "referral", "Jane retired last month; her role is now covered by Tom Ashworth, tom.ashworth@hollins.co.uk", referral=("Tom Ashworth", "tom.ashworth@hollins.co.uk")),
    C("fr", "unsubscribe", "Supprimez-moi de vos contacts, merci." + SIG_FR),
    C("en", "unsubscribe", "Please remove us from your mailing list, thank you." + SIG_EN),
    C("fr", "unsubscribe", "Je ne veux plus recevoir ces mails."),
    C("en", "unsubscribe", "Enough with the emails. Take me off."),
    C("fr", "unsubscribe", "STOP svp"),
    C("en", "unsubscribe", "Please don't contact me again about this or anything else."),
    C("fr", "out_of_office", "Bonjour, en congés jusqu'au 2 novembre inclus, je reprendrai contact à mon retour."),
    C("en", "out_of_office", "I'm out of the office on training until Thursday and will have limited access to email."),
    C("fr", "out_of_office", "Je suis actuellement absent. Pour toute demande urgente, merci de contacter accueil@dalmas.fr."),
    C("fr", "other", "C'est noté, merci." + SIG_FR),
    C("en", "other", "Cheers." + SIG_EN),
    C("fr", "other", "Désolé, je ne comprends pas votre message."),
    C("en", "other", "Can you remind me how we know each other?"),
    C("fr", "unsubscribe", "Votre lien de désinscription ne fonctionne pas, au passage."),
    C("en", "interested", "Count us in - what do you need from us?"),
    C("fr", "meeting_request", "Pas trop le temps de lire, appelez-moi plutôt."),
    C("en", "not_now", "Interested in principle, but not until after our audit in March.", until="2027-04-01"),
    C("fr", "information_request", "Je ne dis pas non, mais envoyez-moi d'abord une documentation."),
    C("en", "not_interested", "No thank you, and please don't take it personally."),
    C("fr", "unsubscribe", "Je n'ai pas besoin de vos services et je vous demande de ne plus me solliciter."),
]
# fmt: on
