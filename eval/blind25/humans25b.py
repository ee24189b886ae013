"""Human replies in Chinese (mainland China in Simplified characters; Taiwan and Hong Kong in Traditional) for
blind25: QQ Mail, NetEase 163/126 webmail and Mail Master, Foxmail, Outlook on 21Vianet, Alibaba Mail, Lark, WeCom
Mail, Sina, iOS Mail, Gmail and Outlook (zh-TW)."""

import firm25 as F
import people25 as W
from case25 import (
    DEV,
    M,
    Q,
    T,
    alimail_style,
    flat,
    foxmail_style,
    gmail,
    human,
    ios,
    lark_style,
    mailmaster_style,
    netease_web,
    outlook,
    qq_style,
    sina_style,
)
from fams25 import APPLE, GMAIL, OUT, PLAIN, QQ


def gbk(fam, **kw):
    return PLAIN(fam, "GBK", "base64", ctp="text/plain; charset=GBK", cth="text/html; charset=GBK", **kw)


# --------------------------------------------------------------------------
# mainland China: the China desk's annual update (Yiran)
# --------------------------------------------------------------------------
def zhou_qq():
    f = F.kyc_cn("kyc_zhou", W.zhou, "2027-03-01 10:30", "周先生", "800万美元")
    m = M(
        "zhou",
        W.zhou,
        [W.yiran],
        "回复：" + f.subject,
        "2027-03-02 20:15",
        [
            T("""
            沈小姐：

            您好！资料收到。身份证和护照的复印件我明天让秘书扫描发给你，住址证明用2月份的电费单可以吗？

            1月份那笔钱是我卖掉上海一套房子的房款，买卖合同和完税证明都有，需要的话一起发过去。

            CRS表格我已经签好，这两天寄出。

            周建国
            """),
            Q,
        ],
        parent=f,
        style=flat(qq_style, lead=3, after=1),
        fam=QQ(),
        client="qq_mail",
    )
    return human("zhou-qq", m, "zh")


def li_163_inline():
    f = F.kyc_cn("kyc_li", W.liwj, "2027-03-01 10:35", "李女士", "300万美元")
    m = M(
        "liwj",
        W.liwj,
        [W.yiran],
        "Re:" + f.subject,
        "2027-03-03 09:20",
        [
            T("""
            沈经理您好：

            资料情况如下，请见下方红字回复。

            李文静
            """),
            Q,
        ],
        parent=f,
        style=netease_web(),
        answers=[
            ("1. 有效身份证件", ["答：已附上身份证正反面及护照首页。"]),
            ("2. 最近三个月内", ["答：附上2月份的燃气费账单，地址与开户时一致。"]),
            ("3. 资金来源说明", ["答：是我先生公司的分红（杭州鼎越科技有限公司2026年度分红），董事会决议稍后补寄。"]),
            ("4. 税务居民身份声明", ["答：表格已填好签字，扫描件见附件。"]),
        ],
        fam=gbk(
            "netease",
            color="#FF0000",
            attach=[
                {"name": "身份证正反面.jpg", "ct": "image/jpeg", "cs": "GBK"},
                {"name": "燃气费账单2月.jpg", "ct": "image/jpeg", "cs": "GBK"},
            ],
        ),
        client="netease_163",
    )
    return human("li-163-inline", m, "zh", sent=f)


def wang_foxmail():
    f = F.kyc_cn("kyc_wang", W.wang, "2027-03-01 10:40", "王总", "500万美元")
    m = M(
        "wang",
        W.wang,
        [W.yiran],
        "回复: " + f.subject,
        "2027-03-04 16:05",
        [
            T("""
            沈总，你好：

            资料我已经让财务在准备了，本周五之前发给你。资金来源是我们公司一部分股权的转让款，转让协议可以提供。

            另外，我下个月去香港，到时候当面签CRS表格可以吗？

            谢谢！



            2027-03-04



            wanght@haitao-trading.example
            """),
            Q,
        ],
        parent=f,
        style=flat(foxmail_style, lead=2, after=0),
        fam=PLAIN(
            "foxmail",
            "GB2312",
            "base64",
            ctp='text/plain;\r\n\tcharset="GB2312"',
            cth='text/html;\r\n\tcharset="GB2312"',
        ),
        client="foxmail",
    )
    return human("wang-foxmail-signature", m, "zh")


def chen_outlook_21v():
    f = F.kyc_cn("kyc_chen", W.chen, "2027-03-01 10:45", "陈总", "1,200万美元")
    chop = "image001.png@01DB8E4A.6C2B1F30"
    m = M(
        "chen",
        W.chen,
        [W.yiran],
        "答复: " + f.subject,
        "2027-03-05 11:30",
        [
            T(f"""
            沈小姐，您好！

            感谢提醒。相关资料已由我司财务部整理，详见附件：
            1、身份证及护照复印件；
            2、住址证明（2027年2月物业费账单）；
            3、资金来源说明：系恒通集团2026年度股东分红，附董事会决议及完税凭证；
            4、CRS自我证明表格已签署。

            如有问题，请与我的助理张婷联系（电话 +86 755 5550 0128）。

            此致
            敬礼！

            陈志远 Chen Zhiyuan
            首席财务官 | Chief Financial Officer
            深圳恒通集团有限公司 | Shenzhen Hengtong Group Co., Ltd.
            电话 Tel: +86 755 5550 0120 | 微信 WeChat: chenzy_hengtong
            [cid:{chop}]

            本邮件及其附件含有恒通集团的保密信息，仅限于发送给上述地址中列出的个人或机构。禁止任何其他人以任何形式使用本邮件中的信息。
            This e-mail and its attachments contain confidential information from Hengtong Group, intended only for the individual or entity named above. Any other use of the information is prohibited.
            """),
            Q,
        ],
        parent=f,
        style=outlook("zh-CN", "zh-CN"),
        fam=OUT(
            "SH0PR01:CHNPR01",
            cs="gb2312",
            cte="base64",
            lang="zh-CN",
            chop=chop,
            lang_attr="ZH-CN",
            attach=[
                {"name": "身份证及护照复印件.pdf", "cs": "gb2312"},
                {"name": "董事会决议及完税凭证.pdf", "cs": "gb2312"},
            ],
        ),
        client="outlook",
    )
    return human("chen-outlook-21vianet-chop", m, "zh")


def sun_mailmaster():
    f = F.kyc_cn("kyc_sun", W.sunli, "2027-03-01 10:50", "孙女士", "150万美元")
    m = M(
        "sun",
        W.sunli,
        [W.yiran],
        "回复：" + f.subject,
        "2027-03-03 12:48",
        [T("沈经理好，材料周末整理好发你。住址证明用信用卡账单可以吗？"), DEV("发自网易邮箱大师"), Q],
        parent=f,
        style=flat(mailmaster_style, lead=1, after=0),
        fam=PLAIN("mailmaster", "UTF-8", "base64"),
        client="netease_mailmaster",
    )
    return human("sun-mailmaster-table", m, "zh")


def liu_alimail():
    f = F.kyc_cn("kyc_liu", W.liuyang, "2027-03-01 11:00", "刘总", "260万美元")
    m = M(
        "liu",
        W.liuyang,
        [W.yiran],
        "回复：" + f.subject,
        "2027-03-08 14:36",
        [
            T("""
            沈经理：

            您好！附件为本人身份证、护照及住址证明的扫描件，请查收。资金来源说明由我司财务总监另行发送。

            CRS表格中“税务居民国家”一栏，我是否只需要填写中国？请指教。

            刘洋
            金丰科技 董事长
            """),
            Q,
        ],
        parent=f,
        style=flat(alimail_style, lead=1, after=1),
        fam=PLAIN("alimail", "UTF-8", "base64", attach=[{"name": "身份证及护照扫描件.pdf", "style": "rfc2231"}]),
        client="alimail",
    )
    return human("liu-alimail", m, "zh")


def huang_lark():
    f = F.news_cn("news_huang", W.huang, "2027-03-05 08:30", "黄先生")
    m = M(
        "huang",
        W.huang,
        [W.insights],
        "回复：" + f.subject,
        "2027-03-08 09:41",
        [
            T("""
            你好，

            3月刊里提到的香港高股息股票，有没有具体的名单？我想在下周的投资委员会上讨论一下。

            谢谢
            黄晓东
            星河资本
            """),
            DEV("Sent from Lark"),
            Q,
        ],
        parent=f,
        style=lark_style(),
        fam=PLAIN("lark", "UTF-8", "base64"),
        client="lark",
    )
    return human("huang-lark", m, "zh")


def wu_wecom_unmarked():
    f = F.kyc_cn("kyc_wu", W.wujy, "2027-03-01 11:05", "吴女士", "420万美元")
    m = M(
        "wu",
        W.wujy,
        [W.yiran],
        "回复：" + f.subject,
        "2027-03-09 17:02",
        [
            T("""
            沈经理，您好！

            按您邮件中的顺序回复如下，请查收。

            吴静怡
            瑞丰控股 财务部
            """),
            Q,
        ],
        parent=f,
        style=flat(qq_style, lead=1, after=1),
        answers=[
            ("1. 有效身份证件", ["身份证和护照已扫描，见附件。"]),
            ("2. 最近三个月内", ["用的是1月份的银行信用卡对账单，地址已更新为现住址。"]),
            ("3. 资金来源说明", ["是我个人持有的瑞丰控股股份减持所得，相关公告和交割单附后。"]),
            ("4. 税务居民身份声明", ["已签署，原件已快递寄出，单号 7712 3456 0098。"]),
        ],
        fam=QQ(fam="wecom", color="#FF0000"),
        client="wecom_mail",
    )
    return human("wu-wecom-unmarked", m, "zh", sent=f)


def zhao_iphone():
    f = F.kyc_cn("kyc_zhao", W.zhaolei, "2027-03-01 10:55", "赵先生", "200万美元")
    m = M(
        "zhao",
        W.zhaolei,
        [W.yiran],
        "回复：" + f.subject,
        "2027-03-04 21:30",
        [T("好的，下周一把资料发给你。谢谢！"), DEV("发自我的iPhone"), Q],
        parent=f,
        style=ios("zh-CN"),
        fam=APPLE(cte="base64"),
        client="ios_mail",
    )
    return human("zhao-iphone-zh", m, "zh")


def qian_gmail():
    f = F.kyc_cn("kyc_qian", W.qian, "2027-03-01 11:00", "钱先生", "350万美元")
    m = M(
        "qian",
        W.qian,
        [W.yiran],
        "Re: " + f.subject,
        "2027-03-02 13:17",
        [
            T("""
            沈经理：

            你好。我这周在外地出差，下周回上海后整理好资料发给你。资金来源部分我会请会计师出一份说明。

            钱思远
            """),
            Q,
        ],
        parent=f,
        style=gmail("zh-CN"),
        fam=GMAIL(cte="base64"),
        client="gmail",
    )
    return human("qian-gmail-zh", m, "zh")


def zheng_tuiding():
    f = F.news_cn("news_zheng", W.zheng, "2027-03-05 08:30", "郑先生")
    m = M(
        "zheng",
        W.zheng,
        [W.insights],
        "Re:" + f.subject,
        "2027-03-05 10:02",
        [T("退订"), Q],
        parent=f,
        style=netease_web(),
        fam=gbk("netease"),
        client="netease_126",
    )
    return human("zheng-tuiding", m, "zh", opt_out=True)


def feng_keep():
    f = F.news_cn("news_feng", W.feng, "2027-03-05 08:30", "冯女士")
    m = M(
        "feng",
        W.feng,
        [W.insights],
        "回复：" + f.subject,
        "2027-03-09 15:44",
        [
            T("""
            你好，

            我从来没有要求退订，但是2月份那期没有收到，是不是系统把我删掉了？请继续发给我，谢谢。

            冯雪
            """),
            Q,
        ],
        parent=f,
        style=flat(sina_style, lead=2, after=1),
        fam=gbk("sina"),
        client="sina_mail",
    )
    return human("feng-not-unsubscribed", m, "zh")


# --------------------------------------------------------------------------
# Taiwan and Hong Kong (Traditional characters)
# --------------------------------------------------------------------------
def lin_outlook_big5():
    f = F.note_tw("note_lin", W.lincm, "2027-03-08 10:00", "林董")
    m = M(
        "lin",
        W.lincm,
        [W.eric],
        "回覆: " + f.subject,
        "2027-03-09 15:20",
        [
            T("""
            Eric 您好：

            1. 到期款項請先轉入美元活期帳戶。
            2. 再投資的部分，請提供兩到三檔類似商品的條件比較，我再決定。
            3. 暫時不需要兌換新台幣。

            謝謝！

            林志明
            信益工業股份有限公司 董事長
            Tel: +886 2 5550 0139
            """),
            Q,
        ],
        parent=f,
        style=outlook("zh-TW", "zh-TW"),
        fam=OUT("KL1PR06:apcprd06", cs="big5", cte="base64", lang="zh-TW", lang_attr="ZH-TW"),
        client="outlook",
    )
    return human("lin-outlook-big5", m, "zh")


def chang_red_arrows():
    f = F.note_tw("note_chang", W.changsf, "2027-03-08 10:05", "張小姐")
    m = M(
        "chang",
        W.changsf,
        [W.eric],
        "回覆: " + f.subject,
        "2027-03-10 11:45",
        [
            T("""
            Eric 您好，

            回覆如下（紅字部分），請參考。

            淑芬
            """),
            Q,
        ],
        parent=f,
        style=outlook("zh-TW", "zh-TW"),
        answers=[
            ("1. 到期款項", ["→ 是，請轉入美元活存。"]),
            ("2. 是否考慮再投資", ["→ 先不要，等四月再說。"]),
            ("3. 是否需要部分兌換", ["→ 請兌換美元20萬元為新台幣，匯回我在台灣的新台幣帳戶（帳號同前）。"]),
        ],
        fam=OUT("KL1PR06:apcprd06", cs="big5", cte="base64", lang="zh-TW", lang_attr="ZH-TW", color="#FF0000"),
        client="outlook",
    )
    return human("chang-outlook-red-arrows", m, "zh", sent=f)


def chan_gmail_hk():
    f = F.review_hk("review_chan", W.chanmy, "2027-03-02 11:00", "陳太")
    m = M(
        "chanmy",
        W.chanmy,
        [W.vivian],
        "Re: " + f.subject,
        "2027-03-03 09:36",
        [
            T("""
            Vivian你好，

            17號（星期三）下午3點可以，我會帶埋個仔一齊嚟，佢想了解下美元債券。

            Thanks!
            Mei Yee
            """),
            Q,
        ],
        parent=f,
        style=gmail("zh-TW"),
        fam=GMAIL(cte="base64"),
        client="gmail",
    )
    return human("chan-gmail-cantonese", m, "zh")


def ho_iphone_hk():
    f = F.review_hk("review_ho", W.ho, "2027-03-02 11:05", "何先生")
    m = M(
        "ho",
        W.ho,
        [W.vivian],
        "回覆： " + f.subject,
        "2027-03-02 19:52",
        [T("16號上午10點OK，視像會議就可以。"), DEV("從我的 iPhone 傳送"), Q],
        parent=f,
        style=ios("zh-TW"),
        fam=APPLE(cte="base64"),
        client="ios_mail",
    )
    return human("ho-iphone-zh-hant", m, "zh")


def huangjh_no_promos():
    f = F.note_tw("note_huangjh", W.huangjh, "2027-03-08 10:10", "黃先生")
    m = M(
        "huangjh",
        W.huangjh,
        [W.eric],
        "Re: " + f.subject,
        "2027-03-11 22:05",
        [
            T("""
            曾先生您好：

            到期款項請直接轉回我的美元帳戶即可，不再投資。
            另外，以後請不要再寄任何產品推介或投資建議給我，有需要我會自己聯絡你們。謝謝。

            黃建宏
            """),
            Q,
        ],
        parent=f,
        style=gmail("zh-TW"),
        fam=GMAIL(cte="base64"),
        client="gmail",
    )
    return human("huangjh-no-more-promotions", m, "zh", opt_out=True)


N = [
    zhou_qq,
    li_163_inline,
    wang_foxmail,
    chen_outlook_21v,
    sun_mailmaster,
    liu_alimail,
    huang_lark,
    wu_wecom_unmarked,
    zhao_iphone,
    qian_gmail,
    zheng_tuiding,
    feng_keep,
    lin_outlook_big5,
    chang_red_arrows,
    chan_gmail_hk,
    ho_iphone_hk,
    huangjh_no_promos,
]
