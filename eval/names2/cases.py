#!/usr/bin/env python3
"""Blind evaluation set "names2" for Relance's greeting first-name choice.

Question per case: for the FIRST recipient in To, which first name should a
follow-up greet them by ("Bonjour {{recipient_first_name}},"), or null?

Usage:  python3 eval/names2/cases.py OUTDIR   -> writes OUTDIR/cases.json

Standard library only.  Deterministic (no randomness): the body text and the
user's signature of each case are picked by rotation from small pools.
Each case: {"id", "to": [{"name", "address"}], "words", "expected", "why"}.
"""

import json
import os
import sys
from collections import Counter

# --------------------------------------------------------------------------
# The users (senders).  Their names are chosen so that they never collide
# with a recipient's name used below.
# --------------------------------------------------------------------------
SIG = {
    "cgp": "Agathe Verdier\nConseillère en gestion de patrimoine\nPatrimoine & Avenir – Lyon\n06 12 34 56 78",
    "compta": "Bastien Roche\nExpert-comptable associé\nCabinet Roche & Associés – Nantes",
    "it": "Quentin Fabre\nIngénieur commercial\nInfoSys Distribution\n01 45 67 89 10",
    "be": "Ludivine Hermans\nCollaboratrice\nÉtude du notaire Vandenberghe – Namur\n+32 81 22 33 44",
    "ch": "Cédric Rochat\nFiduciaire Rochat SA\nAv. de la Gare 12, 1003 Lausanne",
    "qc": "Josée Bergeron\nCourtière hypothécaire\nMontréal (Québec)",
    "uk": "Harriet Bell\nSenior Consultant – Finance & Accounting\nNorthbridge Recruitment, Leeds",
    "us": "Kyle Brennan\nAccount Executive | CloudStack Resellers\n(617) 555-0142",
    "de": "Katrin Vogel\nVertrieb | Datenwerk Systemhaus GmbH",
    "it_": "Luca Ferri\nConsulente | Ferri Informatica",
    "es": "Carmen Ruiz\nAsesora comercial",
    "pt": "Rui Santos\nGestor de conta",
    "nl": "Wout Declercq\nAccountmanager",
}
FR_PERSONAS = ["cgp", "compta", "it", "be", "ch", "qc"]
EN_PERSONAS = ["uk", "us"]
PERSONA_LANG = {
    "cgp": "fr",
    "compta": "fr",
    "it": "fr",
    "be": "fr",
    "ch": "fr",
    "qc": "fr",
    "uk": "en",
    "us": "en",
    "de": "de",
    "it_": "it",
    "es": "es",
    "pt": "pt",
    "nl": "nl",
}

BODY = {
    "cgp": [
        "Je me permets de revenir vers vous concernant ma proposition du 12 novembre pour l'optimisation de votre épargne retraite. Avez-vous eu le temps d'en prendre connaissance ?",
        "Comme convenu lors de notre rendez-vous, je vous ai transmis la synthèse de votre bilan patrimonial. Je reste disponible pour en discuter quand vous le souhaitez.",
        "Je reviens vers vous au sujet de l'arbitrage sur votre contrat d'assurance-vie. Souhaitez-vous que nous fixions un court rendez-vous téléphonique ?",
    ],
    "compta": [
        "Je reviens vers vous au sujet de notre lettre de mission pour la tenue comptable de votre société. Je reste à votre disposition pour en discuter.",
        "Je souhaitais savoir si vous aviez pu avancer sur le choix de votre expert-comptable pour l'exercice 2027.",
        "Pour finaliser votre bilan, il nous manque encore les relevés bancaires de septembre et d'octobre. Pourriez-vous nous les transmettre ?",
    ],
    "it": [
        "Suite à notre échange téléphonique, je vous ai transmis notre devis pour le renouvellement de votre parc informatique (12 postes et 2 serveurs). N'hésitez pas à me faire part de vos questions.",
        "Je me permets de vous relancer concernant l'offre de renouvellement de vos licences Microsoft 365, qui arrivent à échéance le 31 décembre.",
        "Avez-vous pu consulter notre proposition de contrat de maintenance ? Je peux vous la présenter en 20 minutes en visio.",
    ],
    "be": [
        "Je vous adresse ci-joint le projet d'acte pour relecture. Pourriez-vous nous confirmer vos disponibilités pour la signature ?",
        "Nous sommes toujours dans l'attente des documents demandés (certificat PEB et attestation de sol) afin de préparer le dossier.",
        "Je me permets de revenir vers vous concernant la provision pour frais demandée le 4 novembre.",
    ],
    "ch": [
        "Je me permets de revenir vers vous concernant notre offre pour le mandat de révision de votre société. Avez-vous pu en prendre connaissance ?",
        "Afin de préparer votre déclaration d'impôt, nous aurions besoin de vos certificats de salaire. Pourriez-vous nous les faire parvenir ?",
    ],
    "qc": [
        "Je fais un suivi concernant votre demande de renouvellement hypothécaire. Avez-vous eu le temps de regarder les taux que je vous ai envoyés?",
        "Je reviens vers vous pour savoir si vous aviez pu rassembler les documents pour la préapprobation.",
    ],
    "uk": [
        "I wanted to follow up on the Senior Finance Manager role we discussed last week. Would you have 15 minutes for a call on Thursday?",
        "Following our conversation, please find attached the shortlist of candidates for the Head of Operations position. I would welcome your feedback.",
        "I hope you are well. I am writing to follow up on the terms of business I sent on 4 November.",
    ],
    "us": [
        "Just circling back on the quote I sent over for the 40 Dell laptops. Let me know if you have any questions.",
        "Following up on our call last Tuesday - are you still looking to move the renewal forward before year end?",
    ],
    "de": [
        "ich wollte kurz nachfragen, ob Sie unser Angebot für die Lizenzverlängerung erhalten haben.",
        "anbei noch einmal unser Angebot für die Wartung Ihrer Server. Haben Sie schon Gelegenheit gehabt, es zu prüfen?",
    ],
    "it_": [
        "volevo sapere se ha avuto modo di leggere la nostra proposta per il rinnovo dei server.",
        "le scrivo per un breve aggiornamento sull'offerta inviata la settimana scorsa.",
    ],
    "es": [
        "quería saber si ha podido revisar nuestra propuesta de mantenimiento.",
        "le escribo para hacer un seguimiento del presupuesto que le envié el día 5.",
    ],
    "pt": [
        "gostaria de saber se teve oportunidade de analisar a nossa proposta.",
        "venho por este meio fazer o seguimento do orçamento enviado na semana passada.",
    ],
    "nl": [
        "graag had ik geweten of u de offerte goed ontvangen hebt.",
        "ik kom even terug op ons voorstel van vorige week.",
    ],
}
# informal (tutoiement) bodies for "Salut", "Coucou", "Slt" openings
BODY_TU = [
    "Je me permets de te relancer pour le devis des licences Microsoft 365. Tu as pu regarder ?",
    "Petit rappel pour le rendez-vous de bilan : tu me dis quand tu es dispo ?",
    "Tu as pu jeter un œil à la proposition que je t'ai envoyée la semaine dernière ?",
]
CLOSE = {
    "fr": ["Bien cordialement,", "Cordialement,", "Belle journée,", "Bien à vous,", "Excellente journée,"],
    "fr_tu": ["À bientôt,", "Bonne journée !", "Bises,"],
    "en": ["Kind regards,", "Best,", "Thanks,", "Best regards,", "Many thanks,"],
    "de": ["Viele Grüße,", "Beste Grüße,"],
    "it": ["Cordiali saluti,", "Un saluto,"],
    "es": ["Un saludo,", "Saludos cordiales,"],
    "pt": ["Com os melhores cumprimentos,", "Cumprimentos,"],
    "nl": ["Met vriendelijke groeten,", "Groeten,"],
}

RAW = []  # (category, to, opening, expected, why, options)


def c(cat, to, opening, expected, why, **opt):
    """Register one case.

    to      : list of (display name, address) tuples, or a single tuple
    opening : the user's first line(s); "" for no opening
    options : p=persona key, body=str ("" = none), close=str, tu=bool,
              words=str (verbatim words, overrides everything)
    """
    if isinstance(to, tuple):
        to = [to]
    RAW.append((cat, to, opening, expected, why, opt))


def _words(i, opening, opt):
    if "words" in opt:
        return opt["words"]
    p = opt.get("p")
    if p is None:
        p = FR_PERSONAS[i % len(FR_PERSONAS)]
    lang = PERSONA_LANG[p]
    tu = opt.get("tu", False)
    if "body" in opt:
        body = opt["body"]
    elif tu:
        body = BODY_TU[i % len(BODY_TU)]
    else:
        pool = BODY[p]
        body = pool[i % len(pool)]
    if "close" in opt:
        close = opt["close"]
    else:
        pool = CLOSE["fr_tu" if tu else lang]
        close = pool[i % len(pool)]
    parts = [x for x in (opening, body) if x]
    text = "\n\n".join(parts)
    if close:
        text += "\n\n" + close
    text += "\n" + SIG[p]
    return text


# ==========================================================================
# 1. formal_fr -- formal opening toward the person (French-speaking) -> null
# ==========================================================================
F = "formal_fr"
c(
    F,
    ("Paul Martin", "paul.martin@groupe-altea.fr"),
    "Bonjour Monsieur,",
    None,
    "Formal 'Monsieur' opening: the user does not use the first name.",
)
c(F, ("Sophie Durand", "s.durand@durand-immobilier.fr"), "Bonjour Madame,", None, "Formal 'Madame' opening.")
c(F, ("Jean Dupont", "jean.dupont@orange.fr"), "Bonjour Monsieur Dupont,", None, "Title + surname: formal register.")
c(F, ("Hélène Garnier", "helene.garnier@sfr.fr"), "Madame,", None, "Bare 'Madame,' letter-style opening.")
c(F, ("Claire Lambert", "c.lambert@notaires.fr"), "Maître,", None, "'Maître' toward a notary/lawyer: formal.")
c(F, ("Claire Lambert", "claire.lambert@notaires.fr"), "Bonjour Maître,", None, "'Bonjour Maître': formal.")
c(
    F,
    ("François Lambert", "f.lambert@avocats-lambert.fr"),
    "Cher Maître,",
    None,
    "'Cher Maître': formal, even with 'Cher'.",
    p="be",
)
c(
    F,
    ("Olivier Roussel", "o.roussel@roussel-notaires.be"),
    "Cher confrère,",
    None,
    "'Cher confrère': professional formal address, no first name.",
    p="be",
)
c(F, ("Anne Leroy", "anne.leroy@cabinet-medical-leroy.fr"), "Bonjour Docteur,", None, "'Docteur': formal.")
c(F, ("Paul Martin", "pmartin@altea.fr"), "Bonjour M. Martin,", None, "Abbreviated title + surname.")
c(F, ("Sophie Durand", "sophie@durand-sa.fr"), "Bonjour Mme Durand,", None, "Abbreviated title + surname.")
c(
    F,
    ("Paul Martin", "paul.martin@altea.fr"),
    "Bonjour Paul Martin,",
    None,
    "First AND last name together: neutral-formal, not a first-name register.",
)
c(F, ("Sophie Durand", "sophie.durand@wanadoo.fr"), "Bonjour Sophie Durand,", None, "First and last name together.")
c(
    F,
    ("Paul Martin", "paul.martin@altea.fr"),
    "Monsieur Martin, je reviens vers vous concernant notre proposition de mandat de gestion.",
    None,
    "Name-first opening, but it is title + surname.",
    body="",
)
c(F, ("Sophie Durand", "sophie.durand@durand-sa.fr"), "Chère Madame,", None, "'Chère Madame': formal.")
c(F, ("Paul Martin", "paul.martin@altea.fr"), "Cher Monsieur,", None, "'Cher Monsieur': formal.")
c(F, ("Paul Martin", "paul.martin@altea.fr"), "Cher Monsieur Martin,", None, "Title + surname.")
c(
    F,
    ("Paul Martin", "paul.martin@altea.fr"),
    "Bonjour Monsieur Paul,",
    None,
    "Title + first name ('Monsieur Paul') is a respectful form: greeting 'Bonjour Paul' would be over-familiar.",
)
c(
    F,
    ("Nadia Benali", "nadia.benali@gmail.com"),
    "Bonjour Madame Nadia,",
    None,
    "Title + first name: the user keeps a title, a bare first name would be over-familiar.",
)
c(F, ("Paul Martin", "paul.martin@altea.fr"), "bonjour monsieur", None, "Mobile-typed lower-case, still 'monsieur'.")
c(
    F,
    ("Paul Martin", "paul.martin@altea.fr"),
    "Bjr M. Martin",
    None,
    "Mobile abbreviation of Bonjour, but title + surname.",
)
c(
    F,
    ("Sophie Durand", "sophie.durand@durand-sa.fr"),
    "Madame Durand, bonjour.",
    None,
    "Title + surname first, then 'bonjour'.",
)
c(
    F,
    ("Isabelle Fournier", "direction@clinique-fournier.fr"),
    "Madame la Directrice,",
    None,
    "Address by function: formal.",
)
c(F, ("Marc Giraud", "m.giraud@mairie-vannes.fr"), "Monsieur le Maire,", None, "Address by office: formal.")
c(F, ("Sophie Durand", "sophie.durand@durand-sa.fr"), "Bonjour Mme Sophie Durand,", None, "Title + full name.")
c(
    F,
    ("Paul Martin", "paul.martin@altea.fr"),
    "Madame, Monsieur,",
    None,
    "'Madame, Monsieur': the user does not even know the person.",
)
c(F, ("Anne Leroy", "a.leroy@cabinet-medical-leroy.fr"), "Bonjour Dr Leroy,", None, "Dr + surname.")
c(F, ("François Lambert", "francois.lambert@notaires.fr"), "Bonjour Maître Lambert,", None, "Maître + surname.")
c(
    F,
    ("Sophie Durand", "sophie.durand@durand-sa.fr"),
    "Bonjour Madame 🙂",
    None,
    "An emoji does not make 'Madame' familiar.",
)
c(
    F,
    ("Jean-Marc Lefèvre", "jm.lefevre@lefevre-transports.fr"),
    "Bonjour Monsieur Lefèvre !",
    None,
    "Exclamation, still title + surname.",
)
c(
    F,
    ("Paul Martin", "paul.martin@altea.fr"),
    "Bonjour Mr Martin,",
    None,
    "English 'Mr' used by a French writer: title + surname.",
)
c(
    F,
    ("Agnès Perrin", "agnes.perrin@perrin-conseil.fr"),
    "Bonjour Madame Perrin, j'espère que vous allez bien.",
    None,
    "Title + surname on the greeting line.",
)
c(
    F,
    ("Paul Martin", "paul.martin@altea.fr"),
    "Bonjour Monsieur Martin et merci pour votre accueil vendredi.",
    None,
    "Title + surname.",
)
c(
    F,
    ("Luc Dubois", "luc.dubois@notaire.be"),
    "Bonjour Monsieur le Notaire,",
    None,
    "Belgian address by office.",
    p="be",
)
c(
    F,
    ("Véronique Lemaire", "v.lemaire@skynet.be"),
    "Chère Madame Lemaire,",
    None,
    "Belgian formal habit: title + surname.",
    p="be",
)
c(F, ("Daniel Meylan", "daniel.meylan@bluewin.ch"), "Madame, Monsieur,", None, "Swiss formal letter opening.", p="ch")
c(
    F,
    ("Nicole Perret", "nicole.perret@vd.ch"),
    "Chère Madame, cher Monsieur,",
    None,
    "Swiss formal opening to an unknown reader.",
    p="ch",
)
c(F, ("Daniel Meylan", "daniel.meylan@bluewin.ch"), "Bonjour Monsieur Meylan,", None, "Swiss: title + surname.", p="ch")
c(
    F,
    ("Marc-André Tremblay", "marc-andre.tremblay@videotron.ca"),
    "Bonjour M. Tremblay,",
    None,
    "Québec: M. + surname.",
    p="qc",
)
c(F, ("Geneviève Gagnon", "ggagnon@desjardins.com"), "Bonjour Mme Gagnon,", None, "Québec: Mme + surname.", p="qc")
c(
    F,
    ("Louis Bouchard", "lbouchard@notarius.qc.ca"),
    "Bonjour Me Bouchard,",
    None,
    "Québec notary: Me + surname.",
    p="qc",
)
c(
    F,
    ("Sophie Durand", "s.durand@durand-avocats.be"),
    "Chère consœur,",
    None,
    "'Chère consœur': professional formal address.",
    p="be",
)
c(
    F,
    ("Corinne Vasseur", "corinne.vasseur@vasseur-sa.fr"),
    "Bonjour Madame Vasseur 👋",
    None,
    "Emoji but title + surname.",
)
c(
    F,
    ("Olivier Roussel", "o.roussel@roussel-notaires.be"),
    "Mon cher confrère,",
    None,
    "'Mon cher confrère': still no first name.",
    p="be",
)
c(
    F,
    ("Bernard Chevalier", "b.chevalier@chevalier-btp.fr"),
    "Monsieur Chevalier,\n\nbonjour,",
    None,
    "Title + surname on its own line.",
)

# ==========================================================================
# 2. formal_intl -- formal openings in English and other languages -> null
# ==========================================================================
F = "formal_intl"
c(F, ("John Smith", "john.smith@brightlane.co.uk"), "Dear Mr Smith,", None, "UK formal: Mr + surname.", p="uk")
c(F, ("Anita Patel", "anita.patel@nhs.net"), "Dear Mrs Patel,", None, "Mrs + surname.", p="uk")
c(F, ("Rebecca Jones", "rjones@harbourhouse.co.uk"), "Dear Ms Jones,", None, "Ms + surname.", p="uk")
c(F, ("Chinedu Okafor", "c.okafor@kcl.ac.uk"), "Dear Dr Okafor,", None, "Dr + surname.", p="uk")
c(
    F,
    ("David Hughes", "d.hughes@hughes-logistics.co.uk"),
    "Dear Sir/Madam,",
    None,
    "'Dear Sir/Madam': no personal register.",
    p="uk",
)
c(F, ("Laura Bennett", "laura.bennett@oakfield.co.uk"), "Dear Sir or Madam,", None, "'Dear Sir or Madam'.", p="uk")
c(F, ("John Smith", "john.smith@brightlane.co.uk"), "Dear John Smith,", None, "First and last name together.", p="uk")
c(F, ("Robert Johnson", "rjohnson@pinecrest.com"), "Hello Mr. Johnson,", None, "US: Mr. + surname.", p="us")
c(
    F,
    ("John Smith", "john.smith@brightlane.co.uk"),
    "Hi Mr Smith,",
    None,
    "'Hi' is casual, but Mr + surname keeps the formal register.",
    p="uk",
)
c(F, ("Rachel Clarke", "rachel.clarke@fenwick.co.uk"), "Good morning Ms Clarke,", None, "Ms + surname.", p="uk")
c(F, ("Andrew Hughes", "a.hughes@leeds.ac.uk"), "Dear Professor Hughes,", None, "Academic title + surname.", p="uk")
c(
    F,
    ("Rahul Mehta", "rahul.mehta@mehta-partners.in"),
    "Dear Mr. Rahul,",
    None,
    "Title + first name (Indian English usage): a bare first name would be over-familiar.",
    p="uk",
)
c(
    F,
    ("Sarah Okafor", "sokafor@stjames-clinic.com"),
    "Dear Dr. Okafor,",
    None,
    "Dr. + surname (US punctuation).",
    p="us",
)
c(
    F,
    ("Robert Johnson", "rjohnson@pinecrest.com"),
    "Mr. Johnson -",
    None,
    "US memo-style opening with title + surname.",
    p="us",
)
c(
    F,
    ("Tom Baker", "tom.baker@bakerandco.co.uk"),
    "Morning Mr Baker,",
    None,
    "Casual 'Morning' but title + surname.",
    p="uk",
)
c(
    F,
    ("Chinedu Okafor", "c.okafor@kcl.ac.uk"),
    "Good afternoon Dr Okafor, I hope you are well.",
    None,
    "Dr + surname.",
    p="uk",
)
c(
    F,
    ("Lukas Becker", "l.becker@becker-gmbh.de"),
    "Sehr geehrter Herr Becker,",
    None,
    "German formal: Herr + surname.",
    p="de",
)
c(
    F,
    ("Anna Wagner", "anna.wagner@klinikum-ulm.de"),
    "Sehr geehrte Frau Dr. Wagner,",
    None,
    "German formal with academic title.",
    p="de",
)
c(F, ("Julia Schneider", "j.schneider@schneider-ag.de"), "Guten Tag Frau Schneider,", None, "Frau + surname.", p="de")
c(
    F,
    ("Thomas Müller", "t.mueller@mueller-treuhand.ch"),
    "Grüezi Herr Müller,",
    None,
    "Swiss German greeting, Herr + surname.",
    p="de",
)
c(
    F,
    ("Lukas Becker", "l.becker@becker-gmbh.de"),
    "Hallo Herr Becker,",
    None,
    "'Hallo' is casual but Herr + surname is Sie-register.",
    p="de",
)
c(
    F,
    ("Markus Weber", "m.weber@weber-bau.de"),
    "Sehr geehrte Damen und Herren,",
    None,
    "German 'Ladies and gentlemen'.",
    p="de",
)
c(
    F,
    ("Marco Rossi", "m.rossi@studiorossi.it"),
    "Gentile Dott. Rossi,",
    None,
    "Italian formal: Dott. + surname.",
    p="it_",
)
c(
    F,
    ("Paola Bianchi", "avv.bianchi@legalmail.it"),
    "Gentile Avvocato Bianchi,",
    None,
    "Italian professional title + surname.",
    p="it_",
)
c(
    F,
    ("Giovanna Esposito", "g.esposito@esposito-srl.it"),
    "Gentile Sig.ra Esposito,",
    None,
    "Sig.ra + surname.",
    p="it_",
)
c(
    F,
    ("Javier García", "jgarcia@garcia-asesores.es"),
    "Estimado Sr. García:",
    None,
    "Spanish formal: Sr. + surname.",
    p="es",
)
c(
    F,
    ("Lucía Fernández", "lucia.fernandez@fernandez-abogados.es"),
    "Estimada Sra. Fernández:",
    None,
    "Sra. + surname.",
    p="es",
)
c(F, ("Álvaro Martín", "amartin@grupo-iberia.es"), "Muy señor mío:", None, "Spanish letter formula 'Dear Sir'.", p="es")
c(F, ("Pedro Silva", "pedro.silva@silvaimoveis.pt"), "Caro Sr. Silva,", None, "Portuguese Sr. + surname.", p="pt")
c(
    F,
    ("Ricardo Costa", "ricardo.costa@costa-advogados.pt"),
    "Exmo. Senhor Dr. Costa,",
    None,
    "Portuguese very formal opening.",
    p="pt",
)
c(
    F,
    ("Fernando Almeida", "fernando@almeidaadv.com.br"),
    "Prezado Sr. Almeida,",
    None,
    "Brazilian formal: Sr. + surname.",
    p="pt",
)
c(
    F,
    ("Pieter Janssens", "pieter.janssens@telenet.be"),
    "Geachte heer Janssens,",
    None,
    "Dutch/Flemish formal: heer + surname.",
    p="nl",
)
c(
    F,
    ("An Peeters", "an.peeters@peeters-bv.be"),
    "Geachte mevrouw Peeters,",
    None,
    "Flemish formal: mevrouw + surname.",
    p="nl",
)

# ==========================================================================
# 3. firstname_fr -- the user greets the person by a first name that fits
# ==========================================================================
F = "firstname_fr"
c(
    F,
    ("Paul Martin", "paul.martin@groupe-altea.fr"),
    "Bonjour Paul,",
    "Paul",
    "First-name greeting matching the display.",
)
c(
    F,
    ("Paul Martin", "paul.martin@groupe-altea.fr"),
    "Bjr Paul",
    "Paul",
    "Mobile abbreviation 'Bjr', first name matches.",
)
c(
    F,
    ("Paul Martin", "paul.martin@groupe-altea.fr"),
    "bjr paul,",
    "Paul",
    "All lower-case mobile typing; spelt as the display has it.",
)
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "hello paul", "Paul", "Lower-case 'hello paul'.")
c(
    F,
    ("Paul Martin", "paul.martin@groupe-altea.fr"),
    "Paul, je reviens vers vous concernant le devis pour le renouvellement de vos postes.",
    "Paul",
    "Name-first opening with vouvoiement.",
    p="it",
    body="",
)
c(F, ("Sophie Durand", "sophie.durand@durand-sa.fr"), "Bonjour Sophie 🙂", "Sophie", "Emoji after the first name.")
c(
    F,
    ("Sophie Durand", "sophie.durand@durand-sa.fr"),
    "Coucou Sophie !!",
    "Sophie",
    "Very familiar 'Coucou' with exclamation marks.",
    tu=True,
)
c(
    F,
    ("Julien Petit", "julien.petit@petit-menuiserie.fr"),
    "Salut Julien, ça va ?",
    "Julien",
    "'Salut' + first name.",
    tu=True,
)
c(
    F,
    ("Hélène Garnier", "helene.garnier@sfr.fr"),
    "Bonjour Helene,",
    "Hélène",
    "Accent dropped by the user; spelt as the recipient's display has it.",
)
c(
    F,
    ("Jean-Marc Lefèvre", "jm.lefevre@lefevre-transports.fr"),
    "Bonjour Jean-marc,",
    "Jean-Marc",
    "Case slip in a compound name; spelt as the display.",
)
c(
    F,
    ("Jean-Marc Lefèvre", "jm.lefevre@lefevre-transports.fr"),
    "Bonjour Jean Marc,",
    "Jean-Marc",
    "Hyphen dropped by the user; the display has 'Jean-Marc'.",
)
c(F, ("Stéphane Roux", "s.roux@roux-elec.fr"), "Bonjour Stephane !", "Stéphane", "Accent dropped by the user.")
c(
    F,
    ("MARTIN Sophie (DAF - Lyon)", "sophie.martin@groupe-x.com"),
    "Bonjour Sophie,",
    "Sophie",
    "Outlook 'NOM Prénom (service - site)' display; greeting confirms Sophie.",
)
c(
    F,
    ("Sophie MARTIN [Groupe X]", "sophie.martin@groupe-x.com"),
    "Bonjour Sophie,",
    "Sophie",
    "Display with company in brackets.",
)
c(F, ("paul martin", "paulmartin56@gmail.com"), "Bonjour Paul,", "Paul", "Lower-case display; capitalised first name.")
c(
    F,
    ("SOPHIE DURAND", "sophie.durand@wanadoo.fr"),
    "bonjour sophie",
    "Sophie",
    "All-caps display, lower-case greeting.",
)
c(
    F,
    ("DURAND Paul", "paul.durand@altea.fr"),
    "Bonjour Paul,",
    "Paul",
    "Surname-first display; greeting picks the first name.",
)
c(
    F,
    ("Dr Paul Martin", "dr.martin@cabinet-medical-martin.fr"),
    "Bonjour Paul,",
    "Paul",
    "The display carries a title, but the user himself greets him as Paul.",
)
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Rebonjour Paul,", "Paul", "'Rebonjour' + first name.")
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Re Paul,", "Paul", "Terse 'Re Paul,'.")
c(
    F,
    ("Paul Martin", "paul.martin@groupe-altea.fr"),
    "Merci Paul pour votre retour rapide.",
    "Paul",
    "Opening thanks the person by first name.",
)
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Bonjour, Paul,", "Paul", "Comma between greeting and first name.")
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "BONJOUR PAUL", "Paul", "Caps-lock greeting.")
c(F, ("Sophie Durand", "sophie.durand@durand-sa.fr"), "Chère Sophie,", "Sophie", "'Chère' + first name.")
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Cher Paul,", "Paul", "'Cher' + first name.")
c(
    F,
    ("Olivier Roussel", "o.roussel@roussel-notaires.be"),
    "Mon cher Olivier,",
    "Olivier",
    "Between colleagues on first-name terms.",
    p="be",
)
c(F, ("Sophie Durand", "sophie.durand@durand-sa.fr"), "Bonsoir Sophie,", "Sophie", "'Bonsoir' + first name.")
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Paul bonjour,", "Paul", "First name before 'bonjour'.")
c(
    F,
    ("Julie Bernard", "julie.bernard@bernard-sas.fr"),
    "Bonjour Julie, j'espère que vous allez bien.",
    "Julie",
    "Greeting and pleasantry on one line.",
)
c(
    F,
    ("Marie Dupont-Leroy", "marie.dupont-leroy@free.fr"),
    "Bonjour Marie,",
    "Marie",
    "Hyphenated surname; first name Marie.",
)
c(
    F,
    ("Charles de Montalembert", "c.demontalembert@montalembert-gestion.fr"),
    "Bonjour Charles,",
    "Charles",
    "Particle surname.",
)
c(
    F,
    ("Gwenaël Le Goff", "g.legoff@legoff-peinture.bzh"),
    "Demat Gwenaël !",
    "Gwenaël",
    "Breton greeting 'Demat' + Breton first name.",
)
c(
    F,
    ("LE GOFF Gwenaël", "gwenael.legoff@breizh-conseil.fr"),
    "Bonjour Gwenael,",
    "Gwenaël",
    "Accent (tréma) dropped by the user; spelt as the display.",
)
c(F, ("Yann Le Bihan", "yann.lebihan@orange.fr"), "Salut Yann,", "Yann", "Breton first name, 'Salut'.", tu=True)
c(F, ("Soizic Le Roux", "soizic.leroux@quimper-immo.fr"), "Bonjour Soizic,", "Soizic", "Breton first name.")
c(
    F,
    ("Lisandru Colonna", "lisandru.colonna@colonna-btp.corsica"),
    "Bonghjornu Lisandru,",
    "Lisandru",
    "Corsican greeting and first name.",
)
c(F, ("Anghjula Santoni", "anghjula.santoni@gmail.com"), "Bonjour Anghjula,", "Anghjula", "Corsican first name.")
c(
    F,
    ("Ghjuvanni Pietri", "g.pietri@pietri-immobilier.fr"),
    "Salute Ghjuvanni,",
    "Ghjuvanni",
    "Corsican 'Salute' + first name.",
)
c(
    F,
    ("Marc-André Tremblay", "marc-andre.tremblay@videotron.ca"),
    "Allô Marc-André!",
    "Marc-André",
    "Québec 'Allô' + compound first name.",
    p="qc",
)
c(
    F,
    ("Geneviève Gagnon", "genevieve.gagnon@bell.net"),
    "Salut Geneviève,",
    "Geneviève",
    "Québec familiar greeting.",
    p="qc",
)
c(F, ("Karim Benali", "karim.benali@benali-transport.fr"), "Bonjour Karim,", "Karim", "First-name greeting.")
c(F, ("DIALLO Aminata", "aminata.diallo@gmail.com"), "Bonjour Aminata,", "Aminata", "Surname-first display in caps.")
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Hello Paul 👋", "Paul", "Waving emoji.")
c(F, ("Sophie Durand", "sophie.durand@durand-sa.fr"), "Bonjour Sophie !", "Sophie", "French spacing before '!'.")
c(
    F,
    ("Martin Dubois", "martin.dubois@dubois-paysage.fr"),
    "Bonjour Martin,",
    "Martin",
    "Martin is the first name here (Dubois is the surname).",
)
c(
    F,
    ("Sophie Durand", "compta@durand-sa.fr"),
    "Bonjour Sophie,",
    "Sophie",
    "Person's name on a generic mailbox, but the user greets her as Sophie.",
)
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Paul,", "Paul", "Bare first name as the opening line.")
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Bonjour à toi Paul,", "Paul", "Familiar 'à toi'.", tu=True)
c(
    F,
    ("Nathalie Leclerc", "n.leclerc@leclerc-associes.fr"),
    "Bonjour Nathalie et belle année 2027 !",
    "Nathalie",
    "Greeting with wishes on the same line.",
)
c(F, ("Jean-Philippe Roux", "jp.roux@roux-sa.fr"), "Bonjour Jean-Philippe,", "Jean-Philippe", "Compound first name.")
c(F, ("Jean D.", "jean.d@gmail.com"), "Bonjour Jean,", "Jean", "Display 'Jean D.' and the greeting agree.")
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Slt Paul", "Paul", "SMS-style 'Slt' (salut).", tu=True)
c(F, ("Camille Morin", "camille.morin@morin-archi.fr"), "Bonjour Camille,", "Camille", "Epicene first name.")
c(
    F,
    ("Guillaume Robert", "guillaume.robert@robert-sarl.fr"),
    "Bonjour Guillaume,",
    "Guillaume",
    "Both words can be first names; the greeting settles it.",
)
c(
    F,
    ("Maëlle Kerjean", "maelle.kerjean@kerjean.bzh"),
    "Bonjour Maelle,",
    "Maëlle",
    "Tréma dropped by the user; spelt as the display.",
)
c(F, ("Loïc Tanguy", "loic.tanguy@tanguy-marine.fr"), "Bjr Loic", "Loïc", "Mobile, tréma dropped.")
c(
    F,
    ("François Lambert", "francois.lambert@lambert-conseil.fr"),
    "Bonjour Francois,",
    "François",
    "Cedilla dropped by the user.",
)
c(
    F,
    ("Pieter Janssens", "pieter.janssens@telenet.be"),
    "Bonjour Pieter,",
    "Pieter",
    "Flemish name, French-speaking user.",
    p="be",
)
c(
    F,
    ("Marie-Claire Dubois", "mc.dubois@dubois-notaires.be"),
    "Bonjour Marie-Claire,",
    "Marie-Claire",
    "Compound first name.",
    p="be",
)
c(
    F,
    ("Daniel Meylan", "daniel.meylan@bluewin.ch"),
    "Bonjour Daniel,",
    "Daniel",
    "Swiss user on first-name terms.",
    p="ch",
)
c(
    F,
    ("Émilie Vasseur", "emilie.vasseur@vasseur-sa.fr"),
    "Bonjour Emilie,",
    "Émilie",
    "Accent on capital dropped by the user.",
)
c(
    F,
    ("Paul Martin - Gérant", "paul.martin@martin-renov.fr"),
    "Bonjour Paul,",
    "Paul",
    "Display with a job title after a dash.",
)
c(F, ("Agnès Perrin", "agnes.perrin@perrin-conseil.fr"), "Bjr Agnès 😊", "Agnès", "Mobile + emoji.")
c(
    F,
    ("Benoît Leroux", "benoit.leroux@leroux-auto.fr"),
    "Bonjour Benoit !!",
    "Benoît",
    "Circumflex dropped, double exclamation.",
)
c(
    F,
    ("Mathilde Guerin", "mathilde.guerin@guerin-conseil.fr"),
    "Hello Mathilde !\n\nJ'espère que tu as passé un bon week-end.",
    "Mathilde",
    "Greeting then personal line.",
    tu=True,
)
c(F, ("Vincent Caron", "v.caron@caron-industrie.fr"), "Vincent, bonjour.", "Vincent", "Name first, then 'bonjour'.")
c(
    F,
    ("Amélie Fontaine", "amelie.fontaine@fontaine-rh.fr"),
    "Bonjour Amélie, merci encore pour votre accueil mardi.",
    "Amélie",
    "Greeting + thanks on the greeting line.",
)
c(
    F,
    ("Thibault Marchand", "t.marchand@marchand-fils.fr"),
    "Bonjour Thibault,\n\n(Je me permets de vous relancer, je sais que la période est chargée.)",
    "Thibault",
    "Greeting followed by an aside.",
)

# ==========================================================================
# 4. firstname_en -- English first-name greetings
# ==========================================================================
F = "firstname_en"
c(
    F,
    ("James Whitfield", "james.whitfield@whitfield-group.co.uk"),
    "Hi James,",
    "James",
    "UK first-name greeting.",
    p="uk",
)
c(F, ("Mike Johnson", "mike.johnson@pinecrest.com"), "Hey Mike,", "Mike", "US 'Hey' + first name as displayed.", p="us")
c(
    F,
    ("Mike Johnson (Sales)", "mjohnson@pinecrest.com"),
    "Hey Mike!!",
    "Mike",
    "Display with department; exclamation marks.",
    p="us",
)
c(F, ("Sarah Okafor", "sokafor@stjames-clinic.com"), "Dear Sarah,", "Sarah", "'Dear' + first name.", p="uk")
c(F, ("Priya Shah", "priya.shah@meridian-hr.co.uk"), "Hiya Priya,", "Priya", "Northern English 'Hiya'.", p="uk")
c(
    F,
    ("Dave Hughes", "dave.hughes@hughes-logistics.co.uk"),
    "Morning Dave,",
    "Dave",
    "The display itself says Dave.",
    p="uk",
)
c(F, ("Kate Wilson", "kate.wilson@wilsonbrothers.co.uk"), "Hi kate", "Kate", "Lower-case mobile typing.", p="uk")
c(F, ("Tom Baker", "tom.baker@bakerandco.co.uk"), "Hi Tom 🙂", "Tom", "Emoji.", p="uk")
c(F, ("Smith, John", "john.smith@brightlane.co.uk"), "Hi John,", "John", "'Surname, First' display.", p="uk")
c(
    F,
    ("Chris Hall", "chris.hall@hallsurveyors.co.uk"),
    "Hi Chris,",
    "Chris",
    "Short form is the displayed name.",
    p="uk",
)
c(
    F,
    ("Emily Chen", "emily.chen@northgate.com"),
    "Good afternoon Emily,",
    "Emily",
    "Time-of-day greeting + first name.",
    p="us",
)
c(
    F,
    ("Rebecca Jones", "rjones@harbourhouse.co.uk"),
    "Thanks Rebecca,",
    "Rebecca",
    "Opening thanks by first name.",
    p="uk",
)
c(
    F,
    ("Oliver Grant", "oliver.grant@grantfinance.co.uk"),
    "Oliver, quick follow-up on the Finance Director shortlist - any thoughts?",
    "Oliver",
    "Name-first opening.",
    p="uk",
    body="",
)
c(F, ("Hannah O'Brien", "hannah.obrien@obrien-accountants.ie"), "Hi Hannah,", "Hannah", "Apostrophe surname.", p="uk")
c(
    F,
    ("Siobhan Murphy", "siobhan.murphy@murphy-legal.ie"),
    "Hi Siobhán,",
    "Siobhan",
    "User adds a fada the display lacks; spelt as the recipient's name has it.",
    p="uk",
)
c(
    F,
    ("Thomas Wright", "tom.wright@halden-partners.co.uk"),
    "Hi Tom,",
    "Tom",
    "Nickname confirmed by the address tom.wright@.",
    p="uk",
)
c(F, ("Mohammed Iqbal", "m.iqbal@iqbal-pharma.co.uk"), "Hi Mohammed,", "Mohammed", "First-name greeting.", p="uk")
c(F, ("Grace Adeyemi", "grace.adeyemi@lagosbridge.com"), "Hello Grace!", "Grace", "Exclamation mark.", p="uk")
c(F, ("Chinedu Okafor", "c.okafor@kcl.ac.uk"), "Hi Chinedu,", "Chinedu", "First-name greeting.", p="uk")
c(
    F,
    ("Jessica Moore", "jess.moore@mooreandpartners.com"),
    "Hey Jessica - hope your week's going well!",
    "Jessica",
    "Greeting with pleasantry on the same line.",
    p="us",
)
c(F, ("Ryan O'Connell", "ryan@oconnell-it.com"), "ryan -", "Ryan", "Lower-case name-dash opening.", p="us")

# ==========================================================================
# 5. firstname_intl -- German / Italian / Spanish / Portuguese / Dutch
# ==========================================================================
F = "firstname_intl"
c(F, ("Lukas Becker", "l.becker@becker-gmbh.de"), "Hallo Lukas,", "Lukas", "German du/first-name greeting.", p="de")
c(F, ("Becker, Lukas", "l.becker@becker-gmbh.de"), "Hallo Lukas,", "Lukas", "'Surname, First' display.", p="de")
c(F, ("Anna Wagner", "anna.wagner@klinikum-ulm.de"), "Liebe Anna,", "Anna", "'Liebe' + first name.", p="de")
c(F, ("Jan Hansen", "jan.hansen@hansen-logistik.de"), "Moin Jan,", "Jan", "Northern German 'Moin'.", p="de")
c(
    F,
    ("Dr. Lukas Becker", "l.becker@becker-gmbh.de"),
    "Hallo Lukas,",
    "Lukas",
    "Titled display, but the user uses his first name.",
    p="de",
)
c(
    F,
    ("Jürgen Schäfer", "juergen.schaefer@schaefer-ag.de"),
    "Hallo Juergen,",
    "Jürgen",
    "Umlaut transliterated by the user; spelt as the display.",
    p="de",
)
c(F, ("Marco Rossi", "m.rossi@studiorossi.it"), "Ciao Marco,", "Marco", "Italian 'Ciao'.", p="it_")
c(
    F,
    ("Giulia Rossi", "giulia.rossi@rossi-srl.it"),
    "Buongiorno Giulia,",
    "Giulia",
    "Italian first-name greeting.",
    p="it_",
)
c(
    F,
    ("Chiara Conti", "chiara.conti@conti-immobiliare.it"),
    "Gentilissima Chiara,",
    "Chiara",
    "Warm Italian formula with first name.",
    p="it_",
)
c(
    F,
    ("Niccolò Ferraro", "niccolo.ferraro@ferraro.it"),
    "Ciao Niccolo,",
    "Niccolò",
    "Grave accent dropped by the user.",
    p="it_",
)
c(F, ("Javier García", "jgarcia@garcia-asesores.es"), "Hola Javier,", "Javier", "Spanish 'Hola'.", p="es")
c(
    F,
    ("María José García López", "mjgarcia@garcialopez.es"),
    "Buenos días María José:",
    "María José",
    "Compound Spanish first name as the user writes it.",
    p="es",
)
c(
    F,
    ("Lucía Fernández", "lucia.fernandez@fernandez-abogados.es"),
    "Hola Lucia,",
    "Lucía",
    "Accent dropped by the user.",
    p="es",
)
c(
    F,
    ("João Pereira", "joao.pereira@pereira-lda.pt"),
    "Bom dia João,",
    "João",
    "Portuguese first-name greeting.",
    p="pt",
)
c(F, ("Inês Carvalho", "ines.carvalho@carvalho.pt"), "Olá Inês,", "Inês", "Portuguese 'Olá'.", p="pt")
c(
    F,
    ("Conceição Ramos", "conceicao.ramos@ramos.pt"),
    "Olá Conceicao,",
    "Conceição",
    "Diacritics dropped by the user.",
    p="pt",
)
c(
    F,
    ("Pieter Janssens", "pieter.janssens@telenet.be"),
    "Beste Pieter,",
    "Pieter",
    "Flemish 'Beste' + first name.",
    p="nl",
)
c(F, ("Els Peeters", "els.peeters@peeters-bv.be"), "Dag Els,", "Els", "Flemish 'Dag'.", p="nl")

# ==========================================================================
# 6. greeting_mismatch -- the greeting contradicts the display -> null
# ==========================================================================
F = "greeting_mismatch"
c(
    F,
    ("Jean Dupont", "jean.dupont@orange.fr"),
    "Bonjour Dupont,",
    None,
    "The user greets by the surname; 'Bonjour Dupont' must never be produced, and no first name is confirmed.",
)
c(F, ("John Smith", "john.smith@brightlane.co.uk"), "Hello Smith,", None, "Surname used as greeting.", p="uk")
c(
    F,
    ("Service Achats", "achats@groupe-altea.fr"),
    "Bonjour Service,",
    None,
    "The user greeted the mailbox name; 'Service' is not a first name.",
)
c(
    F,
    ("Robert Smith", "robert.smith@brightlane.co.uk"),
    "Hi Bob,",
    None,
    "Nickname that nothing (display, address) confirms.",
    p="uk",
)
c(
    F,
    ("Emmanuel Petit", "emmanuel.petit@petit-sa.fr"),
    "Salut Manu,",
    None,
    "Nickname 'Manu' not confirmed by the display; 'Emmanuel' would be too formal a shift and 'Manu' unconfirmed.",
    tu=True,
)
c(
    F,
    ("Paul Durand", "paul.durand@altea.fr"),
    "Bonjour Sophie,",
    None,
    "Greeting names someone else (probably an assistant or colleague).",
)
c(F, ("Elizabeth Taylor", "e.taylor@taylor-hr.co.uk"), "Hi Liz,", None, "Nickname not confirmed.", p="uk")
c(
    F,
    ("Jean-Marc Lefèvre", "jm.lefevre@lefevre-transports.fr"),
    "Bonjour Jean,",
    None,
    "'Jean' is not 'Jean-Marc': contradicts the display.",
)
c(
    F,
    ("THOMAS Bernard", "bernard.thomas@thomas-elec.fr"),
    "Bonjour Thomas,",
    None,
    "Caps mark THOMAS as the surname: the user greeted by the surname.",
)
c(
    F,
    ("Anne-Sophie Martin", "as.martin@martin-conseil.fr"),
    "Bonjour Anne-So,",
    None,
    "Nickname of a compound name, not confirmed.",
)
c(
    F,
    ("Dominique Pietri", "dominique.pietri@pietri-sarl.fr"),
    "Bonjour Dumè,",
    None,
    "Corsican nickname for Dominique; nothing confirms it.",
)
c(
    F,
    ("Michael Johnson", "mjohnson@pinecrest.com"),
    "Hey Mike,",
    None,
    "Mike for Michael: nothing (display, address) confirms.",
    p="us",
)
c(
    F,
    ("John Smith", "john.smith@brightlane.co.uk"),
    "Hi Jon,",
    None,
    "Different spelling from the display: cannot be sure which is right.",
    p="uk",
)
c(F, ("Stéphane Roux", "s.roux@roux-elec.fr"), "Bonjour Stéphanie,", None, "Another name than the display.")
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Bonjour Martin,", None, "Martin is Paul Martin's surname here.")
c(F, ("Giulia Rossi", "giulia.rossi@rossi-srl.it"), "Buongiorno Rossi,", None, "Surname greeting.", p="it_")
c(F, ("Lukas Becker", "l.becker@becker-gmbh.de"), "Hallo Becker,", None, "Surname greeting.", p="de")
c(F, ("Catherine Morel", "catherine.morel@morel-avocats.fr"), "Bonjour Cathy,", None, "Nickname not confirmed.")
c(F, ("Nicolas Faure", "nicolas.faure@faure-btp.fr"), "Salut Nico,", None, "Nickname not confirmed.", tu=True)
c(
    F,
    ("Christopher Hall", "christopher.hall@hallsurveyors.co.uk"),
    "Hi Chris,",
    None,
    "Short form not confirmed by display or address.",
    p="uk",
)
c(F, ("William Turner", "w.turner@turner-estates.co.uk"), "Hi Bill,", None, "Nickname not confirmed.", p="uk")
c(
    F,
    ("Marc Giraud", "marc.giraud@giraud-sa.fr"),
    "Bonjour Marc-Antoine,",
    None,
    "A different (longer) first name than the display.",
)
c(
    F,
    ("Sophie Durand", "sophie.durand@durand-sa.fr"),
    "Bonjour Sylvie,",
    None,
    "Another name than the display: cannot be sure.",
)
c(
    F,
    ("Accounts Payable", "accounts.payable@brightlane.co.uk"),
    "Hello Accounts,",
    None,
    "Greeting the department name.",
    p="uk",
)
c(
    F,
    ("Margaux Lefebvre", "margaux.lefebvre@lefebvre-rh.fr"),
    "Bonjour Margot,",
    None,
    "Different spelling from the display.",
)
c(F, ("Jean-Baptiste Carré", "jb.carre@carre-immo.fr"), "Salut JB,", None, "Initials as a nickname.", tu=True)
c(F, ("DUPONT Jean", "jean.dupont@orange.fr"), "Bonjour Dupont,", None, "Surname greeting (surname in caps).")
c(
    F,
    ("", "paul.durand@altea.fr"),
    "Bonjour Sophie,",
    None,
    "The address names Paul Durand; the greeting names someone else.",
)

# ==========================================================================
# 7. display_clear -- neutral / no opening; the display clearly gives it
# ==========================================================================
F = "display_clear"
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Bonjour,", "Paul", "Neutral greeting; 'First Last' display.")
c(F, ("MARTIN Paul", "paul.martin@groupe-altea.fr"), "Bonjour,", "Paul", "Outlook 'NOM Prénom': caps mark the surname.")
c(
    F,
    ("Martin, Paul", "paul.martin@groupe-altea.fr"),
    "Bonjour,",
    "Paul",
    "'Surname, First': the comma settles the order.",
)
c(
    F,
    ("MARTIN Sophie (DAF - Lyon)", "sophie.martin@groupe-x.com"),
    "Bonjour,",
    "Sophie",
    "Outlook display with department and site.",
)
c(F, ("Sophie MARTIN [Groupe X]", "sophie.martin@groupe-x.com"), "Bonjour,", "Sophie", "Company in brackets.")
c(F, ("sophie durand", "sophie.durand@wanadoo.fr"), "Bonjour,", "Sophie", "Lower-case display, clear order and names.")
c(
    F,
    ("SOPHIE DURAND", "sophie.durand@wanadoo.fr"),
    "Bonjour,",
    "Sophie",
    "All-caps display; Sophie is unmistakably the first name.",
)
c(
    F,
    ("Durand Sophie", "sophie.durand@durand-sa.fr"),
    "Bonjour,",
    "Sophie",
    "Surname first, but Durand cannot be a first name and Sophie cannot be a surname.",
)
c(F, ("Sophie Durand - Acme", "sophie.durand@acme.fr"), "Hello,", "Sophie", "Company after a dash.")
c(
    F,
    ("Sophie Durand | Directrice financière", "sophie.durand@acme.fr"),
    "Bonjour,",
    "Sophie",
    "Job title after a pipe.",
)
c(
    F,
    ("Martin, Paul (Acme - Paris)", "paul.martin@acme.fr"),
    "",
    "Paul",
    "No opening; 'Surname, First (Company - Site)'.",
    body="Je me permets de vous relancer au sujet de notre proposition du 3 novembre.",
)
c(F, ("Paul Martin (External)", "paul.martin@partner.com"), "Hello,", "Paul", "Display tagged (External).", p="uk")
c(F, ("Paul M.", "paulm@gmail.com"), "Bonjour,", "Paul", "First name + surname initial.")
c(F, ("Jean-Marc Lefèvre", "jm.lefevre@lefevre-transports.fr"), "Bonjour,", "Jean-Marc", "Compound first name.")
c(
    F,
    ("LEFEVRE Jean-Marc", "jm.lefevre@lefevre-transports.fr"),
    "Bonjour,",
    "Jean-Marc",
    "Caps surname first, compound first name.",
)
c(F, ("Marie Dupont-Leroy", "marie.dupont-leroy@free.fr"), "Bonjour,", "Marie", "Hyphenated surname.")
c(
    F,
    ("Charles de Montalembert", "c.demontalembert@montalembert-gestion.fr"),
    "Bonjour,",
    "Charles",
    "Particle surname.",
)
c(F, ("Pieter van den Berg", "p.vandenberg@vdberg.nl"), "Hello,", "Pieter", "Dutch particle surname.", p="uk")
c(
    F,
    ("Tremblay, Marc-André", "marc-andre.tremblay@videotron.ca"),
    "Bonjour,",
    "Marc-André",
    "Québec 'Surname, First' display.",
    p="qc",
)
c(F, ("LE GOFF Gwenaël", "gwenael.legoff@breizh-conseil.fr"), "Bonjour,", "Gwenaël", "Breton, caps surname first.")
c(F, ("Erwan Le Gall", "erwan.legall@legall-nautisme.bzh"), "Bonjour,", "Erwan", "Breton first name, 'Le' surname.")
c(F, ("Lisandru Colonna", "lisandru.colonna@colonna-btp.corsica"), "Bonjour,", "Lisandru", "Corsican first name.")
c(F, ("PIETRI Dumenicu", "dumenicu.pietri@gmail.com"), "Bonjour,", "Dumenicu", "Corsican, caps surname first.")
c(
    F,
    ("Giulia Rossi", "giulia.rossi@rossi-srl.it"),
    "Buongiorno,",
    "Giulia",
    "Italian display, neutral greeting.",
    p="it_",
    body="volevo sapere se ha avuto modo di leggere la nostra proposta.",
)
c(F, ("João Pereira", "joao.pereira@pereira-lda.pt"), "Bom dia,", "João", "Portuguese display.", p="pt")
c(F, ("Javier García", "jgarcia@garcia-asesores.es"), "Buenos días,", "Javier", "Spanish display.", p="es")
c(F, ("Becker, Lukas", "l.becker@becker-gmbh.de"), "Guten Tag,", "Lukas", "'Surname, First' German display.", p="de")
c(F, ("DIALLO Aminata", "aminata.diallo@gmail.com"), "Bonjour,", "Aminata", "Caps surname first.")
c(F, ("Shah, Priya (HR)", "priya.shah@meridian-hr.co.uk"), "Hello,", "Priya", "'Surname, First (Dept)'.", p="uk")
c(
    F,
    ("Mike Johnson (Sales)", "mjohnson@pinecrest.com"),
    "Hey there,",
    "Mike",
    "'Hey there' is neutral; the display gives Mike.",
    p="us",
)
c(F, ("Chen, Emily", "emily.chen@northgate.com"), "Hi,", "Emily", "'Surname, First'.", p="us")
c(
    F,
    ("Sophie", "sophie@agence-lumen.fr"),
    "Bonjour,",
    "Sophie",
    "Single word that can only be a first name, on a personal address.",
)
c(F, ("Sophie D.", "sophie.d@gmail.com"), "Bonjour,", "Sophie", "First name + initial.")
c(
    F,
    ("Martin Dubois", "martin.dubois@dubois-paysage.fr"),
    "Bonjour,",
    "Martin",
    "Dubois cannot be a first name, so Martin is.",
)
c(F, ("'Paul Martin'", "paul.martin@groupe-altea.fr"), "Bonjour,", "Paul", "Quotes kept in the display.")
c(F, ("Durand, Sophie (EXT)", "sophie.durand@prestataire.fr"), "Bonjour,", "Sophie", "External tag.")
c(
    F,
    ("Thomas Wright | Halden Partners", "t.wright@halden-partners.co.uk"),
    "Hi,",
    "Thomas",
    "Company after a pipe.",
    p="uk",
)
c(F, ("Sophie Durand 🌿", "sophie.durand@durand-sa.fr"), "Hello,", "Sophie", "Emoji in the display.")
c(
    F,
    ("Kate Wilson", "kate.wilson@wilsonbrothers.co.uk"),
    "Following up on the role below - any thoughts?",
    "Kate",
    "No greeting at all; clear display.",
    p="uk",
    body="",
)
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Bonjour à vous,", "Paul", "Neutral 'Bonjour à vous'.")
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Hello !", "Paul", "Neutral 'Hello !'.")
c(F, ("Paul Martin", "paul.martin@groupe-altea.fr"), "Bonjour 🙂", "Paul", "Neutral greeting + emoji.")
c(
    F,
    ("Anghjula Santoni", "anghjula.santoni@gmail.com"),
    "",
    "Anghjula",
    "No opening; Corsican first name.",
    body="Je me permets de revenir vers vous concernant notre devis de rénovation.",
)
c(F, ("Yann Le Bihan", "yann.lebihan@orange.fr"), "Bjr,", "Yann", "Mobile neutral greeting.")
c(
    F,
    ("Janssens Pieter", "pieter.janssens@telenet.be"),
    "Bonjour,",
    "Pieter",
    "Belgian surname-first display; Janssens is unmistakably the surname.",
    p="be",
)
c(
    F,
    ("Rossi Giulia", "giulia.rossi@rossi-srl.it"),
    "Buongiorno,",
    "Giulia",
    "Italian surname-first display; Rossi is the surname.",
    p="it_",
    body="le scrivo per un breve aggiornamento sull'offerta inviata la settimana scorsa.",
)
c(
    F,
    ("Pierre-Yves Le Floch", "py.lefloch@lefloch-immo.bzh"),
    "Bonjour,",
    "Pierre-Yves",
    "Breton surname, compound first name.",
)
c(F, ("Hélène Garnier", "helene.garnier@sfr.fr"), "Bonjour,", "Hélène", "Accented first name.")
c(
    F,
    ("GARNIER Hélène - Service RH", "helene.garnier@groupe-x.com"),
    "Bonjour,",
    "Hélène",
    "Caps surname first + service.",
)
c(F, ("Inês Carvalho", "ines.carvalho@carvalho.pt"), "Olá,", "Inês", "Portuguese display.", p="pt")
c(
    "generic_mailbox",
    ("Paul Martin", "contact@martin-plomberie.fr"),
    "Bonjour,",
    "Paul",
    "Owner's name on the small firm's contact@ mailbox; the order is obvious.",
)
c(
    "generic_mailbox",
    ("Alain Roux", "info@roux-elec.fr"),
    "Bonjour,",
    "Alain",
    "Owner's name on a generic mailbox; Roux is the surname, the order is obvious.",
)
c(
    "generic_mailbox",
    ("Durand Sophie", "contact@durand-architecte.fr"),
    "Bonjour,",
    "Sophie",
    "Generic mailbox, but Durand/Sophie leave no doubt about the order.",
)
c(
    "generic_mailbox",
    ("MARTIN Laurent", "contact@martinlaurent-paysagiste.fr"),
    "Bonjour,",
    "Laurent",
    "Caps mark MARTIN as the surname, so the order is obvious even on a generic mailbox.",
)
c(
    "assistant",
    ("Sophie Leroy (Assistante de Paul Martin)", "s.leroy@groupe-altea.fr"),
    "Bonjour,",
    "Sophie",
    "The assistant's own display; her name comes first.",
)

# ==========================================================================
# 8. display_unclear -- neutral / no opening; the display does not give a
#    first name with certainty -> null
# ==========================================================================
F = "display_unclear"
c(F, ("Service Comptabilité", "compta@groupe-altea.fr"), "Bonjour,", None, "Department mailbox.")
c(F, ("Comptabilité Fournisseurs", "fournisseurs@groupe-x.com"), "Bonjour,", None, "Accounts-payable desk.")
c(F, ("Accounts Payable", "accounts.payable@brightlane.co.uk"), "Hello,", None, "Department mailbox.", p="uk")
c(F, ("HR Team", "hr@meridian-hr.co.uk"), "Hi,", None, "Team mailbox.", p="uk")
c(F, ("Recrutement Acme", "recrutement@acme.fr"), "Bonjour,", None, "Role mailbox.")
c(F, ("Direction Générale", "dg@groupe-altea.fr"), "Bonjour,", None, "Function mailbox.")
c(F, ("Accueil - Cabinet Lambert", "accueil@cabinet-lambert.fr"), "Bonjour,", None, "Front desk of a firm.")
c(F, ("contact", "contact@renov-habitat.fr"), "Bonjour,", None, "Generic 'contact'.")
c(
    F,
    ("Info Acme", "info@acme.fr"),
    "",
    None,
    "Generic info@ mailbox, no opening.",
    body="Je me permets de vous relancer concernant notre demande de devis du 2 novembre.",
)
c(F, ("Support IT", "support@infogerance-ouest.fr"), "Hello,", None, "Support desk.")
c(F, ("Secrétariat", "secretariat@cabinet-medical-leroy.fr"), "Bonjour,", None, "Shared secretariat.")
c(
    F,
    ("Office notarial Leclercq & Mertens", "info@notaires-lm.be"),
    "Bonjour,",
    None,
    "Notary's office mailbox.",
    p="be",
)
c(
    F,
    ("Étude de Maître Lambert", "etude.lambert@notaires.fr"),
    "Bonjour,",
    None,
    "Notary's office; display carries a title.",
)
c(F, ("Cabinet Dupont & Associés", "contact@dupont-associes.fr"), "Bonjour,", None, "Firm name.")
c(
    F,
    ("SARL Martin Plomberie", "martin.plomberie@orange.fr"),
    "Bonjour,",
    None,
    "Company name; Martin is the firm's surname.",
)
c(F, ("Mairie de Quimper", "contact@mairie-quimper.fr"), "Bonjour,", None, "Public body.")
c(F, ("J. Martin", "j.martin@groupe-altea.fr"), "Bonjour,", None, "Initial only.")
c(F, ("JP Martin", "jpmartin@martin-conseil.fr"), "Bonjour,", None, "Initials only.")
c(F, ("S.D.", "sd@durand-sa.fr"), "Bonjour,", None, "Initials only.")
c(F, ("M. Dupont", "dupont.j@orange.fr"), "Bonjour,", None, "Title + surname display.")
c(F, ("Mme Durand", "durand.s@orange.fr"), "Bonjour,", None, "Title + surname display.")
c(F, ("Mr Smith", "smith@brightlane.co.uk"), "Hello,", None, "Title + surname display.", p="uk")
c(
    F,
    ("Dr Sarah Okafor", "s.okafor@stjames-clinic.com"),
    "Hello,",
    None,
    "The display carries a title: the person presents herself formally.",
    p="uk",
)
c(F, ("Dr. Lukas Becker", "l.becker@becker-gmbh.de"), "Guten Tag,", None, "Display carrying an academic title.", p="de")
c(F, ("Me Claire Lambert", "claire.lambert@notaires.fr"), "Bonjour,", None, "Display carries 'Me' (Maître).")
c(F, ("Maître Jean Dupont", "j.dupont@dupont-avocats.fr"), "Bonjour,", None, "Display carries 'Maître'.")
c(F, ("Prof. Hans Weber", "h.weber@uni-freiburg.de"), "Guten Tag,", None, "Display carries 'Prof.'.", p="de")
c(F, ("Pr Anne Leroy", "anne.leroy@chu-rennes.fr"), "Bonjour,", None, "Display carries 'Pr'.")
c(F, ("Mme Sophie Martin", "sophie.martin@groupe-x.com"), "Bonjour,", None, "Display carries 'Mme'.")
c(F, ("M. Paul Martin", "paul.martin@groupe-altea.fr"), "Bonjour,", None, "Display carries 'M.'.")
c(F, ("", "paul.martin@gmail.com"), "Bonjour,", None, "Bare address, neutral greeting.")
c(F, ("paul.martin@acme.fr", "paul.martin@acme.fr"), "Bonjour,", None, "Display is just the address.")
c(
    F,
    ("", "sophie.durand@durand-sa.fr"),
    "",
    None,
    "Bare address, no opening.",
    body="Je me permets de revenir vers vous au sujet de notre proposition.",
)
c(F, ("Dupont", "dupont@dupont-sa.fr"), "Bonjour,", None, "Single surname.")
c(
    F,
    ("Richard", "richard@richard-freres.fr"),
    "Bonjour,",
    None,
    "Single word that is as often a surname as a first name.",
)
c(F, ("DURAND", "durand.sarl@wanadoo.fr"), "Bonjour,", None, "Single surname in caps.")
c(
    F,
    ("Bernard Thomas", "thomas.bernard@bt-conseil.fr"),
    "Bonjour,",
    None,
    "Both words are first names and surnames; display and address disagree on the order.",
)
c(
    F,
    ("Laurent Simon", "ls.expertise@gmail.com"),
    "Bonjour,",
    None,
    "Both words can be first names or surnames; the order cannot be told.",
)
c(F, ("Martin Laurent", "martin-laurent@free.fr"), "Bonjour,", None, "Both words can be first names or surnames.")
c(F, ("Thomas Vincent", "tvconseil@orange.fr"), "Bonjour,", None, "Order cannot be told.")
c(F, ("Michel Robert", "robert.michel@wanadoo.fr"), "Bonjour,", None, "Display and address give opposite orders.")
c(
    F,
    ("Zhang Wei", "zhang.wei@sinotrade.com"),
    "Hello,",
    None,
    "Order unknown (family name first is likely but not certain).",
    p="uk",
)
c(
    F,
    ("Nguyen Van Minh", "minh.nguyen@vn-export.com"),
    "Bonjour,",
    None,
    "Vietnamese three-part name: the given name is not safely identifiable.",
)
c(F, ("Morvan Tanguy", "morvan.tanguy@bzh-conseil.fr"), "Bonjour,", None, "Breton: both are first names and surnames.")
c(F, ("Le Gall", "legall@legall-nautisme.bzh"), "Bonjour,", None, "Surname only.")
c(F, ("jdupont", "jdupont@groupe-altea.fr"), "Bonjour,", None, "Login-style display.")
c(F, ("No Reply", "noreply@plateforme-rh.fr"), "Bonjour,", None, "No-reply mailbox.")
c(F, ("DSI - Groupe X", "dsi@groupe-x.com"), "Hello,", None, "IT department.", p="it")
c(F, ("Ressources Humaines - Site de Rennes", "rh.rennes@groupe-x.com"), "Bonjour,", None, "HR desk of a site.")
c(
    F,
    ("Facturation", "facturation@infosys-client.fr"),
    "",
    None,
    "Billing mailbox, no opening.",
    body="Je me permets de vous relancer concernant la facture F-2026-1187, échue le 15 novembre.",
)
c(F, ("The Recruitment Team", "careers@oakfield.co.uk"), "Hi there,", None, "Team mailbox.", p="uk")
c(
    F,
    ("Li Na", "li.na@sinotrade.com"),
    "Hello,",
    None,
    "Two short words; which is the given name cannot be told.",
    p="uk",
)
c(F, ("Kerbrat", "kerbrat@kerbrat-peinture.bzh"), "Bonjour,", None, "Breton surname alone.")
c(
    F,
    ("Pascal Gérard", "contact@pg-renov.fr"),
    "Bonjour,",
    None,
    "Person's name on a generic mailbox; both words are first names and surnames.",
)

# ==========================================================================
# 9. couples_family -- mail to couples and families
# ==========================================================================
F = "couples_family"
c(
    F,
    ("M. et Mme Durand", "durand.famille@orange.fr"),
    "Bonjour,",
    None,
    "A couple: no single first name, and the display is formal.",
    p="cgp",
)
c(
    F,
    ("Jean et Marie Durand", "jm.durand@free.fr"),
    "Bonjour,",
    None,
    "A couple's shared mailbox: greeting one of them alone would be wrong.",
    p="cgp",
)
c(
    F,
    ("Jean et Marie Durand", "jm.durand@free.fr"),
    "Bonjour Jean et Marie,",
    None,
    "The user greets both; one first name would drop the other.",
    p="cgp",
)
c(
    F,
    ("Jean et Marie Durand", "jm.durand@free.fr"),
    "Bonjour Marie,",
    "Marie",
    "The user addressed Marie alone, and the display includes her.",
    p="cgp",
)
c(F, ("Famille Martin", "famille.martin@gmail.com"), "Bonjour à tous,", None, "Family mailbox, group greeting.")
c(
    F,
    ("Famille Martin", "famille.martin@gmail.com"),
    "Bonjour Sophie,",
    "Sophie",
    "Family mailbox, but the user greets Sophie and nothing contradicts it.",
)
c(F, ("Mr & Mrs Smith", "thesmiths@btinternet.com"), "Dear Mr and Mrs Smith,", None, "Couple, formal.", p="uk")
c(
    F,
    ("Marie & Jean Durand", "durand.mj@gmail.com"),
    "Bonjour Monsieur et Madame Durand,",
    None,
    "Couple, formal.",
    p="cgp",
)
c(F, ("Durand Jean et Marie", "durand.jean.marie@orange.fr"), "Bonjour,", None, "Couple, surname first.", p="cgp")
c(F, ("The Patels", "patel.family@gmail.com"), "Hi both,", None, "Family display, group greeting.", p="uk")
c(
    F,
    ("Jean Durand", "jean.durand@free.fr"),
    "Bonjour Jean, bonjour Marie,",
    "Jean",
    "The first recipient is Jean and is greeted by his first name (Marie presumably in copy).",
    p="cgp",
)
c(
    F,
    ("Marie Durand", "marie.durand@free.fr"),
    "Bonjour Monsieur et Madame Durand,",
    None,
    "Formal toward the couple, including the recipient.",
    p="cgp",
)
c(
    F,
    ("Sophie et Paul", "sophieetpaul@gmail.com"),
    "Coucou !",
    None,
    "Couple mailbox with two first names: which one reads it cannot be told.",
    tu=True,
)
c(F, ("M. Mme Durand Jean", "durand.jean@orange.fr"), "Bonjour,", None, "Couple display with titles.", p="cgp")
c(
    F,
    [("Jean Durand", "jean.durand@free.fr"), ("Marie Durand", "marie.durand@free.fr")],
    "Bonjour à vous deux,",
    "Jean",
    "Group greeting; the first recipient's own display is clear.",
    p="cgp",
)
c(
    F,
    [("Jean Durand", "jean.durand@free.fr"), ("Marie Durand", "marie.durand@free.fr")],
    "Bonjour Monsieur et Madame Durand,",
    None,
    "Formal toward both.",
    p="cgp",
)
c(
    F,
    ("Sophie et Paul Martin", "martin.sp@gmail.com"),
    "Bonjour Sophie et Paul,",
    None,
    "Couple greeted together; one first name would drop the other.",
)

# ==========================================================================
# 10. multi_recipient -- several people in To, group greetings, colleagues
# ==========================================================================
F = "multi_recipient"
P = ("Paul Martin", "paul.martin@groupe-altea.fr")
S = ("Sophie Durand", "sophie.durand@groupe-altea.fr")
c(F, [P, S], "Bonjour à tous les deux,", "Paul", "Group greeting; the first recipient's display is clear.")
c(F, [P, S], "Bonjour Sophie, bonjour Paul,", "Paul", "Both greeted by first name; Paul is first in To.")
c(F, [P, S], "Bonjour Monsieur Martin, bonjour Sophie,", None, "The first recipient is greeted formally.")
c(
    F,
    [P, S],
    "Bonjour Sophie,",
    "Paul",
    "The first-name greeting is aimed at Sophie (second recipient), so it does not apply to Paul; neutral for him, and his display is clear.",
)
c(
    F,
    [("Service Achats", "achats@groupe-altea.fr"), S],
    "Bonjour Sophie,",
    None,
    "Greeting aimed at the second recipient; the first is a department.",
)
c(
    F,
    [("", "p.durand@altea.fr"), ("Sophie Martin", "sophie.martin@altea.fr")],
    "Bonjour Sophie,",
    None,
    "Greeting aimed at the second recipient; the first is a bare address.",
)
c(
    F,
    [("Tom Baker", "tom.baker@bakerandco.co.uk"), ("Emma Clarke", "emma.clarke@bakerandco.co.uk")],
    "Hi both,",
    "Tom",
    "UK 'Hi both' is a group greeting; display clear.",
    p="uk",
)
c(
    F,
    [("Baker, Tom", "tom.baker@bakerandco.co.uk"), ("Clarke, Emma", "emma.clarke@bakerandco.co.uk")],
    "Hi all,",
    "Tom",
    "Group greeting; 'Surname, First' display.",
    p="uk",
)
c(
    F,
    [("Dr Sarah Okafor", "s.okafor@stjames-clinic.com"), ("James Lee", "james.lee@stjames-clinic.com")],
    "Hi James, Dr Okafor,",
    None,
    "The first recipient is addressed with a title.",
    p="uk",
)
c(
    F,
    [("James Lee", "james.lee@stjames-clinic.com"), ("Dr Sarah Okafor", "s.okafor@stjames-clinic.com")],
    "Hi James, Dr Okafor,",
    "James",
    "The first recipient is James, greeted by first name.",
    p="uk",
)
c(F, [S, P], "Bonjour Paul et Sophie,", "Sophie", "Both greeted by first name; Sophie is first in To.")
c(F, [S, P], "Bonjour Paul, Madame Durand,", None, "The first recipient (Sophie Durand) is addressed formally.")
c(
    F,
    [S, P],
    "Bonjour Paul,",
    "Sophie",
    "The greeting is aimed at Paul (second recipient); for Sophie it is neutral and her display is clear.",
)
c(F, [S, P], "Mesdames, Messieurs,", None, "Formal group opening.")
c(
    F,
    [("Priya Shah", "priya.shah@meridian-hr.co.uk"), ("Tom Lee", "tom.lee@meridian-hr.co.uk")],
    "Hi team,",
    "Priya",
    "Group greeting; display clear.",
    p="uk",
)
c(
    F,
    [("Accounts Payable", "ap@meridian-hr.co.uk"), ("Priya Shah", "priya.shah@meridian-hr.co.uk")],
    "Hi team,",
    None,
    "First recipient is a department mailbox.",
    p="uk",
)
c(
    F,
    [("Lukas Becker", "l.becker@becker-gmbh.de"), ("Anna Wagner", "a.wagner@becker-gmbh.de")],
    "Hallo zusammen,",
    "Lukas",
    "German group greeting.",
    p="de",
)
c(
    F,
    [("Marco Rossi", "m.rossi@studiorossi.it"), ("Giulia Bianchi", "g.bianchi@studiorossi.it")],
    "Buongiorno a tutti,",
    "Marco",
    "Italian group greeting.",
    p="it_",
)
c(F, [P, S], "Bonjour l'équipe,", "Paul", "Group greeting to named people.")
c(F, [("Support Acme", "support@acme.fr"), P], "Bonjour l'équipe,", None, "First recipient is a support desk.")
c(
    F,
    ("Sophie Durand", "sophie.durand@groupe-altea.fr"),
    "Bonjour Sophie, (je mets Paul en copie)",
    "Sophie",
    "Greeting to Sophie with an aside about a colleague in copy.",
)
c(F, P, "Bonjour Julie, bonjour Paul,", "Paul", "The colleague in copy is greeted first, Paul as well.")
c(F, P, "Bonjour Julie,", None, "The greeting names someone else (a colleague in copy), not the To recipient.")
c(
    F,
    [("Emma Clarke", "emma.clarke@bakerandco.co.uk"), ("Tom Baker", "tom.baker@bakerandco.co.uk")],
    "Dear both,",
    "Emma",
    "'Dear both' is a group greeting.",
    p="uk",
)
c(
    F,
    [("Sarah Okafor", "s.okafor@stjames-clinic.com"), ("Tom Baker", "tom.baker@bakerandco.co.uk")],
    "Dear Dr Okafor, dear Tom,",
    None,
    "First recipient addressed formally.",
    p="uk",
)
c(
    F,
    [("Tom Baker", "tom.baker@bakerandco.co.uk"), ("Sarah Okafor", "s.okafor@stjames-clinic.com")],
    "Hi Tom, hi Sarah,",
    "Tom",
    "First recipient greeted by first name.",
    p="uk",
)
c(
    F,
    [
        ("MARTIN Sophie (DAF - Lyon)", "sophie.martin@groupe-x.com"),
        ("DURAND Paul (DSI - Paris)", "paul.durand@groupe-x.com"),
    ],
    "Bonjour Paul, Sophie,",
    "Sophie",
    "Both greeted by first name; Sophie is first.",
)
c(
    F,
    [("Comptabilité Groupe X", "compta@groupe-x.com"), ("MARTIN Sophie (DAF - Lyon)", "sophie.martin@groupe-x.com")],
    "Bonjour à tous,",
    None,
    "Group greeting; first recipient is a department.",
)

# ==========================================================================
# 11. assistant -- mail to or through a person's assistant
# ==========================================================================
F = "assistant"
c(
    F,
    ("Claire Petit", "c.petit@cabinet-dupont.fr"),
    "Bonjour Claire,",
    "Claire",
    "The user writes to the assistant herself, by first name.",
    body="Pourriez-vous transmettre le document ci-joint à Maître Dupont et me confirmer sa bonne réception ?",
)
c(
    F,
    ("Jean Dupont", "jean.dupont@dupont-sa.fr"),
    "Bonjour Madame,",
    None,
    "Written to the assistant who reads Jean Dupont's mailbox; formal.",
    body="Je vous remercie de bien vouloir transmettre ce message à M. Dupont, qui ne m'a pas encore répondu.",
)
c(
    F,
    ("Jean Dupont", "jean.dupont@dupont-sa.fr"),
    "Bonjour Claire,",
    None,
    "Claire is the assistant reading Jean Dupont's mailbox: her name does not fit the recipient's display, and 'Jean' was never used.",
    body="Je vous écris sur la boîte de M. Dupont, comme convenu au téléphone. Pourriez-vous lui rappeler notre proposition ?",
)
c(
    F,
    ("Assistante Direction", "assistante.direction@groupe-altea.fr"),
    "Bonjour Claire,",
    "Claire",
    "Role mailbox read by Claire; the user greets her by first name and nothing contradicts it.",
)
c(F, ("Secrétariat Dr Martin", "secretariat.drmartin@cabinet-medical.fr"), "Bonjour,", None, "A doctor's secretariat.")
c(
    F,
    ("Paul Martin", "paul.martin@groupe-altea.fr"),
    "Bonjour Paul, (Sophie, votre assistante, est en copie)",
    "Paul",
    "Paul greeted by first name; the assistant is only mentioned.",
)
c(
    F,
    ("Office Manager - Halden", "office@halden-partners.co.uk"),
    "Hi Jess,",
    "Jess",
    "Office mailbox read by Jess, greeted by name.",
    p="uk",
)
c(F, ("PA to Mr Smith", "pa.smith@brightlane.co.uk"), "Hello,", None, "Personal-assistant role mailbox.", p="uk")
c(
    F,
    ("John Smith", "john.smith@brightlane.co.uk"),
    "Hi Jess, could you please pass this on to John when he's back?",
    None,
    "Greeting aimed at the PA reading John's mailbox; 'John' is only mentioned in the third person.",
    p="uk",
    body="",
)
c(
    F,
    ("Sophie Leroy (Assistante de Paul Martin)", "s.leroy@groupe-altea.fr"),
    "Bonjour Madame,",
    None,
    "The assistant is addressed formally.",
)

# ==========================================================================
# 12. generic_mailbox -- small firms' mailboxes named after the owner
# ==========================================================================
F = "generic_mailbox"
c(F, ("Plomberie Martin", "contact@plomberie-martin.fr"), "Bonjour,", None, "Firm name.")
c(
    F,
    ("Bernard Thomas", "contact@bernard-thomas-architecte.fr"),
    "Bonjour,",
    None,
    "Owner's name on a generic mailbox, order not obvious.",
)
c(
    F,
    ("Martin Laurent", "contact@martinlaurent-paysagiste.fr"),
    "Bonjour,",
    None,
    "Owner's name on a generic mailbox, order not obvious.",
)
c(
    F,
    ("Cabinet Sophie Martin", "contact@cabinet-sophiemartin.fr"),
    "Bonjour,",
    None,
    "The display is the firm's name, not a person's.",
)
c(
    F,
    ("Cabinet Martin", "contact@cabinet-martin.fr"),
    "Bonjour Sophie,",
    "Sophie",
    "Firm mailbox, but the user greets Sophie and nothing contradicts it.",
)
c(F, ("Martin & Fils", "contact@martinetfils.fr"), "Bonjour,", None, "Firm name.")
c(F, ("Garage Laurent", "garage.laurent@wanadoo.fr"), "Bonjour,", None, "Firm name; Laurent may be a surname.")
c(F, ("Chez Jeanne", "contact@chezjeanne.fr"), "Bonjour,", None, "A restaurant's name is not the reader's name.")
c(
    F,
    ("Jean-Michel Conseil", "contact@jm-conseil.fr"),
    "Bonjour,",
    None,
    "Firm named after the owner: a firm display, not a greeting name.",
)
c(F, ("Agence Camille Immobilier", "contact@camille-immo.fr"), "Bonjour,", None, "Agency name.")
c(F, ("Sophie Martin", "contact@sophiemartin-avocat.fr"), "Bonjour Maître,", None, "Formal opening toward the lawyer.")
c(
    F,
    ("Lambert Immobilier", "contact@lambert-immo.fr"),
    "Bonjour Julien,",
    "Julien",
    "Agency mailbox; the user greets Julien and nothing contradicts it.",
)
c(F, ("Boulangerie Paul Durand", "contact@boulangerie-durand.fr"), "Bonjour,", None, "A shop's name.")
c(
    F,
    ("", "contact@cabinet-roux.fr"),
    "Bonjour Paul,",
    "Paul",
    "Bare generic address, but the user greets Paul by first name.",
)

# ==========================================================================
# 13. register -- no formal opening, but the user's own text shows a formal
#     register toward the person -> null
# ==========================================================================
F = "register"
c(
    F,
    ("Paul Martin", "paul.martin@groupe-altea.fr"),
    "",
    None,
    "No opening, but the closing addresses him as 'Monsieur': a first name would be over-familiar.",
    body="Suite à notre entretien du 18 novembre, je vous prie de trouver ci-joint notre proposition d'accompagnement.",
    close="Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.",
    p="cgp",
)
c(
    F,
    ("Claire Lambert", "claire.lambert@notaires.fr"),
    "Bonjour,",
    None,
    "Body addresses her as 'Maître'.",
    body="Comme convenu, Maître, je vous adresse le compromis signé par mes clients.",
    p="cgp",
)
c(
    F,
    ("Sophie Durand", "sophie.durand@durand-sa.fr"),
    "Bonjour,",
    None,
    "Closing addresses her as 'Madame'.",
    close="Je vous prie de croire, Madame, à l'assurance de ma considération distinguée.",
    p="compta",
)
c(
    F,
    ("Chinedu Okafor", "c.okafor@kcl.ac.uk"),
    "Good morning,",
    None,
    "Body addresses him as 'Dr Okafor'.",
    body="I would be grateful, Dr Okafor, if you could confirm whether the proposal is still of interest.",
    p="uk",
)
c(
    F,
    ("Sophie Durand", "sophie.durand@durand-sa.fr"),
    "Bonjour,",
    None,
    "Body addresses her as 'Madame'.",
    body="Je reviens vers vous, Madame, concernant la lettre de mission que je vous ai adressée le 5 novembre.",
    p="compta",
)
c(
    F,
    ("Daniel Meylan", "daniel.meylan@bluewin.ch"),
    "",
    None,
    "Swiss letter-style text with 'Monsieur' in the closing.",
    body="Nous nous référons à notre offre du 10 novembre et nous permettons de vous demander si elle a retenu votre attention.",
    close="Nous vous prions d'agréer, Monsieur, nos salutations les meilleures.",
    p="ch",
)

# ==========================================================================
# 14. bare_address -- no display name, first-name greeting
# ==========================================================================
F = "bare_address"
c(
    F,
    ("", "paul.martin@gmail.com"),
    "Bonjour Paul,",
    "Paul",
    "No display, but the user greets Paul and the address agrees.",
)
c(
    F,
    ("", "p.martin@groupe-altea.fr"),
    "hello paul !",
    "Paul",
    "No display; greeting consistent with the address initial.",
)
c(F, ("", "sophie.durand@durand-sa.fr"), "Bonjour Sophie 😊", "Sophie", "No display; address agrees.")
c(F, ("", "kate.wilson@wilsonbrothers.co.uk"), "Hi Kate,", "Kate", "No display; address agrees.", p="uk")
c(F, ("", "contact@renov-habitat.fr"), "Bonjour,", None, "No display, generic address, neutral greeting.")
c(
    F,
    ("", "m.rossi@studiorossi.it"),
    "Ciao Marco,",
    "Marco",
    "No display; greeting consistent with the address initial.",
    p="it_",
)


# ==========================================================================
# more first-name cases (second batch)
# ==========================================================================
F = "firstname_fr"
c(
    F,
    ("Sophie Durand", "sophie.durand@durand-sa.fr"),
    "Bonjour Sophie,",
    "Sophie",
    "First-name greeting; the body mentions another person with a title, which does not change Sophie's greeting.",
    body="Votre associée, Mme Martin, m'a conseillé de vous relancer directement au sujet de notre proposition.",
    p="compta",
)
c(
    F,
    ("Paul Martin", "paul.martin@groupe-altea.fr"),
    "Bonjour Paul,",
    "Paul",
    "First-name greeting; a stiff closing formula without a title does not undo it.",
    close="Je vous prie d'agréer mes salutations distinguées.",
    p="cgp",
)
c(F, ("Sophie Durand", "sophie.durand@durand-sa.fr"), "Sophie,", "Sophie", "Bare first name as the opening.")
c(F, ("Jean-Pierre Lemoine", "jp.lemoine@lemoine-sa.fr"), "Bonjour Jean-Pierre,", "Jean-Pierre", "Compound first name.")
c(F, ("Ophélie Garnier", "ophelie.garnier@garnier-rh.fr"), "bonjour ophélie", "Ophélie", "Lower-case mobile typing.")
c(F, ("Romain Chevallier", "romain.chevallier@chevallier-bois.fr"), "Hello Romain 😉", "Romain", "Emoji.")
c(
    F,
    ("Élodie Masson", "elodie.masson@masson-conseil.fr"),
    "Bonjour Élodie, et bonne année !",
    "Élodie",
    "Greeting with wishes.",
)
c(
    F,
    ("Mathieu Perrot (Achats - Grenoble)", "mathieu.perrot@groupe-altea.fr"),
    "Bonjour Mathieu,",
    "Mathieu",
    "Display with department and site.",
)
c(
    F,
    ("Ronan Kervella", "ronan.kervella@kervella-marine.bzh"),
    "Salud Ronan,",
    "Ronan",
    "Breton-style greeting and first name.",
    tu=True,
)
c(
    F,
    ("Ange-Marie Casanova", "am.casanova@casanova-immo.corsica"),
    "Bonjour Ange-Marie,",
    "Ange-Marie",
    "Corsican compound (male) first name.",
)
c(
    F,
    ("Jean-Sébastien Côté", "js.cote@videotron.ca"),
    "Bonjour Jean-Sébastien,",
    "Jean-Sébastien",
    "Québec compound first name.",
    p="qc",
)
c(F, ("Mélanie Bouchard", "melanie.bouchard@bell.net"), "Bon matin Mélanie!", "Mélanie", "Québec 'Bon matin'.", p="qc")

F = "display_clear"
c(
    F,
    ("PERROT Mathieu (Achats - Grenoble)", "mathieu.perrot@groupe-altea.fr"),
    "Bonjour,",
    "Mathieu",
    "Outlook 'NOM Prénom (service - site)'.",
)
c(
    F,
    ("Pierrette Albertini", "pierrette.albertini@gmail.com"),
    "Bonjour,",
    "Pierrette",
    "Corsican surname, clear first name.",
)
c(F, ("Santu Leca", "santu.leca@leca-btp.corsica"), "Bonjour,", "Santu", "Corsican first name, Leca the surname.")
c(
    F,
    ("Côté, Jean-Sébastien", "js.cote@videotron.ca"),
    "Bonjour,",
    "Jean-Sébastien",
    "Québec 'Surname, First' display.",
    p="qc",
)
c(
    F,
    ("Fabienne Morel - Directrice Administrative et Financière", "f.morel@groupe-x.com"),
    "Bonjour,",
    "Fabienne",
    "Long job title after a dash.",
)
c(
    F,
    ("Sandrine BLANC (Groupe Altea / DRH)", "sandrine.blanc@groupe-altea.fr"),
    "Bonjour,",
    "Sandrine",
    "First name + caps surname + group/department.",
)
c(
    F,
    ("Grégoire de La Rochefoucauld", "g.delarochefoucauld@rochefoucauld-gestion.fr"),
    "Bonjour,",
    "Grégoire",
    "Long particle surname.",
    p="cgp",
)
c(
    F,
    ("Hans-Peter Keller", "hp.keller@keller-treuhand.ch"),
    "Guten Tag,",
    "Hans-Peter",
    "Swiss German compound first name.",
    p="de",
)
c(
    F,
    ("Francesca Romano (Ufficio Acquisti)", "f.romano@romano-spa.it"),
    "Buongiorno,",
    "Francesca",
    "Italian display with department.",
    p="it_",
)
c(F, ("Emma Clarke", "emma.clarke@bakerandco.co.uk"), "Hi there,", "Emma", "Neutral 'Hi there'.", p="uk")
c(
    F,
    ("Olivia Brown", "olivia.brown@summitlabs.com"),
    "",
    "Olivia",
    "No opening; clear display.",
    p="us",
    body="Circling back on the renewal quote from last week - happy to jump on a quick call.",
)
c(F, ("Nathan Lefort", "nathan.lefort@lefort-transports.fr"), "Bonjour à vous,", "Nathan", "Neutral greeting.")
c(
    F,
    ("Camille Morin", "camille.morin@morin-archi.fr"),
    "Bjr",
    "Camille",
    "Mobile neutral greeting; Morin is the surname.",
)

F = "firstname_en"
c(F, ("Dan Cooper", "dan.cooper@cooperbuild.com"), "Hey Dan 🙌", "Dan", "US casual + emoji.", p="us")
c(
    F,
    ("Megan Price", "megan.price@pricewaterside.co.uk"),
    "Hi Megan, hope you had a good weekend!",
    "Megan",
    "Greeting and pleasantry on one line.",
    p="uk",
)
c(F, ("Ben Carter", "ben.carter@carter-logistics.com"), "Ben -", "Ben", "Name-dash opening.", p="us")
c(
    F,
    ("Alexander Gray", "alex.gray@graycapital.co.uk"),
    "Hi Alex,",
    "Alex",
    "Short form confirmed by the address alex.gray@.",
    p="uk",
)

F = "firstname_intl"
c(F, ("Matthias Keller", "m.keller@keller-treuhand.ch"), "Hoi Matthias,", "Matthias", "Swiss German 'Hoi'.", p="de")
c(F, ("Beatriz Lopes", "beatriz.lopes@lopes.pt"), "Olá Beatriz, tudo bem?", "Beatriz", "Portuguese informal.", p="pt")
c(F, ("Sergio Navarro", "sergio.navarro@navarro.es"), "Buenas Sergio,", "Sergio", "Spanish casual 'Buenas'.", p="es")
c(
    F,
    ("Joost De Smet", "joost.desmet@desmet.be"),
    "Hallo Joost,",
    "Joost",
    "Flemish first name, particle surname.",
    p="nl",
)

F = "multi_recipient"
c(
    F,
    [("Nathalie Roux", "nathalie.roux@groupe-altea.fr"), ("Paul Martin", "paul.martin@groupe-altea.fr")],
    "Bonjour à toutes et à tous,",
    "Nathalie",
    "Group greeting; first display clear.",
)
c(
    F,
    [("Julie Renaud", "julie.renaud@groupe-altea.fr"), ("Service Achats", "achats@groupe-altea.fr")],
    "Bonjour Julie, bonjour l'équipe achats,",
    "Julie",
    "First recipient greeted by first name.",
)


# ==========================================================================
def build():
    out = []
    for i, (_cat, to, opening, expected, why, opt) in enumerate(RAW):
        out.append(
            {
                "id": f"names2-{i + 1:03d}",
                "to": [{"name": n, "address": a} for n, a in to],
                "words": _words(i, opening, opt),
                "expected": expected,
                "why": why,
            }
        )
    return out


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python3 cases.py OUTDIR\n")
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    cases = build()
    ids = [x["id"] for x in cases]
    assert len(set(ids)) == len(ids)
    path = os.path.join(outdir, "cases.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=1)
    n = len(cases)
    nulls = sum(1 for x in cases if x["expected"] is None)
    print(f"wrote {n} cases to {path} ({nulls} null, {100.0 * nulls / n:.1f}%)")
    per = Counter(r[0] for r in RAW)
    per_null = Counter(r[0] for r in RAW if r[3] is None)
    for cat in sorted(per, key=lambda k: [r[0] for r in RAW].index(k)):
        print(f"  {cat:<18s} {per[cat]:3d}  (null {per_null[cat]:3d})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
