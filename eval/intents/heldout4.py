"""A fourth held-out split, `heldout4`: written on 2026-11-30 by a helper who had skimmed the rules (intent.py) but
not tuned them, before any change to the rules, as prospects of a French wealth-management and B2B advisory firm
would answer its advisers (bilan patrimonial, placements, retraite, transmission, prévoyance, conseil aux dirigeants). Hard cases on
purpose: mixed signals, polite declines, indirect opt-outs beside their negations, one-line answers above long
Outlook and Gmail threads in both languages, replies in the other language than the email they answer, phone
numbers in signatures, human and automatic absence notices, referrals with and without an address, fee and quote
requests, slots proposed. Measured blind once (see README), never tuned on.
"""

from __future__ import annotations

from common import C

# The adviser's emails the prospects answer, quoted as their mail clients quote them.
OUTLOOK_FR = """

De : Thomas Mercier <t.mercier@arvel-patrimoine.fr>
Envoyé : mardi 13 octobre 2026 09:12
À : {to}
Objet : Votre bilan patrimonial

Bonjour,

Je me permets de revenir vers vous suite à notre échange au salon Patrimonia. Nous accompagnons les dirigeants
dans l'optimisation de leur patrimoine professionnel et privé (cession, transmission, retraite).

Seriez-vous disponible pour un premier échange de 30 minutes dans les prochaines semaines ?

Bien à vous,
Thomas Mercier
Conseiller en gestion de patrimoine
Arvel Patrimoine – 18 rue de la Paix, 75002 Paris
01 42 60 00 00 – Si vous ne souhaitez plus recevoir nos messages, répondez STOP."""

OUTLOOK_EN = """

From: Thomas Mercier <t.mercier@arvel-patrimoine.fr>
Sent: Tuesday, October 13, 2026 9:12 AM
To: {to}
Subject: Following up - retirement planning for your executives

Hello,

I wanted to follow up on my note from last week. We help companies set up retirement and savings plans for their
executives (PER, épargne salariale, life insurance) and advise founders before a sale.

Would you have 20 minutes for a quick call next week? If this isn't relevant, just let me know and I will not
follow up again.

Best regards,
Thomas Mercier
Arvel Patrimoine | +33 1 42 60 00 00"""

GMAIL_FR = """

Le mar. 13 oct. 2026 à 09:12, Claire Vasseur <c.vasseur@arvel-patrimoine.fr> a écrit :

> Bonjour,
>
> Je reviens vers vous concernant la préparation de votre départ à la retraite et la transmission de votre
> société. Souhaitez-vous que nous en parlions ?
>
> Cordialement,
> Claire Vasseur
> Arvel Patrimoine"""

GMAIL_EN = """

On Tue, Oct 13, 2026 at 9:12 AM Claire Vasseur <c.vasseur@arvel-patrimoine.fr> wrote:

> Dear Mr Hale,
>
> I hope this finds you well. Following our conversation in London, I would be glad to present our advisory
> services for international executives relocating to France (tax residence, wealth structuring).
>
> Kind regards,
> Claire Vasseur"""

SIG_FR_1 = "\n\nCordialement,\n\nBertrand Lemoine\nDirecteur général\nLemoine Industries SAS\nTél. : 03 88 12 34 56 – Port. : 06 12 34 56 78"
SIG_FR_2 = "\n\nBien cordialement\n--\nSandrine Fauvel\nGérante – Pharmacie Fauvel\n12 place du Marché, 35000 Rennes\n02 99 00 11 22"
SIG_EN_1 = "\n\nBest,\nOliver Hale\nCFO, Hale & Partners Ltd\nM: +44 7700 900123 | D: +44 20 7946 0000"
SIG_EN_2 = "\n\nRegards,\n\nNadia Perez\nFounder & CEO | Perez Consulting\n+1 (415) 555-0142\nnadia@perezconsulting.com"

# fmt: off
CASES = [
    # ---------------------------------------------------------------- interested
    C("fr", "interested", "Oui, le sujet m'intéresse, notamment pour la partie transmission." + SIG_FR_1 + OUTLOOK_FR.format(to="Bertrand Lemoine")),
    C("en", "interested", "Yes, this is relevant for us. Happy to hear more when you're ready." + SIG_EN_1 + OUTLOOK_EN.format(to="Oliver Hale")),
    C("fr", "interested", "Votre approche me plaît. J'en parle à mon associé et je reviens vers vous."),
    C("en", "interested", "Great timing actually, we've been meaning to look at this."),
    C("fr", "interested", "Pourquoi pas, c'est un sujet que nous devons traiter un jour ou l'autre." + GMAIL_FR),
    C("en", "interested", "Definitely worth exploring. Thanks for following up." + SIG_EN_2),
    C("fr", "interested", "Très bien, je suis ouvert à la discussion."),
    C("en", "interested", "Oui, pourquoi pas. On peut avancer." + OUTLOOK_EN.format(to="Sandrine Fauvel")),
    C("fr", "interested", "Yes, I'd be open to it. My French is rusty, so English is easier for me." + OUTLOOK_FR.format(to="Oliver Hale")),
    C("en", "interested", "Sounds like something we could use. Looking forward to hearing more."),
    C("fr", "interested", "Merci pour votre relance. Oui, cela pourrait nous être utile." + SIG_FR_2),
    C("en", "interested", "I like the idea. Let me know what the next step is on your side."),
    C("fr", "interested", "Ok pour moi."),
    C("en", "interested", "Yes."),
    C("fr", "interested", "Effectivement, c'est un vrai sujet chez nous depuis la cession. Je suis preneur de vos lumières."),
    # ---------------------------------------------------------------- meeting_request
    C("fr", "meeting_request", "Bonjour Thomas,\n\nJe suis disponible jeudi 22 octobre à 14h ou vendredi 23 en fin de matinée. Dites-moi ce qui vous convient." + SIG_FR_1 + OUTLOOK_FR.format(to="Bertrand Lemoine")),
    C("en", "meeting_request", "Could we do Tuesday 20th at 3pm UK time? A Teams link would be ideal." + SIG_EN_1 + OUTLOOK_EN.format(to="Oliver Hale")),
    C("fr", "meeting_request", "Appelez-moi demain après 17h au 06 45 22 18 90, on en parlera de vive voix."),
    C("en", "meeting_request", "Let's set up a call. I'm around Monday or Wednesday afternoon." + GMAIL_EN),
    C("fr", "meeting_request", "Volontiers pour un rendez-vous à votre cabinet. La semaine du 26 octobre me conviendrait mieux." + SIG_FR_2),
    C("en", "meeting_request", "Happy to meet. Can you send me a few time slots for next week?"),
    C("fr", "meeting_request", "Ok pour un échange de 30 minutes. Proposez-moi deux ou trois créneaux." + GMAIL_FR),
    C("en", "meeting_request", "Thursday at 10 works for me. Send over an invite." + SIG_EN_2),
    C("fr", "meeting_request", "Let's talk: I'm free Friday morning, any time before noon." + OUTLOOK_FR.format(to="Oliver Hale")),
    C("en", "meeting_request", "Pouvons-nous prévoir une visio la semaine prochaine ? Mardi ou mercredi." + OUTLOOK_EN.format(to="Bertrand Lemoine")),
    C("fr", "meeting_request", "Intéressé, mais pas avant la fin du mois pour un rendez-vous : le 29 ou le 30 octobre vous irait ?"),
    C("en", "meeting_request", "Can you give me a ring this afternoon? 07700 900456."),
    C("fr", "meeting_request", "Passez me voir à l'agence lundi prochain, 9h30, on fera le point sur mon contrat d'assurance-vie."),
    C("en", "meeting_request", "Would love a demo of the reporting tool you mentioned. Are you free on the 21st?"),
    C("fr", "meeting_request", "Je préférerais qu'on se rencontre plutôt que par téléphone. Quand êtes-vous à Lyon ?"),
    C("en", "meeting_request", "Here's my booking page: https://cal.com/nadia-perez/30min - grab whatever slot suits you."),
    # ---------------------------------------------------------------- quote_request
    C("fr", "quote_request", "Quels sont vos honoraires pour un bilan patrimonial complet ? Forfait ou pourcentage des encours ?" + SIG_FR_1 + OUTLOOK_FR.format(to="Bertrand Lemoine")),
    C("en", "quote_request", "Before we go further, what are your fees for advising on a company sale of around €12m?" + SIG_EN_1),
    C("fr", "quote_request", "Pouvez-vous m'adresser une proposition tarifaire pour la mise en place d'un PER collectif (45 salariés) ?"),
    C("en", "quote_request", "Please send us a quote for the executive retirement plan, 8 people." + OUTLOOK_EN.format(to="Nadia Perez")),
    C("fr", "quote_request", "Combien facturez-vous pour un audit de la prévoyance des dirigeants ?" + GMAIL_FR),
    C("en", "quote_request", "What would this cost us per year?"),
    C("fr", "quote_request", "J'aimerais avoir une idée de vos frais de gestion sur un mandat de 500 k€." + SIG_FR_2),
    C("en", "quote_request", "Quel est le coût de votre accompagnement ? Je compare deux cabinets." + OUTLOOK_FR.format(to="Oliver Hale")),
    C("fr", "quote_request", "Could you send me your fee schedule? I'll read it in English, that's fine." + OUTLOOK_FR.format(to="Oliver Hale")),
    C("en", "quote_request", "Interested, but I'd need a ballpark figure before involving the board."),
    C("fr", "quote_request", "Faites-moi un devis pour l'accompagnement à la cession, s'il vous plaît."),
    C("en", "quote_request", "Do you charge a flat fee or a percentage of assets under management?" + SIG_EN_2),
    C("fr", "quote_request", "Avant d'aller plus loin, à combien s'élèvent vos frais d'entrée et de gestion ?"),
    C("en", "quote_request", "Can you put together a proposal with pricing for the three founders?"),
    C("fr", "quote_request", "Merci de me chiffrer la mission pour nos deux holdings." + SIG_FR_1),
    # ---------------------------------------------------------------- information_request
    C("fr", "information_request", "Avez-vous une documentation sur vos fonds à impact ? Je souhaite la lire avant tout échange." + SIG_FR_1 + OUTLOOK_FR.format(to="Bertrand Lemoine")),
    C("en", "information_request", "Could you send me some material on how you handle cross-border tax residence?" + SIG_EN_1 + GMAIL_EN),
    C("fr", "information_request", "Êtes-vous indépendant ou rattaché à un groupe bancaire ?"),
    C("en", "information_request", "Are you regulated by the AMF? Which products do you distribute?"),
    C("fr", "information_request", "Pouvez-vous m'en dire un peu plus sur la façon dont vous travaillez avec les expert-comptables ?" + GMAIL_FR),
    C("en", "information_request", "Not now for a meeting, but do send me your brochure so I can keep it on file." + SIG_EN_2),
    C("fr", "information_request", "Merci de m'envoyer votre plaquette, je la transmettrai en comité de direction."),
    C("en", "information_request", "Do you work with clients based outside France, e.g. in Belgium?" + OUTLOOK_EN.format(to="Oliver Hale")),
    C("fr", "information_request", "Is there an English version of your presentation? Our CFO does not read French." + OUTLOOK_FR.format(to="Oliver Hale")),
    C("en", "information_request", "Vous avez des références de clients dans l'industrie ? Ça m'aiderait à convaincre mon associé." + OUTLOOK_EN.format(to="Bertrand Lemoine")),
    C("fr", "information_request", "Quelle est la durée minimale d'engagement ?"),
    C("en", "information_request", "What's the minimum investment for the private equity fund you mentioned?"),
    C("fr", "information_request", "J'aimerais comprendre la différence entre votre offre et celle de ma banque privée."),
    C("en", "information_request", "Can you share a sample report so I can see what we'd actually get?"),
    C("fr", "information_request", "Transmettez-moi le détail de votre méthode, je regarderai ça ce week-end." + SIG_FR_2),
    # ---------------------------------------------------------------- not_interested
    C("fr", "not_interested", "Merci pour votre message, mais nous sommes déjà accompagnés par notre banque privée depuis des années." + SIG_FR_1 + OUTLOOK_FR.format(to="Bertrand Lemoine")),
    C("en", "not_interested", "Thanks Thomas, but we won't be taking this further." + SIG_EN_1 + OUTLOOK_EN.format(to="Oliver Hale")),
    C("fr", "not_interested", "Je vous remercie, mais ce n'est pas un sujet pour nous."),
    C("en", "not_interested", "Appreciate the follow-up, but this isn't something we're looking at."),
    C("fr", "not_interested", "Non merci, mon expert-comptable s'occupe de tout cela très bien." + GMAIL_FR),
    C("en", "not_interested", "We've decided to stay with our current adviser. Best of luck." + SIG_EN_2),
    C("fr", "not_interested", "Nous avons fait le choix d'un autre cabinet. Bonne continuation."),
    C("en", "not_interested", "Merci, mais nous ne sommes pas intéressés." + OUTLOOK_EN.format(to="Sandrine Fauvel")),
    C("fr", "not_interested", "Thanks, but we're not interested in outside advice on this." + OUTLOOK_FR.format(to="Oliver Hale")),
    C("en", "not_interested", "No thank you."),
    C("fr", "not_interested", "Sans façon, merci."),
    C("en", "not_interested", "I'll pass on this one, but thanks for thinking of us."),
    C("fr", "not_interested", "Ça ne nous concerne pas : nous sommes une association, sans patrimoine à gérer." + SIG_FR_2),
    C("en", "not_interested", "We have no need for wealth management services, sorry."),
    C("fr", "not_interested", "Je préfère gérer mes placements moi-même. Merci quand même."),
    # ---------------------------------------------------------------- not_now
    C("fr", "not_now", "Intéressé, mais pas avant mars : nous clôturons notre exercice et je n'ai pas une minute." + SIG_FR_1 + OUTLOOK_FR.format(to="Bertrand Lemoine"), until="2027-03-01"),
    C("en", "not_now", "Interesting, but the timing is off. Could you get back to me in January?" + SIG_EN_1 + OUTLOOK_EN.format(to="Oliver Hale"), until="2027-01-01"),
    C("fr", "not_now", "Revenez vers moi après les fêtes, nous y verrons plus clair sur la cession.", until="2027-01-02"),
    C("en", "not_now", "Let's revisit in Q2 next year once the restructuring is done.", until="2027-04-01"),
    C("fr", "not_now", "Le sujet est prématuré. Recontactez-moi dans six mois." + GMAIL_FR, until="2027-04-14"),
    C("en", "not_now", "Not a priority right now. Try me again in a few months." + SIG_EN_2, until=None),
    C("fr", "not_now", "On en reparle à la rentrée de septembre, je serai plus disponible.", until="2027-09-01"),
    C("en", "not_now", "Can you follow up mid-January? Budget gets approved then.", until="2027-01-15"),
    C("fr", "not_now", "Pas le moment, nous déménageons nos bureaux. Relancez-moi début décembre." + SIG_FR_2, until="2026-12-01"),
    C("en", "not_now", "Ask me again next quarter.", until="2027-01-01"),
    C("fr", "not_now", "Can we pick this up after Christmas? End of year is crazy for us." + OUTLOOK_FR.format(to="Oliver Hale"), until="2027-01-02"),
    C("en", "not_now", "Pas pour l'instant, revenez vers moi d'ici trois semaines." + OUTLOOK_EN.format(to="Bertrand Lemoine"), until="2026-11-04"),
    C("fr", "not_now", "Peut-être plus tard dans l'année, je vous ferai signe.", until=None),
    C("en", "not_now", "We'll have a clearer picture after the board meeting on 15 December. Reach out after that.", until="2026-12-16"),
    C("fr", "not_now", "Je pars à la retraite l'an prochain, c'est à ce moment-là que la question se posera. Reprenez contact en 2027.", until="2027-01-01"),
    C("en", "not_now", "Circle back in the spring and we'll see where things stand.", until="2027-03-21"),
    C("fr", "not_now", "Trop tôt pour en parler. Rappelez-moi fin février.", sent="2026-11-30", until="2027-02-25"),
    # ---------------------------------------------------------------- referral
    C("fr", "referral", "Ce n'est pas moi qui m'occupe de ces sujets. Contactez plutôt ma collègue Claire Martin (claire.martin@lemoine-industries.fr), directrice financière." + SIG_FR_1 + OUTLOOK_FR.format(to="Bertrand Lemoine"), referral=("Claire Martin", "claire.martin@lemoine-industries.fr")),
    C("en", "referral", "I'm not the right person for this. Please reach out to our HR director, Emma Collins - emma.collins@haleandpartners.co.uk." + SIG_EN_1 + OUTLOOK_EN.format(to="Oliver Hale"), referral=("Emma Collins", "emma.collins@haleandpartners.co.uk")),
    C("fr", "referral", "Mon associé Julien Garnier gère la partie patrimoniale. Je vous mets en copie : j.garnier@cabinet-garnier.fr", referral=("Julien Garnier", "j.garnier@cabinet-garnier.fr")),
    C("en", "referral", "You'll want to speak with Mark Feldman, our treasurer. His email is mfeldman@perezconsulting.com." + SIG_EN_2, referral=("Mark Feldman", "mfeldman@perezconsulting.com")),
    C("fr", "referral", "M. Dubreuil a quitté la société en septembre. C'est désormais Mme Anne Royer qui dirige le site.", referral=("Anne Royer", None)),
    C("en", "referral", "Hi, Sophie handles our pension scheme. Try sophie.blanchard@hale.co.uk instead.", referral=("Sophie", "sophie.blanchard@hale.co.uk")),
    C("fr", "referral", "Please contact our finance director, Pierre Lacombe (pierre.lacombe@lemoine-industries.fr), he's the one deciding." + OUTLOOK_FR.format(to="Oliver Hale"), referral=("Pierre Lacombe", "pierre.lacombe@lemoine-industries.fr")),
    C("en", "referral", "Je ne suis que l'assistante. Écrivez à M. Henri Vasquez, le dirigeant : h.vasquez@vasquez-btp.fr" + OUTLOOK_EN.format(to="Sandrine Fauvel"), referral=("Henri Vasquez", "h.vasquez@vasquez-btp.fr")),
    C("fr", "referral", "Je transfère à notre DAF, Laurence Petit, qui vous répondra.", referral=("Laurence Petit", None)),
    C("en", "referral", "Forwarding to my colleague David Okafor, who looks after our executive benefits. david.okafor@perezconsulting.com", referral=("David Okafor", "david.okafor@perezconsulting.com")),
    C("fr", "referral", "Bonjour, je ne fais plus partie de l'entreprise. Mon successeur est Arnaud Lefèvre, arnaud.lefevre@pharmacie-fauvel.fr" + SIG_FR_2, referral=("Arnaud Lefèvre", "arnaud.lefevre@pharmacie-fauvel.fr")),
    C("en", "referral", "Wrong contact I'm afraid - our founder Lucy Grant is the one who'd decide. lucy@grantdesign.co", referral=("Lucy Grant", "lucy@grantdesign.co")),
    C("fr", "referral", "Voyez avec ma femme, Catherine Roux, c'est elle qui gère nos placements : catherine.roux@orange.fr", referral=("Catherine Roux", "catherine.roux@orange.fr")),
    C("en", "referral", "Our family office handles all of this. Contact Richard Stone at rstone@stonefo.com.", referral=("Richard Stone", "rstone@stonefo.com")),
    C("fr", "referral", "Je ne suis pas décisionnaire. Adressez-vous à Monsieur Paul Girard, président.", referral=("Paul Girard", None)),
    # ---------------------------------------------------------------- unsubscribe
    C("fr", "unsubscribe", "Merci de me retirer de votre liste de diffusion." + SIG_FR_1 + OUTLOOK_FR.format(to="Bertrand Lemoine")),
    C("en", "unsubscribe", "Please remove me from your list." + SIG_EN_1 + OUTLOOK_EN.format(to="Oliver Hale")),
    C("fr", "unsubscribe", "STOP" + OUTLOOK_FR.format(to="Sandrine Fauvel")),
    C("en", "unsubscribe", "Not interested, and please stop emailing me." + SIG_EN_2),
    C("fr", "unsubscribe", "Je ne souhaite plus être sollicité par votre cabinet." + GMAIL_FR),
    C("en", "unsubscribe", "Kindly take me off your mailing list." + GMAIL_EN),
    C("fr", "unsubscribe", "Please unsubscribe me, I don't read French." + OUTLOOK_FR.format(to="Oliver Hale")),
    C("en", "unsubscribe", "Merci de ne plus m'écrire." + OUTLOOK_EN.format(to="Bertrand Lemoine")),
    C("fr", "unsubscribe", "C'est la troisième relance. Je vous demande de cesser toute sollicitation."),
    C("en", "unsubscribe", "Third email this month. Do not contact me again."),
    C("fr", "unsubscribe", "Supprimez mes données de vos fichiers, conformément au RGPD."),
    C("en", "unsubscribe", "I've asked twice already: remove my email address from your database."),
    C("fr", "unsubscribe", "Désinscrivez-moi, merci."),
    C("en", "unsubscribe", "Opt me out of these emails please."),
    C("fr", "unsubscribe", "Je n'ai jamais demandé à recevoir vos messages. Merci de ne plus me contacter." + SIG_FR_2),
    # ---------------------------------------------------------------- out_of_office
    C("fr", "out_of_office", "Bonjour,\n\nJe suis absent du bureau jusqu'au lundi 26 octobre inclus, avec un accès limité à mes e-mails. Pour toute urgence, merci de contacter Mme Duval au 01 45 67 89 00.\n\nCordialement,\nBertrand Lemoine"),
    C("en", "out_of_office", "Thank you for your email. I am currently out of the office with no access to email, returning on 2 November. For urgent matters please contact reception on +44 20 7946 0001."),
    C("fr", "out_of_office", "Réponse automatique : je suis en congés jusqu'au 3 novembre. Je traiterai votre message à mon retour."),
    C("en", "out_of_office", "I'm on annual leave until Monday 19 October. I'll reply when I'm back."),
    C("fr", "out_of_office", "En déplacement toute la semaine, je vous répondrai à mon retour lundi." + SIG_FR_1),
    C("en", "out_of_office", "Auto-reply: I am travelling until 28 October with intermittent access to email. Your message will be read on my return."),
    C("fr", "out_of_office", "Je suis actuellement en congé maternité jusqu'à fin janvier. En mon absence, vous pouvez joindre mon collègue Yann Le Goff (yann.legoff@fauvel.fr)."),
    C("en", "out_of_office", "I'm out until Thursday without my laptop. Will get back to you then." + SIG_EN_2),
    C("fr", "out_of_office", "Bonjour, je suis absente pour raisons de santé et ne consulte pas mes mails. Je reviendrai vers vous dès mon retour."),
    C("en", "out_of_office", "Automatic reply: Thank you for your message. The office is closed for the holidays and reopens on 4 January 2027."),
    C("fr", "out_of_office", "I am out of the office until 22 October. Je suis absent jusqu'au 22 octobre."),
    C("en", "out_of_office", "Je suis en vacances jusqu'au 2 novembre, accès très limité à ma messagerie." + OUTLOOK_EN.format(to="Bertrand Lemoine")),
    C("fr", "out_of_office", "Hi, I'm on parental leave until January. For anything urgent please email my colleague Tom Reed." + OUTLOOK_FR.format(to="Oliver Hale")),
    C("en", "out_of_office", "Travelling this week with limited connectivity - back in the office Monday."),
    C("fr", "out_of_office", "Message d'absence : je suis en formation du 14 au 16 octobre. Je prendrai connaissance de votre message à mon retour."),
    # ---------------------------------------------------------------- other
    C("fr", "other", "Merci, bien reçu." + SIG_FR_1 + OUTLOOK_FR.format(to="Bertrand Lemoine")),
    C("en", "other", "Thanks for the note." + SIG_EN_1 + OUTLOOK_EN.format(to="Oliver Hale")),
    C("fr", "other", "Qui vous a transmis mes coordonnées ?"),
    C("en", "referral", "Sorry, I think you have the wrong Oliver Hale.", referral=(None, None)),
    C("fr", "other", "Je crois que ce message ne m'était pas destiné."),
    C("en", "other", "Noted, thanks."),
    C("fr", "other", "Votre pièce jointe ne s'ouvre pas." + SIG_FR_2),
    C("en", "other", "Did we meet somewhere? I don't remember speaking with you."),
    C("fr", "other", "Ne me retirez surtout pas de votre liste, vos lettres trimestrielles sont précieuses !"),
    C("en", "other", "Please don't take me off your newsletter, I read every issue."),
    C("fr", "other", "Merci Thomas, bonne journée à vous."),
    C("en", "other", "Received, thank you Claire." + GMAIL_EN),
    C("fr", "other", "Je vous ai répondu la semaine dernière, avez-vous eu mon message ?"),
    C("en", "other", "Just so you know, your email landed in my spam folder."),
    C("fr", "other", "Bien noté." + GMAIL_FR),
]
# fmt: on
