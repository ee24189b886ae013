#!/usr/bin/env python3
"""Build the blind17 evaluation set (raw emails + labels) for Relance: private-client and counterpart mail in Italian,
Spanish, Portuguese, French and English around a Paris / Monaco wealth-management and family-office firm with a Geneva
desk.

Who and blind to what: written by a helper session (an AI assistant started by a Relance session) that did NOT read
the reply reader, its tests or its other evaluation data: nothing under workers/, tests/, bench/, sql/, supabase/ or
eval/messages was opened, eval/labels.json and eval/build were not opened, README.md and /work/shared were not read, and
no parser, `relance` command, pytest, evaluator or bench script was run. Opened: eval/blind16/build.py (all of it:
docstring, label conventions, checks, collect() and main(); its checks are copied here unchanged, extracted from it
programmatically and compared after formatting, and its collect()/main() adapted), eval/blind12/mime12.py (all of it;
imported from there, as blind13-16's builds do) and lines 1-140 of eval/blind12/build.py. Not opened: any other file of
eval/blind11-16. Also looked at, for the tooling only: the file names in eval/ and eval/blind16/ (one `ls` each), the
line counts of the three files above (`wc -l`), the [tool.ruff] section of pyproject.toml, the first 30 names in
.venv/bin, the ruff version, and a calendar of December 2026 - February 2027 printed by Python. Ran: this build.py
(many times, into /tmp/b17 and other /tmp directories), throw-away Python scripts under /tmp that print the generated
messages and labels or check how the email package parses a multipart/report, and ruff check / ruff format on
eval/blind17 only.
Slips (all made while writing, none of them showing anything of the reader): (1) the sed range used to print the
[tool.ruff] section of pyproject.toml ran to the end of the file, so the [tool.mypy] and [tool.pytest] sections were
printed too; (2) a shell line meant to run ruff and the build ended with a `git status --short` piped into `head -0`
(its output was discarded unseen; no other git command was run); (3) a `find eval -newer eval/blind16/build.py -type f`
run to make sure no file outside eval/blind17 had been touched walked the eval/ tree and printed one name,
eval/intents/heldout22.py, which was not opened. The people, firms, domains, client layouts, MTA texts and wording are
new, written from knowledge of real mail clients, help desks and MTAs.

The firm (invented): Aubrac Lérins. Aubrac Lérins Gestion Privée SAS, Paris (aubrac-lerins.example, Microsoft 365,
French Outlook): Claire Vasseur (Italian and Ticino clients), Lucía Arrieta (Spain and Latin America), Inês Moura
Barbosa (Portugal and Brazil), Julien Aymard (wealth engineering), the middle office; its Geneva desk, Aubrac Lérins
(Suisse) SA: Marco Bernasconi; Aubrac Lérins Monaco SAM (aubrac-lerins-mc.example, Google Workspace, French Gmail):
Camille Rinaldi, Laurent Ottavi and the events mailbox; and the PEC box of its Milan secondary office
(sede.milano@pec.aubrac-lerins.example, hosted by Aruba PEC). Correspondents (all invented): notaries (Notaio
Ardenghi, Milan; Notaría Roldán Vera, Madrid; Cartório Notarial Vasconcelos Brás, Lisbon; Office notarial Dufresnoy,
Paris; Maître Giordan, Nice), lawyers (Studio Legale Solari Pennacchi, Rome; Santamarina Abogados, Barcelona; Cárdenas
Ruiz Abogados, Mexico City; Prado Figueiredo Advogados, São Paulo; Étude Maillard Favre, Geneva), accountants
(commercialista Cremaschi, Bergamo; Studio Tributario Gallo & Rinaudo, Turin; gestoría Llorens Asesores, Valencia;
contabilista Macedo, Porto; Cabinet Perrault, Paris; Fiduciaire Chappuis & Vonlanthen, Lausanne; Estudio Ferreira,
Montevideo), private banks (Banca Alpina Privata, Lugano; Banca Meridiana Private, Milan; Banco Almudena Patrimonios,
Madrid; Banco Atlântico Privado, Lisbon; Banque Privée du Léman, Geneva; Thameside Private Bank, London), a
Luxembourg life insurer (Lumen Vie, Italian, French and English desks), Ticino and Milan fiduciaries (Fiduciaria
Ceresio; Fiduciaria Sant'Ambrogio on Freshdesk), a Spanish custodian on Zendesk, a Monaco administration's residents
desk on Znuny/OTRS ("Direction de l'Accueil et des Formalités", invented), real-estate agents (Forte dei Marmi,
Marbella, Comporta, Monaco), family offices (Paris, São Paulo, Santiago, Miami), private clients in Italy, Monaco,
Spain, the Canaries, Portugal, Mexico, Argentina, Colombia, Uruguay and Brazil, four professional lists and an
association newsletter. Domains are all in the reserved .example TLD; invented private persons use provider-like
fiction domains (gmail.example, libero.example, tiscali.example, icloud.example, orange.example, sapo.example,
movistar.example, outlook.example, hotmail.example, uol.example, fibertel.example). Real provider names appear only
where a provider speaks for itself: Message-IDs and hosts of Gmail/Google (mail.gmail.com, google.com, googlemail.com,
googlegroups.com), Exchange Online (prod.outlook.com, outbound.protection.outlook.com), Apple, Zoho, Zendesk,
Freshdesk, Mailchimp (mcsv.net, list-manage.com, mailchi.mp), Aruba PEC (posta-certificata@pec.aruba.it), Microsoft
JMRP (staff@hotmail.com), SpamCop, aka.ms links and support.google.com. French numbers use the ARCEP fiction blocks
(01 99 00, 04 65 71, 06 39 98), UK numbers the Ofcom drama range 020 7946 0xxx, US numbers 555-01xx; countries without
a fiction range (Italy, Spain, Portugal, Switzerland, Monaco, Luxembourg, Latin America) get invented numbers in a
555 01xx-style block; IBANs are the registry's documentation examples; IP addresses are in the documentation ranges
(192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32). Dates run from 16 December 2026 to 11 February 2027.

Run:
    python3 eval/blind17/build.py /tmp/b17      # writes /tmp/b17/messages/*.eml and /tmp/b17/labels.json
    relance eval --data /tmp/b17 --only replies
    bench/reply_parsers.py --data /tmp/b17

(OUT must be outside the repository; the script exits non-zero when a check fails; rebuilding is byte-identical:
no clock, every pseudo-random choice is seeded from a message key, the file order from Random(17); checked with two
runs and with PYTHONHASHSEED=0 and =12345.)

Measured once, blind, by the session that asked for it (2026-12-05, before anyone read a message of it), at f8cd84a
and again with that session's first changes (made on heldout21's and blind16's misses): the same figures both
times. `relance eval --data /tmp/b17 --only replies`: new-text line F1 0.957 (precision 0.936, recall 0.980), exact
0.908 on 87 replies; automatic replies precision 0.960, recall 0.857; bounces precision 1.000, recall 0.750;
complaints 1.000 / 1.000; opt-outs precision 1.000, recall 0.750; one human reply read as automatic; return dates
exact 0.722 (13 of 18). `bench/reply_parsers.py --data /tmp/b17`: mail-parser-reply 0.693, quotequail 0.481.

Files: people17.py (the firm, its staff, correspondents, signatures, disclaimers, gateway banners and footers),
spec17.py (message helpers and the firm's mail merges: year-end letters, invitations and the follow-ups Relance sent
for them, with each reader's greeting), threads_it17.py, threads_es17.py, threads_pt17.py, threads_fr17.py (the
threads: what the firm sent, earlier replies, and the replies of the set), lists17.py (list posts), desks17.py
(Freshdesk, Zendesk and Znuny agent replies), auto17.py (automatic replies, PEC receipts, bounces, complaints, the
newsletter), clients17.py (client layouts: own text, signatures, device lines, header blocks and attributions per
locale, ">" quoting, inline answers, trimmed quotes, forwards, banners; each message is rendered by its own client and
a reply quotes its parent as its sender received it, with that organisation's gateway banner and subject tag and in
that person's time zone, so histories nest as real ones do), mime17.py (MIME assembly, per-client headers,
Message-IDs, boundaries, Received lines, charsets, logos and attachments), loc17.py (dates and field names as clients
print them in it, es, pt-PT, pt-BR, fr, fr-CH, it-CH, es-MX/AR/CL/CO/UY, en-GB and en-US). The low-level MIME
helpers are eval/blind12/mime12.py.

Contents (131 messages: 82 human, 5 list, 28 auto_reply, 12 bounce, 4 complaint; lang "it" 37, "es" 31, "fr" 28,
"pt" 20, "en" 15)
* human (82; it 22, es 21, fr 17, pt 14, en 8).
  Outlook desktop (32): Italian "Da: / Inviato: / A: / Cc: / Oggetto:" blocks and "R:" subjects, Spanish "De: /
  Enviado el: / Para: / CC: / Asunto:", es-MX "Enviado: miércoles, 10 de febrero de 2027 4:30 a. m.", Portuguese "De: / Enviada: / Para: /
  Assunto:" (pt-PT) and "Enviado:" (pt-BR), French "De : / Envoyé : / À : / Cc : / Objet :" with "RE : " and "TR : ",
  Swiss "martedì, 19 gennaio 2027"; the firm's French Outlook blocks nested inside Italian, Spanish and Portuguese
  ones; Exchange Online (Date in UTC, names only for colleagues) and Outlook 2016 over IMAP at small firms (X-Mailer,
  "'Claire Vasseur'" in To, windows-1252 subjects); long disclaimers under signatures (D.Lgs. 196/2003 and Reg. UE
  2016/679, GDPR art. 13-14 notices, LOPDGDD, LGPD, RGPD/Lei 58/2019, Swiss and UK bank notices); PEC addresses,
  partita IVA, CIF, bank registrations and titles in signatures; a [cid:] logo (multipart/related); gateway banners
  inside the quoted history ("ATTENZIONE: email esterna..." with no tag, "[ESTERNO]", "[EXTERNAL]" with a banner) and
  tags in the subjects ("R: [EXTERNAL] ...", "RE : [EXTERNAL] ..."); a law firm's gateway footer appended after the
  whole history (twice in the later reply); inline answers in blue without any marker (the text part shows them as
  plain lines between the questions), in red with "--> " and "[RM] ", and bold red "AG : "; a pasted fixed-width
  position table; an IBAN block; a family-pact clause and a beneficiary clause quoted in «...» (French no-break spaces
  typed by Outlook's autocorrect); a reply made of the signature and disclaimer only, with two PDFs; forwards "I:",
  "RV:", "TR :" with transmittal notes (one of an internal message of the sender's firm); a clerk's reply "RE : TR : RE
  :" to a message his notary forwarded to him; threads of 6, 5 and 4 messages. Outlook in plain-text mode (1:
  "-----Mensaje original-----", "[mailto:]", windows-1252, 76-column wrapping, "--> " answers in the unquoted
  history). Outlook on the web / new Outlook (4: 2 HTML-only, 2 with a text part and "________________________________").
  Outlook mobile (3: "Ottieni Outlook per iOS<...>", "Obtener Outlook para Android<...>", "Obter o Outlook para
  iOS<...>", localised labels over an English date "Wednesday, January 20, 2027 9:30:17 AM", base64). Gmail (12, 3 of
  them the mobile app: "Il giorno mer 13 gen 2027 alle ore 17:10 ...", "El lun, 1 feb 2027 a las 6:15, ... (<...>)
  escribió:", "Em ter., 26 de jan. de 2027 às 11:00, ...", "Le jeu. 7 janv. 2027 à 09:00, ...", en-US; attributions
  wrapped after "<"; "-- " signatures; inline answers between "> " lines with the rest of the quote trimmed;
  bottom-posting; "---------- Forwarded message ---------"; English text under a Portuguese attribution). Apple Mail
  (4: attributions per locale, "Début du message réexpédié :", "Início da mensagem reencaminhada:", a reply with the
  history deleted, a clause of an engagement letter in "..."). iOS Mail (6: "Inviato da iPhone", "Enviado desde mi
  iPhone", "Enviado do meu iPhone", "Envoyé de mon iPhone", "Sent from my iPhone"; ">"-quoted attribution; U+FEFF at
  the start of two quotes; an emoji; one reply with an empty body and three photos). Thunderbird (3: format=flowed,
  bottom-posting under a trimmed quote, a typed "> " quotation of a newspaper sentence inside the new text,
  "Le 04.02.27 à 16:00, ... a écrit :", ISO-8859-15). Aruba webmail / Roundcube (1: "Il 2027-01-25 11:00 ... ha
  scritto:", bottom-posting under a trimmed quote, two PDFs). Zimbra (4: "----- Messaggio originale -----", "-----
  Mensaje original -----" with "Enviados:", "----- Mensagem original -----", "----- Mail original -----").
  HCL Notes (3: "Da: / A: / Cc: / Data: / Oggetto:" with wide gaps and "Rif:", French "De :" and English blocks,
  "Pedrazzini Nicola" and "Philippe Rochat/GVA/BPL" display names). Zoho (1, HTML only, "---- El mar, 09 feb 2027
  17:00:21 +0100 ... escribió ---"). Samsung Email (3: "Inviato da smartphone Samsung Galaxy." etc., "--------
  Messaggio originale --------" with "(GMT+01:00)" dates, base64). Libero (1: "----Messaggio originale----" /
  "Ogg:"). Orange webmail (1: "> Message du 12/01/27 09:00" / "Copie à :", ISO-8859-15). Help desks (3: a Freshdesk
  agent reply, a Zendesk update under "##- Escriba su respuesta por encima de esta línea -##", a Znuny agent reply
  with the queue signature and "[Ticket#...]"). Four human replies ask to stop being contacted (opt_out true).
  Charsets of human and list text parts: utf-8, windows-1252, iso-8859-1 and iso-8859-15; quoted-printable, base64
  and 8bit.
* list (5): a Google Groups for Workspace reply ("'Henri Castellane' via Club des Family Offices de la Riviera",
  Gmail, the group footer inside the quote and under the reply), a Mailman 3 reply (Outlook, "[Forum-Patrimoni] R:"),
  a Mailman 2.1 reply (Thunderbird, bottom-posted, footer in the quote and under the reply), a Sympa reply (Apple
  Mail, no footer) and a Mailchimp newsletter of a Portuguese association that relays the firm's Lisbon meeting.
* auto_reply (28): Exchange out-of-office (10; "Risposta automatica:", "Respuesta automática:", "Resposta
  automática:", "Réponse automatique :", "Automatic reply:"; Italian with an English paragraph, maternity leave, a
  leaver whose mailbox is not read, a Swiss notice in French, German, Italian and English, es-MX, pt-BR), Gmail
  vacation replies (3, one with its own subject "Vacaciones"), Aruba webmail ("Studio chiuso per ferie"), Libero,
  Tiscali, Movistar (Open-Xchange), SAPO, Zimbra, Zoho, HCL Notes in Italian and French ("... è fuori ufficio.",
  "... est absent(e) du bureau."), Freshdesk, Zendesk and Znuny acknowledgements, the Monaco desk's closure notice for
  Sainte-Dévote, and two Aruba PEC receipts (ACCETTAZIONE, CONSEGNA with postacert.eml).
* bounce (12): Exchange Online NDRs (the firm's own tenant in French, 5.1.10 with the original attached; a Spanish
  bank's tenant, 5.7.133 group restricted to internal senders, headers only), on-premises Exchange NDRs in Italian
  ("Non recapitabile:", 5.1.1) and Portuguese ("Não entregue:", 5.2.2 mailbox full), Gmail DSNs of the Monaco
  workspace (French 5.1.1 with the original; English delay 4.3.0), Postfix (after alias expansion: Original-Recipient
  differs from Final-Recipient; a delay warning 4.2.2 to the Geneva desk with the gateway banner), Exim without a DSN
  part or an enhanced code ("552 Mailbox quota exceeded"), and three Aruba PEC notices: "AVVISO DI MANCATA CONSEGNA"
  (5.1.1 invalid address; 5.2.2 mailbox full) and a 12-hour "PREAVVISO DI MANCATA CONSEGNA".
* complaint (4): a Microsoft JMRP ARF report, a SpamCop report, a Swiss hosting company's abuse desk writing by hand
  in French (the reported message attached) and a Spanish ISP's abuse ticket.

Label conventions: blind16's (which are blind15's, blind14's, blind13's and blind12's), unchanged:
* new_text: the stripped, non-empty lines the sender wrote, in order, signature INCLUDED (with its "--" line when
  present), device lines EXCLUDED (see DEVICE_LINE: here also "Inviato da iPhone", "Enviado desde mi iPhone",
  "Enviado do meu iPhone", "Inviato da smartphone Samsung Galaxy.", "Enviado desde mi smartphone Samsung Galaxy.",
  "Enviado do meu smartphone Samsung Galaxy.", "Ottieni Outlook per iOS<...>", "Obtener Outlook para Android<...>",
  "Obter o Outlook para iOS<...>"), and a legal disclaimer that the sender's client or server puts directly under the
  signature, before the quoted history, included. Excluded: quoted history, attribution lines (also wrapped over two
  lines or quoted with ">"), header blocks of every client, forwarded content, list footers, help-desk markers and
  templates, gateway banners, and disclaimers a gateway appends after the quoted history.
* Interleaved answers: the sender's blocks in order (text above the history, then each answer, then a closing).
* format=flowed: label lines are the unflowed lines. Other plain bodies are compared line by line (classic Outlook's
  76-column wrapping is in the labels).
* When a text/plain part exists the labels refer to it (every line also visible in the HTML alternative, ignoring
  "<http...>"/"<mailto:...>" link targets and "[cid:...]" placeholders, which the labels keep as the plain part shows
  them); HTML-only messages are compared with the visible text of the HTML.
* until, bounce and opt_out as blind16 states them (until: the end date the notice gives, resolved against the Date
  header, null when none or vague; bounce status: the DSN Status when a delivery-status part exists, otherwise the
  enhanced code printed in the text, omitted when there is none; recipients as the sender wrote them).

Checks: blind16's, copied unchanged; DEVICE_LINE extended with the lines above; the build also fails when a message is
dated before the one it answers or outside 1 December 2026 - 28 February 2027, or when the device line of a human
reply is not a DEVICE_LINE.

The firm's gateway (a fact of this set): mail from outside to the Geneva desk (Marco Bernasconi) gets "[EXTERNAL] " in
front of the subject and "ATTENTION : ce message provient de l'extérieur d'Aubrac Lérins..." on top of the text and
HTML parts (in a format=flowed part, as a hard line before the flowed text). It is never new text; such messages are
not "top-posted" for the checker. It touches 6 human replies (fr-roc-2, fr-roc-4, fr-ros-1, fr-cha-2, fr-mai-2,
fr-mar-1), two automatic replies (ooo-favre, ooo-jaquet) and one bounce (postfix-delay-ch). Correspondents' own
gateways stamp the firm's messages they receive (Studio Ardenghi: banner only; Fiduciaria Ceresio: "[ESTERNO]" and a
banner; Lumen Vie: "[EXTERNAL]" and a banner), so those banners appear inside quoted histories only.

PEC (Italian certified mail), a decision of this set: the receipts Aruba PEC returns to the firm's PEC box are
classified by what they say about delivery. "Ricevuta di accettazione" (ACCETTAZIONE) and "Ricevuta di avvenuta
consegna" (CONSEGNA) report success: kind auto_reply, until null, lang "it". "Avviso di mancata consegna" (AVVISO DI
MANCATA CONSEGNA, X-Ricevuta: errore-consegna) is kind bounce, permanent true, status the code the notice prints (also
in daticert.xml's <errore-esteso>), since there is no delivery-status part. The 12-hour "Preavviso di mancata consegna"
(X-Ricevuta: preavviso-errore-consegna) is kind bounce, permanent false, status omitted (none printed). The recipient
is the PEC address the firm wrote; original_message_id is the firm's Message-ID the notice carries
(X-Riferimento-Message-ID and daticert.xml <msgid>), although the notice does not return the message itself.

Judgement calls (where the conventions are silent or a reader could disagree)
* it-ard-6: Silvia Pagnoni replies with two PDFs and nothing typed; Outlook inserted her signature and the studio's
  disclaimer. new_text is that signature and disclaimer (not empty). es-gal-4: an iPhone reply with three photos and
  no text: new_text [] (empty_ok); "Enviado desde mi iPhone" is a device line.
* Quoted-looking text that the sender typed or pasted is new text: Solari's reformulated art. 4 in «...» and the
  words of the code she quotes; Kieffer's beneficiary clause; Casals's "CUARTA.- Honorarios ..." line; Leal's
  position table; Matteucci's IBAN block; Colombo's "> le polizze unit linked ..." line typed inside his bottom-posted
  text (the unflowed line keeps its "> "); the Zendesk agent's "Archivos adjuntos" list is template, not new text.
* Inline answers are new text, the history lines around them are not: Pagnoni's blue answers carry no marker at all
  (in the text part they are plain lines under each question); Cremaschi's "--> ", Macedo's "[RM] ", Giordan's "AG :",
  Llorens's "--> " (wrapped at 76 like the rest of her plain-text message) and Larraín's answers between "> " lines.
* Help-desk agent replies are kind human: the agent's comment and personal signature are new text (Freshdesk: from
  "Gentile Dott.ssa Vasseur," to "Fiduciaria Sant'Ambrogio S.p.A."; Zendesk: the comment under "Marta Ibáñez
  (Custodia Ibérica de Valores)" and the date line, to the agent's signature; Znuny: the reply to the agent's three
  signature lines, without the queue signature after "-- " and the quoted request). Acknowledgements are auto_reply
  with until null.
* The newsletter is kind list; its new text is the editorial ("APFO Notícias – fevereiro de 2027" to "A Direção da
  APFO"); the relayed agenda of the firm's meeting, the web-view line and the footer are not.
* opt_out true: Benassi (GDPR art. 17 erasure and "non contattarmi più"), Medrano ("dejen de enviarme correos"),
  Tavares ("retirem o meu endereço da vossa lista de distribuição"), Lemoine ("Merci de me retirer de vos listes de
  diffusion"). opt_out false, on purpose: the firm's own footers ("répondez simplement « désinscription »",
  "«cancellami»", "«baja»", "«remover»") inside every quoted invitation, list footers, and complaints (kind complaint,
  no opt_out).
* until: "fino al 6 gennaio 2027 compreso" = 2027-01-06; "dal 24 dicembre 2026 al 6 gennaio 2027 compresi" =
  2027-01-06 (the last day, as blind12 reads "du 10 au 31 juillet"); "fino al 10 gennaio" = 2027-01-10; "fino al
  7/1/2027" = 2027-01-07 (day first); "rientrerò lunedì 18 gennaio" = 2027-01-18; Notes "non ritornerò fino al
  07/01/2027" = 2027-01-07 and "ne serai pas de retour avant le 11.01.2027" = 2027-01-11; "desde el 18 de diciembre
  hasta el 6 de enero, ambos inclusive" = 2027-01-06; "regreso el lunes 11 de enero" = 2027-01-11; "hasta el 1° de
  febrero" = 2027-02-01; "hasta el lunes 18 de enero de 2027" = 2027-01-18; "até ao dia 4 de janeiro de 2027,
  inclusive" = 2027-01-04; "em férias até 18/01/2027, retornando em 19/01/2027" = 2027-01-18 (the notice's "até"
  date, the last day away, consistent with the range rule; a reader could argue for the return day); "volto no dia
  25/01" = 2027-01-25; "fora até 3 de janeiro" = 2027-01-03; "jusqu'au lundi 4 janvier 2027 inclus" = 2027-01-04;
  "jusqu'au 15/01/2027" = 2027-01-15; "jusqu'au 8 janvier 2027" (multilingual) = 2027-01-08; "until Tuesday 5
  January" = 2027-01-05; the closure "aujourd'hui, mercredi 27 janvier 2027" = 2027-01-27 (a one-day closure ends that
  day); maternity leave "fino a fine aprile" (vague), the leaver, Movistar's "En estos momentos no puedo atender su
  correo", the ticket acknowledgements and the two PEC receipts = null.
* Bounces: the Postfix alias bounce lists famille.dumont@javeamail.example (Original-Recipient), not the expanded
  dumont.residence@; the Exim bounce prints no enhanced code: status omitted, permanent true ("This is a permanent
  error"); the Gmail and Postfix delay notices are permanent false (4.3.0, 4.2.2); original_message_id is given for
  every bounce (each returns the message or its headers, or, for PEC, names its Message-ID).
* lang is the language of the new text (of the notice for automatic mail): Stefano Aliprandi's English under Italian
  Outlook headers, Rodrigo Albuquerque Lins's English under a Portuguese Gmail attribution and Philippe Rochat's
  English Notes reply are "en"; Vitali's Italian notice with an English paragraph is "it" and Sophie Favre's
  four-language notice (French first) is "fr"; the Postfix, Exim, JMRP, SpamCop and Gmail delay texts are "en", the
  Gmail DSN of the Monaco workspace is "fr", the Exchange NDRs and PEC notices follow their language.

Simplifications a reader should know about: when a sender answers inline or trims the quote, the HTML of the quoted
part is rebuilt from the quoted text; Outlook's text part writes every link as "text<target>", also inside the
quoted history; Received chains have two or three lines; the mail-merge copies share their text but each has its own
Message-ID and greeting; attachments, logos, PEC signatures and photos are small stand-in bytes; messages returned
inside bounces and complaints carry the firm's text as a single text/plain part; the PEC messages of the firm are not
in the set (only the receipts about them); PEC-enveloped replies ("POSTA CERTIFICATA:", the reply inside
postacert.eml) are left out because the checks compare labels with the top-level body.
"""

import json
import os
import random
import re
import shutil
import sys
from collections import Counter
from email import message_from_bytes, policy
from html.parser import HTMLParser
from typing import ClassVar

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # never leave __pycache__ in the repository
sys.path.insert(0, HERE)
# The MIME helpers are blind12's, imported from there as blind13's to blind16's builds do.
sys.path.insert(1, os.path.join(HERE, "..", "blind12"))

from mime12 import unflow  # noqa: E402


def usage():
    print("usage: python3 eval/blind17/build.py OUT", file=sys.stderr)
    sys.exit(2)


# --------------------------------------------------------------------------
# checks (copied unchanged from eval/blind16/build.py, which copied blind15's: a human reply may have an empty
# new_text only when its spec says the sender wrote nothing in the body, and then it must be empty)
# --------------------------------------------------------------------------
class Visible(HTMLParser):
    BLOCK: ClassVar[set[str]] = {
        "p",
        "div",
        "br",
        "tr",
        "li",
        "table",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "ul",
        "ol",
        "pre",
        "body",
        "td",
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip = max(0, self.skip - 1)
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r"[ \t\r\n]+", " ", data))


def visible_lines(html):
    v = Visible()
    v.feed(html)
    v.close()
    text = "".join(v.out)
    return [re.sub(r"[ \u00a0]+", " ", ln).strip() for ln in text.split("\n")]


def decoded_parts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if not ct.startswith("text/"):
            continue
        payload = part.get_payload(decode=True)
        cs = part.get_content_charset() or "us-ascii"
        text = payload.decode(cs)  # strict
        out.append((ct, text, part))
    return out


def top_level_body(msg):
    def walk(m):
        if m.get_content_type() == "message/rfc822":
            return
        if m.is_multipart():
            for p in m.get_payload():
                yield from walk(p)
        else:
            yield m

    plain = html = None
    for p in walk(msg):
        if (p.get("Content-Disposition") or "").lower().startswith("attachment"):
            continue
        if p.get_content_type() == "text/plain" and plain is None:
            plain = p
        elif p.get_content_type() == "text/html" and html is None:
            html = p
    return plain, html


def plain_text(part):
    body = part.get_payload(decode=True).decode(part.get_content_charset() or "us-ascii")
    body = body.replace("\r\n", "\n")
    if (part.get_param("format") or "").lower() == "flowed":
        body = unflow(body, delsp=(part.get_param("delsp") or "").lower() == "yes")
    return body


LINK = re.compile(r"<(?:https?|mailto):[^>\s]*>")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def check_label_shape(label):
    errs = []
    for k in ("new_text", "client", "lang", "kind", "opt_out"):
        if k not in label:
            errs.append(f"label lacks {k}")
    if not isinstance(label.get("opt_out"), bool) or (label.get("opt_out") and label["kind"] != "human"):
        errs.append("opt_out must be a boolean, true only on a human reply")
    if label["kind"] not in ("human", "list", "bounce", "auto_reply", "complaint"):
        errs.append(f"bad kind {label['kind']}")
    if label["kind"] == "auto_reply":
        if "until" not in label:
            errs.append("auto_reply without until")
        elif label["until"] is not None and not DATE.match(label["until"]):
            errs.append(f"bad until {label['until']!r}")
    elif "until" in label:
        errs.append("until on a non auto_reply")
    if label["kind"] == "bounce":
        b = label.get("bounce")
        if not b or not b.get("recipients"):
            errs.append("bounce without recipients")
        else:
            for rc in b["recipients"]:
                if "@" not in rc.get("address", ""):
                    errs.append(f"bad recipient {rc}")
                if "status" in rc and not STATUS.match(rc["status"]):
                    errs.append(f"bad status {rc}")
                if "status" in rc and "permanent" in rc and rc["permanent"] != rc["status"].startswith("5"):
                    errs.append(f"permanent/status mismatch {rc}")
            perms = [rc.get("permanent") for rc in b["recipients"] if "permanent" in rc]
            if perms and b.get("permanent") != all(perms):
                errs.append("overall permanent disagrees with recipients")
            omid = b.get("original_message_id")
            if omid is not None and not re.match(r"^<[^<>\s]+@[^<>\s]+>$", omid):
                errs.append(f"bad original_message_id {omid!r}")
    elif "bounce" in label:
        errs.append("bounce details on a non-bounce")
    return errs


def check_one(raw, label, mode, top, empty_ok=False):
    errs = check_label_shape(label)
    if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
        errs.append("line endings are not CRLF")
    msg = message_from_bytes(raw)
    msg2 = message_from_bytes(raw, policy=policy.default)
    for h in ("From", "Date", "Subject"):
        if msg[h] is None:
            errs.append(f"missing {h}")
    if label["kind"] in ("human", "list") and msg["Message-ID"] is None:
        errs.append("missing Message-ID")
    for m in (msg, msg2):
        for part in m.walk():
            if part.defects:
                errs.append(f"defects {part.defects}")
    try:
        parts = decoded_parts(msg)
    except Exception as e:
        errs.append(f"decode error {e!r}")
        parts = []
    for _ct, text, _ in parts:
        if "\ufffd" in text:
            errs.append("replacement char in body")
    if label["kind"] == "list" and msg["List-Id"] is None:
        errs.append("list message without List-Id")
    if label["kind"] not in ("human", "list"):
        if label["new_text"]:
            errs.append("non-human with new_text")
        return errs
    plain, html = top_level_body(msg)
    if mode == "text":
        if plain is None:
            return [*errs, "no text/plain part"]
        body = plain_text(plain)
        lines = [ln.strip() for ln in body.split("\n")]
        if top:
            first = next((x for x in lines if x), None)
            if label["new_text"] and first != label["new_text"][0]:
                errs.append(f"top-posted body does not open with the new text: {first!r}")
    else:
        if plain is not None:
            errs.append("html mode but a text/plain part exists")
        body = html.get_payload(decode=True).decode(html.get_content_charset() or "us-ascii")
        lines = visible_lines(body)
        if top:
            first = next((x for x in lines if x), None)
            if label["new_text"] and first != label["new_text"][0]:
                errs.append(f"top-posted HTML does not open with the new text: {first!r}")
    if mode == "text" and html is not None:
        hl = {
            re.sub(r"\s+", " ", x)
            for x in visible_lines(html.get_payload(decode=True).decode(html.get_content_charset() or "us-ascii"))
        }
        for ln in label["new_text"]:
            if re.fullmatch(r"\[cid:[^\]]+\]", ln) or re.fullmatch(r"\[image: [^\]]*\]", ln):
                continue
            n = re.sub(r"\s+", " ", LINK.sub("", ln)).strip()
            if n not in hl:
                errs.append(f"label line missing from the HTML alternative: {ln!r}")
    pos = 0
    for ln in label["new_text"]:
        if ln != ln.strip() or not ln:
            errs.append(f"unstripped/empty label line {ln!r}")
        try:
            pos = lines.index(ln, pos) + 1
        except ValueError:
            if ln in lines:
                errs.append(f"label line out of order: {ln!r}")
            else:
                errs.append(f"label line not in body: {ln!r}")
    if not label["new_text"] and not empty_ok:
        errs.append("human message with empty new_text")
    if label["new_text"] and empty_ok:
        errs.append("empty_ok on a message with new text")
    return errs


# --------------------------------------------------------------------------
# A mail app's own line under the text: the client's, not the sender's words, so never new text. The renderers keep
# these lines apart and the labels never contain them; this list checks that (blind16's list plus the Italian,
# Spanish, Portuguese and French lines of the apps used here).
DEVICE_LINE = re.compile(
    r"^(?:Sent from my (?:iPhone|iPad|Galaxy)|Sent from my BlackBerry.*|Sent from BlackBerry Work|\(www\.blackberry\.com\)|"
    r"Sent from Yahoo Mail (?:for iPhone|on Android).*|Sent with .*Proton Mail.* secure email\.|Sent via Superhuman.*|"
    r"Von meinem (?:iPhone|iPad) gesendet|Von meinem Samsung Galaxy Smartphone gesendet\.|Verstuurd vanaf mijn (?:iPhone|iPad)|"
    r"Get Outlook for (?:iOS|Android).*|Holen Sie sich Outlook für (?:iOS|Android).*|"
    r"Outlook voor (?:iOS|Android).* downloaden|Envoyé de mon (?:iPhone|iPad)|"
    r"Inviato da (?:iPhone|iPad)|Inviato dal mio (?:iPhone|iPad)|Enviado desde mi (?:iPhone|iPad)|Enviado do meu (?:iPhone|iPad)|"
    r"Inviato da smartphone Samsung Galaxy\.|Enviado desde mi smartphone Samsung Galaxy\.|"
    r"Enviado do meu smartphone Samsung Galaxy\.|Envoyé depuis mon smartphone Samsung Galaxy\.|"
    r"Ottieni Outlook per (?:iOS|Android).*|Obtener Outlook para (?:iOS|Android).*|Obter o Outlook para (?:iOS|Android).*|"
    r"Obtenir Outlook pour (?:iOS|Android).*)$"
)

FIRST_DAY, LAST_DAY = "2026-12-01", "2027-02-28"


def all_nodes():
    import auto17
    import desks17  # noqa: F401  (registers the help-desk layouts)
    import lists17
    import threads_es17
    import threads_fr17
    import threads_it17
    import threads_pt17

    return [*threads_it17.N, *threads_es17.N, *threads_pt17.N, *threads_fr17.N, *lists17.N, *auto17.NODES]


def collect():
    import auto17
    from clients17 import Ctx, R, footer_html
    from mime17 import build_raw
    from people17 import is_firm

    nodes = all_nodes()
    ctx = Ctx(nodes)
    for n in nodes:
        if n.get("parent"):
            par = ctx.node(n["parent"])
            if ctx.when(n) <= ctx.when(par):
                raise SystemExit(f"{n['key']}: dated before the message it answers ({par['key']})")
        if not (FIRST_DAY <= n["date"][:10] <= LAST_DAY):
            raise SystemExit(f"{n['key']}: date out of range")
    finals = [n for n in nodes if n.get("final")]
    entries = []
    problems = []
    for s in finals:
        kind = s.get("kind", "human")
        if kind == "list":
            reader = ctx.node(s["parent"])["frm"]
        else:
            reader = next((p for p in s["to"] + s["cc"] if is_firm(p)), None)
        if reader is None or not is_firm(reader):
            raise SystemExit(f"{s['key']}: no reader at the firm")
        try:
            r = ctx.rendered(s["key"])
        except Exception as e:
            raise SystemExit(f"{s['key']}: {e!r}") from e
        subject = ctx.subject(s["key"])
        if s.get("list_tag"):
            subject = s["list_tag"] + " " + subject.replace(s["list_tag"] + " ", "", 1)
        banner = None
        if kind != "list" and s["frm"].org is not reader.org:
            banner = reader.inbound_banner()
            if banner and banner.tag and banner.tag not in subject:
                subject = banner.tag + " " + subject
        # appended on the way: the sender's gateway footer, the list footer
        footer = s.get("footer") or s["frm"].org.footer
        if footer:
            html = r.html
            if html is not None:
                i = html.rfind("</body>")
                html = html[:i] + footer_html(footer) + html[i:] if i >= 0 else html + footer_html(footer)
            r = R(
                r.doc,
                r.inner,
                None if r.plain is None else [*r.plain, "", *footer],
                html,
                r.label,
                r.top,
                r.flowed,
                r.device,
                r.cids,
            )
        extra = []
        if kind == "list":
            extra = [("List-Id", s["list_id"]), *s.get("list_headers", [])]
        try:
            raw = build_raw(ctx, s, r, subject, reader, banner=banner, extra_headers=extra)
        except Exception as e:
            raise SystemExit(f"{s['key']}: {e!r}") from e
        for ln in r.label:
            if DEVICE_LINE.match(ln):
                problems.append(f"{s['key']}: device line in the label: {ln!r}")
        if r.device and not DEVICE_LINE.match(r.device):
            problems.append(f"{s['key']}: device line not recognised as one: {r.device!r}")
        empty_ok = not r.label
        entries.append(
            dict(
                client=s["client"],
                lang=s["lang"],
                kind=kind,
                slug=s["key"],
                raw=raw,
                new_text=r.label,
                mode="text" if r.plain is not None else "html",
                top=r.top and banner is None,
                extra={},
                opt_out=bool(s.get("opt_out", False)),
                empty_ok=empty_ok,
            )
        )
    for a in auto17.items(ctx):
        extra = {k: a[k] for k in ("until", "bounce") if k in a}
        entries.append(
            dict(
                client=a["client"],
                lang=a["lang"],
                kind=a["kind"],
                slug=a["slug"],
                raw=a["raw"],
                new_text=a.get("new_text", []),
                mode=a.get("mode"),
                top=a.get("top", False),
                extra=extra,
                opt_out=False,
            )
        )
    return entries, problems


def main():
    if len(sys.argv) != 2:
        usage()
    out = os.path.abspath(sys.argv[1])
    repo = os.path.abspath(os.path.join(HERE, "..", ".."))
    if out == repo or out.startswith(repo + os.sep):
        print("refusing to write inside the repository; give an OUT outside it (e.g. /tmp/b17)", file=sys.stderr)
        sys.exit(2)
    msgdir = os.path.join(out, "messages")
    if os.path.isdir(msgdir):
        shutil.rmtree(msgdir)
    os.makedirs(msgdir)
    entries, problems = collect()
    failures = 0
    for p in problems:
        print(f"FAIL spec {p}")
        failures += 1
    order = list(range(len(entries)))
    random.Random(17).shuffle(order)
    labels = {}
    names = set()
    for n, idx in enumerate(order, 1):
        e = entries[idx]
        name = f"{n:03d}-{e['lang']}-{e['client'].replace('_', '-')}-{e['slug']}.eml"
        if name in names:
            print(f"duplicate name {name}")
            failures += 1
        names.add(name)
        with open(os.path.join(msgdir, name), "wb") as f:
            f.write(e["raw"])
        label = {
            "new_text": e["new_text"],
            "client": e["client"],
            "lang": e["lang"],
            "kind": e["kind"],
            "opt_out": e["opt_out"],
        }
        label.update(e["extra"])
        labels[name] = label
        with open(os.path.join(msgdir, name), "rb") as f:
            errs = check_one(f.read(), label, e["mode"], e["top"], e.get("empty_ok", False))
        if errs:
            failures += 1
            print(f"FAIL {name}")
            for er in errs:
                print(f"   {er}")
    slugs = Counter(e["slug"] for e in entries)
    for s, c in slugs.items():
        if c > 1:
            print(f"FAIL duplicate slug {s}")
            failures += 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"messages: {len(labels)}")
    for key in ("kind", "client", "lang"):
        c = Counter(v[key] for v in labels.values())
        print(f"{key}: " + ", ".join(f"{k}={c[k]}" for k in sorted(c)))
    c = Counter((v["kind"], v["lang"]) for v in labels.values())
    print("kind x lang: " + ", ".join(f"{k}/{la}={c[(k, la)]}" for k, la in sorted(c)))
    print(f"opt_out: {sum(v['opt_out'] for v in labels.values())}")
    if failures:
        print(f"{failures} message(s) FAILED the checks")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
