"""PEM files checked by their structure alone, in microseconds.

The configuration is read before the first page is painted; loading the public
key with cryptography (and a CA bundle into an SSL context) there cost about
50 ms of start-up.  These checks catch what a vendor really gets wrong (the
wrong file, a cut or mangled paste, an EC key); the real parse happens where
the key or bundle is used, on a worker.
"""

from __future__ import annotations

import base64
import binascii
import re

RSA_ENCRYPTION = bytes.fromhex("2a864886f70d010101")  # OID 1.2.840.113549.1.1.1

_BLOCK = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)


class PemError(ValueError):
    pass


def blocks(data: bytes) -> list[tuple[str, bytes]]:
    """Every PEM block of ``data``: (label, DER bytes)."""
    out = []
    for label, body in _BLOCK.findall(data):
        try:
            der = base64.b64decode(b"".join(body.split()), validate=True)
        except (binascii.Error, ValueError):
            raise PemError(f"the {label.decode()} block is not base64") from None
        out.append((label.decode(), der))
    return out


def _tlv(der: bytes, at: int = 0) -> tuple[int, bytes, int]:
    """One DER element at ``at``: (tag, content, offset after it)."""
    if at + 2 > len(der):
        raise PemError("cut short")
    tag, length, at = der[at], der[at + 1], at + 2
    if length & 0x80:  # long form: the next (length & 0x7F) bytes hold the length
        count = length & 0x7F
        if not 1 <= count <= 4 or at + count > len(der):
            raise PemError("bad length")
        length, at = int.from_bytes(der[at : at + count], "big"), at + count
    if at + length > len(der):
        raise PemError("cut short")
    return tag, der[at : at + length], at + length


def _elements(content: bytes) -> list[tuple[int, bytes]]:
    """The DER elements that fill ``content`` exactly: (tag, value) each."""
    items, at = [], 0
    while at < len(content):
        tag, value, at = _tlv(content, at)
        items.append((tag, value))
    return items


def _sequence(der: bytes) -> list[tuple[int, bytes]]:
    """The elements of one DER SEQUENCE that fills ``der`` exactly."""
    tag, content, end = _tlv(der)
    if tag != 0x30 or end != len(der):
        raise PemError("not a DER sequence")
    return _elements(content)


def _rsa_numbers(der: bytes) -> None:
    """PKCS#1 RSAPublicKey: SEQUENCE { INTEGER n, INTEGER e }, plausible sizes."""
    items = _sequence(der)
    if len(items) != 2 or any(tag != 0x02 for tag, _ in items):
        raise PemError("not an RSA key")
    modulus, exponent = (int.from_bytes(v, "big") for _, v in items)
    if modulus.bit_length() < 1024 or exponent < 3 or exponent % 2 == 0:
        raise PemError("not a usable RSA key")


def check_rsa_public_key(pem: bytes) -> None:
    """A PEM RSA public key (SubjectPublicKeyInfo or PKCS#1), else PemError
    whose text says which: not PEM, not RSA, or damaged."""
    try:
        found = blocks(pem)
        if not found:
            raise PemError("is not a PEM public key")
        label, der = found[0]
        if label == "RSA PUBLIC KEY":
            _rsa_numbers(der)
            return
        if label != "PUBLIC KEY":
            raise PemError("is not a PEM public key")
        algorithm, key = _sequence(der)
        if algorithm[0] != 0x30 or _elements(algorithm[1])[:1] != [(0x06, RSA_ENCRYPTION)]:
            raise PemError("must be an RSA public key")
        if key[0] != 0x03 or not key[1] or key[1][0] != 0:  # BIT STRING, no unused bits
            raise PemError("is not a PEM public key")
        _rsa_numbers(key[1][1:])
    except PemError as exc:
        if str(exc) in ("must be an RSA public key", "is not a PEM public key"):
            raise
        raise PemError("is not a PEM public key") from None
    except ValueError:
        raise PemError("is not a PEM public key") from None


def check_certificates(data: bytes) -> int:
    """How many PEM certificates ``data`` holds (at least one), each a DER sequence."""
    certs = [der for label, der in blocks(data) if label in ("CERTIFICATE", "TRUSTED CERTIFICATE")]
    if not certs:
        raise PemError("holds no PEM certificate")
    for der in certs:
        if len(_sequence(der)) != 3:  # tbsCertificate, algorithm, signature
            raise PemError("holds a damaged certificate")
    return len(certs)
