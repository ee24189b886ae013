"""The analysis object SQL reads: its exact shape, and both entry points agree."""

from __future__ import annotations

from typing import Any

from relance.analysis import VERSION, analyse, analyse_email

KEYS = {
    "kind",
    "auto_reply",
    "bounce",
    "complaint",
    "opt_out",
    "opt_out_phrase",
    "opt_out_relayed",
    "new_text",
    "version",
}

RAW_OOO = """\
From: Jane Doe <jane@contoso.com>
To: Alex Turner <alex@northwind-sales.com>
Subject: Automatic reply: Proposal
Date: Mon, 02 Dec 2024 15:16:00 +0000
Message-ID: <oof-1@contoso.com>
In-Reply-To: <tracked-1@northwind-sales.com>
auto-submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="utf-8"

I am out of the office until Monday, December 9, with limited access to email.
"""


def test_human_reply_has_every_key(make_message: Any) -> None:
    result = analyse(make_message())
    assert set(result) == KEYS
    assert result == {
        "kind": "human",
        "auto_reply": None,
        "bounce": None,
        "complaint": None,
        "opt_out": False,
        "opt_out_phrase": None,
        "opt_out_relayed": False,
        "new_text": "Thanks, let's talk Tuesday.",
        "version": VERSION,
    }


def test_r6_raw_out_of_office_through_analyse_email() -> None:
    result = analyse_email(RAW_OOO.encode())
    assert set(result) == KEYS
    assert result["kind"] == "auto_reply"
    assert result["auto_reply"] == {"until": "2024-12-09", "reason": "header:auto-submitted"}
    assert result["bounce"] is None and result["opt_out"] is False


def test_headers_accept_lists_and_newline_joined_repeats(make_message: Any) -> None:
    as_list = make_message(headers={"received": ["from a", "from b"], "x-autoreply": ["yes"]})
    joined = make_message(headers={"received": "from a\nfrom b", "x-autoreply": "yes"})
    assert analyse(as_list) == analyse(joined)
    assert analyse(as_list)["kind"] == "auto_reply"


def test_header_names_are_matched_case_insensitively(make_message: Any) -> None:
    assert analyse(make_message(headers={"Auto-Submitted": "auto-replied"}))["kind"] == "auto_reply"


def test_html_only_body_is_used_when_there_is_no_text(make_message: Any) -> None:
    message = make_message(body="", html='<div>Yes, Tuesday.</div><blockquote type="cite">old</blockquote>')
    assert analyse(message)["new_text"] == "Yes, Tuesday."


def test_missing_optional_fields_do_not_break_analysis() -> None:
    result = analyse({"subject": "Re: hi", "body_text": "ok", "headers": {}})
    assert result["kind"] == "human"
    assert result["new_text"] == "ok"


def test_opt_out_is_only_ever_true_for_people(make_message: Any) -> None:
    result = analyse(make_message(body="STOP", headers={"auto-submitted": "auto-replied"}))
    assert result["kind"] == "auto_reply"
    assert result["opt_out"] is False and result["opt_out_phrase"] is None and result["opt_out_relayed"] is False


def test_r8_a_request_relayed_for_the_person_written_to_says_so(make_message: Any) -> None:
    relayed = analyse(
        make_message(
            body="Bonjour,\nJe suis l'assistante de M. Roux. Il me demande de vous dire de ne plus le contacter.\n"
            "Cordialement"
        )
    )
    assert relayed["opt_out"] is True and relayed["opt_out_relayed"] is True
    own = analyse(make_message(body="Merci de ne plus me contacter."))
    assert own["opt_out"] is True and own["opt_out_relayed"] is False
