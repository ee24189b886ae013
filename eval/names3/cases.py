#!/usr/bin/env python3
"""names3: blind evaluation set for the first name in the follow-up greeting.

Usage: python3 eval/names3/cases.py OUTDIR
Writes OUTDIR/cases.json and OUTDIR/categories.json, prints counts per category.
Standard library only; the same bytes on every run. Conventions: README.md next to this file.
"""

import collections
import json
import os
import random
import sys

SEED = 20261203

# --------------------------------------------------------------------------------------------
# Bodies and sign-offs (the user's own text around the opening)
# --------------------------------------------------------------------------------------------

BODIES = {
    ("fr", "v"): [
        "Je me permets de revenir vers vous au sujet de la proposition d'allocation évoquée lors de notre "
        "rendez-vous de jeudi. Vous trouverez ci-joint la simulation actualisée pour le contrat d'assurance-vie.",
        "Suite à notre échange téléphonique, je vous adresse le questionnaire de connaissance client ainsi que "
        "le profil de risque, à me retourner complétés et signés.",
        "Comme convenu, vous trouverez en pièce jointe le projet d'acte de vente ainsi que le décompte "
        "prévisionnel des frais. Pourriez-vous me confirmer votre disponibilité pour la signature le 18 décembre ?",
        "Afin de finaliser le dossier de succession, il nous manque encore l'attestation de la banque et le "
        "relevé des comptes au jour du décès.",
        "Pour la clôture de l'exercice au 31 décembre, pourriez-vous nous transmettre les relevés bancaires de "
        "novembre ainsi que les factures fournisseurs manquantes ?",
        "Je vous prie de trouver ci-joint la lettre de mission pour l'exercice 2027, à nous retourner signée.",
        "Je reviens vers vous concernant l'appartement de la rue des Lilas : le propriétaire accepte une "
        "contre-visite samedi à 10 h. Ce créneau vous conviendrait-il ?",
        "Je vous confirme que l'offre d'achat a bien été transmise au vendeur. Je vous tiens informé dès que "
        "j'ai son retour.",
        "Vous trouverez ci-joint le comparatif des trois offres de prévoyance que nous avons étudiées. L'offre "
        "de la compagnie B me semble la plus adaptée à votre situation.",
        "Votre contrat multirisque arrive à échéance le 1er janvier. Souhaitez-vous que nous consultions nos "
        "partenaires pour une nouvelle offre ?",
        "Je fais suite à notre démonstration de mardi et vous joins la proposition commerciale pour 25 "
        "utilisateurs, valable jusqu'à la fin du mois.",
        "Avez-vous pu faire le point en interne sur le devis envoyé la semaine dernière ? Je reste disponible "
        "pour un rapide appel.",
        "Je vous contacte au sujet d'un poste de directeur administratif et financier pour l'un de nos clients, "
        "une ETI industrielle basée à Lyon. Seriez-vous disponible pour un échange de 20 minutes ?",
        "Merci encore pour l'entretien de ce matin. Pourriez-vous me communiquer vos prétentions salariales "
        "ainsi que la durée de votre préavis ?",
        "Je me permets de vous relancer au sujet des pièces justificatives nécessaires à l'ouverture de votre "
        "compte-titres.",
        "Je vous remercie pour votre retour et vous adresse ci-joint les documents demandés.",
        "Je vous propose de nous retrouver mardi 9 décembre à 14 h 30 au cabinet pour faire le point sur votre "
        "déclaration d'IFI.",
        "Vous trouverez ci-joint l'avis de valeur de votre maison, établi suite à notre visite de lundi.",
    ],
    ("fr", "t"): [
        "Comme convenu, je t'envoie le projet de compromis. Dis-moi si tu as des remarques avant vendredi.",
        "Je te joins le tableau de suivi des mandats. On en parle lundi ?",
        "Tu as pu regarder la proposition ? Je dois donner une réponse au client demain.",
        "Petit rappel pour le dossier Lambert : il me manque toujours l'avis d'imposition.",
        "Je te renvoie la présentation avec les chiffres mis à jour. Tu me dis si c'est bon pour toi ?",
    ],
    ("en", "v"): [
        "Following up on our meeting on Thursday, please find attached the updated portfolio review and the "
        "proposed rebalancing.",
        "Thanks again for taking the time to see the demo on Tuesday. I've attached the proposal for 25 seats, "
        "valid until the end of the month.",
        "Just checking whether you had a chance to review the draft engagement letter I sent over last week.",
        "I'm reaching out about a Head of Finance role with one of our clients, a fast-growing fintech in "
        "London. Would you be open to a 15-minute call this week?",
        "Please find attached the renewal terms for your directors' and officers' policy. Let me know if you'd "
        "like us to approach other insurers.",
        "The vendor has accepted a second viewing on Saturday at 10am. Does that work for you?",
        "Could you send over the bank statements for November so we can close the quarter?",
        "I wanted to circle back on the pricing question you raised; I've put together a short comparison "
        "in the attached note.",
        "Would you have 20 minutes next week to go through the due diligence checklist together?",
    ],
    ("de", "v"): [
        "anbei erhalten Sie das Angebot für die Vermögensverwaltung, wie in unserem Gespräch vereinbart. Für "
        "Rückfragen stehe ich Ihnen gerne zur Verfügung.",
        "ich wollte kurz nachfragen, ob Sie die Unterlagen zur Nachfolgeplanung schon prüfen konnten.",
    ],
    ("de", "t"): [
        "anbei das Angebot, wie besprochen. Sag mir Bescheid, ob das so passt.",
        "hast du schon Zeit gehabt, dir den Vertragsentwurf anzuschauen?",
    ],
    ("it", "v"): [
        "Le invio in allegato la proposta di investimento discussa durante il nostro incontro. Resto a "
        "disposizione per qualsiasi chiarimento.",
        "mi permetto di ricontattarLa in merito al preventivo inviato la settimana scorsa.",
    ],
    ("it", "t"): [
        "ti mando in allegato la proposta di cui abbiamo parlato. Fammi sapere cosa ne pensi.",
        "hai avuto modo di guardare il preventivo?",
    ],
    ("es", "v"): [
        "Le adjunto la propuesta que comentamos en la reunión del jueves. Quedo a su disposición para cualquier duda.",
        "me permito volver a contactarle en relación con el presupuesto enviado la semana pasada.",
    ],
    ("es", "t"): [
        "te adjunto la propuesta que comentamos. Dime si te encaja.",
        "¿has podido revisar el contrato que te envié?",
    ],
    ("nl", "v"): [
        "Hierbij stuur ik u de offerte zoals besproken tijdens ons gesprek van donderdag. Ik hoor graag of u "
        "nog vragen heeft.",
        "Graag kom ik terug op de offerte die ik u vorige week heb gestuurd.",
    ],
    ("nl", "t"): [
        "Hierbij de offerte zoals besproken. Laat je weten of het zo goed is?",
        "Heb je al tijd gehad om naar het contract te kijken?",
    ],
    ("pt", "v"): [
        "Segue em anexo a proposta que discutimos na reunião de quinta-feira. Fico à disposição para qualquer "
        "esclarecimento.",
    ],
    ("pt", "t"): [
        "segue a proposta que falámos. Diz-me o que achas.",
    ],
}

SIGNOFFS = {
    ("fr", "v"): [
        (
            "Marc",
            "Bien cordialement,\n\nMarc Leroy\nConseiller en gestion de patrimoine\nAurore Patrimoine\n01 42 61 18 30",
        ),
        ("Claire", "Cordialement,\n\nClaire Fontaine\nClerc de notaire\nÉtude Vasseur & Associés"),
        ("Julien", "Bien à vous,\n\nJulien Mercier\nExpert-comptable associé\nCabinet Mercier Audit & Conseil"),
        ("Nathalie", "Belle journée,\n\nNathalie Brun\nNégociatrice\nAgence Horizon Immobilier\n06 12 48 90 33"),
        ("Thomas", "Bien cordialement,\n\nThomas Garnier\nCourtier en assurances\nGarnier Courtage"),
        ("Élodie", "Cordialement,\n\nÉlodie Marchand\nAccount Executive\nSyncLead SAS"),
        ("Antoine", "Bien à vous,\n\nAntoine Rey\nConsultant senior\nRey Executive Search"),
        ("Sandrine", "Avec mes meilleures salutations,\n\nSandrine Colin\nChargée de clientèle patrimoniale"),
    ],
    ("fr", "t"): [
        ("Marc", "À plus,\nMarc"),
        ("Nathalie", "Bonne journée !\nNathalie"),
        ("Antoine", "Merci d'avance,\nAntoine"),
        ("Élodie", "Bises,\nÉlodie"),
    ],
    ("en", "v"): [
        ("James", "Best regards,\n\nJames Whitaker\nWealth Manager\nHarbour Private Clients"),
        ("Emma", "Kind regards,\n\nEmma Clarke\nSenior Consultant | Clarke Talent"),
        ("Daniel", "Thanks,\nDaniel Reeves\nAccount Executive, SyncLead"),
        ("Laura", "Best,\nLaura Bennett"),
    ],
    ("de", "v"): [
        ("Markus", "Mit freundlichen Grüßen\n\nMarkus Huber\nHuber Vermögensberatung"),
        ("Stefanie", "Freundliche Grüße\n\nStefanie Brandt\nPrivate Banking"),
    ],
    ("de", "t"): [("Markus", "Viele Grüße\nMarkus"), ("Stefanie", "LG\nStefanie")],
    ("it", "v"): [
        ("Luca", "Cordiali saluti,\n\nLuca Moretti\nConsulente finanziario"),
        ("Sara", "Distinti saluti,\n\nSara Galli\nPrivate banker"),
    ],
    ("it", "t"): [("Luca", "A presto,\nLuca"), ("Sara", "Un saluto,\nSara")],
    ("es", "v"): [
        ("Javier", "Un cordial saludo,\n\nJavier Ruiz\nAsesor patrimonial"),
        ("Marta", "Atentamente,\n\nMarta Vidal\nAsesora financiera"),
    ],
    ("es", "t"): [("Javier", "Un abrazo,\nJavier"), ("Marta", "Besos,\nMarta")],
    ("nl", "v"): [
        ("Bram", "Met vriendelijke groet,\n\nBram de Wit\nAdviseur"),
        ("Lotte", "Met vriendelijke groet,\n\nLotte Smits\nRelatiebeheerder"),
    ],
    ("nl", "t"): [("Bram", "Groetjes,\nBram"), ("Lotte", "Groetjes,\nLotte")],
    ("pt", "v"): [("Rui", "Com os melhores cumprimentos,\n\nRui Teixeira"), ("Inês", "Cumprimentos,\n\nInês Matos")],
    ("pt", "t"): [("Rui", "Abraço,\nRui"), ("Inês", "Beijinhos,\nInês")],
}

_rng = random.Random(SEED)
CASES = []


# Which fr/en bodies each persona sends (a notary's clerk does not send a property viewing).
PERSONA_BODIES = {
    ("fr", "v"): {
        "Marc": [0, 1, 14, 15, 16],
        "Claire": [2, 3, 15],
        "Julien": [4, 5, 15],
        "Nathalie": [6, 7, 17],
        "Thomas": [8, 9, 15],
        "Élodie": [10, 11],
        "Antoine": [12, 13],
        "Sandrine": [0, 1, 14, 16],
    },
    ("en", "v"): {"James": [0, 7, 8], "Emma": [3], "Daniel": [1, 7, 8], "Laura": [2, 4, 5, 6]},
}


def _pick(lang, reg, avoid):
    """Choose a sign-off whose first name is not the recipient's or the greeted one, then a body for it."""
    options = SIGNOFFS[(lang, reg)]
    start = _rng.randrange(len(options))
    first, sign = options[start]
    for k in range(len(options)):
        first, sign = options[(start + k) % len(options)]
        name_line = next(ln for ln in sign.split("\n") if ln.startswith(first))
        if not avoid & set(name_line.lower().split()):
            break
    bodies = BODIES[(lang, reg)]
    allowed = PERSONA_BODIES.get((lang, reg), {}).get(first)
    if allowed:
        bodies = [bodies[i] for i in allowed]
    return _rng.choice(bodies), sign


def C(cat, to, opening, expected, why, lang="fr", tu=False, words=None):
    """Add one case. `to` is (name, address) or a list of them; `opening` None means no opening."""
    if isinstance(to, tuple):
        to = [to]
    to = [{"name": n, "address": a} for n, a in to]
    if words is None:
        reg = "t" if tu else "v"
        avoid = " ".join([(r["name"] or "") for r in to] + [opening or ""]).lower()
        avoid = set(avoid.replace(",", " ").replace("-", " ").split())
        body, sign = _pick(lang, reg, avoid)
        # German and Italian continue in lower case after "Name,"; elsewhere the body is a new sentence.
        if opening is None or lang not in ("de", "it") or not opening.rstrip().endswith(","):
            body = body[0].upper() + body[1:]
        words = (opening + "\n\n" if opening is not None else "") + body + "\n\n" + sign
    CASES.append({"cat": cat, "to": to, "words": words, "expected": expected, "why": why})


N = None  # readability: expected null

# --------------------------------------------------------------------------------------------
# 1. French openings with a first name (display name agrees)
# --------------------------------------------------------------------------------------------
cat = "fr_first_name"
C(cat, ("Bob Prospect", "bob@prospect.com"), "Bonjour Bob,", "Bob", "Greeted by first name; display name agrees.")
C(
    cat,
    ("Claire Martin", "claire.martin@groupe-averna.fr"),
    "Bonjour Claire,",
    "Claire",
    "Greeted by first name; display name agrees.",
)
C(
    cat,
    ("Jean-Pierre Morel", "jp.morel@morel-btp.fr"),
    "Bonjour Jean-Pierre,",
    "Jean-Pierre",
    "Compound first name greeted in full.",
)
C(
    cat,
    ("Marie-Claire Fabre", "mc.fabre@orange.fr"),
    "Chère Marie-Claire,",
    "Marie-Claire",
    "'Chère' + first name alone is first-name terms.",
)
C(
    cat,
    ("Hugo Lambert", "hugo@lambert-conseil.fr"),
    "Salut Hugo,",
    "Hugo",
    "Informal greeting with first name.",
    tu=True,
)
C(cat, ("Sébastien Roussel", "sroussel@cabinet-roussel.fr"), "Bonsoir Sébastien,", "Sébastien", "Bonsoir + first name.")
C(
    cat,
    ("Laetitia Perrin", "laetitia.perrin@free.fr"),
    "Coucou Laetitia !",
    "Laetitia",
    "Very informal greeting with first name.",
    tu=True,
)
C(
    cat,
    ("Amandine Caron", "a.caron@caron-immobilier.fr"),
    "Hello Amandine,",
    "Amandine",
    "French mail opened with 'Hello' + first name.",
)
C(
    cat,
    ("Nicolas Faure", "nicolas.faure@agence-faure-assurances.fr"),
    "Nicolas,",
    "Nicolas",
    "Bare vocative first name as the opening.",
)
C(cat, ("Océane Robin", "oceane.robin@gmail.com"), "Bonjour Océane !", "Océane", "First name with exclamation mark.")
C(
    cat,
    ("Guillaume Henry", "guillaume.henry@henry-associes.fr"),
    "Cher Guillaume,",
    "Guillaume",
    "'Cher' + first name alone.",
)
C(
    cat,
    ("Mathilde Girard", "mathilde.girard@notaires-girard.fr"),
    "Bonjour Mathilde et merci pour votre retour rapide.",
    "Mathilde",
    "Greeting and thanks on one line; the name is still the greeting.",
)
C(cat, ("Pierre Lemoine", "p.lemoine@lemoine-sa.fr"), "Bjr Pierre,", "Pierre", "Abbreviated 'Bonjour' + first name.")
C(
    cat,
    ("Valérie Blanchard", "valerie.blanchard@cm-lyon.fr"),
    "Bonjour Valérie, j'espère que vous allez bien.",
    "Valérie",
    "First name greeting followed by pleasantry on the same line.",
)
C(
    cat,
    ("Yannick Marchal", "yannick.marchal@sfr.fr"),
    "Mon cher Yannick,",
    "Yannick",
    "'Mon cher' + first name is first-name terms.",
)
C(
    cat,
    ("Rose Lambert", "rose.lambert@lambert-avocats.fr"),
    "Bonjour Rose,",
    "Rose",
    "Rose is her first name even though it is also a word.",
)
C(
    cat,
    ("France Lemaire", "france.lemaire@wanadoo.fr"),
    "Bonjour France,",
    "France",
    "France is a French first name here, confirmed by the display name.",
)
C(
    cat,
    ("Ange Santoni", "ange.santoni@santoni-immo.fr"),
    "Bonjour Ange,",
    "Ange",
    "Ange is a (Corsican) first name, confirmed by the display name.",
)
C(cat, ("Marine Dupuis", "marine.dupuis@ca-paris.fr"), "Bonjour Marine,", "Marine", "First name that is also a word.")
C(
    cat,
    ("Désiré Kouamé", "d.kouame@sunu-assurances.ci"),
    "Bonjour Désiré,",
    "Désiré",
    "Ivorian client greeted by first name.",
)
C(cat, ("Loïc Guérin", "loic.guerin@outlook.fr"), "Bonjour Loïc,", "Loïc", "First name with diaeresis.")
C(
    cat,
    ("Anne Sophie Leclerc", "as.leclerc@leclerc-finance.fr"),
    "Bonjour Anne Sophie,",
    "Anne Sophie",
    "Compound first name without hyphen, written so by both sources.",
)
C(
    cat,
    ("Anne-Sophie Vidal", "annesophie.vidal@vidal-conseil.fr"),
    "Bonjour Anne-Sophie,",
    "Anne-Sophie",
    "Hyphenated compound first name.",
)
C(
    cat,
    ("Jean Marc Besson", "jm.besson@besson-transports.fr"),
    "Bonjour Jean Marc,",
    "Jean Marc",
    "Compound without hyphen in both sources.",
)
C(
    cat,
    ("Pierre-Yves Le Corre", "py.lecorre@lecorre-marine.bzh"),
    "Salut Pierre-Yves,",
    "Pierre-Yves",
    "Compound first name with a particle surname.",
    tu=True,
)
C(
    cat,
    ("Marie Dupont", "jdupont@orange.fr"),
    "Bonjour Marie,",
    "Marie",
    "Shared family address; the display name says Marie, as the greeting does.",
)
C(
    cat,
    ("Sophie Martin", "s.bernard@bernard-patrimoine.fr"),
    "Bonjour Sophie,",
    "Sophie",
    "Address under another surname (married name); display name and greeting agree.",
)
C(
    cat,
    ("Claire Lopez", "claire.lopez@hotmail.fr"),
    "Bonjour Claire, comme convenu au téléphone, voici le dossier.",
    "Claire",
    "Greeting on the same line as the body.",
)
C(cat, ("Julie Caron", "j.caron@caron-sci.fr"), "Bonjour Julie,", "Julie", "Initial in the address matches.")
C(
    cat,
    ("Julie Caron", "marc.caron@caron-sci.fr"),
    "Bonjour Julie,",
    "Julie",
    "Address is her husband's; the display name says Julie, as the greeting does.",
)
C(
    cat,
    ("Aurélien Texier", "aurelien.texier@texier-sas.fr"),
    "Bonjour Aurélien, bonne année !",
    "Aurélien",
    "Greeting followed by wishes.",
)
C(
    cat,
    ("Mélanie Chevalier", "melanie.chevalier@axa-chevalier.fr"),
    "Bonjour à toi Mélanie,",
    "Mélanie",
    "'Bonjour à toi' + first name.",
    tu=True,
)
C(
    cat,
    ("Benoît Lacroix", "benoit.lacroix@lacroix-expertise.fr"),
    "Re-bonjour Benoît,",
    "Benoît",
    "Second mail of the day, still greeted by first name.",
)
C(
    cat,
    ("Quentin Dumas", "quentin@dumas-digital.fr"),
    "Hello Quentin !",
    "Quentin",
    "Hello + first name in French mail.",
    tu=True,
)

# --------------------------------------------------------------------------------------------
# 2. English openings with a first name
# --------------------------------------------------------------------------------------------
cat = "en_first_name"
C(cat, ("Sarah Jones", "sarah.jones@harbourcap.co.uk"), "Hi Sarah,", "Sarah", "Greeted by first name.", lang="en")
C(
    cat,
    ("Michael O'Brien", "mobrien@obrien-law.com"),
    "Hello Michael,",
    "Michael",
    "First name; apostrophe surname irrelevant.",
    lang="en",
)
C(cat, ("Emily Chen", "emily@chenventures.com"), "Dear Emily,", "Emily", "'Dear' + first name alone.", lang="en")
C(cat, ("Tom Baker", "tom.baker@bakerandco.co.uk"), "Morning Tom,", "Tom", "Informal British greeting.", lang="en")
C(cat, ("Rachel Green", "rgreen@greenfield-partners.com"), "Hey Rachel!", "Rachel", "Informal greeting.", lang="en")
C(
    cat,
    ("David Thompson", "dthompson@thompson-cpa.com"),
    "Good morning David,",
    "David",
    "Good morning + first name.",
    lang="en",
)
C(cat, ("Olivia Bennett", "olivia.bennett@northgate.io"), "Olivia —", "Olivia", "Bare vocative with a dash.", lang="en")
C(
    cat,
    ("Hannah Wright", "hannah.wright@wrightlogistics.com"),
    "Hi Hannah, hope you had a good weekend.",
    "Hannah",
    "Greeting plus pleasantry on one line.",
    lang="en",
)
C(
    cat,
    ("Hope Williams", "hope.williams@stjames-advisers.co.uk"),
    "Hi Hope,",
    "Hope",
    "Hope is her first name, not a word here.",
    lang="en",
)
C(
    cat,
    ("Summer Davis", "summer.davis@brightpath.com"),
    "Hi Summer,",
    "Summer",
    "First name that is also a word.",
    lang="en",
)
C(cat, ("Ryan Cooper", "ryan.cooper@coopergroup.com"), "Hi Ryan,", "Ryan", "Greeted by first name.", lang="en")
C(
    cat,
    ("Grace Mitchell", "g.mitchell@mitchell-wealth.co.uk"),
    "Good afternoon Grace,",
    "Grace",
    "Good afternoon + first name.",
    lang="en",
)
C(
    cat,
    ("Will Foster", "will@fosterandsons.co.uk"),
    "Hi Will,",
    "Will",
    "Will is his first name in the display name.",
    lang="en",
)
C(cat, ("Nathan Brooks", "nbrooks@brooks-legal.com"), "Nathan,", "Nathan", "Bare vocative first name.", lang="en")

# --------------------------------------------------------------------------------------------
# 3. Formal French openings (null)
# --------------------------------------------------------------------------------------------
cat = "formal_fr"
C(
    cat,
    ("Jean Dupont", "jean.dupont@mairie-vernon.fr"),
    "Bonjour Monsieur Dupont,",
    N,
    "Title + surname: not on first-name terms.",
)
C(cat, ("Claire Bonnet", "claire.bonnet@bonnet-sa.fr"), "Madame,", N, "Formal 'Madame,' opening.")
C(cat, ("Sophie Durand", "s.durand@durand.notaires.fr"), "Bonjour Maître,", N, "Notary addressed by title.")
C(cat, ("Me Sophie Durand", "sophie.durand@durand.notaires.fr"), "Cher Maître,", N, "'Cher Maître' is formal.")
C(cat, ("Dr Alain Roux", "alain.roux@cabinet-medical-roux.fr"), "Bonjour Docteur,", N, "Doctor addressed by title.")
C(
    cat,
    ("Hélène Marchal", "helene.marchal@marchal-immobilier.fr"),
    "Chère Madame Marchal,",
    N,
    "'Chère Madame' + surname is formal.",
)
C(cat, ("Philippe Garnier", "p.garnier@garnier-industries.fr"), "Cher Monsieur,", N, "'Cher Monsieur' is formal.")
C(cat, ("François Lefèvre", "f.lefevre@medef-normandie.fr"), "Monsieur le Président,", N, "Addressed by office.")
C(cat, ("Martine Joly", "martine.joly@laposte.net"), "Bonjour Madame,", N, "Title without name.")
C(cat, ("Bernard Caron", "bernard.caron@caron-menuiserie.fr"), "Bonjour M. Caron,", N, "Abbreviated title + surname.")
C(cat, ("Isabelle Noël", "isabelle.noel@free.fr"), "Bonjour Mme Noël,", N, "Abbreviated title + surname.")
C(cat, ("Patrick Leroux", "maire@ville-saint-aubin.fr"), "Monsieur le Maire,", N, "Mayor addressed by office.")
C(
    cat,
    ("Cécile Arnaud", "cecile.arnaud@arnaud-pharma.fr"),
    "Bonjour Madame Cécile,",
    N,
    "Title + first name keeps a deference the follow-up must not drop.",
)
C(cat, ("Olivier Mas", "olivier.mas@notaires-mas.fr"), "Cher confrère,", N, "Notary-to-notary formula.")
C(cat, ("Catherine Viallet", "c.viallet@viallet.notaires.fr"), "Chère consœur,", N, "Notary-to-notary formula.")
C(
    cat,
    ("Jacques Meunier", "jacques.meunier@meunier-avocats.fr"),
    "Bonjour Monsieur Jacques Meunier,",
    N,
    "Title + full name.",
)
C(
    cat,
    ("Claire Martin", "claire.martin@martin-associes.fr"),
    "Bonjour Claire Martin,",
    N,
    "Full name without title: not first-name terms.",
)
C(cat, ("Roger Blanc", "roger.blanc@orange.fr"), "Monsieur Blanc,", N, "Title + surname.")
C(
    cat,
    ("Henri de Saint-Exupéry", "henri.desaintexupery@se-holding.fr"),
    "Bonjour Monsieur de Saint-Exupéry,",
    N,
    "Title + particle surname.",
)
C(cat, ("Juliette Renaud", "direction@lycee-renaud.fr"), "Madame la Directrice,", N, "Addressed by office.")
C(cat, ("Luc Ferrand", "luc.ferrand@ferrand-btp.fr"), "Bonjour Mr Ferrand,", N, "English-style title + surname.")
C(cat, ("Denise Moulin", "denise.moulin@wanadoo.fr"), "Chère Madame,", N, "'Chère Madame' is formal.")
C(cat, ("Gérard Lopez", "gerard.lopez@lopez-vins.fr"), "Bien cher Monsieur,", N, "Formal, warm but with title.")
C(
    cat,
    ("Nadine Picard", "nadine.picard@picard-conseil.fr"),
    "Bonjour Madame Picard et merci pour votre appel.",
    N,
    "Title + surname followed by thanks.",
)
C(cat, ("Professeur Marc Aubry", "marc.aubry@chu-rouen.fr"), "Monsieur le Professeur,", N, "Addressed by title.")
C(
    cat,
    ("Yves Morin", "yves.morin@morin-transports.fr"),
    "Bonjour Monsieur Yves,",
    N,
    "Title + first name: formal, do not drop the title.",
)
C(cat, ("Josée Tremblay", "jtremblay@desjardins-conseil.qc.ca"), "Bonjour Mme Tremblay,", N, "Québec: title + surname.")
C(cat, ("Luc Janssens", "luc.janssens@janssens-immo.be"), "Bonjour Monsieur Janssens,", N, "Belgium: title + surname.")
C(
    cat,
    ("Daniel Favre", "daniel.favre@favre-fiduciaire.ch"),
    "Bonjour Monsieur Favre,",
    N,
    "Switzerland: title + surname.",
)
C(cat, ("Élise Rochat", "elise.rochat@rochat-gerance.ch"), "Chère Madame Rochat,", N, "Title + surname.")
C(
    cat,
    ("Paul Girard", "paul.girard@girard-sa.fr"),
    "Bonjour Monsieur,",
    N,
    "Formal opening; the clear display name does not make first-name terms.",
)
C(cat, ("Aurore Vial", "aurore.vial@vial-avocat.fr"), "Maître,", N, "Lawyer addressed by title.")
C(cat, ("Sylvie Besnard", "sylvie.besnard@besnard.notaires.fr"), "Bonjour Maître Besnard,", N, "Title + surname.")
C(
    cat,
    ("Serge Paillard", "s.paillard@paillard-expertise.fr"),
    "Bonsoir Monsieur Paillard,",
    N,
    "Bonsoir + title + surname.",
)
C(
    cat,
    ("Marie-Claire Fabre", "mc.fabre@fabre-associes.fr"),
    "Bonjour Marie-Claire Fabre,",
    N,
    "Full name without title: not first-name terms.",
)
C(
    cat,
    ("Thierry Lemaire", "thierry.lemaire@lemaire-finance.fr"),
    "Cher Monsieur Lemaire, cher ami,",
    N,
    "Title + surname, even with 'cher ami'.",
)

# --------------------------------------------------------------------------------------------
# 4. Formal English openings (null)
# --------------------------------------------------------------------------------------------
cat = "formal_en"
C(cat, ("John Smith", "john.smith@smithholdings.co.uk"), "Dear Mr Smith,", N, "Title + surname.", lang="en")
C(cat, ("Dr. Emily Chen", "emily.chen@stmarys-clinic.org"), "Dear Dr Chen,", N, "Title + surname.", lang="en")
C(cat, ("Karen Patel", "karen.patel@pateltrust.com"), "Dear Ms Patel,", N, "Title + surname.", lang="en")
C(cat, ("Margaret Brown", "m.brown@brownestates.co.uk"), "Dear Mrs. Brown,", N, "Title + surname.", lang="en")
C(cat, ("Robert Lee", "rlee@univ-example.edu"), "Dear Professor Lee,", N, "Academic title + surname.", lang="en")
C(
    cat,
    ("John Ashworth", "john.ashworth@ashworth-estates.co.uk"),
    "Dear Sir John,",
    N,
    "Honorific 'Sir' + first name: keep formal.",
    lang="en",
)
C(cat, ("Alan Davies", "alan.davies@daviesgroup.co.uk"), "Good afternoon Mr. Davies,", N, "Title + surname.", lang="en")
C(
    cat,
    ("Sarah Jones", "sarah.jones@jonesbuild.com"),
    "Dear Sarah Jones,",
    N,
    "Full name without title: not first-name terms.",
    lang="en",
)
C(cat, ("Mark Evans", "mark.evans@evans-capital.com"), "Sir,", N, "Bare 'Sir'.", lang="en")
C(cat, ("Helen Green", "helen.green@greenacre.co.uk"), "Hello Mrs Green,", N, "Title + surname.", lang="en")
C(cat, ("William Hart", "william.hart@hartllp.com"), "Dear Mr. William Hart,", N, "Title + full name.", lang="en")
C(cat, ("Amanda Ross", "amanda.ross@rossfamilyoffice.com"), "Madam,", N, "Bare 'Madam'.", lang="en")
C(
    cat,
    ("Kevin Murphy", "kevin.murphy@murphy-dublin.ie"),
    "To whom it may concern,",
    N,
    "Impersonal opening.",
    lang="en",
)
C(cat, ("Priya Sharma", "priya.sharma@sharma-advisory.in"), "Dear Ms Sharma,", N, "Title + surname.", lang="en")
C(cat, ("Abdullah Al-Rashid", "a.alrashid@alrashid-holding.ae"), "Dear Mr Al-Rashid,", N, "Title + surname.", lang="en")
C(
    cat,
    ("Dr. Emily Chen", "emily.chen@stmarys-clinic.org"),
    "Hello Dr Emily,",
    N,
    "Title + first name: keep formal.",
    lang="en",
)
C(
    cat,
    ("Bob Prospect", "bob@prospect.com"),
    "Dear Mr Prospect,",
    N,
    "User was formal even though the display name is a nickname.",
    lang="en",
)
C(cat, ("Jordan Lee", "jordan.lee@leeventures.com"), "Dear Jordan Lee,", N, "Full name without title.", lang="en")

# --------------------------------------------------------------------------------------------
# 5. Formal openings in other languages (null)
# --------------------------------------------------------------------------------------------
cat = "formal_other"
C(cat, ("Anna Müller", "anna.mueller@mueller-treuhand.de"), "Sehr geehrte Frau Müller,", N, "German formal.", lang="de")
C(
    cat,
    ("Dr. Klaus Schneider", "k.schneider@schneider-kanzlei.de"),
    "Sehr geehrter Herr Dr. Schneider,",
    N,
    "German formal with academic title.",
    lang="de",
)
C(
    cat,
    ("Info Bergmann GmbH", "info@bergmann-gmbh.de"),
    "Sehr geehrte Damen und Herren,",
    N,
    "German 'Ladies and Gentlemen'.",
    lang="de",
)
C(
    cat,
    ("Petra Schmidt", "petra.schmidt@schmidt-immobilien.de"),
    "Guten Tag Frau Schmidt,",
    N,
    "Title + surname.",
    lang="de",
)
C(
    cat,
    ("Jürgen Becker", "j.becker@becker-bau.de"),
    "Hallo Herr Becker,",
    N,
    "Informal hello but still Herr + surname.",
    lang="de",
)
C(cat, ("Reto Meier", "reto.meier@meier-treuhand.ch"), "Grüezi Herr Meier,", N, "Swiss German formal.", lang="de")
C(
    cat,
    ("Giulia Rossi", "giulia.rossi@studiorossi.it"),
    "Gentile Dottoressa Rossi,",
    N,
    "Italian title + surname.",
    lang="it",
)
C(
    cat,
    ("Marco Bianchi", "avv.bianchi@bianchi-legale.it"),
    "Egregio Avvocato Bianchi,",
    N,
    "Italian lawyer by title.",
    lang="it",
)
C(
    cat,
    ("Francesca Ferrari", "f.ferrari@ferrari-immobiliare.it"),
    "Gentile Signora Ferrari,",
    N,
    "Italian title + surname.",
    lang="it",
)
C(
    cat,
    ("Paolo Conti", "paolo.conti@conti-ingegneria.it"),
    "Gentile Ing. Conti,",
    N,
    "Italian professional title.",
    lang="it",
)
C(
    cat,
    ("Carlos García", "carlos.garcia@garcia-asesores.es"),
    "Estimado Sr. García:",
    N,
    "Spanish title + surname.",
    lang="es",
)
C(
    cat,
    ("Lucía López", "lucia.lopez@lopez-abogados.es"),
    "Estimada Sra. López:",
    N,
    "Spanish title + surname.",
    lang="es",
)
C(
    cat,
    ("Alfonso Ortega", "alfonso.ortega@ortega-familia.es"),
    "Estimado Don Alfonso:",
    N,
    "'Don' + first name is a title: keep formal.",
    lang="es",
)
C(cat, ("Pieter Jansen", "p.jansen@jansen-advies.nl"), "Geachte heer Jansen,", N, "Dutch title + surname.", lang="nl")
C(
    cat,
    ("Anouk de Vries", "anouk.devries@devries-notarissen.nl"),
    "Geachte mevrouw De Vries,",
    N,
    "Dutch title + particle surname.",
    lang="nl",
)
C(
    cat,
    ("Bas Bakker", "bas.bakker@bakker-bv.nl"),
    "Beste heer Bakker,",
    N,
    "'Beste' but with title + surname.",
    lang="nl",
)
C(
    cat,
    ("Ricardo Almeida", "ricardo.almeida@almeida-advogados.pt"),
    "Caro Dr. Almeida,",
    N,
    "Portuguese title + surname.",
    lang="pt",
)
C(cat, ("Tanaka Hiroshi", "h.tanaka@tanaka-trading.co.jp"), "Dear Tanaka-san,", N, "Surname + honorific.", lang="en")
C(cat, ("Yuki Sato", "yuki.sato@sato-partners.jp"), "Dear Sato-san,", N, "Surname + honorific.", lang="en")
C(
    cat,
    ("Eric Van Damme", "eric.vandamme@vandamme-verzekeringen.be"),
    "Beste heer Van Damme,",
    N,
    "Flemish title + surname.",
    lang="nl",
)
C(cat, ("Guido Weber", "guido.weber@weber-ag.ch"), "Sehr geehrter Herr Weber,", N, "Swiss German formal.", lang="de")
C(
    cat,
    ("Elena Greco", "elena.greco@greco-commercialisti.it"),
    "Buongiorno Dott.ssa Greco,",
    N,
    "Italian title + surname.",
    lang="it",
)

# --------------------------------------------------------------------------------------------
# 6. Informal openings in other languages (names)
# --------------------------------------------------------------------------------------------
cat = "informal_other"
C(
    cat,
    ("Anna Müller", "anna.mueller@mueller-treuhand.de"),
    "Hallo Anna,",
    "Anna",
    "German informal, first name.",
    lang="de",
    tu=True,
)
C(
    cat,
    ("Thomas Wagner", "thomas.wagner@wagner-consulting.de"),
    "Lieber Thomas,",
    "Thomas",
    "'Lieber' + first name.",
    lang="de",
    tu=True,
)
C(
    cat,
    ("Katrin Hofmann", "k.hofmann@hofmann-partner.de"),
    "Liebe Katrin,",
    "Katrin",
    "'Liebe' + first name.",
    lang="de",
    tu=True,
)
C(
    cat,
    ("Florian Gruber", "florian.gruber@gruber-immo.at"),
    "Servus Florian,",
    "Florian",
    "Austrian informal.",
    lang="de",
    tu=True,
)
C(
    cat,
    ("Jan Petersen", "jan.petersen@petersen-logistik.de"),
    "Moin Jan,",
    "Jan",
    "North German informal.",
    lang="de",
    tu=True,
)
C(
    cat,
    ("Reto Meier", "reto.meier@meier-treuhand.ch"),
    "Grüezi Reto,",
    "Reto",
    "Swiss German with first name.",
    lang="de",
    tu=True,
)
C(
    cat,
    ("Giulia Rossi", "giulia.rossi@studiorossi.it"),
    "Ciao Giulia,",
    "Giulia",
    "Italian informal.",
    lang="it",
    tu=True,
)
C(
    cat,
    ("Marco Bianchi", "marco.bianchi@bianchi-srl.it"),
    "Buongiorno Marco,",
    "Marco",
    "Italian greeting with first name.",
    lang="it",
)
C(
    cat,
    ("Luca Esposito", "luca.esposito@esposito-spa.it"),
    "Caro Luca,",
    "Luca",
    "'Caro' + first name.",
    lang="it",
    tu=True,
)
C(
    cat,
    ("Chiara Romano", "chiara.romano@romano-consulenze.it"),
    "Gentile Chiara,",
    "Chiara",
    "'Gentile' + first name alone.",
    lang="it",
)
C(
    cat,
    ("Lucía López", "lucia.lopez@lopez-abogados.es"),
    "Hola Lucía:",
    "Lucía",
    "Spanish informal.",
    lang="es",
    tu=True,
)
C(
    cat,
    ("Javier Martín", "javier.martin@martin-inversiones.es"),
    "Buenos días Javier,",
    "Javier",
    "Spanish greeting with first name; Martín is the surname.",
    lang="es",
)
C(
    cat,
    ("Carmen Ruiz", "carmen.ruiz@ruiz-asesoria.es"),
    "Estimada Carmen:",
    "Carmen",
    "'Estimada' + first name alone.",
    lang="es",
)
C(
    cat,
    ("Pablo Fernández", "pablo.fernandez@fernandez-grupo.es"),
    "Querido Pablo:",
    "Pablo",
    "'Querido' + first name.",
    lang="es",
    tu=True,
)
C(
    cat,
    ("Pieter van den Berg", "pieter.vandenberg@vdberg-advies.nl"),
    "Beste Pieter,",
    "Pieter",
    "'Beste' + first name.",
    lang="nl",
    tu=True,
)
C(
    cat,
    ("Sanne Visser", "sanne.visser@visser-makelaars.nl"),
    "Hoi Sanne,",
    "Sanne",
    "Dutch informal.",
    lang="nl",
    tu=True,
)
C(
    cat,
    ("Daan de Jong", "daan.dejong@dejong-bv.nl"),
    "Hallo Daan,",
    "Daan",
    "Dutch greeting with first name.",
    lang="nl",
    tu=True,
)
C(
    cat,
    ("Koen Peeters", "koen.peeters@peeters-verzekeringen.be"),
    "Beste Koen,",
    "Koen",
    "Flemish first name.",
    lang="nl",
    tu=True,
)
C(
    cat,
    ("João Silva Santos", "joao.santos@santos-lda.pt"),
    "Olá João,",
    "João",
    "Portuguese informal.",
    lang="pt",
    tu=True,
)
C(
    cat,
    ("Björn Andersson", "bjorn.andersson@andersson-ab.se"),
    "Hej Björn,",
    "Björn",
    "Swedish greeting with first name.",
    lang="en",
)

# --------------------------------------------------------------------------------------------
# 7. Openings without a name, or no opening (null)
# --------------------------------------------------------------------------------------------
cat = "no_name_opening"
C(cat, ("Bob Prospect", "bob@prospect.com"), "Bonjour,", N, "No name in the opening; mirror the user's 'Bonjour,'.")
C(cat, ("Sarah Jones", "sarah.jones@harbourcap.co.uk"), "Hi,", N, "No name in the opening.", lang="en")
C(cat, ("Claire Martin", "claire.martin@groupe-averna.fr"), "Bonjour à vous,", N, "No name in the opening.")
C(cat, ("Thomas Girard", "thomas.girard@girard-immo.fr"), "Bonsoir,", N, "No name in the opening.")
C(cat, ("Emma Wilson", "emma.wilson@wilsonpartners.com"), "Hello,", N, "No name in the opening.", lang="en")
C(
    cat,
    ("Laura Petit", "laura.petit@gmail.com"),
    "Bonjour,",
    N,
    "No name; the display name alone does not establish first-name terms.",
)
C(cat, ("Hugo Lambert", "hugo@lambert-conseil.fr"), "Re-bonjour,", N, "No name in the opening.")
C(
    cat,
    ("Marc Antoine", "marc.antoine@antoine-btp.fr"),
    "Hello again,",
    N,
    "No name; 'Marc Antoine' is not even clearly first/surname.",
    lang="en",
)
C(cat, ("David Thompson", "dthompson@thompson-cpa.com"), "Good morning,", N, "No name in the opening.", lang="en")
C(cat, ("Anna Müller", "anna.mueller@mueller-treuhand.de"), "Guten Tag,", N, "No name in the opening.", lang="de")
C(cat, ("Giulia Rossi", "giulia.rossi@studiorossi.it"), "Buongiorno,", N, "No name in the opening.", lang="it")
C(cat, ("Carlos García", "carlos.garcia@garcia-asesores.es"), "Buenos días:", N, "No name in the opening.", lang="es")
C(cat, ("Julie Morel", "julie.morel@morel-assurances.fr"), "Bonjour et bonne année !", N, "Wishes, no name.")
C(cat, ("Kevin Roy", "kevin.roy@roy-auto.fr"), "Bonjour encore,", N, "'encore' is not a name.")
C(cat, ("Léa Fontaine", "lea.fontaine@fontaine-deco.fr"), "Bonjour de Bordeaux !", N, "A city, not a name.")
C(cat, ("Nina Schulz", "nina.schulz@schulz-design.de"), "Hallo,", N, "No name in the opening.", lang="de", tu=True)
C(cat, ("Charlotte Weber", "charlotte.weber@weber-legal.co.uk"), "Hi there,", N, "'there' is not a name.", lang="en")
C(cat, ("Mehdi Benali", "mehdi.benali@benali-transport.fr"), "Salut,", N, "No name in the opening.", tu=True)
C(cat, ("Pauline Leroy", "pauline.leroy@leroy-conseil.fr"), "Bonjour à nouveau,", N, "No name in the opening.")
C(cat, ("Arnaud Vasseur", "arnaud.vasseur@vasseur-sa.fr"), "Bonjour,", N, "No name in the opening.")
C(cat, ("Julie Caron", "julie.caron@caron-sci.fr"), "Bonjour {prénom},", N, "Unfilled template placeholder.")
C(cat, ("Ben Carter", "ben.carter@carter-hq.com"), "Hi {{first_name}},", N, "Unfilled template placeholder.", lang="en")
C(cat, ("Éric Moulin", "eric.moulin@moulin-freres.fr"), "Bonjour [Prénom],", N, "Unfilled template placeholder.")
C(
    cat,
    ("Anaïs Roche", "anais.roche@roche-patrimoine.fr"),
    "Bonjour Prénom,",
    N,
    "Template word 'Prénom' left in, not a name.",
)
C(cat, ("Xavier Lenoir", "xavier.lenoir@lenoir-sas.fr"), "Bonjour XXX,", N, "Placeholder left in.")
C(cat, ("Stéphane Colin", "stephane.colin@colin-btp.fr"), None, N, "No opening at all.")
C(cat, ("Amy Parker", "amy.parker@parkerlabs.com"), None, N, "No opening at all.", lang="en")
C(cat, ("Julien Roux", "julien.roux@roux-distribution.fr"), None, N, "No opening at all; informal body.", tu=True)
C(cat, ("Max Hoffmann", "max.hoffmann@hoffmann-gruppe.de"), None, N, "No opening at all.", lang="en")
C(cat, ("Inès Chauvin", "ines.chauvin@chauvin-avocats.fr"), None, N, "No opening at all.")
C(
    cat,
    ("Hervé Blanc", "herve.blanc@blanc-elec.fr"),
    "Bonjour Chef,",
    N,
    "'Chef' is a nickname, not a first name.",
    tu=True,
)
C(cat, ("Nicolas Petit", "nicolas.petit@petit-sa.fr"), "Hello boss,", N, "'boss' is not a first name.", tu=True)
C(cat, ("Sonia Meyer", "sonia.meyer@gmail.com"), "Coucou ma belle,", N, "Term of endearment, no name.", tu=True)
C(cat, ("Alexandre Roy", "alexandre.roy@roy-cie.fr"), "Salut l'ami,", N, "'l'ami' is not a name.", tu=True)
C(cat, ("Michel Perret", "michel.perret@cabinet-perret.fr"), "Bonjour Doc,", N, "'Doc' is a title nickname.", tu=True)
C(cat, ("Tom Reed", "tom.reed@reed-motors.co.uk"), "Hi mate,", N, "'mate' is not a name.", lang="en")
C(
    cat,
    ("Joseph Martin", "joseph.martin@martin-conseil.fr"),
    "Bonjour,",
    N,
    "No greeting name; the follow-up must not invent 'Joseph' or a nickname.",
)
C(cat, ("J.P. Morel", "jp.morel@morel-btp.fr"), "Bonjour,", N, "No greeting name; initials only.")
C(cat, ("M. Dupont", "m.dupont@dupont-avocats.fr"), "Bonjour,", N, "No greeting name; 'M.' may be Monsieur.")
C(
    cat,
    ("Nicolas “Nico” Bertin", "nico.bertin@bertin-sport.fr"),
    "Bonjour,",
    N,
    "No greeting name, even with a nickname in the display name.",
)
C(cat, ("Jojo Martin", "jojo.martin@gmail.com"), "Bonjour,", N, "No greeting name.")
C(cat, ("Morgan Blanc", "morgan.blanc@blanc-design.fr"), "Bonjour,", N, "No greeting name.")
C(cat, ("Cédric ALLARD | Responsable achats", "cedric.allard@allard-industrie.fr"), "Bonjour,", N, "No greeting name.")
C(cat, ("Jean Dupont - Direction Financière", "jean.dupont@groupe-vallee.fr"), "Bonjour,", N, "No greeting name.")
C(cat, ("JEAN DUPONT", "jean.dupont@wanadoo.fr"), "Bonjour,", N, "No greeting name.")
C(
    cat,
    ("sophie.lemaire@gmail.com", "sophie.lemaire@gmail.com"),
    "Bonjour,",
    N,
    "Display name is the address and the opening has no name.",
)
C(cat, (None, "jean.dupont@laposte.net"), "Bonjour,", N, "No display name, no greeting name.")
C(cat, ("Dupont, Jean", "jdupont@dupont-patrimoine.fr"), "Bonjour,", N, "No greeting name.")
C(cat, ("d'ORNANO Jean-Baptiste", "jb.dornano@dornano-holding.fr"), "Bonjour,", N, "No greeting name.")
C(cat, ("Ryan Cooper", "ryan.cooper@coopergroup.com"), "Good afternoon,", N, "No greeting name.", lang="en")

# --------------------------------------------------------------------------------------------
# 8. Several people greeted, groups
# --------------------------------------------------------------------------------------------
cat = "groups"
PG = ("Paul Girard", "paul.girard@girard-sa.fr")
MD = ("Marie Durand", "marie.durand@durand-immo.fr")
C(cat, [PG, MD], "Bonjour Paul, bonjour Marie,", "Paul", "First To (Paul) greeted by first name among others.")
C(cat, [MD, PG], "Bonjour Paul, bonjour Marie,", "Marie", "First To is Marie, greeted by first name (second).")
C(cat, [PG, MD, ("Hugo Lambert", "hugo@lambert-conseil.fr")], "Bonjour à tous,", N, "Group greeting, no name.")
C(cat, [PG, MD], "Bonjour à tous les deux,", N, "Group greeting, no name.")
C(cat, [PG, MD], "Madame, Monsieur,", N, "Formal group opening.")
C(
    cat,
    [PG, ("Martine Rey", "martine.rey@rey-conseil.fr")],
    "Bonjour Paul, Madame Rey,",
    "Paul",
    "First To greeted by first name; the other formally.",
)
C(
    cat,
    [("Martine Rey", "martine.rey@rey-conseil.fr"), PG],
    "Bonjour Madame Rey, bonjour Paul,",
    N,
    "First To (Martine Rey) is greeted formally.",
)
C(
    cat,
    [("Sarah Jones", "sarah.jones@harbourcap.co.uk"), ("Tom Hughes", "tom.hughes@harbourcap.co.uk")],
    "Hi Sarah, hi Tom,",
    "Sarah",
    "First To greeted by first name.",
    lang="en",
)
C(
    cat,
    [("Tom Hughes", "tom.hughes@harbourcap.co.uk"), ("Sarah Jones", "sarah.jones@harbourcap.co.uk")],
    "Hi Sarah and Tom,",
    "Tom",
    "First To is Tom, greeted second.",
    lang="en",
)
C(
    cat,
    [("Tom Hughes", "tom.hughes@harbourcap.co.uk"), ("Sarah Jones", "sarah.jones@harbourcap.co.uk")],
    "Hi all,",
    N,
    "Group greeting.",
    lang="en",
)
C(
    cat,
    [("Olivia Bennett", "olivia.bennett@northgate.io"), ("Sam Patel", "sam.patel@northgate.io")],
    "Hi team,",
    N,
    "Group greeting.",
    lang="en",
)
C(
    cat,
    [("Camille Laurent", "camille.laurent@laurent-sa.fr"), ("Lucas Meyer", "lucas.meyer@laurent-sa.fr")],
    "Bonjour l'équipe,",
    N,
    "Group greeting.",
)
C(
    cat,
    [("Camille Laurent", "camille.laurent@laurent-sa.fr"), ("Lucas Meyer", "lucas.meyer@laurent-sa.fr")],
    "Chers tous,",
    N,
    "Group greeting.",
)
C(
    cat,
    [("Jean Dupont", "jean.dupont@dupont-sa.fr"), ("Luc Martin", "luc.martin@dupont-sa.fr")],
    "Bonjour Messieurs,",
    N,
    "Formal group greeting.",
)
C(
    cat,
    [("Claire Bonnet", "claire.bonnet@bonnet-sa.fr"), ("Luc Martin", "luc.martin@bonnet-sa.fr")],
    "Mesdames, Messieurs,",
    N,
    "Formal group greeting.",
)
C(
    cat,
    [("Julien Caron", "julien.caron@caron-sci.fr"), PG, MD],
    "Bonjour Paul, Marie, Julien,",
    "Julien",
    "First To is Julien, greeted by first name (last in the list).",
)
C(cat, PG, "Bonjour Paul (et Marie en copie),", "Paul", "Paul is greeted; Marie is only mentioned.")
C(cat, [PG, MD], "Bonjour Paul & Marie,", "Paul", "First To greeted by first name with another.")
C(
    cat,
    [("Camille Roux", "camille.roux@roux-avocats.fr"), ("Lucas Vidal", "lucas.vidal@roux-avocats.fr")],
    "Hello vous deux !",
    N,
    "Group greeting.",
    tu=True,
)
C(
    cat,
    [("Anna Müller", "anna.mueller@mueller-treuhand.de"), ("Jan Petersen", "jan.petersen@mueller-treuhand.de")],
    "Hallo zusammen,",
    N,
    "German 'hello all'.",
    lang="de",
    tu=True,
)
C(
    cat,
    [("Giulia Rossi", "giulia.rossi@studiorossi.it"), ("Marco Bianchi", "marco.bianchi@studiorossi.it")],
    "Ciao a tutti,",
    N,
    "Italian 'hello all'.",
    lang="it",
    tu=True,
)
C(
    cat,
    [("Sophie Adam", "sophie.adam@adam-conseil.fr"), ("Karim Haddad", "karim.haddad@adam-conseil.fr")],
    "Bonjour Sophie, Karim,",
    "Sophie",
    "First To greeted first.",
)
C(
    cat,
    [("Karim Haddad", "karim.haddad@adam-conseil.fr"), ("Sophie Adam", "sophie.adam@adam-conseil.fr")],
    "Bonjour Sophie, Karim,",
    "Karim",
    "First To (Karim) greeted second.",
)
C(
    cat,
    [("Lucie Barre", "lucie.barre@barre-immo.fr"), ("Hugo Vidal", "hugo.vidal@barre-immo.fr")],
    "Bonjour Lucie, Monsieur Vidal,",
    "Lucie",
    "First To greeted by first name, the other formally.",
)
C(
    cat,
    [("Claire Petit", "claire.petit@groupe-vauban.fr"), ("Marc Olivier", "marc.olivier@groupe-vauban.fr")],
    "Bonjour Claire,\nBonjour Marc,",
    "Claire",
    "Two greeting lines; the first To is greeted by first name.",
)
C(
    cat,
    [("Emma Wilson", "emma.wilson@wilsonpartners.com"), ("Jack Wilson", "jack.wilson@wilsonpartners.com")],
    "Dear both,",
    N,
    "Group greeting.",
    lang="en",
)
C(
    cat,
    [("Emma Wilson", "emma.wilson@wilsonpartners.com"), ("Jack Wilson", "jack.wilson@wilsonpartners.com")],
    "Dear all,",
    N,
    "Group greeting.",
    lang="en",
)
C(
    cat,
    [("Hélène Leroy", "helene.leroy@leroy-perrin.fr"), ("Denis Perrin", "denis.perrin@leroy-perrin.fr")],
    "Bonjour Madame Leroy, Monsieur Perrin,",
    N,
    "Both greeted formally.",
)
C(
    cat,
    [("Aline Faure", "aline.faure@faure-expertise.fr"), ("Yves Faure", "yves.faure@faure-expertise.fr")],
    "Bonjour Aline, bonjour Yves,",
    "Aline",
    "First To greeted by first name.",
)
C(
    cat,
    [("Pieter Jansen", "p.jansen@jansen-advies.nl"), ("Sanne Visser", "sanne.visser@jansen-advies.nl")],
    "Beste Pieter en Sanne,",
    "Pieter",
    "First To greeted by first name with another.",
    lang="nl",
    tu=True,
)
C(
    cat,
    [("Marc Vidal", "marc.vidal@vidal-sa.fr"), ("Chloé Vidal", "chloe.vidal@vidal-sa.fr")],
    "Bonjour à vous deux,",
    N,
    "Group greeting.",
)

# --------------------------------------------------------------------------------------------
# 9. The opening greets someone other than the first To recipient (null)
# --------------------------------------------------------------------------------------------
cat = "other_person"
C(
    cat,
    ("Marie Girard", "marie.girard@girard-sa.fr"),
    "Bonjour Paul,",
    N,
    "Greeted name contradicts the recipient's display name.",
)
C(
    cat,
    ("Me Sophie Durand", "sophie.durand@durand.notaires.fr"),
    "Bonjour Nathalie,\n\nPourriez-vous transmettre ce message à Maître Durand ?",
    N,
    "Greets an assistant, not the recipient Sophie Durand.",
)
C(cat, ("Catherine Roux", "catherine.roux@roux-finance.fr"), "Bonjour Sophie,", N, "Sophie is not Catherine Roux.")
C(
    cat,
    (None, "jean.dupont@dupont-patrimoine.fr"),
    "Bonjour Marie,",
    N,
    "No display name; the address names Jean, not Marie.",
)
C(cat, (None, "c.roux@roux-finance.fr"), "Bonjour Sophie,", N, "Address initial C contradicts Sophie.")
C(cat, ("A. Chen", "a.chen@chen-law.com"), "Hi Beth,", N, "Initial A is incompatible with Beth.", lang="en")
C(cat, ("J. Dupont", "j.dupont@dupont-avocats.fr"), "Bonjour Paul,", N, "Initial J is incompatible with Paul.")
C(cat, ("Bob Prospect", "bob@prospect.com"), "Hi Alice,", N, "Alice is not Bob.", lang="en")
C(
    cat,
    [("Thomas Weber", "t.weber@weber-ag.de"), ("Sandra Klein", "sandra.klein@weber-ag.de")],
    "Hallo Sandra,",
    N,
    "Greets the second To recipient.",
    lang="de",
    tu=True,
)
C(
    cat,
    [("DUPONT Jean", "jean.dupont@mairie-evreux.fr"), ("MARTIN Claire", "claire.martin@mairie-evreux.fr")],
    "Bonjour Claire,",
    N,
    "Greets the second To recipient.",
)
C(
    cat,
    ("Lucas Moreau", "lucas.moreau@moreau-sas.fr"),
    "Bonjour Lucie,",
    N,
    "Lucie is a different first name from Lucas.",
)
C(cat, ("Léon Garnier", "leon.garnier@garnier-imports.fr"), "Bonjour Léa,", N, "Léa is not Léon.")
C(
    cat,
    ("Christine Faure", "christine.faure@faure-expertise.fr"),
    "Bonjour Christophe,",
    N,
    "Christophe is not Christine.",
)
C(cat, ("Dominique Marchand", "d.marchand@marchand-sa.fr"), "Bonjour Danielle,", N, "Danielle is not Dominique.")
C(
    cat,
    ("Jean Morel", "jean.morel@morel-avocats.fr"),
    "Bonjour Jeanne,",
    N,
    "Jeanne is a different first name from Jean.",
)
C(
    cat,
    [("Paul Girard", "paul.girard@girard-sa.fr"), ("Pauline Girard", "pauline.girard@girard-sa.fr")],
    "Bonjour Pauline,",
    N,
    "Greets the second To recipient (Pauline), not Paul.",
)
C(
    cat,
    [("Assistante de direction", "assistante.direction@vidal-sa.fr"), ("Marc Vidal", "marc.vidal@vidal-sa.fr")],
    "Bonjour Marc,",
    N,
    "Marc is the second To recipient; the first is a role mailbox.",
)
C(cat, ("Yasmine Haddad", "yasmine.haddad@haddad-conseil.fr"), "Bonjour Samia,", N, "Samia is not Yasmine.")
C(
    cat,
    ("Pierre Vasseur", "pierre.vasseur@vasseur-sa.fr"),
    "Bonjour Julien,",
    N,
    "Copy-pasted greeting for someone else.",
)
C(
    cat,
    ("Julie Caron", "marc.caron@caron-sci.fr"),
    "Bonjour Marc,",
    N,
    "The display name says Julie; Marc may be her husband (the address) — unclear, so no name.",
)
C(
    cat,
    [("Émilie Brun", "emilie.brun@brun-gestion.fr"), ("Thomas Brun", "thomas.brun@brun-gestion.fr")],
    "Bonjour Thomas,",
    N,
    "Greets the second To recipient.",
)
C(cat, ("Sarah Miller", "sarah.miller@millerco.com"), "Hi Jennifer,", N, "Jennifer is not Sarah.", lang="en")
C(cat, (None, "m.lefort@lefort-immo.fr"), "Bonjour Caroline,", N, "Address initial M contradicts Caroline.")

# --------------------------------------------------------------------------------------------
# 10. Directory styles (Exchange/Outlook), name order, surname greetings
# --------------------------------------------------------------------------------------------
cat = "directory_styles"
C(
    cat,
    ("DUPONT Jean", "jean.dupont@mairie-evreux.fr"),
    "Bonjour Jean,",
    "Jean",
    "SURNAME Firstname directory style; greeted by the first name.",
)
C(cat, ("DUPONT Jean", "jean.dupont@mairie-evreux.fr"), "Bonjour Dupont,", N, "Greeted by surname.")
C(cat, ("Dupont, Jean", "jdupont@x.fr"), "Bonjour Jean,", "Jean", "Surname, Firstname style; greeted by first name.")
C(
    cat,
    ("MARTIN Julie", "julie.martin@martin-conseil.fr"),
    "Bonjour Martin,",
    N,
    "Martin is her surname here (capitals), though a common first name.",
)
C(
    cat,
    ("LEFEBVRE Martin", "martin.lefebvre@lefebvre-sa.fr"),
    "Bonjour Martin,",
    "Martin",
    "Martin is the first name (capitalised surname first).",
)
C(
    cat,
    ("Martin Lefebvre", "martin.lefebvre@lefebvre-sa.fr"),
    "Bonjour Martin,",
    "Martin",
    "Martin is the first name; address agrees.",
)
C(
    cat,
    ("BERNARD Thomas", "thomas.bernard@bernard-immo.fr"),
    "Bonjour Bernard,",
    N,
    "Bernard is the surname (capitals and address).",
)
C(
    cat,
    ("Thomas Bernard", "bernard.thomas@bernard-immo.fr"),
    "Bonjour Bernard,",
    "Bernard",
    "Ambiguous display order; the greeting and the firstname.surname address agree on Bernard.",
)
C(
    cat,
    ("Thomas Bernard", "thomas.bernard@bernard-immo.fr"),
    "Bonjour Bernard,",
    N,
    "Display order and address make Bernard the surname.",
)
C(
    cat,
    ("Jean DUPONT (Crédit Agricole)", "jean.dupont@ca-normandie.fr"),
    "Bonjour Jean,",
    "Jean",
    "Company suffix in the display name.",
)
C(
    cat,
    ("Jean DUPONT (Crédit Agricole)", "jean.dupont@ca-normandie.fr"),
    "Bonjour Monsieur Dupont,",
    N,
    "Formal greeting.",
)
C(
    cat,
    ("[EXT] Martin, Claire", "claire.martin@partenaire-conseil.com"),
    "Bonjour Claire,",
    "Claire",
    "External tag + Surname, Firstname.",
)
C(
    cat,
    ("[EXT] Smith, John", "john.smith@vendor-corp.com"),
    "Hi John,",
    "John",
    "External tag + Surname, Firstname.",
    lang="en",
)
C(cat, ("[EXTERNAL] Patel, Priya", "priya.patel@patelsupply.com"), "Hi Priya,", "Priya", "External tag.", lang="en")
C(cat, ("DUPONT Jean (DRH)", "jean.dupont@groupe-vallee.fr"), "Bonjour Jean,", "Jean", "Department suffix.")
C(
    cat,
    ("MARTIN Claire / DGFIP", "claire.martin@dgfip.finances.gouv.fr"),
    "Bonjour Madame Martin,",
    N,
    "Formal greeting.",
)
C(
    cat,
    ("ROUSSEAU Marie-Hélène - Service juridique", "mh.rousseau@groupe-vallee.fr"),
    "Bonjour Marie-Hélène,",
    "Marie-Hélène",
    "Directory name with service suffix.",
)
C(
    cat,
    ("GARNIER Pierre-Louis [Ext]", "pl.garnier@garnier-conseil.fr"),
    "Salut Pierre-Louis,",
    "Pierre-Louis",
    "Directory name with external tag.",
    tu=True,
)
C(
    cat,
    ("Durand Laurent (ENGIE/DF)", "laurent.durand@engie-example.fr"),
    "Bonjour Laurent,",
    "Laurent",
    "Surname-first directory name; greeting and address agree on Laurent.",
)
C(cat, ("Durand Laurent (ENGIE/DF)", "laurent.durand@engie-example.fr"), "Bonjour Durand,", N, "Greeted by surname.")
C(
    cat,
    ("Vincent Robert", "vincent.robert@robert-associes.fr"),
    "Bonjour Vincent,",
    "Vincent",
    "Display and address agree on Vincent as first name.",
)
C(
    cat,
    ("NGUYEN Van Thanh", "thanh.nguyen@groupe-vallee.fr"),
    "Bonjour Thanh,",
    "Thanh",
    "Vietnamese name; Thanh is the name used.",
)
C(
    cat,
    ("Martin Claire", "claire.martin@martin-conseil.fr"),
    "Bonjour Claire,",
    "Claire",
    "Surname-first without capitals; greeting and address agree.",
)
C(
    cat,
    ("Martin Claire", "claire.martin@martin-conseil.fr"),
    "Bonjour Martin,",
    N,
    "Martin is the surname per the address.",
)
C(
    cat,
    ("Petit Jean-Baptiste", "jb.petit@petit-sa.fr"),
    "Bonjour Jean-Baptiste,",
    "Jean-Baptiste",
    "Surname-first display; compound first name greeted.",
)
C(
    cat,
    ("Mme DURAND Sophie", "sophie.durand@groupe-vallee.fr"),
    "Bonjour Sophie,",
    "Sophie",
    "Title in the display name, but the user greets by first name.",
)
C(cat, ("Madame DURAND Sophie", "sophie.durand@groupe-vallee.fr"), "Bonjour Madame Durand,", N, "Formal greeting.")
C(
    cat,
    ("Laurent, Marc (Paris)", "marc.laurent@laurent-avocats.fr"),
    "Bonjour Marc,",
    "Marc",
    "Surname, Firstname (office).",
)
C(
    cat,
    ("Laurent, Marc (Paris)", "marc.laurent@laurent-avocats.fr"),
    "Bonjour Laurent,",
    N,
    "Laurent is the surname (comma form).",
)
C(cat, ("Smith, John (J.)", "jsmith@smith-ins.com"), "Hi John,", "John", "Surname, Firstname (initial).", lang="en")
C(
    cat,
    ("ALLARD Cédric | Responsable achats", "cedric.allard@allard-industrie.fr"),
    "Bonjour Cédric,",
    "Cédric",
    "Directory name with job title.",
)
C(
    cat,
    ("Faure Sandrine - Cabinet Faure Expertise", "s.faure@faure-expertise.fr"),
    "Bonjour Sandrine,",
    "Sandrine",
    "Name with firm suffix.",
)
C(
    cat,
    ("S. FAURE", "s.faure@faure-expertise.fr"),
    "Bonjour Sandrine,",
    "Sandrine",
    "Initial S is compatible with Sandrine.",
)
C(cat, ("Dupont, Jean", "jdupont@x.fr"), "Bonjour Dupont,", N, "Greeted by surname.")
C(
    cat,
    ("LEGRAND Paul-Henri (SG/DAF)", "paul-henri.legrand@ministere-example.gouv.fr"),
    "Bonjour Paul-Henri,",
    "Paul-Henri",
    "Administrative directory name.",
)
C(cat, ("MOREAU Anne - DRH", "anne.moreau@groupe-vallee.fr"), "Bonjour Madame la DRH,", N, "Addressed by office.")
C(
    cat,
    ("Schmitt, Hans (EXTERN)", "hans.schmitt@schmitt-gmbh.de"),
    "Hallo Hans,",
    "Hans",
    "German external tag.",
    lang="de",
    tu=True,
)
C(
    cat,
    ("Schmitt, Hans (EXTERN)", "hans.schmitt@schmitt-gmbh.de"),
    "Hallo Schmitt,",
    N,
    "Greeted by surname.",
    lang="de",
    tu=True,
)
C(cat, ("Mamadou Ba", "mamadou.ba@ba-transit.sn"), "Bonjour Ba,", N, "Ba is the surname.")
C(cat, ("WANG Wei", "wei.wang@sino-trade.cn"), "Dear Wang,", N, "Wang is the surname.", lang="en")
C(cat, ("Wei Zhang", "zhang.wei@zhang-electronics.cn"), "Dear Zhang,", N, "Zhang is the surname.", lang="en")
C(cat, ("Le Goff Yannick", "yannick.legoff@legoff-peche.bzh"), "Bonjour Le Goff,", N, "Greeted by surname.")
C(cat, ("BEN YOUSSEF Ahmed", "ahmed.benyoussef@by-conseil.tn"), "Bonjour Ben Youssef,", N, "Greeted by surname.")

# --------------------------------------------------------------------------------------------
# 11. Desk/role addresses, role display names, firms that look like people
# --------------------------------------------------------------------------------------------
cat = "role_firm"
C(cat, ("Service Comptabilité", "compta@groupe-lemaire.fr"), "Bonjour,", N, "Role mailbox, no name.")
C(
    cat,
    ("Comptabilité Fournisseurs", "compta.fournisseurs@groupe-lemaire.fr"),
    "Bonjour Nadia,",
    "Nadia",
    "Role mailbox; the user knows Nadia reads it.",
)
C(cat, ("Accueil Cabinet Lefort", "accueil@cabinet-lefort.fr"), "Bonjour,", N, "Reception desk, no name.")
C(cat, (None, "contact@agence-horizon.fr"), "Bonjour,", N, "Generic address, no name.")
C(
    cat,
    (None, "contact@agence-horizon.fr"),
    "Bonjour Sophie,",
    "Sophie",
    "Generic address; the user greets Sophie and nothing contradicts it.",
)
C(cat, ("Service RH", "rh@ets-girard.fr"), "Madame, Monsieur,", N, "Role mailbox, formal.")
C(cat, ("Ressources Humaines", "rh@ets-girard.fr"), "Bonjour Service RH,", N, "A department, not a first name.")
C(cat, ("Recrutement", "jobs@fintech-example.com"), "Dear Hiring Team,", N, "Role greeting.", lang="en")
C(cat, ("Recruitment", "careers@northgate.io"), "Dear Hiring Manager,", N, "Role greeting.", lang="en")
C(
    cat,
    ("Service Client", "service.client@assur-example.fr"),
    "Bonjour Service Client,",
    N,
    "A department, not a first name.",
)
C(cat, ("Direction", "direction@clinique-saint-jean.fr"), "Monsieur le Directeur,", N, "Addressed by office.")
C(cat, ("Support", "support@synclead.io"), "Hi Support team,", N, "Role greeting.", lang="en")
C(
    cat,
    ("Secrétariat Dr Martin", "secretariat.martin@cabinet-medical.fr"),
    "Bonjour Nathalie,",
    "Nathalie",
    "Secretariat mailbox; the user greets the secretary by first name.",
)
C(cat, ("Secrétariat Dr Martin", "secretariat.martin@cabinet-medical.fr"), "Bonjour Docteur,", N, "Formal.")
C(cat, ("Étude Morel & Associés", "office@etude-morel.notaires.fr"), "Maître,", N, "Formal to a notary's office.")
C(cat, ("Martin & Fils", "contact@martin-fils.fr"), "Bonjour,", N, "Firm name that looks like a person.")
C(cat, ("Martin & Fils", "contact@martin-fils.fr"), "Bonjour Monsieur Martin,", N, "Formal.")
C(
    cat,
    ("Jean Dupont Immobilier", "contact@jeandupont-immobilier.fr"),
    "Bonjour,",
    N,
    "Firm named after a person; no greeting name.",
)
C(
    cat,
    ("Jean Dupont Immobilier", "contact@jeandupont-immobilier.fr"),
    "Bonjour Jean,",
    "Jean",
    "Firm named after its owner; the user greets Jean.",
)
C(cat, ("Cabinet Pierre Laurent", "cabinet@pierrelaurent-avocat.fr"), "Cher Maître,", N, "Formal.")
C(cat, ("Michel Durand SARL", "contact@durand-sarl.fr"), "Bonjour Monsieur Durand,", N, "Formal.")
C(cat, ("Sophie Immo", "sophie.immo@gmail.com"), "Bonjour,", N, "No greeting name.")
C(
    cat,
    ("Sophie Immo", "sophie.immo@gmail.com"),
    "Bonjour Sophie,",
    "Sophie",
    "Agent trading under her first name; greeted as Sophie.",
)
C(cat, ("Boulangerie Paul Lenoir", "contact@boulangerie-lenoir.fr"), "Bonjour,", N, "Shop name, no greeting name.")
C(cat, ("Jules Verne Patrimoine", "info@jvpatrimoine.fr"), "Bonjour,", N, "Firm named after a writer.")
C(
    cat,
    ("Helpdesk Achats", "achats@groupe-vallee.fr"),
    "Bonjour Kevin,",
    "Kevin",
    "Purchasing desk; the user greets Kevin.",
)
C(cat, ("info@boulangerie-lemoine.fr", "info@boulangerie-lemoine.fr"), "Bonjour,", N, "Address as display, no name.")
C(cat, (None, "rh@ets-girard.fr"), "Bonjour Madame,", N, "Formal.")
C(
    cat,
    ("Accounts Payable", "ap@harbourcap.co.uk"),
    "Hi Priya,",
    "Priya",
    "AP mailbox; the user greets Priya.",
    lang="en",
)
C(cat, ("Office Manager", "office@northgate.io"), "Hi there,", N, "Role mailbox, no name.", lang="en")
C(
    cat,
    ("Victor Hugo Immobilier", "contact@victorhugo-immobilier.fr"),
    "Bonjour,",
    N,
    "Agency named after its street; no name.",
)
C(
    cat,
    ("Cabinet Jean Jaurès", "accueil@cabinet-jeanjaures.fr"),
    "Bonjour,",
    N,
    "Practice named after a street; no name.",
)
C(cat, ("Pharmacie Sainte-Anne", "contact@pharmacie-sainte-anne.fr"), "Bonjour,", N, "Shop name.")
C(
    cat,
    ("Cabinet Pierre Laurent", "cabinet@pierrelaurent-avocat.fr"),
    "Bonjour Pierre,",
    "Pierre",
    "Lawyer's practice in his name; the user greets Pierre.",
)
C(
    cat,
    ("Notaires Associés", "accueil@notaires-associes-lyon.fr"),
    "Bonjour Émilie,",
    "Émilie",
    "Office reception; the user greets Émilie.",
)
C(cat, ("Gestion locative", "gestion@agence-horizon.fr"), "Bonjour à l'équipe gestion,", N, "Team greeting.")
C(cat, ("noreply", "noreply@plateforme-example.fr"), "Bonjour,", N, "No-reply address, no name.")
C(cat, ("Jobs", "jobs@rey-search.fr"), "Madame, Monsieur,", N, "Formal.")
C(
    cat,
    ("Agence Crédit Mutuel Caen Centre", "caen.centre@cm-example.fr"),
    "Bonjour Stéphanie,",
    "Stéphanie",
    "Branch mailbox; the user greets her adviser Stéphanie.",
)

# --------------------------------------------------------------------------------------------
# 12. Particles and compound first names
# --------------------------------------------------------------------------------------------
cat = "particles_compound"
C(
    cat,
    ("Charles-Henri de La Rochefoucauld", "ch.delarochefoucauld@lr-patrimoine.fr"),
    "Bonjour Charles-Henri,",
    "Charles-Henri",
    "Compound first name with particle surname.",
)
C(
    cat,
    ("de LA TOUR Aymeric", "aymeric.delatour@delatour-gestion.fr"),
    "Bonjour Aymeric,",
    "Aymeric",
    "Particle surname first in capitals.",
)
C(cat, ("Aymeric de La Tour", "aymeric.delatour@delatour-gestion.fr"), "Bonjour Monsieur de La Tour,", N, "Formal.")
C(
    cat,
    ("van der Berg, Pieter", "pieter.vanderberg@vdberg.nl"),
    "Beste Pieter,",
    "Pieter",
    "Dutch particle surname, comma form.",
    lang="nl",
    tu=True,
)
C(
    cat,
    ("Ludwig von Hohenberg", "l.vonhohenberg@hohenberg-privatbank.de"),
    "Dear Ludwig,",
    "Ludwig",
    "German particle surname.",
    lang="en",
)
C(cat, ("DA SILVA Ana", "ana.dasilva@dasilva-btp.fr"), "Bonjour Ana,", "Ana", "Portuguese particle surname.")
C(cat, ("Le Goff Yannick", "yannick.legoff@legoff-peche.bzh"), "Bonjour Yannick,", "Yannick", "Breton surname first.")
C(
    cat,
    ("El Idrissi Karim", "karim.elidrissi@elidrissi-conseil.ma"),
    "Bonjour Karim,",
    "Karim",
    "Arabic particle surname first.",
)
C(cat, ("Karim El Idrissi", "karim.elidrissi@elidrissi-conseil.ma"), "Bonjour Monsieur El Idrissi,", N, "Formal.")
C(cat, ("Marie du Plessis", "marie.duplessis@duplessis-vins.fr"), "Chère Marie,", "Marie", "Particle surname.")
C(
    cat,
    ("Jean-Baptiste d'Ornano", "jb.dornano@dornano-holding.fr"),
    "Bonjour Jean-Baptiste,",
    "Jean-Baptiste",
    "Elided particle.",
)
C(cat, ("Guy de Montmorency", "guy.demontmorency@gmail.com"), "Bonjour Guy,", "Guy", "Short first name, particle.")
C(
    cat,
    ("Van Damme Eric", "eric.vandamme@vandamme-verzekeringen.be"),
    "Bonjour Eric,",
    "Eric",
    "Belgian particle surname first; Eric written without accent in both.",
)
C(
    cat,
    ("Lucas da Costa", "lucas.dacosta@dacosta-construcoes.pt"),
    "Olá Lucas,",
    "Lucas",
    "Portuguese particle.",
    lang="pt",
    tu=True,
)
C(
    cat,
    ("DE SOUSA Maria", "maria.desousa@desousa-nettoyage.fr"),
    "Bonjour Maria,",
    "Maria",
    "Particle surname in capitals.",
)
C(
    cat,
    ("Abdel Kader Benali", "abdelkader.benali@benali-transport.fr"),
    "Bonjour Abdel Kader,",
    "Abdel Kader",
    "Two-word Arabic first name.",
)
C(
    cat,
    ("Marie Christine Aubert", "mc.aubert@aubert-avocats.fr"),
    "Bonjour Marie Christine,",
    "Marie Christine",
    "Compound first name without hyphen.",
)
C(
    cat,
    ("Marie Christine Aubert", "marie.aubert@aubert-avocats.fr"),
    "Bonjour Marie,",
    "Marie",
    "The user calls her Marie; compatible with her name.",
)
C(
    cat,
    ("Marie-Ève Gagnon", "marie-eve.gagnon@gagnon-cpa.qc.ca"),
    "Bonjour Marie-Ève,",
    "Marie-Ève",
    "Québec compound first name.",
)
C(
    cat,
    ("Marc-André Bélanger", "ma.belanger@belanger-immo.qc.ca"),
    "Salut Marc-André,",
    "Marc-André",
    "Québec compound first name.",
    tu=True,
)
C(
    cat,
    ("Jean-François Côté", "jf.cote@cote-assurances.qc.ca"),
    "Bonjour Jean-François,",
    "Jean-François",
    "Compound first name.",
)
C(
    cat,
    ("Sophie-Anne Leblanc", "sa.leblanc@leblanc-notaire.qc.ca"),
    "Bonjour Sophie-Anne,",
    "Sophie-Anne",
    "Compound first name.",
)
C(
    cat,
    ("Ana Luísa Ferreira", "analuisa.ferreira@ferreira.pt"),
    "Bom dia Ana Luísa,",
    "Ana Luísa",
    "Portuguese compound first name.",
    lang="pt",
)
C(
    cat,
    ("María José García López", "mj.garcia@garcia-lopez.es"),
    "Hola María José:",
    "María José",
    "Spanish compound first name, two surnames.",
    lang="es",
    tu=True,
)
C(
    cat,
    ("José Luis Rodríguez", "jl.rodriguez@rodriguez-asesores.es"),
    "Buenos días José Luis,",
    "José Luis",
    "Spanish compound first name.",
    lang="es",
)
C(
    cat,
    ("Hans-Peter Vogel", "hp.vogel@vogel-treuhand.de"),
    "Lieber Hans-Peter,",
    "Hans-Peter",
    "German compound first name.",
    lang="de",
    tu=True,
)
C(
    cat,
    ("Gian Luca Ferri", "gianluca.ferri@ferri-spa.it"),
    "Ciao Gian Luca,",
    "Gian Luca",
    "Italian two-word first name as both write it.",
    lang="it",
    tu=True,
)
C(cat, ("Mac Donald Kevin", "kevin.macdonald@macdonald-sa.fr"), "Bonjour Kevin,", "Kevin", "Two-word surname first.")
C(
    cat,
    ("Anne-Laure de Villiers", "al.devilliers@devilliers-conseil.fr"),
    "Bonjour Anne-Laure,",
    "Anne-Laure",
    "Compound first name with particle surname.",
)
C(
    cat,
    ("von Arx Daniela", "daniela.vonarx@vonarx-immobilien.ch"),
    "Grüezi Daniela,",
    "Daniela",
    "Swiss particle surname first.",
    lang="de",
    tu=True,
)

# --------------------------------------------------------------------------------------------
# 13. Names from other cultures and name orders
# --------------------------------------------------------------------------------------------
cat = "international"
C(
    cat,
    ("WANG Wei", "wei.wang@sino-trade.cn"),
    "Dear Wei,",
    "Wei",
    "Chinese name, surname in capitals first.",
    lang="en",
)
C(
    cat,
    ("Tanaka Hiroshi", "h.tanaka@tanaka-trading.co.jp"),
    "Dear Hiroshi,",
    "Hiroshi",
    "Japanese order; the user uses the given name.",
    lang="en",
)
C(
    cat,
    ("Kim Min-jun", "minjun.kim@kim-semicon.kr"),
    "Hi Min-jun,",
    "Min-jun",
    "Korean given name written as the person writes it.",
    lang="en",
)
C(cat, ("Nguyen Van An", "an.nguyen@nguyen-import.fr"), "Bonjour An,", "An", "Vietnamese order; An is the given name.")
C(cat, ("NGUYEN Thi Lan", "lan.nguyen@nguyen-import.fr"), "Bonjour Madame Nguyen,", N, "Formal.")
C(cat, ("Mohamed El Amrani", "mohamed.elamrani@elamrani-auto.fr"), "Bonjour Mohamed,", "Mohamed", "Arabic first name.")
C(cat, ("EL AMRANI Mohamed", "mohamed.elamrani@elamrani-auto.fr"), "Bonjour Monsieur El Amrani,", N, "Formal.")
C(
    cat,
    ("Kouassi Yao Jean-Baptiste", "jb.kouassi@kouassi-cacao.ci"),
    "Bonjour Jean-Baptiste,",
    "Jean-Baptiste",
    "Ivorian order (surname first).",
)
C(cat, ("Fatou Diop", "fatou.diop@diop-conseil.sn"), "Bonjour Fatou,", "Fatou", "Senegalese first name.")
C(cat, ("DIALLO Aminata", "aminata.diallo@diallo-sarl.fr"), "Bonjour Aminata,", "Aminata", "Surname first.")
C(cat, ("Ngozi Okafor", "ngozi.okafor@okafor-holdings.ng"), "Dear Ngozi,", "Ngozi", "Nigerian first name.", lang="en")
C(
    cat,
    ("Oluwaseun Adeyemi", "seun.adeyemi@adeyemi-capital.ng"),
    "Hi Seun,",
    "Seun",
    "Short form the user uses; compatible with Oluwaseun and the address.",
    lang="en",
)
C(
    cat,
    ("Gwenaëlle Le Goff", "gwenaelle.legoff@legoff-peche.bzh"),
    "Bonjour Gwenaëlle,",
    "Gwenaëlle",
    "Breton first name.",
)
C(cat, ("Yann Le Bihan", "yann.lebihan@lebihan-marine.bzh"), "Salut Yann,", "Yann", "Breton first name.", tu=True)
C(cat, ("LE GALL Maëlys", "maelys.legall@legall-immobilier.fr"), "Bonjour Maëlys,", "Maëlys", "Breton surname first.")
C(cat, ("Erwan Tanguy", "erwan.tanguy@tanguy-assurances.fr"), "Bonjour Erwan,", "Erwan", "Breton first name.")
C(cat, ("Rajesh Kumar", "rajesh.kumar@kumar-tech.in"), "Hi Rajesh,", "Rajesh", "Indian first name.", lang="en")
C(cat, ("Aisha Bello", "aisha.bello@bello-energy.ng"), "Hi Aisha,", "Aisha", "First name.", lang="en")
C(cat, ("Youssef Haddad", "youssef.haddad@haddad-conseil.fr"), "Bonjour Youssef,", "Youssef", "Arabic first name.")
C(
    cat,
    ("Zhang Xiaoming (Kevin)", "kevin.zhang@zhang-electronics.cn"),
    "Hi Kevin,",
    "Kevin",
    "English name given in the display name and used by the user.",
    lang="en",
)
C(
    cat,
    ("Siobhán Ní Bhriain", "siobhan.nibhriain@nb-solicitors.ie"),
    "Hi Siobhán,",
    "Siobhán",
    "Irish first name with accent.",
    lang="en",
)
C(cat, ("Seán Ó Briain", "sean.obriain@obriain-accountants.ie"), "Dear Seán,", "Seán", "Irish first name.", lang="en")
C(cat, ("Tariq bin Saleh", "tariq.binsaleh@binsaleh-group.sa"), "Dear Tariq,", "Tariq", "Arabic patronymic.", lang="en")
C(cat, ("Ahmed Ben Youssef", "ahmed.benyoussef@by-conseil.tn"), "Bonjour Ahmed,", "Ahmed", "Tunisian name.")
C(cat, ("Arjun Reddy", "arjun.reddy@reddy-pharma.in"), "Hi Arjun,", "Arjun", "First name.", lang="en")
C(
    cat,
    ("Joao Pereira", "joao.pereira@pereira-lda.pt"),
    "Olá João,",
    "João",
    "Accent from the user's greeting; the display name lost it.",
    lang="pt",
    tu=True,
)
C(
    cat,
    ("Thi Hong Nhung Tran", "nhung.tran@tran-textile.vn"),
    "Dear Nhung,",
    "Nhung",
    "Vietnamese given name used by the user, as in the address.",
    lang="en",
)
C(cat, ("Ibrahim Traoré", "ibrahim.traore@traore-mines.ml"), "Bonjour Ibrahim,", "Ibrahim", "Malian name.")
C(
    cat,
    ("Chukwuemeka Obi", "emeka.obi@obi-logistics.ng"),
    "Hi Emeka,",
    "Emeka",
    "Short form used by the user; compatible with the name and address.",
    lang="en",
)
C(
    cat,
    ("Sato Yuki", "yuki.sato@sato-partners.jp"),
    "Hello Yuki,",
    "Yuki",
    "Japanese order; given name greeted.",
    lang="en",
)
C(cat, ("Leila Benhamou", "leila.benhamou@benhamou-avocats.fr"), "Chère Leila,", "Leila", "First name.")
C(
    cat,
    ("Dimitrios Papadopoulos", "d.papadopoulos@papadopoulos-shipping.gr"),
    "Dear Mr Papadopoulos,",
    N,
    "Formal.",
    lang="en",
)

# --------------------------------------------------------------------------------------------
# 14. Nicknames, diminutives, initials
# --------------------------------------------------------------------------------------------
cat = "nicknames_initials"
C(
    cat,
    ("Joseph Martin", "joseph.martin@martin-conseil.fr"),
    "Bonjour Jojo,",
    "Jojo",
    "The user's own diminutive for Joseph.",
    tu=True,
)
C(cat, ("Robert Smith", "robert.smith@smithholdings.co.uk"), "Hi Bob,", "Bob", "Bob is Robert's diminutive.", lang="en")
C(cat, ("Bob Prospect", "bob@prospect.com"), "Hi Robert,", "Robert", "The user uses the full form of Bob.", lang="en")
C(
    cat,
    ("Elizabeth Taylor", "elizabeth.taylor@taylor-estates.co.uk"),
    "Hi Liz,",
    "Liz",
    "Diminutive of Elizabeth.",
    lang="en",
)
C(
    cat,
    ("E. Taylor", "e.taylor@taylor-estates.co.uk"),
    "Hi Liz,",
    "Liz",
    "Liz is compatible with an E initial (Elizabeth).",
    lang="en",
)
C(
    cat,
    ("Margaret Brown", "margaret.brown@brownestates.co.uk"),
    "Hi Peggy,",
    "Peggy",
    "Traditional diminutive.",
    lang="en",
)
C(cat, ("Alexandre Petit", "alexandre.petit@petit-sa.fr"), "Salut Alex,", "Alex", "Diminutive.", tu=True)
C(cat, ("Catherine Roux", "catherine.roux@roux-finance.fr"), "Bonjour Cathy,", "Cathy", "Diminutive.")
C(
    cat,
    ("Thierry Blanc", "thierry.blanc@blanc-elec.fr"),
    "Salut Titi,",
    "Titi",
    "The user's nickname for Thierry.",
    tu=True,
)
C(cat, ("Jean-Pierre Martin", "jp.martin@martin-conseil.fr"), "Bonjour JP,", "JP", "Initials the user uses.", tu=True)
C(
    cat,
    ("Anne-Sophie Vidal", "annesophie.vidal@vidal-conseil.fr"),
    "Coucou Anne-So,",
    "Anne-So",
    "Short form the user uses.",
    tu=True,
)
C(cat, ("William Hart", "william.hart@hartllp.com"), "Hi Will,", "Will", "Diminutive.", lang="en")
C(cat, ("Christopher Hall", "chris.hall@hall-partners.com"), "Hi Chris,", "Chris", "Diminutive.", lang="en")
C(cat, ("Jessica Moore", "jessica.moore@moore-media.com"), "Hey Jess,", "Jess", "Diminutive.", lang="en")
C(cat, ("Frédéric Lucas", "frederic.lucas@lucas-immo.fr"), "Salut Fred,", "Fred", "Diminutive.", tu=True)
C(cat, ("Dominique Girard", "dominique.girard@girard-sa.fr"), "Bonjour Dom,", "Dom", "Diminutive.", tu=True)
C(cat, ("Maximilien Roy", "maximilien.roy@roy-cie.fr"), "Salut Max,", "Max", "Diminutive.", tu=True)
C(cat, ("J. Dupont", "j.dupont@dupont-avocats.fr"), "Bonjour Jacques,", "Jacques", "Compatible with initial J.")
C(
    cat,
    ("J.-P. Morel", "jp.morel@morel-btp.fr"),
    "Bonjour Jean-Pierre,",
    "Jean-Pierre",
    "Compatible with initials J.-P.",
)
C(cat, ("A. Chen", "a.chen@chen-law.com"), "Hi Amy,", "Amy", "Compatible with initial A.", lang="en")
C(
    cat,
    ("M. Dupont", "m.dupont@dupont-avocats.fr"),
    "Bonjour Michel,",
    "Michel",
    "Compatible with 'M.' whether initial or title.",
)
C(cat, ("Katherine Doyle", "katherine.doyle@doyle-partners.ie"), "Hi Kate,", "Kate", "Diminutive.", lang="en")
C(
    cat,
    ("Giuseppe Russo", "giuseppe.russo@russo-srl.it"),
    "Ciao Peppe,",
    "Peppe",
    "Italian diminutive.",
    lang="it",
    tu=True,
)
C(
    cat,
    ("Francisco Gómez", "francisco.gomez@gomez-inmuebles.es"),
    "Hola Paco:",
    "Paco",
    "Spanish diminutive.",
    lang="es",
    tu=True,
)
C(
    cat,
    ("Beatrix Klein", "beatrix.klein@klein-design.de"),
    "Hallo Trixi,",
    "Trixi",
    "German diminutive.",
    lang="de",
    tu=True,
)
C(
    cat,
    ("Johannes Schmid", "johannes.schmid@schmid-bau.de"),
    "Hallo Hannes,",
    "Hannes",
    "German diminutive.",
    lang="de",
    tu=True,
)
C(
    cat,
    ("Nicolas “Nico” Bertin", "nico.bertin@bertin-sport.fr"),
    "Salut Nico,",
    "Nico",
    "Nickname in the display name and used by the user.",
    tu=True,
)
C(
    cat,
    ("Stéphanie (Steph) Morin", "stephanie.morin@morin-rh.fr"),
    "Bonjour Stéphanie,",
    "Stéphanie",
    "The user uses the full first name, not the nickname.",
)
C(
    cat,
    ("Guillaume Henry", "guillaume.henry@henry-associes.fr"),
    "Salut Guigui,",
    "Guigui",
    "The user's nickname for Guillaume.",
    tu=True,
)
C(
    cat,
    ("Isabelle Roche", "isabelle.roche@roche-patrimoine.fr"),
    "Bonjour Isa,",
    "Isa",
    "Short form of Isabelle.",
    tu=True,
)
C(cat, ("Gabriel Fontaine", "gabriel.fontaine@fontaine-deco.fr"), "Salut Gaby,", "Gaby", "Diminutive.", tu=True)
C(cat, ("Daniel Weiss", "daniel.weiss@weiss-finance.ch"), "Salut Dany,", "Dany", "Diminutive.", tu=True)

# --------------------------------------------------------------------------------------------
# 15. Typos, capitalisation, punctuation
# --------------------------------------------------------------------------------------------
cat = "typos_caps"
C(
    cat,
    ("Jean Morel", "jean.morel@morel-avocats.fr"),
    "Bonjour Jaen,",
    "Jean",
    "Letter swap in the greeting; the display name shows Jean.",
)
C(cat, ("Stéphanie Roy", "stephanie.roy@roy-cie.fr"), "Bonjour Stéphnaie,", "Stéphanie", "Letter swap corrected.")
C(cat, ("Sarah Miller", "sarah.miller@millerco.com"), "Hi Sarha,", "Sarah", "Letter swap corrected.", lang="en")
C(
    cat,
    ("Matthieu Girard", "matthieu.girard@girard-sa.fr"),
    "Bonjour Mathieu,",
    "Matthieu",
    "Her/his own spelling from the display name.",
)
C(cat, ("Hélène Morel", "helene.morel@morel-avocats.fr"), "Bonjour Helene,", "Hélène", "Accents restored.")
C(cat, ("François Dubois", "francois.dubois@dubois-sa.fr"), "Bonjour Francois,", "François", "Cedilla restored.")
C(
    cat,
    ("Frédéric Lucas", "frederic.lucas@lucas-immo.fr"),
    "Bonjour Frédérique,",
    "Frédéric",
    "Extra letters; display name and address show Frédéric.",
)
C(cat, ("John Baker", "john.baker@bakerandco.co.uk"), "Hi Jon,", "John", "His spelling is John.", lang="en")
C(cat, ("Olivier Brun", "olivier.brun@brun-gestion.fr"), "Bonjour Oliver,", "Olivier", "Missing letter corrected.")
C(cat, ("Jean-Pierre Morel", "jp.morel@morel-btp.fr"), "Bonjour jean-pierre,", "Jean-Pierre", "Capitalised.")
C(cat, ("marc lefebvre", "marc.lefebvre@gmail.com"), "Bonjour marc,", "Marc", "Gmail-style lowercase; capitalised.")
C(cat, ("bob prospect", "bob@prospect.com"), "hi bob,", "Bob", "All lowercase; capitalised.", lang="en")
C(
    cat,
    ("CLAIRE MARTIN", "claire.martin@groupe-averna.fr"),
    "BONJOUR CLAIRE,",
    "Claire",
    "All caps; properly capitalised.",
)
C(
    cat,
    ("HELENE MOREL", "helene.morel@morel-avocats.fr"),
    "Bonjour Hélène,",
    "Hélène",
    "Caps display without accents; the user's accented spelling.",
)
C(cat, ("Sébastien Roussel", "sroussel@cabinet-roussel.fr"), "Bonjour Sebastien,", "Sébastien", "Accent restored.")
C(cat, ("Julien Mercier", "julien.mercier@mercier-btp.fr"), "Bonjour Julien,,", "Julien", "Double comma.")
C(cat, ("Laure Vidal", "laure.vidal@vidal-sa.fr"), "Bonjour Laure :", "Laure", "Colon after the name.")
C(cat, ("Karine Dubé", "karine.dube@dube-cpa.qc.ca"), "Bonjour Karine", "Karine", "No punctuation after the name.")
C(cat, ("Bruno Carré", "bruno.carre@carre-menuiserie.fr"), "Bonjou Bruno,", "Bruno", "Typo in 'Bonjour'.")
C(cat, ("Agnès Texier", "agnes.texier@texier-sas.fr"), "Bonjour, Agnès,", "Agnès", "Comma before the name.")
C(cat, ("Paul Girard", "paul.girard@girard-sa.fr"), "Bonjour Paul..", "Paul", "Stray dots.")
C(cat, ("Lucie Barre", "lucie.barre@barre-immo.fr"), "Bonjour  Lucie ,", "Lucie", "Extra spaces.")
C(
    cat,
    ("Nathan Cohen", "nathan.cohen@cohen-finance.fr"),
    "Bonjour Nathan 👋",
    "Nathan",
    "Emoji after the name.",
    tu=True,
)
C(
    cat,
    ("Emilie Roche", "emilie.roche@roche-patrimoine.fr"),
    "Bonjour Émilie,",
    "Émilie",
    "Accent from the user's greeting.",
)
C(
    cat,
    ("Thibault Masson", "thibault.masson@masson-sa.fr"),
    "Bonjour Thibaut,",
    "Thibault",
    "His own spelling from the display name.",
)
C(cat, ("Anaïs Roche", "anais.roche@roche-patrimoine.fr"), "Bonjour Anais,", "Anaïs", "Diaeresis restored.")
C(cat, ("Mickaël Faure", "mickael.faure@faure-expertise.fr"), "Bonjour Mickael,", "Mickaël", "Diaeresis restored.")
C(cat, ("Grégoire Lenoir", "gregoire.lenoir@lenoir-sas.fr"), "Bonjour Gregoire,", "Grégoire", "Accent restored.")
C(
    cat,
    ("Christelle Morin", "christelle.morin@morin-rh.fr"),
    "Bonjour Chrsitelle,",
    "Christelle",
    "Letter swap corrected.",
)
C(
    cat,
    ("Philippe Garnier", "philippe.garnier@garnier-industries.fr"),
    "Bonjour Phillipe,",
    "Philippe",
    "Doubled letter corrected.",
)
C(
    cat,
    ("Vincent Caron", "vincent.caron@caron-menuiserie.fr"),
    "bonjour vincent",
    "Vincent",
    "Lowercase greeting without punctuation.",
)
C(cat, ("Hugo Lambert", "hugo@lambert-conseil.fr"), "Bonjour Hugo!!", "Hugo", "Exclamation marks.", tu=True)
C(
    cat,
    ("Patricia Lemoine", "patricia.lemoine@lemoine-sa.fr"),
    "Bonjour Patrica,",
    "Patricia",
    "Missing letter corrected.",
)
C(cat, ("Kelly Brown", "kelly.brown@brownlaw.com"), "Hi Kelly -", "Kelly", "Dash after the name.", lang="en")
C(
    cat,
    ("Michaël Durand", "michael.durand@durand-immo.fr"),
    "Bonjour Michael,",
    "Michaël",
    "His spelling from the display name.",
)

# --------------------------------------------------------------------------------------------
# 16. Display-name oddities: empty, address-only, emojis, quotes, titles inside
# --------------------------------------------------------------------------------------------
cat = "display_oddities"
C(
    cat,
    ("bob@prospect.com", "bob@prospect.com"),
    "Hi Bob,",
    "Bob",
    "Display name is the address; greeted Bob.",
    lang="en",
)
C(cat, ("", "sophie.l@free.fr"), "Bonjour Sophie,", "Sophie", "Empty display name; address compatible.")
C(cat, (None, "sophie.roux@roux-finance.fr"), "Bonjour Sophie,", "Sophie", "No display name; address agrees.")
C(cat, (None, "s.roux@roux-finance.fr"), "Bonjour Sophie,", "Sophie", "Address initial compatible.")
C(cat, (None, "roux@cabinet-roux.fr"), "Bonjour Sophie,", "Sophie", "Surname-only address; nothing contradicts.")
C(cat, (None, "jean.dupont@laposte.net"), "Bonjour Jean,", "Jean", "No display name; address agrees.")
C(cat, ("Léa 🌿 Fontaine", "lea.fontaine@fontaine-deco.fr"), "Bonjour Léa,", "Léa", "Emoji inside the display name.")
C(cat, ("🏡 Agence Horizon", "contact@agence-horizon.fr"), "Bonjour,", N, "Agency with emoji, no greeting name.")
C(cat, ("Karim ✈️", "karim.b@gmail.com"), "Salut Karim,", "Karim", "First name + emoji display.", tu=True)
C(
    cat,
    ("'Sophie Martin'", "sophie.martin@martin-conseil.fr"),
    "Bonjour Sophie,",
    "Sophie",
    "Quotes inside the display name.",
)
C(cat, ('"Martin, Sophie"', "sophie.martin@martin-conseil.fr"), "Bonjour Madame Martin,", N, "Formal.")
C(
    cat,
    ("Dr. Emily Chen", "emily.chen@stmarys-clinic.org"),
    "Hi Emily,",
    "Emily",
    "Title in the display name, but the user uses her first name.",
    lang="en",
)
C(cat, ("Dr. Emily Chen", "emily.chen@stmarys-clinic.org"), "Dear Dr. Chen,", N, "Formal.", lang="en")
C(cat, ("Me Sophie Durand", "sophie.durand@durand.notaires.fr"), "Bonjour Maître,", N, "Formal.")
C(
    cat,
    ("Me Sophie Durand", "sophie.durand@durand.notaires.fr"),
    "Bonjour Sophie,",
    "Sophie",
    "'Me' is a title in the display name; the user greets Sophie.",
)
C(cat, ("Pr Alain Roux", "alain.roux@chu-example.fr"), "Bonjour Professeur,", N, "Formal.")
C(
    cat,
    ("Mme Claire Petit", "claire.petit@groupe-vauban.fr"),
    "Bonjour Claire,",
    "Claire",
    "Title in the display name; greeted by first name.",
)
C(cat, ("Monsieur DUPONT Jean", "jean.dupont@dupont-sa.fr"), "Bonjour Monsieur,", N, "Formal.")
C(cat, ("M. Jean Dupont", "jean.dupont@dupont-sa.fr"), "Bonjour Jean,", "Jean", "Title in display; first name greeted.")
C(cat, ("JEAN DUPONT", "jean.dupont@wanadoo.fr"), "Bonjour Jean,", "Jean", "All-caps display name.")
C(cat, ("Sophie", "sophie.k@gmail.com"), "Bonjour Sophie,", "Sophie", "First name only display.")
C(cat, ("Dupont", "dupont@orange.fr"), "Bonjour Monsieur Dupont,", N, "Formal.")
C(cat, ("Dupont", "dupont@orange.fr"), "Bonjour Jean,", "Jean", "Surname-only display; Jean not contradicted.")
C(
    cat,
    ("Bob Prospect (via LinkedIn)", "bob@prospect.com"),
    "Hi Bob,",
    "Bob",
    "Relay suffix in the display name.",
    lang="en",
)
C(
    cat,
    ("Paul Girard (Absent jusqu'au 5/01)", "paul.girard@girard-sa.fr"),
    "Bonjour Paul,",
    "Paul",
    "Status in the display name.",
)
C(
    cat,
    ("Marie-Laure 💼 Lambert | Conseillère", "ml.lambert@lambert-patrimoine.fr"),
    "Bonjour Marie-Laure,",
    "Marie-Laure",
    "Emoji and job in display.",
)
C(
    cat,
    ("jean-luc.moreau", "jean-luc.moreau@moreau-sa.fr"),
    "Bonjour Jean-Luc,",
    "Jean-Luc",
    "Display name is the address's local part.",
)
C(
    cat,
    ("Mr John Smith", "john.smith@smithholdings.co.uk"),
    "Hi John,",
    "John",
    "Title in display; first name greeted.",
    lang="en",
)
C(cat, ("Mrs Smith", "mrs.smith@btinternet.example"), "Dear Mrs Smith,", N, "Formal.", lang="en")
C(cat, ("Dr Martin", "dr.martin@cabinet-medical.fr"), "Bonjour Docteur Martin,", N, "Formal.")
C(cat, ("Dr Martin", "dr.martin@cabinet-medical.fr"), "Bonjour Docteur,", N, "Formal.")
C(cat, ("", "contact@martin-fils.fr"), "Bonjour,", N, "Empty display, desk address, no name.")
C(
    cat,
    ("✨ Camille ✨", "camille.deco@gmail.com"),
    "Coucou Camille !",
    "Camille",
    "Emojis around a first name.",
    tu=True,
)
C(cat, ("SOPHIE", "sophie.bertrand@bertrand-sa.fr"), "Bonjour Sophie,", "Sophie", "Caps first name only.")
C(
    cat,
    ("claire.petit@groupe-vauban.fr", "claire.petit@groupe-vauban.fr"),
    "Bonjour claire,",
    "Claire",
    "Address as display; lowercase greeting capitalised.",
)

# --------------------------------------------------------------------------------------------
# 17. Couples and families as the first recipient
# --------------------------------------------------------------------------------------------
cat = "couples"
C(cat, ("M. et Mme Martin", "famille.martin@orange.fr"), "Bonjour Monsieur et Madame Martin,", N, "Formal couple.")
C(cat, ("M. et Mme Martin", "famille.martin@orange.fr"), "Bonjour à vous deux,", N, "Couple greeted together.")
C(
    cat,
    ("Jean et Marie Dupont", "jm.dupont@wanadoo.fr"),
    "Bonjour Jean, bonjour Marie,",
    N,
    "The recipient is a couple; one first name would leave the other out.",
)
C(cat, ("Jean & Marie Dupont", "jm.dupont@wanadoo.fr"), "Chers Jean et Marie,", N, "Couple greeted together.")
C(cat, ("Famille Dupont", "famille.dupont@free.fr"), "Bonjour à tous,", N, "Family mailbox.")
C(cat, ("Mr & Mrs Smith", "thesmiths@btinternet.example"), "Dear Mr and Mrs Smith,", N, "Formal couple.", lang="en")
C(
    cat,
    ("Paul et Léa Roussel", "roussel.paul.lea@gmail.com"),
    "Coucou vous deux !",
    N,
    "Couple greeted together.",
    tu=True,
)
C(cat, ("Paul et Léa Roussel", "roussel.paul.lea@gmail.com"), "Bonjour Paul et Léa,", N, "The recipient is a couple.")
C(cat, ("SCI Dupont Frères", "sci.dupontfreres@gmail.com"), "Bonjour,", N, "Family company.")
C(
    cat,
    ("Sophie & Marc Lemaire", "lemaire.family@gmail.com"),
    "Hello Sophie and Marc,",
    N,
    "Couple greeted together.",
    lang="en",
)
C(cat, ("Les Girard", "lesgirard@orange.fr"), "Bonjour Madame, Monsieur,", N, "Formal couple.")
C(
    cat,
    [("Jean Dupont", "jean.dupont@wanadoo.fr"), ("Marie Dupont", "marie.dupont@wanadoo.fr")],
    "Bonjour Jean, bonjour Marie,",
    "Jean",
    "Two separate recipients; the first is greeted by first name.",
)
C(
    cat,
    ("Martine et Gérard Blanc", "blanc.mg@orange.fr"),
    "Chère Martine, cher Gérard,",
    N,
    "The recipient is a couple.",
)
C(cat, ("Famille Nguyen", "nguyen.famille@gmail.com"), "Bonjour la famille Nguyen,", N, "Family mailbox.")
C(cat, ("Mr and Mrs Patel", "patel.home@gmail.com"), "Hi Raj and Meera,", N, "Couple greeted together.", lang="en")
C(
    cat,
    [("M. et Mme Roche", "roche.famille@free.fr"), ("Isabelle Roche", "isabelle.roche@roche-patrimoine.fr")],
    "Bonjour Isabelle,",
    N,
    "First To is the couple; Isabelle is the second recipient.",
)

# --------------------------------------------------------------------------------------------
# 18. Gender-neutral first names
# --------------------------------------------------------------------------------------------
cat = "gender_neutral"
C(cat, ("Camille Laurent", "camille.laurent@laurent-sa.fr"), "Bonjour Camille,", "Camille", "Epicene first name.")
C(cat, ("Dominique Roux", "dominique.roux@roux-avocats.fr"), "Bonjour Dominique,", "Dominique", "Epicene first name.")
C(cat, ("Claude Petit", "claude.petit@petit-sa.fr"), "Bonjour Madame Petit,", N, "Formal.")
C(cat, ("Alex Morgan", "alex.morgan@morgan-advisory.com"), "Hi Alex,", "Alex", "Epicene first name.", lang="en")
C(cat, ("Sacha Girard", "sacha.girard@girard-sa.fr"), "Bonjour Sacha,", "Sacha", "Epicene first name.")
C(cat, ("Charlie Evans", "charlie.evans@evans-capital.com"), "Hi Charlie,", "Charlie", "Epicene first name.", lang="en")
C(cat, ("Sam Taylor", "sam.taylor@taylor-estates.co.uk"), "Dear Sam,", "Sam", "Epicene first name.", lang="en")
C(
    cat,
    ("Andrea Conti", "andrea.conti@conti-ingegneria.it"),
    "Ciao Andrea,",
    "Andrea",
    "Andrea (male in Italy) greeted by first name.",
    lang="it",
    tu=True,
)
C(cat, ("Maxime Lefort", "maxime.lefort@lefort-immo.fr"), "Bonjour Maxime,", "Maxime", "First name.")
C(cat, ("Eden Cohen", "eden.cohen@cohen-finance.fr"), "Bonjour Eden,", "Eden", "Epicene first name.")
C(
    cat,
    ("Dominique Roux", "dominique.roux@roux-avocats.fr"),
    "Madame, Monsieur,",
    N,
    "User did not know the gender; formal.",
)
C(
    cat,
    ("Claude Bernard", "claude.bernard@bernard-labo.fr"),
    "Bonjour Claude,",
    "Claude",
    "Both parts can be first names; greeting and address agree on Claude.",
)
C(cat, ("Lou Marchand", "lou.marchand@marchand-sa.fr"), "Salut Lou,", "Lou", "Short epicene first name.", tu=True)
C(cat, ("Ash Kapoor", "ash.kapoor@kapoor-tech.co.uk"), "Hi Ash,", "Ash", "Short first name.", lang="en")

# --------------------------------------------------------------------------------------------
# 19. Mixed languages
# --------------------------------------------------------------------------------------------
cat = "lang_mix"
C(cat, ("Jean Dupont", "jean.dupont@dupont-sa.fr"), "Hi Jean,", "Jean", "English mail to a French client.", lang="en")
C(cat, ("Jean Dupont", "jean.dupont@dupont-sa.fr"), "Dear Mr Dupont,", N, "Formal in English.", lang="en")
C(cat, ("Sarah Jones", "sarah.jones@harbourcap.co.uk"), "Bonjour Sarah,", "Sarah", "French mail to an English client.")
C(cat, ("Sarah Jones", "sarah.jones@harbourcap.co.uk"), "Bonjour Madame Jones,", N, "Formal.")
C(cat, ("Anna Müller", "anna.mueller@mueller-treuhand.de"), "Bonjour Anna,", "Anna", "French to a German client.")
C(
    cat,
    ("Marco Bianchi", "marco.bianchi@bianchi-srl.it"),
    "Hi Marco,",
    "Marco",
    "English to an Italian client.",
    lang="en",
)
C(cat, ("Pieter Jansen", "p.jansen@jansen-advies.nl"), "Dear Mr Jansen,", N, "Formal.", lang="en")
C(cat, ("Hans Weber", "hans.weber@weber-ag.ch"), "Cher Monsieur Weber,", N, "Formal.")
C(
    cat,
    ("Giulia Rossi", "giulia.rossi@studiorossi.it"),
    "Dear Giulia,",
    "Giulia",
    "English to an Italian client.",
    lang="en",
)
C(
    cat,
    ("Carlos García", "carlos.garcia@garcia-asesores.es"),
    "Bonjour Carlos,",
    "Carlos",
    "French to a Spanish client.",
)
C(
    cat,
    ("Claire Martin", "claire.martin@groupe-averna.fr"),
    "Hello Claire,",
    "Claire",
    "English to a French client.",
    lang="en",
)
C(
    cat,
    ("Camille Leroy", "camille.leroy@leroy-conseil.fr"),
    "Hi Camille,",
    "Camille",
    "English to a French client.",
    lang="en",
)
C(cat, ("Thomas Dubois", "thomas.dubois@dubois-sa.fr"), "Guten Tag Herr Dubois,", N, "Formal German.", lang="de")
C(cat, ("Olivia Bennett", "olivia.bennett@northgate.io"), "Chère Olivia,", "Olivia", "French to an English client.")
C(cat, ("Lucas Meyer", "lucas.meyer@meyer-ag.ch"), "Salut Lucas,", "Lucas", "French to a Swiss client.", tu=True)
C(cat, ("Emma Clarke", "emma.clarke@clarketalent.co.uk"), "Madame,", N, "Formal French to an English client.")
C(
    cat,
    ("Koen Peeters", "koen.peeters@peeters-verzekeringen.be"),
    "Bonjour Koen,",
    "Koen",
    "French to a Flemish client.",
)
C(
    cat,
    ("Pierre Lambert", "pierre.lambert@lambert-avocats.be"),
    "Dag Pierre,",
    "Pierre",
    "Dutch greeting to a French-speaking Belgian.",
    lang="nl",
    tu=True,
)

# --------------------------------------------------------------------------------------------
# 20. Replies, forwards, quoted history, signatures (hand-written texts)
# --------------------------------------------------------------------------------------------
cat = "replies_forwards"
C(
    cat,
    ("Bob Prospect", "bob@prospect.com"),
    None,
    "Bob",
    "The user's new text greets Bob; the quoted 'Bonjour Marc' is Bob greeting the user.",
    words="Bonjour Bob,\n\nJe me permets de revenir vers vous concernant notre proposition. Avez-vous pu en discuter "
    "avec votre associé ?\n\nBien cordialement,\nMarc Leroy\n\n-----Message d'origine-----\nDe : Bob Prospect "
    "<bob@prospect.com>\nEnvoyé : lundi 2 novembre 2026 10:12\nÀ : Marc Leroy <marc.leroy@aurore-patrimoine.fr>\n"
    "Objet : RE: Proposition de gestion pilotée\n\nBonjour Marc,\n\nMerci pour la proposition, je regarde cela et "
    "reviens vers vous.\n\nBob",
)
C(
    cat,
    ("Claire Petit", "claire.petit@groupe-vauban.fr"),
    None,
    N,
    "Bottom-posted reply; the user's own opening is 'Bonjour,'. The quoted 'Bonjour Julien' is Claire's.",
    words="Re: Proposition prévoyance collective\n\nLe 4 nov. 2026 à 09:14, Claire Petit <claire.petit@groupe-vauban.fr> "
    "a écrit :\n> Bonjour Julien,\n> Merci pour l'envoi. Nous étudions la proposition en comité la semaine "
    "prochaine.\n> Claire\n\nBonjour,\n\nMerci pour votre retour. Je reste disponible pour présenter l'offre à "
    "votre comité si besoin.\n\nCordialement,\nJulien Mercier",
)
C(
    cat,
    ("Claire Petit", "claire.petit@groupe-vauban.fr"),
    None,
    N,
    "No opening in the new text; the quoted greeting is Claire's to the user.",
    words="Parfait, merci. Je vous envoie le mandat signé demain matin.\n\nJulien\n\nLe mar. 4 nov. 2026 à 17:02, "
    "Claire Petit <claire.petit@groupe-vauban.fr> a écrit :\n> Bonjour Julien,\n> Vous trouverez ci-joint le "
    "mandat de gestion à signer.\n> Bien à vous,\n> Claire Petit",
)
C(
    cat,
    ("Claire Petit", "claire.petit@groupe-vauban.fr"),
    None,
    "Claire",
    "No opening in the new text; the user's own earlier message in the thread greeted her 'Bonjour Claire'.",
    words="Je me permets de vous relancer sur ce point.\n\nJulien\n\nLe lun. 3 nov. 2026 à 10:20, Julien Mercier "
    "<julien.mercier@mercier-audit.fr> a écrit :\n> Bonjour Claire,\n> Pourriez-vous me transmettre votre "
    "dernier avis d'imposition pour finaliser l'étude ?\n> Merci d'avance,\n> Julien",
)
C(
    cat,
    ("Tom Hughes", "tom.hughes@harbourcap.co.uk"),
    None,
    "Tom",
    "No opening in the new text; the user's own earlier message greeted 'Hi Tom'.",
    lang="en",
    words="Any news on this?\n\nEmma\n\nOn Mon, 3 Nov 2026 at 10:20, Emma Clarke <emma.clarke@clarketalent.co.uk> "
    "wrote:\n> Hi Tom,\n> Could you send over the signed terms of business when you get a chance?\n> Thanks,\n"
    "> Emma",
)
C(
    cat,
    ("Paul Girard", "paul.girard@girard-sa.fr"),
    None,
    N,
    "No opening in the new text; the user's own earlier message was formal.",
    words="Je me permets de vous relancer.\n\nBien cordialement,\nThomas Garnier\n\nLe lun. 3 nov. 2026 à 09:05, Thomas "
    "Garnier <thomas.garnier@garnier-courtage.fr> a écrit :\n> Bonjour Monsieur Girard,\n> Vous trouverez "
    "ci-joint l'offre de renouvellement de votre flotte automobile.\n> Bien cordialement,\n> Thomas Garnier",
)
C(
    cat,
    ("Bob Prospect", "bob@prospect.com"),
    None,
    N,
    "The user is formal; Bob signing 'Bob' in the quote does not change the user's register.",
    words="Bonjour Monsieur Prospect,\n\nJe reviens vers vous au sujet de notre proposition.\n\nCordialement,\n"
    "Marc Leroy\n\nDe : Bob Prospect <bob@prospect.com>\nEnvoyé : mardi 4 novembre 2026 08:40\nÀ : Marc Leroy\n"
    "Objet : RE: Proposition\n\nBonjour Marc,\nJe regarde cela cette semaine.\nBob",
)
C(
    cat,
    ("Claire Morin", "claire.morin@gmail.com"),
    None,
    "Claire",
    "The user's note greets Claire; the forwarded message greets the user.",
    words="Bonjour Claire,\n\nJe vous transfère ci-dessous la réponse de la compagnie concernant votre sinistre.\n\n"
    "Bien à vous,\nThomas Garnier\n\n---------- Forwarded message ---------\nDe : Gestion Sinistres "
    "<sinistres@assureur-example.fr>\nDate: mer. 5 nov. 2026 à 11:03\nSubject: Dossier 2026-44871\nTo: Thomas "
    "Garnier <thomas.garnier@garnier-courtage.fr>\n\nBonjour Monsieur Garnier,\n\nNous accusons réception de la "
    "déclaration de sinistre de votre cliente et revenons vers vous sous huit jours.\n\nLe service Sinistres",
)
C(
    cat,
    ("Julien Bernard", "julien.bernard@bernard-invest.fr"),
    None,
    N,
    "Forward with no note; the only greeting is inside the forwarded message.",
    words="---------- Message transféré ----------\nDe : Sophie Adam <sophie.adam@adam-conseil.fr>\nDate : 5 nov. 2026 "
    "14:22\nObjet : Estimation appartement Lyon 6e\nÀ : Nathalie Brun <nathalie.brun@agence-horizon.fr>\n\n"
    "Bonjour Nathalie,\n\nPourriez-vous me faire parvenir l'estimation de l'appartement du boulevard des Belges ?"
    "\n\nMerci,\nSophie Adam",
)
C(
    cat,
    ("Tom Hughes", "tom.hughes@harbourcap.co.uk"),
    None,
    N,
    "'Hi Emma, hi Tom' is Sarah's greeting in the forwarded mail, not the user's.",
    lang="en",
    words="FYI, see below. Can you take this one?\n\nEmma\n\n---------- Forwarded message ---------\nFrom: Sarah Jones "
    "<sarah.jones@jonesbuild.com>\nDate: Wed, 5 Nov 2026\nSubject: Intro\nTo: Emma Clarke\nCc: Tom Hughes\n\n"
    "Hi Emma, hi Tom,\n\nGreat to meet you both last week. Could one of you send me the fee schedule?\n\nSarah",
)
C(
    cat,
    ("Claire Petit", "claire.petit@groupe-vauban.fr"),
    None,
    "Claire",
    "Top-posted reply opening with 'Merci Claire !' addresses her by first name.",
    words="Merci Claire !\n\nC'est bien reçu, je reviens vers vous d'ici vendredi.\n\nMarc\n\nLe mer. 5 nov. 2026 à "
    "16:10, Claire Petit <claire.petit@groupe-vauban.fr> a écrit :\n> Bonjour Marc,\n> Voici les documents "
    "demandés.\n> Claire",
)
C(
    cat,
    ("Sophie Lambert", "sophie.lambert@lambert-immo.fr"),
    None,
    "Sophie",
    "Subject line first, then the user's greeting.",
    words="Re: RDV signature\n\nBonjour Sophie,\n\nJe vous confirme le rendez-vous de signature jeudi 11 décembre à "
    "15 h à l'étude.\n\nCordialement,\nClaire Fontaine\nClerc de notaire",
)
C(
    cat,
    ("Lefebvre Martin", "martin.lefebvre@lefebvre-sa.fr"),
    None,
    N,
    "The user's opening has no name; 'Martin' signing his quoted message is not the user's greeting.",
    words="Bonjour,\n\nJe me permets de revenir vers vous concernant notre devis du 28 octobre.\n\nCordialement,\n"
    "Antoine Rey\n\nDe : Lefebvre Martin <martin.lefebvre@lefebvre-sa.fr>\nEnvoyé : jeudi 30 octobre 2026 18:03\n"
    "À : Antoine Rey\nObjet : RE: Devis\n\nBonjour Antoine,\nReçu, je vous fais un retour rapidement.\nMartin",
)
C(
    cat,
    ("Sophie Durand", "sophie.durand@durand-conseil.fr"),
    None,
    "Sophie",
    "Greeted Sophie; the user happens to be a Sophie too (signature).",
    words="Bonjour Sophie,\n\nSuite à notre échange, je vous adresse le questionnaire de connaissance client.\n\n"
    "Bien à vous,\nSophie Martin\nConseillère patrimoniale\nAurore Patrimoine",
)
C(
    cat,
    ("Claire Petit", "claire.petit@groupe-vauban.fr"),
    None,
    N,
    "No greeting name; 'Claire' in the signature is the user.",
    words="Bonjour,\n\nVous trouverez ci-joint le projet d'acte pour relecture.\n\nBien cordialement,\nClaire Fontaine\n"
    "Clerc de notaire\nÉtude Vasseur & Associés",
)
C(
    cat,
    ("Marc Dubois", "marc.dubois@dubois-sa.fr"),
    None,
    N,
    "No opening; the signature names the user.",
    words="Ci-joint l'avenant signé. Merci de me confirmer la bonne réception.\n\nMarc Leroy\nAurore Patrimoine",
)
C(
    cat,
    ("Hélène Vidal", "helene.vidal@vidal-sa.fr"),
    None,
    N,
    "No greeting name; a PS mentions a third person.",
    words="Bonjour,\n\nJe vous transmets le comparatif des offres de prévoyance.\n\nBien cordialement,\nThomas Garnier\n\n"
    "PS : mes amitiés à Paul.",
)
C(
    cat,
    ("Tom Hughes", "tom.hughes@harbourcap.co.uk"),
    None,
    "Tom",
    "Bottom-posted reply; the user's own text greets Tom.",
    lang="en",
    words="> On 3 Nov 2026, at 09:12, Tom Hughes <tom.hughes@harbourcap.co.uk> wrote:\n> Hi Emma, thanks for the "
    "proposal, I'll review it this week.\n> Tom\n\nHi Tom,\n\nGreat, thanks. Let me know if any questions come "
    "up.\n\nBest,\nEmma",
)
C(
    cat,
    ("Kevin Marchand", "kevin.marchand@agence-horizon.fr"),
    None,
    "Kevin",
    "Forward to a colleague with a note greeting Kevin.",
    words="Salut Kevin,\n\nTu peux regarder la demande ci-dessous ? C'est pour un T3 à Caen.\n\nNathalie\n\n"
    "---------- Message transféré ----------\nDe : Lucie Barre <lucie.barre@gmail.com>\nObjet : Recherche T3\n\n"
    "Bonjour Madame,\nJe cherche un T3 à Caen centre, budget 250 000 €.\nLucie Barre",
)
C(
    cat,
    [("Hugo Vidal", "hugo.vidal@vidal-sa.fr"), ("Chloé Vidal", "chloe.vidal@vidal-sa.fr")],
    None,
    N,
    "Reply-all with a group greeting.",
    words="RE: Comité d'investissement\n\nBonjour à tous,\n\nJe vous renvoie l'ordre du jour mis à jour.\n\n"
    "Cordialement,\nMarc Leroy\n\nDe : Hugo Vidal\nEnvoyé : mardi 4 novembre 2026 11:00\nObjet : Comité "
    "d'investissement\n\nBonjour Marc,\nPeux-tu nous envoyer l'ordre du jour ?\nHugo",
)
C(
    cat,
    ("DUPONT Jean", "jean.dupont@mairie-evreux.fr"),
    None,
    "Jean",
    "Outlook reply; the user's greeting names Jean.",
    words="Bonjour Jean,\n\nMerci pour ces éléments, je vous envoie la convention modifiée d'ici demain.\n\n"
    "Cordialement,\nÉlodie Marchand\n\nDe : DUPONT Jean <jean.dupont@mairie-evreux.fr>\nEnvoyé : mercredi 5 "
    "novembre 2026 10:00\nÀ : Élodie Marchand\nObjet : RE: Convention\n\nBonjour Madame Marchand,\nVoici nos "
    "remarques.\nJean Dupont",
)
C(
    cat,
    ("Anna Müller", "anna.mueller@mueller-treuhand.de"),
    None,
    "Anna",
    "The user greets Anna informally; her quoted formal greeting is to the user.",
    lang="de",
    words="Hallo Anna,\n\ndanke für die schnelle Antwort, ich schicke dir die Unterlagen morgen.\n\nViele Grüße\nMarkus\n\n"
    "Am 3. Nov. 2026 um 09:10 schrieb Anna Müller <anna.mueller@mueller-treuhand.de>:\n> Sehr geehrter Herr "
    "Huber,\n> anbei unsere Rückmeldung.\n> Anna Müller",
)
C(
    cat,
    ("Claire Petit", "claire.petit@groupe-vauban.fr"),
    None,
    "Claire",
    "New text greets 'Bonjour Claire'; the user's older quoted formal greeting is superseded.",
    words="Bonjour Claire,\n\nJe reviens vers vous avec la version définitive du rapport.\n\nBien à vous,\nJulien\n\n"
    "Le lun. 27 oct. 2026 à 10:00, Julien Mercier <julien.mercier@mercier-audit.fr> a écrit :\n> Bonjour Madame "
    "Petit,\n> Veuillez trouver ci-joint le rapport provisoire.\n> Julien Mercier",
)
C(
    cat,
    ("Sophie Adam", "sophie.adam@adam-conseil.fr"),
    None,
    N,
    "No greeting; the body mentions a third person by first name.",
    words="Comme convenu avec Paul, je vous adresse le compte rendu de notre réunion.\n\nBien cordialement,\n"
    "Nathalie Brun",
)
C(
    cat,
    ("Paul Girard", "paul.girard@girard-sa.fr"),
    None,
    "Paul",
    "The greeting comes after an 'Objet' line copied by the user.",
    words="Objet : Relance devis n° 2026-118\n\nBonjour Paul,\n\nAvez-vous pu valider le devis ?\n\nÉlodie",
)
C(
    cat,
    ("Julie Morel", "julie.morel@morel-assurances.fr"),
    None,
    N,
    "Forwarded with a one-word note and no greeting; the forwarded mail greets the user.",
    words="Pour info.\n\n---------- Message transféré ---------\nDe : Assureur Conseil <contact@assureur-example.fr>\n"
    "À : Élodie Marchand\nObjet : Nouvelle grille tarifaire\n\nBonjour Élodie,\nVeuillez trouver notre nouvelle "
    "grille.\nLe service partenaires",
)

# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def build():
    order = list(range(len(CASES)))
    random.Random(SEED + 1).shuffle(order)
    cases, cats = [], {}
    for k, i in enumerate(order, 1):
        c = CASES[i]
        cid = f"names3-{k:03d}"
        cases.append({"id": cid, "to": c["to"], "words": c["words"], "expected": c["expected"], "why": c["why"]})
        cats[cid] = c["cat"]
    return cases, cats


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python3 cases.py OUTDIR\n")
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    cases, cats = build()
    with open(os.path.join(out, "cases.json"), "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, "categories.json"), "w", encoding="utf-8") as f:
        json.dump(cats, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    per = collections.OrderedDict()
    for c in CASES:
        n = per.setdefault(c["cat"], [0, 0])
        n[0] += 1
        n[1] += c["expected"] is None
    print(f"{'category':<22} {'cases':>5} {'null':>5} {'name':>5}")
    for k, (t, z) in per.items():
        print(f"{k:<22} {t:5d} {z:5d} {t - z:5d}")
    total = len(CASES)
    nulls = sum(c["expected"] is None for c in CASES)
    print(f"{'total':<22} {total:5d} {nulls:5d} {total - nulls:5d}  (null {100.0 * nulls / total:.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
