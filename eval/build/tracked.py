"""The Relance users' outbound emails that the evaluation messages answer, bounce on, or auto-reply to."""

from __future__ import annotations

from datetime import datetime

from common import NEW_YORK, PARIS, PARIS_SUMMER, UTC, Person, Tracked, apple_mid, generic_mid, gmail_mid, outlook_mid

CAMILLE = Person("Camille Martin", "camille.martin@relance-demo.fr")
ALEX = Person("Alex Turner", "alex.turner@northwind-sales.com")
SOPHIE = Person("Sophie Bernard", "sophie.bernard@atelier-conseil.fr")
DANIEL = Person("Daniel Reyes", "daniel@brightpath.io")

ALEX_SIG = [
    "Best,",
    "Alex",
    "",
    "Alex Turner | Account Executive",
    "Northwind Sales | +1 (646) 555-0142",
]
CAMILLE_SIG = [
    "Bien cordialement,",
    "",
    "Camille Martin",
    "Responsable commerciale – Relance Demo",
    "06 12 34 56 78",
]
SOPHIE_SIG = [
    "Belle journée,",
    "Sophie",
    "",
    "--",
    "Sophie Bernard",
    "Atelier Conseil · 12 rue des Tanneurs, 69002 Lyon",
    "Pour ne plus recevoir nos messages, répondez STOP.",
]
DANIEL_SIG = [
    "Cheers,",
    "Daniel",
    "",
    "Daniel Reyes — Founder, BrightPath",
    "brightpath.io",
    'Not the right person? Reply "unsubscribe" and I won\'t email again.',
]


def en1(to: Person, sent: datetime | None = None) -> Tracked:
    return Tracked(
        ALEX,
        to,
        "Quick question about your Q1 hiring plans",
        [
            f"Hi {to.name.split()[0]},",
            "",
            "I noticed your team opened three engineering roles last month. We help companies",
            "like yours cut time-to-hire by about 30% with structured interview kits.",
            "",
            "Would a 20-minute call next week make sense?",
            "",
            *ALEX_SIG,
        ],
        sent or datetime(2024, 12, 2, 10, 15, tzinfo=NEW_YORK),
        outlook_mid(),
        "en",
    )


def en2(to: Person, sent: datetime | None = None) -> Tracked:
    return Tracked(
        DANIEL,
        to,
        "BrightPath x " + to.domain.split(".")[0].capitalize() + " — onboarding analytics",
        [
            f"Hey {to.name.split()[0]},",
            "",
            "Saw your post about activation rates. BrightPath shows where new users drop off",
            "during onboarding, without any engineering work on your side.",
            "",
            "Worth a quick look? I can send a 3-minute demo video.",
            "",
            *DANIEL_SIG,
        ],
        sent or datetime(2025, 1, 14, 9, 2, tzinfo=UTC),
        gmail_mid(),
        "en",
    )


def en3(to: Person, sent: datetime | None = None) -> Tracked:
    return Tracked(
        ALEX,
        to,
        "Following up on our call",
        [
            f"Hi {to.name.split()[0]},",
            "",
            "Thanks again for your time on Tuesday. As promised, attached is the pricing",
            "summary for 25 seats, plus the security questionnaire your IT team asked for.",
            "",
            "Let me know if anything is unclear.",
            "",
            *ALEX_SIG,
        ],
        sent or datetime(2025, 3, 4, 15, 40, tzinfo=NEW_YORK),
        outlook_mid(),
        "en",
    )


def fr1(to: Person, sent: datetime | None = None) -> Tracked:
    return Tracked(
        CAMILLE,
        to,
        "Proposition de partenariat",
        [
            f"Bonjour {to.name.split()[0]},",
            "",
            "Je me permets de vous contacter car nous accompagnons plusieurs cabinets comme le",
            "vôtre dans l'automatisation de leurs relances clients.",
            "",
            "Seriez-vous disponible pour un échange de 15 minutes la semaine prochaine ?",
            "",
            *CAMILLE_SIG,
        ],
        sent or datetime(2024, 11, 25, 9, 30, tzinfo=PARIS),
        outlook_mid(),
        "fr",
    )


def fr2(to: Person, sent: datetime | None = None) -> Tracked:
    return Tracked(
        SOPHIE,
        to,
        "Suite à notre échange de mardi",
        [
            f"Bonjour {to.name.split()[0]},",
            "",
            "Merci encore pour votre accueil mardi. Comme convenu, vous trouverez ci-joint",
            "notre proposition pour l'accompagnement de vos équipes.",
            "",
            "Je reste à votre disposition pour en discuter.",
            "",
            *SOPHIE_SIG,
        ],
        sent or datetime(2025, 6, 10, 14, 5, tzinfo=PARIS_SUMMER),
        generic_mid("atelier-conseil.fr"),
        "fr",
    )


def fr3(to: Person, sent: datetime | None = None) -> Tracked:
    return Tracked(
        CAMILLE,
        to,
        "Devis pour la refonte de votre site",
        [
            f"Bonjour {to.name.split()[0]},",
            "",
            "Suite à votre demande, voici notre devis pour la refonte de votre site vitrine.",
            "Le délai de réalisation est de six semaines à compter de la validation.",
            "",
            *CAMILLE_SIG,
        ],
        sent or datetime(2025, 2, 3, 11, 0, tzinfo=PARIS),
        apple_mid("relance-demo.fr"),
        "fr",
    )


TEMPLATES = {"en1": en1, "en2": en2, "en3": en3, "fr1": fr1, "fr2": fr2, "fr3": fr3}
