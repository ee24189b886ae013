"""The bank's side of blind25: signatures, notices, and the messages its staff sent (each correspondent's copy has
its own Message-ID). Banque Delarive & Cie SA, Geneva, with Delarive (Singapore) Ltd, Delarive Asia Limited (Hong
Kong) and Delarive (DIFC) Limited (Dubai); one Microsoft 365 tenant, staff on Outlook for Windows."""

import people25 as W
from case25 import M, Q, T, outlook

FIRM = {"fam": "exo", "region": "ZR0P278:CHEP278"}


def fam(**kw):
    return {**FIRM, **kw}


# --------------------------------------------------------------------------
# signatures and the notices the bank's server appends under them
# --------------------------------------------------------------------------
SIG = {
    "priya": """
        Priya Raghunathan
        Director, South Asia Desk
        Delarive (Singapore) Ltd
        21 Collyer Quay, #17-01, Singapore 049320
        T +65 6555 0142 | M +65 9555 0187
    """,
    "daniel": """
        Daniel Koh
        Executive Director, Southeast Asia
        Delarive (Singapore) Ltd
        21 Collyer Quay, #17-01, Singapore 049320
        T +65 6555 0131 | M +65 9555 0164
    """,
    "angeline": """
        Angeline Teo
        Client Service Officer
        Delarive (Singapore) Ltd
        T +65 6555 0120
    """,
    "vivian": """
        Vivian Leung 梁詠詩
        Executive Director, Greater China
        Delarive Asia Limited
        T +852 5550 0150 | M +852 5550 0199
    """,
    "eric": """
        Eric Tsang 曾浩賢
        Associate Director, Taiwan & Hong Kong
        Delarive Asia Limited
        T +852 5550 0157
    """,
    "yiran": """
        沈怡然 Yiran Shen
        副总裁 | 中国业务部
        Vice President, China Desk
        Delarive Asia Limited
        电话 T: +852 5550 0163 | 微信 WeChat: yiran_delarive
    """,
    "takumi": """
        新井 拓海（Takumi Arai）
        Delarive Asia Limited 日本デスク ディレクター
        Tel: +852 5550 0175
    """,
    "seoyeon": """
        한서연 (Seo-yeon Han)
        Delarive Asia Limited 코리아 데스크 부사장
        Tel: +852 5550 0181
    """,
    "omar": """
        Omar Haddad
        Senior Relationship Manager, GCC
        Delarive (DIFC) Limited
        Level 9, Delarive House, DIFC, Dubai
        T +971 4 555 0112 | M +971 50 555 0146
    """,
    "farah": """
        Farah Siddiqui
        Associate Director, South Asia & GCC
        Delarive (DIFC) Limited
        T +971 4 555 0118
    """,
    "helene": """
        Hélène Vuilleumier
        Partner, Head of International Desks
        Banque Delarive & Cie SA
        Rue de la Corraterie 9, 1204 Genève
        T +41 22 555 01 40
    """,
    "julien": """
        Julien Sarrasin
        Gestionnaire de fortune, Moyen-Orient & Afrique
        Banque Delarive & Cie SA
        T +41 22 555 01 47
    """,
}

DISC = {
    "SIN": """
        This e-mail is confidential and intended only for the addressee. If you are not the intended recipient, please notify the sender and delete it; any use or disclosure is prohibited. Delarive (Singapore) Ltd (UEN 201912345K) is regulated by the Monetary Authority of Singapore. We do not accept instructions by e-mail unless agreed in writing.
    """,
    "HKG": """
        This e-mail is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. Delarive Asia Limited is licensed by the Securities and Futures Commission (CE No. BXK123).
        本電郵所載資料屬機密，並可能受法律特權保護。如閣下誤收本電郵，請通知發件人並將之刪除。
    """,
    "HKG-SC": """
        This e-mail is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. Delarive Asia Limited is licensed by the Securities and Futures Commission (CE No. BXK123).
        本邮件所载信息属机密，并可能受法律特权保护。如您误收本邮件，请通知发件人并将其删除。
    """,
    "HKG-JP": """
        This e-mail is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. Delarive Asia Limited is licensed by the Securities and Futures Commission (CE No. BXK123).
        本メールは機密情報を含んでいる可能性があります。誤って受信された場合は、送信者にご連絡のうえ、本メールを削除してください。
    """,
    "HKG-KR": """
        This e-mail is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. Delarive Asia Limited is licensed by the Securities and Futures Commission (CE No. BXK123).
        본 메일은 기밀 정보를 포함할 수 있습니다. 잘못 수신하신 경우 발신자에게 알리고 즉시 삭제해 주시기 바랍니다.
    """,
    "DXB": """
        This e-mail is confidential and intended solely for the addressee. Delarive (DIFC) Limited is regulated by the Dubai Financial Services Authority. It does not accept instructions by e-mail unless agreed in writing.
        هذه الرسالة سرية ومخصصة للمرسل إليه فقط. إذا تلقيتها عن طريق الخطأ، يرجى إبلاغ المرسل وحذفها فوراً. شركة ديلاريف (مركز دبي المالي العالمي) المحدودة خاضعة لرقابة سلطة دبي للخدمات المالية.
    """,
    "GVA": """
        Ce message est confidentiel et destiné exclusivement à son destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire. / This message is confidential. If you received it in error, please notify the sender and delete it. Banque Delarive & Cie SA, Genève.
    """,
}


def _join(text, sig, disc):
    from case25 import lines

    return [*lines(text), "", *lines(SIG[sig]), "", *lines(DISC[disc])]


def msg(key, author, to, subject, when, text, sig, disc, **kw):
    blocks = [T(_join(text, sig, disc))]
    if kw.get("parent") is not None:
        blocks.append(Q)
    return M(key, author, to, subject, when, blocks, fam=kw.pop("fam", FIRM), **kw)


# --------------------------------------------------------------------------
# Singapore: South Asia desk (Priya) - periodic review
# --------------------------------------------------------------------------
def kyc_in(key, to, when, dear, amount, date_in):
    return msg(
        key,
        W.priya,
        [to],
        "Periodic review of your account - documents required by 19 March",
        when,
        f"""
        Dear {dear},

        I hope this finds you well. As part of the periodic review of your account with Delarive (Singapore) Ltd, we need a few documents and confirmations from you:

        1) A clear copy of your current passport (all pages with entries), self-attested.
        2) Proof of residential address dated within the last three months (utility bill or bank statement).
        3) Your tax residency for FY 2026-27: please confirm whether it is still India only.
        4) A short note on the source of the {amount} credited to your account on {date_in}.

        We would be grateful to have these by Friday, 19 March. If it is easier, I am happy to set up a call with you or your Chartered Accountant.

        Warm regards,
        Priya
        """,
        "priya",
        "SIN",
    )


# --------------------------------------------------------------------------
# Singapore: Southeast Asia (Daniel) - review slots, the Lim thread
# --------------------------------------------------------------------------
def slots_sg(key, to, when, dear, cc=()):
    return msg(
        key,
        W.daniel,
        [to],
        "Portfolio review - week of 15 March",
        when,
        f"""
        Dear {dear},

        Following our call last month, I would like to propose a portfolio review at our office at Collyer Quay. Would any of these slots work for you?

        - Tuesday 16 March, 10:00
        - Wednesday 17 March, 15:00
        - Thursday 18 March, 11:30

        It should take about an hour. Angeline will send a calendar invitation once you confirm.

        Best regards,
        Daniel
        """,
        "daniel",
        "SIN",
        cc=list(cc),
    )


LIM_SUBJECT = "Lim Family Office - proposed rebalancing of the USD portfolio"

lim1 = msg(
    "lim1",
    W.daniel,
    [W.meiling],
    LIM_SUBJECT,
    "2027-03-02 09:34",
    """
    Dear Mei Ling,

    As discussed with Mr Lim in February, please find attached our proposal to rebalance the USD portfolio of Lim Family Holdings Pte Ltd:

    - reduce US large-cap equities from 38% to 30%;
    - add USD 4 million of investment-grade bonds maturing 2030-2032 (average yield about 4.9%);
    - keep 8% in the USD money market fund for the capital call of the Lantern Peak fund in April.

    Could you let me know whether Mr Lim would like to go ahead, or whether he prefers to discuss it first?

    Best regards,
    Daniel
    """,
    "daniel",
    "SIN",
    cc=[W.kokwah],
)

lim2 = M(
    "lim2",
    W.meiling,
    [W.daniel],
    "RE: " + LIM_SUBJECT,
    "2027-03-03 14:12",
    [
        T("""
        Hi Daniel,

        Thanks. Mr Lim is fine with the equity reduction. For the bonds, he would rather keep the maturities to 2031 at the latest, and he asks whether we can include the government-linked issues you mentioned.

        Regards,
        Mei Ling

        Lim Mei Ling
        Chief Operating Officer
        Lim Family Office Pte Ltd
        """),
        Q,
    ],
    cc=[W.kokwah],
    parent=lim1,
    style=outlook("en", "en-GB"),
    fam={"fam": "exo", "region": "SEYPR06:apcprd06"},
)

lim3 = msg(
    "lim3",
    W.daniel,
    [W.meiling],
    "RE: " + LIM_SUBJECT,
    "2027-03-04 10:21",
    """
    Dear Mei Ling,

    Noted, thank you. We can cap the maturities at 2031; the average yield then drops to about 4.7%. I will add two government-linked issues (2029 and 2031) and send you the revised list with the order ticket tomorrow.

    Best regards,
    Daniel
    """,
    "daniel",
    "SIN",
    cc=[W.kokwah],
    parent=lim2,
    style=outlook("en", "en-GB"),
)

# --------------------------------------------------------------------------
# Singapore: the English newsletter, the dinner invitation, the auditors
# --------------------------------------------------------------------------
NEWS_EN = """
Delarive Asia Insights - March 2027

Dear {dear},

Three things we are watching this month:

1. Rates: we expect the US Federal Reserve to hold in March and to cut once before the summer. We keep a preference for quality bonds of 3 to 7 years.
2. China: the National People's Congress set a growth target of "around 4.5%". We stay selective in Chinese equities and favour dividend payers listed in Hong Kong.
3. India: earnings have surprised positively; valuations remain demanding. We stay neutral and add on weakness.

Our full Asia Outlook 2027 is available from your relationship manager.

You receive Delarive Asia Insights as a client of Delarive. To stop receiving it, reply to this e-mail with UNSUBSCRIBE in the subject or the text.
"""


def news_en(key, to, when, dear):
    return M(
        key,
        W.insights,
        [to],
        "Delarive Asia Insights - March 2027",
        when,
        [T(NEWS_EN.format(dear=dear) + "\n\n" + DISC["SIN"].strip("\n"))],
        fam=FIRM,
    )


def event_sg(key, to, when, dear):
    return msg(
        key,
        W.events,
        [to],
        "Invitation - Delarive Asia Outlook 2027 dinner, Thursday 18 March",
        when,
        f"""
        Dear {dear},

        Daniel Koh and the Delarive team would be delighted if you could join us for our Asia Outlook 2027 dinner:

        Thursday 18 March 2027, 7:00 pm
        The Marina Room, Collyer Quay, Singapore

        Our Chief Investment Officer, Marc-André Favre, will share the bank's views for the year ahead. Dress code: business attire.

        Kindly let us know by Friday 12 March whether you will attend, and whether you will be accompanied. Please also tell us about any dietary requirements.

        With kind regards,
        Delarive Events Asia
        """,
        "angeline",
        "SIN",
    )


audit = msg(
    "audit",
    W.angeline,
    [W.menon],
    "Bank confirmation - Lim Holdings Pte Ltd - FYE 31 December 2026",
    "2027-03-08 16:05",
    """
    Dear Ms Menon,

    Further to your request of 15 February, please find attached our bank confirmation for Lim Holdings Pte Ltd as at 31 December 2026, signed by two authorised signatories. The original will follow by courier.

    Please note that the confirmation covers the cash accounts and the credit facility only; securities held in custody are confirmed in a separate statement, which we can provide on request.

    Best regards,
    Angeline
    """,
    "angeline",
    "SIN",
)

# --------------------------------------------------------------------------
# Geneva
# --------------------------------------------------------------------------
trust = msg(
    "trust",
    W.helene,
    [W.chia],
    "Lim Family Trust - change of protector",
    "2027-03-09 11:40",
    """
    Dear Rachel,

    Thank you for your call this morning. As discussed, Mr Lim Kok Wah wishes to appoint his daughter, Ms Lim Mei Ling, as co-protector of the Lim Family Trust, alongside himself.

    For our records, could you please send us:
    - a certified copy of the deed of appointment, once executed;
    - the updated register of protectors;
    - confirmation that the trustee has no objection to the change.

    We will then update the account mandate in Geneva. Many thanks in advance.

    Kind regards,
    Hélène
    """,
    "helene",
    "GVA",
)

fiduc = msg(
    "fiduc",
    W.helene,
    [W.bovay],
    "Fondation Azur - procès-verbal du conseil et signatures",
    "2027-03-24 09:10",
    """
    Chère Madame Bovay,

    Pour finaliser la mise à jour du mandat de la Fondation Azur, il nous manque encore :

    1. le procès-verbal du conseil de fondation du 26 février 2027, signé ;
    2. la nouvelle liste des signatures autorisées (deux membres du conseil, signature collective à deux) ;
    3. une copie du passeport de M. Kamal Haddad, nouveau membre du conseil.

    Pourriez-vous nous les faire parvenir d'ici au 31 mars ?

    Avec mes meilleures salutations,
    Hélène Vuilleumier
    """,
    "helene",
    "GVA",
)


def point_fr(key, to, when, dear, cash, trip):
    return msg(
        key,
        W.julien,
        [to],
        "Votre portefeuille - point trimestriel",
        when,
        f"""
        {dear},

        Je reviens vers vous pour notre point trimestriel. Le portefeuille termine février en hausse de 2,3 % depuis le début de l'année (en USD), porté par les actions asiatiques et les obligations à court terme.

        Deux questions avant notre entretien :
        - souhaitez-vous conserver la poche en or (6 %) ou la réduire de moitié ?
        - faut-il prévoir des liquidités {cash} ?

        {trip}

        Bien cordialement,
        Julien
        """,
        "julien",
        "GVA",
    )


# --------------------------------------------------------------------------
# Hong Kong: China desk (Yiran, Simplified Chinese)
# --------------------------------------------------------------------------
def kyc_cn(key, to, when, dear, amount):
    return msg(
        key,
        W.yiran,
        [to],
        "关于贵账户年度资料更新的通知",
        when,
        f"""
        {dear}：

        您好！

        根据监管要求，我行需定期更新客户资料。烦请于3月19日前提供以下资料：

        1. 有效身份证件（身份证及护照）的清晰复印件；
        2. 最近三个月内的住址证明（如水电费账单或银行对账单）；
        3. 资金来源说明：请简述1月份汇入的约{amount}的来源；
        4. 税务居民身份声明（CRS自我证明表格，见附件）。

        如有任何疑问，欢迎随时与我联系。

        顺祝商祺！
        """,
        "yiran",
        "HKG-SC",
        fam=fam(content_lang="zh-CN"),
    )


NEWS_CN = """
德拉里夫亚洲投资洞察 | 2027年3月刊

尊敬的{dear}：

本月我们关注以下三点：

一、利率：预计美联储3月维持利率不变，夏季前降息一次。我们继续看好3至7年期的优质债券。
二、中国：全国人大将今年经济增长目标定为“4.5%左右”。我们对中国股票保持精选策略，偏好在香港上市的高股息公司。
三、日本：企业治理改革持续推进，我们维持对日本股票的超配。

如需完整的《2027年亚洲展望》，请联系您的客户经理。

您作为德拉里夫的客户收到本刊。如不希望继续收到，请直接回复“退订”。
"""


def news_cn(key, to, when, dear):
    return M(
        key,
        W.insights,
        [to],
        "德拉里夫亚洲投资洞察 | 2027年3月刊",
        when,
        [T(NEWS_CN.format(dear=dear) + "\n\n" + DISC["SIN"].strip("\n"))],
        fam=fam(content_lang="zh-CN"),
    )


# --------------------------------------------------------------------------
# Hong Kong: Greater China (Vivian), Taiwan & HK (Eric), client service
# --------------------------------------------------------------------------
def review_hk(key, to, when, dear):
    return msg(
        key,
        W.vivian,
        [to],
        "季度投資組合檢討會議 - 時間安排",
        when,
        f"""
        {dear}：

        您好！又到了我們每季的投資組合檢討。以下時段不知是否方便？

        - 3月16日（星期二）上午10時
        - 3月17日（星期三）下午3時
        - 3月18日（星期四）下午4時30分

        會議可在我們中環的辦公室或以視像形式進行。如以上時段均不合適，請告訴我其他時間。

        祝好！
        Vivian
        """,
        "vivian",
        "HKG",
        fam=fam(content_lang="zh-HK"),
    )


probate = msg(
    "probate",
    W.vivian,
    [W.kwok],
    "Estate of the late Mr Chan Tai Man - account ending 4471",
    "2027-03-03 15:20",
    """
    Dear Mr Kwok,

    Thank you for your letter of 24 February informing us of the passing of Mr Chan Tai Man. Please accept our condolences.

    To release the assets of the account ending 4471 to the estate, we will need:
    1. a certified copy of the Grant of Probate issued by the High Court of Hong Kong;
    2. certified copies of the executors' identity documents;
    3. the executors' joint instruction, signed by both executors, naming the receiving account.

    The account is restricted in the meantime; income continues to be credited. Please let me know if you would like us to provide a valuation as at the date of death.

    Yours sincerely,
    Vivian Leung
    """,
    "vivian",
    "HKG",
)

custody = msg(
    "custody",
    W.eric,
    [W.harbour],
    "Settlement failure - XS2871234567 - trade date 26 Feb 2027 - our ref DLA-0226-118",
    "2027-03-02 11:05",
    """
    Dear Harbourline Client Service team,

    Our sale of USD 1,500,000 nominal of XS2871234567 (trade date 26 February, settlement date 2 March, counterparty Brightwater Securities) failed to settle this morning. Our account with you is 300-118842-01.

    Could you please let us know:
    1. the reason for the failure as reported by the CSD;
    2. whether the counterparty has re-matched the instruction;
    3. the new expected settlement date.

    Many thanks,
    Eric
    """,
    "eric",
    "HKG",
)

kwanfo = msg(
    "kwanfo",
    W.vivian,
    [W.winnie],
    "Kwan Family Office - consolidated reporting Q4 2026",
    "2027-03-08 10:30",
    """
    Dear Winnie,

    As promised, our consolidated report for Q4 2026 is now available on the portal. Before we finalise the annual version for your auditors, could you confirm:

    a) whether the private equity commitments (Harbour Gate Fund III and Eastbridge Ventures II) should be shown at the latest NAV or at cost;
    b) the FX rate you would like us to use for the HKD reporting currency (our default is the 4 pm London fix).

    Best regards,
    Vivian
    """,
    "vivian",
    "HKG",
)


def note_tw(key, to, when, dear):
    return msg(
        key,
        W.eric,
        [to],
        "結構型商品到期通知及再投資選項",
        when,
        f"""
        {dear}您好：

        您持有的美元計價結構型商品（產品代號 DLA-SN-2403）將於2027年3月25日到期，本金約美元80萬元。

        想請教您以下幾點：
        1. 到期款項是否轉入您的美元活期帳戶？
        2. 是否考慮再投資於類似的保本型商品（目前年化收益約4.1%）？
        3. 是否需要部分兌換為新台幣並匯回台灣？

        煩請於3月19日前回覆，謝謝！

        Eric 曾浩賢 敬上
        """,
        "eric",
        "HKG",
        fam=fam(content_lang="zh-TW"),
    )


# --------------------------------------------------------------------------
# Hong Kong: Japan desk (Takumi), Korea desk (Seo-yeon)
# --------------------------------------------------------------------------
def bond_jp(key, to, when, dear):
    return msg(
        key,
        W.takumi,
        [to],
        "円建て社債ラダーのご提案について",
        when,
        f"""
        {dear}

        いつも大変お世話になっております。デラリーブ・アジアの新井でございます。

        先日お話しいたしました円建て社債ラダーにつきまして、ご提案資料を添付いたします。
        お手数をおかけいたしますが、以下の点についてご意向をお聞かせいただけますでしょうか。

        1. 投資金額（5億円程度とお伺いしております）
        2. 満期の分散（3年・5年・7年の3本立てでよろしいでしょうか）
        3. 発行体の格付け（A格以上に限定されますか）

        3月12日（金）までにご返信いただけますと幸いです。

        何卒よろしくお願い申し上げます。
        """,
        "takumi",
        "HKG-JP",
        fam=fam(content_lang="ja-JP"),
    )


tax_jp = msg(
    "tax_jp",
    W.takumi,
    [W.nakamura],
    "国外財産調書用の残高証明書について（佐藤様ご依頼分）",
    "2027-03-01 10:40",
    """
    中村先生

    いつもお世話になっております。デラリーブ・アジアの新井です。

    佐藤様よりご依頼のありました、2026年12月31日時点の残高証明書（英文・円換算額付き）を本日発行いたしました。
    原本は本日EMSにて先生の事務所宛てに発送いたします。

    なお、円換算には12月30日の公表仲値ではなく、弊行の基準レート（TTM）を使用しております。
    申告上、公示仲値での再計算が必要な場合はお知らせください。

    引き続きよろしくお願いいたします。
    """,
    "takumi",
    "HKG-JP",
    fam=fam(content_lang="ja-JP"),
)


NEWS_JP = """
【日本デスク・マーケットレター 3月号】

{dear}

いつもお世話になっております。デラリーブ・アジア日本デスクの新井でございます。

今月のポイントは以下の通りです。
・日銀の追加利上げ観測と円相場の見通し
・アジア高配当株の投資機会
・米国債の利回り水準と円建てヘッジコスト

詳細は添付のPDFをご覧ください。

※本メールは、弊行とお取引のあるお客様にお送りしております。今後の配信を希望されない場合は、お手数ですがその旨ご返信ください。
"""


def news_jp(key, to, when, dear):
    return M(
        key,
        W.takumi,
        [to],
        "【日本デスク】マーケットレター 3月号",
        when,
        [T([*lines_of(NEWS_JP.format(dear=dear)), "", *lines_of(SIG["takumi"]), "", *lines_of(DISC["HKG-JP"])])],
        fam=fam(content_lang="ja-JP"),
    )


def update_kr(key, to, when, dear):
    return msg(
        key,
        W.seoyeon,
        [to],
        "고객정보 정기 갱신 요청",
        when,
        f"""
        {dear}께,

        안녕하십니까. 델라리브 아시아 코리아 데스크의 한서연입니다.

        정기 고객정보 갱신을 위해 아래 서류를 3월 19일까지 보내 주시면 감사하겠습니다.

        1. 여권 사본 (유효기간 확인 가능하도록)
        2. 최근 3개월 이내 주소 증빙 (주민등록등본 영문 또는 공과금 고지서)
        3. 해외금융계좌 신고 여부 확인 (2026년 귀속분)
        4. 연락처 변경 사항이 있으면 알려 주십시오.

        궁금하신 점은 언제든지 연락 주십시오.

        감사합니다.
        """,
        "seoyeon",
        "HKG-KR",
        fam=fam(content_lang="ko-KR"),
    )


# --------------------------------------------------------------------------
# Dubai: GCC desk (Omar), South Asia & GCC (Farah)
# --------------------------------------------------------------------------
sukuk = msg(
    "sukuk",
    W.omar,
    [W.khalid],
    "Sukuk allocation - confirmation needed by Wednesday",
    "2027-03-01 11:15",
    """
    Dear Khalid,

    Ramadan Kareem to you and the family.

    The new 5-year sukuk of Emirates Meridian Bank (profit rate indicated at 5.10%) opens for orders on Wednesday 3 March. Based on our discussion, I have pencilled in AED 5 million for the Al Mansoori Investments account.

    Could you confirm the amount by Wednesday noon, Dubai time? Settlement would be on 10 March from the AED current account.

    Best regards,
    Omar
    """,
    "omar",
    "DXB",
)

lombard = msg(
    "lombard",
    W.farah,
    [W.pillai],
    "Renewal of your credit facility - expiring 31 March 2027",
    "2027-03-02 13:25",
    """
    Dear Mr Pillai,

    Your Lombard credit facility of USD 2,000,000 expires on 31 March 2027. We are pleased to offer a renewal for twelve months on the same terms (SOFR + 1.25%, loan-to-value limits unchanged).

    To proceed, please sign and return the enclosed renewal letter. If you would like to change the amount or the currency of the facility, let me know and I will revert with revised terms.

    Kind regards,
    Farah
    """,
    "farah",
    "DXB",
)

RAMADAN = """
Dear {dear},

Ramadan Kareem from all of us at Delarive (DIFC).

In this month's GCC note we look at the new sukuk issuance wave, the outlook for Gulf banks as rates come down, and what the oil market means for regional equities. The full note is attached.

Our office hours during Ramadan are 9:00 am to 3:00 pm, Monday to Friday.

You receive this note as a client of Delarive (DIFC) Limited. If you prefer not to receive it, reply STOP.
"""


def ramadan(key, to, when, dear):
    return M(
        key,
        W.omar,
        [to],
        "Ramadan Kareem - our GCC note for March",
        when,
        [
            T(
                [
                    *lines_of(RAMADAN.format(dear=dear)),
                    "",
                    "Omar Haddad",
                    "Delarive (DIFC) Limited",
                    "",
                    *lines_of(DISC["DXB"]),
                ]
            )
        ],
        fam=FIRM,
    )


def lines_of(s):
    from case25 import lines

    return lines(s)


kyc_sa = msg(
    "kyc_sa",
    W.omar,
    [W.qahtani],
    "تحديث بيانات العميل - حساب مجموعة القحطاني",
    "2027-02-24 10:05",
    """
    الأستاذ عبدالرحمن القحطاني المحترم،

    السلام عليكم ورحمة الله وبركاته،

    ضمن المراجعة الدورية لبيانات العملاء، نرجو التكرم بتزويدنا بما يلي قبل نهاية شهر مارس:

    1. صورة سارية من الهوية الوطنية وجواز السفر.
    2. صورة من السجل التجاري لمجموعة القحطاني بعد التجديد.
    3. تأكيد المستفيدين الحقيقيين من الحساب.

    وتفضلوا بقبول فائق الاحترام والتقدير،
    عمر حداد
    """,
    "omar",
    "DXB",
    fam=fam(content_lang="ar-AE"),
)

rashid = msg(
    "rashid",
    W.omar,
    [W.faisal],
    "Rashid Family Office - Q1 rebalancing proposal",
    "2027-03-03 12:40",
    """
    Dear Faisal,

    Please find attached our proposal for the Q1 rebalancing of the family portfolio. In short, we suggest taking profits on US technology (about USD 6 million) and adding to Saudi and UAE sukuk, in line with the family's wish to reduce volatility.

    Could we have a call on Sunday or Monday to go through it? I can also come to Riyadh after Eid if you prefer to meet.

    Best regards,
    Omar
    """,
    "omar",
    "DXB",
)
