"""Whose departure an automatic notice announces (README "Someone who has left", Known limits).

A notice is read as its sender's: the engine stops writing to the address that sent it. A service's shared address
("contact@", "accueil@") that says a colleague has left speaks of the colleague, not of itself, and stays writable;
the same address saying that it is itself no longer read is gone. The words kept name what was left.
"""

from __future__ import annotations

from typing import Any

import pytest

from relance.analysis import analyse

EXCHANGE = {"auto-submitted": "auto-generated", "x-ms-exchange-inbox-rules-loop": "placeholder@example.com"}


@pytest.mark.parametrize(
    ("sender", "body", "gone"),
    [
        (
            "contact@cabinet-vidal.fr",
            "Merci pour votre message, qui sera traité sous 48 heures.\n\nNotre collaborateur Pierre Martin a quitté "
            "le cabinet ; ses dossiers sont suivis par Anne Roux (anne.roux@cabinet-vidal.fr).",
            None,
        ),
        (
            "accueil@groupe-morel.example",
            "Bonjour,\nMme Hélène Caron ne fait plus partie de nos effectifs. Votre message a été transmis à son "
            "successeur.\nL'accueil",
            None,
        ),
        (
            "info@northbridge-capital.com",
            "This mailbox is no longer monitored. Please write to operations@northbridge-capital.com instead.",
            "no longer monitored",
        ),
        (
            "secretariat.general@valtis-gestion.fr",
            "Cette adresse n'est plus consultée. Merci d'écrire à direction@valtis-gestion.fr.",
            "n'est plus consultée",
        ),
        (
            "p.martin@cabinet-vidal.fr",
            "Pierre Martin has left the firm. Please contact anne.roux@cabinet-vidal.fr.",
            "has left the firm",
        ),
        (
            "marc.dupont@lefevre-industrie.fr",
            "Marc Dupont a quitté l'entreprise le 3 mars. Merci d'écrire à achats@lefevre-industrie.fr.",
            "a quitté l'entreprise",
        ),
        (
            "marc.dupont@lefevre-industrie.fr",
            "Dear Mr Smith, I have left Lefevre Industrie. Please write to achats@lefevre-industrie.fr.",
            "I have left Lefevre",
        ),
        (
            "marc.dupont@lefevre-industrie.fr",
            "Bonjour Madame Durand,\nla personne que vous cherchez ne fait plus partie de la société.",
            "ne fait plus partie",
        ),
        (
            "marc.dupont@lefevre-industrie.fr",
            "Je suis en déplacement. Mme Claire Roux ne fait plus partie du cabinet ; elle n'est plus joignable ici.",
            None,
        ),
        (
            "marc.dupont@lefevre-industrie.fr",
            "Mme Claire Roux a quitté le cabinet. Je ne fais plus partie de la société non plus.",
            "ne fais plus partie",
        ),
        # A successor's words on the departed person's own address, giving their own to write to: the address retires.
        (
            "jean.dupont@lefevre-industrie.fr",
            "Votre ancien interlocuteur a quitté l'entreprise. Je reprends ses dossiers : écrivez-moi à "
            "paul.roche@lefevre-industrie.fr.",
            "a quitté l'entreprise",
        ),
        # The same words with no other address: the successor's own address, which stays read.
        (
            "paul.roche@lefevre-industrie.fr",
            "Votre ancien interlocuteur a quitté l'entreprise. Je reprends ses dossiers et vous réponds vite.",
            None,
        ),
        # An IT notice naming nobody, with no successor speaking: the address written to.
        (
            "marc.dupont@lefevre-industrie.fr",
            "Votre interlocuteur habituel ne fait plus partie de la société. Merci d'écrire à "
            "contact@lefevre-industrie.fr.",
            "ne fait plus partie",
        ),
        # A colleague's word before a first name alone, German capitals and all.
        ("k.weber@lefevre-industrie.de", "Unser Kollege Jan ist nicht mehr im Unternehmen tätig.", None),
        (
            "j.richter@lefevre-industrie.de",
            "Unser Kollege Jan ist nicht mehr im Unternehmen tätig.",
            "nicht mehr im Unternehmen",
        ),
        # An Italian absence worded with a departure's verb, and a departure.
        ("a.bianchi@lefevre-industrie.it", "Mario ha lasciato l'ufficio, torna lunedì.", None),
        ("a.bianchi@lefevre-industrie.it", "La persona ha lasciato l'azienda.", "ha lasciato l'azienda"),
        # A first name after the sentence's article, and verbs whose person goes with their accent ("dejó", "dejé").
        ("ana.silva@lefevre-industrie.pt", "O João deixou a empresa. Eu acompanho os seus clientes.", None),
        ("maria.lopez@lefevre-industrie.es", "Juan dejó la empresa. Yo llevo sus clientes.", None),
        ("maria.lopez@lefevre-industrie.es", "Dejé la empresa en diciembre.", "Dejé la empresa"),
        # A death: the sender's own address, or a colleague's named after the words.
        (
            "john.smith@lefevre-industrie.com",
            "Mr John Smith has passed away. Please contact office@lefevre-industrie.com.",
            "has passed away",
        ),
        (
            "paul.roche@lefevre-industrie.fr",
            "Nous avons la tristesse de vous annoncer le décès de notre associé Jean Martin.",
            None,
        ),
        # Read by nobody, or by a successor: the address is read in the second case.
        (
            "k.weber@lefevre-industrie.de",
            "Dieses Postfach wird von niemandem mehr gelesen.",
            "wird von niemandem mehr gelesen",
        ),
        (
            "a.roux@lefevre-industrie.com",
            "Ms Amélie Roux has left the firm. Her mailbox is now monitored by her successor, who will reply.",
            None,
        ),
        # "Da oggi" starts the departure; it is no day away.
        ("l.moretti@lefevre-industrie.it", "Da oggi non lavoro più per la società.", "non lavoro più per la società"),
        # A body quoting the user's own words under a bare heading, with no original header after them: that quote is
        # no notice, whatever it says of someone who left.
        (
            "t.reiter@lefevre-industrie.at",
            "Automatic reply\n\n> Dear Thomas,\n> since Marie Keller has left the company, I am writing to you.\n",
            None,
        ),
        # "causado baja" is a departure, "de baja" a leave.
        ("l.soler@lefevre-industrie.es", "El Sr. Soler ha causado baja en la empresa.", "ha causado baja"),
        ("l.soler@lefevre-industrie.es", "El Sr. Soler está de baja y ya no trabaja en la oficina esta semana.", None),
    ],
)
def test_a_departure_is_its_senders_unless_a_shared_address_speaks_of_a_colleague(
    make_message: Any, sender: str, body: str, gone: str | None
) -> None:
    result = analyse(
        make_message(subject="Réponse automatique : Votre mandat", body=body, headers=EXCHANGE, sender=sender)
    )
    assert result["kind"] == "auto_reply"
    assert result["auto_reply"].get("gone") == gone, result["auto_reply"]
