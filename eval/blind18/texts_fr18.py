"""The firm's French messages (Hélène Marchetti, Marc Delorme, Julien Fabre; French Outlook) and its follow-ups."""

from compose18 import Msg
from people18 import NB

RE_FR = "RE : "


def typo(lines):
    """French Outlook's autocorrect: no-break spaces before ? ! : ; and inside « »."""
    out = []
    for ln in lines:
        for a in ("?", "!", ":", ";"):
            ln = ln.replace(" " + a, NB + a)
        ln = ln.replace("« ", "«" + NB).replace(" »", NB + "»")
        out.append(ln)
    return out


def fr(adv, to, date, subject, lines, cc=(), **kw):
    return Msg(adv, [to], date, subject, typo(lines), lang="fr", cc=list(cc), **kw)


def docs(adv, to, date, greet, ref="mardi 23 février", product="Orsenne Vie Horizon", **kw):
    return fr(adv, to, date, "Documents manquants – votre dossier de souscription", [
        greet,
        "",
        f"Suite à notre rendez-vous du {ref}, je reviens vers vous pour finaliser votre dossier de souscription au "
        f"contrat {product}.",
        "",
        "Il nous manque encore les pièces suivantes :",
        "*|une copie recto verso de votre pièce d’identité en cours de validité ;",
        "*|un justificatif de domicile de moins de trois mois ;",
        "*|votre dernier avis d’imposition ;",
        "*|un RIB au nom du souscripteur.",
        "",
        "Par ailleurs, j’aurais besoin de quelques précisions :",
        "Pourriez-vous me confirmer votre adresse actuelle ?",
        "Avez-vous changé de situation professionnelle depuis notre dernier échange ?",
        "Souhaitez-vous que le versement initial soit prélevé sur votre compte ou effectué par virement ?",
        "",
        "Vous pouvez me transmettre les documents en réponse à ce message ou les déposer dans votre "
        "{L:espace client|https://client.orsenne.example/depot}.",
        "",
        "Je reste à votre disposition pour tout complément.",
        "",
        "Bien cordialement,",
        "",
    ], **kw)  # fmt: skip


def kyc(adv, to, date, greet, deadline="31 mars", **kw):
    return fr(adv, to, date, "Mise à jour annuelle de votre dossier client", [
        greet,
        "",
        "Dans le cadre de nos obligations réglementaires, nous mettons à jour chaque année la connaissance de nos "
        "clients. Je vous remercie de bien vouloir répondre aux questions ci-dessous, directement en réponse à ce "
        "message si vous le souhaitez.",
        "",
        "#1|Votre adresse de résidence fiscale a-t-elle changé depuis l’an dernier ?",
        "#2|Votre situation familiale a-t-elle évolué (mariage, PACS, naissance, divorce) ?",
        "#3|Exercez-vous toujours la même activité professionnelle ?",
        "#4|Les revenus annuels de votre foyer se situent-ils toujours dans la même tranche ?",
        "#5|Envisagez-vous un besoin de liquidités important dans les deux prochaines années ?",
        "",
        f"Sans réponse de votre part d’ici le {deadline}, nous considérerons que les informations de votre dossier "
        "sont à jour.",
        "",
        "Je vous remercie par avance et vous souhaite une excellente journée.",
        "",
        "Bien à vous,",
        "",
    ], **kw)  # fmt: skip


def kyc_plain(adv, to, date, greet, deadline="31 mars", **kw):
    """The same questions typed as paragraphs "1. ..." (no list)."""
    m = kyc(adv, to, date, greet, deadline, **kw)
    m.lines = [ln.replace("#", "").replace("|", ". ", 1) if ln.startswith("#") else ln for ln in m.lines]
    return m


SLOTS_MARCH = ["mardi 16 mars à 10 h 00 ;", "jeudi 18 mars à 14 h 30 ;", "vendredi 19 mars à 9 h 00."]


def rdv(adv, to, date, greet, slots=SLOTS_MARCH, **kw):
    return fr(adv, to, date, "Votre bilan patrimonial annuel", [
        greet,
        "",
        "Comme chaque année, je vous propose de faire le point sur votre situation patrimoniale et sur l’allocation "
        "de vos contrats.",
        "",
        "Voici quelques créneaux possibles :",
        *["*|" + x for x in slots],
        "",
        "Lequel vous conviendrait le mieux ?",
        "Préférez-vous un rendez-vous à notre cabinet ou en visioconférence ?",
        "",
        "Si aucun de ces créneaux ne vous convient, n’hésitez pas à m’en proposer d’autres.",
        "",
        "Bien cordialement,",
        "",
    ], **kw)  # fmt: skip


def form(adv, to, date, greet, insurer="Lumière Assurances", **kw):
    return fr(adv, to, date, f"Mise à jour de vos coordonnées – {insurer}", [
        greet,
        "",
        "Afin de mettre à jour votre dossier auprès de l’assureur, pourriez-vous compléter les informations "
        "suivantes et me les retourner par retour de mail ?",
        "",
        "Nom de naissance :",
        "Adresse postale complète :",
        "Téléphone portable :",
        "Adresse e-mail à utiliser pour vos relevés :",
        "Profession :",
        "",
        "Merci également de me préciser si vous souhaitez recevoir vos relevés au format papier ou uniquement en ligne.",
        "",
        "Je vous remercie par avance.",
        "",
        "Cordialement,",
        "",
    ], **kw)  # fmt: skip


def ifi(adv, to, date, greet, deadline="jeudi 27 mai", **kw):
    return fr(adv, to, date, "IFI 2027 – éléments à nous transmettre", [
        greet,
        "",
        "La campagne de déclaration de l’impôt sur la fortune immobilière approche. Afin de préparer votre "
        "déclaration, j’aurais besoin des éléments suivants :",
        "",
        "La valeur estimée de votre résidence principale au 1er janvier 2027 :",
        "Le capital restant dû sur votre prêt immobilier au 1er janvier 2027 :",
        "Avez-vous acquis ou cédé un bien immobilier en 2026 ?",
        "Détenez-vous des parts de SCPI en direct, en dehors de vos contrats d’assurance vie ?",
        "",
        f"Pour mémoire, la date limite de dépôt en ligne est fixée au {deadline} pour votre département.",
        "",
        "Vous trouverez le détail de la méthode d’évaluation dans "
        "{L:notre note IFI 2027|https://www.orsenne.example/notes/ifi-2027.pdf}.",
        "",
        "Bien cordialement,",
        "",
    ], **kw)  # fmt: skip


def clause(adv, to, date, greet, num="AV-208 417", **kw):
    return fr(adv, to, date, f"Clause bénéficiaire – contrat n° {num}", [
        greet,
        "",
        f"Lors de notre dernier échange, vous m’aviez indiqué vouloir revoir la clause bénéficiaire de votre contrat "
        f"d’assurance vie n° {num}.",
        "",
        "La clause actuelle est rédigée ainsi : « mon conjoint, à défaut mes enfants nés ou à naître, vivants ou "
        "représentés, par parts égales, à défaut mes héritiers ».",
        "",
        "Souhaitez-vous la conserver en l’état ?",
        "Si vous souhaitez la modifier, pouvez-vous m’indiquer les nom, prénom et date de naissance de chaque "
        "bénéficiaire ?",
        "",
        "Je vous adresserai ensuite l’avenant à signer électroniquement.",
        "",
        "Bien cordialement,",
        "",
    ], **kw)  # fmt: skip


def scpi(adv, to, date, greet, amount="50 000 €", **kw):
    return fr(adv, to, date, "Votre projet d’investissement en SCPI", [
        greet,
        "",
        f"Je fais suite à notre conversation téléphonique au sujet de votre projet d’investissement de {amount} en "
        "SCPI.",
        "",
        "Avant de vous adresser une proposition, je dois m’assurer de quelques points :",
        "Avez-vous bien noté que le capital investi n’est pas garanti ?",
        "Quel horizon de placement envisagez-vous ?",
        "Souhaitez-vous percevoir les revenus trimestriellement ou les réinvestir ?",
        "Préférez-vous une détention en direct ou au sein de votre contrat d’assurance vie ?",
        "",
        "Je vous joins notre document d’information sur les SCPI (le {L:DIC|https://www.orsenne.example/docs/dic-scpi"
        ".pdf} est également disponible en ligne).",
        "",
        "Bien cordialement,",
        "",
    ], **kw)  # fmt: skip


def table(adv, to, date, greet, **kw):
    """A list of documents with their status, typed as a table (Outlook writes one cell per line)."""
    return fr(adv, to, date, "Succession de M. Clément Vautrin – point sur les pièces", [
        greet,
        "",
        "Comme convenu, voici l’état des pièces reçues pour le dossier de succession :",
        "",
        "T|Pièce|Statut",
        "T|Acte de décès|Reçu le 1er mars",
        "T|Livret de famille|Reçu le 1er mars",
        "T|Attestation notariée|En attente",
        "T|Relevés bancaires au jour du décès|En attente",
        "",
        "L’étude de Maître Roussillon attend l’attestation notariée pour débloquer les contrats.",
        "Pourriez-vous me dire si vous avez pu joindre l’étude cette semaine ?",
        "",
        "Bien cordialement,",
        "",
    ], **kw)  # fmt: skip


def followup(adv, orig, date, greet, ref, lang="fr", **kw):
    """The adviser answers her own sent message (Outlook 'Répondre' from Sent Items): the original is quoted."""
    return Msg(adv, list(orig.to), date, RE_FR + orig.subject, typo([
        greet,
        "",
        f"Je me permets de revenir vers vous concernant mon message du {ref} ci-dessous, resté sans réponse à ce jour.",
        "",
        "Pourriez-vous me faire un retour lorsque vous en aurez l’occasion ?",
        "",
        "Bien cordialement,",
        "",
    ]), lang=lang, history=orig, cc=list(orig.cc), **kw)  # fmt: skip


def followup_short(adv, orig, date, greet, **kw):
    return Msg(adv, list(orig.to), date, RE_FR + orig.subject, typo([
        greet,
        "",
        "Je me permets de vous relancer au sujet de mon message ci-dessous.",
        "Avez-vous pu avancer sur ces points ?",
        "",
        "Belle journée,",
        "",
    ]), lang="fr", history=orig, cc=list(orig.cc), **kw)  # fmt: skip


def forward_note(adv, fwd_msg, to, date, greet, text, **kw):
    """The adviser forwards a third party's message to the client with a short note (TR :)."""
    return Msg(adv, [to], date, "TR : " + fwd_msg.subject, typo([greet, "", *text, "", "Bien cordialement,", ""]),
               lang="fr", history=fwd_msg, fwd=True, **kw)  # fmt: skip
