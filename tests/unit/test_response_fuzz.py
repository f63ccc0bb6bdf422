"""Arbitrary bytes, JSON and headers into every response parser: only the documented
exceptions (the ``WizardError`` tree) come out, never a TypeError or a KeyError."""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import httpx
import pytest
from activation_wizard.config import Config
from activation_wizard.core.api.client import LicenseApiClient
from activation_wizard.errors import WizardError
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CALLS: dict[str, Callable[[LicenseApiClient], Any]] = {
    "activate_license": lambda c: c.activate_license({"product": "p"}),
    "check_license": lambda c: c.check_license({"product": "p"}),
    "deactivate_license": lambda c: c.deactivate_license({"product": "p"}),
    "product_details": lambda c: c.product_details({"product": "p"}),
    "user_licenses": lambda c: c.user_licenses({"product": "p"}),
    "customer_license_users": lambda c: c.customer_license_users({"product": "p"}),
    "trial_key": lambda c: c.trial_key({"product": "p"}),
    "change_password": lambda c: c.change_password({"username": "u"}),
    "track_device_variables": lambda c: c.track_device_variables({"variables": {}}),
    "get_device_variables": lambda c: c.get_device_variables({"product": "p"}),
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
# Shapes close to the real ones, so the parsers get past the first field.
license_like = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "license_key": json_values,
        "validity_period": json_values,
        "product_features": json_values,
        "user": json_values,
        "license": json_values,
        "license_user": json_values,
        "variable": json_values,
        "users": json_values,
        "code": json_values,
        "message": json_values,
        "status": json_values,
    },
)
bodies = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda v: json.dumps(v).encode()),
    license_like.map(lambda v: json.dumps(v).encode()),
    st.lists(license_like, max_size=3).map(lambda v: json.dumps(v).encode()),
    st.lists(st.fixed_dictionaries({"license": license_like}), max_size=3).map(
        lambda v: json.dumps(v).encode()
    ),
)


@pytest.fixture(scope="module")
def signer() -> tuple[rsa.RSAPrivateKey, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return key, pem


@pytest.mark.parametrize("endpoint", sorted(CALLS))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=bodies,
    status=st.sampled_from([200, 200, 200, 400, 401, 409, 429, 500, 503]),
    signed=st.sampled_from(["good", "good", "missing", "garbage"]),
    extra=st.dictionaries(
        st.sampled_from(["Retry-After", "Date", "Content-Type"]),
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30),
        max_size=3,
    ),
)
def test_parsers_raise_only_documented_errors(
    endpoint: str,
    body: bytes,
    status: int,
    signed: str,
    extra: dict[str, str],
    signer: tuple[rsa.RSAPrivateKey, bytes],
) -> None:
    key, pem = signer
    headers = dict(extra)
    if signed == "good":
        signature = key.sign(body, padding.PKCS1v15(), hashes.SHA256())
        headers["LicenseSignature"] = base64.b64encode(signature).decode()
    elif signed == "garbage":
        headers["LicenseSignature"] = "not base64 at all!"

    def answer(_: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers)

    config = Config(
        product="p",
        product_name="P",
        api_url="https://license.example/api/v4",
        api_key="k",
        shared_key="s",
        public_key_pem=pem,
    )
    with LicenseApiClient(replace(config), transport=httpx.MockTransport(answer)) as client:
        with contextlib.suppress(WizardError):  # documented: the one exception tree
            CALLS[endpoint](client)
