"""A fifth held-out split, `heldout5`: written on 2026-11-30 by a helper who had not read the rules (intent.py,
when.py, opt_out.py) before writing it, measured once before any change to them (see README), never tuned on.
Prospects of a B2B training and logistics-software vendor answering a sales rep's follow-up, as they would really
write: terse mobile replies, long corporate paragraphs, typos and missing accents, franglais, two intents in one
reply where one clearly dominates, Outlook ("De : / Envoyé :", "From: / Sent:") and Gmail ("Le … a écrit :",
"On … wrote:") threads below the answer, signatures and legal footers that mention unsubscribing without asking it,
automatic acknowledgements that are not absence notices, and forwarded referrals.
"""

from __future__ import annotations

from common import C

OUTLOOK_FR = """

De : Julien Morel <julien.morel@axelio.fr>
Envoyé : mardi 13 octobre 2026 10:04
À : {to}
Objet : RE: Formation de vos équipes logistiques

Bonjour,

Je reviens vers vous au sujet de notre plateforme de formation pour les équipes d'entrepôt. Avez-vous eu le temps
d'y jeter un œil ? Je serais ravi d'organiser une démonstration de 20 minutes.

Bien cordialement,
Julien Morel
Axelio – Responsable commercial
Pour ne plus recevoir nos emails, répondez STOP."""

OUTLOOK_EN = """

From: Julien Morel <julien.morel@axelio.com>
Sent: Tuesday, October 13, 2026 10:04 AM
To: {to}
Subject: RE: Training for your warehouse teams

Hi,

Just following up on my note about our training platform for warehouse teams. Would you be open to a quick
20-minute demo next week? Happy to send pricing too.

Best,
Julien Morel
Axelio | Sales
If you'd rather not hear from us, just reply and let me know."""

GMAIL_FR = """

Le mar. 13 oct. 2026 à 10:04, Julien Morel <julien.morel@axelio.fr> a écrit :
> Bonjour,
>
> Je me permets de vous relancer concernant notre offre de formation. Seriez-vous disponible pour un échange ?
>
> Julien
> Se désinscrire : https://axelio.fr/desinscription"""

GMAIL_EN = """

On Tue, Oct 13, 2026 at 10:04 AM Julien Morel <julien.morel@axelio.com> wrote:
> Hi there,
>
> Circling back on the training platform. Any interest in a short call?
>
> Julien
> Unsubscribe: https://axelio.com/unsubscribe"""

FOOTER_FR = """

--
Nadia Benali
Responsable Supply Chain | Transports Benali SAS
12 rue des Entrepôts, 69007 Lyon
Tél. 04 78 00 11 22

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous
n'êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur. Conformément au RGPD, vous pouvez
exercer votre droit d'opposition et de désinscription à tout moment en écrivant à dpo@transports-benali.fr."""

FOOTER_EN = """

--
Greg Holloway
VP Operations, Northgate Distribution Ltd
T: +44 20 7946 0321 | M: +44 7700 900123

This email and any attachments are confidential and intended solely for the addressee. If you have received it in
error please notify the sender and delete it. To unsubscribe from Northgate marketing communications, visit
northgate.co.uk/preferences. Northgate Distribution Ltd, registered in England No. 01234567."""

SENT_MOBILE = "\n\nEnvoyé de mon iPhone"
SENT_MOBILE_EN = "\n\nSent from my iPhone"

# fmt: off
CASES = [
    # interested
    C("fr", "interested", "ok pour moi, ca m'interesse" + SENT_MOBILE),
    C("en", "interested", "yes def interested" + SENT_MOBILE_EN),
    C("fr", "interested", "Bonjour Julien, effectivement c'est un sujet chez nous en ce moment, la montée en compétence des caristes nous coûte cher. Votre approche nous parle." + FOOTER_FR),
    C("en", "interested", "Hi Julien - this actually lands at a good time. Onboarding seasonal staff is our biggest headache and your platform looks like a fit." + FOOTER_EN),
    C("fr", "interested", "Ca a l'air top, je suis partante pour avancer." + OUTLOOK_FR.format(to="Claire Vidal")),
    C("en", "interested", "Sounds good, count us in." + GMAIL_EN),
    C("fr", "interested", "Franchement, le concept est cool, on est chaud pour tester avec une équipe pilote."),
    C("en", "interested", "We've been looking for something exactly like this. Keen to move forward."),
    C("fr", "interested", "Oui, pourquoi pas. Ça vaut le coup d'essayer." + GMAIL_FR),
    C("en", "interested", "Interesting! Definitely something we'd consider." + OUTLOOK_EN.format(to="Amy Chen")),
    C("fr", "interested", "Bonjour,\n\nSuite à la réunion de direction de lundi, je vous confirme que le projet de formation digitale est validé sur le principe et que votre solution fait partie de celles que nous retenons. Je reviendrai vers vous pour la suite.\n\nCordialement" + FOOTER_FR),
    C("en", "interested", "Good timing actually. I'm in." ),
    # meeting_request
    C("fr", "meeting_request", "dispo jeudi 14h pour un call ?" + SENT_MOBILE),
    C("en", "meeting_request", "Can we jump on a call tmrw morning? 9:30 works." + SENT_MOBILE_EN),
    C("fr", "meeting_request", "Bonjour, je veux bien voir une démo. Envoyez-moi une invitation Teams pour la semaine prochaine, plutôt en début d'après-midi." + FOOTER_FR),
    C("en", "meeting_request", "Happy to see the demo. Here's my Calendly, grab whatever slot suits: calendly.com/greg-holloway/30min" + FOOTER_EN),
    C("fr", "meeting_request", "On peut se caler un creneau la semaine du 26 ? Je suis pas dispo avant." + OUTLOOK_FR.format(to="Marc Petit")),
    C("en", "meeting_request", "Not sold yet but let's set up a quick chat so you can show me what it does." + GMAIL_EN),
    C("fr", "meeting_request", "Appelez-moi au 06 12 34 56 78 quand vous pouvez, c'est plus simple qu'par mail." + GMAIL_FR),
    C("en", "meeting_request", "Would Friday at 3pm UK time work for a Zoom?" + OUTLOOK_EN.format(to="Dev Patel")),
    C("fr", "meeting_request", "Je serai au salon SITL à Paris le 18, on peut se voir sur votre stand ?"),
    C("en", "meeting_request", "Pop by our Leeds depot when you're next up north, I'll give you 30 mins."),
    C("fr", "meeting_request", "Pas trop le temps de lire tout ça, mais un rdv de 20 min en visio ça me va. Mardi ?"),
    C("en", "meeting_request", "I'm interested in principle. Could your team run a demo for our ops managers sometime the week of Nov 2nd?"),
    # quote_request
    C("fr", "quote_request", "Combien ça coute pour 40 personnes ?" + SENT_MOBILE),
    C("en", "quote_request", "what's the price per seat?" + SENT_MOBILE_EN),
    C("fr", "quote_request", "Bonjour, pourriez-vous nous faire parvenir un devis pour trois sites (environ 120 collaborateurs au total), avec le détail des licences et de l'accompagnement au déploiement ?" + FOOTER_FR),
    C("en", "quote_request", "Before I take this any further internally I'll need a ballpark figure for 200 users across 4 sites, including onboarding." + FOOTER_EN),
    C("fr", "quote_request", "Interessant. Vous pouvez m'envoyer une propal chiffrée ? On a un budget formation à consommer avant decembre." + OUTLOOK_FR.format(to="Sophie Lenoir")),
    C("en", "quote_request", "Send over a quote and I'll run it past procurement." + GMAIL_EN),
    C("fr", "quote_request", "Quels sont vos tarifs ? Et est-ce finançable par l'OPCO ?" + GMAIL_FR),
    C("en", "quote_request", "Looks promising. How much would an annual licence set us back, roughly?" + OUTLOOK_EN.format(to="Rachel Moss")),
    C("fr", "quote_request", "Merci pour la relance. Avant d'aller plus loin, j'ai besoin de connaître le coût global : abonnement, frais de mise en place, etc."),
    C("en", "quote_request", "Can you price up the warehouse safety module only, for about 60 staff?"),
    C("fr", "quote_request", "Je voudrais une grille tarifaire svp."),
    C("en", "quote_request", "Need pricing pls, comparing 3 vendors this week."),
    # information_request
    C("fr", "information_request", "vous avez une plaquette ?" + SENT_MOBILE),
    C("en", "information_request", "Got a one-pager I can share with my boss?" + SENT_MOBILE_EN),
    C("fr", "information_request", "Bonjour, avant toute chose pourriez-vous m'indiquer si vos modules sont disponibles en portugais et en roumain ? Une grande partie de nos préparateurs ne lisent pas bien le français." + FOOTER_FR),
    C("en", "information_request", "A couple of questions before we go further: does it integrate with Manhattan WMS, and where is the data hosted? We have strict requirements on both." + FOOTER_EN),
    C("fr", "information_request", "Vous avez des references clients dans la grande distrib ?" + OUTLOOK_FR.format(to="Paul Girard")),
    C("en", "information_request", "Does it work offline on handheld scanners?" + GMAIL_EN),
    C("fr", "information_request", "Pas maintenant pour un rdv, mais envoyez-moi de la doc, je regarderai." + GMAIL_FR),
    C("en", "information_request", "Could you send me a case study or two? Ideally 3PL companies." + OUTLOOK_EN.format(to="Tom Reyes")),
    C("fr", "information_request", "Est-ce que votre solution est certifiée Qualiopi ?"),
    C("en", "information_request", "How long does a typical rollout take, and what do you need from our IT team?"),
    C("fr", "information_request", "J'aimerais en savoir plus sur le contenu du module sécurité, vous pouvez me détailler le programme ?"),
    C("en", "information_request", "Any chance you could share a sample course so I can see what the learners get?"),
    # not_interested
    C("fr", "not_interested", "non merci" + SENT_MOBILE),
    C("en", "not_interested", "Nah, we're good thanks" + SENT_MOBILE_EN),
    C("fr", "not_interested", "Bonjour, nous avons internalisé la formation de nos équipes depuis deux ans avec un organisme avec lequel nous sommes pleinement satisfaits. Nous ne donnerons donc pas suite à votre proposition." + FOOTER_FR),
    C("en", "not_interested", "Thanks for reaching out. We've just signed a three-year agreement with another provider, so this isn't something we'll be pursuing." + FOOTER_EN),
    C("fr", "not_interested", "Pas pour nous, désolé." + OUTLOOK_FR.format(to="Luc Bernard")),
    C("en", "not_interested", "Appreciate the follow-up but it's a no from us." + GMAIL_EN),
    C("fr", "not_interested", "Ca ne correspond pas du tout a nos besoins." + GMAIL_FR),
    C("en", "not_interested", "We'll pass on this one." + OUTLOOK_EN.format(to="Kate Wilson")),
    C("fr", "not_interested", "Je ne suis pas convaincu par l'e-learning pour nos métiers, on reste sur du présentiel."),
    C("en", "not_interested", "Honestly not a priority and I don't see it becoming one."),
    C("fr", "not_interested", "Merci mais on a déjà ce qu'il faut."),
    C("en", "not_interested", "Not for us I'm afraid. Good luck with it."),
    # not_now
    C("fr", "not_now", "revenez vers moi en mars" + SENT_MOBILE, until="2027-03-01"),
    C("en", "not_now", "Try me again after our fiscal year end — 31 January." + SENT_MOBILE_EN, until="2027-02-01"),
    C("fr", "not_now", "Bonjour Julien, le sujet est intéressant mais nous sommes en pleine migration de notre WMS jusqu'à la fin de l'année. Recontactez-moi après les fêtes, nous aurons plus de visibilité." + FOOTER_FR, until="2027-01-02"),
    C("en", "not_now", "Interesting, but we're in peak season until Christmas and I can't take on anything new. Let's pick this up next quarter." + FOOTER_EN, until="2027-01-01"),
    C("fr", "not_now", "Pas le bon moment, on en reparle dans 3 semaines." + OUTLOOK_FR.format(to="Eric Roux"), until="2026-11-04"),
    C("en", "not_now", "Bit swamped rn, circle back in a few months?" + GMAIL_EN, until=None),
    C("fr", "not_now", "Trop tôt pour nous, le budget 2027 sera voté mi-novembre, relancez-moi à ce moment-là." + GMAIL_FR, until="2026-11-15"),
    C("en", "not_now", "Can you ping me again in 6 weeks? Things should have calmed down by then." + OUTLOOK_EN.format(to="Liam Scott"), until="2026-11-25"),
    C("fr", "not_now", "Je suis interessé mais pas avant fin janvier, on a un audit en cours.", until="2027-01-25"),
    C("en", "not_now", "Not this year. Reach out in the spring and we'll see where we are.", until="2027-03-21"),
    C("fr", "not_now", "Recontactez-moi le 5 janvier svp.", until="2027-01-05"),
    C("en", "not_now", "Maybe later, things are hectic at the moment.", until=None),
    # referral
    C("fr", "referral", "c'est pas moi qui gère, voyez avec Karim Haddad karim.haddad@logisud.fr" + SENT_MOBILE, referral=("Karim Haddad", "karim.haddad@logisud.fr")),
    C("en", "referral", "Wrong person - try Beth Carter, she runs L&D. beth.carter@northgate.co.uk" + SENT_MOBILE_EN, referral=("Beth Carter", "beth.carter@northgate.co.uk")),
    C("fr", "referral", "Bonjour, je ne suis plus en charge de la formation depuis la réorganisation de septembre. Je vous invite à vous rapprocher de ma collègue Émilie Fournier, responsable RH, qui pilote désormais ces sujets (emilie.fournier@transports-benali.fr)." + FOOTER_FR, referral=("Émilie Fournier", "emilie.fournier@transports-benali.fr")),
    C("en", "referral", "Hi Julien, thanks for the note. Training budgets sit with our People team rather than Operations, so I've copied in Marcus Reid (marcus.reid@northgate.co.uk) who can tell you whether there's a fit." + FOOTER_EN, referral=("Marcus Reid", "marcus.reid@northgate.co.uk")),
    C("fr", "referral", "Je transfère à Antoine Leroy, notre directeur d'exploitation, c'est plus son sujet.\n\n---------- Message transféré ---------\nDe : Julien Morel <julien.morel@axelio.fr>\nDate : mar. 13 oct. 2026 à 10:04\nObjet : Formation de vos équipes logistiques\nÀ : Pierre Lambert <p.lambert@logisud.fr>\nCc : Antoine Leroy <a.leroy@logisud.fr>\n\nBonjour,\n\nJe reviens vers vous au sujet de notre plateforme.", referral=("Antoine Leroy", "a.leroy@logisud.fr")),
    C("en", "referral", "Looping in Hannah Brooks (hannah.brooks@fenwicklogistics.com), our training manager - Hannah, see below." + GMAIL_EN, referral=("Hannah Brooks", "hannah.brooks@fenwicklogistics.com")),
    C("fr", "referral", "Mme Garnier a quitté la société. Merci de contacter désormais M. Olivier Dumas : o.dumas@garnier-transports.fr" + OUTLOOK_FR.format(to="Isabelle Garnier"), referral=("Olivier Dumas", "o.dumas@garnier-transports.fr")),
    C("en", "referral", "I've moved on from Fenwick. My replacement is Sam Ortiz, sam.ortiz@fenwicklogistics.com." + OUTLOOK_EN.format(to="Chris Lane"), referral=("Sam Ortiz", "sam.ortiz@fenwicklogistics.com")),
    C("fr", "referral", "Le mieux c'est de voir avec notre DRH, Sandrine Colin.", referral=("Sandrine Colin", None)),
    C("en", "referral", "You'll want to speak to our head of HR, Olivia Grant, about this.", referral=("Olivia Grant", None)),
    C("fr", "referral", "Pas mon périmètre. Contactez plutôt laurent.meyer@logisud.fr", referral=(None, "laurent.meyer@logisud.fr")),
    C("en", "referral", "FYI forwarding to our site manager Raj Singh who handles staff training.\n\n---------- Forwarded message ---------\nFrom: Julien Morel <julien.morel@axelio.com>\nDate: Tue, Oct 13, 2026 at 10:04 AM\nSubject: Training for your warehouse teams\nTo: Kevin Ward <kevin.ward@ashbyfreight.com>\nCc: Raj Singh <raj.singh@ashbyfreight.com>\n\nHi,\n\nJust following up on my note.", referral=("Raj Singh", "raj.singh@ashbyfreight.com")),
    # unsubscribe
    C("fr", "unsubscribe", "STOP" + OUTLOOK_FR.format(to="Hugo Martin")),
    C("en", "unsubscribe", "unsubscribe" + GMAIL_EN),
    C("fr", "unsubscribe", "Bonjour, c'est la quatrième relance que je reçois. Je vous demande de retirer mes coordonnées de votre fichier et de ne plus me solliciter." + FOOTER_FR),
    C("en", "unsubscribe", "This is the third email I've had from you. Please remove me from your mailing list and don't contact me again." + FOOTER_EN),
    C("fr", "unsubscribe", "pas interessé, et merci de ne plus m'ecrire" + SENT_MOBILE),
    C("en", "unsubscribe", "not interested. stop emailing me." + SENT_MOBILE_EN),
    C("fr", "unsubscribe", "Je n'ai jamais donné mon accord pour recevoir vos messages. Supprimez mes données conformément au RGPD." + GMAIL_FR),
    C("en", "unsubscribe", "Kindly take me off your list, thanks." + OUTLOOK_EN.format(to="Nina Ross")),
    C("fr", "unsubscribe", "Désabonnez-moi svp."),
    C("en", "unsubscribe", "Please stop sending me these."),
    C("fr", "unsubscribe", "Merci de me retirer de vos listes de diffusion."),
    C("en", "unsubscribe", "Remove me. No further contact please."),
    # out_of_office
    C("fr", "out_of_office", "Bonjour,\nJe suis absente du bureau jusqu'au 26 octobre inclus. Pour toute urgence, merci de contacter Paul Girard au 04 78 00 11 23.\nCordialement,\nNadia Benali"),
    C("en", "out_of_office", "Automatic reply: I'm out of the office until Monday 19th October with limited access to email. For urgent matters please contact ops@northgate.co.uk."),
    C("fr", "out_of_office", "Réponse automatique : En congé maternité jusqu'en février. Vos messages ne seront pas transférés."),
    C("en", "out_of_office", "Thanks for your email. I'm currently on annual leave, returning 2 November. I'll respond when I'm back."),
    C("fr", "out_of_office", "Je suis en formation toute la semaine avec un accès limité à mes mails, je vous répondrai à mon retour lundi."),
    C("en", "out_of_office", "OOO till Weds, will reply then." + SENT_MOBILE_EN),
    C("fr", "out_of_office", "Absent(e) jusqu'au 2 novembre. En cas d'urgence, contactez l'accueil au 01 40 00 00 00."),
    C("en", "out_of_office", "I am travelling on business this week and will have intermittent access to email. I'll get back to you on my return."),
    C("fr", "out_of_office", "[Réponse automatique] Bonjour, je suis actuellement en congés. Je prendrai connaissance de votre message à mon retour le 28/10."),
    C("en", "out_of_office", "Hi, I'm away on paternity leave until the new year. Please direct anything urgent to my colleague Beth Carter (beth.carter@northgate.co.uk)."),
    # other
    C("fr", "other", "Bien reçu, merci." + SENT_MOBILE),
    C("en", "other", "thx" + SENT_MOBILE_EN),
    C("fr", "other", "Merci pour votre message. Nous accusons bonne réception de votre demande, qui sera traitée par nos services dans les meilleurs délais. Ceci est un message automatique, merci de ne pas y répondre."),
    C("en", "other", "Thank you for contacting Northgate Distribution. Your enquiry has been logged under reference #48213 and a member of our team will respond within 2 working days. This is an automated message."),
    C("fr", "other", "Je ne comprends pas, on s'est déjà parlé ?" + OUTLOOK_FR.format(to="Alain Dupuis")),
    C("en", "other", "Who is this? How did you get my email?" + GMAIL_EN),
    C("fr", "other", "Votre pièce jointe ne s'ouvre pas." + GMAIL_FR),
    C("en", "other", "Your link is broken btw." + OUTLOOK_EN.format(to="Joe Price")),
    C("fr", "other", "Merci Julien, bonne journée à vous." + FOOTER_FR),
    C("en", "other", "Noted, thanks." + FOOTER_EN),
    C("fr", "other", "Cette adresse n'est plus consultée régulièrement. Votre message a bien été reçu."),
    C("en", "other", "Thanks Julien. Hope the conference went well last week!"),
    # mixed: one intent dominates by the label order
    C("fr", "meeting_request", "Pas convaincu à 100%, mais montrez-moi ce que ça donne en visio mercredi prochain à 11h, et envoyez aussi vos tarifs." + FOOTER_FR),
    C("en", "quote_request", "Not ready to talk yet, but if you can send indicative pricing I'll look at it over the weekend." + FOOTER_EN),
    C("fr", "information_request", "Pas de budget avant l'an prochain, mais je veux bien votre catalogue de formations pour préparer le dossier."),
    C("en", "unsubscribe", "Thanks but no thanks, and please take me off whatever list this is. I've had four of these." + GMAIL_EN),
    C("fr", "not_now", "Merci, c'est intéressant, mais rien ne se fera avant septembre prochain. Relancez-moi à la rentrée.", until="2027-09-01"),
    C("en", "referral", "Not interested personally, but my colleague Dana Hughes (dana.hughes@ashbyfreight.com) runs training for the south sites and might be.", referral=("Dana Hughes", "dana.hughes@ashbyfreight.com")),
    C("fr", "interested", "Pour info je ne suis pas contre, le sujet me parle. On en discute avec l'équipe et je vous dis." + OUTLOOK_FR.format(to="Marie Blanc")),
    C("en", "not_interested", "I did read it, and I don't think we need an external platform. Cheers though." + OUTLOOK_EN.format(to="Ian Ford")),
    # franglais and the other language
    C("fr", "meeting_request", "Hello Julien, on peut faire un quick call asap ? Je suis free demain after lunch."),
    C("en", "interested", "Bonjour Julien, sorry my French is bad. Your offer is interesting for us, we want to continue."),
    C("fr", "not_interested", "Hi, merci mais ce n'est pas pour nous. Bonne continuation."),
    C("en", "quote_request", "Hi Julien, merci. Could you send me your pricing in euros? We're a French subsidiary."),
]
# fmt: on
