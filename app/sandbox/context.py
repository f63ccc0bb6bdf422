"""What every part of the sandbox API shares: the state, the rules chosen for the
run, the signing key and clock, and the signed JSON answers built from them."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from activation_wizard.sandbox.db import Database
from activation_wizard.sandbox.faults import Faults
from activation_wizard.sandbox.rejections import Rejection
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from flask import Response

DATE_WINDOW = timedelta(minutes=15)  # documented: "timestamps up to 15 minutes old"


@dataclass(frozen=True)
class Rules:
    """Behaviour license-api.md leaves open (section 9), chosen per sandbox run."""

    future_window: timedelta = DATE_WINDOW  # tolerance for a Date ahead of the server
    signature_mismatch_status: int = 401  # 400 on one docs page, 401 on another
    # The code for a wrong password is not published (section 9.5); the seed's
    # license_not_found ("no license for the given key/user") by default.
    wrong_password_code: str = "license_not_found"
    token_lifetime: float = 480.0  # s: the docs' example expires_in
    sso_code_lifetime: float = 120.0  # s: "single-use and short-lived"
    sso_token_lifetime: float = 300.0
    offline_max_age: float = 30 * 86400.0  # s: an air-gapped request may travel for days


class Signer:
    def __init__(self, private_key: rsa.RSAPrivateKey) -> None:
        self._key = private_key

    def sign(self, data: bytes) -> str:
        return base64.b64encode(self._key.sign(data, padding.PKCS1v15(), hashes.SHA256())).decode()


@dataclass
class Context:
    """One app's shared state, made by create_app and handed to every route."""

    db: Database
    signer: Signer
    clock: Callable[[], float]
    faults: Faults
    rules: Rules
    # The keys are read once, when the app is made, as the real service's are fixed.
    api_key: str
    shared_key: str
    client_id: str
    client_secret: str
    tokens: dict[str, float] = field(default_factory=dict)  # OAuth access token -> expiry
    idp_sessions: dict[str, int] = field(default_factory=dict)  # IdP login cookie -> user id

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), UTC)

    def respond_json(self, payload: Any, status: int = 200) -> Response:
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
        signature = self.signer.sign(body)
        if self.faults.tamper:
            body = body.replace(b'"', b"'", 1)  # one byte changed after signing
        return Response(
            body, status, {"Content-Type": "application/json", "LicenseSignature": signature}
        )

    def reject(self, exc: Rejection) -> Response:
        return self.respond_json(
            {"status": exc.status, "code": exc.code, "message": exc.message}, exc.status
        )
