"""blind19: what the firm's advisers wrote in Dutch, English, German, Portuguese and Italian."""


# ------------------------------------------------------------------ Dutch (Pieter Van Daele; his signature opens
# with "Met vriendelijke groeten,")
def nl_kyc(g, prof="zaakvoerder", amount="120.000 EUR", date="8 februari"):
    return "Actualisering van uw klantendossier", [
        g,
        "",
        "In het kader van de periodieke actualisering van uw dossier had ik graag enkele gegevens van u bevestigd "
        "gekregen:",
        "",
        "1. Is uw fiscale woonplaats nog steeds België?",
        f"2. Oefent u nog steeds het beroep van {prof} uit?",
        f"3. Wat is de herkomst van de storting van {amount} van {date}?",
        "4. Bent u, of is een van uw naaste familieleden, een politiek prominente persoon (PEP)?",
        "",
        "De stukken kunt u ook opladen via uw [beveiligde klantenzone](https://mon.hautmont-wiltz.example/documenten).",
        "",
        "Alvast bedankt voor uw antwoord.",
    ]


def nl_afspraak(g, spouse="Uw echtgenote"):
    return "Voorstel van afspraak – jaarlijkse portefeuillebespreking", [
        g,
        "",
        "Graag zou ik met u de evolutie van uw portefeuille en uw plannen voor de komende jaren bespreken.",
        "",
        "Past dinsdag 16 maart om 10 uur of donderdag 18 maart om 14.30 uur?",
        "Komt u liever naar ons kantoor in Antwerpen of verkiest u een gesprek via Teams?",
        "",
        f"{spouse} is uiteraard ook welkom.",
    ]


def nl_belegging(g):
    return "Herbelegging vervallen obligatie", [
        g,
        "",
        "Op 15 maart vervalt uw obligatie Belgische Staat 0,80 % 2017-2027 voor een nominaal bedrag van 250.000 EUR.",
        "",
        "Voor de herbelegging stel ik twee mogelijkheden voor:",
        "* Optie A: een ladder van staatsobligaties (België, Nederland, Duitsland) met looptijden van 2 tot 6 jaar, "
        "rendement ca. 2,6 %;",
        "* Optie B: ons fonds H&W Euro Short Duration, dagelijks verhandelbaar, rendement ca. 2,9 %, jaarlijkse "
        "kosten 0,35 %.",
        "",
        "Kiest u voor optie A of optie B?",
        "Mag ik de coupon van 2.000 EUR op uw zichtrekening laten staan?",
        "",
        "Meer uitleg over het fonds vindt u in de [essentiële-informatiedocumenten]"
        "(https://www.hautmont-wiltz.example/fondsen/euro-short-duration).",
    ]


def nl_event(g):
    return "Uitnodiging – Vooruitzichten 2027, donderdag 22 april", [
        g,
        "",
        "Wij nodigen u graag uit op onze conferentie ‘Economische vooruitzichten en markten 2027’, gevolgd door een "
        "walking dinner.",
        "",
        "Donderdag 22 april 2027 om 18.30 uur",
        "Kasteel Ter Beuken, Beukenlaan 9, 2970 Schilde",
        "[Programma en wegbeschrijving](https://www.hautmont-wiltz.example/evenementen/vooruitzichten-2027)",
        "",
        "Mogen wij uw aanwezigheid en het aantal personen vernemen vóór 9 april?",
        "",
        "Wenst u geen uitnodigingen meer te ontvangen, antwoord dan eenvoudig ‘uitschrijven’ op deze e-mail.",
    ]


def nl_prospect(g):
    return "Ons gesprek op de Dag van de Familiebedrijven", [
        g,
        "",
        "Op de Dag van de Familiebedrijven in Gent spraken we kort over de overdracht van uw onderneming.",
        "",
        "Ons team vermogensplanning begeleidt regelmatig ondernemers bij zo’n overdracht: de structuur van de "
        "verkoopopbrengst, de schenking aan de kinderen en de bescherming van de partner.",
        "",
        "Staat u open voor een eerste, vrijblijvend gesprek in de komende weken?",
    ]


def nl_relance(g, when, line):
    return None, [g, "", f"Graag kom ik even terug op mijn e-mail van {when}.", "", line]


# ------------------------------------------------------------------ English (Oliver Pemberton)
def en_kyc(g, company="Ashworth Marine Ltd", date="3 February"):
    return "Periodic review of your client file", [
        g,
        "",
        "As part of our periodic review of your file, I would be grateful if you could confirm the following:",
        "",
        "1. Is your country of tax residence still the United Kingdom?",
        f"2. Are you still a director of {company}?",
        f"3. What is the source of the GBP 250,000 transferred to your account on {date}?",
        "4. Do you hold a US passport or a US green card?",
        "",
        "Supporting documents can be uploaded to your [secure client portal](https://mon.hautmont-wiltz.example/documents).",
        "",
        "Many thanks in advance.",
        "",
        "Kind regards,",
    ]


def en_mandate(g):
    return "Discretionary mandate – annual review", [
        g,
        "",
        "Ahead of the annual review of your discretionary mandate, please find below the current allocation:",
        "",
        "| Asset class | Current | Strategic |",
        "| Bonds | 38% | 40% |",
        "| Equities | 47% | 45% |",
        "| Alternatives | 9% | 10% |",
        "| Cash | 6% | 5% |",
        "",
        "A few questions before our meeting:",
        "* Should the mandate remain in EUR as reference currency, or would you prefer GBP?",
        "* Do you still wish to exclude tobacco and defence stocks?",
        "* Is the annual withdrawal of EUR 60,000 still required?",
        "",
        "I would suggest Thursday 25 March at 11:00 (Luxembourg time) by video call. Would that suit you?",
        "",
        "Kind regards,",
    ]


def en_meeting(g):
    return "Meeting in London – 13 April", [
        g,
        "",
        "I will be in London from 12 to 14 April and would be delighted to see you.",
        "",
        "Would Tuesday 13 April at 10:00 or 15:30 work for you? I can come to your office in Mayfair or we could meet "
        "at our partner’s premises in St James’s.",
        "",
        "I would also like to discuss the trust structure your lawyer mentioned in January.",
        "",
        "Best regards,",
    ]


def en_prospect(g):
    return "Following our conversation in Luxembourg", [
        g,
        "",
        "It was a pleasure meeting you at the Luxembourg Private Wealth Forum last week.",
        "",
        "As mentioned, we work with a number of internationally mobile families on the structuring of their assets "
        "across jurisdictions, including UK resident non-doms following the 2025 reforms.",
        "",
        "Would you be open to a short call in the coming weeks?",
        "",
        "Kind regards,",
    ]


def en_transfer(g, amount="GBP 250,000"):
    return "Your transfer instruction", [
        g,
        "",
        f"We have received your instruction to transfer {amount} to your account with Thameside Private Bank.",
        "",
        "Before we execute it, could you confirm by return:",
        "1. the beneficiary account number (the IBAN in your fax differs by one digit from the one on file);",
        "2. whether the transfer should be made in GBP or converted from EUR at today’s rate;",
        "3. the purpose of the payment, which we need for the transfer report.",
        "",
        "For your security, we will also call you on your registered number +44 20 7946 0381 before release.",
        "",
        "Kind regards,",
    ]


def en_relance(g, when, line):
    return None, [g, "", f"I am just following up on my email of {when}.", "", line, "", "Kind regards,"]


# ------------------------------------------------------------------ German (Anne-Marie Kremer)
def de_kyc(g, prof="Zahnarzt", amount="95.000 EUR", date="4. Februar"):
    return "Aktualisierung Ihrer Kundenunterlagen", [
        g,
        "",
        "im Rahmen der regelmäßigen Überprüfung Ihrer Kundenunterlagen bitte ich Sie um die Bestätigung folgender "
        "Angaben:",
        "",
        "1. Befindet sich Ihr steuerlicher Wohnsitz weiterhin in Deutschland?",
        f"2. Üben Sie weiterhin Ihre Tätigkeit als {prof} aus?",
        f"3. Woher stammen die Mittel der Einzahlung von {amount} vom {date}?",
        "",
        "Unterlagen können Sie gerne über Ihr [Kundenportal](https://mon.hautmont-wiltz.example/dokumente) hochladen.",
        "",
        "Vielen Dank im Voraus und freundliche Grüße",
    ]


def de_auszahlung(g):
    return "Auszahlung des Verkaufserlöses", [
        g,
        "",
        "der Erlös aus dem Verkauf Ihrer Anteile am Fonds H&W Global Equity beläuft sich auf 86.420,35 EUR.",
        "",
        "Möchten Sie die Auszahlung per Scheck oder per Überweisung?",
        "Falls per Überweisung: Soll der Betrag auf Ihr Konto bei der Sparkasse (DE89 3704 0044 0532 0130 00) "
        "überwiesen werden?",
        "",
        "Bitte beachten Sie, dass wir Auszahlungen ab 50.000 EUR telefonisch bestätigen.",
        "",
        "Mit freundlichen Grüßen",
    ]


def de_termin(g):
    return "Terminvorschlag – Depotbesprechung", [
        g,
        "",
        "gerne würde ich mit Ihnen die Entwicklung Ihres Depots und die geplante Schenkung an Ihre Tochter besprechen.",
        "",
        "Wäre Ihnen Mittwoch, der 17. März, um 10:00 Uhr in Luxemburg recht, oder lieber ein Videogespräch am "
        "Freitag, 19. März?",
        "Sollen wir Ihren Steuerberater, Herrn Dr. Vogt, dazu einladen?",
        "",
        "Mit freundlichen Grüßen",
    ]


def de_prospect(g):
    return "Unser Gespräch beim Familienunternehmertag in Trier", [
        g,
        "",
        "vielen Dank für das angenehme Gespräch beim Familienunternehmertag in Trier.",
        "",
        "Wie besprochen begleiten wir Unternehmerfamilien in Deutschland und Luxemburg bei der Strukturierung ihres "
        "Vermögens nach einem Unternehmensverkauf.",
        "",
        "Hätten Sie in den nächsten Wochen Zeit für ein unverbindliches Gespräch?",
        "",
        "Mit freundlichen Grüßen",
    ]


def de_relance(g, when, line):
    return None, [g, "", f"ich komme auf meine E-Mail vom {when} zurück.", "", line, "", "Mit freundlichen Grüßen"]


# ------------------------------------------------------------------ Portuguese (Rui Valente Fonseca)
def pt_kyc(g, date="2 de fevereiro"):
    return "Atualização do seu processo de cliente", [
        g,
        "",
        "No âmbito da atualização periódica do seu processo, agradeço que me confirme os seguintes elementos:",
        "",
        "1. Continua a ter residência fiscal no Luxemburgo?",
        "2. Continua a exercer a atividade de empresário da construção?",
        f"3. Qual a origem dos fundos da transferência de 60.000 EUR recebida a {date}?",
        "4. A sua morada em Esch-sur-Alzette mantém-se?",
        "",
        "Pode também enviar os documentos através da sua [área de cliente](https://mon.hautmont-wiltz.example/documentos).",
        "",
        "Com os melhores cumprimentos,",
    ]


def pt_transfer(g):
    return "Reembolso do depósito a prazo", [
        g,
        "",
        "O seu depósito a prazo de 100.000 EUR vence no dia 31 de março, com juros brutos de 2.750 EUR.",
        "",
        "Prefere receber o montante por cheque ou por transferência?",
        "Deseja que renovemos parte do depósito por mais 12 meses?",
        "",
        "Com os melhores cumprimentos,",
    ]


# ------------------------------------------------------------------ Italian (Chiara Benedetti)
def it_kyc(g):
    return "Aggiornamento della Sua documentazione", [
        g,
        "",
        "nell’ambito dell’aggiornamento periodico della Sua posizione, Le chiedo cortesemente di confermarmi:",
        "",
        "1. la Sua residenza fiscale (sempre Milano?);",
        "2. la Sua attività professionale attuale;",
        "3. l’origine dei fondi del bonifico di 200.000 EUR ricevuto il 19 febbraio.",
        "",
        "Può caricare i documenti nella Sua [area riservata](https://mon.hautmont-wiltz.example/documenti).",
        "",
        "Cordiali saluti,",
    ]


def it_meeting(g):
    return "Incontro a Milano – aprile", [
        g,
        "",
        "sarò a Milano dal 14 al 16 aprile e mi farebbe piacere incontrarLa.",
        "",
        "Le andrebbe bene giovedì 15 aprile alle 11:00 presso il Suo studio?",
        "Desidera che porti anche la simulazione sulla polizza vita lussemburghese?",
        "",
        "Cordiali saluti,",
    ]
