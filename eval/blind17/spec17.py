"""Helpers for writing the messages of blind17, and the firm's mail merges (year-end letter, invitations and the
follow-ups Relance sent for them), addressed to each reader with their own greeting."""

from people17 import FIRM_MC, is_firm


def default_client(p):
    if p.org is FIRM_MC:
        return "gmail"
    if is_firm(p):
        return "outlook"
    return "outlook"


def M(key, parent, frm, to, date, text="", client=None, **kw):
    """A message of a thread that is only quoted (not part of the set)."""
    n = dict(key=key, parent=parent, frm=frm, to=list(to), date=date, text=text, **kw)
    n["client"] = client or default_client(frm)
    n["cc"] = list(n.get("cc", []))
    return n


def H(key, parent, frm, to, date, text="", client=None, lang=None, **kw):
    """A reply of the set (kind human unless kind= says list)."""
    n = M(key, parent, frm, to, date, text, client, **kw)
    n["final"] = True
    n["lang"] = lang or frm.lang
    return n


# --------------------------------------------------------------------------
# mail merges
# --------------------------------------------------------------------------
YEAR_END = {
    "it": (
        "Auguri di fine anno e calendario fiscale 2027",
        """
        {greet}

        a nome di tutto il team di Aubrac Lérins Le porgo i migliori auguri di buone feste.

        Come ogni anno, Le ricordo le principali scadenze del 2027 per chi detiene un patrimonio all'estero: la dichiarazione dei redditi con il quadro RW entro il 30 settembre e il versamento dell'IVAFE insieme al saldo IRPEF a fine giugno. I certificati fiscali della banca depositaria lussemburghese saranno disponibili dal 15 febbraio.

        Sarei lieta di fissare con Lei un incontro a gennaio per fare il punto sul portafoglio e sugli obiettivi del nuovo anno. Può indicarmi qualche data?

        Cordiali saluti,
        """,
    ),
    "es": (
        "Felices fiestas y calendario fiscal 2027",
        """
        {greet}

        En nombre de todo el equipo de Aubrac Lérins, le deseo unas felices fiestas.

        Como cada año, le recuerdo los principales plazos de 2027: la declaración de bienes y derechos en el extranjero (modelo 720) hasta el 31 de marzo y la campaña de la renta, de abril a junio. Los certificados fiscales de la entidad depositaria de Luxemburgo estarán disponibles a partir del 15 de febrero.

        Me gustaría concertar una reunión en enero para repasar la cartera y los objetivos del nuevo año. ¿Me indica algunas fechas?

        Un cordial saludo,
        """,
    ),
    "pt": (
        "Boas festas e calendário fiscal 2027",
        """
        {greet}

        Em nome de toda a equipa da Aubrac Lérins, desejo-lhe umas boas festas.

        Como todos os anos, recordo-lhe os principais prazos de 2027: a declaração de IRS, de 1 de abril a 30 de junho, com os rendimentos e as contas no estrangeiro no Anexo J. Os certificados fiscais do banco depositário no Luxemburgo estarão disponíveis a partir de 15 de fevereiro.

        Gostaria de marcar uma reunião em janeiro para revermos a carteira e os objetivos para o novo ano. Pode indicar-me algumas datas?

        Com os melhores cumprimentos,
        """,
    ),
    "fr": (
        "Meilleurs vœux et calendrier fiscal 2027",
        """
        {greet}

        Toute l'équipe d'Aubrac Lérins se joint à moi pour vous souhaiter de très belles fêtes de fin d'année.

        Comme chaque année, je vous rappelle les principales échéances de 2027 : la déclaration des revenus et des comptes détenus à l'étranger (formulaire 3916) au printemps, et la déclaration d'IFI à la même date. Vos imprimés fiscaux uniques seront disponibles à partir de la mi-février.

        Je serais heureux de convenir d'un rendez-vous en janvier pour faire le point sur votre patrimoine. Pourriez-vous m'indiquer vos disponibilités ?

        Bien cordialement,
        """,
    ),
}

FOLLOW_UP = {
    "it": """
        {greet}

        mi permetto di ricontattarLa in merito al mio messaggio qui sotto: avrebbe qualche disponibilità per un incontro nelle prossime settimane?

        Cordiali saluti,
        """,
    "es": """
        {greet}

        Me permito volver a escribirle en relación con mi mensaje más abajo: ¿tendría disponibilidad para una reunión en las próximas semanas?

        Un cordial saludo,
        """,
    "pt": """
        {greet}

        Permito-me voltar a contactá-lo/a a propósito da mensagem abaixo: teria disponibilidade para uma reunião nas próximas semanas?

        Com os melhores cumprimentos,
        """,
    "fr": """
        {greet}

        Je me permets de revenir vers vous au sujet de mon message ci-dessous : auriez-vous quelques disponibilités dans les prochaines semaines ?

        Bien cordialement,
        """,
}

INVITE = {
    "fr": (
        "Invitation – Petit-déjeuner patrimonial, Monaco, jeudi 4 février 2027",
        """
        {greet}

        Nous avons le plaisir de vous inviter à notre petit-déjeuner patrimonial, le jeudi 4 février 2027 de 8 h 30 à 10 h, à l'Hôtel de la Rade, à Monaco.

        Au programme : les perspectives des marchés pour 2027, la transmission d'entreprise entre la France, l'Italie et Monaco, et les nouvelles obligations déclaratives des structures patrimoniales.

        Merci de bien vouloir confirmer votre présence avant le 29 janvier en répondant à ce message.

        Bien cordialement,
        """,
        "Si vous ne souhaitez plus recevoir nos invitations, répondez simplement « désinscription » à ce message.",
    ),
    "it": (
        "Invito – Colazione patrimoniale a Monaco, giovedì 4 febbraio 2027",
        """
        {greet}

        abbiamo il piacere di invitarLa alla nostra colazione patrimoniale di giovedì 4 febbraio 2027, dalle 8:30 alle 10:00, all'Hôtel de la Rade di Monaco.

        In programma: le prospettive dei mercati per il 2027, il passaggio generazionale dell'impresa tra Italia, Francia e Monaco e i nuovi obblighi dichiarativi delle strutture patrimoniali.

        La preghiamo di confermare la Sua presenza entro il 29 gennaio rispondendo a questa e-mail.

        Cordiali saluti,
        """,
        "Se non desidera più ricevere i nostri inviti, risponda semplicemente «cancellami» a questa e-mail.",
    ),
    "es": (
        "Invitación – Encuentro patrimonial en Madrid, jueves 11 de febrero de 2027",
        """
        {greet}

        Tenemos el placer de invitarle a nuestro encuentro patrimonial del jueves 11 de febrero de 2027, de 9:00 a 11:00, en nuestra sala del Paseo de Recoletos, en Madrid.

        Hablaremos de las perspectivas de los mercados para 2027, de la fiscalidad de los patrimonios entre España, Francia y Latinoamérica y de los nuevos modelos informativos.

        Le rogamos que confirme su asistencia antes del 5 de febrero respondiendo a este correo.

        Un cordial saludo,
        """,
        "Si no desea recibir más invitaciones, responda «baja» a este correo.",
    ),
    "pt": (
        "Convite – Encontro patrimonial em Lisboa, 25 de fevereiro de 2027",
        """
        {greet}

        Temos o prazer de o/a convidar para o nosso encontro patrimonial de 25 de fevereiro de 2027, das 9h00 às 11h00, no Palácio dos Condes, em Lisboa.

        Em agenda: as perspetivas dos mercados para 2027, o novo regime do IFICI e a sucessão de patrimónios entre Portugal, França e Brasil.

        Agradecemos que confirme a sua presença até 19 de fevereiro, respondendo a este email.

        Com os melhores cumprimentos,
        """,
        "Se não pretender receber mais convites, responda «remover» a este email.",
    ),
}

SENDERS = {}  # filled by the thread modules: language -> firm person sending the mail merge


def year_end(key, frm, person, date, greet, lang, **kw):
    subj, body = YEAR_END[lang]
    return M(key, None, frm, [person], date, body.replace("{greet}", greet), subject=subj, **kw)


def follow_up(key, parent, frm, person, date, greet, lang, **kw):
    return M(key, parent, frm, [person], date, FOLLOW_UP[lang].replace("{greet}", greet), **kw)


def invite(key, frm, person, date, greet, lang, **kw):
    subj, body, foot = INVITE[lang]
    text = body.replace("{greet}", greet)
    sig = [*list(frm.sig), "", foot]
    return M(key, None, frm, [person], date, text, subject=subj, sig=sig, **kw)
