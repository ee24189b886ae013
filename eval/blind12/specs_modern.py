"""Replies written with modern clients, in English and eleven other languages (invented people and firms)."""
from mime12 import D
from render import M, P

SPECS = []


def add(slug, client, lang, builder, m, **cfg):
    SPECS.append(dict(slug=slug, client=client, lang=lang, builder=builder, m=m, cfg=cfg))


# the consultants / agencies who sent the first message (Relance users)
harriet = P("Harriet Coleman", "harriet.coleman@brightwater-advisory.com")
camille = P("Camille Verdier", "camille.verdier@cabinet-aubrac.fr")
jonas = P("Jonas Pfeiffer", "jonas.pfeiffer@nordlicht-agentur.de")
sanne = P("Sanne de Wit", "sanne@studiokanaal.nl")
giulia = P("Giulia Ferraresi", "g.ferraresi@altavia-consulenze.it")
lucia = P("Lucía Navarro", "lucia.navarro@barlovento-asesores.es")
rafael = P("Rafael Moura", "rafael.moura@caravela-agencia.com.br")
kasia = P("Katarzyna Wójcik", "k.wojcik@doradztwo-wislane.pl")
elin = P("Elin Sandberg", "elin.sandberg@fjordkonsult.se")
mads = P("Mads Kjeldsen", "mads@kjeldsen-raadgivning.dk")
tomas = P("Tomáš Dvořák", "tomas.dvorak@poradna-vltava.cz")
anna = P("Анна Соколова", "a.sokolova@konsalt-neva.ru")


def orig(frm, to, date, subject, text, client="outlook", lang="en", h="div"):
    return M(frm, [to], date, subject, text, client=client, lang=lang, h=h)


# ==========================================================================
# Gmail web
# ==========================================================================
marcus = P("Marcus Webb", "marcus@webbjoinery.co.uk")
q = orig(harriet, marcus, D("2024-03-12 10:15:00", 0), "Cash-flow forecast for the new workshop", """
    Hi Marcus,

    As promised, attached is the 18-month cash-flow forecast for the new workshop, with the two financing scenarios we discussed (asset finance on the CNC router vs. a straight bank loan).

    Scenario B keeps you above the overdraft limit in every month, even with the slower ramp-up. Could you let me know which one you'd like to take to the bank?

    Best regards,
    Harriet

    Harriet Coleman
    Brightwater Advisory
    +44 161 555 0192""", client="outlook")
m = M(marcus, [harriet], D("2024-03-13 08:02:41", 0), "Re: Cash-flow forecast for the new workshop", """
    Morning Harriet,

    Thanks for this, very clear. Let's go with scenario B. I've got a meeting with Alison at the bank on the 21st so if you could send me a one-page summary before then that would be brilliant.

    One thing - the rent goes up to £2,150 a month from June, not £1,950. Does that change much?

    Cheers,
    Marcus

    --
    Marcus Webb
    Webb Joinery Ltd
    07700 900 318""", quote=q, style="wrote", client="gmail", lang="en", opt=dict(ilang="en-gb"))
add("cashflow-scenario-b", "gmail", "en", "gmail", m)

owen = P("Owen Castellanos-Whitfield", "owen.castellanos-whitfield@harborlightfoundation.org")
q = orig(harriet, owen, D("2024-05-07 15:48:00", -4), "Board retreat facilitation - proposal", """
    Dear Owen,

    Thank you for the call on Friday. Please find attached our proposal for facilitating the board retreat on June 14-15, including the pre-retreat survey and the two breakout sessions on the endowment strategy.

    I'd be happy to walk the executive committee through it if that would help.

    Kind regards,
    Harriet""", client="outlook")
m = M(owen, [harriet], D("2024-05-09 17:20:05", -4), "Re: Board retreat facilitation - proposal", """
    Hi Harriet,

    The executive committee reviewed the proposal yesterday and we'd like to move forward. Two small changes: can we drop the second breakout session and use that time for a longer Q&A with the investment committee chair? And we'd need the survey to go out no later than May 24.

    Please send over the engagement letter when you're ready.

    Thanks,
    Owen

    Owen Castellanos-Whitfield
    Executive Director | Harbor Light Foundation
    (617) 555-0143""", quote=q, style="wrote", client="gmail", lang="en", opt=dict(intro_wrap=76))
add("retreat-wrapped-intro", "gmail", "en", "gmail", m)

# ---- fr
helene = P("Hélène Marchand", "helene.marchand@gmail.com")
q = orig(camille, helene, D("2024-03-12 10:15:00", 1), "Votre bilan patrimonial", """
    Bonjour Madame Marchand,

    Suite à notre rendez-vous de jeudi, je vous adresse ci-joint votre bilan patrimonial ainsi que nos recommandations concernant l'assurance-vie et le PER.

    Je reste à votre disposition pour en discuter.

    Bien cordialement,
    Camille Verdier
    Cabinet Aubrac - Conseil en gestion de patrimoine
    04 73 55 01 27""", client="outlook", lang="fr")
m = M(helene, [camille], D("2024-03-14 21:37:12", 1), "Re: Votre bilan patrimonial", """
    Bonsoir Madame Verdier,

    Merci pour ce document très complet. Mon mari et moi sommes d'accord sur le principe du PER, mais nous aimerions mieux comprendre les frais de gestion sur l'assurance-vie avant de nous engager.

    Seriez-vous disponible le mardi 19 en fin de journée ?

    Bien à vous,
    Hélène Marchand""", quote=q, style="wrote", client="gmail", lang="fr")
add("bilan-per-frais", "gmail", "fr", "gmail", m)

# ---- de
petra = P("Petra Lange", "petra.lange@lange-moebelhaus.de")
q = orig(jonas, petra, D("2024-04-09 09:30:00", 2), "Angebot Website-Relaunch", """
    Hallo Frau Lange,

    wie besprochen sende ich Ihnen anbei unser Angebot für den Relaunch Ihrer Website inklusive Online-Terminbuchung für die Küchenplanung.

    Die Umsetzung könnten wir ab Mitte Mai starten.

    Viele Grüße
    Jonas Pfeiffer
    Nordlicht Agentur GmbH""", client="outlook", lang="de")
m = M(petra, [jonas], D("2024-04-11 14:02:33", 2), "Re: Angebot Website-Relaunch", """
    Hallo Herr Pfeiffer,

    vielen Dank für das Angebot. Grundsätzlich passt das für uns, allerdings brauchen wir die Terminbuchung auch für die Filiale in Lüneburg. Können Sie das noch ergänzen und mir ein angepasstes Angebot schicken?

    Der Start Mitte Mai wäre gut.

    Freundliche Grüße
    Petra Lange

    Möbelhaus Lange GmbH & Co. KG
    Bahnhofstraße 14, 21335 Lüneburg""", quote=q, style="wrote", client="gmail", lang="de")
add("relaunch-filiale", "gmail", "de", "gmail", m)

# ---- es
jorge = P("Jorge Beltrán", "jorge.beltran@bodegasalcudia.es")
q = orig(lucia, jorge, D("2024-03-12 10:15:00", 1), "Propuesta de asesoramiento fiscal 2024", """
    Estimado Jorge:

    Le adjunto la propuesta de asesoramiento fiscal y contable para 2024, con las dos opciones de tarifa que comentamos por teléfono.

    Quedo a la espera de sus comentarios.

    Un saludo,
    Lucía Navarro
    Barlovento Asesores""", client="outlook", lang="es")
m = M(jorge, [lucia], D("2024-03-12 18:44:09", 1), "Re: Propuesta de asesoramiento fiscal 2024", """
    Hola Lucía,

    Gracias por la propuesta. Nos interesa la opción 2, pero necesitamos que incluya también la presentación del modelo 232 de operaciones vinculadas, que este año nos toca por primera vez.

    ¿Podrías mandarme la propuesta actualizada antes del viernes?

    Saludos,
    Jorge Beltrán
    Bodegas Alcudia""", quote=q, style="wrote", client="gmail", lang="es")
add("asesoria-modelo232", "gmail", "es", "gmail", m)

# ---- pt (BR)
beatriz = P("Beatriz Almeida", "beatriz@almeidacafes.com.br")
q = orig(rafael, beatriz, D("2024-03-12 10:15:00", -3), "Proposta - campanha de inverno", """
    Oi Beatriz,

    Segue em anexo a proposta para a campanha de inverno, com o cronograma e os valores para Instagram e mídia local.

    Abraços,
    Rafael Moura
    Caravela Agência""", client="gmail", lang="pt")
m = M(beatriz, [rafael], D("2024-03-13 11:26:50", -3), "Re: Proposta - campanha de inverno", """
    Oi Rafael, tudo bem?

    Gostamos muito da proposta! Só precisamos reduzir o valor da mídia local em uns 20%, porque o orçamento do trimestre já está apertado. Dá pra ajustar?

    Se der, já podemos assinar na semana que vem.

    Beijos,
    Bia""", quote=q, style="wrote", client="gmail", lang="pt")
add("campanha-inverno", "gmail", "pt", "gmail", m)

# ---- it
marco = P("Marco Rinaldi", "marco.rinaldi@rinaldi-ceramiche.it")
q = orig(giulia, marco, D("2024-03-12 10:15:00", 1), "Preventivo consulenza export", """
    Gentile Marco,

    come concordato le invio il preventivo per la consulenza sull'export verso il mercato tedesco, comprensivo dell'analisi dei distributori.

    Resto a disposizione per qualsiasi chiarimento.

    Cordiali saluti,
    Giulia Ferraresi
    Altavia Consulenze""", client="outlook", lang="it")
m = M(marco, [giulia], D("2024-03-15 08:51:17", 1), "Re: Preventivo consulenza export", """
    Buongiorno Giulia,

    il preventivo va bene. Le chiederei solo di dividere il pagamento in due rate, la seconda a fine giugno.

    Se per lei è ok, mi mandi pure il contratto da firmare.

    Grazie e buona giornata,
    Marco Rinaldi
    Rinaldi Ceramiche S.r.l.""", quote=q, style="wrote", client="gmail", lang="it")
add("export-due-rate", "gmail", "it", "gmail", m)

# ---- nl
pieter = P("Pieter Hoekstra", "pieter@hoekstra-bouw.nl")
q = orig(sanne, pieter, D("2024-03-12 10:15:00", 1), "Offerte nieuwe huisstijl", """
    Hoi Pieter,

    Zoals beloofd hierbij de offerte voor de nieuwe huisstijl, inclusief logo, briefpapier en de belettering van de bussen.

    Laat maar weten wat je ervan vindt!

    Groetjes,
    Sanne""", client="gmail", lang="nl")
m = M(pieter, [sanne], D("2024-03-12 16:05:42", 1), "Re: Offerte nieuwe huisstijl", """
    Hoi Sanne,

    Ziet er goed uit. We hebben alleen vijf bussen in plaats van drie, kun je de belettering daarop aanpassen?

    Dan kunnen we volgende week starten wat mij betreft.

    Groet,
    Pieter Hoekstra
    Hoekstra Bouw B.V.
    06 12345678""", quote=q, style="wrote", client="gmail", lang="nl")
add("huisstijl-bussen", "gmail", "nl", "gmail", m)

# ---- pl
marek = P("Marek Zieliński", "marek.zielinski@zielinski-transport.pl")
q = orig(kasia, marek, D("2024-03-12 10:15:00", 1), "Oferta - audyt kosztów floty", """
    Dzień dobry Panie Marku,

    w załączeniu przesyłam ofertę na audyt kosztów floty, zgodnie z naszą rozmową z zeszłego tygodnia.

    Pozdrawiam serdecznie,
    Katarzyna Wójcik
    Doradztwo Wiślane""", client="outlook", lang="pl")
m = M(marek, [kasia], D("2024-03-12 13:40:12", 1), "Re: Oferta - audyt kosztów floty", """
    Dzień dobry Pani Katarzyno,

    dziękuję za ofertę. Zakres nam odpowiada, ale termin realizacji musiałby się skończyć przed końcem kwietnia, bo wtedy negocjujemy nowe umowy leasingowe.

    Czy to jest możliwe?

    Z poważaniem,
    Marek Zieliński
    Zieliński Transport Sp. z o.o.""", quote=q, style="wrote", client="gmail", lang="pl")
add("audyt-floty-termin", "gmail", "pl", "gmail", m)

# ---- sv
johan = P("Johan Lindqvist", "johan@lindqvist-bygg.se")
q = orig(elin, johan, D("2024-03-12 10:15:00", 1), "Offert - ledarskapsutbildning", """
    Hej Johan,

    Här kommer offerten för ledarskapsutbildningen för era platschefer, två heldagar i april och en uppföljning i juni.

    Hör av dig om du har frågor!

    Vänliga hälsningar
    Elin Sandberg
    Fjordkonsult AB""", client="outlook", lang="sv")
m = M(johan, [elin], D("2024-03-13 07:12:30", 1), "Re: Offert - ledarskapsutbildning", """
    Hej Elin,

    Tack för offerten. Vi kör på det, men kan vi flytta första dagen till vecka 16? Vecka 15 har vi besiktning i Uppsala.

    Mvh
    Johan Lindqvist
    Lindqvist Bygg AB""", quote=q, style="wrote", client="gmail", lang="sv")
add("utbildning-vecka16", "gmail", "sv", "gmail", m)

# ---- cs
petr = P("Petr Novák", "petr.novak@novak-strojirna.cz")
q = orig(tomas, petr, D("2024-03-12 10:15:00", 1), "Nabídka - energetický audit", """
    Dobrý den, pane Nováku,

    v příloze Vám zasílám nabídku na energetický audit výrobní haly, jak jsme se domluvili na schůzce.

    S pozdravem
    Tomáš Dvořák
    Poradna Vltava s.r.o.""", client="outlook", lang="cs")
m = M(petr, [tomas], D("2024-03-12 15:33:01", 1), "Re: Nabídka - energetický audit", """
    Dobrý den,

    děkuji za nabídku. Cena je v pořádku, jen bychom potřebovali audit dokončit do konce května kvůli žádosti o dotaci.

    Dejte mi prosím vědět, jestli je to reálné.

    S pozdravem
    Petr Novák""", quote=q, style="wrote", client="gmail", lang="cs")
add("audit-dotace", "gmail", "cs", "gmail", m)

# ---- ru
igor = P("Игорь Васильев", "i.vasiliev@stroymontazh-spb.ru")
q = orig(anna, igor, D("2024-03-12 10:15:00", 3), "Коммерческое предложение по аудиту", """
    Добрый день, Игорь Петрович!

    Направляю Вам коммерческое предложение по проведению аудита за 2023 год.

    С уважением,
    Анна Соколова
    Консалт-Нева""", client="outlook", lang="ru")
m = M(igor, [anna], D("2024-03-13 09:48:22", 3), "Re: Коммерческое предложение по аудиту", """
    Анна, добрый день!

    Предложение посмотрели, в целом устраивает. Можно ли разбить оплату на два платежа — 50% при подписании и 50% после сдачи отчета?

    Спасибо,
    Игорь Васильев
    ООО «СтройМонтаж»""", quote=q, style="wrote", client="gmail", lang="ru")
add("audit-dva-platezha", "gmail", "ru", "gmail", m)

# ---- da
lotte = P("Lotte Brandt", "lotte@brandt-tandklinik.dk")
q = orig(mads, lotte, D("2024-03-12 10:15:00", 1), "Tilbud på regnskabsassistance", """
    Hej Lotte,

    Som aftalt sender jeg hermed vores tilbud på regnskabsassistance og momsindberetning for klinikken.

    Venlig hilsen
    Mads Kjeldsen""", client="outlook", lang="da")
m = M(lotte, [mads], D("2024-03-14 12:01:45", 1), "Re: Tilbud på regnskabsassistance", """
    Hej Mads,

    Tak for tilbuddet. Vi vil gerne takke ja, men kan I også tage lønkørsel for vores fire ansatte med?

    Venlig hilsen
    Lotte Brandt
    Brandt Tandklinik""", quote=q, style="wrote", client="gmail", lang="da")
add("regnskab-loen", "gmail", "da", "gmail", m)

# ==========================================================================
# Gmail mobile apps
# ==========================================================================
julien = P("Julien Favre", "julien.favre@gmail.com")
q = orig(camille, julien, D("2024-06-04 11:00:00", 2), "Rendez-vous signature", """
    Bonjour Julien,

    Je vous propose de fixer le rendez-vous de signature pour la SCPI le jeudi 13 juin à 18h au cabinet. Cela vous convient-il ?

    Bien cordialement,
    Camille Verdier""", client="outlook", lang="fr")
m = M(julien, [camille], D("2024-06-04 12:47:03", 2), "Re: Rendez-vous signature", """
    Bonjour,
    Jeudi 18h c'est parfait pour moi, ma femme viendra aussi.
    A jeudi
    Julien""", quote=q, style="wrote", client="gmail_mobile", lang="fr", h="auto")
add("signature-scpi-android", "gmail_mobile", "fr", "gmail", m, mobile=True)

dana2 = P("Dana Kowalczyk", "danakowalczyk88@gmail.com")
q = orig(harriet, dana2, D("2024-09-17 09:05:00", -4), "Thursday check-in", """
    Hi Dana,

    Are we still on for Thursday at 2pm to go through the Q3 numbers? I can do a video call if that's easier.

    Harriet""", client="outlook")
m = M(dana2, [harriet], D("2024-09-17 09:31:40", -4), "Re: Thursday check-in", """
    Yes still on, video works better. Ill send a link""", quote=q, style="wrote", client="gmail_mobile", lang="en",
      h="auto")
add("checkin-ios-short", "gmail_mobile", "en", "gmail", m, mobile=True)

# ==========================================================================
# Apple Mail (macOS) and iOS Mail
# ==========================================================================
grace = P("Grace Holloway", "grace@hollowayarchitects.com")
q = orig(harriet, grace, D("2024-02-20 16:30:00", -5), "Partnership agreement - draft 2", """
    Hi Grace,

    Draft 2 of the partnership agreement is attached. I've reflected the buy-out formula we discussed and the non-compete for the two new partners.

    Best,
    Harriet""", client="outlook")
m = M(grace, [harriet], D("2024-02-21 07:55:12", -5), "Re: Partnership agreement - draft 2", """
    Harriet,

    Thanks - this looks right. Tom wants to shorten the non-compete to 12 months and limit it to the metro area; otherwise we're good to sign.

    Best,
    Grace

    Grace Holloway, AIA
    Holloway Architects
    (312) 555-0176""", quote=q, style="wrote", client="apple_mail", lang="en")
add("partnership-noncompete", "apple_mail", "en", "apple", m)

luc = P("Luc Berthier", "luc.berthier@icloud.com")
q = orig(camille, luc, D("2024-03-12 10:15:00", 1), "Simulation rachat de crédit", """
    Bonjour Monsieur Berthier,

    Vous trouverez ci-joint la simulation de rachat de crédit avec une durée de 15 ans et de 20 ans.

    Cordialement,
    Camille Verdier""", client="outlook", lang="fr")
m = M(luc, [camille], D("2024-03-12 19:20:31", 1), "Re: Simulation rachat de crédit", """
    Bonsoir,

    Merci pour la simulation. La version sur 15 ans nous convient mieux. Pouvez-vous lancer le dossier auprès de la banque ?

    Luc Berthier""", quote=q, style="wrote", client="apple_mail", lang="fr")
add("rachat-credit-15ans", "apple_mail", "fr", "apple", m)

stefan = P("Stefan Brückner", "stefan.brueckner@t-online.de")
q = orig(jonas, stefan, D("2024-03-12 10:15:00", 1), "Entwürfe Flyer Frühjahrsaktion", """
    Hallo Herr Brückner,

    anbei die drei Entwürfe für den Flyer zur Frühjahrsaktion. Welche Variante gefällt Ihnen am besten?

    Viele Grüße
    Jonas Pfeiffer""", client="outlook", lang="de")
m = M(stefan, [jonas], D("2024-03-12 17:42:10", 1), "Re: Entwürfe Flyer Frühjahrsaktion", """
    Hallo Herr Pfeiffer,

    Variante 2, aber bitte mit dem alten Logo. Auflage 5000 Stück.

    Gruß
    S. Brückner

    Von meinem iPhone gesendet""", quote=q, style="wrote", client="iphone_mail", lang="de",
      opt=dict(quoted_intro=True))
add("flyer-variante2-ios", "iphone_mail", "de", "apple", m, ios=True)

femke = P("Femke Jansen", "femke.jansen@kpnmail.nl")
q = orig(sanne, femke, D("2024-03-12 10:15:00", 1), "Planning fotoshoot", """
    Hoi Femke,

    Zullen we de fotoshoot voor de nieuwe collectie op 28 maart doen? Dan reserveer ik de studio.

    Groetjes,
    Sanne""", client="gmail", lang="nl")
m = M(femke, [sanne], D("2024-03-12 12:03:55", 1), "Re: Planning fotoshoot", """
    28 maart is goed! Ik neem de modellen mee.

    Verstuurd vanaf mijn iPhone""", quote=q, style="wrote", client="iphone_mail", lang="nl",
      opt=dict(quoted_intro=True))
add("fotoshoot-ios", "iphone_mail", "nl", "apple", m, ios=True)

chiara = P("Chiara Bassi", "chiara.bassi@libero.it")
q = orig(giulia, chiara, D("2024-03-12 10:15:00", 1), "Documenti per la pratica", """
    Buongiorno Chiara,

    per completare la pratica mi servirebbero ancora l'ultima dichiarazione dei redditi e la visura camerale aggiornata.

    Grazie,
    Giulia Ferraresi""", client="outlook", lang="it")
m = M(chiara, [giulia], D("2024-03-12 13:17:22", 1), "Re: Documenti per la pratica", """
    Buongiorno, la dichiarazione gliela mando stasera dal pc, la visura la chiedo domani al commercialista.
    Saluti
    Chiara

    Inviato da iPhone""", quote=q, style="wrote", client="iphone_mail", lang="it", opt=dict(quoted_intro=True))
add("pratica-documenti-ios", "iphone_mail", "it", "apple", m, ios=True)

alvaro = P("Álvaro Ruiz", "alvaro.ruiz@hotmail.es")
q = orig(lucia, alvaro, D("2024-03-12 10:15:00", 1), "Declaración de la renta 2023", """
    Hola Álvaro:

    Para preparar tu declaración de la renta necesito el certificado de retenciones de la empresa y los recibos del alquiler.

    Un saludo,
    Lucía""", client="outlook", lang="es")
m = M(alvaro, [lucia], D("2024-03-12 20:55:06", 1), "Re: Declaración de la renta 2023", """
    Hola Lucía, te lo mando todo mañana por la mañana, ahora no tengo el ordenador.

    Enviado desde mi iPhone""", quote=q, style="wrote", client="iphone_mail", lang="es", opt=dict(quoted_intro=True))
add("renta-manana-ios", "iphone_mail", "es", "apple", m, ios=True)

tomasz = P("Tomasz Kaczmarek", "t.kaczmarek@onet.pl")
q = orig(kasia, tomasz, D("2024-03-12 10:15:00", 1), "Spotkanie w sprawie biznesplanu", """
    Dzień dobry,

    czy możemy się spotkać w przyszły wtorek o 10:00, żeby omówić biznesplan do wniosku o dotację?

    Pozdrawiam,
    Katarzyna Wójcik""", client="outlook", lang="pl")
m = M(tomasz, [kasia], D("2024-03-12 10:48:30", 1), "Re: Spotkanie w sprawie biznesplanu", """
    Dzień dobry, wtorek 10:00 pasuje. Do zobaczenia.

    Tomasz Kaczmarek

    Wysłane z iPhone'a""", quote=q, style="wrote", client="iphone_mail", lang="pl", opt=dict(quoted_intro=True))
add("biznesplan-ios", "iphone_mail", "pl", "apple", m, ios=True)

karin = P("Karin Öberg", "karin.oberg@telia.com")
q = orig(elin, karin, D("2024-03-12 10:15:00", 1), "Workshop i maj", """
    Hej Karin,

    Passar det att vi håller workshopen för ledningsgruppen den 14 maj i Västerås?

    Hälsningar
    Elin""", client="outlook", lang="sv")
m = M(karin, [elin], D("2024-03-12 11:22:17", 1), "Re: Workshop i maj", """
    Hej! 14 maj funkar bra, jag bokar lokalen.

    /Karin

    Skickat från min iPhone""", quote=q, style="wrote", client="iphone_mail", lang="sv", opt=dict(quoted_intro=True))
add("workshop-maj-ios", "iphone_mail", "sv", "apple", m, ios=True)

ray = P("Ray Dunford", "ray.dunford@me.com")
q = orig(harriet, ray, D("2024-10-01 14:00:00", -4), "Engagement letter", """
    Hi Ray,

    Just checking whether you had a chance to look at the engagement letter I sent last week? Happy to answer any questions.

    Harriet""", client="outlook")
m = M(ray, [harriet], D("2024-10-01 18:36:52", -4), "Re: Engagement letter", """
    Sorry harriet been on the road all week. Signed it at the airport, youll have it by tomrrow. The retainer is fine.

    Ray

    Sent from my iPhone""", quote=q, style="wrote", client="iphone_mail", lang="en", opt=dict(quoted_intro=True))
add("engagement-typos-ios", "iphone_mail", "en", "apple", m, ios=True)

# ==========================================================================
# Outlook desktop (Microsoft 365), localised header blocks
# ==========================================================================
klaus = P("Klaus Hoffmann", "k.hoffmann@hoffmann-metallbau.de")
q = orig(jonas, klaus, D("2024-03-12 10:15:00", 1), "Angebot Messestand Hannover", """
    Sehr geehrter Herr Hoffmann,

    anbei erhalten Sie unser Angebot für Konzeption und Bau Ihres Messestands auf der Hannover Messe (Halle 17, 48 m²).

    Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

    Mit freundlichen Grüßen
    Jonas Pfeiffer
    Nordlicht Agentur GmbH""", client="gmail", lang="de")
m = M(klaus, [jonas], D("2024-03-13 16:08:44", 1), "AW: Angebot Messestand Hannover", [
    "Sehr geehrter Herr Pfeiffer,", "",
    "vielen Dank für Ihr Angebot. Wir möchten den Stand gerne mit Ihnen umsetzen, allerdings hat sich die Fläche "
    "auf 60 m² vergrößert (Eckstand). Bitte passen Sie das Angebot entsprechend an.", "",
    "Außerdem benötigen wir einen abschließbaren Lagerraum von ca. 4 m².", "",
    "Mit freundlichen Grüßen", "", "Klaus Hoffmann", "Geschäftsführer", "",
    "Hoffmann Metallbau GmbH", "Industriestraße 7 | 30179 Hannover",
    "Tel.:\xa0+49 511 555 0147 | Fax: +49 511 555 0148",
    "Geschäftsführer: Klaus Hoffmann | Amtsgericht Hannover HRB 55123 | USt-IdNr. DE123456789"],
    quote=q, style="ol_new", client="outlook", lang="de", h="mso", opt=dict(modern=True))
add("messestand-eckstand", "outlook", "de", "outlook_html", m, ver="365", cs="iso-8859-1", lang_tag="de-DE")

joost = P("Joost van Dijk", "j.vandijk@vandijk-logistiek.nl")
q = orig(sanne, joost, D("2024-03-12 10:15:00", 1), "Voorstel nieuwe website", """
    Beste Joost,

    In de bijlage vind je ons voorstel voor de nieuwe website, inclusief de koppeling met jullie track & trace systeem.

    Met vriendelijke groet,
    Sanne de Wit
    Studio Kanaal""", client="gmail", lang="nl")
m = M(joost, [sanne], D("2024-03-14 09:12:20", 1), "RE: Voorstel nieuwe website", """
    Beste Sanne,

    Bedankt voor het voorstel. We willen graag verder, maar de koppeling met track & trace moet via de API van ons nieuwe TMS lopen, niet via de oude FTP-export. Kun je het voorstel daarop aanpassen?

    Met vriendelijke groet,

    Joost van Dijk
    Van Dijk Logistiek B.V.
    T +31 10 555 0134""", quote=q, style="ol_new", client="outlook", lang="nl", h="mso", opt=dict(modern=True))
add("website-tms-api", "outlook", "nl", "outlook_html", m, ver="365", cs="us-ascii", lang_tag="nl-NL")

franco = P("Francesca Moretti", "f.moretti@morettiarredamenti.it")
q = orig(giulia, franco, D("2024-03-12 10:15:00", 1), "Proposta piano marketing 2024", """
    Gentile Francesca,

    le invio in allegato la proposta per il piano marketing 2024, con il budget suddiviso per trimestre.

    Cordiali saluti,
    Giulia Ferraresi""", client="gmail", lang="it")
m = M(franco, [giulia], D("2024-03-13 11:40:05", 1), "R: Proposta piano marketing 2024", """
    Gentile Giulia,

    grazie per la proposta. Il budget del secondo trimestre mi sembra alto rispetto agli altri: è possibile spostare una parte delle fiere al terzo trimestre?

    Ne parliamo volentieri venerdì.

    Cordiali saluti
    Francesca Moretti
    Moretti Arredamenti S.p.A.""", quote=q, style="ol_new", client="outlook", lang="it", h="mso",
      opt=dict(modern=True))
add("marketing-budget-q2", "outlook", "it", "outlook_html", m, ver="365", cs="iso-8859-1", lang_tag="it-IT")

carmen = P("Carmen Ortega", "cortega@ortega-distribuciones.es")
q = orig(lucia, carmen, D("2024-03-12 10:15:00", 1), "Presupuesto auditoría 2023", """
    Estimada Carmen:

    Adjunto le remito el presupuesto para la auditoría de las cuentas anuales de 2023.

    Atentamente,
    Lucía Navarro""", client="gmail", lang="es")
m = M(carmen, [lucia], D("2024-03-12 17:22:48", 1), "RE: Presupuesto auditoría 2023", """
    Buenas tardes, Lucía:

    Hemos revisado el presupuesto y lo aceptamos. Necesitaríamos empezar el trabajo de campo la primera semana de abril, ¿es posible?

    Un saludo,

    Carmen Ortega
    Directora Financiera
    Ortega Distribuciones, S.L.
    Tel. 96 555 01 23""", quote=q, style="ol_new", client="outlook", lang="es", h="mso", opt=dict(modern=True))
add("auditoria-trabajo-campo", "outlook", "es", "outlook_html", m, ver="365", cs="iso-8859-1", lang_tag="es-ES")

agnieszka = P("Agnieszka Lewandowska", "a.lewandowska@lewandowska-biuro.pl")
q = orig(kasia, agnieszka, D("2024-03-12 10:15:00", 1), "Umowa na doradztwo podatkowe", """
    Dzień dobry Pani Agnieszko,

    w załączeniu przesyłam projekt umowy na doradztwo podatkowe na 2024 rok.

    Z poważaniem,
    Katarzyna Wójcik""", client="gmail", lang="pl")
m = M(agnieszka, [kasia], D("2024-03-13 08:30:15", 1), "RE: Umowa na doradztwo podatkowe", """
    Dzień dobry,

    dziękuję za projekt umowy. Mam jedną uwagę: w paragrafie 4 okres wypowiedzenia powinien wynosić jeden miesiąc, a nie trzy. Proszę o poprawienie i przesłanie ostatecznej wersji do podpisu.

    Pozdrawiam,
    Agnieszka Lewandowska
    Biuro Rachunkowe Lewandowska
    tel. 22 555 01 38""", quote=q, style="ol_new", client="outlook", lang="pl", h="mso", opt=dict(modern=True))
add("umowa-wypowiedzenie", "outlook", "pl", "outlook_html", m, ver="365", cs="iso-8859-2", lang_tag="pl-PL")

sophie = P("Sophie Lemaire", "s.lemaire@lemaire-immobilier.fr")
q = orig(camille, sophie, D("2024-03-12 10:15:00", 1), "Proposition d'accompagnement - cession de parts", """
    Madame,

    Je vous prie de trouver ci-joint notre proposition d'accompagnement pour la cession de vos parts sociales.

    Je reste à votre disposition.

    Bien cordialement,
    Camille Verdier""", client="gmail", lang="fr")
m = M(sophie, [camille], D("2024-03-15 18:05:33", 1), "RE : Proposition d'accompagnement - cession de parts", """
    Bonjour Madame Verdier,

    Merci pour votre proposition. Avant de la valider, j'aurais besoin de savoir si l'accompagnement comprend aussi l'optimisation fiscale de la plus-value (apport-cession notamment).

    Pourriez-vous me rappeler lundi ?

    Cordialement,

    Sophie Lemaire
    Gérante
    Lemaire Immobilier
    06 55 55 01 42""", quote=q, style="ol_new", client="outlook", lang="fr", h="mso", opt=dict(modern=False))
add("cession-apport", "outlook", "fr", "outlook_html", m, ver="2016", cs="iso-8859-1", lang_tag="fr-FR")

ricardo = P("Ricardo Fonseca", "ricardo.fonseca@fonsecaimoveis.com.br")
q = orig(rafael, ricardo, D("2024-03-12 10:15:00", -3), "Orçamento - vídeo institucional", """
    Olá Ricardo,

    Conforme conversamos, segue o orçamento para o vídeo institucional da Fonseca Imóveis.

    Att.,
    Rafael Moura""", client="gmail", lang="pt")
m = M(ricardo, [rafael], D("2024-03-13 10:02:41", -3), "RE: Orçamento - vídeo institucional", """
    Bom dia, Rafael.

    O orçamento está aprovado. Podemos agendar a gravação para a segunda quinzena de abril?

    Atenciosamente,
    Ricardo Fonseca
    Diretor Comercial | Fonseca Imóveis""", quote=q, style="ol_new", client="outlook", lang="pt", h="mso",
      opt=dict(modern=True))
add("video-gravacao-abril", "outlook", "pt", "outlook_html", m, ver="365", cs="iso-8859-1", lang_tag="pt-BR")

# ==========================================================================
# Outlook on the web and Outlook mobile
# ==========================================================================
nadia = P("Nadia Farouk", "nadia.farouk@outlook.com")
q = orig(harriet, nadia, D("2024-03-12 10:15:00", 0), "Pension transfer - next steps", """
    Dear Nadia,

    Following our meeting, I've prepared the pension transfer analysis. In short, consolidating the two workplace pensions into your SIPP would save about £380 a year in fees.

    Would you like me to start the transfer paperwork?

    Kind regards,
    Harriet""", client="outlook")
m = M(nadia, [harriet], D("2024-03-12 21:14:09", 0), "Re: Pension transfer - next steps", """
    Hi Harriet,

    Yes please go ahead with the transfer. The older pension has a guaranteed annuity rate though - can you double check we're not losing that before you send anything?

    Thanks
    Nadia""", quote=q, style="owa", client="owa365", lang="en", h="div")
add("pension-gar-owa", "outlook_web", "en", "owa", m, html_only=True, lang_tag="en-GB")

thierry = P("Thierry Garnier", "thierry.garnier@hotmail.fr")
q = orig(camille, thierry, D("2024-03-12 10:15:00", 1), "Documents pour votre dossier", """
    Bonjour Monsieur Garnier,

    Pour finaliser votre dossier, pourriez-vous m'envoyer votre dernier avis d'imposition ainsi qu'un justificatif de domicile ?

    Cordialement,
    Camille Verdier""", client="gmail", lang="fr")
m = M(thierry, [camille], D("2024-03-13 07:45:50", 1), "RE: Documents pour votre dossier", """
    Bonjour,

    Voici l'avis d'imposition 2023 en pièce jointe. Pour le justificatif de domicile je vous envoie une facture EDF ce soir.

    Bonne journée
    Thierry Garnier""", quote=q, style="owa", client="owa365", lang="fr", h="div")
add("dossier-avis-owa", "outlook_web", "fr", "owa", m, html_only=True, lang_tag="fr-FR")

derek = P("Derek Osei", "derek.osei@hotmail.com")
q = orig(harriet, derek, D("2024-04-02 11:00:00", 1), "Mortgage broker introduction", """
    Hi Derek,

    As discussed, I'd like to introduce you to Paul Sandford at Lanyard Mortgages. He's very good with self-employed clients. Shall I set up a call?

    Harriet""", client="outlook")
m = M(derek, [harriet], D("2024-04-02 13:30:02", 1), "Re: Mortgage broker introduction", """
    Yes please, any afternoon next week works for me.

    Derek

    Get Outlook for Android<https://aka.ms/AAb9ysg>""", quote=q, style="owa", client="outlook_mobile", lang="en",
      h="div")
add("broker-intro-olandroid", "outlook_mobile", "en", "outlook_mobile", m, os="Android")

manon = P("Manon Perrin", "manon.perrin@outlook.fr")
q = orig(camille, manon, D("2024-03-12 10:15:00", 1), "Votre rendez-vous annuel", """
    Bonjour Manon,

    Il est temps de faire le point annuel sur votre épargne. Seriez-vous disponible la semaine du 25 mars ?

    Bien à vous,
    Camille Verdier""", client="gmail", lang="fr")
m = M(manon, [camille], D("2024-03-12 12:51:36", 1), "RE: Votre rendez-vous annuel", """
    Bonjour Camille,
    Oui, le mercredi 27 après-midi serait idéal pour moi.
    Manon

    Obtenir Outlook pour iOS<https://aka.ms/o0ukef>""", quote=q, style="owa", client="outlook_mobile", lang="fr",
      h="div")
add("rdv-annuel-olios", "outlook_mobile", "fr", "outlook_mobile", m, os="iOS", lang_tag="fr-FR")

# ==========================================================================
# Thunderbird (format=flowed)
# ==========================================================================
uwe = P("Uwe Krämer", "uwe.kraemer@kraemer-elektro.de")
q = orig(jonas, uwe, D("2024-03-12 10:15:00", 1), "Korrekturabzug Katalog 2024", """
    Hallo Herr Krämer,

    anbei der Korrekturabzug für den Katalog 2024. Bitte prüfen Sie vor allem die Preise auf den Seiten 12 bis 19, dort haben wir die neue Preisliste vom Februar eingearbeitet.

    Wenn alles passt, geben wir den Katalog am Freitag in den Druck.

    Viele Grüße
    Jonas Pfeiffer""", client="gmail", lang="de")
m = M(uwe, [jonas], D("2024-03-13 11:20:18", 1), "Re: Korrekturabzug Katalog 2024", quote=q, style="wrote",
      client="thunderbird", lang="de",
      inline=[("q", ["Hallo Herr Krämer,", "",
                     "anbei der Korrekturabzug für den Katalog 2024. Bitte prüfen Sie vor allem die Preise auf den "
                     "Seiten 12 bis 19, dort haben wir die neue Preisliste vom Februar eingearbeitet."]),
              ("n", ["", "Auf Seite 14 stimmt der Preis für den Verteilerschrank VS-400 nicht, richtig ist 389,00 "
                         "EUR netto (nicht 398,00). Der Rest passt.", ""]),
              ("q", ["Wenn alles passt, geben wir den Katalog am Freitag in den Druck."]),
              ("n", ["", "Nach der Korrektur gerne, ja.", "", "Gruß", "Uwe Krämer", "", "-- ",
                     "Krämer Elektrotechnik e.K.", "Am Sägewerk 3, 79098 Freiburg", "Tel. 0761 555 0129"])],
      opt=dict(blank=0))
add("katalog-inline-tb", "thunderbird", "de", "thunderbird", m, lang_tag="de-DE")

jana = P("Jana Horáková", "jana.horakova@seznam.cz")
q = orig(tomas, jana, D("2024-03-12 10:15:00", 1), "Podklady pro daňové přiznání", """
    Dobrý den, paní Horáková,

    pro zpracování daňového přiznání za rok 2023 od Vás budu potřebovat potvrzení o příjmech a doklady o zaplacených úrocích z hypotéky.

    Děkuji a zdravím
    Tomáš Dvořák""", client="outlook", lang="cs")
m = M(jana, [tomas], D("2024-03-13 19:02:40", 1), "Re: Podklady pro daňové přiznání", """
    Dobrý den, pane Dvořáku,

    potvrzení o příjmech Vám posílám v příloze. Potvrzení z banky o úrocích mi ještě nepřišlo, pošlu ho hned, jak ho dostanu – nejpozději do konce března.

    S pozdravem
    Jana Horáková""", quote=q, style="wrote", client="thunderbird", lang="cs", pos="bottom")
add("priznani-bottom-tb", "thunderbird", "cs", "thunderbird", m, lang_tag="cs")

oleg = P("Олег Морозов", "o.morozov@morozov-logistika.ru")
q = orig(anna, oleg, D("2024-03-12 10:15:00", 3), "Договор на бухгалтерское обслуживание", """
    Олег Викторович, добрый день!

    Высылаю проект договора на бухгалтерское обслуживание. Просьба ознакомиться и сообщить, есть ли замечания.

    С уважением,
    Анна Соколова""", client="outlook", lang="ru")
m = M(oleg, [anna], D("2024-03-14 10:11:03", 3), "Re: Договор на бухгалтерское обслуживание", """
    Анна, здравствуйте.

    Замечание одно: в пункте 3.2 срок сдачи отчетности нужно указать до 20-го числа, а не до 25-го. В остальном договор согласован, можно готовить к подписанию.

    --
    С уважением,
    Олег Морозов
    ООО «Морозов Логистика»
    +7 812 555-01-49""", quote=q, style="wrote", client="thunderbird", lang="ru")
add("dogovor-punkt32-tb", "thunderbird", "ru", "thunderbird", m, lang_tag="ru")

# ==========================================================================
# Webmail: Yahoo, GMX, Orange, Free, Laposte, Zimbra, Roundcube
# ==========================================================================
linda = P("Linda Park", "lindapark_57@yahoo.com")
q = orig(harriet, linda, D("2024-03-12 10:15:00", -4), "Your retirement income plan", """
    Hi Linda,

    I've finished your retirement income plan. The short version: you can retire at 63 as planned if you delay Social Security to 67 and draw from the IRA in between.

    Can we go through it together next week?

    Harriet""", client="outlook")
m = M(linda, [harriet], D("2024-03-12 14:36:27", -4), "Re: Your retirement income plan", """
    Hi Harriet,

    That's great news! Next Tuesday or Wednesday morning would work for me. Could you also look at whether I should keep the rental condo or sell it before I retire?

    Thank you,
    Linda""", quote=q, style="yahoo", client="yahoo", lang="en", h="div")
add("retirement-condo-yahoo", "yahoo", "en", "generic_alt", m,
    xheaders=[("X-Mailer", "WebService/1.1.22077 YMailNorrin")],
    wrapper=('<html><head></head><body><div class="ydp3a1b2c4eyahoo-style-wrap" style="font-family:Helvetica '
             'Neue, Helvetica, Arial, sans-serif;font-size:16px;">', '</div></body></html>'))

werner = P("Werner Schulz", "werner.schulz@gmx.de")
q = orig(jonas, werner, D("2024-03-12 10:15:00", 1), "Rechnung 2024-031", """
    Hallo Herr Schulz,

    anbei die Rechnung 2024-031 für die Überarbeitung Ihrer Vereinswebsite. Zahlbar innerhalb von 14 Tagen.

    Viele Grüße
    Jonas Pfeiffer""", client="outlook", lang="de")
m = M(werner, [jonas], D("2024-03-14 20:40:11", 1), "Aw: Rechnung 2024-031", """
    Hallo Herr Pfeiffer,

    die Rechnung ist angekommen. Der Kassenwart überweist den Betrag Anfang nächster Woche, wir hatten diese Woche Jahreshauptversammlung.

    Mit sportlichen Grüßen
    Werner Schulz
    1. Vorsitzender TSV Eichenau 1921 e.V.""", quote=q, style="block", client="gmx", lang="de", opt=dict(kind="gmx"))
add("rechnung-verein-gmx", "gmx", "de", "generic_alt", m, html_only=True, ct_quote=False, cs="UTF-8",
    xheaders=[("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
              ("X-UI-Message-Type", "mail")],
    wrapper=('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">', '</div></body></html>'))

gerard = P("Gérard Lefèvre", "gerard.lefevre@orange.fr")
q = orig(camille, gerard, D("2024-03-12 10:15:00", 1), "Votre contrat d'assurance-vie", """
    Bonjour Monsieur Lefèvre,

    Comme convenu, je vous propose d'arbitrer 20 000 EUR du fonds euros vers le support immobilier. Pouvez-vous me confirmer votre accord ?

    Bien cordialement,
    Camille Verdier""", client="outlook", lang="fr")
m = M(gerard, [camille], D("2024-03-13 09:58:44", 1), "Re: Votre contrat d'assurance-vie", """
    Bonjour Madame,

    Je vous confirme mon accord pour l'arbitrage de 20 000 euros. Merci de m'envoyer le bulletin à signer par courrier, je n'arrive pas à utiliser la signature électronique.

    Cordialement
    G. Lefèvre""", quote=q, style="block", client="orange", lang="fr", opt=dict(kind="orange"))
add("arbitrage-orange", "orange", "fr", "generic_alt", m, cs="UTF-8",
    xheaders=[("X-Originating-IP", "[90.55.12.34]"), ("X-Mailer", "Webmail Orange")], ct_quote=False)

maxime = P("Maxime Roussel", "maxime.roussel@free.fr")
q = orig(camille, maxime, D("2024-03-12 10:15:00", 1), "Simulation PER", """
    Bonjour Maxime,

    Voici la simulation PER avec un versement de 300 EUR par mois. L'économie d'impôt estimée est de 1 080 EUR par an.

    Camille""", client="outlook", lang="fr")
m = M(maxime, [camille], D("2024-03-12 22:16:05", 1), "Re: Simulation PER", """
    Bonsoir Camille,

    Merci. Est-ce qu'on pourrait faire la même simulation avec 500 EUR par mois ? Je viens d'avoir une augmentation.

    Maxime""", quote=q, style="block", client="free", lang="fr", opt=dict(kind="zimbra"), h="div")
add("per-500-free", "free", "fr", "generic_alt", m,
    xheaders=[("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF123 (Linux)/8.8.15_GA_4581)"),
              ("Thread-Topic", "Simulation PER"), ("Thread-Index", "k2TZqXl5F3nLx7mOzA0QQqR1CEbWyg==")],
    wrapper=('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">',
             '</div></body></html>'))

yvette = P("Yvette Carpentier", "yvette.carpentier@laposte.net")
q = orig(camille, yvette, D("2024-03-12 10:15:00", 1), "Succession de votre mère", """
    Chère Madame,

    Je vous confirme que le notaire a bien reçu les relevés de l'assurance-vie. Le dossier de succession devrait être clôturé avant l'été.

    Bien cordialement,
    Camille Verdier""", client="outlook", lang="fr")
m = M(yvette, [camille], D("2024-03-13 15:27:39", 1), "Re: Succession de votre mère", """
    Bonjour Madame Verdier,

    Merci beaucoup pour votre aide dans ce moment difficile. Mon frère souhaiterait vous rencontrer lui aussi, il vous appellera la semaine prochaine.

    Bien cordialement
    Yvette Carpentier""", quote=q, style="block", client="laposte", lang="fr",
      opt=dict(kind="zimbra", sep="----- Mail d'origine -----"), h="div")
add("succession-laposte", "laposte", "fr", "generic_alt", m,
    xheaders=[("X-Mailer", "Zimbra 8.8.15_GA_4562 (ZimbraWebClient - GC122 (Win)/8.8.15_GA_4562)")],
    wrapper=('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">',
             '</div></body></html>'))

brenda = P("Brenda Walsh", "bwalsh@northfield-school.org")
q = orig(harriet, brenda, D("2024-03-12 10:15:00", -5), "Grant budget review", """
    Hi Brenda,

    I've reviewed the grant budget. Two lines need more detail before you submit: the contractor costs in Year 2 and the equipment depreciation.

    Harriet""", client="outlook")
m = M(brenda, [harriet], D("2024-03-12 16:02:13", -5), "Re: Grant budget review", """
    Harriet,

    Thanks for catching those. I've attached the revised budget with a breakdown of the Year 2 contractor costs. For the equipment, our finance office says we expense everything under $5,000, so there's no depreciation - should I just remove that line?

    Brenda Walsh
    Grants Coordinator, Northfield School District""", quote=q, style="block", client="zimbra", lang="en",
      opt=dict(kind="zimbra", prefix=True), h="div")
add("grant-budget-zimbra", "zimbra", "en", "generic_alt", m,
    xheaders=[("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20220506 (ZimbraWebClient - GC124 (Win)/9.0.0_ZEXTRAS_20220506)")],
    wrapper=('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">',
             '</div></body></html>'))

heike = P("Heike Sommer", "heike.sommer@sommer-physio.de")
q = orig(jonas, heike, D("2024-03-12 10:15:00", 1), "Texte für die Praxis-Website", """
    Hallo Frau Sommer,

    könnten Sie mir bis Ende der Woche die Texte für die Seiten "Leistungen" und "Team" schicken? Dann kann die Website wie geplant Anfang April online gehen.

    Viele Grüße
    Jonas Pfeiffer""", client="outlook", lang="de")
m = M(heike, [jonas], D("2024-03-15 18:49:51", 1), "Re: Texte für die Praxis-Website", """
    Hallo Herr Pfeiffer,

    die Texte für "Leistungen" hänge ich an. Für die Teamseite fehlen mir noch die Fotos von zwei Kolleginnen, die kommen nächste Woche.

    Schönes Wochenende
    Heike Sommer""", quote=q, style="wrote", client="roundcube", lang="de", pos="bottom")
add("praxis-texte-roundcube", "roundcube", "de", "plain_ua", m, flowed=True, disposition=False,
    cs="UTF-8", xheaders=[("User-Agent", "Roundcube Webmail/1.6.6")])

# ==========================================================================
# other mobile / independent apps
# ==========================================================================
nicolas = P("Nicolas Blanc", "nicolas.blanc@sfr.fr")
q = orig(camille, nicolas, D("2024-03-12 10:15:00", 1), "Rendez-vous de suivi", """
    Bonjour Monsieur Blanc,

    Je vous propose un rendez-vous de suivi le vendredi 22 mars à 9h30. Est-ce que cela vous convient ?

    Cordialement,
    Camille Verdier""", client="outlook", lang="fr")
m = M(nicolas, [camille], D("2024-03-12 13:05:19", 1), "RE: Rendez-vous de suivi", """
    Bonjour, 9h30 le 22 c'est bon pour moi. Cordialement N. Blanc



    Envoyé depuis mon appareil Galaxy""", quote=q, style="block", client="samsung_email", lang="fr",
      opt=dict(kind="samsung"), h="div")
add("suivi-galaxy", "samsung_email", "fr", "generic_alt", m,
    xheaders=[], wrapper=('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
                          '<body dir="auto">', '</body></html>'))

kevin = P("Kevin Brandt", "kbrandt.roofing@gmail.com")
q = orig(harriet, kevin, D("2024-03-12 10:15:00", -5), "Quarterly estimated taxes", """
    Hi Kevin,

    Reminder that your Q1 estimated tax payment of $4,200 is due April 15. Let me know once it's paid so I can update your file.

    Harriet""", client="outlook")
m = M(kevin, [harriet], D("2024-03-12 19:44:08", -5), "Re: Quarterly estimated taxes", """
    Will pay it friday. Thx

    Sent from TypeApp""", quote=q, style="wrote", client="typeapp", lang="en", h="div")
add("estimated-tax-typeapp", "bluemail", "en", "generic_alt", m,
    xheaders=[("User-Agent", "TypeApp/1.9.8.38")])

aiden = P("Aiden Murphy", "aiden@murphyandcostudio.ie")
q = orig(harriet, aiden, D("2024-03-12 10:15:00", 0), "Studio lease review", """
    Hi Aiden,

    I've gone through the studio lease. The rent review clause is upward-only every 3 years, which is standard, but the break clause has a 9-month notice period. That's long for a studio your size.

    Harriet""", client="outlook")
m = M(aiden, [harriet], D("2024-03-13 08:15:42", 0), "Re: Studio lease review", """
    Thanks Harriet, really useful.

    I'll push the landlord for 6 months on the break clause. If they won't move, is it a deal-breaker in your view?

    Aiden""", quote=q, style="wrote", client="spark", lang="en", h="div")
add("lease-break-spark", "spark", "en", "generic_alt", m,
    xheaders=[("X-Readdle-Message-ID", "9f1c2e4a-7b3d-4e5f-a6b7-c8d9e0f1a2b3@Spark")],
    wrapper=('<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body><div name="messageBody">',
             '</div></body></html>'))

priyanka = P("Priyanka Shah", "priyanka.shah@proton.me")
q = orig(harriet, priyanka, D("2024-03-12 10:15:00", 0), "ISA allowance", """
    Hi Priyanka,

    Just a reminder that you still have £8,000 of this year's ISA allowance left before 5 April. Would you like to top up the stocks and shares ISA?

    Harriet""", client="outlook")
m = M(priyanka, [harriet], D("2024-03-12 11:37:14", 0), "Re: ISA allowance", """
    Hi Harriet,

    Yes, please top up with the full £8,000 - I'll transfer it from my savings account today. Same fund split as last year is fine.

    Best,
    Priyanka

    Sent with Proton Mail secure email.""", quote=q, style="block", client="protonmail", lang="en",
      opt=dict(kind="proton"), h="div")
add("isa-topup-proton", "protonmail", "en", "generic_alt", m,
    xheaders=[("X-Pm-Message-ID", "7aQ2bL9xR4tW1yV6nM3kP8sJ5dF0gH2cZ4uX7eA9iO1qB3wE5rT6yU8iP0oL2kJ4hG6fD8sA0zX3cV5bN7mQ==")],
    wrapper=('<html><body><div style="font-family: Arial, sans-serif; font-size: 14px;">', '</div></body></html>'))

# ==========================================================================
# HTML-only webmail replies and one more iPhone
# ==========================================================================
kiran = P("Kiran Patel", "kiran_patel80@hotmail.com")
q = orig(harriet, kiran, D("2011-04-12 10:15:00", 1), "Mortgage pre-approval checklist", """
    Hi Kiran,

    Attached is the checklist for the mortgage pre-approval. The bank will need your last three payslips and six months of bank statements.

    Harriet""", client="outlook")
m = M(kiran, [harriet], D("2011-04-13 22:47:10", 1), "RE: Mortgage pre-approval checklist", """
    Hi Harriet,

    thanks for the list. i can get the payslips tomorrow but the bank statements for January are missing, the bank is sending them by post. Is five months ok to start with?

    Kiran""", quote=q, style="block", client="hotmail", lang="en", opt=dict(kind="hotmail"), h="br")
add("preapproval-hotmail-html", "hotmail", "en", "generic_alt", m, html_only=True, cs="iso-8859-1",
    ct_quote=False, xheaders=[("X-Originating-IP", "[198.51.100.190]"), ("Importance", "Normal")],
    wrapper=('<html>\r\n<head>\r\n<style><!--\r\n.hmmessage P\r\n{\r\nmargin:0px;\r\npadding:0px\r\n}\r\n'
             'body.hmmessage\r\n{\r\nfont-size: 10pt;\r\nfont-family:Tahoma\r\n}\r\n--></style></head>\r\n'
             '<body class=\'hmmessage\'>', '</body>\r\n</html>'))

nkechi = P("Nkechi Adeyemi", "nkechi@adeyemi-design.co")
q = orig(harriet, nkechi, D("2024-03-12 10:15:00", 0), "VAT registration", """
    Hi Nkechi,

    Your turnover for the last 12 months is now £88,400, so you'll cross the VAT threshold (£90,000) within the next month or two. We should register you now so you're not late.

    Shall I go ahead?

    Harriet""", client="outlook")
m = M(nkechi, [harriet], D("2024-03-12 17:30:58", 0), "Re: VAT registration", """
    Hi Harriet,

    Yes please go ahead. Will I need to start charging VAT to my existing clients straight away, or only on new contracts?

    Thanks,
    Nkechi

    Nkechi Adeyemi
    Adeyemi Design Studio""", quote=q, style="block", client="zoho", lang="en", opt=dict(kind="zoho"), h="div")
add("vat-zoho-html", "zoho", "en", "generic_alt", m, html_only=True, cs="UTF-8", ct_quote=False,
    xheaders=[("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")],
    wrapper=('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
             '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">',
             '</div><br></body></html>'))

emilie = P("Émilie Garnier", "emilie.garnier@icloud.com")
q = orig(camille, emilie, D("2024-03-12 10:15:00", 1), "Pièces manquantes", """
    Bonjour Émilie,

    Il me manque encore votre relevé d'identité bancaire pour finaliser l'ouverture du contrat.

    Bien cordialement,
    Camille Verdier""", client="outlook", lang="fr")
m = M(emilie, [camille], D("2024-03-12 18:02:44", 1), "Re: Pièces manquantes", """
    Bonsoir, voici le RIB en pièce jointe. Désolée pour le retard !
    Émilie

    Envoyé de mon iPhone""", quote=q, style="wrote", client="iphone_mail", lang="fr", opt=dict(quoted_intro=True))
add("rib-ios-fr", "iphone_mail", "fr", "apple", m, ios=True)
