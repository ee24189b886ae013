"""People, firms and signatures of blind15 (all invented).

The firm: Orvanne Patrimoine, a Paris and Lyon wealth-management and advisory firm (orvanne-patrimoine.fr).
French telephone numbers use the 01 99 00, 04 65 71 and 06 39 98 blocks (set aside for fiction, to our
knowledge); other numbers are invented.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    name: str
    email: str
    off: float = 1  # UTC offset of the person's clock in Nov 2026 - Jan 2027
    loc: str = "fr-FR"  # Windows/Outlook locale (header-block dates)


FIRM = "orvanne-patrimoine.fr"

# -------------------------------------------------------------------- the firm
CM = P("Claire Marchetti", "c.marchetti@orvanne-patrimoine.fr")
TL = P("Thomas Levasseur", "t.levasseur@orvanne-patrimoine.fr")
IB = P("Inès Bouaziz", "i.bouaziz@orvanne-patrimoine.fr")
JF = P("Julien Fabre", "j.fabre@orvanne-patrimoine.fr")
SP = P("Sandrine Pellegrin", "s.pellegrin@orvanne-patrimoine.fr")
MK = P("Mathieu Kerbrat", "m.kerbrat@orvanne-patrimoine.fr")

TITLES = {
    CM: ("Associée fondatrice", "+33 1 99 00 27 10", "+33 6 39 98 12 40", "paris"),
    TL: ("Conseiller en gestion de patrimoine", "+33 1 99 00 27 15", "+33 6 39 98 41 07", "paris"),
    IB: ("Ingénieure patrimoniale", "+33 1 99 00 27 18", "+33 6 39 98 55 21", "paris"),
    JF: ("Responsable des partenariats", "+33 1 99 00 27 22", "+33 6 39 98 73 64", "paris"),
    SP: ("Assistante de direction - Middle office", "+33 1 99 00 27 00", None, "paris"),
    MK: ("Chargé d'affaires - Bureau de Lyon", "+33 4 65 71 30 12", "+33 6 39 98 20 88", "lyon"),
}
OFFICES = {
    "paris": "Orvanne Patrimoine | 14, rue de Miromesnil | 75008 Paris",
    "lyon": "Orvanne Patrimoine | 22, quai Saint-Antoine | 69002 Lyon",
}
FIRM_LOGO = "⟦img|image001.png@01DD4A1F.6C2B8E30|Orvanne Patrimoine⟧"
FIRM_DISC = [
    "Orvanne Patrimoine SAS - Conseil en investissements financiers (CIF) adhérent de l'ANACOFI-CIF - "
    "ORIAS n° 26 004 871 - RCS Paris 917 402 655.",
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous "
    "l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire. Vous pouvez à tout moment vous "
    "opposer à la réception de nos communications en écrivant à dpo@orvanne-patrimoine.fr.",
]
FIRM_OPTOUT_FOOTER = (
    "Vous ne souhaitez plus recevoir nos invitations ? Répondez « STOP » à ce message ou écrivez à "
    "desinscription@orvanne-patrimoine.fr."
)


def firm_sig(p, marketing=False, short=False):
    title, tel, mob, office = TITLES[p]
    phones = f"T. {tel}" + (f" | M. {mob}" if mob else "")
    if short:
        return [p.name, title, phones]
    out = [
        p.name,
        title,
        FIRM_LOGO,
        OFFICES[office],
        phones,
        "⟦a|orvanne-patrimoine.fr|https://www.orvanne-patrimoine.fr/⟧",
        "",
    ]
    if marketing:
        out += [FIRM_OPTOUT_FOOTER, ""]
    return out + FIRM_DISC


# -------------------------------------------------------------------- correspondents
# notaires
GARNIER = P("Hélène Garnier-Roux", "h.garnier-roux@etude-garnier-roux.fr")
LACOSTE = P("Maxime Lacoste", "m.lacoste@etude-garnier-roux.fr")
VANDENBROUCKE = P("Sophie Vandenbroucke", "sophie.vandenbroucke@notaire-vandenbroucke.be", loc="fr-BE")
LAPOINTE = P("Geneviève Lapointe", "glapointe@lapointe-notaires.qc.ca", off=-5, loc="fr-CA")
MOREL = P("Bastien Morel", "b.morel@morel-sicard-notaires.fr")
LECLERC_N = P("Arnaud Leclerc", "arnaud.leclerc@office-leclerc-rouen.fr")
DUFRESNE = P("Pascale Dufresne", "pascale.dufresne@dufresne-associes-lyon.fr")
DUFRESNE_SEC = P("Nadège Rivoire", "nadege.rivoire@dufresne-associes-lyon.fr")
BARRAL = P("Marion Barral", "marion.barral@barral-notaire-annecy.fr")
# avocats
DELORME = P("Antoine Delorme", "a.delorme@delorme-sautel.fr")
SAUTEL = P("Camille Sautel", "c.sautel@delorme-sautel.fr")
HAMON = P("Julie Hamon", "julie.hamon@hamon-avocat.fr")
BERTHIER = P("Isabelle Berthier", "i.berthier@berthier-lacombe.fr")
MERCADIER = P("Paul Mercadier", "p.mercadier@berthier-lacombe.fr")
ROCHER = P("Hélène Rocher", "h.rocher@berthier-lacombe.fr")
# experts-comptables
ROUSSEL = P("Nathalie Roussel", "n.roussel@roussel-expertise.fr")
AUBERT = P("Jérôme Aubert", "j.aubert@roussel-expertise.fr")
OLLIVIER = P("Franck Ollivier", "franck.ollivier@ollivier-conseil.fr")
# chefs d'entreprise, particuliers
LEFEVRE = P("Bernard Lefèvre-Pons", "b.lefevre-pons@tolerie-lefevre.fr")
MORIN = P("Catherine Morin", "c.morin@tolerie-lefevre.fr")
CHASSAGNE = P("Valérie Chassagne", "v.chassagne@chassagne-emballages.fr")
VIALLON = P("Claire Viallon", "c.viallon@bessat-industrie.fr")
RIVIERE = P("Étienne Rivière", "etienne.riviere71@gmail.com")
CASTAING_P = P("Pierre Castaing", "pierre.castaing.64@gmail.com")
CASTAING_A = P("Anne Castaing", "anne.castaing.biarritz@gmail.com")
DELMAS_P = P("Pierre Delmas", "pdelmas.bx@gmail.com")
MOREAU = P("Daniel Moreau", "daniel.moreau47@orange.fr")
CARRIERE = P("Sylvain Carrière", "sylvain.carriere@free.fr")
PERRIN = P("Céline Perrin-Vuilleumier", "celine.perrin-v@bluewin.ch", loc="fr-CH")
DIALLO = P("Aminata Diallo-Sow", "aminata.diallosow@gmail.com", off=0)
BENALI = P("Karim Benali", "k.benali@cm-prado-marseille.fr")
KAHN = P("Isabelle Kahn", "dr.kahn@cabinet-kahn-cardiologie.fr")
DUMONT = P("Philippe Dumont", "philippe.dumont.liege@gmail.com", loc="fr-BE")
HAMELIN = P("Yves Hamelin", "yves.hamelin@me.com")
# family offices, banques, assureurs
SAUTHIER = P("Laurent Sauthier", "l.sauthier@aubonne-fo.ch", loc="fr-CH")
BERSET = P("Nadia Berset", "n.berset@aubonne-fo.ch", loc="fr-CH")
VALROGER = P("Anne-Charlotte de Valroger", "ac.devalroger@verlaine-fo.fr")
VERNES = P("Édouard Vernes", "e.vernes@verlaine-fo.fr")
SCHMIT = P("Marc Schmit", "marc.schmit@aldringen.lu", loc="fr-LU")
ALDRINGEN_DESK = P("Banque Aldringen - Desk France", "desk.france@aldringen.lu", loc="fr-LU")
BRUNET = P("Olivier Brunet", "olivier.brunet@saintclair-assurances.fr")
GUERIN = P("Martine Guérin", "martine.guerin@saintclair-assurances.fr")
OTTAVI = P("Stéphane Ottavi", "s.ottavi@credit-rocher.mc")
YAO = P("Koffi Yao", "k.yao@atlantique-prevoyance.ci", off=0)
KOUASSI = P("Adjoua Kouassi", "adjoua.kouassi@kouassi-courtage.ci", off=0)
FAVRE = P("Nicolas Favre", "nicolas.favre@banque-valdor.ch", loc="fr-CH")
DELCOURT = P("Julie Maes", "julie.maes@banque-delcourt.be", loc="fr-BE")
SILLON = P("Romain Texier", "romain.texier@pierre-et-sillon.fr")
# collectivités, associations
COUDRAY = P("Martine Coudray", "m.coudray@villeneuve-les-marcy.fr")
LENOIR = P("Sophie Lenoir", "s.lenoir@villeneuve-les-marcy.fr")
ADJOINT = P("Gilles Perrotin", "gilles.perrotin@villeneuve-les-marcy.fr")
TOUSSAINT = P("Gérard Toussaint", "gerard.toussaint@wanadoo.fr")
LEMAIRE = P("Françoise Lemaire", "tresorerie@amis-abbaye-saint-remy.fr")
HERAULT = P("Banque Hérault & Fils - Service Transferts", "transferts@banque-herault.fr")
# support desks
QUINTAL = P("Support Quintal Logiciels", "support@quintal-logiciels.fr")
CUSTODIA = P("Support Custodia Titres", "support@custodia-titres.fr")
