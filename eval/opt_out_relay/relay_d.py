"""Blind evaluation set D for rule R8 (opt-out), relayed vs own vs none.

Written by hand without opening any product code, prompt or earlier set; nothing under /work/main was read.
The product's code was never run on these cases.

Lab notebook
------------
1. Created /tmp/relay_d_work/; ran /work/main/.venv/bin/python --version (3.11.7) and /work/main/.venv/bin/ruff
   --version (0.17.6). Opened or listed nothing under /work/main; used no search tool; no git.
2. Planned the split before writing: relayed 55 / own 40 / none 65; fr 75 (26/19/30), en 60 (21/15/24),
   de/es/it/nl/pt 5 each (de 2/1/2, es 2/1/2, it 1/2/2, nl 2/1/2, pt 1/1/3).
3. Wrote /tmp/relay_d_work/cases_fr.py by hand (75 French cases, each with a note and, when borderline, a flag).
4. Wrote /tmp/relay_d_work/cases_en.py by hand (60 English cases: UK solicitors, executors, LPA/EPA attorneys, care-
   home staff, family offices, PAs, spouses, US/Irish clients).
5. Wrote /tmp/relay_d_work/cases_other.py by hand (25 cases in de/es/it/nl/pt).
6. Wrote conventions.txt, notebook.txt, slips.txt and build.py (shuffle with random.Random(20261206), number
   relayd-001..160, compute the counts below from the shuffled list, render this module with strings split under 120
   columns).
7. Ran mkdir -p /work/main/eval/opt_out_relay, then build.py, which wrote this file.
8. Wrote /tmp/relay_d_work/validate.py (imports this file; checks 160 cases, id sequence relayd-001..160, unique
   texts, keys, allowed labels and langs, label totals 55/40/65, that every count line of the docstring equals the
   recomputed one, that each judgement-call line states the case's real lang and label, line lengths <= 120, well-
   formed addresses, phone numbers only in fiction ranges: FR 01 99 00 / 06 39 98, UK 020 7946 0xxx, US 555-01xx)
   and ran it: no errors.
9. Ran ruff format --line-length 120 (file unchanged) and ruff check --line-length 120 (all checks passed) on this
   file only.
10. Re-read every case against the conventions; added one flag (de redirect case), wrote the slips, rebuilt with
   build.py, re-ran ruff format, ruff check and validate.py.

Label conventions
-----------------
Labels are about the reply's author and the person the firm wrote to (the written_to address).
- relayed: the author is not the person written to and conveys that THIS person wants the firm to stop writing /
  remove them / not contact them again; or says the person died or can no longer manage their affairs and asks to
  stop writing to them, remove them or close the file. Includes an assistant or spouse asking for both the person
  and herself ("retirez-nous tous les deux"), and an author typing from the person's own mailbox (signed by someone
  else, "Maman", "Papi", "Graham's wife").
- own: the author asks the firm to stop writing to the author: the person written to (also from another address or
  from a relative's mailbox), an assistant asking to be removed HERSELF while the boss keeps receiving, or a
  generic/shared address (contact@, info@, admin@, a secretariat box) asking for itself.
- none: everything else: declines (also product- or type-scoped "ne plus lui proposer ce type de placement"),
  pauses, absences, change of adviser, paper/post or phone only, change of address, successor or "write to me
  instead" (also after death or under a protective measure), death notices asking for documents, removal of a
  deceased from a joint account, removal of a THIRD person who was not written to, internal forwards and colleague
  notes (also from the firm's own adviser), frequency complaints that still want mail, leaving a newsletter while
  keeping the adviser's personal emails, negations, how-to questions, conditionals, removal from CC only.
Decisions I had to take beyond the brief:
- A polite request phrased as a question ("Pourriez-vous la désinscrire ?", "would you mind taking me off?") is a
  request; a question about HOW or WHETHER one can stop ("comment faire pour...", "is there a way to...") is none.
- Couple mailbox addressed to both spouses (m.et.mme.x@, thebrightwells@): a spouse asking for "us" is own, since
  the author is one of the people written to. If the firm wrote to one spouse's own address and the other spouse
  asks for both, it is relayed.
- A first-person request dictated by the person and transcribed by a relative is relayed (the author is the
  relative).
- Formal third-person self-reference signed by the person herself ("Madame de X prie le cabinet...") is own.
- A protective measure (tutelle, curatelle, LPA, Vorsorgevollmacht) plus "send everything to me/us instead" is none
  (redirect); plus "stop writing to her / remove her" with no redirect is relayed. Side remarks such as "questions
  may be directed to me", "our solicitor will be in touch", "je reste destinataire des relevés de la compagnie" are
  not redirects.
- A secretariat or office mailbox that receives a copy of every mailing and asks to receive nothing more is own;
  "take me off the cc on this thread" is none (CC only).
- A text mostly in one language with a few words of another takes the dominant language.

Counts (computed by build.py from CASES, re-checked by validate.py)
------------------------------------------------------------------
Total: 160
By label: relayed 55, own 40, none 65
By language: fr 75, en 60, de 5, es 5, it 5, nl 5, pt 5
By language x label (relayed/own/none):
  fr: 26/19/30
  en: 21/15/24
  de: 2/1/2
  es: 2/1/2
  it: 1/2/2
  nl: 2/1/2
  pt: 1/1/3

Judgement calls worth a second look
-----------------------------------
- relayd-012 (fr, none): 'ne plus lui proposer ce type de placement' is a product-scoped stop, read as a decline
- relayd-030 (fr, relayed): first-person request inside a dictated quote: the 'me' is the mother, not the author
- relayd-031 (fr, own): could be read as 'remove from CC only' (none); read as a standing request for the
  secretariat address
- relayd-041 (fr, own): couple mailbox addressed to both spouses: treated as own (author is one of the people
  written to)
- relayd-046 (fr, own): third-person formal style looks like a relay but the signer is the person herself
- relayd-062 (fr, own): sender is the husband's address but the author is the person written to
- relayd-063 (en, relayed): the solicitor sentence might be read as a redirect; the stop request is explicit
- relayd-064 (fr, none): protective measure + redirect to the curator: labelled none by the 'send it to me instead'
  rule
- relayd-066 (de, none): power of attorney + 'an mich statt an sie': a redirect, none by convention (same rule as
  the tutelle case)
- relayd-076 (fr, relayed): polite 'Pourriez-vous la désinscrire ?' read as a request, not a question
- relayd-088 (fr, none): a genuine relayed removal, but of a third person (the son) who was not written to: none by
  convention
- relayd-097 (es, none): how-to question with clear intent; none by convention
- relayd-099 (fr, none): how-to question with clear underlying intent; none by convention, but a legal-risk miss if
  wrong
- relayd-106 (fr, relayed): last sentence about statements from the insurer could be misread as 'send it to me
  instead'
- relayd-113 (en, relayed): 'questions may be directed to me' is about the request, not a 'write to me instead'
- relayd-121 (en, none): 'rather than to him' stops mail to him, but it is a redirect to the attorney: none by
  convention
- relayd-124 (en, none): question about how to stop with obvious intent; none by convention (legal-risk side)
- relayd-141 (en, own): shared couple mailbox: own, since the authors are the people written to

Slips
-----
- While drafting, one French case (son asking to be copied) came out mostly in English although planned as fr;
  rewrote it French-dominant with an English sentence so that lang=fr is right.
- The family-office case first said "cease all direct contact with him", which could be read as "go through us
  instead" (a redirect, none); reworded to "cease all contact ... and remove him" plus "we will not be forwarding".
- The first draft of the assistant-removes-herself case (fr, own) said she was "en copie" of the mailings, colliding
  with the CC-only rule (none); reworded to "je reçois moi aussi vos lettres d'information".
- The notebook's first version said nothing under /work/main was touched; in fact I ran mkdir -p
  /work/main/eval/opt_out_relay (no listing) before writing this file, and ruff, run from there, may have picked up
  the project's own configuration (I did not open it).
- The de redirect case (Vorsorgevollmacht) was first left without a flag although it follows the same borderline
  rule as two flagged cases; flag added at review.
"""

CASES: list[dict[str, str]] = [
    {
        "id": "relayd-001",
        "lang": "fr",
        "written_to": "kev.dumont@gmail.com",
        "sender": "kev.dumont@gmail.com",
        "text": "arretez de m'envoyer vos mails svp jai jamais demander a les recevoir",
        "label": "own",
        "note": "Person written to, SMS style with typos, tells the firm to stop sending him mails.",
    },
    {
        "id": "relayd-002",
        "lang": "fr",
        "written_to": "m.ferrand@ferrand-expertise.fr",
        "sender": "m.ferrand@ferrand-expertise.fr",
        "text": (
            "Bonjour,\n"
            "À compter du 1er novembre, cette adresse ne sera plus consultée. Merci de m'écrire désormais à "
            "martin.ferrand@proton.me, y compris pour vos lettres d'information.\n"
            "Martin Ferrand"
        ),
        "label": "none",
        "note": "Change of email address; explicitly wants the newsletters at the new one.",
    },
    {
        "id": "relayd-003",
        "lang": "fr",
        "written_to": "fl.rigaud@laposte.net",
        "sender": "fl.rigaud@laposte.net",
        "text": "Désinscription. Merci.",
        "label": "own",
        "note": "Two-word reply from the person written to: unsubscribe.",
    },
    {
        "id": "relayd-004",
        "lang": "en",
        "written_to": "gkrause@krause-orthodontics.com",
        "sender": "gkrause@krause-orthodontics.com",
        "text": (
            "Your firm has emailed me eleven times since January despite my never having requested information. Cease "
            "all further emails to this address.\n"
            "Dr. Glenn Krause"
        ),
        "label": "own",
        "note": "US, blunt: cease all further emails to this address.",
    },
    {
        "id": "relayd-005",
        "lang": "de",
        "written_to": "dr.schaefer@praxis-schaefer-hamburg.de",
        "sender": "dr.schaefer@praxis-schaefer-hamburg.de",
        "text": (
            "Bitte nehmen Sie mich aus Ihrem Verteiler. Ich widerspreche der Nutzung meiner Daten zu Werbezwecken.\n"
            "Dr. M. Schäfer"
        ),
        "label": "own",
        "note": "Person written to: take me off the list, objection to advertising use.",
    },
    {
        "id": "relayd-006",
        "lang": "fr",
        "written_to": "marc.helleu@helleu-holding.fr",
        "sender": "a.sorbier@cabinet-sorbier-patrimoine.fr",
        "text": (
            "Bonjour,\n"
            "Je suis le conseiller en gestion de patrimoine de M. et Mme Helleu depuis plusieurs années. M. Helleu m'a "
            "transmis vos derniers messages : il ne souhaite pas poursuivre d'échanges avec votre maison et m'a "
            "demandé de vous prier de ne plus le contacter, par quelque canal que ce soit.\n"
            "Bien à vous,\n"
            "Antoine Sorbier"
        ),
        "label": "relayed",
        "note": "The client's own wealth adviser conveys that M. Helleu wants no further contact by any channel.",
    },
    {
        "id": "relayd-007",
        "lang": "en",
        "written_to": "s.ashdown@ashdownfarm.co.uk",
        "sender": "s.ashdown@ashdownfarm.co.uk",
        "text": (
            "Three emails in one week is rather a lot. I do want to hear from you, but monthly would suit me far "
            "better.\n"
            "S. Ashdown"
        ),
        "label": "none",
        "note": "Frequency complaint; explicitly wants to keep hearing, monthly.",
    },
    {
        "id": "relayd-008",
        "lang": "fr",
        "written_to": "jpmarsan@free.fr",
        "sender": "jpmarsan@free.fr",
        "text": "Mon mari ne veut plus de vos messages. Merci d'arrêter.",
        "label": "relayed",
        "note": "Wife using her husband's mailbox ('mon mari') asks to stop; one line.",
    },
    {
        "id": "relayd-009",
        "lang": "fr",
        "written_to": "mp.lacombe@lacombe-pharma.fr",
        "sender": "mp.lacombe@lacombe-pharma.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Je vous saurais gré de bien vouloir procéder à l'effacement de mes données personnelles et de cesser tout "
            "envoi à mon attention, conformément aux articles 17 et 21 du règlement général sur la protection des "
            "données.\n"
            "Je vous remercie de me confirmer la prise en compte de cette demande.\n"
            "Marie-Pierre Lacombe\n"
            "Pharmacienne titulaire"
        ),
        "label": "own",
        "note": "Formal erasure + objection request (art. 17 and 21) from the person herself.",
    },
    {
        "id": "relayd-010",
        "lang": "en",
        "written_to": "grahamt1952@yahoo.co.uk",
        "sender": "grahamt1952@yahoo.co.uk",
        "text": (
            "This is Graham's wife. He's asked me to tell you he doesn't want these emails any more, so please stop. "
            "Thanks, Pam"
        ),
        "label": "relayed",
        "note": "Wife on Graham's own mailbox says he wants the emails stopped.",
    },
    {
        "id": "relayd-011",
        "lang": "es",
        "written_to": "lucia.ferrer@ferrer-arquitectura.es",
        "sender": "lucia.ferrer@ferrer-arquitectura.es",
        "text": (
            "Hola, no deseo seguir recibiendo sus comunicaciones comerciales. Les agradecería que me dieran de baja. "
            "Saludos, Lucía Ferrer"
        ),
        "label": "own",
        "note": "Person written to asks to be unsubscribed from commercial communications.",
    },
    {
        "id": "relayd-012",
        "lang": "fr",
        "written_to": "marcel.gaudin@orange.fr",
        "sender": "mjpm@asso-tutelaire-angoumois.fr",
        "text": (
            "Madame, Monsieur,\n"
            "En qualité de mandataire judiciaire de M. Marcel Gaudin, je vous informe que la souscription à la SCPI "
            "proposée dans votre courriel du 5 n'est pas envisageable dans le cadre de sa mesure de protection. Merci "
            "de ne plus lui proposer ce type de placement.\n"
            "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n"
            "Marc Estève\n"
            "Mandataire judiciaire à la protection des majeurs"
        ),
        "label": "none",
        "note": "Guardian declines one type of product (SCPI) for the protected person; no request to stop writing.",
    },
    {
        "id": "relayd-013",
        "lang": "it",
        "written_to": "f.colombo@colombo-tessuti.it",
        "sender": "f.colombo@colombo-tessuti.it",
        "text": "Buongiorno, vi chiedo di non inviarmi più newsletter né offerte. Grazie. Francesca Colombo",
        "label": "own",
        "note": "Person written to: send me no more newsletters or offers.",
    },
    {
        "id": "relayd-014",
        "lang": "de",
        "written_to": "ingrid.hoffmann@t-online.de",
        "sender": "kanzlei@betreuungsbuero-weidner.de",
        "text": (
            "Sehr geehrte Damen und Herren,\n"
            "ich bin durch Beschluss des Amtsgerichts zur rechtlichen Betreuerin von Frau Ingrid Hoffmann bestellt "
            "worden. Frau Hoffmann lebt inzwischen in einer Pflegeeinrichtung und kann Ihre Schreiben nicht mehr "
            "bearbeiten. Ich bitte Sie daher, ihr künftig keine E-Mails mehr zu senden und ihre Adresse aus Ihrem "
            "Verteiler zu löschen.\n"
            "Mit freundlichen Grüßen\n"
            "Birgit Weidner\n"
            "Berufsbetreuerin"
        ),
        "label": "relayed",
        "note": "Court-appointed legal guardian (Betreuerin): no more emails to her, delete her address from the list.",
    },
    {
        "id": "relayd-015",
        "lang": "fr",
        "written_to": "l.berger@berger-transports.fr",
        "sender": "l.berger@berger-transports.fr",
        "text": (
            "Bonjour,\n"
            "Merci de supprimer de vos envois l'adresse de mon ancien associé, M. Fradin "
            "(f.fradin@berger-transports.fr), qui a quitté l'entreprise. Pour ma part, je reste preneur de vos notes.\n"
            "Laurent Berger"
        ),
        "label": "none",
        "note": "Asks to remove a former partner (a third person, not written to); the author stays on.",
    },
    {
        "id": "relayd-016",
        "lang": "en",
        "written_to": "dana.kowalski@northfieldtech.com",
        "sender": "dkowalski.home@gmail.com",
        "text": (
            "Hi, writing from my personal email as I no longer have access to my work one. I'd like to stop receiving "
            "your emails at dana.kowalski@northfieldtech.com - and please don't switch them to this address either. "
            "Thanks, Dana"
        ),
        "label": "own",
        "note": "Same person from a personal address: stop at the work address, and do not switch to this one.",
    },
    {
        "id": "relayd-017",
        "lang": "fr",
        "written_to": "b.delaunay@delaunay-architectes.fr",
        "sender": "b.delaunay@delaunay-architectes.fr",
        "text": (
            "Madame, Monsieur,\n"
            "\n"
            "J'ai bien reçu votre courriel du 18 ainsi que l'invitation à la conférence sur la transmission "
            "d'entreprise. Comme je l'ai déjà indiqué à M. Vasseur lors de notre entretien téléphonique du printemps, "
            "la gestion de mon patrimoine est confiée à un autre cabinet et je n'envisage pas de changement. Je vous "
            "prie en conséquence de bien vouloir mettre un terme à toute correspondance.\n"
            "\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n"
            "\n"
            "Bertrand Delaunay\n"
            "Architecte DPLG - Gérant"
        ),
        "label": "own",
        "note": "The person written to, after context, asks to end all correspondence; signature with a role title.",
    },
    {
        "id": "relayd-018",
        "lang": "fr",
        "written_to": "a.wexler@orange.fr",
        "sender": "d.wexler@wexler-law.com",
        "text": (
            "Bonjour, ma mère Anne ne suit plus vraiment ses mails. Could you please cc me on everything you send her "
            "? Ou même m'écrire directement, c'est plus simple. Merci d'avance, David Wexler"
        ),
        "label": "none",
        "note": "Son (mixed French/English) asks to be copied or written to instead; no stop.",
    },
    {
        "id": "relayd-019",
        "lang": "en",
        "written_to": "admin@greystone-fo.com",
        "sender": "admin@greystone-fo.com",
        "text": (
            "Hello,\n"
            "Please stop sending to this admin mailbox - it's unmonitored for anything but invoices. If you need to "
            "reach Mr Greystone, you already have his direct address and he's happy to hear from you there.\n"
            "Admin team"
        ),
        "label": "own",
        "note": (
            "Generic admin mailbox (the address written to) asks for itself; the principal stays reachable directly."
        ),
    },
    {
        "id": "relayd-020",
        "lang": "pt",
        "written_to": "r.carvalho@carvalho-consultores.pt",
        "sender": "r.carvalho@carvalho-consultores.pt",
        "text": (
            "Boa tarde, agradeço que deixem de me enviar comunicações. Não pretendo continuar a receber. Ricardo "
            "Carvalho"
        ),
        "label": "own",
        "note": "Person written to asks the firm to stop sending him communications.",
    },
    {
        "id": "relayd-021",
        "lang": "en",
        "written_to": "info@thecornmillbnb.co.uk",
        "sender": "info@thecornmillbnb.co.uk",
        "text": (
            "Please remove this address from your list. It's our guest-house enquiries inbox and nobody here asked for "
            "investment newsletters."
        ),
        "label": "own",
        "note": "Generic guest-house address asks for itself to be removed.",
    },
    {
        "id": "relayd-022",
        "lang": "fr",
        "written_to": "j.larrieu@groupe-larrieu.fr",
        "sender": "cabinet.pdg@groupe-larrieu.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Le Président a pris connaissance de votre invitation au petit-déjeuner patrimonial du 14. Il m'a prié de "
            "vous indiquer qu'il ne souhaite plus être destinataire de vos communications et vous remercie d'en "
            "prendre acte.\n"
            "Le Cabinet du Président"
        ),
        "label": "relayed",
        "note": (
            "The chairman's office, naming him only by role ('Le Président'), says he no longer wants any "
            "communications."
        ),
    },
    {
        "id": "relayd-023",
        "lang": "fr",
        "written_to": "olivier.tisserand@imprimerie-tisserand.fr",
        "sender": "b.carriere@imprimerie-tisserand.fr",
        "text": (
            "Bonjour,\n"
            "L'imprimerie Tisserand a été reprise par notre groupe en juillet et M. Tisserand n'y travaille plus. Je "
            "suis le nouveau dirigeant : pour tout ce qui concerne l'entreprise, adressez-vous à moi. M. Tisserand "
            "reste joignable à titre personnel sur o.tisserand@orange.fr.\n"
            "Benoît Carrière, Directeur général"
        ),
        "label": "none",
        "note": (
            "Company sold: new director names himself as contact and gives the old owner's private address; no stop."
        ),
    },
    {
        "id": "relayd-024",
        "lang": "fr",
        "written_to": "jacqueline.roux@orange.fr",
        "sender": "jacqueline.roux@orange.fr",
        "text": (
            "Bonjour Camille,\n"
            "C'est Étienne, le fils de Mme Roux. Maman ne lit pas la lettre mensuelle et souhaiterait ne plus la "
            "recevoir. En revanche elle tient beaucoup à vos messages personnels et à votre point annuel, continuez de "
            "lui écrire directement.\n"
            "Merci, Étienne"
        ),
        "label": "none",
        "note": "Son on mother's mailbox: leave the monthly newsletter only, keep the adviser's personal emails.",
    },
    {
        "id": "relayd-025",
        "lang": "it",
        "written_to": "g.rinaldi@rinaldi-spa.it",
        "sender": "m.bruno@rinaldi-spa.it",
        "text": (
            "Buongiorno, sono l'assistente del dott. Rinaldi. Ricevo anch'io le vostre newsletter ma non mi servono: "
            "potete cancellare il mio indirizzo? Il dottore invece desidera continuare a riceverle. Grazie, Marta Bruno"
        ),
        "label": "own",
        "note": "Assistant asks to delete her own address; the boss wants to keep receiving.",
    },
    {
        "id": "relayd-026",
        "lang": "fr",
        "written_to": "n.castel@castel-btp.fr",
        "sender": "nicolas.castel@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je vous écris depuis ma boîte perso car je ne consulte plus l'adresse de l'entreprise. Je m'oppose, au "
            "titre de l'article 21 du RGPD, à l'utilisation de mes coordonnées à des fins de prospection. Merci de "
            "supprimer l'adresse n.castel@castel-btp.fr de vos fichiers.\n"
            "Nicolas Castel"
        ),
        "label": "own",
        "note": "Same person from his personal address: art. 21 objection and removal of his work address.",
    },
    {
        "id": "relayd-027",
        "lang": "fr",
        "written_to": "jean.lecoq@orange.fr",
        "sender": "jean.lecoq@orange.fr",
        "text": (
            "Bonjour,\n"
            "Jean nous a quittés le 2 décembre. C'est moi, sa femme, qui reprends la gestion de nos placements. Je "
            "vous serais reconnaissante de m'adresser désormais vos messages, à cette même adresse ou à la mienne : "
            "colette.lecoq@orange.fr.\n"
            "Colette Lecoq"
        ),
        "label": "none",
        "note": "Death notice by the widow who asks to be written to instead.",
    },
    {
        "id": "relayd-028",
        "lang": "fr",
        "written_to": "serge.ducros@orange.fr",
        "sender": "serge.ducros@orange.fr",
        "text": (
            "Arrêtez de m'appeler sur mon portable en pleine journée, s'il vous plaît. Écrivez-moi par mail, c'est "
            "suffisant.\n"
            "S. Ducros"
        ),
        "label": "none",
        "note": "Stop phone calls only; explicitly wants email.",
    },
    {
        "id": "relayd-029",
        "lang": "en",
        "written_to": "d.whitcombe@gmail.com",
        "sender": "fiona.whitcombe-hale@outlook.com",
        "text": (
            "Hello,\n"
            "I hold a lasting power of attorney for my father, Derek Whitcombe, who moved into a nursing home in the "
            "spring. He's had several emails from you about pension drawdown. I'd rather you didn't trouble him "
            "further - please take him off whatever lists he's on.\n"
            "Kind regards,\n"
            "Fiona Whitcombe-Hale"
        ),
        "label": "relayed",
        "note": (
            "Attorney under an LPA, British understatement: 'I'd rather you didn't trouble him further' + take him off."
        ),
    },
    {
        "id": "relayd-030",
        "lang": "fr",
        "written_to": "colette.rivals@laposte.net",
        "sender": "anne.rivals@protonmail.com",
        "text": (
            "Madame, Monsieur,\n"
            "Vous trouverez ci-dessous le message que ma mère, Mme Colette Rivals, m'a dicté ce matin, faute de "
            "pouvoir l'écrire elle-même :\n"
            "« Je ne veux plus recevoir vos courriers électroniques. Je vous remercie de m'effacer de vos listes. »\n"
            "Anne Rivals"
        ),
        "label": "relayed",
        "note": (
            "Daughter transcribes her mother's dictated first-person request to be erased; the 'je' is the mother's."
        ),
    },
    {
        "id": "relayd-031",
        "lang": "fr",
        "written_to": "v.hervieu@hervieu-conseil.fr",
        "sender": "assistanat@hervieu-conseil.fr",
        "text": (
            "Bonjour,\n"
            "Je reçois, sur l'adresse du secrétariat, une copie de chacun de vos envois adressés à M. Hervieu. Je vous "
            "prie de ne plus rien adresser au secrétariat ; M. Hervieu reste bien entendu votre interlocuteur à son "
            "adresse personnelle.\n"
            "Josiane Brun, secrétariat"
        ),
        "label": "own",
        "note": (
            "Secretariat mailbox asks for itself to receive nothing more; the boss stays a contact at his own address."
        ),
    },
    {
        "id": "relayd-032",
        "lang": "en",
        "written_to": "bettyhollis@comcast.net",
        "sender": "bettyhollis@comcast.net",
        "text": "Please take Mom off your list. She's 88 and keeps thinking your emails are bills. - Rick (her son)",
        "label": "relayed",
        "note": "Son on his mother's mailbox, no frame: 'Please take Mom off your list.'",
    },
    {
        "id": "relayd-033",
        "lang": "en",
        "written_to": "d.kaplan@kaplanmedical.com",
        "sender": "office.manager@kaplanmedical.com",
        "text": (
            "Hi Camille,\n"
            "\n"
            "Thanks for following up. Dr. Kaplan is in the middle of a practice acquisition and has asked me to manage "
            "his inbox for the next few weeks. He has seen your emails about the 1031 exchange and the tax-loss "
            "harvesting review.\n"
            "\n"
            "He asked me to pass on that he's not ignoring you - he just can't give it any attention before the "
            "closing on the 28th. Please don't chase him this month; he'll reach out early next month to schedule the "
            "review call. If anything is truly time-sensitive, you can reach me at (312) 555-0143.\n"
            "\n"
            "Best,\n"
            "Denise Alvarez\n"
            "Office Manager, Kaplan Medical Group"
        ),
        "label": "none",
        "note": "Office manager relays 'please don't chase him this month'; he will reach out; a pause.",
    },
    {
        "id": "relayd-034",
        "lang": "en",
        "written_to": "edith.crowther@talktalk.net",
        "sender": "r.crowther@crowther-surveyors.co.uk",
        "text": (
            "Dear Mr Vasseur,\n"
            "As attorney for my mother, Edith Crowther, I've reviewed the proposal for the structured product. It "
            "isn't suitable for her and she won't be proceeding. Please don't send her anything further on that "
            "particular product, but do keep her informed on her existing ISA.\n"
            "Regards,\n"
            "Richard Crowther"
        ),
        "label": "none",
        "note": "Attorney declines one product and asks to keep her informed on her ISA.",
    },
    {
        "id": "relayd-035",
        "lang": "pt",
        "written_to": "sofia.pinto@gmail.com",
        "sender": "sofia.pinto@gmail.com",
        "text": (
            "Não quero cancelar a subscrição! Só peço que passem a enviar para sofia.pinto@carvalho-pinto.pt. Obrigada."
        ),
        "label": "none",
        "note": "Negation ('não quero cancelar') plus a change of address.",
    },
    {
        "id": "relayd-036",
        "lang": "fr",
        "written_to": "g.lemercier@pharmacie-du-port.fr",
        "sender": "a.kerjean@pharmacie-du-port.fr",
        "text": (
            "Bonjour,\n"
            "M. Lemercier a pris sa retraite et m'a cédé l'officine au 1er septembre. Je reprends son adresse et ses "
            "contacts : vous pouvez m'écrire directement, je serais d'ailleurs intéressée par un rendez-vous.\n"
            "Aurélie Kerjean, pharmacienne titulaire"
        ),
        "label": "none",
        "note": "Successor took over the pharmacy and asks to be written to (even wants a meeting).",
    },
    {
        "id": "relayd-037",
        "lang": "en",
        "written_to": "dorothy.fenwick@talktalk.net",
        "sender": "manager@elmfield-lodge.co.uk",
        "text": (
            "Dear Sir or Madam,\n"
            "\n"
            "I am the registered manager of Elmfield Lodge, where Mrs Dorothy Fenwick has lived since January. Her "
            "family have set up her email on the home's tablet so that she can receive photographs from her "
            "grandchildren, but she also receives a number of messages from your firm about investment opportunities.\n"
            "\n"
            "Mrs Fenwick has been assessed as lacking capacity to make financial decisions, and her affairs are "
            "handled by her son under a deputyship order. Having discussed this with him, I would ask that you stop "
            "emailing Mrs Fenwick and remove her address from your systems.\n"
            "\n"
            "Yours faithfully,\n"
            "Gillian Marsh\n"
            "Registered Manager"
        ),
        "label": "relayed",
        "note": (
            "Care-home manager, resident lacks capacity (deputyship): stop emailing her and remove her address; "
            "request at the end of a long letter."
        ),
    },
    {
        "id": "relayd-038",
        "lang": "en",
        "written_to": "oliver.stannard@ntlworld.com",
        "sender": "oliver.stannard@ntlworld.com",
        "text": (
            "Please note my new email address: oliver.stannard@fastmail.co.uk. This old one will close at the end of "
            "the month. Thanks, Oliver"
        ),
        "label": "none",
        "note": "Change of email address.",
    },
    {
        "id": "relayd-039",
        "lang": "en",
        "written_to": "aoife.brennan@brennanarchitects.ie",
        "sender": "aoife.brennan@brennanarchitects.ie",
        "text": (
            "Hi Pierre, thanks a million for thinking of me, but I'd rather not get these going forward - would you "
            "mind taking me off the list? All the best, Aoife"
        ),
        "label": "own",
        "note": "Irish understatement: 'would you mind taking me off the list?' is a polite request.",
    },
    {
        "id": "relayd-040",
        "lang": "en",
        "written_to": "bob.hennessy@hennessyhvac.com",
        "sender": "m.ortiz@hennessyhvac.com",
        "text": (
            "Hi, Bob retired last month and I've taken over as owner. Feel free to send future updates to me instead - "
            "I'd actually like to set up a call. Maria Ortiz"
        ),
        "label": "none",
        "note": "Retired owner; successor asks for updates to go to her and wants a call.",
    },
    {
        "id": "relayd-041",
        "lang": "fr",
        "written_to": "m.et.mme.gaillac@wanadoo.fr",
        "sender": "m.et.mme.gaillac@wanadoo.fr",
        "text": (
            "Bonjour,\n"
            "Ma femme et moi ne souhaitons plus recevoir vos offres. Merci de nous retirer de votre fichier.\n"
            "Jean Gaillac"
        ),
        "label": "own",
        "note": (
            "Shared couple address written to both; one spouse asks to remove 'us': the author is among those written "
            "to."
        ),
    },
    {
        "id": "relayd-042",
        "lang": "en",
        "written_to": "c.dufresne@dufresne-consulting.com",
        "sender": "c.dufresne@dufresne-consulting.com",
        "text": (
            "Hello, I live in London now and don't need French wealth-management news anymore. Merci de me retirer de "
            "la liste. Best, Céline Dufresne"
        ),
        "label": "own",
        "note": "Mixed English/French from the person written to: take me off the list.",
    },
    {
        "id": "relayd-043",
        "lang": "fr",
        "written_to": "claude.besson@orange.fr",
        "sender": "claude.besson@orange.fr",
        "text": (
            "Si vos messages continuent d'arriver à ce rythme, je vous demanderai de me retirer de votre liste. Pour "
            "l'instant, merci d'espacer.\n"
            "C. Besson"
        ),
        "label": "none",
        "note": "Conditional ('si... je vous demanderai') plus a frequency complaint; for now only 'espacer'.",
    },
    {
        "id": "relayd-044",
        "lang": "en",
        "written_to": "col.r.farquharson@btinternet.com",
        "sender": "activities@hollybank-care.co.uk",
        "text": (
            "Good afternoon,\n"
            "The Colonel has asked me to write, as his eyesight no longer allows him to read the screen. He would like "
            "you to stop sending him your bulletins and invitations altogether. Many thanks for your understanding.\n"
            "Joanne Platt\n"
            "Activities Coordinator, Hollybank House"
        ),
        "label": "relayed",
        "note": "Care-home staff: 'the Colonel' (role only) wants the bulletins and invitations stopped altogether.",
    },
    {
        "id": "relayd-045",
        "lang": "en",
        "written_to": "peter.lindqvist@btinternet.com",
        "sender": "peter.lindqvist@btinternet.com",
        "text": (
            "Dear Mr Ordener,\n"
            "I'm afraid I must let you know that my husband Peter died in June. I've been going through his emails and "
            "would be grateful if you could remove him from your records so that nothing further arrives. I'm sure "
            "you'll understand.\n"
            "With best wishes,\n"
            "Ingrid Lindqvist"
        ),
        "label": "relayed",
        "note": "Widow on the deceased's mailbox: remove him from your records so nothing further arrives.",
    },
    {
        "id": "relayd-046",
        "lang": "fr",
        "written_to": "a.de-sainte-foy@orange.fr",
        "sender": "a.de-sainte-foy@orange.fr",
        "text": (
            "Madame de Sainte-Foy prie le cabinet Aubrac & Lessard de bien vouloir la retirer de ses listes de "
            "diffusion et de ne plus lui adresser de correspondance. Elle le remercie par avance.\n"
            "Aliénor de Sainte-Foy"
        ),
        "label": "own",
        "note": (
            "Formal self-reference in the third person ('Madame de Sainte-Foy prie...'), signed by herself: her own "
            "request."
        ),
    },
    {
        "id": "relayd-047",
        "lang": "fr",
        "written_to": "regis.fontanel@gmail.com",
        "sender": "regis.fontanel@gmail.com",
        "text": (
            "Bonjour,\n"
            "Sur les conseils de mon expert-comptable, je fais le ménage dans mes abonnements. Merci de ne plus "
            "m'adresser vos communications.\n"
            "Cordialement, Régis Fontanel"
        ),
        "label": "own",
        "note": "Mentions his accountant's advice but the request is his own: stop sending communications.",
    },
    {
        "id": "relayd-048",
        "lang": "en",
        "written_to": "k.dawson@ferncliffe-partners.com",
        "sender": "reception@ferncliffe-partners.com",
        "text": (
            "Hello, Keith Dawson left Ferncliffe in April. His clients are now looked after by Priya Shah "
            "(p.shah@ferncliffe-partners.com), who would be the right person for anything going forward. Kind regards, "
            "Reception"
        ),
        "label": "none",
        "note": "Person left the firm; reception names a successor.",
    },
    {
        "id": "relayd-049",
        "lang": "fr",
        "written_to": "monique.dallier@gmail.com",
        "sender": "thibault.dallier@wanadoo.fr",
        "text": (
            "Madame, Monsieur,\n"
            "\n"
            "Ma mère, Mme Monique Dallier, m'a confié la gestion de ses affaires dans le cadre d'une habilitation "
            "familiale générale accordée par le juge en mars. J'ai fait le point sur ses différents placements et sur "
            "les sollicitations qu'elle reçoit. Votre établissement lui écrit plusieurs fois par mois ; elle n'ouvre "
            "plus ces messages et, lorsqu'elle le fait, elle s'en inquiète. Je vous saurais gré de mettre un terme à "
            "toute correspondance à son adresse électronique comme à son domicile. Les deux contrats qu'elle détient "
            "auprès de la compagnie ne sont pas concernés et resteront en l'état.\n"
            "\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.\n"
            "\n"
            "Thibault Dallier"
        ),
        "label": "relayed",
        "note": (
            "Son under a habilitation familiale asks to end all correspondence to his mother; contracts unaffected is "
            "not a redirect."
        ),
    },
    {
        "id": "relayd-050",
        "lang": "en",
        "written_to": "lmarchetti@fastmail.com",
        "sender": "lmarchetti@fastmail.com",
        "text": "Please stop emailing me. If I ever need advice, I'll get in touch myself. Laura",
        "label": "own",
        "note": "Stop emailing me; the conditional sentence is about her own future contact, not the request.",
    },
    {
        "id": "relayd-051",
        "lang": "en",
        "written_to": "a.rahman@rahman-dental.co.uk",
        "sender": "j.okafor@okafor-legal.co.uk",
        "text": (
            "Dear Sirs,\n"
            "We are instructed by Dr Aisha Rahman. Our client objects, under Article 21 UK GDPR, to the processing of "
            "her personal data for direct marketing, and requires that you cease all such communications forthwith. "
            "Kindly confirm compliance within 14 days.\n"
            "Okafor Legal"
        ),
        "label": "relayed",
        "note": "Solicitors notify the client's Article 21 objection to direct marketing.",
    },
    {
        "id": "relayd-052",
        "lang": "en",
        "written_to": "v.harcourt@harcourt-estates.co.uk",
        "sender": "v.harcourt@harcourt-estates.co.uk",
        "text": (
            "Dear Pierre,\n"
            "I've thought about the forestry scheme and I think I'll refrain from going ahead - it's not for me at "
            "this stage. Do keep me posted on anything in the sustainable-infrastructure space, though.\n"
            "Victoria"
        ),
        "label": "none",
        "note": "'Refrain from going ahead' with one scheme; asks to be kept posted.",
    },
    {
        "id": "relayd-053",
        "lang": "it",
        "written_to": "luigi.conti@alice.it",
        "sender": "anna.conti@alice.it",
        "text": (
            "Buongiorno, purtroppo mio marito Luigi è mancato il mese scorso. Vorrei sapere quali documenti servono "
            "per togliere il suo nome dal conto cointestato. Grazie, Anna Conti"
        ),
        "label": "none",
        "note": "Widow asks which documents are needed to remove the deceased from a joint account.",
    },
    {
        "id": "relayd-054",
        "lang": "en",
        "written_to": "jmoretti@morettiprops.com",
        "sender": "jmoretti@morettiprops.com",
        "text": (
            "Alex - see below from the French wealth people. Can you dig out last year's statement and send it over to "
            "them? Not sure we want the new fund but let's keep the door open. J"
        ),
        "label": "none",
        "note": "Client's internal forward to a colleague with a note; keep the door open.",
    },
    {
        "id": "relayd-055",
        "lang": "fr",
        "written_to": "henri.castagne@orange.fr",
        "sender": "mcastagne@orange.fr",
        "text": (
            "Monsieur,\n"
            "Mon époux et moi-même avons décidé de regrouper notre patrimoine auprès de notre banque. Je vous remercie "
            "de bien vouloir nous retirer, lui comme moi, de vos listes de diffusion et de ne plus nous adresser de "
            "propositions.\n"
            "Marie-Claude Castagne"
        ),
        "label": "relayed",
        "note": "Wife from her own address asks to remove both her husband (the person written to) and herself.",
    },
    {
        "id": "relayd-056",
        "lang": "en",
        "written_to": "g.thornbury@btinternet.com",
        "sender": "j.thornbury@gmail.com",
        "text": (
            "Hi, Dad's in hospital for a few weeks. Please hold off on the review meeting until he's home - he'll be "
            "in touch. Thanks, James"
        ),
        "label": "none",
        "note": "Son relays a pause while Dad is in hospital.",
    },
    {
        "id": "relayd-057",
        "lang": "es",
        "written_to": "ramon.esteve@gmail.com",
        "sender": "ramon.esteve@gmail.com",
        "text": (
            "Buenas tardes. Ramón falleció en septiembre. Por favor, no le envíen más correos y cierren su expediente. "
            "Gracias. Pilar (su viuda)"
        ),
        "label": "relayed",
        "note": "Widow on the deceased's mailbox: send no more emails and close his file.",
    },
    {
        "id": "relayd-058",
        "lang": "en",
        "written_to": "frances.hurley@btinternet.com",
        "sender": "frances.hurley@btinternet.com",
        "text": (
            "Dear Ms Ordener,\n"
            "Thank you for your kind email. I'm afraid things have changed a great deal since we last spoke. My "
            "husband's dementia has progressed and I'm now his full-time carer, so I simply don't have the time or the "
            "head-space for investment matters. Our son is dealing with the money side of things with our bank.\n"
            "I'd be grateful if you could stop writing to me. It's nothing personal - you've always been very kind.\n"
            "Best wishes,\n"
            "Frances Hurley"
        ),
        "label": "own",
        "note": "Mentions the husband's dementia but asks the firm to stop writing to HER.",
    },
    {
        "id": "relayd-059",
        "lang": "en",
        "written_to": "george.pratt@btinternet.com",
        "sender": "helen.pratt-james@gmail.com",
        "text": (
            "Dear Sir,\n"
            "My father, George Pratt, died on 11 May. I am his executor. Please write to me from now on regarding his "
            "portfolio, rather than to his old address.\n"
            "Regards,\n"
            "Helen Pratt-James"
        ),
        "label": "none",
        "note": "Executor daughter reports the death and asks to be written to instead.",
    },
    {
        "id": "relayd-060",
        "lang": "fr",
        "written_to": "roger.mazel@orange.fr",
        "sender": "roger.mazel@orange.fr",
        "text": (
            "Bonjour,\n"
            "Ma fille, qui m'aide pour l'ordinateur, m'a montré tous les messages que vous m'envoyez. À mon âge je "
            "n'ai plus besoin de tout ça. Je préfère que vous arrêtiez de m'écrire.\n"
            "Roger Mazel"
        ),
        "label": "own",
        "note": "The person himself (mentions his daughter only as helper) prefers the firm stop writing to him.",
    },
    {
        "id": "relayd-061",
        "lang": "fr",
        "written_to": "germaine.tessier@orange.fr",
        "sender": "direction@ehpad-les-genets-vendome.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Mme Germaine Tessier, résidente de notre établissement, nous a remis plusieurs impressions de vos "
            "courriels en nous demandant de « faire cesser ces envois ». À sa demande, et avec l'accord de sa famille, "
            "je vous prie de bien vouloir ne plus lui adresser de sollicitations et de retirer son adresse de vos "
            "listes.\n"
            "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n"
            "Françoise Bellamy-Roche\n"
            "Directrice"
        ),
        "label": "relayed",
        "note": "EHPAD director, at the resident's request, asks to stop soliciting her and remove her address.",
    },
    {
        "id": "relayd-062",
        "lang": "fr",
        "written_to": "catherine.vidal@orange.fr",
        "sender": "p.vidal@orange.fr",
        "text": (
            "C'est Catherine, je vous écris depuis l'adresse de mon mari. Je ne souhaite plus recevoir vos lettres, "
            "merci de me désinscrire."
        ),
        "label": "own",
        "note": "The person written to, from her husband's mailbox, asks to unsubscribe herself.",
    },
    {
        "id": "relayd-063",
        "lang": "en",
        "written_to": "michael.tierney@eircom.net",
        "sender": "brendan.tierney@tierney-farms.ie",
        "text": (
            "Dear Sir/Madam,\n"
            "I am the executor of my late brother Michael Tierney's estate. Please close his file and send nothing "
            "further to his email address. Our solicitor will be in touch in due course regarding the investment "
            "account.\n"
            "Brendan Tierney"
        ),
        "label": "relayed",
        "note": (
            "Executor brother: close his file and send nothing further; 'our solicitor will be in touch' is not a "
            "redirect."
        ),
    },
    {
        "id": "relayd-064",
        "lang": "fr",
        "written_to": "ginette.morvan@orange.fr",
        "sender": "protection.majeurs@atm-finistere-nord.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Mme Ginette Morvan fait l'objet d'une mesure de curatelle renforcée dont notre service assure l'exercice. "
            "Afin que les informations relatives à ses contrats soient traitées, nous vous prions de bien vouloir "
            "adresser désormais l'ensemble des courriers et courriels la concernant à notre service, à l'adresse "
            "ci-dessus, en rappelant la référence MJ-2291.\n"
            "Cordialement,\n"
            "Le service de protection des majeurs"
        ),
        "label": "none",
        "note": "Curatorship service asks that all correspondence be sent to it instead; a redirect, not a stop.",
    },
    {
        "id": "relayd-065",
        "lang": "fr",
        "written_to": "contact@gite-des-trois-sources.fr",
        "sender": "contact@gite-des-trois-sources.fr",
        "text": (
            "Bonjour,\n"
            "Cette adresse est celle de notre gîte et sert aux réservations. Merci de ne plus y envoyer vos lettres "
            "financières, elles encombrent la boîte.\n"
            "L'équipe du gîte"
        ),
        "label": "own",
        "note": "Generic address asks for itself to stop receiving the financial letters.",
    },
    {
        "id": "relayd-066",
        "lang": "de",
        "written_to": "gerda.lang@gmx.de",
        "sender": "thomas.lang@lang-steuerberatung.de",
        "text": (
            "Guten Tag,\n"
            "meine Mutter, Gerda Lang, hat mir eine Vorsorgevollmacht erteilt. Bitte senden Sie künftig alle "
            "Unterlagen zu ihrem Depot an mich statt an sie. Vielen Dank.\n"
            "Thomas Lang"
        ),
        "label": "none",
        "note": "Son with a Vorsorgevollmacht asks for documents to be sent to him instead: redirect.",
    },
    {
        "id": "relayd-067",
        "lang": "fr",
        "written_to": "f.lagarde@lagarde-menuiserie.fr",
        "sender": "compta@lagarde-menuiserie.fr",
        "text": (
            "bjr, mr lagarde ma demandé de vous dire quil est pas interessé pour l'instant, peut etre l'an prochain "
            "quand la vente du terrain sera faite. cdt, nathalie (compta)"
        ),
        "label": "none",
        "note": "Relayed 'not interested for now, maybe next year' (typos): decline/pause, no stop.",
    },
    {
        "id": "relayd-068",
        "lang": "fr",
        "written_to": "a.perrault@maisons-perrault.fr",
        "sender": "c.moreau@maisons-perrault.fr",
        "text": (
            "Bonjour,\n"
            "Je reçois moi aussi vos lettres d'information, en plus de M. Perrault. Merci de me désinscrire ; M. "
            "Perrault, lui, souhaite continuer à les recevoir.\n"
            "Corinne Moreau\n"
            "Assistante de direction"
        ),
        "label": "own",
        "note": "Assistant asks to unsubscribe herself only; the boss explicitly wants to keep receiving.",
    },
    {
        "id": "relayd-069",
        "lang": "en",
        "written_to": "alistair.kerr@kerr-shipping.co.uk",
        "sender": "alistair.kerr@kerr-shipping.co.uk",
        "text": (
            "Alistair here. Could you remove my former colleague Gordon Baird (gbaird@kerr-shipping.co.uk) from your "
            "mailing list? He left the company in 2022. I'm happy to keep receiving your notes. Thanks."
        ),
        "label": "none",
        "note": "Asks to remove a former colleague (third person, not written to); author stays on.",
    },
    {
        "id": "relayd-070",
        "lang": "en",
        "written_to": "susan.okoro@gmail.com",
        "sender": "susan.okoro@gmail.com",
        "text": (
            "Morning - Susan's husband here, using her account. She'd like to come off your mailing list please, she's "
            "had enough of the market updates. Cheers, Tunde"
        ),
        "label": "relayed",
        "note": "Husband using the wife's account says she'd like to come off the mailing list.",
    },
    {
        "id": "relayd-071",
        "lang": "fr",
        "written_to": "odile.marchetti@wanadoo.fr",
        "sender": "odile.marchetti@wanadoo.fr",
        "text": (
            "Bonjour,\n"
            "Maman ne souhaite plus recevoir vos lettres d'information ni vos propositions, elle ne s'y retrouve plus "
            "et cela l'inquiète. Merci de retirer son adresse.\n"
            "François"
        ),
        "label": "relayed",
        "note": (
            "Son writing from his mother's mailbox ('Maman', signed François) conveys her wish to stop receiving "
            "anything."
        ),
    },
    {
        "id": "relayd-072",
        "lang": "pt",
        "written_to": "jorge.matos@netcabo.pt",
        "sender": "jorge.matos@netcabo.pt",
        "text": (
            "Olá, aqui é a mulher do Jorge. Ele está a recuperar de uma cirurgia e pede para não o contactarem até ao "
            "fim do mês. Depois ele responde. Obrigada, Teresa"
        ),
        "label": "none",
        "note": "Wife on his mailbox relays a pause until the end of the month.",
    },
    {
        "id": "relayd-073",
        "lang": "en",
        "written_to": "m.chandler@chandler-capital.com",
        "sender": "j.reyes@chandler-capital.com",
        "text": (
            "Hi - I'm Mark's EA and I seem to be on your mailing list as well. Could you take me off? Mark still wants "
            "to get your updates, so please keep him on. Thanks, Jess"
        ),
        "label": "own",
        "note": "Executive assistant asks to be taken off herself; the boss wants to keep getting the updates.",
    },
    {
        "id": "relayd-074",
        "lang": "en",
        "written_to": "arthur.blenkinsop@btinternet.com",
        "sender": "probate@haddon-rigg-solicitors.co.uk",
        "text": (
            "Dear Sirs,\n"
            "We write to notify you of the death of Mr Arthur Blenkinsop on 2 March. We act in the administration of "
            "his estate. Please provide a date-of-death valuation of all holdings, together with details of any income "
            "accrued, quoting our reference HR/BLE/0419.\n"
            "Yours faithfully,\n"
            "Haddon Rigg Solicitors"
        ),
        "label": "none",
        "note": "Death notice asking only for a date-of-death valuation.",
    },
    {
        "id": "relayd-075",
        "lang": "fr",
        "written_to": "lucien.barthe@orange.fr",
        "sender": "b.barthe-leroy@gmail.com",
        "text": (
            "Bonsoir,\n"
            "Mon frère Lucien est atteint d'une maladie neurodégénérative et ne gère plus rien depuis le printemps. "
            "Pouvez-vous clore son dossier chez vous et arrêter les envois ? Je m'occupe de lui avec ma belle-sœur.\n"
            "Bénédicte"
        ),
        "label": "relayed",
        "note": "Sister says Lucien can no longer manage anything and asks to close his file and stop sending.",
    },
    {
        "id": "relayd-076",
        "lang": "fr",
        "written_to": "simone.arcelin@laposte.net",
        "sender": "simone.arcelin@laposte.net",
        "text": (
            "Bonjour, je suis aide-soignante à la résidence Les Tilleuls où vit Mme Arcelin. Elle nous a demandé de "
            "vous répondre car elle n'utilise plus l'ordinateur : elle ne veut plus recevoir de messages de votre "
            "part. Pourriez-vous la désinscrire ? Merci.\n"
            "Nadia, équipe de jour"
        ),
        "label": "relayed",
        "note": (
            "Care-home aide writing from the resident's mailbox relays that she wants no more messages; 'Pourriez-vous "
            "la désinscrire ?' is a polite request, not a how-to question."
        ),
    },
    {
        "id": "relayd-077",
        "lang": "fr",
        "written_to": "andre.soulier@neuf.fr",
        "sender": "andre.soulier@neuf.fr",
        "text": (
            "Mon mari André est décédé en novembre. Je vous demande de fermer son dossier et de ne plus écrire à cette "
            "adresse. Mme Soulier"
        ),
        "label": "relayed",
        "note": (
            "Widow from the deceased's mailbox asks to close his file and stop writing to that address; no redirect."
        ),
    },
    {
        "id": "relayd-078",
        "lang": "fr",
        "written_to": "paul.delorme@orange.fr",
        "sender": "c.delorme@gmail.com",
        "text": (
            "Bonjour,\n"
            "Mon père est en convalescence après son opération. Merci de ne pas le relancer avant la fin du mois de "
            "mars ; il reprendra contact avec M. Vasseur à ce moment-là.\n"
            "Claire Delorme"
        ),
        "label": "none",
        "note": "Relayed pause: do not chase before end of March, he will get back in touch.",
    },
    {
        "id": "relayd-079",
        "lang": "fr",
        "written_to": "maurice.lenain@hotmail.fr",
        "sender": "sylvie.lenain.pro@gmail.com",
        "text": (
            "bonjour , mon pere ne veux plus de vos mails ni de vos apel , il a 91 ans et ca le perturbe. merci de le "
            "supprimer de votre liste definitivement. sylvie lenain (sa fille)"
        ),
        "label": "relayed",
        "note": "Daughter (typos, no accents) asks to delete her 91-year-old father from the list for good.",
    },
    {
        "id": "relayd-080",
        "lang": "fr",
        "written_to": "r.saint-andre@saint-andre-invest.fr",
        "sender": "k.lebrun@saint-andre-invest.fr",
        "text": (
            "Bonjour,\n"
            "Pouvez-vous me retirer de la copie de ce fil ? Je n'ai pas besoin de suivre cet échange, M. Saint-André "
            "vous répondra directement.\n"
            "Karine Lebrun"
        ),
        "label": "none",
        "note": "Colleague asks to be removed from the CC of this thread only.",
    },
    {
        "id": "relayd-081",
        "lang": "fr",
        "written_to": "anne-marie.tarrade@orange.fr",
        "sender": "anne-marie.tarrade@orange.fr",
        "text": (
            "Madame,\n"
            "Depuis le décès de mon mari, c'est lui qui s'occupait de nos placements, je ne me sens pas capable de "
            "suivre tout cela. Je vous demande de ne plus m'envoyer vos lettres et propositions.\n"
            "Anne-Marie Tarrade"
        ),
        "label": "own",
        "note": "Widow who was written to mentions her husband's death but asks the firm to stop writing to HER.",
    },
    {
        "id": "relayd-082",
        "lang": "es",
        "written_to": "carmen.ibarra@telefonica.net",
        "sender": "javier.ibarra.m@gmail.com",
        "text": (
            "Buenos días:\n"
            "Les escribo en nombre de mi madre, Carmen Ibarra, que tiene 89 años y ya no gestiona sus asuntos. Les "
            "ruego que dejen de enviarle correos y que la den de baja de sus listas.\n"
            "Un saludo,\n"
            "Javier Ibarra"
        ),
        "label": "relayed",
        "note": "Son: his 89-year-old mother no longer manages her affairs; stop emailing her and delist her.",
    },
    {
        "id": "relayd-083",
        "lang": "es",
        "written_to": "a.montoya@bodegas-montoya.es",
        "sender": "d.montoya@bodegas-montoya.es",
        "text": (
            "Buenos días, mi padre se ha jubilado y ahora soy yo quien lleva la bodega. A partir de ahora, por favor, "
            "escríbanme a mí. Diego Montoya"
        ),
        "label": "none",
        "note": "Father retired; son took over and asks to be written to instead.",
    },
    {
        "id": "relayd-084",
        "lang": "en",
        "written_to": "paul.hemsworth@outlook.com",
        "sender": "paul.hemsworth@outlook.com",
        "text": (
            "Please unsubscribe me. My mother mentioned she gets your mailings too - that's up to her, I'm only "
            "speaking for myself.\n"
            "Paul Hemsworth"
        ),
        "label": "own",
        "note": "Unsubscribe me; explicitly speaks only for himself, not for his mother.",
    },
    {
        "id": "relayd-085",
        "lang": "fr",
        "written_to": "s.haddad@haddad-partners.com",
        "sender": "s.haddad@haddad-partners.com",
        "text": (
            "Hi Pierre, merci pour l'invitation mais honnêtement je reçois trop de choses. Please take me off your "
            "list, je ne veux plus rien recevoir de votre part. Thanks, Samir"
        ),
        "label": "own",
        "note": "Mixed French/English: the person asks to be taken off the list entirely.",
    },
    {
        "id": "relayd-086",
        "lang": "fr",
        "written_to": "gerard.fauchon@sfr.fr",
        "sender": "martine.fauchon62@gmail.com",
        "text": "gerard veut plus recevoir vos mails merci de l'enlever de la liste. martine",
        "label": "relayed",
        "note": (
            "Wife (first names only, no frame, no accents) asks to take Gérard off the list because he no longer wants "
            "mail."
        ),
    },
    {
        "id": "relayd-087",
        "lang": "nl",
        "written_to": "r.mulder@mulderbouw.nl",
        "sender": "l.devries@mulderbouw.nl",
        "text": (
            "Kunt u mij uit de cc halen bij deze mailwisseling? De heer Mulder handelt het verder zelf af. Dank, Lotte"
        ),
        "label": "none",
        "note": "Colleague asks to be removed from the CC of this exchange only.",
    },
    {
        "id": "relayd-088",
        "lang": "fr",
        "written_to": "b.lafargue@orange.fr",
        "sender": "b.lafargue@orange.fr",
        "text": (
            "Bonjour Pierre,\n"
            "\n"
            "Merci pour votre message et pour le compte rendu de notre rendez-vous de mardi. Je vous confirme mon "
            "accord pour l'arbitrage vers le fonds euros, vous pouvez lancer l'opération. Je vous renvoie le bulletin "
            "signé par courrier.\n"
            "\n"
            "Par ailleurs, mon fils Julien reçoit depuis quelque temps votre lettre d'information à son adresse, alors "
            "qu'il n'a jamais rien demandé et qu'il n'est pas client. Il m'a prié de vous demander de le retirer de "
            "votre liste. Moi, je continue à la recevoir avec plaisir.\n"
            "\n"
            "Bien cordialement,\n"
            "Bernard Lafargue"
        ),
        "label": "none",
        "note": (
            "Client confirms a switch and relays his son's wish to be removed; the son is a third person not written "
            "to."
        ),
    },
    {
        "id": "relayd-089",
        "lang": "de",
        "written_to": "k.brandt1948@web.de",
        "sender": "k.brandt1948@web.de",
        "text": (
            "Hallo, hier schreibt der Sohn von Klaus Brandt. Mein Vater möchte keine Mails mehr von Ihnen bekommen, "
            "bitte austragen. Danke, Jens"
        ),
        "label": "relayed",
        "note": "Son on his father's mailbox: father wants no more mails, unsubscribe him.",
    },
    {
        "id": "relayd-090",
        "lang": "fr",
        "written_to": "l.demarsac@demarsac-industries.fr",
        "sender": "c.tholozan@tholozan-avocats.fr",
        "text": (
            "Madame, Monsieur,\n"
            "\n"
            "J'interviens en qualité de conseil de M. Laurent Demarsac. Mon client a reçu depuis le mois de mai "
            "plusieurs sollicitations de votre part relatives à des placements en private equity. Il m'a chargé de "
            "vous notifier son opposition à toute prospection commerciale, en application de l'article 21 du RGPD, et "
            "de vous demander de mettre un terme à toute correspondance à son endroit.\n"
            "\n"
            "Je vous remercie de m'accuser réception de la présente.\n"
            "\n"
            "Charles Tholozan\n"
            "Avocat au Barreau de Lyon"
        ),
        "label": "relayed",
        "note": (
            "Lawyer notifies the client's art. 21 objection and asks to end all correspondence with him; "
            "acknowledgement to the lawyer is not a redirect."
        ),
    },
    {
        "id": "relayd-091",
        "lang": "fr",
        "written_to": "bernard.quillet@free.fr",
        "sender": "ravaud.lestrade@notaires-blois-vienne.fr",
        "text": (
            "Madame, Monsieur,\n"
            "\n"
            "Je suis chargée du règlement de la succession de M. Bernard Quillet, décédé le 3 février dernier à Blois. "
            "Les héritiers ont été informés des contrats ouverts auprès de votre établissement et se rapprocheront de "
            "vous directement pour les formalités. Dans l'intervalle, et à leur demande, je vous saurais gré de bien "
            "vouloir clôturer le dossier de prospection de M. Quillet et de ne plus adresser de courriels à son nom.\n"
            "\n"
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n"
            "\n"
            "Me Agnès Ravaud\n"
            "Notaire associée"
        ),
        "label": "relayed",
        "note": (
            "Notary, at the heirs' request, asks to close the deceased's file and stop emails; heirs contacting the "
            "firm is not a request to write to the author."
        ),
    },
    {
        "id": "relayd-092",
        "lang": "fr",
        "written_to": "pierre.lamothe33@orange.fr",
        "sender": "pierre.lamothe33@orange.fr",
        "text": (
            "Bonjour, c'est le petit-fils de M. Lamothe, je l'aide avec ses mails. Papi m'a demandé de vous dire qu'il "
            "veut plus recevoir vos newsletters NI vos offres, rien du tout en fait. Vous pouvez le désabonner svp ? "
            "merci. Hugo"
        ),
        "label": "relayed",
        "note": "Grandson on the grandfather's mailbox: 'Papi' wants nothing at all (not just the newsletter).",
    },
    {
        "id": "relayd-093",
        "lang": "fr",
        "written_to": "h.rocheteau@wanadoo.fr",
        "sender": "h.rocheteau@wanadoo.fr",
        "text": (
            "Bonjour, ici la fille de M. Rocheteau. Papa ne veut plus recevoir de courrier papier à la maison, la "
            "boîte aux lettres déborde. Les mails, ça va, il les lit sur sa tablette. Merci. Sophie"
        ),
        "label": "none",
        "note": "Daughter on father's mailbox: paper mail only; emails are fine.",
    },
    {
        "id": "relayd-094",
        "lang": "fr",
        "written_to": "m.leblanc-roussy@orange.fr",
        "sender": "secretariat.leblanc@gmail.com",
        "text": (
            "Bonjour,\n"
            "M. Leblanc-Roussy trouve que vous lui écrivez beaucoup trop souvent : trois messages cette semaine. Il "
            "tient à rester informé mais une lettre par mois lui suffirait amplement. Pouvez-vous ajuster ?\n"
            "La secrétaire de M. Leblanc-Roussy"
        ),
        "label": "none",
        "note": "Secretary relays a frequency complaint; he wants to stay informed monthly.",
    },
    {
        "id": "relayd-095",
        "lang": "fr",
        "written_to": "robert.chavanel@orange.fr",
        "sender": "etude.borrel@notaires-chambery-bauges.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Je vous informe du décès de M. Robert Chavanel survenu le 14 janvier. Dans le cadre du règlement de sa "
            "succession, je vous remercie de me faire parvenir un relevé de ses avoirs au jour du décès ainsi que les "
            "coordonnées des bénéficiaires désignés, le cas échéant.\n"
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n"
            "Me Hugues Borrel, notaire"
        ),
        "label": "none",
        "note": "Notary's death notice asks only for a statement and beneficiaries; nothing about stopping mail.",
    },
    {
        "id": "relayd-096",
        "lang": "fr",
        "written_to": "bernadette.faure@orange.fr",
        "sender": "p.vasseur@aubrac-lessard.fr",
        "text": (
            "Camille,\n"
            "Je te transfère la réponse de Mme Faure. Elle ne souhaite plus être contactée au sujet du PER, en "
            "revanche elle veut qu'on garde le contact pour la succession de son frère. Peux-tu la rappeler jeudi ?\n"
            "Pierre"
        ),
        "label": "none",
        "note": (
            "Internal forward from the firm's adviser to a colleague; client declines one product and wants contact "
            "kept."
        ),
    },
    {
        "id": "relayd-097",
        "lang": "es",
        "written_to": "rosa.villalba@hotmail.es",
        "sender": "rosa.villalba@hotmail.es",
        "text": (
            "Hola, soy la hija de Rosa. ¿Cómo puedo hacer para que mi madre no reciba más estos correos? No encuentro "
            "el enlace para darse de baja. Gracias, Elena"
        ),
        "label": "none",
        "note": "Daughter on mother's mailbox asks HOW to stop the emails: a question.",
    },
    {
        "id": "relayd-098",
        "lang": "fr",
        "written_to": "e.de-vaulx@vaulx-fo.com",
        "sender": "ops@vaulx-fo.com",
        "text": (
            "Hello,\n"
            "Suite à votre mail, Edouard nous demande de vous faire savoir qu'il ne souhaite plus être contacté - "
            "please remove him from your distribution lists, FR et EN. Merci.\n"
            "Best,\n"
            "The Vaulx Family Office team"
        ),
        "label": "relayed",
        "note": (
            "Family office (mixed French/English) relays that Edouard wants no more contact and asks to remove him."
        ),
    },
    {
        "id": "relayd-099",
        "lang": "fr",
        "written_to": "aline.perret@laposte.net",
        "sender": "t.perret@gmail.com",
        "text": (
            "Bonjour, comment faire pour que ma mère ne reçoive plus vos mails ? Il n'y a pas de lien de "
            "désinscription en bas de vos messages. Thomas"
        ),
        "label": "none",
        "note": "Son asks HOW to stop his mother receiving mails: a question, not a request.",
    },
    {
        "id": "relayd-100",
        "lang": "it",
        "written_to": "a.gallo@tin.it",
        "sender": "a.gallo@tin.it",
        "text": (
            "Buongiorno, sono il figlio di Angela Gallo. Mia madre preferisce non ricevere più lettere cartacee a "
            "casa; le email invece vanno benissimo. Grazie, Marco"
        ),
        "label": "none",
        "note": "Son on mother's mailbox: no more paper letters; emails are fine.",
    },
    {
        "id": "relayd-101",
        "lang": "en",
        "written_to": "jim.pollard47@hotmail.com",
        "sender": "kaz.pollard@gmail.com",
        "text": (
            "hi pls stop emailing my dad jim pollard hes not well and cant deal w/ this stuff. take him off ur list "
            "thx karen"
        ),
        "label": "relayed",
        "note": "Daughter, text-speak: stop emailing my dad, take him off your list.",
    },
    {
        "id": "relayd-102",
        "lang": "en",
        "written_to": "c.whitfield@whitfieldgroup.com",
        "sender": "tnguyen@harborline-wealth.com",
        "text": (
            "Hi,\n"
            "I'm Carol Whitfield's wealth advisor. She forwarded me your last few emails and asked me to let you know "
            "she'd like them to stop. Please remove her from your distribution. Appreciate it.\n"
            "Tom Nguyen, CFP\n"
            "Harborline Wealth"
        ),
        "label": "relayed",
        "note": "The client's own wealth advisor relays that she'd like the emails to stop; remove her.",
    },
    {
        "id": "relayd-103",
        "lang": "fr",
        "written_to": "yves.brochard@free.fr",
        "sender": "yves.brochard@free.fr",
        "text": (
            "Bonjour Monsieur Vasseur,\n"
            "C'est Mme Brochard qui vous écrit, depuis la messagerie de mon mari. Nous avons bien reçu votre point de "
            "marché et la proposition de rendez-vous. Yves a été hospitalisé cet été et il a décidé de simplifier sa "
            "vie : il clôture ses comptes chez plusieurs établissements et souhaite qu'on ne lui écrive plus. Je vous "
            "remercie donc de ne plus lui adresser de messages.\n"
            "Danièle Brochard"
        ),
        "label": "relayed",
        "note": "Wife writing from her husband's mailbox: after context, Yves wants no more mail; request at the end.",
    },
    {
        "id": "relayd-104",
        "lang": "en",
        "written_to": "p.okonkwo@btinternet.com",
        "sender": "ada.okonkwo@gmail.com",
        "text": (
            "Hi, quick question - Dad's getting on a bit and I help with his email. If he ever decides he doesn't want "
            "your updates, can I unsubscribe him on his behalf, or does it have to come from him? Nothing to do for "
            "now. Thanks, Ada"
        ),
        "label": "none",
        "note": "Hypothetical question about unsubscribing on his behalf; 'nothing to do for now'.",
    },
    {
        "id": "relayd-105",
        "lang": "fr",
        "written_to": "helene.vigouroux@gmail.com",
        "sender": "helene.vigouroux@gmail.com",
        "text": (
            "Pas de souci, je ne vais pas me désinscrire ! Je voulais juste signaler que le lien vers le webinaire ne "
            "marche pas. Hélène"
        ),
        "label": "none",
        "note": "Negation: she is NOT unsubscribing, just reports a broken link.",
    },
    {
        "id": "relayd-106",
        "lang": "fr",
        "written_to": "r.pelletan@gmail.com",
        "sender": "isabelle.pelletan-roux@outlook.fr",
        "text": (
            "Madame,\n"
            "\n"
            "Je suis la curatrice de mon père, Raymond Pelletan, depuis une décision rendue l'an dernier. Il m'a fait "
            "part de vos appels et de vos courriels au sujet d'un éventuel arbitrage de son assurance-vie. Après en "
            "avoir discuté avec lui, il ne souhaite plus être sollicité par votre cabinet et je vous prie de bien "
            "vouloir supprimer ses coordonnées de vos fichiers. Je reste naturellement destinataire des relevés que la "
            "compagnie nous adresse directement.\n"
            "\n"
            "Cordialement,\n"
            "Isabelle Pelletan-Roux"
        ),
        "label": "relayed",
        "note": (
            "Daughter-curator: her father no longer wants to be solicited, asks to delete his details; the insurer's "
            "statements reaching her are not a redirect of the firm's mail."
        ),
    },
    {
        "id": "relayd-107",
        "lang": "fr",
        "written_to": "d.marechal@marechal-sa.fr",
        "sender": "d.marechal@marechal-sa.fr",
        "text": (
            "Stéphane, tu peux regarder leur proposition de gestion de trésorerie et me dire ce que tu en penses ? Si "
            "ça ne nous intéresse pas, on leur dira d'arrêter de nous solliciter.\n"
            "Denis"
        ),
        "label": "none",
        "note": "Client's internal forward to a colleague; 'on leur dira d'arrêter' is conditional and future.",
    },
    {
        "id": "relayd-108",
        "lang": "nl",
        "written_to": "h.dewit@ziggo.nl",
        "sender": "m.dewit@kpnmail.nl",
        "text": (
            "Beste heer/mevrouw,\n"
            "Mijn vader, Henk de Wit, woont sinds kort in een verpleeghuis en kan zijn zaken niet meer zelf regelen. "
            "Wilt u hem niet meer mailen en zijn gegevens uit uw bestand verwijderen?\n"
            "Met vriendelijke groet,\n"
            "Marieke de Wit"
        ),
        "label": "relayed",
        "note": "Daughter: father in a nursing home, can no longer manage; stop mailing him and delete his data.",
    },
    {
        "id": "relayd-109",
        "lang": "fr",
        "written_to": "h.vautrin@orange.fr",
        "sender": "gilles.vautrin@vautrin-conseil.fr",
        "text": (
            "Bonjour,\n"
            "Le mandat de protection future de ma mère, Mme Huguette Vautrin, a pris effet le mois dernier et c'est "
            "moi qui en suis le mandataire. Je vous demande de mettre fin à l'envoi de vos lettres et offres à son "
            "adresse : elle n'est plus en état de les lire et ne souhaite plus en recevoir. Il n'y a pas lieu de me "
            "les transférer.\n"
            "Gilles Vautrin"
        ),
        "label": "relayed",
        "note": (
            "Mandataire under a mandat de protection future asks to end all letters and offers; explicitly no "
            "forwarding to him."
        ),
    },
    {
        "id": "relayd-110",
        "lang": "en",
        "written_to": "alan.mcbride@virginmedia.com",
        "sender": "sheila.mcbride@virginmedia.com",
        "text": (
            "Hi,\n"
            "Could you please remove us both - Alan and me - from your mailing list? We've moved everything to our "
            "local IFA and don't need the newsletters or the seminar invitations.\n"
            "Sheila McBride"
        ),
        "label": "relayed",
        "note": "Wife from her own address asks to remove both Alan (the person written to) and herself.",
    },
    {
        "id": "relayd-111",
        "lang": "fr",
        "written_to": "e.bardet@bardet-conseil.fr",
        "sender": "e.bardet@bardet-conseil.fr",
        "text": (
            "Monsieur,\n"
            "Après réflexion, je souhaite mettre un terme à nos discussions concernant l'acquisition de parts de SCPI. "
            "Je reste néanmoins attentif à vos analyses de marché, que je lis avec intérêt.\n"
            "Veuillez agréer, Monsieur, mes salutations distinguées.\n"
            "Éric Bardet"
        ),
        "label": "none",
        "note": "'Mettre un terme' to discussions on one product, and still reads the analyses: a decline.",
    },
    {
        "id": "relayd-112",
        "lang": "it",
        "written_to": "giuseppe.ferraris@libero.it",
        "sender": "avv.lucia.marchesi@studiomarchesi-to.it",
        "text": (
            "Gentili Signori,\n"
            "in qualità di amministratore di sostegno del sig. Giuseppe Ferraris, nominato con decreto del Giudice "
            "Tutelare, Vi chiedo di cessare l'invio di qualsiasi comunicazione al suo indirizzo e di cancellarlo dalle "
            "Vostre liste, conformemente alla sua volontà.\n"
            "Distinti saluti,\n"
            "Avv. Lucia Marchesi"
        ),
        "label": "relayed",
        "note": "Amministratore di sostegno asks to cease all communications and delete him, per his wish.",
    },
    {
        "id": "relayd-113",
        "lang": "en",
        "written_to": "e.macleod@btinternet.com",
        "sender": "morag.macleod@macleod-accountants.co.uk",
        "text": (
            "Dear Mr Vasseur,\n"
            "I write as continuing and welfare attorney for my aunt, Miss Euphemia MacLeod. Her financial affairs are "
            "now handled by me and by her accountant. She has asked me, in one of her clearer moments, to make sure "
            "that 'that firm in Paris' stops writing to her, and I would be obliged if you would do so and delete her "
            "details. Any questions may be directed to me at this address.\n"
            "Yours sincerely,\n"
            "Morag MacLeod CA"
        ),
        "label": "relayed",
        "note": (
            "Scottish continuing/welfare attorney conveys the aunt's wish that the firm stop writing and delete her "
            "details."
        ),
    },
    {
        "id": "relayd-114",
        "lang": "en",
        "written_to": "dr.m.osei@oseiclinic.co.uk",
        "sender": "office@oseiclinic.co.uk",
        "text": (
            "Hello,\n"
            "Dr Osei has asked us to let you know that she no longer wishes to receive emails from your firm. Please "
            "unsubscribe her. Thank you.\n"
            "Reception, Osei Clinic"
        ),
        "label": "relayed",
        "note": "Generic clinic address answers for the named doctor and asks to unsubscribe her.",
    },
    {
        "id": "relayd-115",
        "lang": "fr",
        "written_to": "l.peyrac@groupe-sirane.fr",
        "sender": "lucie.peyrac@icloud.com",
        "text": (
            "Bonjour,\n"
            "J'ai quitté le groupe Sirane fin juin et je n'ai plus accès à ma messagerie professionnelle. Je ne "
            "souhaite pas non plus recevoir vos messages à titre personnel : merci de supprimer mes coordonnées, "
            "quelles qu'elles soient.\n"
            "Lucie Peyrac"
        ),
        "label": "own",
        "note": (
            "Left her company and, from a private address, asks to delete all her details; no successor, no redirect."
        ),
    },
    {
        "id": "relayd-116",
        "lang": "en",
        "written_to": "brett.lowry@lowrymotors.com",
        "sender": "brett.lowry@lowrymotors.com",
        "text": (
            "Not interested in the private credit fund. And please remove me from your list while you're at it. Brett"
        ),
        "label": "own",
        "note": "Decline of one fund plus an explicit removal request: own.",
    },
    {
        "id": "relayd-117",
        "lang": "fr",
        "written_to": "josette.verdier@sfr.fr",
        "sender": "verdier.karine@gmail.com",
        "text": (
            "slt, ma mere a plus toute sa tete, svp arretez de lui envoyer des mails elle croit que c des arnaques et "
            "elle m'appelle a chaque fois. mrc"
        ),
        "label": "relayed",
        "note": "Daughter, SMS style: mother no longer has her wits, asks to stop sending her mails.",
    },
    {
        "id": "relayd-118",
        "lang": "pt",
        "written_to": "fernanda.lopes@sapo.pt",
        "sender": "geral@cartorio-almeida-nunes.pt",
        "text": (
            "Exmos. Senhores,\n"
            "Informamos do falecimento da Sra. D. Fernanda Lopes. No âmbito da habilitação de herdeiros, solicitamos o "
            "envio de extrato das aplicações financeiras à data do óbito.\n"
            "Com os melhores cumprimentos,\n"
            "Cartório Notarial Almeida Nunes"
        ),
        "label": "none",
        "note": "Notary's death notice asking only for a statement at the date of death.",
    },
    {
        "id": "relayd-119",
        "lang": "en",
        "written_to": "rupert.allingham@allingham-co.co.uk",
        "sender": "rupert.allingham@allingham-co.co.uk",
        "text": (
            "Dear Mr Vasseur,\n"
            "Thank you for your note and the enclosed brochure. I have now retired from practice and have arranged my "
            "affairs with the firm that has looked after them for thirty years. I should be grateful if you would "
            "refrain from writing to me further.\n"
            "Yours sincerely,\n"
            "Rupert Allingham"
        ),
        "label": "own",
        "note": (
            "Person written to, understated: 'I should be grateful if you would refrain from writing to me further.'"
        ),
    },
    {
        "id": "relayd-120",
        "lang": "en",
        "written_to": "h.beaumont@beaumont-group.co.uk",
        "sender": "pa@beaumont-group.co.uk",
        "text": (
            "Hello,\n"
            "Hugo has asked me to unsubscribe him from the monthly market newsletter, which he doesn't read. He does, "
            "however, want to keep hearing from Pierre directly about his portfolio, so please don't remove him from "
            "anything else.\n"
            "Thanks,\n"
            "Lucy, PA to Hugo Beaumont"
        ),
        "label": "none",
        "note": "PA relays leaving the newsletter only; keep the adviser's direct emails.",
    },
    {
        "id": "relayd-121",
        "lang": "en",
        "written_to": "n.pemberton@btinternet.com",
        "sender": "claire.pemberton@pemberton-law.co.uk",
        "text": (
            "Hello,\n"
            "I'm now acting for my father, Neville Pemberton, under a registered LPA. Please address all future "
            "correspondence to me rather than to him - he finds it confusing. My details are below.\n"
            "Claire Pemberton\n"
            "020 7946 0718"
        ),
        "label": "none",
        "note": "Attorney asks that correspondence go to her rather than to her father: a redirect, not a stop.",
    },
    {
        "id": "relayd-122",
        "lang": "en",
        "written_to": "wendyfitz@gmail.com",
        "sender": "wendyfitz@gmail.com",
        "text": (
            "I'm not asking to be taken off your list - I just wanted to say the last email came through with broken "
            "formatting. Wendy"
        ),
        "label": "none",
        "note": "Negation: not asking to be taken off; reports broken formatting.",
    },
    {
        "id": "relayd-123",
        "lang": "fr",
        "written_to": "marthe.gilquin@wanadoo.fr",
        "sender": "pgilquin@gmail.com",
        "text": (
            "Bonjour,\n"
            "Ma tante Marthe Gilquin est entrée en EHPAD. Pouvez-vous mettre à jour son adresse postale : Résidence "
            "Les Glycines, chambre 12, 4 rue des Écoles-Vieilles, 41100 Vendôme ? Son adresse mail ne change pas. "
            "Merci.\n"
            "Pascal Gilquin"
        ),
        "label": "none",
        "note": "Nephew reports a move to an EHPAD: change of postal address only, email unchanged.",
    },
    {
        "id": "relayd-124",
        "lang": "en",
        "written_to": "rosemary.quint@aol.com",
        "sender": "rosemary.quint@aol.com",
        "text": (
            "Hi, my mum has asked me whether there is a way to stop getting these emails? I can't see an unsubscribe "
            "link anywhere. Thanks, Dave (her son)"
        ),
        "label": "none",
        "note": "Son on mother's mailbox asks WHETHER there is a way to stop: a question.",
    },
    {
        "id": "relayd-125",
        "lang": "en",
        "written_to": "alan.greaves@btinternet.com",
        "sender": "pat.greaves@btinternet.com",
        "text": (
            "Hello, I've passed your email on to Alan. He's not sure whether he wants to keep getting these - he'll "
            "let you know himself once he's had a think. Pat"
        ),
        "label": "none",
        "note": "Wife says he hasn't decided whether to stay on the list; no request.",
    },
    {
        "id": "relayd-126",
        "lang": "en",
        "written_to": "margaret.ashworth@btinternet.com",
        "sender": "k.pennington@pennington-lowe.co.uk",
        "text": (
            "Dear Sirs,\n"
            "\n"
            "Re: The Estate of Mrs Margaret Ashworth (deceased)\n"
            "\n"
            "We act for the executors of the late Mrs Margaret Ashworth, who passed away on 9 August. We have notified "
            "the institutions holding assets in her name and will write to you separately should we require "
            "valuations. In the meantime, our clients would be grateful if you would close your marketing file in Mrs "
            "Ashworth's name and refrain from sending any further emails to her address, which the family continue to "
            "monitor and find distressing.\n"
            "\n"
            "Yours faithfully,\n"
            "\n"
            "Katherine Pennington\n"
            "Associate, Private Client\n"
            "Pennington Lowe LLP\n"
            "020 7946 0391"
        ),
        "label": "relayed",
        "note": (
            "Solicitors for the executors ask to close the deceased's marketing file and send no more emails; the "
            "separate valuation letter is not a redirect."
        ),
    },
    {
        "id": "relayd-127",
        "lang": "en",
        "written_to": "rebecca.hale@halefoundation.org",
        "sender": "assistant@halefoundation.org",
        "text": (
            "Hello, Rebecca is on sabbatical until September and isn't checking email. I'll make sure she sees your "
            "note when she's back. Best, Tom"
        ),
        "label": "none",
        "note": "Assistant reports a sabbatical absence; no request.",
    },
    {
        "id": "relayd-128",
        "lang": "fr",
        "written_to": "suzanne.brival@free.fr",
        "sender": "j.brival@orange.fr",
        "text": (
            "Bonjour,\n"
            "Ma mère souhaite continuer à être suivie par votre cabinet mais ne plus avoir affaire à M. Ordener, avec "
            "qui le courant ne passe pas. Pourriez-vous lui attribuer un autre conseiller ?\n"
            "Jacques Brival"
        ),
        "label": "none",
        "note": "Son relays a change-of-adviser request; mother stays a client and wants to be followed.",
    },
    {
        "id": "relayd-129",
        "lang": "fr",
        "written_to": "p.audibert@free.fr",
        "sender": "m.audibert@free.fr",
        "text": (
            "Bonjour,\n"
            "Je ne vous demande pas de cesser d'écrire à mon mari, il tient à vos analyses. Simplement, évitez de "
            "l'appeler le soir : il se couche tôt depuis son AVC.\n"
            "Mireille Audibert"
        ),
        "label": "none",
        "note": "Wife explicitly does NOT ask to stop writing; only evening phone calls should stop.",
    },
    {
        "id": "relayd-130",
        "lang": "nl",
        "written_to": "j.bakker@bakker-holding.nl",
        "sender": "secretariaat@bakker-holding.nl",
        "text": (
            "Goedemiddag, graag zowel de heer Bakker als ondergetekende uit uw mailinglijst verwijderen. Wij hebben "
            "geen interesse meer. Groet, Sanne Visser, secretariaat"
        ),
        "label": "relayed",
        "note": "Secretariat asks to remove both Mr Bakker (the person written to) and herself.",
    },
    {
        "id": "relayd-131",
        "lang": "en",
        "written_to": "b.sterling@sterlingandco.com",
        "sender": "c.hughes@sterlingandco.com",
        "text": "Could you drop me from the cc on this thread please? Ben will pick it up from here. Thanks, Chris",
        "label": "none",
        "note": "Colleague asks to be dropped from the CC of this thread only.",
    },
    {
        "id": "relayd-132",
        "lang": "fr",
        "written_to": "jeanne.berthelot@orange.fr",
        "sender": "mjpm.dossiers@atval-authion.fr",
        "text": (
            "Madame, Monsieur,\n"
            "\n"
            "Par jugement du juge des contentieux de la protection de Saumur en date du 12 septembre, Mme Jeanne "
            "Berthelot a été placée sous tutelle et notre association a été désignée en qualité de mandataire "
            "judiciaire. Mme Berthelot réside désormais en EHPAD et n'est plus en mesure de prendre connaissance de "
            "vos messages ni d'y donner suite. Nous vous prions en conséquence de bien vouloir cesser tout envoi à son "
            "adresse électronique et de la retirer de l'ensemble de vos listes de diffusion. Une copie du jugement "
            "peut vous être transmise sur demande.\n"
            "\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n"
            "\n"
            "Sandrine Py\n"
            "Mandataire judiciaire à la protection des majeurs\n"
            "ATVAL - Association tutélaire du Val d'Authion\n"
            "Tél. 01 99 00 47 12"
        ),
        "label": "relayed",
        "note": (
            "Judicial guardian (tutelle) says the person is in an EHPAD and asks to stop all sending and delist her; "
            "no redirect."
        ),
    },
    {
        "id": "relayd-133",
        "lang": "en",
        "written_to": "walt.demarco@aol.com",
        "sender": "lisa.demarco@aol.com",
        "text": "Hi, Walt passed away last month. Please remove him from your mailing list. Thank you. Lisa DeMarco",
        "label": "relayed",
        "note": "Relative says Walt died and asks to remove him from the mailing list; no redirect.",
    },
    {
        "id": "relayd-134",
        "lang": "nl",
        "written_to": "w.jansen@planet.nl",
        "sender": "a.jansen@planet.nl",
        "text": (
            "Mijn man vindt dat u erg vaak mailt. Eén keer per maand is voor hem genoeg, hij wil wel op de hoogte "
            "blijven. Groet, Annelies Jansen"
        ),
        "label": "none",
        "note": "Wife relays a frequency complaint; he wants to stay informed.",
    },
    {
        "id": "relayd-135",
        "lang": "fr",
        "written_to": "genevieve.larcher@free.fr",
        "sender": "genevieve.larcher@free.fr",
        "text": (
            "Monsieur,\n"
            "\n"
            "Je fais suite à votre courriel de relance concernant la souscription au FCPI dont nous avions parlé en "
            "juin. Je ne reviendrai pas sur les raisons pour lesquelles je n'ai pas donné suite. Je souhaite en "
            "revanche que vous cessiez désormais de m'adresser quelque message que ce soit, commercial ou non : je "
            "n'ai plus l'intention d'entretenir de relation avec votre cabinet. J'ai par ailleurs demandé à mon "
            "notaire de récupérer auprès de vous la copie de mon bilan patrimonial.\n"
            "\n"
            "Salutations.\n"
            "\n"
            "Geneviève Larcher"
        ),
        "label": "own",
        "note": "Request in mid-paragraph: stop any message at all; the notary fetching a copy is not a redirect.",
    },
    {
        "id": "relayd-136",
        "lang": "fr",
        "written_to": "lucienne.boyer@orange.fr",
        "sender": "x.mahe@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je vous réponds de la part de ma belle-mère, Mme Boyer. Elle a bien réfléchi et ne donnera pas suite à "
            "votre proposition d'assurance-vie luxembourgeoise. Elle vous remercie pour le temps passé.\n"
            "Cordialement,\n"
            "Xavier Mahé"
        ),
        "label": "none",
        "note": "Son-in-law relays a decline of one offer, with thanks; no stop.",
    },
    {
        "id": "relayd-137",
        "lang": "fr",
        "written_to": "t.ogier@ogier-vins.fr",
        "sender": "direction@ogier-vins.fr",
        "text": (
            "Madame,\n"
            "\n"
            "Nous accusons réception de votre courriel du 2 octobre relatif à la réorganisation de votre équipe de "
            "gestion privée et au nouveau barème de frais applicable au 1er janvier. Nous avons transmis l'information "
            "à notre expert-comptable, qui l'examinera dans le cadre de la clôture. M. Thierry Ogier, qui ne détient "
            "plus aucun avoir chez vous depuis la cession de ses parts, souhaite par ailleurs ne plus être "
            "destinataire de vos envois. Nous vous remercions de faire le nécessaire.\n"
            "\n"
            "Bien cordialement,\n"
            "\n"
            "Émilie Rouquette\n"
            "Responsable administrative et financière\n"
            "Domaine Ogier & Fils"
        ),
        "label": "relayed",
        "note": (
            "Finance manager, after two unrelated sentences, relays that M. Ogier no longer wants to receive the "
            "mailings."
        ),
    },
    {
        "id": "relayd-138",
        "lang": "fr",
        "written_to": "francois.bouvier@outlook.fr",
        "sender": "francois.bouvier@outlook.fr",
        "text": (
            "Bonjour,\n"
            "Je me suis installé au Portugal en début d'année et j'ai transféré l'ensemble de mes avoirs. Je ne "
            "souhaite plus figurer dans vos fichiers. Bonne continuation.\n"
            "F. Bouvier"
        ),
        "label": "own",
        "note": (
            "Moved abroad and transferred assets, then asks not to be in the files any more (not a mere change of "
            "address)."
        ),
    },
    {
        "id": "relayd-139",
        "lang": "pt",
        "written_to": "manuel.sequeira@sapo.pt",
        "sender": "ines.sequeira@gmail.com",
        "text": (
            "Bom dia, escrevo em nome do meu pai, Manuel Sequeira, que está internado num lar e já não consegue tratar "
            "dos seus assuntos. Peço que deixem de lhe enviar emails e o retirem das vossas listas. Obrigada, Inês "
            "Sequeira"
        ),
        "label": "relayed",
        "note": "Daughter: father in a care home, cannot manage his affairs; stop emailing him and delist him.",
    },
    {
        "id": "relayd-140",
        "lang": "fr",
        "written_to": "j.m.pasquier@orange.fr",
        "sender": "o.pasquier@orange.fr",
        "text": (
            "Bonjour,\n"
            "Suite au décès de mon époux Jean-Michel, pourriez-vous retirer son nom du compte-titres joint et mettre "
            "le compte à mon seul nom ? Je continue bien sûr à recevoir vos relevés et vos conseils.\n"
            "Odile Pasquier"
        ),
        "label": "none",
        "note": "Widow asks to remove the deceased from a joint securities account and keeps receiving mail.",
    },
    {
        "id": "relayd-141",
        "lang": "en",
        "written_to": "thebrightwells@sky.com",
        "sender": "thebrightwells@sky.com",
        "text": "Hello, we'd both like to unsubscribe please - thanks. Ken & Maureen",
        "label": "own",
        "note": (
            "Couple's shared mailbox, written to both; 'we'd both like to unsubscribe' comes from the people written "
            "to."
        ),
    },
    {
        "id": "relayd-142",
        "lang": "en",
        "written_to": "jonathan.ashby@ashby-estates.co.uk",
        "sender": "office@ashby-estates.co.uk",
        "text": (
            "Hi there,\n"
            "We'd be grateful if you could take both Jonathan and the office address off your mailing list - neither "
            "of us needs the quarterly outlook any more. Thanks ever so much.\n"
            "Beth\n"
            "Office Manager, Ashby Estates"
        ),
        "label": "relayed",
        "note": (
            "Office manager asks to take both Jonathan (the person written to) and the office address off the list."
        ),
    },
    {
        "id": "relayd-143",
        "lang": "en",
        "written_to": "harold.breyer@att.net",
        "sender": "harold.breyer@att.net",
        "text": (
            "This is Harold's wife. Please stop calling the house - he can't hear well on the phone. Email is fine and "
            "he does read it. June Breyer"
        ),
        "label": "none",
        "note": "Wife on his mailbox: stop phone calls; email is fine.",
    },
    {
        "id": "relayd-144",
        "lang": "en",
        "written_to": "tomgrier@icloud.com",
        "sender": "tomgrier@icloud.com",
        "text": "STOP. Unsubscribe.",
        "label": "own",
        "note": "One-line 'STOP. Unsubscribe.' from the person written to.",
    },
    {
        "id": "relayd-145",
        "lang": "fr",
        "written_to": "dominique.arnoult@orange.fr",
        "sender": "dominique.arnoult@orange.fr",
        "text": (
            "Je ne vous demande pas d'explications sur la façon dont vous avez obtenu mon adresse. Je vous demande "
            "simplement de ne plus m'écrire.\n"
            "D. Arnoult"
        ),
        "label": "own",
        "note": "A negation is present but it negates something else; the actual request is 'ne plus m'écrire'.",
    },
    {
        "id": "relayd-146",
        "lang": "en",
        "written_to": "r.vandermeer@vdm-capital.com",
        "sender": "operations@vdm-family-office.com",
        "text": (
            "Dear team,\n"
            "Further to your note of last week, our principal has reviewed the proposal and has asked that your firm "
            "cease all contact with him going forward, including event invitations, and remove him from your "
            "distribution. We will not be forwarding further materials to him.\n"
            "Regards,\n"
            "Operations, VDM Family Office"
        ),
        "label": "relayed",
        "note": "Family office: 'our principal' (role only) asks the firm to cease all contact and remove him.",
    },
    {
        "id": "relayd-147",
        "lang": "en",
        "written_to": "janet.wickham@btinternet.com",
        "sender": "janet.wickham@btinternet.com",
        "text": (
            "Hello, this is Janet's daughter. Mum would prefer not to get paper letters in the post any more - emails "
            "to this address are absolutely fine. Thank you, Sarah"
        ),
        "label": "none",
        "note": "Daughter on mother's mailbox: no more paper letters; emails absolutely fine.",
    },
    {
        "id": "relayd-148",
        "lang": "en",
        "written_to": "mkeane@keane-ag.com",
        "sender": "mkeane@keane-ag.com",
        "text": (
            "If this is another pitch for the annuity, please don't bother - otherwise I'm happy to hear what you "
            "have. Mike"
        ),
        "label": "none",
        "note": "Conditional pre-emptive decline of one product; happy to hear the rest.",
    },
    {
        "id": "relayd-149",
        "lang": "fr",
        "written_to": "famille.javelle@wanadoo.fr",
        "sender": "olivier.javelle@gmail.com",
        "text": (
            "Madame, Monsieur,\n"
            "Je gère depuis peu la messagerie de mes parents, M. et Mme Javelle, qui ont tous deux plus de "
            "quatre-vingt-dix ans. Ils reçoivent de votre part des propositions d'investissement auxquelles ils ne "
            "sont plus en mesure de répondre. Je vous serais reconnaissant de ne plus leur écrire et de supprimer "
            "cette adresse de vos fichiers.\n"
            "J'ajoute, pour lever toute ambiguïté, que je ne suis pas moi-même client de votre établissement.\n"
            "Olivier Javelle"
        ),
        "label": "relayed",
        "note": (
            "Son, not a client, asks to stop writing to his very old parents (the people written to) and delete the "
            "address."
        ),
    },
    {
        "id": "relayd-150",
        "lang": "en",
        "written_to": "hkessler@kesslerranch.com",
        "sender": "mbrody@brody-finch-law.com",
        "text": (
            "To whom it may concern:\n"
            "\n"
            "This office represents Mr. Harold Kessler in connection with certain estate-planning matters. Mr. Kessler "
            "has provided us with copies of your recent correspondence regarding alternative investment opportunities. "
            "Please be advised that Mr. Kessler does not wish to receive further communications from your firm, and we "
            "ask that you remove his name and contact information from all marketing lists effective immediately. "
            "Please confirm in writing when this has been done.\n"
            "\n"
            "Sincerely,\n"
            "\n"
            "Marcia Brody, Esq.\n"
            "Brody & Finch LLP\n"
            "(406) 555-0162"
        ),
        "label": "relayed",
        "note": "US attorney: client does not wish further communications; remove him from all marketing lists.",
    },
    {
        "id": "relayd-151",
        "lang": "en",
        "written_to": "tom.and.jean.ridley@gmail.com",
        "sender": "tom.and.jean.ridley@gmail.com",
        "text": (
            "Hello, sadly Tom died in October. Could you take his name off our joint portfolio and put everything in "
            "my name? I'd still like to keep receiving your quarterly reports. Jean Ridley"
        ),
        "label": "none",
        "note": "Widow removes the deceased from the joint portfolio and keeps the reports.",
    },
    {
        "id": "relayd-152",
        "lang": "fr",
        "written_to": "p.caradec@caradec-associes.fr",
        "sender": "secretariat.direction@caradec-associes.fr",
        "text": (
            "Bonjour,\n"
            "M. Caradec et moi-même recevons vos messages en double depuis des mois. Retirez-nous tous les deux de "
            "votre fichier, s'il vous plaît : ni lui ni moi ne souhaitons être recontactés.\n"
            "Maryvonne Le Goff\n"
            "Assistante de direction"
        ),
        "label": "relayed",
        "note": "Assistant asks removal of both the boss (the person written to) and herself.",
    },
    {
        "id": "relayd-153",
        "lang": "fr",
        "written_to": "c.noblet@noblet-immobilier.fr",
        "sender": "accueil@noblet-immobilier.fr",
        "text": (
            "Bonjour,\n"
            "Mme Noblet est absente pour plusieurs semaines pour raisons de santé. Elle ne pourra pas répondre à votre "
            "message avant son retour, prévu début mai.\n"
            "L'accueil"
        ),
        "label": "none",
        "note": "Reception reports an absence until May; no request.",
    },
    {
        "id": "relayd-154",
        "lang": "en",
        "written_to": "h.patel@patel-pharmacy.co.uk",
        "sender": "h.patel@patel-pharmacy.co.uk",
        "text": (
            "I object to the processing of my personal data for direct marketing purposes under Article 21(2) UK GDPR. "
            "Please stop contacting me.\n"
            "Hemal Patel"
        ),
        "label": "own",
        "note": "Article 21(2) objection from the person written to.",
    },
    {
        "id": "relayd-155",
        "lang": "en",
        "written_to": "e.halloway@hallowayholdings.co.uk",
        "sender": "pa.chairman@hallowayholdings.co.uk",
        "text": (
            "Dear Ms Ordener,\n"
            "Thank you for your kind invitation to the Spring Investment Forum, which the Chairman has seen. He has "
            "asked me to say that he would prefer not to receive further correspondence from your firm, and would be "
            "most grateful if his details could be removed.\n"
            "With kind regards,\n"
            "Patricia Dunne\n"
            "Private Secretary to the Chairman"
        ),
        "label": "relayed",
        "note": (
            "Private secretary: 'the Chairman' (role only) would prefer no further correspondence and his details "
            "removed."
        ),
    },
    {
        "id": "relayd-156",
        "lang": "de",
        "written_to": "m.vogel@vogel-maschinenbau.de",
        "sender": "sekretariat@vogel-maschinenbau.de",
        "text": (
            "Sehr geehrter Herr Vasseur,\n"
            "Herr Vogel ist bis Ende Februar auf Geschäftsreise in Asien. Bitte melden Sie sich erst danach wieder, er "
            "kommt dann auf Ihr Angebot zurück.\n"
            "Mit freundlichen Grüßen\n"
            "Sekretariat Herr Vogel"
        ),
        "label": "none",
        "note": "Secretariat relays a business-trip absence and a pause until March.",
    },
    {
        "id": "relayd-157",
        "lang": "en",
        "written_to": "seamus.oconnell@eircom.net",
        "sender": "niamh.oconnell@gmail.com",
        "text": (
            "Hi,\n"
            "I'm writing about my dad, Seamus O'Connell. He has dementia and I've been registered as his attorney "
            "under an enduring power of attorney. He doesn't understand these investment emails and they upset him. "
            "Could you please stop writing to him altogether? Thanks a million.\n"
            "Niamh"
        ),
        "label": "relayed",
        "note": (
            "Irish daughter, attorney under an enduring power of attorney: dementia, stop writing to him altogether."
        ),
    },
    {
        "id": "relayd-158",
        "lang": "fr",
        "written_to": "a.giraudeau@giraudeau-holding.fr",
        "sender": "assistante@giraudeau-holding.fr",
        "text": (
            "Bonjour,\n"
            "M. Giraudeau est en pleine clôture de ses comptes annuels. Merci de ne pas le relancer d'ici le 15 ; il "
            "reviendra vers vous ensuite au sujet de l'apport-cession.\n"
            "Florence, assistante de M. Giraudeau\n"
            "06 39 98 21 54"
        ),
        "label": "none",
        "note": "Assistant relays a pause until the 15th; he will come back about the deal.",
    },
    {
        "id": "relayd-159",
        "lang": "fr",
        "written_to": "dr.fabre-ollier@cabinet-medical-lesarcs.fr",
        "sender": "accueil@cabinet-medical-lesarcs.fr",
        "text": (
            "Bonjour,\n"
            "Le Dr Fabre-Ollier nous charge de vous répondre : elle n'a pas le temps de lire ces documents et ne "
            "souhaite plus les recevoir. Merci de la retirer de votre liste.\n"
            "L'accueil du cabinet"
        ),
        "label": "relayed",
        "note": (
            "Generic reception address answers for the named doctor (the person written to) and asks to remove her."
        ),
    },
    {
        "id": "relayd-160",
        "lang": "nl",
        "written_to": "p.vanleeuwen@vanleeuwen-advocaten.nl",
        "sender": "p.vanleeuwen@vanleeuwen-advocaten.nl",
        "text": "Graag uitschrijven. Ik wil geen mails meer ontvangen. P. van Leeuwen",
        "label": "own",
        "note": "Person written to: unsubscribe, no more mails.",
    },
]
