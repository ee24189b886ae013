"""The text a reply's author wrote: without quoted history or client boilerplate, from text or HTML bodies.

Quote boundaries are found by structure first, in any language: a quoted header block (three `Label: value`
lines with a date and a sender: Outlook's `From:/Sent:/To:` in every locale, Lotus Notes' stacked
name/date/To/cc/Subject under its `----- Forwarded by … -----` banner, the French webmails' `Message du …`),
an intro line ending in a colon that names a date and an address, wrapped over up to three lines (Gmail's
localised and date-first intros, iOS Mail's), GroupWise's `>>> … >>>` line, separator lines, and `>` quoting
(answers written between or below `>` lines are kept, the ends of quoted lines a client re-wrapped and list
footers are not). The Gmail/Apple/Thunderbird attributions ("On … wrote:", "Le … a écrit :") and Outlook's
separators are also known by name; `quotequail` is the last resort. A phone app's short "sent from" line
that names a device or an app ends the new text. HTML bodies stop at the clients' quote containers.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from html import parser as _html_parser
from html import unescape
from html.parser import HTMLParser

import quotequail

from relance.analysis import anchored

# ("Dne 7. 4. 2027 v 10:05 … napsal(a):" in Czech Thunderbird, "Pe … a scris:" in Romanian Yahoo, "Στις 7 Απρ 2027 …")
_ATTR_START = re.compile(r"^(?:on|le|el|am|em|den|op|dne|pe|στις)\s", re.IGNORECASE)
# The Bat!'s attribution, the date and no name: "Вы писали 7 апреля 2027 г., 10:15:", "You wrote 7 April 2027, 10:15:"
# (its own form: a sentence that starts with "You" or "Вы" is no attribution's start)
_BAT_WROTE = re.compile(r"^(?:вы|ви|you)\s+(?:писали|wrote)\b[^\n]{0,60}:\s*$", re.IGNORECASE)
# Horde and IMP: "Quoting Name <a@b>:", "Lainaus Name <a@b>:", "Zitat von Name <a@b>:", "Citation Name <a@b> :"
_QUOTING_TEXT = r"^(?:quoting|lainaus|citerar|zitat\s+von|citation(?:\s+de)?)\s+[^\n]{1,120}<[^<>\s]+@[^<>\s]+>\s*:\s*$"
_ATTR_END = re.compile(
    r"(?:\bwrote|\bwrites|\ba\s+écrit|\bschrieb|\bescribió|\bescreveu|\bskrev|\bschreef|\bha\s+scritto|"
    # Czech, Slovak, Polish, Russian, Ukrainian, Bulgarian, Romanian, Greek, Hungarian, Turkish, Hebrew
    r"\bnaps[aá]l(?:\(a\)|a)?|\bnapísal(?:\(a\)|a)?|\bpisze|\bнаписал(?:\(а\)|а)?|\bнаписав|\bнаписала|\bнаписа|"
    r"\bпише|\ba\s+scris|\bέγραψε|\bírta|\byazdı|\bכתב(?:\(ה\)|ה)?|"
    # Finnish, Estonian, Latvian, Lithuanian, Icelandic
    r"\bkirjoitti|\bkirjutas|\brakstīja|\brašė|\bskrifaði)\s*:\s*$"
    # Horde and IMP (`_QUOTING`)
    r"|" + _QUOTING_TEXT +
    # The Bat! (`_BAT_WROTE`)
    r"|^(?:вы|ви|you)\s+(?:писали|wrote)\b[^\n]{0,60}:\s*$"
    # Yahoo Mail in Dutch and German puts the verb before the sender: "Op woensdag … schreef Pieter <p@…>:"
    r"|\b(?:schreef|schrieb)\s+[^<>:]{1,80}<[^<>@\s]+@[^<>\s]+>\s*:\s*$"
    # Chinese, Japanese and Korean Gmail: "X <x@…> 于2027年3月1日周一 上午11:00写道：", "… 寫道：", "…님이 작성:"
    r"|(?<=写道|寫道|ージ|작성)\s*[:：]\s*$",
    re.IGNORECASE,
)
_QUOTING = re.compile(_QUOTING_TEXT, re.I)
_ATTR_VERB = re.compile(r"\b(?:wrote|a\s+écrit|schrieb|escribió|escreveu|skrev|schreef|scritto|pisze|napisał)\b", re.I)
_ATTR_ADDR_END = re.compile(
    r"<[^<>@\s]+@[^<>\s]+>\s*(?:wrote|writes|a\s+écrit|ha\s+scritto|escribió|escreveu|skrev|"
    r"kirjoitti|kirjutas|rakstīja|rašė|skrifaði)\s*:\s*$"
    # the date between the address and the verb: "X <x@…> 于2027年3月1日周一 上午11:00写道："
    r"|<[^<>@\s]+@[^<>\s]+>[^<>]{0,40}(?:写道|寫道|のメッセージ|님이\s*작성)\s*:\s*$",
    re.IGNORECASE,
)
# "Aurélie Kervella a écrit :", "Walt Ebner writes:" (SeaMonkey, Gnus): a name alone before the verb, then quotes.
_NAME_ATTR = re.compile(
    r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}\s+(?:wrote|writes|a\s+écrit|schrieb|skrev|schreef)\s*:\s*$", re.I
)
# Supercite quoting (Gnus, Emacs): the quoted author's initials before ">" ("WE> For the 40m LPF ...").
_SUPERCITE = re.compile(r"^\s*[A-Za-z]{1,4}>")
# A mailing list's footer under the reply: Google Groups' "--" block, Mailman's rule and "<list> mailing list".
_GOOGLE_GROUPS = re.compile(
    r"^(?:you\s+received\s+this\s+message\s+because\s+you\s+are\s+subscribed\s+to\s+the\s+google|"
    r"vous\s+recevez\s+ce\s+message,?\s+car\s+vous\s+êtes\s+abonnée?\s+au\s+groupe\s+google)",
    re.IGNORECASE,
)
_MAILMAN_LIST = re.compile(r"^\S+\s+mailing\s+list\s*$", re.IGNORECASE)
_SEPARATOR = re.compile(
    r"^\s*(?:-{2,}\s*(?:original\s+message|message\s+d'origine|message\s+d’origine|forwarded\s+message|"
    r"message\s+transféré|mensaje\s+original|ursprüngliche\s+nachricht|原始邮件|原始郵件|原邮件|原郵件|回复的原邮件|"
    r"원본\s?메일|원본\s?메시지|元のメッセージ|الرسالة\s+الأصلية|mesaj\s+original|исходное\s+сообщение|"
    r"оригінальне\s+повідомлення|původní\s+zpráva|pôvodná\s+správa|eredeti\s+üzenet|wiadomość\s+oryginalna|"
    r"oryginalna\s+wiadomość|αρχικό\s+μήνυμα|orijinal\s+ileti|özgün\s+ileti|оригинално\s+съобщение|הודעה\s+מקורית|"
    r"original-nachricht|"
    # the Nordic and Baltic clients': Swedish, Danish, Norwegian, Finnish, Estonian, Latvian, Lithuanian, Icelandic
    r"ursprungligt\s+meddelande|oprindelig\s+meddelelse|opprinnelig\s+melding|alkuperäinen\s+viesti|algne\s+kiri|"
    r"sākotnējā\s+ziņa|oriģinālā\s+ziņa|pradinis\s+laiškas|originalus\s+laiškas|upprunaleg\s+skilaboð)\s*-{2,}|"
    r"(?:begin\s+forwarded\s+message|début\s+du\s+message\s+réexpédié|début\s+du\s+message\s+transféré|"
    # Apple Mail's forward in its other languages
    r"anfang\s+der\s+weitergeleiteten\s+nachricht|inicio\s+del\s+mensaje\s+reenviado|inizio\s+messaggio\s+inoltrato|"
    r"in[íi]cio\s+da\s+mensagem\s+(?:reencaminhada|encaminhada)|begin\s+doorgestuurd\s+bericht)\s*:|"
    # Lotus Notes: "----- Forwarded by Name/Org on 01/02/2001 10:00 AM -----", in its languages
    r"-{3,}\s*(?:forwarded\s+by|weitergeleitet\s+von|transféré\s+par|réacheminé\s+par|reenviado\s+por|"
    r"inoltrato\s+da|doorgestuurd\s+door|encaminhado\s+por|przekazane\s+przez|przesłane\s+przez)\s.*-{3,}|"
    # Zoho Mail: "---- On Tue, 12 Mar 2024 10:15:00 +0000 Name <a@b> wrote ---"
    r"-{2,}\s*(?:on|le|am|el|em|op|il)\s.*\b(?:wrote|a\s+écrit|schrieb|escribió|escreveu|ha\s+scritto|schreef)\s*-{2,})\s*$",
    re.IGNORECASE,
)
_UNDERSCORES = re.compile(r"^\s*_{20,}\s*$")
_FROM_LINE = re.compile(r"^\s*\*?(?:from|de|von)\s*\*?\s*:\s*\*?\s*\S", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"^\s*\*?(?:sent|date|to|cc|bcc|subject|envoyé|envoye|à|a|objet|cc|cci|gesendet|an|betreff)\s*\*?\s*:\s*",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"""^\s*(?:
        sent\s+from\s+my\s+\w[\w\s-]{0,40} |
        envoyé\s+(?:de|depuis|à\s+partir\s+de)\s+mon\s+\w[\w\s-]{0,40} |
        sent\s+(?:from|with|via)\s+(?:outlook|mail|yahoo\s+mail|gmail|proton\s*mail|spark|airmail)
            (?:\s+for\s+\w[\w\s]{0,30})? |
        envoyé\s+(?:depuis|à\s+partir\s+de|avec)\s+(?:outlook|mail|yahoo\s+mail|gmail|proton\s*mail)
            (?:\s+pour\s+\w[\w\s]{0,30})? |
        get\s+outlook\s+for\s+(?:ios|android) |
        (?:obtenir|télécharger)\s+outlook\s+pour\s+(?:ios|android) |
        # BlackBerry Work's second line under "Sent from BlackBerry Work"
        \(www\.blackberry\.com\) |
        # Salesforce Email-to-Case's thread id, which its template puts in the reply ("ref:_00D….5008…:ref")
        ref:_[\w.]+:ref
    )\s*(?:<https?://[^>\s]*>)?\s*\.?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_QUOTEQUAIL_HINT = re.compile(
    r"wrote|écrit|schrieb|escribió|escreveu|skrev|написал|forwarded|réexpédié|transféré|weitergeleitet|reenviado|"
    r"original\s+message|ursprüngliche|mensaje\s+original|\d{4}/\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)
# Structural cues, in any language: a header line is a short label (one to three words) and a colon, at the
# start of the line or after a left column (Lotus Notes R5 prints the sender and date beside To/cc/Subject).
_LABEL_AT_START = re.compile(r"^\s*(?:>\s?)*\*?[^\W\d_][\w.'’-]*(?: [\w.'’-]+){0,2}\*?\s?:(?:\s|$)")
_LABEL_IN_COLUMN = re.compile(r"^\s*(?:>\s?)*\S.*?\s{2,}\*?[^\W\d_][\w.'’-]*(?: [\w.'’-]+){0,2}\*?\s?:(?:\s|$)")


def _label(line: str) -> re.Match[str] | None:
    """The `Label:` at the start of a line, or after a left column (two spaces or a tab before it)."""
    if ":" not in line:
        return None
    return _LABEL_AT_START.match(line) or (
        _LABEL_IN_COLUMN.match(line) if "  " in line or "\t" in line.strip() else None
    )


_DATEISH = re.compile(r"\b(?:19|20)\d{2}(?:\b|\s*[年년])|\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
_ADDRESS = re.compile(r"(?<![^\s<>()\[\]@])[^\s<>()\[\]@]+@[^\s<>()\[\]@]+\.\w+")
_RULE = re.compile(r"^\s*(?:[-_=*]{3,}.*[-_=*]{3,}|[-_=*]{10,})\s*$")  # "----- Forwarded by … -----", "_____"
# The one label every quoted header starts with or carries, in the languages of the clients a firm meets.
_SENDER_LABEL = re.compile(
    r"^\s*(?:>\s?)*\*?(?:from|de|von|van|da|od|fra|från|от|kimden|gönderen|lähettäjä|feladó|afzender|absender|"
    # Romanian, Greek, Ukrainian (Outlook's "Від", ukr.net's "Від кого") and Hebrew
    r"de\s+la|από|від(?:\s+кого)?|מאת|"
    # Lithuanian, Latvian, Estonian, Icelandic
    r"nuo|no|saatja|frá|"
    r"expéditeur|remitente|remetente|mittente|发件人|發件人|寄件者|寄件人|差出人|送信者|보낸\s?사람|من)\*?\s?:",
    re.IGNORECASE,
)
_NOTES_NAME = re.compile(r"[^\W\d_]/[^\W\d_]")  # Lotus Notes "Name/Org"
_GROUPWISE = re.compile(r"^\s*>>>\s.*\s>>>\s*$")
# Lotus Notes 6-8 as plain text: its reply header is a table whose labels stand alone on their lines.
_LABEL_WORDS = (
    r"(?:to|cc|bcc|subject|an|kopie|blindkopie|betreff|thema|à|a|objet|cci|para|asunto|assunto|oggetto|aan|"
    r"onderwerp|do|dw|temat)"
)
_BARE_LABEL = re.compile(rf"^\s*{_LABEL_WORDS}\s*$", re.IGNORECASE)
# … or at the end of a line, after a wide gap, when Notes prints the label column right of the sender's column.
_END_LABEL = re.compile(rf"\S\s{{3,}}{_LABEL_WORDS}\s*$", re.IGNORECASE)
# Lotus Notes R5 "bordered" header: the sender's box, then the To/cc/Subject box, drawn with |, - and +.
_NOTES_BOX = re.compile(r"^\|-{3,}\+-{3,}>?\s*$")
# Inline answers marked with the author's initials, "[SM] Sage 200, on premise." or "[AP: mostly planning files]",
# inside an unmarked quote.
_INITIALS_ANSWER = re.compile(r"^\s*\[([A-Z]{2,3})(?:\]\s+|:\s*)\S")
# A reply that points to answers written inside the quote: "Réponses dans le texte", "see my comments below in red".
_POINTER = anchored.CaseFree(
    re.compile(
        r"""\b(?:(?:see|find|read)\b[^.\n]{0,25}\b(?:below|inline|in[\s-]line|in\s+(?:red|blue|green|bold|the\s+text|your\s+(?:text|e-?mail|message)))|
        (?:answers?|comments?|responses?|replies|notes?|remarks?|questions?|queries)\s+(?:are\s+)?(?:below|inline|in[\s-]line|
            in\s+(?:red|blue|green|bold))|
        (?:réponses?|reponses?|commentaires?|remarques?|annotations?|questions?)\b[^.\n]{0,25}?(?:dans\s+(?:le|votre)\s+(?:texte|corps|mail|message)|
            ci-dessous|en\s+(?:rouge|bleu|vert|gras))|
        voir\s+(?:mes\s+\w+\s+)?(?:dans\s+(?:le|votre)\s+(?:texte|mail|message)|ci-dessous|en\s+(?:rouge|bleu|vert))|
        # "meine Antworten direkt im Text unten", "Anmerkungen in Rot", "siehe unten"; "antwoorden hieronder"
        (?:antworten|antwort|anmerkungen|kommentare|antwoorden|opmerkingen|reacties)\b[^.\n]{0,25}?
            (?:im\s+text|unten|inline|in\s+(?:rot|blau|gr[üu]n|fett)|hieronder|in\s+de\s+tekst|in\s+(?:rood|blauw|groen))|
        siehe\s+(?:unten|im\s+text)|zie\s+(?:hieronder|in\s+de\s+tekst)|
        # "rispondo nel testo", "te contesto debajo", "respondo abaixo", "risposte in rosso", "ver abajo"
        (?:rispondo|risposte|commenti|contesto|respondo|respuestas|comentarios|respostas|coment[áa]rios)\b[^.\n]{0,20}?
            (?:nel\s+testo|sotto|di\s+seguito|in\s+(?:rosso|blu|verde|grassetto)|debajo|abajo|en\s+el\s+texto|entre\s+l[íi]neas|
            en\s+(?:rojo|azul|verde|negrita)|abaixo|no\s+texto|(?:a|em)\s+(?:vermelho|azul|verde|negrito))|
        (?:vedi|ver|vide|veja)\s+(?:sotto|nel\s+testo|abajo|debajo|abaixo|no\s+texto))""",
        re.IGNORECASE | re.VERBOSE,
    )
)


def answers_pointed_to(text: str) -> bool:
    """Whether `text` points to answers written inside the quote ("réponses dans le texte", "answers inline below in
    caps"): the words under its sign-off are the reply too."""
    return bool(_POINTER.search(text) or _CAPS_POINTER.search(text))


# How an author marks such answers when the quote itself is unmarked: "--> La plaquette oui.", "=> Oui", ">> on est 23".
_ANSWER_MARK = re.compile(r"^\s*(-{1,2}>|={1,2}>|>>)\s*\S")
_NUMBERED_POINT = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)]\s")
_SENTENCE_END = re.compile(r"[.!?,;]\s*$")
_ANSWER_END = re.compile(r"[.!?,;\])]\s*$")  # an answer's last line: its sentence or its bracket closed
# "Sent from / Envoyé de / Von meinem … gesendet / Wysłane z …": a short line naming a device or a mail app.
_DEVICE = re.compile(
    r"\b(?:iphon\w*|ipad|android|outlook|mail\.ru|мобильн\w*|телефон\w*|смартфон\w*|κινητό|galaxy|samsung|huawei|xiaomi|typeapp|bluemail|yahoo|aol|blackberry|"
    r"smartphone|mobile|mobil|móvil|movil|telefon\w*|téléphone|phone|tablet|appareil|gerät|apparaat|"
    r"dispositivo|urządzenia|proton\s*mail|gmail|spark|airmail|superhuman|windows|lark|feishu|wecom|foxmail)\b",
    re.IGNORECASE,
)
# How those lines begin: "sent"/"get" in each language (a sentence about a phone, "We only use Outlook.",
# begins with its subject).
_SENT_VERB = re.compile(
    r"^(?:sent|get|envoyé|envoye|provenance|télécharger|obtenir|von|gesendet|holen|verstuurd|verzonden|inviato|scarica|ottieni|mandato|"
    r"enviado|enviada|obtener|descargar|obter|baixe|wysłane|wysłano|pobierz|skickat|sendt|odesláno|отправлено|"
    r"odoslané|trimis|στάλθηκε|εστάλη|изпратено|надіслано|відправлено|elküldve|küldve|gönderildi|נשלח|"
    r"lähetetty|saadetud|nosūtīts|išsiųsta|sent\s+úr|sendt\s+fra)\b",
    re.IGNORECASE,
)
# … and in Chinese, Japanese, Korean and Arabic, where the verb and the device need no space between them:
# "发自我的iPhone", "從我的 iPhone 傳送", "iPhoneから送信", "iPhone에서 보냄", "أُرسلت من الـ iPhone",
# "发自网易邮箱大师".
_CJK_DEVICE = re.compile(
    r"^(?:(?:发自|發自|来自|來自|从|從)\s*(?:我的)?\s*(?:iphone|ipad|android|华为|小米|手机|手機|网易邮箱大师|網易郵箱大師|"
    r"邮箱大师|飞书|企业微信|qq邮箱)(?:\s*(?:传送|傳送|发送|發送))?|"
    r"(?:iphone|ipad|android|スマートフォン)\s*(?:から送信|에서\s*보냄|에서\s*보냈습니다)|"
    r"(?:أُرسلت|أرسلت|ارسلت|أُرسِلت)\s+من\s+(?:الـ\s*|ال)?(?:iphone|ipad|آيفون|هاتفي))\s*$",
    re.IGNORECASE,
)
_VERB_LAST = re.compile(r"\s(?:küldve|elküldve|gönderildi)$", re.IGNORECASE)
_THIS_MESSAGE = re.compile(
    r"^(?:this\s+(?:message|e-?mail)|diese\s+(?:nachricht|e-?mail)|ce\s+(?:message|courriel|mail)|questo\s+messaggio|"
    r"este\s+(?:mensaje|correo|e-?mail)|esta\s+mensagem|dit\s+(?:bericht|e-?mailbericht)|ta\s+wiadomość)\b",
    re.IGNORECASE,
)
# Zero-width and direction marks (BlackBerry puts a left-to-right mark before each header label: "\u200eFrom:").
_INVISIBLE = (("\ufeff", ""), ("\u200b", ""), ("\u200e", ""), ("\u200f", ""), ("\xa0", " "), ("\u202f", " "))


def _visible(text: str) -> str:
    """Zero-width characters dropped, no-break spaces as spaces (a few `replace` calls: `str.translate` with a
    table costs a millisecond on a long thread)."""
    if text.isascii():
        return text
    for char, replacement in _INVISIBLE:
        if char in text:
            text = text.replace(char, replacement)
    return text


def plain_body(body_text: str | None, body_html: str | None = None) -> str:
    """The whole body as text, quoted history included: the plain-text part, or the HTML's text when there is none."""
    text = (body_text or "").strip()
    if not text and body_html:
        text = html_to_text(body_html)
    return text


def extract(body_text: str | None, body_html: str | None = None, author: str | None = None) -> str:
    """New text of a reply: from the plain-text body, or from the HTML body when there is no text; with the answers
    written inside the quote in the colour the reply names, which only the HTML part shows. `author`: the display
    name of the reply's sender, when known (see from_text)."""
    return read(body_text, body_html, author)[0]


def read(
    body_text: str | None, body_html: str | None, author: str | None = None, *, whole_quote: bool = False
) -> tuple[str, str, str]:
    """The new text of a reply (as `extract`), the whole body it was read from, and the body with its whole quote (to
    compare with the message it answers: for a reply sent as HTML alone, the HTML's whole text when `whole_quote`,
    else the body). A reply sent as HTML alone is read up to its quote container, unless what its author wrote above
    it points to answers typed inside the quote ("Meine Antworten unten mit [MK] markiert", "voir mes réponses dans
    le texte"): then the whole HTML's text is read, quote included, as a plain-text part is. That text is parsed
    once, for both."""
    plain = plain_body(body_text, body_html)
    new = from_text(plain, author, stored=whole_quote)
    html_only = bool(body_html) and not (body_text or "").strip()
    whole: str | None = None
    if html_only and body_html and points_inside(new) and not _COLOUR_POINTER.search(new):
        # (answers in a colour it names are read from the HTML's colours, below)
        whole = html_whole_text(body_html)
        fuller = from_text(whole, author, stored=whole_quote)
        if len(fuller) > len(new):
            new, plain = fuller, whole
    if html_only and body_html and whole_quote and whole is None:
        whole = html_whole_text(body_html)
    return with_coloured_answers(new, body_text, body_html), plain, whole or plain


def quoted_notice(plain: str) -> str:
    """An automatic reply's notice its server quoted under a heading of its own ("Automatic reply" then "> Thomas
    Reiter is no longer with …"): the body's first quoted lines, unquoted, before the original message's header or
    attribution. Empty when the body has no such lines, or when they run on without the original's header after
    them (then they may be the original itself, quoted)."""
    lines: list[str] = []
    for line in plain.splitlines()[:60]:
        if _SEPARATOR.match(line) or _FROM_LINE.match(line) or _UNDERSCORES.match(line) or _ATTR_VERB.search(line):
            notice = "\n".join(lines).strip()
            return notice if len(notice) <= 1500 else ""
        if line.lstrip().startswith(">"):
            lines.append(line.lstrip().lstrip(">").strip())
        elif lines and line.strip():
            return ""
    return ""


def points_inside(text: str) -> bool:
    """Whether `text` (what a reply's author wrote above the quote) says answers are typed inside it: a pointer ("see
    below", "réponses dans le texte", "in caps"), the mark they carry ("marked [MK]", "mit [MK] markiert") or the
    author's initials."""
    return answers_pointed_to(text) or bool(_NAMED_MARK.search(text) or _OWN_INITIALS.search(text))


def html_whole_text(html: str) -> str:
    """The visible text of an HTML body, one line per block as `html_to_text` reads it, quote containers included
    (empty when the parser cannot read it)."""
    parser = _Text(whole=True)
    try:
        parser.feed(html)
        parser.close()
    except Exception:
        return ""
    return _lines_of(parser.parts)


# A mail gateway's warning put on top of the body ("CAUTION: This email originated from outside of the organisation.
# Do not click links…", "[EXTERNAL]", "Ce courriel provient de l'extérieur…"): the gateway's words, not the sender's.
_GATEWAY_BANNER = re.compile(
    r"""^\s*(?:\[?(?:external|externe|extern|caution|warning|attention|avertissement)\]?\s*(?:e-?mail|sender|message|courriel)?
        \s*[:!-]?\s*$|
        (?=.{0,600}$)(?:\W*(?:caution|warning|attention|notice|external(?:\s+(?:e-?mail|sender|message))?|avertissement|
            mise\s+en\s+garde|externe|\[external\]|
            # Dutch, German and the Nordic languages: "[EXTERN] LET OP:", "ACHTUNG:", "EKSTERN E-MAIL", "VARNING:"
            let\s+op|achtung|vorsicht|varning|advarsel|obs|(?:extern|ekstern|externt|eksternt)(?:\s+(?:e-?mail|e-?post|mail|bericht))?
            )\W*\s*)*
        (?:this\s+(?:e-?mail|message)|ce\s+(?:courriel|message|mail|e-?mail)|cet\s+e-?mail|you\s+(?:have\s+)?received|
            the\s+sender|l['’]exp[ée]diteur|deze\s+e-?mail|dit\s+(?:e-?mail)?bericht|diese\s+(?:e-?mail|nachricht)|
            (?:denne|dette|detta)\s+(?:e-?mail|e-?post|mail|mejl|meddelande|besked|melding)\w*)\b.{0,60}?
        \b(?:originat\w*|comes?|came|(?:was|is|has\s+been)\s+sent|is\s+from|arrived|provient|vient|a\s+[ée]t[ée]\s+envoy[ée]e?|
            est\s+envoy[ée]e?|is\s+an?|is\s+afkomstig|komt|stammt|kommt|kommer|kom|er\s+sendt|ble\s+sendt|skickades|
            har\s+skickats|wurde)\b.{0,40}?
        \b(?:outside|external|ext[ée]rieur|externe[mn]?|buiten|au[sß]erhalb|utanf[öo]r|uden\s*for|udenfor|utenfor|eksterne?)\b
        .{0,200}?
        \b(?:links?|attachments?|liens?|pi[èe]ces?\s+jointes?|sender|exp[ée]diteur|caution|prudence|vigilan\w+|safe|trusted|
            bijlagen?|afzender|anh[äa]ng\w*|absender|l[äa]nkar|bilagor|avs[äa]ndare|afsender|vedh[æa]ftede?|avsender|vedlegg))""",
    re.IGNORECASE | re.VERBOSE,
)
# A help desk's notification (Zendesk): "##- Please type your reply above this line -##", the ticket's line, then
# each comment under a rule with its author and time, the newest first.
_HELPDESK_MARK = re.compile(
    # in the agent's language: "##- Please type your reply above this line -##", "##- Veuillez répondre au-dessus de
    # cette ligne -##", "##- Escriba su respuesta por encima de esta línea -##", "##- Digita la tua risposta sopra
    # questa riga -##": Zendesk's mark, whatever its words
    r"^\s*##-\s*[^#\n]{5,100}?\s*-##\s*$",
)
_HELPDESK_RULE = re.compile(r"^\s*-{10,}\s*$")


def _without_banner(lines: list[str]) -> list[str]:
    """`lines` without the gateway warnings at their top (one paragraph each, up to two of them)."""
    for _ in range(2):
        start = next((i for i, line in enumerate(lines) if line.strip()), None)
        if start is None:
            return lines
        end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
        if end - start > 4 or not _GATEWAY_BANNER.match(" ".join(ln.strip() for ln in lines[start:end])):
            return lines
        lines = lines[end:]
    return lines


def _helpdesk_comment(lines: list[str], *, authored: bool = False) -> list[str] | None:
    """The newest comment of a help desk's notification that starts with its reply mark (what the agent wrote, under
    its author and time), or None when `lines` is not one. `authored`: None when it holds no comment (only the
    notification's own words)."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _HELPDESK_MARK.match(lines[first]):
        return None
    rules = [i for i in range(first + 1, len(lines)) if _HELPDESK_RULE.match(lines[i])]
    if not rules:
        # a template without its rules of dashes: each comment still starts on its author's line and its time's
        return _unruled_comment(lines, first)
    body = [i for i in range(rules[0] + 1, rules[1] if len(rules) > 1 else len(lines)) if lines[i].strip()]
    if len(body) < 3 or not _DATEISH.search(lines[body[1]]):
        # no comment under the rule (its author's line, then its time's): the notification's own words above it
        # ("Votre demande (4521) a bien été reçue…"), the help desk's footer below
        return None if authored else lines[first + 1 : rules[0]]
    # the author's line and the time's line head the comment; the list of its attachments ends it
    comment = lines[body[2] : body[-1] + 1]
    attached = next((i for i, line in enumerate(comment) if _ATTACHMENTS_HEADING.match(line)), len(comment))
    return comment[:attached]


def _comment_head(lines: list[str], heads: list[int], n: int) -> bool:
    """Whether the non-blank lines `heads[n]` and `heads[n + 1]` are a comment's author ("Julie Besson (Assurvie)")
    and time ("7 janv. 2030, 14:00 UTC"), as a help desk writes them above each comment."""
    if n + 1 >= len(heads):
        return False
    author, time = lines[heads[n]].strip(), lines[heads[n + 1]].strip()
    return (
        len(author) <= 80
        and len(author.split()) <= 8
        and not _DATEISH.search(author)
        and not author.endswith((".", ":", "!", "?", ";", ","))
        and len(time) <= 40
        and bool(_DATEISH.search(time))
    )


def _unruled_comment(lines: list[str], first: int) -> list[str] | None:
    """The newest comment of a help desk's notification whose comments are not ruled off: from under the first
    author and time to the next comment's author, or None when no comment has both."""
    heads = [i for i in range(first + 1, len(lines)) if lines[i].strip()]
    start = next((n for n in range(len(heads) - 2) if _comment_head(lines, heads, n)), None)
    if start is None:
        return None
    end = next((heads[n] for n in range(start + 2, len(heads)) if _comment_head(lines, heads, n)), len(lines))
    comment = lines[heads[start + 2] : end]
    attached = next((i for i, line in enumerate(comment) if _ATTACHMENTS_HEADING.match(line)), len(comment))
    return comment[:attached] or None


# The heading of the attachments a help desk lists under a comment.
_ATTACHMENTS_HEADING = re.compile(
    r"^\s*(?:attachments?(?:\(s\))?|pi[èe]ces?\s+jointes?|archivos\s+adjuntos|adjuntos|allegati|anexos|anh[äa]nge|bijlagen)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)


# Jira Service Management's notification: a rule of dashes, "Reply above this line.", then "<author> commented:" and
# the comment, or the notification's own words (an acknowledgement); its footer links to the request.
_REPLY_ABOVE = re.compile(
    r"^\s*(?:reply|r[ée]pondez|r[ée]pondre|antworten\s+sie|antwoord|rispondi|responda)\b.{0,30}?"
    r"\b(?:above|au-dessus\s+de|[üu]ber|boven|sopra|encima\s+de|acima\s+(?:desta|da))\b.{0,15}?"
    r"\b(?:this\s+line|cette\s+ligne|dieser\s+zeile|deze\s+(?:lijn|regel)|questa\s+riga|esta\s+l[íi]nea|linha)\W*$",
    re.IGNORECASE,
)
_COMMENTED = re.compile(
    r"^\s*\S.{0,60}?\s+(?:commented|replied|responded|a\s+comment[ée]|a\s+r[ée]pondu|hat\s+(?:kommentiert|geantwortet)|"
    r"heeft\s+gereageerd|ha\s+commentato|ha\s+comentado|comentou)\s*:\s*$",
    re.IGNORECASE,
)
# ServiceNow's comment notification: "Your incident INC0071846 has been updated with the following comments:", then
# each journal entry under its time, author and field ("2026-12-17 16:42:04 GMT - Priyanka Shah (Additional
# comments)"), the newest first, then a link to the record and the instance's own sign-off.
_JOURNAL_ENTRY = re.compile(
    r"^\s*(?:19|20)\d{2}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?\s+-\s+"
    r"[^()\n]{2,60}\((?:[^()\n]{0,30}(?:comments?|kommentare?|commentaires?|notes?|commenti|comentarios?|coment[áa]rios?))\)\s*$",
    re.IGNORECASE,
)
# The footer lines of those notifications: a link to the record, who it is shared with, whose product it is.
_HELPDESK_FOOTER = re.compile(
    r"""^\s*(?:(?:click\s+here\s+to\s+|to\s+)?view\s+(?:this\s+|the\s+|your\s+)?(?:request|incident|case|ticket|record)\b|
        turn\s+off\s+this\s+request|this\s+is\s+shared\s+with\b|.{0,80}\bpowered\s+by\s+jira\b|
        (?:zum|zur|zu\s+ihrem)\s+(?:ticket|vorgang|incident|anfrage)\b|(?:ticket|anfrage|vorgang)\s+anzeigen\b|
        (?:cliquez\s+ici\s+pour\s+(?:voir|afficher|consulter)|(?:voir|afficher|consulter)\s+(?:l['’]incident|le\s+ticket|la\s+demande))\b|
        ref:MSG\d+)""",
    re.IGNORECASE | re.VERBOSE,
)


def _until_footer(lines: list[str], start: int) -> list[str]:
    """`lines` from `start` up to the first footer line of a help desk's notification or the next journal entry."""
    end = next(
        (i for i in range(start, len(lines)) if _HELPDESK_FOOTER.match(lines[i]) or _JOURNAL_ENTRY.match(lines[i])),
        len(lines),
    )
    return lines[start:end]


def _authored_comment(lines: list[str]) -> list[str] | None:
    """The newest comment, under its author's line, of a Jira Service Management or ServiceNow notification, or
    None when `lines` is not one of those or holds no comment."""
    heads = _heads(lines, 8)
    mark = next((i for i in heads if _REPLY_ABOVE.match(lines[i])), None)
    if mark is not None:
        author = next((i for i in range(mark + 1, len(lines)) if lines[i].strip()), None)
        if author is not None and _COMMENTED.match(lines[author]):
            return _until_footer(lines, author + 1)
        return None
    entry = next((i for i in heads if _JOURNAL_ENTRY.match(lines[i])), None)
    return _until_footer(lines, entry + 1) if entry is not None else None


def _helpdesk_notice(lines: list[str]) -> list[str] | None:
    """A Jira Service Management notification that holds no comment: its own words, between its mark and its
    footer (an acknowledgement, a status change)."""
    heads = _heads(lines, 3)
    mark = next((i for i in heads if _REPLY_ABOVE.match(lines[i])), None)
    return _until_footer(lines, mark + 1) if mark is not None else None


def _heads(lines: list[str], count: int) -> list[int]:
    """The indexes of the first `count` lines of `lines` that are not blank (read no further)."""
    heads: list[int] = []
    for i, line in enumerate(lines):
        if line.strip():
            heads.append(i)
            if len(heads) == count:
                break
    return heads


def _head_lines(text: str, count: int) -> list[str]:
    """The first `count` lines of `text` that are not blank, without splitting the rest of it (a long thread's
    body is read here for its first lines only)."""
    heads: list[str] = []
    start = 0
    while len(heads) < count:
        end = text.find("\n", start)
        line = (text[start:] if end < 0 else text[start:end]).removesuffix("\r")
        if line.strip():
            heads.append(line)
        if end < 0:
            break
        start = end + 1
    return heads


def _may_be_helpdesk(heads: list[str]) -> bool:
    """`heads` (a body's first eight lines that are not blank) open a help desk's notification: its reply mark
    first, Jira Service Management's "Reply above this line." or a ServiceNow journal entry among them."""
    return bool(heads) and (
        bool(_HELPDESK_MARK.match(heads[0]))
        or any(_REPLY_ABOVE.match(line) for line in heads)
        or any(_JOURNAL_ENTRY.match(line) for line in heads)
    )


def helpdesk_comment(text: str) -> str | None:
    """What an agent wrote, when `text` (a plain body) is a help desk's notification of a comment (Zendesk's comment
    under its author and time, Jira Service Management's "<author> commented:", ServiceNow's journal entry): a
    person's answer relayed by a system, which the system marks as generated."""
    if not _may_be_helpdesk(_head_lines(text, 8)):
        return None
    lines = text.replace("\r\n", "\n").split("\n")
    comment = _helpdesk_comment(lines, authored=True) or _authored_comment(lines)
    if comment is None:
        return None
    said = "\n".join(comment).strip()
    return said or None


def is_helpdesk_notification(text: str) -> bool:
    """A help desk's notification: its first line is its reply mark ("##- Please type your reply above this line
    -##", Jira Service Management's "Reply above this line."), or it opens on a ServiceNow journal entry."""
    heads = _head_lines(text, 8)
    return bool(heads) and (
        bool(_HELPDESK_MARK.match(heads[0]))
        or any(_REPLY_ABOVE.match(line) for line in heads[:3])
        or any(_JOURNAL_ENTRY.match(line) for line in heads)
    )


def from_text(text: str, author: str | None = None, *, stored: bool = False) -> str:
    """The new text of a reply's plain body. `author` is the display name of the reply's sender ("Mark Delaney"),
    when known: a header block that the author pasted into their own text (a counterpart's message quoted as
    "From: … Sent: … Subject: …" with the author's comment and sign-off under it) is then not taken for the
    history. `stored`: the firm stored the message the reply answers, and answers typed inside its quote are found
    by comparing with it (`with_answers_in_quote`); without it, a quote under nothing the author wrote gives its
    arrowed lines or its shouted sentences as the answer."""
    lines = _without_banner(_visible(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    if (comment := _helpdesk_comment(lines) or _authored_comment(lines) or _helpdesk_notice(lines)) is not None:
        lines = comment
    boundary, attribution_end = _boundary(lines)
    if boundary is not None:
        boundary, attribution_end = _past_own_quotes(lines, boundary, attribution_end)
    if boundary is not None and author and (names := _author_names(author)):
        first = boundary
        boundary, attribution_end = _past_pasted_blocks(lines, boundary, attribution_end, names)
        if boundary is None and (below := _bottom_posted(lines, first, names)) is not None:
            lines = lines[below:]
            boundary, attribution_end = _boundary(lines)
    if boundary is None:
        kept = [ln for ln in lines if not ln.lstrip().startswith(">")]
    else:
        # "Von meinem iPhone gesendet" above the quote, the answers inside it: the phone's line ends what was
        # written above, though the answers come after it
        kept = _without_device_tail(list(lines[:boundary]))
        if attribution_end is None:
            attribution_end = _quotes_under_header(lines, boundary)
        if attribution_end is not None:
            kept += _answers_between_quotes(lines[attribution_end:])
        else:
            said = "\n".join(kept)
            quoted = _first_quoted(lines[boundary:])
            answers = _initialled_answers(quoted)
            if not answers and (tag := _NAMED_MARK.search(said)) is not None:
                answers = _tagged_answers(quoted, tag.group(1) or tag.group(2))
            if (
                not answers
                and author
                and (_OWN_INITIALS.search(said) or not said.strip())
                and (initials := _initials(author))
            ):
                # "Mes réponses dans le texte, précédées de mes initiales", or nothing written above the quote but
                # answers inside it under the author's initials ("YC : pas maintenant.", "EG >> What does that
                # cover?"): the author's, from their name
                answers = _tagged_answers(quoted, initials)
            if not answers and (_POINTER.search(said) or (not stored and not said.strip())):
                # pointed to ("réponses dans le texte"), or nothing written above the quote: its arrowed lines
                # ("--> voir avec Jérôme à la réception") are the only thing the author typed
                answers = _marked_answers(lines[boundary:])
            if not answers and _CAPS_POINTER.search(said) and _ANSWER_WORD.search(said):
                answers = _capital_answers(lines[boundary:])
            elif not answers and not stored and not said.strip():
                # nothing pointed to: only lines that read as a sentence shouted, not a heading or a phone line
                # ("AVERTISSEMENT – DISCLAIMER", "T +32 2 555 01 40 | M …") of the firm's own message
                answers = _capital_answers(lines[boundary:], sentences_only=True)
            kept += answers
    kept = _without_device_tail(_without_list_footer([ln.rstrip() for ln in kept if not _BOILERPLATE.match(ln)]))
    kept = [ln for i, ln in enumerate(kept) if ln or (i > 0 and kept[i - 1])]  # one blank line at most
    while kept and not kept[-1].strip():
        kept.pop()
    while kept and not kept[0].strip():
        kept.pop(0)
    return "\n".join(kept)


def _without_device_tail(kept: list[str]) -> list[str]:
    """`kept` without its trailing blank lines, a phone's "sent from" line at its end (standing alone, or right under
    the text when it says so: "Von meinem iPhone gesendet", "Get Outlook for iOS<https://aka.ms/…>"), and a signature
    separator with nothing below it."""
    while kept and (
        not kept[-1].strip()
        or (
            _device_line(kept[-1])
            and (
                len(kept) < 2
                or not kept[-2].strip()
                or kept[-2].strip() == "--"
                or bool(_SENT_VERB.match(kept[-1].strip()))
                or "<http" in kept[-1]
            )
        )
        or kept[-1].strip() == "--"  # a signature separator with nothing left below it
    ):
        kept.pop()
    return kept


_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")


def _author_names(author: str) -> tuple[str, ...]:
    """How the author signs, folded: their full name and first name ("Mark Delaney", "Mark"; "Delaney, Mark"
    as Outlook shows it reversed). Nothing when the display name is not a person's (an address, a firm in
    capitals with digits, one letter)."""
    from relance.intelligence.fields import clean_name  # the signature reader's ("Dr Karim Benali", "… CFA")
    from relance.intelligence.signature import fold

    name = clean_name(author.strip().strip("\"'"))
    if "," in name:
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}"
    words = name.split()
    if not 1 < len(words) <= 4 or not all(_NAME_WORD.match(w) for w in words) or len(words[0]) < 2:
        return ()
    return (fold(" ".join(words)), fold(words[0]))


def _block_end(lines: list[str], i: int) -> int:
    """The line after a header block that starts at line i (its label lines, no blank line inside)."""
    k = i + 1
    while k < len(lines) and lines[k].strip() and (_label(lines[k]) or lines[k - 1].rstrip().endswith((",", ";"))):
        k += 1
    return k


def _signs_off(segment: list[str], names: tuple[str, ...]) -> bool:
    """The text ends with the author's own sign-off: their name alone on a line ("Mark", "- Mark", "Best, Mark"),
    after the text's first two lines (a greeting names its reader) and among its last fourteen (a signature block
    and a disclaimer may follow)."""
    from relance.intelligence.fields import clean_name
    from relance.intelligence.signature import fold

    said = [ln.strip() for ln in segment if ln.strip()]
    for k, line in enumerate(said):
        if k < 2 or len(said) - k > 14 or line.endswith(","):
            continue
        if fold(clean_name(line.strip(" -–—*_").rsplit(",", 1)[-1])) in names:
            return True
    return False


def _past_pasted_blocks(
    lines: list[str], boundary: int, attribution_end: int | None, names: tuple[str, ...]
) -> tuple[int | None, int | None]:
    """The history's first line once header blocks the author pasted into their own text are passed over: a block
    whose sender is not the author (its From line names neither them nor their first name) under which the text,
    up to the next history boundary, ends with the author's sign-off. In a thread, the text under a header is its
    sender's message and ends with that sender's name, never the reply's author's."""
    from relance.intelligence.signature import fold

    while boundary is not None and _FROM_LINE.match(lines[boundary]):
        sender = fold(lines[boundary])
        if any(name in sender for name in names):
            break
        end = _block_end(lines, boundary)
        rest, rest_attribution = _boundary(lines[end:])
        if not _signs_off(lines[end : len(lines) if rest is None else end + rest], names):
            break
        if rest is None:
            return None, None
        boundary, attribution_end = end + rest, None if rest_attribution is None else end + rest_attribution
    return boundary, attribution_end


# How a reply written under the quote opens: the author greets the person they answer.
_GREETING_LINE = re.compile(
    r"^\s*(?:bonjour|bonsoir|hello|hi|dear|cher|ch[èe]re|madame|monsieur|guten\s+(?:tag|morgen|abend)|gr[üu]ezi|"
    r"hallo|liebe[r]?|sehr\s+geehrte[r]?|buongiorno|buonasera|gentile|egregi[oa]|caro|cara|salve|goedemorgen|"
    r"goedemiddag|beste|geachte|buenos\s+d[íi]as|estimad[oa]|hola|bom\s+dia|car[oa]|prezad[oa])\b",
    re.IGNORECASE,
)


def _bottom_posted(lines: list[str], boundary: int, names: tuple[str, ...]) -> int | None:
    """Where the author's text starts when they wrote under the quote (bottom posting): nothing above the header
    block at `boundary`, the quoted message signed by the block's sender, then the author's greeting and text signed
    by the author. None when `lines` is not such a reply (a pasted block with the author's comment under it)."""
    from relance.intelligence.fields import clean_name
    from relance.intelligence.signature import fold

    if any(line.strip() for line in lines[:boundary]) or not _FROM_LINE.match(lines[boundary]):
        return None
    sender = fold(clean_name(lines[boundary].split(":", 1)[1].split("<", 1)[0].strip(" *\"'")))
    if not sender or sender in names:
        return None
    signed = {sender, sender.split()[0]}
    end = _block_end(lines, boundary)
    sign_off = next(
        (k for k in range(end, len(lines)) if fold(clean_name(lines[k].strip(" -–—*_").rsplit(",", 1)[-1])) in signed),
        None,
    )
    if sign_off is None:
        return None
    start = next((k for k in range(sign_off + 1, len(lines)) if _GREETING_LINE.match(lines[k])), None)
    if start is None or not _signs_off(lines[start:], names):
        return None
    return start


def _collapsed(line: str) -> str:
    """A line without its quote marks ("> > text"), its spaces collapsed: as a quote and its source compare."""
    return " ".join(line.lstrip(" \t>").split())


def _past_own_quotes(lines: list[str], boundary: int, attribution_end: int | None) -> tuple[int | None, int | None]:
    """The history's first line once `>` lines the author typed in their own text are passed over (a console's
    prompts, minutes or a clause quoted the way plain-text mail quotes): a run of `>` lines with no attribution
    above it, or one that names no sender ("On 3 April 2024 the trustees resolved:": no address, no "wrote"),
    followed by the author's text and then by the real history, in which none of its lines is found. Quotes of the
    thread are found in the history below them; with no history below, quotes are the history."""
    while True:
        if attribution_end is None:
            break  # a separator or a header block
        start = attribution_end
        first = _next_nonblank_any(lines, start)
        if first is None or not lines[first].lstrip().startswith(">"):
            break
        intro = " ".join(lines[boundary:start])
        if _ATTR_VERB.search(intro) or _ADDRESS.search(intro) or _ATTR_END.search(intro):
            break
        end = first
        while end < len(lines) and (lines[end].lstrip().startswith(">") or not lines[end].strip()):
            end += 1
        rest, rest_attribution = _boundary(lines[end:]) if end < len(lines) else (None, None)
        if rest is None or rest == 0:
            break
        quoted = [q for ln in lines[first:end] if len(q := _collapsed(ln)) >= 12]
        below = " ".join(_collapsed(ln) for ln in lines[end + rest :] if ln.strip())
        if not quoted or any(q in below for q in quoted):
            break
        boundary, attribution_end = end + rest, None if rest_attribution is None else end + rest_attribution
    return boundary, attribution_end


def _without_list_footer(kept: list[str]) -> list[str]:
    """`kept` up to a mailing list's footer (Google Groups' "--" block, Mailman's rule and list name)."""
    for k in range(len(kept) - 1):
        nxt = _next_nonblank(kept, k + 1)
        below = kept[nxt].strip() if nxt < len(kept) else ""
        here = kept[k].strip()
        if (here == "--" and _GOOGLE_GROUPS.match(below)) or (_UNDERSCORES.match(here) and _MAILMAN_LIST.match(below)):
            return kept[:k]
    return kept


def _quotes_under_header(lines: list[str], boundary: int) -> int | None:
    """After a separator or header block at `boundary` ("-----Original Message-----", "From: … Subject: …"),
    the first line of `>` quotes when only header lines stand before them: the reply may be written below or
    between those quotes (Outlook Express and Outlook with prefixed quoting)."""
    for j in range(boundary + 1, min(boundary + 14, len(lines))):
        stripped = lines[j].strip()
        if not stripped:
            continue
        if stripped.startswith(">"):
            return j if _mostly_quoted(lines, j) else None
        if not (_FROM_LINE.match(stripped) or _HEADER_LINE.match(stripped) or _LABEL_AT_START.match(stripped)):
            return None
    return None


def _boundary(lines: list[str]) -> tuple[int | None, int | None]:
    """First line of quoted history, and (for `>` quoting) the line after the attribution."""
    # Chinese, Japanese and Korean clients write their labels and attributions with a full-width colon ("发件人：",
    # "写道："): read as an ASCII one and a space (only line indexes come out of here).
    if "：" in "".join(lines):
        lines = [ln.replace("：", ": ") for ln in lines]
    n = len(lines)
    colon = [ln.rstrip().endswith(":") for ln in lines[:2]]  # lines ending in a colon, up to line i + 2
    for i, line in enumerate(lines):
        if i + 2 < n:
            colon.append(lines[i + 2].rstrip().endswith(":"))
        stripped = line.strip()
        if not stripped:
            continue
        bare = stripped.lstrip(">").strip()
        if bare.endswith(":") and _NAME_ATTR.match(bare) and _quoted_after(lines, i + 1):
            return i, i + 1
        if _ATTR_START.match(bare) or "@" in bare or _BAT_WROTE.match(bare):
            end = _attribution_end(lines, i)
            if end is not None:
                return i, end if _quoted_after(lines, end) else None
        if True in colon[i : i + 3]:
            end = _intro_end(lines, i)
            if end is not None:
                return i, end if _quoted_after(lines, end) else None
        if ("@" in bare or ("/" in bare and _NOTES_NAME.search(bare))) and _notes_table_at(lines, i):
            # the sender's name may stand on the line above, beside the first label ("  "Tom Whitfield"    To")
            above = lines[i - 1] if i else ""
            return (i - 1 if above.startswith(("\t", " " * 4)) and _END_LABEL.search(above) else i), None
        if stripped.startswith("|-") and _NOTES_BOX.match(stripped) and _notes_box_at(lines, i):
            return i, None
        if _SEPARATOR.match(stripped) or (stripped.startswith(">>>") and _GROUPWISE.match(stripped)):
            return i, None
        if ":" in stripped and _label_block_at(lines, i):
            return _walk_back(lines, i), None
        if _UNDERSCORES.match(stripped) and _header_block_at(lines, _next_nonblank(lines, i + 1), ruled=True):
            return i, None
        if stripped.startswith(">") and _mostly_quoted(lines, i):
            return i, i
    return _quotequail_boundary(lines), None


def _intro_end(lines: list[str], i: int) -> int | None:
    """When an intro line in any language starts at line i ("Am … schrieb X <a@b>:", "2017-02-08 12:32
    GMT-08:00 X <a@b>:", "W dniu … pisze:"), wrapped over up to three lines, the index of the line after it:
    text ending in a colon that names a date and an address (or five words), followed by `>` quotes or a
    header block (a last line such as "My availability for March 2024:" stays new text)."""
    for j in range(i, min(i + 3, len(lines))):
        stripped = lines[j].strip()
        if not stripped:
            return None
        if not stripped.endswith(":") or len(stripped) < 8:
            continue
        start = j
        # A line that is a whole attribution by itself ("Le mer. 3 févr. 2027 à 10:12, X <a@b> a écrit :") is not
        # the end of one wrapped from above: the line above it is the reply ("dispo jeudi 14h" with no blank line).
        whole = lines[j].strip().lstrip(">").strip()
        while (
            start > j - 2
            and start > 0
            and lines[start - 1].strip()
            and not (_ATTR_START.match(whole) and _ATTR_END.search(whole))
        ):
            upper, current = lines[start - 1].strip(), lines[start].strip().lstrip(">").strip()
            # a wrapped intro goes on with a lowercase word, an address, or anything after "<" or after the line
            # that opened it ("Am … schrieb Jonas Brandt | Feldwerk Software" / "GmbH | Vertrieb <" / "j@b.de>:")
            continues = (
                current[:1].islower()
                or current[:1] in "<("
                or "@" in current
                or upper.endswith("<")
                or bool(_ATTR_START.match(upper) and _ATTR_VERB.search(upper))
            )
            if _SENTENCE_END.search(upper) or not continues:
                break
            start -= 1
        if start != i:
            continue
        joined = " ".join(ln.strip().lstrip(">").strip() for ln in lines[start : j + 1])
        if len(joined) > 300 or not _DATEISH.search(joined):
            continue
        if not (_ADDRESS.search(joined) or len(joined.split()) >= 5):
            continue
        nxt = _next_nonblank_any(lines, j + 1)
        if nxt is not None and (lines[nxt].lstrip().startswith(">") or _label_block_at(lines, nxt)):
            return j + 1
    return None


def _notes_table_at(lines: list[str], i: int) -> bool:
    """Lotus Notes 6-8's reply header as plain text starts at line i: the sender (an address or `Name/Org`),
    a date on one of the next three lines, then at least two labels standing alone on their lines (`To`,
    `cc`, `Subject` and their translations), each above its value."""
    if len(lines[i].strip()) > 120:
        return False
    window = [ln.strip() for ln in lines[i + 1 : i + 14]]
    dated = any(_DATEISH.search(w) for w in window[:3])
    return dated and sum(1 for w in window if _BARE_LABEL.match(w) or _END_LABEL.search(w)) >= 2


def _notes_box_at(lines: list[str], i: int) -> bool:
    """Lotus Notes R5's bordered header starts at line i: a header label (To:, Subject: …) inside the boxes below."""
    for ln in lines[i + 1 : i + 16]:
        inner = ln.strip().strip("|>").strip()
        if _HEADER_LINE.match(inner) or _BARE_LABEL.match(inner):
            return True
    return False


def _next_nonblank_any(lines: list[str], start: int) -> int | None:
    for j in range(start, len(lines)):
        if lines[j].strip():
            return j
    return None


def _label_block_at(lines: list[str], i: int, *, ruled: bool = False) -> bool:
    """A quoted header block starts at line i: it and the next non-blank line are `Label: value` lines, three
    labels at least among the next few lines (a recipient list wrapped after a comma counts with its label),
    with a date in the block or just above it, and an address, a Notes `Name/Org` or a fourth label. A
    signature's Tel./Fax/E-Mail lines carry no date; a travel plan's From/To/Date lines no address; an
    agenda's Date/Time/Place/Contact lines no sender label, and its date is a value."""
    first = _label(lines[i])
    if not first or not lines[i][first.end() :].strip():
        return False  # the first header (From:, Von:, De :) names someone
    following: list[str] = []
    previous = lines[i]
    for ln in lines[i + 1 : i + 9]:
        if not ln.strip().strip(">").strip():
            break  # a header block has no blank line inside
        if not previous.rstrip().endswith(",") or _label(ln):  # Notes ends a recipient list with ", "
            following.append(ln)
        previous = ln
        if len(following) == 3:
            break
    if not following:
        # … but for an HTML body read a block a line ("<div>Van: …</div>" then "<div>Verzonden: …</div>", the
        # source's line breaks between them read as blank lines): three more labels, each a line apart
        spaced = lines[i + 1 : i + 7]
        if len(spaced) == 6 and all(not spaced[k].strip() and _label(spaced[k + 1]) for k in (0, 2, 4)):
            following = spaced[1::2]
    if not following or not _label(following[0]):
        return False
    labelled = [lines[i], *(ln for ln in following if _label(ln))]
    if len(labelled) < 3:
        return False
    if ruled:  # under a separator rule, three labels are enough
        return True
    block_lines = [lines[i], *following]
    block = " ".join(block_lines)
    above = " ".join(ln for ln in lines[max(0, i - 4) : i] if not _label(ln))
    if any(_SENDER_LABEL.match(ln) for ln in block_lines):  # From:, De :, Von:, Od: … with a date
        dated = _DATEISH.search(block) or _DATEISH.search(above)
        return bool(dated and (_ADDRESS.search(block) or _NOTES_NAME.search(block) or len(labelled) >= 4))
    # Lotus Notes prints the sender and date above To/cc/Subject, or in a column left of them; a date given
    # as a value ("Date: 12 March") with no sender label is an agenda, not a header.
    left = " ".join(m.group(0) for ln in block_lines if (m := _label(ln)))
    dated = _DATEISH.search(above) or _DATEISH.search(left)
    return bool(dated and (_ADDRESS.search(block + " " + above) or _NOTES_NAME.search(block)))


def _walk_back(lines: list[str], i: int) -> int:
    """Above a header block: its separator rule, a forward banner, and the sender's name, address and date lines
    that Lotus Notes and webmails print before the labels (right above them, indented, or naming both an address
    and a date: a signature's last line, an address after a blank line, stays with the new text)."""
    start = i
    j = i - 1
    while j >= 0 and j >= i - 8:
        stripped = lines[j].strip().lstrip(">").strip()
        if not stripped:
            j -= 1
            continue
        address, date = _ADDRESS.search(stripped), _DATEISH.search(stripped) and len(stripped.split()) <= 8
        placed = start == j + 1 or lines[j].startswith(("\t", " " * 4)) or (address and date)
        if _RULE.match(stripped) or _SEPARATOR.match(stripped) or ((address or date) and placed):
            start = j
        elif start == j + 1 and len(stripped.split()) <= 4 and not _SENTENCE_END.search(stripped):
            start = j  # the sender's bare name right above their address or date line
            break
        elif lines[j].startswith(("\t", " " * 10)) and lines[i].startswith(("\t", " " * 4)):
            start = j  # Notes prints its sender column indented, as it indents the labels
        else:
            break
        j -= 1
    return start


def _wrapped_end(lines: list[str], i: int) -> bool:
    """An unquoted fragment that is the end of the quoted line above it, pushed down by a client's re-wrap."""
    if i == 0 or not lines[i - 1].lstrip().startswith(">"):
        return _in_wrapped_run(lines, i)
    above, fragment = lines[i - 1].strip(), lines[i].strip()
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if nxt and not nxt.startswith(">"):
        return _in_wrapped_run(lines, i)
    if not nxt and above.endswith((".", "?", "!", ":")):
        return False  # below a quoted line that ends a sentence, and not inside the quote: an answer
    if above.endswith((".", "?", "!")) and fragment.isupper() and not above.isupper():
        return False  # "NON ET STOP" under a sentence of the quote: shouted, not the rest of its line
    if len(above) >= 55 and 66 <= len(above) + 1 + len(fragment) <= 82 and len(fragment.split()) <= 3:
        return True
    return _in_wrapped_run(lines, i)


def _in_wrapped_run(lines: list[str], i: int) -> bool:
    """Line i belongs to unquoted lines that continue a quoted paragraph hard-wrapped with only its first line
    prefixed (Outlook Express, Eudora): no blank line between the quote above, the run and the quote below, the
    quoted line above and every line of the run but the last wrapped near the width, no sentence ended above."""
    if not lines[i].strip():
        return False
    start = i  # at most six lines each way: a longer run is not one wrapped paragraph (and stays linear to read)
    while start > max(0, i - 6) and lines[start - 1].strip() and not lines[start - 1].lstrip().startswith(">"):
        start -= 1
    end = i
    while end + 1 < min(len(lines), i + 7) and lines[end + 1].strip() and not lines[end + 1].lstrip().startswith(">"):
        end += 1
    if start == 0 or end + 1 >= len(lines) or end - start > 5:
        return False
    above, below = lines[start - 1].strip(), lines[end + 1].strip()
    if not above.startswith(">") or not below.startswith(">") or (_SENTENCE_END.search(above) and above[-1] != ","):
        return False
    # A client that wraps the quote wraps it near 76 characters (72-80; 77 at most in every evaluation set): a quoted
    # line far longer was not wrapped, so the line under it is typed ("does that cover the racking too?").
    return 60 <= len(above) <= _WRAPPED_WIDTH and all(len(lines[k].rstrip()) >= 55 for k in range(start, end))


_WRAPPED_WIDTH = 90


def _device_line(line: str) -> bool:
    """A short "sent from" line naming a device or app, in any language ("Wysłane z iPhone'a")."""
    stripped = line.strip()
    if _CJK_DEVICE.match(stripped):
        return True
    words = stripped.split()
    if not 2 <= len(words) <= 12 or stripped.endswith(("?", "!", ":")):
        return False
    if _SENT_VERB.match(stripped) or "<http" in stripped:
        return bool(_DEVICE.search(stripped))
    if _VERB_LAST.search(stripped) and len(words) <= 5:  # "Az iPhone-omról küldve", "iPhone'umdan gönderildi"
        return bool(_DEVICE.search(stripped))
    if _THIS_MESSAGE.match(stripped):  # "Diese Nachricht wurde von meinem Android-Mobiltelefon … gesendet."
        return bool(_DEVICE.search(stripped))
    # "Outlook für Android herunterladen", "Outlook voor Android downloaden": the app's name first, no sentence, and
    # no value ("Phone: 512-555-0190" is a signature line)
    return (
        len(words) <= 6
        and bool(_DEVICE.match(stripped))
        and not _SENTENCE_END.search(stripped)
        and ":" not in stripped
        and not any(c.isdigit() for c in stripped)
    )


def _attribution_end(lines: list[str], i: int) -> int | None:
    """When an attribution starts at line i (possibly wrapped), the index of the line after it."""
    joined = ""
    for j in range(i, min(i + 3, len(lines))):
        part = lines[j].strip().lstrip(">").strip()
        if not part and j > i:
            return None
        joined = f"{joined} {part}" if joined and not joined.endswith("<") else joined + part
        if _ATTR_END.search(joined) and (
            _ATTR_START.match(joined)
            or _ATTR_ADDR_END.search(joined)
            or _BAT_WROTE.match(joined)
            or _QUOTING.match(joined)
        ):
            return j + 1
    return None


def _quoted_after(lines: list[str], start: int) -> bool:
    for line in lines[start:]:
        if line.strip():
            return line.lstrip().startswith(">") or bool(_SUPERCITE.match(line))
    return False


def _mostly_quoted(lines: list[str], start: int) -> bool:
    rest = [ln for ln in lines[start:] if ln.strip()]
    quoted = sum(1 for ln in rest if ln.lstrip().startswith(">"))
    return quoted >= 2 or quoted == len(rest)


def _answers_between_quotes(lines: list[str]) -> list[str]:
    """Lines written between or below `>` quotes (inline answers, bottom posting)."""
    kept: list[str] = []
    for i, line in enumerate(lines):
        if line.lstrip().startswith(">") or _wrapped_end(lines, i) or _SUPERCITE.match(line):
            continue
        stripped = line.strip()
        if _SEPARATOR.match(stripped) or _RULE.match(stripped) or _header_block_at(lines, i):
            break
        if stripped and (
            _intro_end(lines, i) is not None
            or _label_block_at(lines, i)
            # an attribution wrapped before its verb ("On Fri, … Priya <p@q.com>" / "wrote:"): an older message
            or ((_ATTR_START.match(stripped) or "@" in stripped) and _attribution_end(lines, i) is not None)
        ):
            break
        kept.append(line)
    return kept


def _first_quoted(lines: list[str]) -> list[str]:
    """The first quoted message of `lines` (which start at its header or attribution): up to where an older one
    starts ("Le jeu. … a écrit :", "From: … Sent: …"). Answers typed into the quote are in it; an older message's
    marked lines are the answers of an earlier reply."""
    body = next((i for i in range(len(lines)) if not lines[i].strip()), 0)  # under the first message's header
    end = next(
        (i for i in range(body + 1, len(lines)) if _intro_end(lines, i) is not None or _header_block_at(lines, i)),
        len(lines),
    )
    return lines[:end]


def _initialled_answers(lines: list[str]) -> list[str]:
    """Answers written inside an unmarked quote and signed with the author's initials ("[SM] Seven, soon eight."),
    as a firm answers a list of questions "below in blue": the lines of the one set of initials that marks them."""
    if "[" not in "".join(lines):
        return []
    tags = {m.group(1) for ln in lines if (m := _INITIALS_ANSWER.match(ln))}
    return _tagged_answers(lines, tags.pop()) if len(tags) == 1 else []


# A reply that names the mark of its answers: "See my answers below marked CM", "réponses précédées de [JD]".
_NAMED_MARK = re.compile(
    r"\b(?i:marked|prefixed|tagged|initialled|initialed|marqu[ée]e?s|pr[ée]c[ée]d[ée]e?s|contrassegnat[eio]|"
    r"segnat[eio]|precedut[eio]|marcad[ao]s|gemarkeerd|gekennzeichnet|markiert)\s+"
    r"(?i:with\s+|by\s+|par\s+|de\s+|con\s+|da\s+|met\s+|mit\s+)?[\"'«“„]?\[?([A-Z]{2,3})\]?|"
    # German and Dutch name the mark before the verb: "mit [MK] markiert", "met [MK] gemarkeerd"
    r"\b(?i:mit|met)\s+[\"'«“„]?\[?([A-Z]{2,3})\]?[\"'»”“]?\s+"
    r"(?i:markiert|gekennzeichnet|versehen|gemarkeerd|aangeduid|aangegeven)\b"
)


_OWN_INITIALS = anchored.CaseFree(re.compile(r"\b(?:mes|my)\s+initiales?\b|\b(?:my|mes)\s+initials\b", re.IGNORECASE))
_ANSWER_WORD = anchored.CaseFree(
    re.compile(r"\b(?:r[ée]ponses?|r[ée]pondu|answers?|answered|replies|comments?|commentaires?)\b", re.I)
)


def _initials(author: str) -> str | None:
    """ "Jacqueline Dorval" -> "JD"; None when the name is not a person's two to four words."""
    names = _author_names(author)
    if not names:
        return None
    words = names[0].split()
    return "".join(w[0] for w in (words[0], words[-1])).upper() if len(words) >= 2 else None


def _tagged_answers(lines: list[str], tag: str) -> list[str]:
    """The answers marked with the initials `tag` inside an unmarked quote ("CM: Still cost plus 5%.", "[SM] Seven.",
    "[AP: mostly planning files]"), each with the lines its sentence wraps onto."""
    mark = re.compile(rf"^\s*(?:{tag}\s*(?::|>>?|-->?|=>)|\[{tag}(?:\]|\s*:))\s*\S")
    answers: list[str] = []
    k = 0
    while k < len(lines):
        if not mark.match(lines[k]):
            k += 1
            continue
        answers += ["", lines[k]]
        while k + 1 < len(lines) and lines[k + 1].strip() and not _ANSWER_END.search(lines[k]):
            k += 1
            answers.append(lines[k])
        k += 1
    return answers


# Answers written in capitals inside an unmarked quote, which the reply says it did ("Answers inline below in caps",
# "réponses en majuscules dans le texte"): the plain text keeps them apart from the quote by their case alone.
_CAPS_POINTER = anchored.CaseFree(
    re.compile(
        r"\b(?:in\s+(?:all\s+)?(?:caps|capitals|capital\s+letters|upper[\s-]?case|block\s+letters)|en\s+majuscules?|"
        r"en\s+capitales|en\s+mayúsculas|in\s+maiuscolo|in\s+gro(?:ß|ss)buchstaben)\b",
        re.IGNORECASE,
    )
)
_CASED = re.compile(r"[^\W\d_]")


def _shouted(line: str) -> bool:
    """A line written in capitals ("YES", "PLUTÔT JEUDI", "OUI : +30 %"): two letters or more, none of them lower
    case, not a header line ("OBJET : …")."""
    letters = _CASED.findall(line)
    return (
        len(letters) >= 2
        and all(not c.islower() for c in letters)
        and not (_FROM_LINE.match(line) or _HEADER_LINE.match(line))
    )


_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _shouted_sentence(line: str) -> bool:
    """A line in capitals that reads as a sentence: three words or more of two letters, no column or heading
    separator ("|", " – ")."""
    if "|" in line or any(f" {dash} " in line for dash in "–—-"):
        return False
    return sum(1 for word in line.split() if _LETTERS.search(word)) >= 3


def _capital_answers(lines: list[str], *, sentences_only: bool = False) -> list[str]:
    """The lines written in capitals inside the first quoted message, between its header and its closing (its
    sender's signature may be in capitals too); none when the quote is `>`-marked (a quoted thread, where the
    answers stand unmarked) or when most of its lines are capitals (a message written that way)."""
    from relance.intelligence.signature import is_closing  # the signature reader's closings; imported when needed

    lines = _first_quoted(lines)  # (an older message quoted under it, `>`-marked, is no sign of a quoted thread)
    start = 1
    while start < len(lines) and (not lines[start].strip() or _label(lines[start].strip())):
        start += 1
    end = next((i for i in range(start, len(lines)) if _header_block_at(lines, i)), len(lines))
    end = next((i for i in range(start, end) if is_closing(lines[i].strip())), end)
    body = [ln for ln in lines[start:end] if ln.strip()]
    if not body or any(ln.lstrip().startswith(">") for ln in body):
        return []
    shouted = [i for i in range(start, end) if _shouted(lines[i])]
    if sentences_only:
        shouted = [i for i in shouted if _shouted_sentence(lines[i])]
    if not shouted or len(shouted) * 2 > len(body):
        return []
    answers: list[str] = []
    for i in shouted:
        if not answers or not _shouted(lines[i - 1]):
            answers.append("")
        answers.append(lines[i].rstrip())
    return answers


def _marked_answers(lines: list[str]) -> list[str]:
    """Answers the reply points to ("réponses dans le texte") inside an unmarked quote, each line marked by the one
    arrow the author chose ("-->", "=>", ">>"); none when the quote holds `>` lines of its own (a quoted thread)."""
    # the `>` lines of an older message under the first quoted one are its own quote, not a sign that this one is a
    # quoted thread
    lines = _first_quoted(lines)
    found = [(m.group(1), i) for i, ln in enumerate(lines) if (m := _ANSWER_MARK.match(ln))]
    if not found or len({mark for mark, _ in found}) != 1:
        return []
    if found[0][0] == ">>" and sum(1 for ln in lines if ln.lstrip().startswith(">")) != len(found):
        return []
    answers: list[str] = []
    for _, at in found:
        answers += ["", lines[at]]
        # Wrapped at the plain-text width (a long line with its sentence open): the next lines are the answer's,
        # up to its sentence's end, the next mark, a blank line or a numbered point of the quote; five lines at most.
        i = at + 1
        while (
            len(answers[-1]) >= 60
            and not _ANSWER_END.search(answers[-1])
            and i < min(len(lines), at + 6)
            and lines[i].strip()
            and not _ANSWER_MARK.match(lines[i])
            and not _NUMBERED_POINT.match(lines[i])
            and not lines[i].lstrip().startswith(">")
        ):
            answers.append(lines[i])
            i += 1
    return answers


def _next_nonblank(lines: list[str], start: int) -> int:
    for j in range(start, min(start + 3, len(lines))):
        if lines[j].strip():
            return j
    return start


def _header_block_at(lines: list[str], i: int, *, ruled: bool = False) -> bool:
    """A `From:`/`De :` line that starts a quoted header block (Outlook's quoted header)."""
    return i < len(lines) and bool(_FROM_LINE.match(lines[i].strip())) and _label_block_at(lines, i, ruled=ruled)


# quotequail (0.5) finds no quote in fewer than its line limit (1,000) of lines unless one of its patterns matches a
# line, alone or joined with the next: each of them ends with one of these characters ("wrote:", "Forwarded
# message:", "---- Original Message ----", Outlook's underscores, Gmail's "2017/02/08 Name <a@b>").
_QUOTEQUAIL_ENDINGS = (":", "-", "_", ">")
_QUOTEQUAIL_LIMIT = 1000


def _quotequail_boundary(lines: list[str]) -> int | None:
    if len(lines) < _QUOTEQUAIL_LIMIT and not any(ln.rstrip().endswith(_QUOTEQUAIL_ENDINGS) for ln in lines):
        return None  # what quotequail would answer, without its two milliseconds on a long text
    text = "\n".join(lines)
    if not _QUOTEQUAIL_HINT.search(text):
        return None
    parts = quotequail.quote(text, quote_intro_line=True)
    if len(parts) < 2 or parts[0][0] is False:
        return None
    head = parts[0][1]
    index = head.count("\n") + 1 if head else 0
    return index if index < len(lines) else None


# ---------------------------------------------------------------------------------------------- HTML

_BLOCK_TAGS = frozenset(
    # a table's cells each a line ("KontoWährungSaldo" read three cells as one word)
    {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote"}
    | {"hr", "pre"}
)
_SKIP_TAGS = frozenset({"style", "script", "head", "title"})
_QUOTE_IDS = frozenset({"appendonsend", "divrplyfwdmsg", "mail-editor-reference-message-container", "stopspelling"})
_QUOTE_CLASSES = ("gmail_quote", "moz-cite-prefix", "yahoo_quoted", "outlookmessageheader", "protonmail_quote")
_OUTLOOK_BORDER = re.compile(r"border-top:\s*solid\s+#(?:e1e1e1|b5c4df)", re.IGNORECASE)


class _QuoteReached(Exception):
    """Raised by the parser at the first quote container: nothing after it is read (the quoted history of a
    long thread is most of its HTML)."""


class _Text(HTMLParser):
    def __init__(self, *, whole: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0
        self.stopped = False
        self.whole = whole  # read on past the quote containers

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stopped:
            return
        if tag in _SKIP_TAGS:
            self.skip += 1
            return
        if not self.whole and _is_quote_container(tag, attrs):
            self.stopped = True
            raise _QuoteReached
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self._line_break()
            self.pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if self.stopped:
            return
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS and tag != "br":
            self._line_break()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def _line_break(self) -> None:
        """A block boundary ends the current line once; only <br> makes blank lines."""
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        """A line break in HTML source is a space (Word and Notes wrap their source at 76 columns), but in <pre>."""
        if not self.stopped and not self.skip:
            self.parts.append(data if self.pre else data.replace("\r", " ").replace("\n", " "))


def _is_quote_container(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    values = {k.lower(): (v or "") for k, v in attrs}
    if values.get("id", "").lower() in _QUOTE_IDS:
        return True
    klass = values.get("class", "").lower()
    if klass and any(name in klass for name in _QUOTE_CLASSES):
        return True
    if tag == "blockquote" and values.get("type", "").lower() == "cite":
        return True
    return tag == "div" and bool(_OUTLOOK_BORDER.search(values.get("style", "")))


def html_to_text(html: str) -> str:
    """Visible text of an HTML body up to the first quote container, one line per block."""
    parts = _fast_parts(html)
    if parts is None:
        parser = _Text()
        try:
            parser.feed(html)
            parser.close()
        except _QuoteReached:
            pass  # the text before the container was handed over before its tag was parsed
        parts = parser.parts
    return _lines_of(parts)


# The HTML mail clients write (Word's MsoNormal paragraphs, Gmail's and OWA's divs), tokenised as `HTMLParser`
# (convert_charrefs, Python 3.11) tokenises it, at a fraction of its cost: text up to the next `<` (unescaped, one
# chunk), start tags in a strict form (a name, attributes after white space, quoted values or bare values ended by
# white space or `>`), end tags, comments, a doctype, `<` before anything else as text, and `<style>`/`<script>`
# content to their end tag. Anything else (an unclosed construct, a marked section, a processing instruction, an
# attribute the strict form refuses) hands the whole body to `HTMLParser`. A start tag's attributes are read (by
# HTMLParser's own patterns) only when the tag could be a quote container: `_Text` reads attributes for nothing else.
_WS = "[ \t\n\r\f]"
_FAST_ATTR = rf"""{_WS}+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:{_WS}*={_WS}*(?:"[^"]*"|'[^']*'|[^\s"'=<>`/]+(?={_WS}|>)))?"""
_FAST_TOKEN = re.compile(
    rf"<(?:(?P<start>[a-zA-Z][a-zA-Z0-9:-]*)(?:{_FAST_ATTR})*{_WS}*(?P<empty>/?)>"
    rf"|/(?P<end>[a-zA-Z][-.a-zA-Z0-9:_]*){_WS}*>|(?P<comment>!--)|(?P<doctype>![dD][oO][cC][tT][yY][pP][eE])"
    rf"|(?P<lt>[^a-zA-Z/!?]))"
)
_CONTAINER_HINT = re.compile(
    "&|appendonsend|divrplyfwdmsg|mail-editor-reference-message-container|stopspelling|gmail_quote|moz-cite-prefix|"
    "yahoo_quoted|outlookmessageheader|protonmail_quote|cite|border-top"
)
# html.parser's own patterns (module attributes its stubs do not declare)
_TAGFIND: re.Pattern[str] = vars(_html_parser)["tagfind_tolerant"]
_ATTRFIND: re.Pattern[str] = vars(_html_parser)["attrfind_tolerant"]
_ENDTAGFIND: re.Pattern[str] = vars(_html_parser)["endtagfind"]
_CDATA_END = {tag: re.compile(rf"</\s*{tag}\s*>", re.IGNORECASE) for tag in HTMLParser.CDATA_CONTENT_ELEMENTS}


def _attributes(tag_text: str) -> list[tuple[str, str | None]]:
    """A start tag's attributes as `HTMLParser.parse_starttag` reads them (its own patterns)."""
    attrs: list[tuple[str, str | None]] = []
    k = _TAGFIND.match(tag_text, 1).end()  # type: ignore[union-attr]
    while k < len(tag_text):
        m = _ATTRFIND.match(tag_text, k)
        if not m:
            break
        name, rest, value = m.group(1, 2, 3)
        if not rest:
            value = None
        elif value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
            value = value[1:-1]
        if value:
            value = unescape(value)
        attrs.append((name.lower(), value))
        k = m.end()
    return attrs


def _fast_parts(html: str) -> list[str] | None:
    """The `parts` a `_Text` parser holds after reading `html` (up to the first quote container), its handlers
    inlined; None on any construct outside the strict forms above (then `HTMLParser` reads it all)."""
    parts: list[str] = []
    skip = pre = 0
    pos, n = 0, len(html)
    find, token = html.find, _FAST_TOKEN.match
    while pos < n:
        at = find("<", pos)
        if at < 0:
            at = n
        if at > pos and not skip:
            data = unescape(html[pos:at])
            parts.append(data if pre else data.replace("\r", " ").replace("\n", " "))
        if at == n:
            return parts
        m = token(html, at)
        if m is None:
            return None
        tag = m.group("start")
        if tag is not None:  # _Text.handle_starttag
            tag = tag.lower()
            if tag in _SKIP_TAGS:
                skip += 1
            else:
                text = m.group()
                if _CONTAINER_HINT.search(text.lower()) and _is_quote_container(tag, _attributes(text)):
                    return parts
                if tag == "br":
                    parts.append("\n")
                elif tag in _BLOCK_TAGS:
                    if parts and not parts[-1].endswith("\n"):
                        parts.append("\n")
                    pre += tag == "pre"
            pos = m.end()
            if m.group("empty"):
                end: str | None = tag  # handle_startendtag: the end tag at once
            elif tag in _CDATA_END:  # its content is data, for a tag that is skipped: to its end tag
                close = _CDATA_END[tag].search(html, pos)
                found = _ENDTAGFIND.match(html, close.start()) if close else None
                if close is None or found is None:
                    return None
                end, pos = found.group(1).lower(), close.end()
            else:
                end = None
        elif (end := m.group("end")) is not None:
            end = end.lower()
            pos = m.end()
        elif m.group("comment") is not None:
            close = _COMMENT_CLOSE.search(html, at + 4)
            if close is None:
                return None
            pos = close.end()
        elif m.group("doctype") is not None:
            gt = find(">", at + 9)
            if gt < 0:
                return None
            pos = gt + 1
        else:  # "<" before a character no markup starts with: text
            if not skip:
                parts.append("<")
            pos = at + 1
        if end is not None:  # _Text.handle_endtag
            if end in _SKIP_TAGS:
                skip = max(0, skip - 1)
            elif end in _BLOCK_TAGS and end != "br":
                if parts and not parts[-1].endswith("\n"):
                    parts.append("\n")
                if end == "pre":
                    pre = max(0, pre - 1)
    return parts


_COMMENT_CLOSE = re.compile(r"--\s*>")
_SPACES = re.compile(r"[ \t]+")


def _lines_of(parts: list[str]) -> str:
    text = _visible("".join(parts))
    lines = [(_SPACES.sub(" ", ln) if "  " in ln or "\t" in ln else ln).strip() for ln in text.split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip()


# Answers written inside the quote in a colour the reply names ("Quelques réponses en rouge ci-dessous", "Le contesto
# en rojo en el texto", "answers in blue below"): the plain-text part shows them as quoted text, only the HTML part
# keeps the colour. Read only when the new text names a colour and the message has both parts.
_COLOUR_WORDS = {
    "red": ("rouge", "red", "rojo", "rosso", "rot", "roter", "rood", "vermelho"),
    "blue": ("bleu", "blue", "azul", "blu", "blau", "blauw"),
    "green": ("vert", "green", "verde", "grün", "gruen", "groen"),
    # not a colour, but marked the same way: "comments in bold below", "réponses en gras"
    "bold": ("gras", "bold", "negrita", "grassetto", "negrito", "fett"),
}
_COLOUR_OF_WORD = {word: family for family, words in _COLOUR_WORDS.items() for word in words}
_COLOUR_POINTER = anchored.CaseFree(
    re.compile(
        r"\b(?:en|in|im|em)\s+(?P<colour>" + "|".join(sorted(_COLOUR_OF_WORD, key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )
)
_NAMED_COLOURS = {
    "red": (255, 0, 0), "darkred": (139, 0, 0), "crimson": (220, 20, 60), "firebrick": (178, 34, 34),
    "blue": (0, 0, 255), "darkblue": (0, 0, 139), "navy": (0, 0, 128), "mediumblue": (0, 0, 205),
    "royalblue": (65, 105, 225), "green": (0, 128, 0), "darkgreen": (0, 100, 0), "lime": (0, 255, 0),
}  # fmt: skip
_STYLE_COLOUR = re.compile(
    r"(?:^|;)\s*color\s*:\s*(?:#(?P<hex>[0-9a-f]{6}|[0-9a-f]{3})\b|rgb\(\s*(?P<r>\d+)\s*,\s*(?P<g>\d+)\s*,\s*(?P<b>\d+)\s*\)|"
    r"(?P<name>[a-z]+))",
    re.IGNORECASE,
)


def _colour_family(style: str | None, font_colour: str | None = None) -> str | None:
    """red, blue or green for a clearly coloured text (an inline style's or a <font color>), else None (black, grey,
    Outlook's dark reply blue #1F497D and other muted tones)."""
    m = _STYLE_COLOUR.search(style) if style else None
    if m is None and font_colour:
        m = _STYLE_COLOUR.search("color:" + font_colour)
    if m is None:
        return None
    if m.group("hex"):
        h = m.group("hex")
        h = "".join(c * 2 for c in h) if len(h) == 3 else h
        r, g, b = int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
    elif m.group("r"):
        r, g, b = int(m.group("r")), int(m.group("g")), int(m.group("b"))
    else:
        rgb = _NAMED_COLOURS.get(m.group("name").lower())
        if rgb is None:
            return None
        r, g, b = rgb
    if r >= 150 and g <= 90 and b <= 90:
        return "red"
    if b >= 150 and r <= 90 and g <= 130:
        return "blue"
    if g >= 100 and r <= 90 and b <= 90:
        return "green"
    return None


# Tags that hold no text and have no end tag: they set no colour for what follows them.
_VOID_TAGS = frozenset({"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "o:p"})


_BOLD_STYLE = re.compile(r"(?:^|;)\s*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.IGNORECASE)


class _ColouredLines(HTMLParser):
    """Each visible line of an HTML body with the colour family most of its characters are written in ("bold" for a
    line most of whose characters are bold and in no colour)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, str | None]] = []
        self._line: list[tuple[str, str | None]] = []
        self._colours: list[tuple[str, str | None]] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        if tag in _BLOCK_TAGS:
            self._end_line()
        if tag in _VOID_TAGS:
            return
        values = {k.lower(): v for k, v in attrs}
        family = _colour_family(values.get("style"), values.get("color") if tag == "font" else None)
        inherited = self._colours[-1][1] if self._colours else None
        if (
            family is None
            and inherited is None
            and (tag in ("b", "strong") or _BOLD_STYLE.search(values.get("style") or ""))
        ):
            family = "bold"
        self._colours.append((tag, family or inherited))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        for i in range(len(self._colours) - 1, -1, -1):
            if self._colours[i][0] == tag:
                del self._colours[i:]
                break
        if tag in _BLOCK_TAGS:
            self._end_line()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            colour = self._colours[-1][1] if self._colours else None
            self._line.append((data.replace("\r", " ").replace("\n", " "), colour))

    def _end_line(self) -> None:
        text = " ".join("".join(chunk for chunk, _ in self._line).split())
        weights: dict[str | None, int] = {}
        for chunk, family in self._line:
            weights[family] = weights.get(family, 0) + len(chunk.strip())
        self.lines.append((_visible(text), max(weights, key=lambda f: weights[f]) if weights else None))
        self._line = []

    def close(self) -> None:
        super().close()
        self._end_line()


def with_coloured_answers(new: str, body_text: str | None, body_html: str | None) -> str:
    """`new` (the new text read from the plain part, or from the HTML's text when there is none) with the answers its
    author wrote inside the first quoted message in the colour `new` names, read from the HTML part; `new`
    unchanged when it names no colour or none is found."""
    if not body_html or not new or (pointer := _COLOUR_POINTER.search(new)) is None:
        return new
    family = _COLOUR_OF_WORD[pointer.group("colour").lower()]
    parser = _ColouredLines()
    try:
        parser.feed(body_html)
        parser.close()
    except Exception:  # an HTML part the parser cannot read: the plain text's reading stands
        return new
    lines = [text for text, _ in parser.lines]
    boundary, _ = _boundary(lines)
    if boundary is None:
        return new
    start = boundary + 1
    while start < len(lines) and (not lines[start].strip() or _label(lines[start])):
        start += 1
    end = next((i for i in range(start, len(lines)) if _header_block_at(lines, i)), len(lines))
    answers: list[str] = []
    already = {ln.strip() for ln in new.split("\n")}  # read from the plain text already (marked "=>", initialled)
    for i in range(start, end):
        text, colour = parser.lines[i]
        if not text or text.strip() in already:
            continue
        if colour == family:
            if answers and parser.lines[i - 1][1] != family:
                answers.append("")
            answers.append(text)
    if not answers:
        return new
    return new + "\n\n" + "\n".join(answers)


# What a mail system, not the author, puts into the copy of a message it quotes: a gateway's warning, Outlook's
# "You don't often get email from …" line, a client's note that it cut the quote, an image left as its name.
_SYSTEM_LINE = re.compile(
    r"""^\W*(?:p\s+(?=pense|denk|please|consider|think|merci))?(?:you\s+don['’]?t\s+often\s+get\s+e-?mail\s+from|
        vous\s+ne\s+recevez\s+pas\s+souvent\s+de\s+courriers?|
        some\s+people\s+who\s+received\s+this\s+message\s+don['’]?t\s+often|
        certaines\s+personnes\s+qui\s+ont\s+reçu\s+ce\s+message|
        \[?(?:message\s+(?:tronqué|truncated|clipped|abgeschnitten)|quoted\s+text\s+hidden|texte\s+des\s+messages\s+précédents\s+masqué)|
        vous\s+n['’]obtenez\s+pas\s+souvent\s+d['’]e-?mails?|
        sie\s+erhalten\s+nicht\s+oft\s+(?:eine\s+)?e-?mails?|u\s+ontvangt\s+niet\s+vaak\s+e-?mail|
        non\s+ricevi\s+spesso\s+(?:messaggi|e-?mail)|no\s+suele\s+recibir\s+(?:correo|mensajes)|
        (?:você\s+)?não\s+(?:costuma\s+receber|recebe\s+frequentemente)\s+(?:e-?mails?|mensagens)|
        this\s+message\s+was\s+released\s+from\s+quarantine|
        (?:please\s+)?(?:consider|think\s+of|respect)\s+the\s+environment\s+before\s+printing|
        (?:merci\s+de\s+)?pense[rz]\s+[àa]\s+l['’]environnement|denken\s+sie\s+an\s+die\s+umwelt|
        (?:pensa|rispetta)\s+l['’]ambiente|piensa\s+en\s+el\s+medio\s+ambiente|
        \[(?:cid|image|inline|attachment|pièce\s+jointe)[:\s]|
        \[[^\[\]]*\]\W*$|  # a line that is only a bracketed note: an image's alt text, "[Logo]", "[Description : …]"
        <[^<>\s]+>\s*$)  # or an image's name, as Apple Mail writes it: "<image001.png>"
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A confidentiality notice: a mail system's (or a translation of the firm's own), never an answer. It says the message
# is confidential, or whom it is for and what to do with it otherwise ("le destinataire du virement est mon fils" says
# the one, not the other).
_NOTICE_WORDS = re.compile(
    r"\b(?:confidential\w*|confidentiel\w*|intended\s+recipient|vertraulich\w*|vertrouwelijk\w*|riservat\w*|"
    r"confidencial\w*|disclaimer|avertissement\s+juridique)\b",
    re.IGNORECASE,
)
# A company's legal line under a message ("Hautmont & Wiltz Banque Privée SA – Avenue Louise 371, 1050 Bruxelles –
# RPM Bruxelles – TVA BE 0555.010.420"): its register, with its form or its tax number.
_REGISTER = re.compile(
    r"\b(?:RPM|RCS|R\.C\.S\.|HRB|HRA|KBO|KvK|Handelsregister|Amtsgericht|SIREN|SIRET|registered\s+(?:in|office|number)|"
    r"capital\s+social|au\s+capital\s+de|company\s+(?:no|number)|Companies\s+House)\b",
    re.IGNORECASE,
)
_COMPANY_FORM = re.compile(
    r"(?:\b(?:SA|SAS|SARL|NV|BV|GmbH|AG|Ltd|LLP|PLC|SpA|TVA|VAT|BTW|USt)\b|\b(?:S\.A|B\.V|N\.V)\.|S\.à\s?r\.l\.)",
    re.IGNORECASE,
)
_NOTICE_FOR = re.compile(r"\b(?:destinataire\w*|addressee\w*|empfänger\w*|destinatari\w*)\b", re.IGNORECASE)
_NOTICE_ASKS = re.compile(
    r"\b(?:erreur|error|irrtümlich\w*|errore|prohibited|interdit\w*|notify|informer|delete|détruire|supprimer|"
    r"löschen|eliminar\w*|cancellar\w*|distribut\w*|diffusion|copy(?:ing)?)\b",
    re.IGNORECASE,
)
# The author speaking ("je suis à l'extérieur cette semaine, écrivez un e-mail à…"): no gateway writes so.
_FIRST_PERSON_WORD = re.compile(
    r"\b(?:je|j['’]|moi|mon|mes|i|i['’]m|i['’]ll|i['’]ve|my|ich|mein\w*|io|mio|yo|eu|meu|minha)\b", re.IGNORECASE
)
# A gateway's warning in the languages of a firm's correspondents ("ATTENZIONE: questa e-mail proviene da un mittente
# esterno…", "ACHTUNG: Diese E-Mail stammt von einem externen Absender…", "*** Courriel externe ***"): words for
# outside and words for a sender, a link or a security system in one short paragraph.
_OUTSIDE = re.compile(
    r"\b(?:extern\w*|estern\w*|exterior\w*|outside|ext[ée]rieur\w*|fuera|fuori|au(?:ß|ss)erhalb|fora|buiten|"
    r"quarantine|quarantaine|passerelle|gateway)\b",
    re.IGNORECASE,
)
_WARNED_OF = re.compile(
    r"\b(?:sender|mittente|remitente|absender|exp[ée]diteur|links?|liens?|enlaces|collegamenti|allegati|adjuntos|"
    r"anh[äa]nge|pi[èe]ces\s+jointes|attachments|organi[sz]ation|organizzazione|organizaci[óo]n|company|"
    r"caution|precauci[óo]n|attenzione|achtung|vorsicht|attention|warning|courriel|e-?mail|afzender|bijlagen|"
    r"organisatie|let\s+op)\b",
    re.IGNORECASE,
)
# Inside a line: a link or an address a client spelled out, an image left as its name (how one client's copy of a
# message differs from the text another client stored).
_SPELLED_OUT = re.compile(
    r"<?\b(?:mailto|tel|sms|https?):[^<>\s]*>?|<www\.[^<>\s]*>|\[cid:[^\]\n]*\]|\[image:[^\]\n]*\]", re.IGNORECASE
)
_WORD = re.compile(r"\w+")
# The first words of the quote and of the stored text that are compared: the firm's message and the start of the
# history under it. The comparison grows with their product (up to a quarter of a second a message at this size
# on repetitive, hostile text; a few milliseconds on a real message); what is typed further down is not looked for.
_MAX_COMPARED_WORDS = 1000


def _compared_words(text: str) -> list[str]:
    """The words of a text as compared: lower case, without quote marks, links or images."""
    return _WORD.findall(_SPELLED_OUT.sub(" ", text).lower())


def _words_by_line(lines: list[str], limit: int) -> tuple[list[str], list[int]]:
    """The compared words of `lines` and the index of the line of each, whole lines only, at most `limit` words."""
    words: list[str] = []
    line_of: list[int] = []
    for i, line in enumerate(lines):
        found = _compared_words(line)
        if len(words) + len(found) > limit:
            break
        words += found
        line_of += [i] * len(found)
    return words, line_of


def _word_spans(line: str) -> list[tuple[int, int]]:
    """Where each compared word of a line starts and ends (the words of `_compared_words`, in the line as written)."""
    bare = _SPELLED_OUT.sub(lambda m: " " * len(m.group(0)), line)
    return [m.span() for m in _WORD.finditer(bare)]


def _without_stored_copy(new: str, theirs: list[str], matcher: SequenceMatcher[str]) -> str:
    """`new` without the copy of the firm's message it holds when the quote's boundary was missed (nothing written
    above an Outlook header, a plain-text quote whose lines the client wrapped): from the first quoted header, or the
    first line of five words or more that are all the stored text's in its order, when most of what follows is the
    stored text, every line of the copy (its words all the stored text's, a header, a separator, a gateway's
    warning, a line a client writes for itself) is left out, and what the author typed among them stays."""
    lines = new.split("\n")
    words = [_compared_words(ln) for ln in lines]
    flat = [w for ws in words for w in ws]
    if len(flat) < 15 or not theirs:
        return new
    copied = [False] * len(flat)
    matcher.set_seq1(flat)
    for block in matcher.get_matching_blocks():
        copied[block.a : block.a + block.size] = [True] * block.size
    firsts = [0]
    for ws in words:
        firsts.append(firsts[-1] + len(ws))
    whole = [bool(ws) and all(copied[firsts[i] : firsts[i + 1]]) for i, ws in enumerate(words)]
    start = next((i for i in range(len(lines)) if _quoted_header(lines[i]) or (whole[i] and len(words[i]) >= 5)), None)
    if start is None:
        return new
    below = copied[firsts[start] :]
    if sum(below) < 15 or sum(below) < 0.5 * len(below):
        return new
    kept = [ln if ln.strip(" >\t") else "" for ln in lines[:start]]
    for i in range(start, len(lines)):
        bare = lines[i].strip().lstrip(">").strip()
        if whole[i] or _quoted_header(lines[i]) or (not words[i] and bare) or _SYSTEM_LINE.match(bare):
            continue
        if _mail_systems(bare):
            continue
        kept.append(lines[i] if bare else "")
    kept = [ln for n, ln in enumerate(kept) if ln.strip() or (n and kept[n - 1].strip())]
    while kept and not kept[-1].strip():
        kept.pop()
    while kept and not kept[0].strip():
        kept.pop(0)
    return "\n".join(kept)


def _mail_systems(said: str) -> bool:
    """Whether a paragraph that is not the stored text's is a mail system's: a gateway's warning, in any of the
    firm's correspondents' languages, or a confidentiality notice (never in the first person, as an author writes)."""
    if _GATEWAY_BANNER.match(said):
        return True
    if len(said) > 600 or _FIRST_PERSON_WORD.search(said):
        return False
    warning = bool(_OUTSIDE.search(said)) and bool(_WARNED_OF.search(said))
    notice = bool(_NOTICE_WORDS.search(said)) or (bool(_NOTICE_FOR.search(said)) and bool(_NOTICE_ASKS.search(said)))
    legal = bool(_REGISTER.search(said)) and bool(_COMPANY_FORM.search(said))
    return warning or notice or legal


def _mail_system_lines(lines: list[str], uncopied: set[int]) -> set[int]:
    """Among the paragraphs that hold `uncopied` lines (words the stored text does not have), the lines of those a
    mail system wrote (`_mail_systems`), and the lines it writes alone."""
    flagged: set[int] = set()
    for line in sorted(uncopied):
        if line in flagged:
            continue
        start, end = line, line + 1
        while start > 0 and lines[start - 1].strip(" >\t"):
            start -= 1
        while end < len(lines) and lines[end].strip(" >\t"):
            end += 1
        said = " ".join(lines[j].strip(" >\t") for j in range(start, end))
        if _mail_systems(said):
            flagged.update(range(start, end))
        else:
            flagged.update(j for j in range(start, end) if j in uncopied and _SYSTEM_LINE.match(lines[j].strip(" >\t")))
    return flagged


def _said_by_a_person(line: str, alone: bool = False) -> bool:
    """A line that reads as someone's sentence ("Je ne suis plus chez Ferrand & Fils, écrivez-moi à …"), not as a
    signature's or a company's line ("Kanzlei Hartmann & Vogt PartG mbB | Königsallee 55 | 40212 Düsseldorf").
    `alone`: nothing was typed above the quote, so a reply posted under it may be a few words ("Done. Remove me.",
    "désinscription. merci"): two to eight words with a sentence's stop and no digit, unless every word is
    capitalised (a name)."""
    bare = line.strip()
    if "|" in bare:
        return False
    if _FIRST_PERSON_WORD.search(bare) or _ME.search(bare):
        return True
    words = bare.split()
    if len(words) >= 4 and bare.endswith((".", "!", "?")):
        return True
    return (
        alone
        and 2 <= len(words) <= 8
        and not any(char.isdigit() for char in bare)  # a company's legal line: "… S.A. – 26, boulevard Royal"
        and bool(_SENTENCE_STOP.search(bare))
        and not all(word[:1].isupper() or not word[:1].isalpha() for word in words)
    )


_ME = re.compile(r"\b(?:me|moi)\b[.!]?$|\b(?:me|moi)\b(?=[.!,])", re.IGNORECASE)  # "Remove me.", "Rappelez-moi"
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _after_marked_line(lines: list[str], i: int) -> bool:
    """Whether line `i` follows a line quoted with ">" that has words."""
    return i > 0 and lines[i - 1].lstrip().startswith(">") and bool(lines[i - 1].strip(" >\t"))


def _slide_to_line_start(ours: list[str], line_of: list[int], i1: int, i2: int) -> int:
    """How far the typed words `ours[i1:i2]` can move forward, over the same words, to start a line (0 when they
    start one, or cannot)."""
    if i1 == 0 or line_of[i1 - 1] != line_of[i1]:
        return 0
    shift = 0
    while i2 + shift < len(ours) and ours[i1 + shift] == ours[i2 + shift]:
        shift += 1
        if line_of[i1 + shift - 1] != line_of[i1 + shift]:
            return shift
    return 0


def _quote_start(lines: list[str], boundary: int, attribution_end: int | None) -> int:
    """The first line of the quoted message's own text: after the attribution ("Le … a écrit :"), or after the
    separator and the header block ("De : … Envoyé : … Objet : …", which may wrap) that open it."""
    if attribution_end is not None:
        return attribution_end
    i = boundary
    if not _label(lines[i]):
        i += 1  # a separator, a rule
    while i < len(lines) and not lines[i].strip():
        i += 1
    block_end = next((j for j in range(i, min(len(lines), i + 16)) if not lines[j].strip()), None)
    if block_end is not None and any(_label(lines[j]) for j in range(i, block_end)):
        return block_end
    return i


def with_answers_in_quote(new: str, plain: str, sent: str | None) -> str:
    """`new` with what the author typed inside the quoted copy of a message the firm sent, without any mark ("No
    need." under the adviser's question, an address after "Pourriez-vous me confirmer votre adresse ?"), found by
    comparing the quote with `sent`, the text the firm stored of that message: the words the quote holds that
    `sent` does not, when the quote is that message (most of its words are `sent`'s). What mail systems put into
    a copy (gateway warnings, images, trimmed-quote notes, a re-wrapped line, a phone number re-formatted) is not
    typed text; `new` is unchanged when nothing was typed or the quote is another message."""
    if not sent or not plain:
        return new
    lines = _without_banner(_visible(plain).replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    boundary, attribution_end = _boundary(lines)
    if boundary is None:
        return new
    start = _quote_start(lines, boundary, attribution_end)
    ours, line_of = _words_by_line(lines[start:], _MAX_COMPARED_WORDS)
    line_of = [start + i for i in line_of]  # the line of each of `ours`
    theirs = _compared_words(sent[: _MAX_COMPARED_WORDS * 40])[:_MAX_COMPARED_WORDS]
    # autojunk (difflib's default) leaves out of the anchors the words that fill more than 1 % of the stored text:
    # without it, a text of a few words repeated costs the product of the lengths again at every anchor. The stored
    # text is indexed once, for both comparisons.
    matcher: SequenceMatcher[str] = SequenceMatcher(None, [], theirs)
    new = _without_stored_copy(new, theirs, matcher)
    if not ours or not theirs or ours == theirs[: len(ours)]:
        return new  # nothing to compare, or a copy word for word
    matcher.set_seq1(ours)
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    matched = sum(block.size for block in blocks)
    copied = [False] * len(ours)
    for block in blocks:
        copied[block.a : block.a + block.size] = [True] * block.size
    added = _mail_system_lines(lines, {line for k, line in enumerate(line_of) if not copied[k]})
    if matched < 8 or matched < 0.5 * sum(1 for k, line in enumerate(line_of) if copied[k] or line not in added):
        # not a copy of the firm's message: another message, or one too cut to compare (what mail systems added to
        # the copy, a gateway's disclaimer in three languages, does not count)
        return new
    # The copy ends with the stored text's last word, or under it (answers under the signature, then what gateways
    # add) at the next quoted header: what follows is older history the stored text may not hold.
    last_line = line_of[blocks[-1].a + blocks[-1].size - 1]
    # ... and starts at the quoted header above its first word, when another message comes first (a reply-all
    # answering a colleague's answer to the firm): what is above that header is the other message's.
    first_line = line_of[blocks[0].a]
    copy_start = max((i for i in range(start, first_line) if _FROM_LINE.match(lines[i].lstrip("> "))), default=start)
    copy_end = next(
        (i for i in range(last_line + 1, len(lines)) if _FROM_LINE.match(lines[i].lstrip("> "))), len(lines)
    )
    typed = [False] * len(ours)
    inserted = [False] * len(ours)  # typed where the stored text has nothing (not in place of other words)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "delete":
            # "…ou les réinvestir ?" then "Réinvestir" on the next line: the typed word may be aligned with the
            # question's, leaving the question's last word typed. Slid to the start of a line when it can be.
            shift = _slide_to_line_start(ours, line_of, i1, i2)
            for k in range(i1 + shift, i2 + shift):
                typed[k] = inserted[k] = True
        elif op == "replace" and not _reworded(ours[i1:i2], theirs[j1:j2]):
            for k in range(i1, i2):
                typed[k] = True
    by_line: dict[int, list[int]] = {}
    for k, line in enumerate(line_of):
        by_line.setdefault(line, []).append(k)
    already = Counter(ln.strip() for ln in new.split("\n"))  # read from the plain text already: once for each time
    nothing_above = not new.strip()
    answers: list[tuple[int, str]] = []
    for line, ks in sorted(by_line.items()):
        if not typed[ks[-1]] or lines[line].lstrip().startswith(">") or not copy_start <= line < copy_end:
            # what was typed ends the line, or it is no answer (a word a client changed inside it); a line quoted
            # with ">" is the quote's; above or under the copy, other messages
            continue
        if line in added and not _FIRST_PERSON_WORD.search(lines[line]):
            continue  # a line of a paragraph a mail system wrote (a disclaimer the client wrapped)
        signs = bool(answers) and answers[-1][0] == line - 1 and len(lines[line].split()) <= 4  # "V. Masson"
        if line > last_line and not _said_by_a_person(lines[line], alone=nothing_above) and not signs:
            continue  # under the firm's last word: a sentence of the author's, not a gateway's or a signature's line
        first = len(ks) - 1
        while first > 0 and typed[ks[first - 1]]:
            first -= 1
        if first and _after_marked_line(lines, line):
            continue  # under a ">" line, only a line typed whole is an answer (else, the end of a re-wrapped line)
        if all(ch.isdigit() for k in ks[first:] for ch in ours[k]) and not all(inserted[k] for k in ks[first:]):
            continue  # numbers in place of others: a date or a phone number a client re-formatted
        spans = _word_spans(lines[line]) if first else []
        if len(spans) == len(ks):
            # from the first typed word, or from the arrow that points to it: "Monday 29 March, 11:30 <- this one"
            begin = spans[first][0]
            if arrow := _ARROW_BEFORE.search(lines[line], spans[first - 1][1], begin):
                begin = arrow.start()
            text = lines[line][begin:].strip()
        else:  # the whole line typed (or a letter whose lower case splits it otherwise: the whole line)
            text = lines[line].strip()
        answers.append((line, text))
    # A paragraph of typed lines that is a gateway's warning ("CAUTION: This email originated…") or a
    # confidentiality notice is the mail system's; so is a line a client writes for itself, and a header's label.
    kept: list[tuple[int, str]] = []
    paragraph: list[tuple[int, str]] = []
    for item in [*answers, (-10, "")]:
        if paragraph and item[0] != paragraph[-1][0] + 1:
            said = " ".join(t for _, t in paragraph)
            if not _mail_systems(said):
                for line, text in paragraph:
                    if already[text] > 0:
                        already[text] -= 1  # "Non." under two questions: the second is an answer too
                    elif not _quoted_header(lines[line]) and not _SYSTEM_LINE.match(text):
                        kept.append((line, text))
            paragraph = []
        paragraph.append(item)
    if not kept:
        return new
    out: list[str] = []
    for n, (line, text) in enumerate(kept):
        if n and line != kept[n - 1][0] + 1:
            out.append("")
        out.append(text)
    return _before_closing(new, out)


def _before_closing(new: str, answers: list[str]) -> str:
    """`new` with `answers` where they belong to its reading: before the author's closing ("Cordialement,", "Merci
    d'avance", under which come a name and a signature) when it has one, so that what reads the message up to its
    closing (the intent) reads them; at its end otherwise."""
    from relance.intelligence.signature import is_closing  # the closings the signature reader knows

    lines = new.split("\n") if new.strip() else []
    at = next((i for i, ln in enumerate(lines) if i and is_closing(ln.strip())), len(lines))
    head = lines[:at]
    while head and not head[-1].strip():
        head.pop()
    tail = lines[at:]
    return "\n".join([*head, *([""] if head else []), *answers, *([""] if tail else []), *tail])


_ARROW_BEFORE = re.compile(r"(?:<-+|<=+|-+>|=+>|[←→⇐⇒])\s*$")
_MORE_HEADER = re.compile(r"^(?:copie\s+à|message\s+du|date\s+d['’]envoi|envoyé\s+par|reply-to|répondre\s+à)\b", re.I)


def _quoted_header(line: str) -> bool:
    """A line of a quoted header block ("Envoyé : …", "> From: …", "Message du …"), an attribution ("Le … a écrit :")
    or a separator, which a client may lay out otherwise than the stored text has it."""
    bare = line.strip().lstrip(">").strip()
    return bool(
        _FROM_LINE.match(bare)
        or _HEADER_LINE.match(bare)
        or _MORE_HEADER.match(bare)
        or _ATTR_END.search(bare)
        or _SEPARATOR.match(bare)
        or _UNDERSCORES.match(bare)
        or _RULE.match(bare)
    )


def _reworded(typed: list[str], stored: list[str]) -> bool:
    """Whether words of a quote that differ from the stored text are the same words written otherwise (a phone
    number spaced another way, an accent a client dropped), not words the author typed in their place."""
    a, b = " ".join(typed), " ".join(stored)
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.6
