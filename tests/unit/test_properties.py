"""Properties over many inputs (hypothesis): normalisation and the sandbox's parser."""

from __future__ import annotations

import string

import httpx
from activation_wizard.config import DEFAULT_KEY_PATTERN
from activation_wizard.core.license_key import is_well_formed, normalize_key
from activation_wizard.sandbox.server import Sandbox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import raw_client

ALNUM = string.ascii_uppercase + string.digits
keys = st.text(alphabet=ALNUM, min_size=16, max_size=16).map(
    lambda s: "-".join(s[i : i + 4] for i in range(0, 16, 4))
)


@given(key=keys, data=st.data())
def test_any_mangling_of_a_good_key_normalises_back(key: str, data: st.DataObject) -> None:
    mangled = []
    for ch in key:
        if ch == "-":
            ch = data.draw(st.sampled_from(["-", "\u2013", "\u2014", "", " - "]))
        elif data.draw(st.booleans()):
            ch = ch.lower()
        mangled.append(ch + data.draw(st.sampled_from(["", "", " ", "\n", "\t"])))
    typed = data.draw(st.sampled_from(["", " ", "\n"])) + "".join(mangled)
    cleaned = normalize_key(typed, DEFAULT_KEY_PATTERN)
    if cleaned.replace("-", "") == key.replace("-", ""):
        assert cleaned == key
        assert is_well_formed(cleaned, DEFAULT_KEY_PATTERN)


@given(st.text(max_size=40))
def test_normalising_is_idempotent(text: str) -> None:
    once = normalize_key(text, DEFAULT_KEY_PATTERN)
    assert normalize_key(once, DEFAULT_KEY_PATTERN) == once


@settings(
    max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(header=st.text(max_size=120), date=st.text(max_size=40))
def test_garbage_authorization_is_a_documented_error_never_a_crash(
    sandbox: Sandbox, header: str, date: str
) -> None:
    headers = {"Authorization": header, "Date": date}
    try:
        with raw_client(sandbox) as client:
            response = client.post("activate_license", headers=headers, json={})
    except (httpx.LocalProtocolError, UnicodeEncodeError):
        return  # not sendable as an HTTP header at all
    assert response.status_code in (400, 401)
    assert response.json()["code"] in {
        "missing_headers",
        "authorization_invalid_headers",
        "authorization_missing_params",
        "hmac_required",
        "invalid_api_key",
        "date_header_diff",
        "signature_mismatch",
    }
