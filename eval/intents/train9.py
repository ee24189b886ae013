"""A ninth training split, `train9`: ~700 replies to the prospecting and follow-up emails of French
wealth-management and B2B advisory teams (private wealth, retirement savings, employee savings plans,
corporate treasury, business transfer, family office), written blind: without looking at the classifier,
its rules or any evaluation split.

Conventions used for the labels:
- `lang` is the language of the reply's own new text, not of the quoted prospecting email.
- A reply with several signals gets the most actionable one: "interested, but call me in March" is
  `not_now`; "not for me, ask my partner X" is `referral`; "interested, can we meet Tuesday?" is
  `meeting_request`; "interested, what are your fees?" is `quote_request`.
- `quote_request` asks for a price, fees, a devis, a tarif, a proposal or a costed simulation;
  `information_request` asks for documentation, a brochure, details or how something works.
- `unsubscribe` only when the person asks to stop receiving emails or to be removed ("stop", "retirez-moi",
  "ne plus me contacter", "take me off your list"). Legal footers mentioning unsubscribe links, "no need
  to remove me", and complaints that do not ask to stop get the label of what the reply otherwise says.
- `referral` when the reply points to someone else (wrong person, left the company, "contact X instead"),
  with referral=(name or None, address or None): the name as written, without titles (M., Mme, Dr, Maître,
  Mr), and the address given for that person or for the service the reply sends us to; (None, None) when
  the reply says "not me / I left" without naming anyone. A misdirected email ("wrong address, nobody of
  that name here") is `other`.
  An absence notice that names a stand-in during the absence stays `out_of_office`.
- `not_now.until`: "in/en <month>" or "début <month>" -> the 1st of its next occurrence; "mi-<month>" ->
  the 15th; "fin <month>" / "end of <month>" / "not before the end of X" -> the last day of that period;
  "after <day>" / "après le <day>" -> the next day; "from <day>" / "à partir du <day>" -> that day;
  "in N days/weeks/months" -> sent + N days / 7N days / N calendar months; "next week" -> the Monday of
  next week; "next month" -> its 1st; "next year" / "l'an prochain" -> 1 January; "after the summer" /
  "à la rentrée" -> 1 September; "next quarter" / "Q3" -> the quarter's first day; "second semestre" ->
  1 July; "after Easter" -> Easter Monday. Vague deferrals ("later", "dans quelques mois", "when things
  calm down", "after the holidays" without a season) -> None.
"""

from __future__ import annotations

from common import C

OL_FR_RDV = """

De : Camille Rousseau <camille.rousseau@orsane-patrimoine.fr>
Envoyé : {date}
À : {to}
Objet : Votre épargne de dirigeant

Bonjour,

Nous accompagnons de nombreux dirigeants et professions libérales dans l'organisation de leur rémunération, de leur épargne retraite et de leur patrimoine immobilier.
Seriez-vous disponible pour un rendez-vous de 20 minutes, en visio ou à votre cabinet, la semaine prochaine ?

Bien à vous,
Camille Rousseau
Conseillère en gestion de patrimoine – Orsane Patrimoine
Si vous ne souhaitez plus recevoir nos messages, répondez STOP."""

OL_FR_RELANCE = """

________________________________
De : Thomas Vidal <t.vidal@kerlan-gestionprivee.fr>
Envoyé : {date}
À : {to}
Objet : RE: Proposition d'accompagnement patrimonial

Bonjour,

Je reviens vers vous suite à mon précédent message, resté sans réponse.
Je peux vous faire parvenir une proposition chiffrée adaptée à votre situation, avec 0 % de frais d'entrée ce trimestre.
Si vous n'êtes pas la bonne personne, n'hésitez pas à me rediriger vers le bon interlocuteur.

Thomas Vidal
Kerlan Gestion Privée – 06 72 18 44 90"""

OL_FR_EPARGNE = """

-----Message d'origine-----
De : Julie Marchand <julie.marchand@alveole-epargne.fr>
Envoyé : {date}
À : {to}
Objet : Intéressement et PEE pour vos salariés

Bonjour,

Saviez-vous qu'une entreprise de moins de 50 salariés peut mettre en place un accord d'intéressement en quelques semaines, avec un forfait social à 0 % ?
Je vous joins notre brochure. Je reste à votre disposition pour tout renseignement.

Julie Marchand – Alvéole Épargne Salariale
Vous recevez ce message car votre société est référencée dans l'annuaire des entreprises. Pour vous désinscrire, cliquez ici."""

GM_FR_TRESO = """

Le {date}, Hugo Lemaire <hugo.lemaire@tresoria.fr> a écrit :
> Bonjour,
>
> Votre trésorerie excédentaire dort-elle sur un compte courant à 0 % ?
> Nos comptes à terme et contrats de capitalisation pour entreprises rapportent nettement plus, sans immobiliser vos fonds.
> Je vous propose un appel de 15 minutes mardi ou mercredi, selon vos disponibilités.
>
> Hugo Lemaire
> Trésoria – Gestion de trésorerie des PME
> Pour ne plus recevoir d'e-mails de Trésoria, répondez « STOP »."""

GM_FR_RETRAITE = """

Le {date}, Léa Fontaine <lea.fontaine@clairvoie-retraite.fr> a écrit :
> Bonjour,
>
> En tant que professionnel libéral, votre retraite obligatoire ne couvrira qu'une partie de vos revenus actuels.
> Le PER individuel vous permet de déduire vos versements de votre revenu imposable.
> Puis-je vous envoyer une simulation personnalisée de l'économie d'impôt ?
>
> Léa Fontaine, Clairvoie Retraite & Prévoyance"""

GM_FR_TRANSMISSION = """

Le {date}, Maxime Girard <m.girard@delorme-transmission.fr> a écrit :
> Madame, Monsieur,
> Nous aidons les dirigeants de PME à préparer la cession ou la transmission familiale de leur entreprise (pacte Dutreil, donation-cession, holding).
> Un premier diagnostic est offert. Seriez-vous ouvert à un échange ?
> Cordialement,
> Maxime Girard – Cabinet Delorme Transmission
> Conformément au RGPD, vous pouvez demander à ne plus être contacté en répondant à ce message."""

OL_EN_MEET = """

From: Oliver Grant <oliver.grant@meridian-pw.co.uk>
Sent: {date}
To: {to}
Subject: Pension and cross-border planning

Hi,

I help business owners and senior executives with interests in France and the UK organise their pensions, investments and estate planning.
Would you be open to a 15-minute call next Tuesday or Wednesday?

Kind regards,
Oliver Grant
Meridian Private Wealth
If you'd rather not hear from us, just reply STOP and we'll take you off our list."""

OL_EN_FEES = """

From: Sarah Collins <s.collins@northbank-advisory.com>
Sent: {date}
To: {to}
Subject: RE: Cash management for your business

Hello,

Just following up on my note from last week. I'd be glad to share our fee schedule and a tailored proposal for your surplus cash.
If you're not the right person, could you point me to whoever looks after treasury?

Best,
Sarah Collins | Senior Associate | Northbank Advisory"""

GM_EN_FOLLOW = """

On {date} Emma Laurent <emma.laurent@orsane-patrimoine.com> wrote:
> Hello again,
>
> Just bumping this in case it got buried. I'd be happy to send you our guide to French inheritance rules for non-residents.
>
> Emma
> --
> You are receiving this email because you attended one of our webinars. To unsubscribe, reply REMOVE."""

GM_EN_LATER = """

On {date} Daniel Price <daniel.price@northbank-advisory.com> wrote:
> Hi there,
> Totally understand if now isn't a good time. Shall I check back with you after the summer, or would you prefer I send a quote now so you have it on file?
> Daniel"""

GM_FR_PASSAGE = """

Le {date}, Sophie Marchal <sophie.marchal@ptc-conseil.fr> a écrit :

> Bonjour,
>
> Je serai dans votre secteur en fin de semaine pour rencontrer d'autres chefs d'entreprise.
> Puis-je passer vous voir une demi-heure pour vous présenter notre approche de la transmission ?
>
> Sophie Marchal
> Patrimoine & Transmission Conseil
> 07 81 22 45 63"""

OL_FR_WEBINAIRE = """

De : Orsane Patrimoine <evenements@orsane-patrimoine.fr>
Envoyé : {date}
À : {to}
Objet : Invitation – Webinaire « Loi de finances : ce qui change pour les dirigeants »

Bonjour,

Nous avons le plaisir de vous inviter à notre webinaire du jeudi à 12h30. Au programme : fiscalité des dividendes, PER, donation et pacte Dutreil.
Inscription en un clic sur notre site.

Vous recevez ce message car vous faites partie de nos contacts. Pour vous désinscrire de nos communications, cliquez ici ou répondez « désinscription »."""

GM_FR_HONORAIRES = """

Le {date}, Thomas Vidal <t.vidal@kerlan-gestionprivee.fr> a écrit :
> Bonjour,
> Comme convenu lors de notre échange téléphonique, vous trouverez ci-joint notre proposition d'honoraires pour le bilan patrimonial, valable 30 jours.
> Je reste à votre disposition pour en discuter.
> Bien cordialement,
> Thomas Vidal"""

IPHONE_FR = """

Envoyé de mon iPhone

> Le {date}, Léa Fontaine <lea.fontaine@clairvoie-retraite.fr> a écrit :
>
> Bonjour, je me permets une dernière relance : dois-je considérer que le sujet n'est pas prioritaire pour vous ? Sans nouvelles de votre part, je clôturerai votre dossier."""

OL_EN_BREAKUP = """

-----Original Message-----
From: Sarah Collins <s.collins@northbank-advisory.com>
Sent: {date}
To: {to}
Subject: Should I close your file?

Hi,

I've reached out a few times without hearing back, so I'll assume this isn't a priority. Should I close your file, or is there a better time to reconnect?

Best,
Sarah"""

GM_EN_QUOTE = """

On {date} Oliver Grant <oliver.grant@meridian-pw.co.uk> wrote:

> Hi,
>
> As discussed, attached is our fee proposal for the pension review. It's valid for 30 days.
> Happy to jump on a call to walk you through it.
>
> Oliver"""

OL_EN_WHO = """

From: Daniel Price <daniel.price@northbank-advisory.com>
Sent: {date}
To: {to}
Subject: Who looks after employee benefits?

Hi,

Apologies if you're not the right person. Could you let me know who handles employee benefits and savings schemes at your company? I'd be glad to send them a short overview.

Thanks,
Daniel Price
Northbank Advisory – Employee Savings
Reply STOP to opt out of future emails."""

IPHONE_EN = """

Sent from my iPhone

> On {date}, Emma Laurent <emma.laurent@orsane-patrimoine.com> wrote:
>
> Hi, I'm hosting a small breakfast event in Paris for British expats next month. Would you like me to save you a seat?"""

# fmt: off
CASES = [
]

# ---------------------------------------------------------------- interested
CASES += [
    C("fr", "interested", """Oui, ça m'intéresse.""", sent="2026-01-12"),
    C("fr", "interested", """Bonjour Madame Rousseau,

Votre approche me parle. Je suis notaire associée depuis huit ans et je n'ai jamais vraiment pris le temps de structurer mon épargne personnelle : tout est resté dans l'office. Je suis partante pour que nous avancions ensemble sur ce sujet.

Bien cordialement,

Hélène Baudry
Notaire associée
Office notarial Baudry & Lacoste
14, boulevard du Roi René – 49100 Angers
Tél. : 02 41 87 20 36

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite.""" + OL_FR_RDV.format(date="lundi 2 février 2026 09:14", to="Hélène Baudry <h.baudry@baudry-lacoste.notaires.fr>"), sent="2026-02-04"),
    C("fr", "interested", """ok pr moi on avance 👍""", sent="2026-03-17"),
    C("fr", "interested", """Bonjour,

Ça me semble tout à fait intéressant, d'autant qu'on vient de revendre une partie de la société à notre associé flamand. Tenez-moi au courant de la suite, s.v.p.

Bien à vous,
Pieter Claes
Gérant – Claes Logistics SRL, Liège
GSM +32 478 55 61 09""", sent="2026-04-21"),
    C("fr", "interested", """Allô Mme Rousseau, c'est vraiment intéressant votre affaire. Ma blonde pis moi on pense justement à planifier notre retraite au Québec ou en France, on sait pas encore. On embarque!

Jean-François""" + OL_FR_RDV.format(date="mardi 5 mai 2026 12:28", to="jf.gagnon@videotron.ca"), sent="2026-05-06"),
    C("fr", "interested", """Bonjour,

Votre proposition retient toute mon attention. Notre fiduciaire à Lausanne me suit depuis de nombreuses années, mais je ne suis pas fermé à un regard extérieur, notamment sur la partie française de mon patrimoine.

Meilleures salutations,
Dr. Alain Reymond
Cabinet médical de la Riponne""", sent="2026-06-09"),
    C("fr", "interested", """Pourquoi pas. Allez-y.""", sent="2026-07-02"),
    C("fr", "interested", """Bonjour,

Je suis pharmacienne titulaire à Vannes et je réfléchissais justement à la façon de préparer la revente de mon officine d'ici cinq ou six ans. Votre message tombe à pic, je suis preneuse.

Cordialement,
Anne-Sophie Le Goff
Pharmacie du Port – 56000 Vannes""" + GM_FR_TRANSMISSION.format(date="mar. 8 sept. 2026 à 10:02", to=""), sent="2026-09-10"),
    C("fr", "interested", """Bonjour, exploitant céréalier dans la Beauce, j'ai toujours tout mis sur le livret A et le compte courant de l'EARL. Votre idée de diversifier me tente bien. Dites-moi comment on procède.

Gilles Vasseur""", sent="2026-10-27"),
    C("fr", "interested", """bonjour, interesse par votre offre epargne salariale pour mes 12 salaries. cdt
S. Mercier
Mercier Menuiserie""" + OL_FR_EPARGNE.format(date="lundi 16 novembre 2026 08:03", to="S. Mercier"), sent="2026-11-18"),
    C("fr", "interested", """Hello !

Super timing, on vient de closer notre seed et la tréso dort sur le compte pro. Je suis chaud pour optimiser ça, let's go.

Yanis
CEO & co-founder @ Kelpio""" + GM_FR_TRESO.format(date="lun. 9 mars 2026 à 08:30", to=""), sent="2026-03-10"),
    C("fr", "interested", """Bonjour,

L'hôtel tourne bien depuis deux saisons et j'ai de la trésorerie qui ne sert à rien. Votre proposition tombe bien, je suis intéressé.

Cordialement,
Marc-Antoine Perrin
Directeur – Hôtel Les Remparts ★★★★
Carcassonne""", sent="2026-02-23"),
    C("fr", "interested", """Madame,

À titre strictement personnel (et non au titre de la mairie, je précise), votre offre concernant le PER m'intéresse. J'ai été salarié du privé pendant vingt ans avant mon mandat et ma situation retraite est un peu éclatée.

Bien cordialement,
Bernard Lachaume""" + GM_FR_RETRAITE.format(date="lun. 18 mai 2026 à 11:24"), sent="2026-05-19"),
    C("fr", "interested", """Bonjour Monsieur,

Je suis retraité de l'Éducation nationale et j'ai hérité l'an dernier d'une maison de famille en Corrèze dont je ne sais trop que faire. Vos conseils seraient les bienvenus.

Je vous remercie par avance.
Roger Bouvier""", sent="2026-08-25"),
    C("fr", "interested", """Intéressé.""", sent="2026-12-01"),
    C("fr", "interested", """Je m'étais désabonnée de votre newsletter l'an dernier, mais là le sujet de la transmission me concerne directement : mon mari veut céder la boulangerie d'ici trois ans. Je suis intéressée.

Martine Joly""", sent="2026-03-03"),
    C("fr", "interested", """Pas besoin de me désinscrire comme vous le proposez en bas de votre mail : au contraire, ça m'intéresse !

Karim""" + OL_FR_RDV.format(date="mardi 14 avril 2026 11:20", to="karim.belkacem@orange.fr"), sent="2026-04-15"),
    C("fr", "interested", """Bonjour,

Architecte en libéral depuis 2009, je n'ai quasiment rien pour ma retraite en dehors de la CIPAV. Autant dire que votre message me parle. Je suis partant pour regarder ça de plus près.

Vincent Ortiz
Atelier Ortiz Architecture – Montpellier""", sent="2026-06-30"),
    C("fr", "interested", """Chère Madame,

Votre proposition relative à l'arbitrage entre rémunération et dividendes au sein de ma SELARL m'intéresse à double titre, à la fois pour moi et pour mon associé.

Bien à vous,

Sophie Ngo
Avocate au Barreau de Lyon
Ngo & Ferrand Avocats
---
Ce message est couvert par le secret professionnel. S'il vous est parvenu par erreur, merci d'en informer l'expéditeur et de le détruire.""", sent="2026-09-15"),
    C("fr", "interested", """bjr, artisan plombier a mon compte depuis 15 ans, mon comptable m'en a parlé aussi de ce truc de PER. Je veux bien moi""", sent="2026-01-28"),
    C("fr", "interested", """Bonjour,

Médecin généraliste installé depuis 2015, la question de la prévoyance me travaille depuis un moment (trois enfants, un emprunt pour le cabinet…). Je suis intéressé par votre approche.

Dr Thomas Nguyen""" + GM_FR_RETRAITE.format(date="jeu. 7 mai 2026 à 18:41", to=""), sent="2026-05-11"),
    C("fr", "interested", """Madame,

Nous avons bien pris connaissance de votre proposition relative à l'optimisation de la trésorerie excédentaire du groupe. Après échange avec notre Président, nous souhaitons y donner suite et explorer cette piste avec vous. Je reste votre interlocuteur pour la suite de nos échanges.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Frédéric Aubertin
Directeur administratif et financier
Groupe Aubertin Industries
Tél. +33 (0)3 88 41 27 60""", sent="2026-10-06"),
    C("fr", "interested", """Bonjour Julie,

La mise en place d'un PEE fait partie des demandes récurrentes de nos représentants du personnel depuis deux ans. Votre démarche arrive au bon moment : c'est un oui de principe de notre côté.

Bien cordialement,
Nathalie Grosjean
DRH – Transports Grosjean (140 salariés)""" + OL_FR_EPARGNE.format(date="jeudi 12 novembre 2026 14:05", to="Nathalie Grosjean"), sent="2026-11-13"),
    C("fr", "interested", """Carrément 😊""", sent="2026-07-21"),
    C("fr", "interested", """Bonjour, oui pourquoi pas, ça me parle. Je suis preneur de la suite.
Envoyé de mon iPhone""", sent="2026-02-11"),
    C("fr", "interested", """Bonjour,

Notre family office cherche précisément à diversifier vers le non coté et l'immobilier de santé. Votre positionnement nous intéresse ; je transmets votre message à notre comité d'investissement avec un avis favorable.

Salutations,
Édouard de Kervégan
Directeur général – Kervégan Family Office""" + OL_FR_RELANCE.format(date="lundi 6 avril 2026 15:55", to="Édouard de Kervégan"), sent="2026-04-08"),
    C("fr", "interested", """Bonjour,

Ça m'intéresse, mais je vous préviens je suis frontalier : je bosse à Genève et j'habite à Annemasse. J'espère que ce n'est pas un souci pour vous.

Meilleures salutations
Loïc""", sent="2026-08-04"),
    C("fr", "interested", """Bonsoir, lu votre message dans le TGV. Intéressée, clairement.""", sent="2026-12-09"),
    C("fr", "interested", """Bonne idée. Je suis partant, ça fait 30 ans que je tiens ce garage et aucun de mes enfants ne veut reprendre.

René Poulain
Garage Poulain – Agent Renault""" + GM_FR_TRANSMISSION.format(date="ven. 16 oct. 2026 à 09:45", to=""), sent="2026-10-19"),
    C("fr", "interested", """Bonjour Monsieur Vidal, oui je suis intéressé, on est 4 associés dans le cabinet de kiné et aucun n'a de PER. Ca vaut le coup de s'y pencher.
Ludovic""" + OL_FR_RELANCE.format(date="mercredi 24 juin 2026 10:12", to="ludovic.roche@kine-roche.fr"), sent="2026-06-25"),
    C("fr", "interested", """Oui !! ça fait des mois que je me dis qu'il faut que je m'en occupe. Merci de m'avoir relancée 🙏""", sent="2026-09-29"),
    C("fr", "interested", """Bonjour,
Dentiste à Bruxelles mais avec un appartement à Nice, la question de la fiscalité franco-belge m'intéresse fortement.
Bien à vous,
Dr Nathalie Peeters""", sent="2026-03-24"),
    C("fr", "interested", """Le sujet m'intéresse, je vous laisse me dire la suite.
—
Aurélie Blanchard, directrice d'agence, Crédit immobilier Blanchard & Fils""", sent="2026-11-03"),
    C("en", "interested", """Yes, interested.""", sent="2026-01-20"),
    C("en", "interested", """This is actually quite timely. We sold a minority stake to a private equity fund last month and I've been wondering what to do with the proceeds. Keen to explore.

Tom""" + OL_EN_FEES.format(date="Friday, March 27, 2026 4:05 PM", to="Tom Hadley"), sent="2026-03-31"),
    C("en", "interested", """Dear Sir,

Greetings of the day. I am interested in your services regarding investment in France for NRIs. Kindly do the needful.

Thanks & Regards,
Venkatesh Iyer
Senior Manager – Finance
Chennai""", sent="2026-04-28"),
    C("en", "interested", """Hey Oliver, good timing actually. Our 401k provider has been a nightmare since the merger and I've got some vested equity to figure out before we move to Lyon. I'm in.

Mike""" + OL_EN_MEET.format(date="Monday, May 11, 2026 8:02 AM", to="Mike Donnelly <mdonnelly@corvex.io>"), sent="2026-05-12"),
    C("en", "interested", """Cheers, that's of interest. Happy to take it forward.""", sent="2026-06-16"),
    C("en", "interested", """yeah why not, sounds interesting""", sent="2026-07-08"),
    C("en", "interested", """Interested.

Sent from my iPhone""", sent="2026-08-19"),
    C("en", "interested", """Hi Sarah,

As a GP partner with a fairly chaotic pension situation (NHS scheme plus two old private pots), this is very relevant to me. Keen to take it further.

Dr Priya Shah
Riverside Medical Practice""", sent="2026-09-22"),
    C("en", "interested", """Love this. We just closed our Series A and the cash is sitting in a checking account doing nothing. Let's explore.

— Jess
Co-founder, Loomwell""", sent="2026-10-13"),
    C("en", "interested", """I know there's an unsubscribe link at the bottom of your email but honestly this is one of the few cold emails I've found useful. Yes, I'm interested.""" + GM_EN_FOLLOW.format(date="Thu, Nov 5, 2026 at 4:10 PM", to=""), sent="2026-11-06"),
    C("en", "interested", """Hello Camille,

I hope you don't mind me answering in English, my French is rather rusty. I am interested in your proposal for expatriates, as I relocated to Bordeaux last year for work.

Best regards,
Hannah Becker""", sent="2026-12-02"),
    C("en", "interested", """Thanks for reaching out. We run three boutique hotels in the Cotswolds and succession is very much on our minds this year. This is of interest.

Rupert Allingham
Managing Director, Allingham Hotels Ltd""", sent="2026-01-07"),
    C("en", "interested", """My wife and I retired to the Dordogne two years ago and French inheritance rules have been a headache ever since. We'd welcome some guidance, please count us in.

Warm regards,
Bill & Carol Hendricks""", sent="2026-02-26"),
    C("en", "interested", """Absolutely, this is on our radar. Let's move forward.""", sent="2026-03-12"),
    C("en", "interested", """Hi,

Thanks for your note. Treasury optimisation is a topic our audit committee raised last quarter, so the timing works well. We would like to explore this with you.

Regards,
Karen Whitfield
Group CFO, Halden Engineering plc""" + OL_EN_FEES.format(date="Tuesday, April 14, 2026 3:47 PM", to="Karen Whitfield"), sent="2026-04-16"),
    C("en", "interested", """Dear Ms Collins,

Thank you for your email. Subject to the usual conflict checks, the partnership would be interested in principle.

Yours sincerely,

Jonathan Pryce
Managing Partner
Pryce Hollings LLP

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Pryce Hollings LLP is authorised and regulated by the Solicitors Regulation Authority.""", sent="2026-05-27"),
    C("en", "interested", """ok interested pls proceed""", sent="2026-06-03"),
    C("en", "interested", """Hiya, architect here, sole trader for 12 years. Pensions are my blind spot. Interested!""", sent="2026-07-15"),
    C("en", "interested", """Hi Sarah, our staff have been asking for some kind of savings scheme for ages. Consider us interested.

Leanne
HR Manager, Brightside Care Homes""" + OL_EN_WHO.format(date="Tuesday, August 11, 2026 3:04 PM", to="Leanne Carter"), sent="2026-08-12"),
    C("en", "interested", """Interesting stuff. Not sure about a call just yet, but I'm definitely interested in the idea.""" + OL_EN_MEET.format(date="Thursday, September 3, 2026 9:30 AM", to="d.okafor@okaforlaw.co.uk"), sent="2026-09-04"),
    C("en", "interested", """Hi,

We are a mid-size pharma export unit in Pune with a subsidiary in Lyon. Your proposal is interesting for us. Please revert with next steps.

Regards,
Sandeep Kulkarni
Director – Finance & Accounts""", sent="2026-10-20"),
    C("en", "interested", """Good shout. I'm keen.""", sent="2026-11-24"),
    C("en", "interested", """This ticks a lot of boxes for us. Go ahead.""", sent="2026-12-15"),
    C("en", "interested", """We farm about 400 acres in Norfolk and my son is taking over next year. Succession is exactly the conversation we need to be having, so yes, interested.

Geoff Barlow
Barlow Farms""", sent="2026-03-05"),
    C("en", "interested", """Hi Emma — yes, very much so. We bought a vineyard near Saint-Émilion through an SCI and I have no idea how that plays with US estate tax. Interested.""", sent="2026-08-31"),
    C("en", "interested", """Definitely something we want to look at. Loop me in on whatever comes next.

Raj Malhotra
Founder, Tandoor Brothers Restaurants""", sent="2026-04-02"),
]

# ---------------------------------------------------------------- meeting_request
CASES += [
    C("fr", "meeting_request", """Bonjour,
Oui, jeudi 14h me convient. Vous venez au cabinet ou on fait ça en visio ?
Cordialement""", sent="2026-01-13"),
    C("fr", "meeting_request", """Appelez-moi au 06 81 42 17 55, je suis joignable ce soir après 19h.""", sent="2026-02-03"),
    C("fr", "meeting_request", """Bonjour Camille,

Volontiers pour un rendez-vous. Je consulte le lundi et le jeudi toute la journée, donc idéalement un mardi ou un vendredi matin, ici à l'office ou en visio.

Maître Clément Dufour
Notaire à Rennes""" + OL_FR_RDV.format(date="lundi 16 mars 2026 08:50", to="Clément Dufour <c.dufour@notaires-rennes.fr>"), sent="2026-03-18"),
    C("fr", "meeting_request", """Bonjour, le plus simple serait qu'on se voie. Proposez-moi deux ou trois créneaux la semaine du 20 avril.""", sent="2026-04-08"),
    C("fr", "meeting_request", """Bonjour,
Je préfère en parler de vive voix plutôt que par mail. Pouvez-vous me rappeler demain en fin de matinée ? 03 86 52 11 04 (standard, demander Mme Ribeiro).
Merci
Carla Ribeiro
Responsable administrative et financière – Bourgogne Emballages""" + GM_FR_TRESO.format(date="lun. 4 mai 2026 à 09:28"), sent="2026-05-05"),
    C("fr", "meeting_request", """Mardi 10h ça me va. Envoyez l'invitation Teams sur cette adresse.""" + GM_FR_TRESO.format(date="ven. 5 juin 2026 à 16:22", to=""), sent="2026-06-08"),
    C("fr", "meeting_request", """Bonjour,

Je passe à Paris le 23 juillet pour un salon. Si vous avez un moment en fin d'après-midi ce jour-là, je serais content de vous rencontrer à vos bureaux.

Bien à vous,
Luc Vandenberghe
Administrateur délégué – Brasserie Vandenberghe, Namur""", sent="2026-07-06"),
    C("fr", "meeting_request", """Bonjour, je suis exploitante laitière, je ne peux pas me déplacer facilement avec la traite matin et soir. Est-ce que vous pourriez passer à la ferme un après-midi, entre 14h et 16h30 ? On est à 20 min de Vire.
Sylvie Lecerf
GAEC du Bocage""" + GM_FR_PASSAGE.format(date="ven. 14 août 2026 à 12:49"), sent="2026-08-18"),
    C("fr", "meeting_request", """Bonjour Madame,

Je vous propose de nous voir le mercredi 16 septembre à 15h à la pharmacie, après la fermeture de midi il y a moins de monde. Merci de me confirmer.

Cordialement,
Hervé Castaing
Docteur en pharmacie – Pharmacie Castaing, Pau""", sent="2026-09-07"),
    C("fr", "meeting_request", """ok pour un call, dispo demain 8h30 ou vendredi 18h, dites moi""", sent="2026-10-01"),
    C("fr", "meeting_request", """Bonjour,

Pour rebondir sur votre proposition, seriez-vous disponible pour un déjeuner la semaine prochaine ? Je suis sur Bordeaux du mardi au jeudi.

Amitiés,
Pierre-Yves""", sent="2026-11-10"),
    C("fr", "meeting_request", """Bjr, rappelez moi svp 0612457890 entre midi et deux, merci""", sent="2026-12-03"),
    C("fr", "meeting_request", """Allô,

Ça m'intéresse, mais j'aimerais mieux en jaser au téléphone. Vous pouvez m'appeler au 514 555-0187, je suis à Montréal donc attention au décalage : pas avant 15h heure de France.

Merci!
Sylvain Tremblay""", sent="2026-01-22"),
    C("fr", "meeting_request", """Bonjour,

Un échange de 20 minutes me convient. Vous pouvez réserver directement un créneau dans mon agenda via ce lien : https://calendly.com/j-roussel-avocat/20min

Jérôme Roussel
Avocat associé – Roussel Avocats, Nantes
Ce message est confidentiel. Si vous souhaitez vous désinscrire de la lettre d'actualité du cabinet, écrivez à newsletter@roussel-avocats.fr.""", sent="2026-02-19"),
    C("fr", "meeting_request", """Bonjour Monsieur Girard,

Mon frère et moi envisageons de céder l'entreprise familiale (menuiserie industrielle, 35 salariés) dans les trois ans. Nous aimerions vous rencontrer ensemble pour un premier échange. Le vendredi après-midi est le plus pratique pour nous deux.

Bien cordialement,
Olivier Maréchal
Co-gérant – Maréchal Frères""" + GM_FR_TRANSMISSION.format(date="mer. 25 mars 2026 à 11:10", to=""), sent="2026-03-26"),
    C("fr", "meeting_request", """Bonjour,

Votre message a retenu mon attention. Pourriez-vous me proposer un rendez-vous téléphonique ? Je suis plus disponible en début de semaine.

Cordialement,
Dr Élise Marchetti
Chirurgien-dentiste""", sent="2026-04-20"),
    C("fr", "meeting_request", """Oui pour mercredi. 11h ?""" + GM_FR_TRESO.format(date="lun. 11 mai 2026 à 09:05", to=""), sent="2026-05-11"),
    C("fr", "meeting_request", """Bonjour,

Je vous remercie pour votre relance. Plutôt qu'une proposition écrite, je préférerais un rendez-vous à l'étude pour que vous compreniez bien notre situation (deux associés, une SCI, une holding). Quand êtes-vous disponible ?

Maître Isabelle Vernier
Notaire – Étude Vernier & Huet, Tours""" + OL_FR_RELANCE.format(date="mardi 2 juin 2026 17:31", to="Isabelle Vernier <i.vernier@vernier-huet.notaires.fr>"), sent="2026-06-04"),
    C("fr", "meeting_request", """Bonjour,
Je suis d'accord pour un rdv mais pas en visio, je préfère en présentiel. Je suis au magasin tous les jours sauf le lundi. Passez quand vous voulez l'après-midi en m'appelant avant.
Christophe Lebas, Lebas Électroménager, Arras""", sent="2026-07-09"),
    C("fr", "meeting_request", """Bonjour Julie,

Pour avancer sur l'intéressement, organisons une réunion avec notre expert-comptable et moi-même. Pourriez-vous proposer des dates fin septembre ?

Bien à vous,
Agnès Caron
DRH – Laboratoires Caron""" + OL_FR_EPARGNE.format(date="vendredi 4 septembre 2026 10:40", to="Agnès Caron"), sent="2026-09-08"),
    C("fr", "meeting_request", """Je veux bien qu'on en discute autour d'un café, je suis à Lille. Lundi 19 octobre vers 9h ça irait ?""", sent="2026-10-12"),
    C("fr", "meeting_request", """Bonjour,

Le sujet de la trésorerie est d'actualité chez nous. Je vous propose un point en visio jeudi 12 novembre entre 14h et 15h. Merci d'envoyer l'invitation à moi et à mon contrôleur de gestion (copie).

Cordialement,
Stéphane Mallet
Directeur financier – Mallet Agroalimentaire""" + GM_FR_TRESO.format(date="lun. 2 nov. 2026 à 08:27"), sent="2026-11-04"),
    C("fr", "meeting_request", """slt, dispo pour en parler au tel ce we si ca vous va, sinon lundi soir""", sent="2026-12-10"),
    C("fr", "meeting_request", """Bonjour,

Je suis conseiller municipal délégué aux finances, mais c'est à titre personnel que je vous réponds. Pouvons-nous convenir d'un entretien en dehors des heures de mairie, par exemple un samedi matin ?

Bien cordialement,
Jacques Morin""", sent="2026-01-30"),
    C("fr", "meeting_request", """Bonjour,
votre mail tombe bien, j'ai un rdv avec ma banque le mois prochain et j'aimerais avoir un autre avis avant. On peut s'appeler mardi vers 13h ?
Merci
Inès""", sent="2026-02-09"),
    C("fr", "meeting_request", """Bonjour,

Nous souhaiterions organiser une présentation de votre offre devant notre conseil de famille, qui se réunit à Genève. Auriez-vous des disponibilités la première quinzaine de mai ?

Avec mes meilleures salutations,
Charlotte de Montmollin
Secrétaire générale – Famille de Montmollin SA""", sent="2026-03-27"),
    C("fr", "meeting_request", """Bonjour, c'est d'accord pour un premier échange. Mon numéro : 07 68 12 34 90. Je suis en chantier le matin, appelez plutôt après 17h.
Kevin Da Costa – KDC Rénovation""", sent="2026-04-14"),
    C("fr", "meeting_request", """Volontiers pour le rendez-vous proposé. Je suis libre mardi à partir de 14h.""" + OL_FR_RDV.format(date="jeudi 21 mai 2026 15:02", to="s.perrot@cabinet-perrot.fr"), sent="2026-05-22"),
    C("fr", "meeting_request", """Bonjour,

Je serai au salon des entrepreneurs à Lyon les 17 et 18 juin. Si vous y êtes aussi, passons un moment ensemble sur votre stand ; sinon, un appel la semaine suivante.

Cordialement,
Amandine Roux
Fondatrice – Roux Cosmétiques Bio""", sent="2026-06-01"),
    C("fr", "meeting_request", """Bonjour Monsieur,
Je vous remercie. Pour ce type de sujet je préfère rencontrer les gens. Pouvez-vous venir à Chambéry ? Je vous propose le 2 septembre à 10h30 à mon domicile.
Bien cordialement,
Henri Falcoz, retraité""", sent="2026-07-27"),
    C("fr", "meeting_request", """Bonjour,
Stop ! Ne m'envoyez plus de documentation, j'en ai assez lu : passez plutôt me voir à l'agence jeudi, on en parlera en vrai.
Farid Haddad
Agence immobilière Haddad""", sent="2026-09-17"),
    C("fr", "meeting_request", """Bonjour Thomas,
On peut caler un visio de 30 min ? Je suis dispo mercredi 21 octobre toute l'après-midi.
Merci,
Maxence Colin
CFO – Stellar Drones""", sent="2026-10-15"),
    C("fr", "meeting_request", """Bonjour, je veux bien une rencontre, notre cabinet d'expertise comptable est à Reims, 8 rue Libergier. Le vendredi est le mieux.""", sent="2026-11-26"),
    C("fr", "meeting_request", """Bonjour Hugo, oui pour l'appel. Mercredi 9h30 sur mon portable 06 23 45 87 12.
Pour info notre tréso c'est environ 800 k€ qui dorment.""" + GM_FR_TRESO.format(date="lun. 7 déc. 2026 à 10:15", to=""), sent="2026-12-07"),
    C("fr", "meeting_request", """Bonjour,
j'aimerais bien vous rencontrer, mon épouse aussi. Nous sommes retraités tous les deux donc assez souples. Dites nous quand.
Cordialement
M. et Mme Delaunay""", sent="2026-02-24"),
    C("en", "meeting_request", """Tuesday at 3pm works for me. Send over an invite.""" + OL_EN_MEET.format(date="Friday, January 9, 2026 10:11 AM", to="Nick Harlow <nick@harlowdesign.co.uk>"), sent="2026-01-09"),
    C("en", "meeting_request", """Hi Oliver,

Happy to have a chat. I'm generally free after 4pm UK time, Mondays and Thursdays are best. Let me know what suits.

Cheers,
Fiona""" + OL_EN_MEET.format(date="Wednesday, February 11, 2026 2:12 PM", to="Fiona Baird"), sent="2026-02-12"),
    C("en", "meeting_request", """Can we do a quick call tomorrow? I'm on 07700 900 412 all morning.""", sent="2026-03-09"),
    C("en", "meeting_request", """Hi Sarah,

Thanks for following up. Rather than a proposal on paper, I'd like to set up a meeting with you, our controller and me so we can walk through our cash position. Could you suggest a few slots in the week of April 27?

Best regards,
Martin Achterberg
Finance Director, Achterberg Logistics BV""" + OL_EN_FEES.format(date="Tuesday, April 14, 2026 2:03 PM", to="Martin Achterberg"), sent="2026-04-15"),
    C("en", "meeting_request", """Let's talk. Book something here: https://cal.com/ravi-n/30min

Ravi Narayanan
Founder & CEO, Quilldesk""" + OL_EN_FEES.format(date="Friday, May 8, 2026 8:33 AM", to="Ravi Narayanan"), sent="2026-05-13"),
    C("en", "meeting_request", """Dear Oliver,

I'd be glad to meet. I'm in London for the week of 15 June, staying near Liverpool Street. Would Wednesday 17th at 11am at your offices be convenient?

Kind regards,
Dr Anjali Rao""", sent="2026-06-02"),
    C("en", "meeting_request", """sure, call me 415 555 0142, afternoons pacific time""", sent="2026-07-14"),
    C("en", "meeting_request", """Hello,

Yes, I would like to have a discussion with your advisor regarding my investments in France. Kindly let me know a convenient time for a call. I am available on weekdays after 6 PM IST.

Thanks and regards,
Prakash Menon
Bengaluru""", sent="2026-08-06"),
    C("en", "meeting_request", """Hi Emma,

Could we set up a video call to go over this? My husband and I are both in the US half the year and in Provence the other half, so it's complicated. Any morning your time next week is fine.

Best,
Laura Kim""" + GM_EN_FOLLOW.format(date="Mon, Sep 14, 2026 at 9:00 AM", to=""), sent="2026-09-15"),
    C("en", "meeting_request", """Wednesday works. 10:30?""", sent="2026-10-05"),
    C("en", "meeting_request", """Hi,

I'd rather discuss this face to face. Could you come by the surgery one lunchtime? We're in Clifton, Bristol.

Regards,
Mr. Alan Fairbairn, BDS
Fairbairn Dental""", sent="2026-11-11"),
    C("en", "meeting_request", """Hey - happy to jump on a call. What does Thursday look like for you? Anytime before 2.""", sent="2026-12-08"),
    C("en", "meeting_request", """Hi Sarah, I'm the HR director here and the employee savings plan is something our CEO asked me to look at. Can we set up 45 minutes with both of us? Her assistant (cc) can find a slot.

Megan Doyle
HR Director, Pinnacle Foods""", sent="2026-01-27"),
    C("en", "meeting_request", """Yes, let's meet. I'm at the winery most days, feel free to drop by — give me a ring first on +33 5 57 24 61 80.

Alastair""", sent="2026-03-19"),
    C("en", "meeting_request", """Stop by our office next Tuesday morning if you're in the area, otherwise a Zoom is fine.

Greg Sandoval
Sandoval & Price CPAs""", sent="2026-04-23"),
    C("en", "meeting_request", """Hi Oliver,

Thank you for your email. I'd be happy to arrange a call — Tuesday unfortunately doesn't work, but Wednesday between 9 and 12 is free. Please call my mobile, 07811 456 203.

Kind regards,
Catherine Hughes
Partner, Hughes & Whitlock Architects

This email is confidential. If you've received it in error please let us know and delete it. To stop receiving the practice newsletter, click unsubscribe at the bottom of any issue.""" + OL_EN_MEET.format(date="Monday, May 18, 2026 7:45 AM", to="Catherine Hughes"), sent="2026-05-18"),
    C("en", "meeting_request", """Happy to meet for a coffee. I'm in Canary Wharf, any day this week after 5.""", sent="2026-06-22"),
    C("en", "meeting_request", """Hi, I run a small chain of pharmacies in Leicester (4 shops). I'd like to discuss this over the phone. My number is 0116 496 0321, best between 1 and 2pm. Thanks, Harish Patel""", sent="2026-07-28"),
    C("en", "meeting_request", """Thanks Daniel. Instead of checking back later, can we actually speak this week? Friday 11am?""" + GM_EN_LATER.format(date="Wed, Aug 26, 2026 at 2:14 PM", to=""), sent="2026-08-26"),
    C("en", "meeting_request", """Dear Sir/Madam,

We are the municipal treasurer's office of a small town in Ontario twinned with a commune in Normandy. The council would like to hear a short presentation from your team via video conference. Please propose dates in October.

Regards,
Denise Lavoie
Treasurer, Township of North Glenwood""", sent="2026-09-21"),
    C("en", "meeting_request", """Let's set up a call. My EA Joanne (joanne.w@brightwave.com) manages my calendar, just send her a couple of options.

Simon""", sent="2026-10-26"),
    C("en", "meeting_request", """ok for a call. 14h Paris time tomorrow?""", sent="2026-11-17"),
    C("en", "meeting_request", """Hi,
Bonjour, sorry my French is not good so I answer in English. Yes I would like to meet you, I am in Nice in December. Maybe the 14th or 15th?
Thanks
Lars Johansson""", sent="2026-12-01"),
    C("en", "meeting_request", """I have 20 minutes at 8:15 tomorrow morning before clinic. Call me then.

Sent from my Galaxy""", sent="2026-02-05"),
    C("en", "meeting_request", """Hi Oliver,

Sounds interesting. Can you send a Teams invite for Wednesday at 2? I'll bring my accountant.

Thanks,
Pete Lowry
Lowry Haulage Ltd""" + OL_EN_MEET.format(date="Thursday, March 26, 2026 11:30 AM", to="pete@lowryhaulage.co.uk"), sent="2026-03-27"),
    C("en", "meeting_request", """Hi there, yes I'd like to have a proper sit-down. We're a family office with about 60m under management and we're rethinking our European allocation. When are you next in Geneva?

Best,
Marco Bianchi""", sent="2026-04-29"),
    C("en", "meeting_request", """Morning — a call this afternoon would work if you're free. Anytime after 2.""", sent="2026-06-11"),
    C("fr", "meeting_request", """Bonjour, pour répondre à votre dernier message : oui pour un rendez-vous, pas besoin de me retirer de votre liste ! Je suis dispo le jeudi 3 septembre au matin.
Laure""", sent="2026-08-27"),
]

# ---------------------------------------------------------------- information_request
CASES += [
    C("fr", "information_request", """Bonjour, pouvez-vous m'envoyer votre plaquette ?""" + OL_FR_RDV.format(date="vendredi 2 janvier 2026 14:21", to="contact@cabinet-lefranc.fr"), sent="2026-01-06"),
    C("fr", "information_request", """Bonjour,

Avant d'aller plus loin, j'aimerais comprendre concrètement comment fonctionne le PER pour un professionnel libéral : les versements sont-ils bloqués jusqu'à la retraite ? Peut-on sortir en capital ? Que se passe-t-il en cas de décès ?

Merci de vos éclaircissements.
Dr Hélène Carpentier
Ophtalmologue""" + GM_FR_RETRAITE.format(date="mar. 20 janv. 2026 à 14:30", to=""), sent="2026-01-21"),
    C("fr", "information_request", """plus d'infos svp""", sent="2026-02-10"),
    C("fr", "information_request", """Bonjour,

Êtes-vous immatriculés à l'ORIAS et adhérents d'une association agréée par l'AMF ? Je ne travaille qu'avec des CIF dûment enregistrés. Merci de me transmettre votre numéro d'immatriculation et vos conditions générales.

Cordialement,
Jean-Marc Pellerin
Expert-comptable – Cabinet Pellerin & Associés""" + OL_FR_RELANCE.format(date="vendredi 20 février 2026 08:42", to="Jean-Marc Pellerin"), sent="2026-02-25"),
    C("fr", "information_request", """Bonjour Julie,

Merci pour la brochure. J'ai deux questions avant d'en parler en interne : l'accord d'intéressement peut-il ne concerner qu'un établissement sur nos trois ? Et les saisonniers y ont-ils droit ?

Bien cordialement,
Pascale Roy
Responsable RH – Domaine des Pins (camping & hôtellerie de plein air)""" + OL_FR_EPARGNE.format(date="lundi 9 mars 2026 09:00", to="Pascale Roy"), sent="2026-03-11"),
    C("fr", "information_request", """Bonjour,
Vous pouvez m'en dire un peu plus sur ce que vous faites exactement ? Je ne connais pas votre cabinet.
Merci""", sent="2026-03-30"),
    C("fr", "information_request", """Bonjour Monsieur,

Je suis agriculteur en GAEC avec mon fils. Votre offre s'applique-t-elle aussi aux exploitations agricoles, notamment pour la transmission des parts de GAEC et du foncier ? Si oui, auriez-vous une documentation à m'envoyer par courrier ? Je ne lis pas bien les pièces jointes sur le téléphone.

Salutations,
Raymond Guérin
Lieu-dit La Croix Blanche, 79200 Parthenay""", sent="2026-04-13"),
    C("fr", "information_request", """Pourriez-vous m'envoyer de la documentation sur les SCPI que vous proposez, notamment leur taux d'occupation et leur historique de rendement ?""", sent="2026-05-04"),
    C("fr", "information_request", """Bonjour,
avant une simulation, j'aimerais d'abord une doc générale sur le PER, je n'y connais rien. Merci""" + GM_FR_RETRAITE.format(date="lun. 1 juin 2026 à 08:15", to=""), sent="2026-06-02"),
    C("fr", "information_request", """Bonjour,

Je suis médecin hospitalier et j'ai un contrat Madelin ouvert il y a des années quand j'étais en libéral. Est-ce que votre offre permet de le transférer sur un PER ? Et quelles sont les démarches ?

Bien à vous,
Dr Marc Lefèvre""", sent="2026-06-23"),
    C("fr", "information_request", """Bonjour, on m'a transféré votre message. Vous auriez un lien vers votre site ou une présentation de vos services ? Je ne trouve rien sur Google.""", sent="2026-07-07"),
    C("fr", "information_request", """Bonjour,

Pouvez-vous me préciser quel est le montant minimum pour ouvrir un compte à terme chez vous, la durée minimale de placement et s'il est possible de débloquer les fonds avant l'échéance ?

Cordialement,
Gaëlle Morvan
Gérante – Morvan Marée, Concarneau""" + GM_FR_TRESO.format(date="jeu. 23 juil. 2026 à 11:48", to=""), sent="2026-07-24"),
    C("fr", "information_request", """Bonjour,

Je suis retraitée et je vis en Belgique depuis la mort de mon mari. J'ai une assurance-vie en France. Est-ce que vous pouvez me renseigner sur ce qui se passe pour mes enfants au moment de la succession, entre la fiscalité belge et française ? Quelle est votre expérience de ce genre de dossiers ?

Je vous remercie,
Monique Vandamme
Tournai""", sent="2026-08-20"),
    C("fr", "information_request", """Salut, c'est quoi exactement un pacte Dutreil ? Mon expert-comptable m'en a parlé mais pas bien compris. Vous avez un document explicatif ?""" + GM_FR_TRANSMISSION.format(date="mar. 1 sept. 2026 à 17:20", to=""), sent="2026-09-02"),
    C("fr", "information_request", """Bonjour,
Merci pour votre message. Je voudrais en savoir davantage sur votre offre de gestion sous mandat : quels sont vos profils de gestion, qui est le dépositaire des fonds et quel reporting je recevrais.
Salutations distinguées,
Philippe Aubry""", sent="2026-09-24"),
    C("fr", "information_request", """Bonjour,

Je suis gérant d'une SARL de transport (22 salariés). Avant toute chose, j'aimerais savoir si vous travaillez avec un assureur en particulier ou si vous êtes indépendant, et comment vous êtes rémunérés par les compagnies. Vous avez une fiche d'information précontractuelle ?

Cordialement,
Didier Hamon""" + OL_FR_EPARGNE.format(date="lundi 5 octobre 2026 11:06", to="Didier Hamon"), sent="2026-10-08"),
    C("fr", "information_request", """envoyez moi de la doc par mail je regarderais ce soir""", sent="2026-10-29"),
    C("fr", "information_request", """Bonjour,

Dans votre message vous évoquez un forfait social à 0 %. Pouvez-vous m'indiquer le texte de loi correspondant et les conditions exactes ? Notre comptable est sceptique.

Merci,
Hélène Fabre
Assistante de direction – Fabre Paysages""" + OL_FR_EPARGNE.format(date="mardi 10 novembre 2026 08:33", to="Hélène Fabre"), sent="2026-11-12"),
    C("fr", "information_request", """Bonjour,
Je suis avocat et j'exerce en SELAS. Votre dispositif est-il compatible avec ce statut ? Avez-vous des références de clients avocats que je pourrais contacter ?
Cordialement,
Me Antoine Lécuyer""", sent="2026-12-14"),
    C("fr", "information_request", """Bonjour,

Dans quelle mesure votre accompagnement couvre-t-il aussi les questions de régime matrimonial ? Nous sommes mariés sous le régime de la séparation de biens et envisageons d'acheter un bien locatif ensemble. Vous avez un guide sur le sujet ?

Bien cordialement,
Céline et Arnaud Petitjean""", sent="2026-01-15"),
    C("fr", "information_request", """Bonjour, ça ressemble à ce que propose déjà ma banque. Qu'est-ce qui vous différencie concrètement ?""", sent="2026-02-16"),
    C("fr", "information_request", """Bonjour Monsieur,

Vous ne m'avez pas précisé dans votre courriel quels types de supports composent vos contrats d'assurance-vie (fonds euros, unités de compte, ETF, private equity ?). Pourriez-vous me faire parvenir la liste des supports disponibles ?

Meilleures salutations,
Beat Zimmermann
Sion""", sent="2026-03-23"),
    C("fr", "information_request", """Bonjour,
Nous sommes une coopérative agricole. Votre offre d'épargne salariale est-elle adaptée aux SCOP/SCIC, qui ont déjà une participation obligatoire particulière ? Merci de me renvoyer de la documentation adaptée.
Cordialement,
Service administratif – Coop des Monts du Lyonnais""" + OL_FR_EPARGNE.format(date="vendredi 24 avril 2026 09:55", to="administratif@coop-mdl.fr"), sent="2026-04-27"),
    C("fr", "information_request", """C'est quoi la différence entre votre PER et celui que j'ai déjà à la Banque Postale ? Merci d'expliquer simplement svp""", sent="2026-05-26"),
    C("fr", "information_request", """Bonjour,

Je vous remercie pour votre message. Pourriez-vous m'adresser une présentation de votre cabinet (équipe, historique, encours conseillés) ainsi qu'un exemple de rapport patrimonial anonymisé ?

Bien à vous,
Sabine Lacroix
Responsable administrative – Famille Lacroix, Reims""", sent="2026-06-17"),
    C("fr", "information_request", """Pas besoin de relancer, j'ai bien lu ! Juste une question : vous intervenez aussi dans les DOM ? Je suis installée en Guadeloupe.""", sent="2026-07-20"),
    C("fr", "information_request", """Bonjour,
Est-ce que le contrat de capitalisation dont vous parlez peut être souscrit par une SAS à l'IS ? Et quel est le traitement fiscal des plus-values à la sortie ? Si vous avez une note technique, je suis preneur.
Gaëtan, DAF""" + GM_FR_TRESO.format(date="ven. 7 août 2026 à 13:23"), sent="2026-08-10"),
    C("fr", "information_request", """Bonjour. Intéressé, mais j'ai besoin d'en savoir plus avant de m'engager. Envoyez-moi les détails de l'offre : fonctionnement, durée, risques.""", sent="2026-09-30"),
    C("fr", "information_request", """Bonjour,

Merci de votre relance. Avant de parler chiffres, pouvez-vous m'expliquer votre méthode : vous partez d'un bilan patrimonial complet ou uniquement de la partie professionnelle ? Et qui rédige les actes si nous allons jusqu'à une donation ?

Maître Catherine Jourdan
Notaire – Beaune""" + OL_FR_RELANCE.format(date="vendredi 16 octobre 2026 15:45", to="Catherine Jourdan"), sent="2026-10-21"),
    C("fr", "information_request", """Bonjour, mon père a 82 ans et commence à perdre la mémoire. Est-ce que vous conseillez aussi sur les mandats de protection future et la gestion de son patrimoine ? Avez-vous de la documentation là-dessus ?
Merci, Sandrine""", sent="2026-11-30"),
    C("fr", "information_request", """Quels documents faut-il fournir pour ouvrir un dossier chez vous ?""", sent="2026-12-16"),
    C("fr", "information_request", """Bonjour, je suis viticulteur en Champagne. Est-ce que vous avez de l'expérience avec les groupements fonciers viticoles ? Envoyez-moi des infos.
Envoyé depuis mon mobile""", sent="2026-03-02"),
    C("en", "information_request", """Could you send me your brochure?""", sent="2026-01-14"),
    C("en", "information_request", """Hi Emma,

Yes please, I'd love the guide. Also, does it cover the situation where one spouse is French and the other British, with children born in the UK?

Thanks,
Rachel Dumont""" + GM_EN_FOLLOW.format(date="Wed, Feb 4, 2026 at 10:22 AM", to=""), sent="2026-02-04"),
    C("en", "information_request", """Hi,

Before we go any further, can you tell me whether you're regulated by the FCA in the UK, and if so what your firm reference number is? Also, who is your custodian?

Regards,
Martin""", sent="2026-02-27"),
    C("en", "information_request", """more info please""", sent="2026-03-16"),
    C("en", "information_request", """Hi Sarah,

What sort of instruments would our surplus cash be placed in? We have a board-approved treasury policy that limits us to investment-grade counterparties and same-day liquidity on at least half the balance. Would your approach fit within that? Some documentation would help.

Best,
Anil Kapoor
Treasury Manager, Vantra Semiconductors""" + OL_EN_FEES.format(date="Monday, April 6, 2026 11:00 AM", to="Anil Kapoor"), sent="2026-04-07"),
    C("en", "information_request", """Dear Team,

Kindly share the details of the schemes available for NRIs, along with the lock-in period and the repatriation rules. I would also like to know whether the income is taxable in India.

Regards,
Suresh Raghavan""" + GM_EN_FOLLOW.format(date="Wed, May 6, 2026 at 3:40 PM"), sent="2026-05-07"),
    C("en", "information_request", """What exactly is an 'assurance-vie'? My notaire keeps mentioning it and your email does too. Is it like a life insurance policy in the UK sense?""", sent="2026-05-28"),
    C("en", "information_request", """Hi Oliver,

Do you advise on QROPS transfers, or only on French-side planning? I've got a DB pension from my time at the BBC and I'm now resident in Brittany.

Cheers,
Graham""" + OL_EN_MEET.format(date="Tuesday, June 16, 2026 9:12 AM", to="graham.tate@wanadoo.fr"), sent="2026-06-18"),
    C("en", "information_request", """Hi there, we're a 15-person startup in Berlin with a French entity. Can you explain how the employee savings plan would work for a company that's not headquartered in France? Any docs would be great.

Nadia, People Ops @ Fernweh Labs""" + OL_EN_WHO.format(date="Friday, June 26, 2026 9:01 AM", to="people@fernweh-labs.de"), sent="2026-07-01"),
    C("en", "information_request", """Send me some material I can read over the weekend.""", sent="2026-07-31"),
    C("en", "information_request", """Hello Emma,

Thank you. The guide would be helpful. Could you also confirm whether you work with clients domiciled in Ireland? My late father's apartment in Antibes is now split between my two sisters and me.

Kind regards,
Siobhan O'Neill""" + GM_EN_FOLLOW.format(date="Fri, Aug 21, 2026 at 8:47 AM", to=""), sent="2026-08-24"),
    C("en", "information_request", """Hi,
How does this differ from a standard money market fund? Happy to read a factsheet if you have one.
JB""", sent="2026-09-09"),
    C("en", "information_request", """Dear Mr Grant,

I am a retired surgeon living partly in Provence. I would appreciate some written information about your services: which jurisdictions you cover, whether you hold client money, and how you handle conflicts of interest.

Yours faithfully,
Dr Edward Lyle FRCS""", sent="2026-10-07"),
    C("en", "information_request", """not removing myself, don't worry 🙂 just curious what the typical client profile is for you guys? we're a small design agency""", sent="2026-10-28"),
    C("en", "information_request", """Can you tell me more about the business transfer diagnostic? What does it cover and how long does it take?""", sent="2026-11-19"),
    C("en", "information_request", """Hi,

We're a 3-doctor practice in Toronto, one of us is moving back to Lyon next year. Does your firm handle Canada-France tax treaty questions for RRSPs? Any info appreciated.

Thanks,
Dr Kevin Tran""", sent="2026-12-04"),
    C("en", "information_request", """Hi, do you have an English version of your documentation? Thanks""", sent="2026-01-26"),
    C("en", "information_request", """Hello,
I run a boutique hotel in Chamonix with my partner. Is the savings scheme something seasonal staff can join? Could you send me the details of how it works?
Best, Ingrid""", sent="2026-03-04"),
    C("en", "information_request", """What's your track record? Can you share performance figures for the discretionary portfolios over 5 and 10 years?""", sent="2026-04-09"),
    C("en", "information_request", """Hi Sarah,

Which banks do you work with for the term deposits, and is the deposit guarantee scheme applicable? I'd like to see the documentation before any proposal.

Regards,
Owen Price
Finance Manager, Price & Sons Builders""" + OL_EN_FEES.format(date="Monday, May 11, 2026 11:18 AM", to="Owen Price"), sent="2026-05-14"),
    C("en", "information_request", """Hi, where are you based and who are your typical clients? Need some background before I forward this to our partners.
Thanks""", sent="2026-06-24"),
    C("en", "information_request", """Dear Sir, I am a practising chartered accountant in Mumbai. Please send me the brochure and the eligibility criteria for your cross-border wealth services. Thanking you, CA Neha Joshi""", sent="2026-08-03"),
    C("en", "information_request", """Hey, is this available in Belgium too? Would love to read up on it.""", sent="2026-09-28"),
    C("en", "information_request", """Hi Oliver,

Before any call, I'd like to understand how the pension piece interacts with the French 'prélèvements sociaux'. Do you have a short explainer?

Thanks,
Ruth""" + OL_EN_MEET.format(date="Thursday, November 19, 2026 4:30 PM", to="ruth.adler@gmail.com"), sent="2026-11-20"),
    C("en", "information_request", """Could you detail what's included in the 'free diagnostic'? Which documents would you need from us?""", sent="2026-12-17"),
]

# ---------------------------------------------------------------- quote_request
CASES += [
    C("fr", "quote_request", """Bonjour, combien ça coûte ?""", sent="2026-01-08"),
    C("fr", "quote_request", """Bonjour,

Oui, envoyez-moi la simulation chiffrée de l'économie d'impôt. Pour info : BNC d'environ 140 000 €, marié, deux enfants, aucun PER à ce jour.

Cordialement,
Dr Jérôme Salles
Radiologue – Toulouse""" + GM_FR_RETRAITE.format(date="mer. 14 janv. 2026 à 09:30", to=""), sent="2026-01-16"),
    C("fr", "quote_request", """Bonjour,

Pourriez-vous me transmettre une proposition tarifaire pour la mise en place d'un accord d'intéressement et d'un PEE (38 salariés, un seul établissement) ? J'ai besoin de chiffrer le coût annuel de gestion pour l'entreprise et les frais à la charge des salariés.

Cordialement,
Bruno Tessier
Gérant – Tessier Chaudronnerie""" + OL_FR_EPARGNE.format(date="mardi 3 février 2026 10:10", to="Bruno Tessier"), sent="2026-02-05"),
    C("fr", "quote_request", """Quels sont vos honoraires ?""" + GM_FR_PASSAGE.format(date="ven. 13 févr. 2026 à 11:21"), sent="2026-02-18"),
    C("fr", "quote_request", """Bonjour,
Merci de m'adresser un devis pour un bilan patrimonial complet. Nous sommes un couple de retraités avec trois biens immobiliers et deux assurances-vie.
Bien cordialement,
Françoise et Michel Aubert""", sent="2026-03-06"),
    C("fr", "quote_request", """Bonjour,

Votre proposition chiffrée m'intéresse. Merci de me l'envoyer, en détaillant bien les frais sur versement, les frais de gestion annuels et les frais d'arbitrage. Je compare avec deux autres offres.

Cordialement,
Nicolas Perrier
Pharmacien – Pharmacie de la Gare, Annecy""" + OL_FR_RELANCE.format(date="lundi 23 mars 2026 14:20", to="Nicolas Perrier <pharmaciedelagare74@gmail.com>"), sent="2026-03-25"),
    C("fr", "quote_request", """c'est combien vos frais de gestion ? ma banque me prend 0,85 % par an""", sent="2026-04-06"),
    C("fr", "quote_request", """Bonjour,

Dans le cadre de la cession prochaine de mon entreprise (valorisation estimée autour de 4 M€), je souhaiterais recevoir une proposition d'honoraires pour un accompagnement complet : diagnostic, structuration (holding, donation avant cession) et suivi jusqu'au closing.

Je vous remercie par avance.
Arnaud Lemoine
Président – Lemoine Automatismes SAS""" + GM_FR_TRANSMISSION.format(date="jeu. 23 avr. 2026 à 16:00", to=""), sent="2026-04-24"),
    C("fr", "quote_request", """Bonjour, vous avez une grille tarifaire ? Merci""", sent="2026-05-12"),
    C("fr", "quote_request", """Bonjour,

Nous sommes une clinique vétérinaire de 9 salariés. Avant de prendre rendez-vous, j'aimerais avoir une idée du budget : combien coûte la mise en place et la gestion annuelle d'un PEE pour une structure comme la nôtre ?

Merci,
Dr vétérinaire Claire Renaud""" + OL_FR_EPARGNE.format(date="mercredi 27 mai 2026 08:03", to="Claire Renaud"), sent="2026-05-29"),
    C("fr", "quote_request", """Bonjour,
Merci d'établir un devis pour la gestion de notre trésorerie (environ 2,5 M€ dont 1 M€ mobilisable à 12 mois). Je dois le présenter au conseil de surveillance du 30 juin.
Cordialement,
Véronique Astier
DAF – Groupe Astier Distribution""" + GM_FR_TRESO.format(date="mar. 9 juin 2026 à 08:50", to=""), sent="2026-06-10"),
    C("fr", "quote_request", """Bonjour,

Vos conditions tarifaires m'intéressent. Le conseil est-il facturé au forfait, à l'heure ou en pourcentage des encours ? Merci de m'envoyer votre lettre de mission type avec les montants.

Me Julien Barbier
Avocat fiscaliste – Bordeaux""", sent="2026-06-26"),
    C("fr", "quote_request", """Allô, ça coûte combien votre service de planification? On a un chalet dans les Laurentides pis un condo à Paris, ça fait que c'est compliqué. Merci de m'envoyer vos tarifs.
Mélanie Gagnon""", sent="2026-07-16"),
    C("fr", "quote_request", """Bonjour, je voudrais un devis svp. Boulangerie 6 salariés, on veut faire de l'intéressement.""", sent="2026-08-07"),
    C("fr", "quote_request", """Bonjour,

Pouvez-vous me faire une proposition pour le placement de 300 000 € issus de la vente de notre appartement ? Horizon 8 ans, profil prudent. J'aimerais voir le rendement attendu et surtout ce que vous prendriez en frais.

Cordialement,
Denise Hubert""", sent="2026-08-28"),
    C("fr", "quote_request", """Envoyez-moi votre plaquette et vos tarifs, je regarderai les deux.""", sent="2026-09-11"),
    C("fr", "quote_request", """Bonjour Monsieur,

Le bureau du syndicat intercommunal souhaiterait connaître le coût d'une mission d'audit de la gestion de trésorerie de la structure. Pourriez-vous nous adresser un devis, en vue d'un passage en bureau le 15 octobre ?

Veuillez agréer, Monsieur, mes salutations distinguées.

Gérard Poncet
Président du SIVOM de la Vallée de l'Arve""" + GM_FR_TRESO.format(date="jeu. 24 sept. 2026 à 15:52"), sent="2026-09-25"),
    C("fr", "quote_request", """Bonjour, pas besoin de me désinscrire hein, par contre je veux bien un chiffrage pour mon cas : auto-entrepreneur, 45k de CA, 0 épargne retraite.""", sent="2026-10-09"),
    C("fr", "quote_request", """Bonjour,

Nous avons déjà un contrat de prévoyance collective chez un grand assureur. Pouvez-vous nous faire une contre-proposition chiffrée ? Je vous transmets le tableau des garanties actuelles et la cotisation 2026.

Bien à vous,
Marion Deschamps
Responsable paie – Imprimerie Deschamps""" + OL_FR_RELANCE.format(date="mardi 20 octobre 2026 08:06", to="Marion Deschamps"), sent="2026-10-23"),
    C("fr", "quote_request", """Bonjour, c'est gratuit le premier diagnostic mais après c'est combien ? Je préfère savoir avant.""" + GM_FR_TRANSMISSION.format(date="lun. 9 nov. 2026 à 10:30", to=""), sent="2026-11-09"),
    C("fr", "quote_request", """Bonjour,

Ma femme et moi sommes dentistes associés en SELARL. Nous aimerions recevoir une étude chiffrée : combien nous économiserions en impôt en versant 15 000 € chacun par an sur un PER, et quels seraient vos frais.

Merci,
Dr Olivier Brunet""", sent="2026-11-25"),
    C("fr", "quote_request", """Bjr, tarif pour un bilan retraite ? thx""", sent="2026-12-11"),
    C("fr", "quote_request", """Bonjour,

Intéressé. Avant un rendez-vous, je voudrais savoir quel est votre tarif pour un audit patrimonial et si le suivi annuel est payant.

Cordialement,
Fabien Charrier
Expert-géomètre – Niort""", sent="2026-01-29"),
    C("fr", "quote_request", """Bonjour,
Suite à votre message, pouvez-vous nous faire parvenir une offre de prix pour la gestion de l'épargne salariale de nos 210 collaborateurs ? Appel d'offres en cours, réponse souhaitée sous 15 jours.
Service Achats – Hôpital privé Saint-Roch""" + OL_FR_EPARGNE.format(date="mercredi 4 mars 2026 16:30", to="achats@hp-saint-roch.fr"), sent="2026-03-06"),
    C("fr", "quote_request", """Bonjour Madame,

Je suis fromager affineur, j'ai repris l'affaire de mes parents. On m'a conseillé de créer une holding pour racheter les parts de ma sœur. Pouvez-vous m'indiquer combien coûte ce type d'accompagnement ?

Merci, bonne journée,
Paul Chevalier
Fromagerie Chevalier, Poligny""", sent="2026-04-17"),
    C("fr", "quote_request", """Bonjour,

Merci pour votre relance. Oui, envoyez votre proposition chiffrée avec le détail des frais. Si c'est compétitif on regardera sérieusement.

Dominique Carré
Dirigeant – Carré Bâtiment""" + OL_FR_RELANCE.format(date="jeudi 14 mai 2026 09:00", to="Dominique Carré"), sent="2026-05-15"),
    C("fr", "quote_request", """Quel est le coût total (frais d'entrée + frais de gestion + frais de l'unité de compte) sur votre SCPI phare ?""", sent="2026-06-15"),
    C("fr", "quote_request", """Bonjour,
Je suis conseillère départementale et je gère en parallèle une petite exploitation. J'aimerais un devis pour une étude sur la transmission de mon exploitation à mes deux filles.
Cordialement,
Annick Berthelot""", sent="2026-07-22"),
    C("fr", "quote_request", """Bonjour, à combien se monte votre commission sur les contrats de capitalisation ? Merci de répondre par écrit, je ne prends pas d'appels.""", sent="2026-09-03"),
    C("fr", "quote_request", """Bonjour,

Je vous remercie pour votre proposition. Nous sommes une start-up de 25 personnes et nous aimerions offrir un PERCOL à nos salariés. Pouvez-vous nous envoyer un devis détaillé et vos conditions pour les petites structures ?

Best,
Camille Ferrand
Head of People – Alto Robotics""", sent="2026-10-02"),
    C("fr", "quote_request", """Bonjour,
J'ai bien reçu votre brochure, merci. Maintenant il me faudrait le prix.
Salutations
Urs Baumann, Fribourg""", sent="2026-11-05"),
    C("en", "quote_request", """How much does it cost?""", sent="2026-01-19"),
    C("en", "quote_request", """Hi Sarah,

Yes, please send over the fee schedule and a tailored proposal. We have about £1.8m of surplus cash, of which roughly half could be tied up for 6–12 months.

Best regards,
Lisa Morgan
Financial Controller, Morgan Timber Ltd""" + OL_EN_FEES.format(date="Thursday, February 12, 2026 1:15 PM", to="Lisa Morgan"), sent="2026-02-13"),
    C("en", "quote_request", """Hi,

Could you send us a quote for setting up a profit-sharing scheme for our French subsidiary (42 employees)? We're comparing three providers and need pricing by the end of the month.

Thanks,
Daniel Novak
Regional HR Lead, Kestrel Software""" + OL_EN_WHO.format(date="Tuesday, March 17, 2026 3:58 PM", to="Daniel Novak"), sent="2026-03-20"),
    C("en", "quote_request", """Dear Sir,

Please share the charges for your advisory services, including any annual management fee and exit load. Kindly revert at the earliest.

Regards,
Rajesh Gupta
Noida""", sent="2026-04-22"),
    C("en", "quote_request", """Send the quote now please, that way I'll have it when we look at budgets.""" + GM_EN_LATER.format(date="Mon, May 4, 2026 at 10:05 AM", to=""), sent="2026-05-05"),
    C("en", "quote_request", """Hi Oliver,

Before I commit to a call, what do you typically charge? Percentage of assets, fixed fee, commission? I've been burned before by hidden fees.

Thanks,
Stuart""" + OL_EN_MEET.format(date="Tuesday, June 9, 2026 8:40 AM", to="stuart.mcleod@btinternet.com"), sent="2026-06-09"),
    C("en", "quote_request", """ballpark price for a full estate plan? house in France, pension in UK, kids in Australia""", sent="2026-07-03"),
    C("en", "quote_request", """Hi there,

We're a seed-stage fintech with about €3m in the bank. Could you put together a proposal for managing our runway, with your pricing? Our board meets on the 28th and I'd like to include it.

Cheers,
Tomás Herrera
CFO, Paygrid""", sent="2026-07-17"),
    C("en", "quote_request", """Hello,

Kindly send a proposal with your fees for managing a portfolio of approximately USD 500,000 for a Non-Resident Indian living in Dubai with property in France.

Regards,
Faisal Qureshi""", sent="2026-08-13"),
    C("en", "quote_request", """Hi,
Could you quote for a one-off piece of advice on my French inheritance? I don't need ongoing management, just a written plan.
Thanks, Moira""", sent="2026-09-01"),
    C("en", "quote_request", """Emma, thanks for the guide, really helpful. What would it cost for you to actually handle our case end to end?""" + GM_EN_FOLLOW.format(date="Tue, Sep 22, 2026 at 11:30 AM", to=""), sent="2026-09-23"),
    C("en", "quote_request", """What's the minimum fee for a business of our size (turnover c. £4m)?""", sent="2026-10-16"),
    C("en", "quote_request", """Hi Sarah,

Can you send us pricing for the treasury service? Specifically the platform fee and any spread on the deposits. The board wants comparables before Q1.

Regards,
Hamid Rahimi
Head of Finance, Northgate Clinics""", sent="2026-11-02"),
    C("en", "quote_request", """how much do you charge for pension transfer advice? need a number""", sent="2026-11-23"),
    C("en", "quote_request", """Dear Ms Collins,

We are a mid-sized law firm in Manchester. Please provide a written quotation for a review of the partners' retirement arrangements, setting out your fee basis and an estimate of hours.

Yours sincerely,
Helen Ashworth
Practice Director, Ashworth Reid Solicitors""", sent="2026-12-07"),
    C("en", "quote_request", """Hi,
I'm interested. Can you give me a rough idea of pricing before we meet? Just so I know whether it's worth both our time.
Ben""", sent="2026-02-02"),
    C("en", "quote_request", """Please send me a proposal including fees. I'll review it with my accountant.""", sent="2026-03-13"),
    C("en", "quote_request", """Hi Oliver, what would a review of my pension and ISA setup cost? Thanks, Gemma""" + OL_EN_MEET.format(date="Tuesday, April 28, 2026 12:43 PM", to="gemma.ward@outlook.com"), sent="2026-04-30"),
    C("en", "quote_request", """Hi,

We're a family-owned hotel group (5 properties, 180 staff). We'd like a quote for an employee savings plan across the group, including set-up costs and per-head annual fees.

Kind regards,
Sophie Van Dijk
Group HR & Finance, Van Dijk Hospitality""", sent="2026-06-05"),
    C("en", "quote_request", """Thanks for reaching out. Don't take me off your list — I do want to hear from you. Could you send me your rates though?""", sent="2026-07-23"),
    C("en", "quote_request", """what would you charge to set up an SCI for a holiday home in Brittany and handle the paperwork? quote pls""", sent="2026-08-21"),
    C("en", "quote_request", """Hi,

I'm a solo consultant (IT) billing through a SASU. Could you run the numbers for me — what I'd save by switching part of my salary to a PER, and your fees for setting it up?

Thanks,
Arjun Sharma""", sent="2026-10-30"),
    C("en", "quote_request", """Could you send the costs for the diagnostic and the follow-up work? We need to budget it for 2027.""", sent="2026-12-18"),
    C("fr", "quote_request", """Bonjour,

Je suis intéressé mais tout dépendra du prix. Merci de me faire parvenir une offre.

Cordialement,
Yves Martineau
Gérant – Camping Les Oyats, Île de Ré""", sent="2026-02-20"),
    C("fr", "quote_request", """Vous pouvez m'envoyer un devis pour 3 associés ? Cabinet d'architectes, SARL.""", sent="2026-05-20"),
    C("fr", "quote_request", """Bonjour,
Nous souhaiterions recevoir votre proposition commerciale pour l'accompagnement de nos deux dirigeants sur leur rémunération (arbitrage salaire/dividendes, retraite). Merci de préciser le montant des honoraires.
Sandrine Leclerc, Assistante de direction, Leclerc Transports""", sent="2026-08-31"),
]

# ---------------------------------------------------------------- not_now
CASES += [
    C("fr", "not_now", """Rappelez-moi en janvier.""", sent="2026-10-20", until="2027-01-01"),
    C("fr", "not_now", """Bonjour,
Pas avant la fin du trimestre, nous sommes en pleine clôture et je n'ai pas une minute.
Cordialement,
Sébastien Duval, DAF""" + GM_FR_TRESO.format(date="ven. 6 févr. 2026 à 13:53"), sent="2026-02-10", until="2026-03-31"),
    C("fr", "not_now", """Bonjour, le sujet m'intéresse mais je suis débordé. Recontactez-moi dans 3 semaines.""", sent="2026-03-05", until="2026-03-26"),
    C("fr", "not_now", """Après l'été.""", sent="2026-05-18", until="2026-09-01"),
    C("fr", "not_now", """Bonjour,

Là je suis en pleine moisson, je ne lis mes mails que le soir et encore. Revenez vers moi à la Toussaint, on aura le temps d'en parler.

Jean-Claude Brunel
EARL Brunel – Eure-et-Loir""", sent="2026-07-10", until="2026-11-01"),
    C("fr", "not_now", """Pas le moment. Plus tard peut-être.""", sent="2026-04-02", until=None),
    C("fr", "not_now", """Bonjour Madame Rousseau,

Votre proposition m'intéresse sincèrement, mais nous sommes en plein déménagement de l'usine vers la nouvelle zone d'activité et je n'ai pas la tête à ça. Revenez vers moi à la rentrée, sans faute.

Bien cordialement,
Thierry Gautier
PDG – Gautier Plasturgie""" + OL_FR_RDV.format(date="vendredi 12 juin 2026 09:40", to="Thierry Gautier <t.gautier@gautier-plasturgie.fr>"), sent="2026-06-15", until="2026-09-01"),
    C("fr", "not_now", """Bonjour,
Je suis en congé maternité jusqu'à fin avril (je jette juste un œil à mes mails de temps en temps). Recontactez-moi après, ça m'intéresse.
Laetitia""", sent="2026-02-16", until="2026-05-01"),
    C("fr", "not_now", """Bonjour,

Nous en reparlerons après notre assemblée générale du 18 juin : les associés doivent d'abord valider la politique de distribution.

Cordialement,
Emmanuel Roche
Gérant – Roche & Fils SAS""" + OL_FR_EPARGNE.format(date="lundi 18 mai 2026 11:42", to="Emmanuel Roche"), sent="2026-05-21", until="2026-06-19"),
    C("fr", "not_now", """Rappelez-moi mi-septembre svp""", sent="2026-07-03", until="2026-09-15"),
    C("fr", "not_now", """Bonjour, pas pour tout de suite, on vient d'acheter la maison. Voyons ça dans six mois.""", sent="2026-03-12", until="2026-09-12"),
    C("fr", "not_now", """L'année prochaine, sans faute. Là c'est trop tard pour cette année fiscale.""", sent="2026-11-04", until="2027-01-01"),
    C("fr", "not_now", """Bonjour,

C'est la période des congés du bâtiment, on est fermés. Rappelez-moi après le 15 août s.v.p., je serai de retour au dépôt.

Bien à vous,
Dirk Janssens
Janssens Toitures SPRL – Hasselt""", sent="2026-07-13", until="2026-08-16"),
    C("fr", "not_now", """Allô! Votre affaire a l'air bien, mais en ce moment c'est le rush des Fêtes au magasin. Revenez-moi en début d'année, on s'en reparle.
Geneviève Bouchard""", sent="2026-12-01", until="2027-01-01"),
    C("fr", "not_now", """Bonjour,

Je vous remercie pour votre message. Nous bouclons actuellement nos comptes annuels avec la fiduciaire. Merci de reprendre contact avec moi à partir du 1er avril.

Avec mes meilleures salutations,
Christophe Rochat
Administrateur – Rochat Horlogerie SA, Le Locle""" + OL_FR_RELANCE.format(date="vendredi 23 janvier 2026 08:24", to="Christophe Rochat"), sent="2026-01-26", until="2026-04-01"),
    C("fr", "not_now", """Semaine prochaine, là je suis sous l'eau""", sent="2026-09-16", until="2026-09-21"),
    C("fr", "not_now", """Revenez vers moi le mois prochain, merci.""" + GM_FR_TRESO.format(date="mar. 20 oct. 2026 à 09:00", to=""), sent="2026-10-22", until="2026-11-01"),
    C("fr", "not_now", """Bonjour,
Pas avant 2027. Nous avons déjà bouclé notre budget et nos investissements pour cette année.
Cordialement""", sent="2026-08-06", until="2027-01-01"),
    C("fr", "not_now", """Bonjour, on en reparle après Pâques si vous voulez bien, le cabinet est plein jusque-là.
Dr Fanny Lemaître, kinésithérapeute""", sent="2026-03-09", until="2026-04-06"),
    C("fr", "not_now", """Hello,

Honnêtement ça m'intéresse, mais on attend la fin de notre levée de fonds avant de toucher à quoi que ce soit côté tréso. Revenez vers moi dans 2 mois.

Mathis
CEO – Greenloop""", sent="2026-04-30", until="2026-06-30"),
    C("fr", "not_now", """Bonjour, on lance la récolte des pommes, je ne suis pas dispo avant la mi-octobre. Merci.""", sent="2026-09-03", until="2026-10-15"),
    C("fr", "not_now", """Relancez-moi au deuxième semestre.""", sent="2026-02-27", until="2026-07-01"),
    C("fr", "not_now", """Intéressant, mais ça attendra la fin des vendanges. Je vous ferai signe.
Sandrine – Domaine des Trois Chênes""", sent="2026-09-08", until=None),
    C("fr", "not_now", """Rappelez-moi dans dix jours, je serai rentrée de Lisbonne.""", sent="2026-06-19", until="2026-06-29"),
    C("fr", "not_now", """Bonjour,
Après le 20, je serai plus disponible. Là j'enchaîne les inventaires.
Cdt
F. Dumont – Dumont Quincaillerie""", sent="2026-01-09", until="2026-01-21"),
    C("fr", "not_now", """Madame,

J'ai bien reçu votre proposition et je vous en remercie. Je serai en mesure de vous donner une réponse après notre conseil d'administration du 14 décembre, au cours duquel sera arrêtée la politique de placement pour l'exercice 2027.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Anne-Marie Vasseur
Trésorière – Fondation Vasseur pour la recherche""" + GM_FR_TRESO.format(date="ven. 13 nov. 2026 à 10:41"), sent="2026-11-19", until="2026-12-15"),
    C("fr", "not_now", """pas maintenant, peut-être l'an prochain""", sent="2026-06-12", until="2027-01-01"),
    C("fr", "not_now", """Bonjour,
Nous sommes en train de racheter un concurrent. Quand l'opération sera bouclée, je reviendrai vers vous, promis.
Cordialement,
Antoine Ferrière""", sent="2026-05-07", until=None),
    C("fr", "not_now", """Bonjour,

Je prends ma retraite fin juillet, après 38 ans de pharmacie. Recontactez-moi en août, quand j'aurai enfin le temps de penser à moi !

Bien cordialement,
Jacqueline Mercier
Pharmacie Mercier, Saint-Flour""", sent="2026-04-14", until="2026-08-01"),
    C("fr", "not_now", """Rappelez moi fin novembre svp, d'ici là impossible.""", sent="2026-10-05", until="2026-11-30"),
    C("fr", "not_now", """pa le tps en ce moment avc les semis, rapelé moi ds 1 mois""", sent="2026-05-25", until="2026-06-25"),
    C("fr", "not_now", """Bonjour,

Bonne idée, mais pas cette année : nous avons trop d'investissements en cours (nouvelle ligne de production, agrandissement du dépôt). Revenez en 2027, en début d'année idéalement.

Cordialement,
Patrick Lemaire
Gérant – Lemaire Conserverie""" + GM_FR_PASSAGE.format(date="mer. 16 sept. 2026 à 16:23"), sent="2026-09-18", until="2027-01-01"),
    C("fr", "not_now", """Bonjour,
Pas dispo pour un rendez-vous en ce moment, je suis en pleine saison (camping complet jusqu'à fin août). Revenez vers moi en novembre, j'aurai l'esprit plus libre.
Yann""" + OL_FR_RDV.format(date="vendredi 17 juillet 2026 10:05", to="contact@camping-lesdunes.fr"), sent="2026-07-20", until="2026-11-01"),
    C("fr", "not_now", """Bonjour,

Le sujet m'intéresse, mais pas avant la clôture de notre exercice au 30 septembre. Merci de me recontacter en octobre.

Cordialement,
Isabelle Marchal
Directrice administrative et financière""", sent="2026-06-29", until="2026-10-01"),
    C("fr", "not_now", """Pas la peine de me retirer de votre liste, c'est juste que je suis débordée en ce moment. Réessayez dans un mois !""", sent="2026-02-03", until="2026-03-03"),
    C("fr", "not_now", """Recontactez moi en semaine 12, merci.""", sent="2026-02-12", until="2026-03-16"),
    C("fr", "not_now", """Bonjour,
je suis en congé parental en ce moment, je reprends le travail en septembre. On pourra en parler à ce moment-là.
Merci, Julien""", sent="2026-05-15", until="2026-09-01"),
    C("fr", "not_now", """Bjr, d'ici la fin du mois c'est mort pour moi. Début du mois prochain ?""", sent="2026-03-18", until="2026-04-01"),
    C("fr", "not_now", """Monsieur,

J'ai pris connaissance avec intérêt de votre courriel. Notre groupe est actuellement engagé dans une opération de croissance externe dont la finalisation est prévue à la fin du premier semestre ; dans ce contexte, il ne me paraît pas opportun d'ouvrir un nouveau chantier.

Je vous saurais gré de bien vouloir reprendre contact avec moi dès le mois de septembre.

Veuillez agréer, Monsieur, l'expression de mes sentiments distingués.

Hubert de Castelnau
Directeur financier – Groupe Castelnau""" + GM_FR_TRANSMISSION.format(date="jeu. 2 avr. 2026 à 14:12"), sent="2026-04-03", until="2026-09-01"),
    C("fr", "not_now", """Bonjour,
Je ne dis pas non, mais pas avant que ma fille ait repris la gestion du domaine, d'ici deux ou trois ans je pense.
Bien à vous,
Henri Lafon – Château Lafon-Rieussec""", sent="2026-10-13", until=None),
    C("fr", "not_now", """Bonjour, je suis expert-comptable, c'est la période fiscale : pas avant le 15 mai. Merci de votre compréhension.""", sent="2026-03-24", until="2026-05-15"),
    C("fr", "not_now", """Bonjour Monsieur Vidal,
Je suis intéressée par votre proposition mais je pars en formation. Recontactez-moi après le 3 novembre.
Cordialement,
Stéphanie Morel – Morel Optique""" + OL_FR_RELANCE.format(date="mardi 13 octobre 2026 16:10", to="Stéphanie Morel"), sent="2026-10-14", until="2026-11-04"),
    C("fr", "not_now", """Pas pour l'instant merci, revenez vers moi plus tard dans l'année.""", sent="2026-01-23", until=None),
    C("fr", "not_now", """Bonjour,
On vient juste de signer le bail du nouveau local. Dans trois mois, quand on sera installés, ce serait le bon moment.
Émilie, gérante du salon Émilie Coiffure""", sent="2026-08-17", until="2026-11-17"),
    C("en", "not_now", """Circle back in Q3.""", sent="2026-04-16", until="2026-07-01"),
    C("en", "not_now", """Not right now, maybe later in the year.""", sent="2026-03-02", until=None),
    C("en", "not_now", """After the summer.""", sent="2026-06-04", until="2026-09-01"),
    C("en", "not_now", """ping me again in 2 weeks""", sent="2026-01-21", until="2026-02-04"),
    C("en", "not_now", """Hi Sarah,

Interested, but we're mid-audit and I can't take anything new on. Can you reach out after our board meeting on the 14th? By then I'll know what our cash position looks like for the rest of the year.

Thanks,
Greg Halloran
CFO, Halloran Marine""" + OL_EN_FEES.format(date="Tuesday, May 5, 2026 10:20 AM", to="Greg Halloran"), sent="2026-05-06", until="2026-05-15"),
    C("en", "not_now", """Try me again next month.""", sent="2026-08-11", until="2026-09-01"),
    C("en", "not_now", """Hi,

We're in the middle of an ERP migration until the end of March, so nothing new gets on my desk before then. Let's talk in April.

Regards,
Helen""" + OL_EN_FEES.format(date="Friday, February 6, 2026 8:36 AM", to="Helen Carr"), sent="2026-02-09", until="2026-04-01"),
    C("en", "not_now", """Dear Sir,

Thank you for your mail. Presently we are busy with festival season. Kindly contact me after Diwali, i.e. after 10th November.

Regards,
Anand Krishnan""", sent="2026-10-12", until="2026-11-11"),
    C("en", "not_now", """Can you come back to me in the new year?""", sent="2026-11-27", until="2027-01-01"),
    C("en", "not_now", """Tax year end is a nightmare for us. After 5 April please.

Cheers,
Dave Whitlock
Whitlock & Co Accountants""", sent="2026-02-23", until="2026-04-06"),
    C("en", "not_now", """Hey, we're heads down on our product launch until after Labor Day. Hit me up then?""", sent="2026-07-29", until="2026-09-08"),
    C("en", "not_now", """Not now, maybe next year.""", sent="2026-05-01", until="2027-01-01"),
    C("en", "not_now", """Give me a month.""", sent="2026-06-17", until="2026-07-17"),
    C("en", "not_now", """Hi Oliver, reach out again in six weeks, I'll be back from Singapore and settled by then.""", sent="2026-09-14", until="2026-10-26"),
    C("en", "not_now", """Would love to, but it's harvest and I'm on the tractor 14 hours a day. Try me after October 20th.

Tom Ashby""" + OL_EN_MEET.format(date="Friday, August 21, 2026 4:32 PM", to="tom@ashbyfarms.co.uk"), sent="2026-08-24", until="2026-10-21"),
    C("en", "not_now", """After we close the funding round, probably in a couple of months. I'll reach out.""", sent="2026-04-10", until=None),
    C("en", "not_now", """Can you follow up next week? Slammed right now.""", sent="2026-03-26", until="2026-03-30"),
    C("en", "not_now", """Hi Emma,

I'm on parental leave until mid-June, just checking emails occasionally. This is relevant for us though, so please get back in touch then.

Best,
Claire""" + GM_EN_FOLLOW.format(date="Fri, Apr 17, 2026 at 3:00 PM", to=""), sent="2026-04-20", until="2026-06-15"),
    C("en", "not_now", """Let's revisit this in Q1.""", sent="2026-10-21", until="2027-01-01"),
    C("en", "not_now", """Not before the end of the quarter, I'm afraid. Everything's frozen until then.""", sent="2026-08-05", until="2026-09-30"),
    C("en", "not_now", """Yes, after the summer works. Let's reconnect then.

Mark""" + GM_EN_LATER.format(date="Tue, Jun 23, 2026 at 9:45 AM", to=""), sent="2026-06-24", until="2026-09-01"),
    C("en", "not_now", """Hi Daniel,

Definitely interested, but we're opening two new sites in the spring and I won't have any headspace until that's done. Circle back after Easter?

Cheers,
Nina Patel
Owner, Patel's Kitchen Group""", sent="2026-12-03", until="2027-03-29"),
    C("en", "not_now", """check back in 3 months""", sent="2026-01-30", until="2026-04-30"),
    C("en", "not_now", """Hello,

We are interested, however our budget is frozen until the new fiscal year starts on 1 July. Please contact us again then.

Kind regards,
Procurement Office
St Aidan's College""", sent="2026-03-18", until="2026-07-01"),
    C("en", "not_now", """Things are hectic at the moment. Maybe when things calm down.""", sent="2026-07-06", until=None),
    C("en", "not_now", """Drop me a line mid-January, I'll have my bonus figures by then.""", sent="2026-12-14", until="2027-01-15"),
    C("en", "not_now", """Not next week, I'm travelling for work. Try me again in three weeks' time.""" + OL_EN_MEET.format(date="Wednesday, February 18, 2026 7:55 AM", to="james.orr@orrconsulting.co.uk"), sent="2026-02-18", until="2026-03-11"),
    C("en", "not_now", """Timing isn't great, we're in the middle of a restructuring. Get back to me once that's done.""", sent="2026-05-22", until=None),
    C("en", "not_now", """Hi,
Our financial year closes on Dec 31 and January is chaos. Anything after the 10th of January works.
Regards, Lucy""", sent="2026-11-16", until="2027-01-11"),
    C("en", "not_now", """Could you contact me again from the 1st of June? I'm finishing a large project.""", sent="2026-04-24", until="2026-06-01"),
    C("en", "not_now", """Don't remove me, I just can't think about this before September. Thanks!""", sent="2026-07-01", until="2026-09-01"),
    C("en", "not_now", """busy till month end, pls connect after that""", sent="2026-10-07", until="2026-11-01"),
    C("en", "not_now", """In a few months perhaps.""", sent="2026-02-06", until=None),
    C("en", "not_now", """Not this quarter. Next quarter we should have budget for it.""", sent="2026-05-13", until="2026-07-01"),
    C("en", "not_now", """Merci pour votre message. I'm not in a position to look at this until my divorce is finalised, which should be early next year. Please write again then.""", sent="2026-09-10", until="2027-01-01"),
]

# ---------------------------------------------------------------- referral
CASES += [
    C("fr", "referral", """Bonjour, ce n'est pas moi qui m'occupe de ça, voyez avec Claire Dupuis, notre DAF : claire.dupuis@manufacture-ardennes.fr""" + GM_FR_TRESO.format(date="ven. 2 janv. 2026 à 10:59"), sent="2026-01-05", referral=("Claire Dupuis", "claire.dupuis@manufacture-ardennes.fr")),
    C("fr", "referral", """Bonjour,

Je ne suis plus en charge des ressources humaines depuis janvier. Mon successeur est Marc Olivier, vous pouvez le joindre à m.olivier@groupe-tessan.fr.

Bonne continuation,
Véronique Hardy""" + OL_FR_EPARGNE.format(date="lundi 2 février 2026 09:30", to="Véronique Hardy <v.hardy@groupe-tessan.fr>"), sent="2026-02-04", referral=("Marc Olivier", "m.olivier@groupe-tessan.fr")),
    C("fr", "referral", """Bonjour,
Personnellement ça ne m'intéresse pas, mais mon associé, Maître Lucas Henry, réfléchit justement à sa retraite. Je lui transfère votre message ; vous pouvez aussi lui écrire directement (l.henry@henry-bastide-avocats.fr).
Cordialement,
Me Sophie Bastide""", sent="2026-02-19", referral=("Lucas Henry", "l.henry@henry-bastide-avocats.fr")),
    C("fr", "referral", """Je ne travaille plus chez Fromagerie Guillot depuis l'été dernier. Il faut contacter Nadine Guillot, la gérante.""", sent="2026-03-10", referral=("Nadine Guillot", None)),
    C("fr", "referral", """Bonjour,

Les questions de trésorerie sont gérées par notre maison mère à Lyon. Adressez-vous à la direction financière du groupe : tresorerie@groupe-valrhone.com

Cordialement,
Accueil – Valrhône Distribution Grenoble""" + GM_FR_TRESO.format(date="mer. 1 avr. 2026 à 10:00", to=""), sent="2026-04-02", referral=(None, "tresorerie@groupe-valrhone.com")),
    C("fr", "referral", """Bonjour, je suis l'assistante du Dr Morel. C'est sa femme qui gère tous les placements du foyer, Mme Catherine Morel, 06 45 78 12 90. Elle préfère être appelée.""", sent="2026-04-16", referral=("Catherine Morel", None)),
    C("fr", "referral", """Bonjour,

Je ne suis pas la bonne personne pour ce sujet. Je transmets à qui de droit.

Cordialement,
Accueil – Mairie de Saint-Jorioz""", sent="2026-05-04", referral=(None, None)),
    C("fr", "referral", """Bonjour,
Mon père a pris sa retraite et c'est moi qui ai repris l'entreprise. C'est donc avec moi qu'il faut voir, mais je ne suis pas intéressé. Par contre ma sœur Élodie Vasseur, qui est kiné en libéral, cherche justement un conseiller : elodie.vasseur.kine@gmail.com
Bien à vous""", sent="2026-05-19", referral=("Élodie Vasseur", "elodie.vasseur.kine@gmail.com")),
    C("fr", "referral", """Bonjour,

Je suis directeur d'exploitation, les questions de rémunération et d'épargne salariale relèvent de notre DRH, Mme Sabrina Koenig. Je vous mets en copie.

Bien cordialement,
Frédéric Lutz
Directeur d'exploitation – Brasseries d'Alsace Réunies""" + OL_FR_EPARGNE.format(date="mardi 26 mai 2026 13:45", to="Frédéric Lutz"), sent="2026-05-27", referral=("Sabrina Koenig", None)),
    C("fr", "referral", """Merci de retirer Paul Martin de votre liste, il a quitté la société en mars. Écrivez plutôt à Sophie Leroy : sophie.leroy@leroy-martin-btp.fr, c'est elle qui gère les finances maintenant.""", sent="2026-06-08", referral=("Sophie Leroy", "sophie.leroy@leroy-martin-btp.fr")),
    C("fr", "referral", """Bonjour,
Votre message est arrivé sur la boîte générique. Pour tout ce qui concerne les placements, il faut écrire à notre trésorier, Jean-Paul Mathieu : jp.mathieu@cooperative-vigneronne-cairanne.fr
Cordialement, le secrétariat""", sent="2026-06-22", referral=("Jean-Paul Mathieu", "jp.mathieu@cooperative-vigneronne-cairanne.fr")),
    C("fr", "referral", """Bonjour,

Je ne fais plus partie du cabinet depuis le 1er juin. Pour toute question, merci de contacter l'accueil du cabinet au 04 91 33 20 10.

Cordialement,
Marion Estève""" + OL_FR_RDV.format(date="vendredi 3 juillet 2026 12:16", to="Marion Estève"), sent="2026-07-06", referral=(None, None)),
    C("fr", "referral", """bonjour c pas moi le patron, c mon frere Kevin, je lui dis de vous rappeler""", sent="2026-07-21", referral=("Kevin", None)),
    C("fr", "referral", """Bonjour,

Pas pour moi, j'ai déjà tout organisé avec mon notaire. En revanche, mon voisin de cabinet, le Dr Pascal Viguier (pédiatre), m'en parlait encore la semaine dernière. Voici son adresse : pascal.viguier@medecins-montauban.fr

Bonne journée,
Dr Annie Rolland""" + GM_FR_RETRAITE.format(date="lun. 3 août 2026 à 11:05", to=""), sent="2026-08-04", referral=("Pascal Viguier", "pascal.viguier@medecins-montauban.fr")),
    C("fr", "referral", """Bonjour,
Je ne suis qu'associé minoritaire, ce sont les deux fondateurs qui décident de ces sujets. Adressez-vous à Romain Lacaze (romain@lacaze-studio.fr).
Merci""", sent="2026-08-25", referral=("Romain Lacaze", "romain@lacaze-studio.fr")),
    C("fr", "referral", """Bonjour,

Je vous informe que M. Bernard Tixier a quitté ses fonctions de directeur général le 30 juin 2026. Ses dossiers ont été repris par Mme Laurence Pichon, directrice générale déléguée (laurence.pichon@tixier-industries.fr).

Bien cordialement,
Secrétariat de direction – Tixier Industries""" + OL_FR_RELANCE.format(date="lundi 7 septembre 2026 08:30", to="Bernard Tixier <b.tixier@tixier-industries.fr>"), sent="2026-09-08", referral=("Laurence Pichon", "laurence.pichon@tixier-industries.fr")),
    C("fr", "referral", """Bonjour, je suis l'ancien propriétaire de l'hôtel, je l'ai vendu l'an dernier. Le nouveau propriétaire s'appelle Thibault Renard, je n'ai pas son mail.""", sent="2026-09-22", referral=("Thibault Renard", None)),
    C("fr", "referral", """Bonjour,

Merci pour votre message. Au sein de l'étude, c'est Maître Agathe Perrin qui suit les sujets de gestion de patrimoine des associés. Vous pouvez la joindre à agathe.perrin@notaires-perrin-lemoine.fr ou au 03 80 44 12 12.

Bien à vous,
Me Grégoire Lemoine""" + OL_FR_RDV.format(date="vendredi 2 octobre 2026 09:58", to="Grégoire Lemoine"), sent="2026-10-06", referral=("Agathe Perrin", "agathe.perrin@notaires-perrin-lemoine.fr")),
    C("fr", "referral", """Bonjour,
Je suis le comptable, pas le dirigeant. Je transfère à Monsieur Da Silva qui vous répondra s'il est intéressé.
Salutations""", sent="2026-10-27", referral=("Da Silva", None)),
    C("fr", "referral", """Bonjour,

Je ne m'occupe pas de ce genre de dossier. Voyez plutôt avec notre fiduciaire, Fiduciaire Monnier à Neuchâtel, qui gère nos affaires financières : info@fiduciaire-monnier.ch

Meilleures salutations,
Sandra Perret""", sent="2026-11-09", referral=(None, "info@fiduciaire-monnier.ch")),
    C("fr", "referral", """Bonjour,
Mauvaise personne, je suis le responsable informatique 😅 Pour l'épargne salariale c'est Audrey Bonnet aux RH.""", sent="2026-11-24", referral=("Audrey Bonnet", None)),
    C("fr", "referral", """Bonjour,

Je n'exerce plus : j'ai cédé ma patientèle au Dr Yannick Berger, qui a repris le cabinet. Ça pourrait l'intéresser, il vient de s'installer. Son mail : dr.berger.cabinet@gmail.com

Cordialement,
Dr Michel Fournier (retraité)""", sent="2026-12-08", referral=("Yannick Berger", "dr.berger.cabinet@gmail.com")),
    C("fr", "referral", """Bonjour Thomas, pas pour moi mais essaie avec Franck Giraud chez Giraud Charpente, il m'a dit qu'il cherchait quelqu'un pour sa retraite. Dis-lui que tu viens de ma part ! franck@giraud-charpente.fr""" + OL_FR_RELANCE.format(date="mercredi 14 janvier 2026 11:00", to="Olivier Pasquier"), sent="2026-01-15", referral=("Franck Giraud", "franck@giraud-charpente.fr")),
    C("fr", "referral", """Bonjour,
Je ne suis pas décisionnaire. Merci de vous adresser à notre direction générale.
Cordialement""", sent="2026-02-12", referral=(None, None)),
    C("fr", "referral", """Bonjour,

Je suis conseillère municipale, mais les placements de la commune relèvent exclusivement du comptable public (trésorerie de Cluses) et du maire. Pour ce qui est de la commune, voyez plutôt avec la secrétaire générale, Mme Aline Curt : secretariat.general@mairie-marnaz.fr

Cordialement,
Danièle Pernat""", sent="2026-03-16", referral=("Aline Curt", "secretariat.general@mairie-marnaz.fr")),
    C("fr", "referral", """Bonjour, ma mère est décédée en début d'année. C'est mon frère, Luc Barré, qui gère la succession. Vous pouvez le joindre sur luc.barre@free.fr""", sent="2026-04-07", referral=("Luc Barré", "luc.barre@free.fr")),
    C("fr", "referral", """Bonjour,

Je vous remercie pour votre relance. Je suis désormais à la retraite et j'ai transmis la direction du laboratoire à ma fille, Hélène Carrel, qui est plus à même de vous répondre. Je lui fais suivre.

Bien à vous,
Jean Carrel""" + OL_FR_RELANCE.format(date="mardi 12 mai 2026 09:45", to="Jean Carrel"), sent="2026-05-13", referral=("Hélène Carrel", None)),
    C("fr", "referral", """Bonjour, pas moi. Demandez à Vanessa Klein (vanessa.klein@klein-partners.lu), c'est notre CFO.""", sent="2026-06-03", referral=("Vanessa Klein", "vanessa.klein@klein-partners.lu")),
    C("fr", "referral", """Bonjour,
Je ne fais plus partie de l'entreprise. Bonne journée.""", sent="2026-07-15", referral=(None, None)),
    C("fr", "referral", """Réponse automatique : Arnaud Pelletier ne fait plus partie de Pelletier Logistique. Cette boîte n'est plus consultée. Pour toute demande, merci d'écrire à Fabienne Garnier : f.garnier@pelletier-logistique.fr""", sent="2026-08-10", referral=("Fabienne Garnier", "f.garnier@pelletier-logistique.fr")),
    C("fr", "referral", """Bonjour,

Je suis l'office manager. Les sujets patrimoniaux des associés, c'est Guillaume Roy qui centralise. Je lui transmets votre message et je vous mets en copie : guillaume.roy@roy-architectes.fr

Belle journée,
Mélissa""", sent="2026-09-28", referral=("Guillaume Roy", "guillaume.roy@roy-architectes.fr")),
    C("fr", "referral", """Bonjour, moi ça ne m'intéresse pas mais mon collègue Stéphane Bégin, à Québec, cherche quelqu'un qui connaît la fiscalité France-Canada. Je lui ai parlé de vous. Son courriel : sbegin@begin-cpa.ca""", sent="2026-10-19", referral=("Stéphane Bégin", "sbegin@begin-cpa.ca")),
    C("fr", "referral", """Bonjour,
La pharmacie a changé de titulaire le 1er novembre. Je vous invite à contacter la nouvelle titulaire, Mme Rachida Benali.
Cordialement""", sent="2026-11-16", referral=("Rachida Benali", None)),
    C("fr", "referral", """Bonjour,

Je ne suis pas concerné par votre offre, n'étant que salarié. En revanche, notre président, Monsieur François Delmas, pourrait l'être. Son adresse : francois.delmas@delmas-sa.fr

Cordialement,
Nicolas Petit
Contrôleur de gestion""" + GM_FR_TRANSMISSION.format(date="mer. 2 déc. 2026 à 14:50", to=""), sent="2026-12-03", referral=("François Delmas", "francois.delmas@delmas-sa.fr")),
    C("en", "referral", """Hi, I'm not the right person for this. Try Lisa Chen, our Finance Director: lisa.chen@arborcare.co.uk""" + OL_EN_FEES.format(date="Thursday, January 8, 2026 8:57 AM", to="reception@arborcare.co.uk"), sent="2026-01-12", referral=("Lisa Chen", "lisa.chen@arborcare.co.uk")),
    C("en", "referral", """Hi Sarah,

I look after operations, not treasury. That's handled by our group treasurer, Paul Okonkwo. I've copied him here (paul.okonkwo@meridianfoods.com).

Best,
Jasmine""" + OL_EN_FEES.format(date="Monday, February 2, 2026 9:15 AM", to="Jasmine Reid"), sent="2026-02-03", referral=("Paul Okonkwo", "paul.okonkwo@meridianfoods.com")),
    C("en", "referral", """I left Brightpath in December. You might want to reach out to Tom Fielding who took over my role.""", sent="2026-02-24", referral=("Tom Fielding", None)),
    C("en", "referral", """Thank you for your email. Please note that I am no longer with Harcourt Partners. For all enquiries please contact info@harcourtpartners.com.

This is an automated message.""", sent="2026-03-11", referral=(None, "info@harcourtpartners.com")),
    C("en", "referral", """Not for me personally, I'm sorted. But my brother-in-law, Daniel Reyes, just sold his restaurant and has no idea what to do with the money. His email is dreyes.sd@gmail.com — tell him I sent you.""", sent="2026-04-01", referral=("Daniel Reyes", "dreyes.sd@gmail.com")),
    C("en", "referral", """Hello,

I am only the office administrator. Dr. Meenakshi Iyer is the owner of the clinic and handles these matters. You may write to her at dr.meenakshi@iyerclinic.in.

Regards,
Kavitha""", sent="2026-04-21", referral=("Meenakshi Iyer", "dr.meenakshi@iyerclinic.in")),
    C("en", "referral", """wrong person mate, you want our FD""", sent="2026-05-12", referral=(None, None)),
    C("en", "referral", """Hi Oliver,

Thanks, but I'm not the decision maker on benefits. Our Head of People, Rebecca Stone, would be the one to speak to. I'll forward this over to her.

Cheers,
Ollie""" + OL_EN_MEET.format(date="Tuesday, June 2, 2026 10:00 AM", to="Ollie Barnes"), sent="2026-06-02", referral=("Rebecca Stone", None)),
    C("en", "referral", """Hi,

Mark Henderson retired at the end of May. His responsibilities have been split; for anything finance-related, please contact Aisha Bello (a.bello@hendersonmills.co.uk).

Kind regards,
Front Desk, Henderson Mills""" + OL_EN_BREAKUP.format(date="Friday, June 12, 2026 4:53 PM", to="Mark Henderson"), sent="2026-06-16", referral=("Aisha Bello", "a.bello@hendersonmills.co.uk")),
    C("en", "referral", """Not interested myself, but you should talk to my business partner Chris Walsh. He's the money guy. chris@walshbrothersbuild.com""", sent="2026-07-07", referral=("Chris Walsh", "chris@walshbrothersbuild.com")),
    C("en", "referral", """Hi Emma, my mum's the one with the house in France, not me! Her name is Patricia Hale and her email is pat.hale1952@btinternet.com. She'd love the guide I think.""" + GM_EN_FOLLOW.format(date="Wed, Jul 22, 2026 at 5:30 PM", to=""), sent="2026-07-23", referral=("Patricia Hale", "pat.hale1952@btinternet.com")),
    C("en", "referral", """Hi,
I'm no longer with the company. Please contact the main office instead.
Thanks""", sent="2026-08-11", referral=(None, None)),
    C("en", "referral", """Dear Sir,

This mail has come to me by mistake as I handle purchase department. For finance matters kindly contact our CFO Mr. Ramesh Agarwal at ramesh.agarwal@shreeji-textiles.com.

Regards,
Vikas""", sent="2026-09-02", referral=("Ramesh Agarwal", "ramesh.agarwal@shreeji-textiles.com")),
    C("en", "referral", """Hey — I'm just the intern lol. Talk to Jordan, she's our COO. jordan@pixelforge.gg""", sent="2026-09-29", referral=("Jordan", "jordan@pixelforge.gg")),
    C("en", "referral", """Hello,

Thank you for reaching out. The trust's investments are overseen by our investment committee, chaired by Dr. Fiona McLaren. You can write to her at f.mclaren@kinlochtrust.org.uk.

Yours,
Alasdair Grant
Trustee""", sent="2026-10-14", referral=("Fiona McLaren", "f.mclaren@kinlochtrust.org.uk")),
    C("en", "referral", """You've got the wrong Sam. I'm in sales. You want Samantha Price in finance.""", sent="2026-10-28", referral=("Samantha Price", None)),
    C("en", "referral", """Hi Sarah,

Not relevant for us — we're a subsidiary and cash is swept to the parent daily. If anyone would be interested, it'd be our parent company's treasury team in Rotterdam: treasury@vandermeer-group.nl

Regards,
Koen""" + OL_EN_FEES.format(date="Wednesday, November 11, 2026 2:00 PM", to="Koen de Vries"), sent="2026-11-12", referral=(None, "treasury@vandermeer-group.nl")),
    C("en", "referral", """I sold the practice last year. The new owner is Dr. Alicia Romero — she might be interested. No email handy, sorry.""", sent="2026-11-30", referral=("Alicia Romero", None)),
    C("en", "referral", """Hi, I think you want my wife, Ingrid Larsen, for this: she runs the finances at home and for the gîtes. ingrid.larsen@outlook.com

Erik""", sent="2026-12-09", referral=("Ingrid Larsen", "ingrid.larsen@outlook.com")),
    C("en", "referral", """Please stop sending these to Jane Morris — she left us in April. If you must write to someone, write to Peter Lang, our MD (peter.lang@langandco.com).""", sent="2026-05-26", referral=("Peter Lang", "peter.lang@langandco.com")),
    C("en", "referral", """Thanks for this. I'm not involved in the pension side. Best to contact our HR partner, Whitmore HR, who run all of that for us: hello@whitmorehr.co.uk""", sent="2026-03-25", referral=(None, "hello@whitmorehr.co.uk")),
    C("en", "referral", """Hi there,

I'm one of the junior associates. Partners' retirement planning is handled by our managing partner, Richard Ellison. I'd suggest emailing him directly at richard.ellison@ellisonllp.com; his PA will make sure he sees it.

Kind regards,
Hannah""", sent="2026-01-28", referral=("Richard Ellison", "richard.ellison@ellisonllp.com")),
    C("en", "referral", """Not the right contact sorry. Maybe try our founder Arvind Rao, arvind@qubitleaf.ai""", sent="2026-08-20", referral=("Arvind Rao", "arvind@qubitleaf.ai")),
    C("en", "referral", """Hello Camille, I'm answering in English as my French is poor. I'm not the owner of the company, I just manage the Paris office. The owner is Mr. Hiroshi Tanaka, you can contact him at h.tanaka@tanaka-trading.jp.""", sent="2026-09-16", referral=("Hiroshi Tanaka", "h.tanaka@tanaka-trading.jp")),
    C("fr", "referral", """Hello, moi je suis juste le dev, le CFO c'est Baptiste, baptiste@nuvola.io 👍""", sent="2026-03-31", referral=("Baptiste", "baptiste@nuvola.io")),
]

# ---------------------------------------------------------------- unsubscribe
CASES += [
    C("fr", "unsubscribe", """Merci de ne plus m'écrire.""" + OL_FR_RELANCE.format(date="mardi 27 janvier 2026 16:59", to="p.vasseur@wanadoo.fr"), sent="2026-01-29"),
    C("fr", "unsubscribe", """Bonjour,
Je vous prie de me retirer de vos fichiers. Je n'ai jamais demandé à recevoir vos messages.
Cordialement""", sent="2026-02-11"),
    C("fr", "unsubscribe", """Désinscription.""", sent="2026-02-25"),
    C("fr", "unsubscribe", """Madame,

C'est la quatrième fois que je reçois ce message. En application du RGPD, je vous demande de supprimer mes coordonnées de votre base de données et de cesser tout envoi à cette adresse. Je vous remercie de m'en confirmer la bonne exécution.

Maître Pierre-Alexandre Vidal
Notaire honoraire""" + OL_FR_RDV.format(date="lundi 9 mars 2026 08:00", to="Pierre-Alexandre Vidal"), sent="2026-03-10"),
    C("fr", "unsubscribe", """Arrêtez de me spammer.""", sent="2026-04-01"),
    C("fr", "unsubscribe", """Bonjour, pas intéressé. Merci de ne plus me relancer et de m'enlever de votre liste de diffusion.""", sent="2026-04-15"),
    C("fr", "unsubscribe", """Je ne souhaite plus recevoir vos e-mails.""", sent="2026-04-29"),
    C("fr", "unsubscribe", """Bonjour,

Je ne sais pas comment vous avez eu mon adresse mais je vous demande de l'effacer et de ne plus jamais me contacter, ni par mail ni par téléphone.

Dr Laurent Moisan""", sent="2026-05-13"),
    C("fr", "unsubscribe", """désabonnez moi""", sent="2026-05-27"),
    C("fr", "unsubscribe", """STOP""" + GM_FR_TRESO.format(date="mar. 9 juin 2026 à 07:30", to=""), sent="2026-06-09"),
    C("fr", "unsubscribe", """Bonjour,
Veuillez me rayer de vos listes d'envoi. Merci.
Ghislaine Robin""", sent="2026-06-24"),
    C("fr", "unsubscribe", """Bonjour,

Nous recevons vos messages en moyenne deux fois par semaine sur notre adresse de contact. Merci de supprimer contact@chocolaterie-mathieu.be de vos fichiers une fois pour toutes.

Bien à vous,
Chocolaterie Mathieu, Dinant""", sent="2026-07-08"),
    C("fr", "unsubscribe", """Retirez-moi de vos fichiers svp. Merci""", sent="2026-07-22"),
    C("fr", "unsubscribe", """Bonjour, j'ai déjà cliqué trois fois sur votre lien de désinscription et je reçois toujours vos mails. Je ne veux plus rien recevoir de votre part.""" + OL_FR_WEBINAIRE.format(date="vendredi 31 juillet 2026 12:37", to="l.moreau@moreau-btp.fr"), sent="2026-08-05"),
    C("fr", "unsubscribe", """Je vous demande de cesser vos sollicitations.""", sent="2026-08-19"),
    C("fr", "unsubscribe", """Bonjour,
Conformément à ce que vous indiquez en bas de votre message, je vous demande de ne plus me contacter.
Cordialement,
R. Fontanel""" + GM_FR_TRANSMISSION.format(date="ven. 28 août 2026 à 10:00", to=""), sent="2026-09-01"),
    C("fr", "unsubscribe", """Allô, s'il vous plaît, arrêtez de m'envoyer des courriels. Merci de me désinscrire de votre liste.""", sent="2026-09-14"),
    C("fr", "unsubscribe", """ne plus m'envoyer de mails merci""", sent="2026-09-30"),
    C("fr", "unsubscribe", """Bonjour,

Je suis maire d'une commune de 800 habitants et je reçois déjà des dizaines de sollicitations par jour. Je vous remercie de bien vouloir retirer mon adresse personnelle de votre base.

Salutations,
Jean-Luc Pommier""" + GM_FR_RETRAITE.format(date="mar. 13 oct. 2026 à 08:12"), sent="2026-10-14"),
    C("fr", "unsubscribe", """Merci de m'oublier.""", sent="2026-10-28"),
    C("fr", "unsubscribe", """Bonjour,
Je ne veux plus être sollicitée par votre société. Merci de supprimer mes données.
Nathalie F.""" + OL_FR_EPARGNE.format(date="mercredi 11 novembre 2026 09:15", to="nathalie.f@wanadoo.fr"), sent="2026-11-12"),
    C("fr", "unsubscribe", """Désinscrivez-moi immédiatement, je n'ai rien demandé.""", sent="2026-11-26"),
    C("fr", "unsubscribe", """Bonjour,
Merci de ne plus m'adresser de messages commerciaux à cette adresse professionnelle. Je m'oppose au traitement de mes données à des fins de prospection.
Meilleures salutations
Reto Fässler, Lausanne""", sent="2026-12-10"),
    C("fr", "unsubscribe", """C'est la 5e relance. Laissez-moi tranquille et sortez-moi de votre base.""" + IPHONE_FR.format(date="16 janv. 2026 à 13:47"), sent="2026-01-20"),
    C("fr", "unsubscribe", """Bonjour,

Je vous serais reconnaissant de bien vouloir cesser de m'envoyer vos propositions. Je ne suis pas, et ne serai pas, client.

Cordialement,
Gérard Lacombe
Président – Lacombe Transports""" + OL_FR_RELANCE.format(date="mardi 17 février 2026 09:20", to="Gérard Lacombe"), sent="2026-02-18"),
    C("fr", "unsubscribe", """stp enleve moi de ta liste""", sent="2026-06-05"),
    C("fr", "unsubscribe", """Bonjour, je vous signale que cette adresse est celle d'une personne décédée, mon père. Merci de cesser vos envois et de la supprimer de vos listes.
Sa fille""", sent="2026-07-29"),
    C("fr", "unsubscribe", """Non merci, et ne me recontactez plus.""", sent="2026-10-02"),
    C("en", "unsubscribe", """STOP""" + OL_EN_MEET.format(date="Thursday, February 19, 2026 8:00 AM", to="g.marsh@marshlaw.co.uk"), sent="2026-02-19"),
    C("en", "unsubscribe", """Take me off your list.""", sent="2026-03-06"),
    C("en", "unsubscribe", """Hi,

I never signed up for this and I don't know where you got my address. Please stop emailing me.

Regards""", sent="2026-03-23"),
    C("en", "unsubscribe", """REMOVE""" + GM_EN_FOLLOW.format(date="Mon, Apr 6, 2026 at 9:00 AM", to=""), sent="2026-04-06"),
    C("en", "unsubscribe", """Dear Sir/Madam,

Under the UK GDPR I object to the processing of my personal data for direct marketing. Please erase my details and confirm you have done so.

Yours faithfully,
Dr Margaret Holloway""" + GM_EN_FOLLOW.format(date="Fri, Apr 24, 2026 at 3:04 PM"), sent="2026-04-27"),
    C("en", "unsubscribe", """pls stop sending me these""", sent="2026-05-11"),
    C("en", "unsubscribe", """Opt me out.""", sent="2026-05-28"),
    C("en", "unsubscribe", """This is the third email this month. Do not contact me again.""", sent="2026-06-12"),
    C("en", "unsubscribe", """Hello,

Kindly remove my email id from your database. I am not interested and do not wish to receive further mails.

Regards,
Sunil""", sent="2026-06-29"),
    C("en", "unsubscribe", """Hi Sarah, please take this address off your distribution list. We're not interested in receiving marketing emails.

Thanks,
Accounts Team""" + OL_EN_FEES.format(date="Monday, July 13, 2026 11:11 AM", to="accounts@fernleygroup.co.uk"), sent="2026-07-14"),
    C("en", "unsubscribe", """I'd appreciate it if you stopped emailing me. Thanks.""", sent="2026-08-14"),
    C("en", "unsubscribe", """Not interested. Please delete my contact details and don't email again.""", sent="2026-08-28"),
    C("en", "unsubscribe", """Hi,
Your unsubscribe link is broken so I'm replying instead: please unsubscribe me from all your emails.
Thanks""", sent="2026-09-11"),
    C("en", "unsubscribe", """Please cease all communication with this address.""", sent="2026-09-25"),
    C("en", "unsubscribe", """Hey, I'd rather not get these anymore. Can you take me off whatever list this is?""", sent="2026-10-09"),
    C("en", "unsubscribe", """Kindly stop mailing me. Not interested. Thanks""", sent="2026-10-23"),
    C("en", "unsubscribe", """Hello,

This mailbox belongs to a sole trader who has closed her business. Please stop sending emails to this address and remove it from your records.

Thank you""", sent="2026-11-06"),
    C("en", "unsubscribe", """no more emails please""", sent="2026-11-20"),
    C("en", "unsubscribe", """I am asking you for the last time: remove me from your list. If I get another one I'm reporting you to the ICO.""" + OL_EN_BREAKUP.format(date="Monday, November 30, 2026 12:49 PM", to="m.ford@fordglass.co.uk"), sent="2026-12-04"),
    C("en", "unsubscribe", """Hi Oliver, I'll keep it short — I'm not interested and I don't want to receive further emails from Meridian. Please make sure I'm removed.""" + OL_EN_MEET.format(date="Tuesday, December 15, 2026 9:00 AM", to="nicola.burke@gmail.com"), sent="2026-12-16"),
    C("en", "unsubscribe", """Stop.""", sent="2026-02-09"),
]

# ---------------------------------------------------------------- out_of_office
CASES += [
    C("fr", "out_of_office", """Réponse automatique : Absent du bureau

Bonjour,
Je suis absent jusqu'au lundi 12 janvier inclus. Votre message sera traité à mon retour.
Cordialement,
Philippe Garnier""" + OL_FR_RELANCE.format(date="lundi 5 janvier 2026 15:10", to="Philippe Garnier"), sent="2026-01-05"),
    C("fr", "out_of_office", """Bonjour,

Je suis actuellement en congés et je serai de retour le 23 février. Pour toute urgence, vous pouvez contacter mon assistante, Mme Léa Brun, au 01 42 65 88 10.

Bien cordialement,
Maître Olivier Sauvage
Notaire associé""", sent="2026-02-13"),
    C("fr", "out_of_office", """Je suis en déplacement avec un accès limité à mes e-mails. Je vous répondrai dès que possible.""", sent="2026-02-26"),
    C("fr", "out_of_office", """Bonjour,
Le cabinet est fermé du 2 au 6 mars (vacances d'hiver). Reprise des consultations le lundi 9 mars.
En cas d'urgence, composez le 15.
Dr Anne Guillon""", sent="2026-03-02"),
    C("fr", "out_of_office", """Absente jusqu'au 3 avril. Je lirai votre message à mon retour.
Sophie""" + OL_FR_RDV.format(date="lundi 23 mars 2026 10:00", to="sophie.lambert@lambert-immo.fr"), sent="2026-03-23"),
    C("fr", "out_of_office", """Message automatique

Merci pour votre message. Je suis actuellement en congé maternité et ne consulte pas ma messagerie. Pour toute demande relative à la paie ou aux ressources humaines, merci d'écrire à rh@saveurs-du-terroir.fr.

Julie Masson
Responsable RH""" + OL_FR_EPARGNE.format(date="jeudi 9 avril 2026 11:45", to="Julie Masson"), sent="2026-04-09"),
    C("fr", "out_of_office", """Bonjour,

Je suis absent du bureau jusqu'au 27 avril. Durant mon absence, vos messages ne seront pas transférés. Pour les sujets urgents, merci de contacter Stéphane Blanc (s.blanc@industries-meyer.fr).

Cordialement,
Alexandre Meyer
Directeur administratif et financier – Industries Meyer

Ce message et ses pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.""" + OL_FR_RELANCE.format(date="mardi 14 avril 2026 08:45", to="Alexandre Meyer"), sent="2026-04-14"),
    C("fr", "out_of_office", """Réponse automatique : Je suis en formation toute la journée et ne pourrai pas consulter mes messages avant demain.""", sent="2026-05-05"),
    C("fr", "out_of_office", """Bonjour, je suis en vacances sans réseau jusqu'au 25 mai. Je vous réponds à mon retour. Bonne journée !""", sent="2026-05-15"),
    C("fr", "out_of_office", """Bonjour,

Je suis en arrêt maladie pour une durée indéterminée. Vos messages ne seront pas lus. Pour toute question, vous pouvez joindre l'accueil de l'agence au 02 97 63 40 11.

Cordialement,
Pascal Riou""", sent="2026-06-01"),
    C("fr", "out_of_office", """[Réponse automatique] Bonjour, l'étude est fermée pour congés annuels du 10 au 28 août. Nous traiterons votre demande dès la réouverture le 31 août. Bien cordialement, l'Étude Chauvin & Morel""", sent="2026-08-11"),
    C("fr", "out_of_office", """Bonjour,
Je suis absente pour la journée, en rendez-vous clients. Je vous recontacte demain.
Karine""", sent="2026-06-18"),
    C("fr", "out_of_office", """Bonjour,

Nous vous remercions de votre message. L'exploitation est en pleine période de récolte et nos bureaux sont fermés jusqu'au 15 juillet. Les courriels seront traités après cette date.

GAEC des Trois Vallées""", sent="2026-07-02"),
    C("fr", "out_of_office", """Absent du bureau : je suis en congés du 13 juillet au 2 août inclus, sans accès à mes mails. Pour toute urgence concernant la pharmacie, merci d'appeler le 04 78 22 14 90.

Henri Blanchard
Pharmacien titulaire

Pour ne plus recevoir la lettre d'information de la pharmacie, rendez-vous sur notre site.""", sent="2026-07-16"),
    C("fr", "out_of_office", """Bonjour, je suis en congé jusqu'au 24 août. Je prendrai connaissance de votre message à mon retour. Cordialement.""" + GM_FR_TRESO.format(date="lun. 3 août 2026 à 09:30", to=""), sent="2026-08-03"),
    C("fr", "out_of_office", """Bonjour,

Je suis actuellement en congé sabbatique et ce jusqu'au mois de mars 2027. Ma boîte mail n'est pas consultée durant cette période.

Cordialement,
Bénédicte Arnaud""", sent="2026-09-03"),
    C("fr", "out_of_office", """Je suis au salon Vinexpo jusqu'à jeudi, réponses plus lentes que d'habitude. Merci de votre patience.""", sent="2026-09-15"),
    C("fr", "out_of_office", """Réponse automatique : Bonjour, je suis absent le mercredi (temps partiel). Je vous répondrai jeudi.""", sent="2026-09-23"),
    C("fr", "out_of_office", """Bonjour,

Merci pour votre message. Je serai absent du 19 octobre au 2 novembre inclus. Durant cette période, Mme Agnès Ferrand assure l'intérim : agnes.ferrand@mairie-lorient.fr.

Bien cordialement,
Yves Le Bihan
Directeur général des services""", sent="2026-10-21"),
    C("fr", "out_of_office", """Bonjour, je suis en réunion de chantier toute la semaine, je regarderai vos messages ce week-end.
Envoyé de mon téléphone""", sent="2026-10-05"),
    C("fr", "out_of_office", """Bonjour,

Je suis en congés jusqu'au 11 novembre. En cas d'urgence, vous pouvez me joindre au 06 12 34 98 76 (appels uniquement).

Meilleures salutations,
Olivier Genoud
Genoud & Fils Sàrl, Martigny""", sent="2026-11-02"),
    C("fr", "out_of_office", """Message d'absence : je suis actuellement en déplacement à l'étranger et je n'aurai qu'un accès très limité à ma messagerie jusqu'à la fin du mois.""", sent="2026-11-16"),
    C("fr", "out_of_office", """Bonjour,

Le cabinet sera fermé du 24 décembre au 4 janvier inclus. Nous vous souhaitons de très belles fêtes de fin d'année.

Cabinet d'expertise comptable Hamel & Roussel""" + OL_FR_EPARGNE.format(date="mercredi 23 décembre 2026 15:00", to="contact@hamel-roussel.fr"), sent="2026-12-23"),
    C("fr", "out_of_office", """Absente. Retour le 7.""", sent="2026-12-29"),
    C("fr", "out_of_office", """Bonjour,
Je suis actuellement en congé et ne consulterai pas mes messages avant mon retour. Votre e-mail ne sera pas transféré.
Cordialement,
Aude Mercier
Ce courriel et les documents qui lui sont joints peuvent contenir des informations confidentielles. Si vous souhaitez vous désabonner de nos communications, cliquez ici.""", sent="2026-03-30"),
    C("fr", "out_of_office", """Objet : Réponse automatique : RE: Votre épargne de dirigeant

Je suis absent jusqu'au 20 avril. Pour les demandes urgentes, contactez le standard au 03 20 14 55 60.""", sent="2026-04-10"),
    C("fr", "out_of_office", """Bonjour,
Je suis en vacances à la pêche jusqu'à dimanche, pas de réseau au lac. Je vous appelle à mon retour.
Bertrand""", sent="2026-06-10"),
    C("fr", "out_of_office", """Bonjour,

En raison d'un congé de longue durée, je ne suis pas en mesure de traiter votre message. Merci de vous adresser au secrétariat de la direction : direction@ehpad-les-tilleuls.fr.

Cordialement,
Claire Blondel
Directrice – EHPAD Les Tilleuls""", sent="2026-01-19"),
    C("fr", "out_of_office", """Réponse automatique
Bonjour, je suis en congés jusqu'au lundi 2 mars et n'ai pas accès à ma messagerie. Pour vous désinscrire de ma liste de diffusion professionnelle, vous pouvez répondre DÉSABONNER à ce message.""", sent="2026-02-20"),
    C("fr", "out_of_office", """Bonjour, je suis à l'hôpital pour quelques jours, je vous recontacterai quand je serai sorti. Cordialement M. Pagès""", sent="2026-05-21"),
    C("fr", "out_of_office", """Bonjour,
Je suis en déplacement professionnel au Canada du 8 au 19 juin, avec un accès irrégulier à mes courriels.
Bien à vous,
Laurent Dubreuil – Directeur général, Dubreuil Bois""", sent="2026-06-08"),
    C("fr", "out_of_office", """Absente du bureau jusqu'au 31/08. Pas d'accès aux mails. Merci.""", sent="2026-08-17"),
    C("en", "out_of_office", """Automatic reply: Out of Office

Thank you for your email. I am out of the office until Monday 12 January with limited access to email. I will respond on my return.

Kind regards,
James Whitaker""" + OL_EN_MEET.format(date="Thursday, January 8, 2026 11:54 AM", to="James Whitaker"), sent="2026-01-08"),
    C("en", "out_of_office", """I'm currently on annual leave, returning on 16 February. For urgent matters please contact my colleague Priya Nair at priya.nair@cloverfield.co.uk.""", sent="2026-02-09"),
    C("en", "out_of_office", """Hi, thanks for your message. I'm travelling this week with patchy signal. I'll get back to you when I can.""", sent="2026-03-03"),
    C("en", "out_of_office", """Thank you for contacting me. I am on maternity leave and will not be checking emails. For anything urgent, please email hr@greenleafnurseries.com.

Best wishes,
Rosie""", sent="2026-03-17"),
    C("en", "out_of_office", """Automatic reply: I'm out of the office until 7 April. Your email will not be forwarded.""" + OL_EN_MEET.format(date="Wednesday, April 1, 2026 9:00 AM", to="t.owens@owensdesign.co.uk"), sent="2026-04-01"),
    C("en", "out_of_office", """Hello,

I am away attending a conference in Singapore from 20 to 24 April and will have limited access to email. I will respond to your message upon my return.

Regards,
Dr. Ravi Shankar
Consultant Cardiologist

DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed.""", sent="2026-04-20"),
    C("en", "out_of_office", """OOO until May 4th. Limited access to email.""", sent="2026-04-29"),
    C("en", "out_of_office", """Thanks for your email. I'm on holiday until 26 May and won't be checking messages. If it's urgent, call the office on 0131 496 0700.

Fraser MacLeod
Director, MacLeod Joinery""" + OL_EN_FEES.format(date="Monday, May 18, 2026 9:43 AM", to="Fraser MacLeod"), sent="2026-05-18"),
    C("en", "out_of_office", """I'm currently out of the office on medical leave. I'll reply when I'm back. In the meantime please contact accounts@bluewaterhotels.com.""", sent="2026-06-03"),
    C("en", "out_of_office", """Hi there! I'm off grid hiking the Pacific Crest Trail until mid-July. I'll read your email when I'm back in civilisation 🏔️""", sent="2026-06-15"),
    C("en", "out_of_office", """Automatic reply

I am out of the office until Tuesday 7 July. During my absence please contact Michael Grant (m.grant@ashfordlegal.co.uk) for urgent matters.

Please note: Ashford Legal will never ask you to change bank details by email. To unsubscribe from our client updates, click the link in any newsletter.""" + OL_EN_FEES.format(date="Monday, June 29, 2026 10:40 AM", to="Sarah Wells"), sent="2026-06-29"),
    C("en", "out_of_office", """Thank you for your email. The office is closed for the summer break and reopens on 24 August. We'll respond to all messages after that date.

The Hartley Gallery""", sent="2026-07-31"),
    C("en", "out_of_office", """I'm out of office today, back tomorrow.""", sent="2026-08-07"),
    C("en", "out_of_office", """Dear Sender,

I am on leave till 25th August and will have no access to mails. For urgent matters please contact Mr. Deepak Verma on +91 98450 12345.

Regards,
Sanjay Kulkarni""", sent="2026-08-18"),
    C("en", "out_of_office", """Thanks for reaching out. I'm on parental leave until January 2027. This inbox isn't monitored. For business enquiries please email hello@pebblestudio.io.""", sent="2026-09-07"),
    C("en", "out_of_office", """Auto-reply: I'm away from my desk until 21 September. I'll reply as soon as possible after that.""", sent="2026-09-16"),
    C("en", "out_of_office", """Hello, I am currently on sabbatical and will not be responding to emails. Thank you for your understanding.""", sent="2026-10-01"),
    C("en", "out_of_office", """I'm at a client site all week and checking email only in the evenings. Expect a delay in my reply.

Sent from Outlook for Android""", sent="2026-10-12"),
    C("en", "out_of_office", """Automatic reply: Out of the office

Hi, I'm away until 2 November. For anything to do with the farm shop, please ring Jenny on 01392 555 018.

Martin Ashworth""" + GM_EN_LATER.format(date="Mon, Oct 26, 2026 at 11:00 AM"), sent="2026-10-26"),
    C("en", "out_of_office", """Thank you for your message. I am travelling and will be back in the office on Monday 16 November.""" + GM_EN_FOLLOW.format(date="Tue, Nov 10, 2026 at 8:20 AM", to=""), sent="2026-11-10"),
    C("en", "out_of_office", """I am out of the office for the Thanksgiving holiday and will return on Monday, November 30.""", sent="2026-11-25"),
    C("en", "out_of_office", """Out of office: Our offices are closed from 24 December to 1 January. We will respond to your email when we reopen. Happy holidays!

Whitfield & Barnes Chartered Surveyors""", sent="2026-12-22"),
    C("en", "out_of_office", """Hi, I'm on a family emergency leave and I'm not sure when I'll be back. Please bear with me.""", sent="2026-05-06"),
    C("en", "out_of_office", """This is an automated response. I'm out of the office with no access to email. I'll be back on 14 April.""", sent="2026-04-03"),
    C("en", "out_of_office", """Thank you for your email. Please note I work Monday to Wednesday. I will respond on my next working day.""", sent="2026-07-09"),
    C("en", "out_of_office", """Bonjour/Hello, I'm on holiday in Brittany until the 21st with no laptop. I'll answer when I'm back.""", sent="2026-08-12"),
]

# ---------------------------------------------------------------- not_interested
CASES += [
    C("fr", "not_interested", """Bonjour,

Je vous remercie pour votre proposition, mais nous travaillons depuis plus de quinze ans avec le même conseiller, en qui nous avons toute confiance. Nous ne souhaitons pas changer.

Bien cordialement,
Maître Jeanne Fabre
Notaire – Office notarial Fabre, Castres""" + OL_FR_RDV.format(date="mardi 13 janvier 2026 09:00", to="Jeanne Fabre"), sent="2026-01-14"),
    C("fr", "not_interested", """Bonjour,
Nous gérons notre trésorerie en interne avec nos banques et cela nous convient très bien.
Cordialement,
Service financier""" + GM_FR_TRESO.format(date="lun. 26 janv. 2026 à 10:00", to=""), sent="2026-01-27"),
    C("fr", "not_interested", """Merci, mais je suis retraité depuis longtemps et mes affaires sont en ordre. Tout est réglé avec mon notaire.""", sent="2026-02-02"),
    C("fr", "not_interested", """Bonjour, on est déjà équipés, merci.""", sent="2026-02-09"),
    C("fr", "not_interested", """Bonjour,

Je ne donnerai pas suite. Nous avons signé le mois dernier avec un autre cabinet pour l'épargne salariale.

Cordialement,
Laure Devaux
DRH – Devaux Textiles""" + OL_FR_EPARGNE.format(date="jeudi 12 février 2026 14:10", to="Laure Devaux"), sent="2026-02-16"),
    C("fr", "not_interested", """ça ne m'intéresse pas du tout""", sent="2026-02-23"),
    C("fr", "not_interested", """Bonjour,
Avec 3 salariés et des marges qui fondent, l'épargne salariale n'est vraiment pas notre préoccupation. Bon courage à vous.
Marc – Boulangerie du Marché""" + OL_FR_EPARGNE.format(date="vendredi 27 février 2026 09:52", to="contact@boulangeriedumarche.fr"), sent="2026-03-02"),
    C("fr", "not_interested", """Madame, Monsieur,

Nous avons bien reçu votre courrier électronique. Après examen, votre offre ne correspond pas aux besoins de notre établissement. Nous ne manquerons pas de revenir vers vous si la situation devait évoluer.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

La Direction
Clinique du Parc, Montauban""", sent="2026-03-09"),
    C("fr", "not_interested", """Bonjour,

Pas besoin de me retirer de votre liste, vos lettres d'information sont intéressantes. Mais pour l'accompagnement personnalisé, c'est non : j'ai déjà un CGP.

Bonne journée,
Christine Vallet""" + OL_FR_WEBINAIRE.format(date="vendredi 13 mars 2026 11:06", to="Christine Vallet"), sent="2026-03-16"),
    C("fr", "not_interested", """Nan merci, pas pour moi""", sent="2026-03-23"),
    C("fr", "not_interested", """Bonjour, je suis fonctionnaire, je n'ai pas de patrimoine à gérer ni d'entreprise à transmettre. Je pense que vous vous êtes trompés de cible.""", sent="2026-03-30"),
    C("fr", "not_interested", """Bonjour Monsieur,

Je vous remercie de votre persévérance, mais ma décision est prise : je ne souhaite pas confier la gestion de mon patrimoine à un cabinet extérieur. Je préfère m'en occuper moi-même.

Cordialement,
Dr Patrick Soulier""" + OL_FR_RELANCE.format(date="lundi 6 avril 2026 09:10", to="Patrick Soulier"), sent="2026-04-06"),
    C("fr", "not_interested", """Les placements financiers, très peu pour moi. Je préfère investir dans mes terres.""", sent="2026-04-13"),
    C("fr", "not_interested", """Bonjour,
L'entreprise est en redressement judiciaire, ce n'est vraiment pas le moment de parler placements, ni maintenant ni plus tard.
Cordialement""", sent="2026-04-20"),
    C("fr", "not_interested", """Je passe mon tour, merci.""", sent="2026-04-27"),
    C("fr", "not_interested", """Bonjour,

Je ne souhaite pas donner suite. Nous n'envisageons aucune cession : c'est mon fils qui reprendra, et tout est déjà organisé avec notre avocat.

Cordialement,
Alain Barbier
PDG – Barbier Menuiseries Industrielles""" + GM_FR_TRANSMISSION.format(date="lun. 4 mai 2026 à 10:20", to=""), sent="2026-05-04"),
    C("fr", "not_interested", """Bonjour,
Votre message m'a fait sourire : j'ai 27 ans et un prêt étudiant à rembourser. La retraite, on verra dans 40 ans 😄
Bonne journée""", sent="2026-05-11"),
    C("fr", "not_interested", """Bonjour, merci mais la mutuelle du barreau couvre déjà tout ça pour nous.""", sent="2026-05-18"),
    C("fr", "not_interested", """Bonjour,

Je ne suis pas convaincu par la rentabilité des SCPI dans le contexte actuel, et j'ai déjà suffisamment d'immobilier. Ce sera sans moi.

Cordialement,
Jacques Mével""" + OL_FR_RDV.format(date="vendredi 22 mai 2026 12:16", to="Jacques Mével"), sent="2026-05-25"),
    C("fr", "not_interested", """Merci pour votre mail, mais non.""", sent="2026-06-01"),
    C("fr", "not_interested", """Bonjour,
Nous sommes une association loi 1901 sans excédent de trésorerie. Votre offre ne nous concerne pas.
La trésorière, Odile Renaud""", sent="2026-06-08"),
    C("fr", "not_interested", """Bonjour, j'ai lu votre mail avec attention mais je ne vois pas ce que ça m'apporterait de plus que ce que j'ai déjà. Restons-en là.""", sent="2026-06-15"),
    C("fr", "not_interested", """Bonjour,

Pas de désinscription nécessaire, je lis vos articles avec plaisir. En revanche, nous n'avons aucun besoin sur le sujet de la trésorerie : tout est placé auprès de notre maison mère.

Cordialement,
Benoît Ramel, DAF""" + GM_FR_TRESO.format(date="ven. 19 juin 2026 à 16:44"), sent="2026-06-22"),
    C("fr", "not_interested", """non""", sent="2026-06-29"),
    C("fr", "not_interested", """Bonjour,
Après discussion avec mon épouse, nous préférons garder notre argent sur nos livrets. Nous ne prendrons pas de risques à notre âge. Merci tout de même.
M. et Mme Cordier""" + GM_FR_PASSAGE.format(date="ven. 3 juil. 2026 à 09:58"), sent="2026-07-06"),
    C("fr", "not_interested", """Bonjour,

On a eu une très mauvaise expérience avec un conseiller en gestion de patrimoine il y a quelques années (produits défiscalisants invendables). Je ne souhaite pas renouveler l'expérience, quel que soit le cabinet.

Cordialement,
Yvonne Marchal""", sent="2026-07-13"),
    C("fr", "not_interested", """Merci mais ça ira.""", sent="2026-07-20"),
    C("fr", "not_interested", """Bonjour,
C'est gentil mais je suis frontalier et tout mon patrimoine est en Suisse, géré par ma banque à Bâle. Je n'en ai pas l'utilité.
Meilleures salutations""", sent="2026-07-27"),
    C("fr", "not_interested", """Bonjour, je ne suis pas preneur, merci de votre compréhension.""", sent="2026-08-03"),
    C("fr", "not_interested", """Pas la peine de relancer, c'est non pour cette offre. Mais continuez à m'envoyer votre lettre trimestrielle, elle est bien faite.""", sent="2026-08-10"),
    C("fr", "not_interested", """Bonjour,

La commune ne place pas ses fonds : en tant que collectivité, nous sommes soumis à l'obligation de dépôt auprès du Trésor. Votre proposition est donc sans objet pour nous.

Cordialement,
Le secrétariat de mairie de Saint-Aubin-sur-Loire""", sent="2026-08-17"),
    C("fr", "not_interested", """Pas intéressée par le PER, j'ai déjà fait le tour de la question avec mon banquier. Bonne continuation.""" + GM_FR_RETRAITE.format(date="lun. 24 août 2026 à 08:00", to=""), sent="2026-08-24"),
    C("fr", "not_interested", """Bonjour, vous m'avez déjà appelé la semaine dernière et je vous ai dit non. C'est toujours non.""", sent="2026-08-31"),
    C("fr", "not_interested", """Bonjour,

Nous sommes une petite SCOP de huit salariés. La participation et l'intéressement sont déjà prévus dans nos statuts et gérés par notre fédération. Nous ne sommes donc pas concernés.

Coopérativement,
L'équipe de La Fourmilière""", sent="2026-09-07"),
    C("fr", "not_interested", """Bof, pas convaincu.""", sent="2026-09-14"),
    C("fr", "not_interested", """Bonjour,
Nous avons déjà notre propre family office. Merci.
Cordialement,
Édith Montclar""", sent="2026-09-21"),
    C("fr", "not_interested", """Bonjour,

Je me permets de vous répondre franchement : votre démarche manque de ciblage. Je suis kinésithérapeute salariée en hôpital, sans activité libérale. Votre proposition ne me concerne pas.

Cordialement""", sent="2026-09-28"),
    C("fr", "not_interested", """Bonjour,
Merci, mais notre groupe vient de renouveler pour cinq ans son contrat avec son teneur de comptes. Pas de sujet.
Cdlt
G. Prévost""" + OL_FR_EPARGNE.format(date="mardi 29 septembre 2026 11:40", to="G. Prévost"), sent="2026-10-05"),
    C("fr", "not_interested", """bjr, ca m'interesse pas, bonne journee""", sent="2026-10-12"),
    C("fr", "not_interested", """Bonjour,
Je vous remercie pour votre message. Je suis déjà accompagné par mon expert-comptable et mon notaire sur tous ces sujets, cela me suffit amplement.
Salutations
Jean-Pierre Coste, artisan ébéniste""", sent="2026-10-19"),
    C("fr", "not_interested", """Bonjour, on ne cherche rien de ce côté-là pour l'instant ni dans un avenir proche. Merci quand même.""", sent="2026-10-26"),
    C("fr", "not_interested", """Bonjour,

Vous êtes le troisième cabinet à me solliciter ce mois-ci pour la même chose. Je ne vais pas vous demander de me retirer de vos listes, je vous dis juste que ça ne m'intéresse pas.

Bonne journée,
Dr Chantal Ribes""", sent="2026-11-02"),
    C("fr", "not_interested", """Merci de votre proposition, mais je la décline.""" + OL_FR_RDV.format(date="vendredi 6 novembre 2026 09:05", to="Gilles Marty"), sent="2026-11-09"),
    C("fr", "not_interested", """Bonjour,
Nos statuts d'association reconnue d'utilité publique nous interdisent ce type de placement. Merci de votre compréhension.
Le bureau""", sent="2026-11-16"),
    C("fr", "not_interested", """Allô, merci, mais on est bien servis par notre caisse populaire. On va passer notre tour.""", sent="2026-11-23"),
    C("fr", "not_interested", """Bonjour, je crois qu'on n'est pas du tout la bonne cible pour ça, on est une micro-entreprise qui se verse à peine un smic. Merci quand même.""", sent="2026-11-30"),
    C("fr", "not_interested", """Bonjour,

Je vous remercie pour votre relance mais je vais rester chez mon assureur actuel : les frais que vous annoncez ne font pas la différence.

Cordialement,
Olivier Masson""" + OL_FR_RELANCE.format(date="vendredi 4 décembre 2026 10:15", to="Olivier Masson"), sent="2026-12-07"),
    C("fr", "not_interested", """Très peu pour moi.""", sent="2026-12-14"),
    C("fr", "not_interested", """Bonjour,
Ce n'est pas un sujet pour nous. Merci.""", sent="2026-12-21"),
    C("fr", "not_interested", """Bonjour,
Cela ne correspond pas à nos priorités. Nous n'y donnerons pas suite.
Bien à vous,
Sylvie Gaudin, secrétaire générale""", sent="2026-02-27"),
    C("en", "not_interested", """Hi Oliver,

Appreciate the note, but we're well looked after on the pension front. We've been with the same adviser for over a decade.

All the best,
Richard""" + OL_EN_MEET.format(date="Thursday, January 15, 2026 8:30 AM", to="richard.fenwick@fenwickgroup.co.uk"), sent="2026-01-16"),
    C("en", "not_interested", """Not interested.""", sent="2026-01-23"),
    C("en", "not_interested", """We're all set, thanks.""", sent="2026-02-06"),
    C("en", "not_interested", """Hi Sarah,

We've reviewed your note. Our treasury is managed centrally by our parent and we have no appetite to change that. I'll pass.

Regards,
Michael Brandt
Finance Director""" + OL_EN_FEES.format(date="Monday, February 16, 2026 9:45 AM", to="Michael Brandt"), sent="2026-02-17"),
    C("en", "not_interested", """I'll pass, thanks.""", sent="2026-02-24"),
    C("en", "not_interested", """Thanks but this isn't for us. We're a tiny team and there's no budget for anything like this.""", sent="2026-03-03"),
    C("en", "not_interested", """Hi,

I appreciate you reaching out, but I'm a salaried NHS consultant with no private practice and no business. I don't think there's anything here for me.

Best,
Dr Owen Price""", sent="2026-03-10"),
    C("en", "not_interested", """Please don't unsubscribe me — I actually enjoy your newsletter. But I'm not looking for an adviser, so no need for a call.""" + OL_EN_MEET.format(date="Monday, March 16, 2026 4:56 PM", to="a.cole@colearchitects.co.uk"), sent="2026-03-17"),
    C("en", "not_interested", """Dear Ms Laurent,

Thank you for your kind offer. I have already taken advice from a notaire in Périgueux and my affairs are in order. I shan't require your guide.

Yours sincerely,
Margaret Ellis""" + GM_EN_FOLLOW.format(date="Mon, Mar 30, 2026 at 10:00 AM", to=""), sent="2026-03-31"),
    C("en", "not_interested", """Thank you for thinking of us. After consideration, we have decided not to proceed.""", sent="2026-04-07"),
    C("en", "not_interested", """Not something we need right now or in the foreseeable future. Thanks anyway.""", sent="2026-04-14"),
    C("en", "not_interested", """Hello,

Thank you for the mail. We are a government-aided institution and cannot invest our funds with private advisors. Hence we are not interested.

Regards,
Accounts Section""", sent="2026-04-21"),
    C("en", "not_interested", """Hi Oliver, I'm sure you're good at what you do but I manage my own investments and enjoy doing it. Not for me.""", sent="2026-04-28"),
    C("en", "not_interested", """We've just signed with another provider, so we won't be taking this forward.

Kind regards,
Jenna Cole
People & Culture Lead""" + OL_EN_WHO.format(date="Friday, May 1, 2026 2:45 PM", to="Jenna Cole"), sent="2026-05-05"),
    C("en", "not_interested", """Doesn't fit our needs. Thanks.""", sent="2026-05-12"),
    C("en", "not_interested", """Hi Daniel,

No need to check back after the summer, or send a quote. We've decided to keep everything with our bank. Thanks for your time though.

Regards,
Paula""" + GM_EN_LATER.format(date="Mon, May 18, 2026 at 11:00 AM", to=""), sent="2026-05-19"),
    C("en", "not_interested", """Dear Sir,

We are a startup at pre-revenue stage and do not have surplus funds. Kindly note we will not require your services.

Regards,
Nikhil""", sent="2026-05-26"),
    C("en", "not_interested", """Hard pass.""", sent="2026-06-02"),
    C("en", "not_interested", """Hi there,

We're a charity with restricted funds and strict investment rules set by the trustees. What you're offering falls outside our policy, so I'm afraid it's a no from us.

Best wishes,
Gill Parsons
Finance Officer, Riverside Hospice""", sent="2026-06-09"),
    C("en", "not_interested", """I'm retired and my kids handle all of this for me. I don't need it, thank you.""", sent="2026-06-16"),
    C("en", "not_interested", """Honestly, cold emails about pensions are not how I pick an adviser. Not interested, but good luck.""", sent="2026-06-23"),
    C("en", "not_interested", """Thank you, but we will not be pursuing this.""" + OL_EN_MEET.format(date="Tuesday, June 30, 2026 9:00 AM", to="k.bright@brightaccountancy.co.uk"), sent="2026-06-30"),
    C("en", "not_interested", """No thank you. We already offer a savings scheme through our payroll provider and staff are happy with it.""", sent="2026-07-07"),
    C("en", "not_interested", """Hi,

I had a look at your website. Your minimum portfolio is well above what I'd be investing, so I don't think we're a fit.

Thanks,
Laura""", sent="2026-07-14"),
    C("en", "not_interested", """not for us thx""", sent="2026-07-21"),
    C("en", "not_interested", """Good afternoon,

I've read your email and I'm going to decline. We've got an in-house finance team who handle cash, and the board isn't looking to outsource any of it.

Regards,
Colin Frost
CEO, Frost Engineering Ltd""" + OL_EN_BREAKUP.format(date="Friday, July 24, 2026 8:09 AM", to="Colin Frost"), sent="2026-07-28"),
    C("en", "not_interested", """We sold the business in March and I'm enjoying retirement without advisers, thanks!""", sent="2026-08-04"),
    C("en", "not_interested", """Appreciate it but we're going to stick with what we have.""", sent="2026-08-11"),
    C("en", "not_interested", """Hello Emma,

Thanks for following up. You don't need to take me off your list, I found the webinar useful, but I'm not looking for any further help with the French property at this stage or later — it's being sold.

Best,
Andrew""" + GM_EN_FOLLOW.format(date="Tue, Aug 18, 2026 at 2:00 PM", to=""), sent="2026-08-18"),
    C("en", "not_interested", """Sorry, not interested in this kind of product.""", sent="2026-08-25"),
    C("en", "not_interested", """Thanks for the email. We're a cooperative and surplus goes back to members, so there's nothing to invest. Not relevant to us.""", sent="2026-09-01"),
    C("en", "not_interested", """Not at this time, nor in the future. Thank you.""", sent="2026-09-08"),
    C("en", "not_interested", """Hi Sarah,

I don't think this is a fit for a business of our size. We turn over less than £300k and every penny goes back into stock. Thanks for thinking of us.

Cheers,
Dan
The Corner Bookshop""", sent="2026-09-15"),
    C("en", "not_interested", """Thank you, I'm happy with my current arrangements.""", sent="2026-09-22"),
    C("en", "not_interested", """We don't do business with firms that cold email. Not interested.""", sent="2026-09-29"),
    C("en", "not_interested", """Dear Oliver,

Thank you for your email. Having discussed it with my wife, we've concluded that we prefer to keep things simple. We won't take this any further.

Kind regards,
Peter Hargreaves""", sent="2026-10-06"),
    C("en", "not_interested", """Nope.""", sent="2026-10-13"),
    C("en", "not_interested", """Hi, we already have a family office handling all of this, so no need. Best of luck.""", sent="2026-10-20"),
    C("en", "not_interested", """Thanks, but no thanks.""", sent="2026-10-27"),
    C("en", "not_interested", """I'm going to say no on this one. No hard feelings.""", sent="2026-11-03"),
    C("en", "not_interested", """Hello,

Our hotel is owned by an international group, and all financial decisions are made at group level under existing contracts. We are therefore unable to consider your offer.

Kind regards,
General Manager
The Regent Harbour Hotel""", sent="2026-11-10"),
    C("en", "not_interested", """Not something I'm looking at, sorry.""", sent="2026-11-17"),
    C("en", "not_interested", """Hi,
I've been through this with three advisers already. I've decided to leave my pension where it is. Thanks.
Sue""", sent="2026-11-24"),
    C("en", "not_interested", """Thanks Oliver, but we'll be passing on this. We have an established relationship with a firm in Edinburgh.""", sent="2026-12-01"),
    C("en", "not_interested", """Merci mais non merci — we're good.""", sent="2026-12-08"),
    C("en", "not_interested", """Not relevant for us, we're a non-profit.""", sent="2026-12-15"),
]

# ---------------------------------------------------------------- other
CASES += [
    C("fr", "other", """Bien reçu, merci.""", sent="2026-01-05"),
    C("fr", "referral", """Bonjour,
Vous vous êtes trompé de personne, je ne suis pas Mme Durand et je ne connais pas cette société.
Cordialement""", sent="2026-01-12", referral=(None, None)),
    C("fr", "other", """Merci, je regarde ça.""" + OL_FR_EPARGNE.format(date="jeudi 15 janvier 2026 10:00", to="m.guerin@guerin-sa.fr"), sent="2026-01-15"),
    C("fr", "other", """Bonjour, vous recrutez ? Je cherche un poste de conseiller en gestion de patrimoine dans la région de Nantes. Je peux vous envoyer mon CV.""", sent="2026-01-19"),
    C("fr", "other", """Bonjour,
Comment avez-vous obtenu mon adresse e-mail ? Je ne l'ai communiquée qu'à très peu de personnes et j'aimerais comprendre.
Merci de votre réponse.""", sent="2026-01-26"),
    C("fr", "other", """Ceci est un message automatique. Votre demande a bien été enregistrée sous le numéro 2026-004512. Notre service client vous répondra sous 48 heures ouvrées.
Service client – Pharmacie Lafayette Centre""", sent="2026-02-02"),
    C("fr", "other", """Bonjour,
Votre message est arrivé dans mes indésirables, vous devriez vérifier la configuration de votre domaine. Je vous le signale pour info.
Cordialement,
Thibaut, informaticien""", sent="2026-02-09"),
    C("fr", "other", """Sylvie tu peux regarder ça stp et me dire si c'est sérieux ? merci
Fred""" + OL_FR_RELANCE.format(date="mercredi 11 février 2026 09:00", to="Frédéric Lanoë"), sent="2026-02-11"),
    C("fr", "other", """Bonjour,

Je ne me désabonne pas, rassurez-vous, mais je voulais vous signaler une erreur dans votre dernier message : le plafond de déduction du PER que vous citez est celui de l'an dernier.

Cordialement,
Pierre Gaillard, expert-comptable""" + GM_FR_RETRAITE.format(date="lun. 16 févr. 2026 à 08:30", to=""), sent="2026-02-16"),
    C("fr", "other", """Bonjour, je me suis désinscrit de votre newsletter par erreur la semaine dernière. Est-ce que vous pouvez me réinscrire ? Merci !""", sent="2026-02-19"),
    C("fr", "other", """Bonjour,
Merci de noter que notre société a changé de nom : Ateliers Roux devient Roux Industrie à compter du 1er mars. Merci de mettre à jour vos fichiers.
Cordialement,
Service administratif""" + OL_FR_RELANCE.format(date="jeudi 19 février 2026 13:53", to="contact@ateliers-roux.fr"), sent="2026-02-23"),
    C("fr", "other", """Merci de ne plus utiliser cette adresse, qui va fermer : écrivez-moi désormais sur jeanne.petit@petit-conseil.fr. À bientôt !""", sent="2026-03-02"),
    C("fr", "other", """Bonjour,
Pourriez-vous retirer ma collègue Anne de la copie de vos messages ? Elle n'est pas concernée par ce dossier. Je reste votre contact.
Merci,
Gaëlle Rivière""" + GM_FR_HONORAIRES.format(date="mar. 3 mars 2026 à 15:07"), sent="2026-03-05"),
    C("fr", "other", """Lu : Votre épargne de dirigeant

Votre message
  À : Pascal Huet
  Objet : Votre épargne de dirigeant
  Envoyé : lundi 9 mars 2026 09:12

a été lu le lundi 9 mars 2026 10:47.""", sent="2026-03-09"),
    C("fr", "other", """Bonjour,
Est-ce que vous pourriez me renvoyer la facture de février ? Je ne la retrouve pas dans mes mails.
Merci, Isabelle""", sent="2026-03-12"),
    C("fr", "other", """Bonjour,

J'ai reçu votre mail en double (8h02 et 8h03). Pas grave, inutile de me retirer de quoi que ce soit, c'est juste pour vous signaler un bug de votre outil d'envoi.

Bonne journée""", sent="2026-03-16"),
    C("fr", "other", """C'est une arnaque ce mail ou pas ? On reçoit tellement de trucs bizarres en ce moment...""", sent="2026-03-19"),
    C("fr", "other", """Bonjour,
Nous sommes une agence de référencement naturel. En parcourant votre site, nous avons remarqué que votre cabinet n'apparaît pas en première page pour « gestion de patrimoine Lyon ». Seriez-vous intéressé par un audit SEO gratuit ?
Cordialement, Léo – Agence Visibilis""", sent="2026-03-23"),
    C("fr", "other", """Ok""", sent="2026-03-26"),
    C("fr", "other", """Bonjour,

Je suis déjà cliente chez vous depuis 2019 ! Mon conseiller, c'est justement votre cabinet. Il faudrait peut-être mettre à jour votre fichier de prospection 😉

Bien cordialement,
Marie-Claude Berthier""", sent="2026-03-30"),
    C("fr", "other", """Bonjour, merci pour votre message. Bonne journée à vous.""", sent="2026-04-02"),
    C("fr", "other", """Bonjour,
Le club de rugby de Saint-Girons cherche des partenaires pour la saison prochaine. Votre cabinet serait-il intéressé par un encart sur nos panneaux ? Je vous envoie la plaquette sponsors.
Sportivement,
Jean-Marc, trésorier du club""", sent="2026-04-06"),
    C("fr", "other", """Merci Camille pour ce message. Bien noté.""" + OL_FR_RDV.format(date="mercredi 8 avril 2026 14:00", to="Christian Morel"), sent="2026-04-09"),
    C("fr", "other", """Bonjour,
Mauvaise adresse : il n'y a personne de ce nom dans notre entreprise.
Cordialement, l'accueil""", sent="2026-04-13"),
    C("fr", "other", """Bonjour,

Votre message m'est adressé en tant que « Monsieur », je suis une femme. Un peu plus d'attention la prochaine fois serait appréciable.

Cordialement,
Dominique Laval""", sent="2026-04-16"),
    C("fr", "other", """Pour que votre message me parvienne, merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous. Ce message est généré automatiquement par mon filtre anti-spam (MailInBlack).""", sent="2026-04-20"),
    C("fr", "other", """Bonjour, j'ai bien reçu la brochure, merci. Je la lirai ce week-end.""" + OL_FR_EPARGNE.format(date="mercredi 22 avril 2026 11:00", to="Thomas Perret"), sent="2026-04-23"),
    C("fr", "other", """Bonjour,
Je vous remercie pour le déjeuner d'hier, c'était un plaisir d'échanger. Mes amitiés à votre associé.
Hervé""", sent="2026-04-27"),
    C("fr", "other", """Bonjour,
Vous avez un stand au Salon de l'agriculture cette année ? Mon fils cherche un stage en finance.
Cordialement, Roland""", sent="2026-04-30"),
    C("fr", "other", """Bonjour,
Le lien vers votre site dans votre signature est cassé (erreur 404). Je vous le signale, c'est dommage pour votre image.
Salutations""", sent="2026-05-04"),
    C("fr", "other", """Vu, merci""" + GM_FR_TRESO.format(date="mer. 6 mai 2026 à 09:00", to=""), sent="2026-05-07"),
    C("fr", "other", """Bonjour,

Je suis DPO d'une entreprise de taille moyenne et, par curiosité professionnelle, je me demandais sur quelle base légale vous fondez ce type de prospection par e-mail en B2B. Pas de demande particulière de ma part, juste une question.

Cordialement,
Hélène Bouvier""" + OL_FR_WEBINAIRE.format(date="vendredi 8 mai 2026 16:20", to="Hélène Bouvier"), sent="2026-05-11"),
    C("fr", "other", """Merci !""", sent="2026-05-14"),
    C("fr", "other", """Bonjour,
Mon mari et moi sommes en instance de divorce. Ne m'envoyez plus de courrier au nom de « M. et Mme Garnier » mais à mon seul nom, Valérie Roussel, à cette même adresse. Merci.""", sent="2026-05-18"),
    C("fr", "other", """Bonjour, j'attends toujours le remboursement de ma commande 45872, c'est bien vous qui gérez le SAV ?""", sent="2026-05-21"),
    C("fr", "other", """Bonjour,
Votre proposition a été transmise au service compétent.
Cordialement,
Le standard – Communauté de communes du Pays de Gex""", sent="2026-05-26"),
    C("fr", "other", """Bien noté, je transmets à mon épouse pour info.""", sent="2026-05-28"),
    C("fr", "other", """Bonjour,

J'ai vu dans le pied de page qu'il suffisait de répondre STOP pour ne plus recevoir vos messages. Je trouve la démarche honnête, bravo, c'est rare. Je garde vos coordonnées dans un coin.

Frédérique""" + OL_FR_RDV.format(date="lundi 1 juin 2026 08:20", to="Frédérique Aubin"), sent="2026-06-01"),
    C("fr", "other", """Bonjour,
Vous êtes bien le cabinet qui organisait la conférence sur la loi de finances à la CCI de Tours l'an dernier ? J'y étais, c'était très bien.""", sent="2026-06-04"),
    C("fr", "other", """Bjr, cé koi votre societe ? jconnai pa""", sent="2026-06-08"),
    C("fr", "other", """Merci pour l'info, je garde ça sous le coude.""", sent="2026-06-11"),
    C("fr", "other", """Bonjour,
Vous faites aussi du crédit immobilier ? Je cherche à acheter ma résidence principale et ma banque traîne des pieds.
Merci
Aurélien""", sent="2026-06-15"),
    C("fr", "other", """Bonjour,

Pour information, ce message a été reçu sur l'adresse générique du cabinet médical, consultée par le secrétariat uniquement. Les médecins ne lisent pas cette boîte.

Secrétariat médical – Maison de santé des Aubrais""", sent="2026-06-18"),
    C("fr", "other", """Bonjour, pouvez-vous me dire quelle est l'adresse exacte de votre agence d'Annecy ? Je dois déposer des documents pour le dossier de ma mère, qui est cliente chez vous.""", sent="2026-06-22"),
    C("fr", "other", """Ah ah, le timing ! Je venais justement d'en parler avec ma comptable ce matin. Bon, je vais réfléchir.""", sent="2026-06-25"),
    C("fr", "other", """Bonjour,
Il y a une faute dans l'objet de votre mail (« patrimonial » s'écrit sans deux m). Bonne journée.""", sent="2026-06-29"),
    C("fr", "other", """Bonjour,
Qui vous a donné mon nom ? C'est Jacques Lenoir ? Si oui, saluez-le de ma part.
Bien à vous""", sent="2026-07-02"),
    C("fr", "other", """Merci Hugo, c'est noté, je vous tiens au courant.""" + GM_FR_TRESO.format(date="lun. 6 juil. 2026 à 14:00", to=""), sent="2026-07-07"),
    C("fr", "other", """Bonjour,
Je voulais juste vous dire que votre vidéo sur la transmission d'entreprise sur LinkedIn était très claire. Bravo.
Bernard""", sent="2026-07-09"),
    C("fr", "other", """Je ne comprends pas ce message, il est coupé à la moitié. Vous pouvez le renvoyer ?""", sent="2026-07-15"),
    C("fr", "other", """Bonjour,

Nous organisons le 12 septembre une journée portes ouvertes à la ferme pédagogique. Si votre cabinet souhaite y tenir un stand, n'hésitez pas.

L'équipe de la Ferme des Quatre Saisons""", sent="2026-07-20"),
    C("fr", "other", """Bonjour,
Ce n'est plus la bonne adresse pour la mairie de Villeneuve, nous avons changé de nom de domaine. Pas de souci pour le reste.
Cordialement""", sent="2026-07-23"),
    C("fr", "other", """Reçu 5/5""", sent="2026-08-03"),
    C("fr", "other", """Bonjour,
Vous avez mis ma boîte perso en copie visible avec 40 autres destinataires. Attention au RGPD ! Je ne demande rien d'autre, mais faites attention.""", sent="2026-08-27"),
    C("fr", "other", """Bonjour, est-ce que ce message est un envoi groupé ou vous m'écrivez personnellement ? Simple curiosité.""", sent="2026-09-03"),
    C("fr", "other", """Bonjour,
Merci pour votre message. Je vous confirme que j'ai bien reçu les documents envoyés par votre collègue.
Cordialement,
Sabine""" + OL_FR_RELANCE.format(date="lundi 7 septembre 2026 10:30", to="Sabine Leroux"), sent="2026-09-08"),
    C("fr", "other", """Bonjour Madame, je vous souhaite une bonne rentrée ! On se croise au forum des associations samedi ?""", sent="2026-09-10"),
    C("fr", "other", """Message reçu. Vous n'êtes pas le premier ni le dernier 😉""", sent="2026-09-17"),
    C("fr", "other", """Bonjour,
J'ai l'impression que votre message était destiné à quelqu'un d'autre : il parle d'un rendez-vous que nous n'avons jamais eu.
Cordialement""", sent="2026-09-24"),
    C("fr", "other", """Bonjour,

Avez-vous des offres d'alternance pour la rentrée 2027 ? Je suis en licence pro banque-assurance.

Merci,
Inès Kaddour""", sent="2026-10-01"),
    C("fr", "other", """Bonne année et bonne santé à vous aussi !""", sent="2026-01-08"),
    C("en", "other", """Thanks, received.""", sent="2026-01-07"),
    C("en", "other", """I think you have the wrong email address. There's no Claire here.""" + OL_EN_WHO.format(date="Friday, January 9, 2026 11:57 AM", to="info@marlowpackaging.co.uk"), sent="2026-01-13"),
    C("en", "other", """Noted, thanks.""" + OL_EN_MEET.format(date="Friday, January 16, 2026 9:00 AM", to="j.ward@wardandsons.co.uk"), sent="2026-01-16"),
    C("en", "other", """Are you hiring? I'm a CFA level 2 candidate looking for an analyst role in London.""", sent="2026-01-22"),
    C("en", "other", """How did you get my email address?""", sent="2026-01-29"),
    C("en", "other", """Thank you for contacting Greenfield Support. Your ticket #48211 has been created. A member of our team will respond within 2 business days.""", sent="2026-02-04"),
    C("en", "other", """Hi, I accidentally unsubscribed from your newsletter last week. Could you add me back? Thanks!""", sent="2026-02-10"),
    C("en", "other", """FYI your email went straight to my junk folder. Might want to check your SPF/DKIM records.""", sent="2026-02-18"),
    C("en", "other", """Tom — can you take a look at this and let me know if it's worth anything? Thx""" + OL_EN_FEES.format(date="Monday, February 23, 2026 8:45 AM", to="Helen Marsh"), sent="2026-02-23"),
    C("en", "other", """Hi,

We're a digital agency helping financial advisers generate qualified leads on LinkedIn. Would you be open to a quick chat about growing your client base?

Best,
Chris, GrowthLoop""", sent="2026-03-04"),
    C("en", "other", """ok""", sent="2026-03-11"),
    C("en", "other", """Hi Emma,

Just a heads-up: the unsubscribe link at the bottom of your email goes to a 404 page. I don't want to unsubscribe — I just thought you'd like to know.

Cheers,
Rob""" + GM_EN_FOLLOW.format(date="Mon, Mar 16, 2026 at 10:00 AM", to=""), sent="2026-03-17"),
    C("en", "other", """Thanks for the brochure, I'll have a read over the weekend.""", sent="2026-03-20"),
    C("en", "other", """Is this a scam? Genuine question, we get a lot of these.""", sent="2026-03-27"),
    C("en", "other", """Hi,

Please note our company has moved to a new domain. Please update your records: all staff emails are now @harlowbuild.com instead of @harlowbuilders.co.uk.

Regards,
IT Department""" + OL_EN_FEES.format(date="Thursday, April 2, 2026 3:28 PM", to="accounts@harlowbuilders.co.uk"), sent="2026-04-03"),
    C("en", "other", """Read: Pension and cross-border planning

Your message was read on Thursday, April 9, 2026 3:12 PM.""", sent="2026-04-09"),
    C("en", "other", """Hi there, can you sponsor our under-12s football team? We're raising money for new kits. Happy to put your logo on the shirts!

Steve, Hadley Rovers FC""", sent="2026-04-15"),
    C("en", "referral", """Wrong person, sorry — I've never heard of your company or the person you mention.""", sent="2026-04-22", referral=(None, None)),
    C("en", "other", """Thanks Sarah. Got it.""", sent="2026-04-29"),
    C("en", "other", """Hi, I'm already a client of yours! Maybe update your CRM 😅""", sent="2026-05-06"),
    C("en", "other", """Hi Oliver, nice to hear from you! How was the wedding? Hope Portugal was lovely.""", sent="2026-05-13"),
    C("en", "other", """This message was sent to a shared mailbox that is checked weekly. If your enquiry is urgent, please call reception.""", sent="2026-05-20"),
    C("en", "other", """Hi,

I'm a data protection officer, and out of professional curiosity: what lawful basis do you rely on for this outreach? Not a complaint, not an opt-out, just interested.

Thanks,
Meera""", sent="2026-05-27"),
    C("en", "other", """Could you resend this? The attachment didn't come through.""", sent="2026-06-03"),
    C("en", "other", """Got this twice. Just letting you know, no need to take me off anything.""", sent="2026-06-10"),
    C("en", "other", """Hi, do you also do mortgages? My daughter is buying her first flat.""", sent="2026-06-17"),
    C("en", "other", """Cheers 👍""", sent="2026-06-24"),
    C("en", "other", """Hi,
Thank you for your email. Please note I have changed my surname following my marriage: I'm now Laura Benton (formerly Laura Hicks). My email address remains the same.
Best wishes""", sent="2026-07-01"),
    C("en", "other", """Dear Sir,

Kindly confirm whether you are the same company which sent me a parcel last month. The parcel was damaged. Please advise.

Regards,
Mohan""", sent="2026-07-08"),
    C("en", "other", """To ensure delivery of your message, please verify your email address by clicking the link below. This is an automated message from my spam protection service.""", sent="2026-07-15"),
    C("en", "other", """Thanks for the info, will keep it in mind.""" + OL_EN_MEET.format(date="Tuesday, July 21, 2026 10:00 AM", to="p.adams@adamsvet.co.uk"), sent="2026-07-22"),
    C("en", "other", """Hey, did you mean to send this to me? It mentions a meeting last Thursday that I definitely wasn't at.""", sent="2026-07-29"),
    C("en", "other", """Your email signature says you're in Lyon but the footer says London. Which is it? Just curious.""", sent="2026-08-05"),
    C("en", "other", """Received with thanks.

Regards,
Accounts Payable
Sterling Fabrication Ltd""", sent="2026-08-12"),
    C("en", "other", """Hi,
Great webinar last week by the way. The slides on the French wealth tax were especially useful.
Tom""", sent="2026-08-19"),
    C("en", "other", """Are you the same Oliver Grant I was at Durham with? If so, hello!""", sent="2026-08-26"),
    C("en", "other", """Message received. I'll get back to you.""", sent="2026-09-02"),
    C("en", "other", """Hi there,
Any internships going for next summer? I'm a second-year economics student at Warwick.
Thanks,
Aidan""", sent="2026-09-09"),
    C("en", "other", """Please note this address belongs to a shared family account. Whoever you're writing to, it reaches four of us 🙂""", sent="2026-09-16"),
    C("en", "other", """Happy new year to you too, Oliver!""", sent="2026-01-02"),
    C("en", "other", """Your 'stop' instructions in the footer are in French only — you might want to add English for people like me. Otherwise, noted.""" + OL_FR_RDV.format(date="mercredi 23 septembre 2026 09:00", to="Greg Watson"), sent="2026-09-23"),
    C("en", "other", """thx""", sent="2026-09-30"),
    C("en", "other", """Hi Sarah, is your office open on Saturdays? I may drop off some documents for my father's account.""", sent="2026-10-07"),
    C("en", "other", """I'll forward this to my accountant for her views. Thanks.""", sent="2026-10-14"),
]

# ---------------------------------------------------------------- mixed signals and look-alikes, in threads
CASES += [
    C("fr", "meeting_request", """Oui passez vendredi vers 16h, je serai à l'atelier. Demandez Gérard à l'accueil.""" + GM_FR_PASSAGE.format(date="lun. 12 janv. 2026 à 09:30", to=""), sent="2026-01-14"),
    C("fr", "not_now", """Cette semaine c'est impossible, on fait l'inventaire. Repassez dans le coin en mars ?""" + GM_FR_PASSAGE.format(date="lun. 16 févr. 2026 à 08:10", to=""), sent="2026-02-16", until="2026-03-01"),
    C("fr", "not_interested", """Inutile de vous déplacer, l'entreprise est vendue depuis janvier. Bonne route.""" + GM_FR_PASSAGE.format(date="mar. 19 mai 2026 à 17:00", to=""), sent="2026-05-20"),
    C("fr", "out_of_office", """Réponse automatique : Bonjour, je suis absent jusqu'au mardi 2 juin. Pour toute urgence, contactez l'atelier au 02 43 28 61 70. Cordialement, Jean-Louis Hardy""" + GM_FR_PASSAGE.format(date="mar. 26 mai 2026 à 08:00", to=""), sent="2026-05-26"),
    C("fr", "unsubscribe", """désinscription""" + OL_FR_WEBINAIRE.format(date="lundi 19 janvier 2026 10:00", to="f.lemoine@lemoine-avocats.fr"), sent="2026-01-20"),
    C("fr", "other", """Bonjour,
Le lien d'inscription renvoie vers une page d'erreur. (Je ne cherche pas à me désinscrire, hein, c'est juste pour vous prévenir.)
Bonne journée""" + OL_FR_WEBINAIRE.format(date="mardi 3 mars 2026 11:00", to="p.guillaume@guillaume-archi.fr"), sent="2026-03-04"),
    C("fr", "information_request", """Bonjour,
Je ne pourrai pas y assister jeudi. Le webinaire sera-t-il enregistré ? Si oui, pouvez-vous m'envoyer le lien du replay et le support de présentation ?
Merci,
Corinne Baud, gérante de la SARL Baud Fleurs""" + OL_FR_WEBINAIRE.format(date="lundi 6 avril 2026 09:00", to="Corinne Baud"), sent="2026-04-07"),
    C("fr", "meeting_request", """Plutôt qu'un webinaire, je préférerais un rendez-vous individuel. Mardi prochain 18h à mon cabinet ?
Dr Rémi Fabre""" + OL_FR_WEBINAIRE.format(date="vendredi 2 octobre 2026 08:00", to="Rémi Fabre"), sent="2026-10-05"),
    C("fr", "not_interested", """Merci, je ne participerai pas, la fiscalité des dividendes ne me concerne pas. Vos invitations ne me dérangent pas pour autant, inutile de me retirer.""" + OL_FR_WEBINAIRE.format(date="lundi 16 novembre 2026 09:00", to="a.michel@michel-consulting.fr"), sent="2026-11-17"),
    C("fr", "quote_request", """Bonjour, je n'ai pas reçu la pièce jointe. Pouvez-vous me renvoyer la proposition d'honoraires ? Merci""" + GM_FR_HONORAIRES.format(date="lun. 2 févr. 2026 à 14:00", to=""), sent="2026-02-03"),
    C("fr", "interested", """Proposition reçue, ça me va. On part là-dessus.
Lionel""" + GM_FR_HONORAIRES.format(date="mer. 11 mars 2026 à 10:00", to=""), sent="2026-03-13"),
    C("fr", "not_interested", """Bonjour,
Trop cher pour nous, on ne donnera pas suite. Merci pour le temps passé.
Cordialement""" + GM_FR_HONORAIRES.format(date="mar. 16 juin 2026 à 09:00", to=""), sent="2026-06-19"),
    C("fr", "not_now", """Bonjour,
Je dois en parler à mon associé, qui rentre de congés le 28 juillet. Je reviens vers vous après.
Bien à vous,
Agnès""" + GM_FR_HONORAIRES.format(date="lun. 13 juil. 2026 à 11:00", to=""), sent="2026-07-15", until="2026-07-29"),
    C("fr", "meeting_request", """J'ai quelques questions sur le forfait. On peut s'appeler jeudi à 11h ?""" + GM_FR_HONORAIRES.format(date="ven. 18 sept. 2026 à 16:00", to=""), sent="2026-09-21"),
    C("fr", "unsubscribe", """Oui, clôturez. Et ne m'écrivez plus.""" + IPHONE_FR.format(date="12 mars 2026 à 10:02"), sent="2026-03-12"),
    C("fr", "not_interested", """Oui vous pouvez clôturer, ce n'est pas un sujet pour moi. Merci.""" + IPHONE_FR.format(date="27 avr. 2026 à 18:30"), sent="2026-04-28"),
    C("fr", "not_now", """Ne clôturez pas ! Simplement pas avant septembre, je suis en pleine saison au restaurant.""" + IPHONE_FR.format(date="29 juin 2026 à 09:15"), sent="2026-06-30", until="2026-09-01"),
    C("fr", "interested", """Non non, c'est prioritaire ! Désolé pour le silence, grosse période au cabinet. Je suis toujours intéressé.""" + IPHONE_FR.format(date="8 oct. 2026 à 08:47"), sent="2026-10-09"),
    C("en", "not_interested", """Yes, please close it. Not a priority for us.""" + OL_EN_BREAKUP.format(date="Wednesday, February 11, 2026 4:00 PM", to="Alan Price"), sent="2026-02-12"),
    C("en", "unsubscribe", """Close it and remove me from your list please.""" + OL_EN_BREAKUP.format(date="Thursday, May 7, 2026 10:00 AM", to="r.singh@singhmotors.co.uk"), sent="2026-05-08"),
    C("en", "not_now", """Don't close it! A better time is after our year end on 31 March, so April.

Thanks,
Gareth""" + OL_EN_BREAKUP.format(date="Monday, January 26, 2026 3:15 PM", to="Gareth Jones"), sent="2026-01-27", until="2026-04-01"),
    C("en", "referral", """Sorry for the silence, I moved to a different role in the group. Talk to Grace Holt, she's now head of finance: grace.holt@tillmanfoods.com""" + OL_EN_BREAKUP.format(date="Wednesday, August 12, 2026 9:20 AM", to="Ian Tillman"), sent="2026-08-13", referral=("Grace Holt", "grace.holt@tillmanfoods.com")),
    C("en", "meeting_request", """Sorry, been swamped. Let's actually do the call — does Monday 10am work?""" + OL_EN_BREAKUP.format(date="Thursday, November 12, 2026 2:45 PM", to="Ray Dunn"), sent="2026-11-13"),
    C("en", "interested", """Looks good. We're happy to proceed on that basis.

Kind regards,
Fiona Reid""" + GM_EN_QUOTE.format(date="Thu, Mar 5, 2026 at 11:00 AM", to=""), sent="2026-03-06"),
    C("en", "quote_request", """Thanks Oliver. Could you revise the quote to leave out the ISA part? We only need the pension review priced.""" + GM_EN_QUOTE.format(date="Wed, Apr 22, 2026 at 3:30 PM", to=""), sent="2026-04-23"),
    C("en", "not_interested", """Thanks for this. Having looked at it, it's well over what we'd budgeted, so we'll leave it.""" + GM_EN_QUOTE.format(date="Thu, Jun 25, 2026 at 9:00 AM", to=""), sent="2026-06-26"),
    C("en", "information_request", """Before I sign anything — what exactly does the review deliver? A written report? How many meetings are included?""" + GM_EN_QUOTE.format(date="Thu, Sep 24, 2026 at 10:10 AM", to=""), sent="2026-09-25"),
    C("en", "not_now", """Got it, thanks. I'm travelling and won't be able to look at it properly until I'm back, from the 19th.""" + GM_EN_QUOTE.format(date="Wed, Oct 7, 2026 at 4:00 PM", to=""), sent="2026-10-08", until="2026-10-19"),
    C("en", "referral", """That would be Kerry Adams, our People Director. kerry.adams@lumenhealth.co.uk""" + OL_EN_WHO.format(date="Tuesday, January 20, 2026 9:00 AM", to="reception@lumenhealth.co.uk"), sent="2026-01-21", referral=("Kerry Adams", "kerry.adams@lumenhealth.co.uk")),
    C("en", "referral", """HR handles that - hr@bartonandlees.com""" + OL_EN_WHO.format(date="Monday, April 13, 2026 11:30 AM", to="info@bartonandlees.com"), sent="2026-04-14", referral=(None, "hr@bartonandlees.com")),
    C("en", "unsubscribe", """STOP""" + OL_EN_WHO.format(date="Thursday, July 9, 2026 8:00 AM", to="office@kestrelvets.co.uk"), sent="2026-07-10"),
    C("en", "information_request", """That's me. Send the overview over.

Nadia Ahmed
Head of HR, Corvid Analytics""" + OL_EN_WHO.format(date="Wednesday, September 16, 2026 10:00 AM", to="Nadia Ahmed"), sent="2026-09-17"),
    C("en", "not_interested", """We don't have any employees, it's just me and my dog.""" + OL_EN_WHO.format(date="Tuesday, December 1, 2026 9:30 AM", to="hello@lucyprintstudio.com"), sent="2026-12-02"),
    C("fr", "referral", """Bonjour, c'est notre responsable RH, Mme Claire Fabien, qui s'occupe de ce sujet : c.fabien@atelierslumiere.fr. Cordialement.""" + OL_EN_WHO.format(date="Monday, May 18, 2026 9:00 AM", to="contact@atelierslumiere.fr"), sent="2026-05-19", referral=("Claire Fabien", "c.fabien@atelierslumiere.fr")),
    C("en", "meeting_request", """Breakfast isn't possible for me but happy to have a call instead — Tuesday at 8?""" + IPHONE_EN.format(date="24 Feb 2026, at 18:02"), sent="2026-02-25"),
    C("en", "interested", """Yes please, save me a seat! Sounds great.""" + IPHONE_EN.format(date="14 Apr 2026, at 09:30"), sent="2026-04-15"),
    C("en", "not_interested", """No thanks, I'm not an expat, I'm French 🙂""" + IPHONE_EN.format(date="9 Jun 2026, at 17:45"), sent="2026-06-10"),
    C("en", "not_now", """Can't make it next month, I'm back in the UK until October. Keep me in mind from October onwards though!""" + IPHONE_EN.format(date="6 Aug 2026, at 12:00"), sent="2026-08-07", until="2026-10-01"),
    C("fr", "not_now", """Bonjour,

Vous comprendrez qu'en pleine campagne, je n'ai pas le temps de m'occuper de mes affaires personnelles. Nous en reparlerons volontiers après le second tour des municipales, le 22 mars.

Bien cordialement,
Gilbert Monnier
Maire de Saint-Pierre-de-Chartreuse

Le mar. 3 févr. 2026 à 09:12, Nicolas Berthier <n.berthier@sarrazin-fo.fr> a écrit :
> Monsieur le Maire,
> Sans lien avec vos fonctions, je me permets de vous écrire à titre personnel : nous accompagnons des élus locaux dans l'organisation de leur patrimoine et de leur retraite.
> Accepteriez-vous un premier rendez-vous ?
> Nicolas Berthier – Sarrazin & Associés""", sent="2026-02-04", until="2026-03-23"),
    C("fr", "unsubscribe", """Cela fait trois fois que je vous réponds non. Je vous demande maintenant de me supprimer de votre base de prospection.

De : Nicolas Berthier <n.berthier@sarrazin-fo.fr>
Envoyé : mardi 17 mars 2026 08:40
À : Claude Vernet
Objet : RE: RE: Votre holding patrimoniale

Bonjour Monsieur Vernet,

Je me permets de revenir vers vous une dernière fois : notre proposition d'audit de votre holding reste valable jusqu'à la fin du mois. Souhaitez-vous que je vous envoie le devis ?

Nicolas Berthier""", sent="2026-03-18"),
    C("fr", "referral", """Bonjour, je transfère à ma fille Amélie qui a repris la direction de la scierie : amelie.roussel@roussel-bois.fr. Elle vous recontactera si ça l'intéresse.
Jean Roussel

Le lun. 15 juin 2026 à 10:05, Sophie Marchal <sophie.marchal@ptc-conseil.fr> a écrit :
> Bonjour Monsieur Roussel,
> Seriez-vous disponible pour un rendez-vous afin d'évoquer la transmission de votre scierie ?
> Bien à vous,
> Sophie Marchal""", sent="2026-06-16", referral=("Amélie", "amelie.roussel@roussel-bois.fr")),
    C("fr", "information_request", """Avant un rendez-vous, pouvez-vous m'envoyer un exemple de bilan patrimonial (anonymisé bien sûr), pour que je voie à quoi ressemble votre travail ?""" + OL_FR_RDV.format(date="mardi 30 juin 2026 10:00", to="m.benoit@benoit-kine.fr"), sent="2026-07-01"),
    C("fr", "quote_request", """Bonjour,
Avant de se voir, j'aimerais connaître vos honoraires, s'il vous plaît. Ça m'évitera de perdre mon temps et le vôtre.
Bien à vous,
Nathalie Dumont, Mons""" + OL_FR_RDV.format(date="mardi 25 août 2026 09:30", to="Nathalie Dumont"), sent="2026-08-26"),
    C("fr", "out_of_office", """Réponse automatique : Bonjour, je suis en congé jusqu'au lundi 21 septembre inclus et ne consulte pas mes messages. Pour toute urgence, contactez le secrétariat au 04 67 58 22 10.""" + OL_FR_RDV.format(date="vendredi 11 septembre 2026 08:15", to="dr.vidal@cabinet-vidal.fr"), sent="2026-09-11"),
    C("fr", "not_interested", """Je ne vais pas répondre STOP, ce serait impoli, mais franchement ce n'est pas pour moi. Bonne continuation.""" + OL_FR_RDV.format(date="mardi 3 novembre 2026 11:00", to="j.marin@marin-bati.fr"), sent="2026-11-04"),
    C("fr", "other", """Bonjour, je n'ai jamais reçu votre premier message. Vous pouvez le renvoyer ?""" + OL_FR_RELANCE.format(date="mercredi 21 janvier 2026 09:45", to="sandrine.poulain@poulain-transports.fr"), sent="2026-01-22"),
    C("fr", "interested", """Bonjour Monsieur Vidal,
Désolé pour le silence, j'étais au Forum de Davos toute la semaine. Oui, je suis intéressé, vous pouvez compter sur moi.
Meilleures salutations,
Stefan Aebi""" + OL_FR_RELANCE.format(date="jeudi 29 janvier 2026 08:30", to="Stefan Aebi"), sent="2026-01-30"),
    C("fr", "not_now", """Bonjour,

Merci pour la relance. Je suis en plein recrutement de notre nouveau DAF, qui prend ses fonctions le 1er décembre. Revenez vers moi à partir de la mi-décembre : nous ferons le point ensemble avec lui.

Cordialement,
Catherine Meunier
Présidente – Meunier Agroéquipements""" + OL_FR_RELANCE.format(date="jeudi 29 octobre 2026 09:00", to="Catherine Meunier"), sent="2026-10-30", until="2026-12-15"),
    C("fr", "referral", """Bonjour, pour l'épargne salariale voyez avec notre cabinet comptable, qui gère aussi la paie. Je n'ai pas le nom de l'interlocuteur.""" + OL_FR_EPARGNE.format(date="mercredi 25 février 2026 10:00", to="contact@garage-millet.fr"), sent="2026-02-26", referral=(None, None)),
    C("fr", "unsubscribe", """Désinscrivez-nous, merci. L'entreprise a fermé ses portes.""" + OL_FR_EPARGNE.format(date="mardi 5 mai 2026 14:00", to="contact@imprimerie-vallee.fr"), sent="2026-05-06"),
    C("fr", "meeting_request", """Plutôt qu'une simulation par mail, appelez-moi ce soir, je termine mes consultations à 19h : 06 58 41 20 33.
Dr Benoît Lagarde""" + GM_FR_RETRAITE.format(date="jeu. 26 mars 2026 à 12:30", to=""), sent="2026-03-27"),
    C("fr", "not_interested", """Je suis médecin salarié d'un centre de santé, je n'ai rien à déduire. Merci quand même.""" + GM_FR_RETRAITE.format(date="jeu. 16 juil. 2026 à 08:00", to=""), sent="2026-07-17"),
    C("fr", "not_now", """Envoyez-la plutôt en décembre, c'est à ce moment-là que je fais mes versements de fin d'année.""" + GM_FR_RETRAITE.format(date="mar. 8 sept. 2026 à 09:00", to=""), sent="2026-09-09", until="2026-12-01"),
    C("fr", "information_request", """Bonjour,
Que comprend exactement votre diagnostic offert ? Combien de temps cela prend-il et quels documents faut-il préparer ?
Cordialement,
Jean-Michel Faure, PDG Faure Emballages""" + GM_FR_TRANSMISSION.format(date="mar. 17 nov. 2026 à 10:40", to=""), sent="2026-11-18"),
    C("fr", "referral", """Pas moi, c'est Benjamin Royer, notre DAF, qui gère la tréso. Je le mets en copie.""" + GM_FR_TRESO.format(date="lun. 14 déc. 2026 à 08:00", to=""), sent="2026-12-15", referral=("Benjamin Royer", None)),
    C("en", "out_of_office", """Automatic reply: I'm away until Monday 7 September with no access to email. For urgent matters please contact my colleague Sam Patel on 020 7946 0321.""" + GM_EN_LATER.format(date="Wed, Aug 26, 2026 at 4:00 PM", to=""), sent="2026-08-27"),
    C("en", "quote_request", """Hello Thomas, sorry, I don't write French well so I answer in English. Yes please send the costed proposal, with all the fees clearly shown.

Best regards,
Henrik Olsen""" + OL_FR_RELANCE.format(date="mercredi 8 avril 2026 09:30", to="Henrik Olsen"), sent="2026-04-09"),
    C("en", "unsubscribe", """Please stop emailing this address. I don't speak French and I have no idea who you are.""" + GM_FR_TRESO.format(date="jeu. 18 juin 2026 à 10:00", to=""), sent="2026-06-19"),
    C("fr", "unsubscribe", """Je ne parle pas anglais et je ne souhaite plus recevoir vos messages. Merci de me retirer de votre liste.""" + OL_EN_MEET.format(date="Thursday, October 15, 2026 9:00 AM", to="g.perrin@perrin-agri.fr"), sent="2026-10-16"),
    C("en", "not_now", """Please resend this in the second half of the year, once our new budget is approved.""" + OL_EN_FEES.format(date="Monday, March 30, 2026 9:15 AM", to="Tanya Hill"), sent="2026-03-31", until="2026-07-01"),
    C("en", "other", """Sarah, I replied to this last week — maybe check your spam folder?""" + OL_EN_FEES.format(date="Wednesday, October 21, 2026 1:00 PM", to="Owen Blake"), sent="2026-10-22"),
    C("fr", "out_of_office", """Bonjour,
Je suis à l'extérieur du bureau jusqu'au 5 octobre inclusivement. Je prendrai connaissance de votre courriel à mon retour.
Merci!
Josée Pelletier, CPA""" + OL_FR_EPARGNE.format(date="lundi 28 septembre 2026 08:00", to="Josée Pelletier"), sent="2026-09-28"),
]
# fmt: on
