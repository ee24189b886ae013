"""The firm's English (Thomas Aubry, Outlook), German (Katrin Imhof, Gmail), Italian and Spanish messages."""

from compose18 import Msg
from texts_fr18 import typo


def en(adv, to, date, subject, lines, cc=(), **kw):
    return Msg(adv, [to], date, subject, lines, lang="en", cc=list(cc), **kw)


def en_docs(adv, to, date, greet, **kw):
    return en(adv, to, date, "Opening your account – outstanding documents", [
        greet,
        "",
        "Thank you for your time on the phone last week. To complete the opening of your account with Orsenne, we "
        "still need the following:",
        "*|a certified copy of your passport;",
        "*|a proof of address dated within the last three months (utility bill or bank statement);",
        "*|your UK National Insurance number;",
        "*|a completed W-8BEN form (attached).",
        "",
        "I also have a few questions:",
        "Are you still resident in the UK for tax purposes, or do you expect to move to France this year?",
        "Which account should we use for the initial transfer?",
        "Would you like your statements by post or online only?",
        "",
        "You can reply to this email with the documents or upload them to "
        "{L:your secure space|https://client.orsenne.example/upload}.",
        "",
        "Kind regards,",
        "",
    ], **kw)  # fmt: skip


def en_review(adv, to, date, greet, deadline="Friday 26 March", **kw):
    return en(adv, to, date, "Your annual review – a few questions", [
        greet,
        "",
        "As part of your annual review, could you please let me know the following:",
        "",
        "#1|Has your address or contact number changed?",
        "#2|Have there been any changes in your family situation?",
        "#3|Are you still employed by the same company?",
        "#4|Do you expect any large expenses (property purchase, school fees) in the next two years?",
        "#5|Are you happy with the current risk profile (balanced)?",
        "",
        f"If I don’t hear from you by {deadline}, I will assume nothing has changed.",
        "",
        "Many thanks,",
        "",
    ], **kw)  # fmt: skip


def en_meeting(adv, to, date, greet, slots=("Tuesday 16 March, 10:00", "Thursday 18 March, 15:00", "Monday 22 March, 11:30"),
               **kw):  # fmt: skip
    return en(adv, to, date, "Yearly meeting and pension transfer", [
        greet,
        "",
        "I hope you are well. I would like to arrange our yearly meeting to go through your portfolio and the pension "
        "transfer we discussed.",
        "",
        "Would any of the following suit you?",
        *[f"*|{x} (Paris time)" for x in slots],
        "",
        "Should we meet by video call, or will you be in Lyon?",
        "",
        "Best regards,",
        "",
    ], **kw)  # fmt: skip


def en_form(adv, to, date, greet, **kw):
    return en(adv, to, date, "Change of beneficiary – details needed", [
        greet,
        "",
        "The insurer has asked us to confirm a few details before they can process the change of beneficiary. Could "
        "you complete the following and send it back to me?",
        "",
        "Full name (as on passport):",
        "Date of birth:",
        "Current address:",
        "Mobile number:",
        "",
        "Please also confirm that you wish the new clause to take effect immediately.",
        "",
        "Thanks in advance,",
        "",
    ], **kw)  # fmt: skip


def en_corp(adv, to, date, greet, company, **kw):
    return en(adv, to, date, f"{company} – treasury mandate: KYC refresh", [
        greet,
        "",
        f"As part of the periodic review of the treasury mandate of {company}, our compliance team needs the "
        "following:",
        "",
        "#1|an updated list of the directors and authorised signatories;",
        "#2|the latest audited accounts (2026 if available);",
        "#3|confirmation of the ultimate beneficial owners holding more than 25%.",
        "",
        "Could you also tell me who should be our day-to-day contact now that Mr Okafor has left?",
        "",
        "Thank you in advance for your help.",
        "",
        "Kind regards,",
        "",
    ], **kw)  # fmt: skip


def en_chase(adv, orig, date, greet, ref, **kw):
    return Msg(adv, list(orig.to), date, "RE: " + orig.subject, [
        greet,
        "",
        f"I am just following up on my email below of {ref}. Could you let me know when you have a moment?",
        "",
        "Kind regards,",
        "",
    ], lang="en", history=orig, cc=list(orig.cc), **kw)  # fmt: skip


# --------------------------------------------------------------------------
# Zurich desk (Gmail)
# --------------------------------------------------------------------------
def de(adv, to, date, subject, lines, **kw):
    return Msg(adv, [to], date, subject, lines, composer="gmail_sent", lang="de", **kw)


def de_docs(adv, to, date, greet, ref="24. Februar", **kw):
    return de(adv, to, date, "Eröffnung Ihres Mandats – fehlende Unterlagen", [
        greet,
        "",
        f"Vielen Dank für das angenehme Gespräch vom {ref}. Für die Eröffnung Ihres Mandats benötigen wir noch "
        "folgende Unterlagen:",
        "*|eine Kopie Ihres Passes oder Ihrer Identitätskarte",
        "*|eine aktuelle Wohnsitzbestätigung",
        "*|den unterzeichneten Vermögensverwaltungsvertrag",
        "",
        "Ausserdem hätte ich noch drei Fragen:",
        "Ist Ihre Adresse an der Seestrasse noch aktuell?",
        "Sind Sie in den USA steuerpflichtig (Staatsbürgerschaft, Green Card)?",
        "Wünschen Sie die Korrespondenz auf Deutsch oder auf Französisch?",
        "",
        "Sie können mir die Unterlagen gerne direkt per E-Mail zurückschicken.",
        "",
        "Freundliche Grüsse",
        "Katrin Imhof",
        "",
    ], **kw)  # fmt: skip


def de_termin(adv, to, date, greet, **kw):
    return de(adv, to, date, "Jährliche Portfolioüberprüfung", [
        greet,
        "",
        "Gerne würde ich mit Ihnen die jährliche Portfolioüberprüfung durchführen. Folgende Termine hätte ich frei:",
        "*|Dienstag, 16. März, 10.00 Uhr",
        "*|Mittwoch, 17. März, 14.00 Uhr",
        "*|Freitag, 19. März, 09.30 Uhr",
        "",
        "Passt Ihnen einer dieser Termine?",
        "Möchten Sie lieber zu uns ins Büro kommen, oder sollen wir das Gespräch per Video führen?",
        "",
        "Freundliche Grüsse",
        "Katrin Imhof",
        "",
    ], **kw)  # fmt: skip


def de_kyc(adv, to, date, greet, **kw):
    return de(adv, to, date, "Aktualisierung Ihrer Kundendaten", [
        greet,
        "",
        "Im Rahmen unserer jährlichen Überprüfung bitte ich Sie, die folgenden Fragen kurz zu beantworten:",
        "",
        "#1|Hat sich Ihre Wohnadresse geändert?",
        "#2|Hat sich Ihre berufliche Situation verändert?",
        "#3|Stammen neue Vermögenswerte aus einer Erbschaft oder Schenkung?",
        "#4|Möchten Sie Ihr Anlageprofil (ausgewogen) beibehalten?",
        "",
        "Vielen Dank im Voraus.",
        "",
        "Freundliche Grüsse",
        "Katrin Imhof",
        "",
    ], **kw)  # fmt: skip


def de_nachfass(adv, orig, date, greet, ref, **kw):
    return Msg(adv, list(orig.to), date, "Re: " + orig.subject, [
        greet,
        "",
        f"ich erlaube mir, auf meine untenstehende Nachricht vom {ref} zurückzukommen. Hatten Sie bereits Gelegenheit, "
        "sie anzuschauen?",
        "",
        "Freundliche Grüsse",
        "Katrin Imhof",
        "",
    ], composer="gmail_sent", lang="de", history=orig, **kw)  # fmt: skip


# --------------------------------------------------------------------------
# Italian (Hélène Marchetti) and Spanish (Inés Carvajal), French Outlook
# --------------------------------------------------------------------------
def it_docs(adv, to, date, greet, ref="25 febbraio", **kw):
    return Msg(adv, [to], date, "Documenti mancanti – pratica di sottoscrizione", [
        greet,
        "",
        f"a seguito del nostro incontro del {ref}, Le scrivo per completare la Sua pratica di sottoscrizione.",
        "",
        "Ci mancano ancora i seguenti documenti:",
        "*|copia fronte-retro di un documento d’identità valido;",
        "*|codice fiscale;",
        "*|un certificato di residenza recente.",
        "",
        "Potrebbe inoltre confermarmi il Suo indirizzo attuale?",
        "Preferisce ricevere la corrispondenza in italiano o in francese?",
        "",
        "Resto a disposizione per qualsiasi chiarimento.",
        "",
        "Cordiali saluti,",
        "",
    ], lang="it", **kw)  # fmt: skip


def it_meeting(adv, to, date, greet, **kw):
    return Msg(adv, [to], date, "Incontro annuale – proposta di date", [
        greet,
        "",
        "come ogni anno, vorrei proporLe un incontro per fare il punto sul Suo patrimonio e sui Suoi contratti.",
        "",
        "Le andrebbe bene una di queste date?",
        "*|martedì 16 marzo alle 10:00;",
        "*|giovedì 18 marzo alle 15:00.",
        "",
        "Preferisce incontrarci a Lione o in videoconferenza?",
        "",
        "Cordiali saluti,",
        "",
    ], lang="it", **kw)  # fmt: skip


def es_docs(adv, to, date, greet, ref="26 de febrero", **kw):
    return Msg(adv, [to], date, "Apertura de su cuenta – documentación pendiente", [
        greet,
        "",
        f"Tras nuestra conversación del {ref}, le escribo para completar la apertura de su cuenta.",
        "",
        "Todavía nos faltan los siguientes documentos:",
        "*|copia de su DNI o NIE por ambas caras;",
        "*|un certificado de residencia fiscal;",
        "*|la escritura de compraventa del piso de Annecy.",
        "",
        "¿Sigue siendo correcta su dirección en Valencia?",
        "¿Desea que le enviemos la documentación en español o en francés?",
        "",
        "Quedo a su disposición para cualquier duda.",
        "",
        "Un cordial saludo,",
        "",
    ], lang="es", **kw)  # fmt: skip


def es_cita(adv, to, date, greet, when="el jueves 18 de marzo a las 16:00", **kw):
    return Msg(adv, [to], date, "Revisión anual de su patrimonio", [
        greet,
        "",
        "Como cada año, me gustaría revisar con usted la evolución de su cartera y de su seguro de vida.",
        "",
        f"¿Le vendría bien {when} (hora de España)?",
        "¿Prefiere una videollamada o una llamada telefónica?",
        "",
        "Un cordial saludo,",
        "",
    ], lang="es", **kw)  # fmt: skip


def third_party_fr(frm, to, date, subject, lines):
    """A third party's message (a notary, an insurer) that the adviser forwards."""
    return Msg(frm, [to], date, subject, typo(lines), lang="fr", sig=[], disclaimer=[])
