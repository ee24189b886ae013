"""Blind evaluation set E for rule R8 (opt-out): look-alikes, relayed vs own vs none.

Purpose: measure FALSE opt-out requests above all. Most cases are replies that contain stop-words ("stop",
"arrêter", "retirer", "supprimer", "remove", "take me off", "unsubscribe", "désinscrire", "ne plus", "no longer",
"cesser", "mettre fin", and their de/es/it equivalents) but do not ask the firm to stop writing to the person written
to; the requests (own and relayed) are real ones, several phrased with the same look-alike words.

Written by hand without opening any product code, prompt, test or other eval set. Under /work/main the only file
read was relay_d.py (its docstring and its first three cases), to copy the format and the label conventions. The
product's code was never run on these cases.

Lab notebook
------------
1. Ran `date` (2026-12-06, 20:52 UTC). Opened /work/main/eval/opt_out_relay/relay_d.py with sed, lines 1-155 only
   (docstring and cases relayd-001..003; grep for '"id"' to locate them). Nothing else under /work/main was opened
   or listed; no search tool used; no git command.
2. Ran /work/main/.venv/bin/python --version (3.11.7) and /work/main/.venv/bin/ruff --version (0.17.6); created
   /tmp/relay_e_work/.
3. Planned the split before writing: none 90 / own 40 / relayed 30; fr 90 (none 50, own 23, relayed 17), en 55
   (31/14/10), de, es, it 5 each (3/1/1).
4. Wrote /tmp/relay_e_work/cases_fr.py by hand (90 cases: signed or agreed deals, annoyed clients who go ahead,
   direct debits, scheduled payments, beneficiary clauses, joint accounts, orders, mandates, events, seminars, CC,
   paper/SMS/phone channels, duplicate copies, newsletters, conditionals, questions, quoted footers, negations,
   committees, third persons, deaths with document requests, successors).
5. Wrote /tmp/relay_e_work/cases_other.py by hand (55 en, 5 de, 5 es, 5 it), same mix.
6. Wrote build.py (shuffle with random.Random(20261206), number relaye-001..160, compute the counts and the list
   of judgement calls from the shuffled list, render this module with strings split under 120 columns).
7. Wrote /tmp/relay_e_work/validate.py (imports this file; checks 160 cases, id sequence, keys, unique texts,
   allowed labels and langs, label totals 30/40/90 and language totals 90/55/5/5/5, that the count lines of this
   docstring match the recomputed ones, line lengths <= 120, address shape, phone numbers only in the fiction
   ranges FR 01 99 00 / 06 39 98, UK 020 7946 0xxx, US 555-01xx) and ran it.
8. Ran ruff format --line-length 120 on this file only (it rejoined some split strings that fit on one line and
   switched one string to single quotes; no content change) and ruff check --line-length 120 (all checks
   passed); re-ran validate.py on the formatted file: no errors.
9. Re-read the look-alikes; two death notices lacked a stop-word (see Slips), reworded, rebuilt, re-ran ruff
   format, ruff check and validate.py.

Label conventions (same as relay_d)
-----------------------------------
Labels are about the reply's author and the person the firm wrote to (the written_to address).
- relayed: the author is not the person written to and conveys that THIS person wants the firm to stop writing /
  remove them / not contact them again, or says the person died or can no longer manage their affairs and asks to
  stop writing to them or remove them (no redirect). Includes a spouse asking for both when the firm wrote to the
  other spouse's own address, and an author typing from the person's own mailbox but signing as someone else.
- own: the author asks the firm to stop writing to the author: the person written to (also from another address),
  an assistant's own mailbox asking to be removed herself, a generic business mailbox asking for itself.
- none: everything else: stopping follow-ups because it is signed/agreed/done, annoyed clients who go ahead,
  financial instructions (direct debits, scheduled payments, orders, beneficiaries, joint accounts, mandates,
  account closures), single events and seminars, CC of one thread, channel or address changes (paper, SMS, phone
  hours, duplicate copies), leaving one newsletter while keeping the adviser's mail, product-scoped declines,
  pauses, frequency complaints, conditionals, how-to questions, quoted footers, negations, removal of a third
  person who was not written to, committee distributions, successors and "write to me instead", death notices
  asking for documents.
Decisions taken for this set:
- "Vous pouvez arrêter les relances, c'est signé" is none; a signed client who also asks for no mail at all ("ni
  relance, ni newsletter", "no newsletters, no check-ins, nothing") is a request.
- Dropping the written-to address in favour of another address of the same person (duplicate copies, hacked
  mailbox) is a redirect: none.
- Removal from one mailing scoped to a role (committee pack) while personal mail continues is none.
- A polite request in question form ("Pourriez-vous la retirer ?", "Would you mind taking me off?") is a request;
  a question about how or whether ("dois-je me désinscrire ?", "is there a way to...") is none.

Counts (computed by build.py from CASES, re-checked by validate.py)
------------------------------------------------------------------
Total: 160
By label: relayed 30, own 40, none 90
By language: fr 90, en 55, de 5, es 5, it 5
By language x label (relayed/own/none):
  fr: 17/23/50
  en: 10/14/31
  de: 1/1/3
  es: 1/1/3
  it: 1/1/3

Judgement calls worth a second look
-----------------------------------
- relaye-008 (fr, none): death plus 'ne plus écrire à cette adresse': none by the successor/redirect rule (write to me
  instead)
- relaye-023 (fr, own): third-person style but the signer is the person
- relaye-028 (fr, own): remains a client and accepts paper mail; read as a stop of emails, not a channel change
- relaye-031 (fr, none): stop writing to the person written to, but with a successor: none by the redirect/successor
  convention
- relaye-038 (en, own): signed client: read as a full stop of writing
- relaye-064 (fr, none): close to the 'assistant removes herself' own case; read as CC-only on one matter
- relaye-079 (fr, none): removes the very address written to, but keeps writing to the same person elsewhere
- relaye-094 (fr, own): signed client: a real stop of all mail, not just of the reminders
- relaye-116 (en, none): removes the very address written to, redirect to personal address
- relaye-124 (en, none): relayed 'stop pestering him', but scoped to one product
- relaye-127 (en, own): 'too much mail' resembles a frequency complaint
- relaye-142 (fr, relayed): signed client plus 'il vous téléphonera': read as a full stop of writing, relayed
- relaye-154 (en, none): the person written to asks to be removed, but only from the committee mailing

Slips
-----
- The first run of validate.py (which also lists `none` cases without any stop-word) showed that the two death
  notices (fr Vasseur, en Pritchard) carried no stop-word, against the brief; added "ne plus écrire à cette
  adresse-là ... m'écrire désormais ici" (redirect, flagged above) and "No need to remove her from your records
  yet" (negation), then rebuilt. Two other `none` cases it listed use the split form "ne veux plus", which the
  check's pattern missed; left as they are.
- The build script first wrote judgement-call lines longer than 120 columns; wrapped them before the first write
  of this file.
- I ran mkdir -p only under /tmp; /work/main/eval/opt_out_relay already existed. ruff, run on this file, may have
  picked up the project's own configuration (not opened).
- After the file was written, I ran `ls /work/main/eval/opt_out_relay/` to confirm it was in place; the listing
  showed other file names in that folder (README.md, relay_a..c.py), none of which was opened.
"""

CASES: list[dict[str, str]] = [
    {
        "id": "relaye-001",
        "lang": "fr",
        "written_to": "daniele.hubert@orange.fr",
        "sender": "daniele.hubert@orange.fr",
        "text": (
            "Vous pouvez arrêter les SMS de rappel de rendez-vous, je note tout dans mon agenda. Les "
            "mails c'est très bien.\n"
            "Merci, Danièle"
        ),
        "label": "none",
        "note": "Stops SMS reminders only; email welcome.",
    },
    {
        "id": "relaye-002",
        "lang": "fr",
        "written_to": "michel.roche@orange.fr",
        "sender": "annie.roche@orange.fr",
        "text": (
            "Bonjour,\nMon mari ne souhaite plus recevoir vos mails. Merci de le retirer de votre liste.\nAnnie Roche"
        ),
        "label": "relayed",
        "note": "Wife relays the husband's request.",
    },
    {
        "id": "relaye-003",
        "lang": "fr",
        "written_to": "eric.navarro@gmail.com",
        "sender": "eric.navarro@gmail.com",
        "text": (
            "Est-ce que si je me désabonne de la lettre « Marchés » je recevrai quand même les "
            "relevés trimestriels ? Je ne veux surtout pas rater ceux-là."
        ),
        "label": "none",
        "note": "Conditional question; wants the statements.",
    },
    {
        "id": "relaye-004",
        "lang": "en",
        "written_to": "helen.grierson@icloud.com",
        "sender": "helen.grierson@icloud.com",
        "text": "Take Mark off the joint account please. Decree absolute attached. Keep me updated by email.\nHelen",
        "label": "none",
        "note": "Remove a third person from a joint account.",
    },
    {
        "id": "relaye-005",
        "lang": "en",
        "written_to": "ron.tilbury@btinternet.com",
        "sender": "claire.tilbury@gmail.com",
        "text": (
            "Dad has advanced dementia and can't manage his affairs any more. Please stop writing to "
            "him and take him off your list.\n"
            "Claire Tilbury"
        ),
        "label": "relayed",
        "note": "Incapacity; stop and remove, no redirect.",
    },
    {
        "id": "relaye-006",
        "lang": "fr",
        "written_to": "s.lefort@lefort-conseil.fr",
        "sender": "s.lefort@lefort-conseil.fr",
        "text": (
            "Bonjour,\n"
            "Je voudrais mettre fin à mon compte-titres ordinaire et transférer les lignes sur le "
            "PEA. Quels documents vous faut-il ?\n"
            "Bien à vous,\n"
            "Sandrine Lefort"
        ),
        "label": "none",
        "note": "Close a securities account and transfer; wants to keep dealing with the firm.",
    },
    {
        "id": "relaye-007",
        "lang": "en",
        "written_to": "brenda.fox@gmail.com",
        "sender": "brenda.fox@gmail.com",
        "text": (
            "Hi Ian, just to say you can remove me from the list for the Bordeaux wine tasting, my "
            "husband will go instead. His email is below if you need it. Thanks, Brenda"
        ),
        "label": "none",
        "note": "Event list swap.",
    },
    {
        "id": "relaye-008",
        "lang": "fr",
        "written_to": "henri.vasseur@orange.fr",
        "sender": "claire.vasseur@gmail.com",
        "text": (
            "Bonjour,\n"
            "Mon père Henri Vasseur est décédé le 3 novembre. En tant qu'héritière, je vous demande "
            "les relevés de ses contrats d'assurance-vie au jour du décès, pour le notaire. Sa boîte "
            "mail ne sera plus consultée : merci de ne plus écrire à cette adresse-là et de m'écrire "
            "désormais ici.\n"
            "Claire Vasseur"
        ),
        "label": "none",
        "note": (
            "Death notice asking for estate documents; stop writing to the deceased's box and write "
            "to the heir instead."
        ),
    },
    {
        "id": "relaye-009",
        "lang": "fr",
        "written_to": "antoine.sarrazin@gmail.com",
        "sender": "antoine.sarrazin@gmail.com",
        "text": (
            "Stop ! N'arbitrez rien pour l'instant, j'attends les résultats de l'élection. Je vous "
            "écris la semaine prochaine.\n"
            "A.S."
        ),
        "label": "none",
        "note": "'Stop' halts a switch between funds; he will write back.",
    },
    {
        "id": "relaye-010",
        "lang": "fr",
        "written_to": "r.faucher@laposte.net",
        "sender": "mjudiciaire.dupuis@udaf-test.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Je suis la tutrice de M. Faucher. Je vous demande de cesser toute sollicitation à son "
            "égard.\n"
            "V. Dupuis, mandataire judiciaire"
        ),
        "label": "relayed",
        "note": "Guardian asks to cease all solicitation, no redirect.",
    },
    {
        "id": "relaye-011",
        "lang": "en",
        "written_to": "dr.a.shah@nhs-test.uk",
        "sender": "practice.manager@greenlane-surgery.co.uk",
        "text": (
            "Dr Shah has asked that we let you know she does not wish to be contacted by your firm. "
            "Please update your records accordingly.\n"
            "Practice Manager, Greenlane Surgery"
        ),
        "label": "relayed",
        "note": "Practice manager relays.",
    },
    {
        "id": "relaye-012",
        "lang": "fr",
        "written_to": "c.aubert@yahoo.fr",
        "sender": "c.aubert@yahoo.fr",
        "text": (
            "Je serai à l'étranger jusqu'au 15 janvier, merci de cesser les envois papier d'ici là, "
            "tout par mail svp.\n"
            "Cordialement, Claude Aubert"
        ),
        "label": "none",
        "note": "Temporary stop of paper mail; email wanted.",
    },
    {
        "id": "relaye-013",
        "lang": "de",
        "written_to": "k.vogel@gmx.de",
        "sender": "k.vogel@gmx.de",
        "text": (
            "Sie können mit den Erinnerungen aufhören, der Vertrag ist unterschrieben und geht heute "
            "per Post raus.\n"
            "Beste Grüße\n"
            "Katrin Vogel"
        ),
        "label": "none",
        "note": "Stop reminders because signed.",
    },
    {
        "id": "relaye-014",
        "lang": "en",
        "written_to": "sir.richard@ashcombe-estate.co.uk",
        "sender": "jane.moss@ashcombe-estate.co.uk",
        "text": (
            "Good afternoon,\n"
            "Sir Richard has asked me to let you know that he does not wish to receive further "
            "emails from your firm. Please remove him from your lists.\n"
            "Kind regards,\n"
            "Jane Moss, PA to Sir Richard Ashcombe"
        ),
        "label": "relayed",
        "note": "PA relays the principal's request.",
    },
    {
        "id": "relaye-015",
        "lang": "fr",
        "written_to": "xavier.bonnet@free.fr",
        "sender": "xavier.bonnet@free.fr",
        "text": (
            "Je vous demande de supprimer mes coordonnées de votre fichier et de ne plus me "
            "solliciter. Je m'oppose à toute prospection de votre part.\n"
            "Xavier Bonnet"
        ),
        "label": "own",
        "note": "Explicit objection to prospecting and deletion request.",
    },
    {
        "id": "relaye-016",
        "lang": "en",
        "written_to": "linda.carver@gmail.com",
        "sender": "linda.carver@gmail.com",
        "text": (
            "Could you remove my son's university address from your mailing list? He's 19 and not "
            "remotely interested. I'm still very keen on your updates myself.\n"
            "Linda Carver"
        ),
        "label": "none",
        "note": "Removal of a third person not written to.",
    },
    {
        "id": "relaye-017",
        "lang": "fr",
        "written_to": "ju.ferrand@hotmail.fr",
        "sender": "ju.ferrand@hotmail.fr",
        "text": "ok ok jarrete de repousser on signe lundi. plus besoin de me relancer mdr",
        "label": "none",
        "note": "SMS style: no more follow-ups needed because he will sign.",
    },
    {
        "id": "relaye-018",
        "lang": "fr",
        "written_to": "yvette.carpentier@orange.fr",
        "sender": "yvette.carpentier@orange.fr",
        "text": (
            "Depuis le décès de mon mari je ne souhaite plus être sollicitée. Merci de ne plus "
            "m'écrire.\n"
            "Yvette Carpentier"
        ),
        "label": "own",
        "note": "Widow asks the firm to stop writing to her.",
    },
    {
        "id": "relaye-019",
        "lang": "en",
        "written_to": "fiona.mcleod@gmail.com",
        "sender": "fiona.mcleod@gmail.com",
        "text": (
            "Please no longer call me on my work number. Mobile only after 6pm, or email any time, "
            "that's the best way to reach me.\n"
            "Thanks, Fiona"
        ),
        "label": "none",
        "note": "Phone channel and hours; email welcome.",
    },
    {
        "id": "relaye-020",
        "lang": "it",
        "written_to": "giulia.sartori@gmail.com",
        "sender": "giulia.sartori@gmail.com",
        "text": "Può smettere con i solleciti, ho firmato ieri! Grazie mille\nGiulia",
        "label": "none",
        "note": "Stop reminders because signed.",
    },
    {
        "id": "relaye-021",
        "lang": "en",
        "written_to": "rachel.lindqvist@gmail.com",
        "sender": "rachel.lindqvist@gmail.com",
        "text": (
            "Please don't take me off your list! I've changed jobs but this is my personal email so "
            "nothing changes.\n"
            "Best, Rachel"
        ),
        "label": "none",
        "note": "Negation: asks not to be removed.",
    },
    {
        "id": "relaye-022",
        "lang": "fr",
        "written_to": "mchauvin@orange.fr",
        "sender": "mchauvin@orange.fr",
        "text": (
            "Bonjour, je ne veux plus recevoir mes relevés par courrier papier, uniquement par mail "
            "s'il vous plaît. Merci.\n"
            "Mme Chauvin"
        ),
        "label": "none",
        "note": "'ne plus recevoir' applies to paper statements; asks for email.",
    },
    {
        "id": "relaye-023",
        "lang": "fr",
        "written_to": "armand.tessier@orange.fr",
        "sender": "armand.tessier@orange.fr",
        "text": (
            "Monsieur Armand Tessier prie le cabinet de bien vouloir cesser tout envoi à son attention.\nA. Tessier"
        ),
        "label": "own",
        "note": "Formal third-person self-reference signed by the person himself.",
    },
    {
        "id": "relaye-024",
        "lang": "fr",
        "written_to": "h.joly@laposte.net",
        "sender": "h.joly@laposte.net",
        "text": (
            "Vous pouvez arrêter de m'envoyer vos lettres, vos newsletters et vos invitations. Je ne "
            "suis plus client depuis 2021.\n"
            "Henri Joly"
        ),
        "label": "own",
        "note": "Stop sending everything; no longer a client.",
    },
    {
        "id": "relaye-025",
        "lang": "de",
        "written_to": "m.albrecht@albrecht-praxis.de",
        "sender": "m.albrecht@albrecht-praxis.de",
        "text": (
            "Bitte nehmen Sie mich aus dem Verteiler für den Neujahrsempfang, ich bin dann im "
            "Ausland. Alles andere gerne weiter an mich.\n"
            "Dr. M. Albrecht"
        ),
        "label": "none",
        "note": "One event list only.",
    },
    {
        "id": "relaye-026",
        "lang": "fr",
        "written_to": "laure.dufresne@gmail.com",
        "sender": "laure.dufresne@gmail.com",
        "text": (
            "Comment supprimer l'accès de mon ex-conjoint à l'espace client ? Il a encore ses "
            "identifiants. Merci de me répondre vite.\n"
            "Laure"
        ),
        "label": "none",
        "note": "Remove a third person's online access; question.",
    },
    {
        "id": "relaye-027",
        "lang": "fr",
        "written_to": "ludo.marchal@gmail.com",
        "sender": "ludo.marchal@gmail.com",
        "text": "plus de mails svp merci",
        "label": "own",
        "note": "SMS-style 'no more mails'.",
    },
    {
        "id": "relaye-028",
        "lang": "fr",
        "written_to": "michele.guillot@gmail.com",
        "sender": "michele.guillot@gmail.com",
        "text": (
            "Je reste cliente pour mon assurance-vie, mais je ne veux plus recevoir de mails : je "
            "m'oppose à l'utilisation de mon adresse à des fins de prospection. Pour la gestion du "
            "contrat, le courrier papier suffit.\n"
            "Michèle Guillot"
        ),
        "label": "own",
        "note": "Remains a client but objects to email prospecting and asks for no more mails.",
    },
    {
        "id": "relaye-029",
        "lang": "fr",
        "written_to": "papi.guerin@orange.fr",
        "sender": "papi.guerin@orange.fr",
        "text": (
            "Bonjour c'est sa petite-fille qui écrit. Papi me demande de vous dire d'arrêter de lui "
            "envoyer des mails, il n'y comprend rien et ça le stresse. Merci\n"
            "Emma"
        ),
        "label": "relayed",
        "note": "Granddaughter typing from the grandfather's mailbox relays his request.",
    },
    {
        "id": "relaye-030",
        "lang": "fr",
        "written_to": "patrick.lenoir@neuf.fr",
        "sender": "patrick.lenoir@neuf.fr",
        "text": (
            "Bonjour,\n"
            "Votre mail se termine par « Pour ne plus recevoir nos communications, cliquez ici » "
            "mais le lien renvoie vers une page d'erreur. Je vous le signale, je ne cherche pas à me "
            "désinscrire hein !\n"
            "Bonne soirée\n"
            "Patrick Lenoir"
        ),
        "label": "none",
        "note": "Quotes the firm's footer to report a broken link; says explicitly he does not want to unsubscribe.",
    },
    {
        "id": "relaye-031",
        "lang": "fr",
        "written_to": "j.duval@tessier-industrie.fr",
        "sender": "s.garnier@tessier-industrie.fr",
        "text": (
            "Bonjour,\n"
            "M. Duval ne fait plus partie de la société depuis octobre. Merci de ne plus adresser de "
            "courrier à son nom : je suis désormais votre interlocutrice pour le PER collectif.\n"
            "Sophie Garnier, RH"
        ),
        "label": "none",
        "note": "Employee left; successor asks to write to her instead (successor rule, none).",
    },
    {
        "id": "relaye-032",
        "lang": "fr",
        "written_to": "jc.bernard@gmail.com",
        "sender": "evelyne.bernard@gmail.com",
        "text": (
            "Merci de nous retirer tous les deux, mon mari et moi, de vos listes de diffusion. Nous "
            "n'investirons pas.\n"
            "Évelyne Bernard"
        ),
        "label": "relayed",
        "note": "Wife asks for both; the firm wrote to the husband's own address.",
    },
    {
        "id": "relaye-033",
        "lang": "en",
        "written_to": "craig.b@gmail.com",
        "sender": "craig.b@gmail.com",
        "text": "take me off. now.",
        "label": "own",
        "note": "Curt take-me-off.",
    },
    {
        "id": "relaye-034",
        "lang": "en",
        "written_to": "treasurer@stmarks-charity.org.uk",
        "sender": "treasurer@stmarks-charity.org.uk",
        "text": (
            "Hello,\n"
            "A change at the charity: Rev. Collins no longer sits on the finance committee, so "
            "please take him off the committee pack. The rest of us are still on it and I remain "
            "your contact.\n"
            "Penny Walsh, Treasurer"
        ),
        "label": "none",
        "note": "Removal of a third person who was not written to.",
    },
    {
        "id": "relaye-035",
        "lang": "it",
        "written_to": "franca.conti@alice.it",
        "sender": "davide.conti@gmail.com",
        "text": (
            "Mia madre mi chiede di dirvi di non scriverle più. Per favore cancellate il suo "
            "indirizzo. Grazie\n"
            "Davide Conti"
        ),
        "label": "relayed",
        "note": "Son relays.",
    },
    {
        "id": "relaye-036",
        "lang": "fr",
        "written_to": "anne.legoff@orange.fr",
        "sender": "anne.legoff@orange.fr",
        "text": "Merci de me retirer de vos listes, je ne souhaite plus être contactée.\nMme Le Goff",
        "label": "own",
        "note": "Person written to asks to be removed and not contacted.",
    },
    {
        "id": "relaye-037",
        "lang": "fr",
        "written_to": "lise.vautrin@orange.fr",
        "sender": "olivier.vautrin@orange.fr",
        "text": (
            "Ma femme ne vous répondra pas : elle ne veut pas de ce placement et elle ne veut plus "
            "être contactée. Arrêtez les relances et retirez son adresse, s'il vous plaît."
        ),
        "label": "relayed",
        "note": "Husband: decline plus 'no longer wants to be contacted' and 'remove her address'.",
    },
    {
        "id": "relaye-038",
        "lang": "en",
        "written_to": "nina.petrova@gmail.com",
        "sender": "nina.petrova@gmail.com",
        "text": (
            "Signed, done, thanks. Now please stop writing to me: no newsletters, no check-ins, "
            "nothing. I'll be in touch if I need anything.\n"
            "Nina"
        ),
        "label": "own",
        "note": "Signed but asks for no mail at all (look-alike of 'stop the reminders, it's signed').",
    },
    {
        "id": "relaye-039",
        "lang": "en",
        "written_to": "r.stanton@stanton-holdings.com",
        "sender": "r.stanton@stanton-holdings.com",
        "text": "Stop the sell order on Shell, I've changed my mind. Call me on 020 7946 0381.\nRS",
        "label": "none",
        "note": "Stop a sell order.",
    },
    {
        "id": "relaye-040",
        "lang": "en",
        "written_to": "patricia.h.lowe@gmail.com",
        "sender": "patricia.h.lowe@gmail.com",
        "text": (
            "Please remove the old address in Bath from my file, I've moved to 14 Elm Road, "
            "Cheltenham.\n"
            "Thanks,\n"
            "Patricia"
        ),
        "label": "none",
        "note": "Change of postal address.",
    },
    {
        "id": "relaye-041",
        "lang": "fr",
        "written_to": "marc.gauthier@gmail.com",
        "sender": "marc.gauthier@gmail.com",
        "text": (
            "Arrêtez avec vos relances, c'est pénible !! Bon... vous avez raison sur le fond, je "
            "prends l'option 2. Envoyez les papiers.\n"
            "Marc Gauthier"
        ),
        "label": "none",
        "note": "Annoyed at the follow-ups but goes ahead with option 2.",
    },
    {
        "id": "relaye-042",
        "lang": "en",
        "written_to": "dan.whelan@gmail.com",
        "sender": "dan.whelan@gmail.com",
        "text": "OK OK you can stop the reminders, I'll sign on Friday. Promise. Ha.\nDan",
        "label": "none",
        "note": "Stop reminders because he will sign.",
    },
    {
        "id": "relaye-043",
        "lang": "fr",
        "written_to": "g.pichon@orange.fr",
        "sender": "g.pichon@orange.fr",
        "text": "C'est la quatrième relance. Je ne suis pas intéressé et je ne le serai pas. Arrêtez de m'écrire.",
        "label": "own",
        "note": "Annoyed decline ending with 'stop writing to me'.",
    },
    {
        "id": "relaye-044",
        "lang": "fr",
        "written_to": "m.poulain@orange.fr",
        "sender": "luc.poulain@gmail.com",
        "text": (
            "Madame, Monsieur,\n"
            "Mme Poulain est décédée en septembre. Merci de la retirer de vos fichiers et de ne plus "
            "envoyer de courriels à cette adresse.\n"
            "Son fils, Luc Poulain"
        ),
        "label": "relayed",
        "note": "Death notice with a request to remove her and stop emailing.",
    },
    {
        "id": "relaye-045",
        "lang": "fr",
        "written_to": "g.hamel@wanadoo.fr",
        "sender": "cecile.hamel@gmail.com",
        "text": (
            "Ma mère me dicte : « Je ne veux plus recevoir vos courriers électroniques, merci de me "
            "rayer de votre liste. »\n"
            "Transmis par sa fille, Cécile"
        ),
        "label": "relayed",
        "note": "Dictated first-person request transcribed by the daughter.",
    },
    {
        "id": "relaye-046",
        "lang": "fr",
        "written_to": "josiane.blanc@laposte.net",
        "sender": "josiane.blanc@laposte.net",
        "text": (
            "Bonjour, je voudrais retirer 15 000 € de mon assurance-vie pour l'apport de ma fille. "
            "Rachat partiel, pas total ! Pouvez-vous me dire le délai ?\n"
            "Merci\n"
            "Josiane Blanc"
        ),
        "label": "none",
        "note": "'retirer' means withdraw money.",
    },
    {
        "id": "relaye-047",
        "lang": "fr",
        "written_to": "v.lebon@lebon-transports.fr",
        "sender": "v.lebon@lebon-transports.fr",
        "text": (
            "Bonjour,\n"
            "Mon prêt est bouclé avec une autre banque, vous pouvez donc arrêter les démarches de ce "
            "côté. Par contre votre proposition pour le PER m'intéresse toujours, on en reparle ?\n"
            "Cordialement\n"
            "Vincent Lebon"
        ),
        "label": "none",
        "note": "Stops one process; wants to talk about another product.",
    },
    {
        "id": "relaye-048",
        "lang": "en",
        "written_to": "jaybird77@yahoo.com",
        "sender": "jaybird77@yahoo.com",
        "text": "no more emails pls",
        "label": "own",
        "note": "Terse stop.",
    },
    {
        "id": "relaye-049",
        "lang": "fr",
        "written_to": "laurent.ricard@gmail.com",
        "sender": "laurent.ricard@gmail.com",
        "text": (
            "Bonjour, il faudrait retirer ma mère de la procuration sur mon compte, elle n'est plus "
            "en état de gérer quoi que ce soit. Qui dois-je contacter chez vous ?\n"
            "Laurent"
        ),
        "label": "none",
        "note": "Remove a third person from a power of attorney on the author's account.",
    },
    {
        "id": "relaye-050",
        "lang": "en",
        "written_to": "bill.carruthers@btinternet.com",
        "sender": "bill.carruthers@btinternet.com",
        "text": (
            "Would it be possible to stop sending the quarterly letters by post? Email is absolutely "
            "fine.\n"
            "Thanks, Bill"
        ),
        "label": "none",
        "note": "Paper to email.",
    },
    {
        "id": "relaye-051",
        "lang": "fr",
        "written_to": "hubert.devilleneuve@gmail.com",
        "sender": "office@villeneuve-fo.fr",
        "text": (
            "Madame, Monsieur,\n"
            "La famille de Villeneuve nous charge de vous informer que Monsieur Hubert de Villeneuve "
            "ne souhaite plus recevoir de communications de votre part. Merci de le retirer de vos "
            "bases.\n"
            "Le family office"
        ),
        "label": "relayed",
        "note": "Family office relays the principal's request.",
    },
    {
        "id": "relaye-052",
        "lang": "en",
        "written_to": "e.sorensen@sorensen-partners.com",
        "sender": "e.sorensen@sorensen-partners.com",
        "text": "Please cease all further communication. I have instructed another firm.\nE. Sorensen",
        "label": "own",
        "note": "Cease all communication.",
    },
    {
        "id": "relaye-053",
        "lang": "de",
        "written_to": "klaus.brandt@web.de",
        "sender": "ute.brandt@web.de",
        "text": (
            "Guten Tag,\n"
            "mein Mann möchte keine E-Mails mehr von Ihnen bekommen. Bitte löschen Sie seine "
            "Adresse.\n"
            "Mit freundlichen Grüßen\n"
            "Ute Brandt"
        ),
        "label": "relayed",
        "note": "Wife relays.",
    },
    {
        "id": "relaye-054",
        "lang": "en",
        "written_to": "p.hollis@hollis-co.com",
        "sender": "p.hollis@hollis-co.com",
        "text": (
            "Dear Sir,\n"
            "I have no further interest in your services. Please remove my details and do not "
            "contact me again.\n"
            "Regards,\n"
            "P. Hollis"
        ),
        "label": "own",
        "note": "Formal removal and no contact.",
    },
    {
        "id": "relaye-055",
        "lang": "fr",
        "written_to": "d.charpentier@free.fr",
        "sender": "d.charpentier@free.fr",
        "text": (
            "Je souhaite mettre fin au mandat de gestion pilotée et revenir en gestion libre. "
            "Envoyez-moi l'avenant à signer s'il vous plaît.\n"
            "Dominique Charpentier"
        ),
        "label": "none",
        "note": "Ends a management mandate, stays a client and asks for paperwork.",
    },
    {
        "id": "relaye-056",
        "lang": "en",
        "written_to": "a.greenberg@gmail.com",
        "sender": "a.greenberg@gmail.com",
        "text": (
            "Is there a way to unsubscribe from the event invitations only? I still want the "
            "investment updates.\n"
            "Aaron Greenberg"
        ),
        "label": "none",
        "note": "How-to question, scoped to invitations.",
    },
    {
        "id": "relaye-057",
        "lang": "en",
        "written_to": "doreen.pike@aol.com",
        "sender": "james.pike@gmail.com",
        "text": (
            "Hi,\n"
            "Mum forwarded me your emails. She doesn't want them and doesn't know how to "
            "unsubscribe. Could you take her off please?\n"
            "Thanks, James"
        ),
        "label": "relayed",
        "note": "Son relays; polite question-form request.",
    },
    {
        "id": "relaye-058",
        "lang": "en",
        "written_to": "k.oduya@yahoo.co.uk",
        "sender": "k.oduya@yahoo.co.uk",
        "text": "cancel the standing order to my daughter's account pls, she's moved out and got a job. ta",
        "label": "none",
        "note": "Cancel a standing order.",
    },
    {
        "id": "relaye-059",
        "lang": "en",
        "written_to": "angela.price@meridianhealth.co.uk",
        "sender": "angela.price.home@gmail.com",
        "text": (
            "You have been emailing my old work address. Please stop emailing me altogether, on "
            "either address.\n"
            "Angela Price"
        ),
        "label": "own",
        "note": "Same person from another address; stop on both.",
    },
    {
        "id": "relaye-060",
        "lang": "fr",
        "written_to": "gilles.lemaire@hotmail.fr",
        "sender": "g.lemaire@proton.me",
        "text": (
            "Pour les prochaines fois, ne plus utiliser mon adresse hotmail qui a été piratée, "
            "écrivez sur celle-ci.\n"
            "Merci\n"
            "Gilles Lemaire"
        ),
        "label": "none",
        "note": "Change of address: stop using the old one, write to the new one (redirect).",
    },
    {
        "id": "relaye-061",
        "lang": "fr",
        "written_to": "fabrice.tanguy@gmail.com",
        "sender": "fabrice.tanguy@gmail.com",
        "text": (
            "Merci d'annuler le versement programmé du 10 décembre sur l'assurance-vie, j'ai eu une "
            "grosse dépense. On en reparle en janvier au rdv.\n"
            "Bien à vous,\n"
            "Fabrice"
        ),
        "label": "none",
        "note": "Cancels a scheduled payment.",
    },
    {
        "id": "relaye-062",
        "lang": "fr",
        "written_to": "hugo.maillard@gmail.com",
        "sender": "hugo.maillard@gmail.com",
        "text": (
            "J'aimerais arrêter d'investir sur le fonds Or, trop volatil pour moi. Par contre on "
            "continue les versements sur le fonds euros. Rappelez-moi quand vous pouvez au 06 39 98 "
            "12 44.\n"
            "Hugo"
        ),
        "label": "none",
        "note": "Stops investing in one fund.",
    },
    {
        "id": "relaye-063",
        "lang": "en",
        "written_to": "s.whitfield@outlook.com",
        "sender": "s.whitfield@outlook.com",
        "text": (
            "Could you remove my ex-husband as a beneficiary on my pension nomination? Signed form "
            "attached.\n"
            "Regards,\n"
            "Sarah Whitfield"
        ),
        "label": "none",
        "note": "Remove a beneficiary.",
    },
    {
        "id": "relaye-064",
        "lang": "fr",
        "written_to": "karine.roussel@pradel-avocats.fr",
        "sender": "karine.roussel@pradel-avocats.fr",
        "text": (
            "Bonjour,\n"
            "Je suis l'assistante de Me Pradel. Merci de ne plus me mettre en copie de vos échanges "
            "sur la SCI : Maître Pradel souhaite les recevoir directement.\n"
            "Cordialement,\n"
            "Karine Roussel"
        ),
        "label": "none",
        "note": "Assistant asks to be removed from CC of one matter only.",
    },
    {
        "id": "relaye-065",
        "lang": "fr",
        "written_to": "jl.barthe@orange.fr",
        "sender": "jl.barthe@orange.fr",
        "text": (
            "Monsieur,\n"
            "Je vous prie de bien vouloir mettre fin à la procédure de relance concernant le dossier "
            "de succession de ma tante, le notaire ayant désormais repris l'intégralité du dossier. "
            "Je reste naturellement à votre disposition pour tout ce qui concerne mes propres "
            "placements.\n"
            "Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.\n"
            "Jean-Louis Barthe"
        ),
        "label": "none",
        "note": "Formal: ends the follow-ups on one file only and keeps the relationship for his own investments.",
    },
    {
        "id": "relaye-066",
        "lang": "en",
        "written_to": "peter.oakes@talktalk.net",
        "sender": "ann.oakes@talktalk.net",
        "text": (
            "I'm sorry to tell you that Peter died last month. Please remove him from your mailing "
            "list, the emails are upsetting to see.\n"
            "His widow, Ann"
        ),
        "label": "relayed",
        "note": "Death plus removal request.",
    },
    {
        "id": "relaye-067",
        "lang": "fr",
        "written_to": "dr.lebrun@cabinet-lebrun.fr",
        "sender": "secretariat@cabinet-lebrun.fr",
        "text": (
            "Bonjour,\n"
            "Le Docteur Lebrun me charge de vous demander de cesser vos envois à son adresse. Il ne "
            "donnera pas suite.\n"
            "Le secrétariat médical"
        ),
        "label": "relayed",
        "note": "Secretariat relays the doctor's request.",
    },
    {
        "id": "relaye-068",
        "lang": "fr",
        "written_to": "y.masson@sfr.fr",
        "sender": "y.masson@sfr.fr",
        "text": (
            "Trois mails cette semaine, c'est trop. Un point par mois me suffit largement, mais ne "
            "cessez pas de m'écrire, j'apprécie vos analyses.\n"
            "Cordialement\n"
            "Y. Masson"
        ),
        "label": "none",
        "note": "Frequency complaint that still wants mail, with a negated 'cesser'.",
    },
    {
        "id": "relaye-069",
        "lang": "en",
        "written_to": "moira.sinclair@btinternet.com",
        "sender": "moira.sinclair@btinternet.com",
        "text": "Hi, if you'd rather stop the paper valuations and go digital, that's fine by me.\nRegards, Moira",
        "label": "none",
        "note": "Conditional consent to a channel change.",
    },
    {
        "id": "relaye-070",
        "lang": "en",
        "written_to": "alan.cobb@cobbandsons.co.uk",
        "sender": "alan.cobb@cobbandsons.co.uk",
        "text": (
            "Please take me off the guest list for the Christmas drinks on the 17th, can't make it "
            "this year. Do keep me posted about the spring seminar though.\n"
            "Best, Alan"
        ),
        "label": "none",
        "note": "One event's guest list; wants future invitations.",
    },
    {
        "id": "relaye-071",
        "lang": "fr",
        "written_to": "p.lacombe@wanadoo.fr",
        "sender": "p.lacombe@wanadoo.fr",
        "text": (
            "Arrêtez de me relancer tous les deux jours, j'ai dit que je signais ! Envoyez-moi le "
            "lien DocuSign et qu'on en finisse.\n"
            "P. Lacombe"
        ),
        "label": "none",
        "note": "Annoyed client who goes ahead and asks for the signing link.",
    },
    {
        "id": "relaye-072",
        "lang": "it",
        "written_to": "elena.rinaldi@libero.it",
        "sender": "elena.rinaldi@libero.it",
        "text": (
            "Vi prego di cancellarmi dalla vostra mailing list e di non contattarmi più.\n"
            "Cordiali saluti,\n"
            "Elena Rinaldi"
        ),
        "label": "own",
        "note": "Remove and no contact.",
    },
    {
        "id": "relaye-073",
        "lang": "en",
        "written_to": "j.okafor@okafor-consulting.com",
        "sender": "j.okafor@okafor-consulting.com",
        "text": (
            'Your footer says "reply STOP to unsubscribe". Just to be clear, this is NOT that :) '
            "Could you send the fee breakdown we discussed on Tuesday?\n"
            "J. Okafor"
        ),
        "label": "none",
        "note": "Quotes the firm's footer, explicitly not a stop; asks for documents.",
    },
    {
        "id": "relaye-074",
        "lang": "en",
        "written_to": "sam.oconnell@outlook.com",
        "sender": "sam.oconnell@outlook.com",
        "text": (
            "Can you unsubscribe me from the webinar reminders for tomorrow? I registered twice by "
            "mistake lol. See you there"
        ),
        "label": "none",
        "note": "Duplicate webinar registration; attending.",
    },
    {
        "id": "relaye-075",
        "lang": "fr",
        "written_to": "i.petit@fondation-lamarre.org",
        "sender": "i.petit@fondation-lamarre.org",
        "text": (
            "Bonjour,\n"
            "Je vous informe que M. Lamarre quitte le comité d'investissement de la fondation au 31 "
            "décembre. Merci de le retirer de la liste de diffusion des convocations. Je reste votre "
            "contact pour le comité.\n"
            "Cordialement,\n"
            "Isabelle Petit, assistante de direction"
        ),
        "label": "none",
        "note": (
            "Assistant written to asks to remove a committee member the firm did not write to; she stays the contact."
        ),
    },
    {
        "id": "relaye-076",
        "lang": "fr",
        "written_to": "b.clement@clement-immo.fr",
        "sender": "b.clement@clement-immo.fr",
        "text": (
            "Merci pour l'invitation au cocktail du 12. Je ne pourrai finalement pas venir, "
            "pouvez-vous me retirer de la liste des invités ? Ce sera pour la prochaine fois.\n"
            "Amitiés,\n"
            "Bernard Clément"
        ),
        "label": "none",
        "note": "Removal from one event's guest list, wants future invitations.",
    },
    {
        "id": "relaye-077",
        "lang": "fr",
        "written_to": "agnes.roy@yahoo.fr",
        "sender": "agnes.roy@yahoo.fr",
        "text": (
            "Bonjour,\n"
            "Si vous souhaitez arrêter les convocations papier aux assemblées de la SCPI, je suis "
            "d'accord, le format électronique me va très bien.\n"
            "Bien cordialement,\n"
            "Agnès Roy"
        ),
        "label": "none",
        "note": "Conditional consent to e-convocations instead of paper.",
    },
    {
        "id": "relaye-078",
        "lang": "fr",
        "written_to": "lionel.carre@free.fr",
        "sender": "lionel.carre@free.fr",
        "text": (
            "« Si vous ne souhaitez plus recevoir nos communications, répondez STOP » : je réponds "
            "donc pas STOP ! Au contraire, envoyez-moi le dossier sur le Girardin.\n"
            "Lionel"
        ),
        "label": "none",
        "note": "Quotes the firm's footer with 'STOP' in a negation; asks for documents.",
    },
    {
        "id": "relaye-079",
        "lang": "fr",
        "written_to": "f.bouvier@bouvier-avocats.fr",
        "sender": "f.bouvier@bouvier-avocats.fr",
        "text": (
            "Bonjour,\n"
            "Je reçois chaque envoi en double, sur cette adresse professionnelle et sur ma boîte "
            "perso. Vous pouvez supprimer l'adresse du cabinet de vos envois et garder uniquement "
            "f.bouvier@gmail.com.\n"
            "Cordialement,\n"
            "F. Bouvier"
        ),
        "label": "none",
        "note": "Duplicate copy: removes the written-to address but redirects to a personal one (redirect, none).",
    },
    {
        "id": "relaye-080",
        "lang": "fr",
        "written_to": "rbrunet@free.fr",
        "sender": "raymond.brunet@gmail.com",
        "text": (
            "C'est moi qui recevais vos mails sur rbrunet@free.fr. Je ne veux plus rien recevoir de "
            "votre part, ni sur celle-là ni sur celle-ci.\n"
            "Raymond Brunet"
        ),
        "label": "own",
        "note": "Same person from another address; stop on both.",
    },
    {
        "id": "relaye-081",
        "lang": "fr",
        "written_to": "rene.pasquier@laposte.net",
        "sender": "rene.pasquier@laposte.net",
        "text": (
            "bonjour je voulais vous dire de ne pas arreter mon contrat comme je lavais dit au tel, "
            "jai changé d'avis on garde tout. merci bcp\n"
            "René"
        ),
        "label": "none",
        "note": "Negation: do not stop the contract.",
    },
    {
        "id": "relaye-082",
        "lang": "en",
        "written_to": "graham.holt@gmail.com",
        "sender": "graham.holt@gmail.com",
        "text": "Graham's wife here. He's asked me to tell you to stop sending him these. Please take him off. Thanks.",
        "label": "relayed",
        "note": "Wife typing from the person's mailbox.",
    },
    {
        "id": "relaye-083",
        "lang": "en",
        "written_to": "doris.fenwick@btinternet.com",
        "sender": "alan.fenwick@gmail.com",
        "text": (
            "I hold a lasting power of attorney for my aunt, Miss Doris Fenwick. She is now in a "
            "care home and must not be sent any more marketing. Please remove her.\n"
            "Alan Fenwick"
        ),
        "label": "relayed",
        "note": "LPA holder: stop and remove, no redirect.",
    },
    {
        "id": "relaye-084",
        "lang": "en",
        "written_to": "gary.stubbs@hotmail.co.uk",
        "sender": "gary.stubbs@hotmail.co.uk",
        "text": (
            "Honestly these follow-ups are relentless, stop it! But fine, you've convinced me, let's "
            "go with the cautious portfolio. Send the forms over.\n"
            "Gary"
        ),
        "label": "none",
        "note": "Annoyed but goes ahead.",
    },
    {
        "id": "relaye-085",
        "lang": "fr",
        "written_to": "monique.arnaud@orange.fr",
        "sender": "monique.arnaud@orange.fr",
        "text": (
            "Bonjour,\n"
            "Mon mari est décédé le mois dernier. Je souhaiterais qu'il soit retiré du compte joint "
            "et que le compte passe à mon seul nom. Quels documents dois-je fournir ?\n"
            "Monique Arnaud"
        ),
        "label": "none",
        "note": "Widow asks to remove the deceased from a joint account; wants to continue.",
    },
    {
        "id": "relaye-086",
        "lang": "fr",
        "written_to": "thierry.vidal@laposte.net",
        "sender": "thierry.vidal@laposte.net",
        "text": "stop l'ordre d'achat sur LVMH, le cours a trop monté. je vous rappelle demain\nThierry",
        "label": "none",
        "note": "'stop' applies to a buy order.",
    },
    {
        "id": "relaye-087",
        "lang": "es",
        "written_to": "antonio.serrano@telefonica.net",
        "sender": "pablo.serrano@gmail.com",
        "text": (
            "Le escribo en nombre de mi padre, que no quiere recibir más correos suyos. Por favor, "
            "eliminen su dirección.\n"
            "Atentamente,\n"
            "Pablo Serrano"
        ),
        "label": "relayed",
        "note": "Son relays.",
    },
    {
        "id": "relaye-088",
        "lang": "fr",
        "written_to": "g.lambert@gmail.com",
        "sender": "g.lambert@gmail.com",
        "text": "Je ne veux plus entendre parler de vous. Supprimez mon adresse.",
        "label": "own",
        "note": "Curt demand to delete her own address.",
    },
    {
        "id": "relaye-089",
        "lang": "en",
        "written_to": "neil.barker@gmail.com",
        "sender": "karen.barker@gmail.com",
        "text": "My husband asked me to reply: he wants you to stop emailing him. He's not interested.\nThanks, Karen",
        "label": "relayed",
        "note": "Wife relays.",
    },
    {
        "id": "relaye-090",
        "lang": "fr",
        "written_to": "jerome.perrin@sfr.fr",
        "sender": "jerome.perrin@sfr.fr",
        "text": (
            "Je souhaite retirer mon ex-épouse de la clause bénéficiaire de mon contrat "
            "d'assurance-vie. Pouvez-vous m'envoyer le formulaire ?\n"
            "Merci.\n"
            "J. Perrin"
        ),
        "label": "none",
        "note": "Remove a beneficiary from a life-insurance clause.",
    },
    {
        "id": "relaye-091",
        "lang": "fr",
        "written_to": "alain.roux52@gmail.com",
        "sender": "alain.roux52@gmail.com",
        "text": (
            "Bonjour,\n"
            "Merci d'arrêter le prélèvement mensuel de 300 € sur mon PER à partir de janvier, je "
            "dois faire des travaux. Je vous rappelle pour le reprendre au printemps.\n"
            "Cordialement,\n"
            "Alain Roux"
        ),
        "label": "none",
        "note": "Financial instruction: stop a direct debit on a pension plan.",
    },
    {
        "id": "relaye-092",
        "lang": "fr",
        "written_to": "m.bertin@bertin-sa.fr",
        "sender": "m.bertin@bertin-sa.fr",
        "text": (
            "C'est bon pour moi, on fait comme vous dites. Vous pouvez cesser de me relancer, je "
            "passe signer jeudi à 14h.\n"
            "Cordialement,\n"
            "M. Bertin"
        ),
        "label": "none",
        "note": "Agreement reached; follow-ups no longer needed.",
    },
    {
        "id": "relaye-093",
        "lang": "fr",
        "written_to": "m.tellier@gmail.com",
        "sender": "m.tellier@gmail.com",
        "text": (
            "Vous avez dans mon dossier une vieille copie de ma carte d'identité expirée : vous "
            "pouvez la supprimer et utiliser la nouvelle ci-jointe.\n"
            "Merci, Mathilde Tellier"
        ),
        "label": "none",
        "note": "'supprimer' applies to an expired ID copy.",
    },
    {
        "id": "relaye-094",
        "lang": "fr",
        "written_to": "paul.eymard@gmail.com",
        "sender": "paul.eymard@gmail.com",
        "text": (
            "Le contrat est signé, très bien. Mais maintenant je ne veux plus aucun mail de votre "
            "part : ni relance, ni newsletter, ni invitation. Quand j'aurai besoin de vous, "
            "j'appellerai.\n"
            "Paul Eymard"
        ),
        "label": "own",
        "note": (
            "Signed client who nonetheless asks for no emails at all (look-alike of 'stop the reminders, it's signed')."
        ),
    },
    {
        "id": "relaye-095",
        "lang": "fr",
        "written_to": "bertrand.juillet@gmail.com",
        "sender": "bertrand.juillet@gmail.com",
        "text": "STOP",
        "label": "own",
        "note": "One-word reply STOP from the person written to.",
    },
    {
        "id": "relaye-096",
        "lang": "fr",
        "written_to": "contact@boulangerie-lemoine.fr",
        "sender": "contact@boulangerie-lemoine.fr",
        "text": (
            "Bonjour,\n"
            "Cette adresse est celle de la boulangerie, pas d'un particulier. Merci de la retirer de "
            "vos envois.\n"
            "L'équipe Lemoine"
        ),
        "label": "own",
        "note": "Generic business mailbox asks to be removed.",
    },
    {
        "id": "relaye-097",
        "lang": "en",
        "written_to": "tessa.lloyd@gmail.com",
        "sender": "martin.lloyd@gmail.com",
        "text": "Please take both my wife and me off your list. We won't be investing.\nMartin Lloyd",
        "label": "relayed",
        "note": "Husband asks for both; the firm wrote to the wife's own address.",
    },
    {
        "id": "relaye-098",
        "lang": "fr",
        "written_to": "g.fontaine@club-internet.fr",
        "sender": "g.fontaine@club-internet.fr",
        "text": (
            "Vous pouvez me désinscrire de la newsletter mensuelle, je ne la lis jamais. En revanche "
            "continuez bien à m'envoyer vos points personnalisés sur mon portefeuille, ça m'est "
            "utile.\n"
            "Cordialement,\n"
            "Gérard Fontaine"
        ),
        "label": "none",
        "note": "Leaves the newsletter, explicitly keeps the adviser's personal mails.",
    },
    {
        "id": "relaye-099",
        "lang": "fr",
        "written_to": "nono.ferreira@hotmail.fr",
        "sender": "nono.ferreira@hotmail.fr",
        "text": "desinscrivez moi svp",
        "label": "own",
        "note": "SMS-style unsubscribe request.",
    },
    {
        "id": "relaye-100",
        "lang": "de",
        "written_to": "j.weber@t-online.de",
        "sender": "j.weber@t-online.de",
        "text": "Bitte nehmen Sie mich aus Ihrem Verteiler und schreiben Sie mir nicht mehr. Danke.\nJ. Weber",
        "label": "own",
        "note": "Remove and stop writing.",
    },
    {
        "id": "relaye-101",
        "lang": "fr",
        "written_to": "jacques.piquet@orange.fr",
        "sender": "sophie.piquet@gmail.com",
        "text": (
            "Papa est en EHPAD depuis l'été et ne lit plus ses mails. Merci d'arrêter de lui écrire "
            "et de supprimer son adresse.\n"
            "Sophie"
        ),
        "label": "relayed",
        "note": "Father in a care home; stop writing and delete the address, no redirect.",
    },
    {
        "id": "relaye-102",
        "lang": "en",
        "written_to": "margaret.hill@btinternet.com",
        "sender": "margaret.hill@btinternet.com",
        "text": (
            "I've unsubscribed from the weekly market commentary (a bit much for me), but please do "
            "keep sending your quarterly reviews and anything from you personally.\n"
            "Thanks,\n"
            "Margaret"
        ),
        "label": "none",
        "note": "Left one newsletter, keeps the adviser's mail.",
    },
    {
        "id": "relaye-103",
        "lang": "fr",
        "written_to": "r.delaunay@delaunay-archi.fr",
        "sender": "r.delaunay@delaunay-archi.fr",
        "text": (
            "Merci de ne plus m'appeler avant 18h, je suis en rendez-vous toute la journée. Par mail "
            "c'est parfait, à toute heure.\n"
            "Romain Delaunay"
        ),
        "label": "none",
        "note": "Restricts phone calls to certain hours; email welcome.",
    },
    {
        "id": "relaye-104",
        "lang": "en",
        "written_to": "l.fitzgerald@eircom.net",
        "sender": "l.fitzgerald@eircom.net",
        "text": (
            "GDPR: I object to the processing of my personal data for direct marketing. Delete my "
            "details and stop contacting me.\n"
            "L. Fitzgerald"
        ),
        "label": "own",
        "note": "Formal objection and deletion.",
    },
    {
        "id": "relaye-105",
        "lang": "fr",
        "written_to": "secretariat.mercier@medecins-test.fr",
        "sender": "secretariat.mercier@medecins-test.fr",
        "text": (
            "Bonjour,\n"
            "Je reçois vos lettres d'information alors que je ne suis que l'assistante du Dr "
            "Mercier. Merci de me retirer de vos envois ; le docteur continue de les recevoir sur "
            "son adresse personnelle.\n"
            "Nadia, secrétariat"
        ),
        "label": "own",
        "note": "Assistant's own mailbox asks to be removed herself while the doctor keeps receiving.",
    },
    {
        "id": "relaye-106",
        "lang": "fr",
        "written_to": "lucie.ambert@chu-test.fr",
        "sender": "lucie.ambert@chu-test.fr",
        "text": (
            "Bonjour,\n"
            "Je me désinscris du séminaire « Transmission et démembrement » du 15 janvier "
            "(empêchement professionnel). Merci de me tenir informée des prochaines sessions.\n"
            "Cordialement,\n"
            "Dr Lucie Ambert"
        ),
        "label": "none",
        "note": "Cancels a seminar registration and asks for future sessions.",
    },
    {
        "id": "relaye-107",
        "lang": "fr",
        "written_to": "s.aubry@gmail.com",
        "sender": "s.aubry@gmail.com",
        "text": (
            "Non je ne veux pas de rendez-vous, et non je ne veux pas qu'on me rappelle. Retirez-moi de votre fichier."
        ),
        "label": "own",
        "note": "Declines and asks to be removed from the file.",
    },
    {
        "id": "relaye-108",
        "lang": "es",
        "written_to": "carmen.ortega@gmail.com",
        "sender": "carmen.ortega@gmail.com",
        "text": (
            "Por favor, cancelen la transferencia periódica a la cuenta de mi hijo, ya no la "
            "necesita. Sigan escribiéndome como siempre.\n"
            "Un saludo,\n"
            "Carmen Ortega"
        ),
        "label": "none",
        "note": "Cancel a periodic transfer; keep writing.",
    },
    {
        "id": "relaye-109",
        "lang": "fr",
        "written_to": "olivier.chaptal@gmail.com",
        "sender": "olivier.chaptal@gmail.com",
        "text": (
            "Pouvez-vous me retirer de la copie sur ce fil ? C'est mon comptable qui gère le dossier "
            "SCI maintenant. Pour le reste continuez à m'écrire normalement.\n"
            "Merci,\n"
            "Olivier"
        ),
        "label": "none",
        "note": "Removal from CC of one thread only.",
    },
    {
        "id": "relaye-110",
        "lang": "fr",
        "written_to": "n.brossard@gmail.com",
        "sender": "t.aubry@aubry-avocat.fr",
        "text": (
            "Maître Thomas Aubry, avocat au barreau de Lyon.\n"
            "Je représente Mme Brossard. Ma cliente vous demande de cesser toute prospection à son "
            "endroit et de supprimer ses données personnelles.\n"
            "Me Thomas Aubry"
        ),
        "label": "relayed",
        "note": "Lawyer relays the client's objection and deletion request.",
    },
    {
        "id": "relaye-111",
        "lang": "fr",
        "written_to": "kev.morin@gmail.com",
        "sender": "kev.morin@gmail.com",
        "text": "Please stop, je ne suis pas intéressé. Unsubscribe moi de tout, merci",
        "label": "own",
        "note": "Franglais, French-dominant: unsubscribe from everything.",
    },
    {
        "id": "relaye-112",
        "lang": "de",
        "written_to": "stefan.huber@web.de",
        "sender": "stefan.huber@web.de",
        "text": (
            "Hallo Frau Berger,\n"
            "bitte stoppen Sie die Lastschrift für den Sparplan ab Januar, ich melde mich im "
            "Frühjahr wieder. Ihre Mails können gerne weiterhin kommen.\n"
            "Gruß, Stefan Huber"
        ),
        "label": "none",
        "note": "Stop a direct debit; mails welcome.",
    },
    {
        "id": "relaye-113",
        "lang": "en",
        "written_to": "david.m.kerr@gmail.com",
        "sender": "david.m.kerr@gmail.com",
        "text": (
            "Take me off the cc on this thread please, my accountant is handling the trust paperwork "
            "now. Everything else to me as usual.\n"
            "David"
        ),
        "label": "none",
        "note": "CC of one thread only.",
    },
    {
        "id": "relaye-114",
        "lang": "en",
        "written_to": "priya.natarajan@gmail.com",
        "sender": "priya.natarajan@gmail.com",
        "text": (
            "Hi Mark,\n"
            "Please stop the monthly direct debit into my ISA from January. I'll restart it in April "
            "once the extension is paid for.\n"
            "Thanks,\n"
            "Priya"
        ),
        "label": "none",
        "note": "Stop a direct debit.",
    },
    {
        "id": "relaye-115",
        "lang": "fr",
        "written_to": "bruno.kessler@wanadoo.fr",
        "sender": "bruno.kessler@wanadoo.fr",
        "text": (
            "Je souhaite me désinscrire de l'option « sécurisation des plus-values » sur mon "
            "contrat, elle me fait vendre trop tôt. Merci de me confirmer par écrit.\n"
            "Bruno"
        ),
        "label": "none",
        "note": "'désinscrire' from a contract option; asks for written confirmation.",
    },
    {
        "id": "relaye-116",
        "lang": "en",
        "written_to": "j.barnes@harlowlaw.co.uk",
        "sender": "jenny.barnes@gmail.com",
        "text": (
            "Hi, I get two copies of everything, one to my work email and one to this one. Please "
            "remove the work address and just use this one from now on.\n"
            "Jenny"
        ),
        "label": "none",
        "note": "Duplicate copy: drops the written-to address but keeps writing to her at another one (redirect).",
    },
    {
        "id": "relaye-117",
        "lang": "fr",
        "written_to": "max.leroux@gmail.com",
        "sender": "max.leroux@gmail.com",
        "text": (
            "Hello Pierre, tu peux stop les reminders, j'ai fait le virement hier soir 👍 Let me know "
            "quand c'est reçu.\n"
            "Max"
        ),
        "label": "none",
        "note": "Franglais: stop reminders because the transfer is done; asks for confirmation.",
    },
    {
        "id": "relaye-118",
        "lang": "it",
        "written_to": "r.fabbri@fabbri-srl.it",
        "sender": "r.fabbri@fabbri-srl.it",
        "text": (
            "Mi cancelli dalla lista degli invitati per la cena di gala, purtroppo sarò fuori. Per "
            "il resto ci sentiamo come sempre.\n"
            "Roberto Fabbri"
        ),
        "label": "none",
        "note": "One event's guest list.",
    },
    {
        "id": "relaye-119",
        "lang": "en",
        "written_to": "emma.doyle@gmail.com",
        "sender": "emma.doyle@gmail.com",
        "text": (
            "Quick one: do I need to unsubscribe from the old newsletter to get the new one, or does "
            "it switch over automatically?\n"
            "Emma"
        ),
        "label": "none",
        "note": "Question about the newsletter switch.",
    },
    {
        "id": "relaye-120",
        "lang": "en",
        "written_to": "l.pearce@gmail.com",
        "sender": "l.pearce@gmail.com",
        "text": "Unsubscribe.",
        "label": "own",
        "note": "One-word unsubscribe from the person written to.",
    },
    {
        "id": "relaye-121",
        "lang": "en",
        "written_to": "rob.kinsella@gmail.com",
        "sender": "rob.kinsella@gmail.com",
        "text": (
            "I'm off-grid for six weeks from Monday, so please hold off. No need to stop entirely, "
            "just pause until mid-January.\n"
            "Rob"
        ),
        "label": "none",
        "note": "Pause, explicitly not a stop.",
    },
    {
        "id": "relaye-122",
        "lang": "en",
        "written_to": "j.whitaker@outlook.com",
        "sender": "j.whitaker@outlook.com",
        "text": "Please take me off your mailing list. I'm not interested. Thank you.",
        "label": "own",
        "note": "Take me off your list.",
    },
    {
        "id": "relaye-123",
        "lang": "fr",
        "written_to": "c.renaud@sfr.fr",
        "sender": "c.renaud@sfr.fr",
        "text": (
            "Si c'est pour me proposer encore un produit, ce n'est pas la peine : je ne souhaite "
            "plus recevoir de messages de votre cabinet, quels qu'ils soient.\n"
            "C. Renaud"
        ),
        "label": "own",
        "note": "Starts with a conditional but states a general wish to receive nothing more.",
    },
    {
        "id": "relaye-124",
        "lang": "en",
        "written_to": "graham.hughes@gmail.com",
        "sender": "sue.hughes@gmail.com",
        "text": (
            "Hi Jo,\n"
            "Graham says no to the VCT, he's not keen on the risk. Please stop pestering him about "
            "that one! But he would like a chat about the ISA allowance before April.\n"
            "Sue"
        ),
        "label": "none",
        "note": "Spouse relays a product-scoped decline; wants a chat.",
    },
    {
        "id": "relaye-125",
        "lang": "en",
        "written_to": "walt.kowalski.55@gmail.com",
        "sender": "walt.kowalski.55@gmail.com",
        "text": "Please remove me from your distribution. I'm retired and no longer need these updates. Thanks, Walt",
        "label": "own",
        "note": "US retiree asks to be removed.",
    },
    {
        "id": "relaye-126",
        "lang": "fr",
        "written_to": "odette.brun@wanadoo.fr",
        "sender": "p.brun@gmail.com",
        "text": (
            "Bonjour,\n"
            "Ma mère, 89 ans, reçoit vos relances et s'en inquiète. Elle n'est plus en mesure de "
            "gérer ses placements. Merci de ne plus lui écrire. Je ne souhaite pas non plus recevoir "
            "de correspondance à sa place.\n"
            "Philippe Brun"
        ),
        "label": "relayed",
        "note": "Son: mother can no longer manage; stop writing to her, explicitly no redirect.",
    },
    {
        "id": "relaye-127",
        "lang": "en",
        "written_to": "ollie.brandt@gmail.com",
        "sender": "ollie.brandt@gmail.com",
        "text": (
            "Would you mind taking me off your list? Nothing personal, I just get far too much mail "
            "these days.\n"
            "Cheers, Ollie"
        ),
        "label": "own",
        "note": "Polite question-form request, not a frequency complaint.",
    },
    {
        "id": "relaye-128",
        "lang": "fr",
        "written_to": "jp.morel@gmail.com",
        "sender": "sylvie.morel@gmail.com",
        "text": (
            "Bonjour,\n"
            "Mon mari m'a transféré votre mail. Il ne veut plus entendre parler du fonds immobilier, "
            "mais nous aimerions tous les deux un rendez-vous sur la retraite.\n"
            "Sylvie Morel"
        ),
        "label": "none",
        "note": "Spouse relays a product-scoped decline and asks for a meeting.",
    },
    {
        "id": "relaye-129",
        "lang": "fr",
        "written_to": "f.delarminat@orange.fr",
        "sender": "f.delarminat@orange.fr",
        "text": (
            "Madame,\n"
            "Auriez-vous l'amabilité de me désinscrire de l'ensemble de vos envois ? Je vous en "
            "remercie par avance.\n"
            "Bien cordialement,\n"
            "Françoise de Larminat"
        ),
        "label": "own",
        "note": "Polite request in question form to unsubscribe from everything.",
    },
    {
        "id": "relaye-130",
        "lang": "es",
        "written_to": "javier.molina@hotmail.es",
        "sender": "javier.molina@hotmail.es",
        "text": "Pueden dejar de recordármelo, ya está firmado y enviado. Gracias por la paciencia.\nJavier",
        "label": "none",
        "note": "Stop reminders because signed.",
    },
    {
        "id": "relaye-131",
        "lang": "en",
        "written_to": "mike.dunmore@hotmail.com",
        "sender": "mike.dunmore@hotmail.com",
        "text": "Stop emailing me. I've asked twice already.",
        "label": "own",
        "note": "Direct stop.",
    },
    {
        "id": "relaye-132",
        "lang": "fr",
        "written_to": "helene.morvan@orange.fr",
        "sender": "helene.morvan@orange.fr",
        "text": (
            "Bonjour Monsieur Garnier,\n"
            "Vous pouvez arrêter les relances, c'est signé ! Le bulletin est parti ce matin par la "
            "poste.\n"
            "Bonne journée,\n"
            "Hélène Morvan"
        ),
        "label": "none",
        "note": "Stop the follow-ups because the deal is signed; not a request to stop writing.",
    },
    {
        "id": "relaye-133",
        "lang": "en",
        "written_to": "tom.ashby@btinternet.com",
        "sender": "tom.ashby@btinternet.com",
        "text": (
            "You can stop chasing me, it's signed! Sent everything back through DocuSign this morning.\nCheers,\nTom"
        ),
        "label": "none",
        "note": "Stop the chasing because it is signed.",
    },
    {
        "id": "relaye-134",
        "lang": "es",
        "written_to": "lucia.mendez@yahoo.es",
        "sender": "lucia.mendez@yahoo.es",
        "text": "Por favor, dejen de enviarme correos. No estoy interesada. Gracias.\nLucía Méndez",
        "label": "own",
        "note": "Stop sending me emails.",
    },
    {
        "id": "relaye-135",
        "lang": "fr",
        "written_to": "francis.boyer@free.fr",
        "sender": "francis.boyer@free.fr",
        "text": "retirez moi du groupe whatsapp du club investisseurs svp, trop de notifs. par mail ça me va tres bien",
        "label": "none",
        "note": "Leaves a WhatsApp group; email fine.",
    },
    {
        "id": "relaye-136",
        "lang": "fr",
        "written_to": "sandrine.bailly@laposte.net",
        "sender": "sandrine.bailly@laposte.net",
        "text": "arrettez de menvoyer des messsages je vous ai deja dit non au telephone",
        "label": "own",
        "note": "Typos: stop sending messages.",
    },
    {
        "id": "relaye-137",
        "lang": "fr",
        "written_to": "am.colin@wanadoo.fr",
        "sender": "am.colin@wanadoo.fr",
        "text": (
            "Bonjour, pouvez-vous retirer mon fils Théo de votre fichier ? Il a reçu une plaquette à "
            "son adresse étudiante. Moi je reste bien sûr preneuse de vos analyses.\n"
            "Anne-Marie Colin"
        ),
        "label": "none",
        "note": "Removal of a third person (the son) who was not written to; the author wants mail.",
    },
    {
        "id": "relaye-138",
        "lang": "fr",
        "written_to": "ginette.faure@orange.fr",
        "sender": "ginette.faure@orange.fr",
        "text": (
            "Pouvez-vous retirer mon numéro fixe de mon dossier ? Il n'existe plus. Le portable "
            "reste le 06 39 98 07 21.\n"
            "Merci. Ginette Faure"
        ),
        "label": "none",
        "note": "Remove an obsolete landline from the file.",
    },
    {
        "id": "relaye-139",
        "lang": "it",
        "written_to": "marco.bellini@libero.it",
        "sender": "marco.bellini@libero.it",
        "text": (
            "Buongiorno, potete togliere mia moglie dal conto cointestato? Abbiamo separato i conti. "
            "Continuate pure a scrivermi qui.\n"
            "Saluti, Marco Bellini"
        ),
        "label": "none",
        "note": "Remove a third person from a joint account.",
    },
    {
        "id": "relaye-140",
        "lang": "fr",
        "written_to": "d.girard@girard-menuiserie.fr",
        "sender": "d.girard@girard-menuiserie.fr",
        "text": "Bonjour,\nJ'ai signé ailleurs. Merci de cesser toute communication.\nCordialement,\nD. Girard",
        "label": "own",
        "note": "Signed elsewhere and asks to cease all communication.",
    },
    {
        "id": "relaye-141",
        "lang": "en",
        "written_to": "joan.pritchard@talktalk.net",
        "sender": "stephen.pritchard@gmail.com",
        "text": (
            "Dear Mr Hale,\n"
            "I'm writing about my late mother, Joan Pritchard, who passed away on 2 November. As "
            "executor I need valuations of her holdings at the date of death for probate. Please "
            "send them to me at this address. No need to remove her from your records yet, the "
            "estate still holds the ISA.\n"
            "Kind regards,\n"
            "Stephen Pritchard"
        ),
        "label": "none",
        "note": "Death notice asking for estate documents.",
    },
    {
        "id": "relaye-142",
        "lang": "fr",
        "written_to": "g.castel@gmail.com",
        "sender": "ch.castel@gmail.com",
        "text": (
            "Bonjour,\n"
            "Mon père a bien signé la semaine dernière et il est content. Mais il me demande de vous "
            "dire qu'il ne veut plus de mails du tout, ni relances ni newsletters, il ne lit pas ses "
            "mails. Merci de ne plus lui écrire, il vous téléphonera s'il a besoin.\n"
            "Charlotte Castel"
        ),
        "label": "relayed",
        "note": "Daughter relays a full stop of emails for a client who signed (look-alike of 'it's signed').",
    },
    {
        "id": "relaye-143",
        "lang": "en",
        "written_to": "info@kestrelplumbing.co.uk",
        "sender": "info@kestrelplumbing.co.uk",
        "text": "This is a business enquiries inbox. Please remove it from your marketing list.\nKestrel Plumbing",
        "label": "own",
        "note": "Generic mailbox asks for itself.",
    },
    {
        "id": "relaye-144",
        "lang": "en",
        "written_to": "nick.fairbairn@gmail.com",
        "sender": "nick.fairbairn@gmail.com",
        "text": (
            "Please close the GIA and move everything into the ISA wrapper before April. Let me know "
            "what you need from me.\n"
            "Nick"
        ),
        "label": "none",
        "note": "Close an account, stays a client.",
    },
    {
        "id": "relaye-145",
        "lang": "fr",
        "written_to": "famille.perrot@gmail.com",
        "sender": "famille.perrot@gmail.com",
        "text": (
            "Bonjour, Léa a 18 ans et ouvre son compte ailleurs, il faut donc mettre fin au mandat "
            "sur son compte-titres. On peut passer samedi à l'agence ?\n"
            "Catherine Perrot"
        ),
        "label": "none",
        "note": "Ends a mandate on a child's account; books a visit.",
    },
    {
        "id": "relaye-146",
        "lang": "fr",
        "written_to": "marie.lucas@orange.fr",
        "sender": "jeanne.lucas@free.fr",
        "text": (
            "Pourriez-vous retirer ma sœur de vos envois ? Elle m'a demandé de vous l'écrire, elle "
            "n'a pas facilement internet.\n"
            "Merci\n"
            "Jeanne"
        ),
        "label": "relayed",
        "note": "Polite question-form request relayed for the sister.",
    },
    {
        "id": "relaye-147",
        "lang": "en",
        "written_to": "h.gallagher@gmail.com",
        "sender": "h.gallagher@gmail.com",
        "text": (
            "I'm an existing client and happy with the service, but I object to my email being used "
            "for marketing. Please stop sending me any emails, I'll ring when I need you.\n"
            "Hugh Gallagher"
        ),
        "label": "own",
        "note": "Existing client objects and stops all emails.",
    },
    {
        "id": "relaye-148",
        "lang": "en",
        "written_to": "c.whitlock@whitlock-design.co.uk",
        "sender": "c.whitlock@whitlock-design.co.uk",
        "text": (
            "Please end my discretionary management agreement from 1 January and move me to "
            "advisory. Send the paperwork over when ready.\n"
            "Chris Whitlock"
        ),
        "label": "none",
        "note": "Ends a mandate, stays a client.",
    },
    {
        "id": "relaye-149",
        "lang": "fr",
        "written_to": "julie.mercadier@gmail.com",
        "sender": "julie.mercadier@gmail.com",
        "text": (
            "Petite question : dois-je me désinscrire de l'ancienne lettre d'info pour recevoir la "
            "nouvelle, ou c'est automatique ? Merci !\n"
            "Julie"
        ),
        "label": "none",
        "note": "Question about how the newsletter switch works.",
    },
    {
        "id": "relaye-150",
        "lang": "fr",
        "written_to": "p.meunier@cabinet-meunier.fr",
        "sender": "accueil@cabinet-meunier.fr",
        "text": (
            "M. Meunier nous demande de vous signaler qu'il ne souhaite plus être démarché par votre "
            "société. Merci d'en prendre note.\n"
            "L'accueil"
        ),
        "label": "relayed",
        "note": "Front desk relays the person's objection to prospecting.",
    },
    {
        "id": "relaye-151",
        "lang": "en",
        "written_to": "keith.armitage@gmail.com",
        "sender": "keith.armitage@gmail.com",
        "text": (
            "I don't want to stop hearing from you, I just want fewer emails. Once a month is plenty.\nThanks, Keith"
        ),
        "label": "none",
        "note": "Frequency complaint with a negated stop.",
    },
    {
        "id": "relaye-152",
        "lang": "fr",
        "written_to": "nathalie.brunel@free.fr",
        "sender": "nathalie.brunel@free.fr",
        "text": (
            "Suite au divorce il faut supprimer Marc du compte joint, le jugement est en PJ. "
            "Tenez-moi au courant par mail svp.\n"
            "Nathalie"
        ),
        "label": "none",
        "note": "Take a third person off a joint account; asks to be kept informed by email.",
    },
    {
        "id": "relaye-153",
        "lang": "fr",
        "written_to": "a.vernier@wanadoo.fr",
        "sender": "a.vernier@wanadoo.fr",
        "text": "Mettez fin à vos sollicitations. Merci.",
        "label": "own",
        "note": "'mettre fin' to solicitations: a stop request.",
    },
    {
        "id": "relaye-154",
        "lang": "en",
        "written_to": "geoffrey.marsh@stannes-trust.org.uk",
        "sender": "geoffrey.marsh@stannes-trust.org.uk",
        "text": (
            "Dear Ruth,\n"
            "I am stepping down from the trustees' investment committee at the end of the year, so "
            "please remove me from the committee pack distribution from January. Personal matters to "
            "me as normal, of course.\n"
            "Kind regards,\n"
            "Geoffrey Marsh"
        ),
        "label": "none",
        "note": "Leaves a committee distribution, keeps personal correspondence.",
    },
    {
        "id": "relaye-155",
        "lang": "fr",
        "written_to": "alain.perret@free.fr",
        "sender": "alain.perret@free.fr",
        "text": "C'est sa femme qui répond. Alain ne veut plus de vos mails, désinscrivez-le.\nMartine",
        "label": "relayed",
        "note": "Wife typing from the husband's mailbox relays his request.",
    },
    {
        "id": "relaye-156",
        "lang": "en",
        "written_to": "eleanor.vance@gmail.com",
        "sender": "m.hussain@hussainlegal.co.uk",
        "text": (
            "Dear Sirs,\n"
            "We act for Mrs Eleanor Vance. Our client instructs us to request that you cease all "
            "contact with her and remove her details from your records.\n"
            "Yours faithfully,\n"
            "Hussain Legal LLP"
        ),
        "label": "relayed",
        "note": "Solicitor relays.",
    },
    {
        "id": "relaye-157",
        "lang": "fr",
        "written_to": "sabrina.koenig@gmail.com",
        "sender": "dav.koenig@gmail.com",
        "text": "ma femme veut plus recevoir vos trucs, enlevez la svp",
        "label": "relayed",
        "note": "Husband, SMS style, relays the wife's request.",
    },
    {
        "id": "relaye-158",
        "lang": "fr",
        "written_to": "t.deschamps@outlook.fr",
        "sender": "t.deschamps@outlook.fr",
        "text": (
            "Merci pour vos relances. La prochaine sera la dernière que je lirai : ne m'écrivez plus.\nT. Deschamps"
        ),
        "label": "own",
        "note": "Ironic thanks followed by 'ne m'écrivez plus'.",
    },
    {
        "id": "relaye-159",
        "lang": "fr",
        "written_to": "christophe.marin@outlook.fr",
        "sender": "christophe.marin@outlook.fr",
        "text": (
            "Surtout ne me retirez pas de votre liste, j'ai changé d'employeur mais cette adresse "
            "reste la même.\n"
            "Au plaisir,\n"
            "Christophe Marin"
        ),
        "label": "none",
        "note": "Negation: asks NOT to be removed.",
    },
    {
        "id": "relaye-160",
        "lang": "es",
        "written_to": "isabel.ruiz@gmail.com",
        "sender": "isabel.ruiz@gmail.com",
        "text": "¿Tengo que darme de baja del boletín antiguo para recibir el nuevo? No quiero perderme nada.\nIsabel",
        "label": "none",
        "note": "Question; wants to keep receiving.",
    },
]
