"""Human replies in Japanese and Korean for blind25: Outlook (Exchange Online and IMAP), Outlook for Mac, Yahoo!
JAPAN webmail, Becky!, iOS Mail (ISO-2022-JP and UTF-8), Gmail, Naver (HTML only and app), Daum."""

import firm25 as F
import people25 as W
from case25 import (
    DEV,
    M,
    Q,
    T,
    becky,
    daum_style,
    flat,
    gmail,
    human,
    ios,
    naver_style,
    outlook,
    yahoojp,
)
from fams25 import APPLE, GMAIL, OUT, PLAIN


def jis(fam, html="none", **kw):
    return PLAIN(
        fam,
        "ISO-2022-JP",
        "7bit",
        html=html,
        ctp='text/plain; charset="ISO-2022-JP"',
        cth='text/html; charset="ISO-2022-JP"',
        **kw,
    )


# --------------------------------------------------------------------------
# Japan (Takumi's yen bond ladder, the tax accountant, the market letter)
# --------------------------------------------------------------------------
def sato_outlook():
    f = F.bond_jp("bond_sato", W.sato, "2027-03-02 10:30", "佐藤様")
    m = M(
        "sato",
        W.sato,
        [W.takumi],
        "RE: " + f.subject,
        "2027-03-03 14:20",
        [
            T("""
            新井様

            いつもお世話になっております。佐藤興産の佐藤です。

            ご提案資料を拝見いたしました。
            投資金額は5億円で問題ございません。満期については、3年・5年・7年の3本立てで結構です。
            格付けはA格以上でお願いいたします。

            詳細は来週のお電話の際にご相談させてください。

            よろしくお願いいたします。

            ━━━━━━━━━━━━━━━━━━━━━━
            佐藤興産株式会社
            代表取締役　佐藤 健一
            〒100-0005 東京都千代田区丸の内1-8-2
            TEL：03-5550-0141　FAX：03-5550-0142
            ━━━━━━━━━━━━━━━━━━━━━━
            """),
            Q,
        ],
        parent=f,
        style=outlook("ja", "ja"),
        fam=OUT(
            "TYCPR01:jpnprd01",
            cs="iso-2022-jp",
            cte="7bit",
            lang="ja-JP",
            hcs="iso-2022-jp",
            html_cs="iso-2022-jp",
            html_cte="quoted-printable",
            lang_attr="JA",
        ),
        client="outlook",
    )
    return human("sato-outlook-jis", m, "ja")


def yamada_yahoo_inline():
    f = F.bond_jp("bond_yamada", W.yamada, "2027-03-02 10:35", "山田様")
    m = M(
        "yamada",
        W.yamada,
        [W.takumi],
        "Re: " + f.subject,
        "2027-03-04 09:10",
        [
            T("""
            新井様

            お世話になります。山田です。
            ご質問の件、以下の通り回答いたします。
            """),
            Q,
        ],
        parent=f,
        style=yahoojp(),
        answers=[
            ("1. 投資金額", ["", "2億円でお願いします。残りは当面預金のままにしておきます。", ""]),
            ("2. 満期の分散", ["", "3年と5年の2本にしてください。7年は長すぎます。", ""]),
            ("3. 発行体の格付け", ["", "はい、A格以上でお願いします。", ""]),
        ],
        fam=jis("yahoojp"),
        client="yahoo_japan",
    )
    return human("yamada-yahoo-inline", m, "ja", sent=f)


def suzuki_iphone():
    f = F.bond_jp("bond_suzuki", W.suzuki, "2027-03-02 10:40", "鈴木様")
    m = M(
        "suzuki",
        W.suzuki,
        [W.takumi],
        "Re: " + f.subject,
        "2027-03-05 12:10",
        [
            T("""
            新井様

            ご連絡ありがとうございます。
            来週主人と相談してから、改めてお返事いたします。

            鈴木
            """),
            DEV("iPhoneから送信"),
            Q,
        ],
        parent=f,
        style=ios("ja", bom=False),
        fam=APPLE(cs="iso-2022-jp", cte="7bit", hcs="iso-2022-jp"),
        client="ios_mail",
    )
    return human("suzuki-iphone-jis", m, "ja")


def nakamura_becky():
    f = F.tax_jp
    m = M(
        "nakamura",
        W.nakamura,
        [W.takumi],
        "Re: " + f.subject,
        "2027-03-02 17:30",
        [
            T("""
            新井様

            中村税理士事務所の中村です。
            いつもお世話になっております。
            """),
            Q,
            T("""

            以上、よろしくお願いいたします。

            --
            中村 誠（税理士）
            中村税理士事務所
            〒150-0002 東京都渋谷区渋谷2-15-1
            TEL 03-5550-0153
            """),
        ],
        parent=f,
        keep=[("佐藤様よりご依頼", "原本は本日EMS"), ("申告上、公示仲値", "申告上、公示仲値")],
        style=becky(),
        answers=[
            ("原本は本日EMS", ["", "ありがとうございます。到着しましたら内容を確認いたします。", ""]),
            (
                "申告上、公示仲値",
                [
                    "",
                    "国外財産調書は12月31日の外国為替の売買相場（TTB）又はこれに準ずる相場で換算しますので、",
                    "お手数ですが、12月30日のTTBによる円換算額も併記いただけますでしょうか。",
                ],
            ),
        ],
        fam=jis("becky"),
        client="becky",
    )
    return human("nakamura-becky-inline", m, "ja", sent=f)


def kobayashi_gmail():
    f = F.bond_jp("bond_kobayashi", W.kobayashi, "2027-03-02 10:45", "小林様")
    m = M(
        "kobayashi",
        W.kobayashi,
        [W.takumi],
        "Re: " + f.subject,
        "2027-03-08 08:50",
        [
            T("""
            新井さん

            ご提案ありがとうございます。
            金額は3億円、満期は5年と7年の2本でお願いします。格付けはBBB+以上でも構いません。
            利回りの目安を教えていただけますか。

            小林
            """),
            Q,
        ],
        parent=f,
        style=gmail("ja"),
        fam=GMAIL(cte="base64"),
        client="gmail",
    )
    return human("kobayashi-gmail-ja", m, "ja")


def kimura_above_forward():
    f = F.bond_jp("bond_takahashi", W.takahashi, "2027-03-02 10:55", "高橋様")
    fw = M(
        "takahashi_fwd",
        W.takahashi,
        [W.kimura],
        "FW: " + f.subject,
        "2027-03-03 09:05",
        [
            T("""
            木村さん

            新井さんからの社債の件です。ご確認のうえ、新井さんに直接ご回答ください。
            金額は3億円までで考えています。

            高橋
            """),
            Q,
        ],
        parent=f,
        style=outlook("ja", "ja", mac=True),
        fwd=True,
        fam=OUT("TYCPR01:jpnprd01", fam="outlook_mac", cs="iso-2022-jp", cte="7bit", lang="ja-JP"),
        client="outlook_mac",
    )
    m = M(
        "kimura",
        W.kimura,
        [W.takumi],
        "RE: FW: " + f.subject,
        "2027-03-04 16:40",
        [
            T("""
            新井様

            いつもお世話になっております。
            高橋ホールディングス財務部の木村でございます。高橋より本件を引き継ぎました。

            ご質問の件、以下の通り回答申し上げます。
            1. 投資金額：3億円でお願いいたします。
            2. 満期：3年・5年・7年の3本立てで結構です。
            3. 格付け：A−格以上でお願いいたします。

            なお、購入資金は3月17日に円口座へ入金予定です。

            何卒よろしくお願い申し上げます。

            ────────────────
            高橋ホールディングス株式会社
            財務部長　木村 大輔
            TEL：03-5550-0168
            ────────────────
            """),
            Q,
        ],
        cc=[W.takahashi],
        parent=fw,
        style=outlook("ja", "ja"),
        fam=OUT(
            "TYCPR01:jpnprd01",
            cs="iso-2022-jp",
            cte="7bit",
            lang="ja-JP",
            hcs="iso-2022-jp",
            html_cs="shift_jis",
            html_cte="quoted-printable",
            lang_attr="JA",
        ),
        client="outlook",
    )
    return human("kimura-above-mac-forward", m, "ja")


def ito_stop():
    f = F.news_jp("news_ito", W.ito, "2027-03-02 10:50", "伊藤様")

    def hdr(m, dt):
        p = m.parent
        return [
            ("-----Original Message-----", "sep"),
            (f"From: {p.author.name} <{p.author.email}>", "hdr"),
            (f"Sent: {dt.year}年{dt.month}月{dt.day}日 {dt.hour}:{dt.minute:02d}", "hdr"),
            (f"To: {W.ito.name} <{W.ito.email}>", "hdr"),
            (f"Subject: {p.subject}", "hdr"),
        ]

    m = M(
        "ito",
        W.ito,
        [W.takumi],
        "RE: " + f.subject,
        "2027-03-03 10:22",
        [
            T("""
            新井様

            お世話になっております。伊藤商事の伊藤です。

            大変恐縮ですが、今後はマーケットレター等のご案内メールは不要ですので、配信を停止していただけますでしょうか。
            口座の件でのご連絡は、引き続きこちらのアドレスで問題ございません。

            よろしくお願いいたします。

            伊藤 隆
            伊藤商事株式会社
            """),
            Q,
        ],
        parent=f,
        style=flat(hdr, lead=1, after=0),
        fam=PLAIN(
            "outlook_smtp",
            "iso-2022-jp",
            "7bit",
            html="none",
            ctp='text/plain;\r\n\tcharset="iso-2022-jp"',
            hcs="iso-2022-jp",
            content_lang="ja",
            x_orig_ip=False,
        ),
        client="outlook",
    )
    return human("ito-stop-market-letter", m, "ja", opt_out=True)


# --------------------------------------------------------------------------
# Korea (Seo-yeon's periodic update)
# --------------------------------------------------------------------------
def park_naver_html():
    f = F.update_kr("upd_park", W.park, "2027-03-02 10:00", "박지훈 고객님")
    m = M(
        "park",
        W.park,
        [W.seoyeon],
        "RE: " + f.subject,
        "2027-03-03 13:25",
        [
            T("""
            한서연 부사장님, 안녕하세요.

            요청하신 서류는 이번 주 금요일까지 스캔해서 보내드리겠습니다.
            해외금융계좌 신고는 2026년 귀속분도 6월에 세무사를 통해 할 예정입니다.

            박지훈 드림
            """),
            Q,
        ],
        parent=f,
        style=flat(naver_style, lead=2, after=1),
        fam=PLAIN("naver", "utf-8", "base64", html="only", cth='text/html; charset="utf-8"', hcs="utf-8"),
        client="naver_mail",
    )
    return human("park-naver-html-only", m, "ko")


def kim_outlook_ko():
    f = F.update_kr("upd_kim", W.kimms, "2027-03-02 10:05", "김민수 대표님")
    m = M(
        "kimms",
        W.kimms,
        [W.seoyeon],
        "회신: " + f.subject,
        "2027-03-04 09:40",
        [
            T("""
            한서연 부사장님께,

            안녕하세요. 한빛홀딩스 김민수입니다.

            요청하신 서류 중 1번과 2번은 첨부드립니다. 3번 해외금융계좌 신고는 2026년 귀속분도 정상적으로 할 예정입니다.
            4번 관련하여, 사무실 전화번호가 02-555-0147로 변경되었습니다.

            감사합니다.

            김민수 드림
            대표이사 | CEO
            한빛홀딩스 주식회사
            서울특별시 강남구 테헤란로 123
            T. 02-555-0147 | M. 010-5550-0186
            """),
            Q,
        ],
        parent=f,
        style=outlook("ko", "ko"),
        fam=OUT(
            "SL2P216:KORP216",
            cs="ks_c_5601-1987",
            cte="base64",
            lang="ko-KR",
            lang_attr="KO",
            attach=[
                {"name": "여권사본_김민수.pdf", "cs": "ks_c_5601-1987"},
                {"name": "주소증빙_등본.pdf", "cs": "ks_c_5601-1987"},
            ],
        ),
        client="outlook",
    )
    return human("kim-outlook-ks-c-5601", m, "ko")


def lee_gmail_ko():
    f = F.update_kr("upd_lee", W.leesj, "2027-03-02 10:10", "이서준 고객님")
    m = M(
        "leesj",
        W.leesj,
        [W.seoyeon],
        "Re: " + f.subject,
        "2027-03-05 18:03",
        [
            T("""
            안녕하세요 한서연님,

            여권은 작년에 갱신해서 새 사본을 첨부합니다. 주소 증빙은 다음 주에 보내드릴게요.

            이서준 드림
            """),
            Q,
        ],
        parent=f,
        style=gmail("ko"),
        fam=GMAIL(cte="base64", attach=[{"name": "여권사본.jpg", "ct": "image/jpeg", "cs": "UTF-8"}]),
        client="gmail",
    )
    return human("lee-gmail-ko", m, "ko")


def choi_iphone_ko():
    f = F.update_kr("upd_choi", W.choi, "2027-03-02 10:15", "최유진 고객님")
    m = M(
        "choi",
        W.choi,
        [W.seoyeon],
        "Re: " + f.subject,
        "2027-03-02 12:31",
        [T("네, 확인했습니다. 다음 주에 서류 보내드리겠습니다."), DEV("iPhone에서 보냄"), Q],
        parent=f,
        style=ios("ko"),
        fam=APPLE(cte="base64"),
        client="ios_mail",
    )
    return human("choi-iphone-ko", m, "ko")


def jung_daum():
    f = F.update_kr("upd_jung", W.jung, "2027-03-02 10:20", "정현우 고객님")
    m = M(
        "jung",
        W.jung,
        [W.seoyeon],
        "RE: " + f.subject,
        "2027-03-05 10:12",
        [
            T("""
            안녕하세요, 정현우입니다.

            주소 증빙은 영문 주민등록등본으로 준비 중이며, 다음 주 월요일에 보내드리겠습니다.
            연락처는 변동 없습니다.

            감사합니다.
            정현우 드림
            """),
            Q,
        ],
        parent=f,
        style=flat(daum_style, lead=2, after=1),
        fam=PLAIN("daum", "EUC-KR", "base64", ctp="text/plain; charset=euc-kr", cth="text/html; charset=euc-kr"),
        client="daum_mail",
    )
    return human("jung-daum", m, "ko")


def yoon_paper_mail():
    f = F.update_kr("upd_yoon", W.yoon, "2027-03-02 10:25", "윤미경 고객님")
    m = M(
        "yoon",
        W.yoon,
        [W.seoyeon],
        "RE: " + f.subject,
        "2027-03-08 11:58",
        [
            T("""
            한서연 부사장님,

            서류는 다음 주에 보내드리겠습니다.
            그리고 앞으로 종이 우편물(분기 보고서 등)은 더 이상 집으로 보내지 마시고 이메일로만 보내 주세요. 이사 예정이라 우편물을 받기 어렵습니다.

            윤미경 드림
            """),
            Q,
        ],
        parent=f,
        style=flat(naver_style, lead=2, after=1),
        fam=PLAIN("naver", "utf-8", "base64", hcs="utf-8"),
        client="naver_mail",
    )
    return human("yoon-no-paper-mail", m, "ko")


N = [
    sato_outlook,
    yamada_yahoo_inline,
    suzuki_iphone,
    nakamura_becky,
    kobayashi_gmail,
    kimura_above_forward,
    ito_stop,
    park_naver_html,
    kim_outlook_ko,
    lee_gmail_ko,
    choi_iphone_ko,
    jung_daum,
    yoon_paper_mail,
]
