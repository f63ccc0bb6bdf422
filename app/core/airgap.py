"""Air-gapped activation (license-api.md 7.1a): codes read out between a device with
no network and the vendor's portal on another one, as the official SDK makes and
checks them, and the codes' form for people (groups, optional check characters).

The activation code is ECDSA P-256 over SHA-1 of ``hardware_id + license_key`` with
the initialization code's key; the confirmation code is the vendor's ECDSA P-256 over
SHA-256 of ``hardware_id + license_key + policy_id``, checked with the configured
air-gap public key (Base64 of the raw point X || Y).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from typing import Any

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
GROUP = 4  # characters per group, read aloud one group at a time
CODE_LENGTH = 88  # Base64 of a raw P-256 signature, r || s
_SEPARATORS = re.compile(r"[\s\-_.·]+")


class CodeRefused(ValueError):
    """A code typed in that is not one: ``reason`` (``length``, ``characters``,
    ``check``, ``signature``, ``policy``) and, for a check character, the group."""

    def __init__(self, reason: str, group: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.group = group


# --- the codes' form for people ---------------------------------------------------


def _check_char(group: str, index: int) -> str:
    """One check character per group: a weighted sum over the group and its place,
    so a wrong character, two swapped ones and a group read in the wrong place all
    show."""
    total = sum((2 * i + 1) * (ALPHABET + "=").index(c) for i, c in enumerate(group)) + 7 * index
    return ALPHABET[total % 64]


def shown(code: str, *, checks: bool = False) -> str:
    """``code`` in groups of four (each with its check character when ``checks``)."""
    groups = [code[i : i + GROUP] for i in range(0, len(code), GROUP)]
    if checks:
        groups = [g + _check_char(g, i) for i, g in enumerate(groups)]
    return " ".join(groups)


def typed(text: str, *, checks: bool = False) -> str:
    """The bare code from what a person typed or pasted: separators dropped, each
    group's check character verified and removed when ``checks``."""
    bare = _SEPARATORS.sub("", text.strip())
    if any(c not in ALPHABET + "=" for c in bare):
        raise CodeRefused("characters")
    if checks:
        size = GROUP + 1
        if len(bare) % size:
            raise CodeRefused("length")
        groups = [bare[i : i + size] for i in range(0, len(bare), size)]
        for index, group in enumerate(groups):
            if group[GROUP] != _check_char(group[:GROUP], index):
                raise CodeRefused("check", index + 1)
        bare = "".join(g[:GROUP] for g in groups)
    if len(bare) != CODE_LENGTH:
        raise CodeRefused("length")
    try:
        if len(base64.b64decode(bare, validate=True)) != 64:
            raise CodeRefused("length")
    except binascii.Error:
        raise CodeRefused("characters") from None
    return bare


# --- the SDK's cryptography ----------------------------------------------------------
# Keys travel as Base64: a private key as its scalar, a public one as its point X || Y
# (64 bytes); signatures as raw r || s (64 bytes), as the SDK writes them.


def private_key(scalar: str) -> Any:
    """A P-256 key from the Base64 of its scalar (padding optional, as people copy it)."""
    from cryptography.hazmat.primitives.asymmetric import ec

    bare = _SEPARATORS.sub("", scalar)
    try:
        raw = base64.b64decode(bare + "=" * (-len(bare) % 4), validate=True)
        return ec.derive_private_key(int.from_bytes(raw), ec.SECP256R1())
    except (ValueError, binascii.Error):
        raise CodeRefused("initialization") from None


def public_point(scalar: str) -> str:
    """The public point of a private key, Base64 of X || Y (``air_gap_public_key``)."""
    from cryptography.hazmat.primitives import serialization

    point = (
        private_key(scalar)
        .public_key()
        .public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    )
    return base64.b64encode(point[1:]).decode()


def _public_key(point: str) -> Any:
    from cryptography.hazmat.primitives.asymmetric import ec

    try:
        raw = base64.b64decode(point, validate=True)
    except binascii.Error:
        raise ValueError("not Base64") from None
    if len(raw) != 64:
        raise ValueError("not 64 bytes (X || Y)")
    return ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), b"\x04" + raw)


def _hash(name: str) -> Any:
    from cryptography.hazmat.primitives import hashes

    return hashes.SHA1() if name == "sha1" else hashes.SHA256()


def sign(scalar: str, message: str, hash_name: str) -> str:
    """ECDSA P-256 over ``message`` (deterministic, RFC 6979, as the SDK signs)."""
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    algorithm = ec.ECDSA(_hash(hash_name), deterministic_signing=True)
    r, s = decode_dss_signature(private_key(scalar).sign(message.encode(), algorithm))
    return base64.b64encode(r.to_bytes(32, "big") + s.to_bytes(32, "big")).decode()


def verify(point: str, signature: str, message: str, hash_name: str) -> bool:
    """Whether ``signature`` (Base64 r || s) is the key ``point``'s over ``message``;
    ValueError when ``point`` is no P-256 public key."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    public = _public_key(point)
    try:
        raw = base64.b64decode(signature, validate=True)
    except binascii.Error:
        return False
    if len(raw) != 64:
        return False
    der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    try:
        public.verify(der, message.encode(), ec.ECDSA(_hash(hash_name)))
    except InvalidSignature:
        return False
    return True


def activation_code(initialization_code: str, hardware_id: str, license_key: str) -> str:
    """The code the portal verifies (the same one deactivates)."""
    return sign(initialization_code, hardware_id + license_key, "sha1")


def initialization_fingerprint(initialization_code: str) -> str:
    """Which initialization code a license was activated with (its public point,
    hashed): the same one must make its deactivation code, or the portal refuses it
    after the activation was already removed here."""
    import hashlib

    return hashlib.sha256(public_point(initialization_code).encode()).hexdigest()[:16]


def check_public_key(point: str) -> None:
    """The vendor's air-gap key is a P-256 point (Base64 of X || Y), or ValueError."""
    _public_key(point)


def confirmation_ok(
    confirmation: str, public_key: str, hardware_id: str, license_key: str, policy_id: str
) -> bool:
    """Whether the vendor's air-gap key signed this device, key and policy."""
    return verify(public_key, confirmation, hardware_id + license_key + policy_id, "sha256")


# --- the policy file --------------------------------------------------------------


@dataclass(frozen=True)
class Policy:
    """A license policy file (.lic): its id and the license it describes."""

    id: str
    fields: dict[str, Any]


def read_policy(data: bytes | str) -> Policy:
    """A policy file's content (Base64 JSON with ``id`` and ``default_license_type``)."""
    try:
        text = data if isinstance(data, str) else data.decode("ascii")
        body = json.loads(base64.b64decode("".join(text.split()), validate=True))
    except (ValueError, UnicodeDecodeError, RecursionError, binascii.Error):
        raise CodeRefused("policy") from None
    if not isinstance(body, dict) or body.get("id") in (None, "") or isinstance(body["id"], bool):
        raise CodeRefused("policy")
    if not isinstance(body.get("default_license_type"), str):
        raise CodeRefused("policy")
    return Policy(str(body["id"]), body)


def license_body(
    policy: Policy, product: str, product_name: str, hardware_id: str, license_key: str
) -> dict[str, Any]:
    """The license kept for an air-gapped activation, as the SDK keeps it: the policy,
    with the key, its type and id, this device and this product."""
    body = {k: v for k, v in policy.fields.items() if k not in ("product", "default_license_type")}
    details = body.get("product_details")
    if not isinstance(details, dict):
        details = {"short_code": product, "product_name": product_name}
    body.update(
        license_key=license_key,
        license_type=policy.fields["default_license_type"],
        policy_id=policy.id,
        hardware_id=hardware_id,
        product_details=details,
        is_air_gapped=True,
    )
    return body
