"""Offline activation by file (license-api.md section 1.2 "Offline activation /
deactivation file formats", 2.3 "Offline request signatures", 3.3).

A request file (``.req``) is ``base64(JSON(wrapper))`` with schema version 2:
``{"request": {...inner...}, "signature": <outer>}``; the inner object carries
its own v1 ``signature``.  A response file (``.lic``) is ``base64(JSON)``: the
license object plus ``date``, ``request_id``, ``license_signature_v2`` (RSA over
the compact JSON without both license signatures) and ``offline_signature``
(HMAC like the request's v1).  Nothing in a response is trusted before both
signatures, the request id, the device, the product, the type and the date
have been checked.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
import uuid
from dataclasses import dataclass
from email.utils import formatdate
from typing import Any

from activation_wizard.config import Config
from activation_wizard.errors import OfflineFileInvalid, OfflineRefused
from activation_wizard.i18n import QT_TRANSLATE_NOOP

SCHEMA_VERSION = 2
OFFLINE_TYPES = ("perpetual", "consumption")  # and any trial (license-api.md 1.2)
MAX_FILE = 1024 * 1024
FUTURE_TOLERANCE = 15 * 60  # s: a response dated later than this is refused


def _hmac_b64(secret: str, message: str) -> str:
    digest = hmac.new(secret.encode(), message.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def credentials(config: Config) -> tuple[str, str]:
    """(api key or OAuth client id, shared key or client secret): what signs files."""
    if config.uses_oauth:
        return config.client_id, config.client_secret
    return config.api_key, config.shared_key


def inner_signature(config: Config, date: str, identity: str, hardware_id: str) -> str:
    """The v1 signature (section 2.3), also the response's ``offline_signature``."""
    key_id, secret = credentials(config)
    return _hmac_b64(secret, f"licenseSpring\ndate: {date}\n{identity}\n{hardware_id}\n{key_id}")


def outer_signature(config: Config, inner: dict[str, Any]) -> str:
    """Schema v2: HMAC over the inner object as Python's default json.dumps writes
    it (the Python SDK's form; the canonical form is not documented, section 9.1)."""
    return _hmac_b64(credentials(config)[1], json.dumps(inner))


@dataclass(frozen=True)
class Request:
    text: str  # the file's content: base64 of the wrapper
    request_id: str
    op: str  # "activation" or "deactivation"
    date: str


def build_request(
    config: Config,
    op: str,
    identity: dict[str, Any],
    device: dict[str, Any],
    *,
    extra: dict[str, Any] | None = None,
    clock: Any = time.time,
) -> Request:
    """The request file for ``op`` ("activation"/"deactivation"); ``identity`` is
    {"license_key": k} or {"username": u[, "password": p]}, ``device`` the fields
    the user saw on the "This device" page (hardware_id first)."""
    date = formatdate(clock(), usegmt=True)  # RFC 7231, as the Python SDK writes it
    request_id = str(uuid.uuid4())
    who = str(identity.get("license_key") or identity.get("username") or "")
    inner: dict[str, Any] = {"request": op, "product": config.product, **identity}
    if op == "deactivation":
        device = {"hardware_id": device["hardware_id"]}
        inner.pop("password", None)  # never needed to free a seat
    inner.update(device)
    inner.update(extra or {})
    key_id, _ = credentials(config)
    inner.update(
        {
            "date": date,
            "request_id": request_id,
            "schema_version": SCHEMA_VERSION,
            "signature": inner_signature(config, date, who, str(device["hardware_id"])),
            ("client_id" if config.uses_oauth else "api_key"): key_id,
        }
    )
    wrapper = {"request": inner, "signature": outer_signature(config, inner)}
    text = base64.b64encode(json.dumps(wrapper).encode()).decode()
    return Request(text, request_id, op, date)


def decode_file(data: bytes | str) -> dict[str, Any]:
    """base64(JSON) as a file, pasted text or an API body; clear errors otherwise."""
    raw = data.encode() if isinstance(data, str) else data
    if len(raw) > MAX_FILE:
        raise OfflineFileInvalid(
            QT_TRANSLATE_NOOP("messages", "the file is larger than a license file can be")
        )
    text = b"".join(raw.split())  # line breaks from e-mail or a paste
    if not text:
        raise OfflineFileInvalid(QT_TRANSLATE_NOOP("messages", "the file is empty"))
    try:
        decoded = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise OfflineFileInvalid(QT_TRANSLATE_NOOP("messages", "it is not base64 text")) from None
    try:
        data_ = json.loads(decoded)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise OfflineFileInvalid(
            QT_TRANSLATE_NOOP("messages", "it is cut short or damaged")
        ) from None
    if not isinstance(data_, dict):
        raise OfflineFileInvalid(QT_TRANSLATE_NOOP("messages", "it holds something else"))
    if isinstance(data_.get("request"), dict) and "license_signature_v2" not in data_:
        raise OfflineFileInvalid(
            QT_TRANSLATE_NOOP(
                "messages",
                "this is a request file: upload it to the offline portal, then load the license "
                "file the portal gives back",
            )
        )
    return data_


def canonical_body(license_json: dict[str, Any], *, refresh: bool = False) -> bytes:
    """The bytes ``license_signature_v2`` signs (section 3.3): the JSON without the
    signature fields (only v2 for a refresh file), compact, non-ASCII kept."""
    drop = {"license_signature_v2"} if refresh else {"license_signature", "license_signature_v2"}
    body = {k: v for k, v in license_json.items() if k not in drop}
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def verify_response(
    config: Config,
    data: dict[str, Any],
    *,
    public_key_pem: bytes,
    hardware_id: str,
    identity: dict[str, Any],
    request_id: str | None,
    any_request: bool = True,
    refresh: bool = False,
    clock: Any = time.time,
) -> bytes:
    """Check a response file before anything of it is kept; returns the signed
    canonical body (what ``license_signature_v2`` signs).  ``identity`` is what the
    request named ({"license_key": k} or {"username": u}): the file must name it too.

    Every signature the file type carries must be there and hold (as the official
    SDKs check them): ``license_signature_v2``, the ``offline_signature`` HMAC and the
    v1 ``license_signature`` for this device and key or user.  A refresh file's v2
    covers its v1 too, so an activation file with its v1 removed is no refresh file."""
    from email.utils import parsedate_to_datetime

    from activation_wizard.core.api import binding
    from activation_wizard.core.api.verify import ResponseVerifier
    from activation_wizard.errors import AnswerMismatch, ResponseSignatureError

    verifier = ResponseVerifier(public_key_pem)
    signature = data.get("license_signature_v2")
    body = canonical_body(data, refresh=refresh)
    try:
        verifier.verify(body, signature if isinstance(signature, str) else "")
    except ResponseSignatureError:
        raise OfflineRefused("signature") from None
    who = str(data.get("license_key") or data.get("username") or "")
    date = data.get("date")
    offline_sig = data.get("offline_signature")
    expected = inner_signature(config, str(date), who, str(data.get("hardware_id")))
    if not isinstance(offline_sig, str) or not hmac.compare_digest(offline_sig, expected):
        raise OfflineRefused("signature", "offline_signature")
    if not isinstance(data.get("license_signature"), str) or not data["license_signature"]:
        raise OfflineRefused("signature", "license_signature")
    if not refresh and request_id is None:
        raise OfflineRefused("other_request" if any_request else "no_request")
    if data.get("hardware_id") != hardware_id:
        raise OfflineRefused("other_device")
    details = data.get("product_details")
    code = details.get("short_code") if isinstance(details, dict) else None
    if code != config.product:
        raise OfflineRefused("other_product")
    asked = {"product": config.product, "hardware_id": hardware_id, **identity}
    try:
        binding.license_answer(
            data, asked, binding.REFRESH if refresh else binding.OFFLINE, verifier
        )
    except AnswerMismatch as exc:
        raise OfflineRefused("other_license", exc.detail) from None
    if not data.get("is_trial") and data.get("license_type") not in OFFLINE_TYPES:
        raise OfflineRefused("type")
    if data.get("license_enabled") is False:
        raise OfflineRefused("disabled")
    if data.get("is_expired") is True:
        raise OfflineRefused("expired")
    from activation_wizard.core.api.models import LicenseInfo
    from activation_wizard.core.api.typed_json import ShapeError

    try:  # what every later read of the activation will parse: refused now, not then
        LicenseInfo.from_json(body)
    except ShapeError:
        raise OfflineRefused("signature", "fields of the wrong type") from None
    try:
        when = parsedate_to_datetime(str(date)).timestamp()
    except (TypeError, ValueError, IndexError):
        raise OfflineRefused("signature", "unreadable date") from None
    if when > clock() + FUTURE_TOLERANCE:
        raise OfflineRefused("future")
    return body


def file_date(data: dict[str, Any]) -> float | None:
    """When the license server wrote a license or refresh file (its ``date``)."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(str(data.get("date"))).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
