"""Mailing-list, newsletter and notification mail: never a person's reply."""

from __future__ import annotations

from datetime import datetime

from common import PARIS, UTC, Case, generic_mid, hexid, rfcdate, simple_message


def newsletter(
    slug: str,
    sender: str,
    to: str,
    subject: str,
    text: list[str],
    headers_extra: list[tuple[str, str]],
    when: datetime,
    lang: str,
    *,
    html: bool = True,
) -> Case:
    domain = sender.split("@")[-1].rstrip(">")
    headers = [
        ("Date", rfcdate(when)),
        ("From", sender),
        ("To", to),
        ("Subject", subject),
        ("Message-ID", generic_mid(domain)),
        *headers_extra,
    ]
    body = "\n".join(text) + "\n"
    html_body = "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text if ln) + "</body></html>" if html else None
    msg = simple_message(headers, body, html_body)
    return Case(slug, msg, {"kind": "list", "opt_out": False, "lang": lang, "client": "list"})


ALEX = "Alex Turner <alex.turner@northwind-sales.com>"
CAMILLE = "Camille Martin <camille.martin@relance-demo.fr>"


def list_cases() -> list[Case]:
    c: list[Case] = []
    mc = hexid(10).lower()
    c.append(
        newsletter(
            "en-mailchimp-newsletter",
            "SaaS Weekly <hello@saasweekly.com>",
            ALEX,
            "5 pricing experiments that worked in 2024",
            [
                "Hi Alex,",
                "",
                "This week: five pricing experiments from founders who tried them.",
                "",
                "Read more: https://saasweekly.com/p/pricing-experiments",
                "",
                "You are receiving this email because you opted in via our website.",
                "Unsubscribe | Update your preferences",
                "SaaS Weekly, 100 Main St, Austin, TX",
            ],
            [
                (
                    "List-Unsubscribe",
                    f"<https://saasweekly.us21.list-manage.com/unsubscribe?u={mc}&id=7a1c>, "
                    f"<mailto:unsubscribe-mc.us21_{mc}@unsubscribe.mailchimpapp.net?subject=unsubscribe>",
                ),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("List-Id", f"{mc} <{mc}.mc.us21.list-id.mcsv.net>"),
                ("X-Mailer", "MailChimp Mailer - **CID7a1c0b9e2f**"),
                ("X-Campaign", "mailchimp7a1c0b9e2f"),
                ("Precedence", "bulk"),
            ],
            datetime(2024, 12, 3, 14, 0, tzinfo=UTC),
            "en",
        )
    )
    c.append(
        newsletter(
            "fr-brevo-newsletter",
            "Les Echos Start <newsletter@lesechos-start.fr>",
            CAMILLE,
            "Levées de fonds : le bilan de novembre",
            [
                "Bonjour,",
                "",
                "Retrouvez le bilan des levées de fonds du mois de novembre.",
                "",
                "Vous recevez cet email car vous êtes inscrit à notre newsletter.",
                "Se désinscrire : https://r.sendinblue.com/unsubscribe",
            ],
            [
                (
                    "List-Unsubscribe",
                    "<https://r.sendinblue.com/unsubscribe?uid=8f2e>, <mailto:unsubscribe@sendinblue.com>",
                ),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("X-Mailer", "Sendinblue"),
                ("Feedback-ID", "52.1234567:Sendinblue"),
            ],
            datetime(2024, 12, 2, 7, 30, tzinfo=PARIS),
            "fr",
        )
    )
    c.append(
        newsletter(
            "en-substack",
            "Lenny's Newsletter <lenny@substack.com>",
            ALEX,
            "How the best PMs run weekly reviews",
            [
                "Hey there,",
                "",
                "This week's deep dive is about weekly business reviews.",
                "",
                "Unsubscribe https://www.lennysnewsletter.com/action/disable_email",
            ],
            [
                ("List-Unsubscribe", "<https://www.lennysnewsletter.com/action/disable_email?token=abc>"),
                ("List-URL", "<https://www.lennysnewsletter.com/>"),
                ("X-Mailgun-Tag", "post"),
            ],
            datetime(2025, 1, 15, 13, 2, tzinfo=UTC),
            "en",
        )
    )
    c.append(
        newsletter(
            "en-google-groups-reply",
            "Jordan Ellis <jordan.ellis@acme-robotics.com>",
            "sales-team@acme-robotics.com",
            "Re: Vendor shortlist for interview tooling",
            [
                "Hi all,",
                "",
                "Adding Northwind to the shortlist, Alex from their team reached out.",
                "",
                "Jordan",
                "",
                "--",
                'You received this message because you are subscribed to the Google Groups "Sales Team" group.',
                "To unsubscribe from this group and stop receiving emails from it, send an email to "
                "sales-team+unsubscribe@acme-robotics.com.",
            ],
            [
                ("Mailing-list", "list sales-team@acme-robotics.com; contact sales-team+owners@acme-robotics.com"),
                ("Precedence", "list"),
                ("List-ID", "<sales-team.acme-robotics.com>"),
                (
                    "List-Post",
                    "<https://groups.google.com/a/acme-robotics.com/group/sales-team/post>, "
                    "<mailto:sales-team@acme-robotics.com>",
                ),
                ("List-Help", "<https://support.google.com/a/acme-robotics.com/bin/topic.py?topic=25838>"),
                ("List-Unsubscribe", "<mailto:googlegroups-manage+1234+unsubscribe@googlegroups.com>"),
            ],
            datetime(2024, 12, 3, 16, 45, tzinfo=UTC),
            "en",
            html=False,
        )
    )
    c.append(
        newsletter(
            "fr-mailman-meetup",
            "Paris Web Meetup <meetup@lists.parisweb.org>",
            CAMILLE,
            "[meetup] Prochaine rencontre le 12 décembre",
            [
                "Bonjour à toutes et à tous,",
                "",
                "La prochaine rencontre aura lieu le 12 décembre chez Scaleway.",
                "",
                "_______________________________________________",
                "meetup mailing list",
                "meetup@lists.parisweb.org",
                "https://lists.parisweb.org/mailman/listinfo/meetup",
            ],
            [
                ("List-Id", "Paris Web Meetup <meetup.lists.parisweb.org>"),
                ("Precedence", "list"),
                ("X-BeenThere", "meetup@lists.parisweb.org"),
                (
                    "List-Unsubscribe",
                    "<https://lists.parisweb.org/mailman/options/meetup>, "
                    "<mailto:meetup-request@lists.parisweb.org?subject=unsubscribe>",
                ),
                ("List-Archive", "<https://lists.parisweb.org/pipermail/meetup/>"),
            ],
            datetime(2024, 11, 28, 18, 5, tzinfo=PARIS),
            "fr",
            html=False,
        )
    )
    c.append(
        newsletter(
            "en-linkedin-notification",
            "LinkedIn <messages-noreply@linkedin.com>",
            ALEX,
            "Jordan Ellis viewed your profile",
            [
                "Jordan Ellis viewed your profile",
                "See all views: https://www.linkedin.com/me/profile-views/",
                "",
                "Unsubscribe: https://www.linkedin.com/e/v2?e=unsub",
            ],
            [
                ("List-Unsubscribe", "<https://www.linkedin.com/e/v2?e=unsub&a=customerServiceUrl>"),
                ("Precedence", "bulk"),
                ("X-LinkedIn-Class", "EMAIL-DEFAULT"),
                ("X-LinkedIn-Template", "email_profile_views"),
            ],
            datetime(2024, 12, 4, 9, 12, tzinfo=UTC),
            "en",
        )
    )
    c.append(
        newsletter(
            "en-newsletter-ooo-subject",
            "Pipeline Pro <news@pipelinepro.io>",
            ALEX,
            "Out of office season: 5 ways to keep deals moving this summer",
            [
                "Summer slowdown? Here's how top reps keep their pipeline warm while buyers are out of the office.",
                "",
                "Don't want these emails? Unsubscribe.",
            ],
            [
                ("List-Unsubscribe", "<https://pipelinepro.io/unsubscribe?u=55>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("X-Mailer", "Customer.io"),
            ],
            datetime(2025, 6, 12, 15, 0, tzinfo=UTC),
            "en",
        )
    )
    c.append(
        newsletter(
            "en-jira-notification",
            "Jira <jira@acme-robotics.atlassian.net>",
            ALEX,
            "[JIRA] (PROC-812) Evaluate interview tooling vendors",
            [
                "Jordan Ellis updated PROC-812",
                "Status: To Do -> In Progress",
                "",
                "This message was sent by Atlassian Jira. Unsubscribe from these notifications.",
            ],
            [
                ("Auto-Submitted", "auto-generated"),
                ("Precedence", "bulk"),
                ("List-Unsubscribe", "<https://acme-robotics.atlassian.net/unsubscribe>"),
                ("X-JIRA-FingerPrint", "0f4e2b2c8d1a"),
            ],
            datetime(2024, 12, 5, 10, 30, tzinfo=UTC),
            "en",
        )
    )
    c.append(
        newsletter(
            "fr-hubspot-marketing",
            "Atelier Conseil <marketing@atelier-conseil-news.fr>",
            CAMILLE,
            "Invitation : petit-déjeuner RH du 14 janvier",
            [
                "Bonjour,",
                "",
                "Nous avons le plaisir de vous inviter à notre petit-déjeuner RH.",
                "",
                "Vous ne souhaitez plus recevoir nos emails ? Désinscrivez-vous ici.",
            ],
            [
                ("List-Unsubscribe", "<https://hs-1234.s.hubspotemail.net/hs/manage-preferences/unsubscribe>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("X-HubSpot-Message-Id", "b1c2d3"),
            ],
            datetime(2024, 12, 10, 8, 0, tzinfo=PARIS),
            "fr",
        )
    )
    c.append(
        newsletter(
            "fr-eventbrite",
            "Eventbrite <noreply@order.eventbrite.com>",
            CAMILLE,
            "Votre événement approche : Salon des Entrepreneurs",
            ["Bonjour Camille,", "", "Votre événement commence dans 2 jours.", "", "Se désabonner de ces emails"],
            [("List-Unsubscribe", "<https://www.eventbrite.fr/unsubscribe?x=1>"), ("Precedence", "bulk")],
            datetime(2025, 2, 3, 6, 0, tzinfo=PARIS),
            "fr",
        )
    )
    c.append(
        newsletter(
            "en-github-notification",
            "Jordan Ellis <notifications@github.com>",
            ALEX,
            "Re: [acme/hiring-kit] Add scorecard export (PR #41)",
            [
                "@jordan-ellis approved this pull request.",
                "",
                "--",
                "Reply to this email directly, view it on GitHub:",
                "https://github.com/acme/hiring-kit/pull/41",
                "You are receiving this because you were mentioned.",
            ],
            [
                ("List-ID", "acme/hiring-kit <hiring-kit.acme.github.com>"),
                ("List-Archive", "https://github.com/acme/hiring-kit"),
                (
                    "List-Unsubscribe",
                    "<mailto:unsub+abc@reply.github.com>, <https://github.com/notifications/unsubscribe/abc>",
                ),
                ("X-GitHub-Reason", "mention"),
                ("Precedence", "list"),
            ],
            datetime(2025, 1, 20, 17, 3, tzinfo=UTC),
            "en",
            html=False,
        )
    )
    c.append(
        newsletter(
            "fr-brevo-ooo-subject",
            "Conseils PME <conseils@pme-pratique.fr>",
            CAMILLE,
            "Absent du bureau cet été ? Nos conseils pour préparer vos congés",
            [
                "Bonjour,",
                "",
                "L'été approche : voici nos conseils pour un message d'absence efficace.",
                "",
                "Pour ne plus recevoir cette lettre, cliquez ici.",
            ],
            [("List-Unsubscribe", "<https://r.sendinblue.com/unsubscribe?uid=11aa>"), ("X-Mailer", "Sendinblue")],
            datetime(2025, 6, 5, 9, 0, tzinfo=PARIS),
            "fr",
        )
    )
    c.append(
        newsletter(
            "en-precedence-bulk-product-update",
            "Notion Team <team@makenotion.com>",
            ALEX,
            "What's new in Notion: December update",
            ["Here's what we shipped this month.", "", "Stop receiving product updates: https://notion.so/settings"],
            [("Precedence", "bulk"), ("X-Mailer", "Customer.io")],
            datetime(2024, 12, 12, 17, 0, tzinfo=UTC),
            "en",
        )
    )
    c.append(
        newsletter(
            "fr-sympa-digest",
            "annonces@listes.univ-lyon-exemple.fr",
            CAMILLE,
            "[annonces] Appel à projets 2025",
            [
                "Bonjour,",
                "",
                "L'appel à projets 2025 est ouvert jusqu'au 31 janvier.",
                "",
                "Pour vous désabonner : sympa@listes.univ-lyon-exemple.fr",
            ],
            [
                ("List-Id", "<annonces.listes.univ-lyon-exemple.fr>"),
                ("Precedence", "list"),
                ("List-Unsubscribe", "<mailto:sympa@listes.univ-lyon-exemple.fr?subject=unsubscribe%20annonces>"),
                ("X-Loop", "annonces@listes.univ-lyon-exemple.fr"),
            ],
            datetime(2024, 12, 9, 11, 0, tzinfo=PARIS),
            "fr",
            html=False,
        )
    )
    c.append(
        newsletter(
            "en-mailchimp-stop-words",
            "Growth Digest <digest@growthdigest.co>",
            ALEX,
            "Stop guessing: the 2025 outbound benchmark",
            [
                "Stop guessing your reply rates. We surveyed 1,200 SDR teams.",
                "",
                "If you no longer wish to receive these emails, unsubscribe here.",
            ],
            [
                ("List-Unsubscribe", "<https://growthdigest.us8.list-manage.com/unsubscribe?u=9>"),
                ("List-Id", "Growth Digest <9f.mc.us8.list-id.mcsv.net>"),
            ],
            datetime(2025, 1, 8, 15, 0, tzinfo=UTC),
            "en",
        )
    )
    return c
