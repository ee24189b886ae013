"""Human replies in Arabic (UAE, Saudi Arabia) and French (Dubai, Singapore, Geneva) for blind25."""

import firm25 as F
import people25 as W
from case25 import DEV, M, Q, T, apple_mac, gmail, human, ios, outlook
from fams25 import APPLE, GMAIL, OUT


def qahtani_outlook_ar():
    f = F.kyc_sa
    m = M(
        "qahtani",
        W.qahtani,
        [W.omar],
        "RE: " + f.subject,
        "2027-03-01 12:30",
        [
            T("""
            الأخ عمر حداد المحترم،

            وعليكم السلام ورحمة الله وبركاته،

            مرفق لكم صورة الهوية الوطنية وجواز السفر، وصورة السجل التجاري بعد التجديد.
            أما بخصوص المستفيدين الحقيقيين، فلا تغيير عن السنة الماضية: أنا وأخي فهد بالتساوي.

            مع خالص التحية،
            عبدالرحمن بن سعد القحطاني
            الرئيس التنفيذي – مجموعة القحطاني
            الرياض، المملكة العربية السعودية
            جوال: +966 50 555 0166
            """),
            Q,
        ],
        parent=f,
        style=outlook("ar", "ar"),
        fam=OUT(
            "DB8PR03:eurprd03",
            cs="windows-1256",
            cte="quoted-printable",
            lang="ar-SA",
            hcs="windows-1256",
            lang_attr="AR-SA",
            rtl=True,
            attach=[
                {"name": "الهوية وجواز السفر.pdf", "cs": "windows-1256"},
                {"name": "السجل التجاري 1448.pdf", "cs": "windows-1256"},
            ],
        ),
        client="outlook",
    )
    return human("qahtani-outlook-arabic", m, "ar")


def saeed_gmail_ar():
    f = F.ramadan("ramadan_saeed", W.saeed, "2027-03-01 10:00", "Mr Al Nuaimi")
    m = M(
        "saeed",
        W.saeed,
        [W.omar],
        "Re: " + f.subject,
        "2027-03-02 22:15",
        [
            T("""
            أخي عمر،

            رمضان كريم وكل عام وأنتم بخير.

            شكراً على التقرير. أود أن أعرف رأيكم في صكوك البنوك الإماراتية تحديداً، هل ترون فرصة قبل نهاية الربع؟
            ممكن نتكلم بعد العيد إن شاء الله.

            تحياتي،
            سعيد
            """),
            Q,
        ],
        parent=f,
        style=gmail("ar"),
        fam=GMAIL(cte="base64", rtl=True),
        client="gmail",
    )
    return human("saeed-gmail-arabic", m, "ar")


def majed_stop_iphone():
    f = F.ramadan("ramadan_majed", W.majed, "2027-03-01 10:05", "Mr Alharbi")
    m = M(
        "majed",
        W.majed,
        [W.omar],
        "Re: " + f.subject,
        "2027-03-02 13:40",
        [
            T("""
            السلام عليكم،

            أرجو عدم إرسال هذه النشرات لي مستقبلاً، وإزالة بريدي من القائمة.

            شكراً
            ماجد
            """),
            DEV("أُرسلت من الـ iPhone"),
            Q,
        ],
        parent=f,
        style=ios("ar"),
        fam=APPLE(cte="base64"),
        client="ios_mail",
    )
    return human("majed-stop-iphone-arabic", m, "ar", opt_out=True)


def khoury_gmail_fr():
    f = F.point_fr(
        "point_khoury",
        W.khoury,
        "2027-03-08 09:30",
        "Cher Monsieur Khoury",
        "pour l'été (vous m'aviez parlé d'un achat immobilier à Beyrouth)",
        "Je serai à Dubaï du 15 au 17 mars et serais heureux de vous voir à cette occasion.",
    )
    m = M(
        "khoury",
        W.khoury,
        [W.julien],
        "Re: " + f.subject,
        "2027-03-12 10:20",
        [
            T("""
            Bonjour Julien,

            Merci pour ce point. Je préfère réduire l'or de moitié, et oui, il faudra prévoir environ 400 000 USD de liquidités pour fin juin : l'achat à Beyrouth se confirme.

            Le 16 mars en fin de journée me conviendrait, à votre hôtel ou à mon bureau au DIFC.

            Bien à vous,
            Nadim
            """),
            Q,
        ],
        parent=f,
        style=gmail("fr"),
        fam=GMAIL(),
        client="gmail",
    )
    return human("khoury-gmail-fr", m, "fr")


def morel_apple_fr():
    f = F.point_fr(
        "point_morel",
        W.morel,
        "2027-03-08 09:40",
        "Cher Antoine",
        "pour la rentrée de vos enfants à Genève",
        "Je serai à Singapour du 22 au 24 mars ; un café serait l'occasion d'en parler de vive voix.",
    )
    m = M(
        "morel",
        W.morel,
        [W.julien],
        "Re: " + f.subject,
        "2027-03-11 18:05",
        [
            T("""
            Bonjour Julien,

            On garde l'or tel quel, merci. Pour les liquidités : 150 000 CHF d'ici fin août, pour l'école des enfants.

            Avec plaisir pour un café le 23 mars, je suis à Tanjong Pagar.

            Amitiés,
            Antoine
            """),
            Q,
        ],
        parent=f,
        style=apple_mac("fr"),
        fam=APPLE(xmailer="Apple Mail (2.3826.400.131.1.6)"),
        client="apple_mail",
    )
    return human("morel-apple-mail-fr", m, "fr")


def bovay_outlook_fr():
    f = F.fiduc
    m = M(
        "bovay",
        W.bovay,
        [W.helene],
        "RE: " + f.subject,
        "2027-03-30 14:05",
        [
            T("""
            Chère Madame Vuilleumier,

            Je vous remercie de votre message.

            Vous trouverez ci-joints le procès-verbal signé du 26 février et la liste des signatures autorisées. La copie du passeport de M. Haddad suivra la semaine prochaine : il est actuellement en voyage et rentre le 6 avril.

            Je reste à votre disposition pour tout complément.

            Meilleures salutations,

            Sandrine Bovay
            Directrice
            Fiduciaire Léman SA
            Rue du Rhône 48, 1204 Genève
            T +41 22 555 01 63
            """),
            Q,
        ],
        parent=f,
        style=outlook("fr", "fr-CH"),
        fam=OUT(
            "ZR0P278:CHEP278",
            cs="iso-8859-1",
            lang="fr-CH",
            lang_attr="FR-CH",
            attach=[
                {"name": "Procès-verbal CF 26.02.2027.pdf", "cs": "iso-8859-1"},
                {"name": "Liste des signatures autorisées.pdf", "cs": "iso-8859-1"},
            ],
        ),
        client="outlook",
    )
    return human("bovay-outlook-fr-ch", m, "fr")


N = [qahtani_outlook_ar, saeed_gmail_ar, majed_stop_iphone, khoury_gmail_fr, morel_apple_fr, bovay_outlook_fr]
