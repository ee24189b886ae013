"""blind24's human replies, Miami office: Latin-American clients in Spanish, Brazilian clients in Portuguese. The firm's
gateway stamps external mail to the Miami office with its CAUTION banner (text and HTML, on top)."""

from clients24 import Reply
from firm24 import MIAMI_BANNER, letter, w8_es, w8_pt
from mail24 import Person

ES_CAUTION = [
    "PRECAUCIÓN: Este correo electrónico se originó fuera de la organización. No haga clic en vínculos ni abra "
    "archivos adjuntos a menos que reconozca al remitente y sepa que el contenido es seguro.",
]
PT_CAUTION = [
    "ATENÇÃO: Este e-mail foi enviado de fora da organização. Não clique em links nem abra anexos, a menos que "
    "reconheça o remetente e saiba que o conteúdo é seguro.",
]


def R(*a, **kw):
    kw.setdefault("firm_banner", MIAMI_BANNER)
    return Reply(*a, **kw)


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
TREVINO = Person("Alejandro Treviño Garza", "atrevino@grupotrevino.example", "MX")
RESTREPO = Person("Catalina Restrepo", "catarestrepo@gmail.example", "CO")
FERRARI = Person("Martín Ferrari", "martinferrari@icloud.example", "AR")
UNDURRAGA = Person("Francisca Undurraga", "fundurraga@vinaundurraga.example", "CL")
SALAS = Person("Jorge Salas", "jorgesalas_71@hotmail.example", "MX")
MONTALVO = Person("Beatriz Montalvo", "bmontalvo.lima@gmail.example", "PE")
AZCARATE = Person("Ricardo Azcárate", "razcarate@gmail.example", "VE")
QUISPE = Person("Rosa Quispe", "rosaquispe@andinored.example", "PE")
ALMEIDA = Person("Fernanda Almeida", "fe.almeida@gmail.example", "BR")
CARVALHO = Person("Eduardo Carvalho", "eduardo.carvalho@carvalhoagro.example", "BR")
SOUZA = Person("Juliana Souza", "jusouza@icloud.example", "BR")
TEIXEIRA = Person("Marcelo Teixeira", "marcelo.teixeira@gmail.example", "BR")
NOGUEIRA = Person("Patrícia Nogueira", "patricia@nogueiradesign.example", "BR")
RIBEIRO = Person("Gustavo Ribeiro", "gustavo.ribeiro@ribeiroadv.example", "BR")

# --------------------------------------------------------------------------
# the firm's messages
# --------------------------------------------------------------------------
W8_TREVINO = w8_es("w8-trevino", [TREVINO], "Alejandro", "México", "RFC", "2027-02-11 10:30")
W8_RESTREPO = w8_es("w8-restrepo", [RESTREPO], "Catalina", "Colombia", "NIT", "2027-02-11 10:33", saludo="Estimada")
W8_FERRARI = w8_es("w8-ferrari", [FERRARI], "Martín", "Argentina", "CUIT", "2027-02-11 10:36")
W8_UNDURRAGA = w8_es("w8-undurraga", [UNDURRAGA], "Francisca", "Chile", "RUT", "2027-02-11 10:39", saludo="Estimada")
W8_MONTALVO = w8_es("w8-montalvo", [MONTALVO], "Beatriz", "Perú", "RUC", "2027-02-11 10:42", saludo="Estimada")
W8_AZCARATE = w8_es("w8-azcarate", [AZCARATE], "Ricardo", "Venezuela", "RIF", "2027-02-11 10:45")
LET_SALAS = letter("letes-salas", "es", [SALAS], "2027-03-02 08:00")
LET_QUISPE = letter("letes-quispe", "es", [QUISPE], "2027-03-02 08:00")
W8_ALMEIDA = w8_pt("w8pt-almeida", [ALMEIDA], "Fernanda", "2027-02-04 09:20")
W8_CARVALHO = w8_pt("w8pt-carvalho", [CARVALHO], "Eduardo", "2027-02-04 09:22")
W8_SOUZA = w8_pt("w8pt-souza", [SOUZA], "Juliana", "2027-02-04 09:24")
W8_NOGUEIRA = w8_pt("w8pt-nogueira", [NOGUEIRA], "Patrícia", "2027-02-04 09:26")
W8_RIBEIRO = w8_pt("w8pt-ribeiro", [RIBEIRO], "Gustavo", "2027-02-04 09:28")
LET_TEIXEIRA = letter("letpt-teixeira", "pt", [TEIXEIRA], "2027-02-05 08:00")

N = []

TREVINO_AVISO = (
    "AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos son confidenciales y están dirigidos "
    "exclusivamente a su destinatario. Si usted lo recibió por error, le pedimos notificarlo al remitente y eliminarlo. "
    "Consulte nuestro Aviso de Privacidad en www.grupotrevino.example/privacidad"
)
# Outlook for Windows es-MX: "De: / Enviado el: / Para: / Asunto:", his company's Spanish banner in the quote.
N.append(
    R(
        "trevino-outlook-esmx",
        TREVINO,
        "outlook",
        "es-MX",
        "es",
        W8_TREVINO,
        "2027-02-12 09:20",
        [
            (
                "N",
                f"""
                Estimado Andrés:

                Gracias por el recordatorio. Le confirmo:

                1. Sí, el domicilio fiscal sigue siendo el de Monterrey.
                2. Mi RFC no ha cambiado: TEGA700512K31.
                3. DocuSign, por favor.

                Saludos,

                Lic. Alejandro Treviño Garza
                Director General | Grupo Industrial Treviño, S.A. de C.V.
                Av. Constitución 2450, Col. Centro, Monterrey, N.L.
                Tel. +52 81 5550 0142

                {TREVINO_AVISO}
                """,
            ),
            ("Q",),
        ],
        inner_banner=ES_CAUTION,
        region="namprd12",
    )
)

# Gmail in Spanish, attribution wrapped after "(<".
N.append(
    R(
        "restrepo-gmail-es",
        RESTREPO,
        "gmail",
        "es",
        "es",
        W8_RESTREPO,
        "2027-02-11 15:02",
        [
            (
                "N",
                """
                Hola Andrés,

                Todo sigue igual: mismo domicilio en Medellín y el mismo NIT (es mi cédula, 43.555.018). Prefiero DocuSign, así lo firmo desde el celular.

                Un abrazo,
                Catalina
                """,
            ),
            ("Q",),
        ],
    )
)

# iOS Mail in Spanish (Argentina).
N.append(
    R(
        "ferrari-iphone-ar",
        FERRARI,
        "ios",
        "es-AR",
        "es",
        W8_FERRARI,
        "2027-02-12 19:48",
        [
            (
                "N",
                "Andrés, todo igual. CUIT 20-25555018-3.\nFirmo en papel, que igual tengo que certificar la firma por otro trámite.\nAbrazo",
            ),
            ("BL",),
            ("D", "Enviado desde mi iPhone"),
            ("Q",),
        ],
    )
)

# Outlook for iOS in Spanish.
N.append(
    R(
        "undurraga-outlook-ios-cl",
        UNDURRAGA,
        "outlook_ios",
        "es-CL",
        "es",
        W8_UNDURRAGA,
        "2027-02-16 12:14",
        [
            (
                "N",
                """
                Hola Andrés: me cambié de casa en enero, te mando la nueva dirección por WhatsApp. El RUT no ha cambiado. DocuSign está bien.

                Saludos,
                Francisca
                """,
            ),
            ("BL",),
            ("D", "Obtener Outlook para iOS<https://aka.ms/o0ukef>"),
            ("Q",),
        ],
        region="namprd13",
    )
)

# Outlook.com on the web, an opt-out in Spanish.
N.append(
    R(
        "salas-outlookcom-baja",
        SALAS,
        "owa",
        "es-MX",
        "es",
        LET_SALAS,
        "2027-03-03 16:35",
        [
            (
                "N",
                "Buenas tardes:\n\nPor favor, denme de baja de su lista de envíos. Ya no deseo recibir la carta.\n\nGracias,\nJorge Salas",
            ),
            ("Q",),
        ],
        opt_out=True,
        region="namprd15",
    )
)

# Look-alike in Spanish: no more PAPER statements.
N.append(
    R(
        "montalvo-gmail-papel",
        MONTALVO,
        "gmail",
        "es-new",
        "es",
        W8_MONTALVO,
        "2027-02-12 10:05",
        [
            (
                "N",
                """
                Con gusto, Andrés.

                1. Sí, sigue siendo Lima.
                2. Mi RUC es 10455501823.
                3. DocuSign.

                Y por favor ya no me manden los estados de cuenta en papel a Lima, se pierden en el correo. Con el correo electrónico es suficiente.

                Beatriz
                """,
            ),
            ("Q",),
        ],
    )
)

# Gmail in Spanish, answers between the quoted questions.
N.append(
    R(
        "azcarate-gmail-inline-es",
        AZCARATE,
        "gmail",
        "es",
        "es",
        W8_AZCARATE,
        "2027-02-16 09:30",
        [
            ("N", "Andrés, buenos días. Le respondo entre líneas."),
            (
                "QI",
                [
                    (
                        "1. ¿Sigue siendo correcto",
                        "No. Desde noviembre vivo en Ciudad de Panamá, aunque sigo declarando en Venezuela este año. ¿Eso cambia el formulario?",
                        None,
                    ),
                    ("2. ¿Cuál es su número", "El RIF es el mismo: V-12555018-4.", None),
                    ("3. ¿Prefiere firmar", "DocuSign, por favor.\n\nSaludos,\nRicardo", None),
                ],
            ),
        ],
    )
)

# Samsung Email in Spanish.
N.append(
    R(
        "quispe-samsung-pdf",
        QUISPE,
        "samsung",
        "es",
        "es",
        LET_QUISPE,
        "2027-03-04 20:11",
        [
            (
                "N",
                "Andrés, ¿la carta está disponible en PDF? Me gustaría reenviársela a mi hijo que vive en Houston.\nGracias, Rosa",
            ),
            ("BL",),
            ("BL",),
            ("D", "Enviado desde mi smartphone Samsung Galaxy."),
            ("Q",),
        ],
    )
)

# Gmail in Portuguese, attribution wrapped after "<".
N.append(
    R(
        "almeida-gmail-pt",
        ALMEIDA,
        "gmail",
        "pt-BR",
        "pt",
        W8_ALMEIDA,
        "2027-02-04 15:12",
        [
            (
                "N",
                """
                Oi Camila, tudo ótimo!

                1. Sim, o mesmo endereço em São Paulo.
                2. CPF o mesmo; o passaporte foi renovado em dezembro, te mando a cópia pelo portal.
                3. DocuSign, por favor.

                Beijos,
                Fernanda
                """,
            ),
            ("Q",),
        ],
    )
)

CARVALHO_AVISO = (
    "Esta mensagem pode conter informações confidenciais ou privilegiadas, protegidas pela Lei nº 13.709/2018 (LGPD). "
    "Se você não for o destinatário, por favor apague-a e avise o remetente."
)
# Outlook for Windows pt-BR: "RES:", "De: / Enviada em: / Para: / Assunto:", his company's banner in the quote.
N.append(
    R(
        "carvalho-outlook-ptbr",
        CARVALHO,
        "outlook",
        "pt-BR",
        "pt",
        W8_CARVALHO,
        "2027-02-05 11:47",
        [
            (
                "N",
                f"""
                Camila, bom dia.

                Seguem as informações:
                1. O endereço continua o mesmo.
                2. CPF sem alteração. Passaporte novo: nº GH555018, válido até 2036.
                3. Pode ser pelo DocuSign.

                Atenciosamente,

                Eduardo Carvalho
                Diretor Financeiro | Grupo Carvalho Agro S.A.
                Rua Tabapuã, 1123 - 8º andar - Itaim Bibi - São Paulo/SP
                +55 11 5555-0142

                {CARVALHO_AVISO}
                """,
            ),
            ("Q",),
        ],
        inner_banner=PT_CAUTION,
        region="BRAP284",
    )
)

# iOS Mail in Portuguese: "Em 4 de fev. de 2027, à(s) 11:24, ... escreveu:".
N.append(
    R(
        "souza-iphone-pt",
        SOUZA,
        "ios",
        "pt-BR",
        "pt",
        W8_SOUZA,
        "2027-02-11 08:03",
        [
            ("N", "Camila, tudo certo: endereço e CPF iguais. Pode mandar pelo DocuSign.\nBjs"),
            ("BL",),
            ("D", "Enviado do meu iPhone"),
            ("Q",),
        ],
    )
)

# An opt-out in Portuguese (Gmail app).
N.append(
    R(
        "teixeira-gmail-descadastrar",
        TEIXEIRA,
        "gmail_app",
        "pt-BR",
        "pt",
        LET_TEIXEIRA,
        "2027-02-10 16:40",
        [("N", "Camila, por favor, me descadastrem dessa lista. Obrigado."), ("Q",)],
        opt_out=True,
    )
)

# Look-alike in Portuguese: stop WhatsApp, keep email (Outlook for Android).
N.append(
    R(
        "nogueira-android-whatsapp",
        NOGUEIRA,
        "outlook_android",
        "pt-BR",
        "pt",
        W8_NOGUEIRA,
        "2027-02-05 18:26",
        [
            (
                "N",
                """
                Camila, pode parar de me mandar mensagens pelo WhatsApp sobre isso? Prefiro tratar tudo por e-mail.

                Respondendo: endereço é o mesmo, CPF não mudou, pode ser DocuSign.

                Patrícia
                """,
            ),
            ("BL",),
            ("D", "Obter o Outlook para Android<https://aka.ms/AAb9ysg>"),
            ("Q",),
        ],
        region="BRAP284",
    )
)

# Outlook pt-BR, answers in red inside the quote, marked "R.:".
N.append(
    R(
        "ribeiro-outlook-vermelho",
        RIBEIRO,
        "outlook",
        "pt-BR",
        "pt",
        W8_RIBEIRO,
        "2027-02-11 10:15",
        [
            (
                "N",
                """
                Camila, respostas abaixo em vermelho.

                Abs,
                Gustavo Ribeiro
                Ribeiro & Lacerda Advogados
                """,
            ),
            (
                "QI",
                [
                    (
                        "1. Seu endereço residencial",
                        "R.: Mudou. Novo endereço: Rua Oscar Freire, 2250, ap. 81, São Paulo/SP, 05409-011.",
                        ("color", "#FF0000"),
                    ),
                    ("2. Seu CPF e o número", "R.: CPF o mesmo. Passaporte também.", ("color", "#FF0000")),
                    ("3. Prefere assinar", "R.: DocuSign.", ("color", "#FF0000")),
                ],
            ),
        ],
        region="BRAP284",
    )
)
