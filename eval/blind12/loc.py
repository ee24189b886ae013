"""Localised date strings, header labels and attribution lines, as the clients write them."""

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "pl": ("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
           "grudnia").split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}
MON_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "es": "ene feb mar abr may jun jul ago sept oct nov dic".split(),
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split(),
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru".split(),
    "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.".split(),
    "da": "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.".split(),
    "ru": "янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.".split(),
}
WDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье".split(),
}
WD_ABBR = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "nl": "ma di wo do vr za zo".split(),
    "it": "lun mar mer gio ven sab dom".split(),
    "es": "lun. mar. mié. jue. vie. sáb. dom.".split(),
    "pt": "seg. ter. qua. qui. sex. sáb. dom.".split(),
    "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
    "sv": "mån tis ons tors fre lör sön".split(),
    "da": "man. tir. ons. tor. fre. lør. søn.".split(),
    "cs": "po út st čt pá so ne".split(),
    "ru": "пн вт ср чт пт сб вс".split(),
}


def ampm(dt, sep=" "):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d}{sep}{'AM' if dt.hour < 12 else 'PM'}"


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def M(lang, dt):
    return MONTHS[lang][dt.month - 1]


def W(lang, dt):
    return WDAYS[lang][dt.weekday()]


def MA(lang, dt):
    return MON_ABBR[lang][dt.month - 1]


def WA(lang, dt):
    return WD_ABBR[lang][dt.weekday()]


# Outlook "Sent:" value per UI language
def outlook_sent(lang, dt):
    d = dt.day
    y = dt.year
    return {
        "en": lambda: f"{W('en', dt)}, {M('en', dt)} {d}, {y} {ampm(dt)}",
        "en-gb": lambda: f"{d} {M('en', dt)} {y} {hm(dt)}",
        "de": lambda: f"{W('de', dt)}, {d}. {M('de', dt)} {y} {hm(dt)}",
        "nl": lambda: f"{W('nl', dt)} {d} {M('nl', dt)} {y} {hm(dt)}",
        "it": lambda: f"{W('it', dt)} {d} {M('it', dt)} {y} {hm(dt)}",
        "es": lambda: f"{W('es', dt)}, {d} de {M('es', dt)} de {y} {hm(dt)}",
        "fr": lambda: f"{W('fr', dt)} {d} {M('fr', dt)} {y} {hm(dt)}",
        "pl": lambda: f"{W('pl', dt)}, {d} {M('pl', dt)} {y} {hm(dt)}",
        "pt": lambda: f"{W('pt', dt)}, {d} de {M('pt', dt)} de {y} {hm(dt)}",
        "sv": lambda: f"den {d} {M('sv', dt)} {y} {hm(dt)}",
        "da": lambda: f"{d}. {M('da', dt)} {y} {hm(dt)}",
        "cs": lambda: f"{W('cs', dt)} {d}. {M('cs', dt)} {y} {hm(dt)}",
        "ru": lambda: f"{d} {M('ru', dt)} {y} г. {hm(dt)}",
    }[lang]()


OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "en-gb": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
    "pt": ("De:", "Enviada em:", "Para:", "Cc:", "Assunto:"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "da": ("Fra:", "Sendt:", "Til:", "Cc:", "Emne:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Kopie:", "Předmět:"),
    "ru": ("От:", "Отправлено:", "Кому:", "Копия:", "Тема:"),
}


def gmail_intro(lang, dt, name, email, mobile=False):
    d, y = dt.day, dt.year
    who = f"{name} <{email}>"
    if lang == "en":
        if mobile:
            return f"On {WA('en', dt)}, {MA('en', dt)} {d}, {y}, {ampm(dt)} {who} wrote:"
        return f"On {WA('en', dt)}, {MA('en', dt)} {d}, {y} at {ampm(dt)} {who} wrote:"
    if lang == "en-gb":
        if mobile:
            return f"On {WA('en', dt)}, {d} {MA('en', dt)} {y}, {hm(dt)} {who} wrote:"
        return f"On {WA('en', dt)}, {d} {MA('en', dt)} {y} at {hm(dt)}, {who} wrote:"
    if lang == "fr":
        if mobile:
            return f"Le {WA('fr', dt)} {d} {MA('fr', dt)} {y}, {hm(dt)}, {who} a écrit :"
        return f"Le {WA('fr', dt)} {d} {MA('fr', dt)} {y} à {hm(dt)}, {who} a écrit :"
    if lang == "de":
        if mobile:
            return f"{who} schrieb am {WA('de', dt)}, {d}. {M('de', dt)} {y}, {hm(dt)}:"
        return f"Am {WA('de', dt)}, {d}. {M('de', dt)} {y} um {hm(dt)} Uhr schrieb {who}:"
    if lang == "nl":
        return f"Op {WA('nl', dt)} {d} {MA('nl', dt)} {y} om {hm(dt)} schreef {who}:"
    if lang == "it":
        return f"Il giorno {WA('it', dt)} {d} {MA('it', dt)} {y} alle ore {hm(dt)} {who} ha scritto:"
    if lang == "es":
        return f"El {WA('es', dt)}, {d} {MA('es', dt)} {y} a las {hm(dt)}, {name} (<{email}>) escribió:"
    if lang == "pt":
        return f"Em {WA('pt', dt)}, {d} de {MA('pt', dt)} de {y} às {hm(dt)}, {who} escreveu:"
    if lang == "pl":
        return f"{WA('pl', dt)}, {d} {MA('pl', dt)} {y} o {hm(dt)} {who} napisał(a):"
    if lang == "sv":
        return f"Den {WA('sv', dt)} {d} {M('sv', dt)} {y} kl {hm(dt)} skrev {who}:"
    if lang == "da":
        return f"Den {WA('da', dt)} {d}. {MA('da', dt)} {y} kl. {dt.hour:02d}.{dt.minute:02d} skrev {who}:"
    if lang == "cs":
        return f"{WA('cs', dt)} {d}. {dt.month}. {y} v {dt.hour}:{dt.minute:02d} odesílatel {who} napsal:"
    if lang == "ru":
        return f"{WA('ru', dt)}, {d} {MA('ru', dt)} {y} г. в {hm(dt)}, {who}:"
    raise KeyError(lang)


def apple_intro(lang, dt, name, email, ios=False):
    d, y = dt.day, dt.year
    who = f"{name} <{email}>"
    if lang == "en":
        return f"On {MA('en', dt)} {d}, {y}, at {ampm(dt)}, {who} wrote:"
    if lang == "en-gb":
        return f"On {d} {MA('en', dt)} {y}, at {hm(dt)}, {who} wrote:"
    if lang == "fr":
        return f"Le {d} {M('fr', dt)} {y} à {hm(dt)}, {who} a écrit :"
    if lang == "de":
        return f"Am {d:02d}.{dt.month:02d}.{y} um {hm(dt)} schrieb {who}:"
    if lang == "nl":
        return f"Op {d} {MA('nl', dt)} {y} om {hm(dt)} heeft {who} het volgende geschreven:"
    if lang == "it":
        return f"Il giorno {d} {MA('it', dt)} {y}, alle ore {hm(dt)}, {who} ha scritto:"
    if lang == "es":
        return f"El {d} {MA('es', dt)} {y}, a las {hm(dt)}, {who} escribió:"
    if lang == "pt":
        return f"Em {d} de {MA('pt', dt)} de {y}, à(s) {hm(dt)}, {who} escreveu:"
    if lang == "pl":
        return f"Wiadomość napisana przez {who} w dniu {d:02d}.{dt.month:02d}.{y}, o godz. {hm(dt)}:"
    if lang == "sv":
        return f"{d} {M('sv', dt)} {y} kl. {hm(dt)} skrev {who}:"
    if lang == "da":
        return f"Den {d}. {MA('da', dt)} {y} kl. {dt.hour:02d}.{dt.minute:02d} skrev {who}:"
    raise KeyError(lang)


def tb_intro(lang, dt, name, email=None):
    d, y = dt.day, dt.year
    if lang == "en":
        return f"On {dt.month}/{d}/{y % 100:02d} {ampm(dt)}, {name} wrote:"
    if lang == "en-gb":
        return f"On {d:02d}/{dt.month:02d}/{y} {hm(dt)}, {name} wrote:"
    if lang == "de":
        return f"Am {d:02d}.{dt.month:02d}.{y % 100:02d} um {hm(dt)} schrieb {name}:"
    if lang == "fr":
        return f"Le {d:02d}/{dt.month:02d}/{y} à {hm(dt)}, {name} a écrit :"
    if lang == "cs":
        return f"Dne {d:02d}. {dt.month:02d}. {y % 100:02d} v {hm(dt)} {name} napsal(a):"
    if lang == "pl":
        return f"W dniu {d:02d}.{dt.month:02d}.{y} o {hm(dt)}, {name} pisze:"
    if lang == "ru":
        return f"{d:02d}.{dt.month:02d}.{y} {hm(dt)}, {name} пишет:"
    if lang == "nl":
        return f"Op {d:02d}-{dt.month:02d}-{y} om {hm(dt)} schreef {name}:"
    if lang == "it":
        return f"Il {d:02d}/{dt.month:02d}/{y % 100:02d} {hm(dt)}, {name} ha scritto:"
    if lang == "es":
        return f"El {d}/{dt.month}/{y % 100:02d} a las {hm(dt)}, {name} escribió:"
    if lang == "sv":
        return f"Den {y}-{dt.month:02d}-{d:02d} kl. {hm(dt)}, skrev {name}:"
    if lang == "da":
        return f"Den {d:02d}-{dt.month:02d}-{y} kl. {hm(dt)} skrev {name}:"
    raise KeyError(lang)
