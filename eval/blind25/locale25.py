"""Date strings as each mail client prints them in a quoted header or an attribution line, per locale. Written from
memory of the clients (Outlook for Windows / Mac / mobile, Gmail, Apple Mail and iOS, the Chinese, Japanese and
Korean webmails); the time shown is always the quoting person's local time."""

EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ZH_WD = ["一", "二", "三", "四", "五", "六", "日"]
JA_WD = ["月", "火", "水", "木", "金", "土", "日"]
KO_WD = ["월", "화", "수", "목", "금", "토", "일"]
AR_WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_MON = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def h12(dt):
    h = dt.hour % 12 or 12
    return h, dt.hour >= 12


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def en12(dt):
    h, pm = h12(dt)
    return f"{h}:{dt.minute:02d} {'PM' if pm else 'AM'}"


def zh12(dt, sep=""):
    h, pm = h12(dt)
    return f"{'下午' if pm else '上午'}{sep}{h}:{dt.minute:02d}"


def ko12(dt):
    h, pm = h12(dt)
    return f"{'오후' if pm else '오전'} {h}:{dt.minute:02d}"


def ar12(dt):
    h, pm = h12(dt)
    return f"{h:02d}:{dt.minute:02d} {'م' if pm else 'ص'}"


def ymd_zh(dt):
    return f"{dt.year}年{dt.month}月{dt.day}日"


def outlook_date(dt, loc):
    """The 'Sent:' value of a classic Outlook for Windows header block."""
    wd = dt.weekday()
    if loc == "en-US":
        return f"{EN_WD[wd]}, {EN_MON[dt.month - 1]} {dt.day}, {dt.year} {en12(dt)}"
    if loc == "en-US-sec":
        h, pm = h12(dt)
        return f"{EN_WD[wd]}, {EN_MON[dt.month - 1]} {dt.day}, {dt.year} {h}:{dt.minute:02d}:00 {'PM' if pm else 'AM'}"
    if loc == "en-GB":
        return f"{dt.day:02d} {EN_MON[dt.month - 1]} {dt.year} {hm(dt)}"
    if loc == "en-GB-long":
        return f"{EN_WD[wd]}, {dt.day} {EN_MON[dt.month - 1]} {dt.year} {hm(dt)}"
    if loc == "en-IN":
        return f"{EN_WD[wd]}, {dt.day} {EN_MON[dt.month - 1]}, {dt.year} {en12(dt).lower()}"
    if loc == "zh-CN":
        return f"{ymd_zh(dt)} {hm(dt)}"
    if loc == "zh-CN-new":
        return f"{ymd_zh(dt)} 星期{ZH_WD[wd]} {hm(dt)}"
    if loc == "zh-TW":
        return f"{ymd_zh(dt)} {zh12(dt, ' ')}"
    if loc == "zh-TW-new":
        return f"{ymd_zh(dt)} 星期{ZH_WD[wd]} {zh12(dt, ' ')}"
    if loc == "ja":
        return f"{ymd_zh(dt)} {dt.hour}:{dt.minute:02d}"
    if loc == "ja-new":
        return f"{ymd_zh(dt)} {JA_WD[wd]}曜日 {dt.hour}:{dt.minute:02d}"
    if loc == "ko":
        return f"{dt.year}년 {dt.month}월 {dt.day}일 {KO_WD[wd]}요일 {ko12(dt)}"
    if loc == "ar":
        return f"{AR_WD[wd]}، {dt.day} {AR_MON[dt.month - 1]}، {dt.year} {ar12(dt)}"
    if loc == "fr-CH":
        return f"{FR_WD[wd]}, {dt.day} {FR_MON[dt.month - 1]} {dt.year} {hm(dt)}"
    if loc == "fr-FR":
        return f"{FR_WD[wd]} {dt.day} {FR_MON[dt.month - 1]} {dt.year} {hm(dt)}"
    raise KeyError(loc)


OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "zh-CN": ("发件人:", "发送时间:", "收件人:", "抄送:", "主题:"),
    "zh-TW": ("寄件者:", "寄件日期:", "收件者:", "副本:", "主旨:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "CC:", "件名:"),
    "ko": ("보낸 사람:", "보낸 날짜:", "받는 사람:", "참조:", "제목:"),
    "ar": ("من:", "تاريخ الإرسال:", "إلى:", "نسخة:", "الموضوع:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
}

# Outlook for Mac: 'Date:' and 'at'
MAC_LABELS = {
    "en": ("From:", "Date:", "To:", "Cc:", "Subject:"),
    "zh-CN": ("发件人:", "日期:", "收件人:", "抄送:", "主题:"),
    "ja": ("差出人:", "日付:", "宛先:", "CC:", "件名:"),
}


def mac_date(dt, loc):
    wd = dt.weekday()
    if loc == "en":
        return f"{EN_WD[wd]}, {dt.day} {EN_MON[dt.month - 1]} {dt.year} at {hm(dt)}"
    if loc == "zh-CN":
        return f"{ymd_zh(dt)} 星期{ZH_WD[wd]} {hm(dt)}"
    if loc == "ja":
        return f"{ymd_zh(dt)} {JA_WD[wd]}曜日 {hm(dt)}"
    raise KeyError(loc)


def gmail_attr(dt, loc, who):
    wd = dt.weekday()
    if loc == "en-US":
        return f"On {EN_WD[wd][:3]}, {EN_MON[dt.month - 1][:3]} {dt.day}, {dt.year} at {en12(dt)} {who} wrote:"
    if loc == "en-GB":
        return f"On {EN_WD[wd][:3]}, {dt.day} {EN_MON[dt.month - 1][:3]} {dt.year} at {hm(dt)}, {who} wrote:"
    if loc == "zh-CN":
        return f"{who} 于{ymd_zh(dt)}周{ZH_WD[wd]} {zh12(dt)}写道："
    if loc == "zh-TW":
        return f"{who} 於 {ymd_zh(dt)} 週{ZH_WD[wd]} {zh12(dt)}寫道："
    if loc == "ja":
        return f"{ymd_zh(dt)}({JA_WD[wd]}) {dt.hour}:{dt.minute:02d} {who}:"
    if loc == "ko":
        return f"{dt.year}년 {dt.month}월 {dt.day}일 ({KO_WD[wd]}) {ko12(dt)}, {who}님이 작성:"
    if loc == "ar":
        return f"في {AR_WD[wd]}، {dt.day} {AR_MON[dt.month - 1]} {dt.year} في {ar12(dt)}، كتب {who}:"
    if loc == "fr":
        return f"Le {FR_WD[wd][:3]}. {dt.day} {FR_MON[dt.month - 1]} {dt.year} à {hm(dt)}, {who} a écrit :"
    raise KeyError(loc)


def ios_attr(dt, loc, who):
    if loc == "en-GB":
        return f"On {dt.day} {EN_MON[dt.month - 1][:3]} {dt.year}, at {hm(dt)}, {who} wrote:"
    if loc == "en-US":
        return f"On {EN_MON[dt.month - 1][:3]} {dt.day}, {dt.year}, at {en12(dt)}, {who} wrote:"
    if loc == "zh-CN":
        return f"在 {ymd_zh(dt)}，{hm(dt)}，{who} 写道："
    if loc == "zh-TW":
        return f"{who} 於 {ymd_zh(dt)} {zh12(dt)} 寫道："
    if loc == "ja":
        return f"{dt.year}/{dt.month:02d}/{dt.day:02d} {dt.hour}:{dt.minute:02d}、{who}のメール:"
    if loc == "ko":
        return f"{dt.year}. {dt.month}. {dt.day}. {ko12(dt)}, {who} 작성:"
    if loc == "ar":
        return f"في {dt.day} {AR_MON[dt.month - 1]} {dt.year}، الساعة {ar12(dt)}، كتب {who}:"
    if loc == "fr":
        return f"Le {dt.day} {FR_MON[dt.month - 1]} {dt.year} à {hm(dt)}, {who} a écrit :"
    raise KeyError(loc)
