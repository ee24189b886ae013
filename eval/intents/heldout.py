"""The held-out split of the intent set: never used to tune the rules (see README.md). Written in the same sitting
as tune.py, before any rule existed, with other wordings, senders and layouts."""

from __future__ import annotations

from common import C

Q_FR2 = """

-----Message d'origine-----
De : Claire Martin [mailto:claire.martin@cabinet-martin.fr]
Envoyé : lundi 12 octobre 2026 08:30
À : Direction
Objet : Votre bilan patrimonial

Bonjour,
Je reviens vers vous au sujet du bilan patrimonial offert à vos salariés. Seriez-vous intéressé par une
présentation ? Je peux vous envoyer notre plaquette et nos tarifs.
Pour ne plus recevoir de messages de notre part, il suffit de nous le dire.
Claire Martin"""

Q_EN2 = """

From: Sarah Collins <sarah.collins@relance-partners.co.uk>
Sent: Monday, October 12, 2026 8:30 AM
To: Info
Subject: Quick question

Hi there,
Would you be interested in a short demo? I can also send pricing or a case study.
If now is not a good time, let me know when to reach back out. To unsubscribe, reply STOP.
Sarah"""

DISCLAIMER_FR = (
    "\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. "
    "Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur."
)
DISCLAIMER_EN = (
    "\n\nThis email and any attachments are confidential and intended solely for the addressee. If you are not "
    "the intended recipient, please notify the sender and delete it. Please consider the environment before "
    "printing this email."
)

# fmt: off
CASES = [
    # ------------------------------------------------------------------ interested
    C("fr", "interested", "Bonjour Madame,\n\nVotre proposition retient toute notre attention.\n\nBien cordialement,\nGérard Lemoine\nPrésident - Lemoine SAS" + DISCLAIMER_FR),
    C("fr", "interested", "Oui !" + Q_FR2),
    C("fr", "interested", "ça me parle, on en reparle bientot\nmax"),
    C("fr", "interested", "D'accord, je suis partant pour avancer.\nCordialement,\nDenis Marchal"),
    C("fr", "interested", "Bonne idée, allons-y.\n\nEnvoyé de mon Samsung Galaxy"),
    C("fr", "interested", "Votre message tombe bien, j'y réfléchissais justement. Je reviens vers vous rapidement.\nAmélie Hubert"),
    C("en", "interested", "Yes, we'd be interested.\n\nKind regards,\nEleanor Price\nPractice Manager\nHillside Dental" + DISCLAIMER_EN),
    C("en", "interested", "Go for it" + Q_EN2),
    C("en", "interested", "Love this. Let's do it."),
    C("en", "interested", "Sounds promising - I'm in. Will circle back with my team shortly.\n-Jake"),
    C("en", "interested", "Intriguing. Yes, keep me posted on what you have.\n\nSent from Mail for Windows"),
    C("en", "interested", "Bonjour, yes we are interested, thanks for following up.\nMarie-Claire Dubois"),
    # ------------------------------------------------------------------ meeting_request
    C("fr", "meeting_request", "Bonjour,\n\nJe vous propose de nous retrouver mardi prochain à 9h30 dans nos locaux.\n\nBien à vous,\nCatherine Morin\nDirectrice administrative et financière" + DISCLAIMER_FR),
    C("fr", "meeting_request", "Oui, présentation volontiers. Quand êtes-vous disponible ?" + Q_FR2),
    C("fr", "meeting_request", "tel moi ce soir apres 18h stp 0677889900"),
    C("fr", "meeting_request", "Bonjour, je souhaiterais organiser une réunion avec vous et mon associé. Pourriez-vous m'indiquer vos disponibilités ?\nFranck Mallet"),
    C("fr", "meeting_request", "Un rendez-vous téléphonique jeudi ou vendredi me va. Dites-moi ce qui vous arrange.\nSolène"),
    C("fr", "meeting_request", "Est-il possible de faire une démo à l'équipe la semaine prochaine ?\n\nMerci,\nKevin Lopez\nResponsable informatique"),
    C("fr", "meeting_request", "Bonjour,\nJe vous appelle demain à 10h si cela vous va.\nCordialement,\nPatricia Renaud"),
    C("en", "meeting_request", "Hi Sarah,\n\nLet's find 30 minutes next week. I'm free Tuesday after 2pm or Thursday morning.\n\nThanks,\nMatthew Cole" + DISCLAIMER_EN),
    C("en", "meeting_request", "Sure, a demo would be useful." + Q_EN2),
    C("en", "meeting_request", "ring me when you get a chance, 07700 900123"),
    C("en", "meeting_request", "Could we jump on a Teams call on Wednesday? Please send an invite.\nRegards,\nSophie Turner"),
    C("en", "meeting_request", "I'll be at the Paris expo on the 3rd - can we meet there?\n\nAlex"),
    C("en", "meeting_request", "Please book some time with my assistant, Jenny, to set up a meeting. She manages my calendar.\n\nRichard Hale\nChief Executive"),
    C("en", "meeting_request", "Oui, je suis intéressée, pouvons-nous nous appeler demain ?\nLéa"),
    # ------------------------------------------------------------------ information_request
    C("fr", "information_request", "Bonjour,\n\nAvant toute chose, j'aimerais savoir qui sont vos partenaires assureurs.\n\nCordialement,\nMichel Texier" + DISCLAIMER_FR),
    C("fr", "information_request", "Envoyez la plaquette." + Q_FR2),
    C("fr", "information_request", "Bjr, vous avez un lien vers votre site ou une doc ? merci"),
    C("fr", "information_request", "Pourriez-vous me détailler le contenu du bilan et sa durée ?\nBien cordialement\nNicole Fabre"),
    C("fr", "information_request", "Je ne suis pas disponible pour un rendez-vous, mais un document de synthèse m'intéresse.\nH. Perret"),
    C("fr", "information_request", "Bonjour, est-ce que votre solution fonctionne aussi pour les indépendants ?\nJoël"),
    C("fr", "information_request", "Merci de me faire suivre la présentation dont vous parliez au salon.\n\nStéphanie Colin\nAssistante RH"),
    C("en", "information_request", "Hi,\n\nCould you clarify what is included in the standard package? I couldn't find it on your site.\n\nBest,\nHelen Park" + DISCLAIMER_EN),
    C("en", "information_request", "Send me the case study." + Q_EN2),
    C("en", "information_request", "do you support multi-currency? we bill in EUR and GBP"),
    C("en", "information_request", "Before we talk, I'd like to understand your security certifications. Do you have ISO 27001?\n\nIan Ferguson\nCISO"),
    C("en", "information_request", "We're not ready to buy, but please send some material I can pass to my director.\nThanks\nZoe"),
    C("en", "information_request", "Where can I read more about this?"),
    C("en", "information_request", "Pouvez-vous m'envoyer plus d'infos ? Thanks!\nOlivier"),
    # ------------------------------------------------------------------ quote_request
    C("fr", "quote_request", "Bonjour,\n\nNous aurions besoin d'une estimation budgétaire pour l'ensemble de nos 40 salariés.\n\nCordialement,\nSandrine Arnaud\nDRH" + DISCLAIMER_FR),
    C("fr", "quote_request", "Envoyez-moi vos tarifs." + Q_FR2),
    C("fr", "quote_request", "c'est quoi le prix ?"),
    C("fr", "quote_request", "Pouvez-vous établir un devis pour une intervention en janvier ?\nMerci\nDominique Jacob"),
    C("fr", "quote_request", "Quel budget faut-il prévoir pour la formule complète ?\nCdlt\nRené"),
    C("fr", "quote_request", "Intéressés, nous attendons votre proposition commerciale avec les prix.\nLa direction"),
    C("en", "quote_request", "Hi Sarah,\n\nPlease send us a costed proposal for the Manchester and Leeds sites.\n\nRegards,\nPhilip Grant\nFacilities Manager" + DISCLAIMER_EN),
    C("en", "quote_request", "Pricing please." + Q_EN2),
    C("en", "quote_request", "ballpark cost?"),
    C("en", "quote_request", "What would the annual fee be for a team of 8? Any discounts for multi-year?\n\nNina"),
    C("en", "quote_request", "We're comparing vendors. Can you send your rate card?\nProcurement | Fieldstone plc"),
    C("en", "quote_request", "Could I get a quote? Merci !\nÉtienne Roy"),
    # ------------------------------------------------------------------ not_interested
    C("fr", "not_interested", "Bonjour,\n\nJe vous remercie mais nous ne sommes pas preneurs.\n\nCordialement,\nJacques Poulain\nGérant" + DISCLAIMER_FR),
    C("fr", "not_interested", "Non merci." + Q_FR2),
    C("fr", "not_interested", "pas besoin merci"),
    C("fr", "not_interested", "Nous gérons cela en interne, nous n'avons pas besoin de vos services.\nCordialement\nA. Benoit"),
    C("fr", "not_interested", "Sans façon, merci.\nBrigitte"),
    C("fr", "not_interested", "Votre offre ne nous concerne pas. Bonne journée.\nL'équipe Dumas"),
    C("fr", "not_interested", "Bonjour, je ne suis pas du tout intéressé par ce genre de prestation.\nCordialement"),
    C("en", "not_interested", "Hi Sarah,\n\nThank you for reaching out, however we will not be moving forward.\n\nKind regards,\nRebecca Scott" + DISCLAIMER_EN),
    C("en", "not_interested", "Not interested." + Q_EN2),
    C("en", "not_interested", "nah we're good"),
    C("en", "not_interested", "We've just renewed with our current provider for three years.\nThanks anyway,\nColin"),
    C("en", "not_interested", "I'll pass, thank you.\n\nSent from my iPhone"),
    C("en", "not_interested", "This is not something we would ever consider.\nM. Baxter"),
    C("en", "not_interested", "Merci mais non merci. We handle this in-house.\nFrançois"),
    # ------------------------------------------------------------------ not_now
    C("fr", "not_now", "Bonjour,\n\nLe moment est mal choisi. Je vous propose de me recontacter en septembre.\n\nBien cordialement,\nOdile Mercier" + DISCLAIMER_FR, sent="2026-05-20", until="2026-09-01"),
    C("fr", "not_now", "Pas tout de suite. Revenez vers moi dans 15 jours." + Q_FR2, until="2026-10-29"),
    C("fr", "not_now", "pas dispo en ce moment, on voit ça apres les vacances", sent="2026-07-08", until="2026-09-01"),
    C("fr", "not_now", "Nous lançons le sujet l'an prochain. Recontactez-moi début janvier.\nCordialement\nXavier Prigent", until="2027-01-01"),
    C("fr", "not_now", "Bonjour, ce n'est pas d'actualité pour le moment. Peut-être plus tard.\nCordialement\nS. Navarro"),
    C("fr", "not_now", "Relancez-moi la semaine prochaine, je suis en séminaire.\nAdrien", until="2026-10-19"),
    C("fr", "not_now", "Nous en reparlerons au deuxième trimestre 2027.\nCordialement\nM.-P. Garnier", until="2027-04-01"),
    C("fr", "not_now", "Je ne suis pas intéressé pour l'instant, mais réessayez fin février.\nGaëtan", until="2027-02-25"),
    C("fr", "not_now", "Rappelez-moi dans quelques semaines, quand le nouveau directeur sera arrivé.\nChristine"),
    C("fr", "not_now", "Bonjour,\nNous sommes en période de clôture, merci de revenir vers nous après le 20 novembre.\nLe service comptable", until="2026-11-21"),
    C("fr", "not_now", "Trop tôt. Repassez à l'automne.", sent="2026-04-10", until="2026-09-22"),
    C("fr", "not_now", "Recontactez-moi mi-janvier, nous aurons nos budgets.\n\nEnvoyé de mon iPhone", until="2027-01-15"),
    C("en", "not_now", "Hi Sarah,\n\nWe're not in a position to look at this until Q1. Please check back then.\n\nBest regards,\nAnthony Reid" + DISCLAIMER_EN, until="2027-01-01"),
    C("en", "not_now", "Maybe later this year." + Q_EN2),
    C("en", "not_now", "try me again after the holidays", sent="2026-12-10", until="2027-01-02"),
    C("en", "not_now", "We're heads-down on a product launch. Reach out in 3 weeks?\nTeresa", until="2026-11-04"),
    C("en", "not_now", "Not this year. Contact me in February.\n\nRegards,\nMalcolm Fraser", until="2027-02-01"),
    C("en", "not_now", "Can you come back to me early December? Things should be calmer.\nAnna", until="2026-12-01"),
    C("en", "not_now", "Put me down for a follow-up next month.\nCraig", until="2026-11-01"),
    C("en", "not_now", "Not a good time. Maybe down the road.\nSent from my Android"),
    C("en", "not_now", "I'm not interested at this time, but please check in after our fiscal year ends in June.\nHolly", sent="2026-03-02", until="2026-07-01"),
    C("en", "not_now", "Please follow up with me on November 9th.\nDerek", until="2026-11-09"),
    C("en", "not_now", "Pas maintenant, maybe in a month or so.\nJulien", until="2026-11-14"),
    # ------------------------------------------------------------------ referral
    C("fr", "referral", "Bonjour,\n\nJe vous remercie. Le sujet est suivi par Mme Agnès Leroux, directrice financière : agnes.leroux@meunier-freres.fr\n\nCordialement,\nPascal Meunier" + DISCLAIMER_FR, referral=("Agnès Leroux", "agnes.leroux@meunier-freres.fr")),
    C("fr", "referral", "Ce n'est pas de mon ressort, voyez avec Thibault Renard.\nBonne journée", referral=("Thibault Renard", None)),
    C("fr", "referral", "Bonjour, Mme Dubreuil ne travaille plus chez nous. Vous pouvez écrire à direction@cabinet-aubert.fr\nCordialement", referral=(None, "direction@cabinet-aubert.fr")),
    C("fr", "referral", "J'ai fait suivre votre message à Fabien Muller (fabien.muller@alsatech.fr) qui pilote le projet.\nBien à vous\nNathalie", referral=("Fabien Muller", "fabien.muller@alsatech.fr")),
    C("fr", "referral", "Adressez-vous plutôt à notre responsable RH, Caroline Giraud, caroline.giraud@optima-rh.fr, c'est elle qui décide.\nCdt", referral=("Caroline Giraud", "caroline.giraud@optima-rh.fr")),
    C("fr", "referral", "Bonjour,\nJe ne m'occupe plus de ce dossier. Mon successeur : Quentin Barbier - quentin.barbier@groupe-lys.com\nMerci", referral=("Quentin Barbier", "quentin.barbier@groupe-lys.com")),
    C("en", "referral", "Hi Sarah,\n\nThanks for reaching out. Our Head of HR, Samantha Hill (samantha.hill@crestview.com), is the best person to speak to.\n\nRegards,\nTim Wallace" + DISCLAIMER_EN, referral=("Samantha Hill", "samantha.hill@crestview.com")),
    C("en", "referral", "Passing this along to Jordan Reyes on our ops team.\nBest\nKim", referral=("Jordan Reyes", None)),
    C("en", "referral", "Unfortunately Mr. Patel has moved on. Please direct future correspondence to info@patelandsons.co.uk.", referral=(None, "info@patelandsons.co.uk")),
    C("en", "referral", "You should talk to Megan Ross - megan.ross@alderbank.com - she owns the budget for this.\n\nSent from my iPhone", referral=("Megan Ross", "megan.ross@alderbank.com")),
    C("en", "referral", "I've moved to a different role. My replacement is Luke Bennett (luke.bennett@orchid-labs.io).\nCheers\nTara", referral=("Luke Bennett", "luke.bennett@orchid-labs.io")),
    C("en", "referral", "Merci. The right contact is Pauline Garnier, pauline.garnier@cobalt-partners.fr.\nRegards\nHugh", referral=("Pauline Garnier", "pauline.garnier@cobalt-partners.fr")),
    # ------------------------------------------------------------------ unsubscribe
    C("fr", "unsubscribe", "Bonjour,\n\nJe vous prie de retirer mon adresse de vos listes.\n\nCordialement,\nRoger Blanc" + DISCLAIMER_FR),
    C("fr", "unsubscribe", "Stop" + Q_FR2),
    C("fr", "unsubscribe", "ne plus m'écrire svp"),
    C("fr", "unsubscribe", "Je ne souhaite plus être sollicité par votre société. Supprimez mes données.\nM. Lebrun"),
    C("fr", "unsubscribe", "Cessez vos relances, merci."),
    C("fr", "unsubscribe", "Merci de me désabonner de vos envois.\nAnnie"),
    C("en", "unsubscribe", "Hi,\n\nPlease unsubscribe me from all future emails.\n\nThank you,\nGary Lewis" + DISCLAIMER_EN),
    C("en", "unsubscribe", "Remove me." + Q_EN2),
    C("en", "unsubscribe", "stop contacting me"),
    C("en", "unsubscribe", "I do not wish to receive any further emails from your company.\nL. Morgan"),
    C("en", "unsubscribe", "Please take us off your distribution list.\nReception, Bayview Hotel"),
    C("en", "unsubscribe", "Unsubscribe please. Thanks."),
    C("en", "unsubscribe", "Arrêtez de m'envoyer des mails. I've asked three times now."),
    # ------------------------------------------------------------------ out_of_office
    C("fr", "out_of_office", "Bonjour,\n\nJe suis en congés jusqu'au 30 octobre. Je traiterai votre message à mon retour.\nPour toute urgence : accueil@lemoine-sas.fr\n\nCordialement,\nGérard Lemoine"),
    C("fr", "out_of_office", "Réponse automatique : je suis absent du bureau cette semaine, de retour lundi."),
    C("fr", "out_of_office", "Message d'absence - Je suis en formation du 14 au 16 octobre, avec un accès restreint à ma messagerie."),
    C("fr", "out_of_office", "Bonjour, je suis en arrêt maladie jusqu'à nouvel ordre. Merci de contacter mon assistante, Julie Caron."),
    C("en", "out_of_office", "Hello,\n\nI'm out of the office from 12-23 October with no access to email. I'll reply when I'm back.\n\nThanks,\nMelissa"),
    C("en", "out_of_office", "Automatic reply: I am away until 2 November. For anything urgent please email support@crestview.com."),
    C("en", "out_of_office", "I'm on holiday this week without my laptop. Back on the 19th."),
    C("en", "out_of_office", "Thank you for your message. I am currently on sabbatical and will not be reading email until further notice."),
    # ------------------------------------------------------------------ other
    C("fr", "other", "Merci beaucoup." + Q_FR2),
    C("fr", "other", "Bonjour, pouvez-vous me rappeler qui vous êtes ? Je ne me souviens pas de notre échange.\nCordialement"),
    C("fr", "other", "Votre mail est arrivé dans mes spams, je vous le signale."),
    C("fr", "other", "ok merci"),
    C("fr", "other", "Bonjour, c'est à quel sujet ?"),
    C("en", "other", "Thanks for the note." + Q_EN2),
    C("en", "other", "FYI your email signature has the wrong phone number."),
    C("en", "other", "Who is this?"),
    C("en", "other", "Noted."),
    C("en", "other", "Apologies, I sent my previous reply to you by mistake, please ignore it."),
    # ------------------------------------------------------------------ hard cases
    C("fr", "not_now", "Je ne suis pas intéressé pour l'instant. Revoyons cela en avril.\nGilbert", until="2027-04-01"),
    C("fr", "information_request", "Pas le bon moment pour un rendez-vous, mais je veux bien recevoir votre brochure.\nLaure"),
    C("fr", "not_interested", "Non merci, et je ne serai pas intéressé plus tard non plus.\nBastien"),
    C("fr", "meeting_request", "Ne vous inquiétez pas pour le délai, je vous appelle lundi.\nRégis"),
    C("fr", "unsubscribe", "Ce n'est pas intéressant. Merci de ne plus m'envoyer ce type de message."),
    C("fr", "quote_request", "Plutôt qu'un rendez-vous, envoyez-moi un chiffrage.\nArnaud"),
    C("fr", "referral", "Je ne suis pas décisionnaire, il faut voir avec le directeur, Pierre-Yves Collet (py.collet@collet-immo.fr).", referral=("Pierre-Yves Collet", "py.collet@collet-immo.fr")),
    C("fr", "other", "Je crois que vous faites erreur, je ne suis pas la personne que vous pensez. Bonne journée."),
    C("en", "not_now", "I'm not saying no, just not before summer.\nEvan", until="2027-06-21"),
    C("en", "information_request", "Not now for a call, but I'd take a brochure.\nGwen"),
    C("en", "not_interested", "Don't bother following up later, we won't change our mind.\nHarold"),
    C("en", "meeting_request", "Stop by our office on Tuesday and we can talk it through.\nBarbara Klein\nKlein & Co."),
    C("en", "unsubscribe", "Not interested. Please don't email me again."),
    C("en", "quote_request", "No need for a call, just send me the price list.\nWes"),
    C("en", "referral", "I'm the wrong contact, it's our COO Rachel Adams you want (rachel.adams@pinecrest.com).", referral=("Rachel Adams", "rachel.adams@pinecrest.com")),
    C("en", "referral", "I think this was meant for someone else?", referral=(None, None)),
    C("en", "interested", "Not bad at all! Keep me posted."),
    C("fr", "interested", "Pas mal du tout votre truc, tenez-moi au courant.\nSeb"),
]
# fmt: on
