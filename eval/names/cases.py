#!/usr/bin/env python3
"""Blind evaluation set: which first name a follow-up should greet the first recipient by.

Written on 2026-12-03 by a helper session that never read the implementation, its tests or any other
evaluation set. Standard library only.

    python3 eval/names/cases.py OUTDIR      # writes OUTDIR/cases.json and prints the counts

Each case: {"id", "to": [{"name", "address"}], "words", "expected": "Firstname" | null, "why"}.
The cases are written grouped by category below, then put in a fixed pseudo-random order (seeded, so the
output is the same bytes on every run) so that any range of ids mixes the categories.
"""

import collections
import json
import os
import random
import sys

# --------------------------------------------------------------------------------------------------
# Bodies and sign-offs the helpers below cycle through (deterministic: a counter per pool).
# --------------------------------------------------------------------------------------------------

FR_VOUS = [
    "Je me permets de revenir vers vous concernant la proposition que je vous ai adressée la semaine "
    "dernière. Avez-vous eu l'occasion d'en prendre connaissance ?",
    "Suite à notre échange téléphonique, vous trouverez ci-joint la simulation que nous avions évoquée. "
    "Je reste à votre disposition pour en discuter.",
    "Comme convenu lors de notre rendez-vous, je vous transmets le récapitulatif des points abordés ainsi "
    "que le calendrier proposé.",
    "Je vous remercie pour le temps que vous m'avez accordé mardi. Vous trouverez en pièce jointe notre "
    "offre détaillée.",
    "Je souhaitais savoir si vous aviez pu avancer sur le dossier de financement. N'hésitez pas à me dire "
    "si des documents vous manquent.",
    "Pourriez-vous me confirmer vos disponibilités pour un point d'une demi-heure la semaine prochaine ?",
    "Je vous adresse ci-joint le devis révisé tenant compte de vos remarques. Il reste valable jusqu'à la fin du mois.",
    "Nous avons bien reçu les pièces demandées, merci. Il ne manque plus que l'avis d'imposition 2025 pour "
    "finaliser l'étude.",
    "Je reviens vers vous au sujet de l'assurance-vie dont nous avions parlé : la nouvelle allocation est "
    "prête, je peux vous la présenter quand vous le souhaitez.",
    "Vous trouverez ci-joint le compte rendu de la réunion de lancement. Merci de me faire part de vos "
    "éventuelles corrections.",
    "Je fais suite à notre rencontre au salon Patrimonia. Comme promis, voici notre plaquette et quelques "
    "dates possibles pour un premier rendez-vous.",
    "Avez-vous pu échanger en interne sur notre proposition d'accompagnement ? Je peux ajuster le périmètre si besoin.",
]

FR_TU = [
    "Je te joins le devis dont on a parlé hier. Dis-moi si ça te va, sinon on ajuste.",
    "Petit message pour savoir si tu as eu le temps de regarder la présentation.",
    "Comme promis, voici le lien vers la maquette. Hâte d'avoir ton retour !",
    "Tu me diras si jeudi midi te convient pour déjeuner et en parler de vive voix.",
    "Je reviens vers toi pour le contrat : il me faut juste ta signature en bas de la page 3.",
    "J'ai mis à jour le tableau avec tes chiffres, tu peux jeter un œil quand tu as deux minutes ?",
]

FR_FORMEL = [
    "Je me permets de revenir vers vous concernant le projet d'acte que je vous ai transmis le 14 novembre. "
    "Je vous serais reconnaissant de bien vouloir me faire part de vos observations.",
    "Je vous prie de trouver ci-joint les pièces complémentaires demandées. Je reste à votre entière "
    "disposition pour tout renseignement.",
    "Faisant suite à notre entretien, je vous confirme notre intérêt pour une collaboration et vous adresse "
    "notre proposition d'honoraires.",
    "Je vous remercie de l'attention que vous porterez à ma demande et vous saurais gré de m'indiquer la "
    "suite que vous entendez y donner.",
    "Je souhaiterais convenir d'un rendez-vous afin d'évoquer la succession de ma mère. Seriez-vous "
    "disponible dans les prochaines semaines ?",
    "Par la présente, je sollicite un rendez-vous afin de vous présenter notre cabinet et nos services "
    "d'accompagnement patrimonial.",
]

EN = [
    "Just following up on the proposal I sent over last week. Did you get a chance to look at it?",
    "Thanks again for your time on the call on Tuesday. I've attached the revised scope with the pricing we discussed.",
    "I wanted to check whether you'd had a chance to review the contract. Happy to jump on a quick call if "
    "anything needs clarifying.",
    "Circling back on the demo from last week. Any questions from your side or the wider team?",
    "As promised, here's the deck from our meeting. Let me know if a follow-up session next week would be useful.",
    "Could you let me know a couple of slots that work for you next week? Thirty minutes should be plenty.",
    "I've attached the updated quote reflecting the changes you asked for. It's valid until the end of the month.",
    "Quick nudge on the onboarding form: once we have it back we can get you set up within a day.",
    "Great to meet you at the conference yesterday. As discussed, I'm sending over a short case study and "
    "our rate card.",
    "Have you had a chance to discuss the pilot internally? I can hold the December start date until Friday.",
]

EN_FORMAL = [
    "I am writing to follow up on my letter of 12 November regarding the proposed engagement. I would be "
    "grateful for your comments at your earliest convenience.",
    "Please find attached the documents you requested. Do not hesitate to contact me should you require "
    "any further information.",
    "Further to our meeting, I enclose our fee proposal for your consideration.",
    "I would be grateful if you could confirm whether you are able to act for us in this matter.",
    "I write to enquire whether the position advertised on your website remains open, and enclose my CV.",
]

FR_SIGN = [
    "Bien cordialement,\nCaroline Mercier",
    "Cordialement,\nJean-Marc Lefort\nConseiller en gestion de patrimoine",
    "Bien à vous,\nÉric Vidal",
    "Belle journée,\nNadia",
    "Très cordialement,\nStéphane Aubry\nAubry Patrimoine",
    "",
    "Merci d'avance,\nLaure",
]
FR_TU_SIGN = ["À bientôt,\nJulien", "Bises,\nCamille", "Merci !\nMax", "", "A+\nSeb"]
FR_FORMEL_SIGN = [
    "Je vous prie d'agréer l'expression de mes salutations distinguées.\nFrançois Delmas",
    "Respectueusement,\nHélène Carpentier",
    "Bien respectueusement,\nOlivier Marchand\nCabinet Marchand Conseil",
    "Veuillez recevoir mes respectueuses salutations.\nAnne Berthier",
]
EN_SIGN = [
    "Best,\nTom",
    "Kind regards,\nRebecca Hall",
    "Thanks,\nDan",
    "",
    "Cheers,\nOllie",
    "Best regards,\nPriya Nair\nBusiness Development",
    "Many thanks,\nAndrew",
]
EN_FORMAL_SIGN = [
    "Yours sincerely,\nMargaret Ellis",
    "Yours faithfully,\nJonathan Pike",
    "Kind regards,\nRebecca Hall\nHall & Finch Consulting",
]

_counters = collections.Counter()


def _pick(pool_name, pool):
    i = _counters[pool_name]
    _counters[pool_name] += 1
    return pool[i % len(pool)]


def _compose(opening, body, sign, inline):
    if not opening:
        text = body
    elif inline:
        text = opening + " " + body[0].lower() + body[1:]
    else:
        text = opening + "\n\n" + body
    if sign:
        text += "\n\n" + sign
    return text


def fv(opening, inline=False):
    """French, vous, business register."""
    return _compose(opening, _pick("fv", FR_VOUS), _pick("fvs", FR_SIGN), inline)


def ft(opening, inline=False):
    """French, tu."""
    return _compose(opening, _pick("ft", FR_TU), _pick("fts", FR_TU_SIGN), inline)


def ff(opening, inline=False):
    """French, formal letter."""
    return _compose(opening, _pick("ff", FR_FORMEL), _pick("ffs", FR_FORMEL_SIGN), inline)


def ev(opening, inline=False):
    """English, ordinary business."""
    return _compose(opening, _pick("ev", EN), _pick("evs", EN_SIGN), inline)


def ef(opening, inline=False):
    """English, formal letter."""
    return _compose(opening, _pick("ef", EN_FORMAL), _pick("efs", EN_FORMAL_SIGN), inline)


CASES = []


def C(category, to, words, expected, why):
    if isinstance(to, tuple):
        to = [to]
    CASES.append(
        {
            "category": category,
            "to": [{"name": n, "address": a} for n, a in to],
            "words": words,
            "expected": expected,
            "why": why,
        }
    )


# ==================================================================================================
# 1. The user greets the first recipient by a first name that fits them.
# ==================================================================================================
G = "greeting_first_name"
C(G, ("Paul Lefebvre", "paul.lefebvre@orange.fr"), fv("Bonjour Paul,"), "Paul", "greeted by first name, fits display")
C(G, ("Sarah Collins", "sarah.collins@brightwave.co.uk"), ev("Hi Sarah,"), "Sarah", "greeted by first name")
C(
    G,
    ("Martin, Sarah (Legal - London)", "sarah.martin@hallidaygrove.com"),
    ev("Hi Sarah,"),
    "Sarah",
    "greeting matches the first name of an Exchange 'Last, First (Dept)' display",
)
C(G, ("DUPONT Jean (DRH)", "jean.dupont@groupe-altis.fr"), fv("Bonjour Jean,"), "Jean", "greeting matches prénom")
C(G, ("", "claire.b@free.fr"), fv("Bonjour Claire,"), "Claire", "user greets by first name; no display to contradict")
C(
    G,
    ("Marc-André Tremblay", "ma.tremblay@videotron.ca"),
    "Bonjour Marc-André,\n\nTel que discuté au téléphone, voici la soumission pour la rénovation du sous-sol. "
    "Elle est valide pour trente jours.\n\nMerci et bonne journée,\nSylvie Côté",
    "Marc-André",
    "Québec, compound first name",
)
C(
    G,
    ("Geneviève Gagnon", "genevieve.gagnon@desjardins-conseil.ca"),
    ft("Salut Geneviève,"),
    "Geneviève",
    "informal greeting",
)
C(
    G,
    ("Mathieu Bouchard", "mbouchard@groupebouchard.qc.ca"),
    "Allô Mathieu, je voulais juste savoir si tu avais eu le temps de regarder le plan d'affaires. "
    "On s'en reparle lundi?\n\nFrançois",
    "Mathieu",
    "Québec 'Allô' + first name on the same line",
)
C(G, ("Niamh Kelly", "niamh.kelly@kellyarchitects.ie"), ev("Hi Niamh,"), "Niamh", "Irish first name greeted")
C(
    G,
    ("Dave Thompson", "dave@thompsonjoinery.co.uk"),
    "Morning Dave,\n\nQuick one: did you get a chance to look at the quote for the kitchen units? "
    "Happy to knock a bit off if we can start before Christmas.\n\nCheers,\nGary",
    "Dave",
    "'Morning Dave' fits 'Dave Thompson'",
)
C(G, ("Jo Clarke", "jo.clarke@clarkehr.co.uk"), ef("Dear Jo,"), "Jo", "'Dear' + first name is familiar enough")
C(G, ("Émilie Rousseau", "emilie.rousseau@laposte.net"), ft("Chère Émilie,"), "Émilie", "'Chère' + first name")
C(
    G,
    ("Pierre Vasseur", "p.vasseur@vasseur-avocats.fr"),
    "Cher Pierre,\n\nJe me permets de revenir vers toi au sujet du bail commercial de ma sœur. "
    "Aurais-tu un créneau cette semaine pour en parler ?\n\nAmitiés,\nBenoît",
    "Pierre",
    "a lawyer, but the user is on first-name terms",
)
C(
    G,
    ("Hannah Schmidt", "hannah.schmidt@helvetia-partners.ch"),
    fv("Bonjour Hannah,"),
    "Hannah",
    "Swiss recipient, first name",
)
C(G, ("Luc Peeters", "luc.peeters@skynet.be"), fv("Bonjour Luc,"), "Luc", "Belgian recipient, first name")
C(
    G,
    ("Jennifer Lee", "jlee@northfieldcapital.com"),
    "Hey Jennifer, circling back on the demo from last week. Any questions from your team?\n\nBest,\nChris",
    "Jennifer",
    "same-line informal greeting",
)
C(G, ("Mike Johnson", "mike.johnson@acmelogistics.com"), ev("Hi Mike,"), "Mike", "display is Mike too")
C(G, ("Thomas Girard", "thomas.girard@gmail.com"), fv("Hello Thomas,"), "Thomas", "French user opening in English")
C(
    G,
    ("Anne-Sophie Leroy", "as.leroy@leroy-immobilier.fr"),
    fv("Bonjour Anne-Sophie,"),
    "Anne-Sophie",
    "compound first name",
)
C(
    G,
    ("Sophie Marchand", "sophie.marchand@cabinet-marchand.fr"),
    "Bonjour Sophie, suite à notre appel de ce matin, je vous envoie le récapitulatif des frais de gestion. "
    "Dites-moi si vous avez des questions.\n\nBien cordialement,\nCaroline",
    "Sophie",
    "greeting on the first sentence's line",
)
C(G, ("Gemma Price", "gemma.price@pricefamilylaw.co.uk"), ev("Hiya Gemma,"), "Gemma", "UK informal 'Hiya'")
C(G, ("Rob Taylor", "rob.taylor@tayloraudio.com"), ev("Hi Rob -"), "Rob", "dash after the name")
C(G, ("Kate Brennan", "kbrennan@brennanmedia.ie"), ev("Kate,"), "Kate", "vocative first name alone")
C(G, ("Olivier Masson", "olivier@masson-btp.fr"), ft("Olivier,"), "Olivier", "vocative first name alone")
C(G, ("Amélie Durand", "amelie.durand@hotmail.fr"), ft("Coucou Amélie !"), "Amélie", "very informal, first name")
C(G, ("Yannick Morel", "ymorel@morel-transports.fr"), ft("Salut Yannick,"), "Yannick", "informal")
C(G, ("Chloé Bernard", "chloe.bernard@yahoo.fr"), fv("Bonsoir Chloé,"), "Chloé", "'Bonsoir' + first name")
C(G, ("Ryan O'Connor", "ryan.oconnor@oconnorbuild.ie"), ev("Hi Ryan,"), "Ryan", "first name greeted")
C(G, ("Laura Bianchi", "laura.bianchi@bianchidesign.it"), ev("Hi Laura,"), "Laura", "first name greeted")
C(G, ("Benoît Lambert", "benoit.lambert@lambert-expertise.be"), fv("Bonjour Benoît,"), "Benoît", "accented first name")
C(
    G,
    ("Stéphanie Roy", "sroy@roy-comptables.qc.ca"),
    "Bonjour Stéphanie, j'espère que tu vas bien ! Je te relance pour le formulaire d'ouverture de compte, "
    "il me manque encore ta signature.\n\nMerci,\nAlexandre",
    "Stéphanie",
    "same-line greeting, tu",
)
C(G, ("Alex Morgan", "alex@morganandco.com"), ev("Hi Alex,"), "Alex", "short first name matches display")
C(
    G,
    ("Charlotte Evans", "charlotte.evans@evanslettings.co.uk"),
    ev("Good morning Charlotte,"),
    "Charlotte",
    "greeting with time of day",
)
C(G, ("François Petit", "francois.petit@petit-assurances.fr"), fv("Bonjour François,"), "François", "first name")
C(
    G,
    ("Isabelle Fontaine", "isabelle.fontaine@fontaine-notaires.fr"),
    "Chère Isabelle,\n\nComme évoqué lors du dîner samedi, je t'envoie les coordonnées de mon client pour la "
    "donation. Il attend ton appel.\n\nBises,\nMarion",
    "Isabelle",
    "a notary, but greeted by first name by a friend",
)
C(G, ("James Whitaker", "james.whitaker@whitakerlaw.co.uk"), ef("Dear James,"), "James", "'Dear' + first name")
C(G, ("Nathalie Moreau", "nathalie.moreau@wanadoo.fr"), fv("Bonjour Nathalie"), "Nathalie", "no comma after the name")
C(G, ("Ben Carter", "ben.carter@carterfinance.com"), ev("Hi Ben!"), "Ben", "exclamation after name")
C(
    G,
    ("Aisling Byrne", "aisling.byrne@byrneconsulting.ie"),
    ev("Dia dhuit Aisling,"),
    "Aisling",
    "Irish-language greeting + first name",
)
C(G, ("Patrick Meyer", "patrick.meyer@bluewin.ch"), fv("Bonjour Patrick,"), "Patrick", "Swiss, first name")
C(
    G,
    ("Robert Martin", "bob.martin@martin-roofing.com"),
    ev("Hi Bob,"),
    "Bob",
    "nickname confirmed by the address bob.martin@",
)
C(
    G,
    ("Robert (Bob) Martin", "robert.martin@martinholdings.com"),
    ev("Hi Bob,"),
    "Bob",
    "nickname given in the display itself",
)
C(
    G,
    ("Mme Dupont", "c.dupont@dupont-immo.fr"),
    fv("Bonjour Catherine,"),
    "Catherine",
    "user greets by first name; initial c in address agrees",
)
C(G, ("J. Dupont", "j.dupont@dupont-avocats.fr"), ft("Bonjour Jean,"), "Jean", "first name fits the initial J")
C(
    G,
    ("Dr Patel", "apatel@patelclinic.co.uk"),
    ev("Hi Anjali,"),
    "Anjali",
    "user greets the doctor by first name; initial a agrees",
)
C(
    G,
    ("Dr Sarah Jones", "sarah.jones@northgatesurgery.nhs.uk"),
    ev("Dear Sarah,"),
    "Sarah",
    "user chose first-name terms despite the title",
)
C(
    G,
    ("Maître Jean Dupont", "jean.dupont@dupont-avocats.fr"),
    ft("Bonjour Jean,"),
    "Jean",
    "user is on first-name terms with the lawyer",
)
C(
    G,
    ("Accueil Cabinet Vidal", "accueil@cabinet-vidal.fr"),
    "Bonjour Claire,\n\nMerci de transmettre à Maître Vidal le relevé ci-joint, comme convenu au téléphone.\n\n"
    "Bonne journée,\nPascal Henry",
    "Claire",
    "user greets the receptionist who reads this mailbox",
)
C(
    G,
    ("Sales", "sales@fenwick-tools.co.uk"),
    "Hi Tom,\n\nThanks for getting back to me yesterday. Could you send the updated price list for the "
    "cordless range?\n\nCheers,\nMark",
    "Tom",
    "user greets the person who answers the shared address",
)
C(
    G,
    ("Martin Laurent", "info@laurent-immo.fr"),
    fv("Bonjour Martin,"),
    "Martin",
    "greeting resolves the ambiguous display",
)
C(
    G,
    ("Thomas Bernard", "contact@bernard-paysage.fr"),
    fv("Bonjour Bernard,"),
    "Bernard",
    "greeting resolves the display as Nom Prénom ('Bernard' is a first name)",
)
C(G, ("Oluwaseun Adeyemi", "seun.adeyemi@gtbank.com"), ev("Hi Seun,"), "Seun", "short form the address itself uses")
C(G, ("Tom Baker", "tom.baker@bakerdesign.co.uk"), ev("Hi Tom,"), "Tom", "first name")

# ==================================================================================================
# 2. Formal openings (titles) toward the person: never a first name.
# ==================================================================================================
F = "formal_title"
C(F, ("Jean Dupont", "jean.dupont@dupont-notaires.fr"), ff("Bonjour Maître Dupont,"), None, "Maître + surname")
C(F, ("Me Catherine Vidal", "c.vidal@vidal-avocats.fr"), ff("Maître,"), None, "'Maître,' alone")
C(F, ("Sophie Martin", "sophie.martin@orange.fr"), fv("Bonjour Madame,"), None, "Madame")
C(F, ("Paul Girard", "paul.girard@girard-immo.fr"), fv("Bonjour Monsieur Girard,"), None, "Monsieur + surname")
C(F, ("John Smith", "john.smith@smithandpartners.co.uk"), ef("Dear Mr Smith,"), None, "Mr + surname")
C(F, ("Sarah Jones", "sarah.jones@nhs.net"), ef("Dear Dr Jones,"), None, "Dr + surname")
C(F, ("Emma Wilson", "emma.wilson@wilsonhr.com"), ef("Dear Ms Wilson,"), None, "Ms + surname")
C(F, ("Bernard Leclerc", "bernard.leclerc@leclerc-medical.fr"), ff("Bonjour Docteur,"), None, "Docteur")
C(F, ("Hélène Marchetti", "helene.marchetti@chu-lyon.fr"), ff("Bonjour Professeur Marchetti,"), None, "Professeur")
C(F, ("Jean-Luc Perrin", "jl.perrin@mairie-annecy.fr"), ff("Monsieur le Maire,"), None, "office title")
C(F, ("Marie Dubois", "marie.dubois@dubois-conseil.fr"), ff("Madame, Monsieur,"), None, "'Madame, Monsieur'")
C(F, ("David Brown", "david.brown@browncpa.com"), ef("Dear Sir/Madam,"), None, "Sir/Madam")
C(F, ("Anne Leroux", "a.leroux@leroux-avocats.fr"), ff("Chère Madame,"), None, "'Chère Madame'")
C(F, ("Philippe Garnier", "philippe.garnier@garnier-patrimoine.fr"), ff("Cher Monsieur,"), None, "'Cher Monsieur'")
C(F, ("Michel Roux", "michel.roux@free.fr"), fv("Bonjour M. Roux,"), None, "M. + surname")
C(
    F,
    ("Claire Petitjean", "claire.petitjean@sfr.fr"),
    fv("Bonjour Mme Petitjean,", inline=True),
    None,
    "Mme + surname, same line",
)
C(F, ("Luc Gagnon", "lgagnon@gagnon-notaires.qc.ca"), ff("Bonjour Me Gagnon,"), None, "Québec 'Me' (Maître)")
C(F, ("Pieter Janssens", "pieter.janssens@janssens-law.be"), ff("Cher Maître,"), None, "'Cher Maître'")
C(F, ("Thomas Müller", "thomas.mueller@mueller-treuhand.ch"), fv("Bonjour Monsieur Müller,"), None, "Swiss, Monsieur")
C(F, ("Priya Patel", "priya.patel@patelpharmacy.co.uk"), ef("Dear Mrs Patel,"), None, "Mrs + surname")
C(F, ("Robert King", "rking@kingsolicitors.co.uk"), ef("Dear Sir,"), None, "'Dear Sir'")
C(F, ("Fiona Walsh", "fiona.walsh@walshdental.ie"), ef("A Chara,"), None, "Irish formal letter opening")
C(F, ("Jean Moulin", "jean.moulin@moulin-sa.fr"), fv("Bonjour M. Jean,"), None, "title + first name is still formal")
C(F, ("Sophie Kane", "sophie.kane@kanemedical.com"), ev("Hi Dr. Kane,"), None, "informal 'Hi' but a title")
C(F, ("Marc Aubert", "marc.aubert@aubert-avocats.fr"), ff("Cher confrère,"), None, "lawyers' formal 'confrère'")
C(F, ("Julie Renard", "julie.renard@renard-avocats.fr"), ff("Chère consœur,"), None, "lawyers' formal 'consœur'")
C(F, ("Mark Stevens", "mstevens@stevensassoc.com"), ev("Hello Mr. Stevens,", inline=True), None, "Mr. + surname")
C(F, ("Isabelle Faure", "isabelle.faure@faure-notaire.fr"), ff("Madame le Notaire,"), None, "office title")
C(F, ("Karim Haddad", "karim.haddad@haddad-conseil.fr"), fv("Bonjour Monsieur,"), None, "Monsieur")
C(F, ("Sarah Levy", "sarah.levy@gmail.com"), ff("Madame Levy,"), None, "Madame + surname, no 'Bonjour'")
C(F, ("Owen Hughes", "owen.hughes@hughes-estates.co.uk"), ef("Dear Professor Hughes,"), None, "Professor")
C(F, ("Chantal Morin", "chantal.morin@morin-dentiste.fr"), fv("Bonjour Docteur Morin,"), None, "Docteur + surname")
C(
    F,
    ("Laurent Schneider", "laurent.schneider@etat.ge.ch"),
    ff("Monsieur le Conseiller d'État,"),
    None,
    "Swiss office title",
)
C(
    F,
    ("Gilles Bertrand", "gilles.bertrand@bertrand-huissier.fr"),
    "Bonjour Maître,\n\nComme convenu, je vous adresse la copie du jugement pour signification.\n\n"
    "Cordialement,\nSandrine Petit",
    None,
    "Maître (huissier)",
)
C(
    F,
    ("Jennifer Lee", "jennifer.lee@lee-recruit.com"),
    ef("Dear Hiring Manager,"),
    None,
    "impersonal role greeting, formal",
)
C(F, ("Aurélie Simon", "aurelie.simon@simon-kine.fr"), fv("Bonjour Madame Aurélie,"), None, "title + first name")
C(F, ("Colm Doyle", "colm.doyle@doylefarms.ie"), ef("Dear Mr Doyle,"), None, "Mr + surname")
C(F, ("Daniel Weber", "daniel.weber@weber-vermoegen.ch"), ff("Madame, Monsieur,"), None, "'Madame, Monsieur'")
C(F, ("Elizabeth Grant", "e.grant@grantcapital.com"), ef("To whom it may concern,"), None, "impersonal formal")
C(F, ("Hugo Blanc", "hugo.blanc@blanc-expert.fr"), ff("Monsieur,"), None, "'Monsieur,' alone")
C(
    F,
    ("Ahmed Al-Mansouri", "ahmed.almansouri@adnoc.ae"),
    ef("Dear Mr. Ahmed,"),
    None,
    "Gulf usage: title + first name, formal",
)
C(F, ("DIALLO Mamadou", "mamadou.diallo@sonatel.sn"), fv("Bonjour M. Diallo,"), None, "M. + surname")
C(F, ("Hiroshi Tanaka", "hiroshi.tanaka@sony.com"), ev("Dear Tanaka-san,"), None, "Japanese honorific on the surname")
C(
    F,
    ("Sophie Martin", "sophie.martin@martin-conseil.fr"),
    "Madame Martin, je vous prie de trouver ci-joint l'attestation demandée.\n\nCordialement,\nYves Roche",
    None,
    "Madame + surname on the first sentence's line",
)
C(
    F,
    ("DUPONT Jean", "jean.dupont@cg-gironde.fr"),
    "Monsieur, je me permets de revenir vers vous au sujet de notre demande de subvention déposée en octobre.\n\n"
    "Respectueusement,\nAssociation Les Jardins du Lac",
    None,
    "'Monsieur,' on the first sentence's line",
)
C(
    F,
    ("Jean Dupont", "jean.dupont@dupont-notaires.fr"),
    "Bonjour Maître, comme convenu je vous adresse les relevés de compte de la succession.\n\nBien à vous,\nÉric Vidal",
    None,
    "Maître on the first sentence's line",
)
C(F, ("Sarah Walsh", "sarah.walsh@walshsurgery.ie"), ev("Hi Dr Sarah,"), None, "title + first name")
C(F, ("Anne Girard", "anne.girard@girard-osteo.fr"), fv("Bonjour Mme Girard,"), None, "Mme + surname")
C(F, ("Catherine Morel", "cmorel@cabinet-morel.fr"), ff("Bonjour cher Maître,"), None, "'cher Maître'")
C(F, ("Pascal Roy", "pascal.roy@mairie-quimper.fr"), ff("Monsieur le Directeur,"), None, "office title")

# ==================================================================================================
# 3. Formal: first AND last name together in the greeting.
# ==================================================================================================
FN = "formal_full_name"
C(FN, ("Jean Dupont", "jean.dupont@dupont-sa.fr"), fv("Bonjour Jean Dupont,"), None, "first + last name: formal")
C(FN, ("Sarah Jones", "sarah.jones@jonesdesign.co.uk"), ef("Dear Sarah Jones,"), None, "first + last name")
C(FN, ("Marie-Claire Fabre", "mc.fabre@fabre-conseil.fr"), fv("Bonjour Marie-Claire Fabre,"), None, "first + last name")
C(
    FN,
    ("Michael O'Sullivan", "michael.osullivan@osullivanltd.ie"),
    ev("Hi Michael O'Sullivan,"),
    None,
    "first + last name",
)
C(FN, ("DUPONT Jean", "jean.dupont@mairie-lille.fr"), fv("Bonjour Jean DUPONT,"), None, "first + last name")
C(
    FN,
    ("Aurélien Blanchard", "aurelien.blanchard@blanchard-patrimoine.fr"),
    ff("Aurélien Blanchard,"),
    None,
    "full name as vocative",
)
C(
    FN,
    ("Ahmed Benali", "ahmed.benali@benali-transit.fr"),
    fv("Bonjour Ahmed Benali,", inline=True),
    None,
    "first + last, same line",
)
C(FN, ("Chloe Martin", "chloe.martin@martinlegal.com"), ev("Hello Chloe Martin,"), None, "first + last name")
C(FN, ("Kevin Nguyen", "kevin.nguyen@nguyenpharma.com"), ef("Dear Kevin Nguyen,"), None, "first + last name")
C(FN, ("Valérie Dumas", "valerie.dumas@dumas-finance.fr"), ff("Chère Valérie Dumas,"), None, "first + last name")
C(
    FN,
    ("Tremblay, Marc-André", "ma.tremblay@videotron.ca"),
    fv("Bonjour Marc-André Tremblay,"),
    None,
    "first + last name",
)
C(FN, ("Priya Sharma", "priya.sharma@infosys.com"), ev("Hello Priya Sharma,"), None, "first + last name")

# ==================================================================================================
# 4. Greeting that contradicts the display (nickname, slip, other person): not worth the risk.
# ==================================================================================================
X = "greeting_contradicts"
C(X, ("Robert Martin", "robert.martin@martin-bois.fr"), ft("Salut Bob,"), None, "Bob vs Robert: nickname or slip")
C(X, ("Robert Smith", "robert.smith@smithbuild.co.uk"), ev("Hi Bob,"), None, "Bob vs Robert")
C(X, ("Michael Johnson", "michael.johnson@jlogistics.com"), ev("Hey Mike,"), None, "Mike vs Michael")
C(X, ("Pierre Martin", "pierre.martin@martin-conseil.fr"), fv("Bonjour Paul,"), None, "Paul vs Pierre")
C(X, ("Emma Wilson", "emma.wilson@wilsonhr.co.uk"), ev("Hi Sarah,"), None, "Sarah vs Emma")
C(X, ("Katherine Brown", "katherine.brown@brownpr.com"), ev("Hi Kate,"), None, "Kate vs Katherine")
C(X, ("William Harris", "w.harris@harrisventures.com"), ev("Hi Bill,"), None, "Bill vs William")
C(X, ("Emmanuel Petit", "emmanuel.petit@petit-info.fr"), ft("Salut Manu,"), None, "Manu vs Emmanuel")
C(X, ("Jean Dupont", "jean.dupont@dupont-renov.fr"), fv("Bonjour Jeanne,"), None, "Jeanne vs Jean")
C(X, ("Marie-Claire Dubois", "marie-claire.dubois@orange.fr"), fv("Bonjour Marie,"), None, "Marie vs Marie-Claire")
C(X, ("David Smith", "david.smith@smithassoc.co.uk"), ev("Morning Dave,"), None, "Dave vs David")
C(X, ("Joanna Clarke", "joanna.clarke@clarkeco.co.uk"), ef("Dear Jo,"), None, "Jo vs Joanna")
C(X, ("Alexandre Morel", "alexandre.morel@morel-finance.fr"), ft("Salut Alex,"), None, "Alex vs Alexandre")
C(
    X,
    ("Christophe Durand", "christophe.durand@durand-auto.fr"),
    fv("Bonjour Christian,"),
    None,
    "Christian vs Christophe",
)
C(X, ("Sophie Laurent", "sophie.laurent@laurent-immo.fr"), fv("Bonjour Sylvie,"), None, "Sylvie vs Sophie")
C(X, ("Elizabeth Taylor", "liz.taylor@taylorevents.com"), ev("Hi Beth,"), None, "Beth vs Elizabeth / liz.")
C(X, ("Patrick Murphy", "patrick.murphy@murphybuilders.ie"), ev("Hi Paddy,"), None, "Paddy vs Patrick")
C(X, ("Jonathan Reed", "jonathan.reed@reedcapital.com"), ev("Hi Jon,"), None, "Jon vs Jonathan")
C(X, ("DUBOIS Marie", "marie.dubois@credit-rhone.fr"), fv("Bonjour Martine,"), None, "Martine vs Marie")
C(
    X,
    ("Jean-Baptiste Le Roux", "jb.leroux@leroux-cave.fr"),
    ft("Salut JB,"),
    None,
    "initials nickname, not the first name",
)
C(X, ("J. Dupont", "j.dupont@dupont-avocats.fr"), fv("Bonjour Paul,"), None, "Paul contradicts the initial J")
C(X, ("Guillaume Faure", "guillaume.faure@faure-sa.fr"), ft("Salut Guigui,"), None, "pet name")
C(X, ("Stephen Walsh", "stephen.walsh@walshaccountants.ie"), ev("Hi Steve,"), None, "Steve vs Stephen")
C(
    X,
    ("Frédérique Lemaire", "frederique.lemaire@lemaire-rh.fr"),
    fv("Bonjour Frédéric,"),
    None,
    "Frédéric vs Frédérique",
)

# Surname used as a greeting: not a first name, and the register is not first-name terms.
S = "greeting_surname"
C(S, ("Jean Dupont", "jean.dupont@dupont-sa.fr"), ft("Salut Dupont,"), None, "greeted by surname")
C(
    S,
    ("Laurent Martin", "laurent.martin@martin-conseil.fr"),
    fv("Bonjour Martin,"),
    None,
    "'Martin' is the surname here (display and laurent.martin@ agree)",
)
C(
    S,
    ("Cabinet Martin", "contact@cabinet-martin.fr"),
    fv("Bonjour Martin,"),
    None,
    "greets a firm named after a surname",
)
C(S, ("Smith, John (Finance)", "john.smith@contoso.com"), ev("Hey Smith,"), None, "greeted by surname")
C(
    S,
    ("Thomas Bernard", "thomas.bernard@free.fr"),
    fv("Bonjour Bernard,"),
    None,
    "display and thomas.bernard@ agree Bernard is the surname",
)

# ==================================================================================================
# 5. Greeting with a typo, wrong case or missing/extra accent that clearly means this recipient.
# ==================================================================================================
V = "greeting_variant"
C(V, ("Sophie Martin", "sophie.martin@gmail.com"), fv("Bonjour Sohpie,"), "Sophie", "typo; display gives the spelling")
C(V, ("Sarah Collins", "sarah.collins@collinsdesign.co.uk"), ev("Hi Sarha,"), "Sarah", "typo")
C(
    V,
    ("Hélène Durand", "helene.durand@durand-conseil.fr"),
    fv("Bonjour Helene,"),
    "Hélène",
    "accents as the name has them",
)
C(V, ("François Petit", "f.petit@petit-assur.fr"), fv("Bonjour Francois,"), "François", "missing cedilla")
C(
    V,
    ("Helene Garnier", "helene.garnier@free.fr"),
    fv("Bonjour Hélène,"),
    "Hélène",
    "user writes the accent the display lost",
)
C(V, ("Mike Brown", "mike.brown@brownroofing.com"), ev("hi mike,"), "Mike", "all lower case greeting")
C(V, ("Jean Dupont", "jean.dupont@orange.fr"), fv("Bonjour JEAN,"), "Jean", "capitals in greeting")
C(V, ("Jérôme Faure", "jerome.faure@faure-elec.fr"), fv("Bonjour Jérome,"), "Jérôme", "missing circumflex")
C(V, ("Nicolas Bertin", "nicolas.bertin@bertin-sa.fr"), fv("Bonjour Nicloas,"), "Nicolas", "typo")
C(V, ("Siobhan Murphy", "siobhan.murphy@murphylaw.ie"), ev("Hi Siobhán,"), "Siobhán", "user writes the fada")
C(
    V,
    ("Christine Lemaire", "christine.lemaire@lemaire.fr"),
    fv("bonjour christine"),
    "Christine",
    "lower case, no comma",
)
C(V, ("Matthew Green", "matthew.green@greenarch.co.uk"), ev("Hi Mathew,"), "Matthew", "typo")
C(V, ("Anne-Sophie Leroy", "annesophie.leroy@gmail.com"), fv("Bonjour Anne Sophie,"), "Anne-Sophie", "hyphen left out")
C(V, ("jean-pierre martin", "jpmartin@wanadoo.fr"), ft("bonjour jean-pierre,"), "Jean-Pierre", "both lower case")

# ==================================================================================================
# 6. Neutral opening (or none): a Gmail-style "First Last" display.
# ==================================================================================================
N = "neutral_display_name"
C(N, ("Jean Dupont", "jean.dupont@gmail.com"), fv("Bonjour,"), "Jean", "neutral opening, clear 'First Last'")
C(N, ("Sarah Mitchell", "sarah.mitchell@mitchellretail.co.uk"), ev("Hello,"), "Sarah", "neutral opening")
C(N, ("Camille Rousseau", "camille.rousseau@hotmail.fr"), fv("Bonjour,"), "Camille", "neutral opening")
C(N, ("Emily Carter", "emily.carter@outlook.com"), ev("Hi,"), "Emily", "neutral opening")
C(
    N,
    ("Julien Perrot", "julien.perrot@perrot-plomberie.fr"),
    fv("Bonjour,", inline=True),
    "Julien",
    "neutral, same line",
)
C(N, ("Jean DUPONT", "jdupont@dupont-menuiserie.fr"), fv("Bonjour,"), "Jean", "surname in capitals")
C(N, ("Olivia Harper", "olivia@harperstudio.com"), ev("Good afternoon,"), "Olivia", "neutral opening")
C(N, ("Ciarán Walsh", "ciaran.walsh@walshagri.ie"), ev("Hello,"), "Ciarán", "Irish name with fada")
C(N, ("Élodie Fabre", "elodie.fabre@laposte.net"), fv("Bonsoir,"), "Élodie", "neutral opening")
C(N, ("Vincent Carré", "vincent.carre@carre-immobilier.fr"), ft("Salut,"), "Vincent", "informal but nameless opening")
C(N, ("Hannah Fischer", "hannah.fischer@fischer-ag.ch"), fv("Bonjour,"), "Hannah", "neutral opening")
C(N, ("Maxime Gauthier", "maxime.gauthier@videotron.ca"), fv("Bonjour,"), "Maxime", "neutral opening")
C(N, ("jean dupont", "jeandupont75@gmail.com"), fv("Bonjour,"), "Jean", "lower case 'first last'")
C(N, ("sarah o'neill", "sarahoneill@gmail.com"), ev("Hi there,"), "Sarah", "lower case 'first last'")
C(N, ("Grégoire Masson", "gregoire.masson@masson-vins.fr"), fv("Re-bonjour,"), "Grégoire", "neutral opening")
C(N, ("Lucy Bennett", "lucy.bennett@bennettpr.co.uk"), ev("Hey,"), "Lucy", "neutral informal opening")
C(N, ("Antoine Lefèvre", "antoine.lefevre@gmail.com"), fv(""), "Antoine", "no opening at all")
C(N, ("Rachel Green", "rachel.green@greenmarketing.com"), ev(""), "Rachel", "no opening at all")
C(N, ("Bastien Roche", "bastien.roche@roche-cuisines.fr"), fv("Bonjour à vous,"), "Bastien", "neutral opening")
C(N, ("Thibault Marchal", "thibault.marchal@marchal-avocats.be"), fv("Bonjour,"), "Thibault", "neutral opening")
C(N, ("Sean Murphy", "sean.murphy@murphytech.ie"), ev("Good morning,"), "Sean", "neutral opening")
C(N, ("Margaux Lemoine", "margaux.lemoine@lemoine-design.fr"), fv("Hello,"), "Margaux", "neutral opening")
C(N, ("Tyler Brooks", "tyler.brooks@brooksmedia.com"), ev("Hey there!"), "Tyler", "neutral opening")
C(N, ("Inès Mercier", "ines.mercier@mercier-rh.fr"), fv("Bonjour,"), "Inès", "neutral opening")
C(N, ("jean-pierre martin", "jpmartin@wanadoo.fr"), fv("Bonjour,"), "Jean-Pierre", "lower case compound first name")
C(N, ("marie-hélène durand", "mh.durand@orange.fr"), fv("Bonjour,"), "Marie-Hélène", "lower case compound first name")
C(
    N,
    ("Sarah Martin", "contact@sarahmartin-coaching.fr"),
    fv("Bonjour,"),
    "Sarah",
    "Sarah is not a surname; order clear",
)
C(N, ("Jean D.", "jean.d@gmail.com"), fv("Bonjour,"), "Jean", "first name + surname initial")
C(N, ("Sarah J", "sarahj@outlook.com"), ev("Hello,"), "Sarah", "first name + surname initial")
C(N, ("Sarah at Acme", "sarah@acme-analytics.com"), ev("Hi,"), "Sarah", "'Name at Company' sender style")
C(N, ("Gwen Le Bihan", "gwen.lebihan@lebihan-immobilier.bzh"), fv("Bonjour,"), "Gwen", "Breton name")
C(N, ("Chloé Lambert", "chloe.lambert@free.fr"), fv("Bonjour,"), "Chloé", "neutral opening")
C(N, ("Oscar Whitfield", "oscar.whitfield@whitfieldgroup.com"), ev("Good afternoon,"), "Oscar", "neutral opening")
C(
    N,
    ("Léa Fontaine", "lea.fontaine@gmail.com"),
    fv("Bonjour Madame, Monsieur,"),
    None,
    "formal 'Madame, Monsieur' even though the display is clear",
)
C(
    N,
    ("Noah Schwartz", "noah.schwartz@schwartzlaw.com"),
    "Good morning,\n\nI hope you had a restful Thanksgiving. Following up on the engagement letter: we are ready "
    "to start as soon as it is countersigned.\n\nBest regards,\nClaire Dumont",
    "Noah",
    "neutral opening",
)

# ==================================================================================================
# 7. Outlook / Exchange / corporate directory display names.
# ==================================================================================================
D = "directory_style"
C(D, ("DUPONT Jean (DRH)", "jean.dupont@groupe-altis.fr"), fv("Bonjour,"), "Jean", "NOM Prénom (service)")
C(D, ("Martin, Sarah (Legal - London)", "sarah.martin@hallidaygrove.com"), ev("Hello,"), "Sarah", "Last, First (dept)")
C(D, ("Jean Dupont | Cabinet Lexa", "j.dupont@cabinet-lexa.fr"), fv("Bonjour,"), "Jean", "First Last | firm")
C(
    D,
    ("'jean.dupont@x-conseil.fr'", "jean.dupont@x-conseil.fr"),
    fv("Bonjour,"),
    None,
    "display is just the quoted address",
)
C(
    D,
    ("Dupont Jean - EXT", "jean.dupont-ext@banque-alpine.fr"),
    fv("Bonjour,"),
    "Jean",
    "Nom Prénom, address settles it",
)
C(
    D,
    ("Dupont Jean - EXT", "ext.consult12@banque-alpine.fr"),
    fv("Bonjour,"),
    None,
    "Nom Prénom without capitals, generic address",
)
C(D, ("LEFEBVRE Marie (SNCF Réseau)", "marie.lefebvre@reseau.sncf.fr"), fv("Bonjour,"), "Marie", "NOM Prénom (org)")
C(D, ("Smith, John (Finance)", "john.smith@contoso.com"), ev("Hi,"), "John", "Last, First (dept)")
C(D, ("O'Brien, Seán", "sean.obrien@obrienlaw.ie"), ev("Hello,"), "Seán", "Last, First")
C(D, ("GARCIA Lucia - Achats", "lucia.garcia@fournil-sa.fr"), fv("Bonjour,"), "Lucia", "NOM Prénom - service")
C(
    D,
    ("Jean-Marc ROUX - Directeur Commercial", "jm.roux@roux-industries.fr"),
    fv("Bonjour,"),
    "Jean-Marc",
    "with job title",
)
C(D, ("Sarah Jones - Head of Procurement", "sarah.jones@westgateplc.co.uk"), ev("Hello,"), "Sarah", "with job title")
C(D, ("Thompson, Mark [EXT]", "mark.thompson.ext@bigbank.com"), ev("Hi,"), "Mark", "Last, First [EXT]")
C(D, ("BERNARD Thomas", "thomas.bernard@credit-agricole.fr"), fv("Bonjour,"), "Thomas", "surname in capitals")
C(D, ("Bernard, Thomas", "tbernard@axa-conseil.fr"), fv("Bonjour,"), "Thomas", "comma order")
C(D, ("MOREAU Céline (Groupe Moreau)", "celine.moreau@groupe-moreau.fr"), fv("Bonjour,"), "Céline", "NOM Prénom (org)")
C(
    D,
    ("Petit Laurent (DSI)", "laurent.petit@mutuelle-ouest.fr"),
    fv("Bonjour,"),
    "Laurent",
    "Nom Prénom; prenom.nom address",
)
C(
    D,
    ("Jean Dupont (Cabinet Dupont & Associés)", "jean.dupont@dupont-associes.fr"),
    fv("Bonjour,"),
    "Jean",
    "First Last (firm)",
)
C(D, ("Kowalski, Anna (Warsaw Office)", "anna.kowalski@globalfirm.com"), ev("Hello,"), "Anna", "Last, First (office)")
C(
    D,
    ("Dr. Emily Chen", "emily.chen@chenclinic.com"),
    ev("Hello,"),
    None,
    "display carries a title; user never used the first name",
)
C(
    D,
    ("Maître Jean Dupont", "jean.dupont@dupont-avocats.fr"),
    ff("Bonjour,"),
    None,
    "display carries Maître; too familiar",
)
C(D, ("M. Jean MARTIN", "jean.martin@mairie-rennes.fr"), fv("Bonjour,"), None, "display carries M.; too familiar")
C(D, ("ROUSSEAU Pierre-Yves", "py.rousseau@rousseau-sa.fr"), fv("Bonjour,"), "Pierre-Yves", "NOM Prénom composé")
C(
    D,
    ("Dubois Marie - Cabinet Dubois", "marie@cabinet-dubois.fr"),
    fv("Bonjour,"),
    "Marie",
    "address marie@ settles the order",
)
C(
    D,
    ("Lambert Sophie", "contact@lambert-deco.fr"),
    fv("Bonjour,"),
    None,
    "Nom Prénom without capitals, generic address",
)
C(D, ("Sophie Lambert (Lambert Déco)", "contact@lambert-deco.fr"), fv("Bonjour,"), "Sophie", "First Last (firm)")
C(D, ("Wilson, Emma <HR>", "emma.wilson@firm.co.uk"), ev("Hello,"), "Emma", "Last, First <dept>")
C(D, ("Jean Dupont [Groupe Altis]", "jean.dupont@altis.fr"), fv("Bonjour,"), "Jean", "First Last [org]")
C(D, ("DURAND Paul - EXT - Accenture", "paul.durand.ext@engie.com"), fv("Bonjour,"), "Paul", "NOM Prénom - EXT - firm")
C(D, ("Clarke, Jo", "jo.clarke@clarkeco.co.uk"), ev("Hello,"), "Jo", "Last, First")
C(D, ('"Girard, Nicolas"', "nicolas.girard@bnp-conseil.fr"), fv("Bonjour,"), "Nicolas", "quoted Last, First")
C(
    D,
    ("LEROY Amandine - Service Paie", "a.leroy@clinique-saint-joseph.fr"),
    fv("Bonjour,"),
    "Amandine",
    "NOM Prénom - service",
)
C(D, ("HUBERT Marc (Ext. Sopra)", "marc.hubert.ext@dgfip.finances.gouv.fr"), fv("Bonjour,"), "Marc", "NOM Prénom (ext)")
C(D, ("Evans, Rhys (Cardiff)", "rhys.evans@gov.wales"), ev("Hello,"), "Rhys", "Last, First (city)")
C(D, ("Nguyen, Linh (Audit)", "linh.nguyen@kpmg-example.fr"), fv("Bonjour,"), "Linh", "Last, First (dept)")
C(
    D,
    ("Dupont Jean Externe", "jean.dupont.externe@ville-example.fr"),
    fv("Bonjour,"),
    "Jean",
    "Nom Prénom + 'Externe'; address settles the order",
)
C(
    D,
    ("Sarah Jones (Shared Mailbox)", "procurement@westgateplc.co.uk"),
    ev("Hello,"),
    None,
    "shared mailbox labelled after a person",
)
C(D, ("Moreau, C.", "c.moreau@moreau-finance.fr"), fv("Bonjour,"), None, "Last, initial")
C(
    D,
    ("MARCHAND Julie - Assistante de Maître Roche", "julie.marchand@roche-avocats.fr"),
    fv("Bonjour,"),
    "Julie",
    "the assistant herself; NOM Prénom",
)

# ==================================================================================================
# 8. Which word is the first name? Ambiguous orders, settled (or not) by capitals or the address.
# ==================================================================================================
A = "ambiguous_order"
C(A, ("JEAN DUPONT", "contact@dupont-plomberie.fr"), fv("Bonjour,"), None, "all capitals, generic address")
C(A, ("JEAN DUPONT", "jean.dupont@gmail.com"), fv("Bonjour,"), "Jean", "all capitals, address gives the order")
C(A, ("Martin Laurent", "info@laurent-immo.fr"), fv("Bonjour,"), None, "both words are first names and surnames")
C(A, ("Martin Laurent", "mlaurent@orange.fr"), fv("Bonjour,"), "Martin", "address initial + surname")
C(A, ("Martin Laurent", "lmartin@orange.fr"), fv("Bonjour,"), "Laurent", "address shows Nom Prénom")
C(A, ("Thomas Bernard", "contact@bernard-paysage.fr"), fv("Bonjour,"), None, "both words are first names and surnames")
C(A, ("Thomas Bernard", "thomas.bernard@free.fr"), fv("Bonjour,"), "Thomas", "display and address agree")
C(A, ("Thomas Bernard", "b.thomas@thomas-avocats.fr"), fv("Bonjour,"), "Bernard", "address shows Nom Prénom")
C(A, ("Dupont Jean", "jdupont@dupont-sa.fr"), fv("Bonjour,"), "Jean", "initial J in address")
C(A, ("Dupont Jean", "accueil@dupont-sa.fr"), fv("Bonjour,"), None, "Nom Prénom without capitals, generic address")
C(
    A,
    ("Laurent Simon", "simon.laurent@cabinet-ls.fr"),
    fv("Bonjour,"),
    None,
    "display and address disagree on the order; both are first names",
)
C(A, ("ROBERT Michel", "contact@robert-elec.fr"), fv("Bonjour,"), "Michel", "surname in capitals")
C(A, ("Robert Michel", "robert.michel@michel-sa.fr"), fv("Bonjour,"), "Robert", "display and address agree")
C(A, ("Michel Robert", "office@robert-sa.fr"), fv("Bonjour,"), None, "both words are first names, generic address")
C(A, ("Simon Thomas", "s.thomas@thomasfinance.co.uk"), ev("Hello,"), "Simon", "address initial + surname")
C(A, ("Denis Gérard", "dgerard@gerard-transports.fr"), fv("Bonjour,"), "Denis", "address initial + surname")
C(A, ("Rémy Julien", "contact@julien-menuiserie.fr"), fv("Bonjour,"), None, "both words are first names")
C(A, ("JULIEN Rémy", "contact@julien-menuiserie.fr"), fv("Bonjour,"), "Rémy", "surname in capitals")
C(A, ("dupont jean", "jean.d@outlook.fr"), fv("Bonjour,"), "Jean", "lower case Nom Prénom, address settles it")
C(A, ("dupont jean", "contact@dupont-elagage.fr"), fv("Bonjour,"), None, "lower case, generic address")
C(A, ("Mathieu Arnaud", "m.arnaud@arnaud-conseil.fr"), fv("Bonjour,"), "Mathieu", "address initial + surname")
C(A, ("GIRARD VINCENT", "vgirard@girard-sa.fr"), fv("Bonjour,"), "Vincent", "all capitals, address settles it")
C(A, ("PAUL ANDRE", "info@andre-peinture.fr"), fv("Bonjour,"), None, "all capitals, both first names")
C(A, ("Nicolas Henri", "hnicolas@nicolas-expertise.fr"), fv("Bonjour,"), "Henri", "address shows Nom Prénom")
C(
    A,
    ("Marie Claire", "contact@marieclaire-boutique.fr"),
    fv("Bonjour,"),
    None,
    "could be one compound first name or a shop",
)
C(A, ("Jean Pierre Martin", "jpmartin@gmail.com"), fv("Bonjour,"), None, "Jean or Jean-Pierre? not sure")
C(A, ("Marie Anne Leblanc", "ma.leblanc@leblanc-notaire.fr"), fv("Bonjour,"), None, "Marie or Marie-Anne? not sure")
C(A, ("Laurent Martin", "laurent.martin@martin-conseil.fr"), fv("Bonjour,"), "Laurent", "display and address agree")
C(A, ("Martin Laurent", "info@laurent-immo.fr"), ev("Hello,"), None, "ambiguous display, English opening")
C(A, ("Grace Kelly", "kelly.grace@kellyevents.ie"), ev("Hello,"), None, "address reverses the display order")
C(A, ("Francis Xavier", "fxavier@xavier-avocats.fr"), fv("Bonjour,"), "Francis", "address initial + surname")

# ==================================================================================================
# 9. Roles, desks, firms, shared mailboxes.
# ==================================================================================================
R = "role_firm_shared"
C(R, ("Service client", "service.client@assurances-ouest.fr"), fv("Bonjour,"), None, "customer service desk")
C(R, ("Accueil Mairie", "accueil@mairie-saint-priest.fr"), fv("Bonjour,"), None, "town hall front desk")
C(R, ("Cabinet Martin", "contact@cabinet-martin.fr"), fv("Bonjour,"), None, "firm named after a surname")
C(R, ("Sales Team", "sales@northwind.com"), ev("Hi,"), None, "team mailbox")
C(R, ("Comptabilité", "compta@leroy-btp.fr"), fv("Bonjour,"), None, "accounts department")
C(R, ("Ressources Humaines", "rh@clinique-du-parc.fr"), fv("Bonjour,"), None, "HR department")
C(R, ("Support", "support@saasly.io"), ev("Hello,"), None, "support desk")
C(R, ("Info", "info@hotel-lac-annecy.fr"), fv("Bonjour,"), None, "info mailbox")
C(R, ("Secrétariat Dr Martin", "secretariat.drmartin@gmail.com"), fv("Bonjour,"), None, "doctor's secretariat")
C(R, ("Étude de Maître Dupont", "office@etude-dupont-notaire.fr"), ff("Bonjour,"), None, "notary's office")
C(R, ("Agence Laurent Immobilier", "agence@laurent-immobilier.fr"), fv("Bonjour,"), None, "agency named after a person")
C(
    R,
    ("Boulangerie Paul Lyon Part-Dieu", "lyon-partdieu@boulangerie-paul.fr"),
    fv("Bonjour,"),
    None,
    "shop with a first name in it",
)
C(R, ("Paul Smith", "orders@paulsmith.co.uk"), ev("Hello,"), None, "brand that looks like a person; orders@ mailbox")
C(R, ("Recruitment", "careers@hargreaves-example.co.uk"), ef("Dear Sir or Madam,"), None, "recruitment desk")
C(R, ("Accounts Payable", "ap@contoso.com"), ev("Hi,"), None, "accounts payable")
C(R, ("Reception", "reception@harleystreetclinic.co.uk"), ev("Good morning,"), None, "reception desk")
C(R, ("Pharmacie Saint-Jean", "pharmacie.stjean@orange.fr"), fv("Bonjour,"), None, "pharmacy named after a saint")
C(R, ("Hôtel Saint-Paul - Réservations", "resa@hotel-saint-paul.fr"), fv("Bonjour,"), None, "hotel bookings")
C(R, ("Notaires Associés Lyon", "contact@notaires-associes-lyon.fr"), ff("Madame, Monsieur,"), None, "notaries' firm")
C(R, ("Mairie de Saint-Martin", "mairie@saint-martin.fr"), fv("Bonjour,"), None, "town hall")
C(R, ("Dupont SARL", "contact@dupont-sarl.fr"), fv("Bonjour,"), None, "company")
C(R, ("Cabinet Dr Laurent", "cabinet.laurent@gmail.com"), fv("Bonjour,"), None, "medical practice")
C(R, ("HR Department", "hr@brightonlogistics.co.uk"), ev("Hello,"), None, "HR")
C(R, ("Customer Care", "care@irishwater-example.ie"), ev("Hello,"), None, "customer care")
C(R, ("Direction Générale", "dg@mutuelle-alpes.fr"), ff("Madame, Monsieur,"), None, "executive office")
C(R, ("Service Achats", "achats@groupe-bonnet.fr"), fv("Bonjour,"), None, "purchasing")
C(R, ("Bureau des admissions", "admissions@universite-example.ca"), fv("Bonjour,"), None, "admissions office")
C(R, ("Marketing", "marketing@sneakerhub.com"), ev("Hey,"), None, "team")
C(
    R,
    ("Fondation Jean Moulin", "contact@fondation-jeanmoulin.org"),
    fv("Bonjour,"),
    None,
    "foundation named after a person",
)
C(R, ("Lycée Victor Hugo", "secretariat@lycee-victorhugo.fr"), fv("Bonjour,"), None, "school named after a person")
C(R, ("Thomas Cook Travel Desk", "travel@corp-travel-example.com"), ev("Hello,"), None, "travel desk")
C(R, ("Team Finance", "finance@startupx.io"), ev("Hi team,"), None, "team mailbox, group greeting")
C(R, ("Service Juridique", "juridique@credit-mutuel-ouest.fr"), fv("Bonjour,"), None, "legal department")
C(R, ("Office Manager", "office@cowork-lyon.fr"), fv("Bonjour,"), None, "role")
C(R, ("Admin", "admin@lesjardinsdemarie.fr"), fv("Bonjour,"), None, "admin mailbox")
C(
    R,
    ("Victor & Rose Traiteur", "bonjour@victoretrose.fr"),
    fv("Bonjour,"),
    None,
    "caterer with first names in its name",
)
C(R, ("Chez Marcel", "contact@chezmarcel.fr"), fv("Bonjour,"), None, "restaurant")
C(R, ("Commercial", "commercial@atelier-bois.ch"), fv("Bonjour,"), None, "sales desk")
C(R, ("Guichet Entreprises", "guichet@ville-namur.be"), fv("Bonjour,"), None, "counter")
C(R, ("Service client", "sav@electromenager-plus.fr"), ff("Madame, Monsieur,"), None, "desk, formal opening")
C(R, ("Équipe Projet Atlas", "atlas@groupe-altis.fr"), fv("Bonjour à toute l'équipe,"), None, "team, group greeting")
C(R, ("Comptabilité Fournisseurs", "factures@groupe-bonnet.fr"), fv(""), None, "no opening, department")
C(R, ("Accueil", "accueil@cabinet-vidal.fr"), fv("Bonjour,"), None, "front desk")
C(R, ("Customer Service", "help@shopwell.co.uk"), ev("Hi there,"), None, "desk")
C(R, ("Relations Investisseurs", "ir@societe-example.fr"), fv("Bonjour,"), None, "investor relations")
C(R, ("Partnerships", "partners@growthlabs.io"), ev("Hi,"), None, "team")
C(
    R,
    ("Greffe du Tribunal de Commerce", "greffe@tc-nanterre-example.fr"),
    ff("Madame, Monsieur,"),
    None,
    "court registry",
)
C(R, ("Syndic Foncia Lyon", "syndic.lyon@foncia-example.fr"), fv("Bonjour,"), None, "building manager firm")
C(R, ("Les Amis de Saint-Pierre", "contact@amis-saint-pierre.org"), fv("Bonjour,"), None, "association")
C(
    R,
    ("Marie Curie Hospice Appeal", "appeal@hospice-example.org.uk"),
    ev("Hello,"),
    None,
    "charity named after a person",
)
C(
    R,
    ("William Hill Corporate", "corporate@williamhill-example.com"),
    ev("Hello,"),
    None,
    "company named after a person",
)
C(
    R,
    ("Jean Dupont Menuiserie", "contact@dupont-menuiserie.fr"),
    fv("Bonjour,"),
    None,
    "a business named after its owner, generic mailbox",
)
C(
    R,
    ("Service RH", "rh@clinique.fr"),
    "Bonjour,\n\nPourriez-vous transmettre ce dossier à Claire Dubois ? Elle l'attend pour la commission de "
    "jeudi.\n\nCordialement,\nJean-Marc Lefort",
    None,
    "desk; the name in the body is someone else",
)
C(
    R,
    ("Cabinet Martin", "contact@cabinet-martin.fr"),
    "Bonjour,\n\nSuite à la recommandation de Sarah Leblanc, je souhaiterais prendre rendez-vous pour un bilan.\n\n"
    "Bien cordialement,\nPaul Morin",
    None,
    "firm; the name in the body is the referrer",
)
C(R, ("Sales", "sales@fenwick-tools.co.uk"), ev("Hello,"), None, "desk, neutral opening")

# ==================================================================================================
# 10. Weak displays: initials, title + surname, bare address, empty name, a single word.
# ==================================================================================================
W = "weak_display"
C(W, ("J. Dupont", "j.dupont@dupont-avocats.fr"), fv("Bonjour,"), None, "initial only")
C(W, ("J-P Martin", "jp.martin@martin-sa.fr"), fv("Bonjour,"), None, "initials only")
C(W, ("JP Morel", "jpmorel@wanadoo.fr"), fv("Bonjour,"), None, "initials only")
C(W, ("S. Jones", "s.jones@jonesfinancial.co.uk"), ev("Hello,"), None, "initial only")
C(W, ("Dupont J.", "jdupont@mairie-example.fr"), fv("Bonjour,"), None, "initial only")
C(W, ("Mme Dupont", "dupont.c@orange.fr"), fv("Bonjour,"), None, "title + surname")
C(W, ("M. Martin", "martin.r@free.fr"), fv("Bonjour,"), None, "title + surname")
C(W, ("Mr Smith", "asmith@btinternet.com"), ev("Hello,"), None, "title + surname")
C(W, ("Dr Patel", "drpatel@patelclinic.co.uk"), ev("Hello,"), None, "title + surname")
C(W, ("Me Rochette", "me.rochette@rochette-avocat.fr"), ff("Bonjour,"), None, "Maître + surname")
C(W, ("", "contact@domaine-des-vignes.fr"), fv("Bonjour,"), None, "empty name, generic address")
C(W, ("", "j.martin@hotmail.fr"), fv("Bonjour,"), None, "empty name")
C(W, ("", "jean.dupont@gmail.com"), fv("Bonjour,"), None, "empty name: bare address")
C(W, ("jean.dupont@gmail.com", "jean.dupont@gmail.com"), fv("Bonjour,"), None, "display is the address")
C(W, ("'sarah.jones@brightco.com'", "sarah.jones@brightco.com"), ev("Hi,"), None, "display is the quoted address")
C(W, ("Dupont", "dupont@dupont-immo.fr"), fv("Bonjour,"), None, "single word, a surname")
C(W, ("Bernard", "f.bernard@bernard-conseil.fr"), fv("Bonjour,"), None, "single word; address shows it is the surname")
C(W, ("Bob", "bob.martin@martinandco.com"), ev("Hi,"), "Bob", "single word confirmed by bob.martin@")
C(W, ("Martin", "martin.dubois@gmail.com"), fv("Bonjour,"), "Martin", "single word; address shows it is the first name")
C(W, ("Laurent", "contact@laurent-traiteur.fr"), fv("Bonjour,"), None, "single word that may be a surname")
C(W, ("Sophie", "sophie.leclerc@gmail.com"), fv("Bonjour,"), "Sophie", "single first name confirmed by address")
C(W, ("Smith", "smith.j@lawfirm-example.com"), ev("Hello,"), None, "single surname")
C(W, ("Thomas", "thomas.girard@outlook.fr"), fv("Bonjour,"), "Thomas", "single word; address shows first name")
C(W, ("Thomas", "g.thomas@thomas-cie.fr"), fv("Bonjour,"), None, "single word; address shows surname")
C(W, ("JD", "jd@studio-jd.fr"), fv("Bonjour,"), None, "initials")
C(W, ("A. Nguyen", "a.nguyen@nguyen-pharma.fr"), fv("Bonjour,"), None, "initial only")
C(W, ("K. O'Reilly", "koreilly@oreillyacc.ie"), ev("Hello,"), None, "initial only")
C(W, ("Mrs J. Walker", "jwalker@walkerfamily.co.uk"), ev("Hello,"), None, "title + initial + surname")
C(W, ("Mlle Perrin", "perrin.l@sfr.fr"), fv("Bonjour,"), None, "title + surname")
C(W, ("R. Krishnan", "r.krishnan@krishnan-tech.com"), ev("Hi,"), None, "initial only")
C(W, ("Durand", "jdurand@wanadoo.fr"), fv("Bonjour,"), None, "single surname")
C(W, ("Kevin", "kevin@kevinbuilds.co.uk"), ev("Hi,"), "Kevin", "single first name matching address")
C(W, ("Amélie", "amelie.roussel@icloud.com"), fv("Bonjour,"), "Amélie", "single first name confirmed by address")
C(W, ("", "sarah@brightwave.co.uk"), ev("Hello,"), None, "empty name")
C(W, ("Moreau", "contact@moreau-paysages.fr"), fv(""), None, "single surname, no opening")
C(W, ("Mme Dupont", "dupont.c@orange.fr"), fv(""), None, "title + surname, no opening")
C(W, ("M. et Mme Lefebvre", "famille.lefebvre@orange.fr"), fv("Bonjour,"), None, "couple, titles")
C(W, ("Ms O'Neill", "aoneill@oneillpartners.ie"), ev("Hello,"), None, "title + surname")
C(W, ("Prof. Harrington", "d.harrington@university-example.ac.uk"), ef("Dear colleague,"), None, "title + surname")
C(W, ("X", "x@xstudio.io"), ev("Hi,"), None, "a letter, not a name")
C(W, ("Jules", "contact@chez-jules.fr"), fv("Bonjour,"), None, "single word, business mailbox (could be a brand)")

# ==================================================================================================
# 11. Group greetings: fall back to the display of the first recipient.
# ==================================================================================================
K = "group_greeting"
C(
    K,
    [("Jean Dupont", "jean.dupont@altis.fr"), ("Sophie Martin", "sophie.martin@altis.fr")],
    fv("Bonjour à tous,"),
    "Jean",
    "group greeting; display clear",
)
C(K, ("Sales Team", "sales@northwind.com"), ev("Hi all,"), None, "group greeting to a team mailbox")
C(
    K,
    [("Sarah Jones", "sarah.jones@brightco.com"), ("Tom Hill", "tom.hill@brightco.com")],
    ev("Hello team,"),
    "Sarah",
    "group greeting; display clear",
)
C(
    K,
    [("DUPONT Marie", "marie.dupont@cg-isere.fr"), ("LEROY Paul", "paul.leroy@cg-isere.fr")],
    fv("Bonjour à toutes et à tous,"),
    "Marie",
    "group greeting; NOM Prénom",
)
C(
    K,
    [("Tom Baker", "tom.baker@bakerdesign.co.uk"), ("Jane Doe", "jane.doe@bakerdesign.co.uk")],
    ev("Hi both,"),
    "Tom",
    "group greeting; display clear",
)
C(
    K,
    [("Martin Laurent", "info@laurent-immo.fr"), ("Julie Roche", "julie.roche@laurent-immo.fr")],
    fv("Bonjour à tous,"),
    None,
    "group greeting; first display ambiguous",
)
C(
    K,
    [("J. Dupont", "j.dupont@x-conseil.fr"), ("Paul Morel", "paul.morel@x-conseil.fr")],
    fv("Bonjour à vous deux,"),
    None,
    "group greeting; first display is initials",
)
C(
    K,
    [
        ("Emily Watson", "emily.watson@watsonlaw.com"),
        ("Greg Hunt", "greg.hunt@watsonlaw.com"),
        ("Priya Nair", "priya.nair@watsonlaw.com"),
    ],
    ev("Hi everyone,"),
    "Emily",
    "group greeting",
)
C(
    K,
    [("Comptabilité", "compta@leroy.fr"), ("Marc Leroy", "marc@leroy.fr")],
    fv("Bonjour à tous,"),
    None,
    "group greeting; first is a department",
)
C(
    K,
    [("Smith, John (Finance)", "john.smith@contoso.com"), ("Lee, Amy", "amy.lee@contoso.com")],
    ev("Hi folks,"),
    "John",
    "group greeting; Last, First",
)
C(
    K,
    [("Anne Moreau", "anne.moreau@moreau-avocats.fr"), ("Luc Petit", "luc.petit@moreau-avocats.fr")],
    ff("Chers collègues,"),
    "Anne",
    "group address says nothing about the person",
)
C(
    K,
    [("Mme Dupont", "dupont@ecole-example.fr"), ("Marc Roy", "marc.roy@ecole-example.fr")],
    fv("Bonjour à tous,"),
    None,
    "group greeting; first is title + surname",
)
C(
    K,
    [("Siobhán Ní Bhriain", "siobhan.nibhriain@gov-example.ie"), ("Conor Kelly", "conor.kelly@gov-example.ie")],
    ev("Hi all,"),
    "Siobhán",
    "group greeting; Irish name",
)
C(
    K,
    [("GAGNON Luc", "luc.gagnon@quebec-example.ca"), ("Isabelle Roy", "isabelle.roy@quebec-example.ca")],
    fv("Bonjour tout le monde,"),
    "Luc",
    "group greeting; NOM Prénom",
)
C(
    K,
    [("Jean Dupont", "jean.dupont@altis.fr"), ("Marie Roux", "marie.roux@altis.fr")],
    ff("Mesdames, Messieurs,"),
    None,
    "formal group greeting",
)
C(
    K,
    [("Rahul Mehta", "rahul.mehta@mehtaexports.in"), ("Sunita Rao", "sunita.rao@mehtaexports.in")],
    ev("Hello everybody,", inline=True),
    "Rahul",
    "group greeting",
)
C(
    K,
    [("Harper, Olivia", "olivia.harper@harperstudio.com"), ("Ben Ward", "ben.ward@harperstudio.com")],
    ev("Dear all,"),
    "Olivia",
    "group greeting",
)
C(
    K,
    [("Service client", "sc@example-assur.fr"), ("Paul Roux", "paul.roux@example-assur.fr")],
    fv("Bonjour à tous,"),
    None,
    "group greeting; first is a desk",
)
C(
    K,
    [("Laura Meyer", "laura.meyer@meyer-ag.ch"), ("Urs Keller", "urs.keller@meyer-ag.ch")],
    fv("Bonjour Madame, bonjour Monsieur,"),
    None,
    "formal to both",
)
C(
    K,
    [("Camille Roy", "camille.roy@roy-design.be"), ("Hugo Roy", "hugo.roy@roy-design.be")],
    ft("Salut vous deux !"),
    "Camille",
    "group greeting",
)
C(K, ("Chloé Durand", "chloe.durand@startup-example.fr"), ft("Hello la team,"), "Chloé", "group greeting to one person")

# ==================================================================================================
# 12. Several recipients: does the greeting belong to the first one?
# ==================================================================================================
M = "multi_recipient"
C(
    M,
    [("Service RH", "rh@clinique.fr"), ("Claire Petit", "claire.petit@clinique.fr")],
    fv("Bonjour Claire,"),
    None,
    "greeting is for the second recipient; first is a desk",
)
C(
    M,
    [("Claire Petit", "claire.petit@clinique.fr"), ("Service RH", "rh@clinique.fr")],
    fv("Bonjour Claire,"),
    "Claire",
    "greeting fits the first recipient",
)
C(
    M,
    [("Paul Martin", "paul.martin@x-conseil.fr"), ("Sophie Durand", "sophie.durand@x-conseil.fr")],
    fv("Bonjour Sophie,"),
    "Paul",
    "greeting is for someone else; first display clear",
)
C(
    M,
    [("Paul Martin", "paul.martin@x-conseil.fr"), ("Sophie Durand", "sophie.durand@x-conseil.fr")],
    fv("Bonjour Sophie, bonjour Paul,"),
    "Paul",
    "both greeted by first name",
)
C(
    M,
    [("Tom Baker", "tom.baker@bakerdesign.co.uk"), ("Jane Doe", "jane.doe@bakerdesign.co.uk")],
    ev("Hi Jane,"),
    "Tom",
    "greeting is for the second recipient; first display clear",
)
C(
    M,
    [("J. Dupont", "j.dupont@x-conseil.fr"), ("Sophie Martin", "sophie.martin@x-conseil.fr")],
    fv("Bonjour Sophie,"),
    None,
    "greeting is for the second; first is initials",
)
C(
    M,
    [("Jean Dupont", "jean.dupont@orange.fr"), ("Marie Dupont", "marie.dupont@orange.fr")],
    ff("Madame, Monsieur,"),
    None,
    "formal to both",
)
C(
    M,
    [("Robert Martin", "robert.martin@martin-sa.com"), ("Bob Smith", "bob.smith@martin-sa.com")],
    ev("Hi Bob,"),
    "Robert",
    "'Bob' is the second recipient; first display clear",
)
C(
    M,
    [("Hugo Lambert", "hugo.lambert@lambert-archi.fr"), ("Inès Lambert", "ines.lambert@lambert-archi.fr")],
    ft("Bonjour Inès, bonjour Hugo,"),
    "Hugo",
    "first recipient greeted second",
)
C(
    M,
    [("Anne Roy", "anne.roy@roy-conseil.ca"), ("Marc Roy", "marc.roy@roy-conseil.ca")],
    ft("Chers Anne et Marc,"),
    "Anne",
    "both greeted by first name",
)
C(
    M,
    [("DUPONT Jean (DRH)", "jean.dupont@groupe-altis.fr"), ("Martin, Sarah", "sarah.martin@groupe-altis.fr")],
    fv("Bonjour Sarah,"),
    "Jean",
    "greeting is for the second; first display clear",
)
C(
    M,
    [("Accueil", "accueil@clinique-haddad.fr"), ("Dr Karim Haddad", "k.haddad@clinique-haddad.fr")],
    ff("Bonjour Docteur,"),
    None,
    "formal; first is a desk",
)
C(
    M,
    [("Liam Byrne", "liam.byrne@byrne-example.ie"), ("Aoife Byrne", "aoife.byrne@byrne-example.ie")],
    ev("Hi Liam and Aoife,"),
    "Liam",
    "both greeted",
)
C(
    M,
    [("Peter Walsh", "peter.walsh@walsh-example.ie"), ("Aoife Byrne", "aoife.byrne@byrne-example.ie")],
    ev("Hi Aoife and Peter,"),
    "Peter",
    "first recipient greeted second",
)
C(
    M,
    [("", "sarah.jones@brightco.com"), ("Tom Hill", "tom.hill@brightco.com")],
    ev("Hi Sarah, hi Tom,"),
    "Sarah",
    "first recipient has no display but the greeting to Sarah fits sarah.jones@",
)
C(
    M,
    [("", "info@restaurant-le-quai.fr"), ("Julien Morel", "julien.morel@restaurant-le-quai.fr")],
    fv("Bonjour Julien,"),
    None,
    "greeting is for the second; first is a generic address",
)
C(
    M,
    [("Maître Jean Dupont", "jean.dupont@dupont-avocats.fr"), ("Nadia Benali", "nadia@dupont-avocats.fr")],
    fv("Bonjour Maître, bonjour Nadia,"),
    None,
    "first recipient addressed as Maître",
)
C(
    M,
    [("Nadia Benali", "nadia@dupont-avocats.fr"), ("Maître Jean Dupont", "jean.dupont@dupont-avocats.fr")],
    fv("Bonjour Maître, bonjour Nadia,"),
    "Nadia",
    "first recipient is the assistant, greeted by first name",
)
C(
    M,
    [("Sophie Martin", "sophie.martin@martin-famille.fr"), ("Paul Martin", "paul.martin@martin-famille.fr")],
    fv("Bonjour Paul,"),
    "Sophie",
    "greeting is for the second; first display clear",
)
C(
    M,
    [("Chloé Garnier", "chloe.garnier@garnier-vins.fr"), ("Bruno Garnier", "bruno.garnier@garnier-vins.fr")],
    fv("Bonjour Chloé et Bruno,"),
    "Chloé",
    "both greeted by first name",
)
C(
    M,
    [("Service Achats", "achats@bonnet.fr"), ("Marc Dubois", "marc.dubois@bonnet.fr")],
    fv("Bonjour Marc,"),
    None,
    "greeting is for the second; first is a desk",
)
C(
    M,
    [("Martin Laurent", "info@laurent-immo.fr"), ("Julie Roche", "julie.roche@laurent-immo.fr")],
    fv("Bonjour Julie,"),
    None,
    "greeting is for the second; first display ambiguous",
)
C(
    M,
    [("Emma Wilson", "emma.wilson@wilsonhr.co.uk"), ("Sarah Cole", "sarah.cole@wilsonhr.co.uk")],
    ev("Hi Emma, hi Sarah,"),
    "Emma",
    "both greeted by first name",
)
C(
    M,
    [("Kelly, Ryan", "ryan.kelly@kelly-example.ie"), ("Orla Kelly", "orla.kelly@kelly-example.ie")],
    ev("Hi Orla,"),
    "Ryan",
    "greeting is for the second; Last, First display",
)
C(
    M,
    [("Jean Dupont", "jean.dupont@dupont-sa.fr"), ("Marie Leroy", "marie.leroy@dupont-sa.fr")],
    fv("Bonjour Jean, bonjour Marie,"),
    "Jean",
    "both greeted by first name",
)

# ==================================================================================================
# 13. Names from outside Europe.
# ==================================================================================================
E = "non_european"
C(E, ("WANG Li", "li.wang@sinotrade-example.com"), ev("Hello,"), "Li", "surname in capitals")
C(E, ("Wang Li", "wangli@sinotrade-example.cn"), ev("Hello,"), None, "surname-first or not? ambiguous")
C(E, ("Zhang Wei", "wei.zhang@hsbc-example.com"), ev("Hi Wei,"), "Wei", "greeting picks the given name")
C(E, ("Chen, Mei (Hong Kong)", "mei.chen@globalfirm.com"), ev("Hello,"), "Mei", "Last, First")
C(E, ("Nguyen Van An", "an.nguyen@vietfood-example.fr"), fv("Bonjour An,"), "An", "Vietnamese given name greeted")
C(E, ("TRAN Linh", "linh.tran@ttconsult.fr"), fv("Bonjour,"), "Linh", "surname in capitals")
C(E, ("Mohamed Ben Ali", "m.benali@benali-transport.fr"), fv("Bonjour,"), "Mohamed", "First + particle surname")
C(E, ("BEN SALEM Karim", "karim.bensalem@orange.fr"), fv("Bonjour,"), "Karim", "NOM in capitals")
C(E, ("El Amrani Youssef", "youssef.elamrani@gmail.com"), fv("Bonjour,"), "Youssef", "address settles the order")
C(
    E,
    ("Fatima Zahra EL IDRISSI", "fz.elidrissi@cnss-example.ma"),
    fv("Bonjour,"),
    "Fatima Zahra",
    "compound given name; surname in capitals",
)
C(E, ("Priya Sharma", "priya.sharma@infosys-example.com"), ev("Hi,"), "Priya", "Indian name")
C(E, ("Venkatesh Subramanian", "venkatesh.s@tcs-example.com"), ev("Hello,"), "Venkatesh", "Indian name")
C(E, ("Ahmed Al-Mansouri", "ahmed.almansouri@adnoc-example.ae"), ev("Hello,"), "Ahmed", "Arabic name")
C(E, ("Kim Min-jun", "minjun.kim@samsung-example.com"), ev("Hi Min-jun,"), "Min-jun", "Korean given name greeted")
C(E, ("KIM Min-jun", "minjun.kim@lg-example.com"), ev("Hello,"), "Min-jun", "surname in capitals")
C(E, ("Tanaka Hiroshi", "h.tanaka@toyota-example.com"), ev("Hello,"), "Hiroshi", "address initial H")
C(E, ("Abdoulaye Diallo", "abdoulaye.diallo@orange-example.sn"), fv("Bonjour,"), "Abdoulaye", "West African name")
C(E, ("Li Wei", "contact@lwtrading-example.com"), ev("Hello,"), None, "ambiguous order, generic address")
C(E, ("Xu Ming (Shanghai)", "ming.xu@globalfirm.com"), ev("Hello,"), "Ming", "address first.last settles it")
C(E, ("Mehdi Bouzid", "mehdi.bouzid@free.fr"), ft("Salut Mehdi,"), "Mehdi", "greeted by first name")
C(E, ("Ayşe Yılmaz", "ayse.yilmaz@yilmaz-example.com.tr"), ev("Hello,"), "Ayşe", "Turkish name")
C(E, ("Arjun Reddy", "arjun@reddy-ventures.com"), ev("Hey Arjun,"), "Arjun", "greeted by first name")
C(E, ("Leila Haddad", "leila.haddad@haddad-example.lb"), ft("Chère Leila,"), "Leila", "greeted by first name")
C(E, ("Tran Minh Duc", "duc.tran@fpt-example.vn"), ev("Hi Duc,"), "Duc", "Vietnamese given name greeted")
C(
    E,
    ("NGUYEN Van Thanh", "contact@pho-example.fr"),
    fv("Bonjour,"),
    None,
    "given name 'Van Thanh' or 'Thanh'? not sure",
)
C(E, ("Oluwaseun Adeyemi", "o.adeyemi@gtbank-example.com"), ev("Hello,"), "Oluwaseun", "Yoruba name, First Last")
C(E, ("Siddharth Iyer", "sid.iyer@iyer-example.in"), ev("Hi Sid,"), "Sid", "short form the address itself uses")
C(
    E,
    ("Nurul Huda Binti Ahmad", "nurulhuda@maybank-example.my"),
    ev("Hello,"),
    None,
    "Malay patronymic; given name Nurul or Nurul Huda? not sure",
)
C(E, ("Yusuf Öztürk", "yusuf.ozturk@ozturk-example.de"), fv("Bonjour Yusuf,"), "Yusuf", "greeted by first name")
C(
    E,
    ("Zhang Wei", "wei.zhang@hsbc-example.com"),
    ev("Hi Zhang,"),
    None,
    "greets by the surname (address shows wei is the given name)",
)
C(E, ("Mariam Traoré", "mariam.traore@bamako-example.ml"), fv("Bonjour Madame Traoré,"), None, "title + surname")
C(
    E,
    ("Rajesh Kumar", "rajesh.kumar@kumar-example.in"),
    ev("Dear Rajesh ji,"),
    "Rajesh",
    "respectful suffix, but the user uses the first name",
)
C(E, ("Hoang Thi Lan", "lan.hoang@vina-example.vn"), ev("Dear Ms Lan,"), None, "title + name, formal")
C(E, ("Samir Khoury", "samir.khoury@khoury-example.ca"), fv("Bonjour,"), "Samir", "First Last")
C(E, ("Jia Hui Tan", "jiahui.tan@dbs-example.sg"), ev("Hello,"), "Jia Hui", "two-part given name, address agrees")
C(E, ("Chidi Okafor", "chidi.okafor@okafor-example.ng"), ev("Good morning,"), "Chidi", "First Last")

# ==================================================================================================
# 14. Particles, compound first names, hyphenated surnames.
# ==================================================================================================
P = "particles_compound"
C(P, ("Jean de La Fontaine", "jean.delafontaine@lafontaine-conseil.fr"), fv("Bonjour,"), "Jean", "particle surname")
C(
    P,
    ("DE LA TOUR Anne", "anne.delatour@delatour-patrimoine.fr"),
    fv("Bonjour,"),
    "Anne",
    "NOM in capitals with particle",
)
C(
    P,
    ("van der Berg, Pieter", "pieter.vanderberg@vdb-logistics.nl"),
    ev("Hello,"),
    "Pieter",
    "Last, First with particle",
)
C(P, ("Ludwig von Trapp", "ludwig.vontrapp@vontrapp-example.at"), ev("Hello,"), "Ludwig", "particle surname")
C(P, ("Yann Le Goff", "yann.legoff@legoff-marine.fr"), fv("Bonjour,"), "Yann", "Breton particle surname")
C(P, ("LE GOFF Yann", "yann.legoff@legoff-marine.fr"), fv("Bonjour,"), "Yann", "NOM in capitals with particle")
C(P, ("Seán O'Brien", "sean.obrien@obrienlaw.ie"), ev("Hello,"), "Seán", "O' surname")
C(P, ("Aoife McCarthy", "aoife.mccarthy@mccarthy-example.ie"), ev("Hello,"), "Aoife", "Mc surname")
C(P, ("MCCARTHY Aoife", "aoife.mccarthy@mccarthy-example.ie"), ev("Hello,"), "Aoife", "Mc surname in capitals first")
C(P, ("Siobhán Ní Bhriain", "siobhan.nibhriain@gov-example.ie"), ev("Hello,"), "Siobhán", "Irish Ní surname")
C(P, ("Paulo d'Almeida", "paulo.dalmeida@dalmeida-example.pt"), fv("Bonjour,"), "Paulo", "d' particle")
C(P, ("Van Damme Luc", "luc.vandamme@skynet.be"), fv("Bonjour,"), "Luc", "Belgian Nom Prénom, address settles it")
C(P, ("Jean-Pierre Martin", "jp.martin@martin-example.fr"), fv("Bonjour,"), "Jean-Pierre", "compound first name")
C(P, ("Marie-Hélène DURAND", "mh.durand@durand-example.fr"), fv("Bonjour,"), "Marie-Hélène", "compound first name")
C(P, ("Sophie Durand-Lefèvre", "sophie.durand-lefevre@dl-example.fr"), fv("Bonjour,"), "Sophie", "hyphenated surname")
C(P, ("DURAND-LEFÈVRE Sophie", "s.durandlefevre@dl-example.fr"), fv("Bonjour,"), "Sophie", "hyphenated NOM first")
C(P, ("Claire Martin-Dubois", "claire.martindubois@gmail.com"), fv("Bonjour,"), "Claire", "hyphenated surname")
C(
    P,
    ("de Villiers, Charles-Henri", "ch.devilliers@devilliers-example.fr"),
    fv("Bonjour,"),
    "Charles-Henri",
    "Last, First",
)
C(
    P,
    ("Charles-Henri de Villiers", "ch.devilliers@devilliers-example.fr"),
    ft("Cher Charles-Henri,"),
    "Charles-Henri",
    "greeted by compound first name",
)
C(P, ("Mary-Kate O'Donnell", "marykate.odonnell@odonnell-example.ie"), ev("Hello,"), "Mary-Kate", "compound first name")
C(P, ("D'Souza, Anita", "anita.dsouza@dsouza-example.in"), ev("Hello,"), "Anita", "Last, First with apostrophe")
C(P, ("van Houten Kees", "kees.vanhouten@vanhouten-example.nl"), ev("Hello,"), "Kees", "Nom Prénom, address settles it")
C(
    P,
    ("Anne-Laure Vasseur", "al.vasseur@vasseur-example.fr"),
    fv("Bonjour Anne-Laure,", inline=True),
    "Anne-Laure",
    "greeted by compound first name, same line",
)
C(
    P,
    ("De Backer Els", "els.debacker@debacker-example.be"),
    fv("Bonjour,"),
    "Els",
    "Flemish Nom Prénom, address settles it",
)
C(P, ("di Stefano, Marco", "marco.distefano@distefano-example.it"), ev("Hello,"), "Marco", "Last, First with particle")
C(
    P,
    ("Jean-François de Saint-Exupéry", "jf.desaintexupery@example-patrimoine.fr"),
    ff("Monsieur,"),
    None,
    "formal opening",
)
C(
    P,
    ("Pierre-Emmanuel DU PONT DE NEMOURS", "pe.dupont@example-conseil.fr"),
    fv("Bonjour,"),
    "Pierre-Emmanuel",
    "long capitalised surname",
)
C(
    P,
    ("Eoin Mac Giolla Phádraig", "eoin.macgiollaphadraig@example.ie"),
    ev("Hello,"),
    "Eoin",
    "Irish multi-word surname",
)
C(
    P,
    ("Hans-Peter Müller-Lüdenscheidt", "hp.mueller@example-treuhand.ch"),
    fv("Bonjour,"),
    "Hans-Peter",
    "compound both",
)
C(
    P,
    ("La Fontaine Jean", "contact@lafontaine-example.fr"),
    fv("Bonjour,"),
    None,
    "Nom Prénom without capitals, generic address",
)
C(P, ("Marie-Ève Côté", "marieeve.cote@example.qc.ca"), fv("Bonjour,"), "Marie-Ève", "Québec compound first name")
C(
    P,
    ("Jean-Philippe St-Pierre", "jp.stpierre@example.qc.ca"),
    ft("Salut Jean-Philippe,"),
    "Jean-Philippe",
    "greeted; surname contains a saint's name",
)

# ==================================================================================================
# 15. The first name is only in the words, or the words carry a distracting name.
# ==================================================================================================
OPENING = "same_line_or_no_opening"
C(
    OPENING,
    ("Paul Moreau", "paul.moreau@moreau-example.fr"),
    "Bonjour Paul, suite à notre appel de ce matin je vous envoie le dossier complet. Bonne lecture !",
    "Paul",
    "greeting on the same line, no sign-off",
)
C(
    OPENING,
    ("Sarah Wells", "sarah.wells@wells-example.co.uk"),
    "Hi Sarah - following up on my note from last week about the audit. Any news on timings?\n\nThanks,\nDan",
    "Sarah",
    "greeting and dash on the first line",
)
C(
    OPENING,
    ("Élise Garnier", "elise.garnier@garnier-example.fr"),
    "Je me permets de vous relancer concernant notre devis du 12 novembre.\n\nCordialement,\nMarc Lenoir",
    "Élise",
    "no opening; display clear",
)
C(
    OPENING,
    ("Service client", "service.client@example-telecom.fr"),
    "Je me permets de vous relancer concernant ma réclamation n° 48213, restée sans réponse.\n\nCordialement,\nM. Lenoir",
    None,
    "no opening; desk",
)
C(
    OPENING,
    ("Lucas Bernard", "lucas.bernard@bernard-example.fr"),
    "Lucas, je te joins le devis signé. Bonne soirée !",
    "Lucas",
    "vocative first name on the first line",
)
C(
    OPENING,
    ("Daniel Kerr", "daniel.kerr@kerr-example.co.uk"),
    "Daniel, quick nudge on the contract. Can we sign this week?\n\nOllie",
    "Daniel",
    "vocative first name",
)
C(
    OPENING,
    ("Emma Stone", "emma.stone@stone-example.com"),
    "Just checking in on the proposal I sent over. No rush!\n\nChris",
    "Emma",
    "no opening; display clear",
)
C(
    OPENING,
    ("Anna Kowalski", "anna.kowalski@globalfirm.com"),
    "Good morning Anna, I hope you had a lovely weekend. Did the team have a chance to look at the pilot plan?",
    "Anna",
    "greeting on the first sentence's line",
)
C(
    OPENING,
    ("Martin Laurent", "info@laurent-immo.fr"),
    "Suite à notre rendez-vous, voici le mandat de vente à signer.\n\nCordialement,\nÉric Vidal",
    None,
    "no opening; ambiguous display",
)
C(
    OPENING,
    ("Sarah Lee", "sarah.lee@lee-example.com"),
    "Hello Sarah!\n\nJust bumping this to the top of your inbox.",
    "Sarah",
    "exclamation after name",
)
C(
    OPENING,
    ("Mathilde Roux", "mathilde.roux@roux-example.fr"),
    ft("Bonjour Mathilde !"),
    "Mathilde",
    "French space before '!'",
)
C(
    OPENING,
    ("Paul Girard", "paul.girard@girard-example.fr"),
    fv("Re bonjour Paul,"),
    "Paul",
    "'Re bonjour' + first name",
)
C(
    OPENING,
    ("", "contact@atelier-bois-example.fr"),
    "Bonjour,\n\nJ'ai eu votre contact par Julien Moreau, qui m'a recommandé votre atelier pour une bibliothèque sur "
    "mesure.\n\nBien cordialement,\nClaire Aubert",
    None,
    "empty display; the name in the body is the referrer",
)
C(
    OPENING,
    ("Sophie Martin", "sophie.martin@martin-example.fr"),
    "Bonjour,\n\nComme évoqué avec Paul hier, je vous transmets la convention de partenariat.\n\nBien à vous,\nÉric",
    "Sophie",
    "the name in the body is someone else; display clear",
)
C(
    OPENING,
    ("DUPONT", "dupont@dupont-example.fr"),
    "Bonjour,\n\nAvez-vous pu regarder notre offre ?\n\nBien à vous,\nJean-Marc",
    None,
    "surname only; the sign-off name is the user's",
)
C(
    OPENING,
    ("Emma Wilson", "emma.wilson@wilson-example.co.uk"),
    "Hello,\n\nMy colleague James suggested I reach out about your office move. Would a short call this week work?\n\n"
    "Kind regards,\nRebecca Hall",
    "Emma",
    "name in the body is a colleague; display clear",
)
C(
    OPENING,
    ("Julie Perrin", "julie.perrin@perrin-example.fr"),
    "Bonjour,\n\nThomas m'a transmis vos coordonnées. Je serais ravi d'échanger avec vous sur votre projet.\n\n"
    "Cordialement,\nArnaud Vidal",
    "Julie",
    "name in the body is a referrer; display clear",
)
C(
    OPENING,
    ("Paul Girard", "paul.girard@girard-patrimoine.fr"),
    "Bonjour,\n\nJ'ai bien noté que vous reprenez les dossiers de Paul Durand. Voici l'historique du contrat.\n\n"
    "Bien cordialement,\nCaroline",
    "Paul",
    "same first name in the body for someone else; display clear",
)
C(
    OPENING,
    ("Laura Petit", "laura.petit@petit-example.fr"),
    "Hello Laura, petit rappel pour la réunion de demain à 10h. À demain !",
    "Laura",
    "franglais same-line greeting",
)
C(
    OPENING,
    ("Jean Dupont", "jean.dupont@dupont-notaires.fr"),
    "Maître,\n\nJe me permets de revenir vers vous au sujet de la vente de l'appartement de la rue Sainte-Catherine.\n\n"
    "Respectueusement,\nHélène Carpentier",
    None,
    "Maître alone on the first line",
)
C(
    OPENING,
    ("Sarah Jones", "sarah.jones@jones-example.co.uk"),
    "Sarah Jones,\nI am following up on my application for the analyst role.",
    None,
    "full name as a vocative",
)
C(
    OPENING,
    ("Marc Olivier", "marc.olivier@olivier-example.fr"),
    "Merci pour votre retour rapide, Marc. Je vous envoie la version signée dans la journée.\n\nÉric",
    "Marc",
    "first name inside the first sentence; fits display and address",
)
C(
    OPENING,
    ("Kevin O'Leary", "kevin.oleary@oleary-example.ie"),
    "Kev,\n\nAny update on the van?\n\nJohn",
    None,
    "nickname Kev vs Kevin",
)
C(
    OPENING,
    ("Brigitte Lemoine", "b.lemoine@lemoine-example.fr"),
    fv("Bonjour Madame Lemoine,", inline=True),
    None,
    "Madame + surname on the first sentence's line",
)


# A few more first names that should come through (accents, regions, shapes).
G2 = "greeting_first_name"
C(
    V,
    ("Benoît Lagarde", "benoit.lagarde@lagarde-example.fr"),
    fv("Bonjour Benoit,"),
    "Benoît",
    "accents as the name has them",
)
C(V, ("Sinéad Byrne", "sinead.byrne@byrne-example.ie"), ev("Hi Sinead,"), "Sinéad", "fada as the name has it")
C(V, ("Zoë Clarke", "zoe.clarke@clarke-example.co.uk"), ev("Hi Zoe,"), "Zoë", "diaeresis as the name has it")
C(N, ("Maëlle Le Bris", "maelle.lebris@lebris-example.bzh"), fv("Bonjour,"), "Maëlle", "Breton, particle surname")
C(
    G2,
    ("Cédric Vannier", "cedric.vannier@vannier-example.fr"),
    fv("Bonjour Cédric,", inline=True),
    "Cédric",
    "same line",
)
C(
    D,
    ("Hughes, Gareth (Procurement)", "gareth.hughes@hughes-example.co.uk"),
    ev("Hi Gareth,"),
    "Gareth",
    "Last, First (dept)",
)
C(
    D,
    ("FAURE Lucie - Assistante notariale", "lucie.faure@faure-notaire.fr"),
    fv("Bonjour Lucie,"),
    "Lucie",
    "the notary's assistant, greeted by first name",
)
C(G2, ("Josée Tremblay", "josee.tremblay@example.qc.ca"), fv("Bonjour Josée,"), "Josée", "Québec")
C(
    N,
    ("Dominique Martin", "dominique.martin@martin-example.fr"),
    fv("Bonjour,"),
    "Dominique",
    "unisex first name, clear order",
)
C(G2, ("Camille Bernard", "camille.bernard@bernard-example.fr"), fv("Bonjour Camille,"), "Camille", "first name")
C(
    OPENING,
    ("Mark O'Neill", "mark.oneill@oneill-example.ie"),
    "Mark,\n\nAny word from the board on the budget?\n\nDes",
    "Mark",
    "vocative first name",
)
C(N, ("Luis García López", "luis.garcia@garcia-example.es"), ev("Hello,"), "Luis", "Spanish double surname")
C(G2, ("Ingrid Svensson", "ingrid.svensson@svensson-example.se"), ev("Hi Ingrid,"), "Ingrid", "first name")
C(N, ("Ewan MacLeod", "ewan.macleod@macleod-example.scot"), ev("Hello,"), "Ewan", "Mac surname")
C(D, ("ANDRÉ Cécile", "cecile.andre@andre-example.fr"), fv("Bonjour Cécile,"), "Cécile", "NOM Prénom, greeted")
C(E, ("Rachid Amrani", "r.amrani@amrani-example.fr"), ft("Salam Rachid,"), "Rachid", "Arabic greeting + first name")
C(
    G2,
    ("Bea Whitmore", "bea.whitmore@whitmore-example.co.uk"),
    ev("Hi Bea,"),
    "Bea",
    "short first name, same as display",
)
C(
    P,
    ("Jean-Louis Bonnet", "jl.bonnet@bonnet-example.fr"),
    fv("Bonjour Jean-Louis,"),
    "Jean-Louis",
    "compound first name",
)
C(P, ("Hélène de Montfort", "helene.demontfort@montfort-example.fr"), fv("Bonjour,"), "Hélène", "particle surname")
C(E, ("Tom Nguyen", "tom.nguyen@nguyen-example.com"), ev("Hi,"), "Tom", "Western first name, Vietnamese surname")
C(G2, ("Agnès Vidal", "agnes.vidal@vidal-example.fr"), ft("Chère Agnès,"), "Agnès", "'Chère' + first name")
C(N, ("Morgan Davies", "morgan.davies@davies-example.co.uk"), ev("Hello,"), "Morgan", "clear First Last")


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: python3 eval/names/cases.py OUTDIR\n")
        return 2
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)

    cases = list(CASES)
    random.Random(20261203).shuffle(cases)
    seen = set()
    out = []
    for i, c in enumerate(cases, 1):
        key = (tuple((t["name"], t["address"]) for t in c["to"]), c["words"])
        if key in seen:
            raise SystemExit(f"duplicate case: {key!r}")
        seen.add(key)
        assert c["expected"] is None or (isinstance(c["expected"], str) and c["expected"].strip())
        out.append(
            {
                "id": f"names-{i:03d}",
                "to": c["to"],
                "words": c["words"],
                "expected": c["expected"],
                "why": c["why"],
            }
        )

    path = os.path.join(outdir, "cases.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

    total = len(out)
    nulls = sum(1 for c in out if c["expected"] is None)
    by_cat = collections.OrderedDict()
    for c in CASES:
        n, z = by_cat.get(c["category"], (0, 0))
        by_cat[c["category"]] = (n + 1, z + (c["expected"] is None))
    print(f"{path}: {total} cases, {nulls} null ({100.0 * nulls / total:.1f}%)")
    for cat, (n, z) in by_cat.items():
        print(f"  {cat:<26s} {n:4d}  (null {z})")
    multi = sum(1 for c in out if len(c["to"]) > 1)
    print(f"  cases with several recipients: {multi}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
