"""Offline activation files (license-api.md 1.2, 2.3, 3.3): the request files a
device writes, checked and decoded, and the license files answered for them."""

from __future__ import annotations

import base64
import hmac
import json
import sqlite3
from email.utils import formatdate, parsedate_to_datetime
from typing import Any

from activation_wizard.sandbox.context import DATE_WINDOW, Context
from activation_wizard.sandbox.license_json import license_json
from activation_wizard.sandbox.license_rules import (
    activation_rules,
    active_device,
    find_license,
    free_device,
)
from activation_wizard.sandbox.rejections import Rejection
from flask import request


def offline_payload(ctx: Context) -> dict[str, Any]:
    """The request file from a text/plain body or a multipart field ``file``:
    base64(JSON), a schema v2 wrapper (both signatures checked) or a v1 object."""
    if request.mimetype == "multipart/form-data":
        upload = request.files.get("file")
        raw_text = upload.read(1024 * 1024) if upload is not None else b""
    else:
        raw_text = request.get_data()
    if not raw_text.strip():
        raise Rejection("missing_content")
    try:
        raw = json.loads(base64.b64decode(b"".join(raw_text.split()), validate=True))
    except (ValueError, RecursionError):
        raise Rejection("validation_error", detail="request file is not base64 JSON") from None
    if not isinstance(raw, dict):
        raise Rejection("validation_error", detail="request must be a JSON object")
    if "request" in raw and not isinstance(raw["request"], dict):
        raise Rejection("validation_error", detail="request must be a JSON object")
    inner = raw["request"] if isinstance(raw.get("request"), dict) else raw
    version = inner.get("schema_version", 1)
    if version not in (1, 2) or (version == 2 and inner is raw):
        raise Rejection("validation_error", detail="unsupported schema_version")
    if inner is not raw and not outer_signature_ok(ctx, inner, str(raw.get("signature", ""))):
        raise Rejection("validation_error", detail="request signature does not match")
    if not inner_signature_ok(ctx, inner):
        raise Rejection("validation_error", detail="request signature does not match")
    try:
        sent = parsedate_to_datetime(str(inner.get("date"))).timestamp()
    except (TypeError, ValueError, IndexError):
        raise Rejection("validation_error", detail="request date is not valid") from None
    if sent > ctx.clock() + DATE_WINDOW.total_seconds():
        raise Rejection("validation_error", detail="request date is in the future")
    if ctx.clock() - sent > ctx.rules.offline_max_age:
        raise Rejection("validation_error", detail="request is too old; write a new one")
    return inner


def offline_secret(ctx: Context, key_id: str) -> str:
    """What signs offline files for ``key_id`` (2.3): the client secret for the OAuth
    client, the shared key for the API key."""
    if ctx.client_id and key_id == ctx.client_id:
        return ctx.client_secret
    return ctx.shared_key


def offline_hmac(secret: str, message: bytes) -> bytes:
    return hmac.new(secret.encode(), message, "sha256").digest()


def key_id_of(inner: dict[str, Any]) -> str:
    return str(inner.get("api_key") or inner.get("client_id") or "")


def outer_signature_ok(ctx: Context, inner: dict[str, Any], signature: str) -> bool:
    # The canonical form is undocumented (section 9.1): accept the SDKs' forms,
    # Python's json.dumps (ASCII or not: deactivation files are not) and compact
    # JSON, as base64 or hex.
    secrets = [offline_secret(ctx, key_id_of(inner))]
    if inner.get("client_id") and inner.get("request") == "deactivation":
        # The Python SDK keys an OAuth deactivation file with the client id (2.3);
        # the inner signature still needs the secret.
        secrets.append(str(inner["client_id"]))
    texts = {
        json.dumps(inner, ensure_ascii=ascii, separators=seps)
        for ascii in (True, False)
        for seps in ((", ", ": "), (",", ":"))
    }
    for secret in secrets:
        for text in texts:
            digest = offline_hmac(secret, text.encode())
            for shown in (base64.b64encode(digest).decode(), digest.hex()):
                if hmac.compare_digest(shown, signature):
                    return True
    return False


def inner_signature_ok(ctx: Context, inner: dict[str, Any]) -> bool:
    who = str(inner.get("license_key") or inner.get("username") or "")
    key_id = key_id_of(inner)
    message = (
        f"licenseSpring\ndate: {inner.get('date')}\n{who}\n{inner.get('hardware_id')}\n{key_id}"
    )
    digest = offline_hmac(offline_secret(ctx, key_id), message.encode())
    return hmac.compare_digest(base64.b64encode(digest).decode(), str(inner.get("signature", "")))


def offline_license(ctx: Context, db: sqlite3.Connection, inner: dict[str, Any]) -> dict[str, Any]:
    if inner.get("request") not in (None, "activation"):
        raise Rejection("validation_error", detail="not an activation request")
    try:
        lic, user = activation_rules(ctx, db, inner, offline=True)
    except Rejection as exc:
        if exc.code != "license_device_exists":
            raise
        # The same request uploaded again (or another for an active device): its
        # license once more, no second seat, as an online retry would recover it.
        lic, user = find_license(ctx, db, inner, authenticate_user=True)
    if not (lic["is_trial"] or lic["license_type"] in ("perpetual", "consumption")):
        db.rollback()  # not kept: the seat was never the user's
        raise Rejection(
            "validation_error",
            detail="only trial, perpetual and consumption licenses can be activated offline",
        )
    body = license_json(ctx, db, lic, user, str(inner["hardware_id"]), kind="activation")
    body["request_id"] = inner.get("request_id")
    offline_file_signatures(ctx, body, key_id_of(inner), refresh=False)
    return body


def offline_file_signatures(
    ctx: Context, body: dict[str, Any], key_id: str, *, refresh: bool
) -> None:
    """``date``, ``offline_signature`` (HMAC like the request's) and
    ``license_signature_v2`` (RSA over the compact JSON without the signature
    fields: both for an activation file, only v2 for a refresh file; 3.3)."""
    date = formatdate(ctx.clock(), usegmt=True)
    who = str(body.get("license_key") or body.get("username") or "")
    body["date"] = date
    message = f"licenseSpring\ndate: {date}\n{who}\n{body['hardware_id']}\n{key_id}"
    digest = offline_hmac(offline_secret(ctx, key_id), message.encode())
    body["offline_signature"] = base64.b64encode(digest).decode()
    drop = () if refresh else ("license_signature",)
    signed = json.dumps(
        {k: v for k, v in body.items() if k not in drop},
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode()
    body["license_signature_v2"] = ctx.signer.sign(signed)


def refresh_file(ctx: Context, db: sqlite3.Connection, data: dict[str, Any]) -> dict[str, Any]:
    """A license_refresh.lic for a device activated (offline) on a license: the
    license as it stands now, for that device (the vendor's portal download)."""
    lic, user = find_license(ctx, db, data)
    device = active_device(db, lic, str(data["hardware_id"]))
    if device is None:
        raise Rejection("device_not_found")
    body = license_json(ctx, db, lic, user, str(data["hardware_id"]), kind="file")
    # Keyed as the device's own request was: a device of the OAuth client gets a
    # file it can check with its client secret.
    key_id = key_id_of(json.loads(device["request"])) or ctx.api_key
    offline_file_signatures(ctx, body, key_id, refresh=True)
    return body


def offline_deactivate(ctx: Context, db: sqlite3.Connection, inner: dict[str, Any]) -> None:
    if inner.get("request") != "deactivation":
        raise Rejection("validation_error", detail="not a deactivation request")
    free_device(ctx, db, inner)
