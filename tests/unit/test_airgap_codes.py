"""Air-gapped activation codes (core.airgap): their form for people and the SDK's
cryptography (compared with the official SDK itself in tests/e2e/test_airgap_flows.py)."""

from __future__ import annotations

import base64
import json
import os

import pytest
from activation_wizard.core import airgap
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature


def vendor_key() -> tuple[ec.EllipticCurvePrivateKey, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    point = key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return key, base64.b64encode(point[1:]).decode()


def confirm(key: ec.EllipticCurvePrivateKey, message: str) -> str:
    r, s = decode_dss_signature(key.sign(message.encode(), ec.ECDSA(hashes.SHA256())))
    return base64.b64encode(r.to_bytes(32, "big") + s.to_bytes(32, "big")).decode()


def init_code() -> str:
    return base64.b64encode(os.urandom(31) + b"\x01").decode()


def test_codes_are_shown_in_groups_and_read_back_however_typed() -> None:
    code = airgap.activation_code(init_code(), "hw", "KEY")
    assert len(code) == 88
    shown = airgap.shown(code)
    assert len(shown.split()) == 22 and all(len(g) == 4 for g in shown.split())
    for typed in (shown, shown.replace(" ", "-"), shown.replace(" ", "\n"), code):
        assert airgap.typed(typed) == code


@pytest.mark.parametrize("where", range(0, 88, 7))
def test_one_wrong_character_is_caught_by_its_group(where: int) -> None:
    code = airgap.activation_code(init_code(), "hw", "KEY")
    shown = airgap.shown(code, checks=True).split()
    assert airgap.typed(" ".join(shown), checks=True) == code
    group, at = divmod(where, 4)
    wrong = list(shown[group])
    wrong[at] = "A" if wrong[at] != "A" else "B"
    shown[group] = "".join(wrong)
    with pytest.raises(airgap.CodeRefused) as caught:
        airgap.typed(" ".join(shown), checks=True)
    assert (caught.value.reason, caught.value.group) == ("check", group + 1)


def test_two_groups_swapped_are_caught() -> None:
    shown = airgap.shown(airgap.activation_code(init_code(), "hw", "K"), checks=True).split()
    shown[3], shown[4] = shown[4], shown[3]
    with pytest.raises(airgap.CodeRefused, match="check"):
        airgap.typed(" ".join(shown), checks=True)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "length"),
        ("ABCD" * 21, "length"),
        ("ABC!" * 22, "characters"),
        ("é" * 88, "characters"),
    ],
)
def test_what_is_not_a_code_is_refused_before_anything_is_checked(text: str, reason: str) -> None:
    with pytest.raises(airgap.CodeRefused) as caught:
        airgap.typed(text)
    assert caught.value.reason == reason


def test_the_confirmation_binds_device_key_and_policy() -> None:
    vendor, public = vendor_key()
    code = confirm(vendor, "hw-1" + "KEY-1" + "42")
    assert airgap.confirmation_ok(code, public, "hw-1", "KEY-1", "42")
    assert not airgap.confirmation_ok(code, public, "hw-2", "KEY-1", "42")
    assert not airgap.confirmation_ok(code, public, "hw-1", "KEY-2", "42")
    assert not airgap.confirmation_ok(code, public, "hw-1", "KEY-1", "43")
    _, another = vendor_key()
    assert not airgap.confirmation_ok(code, another, "hw-1", "KEY-1", "42")


def test_a_policy_file_becomes_the_license_kept() -> None:
    policy = {"id": 42, "default_license_type": "perpetual", "product": 3, "max_activations": 1}
    read = airgap.read_policy(base64.b64encode(json.dumps(policy).encode()))
    assert read.id == "42"
    body = airgap.license_body(read, "acme", "Acme", "hw", "KEY")
    assert body["license_type"] == "perpetual" and body["policy_id"] == "42"
    assert body["product_details"] == {"short_code": "acme", "product_name": "Acme"}
    assert "product" not in body and body["is_air_gapped"] is True
    for bad in (b"not base64!", base64.b64encode(b"[]"), base64.b64encode(b'{"id": 1}')):
        with pytest.raises(airgap.CodeRefused, match="policy"):
            airgap.read_policy(bad)
