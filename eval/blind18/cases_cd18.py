"""Group C (hard, mixed) and group D (answers typed inside the quote, the firm's message not in the set)."""

import texts_fr18 as F
import texts_xx18 as X
from compose18 import Msg, Reply, display
from people18 import DISC_FR, HELENE, INES, KATRIN, MARC, NB, THOMAS, P
from render18 import quote_node

CASES = []


def case(group, **kw):
    CASES.append(Reply(group=group, **kw))


def flat_reply(person, o, date, top, answers, note="outlook_imap"):
    """A client's earlier Outlook reply with answers typed under lines of the firm's message (now history)."""
    head = quote_node("outlook", "fr", person.tz, o, display(o))[2]
    body = []
    for ln in o.own_lines():
        body.append(ln)
        for anchor, text in answers:
            if anchor in ln:
                body.append(text)
    return Msg(person, [o.frm], date, "RE : " + o.subject, [*top, *head, *body], composer="outlook", sig=[],
               disclaimer=[], note=note)  # fmt: skip


# ---------------------------------------------------------------- C: answers inside an older message of the history
c = P("Léa Morand", "lea.morand@gmail.example")
case("C", key="morand", frm=c, date="2027-03-08 18:40", client="gmail", lang="fr",
     parent=F.followup(HELENE, F.kyc(HELENE, c, "2027-03-01 10:02", "Bonjour Madame Morand,"), "2027-03-08 09:30",
                       "Bonjour Madame Morand,", "1er mars"),
     edits=[("after", "résidence fiscale", "", "Non", ""),
            ("after", "situation familiale", "", "Non", ""),
            ("after", "même activité", "", "OUI", ""),
            ("after", "même tranche", "", "Oui", ""),
            ("after", "liquidités important", "", "Non pas pour l’instant", "")])  # fmt: skip

c = P("Fabrice Tessier", "fabrice.tessier@orange.example")
case("C", key="tessier", frm=c, date="2027-03-19 07:55", client="outlook", lang="fr",
     parent=F.followup(HELENE, F.docs(HELENE, c, "2027-03-03 09:40", "Bonjour Monsieur Tessier,", ref="lundi 1er mars"),
                       "2027-03-18 14:10", "Bonjour Monsieur Tessier,", "3 mars"),
     top=["Bonjour Madame Marchetti,", "", "Désolé pour le retard, j’ai répondu dans votre premier message.", "",
          "Fabrice Tessier"],
     edits=[("after", "adresse actuelle", "Oui, toujours à Écully."),
            ("after", "situation professionnelle", "Non."),
            ("after", "par virement", "Prélèvement sur le compte joint.")])  # fmt: skip

c = P("Helen Ward", "helen.ward@icloud.example", "en", "london")
case("C", key="ward", frm=c, date="2027-03-30 21:30", client="apple_mail", lang="en",
     parent=X.en_chase(THOMAS, X.en_review(THOMAS, c, "2027-03-10 11:00", "Dear Helen,"), "2027-03-29 10:15",
                       "Dear Helen,", "10 March"),
     top=["Hi Thomas, sorry! Answers below.", "", "Helen"],
     edits=[("after", "contact number changed", "No"), ("after", "family situation", "I married in February!"),
            ("after", "same company", "Yes"), ("after", "large expenses", "A new car this summer, about £30k"),
            ("after", "risk profile", "Yes")])  # fmt: skip

c = P("Simon Kälin", "simon.kaelin@gmail.example", "de", "zurich")
case("C", key="kaelin", frm=c, date="2027-03-24 19:05", client="gmail", lang="de",
     parent=X.de_nachfass(KATRIN, X.de_docs(KATRIN, c, "2027-03-04 10:00", "Sehr geehrter Herr Kälin", ref="2. März"),
                          "2027-03-23 08:30", "Sehr geehrter Herr Kälin", "4. März"),
     top=["Guten Abend Frau Imhof", "", "Antworten unten in Ihrer ersten Mail.", "", "Gruss", "Simon Kälin", ""],
     edits=[("after", "Seestrasse", "", "Ja.", ""), ("after", "steuerpflichtig", "", "Nein.", ""),
            ("after", "Deutsch oder auf Französisch", "", "Deutsch.", "")])  # fmt: skip

# ---------------------------------------------------------------- C: the firm forwards a third party's questions
notary = P("Claire Roussillon", "c.roussillon@notaires-roussillon.example")
c = P("Hélène Vautrin", "helene.vautrin@free.example")
q = X.third_party_fr(notary, HELENE, "2027-03-29 17:40", "Succession Vautrin – questions de l’étude", [
    "Madame,", "",
    "Pour avancer sur la déclaration de succession de M. Clément Vautrin, j’aurais besoin des précisions suivantes :",
    "Le défunt avait-il consenti des donations au cours des quinze dernières années ?",
    "Détenait-il des comptes à l’étranger ?",
    "Le véhicule a-t-il été vendu depuis le décès ?", "",
    "Je vous remercie de transmettre ces questions à la famille.", "",
    "Bien cordialement,", "",
    "Claire Roussillon", "Notaire", "Office notarial Roussillon & Béal – Villeurbanne", f"04{NB}65{NB}71{NB}55{NB}20", ""])  # fmt: skip
case("C", key="vautrin", frm=c, date="2027-03-31 10:20", client="outlook", lang="fr",
     parent=F.forward_note(HELENE, q, c, "2027-03-30 09:15", "Bonjour Madame Vautrin,",
                           ["Je vous transmets ci-dessous les questions de Maître Roussillon.",
                            "Pouvez-vous y répondre directement dans ce message ?"]),
     top=["Bonjour,", "", "Voici.", "", "H. Vautrin"],
     edits=[("after", "quinze dernières années", "Oui, une donation à notre fils en 2019 (acte chez Maître Béal)."),
            ("after", "comptes à l’étranger", "Non."),
            ("after", "vendu depuis le décès", "Pas encore, il est en vente au garage.")])  # fmt: skip

insurer = P("Policy Services", "policy.services@aldergate-life.example", "en", "london")
c = P("George Whitaker", "george.whitaker@gmail.example", "en", "london")
q = Msg(insurer, [THOMAS], "2027-04-05 12:00", "Policy AL-77310 – information required", [
    "Dear Mr Aubry,", "",
    "Before we can process the partial surrender on policy AL-77310, please ask your client to confirm:",
    "the reason for the withdrawal;", "the bank account to be credited (sort code and last four digits);",
    "whether he has taken independent tax advice.", "",
    "Yours sincerely,", "Policy Services", "Aldergate Life Assurance", ""], lang="en", sig=[], disclaimer=[])  # fmt: skip
case("C", key="whitaker", frm=c, date="2027-04-06 17:45", client="gmail", lang="en",
     parent=Msg(THOMAS, [c], "2027-04-06 09:20", "FW: " + q.subject,
                ["Dear George,", "", "Please see the insurer’s questions below – could you answer them for me?", "",
                 "Kind regards,", ""], lang="en", history=q, fwd=True),
     top=["Hi Thomas,", "", "See below.", "", "George"],
     edits=[("after", "reason for the withdrawal", "", "Paying for my daughter's wedding.", ""),
            ("after", "account to be credited", "", "Sort code ending 44, account ending 0917 – same as before.", ""),
            ("after", "independent tax advice", "", "Yes, my accountant has looked at it.", "")])  # fmt: skip

# ---------------------------------------------------------------- C: pasted text inside the quote
c = P("Laurent Besnard", "laurent.besnard@wanadoo.example")
case("C", key="besnard", frm=c, date="2027-04-08 18:12", client="outlook", lang="fr",
     parent=F.clause(HELENE, c, "2027-04-07 11:30", "Bonjour Monsieur Besnard,", num="AV-290 335"),
     top=["Bonjour Madame,", "", "Cordialement,", "Laurent Besnard"],
     edits=[("after", "conserver en l", "Non. Mon notaire me conseille la rédaction suivante, que je vous recopie :",
             "« mon épouse Mme Anne Besnard née Collet, à défaut mes enfants nés ou à naître, vivants ou représentés, "
             "par parts égales entre eux, à défaut mes héritiers »"),
            ("after", "chaque bénéficiaire", "Voir ci-dessus, les enfants sont déjà nommés dans l’acte chez le notaire.")])  # fmt: skip

c = P("Nadia Perret", "nadia.perret@gmail.example")
case("C", key="perret", frm=c, date="2027-04-09 12:40", client="gmail", lang="fr",
     parent=F.docs(HELENE, c, "2027-04-08 16:00", "Bonjour Madame Perret,", ref="mardi 6 avril"),
     top=["Bonjour,", "", "Je vous ai copié l’adresse telle qu’elle figure sur notre avis d’imposition.", "", "Nadia"],
     edits=[("after", "adresse actuelle", "", "M. ET MME LAURENT PERRET", "RESIDENCE LES CEDRES BAT B",
             "12 AVENUE DES FRERES LUMIERE", "69008 LYON", ""),
            ("after", "par virement", "", "Virement", "")])  # fmt: skip

# ---------------------------------------------------------------- C: typed inside the quote and a "> " quotation elsewhere
c = P("Sandrine Vallet", "sandrine.vallet@orange.example")
case("C", key="vallet", frm=c, date="2027-03-05 13:30", client="outlook", lang="fr",
     parent=F.rdv(HELENE, c, "2027-03-04 10:10", "Bonjour Madame Vallet,"),
     top=["Bonjour Hélène,", "", f"> Lequel vous conviendrait le mieux{NB}?", "Le jeudi 18, plutôt en fin de journée.",
          "", "Pour le reste voir plus bas.", "", "Sandrine"],
     edits=[("after", "en visioconférence", "Au cabinet, je viendrai avec mon mari."),
            ("after", "proposer d’autres", "Si le jeudi ne va pas, le lundi 22 après 17 h.")])  # fmt: skip

c = P("Yves Barre", "yves.barre@free.example")
case("C", key="barre", frm=c, date="2027-03-10 22:05", client="thunderbird_fixed", lang="fr",
     parent=F.kyc_plain(HELENE, c, "2027-03-10 09:00", "Bonjour Monsieur Barre,"),
     top=["Bonjour,", "", "Vous écriviez :", "> 3. Exercez-vous toujours la même activité professionnelle ?",
          "Non, je suis à la retraite depuis le 1er mars.", "", "Les autres réponses sont dans le texte.", "",
          "Yves Barre", ""],
     edits=[("after", "1. Votre adresse", "", "Non", ""), ("after", "2. Votre situation", "", "Non", ""),
            ("after", "4. Les revenus", "", "Non, ils baissent avec la retraite.", "")])  # fmt: skip

# ---------------------------------------------------------------- C: the firm's text translated by the client
c = P("Andrew Whitfield", "andrew.whitfield@outlook.example", "en", "paris")
EN_DOCS = [
    "Hello Mr. Whitfield,", "",
    "Following our meeting on Tuesday, February 23, I am getting back to you to finalize your application for the "
    "Orsenne Vie Horizon contract.", "",
    "We are still missing the following documents:",
    "a double-sided copy of your valid identity document;", "proof of address less than three months old;",
    "your last tax notice;", "a bank details form (RIB) in the name of the subscriber.", "",
    "In addition, I would need some clarification:", "Could you confirm your current address?",
    "Have you changed your professional situation since our last exchange?",
    "Would you like the initial payment to be debited from your account or made by bank transfer?", "",
    "You can send me the documents in reply to this message or upload them to your client area.", "",
    "I remain at your disposal for any further information.", "", "Best regards,", "",
    *HELENE.sigs["fr"], *DISC_FR]  # fmt: skip
case("C", key="whitfield", frm=c, date="2027-03-03 19:20", client="outlook", lang="en", ui="en",
     parent=F.docs(HELENE, c, "2027-03-03 10:30", "Bonjour Monsieur Whitfield,"), pasted=EN_DOCS,
     top=["Dear Ms Marchetti,", "", "I ran your email through a translator, my answers are under your questions.", "",
          "Regards,", "Andrew Whitfield"],
     edits=[("after", "current address", "Yes – 5 montée du Gourguillon, Lyon 5e, as before."),
            ("after", "professional situation", "No."),
            ("after", "bank transfer", "Bank transfer please.")])  # fmt: skip

c = P("Stefan Vogt", "stefan.vogt@gmail.example", "de", "zurich")
DE_KYC = [
    "Guten Tag Herr Vogt,", "",
    "Im Rahmen unserer regulatorischen Verpflichtungen aktualisieren wir jedes Jahr unsere Kenntnisse über unsere "
    "Kunden. Bitte beantworten Sie die folgenden Fragen, gerne direkt als Antwort auf diese Nachricht.", "",
    "1. Hat sich Ihr steuerlicher Wohnsitz seit letztem Jahr geändert?",
    "2. Hat sich Ihre familiäre Situation verändert (Heirat, PACS, Geburt, Scheidung)?",
    "3. Üben Sie immer noch dieselbe berufliche Tätigkeit aus?",
    "4. Liegt das jährliche Einkommen Ihres Haushalts immer noch in derselben Spanne?",
    "5. Planen Sie in den nächsten zwei Jahren einen grösseren Liquiditätsbedarf?", "",
    "Ohne Antwort Ihrerseits bis zum 31. März gehen wir davon aus, dass die Informationen in Ihrem Dossier aktuell "
    "sind.", "", "Mit freundlichen Grüssen,", "Hélène Marchetti"]  # fmt: skip
case("C", key="vogt", frm=c, date="2027-03-12 20:15", client="gmail", lang="de",
     parent=F.kyc(HELENE, c, "2027-03-12 09:20", "Bonjour Monsieur Vogt,"), pasted=DE_KYC,
     top=["Sehr geehrte Frau Marchetti", "", "Entschuldigen Sie, dass ich auf Deutsch antworte.", "",
          "Freundliche Grüsse", "Stefan Vogt"],
     edits=[("after", "Wohnsitz", "", "Nein", ""), ("after", "familiäre Situation", "", "Nein", ""),
            ("after", "berufliche Tätigkeit", "", "Ja", ""), ("after", "Einkommen", "", "Ja", ""),
            ("after", "Liquiditätsbedarf", "", "Nein", "")])  # fmt: skip

# ---------------------------------------------------------------- C: the client's earlier answers are in the history
c = P("Paul Ménard", "paul.menard@orange.example")
o = F.docs(HELENE, c, "2027-03-01 10:00", "Bonjour Monsieur Ménard,")
r0 = flat_reply(c, o, "2027-03-02 19:30", ["Bonjour,", "Réponses ci-dessous.", "P. Ménard", ""],
                [("adresse actuelle", "Oui, inchangée."), ("situation professionnelle", "Non."),
                 ("par virement", "Par virement.")])  # fmt: skip
s = Msg(HELENE, [c], "2027-03-04 11:15", "RE : " + o.subject, F.typo([
    "Bonjour Monsieur Ménard,", "",
    "Merci pour vos réponses. Deux précisions encore :",
    "Le virement viendra-t-il de votre compte à la Banque Rhodanienne ou d’un autre établissement ?",
    "Quel montant souhaitez-vous verser à l’ouverture ?", "",
    "Bien cordialement,", ""]), lang="fr", history=r0)  # fmt: skip
case("C", key="menard", frm=c, date="2027-03-04 20:05", client="outlook", lang="fr",
     parent=s,
     edits=[("after", "autre établissement", "De la Banque Rhodanienne."),
            ("after", "verser à l’ouverture", "30 000 € pour commencer.")])  # fmt: skip

# ---------------------------------------------------------------- C: the quoted copy is of another message
c = P("Corinne Joly", "corinne.joly@orange.example")
o = F.ifi(HELENE, c, "2027-04-01 09:30", "Bonjour Madame Joly,")
s = Msg(HELENE, [c], "2027-04-13 10:05", "IFI 2027 – relance", F.typo([
    "Bonjour Madame Joly,", "",
    "Je me permets de revenir vers vous au sujet de mes questions du 1er avril concernant votre déclaration IFI.",
    "Pourriez-vous me répondre d’ici la fin du mois ?", "",
    "Bien cordialement,", ""]), lang="fr")  # fmt: skip
head = quote_node("outlook", "fr", "paris", o, [])[2]
case("C", key="joly", frm=c, date="2027-04-13 18:40", client="outlook", lang="fr", note="other-quote",
     parent=s, pasted=[*head[1:], *o.own_lines()],
     top=["Bonjour,", "", "Je remets votre premier message avec mes réponses.", "", "Corinne Joly"],
     edits=[("after", "résidence principale", "Autour de 480 000 € selon l’agence."),
            ("after", "capital restant dû", "Plus de prêt depuis 2025."),
            ("after", "acquis ou cédé", "Non."),
            ("after", "parts de SCPI", "Non, seulement dans l’assurance vie.")])  # fmt: skip

c = P("Mathilde Pons", "mathilde.pons@gmail.example")
spouse = P("Julien Pons", "julien.pons@gmail.example")
s = F.form(HELENE, c, "2027-04-14 09:10", "Bonjour Madame Pons,")
case("C", key="pons", frm=c, date="2027-04-14 21:30", client="gmail", lang="fr", fwd=True,
     parent=s, to=[spouse], cc=[HELENE], subject="Fwd: " + s.subject,
     top=["Julien, peux-tu compléter ta profession ? J’ai mis le reste dans le mail.", "Mme Marchetti est en copie.",
          "", "Mathilde"],
     edits=[("after", "Nom de naissance", "", "DELMAS", ""), ("after", "Adresse postale", "", "9 rue Sala, 69002 Lyon", ""),
            ("after", "Téléphone portable", "", "06 39 98 77 40", "")])  # fmt: skip


# ---------------------------------------------------------------- D: the firm's message is not in the set
def d(**kw):
    case("D", known=False, **kw)


c = P("Hervé Lenoir", "herve.lenoir@orange.example")
d(key="lenoir", frm=c, date="2027-03-02 18:20", client="outlook", lang="fr",
  parent=F.docs(HELENE, c, "2027-03-01 15:00", "Bonjour Monsieur Lenoir,"),
  edits=[("after", "adresse actuelle", "Oui, 8 impasse des Mûriers à Tassin."),
         ("tail", "situation professionnelle", "Non"),
         ("after", "par virement", "Virement.")])  # fmt: skip

c = P("Fiona Reid", "fiona.reid@gmail.example", "en", "london")
d(key="reid", frm=c, date="2027-03-06 10:10", client="gmail", lang="en",
  parent=X.en_review(THOMAS, c, "2027-03-05 16:00", "Dear Fiona,"),
  top=["Hi Thomas,", "", "Fiona"],
  edits=[("after", "contact number changed", "", "New mobile: 07700 900218", ""),
         ("after", "family situation", "", "No", ""), ("after", "same company", "", "Yes", ""),
         ("after", "large expenses", "", "No", ""), ("after", "risk profile", "", "Yes", "")])  # fmt: skip

c = P("Beat Gerber", "beat.gerber@icloud.example", "de", "zurich")
d(key="gerber", frm=c, date="2027-03-09 08:05", client="apple_mail", lang="de",
  parent=X.de_termin(KATRIN, c, "2027-03-08 17:00", "Sehr geehrter Herr Gerber"),
  edits=[("after", "Mittwoch, 17. März", "Mittwoch passt."), ("after", "per Video", "Im Büro.")])  # fmt: skip

c = P("Odile Marin", "odile.marin@icloud.example")
d(key="marin", frm=c, date="2027-03-10 19:35", client="ios_mail", lang="fr", device="Envoyé de mon iPhone",
  parent=F.rdv(HELENE, c, "2027-03-10 09:30", "Bonjour Madame Marin,"),
  edits=[("after", "mardi 16 mars", "Oui"), ("after", "en visioconférence", "Visio")])  # fmt: skip

c = P("Alessandro Ricci", "alessandro.ricci@libero.example", "it", "rome")
d(key="ricci", frm=c, date="2027-03-11 13:00", client="outlook", lang="it",
  parent=X.it_docs(HELENE, c, "2027-03-11 09:00", "Gentile Signor Ricci,", ref="5 marzo"),
  edits=[("tail", "Suo indirizzo attuale", "Sì, invariato."), ("tail", "in italiano o in francese", "Italiano")])  # fmt: skip

c = P("Pilar Santos", "pilar.santos@gmail.example", "es", "madrid")
d(key="santos", frm=c, date="2027-03-12 17:25", client="gmail", lang="es",
  parent=X.es_cita(INES, c, "2027-03-12 10:40", "Estimada Sra. Santos:"),
  edits=[("after", "Le vendría bien", "", "Sí", ""), ("after", "videollamada o una llamada", "", "Llamada.", "")])  # fmt: skip

c = P("Philippe Aubry-Lenain", "philippe.lenain@free.example")
d(key="lenain", frm=c, date="2027-04-06 22:10", client="thunderbird", lang="fr",
  parent=F.ifi(HELENE, c, "2027-04-06 10:00", "Bonjour Monsieur Lenain,"),
  edits=[("after", "résidence principale", "", "950 000 € environ.", ""),
         ("after", "capital restant dû", "", "212 000 €.", ""),
         ("after", "acquis ou cédé", "", "Vente d’un studio à Grenoble en juin 2026.", "")])  # fmt: skip

c = P("Rebecca Stone", "rebecca.stone@outlook.example", "en", "london")
d(key="stone", frm=c, date="2027-04-07 20:45", client="owa", lang="en",
  parent=X.en_form(THOMAS, c, "2027-04-07 11:10", "Dear Ms Stone,"),
  edits=[("tail", "Full name", "Rebecca Jane Stone"), ("tail", "Date of birth", "3 May 1979"),
         ("tail", "Current address", "14 Orchard Close, Reading RG1 9ZZ"), ("tail", "Mobile number", "07700 900733"),
         ("after", "take effect immediately", "Yes, confirmed.")])  # fmt: skip

c = P("Josiane Ferrand", "josiane.ferrand@laposte.example")
d(key="ferrand", frm=c, date="2027-04-08 10:15", client="outlook_plain", lang="fr",
  parent=F.form(MARC, c, "2027-04-07 14:00", "Bonjour Madame Ferrand,"),
  top=["Bonjour Monsieur Delorme,", "", "Josiane Ferrand", ""],
  edits=[("after", "Nom de naissance", "FERRAND"), ("after", "Adresse postale", "3 chemin du Lac, 74290 Talloires"),
         ("after", "Profession", "sans"), ("after", "uniquement en ligne", "Papier.")])  # fmt: skip

c = P("Denise Charpentier", "denise.charpentier@gmail.example")
d(key="charpentier", frm=c, date="2027-04-09 09:30", client="gmail", lang="fr", opt_out=True,
  parent=F.scpi(HELENE, c, "2027-04-08 17:45", "Bonjour Madame Charpentier,", amount="40 000 €"),
  edits=[("after", "pas garanti", "", "Je ne suis pas intéressée. Merci de me retirer de vos fichiers et de ne plus "
          "m’écrire.", "")])  # fmt: skip
