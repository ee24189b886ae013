"""A fifth tuning split, `tune5`: written on 2026-11-30 after `heldout5` and before the rules' fifth revision,
measured blind once (see README), then tuned on. Prospects of an energy-audit and recruitment consultancy, with
the kinds of replies that leave the rules silent: plain positive or negative moods without the usual words,
absences and acknowledgements worded freely, people who moved on, opt-outs in everyday words.
"""

from __future__ import annotations

from common import C

OUTLOOK = """

De : Inès Carpentier <ines.carpentier@watteo-conseil.fr>
Envoyé : lundi 12 octobre 2026 17:40
À : {to}
Objet : Audit énergétique de vos sites

Bonjour, je me permets de vous relancer au sujet de l'audit énergétique. Un échange de 15 minutes vous irait-il ?"""

GMAIL = """

On Mon, Oct 12, 2026 at 5:40 PM Ines Carpentier <ines@watteo.com> wrote:
> Hello, following up on the energy audit. Worth a 15-minute chat?
> To stop receiving these emails, click here."""

SIG = "\n\n--\nBruno Lefort\nDirecteur technique – Fonderies Lefort\nwww.fonderies-lefort.fr\nAvis : pour vous désabonner de notre lettre d'information, rendez-vous sur notre site."
SIG_EN = "\n\n--\nMegan Price | Facilities Director | Harwell Plastics\nYou can unsubscribe from Harwell news at any time in your account settings."

# fmt: off
CASES = [
    C("fr", "interested", "Banco, on y va." + SIG),
    C("en", "interested", "Yes please, this is right up our street." + SIG_EN),
    C("fr", "interested", "Ça tombe bien, c'est justement dans nos priorités pour 2027." + OUTLOOK.format(to="Bruno Lefort")),
    C("en", "interested", "Love it. Let's do this." + GMAIL),
    C("fr", "interested", "Je suis preneur."),
    C("en", "interested", "Could be a good fit for us, I'm listening."),
    C("fr", "interested", "Effectivement, on a besoin de ce genre d'accompagnement. Tenez-moi au courant de la suite."),
    C("en", "interested", "Yep, sign me up"),
    C("fr", "not_interested", "Sans façon, merci." + SIG),
    C("en", "not_interested", "Thanks, but we handle this in-house." + SIG_EN),
    C("fr", "not_interested", "Nous avons fait le choix d'un autre cabinet." + OUTLOOK.format(to="Bruno Lefort")),
    C("en", "not_interested", "I'm going to decline, thank you." + GMAIL),
    C("fr", "not_interested", "Non, ça ira, on est bien équipés."),
    C("en", "not_interested", "Doesn't fit what we're doing, sorry."),
    C("fr", "not_interested", "Inutile d'insister, la réponse est non."),
    C("en", "not_interested", "We're all set on that front."),
    C("fr", "referral", "Ce n'est plus moi, j'ai changé de poste. Mon successeur : Yannick Perrot, yannick.perrot@fonderies-lefort.fr" + SIG, referral=("Yannick Perrot", "yannick.perrot@fonderies-lefort.fr")),
    C("en", "referral", "I've left Harwell - Tom Baxter took over my role, tom.baxter@harwellplastics.co.uk" + GMAIL, referral=("Tom Baxter", "tom.baxter@harwellplastics.co.uk")),
    C("fr", "referral", "Écrivez plutôt à Agnès Roy (agnes.roy@lefort.fr), c'est elle qui décide pour les sites.", referral=("Agnès Roy", "agnes.roy@lefort.fr")),
    C("en", "referral", "Adding Leo Park who owns energy procurement here (leo.park@harwellplastics.co.uk).", referral=("Leo Park", "leo.park@harwellplastics.co.uk")),
    C("fr", "referral", "Je mets en copie Damien Roche, notre responsable maintenance, qui suivra le dossier.", referral=("Damien Roche", None)),
    C("en", "referral", "Please reach out to Kim Lowe instead, she manages our sites now.", referral=("Kim Lowe", None)),
    C("fr", "unsubscribe", "Arrêtez de m'envoyer vos mails." + SIG),
    C("en", "unsubscribe", "Please delete my details from your system." + SIG_EN),
    C("fr", "unsubscribe", "Je ne souhaite plus recevoir de messages de votre part." + OUTLOOK.format(to="Bruno Lefort")),
    C("en", "unsubscribe", "Stop contacting me." + GMAIL),
    C("fr", "unsubscribe", "retirez moi de votre liste svp"),
    C("en", "unsubscribe", "Opt me out please."),
    C("fr", "out_of_office", "Bonjour, je suis actuellement en arrêt maladie. Je traiterai votre message dès mon retour, prévu le 9 novembre."),
    C("en", "out_of_office", "I'm away from my desk until 21 October and will reply on my return."),
    C("fr", "out_of_office", "Message automatique – Je suis en séminaire jusqu'au vendredi 16 octobre, sans accès à ma messagerie."),
    C("en", "out_of_office", "Auto-reply: I'm currently on parental leave. Please contact facilities@harwellplastics.co.uk for anything urgent."),
    C("fr", "out_of_office", "Je suis en vacances jusqu'à la fin du mois, je reprends contact avec vous à mon retour."),
    C("en", "out_of_office", "Out of office until 26/10. Limited email access."),
    C("fr", "other", "C'est noté." + SIG),
    C("en", "other", "Received, thanks." + SIG_EN),
    C("fr", "other", "Nous avons bien reçu votre email. Notre équipe vous répondra sous 48 heures ouvrées. Ceci est une réponse automatique."),
    C("en", "other", "Thanks for your message. This inbox is monitored Monday to Friday and we aim to reply within one working day."),
    C("fr", "referral", "Je crois que vous vous êtes trompé de destinataire.", referral=(None, None)),
    C("en", "referral", "I think you've got the wrong Megan.", referral=(None, None)),
    C("fr", "other", "Votre mail est arrivé dans mes spams, pour info."),
    C("en", "other", "Happy Friday!"),
    C("fr", "meeting_request", "Passez me voir à l'usine la semaine prochaine, on regardera ça sur place." + SIG),
    C("en", "meeting_request", "Let's find 30 minutes next week - what does Tuesday look like?" + SIG_EN),
    C("fr", "meeting_request", "Un petit coup de fil demain matin ?"),
    C("en", "meeting_request", "Free for a Teams call on Thursday afternoon?"),
    C("fr", "quote_request", "Quel budget faut-il prévoir pour 3 sites ?" + SIG),
    C("en", "quote_request", "What would something like this cost us for two plants?" + SIG_EN),
    C("fr", "quote_request", "Chiffrez-moi ça pour l'usine de Vierzon."),
    C("en", "quote_request", "Happy to look at a proposal with numbers."),
    C("fr", "information_request", "Vous intervenez aussi en Belgique ?" + SIG),
    C("en", "information_request", "Do you cover sites in Scotland?" + SIG_EN),
    C("fr", "information_request", "Quelle est la durée d'un audit, en général ?"),
    C("en", "information_request", "Which certifications do your auditors hold?"),
    C("fr", "not_now", "Le moment n'est pas idéal, reparlons-en au printemps." + SIG, until="2027-03-21"),
    C("en", "not_now", "We close our books on 30 November, reach out the week after." + SIG_EN, until="2026-12-07"),
    C("fr", "not_now", "Pas avant la fin de notre exercice, le 31 mars.", until="2027-04-01"),
    C("en", "not_now", "Come back to me once Q1 is behind us.", until="2027-04-01"),
    C("fr", "not_now", "Rien avant l'année prochaine, désolé.", until="2027-01-01"),
    C("en", "not_now", "Too much on right now. Some other time maybe.", until=None),
]
# fmt: on
