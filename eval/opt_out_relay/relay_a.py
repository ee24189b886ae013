"""Blind evaluation set "relay_a" for the R8 opt-out decision of Relance (own request vs relayed request vs neither).

Written blind on 2026-12-06 by a helper session. The product's code, tests, benches, docs and the other eval
folders were not opened, listed or searched; nothing from the project is imported. The texts were written from
general knowledge of how clients, assistants, families, carers, guardians, lawyers, notaries and offices write
email. All names, addresses, phone numbers and firms are invented.

What was opened and run, in order (python = PYTHONDONTWRITEBYTECODE=1 /work/main/.venv/bin/python,
ruff = /work/main/.venv/bin/ruff, F = /work/main/eval/opt_out_relay/relay_a.py):
  1. bash: mkdir -p /work/main/eval/opt_out_relay /tmp/relay_work && ls -la of both (both were empty)
  2. editor: created /tmp/relay_work/cases_src.txt (the 160 cases as plain-text blocks, written by hand)
  3. bash: wrote /tmp/relay_work/build.py (parses the blocks, shuffles them with random.Random(20261206),
     numbers the ids, counts labels/languages, writes F); ran python build.py --counts-only
  4. editor: created /tmp/relay_work/doc.txt (this docstring, counts pasted from step 3)
  5. bash: wrote /tmp/relay_work/validate.py (keys, labels, langs, ids in order, unique ids, non-empty fields,
     addresses, at most 15 text lines, lines of F at most 120 chars, counts); ran python build.py; python -c
     "import runpy; c=runpy.run_path('F')['CASES']; print(len(c))" (160); python validate.py (one note line
     too long)
  6. bash: sed -n 1369p F; awk 'length>120' F | wc -l (to see that line)
  7. bash: sed -i on cases_src.txt to shorten that note; python build.py; ruff format --no-cache F (1 file
     reformatted); ruff check --no-cache F (all checks passed); the runpy check (160); python validate.py (ok)
  8. bash: sed -n 1,120p F (read the head of F)
  9. bash: wrote and ran /tmp/relay_work/compare.py (cases in F equal the hand-written blocks: True)
 10. bash: python rewrite of this command list in doc.txt
 11. bash: python build.py; ruff format --no-cache F; ruff check --no-cache F; the runpy check;
     python validate.py; python compare.py; sed -n 1,45p F (read the docstring)
 12. editor: edited this step list in F directly (steps 11-12), then bash: ruff format --no-cache F;
     ruff check --no-cache F; the runpy check; python validate.py; python compare.py

Label conventions (brief):
  - "relayed": the author is not the person written to and conveys that this person wants the firm to stop
    writing / remove them / not contact them again, or that the person died and the author asks to stop /
    remove / close the file. Includes an assistant asking removal of both the boss and herself. The author may
    write from the person's own mailbox ("c'est sa femme qui vous écrit depuis sa boîte").
  - "own": the author asks the firm to stop writing to the author (unsubscribe, remove me, ne plus me contacter),
    whoever they are, including an assistant who asks to be removed herself while the boss should still be
    written to. A plain "retirez-moi de la newsletter" is "own".
  - "none": everything else: declines of an offer, pauses ("pas avant la rentrée"), the person left or retired
    and the author refers to a successor (even "remove him, write to me instead"), absences, stop paper mail or
    phone calls while email stays welcome, send to another address, death notices asking only for documents or
    a meeting, internal forwards, frequency complaints that still want mail, stop the newsletter while keeping
    the adviser's personal emails, removal of a third person who is not the one written to, negations, questions.

Fields: id, lang (fr/en/de/es/it/nl), written_to (address the firm wrote to), sender (From of the reply), text
(only the newly typed text, no quoted history), label, note (why; not shown to the product).

Counts (computed by /tmp/relay_work/build.py and pasted):
  total: 160
  by label: relayed 60, own 40, none 60
  by lang: fr 88, en 48, de 6, es 6, it 6, nl 6
    relayed: fr 33, en 18, de 3, es 2, it 2, nl 2
    own: fr 22, en 12, de 2, es 1, it 2, nl 1
    none: fr 33, en 18, de 1, es 3, it 2, nl 3

Slips: none known.
"""

CASES: list[dict[str, str]] = [
    {
        "id": "relay-001",
        "lang": "fr",
        "written_to": "simone.leroux@orange.fr",
        "sender": "kevin.lrx@hotmail.fr",
        "text": (
            "slt je suis le petit fils de mme leroux, ma grand mere veut plus que vous lui envoyez "
            "des mails svp elle me demande a chaque fois ce que c'est. merci de la retirer"
        ),
        "label": "relayed",
        "note": "grandson, sms style: grandmother wants no more mails, remove her",
    },
    {
        "id": "relay-002",
        "lang": "fr",
        "written_to": "julie.masson@gmail.com",
        "sender": "julie.masson@gmail.com",
        "text": (
            "Bonjour,\n"
            "Suite au décès de mon père, vous m'avez écrit à plusieurs reprises au sujet de la "
            "succession. Tout est réglé avec le notaire et avec sa banque.\n"
            "Je ne souhaite plus être contactée à ce sujet ni à aucun autre, merci de respecter "
            "cela.\n"
            "Julie Masson"
        ),
        "label": "own",
        "note": "heir written to after her father's death asks not to be contacted herself",
    },
    {
        "id": "relay-003",
        "lang": "en",
        "written_to": "c.brennan@brennandental.ie",
        "sender": "info@mcgrath-solicitors.ie",
        "text": (
            "Dear Sirs,\n"
            "We act for Dr Ciara Brennan. Our client instructs us that she has on several occasions "
            "asked you not to contact her.\n"
            "Please treat this letter as formal notice that all direct marketing to our client must "
            "cease with immediate effect, and confirm in writing within 14 days that her details "
            "have been removed from your records.\n"
            "Yours faithfully,\n"
            "McGrath & Co Solicitors"
        ),
        "label": "relayed",
        "note": "solicitors acting for the client: all direct marketing must cease",
    },
    {
        "id": "relay-004",
        "lang": "fr",
        "written_to": "m.gauthier@cabinet-gauthier-expertise.fr",
        "sender": "accueil@cabinet-gauthier-expertise.fr",
        "text": (
            "Bonjour,\n"
            "Mme Gauthier a pris sa retraite au 30 juin et ne fait plus partie du cabinet. Son "
            "successeur est M. Julien Roy (j.roy@cabinet-gauthier-expertise.fr), à qui vous pouvez "
            "adresser vos correspondances.\n"
            "Bien cordialement,\n"
            "L'accueil"
        ),
        "label": "none",
        "note": "retired from the firm, refers to successor",
    },
    {
        "id": "relay-005",
        "lang": "en",
        "written_to": "c.hughes@gmail.com",
        "sender": "c.hughes@gmail.com",
        "text": (
            "Could you stop sending letters by post? Email is fine – I travel a lot and the paper "
            "just piles up at home.\n"
            "Chris Hughes"
        ),
        "label": "none",
        "note": "stop postal letters, email fine",
    },
    {
        "id": "relay-006",
        "lang": "fr",
        "written_to": "andre.vasseur@free.fr",
        "sender": "c.morel@notaires-brault-associes.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Nous vous informons du décès de M. André Vasseur survenu le 2 novembre 2026. Notre "
            "office est chargé du règlement de la succession.\n"
            "Nous vous remercions de bien vouloir cesser tout envoi à son adresse électronique et de "
            "clôturer son dossier.\n"
            "S'il détenait des avoirs chez vous, merci de nous adresser un relevé au jour du décès "
            "par courrier.\n"
            "Cécile Morel\n"
            "Clerc de notaire\n"
            "Office notarial Brault & Associés"
        ),
        "label": "relayed",
        "note": "notary's clerk: death, asks to stop sending and close the file (also asks for a statement)",
    },
    {
        "id": "relay-007",
        "lang": "fr",
        "written_to": "dominique.garcia@gmail.com",
        "sender": "dominique.garcia@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je ne vous demande pas de ne plus m'écrire, je vous demande juste d'arrêter de "
            "m'appeler « Monsieur » dans vos mails : je suis une femme !\n"
            "Dominique Garcia"
        ),
        "label": "none",
        "note": "negated stop wording: the complaint is about the civility, not the mailing",
    },
    {
        "id": "relay-008",
        "lang": "fr",
        "written_to": "jl.fabre@fabre-associes-architectes.fr",
        "sender": "contact@fabre-associes-architectes.fr",
        "text": (
            "Bonjour,\n"
            "Jean-Luc Fabre m'a transféré votre dernier mail en me demandant d'y répondre : il ne "
            "veut plus être sollicité pour des placements. Merci de le sortir de votre mailing.\n"
            "Cordialement,\n"
            "Pauline\n"
            "Office manager – Fabre & Associés Architectes"
        ),
        "label": "relayed",
        "note": "office manager answers a forwarded mail: the partner wants out of the mailing",
    },
    {
        "id": "relay-009",
        "lang": "en",
        "written_to": "a.svensson@nordlight.se",
        "sender": "reception@nordlight.se",
        "text": (
            "Good morning,\n"
            "Mr Svensson does not wish to receive unsolicited emails. Kindly delete his address from "
            "your database.\n"
            "Best regards,\n"
            "Reception – Nordlight AB"
        ),
        "label": "relayed",
        "note": "reception, barely identifies itself: delete Mr Svensson's address",
    },
    {
        "id": "relay-010",
        "lang": "fr",
        "written_to": "c.fontaine@wanadoo.fr",
        "sender": "c.fontaine@wanadoo.fr",
        "text": (
            "Monsieur,\n"
            "Je ne donnerai pas suite à votre proposition et je vous saurais gré de ne plus "
            "m'écrire.\n"
            "C. Fontaine"
        ),
        "label": "own",
        "note": "decline plus stop, own",
    },
    {
        "id": "relay-011",
        "lang": "en",
        "written_to": "l.ashby@ashby-foods.co.uk",
        "sender": "l.ashby@ashby-foods.co.uk",
        "text": (
            "Hi Mark, see below – can you check whether this is the same firm we used for the "
            "pension transfer? Thanks, Liz"
        ),
        "label": "none",
        "note": "internal forward sent to the firm by mistake",
    },
    {
        "id": "relay-012",
        "lang": "en",
        "written_to": "d.chen@chen-architects.com",
        "sender": "studio@chen-architects.com",
        "text": (
            "Hi Sophie,\n"
            "Thanks for the brochure and the invite to the wine evening, that was kind of you.\n"
            "David's been travelling a lot and has asked me to look after his inbox. He's asked that "
            "we let you know he'd prefer not to be contacted going forward – nothing personal, he "
            "just has too much going on.\n"
            "All the best,\n"
            "Mia (studio manager)"
        ),
        "label": "relayed",
        "note": "studio manager, request at the end after thanks: David prefers not to be contacted",
    },
    {
        "id": "relay-013",
        "lang": "en",
        "written_to": "d.evans@gmail.com",
        "sender": "d.evans@gmail.com",
        "text": (
            "Please don't stop sending me the quarterly reports – I noticed I didn't get the Q3 one. "
            "Can you resend?\n"
            "David Evans"
        ),
        "label": "none",
        "note": "negation: don't stop sending reports",
    },
    {
        "id": "relay-014",
        "lang": "en",
        "written_to": "tom.barker@westfield-tech.com",
        "sender": "r.kim@westfield-tech.com",
        "text": (
            "Hello,\n"
            "Tom left us in September. Please remove him from your list and send anything going "
            "forward to me instead.\n"
            "Rachel Kim\n"
            "Finance Director, Westfield Tech"
        ),
        "label": "none",
        "note": "person left; remove him and write to me instead",
    },
    {
        "id": "relay-015",
        "lang": "de",
        "written_to": "k.hoffmann@web.de",
        "sender": "info@betreuungsbuero-lange.de",
        "text": (
            "Sehr geehrte Damen und Herren,\n"
            "ich bin der gerichtlich bestellte Betreuer von Herrn Klaus Hoffmann. Herr Hoffmann "
            "wünscht keine Werbung und keine weiteren Kontaktaufnahmen Ihrerseits. Bitte bestätigen "
            "Sie mir die Löschung seiner Kontaktdaten.\n"
            "Mit freundlichen Grüßen\n"
            "M. Lange\n"
            "Berufsbetreuer"
        ),
        "label": "relayed",
        "note": "court-appointed Betreuer: Herr Hoffmann wants no further contact",
    },
    {
        "id": "relay-016",
        "lang": "fr",
        "written_to": "f.girard@girard-sa.fr",
        "sender": "assistante@girard-sa.fr",
        "text": (
            "Bonjour,\n"
            "M. Girard a bien pris connaissance de votre proposition sur le PER. Il n'est pas "
            "intéressé par ce produit pour le moment.\n"
            "Cordialement,\n"
            "Nathalie\n"
            "Assistante de direction"
        ),
        "label": "none",
        "note": "assistant relays a decline of the product, not a stop",
    },
    {
        "id": "relay-017",
        "lang": "fr",
        "written_to": "gilles.dumont.earl@orange.fr",
        "sender": "dumont.sylvie@orange.fr",
        "text": (
            "Bjr, Gilles est en pleine moisson il a pas le temps, il m'a dit de vous dire d'arrêter "
            "les mails ça l'intéresse pas. Merci. Sylvie"
        ),
        "label": "relayed",
        "note": "farmer's wife, short: he told her to tell the firm to stop the mails",
    },
    {
        "id": "relay-018",
        "lang": "fr",
        "written_to": "eric.blin@menuiserie-blin.fr",
        "sender": "eric.blin@menuiserie-blin.fr",
        "text": ("Pas intéressé. Ne me recontactez plus.\n\nEric Blin\nMenuiserie Blin – 02 41 00 00 00"),
        "label": "own",
        "note": "company owner, two short sentences",
    },
    {
        "id": "relay-019",
        "lang": "fr",
        "written_to": "dr.renaud@cabinet-renaud-dermato.fr",
        "sender": "secretariat@cabinet-renaud-dermato.fr",
        "text": (
            "Bonjour,\n"
            "Le Dr Renaud ne souhaite plus être appelé au cabinet pendant les consultations. Vous "
            "pouvez en revanche continuer à lui écrire par mail, il vous répondra quand il aura un "
            "moment.\n"
            "Secrétariat du Dr Renaud"
        ),
        "label": "none",
        "note": "secretary relays: stop phoning the practice, email still fine",
    },
    {
        "id": "relay-020",
        "lang": "it",
        "written_to": "s.galli@gmail.com",
        "sender": "s.galli@gmail.com",
        "text": ("Mi scrivete troppo spesso. Una mail al mese va benissimo, non di più.\nStefano Galli"),
        "label": "none",
        "note": "frequency complaint, one a month is fine",
    },
    {
        "id": "relay-021",
        "lang": "it",
        "written_to": "r.marino@alice.it",
        "sender": "r.marino@alice.it",
        "text": "Basta email per favore, non sono interessato. Non scrivetemi più.",
        "label": "own",
        "note": "own, irritated",
    },
    {
        "id": "relay-022",
        "lang": "fr",
        "written_to": "b.ferrand@ferrand-immo.fr",
        "sender": "secretariat@avocats-laroche.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Nous intervenons en qualité de conseil de Monsieur Bernard Ferrand.\n"
            "Notre client nous fait part de sollicitations répétées de votre part malgré ses "
            "demandes. Nous vous mettons en demeure de cesser toute prise de contact avec lui, quel "
            "qu'en soit le canal, et de procéder à l'effacement de ses données personnelles "
            "conformément à l'article 17 du RGPD.\n"
            "Nous vous remercions de nous confirmer la bonne exécution de cette demande sous quinze "
            "jours.\n"
            "Me Hélène Laroche\n"
            "Avocat au Barreau de Lyon"
        ),
        "label": "relayed",
        "note": "lawyer for the client: formal notice to cease all contact and erase data",
    },
    {
        "id": "relay-023",
        "lang": "fr",
        "written_to": "f.thibault@free.fr",
        "sender": "f.thibault@free.fr",
        "text": (
            "TROISIEME FOIS QUE JE DEMANDE A ETRE RETIRE DE VOS LISTES. Si je reçois encore un seul "
            "mail je porte plainte à la CNIL.\n"
            "F. Thibault"
        ),
        "label": "own",
        "note": "angry caps, own",
    },
    {
        "id": "relay-024",
        "lang": "it",
        "written_to": "a.ferri@studioferri.it",
        "sender": "segreteria@studioferri.it",
        "text": (
            "Gentili Signori,\n"
            "su indicazione del dott. Ferri vi comunico che non desidera più ricevere comunicazioni "
            "commerciali da parte vostra. Vi preghiamo di cancellare il suo indirizzo.\n"
            "Cordiali saluti\n"
            "La segreteria – Studio Ferri"
        ),
        "label": "relayed",
        "note": 'secretariat "su indicazione del dott. Ferri": no more commercial mail',
    },
    {
        "id": "relay-025",
        "lang": "en",
        "written_to": "k.murphy@eircom.net",
        "sender": "k.murphy@eircom.net",
        "text": (
            "If I unsubscribe from the marketing emails, will I still get my statements? I don't "
            "want to lose those.\n"
            "Kevin"
        ),
        "label": "none",
        "note": "question about unsubscribing",
    },
    {
        "id": "relay-026",
        "lang": "fr",
        "written_to": "p.lenoir@lenoir-notaires.fr",
        "sender": "office@lenoir-notaires.fr",
        "text": (
            "Bonjour,\n"
            "Maître Lenoir ne donnera pas suite et nous demande de ne plus l'inscrire dans vos "
            "envois groupés. Nous vous remercions de votre compréhension.\n"
            "L'office"
        ),
        "label": "relayed",
        "note": "notary's office: decline plus ask not to include him in group mailings any more",
    },
    {
        "id": "relay-027",
        "lang": "fr",
        "written_to": "b.caillaud@caillaud-avocat.fr",
        "sender": "b.caillaud@caillaud-avocat.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Conformément aux articles 17 et 21 du RGPD, je m'oppose à toute prospection de votre "
            "part et vous demande l'effacement de mes données. Je vous remercie de m'en accuser "
            "réception.\n"
            "Me Bénédicte Caillaud\n"
            "Avocate"
        ),
        "label": "own",
        "note": "a lawyer writing for herself: GDPR objection and erasure",
    },
    {
        "id": "relay-028",
        "lang": "fr",
        "written_to": "alain.perret@perret-conseil.fr",
        "sender": "alain.perret56@gmail.com",
        "text": (
            "Bonjour, je vous réponds depuis mon adresse perso. Merci de ne plus m'écrire sur mon "
            "adresse pro, ni sur celle-ci d'ailleurs, je ne suis pas intéressé et je ne le serai "
            "pas.\n"
            "A. Perret"
        ),
        "label": "own",
        "note": "same person from his personal address: stop writing on either address",
    },
    {
        "id": "relay-029",
        "lang": "fr",
        "written_to": "g.aubert@sfr.fr",
        "sender": "g.aubert@sfr.fr",
        "text": "STOP",
        "label": "own",
        "note": "one word",
    },
    {
        "id": "relay-030",
        "lang": "fr",
        "written_to": "henri.lacombe@orange.fr",
        "sender": "lacombe.s@gmail.com",
        "text": (
            "Bonjour,\n"
            "Mon père Henri Lacombe est décédé le 12 novembre. Je gère ses affaires avec ma sœur.\n"
            "Vous pouvez fermer son dossier chez vous et arrêter les envois, il n'avait rien "
            "souscrit de toute façon.\n"
            "Stéphane Lacombe"
        ),
        "label": "relayed",
        "note": "son: father died, close his file and stop the mailings",
    },
    {
        "id": "relay-031",
        "lang": "en",
        "written_to": "margaret.doyle@eircom.net",
        "sender": "margaret.doyle@eircom.net",
        "text": (
            "Hello, I'm Margaret's carer, I help her with her post and emails. She asked me to write "
            "and say please stop emailing her, she has her money with the bank and she gets confused "
            "by these.\n"
            "Many thanks,\n"
            "Bernadette"
        ),
        "label": "relayed",
        "note": "carer writes from Margaret's mailbox: she asks them to stop emailing",
    },
    {
        "id": "relay-032",
        "lang": "en",
        "written_to": "markt@me.com",
        "sender": "markt@me.com",
        "text": ("Unsubscribe\n\nSent from my iPhone"),
        "label": "own",
        "note": "phone, one word",
    },
    {
        "id": "relay-033",
        "lang": "fr",
        "written_to": "s.guillaume@free.fr",
        "sender": "s.guillaume@free.fr",
        "text": (
            "Bonjour,\n"
            "Vos mails arrivaient dans mes spams, c'est pour ça que je ne répondais plus. Je les ai "
            "mis en liste blanche, tout devrait rentrer dans l'ordre.\n"
            "Bonne journée\n"
            "Sylvie Guillaume"
        ),
        "label": "none",
        "note": '"ne répondais plus" because of spam folder; keeps receiving',
    },
    {
        "id": "relay-034",
        "lang": "fr",
        "written_to": "t.marchand@marchand-sas.fr",
        "sender": "t.marchand@marchand-sas.fr",
        "text": (
            "Sabine, tu peux regarder ça et me dire si ça vaut le coup de les rencontrer ? On en parle lundi.\nThierry"
        ),
        "label": "none",
        "note": "internal forward sent to the firm by mistake",
    },
    {
        "id": "relay-035",
        "lang": "nl",
        "written_to": "g.degraaf@ziggo.nl",
        "sender": "g.degraaf@ziggo.nl",
        "text": (
            "Goedendag, mijn man heeft het nu te druk, hij belt u na de jaarwisseling terug.\nGroetjes, Ineke de Graaf"
        ),
        "label": "none",
        "note": "wife in the shared mailbox: husband has no time now, will call back after new year",
    },
    {
        "id": "relay-036",
        "lang": "en",
        "written_to": "arthur.bell@hotmail.co.uk",
        "sender": "jbell91@icloud.com",
        "text": ("Hi im arthurs nephew, he doesnt use email anymore and asked me to unsubscribe him from yours. thx"),
        "label": "relayed",
        "note": "nephew, phone: Arthur asked him to unsubscribe him",
    },
    {
        "id": "relay-037",
        "lang": "en",
        "written_to": "h.muller@protonmail.com",
        "sender": "h.muller@protonmail.com",
        "text": (
            "Under Article 21 GDPR I object to the processing of my personal data for direct "
            "marketing. Please delete my data and confirm in writing.\n"
            "H. Müller"
        ),
        "label": "own",
        "note": "GDPR objection, own",
    },
    {
        "id": "relay-038",
        "lang": "fr",
        "written_to": "e.poirier@sfr.fr",
        "sender": "e.poirier@sfr.fr",
        "text": (
            "Bonjour,\n"
            "Je souhaite clôturer mon compte-titres chez vous et transférer les lignes vers ma "
            "banque. Pouvez-vous m'envoyer le formulaire ?\n"
            "Cordialement\n"
            "Étienne Poirier"
        ),
        "label": "none",
        "note": "closing an account is not a mail stop",
    },
    {
        "id": "relay-039",
        "lang": "fr",
        "written_to": "sandrine.mallet@mallet-avocats.fr",
        "sender": "accueil@mallet-avocats.fr",
        "text": (
            "Bonjour,\n"
            "Maître Mallet est en congé maternité jusqu'au 15 mars. Elle ne consultera pas ses mails "
            "d'ici là. Pour toute urgence vous pouvez joindre le cabinet au standard.\n"
            "L'accueil"
        ),
        "label": "none",
        "note": "absence (maternity leave) told by reception, not a stop",
    },
    {
        "id": "relay-040",
        "lang": "fr",
        "written_to": "c.lucas@free.fr",
        "sender": "c.lucas@free.fr",
        "text": (
            "Bonjour,\n"
            "Merci de me retirer de la newsletter, je ne la lis jamais. En revanche continuez bien à "
            "m'écrire pour le suivi de mon dossier avec M. Garnier.\n"
            "Christine Lucas"
        ),
        "label": "none",
        "note": "stop newsletter but explicitly keep adviser's follow-up emails",
    },
    {
        "id": "relay-041",
        "lang": "en",
        "written_to": "james.whitfield@whitfield-holdings.co.uk",
        "sender": "pa.whitfield@whitfield-holdings.co.uk",
        "text": (
            "Dear Sir/Madam,\n"
            "I am writing on behalf of James Whitfield, whose diary I manage. Mr Whitfield has asked "
            "me to request that you remove him from your mailing list and refrain from contacting "
            "him further.\n"
            "Kind regards,\n"
            "Emma Clarke\n"
            "PA to James Whitfield\n"
            "Whitfield Holdings Ltd"
        ),
        "label": "relayed",
        "note": "PA on behalf of the boss: remove him and do not contact further",
    },
    {
        "id": "relay-042",
        "lang": "fr",
        "written_to": "roland.petit@orange.fr",
        "sender": "roland.petit@orange.fr",
        "text": (
            "Bonjour, merci d'arrêter de m'envoyer les courriers papier, je les jette sans les "
            "ouvrir. Par mail ça me va très bien, c'est même plus pratique.\n"
            "Cordialement\n"
            "R. Petit"
        ),
        "label": "none",
        "note": "stop PAPER mail, email explicitly welcome",
    },
    {
        "id": "relay-043",
        "lang": "es",
        "written_to": "j.ortega@ortega-abogados.es",
        "sender": "secretaria@ortega-abogados.es",
        "text": (
            "Buenos días:\n"
            "Le escribo de parte de D. Javier Ortega. Le ruega que le den de baja de su lista de "
            "distribución y que no vuelvan a contactarle.\n"
            "Un saludo,\n"
            "Secretaría de Dirección\n"
            "Ortega Abogados"
        ),
        "label": "relayed",
        "note": 'secretary "de parte de": unsubscribe him and do not contact again',
    },
    {
        "id": "relay-044",
        "lang": "fr",
        "written_to": "p.hamel@wanadoo.fr",
        "sender": "p.hamel@wanadoo.fr",
        "text": (
            "Votre lien de désinscription ne fonctionne pas (page blanche). Merci de me désinscrire "
            "manuellement.\n"
            "Cdt\n"
            "P. Hamel"
        ),
        "label": "own",
        "note": "unsubscribe link broken, asks manual unsubscribe",
    },
    {
        "id": "relay-045",
        "lang": "en",
        "written_to": "r.castellano@castellano-group.com",
        "sender": "k.lewis@castellano-group.com",
        "text": (
            "Hi,\n"
            "I'm cc'd on all the updates you send to Mr Castellano. Could you take me off the "
            "distribution please? He still wants to receive them, just not me.\n"
            "Thanks,\n"
            "Kate Lewis\n"
            "Executive Assistant to Roberto Castellano"
        ),
        "label": "own",
        "note": "EA asks to be taken off herself; the boss still wants the updates",
    },
    {
        "id": "relay-046",
        "lang": "fr",
        "written_to": "yvette.marchal@sfr.fr",
        "sender": "marchal.p@orange.fr",
        "text": (
            "Bonjour, maman est décédée le mois dernier. Pouvez-vous supprimer son adresse de vos "
            "envois svp. Merci.\n"
            "Philippe Marchal"
        ),
        "label": "relayed",
        "note": "son: mother died, remove her address",
    },
    {
        "id": "relay-047",
        "lang": "en",
        "written_to": "marco.bellini@bellini-vini.it",
        "sender": "segreteria@bellini-vini.it",
        "text": (
            "Good morning, I write for Mr Bellini, he is the owner. He say he not want more mails "
            "from your company, please cancel him from the list.\n"
            "Best regards\n"
            "Giulia – secretary"
        ),
        "label": "relayed",
        "note": "Italian secretary in broken English: the owner wants no more mails",
    },
    {
        "id": "relay-048",
        "lang": "fr",
        "written_to": "ch.renaud@orange.fr",
        "sender": "ch.renaud@orange.fr",
        "text": (
            "Bonjour Madame Lefort,\n"
            "Pouvez-vous retirer ma fille de la clause bénéficiaire et mettre mes deux enfants à "
            "parts égales ? Je passe signer quand vous voulez.\n"
            "Christian Renaud"
        ),
        "label": "none",
        "note": '"retirer" applies to a beneficiary clause',
    },
    {
        "id": "relay-049",
        "lang": "fr",
        "written_to": "edouard.devilliers@dv-capital.fr",
        "sender": "secretariat.president@dv-capital.fr",
        "text": (
            "Madame,\n"
            "Sur instruction de M. de Villiers, je vous remercie de bien vouloir cesser vos envois à "
            "son attention. Il dispose déjà de ses conseils et ne souhaite pas être relancé.\n"
            "Respectueusement,\n"
            "Corinne Vallet\n"
            "Assistante personnelle du Président\n"
            "DV Capital"
        ),
        "label": "relayed",
        "note": 'personal assistant "sur instruction de": stop mailings to him',
    },
    {
        "id": "relay-050",
        "lang": "fr",
        "written_to": "l.bonnet@orange.fr",
        "sender": "k.durand@notaires-ouest.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Nous vous informons du décès de Monsieur Louis Bonnet, survenu le 21 octobre 2026. Nous "
            "sommes chargés du règlement de sa succession et vous remercions de nous faire parvenir "
            "un relevé de l'ensemble des contrats et avoirs détenus par le défunt à la date du "
            "décès.\n"
            "Nous restons à votre disposition.\n"
            "Karine Durand\n"
            "Clerc de notaire"
        ),
        "label": "none",
        "note": "notary: death notice asking for a statement of holdings, no stop",
    },
    {
        "id": "relay-051",
        "lang": "en",
        "written_to": "y.tanaka@tanaka-trading.jp",
        "sender": "y.tanaka@tanaka-trading.jp",
        "text": ("Hello, I am not interesting anymore, please not send me emails.\nRegards,\nYuki Tanaka"),
        "label": "own",
        "note": "non-native English, own",
    },
    {
        "id": "relay-052",
        "lang": "fr",
        "written_to": "eric.baron@baron-sa.fr",
        "sender": "baron.famille@orange.fr",
        "text": (
            "Bonjour,\n"
            "Mon mari reçoit tous vos mails en double, une fois sur sa boîte pro et une fois sur la "
            "perso. Gardez seulement la perso svp (baron.famille@orange.fr), il ne lit plus la pro.\n"
            "Merci, Valérie Baron"
        ),
        "label": "none",
        "note": "wife: husband gets mails twice; keep only the personal address",
    },
    {
        "id": "relay-053",
        "lang": "en",
        "written_to": "c.okoro@okoro-holdings.ng",
        "sender": "executive.office@okoro-holdings.ng",
        "text": (
            "Good afternoon,\n"
            "Mr Okoro has asked me to move Thursday's call to next week as he will be travelling. "
            "Could you suggest two or three slots?\n"
            "Kind regards,\n"
            "Funmi Adeyemi\n"
            "Executive Office"
        ),
        "label": "none",
        "note": "PA moves a call",
    },
    {
        "id": "relay-054",
        "lang": "fr",
        "written_to": "dr.morel@cabinet-medical-morel.fr",
        "sender": "dr.simon@cabinet-medical-morel.fr",
        "text": (
            "Bonjour,\n"
            "Le Dr Morel a pris sa retraite en juin, j'ai repris sa patientèle et le cabinet. Ses "
            "mails ne lui sont plus transmis.\n"
            "Si votre proposition concerne les médecins libéraux, elle m'intéresse peut-être, "
            "n'hésitez pas à m'écrire.\n"
            "Dr Hugo Simon"
        ),
        "label": "none",
        "note": "doctor retired, successor says mails are no longer forwarded and may be interested",
    },
    {
        "id": "relay-055",
        "lang": "fr",
        "written_to": "raymond.giraud@orange.fr",
        "sender": "raymond.giraud@orange.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Je vous écris pour mon époux, qui ne se sert pas de l'ordinateur. Il ne désire plus "
            "recevoir vos informations par mail. Je vous remercie de faire le nécessaire.\n"
            "Salutations distinguées.\n"
            "Mme Giraud"
        ),
        "label": "relayed",
        "note": "wife writes for her husband from his address; he no longer wants the emails",
    },
    {
        "id": "relay-056",
        "lang": "fr",
        "written_to": "francis.morel@laposte.net",
        "sender": "morel.emilie@gmail.com",
        "text": (
            "Bonjour,\n"
            "Mon père Francis Morel est décédé le 8 novembre. Avec mon frère nous aimerions vous "
            "rencontrer pour faire le point sur son assurance-vie et ce qu'il avait placé chez vous. "
            "Seriez-vous disponible courant décembre ?\n"
            "Émilie Morel"
        ),
        "label": "none",
        "note": "daughter: death notice, asks a meeting with the heirs",
    },
    {
        "id": "relay-057",
        "lang": "en",
        "written_to": "n.walker@gmail.com",
        "sender": "walker.ben@gmail.com",
        "text": (
            "Hi,\n"
            "Dad passed away last month. My brother and I would like to come in and understand what "
            "he had with you and what we need to do. Could we set something up in January?\n"
            "Ben Walker"
        ),
        "label": "none",
        "note": "son: father died, wants a meeting with heirs",
    },
    {
        "id": "relay-058",
        "lang": "fr",
        "written_to": "p.collin@collin-btp.fr",
        "sender": "secretariat@collin-btp.fr",
        "text": (
            "Bonjour,\n"
            "M. Collin est très pris par les chantiers jusqu'à l'été. Il me demande de vous dire de "
            "ne pas le relancer avant la rentrée, il vous recontactera en septembre.\n"
            "Cordialement,\n"
            "Secrétariat Collin BTP"
        ),
        "label": "none",
        "note": "pause until September, not a stop",
    },
    {
        "id": "relay-059",
        "lang": "fr",
        "written_to": "marie-therese.royer@orange.fr",
        "sender": "royer.nathalie@orange.fr",
        "text": (
            "Bonjour,\n"
            "Ma mère ne veut plus recevoir les relevés papier, elle n'a plus de place pour les "
            "ranger. Pouvez-vous les lui envoyer par mail à la place, sur son adresse habituelle ?\n"
            "Merci, Nathalie Royer (sa fille)"
        ),
        "label": "none",
        "note": "daughter: mother no longer wants PAPER statements, send by email instead",
    },
    {
        "id": "relay-060",
        "lang": "fr",
        "written_to": "dr.fournier@maisonmedicale-saintjean.fr",
        "sender": "secretariat@maisonmedicale-saintjean.fr",
        "text": (
            "Bonjour,\n"
            "Je vous réponds pour le Dr Fournier qui est en consultation toute la journée. Merci "
            "pour votre invitation au petit-déjeuner du 15. Le docteur ne viendra pas et préfère que "
            "vous ne lui écriviez plus à l'avenir.\n"
            "Bonne journée.\n"
            "Secrétariat – Maison médicale Saint-Jean"
        ),
        "label": "relayed",
        "note": "medical secretary: declines the event AND says the doctor prefers not to be written to any more",
    },
    {
        "id": "relay-061",
        "lang": "fr",
        "written_to": "m.delaunay@club-internet.fr",
        "sender": "francois.girard.1952@gmail.com",
        "text": (
            "Madame, Monsieur,\n"
            "Désigné exécuteur testamentaire de feu Mme Madeleine Delaunay, décédée le 30 septembre "
            "2026, je vous prie de bien vouloir mettre fin à toute correspondance à son nom et de "
            "supprimer ses coordonnées de vos fichiers.\n"
            "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n"
            "François Girard"
        ),
        "label": "relayed",
        "note": "executor: the addressee died, end all correspondence and delete details",
    },
    {
        "id": "relay-062",
        "lang": "en",
        "written_to": "rajesh.mehta@mehta-pharma.com",
        "sender": "anita.dsouza@mehta-pharma.com",
        "text": (
            "Hello,\n"
            "I'm Mr Mehta's executive assistant. Please remove both Mr Mehta and myself from your "
            "distribution list; he is not taking on any new advisory relationships.\n"
            "Regards,\n"
            "Anita D'Souza\n"
            "Executive Assistant to the Chairman"
        ),
        "label": "relayed",
        "note": "executive assistant: remove both the boss and herself",
    },
    {
        "id": "relay-063",
        "lang": "en",
        "written_to": "thegreens@btinternet.com",
        "sender": "thegreens@btinternet.com",
        "text": ("Please remove this address from your list, we don't want these emails.\nThe Greens"),
        "label": "own",
        "note": "shared family address, remove this address",
    },
    {
        "id": "relay-064",
        "lang": "en",
        "written_to": "n.iyer@halcyon-group.com",
        "sender": "legal@halcyon-group.com",
        "text": (
            "Dear Sir/Madam,\n"
            "We write on behalf of Ms Nisha Iyer, Chief Financial Officer of Halcyon Group. Ms Iyer "
            "has not consented to receiving marketing communications from your firm at her work "
            "address. Please remove her details and cease sending further messages.\n"
            "Halcyon Group Legal Department"
        ),
        "label": "relayed",
        "note": "company legal team writes on behalf of the CFO: remove her, cease messages",
    },
    {
        "id": "relay-065",
        "lang": "fr",
        "written_to": "h.delaval@orange.fr",
        "sender": "contact@familyoffice-aurore.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Le family office Aurore assure la gestion des intérêts de la famille de Laval. Madame "
            "Hélène de Laval nous a demandé de vous informer qu'elle ne souhaite plus recevoir de "
            "communications de votre cabinet.\n"
            "Nous vous remercions de retirer ses coordonnées de vos listes.\n"
            "Bien cordialement,\n"
            "Vincent Roussel\n"
            "Family Office Aurore"
        ),
        "label": "relayed",
        "note": "family office conveys Mme de Laval's wish to receive nothing more",
    },
    {
        "id": "relay-066",
        "lang": "en",
        "written_to": "m.ramos@outlook.com",
        "sender": "m.ramos@outlook.com",
        "text": ("Please stop calling my mobile during work hours. Happy to keep hearing from you by email.\nMiguel"),
        "label": "none",
        "note": "stop calling, email fine",
    },
    {
        "id": "relay-067",
        "lang": "fr",
        "written_to": "h.vidal@orange.fr",
        "sender": "h.vidal@orange.fr",
        "text": (
            "Bonjour,\n"
            "Mon mari et moi ne souhaitons plus recevoir vos messages. Merci de nous retirer de vos "
            "listes.\n"
            "Hélène Vidal"
        ),
        "label": "own",
        "note": "she asks removal for herself and her husband",
    },
    {
        "id": "relay-068",
        "lang": "fr",
        "written_to": "serge.lambert@gmail.com",
        "sender": "serge.lambert@gmail.com",
        "text": (
            "Bonjour, je suis la compagne de Serge Lambert et j'utilise sa boîte mail pour prévenir "
            "ses contacts. Serge est décédé le 4 décembre. Merci de ne plus écrire à cette adresse, "
            "je vais bientôt la fermer.\n"
            "Martine"
        ),
        "label": "relayed",
        "note": "partner uses the deceased's mailbox: stop writing to this address",
    },
    {
        "id": "relay-069",
        "lang": "fr",
        "written_to": "monique.besson@wanadoo.fr",
        "sender": "monique.besson@wanadoo.fr",
        "text": (
            "Bonjour, est-ce que je dois me désinscrire de vos mails pour ne plus recevoir les "
            "relevés papier ? Je voudrais garder les mails mais plus le papier.\n"
            "Merci\n"
            "Monique Besson"
        ),
        "label": "none",
        "note": "question about unsubscribing to stop paper statements",
    },
    {
        "id": "relay-070",
        "lang": "en",
        "written_to": "owen.price@gmail.com",
        "sender": "owen.price@gmail.com",
        "text": "Could you take me off the monthly market newsletter? Thanks, Owen",
        "label": "own",
        "note": "plain newsletter removal counts as own",
    },
    {
        "id": "relay-071",
        "lang": "fr",
        "written_to": "dr.martin@cabinet-martin-cardio.fr",
        "sender": "secretariat@cabinet-martin-cardio.fr",
        "text": (
            "Bonjour, ici le secrétariat du Dr Martin. Le docteur ne souhaite plus être sollicité. "
            "Merci de ne plus lui adresser de mails.\n"
            "Bonne journée\n"
            "Sandrine – secrétariat médical"
        ),
        "label": "relayed",
        "note": "doctor's secretariat, barely says whom it speaks for; doctor wants no more solicitations",
    },
    {
        "id": "relay-072",
        "lang": "nl",
        "written_to": "a.mulder@kpnmail.nl",
        "sender": "h.mulder@gmail.com",
        "text": (
            "Geachte heer/mevrouw,\n"
            "Mijn moeder is op 2 november overleden. Kunt u mij als erfgenaam een overzicht sturen "
            "van haar beleggingen bij u? Een kopie van de verklaring van erfrecht volgt.\n"
            "Met vriendelijke groet,\n"
            "Henk Mulder"
        ),
        "label": "none",
        "note": "son: mother died, asks for an overview of her investments",
    },
    {
        "id": "relay-073",
        "lang": "it",
        "written_to": "paola.greco@tiscali.it",
        "sender": "paola.greco@tiscali.it",
        "text": ("Buongiorno, vi prego di cancellarmi dalla vostra mailing list. Grazie\nPaola Greco"),
        "label": "own",
        "note": "own",
    },
    {
        "id": "relay-074",
        "lang": "fr",
        "written_to": "s.arnaud@cabinet-arnaud-vidal.fr",
        "sender": "s.arnaud@cabinet-arnaud-vidal.fr",
        "text": (
            "Bonjour,\n"
            "Merci de retirer mon associé Paul Vidal de votre liste, il ne s'occupe plus de ces "
            "questions au cabinet. Moi je reste intéressée par vos informations.\n"
            "Sophie Arnaud"
        ),
        "label": "none",
        "note": "asks removal of a third person (associate), not the person written to",
    },
    {
        "id": "relay-075",
        "lang": "fr",
        "written_to": "genevieve.morin@free.fr",
        "sender": "morin.isabelle@outlook.fr",
        "text": (
            "Bonjour Madame Lefort,\n"
            "J'espère que vous allez bien. Je suis Isabelle, la belle-fille de Geneviève Morin, on "
            "s'était croisées au salon de Nantes l'an dernier.\n"
            "Geneviève est entrée en EHPAD cet été et c'est moi qui trie son courrier. Elle m'a bien "
            "dit qu'elle ne voulait plus recevoir de propositions, donc je vous remercie de ne plus "
            "lui écrire.\n"
            "Belle fin de journée,\n"
            "Isabelle Morin"
        ),
        "label": "relayed",
        "note": "daughter-in-law, request after small talk: Geneviève (in a care home) wants no more proposals",
    },
    {
        "id": "relay-076",
        "lang": "fr",
        "written_to": "sophie.aubry@gmail.com",
        "sender": "aubry.famille@free.fr",
        "text": (
            "Bonjour Monsieur Delcourt,\n"
            "Merci encore pour le rendez-vous de septembre, nous avons bien avancé sur le projet de "
            "la maison de Pornic.\n"
            "Par contre ma femme m'a demandé de vous dire qu'elle préfère ne plus recevoir vos "
            "mails, elle n'a pas envie de s'occuper de tout ça. Vous pouvez la retirer de vos "
            "envois.\n"
            "Bien à vous,\n"
            "Laurent Aubry"
        ),
        "label": "relayed",
        "note": "husband, after small talk, says his wife wants no more emails from the firm",
    },
    {
        "id": "relay-077",
        "lang": "fr",
        "written_to": "marcel.picard@wanadoo.fr",
        "sender": "marcel.picard@wanadoo.fr",
        "text": (
            "Bonjour je suis l'auxiliaire de vie de M. Picard, je lui lis ses mails. Il m'a dit de "
            "vous répondre qu'il ne veut plus de vos messages, il n'y comprend rien et ça "
            "l'inquiète. Merci\n"
            "Fatima"
        ),
        "label": "relayed",
        "note": "home carer reads his mail, writes from his box: he wants no more messages",
    },
    {
        "id": "relay-078",
        "lang": "en",
        "written_to": "eileen.walsh@outlook.com",
        "sender": "k.walsh.poa@gmail.com",
        "text": (
            "Hello,\n"
            "I hold lasting power of attorney for my mother, Eileen Walsh. Mum is in a care home now "
            "and her inbox is monitored by me. On her behalf, please unsubscribe her from all your "
            "communications.\n"
            "Thank you,\n"
            "Karen Walsh"
        ),
        "label": "relayed",
        "note": "daughter with power of attorney unsubscribes her mother on her behalf",
    },
    {
        "id": "relay-079",
        "lang": "fr",
        "written_to": "olivier.perrin@perrin-sa.com",
        "sender": "laura.meunier@perrin-sa.com",
        "text": (
            "Bonjour,\n"
            "Je suis l'assistante de M. Perrin. Il ne souhaite plus recevoir vos messages et moi non "
            "plus d'ailleurs : merci de nous retirer tous les deux de votre liste de diffusion.\n"
            "Laura Meunier\n"
            "Assistante du Président\n"
            "Perrin SA"
        ),
        "label": "relayed",
        "note": "assistant asks removal for the boss and for herself",
    },
    {
        "id": "relay-080",
        "lang": "nl",
        "written_to": "w.bakker@ziggo.nl",
        "sender": "w.bakker@ziggo.nl",
        "text": (
            "Hallo, dit is de zoon van Wim Bakker. Mijn vader is vorige maand overleden. Graag geen "
            "mail meer naar dit adres sturen, ik ga het account opheffen.\n"
            "Gr. Ruud"
        ),
        "label": "relayed",
        "note": "son in father's mailbox: father died, no more mail to this address",
    },
    {
        "id": "relay-081",
        "lang": "en",
        "written_to": "g.pemberton@pemberton-farms.co.uk",
        "sender": "probate@ashworth-law.co.uk",
        "text": (
            "Dear Sir or Madam,\n"
            "Re: The Estate of the late Mr George Pemberton\n"
            "We are instructed by the executors of the above named, who died on 3 October 2026. "
            "Please update your records accordingly, cease all correspondence addressed to the "
            "deceased and remove his details from any marketing lists.\n"
            "Yours faithfully,\n"
            "Ashworth Law LLP\n"
            "Private Client Team"
        ),
        "label": "relayed",
        "note": "probate team for the executors: cease correspondence to the deceased, remove details",
    },
    {
        "id": "relay-082",
        "lang": "en",
        "written_to": "irene.fox@btinternet.com",
        "sender": "estates@carrington-partners.co.uk",
        "text": (
            "Dear Sir or Madam,\n"
            "We are the executors of the late Mrs Irene Fox, who died on 12 September 2026. Please "
            "provide a valuation of her holdings with you as at the date of death, and send future "
            "correspondence regarding her affairs to this office.\n"
            "Yours faithfully,\n"
            "Carrington Partners – Estates Team"
        ),
        "label": "none",
        "note": "executors: death notice asks valuation and redirects correspondence",
    },
    {
        "id": "relay-083",
        "lang": "en",
        "written_to": "p.donovan@gmail.com",
        "sender": "p.donovan@gmail.com",
        "text": (
            "Three emails a week is too many. Once a month would be plenty — I do like the market "
            "commentary, so please don't take me off.\n"
            "Pat"
        ),
        "label": "none",
        "note": "frequency complaint but wants to stay on",
    },
    {
        "id": "relay-084",
        "lang": "fr",
        "written_to": "camille.barbier@gmail.com",
        "sender": "camille.barbier@gmail.com",
        "text": (
            "Ne m'appelez plus au travail svp, je ne peux pas répondre en service. Écrivez-moi "
            "plutôt, je lis mes mails le soir.\n"
            "Camille"
        ),
        "label": "none",
        "note": "stop phoning, emails fine",
    },
    {
        "id": "relay-085",
        "lang": "en",
        "written_to": "robert.hale@btinternet.com",
        "sender": "dhale.family@gmail.com",
        "text": (
            "Hello,\n"
            "I'm Robert Hale's son. Dad passed away in August. Could you please stop sending emails "
            "to his address and close whatever file you have on him? Thank you.\n"
            "David Hale"
        ),
        "label": "relayed",
        "note": "son: father passed away, stop emails and close file",
    },
    {
        "id": "relay-086",
        "lang": "fr",
        "written_to": "lucienne.bertin@orange.fr",
        "sender": "thomas.bertin74@gmail.com",
        "text": (
            "ARRETEZ D'ECRIRE A MA MERE. Elle a 87 ans, elle n'a rien à placer chez vous et elle "
            "vous l'a déjà dit au téléphone. C'est la troisième fois que je vous le demande.\n"
            "Thomas Bertin (son fils)"
        ),
        "label": "relayed",
        "note": "angry son, caps: stop writing to my mother",
    },
    {
        "id": "relay-087",
        "lang": "es",
        "written_to": "r.navarro@navarro-export.es",
        "sender": "recepcion@navarro-export.es",
        "text": (
            "Buenas tardes:\n"
            "El Sr. Navarro ya no trabaja en la empresa. Por favor, diríjanse a partir de ahora a la "
            "Sra. Gil (m.gil@navarro-export.es).\n"
            "Un saludo,\n"
            "Recepción"
        ),
        "label": "none",
        "note": "left the company, refers to successor",
    },
    {
        "id": "relay-088",
        "lang": "fr",
        "written_to": "l.giraud.sg@gmail.com",
        "sender": "l.giraud.sg@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je vis à Singapour depuis trois ans et je ne suis plus concerné par la fiscalité "
            "française, ni par l'immobilier locatif. Merci de me désabonner de toutes vos "
            "communications.\n"
            "Bien cordialement,\n"
            "Laurent Giraud"
        ),
        "label": "own",
        "note": "expatriate asks to be unsubscribed from everything",
    },
    {
        "id": "relay-089",
        "lang": "en",
        "written_to": "anna.lindqvist@lindqvist-design.com",
        "sender": "hello@lindqvist-design.com",
        "text": (
            "Hi there,\n"
            "Anna is on sabbatical until June and won't be checking emails. I'll let her know you "
            "were in touch when she's back.\n"
            "Best,\n"
            "Tom"
        ),
        "label": "none",
        "note": "sabbatical absence told by colleague",
    },
    {
        "id": "relay-090",
        "lang": "fr",
        "written_to": "gerard.blanchet@laposte.net",
        "sender": "m.pelletier@mandataires-judiciaires-ouest.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Je suis mandataire judiciaire à la protection des majeurs et j'exerce la mesure de "
            "tutelle de M. Gérard Blanchet (jugement du juge des contentieux de la protection du 14 "
            "mars 2026).\n"
            "Toute correspondance le concernant doit désormais m'être adressée par voie postale. Je "
            "vous demande par ailleurs de cesser tout envoi de sollicitations commerciales à son "
            "adresse électronique, qu'il n'est plus en mesure de gérer.\n"
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n"
            "Marc Pelletier\n"
            "Mandataire judiciaire à la protection des majeurs"
        ),
        "label": "relayed",
        "note": "court-appointed guardian (tutelle) asks to stop solicitations to the protected person",
    },
    {
        "id": "relay-091",
        "lang": "fr",
        "written_to": "p.lemoine@wanadoo.fr",
        "sender": "p.lemoine@wanadoo.fr",
        "text": (
            "bonjour c'est sa femme qui vous ecrit depuis sa boite, Pierre ne lit plus ses mails "
            "depuis son AVC. Il ne veut plus rien recevoir de chez vous, ni placements ni "
            "invitations. Merci de supprimer son adresse\n"
            "Monique Lemoine"
        ),
        "label": "relayed",
        "note": "wife writes from husband's own mailbox; he wants nothing more from the firm",
    },
    {
        "id": "relay-092",
        "lang": "fr",
        "written_to": "n.caron@pharmacie-caron.fr",
        "sender": "pharmacie.caron@orange.fr",
        "text": (
            "Bonjour,\n"
            "À la demande de Mme Caron, titulaire de l'officine, je vous informe qu'elle ne souhaite "
            "plus recevoir de newsletters ni d'invitations de votre part.\n"
            "Cordialement,\n"
            "Julie, préparatrice\n"
            "Pharmacie Caron"
        ),
        "label": "relayed",
        "note": 'pharmacy staff "à la demande de" the owner: no more newsletters nor invitations',
    },
    {
        "id": "relay-093",
        "lang": "en",
        "written_to": "peter.grant@btinternet.com",
        "sender": "peter.grant@btinternet.com",
        "text": (
            "Peter died in the spring. I'm his wife and I'm going through his emails. Please take "
            "him off your list.\n"
            "Joan Grant"
        ),
        "label": "relayed",
        "note": "widow in his mailbox: he died, take him off",
    },
    {
        "id": "relay-094",
        "lang": "it",
        "written_to": "giuseppe.conti@libero.it",
        "sender": "conti.francesca@gmail.com",
        "text": (
            "Buongiorno, sono la figlia del sig. Giuseppe Conti. Papà è mancato a settembre, vi "
            "chiedo per favore di non mandare più email al suo indirizzo e di chiudere la sua "
            "posizione. Grazie.\n"
            "Francesca Conti"
        ),
        "label": "relayed",
        "note": "daughter: father died, no more emails, close his file",
    },
    {
        "id": "relay-095",
        "lang": "de",
        "written_to": "h.schneider@schneider-bau.de",
        "sender": "sekretariat@schneider-bau.de",
        "text": (
            "Sehr geehrte Damen und Herren,\n"
            "im Auftrag von Herrn Schneider teile ich Ihnen mit, dass er keine weiteren Zusendungen "
            "von Ihnen wünscht. Bitte entfernen Sie seine Adresse aus Ihrem Verteiler.\n"
            "Mit freundlichen Grüßen\n"
            "Birgit Kaiser\n"
            "Sekretariat der Geschäftsführung\n"
            "Schneider Bau GmbH"
        ),
        "label": "relayed",
        "note": 'secretariat "im Auftrag von Herrn Schneider": no further mailings, remove address',
    },
    {
        "id": "relay-096",
        "lang": "fr",
        "written_to": "jean-marc.duval@gmail.com",
        "sender": "jean-marc.duval@gmail.com",
        "text": ("Bonjour, merci de ne plus m'envoyer vos mails.\nCordialement,\nJM Duval"),
        "label": "own",
        "note": "plain own request",
    },
    {
        "id": "relay-097",
        "lang": "en",
        "written_to": "h.wright@wright-dental.co.uk",
        "sender": "h.wright@wright-dental.co.uk",
        "text": (
            "Hi,\n"
            "Please take me off the weekly newsletter, but I still want to hear from Julien directly "
            "about my portfolio.\n"
            "Thanks,\n"
            "Helen Wright"
        ),
        "label": "none",
        "note": "stop newsletter, keep adviser's direct emails",
    },
    {
        "id": "relay-098",
        "lang": "fr",
        "written_to": "jacqueline.hue@laposte.net",
        "sender": "s.tessier@association-tutelaire-atlantique.fr",
        "text": (
            "Bonjour,\n"
            "J'exerce la curatelle renforcée de Madame Jacqueline Hue. Lors de ma dernière visite, "
            "Madame Hue m'a indiqué recevoir régulièrement vos messages et ne pas souhaiter y donner "
            "suite.\n"
            "À sa demande, je vous remercie de ne plus la solliciter.\n"
            "Cordialement,\n"
            "S. Tessier\n"
            "Déléguée mandataire"
        ),
        "label": "relayed",
        "note": "curatelle: the curator passes on that Mme Hue does not want to be solicited any more",
    },
    {
        "id": "relay-099",
        "lang": "es",
        "written_to": "carmen.ruiz@telefonica.net",
        "sender": "lucia.ruiz.g@gmail.com",
        "text": (
            "Hola, soy la hija de Carmen Ruiz. Mi madre me pide que les escriba para que dejen de "
            "enviarle correos, ya no quiere recibir nada de ustedes. Gracias.\n"
            "Lucía"
        ),
        "label": "relayed",
        "note": "daughter: her mother asks them to stop sending emails",
    },
    {
        "id": "relay-100",
        "lang": "en",
        "written_to": "mark.oduya@gmail.com",
        "sender": "mark.oduya@gmail.com",
        "text": (
            "Hi, I tried to unsubscribe my wife from the paper statements on your portal but it "
            "won't let me. Can you help? Her emails are fine.\n"
            "Mark"
        ),
        "label": "none",
        "note": '"unsubscribe" applies to wife\'s paper statements; a support question',
    },
    {
        "id": "relay-101",
        "lang": "en",
        "written_to": "claire.dubois.martin@gmail.com",
        "sender": "claire.dubois.martin@gmail.com",
        "text": (
            "Hi,\n"
            "I moved back to Montreal in the summer and no longer need French wealth advice. Please "
            "take me off all your lists.\n"
            "Best,\n"
            "Claire Dubois-Martin"
        ),
        "label": "own",
        "note": "expat moved back to Canada, take me off all lists",
    },
    {
        "id": "relay-102",
        "lang": "de",
        "written_to": "p.vogel@vogel-steuer.de",
        "sender": "p.vogel@vogel-steuer.de",
        "text": (
            "Sehr geehrte Damen und Herren,\n"
            "hiermit widerspreche ich der Nutzung meiner Daten zu Werbezwecken und bitte um "
            "Löschung.\n"
            "Mit freundlichen Grüßen\n"
            "Dr. Petra Vogel\n"
            "Steuerberaterin"
        ),
        "label": "own",
        "note": "tax adviser for herself: objection and deletion",
    },
    {
        "id": "relay-103",
        "lang": "fr",
        "written_to": "jp.guerin@orange.fr",
        "sender": "nadine.guerin56@orange.fr",
        "text": (
            "Bonjour je reponds pour mon mari il veut plus recevoir vos mails merci de l'enlever\n"
            "Nadine G\n"
            "\n"
            "Envoyé de mon iPhone"
        ),
        "label": "relayed",
        "note": "wife, phone reply without punctuation: her husband wants no more mails",
    },
    {
        "id": "relay-104",
        "lang": "en",
        "written_to": "g.hastings@hastings-group.co.uk",
        "sender": "pa@hastings-group.co.uk",
        "text": (
            "Dear Ms Lefort,\n"
            "Mr Hastings has reviewed your proposal and will not be proceeding on this occasion.\n"
            "Kind regards,\n"
            "Rebecca\n"
            "PA to Graham Hastings"
        ),
        "label": "none",
        "note": "PA relays a decline, not a stop",
    },
    {
        "id": "relay-105",
        "lang": "fr",
        "written_to": "raymonde.collet@orange.fr",
        "sender": "raymonde.collet@orange.fr",
        "text": (
            "Madame, Monsieur,\n"
            "À mon âge je n'ai plus besoin de conseils en placement et mes affaires sont réglées "
            "avec mes enfants. Je vous prie de cesser vos envois.\n"
            "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n"
            "Raymonde Collet"
        ),
        "label": "own",
        "note": "retiree, formal letter: cease mailings",
    },
    {
        "id": "relay-106",
        "lang": "fr",
        "written_to": "yves.mercier@mercier-bois.fr",
        "sender": "cabinet@expertise-fontaine.fr",
        "text": (
            "Bonjour,\n"
            "Nous sommes l'expert-comptable de la SARL Mercier Bois. M. Mercier nous a chargés de "
            "vous faire savoir qu'il ne désire plus être démarché par votre cabinet, ni par mail ni "
            "par téléphone.\n"
            "Merci d'en prendre note.\n"
            "Cabinet Fontaine Expertise\n"
            "Pôle juridique"
        ),
        "label": "relayed",
        "note": "accountant's office conveys the client's wish not to be canvassed any more",
    },
    {
        "id": "relay-107",
        "lang": "fr",
        "written_to": "c.lemaire@orange.fr",
        "sender": "c.lemaire@orange.fr",
        "text": ("desinscription svp merci\n\nEnvoyé de mon Samsung Galaxy"),
        "label": "own",
        "note": "phone, one line",
    },
    {
        "id": "relay-108",
        "lang": "en",
        "written_to": "r.sullivan@gmail.com",
        "sender": "jsullivan62@gmail.com",
        "text": (
            "Hi, my husband asked me to reply – he isn't interested in the seminar this time, thanks "
            "for thinking of him.\n"
            "June Sullivan"
        ),
        "label": "none",
        "note": "wife relays a decline of a seminar",
    },
    {
        "id": "relay-109",
        "lang": "fr",
        "written_to": "r.chauvin@sfr.fr",
        "sender": "anne-laure.chauvin@yahoo.fr",
        "text": (
            "Bonsoir,\n"
            "Je me permets de vous répondre à la place de mon père, René Chauvin, qui nous a quittés "
            "en octobre. Je vous serais reconnaissante de ne plus envoyer de messages sur son "
            "adresse, c'est assez dur de les voir arriver.\n"
            "Merci de votre compréhension.\n"
            "Anne-Laure"
        ),
        "label": "relayed",
        "note": "daughter: father died, please stop messages to his address",
    },
    {
        "id": "relay-110",
        "lang": "en",
        "written_to": "alex.nolan@outlook.com",
        "sender": "alex.nolan@outlook.com",
        "text": ("This is the fourth email this month. I have never been a client of yours. Stop contacting me."),
        "label": "own",
        "note": "angry own",
    },
    {
        "id": "relay-111",
        "lang": "fr",
        "written_to": "dr.agnes.moulin@gmail.com",
        "sender": "dr.agnes.moulin@gmail.com",
        "text": (
            "Bonjour Monsieur,\n"
            "Votre message est très aimable et je garde un bon souvenir de notre échange au congrès "
            "de Bordeaux. Toutefois, je préfère ne plus recevoir de sollicitations : j'ai un "
            "conseiller depuis des années et je ne compte pas en changer.\n"
            "Je vous remercie de me retirer de vos contacts.\n"
            "Bien à vous,\n"
            "Agnès Moulin"
        ),
        "label": "own",
        "note": "doctor, polite, after small talk: remove me from your contacts",
    },
    {
        "id": "relay-112",
        "lang": "en",
        "written_to": "s.nakamura@brightpath.io",
        "sender": "s.nakamura@brightpath.io",
        "text": (
            "Hi,\n"
            "Could you remove my colleague Paul Jensen from your list? He asked me to pass that on. "
            "I'm still happy to receive the updates myself.\n"
            "Sara"
        ),
        "label": "none",
        "note": "removal of a colleague (third person), author stays",
    },
    {
        "id": "relay-113",
        "lang": "de",
        "written_to": "r.braun@praxis-braun.de",
        "sender": "r.braun@praxis-braun.de",
        "text": ("Bitte streichen Sie mich aus Ihrem Verteiler. Danke.\nR. Braun"),
        "label": "own",
        "note": "plain own",
    },
    {
        "id": "relay-114",
        "lang": "en",
        "written_to": "daniel.fischer@fischer-consulting.ch",
        "sender": "dfischer.home@gmail.com",
        "text": (
            "Replying from my personal account. Please stop writing to me at either address, thanks.\nDaniel Fischer"
        ),
        "label": "own",
        "note": "same person from personal account: stop at either address",
    },
    {
        "id": "relay-115",
        "lang": "en",
        "written_to": "p.vandenberg@xs4all.nl",
        "sender": "lotte.vdberg@gmail.com",
        "text": (
            "Hello, I am the daughter of Mr. Peter van den Berg. My father receive your emails in "
            "french and he dont understand them, he ask me to tell you please stop to send him. "
            "Thank you.\n"
            "Lotte"
        ),
        "label": "relayed",
        "note": "daughter, non-native English: father asks to stop sending him emails",
    },
    {
        "id": "relay-116",
        "lang": "fr",
        "written_to": "pierre.guy@guy-expertise.fr",
        "sender": "pierre.guy@guy-expertise.fr",
        "text": (
            "Bonjour,\n"
            "Merci de ne plus utiliser cette adresse, qui est celle du bureau. Écrivez-moi désormais "
            "sur pierre.guy.perso@gmail.com.\n"
            "Pierre Guy"
        ),
        "label": "none",
        "note": "send to another address",
    },
    {
        "id": "relay-117",
        "lang": "fr",
        "written_to": "odette.perrot@wanadoo.fr",
        "sender": "perrot.catherine@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je suis la tutrice de ma mère, Odette Perrot (tutelle familiale depuis 2025). Elle ne "
            "peut plus gérer ses mails et je vous demande de ne plus rien lui envoyer.\n"
            "Pour ses comptes existants c'est moi qu'il faut joindre, mais elle n'a pas l'intention "
            "d'ouvrir quoi que ce soit chez vous.\n"
            "Catherine Perrot"
        ),
        "label": "relayed",
        "note": "daughter is family guardian: send nothing more to her mother",
    },
    {
        "id": "relay-118",
        "lang": "nl",
        "written_to": "m.visser@visser-advies.nl",
        "sender": "m.visser@visser-advies.nl",
        "text": (
            "Goedemorgen,\n"
            "Wilt u voortaan mailen naar mijn privéadres (marieke.visser@gmail.com)? Dit zakelijke "
            "adres vervalt per 1 januari.\n"
            "Groet,\n"
            "Marieke Visser"
        ),
        "label": "none",
        "note": "send to private address instead",
    },
    {
        "id": "relay-119",
        "lang": "es",
        "written_to": "andres.molina@gmail.com",
        "sender": "andres.molina@gmail.com",
        "text": ("Por favor, dejen de enviarme correos. No estoy interesado.\nSaludos,\nAndrés"),
        "label": "own",
        "note": "own",
    },
    {
        "id": "relay-120",
        "lang": "fr",
        "written_to": "anne.lebrun@orange.fr",
        "sender": "anne.lebrun@orange.fr",
        "text": (
            "Bonjour,\n"
            "Je me suis désabonnée par erreur de votre lettre d'information en voulant supprimer un "
            "autre mail. Pouvez-vous me réinscrire ?\n"
            "Merci d'avance\n"
            "Anne Lebrun"
        ),
        "label": "none",
        "note": "unsubscribed by mistake, wants to be re-subscribed",
    },
    {
        "id": "relay-121",
        "lang": "fr",
        "written_to": "b.delorme@gmail.com",
        "sender": "b.delorme@gmail.com",
        "text": (
            "Bonjour,\n"
            "Vous m'écrivez toutes les semaines, c'est beaucoup trop. Une fois par mois suffirait "
            "largement. Je ne veux pas rater vos analyses pour autant, donc gardez-moi dans la "
            "liste.\n"
            "Bernard Delorme"
        ),
        "label": "none",
        "note": "frequency complaint, still wants the mail",
    },
    {
        "id": "relay-122",
        "lang": "fr",
        "written_to": "josiane.prevost@orange.fr",
        "sender": "prevost.laurence@gmail.com",
        "text": (
            "Bonjour,\n"
            "Ma mère est hospitalisée depuis la semaine dernière et ne pourra pas vous répondre "
            "avant plusieurs semaines. Je lui transmettrai votre message à son retour.\n"
            "Laurence Prévost"
        ),
        "label": "none",
        "note": "daughter: mother in hospital, absence, will pass on the message",
    },
    {
        "id": "relay-123",
        "lang": "fr",
        "written_to": "m.roger@laposte.net",
        "sender": "m.roger@laposte.net",
        "text": ("Bonjour, pouvez-vous me retirer de la newsletter mensuelle ? Merci.\nMichel Roger"),
        "label": "own",
        "note": 'plain "retirez-moi de la newsletter" counts as own',
    },
    {
        "id": "relay-124",
        "lang": "fr",
        "written_to": "robert.jacob@orange.fr",
        "sender": "a.leroy@tutelles-mandataire.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Je vous informe que M. Robert Jacob est placé sous tutelle depuis le 2 septembre 2026 "
            "et que j'ai été désignée tutrice. Je vous joins le jugement.\n"
            "Merci de m'adresser désormais une copie de tous les courriers concernant son contrat "
            "d'assurance-vie.\n"
            "Anne Leroy\n"
            "Mandataire judiciaire"
        ),
        "label": "none",
        "note": "guardian informs of the measure and asks for copies; no stop",
    },
    {
        "id": "relay-125",
        "lang": "en",
        "written_to": "s.kapoor@kapoor-logistics.com",
        "sender": "office@kapoor-logistics.com",
        "text": (
            "Hi,\n"
            "Please don't chase Mrs Kapoor before March – she's closing the sale of the business and "
            "can't take anything else on until then. She'll be in touch after that.\n"
            "Thanks,\n"
            "Priya (office)"
        ),
        "label": "none",
        "note": "pause until March, assistant",
    },
    {
        "id": "relay-126",
        "lang": "fr",
        "written_to": "accueil@cabinet-dentaire-roy.fr",
        "sender": "accueil@cabinet-dentaire-roy.fr",
        "text": (
            "Bonjour,\n"
            "Cette adresse est celle de l'accueil du cabinet dentaire, elle n'est pas faite pour "
            "recevoir de la publicité. Merci de ne plus y envoyer vos offres.\n"
            "L'accueil"
        ),
        "label": "own",
        "note": "front desk: the address written to is theirs, stop sending ads to it",
    },
    {
        "id": "relay-127",
        "lang": "fr",
        "written_to": "h.lacroix@lacroix-distribution.fr",
        "sender": "h.lacroix@lacroix-distribution.fr",
        "text": (
            "Bonjour,\n"
            "Je suis en pleine cession de mon entreprise. Recontactez-moi au printemps, pas avant, "
            "je n'aurai pas la tête à ça d'ici là.\n"
            "Hervé Lacroix"
        ),
        "label": "none",
        "note": "pause until spring",
    },
    {
        "id": "relay-128",
        "lang": "en",
        "written_to": "frank.oneill@aol.com",
        "sender": "sean.oneill@gmail.com",
        "text": (
            "My father is 88 years old. STOP emailing him. He has told you twice. I'm his son and I "
            "will report this if it continues.\n"
            "Sean O'Neill"
        ),
        "label": "relayed",
        "note": "angry son: stop emailing my father",
    },
    {
        "id": "relay-129",
        "lang": "nl",
        "written_to": "j.dejong@dejong-agro.nl",
        "sender": "administratie@dejong-agro.nl",
        "text": (
            "Goedemiddag,\n"
            "Namens de heer De Jong laat ik u weten dat hij geen e-mails meer van uw kantoor wil "
            "ontvangen. Wilt u hem uit uw bestand verwijderen?\n"
            "Met vriendelijke groet,\n"
            "Els\n"
            "Administratie De Jong Agro"
        ),
        "label": "relayed",
        "note": 'admin "namens de heer De Jong": he wants no more emails, remove him',
    },
    {
        "id": "relay-130",
        "lang": "de",
        "written_to": "t.krueger@krueger-maschinen.de",
        "sender": "sekretariat@krueger-maschinen.de",
        "text": (
            "Sehr geehrte Damen und Herren,\n"
            "Herr Krüger befindet sich bis Ende Januar in Elternzeit. Ihre Nachricht wird nicht "
            "weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Frau Lenz "
            "(lenz@krueger-maschinen.de).\n"
            "Mit freundlichen Grüßen\n"
            "Sekretariat"
        ),
        "label": "none",
        "note": "absence (parental leave) told by secretariat, refers to colleague",
    },
    {
        "id": "relay-131",
        "lang": "fr",
        "written_to": "claude.mathieu@orange.fr",
        "sender": "mathieu.jerome@gmail.com",
        "text": (
            "Bonjour,\n"
            "Mon père ne s'occupe plus de ses placements, c'est moi qui ai repris le suivi avec sa "
            "procuration. Vous pouvez m'écrire directement sur cette adresse, je lui ferai suivre ce "
            "qui le concerne.\n"
            "Jérôme Mathieu"
        ),
        "label": "none",
        "note": "son took over his father's investments, asks to be written to directly",
    },
    {
        "id": "relay-132",
        "lang": "fr",
        "written_to": "jean.roux@orange.fr",
        "sender": "claire.roux.perso@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je suis la fille de M. Jean Roux. Mon père a maintenant 91 ans et vos courriels le "
            "perturbent beaucoup, il croit à chaque fois qu'il doit faire quelque chose.\n"
            "Il m'a demandé de vous écrire pour que vous arrêtiez de le contacter. Merci de le "
            "retirer de vos listes.\n"
            "Cordialement,\n"
            "Claire Roux"
        ),
        "label": "relayed",
        "note": "daughter writes for her father (91) who asked her to have him removed",
    },
    {
        "id": "relay-133",
        "lang": "en",
        "written_to": "spatel.clinic@gmail.com",
        "sender": "spatel.clinic@gmail.com",
        "text": ("Not interested, please stop.\nDr. S. Patel"),
        "label": "own",
        "note": "doctor, short",
    },
    {
        "id": "relay-134",
        "lang": "es",
        "written_to": "i.delgado@hotmail.es",
        "sender": "i.delgado@hotmail.es",
        "text": (
            "Por favor, no me manden más cartas en papel, prefiero recibirlo todo por correo "
            "electrónico.\n"
            "Isabel Delgado"
        ),
        "label": "none",
        "note": "stop paper letters, email preferred",
    },
    {
        "id": "relay-135",
        "lang": "en",
        "written_to": "m.okafor@okafor-engineering.com",
        "sender": "office@okafor-engineering.com",
        "text": (
            "Hi, PA here. Michael asked me to tell you he doesn't want to receive these emails "
            "anymore. Please take him off. Thanks, Jess"
        ),
        "label": "relayed",
        "note": '"PA here": Michael doesn\'t want these emails',
    },
    {
        "id": "relay-136",
        "lang": "fr",
        "written_to": "famille.benard@orange.fr",
        "sender": "famille.benard@orange.fr",
        "text": ("Bonjour, nous ne souhaitons plus recevoir vos mails à cette adresse. Merci.\nLes Bénard"),
        "label": "own",
        "note": 'shared family address, "nous": stop writing to this address',
    },
    {
        "id": "relay-137",
        "lang": "fr",
        "written_to": "d.roche@orange.fr",
        "sender": "roche.alain@laposte.net",
        "text": (
            "bonjour, je suis le frere de Didier Roche, il est hospitalise pour longtemps et m'a "
            "demande de faire le menage dans ses abonnements. merci de le desinscrire de vos mails.\n"
            "Alain Roche"
        ),
        "label": "relayed",
        "note": "brother, no accents: unsubscribe Didier who is in hospital and asked him to",
    },
    {
        "id": "relay-138",
        "lang": "en",
        "written_to": "linda.moore@gmail.com",
        "sender": "moore.ken@gmail.com",
        "text": (
            "Hi there, Linda asked me to reply to this one – she'd rather not get any more emails "
            "from your firm, she's retired now and doesn't want to think about investments. Could "
            "you remove her please?\n"
            "Cheers, Ken"
        ),
        "label": "relayed",
        "note": "husband: Linda would rather not get more emails, remove her",
    },
    {
        "id": "relay-139",
        "lang": "it",
        "written_to": "l.rinaldi@studiorinaldi.it",
        "sender": "segreteria@studiorinaldi.it",
        "text": (
            "Buongiorno,\n"
            "la dott.ssa Rinaldi è molto impegnata fino a febbraio e vi chiede di risentirvi dopo.\n"
            "Cordiali saluti\n"
            "La segreteria"
        ),
        "label": "none",
        "note": "pause until February",
    },
    {
        "id": "relay-140",
        "lang": "de",
        "written_to": "ingrid.weber@t-online.de",
        "sender": "weber.anja@gmx.de",
        "text": (
            "Guten Tag,\n"
            "meine Mutter Ingrid Weber ist im Oktober verstorben. Ich bitte Sie, keine E-Mails mehr "
            "an ihre Adresse zu schicken und ihre Daten zu löschen.\n"
            "Danke\n"
            "Anja Weber"
        ),
        "label": "relayed",
        "note": "daughter: mother died, no more emails, delete data",
    },
    {
        "id": "relay-141",
        "lang": "fr",
        "written_to": "a.hubert@orange.fr",
        "sender": "hubert.jacques@orange.fr",
        "text": (
            "Bonjour, ma femme a lu votre proposition d'investissement en SCPI, elle ne donnera pas "
            "suite. Bonne journée.\n"
            "Jacques Hubert"
        ),
        "label": "none",
        "note": "husband: wife will not follow up on the SCPI offer (decline only)",
    },
    {
        "id": "relay-142",
        "lang": "fr",
        "written_to": "gaec.tilleuls@orange.fr",
        "sender": "gaec.tilleuls@orange.fr",
        "text": (
            "Bonjour, on est agriculteurs on a pas de temps pour ça. Retirez moi de votre liste.\n"
            "Cordialement\n"
            "Bruno Lefèvre\n"
            "GAEC des Tilleuls"
        ),
        "label": "own",
        "note": "farmer writing from the farm address: remove me",
    },
    {
        "id": "relay-143",
        "lang": "fr",
        "written_to": "xavier.guillon@guillon-avocats.fr",
        "sender": "cabinet@guillon-avocats.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Maître Guillon a bien reçu votre proposition de rachat de parts de SCPI. Il ne souhaite "
            "pas y donner suite mais reste ouvert à d'autres propositions.\n"
            "Bien cordialement,\n"
            "Le secrétariat"
        ),
        "label": "none",
        "note": "lawyer's office conveys a decline of this offer, open to others",
    },
    {
        "id": "relay-144",
        "lang": "fr",
        "written_to": "m.leclerc@transports-lefebvre.fr",
        "sender": "d.fabre@transports-lefebvre.fr",
        "text": (
            "Bonjour,\n"
            "M. Leclerc a quitté la société fin octobre. Merci de le retirer de vos contacts et "
            "d'adresser désormais vos messages à moi, je reprends le suivi des placements de "
            "trésorerie.\n"
            "Delphine Fabre\n"
            "Directrice administrative et financière\n"
            "Transports Lefebvre"
        ),
        "label": "none",
        "note": "person left the company; remove him, write to me instead",
    },
    {
        "id": "relay-145",
        "lang": "en",
        "written_to": "tom.harrington@icloud.com",
        "sender": "tom.harrington@icloud.com",
        "text": (
            "This is Tom's wife writing. Tom has dementia and can no longer deal with emails like "
            "this. Please don't contact him again. If you need anything about his accounts write to "
            "our solicitor.\n"
            "Sarah Harrington"
        ),
        "label": "relayed",
        "note": "wife writes from Tom's account: don't contact him again",
    },
    {
        "id": "relay-146",
        "lang": "en",
        "written_to": "j.porter@gmail.com",
        "sender": "j.porter@gmail.com",
        "text": ("Please remove me from your mailing list.\nJ. Porter"),
        "label": "own",
        "note": "plain",
    },
    {
        "id": "relay-147",
        "lang": "fr",
        "written_to": "j.charpentier@gmail.com",
        "sender": "j.charpentier@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je souhaite arrêter mes versements programmés sur mon contrat à compter de janvier. "
            "Merci de m'indiquer la marche à suivre.\n"
            "Julien Charpentier"
        ),
        "label": "none",
        "note": '"arrêter" applies to scheduled payments, not to mail',
    },
    {
        "id": "relay-148",
        "lang": "fr",
        "written_to": "olivier.perret@perret-industrie.fr",
        "sender": "assistante.pdg@perret-industrie.fr",
        "text": (
            "Bonjour,\n"
            "M. Perret ne pourra pas assister au rendez-vous de jeudi 14h, il doit se rendre sur "
            "notre site de Cholet. Pourriez-vous proposer une autre date la semaine prochaine ?\n"
            "Merci,\n"
            "Agnès"
        ),
        "label": "none",
        "note": "assistant reschedules a meeting",
    },
    {
        "id": "relay-149",
        "lang": "fr",
        "written_to": "c.noel@clinique-veterinaire-des-pins.fr",
        "sender": "accueil@clinique-veterinaire-des-pins.fr",
        "text": (
            "Bonjour,\n"
            "Le Dr Noël nous demande de vous signaler qu'elle ne souhaite plus être contactée par "
            "votre société. Merci de supprimer son adresse de vos fichiers.\n"
            "L'accueil de la clinique"
        ),
        "label": "relayed",
        "note": "vet clinic front desk passes on the vet's wish not to be contacted",
    },
    {
        "id": "relay-150",
        "lang": "fr",
        "written_to": "v.bailly@bailly-immobilier.fr",
        "sender": "v.bailly@bailly-immobilier.fr",
        "text": (
            "Bonjour,\n"
            "Je vous remercie de ne plus me solliciter, ni par mail ni par téléphone.\n"
            "Valérie Bailly\n"
            "Bailly Immobilier"
        ),
        "label": "own",
        "note": "own: no more solicitation, neither mail nor phone",
    },
    {
        "id": "relay-151",
        "lang": "fr",
        "written_to": "g.renard@orange.fr",
        "sender": "g.renard@orange.fr",
        "text": (
            "Bonjour,\n"
            "Surtout ne cessez pas de m'envoyer les relevés trimestriels, je n'ai pas reçu celui de "
            "septembre. Pouvez-vous me le renvoyer ?\n"
            "G. Renard"
        ),
        "label": "none",
        "note": "negation: do NOT stop sending the statements",
    },
    {
        "id": "relay-152",
        "lang": "fr",
        "written_to": "f.garnier@garnier-transports.fr",
        "sender": "assistante.direction@garnier-transports.fr",
        "text": (
            "Bonjour,\n"
            "M. Garnier me demande de vous dire qu'il ne souhaite plus recevoir vos propositions. "
            "Merci de le retirer de votre fichier.\n"
            "Cordialement\n"
            "Aurélie\n"
            "Assistante de direction\n"
            "Garnier Transports"
        ),
        "label": "relayed",
        "note": 'assistant: "M. Garnier me demande de vous dire" he wants to be removed',
    },
    {
        "id": "relay-153",
        "lang": "fr",
        "written_to": "p.ravel@groupe-ravel.fr",
        "sender": "c.simon@groupe-ravel.fr",
        "text": (
            "Bonjour,\n"
            "Je suis l'assistante de M. Ravel et je suis en copie de tous vos envois. Pourriez-vous "
            "me retirer de votre liste ? M. Ravel souhaite continuer à recevoir vos analyses, mais "
            "pour ma part je n'en ai pas l'utilité.\n"
            "Merci,\n"
            "Céline Simon"
        ),
        "label": "own",
        "note": "assistant asks to be removed herself; the boss still wants the analyses",
    },
    {
        "id": "relay-154",
        "lang": "nl",
        "written_to": "pieter.smit@kpnmail.nl",
        "sender": "pieter.smit@kpnmail.nl",
        "text": ("Graag uitschrijven, ik wil geen mails meer ontvangen.\nGroet, Pieter"),
        "label": "own",
        "note": "own",
    },
    {
        "id": "relay-155",
        "lang": "en",
        "written_to": "elizabeth.ward@btinternet.com",
        "sender": "elizabeth.ward@btinternet.com",
        "text": (
            "Dear Mr Garnier,\n"
            "Thank you for your kind note and for remembering my birthday. At 79 I have decided to "
            "simplify things, and I would rather not receive emails from the firm anymore. I hope "
            "you understand.\n"
            "Warm regards,\n"
            "Elizabeth Ward"
        ),
        "label": "own",
        "note": "retiree, kind, would rather not receive emails anymore",
    },
    {
        "id": "relay-156",
        "lang": "en",
        "written_to": "jenny.lowe@harbourbank.co.uk",
        "sender": "jenny.lowe@harbourbank.co.uk",
        "text": (
            "Hi,\n"
            "Please use my personal address from now on: jenny.lowe.home@gmail.com. I'm leaving this "
            "job at the end of the month and this inbox will be closed.\n"
            "Thanks, Jenny"
        ),
        "label": "none",
        "note": "send to another address (leaving job)",
    },
    {
        "id": "relay-157",
        "lang": "fr",
        "written_to": "vincent.pages@gmail.com",
        "sender": "vincent.pages@gmail.com",
        "text": (
            "Bonjour,\n"
            "C'est moi que vous avez contacté au sujet du contrat de ma mère. Je ne m'occupe pas de "
            "ses affaires, ma sœur a la procuration. Merci de ne plus m'écrire.\n"
            "Vincent Pagès"
        ),
        "label": "own",
        "note": "son written to about his mother's contract asks not to be written to himself",
    },
    {
        "id": "relay-158",
        "lang": "fr",
        "written_to": "sebastien.carre@hotmail.fr",
        "sender": "sebastien.carre@hotmail.fr",
        "text": "arretez de m envoyer vos pub je vous ai rien demander",
        "label": "own",
        "note": "typos, own",
    },
    {
        "id": "relay-159",
        "lang": "fr",
        "written_to": "a.benoit@holding-benoit.fr",
        "sender": "office@holding-benoit.fr",
        "text": (
            "Bonjour,\n"
            "Pour faire suite à votre message, Monsieur Benoît n'a pas vocation à être contacté par "
            "des cabinets de conseil en gestion de patrimoine. Merci de bien vouloir supprimer ses "
            "coordonnées de vos bases.\n"
            "Bien cordialement,\n"
            "Le secrétariat de direction\n"
            "Holding Benoît"
        ),
        "label": "relayed",
        "note": "executive secretariat template: delete the boss's details",
    },
    {
        "id": "relay-160",
        "lang": "es",
        "written_to": "f.serrano@gmail.com",
        "sender": "marta.serrano.v@gmail.com",
        "text": ("Hola, mi padre ha leído su propuesta y no le interesa por ahora. Gracias.\nMarta"),
        "label": "none",
        "note": 'daughter relays a decline "no le interesa por ahora"',
    },
]
