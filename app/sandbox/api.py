"""The sandbox License API: the rules of license-api.md over the state in ``db``.

Every request is authenticated as the real service does it (HMAC over the
``Date`` header, 15-minute window).  Every JSON response is built as exact
bytes, signed (``LicenseSignature`` header, RSA PKCS#1 v1.5 SHA-256) and sent
unchanged.
"""

from __future__ import annotations

import base64
import hmac
import json
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from flask import Flask, Response, request

from app.core.api.signing import sign
from app.core.api.verify import v1_message
from app.sandbox.db import Database, iso, parse_iso

DATE_WINDOW = timedelta(minutes=15)  # documented: "timestamps up to 15 minutes old"
_AUTH_PAIR = re.compile(r'\s*([A-Za-z]+)\s*=\s*"([^"]*)"\s*')

MESSAGES = {
    "unknown_product": (400, "Provided product was not found"),
    "license_not_found": (400, "License with the provided license user not found"),
    "license_not_enabled": (400, "The license is not enabled"),
    "vm_not_allowed": (400, "Virtual machine not allowed"),
    "offline_floating_cloud_not_supported": (
        400,
        "Floating cloud licenses cannot be activated offline",
    ),
    "license_start_date_error": (400, "This license cannot be activated before start date: {date}"),
    "blacklisted": (400, "This device is blacklisted"),
    "license_activated_max_times": (
        400,
        "This license key has already been activated the maximum number of times",
    ),
    "license_user_activated_max_times": (400, "License user has activated this license max times"),
    "license_expired": (400, "License validity period has expired"),
    "license_transferred_max_times": (
        400,
        "This license has already been transferred the maximum number of times",
    ),
    "license_device_exists": (
        409,
        "A device matching this hardware_id is already created on the license.",
    ),
    "device_not_found": (400, "An active device matching the hardware_id not found"),
    "license_not_active": (400, "The license is not active"),
    "missing_headers": (400, "Missing headers: {names}"),
    "missing_parameters": (400, "Missing parameters: {names}"),
    "missing_hardware_id": (400, "Missing hardware_id"),
    "license_key_required": (400, "License key is required"),
    "invalid_json": (400, "Request body is not valid JSON"),
    "date_header_diff": (400, "Date header is more than 15 minutes off"),
    "authorization_invalid_headers": (400, "Invalid Authorization header"),
    "authorization_missing_params": (400, "Authorization header is missing: {names}"),
    "hmac_required": (400, "Only hmac-sha256 signed requests are accepted"),
    "invalid_api_key": (400, "Invalid API key"),
    "signature_mismatch": (401, "Signature mismatch"),
    "not_found": (404, "Not found"),
    "validation_error": (400, "{detail}"),
}


@dataclass(frozen=True)
class Rules:
    """Behaviour license-api.md leaves open (section 9), chosen per sandbox run."""

    future_window: timedelta = DATE_WINDOW  # tolerance for a Date ahead of the server
    signature_mismatch_status: int = 401  # 400 on one docs page, 401 on another


class Rejection(Exception):
    def __init__(self, code: str, status: int | None = None, **params: str) -> None:
        default_status, template = MESSAGES[code]
        super().__init__(code)
        self.code, self.message = code, template.format(**params)
        self.status = status or default_status


@dataclass
class Faults:
    """Failures QA and tests switch on: a slow answer, a body altered after signing."""

    delay: float = 0.0
    tamper: bool = False
    released: threading.Event = field(default_factory=threading.Event)

    def wait(self) -> None:
        if self.delay > 0:
            self.released.wait(self.delay)


class Signer:
    def __init__(self, private_key: rsa.RSAPrivateKey) -> None:
        self._key = private_key

    def sign(self, data: bytes) -> str:
        return base64.b64encode(self._key.sign(data, padding.PKCS1v15(), hashes.SHA256())).decode()


def create_app(
    db: Database,
    signer: Signer,
    *,
    clock: Callable[[], float] = time.time,
    faults: Faults | None = None,
    rules: Rules | None = None,
) -> Flask:
    app = Flask("sandbox")
    faults = faults or Faults()
    rules = rules or Rules()
    app.extensions["sandbox"] = {"db": db, "faults": faults}
    api_key, shared_key = db.setting("api_key"), db.setting("shared_key")

    def respond_json(payload: Any, status: int = 200) -> Response:
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
        signature = signer.sign(body)
        if faults.tamper:
            body = body.replace(b'"', b"'", 1)  # one byte changed after signing
        return Response(
            body, status, {"Content-Type": "application/json", "LicenseSignature": signature}
        )

    def reject(exc: Rejection) -> Response:
        return respond_json(
            {"status": exc.status, "code": exc.code, "message": exc.message}, exc.status
        )

    def authenticate() -> None:
        missing = [h for h in ("Date", "Authorization") if not request.headers.get(h)]
        if missing:
            raise Rejection("missing_headers", names=", ".join(missing))
        raw = request.headers["Authorization"]
        pairs: dict[str, str] = {}
        for part in raw.split(","):
            m = _AUTH_PAIR.fullmatch(part)
            if not m:
                raise Rejection("authorization_invalid_headers")
            pairs[m.group(1).lower()] = m.group(2)  # apikey and apiKey alike
        need = [k for k in ("algorithm", "headers", "signature", "apikey") if k not in pairs]
        if need:
            raise Rejection("authorization_missing_params", names=", ".join(need))
        if pairs["algorithm"].lower() != "hmac-sha256":
            raise Rejection("hmac_required")
        if not hmac.compare_digest(pairs["apikey"], api_key):
            raise Rejection("invalid_api_key")
        date_text = request.headers["Date"]
        try:
            sent = parsedate_to_datetime(date_text)
        except (TypeError, ValueError):
            raise Rejection("date_header_diff") from None
        if sent.tzinfo is None:
            raise Rejection("date_header_diff")
        skew = datetime.fromtimestamp(clock(), UTC) - sent
        if skew > DATE_WINDOW or -skew > rules.future_window:
            raise Rejection("date_header_diff")
        if not hmac.compare_digest(pairs["signature"], sign(shared_key, date_text)):
            raise Rejection("signature_mismatch", status=rules.signature_mismatch_status)

    def params() -> dict[str, Any]:
        if request.method == "GET":
            return dict(request.args)
        if request.mimetype == "text/plain":
            return {}  # offline request files: the handler decodes the body itself
        try:
            data = json.loads(request.get_data() or b"{}")
        except ValueError:
            raise Rejection("invalid_json") from None
        if not isinstance(data, dict):
            raise Rejection("invalid_json")
        return data

    def endpoint(handler: Callable[[dict[str, Any]], Response]) -> Callable[[], Response]:
        def run() -> Response:
            try:
                authenticate()
                data = params()
                faults.wait()
                return handler(data)
            except Rejection as exc:
                return reject(exc)

        run.__name__ = handler.__name__
        return run

    def now() -> datetime:
        return datetime.fromtimestamp(clock(), UTC)

    # --- rules ----------------------------------------------------------------

    def find_license(
        db_: sqlite3.Connection, data: dict[str, Any], authenticate_user: bool = False
    ) -> tuple[sqlite3.Row, sqlite3.Row | None]:
        """The license (and license user) a request names.  Activation authenticates
        a license user with the password; check and deactivate name them only."""
        hardware_id = data.get("hardware_id")
        if not hardware_id:
            raise Rejection("missing_hardware_id")
        product_code = data.get("product")
        if not product_code:
            raise Rejection("missing_parameters", names="product")
        product = db_.execute("SELECT * FROM products WHERE code = ?", (product_code,)).fetchone()
        if product is None:
            raise Rejection("unknown_product")
        if product["authorization_method"] == "user":
            username = data.get("username")
            if not username:
                raise Rejection("missing_parameters", names="username")
            if authenticate_user and not data.get("password"):
                raise Rejection("missing_parameters", names="password")
            user = db_.execute(
                "SELECT u.* FROM users u JOIN licenses l ON l.id = u.license_id"
                " WHERE l.product = ? AND lower(u.email) = lower(?)",
                (product_code, username),
            ).fetchone()
            # Unknown user and wrong password alike: the seed's license_not_found.
            if user is None or (authenticate_user and data["password"] != user["password"]):
                raise Rejection("license_not_found")
            lic = db_.execute(
                "SELECT * FROM licenses WHERE id = ?", (user["license_id"],)
            ).fetchone()
            return lic, user
        key = data.get("license_key")
        if not key:
            raise Rejection("license_key_required")
        lic = db_.execute(
            "SELECT * FROM licenses WHERE product = ? AND license_key = ?", (product_code, key)
        ).fetchone()
        if lic is None:
            raise Rejection("license_not_found")
        return lic, None

    def active_device(
        db_: sqlite3.Connection, lic: sqlite3.Row, hardware_id: str
    ) -> sqlite3.Row | None:
        row: sqlite3.Row | None = db_.execute(
            "SELECT * FROM devices WHERE license_id = ? AND hardware_id = ? AND active = 1",
            (lic["id"], hardware_id),
        ).fetchone()
        return row

    def is_expired(lic: sqlite3.Row) -> bool:
        return bool(lic["validity_period"]) and parse_iso(lic["validity_period"]) < now()

    def activation_rules(
        db_: sqlite3.Connection, data: dict[str, Any], offline: bool
    ) -> tuple[sqlite3.Row, sqlite3.Row | None]:
        lic, user = find_license(db_, data, authenticate_user=True)
        hardware_id = str(data["hardware_id"])
        if not lic["enabled"]:
            raise Rejection("license_not_enabled")
        if offline and lic["is_floating_cloud"]:
            raise Rejection("offline_floating_cloud_not_supported")
        listed = db_.execute(
            "SELECT 1 FROM blacklist WHERE product = ? AND hardware_id = ?",
            (lic["product"], hardware_id),
        ).fetchone()
        if listed or lic["qa"] == "as_blacklisted":
            raise Rejection("blacklisted")
        if lic["start_date"] and date.fromisoformat(lic["start_date"][:10]) > now().date():
            raise Rejection("license_start_date_error", date=lic["start_date"][:10])
        if is_expired(lic):
            raise Rejection("license_expired")
        product = db_.execute(
            "SELECT prevent_vm FROM products WHERE code = ?", (lic["product"],)
        ).fetchone()
        if (lic["prevent_vm"] or product["prevent_vm"]) and (
            data.get("is_vm") is True or lic["qa"] == "as_vm"
        ):
            raise Rejection("vm_not_allowed")
        if lic["qa"] == "lost_response" and active_device(db_, lic, hardware_id) is None:
            insert_device(db_, lic, user, data)  # as if an earlier answer never arrived
            db_.commit()  # kept, although this request is answered with an error
        if active_device(db_, lic, hardware_id) is not None:
            raise Rejection("license_device_exists")
        if user is not None:
            used = db_.execute(
                "SELECT COUNT(*) FROM devices WHERE user_id = ? AND active = 1", (user["id"],)
            ).fetchone()[0]
            if used >= user["max_activations"]:
                raise Rejection("license_user_activated_max_times")
        if (
            not lic["allow_unlimited_activations"]
            and seats_used(db_, lic) >= lic["max_activations"]
        ):
            raise Rejection("license_activated_max_times")
        if lic["pending_transfer"]:
            if lic["max_transfers"] is not None and lic["transfer_count"] >= lic["max_transfers"]:
                raise Rejection("license_transferred_max_times")
            db_.execute(
                "UPDATE licenses SET transfer_count = transfer_count + 1,"
                " pending_transfer = 0 WHERE id = ?",
                (lic["id"],),
            )
        insert_device(db_, lic, user, data)
        return lic, user

    def seats_used(db_: sqlite3.Connection, lic: sqlite3.Row) -> int:
        return int(
            db_.execute(
                "SELECT COUNT(*) FROM devices WHERE license_id = ? AND active = 1", (lic["id"],)
            ).fetchone()[0]
        )

    def insert_device(
        db_: sqlite3.Connection, lic: sqlite3.Row, user: sqlite3.Row | None, data: dict[str, Any]
    ) -> None:
        recorded = {k: v for k, v in data.items() if k != "password"}
        db_.execute(
            "INSERT INTO devices (license_id, user_id, hardware_id, created_at, request)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                lic["id"],
                user["id"] if user else None,
                data["hardware_id"],
                iso(now()),
                json.dumps(recorded),
            ),
        )

    def license_json(
        db_: sqlite3.Connection,
        lic: sqlite3.Row,
        user: sqlite3.Row | None,
        hardware_id: str,
        check: bool = False,
    ) -> dict[str, Any]:
        lic = db_.execute("SELECT * FROM licenses WHERE id = ?", (lic["id"],)).fetchone()
        product = db_.execute("SELECT * FROM products WHERE code = ?", (lic["product"],)).fetchone()
        device = active_device(db_, lic, hardware_id)
        identity = user["email"] if user else lic["license_key"]
        first, _, last = (lic["customer_name"] or "").partition(" ")
        features: list[dict[str, Any]] = [
            {
                "id": i + 1,
                "code": code,
                "name": name,
                "feature_type": "activation",
                "expiry_date": None,
                "metadata": {},
            }
            for i, (code, _, name) in enumerate(
                f.partition(":") for f in (lic["features"] or "").split(",") if f
            )
        ]
        body: dict[str, Any] = {
            "id": lic["id"],
            "license_type": lic["license_type"],
            "hardware_id": hardware_id,
            "device_id": device["id"] if device else None,
            "validity_period": lic["validity_period"],
            "start_date": lic["start_date"],
            "is_trial": False,
            "is_expired": is_expired(lic),
            "active": True,
            "license_active": device is not None,
            "license_enabled": bool(lic["enabled"]),
            "prevent_vm": bool(lic["prevent_vm"]),
            "max_activations": lic["max_activations"],
            "times_activated": seats_used(db_, lic),
            "allow_unlimited_activations": bool(lic["allow_unlimited_activations"]),
            "transfer_count": lic["transfer_count"],
            "max_transfers": lic["max_transfers"] or 0,
            "is_floating_cloud": bool(lic["is_floating_cloud"]),
            "customer": {
                "email": lic["customer_email"],
                "first_name": first,
                "last_name": last,
                "company_name": None,
            },
            "product_details": {
                "product_id": 1,
                "product_name": product["name"],
                "short_code": product["code"],
                "authorization_method": product["authorization_method"],
            },
            "product_features": features,
            "custom_fields": [],
            "company": {"id": 1},
        }
        if user is not None:
            body["user"] = {
                "id": user["id"],
                "email": user["email"],
                "max_activations": user["max_activations"],
            }
        else:
            body["license_key"] = lic["license_key"]
        message = v1_message(hardware_id, identity, lic["validity_period"])
        body["license_signature"] = signer.sign(message)
        if check:
            body["is_borrowed"] = False
            body["borrowed_until"] = None
        return body

    # --- endpoints ------------------------------------------------------------

    def activate_license(data: dict[str, Any]) -> Response:
        with db.tx() as db_:
            lic, user = activation_rules(db_, data, offline=False)
            return respond_json(license_json(db_, lic, user, str(data["hardware_id"])))

    def check_license(data: dict[str, Any]) -> Response:
        with db.tx() as db_:
            lic, user = find_license(db_, data)
            if not lic["enabled"]:
                raise Rejection("license_not_enabled")
            if active_device(db_, lic, str(data["hardware_id"])) is None:
                raise Rejection("device_not_found")
            return respond_json(license_json(db_, lic, user, str(data["hardware_id"]), check=True))

    def deactivate_license(data: dict[str, Any]) -> Response:
        with db.tx() as db_:
            lic, _ = find_license(db_, data)
            device = active_device(db_, lic, str(data["hardware_id"]))
            if device is None:
                raise Rejection("device_not_found")
            db_.execute(
                "UPDATE devices SET active = 0, deactivated_at = ? WHERE id = ?",
                (iso(now()), device["id"]),
            )
            db_.execute("UPDATE licenses SET pending_transfer = 1 WHERE id = ?", (lic["id"],))
        return Response("license_deactivated", 200, {"Content-Type": "text/plain"})

    def activate_offline(_: dict[str, Any]) -> Response:
        # Body is base64(JSON) of the request file (license-api.md 1.2); only the
        # activation rules run here: offline files are a later feature of the wizard.
        try:
            raw = json.loads(base64.b64decode(request.get_data(), validate=True))
        except ValueError:
            raise Rejection("validation_error", detail="request file is not base64 JSON") from None
        data = raw.get("request", raw) if isinstance(raw, dict) else None
        if not isinstance(data, dict):
            raise Rejection("validation_error", detail="request must be a JSON object")
        with db.tx() as db_:
            lic, user = activation_rules(db_, data, offline=True)
            return respond_json(license_json(db_, lic, user, str(data["hardware_id"])))

    routes: list[tuple[str, str, Callable[[dict[str, Any]], Response]]] = [
        ("POST", "activate_license", activate_license),
        ("GET", "check_license", check_license),
        ("POST", "deactivate_license", deactivate_license),
        ("POST", "activate_offline", activate_offline),
    ]
    for method, path, handler in routes:
        app.add_url_rule(f"/api/v4/{path}", path, endpoint(handler), methods=[method])

    @app.get("/")
    def online() -> Response:
        # The real service's unauthenticated "online?" probe (license-api.md 1.1).
        return Response("ok", 200, {"Content-Type": "text/plain"})

    @app.errorhandler(404)
    def not_found(_: Exception) -> Response:
        return reject(Rejection("not_found"))

    @app.errorhandler(405)
    def wrong_method(_: Exception) -> Response:
        return reject(Rejection("not_found"))

    return app
