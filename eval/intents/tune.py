"""The tuning split of the intent set: replies the rules may be tuned on (see README.md).

Each case: C(lang, label, text, sent=message day, until=expected not_now date, referral=(name, address)).
`text` is the body as the mailbox shows it; quoted history, when present, is removed by the product's new-text
extraction before the reader sees it.
"""

from __future__ import annotations

from common import C

Q_FR = """

Le mer. 7 oct. 2026 à 09:12, Claire Martin <claire.martin@cabinet-martin.fr> a écrit :
> Bonjour,
>
> Je me permets de revenir vers vous concernant notre proposition d'accompagnement.
> Seriez-vous disponible pour un échange de 20 minutes la semaine prochaine ?
> Si vous ne souhaitez plus recevoir nos messages, répondez STOP.
>
> Claire Martin
> Cabinet Martin & Associés"""

Q_EN = """

On Wed, Oct 7, 2026 at 9:12 AM Sarah Collins <sarah.collins@relance-partners.co.uk> wrote:
> Hi,
>
> Just following up on my note from last week about our advisory service.
> Would you have 20 minutes for a quick call next week? If you are not interested,
> just reply "not interested" and I will not follow up again.
>
> Sarah Collins
> Relance Partners"""

# fmt: off
CASES = [
    # ------------------------------------------------------------------ interested
    C("fr", "interested", "Bonjour,\n\nOui, ça nous intéresse. Revenez vers moi quand vous voulez.\n\nCordialement,\nPierre Lambert"),
    C("fr", "interested", "Tout à fait intéressé par votre approche, tenez-moi au courant de la suite.\n\nMarc"),
    C("fr", "interested", "Go"),
    C("fr", "interested", "Partant !"),
    C("fr", "interested", "ok pour moi" + Q_FR),
    C("fr", "interested", "Bonjour Claire,\nvotre offre tombe à pic, nous cherchions justement ce type de solution.\nBien à vous\nS. Roux\nDirectrice financière"),
    C("fr", "interested", "Oui volontiers.\n\nEnvoyé de mon iPhone" + Q_FR),
    C("fr", "interested", "C'est intéressant, je vais en parler à mon associé et je reviens vers vous.\nJean-Luc"),
    C("fr", "interested", "Bonjour, sujet qui m'interesse beaucoup, on avance ?\nThomas"),
    C("fr", "interested", "Pourquoi pas, c'est une piste à creuser.\n\nCdlt,\nF. Girard"),
    C("en", "interested", "Hi Sarah,\n\nYes, this is of interest. Keep me posted.\n\nBest,\nTom"),
    C("en", "interested", "Sounds great, count me in!"),
    C("en", "interested", "ok" + Q_EN),
    C("en", "interested", "Definitely interested. Let's keep the conversation going.\n\nRegards,\nEmily Carter\nHead of Operations | Brightline Ltd\n+44 20 7946 0321"),
    C("en", "interested", "This looks like exactly what we need. I'll loop back after I talk with the team.\n\nSent from my iPhone"),
    C("en", "interested", "yes pls"),
    C("en", "interested", "We are keen. What are the next steps on your side?\nJ."),
    C("en", "interested", "Good timing actually, we've been looking at options in this area.\n\nMark Delaney\nCFO"),
    # ------------------------------------------------------------------ meeting_request
    C("fr", "meeting_request", "Bonjour,\n\nJe suis disponible jeudi à 14h pour un échange téléphonique.\n\nCordialement,\nNathalie Perrin"),
    C("fr", "meeting_request", "Appelez-moi demain matin au 06 12 45 78 90.\n\nMerci\nBruno"),
    C("fr", "meeting_request", "Bonjour Claire, pouvons-nous caler un rendez-vous la semaine prochaine ? Mardi ou mercredi après-midi me conviendraient.\nBien à vous,\nAnne Lefèvre"),
    C("fr", "meeting_request", "Passez nous voir au cabinet, on en discutera de vive voix. Je vous laisse proposer un créneau.\nO. Marchand"),
    C("fr", "meeting_request", "ok pour un call jeudi 10h" + Q_FR),
    C("fr", "meeting_request", "Bonjour,\nPouvez-vous me rappeler ? Je préfère en parler de vive voix.\nMerci,\nHélène Dubois\n01 45 22 33 44"),
    C("fr", "meeting_request", "Volontiers pour un échange. Voici mon agenda : https://calendly.com/sroux/30min\n\nSophie Roux"),
    C("fr", "meeting_request", "Je serai à Lyon le 22, on peut se voir autour d'un café ?\n\nAntoine"),
    C("fr", "meeting_request", "Oui, appelez moi lundi svp, je suis joignable toute la journée"),
    C("fr", "meeting_request", "Bonjour, merci pour votre relance. Je vous propose une visio mardi 20 octobre à 11h, cela vous convient-il ?\n\nCordialement\nLaurent Meyer\nGérant - Meyer Patrimoine"),
    C("en", "meeting_request", "Hi Sarah,\n\nHappy to chat. Does Thursday at 3pm work for you?\n\nBest,\nDavid"),
    C("en", "meeting_request", "Can you give me a call tomorrow? My cell is 555-201-4477.\n\nSent from my iPhone"),
    C("en", "meeting_request", "Let's set up a meeting next week. Please send a calendar invite for Tuesday or Wednesday afternoon.\n\nThanks,\nLaura Nguyen\nVP Finance"),
    C("en", "meeting_request", "Sure, let's hop on a quick call. Here's my booking link: https://calendly.com/mike-ross\n\nMike"),
    C("en", "meeting_request", "I'd like to meet in person. Are you in London at all in the next two weeks?\n\nRegards,\nJames Whitfield"),
    C("en", "meeting_request", "yes - call me on monday" + Q_EN),
    C("en", "meeting_request", "Interested. What does your availability look like Friday morning? 20 min is fine.\n\nPriya"),
    C("en", "meeting_request", "Could we schedule a demo for the team? Ideally early next week.\n\nCheers,\nBen Howard\nOperations Director, Northgate Logistics"),
    # ------------------------------------------------------------------ information_request
    C("fr", "information_request", "Bonjour,\n\nPourriez-vous m'envoyer votre plaquette ?\n\nCordialement,\nÉric Fontaine"),
    C("fr", "information_request", "Avant d'aller plus loin, pouvez-vous me préciser comment fonctionne la reprise des données existantes ?\nMerci\nC. Blanc"),
    C("fr", "information_request", "Envoyez-moi de la documentation, je regarderai à tête reposée.\n\nEnvoyé de mon iPhone"),
    C("fr", "information_request", "Bonjour, avez-vous des références clients dans le secteur médical ?\nBien cordialement\nDr Isabelle Noël"),
    C("fr", "information_request", "Pas maintenant mais envoyez-moi la brochure, je la garde sous le coude.\nPaul"),
    C("fr", "information_request", "Bonjour,\nQuelles sont les garanties en cas de résiliation anticipée ? Et le contrat est-il sans engagement ?\nMerci par avance,\nJulie Morel"),
    C("fr", "information_request", "Je ne suis pas sûr de bien comprendre votre offre, vous pouvez m'en dire plus ?"),
    C("fr", "information_request", "Intéressant. Auriez-vous un cas client ou une démo vidéo à me transmettre ?\nGuillaume"),
    C("fr", "information_request", "Bonjour,\nmerci de m'adresser une présentation détaillée par mail, je la transmettrai au comité.\nCordialement\nM. Chevalier\nSecrétaire général"),
    C("en", "information_request", "Hi,\n\nCould you send over some more information? A one-pager would be ideal.\n\nThanks,\nRachel"),
    C("en", "information_request", "How does this integrate with Salesforce? And where is the data hosted?\n\nKevin Brooks\nIT Manager"),
    C("en", "information_request", "Do you have any case studies from firms our size (about 50 people)?\nBest\nAlice"),
    C("en", "information_request", "Not right now, but send me the brochure and I'll keep it on file."),
    C("en", "information_request", "What exactly does the onboarding involve? Who on our side would need to be involved?\n\nRegards,\nOwen Price"),
    C("en", "information_request", "Please share your deck and any references.\n\nSent from Outlook for Android"),
    C("en", "information_request", "Can you tell me a bit more about how it works before I commit to a call?\n\nAnita"),
    C("en", "information_request", "Is this GDPR compliant? We would need your DPA before anything else.\n\nLegal team, Harper & Cole LLP"),
    # ------------------------------------------------------------------ quote_request
    C("fr", "quote_request", "Bonjour,\n\nPouvez-vous m'envoyer un devis pour 12 utilisateurs ?\n\nCordialement,\nSylvie Garnier\nAssistante de direction"),
    C("fr", "quote_request", "Quels sont vos tarifs ?"),
    C("fr", "quote_request", "Bonjour, merci de me faire parvenir une proposition chiffrée pour l'accompagnement annuel.\nBien à vous\nR. Henry"),
    C("fr", "quote_request", "Combien ça coûte pour un cabinet de 5 personnes ?\n\nEnvoyé depuis mon mobile"),
    C("fr", "quote_request", "Intéressé. Quel serait le montant de vos honoraires pour la mission décrite ?\nFrédéric Lucas"),
    C("fr", "quote_request", "Bonjour,\nNous étudions plusieurs offres. Merci de nous transmettre votre grille tarifaire et vos conditions.\nService achats - Groupe Valmont"),
    C("fr", "quote_request", "Je veux bien un devis stp" + Q_FR),
    C("fr", "quote_request", "Bjr, c combien par mois ? merci"),
    C("en", "quote_request", "Hi Sarah,\n\nCould you send me a quote for 25 seats?\n\nThanks,\nGreg Palmer\nProcurement"),
    C("en", "quote_request", "What's the pricing?"),
    C("en", "quote_request", "Please send a formal proposal with fees, we need it for our budget review.\n\nBest regards,\nHannah Wright\nFinance Director"),
    C("en", "quote_request", "How much would this cost us per year for 3 offices?\n\nDan"),
    C("en", "quote_request", "Interested - can you put together a price estimate for the full package?\n\nSent from my iPad"),
    C("en", "quote_request", "We'd need a quotation by Friday to include you in the tender.\nRegards\nM. O'Connor"),
    C("en", "quote_request", "whats ur rate for a one off project?"),
    # ------------------------------------------------------------------ not_interested
    C("fr", "not_interested", "Bonjour,\n\nNon merci, nous ne sommes pas intéressés.\n\nCordialement,\nAlain Moreau"),
    C("fr", "not_interested", "Nous avons déjà un prestataire qui nous donne entière satisfaction.\nBonne continuation\nC. Faure"),
    C("fr", "not_interested", "Pas intéressé."),
    C("fr", "not_interested", "Merci mais ce n'est pas pour nous.\n\nEnvoyé de mon iPhone" + Q_FR),
    C("fr", "not_interested", "Bonjour,\nAprès réflexion nous ne donnerons pas suite.\nBien à vous,\nMathieu Robin\nDirecteur général"),
    C("fr", "not_interested", "Je décline votre proposition, merci de votre compréhension."),
    C("fr", "not_interested", "Ca ne correspond pas du tout à nos besoins. Bonne journée"),
    C("fr", "not_interested", "Non."),
    C("fr", "not_interested", "Nous venons de signer avec un concurrent, désolé.\nAurélie"),
    C("en", "not_interested", "Hi Sarah,\n\nThanks, but we're not interested.\n\nBest,\nNick"),
    C("en", "not_interested", "No thanks."),
    C("en", "not_interested", "We already have a solution in place and are happy with it.\n\nRegards,\nSusan Bell\nOffice Manager"),
    C("en", "not_interested", "Appreciate the follow up but this isn't a fit for us." + Q_EN),
    C("en", "not_interested", "We've decided to go another direction. Good luck.\n\nSent from my iPhone"),
    C("en", "not_interested", "Not for us, sorry."),
    C("en", "not_interested", "pass"),
    C("en", "not_interested", "We don't have a need for this and won't in the foreseeable future.\n\nGeoff"),
    # ------------------------------------------------------------------ not_now (dates relative to the message day)
    C("fr", "not_now", "Bonjour,\n\nPas pour le moment, rappelez-moi en janvier.\n\nCordialement,\nMarc Dupuis", until="2027-01-01"),
    C("fr", "not_now", "Je ne suis pas intéressé pour l'instant. Recontactez-moi dans 3 semaines.\nLouis", until="2026-11-04"),
    C("fr", "not_now", "Bonjour Claire,\nle timing n'est pas bon, nous sommes en pleine clôture. Revenez vers moi début mars.\nBien à vous\nCorinne Petit", until="2027-03-01"),
    C("fr", "not_now", "Trop tôt pour nous, on en reparle à la rentrée.\nJB", sent="2026-06-18", until="2026-09-01"),
    C("fr", "not_now", "Pas le moment, je vous recontacterai.\nSandra"),
    C("fr", "not_now", "Bonjour, nous verrons cela l'année prochaine, le budget 2026 est bouclé.\nCordialement\nP. Vidal", until="2027-01-01"),
    C("fr", "not_now", "Rappelez-moi dans un mois svp, je suis sous l'eau.", until="2026-11-14"),
    C("fr", "not_now", "Bonjour,\nLe sujet n'est pas prioritaire ce trimestre. Recontactez-nous au trimestre prochain.\nService RH", until="2027-01-01"),
    C("fr", "not_now", "Merci, mais pas avant mi-novembre, je suis en déplacement jusque-là.\nKarim", until="2026-11-15"),
    C("fr", "not_now", "Pourriez-vous me relancer après les fêtes ?", sent="2026-12-03", until="2027-01-02"),
    C("fr", "not_now", "Bonjour,\nrevenez vers moi plus tard dans l'année, on verra si on a du budget.\nÉlodie"),
    C("fr", "not_now", "Pas maintenant. Réessayez fin janvier.\n\nEnvoyé de mon iPhone", until="2027-01-25"),
    C("fr", "not_now", "Nous déménageons nos bureaux, pouvez-vous me recontacter la semaine du 16 novembre ?\nMerci\nNadia Haddad\nOffice manager", until="2026-11-16"),
    C("fr", "not_now", "Bonjour, rappelez-moi après le 15, je serai plus disponible.\nY. Besson", until="2026-10-16"),
    C("fr", "not_now", "En ce moment c'est compliqué. Recontactez moi au printemps.", until="2027-03-21"),
    C("en", "not_now", "Hi Sarah,\n\nNot right now. Please reach out again in January.\n\nThanks,\nPaul", until="2027-01-01"),
    C("en", "not_now", "Bad timing, we're mid-audit. Ping me after the summer.\n\nRegards,\nClaire Hughes", sent="2026-06-30", until="2026-09-01"),
    C("en", "not_now", "Can you follow up in 2 weeks? Swamped at the moment.", until="2026-10-28"),
    C("en", "not_now", "We might revisit this next quarter.\n\nBest,\nRyan", until="2027-01-01"),
    C("en", "not_now", "Let's reconnect in the new year, budgets are frozen until then.\n\nSent from my iPhone", until="2027-01-01"),
    C("en", "not_now", "Not a priority for us at the moment. Maybe later.\nTanya"),
    C("en", "not_now", "Circle back in a couple of months and we can see where we are.\n\nGraham Ellis\nManaging Partner"),
    C("en", "not_now", "Please get back to me mid-December, after our board meeting.\nThanks\nLucy", until="2026-12-15"),
    C("en", "not_now", "Timing isn't right. Try me again in March.\n\n--\nAndrew Stone\nStone & Partners LLP", until="2027-03-01"),
    C("en", "not_now", "We're in the middle of a restructure. Contact me again in 6 months.\nRegards\nFiona", until="2027-04-14"),
    C("en", "not_now", "Interested but not until next year.\n\nBest,\nVictor", until="2027-01-01"),
    C("en", "not_now", "hold off for now, check back end of november", until="2026-11-25"),
    C("en", "not_now", "Please follow up next week, I'm travelling until Friday.", until="2026-10-19"),
    # ------------------------------------------------------------------ referral
    C("fr", "referral", "Bonjour,\n\nCe n'est pas moi qui gère ce sujet. Je vous invite à contacter Sophie Martin (sophie.martin@groupe-valmont.fr).\n\nCordialement,\nDidier Roche", referral=("Sophie Martin", "sophie.martin@groupe-valmont.fr")),
    C("fr", "referral", "Je transmets à mon collègue Julien Blanchard, responsable des achats, qui reviendra vers vous.\nCdt\nMarion", referral=("Julien Blanchard", None)),
    C("fr", "referral", "Bonjour,\nJe ne fais plus partie de la société depuis septembre. Merci de vous adresser à Mme Claire Besnard : c.besnard@atelier-nord.fr\nBonne continuation", referral=("Claire Besnard", "c.besnard@atelier-nord.fr")),
    C("fr", "referral", "Voyez plutôt avec notre DAF, Laurent Picard : laurent.picard@picard-industries.com - 01 44 55 66 77", referral=("Laurent Picard", "laurent.picard@picard-industries.com")),
    C("fr", "referral", "Bonjour,\nje ne suis pas la bonne personne. Contactez notre service comptabilité à compta@hotel-lesiris.fr\nCordialement", referral=(None, "compta@hotel-lesiris.fr")),
    C("fr", "referral", "Je mets en copie Benoît Carré qui s'occupe de ces sujets chez nous.\nBien à vous\nIsabelle", referral=("Benoît Carré", None)),
    C("fr", "referral", "Mauvais interlocuteur, désolé. C'est ma collègue Emma Rousseau qui gère les contrats (emma.rousseau@lumen-sante.fr).", referral=("Emma Rousseau", "emma.rousseau@lumen-sante.fr")),
    C("fr", "referral", "Bonjour, M. Garcia a quitté l'entreprise. Son remplaçant est Hugo Lemaire, hugo.lemaire@batiplus.fr.\nL'accueil", referral=("Hugo Lemaire", "hugo.lemaire@batiplus.fr")),
    C("en", "referral", "Hi Sarah,\n\nI'm not the right person for this. Please reach out to Jessica Lee (jessica.lee@northgate.com) who runs procurement.\n\nBest,\nTom", referral=("Jessica Lee", "jessica.lee@northgate.com")),
    C("en", "referral", "I've forwarded this to my colleague Daniel Kim, he handles vendor evaluations.\n\nRegards,\nAmy", referral=("Daniel Kim", None)),
    C("en", "referral", "Robert left the company in August. You may want to contact Olivia Grant instead: ogrant@brightline.co.uk", referral=("Olivia Grant", "ogrant@brightline.co.uk")),
    C("en", "referral", "You'd be better off speaking with our CFO, Martin Shaw - martin.shaw@shawgroup.com.\n\nSent from my iPhone", referral=("Martin Shaw", "martin.shaw@shawgroup.com")),
    C("en", "referral", "Wrong person I'm afraid. Try our finance team at finance@harperandcole.com", referral=(None, "finance@harperandcole.com")),
    C("en", "referral", "Adding Chris Porter (cc'd) who owns this area.\nThanks\nNeil", referral=("Chris Porter", None)),
    C("en", "referral", "I no longer work at Brightline. Please remove this address and contact Sam Taylor, sam.taylor@brightline.co.uk.", referral=("Sam Taylor", "sam.taylor@brightline.co.uk")),
    C("en", "referral", "Not my area - Helen Ward in our London office would be the one to talk to. helen.ward@wardco.co.uk, 020 7123 4567", referral=("Helen Ward", "helen.ward@wardco.co.uk")),
    # ------------------------------------------------------------------ unsubscribe
    C("fr", "unsubscribe", "STOP"),
    C("fr", "unsubscribe", "Bonjour,\n\nMerci de ne plus me contacter.\n\nCordialement"),
    C("fr", "unsubscribe", "Retirez-moi de votre liste de diffusion svp."),
    C("fr", "unsubscribe", "Je ne souhaite plus recevoir vos messages. Merci de supprimer mes coordonnées conformément au RGPD.\nA. Martinez"),
    C("fr", "unsubscribe", "Arrêtez de m'écrire, c'est la 4e relance !"),
    C("fr", "unsubscribe", "Pas intéressé, merci de me retirer de vos fichiers.\nJ. Caron"),
    C("fr", "unsubscribe", "Désinscription" + Q_FR),
    C("fr", "unsubscribe", "ne me contactez plus"),
    C("en", "unsubscribe", "Unsubscribe"),
    C("en", "unsubscribe", "Please remove me from your mailing list."),
    C("en", "unsubscribe", "Stop emailing me.\n\nSent from my iPhone"),
    C("en", "unsubscribe", "Take me off your list please. Not interested and never will be." + Q_EN),
    C("en", "unsubscribe", "Do not contact me again."),
    C("en", "unsubscribe", "Hi, I'd like to opt out of these emails. Thanks.\nKaren"),
    C("en", "unsubscribe", "Please delete my details from your database under GDPR.\n\nM. Fischer"),
    C("en", "unsubscribe", "STOP SPAMMING ME"),
    # ------------------------------------------------------------------ out_of_office (human-written or slipped through)
    C("fr", "out_of_office", "Bonjour,\n\nJe suis absente du bureau jusqu'au 26 octobre inclus, avec un accès limité à mes mails. Pour toute urgence, contactez le standard au 01 40 20 30 40.\n\nCordialement,\nValérie Simon"),
    C("fr", "out_of_office", "Je suis actuellement en congés, de retour le 2 novembre. Votre message ne sera pas transféré."),
    C("fr", "out_of_office", "Ceci est une réponse automatique. Je suis en déplacement et consulterai mes messages à mon retour le 19/10."),
    C("fr", "out_of_office", "Bonjour, je suis en congé maternité jusqu'en février. En mon absence vous pouvez joindre Lucie Garnier : l.garnier@axome.fr"),
    C("fr", "out_of_office", "Absent jusqu'au lundi 19 octobre. Merci de renvoyer votre message après cette date."),
    C("en", "out_of_office", "Thank you for your email. I am out of the office until Monday 19 October with limited access to email. For urgent matters please contact reception on 020 7946 0000."),
    C("en", "out_of_office", "I'm currently on annual leave, returning on 2 November. I will respond to your message on my return."),
    C("en", "out_of_office", "This is an automated response. I am travelling this week and will reply when I am back on Monday."),
    C("en", "out_of_office", "I am on parental leave until January. In my absence, please contact Mark Jensen at mjensen@fieldstone.com."),
    C("en", "out_of_office", "Out of office until Oct 26. Limited connectivity."),
    # ------------------------------------------------------------------ other
    C("fr", "other", "Merci"),
    C("fr", "other", "Bien reçu, merci." + Q_FR),
    C("fr", "referral", "Bonjour,\nVous vous êtes trompé de destinataire je pense, je ne vois pas de quelle proposition vous parlez ?\nCordialement", referral=(None, None)),
    C("fr", "other", "Qui êtes-vous et comment avez-vous eu mon adresse ?"),
    C("fr", "other", "Bonjour, la pièce jointe ne s'ouvre pas de mon côté.\nMerci\nGilles"),
    C("fr", "interested", "👍"),
    C("fr", "other", "Bonjour,\nJe vous confirme la bonne réception de votre courrier.\nCordialement\nLe secrétariat"),
    C("en", "other", "Thanks"),
    C("en", "other", "Received, thank you."),
    C("en", "other", "Who gave you my email address?"),
    C("en", "other", "Your link seems to be broken, FYI.\n\nJoe"),
    C("en", "other", "Happy Friday to you too!" + Q_EN),
    C("en", "referral", "Sorry, I think you have the wrong Tom Baker. I'm a plumber in Leeds.\n\nCheers", referral=(None, None)),
    # ------------------------------------------------------------------ hard cases: mixed signals, negations, traps
    C("fr", "not_now", "Je ne dis pas non, mais pas avant l'été prochain.\nVincent", until="2027-06-21"),
    C("fr", "interested", "Je ne suis pas contre, au contraire ! Tenez-moi informé.\nRachid"),
    C("fr", "not_interested", "Ce n'est pas le moment et ce ne le sera pas, nous avons fait d'autres choix.\nCordialement"),
    C("fr", "meeting_request", "N'arrêtez pas de me relancer, je suis juste débordé ! Appelez-moi vendredi.\nSimon"),
    C("fr", "information_request", "Non merci pour le rendez-vous, mais je veux bien une documentation par mail.\nBernard"),
    C("fr", "quote_request", "Pas besoin de rendez-vous, envoyez directement votre meilleur prix.\nAchats"),
    C("fr", "not_now", "Pas intéressé pour le moment, peut-être dans six mois.\nEmilie", until="2027-04-14"),
    C("fr", "referral", "Je suis en retraite depuis juin ! Voyez avec ma fille Céline Vasseur qui a repris le cabinet : celine@vasseur-conseil.fr", referral=("Céline Vasseur", "celine@vasseur-conseil.fr")),
    C("en", "not_now", "Not interested right now but feel free to check back next spring.\nKate", until="2027-03-21"),
    C("en", "interested", "I don't hate the idea. Keep me in the loop.\nRob"),
    C("en", "meeting_request", "Don't stop reaching out - just busy. Call me Thursday afternoon.\nLiam"),
    C("en", "information_request", "Not interested in a meeting but happy to read something if you send it over.\nPete"),
    C("en", "not_interested", "Please stop by our booth at the fair if you're around - but regarding your offer, no thanks.\nDiana"),
    C("en", "quote_request", "Skip the call, just send me numbers.\nR."),
    C("en", "referral", "I'm out of my depth here - my business partner Ahmed Siddiqui (ahmed@siddiqui-law.co.uk) decides on these things.", referral=("Ahmed Siddiqui", "ahmed@siddiqui-law.co.uk")),
    C("en", "other", "Did you mean to send this to me? I don't recall speaking with you."),
    C("fr", "unsubscribe", "Bonjour, merci de bien vouloir me désinscrire. Cordialement"),
    C("en", "not_interested", "We're not looking for anything like this at the moment or in the future, thanks."),
]
# fmt: on
