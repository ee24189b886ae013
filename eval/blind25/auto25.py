"""Automatic replies for blind25: out-of-office notices (Exchange in seven languages, Gmail's vacation responder,
QQ Mail, NetEase, Daum), help-desk acknowledgements, a 'no longer monitored' mailbox, a leaver, a Ramadan office-hours
notice, and read / delivery receipts (labelled auto_reply, until null, as blind23 does)."""

import firm25 as F
import people25 as W
from case25 import M, P, T, wire
from fams25 import GMAIL, OUT, PLAIN, QQ
from mime25 import Part, addr, at, ew, hexid, multipart, render, rfc, rfc_utc, rng, text_part

OOF_HEADERS = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
MS_SENDER = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"


def item(slug, raw, lang, client, until, answers, when, zone):
    d = at(when, zone)
    return {
        "slug": slug,
        "raw": raw,
        "lang": lang,
        "client": client,
        "kind": "auto_reply",
        "until": until,
        "answers": answers.utc,
        "utc": d.astimezone(answers.utc.tzinfo),
        "date": d.isoformat(),
    }


def oof(slug, who, f, when, prefix, text, lang, until, fam, client="exchange"):
    m = M(
        "oof-" + slug,
        who,
        [f.author],
        prefix + f.subject,
        when,
        [T(text)],
        parent=f,
        fam={**fam, "extra_headers": OOF_HEADERS, "x_orig_ip": False},
        client=client,
    )
    return item(slug, wire(m), lang, client, until, f, when, who.zone)


# --------------------------------------------------------------------------
# people who only appear here
# --------------------------------------------------------------------------
aisyah = P("Nur Aisyah Rahman", "aisyah.rahman@straitsholdings.example", "SG")
ting = P("张婷", "zhangting@hengtong-group.example", "CN")
mirai = P("みらい信託 お客様窓口", "info@mirai-shintaku.example", "JP")
jasmine = P("Jasmine Low", "jasmine.low@marinacrest.example", "SG")
kinoshita = P("木下 亮", "r-kinoshita@ito-shoji.example", "JP")
jaccoud = P("Marc Jaccoud", "m.jaccoud@fiduciaire-leman.example", "CH")
vpt = P("Victoria Peak Trustees 客戶服務部", "enquiry@vpeak-trustees.example", "HK")
gulfacc = P("Gulfstar Accounts", "accounts@gulfstar-trading.example", "AE")
hcs_noreply = P("Harbourline Client Service", "noreply@harbourline-custody.example", "HK")


def items():
    out = []
    # ---------------- Chinese New Year (Saturday 6 February 2027)
    f = F.msg(
        "cny_chen",
        W.yiran,
        [W.chen],
        "春节假期前的交易安排",
        "2027-02-04 16:20",
        """
        陈总：

        您好！春节假期期间（2月6日至2月9日）香港市场休市，2月10日恢复交易。如节前有任何交易或资金调拨需求，烦请于2月5日中午12点前告知。

        提前祝您和家人新春快乐！
        """,
        "yiran",
        "HKG-SC",
        fam=F.fam(content_lang="zh-CN"),
    )
    out.append(
        oof(
            "chen-cny-zh-cn",
            W.chen,
            f,
            "2027-02-04 16:20:04",
            "自动答复: ",
            """
            您好！

            春节假期期间（2月5日至2月17日）本人休假，期间邮件回复可能不及时，2月18日起正常上班。
            如有急事，请联系我的助理张婷（+86 755 5550 0128）。

            新春快乐，万事如意！

            Dear Sender,
            I am on Chinese New Year leave from 5 to 17 February and will be back on 18 February. For urgent matters, please contact Ms Zhang Ting (+86 755 5550 0128).
            """,
            "zh",
            "2027-02-18",
            OUT("SH0PR01:CHNPR01", cs="gb2312", cte="base64", lang="zh-CN"),
        )
    )
    f = F.msg(
        "cny_lin",
        W.eric,
        [W.lincm],
        "春節期間交易安排通知",
        "2027-02-05 09:12",
        """
        林董您好：

        香港市場於2月6日至9日休市，2月10日（星期三）恢復交易。節前如有交易或匯款需求，請於今日下午3時前告知。

        敬祝 新春愉快、闔家平安！

        Eric 曾浩賢 敬上
        """,
        "eric",
        "HKG",
        fam=F.fam(content_lang="zh-TW"),
    )
    out.append(
        oof(
            "lin-cny-zh-tw",
            W.lincm,
            f,
            "2027-02-05 09:12:03",
            "自動回覆: ",
            """
            您好：

            農曆春節期間（2/5－2/14）休假，2/15（一）起恢復上班，屆時將盡速回覆您的來信。
            如有緊急事項，請洽秘書陳小姐，電話 02-5550-0138。

            祝 新春愉快
            林志明
            """,
            "zh",
            "2027-02-15",
            OUT("KL1PR06:apcprd06", cs="big5", cte="base64", lang="zh-TW"),
        )
    )
    f = F.msg(
        "seollal_kim",
        W.seoyeon,
        [W.kimms],
        "설 연휴 기간 거래 안내",
        "2027-02-05 10:30",
        """
        김민수 대표님께,

        홍콩 시장은 2월 6일부터 9일까지 휴장하며, 2월 10일에 거래가 재개됩니다. 연휴 전에 필요하신 거래나 송금이 있으시면 오늘 오후 3시까지 알려 주시기 바랍니다.

        새해 복 많이 받으십시오.
        """,
        "seoyeon",
        "HKG-KR",
        fam=F.fam(content_lang="ko-KR"),
    )
    out.append(
        oof(
            "kim-seollal-ko",
            W.kimms,
            f,
            "2027-02-05 11:30:05",
            "자동 회신: ",
            """
            안녕하십니까.

            설 연휴로 2월 5일(금)부터 2월 9일(화)까지 부재중입니다. 2월 10일(수)부터 정상 근무하며, 복귀 후 확인하여 회신드리겠습니다.
            급한 용무는 비서실(02-555-0140)로 연락 주시기 바랍니다.

            새해 복 많이 받으세요.
            김민수
            """,
            "ko",
            "2027-02-10",
            OUT("SL2P216:KORP216", cs="ks_c_5601-1987", cte="base64", lang="ko-KR"),
        )
    )
    # ---------------- Japan: equinox holiday, Golden Week notice, a leaver
    f = F.msg(
        "bond_sato_confirm",
        W.takumi,
        [W.sato],
        "RE: 円建て社債ラダーのご提案について",
        "2027-03-19 10:00",
        """
        佐藤様

        お世話になっております。新井でございます。

        先日ご指示いただいた社債3銘柄（3年・5年・7年）の約定が完了いたしましたので、取引報告書を添付にてお送りいたします。
        受渡日は3月24日（水）でございます。

        引き続きよろしくお願い申し上げます。
        """,
        "takumi",
        "HKG-JP",
        fam=F.fam(content_lang="ja-JP"),
    )
    out.append(
        oof(
            "sato-equinox-ja",
            W.sato,
            f,
            "2027-03-19 11:00:06",
            "自動応答: ",
            """
            いつもお世話になっております。

            誠に勝手ながら、3月19日（金）から3月22日（月）まで不在にしております。
            3月23日（火）より順次対応させていただきますので、何卒ご了承ください。
            お急ぎの場合は、秘書の田中（03-5550-0140）までご連絡ください。

            佐藤興産株式会社 佐藤 健一
            """,
            "ja",
            "2027-03-23",
            OUT("TYCPR01:jpnprd01", cs="iso-2022-jp", cte="7bit", lang="ja-JP", html_cs="iso-2022-jp"),
        )
    )
    f = F.msg(
        "mirai_q",
        W.takumi,
        [mirai],
        "信託契約に関する照会（佐藤興産株式会社様）",
        "2027-03-24 15:10",
        """
        みらい信託株式会社
        お客様窓口 御中

        デラリーブ・アジア日本デスクの新井と申します。
        弊行のお客様である佐藤興産株式会社様の委任状に基づき、貴社との信託契約の残高について照会させていただきたく、ご連絡いたしました。
        委任状の写しを添付いたします。ご回答の方法についてご教示いただけますと幸いです。

        何卒よろしくお願い申し上げます。
        """,
        "takumi",
        "HKG-JP",
        fam=F.fam(content_lang="ja-JP"),
    )
    m = M(
        "ack-mirai",
        mirai,
        [W.takumi],
        "【自動返信】お問い合わせを受け付けました",
        "2027-03-24 16:10:12",
        [
            T("""
            デラリーブ・アジア
            新井 拓海 様

            このたびは、みらい信託にお問い合わせいただき、誠にありがとうございます。
            本メールは、お問い合わせを受け付けたことをお知らせする自動返信メールです。
            内容を確認のうえ、担当者より2営業日以内にご連絡いたします。

            なお、誠に勝手ながら、4月29日（木）〜5月5日（水）はゴールデンウィーク休業とさせていただきます。
            休業期間中にいただいたお問い合わせには、5月6日（木）以降に順次回答いたします。

            ※本メールは送信専用アドレスから送信しております。ご返信いただいてもお答えできませんので、ご了承ください。

            みらい信託株式会社 お客様窓口
            受付時間：平日 9:00〜17:00
            """)
        ],
        parent=f,
        fam=PLAIN(
            "ackform",
            "Shift_JIS",
            "8bit",
            html="none",
            ctp="text/plain; charset=Shift_JIS",
            hcs="Shift_JIS",
            extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
        ),
        client="helpdesk",
    )
    out.append(item("mirai-ack-golden-week", wire(m), "ja", "helpdesk", None, f, "2027-03-24 16:10:12", "JP"))
    f = F.news_jp("news_kinoshita", kinoshita, "2027-03-02 10:50", "木下様")
    out.append(
        oof(
            "kinoshita-leaver-ja",
            kinoshita,
            f,
            "2027-03-02 11:50:07",
            "自動応答: ",
            """
            いつも大変お世話になっております。

            木下 亮は、2027年2月28日をもちまして退職いたしました。
            在職中は格別のご厚情を賜り、厚く御礼申し上げます。

            今後のご連絡は、後任の伊藤（t-ito@ito-shoji.example）までお願いいたします。
            なお、本アドレスは3月末で廃止となります。

            伊藤商事株式会社
            """,
            "ja",
            None,
            OUT("TYCPR01:jpnprd01", cs="iso-2022-jp", cte="7bit", lang="ja-JP", html_cs="iso-2022-jp"),
        )
    )
    # ---------------- Eid al-Fitr (1 Shawwal 1448 = Tuesday 9 March 2027), Ramadan office hours
    f = F.msg(
        "sukuk_alloc",
        W.omar,
        [W.khalid],
        "RE: Sukuk allocation - confirmation needed by Wednesday",
        "2027-03-08 09:00",
        """
        Dear Khalid,

        The book closed heavily oversubscribed; we received an allocation of AED 3.5 million. Settlement is confirmed for 10 March from the AED current account. The contract note is attached.

        Eid Mubarak in advance.

        Best regards,
        Omar
        """,
        "omar",
        "DXB",
    )
    out.append(
        oof(
            "khalid-eid-bilingual",
            W.khalid,
            f,
            "2027-03-08 09:00:05",
            "Automatic reply: ",
            """
            Thank you for your email. I am out of the office for the Eid Al Fitr holiday and will be back on Monday, 15 March 2027 (7 Shawwal 1448). For urgent matters, please contact Mariam Al Suwaidi on +971 4 555 0159.

            شكراً لرسالتكم. أنا خارج المكتب بمناسبة عطلة عيد الفطر المبارك، وسأعود يوم الاثنين 15 مارس 2027 الموافق 7 شوال 1448هـ. للأمور العاجلة يرجى التواصل مع مريم السويدي على الرقم +971 4 555 0159.

            Eid Mubarak | عيد مبارك
            """,
            "en",
            "2027-03-15",
            OUT("DX0P273:AREP273", cs="windows-1256", lang="en-US"),
        )
    )
    f = F.msg(
        "kyc_sa_reminder",
        W.omar,
        [W.qahtani],
        "تذكير: تحديث بيانات العميل - حساب مجموعة القحطاني",
        "2027-03-05 10:00",
        """
        الأستاذ عبدالرحمن المحترم،

        السلام عليكم ورحمة الله وبركاته،

        شكراً على المستندات المرسلة. نرجو التكرم بإرسال تأكيد المستفيدين الحقيقيين موقعاً من قبلكم، حتى نتمكن من إغلاق المراجعة قبل نهاية الشهر.

        وكل عام وأنتم بخير،
        عمر حداد
        """,
        "omar",
        "DXB",
        fam=F.fam(content_lang="ar-AE"),
    )
    out.append(
        oof(
            "qahtani-eid-hijri",
            W.qahtani,
            f,
            "2027-03-05 09:00:04",
            "رد تلقائي: ",
            """
            السلام عليكم ورحمة الله وبركاته،

            أشكركم على رسالتكم. أنا في إجازة عيد الفطر المبارك من 25 رمضان إلى 5 شوال 1448هـ (الموافق 4 - 13 مارس 2027)، وسأعود إلى العمل يوم الأحد 6 شوال 1448هـ الموافق 14 مارس 2027.

            للأمور العاجلة يرجى التواصل مع مدير المكتب الأستاذ فهد العتيبي على الرقم +966 11 555 0170.

            كل عام وأنتم بخير.
            """,
            "ar",
            "2027-03-14",
            OUT("DB8PR03:eurprd03", cs="windows-1256", lang="ar-SA"),
        )
    )
    f = F.msg(
        "gulf_fee",
        W.farah,
        [gulfacc],
        "Facility renewal fee - remittance details",
        "2027-03-04 14:30",
        """
        Dear Accounts team,

        Further to Mr Pillai's instruction of today, the renewal fee of USD 5,000 for the credit facility will be debited from the USD account on 31 March. No action is needed on your side; we send this for your records.

        Kind regards,
        Farah
        """,
        "farah",
        "DXB",
    )
    m = M(
        "ack-gulf",
        gulfacc,
        [W.farah],
        "Automatic reply: Facility renewal fee - remittance details",
        "2027-03-04 14:30:09",
        [
            T("""
            Thank you for contacting Gulfstar General Trading LLC.

            During the Holy Month of Ramadan our working hours are Monday to Thursday, 9:00 am to 3:00 pm, and Friday, 9:00 am to 12:00 noon. Your email will be attended to within one working day.

            Ramadan Kareem.
            Accounts Department
            """)
        ],
        parent=f,
        fam={**OUT("DX0P273:AREP273", lang="en-US"), "extra_headers": OOF_HEADERS, "x_orig_ip": False},
        client="exchange",
    )
    out.append(item("gulfstar-ramadan-hours", wire(m), "en", "exchange", None, f, "2027-03-04 14:30:09", "AE"))
    # ---------------- Singapore, India, Hong Kong, Geneva
    f = F.slots_sg("slots_aisyah", aisyah, "2027-03-09 09:00", "Ms Aisyah")
    out.append(
        oof(
            "aisyah-hari-raya",
            aisyah,
            f,
            "2027-03-09 09:00:03",
            "Automatic reply: ",
            """
            Thank you for your email.

            I am on leave for Hari Raya Puasa and will be back in the office on 15/3/2027. For urgent matters, please contact my colleague Mr Jason Lee at jason.lee@straitsholdings.example or +65 6555 0191.

            Selamat Hari Raya Aidilfitri!

            Nur Aisyah Rahman
            """,
            "en",
            "2027-03-15",
            OUT("SEYPR06:apcprd06", lang="en-SG"),
        )
    )
    f = F.msg(
        "kyc_kapoor_rem",
        W.priya,
        [W.kapoor],
        "RE: Periodic review of your account - documents required by 19 March",
        "2027-03-22 09:30",
        """
        Dear Mr Kapoor,

        A gentle reminder that we have not yet received the documents listed in my e-mail of 1 March. Could you send them at your earliest convenience?

        Warm regards,
        Priya
        """,
        "priya",
        "SIN",
    )
    out.append(
        oof(
            "kapoor-holi",
            W.kapoor,
            f,
            "2027-03-22 07:00:02",
            "Automatic reply: ",
            """
            Dear Sender,

            Thank you for your mail. I am out of office on account of Holi and will be back on 24/03/2027. Kindly expect a delay in response.

            For any urgent requirement, please get in touch with Mr. Rohit Sharma at rohit.sharma@kapoorexports.example / +91 11 5550 0177.

            Regards,
            Arjun Kapoor
            """,
            "en",
            "2027-03-24",
            OUT("MA0PR01:INDPRD01", lang="en-IN"),
        )
    )
    f = F.msg(
        "shah_ack",
        W.priya,
        [W.shah],
        "RE: Periodic review of your account - documents required by 19 March",
        "2027-03-05 11:40",
        """
        Dear Mr Shah,

        Thank you for the documents and the explanations. We will look out for the passport copies by courier next week.

        Warm regards,
        Priya
        """,
        "priya",
        "SIN",
    )
    out.append(
        oof(
            "shah-travel-day-first",
            W.shah,
            f,
            "2027-03-05 09:10:04",
            "Automatic reply: ",
            """
            Dear Sir/Madam,

            I am travelling on business and will be back on 8/3/2027, with limited access to e-mail.
            For urgent matters, kindly contact Ms Pooja Menon at pooja.menon@shahfamilyoffice.example.

            Regards,
            Nirav Shah
            """,
            "en",
            "2027-03-08",
            OUT("PN3PR01:INDPRD01", lang="en-IN"),
        )
    )
    f = F.msg(
        "desai_ack",
        W.priya,
        [W.desai],
        "RE: Periodic review of your account - documents required by 19 March",
        "2027-03-05 21:05",
        """
        Dear Mr Desai,

        Thank you - we have received your CA's note on points 3 and 4. We now only need the passport copy and the proof of address.

        Warm regards,
        Priya
        """,
        "priya",
        "SIN",
    )
    m = M(
        "vac-desai",
        W.desai,
        [W.priya],
        "Re: RE: Periodic review of your account - documents required by 19 March",
        "2027-03-05 18:35:11",
        [T("I'm travelling till 8 Mar with limited access to email. Will respond on my return.\n\nVikram")],
        parent=f,
        fam=GMAIL(extra_headers=[("Auto-Submitted", "auto-replied")]),
        client="gmail_vacation",
    )
    out.append(
        item("desai-gmail-vacation", wire(m), "en", "gmail_vacation", "2027-03-08", f, "2027-03-05 18:35:11", "IN")
    )
    f = F.msg(
        "custody_stmt",
        W.angeline,
        [W.menon],
        "RE: Bank confirmation - Lim Holdings Pte Ltd - FYE 31 December 2026",
        "2027-03-22 10:15",
        """
        Dear Ms Menon,

        Please find attached the statement of securities held in custody for Lim Holdings Pte Ltd as at 31 December 2026.

        Best regards,
        Angeline
        """,
        "angeline",
        "SIN",
    )
    out.append(
        oof(
            "menon-both-dates",
            W.menon,
            f,
            "2027-03-22 10:15:06",
            "Automatic reply: ",
            """
            Thank you for your email. I am out of office from 22/3 to 26/3 and will be back on 29/3, with limited access to emails.

            For audit matters, please contact Mr Eugene Chua at eugene.chua@chuamenon.example.

            Kavitha
            """,
            "en",
            "2027-03-29",
            OUT("SEYPR06:apcprd06", lang="en-SG"),
        )
    )
    f = F.msg(
        "kwanfo_final",
        W.vivian,
        [W.winnie],
        "RE: Kwan Family Office - consolidated reporting Q4 2026",
        "2027-03-19 11:20",
        """
        Dear Winnie,

        Thank you. The annual report now shows Harbour Gate III at the 30 September NAV and Eastbridge II at cost, converted at the 4 pm London fix. Please let me know if your auditors need anything else.

        Best regards,
        Vivian
        """,
        "vivian",
        "HKG",
    )
    out.append(
        oof(
            "winnie-bilingual-leave",
            W.winnie,
            f,
            "2027-03-19 11:20:04",
            "Automatic reply: ",
            """
            Thank you for your email. I am on annual leave until Wednesday, 24 March 2027 with limited access to email, and will return to the office on Thursday, 25 March.
            本人於2027年3月24日（星期三）前休假，將於3月25日（星期四）返回辦公室。

            For urgent matters, please contact Ms Joyce Ma at joyce.ma@kwanfamilyoffice.example.
            如有急事，請聯絡馬小姐。
            """,
            "en",
            "2027-03-25",
            OUT("PS2PR06:apcprd06", cs="big5", cte="base64", lang="en-HK"),
        )
    )
    f = F.msg(
        "review_chan_confirm",
        W.vivian,
        [W.chanmy],
        "RE: 季度投資組合檢討會議 - 時間安排",
        "2027-03-08 10:05",
        """
        陳太：

        收到，謝謝！已預留3月17日（星期三）下午3時的會議室，並會準備美元債券的資料給您的兒子參考。

        Vivian
        """,
        "vivian",
        "HKG",
        fam=F.fam(content_lang="zh-HK"),
    )
    m = M(
        "vac-chan",
        W.chanmy,
        [W.vivian],
        "Away - back 15 March",
        "2027-03-08 10:05:21",
        [
            T("""
            Hi, I'm travelling in Japan until 14 March and will reply when I'm back.
            我正在日本旅行，3月14日回港後再覆你。

            Mei Yee
            """)
        ],
        parent=f,
        fam=GMAIL(cte="base64", extra_headers=[("Auto-Submitted", "auto-replied")]),
        client="gmail_vacation",
    )
    out.append(
        item("chan-gmail-vacation", wire(m), "en", "gmail_vacation", "2027-03-15", f, "2027-03-08 10:05:21", "HK")
    )
    f = F.msg(
        "jaccoud_q",
        W.helene,
        [jaccoud],
        "Fondation Azur - relevé annuel 2026",
        "2027-03-08 15:30",
        """
        Cher Monsieur Jaccoud,

        Vous trouverez ci-joint le relevé annuel 2026 de la Fondation Azur, ainsi que l'attestation fiscale. N'hésitez pas à me contacter pour toute question.

        Avec mes meilleures salutations,
        Hélène Vuilleumier
        """,
        "helene",
        "GVA",
    )
    out.append(
        oof(
            "jaccoud-absent-fr",
            jaccoud,
            f,
            "2027-03-08 15:30:03",
            "Réponse automatique : ",
            """
            Bonjour,

            Je suis absent jusqu'au vendredi 12 mars inclus, avec un accès limité à ma messagerie.
            Pour toute urgence, vous pouvez joindre Mme Sandrine Bovay au +41 22 555 01 63.

            Meilleures salutations,
            Marc Jaccoud
            """,
            "fr",
            "2027-03-12",
            OUT("ZR0P278:CHEP278", cs="iso-8859-1", lang="fr-CH"),
        )
    )
    f = F.msg(
        "trust_stmt",
        W.helene,
        [jasmine],
        "Lim Family Trust - annual statement 2026",
        "2027-03-11 09:45",
        """
        Dear Jasmine,

        Please find attached the 2026 annual statement of the Lim Family Trust's account in Geneva, for the trustee's records.

        Kind regards,
        Hélène
        """,
        "helene",
        "GVA",
    )
    out.append(
        oof(
            "jasmine-not-monitored",
            jasmine,
            f,
            "2027-03-11 16:45:02",
            "Automatic reply: ",
            """
            This mailbox is no longer monitored.

            Ms Jasmine Low has left Marina Crest Trustees. Please direct your email to trustservices@marinacrest.example, or call our Trust Services team on +65 6555 0170.

            Thank you.
            """,
            "en",
            None,
            OUT("SEYPR06:apcprd06", cs="iso-8859-1", lang="en-SG"),
        )
    )
    # ---------------- Chinese webmail auto-replies
    f = F.msg(
        "zhou_rem",
        W.yiran,
        [W.zhou],
        "回复：关于贵账户年度资料更新的通知",
        "2027-03-15 10:30",
        """
        周先生：

        您好！CRS表格原件已收到，谢谢。身份证和护照的复印件还请尽快发送扫描件。

        沈怡然
        """,
        "yiran",
        "HKG-SC",
        fam=F.fam(content_lang="zh-CN"),
    )
    m = M(
        "auto-zhou",
        W.zhou,
        [W.yiran],
        "自动回复: 回复：关于贵账户年度资料更新的通知",
        "2027-03-15 10:30:08",
        [
            T("""
            这是来自QQ邮箱的假期自动回复邮件。

            您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。
            """)
        ],
        parent=f,
        fam=QQ(extra_headers=[("Auto-Submitted", "auto-replied")]),
        client="qq_mail",
    )
    out.append(item("zhou-qq-holiday", wire(m), "zh", "qq_mail", None, f, "2027-03-15 10:30:08", "CN"))
    f = F.msg(
        "sun_rem",
        W.yiran,
        [W.sunli],
        "回复：关于贵账户年度资料更新的通知",
        "2027-03-04 09:15",
        """
        孙女士：

        您好！信用卡对账单可以作为住址证明，但需显示完整地址及发卡机构名称。谢谢！

        沈怡然
        """,
        "yiran",
        "HKG-SC",
        fam=F.fam(content_lang="zh-CN"),
    )
    m = M(
        "auto-sun",
        W.sunli,
        [W.yiran],
        "自动回复：回复：关于贵账户年度资料更新的通知",
        "2027-03-04 09:15:12",
        [T("您好，您的来信已收到。本人出差至3月8日，期间回复可能不及时，敬请谅解。\n\n孙丽")],
        parent=f,
        fam=PLAIN(
            "netease",
            "GBK",
            "base64",
            ctp="text/plain; charset=GBK",
            cth="text/html; charset=GBK",
            extra_headers=[("Auto-Submitted", "auto-replied")],
        ),
        client="netease_163",
    )
    out.append(
        item("sun-163-until-8-march", wire(m), "zh", "netease_163", "2027-03-08", f, "2027-03-04 09:15:12", "CN")
    )
    f = F.msg(
        "jung_rem",
        W.seoyeon,
        [W.jung],
        "RE: 고객정보 정기 갱신 요청",
        "2027-02-26 14:00",
        """
        정현우 고객님께,

        다음 주에 정기 고객정보 갱신 안내를 드릴 예정입니다. 미리 여권 유효기간을 확인해 주시면 감사하겠습니다.

        감사합니다.
        """,
        "seoyeon",
        "HKG-KR",
        fam=F.fam(content_lang="ko-KR"),
    )
    m = M(
        "auto-jung",
        W.jung,
        [W.seoyeon],
        "[부재중 자동응답] RE: 고객정보 정기 갱신 요청",
        "2027-02-26 15:00:09",
        [
            T("""
            안녕하세요. 정현우입니다.
            3/8(월)까지 해외 출장 중이라 메일 확인이 늦어질 수 있습니다.
            복귀 후 바로 연락드리겠습니다.
            """)
        ],
        parent=f,
        fam=PLAIN("daum", "UTF-8", "base64", extra_headers=[("Auto-Submitted", "auto-replied")]),
        client="daum_mail",
    )
    out.append(item("jung-daum-away", wire(m), "ko", "daum_mail", "2027-03-08", f, "2027-02-26 15:00:09", "KR"))
    # ---------------- help desks
    f = F.custody
    m = M(
        "ack-harbour",
        hcs_noreply,
        [W.eric],
        "[Case: HCS-2027-0302-0419] We have received your enquiry",
        "2027-03-02 11:05:09",
        [
            T("""
            Dear Client,

            Thank you for contacting Harbourline Client Service.

            Your enquiry "Settlement failure - XS2871234567 - trade date 26 Feb 2027 - our ref DLA-0226-118" has been logged under case number HCS-2027-0302-0419. A member of our team will respond within one business day.

            To add information to this case, please reply to this email without changing the subject line.

            This is an automated message. Harbourline Custody Services (Hong Kong) Limited
            """)
        ],
        parent=f,
        fam=PLAIN(
            "casedesk",
            "utf-8",
            "quoted-printable",
            extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        ),
        client="helpdesk",
    )
    out.append(item("harbourline-case-ack", wire(m), "en", "helpdesk", None, f, "2027-03-02 11:05:09", "HK"))
    f = F.msg(
        "vpt_q",
        W.vivian,
        [vpt],
        "Chan Family Trust - distribution request",
        "2027-03-16 14:40",
        """
        Dear Victoria Peak Trustees,

        We hold the account of the Chan Family Trust. Could you confirm whether the trustee has approved the distribution of HKD 2,000,000 to Ms Chan Mei Yee, as mentioned in her letter of 10 March?

        Yours faithfully,
        Vivian Leung
        """,
        "vivian",
        "HKG",
    )
    m = M(
        "ack-vpt",
        vpt,
        [W.vivian],
        "您的查詢已收到 / We have received your enquiry (Ref: VPT-27-00381)",
        "2027-03-16 14:40:15",
        [
            T("""
            您好，

            感謝您聯絡維多利亞峰信託客戶服務部。您的查詢已收到（參考編號：VPT-27-00381），我們將於兩個工作天內回覆。
            此電郵由系統自動發出，請勿直接回覆。

            Dear Sir/Madam,

            Thank you for contacting Victoria Peak Trustees Client Services. Your enquiry has been received (Ref: VPT-27-00381) and we will reply within two working days.
            This is a system-generated email. Please do not reply to it.
            """)
        ],
        parent=f,
        fam=PLAIN("casedesk", "big5", "base64", extra_headers=[("Auto-Submitted", "auto-generated")]),
        client="helpdesk",
    )
    out.append(item("vpt-bilingual-ack", wire(m), "zh", "helpdesk", None, f, "2027-03-16 14:40:15", "HK"))
    out.extend(receipts())
    return out


# --------------------------------------------------------------------------
# read and delivery receipts (multipart/report)
# --------------------------------------------------------------------------
def report(headers, human_part, machine_ct, machine_body, orig_headers, bnd):
    parts = [human_part, Part([("Content-Type", machine_ct)], machine_body)]
    if orig_headers is not None:
        parts.append(Part([("Content-Type", "text/rfc822-headers")], orig_headers))
    rtype = "disposition-notification" if "disposition" in machine_ct else "delivery-status"
    content = multipart(
        "report",
        parts,
        bnd,
        ct=f'multipart/report; report-type={rtype};\r\n\tboundary="{bnd}"',
    )
    return render(headers, content)


def receipts():
    out = []
    # a read receipt from Outlook (21Vianet), Simplified Chinese
    f = F.kyc_cn("kyc_chen_rr", W.chen, "2027-02-26 16:10", "陈总", "1,200万美元")
    r = rng("rr", "chen")
    srv = f"SH0PR01MB{r.randrange(1000, 9999)}"
    when = at("2027-02-26 17:02:14", "CN")
    text = (
        "您的邮件\n\n"
        f"  收件人: {W.chen.name}\n"
        f"  主题: {f.subject}\n"
        "  发送时间: 2027年2月26日 16:10:00 (UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐\n\n"
        "已于 2027年2月26日 17:02:14 (UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐 读取。\n"
    )
    human = text_part(text, 'text/plain; charset="gb2312"', "gb2312", "base64")
    mdn = (
        f"Reporting-UA: {srv}.CHNPR01.prod.partner.outlook.cn; Microsoft Exchange Server\r\n"
        f"Final-Recipient: rfc822;{W.chen.email}\r\n"
        f"Original-Message-ID: {f.mid}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    ).encode()
    H = [
        ("From", addr(W.chen.name, W.chen.email, "gb2312")),
        ("To", addr(W.yiran.name, W.yiran.email)),
        ("Subject", ew("已读: " + f.subject, "gb2312")),
        ("Thread-Topic", ew(f.subject, "gb2312")),
        ("Date", rfc(when)),
        ("Message-ID", f"<{srv}{hexid(r, 28)}@{srv}.CHNPR01.prod.partner.outlook.cn>"),
        ("References", f.mid),
        ("In-Reply-To", f.mid),
        ("Content-Language", "zh-CN"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ]
    raw = report(H, human, "message/disposition-notification", mdn, None, f"_002_{srv}{hexid(r, 12)}_")
    out.append(item("chen-read-receipt-zh", raw, "zh", "outlook_receipt", None, f, "2027-02-26 17:02:14", "CN"))

    # a read receipt from Outlook, Korean
    f = F.update_kr("upd_kim_rr", W.kimms, "2027-03-16 10:05", "김민수 대표님")
    r = rng("rr", "kim")
    srv = f"SL2P216MB{r.randrange(1000, 9999)}"
    text = (
        "메시지\n\n"
        f"  받는 사람: {W.kimms.name}\n"
        f"  제목: {f.subject}\n"
        "  보낸 날짜: 2027-03-16 오전 11:05\n\n"
        "을(를) 2027-03-16 오전 11:41에 읽었습니다.\n"
    )
    human = text_part(text, 'text/plain; charset="ks_c_5601-1987"', "ks_c_5601-1987", "base64")
    mdn = (
        f"Reporting-UA: {srv}.KORP216.PROD.OUTLOOK.COM; Microsoft Exchange Server\r\n"
        f"Final-Recipient: rfc822;{W.kimms.email}\r\n"
        f"Original-Message-ID: {f.mid}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    ).encode()
    when = at("2027-03-16 11:41:30", "KR")
    H = [
        ("From", addr(W.kimms.name, W.kimms.email, "ks_c_5601-1987")),
        ("To", addr(W.seoyeon.name, W.seoyeon.email)),
        ("Subject", ew("읽음: " + f.subject, "ks_c_5601-1987")),
        ("Date", rfc(when)),
        ("Message-ID", f"<{srv}{hexid(r, 28)}@{srv}.KORP216.PROD.OUTLOOK.COM>"),
        ("References", f.mid),
        ("In-Reply-To", f.mid),
        ("Content-Language", "ko-KR"),
        ("MIME-Version", "1.0"),
    ]
    raw = report(H, human, "message/disposition-notification", mdn, None, f"_002_{srv}{hexid(r, 12)}_")
    out.append(item("kim-read-receipt-ko", raw, "ko", "outlook_receipt", None, f, "2027-03-16 11:41:30", "KR"))

    # a delivery receipt (the recipient's Exchange Online: delivered, 2.0.0)
    f = F.rashid
    r = rng("dr", "faisal")
    when = at("2027-03-03 11:40:06", "SA")
    text = (
        "Your message has been delivered to the following recipients:\n\n"
        f"{W.faisal.name} ({W.faisal.email})<mailto:{W.faisal.email}>\n\n"
        f"Subject: {f.subject}\n"
    )
    human = text_part(text, 'text/plain; charset="us-ascii"', "us-ascii", "quoted-printable")
    srv = f"DB8PR03MB{r.randrange(1000, 9999)}"
    dsn = (
        f"Reporting-MTA: dns;{srv}.eurprd03.prod.outlook.com\r\n\r\n"
        f"Final-Recipient: rfc822;{W.faisal.email}\r\n"
        "Action: delivered\r\n"
        "Status: 2.0.0\r\n"
    ).encode()
    H = [
        ("From", f"postmaster@{W.faisal.email.split('@')[1]}"),
        ("To", addr(W.omar.name, W.omar.email)),
        ("Date", rfc_utc(when)),
        ("Subject", "Delivered: " + f.subject),
        (
            "Message-ID",
            f"<{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}@{srv}.eurprd03.prod.outlook.com>",
        ),
        ("In-Reply-To", f.mid),
        ("References", f.mid),
        ("Thread-Topic", f.subject),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Auto-Submitted", "auto-replied"),
        ("Content-Language", "en-US"),
        ("MIME-Version", "1.0"),
    ]
    hdrs = b"".join(f"{k}: {v}\r\n".encode() for k, v in [("Message-ID", f.mid), ("Subject", f.subject)])
    raw = report(H, human, "message/delivery-status", dsn, hdrs, f"_b_{hexid(r, 20)}_")
    out.append(item("faisal-delivery-receipt", raw, "en", "exchange_dsn", None, f, "2027-03-03 11:40:06", "SA"))
    return out
