"""Blind evaluation set C for rule R8 (opt-out): is a reply's stop request relayed, the author's own, or neither?

Written blind on 2026-12-06 by a helper session. Blindness rules followed: nothing under /work/main was opened,
listed, searched or read except this file (relay_c.py), which was written, not read, before formatting and
validation; no product code, tests, SQL, docs, README, benchmarks or other eval files were looked at; no git
commands; no web or code search tools; nothing imported from the project. Scratch work lived in /tmp/relay_c_work/
only. The project's .venv python and ruff were run on my own files only. All names, addresses, companies and phone
numbers are invented (phone numbers in a fiction range).

1. What I opened and ran, in order (lab notebook)

1. bash: mkdir -p /tmp/relay_c_work && ls /tmp/relay_c_work && /work/main/.venv/bin/python --version &&
   /work/main/.venv/bin/ruff --version   (scratch dir empty; Python 3.11.7, ruff 0.17.6).
2. Created /tmp/relay_c_work/cases_src.py: the 160 cases written by hand, grouped by label, each with a
   tracking key (e.g. r-fr-05), language, addresses, label, note and text.
3. Created /tmp/relay_c_work/build.py: shuffles the cases with a fixed seed (20261206), assigns ids
   relayc-001..160, computes the counts, writes this docstring (from notebook.txt plus conventions, counts,
   judgement calls, slips) and the CASES list to /work/main/eval/opt_out_relay/relay_c.py.
4. Created /tmp/relay_c_work/validate.py: loads relay_c.py with runpy and checks 160 cases, unique ids and
   texts, non-empty string fields, allowed labels/langs, target counts, docstring counts equal to recomputed
   counts, and lines of at most 120 characters.
5. Created /tmp/relay_c_work/notebook.txt (this numbered list).
6. bash: /work/main/.venv/bin/python /tmp/relay_c_work/build.py, then
   /work/main/.venv/bin/ruff format --no-cache --line-length 120 on relay_c.py, then
   /work/main/.venv/bin/ruff check --no-cache --line-length 120 on relay_c.py, then
   /work/main/.venv/bin/python /tmp/relay_c_work/validate.py (one shell call, chained with &&).
7. Edited notebook.txt (this step), then one bash call: re-ran build.py, ruff format, ruff check and
   validate.py as in step 6, then ruff format --check and printed this docstring (via ast) for a visual check.

2. Label conventions

- relayed: the author is not the person written to and conveys that this person wants the firm to stop writing /
  be removed / not be contacted again; or says the person died or can no longer manage their affairs and asks to
  stop writing to them / remove them / close the file. Also an assistant who asks for both the boss and herself to
  be removed. The author may write from the person's own address.
- own: the author asks the firm to stop writing to the author (unsubscribe, remove me, objection to marketing),
  whoever they are: the person written to, the same person from another address, an assistant who asks to be
  removed HERSELF while the boss should still be written to, or someone writing from a shared/generic address who
  asks, for themselves, to stop writing to that address.
- none: everything else: declines of an offer, pauses ("not before March", "don't chase him this month"), the
  person left/retired/sold/died AND the author asks to be written to instead or names a successor, absences told
  by someone, stop paper mail / post / phone calls only, change of address, death notices asking only for
  documents or a statement, removal of the deceased from a joint account or contract, internal forwards, frequency
  complaints, leaving a newsletter while keeping the adviser's emails (also when relayed), removal of a THIRD
  person who is not the person written to, negations ("je ne vous demande pas de..."), questions ("how do I
  unsubscribe?"), conditionals, removal from CC only, colleague notes.

3. Counts (computed by a script from CASES)

labels: relayed 60, own 40, none 60 (total 160)
langs:  fr 75, en 65, de 4, es 4, it 4, nl 4, pt 4
labels x langs:
    label       fr   en   de   es   it   nl   pt  total
    relayed     28   24    2    1    2    1    2     60
    own         19   16    1    1    1    1    1     40
    none        28   25    1    2    1    2    1     60
    total       75   65    4    4    4    4    4    160

4. Judgement calls worth a second look

- relayc-006: curator asks to stop soliciting/remove him AND to send correspondence to her: kept relayed (explicit
  stop for a person who cannot manage his affairs), not the 'write to me instead' none.
- relayc-017: power of attorney, mother cannot manage; 'je reste joignable' is not a redirect-only request.
- relayc-109: notary asks for a statement too, but also to stop sending and close the file: relayed.
- relayc-036: son asks for a valuation AND to stop emailing his late father: relayed, not a docs-only notice.
- relayc-060: executors' solicitors: cease correspondence to the deceased + queries to them: relayed; contrast
  relayc-125 (redirect only: none).
- relayc-125: executor only asks that future correspondence go to him: none per convention (compare relayc-060).
- relayc-009: family office: cease unsolicited contact + remove; 'handled through this office' read as context.
- relayc-117: colleague executes a conditional instruction ('s'il recevait encore') whose condition is met.
- relayc-159: HR: stop at her work mailbox = the address written to, so relayed, not a channel restriction.
- relayc-098: shared address, husband removes wife (written to) and himself: relayed (relayed+own).
- relayc-145: same pattern as relayc-098 in English.
- relayc-103: sender equals written_to; only 'Le secrétariat' shows the author is not M. Deschamps.
- relayc-008: sender equals written_to; only the signature shows the switchboard writes for M. Muller.
- relayc-023: generic shop address: author asks for the shop to stop; own by the shared-address convention.
- relayc-110: generic B&B inbox: own by the shared-address convention.
- relayc-158: SCI management address read by its manager: own.
- relayc-150: sender differs from written_to but the author says he is the person written to: own.
- relayc-063: same as relayc-150 in English (colleague's laptop).
- relayc-040: conditional future preference ('préférera sans doute'): none.
- relayc-083: conditional ('probably won't want it') plus a question: none.
- relayc-124: 'ne plus mettre M. Caron en copie' on one file + write to me: CC-only, none.
- relayc-097: the person written to asks to stop being copied on one thread: CC-only, none (not own).
- relayc-100: 'add me in her place' after she left: successor convention, none.
- relayc-130: mother no longer wants contact from one adviser but stays a client: none.
- relayc-121: question about unsubscribing, husband 'hésite': none.
- relayc-151: generic address, owner sold, new manager asks to be written to: none.

5. Slips

- None noticed.
"""

CASES: list[dict[str, str]] = [
    {
        "id": "relayc-001",
        "lang": "en",
        "written_to": "dorothy.haines@aol.com",
        "sender": "dorothy.haines@aol.com",
        "text": (
            "Hi, this is Dorothy's son Mike using her account. Mum doesn't want any more emails "
            "from you guys, can you take her off the list please. Cheers"
        ),
        "label": "relayed",
        "note": "son using his mother's account: mum wants no more emails",
    },
    {
        "id": "relayc-002",
        "lang": "fr",
        "written_to": "hugo.mallet@gmail.com",
        "sender": "hugo.mallet@gmail.com",
        "text": (
            "Bonjour, mon père vous a donné mes coordonnées mais je ne suis pas intéressé par vos "
            "services. Ne m'écrivez plus, merci.\n"
            "Hugo"
        ),
        "label": "own",
        "note": "kinship word is a decoy: the father gave the contact, the author refuses for himself",
    },
    {
        "id": "relayc-003",
        "lang": "en",
        "written_to": "c.brennan@brennan-logistics.ie",
        "sender": "accounts@brennan-logistics.ie",
        "text": (
            "Hi Tom,\n"
            "Thanks for the fee note – the PO number is 44871, and it should go to accounts "
            "payable rather than to Ciaran directly. Our payment run is on the 15th.\n"
            "Also, Ciaran asked me to pass on that he doesn't want to receive your investment "
            "updates or any further marketing, so please remove him from whatever list he's on.\n"
            "Best,\n"
            "Deirdre\n"
            "Accounts, Brennan Logistics"
        ),
        "label": "relayed",
        "note": "accounts clerk buries Ciaran's removal request under a fee-note reply",
    },
    {
        "id": "relayc-004",
        "lang": "fr",
        "written_to": "m.leroy@leroy-industrie.fr",
        "sender": "direction@leroy-industrie.fr",
        "text": (
            "Bonjour,\n"
            "M. Leroy a pris sa retraite le 30 septembre et ne fait plus partie de l'entreprise. "
            "Son successeur est Mme Caroline Brun (c.brun@leroy-industrie.fr) : merci de vous "
            "adresser désormais à elle.\n"
            "Cordialement,\n"
            "La direction"
        ),
        "label": "none",
        "note": "retired and successor named; no stop request",
    },
    {
        "id": "relayc-005",
        "lang": "en",
        "written_to": "l.chen@chenarchitects.com",
        "sender": "l.chen@chenarchitects.com",
        "text": ("Mark – fyi, see below. Not for us right now, can you send a polite no?\nL"),
        "label": "none",
        "note": "internal forward note: send a polite no",
    },
    {
        "id": "relayc-006",
        "lang": "fr",
        "written_to": "r.masson@sfr.fr",
        "sender": "m.blanc@mjpm-rhone.fr",
        "text": (
            "Madame, Monsieur,\n"
            "En ma qualité de mandataire judiciaire de M. René Masson, placé sous curatelle "
            "renforcée depuis juin 2026, je vous demande de ne plus lui adresser de sollicitations "
            "commerciales et de retirer ses coordonnées de vos fichiers de prospection.\n"
            "Toute correspondance relative à sa situation patrimoniale devra désormais m'être "
            "adressée.\n"
            "Mathilde Blanc\n"
            "Mandataire judiciaire à la protection des majeurs"
        ),
        "label": "relayed",
        "note": "curator: he can no longer manage his affairs; stop soliciting him and remove him (plus redirect)",
    },
    {
        "id": "relayc-007",
        "lang": "fr",
        "written_to": "e.riviere@riviere-conseil.fr",
        "sender": "e.riviere@riviere-conseil.fr",
        "text": (
            "Bonjour,\nPas avant mars, je suis sous l'eau avec les clôtures. Recontactez-moi au printemps.\nE. Rivière"
        ),
        "label": "none",
        "note": "pause: not before March",
    },
    {
        "id": "relayc-008",
        "lang": "fr",
        "written_to": "a.muller@muller-transports.fr",
        "sender": "a.muller@muller-transports.fr",
        "text": (
            "Bonjour,\n"
            "Merci de bien vouloir retirer cette adresse de vos listes, M. Muller ne lit plus ces "
            "messages et ne souhaite plus les recevoir.\n"
            "Bien cordialement,\n"
            "Corinne – standard Muller Transports"
        ),
        "label": "relayed",
        "note": "only the signature shows the switchboard writes for M. Muller, who no longer wants them",
    },
    {
        "id": "relayc-009",
        "lang": "en",
        "written_to": "a.vandermeer@vdm-holdings.com",
        "sender": "office@lindenfamilyoffice.ch",
        "text": (
            "Dear Sir or Madam,\n"
            "On behalf of Mr Anton van der Meer, we would ask that you cease all unsolicited "
            "contact with him and remove him from your marketing databases. Mr van der Meer's "
            "investment matters are handled exclusively through this office.\n"
            "Regards,\n"
            "Linden Family Office"
        ),
        "label": "relayed",
        "note": "family office asks to cease unsolicited contact with him and remove him from marketing",
    },
    {
        "id": "relayc-010",
        "lang": "en",
        "written_to": "d.fisher@yahoo.co.uk",
        "sender": "d.fisher@yahoo.co.uk",
        "text": ("Take me off your list. I never signed up for any of this."),
        "label": "own",
        "note": "curt: take me off your list",
    },
    {
        "id": "relayc-011",
        "lang": "en",
        "written_to": "b.cole@gmail.com",
        "sender": "b.cole@gmail.com",
        "text": ("How do I unsubscribe from the market updates? The link at the bottom doesn't work."),
        "label": "none",
        "note": "question: how do I unsubscribe? (no request)",
    },
    {
        "id": "relayc-012",
        "lang": "en",
        "written_to": "alex.reid@protonmail.com",
        "sender": "sam.reid@protonmail.com",
        "text": ("Alex asked me to reply as they're travelling. They want off your list – no more emails please.\nSam"),
        "label": "relayed",
        "note": "gender-neutral 'they': Alex wants off the list",
    },
    {
        "id": "relayc-013",
        "lang": "en",
        "written_to": "s.lee@leeimports.com",
        "sender": "office@leeimports.com",
        "text": (
            "Stephen is in hospital for an operation and will be off for about six weeks. I'll let "
            "him know you wrote.\n"
            "Office, Lee Imports"
        ),
        "label": "none",
        "note": "absence: in hospital six weeks",
    },
    {
        "id": "relayc-014",
        "lang": "en",
        "written_to": "the.lowes@btinternet.com",
        "sender": "the.lowes@btinternet.com",
        "text": (
            "Following Harold's death, please take his name off our joint portfolio and put the "
            "account in my sole name.\n"
            "Margaret Lowe"
        ),
        "label": "none",
        "note": "remove the deceased from the joint portfolio",
    },
    {
        "id": "relayc-015",
        "lang": "de",
        "written_to": "ingrid.bauer@t-online.de",
        "sender": "m.bauer@gmx.de",
        "text": (
            "Hallo,\n"
            "meine Mutter ist im Juli verstorben. Bitte schreiben Sie ihr nicht mehr und löschen "
            "Sie ihre Daten.\n"
            "Danke\n"
            "Markus Bauer"
        ),
        "label": "relayed",
        "note": "son: mother died; stop writing to her and delete her data",
    },
    {
        "id": "relayc-016",
        "lang": "fr",
        "written_to": "a.girard@girard-sa.fr",
        "sender": "a.girard@girard-sa.fr",
        "text": (
            "Bonjour,\n"
            "Merci de ne plus mettre M. Perret en copie de vos messages : il a changé de poste et "
            "n'est plus concerné par ce dossier. Vous pouvez continuer à m'écrire directement.\n"
            "Antoine Girard"
        ),
        "label": "none",
        "note": "removal of a third person (M. Perret) from CC; keep writing to me",
    },
    {
        "id": "relayc-017",
        "lang": "fr",
        "written_to": "marie-therese.hubert@orange.fr",
        "sender": "c.hubert.famille@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je dispose d'une procuration générale pour ma mère, Marie-Thérèse Hubert, qui n'est "
            "plus en état de gérer ses affaires. Merci de ne plus lui adresser de courriels et de "
            "clôturer son dossier chez vous. Je reste joignable à cette adresse pour les "
            "formalités éventuelles.\n"
            "Christine Hubert"
        ),
        "label": "relayed",
        "note": "daughter with power of attorney: mother can't manage; stop emailing her and close file",
    },
    {
        "id": "relayc-018",
        "lang": "fr",
        "written_to": "m.chevalier@orange.fr",
        "sender": "m.chevalier@orange.fr",
        "text": (
            "Bonjour,\n"
            "Je suis à la retraite depuis peu et je ne m'occupe plus de tout ça. Merci de ne plus "
            "m'écrire.\n"
            "Michel Chevalier"
        ),
        "label": "own",
        "note": "retired person himself asks to stop writing to him",
    },
    {
        "id": "relayc-019",
        "lang": "fr",
        "written_to": "c.barbier@barbier-avocats.fr",
        "sender": "c.barbier@barbier-avocats.fr",
        "text": (
            "Julie, peux-tu voir ça et leur répondre qu'on ne souhaite pas donner suite pour le moment ? merci\nC."
        ),
        "label": "none",
        "note": "internal forward typed by mistake into the reply: decline for now",
    },
    {
        "id": "relayc-020",
        "lang": "it",
        "written_to": "m.greco@studiogreco.it",
        "sender": "segreteria@studiogreco.it",
        "text": (
            "Buongiorno,\n"
            "l'avv. Greco al momento non è interessato alla proposta. Potete ricontattarlo a "
            "marzo.\n"
            "Cordiali saluti,\n"
            "la segreteria"
        ),
        "label": "none",
        "note": "relayed decline with a pause: contact him again in March",
    },
    {
        "id": "relayc-021",
        "lang": "nl",
        "written_to": "e.bakker@gmail.com",
        "sender": "e.bakker@gmail.com",
        "text": ("Graag uitschrijven, ik wil geen mails meer van jullie ontvangen.\nGroet, Eva Bakker"),
        "label": "own",
        "note": "unsubscribe me",
    },
    {
        "id": "relayc-022",
        "lang": "fr",
        "written_to": "lucien.marchal@laposte.net",
        "sender": "lucien.marchal@laposte.net",
        "text": (
            "bonjour cest sa fille, mon pere est a l'hopital depuis 2 mois et ne peut plus "
            "s'occuper de rien. merci darreter de lui ecrire et de supprimer son adresse\n"
            "sandrine"
        ),
        "label": "relayed",
        "note": "daughter from his mailbox, no accents: he can no longer cope; stop writing, delete address",
    },
    {
        "id": "relayc-023",
        "lang": "fr",
        "written_to": "contact@boulangerie-maillard.fr",
        "sender": "contact@boulangerie-maillard.fr",
        "text": (
            "Bonjour, ici la boulangerie. On reçoit vos mails sur l'adresse de la boutique, ça ne "
            "nous intéresse pas : merci de ne plus écrire à cette adresse. Bonne journée"
        ),
        "label": "own",
        "note": "shop's generic address: the author asks, for the shop, to stop writing to this address",
    },
    {
        "id": "relayc-024",
        "lang": "nl",
        "written_to": "p.dejong@kpnmail.nl",
        "sender": "p.dejong@kpnmail.nl",
        "text": (
            "Goedemiddag,\n"
            "Ik schrijf namens mijn man Piet: hij wil geen e-mails meer van u ontvangen. Wilt u "
            "hem van uw lijst halen?\n"
            "Met vriendelijke groet,\n"
            "Anneke de Jong"
        ),
        "label": "relayed",
        "note": "wife from his address: Piet wants no more emails, take him off",
    },
    {
        "id": "relayc-025",
        "lang": "en",
        "written_to": "r.taylor@gmail.com",
        "sender": "taylor.jo@gmail.com",
        "text": ("Hi, Rob's had a look and he's going to pass on the annuity for now. Thanks for your time.\nJo"),
        "label": "none",
        "note": "relayed decline of an offer",
    },
    {
        "id": "relayc-026",
        "lang": "en",
        "written_to": "j.harrington@harrington-capital.co.uk",
        "sender": "pa.harrington@harrington-capital.co.uk",
        "text": (
            "Hi,\n"
            "James has asked me to let you know he'd like to be taken off your mailing list. Could "
            "you confirm once done?\n"
            "Many thanks,\n"
            "Rachel Dunn\n"
            "PA to James Harrington"
        ),
        "label": "relayed",
        "note": "PA passes on that James wants off the mailing list",
    },
    {
        "id": "relayc-027",
        "lang": "fr",
        "written_to": "marc.lenoir@lenoir-distribution.fr",
        "sender": "marc.lenoir.perso@gmail.com",
        "text": (
            "Bonjour,\n"
            "C'est Marc Lenoir, je vous écris depuis mon adresse perso. Je ne souhaite plus "
            "recevoir vos mails, ni sur mon adresse pro ni ici. Merci."
        ),
        "label": "own",
        "note": "same person writing from his personal address about himself",
    },
    {
        "id": "relayc-028",
        "lang": "fr",
        "written_to": "sylvie.perrot@free.fr",
        "sender": "sylvie.perrot@free.fr",
        "text": (
            "Bonjour,\n"
            "Mon mari reste client chez vous et continuera à vous lire, mais moi je ne souhaite "
            "plus recevoir vos mails. Merci de me retirer de vos envois.\n"
            "Sylvie Perrot"
        ),
        "label": "own",
        "note": "she removes herself; her husband stays a client (mention of spouse is a decoy)",
    },
    {
        "id": "relayc-029",
        "lang": "fr",
        "written_to": "isabelle.fournier@free.fr",
        "sender": "isabelle.fournier@free.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Je vous remercie pour vos envois réguliers, mais je souhaite désormais ne plus "
            "recevoir de messages de votre part.\n"
            "Bien à vous,\n"
            "Isabelle Fournier"
        ),
        "label": "own",
        "note": "polite: no more messages from you",
    },
    {
        "id": "relayc-030",
        "lang": "fr",
        "written_to": "d.vidal@vidal-holding.fr",
        "sender": "cabinet@rey-avocats.fr",
        "text": (
            "Monsieur,\n"
            "Je vous écris en qualité de conseil de M. Didier Vidal. Mon client m'indique avoir "
            "reçu, malgré ses demandes orales, plusieurs courriels de prospection de votre part. "
            "Je vous mets en demeure de cesser toute sollicitation à son égard et de supprimer ses "
            "coordonnées de vos fichiers, conformément au RGPD.\n"
            "Me Hélène Rey\n"
            "Avocate au Barreau de Lyon"
        ),
        "label": "relayed",
        "note": "lawyer for the client demands an end to all solicitation and deletion of his data",
    },
    {
        "id": "relayc-031",
        "lang": "en",
        "written_to": "s.whitfield@whitfieldgroup.com",
        "sender": "reception@whitfieldgroup.com",
        "text": (
            "Mr Whitfield does not wish to be contacted by your firm again. Please confirm his "
            "details have been removed.\n"
            "Reception, Whitfield Group"
        ),
        "label": "relayed",
        "note": "reception: Mr Whitfield does not wish to be contacted again",
    },
    {
        "id": "relayc-032",
        "lang": "en",
        "written_to": "a.kaur@outlook.com",
        "sender": "a.kaur@outlook.com",
        "text": (
            "Dear Sir/Madam,\n"
            "I object under Article 21 UK GDPR to the use of my personal data for direct "
            "marketing. Please stop contacting me and confirm in writing.\n"
            "Amrit Kaur"
        ),
        "label": "own",
        "note": "UK GDPR art. 21 objection to direct marketing",
    },
    {
        "id": "relayc-033",
        "lang": "en",
        "written_to": "a.fraser@aol.com",
        "sender": "fraser.jill@aol.com",
        "text": (
            "Could you stop posting letters to my mum's house? She'd prefer everything by email these days.\nJill"
        ),
        "label": "none",
        "note": "stop paper post only; email preferred",
    },
    {
        "id": "relayc-034",
        "lang": "fr",
        "written_to": "g.lucas@orange.fr",
        "sender": "lucas.veronique@orange.fr",
        "text": (
            "Bonjour,\n"
            "Je ne vous demande pas de ne plus écrire à mon mari, il apprécie beaucoup vos "
            "analyses ! Simplement, il a changé de numéro de portable : 06 39 98 41 27.\n"
            "Véronique Lucas"
        ),
        "label": "none",
        "note": "negation: not asking to stop writing to him; phone number change",
    },
    {
        "id": "relayc-035",
        "lang": "pt",
        "written_to": "r.pinto@gmail.com",
        "sender": "pinto.ana@gmail.com",
        "text": (
            "Olá,\n"
            "o meu marido pediu para deixarem de enviar cartas em papel para casa; por email está "
            "ótimo.\n"
            "Ana Pinto"
        ),
        "label": "none",
        "note": "stop paper letters only; email is fine",
    },
    {
        "id": "relayc-036",
        "lang": "en",
        "written_to": "w.grant@virginmedia.com",
        "sender": "grantfamily.admin@gmail.com",
        "text": (
            "Hello,\n"
            "My dad, William Grant, died on 3 November. Could you please send me a valuation of "
            "his ISA as at that date for probate, and stop emailing him – it's upsetting for Mum "
            "to see them arrive.\n"
            "Thanks,\n"
            "Alan Grant"
        ),
        "label": "relayed",
        "note": "son: father died; statement asked AND stop emailing him",
    },
    {
        "id": "relayc-037",
        "lang": "en",
        "written_to": "jjones77@hotmail.co.uk",
        "sender": "jjones77@hotmail.co.uk",
        "text": ("Unsubscribe pls"),
        "label": "own",
        "note": "two-word unsubscribe",
    },
    {
        "id": "relayc-038",
        "lang": "en",
        "written_to": "g.palmer@palmerfoods.co.uk",
        "sender": "exec.assistant@palmerfoods.co.uk",
        "text": (
            "Hi,\n"
            "Can you stop sending Graham the weekly markets report? He still wants your monthly "
            "letter and anything from Oliver directly.\n"
            "Thanks,\n"
            "Nisha"
        ),
        "label": "none",
        "note": "stop the weekly report only; he keeps the monthly letter and the adviser",
    },
    {
        "id": "relayc-039",
        "lang": "fr",
        "written_to": "l.martin@wanadoo.fr",
        "sender": "martin.sophie@gmail.com",
        "text": (
            "Bonjour,\n"
            "Mon père, Lucien Martin, est décédé le 12 novembre. C'est moi qui m'occupe de la "
            "succession : merci de m'adresser désormais toute correspondance le concernant, à "
            "cette adresse.\n"
            "Sophie Martin"
        ),
        "label": "none",
        "note": "father died; daughter only asks to be written to instead",
    },
    {
        "id": "relayc-040",
        "lang": "fr",
        "written_to": "v.bertrand@bertrand-sas.fr",
        "sender": "secretariat@bertrand-sas.fr",
        "text": (
            "Bonjour,\n"
            "Si vous n'avez pas de proposition concrète d'ici la fin de l'année, M. Bertrand "
            "préférera sans doute ne plus être sollicité. En attendant, je lui transmets votre "
            "message.\n"
            "Cordialement,\n"
            "Le secrétariat"
        ),
        "label": "none",
        "note": "conditional: if no concrete proposal by year end, he would probably prefer not to be solicited",
    },
    {
        "id": "relayc-041",
        "lang": "en",
        "written_to": "bob.carter1952@yahoo.com",
        "sender": "lisa.carter.rn@gmail.com",
        "text": (
            "I have asked TWICE now. My father is not interested and has told you so. STOP "
            "EMAILING HIM. If I see one more message I'm reporting you to the ICO.\n"
            "Lisa Carter"
        ),
        "label": "relayed",
        "note": "angry daughter: father not interested, stop emailing him",
    },
    {
        "id": "relayc-042",
        "lang": "fr",
        "written_to": "r.dupuy@orange.fr",
        "sender": "office@etude-vallet-notaire.fr",
        "text": (
            "Madame, Monsieur,\n"
            "Maître Vallet, notaire, chargé de la succession de M. Robert Dupuy, décédé le 28 "
            "octobre 2026, vous remercie de lui faire parvenir un relevé des avoirs au jour du "
            "décès ainsi que, le cas échéant, les clauses bénéficiaires des contrats.\n"
            "Bien cordialement,\n"
            "Le service successions"
        ),
        "label": "none",
        "note": "death notice from notary asking only for a statement and beneficiary clauses",
    },
    {
        "id": "relayc-043",
        "lang": "it",
        "written_to": "g.ferri@ferri-srl.it",
        "sender": "segreteria@ferri-srl.it",
        "text": (
            "Buongiorno,\n"
            "il dott. Ferri mi chiede di comunicarvi che non desidera più ricevere vostre "
            "comunicazioni. Vi prego di cancellarlo dalla mailing list.\n"
            "Cordiali saluti,\n"
            "Elena Rinaldi"
        ),
        "label": "relayed",
        "note": "secretary: dott. Ferri no longer wants your communications, unsubscribe him",
    },
    {
        "id": "relayc-044",
        "lang": "fr",
        "written_to": "b.lemaire@gmail.com",
        "sender": "b.lemaire@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je vous demande l'effacement de mes données personnelles (art. 17 du RGPD) et l'arrêt "
            "de tout envoi à cette adresse. Merci de me confirmer la suppression.\n"
            "Benoît Lemaire"
        ),
        "label": "own",
        "note": "GDPR erasure request and end of all sending",
    },
    {
        "id": "relayc-045",
        "lang": "en",
        "written_to": "g.turner@btinternet.com",
        "sender": "g.turner@btinternet.com",
        "text": (
            "Hi, Sally handles all our investments with you, so please leave me off your emails "
            "from now on. Keep sending hers as normal.\n"
            "Geoff"
        ),
        "label": "own",
        "note": "husband removes himself; keep sending his wife's emails",
    },
    {
        "id": "relayc-046",
        "lang": "fr",
        "written_to": "gilles.robin@free.fr",
        "sender": "robin.catherine56@free.fr",
        "text": ("Stop pour mon mari svp, il ne veut plus. Merci"),
        "label": "relayed",
        "note": "very short: stop for my husband, he doesn't want it any more",
    },
    {
        "id": "relayc-047",
        "lang": "en",
        "written_to": "d.kim@kimdental.com",
        "sender": "sue@kimdental.com",
        "text": (
            "Hi there – Daniel asked me to reply to this one. He's decided not to go ahead and "
            "would rather you didn't contact him again, about this or anything else. Thanks for "
            "understanding.\n"
            "Sue (practice manager)"
        ),
        "label": "relayed",
        "note": "practice manager: he declines and would rather not be contacted again about anything",
    },
    {
        "id": "relayc-048",
        "lang": "en",
        "written_to": "p.holt@btinternet.com",
        "sender": "holt.david@gmail.com",
        "text": (
            "Hello,\n"
            "Dad passed away on Tuesday. Mum would rather not be contacted until after the funeral "
            "on the 19th; after that, please write to me and I'll help her with everything.\n"
            "David Holt"
        ),
        "label": "none",
        "note": "pause until after the funeral, then write to the son",
    },
    {
        "id": "relayc-049",
        "lang": "fr",
        "written_to": "roger.bonnet@sfr.fr",
        "sender": "bonnet.jeanine@sfr.fr",
        "text": (
            "Bonjour,\n"
            "Roger nous a quittés le mois dernier. Je vous serais reconnaissante de supprimer son "
            "adresse mail de vos fichiers, ces messages qui continuent d'arriver me font de la "
            "peine.\n"
            "Jeanine Bonnet"
        ),
        "label": "relayed",
        "note": "widow: Roger died; delete his address from your files",
    },
    {
        "id": "relayc-050",
        "lang": "fr",
        "written_to": "h.meunier@gmail.com",
        "sender": "meunier.claire@gmail.com",
        "text": (
            "Bonjour,\n"
            "Mon mari ne veut plus recevoir la newsletter hebdomadaire, mais il tient à continuer "
            "à recevoir les messages de M. Arnaud, son conseiller. Merci !\n"
            "Claire"
        ),
        "label": "none",
        "note": "relayed newsletter exit while keeping the adviser's emails",
    },
    {
        "id": "relayc-051",
        "lang": "en",
        "written_to": "rsimmons@simmonsarch.co.uk",
        "sender": "rsimmons@simmonsarch.co.uk",
        "text": (
            "Thanks, but no thanks. I'm staying with my current adviser. Please don't contact me again.\nR. Simmons"
        ),
        "label": "own",
        "note": "decline plus don't contact me again",
    },
    {
        "id": "relayc-052",
        "lang": "en",
        "written_to": "s.obrien@eircom.net",
        "sender": "m.obrien@eircom.net",
        "text": (
            "Hi, please don't ring Sean on his mobile, he's on site all day and can't take calls. "
            "Email is fine, he reads them in the evening.\n"
            "Maura"
        ),
        "label": "none",
        "note": "stop phone calls only; email is fine",
    },
    {
        "id": "relayc-053",
        "lang": "en",
        "written_to": "p.adams@btinternet.com",
        "sender": "adams.kate@btinternet.com",
        "text": ("Can you stop texting Phil's mobile? It wakes him up after his night shifts. Emails are fine.\nKate"),
        "label": "none",
        "note": "stop text messages only; emails fine",
    },
    {
        "id": "relayc-054",
        "lang": "fr",
        "written_to": "f.michaud@orange.fr",
        "sender": "michaud.isabelle@orange.fr",
        "text": (
            "Bonjour,\n"
            "Merci d'arrêter de contacter mon mari au sujet du PER, c'est réglé de son côté. En "
            "revanche, il voudrait faire le point sur son assurance-vie : pouvez-vous lui écrire à "
            "ce sujet ?\n"
            "Isabelle Michaud"
        ),
        "label": "none",
        "note": "stop contacting him about one topic (PER), write to him about another",
    },
    {
        "id": "relayc-055",
        "lang": "fr",
        "written_to": "e.chauvin@chauvin-architectes.fr",
        "sender": "agence@chauvin-architectes.fr",
        "text": (
            "Bonjour Monsieur Hamel,\n"
            "Nous avons bien reçu le document signé, je l'ai classé dans le dossier d'Étienne qui "
            "le regardera à son retour de chantier.\n"
            "Pour le reste, il m'a demandé de vous dire qu'il ne souhaite plus recevoir de "
            "sollicitations de votre cabinet : merci de le retirer de vos listes.\n"
            "Bonne journée,\n"
            "Aurore, pour l'agence"
        ),
        "label": "relayed",
        "note": "request buried after an admin point: he no longer wants solicitations, remove him",
    },
    {
        "id": "relayc-056",
        "lang": "fr",
        "written_to": "s.fleury@fleury-conseil.fr",
        "sender": "s.fleury@fleury-conseil.fr",
        "text": (
            "Bonjour,\n"
            "Pourriez-vous retirer mon ancien associé, M. Aubin, de vos envois ? Il a quitté le "
            "cabinet en juin. Pour ma part, je reste bien sûr destinataire.\n"
            "Stéphane Fleury"
        ),
        "label": "none",
        "note": "removal of a third person (former partner); the author stays a recipient",
    },
    {
        "id": "relayc-057",
        "lang": "en",
        "written_to": "m.hill@outlook.com",
        "sender": "hill.jenny@outlook.com",
        "text": (
            "I'm not asking you to stop emailing Martin – he just wanted me to tell you he's on "
            "holiday until the 5th and will reply then.\n"
            "Jenny"
        ),
        "label": "none",
        "note": "negation plus absence",
    },
    {
        "id": "relayc-058",
        "lang": "fr",
        "written_to": "j.collet@free.fr",
        "sender": "collet.marie@free.fr",
        "text": (
            "Bonjour,\nMon père ne souhaite plus recevoir de courrier papier. Tout par mail désormais, merci !\nMarie"
        ),
        "label": "none",
        "note": "stop paper mail only; everything by email",
    },
    {
        "id": "relayc-059",
        "lang": "fr",
        "written_to": "t.blondel@sogeval-industries.fr",
        "sender": "t.blondel@sogeval-industries.fr",
        "text": (
            "Bonjour,\n"
            "Je ne suis plus en charge de la trésorerie du groupe depuis le 1er septembre. Pour "
            "ces sujets, merci de vous adresser désormais à M. Lemoine, notre nouveau DAF "
            "(f.lemoine@sogeval-industries.fr).\n"
            "Cordialement,\n"
            "Tristan Blondel"
        ),
        "label": "none",
        "note": "no longer in charge; names a successor",
    },
    {
        "id": "relayc-060",
        "lang": "en",
        "written_to": "a.kowalski@gmail.com",
        "sender": "estates@brightwater-law.co.uk",
        "text": (
            "Dear Sirs,\n"
            "We act for the executors of the late Mr Andrzej Kowalski. Please cease all "
            "correspondence to the deceased's email address and mark your records accordingly. Any "
            "queries regarding his accounts should be directed to this office, quoting reference "
            "BWL/KOW/2291.\n"
            "Yours faithfully,\n"
            "Brightwater Law LLP – Probate Team"
        ),
        "label": "relayed",
        "note": "executors' solicitors: cease all correspondence to the deceased's address (queries to them)",
    },
    {
        "id": "relayc-061",
        "lang": "fr",
        "written_to": "marcel.petit@orange.fr",
        "sender": "petit.fred@gmail.com",
        "text": (
            "Bonsoir,\n"
            "Je gère désormais les papiers de mon grand-père, qui a des troubles de la mémoire. Il "
            "reçoit vos mails et ne comprend pas ce que vous lui proposez. Je vous demande de ne "
            "plus lui écrire et de fermer son dossier.\n"
            "Frédéric Petit"
        ),
        "label": "relayed",
        "note": "grandson handles papers: grandfather has memory problems; stop writing and close file",
    },
    {
        "id": "relayc-062",
        "lang": "en",
        "written_to": "m.okafor@okafor-partners.com",
        "sender": "admin@okafor-partners.com",
        "text": (
            "Hello,\n"
            "Please remove Michael Okafor from your distribution list – and me too, I'm cc'd on "
            "everything and neither of us needs these.\n"
            "Thanks,\n"
            "Grace\n"
            "Office Administrator"
        ),
        "label": "relayed",
        "note": "administrator asks removal of her boss and of herself",
    },
    {
        "id": "relayc-063",
        "lang": "en",
        "written_to": "daniel.price@hartwell-co.com",
        "sender": "m.ahmed@hartwell-co.com",
        "text": (
            "Hi, it's Dan Price writing from a colleague's laptop as mine is in for repair. Please "
            "take me (daniel.price@hartwell-co.com) off your lists – I don't want any more emails. "
            "Thanks."
        ),
        "label": "own",
        "note": "the person written to, from a colleague's laptop, removes himself",
    },
    {
        "id": "relayc-064",
        "lang": "en",
        "written_to": "tom.baxter@gmail.com",
        "sender": "claire.baxter@gmail.com",
        "text": (
            "Hi Jo, lovely to see you at the school fair! Hope the twins are over their colds.\n"
            "On a different note, Tom keeps getting emails from your firm – he says he's not "
            "interested and could you please stop sending them to him.\n"
            "Let's get a coffee soon x\n"
            "Claire"
        ),
        "label": "relayed",
        "note": "request buried in a friendly chat: Tom isn't interested, stop sending to him",
    },
    {
        "id": "relayc-065",
        "lang": "en",
        "written_to": "peter.walsh@outlook.com",
        "sender": "k.walsh@outlook.com",
        "text": (
            "Hello,\n"
            "I'm sorry to tell you that Peter passed away in August. Please remove him from your "
            "mailing list and close his file. I am his wife and executor; for anything else you "
            "can reach me here.\n"
            "Kathleen Walsh"
        ),
        "label": "relayed",
        "note": "widow/executor: Peter died; remove him and close his file",
    },
    {
        "id": "relayc-066",
        "lang": "en",
        "written_to": "h.baker@gmail.com",
        "sender": "baker.sue@gmail.com",
        "text": ("Hi, Howard says you're emailing him almost every day. Once a month would be plenty!\nSue"),
        "label": "none",
        "note": "relayed frequency complaint",
    },
    {
        "id": "relayc-067",
        "lang": "fr",
        "written_to": "c.renard@groupe-altima.fr",
        "sender": "caroline.renard@gmail.com",
        "text": (
            "Bonjour,\n"
            "J'ai quitté le groupe Altima en septembre. Merci de ne plus m'écrire, ni à mon "
            "ancienne adresse ni à celle-ci : je ne suis pas intéressée.\n"
            "Caroline Renard"
        ),
        "label": "own",
        "note": "left her job; from a new address asks to stop writing to her at either address",
    },
    {
        "id": "relayc-068",
        "lang": "en",
        "written_to": "margaret.ellis@btinternet.com",
        "sender": "ellis.steve@gmail.com",
        "text": ("please don't email her again. she's 91 and gets confused by these, she's asked me to sort it."),
        "label": "relayed",
        "note": "pronoun 'her', other sender; she is 91 and confused by the emails",
    },
    {
        "id": "relayc-069",
        "lang": "fr",
        "written_to": "y.pichon@orange.fr",
        "sender": "pichon.laurent@gmail.com",
        "text": (
            "Bonjour,\n"
            "Ma mère a emménagé en résidence seniors. Voici sa nouvelle adresse postale : "
            "Résidence Les Glycines, 14 rue des Lilas, 44000 Nantes. Son adresse mail ne change "
            "pas, vous pouvez continuer à lui écrire.\n"
            "Laurent Pichon"
        ),
        "label": "none",
        "note": "change of postal address; keep writing to her by email",
    },
    {
        "id": "relayc-070",
        "lang": "en",
        "written_to": "h.osullivan@gmail.com",
        "sender": "h.osullivan@gmail.com",
        "text": (
            "Hi Oliver,\n"
            "I've genuinely enjoyed the market commentary over the years, but I'm trying to get my "
            "inbox under control and would like to be removed from all your emails, including the "
            "ones from you directly. Nothing personal!\n"
            "All the best,\n"
            "Hannah"
        ),
        "label": "own",
        "note": "long and friendly: remove me from all your emails including the adviser's",
    },
    {
        "id": "relayc-071",
        "lang": "fr",
        "written_to": "h.lefort@orange.fr",
        "sender": "lefort.nadine@gmail.com",
        "text": (
            "merci de ne plus le contacter. il n'est pas interessé et ne veut plus de vos mails\nEnvoyé de mon iPhone"
        ),
        "label": "relayed",
        "note": "pronoun 'le' and a different sender: relays his wish to get no more emails",
    },
    {
        "id": "relayc-072",
        "lang": "nl",
        "written_to": "h.smit@smitbv.nl",
        "sender": "receptie@smitbv.nl",
        "text": (
            "Goedendag,\n"
            "Meneer Smit is met pensioen. Voortaan kunt u zich richten tot zijn zoon, Bas Smit "
            "(b.smit@smitbv.nl).\n"
            "Met vriendelijke groet,\n"
            "Receptie Smit BV"
        ),
        "label": "none",
        "note": "retired; write to his son instead",
    },
    {
        "id": "relayc-073",
        "lang": "it",
        "written_to": "segreteria.bruni@studiobruni.it",
        "sender": "segreteria.bruni@studiobruni.it",
        "text": (
            "Buongiorno,\n"
            "sono la segretaria del dott. Bruni e ricevo anch'io le vostre newsletter: vi chiedo "
            "di cancellare me dalla lista. Il dottore invece desidera continuare a riceverle al "
            "suo indirizzo.\n"
            "Grazie,\n"
            "Marta Colombo"
        ),
        "label": "own",
        "note": "secretary removes herself; the doctor wants to keep receiving",
    },
    {
        "id": "relayc-074",
        "lang": "fr",
        "written_to": "n.carpentier@carpentier-pharma.fr",
        "sender": "officine@carpentier-pharma.fr",
        "text": (
            "Bonjour,\n"
            "M. Carpentier est en arrêt jusqu'au 15 janvier. Inutile d'attendre une réponse d'ici "
            "là, il vous recontactera à son retour.\n"
            "L'équipe de l'officine"
        ),
        "label": "none",
        "note": "absence told by someone else",
    },
    {
        "id": "relayc-075",
        "lang": "fr",
        "written_to": "h.deroux@deroux-invest.fr",
        "sender": "contact@fo-aubepine.fr",
        "text": (
            "Bonjour,\n"
            "Nous accompagnons la famille de Roux dans la gestion de ses intérêts. M. Henri de "
            "Roux ne donnera pas suite à votre proposition et nous demande de vous faire savoir "
            "qu'il ne souhaite plus être démarché. Merci de retirer son adresse de vos envois.\n"
            "Cordialement,\n"
            "Family Office Aubépine"
        ),
        "label": "relayed",
        "note": "family office: M. de Roux declines and no longer wants to be canvassed; remove his address",
    },
    {
        "id": "relayc-076",
        "lang": "fr",
        "written_to": "s.roche@roche-menuiserie.fr",
        "sender": "c.dumont@fiduciaire-dumont.fr",
        "text": (
            "Bonjour,\n"
            "Je fais suite à votre message concernant les comptes 2025 de la SARL Roche "
            "Menuiserie. Ils ont été approuvés le 30 juin et je vous transmettrai la liasse "
            "fiscale dès que mon client m'aura donné son accord.\n"
            "Par ailleurs, M. Roche m'a chargé de vous dire qu'il ne souhaite plus être sollicité "
            "par votre cabinet ni recevoir vos lettres d'information : merci de le retirer de vos "
            "listes.\n"
            "Pour la liasse, je reste votre interlocuteur.\n"
            "Cordialement,\n"
            "Cédric Dumont\n"
            "Expert-comptable"
        ),
        "label": "relayed",
        "note": "accountant buries the client's wish to be removed in a message about the accounts",
    },
    {
        "id": "relayc-077",
        "lang": "fr",
        "written_to": "simone.giraud@orange.fr",
        "sender": "karima.aide.dom@gmail.com",
        "text": (
            "Bonjour,\n"
            "Je suis l'auxiliaire de vie de Mme Giraud. Elle m'a demandé de vous écrire : elle ne "
            "veut plus recevoir vos courriels, ça l'inquiète. Merci de ne plus la contacter.\n"
            "Karima"
        ),
        "label": "relayed",
        "note": "home carer relays that Mme Giraud wants no more emails",
    },
    {
        "id": "relayc-078",
        "lang": "en",
        "written_to": "l.hughes@gmail.com",
        "sender": "deputy@westbridge-solicitors.co.uk",
        "text": (
            "Dear Sirs,\n"
            "I have been appointed by the Court of Protection as property and financial affairs "
            "deputy for Mr Lewis Hughes, who lacks capacity to manage his affairs. Please remove "
            "Mr Hughes from all marketing communications with immediate effect.\n"
            "Sarah Pryce\n"
            "Solicitor, Westbridge Solicitors"
        ),
        "label": "relayed",
        "note": "court-appointed deputy: he lacks capacity; remove from all marketing",
    },
    {
        "id": "relayc-079",
        "lang": "fr",
        "written_to": "p.benard@benard-associes.fr",
        "sender": "n.colin@benard-associes.fr",
        "text": (
            "Bonjour,\n"
            "Pouvez-vous retirer M. Bénard de votre liste de diffusion ? Et moi aussi par la même "
            "occasion, je reçois tout en copie.\n"
            "Merci,\n"
            "Nathalie Colin\n"
            "Assistante de direction"
        ),
        "label": "relayed",
        "note": "assistant asks to remove both her boss and herself",
    },
    {
        "id": "relayc-080",
        "lang": "pt",
        "written_to": "fernanda.lopes@sapo.pt",
        "sender": "joao.lopes.adv@gmail.com",
        "text": (
            "Exmos. Senhores,\n"
            "A minha mãe, Fernanda Lopes, faleceu no passado dia 9. Peço que deixem de lhe enviar "
            "correspondência eletrónica e que encerrem o processo dela.\n"
            "João Lopes"
        ),
        "label": "relayed",
        "note": "son: mother died; stop emailing her and close her file",
    },
    {
        "id": "relayc-081",
        "lang": "en",
        "written_to": "jean.morrison@sky.com",
        "sender": "kelly.morrison88@icloud.com",
        "text": (
            "hi im jeans daughter, mum has asked me to tell you to stop emailing her, shes had "
            "enough of the calls and the emails. pls remove her. thanks kelly"
        ),
        "label": "relayed",
        "note": "daughter, no punctuation: mum wants the emails stopped",
    },
    {
        "id": "relayc-082",
        "lang": "en",
        "written_to": "c.ward@wardandco.com",
        "sender": "c.ward@wardandco.com",
        "text": (
            "Please remove my former partner, Jonathan Fry, from your mailing – he left the "
            "practice in the summer. I'm still very much a client!\n"
            "Catherine Ward"
        ),
        "label": "none",
        "note": "removal of a third person (former partner); author remains a client",
    },
    {
        "id": "relayc-083",
        "lang": "en",
        "written_to": "j.stone@stonegroup.com",
        "sender": "pa@stonegroup.com",
        "text": (
            "Hi,\n"
            "If this is just another newsletter, John probably won't want it – but if it's about "
            "the bond maturity he'll definitely read it. Could you clarify?\n"
            "Thanks,\n"
            "Priya (PA to John Stone)"
        ),
        "label": "none",
        "note": "conditional; asks for clarification",
    },
    {
        "id": "relayc-084",
        "lang": "fr",
        "written_to": "famille.noel@free.fr",
        "sender": "famille.noel@free.fr",
        "text": (
            "Bonjour,\n"
            "Suite au décès de mon mari, merci de retirer son nom de notre compte joint et de "
            "mettre le contrat à mon seul nom. Je reste bien sûr votre cliente.\n"
            "Françoise Noël"
        ),
        "label": "none",
        "note": "remove the deceased husband from the joint account; she stays a client",
    },
    {
        "id": "relayc-085",
        "lang": "en",
        "written_to": "h.patel@btinternet.com",
        "sender": "raj.patel.82@gmail.com",
        "text": (
            "Hello,\n"
            "I hold a lasting power of attorney for my father, Harish Patel, who has advanced "
            "dementia and can no longer manage his finances. Please stop sending him marketing and "
            "investment emails and delete his details from your prospect list.\n"
            "Raj Patel"
        ),
        "label": "relayed",
        "note": "LPA holder: father has dementia; stop emails and delete his details",
    },
    {
        "id": "relayc-086",
        "lang": "fr",
        "written_to": "odette.fabre@orange.fr",
        "sender": "fabre.patrick@hotmail.fr",
        "text": (
            "MA MERE A 87 ANS ET VOUS CONTINUEZ A LUI ENVOYER DES PLACEMENTS. ELLE N'EN VEUT PAS. "
            "ARRETEZ DE LUI ECRIRE, C'EST LA TROISIEME FOIS QUE JE LE DEMANDE.\n"
            "P. Fabre"
        ),
        "label": "relayed",
        "note": "all-caps son: his mother does not want it, stop writing to her",
    },
    {
        "id": "relayc-087",
        "lang": "es",
        "written_to": "c.ruiz@gmail.com",
        "sender": "ruiz.marta@gmail.com",
        "text": (
            "Hola,\n"
            "mi padre falleció el mes pasado. Les agradecería que me enviaran un extracto de sus "
            "inversiones a fecha de fallecimiento para la herencia.\n"
            "Marta Ruiz"
        ),
        "label": "none",
        "note": "father died; asks only for a statement",
    },
    {
        "id": "relayc-088",
        "lang": "fr",
        "written_to": "alex.dupre@outlook.fr",
        "sender": "alex.dupre@outlook.fr",
        "text": ("Hello, pouvez-vous me remove de votre mailing list ? Je ne la lis jamais. Merci bcp !\nAlex"),
        "label": "own",
        "note": "franglais: remove me from your mailing list",
    },
    {
        "id": "relayc-089",
        "lang": "en",
        "written_to": "k.doyle@gmail.com",
        "sender": "probate@hanley-oconnor.ie",
        "text": (
            "Dear Sirs,\n"
            "We act in the estate of the late Kevin Doyle. Please provide a valuation of all "
            "holdings as at the date of death, 21 September 2026, together with details of any "
            "nominated beneficiaries.\n"
            "Yours faithfully,\n"
            "Hanley O'Connor Solicitors"
        ),
        "label": "none",
        "note": "death notice asking only for a valuation and beneficiaries",
    },
    {
        "id": "relayc-090",
        "lang": "fr",
        "written_to": "g.perrin@free.fr",
        "sender": "anne.perrin-dubois@laposte.net",
        "text": (
            "Bonjour,\n"
            "J'ai le regret de vous informer du décès de mon père, Gérard Perrin, survenu le 14 "
            "octobre. Je vous remercie de clôturer son dossier et de cesser tout envoi à son "
            "adresse.\n"
            "Bien à vous,\n"
            "Anne Perrin-Dubois"
        ),
        "label": "relayed",
        "note": "daughter: father died, asks to close his file and stop all sending to his address",
    },
    {
        "id": "relayc-091",
        "lang": "fr",
        "written_to": "bernard.aubry@wanadoo.fr",
        "sender": "bernard.aubry@wanadoo.fr",
        "text": (
            "Bonjour Madame,\n"
            "Je suis l'épouse de Bernard, c'est moi qui lis ses mails car il n'est pas à l'aise "
            "avec l'ordinateur. Il m'a demandé de vous répondre : il ne veut plus recevoir vos "
            "messages. Merci de faire le nécessaire.\n"
            "Monique Aubry"
        ),
        "label": "relayed",
        "note": "wife writing from his own mailbox relays that he wants no more messages",
    },
    {
        "id": "relayc-092",
        "lang": "fr",
        "written_to": "yann.kerbrat@gmail.com",
        "sender": "gwen.kerbrat@gmail.com",
        "text": (
            "Bonjour,\n"
            "Yann m'a demandé de vous répondre vu qu'il est en mer jusqu'à fin janvier : il ne "
            "veut plus recevoir d'e-mails de votre part, il vous avait déjà dit non au téléphone.\n"
            "Gwen"
        ),
        "label": "relayed",
        "note": "partner relays Yann's wish (he is at sea): no more emails at all",
    },
    {
        "id": "relayc-093",
        "lang": "en",
        "written_to": "k.singh@northgate-eng.co.uk",
        "sender": "compliance@northgate-eng.co.uk",
        "text": (
            "Hello,\n"
            "Mr Singh has asked us to ensure that the unsolicited financial promotions he receives "
            "from you at his work address stop. Please remove him from your lists and confirm.\n"
            "Compliance Team\n"
            "Northgate Engineering Ltd"
        ),
        "label": "relayed",
        "note": "compliance team relays Mr Singh's request to stop promotions to his work email",
    },
    {
        "id": "relayc-094",
        "lang": "it",
        "written_to": "anna.conti@libero.it",
        "sender": "luca.conti77@gmail.com",
        "text": ("mia madre non vuole piu ricevere le vostre mail, toglietela per favore. grazie"),
        "label": "relayed",
        "note": "son, no accents: mother wants no more mails, remove her",
    },
    {
        "id": "relayc-095",
        "lang": "en",
        "written_to": "dennis.hart@ntlworld.com",
        "sender": "hart.j@ntlworld.com",
        "text": ("for the last time, my husband does NOT want your emails. unsubscribe him now."),
        "label": "relayed",
        "note": "lowercase angry wife: husband doesn't want your emails, unsubscribe him",
    },
    {
        "id": "relayc-096",
        "lang": "fr",
        "written_to": "c.delmas@orange.fr",
        "sender": "c.delmas@orange.fr",
        "text": ("Bonjour,\nMerci de me désinscrire de votre liste de diffusion.\nCordialement,\nChristophe Delmas"),
        "label": "own",
        "note": "plain unsubscribe by the person written to",
    },
    {
        "id": "relayc-097",
        "lang": "en",
        "written_to": "a.price@pricelegal.co.uk",
        "sender": "a.price@pricelegal.co.uk",
        "text": (
            "Please stop copying me in on the emails to Sarah about the Price family trust – she's "
            "the one dealing with it now. Keep writing to her.\n"
            "Andrew"
        ),
        "label": "none",
        "note": "removal from CC only on one thread; keep writing to Sarah",
    },
    {
        "id": "relayc-098",
        "lang": "fr",
        "written_to": "famille.texier@free.fr",
        "sender": "famille.texier@free.fr",
        "text": (
            "Bonjour,\n"
            "Cette adresse est commune à mon épouse et moi. C'est à ma femme que vous écrivez, "
            "mais ni elle ni moi ne souhaitons recevoir vos offres : merci de nous retirer tous "
            "les deux.\n"
            "Alain Texier"
        ),
        "label": "relayed",
        "note": "husband on a shared address: neither his wife (written to) nor he wants offers; remove both",
    },
    {
        "id": "relayc-099",
        "lang": "es",
        "written_to": "jl.ortega@ortega-asesores.es",
        "sender": "administracion@ortega-asesores.es",
        "text": (
            "Buenos días:\n"
            "De parte de don José Luis Ortega, les pido que no le vuelvan a enviar correos ni "
            "ofertas. Por favor, eliminen su dirección de su lista.\n"
            "Un saludo,\n"
            "Pilar – Administración"
        ),
        "label": "relayed",
        "note": "admin on behalf of Don José Luis: no more emails or offers, remove him",
    },
    {
        "id": "relayc-100",
        "lang": "en",
        "written_to": "m.grant@fieldhouse.co.uk",
        "sender": "k.osei@fieldhouse.co.uk",
        "text": (
            "Hi,\n"
            "Melissa has left Fieldhouse. I've taken over her role, so please add me to your list "
            "in her place.\n"
            "Kwame Osei"
        ),
        "label": "none",
        "note": "she left; the successor asks to be added in her place",
    },
    {
        "id": "relayc-101",
        "lang": "en",
        "written_to": "olivia.quinn@gmail.com",
        "sender": "olivia.quinn@gmail.com",
        "text": ("Hi – my dad passed my email on to you but I'm honestly not interested. Please remove me.\nOlivia"),
        "label": "own",
        "note": "dad passed on her email (decoy); she asks removal for herself",
    },
    {
        "id": "relayc-102",
        "lang": "de",
        "written_to": "s.wagner@web.de",
        "sender": "s.wagner@web.de",
        "text": (
            "Guten Tag,\n"
            "bitte nehmen Sie mich aus Ihrem Verteiler. Ich möchte keine E-Mails mehr von Ihnen "
            "erhalten.\n"
            "Mit freundlichen Grüßen\n"
            "Sabine Wagner"
        ),
        "label": "own",
        "note": "remove me from your distribution list",
    },
    {
        "id": "relayc-103",
        "lang": "fr",
        "written_to": "f.deschamps@deschamps-immo.fr",
        "sender": "f.deschamps@deschamps-immo.fr",
        "text": (
            "Monsieur Deschamps ne souhaite plus être contacté par votre cabinet. Merci d'en "
            "prendre bonne note.\n"
            "Le secrétariat"
        ),
        "label": "relayed",
        "note": "third-person title+name, signed by the secretariat, from his own address",
    },
    {
        "id": "relayc-104",
        "lang": "en",
        "written_to": "r.bennett@castleford-mfg.co.uk",
        "sender": "enquiries@castleford-mfg.co.uk",
        "text": (
            "Rob Bennett retired at the end of October and this mailbox is no longer monitored. "
            "For treasury matters please contact our new FD, Priya Shah "
            "(p.shah@castleford-mfg.co.uk).\n"
            "Castleford Manufacturing"
        ),
        "label": "none",
        "note": "retired, mailbox unmonitored, successor named",
    },
    {
        "id": "relayc-105",
        "lang": "fr",
        "written_to": "n.aubert@aubert-kine.fr",
        "sender": "n.aubert@aubert-kine.fr",
        "text": (
            "Bonjour Monsieur Hamel,\n"
            "Merci pour le temps passé lors de notre rendez-vous de jeudi. Après réflexion, je "
            "préfère rester chez ma banque pour l'instant. Je vous remercie également de ne plus "
            "m'adresser de messages à l'avenir.\n"
            "Bien cordialement,\n"
            "Nicolas Aubert"
        ),
        "label": "own",
        "note": "declines after a meeting AND asks for no more messages",
    },
    {
        "id": "relayc-106",
        "lang": "fr",
        "written_to": "marc.olivier@olivier-conseil.fr",
        "sender": "assistante@olivier-conseil.fr",
        "text": (
            "Hello,\n"
            "Marc est en full rush et m'a demandé de vous dire de l'unsubscribe de toutes vos "
            "comms, il ne veut plus être spammé. Thanks !\n"
            "Léa – Office manager"
        ),
        "label": "relayed",
        "note": "franglais office manager: Marc wants to be unsubscribed from everything",
    },
    {
        "id": "relayc-107",
        "lang": "fr",
        "written_to": "valerie.marchand@laposte.net",
        "sender": "valerie.marchand@laposte.net",
        "text": (
            "Madame, Monsieur,\n"
            "Conformément à l'article 21 du RGPD, je m'oppose au traitement de mes données à des "
            "fins de prospection. Merci de supprimer mes coordonnées et de ne plus m'écrire.\n"
            "Valérie Marchand"
        ),
        "label": "own",
        "note": "GDPR art. 21 objection to marketing, for herself",
    },
    {
        "id": "relayc-108",
        "lang": "en",
        "written_to": "l.ibrahim@gmail.com",
        "sender": "l.ibrahim@gmail.com",
        "text": ("Please stop sending me paper statements – I'll read them online from now on.\nLayla Ibrahim"),
        "label": "none",
        "note": "stop paper statements only, for herself",
    },
    {
        "id": "relayc-109",
        "lang": "fr",
        "written_to": "yvonne.carre@gmail.com",
        "sender": "office@lambert-rousseau.notaires.fr",
        "text": (
            "Madame, Monsieur,\n"
            "L'étude est chargée du règlement de la succession de Mme Yvonne Carré, décédée le 2 "
            "novembre 2026. Nous vous remercions de bien vouloir cesser tout envoi à son adresse "
            "électronique et de procéder à la clôture de son dossier, après nous avoir adressé un "
            "relevé de ses avoirs au jour du décès.\n"
            "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n"
            "Pour Maître Lambert,\n"
            "Isabelle Nguyen, clerc de notaire"
        ),
        "label": "relayed",
        "note": "notary: she died; stop sending to her address and close her file (statement also asked)",
    },
    {
        "id": "relayc-110",
        "lang": "en",
        "written_to": "info@harbourviewbnb.co.uk",
        "sender": "info@harbourviewbnb.co.uk",
        "text": (
            "Hi, this is our B&B's booking inbox and your emails are clogging it up. Please stop "
            "sending to this address.\n"
            "Thanks, Mel"
        ),
        "label": "own",
        "note": "generic B&B inbox: stop sending to this address",
    },
    {
        "id": "relayc-111",
        "lang": "fr",
        "written_to": "paul.henry@orange.fr",
        "sender": "paul.henry@orange.fr",
        "text": (
            "Bonjour,\n"
            "C'est ma femme qui suit nos placements avec vous, inutile donc de m'écrire à moi. "
            "Retirez-moi de vos envois s'il vous plaît.\n"
            "Paul Henry"
        ),
        "label": "own",
        "note": "his wife handles the investments; remove me",
    },
    {
        "id": "relayc-112",
        "lang": "en",
        "written_to": "d.evans@evans-farm.co.uk",
        "sender": "evans.bethan@gmail.com",
        "text": (
            "Hi, please don't chase Dafydd this month, it's lambing season and he hasn't a minute. "
            "Try again in the new year.\n"
            "Bethan"
        ),
        "label": "none",
        "note": "pause: don't chase him this month",
    },
    {
        "id": "relayc-113",
        "lang": "en",
        "written_to": "t.kemp@protonmail.com",
        "sender": "t.kemp@protonmail.com",
        "text": ("Please delete my data and stop emailing me.\nTom Kemp"),
        "label": "own",
        "note": "delete my data and stop emailing me",
    },
    {
        "id": "relayc-114",
        "lang": "en",
        "written_to": "claire.doyle@icloud.com",
        "sender": "claire.doyle@icloud.com",
        "text": (
            "I'm not asking you to stop writing to my husband – he's still keen – but please take "
            "me off your list.\n"
            "Claire"
        ),
        "label": "own",
        "note": "negation about husband, removal for herself",
    },
    {
        "id": "relayc-115",
        "lang": "en",
        "written_to": "gary.fenton@hotmail.co.uk",
        "sender": "gary.fenton@hotmail.co.uk",
        "text": ("its his wife. he says unsubscribe him. thx\n\nSent from my Galaxy"),
        "label": "relayed",
        "note": "wife on his phone: he says unsubscribe him",
    },
    {
        "id": "relayc-116",
        "lang": "fr",
        "written_to": "p.morin@orange.fr",
        "sender": "morin.helene@orange.fr",
        "text": (
            "Bonjour,\n"
            "Mon mari trouve que vous lui écrivez beaucoup trop souvent, presque tous les jours ! "
            "Espacez un peu : une fois par mois lui irait très bien.\n"
            "Hélène"
        ),
        "label": "none",
        "note": "frequency complaint relayed by the wife: write less often",
    },
    {
        "id": "relayc-117",
        "lang": "fr",
        "written_to": "l.fontaine@fontaine-sa.fr",
        "sender": "l.fontaine@fontaine-sa.fr",
        "text": (
            "Bonjour,\n"
            "Ici Sophie, collègue de Laurent : j'ai accès à sa boîte pendant son congé paternité. "
            "Avant de partir, il m'a demandé de vous dire de le retirer de votre mailing s'il "
            "recevait encore quelque chose de votre part. Voilà qui est fait !\n"
            "Bonne journée"
        ),
        "label": "relayed",
        "note": "colleague with access to his mailbox carries out his pre-departure instruction to unsubscribe him",
    },
    {
        "id": "relayc-118",
        "lang": "nl",
        "written_to": "j.visser@ziggo.nl",
        "sender": "j.visser@ziggo.nl",
        "text": ("Hallo,\nKunt u voortaan mijn vrouw niet meer in de cc zetten? Ik lees alles zelf.\nJan Visser"),
        "label": "none",
        "note": "stop putting his wife in CC (third person)",
    },
    {
        "id": "relayc-119",
        "lang": "es",
        "written_to": "lucia.moreno@hotmail.es",
        "sender": "lucia.moreno@hotmail.es",
        "text": ("Hola, por favor denme de baja, no quiero recibir más correos suyos. Gracias.\nLucía"),
        "label": "own",
        "note": "unsubscribe me",
    },
    {
        "id": "relayc-120",
        "lang": "fr",
        "written_to": "m.baron@orange.fr",
        "sender": "baron.celine@gmail.com",
        "text": (
            "Bonjour,\n"
            "Ma mère est très affectée par le décès de papa. Merci de ne pas la solliciter avant "
            "les obsèques ; ensuite, vous pourrez m'écrire à moi pour les démarches.\n"
            "Céline Baron"
        ),
        "label": "none",
        "note": "pause until after the funeral, then write to the daughter",
    },
    {
        "id": "relayc-121",
        "lang": "fr",
        "written_to": "d.marty@sfr.fr",
        "sender": "marty.elise@sfr.fr",
        "text": (
            "Bonjour,\n"
            "Question bête : si mon mari se désinscrit de votre lettre mensuelle, est-ce qu'il "
            "recevra quand même les relevés de son contrat ? Il hésite.\n"
            "Merci,\n"
            "Élise"
        ),
        "label": "none",
        "note": "question and hesitation about unsubscribing, no request",
    },
    {
        "id": "relayc-122",
        "lang": "fr",
        "written_to": "a.lebrun@orange.fr",
        "sender": "tutelle.lebrun@gmail.com",
        "text": (
            "Madame, Monsieur,\n"
            "Je suis la tutrice de ma tante, Mme Andrée Lebrun, depuis le jugement du 3 septembre. "
            "Merci de me faire parvenir une copie de ses derniers relevés de contrat et d'ajouter "
            "mon adresse en copie de vos courriers la concernant.\n"
            "Nadia Lebrun"
        ),
        "label": "none",
        "note": "guardian asks only for statements and to be copied; no stop request",
    },
    {
        "id": "relayc-123",
        "lang": "fr",
        "written_to": "jp.roux63@orange.fr",
        "sender": "jp.roux63@orange.fr",
        "text": ("ARRÊTEZ DE M'ÉCRIRE !!! Je n'ai jamais demandé à recevoir vos pubs et je ne vous connais pas."),
        "label": "own",
        "note": "angry: stop writing to me",
    },
    {
        "id": "relayc-124",
        "lang": "fr",
        "written_to": "o.caron@caron-bois.fr",
        "sender": "m.petitjean@caron-bois.fr",
        "text": (
            "Bonjour,\n"
            "Pour vos échanges sur le dossier de la SCI, merci de ne plus mettre M. Caron en "
            "copie, il reçoit beaucoup trop de mails. Adressez-vous à moi, je fais le lien avec "
            "lui.\n"
            "Mélanie Petitjean"
        ),
        "label": "none",
        "note": "stop putting him in CC on one file; write to the assistant instead",
    },
    {
        "id": "relayc-125",
        "lang": "en",
        "written_to": "e.morgan@talktalk.net",
        "sender": "gwyn.morgan@gmail.com",
        "text": (
            "Hello,\n"
            "My mother, Eleanor Morgan, died last week. I'm her executor – please send all future "
            "correspondence about her affairs to me at this address.\n"
            "Gwyn Morgan"
        ),
        "label": "none",
        "note": "mother died; executor only asks for correspondence to come to him",
    },
    {
        "id": "relayc-126",
        "lang": "fr",
        "written_to": "j.blanchard@sfr.fr",
        "sender": "j.blanchard@sfr.fr",
        "text": (
            "Je ne vous demande pas de retirer mon épouse, elle reste intéressée par vos "
            "conférences. Mais moi, rayez-moi de votre liste, merci.\n"
            "Jacques Blanchard"
        ),
        "label": "own",
        "note": "negation about the wife, then a clear request for himself",
    },
    {
        "id": "relayc-127",
        "lang": "fr",
        "written_to": "jf.vincent@free.fr",
        "sender": "jf.vincent@free.fr",
        "text": (
            "Bonjour,\n"
            "Mon épouse ne souhaite plus recevoir vos mails à son adresse (c.vincent@free.fr). "
            "Moi, je continue volontiers à vous lire.\n"
            "Jean-François Vincent"
        ),
        "label": "none",
        "note": "removal of his wife (a third person, other address); he continues",
    },
    {
        "id": "relayc-128",
        "lang": "en",
        "written_to": "rosemary.finch@btopenworld.com",
        "sender": "rosemary.finch@btopenworld.com",
        "text": (
            "Dear Mr Allen,\n"
            "I'm writing on my mother's computer as she's not really up to emails these days. "
            "She's asked me to say thank you, but she'd prefer not to hear from you any more, so "
            "could you please remove her from your list?\n"
            "With best wishes,\n"
            "Helen (Rosemary's daughter)"
        ),
        "label": "relayed",
        "note": "daughter on her mother's computer: mother prefers not to hear from you",
    },
    {
        "id": "relayc-129",
        "lang": "pt",
        "written_to": "m.azevedo@azevedo-lda.pt",
        "sender": "geral@azevedo-lda.pt",
        "text": (
            "Bom dia,\n"
            "O Sr. Azevedo pediu-me para informar que não pretende continuar a receber os vossos "
            "emails. Agradeço que o retirem da lista.\n"
            "Cumprimentos,\n"
            "Rita"
        ),
        "label": "relayed",
        "note": "general inbox: Sr. Azevedo does not want your emails, remove him",
    },
    {
        "id": "relayc-130",
        "lang": "en",
        "written_to": "joan.mercer@btinternet.com",
        "sender": "mercer.paul@gmail.com",
        "text": (
            "Hi, my mother would rather not be contacted by Mark any more after the last call – "
            "could someone else from the team look after her from now on? She's happy to stay with "
            "you.\n"
            "Paul Mercer"
        ),
        "label": "none",
        "note": "she doesn't want Mark any more but wants another adviser: still to be written to",
    },
    {
        "id": "relayc-131",
        "lang": "fr",
        "written_to": "r.schmitt@schmitt-metal.fr",
        "sender": "assistante.direction@schmitt-metal.fr",
        "text": (
            "Bonjour,\n"
            "Pouvez-vous arrêter d'envoyer le point hebdomadaire des marchés à M. Schmitt ? Il "
            "souhaite en revanche continuer à recevoir votre lettre mensuelle et les messages de "
            "son conseiller.\n"
            "Merci,\n"
            "Aurélie"
        ),
        "label": "none",
        "note": "stop the weekly market note only; he keeps the monthly letter and the adviser",
    },
    {
        "id": "relayc-132",
        "lang": "fr",
        "written_to": "jm.garnier@garnier-btp.fr",
        "sender": "secretariat@garnier-btp.fr",
        "text": (
            "Bonjour,\n"
            "M. Garnier a bien reçu vos différents messages. Il ne souhaite plus être sollicité "
            "par votre cabinet : merci de le retirer de vos listes.\n"
            "Cordialement,\n"
            "Sylvie Morel\n"
            "Secrétariat de direction – Garnier BTP"
        ),
        "label": "relayed",
        "note": "secretariat conveys that M. Garnier no longer wants to be solicited; remove him",
    },
    {
        "id": "relayc-133",
        "lang": "en",
        "written_to": "steve.r.mason@aol.com",
        "sender": "steve.r.mason@aol.com",
        "text": ("STOP SENDING ME EMAILS. I HAVE ASKED BEFORE."),
        "label": "own",
        "note": "all caps: stop sending me emails",
    },
    {
        "id": "relayc-134",
        "lang": "de",
        "written_to": "w.schulz@schulz-bau.de",
        "sender": "buero@schulz-bau.de",
        "text": (
            "Guten Tag,\n"
            "Herr Schulz bittet darum, ihm keine Briefe mehr an seine Privatadresse zu schicken. "
            "Per E-Mail können Sie ihn weiterhin gerne erreichen.\n"
            "Mit freundlichen Grüßen\n"
            "Büro Schulz Bau"
        ),
        "label": "none",
        "note": "no more paper letters to his home; email still welcome",
    },
    {
        "id": "relayc-135",
        "lang": "en",
        "written_to": "edith.moss@talktalk.net",
        "sender": "office@greenfields-care.co.uk",
        "text": (
            "Good afternoon,\n"
            "I'm the activities coordinator at Greenfields, where Mrs Moss is now a resident. She "
            "has asked that you no longer contact her by email. Please update your records.\n"
            "Kind regards,\n"
            "Jenny Aldous"
        ),
        "label": "relayed",
        "note": "care home staff: resident asked not to be emailed any more",
    },
    {
        "id": "relayc-136",
        "lang": "fr",
        "written_to": "kevin.b.35@hotmail.fr",
        "sender": "kevin.b.35@hotmail.fr",
        "text": ("desinscrivez moi svp"),
        "label": "own",
        "note": "three-word unsubscribe, no accents",
    },
    {
        "id": "relayc-137",
        "lang": "fr",
        "written_to": "jp.leclerc@wanadoo.fr",
        "sender": "jp.leclerc@wanadoo.fr",
        "text": ("Mon mari est décédé en septembre. Merci de ne plus lui écrire.\nMme Leclerc"),
        "label": "relayed",
        "note": "widow from his address: he died, stop writing to him",
    },
    {
        "id": "relayc-138",
        "lang": "en",
        "written_to": "frank.oconnell@eircom.net",
        "sender": "frank.oconnell@eircom.net",
        "text": (
            "To whoever reads this – Frank died in the spring. I keep seeing your emails arriving "
            "in his inbox. Please take him off your list.\n"
            "Maureen"
        ),
        "label": "relayed",
        "note": "widow from his inbox: Frank died, take him off the list",
    },
    {
        "id": "relayc-139",
        "lang": "es",
        "written_to": "a.navarro@navarro-sl.es",
        "sender": "a.navarro@navarro-sl.es",
        "text": (
            "Buenas,\n"
            "por favor dejen de llamarme al móvil en horario de trabajo; prefiero que me escriban "
            "por correo.\n"
            "Andrés Navarro"
        ),
        "label": "none",
        "note": "stop phone calls at work only; prefers email",
    },
    {
        "id": "relayc-140",
        "lang": "de",
        "written_to": "k.hoffmann@hoffmann-gmbh.de",
        "sender": "sekretariat@hoffmann-gmbh.de",
        "text": (
            "Sehr geehrte Damen und Herren,\n"
            "Herr Hoffmann bittet darum, keine weiteren E-Mails von Ihnen zu erhalten. Bitte "
            "streichen Sie ihn aus Ihrem Verteiler.\n"
            "Mit freundlichen Grüßen\n"
            "Sekretariat der Geschäftsführung"
        ),
        "label": "relayed",
        "note": "secretariat: Herr Hoffmann wants no more emails, remove him",
    },
    {
        "id": "relayc-141",
        "lang": "fr",
        "written_to": "b.rolland@orange.fr",
        "sender": "rolland.agnes@orange.fr",
        "text": (
            "Bonjour,\n"
            "Mon mari me dit que vous l'avez appelé trois fois cette semaine sur son portable. "
            "Merci de ne plus l'appeler, il préfère que vous lui écriviez par mail, il vous "
            "répondra.\n"
            "Agnès"
        ),
        "label": "none",
        "note": "stop phone calls only; he prefers to be written to",
    },
    {
        "id": "relayc-142",
        "lang": "en",
        "written_to": "mark.hollis@gmail.com",
        "sender": "mark.hollis@gmail.com",
        "text": ("Please unsubscribe me from your emails.\nThanks,\nMark"),
        "label": "own",
        "note": "plain unsubscribe",
    },
    {
        "id": "relayc-143",
        "lang": "en",
        "written_to": "n.shaw@gmail.com",
        "sender": "shaw.anna@gmail.com",
        "text": (
            "Please stop contacting him about the pension transfer – he's decided to leave it "
            "where it is. He would like to talk about the ISA though, so do drop him a line about "
            "that.\n"
            "Anna"
        ),
        "label": "none",
        "note": "stop about the pension only; he wants to discuss the ISA",
    },
    {
        "id": "relayc-144",
        "lang": "fr",
        "written_to": "p.guerin@guerin-pme.fr",
        "sender": "assistante@guerin-pme.fr",
        "text": (
            "Bonjour,\n"
            "M. Guérin est en pleine clôture d'exercice : merci de ne pas le relancer ce mois-ci. "
            "Il reviendra vers vous courant janvier.\n"
            "Cordialement,\n"
            "Laure"
        ),
        "label": "none",
        "note": "pause: don't chase him this month, he'll come back in January",
    },
    {
        "id": "relayc-145",
        "lang": "en",
        "written_to": "thenewmans@btinternet.com",
        "sender": "thenewmans@btinternet.com",
        "text": (
            "Hi, we both use this email. You've been writing to my wife, but neither she nor I "
            "want these investment emails – please take us off your list.\n"
            "Richard Newman"
        ),
        "label": "relayed",
        "note": "shared address: husband says neither his wife (written to) nor he wants emails",
    },
    {
        "id": "relayc-146",
        "lang": "en",
        "written_to": "j.brooks@marlowpartners.co.uk",
        "sender": "jenny.brooks.home@gmail.com",
        "text": (
            "Hi, this is Jenny Brooks – I've left Marlow Partners, and I'd rather not hear from "
            "you at all any more, at either address. Thanks."
        ),
        "label": "own",
        "note": "same person from a home address: left that job, no more emails at either address",
    },
    {
        "id": "relayc-147",
        "lang": "fr",
        "written_to": "g.brunet@orange.fr",
        "sender": "brunet.fils@gmail.com",
        "text": (
            "Bonjour,\n"
            "Mon père vous a demandé trois fois son relevé de situation et ne reçoit que vos "
            "publicités. J'aimerais que vous lui envoyiez ce document avant de lui proposer quoi "
            "que ce soit d'autre.\n"
            "Olivier Brunet"
        ),
        "label": "none",
        "note": "angry complaint relayed by the son, but asks for a document, not a stop",
    },
    {
        "id": "relayc-148",
        "lang": "fr",
        "written_to": "a.poulain@gmail.com",
        "sender": "poulain.benedicte@gmail.com",
        "text": (
            "Bonjour,\n"
            "Antoine a bien lu votre proposition sur l'assurance-vie mais ne souhaite pas y donner "
            "suite pour l'instant.\n"
            "Bonne fin de journée,\n"
            "Bénédicte"
        ),
        "label": "none",
        "note": "relayed decline of an offer, nothing about stopping",
    },
    {
        "id": "relayc-149",
        "lang": "fr",
        "written_to": "c.moreau@icloud.com",
        "sender": "thomas.moreau@icloud.com",
        "text": ("Elle ne veut plus de vos mails. Merci de la retirer de la liste.\nThomas"),
        "label": "relayed",
        "note": "two-line reply, pronoun 'elle', different sender",
    },
    {
        "id": "relayc-150",
        "lang": "fr",
        "written_to": "t.gauthier@gauthier-sas.fr",
        "sender": "compta@gauthier-sas.fr",
        "text": (
            "C'est Thierry Gauthier, je vous écris depuis la boîte de la compta car la mienne est "
            "saturée. Retirez-moi de vos envois s'il vous plaît.\n"
            "T.G."
        ),
        "label": "own",
        "note": "the person written to, from the accounting mailbox, asks to be removed",
    },
    {
        "id": "relayc-151",
        "lang": "fr",
        "written_to": "contact@garage-dumas.fr",
        "sender": "contact@garage-dumas.fr",
        "text": (
            "Bonjour,\n"
            "M. Dumas a vendu le garage en octobre. Je suis le nouveau gérant : si vous avez des "
            "propositions pour l'entreprise, vous pouvez m'écrire à cette adresse.\n"
            "Kevin Arnoux"
        ),
        "label": "none",
        "note": "M. Dumas sold the garage; the new manager asks to be written to instead",
    },
    {
        "id": "relayc-152",
        "lang": "fr",
        "written_to": "claude.renaud@bbox.fr",
        "sender": "julien.renaud.pro@gmail.com",
        "text": (
            "Bonjour,\n"
            "Mon père ne souhaite plus recevoir vos propositions, il me l'a encore redit ce "
            "week-end. Pourriez-vous retirer son adresse de vos envois ?\n"
            "Merci d'avance,\n"
            "Julien"
        ),
        "label": "relayed",
        "note": "son relays that his father wants no more proposals; remove his address",
    },
    {
        "id": "relayc-153",
        "lang": "fr",
        "written_to": "j.pons@tessier-associes.fr",
        "sender": "j.pons@tessier-associes.fr",
        "text": (
            "Bonjour,\n"
            "Je ne suis que l'assistante de M. Tessier et je reçois vos lettres d'information sans "
            "raison. Merci de me retirer de votre liste. En revanche, M. Tessier souhaite "
            "continuer à recevoir vos informations à son adresse habituelle.\n"
            "Julie Pons"
        ),
        "label": "own",
        "note": "assistant removes herself only; boss should still be written to",
    },
    {
        "id": "relayc-154",
        "lang": "pt",
        "written_to": "t.ferreira@gmail.com",
        "sender": "t.ferreira@gmail.com",
        "text": (
            "Boa tarde,\nPor favor retirem-me da vossa lista de envio, não tenho interesse.\nObrigado,\nTiago Ferreira"
        ),
        "label": "own",
        "note": "remove me from your mailing list",
    },
    {
        "id": "relayc-155",
        "lang": "en",
        "written_to": "p.ashworth@ashworth-eng.co.uk",
        "sender": "p.ashworth@ashworth-eng.co.uk",
        "text": (
            "I retired at the end of last month and no longer need any of this. Please remove me "
            "from your mailing list.\n"
            "Peter Ashworth"
        ),
        "label": "own",
        "note": "retired person himself asks to be removed",
    },
    {
        "id": "relayc-156",
        "lang": "en",
        "written_to": "t.wright@wright-dental.co.uk",
        "sender": "manager@wright-dental.co.uk",
        "text": (
            "Hi, Tim would like to come off the newsletter list please, but he's keen to keep "
            "hearing from Alison about his portfolio.\n"
            "Thanks,\n"
            "Practice Manager"
        ),
        "label": "none",
        "note": "relayed newsletter exit, keep hearing from the adviser",
    },
    {
        "id": "relayc-157",
        "lang": "en",
        "written_to": "pa.office@lomaxholdings.com",
        "sender": "pa.office@lomaxholdings.com",
        "text": (
            "Hi,\n"
            "I'm Mr Lomax's PA and I seem to have ended up on your mailing list in my own right. "
            "Please remove me – but do keep writing to Mr Lomax at his own address, he's happy to "
            "hear from you.\n"
            "Best wishes,\n"
            "Chloe Barnes"
        ),
        "label": "own",
        "note": "PA removes herself; keep writing to her boss",
    },
    {
        "id": "relayc-158",
        "lang": "fr",
        "written_to": "gerance@sci-les-tilleuls.fr",
        "sender": "gerance@sci-les-tilleuls.fr",
        "text": (
            "Bonjour,\n"
            "En tant que gérant de la SCI, je reçois vos sollicitations à cette adresse. Je ne "
            "souhaite plus les recevoir : merci de supprimer l'adresse gerance@ de votre fichier.\n"
            "F. Roux"
        ),
        "label": "own",
        "note": "manager of an SCI asks to stop writing to the SCI address he reads",
    },
    {
        "id": "relayc-159",
        "lang": "fr",
        "written_to": "v.lambert@techsud.fr",
        "sender": "rh@techsud.fr",
        "text": (
            "Bonjour,\n"
            "Mme Lambert, collaboratrice de notre société, nous a demandé de vous transmettre sa "
            "demande : elle ne souhaite plus recevoir vos sollicitations sur sa messagerie "
            "professionnelle et vous prie de supprimer cette adresse de vos fichiers.\n"
            "Service des ressources humaines\n"
            "TechSud"
        ),
        "label": "relayed",
        "note": "HR passes on the employee's request to stop soliciting her at the address written to",
    },
    {
        "id": "relayc-160",
        "lang": "en",
        "written_to": "l.green@oldisp.co.uk",
        "sender": "lucy.green@gmail.com",
        "text": (
            "Hi, Mum's old email account is closing next month – please update her address to "
            "jean.green1948@gmail.com. She's happy to keep getting your updates.\n"
            "Lucy"
        ),
        "label": "none",
        "note": "change of email address for the mother; keep the updates",
    },
]
