"""Human replies and opt-outs, English and French."""

from __future__ import annotations

from datetime import datetime, timedelta

from common import NEW_YORK, PARIS, Case, Person, Tracked, outlook_mid
from replies import human
from tracked import ALEX, ALEX_SIG, en1, en2, en3, fr1, fr2, fr3

P = Person


def human_cases() -> list[Case]:
    c: list[Case] = []
    # ---------------------------------------------------------------- English human replies
    jordan = P("Jordan Ellis", "jordan.ellis@acme-robotics.com")
    c.append(
        human(
            "en-gmail-yes-call",
            en1(jordan),
            jordan,
            "gmail",
            [
                "Hi Alex,",
                "",
                "Thanks for reaching out. Yes, a call next week works.",
                "How about Wednesday at 2pm ET?",
                "",
                "Best,",
                "Jordan",
            ],
        )
    )
    priya = P("Priya Natarajan", "priya.natarajan@contoso.com")
    c.append(
        human(
            "en-outlook-roles-filled",
            en1(priya),
            priya,
            "outlook_original",
            [
                "Hi Alex,",
                "",
                "We're not hiring for those roles anymore, the positions were filled in November.",
                "Feel free to check back in Q2.",
                "",
                "Regards,",
                "Priya Natarajan",
                "Head of Talent | Contoso Ltd.",
            ],
        )
    )
    kevin = P("Kevin O'Brien", "kobrien@lumenfield.io")
    c.append(human("en-ios-send-video", en2(kevin), kevin, "ios", ["Sure, send the video over."]))
    megan = P("Megan Chu", "megan@tidepool.app")
    c.append(
        human(
            "en-apple-interesting",
            en2(megan),
            megan,
            "apple",
            [
                "Hi Daniel,",
                "",
                "Interesting timing — we just kicked off a project on this. Can you send the demo",
                "video and pricing?",
                "",
                "Thanks,",
                "Megan",
            ],
        )
    )
    tom = P("Tom Becker", "tom.becker@fabrikam.com")
    c.append(
        human(
            "en-owa-received",
            en3(tom),
            tom,
            "outlook_underscore",
            [
                "Thanks Alex, received. Our security team will review the questionnaire this week.",
                "",
                "Kind regards,",
                "Tom",
            ],
        )
    )
    rita = P("Rita Alvarez", "ralvarez@summitlogistics.com")
    c.append(
        human(
            "en-gmail-dont-stop",
            en3(rita),
            rita,
            "gmail",
            [
                "Hi Alex,",
                "",
                "Please don't stop sending these updates — they're genuinely useful for our planning.",
                "Can we talk Thursday?",
                "",
                "Rita",
            ],
        )
    )
    mike = P("Mike Sullivan", "mike@harborview.co")
    c.append(
        human(
            "en-gmail-stop-by-office",
            en1(mike),
            mike,
            "gmail",
            [
                "Happy to chat. If you're in Boston next week, stop by our office on Tremont St and we",
                "can grab a coffee.",
                "",
                "Mike",
            ],
        )
    )
    helen = P("Helen Park", "helen.park@northstar-health.org")
    c.append(
        human(
            "en-outlook-cant-stop-thinking",
            en2(helen),
            helen,
            "outlook_bare",
            [
                "Daniel,",
                "",
                "I can't stop thinking about the drop-off numbers you mentioned. Let's set up a call —",
                "my assistant Karen (cc'd) will find a slot.",
                "",
                "Helen Park",
                "VP Product, Northstar Health",
            ],
        )
    )
    ben = P("Ben Adeyemi", "ben.adeyemi@quarry.io")
    c.append(
        human(
            "en-outlook-mobile-spring",
            en1(ben),
            ben,
            "outlook_mobile",
            ["Not a priority for us right now, maybe in the spring."],
        )
    )
    sarah = P("Sarah Kim", "sarah.kim@bluepeak.com")
    c.append(
        human(
            "en-gmail-ooo-but-yes",
            en3(sarah),
            sarah,
            "gmail",
            [
                "I'm out of the office until Thursday but wanted to say yes — let's do the call on Friday at 10.",
                "",
                "Sarah",
            ],
        )
    )
    luis = P("Luis Ortega", "luis@campfire.dev")
    c.append(
        human(
            "en-gmail-quoted-unsubscribe",
            en2(luis),
            luis,
            "gmail",
            ["Hi Daniel, sounds interesting. What does pricing look like for a team of 40?", "", "Luis"],
        )
    )
    peter = P("Peter Novak", "p.novak@example.org")
    c.append(
        human(
            "en-thunderbird-forwarded-to-vp",
            en1(peter),
            peter,
            "thunderbird",
            [
                "Hello Alex,",
                "",
                "I forwarded your note to our VP of Engineering, Dana Kim (dana.kim@example.org).",
                "She owns hiring tooling.",
                "",
                "Regards,",
                "Peter",
            ],
        )
    )
    anna = P("Anna Schmidt", "anna.schmidt@fabrikam.com")
    c.append(
        human(
            "en-outlook-footer-unsubscribe",
            en3(anna),
            anna,
            "outlook_original",
            [
                "Hi Alex,",
                "",
                "Thanks — could you send the SOC 2 report as well?",
                "",
                "Best regards,",
                "Anna Schmidt",
                "Procurement Lead, Fabrikam Inc.",
                "",
                "Fabrikam Inc. | 500 Market St, San Francisco, CA 94105",
                "You are receiving this email because of your business relationship with Fabrikam.",
                "Unsubscribe from Fabrikam marketing emails: https://fabrikam.com/email-preferences",
            ],
            extra_headers=[("X-Auto-Response-Suppress", "All")],
        )
    )
    grace = P("Grace Liu", "grace.liu@meridianhr.com")
    c.append(
        human(
            "en-gmail-already-greenhouse",
            en1(grace),
            grace,
            "gmail",
            ["Thanks, but we already use Greenhouse for this. Good luck!"],
        )
    )
    omar = P("Omar Haddad", "omar.haddad@velocity.ai")
    c.append(
        human("en-gmail-not-interested-now", en2(omar), omar, "gmail", ["Not interested at the moment.", "", "Omar"])
    )
    it_t = Tracked(
        ALEX,
        P("Nina Patel", "nina.patel@granitebank.com"),
        "Automatic reply settings for your team",
        [
            "Hi Nina,",
            "",
            "Quick one: does your IT team manage Outlook automatic reply settings centrally?",
            "We built a tool that enforces out-of-office templates across the company.",
            "",
            *ALEX_SIG,
        ],
        datetime(2025, 2, 11, 11, 5, tzinfo=NEW_YORK),
        outlook_mid(),
        "en",
    )
    c.append(
        human(
            "en-outlook-subject-automatic-reply",
            it_t,
            it_t.to,
            "outlook_original",
            [
                "Hi Alex,",
                "",
                "We do, through Intune. Send me a one-pager and I'll share it with our IT lead.",
                "",
                "Nina Patel",
                "IT Operations Manager",
                "Granite Bank",
            ],
        )
    )
    ivan = P("Ivan Petrov", "ivan@stackline.net")
    c.append(human("en-apple-who-gave-you", en1(ivan), ivan, "apple", ["Who gave you my email address?"]))
    zoe = P("Zoe Grant", "zoe.grant@saasfair.com")
    c.append(
        human(
            "en-gmail-stop-by-booth",
            en2(zoe),
            zoe,
            "gmail",
            ["Hi Daniel,", "", "Please stop by the booth at SaaStr, we'll be at B12 all three days.", "", "Zoe"],
        )
    )
    raj = P("Raj Mehta", "raj.mehta@orbitfreight.com")
    c.append(human("en-ios-call-tomorrow", en3(raj), raj, "ios", ["Call me tomorrow after 3. 617-555-0199"]))
    carl = P("Carl Jensen", "carl@fjordsoft.no")
    c.append(
        human(
            "en-thunderbird-bottom-post",
            en1(carl),
            carl,
            "thunderbird",
            [],
            bottom=["Sounds good, let's talk Wednesday afternoon. Send an invite to this address.", "", "Carl"],
        )
    )
    dana = P("Dana Whitfield", "dana.whitfield@pinegrove.com")
    c.append(
        human(
            "en-gmail-inline-answers",
            en3(dana),
            dana,
            "gmail",
            ["See my answers inline."],
            inline=[
                (
                    ["Thanks again for your time on Tuesday. As promised, attached is the pricing"],
                    ["Got it. 25 seats is right for now, maybe 40 by summer."],
                ),
                (["Let me know if anything is unclear."], ["Does the price include SSO?"]),
            ],
        )
    )
    emma = P("Emma Rossi", "emma.rossi@lattice-co.com")
    c.append(
        human(
            "en-gmail-about-to-unsubscribe",
            en2(emma),
            emma,
            "gmail",
            [
                "I was about to unsubscribe from all vendor emails, but this one is actually relevant.",
                "Can you do Tuesday at 11?",
                "",
                "Emma",
            ],
        )
    )
    jim = P("Laura Chen", "laura.chen@brightwave.com")
    c.append(
        human(
            "en-outlook-remove-jim",
            en1(jim),
            jim,
            "outlook_underscore",
            [
                "Thanks! Please remove Jim from the thread, he left the company last month. I'm taking over his accounts.",
                "",
                "Laura",
            ],
        )
    )
    mark = P("Mark Ellison", "m.ellison@redwoodcap.com")
    c.append(
        human(
            "en-outlook-stop-emailing-john",
            en3(mark),
            mark,
            "outlook_original",
            [
                "Alex,",
                "",
                "Please stop emailing John, he no longer works here. I'm his replacement and happy to talk.",
                "",
                "Mark Ellison",
                "Redwood Capital",
            ],
        )
    )
    fiona = P("Fiona Walsh", "fiona@greenleaf.ie")
    c.append(
        human(
            "en-html-owa-pricing",
            en1(fiona),
            fiona,
            "outlook_underscore",
            [
                "Hi Alex,",
                "",
                "Can you share a case study from a company our size (about 200 people)?",
                "",
                "Thanks,",
                "Fiona",
            ],
            html_only=True,
        )
    )
    sam = P("Sam Carter", "sam.carter@ironclad-sec.com")
    c.append(
        human(
            "en-html-outlook-desktop",
            en3(sam),
            sam,
            "outlook_original",
            [
                "Alex,",
                "",
                "Legal has a few redlines on the MSA. I'll send them over by Friday.",
                "",
                "Sam Carter",
                "General Counsel",
            ],
            html_only=True,
        )
    )
    yuki = P("Yuki Tanaka", "yuki@kumo.design")
    c.append(
        human(
            "en-html-gmail",
            en2(yuki),
            yuki,
            "gmail",
            ["Hi Daniel!", "", "Yes please, send the demo. We're comparing three tools this month.", "", "Yuki"],
            html_only=True,
        )
    )
    hannah = P("Hannah Moore", "hannah.moore@evergreen-edu.org")
    c.append(
        human(
            "en-html-apple",
            en1(hannah),
            hannah,
            "apple",
            ["Hi Alex,", "", "I'm the wrong person for this, try our COO, Rob Daniels.", "", "Hannah"],
            html_only=True,
        )
    )
    # ---------------------------------------------------------------- English opt-outs
    opt = [
        ("en-gmail-unsubscribe-only", en2, P("Chris Doyle", "chris.doyle@northbeam.io"), "gmail", ["Unsubscribe"]),
        ("en-ios-stop", en1, P("Andre Silva", "andre@silva-consulting.com"), "ios", ["STOP"]),
        (
            "en-outlook-remove-mailing-list",
            en1,
            P("Karen Scott", "kscott@wellspring.org"),
            "outlook_original",
            ["Please remove me from your mailing list.", "", "Karen Scott"],
        ),
        (
            "en-apple-take-me-off",
            en3,
            P("Noah Fischer", "noah@fischer-bau.de"),
            "apple",
            ["Please take me off your list. Thanks."],
        ),
        (
            "en-gmail-not-interested-stop",
            en2,
            P("Isabel Cruz", "isabel.cruz@tallyhq.com"),
            "gmail",
            ["Not interested. Please stop emailing me.", "", "Isabel"],
        ),
        (
            "en-outlook-dont-contact-again",
            en1,
            P("George Hale", "ghale@hale-partners.com"),
            "outlook_underscore",
            ["Please don't contact me again.", "", "George Hale", "Managing Partner"],
        ),
        (
            "en-outlook-remove-database",
            en3,
            P("Kate Walsh", "k.walsh@ardentlabs.com"),
            "outlook_original",
            [
                "Hi Alex,",
                "",
                "We're not a fit. Kindly remove my email from your database and do not contact me again.",
                "",
                "Regards,",
                "K. Walsh",
            ],
        ),
        (
            "en-gmail-stop-spamming",
            en2,
            P("Derek Young", "derek@youngmedia.tv"),
            "gmail",
            ["This is the fourth email this month. Stop spamming me."],
        ),
        (
            "en-thunderbird-unsubscribe-me",
            en1,
            P("Hugo Lambert", "hugo@lambert-it.be"),
            "thunderbird",
            ["unsubscribe me please"],
        ),
        (
            "en-gmail-opt-me-out",
            en2,
            P("Maya Singh", "maya.singh@cloudnine.in"),
            "gmail",
            ["Hi Daniel,", "", "Please opt me out of any future emails.", "", "Maya"],
        ),
        (
            "en-outlook-mobile-no-further",
            en3,
            P("Victor Hugo Reyes", "vreyes@solara.mx"),
            "outlook_mobile",
            ["I am not interested, please do not email me any further."],
        ),
        ("en-gmail-remove", en1, P("Tina Brooks", "tina@brookslaw.com"), "gmail", ["Remove"]),
        (
            "en-apple-no-thanks-unsubscribe",
            en2,
            P("Paul Weber", "paul.weber@alpenlabs.ch"),
            "apple",
            ["No thanks. Please unsubscribe me from these emails.", "", "Paul"],
        ),
        (
            "en-gmail-dont-want-more",
            en3,
            P("Lena Park", "lena.park@haven.co"),
            "gmail",
            ["I don't want to receive any more emails from you."],
        ),
        ("en-ios-stop-mixed-case", en1, P("Rob Daniels", "rob@evergreen-edu.org"), "ios", ["Stop"]),
    ]
    for slug, tpl, who, client, new in opt:
        c.append(human(slug, tpl(who), who, client, new, opt_out=True))

    # ---------------------------------------------------------------- French human replies
    jean = P("Jean Dupont", "jean.dupont@cabinet-dupont.fr")
    c.append(
        human(
            "fr-outlook-dispo-jeudi",
            fr1(jean),
            jean,
            "outlook_original",
            [
                "Bonjour Camille,",
                "",
                "Merci pour votre message. Je suis disponible jeudi à 14h pour en discuter.",
                "",
                "Cordialement,",
                "Jean Dupont",
                "Directeur administratif et financier",
            ],
        )
    )
    lea = P("Léa Fontaine", "lea.fontaine@gmail.com")
    c.append(
        human(
            "fr-gmail-plaquette",
            fr1(lea),
            lea,
            "gmail_fr",
            ["Bonjour,", "", "Pouvez-vous m'envoyer une plaquette avec vos tarifs ?", "", "Merci,", "Léa"],
        )
    )
    hugo = P("Hugo Marchand", "h.marchand@marchand-btp.fr")
    c.append(human("fr-ios-ok-jeudi", fr3(hugo), hugo, "ios", ["Ok pour jeudi 10h."]))
    marc = P("Marc Lefèvre", "marc.lefevre@groupe-alpes.fr")
    c.append(
        human(
            "fr-apple-transmets-drh",
            fr2(marc),
            marc,
            "apple",
            [
                "Bonjour Sophie,",
                "",
                "Bien reçu, je transmets à notre DRH et je reviens vers vous d'ici la fin de semaine.",
                "",
                "Bien à vous,",
                "Marc Lefèvre",
            ],
        )
    )
    isa = P("Isabelle Roux", "isabelle.roux@roux-immobilier.fr")
    c.append(
        human(
            "fr-outlook-mac-bon-commande",
            fr3(isa),
            isa,
            "outlook_mac",
            [
                "Bonjour,",
                "Le devis nous convient, pouvez-vous nous envoyer le bon de commande ?",
                "Cordialement",
                "Isabelle Roux",
            ],
        )
    )
    paul = P("Paul Girard", "paul.girard@girard-associes.fr")
    c.append(
        human(
            "fr-owa-pas-maintenant",
            fr1(paul),
            paul,
            "outlook_underscore",
            [
                "Merci Camille, nous ne sommes pas intéressés pour le moment. Revenez vers moi en septembre.",
                "",
                "Bien cordialement,",
                "Paul Girard",
            ],
        )
    )
    nadia = P("Nadia Benali", "nadia.benali@atelier-b.fr")
    c.append(
        human(
            "fr-gmail-conges-humain",
            fr3(nadia),
            nadia,
            "gmail_fr",
            [
                "Bonjour,",
                "",
                "Je suis en congés jusqu'au 10, je regarde votre devis à mon retour.",
                "",
                "Bonne journée,",
                "Nadia",
            ],
        )
    )
    julien = P("Julien Caron", "julien.caron@caron-formation.fr")
    c.append(
        human(
            "fr-gmail-narretez-pas",
            fr2(julien),
            julien,
            "gmail_fr",
            [
                "Bonjour Sophie,",
                "",
                "N'arrêtez pas de m'envoyer vos études de cas, elles sont très utiles à l'équipe !",
                "",
                "Amitiés,",
                "Julien",
            ],
        )
    )
    thomas = P("Thomas Morel", "thomas.morel@ecoval.fr")
    c.append(
        human(
            "fr-gmail-quoted-stop",
            fr2(thomas),
            thomas,
            "gmail_fr",
            ["Bonjour Sophie,", "", "Merci, c'est noté. On se cale un point la semaine prochaine ?", "", "Thomas"],
        )
    )
    claire = P("Claire Vidal", "claire.vidal@salon-habitat.fr")
    c.append(
        human(
            "fr-gmail-passez-nous-voir",
            fr1(claire),
            claire,
            "gmail_fr",
            ["Passez nous voir au salon, stand B14 ! On pourra en discuter de vive voix.", "", "Claire"],
        )
    )
    francois = P("François Blanc", "francois.blanc@free.fr")
    c.append(
        human(
            "fr-thunderbird-bottom-post",
            fr1(francois),
            francois,
            "thunderbird",
            [],
            bottom=["Bonjour, ça m'intéresse, appelez-moi au 01 23 45 67 89.", "", "François"],
        )
    )
    agnes = P("Agnès Perrot", "agnes.perrot@notaires-perrot.fr")
    c.append(
        human(
            "fr-outlook-disclaimer",
            fr1(agnes),
            agnes,
            "outlook_original",
            [
                "Bonjour Madame Martin,",
                "",
                "Je vous propose un rendez-vous téléphonique mardi 3 décembre à 11h.",
                "",
                "Bien cordialement,",
                "",
                "Agnès Perrot",
                "Office notarial Perrot & Associés",
                "",
                "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
                "destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'émetteur.",
            ],
        )
    )
    yann = P("Yann Le Goff", "yann.legoff@breizh-ingenierie.fr")
    c.append(human("fr-outlook-mobile-rappel", fr3(yann), yann, "outlook_mobile", ["Je vous rappelle demain matin."]))
    sandrine = P("Sandrine Faure", "s.faure@faure-distribution.fr")
    c.append(
        human(
            "fr-outlook-ne-plus-interesses",
            fr1(sandrine),
            sandrine,
            "outlook_original",
            [
                "Bonjour,",
                "",
                "Nous ne sommes plus intéressés par la version précédente, mais la nouvelle offre nous intéresse.",
                "Pouvez-vous me recontacter lundi ?",
                "",
                "Sandrine Faure",
            ],
        )
    )
    eric = P("Éric Garnier", "eric.garnier@orange.fr")
    c.append(
        human(
            "fr-gmail-ne-peux-plus",
            fr2(eric),
            eric,
            "gmail_fr",
            ["Je ne peux plus vous répondre par mail cette semaine, appelez-moi plutôt au 06 11 22 33 44."],
        )
    )
    anne = P("Anne Roussel", "anne.roussel@roussel-sa.fr")
    c.append(
        human(
            "fr-apple-pas-pour-linstant",
            fr3(anne),
            anne,
            "apple",
            ["Bonjour, pas pour l'instant merci. Bonne continuation.", "", "Anne Roussel"],
        )
    )
    olivier = P("Olivier Mercier", "o.mercier@mercier-transports.fr")
    c.append(
        human(
            "fr-owa-mme-durand",
            fr1(olivier),
            olivier,
            "outlook_underscore",
            [
                "Bonjour,",
                "",
                "C'est Mme Durand qui gère ce sujet désormais, je vous mets en copie.",
                "",
                "Olivier Mercier",
            ],
        )
    )
    celine = P("Céline Robin", "celine.robin@robin-avocats.fr")
    c.append(
        human(
            "fr-html-owa",
            fr2(celine),
            celine,
            "outlook_underscore",
            [
                "Bonjour Sophie,",
                "",
                "Merci pour la proposition. Pourriez-vous détailler le volet formation ?",
                "",
                "Cordialement,",
                "Céline Robin",
            ],
            html_only=True,
        )
    )
    bruno = P("Bruno Lemoine", "bruno.lemoine@lemoine-menuiserie.fr")
    c.append(
        human(
            "fr-html-outlook-desktop",
            fr3(bruno),
            bruno,
            "outlook_original",
            [
                "Bonjour,",
                "",
                "Nous validons le devis. Pouvez-vous démarrer début mars ?",
                "",
                "Bruno Lemoine",
                "Gérant",
            ],
            html_only=True,
        )
    )
    manon = P("Manon Petit", "manon.petit@studio-petit.fr")
    c.append(
        human(
            "fr-html-gmail",
            fr1(manon),
            manon,
            "gmail_fr",
            ["Bonjour Camille,", "", "Oui, mardi 16h me convient.", "", "Manon"],
            html_only=True,
        )
    )
    # ---------------------------------------------------------------- French opt-outs
    fopt = [
        (
            "fr-outlook-ne-plus-contacter",
            fr1,
            P("Gérard Colin", "gerard.colin@colin-sa.fr"),
            "outlook_original",
            ["Merci de ne plus me contacter.", "", "G. Colin"],
        ),
        (
            "fr-gmail-retirez-moi",
            fr3,
            P("Lucie Henry", "lucie.henry@gmail.com"),
            "gmail_fr",
            ["Bonjour,", "", "Retirez-moi de votre liste s'il vous plaît.", "", "Cordialement"],
        ),
        ("fr-ios-stop", fr1, P("Patrick Noël", "patrick.noel@wanadoo.fr"), "ios", ["STOP"]),
        (
            "fr-gmail-desinscription",
            fr2,
            P("Émilie Carpentier", "emilie.carpentier@laposte.net"),
            "gmail_fr",
            ["Désinscription"],
        ),
        (
            "fr-outlook-pas-interesse",
            fr1,
            P("Michel Arnaud", "m.arnaud@arnaud-freres.fr"),
            "outlook_underscore",
            ["Pas intéressé, merci de ne plus m'écrire."],
        ),
        (
            "fr-apple-desinscrire",
            fr2,
            P("Valérie Guillot", "valerie.guillot@guillot-conseil.fr"),
            "apple",
            ["Bonjour,", "", "Je souhaite me désinscrire de vos envois.", "", "Valérie Guillot"],
        ),
        (
            "fr-outlook-supprimer-coordonnees",
            fr3,
            P("Alain Brun", "alain.brun@brun-industrie.fr"),
            "outlook_original",
            [
                "Bonjour,",
                "",
                "Je ne souhaite plus recevoir vos mails. Merci de supprimer mes coordonnées de votre fichier.",
                "",
                "Alain Brun",
            ],
        ),
        (
            "fr-ios-arretez",
            fr1,
            P("Kevin Rolland", "kevin.rolland@sfr.fr"),
            "ios",
            ["Arrêtez de m'envoyer des mails svp."],
        ),
        (
            "fr-thunderbird-liste-diffusion",
            fr2,
            P("Denis Roy", "denis.roy@univ-exemple.fr"),
            "thunderbird",
            ["Merci de me retirer de votre liste de diffusion."],
        ),
        (
            "fr-gmail-ne-me-contactez-plus",
            fr3,
            P("Chloé Masson", "chloe.masson@masson-deco.fr"),
            "gmail_fr",
            ["Ne me contactez plus, merci."],
        ),
        (
            "fr-outlook-cesser-relances",
            fr1,
            P("Marie Perrin", "marie.perrin@perrin-expertise.fr"),
            "outlook_mac",
            [
                "Bonjour,",
                "Je vous prie de cesser vos relances, nous ne donnerons pas suite.",
                "Cordialement,",
                "M. Perrin",
            ],
        ),
        (
            "fr-gmail-desinscrivez-moi",
            fr2,
            P("Romain Giraud", "romain.giraud@giraud-tech.fr"),
            "gmail_fr",
            ["Désinscrivez-moi SVP"],
        ),
    ]
    for slug, tpl, who, client, new in fopt:
        c.append(human(slug, tpl(who), who, client, new, opt_out=True))
    # A French reply arriving at an odd hour, days later
    late = P("Sébastien Henry", "sebastien.henry@henry-conseil.fr")
    c.append(
        human(
            "fr-gmail-quelques-jours-plus-tard",
            fr1(late),
            late,
            "gmail_fr",
            [
                "Bonjour Camille,",
                "",
                "Désolé pour le délai de réponse. Oui, je veux bien un échange, plutôt en fin de matinée.",
                "",
                "Sébastien",
            ],
            after=timedelta(days=6, hours=13),
        )
    )
    _ = PARIS
    return c
