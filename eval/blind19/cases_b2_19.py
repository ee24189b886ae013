"""blind19, group B (part 2): controls (see cases_b19.py)."""

import tpl_fr19 as fr
import tpl_xx19 as xx
from spec19 import C, F, P, S

# B19 Outlook for Android (English), consumer account: a prospect answers above the quote
p = P("Grace Okafor", "grace.okafor@outlook.example", "en", "uk", "uk")
s = S("b-okafor", "pemberton", p, xx.en_prospect, "Dear Ms Okafor,", "2027-03-11 14:10")
C(
    "en-okafor",
    "B",
    "en",
    "outlook_android",
    "en",
    p,
    s,
    "2027-03-12 08:52",
    device=True,
    top=[
        "Hello Mr Pemberton,",
        "",
        "Yes, happy to have a call. Next Wednesday afternoon would suit me.",
        "",
        "Grace Okafor",
    ],
)

# B20 Apple Mail (German): the Luxembourg gateway's disclaimer with its leaf-icon eco line ("P Pensez ...")
p = P("Ulrike Becker", "ulrike.becker@icloud.example", "de", "de")
s = S(
    "b-becker",
    "kremer",
    p,
    xx.de_kyc,
    "Sehr geehrte Frau Becker,",
    "2027-03-04 10:10",
    prof="Architektin",
    amount="70.000 EUR",
    date="11. Februar",
)
C(
    "de-becker",
    "B",
    "de",
    "apple_mail",
    "de",
    p,
    s,
    "2027-03-05 19:20",
    top=[
        "Liebe Frau Kremer,",
        "",
        "ich lade die Unterlagen am Wochenende im Portal hoch.",
        "",
        "Herzliche Grüße",
        "Ulrike Becker",
    ],
)

# B21 Gmail (Portuguese), a Google Workspace estate with its own banner; the English disclaimer the gateway picks for
# a recipient outside Belgium and Luxembourg's neighbours; "-- " signature
p = P("Joana Sereno", "joana@valesereno.example", "pt", "pt", "wet", org="valesereno")
s = S("b-sereno", "fonseca", p, xx.pt_transfer, "Cara D. Joana,", "2027-03-19 10:10")
C(
    "pt-sereno",
    "B",
    "pt",
    "gmail",
    "pt",
    p,
    s,
    "2027-03-19 15:44",
    gmail_sig=True,
    top=["Caro Rui,", "", "Por transferência, por favor. Não renovamos o depósito.", "", "Obrigada,", "Joana"],
    sig=["Joana Sereno", "Quinta do Vale Sereno, Lda."],
)

# B22 Outlook (Italian UI), an accountant: "Da: / Inviato: / A: / Oggetto:", the office's footer after the message
p = P("Marco Ferlini", "m.ferlini@studioferlini.example", "it", "it", org="ferlini")
s = S("b-ferlini", "benedetti", p, xx.it_meeting, "Gentile Dott. Ferlini,", "2027-03-24 16:00")
C(
    "it-ferlini",
    "B",
    "it",
    "outlook",
    "it",
    p,
    s,
    "2027-03-25 09:10",
    top=[
        "Gentile Dott.ssa Benedetti,",
        "",
        "giovedì 15 aprile alle 11:00 va benissimo; porti pure la simulazione.",
        "",
        "Cordiali saluti",
        "Marco Ferlini",
    ],
)

# B23 SFR webmail: the quote wrapped at 72 with "> " kept on every piece
p = P("Alain Dupont", "alain.dupont@sfr.example", "fr", "fr")
s = S(
    "b-dupont",
    "dewandre",
    p,
    fr.fiscal,
    "Cher Monsieur Dupont,",
    "2027-03-04 11:40",
    attach=["Attestation_fiscale_2026.pdf"],
)
C(
    "fr-dupont",
    "B",
    "fr",
    "sfr",
    "fr",
    p,
    s,
    "2027-03-06 10:05",
    top=["Bonjour,", "", "Je transmets à mon comptable.", "", "A. Dupont"],
)

# B24 Free (Zimbra): Word-pasted bullets, links "[ url | text ]"
p = P("Hélène Barbier", "helene.barbier@free.example", "fr", "fr")
s = S("b-barbier", "dewandre", p, fr.docs, "Chère Madame Barbier,", "2027-03-16 12:00")
C(
    "fr-barbier",
    "B",
    "fr",
    "free",
    "fr",
    p,
    s,
    "2027-03-16 18:25",
    top=["Bonjour Madame,", "", "Je vous envoie tout cela par courrier cette semaine.", "", "Hélène Barbier"],
)

# B25 Thunderbird (English): the answer is written under the whole quote (bottom-posting)
p = P("Nigel Hartley", "nigel.hartley@btmail.example", "en", "uk", "uk")
s = S("b-hartley", "pemberton", p, xx.en_meeting, "Dear Nigel,", "2027-03-22 09:50")
C(
    "en-hartley",
    "B",
    "en",
    "thunderbird",
    "en-GB",
    p,
    s,
    "2027-03-23 07:15",
    bottom=[
        "Dear Oliver,",
        "",
        "Tuesday 13 April at 10:00 at my office would be ideal. I'll ask my lawyer to join for the trust discussion.",
        "",
        "Best,",
        "Nigel",
    ],
)

# B26 Gmail (Dutch): a follow-up quoting the first message ("*Van:*" header block in the text part)
p = P("Koen Vermeulen", "koen.vermeulen@gmail.example", "nl")
s0 = S(
    "b-vermeulen-0",
    "vandaele",
    p,
    xx.nl_kyc,
    "Beste Koen,",
    "2027-03-03 09:15",
    prof="kinesist",
    amount="18.000 EUR",
    date="14 januari",
)
s = F(
    "b-vermeulen",
    s0,
    xx.nl_relance,
    "Beste Koen,",
    "2027-03-17 09:00",
    "3 maart",
    "Zonder uw antwoord kunnen we uw dossier helaas niet afsluiten.",
)
C(
    "nl-vermeulen",
    "B",
    "nl",
    "gmail",
    "nl",
    p,
    s,
    "2027-03-17 21:40",
    top=["Hallo Pieter,", "", "Sorry, vergeten. Ik stuur alles morgen door.", "", "Koen"],
)

# B27 iPhone Mail (French): numbered list as "1.\t", no-break spaces kept
p = P("Pauline Hardy", "pauline.hardy@icloud.example", "fr")
s = S("b-hardy", "dewandre", p, fr.assurance, "Chère Madame Hardy,", "2027-03-22 10:25")
C(
    "fr-hardy",
    "B",
    "fr",
    "ios_mail",
    "fr",
    p,
    s,
    "2027-03-22 12:10",
    device=True,
    top=["Bonjour Isabelle, je passe à l’agence lundi pour en parler. Bonne journée"],
)

# B28 Outlook, a French company: a follow-up with the first message quoted, [EXTERNE], banner, tip and Safe Links
# around both; the spouse answers that they are not interested for now (not an opt-out)
p = P("Nadia Lacroix", "n.lacroix@lacroix-industrie.example", "fr", "fr", org="lacroix")
s0 = S(
    "b-nlacroix-0",
    "wery",
    p,
    fr.prospect,
    "Chère Madame Lacroix,",
    "2027-03-01 16:20",
    where="au Forum des entreprises familiales à Liège le 25 février, avec votre époux",
)
s = F(
    "b-nlacroix",
    s0,
    fr.relance,
    "Chère Madame Lacroix,",
    "2027-03-15 10:00",
    "1er mars",
    "Notre planificatrice patrimoniale, Sophie Lambotte, serait disponible pour vous rencontrer à Lille.",
)
C(
    "fr-nlacroix",
    "B",
    "fr",
    "outlook",
    "fr",
    p,
    s,
    "2027-03-16 17:05",
    top=[
        "Bonjour Monsieur Wéry,",
        "",
        "Mon époux m’a transmis votre message. Nous ne sommes pas intéressés pour le "
        "moment mais reviendrons vers vous après la cession.",
        "",
        "Cordialement,",
        "Nadia Lacroix",
        "Lacroix Industrie SAS",
    ],
)

# B29 Outlook on the web (en-GB), an assistant at the family office: banner, tip, Safe Links
p = P("Charlotte Reeve", "charlotte.reeve@thornbury-fo.example", "en", "uk", "uk", org="thornbury")
s = S("b-reeve", "pemberton", p, xx.en_meeting, "Dear Ms Reeve,", "2027-03-22 10:00")
C(
    "en-reeve",
    "B",
    "en",
    "owa",
    "en-GB",
    p,
    s,
    "2027-03-22 11:30",
    top=[
        "Dear Oliver,",
        "",
        "I manage Mr Ashworth's diary. He can do Tuesday 13 April at 15:30 in Mayfair.",
        "",
        "Kind regards,",
        "Charlotte Reeve",
        "Executive Assistant to Edward Ashworth",
    ],
)

# B30 Gmail (German)
p = P("Jürgen Roth", "juergen.roth@gmail.example", "de", "de")
s = S("b-roth", "kremer", p, xx.de_auszahlung, "Sehr geehrter Herr Roth,", "2027-03-18 09:30")
C(
    "de-roth",
    "B",
    "de",
    "gmail",
    "de",
    p,
    s,
    "2027-03-18 12:12",
    top=["Hallo Frau Kremer,", "", "bitte per Überweisung auf das bekannte Konto.", "", "Gruß", "Jürgen Roth"],
)

# B31 Outlook for iOS (Dutch labels over an English date)
p = P("Lotte Hermans", "lotte.hermans@gmail.example", "nl")
s = S("b-hermans", "vandaele", p, xx.nl_event, "Beste Lotte,", "2027-03-15 09:45")
C(
    "nl-hermans",
    "B",
    "nl",
    "outlook_ios",
    "nl",
    p,
    s,
    "2027-03-15 20:02",
    device=True,
    top=["Beste Pieter, wij komen met z’n tweeën. Groetjes, Lotte"],
)

# B32 new Outlook, HTML only (no text part)
p = P("Benoît Claessens", "benoit.claessens@outlook.example", "fr")
s = S("b-claessens", "dewandre", p, fr.rdv, "Cher Monsieur Claessens,", "2027-03-09 10:20")
C(
    "fr-claessens",
    "B",
    "fr",
    "new_outlook",
    "fr",
    p,
    s,
    "2027-03-09 16:45",
    html_only=True,
    top=["Bonjour Madame Dewandre,", "Le mardi 16 à 10 h me convient, au bureau.", "Bien à vous,", "Benoît Claessens"],
)

# B33 Yahoo Mail (English): links as "text [url]"
p = P("Margaret Doyle", "margaret.doyle@yahoo.example", "en", "uk", "uk")
s = S(
    "b-doyle",
    "pemberton",
    p,
    xx.en_kyc,
    "Dear Mrs Doyle,",
    "2027-03-02 11:50",
    company="Doyle Estates Ltd",
    date="17 February",
)
C(
    "en-doyle",
    "B",
    "en",
    "yahoo",
    "en",
    p,
    s,
    "2027-03-04 15:30",
    top=[
        "Dear Mr Pemberton,",
        "",
        "I have posted the documents to your Luxembourg office today.",
        "",
        "Yours sincerely,",
        "Margaret Doyle",
    ],
)

# B34 Gmail for Android: the table's cells joined by spaces
p = P("Damien Gérard", "damien.gerard@gmail.example", "fr")
s = S("b-gerard", "dewandre", p, fr.credit, "Cher Monsieur Gérard,", "2027-03-11 15:40")
C(
    "fr-gerard",
    "B",
    "fr",
    "gmail_android",
    "fr",
    p,
    s,
    "2027-03-11 18:02",
    top=["Merci Madame Dewandre, je vous appelle demain matin pour en parler.", "Damien"],
)

# B35 Outlook (Dutch UI), a Dutch accountant on Microsoft 365: Dutch tip, Safe Links, Dutch-English disclaimer,
# the office's eco footer after the whole message
p = P("Ruud Maas", "r.maas@maasdekker.example", "nl", "nl", org="maasdekker")
s = S("b-maas", "vandaele", p, xx.nl_afspraak, "Geachte heer Maas,", "2027-03-08 09:20", spouse="Uw echtgenote")
C(
    "nl-maas",
    "B",
    "nl",
    "outlook",
    "nl",
    p,
    s,
    "2027-03-08 13:10",
    top=[
        "Beste heer Van Daele,",
        "",
        "Donderdag 18 maart om 14.30 uur via Teams graag.",
        "",
        "Met vriendelijke groet,",
        "Ruud Maas",
    ],
)
