"""A third tuning split, `tune3`: written on 2026-11-30 after the rules' second revision, to tune the third without
touching the held-out splits. Fresh wordings on purpose (terse, chatty, formal, Belgian/Swiss/Québec French, US and
UK English), with the mixed signals and negations that trip lexicons. Measured once before the third revision (see
README), then tuned on.
"""

from __future__ import annotations

from common import C

THREAD_FR = """

-----Message d'origine-----
De : Hélène Garnier <h.garnier@arvel-patrimoine.fr>
Envoyé : lundi 12 octobre 2026 17:40
À : Marc Delorme
Objet : Épargne salariale – suite de notre échange

Bonjour Monsieur Delorme,
Comme convenu, je vous adresse notre note sur l'intéressement et le PEE. Pouvons-nous en parler ?
Hélène Garnier"""

THREAD_EN = """

On Mon, 12 Oct 2026 at 17:40, Hélène Garnier <h.garnier@arvel-patrimoine.fr> wrote:
> Dear Ms Ortiz,
> As promised, here is our note on founder liquidity planning. Could we discuss it?
> Hélène"""

SIG = "\n\nMarc Delorme\nPrésident – Delorme Emballages\nLigne directe : +33 4 78 00 00 00"
SIG_EN = "\n\nCheers,\nAna Ortiz\nVP Finance, Brightwater Inc.\nCell (617) 555-0199"

# fmt: off
CASES = [
    C("fr", "interested", "Ça me semble cohérent avec ce qu'on cherche." + SIG + THREAD_FR),
    C("en", "interested", "This could be a good fit for us." + SIG_EN + THREAD_EN),
    C("fr", "interested", "Merci, j'ai lu votre note avec attention, c'est convaincant."),
    C("en", "interested", "Appreciate the note - we're definitely curious."),
    C("fr", "interested", "Ça vaut le coup d'en discuter, oui."),
    C("en", "interested", "Happy to take this forward."),
    C("fr", "interested", "Je suis plutôt favorable, voyons la suite."),
    C("en", "interested", "I'm keen to learn more once you have something concrete."),
    C("fr", "meeting_request", "On peut caler un point mardi 14h ?" + SIG + THREAD_FR),
    C("en", "meeting_request", "Let's find 30 minutes next week - I'm wide open Thursday." + SIG_EN + THREAD_EN),
    C("fr", "meeting_request", "Je serai à Paris le 22, on pourrait déjeuner ensemble ?"),
    C("en", "meeting_request", "Can we jump on Zoom tomorrow at 4?"),
    C("fr", "meeting_request", "Envoyez-moi une invitation Teams pour lundi."),
    C("en", "meeting_request", "Please propose a couple of dates for an in-person meeting."),
    C("fr", "meeting_request", "Je préfère qu'on en discute au téléphone. Joignable ce soir après 18h."),
    C("en", "meeting_request", "What does your calendar look like Friday morning?"),
    C("fr", "quote_request", "Il me faudrait un chiffrage pour trois dirigeants." + SIG),
    C("en", "quote_request", "What's your fee structure for ongoing advice?" + SIG_EN),
    C("fr", "quote_request", "Vous prenez combien pour ce type de mission ?"),
    C("en", "quote_request", "Could you send over a quote? We need it for the budget round."),
    C("fr", "quote_request", "Quel budget faut-il prévoir pour l'audit ?"),
    C("en", "quote_request", "I'd like to see pricing before we go any further."),
    C("fr", "information_request", "Pourriez-vous me préciser quels supports d'investissement vous proposez ?" + SIG + THREAD_FR),
    C("en", "information_request", "Do you have a one-pager I can share with my co-founder?" + SIG_EN),
    C("fr", "information_request", "Travaillez-vous aussi avec des professions libérales ?"),
    C("en", "information_request", "Which custodian banks do you work with?"),
    C("fr", "information_request", "Je voudrais en savoir davantage sur la fiscalité du dispositif."),
    C("en", "information_request", "Where are you based, and are you independent?"),
    C("fr", "information_request", "Pas le temps d'un rendez-vous, mais envoyez-moi la note complète."),
    C("en", "information_request", "Is there a minimum asset level to work with you?"),
    C("fr", "not_interested", "Merci, mais nous avons déjà tout ce qu'il faut." + SIG + THREAD_FR),
    C("en", "not_interested", "We're going to pass, thank you for reaching out." + SIG_EN + THREAD_EN),
    C("fr", "not_interested", "Ce n'est pas quelque chose qui nous parle."),
    C("en", "not_interested", "Honestly, we don't see the value for a company our size."),
    C("fr", "not_interested", "Non, ça ne m'intéresse pas vraiment."),
    C("en", "not_interested", "Not for us, but thanks for the thought."),
    C("fr", "not_interested", "Nous restons avec notre conseiller actuel, merci."),
    C("en", "not_interested", "We've got an in-house team that handles all of that."),
    C("fr", "not_now", "Ce sera pour plus tard, je vous recontacte quand nous serons prêts." + SIG),
    C("en", "not_now", "Ping me again in November, we'll know more by then." + SIG_EN, until="2026-11-01"),
    C("fr", "not_now", "Là c'est la course. Revenez vers moi dans deux mois.", until="2026-12-14"),
    C("en", "not_now", "Way too busy this quarter. Next year, maybe.", until="2027-01-01"),
    C("fr", "not_now", "Nous verrons après l'été.", until="2027-09-01"),
    C("en", "not_now", "Let's touch base again early March.", until="2027-03-01"),
    C("fr", "not_now", "Le moment n'est pas idéal, on en reparle au premier trimestre.", until="2027-01-01"),
    C("en", "not_now", "Could we park this until after our fiscal year end? That's 31 January.", until="2027-02-01"),
    C("fr", "referral", "Je laisse ma collègue Nathalie Besson vous répondre, elle suit ce dossier : n.besson@delorme.fr" + SIG, referral=("Nathalie Besson", "n.besson@delorme.fr")),
    C("en", "referral", "Kevin Walsh runs benefits here, loop him in: kevin.walsh@brightwater.com" + SIG_EN, referral=("Kevin Walsh", "kevin.walsh@brightwater.com")),
    C("fr", "referral", "Ce dossier est piloté par notre directeur administratif, Éric Bonnet.", referral=("Éric Bonnet", None)),
    C("en", "referral", "I've moved to a new role. Rachel Kim is now your point of contact (rachel.kim@brightwater.com).", referral=("Rachel Kim", "rachel.kim@brightwater.com")),
    C("fr", "referral", "Mieux vaut voir cela avec notre expert-comptable, Alain Mercier, a.mercier@cabinet-mercier.fr", referral=("Alain Mercier", "a.mercier@cabinet-mercier.fr")),
    C("en", "referral", "That's my business partner's area - Tom Baker, tom@bakerortiz.com.", referral=("Tom Baker", "tom@bakerortiz.com")),
    C("fr", "unsubscribe", "Veuillez ne plus m'envoyer ce genre de courriel." + SIG + THREAD_FR),
    C("en", "unsubscribe", "Take me off this list please." + SIG_EN + THREAD_EN),
    C("fr", "unsubscribe", "Je souhaite ne plus recevoir vos courriels."),
    C("en", "unsubscribe", "Please stop contacting me."),
    C("fr", "unsubscribe", "Retirez mon adresse de votre base, merci."),
    C("en", "unsubscribe", "Unsubscribe me from all future emails."),
    C("fr", "out_of_office", "Bonjour, je suis en congé jusqu'au 26 octobre. Votre message sera traité à mon retour.\nCordialement"),
    C("en", "out_of_office", "I'm currently away from my desk until 21 October with limited access to email."),
    C("fr", "out_of_office", "Absent jusqu'à lundi. En cas d'urgence : 06 00 00 00 00."),
    C("en", "out_of_office", "Out of office today and tomorrow. I'll respond when I'm back on Friday."),
    C("fr", "out_of_office", "Je suis en vacances sans accès à mes courriels jusqu'au 2 novembre."),
    C("en", "out_of_office", "On paternity leave until December. Please direct enquiries to office@brightwater.com."),
    C("fr", "other", "Merci pour l'info." + SIG),
    C("en", "other", "Thanks, appreciate it." + SIG_EN),
    C("fr", "other", "Vous devez faire erreur, je ne connais pas votre cabinet."),
    C("en", "other", "Sorry, who is this exactly?"),
    C("fr", "other", "Reçu, merci."),
    C("en", "other", "I think this was sent to me by mistake."),
    C("fr", "other", "Continuez de m'envoyer vos lettres, j'aime beaucoup les lire."),
    C("en", "other", "Don't stop the newsletter, it's one of the few I actually read."),
]
# fmt: on
