"""Blind evaluation set B for rule R8 (opt-out): is a reply's stop request relayed, the author's own, or neither?

Written blind on 2026-12-06 by a helper session, from general knowledge of how clients and prospects of
wealth-management firms, and the people around them (assistants, chiefs of staff, spouses, children, siblings,
carers, guardians, deputies, lawyers, notaries, accountants, family offices, HR and legal teams), write email.
No product code, test, bench, SQL, doc, README or other eval file was opened, listed or searched; nothing in
eval/opt_out_relay/ other than this file was opened or listed; nothing is imported from the project; no git,
no web or code search. The cases are invented; names, addresses and phone numbers are fictitious.

What was opened and run, in order (scratch lives in /tmp/relay_b_work/; every shell call listed):
  1. mkdir -p /tmp/relay_b_work && echo ok
  2. file editor: created /tmp/relay_b_work/build.py (the cases, and a writer that emits this module)
  3. cd /tmp/relay_b_work && sed -i 's/granttdental/grantdental/g' build.py && grep -c grantdental build.py
  4. file editor: created /tmp/relay_b_work/docstring.txt (this text)
  5. one shell call: a /usr/bin/python3 heredoc that patched /tmp/relay_b_work/build.py (placeholder
     substitution); cat > /tmp/relay_b_work/validate.py (heredoc); then
     cd /tmp/relay_b_work && PYTHONDONTWRITEBYTECODE=1 /work/main/.venv/bin/python build.py
     (writes /work/main/eval/opt_out_relay/relay_b.py, the only file written under /work/main; the counts
     below are computed by build.py from the case list and pasted into this docstring)
  6. one shell call, F=/work/main/eval/opt_out_relay/relay_b.py, run from /tmp/relay_b_work:
     PYTHONDONTWRITEBYTECODE=1 /work/main/.venv/bin/ruff format --no-cache --line-length 120 $F;
     PYTHONDONTWRITEBYTECODE=1 /work/main/.venv/bin/ruff check --no-cache --line-length 120 $F;
     PYTHONDONTWRITEBYTECODE=1 /work/main/.venv/bin/python -c "import runpy;
     c=runpy.run_path('/work/main/eval/opt_out_relay/relay_b.py')['CASES']; print(len(c))";
     PYTHONDONTWRITEBYTECODE=1 /work/main/.venv/bin/python validate.py
     (validate.py: keys, ids, langs, labels, 1-15 text lines, no empty field, no duplicate text, source lines
     <= 120, counts recomputed from the written file and compared with the block below) -> 160, no errors
  7. cd /tmp/relay_b_work && sed -n 55,120p $F; grep -n relayb-049 -A 22 $F (read back my own file)
  8. one shell call: a /usr/bin/python3 heredoc rewrote this command list in /tmp/relay_b_work/docstring.txt,
     then grep -n "{" and awk (line lengths) on docstring.txt; then a file-editor touch-up of this item
  9. one shell call: step 5's build.py run, then step 6 again (format, check, load, validate) -> 160, no errors

Label conventions (the person the firm wrote to = written_to):
  relayed  the author is NOT the person written to and conveys that this person wants the firm to stop writing /
           remove them / not contact them again; or says the person died or can no longer manage their affairs
           and asks the firm to stop writing to them / remove them / close the file. Also an assistant who asks
           for both the boss and herself to be removed. The author may write from the person's own address.
  own      the author asks the firm to stop writing to the author (unsubscribe, remove me, objection to
           marketing), whoever they are: the person written to, the same person from another address, an
           assistant who asks to be removed HERSELF while the boss should still be written to, or someone
           writing from a shared/generic address who asks, for themselves, to stop writing to that address.
  none     everything else: declines of an offer, pauses, the person left/retired/sold/died AND the author asks
           to be written to instead or names a successor, absences told by someone, stop paper mail / post /
           phone only, change of address, death notices asking only for documents, a statement, a meeting, or
           removal of the deceased from a joint account or contract, internal forwards, frequency complaints,
           leaving a newsletter while keeping the adviser's emails (also when relayed), removal of a THIRD person
           who is not the person written to, negations, questions, removal from CC only, colleague notes.

Fields: id, lang (fr/en/de/es/it/nl/pt), written_to, sender, text (only what the author typed), label, note.

Counts (computed by a small script, pasted):
  labels: relayed 55, own 40, none 65 (total 160)
  langs:  fr 72, en 64, de 6, es 5, it 5, nl 4, pt 4
  relayed: fr 25, en 22, de 2, es 2, it 2, nl 1, pt 1
  own:     fr 18, en 16, de 2, es 1, it 1, nl 1, pt 1
  none:    fr 29, en 26, de 2, es 2, it 2, nl 2, pt 2

Judgement calls worth a second look: 049 relayed (remove from lists + asks a valuation); 050 none (change of
address, "ne plus rien envoyer a l'ancienne"); 088 none (declines one product, "nothing further on that");
102/112/141 none (stop writing to the person but write to me instead); 069/119/153 none (temporary "don't chase").

Slips: none known in the labels. Process: steps 5 and 8 used /usr/bin/python3 (not the project venv) to edit
scratch files under /tmp/relay_b_work only; it never touched /work/main.
"""

CASES: list[dict[str, str]] = [
    {
        "id": "relayb-001",
        "lang": "fr",
        "written_to": "p.vasseur@pharmacie-vasseur.fr",
        "sender": "accueil@pharmacie-vasseur.fr",
        "text": (
            "Bonjour,\n"
            "Mme Vasseur me charge de vous dire qu'elle ne souhaite plus recevoir vos messages. "
            "Merci de retirer son adresse de vos fichiers.\n"
            "Cordialement,\n"
            "Léa - préparatrice, Pharmacie Vasseur"
        ),
        "label": "relayed",
        "note": "pharmacy preparer passes on the pharmacist's wish to stop receiving mail",
    },
    {
        "id": "relayb-002",
        "lang": "en",
        "written_to": "tom.hargreaves@hargreavesarch.co.uk",
        "sender": "tom.hargreaves@hargreavesarch.co.uk",
        "text": (
            "Not for me thanks, we've already got the pension sorted through our accountant. Good luck with it.\nTom"
        ),
        "label": "none",
        "note": "declines the offer for himself, no request to stop writing",
    },
    {
        "id": "relayb-003",
        "lang": "fr",
        "written_to": "famille.roussel@wanadoo.fr",
        "sender": "famille.roussel@wanadoo.fr",
        "text": (
            "Bonjour, ici Bernard Roussel. Cette adresse est celle de toute la famille mais c'est "
            "moi qui avais rempli votre formulaire au salon de Rennes.\n"
            "Je ne souhaite plus rien recevoir de votre part, merci de supprimer l'adresse.\n"
            "B. Roussel"
        ),
        "label": "own",
        "note": "writes from the shared family address and asks, for himself, to stop writing there",
    },
    {
        "id": "relayb-004",
        "lang": "en",
        "written_to": "m.okafor@okaforholdings.com",
        "sender": "ea@okaforholdings.com",
        "text": (
            "Hello,\n"
            "I manage Mr Okafor's inbox. He has asked that you no longer contact him - please delete "
            "his details from your mailing lists with immediate effect.\n"
            "Kind regards,\n"
            "Grace Mensah\n"
            "Executive Assistant to Michael Okafor\n"
            "Okafor Holdings Ltd"
        ),
        "label": "relayed",
        "note": "executive assistant conveys the boss's instruction to stop contacting him",
    },
    {
        "id": "relayb-005",
        "lang": "fr",
        "written_to": "dr.lemaire.dentiste@gmail.com",
        "sender": "cabinet.lemaire@orange.fr",
        "text": (
            "Bonjour,\n"
            "Le Dr Lemaire a bien reçu votre proposition. Elle n'a pas le temps de s'y pencher en ce "
            "moment : pouvez-vous la recontacter après la rentrée de septembre ?\n"
            "Bien à vous,\n"
            "Sandrine, secrétariat du cabinet dentaire"
        ),
        "label": "none",
        "note": "secretary relays a pause until September, not a stop",
    },
    {
        "id": "relayb-006",
        "lang": "de",
        "written_to": "h.brandt@brandt-landtechnik.de",
        "sender": "sekretariat@brandt-landtechnik.de",
        "text": (
            "Sehr geehrte Damen und Herren,\n"
            "im Auftrag von Herrn Brandt bitte ich Sie, ihn aus Ihrem Verteiler zu nehmen und ihm "
            "keine weiteren E-Mails zu senden.\n"
            "Mit freundlichen Grüßen\n"
            "i.A. Monika Seidel\n"
            "Sekretariat - Brandt Landtechnik GmbH"
        ),
        "label": "relayed",
        "note": "secretary writes i.A. asking to take the owner off the list",
    },
    {
        "id": "relayb-007",
        "lang": "fr",
        "written_to": "gerard.fontaine@laposte.net",
        "sender": "claire.fontaine78@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je suis la fille de Gérard Fontaine, décédé le 14 octobre. Le notaire en charge de la "
            "succession est Maître Aubry, à Versailles.\n"
            "Pourriez-vous lui adresser un relevé de situation des contrats de mon père à la date du "
            "décès ?\n"
            "Merci d'avance,\n"
            "Claire Fontaine"
        ),
        "label": "none",
        "note": "daughter announces the death and only asks for a statement to the notary",
    },
    {
        "id": "relayb-008",
        "lang": "en",
        "written_to": "r.whitfield@whitfieldgroup.co.uk",
        "sender": "jenny.cole@whitfieldgroup.co.uk",
        "text": (
            "Hi,\n"
            "When I booked Richard onto your pensions breakfast last spring I seem to have been "
            "added to your mailing list myself.\n"
            "Please unsubscribe jenny.cole@whitfieldgroup.co.uk - I don't need the newsletters.\n"
            "Richard is still keen to hear from you, so please don't remove him.\n"
            "Thanks\n"
            "Jenny Cole | PA to Richard Whitfield"
        ),
        "label": "own",
        "note": "PA asks to unsubscribe her own address; the boss should still be written to",
    },
    {
        "id": "relayb-009",
        "lang": "fr",
        "written_to": "mme.jacqueline.perrot@free.fr",
        "sender": "c.marchal@udaf21.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Je suis mandataire judiciaire à la protection des majeurs et j'exerce la curatelle "
            "renforcée de Mme Jacqueline Perrot depuis le jugement du 3 mars dernier.\n"
            "Mme Perrot n'est plus en mesure d'apprécier seule ce type de propositions. Je vous "
            "demande de cesser tout envoi de sollicitations à son adresse électronique.\n"
            "Christophe Marchal\n"
            "Mandataire judiciaire - UDAF de Côte-d'Or"
        ),
        "label": "relayed",
        "note": "court-appointed curator asks to stop all solicitations to the protected person",
    },
    {
        "id": "relayb-010",
        "lang": "en",
        "written_to": "dmurphy@eircom.net",
        "sender": "declan.murphy.pt@gmail.com",
        "text": (
            "Hi Sarah, we've moved to the Algarve for good now and the eircom address will be closed "
            "at the end of the month.\n"
            "Please use this gmail from now on for everything. Happy to keep getting the quarterly "
            "letters.\n"
            "Declan"
        ),
        "label": "none",
        "note": "change of address, explicitly keeps the letters",
    },
    {
        "id": "relayb-011",
        "lang": "fr",
        "written_to": "o.garnier@garnier-archi.fr",
        "sender": "o.garnier@garnier-archi.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Conformément à l'article 21 du RGPD, je m'oppose au traitement de mes données à des "
            "fins de prospection.\n"
            "Je vous prie de ne plus m'adresser de courriels et de me confirmer l'effacement de mes "
            "coordonnées.\n"
            "Olivier Garnier, architecte DPLG"
        ),
        "label": "own",
        "note": "formal GDPR art. 21 objection to prospecting for himself",
    },
    {
        "id": "relayb-012",
        "lang": "it",
        "written_to": "giovanni.ferri@ferriviticoltori.it",
        "sender": "info@ferriviticoltori.it",
        "text": (
            "Buongiorno,\n"
            "scrivo per conto del sig. Giovanni Ferri: la prega di non inviargli più comunicazioni e "
            "di cancellare il suo indirizzo dalla vostra lista.\n"
            "Cordiali saluti\n"
            "Ufficio amministrazione - Ferri Viticoltori"
        ),
        "label": "relayed",
        "note": "admin office writes on behalf of the owner asking to stop and delete him",
    },
    {
        "id": "relayb-013",
        "lang": "en",
        "written_to": "margaret.ellis@btinternet.com",
        "sender": "margaret.ellis@btinternet.com",
        "text": (
            "This is Margaret's son Peter writing from her account. Mum passed away in August.\n"
            "Please take her off your mailing list and close her file, the emails are upsetting my "
            "father who still checks this inbox.\n"
            "Peter Ellis"
        ),
        "label": "relayed",
        "note": "son writing from his late mother's account asks to remove her and close the file",
    },
    {
        "id": "relayb-014",
        "lang": "fr",
        "written_to": "henri.dubreuil@orange.fr",
        "sender": "henri.dubreuil@orange.fr",
        "text": (
            "Bonjour,\n"
            "Pourriez-vous arrêter de m'envoyer les relevés papier par la poste ? Je reçois tout par "
            "mail, c'est suffisant, et ma boîte aux lettres déborde.\n"
            "Continuez les mails bien sûr.\n"
            "H. Dubreuil"
        ),
        "label": "none",
        "note": "stop paper statements only, email explicitly welcome",
    },
    {
        "id": "relayb-015",
        "lang": "en",
        "written_to": "kieran@brightleafcapital.io",
        "sender": "kieran@brightleafcapital.io",
        "text": "STOP EMAILING ME. This is the fourth one this month. I never signed up for anything.",
        "label": "own",
        "note": "angry capitals, stop emailing me",
    },
    {
        "id": "relayb-016",
        "lang": "fr",
        "written_to": "s.benhamou@benhamou-sas.fr",
        "sender": "a.leclerc@leclerc-avocats.fr",
        "text": (
            "Maître Anne Leclerc\n"
            "Avocat au Barreau de Lyon\n"
            "\n"
            "Madame, Monsieur,\n"
            "J'interviens en qualité de conseil de M. Samuel Benhamou. Mon client m'a chargée de "
            "vous notifier qu'il s'oppose à toute nouvelle sollicitation de votre part, par quelque "
            "moyen que ce soit.\n"
            "Je vous remercie d'en prendre acte.\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n"
            "A. Leclerc"
        ),
        "label": "relayed",
        "note": "client's lawyer notifies his objection to any further solicitation",
    },
    {
        "id": "relayb-017",
        "lang": "en",
        "written_to": "a.shah@shahdental.co.uk",
        "sender": "practice.manager@shahdental.co.uk",
        "text": (
            "Hi Mark,\n"
            "Anil's looked at the proposal and he won't be going ahead with the SIPP transfer. He's "
            "asked me to thank you for your time.\n"
            "Best,\n"
            "Karen\n"
            "Practice Manager, Shah Dental"
        ),
        "label": "none",
        "note": "practice manager relays a decline of the SIPP transfer, not a stop",
    },
    {
        "id": "relayb-018",
        "lang": "fr",
        "written_to": "lucie.marchand@gmail.com",
        "sender": "lucie.marchand@gmail.com",
        "text": (
            "Merci pour le mail. On en reparle pas avant l'été, on est en plein déménagement. Je "
            "vous fais signe.\n"
            "Lucie"
        ),
        "label": "none",
        "note": "pause until summer",
    },
    {
        "id": "relayb-019",
        "lang": "es",
        "written_to": "carmen.ortiz.llorens@gmail.com",
        "sender": "pablo.ortiz.llorens@gmail.com",
        "text": (
            "Buenas tardes:\n"
            "Soy el hijo de Carmen Ortiz. Mi madre me pide que les diga que no quiere recibir más "
            "correos suyos, ya lo tiene todo gestionado con su banco.\n"
            "Por favor, borren su dirección.\n"
            "Un saludo,\n"
            "Pablo Ortiz"
        ),
        "label": "relayed",
        "note": "son says his mother wants no more emails",
    },
    {
        "id": "relayb-020",
        "lang": "en",
        "written_to": "jf.bertrand@bertrandfarm.co.uk",
        "sender": "julian.bertrand@gmail.com",
        "text": (
            "Replying from my personal account as I can't log in to the farm one from here.\n"
            "Please remove me from all your lists - both this address and the farm one. I'm not "
            "interested and don't wish to be contacted again.\n"
            "Julian Bertrand"
        ),
        "label": "own",
        "note": "same person from his personal address asks to be removed everywhere",
    },
    {
        "id": "relayb-021",
        "lang": "fr",
        "written_to": "m.caron@caron-transports.fr",
        "sender": "direction@caron-transports.fr",
        "text": (
            "Bonjour,\n"
            "M. Michel Caron a pris sa retraite en juin et n'est plus joignable à cette adresse.\n"
            "C'est moi qui ai repris la direction de l'entreprise : merci de m'adresser désormais "
            "vos propositions concernant l'épargne salariale.\n"
            "Nathalie Caron\n"
            "Directrice générale"
        ),
        "label": "none",
        "note": "founder retired, successor asks to be written to instead",
    },
    {
        "id": "relayb-022",
        "lang": "en",
        "written_to": "dorothy.king1938@aol.com",
        "sender": "s.king.home@outlook.com",
        "text": (
            "Dear Sirs,\n"
            "I hold a lasting power of attorney for my mother, Dorothy King, who has advanced "
            "dementia. She should not be receiving investment marketing.\n"
            "Please stop all emails to her and confirm she has been removed from your database. A "
            "copy of the LPA can be provided on request.\n"
            "Susan King"
        ),
        "label": "relayed",
        "note": "daughter with lasting power of attorney asks to stop emails to her mother",
    },
    {
        "id": "relayb-023",
        "lang": "fr",
        "written_to": "dr.morel@clinique-vet-morel.fr",
        "sender": "ines.boyer@clinique-vet-morel.fr",
        "text": (
            "Bonjour,\n"
            "Je suis l'assistante du Dr Morel. Depuis votre conférence de mars je reçois moi aussi "
            "votre lettre d'information sur mon adresse : pouvez-vous me désinscrire, s'il vous "
            "plaît ?\n"
            "Pour le Dr Morel rien ne change, il tient à continuer à recevoir vos messages.\n"
            "Inès Boyer"
        ),
        "label": "own",
        "note": "assistant asks to be unsubscribed herself, the vet keeps receiving",
    },
    {
        "id": "relayb-024",
        "lang": "nl",
        "written_to": "wim.dekker@dekkerbouw.nl",
        "sender": "wim.dekker@dekkerbouw.nl",
        "text": (
            "Goedemiddag,\n"
            "Drie mails per week is echt te veel. Eén keer per maand een overzicht is prima, daar "
            "heb ik wel interesse in. Kunt u dat aanpassen?\n"
            "Groet, Wim Dekker"
        ),
        "label": "none",
        "note": "frequency complaint, still wants a monthly mail",
    },
    {
        "id": "relayb-025",
        "lang": "en",
        "written_to": "p.lindqvist@lindqvist-consult.com",
        "sender": "office@lindqvist-consult.com",
        "text": (
            "Dear Ms Carter,\n"
            "Peter is in hospital following an operation and won't be reading emails for at least "
            "three weeks.\n"
            "Please hold off on anything that needs his signature until he's back. I'll let you know "
            "when that is.\n"
            "Regards\n"
            "Helen (office)"
        ),
        "label": "none",
        "note": "office reports the client is in hospital, hold off for now",
    },
    {
        "id": "relayb-026",
        "lang": "fr",
        "written_to": "andre.collin@sfr.fr",
        "sender": "office.durand@notaires.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Nous vous informons du décès de M. André Collin, survenu le 2 novembre 2026. L'office "
            "est chargé du règlement de la succession.\n"
            "Nous vous remercions de bien vouloir cesser tout envoi à l'adresse électronique du "
            "défunt, qui ne sera plus consultée.\n"
            "Pour le notaire,\n"
            "Julie Mercier, clerc\n"
            "Office notarial Durand & Associés"
        ),
        "label": "relayed",
        "note": "notary's clerk announces the death and asks to stop sending to the deceased",
    },
    {
        "id": "relayb-027",
        "lang": "en",
        "written_to": "harriet.o@fastmail.com",
        "sender": "harriet.o@fastmail.com",
        "text": (
            "Hi, just to say I clicked unsubscribe by mistake on your last email - my thumb slipped "
            "on the phone.\n"
            "Please don't take me off, I actually read these! Sorry for the confusion.\n"
            "Harriet"
        ),
        "label": "none",
        "note": "clicked unsubscribe by mistake, asks not to be taken off",
    },
    {
        "id": "relayb-028",
        "lang": "fr",
        "written_to": "jp.leroux@gmail.com",
        "sender": "jp.leroux@gmail.com",
        "text": (
            "Bonjour, une question bête : si je me désinscris de votre newsletter, est-ce que je "
            "recevrai toujours les avis d'opéré et les relevés du PEA ?\n"
            "Je ne veux surtout pas les perdre.\n"
            "Merci\n"
            "JP Leroux"
        ),
        "label": "none",
        "note": "question about the consequences of unsubscribing, no request",
    },
    {
        "id": "relayb-029",
        "lang": "de",
        "written_to": "k.hoffmann@hoffmann-apotheke.de",
        "sender": "k.hoffmann@hoffmann-apotheke.de",
        "text": (
            "Guten Tag,\n"
            "bitte streichen Sie mich aus Ihrem Newsletter-Verteiler. Ich möchte keine Werbung mehr "
            "per E-Mail erhalten.\n"
            "Danke\n"
            "Katrin Hoffmann\n"
            "Hoffmann-Apotheke am Markt"
        ),
        "label": "own",
        "note": "pharmacist asks to be struck from the newsletter for herself",
    },
    {
        "id": "relayb-030",
        "lang": "en",
        "written_to": "graham.ross@rossagri.co.uk",
        "sender": "elaine.ross61@gmail.com",
        "text": (
            "Graham asked me to reply as he doesn't do email much. He says thanks but no more emails "
            "please, he's finished with all that since he retired.\n"
            "Take him off.\n"
            "Elaine"
        ),
        "label": "relayed",
        "note": "wife replies for her retired husband: no more emails, take him off",
    },
    {
        "id": "relayb-031",
        "lang": "fr",
        "written_to": "f.gautier@gautier-experts.fr",
        "sender": "f.gautier@gautier-experts.fr",
        "text": (
            "Bonjour,\n"
            "Mon associé Pierre Lambert ne fait plus partie du cabinet depuis septembre : merci de "
            "retirer p.lambert@gautier-experts.fr de votre liste, l'adresse va être fermée.\n"
            "Pour ma part je reste bien sûr destinataire de vos lettres.\n"
            "François Gautier\n"
            "Expert-comptable"
        ),
        "label": "none",
        "note": "asks to remove a former partner (third person), keeps himself on",
    },
    {
        "id": "relayb-032",
        "lang": "en",
        "written_to": "s.patel@pateloptometrists.co.uk",
        "sender": "s.patel@pateloptometrists.co.uk",
        "text": (
            "Hi James - could you unsubscribe me from the monthly market commentary? I never get "
            "round to reading it.\n"
            "Please do keep emailing me about the ISA transfer and our review in January though.\n"
            "Sunita"
        ),
        "label": "none",
        "note": "leaves the market commentary but keeps the adviser's emails",
    },
    {
        "id": "relayb-033",
        "lang": "fr",
        "written_to": "yves.tanguy29@orange.fr",
        "sender": "marc.tanguy@laposte.net",
        "text": (
            "bonjour\n"
            "je suis le frere d'Yves. il est en maison de retraite depuis l'ete et n'a plus toute sa "
            "tete.\n"
            "merci de ne plus lui ecrire sur cette adresse, c'est moi qui releve ses mails et ca ne "
            "sert a rien\n"
            "Marc Tanguy"
        ),
        "label": "relayed",
        "note": "brother says the person is in a care home and asks to stop writing to him",
    },
    {
        "id": "relayb-034",
        "lang": "pt",
        "written_to": "rui.almeida@almeida-farmacia.pt",
        "sender": "geral@almeida-farmacia.pt",
        "text": (
            "Bom dia,\n"
            "O Dr. Rui Almeida está de férias até dia 15 de janeiro. Assim que regressar, responderá "
            "ao seu email sobre o seguro de vida.\n"
            "Com os melhores cumprimentos,\n"
            "Farmácia Almeida"
        ),
        "label": "none",
        "note": "pharmacy notes the owner is on holiday and will reply later",
    },
    {
        "id": "relayb-035",
        "lang": "en",
        "written_to": "lars.eriksen@mail.dk",
        "sender": "lars.eriksen@mail.dk",
        "text": (
            "Hello, please you remove my email from your list, I am not more interested.\n"
            "I receive your mails since two years and never ask for them. Thank you.\n"
            "Lars Eriksen"
        ),
        "label": "own",
        "note": "non-native English, remove my email",
    },
    {
        "id": "relayb-036",
        "lang": "fr",
        "written_to": "contact@boulangerie-rivet.fr",
        "sender": "contact@boulangerie-rivet.fr",
        "text": ("JE VOUS AI DEJA DEMANDE 2 FOIS DE NE PLUS M'ECRIRE. SI CA CONTINUE JE SAISIS LA CNIL.\nRivet"),
        "label": "own",
        "note": "owner, in capitals, repeats he wants no more mail",
    },
    {
        "id": "relayb-037",
        "lang": "en",
        "written_to": "victoria.ashdown@ashdownventures.com",
        "sender": "cos@ashdownventures.com",
        "text": (
            "Hi there,\n"
            "Victoria has asked me to handle her correspondence with advisers while we restructure.\n"
            "Her instruction is simple: she doesn't want any further approaches from your firm. "
            "Please unsubscribe her from everything and don't follow up.\n"
            "Best,\n"
            "Dan Whitmore\n"
            "Chief of Staff, Ashdown Ventures"
        ),
        "label": "relayed",
        "note": "chief of staff conveys the founder wants no further approaches",
    },
    {
        "id": "relayb-038",
        "lang": "fr",
        "written_to": "sophie.blanchard@hotmail.fr",
        "sender": "sophie.blanchard@hotmail.fr",
        "text": (
            "Bonjour Thomas,\n"
            "Je ne vous demande pas d'arrêter de m'écrire, rassurez-vous ! Simplement, évitez de "
            "m'appeler sur le portable pendant les heures de consultation, je ne peux pas répondre.\n"
            "Les mails me conviennent très bien.\n"
            "Sophie Blanchard, kinésithérapeute"
        ),
        "label": "none",
        "note": "explicit negation: not asking to stop, only no phone calls",
    },
    {
        "id": "relayb-039",
        "lang": "en",
        "written_to": "alan.price@talktalk.net",
        "sender": "jean.price@talktalk.net",
        "text": (
            "Dear Mr Hughes,\n"
            "I'm sorry to tell you that my husband Alan died on 28 September.\n"
            "Could you please let me know what you need to remove his name from our joint portfolio "
            "and put it in mine alone? I have the death certificate.\n"
            "Yours sincerely,\n"
            "Jean Price"
        ),
        "label": "none",
        "note": "widow asks to take the deceased off the joint portfolio, not the mailing",
    },
    {
        "id": "relayb-040",
        "lang": "fr",
        "written_to": "e.vidal@vidal-immobilier.fr",
        "sender": "assistante.direction@vidal-immobilier.fr",
        "text": (
            "Bonjour,\n"
            "Merci de supprimer M. Vidal ainsi que moi-même de votre liste de diffusion. Nous ne "
            "souhaitons plus recevoir vos offres.\n"
            "Bien cordialement,\n"
            "Camille Roux\n"
            "Assistante de direction - Vidal Immobilier"
        ),
        "label": "relayed",
        "note": "assistant asks to remove both the boss and herself",
    },
    {
        "id": "relayb-041",
        "lang": "it",
        "written_to": "elena.conti@studioconti.it",
        "sender": "elena.conti@studioconti.it",
        "text": (
            "Gentili signori,\n"
            "vi prego di cancellarmi dalla vostra mailing list. Non desidero ricevere ulteriori "
            "comunicazioni commerciali.\n"
            "Elena Conti, architetto"
        ),
        "label": "own",
        "note": "architect asks to be deleted from the mailing list",
    },
    {
        "id": "relayb-042",
        "lang": "en",
        "written_to": "m.fischer@fischer-engineering.ch",
        "sender": "reception@fischer-engineering.ch",
        "text": (
            "Good morning,\n"
            "Mr Fischer no longer works from the Zurich office on Fridays. Your email has been "
            "forwarded to him and he will respond next week.\n"
            "Reception\n"
            "Fischer Engineering AG"
        ),
        "label": "none",
        "note": "reception note: forwarded, he will answer next week",
    },
    {
        "id": "relayb-043",
        "lang": "fr",
        "written_to": "patrick.morin@wanadoo.fr",
        "sender": "patrick.morin@wanadoo.fr",
        "text": (
            "C'est sa femme qui répond. Patrick ne veut plus de vos mails, merci de l'enlever.\nEnvoyé de mon iPhone"
        ),
        "label": "relayed",
        "note": "wife answers from his address: he wants no more mail",
    },
    {
        "id": "relayb-044",
        "lang": "en",
        "written_to": "hollyfarm@btinternet.com",
        "sender": "hollyfarm@btinternet.com",
        "text": ("Morning. Take this address off your list please. Ta.\nR. Hollis"),
        "label": "own",
        "note": "farmer, terse: take this address off",
    },
    {
        "id": "relayb-045",
        "lang": "fr",
        "written_to": "raymond.picard@orange.fr",
        "sender": "s.picard@picard-conseil.fr",
        "text": (
            "Bonjour,\n"
            "Mon père a bien lu votre proposition de contrat de capitalisation. Il préfère ne pas "
            "donner suite pour le moment, il a déjà beaucoup placé cette année.\n"
            "Il reste à votre disposition pour le rendez-vous annuel.\n"
            "Stéphane Picard"
        ),
        "label": "none",
        "note": "son relays a decline of one product, annual meeting still wanted",
    },
    {
        "id": "relayb-046",
        "lang": "nl",
        "written_to": "j.peeters@telenet.be",
        "sender": "an.peeters@gmail.com",
        "text": (
            "Dag,\n"
            "Ik schrijf namens mijn vader, Jan Peeters. Hij wil geen e-mails meer van uw kantoor "
            "ontvangen.\n"
            "Gelieve zijn adres uit uw bestand te verwijderen.\n"
            "Met vriendelijke groeten,\n"
            "An Peeters"
        ),
        "label": "relayed",
        "note": "daughter writes on behalf of her father: no more emails",
    },
    {
        "id": "relayb-047",
        "lang": "en",
        "written_to": "d.oconnell@oconnellfoods.ie",
        "sender": "aisling.byrne@oconnellfoods.ie",
        "text": (
            "Hi Ruth,\n"
            "Now that the meeting's in the diary there's no need to keep me in cc on this thread - "
            "Declan will take it from here directly with you.\n"
            "Thanks,\n"
            "Aisling\n"
            "EA to Declan O'Connell"
        ),
        "label": "none",
        "note": "EA asks to be dropped from cc on one thread only",
    },
    {
        "id": "relayb-048",
        "lang": "fr",
        "written_to": "m.lebrun.jacques@free.fr",
        "sender": "m.lebrun.jacques@free.fr",
        "text": (
            "Monsieur,\n"
            "Je reçois depuis plusieurs mois vos lettres d'information, auxquelles je ne me souviens "
            "pas m'être inscrit.\n"
            "Je vous saurais gré de bien vouloir m'en désinscrire et de ne plus me solliciter.\n"
            "Salutations.\n"
            "J. Lebrun"
        ),
        "label": "own",
        "note": "retiree asks, formally, to be unsubscribed and no longer solicited",
    },
    {
        "id": "relayb-049",
        "lang": "en",
        "written_to": "frederick.hale@hale-estates.co.uk",
        "sender": "probate@morrisonwhite-law.co.uk",
        "text": (
            "Dear Sir or Madam,\n"
            "Re: The Estate of Frederick John Hale (deceased)\n"
            "We act for the executors of the above. Please note that Mr Hale's email account is no "
            "longer monitored.\n"
            "We should be grateful if you would remove him from your distribution lists and let us "
            "have a final valuation of any holdings as at the date of death.\n"
            "Yours faithfully,\n"
            "Morrison White LLP"
        ),
        "label": "relayed",
        "note": "solicitors for the executors ask to remove the deceased (and request a valuation)",
    },
    {
        "id": "relayb-050",
        "lang": "fr",
        "written_to": "celine.arnaud@neuf.fr",
        "sender": "celine.arnaud@proton.me",
        "text": (
            "Bonjour,\n"
            "Je ferme mon adresse neuf.fr à la fin du mois. Pouvez-vous la remplacer par celle-ci "
            "dans votre fichier ?\n"
            "Merci de ne plus rien envoyer à l'ancienne.\n"
            "Céline Arnaud"
        ),
        "label": "none",
        "note": "change of address: stop the old one, use the new one",
    },
    {
        "id": "relayb-051",
        "lang": "es",
        "written_to": "lgarcia@garciadental.es",
        "sender": "lgarcia@garciadental.es",
        "text": ("Hola,\nNo me interesa, gracias. Por favor, dejen de enviarme correos.\nLuis García"),
        "label": "own",
        "note": "short: not interested, stop sending me emails",
    },
    {
        "id": "relayb-052",
        "lang": "en",
        "written_to": "bill@tannerjoinery.co.uk",
        "sender": "office@tannerjoinery.co.uk",
        "text": (
            "Hello,\n"
            "Bill Tanner sold the business to us in the spring and is no longer involved.\n"
            "Please take him off and send anything about the company pension scheme to me, Rachel "
            "Stone, at this address.\n"
            "Regards,\n"
            "Rachel Stone, Director\n"
            "Tanner Joinery Ltd"
        ),
        "label": "none",
        "note": "business sold; new director says take him off and write to her instead",
    },
    {
        "id": "relayb-053",
        "lang": "fr",
        "written_to": "georgette.blanc@orange.fr",
        "sender": "nicole.blanc@gmail.com",
        "text": (
            "Madame,\n"
            "Je suis la curatrice de ma tante, Mme Georgette Blanc (jugement du tribunal judiciaire "
            "de Grenoble joint).\n"
            "Elle reçoit de nombreux mails de démarchage qu'elle ne comprend plus et qui "
            "l'inquiètent. Merci de ne plus lui en envoyer.\n"
            "Nicole Blanc"
        ),
        "label": "relayed",
        "note": "niece who is curator asks to stop sending to her aunt",
    },
    {
        "id": "relayb-054",
        "lang": "en",
        "written_to": "nadia.karim@karimarchitects.com",
        "sender": "nadia.karim@karimarchitects.com",
        "text": (
            "Dear Oliver,\n"
            "Thank you for the invitation to the estate planning evening.\n"
            "I'd be grateful if you could remove me from your mailing list - I've appointed an "
            "adviser elsewhere and don't want to take up your time.\n"
            "Kind regards,\n"
            "Nadia Karim RIBA"
        ),
        "label": "own",
        "note": "polite request to be removed from the mailing list",
    },
    {
        "id": "relayb-055",
        "lang": "fr",
        "written_to": "t.jacquet@jacquet-sa.fr",
        "sender": "t.jacquet@jacquet-sa.fr",
        "text": ("Sabine, tu peux regarder ça et me dire si ça vaut le coup ? Sinon on leur dit non merci.\nThierry"),
        "label": "none",
        "note": "internal forward to a colleague sent to the firm by mistake",
    },
    {
        "id": "relayb-056",
        "lang": "de",
        "written_to": "e.krueger@t-online.de",
        "sender": "betreuung.schmitt@kanzlei-schmitt.de",
        "text": (
            "Sehr geehrte Damen und Herren,\n"
            "ich wurde vom Amtsgericht Hannover zur Betreuerin von Frau Erika Krüger bestellt "
            "(Aufgabenkreis Vermögenssorge).\n"
            "Bitte senden Sie mir eine aktuelle Depotübersicht sowie Kopien der bestehenden Verträge "
            "zu. Den Betreuerausweis füge ich bei.\n"
            "Mit freundlichen Grüßen\n"
            "Rechtsanwältin Dr. Julia Schmitt"
        ),
        "label": "none",
        "note": "court-appointed Betreuerin asks only for statements and contracts",
    },
    {
        "id": "relayb-057",
        "lang": "en",
        "written_to": "ronald.bates@sky.com",
        "sender": "kerrybates@hotmail.co.uk",
        "text": (
            "Hi, Dad's had a stroke and can't deal with any of this now. Please stop sending him "
            "emails about investments, he gets confused and anxious.\n"
            "Thanks. Kerry (daughter)"
        ),
        "label": "relayed",
        "note": "daughter: dad had a stroke, stop sending him emails",
    },
    {
        "id": "relayb-058",
        "lang": "fr",
        "written_to": "a.lefevre@lefevre-notaires.fr",
        "sender": "antoine.lefevre.perso@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je vous réponds depuis ma messagerie personnelle. Je vous remercie de retirer mon "
            "adresse professionnelle de vos envois :\n"
            "je ne souhaite plus recevoir vos lettres, ni là-bas ni ici d'ailleurs.\n"
            "Antoine Lefèvre"
        ),
        "label": "own",
        "note": "same person from his private address asks to be removed",
    },
    {
        "id": "relayb-059",
        "lang": "en",
        "written_to": "gwen.thomas@gmail.com",
        "sender": "gwen.thomas@gmail.com",
        "text": (
            "Hi Rhys, off topic but you might know - how do I unsubscribe from the Barclays "
            "marketing emails? I've tried the link three times.\n"
            "Anyway, see you on the 12th for the review.\n"
            "Gwen"
        ),
        "label": "none",
        "note": "asks how to unsubscribe from her bank's emails, not the firm's",
    },
    {
        "id": "relayb-060",
        "lang": "fr",
        "written_to": "m.dewitte@skynet.be",
        "sender": "isabelle.dewitte@proximus.be",
        "text": (
            "Bonjour,\n"
            "Ma maman, Madame Marie Dewitte, me demande de vous faire savoir qu'elle ne désire plus "
            "recevoir de courriels de votre part.\n"
            "Elle vous remercie de votre compréhension.\n"
            "Isabelle Dewitte"
        ),
        "label": "relayed",
        "note": "Belgian daughter passes on her mother's wish to stop",
    },
    {
        "id": "relayb-061",
        "lang": "en",
        "written_to": "lady.fenwick@fenwickestate.co.uk",
        "sender": "estateoffice@fenwickestate.co.uk",
        "text": (
            "Dear Mr Osei,\n"
            "Lady Fenwick has asked me to reply. She's not interested in the infrastructure fund,\n"
            "but would welcome your thoughts on the trust review when you next come up to "
            "Northumberland.\n"
            "Yours sincerely,\n"
            "Margaret Hay\n"
            "Estate Office"
        ),
        "label": "none",
        "note": "estate office relays a decline of the fund, other topics welcome",
    },
    {
        "id": "relayb-062",
        "lang": "fr",
        "written_to": "b.chevalier@chevalier-btp.fr",
        "sender": "b.chevalier@chevalier-btp.fr",
        "text": (
            "Merci d'arrêter les appels au bureau, ma secrétaire n'en peut plus. Écrivez-moi plutôt "
            "par mail, je réponds le soir.\n"
            "B. Chevalier"
        ),
        "label": "none",
        "note": "stop phone calls, write by email instead",
    },
    {
        "id": "relayb-063",
        "lang": "en",
        "written_to": "j.mwangi@northbridge-logistics.com",
        "sender": "hr@northbridge-logistics.com",
        "text": (
            "Hello,\n"
            "James Mwangi has asked HR to pass on that he does not want to be contacted by your firm "
            "about the pension transfer or anything else.\n"
            "Please remove his work address from your records.\n"
            "Northbridge Logistics - People Team"
        ),
        "label": "relayed",
        "note": "HR passes on that the employee does not want to be contacted",
    },
    {
        "id": "relayb-064",
        "lang": "fr",
        "written_to": "kev.martins@gmail.com",
        "sender": "kev.martins@gmail.com",
        "text": "slt, c bon merci jai pas besoin, vous pouvez arreter de menvoyer vos trucs svp",
        "label": "own",
        "note": "SMS style: stop sending me your stuff",
    },
    {
        "id": "relayb-065",
        "lang": "en",
        "written_to": "george.whitley@icloud.com",
        "sender": "george.whitley@icloud.com",
        "text": (
            "This is Pauline, George's wife. George died last week.\n"
            "When things settle I'd like to meet with you together with our two sons to go through "
            "his pension and the ISAs. Could you suggest some dates in January?\n"
            "Pauline Whitley"
        ),
        "label": "none",
        "note": "widow from his account announces the death and asks for a meeting with the sons",
    },
    {
        "id": "relayb-066",
        "lang": "it",
        "written_to": "marco.bellini@bellinimeccanica.it",
        "sender": "marco.bellini@bellinimeccanica.it",
        "text": (
            "Buongiorno dott. Rossi,\n"
            "ora non è il momento, stiamo chiudendo il bilancio. Mi riscriva pure a febbraio e ne "
            "parliamo con calma.\n"
            "Marco Bellini"
        ),
        "label": "none",
        "note": "pause until February",
    },
    {
        "id": "relayb-067",
        "lang": "fr",
        "written_to": "jeanne.aubert@laposte.net",
        "sender": "francois.aubert@avocat-aubert.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Le mandat de protection future consenti par ma mère, Mme Jeanne Aubert, a pris effet le "
            "10 septembre 2026 et j'en suis le mandataire.\n"
            "Dans ce cadre, je vous demande de ne plus lui adresser de courriels ni de propositions "
            "et de supprimer ses coordonnées de vos fichiers.\n"
            "François Aubert"
        ),
        "label": "relayed",
        "note": "son acting under a mandat de protection future asks to stop writing to his mother",
    },
    {
        "id": "relayb-068",
        "lang": "en",
        "written_to": "priya.n@nairpharmacy.co.uk",
        "sender": "priya.n@nairpharmacy.co.uk",
        "text": (
            "To whom it may concern,\n"
            "Under Article 21 UK GDPR I object to the processing of my personal data for direct "
            "marketing.\n"
            "Please cease all marketing emails to me and confirm in writing.\n"
            "P. Nair MRPharmS"
        ),
        "label": "own",
        "note": "UK GDPR objection to direct marketing",
    },
    {
        "id": "relayb-069",
        "lang": "fr",
        "written_to": "h.mansour@mansour-invest.com",
        "sender": "assistante@mansour-invest.com",
        "text": (
            "Bonjour,\n"
            "M. Mansour est en déplacement à Dubaï jusqu'au 20 et n'aura qu'un accès limité à ses "
            "mails. Je lui transmettrai votre message à son retour.\n"
            "Merci de ne pas le relancer d'ici là.\n"
            "Cordialement,\n"
            "Sarah"
        ),
        "label": "none",
        "note": "assistant: boss travelling, do not chase until he is back",
    },
    {
        "id": "relayb-070",
        "lang": "en",
        "written_to": "b.oduya@gmail.com",
        "sender": "t.oduya.executor@gmail.com",
        "text": (
            "Hello,\n"
            "I'm the executor of my late brother Bayo Oduya's estate. Please remove his details from "
            "your mailing list -\n"
            "there's no one reading that inbox and I'd rather it was closed down cleanly. Thank you.\n"
            "Tunde Oduya"
        ),
        "label": "relayed",
        "note": "brother and executor asks to remove the deceased's details",
    },
    {
        "id": "relayb-071",
        "lang": "fr",
        "written_to": "l.girard@girard-pharma.fr",
        "sender": "l.girard@girard-pharma.fr",
        "text": (
            "Bonjour,\n"
            "Vous avez mis ma femme en copie de votre dernier envoi, elle ne souhaite pas recevoir "
            "ces informations : merci de retirer son adresse.\n"
            "Pour moi c'est parfait, continuez.\n"
            "Laurent Girard"
        ),
        "label": "none",
        "note": "asks to remove his wife (third person, copied), keep him",
    },
    {
        "id": "relayb-072",
        "lang": "en",
        "written_to": "mike.dunn.spain@gmail.com",
        "sender": "mike.dunn.spain@gmail.com",
        "text": (
            "Mike here. Had enough of these now thanks. We moved our money back to the UK adviser. "
            "Don't want any more emails from you please."
        ),
        "label": "own",
        "note": "expat in Spain: don't want any more emails",
    },
    {
        "id": "relayb-073",
        "lang": "fr",
        "written_to": "dr.hamel@cabinet-hamel.fr",
        "sender": "secretariat@cabinet-hamel.fr",
        "text": ("Bonjour, le docteur ne souhaite plus être contacté par votre société. Merci.\nLe secrétariat"),
        "label": "relayed",
        "note": "medical secretariat: the doctor no longer wants to be contacted",
    },
    {
        "id": "relayb-074",
        "lang": "de",
        "written_to": "s.wagner@wagner-zahnarzt.de",
        "sender": "s.wagner@wagner-zahnarzt.de",
        "text": (
            "Hallo Herr Meier,\n"
            "danke für Ihre Nachricht. Im Moment habe ich keinen Kopf dafür - wir eröffnen im Januar "
            "die zweite Praxis.\n"
            "Melden Sie sich gerne im Frühjahr wieder.\n"
            "Beste Grüße\n"
            "Stefan Wagner"
        ),
        "label": "none",
        "note": "dentist: not now, get back in spring",
    },
    {
        "id": "relayb-075",
        "lang": "en",
        "written_to": "r.gallagher@gallagherbrothers.ie",
        "sender": "r.gallagher@gallagherbrothers.ie",
        "text": (
            "Lads, I like the updates but you're sending them every second day now. Once a fortnight "
            "would do me grand. Don't stop them though.\n"
            "Ronan"
        ),
        "label": "none",
        "note": "frequency complaint that explicitly wants the updates to continue",
    },
    {
        "id": "relayb-076",
        "lang": "fr",
        "written_to": "c.rochat@bluewin.ch",
        "sender": "c.rochat@bluewin.ch",
        "text": (
            "Madame,\n"
            "Je vous remercie de vos envois mais je souhaite ne plus en recevoir. Je vous saurais "
            "gré de radier mon adresse de votre liste de diffusion.\n"
            "Avec mes salutations les meilleures,\n"
            "Claude Rochat"
        ),
        "label": "own",
        "note": "Swiss client asks to strike his address from the list",
    },
    {
        "id": "relayb-077",
        "lang": "en",
        "written_to": "h.vandermeer@vdm-holdings.com",
        "sender": "office@vdmfamilyoffice.com",
        "text": (
            "Dear Sir/Madam,\n"
            "We are the family office of Mr Hendrik van der Meer. Mr van der Meer does not wish to "
            "receive unsolicited communications.\n"
            "Kindly remove him from your distribution and refrain from contacting him directly.\n"
            "VDM Family Office, Amsterdam"
        ),
        "label": "relayed",
        "note": "family office asks to remove the principal and not contact him",
    },
    {
        "id": "relayb-078",
        "lang": "fr",
        "written_to": "claire.dumont@cabinet-arbor.fr",
        "sender": "accueil@cabinet-arbor.fr",
        "text": (
            "Bonjour,\n"
            "Mme Dumont a quitté le cabinet le 30 novembre. Son adresse sera désactivée "
            "prochainement.\n"
            "Pour le suivi du contrat de retraite du cabinet, merci d'écrire à M. Julien Petit, "
            "j.petit@cabinet-arbor.fr.\n"
            "L'accueil"
        ),
        "label": "none",
        "note": "employee left, reception names the colleague to write to",
    },
    {
        "id": "relayb-079",
        "lang": "es",
        "written_to": "antonio.ruiz@telefonica.net",
        "sender": "antonio.ruiz.m@gmail.com",
        "text": (
            "Hola Marta:\n"
            "Dejo de usar la cuenta de telefonica, a partir de ahora escríbeme aquí por favor. Y "
            "mándame el informe trimestral cuando lo tengas.\n"
            "Antonio"
        ),
        "label": "none",
        "note": "change of address, wants the quarterly report",
    },
    {
        "id": "relayb-080",
        "lang": "en",
        "written_to": "info@castlegateaccountants.co.uk",
        "sender": "info@castlegateaccountants.co.uk",
        "text": (
            "Hi, this inbox is read by me (Jo, office manager) and I'm the one who keeps deleting "
            "these.\n"
            "We didn't ask for them - please stop sending your newsletters to info@. Thanks."
        ),
        "label": "own",
        "note": "office manager reading the generic inbox asks to stop sending to it",
    },
    {
        "id": "relayb-081",
        "lang": "fr",
        "written_to": "marc.olivier@gmail.com",
        "sender": "marc.olivier@gmail.com",
        "text": (
            "Bonsoir,\n"
            "Surtout ne me retirez pas de la liste ! Ma femme a répondu « stop » à votre SMS par "
            "erreur en pensant que c'était une pub.\n"
            "Je tiens à recevoir vos analyses.\n"
            "Marc Olivier"
        ),
        "label": "none",
        "note": "asks NOT to be removed after a mistaken STOP",
    },
    {
        "id": "relayb-082",
        "lang": "en",
        "written_to": "edna.walsh@eircom.net",
        "sender": "careteam@brookfieldhomecare.ie",
        "text": (
            "Hello,\n"
            "I'm Edna's carer from Brookfield Home Care. Edna asked me to write to you because she "
            "can't manage the computer any more -\n"
            "she'd like you to stop emailing her please. She said to say thank you for everything "
            "over the years.\n"
            "Siobhan, Care Coordinator"
        ),
        "label": "relayed",
        "note": "home carer writes because the client can't manage email: stop emailing her",
    },
    {
        "id": "relayb-083",
        "lang": "fr",
        "written_to": "robert.fabre@orange.fr",
        "sender": "t.lemoine@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je suis le gendre de M. Fabre. Il m'a demandé de vous écrire car il ne sait pas "
            "répondre aux mails :\n"
            "il ne veut plus être démarché, ni par mail ni autrement. Merci de le rayer de vos "
            "listes.\n"
            "Thibault Lemoine"
        ),
        "label": "relayed",
        "note": "son-in-law: he no longer wants to be solicited, strike him off",
    },
    {
        "id": "relayb-084",
        "lang": "pt",
        "written_to": "maria.sousa@sapo.pt",
        "sender": "joana.sousa.advogada@gmail.com",
        "text": (
            "Exmos. Senhores,\n"
            "Na qualidade de filha e procuradora da Sra. D. Maria Sousa, venho solicitar que deixem "
            "de enviar emails para a minha mãe\n"
            "e que o seu endereço seja removido da vossa base de dados.\n"
            "Com os melhores cumprimentos,\n"
            "Joana Sousa"
        ),
        "label": "relayed",
        "note": "daughter holding a power of attorney asks to stop emailing her mother",
    },
    {
        "id": "relayb-085",
        "lang": "en",
        "written_to": "l.harrington@harrington-vets.co.uk",
        "sender": "practice@harrington-vets.co.uk",
        "text": (
            "Dear Ms Doyle,\n"
            "We're writing to let you know that Laura Harrington, our senior partner, died suddenly "
            "on 3 November.\n"
            "The remaining partners need to remove her as a named member of the practice's group "
            "protection policy and as trustee of the pension scheme.\n"
            "Could you send the forms?\n"
            "With thanks,\n"
            "The Partners, Harrington Veterinary Surgeons"
        ),
        "label": "none",
        "note": "partner died; remove her from the group policy and pension trusteeship, not the mailing",
    },
    {
        "id": "relayb-086",
        "lang": "fr",
        "written_to": "p.schmit@pt.lu",
        "sender": "p.schmit@pt.lu",
        "text": ("Bonjour,\nVeuillez ne plus m'envoyer de messages. Je n'ai jamais été client chez vous.\nP. Schmit"),
        "label": "own",
        "note": "Luxembourg prospect: do not send me messages any more",
    },
    {
        "id": "relayb-087",
        "lang": "nl",
        "written_to": "e.vanacker@vanacker-architecten.be",
        "sender": "e.vanacker@vanacker-architecten.be",
        "text": ("Beste,\nGraag uitschrijven voor alle mailings. Ik heb hier geen interesse in.\nEls Van Acker"),
        "label": "own",
        "note": "Flemish architect: unsubscribe me from all mailings",
    },
    {
        "id": "relayb-088",
        "lang": "en",
        "written_to": "s.okonkwo@okonkwopharma.com",
        "sender": "pa.ceo@okonkwopharma.com",
        "text": (
            "Good afternoon,\n"
            "Mr Okonkwo has reviewed the brochure and will not be pursuing the offshore bond, so no "
            "need to send anything further on that.\n"
            "He'll be in touch about the rest in the new year.\n"
            "Kind regards,\n"
            "Office of the CEO"
        ),
        "label": "none",
        "note": "CEO office declines one product only",
    },
    {
        "id": "relayb-089",
        "lang": "fr",
        "written_to": "dominique.perret@perret-sarl.fr",
        "sender": "cabinet@expertise-riviere.fr",
        "text": (
            "Bonjour,\n"
            "Nous sommes l'expert-comptable de la SARL Perret. Notre cliente, Mme Dominique Perret, "
            "nous a demandé de vous signifier\n"
            "qu'elle ne souhaite plus être sollicitée par votre cabinet. Merci d'en tenir compte.\n"
            "Cabinet Rivière - Expertise comptable"
        ),
        "label": "relayed",
        "note": "client's accountant conveys she no longer wants to be solicited",
    },
    {
        "id": "relayb-090",
        "lang": "en",
        "written_to": "dave.k@kennedyelectrical.com",
        "sender": "dave.k@kennedyelectrical.com",
        "text": "pls unsubcribe me from this mailng list cheers",
        "label": "own",
        "note": "typos: unsubscribe me",
    },
    {
        "id": "relayb-091",
        "lang": "fr",
        "written_to": "annie.guerin@sfr.fr",
        "sender": "annie.guerin@sfr.fr",
        "text": (
            "Bonjour Monsieur Duval,\n"
            "Est-ce que je dois me désinscrire quelque part pour ne plus recevoir les relevés papier "
            "? Je préfère tout par internet.\n"
            "Mais je veux garder vos mails, hein !\n"
            "Annie Guérin"
        ),
        "label": "none",
        "note": "question about stopping paper statements, keeps the emails",
    },
    {
        "id": "relayb-092",
        "lang": "en",
        "written_to": "ceo@harwoodmedia.co.uk",
        "sender": "diary@harwoodmedia.co.uk",
        "text": "Please remove Simon from this list, he's asked not to receive these. Thanks, Diary team",
        "label": "relayed",
        "note": "diary team: remove Simon, he asked not to receive these",
    },
    {
        "id": "relayb-093",
        "lang": "de",
        "written_to": "werner.roth@gmx.de",
        "sender": "betreuungsbuero.lang@web.de",
        "text": (
            "Sehr geehrte Damen und Herren,\n"
            "als gerichtlich bestellter Betreuer von Herrn Werner Roth teile ich Ihnen mit, dass "
            "Herr Roth keine Werbe-E-Mails mehr erhalten soll.\n"
            "Er ist nicht mehr in der Lage, solche Angebote einzuschätzen. Bitte löschen Sie seine "
            "E-Mail-Adresse aus Ihrem Verteiler.\n"
            "Thomas Lang\n"
            "Berufsbetreuer"
        ),
        "label": "relayed",
        "note": "professional Betreuer asks to delete the ward's address from the list",
    },
    {
        "id": "relayb-094",
        "lang": "fr",
        "written_to": "m.et.mme.bonnet@orange.fr",
        "sender": "m.et.mme.bonnet@orange.fr",
        "text": (
            "Bonjour,\n"
            "Mon mari Alain est décédé le mois dernier. Je garde cette adresse.\n"
            "Que faut-il faire pour que le compte-titres joint passe à mon seul nom ? Je peux passer "
            "à l'agence jeudi.\n"
            "Michèle Bonnet"
        ),
        "label": "none",
        "note": "widow keeps the shared address, asks to move the joint account to her name",
    },
    {
        "id": "relayb-095",
        "lang": "en",
        "written_to": "a.novak@novak-design.com",
        "sender": "studio@novak-design.com",
        "text": (
            "Hi, Anna's on maternity leave until next September.\n"
            "In the meantime please don't expect replies from her - I'm covering day-to-day studio "
            "stuff but not her personal finances,\n"
            "so best to hold anything for her until she's back.\n"
            "Mia"
        ),
        "label": "none",
        "note": "colleague: on maternity leave, hold things until she's back",
    },
    {
        "id": "relayb-096",
        "lang": "fr",
        "written_to": "me.durand@durand-avocat.fr",
        "sender": "me.durand@durand-avocat.fr",
        "text": (
            "Cher Monsieur,\n"
            "Sans vouloir vous froisser, je reçois déjà suffisamment de sollicitations. Merci de me "
            "retirer de vos envois.\n"
            "Bien à vous,\n"
            "Me Pierre Durand"
        ),
        "label": "own",
        "note": "lawyer (as a prospect) asks to be taken off the mailing",
    },
    {
        "id": "relayb-097",
        "lang": "en",
        "written_to": "amir.haddad@haddadproperties.com",
        "sender": "r.singh@singhandco-solicitors.co.uk",
        "text": (
            "Dear Sirs,\n"
            "We are instructed by Mr Amir Haddad. Our client has asked us to request that you cease "
            "all direct communication with him,\n"
            "by email or otherwise, with immediate effect, and that his personal data be removed "
            "from your marketing database.\n"
            "Yours faithfully,\n"
            "Singh & Co Solicitors"
        ),
        "label": "relayed",
        "note": "solicitors instructed by the client ask to cease all contact",
    },
    {
        "id": "relayb-098",
        "lang": "fr",
        "written_to": "v.perrin@perrin-archi.fr",
        "sender": "v.perrin@perrin-archi.fr",
        "text": (
            "Bonjour Mathilde,\n"
            "Désinscrivez-moi de la lettre mensuelle s'il vous plaît, je ne la lis jamais. Par "
            "contre continuez à m'écrire pour le dossier de la SCI, c'est important.\n"
            "Vincent"
        ),
        "label": "none",
        "note": "leaves the monthly letter, keeps the adviser's emails on his file",
    },
    {
        "id": "relayb-099",
        "lang": "it",
        "written_to": "franco.greco@libero.it",
        "sender": "franco.greco@libero.it",
        "text": (
            "Sono la moglie di Franco. Lui non vuole più ricevere le vostre email, per favore toglietelo. Grazie\nAnna"
        ),
        "label": "relayed",
        "note": "wife from his address: he wants no more emails",
    },
    {
        "id": "relayb-100",
        "lang": "en",
        "written_to": "n.brooks@brooksfinance.co.uk",
        "sender": "n.brooks@brooksfinance.co.uk",
        "text": (
            "Hi - please take Paul Hendry off your list, he's moved to our Leeds office and doesn't "
            "deal with the pension scheme any more.\n"
            "Keep me on, obviously.\n"
            "Nick"
        ),
        "label": "none",
        "note": "asks to remove a colleague (third person), keep me",
    },
    {
        "id": "relayb-101",
        "lang": "fr",
        "written_to": "president@groupe-lacroix.fr",
        "sender": "cabinet.president@groupe-lacroix.fr",
        "text": (
            "Madame,\n"
            "Le Président Lacroix a pris connaissance de vos courriels successifs. Il me prie de "
            "vous indiquer qu'il ne souhaite pas que vous poursuiviez ces échanges.\n"
            "Je vous remercie de le retirer de vos listes.\n"
            "Hélène Marquet\n"
            "Directrice de cabinet du Président"
        ),
        "label": "relayed",
        "note": "chief of staff: the chairman does not want these exchanges to continue",
    },
    {
        "id": "relayb-102",
        "lang": "en",
        "written_to": "john.pryce@pryce-farms.co.uk",
        "sender": "owen.pryce@pryce-farms.co.uk",
        "text": (
            "Hi, Dad's stepped back from the farm now and doesn't want this stuff.\n"
            "I run it now so if you want to talk about the business property relief planning, email "
            "me instead.\n"
            "Owen"
        ),
        "label": "none",
        "note": "father stepped back, son asks to be emailed instead",
    },
    {
        "id": "relayb-103",
        "lang": "fr",
        "written_to": "g.rey@rey-agriculture.fr",
        "sender": "g.rey@rey-agriculture.fr",
        "text": (
            "Bonjour,\n"
            "J'ai bien vendu l'exploitation et je n'ai plus besoin de vos conseils. Merci de ne plus "
            "me contacter.\n"
            "Gilles Rey"
        ),
        "label": "own",
        "note": "sold his farm and asks, for himself, not to be contacted",
    },
    {
        "id": "relayb-104",
        "lang": "en",
        "written_to": "bryan.cole@sapo.pt",
        "sender": "lucy.cole.uk@gmail.com",
        "text": (
            "Hello, my father Bryan Cole lives in Portugal and I help him with his post and emails.\n"
            "He's asked me to tell you he'd like to be unsubscribed - he doesn't want any further "
            "contact. Many thanks, Lucy"
        ),
        "label": "relayed",
        "note": "daughter helping her father in Portugal: he wants to be unsubscribed",
    },
    {
        "id": "relayb-105",
        "lang": "fr",
        "written_to": "paul.henry@wanadoo.fr",
        "sender": "curatelle@atmp35.fr",
        "text": (
            "Madame, Monsieur,\n"
            "L'ATMP 35 exerce la curatelle de M. Paul Henry. Afin d'établir l'inventaire, nous vous "
            "remercions de nous transmettre\n"
            "la liste de ses contrats et leur valeur au 31/12. Vous trouverez ci-joint la copie du "
            "jugement.\n"
            "Service mandataire"
        ),
        "label": "none",
        "note": "guardianship association asks only for the list of contracts",
    },
    {
        "id": "relayb-106",
        "lang": "en",
        "written_to": "mark.tate@gmail.com",
        "sender": "mark.tate@gmail.com",
        "text": (
            "You've got the wrong Mark Tate. I'm not your client and never have been. Please stop "
            "emailing this address."
        ),
        "label": "own",
        "note": "wrong person: stop emailing this address",
    },
    {
        "id": "relayb-107",
        "lang": "fr",
        "written_to": "emma.richard@gmail.com",
        "sender": "richard.famille@orange.fr",
        "text": (
            "Bonjour,\n"
            "Emma est expatriée au Canada et ne consulte plus cette boîte. Elle m'a demandé de vous "
            "dire qu'elle ne souhaite plus recevoir vos messages.\n"
            "Merci de la désinscrire.\n"
            "Sa mère, Véronique Richard"
        ),
        "label": "relayed",
        "note": "mother relays her expatriate daughter's wish to be unsubscribed",
    },
    {
        "id": "relayb-108",
        "lang": "es",
        "written_to": "fernando.vidal@vidalconstrucciones.es",
        "sender": "despacho@lopez-abogados.es",
        "text": (
            "Muy Sres. nuestros:\n"
            "Actuamos en representación de D. Fernando Vidal, quien nos ha encargado comunicarles su "
            "voluntad de no recibir más comunicaciones comerciales de su entidad.\n"
            "Les rogamos procedan a la supresión de sus datos.\n"
            "Atentamente,\n"
            "López Abogados"
        ),
        "label": "relayed",
        "note": "law firm communicates the client's wish to receive no more commercial mail",
    },
    {
        "id": "relayb-109",
        "lang": "en",
        "written_to": "t.hughes@hugheslaw.co.uk",
        "sender": "t.hughes@hugheslaw.co.uk",
        "text": (
            "I did NOT ask to be removed. Someone in my office did that without asking me. Please "
            "put me back on the list."
        ),
        "label": "none",
        "note": "denies asking to be removed, wants back on",
    },
    {
        "id": "relayb-110",
        "lang": "fr",
        "written_to": "j.morel@morel-industrie.fr",
        "sender": "a.lopez@morel-industrie.fr",
        "text": (
            "Bonjour,\n"
            "Je suis en copie de vos échanges avec M. Morel depuis le début : ce n'est plus utile, "
            "vous pouvez m'enlever de la boucle pour la suite,\n"
            "il vous répondra directement.\n"
            "Amandine Lopez"
        ),
        "label": "none",
        "note": "assistant asks to be taken out of the cc loop only",
    },
    {
        "id": "relayb-111",
        "lang": "en",
        "written_to": "dr.cho@cho-orthodontics.com",
        "sender": "frontdesk@cho-orthodontics.com",
        "text": (
            "Hi,\n"
            "Dr Cho asked me to reply to this. She'd like to be taken off your email list please, "
            "she doesn't have time for the updates.\n"
            "Thank you!\n"
            "Front Desk - Cho Orthodontics"
        ),
        "label": "relayed",
        "note": "front desk: the orthodontist wants to be taken off the list",
    },
    {
        "id": "relayb-112",
        "lang": "fr",
        "written_to": "jacques.renaud@free.fr",
        "sender": "odile.renaud@free.fr",
        "text": (
            "Bonjour,\n"
            "Jacques nous a quittés le 12 octobre. Vous pouvez retirer son adresse, elle ne sera "
            "plus lue.\n"
            "Pour la suite, c'est moi qui m'occupe de tout : écrivez-moi sur celle-ci.\n"
            "Odile Renaud"
        ),
        "label": "none",
        "note": "husband died; widow says remove his address and write to her instead",
    },
    {
        "id": "relayb-113",
        "lang": "en",
        "written_to": "j.keller@keller-holz.de",
        "sender": "j.keller@keller-holz.de",
        "text": (
            "Dear Sir, I am getting your newsletter in english but I dont want it anymore. Please "
            "delete me from the list.\n"
            "Best regards J. Keller"
        ),
        "label": "own",
        "note": "non-native English: delete me from the list",
    },
    {
        "id": "relayb-114",
        "lang": "fr",
        "written_to": "a.favre@favre-sa.ch",
        "sender": "secretariat@fiduciaire-berger.ch",
        "text": (
            "Madame, Monsieur,\n"
            "Sur instruction de notre mandant, M. Alain Favre, nous vous prions de cesser l'envoi de "
            "vos communications à son attention\n"
            "et de supprimer ses données de vos fichiers.\n"
            "Avec nos salutations distinguées,\n"
            "Fiduciaire Berger SA"
        ),
        "label": "relayed",
        "note": "Swiss fiduciary on instruction of its principal asks to stop and delete",
    },
    {
        "id": "relayb-115",
        "lang": "de",
        "written_to": "m.huber@huber-architektur.at",
        "sender": "m.huber@huber-architektur.at",
        "text": ("Servus,\nich hab mich nie angemeldet und will das nicht mehr bekommen. Bitte abmelden.\nM. Huber"),
        "label": "own",
        "note": "Austrian: never signed up, unsubscribe me",
    },
    {
        "id": "relayb-116",
        "lang": "en",
        "written_to": "pat.mcgrath@gmail.com",
        "sender": "mcgrath.estate@outlook.com",
        "text": (
            "Dear Sir/Madam,\n"
            "I am writing as administrator of the estate of the late Patrick McGrath.\n"
            "For probate purposes I need a statement of all accounts held with you as at 19 October "
            "2026. Please send it to the address below.\n"
            "Eileen McGrath (administrator)\n"
            "14 Glenview Road, Cork"
        ),
        "label": "none",
        "note": "estate administrator asks only for a statement for probate",
    },
    {
        "id": "relayb-117",
        "lang": "fr",
        "written_to": "x.dupuis@dupuis-sa.fr",
        "sender": "assistante.dupuis@dupuis-sa.fr",
        "text": (
            "Bonjour,\n"
            "Petite précision : je suis l'assistante de M. Dupuis et mon adresse a été ajoutée à vos "
            "envois par erreur.\n"
            "Je ne souhaite plus rien recevoir de votre part sur ma boîte. M. Dupuis, lui, reste "
            "intéressé.\n"
            "Merci,\n"
            "Karine"
        ),
        "label": "own",
        "note": "assistant wants her own box removed, the boss stays interested",
    },
    {
        "id": "relayb-118",
        "lang": "en",
        "written_to": "h.meier@bluewin.ch",
        "sender": "ursula.meier@bluewin.ch",
        "text": (
            "Dear Mr Bennett,\n"
            "My husband Hans has asked me to write on his behalf. After some thought he would prefer "
            "not to be contacted by your firm again\n"
            "and asks that you delete his email address.\n"
            "With best wishes,\n"
            "Ursula Meier"
        ),
        "label": "relayed",
        "note": "wife writes on her husband's behalf: delete his address",
    },
    {
        "id": "relayb-119",
        "lang": "fr",
        "written_to": "c.lambert@lambert-pharmacie.fr",
        "sender": "c.lambert@lambert-pharmacie.fr",
        "text": (
            "Bonjour, c'est l'épouse de Christian. Il est hospitalisé depuis lundi, rien de grave "
            "mais il en a pour quinze jours.\n"
            "Inutile de lui écrire d'ici là, il ne lira pas. Il vous rappellera.\n"
            "Martine"
        ),
        "label": "none",
        "note": "wife from his address: hospitalised, no point writing for two weeks",
    },
    {
        "id": "relayb-120",
        "lang": "en",
        "written_to": "fiona.grant@grantdental.co.uk",
        "sender": "fiona.grant@grantdental.co.uk",
        "text": (
            "Hello,\n"
            "Could you please remove me from your circulation list. I don't recall giving consent "
            "and would prefer not to receive further emails.\n"
            "Many thanks\n"
            "Fiona Grant BDS\n"
            "Principal Dentist, Grant Dental Care"
        ),
        "label": "own",
        "note": "dentist asks to be removed from the circulation list",
    },
    {
        "id": "relayb-121",
        "lang": "fr",
        "written_to": "hugo.besson@besson-architectes.fr",
        "sender": "agence@besson-architectes.fr",
        "text": (
            "Bonjour,\n"
            "Hugo est sur un chantier toute la semaine et m'a demandé de vous répondre rapidement : "
            "il préfère que vous arrêtiez de lui envoyer ces propositions,\n"
            "il a déjà un conseiller et ne changera pas. Merci de le retirer de votre fichier.\n"
            "Pauline, pour l'agence"
        ),
        "label": "relayed",
        "note": "colleague at the agency: he wants you to stop and remove him",
    },
    {
        "id": "relayb-122",
        "lang": "en",
        "written_to": "c.adeyemi@adeyemi-clinic.com",
        "sender": "admin@adeyemi-clinic.com",
        "text": (
            "Hi Tom,\n"
            "Dr Adeyemi says thanks but she's not interested in the ESG fund at this stage.\n"
            "She'd still like the year-end tax planning note you mentioned when it's ready.\n"
            "Best,\n"
            "Joy, clinic admin"
        ),
        "label": "none",
        "note": "clinic admin relays 'not interested in the fund' but wants the tax note",
    },
    {
        "id": "relayb-123",
        "lang": "fr",
        "written_to": "dr.nguyen.dentiste@gmail.com",
        "sender": "dr.nguyen.dentiste@gmail.com",
        "text": (
            "Bonjour,\n"
            "Troisième relance de votre part cette semaine. Je ne suis pas intéressée, et je vous "
            "demande expressément de cesser de m'écrire.\n"
            "Dr Linh Nguyen"
        ),
        "label": "own",
        "note": "third follow-up this week; expressly asks to stop writing",
    },
    {
        "id": "relayb-124",
        "lang": "es",
        "written_to": "isabel.moreno@morenofarmacia.es",
        "sender": "isabel.moreno@morenofarmacia.es",
        "text": (
            "Hola Javier,\n"
            "Ahora mismo no puedo, estamos con el inventario de fin de año. Escríbeme después de "
            "Reyes y lo vemos con calma.\n"
            "Isabel"
        ),
        "label": "none",
        "note": "pause until after Epiphany",
    },
    {
        "id": "relayb-125",
        "lang": "en",
        "written_to": "derek.shaw@hotmail.com",
        "sender": "pauline.shaw.home@gmail.com",
        "text": (
            "Hi,\n"
            "I'm Derek Shaw's sister. Derek is working offshore for the next few years and has asked "
            "me to sort out his admin.\n"
            "He wants nothing more from your firm, so please stop the emails and remove him from "
            "your system.\n"
            "Regards,\n"
            "Pauline Shaw"
        ),
        "label": "relayed",
        "note": "sister handling his admin: he wants nothing more, remove him",
    },
    {
        "id": "relayb-126",
        "lang": "fr",
        "written_to": "m.carpentier@gmail.com",
        "sender": "m.carpentier@gmail.com",
        "text": (
            "Bonjour,\n"
            "Comment fait-on pour couper les notifications de votre application sur le téléphone ? "
            "Elles sonnent à toute heure.\n"
            "Je veux garder les mails, juste plus les notifications.\n"
            "Michel Carpentier"
        ),
        "label": "none",
        "note": "question about app notifications, keeps the emails",
    },
    {
        "id": "relayb-127",
        "lang": "en",
        "written_to": "ben@fernlabs.io",
        "sender": "ben@fernlabs.io",
        "text": (
            "Hey - appreciate the persistence but I'm going to pass. Mind taking me off your sequence? Thanks, Ben"
        ),
        "label": "own",
        "note": "founder: take me off your sequence",
    },
    {
        "id": "relayb-128",
        "lang": "fr",
        "written_to": "lucien.marty@orange.fr",
        "sender": "celine.marty@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je suis la belle-fille de M. Lucien Marty, 91 ans. Il nous a montré vos mails, il ne "
            "comprend pas de quoi il s'agit et il ne veut plus en recevoir.\n"
            "Merci de faire le nécessaire.\n"
            "Céline Marty"
        ),
        "label": "relayed",
        "note": "daughter-in-law: the 91-year-old no longer wants these mails",
    },
    {
        "id": "relayb-129",
        "lang": "pt",
        "written_to": "tiago.ferreira@ferreira-arquitetos.pt",
        "sender": "tiago.ferreira@ferreira-arquitetos.pt",
        "text": (
            "Boa tarde,\n"
            "Peço que removam o meu email da vossa lista de envio. Não tenho interesse.\n"
            "Obrigado,\n"
            "Tiago Ferreira"
        ),
        "label": "own",
        "note": "asks to remove his email from the list",
    },
    {
        "id": "relayb-130",
        "lang": "en",
        "written_to": "j.kim@kimwealthtech.com",
        "sender": "j.kim@kimwealthtech.com",
        "text": (
            "Min - can you file this with the other adviser pitches? Not now, maybe after the Series "
            "B closes. Thanks, J"
        ),
        "label": "none",
        "note": "internal note to a colleague sent to the firm by mistake",
    },
    {
        "id": "relayb-131",
        "lang": "fr",
        "written_to": "jl.faure@faure-notaires.fr",
        "sender": "standard@faure-notaires.fr",
        "text": (
            "MERCI DE NE PLUS ENVOYER DE MAILS A ME FAURE. IL EN A FAIT LA DEMANDE A PLUSIEURS REPRISES.\nLE STANDARD"
        ),
        "label": "relayed",
        "note": "switchboard in capitals: stop mailing the notary, he asked several times",
    },
    {
        "id": "relayb-132",
        "lang": "en",
        "written_to": "ananya.rao@meridianbio.com",
        "sender": "legal@meridianbio.com",
        "text": (
            "Dear Sir/Madam,\n"
            "Ms Rao, our Chief Executive, has referred your recent emails to the legal team. She "
            "does not consent to being contacted by your firm.\n"
            "Please delete her details and confirm compliance within 30 days.\n"
            "Meridian Bio - Legal & Compliance"
        ),
        "label": "relayed",
        "note": "company legal team: the CEO does not consent to contact, delete her details",
    },
    {
        "id": "relayb-133",
        "lang": "fr",
        "written_to": "suzanne.roche@laposte.net",
        "sender": "suzanne.roche@laposte.net",
        "text": (
            "Bonjour, c'est son fils. Ma mère ne veut plus recevoir de courrier papier chez elle, "
            "elle ne les ouvre pas.\n"
            "Les mails ça va, je les lis avec elle le dimanche.\n"
            "Pierre Roche"
        ),
        "label": "none",
        "note": "son from his mother's address: no more paper mail, emails are fine",
    },
    {
        "id": "relayb-134",
        "lang": "nl",
        "written_to": "r.jansen@ziggo.nl",
        "sender": "rjansen.spanje@gmail.com",
        "text": (
            "Hallo Sandra,\n"
            "Wij wonen sinds oktober in Alicante. Het ziggo-adres verdwijnt binnenkort, dus stuur "
            "vanaf nu alles naar dit adres.\n"
            "De nieuwsbrief blijf ik graag ontvangen.\n"
            "Groeten, Rob Jansen"
        ),
        "label": "none",
        "note": "moved to Spain, new address, keeps the newsletter",
    },
    {
        "id": "relayb-135",
        "lang": "en",
        "written_to": "lord.carrow@carrowestates.co.uk",
        "sender": "secretary@carrowestates.co.uk",
        "text": (
            "Dear Sir,\n"
            "Lord Carrow has instructed me to ask that his name be struck from your mailing list. He "
            "has no wish to receive further correspondence.\n"
            "Yours faithfully,\n"
            "Private Secretary to Lord Carrow"
        ),
        "label": "relayed",
        "note": "private secretary: his name to be struck from the list",
    },
    {
        "id": "relayb-136",
        "lang": "fr",
        "written_to": "d.maes@maes-dentisterie.be",
        "sender": "didier.maes@skynet.be",
        "text": (
            "Bonjour,\n"
            "Je vous écris de mon adresse privée. Vous m'envoyez des mails sur mon adresse du "
            "cabinet depuis un an : ça suffit, supprimez-moi de votre liste, merci.\n"
            "D. Maes"
        ),
        "label": "own",
        "note": "same person from his private address: remove me",
    },
    {
        "id": "relayb-137",
        "lang": "it",
        "written_to": "luigi.romano@alice.it",
        "sender": "studio@notaiobianchi.it",
        "text": (
            "Gentili signori,\n"
            "vi comunichiamo il decesso del sig. Luigi Romano, avvenuto il 21 ottobre.\n"
            "Per la dichiarazione di successione vi preghiamo di trasmetterci l'estratto delle "
            "posizioni intestate al de cuius alla data del decesso.\n"
            "Studio Notarile Bianchi"
        ),
        "label": "none",
        "note": "notary's office announces the death and asks only for a statement",
    },
    {
        "id": "relayb-138",
        "lang": "en",
        "written_to": "p.achebe@achebegroup.com",
        "sender": "office.pa@achebegroup.com",
        "text": (
            "Hi,\n"
            "Just checking - Patrick got a message saying he'd been unsubscribed. He didn't ask for "
            "that and wants to keep getting your updates.\n"
            "Could you reinstate him?\n"
            "Thanks,\n"
            "Ngozi, PA"
        ),
        "label": "none",
        "note": "PA: he was unsubscribed without asking, reinstate him",
    },
    {
        "id": "relayb-139",
        "lang": "fr",
        "written_to": "bernard.gilles@sfr.fr",
        "sender": "anne.gilles.pro@gmail.com",
        "text": (
            "Bonsoir,\n"
            "Papa est décédé le 30 septembre. Je vous remercie de clore son dossier et de ne plus "
            "envoyer de messages sur son adresse,\n"
            "ma mère tombe dessus à chaque fois.\n"
            "Anne Gilles"
        ),
        "label": "relayed",
        "note": "daughter: father died, close his file and stop sending",
    },
    {
        "id": "relayb-140",
        "lang": "en",
        "written_to": "brian.holt@virginmedia.com",
        "sender": "brian.holt@virginmedia.com",
        "text": (
            "Dear Sir,\n"
            "I have now received eleven emails from your firm since attending your seminar in "
            "Harrogate.\n"
            "I attended for the free lunch, frankly, and have no intention of moving my pension. "
            "Kindly remove my address and do not write again.\n"
            "B. Holt (Mr)"
        ),
        "label": "own",
        "note": "retiree after a seminar: remove my address, do not write again",
    },
    {
        "id": "relayb-141",
        "lang": "fr",
        "written_to": "dr.pichon@cabinet-pichon.fr",
        "sender": "dr.roussel@cabinet-pichon.fr",
        "text": (
            "Bonjour,\n"
            "Le Dr Pichon a cédé son cabinet et s'est installé dans le Sud. C'est moi qui ai repris "
            "la patientèle et les locaux.\n"
            "Plus la peine de lui écrire ici ; si vos propositions concernent le cabinet, "
            "adressez-les-moi.\n"
            "Dr Éric Roussel"
        ),
        "label": "none",
        "note": "practice taken over; successor asks to be written to instead",
    },
    {
        "id": "relayb-142",
        "lang": "pt",
        "written_to": "helena.costa@gmail.com",
        "sender": "helena.costa@gmail.com",
        "text": (
            "Olá Ricardo,\n"
            "Pode deixar de me enviar cartas em papel para casa? Prefiro receber tudo por email, "
            "continue a escrever-me por aqui.\n"
            "Obrigada,\n"
            "Helena Costa"
        ),
        "label": "none",
        "note": "stop paper letters, keep writing by email",
    },
    {
        "id": "relayb-143",
        "lang": "en",
        "written_to": "sarah.ng@ngdesign.com",
        "sender": "sarah.ng@ngdesign.com",
        "text": (
            "Hi, this is Sarah's husband. She's away for work but asked me to reply to this since "
            "she keeps getting them:\n"
            "she wants to unsubscribe and not hear from you again. Thanks."
        ),
        "label": "relayed",
        "note": "husband replying from her address: she wants to unsubscribe",
    },
    {
        "id": "relayb-144",
        "lang": "fr",
        "written_to": "nico.faure.pro@gmail.com",
        "sender": "nico.faure.pro@gmail.com",
        "text": "Bonjour merci de ne plus m'envoyer de mail. Cdt",
        "label": "own",
        "note": "short: please stop sending me mail",
    },
    {
        "id": "relayb-145",
        "lang": "en",
        "written_to": "g.baxter@baxterlaw.co.uk",
        "sender": "reception@baxterlaw.co.uk",
        "text": (
            "Good morning,\n"
            "Geoffrey Baxter retired from the partnership on 31 October and his email will be closed "
            "at year end.\n"
            "Please direct any correspondence regarding the firm's pension arrangements to our "
            "managing partner, Fiona Lyle (f.lyle@baxterlaw.co.uk).\n"
            "Kind regards,\n"
            "Reception"
        ),
        "label": "none",
        "note": "partner retired; reception names the managing partner to write to",
    },
    {
        "id": "relayb-146",
        "lang": "fr",
        "written_to": "g.lambert@skynet.be",
        "sender": "cabinet@vandamme-avocats.be",
        "text": (
            "Monsieur,\n"
            "Je vous écris en ma qualité d'administrateur des biens de M. Georges Lambert, désigné "
            "par le juge de paix du canton de Namur.\n"
            "Je vous prie de cesser immédiatement toute sollicitation à son égard.\n"
            "Me Vandamme, avocat"
        ),
        "label": "relayed",
        "note": "Belgian court-appointed administrator asks to stop soliciting the protected person",
    },
    {
        "id": "relayb-147",
        "lang": "fr",
        "written_to": "rh@tanneries-clement.fr",
        "sender": "rh@tanneries-clement.fr",
        "text": (
            "Bonjour,\n"
            "Vous écrivez à l'adresse du service RH. Nous ne savons pas comment elle s'est retrouvée "
            "dans vos envois : merci de ne plus rien y adresser.\n"
            "Nous avons déjà un prestataire pour l'épargne salariale.\n"
            "Service RH - Tanneries Clément"
        ),
        "label": "own",
        "note": "HR department asks to stop writing to its own generic address",
    },
    {
        "id": "relayb-148",
        "lang": "fr",
        "written_to": "p.laurent@laurent-vins.fr",
        "sender": "p.laurent@laurent-vins.fr",
        "text": (
            "Bonjour Julie,\n"
            "Non non, je ne voulais pas dire d'arrêter de m'écrire dans mon dernier mail ! Je disais "
            "juste qu'on arrêtait le contrat Madelin.\n"
            "Continuez à m'envoyer vos infos.\n"
            "Philippe Laurent"
        ),
        "label": "none",
        "note": "clarifies he did not mean to stop the emails, only a contract",
    },
    {
        "id": "relayb-149",
        "lang": "en",
        "written_to": "liam.foster@gmail.com",
        "sender": "deputyship@carterfosterlaw.co.uk",
        "text": (
            "Dear Sirs,\n"
            "We act as professional deputy for property and financial affairs for Liam Foster, "
            "appointed by the Court of Protection.\n"
            "Mr Foster lacks capacity to make investment decisions. Please cease sending marketing "
            "or any other emails to him directly and remove his address from your lists.\n"
            "Deputyship Team\n"
            "Carter Foster Solicitors"
        ),
        "label": "relayed",
        "note": "professional deputy: stop emailing the client who lacks capacity",
    },
    {
        "id": "relayb-150",
        "lang": "fr",
        "written_to": "gisele.barbier@orange.fr",
        "sender": "gisele.barbier@orange.fr",
        "text": (
            "Bonjour\n"
            "ici la fille de Mme Barbier, je suis sa tutrice. Merci de ne plus écrire à maman, elle "
            "ne gère plus rien.\n"
            "Valérie"
        ),
        "label": "relayed",
        "note": "daughter and guardian from her mother's address: stop writing to her",
    },
    {
        "id": "relayb-151",
        "lang": "en",
        "written_to": "a.moretti@morettipharma.it",
        "sender": "segreteria@morettipharma.it",
        "text": (
            "Good morning, I write for Dr. Moretti. He kindly ask to be removed from your contacts "
            "list, he do not want receive more emails from your company.\n"
            "Best regards, Segreteria Moretti Pharma"
        ),
        "label": "relayed",
        "note": "secretariat in non-native English: the doctor asks to be removed",
    },
    {
        "id": "relayb-152",
        "lang": "fr",
        "written_to": "cabinet.veterinaire.sorel@orange.fr",
        "sender": "cabinet.veterinaire.sorel@orange.fr",
        "text": (
            "Bonjour, c'est le Dr Sorel. Cette boîte est celle du cabinet et c'est moi qui la relève "
            ":\n"
            "merci de ne plus rien y envoyer, je ne suis pas intéressé par vos placements."
        ),
        "label": "own",
        "note": "vet reads the practice box himself and asks to stop sending there",
    },
    {
        "id": "relayb-153",
        "lang": "en",
        "written_to": "k.volkova@volkova-capital.com",
        "sender": "pa@volkova-capital.com",
        "text": (
            "Dear Mr Reid,\n"
            "Ms Volkova has asked me to say she won't be able to look at this until after the New "
            "Year, when the sale of the Riga property completes.\n"
            "Please don't chase before mid-January.\n"
            "Regards,\n"
            "Anya Petrova, PA"
        ),
        "label": "none",
        "note": "PA relays a pause until mid-January",
    },
    {
        "id": "relayb-154",
        "lang": "fr",
        "written_to": "dr.fournier@cabinet-medical-lilas.fr",
        "sender": "secretariat@cabinet-medical-lilas.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Nous avons la tristesse de vous informer du décès du Dr Alain Fournier. Merci de bien "
            "vouloir supprimer son adresse de vos listes de diffusion.\n"
            "Le secrétariat du cabinet médical des Lilas"
        ),
        "label": "relayed",
        "note": "secretariat announces the doctor's death and asks to remove his address",
    },
    {
        "id": "relayb-155",
        "lang": "en",
        "written_to": "t.baumann@baumann-treuhand.ch",
        "sender": "t.baumann@baumann-treuhand.ch",
        "text": (
            "Dear Madam, dear Sir\n"
            "We have never had a business relation. I ask you to delete my data and to stop sending "
            "me e-mails. Thank you for the confirmation.\n"
            "Thomas Baumann"
        ),
        "label": "own",
        "note": "Swiss prospect: delete my data and stop emailing",
    },
    {
        "id": "relayb-156",
        "lang": "fr",
        "written_to": "j.robin@robin-sas.fr",
        "sender": "j.robin@robin-sas.fr",
        "text": (
            "Bonjour,\n"
            "Vous m'écrivez trop souvent, franchement. Un mail par trimestre avec l'essentiel, ça me "
            "suffirait largement.\n"
            "Je reste client, hein, je râle juste un peu.\n"
            "Jérôme Robin"
        ),
        "label": "none",
        "note": "frequency grumble, stays a client, wants a quarterly mail",
    },
    {
        "id": "relayb-157",
        "lang": "fr",
        "written_to": "m.delacroix@delacroix-groupe.fr",
        "sender": "m.delacroix@delacroix-groupe.fr",
        "text": (
            "Bonjour,\n"
            "Je gère la boîte de M. Delacroix. Il ne souhaite pas donner suite et préfère ne plus "
            "être sollicité. Merci de le retirer.\n"
            "Bonne journée\n"
            "V."
        ),
        "label": "relayed",
        "note": "assistant managing his box: he prefers no more solicitation, remove him",
    },
    {
        "id": "relayb-158",
        "lang": "fr",
        "written_to": "o.chapuis@chapuis-conseil.fr",
        "sender": "assistante@chapuis-conseil.fr",
        "text": (
            "Bonjour,\n"
            "M. Chapuis me demande de le désabonner de votre lettre hebdomadaire, qu'il n'a pas le "
            "temps de lire.\n"
            "En revanche il tient à continuer à recevoir les messages de Mme Berthier sur son "
            "contrat de retraite.\n"
            "Cordialement,\n"
            "Laetitia, assistante"
        ),
        "label": "none",
        "note": "assistant relays leaving the weekly letter while keeping the adviser's emails",
    },
    {
        "id": "relayb-159",
        "lang": "fr",
        "written_to": "andre.bouvier@club-internet.fr",
        "sender": "andre.bouvier@club-internet.fr",
        "text": (
            "Cher Monsieur,\n"
            "À 84 ans, je n'ai plus l'âge des placements audacieux. Je vous prie donc de m'oublier "
            "dans vos envois.\n"
            "Bien amicalement,\n"
            "André Bouvier"
        ),
        "label": "own",
        "note": "84-year-old asks to be forgotten in the mailings",
    },
    {
        "id": "relayb-160",
        "lang": "fr",
        "written_to": "roger.vial@orange.fr",
        "sender": "julien.vial84@gmail.com",
        "text": (
            "Bonjour, je m'occupe des papiers de mon oncle Roger Vial depuis son AVC.\n"
            "Il ne veut plus qu'on lui écrive pour des placements, merci de l'enlever de vos listes.\n"
            "Cordialement, Julien Vial (neveu)"
        ),
        "label": "relayed",
        "note": "nephew handling his uncle's papers after a stroke: remove him",
    },
]
