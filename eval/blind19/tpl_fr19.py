"""blind19: what the firm's advisers wrote in French (greeting to closing; the Outlook signature is added by
compose19). Each function returns (subject, markup lines)."""


def kyc(g, prof="de chef d’entreprise", amount="75 000 EUR", date="12 janvier"):
    return "Mise à jour de votre dossier client", [
        g,
        "",
        "Dans le cadre de la mise à jour périodique de votre dossier, imposée par la loi du 18 septembre 2017 relative "
        "à la prévention du blanchiment de capitaux, je me permets de vous poser quelques questions.",
        "",
        "1. Votre pays de résidence fiscale est-il toujours la Belgique ?",
        f"2. Exercez-vous toujours la profession {prof} ?",
        f"3. Quelle est l’origine des fonds du versement de {amount} reçu le {date} ?",
        "4. Votre adresse postale est-elle inchangée ?",
        "",
        "Vous pouvez également déposer les justificatifs dans votre [espace client sécurisé]"
        "(https://mon.hautmont-wiltz.example/documents).",
        "",
        "Je vous remercie d’avance pour votre retour et reste à votre disposition pour toute question.",
        "",
        "Bien à vous,",
    ]


def rdv(g, days="le mardi 16 mars à 10 h ou le jeudi 18 mars à 14 h 30", spouse="votre épouse"):
    return "Proposition de rendez-vous – revue annuelle", [
        g,
        "",
        "Comme chaque année, je souhaiterais faire le point avec vous sur votre portefeuille et sur vos projets.",
        "",
        f"Seriez-vous disponible {days} ?",
        "Préférez-vous nous rencontrer à notre bureau de l’avenue Louise ou par visioconférence ?",
        "",
        f"Si vous le souhaitez, {spouse} est bien entendu la bienvenue.",
        "",
        "Au plaisir de vous revoir,",
    ]


def virement(g, defunt="Monsieur Albert Gobert", solde="148 362,17 EUR"):
    return "Succession – transfert du solde des comptes", [
        g,
        "",
        f"Suite à la clôture des comptes de feu {defunt}, le solde disponible s’élève à {solde}.",
        "",
        "Afin de procéder au transfert, pourriez-vous me préciser :",
        "* le compte sur lequel les fonds doivent être versés (IBAN et titulaire) ;",
        "* la date souhaitée pour l’exécution ;",
        "* la répartition entre les héritiers, si elle diffère de la déclaration de succession.",
        "",
        "Souhaitez-vous que nous procédions par chèque ou par virement ?",
        "",
        "Je reste à votre disposition,",
    ]


def profil(g, year="2022"):
    return "Votre profil d’investisseur (questionnaire MiFID)", [
        g,
        "",
        f"Votre profil d’investisseur date de {year}. Afin de le mettre à jour, pourriez-vous répondre aux questions "
        "suivantes :",
        "",
        "* Votre horizon de placement est-il toujours de 8 ans ?",
        "* Accepteriez-vous une baisse temporaire de 15 % de la valeur de votre portefeuille ?",
        "* Prévoyez-vous un besoin de liquidités important dans les trois prochaines années (achat immobilier, "
        "donation…) ?",
        "* Souhaitez-vous privilégier les investissements durables (article 8 ou 9 SFDR) ?",
        "",
        "Vos réponses me permettront de vous proposer, le cas échéant, une allocation plus adaptée.",
        "",
        "Bien cordialement,",
    ]


def credit(g, table=True, valeur="1 240 000 EUR", montant="400 000 EUR"):
    rows = (
        [
            "| Valeur du portefeuille nanti | " + valeur + " |",
            "| Montant du crédit | " + montant + " |",
            "| Durée | 24 mois, renouvelable |",
            "| Taux | Euribor 3 mois + 1,10 % |",
        ]
        if table
        else [
            "Valeur du portefeuille nanti : " + valeur,
            "Montant du crédit : " + montant,
            "Durée : 24 mois, renouvelable",
            "Taux : Euribor 3 mois + 1,10 %",
        ]
    )
    return "Crédit lombard – conditions indicatives", [
        g,
        "",
        "Comme convenu lors de notre entretien téléphonique, voici les conditions indicatives du crédit lombard :",
        "",
        *rows,
        "",
        "Pourriez-vous me confirmer le montant souhaité et la date à laquelle les fonds doivent être disponibles ?",
        "Le crédit est-il destiné à l’acquisition de la maison de Knokke dont vous m’aviez parlé ?",
        "",
        "Dès réception de votre accord, je vous transmettrai la convention de crédit et l’acte de nantissement.",
        "",
        "Bien à vous,",
    ]


def event(g):
    return "Invitation – Perspectives économiques 2027, jeudi 22 avril", [
        g,
        "",
        "Nous avons le plaisir de vous convier à notre conférence « Perspectives économiques et marchés 2027 », "
        "présentée par notre économiste en chef, Bernard Hanquet, et suivie d’un cocktail dînatoire.",
        "",
        "Jeudi 22 avril 2027 à 18 h 30",
        "Domaine du Val Fleuri, Drève des Châtaigniers 4, 1640 Rhode-Saint-Genèse",
        "[Programme et plan d’accès](https://www.hautmont-wiltz.example/evenements/perspectives-2027)",
        "",
        "Merci de nous confirmer votre présence ainsi que le nombre de personnes qui vous accompagneront, avant le "
        "9 avril.",
        "",
        "Au plaisir de vous y accueillir,",
        "",
        "Si vous ne souhaitez plus recevoir nos invitations, répondez simplement « désinscription » à ce message.",
    ]


def prospect(g, where="au Forum des entreprises familiales à Liège le 25 février"):
    return "Suite à notre rencontre", [
        g,
        "",
        f"Nous avons eu le plaisir d’échanger brièvement {where}.",
        "",
        "Vous évoquiez la cession prochaine de votre société et les questions patrimoniales qu’elle soulève. Notre "
        "équipe de planification patrimoniale accompagne régulièrement des dirigeants dans cette étape : structuration "
        "du produit de cession, transmission aux enfants, protection du conjoint.",
        "",
        "Seriez-vous ouvert à un premier échange, sans engagement, dans les prochaines semaines ?",
        "",
        "Bien à vous,",
    ]


def fiscal(g):
    return "Attestation fiscale 2026 et précompte mobilier", [
        g,
        "",
        "Vous trouverez ci-joint votre attestation fiscale pour l’année de revenus 2026.",
        "",
        "Récapitulatif des revenus mobiliers :",
        "| Dividendes belges | 4 812,50 EUR | précompte 30 % |",
        "| Dividendes étrangers | 9 174,06 EUR | précompte 30 % |",
        "| Intérêts | 1 206,88 EUR | précompte 30 % |",
        "",
        "Deux points à vérifier avant votre déclaration :",
        "1. Avez-vous bénéficié de l’exonération des premiers 833 EUR de dividendes via un autre établissement ?",
        "2. Souhaitez-vous que nous vous adressions le relevé des comptes étrangers à déclarer au Point de contact "
        "central de la BNB ?",
        "",
        "N’hésitez pas à transmettre ce courriel à votre comptable.",
        "",
        "Bien à vous,",
    ]


def docs(g):
    return "Ouverture de compte – documents manquants", [
        g,
        "",
        "Nous avons bien reçu votre demande d’ouverture de compte et vous en remercions.",
        "",
        "Il nous manque encore les documents suivants :",
        "· une copie recto verso de votre carte d’identité ;",
        "· un justificatif de domicile de moins de trois mois ;",
        "· le formulaire W-8BEN signé ;",
        "· la preuve de l’origine des fonds (acte de vente de l’immeuble de Namur).",
        "",
        "Pouvez-vous nous les faire parvenir par courrier ou via votre [espace client]"
        "(https://mon.hautmont-wiltz.example/documents) ?",
        "",
        "Bien cordialement,",
    ]


def relance(g, when, line):
    return None, [
        g,
        "",
        f"Je me permets de revenir vers vous concernant mon message du {when}, resté sans réponse à ce jour.",
        "",
        line,
        "",
        "Bien à vous,",
    ]


def assurance(g):
    return "Assurance-vie – désignation des bénéficiaires", [
        g,
        "",
        "Lors de notre dernier entretien, vous m’aviez indiqué vouloir revoir la clause bénéficiaire de votre contrat "
        "d’assurance-vie Lumen Vie n° 55-0147.",
        "",
        "La clause actuelle est la suivante : « mon conjoint, à défaut mes enfants nés ou à naître, par parts égales ».",
        "",
        "Pourriez-vous me confirmer :",
        "1. si vous souhaitez maintenir votre conjoint en premier rang ;",
        "2. si les petits-enfants doivent être ajoutés en représentation ;",
        "3. si une part doit revenir à la Fondation Saint-Luc, comme évoqué ?",
        "",
        "Je préparerai ensuite l’avenant à signer.",
        "",
        "Bien à vous,",
    ]


def lambotte_memo():
    """Sophie Lambotte's internal note that Isabelle Dewandre forwards to the clients."""
    return [
        "Isabelle,",
        "",
        "Voici mes premières remarques pour le dossier de M. et Mme Thiry, suite à notre réunion de mardi.",
        "",
        "1. Régime matrimonial : ils sont mariés sous le régime légal. Une clause d’attribution optionnelle dans un "
        "contrat modificatif protégerait mieux Mme Thiry.",
        "2. Donation des parts de la SRL Thiry Menuiserie : une donation notariée au taux réduit wallon reste "
        "intéressante si les conditions de maintien de l’activité sont remplies.",
        "3. Questions à leur poser :",
        "* Ont-ils déjà consenti des donations à leurs enfants, et sous quelle forme ?",
        "* Souhaitent-ils conserver l’usufruit des parts ?",
        "* Leur fils Julien travaille-t-il toujours dans l’entreprise ?",
        "",
        "Je peux les recevoir avec toi la semaine du 22 mars.",
        "",
        "Sophie",
    ]
