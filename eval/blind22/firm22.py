"""The firm of blind22 (invented): Vossberg Lindhardt, a family office and pension consultancy in Amsterdam, Brussels
and Copenhagen on Microsoft 365. Its staff, signatures, legal footers, the messages it sent (ORIG) and the Sent Items
copy of one client's copy of such a message.

Every client's copy of a message has its own Message-ID and greeting; the firm's Outlook writes text<target> links in
the plain text, so they appear that way in every quote.
"""

from datetime import timedelta

from mime12 import D, hexid, rfcdate, rng, text_part, thread_index
from mime22 import addr_h, msg_bytes, subj_h

DOMAIN = "vossberglindhardt.example"
WEB = f"www.{DOMAIN}<https://www.{DOMAIN}/>"
PORTAL = f"https://portaal.{DOMAIN}"

FOOT_AMS = [
    "Vossberg Lindhardt Family Office B.V. | KvK 90412876 | ingeschreven in het register van de AFM",
    "Disclaimer: Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht per vergissing "
    "ontvangen, verwijder het dan en laat het de afzender weten.",
]
FOOT_BRU_NL = [
    "Vossberg Lindhardt Belgium BV | ondernemingsnummer 0799.512.336 | RPR Brussel | FSMA-ingeschreven",
]
FOOT_BRU_FR = [
    "Vossberg Lindhardt Belgium SRL | BCE 0799.512.336 | RPM Bruxelles | inscrite auprès de la FSMA",
]
FOOT_CPH = [
    "Vossberg Lindhardt ApS | CVR-nr. 45123987 | under tilsyn af Finanstilsynet",
]

ADDR = {
    "ams": ["Vossberg Lindhardt Family Office", "Herenkade 9, 1015 AA Amsterdam"],
    "bru_nl": ["Vossberg Lindhardt Belgium", "Lindenhofstraat 21, 1050 Brussel"],
    "bru_fr": ["Vossberg Lindhardt Belgium", "Rue du Tilleul 21, 1050 Bruxelles"],
    "cph": ["Vossberg Lindhardt ApS", "Kastanjegade 12, 1260 København K"],
}

# key | name | email local part | title | closing | address | phone | footer | mailbox language
_STAFF_TABLE = """
maartje|Maartje van Vliet|m.vanvliet|Senior adviseur vermogensplanning|Met vriendelijke groet,|ams|T +31 20 555 0142|ams|nl
joost|Joost Wessels|j.wessels|Pensioenconsultant|Met vriendelijke groet,|ams|T +31 20 555 0157|ams|nl
friederike|Friederike Aalders|f.aalders|Relationship Manager DACH|Mit freundlichen Grüßen|ams|T +31 20 555 0163|ams|de
maartje_en|Maartje van Vliet|m.vanvliet|Senior Wealth Planner|Kind regards,|ams|T +31 20 555 0142|ams|nl
pieter|Pieter De Smedt|p.desmedt|Vermogensadviseur|Met vriendelijke groeten,|bru_nl|T +32 2 555 01 24|bru_nl|nl
elodie|Élodie Vandamme|e.vandamme|Conseillère patrimoniale|Bien à vous,|bru_fr|T +32 2 555 01 37|bru_fr|fr
mette|Mette Sandvad|m.sandvad|Formueplanlægger|Med venlig hilsen|cph|Tlf. +45 55 55 01 31|cph|da
anders|Anders Lykke|a.lykke|Pensionsrådgiver|Venlig hilsen|cph|Tlf. +45 55 55 01 48|cph|da
karin|Karin Ekholm|k.ekholm|Rådgivare, Sverigedesken|Med vänliga hälsningar|cph|Tel. +45 55 55 01 52|cph|sv
ingrid|Ingrid Haugland|i.haugland|Rådgiver, Norgesdesken|Med vennlig hilsen|cph|Tlf. +45 55 55 01 66|cph|no
news_nl|Vossberg Lindhardt|nieuwsbrief|||||-|nl
news_en|Vossberg Lindhardt|nieuwsbrief|||||-|en
news_da|Vossberg Lindhardt|nyhedsbrev|||||-|da
"""
FOOTERS = {"ams": FOOT_AMS, "bru_nl": FOOT_BRU_NL, "bru_fr": FOOT_BRU_FR, "cph": FOOT_CPH, "-": None}
STAFF = {}
for _row in _STAFF_TABLE.strip().split("\n"):
    _k, _name, _local, _title, _closing, _office, _phone, _foot, _lang = _row.split("|")
    STAFF[_k] = (
        _name,
        _local,
        _title or None,
        _closing or None,
        _office or None,
        _phone or None,
        FOOTERS[_foot],
        _lang,
    )


def staff(key):
    s = STAFF[key]
    return s[0], f"{s[1]}@{DOMAIN}"


def signature(key):
    name, _local, title, closing, office, phone, foot, _ = STAFF[key]
    if title is None:
        return []
    return [closing, "", name, title, "", *ADDR[office], phone, WEB, "", *foot]


def _b(s):
    return s.strip("\n").split("\n")


# key: (staff, lang, subject, local date, body lines with {greet} first; "{sig}" marks the signature)
ORIG = {
    "review_nl": (
        "maartje",
        "nl",
        "Uw jaarlijkse evaluatie 2027",
        "2027-03-02 09:41",
        _b(f"""
{{greet}}

Het is weer tijd voor uw jaarlijkse evaluatie. Ik bespreek graag de ontwikkeling van uw vermogen, uw pensioenpositie en eventuele wijzigingen in uw gezinssituatie.

Ik heb de volgende momenten beschikbaar:
- dinsdag 16 maart, 10:00 of 14:00
- donderdag 18 maart, 10:00
- maandag 22 maart, 15:00

Wilt u vooraf uw actuele pensioenoverzicht uploaden in ons portaal<{PORTAL}/upload>?

Laat u mij weten welk moment u het beste uitkomt?

{{sig}}"""),
    ),
    "transfer_nl": (
        "joost",
        "nl",
        "Waardeoverdracht pensioen: formulier en vier vragen",
        "2027-03-03 11:05",
        _b(f"""
{{greet}}

Zoals besproken kunnen wij de waardeoverdracht van uw pensioen bij uw vorige werkgever in gang zetten. Het aanvraagformulier staat klaar in het portaal<{PORTAL}/documenten>.

Voordat ik het formulier invul, heb ik nog vier vragen:

1. Bent u nog in dienst bij uw huidige werkgever?
2. Heeft u de afgelopen vijf jaar pensioen opgebouwd in het buitenland?
3. Wilt u dat wij de waardeoverdracht namens u aanvragen?
4. Naar welk adres mogen wij de formulieren sturen voor ondertekening?

Een kort antwoord per vraag is voldoende.

{{sig}}"""),
    ),
    "stak_nl": (
        "maartje",
        "nl",
        "Stukken voor de STAK, graag voor 19 maart",
        "2027-03-09 10:02",
        _b(f"""
{{greet}}

Voor de jaarlijkse actualisatie van het dossier van de Stichting Administratiekantoor ontvang ik graag de volgende stukken:

- de jaarrekening 2026 van de holding
- het aandeelhoudersregister per 1 januari 2027
- de notulen van de laatste bestuursvergadering

U kunt de stukken uploaden via deze beveiligde link<{PORTAL}/upload/stak>. Graag ontvang ik ze voor vrijdag 19 maart.

{{sig}}"""),
    ),
    "rem_nl": (
        "maartje",
        "nl",
        "Herinnering: stukken voor de STAK",
        "2027-03-23 09:05",
        _b(f"""
{{greet}}

Een korte herinnering: ik heb de jaarrekening 2026 en het aandeelhoudersregister nog niet ontvangen. Wilt u ze deze week nog uploaden<{PORTAL}/upload/stak>?

{{sig}}"""),
    ),
    "newsletter_nl": (
        "news_nl",
        "nl",
        "Kwartaalbericht maart 2027",
        "2027-03-08 07:30",
        _b(f"""
{{greet}}

In dit kwartaalbericht:
- Pensioenwet: wat verandert er in 2027 voor uw regeling?
- Schenken aan kinderen en kleinkinderen: de vrijstellingen van dit jaar
- Onze visie op rente en obligaties na het eerste kwartaal

Lees het volledige bericht op onze website<https://www.{DOMAIN}/kwartaalbericht-2027-1>.

Met vriendelijke groet,
Het team van Vossberg Lindhardt

U ontvangt dit bericht omdat u relatie bent van Vossberg Lindhardt. Wilt u geen kwartaalberichten meer ontvangen? Afmelden<https://www.{DOMAIN}/nieuwsbrief/afmelden>"""),
    ),
    "profile_be": (
        "pieter",
        "nl",
        "Vragenlijst beleggingsprofiel 2027",
        "2027-03-04 10:12",
        _b("""
{greet}

Zoals elk jaar actualiseren wij uw beleggingsprofiel. Mag ik u vragen de volgende vragen te beantwoorden?

1. Is uw beleggingshorizon nog steeds langer dan tien jaar?
2. Verwacht u de komende twee jaar grote uitgaven, bijvoorbeeld een verbouwing of een schenking aan de kinderen?
3. Wat zou u doen als uw portefeuille op korte tijd 15% daalt?
4. Wenst u dat wij duurzame fondsen voorrang geven?

Alvast bedankt voor uw antwoorden.

{sig}"""),
    ),
    "rem_be": (
        "pieter",
        "nl",
        "Herinnering: vragenlijst beleggingsprofiel",
        "2027-03-15 10:20",
        _b("""
{greet}

Mag ik u nog even herinneren aan de vragenlijst over uw beleggingsprofiel? Vier korte antwoorden volstaan.

{sig}"""),
    ),
    "bilan_fr": (
        "elodie",
        "fr",
        "Votre bilan patrimonial 2027",
        "2027-03-04 15:30",
        _b(f"""
{{greet}}

Comme chaque année, je vous propose de faire le point sur votre patrimoine et votre épargne-pension.

Je suis disponible :
- le mardi 16 mars à 10h00
- le jeudi 18 mars à 14h30
- le mercredi 24 mars à 11h00

Pourriez-vous m'envoyer avant le rendez-vous votre dernier avertissement-extrait de rôle et l'attestation fiscale de votre épargne-pension ? Vous pouvez les déposer dans votre espace client<{PORTAL}/fr/documents>.

{{sig}}"""),
    ),
    "rem_fr": (
        "elodie",
        "fr",
        "Rappel : votre bilan patrimonial",
        "2027-03-24 09:10",
        _b("""
{greet}

Je me permets de revenir vers vous au sujet de votre bilan patrimonial. Souhaitez-vous fixer un rendez-vous début avril ?

{sig}"""),
    ),
    "review_da": (
        "mette",
        "da",
        "Jeres årlige gennemgang 2027",
        "2027-03-02 13:20",
        _b(f"""
{{greet}}

Det er tid til jeres årlige gennemgang, hvor vi ser på formue, pension og eventuelle ændringer i familien.

Jeg kan tilbyde:
- tirsdag den 16. marts kl. 10.00
- onsdag den 17. marts kl. 13.30
- tirsdag den 23. marts kl. 9.00

Vil I inden mødet lægge en opdateret pensionsoversigt i jeres mappe på kundeportalen<{PORTAL}/da/dokumenter>?

Skriv blot, hvilket tidspunkt der passer jer.

{{sig}}"""),
    ),
    "profile_da": (
        "anders",
        "da",
        "Spørgeskema om din investeringsprofil",
        "2027-03-05 09:15",
        _b("""
{greet}

Som led i den årlige opfølgning vil jeg bede dig svare på fire korte spørgsmål:

1. Hvornår forventer du at gå på pension?
2. Har du andre pensionsordninger end dem, vi rådgiver om?
3. Hvor stort et midlertidigt fald i porteføljen kan du acceptere?
4. Ønsker du, at vi fortsat investerer efter ESG-kriterier?

Du er velkommen til at svare direkte i mailen.

{sig}"""),
    ),
    "rem_da": (
        "anders",
        "da",
        "Påmindelse: spørgeskema om din investeringsprofil",
        "2027-03-16 09:00",
        _b("""
{greet}

Jeg mangler stadig dine svar på spørgeskemaet om din investeringsprofil. Det tager kun et par minutter.

{sig}"""),
    ),
    "provider_da": (
        "anders",
        "da",
        "Anmodning om pensionsoversigt, kunde 58-20931",
        "2027-03-10 11:00",
        _b("""
{greet}

På vegne af vores fælles kunde (fuldmagt vedhæftet) beder vi om en opdateret oversigt over indbetalinger og depotværdi pr. 31. december 2026.

{sig}"""),
    ),
    "newsletter_da": (
        "news_da",
        "da",
        "Nyhedsbrev marts 2027",
        "2027-03-08 07:40",
        _b(f"""
{{greet}}

I dette nyhedsbrev:
- Ratepension eller livrente: hvad giver mening efter 2027?
- Generationsskifte i familieejede selskaber
- Vores syn på renter og obligationer

Læs hele nyhedsbrevet på vores hjemmeside<https://www.{DOMAIN}/da/nyhedsbrev-2027-1>.

Med venlig hilsen
Vossberg Lindhardt

Du modtager denne mail, fordi du er kunde hos Vossberg Lindhardt. Afmeld nyhedsbrevet<https://www.{DOMAIN}/da/afmeld>"""),
    ),
    "review_sv": (
        "karin",
        "sv",
        "Inför årsgenomgången 2027",
        "2027-03-03 14:01",
        _b("""
{greet}

Det är dags för vår årliga genomgång av din förvaltning och pension. Jag föreslår någon av följande tider:

- torsdag 18 mars kl. 10.00
- tisdag 23 mars kl. 14.00
- onsdag 31 mars kl. 09.30

Innan mötet har jag tre frågor:

1. Har din anställning eller lön ändrats sedan förra året?
2. Har du fått en ny pensionsprognos från ditt pensionsbolag?
3. Vill du fortsätta med det månatliga sparandet på samma nivå?

Svara gärna direkt i mejlet.

{sig}"""),
    ),
    "rem_sv": (
        "karin",
        "sv",
        "Påminnelse: årsgenomgången",
        "2027-03-16 13:00",
        _b("""
{greet}

En vänlig påminnelse om årsgenomgången. Tiden onsdag 31 mars kl. 09.30 är fortfarande ledig.

{sig}"""),
    ),
    "review_no": (
        "ingrid",
        "no",
        "Årlig gjennomgang og skattemeldingen",
        "2027-03-04 09:30",
        _b("""
{greet}

Skattemeldingen for 2026 kommer i april, og jeg vil gjerne ta den årlige gjennomgangen før det. Passer et av disse tidspunktene?

- mandag 15. mars kl. 10.00
- onsdag 17. mars kl. 14.00
- fredag 19. mars kl. 09.00

Jeg lurer også på:

1. Har du solgt eller kjøpt eiendom i 2026?
2. Har du fortsatt aksjesparekonto i banken din?
3. Skal vi sende rapporten til regnskapsføreren din som i fjor?

{sig}"""),
    ),
    "overview_de": (
        "friederike",
        "de",
        "Ihre jährliche Vermögensübersicht 2026",
        "2027-03-03 10:45",
        _b(f"""
{{greet}}

anbei erhalten Sie Ihre Vermögensübersicht für das Jahr 2026. Sie finden den Bericht auch in Ihrem Kundenportal<{PORTAL}/de/berichte>.

Für das Jahresgespräch habe ich drei Fragen:

1. Planen Sie in diesem Jahr größere Entnahmen?
2. Hat sich an Ihrer steuerlichen Ansässigkeit etwas geändert?
3. Dürfen wir den Bericht wie bisher auch Ihrem Steuerberater senden?

Gerne bespreche ich die Übersicht mit Ihnen telefonisch oder bei uns in Amsterdam.

{{sig}}"""),
    ),
    "letter_en": (
        "maartje_en",
        "en",
        "Updated engagement letter and fee schedule 2027",
        "2027-03-05 16:10",
        _b(f"""
{{greet}}

Please find our updated engagement letter and fee schedule for 2027 in the client portal<{PORTAL}/en/documents>. The main changes are:

1. The advisory fee moves from 0.55% to 0.50% on assets above EUR 2 million.
2. Pension consultancy for the family holding is now billed quarterly.
3. We can report in both EUR and GBP if you wish.

Could you let me know whether you would like reporting in GBP, and sign the letter in the portal before 31 March?

{{sig}}"""),
    ),
    "rem_en": (
        "maartje_en",
        "en",
        "Reminder: engagement letter 2027",
        "2027-03-25 10:00",
        _b("""
{greet}

A short reminder that the updated engagement letter is waiting for your signature in the portal. The deadline is Wednesday 31 March.

{sig}"""),
    ),
    "newsletter_en": (
        "news_en",
        "en",
        "Quarterly letter, March 2027",
        "2027-03-08 07:35",
        _b(f"""
{{greet}}

In this quarter's letter:
- Dutch pension reform: what changes for expatriates in 2027
- Gifting to children and grandchildren across borders
- Our view on rates and bonds after the first quarter

Read the full letter on our website<https://www.{DOMAIN}/en/quarterly-2027-1>.

Kind regards,
The Vossberg Lindhardt team

You receive this letter as a client of Vossberg Lindhardt. Unsubscribe<https://www.{DOMAIN}/en/unsubscribe>"""),
    ),
}

GENERIC_GREET = {"news_nl": "Beste relatie,", "news_en": "Dear client,", "news_da": "Kære kunde"}


def orig_sender(orig_key):
    return staff(ORIG[orig_key][0])


def copy(orig_key, case_key, who, greet=None):
    """The firm's copy of ORIG[orig_key] sent to who=(name, email): Message-ID, date, subject, body lines."""
    skey, lang, subject, when, body = ORIG[orig_key]
    r = rng("b22-orig", orig_key, case_key)
    bulk = skey.startswith("news_")
    dt = D(when, 1) + timedelta(seconds=r.randrange(5, 50) if bulk else r.randrange(0, 3) * 60 + r.randrange(60))
    if greet is None:
        greet = GENERIC_GREET.get(skey) or default_greet(lang, who[0])
    lines = []
    for ln in body:
        if ln == "{sig}":
            lines.extend(signature(skey))
        else:
            lines.append(ln.replace("{greet}", greet))
    name, email = staff(skey)
    n = r.randrange(1000, 9999)
    host = r.choice(["AM9PR04MB", "DB9PR08MB", "PAXPR04MB", "AS8PR04MB"])
    mid = f"<{host}{n}{hexid(r, 24)}@{host}{n}.eurprd0{r.randrange(1, 9)}.prod.outlook.com>"
    return dict(
        key=orig_key,
        mid=mid,
        dt=dt,
        subject=subject,
        frm=(name, email),
        to=[who],
        lines=lines,
        lang=lang,
        staff=skey,
        tindex=thread_index(r),
        mailbox_lang=STAFF[skey][7],
    )


def default_greet(lang, name):
    first = name.split()[0]
    return {
        "nl": f"Beste {first},",
        "da": f"Kære {first}",
        "sv": f"Hej {first},",
        "no": f"Hei {first},",
        "de": f"Guten Tag {name},",
        "fr": f"Bonjour {first},",
        "en": f"Dear {first},",
    }[lang]


CLANG = {"nl": "nl-NL", "da": "da-DK", "sv": "sv-SE", "no": "nb-NO", "de": "de-DE", "fr": "fr-BE", "en": "en-GB"}


def sent_raw(oc):
    """The Sent Items copy of the firm's message (text/plain, as the firm's Outlook keeps it)."""
    headers = [
        ("From", addr_h(*oc["frm"])),
        ("To", ", ".join(addr_h(*w) for w in oc["to"])),
        ("Subject", subj_h("", oc["subject"])),
        ("Thread-Topic", subj_h("", oc["subject"])),
        ("Thread-Index", oc["tindex"]),
        ("Date", rfcdate(oc["dt"])),
        ("Message-ID", oc["mid"]),
        ("Accept-Language", f"{CLANG[oc['lang']]}, en-US"),
        ("Content-Language", CLANG[oc["lang"]]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    part = text_part("\n".join(oc["lines"]) + "\n", 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
    return msg_bytes(headers, part)
