"""The start-up checks of the vendor's PEM files (app/pem.py) agree with the real
parsers on what a vendor gets wrong."""

from __future__ import annotations

from pathlib import Path

import certifi
import pytest
from activation_wizard.paths import resource
from activation_wizard.pem import PemError, check_certificates, check_rsa_public_key
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

SPKI = serialization.PublicFormat.SubjectPublicKeyInfo
PEM = serialization.Encoding.PEM


@pytest.fixture(scope="module")
def rsa_pem() -> bytes:
    return rsa.generate_private_key(65537, 2048).public_key().public_bytes(PEM, SPKI)


def test_rsa_keys_in_both_pem_forms_pass(rsa_pem: bytes) -> None:
    check_rsa_public_key(rsa_pem)
    check_rsa_public_key(resource("licensespring_prod.pem").read_bytes())
    key = serialization.load_pem_public_key(rsa_pem)
    check_rsa_public_key(key.public_bytes(PEM, serialization.PublicFormat.PKCS1))


def test_an_ec_key_is_named_as_not_rsa() -> None:
    ec_pem = ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(PEM, SPKI)
    with pytest.raises(PemError, match="must be an RSA public key"):
        check_rsa_public_key(ec_pem)


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p[:100] + p[101:],  # a character lost in a paste
        lambda p: p.replace(b"A", b"B", 1),  # one changed: the structure breaks
        lambda p: p[:-60] + b"\n-----END PUBLIC KEY-----\n",  # cut short
        lambda p: b"ssh-rsa AAAAB3NzaC1yc2E",  # the wrong kind of file
        lambda p: p.replace(b"PUBLIC KEY", b"CERTIFICATE"),
    ],
)
def test_damaged_keys_are_refused_as_the_real_parser_does(rsa_pem: bytes, damage) -> None:  # type: ignore[no-untyped-def]
    bad = damage(rsa_pem)
    with pytest.raises(PemError, match="is not a PEM public key"):
        check_rsa_public_key(bad)
    with pytest.raises(ValueError):
        serialization.load_pem_public_key(bad)


def test_certificate_bundles() -> None:
    bundle = Path(certifi.where()).read_bytes()
    assert check_certificates(bundle) > 100
    with pytest.raises(PemError):
        check_certificates(b"just text")
    one = bundle.split(b"-----END CERTIFICATE-----")[0]
    with pytest.raises(PemError):  # a certificate cut in half
        check_certificates(one[: len(one) // 2] + b"\n-----END CERTIFICATE-----\n")
