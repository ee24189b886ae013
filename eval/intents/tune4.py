"""A fourth tuning split, `tune4`: written on 2026-11-30 after the rules' third revision and measured blind once
before the fourth (see README), then tuned on. Replies to an adviser's follow-up about a wealth review, a company
savings plan or a founder's exit, with signatures that carry job titles, and wordings none of the other splits has.
"""

from __future__ import annotations

from common import C

SIG = "\n\nSophie Carrel\nDirectrice des ventes\nGroupe Carrel – Lyon\n04 72 10 20 30"
SIG_EN = "\n\nDan Whitaker\nHead of Partnerships\nWhitaker Foods\n+44 161 496 0123"

# fmt: off
CASES = [
    C("fr", "interested", "Votre proposition tombe à point nommé, nous y réfléchissions justement." + SIG),
    C("en", "interested", "We'd be glad to explore this with you." + SIG_EN),
    C("fr", "interested", "Bonne nouvelle, le sujet est à l'ordre du jour de notre prochain comité."),
    C("en", "interested", "Consider me interested."),
    C("fr", "interested", "Oui, cela mérite qu'on s'y penche."),
    C("en", "meeting_request", "Let's get something on the calendar for the week of the 26th." + SIG_EN),
    C("fr", "meeting_request", "Je vous propose qu'on se retrouve à votre bureau mardi prochain à 9h." + SIG),
    C("en", "meeting_request", "Could you call me back on 0161 496 0123 this afternoon?"),
    C("fr", "meeting_request", "Auriez-vous une disponibilité jeudi en fin de journée pour en parler ?"),
    C("en", "quote_request", "Send me the numbers and I'll take it to the partners." + SIG_EN),
    C("fr", "quote_request", "Quel serait le montant de vos honoraires pour une holding familiale ?" + SIG),
    C("en", "quote_request", "How are you paid - commission on products or a fee?"),
    C("fr", "quote_request", "J'ai besoin d'une estimation du coût avant la fin du mois."),
    C("en", "information_request", "Could you walk me through how the savings plan works for part-time staff?" + SIG_EN),
    C("fr", "information_request", "Pouvez-vous m'expliquer ce qui vous différencie d'un family office ?" + SIG),
    C("en", "information_request", "Do you have any testimonials from founders who sold their business?"),
    C("fr", "information_request", "J'aurais aimé recevoir un exemple de lettre de mission."),
    C("en", "not_interested", "After some thought, we're going to stay as we are." + SIG_EN),
    C("fr", "not_interested", "Je ne donnerai pas suite, merci de votre compréhension." + SIG),
    C("en", "not_interested", "This isn't on our agenda, and won't be."),
    C("fr", "not_interested", "Nous n'avons aucunement besoin de vos services."),
    C("en", "not_interested", "Not interested in the slightest, but thanks."),
    C("fr", "not_now", "Le budget 2027 n'est pas encore arbitré, revenez vers moi en février." + SIG, until="2027-02-01"),
    C("en", "not_now", "Give me until the new year to think about it." + SIG_EN, until="2027-01-01"),
    C("fr", "not_now", "Je suis pris jusqu'à la fin de l'année, on en reparle en janvier.", until="2027-01-01"),
    C("en", "not_now", "Let's reconnect in a couple of months."),
    C("fr", "referral", "Pour l'épargne salariale, voyez plutôt avec notre RH, Claire Dumont : claire.dumont@carrel.fr" + SIG, referral=("Claire Dumont", "claire.dumont@carrel.fr")),
    C("en", "referral", "Copying in Priya Shah, our finance director, who'll be the one to talk to. priya.shah@whitakerfoods.co.uk" + SIG_EN, referral=("Priya Shah", "priya.shah@whitakerfoods.co.uk")),
    C("fr", "referral", "Ma fille Camille Carrel reprend l'entreprise, c'est avec elle qu'il faut voir : camille@carrel.fr", referral=("Camille Carrel", "camille@carrel.fr")),
    C("en", "referral", "Best to ask our accountant, Jim Norris (jim@norrisandco.co.uk).", referral=("Jim Norris", "jim@norrisandco.co.uk")),
    C("fr", "unsubscribe", "Merci de supprimer mon adresse de vos envois." + SIG),
    C("en", "unsubscribe", "Please take my name off your distribution list." + SIG_EN),
    C("fr", "unsubscribe", "Je ne veux plus être démarché par votre cabinet."),
    C("en", "unsubscribe", "I'd like to opt out of all further contact."),
    C("fr", "out_of_office", "Je suis en déplacement à l'étranger jusqu'au 30 octobre et ne pourrai pas vous répondre avant mon retour."),
    C("en", "out_of_office", "Hello, I'm on sick leave at the moment and not checking emails. Back on 2 November."),
    C("fr", "out_of_office", "Réponse automatique : Mme Carrel est absente. Votre message lui sera transmis à son retour."),
    C("en", "out_of_office", "Currently on holiday until the 27th with no access to emails."),
    C("fr", "other", "Merci pour ces éléments, bien reçus." + SIG),
    C("en", "other", "Thanks, will read it later." + SIG_EN),
    C("fr", "other", "Pouvez-vous me rappeler qui vous êtes ?"),
    C("en", "other", "Is this the same firm that wrote to me in 2023?"),
    C("fr", "other", "Vous m'avez envoyé ce message deux fois."),
]
# fmt: on
