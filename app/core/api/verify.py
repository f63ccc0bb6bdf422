"""RSA response signatures (license-api.md sections 3.2 and 3.3)."""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime

from activation_wizard.errors import ConfigError, ResponseSignatureError
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key


class ResponseVerifier:
    def __init__(self, public_key_pem: bytes) -> None:
        # The configuration checked its structure only (app/pem.py); this is the parse.
        try:
            key = load_pem_public_key(public_key_pem)
        except ValueError:
            key = None
        if not isinstance(key, RSAPublicKey):
            raise ConfigError("api.public_key", "is not a PEM public key", "config")
        self._key = key

    def verify(self, body: bytes, signature_b64: str | None) -> None:
        """Raise unless ``signature_b64`` signs exactly ``body`` (PKCS#1 v1.5, SHA-256)."""
        if not signature_b64:
            raise ResponseSignatureError("the LicenseSignature header is missing")
        try:
            signature = base64.b64decode(signature_b64, validate=True)
        except (binascii.Error, ValueError):
            raise ResponseSignatureError("the LicenseSignature header is not base64") from None
        try:
            self._key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise ResponseSignatureError("the signature does not match the response") from None


def v1_message(hardware_id: str, identity: str, validity_period: str | None) -> bytes:
    """The message of the v1 ``license_signature`` body field."""
    validity = ""
    if validity_period:
        when = datetime.fromisoformat(validity_period.replace("Z", "+00:00"))
        # Without an offset it is the License API's own clock, UTC (never the local zone).
        when = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)
        validity = when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"
    return f"{hardware_id}#{identity}#{validity}".lower().encode()
