"""Invented senders (the people whose messages get replied to) and the
original messages they sent.  All names, firms and addresses are made up."""
from engine import Item, D

EN_R = ("Rachel Okafor", "rachel.okafor@brightpath-analytics.com")
EN_T = ("Tom Whitfield", "tom.whitfield@keystone-logistics.co.uk")
FR_C = ("Camille Roussel", "camille.roussel@helio-conseil.fr")
DE_J = ("Jonas Brandt", "jonas.brandt@feldwerk-software.de")
NL_S = ("Sanne de Wit", "sanne.dewit@polderlicht.nl")
IT_G = ("Giulia Ferrante", "giulia.ferrante@lineacorta.it")
ES_L = ("Lucía Navarro", "lucia.navarro@ventanal-digital.es")
PT_R = ("Rafael Monteiro", "rafael.monteiro@cordata.com.br")
PL_K = ("Katarzyna Zielińska", "k.zielinska@mostek-it.pl")

EN_R1 = """{greet}

I noticed {co} is hiring two financial analysts. Most finance teams we work with spend the first week of every month rebuilding the same Excel reports by hand.

BrightPath connects to your ERP and produces the month-end pack automatically. Pennine Dairies cut their close from nine days to four.

Would a 20-minute call next week be worth it?

Best regards,
Rachel Okafor
Account Executive | BrightPath Analytics
+44 20 7946 0321"""

EN_R2 = """{greet}

Just bumping this to the top of your inbox in case it got buried. Happy to send a two-minute video instead of a call if that's easier.

Best,
Rachel"""

EN_T1 = """{greet}

Keystone audits freight invoices for mid-sized manufacturers. On average we recover 4-6% of annual freight spend from duplicate charges, wrong accessorials and missed discounts.

There's no upfront fee: we only get paid out of what we recover.

Could we set up 15 minutes to see whether {co} would be a fit?

Regards,
Tom Whitfield
Keystone Logistics
Tel. +44 161 496 0750"""

FR_C1 = """{greet}

Je me permets de vous contacter car {co} connaît une belle croissance. Nous accompagnons des PME dans la structuration de leur équipe commerciale : recrutement, rémunération variable, outils de pilotage.

Seriez-vous disponible pour un échange de 20 minutes la semaine prochaine ?

Bien cordialement,

Camille Roussel
Hélio Conseil
06 12 34 56 78"""

FR_C2 = """{greet}

Je me permets de revenir vers vous suite à mon message de la semaine dernière. Avez-vous eu l'occasion d'y jeter un coup d'oeil ?

Bonne journée,
Camille"""

DE_J1 = """{greet}

ich habe gesehen, dass {co} gerade einen Instandhaltungsleiter sucht. Viele unserer Kunden planen Wartung noch in Excel und verlieren dadurch den Überblick über Prüffristen.

Feldwerk bildet Wartungspläne, Prüffristen und Störmeldungen in einer Anwendung ab, auch mobil in der Halle.

Hätten Sie nächste Woche 20 Minuten für ein kurzes Telefonat?

Mit freundlichen Grüßen
Jonas Brandt
Feldwerk Software GmbH
Tel. +49 89 2154 3310"""

DE_J2 = """{greet}

ich wollte kurz nachfassen, ob meine Nachricht von letzter Woche angekommen ist. Gerne schicke ich Ihnen vorab auch eine Kurzpräsentation.

Viele Grüße
Jonas Brandt"""

NL_S1 = """{greet}

Ik zag dat {co} flink groeit. Polderlicht helpt installatiebedrijven met het plannen van monteurs en het digitaal afhandelen van werkbonnen.

Heeft u volgende week 20 minuten voor een kort gesprek?

Met vriendelijke groet,
Sanne de Wit
Polderlicht BV
06 - 41 23 98 77"""

NL_S2 = """{greet}

Ik wilde even navragen of mijn vorige bericht is aangekomen. Zal ik anders een korte demovideo sturen?

Groet,
Sanne"""

IT_G1 = """{greet}

ho visto che {co} sta ampliando la rete vendita. Lineacorta aiuta le aziende a gestire listini e ordini dei rivenditori da un unico portale.

Avrebbe 20 minuti la prossima settimana per una breve chiamata?

Cordiali saluti,
Giulia Ferrante
Lineacorta Srl
+39 02 8736 4410"""

ES_L1 = """{greet}

He visto que {co} está creciendo este año. En Ventanal Digital ayudamos a comercios con varias tiendas a unificar el inventario de tienda y el canal online.

¿Tendría 20 minutos la próxima semana para una llamada?

Un saludo,
Lucía Navarro
Ventanal Digital
+34 911 23 45 67"""

PT_R1 = """{greet}

Vi que a {co} está contratando para a área financeira. A Cordata automatiza a conciliação bancária e o fechamento mensal para empresas de médio porte.

Você teria 20 minutos na próxima semana para uma conversa rápida?

Abraço,
Rafael Monteiro
Cordata | Executivo de Contas
+55 11 3456-7890"""

PL_K1 = """{greet}

zauważyłam, że {co} rozwija sieć magazynów. Mostek IT wdraża systemy do zarządzania magazynem dla firm średniej wielkości.

Czy {ask} 20 minut w przyszłym tygodniu na krótką rozmowę?

Pozdrawiam serdecznie,
Katarzyna Zielińska
Mostek IT Sp. z o.o.
tel. +48 22 123 45 67"""


def I(frm, to, date, subj, body, cc=(), lang=None, **fmt):
    if fmt:
        body = body.format(**fmt)
    if isinstance(to, tuple):
        to = [to]
    return Item(frm, to, date, subj, body, cc=cc, lang=lang)
