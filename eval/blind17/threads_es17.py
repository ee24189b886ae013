"""Spanish threads of blind17: Spain and Latin America (and an English reply from an American client in Spain)."""

from people17 import (
    ARRIETA,
    AZPIROZ,
    BENITEZ,
    BOTERO,
    CARDENAS,
    CASALS,
    CUBERO,
    ECHEVERRY,
    FERREIRA_UY,
    GALAN,
    GARZA,
    IBANEZ,
    ITURBE,
    LARRAIN,
    LLORENS,
    MEDRANO,
    MOLLA,
    OCHOA,
    RODRIGUEZ,
    ROLDAN,
    WHITFIELD,
    Person,
)
from spec17 import H, M, invite

N = []

# --------------------------------------------------------------------------
# Notaría Roldán Vera (Madrid)
# --------------------------------------------------------------------------
N += [
    M(
        "es-rol-1",
        None,
        ARRIETA,
        [ROLDAN],
        "2027-01-14 10:05",
        cc=[CUBERO],
        subject="Compraventa vivienda calle Lagasca – D. Olivier Marchal: poder y documentación",
        text="""
        Estimada Sra. Notaria:

        Me pongo en contacto con usted en nombre de nuestro cliente, D. Olivier Marchal, de nacionalidad francesa y residente en París, que va a adquirir una vivienda en la calle de Lagasca, en Madrid.

        El Sr. Marchal no podrá desplazarse a Madrid para la firma, prevista para principios de marzo. Le agradecería que nos indicara:
        - si puede otorgar un poder especial ante notario francés, con apostilla, o si es preferible hacerlo en el Consulado de España en París;
        - la documentación necesaria, en particular respecto del NIE, que todavía no tiene;
        - una provisión de fondos aproximada.

        Un cordial saludo,
        """,
    ),
    H(
        "es-rol-2",
        "es-rol-1",
        ROLDAN,
        [ARRIETA],
        "2027-01-15 13:27",
        cc=[CUBERO],
        text="""
        Estimada Sra. Arrieta:

        Gracias por su correo. Le contesto brevemente:

        El poder puede otorgarse ante notario francés con la apostilla de La Haya; le recomiendo que sea bilingüe o que vaya acompañado de traducción jurada. También puede otorgarse en el Consulado, y en ese caso no necesita apostilla, pero las citas en París suelen tardar varias semanas.

        El NIE es imprescindible para firmar. El Sr. Marchal puede solicitarlo en el Consulado o, a través de su apoderado, en Madrid con el modelo EX-15.

        En cuanto a la provisión de fondos, calcule unos 2.500 euros entre notaría y registro, más el Impuesto sobre Transmisiones Patrimoniales, que en la Comunidad de Madrid es del 6 %.

        El oficial, D. Javier Cubero, le enviará el borrador del poder.

        Atentamente,
        """,
    ),
    M(
        "es-rol-3",
        "es-rol-2",
        ARRIETA,
        [CUBERO],
        "2027-01-18 09:15",
        cc=[ROLDAN],
        text="""
        Buenos días, Javier:

        Le adjunto el pasaporte del Sr. Marchal y la nota simple de la vivienda para que pueda preparar el borrador del poder.

        Muchas gracias,
        """,
    ),
    H(
        "es-rol-4",
        "es-rol-3",
        CUBERO,
        [ARRIETA],
        "2027-01-18 16:02",
        cc=[ROLDAN],
        text="""
        Recibido, gracias.

        Un saludo,
        """,
    ),
]

# --------------------------------------------------------------------------
# Llorens Asesores (Valencia): non-resident income tax; Outlook in plain-text mode with "--> " answers
# --------------------------------------------------------------------------
N += [
    M(
        "es-llo-1",
        None,
        ARRIETA,
        [LLORENS],
        "2027-01-11 09:30",
        subject="Sres. Dumont – modelo 210 vivienda Jávea",
        text="""
        Buenos días, Amparo:

        Como cada año, les escribo en relación con la declaración del Impuesto sobre la Renta de No Residentes (modelo 210) de nuestros clientes, los Sres. Dumont, por la vivienda de Jávea.

        Este año hay dos novedades:
        1. La vivienda se alquiló del 1 de julio al 31 de agosto de 2026; el resto del año estuvo a disposición de los propietarios.
        2. En octubre se cambió la carpintería exterior (factura de 14.300 euros).

        ¿Nos pueden confirmar cómo se declaran el alquiler y la imputación de rentas, y si la factura de la carpintería es deducible?

        Gracias y un saludo,
        """,
    ),
    H(
        "es-llo-2",
        "es-llo-1",
        LLORENS,
        [ARRIETA],
        "2027-01-12 12:15",
        client="outlook_plain",
        text="""
        Hola Lucía,

        te contesto debajo.

        Saludos,
        Amparo
        """,
        inline=[
            (
                "1. La vivienda",
                "--> Son dos declaraciones distintas. El alquiler tributa al 19 % por ser residentes en la UE, y pueden deducir los gastos en proporción a los días alquilados; desde 2024 se puede presentar una declaración anual, del 1 al 20 de enero. Por el resto del año se declara la imputación de renta inmobiliaria (1,1 % del valor catastral revisado), prorrateada por los días no alquilados.",
            ),
            (
                "2. En octubre",
                "--> La carpintería es una mejora, no una reparación: no es gasto deducible este año, se amortiza al 3 % anual como mayor valor de la construcción. Mandadnos la factura igualmente.",
            ),
        ],
    ),
    M(
        "es-llo-3",
        "es-llo-2",
        ARRIETA,
        [LLORENS],
        "2027-01-13 09:05",
        text="""
        Gracias, Amparo. Os adjunto la factura. Entonces, ¿presentáis vosotros la declaración anual del alquiler antes del 20 de enero?

        Un saludo,
        """,
    ),
    M(
        "es-llo-4",
        "es-llo-3",
        LLORENS,
        [ARRIETA],
        "2027-01-13 17:40",
        client="outlook_plain",
        cc=[MOLLA],
        text="""
        Sí, la presentamos nosotros. Se encarga Vicent, que está en copia. Necesitaríamos el poder de representación firmado por los dos.

        Saludos,
        Amparo
        """,
    ),
    M(
        "es-llo-5",
        "es-llo-4",
        ARRIETA,
        [LLORENS, MOLLA],
        "2027-01-14 09:20",
        text="""
        Perfecto. Vicent, te adjunto el poder de representación firmado por los Sres. Dumont.

        Un saludo,
        """,
    ),
    H(
        "es-llo-6",
        "es-llo-5",
        MOLLA,
        [ARRIETA],
        "2027-01-19 11:03",
        cc=[LLORENS],
        attach=[("Justificante_210_Dumont_2026.pdf", "application/pdf")],
        text="""
        Buenos días, Lucía:

        Ya hemos presentado el modelo 210 de los rendimientos del alquiler de 2026 (declaración anual, período 0A), con un resultado a ingresar de 612,40 euros, domiciliado en la cuenta de los Sres. Dumont. Te adjunto el justificante con el CSV.

        La imputación de rentas de 2026 la presentaremos a lo largo del año, como siempre.

        Un saludo,
        """,
    ),
]

# --------------------------------------------------------------------------
# Santamarina Abogados (Barcelona): Apple Mail, a clause of an engagement letter quoted in the new text
# --------------------------------------------------------------------------
N += [
    M(
        "es-cas-1",
        None,
        ARRIETA,
        [CASALS],
        "2027-01-20 18:10",
        subject="Sr. Ferré – régimen de impatriados y hoja de encargo",
        text="""
        Hola Jordi:

        Te escribo por lo del Sr. Laurent Ferré, que se traslada a Barcelona en abril como administrador de su sociedad francesa. Dos preguntas antes del jueves:
        - ¿puede acogerse al régimen especial de impatriados siendo administrador?
        - ¿qué dice exactamente la cláusula de honorarios de vuestra hoja de encargo? El cliente quiere saber cuándo se paga.

        Un abrazo,
        """,
    ),
    H(
        "es-cas-2",
        "es-cas-1",
        CASALS,
        [ARRIETA],
        "2027-01-21 19:50",
        client="apple_mail",
        text="""
        Hola Lucía,

        Te contesto rápido y lo vemos con calma el jueves.

        Sobre el régimen de impatriados: desde 2023 pueden acogerse también los administradores, siempre que no tengan una participación igual o superior al 25 % si la entidad es patrimonial. En el caso del Sr. Ferré, como la sociedad francesa tiene actividad económica, no veo problema. La opción se ejerce con el modelo 149 en los seis meses siguientes al alta en la Seguridad Social.

        Sobre los honorarios, la cláusula de la hoja de encargo dice literalmente:

        "CUARTA.- Honorarios. Los honorarios por el asesoramiento descrito en la cláusula primera se fijan en 9.500 euros, más IVA, pagaderos en un 50 % a la firma del presente encargo y el 50 % restante a la presentación del modelo 149."

        Si el cliente prefiere un pago único, no hay problema.

        Un abrazo,
        Jordi
        """,
    ),
]

# --------------------------------------------------------------------------
# Banco Almudena Patrimonios (Madrid): KYC of a Mexican client; a forward of an internal note
# --------------------------------------------------------------------------
CUMPLIMIENTO = Person(
    "Cumplimiento Normativo",
    "cumplimiento@bancoalmudena.example",
    OCHOA.org,
    "es",
    1,
    ["Unidad de Cumplimiento Normativo", "Banco Almudena Patrimonios, S.A."],
)
N += [
    M(
        "es-och-1",
        None,
        ARRIETA,
        [OCHOA],
        "2027-01-22 12:30",
        subject="Apertura de cuenta – D. Alejandro Garza Treviño",
        attach=[("KYC_Garza_Trevino.pdf", "application/pdf")],
        text="""
        Hola, Beatriz:

        Te adjunto la documentación KYC de D. Alejandro Garza Treviño (pasaporte, comprobante de domicilio en Monterrey y formulario de apertura firmado). ¿Qué plazo manejáis para la apertura?

        Un saludo,
        """,
    ),
    H(
        "es-och-2",
        "es-och-1",
        OCHOA,
        [ARRIETA],
        "2027-01-25 10:12",
        text="""
        Buenos días, Lucía:

        Gracias por la documentación del Sr. Garza Treviño. Nuestro departamento de Cumplimiento Normativo nos pide, antes de abrir la cuenta:

        - la constancia de residencia para efectos fiscales emitida por el SAT, apostillada;
        - la justificación del origen de los fondos de la primera aportación (3 millones de dólares), por ejemplo el contrato de venta de las acciones de la empresa familiar o los extractos de los últimos seis meses;
        - el formulario de autocertificación CRS/FATCA firmado.

        En cuanto lo tengamos, el plazo de apertura es de unos diez días hábiles.

        Un saludo,
        """,
    ),
    M(
        "es-och-3",
        None,
        CUMPLIMIENTO,
        [OCHOA],
        "2027-02-01 17:45",
        subject="Expediente Garza Treviño – observaciones",
        sig="default",
        text="""
        Beatriz:

        Revisado el expediente del Sr. Garza Treviño, además de lo ya solicitado falta la declaración de persona con responsabilidad pública (PRP), ya que su hermano ha sido diputado local en Nuevo León. Sin ese documento no podemos elevar la apertura al comité.

        Saludos,
        """,
    ),
    H(
        "es-och-4",
        "es-och-3",
        OCHOA,
        [ARRIETA],
        "2027-02-02 09:08",
        fwd=True,
        text="""
        Lucía, te reenvío lo que me comentan desde Cumplimiento. Básicamente falta lo que ya te pedí, más la declaración de PRP. ¿Me lo puedes conseguir esta semana?

        Gracias,
        """,
    ),
]

# --------------------------------------------------------------------------
# Latin America and private clients
# --------------------------------------------------------------------------
N += [
    M(
        "es-gal-1",
        None,
        ARRIETA,
        [GALAN],
        "2027-01-27 16:30",
        subject="Visita villa Sierra Blanca",
        text="""
        Hola Rocío:

        Nuestro cliente vuelve a Marbella la semana que viene. ¿Podríamos ver la villa de Sierra Blanca el martes 2 de febrero a mediodía?

        Un saludo,
        """,
    ),
    H(
        "es-gal-2",
        "es-gal-1",
        GALAN,
        [ARRIETA],
        "2027-01-27 18:40",
        client="ios_mail",
        sig=False,
        text="""
        Hola Lucía! Perfecto, el martes 2 a las 12 en la villa. Te mando la ubicación por WhatsApp.
        Un beso
        Rocío
        """,
    ),
    M(
        "es-gal-3",
        "es-gal-2",
        ARRIETA,
        [GALAN],
        "2027-02-02 18:00",
        text="""
        Hola Rocío:

        Gracias por la visita de hoy. ¿Podrías mandarme las fotos de la terraza y de la piscina para el cliente?

        Un saludo,
        """,
    ),
    H(
        "es-gal-4",
        "es-gal-3",
        GALAN,
        [ARRIETA],
        "2027-02-02 19:05",
        client="ios_mail",
        sig=False,
        text="",
        attach=[("IMG_4127.jpeg", "image/jpeg"), ("IMG_4128.jpeg", "image/jpeg"), ("IMG_4131.jpeg", "image/jpeg")],
    ),
    M(
        "es-gar-1",
        None,
        ARRIETA,
        [GARZA],
        "2027-01-26 17:30",
        subject="Cuenta en Banco Almudena – documentación pendiente",
        text="""
        Estimado Alejandro:

        El banco nos pide, antes de abrir la cuenta, la constancia de residencia fiscal del SAT apostillada, la justificación del origen de los fondos de la primera aportación y el formulario CRS/FATCA firmado (te lo adjunto).

        Quedo a tu disposición para cualquier duda.

        Un saludo,
        """,
    ),
    H(
        "es-gar-2",
        "es-gar-1",
        GARZA,
        [ARRIETA],
        "2027-01-26 12:05",
        client="gmail",
        text="""
        Hola Lucía, buen día.

        Gracias por el seguimiento. Ya le pedí a mi contador que tramite la constancia de residencia ante el SAT; me dice que tarda unas dos semanas y luego hay que apostillarla, o sea que calculo mediados de febrero.

        Lo del origen de los fondos no hay problema, te mando el contrato de compraventa de las acciones y los estados de cuenta del banco. El formulario lo firmo hoy y te lo regreso escaneado.

        Saludos cordiales,
        Alejandro Garza
        """,
    ),
    M(
        "es-ech-1",
        None,
        ARRIETA,
        [ECHEVERRY],
        "2027-01-28 17:40",
        subject="Resumen de cartera al 31/12/2026",
        attach=[("Resumen_cartera_31-12-2026.pdf", "application/pdf")],
        text="""
        Hola, Martín:

        Te adjunto el resumen de tu cartera al 31 de diciembre de 2026, con la rentabilidad del año y el detalle de los movimientos.

        Un abrazo,
        """,
    ),
    H(
        "es-ech-2",
        "es-ech-1",
        ECHEVERRY,
        [ARRIETA],
        "2027-01-28 22:15",
        client="owa",
        html_only=True,
        text="""
        Hola Lucía, ¿cómo estás?

        Gracias por mandarme el resumen. Te pido una cosa: para la declaración de Bienes Personales mi contador necesita la valuación del portafolio al 31/12 en dólares, no en euros, y discriminada por tipo de activo (acciones, bonos, fondos y efectivo). ¿Me lo podés mandar así?

        Otra cosa: el 15 de febrero me voy de vacaciones a Punta del Este, así que si necesitás firmas mandámelas antes.

        Abrazo,
        Martín
        """,
    ),
    M(
        "es-lar-1",
        None,
        ARRIETA,
        [LARRAIN],
        "2027-02-01 10:15",
        subject="Coinversión fondo inmobiliario europeo – puntos abiertos",
        text="""
        Estimada Francisca:

        Tal como conversamos, te resumo los puntos abiertos sobre la coinversión en el fondo inmobiliario europeo:

        1. Monto: ¿confirman los 2 millones de euros para Inversiones Quillay?
        2. Vehículo: ¿invertirían directamente o a través de la sociedad uruguaya?
        3. Calendario: el primer cierre está previsto para el 31 de marzo.
        4. Documentación: necesitaríamos el KYC actualizado de los beneficiarios finales.

        Quedo atenta a tus comentarios.

        Un abrazo,
        """,
    ),
    H(
        "es-lar-2",
        "es-lar-1",
        LARRAIN,
        [ARRIETA],
        "2027-02-01 15:22",
        client="gmail",
        sig=False,
        trim=True,
        text="""
        Hola Lucía, te respondo entre líneas.
        """,
        inline=[
            ("1. Monto", "Sí, confirmado por el directorio el jueves pasado."),
            ("2. Vehículo", "Directamente. La sociedad uruguaya la estamos liquidando."),
            (
                "4. Documentación",
                "Te lo mando esta semana. ¿Les sirve el pasaporte o necesitan también la cédula chilena?",
            ),
        ],
        closing="""
        Saludos,
        Francisca
        """,
    ),
    M(
        "es-bot-1",
        None,
        ARRIETA,
        [BOTERO],
        "2027-02-02 16:00",
        subject="Fundación Arrayanes – documentos para la apertura de la cuenta",
        text="""
        Estimado Andrés:

        Para la apertura de la cuenta de la fundación en Luxemburgo necesitaríamos los estatutos vigentes, el certificado de existencia y representación legal y la lista de miembros del consejo.

        Un saludo cordial,
        """,
    ),
    H(
        "es-bot-2",
        "es-bot-1",
        BOTERO,
        [ARRIETA],
        "2027-02-02 19:47",
        client="outlook_mobile",
        os="Android",
        sig=False,
        text="""
        Lucía, buenas tardes. Recibido. Mi asistente le envía mañana los estatutos de la fundación y el certificado de existencia y representación legal de la Cámara de Comercio.
        Saludos,
        Andrés Botero
        """,
    ),
    M(
        "es-fer-1",
        None,
        ARRIETA,
        [FERREIRA_UY],
        "2027-02-03 15:20",
        subject="Sra. Duval – residencia fiscal en Uruguay",
        text="""
        Estimado Sebastián:

        La Sra. Duval nos pregunta si podría obtener ya el certificado de residencia fiscal uruguayo para 2026, y qué régimen se aplicaría a sus dividendos del exterior.

        Un saludo,
        """,
    ),
    H(
        "es-fer-2",
        "es-fer-1",
        FERREIRA_UY,
        [ARRIETA],
        "2027-02-04 10:30",
        client="thunderbird",
        bottom=True,
        text="""
        Estimada Lucía:

        El certificado de residencia fiscal lo emite la DGI cuando la persona acredita una permanencia de más de 183 días en el año civil, o bien que tiene en el país su centro de intereses económicos (por ejemplo, una inversión inmobiliaria por encima del mínimo legal). La Sra. Duval todavía no cumple ninguna de las dos condiciones, así que para 2026 no vamos a poder pedirlo.

        Sobre los dividendos del exterior: quienes obtienen la residencia pueden optar por tributar el IRPF a la tasa del 7 % en lugar del régimen de exoneración temporal. Lo conversamos en la reunión del jueves.

        Saludos cordiales,
        """,
    ),
    M(
        "es-zd-1",
        None,
        ARRIETA,
        [IBANEZ],
        "2027-01-19 09:40",
        subject="Certificados fiscales 2026 – cuentas de valores Aubrac Lérins",
        text="""
        Buenos días:

        Les agradecería el envío de los certificados de retenciones e ingresos a cuenta de 2026 y del certificado a efectos del modelo 720 de las cuentas de valores de nuestros clientes españoles (relación adjunta).

        Un saludo,
        """,
    ),
    H(
        "es-zd-2",
        "es-zd-1",
        IBANEZ,
        [ARRIETA],
        "2027-01-21 11:05",
        client="zendesk",
        ticket="48213",
        zd_ref="JRM7KQ-4X2PW",
        subject="[Custodia Ibérica de Valores] Re: Certificados fiscales 2026 – cuentas de valores Aubrac Lérins",
        sig="default",
        attach=[
            ("certificado_retenciones_2026.pdf", "application/pdf"),
            ("certificado_modelo_720_2026.pdf", "application/pdf"),
        ],
        text="""
        Estimada Sra. Arrieta:

        Le adjuntamos los certificados de retenciones e ingresos a cuenta del ejercicio 2026 de las cuentas de valores solicitadas, así como el certificado a efectos del modelo 720, con el saldo a 31 de diciembre y el saldo medio del último trimestre.

        Le recordamos que los certificados de los fondos de inversión traspasados en 2026 los emite la gestora de cada fondo.

        Un saludo,
        """,
        headers=[
            ("Reply-To", "Custodia Ibérica de Valores <soporte@custodiaiberica.example>"),
            ("X-Mailer", "Zendesk Mailer"),
            ("Auto-Submitted", "auto-generated"),
        ],
    ),
    M(
        "es-rod-1",
        None,
        ARRIETA,
        [RODRIGUEZ],
        "2027-02-05 09:30",
        subject="Reunión por videoconferencia – martes 9 de febrero",
        text="""
        Buenos días, Nayra:

        Le confirmo la reunión por videoconferencia el martes 9 a las 10:00 (hora de Canarias). Le enviaré el enlace el lunes.

        Un saludo,
        """,
    ),
    H(
        "es-rod-2",
        "es-rod-1",
        RODRIGUEZ,
        [ARRIETA],
        "2027-02-05 09:12",
        client="gmail_mobile",
        text="""
        Ok! Gracias
        """,
    ),
    M(
        "es-azp-1",
        None,
        ARRIETA,
        [AZPIROZ],
        "2027-02-08 12:00",
        subject="Contrato de gestión – firma",
        text="""
        Hola, Íñigo:

        ¿Te vendría bien el jueves 11 para firmar el contrato de gestión y revisar la propuesta de inversión?

        Un saludo,
        """,
    ),
    H(
        "es-azp-2",
        "es-azp-1",
        AZPIROZ,
        [ARRIETA],
        "2027-02-08 20:30",
        client="samsung",
        text="""
        Lucía, el jueves no puedo, estoy en Alemania en una feria. Te propongo el lunes 15 por la tarde. El contrato lo firmo con certificado digital, ¿vale?
        Íñigo
        """,
    ),
    invite("es-med-1", ARRIETA, MEDRANO, "2027-01-20 18:00", "Estimado Sr. Medrano:", "es"),
    H(
        "es-med-2",
        "es-med-1",
        MEDRANO,
        [ARRIETA],
        "2027-01-20 22:40",
        client="owa",
        html_only=False,
        opt_out=True,
        text="""
        Por favor, dejen de enviarme correos. No soy cliente suyo ni estoy interesado. Gracias.
        """,
    ),
    M(
        "es-ben-1",
        None,
        ARRIETA,
        [BENITEZ],
        "2027-02-09 17:00",
        subject="Presentación – fondo de venture capital europeo",
        text="""
        Hola, Carla:

        Como te comenté, te adjunto la presentación del fondo de venture capital europeo en el que coinvertimos con algunas familias. El primer cierre será en abril.

        Un saludo,
        """,
    ),
    H(
        "es-ben-2",
        "es-ben-1",
        BENITEZ,
        [ARRIETA],
        "2027-02-10 08:45",
        client="zoho",
        text="""
        Hola Lucía,

        Gracias por la presentación del fondo. Lo he comentado con mi socio y nos interesa, pero antes necesitamos ver el PPM definitivo y el track record del equipo gestor en las anteriores añadas.

        ¿Podemos tener una llamada la semana que viene? El miércoles 17 o el jueves 18 por la mañana me vendrían bien.

        Un saludo,
        """,
    ),
    M(
        "es-itu-1",
        None,
        ARRIETA,
        [ITURBE],
        "2027-02-03 18:00",
        subject="Propuesta de reequilibrio de la cartera",
        text="""
        Estimado Ramón:

        Te adjunto la propuesta de reequilibrio: reducimos la renta variable estadounidense del 28 % al 22 % y aumentamos los bonos high yield europeos del 5 % al 10 %.

        Quedo pendiente de tus comentarios.

        Un saludo,
        """,
    ),
    H(
        "es-itu-2",
        "es-itu-1",
        ITURBE,
        [ARRIETA],
        "2027-02-04 13:10",
        client="zimbra",
        dashes=True,
        text="""
        Estimada Lucía:

        He revisado la propuesta de reequilibrio. Estoy de acuerdo en reducir la renta variable estadounidense, pero preferiría no aumentar tanto la exposición a bonos high yield; con los diferenciales actuales no me parece que compense el riesgo.

        ¿Podríamos sustituir la mitad por deuda pública europea a corto plazo?

        Un saludo,
        """,
    ),
    M(
        "es-car-1",
        None,
        ARRIETA,
        [CARDENAS],
        "2027-02-10 11:30",
        subject="Fideicomiso familia Garza – inversión en SICAV luxemburguesa",
        text="""
        Estimada Mariana:

        El Sr. Garza nos pregunta si el fideicomiso familiar mexicano podría invertir en acciones de la SICAV luxemburguesa que gestionamos, y qué obligaciones de información tendría en México.

        Un saludo cordial,
        """,
    ),
    H(
        "es-car-2",
        "es-car-1",
        CARDENAS,
        [ARRIETA],
        "2027-02-10 18:25",
        text="""
        Estimada Lucía:

        Gracias por tu correo. En principio no hay impedimento para que el fideicomiso mexicano invierta en acciones de la SICAV luxemburguesa, pero hay que revisar dos cosas:

        1. Si el fondo califica como régimen fiscal preferente (REFIPRE) para efectos del Título VI de la LISR; en ese caso, los fideicomisarios tendrían que acumular los ingresos aunque no se distribuyan y presentar la declaración informativa en febrero.
        2. El contrato de fideicomiso actual solo permite invertir en valores inscritos en el Registro Nacional de Valores o listados en el SIC, por lo que habría que modificarlo.

        Te propongo una llamada el lunes para revisarlo con el Sr. Garza.

        Saludos cordiales,
        """,
    ),
    # English, Gmail, bottom-posting under the whole quote
    M(
        "es-whi-1",
        None,
        ARRIETA,
        [WHITFIELD],
        "2027-02-11 09:05",
        subject="Modelo 720 – your US accounts",
        text="""
        Dear Karen,

        As every year, the Spanish declaration of assets held abroad (Modelo 720) is due by 31 March. Could you send us the year-end statements of your US accounts as at 31 December 2026, together with the average balance of the last quarter?

        Best regards,
        """,
    ),
    H(
        "es-whi-2",
        "es-whi-1",
        WHITFIELD,
        [ARRIETA],
        "2027-02-11 13:48",
        client="gmail",
        bottom=True,
        lang="en",
        text="""
        Hi Lucía,

        Thanks for the reminder. I've asked my US broker for the year-end statements and will forward them as soon as they arrive, probably next week.

        One question: do I also need to include my 401(k) in the Modelo 720? My US accountant says it's a pension plan, so it shouldn't count.

        Best,
        Karen
        """,
    ),
]
