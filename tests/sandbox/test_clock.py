"""The sandbox never reads today's date for what a test can see: its clock starts at the instant it is given
(tests.conftest.START unless a test asks for another, past or future), and its certificates are valid on any
date, so neither a driven clock nor a client on another clock (faketime, a skewed host) ever meets an expired
or not-yet-valid certificate."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from cryptography import x509

from relance.sandbox import RunningSandbox
from tests.conftest import START

LONG_AGO = dt.datetime(2001, 2, 3, 4, 5, 6, tzinfo=dt.UTC)


def test_the_clock_starts_at_the_shared_start_instant(sandbox: RunningSandbox, http: httpx.Client) -> None:
    assert http.get("/_control/clock").json() == {"now": "2030-01-07T08:00:00Z"}
    assert sandbox.control.clock()["now"] == START.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.parametrize("sandbox", [LONG_AGO], indirect=True)
def test_a_test_may_start_the_clock_at_any_instant_even_long_past(sandbox: RunningSandbox, http: httpx.Client) -> None:
    assert http.get("/_control/clock").json() == {"now": "2001-02-03T04:05:06Z"}
    assert http.post("/_control/advance_clock", json={"days": 1}).json() == {"now": "2001-02-04T04:05:06Z"}
    with pytest.raises(ValueError, match="never goes backwards"):
        sandbox.control.set_clock("2001-02-03T04:05:06Z")


def test_certificates_are_valid_on_any_date(sandbox: RunningSandbox) -> None:
    pem = sandbox.ca_path.read_bytes() + (sandbox.state_dir / "server.pem").read_bytes()
    certificates = x509.load_pem_x509_certificates(pem)
    assert len(certificates) == 3  # the CA, then the server's chain: its certificate and the CA again
    for certificate in certificates:
        assert certificate.not_valid_before_utc <= dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
        assert certificate.not_valid_after_utc == dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.UTC)
