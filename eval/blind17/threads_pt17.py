"""Portuguese threads of blind17: Portugal and Brazil (and English replies around a Brazilian client)."""

from people17 import (
    ALBUQUERQUE,
    BARBOSA,
    CARVALHO,
    COLE,
    LEAL,
    MACEDO,
    MENEZES,
    NOGUEIRA,
    PIRES,
    PORTER,
    PRADO,
    QUEIROZ,
    SAMPAIO,
    SOTTOMAYOR,
    TAVARES,
    VASCONCELOS,
    WEYLAND,
)
from spec17 import H, M, invite

N = []

# --------------------------------------------------------------------------
# Cartório Notarial (Lisbon)
# --------------------------------------------------------------------------
N += [
    M(
        "pt-vas-1",
        None,
        BARBOSA,
        [VASCONCELOS],
        "2027-01-18 10:00",
        cc=[PIRES],
        subject="Aquisição de fração no Príncipe Real – Sr. François Lemaire",
        text="""
        Exma. Senhora Dra. Teresa Vasconcelos Brás,

        Escrevo-lhe em nome do nosso cliente, Sr. François Lemaire, de nacionalidade francesa, que pretende adquirir uma fração autónoma no Príncipe Real, em Lisboa, pelo preço de 1.450.000 euros.

        O Sr. Lemaire não estará em Portugal na data da escritura, prevista para o final de fevereiro. Gostaria de saber:
        - se a procuração pode ser outorgada perante notário francês, com apostila;
        - que documentos são necessários, sabendo que o cliente já tem NIF português;
        - qual a provisão estimada para emolumentos e impostos (IMT e Imposto do Selo).

        Com os melhores cumprimentos,
        """,
    ),
    H(
        "pt-vas-2",
        "pt-vas-1",
        VASCONCELOS,
        [BARBOSA],
        "2027-01-19 12:40",
        cc=[PIRES],
        text="""
        Cara Dra. Inês Barbosa,

        Agradeço o seu contacto.

        A procuração pode ser outorgada perante notário francês, devendo ser apostilada e, se não for bilingue, acompanhada de tradução certificada. Recomendo que inclua poderes para assinar o contrato-promessa e a escritura e para liquidar e pagar o IMT.

        Além do NIF e do documento de identificação, precisaremos da certidão permanente do registo predial, da caderneta predial e do certificado energético, que normalmente são obtidos pelo vendedor.

        Quanto aos impostos: para habitação secundária, no valor indicado, o IMT é calculado à taxa única de 7,5 %, e o Imposto do Selo à taxa de 0,8 %. Os emolumentos do cartório e do registo rondarão os 1.000 euros.

        A Sónia Pires enviará a minuta da procuração.

        Com os melhores cumprimentos,
        """,
    ),
    M(
        "pt-vas-3",
        "pt-vas-2",
        BARBOSA,
        [PIRES],
        "2027-01-20 09:30",
        cc=[VASCONCELOS],
        text="""
        Cara Sónia,

        Agradeço desde já o envio da minuta da procuração, de preferência em versão bilingue.

        Com os melhores cumprimentos,
        """,
    ),
    H(
        "pt-vas-4",
        "pt-vas-3",
        PIRES,
        [BARBOSA],
        "2027-01-21 11:05",
        cc=[VASCONCELOS],
        attach=[("Minuta_procuracao_Lemaire_PT-FR.pdf", "application/pdf")],
        text="""
        Bom dia, Dra. Inês,

        Segue em anexo a minuta da procuração, em versão bilingue.

        Cumprimentos,
        """,
    ),
]

# --------------------------------------------------------------------------
# Macedo Contas (Porto): Outlook over IMAP, answers typed "[RM] " in red; a 4-message thread
# --------------------------------------------------------------------------
N += [
    M(
        "pt-mac-1",
        None,
        BARBOSA,
        [MACEDO],
        "2027-01-21 16:00",
        subject="Srs. Girard – IRS 2026",
        text="""
        Caro Dr. Rui Macedo,

        Na sequência da nossa conversa, envio as questões dos Srs. Girard para a declaração de IRS de 2026:

        1. Os rendimentos da carteira gerida no Luxemburgo (dividendos e mais-valias) devem ser declarados no Anexo J?
        2. A pensão francesa do Sr. Girard, antigo funcionário público, é tributada em Portugal?
        3. Podem ainda pedir o regime dos residentes não habituais, tendo chegado em novembro de 2025?
        4. Qual o prazo de entrega da declaração?

        Obrigada desde já,
        """,
    ),
    H(
        "pt-mac-2",
        "pt-mac-1",
        MACEDO,
        [BARBOSA],
        "2027-01-22 18:05",
        color="#C00000",
        text="""
        Boa tarde, Dra. Inês,

        Respondo no texto, a vermelho.

        Cumprimentos,
        """,
        inline=[
            (
                "1. Os rendimentos",
                "[RM] Sim, no Anexo J. Podem optar pelo englobamento ou pela tributação autónoma a 28 %; em regra compensa a taxa autónoma.",
            ),
            (
                "2. A pensão francesa",
                "[RM] Não: pela Convenção entre Portugal e a França, as pensões pagas pelo Estado francês a antigos funcionários públicos são tributadas apenas em França. Declaram-se no Anexo J, isentas com englobamento para efeitos de taxa.",
            ),
            (
                "3. Podem ainda",
                "[RM] Não. O regime dos residentes não habituais terminou e o regime transitório não se aplica a quem chegou em 2025. O novo IFICI só abrange atividades qualificadas, e o Sr. Girard está reformado.",
            ),
            ("4. Qual o prazo", "[RM] De 1 de abril a 30 de junho de 2027."),
        ],
    ),
    M(
        "pt-mac-3",
        "pt-mac-2",
        BARBOSA,
        [MACEDO],
        "2027-01-25 09:40",
        text="""
        Caro Dr. Rui Macedo,

        Muito obrigada. Uma última questão: a venda do apartamento de Lyon, em março de 2025, tem de ser declarada em Portugal?

        Com os melhores cumprimentos,
        """,
    ),
    H(
        "pt-mac-4",
        "pt-mac-3",
        MACEDO,
        [BARBOSA],
        "2027-01-26 10:12",
        text="""
        Bom dia,

        Não. A venda ocorreu antes da mudança de residência, pelo que a mais-valia não é declarada em Portugal.

        Cumprimentos,
        """,
    ),
]

# --------------------------------------------------------------------------
# Brazil: a client on Gmail, a São Paulo law firm, an English thread with a London bank
# --------------------------------------------------------------------------
N += [
    M(
        "pt-alb-1",
        None,
        BARBOSA,
        [ALBUQUERQUE],
        "2027-01-26 15:00",
        subject="Lei 14.754 – holding de Luxemburgo",
        text="""
        Caro Rodrigo,

        Segue o resumo que combinámos sobre a Lei 14.754/2023 e a holding de Luxemburgo: os lucros da sociedade controlada passam a ser tributados anualmente no Brasil a 15 %, mesmo sem distribuição, salvo opção pelo regime de transparência fiscal.

        Podemos falar na próxima semana?

        Um abraço,
        """,
    ),
    H(
        "pt-alb-2",
        "pt-alb-1",
        ALBUQUERQUE,
        [BARBOSA],
        "2027-01-26 21:14",
        client="gmail",
        text="""
        Oi Inês, tudo bem?

        Obrigado pelo resumo. Conversei com meu contador aqui em São Paulo e ele confirmou que, com a Lei 14.754, os lucros da offshore passam a ser tributados todo ano a 15 %, mesmo sem distribuição. Por isso estamos pensando em fazer a opção pela transparência fiscal para a holding de Luxemburgo.

        Você consegue me mandar o balanço da holding em 31/12/2026 até o fim de fevereiro? Ele precisa para a declaração de ajuste, que vence em maio.

        Abraço,
        Rodrigo
        """,
    ),
    M(
        "pt-pra-1",
        None,
        BARBOSA,
        [PRADO],
        "2027-01-27 14:30",
        subject="Família Albuquerque Lins – doação de quotas da holding",
        text="""
        Cara Dra. Juliana,

        O Sr. Rodrigo Albuquerque Lins pergunta se faz sentido antecipar a doação das quotas da holding familiar aos filhos, tendo em conta a progressividade do ITCMD.

        Com os melhores cumprimentos,
        """,
    ),
    H(
        "pt-pra-2",
        "pt-pra-1",
        PRADO,
        [BARBOSA],
        "2027-01-28 09:40",
        text="""
        Prezada Inês, bom dia.

        Obrigada pelo contato. A Emenda Constitucional 132/2023 tornou obrigatória a progressividade do ITCMD, e o Estado de São Paulo ainda discute o projeto de lei que deve elevar a alíquota, hoje de 4 %. Por isso, recomendamos concluir a doação das quotas da holding com reserva de usufruto ainda neste semestre.

        Para isso precisaremos do último balanço patrimonial da holding, da matrícula atualizada dos imóveis integralizados e da concordância expressa do Sr. Rodrigo e de sua esposa, casados em comunhão parcial de bens.

        Fico à disposição para uma call.

        Atenciosamente,
        """,
    ),
    M(
        "pt-wey-1",
        None,
        BARBOSA,
        [WEYLAND],
        "2027-02-02 11:00",
        subject="Policy LV-INT-77120 – Mr Rodrigo Albuquerque Lins",
        text="""
        Dear Mr Weyland,

        Our client Mr Rodrigo Albuquerque Lins, a Brazilian tax resident, will have to report his policy under the new Brazilian rules on offshore investments (Law 14.754/2023). Could you confirm how the policy is invested and what statements you can provide?

        Kind regards,
        """,
    ),
    H(
        "pt-wey-2",
        "pt-wey-1",
        WEYLAND,
        [BARBOSA],
        "2027-02-03 10:18",
        lang="en",
        text="""
        Dear Ms Barbosa,

        Thank you for your e-mail. I can confirm that policy LV-INT-77120 is invested in a dedicated internal fund, with Aubrac Lérins as investment manager.

        Regarding the Brazilian reporting, we can provide an annual statement of the policy value and of the income of the underlying fund, but please note that we do not issue Brazilian tax documents. The statement as at 31 December 2026 will be available from 15 February.

        Kind regards,
        """,
    ),
    M(
        "pt-col-1",
        None,
        BARBOSA,
        [COLE],
        "2027-02-04 16:20",
        cc=[ALBUQUERQUE],
        subject="Rodrigo Albuquerque Lins – USD transfer to Luxembourg",
        text="""
        Dear Harriet,

        Please find attached Rodrigo's signed instruction to transfer USD 1,250,000 from his London account to the Luxembourg custodian. Could you confirm the value date?

        Kind regards,
        """,
    ),
    H(
        "pt-col-2",
        "pt-col-1",
        COLE,
        [BARBOSA],
        "2027-02-05 09:30",
        cc=[ALBUQUERQUE],
        lang="en",
        text="""
        Dear Inês,

        Many thanks. We have received Rodrigo's signed instruction and the transfer of USD 1,250,000 to the Luxembourg custodian will be executed today with value date 9 February.

        As discussed, the remaining GBP balance will stay in the current account until the property completion in March.

        Kind regards,
        Harriet
        """,
    ),
    H(
        "pt-alb-3",
        "pt-col-2",
        ALBUQUERQUE,
        [COLE],
        "2027-02-05 07:02",
        cc=[BARBOSA],
        client="gmail",
        lang="en",
        text="""
        Thanks Harriet, perfect.

        Inês, please let me know when it arrives in Luxembourg.

        Best,
        Rodrigo
        """,
    ),
    M(
        "pt-por-1",
        None,
        BARBOSA,
        [PORTER],
        "2027-02-08 10:45",
        subject="Signed mandate – Albuquerque Lins",
        text="""
        Dear James,

        As promised, please find attached the signed discretionary mandate and the updated list of authorised signatories.

        Kind regards,
        """,
    ),
    H(
        "pt-por-2",
        "pt-por-1",
        PORTER,
        [BARBOSA],
        "2027-02-08 10:31",
        client="ios_mail",
        sig=False,
        lang="en",
        text="""
        Thanks, received.
        James
        """,
    ),
]

# --------------------------------------------------------------------------
# Portuguese private clients and counterparts
# --------------------------------------------------------------------------
N += [
    M(
        "pt-sot-1",
        None,
        BARBOSA,
        [SOTTOMAYOR],
        "2027-02-01 15:10",
        subject="Casa na Comporta – disponibilidade",
        text="""
        Caro Miguel,

        O nosso cliente gostaria de visitar a casa da Comporta que nos apresentou. Ainda está disponível? Ele estará em Lisboa no fim de semana de 13 de fevereiro.

        Obrigada,
        """,
    ),
    H(
        "pt-sot-2",
        "pt-sot-1",
        SOTTOMAYOR,
        [BARBOSA],
        "2027-02-01 19:20",
        client="ios_mail",
        sig=False,
        text="""
        Olá Inês,
        Sim, a casa ainda está disponível. O proprietário aceita visitas ao fim de semana. Sábado dia 13 às 11h?
        Abraço
        Miguel
        """,
    ),
    M(
        "pt-lea-1",
        None,
        BARBOSA,
        [LEAL],
        "2027-01-14 17:00",
        subject="Sra. D. Leonor Sampaio – posições a 31/12/2026",
        text="""
        Cara Catarina,

        Pode enviar-me as posições da carteira da Sra. D. Leonor Sampaio a 31 de dezembro de 2026, para o relatório consolidado?

        Obrigada,
        """,
    ),
    H(
        "pt-lea-2",
        "pt-lea-1",
        LEAL,
        [BARBOSA],
        "2027-01-15 11:25",
        table=True,
        text="""
        Bom dia, Dra. Inês,

        Conforme solicitado, seguem as posições da carteira da Sra. D. Leonor Sampaio a 31/12/2026:

        Ativo                               Quantidade      Valor (EUR)
        Obrig. Tesouro 2,875% 2034          200.000         201.340,00
        Fundo Atlântico Ações Europa        12.450          318.720,00
        ETF MSCI World (acc)                3.100           329.220,00
        Depósito a prazo 12 meses           -               250.000,00
        Total                                               1.099.280,00

        O extrato oficial segue por correio. Qualquer dúvida, disponha.

        Cumprimentos,
        """,
    ),
    M(
        "pt-car-1",
        None,
        BARBOSA,
        [CARVALHO],
        "2027-02-02 12:40",
        subject="Contrato de gestão assinado",
        text="""
        Cara Maria João,

        Envio em anexo a cópia do contrato de gestão assinado pelas duas partes, para os seus arquivos.

        Com os melhores cumprimentos,
        """,
    ),
    H(
        "pt-car-2",
        "pt-car-1",
        CARVALHO,
        [BARBOSA],
        "2027-02-02 13:05",
        client="gmail_mobile",
        text="""
        Obrigada, recebido.
        """,
    ),
    M(
        "pt-que-1",
        None,
        BARBOSA,
        [QUEIROZ],
        "2027-02-04 14:00",
        subject="Fundo imobiliário europeu – material para o comitê",
        text="""
        Cara Fernanda,

        Conforme combinado, envio a apresentação e o regulamento do fundo imobiliário europeu (escritórios em Paris e Lyon) para o vosso comitê de investimentos.

        Um abraço,
        """,
    ),
    H(
        "pt-que-2",
        "pt-que-1",
        QUEIROZ,
        [BARBOSA],
        "2027-02-04 17:10",
        client="zimbra",
        text="""
        Olá Inês,

        Obrigada pelo material. Repassamos ao comitê de investimentos, que se reúne na próxima terça-feira (9/2). Algumas perguntas que já surgiram:

        - Qual é a alavancagem máxima prevista no regulamento do fundo?
        - Existe hedge cambial para investidores em dólar?
        - O fundo distribui rendimentos ou é de acumulação?

        Se puder responder antes da reunião, ajuda muito.

        Abraços,
        """,
    ),
    M(
        "pt-men-1",
        None,
        BARBOSA,
        [MENEZES],
        "2027-02-08 11:00",
        subject="Abertura de conta – Menezes Vinhos, Lda.",
        text="""
        Caro Duarte,

        Para a abertura da conta da sociedade precisamos da certidão permanente, do RCBE e da ata de nomeação dos gerentes.

        Com os melhores cumprimentos,
        """,
    ),
    H(
        "pt-men-2",
        "pt-men-1",
        MENEZES,
        [BARBOSA],
        "2027-02-08 18:30",
        client="outlook_mobile",
        os="iOS",
        sig=False,
        text="""
        Inês, boa tarde. Estou em viagem até quinta, envio os documentos da sociedade na sexta-feira. Cumprimentos, Duarte Menezes
        """,
    ),
    invite("pt-tav-1", BARBOSA, TAVARES, "2027-02-01 10:00", "Caro Sr. Henrique Tavares,", "pt"),
    H(
        "pt-tav-2",
        "pt-tav-1",
        TAVARES,
        [BARBOSA],
        "2027-02-01 20:02",
        client="owa",
        html_only=False,
        opt_out=True,
        text="""
        Boa noite,

        Agradeço que retirem o meu endereço da vossa lista de distribuição e que não me voltem a enviar convites.

        Henrique Tavares
        """,
    ),
    # Apple Mail forward "Início da mensagem reencaminhada:"
    M(
        "pt-sam-0",
        None,
        LEAL,
        [SAMPAIO],
        "2027-02-09 10:00",
        subject="Atualização do perfil de investidor (DMIF II)",
        text="""
        Exma. Senhora D. Leonor Sampaio,

        No âmbito da Diretiva DMIF II, solicitamos a atualização do seu questionário de perfil de investidor, que deverá ser preenchido na área reservada do nosso site até 28 de fevereiro.

        Com os melhores cumprimentos,
        """,
    ),
    H(
        "pt-sam-1",
        "pt-sam-0",
        SAMPAIO,
        [BARBOSA],
        "2027-02-09 13:25",
        client="apple_mail",
        fwd=True,
        zone="WET",
        text="""
        Inês,

        Recebi isto do banco. Devo responder eu ou tratam vocês?

        Beijinhos,
        Leonor
        """,
    ),
    M(
        "pt-nog-1",
        None,
        BARBOSA,
        [NOGUEIRA],
        "2027-02-09 19:00",
        subject="Assinatura do contrato de gestão",
        text="""
        Caro Thiago,

        Enviei-lhe o contrato de gestão para assinatura eletrónica. Qualquer dúvida, estou à disposição.

        Com os melhores cumprimentos,
        """,
    ),
    H(
        "pt-nog-2",
        "pt-nog-1",
        NOGUEIRA,
        [BARBOSA],
        "2027-02-09 22:10",
        client="samsung",
        text="""
        Oi Inês! Assinei agora pelo celular. Me avisa se chegou certinho.
        Thiago
        """,
    ),
]
