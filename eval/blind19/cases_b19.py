"""blind19, group B (part 1): controls. The person writes above (or under) the quote; the quoted copy is the firm's
message as mail systems and clients left it (gateway text, banners, tips, Safe Links, client rewrites), unchanged
by the person except for deletions."""

import re

import tpl_fr19 as fr
import tpl_xx19 as xx
from spec19 import C, F, P, S


def tel_links(s):
    """Outlook for iOS turns the phone numbers of the quoted signature into tel: links."""
    return re.sub(r"(\+32 \d{1,3}(?: \d{2,3})+)", lambda m: f"[{m.group(1)}](tel:{m.group(1).replace(' ', '')})", s)


# B01 Outlook (French UI): Word-pasted bullets ("·" and spaces in the text part), logo, link, disclaimer
p = P("Anne Leroy", "anne.leroy@skynet.example", "fr")
s = S("b-leroy", "dewandre", p, fr.docs, "Chère Madame Leroy,", "2027-03-16 11:50")
C(
    "fr-leroy",
    "B",
    "fr",
    "outlook",
    "fr",
    p,
    s,
    "2027-03-17 09:12",
    top=[
        "Bonjour Madame Dewandre,",
        "",
        "Je vous fais parvenir le tout d’ici la fin de la semaine, je dois encore rassembler les documents.",
        "",
        "Cordialement,",
        "Anne Leroy",
    ],
)

# B02 Gmail: a follow-up whose stored text quotes the first message (Outlook header block, rendered "*De :*")
p = P("Eric Simon", "eric.simon@gmail.example", "fr")
s0 = S(
    "b-simon-0",
    "dewandre",
    p,
    fr.kyc,
    "Cher Monsieur Simon,",
    "2027-03-02 09:25",
    prof="de kinésithérapeute",
    amount="22 000 EUR",
    date="28 janvier",
)
s = F(
    "b-simon",
    s0,
    fr.relance,
    "Cher Monsieur Simon,",
    "2027-03-17 08:40",
    "2 mars",
    "Sans réponse de votre part d’ici le 31 mars, nous serons contraints de limiter les opérations sur votre compte.",
)
C(
    "fr-simon",
    "B",
    "fr",
    "gmail",
    "fr",
    p,
    s,
    "2027-03-17 12:15",
    top=[
        "Bonjour,",
        "",
        "Toutes mes excuses pour le retard. Rien n’a changé : même adresse, même profession, et le "
        "versement provient de la vente de ma voiture.",
        "",
        "Eric Simon",
    ],
)

# B03 Outlook, an accounting firm on Microsoft 365: [EXTERNE] tag, banner, French first-contact tip, Safe Links,
# the firm's own footer after the whole message
p = P("Julie Moreau", "j.moreau@rasquin-comptables.example", "fr", org="rasquin")
s = S(
    "b-moreau",
    "dewandre",
    p,
    fr.fiscal,
    "Chère Madame Moreau,",
    "2027-03-04 11:20",
    attach=["Attestation_fiscale_2026.pdf"],
)
C(
    "fr-moreau",
    "B",
    "fr",
    "outlook",
    "fr",
    p,
    s,
    "2027-03-04 14:02",
    top=[
        "Bonjour Madame Dewandre,",
        "",
        "Bien reçu, merci. Nous vous revenons après analyse avec notre client.",
        "",
        "Bien cordialement,",
        "",
        "Julie Moreau",
        "Collaboratrice",
        "Cabinet Rasquin",
        "T +32 4 555 01 92",
    ],
)

# B04 Outlook (Dutch UI), Microsoft 365: [EXTERN], LET OP banner, Dutch tip, Safe Links; bullets "  *   "
p = P("Sofie Verbruggen", "sofie.verbruggen@verbruggen-logistics.example", "nl", org="verbruggen")
s = S("b-sverbruggen", "vandaele", p, xx.nl_belegging, "Beste Sofie,", "2027-03-05 10:30")
C(
    "nl-sverbruggen",
    "B",
    "nl",
    "outlook",
    "nl",
    p,
    s,
    "2027-03-05 11:48",
    top=[
        "Goedemorgen Pieter,",
        "",
        "Ik bespreek het met mijn broer en laat u vrijdag iets weten.",
        "",
        "Met vriendelijke groet,",
        "Sofie Verbruggen",
        "Verbruggen Logistics NV",
    ],
)

# B05 Outlook (en-GB), Microsoft 365: [EXTERNAL], CAUTION banner, English tip, Safe Links; table with tabs
p = P("Edward Ashworth", "edward.ashworth@thornbury-fo.example", "en", "uk", "uk", org="thornbury")
s = S("b-eashworth", "pemberton", p, xx.en_mandate, "Dear Edward,", "2027-03-09 15:30")
C(
    "en-eashworth",
    "B",
    "en",
    "outlook",
    "en-GB",
    p,
    s,
    "2027-03-09 17:05",
    top=[
        "Dear Oliver,",
        "",
        "Thank you. I shall reply in full after speaking to my wife; Thursday 25 March works in principle.",
        "",
        "Best wishes,",
        "Edward",
    ],
)

# B06 Outlook (German UI), a law firm: ACHTUNG banner, [EXTERN], German tip, Safe Links, the firm's footer
p = P("Dr. Stefan Hartmann", "s.hartmann@hartmann-vogt.example", "de", "de", org="hartmann")
s = S("b-hartmann", "kremer", p, xx.de_termin, "Sehr geehrter Herr Dr. Hartmann,", "2027-03-10 14:40")
C(
    "de-hartmann",
    "B",
    "de",
    "outlook",
    "de",
    p,
    s,
    "2027-03-10 16:22",
    top=[
        "Sehr geehrte Frau Kremer,",
        "",
        "vielen Dank. Ich stimme mich mit Herrn Dr. Vogt ab und melde mich Anfang nächster Woche.",
        "",
        "Mit freundlichen Grüßen",
        "Stefan Hartmann",
    ],
)

# B07 Outlook in plain-text mode: "-----Message d'origine-----", "> " then a 76-column wrap, so the continuation
# lines of long quoted lines lose their "> " (the person's own text is wrapped too)
p = P("Georges Lemaire", "georges.lemaire@skynet.example", "fr")
s = S("b-lemaire", "dewandre", p, fr.credit, "Cher Monsieur Lemaire,", "2027-03-11 15:30")
C(
    "fr-lemaire",
    "B",
    "fr",
    "outlook_plain",
    "fr",
    p,
    s,
    "2027-03-12 08:05",
    top=[
        "Bonjour Madame Dewandre,",
        "",
        "Je dois encore en discuter avec mon épouse et notre notaire avant de vous "
        "confirmer le montant et la date ; je vous recontacte lundi au plus tard.",
        "",
        "Bien à vous,",
        "",
        "Georges Lemaire",
    ],
)

# B08 Thunderbird (format=flowed): the quote wrapped at 72, no-break spaces made plain, bullets " * "
p = P("Martine Collin", "martine.collin@voo.example", "fr")
s = S("b-collin", "dewandre", p, fr.profil, "Chère Madame Collin,", "2027-03-10 16:50")
C(
    "fr-collin",
    "B",
    "fr",
    "thunderbird",
    "fr",
    p,
    s,
    "2027-03-11 21:30",
    top=["Bonjour Madame,", "", "Je remplirai le questionnaire en ligne ce week-end."],
    sig=["Martine Collin"],
)

# B09 Apple Mail (Dutch): "<image001.png>", "text <url>" links, "1.\t" numbering
p = P("Bart Janssens", "bart.janssens@icloud.example", "nl")
s = S(
    "b-janssens",
    "vandaele",
    p,
    xx.nl_kyc,
    "Beste Bart,",
    "2027-03-03 09:10",
    prof="architect",
    amount="45.000 EUR",
    date="2 februari",
)
C(
    "nl-janssens",
    "B",
    "nl",
    "apple_mail",
    "nl",
    p,
    s,
    "2027-03-04 07:40",
    top=["Beste Pieter,", "", "Ik bezorg u de stukken volgende week via de klantenzone.", "", "Groeten,", "Bart"],
)

# B10 iPhone Mail (English): typographic apostrophes kept, quoted attribution
p = P("Emma Lloyd", "emma.lloyd@icloud.example", "en", "uk", "uk")
s = S("b-lloyd", "pemberton", p, xx.en_meeting, "Dear Emma,", "2027-03-22 09:40")
C(
    "en-lloyd",
    "B",
    "en",
    "ios_mail",
    "en",
    p,
    s,
    "2027-03-22 10:05",
    device=True,
    top=["Hi Oliver, Tuesday 13 at 15:30 at my office is perfect. See you then, Emma"],
)

# B11 HCL Notes (text only): wrapped at 75, straight apostrophes, link targets dropped, tables flattened
p = P("Nicole Warnant", "nicole.warnant@fonderie-warnant.example", "fr", org="warnant")
s = S(
    "b-nwarnant",
    "dewandre",
    p,
    fr.fiscal,
    "Chère Madame Warnant,",
    "2027-03-04 11:30",
    attach=["Attestation_fiscale_2026.pdf"],
)
C(
    "fr-nwarnant",
    "B",
    "fr",
    "notes",
    "fr",
    p,
    s,
    "2027-03-05 10:44",
    top=[
        "Madame Dewandre,",
        "",
        "Je transmets votre message à notre expert-comptable, le Cabinet Rasquin, qui vous répondra directement.",
        "",
        "Nicole Warnant",
        "Directrice financière",
        "Fonderie Warnant SA",
    ],
)

# B12 Orange webmail: "> Message du", straight quotes, no-break spaces made plain, links "text [url]"
p = P("Gérard Lefèvre", "gerard.lefevre@orange.example", "fr", "fr")
s = S("b-lefevre", "dewandre", p, fr.rdv, "Cher Monsieur Lefèvre,", "2027-03-09 10:10")
C(
    "fr-lefevre",
    "B",
    "fr",
    "orange",
    "fr",
    p,
    s,
    "2027-03-09 11:02",
    top=["Bonjour Madame,", "", "Jeudi 18 à 14 h 30 à votre bureau, très bien.", "", "G. Lefèvre"],
)

# B13 Zimbra (a notary's office): "----- Mail original -----", links "[ url | text ]"
p = P("Luc Mertens", "luc.mertens@notaires-collard.example", "fr", org="collard")
s = S(
    "b-mertens",
    "dewandre",
    p,
    fr.virement,
    "Cher Maître,",
    "2027-03-17 09:20",
    defunt="Monsieur Paul Debrus",
    solde="96 417,02 EUR",
)
C(
    "fr-mertens",
    "B",
    "fr",
    "zimbra",
    "fr",
    p,
    s,
    "2027-03-17 16:35",
    top=[
        "Madame,",
        "",
        "Je reviens vers vous dès que les héritiers auront signé la convention de partage.",
        "",
        "Luc Mertens",
        "Notaire associé",
    ],
)

# B14 Yahoo Mail: the quote unmarked under an indented attribution
p = P("Robert Jacquet", "robert.jacquet@yahoo.example", "fr")
s = S("b-jacquet", "dewandre", p, fr.event, "Cher Monsieur Jacquet,", "2027-03-15 09:35")
C(
    "fr-jacquet",
    "B",
    "fr",
    "yahoo",
    "fr",
    p,
    s,
    "2027-03-16 10:20",
    top=["Bonjour,", "Nous serons deux.", "Robert Jacquet"],
)

# B15 iPhone Mail (English): the person selected one paragraph before replying, so only it is quoted
p = P("Laura Bennett", "laura.bennett@icloud.example", "en", "uk", "uk")
s = S("b-bennett", "pemberton", p, xx.en_transfer, "Dear Mrs Bennett,", "2027-03-17 10:50", amount="GBP 48,000")
C(
    "en-bennett",
    "B",
    "en",
    "ios_mail",
    "en",
    p,
    s,
    "2027-03-17 13:31",
    device=True,
    top=[
        "Hi Oliver,",
        "",
        "Confirmed: the IBAN on file is the right one, GBP please, and it is for school fees. Call "
        "me any time after 2pm.",
        "",
        "Laura",
    ],
    edits=[("keep", "Before we execute it", "purpose of the payment")],
)

# B16 Gmail: the person deleted the opening and closing paragraphs and the disclaimer from the quote
p = P("Cécile Mathy", "cecile.mathy@gmail.example", "fr")
s = S("b-mathy", "dewandre", p, fr.profil, "Chère Madame Mathy,", "2027-03-10 16:55", year="2019")
C(
    "fr-mathy",
    "B",
    "fr",
    "gmail",
    "fr",
    p,
    s,
    "2027-03-11 08:30",
    top=[
        "Bonjour Madame Dewandre,",
        "",
        "J’ai répondu au questionnaire en ligne hier soir. Pour la dernière question : oui, absolument.",
        "",
        "Cécile Mathy",
    ],
    edits=[
        ("delete", "Afin de le mettre à jour", "Afin de le mettre à jour"),
        ("delete", "Vos réponses me permettront", "Vos réponses me permettront"),
        ("cutfrom", "AVERTISSEMENT – DISCLAIMER"),
    ],
)

# B17 Outlook on the web (Dutch UI), a Dutch company: banner without a tag, Safe Links, Dutch-English disclaimer
p = P("Marieke van Dijk", "m.vandijk@schoonhoven-vastgoed.example", "nl", "nl", org="schoonhoven")
s = S("b-vandijk", "vandaele", p, xx.nl_belegging, "Geachte mevrouw Van Dijk,", "2027-03-05 10:40")
C(
    "nl-vandijk",
    "B",
    "nl",
    "owa",
    "nl",
    p,
    s,
    "2027-03-05 14:18",
    top=[
        "Beste Pieter,",
        "",
        "Ik kies voor optie B, de coupon mag op de zichtrekening blijven.",
        "",
        "Groet,",
        "Marieke van Dijk",
    ],
)

# B18 Outlook for iOS: the phone numbers of the quoted signature became tel: links
p = P("Vincent Dupuis", "vincent.dupuis@gmail.example", "fr")
s = S("b-dupuis", "dewandre", p, fr.rdv, "Cher Monsieur Dupuis,", "2027-03-09 10:15")
C(
    "fr-dupuis",
    "B",
    "fr",
    "outlook_ios",
    "fr",
    p,
    s,
    "2027-03-09 13:27",
    device=True,
    top=["Bonjour Isabelle, mardi 10 h au bureau. Bonne journée, Vincent"],
    edits=[("retext", tel_links)],
)
