"""Human replies: 90 specs across 9 clients and 8 languages."""
from engine import D, q_notes_table, q_notes_tabbed, q_notes_box6, q_notes_stacked, Item
from people import *  # noqa

SPECS = []


def H(client, lang, slug, frm, to, date, subj, new, thread, **kw):
    if isinstance(to, tuple):
        to = [to]
    SPECS.append(dict(client=client, lang=lang, slug=slug, frm=frm, to=to, date=date, subj=subj,
                      new=new, thread=thread, **kw))


# ===========================================================================
# outlook_original (11)
# ===========================================================================
_gary = ("Gary Holbrook", "gholbrook@tristate-fasteners.com")
H("outlook_original", "en", "freight-locked-3pl", _gary, EN_T, D(2006, 3, 14, 10, 2, tz="-0500"),
  "RE: Freight audit for Tri-State Fasteners",
  """Tom,

We’re locked into a contract with our current 3PL through the end of Q3, so nothing will move before October.

That said, the “audit first, pay later” model is interesting – send me a one-pager and I’ll pass it on to our CFO.

Gary

Gary Holbrook
Director of Operations
Tri-State Fasteners, Inc.
1400 Industrial Pkwy, Erie, PA 16509
Ph: (814) 555-0187 | Fax: (814) 555-0188""",
  [I(EN_T, [("Gary Holbrook", _gary[1])], D(2006, 3, 14, 9, 14, tz="-0500"),
     "Freight audit for Tri-State Fasteners", EN_T1, greet="Hi Gary,", co="Tri-State Fasteners")],
  era=2003, html_only=True, cs="windows-1252", exchange=False, host="GHOLBROOK")

_denise = ("Denise Carver", "dcarver@harlowfoods.co.uk")
H("outlook_original", "en", "one-line-thursday", _denise, EN_R, D(2009, 11, 19, 16, 41, tz="+0000"),
  "RE: Month-end reporting at Harlow Foods",
  "Thursday at 2pm is fine, please include Mark in the invite.",
  [I(EN_R, [_denise], D(2009, 11, 19, 11, 2, tz="+0000"), "RE: Month-end reporting at Harlow Foods",
     "Hi Denise,\n\nThursday 26th at 2pm or Friday 27th at 10am both work on our side. Which would you prefer?\n\n"
     "Best regards,\nRachel"),
   I(_denise, [EN_R], D(2009, 11, 18, 17, 20, tz="+0000"), "RE: Month-end reporting at Harlow Foods",
     "Rachel,\n\nOK, let's talk. Our financial controller Mark Ellery should join as well. Can you propose two "
     "slots next week?\n\nDenise\n\nDenise Carver\nFinance Director\nHarlow Foods Ltd\nTel: 01279 555 310"),
   I(EN_R, [_denise], D(2009, 11, 16, 9, 14, tz="+0000"), "Month-end reporting at Harlow Foods", EN_R1,
     greet="Hi Denise,", co="Harlow Foods")],
  era=2007, cs="iso-8859-1", exchange=False)

_garnier = ("Philippe Garnier", "p.garnier@garnier-fils.fr")
H("outlook_original", "fr", "rappeler-mai", _garnier, FR_C, D(2013, 3, 5, 11, 20),
  "RE: Structuration de votre équipe commerciale",
  """Bonjour Madame Roussel,

Merci pour votre message. Nous avons effectivement ouvert l'agence de Lyon en janvier, mais le recrutement de l'équipe n'est pas terminé.

Recontactez-moi plutôt début mai, nous y verrons plus clair.

Cordialement,

Philippe Garnier
Directeur commercial
Garnier & Fils SAS
12, rue des Tanneurs - 69007 Lyon
Tél. : +33 (0)4 72 00 11 22

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur.
This message and any attachments are confidential and intended solely for the addressees. Any unauthorised use is prohibited. If you have received this message in error, please notify the sender immediately.""",
  [I(FR_C, [_garnier], D(2013, 3, 4, 9, 14), "Structuration de votre équipe commerciale", FR_C1,
     greet="Bonjour Monsieur Garnier,", co="Garnier & Fils")],
  era=2010, cs="iso-8859-1", exchange=False)

_moulin = ("Sandrine Moulin", "sandrine.moulin@groupe-vitalis.fr")
H("outlook_original", "fr", "champ-de-noreply", _moulin, FR_C, D(2018, 10, 9, 14, 5, tz="+0200"),
  "RE: Relance - accompagnement commercial",
  """Bonjour Camille,

Votre premier message était arrivé dans nos indésirables : le champ « De : » affichait une adresse noreply, d'où l'absence de réponse.

Sur le fond, nous venons de signer avec un cabinet pour 2019. Je garde vos coordonnées pour la suite.

Cordialement,
Sandrine Moulin
Responsable développement commercial
Groupe Vitalis - 14 avenue Jean Jaurès, 31000 Toulouse""",
  [I(FR_C, [_moulin], D(2018, 10, 8, 9, 14, tz="+0200"), "Relance - accompagnement commercial", FR_C2,
     greet="Bonjour Madame Moulin,"),
   I(FR_C, [_moulin], D(2018, 10, 1, 10, 2, tz="+0200"), "Accompagnement commercial", FR_C1,
     greet="Bonjour Madame Moulin,", co="le Groupe Vitalis")],
  era=2016, text_only=True, exchange=False)

_keller = ("Thomas Keller", "t.keller@keller-hydraulik.de")
H("outlook_original", "de", "stelle-besetzt", _keller, DE_J, D(2008, 2, 12, 8, 47),
  "AW: Wartungsplanung bei Keller Hydraulik",
  """Sehr geehrter Herr Brandt,

vielen Dank für Ihre Nachricht. Die Stelle ist inzwischen besetzt, unser neuer Instandhaltungsleiter fängt am 1. April an.

Bitte melden Sie sich im Mai noch einmal, dann kann er sich Ihre Lösung gerne ansehen.

Mit freundlichen Grüßen

i. A. Thomas Keller
Technischer Einkauf

Keller Hydraulik GmbH & Co. KG
Industriestraße 14
73479 Ellwangen
Tel.: +49 7961 5550-214
Fax: +49 7961 5550-299
mailto:t.keller@keller-hydraulik.de

Sitz der Gesellschaft: Ellwangen, Amtsgericht Ulm HRA 720114
Persönlich haftende Gesellschafterin: Keller Verwaltungs-GmbH, Amtsgericht Ulm HRB 720589
Geschäftsführer: Dipl.-Ing. Hans-Peter Keller, Martin Keller""",
  [I(DE_J, [("Keller, Thomas", _keller[1])], D(2008, 2, 11, 9, 14), "Wartungsplanung bei Keller Hydraulik",
     DE_J1, greet="Sehr geehrter Herr Keller,", co="Keller Hydraulik")],
  era=2003, text_only=True, cs="iso-8859-1", exchange=False, host="EINKAUF-PC07")

_erik = ("Erik van Leeuwen", "e.vanleeuwen@vanleeuwen-installatie.nl")
_pbos = ("Pieter Bos", "p.bos@vanleeuwen-installatie.nl")
H("outlook_original", "nl", "na-de-zomer", _erik, NL_S, D(2014, 5, 20, 13, 12, tz="+0200"),
  "RE: Planning monteurs",
  """Beste Sanne,

Dank voor je mail. Zoals Pieter je vorige week al schreef: we kiezen pas na de zomer een nieuw planningspakket, nu loopt de verhuizing nog.

Kun je in september nog eens contact opnemen? Pieter staat in de cc.

Met vriendelijke groet,

Erik van Leeuwen
Directeur
Van Leeuwen Installatietechniek B.V.
Industrieweg 22 | 3771 MB Barneveld
T 0342 - 41 22 80""",
  [I(NL_S, [_erik], D(2014, 5, 19, 9, 14, tz="+0200"), "Planning monteurs", NL_S1,
     greet="Beste heer Van Leeuwen,", co="Van Leeuwen Installatietechniek")],
  cc=[_pbos], era=2010, cs="iso-8859-1", exchange=False)

_bellini = ("Marco Bellini", "m.bellini@bellini-arredamenti.it")
H("outlook_original", "it", "dopo-estate", _bellini, IT_G, D(2009, 3, 4, 10, 31),
  "R: Listini e ordini rivenditori",
  """Gentile Dott.ssa Ferrante,

la ringrazio per la proposta. Al momento stiamo valutando un progetto simile con il fornitore del nostro gestionale, quindi preferirei rimandare a dopo l'estate.

Mi mandi pure una presentazione via mail, la giro al responsabile commerciale.

Cordiali saluti

Marco Bellini
Ufficio Acquisti
Bellini Arredamenti S.p.A.
Via dell'Artigianato 8 - 33080 Prata di Pordenone (PN)
Tel. 0434 555 210 - Fax 0434 555 299

Le informazioni contenute in questo messaggio di posta elettronica sono riservate e confidenziali e ne è vietata la diffusione in qualunque modo eseguita. Qualora Lei non fosse la persona a cui il presente messaggio è destinato, La invitiamo ad eliminarlo e a darcene gentilmente comunicazione.
The information contained in this e-mail is confidential and intended only for the addressee. If you are not the intended recipient, please delete it and notify the sender.""",
  [I(IT_G, [("m.bellini@bellini-arredamenti.it", _bellini[1])], D(2009, 3, 3, 9, 14),
     "Listini e ordini rivenditori", IT_G1, greet="Gentile Dott. Bellini,", co="Bellini Arredamenti")],
  era=2007, cs="windows-1252", exchange=False)

_frin = ("Francesca Rinaldi", "francesca.rinaldi@gruppo-rinaldi.it")
_cc_rin = [("Stefano Gatti", "stefano.gatti@gruppo-rinaldi.it"), ("Paola Ferri", "paola.ferri@gruppo-rinaldi.it"),
           ("Ufficio IT - Gruppo Rinaldi", "it.helpdesk@gruppo-rinaldi.it")]
H("outlook_original", "it", "giovedi-alle-11", _frin, IT_G, D(2015, 6, 11, 17, 2, tz="+0200"),
  "R: R: Proposta Lineacorta - portale rivenditori",
  """Giulia,

grazie, ho girato tutto a Stefano e Paola in copia. Ci sentiamo giovedì alle 11 come concordato.

Francesca

Francesca Rinaldi
Responsabile Rete Vendita
Gruppo Rinaldi S.r.l.""",
  [I(IT_G, [_frin], D(2015, 6, 11, 12, 40, tz="+0200"), "R: Proposta Lineacorta - portale rivenditori",
     "Gentile Francesca,\n\ncome richiesto le invio le referenze di due clienti del settore e il listino 2015.\n"
     "Confermo la call di giovedì alle 11.\n\nCordiali saluti,\nGiulia Ferrante", cc=_cc_rin),
   I(_frin, [IT_G], D(2015, 6, 10, 15, 5, tz="+0200"), "Proposta Lineacorta - portale rivenditori",
     "Buongiorno Giulia,\n\nci può mandare qualche referenza prima della call? Inserisco in copia i colleghi.\n\n"
     "Francesca Rinaldi", cc=_cc_rin[:2]),
   I(IT_G, [_frin], D(2015, 6, 8, 9, 14, tz="+0200"), "Proposta Lineacorta", IT_G1,
     greet="Buongiorno Francesca,", co="il Gruppo Rinaldi")],
  cc=_cc_rin, era=2013, text_only=True, exchange=True, onprem="EXMBX02.gruppo-rinaldi.local",
  topic="Proposta Lineacorta - portale rivenditori")

_puig = ("Jordi Puig", "jpuig@puig-distribuciones.es")
H("outlook_original", "es", "migracion-erp", _puig, ES_L, D(2015, 3, 4, 9, 48),
  "RE: Inventario tienda y online",
  """Hola Lucía,

Gracias por escribir. Ahora mismo estamos en plena migración del ERP y no vamos a abrir otro proyecto hasta septiembre.

Si te parece, vuelve a escribirme después del verano y lo vemos con calma.

Saludos,

Jordi Puig i Serra
Director de Operaciones
Puig Distribuciones, S.L.
C/ de la Indústria, 45 – 08908 L'Hospitalet de Llobregat (Barcelona)
Tel. 93 555 12 34

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su comunicación, reproducción o distribución sin la autorización expresa de PUIG DISTRIBUCIONES, S.L. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía.
De acuerdo con la Ley Orgánica 15/1999 de Protección de Datos de Carácter Personal, le informamos de que sus datos forman parte de un fichero cuyo responsable es PUIG DISTRIBUCIONES, S.L.
LEGAL NOTICE: This message and its attachments are intended exclusively for the named addressee and may contain confidential information. If you are not the intended recipient, please delete it and notify us by e-mail.""",
  [I(ES_L, [("Jordi Puig", _puig[1])], D(2015, 3, 3, 9, 14), "Inventario tienda y online", ES_L1,
     greet="Estimado Jordi:", co="Puig Distribuciones")],
  era=2010, cs="windows-1252", exchange=False)

_fern = ("Fernanda Albuquerque", "fernanda.albuquerque@grupovalebranco.com.br")
H("outlook_original", "pt", "terca-19", _fern, PT_R, D(2014, 8, 13, 15, 22, tz="-0300"),
  "RES: Conciliação bancária",
  """Olá Rafael, tudo bem?

Recebi seu e-mail. Estamos justamente revisando o processo de fechamento, então o timing é bom.

Pode ser na terça-feira, dia 19, às 10h? Vou chamar também o nosso controller, o Marcelo.

Att.,

Fernanda Albuquerque
Gerente Financeira
Grupo Vale Branco
(31) 3555-0142""",
  [I(PT_R, [_fern], D(2014, 8, 12, 9, 14, tz="-0300"), "Conciliação bancária", PT_R1,
     greet="Olá Fernanda,", co="Vale Branco")],
  era=2010, cs="iso-8859-1", exchange=False)

_wrobel = ("Tomasz Wróbel", "t.wrobel@wrobel-trans.pl")
H("outlook_original", "pl", "iv-kwartal", _wrobel, PL_K, D(2015, 4, 15, 12, 30, tz="+0200"),
  "RE: System WMS dla nowego centrum dystrybucyjnego",
  """Dzień dobry Pani Katarzyno,

dziękuję za wiadomość. Centrum w Strykowie ruszy dopiero w przyszłym roku, a wybór systemu WMS jest zaplanowany na IV kwartał.

Proszę o kontakt we wrześniu - wtedy chętnie umówię spotkanie z naszym kierownikiem magazynu.

Z poważaniem

Tomasz Wróbel
Kierownik Działu IT
Wróbel-Trans Sp. z o.o.
ul. Logistyczna 7, 95-010 Stryków
tel. +48 42 555 17 80
Sąd Rejonowy dla Łodzi-Śródmieścia, XX Wydział Gospodarczy KRS, KRS 0000123456, NIP 725-000-11-22, kapitał zakładowy 500 000 zł""",
  [I(PL_K, [_wrobel], D(2015, 4, 14, 9, 14, tz="+0200"), "System WMS dla nowego centrum dystrybucyjnego", PL_K1,
     greet="Szanowny Panie Tomaszu,", co="Wróbel-Trans", ask="znalazłby Pan")],
  era=2010, text_only=True, cs="iso-8859-2", exchange=False)

# ===========================================================================
# outlook_headers (13)
# ===========================================================================
_karen = ("Karen Liu", "kliu@harborpointmed.org")
H("outlook_headers", "en", "quarantine-from-address", _karen, EN_R, D(2021, 9, 14, 13, 7, tz="-0400"),
  "RE: [EXTERNAL] Cutting month-end reporting time",
  """Hi Rachel,

Your first email was quarantined by our filter because the From: address didn't match the sending domain, so you may want to check your SPF/DKIM setup.

That said, the timing is good. We're replacing our close process after the audit in November. Could you send over the demo video and a rough pricing range?

Thanks,
Karen

Karen Liu, CPA (she/her)
Assistant Controller | Harbor Point Medical Group
200 Harbor Point Blvd, Suite 410, Baltimore, MD 21230
O: 410-555-0193 | M: 443-555-0117

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information, including protected health information. Any unauthorized review, use, disclosure or distribution is prohibited.""",
  [I(EN_R, [_karen], D(2021, 9, 14, 9, 14, tz="-0400"), "[EXTERNAL] Cutting month-end reporting time", EN_R1,
     greet="Hi Karen,", co="Harbor Point Medical Group")],
  era=2019, html_only=True, exchange=True, pod="BN6PR11MB")

_steve = ("Steve Marsh", "steve.marsh@calloway-group.com")
H("outlook_headers", "en", "answers-inline-sm", _steve, EN_R, D(2019, 4, 2, 15, 40, tz="+0100"),
  "RE: A few questions before our call",
  """Hi Rachel,

Answers below in blue.

Steve""",
  [I(EN_R, [_steve], D(2019, 4, 2, 9, 14, tz="+0100"), "A few questions before our call",
     """Hi Steve,

Thanks for making time on Thursday. To make the most of the call, could you answer a few quick questions?

1. Which ERP are you on today?
[SM] Sage 200, on-premise. We plan to move to the cloud version in 2020.

2. How many legal entities do you consolidate?
[SM] Seven, soon eight after the Dublin acquisition.

3. Who else should join the call?
[SM] Our group FC, Helen Brooks. I've forwarded her the invite.

Best regards,
Rachel""")],
  extra_label=["[SM] Sage 200, on-premise. We plan to move to the cloud version in 2020.",
               "[SM] Seven, soon eight after the Dublin acquisition.",
               "[SM] Our group FC, Helen Brooks. I've forwarded her the invite."],
  era=2016, exchange=False)

_perrin = ("Nathalie Perrin", "n.perrin@transports-perrin.fr")
_operrin = ("Olivier Perrin", "o.perrin@transports-perrin.fr")
H("outlook_headers", "fr", "copie-olivier", _perrin, FR_C, D(2020, 1, 21, 10, 18),
  "RE: Structuration de votre équipe commerciale",
  """Bonjour Camille,

Je mets en copie mon frère Olivier, qui s'occupe du développement commercial depuis l'ouverture de l'agence de Clermont.

De mon côté, je suis disponible jeudi 30 janvier après 14h pour un premier échange.

Bien à vous,

Nathalie Perrin
Directrice administrative et financière
Transports Perrin SAS
ZA des Gravanches - 63100 Clermont-Ferrand
04 73 55 01 22""",
  [I(FR_C, [_perrin], D(2020, 1, 20, 9, 14), "Structuration de votre équipe commerciale", FR_C1,
     greet="Bonjour Madame Perrin,", co="Transports Perrin")],
  cc=[_operrin], era=2019, html_only=True, exchange=True, pod="PR3PR08MB")

_lefevre = ("Julien Lefèvre", "julien.lefevre@lefevre-menuiserie.fr")
H("outlook_headers", "fr", "pas-de-budget", _lefevre, FR_C, D(2019, 11, 26, 18, 2),
  "RE: Relance : accompagnement équipe commerciale",
  """Bonjour,

Merci pour la relance. Honnêtement, notre équipe commerciale se résume à deux personnes et nous n'avons pas de budget prévu pour un accompagnement en 2020.

Je vous recontacterai si la situation évolue.

Cordialement,

Julien Lefèvre
Gérant – Lefèvre Menuiserie
06 71 22 45 90""",
  [I(FR_C, [_lefevre], D(2019, 11, 26, 9, 14), "Relance : accompagnement équipe commerciale", FR_C2,
     greet="Bonjour Monsieur Lefèvre,"),
   I(FR_C, [_lefevre], D(2019, 11, 18, 10, 30), "Accompagnement équipe commerciale", FR_C1,
     greet="Bonjour Monsieur Lefèvre,", co="Lefèvre Menuiserie")],
  era=2019, date_label=True, cs="windows-1252", exchange=False)

_hoff = ("Dr. Sabine Hoffmann", "s.hoffmann@stadtwerke-muehlbach.de")
H("outlook_headers", "de", "ausschreibung-betreff", _hoff, DE_J, D(2017, 6, 27, 11, 25, tz="+0200"),
  "AW: Wartungsplanung für die Stadtwerke Mühlbach",
  """Sehr geehrter Herr Brandt,

grundsätzlich besteht Interesse. Wir müssen Aufträge dieser Größenordnung allerdings öffentlich ausschreiben; die Ausschreibung wird voraussichtlich im Herbst auf der Vergabeplattform veröffentlicht.

Bitte verwenden Sie bei weiteren Nachrichten im Betreff: "Instandhaltungssoftware 2018", damit Ihre E-Mails richtig zugeordnet werden.

Mit freundlichen Grüßen
Im Auftrag

Dr. Sabine Hoffmann
Leiterin Technische Dienste

Stadtwerke Mühlbach GmbH
Am Wasserturm 3
74523 Mühlbach
Telefon: 07951 555-310
E-Mail: s.hoffmann@stadtwerke-muehlbach.de

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail.""",
  [I(DE_J, [_hoff], D(2017, 6, 26, 9, 14, tz="+0200"), "Wartungsplanung für die Stadtwerke Mühlbach", DE_J1,
     greet="Sehr geehrte Frau Dr. Hoffmann,", co="die Stadtwerke Mühlbach")],
  era=2016, exchange=True, onprem="SWMEX01.swm.local")

_vogel = ("Markus Vogel", "markus.vogel@vogel-logistik.de")
H("outlook_headers", "de", "nach-der-logimat", _vogel, DE_J, D(2022, 3, 8, 16, 44),
  "AW: Kurze Nachfrage",
  """Hallo Herr Brandt,

danke für die Erinnerung. Passt grundsätzlich, wir melden uns aber erst nach der LogiMAT.

Gruß / Best regards
Markus Vogel
Vogel Logistik GmbH & Co. KG | Leitung Lager
Mobil +49 171 5550 842""",
  [I(DE_J, [_vogel], D(2022, 3, 8, 9, 14), "Kurze Nachfrage", DE_J2, greet="Hallo Herr Vogel,"),
   I(DE_J, [_vogel], D(2022, 3, 1, 10, 5), "Wartungsplanung bei Vogel Logistik", DE_J1,
     greet="Sehr geehrter Herr Vogel,", co="Vogel Logistik")],
  era=2019, variant="owa", exchange=True, cte="base64", pod="FR2P281MB")

_bakker = ("Ingrid Bakker", "i.bakker@bakker-techniek.nl")
H("outlook_headers", "nl", "dinsdag-tien-uur", _bakker, NL_S, D(2021, 2, 16, 9, 58),
  "RE: Planning monteurs",
  """Hoi Sanne,

Leuk dat je contact opneemt. We werken nu met losse Excel-lijsten en dat loopt bij 35 monteurs echt spaak.

Kun je volgende week dinsdag om 10:00 uur bellen? Dan sluit ook onze planner Ruud aan.

Met vriendelijke groet,

Ingrid Bakker
Operationeel manager
Bakker Techniek B.V. | Edisonstraat 9 | 7575 AT Oldenzaal
T: +31 (0)541 55 12 00 | www.bakker-techniek.nl

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Verstrekking aan en gebruik door anderen is niet toegestaan. Bakker Techniek B.V. sluit iedere aansprakelijkheid uit die voortvloeit uit elektronische verzending.
This e-mail is intended exclusively for the addressee(s). Disclosure to or use by others is not permitted. Bakker Techniek B.V. accepts no liability arising from electronic transmission.""",
  [I(NL_S, [_bakker], D(2021, 2, 15, 9, 14), "Planning monteurs", NL_S1,
     greet="Beste mevrouw Bakker,", co="Bakker Techniek")],
  era=2019, exchange=True, pod="AM0PR02MB")

_ejansen = ("Erik Jansen", "erik.jansen@noordkade-groep.nl")
_femke = ("Femke de Boer", "f.deboer@noordkade-groep.nl")
H("outlook_headers", "nl", "prima-agenda", _ejansen, NL_S, D(2016, 10, 4, 14, 21, tz="+0200"),
  "RE: Demo Polderlicht",
  "Prima, zet het maar in de agenda.\n\nGroet,\nErik",
  [I(NL_S, [_ejansen], D(2016, 10, 4, 11, 5, tz="+0200"), "RE: Demo Polderlicht",
     "Hallo Erik,\n\nDank je. Zullen we de demo dan op donderdag 13 oktober om 14:00 uur doen, bij jullie op kantoor?\n\n"
     "Groet,\nSanne", cc=[_femke]),
   I(_ejansen, [NL_S], D(2016, 10, 3, 16, 40, tz="+0200"), "RE: Demo Polderlicht",
     "Hoi Sanne,\n\nFemke en ik willen graag een demo zien. Kun je een paar data voorstellen in oktober?\n\n"
     "Erik Jansen\nNoordkade Groep | Facilitair Bedrijf", cc=[_femke]),
   I(NL_S, [_ejansen], D(2016, 9, 28, 9, 14, tz="+0200"), "Demo Polderlicht", NL_S1,
     greet="Beste Erik,", co="Noordkade Groep")],
  cc=[_femke], era=2013, html_only=True, exchange=True, onprem="NKGEX01.noordkade.local")

_conti = ("Alessandro Conti", "alessandro.conti@contiserramenti.it")
H("outlook_headers", "it", "fuori-ufficio-ma", _conti, IT_G, D(2022, 7, 29, 19, 12, tz="+0200"),
  "RE: Listini e ordini rivenditori",
  """Buonasera Giulia,

sono fuori ufficio fino al 22 agosto, ma le rispondo volentieri da qui: il tema ci interessa, soprattutto per la parte listini.

Mi scriva a fine agosto e fissiamo una call con il nostro IT.

Saluti,
Alessandro Conti
Direttore Commerciale
Conti Serramenti S.r.l. | Via Emilia 112, 42124 Reggio Emilia
Tel. +39 0522 555 410

Questo messaggio è destinato esclusivamente al destinatario indicato e può contenere informazioni riservate. Se lo ha ricevuto per errore, La preghiamo di avvisare il mittente e di cancellarlo.
This message is intended only for the named recipient and may contain confidential information. If you received it in error, please notify the sender and delete it.""",
  [I(IT_G, [_conti], D(2022, 7, 28, 9, 14, tz="+0200"), "Listini e ordini rivenditori", IT_G1,
     greet="Buongiorno Alessandro,", co="Conti Serramenti")],
  era=2019, exchange=True, pod="VI1PR04MB")

_mgil = ("Marta Gil", "mgil@calzadosalameda.es")
H("outlook_headers", "es", "enviado-el-lunes", _mgil, ES_L, D(2018, 2, 6, 12, 40),
  "RE: Inventario tienda y online",
  """Buenos días Lucía:

El contrato con nuestro proveedor actual fue enviado el lunes para renovación, así que este año no podemos cambiar.

Te agradezco el interés. Escríbeme a finales de año, por favor.

Un saludo,

Marta Gil Ortega
Responsable de E-commerce
Calzados Alameda S.A.
Avda. de la Constitución 21, 03203 Elche (Alicante)
Tel. 965 55 43 21""",
  [I(ES_L, [_mgil], D(2018, 2, 5, 9, 14), "Inventario tienda y online", ES_L1,
     greet="Hola Marta:", co="Calzados Alameda")],
  era=2016, exchange=False)

_aromero = ("Andrés Romero", "aromero@ferreteriadelvalle.com.mx")
H("outlook_headers", "es", "modulo-erp", _aromero, ES_L, D(2020, 8, 18, 11, 5, tz="-0500"),
  "RE: Inventario tienda y online",
  """Hola Lucía, buen día.

Gracias por la información. Por ahora manejamos el inventario con el módulo de nuestro ERP y nos funciona bien.

Quedo a tus órdenes.

Saludos cordiales,
Andrés Romero
Gerente de Sistemas | Ferretería del Valle
Tel. (33) 3555 0198""",
  [I(ES_L, [_aromero], D(2020, 8, 17, 9, 14, tz="-0500"), "Inventario tienda y online", ES_L1,
     greet="Estimado Andrés:", co="Ferretería del Valle")],
  era=2019, variant="owa", exchange=True, pod="DM6PR19MB")

_jpereira = ("Juliana Pereira", "juliana.pereira@transnorte.com.br")
_marcos = ("Marcos Oliveira", "marcos.oliveira@transnorte.com.br")
H("outlook_headers", "pt", "quinta-15h", _jpereira, PT_R, D(2021, 5, 11, 16, 20, tz="-0300"),
  "RES: Conciliação bancária na Transnorte",
  """Oi Rafael,

Obrigada pelo contato. Incluí o Marcos em cópia, ele é o responsável pela tesouraria e está cuidando da escolha da ferramenta.

Podemos falar na quinta-feira às 15h?

Atenciosamente,

Juliana Pereira
Coordenadora de Controladoria
Transnorte Logística S.A.
+55 (92) 3555-0147

Esta mensagem pode conter informação confidencial ou privilegiada, sendo seu sigilo protegido por lei. Se você não for o destinatário ou a pessoa autorizada a receber esta mensagem, não pode usar, copiar ou divulgar as informações nela contidas ou tomar qualquer ação baseada nessas informações.
This message may contain confidential or privileged information and its confidentiality is protected by law. If you are not the addressee or authorized person to receive this message, you must not use, copy, disclose or take any action based on it.""",
  [I(PT_R, [_jpereira], D(2021, 5, 10, 9, 14, tz="-0300"), "Conciliação bancária na Transnorte", PT_R1,
     greet="Oi Juliana,", co="Transnorte")],
  cc=[_marcos], era=2019, exchange=True, pod="CPXPR80MB")

_anowak = ("Agnieszka Nowak", "agnieszka.nowak@polmet-serwis.pl")
H("outlook_headers", "pl", "czwartek-teams", _anowak, PL_K, D(2019, 9, 24, 10, 12, tz="+0200"),
  "RE: System WMS dla nowego centrum dystrybucyjnego",
  """Dzień dobry,

dziękuję za kontakt. Temat jest dla nas aktualny – obecnie porównujemy trzy systemy i chętnie zobaczymy również Państwa rozwiązanie.

Czy pasuje Pani czwartek 3 października o 11:00? Prosiłabym o spotkanie przez Teams.

Pozdrawiam
Agnieszka Nowak
Kierownik ds. Logistyki
POLMET Serwis Sp. z o.o.
tel. kom. +48 601 555 214""",
  [I(PL_K, [_anowak], D(2019, 9, 23, 9, 14, tz="+0200"), "System WMS dla nowego centrum dystrybucyjnego", PL_K1,
     greet="Dzień dobry Pani Agnieszko,", co="Polmet Serwis", ask="znalazłaby Pani")],
  era=2019, exchange=True, cte="base64", pod="AM6PR06MB")

# ===========================================================================
# lotus_notes (9)
# ===========================================================================
_hale = ("Robert Hale", "rhale@meridian-ins.com")
_it = I(EN_R, [("", "dortiz@meridian-ins.com")], D(2005, 3, 7, 16, 40, tz="-0500"),
        "Reporting automation for Meridian Insurance", EN_R1, greet="Hi Dave,", co="Meridian Insurance")
H("lotus_notes", "en", "fwd-chain-conversion", _hale, EN_R, D(2005, 3, 8, 10, 26, tz="-0500"),
  "Re: Fw: Reporting automation for Meridian Insurance",
  """Rachel,

Dave passed your note on to me since I own the reporting side in Finance. We're in the middle of a system conversion until June, so I can't take on anything new before then.

Please keep me on your list and check back in the summer.

Regards,

Bob Hale
Manager, Financial Reporting
Meridian Insurance Group
(317) 555-0166""",
  [_it],
  quote_text="\n".join(
      ["----- Forwarded by Robert Hale/US/Meridian on 03/08/2005 10:15 AM -----", ""]
      + q_notes_stacked(None, ["Dave Ortiz"], "03/07/2005 05:02 PM",
                        "Robert Hale/US/Meridian@Meridian", "Linda Marsh/US/Meridian@Meridian",
                        "Fw: Reporting automation for Meridian Insurance", "indented")
      + ["", "Bob - this looks like something for your group, not IT. Do you want to",
         "take it? I haven't replied to her.", "", "Dave",
         "----- Forwarded by Dave Ortiz/US/Meridian on 03/07/2005 04:58 PM -----", ""]
      + q_notes_stacked(None, ['"Rachel Okafor" <rachel.okafor@brightpath-analytics.com>'], "03/07/2005 04:40 PM",
                        "<dortiz@meridian-ins.com>", "", "Reporting automation for Meridian Insurance", "indented")
      + [""] + _it.lines),
  era=2005, cs="US-ASCII", cte="7bit", gap=2)

_marsh = ("Linda Marsh", "lmarsh@pembertonchem.com")
_it = I(EN_T, [("", _marsh[1])], D(2012, 10, 15, 9, 14, tz="-0500"), "Freight audit for Pemberton Chemical",
        EN_T1, greet="Hi Linda,", co="Pemberton Chemical")
H("lotus_notes", "en", "skeptical-references", _marsh, EN_T, D(2012, 10, 16, 14, 5, tz="-0500"),
  "Re: Freight audit for Pemberton Chemical",
  """Tom,

We did a freight audit with another firm two years ago and the recovery was well under 1%, so I'm skeptical of the 4-6% figure.

If you can share two references from chemical or plastics shippers I'd be willing to take a call.

Linda Marsh
Procurement Manager, Logistics
Pemberton Chemical Corporation
2200 Lakeview Dr., Naperville, IL 60563
Tel 630-555-0144  |  Cell 630-555-0178""",
  [_it],
  quote_text="\n".join(q_notes_table(_it, datefmt=lambda d: f"{d:%m/%d/%Y %I:%M} {'AM' if d.hour < 12 else 'PM'}")),
  era=2012, cs="US-ASCII", html=True, notes_from='Linda Marsh <lmarsh@pembertonchem.com>')

_richter = ("Wolfgang Richter", "wolfgang.richter@richter-armaturen.de")
_it = I(DE_J, [("", _richter[1])], D(2007, 9, 17, 9, 14, tz="+0200"), "Wartungsplanung bei Richter Armaturen",
        DE_J1, greet="Sehr geehrter Herr Richter,", co="Richter Armaturen")
H("lotus_notes", "de", "sap-modul", _richter, DE_J, D(2007, 9, 18, 9, 33, tz="+0200"),
  "Antwort: Wartungsplanung bei Richter Armaturen",
  """Sehr geehrter Herr Brandt,

wir setzen für die Instandhaltung seit Jahren ein Modul unseres SAP-Systems ein und planen derzeit keine Änderung. Ein Wechsel ist frühestens 2009 ein Thema.

Mit freundlichen Grüßen

Wolfgang Richter
Leiter Instandhaltung

Richter Armaturen AG
Postfach 11 20
57392 Schmallenberg
Telefon: +49 (0) 2972 555-0
Vorsitzender des Aufsichtsrates: Dr. Klaus Brenner
Vorstand: Wolfgang Richter (Vors.), Gerd Albers
Sitz der Gesellschaft: Schmallenberg, Amtsgericht Arnsberg HRB 4711""",
  [_it],
  quote_text="\n".join(q_notes_table(_it, labels=("An", "Kopie", "Thema"),
                                     datefmt=lambda d: f"{d:%d.%m.%Y %H:%M}")),
  era=2007, notes_from='Wolfgang Richter <wolfgang.richter@richter-armaturen.de>')

_schmitt = ("Claudia Schmitt", "claudia.schmitt@hansa-kunststoff.de")
_it = I(DE_J, [("", _schmitt[1])], D(2014, 11, 4, 9, 14), "Kurze Nachfrage", DE_J2,
        greet="Sehr geehrte Frau Schmitt,", cc=[("", "instandhaltung@hansa-kunststoff.de")])
H("lotus_notes", "de", "abteilungsrunde", _schmitt, DE_J, D(2014, 11, 4, 15, 51),
  "Antwort: Kurze Nachfrage",
  """Hallo Herr Brandt,

Ihre erste Nachricht ist angekommen, ich hatte nur noch keine Zeit. Schicken Sie mir gerne die Kurzpräsentation, ich nehme sie mit in unsere Abteilungsrunde am 12.11.

Mit freundlichen Grüßen / Kind regards

Claudia Schmitt
Instandhaltung / Maintenance
Hansa Kunststofftechnik GmbH
Tel. +49 40 555 203-41
Geschäftsführer: Jan Petersen, Amtsgericht Hamburg HRB 98765""",
  [_it], quote_text="\n".join(q_notes_tabbed(_it, "de")), era=2014, html=True)

_durand = ("Jean-Pierre Durand", "jp.durand@durand-emballages.fr")
_it = I(FR_C, [("", _durand[1])], D(2011, 6, 6, 9, 14, tz="+0200"), "Structuration de votre équipe commerciale",
        FR_C1, greet="Bonjour Monsieur Durand,", co="Durand Emballages")
_st = ['"Camille Roussel" <camille.roussel@helio-conseil.fr>', "06/06/2011 09:14", "",
       "A", "jp.durand@durand-emballages.fr", "", "cc", "", "Objet",
       "Structuration de votre équipe commerciale", "", ""]
H("lotus_notes", "fr", "consultant-deja", _durand, FR_C, D(2011, 6, 7, 11, 2, tz="+0200"),
  "Réponse : Structuration de votre équipe commerciale",
  """Bonjour Madame Roussel,

Nous avons déjà un consultant qui nous accompagne sur ce sujet depuis l'an dernier.

Je transmets néanmoins votre message à notre directeur commercial, M. Fabre, qui vous recontactera s'il le juge utile.

Cordialement,

Jean-Pierre Durand
Directeur Général
DURAND EMBALLAGES SA
Zone Industrielle Nord - 45200 Montargis
Tél : 02 38 55 10 20 - Fax : 02 38 55 10 29""",
  [_it], quote_text="\n".join(_st + _it.lines), era=2011)

_visser = ("Hendrik Visser", "h.visser@visser-agro.nl")
_it = I(NL_S, [("", _visser[1])], D(2005, 4, 11, 9, 14, tz="+0200"), "Planning monteurs", NL_S1,
        greet="Geachte heer Visser,", co="Visser Agrotechniek")
H("lotus_notes", "nl", "whiteboard", _visser, NL_S, D(2005, 4, 12, 8, 55, tz="+0200"),
  "Re: Planning monteurs",
  """Mevrouw De Wit,

Wij hebben slechts vier monteurs in dienst en de planning doet mijn vrouw al twintig jaar op een whiteboard. Dat werkt prima.

Bedankt voor de moeite.

H. Visser
Visser Agrotechniek
Dorpsstraat 41
8301 AB Emmeloord
tel. 0527-61 22 33""",
  [_it], quote_text="\n".join(q_notes_box6(_it)), era=2005)

_galli = ("Roberto Galli", "roberto.galli@galli-tessuti.it")
_it = I(IT_G, [("", _galli[1])], D(2014, 2, 18, 9, 14), "Listini e ordini rivenditori", IT_G1,
        greet="Buongiorno Sig. Galli,", co="Galli Tessuti")
H("lotus_notes", "it", "decide-titolare", _galli, IT_G, D(2014, 2, 19, 12, 17),
  "Rif: Listini e ordini rivenditori",
  """Buongiorno,

la nostra rete vendita lavora ancora con i cataloghi cartacei e gli ordini arrivano via fax o telefono. Un portale potrebbe interessarci, ma la decisione spetta al titolare.

Può inviarmi del materiale da sottoporgli? Lo vedrà al rientro dalla fiera di Francoforte.

Distinti saluti

Roberto Galli
Ufficio Commerciale
Galli Tessuti S.p.A. - Via per Biella 55 - 13900 Biella
Tel. +39 015 555 3381""",
  [_it], quote_text="\n".join(q_notes_tabbed(_it, "it", datefmt=lambda d: f"{d:%d/%m/%Y %H.%M}")), era=2014)

_mazur = ("Piotr Mazur", "piotr.mazur@mazur-chlodnie.pl")
_it = I(PL_K, [("", _mazur[1])], D(2012, 5, 21, 9, 14, tz="+0200"), "System WMS dla nowego centrum dystrybucyjnego",
        PL_K1, greet="Szanowny Panie,", co="Mazur Chłodnie", ask="znalazłby Pan")
H("lotus_notes", "pl", "inne-wdrozenie", _mazur, PL_K, D(2012, 5, 22, 13, 45, tz="+0200"),
  "Odp: System WMS dla nowego centrum dystrybucyjnego",
  """Szanowna Pani,

dziękuję za informację. W tej chwili jesteśmy w trakcie wdrożenia innego systemu i nie planujemy zmian w najbliższych dwóch latach.

Z poważaniem
Piotr Mazur
Dyrektor ds. Logistyki
Mazur Chłodnie Sp. z o.o.
ul. Chłodnicza 3, 62-080 Tarnowo Podgórne
tel. 61 555 40 20""",
  [_it], quote_text="\n".join(q_notes_tabbed(_it, "pl")), era=2012, cs="ISO-8859-2")

_ortega = ("Carmen Ortega", "carmen.ortega@grupoalbor.es")
_it = I(ES_L, [("", "lserrano@grupoalbor.es")], D(2005, 10, 21, 9, 14, tz="+0200"),
        "Propuesta de inventario unificado", ES_L1, greet="Estimado Luis:", co="Grupo Albor")
H("lotus_notes", "es", "reenviado-valencia", _ortega, ES_L, D(2005, 10, 25, 17, 10, tz="+0200"),
  "Re: Fw: Propuesta de inventario unificado",
  """Hola Lucía,

Luis me ha reenviado tu propuesta. Me interesa para las tiendas de Valencia, que son las que más problemas de stock tienen.

¿Podrías llamarme el jueves por la mañana al 96 555 20 30?

Un saludo,
Carmen Ortega
Responsable de Tiendas - Zona Levante
Grupo Albor""",
  [_it],
  quote_text="\n".join(
      ["----- Forwarded by Carmen Ortega/Madrid/GrupoAlbor on 25/10/2005 16:58 -----", ""]
      + q_notes_stacked(None, ["Luis Serrano"], "24/10/2005 13:20",
                        "Carmen Ortega/Madrid/GrupoAlbor@GrupoAlbor", "Ana Ruiz/Valencia/GrupoAlbor@GrupoAlbor",
                        "Fw: Propuesta de inventario unificado", "indented")
      + ["", "Carmen, te reenvío esto por si encaja con lo de las tiendas de Valencia.",
         "Yo no he contestado.", "", "Luis",
         "----- Forwarded by Luis Serrano/Madrid/GrupoAlbor on 24/10/2005 13:18 -----", ""]
      + q_notes_stacked(None, ['"Lucía Navarro" <lucia.navarro@ventanal-digital.es>',
                               "Please respond to lucia.navarro"], "21/10/2005 09:14",
                        "<lserrano@grupoalbor.es>", "", "Propuesta de inventario unificado", "indented")
      + [""] + _it.lines),
  era=2005, notes_from='Carmen Ortega <carmen.ortega@grupoalbor.es>')

# ===========================================================================
# groupwise (8)
# ===========================================================================
_parsons = ("Linda Parsons", "LParsons@holliscounty-fl.gov")
H("groupwise", "en", "formal-bid", _parsons, EN_T, D(2008, 3, 4, 10, 47, tz="-0500"),
  "Re: Freight audit for Hollis County",
  """Mr. Whitfield,

All county purchases over $25,000 must go through a formal bid. Freight audit services are not on our current bid calendar.

You can register as a vendor on the county procurement portal to be notified of future solicitations.

Linda Parsons
Purchasing Coordinator
Hollis County Board of County Commissioners
Purchasing Division
(850) 555-0131

Under Florida law, e-mail addresses are public records. If you do not want your e-mail address released in response to a public records request, do not send electronic mail to this entity. Instead, contact this office by phone or in writing.""",
  [I(EN_T, [_parsons], D(2008, 3, 4, 9, 14, tz="-0500"), "Freight audit for Hollis County", EN_T1,
     greet="Hi Linda,", co="Hollis County")],
  era=2008, gw_date="us_sec", gwhost="gw.holliscounty-fl.gov")

_ellison = ("Mark Ellison", "mellison@westbrook.edu")
H("groupwise", "en", "purchasing-freeze", _ellison, EN_R, D(2016, 4, 12, 14, 22, tz="-0500"),
  "Re: Cutting month-end reporting time",
  """Rachel,

As our controller wrote to you last spring, the university is under a purchasing freeze until July 1. Any new software also has to go through IT security review, which takes about 90 days.

I'd suggest reaching out again in August.

Mark

Mark Ellison, Ph.D.
Associate Vice President for Financial Services
Westbrook State University
Phone: 512-555-0190""",
  [I(EN_R, [_ellison], D(2016, 4, 12, 9, 14, tz="-0500"), "Cutting month-end reporting time", EN_R1,
     greet="Hi Mark,", co="Westbrook State University")],
  era=2016, html_only=True, gw_date="us", gwhost="gwia.westbrook.edu")

_mbauer = ("Monika Bauer", "Monika.Bauer@lra-hohenfeld.de")
H("groupwise", "de", "vergaberecht", _mbauer, DE_J, D(2010, 3, 3, 10, 12),
  "Antw: Wartungsplanung im Landratsamt",
  """Sehr geehrter Herr Brandt,

vielen Dank für Ihr Angebot. Als öffentliche Verwaltung sind wir an das Vergaberecht gebunden und können nicht direkt beauftragen.

Bitte beobachten Sie die Ausschreibungen auf unserer Homepage.

Mit freundlichen Grüßen

Monika Bauer
Landratsamt Hohenfeld
Sachgebiet 12 - Zentrale Dienste
Schlossplatz 2, 86633 Hohenfeld
Tel. 08431 555-212""",
  [I(DE_J, [_mbauer], D(2010, 3, 3, 9, 14), "Wartungsplanung im Landratsamt", DE_J1,
     greet="Sehr geehrte Frau Bauer,", co="das Landratsamt Hohenfeld")],
  era=2010, cs="ISO-8859-1", gw_date="de", gwhost="gwia.lra-hohenfeld.de")

_krueger = ("Stefan Krüger", "stefan.krueger@kreis-suedheide.de")
H("groupwise", "de", "kreishaus-pforte", _krueger, DE_J, D(2019, 10, 15, 8, 31, tz="+0200"),
  "Antw: AW: Termin Vorstellung Feldwerk",
  """Guten Morgen Herr Brandt,

der 22.10. um 10 Uhr passt. Wir treffen uns im Kreishaus, Raum 2.14. Bitte melden Sie sich an der Pforte.

Mit freundlichen Grüßen
Im Auftrag

Stefan Krüger
Kreisverwaltung Südheide
Fachdienst 10 - IT und Organisation
Telefon: 05141 555-1042
E-Mail: stefan.krueger@kreis-suedheide.de

Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige Adressat sind, benachrichtigen Sie bitte den Absender und löschen Sie diese E-Mail. Die Kommunikation per E-Mail ist nur mit einer qualifizierten elektronischen Signatur rechtsverbindlich.""",
  [I(DE_J, [_krueger], D(2019, 10, 14, 17, 2, tz="+0200"), "AW: Termin Vorstellung Feldwerk",
     "Sehr geehrter Herr Krüger,\n\nvielen Dank für die Rückmeldung. Passt Ihnen Dienstag, der 22.10., um 10 Uhr?\n\n"
     "Mit freundlichen Grüßen\nJonas Brandt"),
   I(_krueger, [DE_J], D(2019, 10, 14, 11, 20, tz="+0200"), "Termin Vorstellung Feldwerk",
     "Sehr geehrter Herr Brandt,\n\nwir würden uns Ihre Software gerne einmal vorstellen lassen. Bitte schlagen "
     "Sie zwei Termine im Oktober vor.\n\nMit freundlichen Grüßen\nStefan Krüger")],
  era=2019, gw_date="de2", gwhost="gwia.kreis-suedheide.de")

_rjansen = ("Ruud Jansen", "r.jansen@zuiderveen.nl")
H("groupwise", "nl", "tenderned", _rjansen, NL_S, D(2011, 9, 13, 15, 10, tz="+0200"),
  "Re: Planning monteurs buitendienst",
  """Geachte mevrouw De Wit,

Dank voor uw bericht. De gemeente is gebonden aan het inkoopbeleid; leveranciers kunnen zich inschrijven via TenderNed wanneer er een aanbesteding is.

Met vriendelijke groet,

R. Jansen
Gemeente Zuiderveen
Afdeling Beheer Openbare Ruimte
Postbus 40, 9400 AA Zuiderveen
Telefoon 14 0599

Dit bericht is uitsluitend bestemd voor de geadresseerde. Het bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, dan verzoeken wij u het bericht te verwijderen en de afzender te informeren.""",
  [I(NL_S, [_rjansen], D(2011, 9, 13, 9, 14, tz="+0200"), "Planning monteurs buitendienst", NL_S1,
     greet="Geachte heer Jansen,", co="de gemeente Zuiderveen")],
  era=2011, gw_date="nl", gwhost="gw.zuiderveen.nl")

_kok = ("Marloes Kok", "m.kok@stichting-delta-onderwijs.nl")
H("groupwise", "nl", "afzender-van-spam", _kok, NL_S, D(2015, 11, 24, 12, 5),
  "Re: Kort vervolg",
  """Beste Sanne,

Kunt u het voorstel nog een keer sturen? Bij ons stond als afzender (Van:) alleen 'noreply' en het zat daardoor in de spamfolder.

Groet,
Marloes Kok
Stichting Delta Onderwijs | facilitair coördinator""",
  [I(NL_S, [_kok], D(2015, 11, 24, 9, 14), "Kort vervolg", NL_S2, greet="Beste mevrouw Kok,")],
  era=2015, gw_date="nl", gwhost="gwia.stichting-delta-onderwijs.nl")

_vdubois = ("Véronique Dubois", "v.dubois@belmont-lac.ch")
H("groupwise", "fr", "administration-communale", _vdubois, FR_C, D(2012, 5, 15, 14, 48, tz="+0200"),
  "Re: Structuration de votre équipe commerciale",
  """Madame,

Nous sommes une administration communale et n'avons pas d'équipe commerciale. Votre message a sans doute été envoyé par erreur.

Meilleures salutations

Véronique Dubois
Secrétaire municipale adjointe
Commune de Belmont-sur-Lac
Route du Village 12 - 1092 Belmont-sur-Lac
Tél. 021 555 14 20""",
  [I(FR_C, [_vdubois], D(2012, 5, 15, 9, 14, tz="+0200"), "Structuration de votre équipe commerciale", FR_C1,
     greet="Madame,", co="la Commune de Belmont-sur-Lac")],
  era=2012, cs="ISO-8859-1", gw_date="de", gwhost="gw.belmont-lac.ch")

_clima = ("Carlos Eduardo Lima", "carlos.lima@saojoaquim.sp.gov.br")
H("groupwise", "pt", "licitacao", _clima, PT_R, D(2015, 6, 16, 11, 40, tz="-0300"),
  "Re: Conciliação bancária na Prefeitura",
  """Prezado Rafael,

Agradeço o contato. Informo que as contratações da Prefeitura seguem a Lei 8.666/93 e são feitas por meio de licitação, publicada no Diário Oficial do Município.

Atenciosamente,

Carlos Eduardo Lima
Diretor do Departamento de Finanças
Prefeitura Municipal de São Joaquim
Tel.: (16) 3555-2100""",
  [I(PT_R, [_clima], D(2015, 6, 15, 9, 14, tz="-0300"), "Conciliação bancária na Prefeitura", PT_R1,
     greet="Prezado Carlos,", co="Prefeitura de São Joaquim")],
  era=2015, gw_date="eu", gwhost="gwia.saojoaquim.sp.gov.br")

# ===========================================================================
# gmail (13)
# ===========================================================================
_kpark = ("Kevin Park", "kevin@parkandlowe.com")
H("gmail", "en", "datefirst-roi", _kpark, EN_R, D(2017, 2, 9, 8, 5, tz="-0800"),
  "Re: Cutting month-end reporting time",
  """Hi Rachel,

Thanks for the note. We're a 40-person firm and our bookkeeper closes the month in about three days, so I don't think the ROI is there for us yet.

Feel free to check back next year, we're growing fast.

Kevin

-- 
Kevin Park
COO, Park & Lowe Architects
(415) 555-0126""",
  [I(EN_R, [_kpark], D(2017, 2, 8, 12, 32, tz="-0800"), "Cutting month-end reporting time", EN_R1,
     greet="Hi Kevin,", co="Park & Lowe")],
  datefirst=True)

_list_ops = dict(name="ops-forum", addr="ops-forum@lists.finops-circle.org",
                 url="https://lists.finops-circle.org/mailman/listinfo/ops-forum",
                 desc="Finance operations practitioners")
_nadia = ("Nadia Brooks", "nadia.brooks@gmail.com")
H("gmail", "en", "list-bottom-post", _nadia, ("", "ops-forum@lists.finops-circle.org"),
  D(2019, 5, 21, 21, 14, tz="+0100"),
  "Re: [ops-forum] Anyone using BrightPath for month-end close?",
  """We rolled it out at my previous company (about 12 entities, GBP/EUR/USD). Implementation took roughly ten weeks, most of it spent cleaning up the chart of accounts rather than on the tool itself.

Multi-currency was fine for reporting, but revaluation still had to be done in the ERP.

Happy to chat offline if useful.

Nadia""",
  [I(("Dan Reeves", "dreeves@fenwick-textiles.co.uk"), [("", "ops-forum@lists.finops-circle.org")],
     D(2019, 5, 21, 14, 2, tz="+0100"), "[ops-forum] Anyone using BrightPath for month-end close?",
     "Hi all,\n\nWe've had a sales rep from BrightPath Analytics chasing us for a few weeks. Has anyone here "
     "actually used it for the month-end pack? Interested in how long the implementation took and whether it "
     "copes with multi-currency.\n\nThanks,\nDan")],
  bottom=True, plain_mode=True, list=_list_ops)

_cfont = ("Claire Fontaine", "claire.fontaine@atelier-fontaine-paris.fr")
H("gmail", "fr", "structure-huit", _cfont, FR_C, D(2020, 10, 13, 15, 2, tz="+0200"),
  "Re: Structuration de votre équipe commerciale",
  """Bonjour Camille,

Merci pour votre message. Nous sommes une petite structure (8 personnes) et la partie commerciale, c'est moi !

Cela dit, je serais curieuse d'avoir vos tarifs pour un accompagnement ponctuel sur la rémunération variable.

Belle journée,
Claire

-- 
Claire Fontaine
Fondatrice - Atelier Fontaine
www.atelier-fontaine-paris.fr""",
  [I(FR_C, [_cfont], D(2020, 10, 13, 9, 14, tz="+0200"), "Structuration de votre équipe commerciale", FR_C1,
     greet="Bonjour Claire,", co="l'Atelier Fontaine")],
  )

_schaefer = ("Florian Schäfer", "florian.schaefer@schaefer-praezisionsteile.de")
_jlong = ("Jonas Brandt | Feldwerk Software GmbH | Vertrieb & Service Region Süddeutschland",
          "jonas.brandt@vertrieb.feldwerk-software.de")
H("gmail", "de", "cmms-seit-januar", _schaefer, _jlong, D(2020, 3, 3, 13, 40),
  "Re: Wartungsplanung bei Schäfer Präzisionsteile",
  """Hallo Herr Brandt,

danke für die Info. Wir haben gerade erst ein CMMS eingeführt (seit Januar live), da ist ein Wechsel kein Thema.

Viele Grüße
Florian Schäfer

Schäfer Präzisionsteile GmbH
Leitung Instandhaltung
Gewerbering 8, 78559 Gosheim
Tel. 07426 555-300""",
  [I(_jlong, [_schaefer], D(2020, 3, 3, 9, 14), "Wartungsplanung bei Schäfer Präzisionsteile", DE_J1,
     greet="Sehr geehrter Herr Schäfer,", co="Schäfer Präzisionsteile")])

_lehmann = ("Anna Lehmann", "a.lehmann@lehmann-gartenbau.de")
H("gmail", "de", "datefirst-kollege-schrieb", _lehmann, DE_J, D(2016, 3, 4, 8, 12),
  "Re: Kurze Nachfrage",
  """Guten Morgen Herr Brandt,

Ihr Kollege Herr Seidel schrieb mir letzte Woche schon dasselbe, bitte stimmen Sie sich intern ab.

Wir sind ein Gartenbaubetrieb mit sechs Mitarbeitern und brauchen keine Instandhaltungssoftware.

Freundliche Grüße
Anna Lehmann""",
  [I(DE_J, [_lehmann], D(2016, 3, 3, 9, 14), "Kurze Nachfrage", DE_J2, greet="Hallo Frau Lehmann,")],
  datefirst=True)

_bsmit = ("Bas Smit", "bas@smit-koeltechniek.nl")
H("gmail", "nl", "hoogseizoen-nested", _bsmit, NL_S, D(2023, 5, 9, 10, 47, tz="+0200"),
  "Re: Planning monteurs",
  """Hoi Sanne,

Sorry, je eerste mail was ondergesneeuwd. We zitten midden in het hoogseizoen, dus bel me liever na de zomer.

Groeten,
Bas Smit
Smit Koeltechniek
06-12 55 77 90""",
  [I(NL_S, [_bsmit], D(2023, 5, 9, 9, 14, tz="+0200"), "Re: Planning monteurs", NL_S2, greet="Hoi Bas,"),
   I(NL_S, [_bsmit], D(2023, 5, 2, 9, 30, tz="+0200"), "Planning monteurs", NL_S1,
     greet="Beste Bas,", co="Smit Koeltechniek")])

_moretti = ("Luca Moretti", "luca.moretti@morettiforniture.it")
H("gmail", "it", "scrivi-a-sara", _moretti, IT_G, D(2021, 11, 9, 17, 30),
  "Re: Listini e ordini rivenditori",
  """Ciao Giulia,

grazie della mail. Interessante, anche perché i nostri agenti si lamentano da anni dei listini in PDF.

Ti chiedo però di scrivere a Sara Bassi (sara.bassi@morettiforniture.it), che segue il progetto del nuovo sito B2B.

Un saluto,
Luca""",
  [I(IT_G, [_moretti], D(2021, 11, 9, 9, 14), "Listini e ordini rivenditori", IT_G1,
     greet="Buongiorno Luca,", co="Moretti Forniture")],
  cte="base64")

_marchetti = ("Elena Marchetti", "elena.marchetti@marchetti-illuminazione.it")
H("gmail", "it", "contratto-rinnovato", _marchetti, IT_G, D(2019, 4, 16, 12, 20, tz="+0200"),
  "Re: Listini e ordini rivenditori",
  """Gentile Giulia,

la ringrazio, ma abbiamo appena rinnovato per tre anni il contratto con il nostro attuale fornitore.

Cordiali saluti

-- 
Elena Marchetti
Responsabile Vendite Italia
Marchetti Illuminazione S.r.l.
Via dei Mille 14, 20832 Desio (MB)
T. +39 0362 555 870 | M. +39 347 555 1290
www.marchetti-illuminazione.it

AVVISO DI RISERVATEZZA: questo messaggio e gli eventuali allegati sono destinati esclusivamente al destinatario e possono contenere informazioni riservate. Se avete ricevuto questo messaggio per errore, vi preghiamo di informarci e di cancellarlo.
CONFIDENTIALITY NOTICE: this message and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error, please notify us and delete it.""",
  [I(IT_G, [_marchetti], D(2019, 4, 15, 9, 14, tz="+0200"), "Listini e ordini rivenditori", IT_G1,
     greet="Gentile Dott.ssa Marchetti,", co="Marchetti Illuminazione")],
  )

_pherrera = ("Pablo Herrera", "pablo.herrera@herreraymartin.es")
H("gmail", "es", "martes-10", _pherrera, ES_L, D(2020, 3, 4, 10, 20),
  "Re: Inventario tienda y online",
  """Hola Lucía,

Sí, nos interesa. Tenemos seis tiendas y la web, y cada fin de semana vendemos online productos que ya no hay en el almacén.

¿Puedes el martes 10 a las 12:00? Te paso mi móvil: 655 12 34 98.

Gracias,
Pablo Herrera
Herrera y Martín - Deportes""",
  [I(ES_L, [_pherrera], D(2020, 3, 3, 9, 14), "Inventario tienda y online", ES_L1,
     greet="Hola Pablo:", co="Herrera y Martín")])

_sdelgado = ("Sofía Delgado", "sofia.delgado@delgadohermanos.es")
H("gmail", "es", "datefirst-socio-escribio", _sdelgado, ES_L, D(2015, 10, 7, 13, 5, tz="+0200"),
  "Re: Inventario tienda y online",
  """Hola Lucía:

Mi socio ya te escribió la semana pasada para decirte que estamos cerrando dos tiendas, así que no es buen momento.

Gracias de todos modos.

Sofía""",
  [I(ES_L, [_sdelgado], D(2015, 10, 6, 9, 14, tz="+0200"), "Inventario tienda y online", ES_L1,
     greet="Hola Sofía:", co="Delgado Hermanos")],
  datefirst=True)

_bsouza = ("Beatriz Souza", "beatriz.souza@souzaalimentos.com.br")
H("gmail", "pt", "vaga-preenchida", _bsouza, PT_R, D(2020, 3, 3, 14, 2, tz="-0300"),
  "Re: Conciliação bancária na Souza Alimentos",
  """Oi Rafael,

A vaga que você viu já foi preenchida, e a conciliação hoje é feita pelo nosso ERP mesmo.

Obrigada pelo contato!

Beatriz Souza
Analista Financeira Sr. | Souza Alimentos
(19) 99555-0142""",
  [I(PT_R, [_bsouza], D(2020, 3, 3, 9, 14, tz="-0300"), "Conciliação bancária na Souza Alimentos", PT_R1,
     greet="Olá Beatriz,", co="Souza Alimentos")])

_mlew = ("Michał Lewandowski", "michal.lewandowski@lewandowski-logistyka.pl")
H("gmail", "pl", "oferta-referencje", _mlew, PL_K, D(2020, 3, 3, 11, 28),
  "Re: System WMS dla nowego centrum dystrybucyjnego",
  """Dzień dobry Pani Katarzyno,

dziękuję za wiadomość. Centrum w Łodzi otwieramy dopiero w 2021 roku, ale temat WMS jest dla nas ważny.

Proszę przesłać ofertę i referencje od klientów z branży spożywczej.

Pozdrawiam,
Michał Lewandowski
Dyrektor Operacyjny
Lewandowski Logistyka Sp. z o.o.""",
  [I(PL_K, [_mlew], D(2020, 3, 3, 9, 14), "System WMS dla nowego centrum dystrybucyjnego", PL_K1,
     greet="Dzień dobry Panie Michale,", co="Lewandowski Logistyka", ask="znalazłby Pan")],
  cte="base64")

_ekam = ("Ewa Kamińska", "ewa.kaminska@kaminski-meble.pl")
H("gmail", "pl", "one-line-zarzad", _ekam, PL_K, D(2021, 6, 15, 16, 55, tz="+0200"),
  "Re: Spotkanie w sprawie WMS",
  "Dziękuję, przekażę zarządowi.",
  [I(PL_K, [_ekam], D(2021, 6, 15, 14, 20, tz="+0200"), "Re: Spotkanie w sprawie WMS",
     "Pani Ewo,\n\nw załączeniu przesyłam prezentację ze spotkania oraz wstępną wycenę.\n\n"
     "Pozdrawiam serdecznie,\nKatarzyna Zielińska"),
   I(_ekam, [PL_K], D(2021, 6, 10, 9, 5, tz="+0200"), "Re: Spotkanie w sprawie WMS",
     "Dzień dobry,\n\ndziękujemy za spotkanie. Prosimy o przesłanie prezentacji i wyceny.\n\nEwa Kamińska\n"
     "Kamiński Meble Sp. z o.o."),
   I(PL_K, [_ekam], D(2021, 6, 7, 15, 45, tz="+0200"), "Spotkanie w sprawie WMS",
     "Dzień dobry Pani Ewo,\n\npotwierdzam spotkanie w środę 9 czerwca o 10:00 w Państwa biurze w Swarzędzu.\n\n"
     "Pozdrawiam,\nKatarzyna")])

# ===========================================================================
# french_webmail (6)
# ===========================================================================
_glambert = ("Gérard Lambert", "gerard.lambert@orange.fr")
H("french_webmail", "fr", "artisan-seul", _glambert, FR_C, D(2019, 2, 12, 19, 47),
  "Re: Structuration de votre équipe commerciale",
  """Bonsoir

je suis artisan plombier, je travaille seul et je n'ai pas d'équipe commerciale. Je pense que vous vous êtes trompée d'adresse.

G. Lambert""",
  [I(FR_C, [("", _glambert[1])], D(2019, 2, 12, 9, 14), "Structuration de votre équipe commerciale", FR_C1,
     greet="Bonjour Monsieur Lambert,", co="Lambert Plomberie")])

_mgirard = ("Monique Girard", "monique.girard@wanadoo.fr")
H("french_webmail", "fr", "transmets-fils", _mgirard, FR_C, D(2012, 11, 20, 10, 31),
  "Re: Relance",
  """Bonjour,

Je transmets à mon fils qui a repris la gestion de l'entreprise en septembre. Vous pouvez le joindre au 06 55 21 44 80 (Stéphane Girard).

Bonne journée
Monique Girard""",
  [I(FR_C, [("", _mgirard[1])], D(2012, 11, 19, 9, 14), "Relance", FR_C2, greet="Bonjour Madame Girard,")],
  cs="ISO-8859-1", text_only=True, prefixed=False)

_pmorel = ("Patrick Morel", "patrick.morel@orange.fr")
H("french_webmail", "fr", "numero-dans-objet", _pmorel, FR_C, D(2021, 4, 6, 8, 58, tz="+0200"),
  "Re: Proposition d'accompagnement",
  """Bonjour Madame Roussel,

Bien reçu le devis, merci. Pouvez-vous indiquer le numéro de devis dans l'objet : notre comptable classe les mails par numéro et sinon elle ne s'y retrouve pas.

Je vous confirme notre accord d'ici la fin de la semaine.

Cordialement,
Patrick Morel
Morel Carrelages - SARL
06 55 18 27 43""",
  [I(FR_C, [("", _pmorel[1])], D(2021, 4, 2, 17, 5, tz="+0200"), "Proposition d'accompagnement",
     "Bonjour Monsieur Morel,\n\nSuite à notre échange téléphonique, vous trouverez ci-joint notre proposition "
     "d'accompagnement (devis n° HC-2021-044).\n\nJe reste à votre disposition pour en discuter.\n\n"
     "Bien cordialement,\nCamille Roussel")],
  html_only=True)

_hcaron = ("Hélène Caron", "helene.caron@laposte.net")
H("french_webmail", "fr", "deux-commerciaux", _hcaron, FR_C, D(2018, 9, 25, 14, 12, tz="+0200"),
  "Re: Structuration de votre équipe commerciale",
  """Bonjour Camille,

Oui, nous cherchons justement à recruter deux commerciaux pour le Grand Ouest. Pouvez-vous m'appeler demain entre 9h et 11h ?

Mon numéro : 02 99 55 31 40.

Hélène Caron
Gérante - Caron Textiles
Rennes""",
  [I(FR_C, [("", _hcaron[1])], D(2018, 9, 25, 9, 14, tz="+0200"), "Structuration de votre équipe commerciale",
     FR_C1, greet="Bonjour Madame Caron,", co="Caron Textiles", cc=[("", "contact@caron-textiles.fr")])])

_afournier = ("Alain Fournier", "alain.fournier36@orange.fr")
H("french_webmail", "fr", "note-jeudi", _afournier, FR_C, D(2022, 1, 18, 11, 5),
  "Re: Re: Devis accompagnement",
  "C'est noté pour jeudi 14h.\n\nCordialement\nA. Fournier",
  [I(FR_C, [("", _afournier[1])], D(2022, 1, 17, 18, 30), "Re: Devis accompagnement",
     "Bonjour Monsieur Fournier,\n\nComme convenu, je vous propose un rendez-vous le jeudi 20 janvier à 14h dans "
     "vos locaux.\n\nBien cordialement,\nCamille Roussel"),
   I(_afournier, [FR_C], D(2022, 1, 14, 9, 2), "Devis accompagnement",
     "Bonjour\n\nsuite à votre appel pouvez-vous passer nous voir la semaine prochaine ?\n\nA. Fournier")])

_nbertin = ("Nicolas Bertin", "nicolas.bertin@orange.fr")
H("french_webmail", "en", "independent-accountant", _nbertin, EN_R, D(2020, 6, 30, 22, 15, tz="+0200"),
  "Re: Cutting month-end reporting time",
  """Hello Rachel,

Thank you for your email. I am an independent accountant, I work alone with about 30 small clients, so I think your product is too big for me.

Best regards
Nicolas Bertin
Expert-comptable
Bertin Conseil - Nantes""",
  [I(EN_R, [("", _nbertin[1])], D(2020, 6, 30, 10, 14, tz="+0200"), "Cutting month-end reporting time", EN_R1,
     greet="Hi Nicolas,", co="Bertin Conseil")])

# ===========================================================================
# mobile (12)
# ===========================================================================
_dana = ("Dana Whitaker", "dwhitaker@whitakerbuilds.com")
H("mobile", "en", "iphone-send-video", _dana, EN_R, D(2022, 8, 23, 18, 2, tz="-0600"),
  "Re: Cutting month-end reporting time",
  "Sure, send the video over. If it looks good I'll loop in our accountant.",
  [I(EN_R, [_dana], D(2022, 8, 23, 9, 14, tz="-0600"), "Cutting month-end reporting time", EN_R1,
     greet="Hi Dana,", co="Whitaker Builders")],
  app="iphone", mobile_sig="Sent from my iPhone", us=True)

_greg = ("Greg Sullivan", "greg.sullivan@sullivanmech.com")
H("mobile", "en", "outlook-ios-one-pager", _greg, EN_T, D(2021, 5, 18, 7, 12, tz="-0400"),
  "Re: Freight audit for Sullivan Mechanical",
  "Tom - forward me the one-pager and a sample report. I'll review it this weekend.\n\nGreg",
  [I(EN_T, [_greg], D(2021, 5, 17, 9, 14, tz="-0400"), "Freight audit for Sullivan Mechanical", EN_T1,
     greet="Hi Greg,", co="Sullivan Mechanical")],
  app="outlook_ios", mobile_sig="Get Outlook for iOS<https://aka.ms/o0ukef>", pod="CY4PR12MB")

_amarchand = ("Aurélie Marchand", "aurelie.marchand@marchand-btp.fr")
H("mobile", "fr", "outlook-android-chantier", _amarchand, FR_C, D(2020, 9, 8, 7, 48, tz="+0200"),
  "Re: Structuration de votre équipe commerciale",
  """Bonjour,
Je suis sur chantier toute la semaine. Rappelez-moi lundi prochain vers 8h au 06 55 40 12 87.
A. Marchand""",
  [I(FR_C, [_amarchand], D(2020, 9, 7, 9, 14, tz="+0200"), "Structuration de votre équipe commerciale", FR_C1,
     greet="Bonjour Madame Marchand,", co="Marchand BTP")],
  app="outlook_android", mobile_sig="Obtenir Outlook pour Android<https://aka.ms/ghei36>", pod="PR3PR08MB")

_jwolf = ("Jürgen Wolf", "j.wolf@wolf-metallbau.de")
H("mobile", "de", "iphone-auf-montage", _jwolf, DE_J, D(2020, 3, 3, 12, 20),
  "Re: Wartungsplanung bei Wolf Metallbau",
  """Hallo Herr Brandt,
bin bis Freitag auf Montage und nicht im Büro. Rufen Sie mich nächste Woche an, dann reden wir.
Gruß J. Wolf""",
  [I(DE_J, [_jwolf], D(2020, 3, 3, 9, 14), "Wartungsplanung bei Wolf Metallbau", DE_J1,
     greet="Sehr geehrter Herr Wolf,", co="Wolf Metallbau")],
  app="iphone", mobile_sig="Von meinem iPhone gesendet")

_shart = ("Sven Hartmann", "sven.hartmann@posteo.de")
H("mobile", "de", "k9-nachfolger", _shart, DE_J, D(2018, 7, 10, 18, 33, tz="+0200"),
  "Re: Kurze Nachfrage",
  """Hallo Herr Brandt,

ich bin seit Juni nicht mehr bei der Firma Kübler tätig. Bitte wenden Sie sich an meinen Nachfolger, Herrn Ostermann.

Grüße
Sven Hartmann""",
  [I(DE_J, [_shart], D(2018, 7, 10, 9, 14, tz="+0200"), "Kurze Nachfrage", DE_J2, greet="Hallo Herr Hartmann,")],
  app="k9", mobile_sig="-- \nDiese Nachricht wurde von meinem Android-Mobiltelefon mit K-9 Mail gesendet.",
  relay="mout01.posteo.de")

_jvdijk = ("Joost van Dijk", "joost@vandijk-dakwerken.nl")
H("mobile", "nl", "ipad-weekend", _jvdijk, NL_S, D(2019, 1, 15, 21, 40),
  "Re: Planning monteurs",
  "Hoi Sanne,\n\nKlinkt interessant. Stuur maar wat info, dan kijk ik er in het weekend naar.\n\nJoost",
  [I(NL_S, [_jvdijk], D(2019, 1, 15, 9, 14), "Planning monteurs", NL_S1,
     greet="Beste Joost,", co="Van Dijk Dakwerken")],
  app="ipad", mobile_sig="Verstuurd vanaf mijn iPad")

_drusso = ("Davide Russo", "davide.russo@russoimpianti.it")
_it = I(IT_G, [_drusso], D(2021, 3, 2, 9, 14), "Listini e ordini rivenditori", IT_G1,
        greet="Buongiorno Davide,", co="Russo Impianti")
H("mobile", "it", "bluemail-cantiere", _drusso, IT_G, D(2021, 3, 2, 13, 15),
  "Re: Listini e ordini rivenditori",
  "Buongiorno,\nsono in cantiere, la richiamo io domani mattina.\nDavide Russo",
  [_it], app="bluemail", mobile_sig="Inviato da BlueMail",
  intro="Il 2 mar 2021, alle ore 09:14, Giulia Ferrante <giulia.ferrante@lineacorta.it> ha scritto:")

_jcast = ("Javier Castillo", "jcastillo@castillomotor.es")
H("mobile", "es", "typeapp-concesionarios", _jcast, ES_L, D(2018, 5, 22, 20, 5, tz="+0200"),
  "Re: Inventario tienda y online",
  "Hola Lucía, ahora mismo no, gracias. Tenemos solo dos concesionarios y el stock lo lleva la marca.\nUn saludo",
  [I(ES_L, [_jcast], D(2018, 5, 22, 9, 14, tz="+0200"), "Inventario tienda y online", ES_L1,
     greet="Hola Javier:", co="Castillo Motor")],
  app="typeapp", mobile_sig="Obtener TypeApp para Android",
  intro="El 22 may. 2018, a las 9:14, Lucía Navarro <lucia.navarro@ventanal-digital.es> escribió:")

_tribeiro = ("Thiago Ribeiro", "thiago.ribeiro@ribeiroconstrutora.com.br")
H("mobile", "pt", "iphone-me-liga", _tribeiro, PT_R, D(2022, 11, 8, 19, 22, tz="-0300"),
  "Re: Conciliação bancária na Ribeiro Construtora",
  "Rafael, boa noite.\nTenho interesse sim. Me liga amanhã depois das 14h?\nThiago",
  [I(PT_R, [_tribeiro], D(2022, 11, 8, 9, 14, tz="-0300"), "Conciliação bancária na Ribeiro Construtora", PT_R1,
     greet="Olá Thiago,", co="Ribeiro Construtora")],
  app="iphone", mobile_sig="Enviado do meu iPhone", xmailer="iPhone Mail (20B101)")

_lmendes = ("Larissa Mendes", "larissa.mendes.financeiro@gmail.com")
H("mobile", "pt", "samsung-gerente", _lmendes, PT_R, D(2019, 7, 30, 8, 47, tz="-0300"),
  "RE: Conciliação bancária na Mendes & Filhos",
  """Bom dia Rafael

Sou do financeiro da Mendes & Filhos mas esse assunto é com o meu gerente, Sr. Paulo. O e-mail dele é paulo.mendes@mendesefilhos.com.br

Att
Larissa""",
  [I(PT_R, [_lmendes], D(2019, 7, 29, 9, 14, tz="-0300"), "Conciliação bancária na Mendes & Filhos", PT_R1,
     greet="Olá Larissa,", co="Mendes & Filhos")],
  app="samsung", mobile_sig="Enviado do meu smartphone Samsung Galaxy.", relay="mail-pf1-f171.google.com")

_pdab = ("Paweł Dąbrowski", "pawel.dabrowski@dabrowski-transport.pl")
H("mobile", "pl", "samsung-w-trasie", _pdab, PL_K, D(2020, 10, 6, 7, 35, tz="+0200"),
  "RE: System WMS dla nowego centrum dystrybucyjnego",
  "Dzień dobry,\njestem w trasie do piątku. Proszę o telefon w poniedziałek po 10.\nPaweł Dąbrowski",
  [I(PL_K, [_pdab], D(2020, 10, 5, 9, 14, tz="+0200"), "System WMS dla nowego centrum dystrybucyjnego", PL_K1,
     greet="Dzień dobry Panie Pawle,", co="Dąbrowski Transport", ask="znalazłby Pan")],
  app="samsung", mobile_sig="Wysłane z urządzenia Samsung Galaxy")

_mkraw = ("Magdalena Krawczyk", "m.krawczyk@krawczyk-opakowania.pl")
H("mobile", "pl", "outlook-android-kierownik", _mkraw, PL_K, D(2023, 2, 14, 20, 11),
  "Re: System WMS dla nowego centrum dystrybucyjnego",
  """Dzień dobry Pani Katarzyno,

dziękuję, temat jest dla nas interesujący. Proszę o kontakt z naszym kierownikiem magazynu, panem Adamem Sową (tel. 601 555 302), on zbiera oferty.

Pozdrawiam
Magdalena Krawczyk""",
  [I(PL_K, [_mkraw], D(2023, 2, 14, 9, 14), "System WMS dla nowego centrum dystrybucyjnego", PL_K1,
     greet="Szanowna Pani Magdaleno,", co="Krawczyk Opakowania", ask="znalazłaby Pani")],
  app="outlook_android", mobile_sig="Pobierz aplikację Outlook dla systemu Android<https://aka.ms/ghei36>",
  pod="AM6PR06MB")

# ===========================================================================
# apple_mail (9)
# ===========================================================================
_ogrant = ("Oliver Grant", "oliver@grantandco.co.uk")
H("apple_mail", "en", "inline-answers", _ogrant, EN_R, D(2020, 3, 3, 17, 40, tz="+0000"),
  "Re: A few questions before our call",
  "Hi Rachel,\n\nAnswers below.",
  [I(EN_R, [_ogrant], D(2020, 3, 3, 9, 14, tz="+0000"), "A few questions before our call",
     "Hi Oliver,\n\nThanks for agreeing to a call on Thursday. A few quick questions so we can tailor the demo:\n\n"
     "1. Which accounting system do you use today, and is it hosted or on-premise?\n"
     "2. How many entities do you report on each month?\n3. Who else should join the call?\n\n"
     "Best regards,\nRachel")],
  inline=[("q", "Thanks for agreeing to a call on Thursday. A few quick questions so we can\ntailor the demo:\n\n"
                "1. Which accounting system do you use today, and is it hosted or\non-premise?"),
          ("a", "Xero, so hosted."),
          ("q", "2. How many entities do you report on each month?"),
          ("a", "Three: the UK company, the Irish one and a dormant holding company we\nstill have to file for."),
          ("q", "3. Who else should join the call?"),
          ("a", "Just me. Our external accountant might dial in for the last 15 minutes.")],
  tail="Cheers,\nOliver\n\nOliver Grant\nFinance Manager, Grant & Co. Ltd\n07700 900 214")

_mroux = ("Mathilde Roux", "mathilde.roux@roux-design.fr")
H("apple_mail", "fr", "second-semestre", _mroux, FR_C, D(2021, 5, 4, 16, 22, tz="+0200"),
  "Re: Structuration de votre équipe commerciale",
  """Bonjour Camille,

Merci pour votre message. C'est un sujet que nous avons identifié pour le second semestre, après l'arrivée de notre nouvelle directrice commerciale en juillet.

Je vous propose d'en reparler en septembre.

Bien à vous,

Mathilde Roux
Directrice générale
Roux Design - Mobilier contemporain
44 rue de la République, 13002 Marseille
+33 4 91 55 20 12""",
  [I(FR_C, [_mroux], D(2021, 5, 4, 9, 14, tz="+0200"), "Structuration de votre équipe commerciale", FR_C1,
     greet="Bonjour Mathilde,", co="Roux Design")])

_kneu = ("Katrin Neumann", "k.neumann@neumann-kaelte.de")
H("apple_mail", "de", "am-montag-schrieb", _kneu, DE_J, D(2020, 3, 3, 15, 5),
  "Re: Kurze Nachfrage",
  """Hallo Herr Brandt,

am Montag schrieb mir Ihr Kollege aus dem Vertrieb Nord bereits dasselbe. Wir haben uns vorerst gegen eine neue Software entschieden.

Beste Grüße
Katrin Neumann

Neumann Kältetechnik GmbH
Geschäftsführerin
Hafenstraße 31, 28217 Bremen
Tel. 0421 555 66 70""",
  [I(DE_J, [_kneu], D(2020, 3, 3, 9, 14), "Kurze Nachfrage", DE_J2, greet="Hallo Frau Neumann,"),
   I(DE_J, [_kneu], D(2020, 2, 25, 10, 0), "Wartungsplanung bei Neumann Kältetechnik", DE_J1,
     greet="Hallo Frau Neumann,", co="Neumann Kältetechnik")])

_lmulder = ("Lotte Mulder", "lotte@mulderinterieur.nl")
H("apple_mail", "nl", "vrijdag-zwolle", _lmulder, NL_S, D(2022, 9, 20, 11, 40, tz="+0200"),
  "Re: Planning monteurs",
  """Hoi Sanne,

Goed getimed! We zoeken inderdaad iets voor de planning van onze vier montageploegen. Kun je vrijdag om 15:00 uur langskomen in Zwolle?

Hartelijke groet,

Lotte Mulder
Mulder Interieurbouw
Grote Voort 18, 8041 BK Zwolle
038 - 455 66 10""",
  [I(NL_S, [_lmulder], D(2022, 9, 20, 9, 14, tz="+0200"), "Planning monteurs", NL_S1,
     greet="Beste Lotte,", co="Mulder Interieurbouw")],
  mver=("16.0 \\(3696.120.41.1.1\\)", "3696.120.41.1.1"))

_cromano = ("Chiara Romano", "chiara.romano@romanoceramiche.it")
H("apple_mail", "it", "martedi-alle-15", _cromano, IT_G, D(2019, 10, 22, 10, 5, tz="+0200"),
  "Re: Listini e ordini rivenditori",
  """Buongiorno Giulia,

grazie per il contatto. Potremmo sentirci martedì prossimo alle 15? Coinvolgerei anche il nostro responsabile IT, Paolo.

A presto,
Chiara Romano
Romano Ceramiche S.r.l. - Marketing & Vendite
Via Radici in Piano 210, 41049 Sassuolo (MO)""",
  [I(IT_G, [_cromano], D(2019, 10, 21, 9, 14, tz="+0200"), "Listini e ordini rivenditori", IT_G1,
     greet="Buongiorno Chiara,", co="Romano Ceramiche")],
  mver=("13.0 \\(3601.0.10\\)", "3601.0.10"))

_fgreco = ("Federico Greco", "federico.greco@greco-vini.it")
H("apple_mail", "it", "enoteche-gdpr", _fgreco, IT_G, D(2018, 1, 30, 18, 12),
  "Re: Listini e ordini rivenditori",
  """Gentile Giulia,

il nostro canale principale sono le enoteche e la GDO, non usiamo rivenditori con listini personalizzati. Non credo faccia al caso nostro.

Cordialmente,

Federico Greco
Export & Sales Manager
Cantine Greco S.a.s. di Greco Federico & C.
Contrada San Vito 4 - 73100 Lecce
Tel. +39 0832 555 190 | Mob. +39 348 555 0217
www.greco-vini.it

Ai sensi del Regolamento UE 2016/679 (GDPR) si precisa che le informazioni contenute in questo messaggio sono riservate e ad uso esclusivo del destinatario.
Pursuant to EU Regulation 2016/679 (GDPR), the information contained in this message is confidential and intended solely for the addressee.""",
  [I(IT_G, [_fgreco], D(2018, 1, 30, 9, 14), "Listini e ordini rivenditori", IT_G1,
     greet="Buongiorno Federico,", co="Cantine Greco")],
  mver=("11.2 \\(3445.5.20\\)", "3445.5.20"))

_imoreno = ("Isabel Moreno", "isabel.moreno@morenointeriorismo.es")
H("apple_mail", "es", "shopify-sincroniza", _imoreno, ES_L, D(2019, 6, 11, 13, 30, tz="+0200"),
  "Re: Inventario tienda y online",
  """Hola Lucía:

Gracias, pero tenemos una única tienda en Valencia y la web la gestionamos con Shopify, que ya sincroniza el stock.

Un abrazo,
Isabel

Isabel Moreno
Moreno Interiorismo
Calle de la Paz 12, 46003 Valencia""",
  [I(ES_L, [_imoreno], D(2019, 6, 11, 9, 14, tz="+0200"), "Inventario tienda y online", ES_L1,
     greet="Hola Isabel:", co="Moreno Interiorismo")])

_galmeida = ("Gabriel Almeida", "gabriel@almeidaeassociados.com.br")
H("apple_mail", "pt", "programa-parceiros", _galmeida, PT_R, D(2021, 9, 14, 10, 50, tz="-0300"),
  "Re: Conciliação bancária na Almeida & Associados",
  """Bom dia, Rafael.

Nós somos um escritório de contabilidade e atendemos mais de 200 clientes. Talvez faça sentido uma parceria de indicação. Vocês têm programa de parceiros?

Abs,
Gabriel Almeida
Sócio-diretor
Almeida & Associados Contabilidade
(11) 3555-0191""",
  [I(PT_R, [_galmeida], D(2021, 9, 14, 9, 14, tz="-0300"), "Conciliação bancária na Almeida & Associados", PT_R1,
     greet="Olá Gabriel,", co="Almeida & Associados")])

_kwis = ("Krzysztof Wiśniewski", "k.wisniewski@wisniewski-hurt.pl")
H("apple_mail", "pl", "otwarcie-przesuniete", _kwis, PL_K, D(2020, 3, 3, 13, 2),
  "Re: System WMS dla nowego centrum dystrybucyjnego",
  """Dzień dobry,

dziękuję za kontakt. Otwarcie centrum zostało przesunięte na przyszły rok, więc na razie nie prowadzimy rozmów z dostawcami.

Pozdrawiam
Krzysztof Wiśniewski
Wiśniewski Hurt Sp. j.
Dział Logistyki""",
  [I(PL_K, [_kwis], D(2020, 3, 3, 9, 14), "System WMS dla nowego centrum dystrybucyjnego", PL_K1,
     greet="Dzień dobry Panie Krzysztofie,", co="Wiśniewski Hurt", ask="znalazłby Pan")])

# ===========================================================================
# thunderbird (9)
# ===========================================================================
_list_lx = dict(name="linux-admins", addr="linux-admins@lists.northernsysops.org",
                url="https://lists.northernsysops.org/mailman/listinfo/linux-admins",
                desc="Northern sysadmins discussion")
_hamish = ("Hamish MacLeod", "hamish@macleod-it.scot")
H("thunderbird", "en", "list-inline-imapsync", _hamish, ("", "linux-admins@lists.northernsysops.org"),
  D(2018, 11, 27, 22, 10, tz="+0000"),
  "Re: [linux-admins] Moving mail off our own Postfix box?",
  "",
  [I(("Priti Shah", "priti.shah@kelvinbridge-labs.co.uk"), [("", "linux-admins@lists.northernsysops.org")],
     D(2018, 11, 27, 16, 40, tz="+0000"), "[linux-admins] Moving mail off our own Postfix box?",
     "Hi all,\n\nWe still run our own Postfix/Dovecot server for about 60 users. Management wants to move to a "
     "hosted service next year. A few questions for anyone who has done this:\n\n- Did you migrate old mail, or "
     "start fresh and keep the old server read-only?\n- How did you handle the shared mailboxes?\n- Any surprises "
     "with SPF/DKIM after the move?\n\nThanks,\nPriti")],
  inline=[("q", "- Did you migrate old mail, or start fresh and keep the old server\nread-only?"),
          ("a", "We migrated everything with imapsync over two weekends. Starting fresh\n"
                "sounds nice, but users will want that one mail from 2014 on day one."),
          ("q", "- How did you handle the shared mailboxes?"),
          ("a", "Badly :-) Map out who has access to what before you start."),
          ("q", "- Any surprises with SPF/DKIM after the move?"),
          ("a", "Only that our old scanner/copier still relayed through the Postfix box.\n"
                "Keep a relay around for devices like that.")],
  tail="Hamish\n\n-- \nHamish MacLeod | MacLeod IT | Inverness",
  list=_list_lx, era=2016)

_fwalsh = ("Fiona Walsh", "fiona.walsh@walshandpartners.ie")
H("thunderbird", "en", "flowed-overview-first", _fwalsh, EN_R, D(2020, 2, 18, 11, 2, tz="+0000"),
  "Re: Cutting month-end reporting time",
  """Hi Rachel,

Thanks for getting in touch. We moved to a new practice management system last year and the month-end pack is now mostly automated, so I don't see us changing anything in the short term, but I'd be happy to hear how you handle consolidation for partnerships with several LLPs.

Could you send a short overview by email first?

Regards,
Fiona

-- 
Fiona Walsh ACA
Finance Director, Walsh & Partners
+353 1 555 0148""",
  [I(EN_R, [_fwalsh], D(2020, 2, 17, 9, 14, tz="+0000"), "Cutting month-end reporting time", EN_R1,
     greet="Hi Fiona,", co="Walsh & Partners")],
  era=2020)

_ylg = ("Yannick Le Gall", "yannick.legall@breizh-numerique.bzh")
H("thunderbird", "fr", "bottom-cooperative", _ylg, FR_C, D(2020, 11, 3, 9, 40),
  "Re: Structuration de votre équipe commerciale",
  """Bonjour Camille,

Nous sommes une coopérative de 12 développeurs, sans commerciaux, et ça nous convient très bien.

Bonne continuation,
Yannick""",
  [I(FR_C, [_ylg], D(2020, 11, 2, 9, 14), "Structuration de votre équipe commerciale", FR_C1,
     greet="Bonjour Yannick,", co="Breizh Numérique")],
  bottom=True, era=2020)

_list_fibu = dict(name="fibu-anwender", addr="fibu-anwender@listen.fibu-forum.de",
                  url="http://listen.fibu-forum.de/mailman/listinfo/fibu-anwender",
                  desc="Diskussionsliste fuer FiBu-Anwender", mmver="2.1.11")
_dzim = ("Dirk Zimmermann", "dirk.zimmermann@zimmermann-edv.de")
H("thunderbird", "de", "list-inline-schnittstelle", _dzim, ("", "fibu-anwender@listen.fibu-forum.de"),
  D(2009, 11, 12, 20, 41),
  "Re: [fibu-anwender] Erfahrungen mit Feldwerk?",
  "Hallo Jörg,",
  [I(("Jörg Albrecht", "j.albrecht@albrecht-stahlbau.de"), [("", "fibu-anwender@listen.fibu-forum.de")],
     D(2009, 11, 12, 14, 3), "[fibu-anwender] Erfahrungen mit Feldwerk?",
     "Hallo zusammen,\n\nhat jemand von euch Feldwerk für die Wartungsplanung im Einsatz? Mich interessiert vor "
     "allem, ob die Schnittstelle zur FiBu (Anlagenbuchhaltung) wirklich funktioniert und was die Einführung "
     "gekostet hat.\n\nGruß\nJörg")],
  inline=[("q", "hat jemand von euch Feldwerk für die Wartungsplanung im Einsatz? Mich\n"
                "interessiert vor allem, ob die Schnittstelle zur FiBu\n(Anlagenbuchhaltung) wirklich funktioniert"),
          ("a", "Wir nutzen es seit gut einem Jahr. Die Schnittstelle funktioniert,\n"
                "aber nur in eine Richtung: Anlagen kommen aus der FiBu, Wartungskosten\n"
                "musst du weiterhin von Hand buchen."),
          ("q", "und was die Einführung gekostet hat."),
          ("a", "Bei uns (3 Standorte, 25 Nutzer) knapp 18.000 EUR inkl. Schulung.")],
  tail="Gruß\nDirk", list=_list_fibu, era=2009, cs="ISO-8859-15")

_phend = ("Pieter Hendriks", "p.hendriks@hendriks-bouw.nl")
H("thunderbird", "nl", "erp-planningstool", _phend, NL_S, D(2016, 6, 7, 13, 33, tz="+0200"),
  "Re: Planning monteurs",
  """Beste Sanne,

We gebruiken sinds vorig jaar al een planningstool die bij ons ERP hoort. Geen behoefte aan iets nieuws op dit moment.

Met vriendelijke groet,

-- 
Pieter Hendriks
Hendriks Bouw B.V. | Bedrijfsbureau
Kanaalweg 5, 5611 GX Eindhoven""",
  [I(NL_S, [_phend], D(2016, 6, 7, 9, 14, tz="+0200"), "Planning monteurs", NL_S1,
     greet="Beste Pieter,", co="Hendriks Bouw")],
  era=2016)

_scol = ("Simone Colombo", "simone.colombo@colombo-legnami.it")
H("thunderbird", "it", "flowed-demo-video", _scol, IT_G, D(2017, 9, 26, 14, 48, tz="+0200"),
  "Re: Listini e ordini rivenditori",
  """Buongiorno Giulia,

ho letto con interesse. Attualmente gestiamo circa 80 rivenditori con listini diversi per zona, quindi il tema è molto sentito. Mi può inviare una demo registrata o un video? Lo guarderò con il mio socio la settimana prossima.

Grazie,
Simone Colombo
Colombo Legnami S.n.c.""",
  [I(IT_G, [_scol], D(2017, 9, 26, 9, 14, tz="+0200"), "Listini e ordini rivenditori", IT_G1,
     greet="Buongiorno Simone,", co="Colombo Legnami")],
  era=2016)

_rjim = ("Raúl Jiménez", "raul.jimenez@jimenezpapeleria.es")
H("thunderbird", "es", "precios-prestashop", _rjim, ES_L, D(2021, 2, 9, 10, 20),
  "Re: Inventario tienda y online",
  """Buenos días Lucía,

Me interesa. ¿Me puedes mandar precios para tres tiendas y la tienda online en PrestaShop?

Saludos,
Raúl Jiménez
Papelería Jiménez - Zaragoza
976 55 44 12""",
  [I(ES_L, [_rjim], D(2021, 2, 9, 9, 14), "Inventario tienda y online", ES_L1,
     greet="Hola Raúl:", co="Papelería Jiménez")],
  era=2020)

_acarv = ("Ana Carvalho", "ana.carvalho@carvalhotextil.com.br")
H("thunderbird", "pt", "ja-usamos", _acarv, PT_R, D(2019, 5, 14, 16, 5, tz="-0300"),
  "Re: Conciliação bancária na Carvalho Têxtil",
  """Olá Rafael,

Já usamos uma ferramenta de conciliação há dois anos e estamos satisfeitos. Obrigada pelo contato.

Ana Carvalho
Controladoria - Carvalho Têxtil Ltda.
Blumenau - SC""",
  [I(PT_R, [_acarv], D(2019, 5, 14, 9, 14, tz="-0300"), "Conciliação bancária na Carvalho Têxtil", PT_R1,
     greet="Olá Ana,", co="Carvalho Têxtil")],
  era=2016, content_language="pt-BR")

_jwoj = ("Jakub Wójcik", "jakub.wojcik@wojcik-elektro.pl")
H("thunderbird", "pl", "oferta-na-zakupy", _jwoj, PL_K, D(2016, 10, 18, 9, 55, tz="+0200"),
  "Re: System WMS dla nowego centrum dystrybucyjnego",
  """Dzień dobry,

proszę o przesłanie oferty na adres zakupy@wojcik-elektro.pl, przekażę ją do działu zakupów.

Pozdrawiam
Jakub Wójcik

-- 
Wójcik Elektro Sp. z o.o.
ul. Przemysłowa 12, 30-701 Kraków""",
  [I(PL_K, [_jwoj], D(2016, 10, 17, 9, 14, tz="+0200"), "System WMS dla nowego centrum dystrybucyjnego", PL_K1,
     greet="Dzień dobry Panie Jakubie,", co="Wójcik Elektro", ask="znalazłby Pan")],
  era=2016, cs="ISO-8859-2")
