"""Mailing-list replies (kind "list"): Mailman 2/3, Google Groups and Sympa lists, plain-text and modern
clients, bottom-posting, interleaving, trimmed quotes, wrapped quotes, footers."""
import re
from datetime import timedelta
from email.utils import format_datetime

from mime12 import D, Part, hexid, rng
from render import M, P

SPECS = []


def add(slug, client, lang, builder, m, post, **cfg):
    SPECS.append(dict(slug=slug, client=client, lang=lang, builder=builder, m=m, cfg=cfg, kind="list", post=post))


# --------------------------------------------------------------------------
# list servers
# --------------------------------------------------------------------------
class Lst:
    def __init__(self, name, dom, kind, desc, host=None):
        self.name, self.dom, self.kind, self.desc = name, dom, kind, desc
        self.host = host or dom

    @property
    def addr(self):
        return f"{self.name}@{self.dom}"

    def footer(self, m=None):
        if self.kind == "mm2":
            return ["_______________________________________________", f"{self.name} mailing list", self.addr,
                    f"https://{self.host}/mailman/listinfo/{self.name}"]
        if self.kind == "mm3":
            return ["_______________________________________________", f"{self.name} mailing list -- {self.addr}",
                    f"To unsubscribe send an email to {self.name}-leave@{self.dom}"]
        if self.kind == "gg":
            mid = m.mid.strip("<>").replace("@", "%40") if m is not None else "x"
            return ["-- ", f'You received this message because you are subscribed to the Google Groups "{self.desc}" '
                           "group.",
                    f"To unsubscribe from this group and stop receiving emails from it, send an email to "
                    f"{self.name}+unsubscribe@googlegroups.com.",
                    f"To view this discussion on the web visit https://groups.google.com/d/msgid/{self.name}/{mid}."]
        return []

    def headers(self, m):
        r = rng("list", m.mid)
        t = m.date + timedelta(seconds=r.randrange(20, 300))
        rec = [("Received", f"from {self.host} (localhost [127.0.0.1])\r\n\tby {self.host} (Postfix) with ESMTP id "
                            f"{hexid(r, 10)};\r\n\t{format_datetime(t)}")]
        if self.kind == "mm2":
            return rec, [("X-BeenThere", self.addr), ("X-Mailman-Version", "2.1.39"), ("Precedence", "list"),
                         ("List-Id", f"{self.desc} <{self.name}.{self.dom}>"),
                         ("List-Unsubscribe", f"<https://{self.host}/mailman/options/{self.name}>,\r\n "
                                              f"<mailto:{self.name}-request@{self.dom}?subject=unsubscribe>"),
                         ("List-Archive", f"<https://{self.host}/pipermail/{self.name}/>"),
                         ("List-Post", f"<mailto:{self.addr}>"),
                         ("List-Help", f"<mailto:{self.name}-request@{self.dom}?subject=help>"),
                         ("List-Subscribe", f"<https://{self.host}/mailman/listinfo/{self.name}>,\r\n "
                                            f"<mailto:{self.name}-request@{self.dom}?subject=subscribe>"),
                         ("Errors-To", f"{self.name}-bounces@{self.dom}"),
                         ("Sender", f'"{self.name}" <{self.name}-bounces@{self.dom}>')]
        if self.kind == "mm3":
            return rec, [("Message-ID-Hash", hexid(r, 32)), ("X-Message-ID-Hash", hexid(r, 32)),
                         ("X-MailFrom", m.frm.email), ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"),
                         ("List-Id", f"{self.desc} <{self.name}.{self.dom}>"),
                         ("Archived-At", f"<https://{self.host}/archives/list/{self.addr}/message/{hexid(r, 32)}/>"),
                         ("List-Archive", f"<https://{self.host}/archives/list/{self.addr}/>"),
                         ("List-Help", f"<mailto:{self.name}-request@{self.dom}?subject=help>"),
                         ("List-Owner", f"<mailto:{self.name}-owner@{self.dom}>"),
                         ("List-Post", f"<mailto:{self.addr}>"),
                         ("List-Subscribe", f"<mailto:{self.name}-join@{self.dom}>"),
                         ("List-Unsubscribe", f"<mailto:{self.name}-leave@{self.dom}>")]
        if self.kind == "gg":
            return ([("Received", f"by mail-qk1-f{r.randrange(100, 200)}.google.com with SMTP id "
                                  f"{hexid(r, 16).lower()}sf{r.randrange(1000000, 9999999)}.{r.randrange(1, 9)}\r\n"
                                  f"        for <multiple recipients>; {format_datetime(t)}")],
                    [("X-Original-Sender", m.frm.email),
                     ("Precedence", "list"), ("Mailing-list", f"list {self.name}@googlegroups.com; contact "
                                                              f"{self.name}+owners@googlegroups.com"),
                     ("List-ID", f"<{self.name}.googlegroups.com>"),
                     ("X-Google-Group-Id", str(r.randrange(10**11, 10**12))),
                     ("List-Post", f"<https://groups.google.com/group/{self.name}/post>, "
                                   f"<mailto:{self.name}@googlegroups.com>"),
                     ("List-Help", f"<https://groups.google.com/support/>, "
                                   f"<mailto:{self.name}+help@googlegroups.com>"),
                     ("List-Archive", f"<https://groups.google.com/group/{self.name}>"),
                     ("List-Unsubscribe", f"<mailto:googlegroups-manage+{r.randrange(10**11, 10**12)}+unsubscribe"
                                          f"@googlegroups.com>,\r\n <https://groups.google.com/group/{self.name}/"
                                          f"subscribe>")])
        if self.kind == "sympa":
            return rec, [("X-Loop", self.addr), ("X-Sequence", str(r.randrange(1000, 9000))),
                         ("Errors-to", f"{self.name}-owner@{self.dom}"), ("Precedence", "list"),
                         ("Precedence", "bulk"), ("Sender", f"{self.name}-request@{self.dom}"),
                         ("X-no-archive", "yes"), ("List-Id", f"<{self.name}.{self.dom}>"),
                         ("List-Help", f"<mailto:sympa@{self.dom}?subject=help>"),
                         ("List-Subscribe", f"<mailto:sympa@{self.dom}?subject=subscribe%20{self.name}>"),
                         ("List-Unsubscribe", f"<mailto:sympa@{self.dom}?subject=unsubscribe%20{self.name}>"),
                         ("List-Post", f"<mailto:{self.addr}>"), ("List-Owner", f"<mailto:{self.name}-request@"
                                                                               f"{self.dom}>")]
        raise KeyError(self.kind)


def listify(lst, m, footer_part=False):
    """Post-processor: add the list server's headers (and, for Mailman with a multipart message, the footer as
    a separate inline text/plain part, as Mailman 2.1 does)."""
    def post(raw):
        head, body = raw.split(b"\r\n\r\n", 1)
        rec, hs = lst.headers(m)
        pre = "".join(f"{k}: {v}\r\n" for k, v in rec).encode()
        add_ = "".join(f"{k}: {v}\r\n" for k, v in hs).encode()
        if not footer_part:
            return pre + head + b"\r\n" + add_ + b"\r\n" + body
        # re-wrap: the original content headers move into the first subpart
        lines = head.split(b"\r\n")
        keep, content = [], []
        i = 0
        while i < len(lines):
            ln = lines[i]
            grp = [ln]
            while i + 1 < len(lines) and lines[i + 1][:1] in (b" ", b"\t"):
                i += 1
                grp.append(lines[i])
            (content if ln.lower().startswith(b"content-") else keep).append(b"\r\n".join(grp))
            i += 1
        r = rng("mmwrap", m.mid)
        b = f"==============={r.randrange(10**18, 10**19)}=="
        foot = ("\r\n".join(lst.footer(m)) + "\r\n").encode()
        out = b"\r\n".join(keep) + b"\r\n" + add_ + (
            f'Content-Type: multipart/mixed; boundary="{b}"\r\n\r\n--{b}\r\n').encode() + \
            b"\r\n".join(content) + b"\r\n\r\n" + body.rstrip(b"\r\n") + b"\r\n" + \
            (f"--{b}\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\nMIME-Version: 1.0\r\n"
             f"Content-Transfer-Encoding: 7bit\r\nContent-Disposition: inline\r\n\r\n").encode() + foot + \
            f"--{b}--\r\n".encode()
        return pre + out
    return post


tessdev = Lst("tessera-dev", "lists.tessera-gis.org", "mm2", "Developer discussion for Tessera")
tessusers = Lst("tessera-users", "lists.tessera-gis.org", "mm3", "Tessera user questions")
hearth = Lst("hearthdb-users", "googlegroups.com", "gg", "HearthDB Users", host="googlegroups.com")
carto = Lst("utilisateurs", "listes.cartolibre.fr", "sympa", "Utilisateurs CartoLibre")
velo = Lst("aktive", "lists.radwerk-kiel.de", "mm2", "Aktive im Radwerk Kiel")
ham = Lst("qrp-tech", "lists.prairieqrp.org", "mm2", "Prairie QRP technical list")

MUTT = [("User-Agent", "Mutt/2.2.12 (2023-09-09)")]

# people
karl = P("Karl Jæger", "karl@jaeger.no")
ines = P("Ines Oyelaran", "ines.oyelaran@gmail.com")
paulo = P("Paulo Rezende", "prezende@geomatica-sul.com.br")
wei = P("Wei Zhang", "wzhang@terrametrics.io")
liv = P("Liv Amundsen", "liv@amundsen.dev")
moritz = P("Moritz Hahn", "moritz.hahn@posteo.de")
dev = P("Devika Rao", "devika.rao@gmail.com")
greg = P("Greg Paulsen", "gpaulsen@fastmail.com")
tamsin = P("Tamsin Hardy", "tamsin@hardy-consulting.co.uk")
bruno = P("Bruno Caradec", "bruno.caradec@laposte.net")
aurel = P("Aurélie Kervella", "aurelie.kervella@cartolibre.fr")
henning = P("Henning Petersen", "h.petersen@posteo.de")
frauke = P("Frauke Lindemann", "frauke.lindemann@web.de")
walt = P("Walt Ebner", "w0ebn@prairienet.org")
chet = P("Chet Lindgren", "kd0chl@cornbelt.net")


def lq(frm, date, subject, text, lst, client="mutt", to=None, quote=None, style=None, opt=None, pos="top"):
    m = M(frm, [to or P(lst.name, lst.addr)], date, subject, text, client=client, quote=quote, style=style,
          opt=opt, pos=pos)
    m.after = lst.footer(m)
    return m


# L1 mutt interleaved, Mailman 2
q1 = lq(liv, D("2024-03-12 10:15:42", 1), "[tessera-dev] RFC: drop GDAL 2.x support in 0.9", """
    Hi all,

    I'd like to drop support for GDAL 2.x in the 0.9 release. Keeping it means we can't use the
    multidimensional API for the NetCDF reader, and the CI matrix has become painfully slow (the 2.4
    builds alone take 40 minutes).

    Debian oldstable ships 3.2 and RHEL 8 has 3.4 in EPEL, so I don't think many users are stuck on 2.x.

    Objections?

    Liv""", tessdev)
m = M(karl, [P("tessera-dev", tessdev.addr)], D("2024-03-12 13:02:10", 1), "Re: [tessera-dev] RFC: drop GDAL 2.x "
      "support in 0.9", cc=[liv], quote=q1, style="wrote", client="mutt", opt=dict(blank=0),
      inline=[("q", ["Hi all,", "",
                     "I'd like to drop support for GDAL 2.x in the 0.9 release. Keeping it means we can't use the",
                     "multidimensional API for the NetCDF reader, and the CI matrix has become painfully slow (the 2.4",
                     "builds alone take 40 minutes)."]),
              ("n", ["", "+1 from me. The 2.x code paths in the warper are also the ones with the", "most open bugs.",
                     ""]),
              ("q", ["Debian oldstable ships 3.2 and RHEL 8 has 3.4 in EPEL, so I don't think many users are stuck "
                     "on 2.x."]),
              ("n", ["", "Ubuntu 20.04 is still on 3.0.4, which is fine too. The only people I know", "on 2.x are "
                         "the ones running the old ArcGIS bridge, and they pin Tessera", "0.7 anyway.", "",
                     "Can we at least keep a 0.8.x branch with security fixes for a year?", "", "-- ", "Karl Jæger",
                     "https://jaeger.no/"])])
m.after = tessdev.footer(m)
add("gdal2-mutt-inline", "mutt", "en", "plain_ua", m, listify(tessdev, m), xheaders=MUTT, cs="utf-8")

# L2 Thunderbird flowed, bottom-post, Mailman 3
q2 = lq(ines, D("2024-04-03 18:20:00", 0), "[tessera-users] Reprojecting tiles on the fly is very slow", """
    Hello,

    I'm serving Sentinel-2 mosaics with tessera-serve 0.8.2 and reprojecting from EPSG:32633 to EPSG:3857 on the fly. Each tile takes 2-3 seconds, which makes the web map unusable. Without reprojection it's about 80 ms.

    Is that expected, or am I missing a setting?

    Thanks,
    Ines""", tessusers, client="gmail")
m = lq(wei, D("2024-04-03 21:47:31", -4), "Re: [tessera-users] Reprojecting tiles on the fly is very slow", """
    Not expected. My guess is that your COGs don't have overviews, so every zoomed-out tile reads the full-resolution data and warps it. Check with gdalinfo -- if you don't see "Overviews:" on the bands, build them with gdaladdo -r average.

    Also set warp_threads = 4 (the default is 1) in the [render] section.

    Wei""", tessusers, client="thunderbird", quote=q2, style="wrote", pos="bottom", opt=dict(ilang="en"))
add("reproject-tb-bottom", "thunderbird", "en", "thunderbird", m, listify(tessusers, m))

# L3 Gmail top-post to a Google Group, quoted previous footer
q3 = lq(greg, D("2024-05-14 09:05:12", -5), "WAL grows without bound after upgrading to 3.1", """
    Since upgrading from 3.0.6 to 3.1.0 our write-ahead log keeps growing (now 38 GB) and checkpoints never seem to complete. We run with the default checkpoint_interval and about 2k writes/s.

    Anyone else seeing this?

    Greg""", hearth, client="gmail")
m = lq(dev, D("2024-05-14 11:32:40", -4), "Re: WAL grows without bound after upgrading to 3.1", """
    Hi Greg,

    Yes, we hit the same thing. 3.1.0 has a regression where a long-running read transaction blocks checkpointing completely (in 3.0 it only delayed it). Look for a reader that never closes - in our case it was a metrics exporter that held a snapshot open.

    It's fixed in 3.1.1 (see the changelog, "checkpoint starvation"), so upgrading should solve it.

    Devika""", hearth, client="gmail", quote=q3, style="wrote")
add("wal-gmail-gg", "gmail", "en", "gmail", m, listify(hearth, m))

# L4 Evolution, interleaved with trimmed quotes, Mailman 2
q4 = lq(paulo, D("2024-06-10 14:12:09", -3), "[tessera-dev] Release checklist for 0.9.0", """
    Hi,

    Here's my proposed checklist for 0.9.0:

    1. Freeze on June 24
    2. RC1 on June 26, RC2 a week later if needed
    3. Final release July 8
    4. Announce on the users list and on Mastodon

    I can be the release manager again unless someone else wants to do it.

    Paulo""", tessdev, client="thunderbird")
m = M(moritz, [P("tessera-dev", tessdev.addr)], D("2024-06-10 20:40:55", 2),
      "Re: [tessera-dev] Release checklist for 0.9.0", quote=q4, style="wrote", client="evolution",
      opt=dict(blank=0),
      inline=[("q", ["1. Freeze on June 24"]),
              ("n", ["", "That's the Monday after the FOSS4G-DE sprint, good timing - we can land", "the NetCDF "
                         "reader during the sprint.", ""]),
              ("q", ["> [...]", "3. Final release July 8"]),
              ("n", ["", "July 8 is fine, but please not later: Debian's freeze for the next", "release starts in "
                         "mid-July and we want 0.9 in there.", ""]),
              ("q", ["I can be the release manager again unless someone else wants to do it."]),
              ("n", ["", "Thanks Paulo, please do.", "", "Moritz"])])
m.after = tessdev.footer(m)
add("release-evolution-trim", "evolution", "en", "plain_ua", m, listify(tessdev, m),
    xheaders=[("X-Mailer", "Evolution 3.50.3 (by Flathub.org)"), ("Autocrypt", "addr=moritz.hahn@posteo.de; "
                                                                           "prefer-encrypt=mutual; keydata=mDMEZ"
                                                                           "ex4SxYJKwYBBAHaRw8BAQdA")],
    disposition=False, ct='text/plain; charset="UTF-8"')

# L5 Claws, two-line attribution, bottom-post
q5 = lq(frauke, D("2024-03-12 10:15:42", 1), "[Aktive] Critical Mass im April", """
    Hallo zusammen,

    wer hat Lust, die Critical Mass am 26. April mitzuorganisieren? Wir bräuchten zwei Leute für die Ordner und jemanden, der die Anmeldung bei der Stadt macht.

    Liebe Grüße
    Frauke""", velo, client="gmail")
m = lq(henning, D("2024-03-12 19:03:27", 1), "Re: [Aktive] Critical Mass im April", """
    Ich mache die Anmeldung bei der Stadt, das habe ich letztes Jahr auch schon
    gemacht. Ordner kann ich leider nicht, ich bin an dem Abend erst ab 19 Uhr da.

    Gruß
    Henning""", velo, client="claws", quote=q5, style="wrote", pos="bottom",
       opt=dict(intro_text=["Am Tue, 12 Mar 2024 10:15:42 +0100", "schrieb Frauke Lindemann "
                                                                  "<frauke.lindemann@web.de>:"]))
add("criticalmass-claws-de", "claws", "de", "plain_ua", m, listify(velo, m),
    xheaders=[("X-Mailer", "Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)")], cs="UTF-8",
    ct="text/plain; charset=UTF-8", cte="quoted-printable", disposition=False)

# L6 Gnus, "writes:" and a supercite-style prefix
q6 = lq(walt, D("2024-02-20 07:30:00", -6), "[QRP-tech] Toroid for a 40m low pass filter", """
    For the 40m LPF in the club kit, the manual calls for T37-2 toroids with 16 turns, but I only have
    T50-2 on hand. How many turns on a T50-2 to get the same 1.1 uH?

    73, Walt W0EBN""", ham, client="alpine")
m = M(chet, [P("qrp-tech", ham.addr)], D("2024-02-20 09:58:12", -6), "Re: [QRP-tech] Toroid for a 40m low pass "
      "filter", quote=q6, style="wrote", client="gnus", opt=dict(pfx="WE> ", pfx_empty="WE>", blank=0),
      inline=[("q", ["For the 40m LPF in the club kit, the manual calls for T37-2 toroids with 16 turns, but I only "
                     "have", "T50-2 on hand. How many turns on a T50-2 to get the same 1.1 uH?"]),
              ("n", ["", "AL for the T50-2 is 4.9 nH/turn^2, so 1.1 uH needs sqrt(1100/4.9) = 15", "turns. Since "
                         "the T37-2 figure was already 16, the kit value is probably", "a bit high anyway - I'd "
                         "wind 15 and check with the NanoVNA.", "", "-- ", "Chet KD0CHL"])])
m.after = ham.footer(m)
add("toroid-gnus-supercite", "gnus", "en", "plain_ua", m, listify(ham, m),
    xheaders=[("User-Agent", "Gnus/5.13 (Gnus v5.13)")], cs="us-ascii", disposition=False,
    ct="text/plain")

# L7 Alpine, bottom-post
q7 = lq(chet, D("2024-02-21 20:15:00", -6), "[QRP-tech] Net tonight moved to 7.030", """
    Heads up: 7.040 has a contest station parked on it tonight, so the Tuesday net will be on 7.030 instead.

    Chet KD0CHL""", ham, client="gnus")
m = lq(walt, D("2024-02-21 21:40:33", -6), "Re: [QRP-tech] Net tonight moved to 7.030", """
    Thanks for the heads up Chet. Heard you 559 here in Lincoln, but QSB was
    brutal after 0300Z.

    73, Walt W0EBN""", ham, client="alpine", quote=q7, style="wrote", pos="bottom")
add("net-alpine-bottom", "alpine", "en", "plain_ua", m, listify(ham, m),
    xheaders=[("User-Agent", "Alpine 2.26 (DEB 649 2022-06-02)")], cs="US-ASCII",
    ct="text/plain; format=flowed; charset=US-ASCII", disposition=False)

# L8 Outlook Express on an old list: wrapped quotes without '>' continuations
q8 = lq(walt, D("2003-11-04 19:22:00", -6), "[QRP-tech] SWR bridge reads high on 20m", """
    My homebrew SWR bridge reads 1.8:1 into a dummy load on 20m but 1.1:1 on 40m and 80m. The dummy load is a 50 ohm non-inductive resistor from the junk box and checks 50.2 ohms on the DMM. Any idea what's going on?

    Walt""", ham, client="eudora")
m = lq(chet, D("2003-11-05 08:12:40", -6), "Re: [QRP-tech] SWR bridge reads high on 20m", """
    Walt,

    Two things to check: the resistor may not be as non-inductive as advertised at 14 MHz (carbon film is usually fine, wirewound is not), and the leads between the bridge and the load add inductance too.  Keep them under an inch.

    Chet""", ham, client="outlook_express", quote=q8, style="oe", opt=dict(qwrap=76))
add("swr-oe-wrapped-quote", "outlook_express", "en", "outlook_express", m, listify(ham, m))

# L9 old Thunderbird/SeaMonkey "Name wrote:", flowed
q9 = lq(aurel, D("2024-03-12 10:15:00", 1), "[utilisateurs] Import de fichiers GPX", """
    Bonjour,

    Depuis la version 2.3, l'import de fichiers GPX avec des waypoints ne fonctionne plus : seules les traces sont importées. Quelqu'un a-t-il le même problème ?

    Aurélie""", carto, client="gmail")
m = lq(bruno, D("2024-03-12 14:41:08", 1), "Re: [utilisateurs] Import de fichiers GPX", """
    Oui, même problème ici. Il faut cocher « Importer les points » dans les options avancées de l'import, la case est décochée par défaut depuis la 2.3 (c'est un changement volontaire, voir le ticket 1412).

    Bruno""", carto, client="thunderbird", quote=q9, style="wrote", opt=dict(intro_text="Aurélie Kervella a écrit :"),
       pos="bottom")
add("gpx-seamonkey-fr", "seamonkey", "fr", "thunderbird", m, listify(carto, m),
    ua="Mozilla/5.0 (X11; Linux x86_64; rv:91.0) Gecko/20100101 SeaMonkey/2.53.18.2", lang_tag="fr")

# L10 Apple Mail, format=flowed delsp=yes, bottom-post
q10 = lq(wei, D("2024-04-04 09:10:00", -4), "[tessera-users] Re: Reprojecting tiles on the fly is very slow", """
    Ines, did the overviews help?

    Wei""", tessusers, client="thunderbird")
m = lq(ines, D("2024-04-04 15:22:19", 1), "Re: [tessera-users] Reprojecting tiles on the fly is very slow", """
    Yes, hugely - tiles now take 120-150 ms with reprojection. The missing overviews were the problem, the mosaics came from a script that skipped gdaladdo. I also set warp_threads = 4.

    Thanks a lot!
    Ines""", tessusers, client="apple_mail", quote=q10, style="wrote", pos="bottom",
       opt=dict(intro_text="On 4 Apr 2024, at 15:10, Wei Zhang <wzhang@terrametrics.io> wrote:"))
add("reproject-apple-flowed", "apple_mail", "en", "apple_flowed", m, listify(tessusers, m))

# L11 Gmail bottom-post with trimmed quote, Google Group
q11 = lq(greg, D("2024-05-15 08:00:00", -5), "Re: WAL grows without bound after upgrading to 3.1", """
    Thanks Devika, that was it. It was our backup agent holding a read snapshot for the whole duration of the backup (about 6 hours). Upgraded to 3.1.1 and the WAL is back to a few hundred MB.

    Is there a setting to cap how long a reader can block a checkpoint? I'd rather not depend on every client behaving.

    Greg""", hearth, client="gmail")
m = lq(dev, D("2024-05-15 10:18:44", -4), "Re: WAL grows without bound after upgrading to 3.1", """
    There is, since 3.1: max_checkpoint_wait (in seconds, 0 = wait forever, which is the default). When it expires the checkpointer restarts the reader's snapshot instead of waiting. Set it to something like 600.

    Devika""", hearth, client="gmail", quote=q11, style="wrote", pos="bottom", opt=dict(qtrim=6))
add("wal-gmail-bottom-trim", "gmail", "en", "gmail", m, listify(hearth, m))

# L12 reply to a Mailman digest
dig = M(P("tessera-dev-request", "tessera-dev-request@lists.tessera-gis.org"), [P("Tamsin Hardy", "tamsin@hardy-consulting.co.uk")],
        D("2024-06-11 12:00:03", 0), "tessera-dev Digest, Vol 42, Issue 7", """
    Send tessera-dev mailing list submissions to
    	tessera-dev@lists.tessera-gis.org

    Today's Topics:

       1. Re: Release checklist for 0.9.0 (Moritz Hahn)
       2. Re: Release checklist for 0.9.0 (Paulo Rezende)

    ----------------------------------------------------------------------

    Message: 2
    Date: Tue, 11 Jun 2024 08:03:19 -0300
    From: Paulo Rezende <prezende@geomatica-sul.com.br>
    To: tessera-dev@lists.tessera-gis.org
    Subject: Re: [tessera-dev] Release checklist for 0.9.0

    OK, I'll do the release. I'll also need someone to test the Windows wheels this time - last release we shipped a broken wheel for Python 3.12.

    Paulo""", client="mailman")
m = M(tamsin, [P("tessera-dev", tessdev.addr)], D("2024-06-11 13:26:50", 1), "Re: tessera-dev Digest, Vol 42, Issue 7",
      """
    I can test the Windows wheels - I have 3.10, 3.11 and 3.12 environments set up on a Windows 11 box. Just ping me when RC1 is tagged.

    Tamsin Hardy""", quote=dig, style="ol_new", client="outlook", h="mso", opt=dict(modern=True))
m.after = tessdev.footer(m)
add("digest-reply-outlook", "outlook", "en", "outlook_html", m, listify(tessdev, m, footer_part=True),
    ver="365", cs="us-ascii", lang_tag="en-GB")

# L13 Gmail message on a Mailman 2 list: footer in its own MIME part
q13 = lq(moritz, D("2024-06-12 09:00:00", 2), "[tessera-dev] NetCDF reader branch ready for review", """
    The NetCDF reader branch (netcdf-md) is ready for review. It needs GDAL >= 3.1 for the multidimensional API, so it depends on Liv's RFC being accepted.

    Moritz""", tessdev, client="evolution")
m = M(paulo, [P("tessera-dev", tessdev.addr)], D("2024-06-12 11:45:20", -3),
      "Re: [tessera-dev] NetCDF reader branch ready for review", """
    Great work Moritz. I'll review it tonight. One thing I noticed already: the reader opens the file twice when the variable has a time dimension, which doubles the memory for large files.

    Paulo""", quote=q13, style="wrote", client="gmail")
add("netcdf-gmail-mm-footerpart", "gmail", "en", "gmail", m, listify(tessdev, m, footer_part=True))

# L14 French Sympa list, Thunderbird, top-post
q14 = lq(bruno, D("2024-03-13 09:02:00", 1), "Re: [utilisateurs] Import de fichiers GPX", """
    Il y a aussi un souci avec les noms de waypoints accentués, ils sont tronqués à l'import.

    Bruno""", carto, client="thunderbird")
m = lq(aurel, D("2024-03-13 10:15:30", 1), "Re: [utilisateurs] Import de fichiers GPX", """
    Merci Bruno, en cochant l'option tout fonctionne.

    Pour les noms accentués, c'est un bug connu quand le fichier est encodé en ISO-8859-1 au lieu d'UTF-8 (certains vieux GPS Garmin font ça). Je l'ajoute au ticket 1412.

    Aurélie Kervella
    Association CartoLibre""", carto, client="thunderbird", quote=q14, style="wrote", opt=dict(ilang="fr"))
m.lang = "fr"
add("gpx-tb-fr-top", "thunderbird", "fr", "thunderbird", m, listify(carto, m), lang_tag="fr")

# L15 mutt, utf-8, bottom-post with quoted signature and quoted list footer
q15 = lq(karl, D("2024-03-13 08:40:00", 1), "Re: [tessera-dev] RFC: drop GDAL 2.x support in 0.9", """
    Liv, any decision on the 0.8.x maintenance branch?

    -- 
    Karl Jæger
    https://jaeger.no/""", tessdev, client="mutt")
m = lq(liv, D("2024-03-13 09:55:12", 1), "Re: [tessera-dev] RFC: drop GDAL 2.x support in 0.9", """
    Yes, 0.8.x gets security and crash fixes until June 2025. I'll put that in
    the release notes.

    Liv""", tessdev, client="mutt", quote=q15, style="wrote", pos="bottom")
add("gdal2-mutt-bottom-footer", "mutt", "en", "plain_ua", m, listify(tessdev, m), xheaders=MUTT, cs="utf-8",
    cte="8bit")
