"""Mailing-list replies of blind17 (kind list): a Google Groups (Workspace) group in French, a Mailman 3 list in
Italian, a Mailman 2.1 list in Spanish (its footer also inside the quoted post) and a Sympa list in French. The
firm's own post to each list is the parent; the reply reaches the firm through the list."""

from people17 import (
    ARRIETA,
    ASESORES_LIST,
    ASESORES_MEMBER,
    CLUB_MEMBER,
    CLUBFO_ORG,
    FORUM_MEMBER,
    FORUM_PATRIMONI,
    OTTAVI,
    SYMPA_MEMBER,
    SYMPA_ORG,
    VASSEUR,
    Person,
)
from spec17 import H, M

CLUB = Person("Club des Family Offices de la Riviera", "club-fo@clubfo-riviera.example", CLUBFO_ORG, "fr", 1)
FORUM = Person("Forum Patrimoni Italia", "forum-patrimoni@forumpatrimoni.example", FORUM_PATRIMONI, "it", 1)
ASESORES = Person("Asesores", "asesores@listas.asesores-patrimoniales.example", ASESORES_LIST, "es", 1)
CGP = Person("cgp-monaco", "cgp-monaco@listes.cgp-monaco.example", SYMPA_ORG, "fr", 1)

GG_FOOTER = [
    "--",
    'Vous recevez ce message, car vous êtes abonné au groupe Google Groupes "Club des Family Offices de la Riviera".',
    "Pour vous désabonner de ce groupe et ne plus recevoir d'e-mails le concernant, envoyez un e-mail à l'adresse club-fo+unsubscribe@clubfo-riviera.example.",
    "Pour afficher cette discussion, accédez à https://groups.google.com/a/clubfo-riviera.example/d/msgid/club-fo/CAHq2Lv8sWn3kP0rXe5ZtB7yQ1mJd4Uf6Gc9Ho2Ni8Ta%40mail.gmail.com.",
]
MM3_FOOTER = [
    "_______________________________________________",
    "Forum-Patrimoni mailing list -- forum-patrimoni@forumpatrimoni.example",
    "To unsubscribe send an email to forum-patrimoni-leave@forumpatrimoni.example",
]
MM2_FOOTER = [
    "_______________________________________________",
    "Asesores mailing list",
    "Asesores@listas.asesores-patrimoniales.example",
    "https://listas.asesores-patrimoniales.example/mailman/listinfo/asesores",
]

N = [
    # Google Groups for Workspace, French; From rewritten "via" the group
    M(
        "li-club-1",
        None,
        OTTAVI,
        [CLUB],
        "2027-02-03 18:20",
        subject="Déjeuner du Club – 25 février, programme",
        text="""
        Chers membres,

        Notre prochain déjeuner aura lieu le jeudi 25 février à 12 h 30, au restaurant du Yacht Club. Au programme : un point sur les marchés par notre invité, puis un échange libre.

        Merci de me confirmer votre présence avant le 19 février.

        Bien amicalement,
        """,
        seen_footer=GG_FOOTER,
    ),
    H(
        "li-club-2",
        "li-club-1",
        CLUB_MEMBER,
        [CLUB],
        "2027-02-04 08:55",
        client="gmail",
        kind="list",
        text="""
        Bonjour Laurent,

        Merci pour l'organisation. Je serai présent le 25 février, accompagné de mon associé, Pierre Aubanel.

        Une suggestion pour l'ordre du jour : pourrait-on consacrer quelques minutes aux nouvelles obligations de déclaration des bénéficiaires effectifs à Monaco ? Plusieurs membres se posent la question.

        Bien amicalement,
        Henri
        """,
        sig=False,
        footer=GG_FOOTER,
        list_id="<club-fo.clubfo-riviera.example>",
        from_override=(
            "'Henri Castellane' via Club des Family Offices de la Riviera",
            "club-fo@clubfo-riviera.example",
        ),
        relay="mail-sor-f69.google.com",
        return_path="club-fo+bncBDK7TQGV3QFBBH5Q2WLAMGQE7XRJ4KI@clubfo-riviera.example",
        list_headers=[
            ("Reply-To", "Henri Castellane <henri.castellane@castellane-fo.example>"),
            ("X-Original-Sender", "henri.castellane@castellane-fo.example"),
            ("Precedence", "list"),
            ("Mailing-list", "list club-fo@clubfo-riviera.example; contact club-fo+owners@clubfo-riviera.example"),
            (
                "List-Post",
                "<https://groups.google.com/a/clubfo-riviera.example/group/club-fo/post>, <mailto:club-fo@clubfo-riviera.example>",
            ),
            (
                "List-Help",
                "<https://support.google.com/a/clubfo-riviera.example/bin/topic.py?topic=25838>, <mailto:club-fo+help@clubfo-riviera.example>",
            ),
            ("List-Archive", "<https://groups.google.com/a/clubfo-riviera.example/group/club-fo/>"),
            (
                "List-Unsubscribe",
                "<mailto:googlegroups-manage+104857362918+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/clubfo-riviera.example/group/club-fo/subscribe>",
            ),
        ],
    ),
    # Mailman 3, Italian, Outlook; the list moves its tag to the front of the subject
    M(
        "li-forum-1",
        None,
        VASSEUR,
        [FORUM],
        "2027-02-08 12:10",
        subject="[Forum-Patrimoni] Convegno su trust interno e patto di famiglia – Milano, 4 marzo",
        text="""
        Cari colleghi,

        vi segnalo che il 4 marzo organizziamo a Milano, con lo Studio Legale Solari Pennacchi, un convegno su trust interno e patto di famiglia nel passaggio generazionale dell'impresa. La partecipazione è gratuita, i posti sono limitati.

        Per iscrizioni basta rispondermi direttamente.

        Un cordiale saluto,
        """,
        seen_footer=MM3_FOOTER,
    ),
    H(
        "li-forum-2",
        "li-forum-1",
        FORUM_MEMBER,
        [FORUM],
        "2027-02-08 15:42",
        kind="list",
        text="""
        Cara Claire,

        grazie per l'iniziativa, ci saremo in due. Segnalo ai colleghi che la Cassazione si è pronunciata di recente sul trattamento dei trust interni ai fini dell'imposta sulle successioni: potrebbe essere utile dedicarvi uno degli interventi.

        Un saluto a tutti,
        """,
        footer=MM3_FOOTER,
        list_id="Forum Patrimoni Italia <forum-patrimoni.forumpatrimoni.example>",
        list_tag="[Forum-Patrimoni]",
        relay="lists.forumpatrimoni.example",
        return_path="forum-patrimoni-bounces@forumpatrimoni.example",
        list_headers=[
            ("X-Mailman-Version", "3.3.9"),
            ("Precedence", "list"),
            (
                "List-Archive",
                "<https://lists.forumpatrimoni.example/archives/list/forum-patrimoni@forumpatrimoni.example/>",
            ),
            ("List-Help", "<mailto:forum-patrimoni-request@forumpatrimoni.example?subject=help>"),
            ("List-Owner", "<mailto:forum-patrimoni-owner@forumpatrimoni.example>"),
            ("List-Post", "<mailto:forum-patrimoni@forumpatrimoni.example>"),
            ("List-Subscribe", "<mailto:forum-patrimoni-join@forumpatrimoni.example>"),
            ("List-Unsubscribe", "<mailto:forum-patrimoni-leave@forumpatrimoni.example>"),
        ],
    ),
    # Mailman 2.1, Spanish, Thunderbird bottom-posted; the footer is inside the quoted post and again under the reply
    M(
        "li-ases-1",
        None,
        ARRIETA,
        [ASESORES],
        "2027-02-02 11:00",
        subject="[Asesores] Encuentro patrimonial – Madrid, 11 de febrero: plazas disponibles",
        text="""
        Hola a todos:

        Quedan algunas plazas para nuestro encuentro patrimonial del jueves 11 de febrero en Madrid (de 9:00 a 11:00). Si os interesa, escribidme directamente.

        Un saludo,
        """,
        seen_footer=MM2_FOOTER,
    ),
    H(
        "li-ases-2",
        "li-ases-1",
        ASESORES_MEMBER,
        [ASESORES],
        "2027-02-02 13:17",
        client="thunderbird",
        bottom=True,
        kind="list",
        text="""
        Hola Lucía:

        Apúntame, por favor. ¿Hay plaza también para un colaborador del despacho?

        Saludos,
        Ignacio
        """,
        footer=MM2_FOOTER,
        list_id="Lista de asesores patrimoniales <asesores.listas.asesores-patrimoniales.example>",
        list_tag="[Asesores]",
        relay="listas.asesores-patrimoniales.example",
        return_path="asesores-bounces@listas.asesores-patrimoniales.example",
        list_headers=[
            ("X-BeenThere", "asesores@listas.asesores-patrimoniales.example"),
            ("X-Mailman-Version", "2.1.39"),
            ("Precedence", "list"),
            (
                "List-Unsubscribe",
                "<https://listas.asesores-patrimoniales.example/mailman/options/asesores>,\r\n <mailto:asesores-request@listas.asesores-patrimoniales.example?subject=unsubscribe>",
            ),
            ("List-Archive", "<https://listas.asesores-patrimoniales.example/pipermail/asesores/>"),
            ("List-Post", "<mailto:asesores@listas.asesores-patrimoniales.example>"),
            ("List-Help", "<mailto:asesores-request@listas.asesores-patrimoniales.example?subject=help>"),
            ("Errors-To", "asesores-bounces@listas.asesores-patrimoniales.example"),
            ("Sender", '"Asesores" <asesores-bounces@listas.asesores-patrimoniales.example>'),
        ],
    ),
    # Sympa, French, Apple Mail; no footer
    M(
        "li-cgp-1",
        None,
        OTTAVI,
        [CGP],
        "2027-02-05 17:30",
        subject="[cgp-monaco] Assemblée du 18 février – ordre du jour",
        text="""
        Chers confrères,

        Vous trouverez ci-dessous l'ordre du jour de notre assemblée du jeudi 18 février :
        1. Approbation des comptes 2026
        2. Programme des formations 2027
        3. Cotisations 2027
        4. Questions diverses

        Bien confraternellement,
        """,
    ),
    H(
        "li-cgp-2",
        "li-cgp-1",
        SYMPA_MEMBER,
        [CGP],
        "2027-02-06 10:04",
        client="apple_mail",
        kind="list",
        text="""
        Bonjour à tous,

        Je ne pourrai pas être présente le 18 ; je donne pouvoir à Laurent pour les votes de l'assemblée.

        Sur le point 3 de l'ordre du jour (cotisations 2027), je suis favorable au maintien du montant actuel.

        Bien cordialement,
        Audrey
        """,
        list_id="<cgp-monaco.listes.cgp-monaco.example>",
        list_tag="[cgp-monaco]",
        relay="listes.cgp-monaco.example",
        return_path="cgp-monaco-owner@listes.cgp-monaco.example",
        list_headers=[
            ("X-Loop", "cgp-monaco@listes.cgp-monaco.example"),
            ("X-Sequence", "1312"),
            ("Errors-To", "cgp-monaco-owner@listes.cgp-monaco.example"),
            ("Precedence", "list"),
            ("List-Help", "<mailto:sympa@listes.cgp-monaco.example?subject=help>"),
            ("List-Subscribe", "<mailto:sympa@listes.cgp-monaco.example?subject=subscribe%20cgp-monaco>"),
            ("List-Unsubscribe", "<mailto:sympa@listes.cgp-monaco.example?subject=unsubscribe%20cgp-monaco>"),
            ("List-Post", "<mailto:cgp-monaco@listes.cgp-monaco.example>"),
            ("List-Owner", "<mailto:cgp-monaco-request@listes.cgp-monaco.example>"),
            ("List-Archive", "<https://listes.cgp-monaco.example/sympa/arc/cgp-monaco>"),
        ],
    ),
]
