"""The sandbox License API: the rules of license-api.md over the state in ``db``.

Every request is authenticated as the real service does it (HMAC over the
``Date`` header, 15-minute window).  Every JSON response is built as exact
bytes, signed (``LicenseSignature`` header, RSA PKCS#1 v1.5 SHA-256) and sent
unchanged.
"""

from __future__ import annotations

import base64
import contextlib
import hmac
import html
import json
import re
import secrets
import socket
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import formatdate, parsedate_to_datetime
from typing import Any
from urllib.parse import urlencode

from activation_wizard.core.api.signing import sign
from activation_wizard.core.api.verify import v1_message
from activation_wizard.sandbox.db import Database
from activation_wizard.sandbox.faults import Fault, Faults, FaultSpecError
from activation_wizard.sandbox.passwords import hash_password, password_matches
from activation_wizard.sandbox.schema import iso, parse_iso
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from flask import Flask, Response, request

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
    "trial_not_allowed": (400, "Trial is not allowed for this product"),
    "email_missing": (400, "Email is required for a trial of a user-based product"),
    "change_password_not_allowed": (400, "Changing the password is not allowed"),
    "customer_not_found": (400, "Customer not found"),
    "customer_account_not_found": (400, "Customer account not found"),
    "missing_content": (400, "The request has no content"),
    "customer_account_id_mismatch": (400, "The token belongs to another customer account"),
    "invalid_product_auth_method": (400, "Invalid authorization method for this product"),
    "oauth_token_expired": (401, "The access token has expired"),
    "oauth_token_malformed": (401, "The access token is not valid"),
}


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


class Rejection(Exception):
    def __init__(self, code: str, status: int | None = None, **params: str) -> None:
        default_status, template = MESSAGES.get(code, (400, code.replace("_", " ")))
        super().__init__(code)
        self.code, self.message = code, template.format(**params)
        self.status = status or default_status


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

    @app.after_request
    def dated(response: Response) -> Response:
        # Every answer carries the sandbox's clock (clients read their offset from
        # it); an endpoint under a clock_skew fault has set its skewed one already.
        response.headers.setdefault("Date", formatdate(clock(), usegmt=True))
        return response

    def respond_json(payload: Any, status: int = 200) -> Response:
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
        signature = signer.sign(body)
        if faults.tamper:
            body = body.replace(b'"', b"'", 1)  # one byte changed after signing
        return Response(
            body, status, {"Content-Type": "application/json", "LicenseSignature": signature}
        )

    # --- faults QA switches on (app/sandbox/faults.py) ---------------------------

    def drop_connection() -> None:
        sock = request.environ.get("werkzeug.socket")
        if sock is not None:
            # The plain socket call: an SSL shutdown would try to talk first.
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def dropped() -> Response:
        drop_connection()
        return Response(b"", 200)  # never arrives: the socket is shut

    def before(active: dict[str, Fault]) -> Response | None:
        """Faults that strike before the request is handled (nothing is committed)."""
        if "latency" in active:
            faults.wait(active["latency"].seconds())
        if "drop_before" in active:
            return dropped()
        if "error_5xx" in active:
            status, _, retry = active["error_5xx"].value.partition(":")
            code = int(status or 500)
            body = json.dumps({"status": code, "code": "internal_error", "message": "Fault"})
            headers = {"Content-Type": "application/json"}
            if retry:
                headers["Retry-After"] = retry_after(retry)
            return Response(body, code, headers)
        if "rate_limit" in active:
            return Response(
                json.dumps({"status": 429, "code": "rate_limited", "message": "Too many"}),
                429,
                {
                    "Content-Type": "application/json",
                    "Retry-After": retry_after(active["rate_limit"].value or "30"),
                },
            )
        return None

    def retry_after(value: str) -> str:
        if value.startswith("date+"):  # an HTTP date, the other form RFC 9110 allows
            return formatdate(clock() + float(value[5:]), usegmt=True)
        return value

    def after(active: dict[str, Fault], response: Response) -> Response:
        """Faults that strike after the work is done (an activation is committed)."""
        if "latency_after" in active:
            faults.wait(active["latency_after"].seconds())
        if "drop_after" in active:
            return dropped()
        if "gateway_after" in active:
            status = int(active["gateway_after"].value or 502)
            page = f"<html><body><h1>{status} Bad Gateway</h1></body></html>"
            return Response(page, status, {"Content-Type": "text/html"})
        if "malformed_json" in active:
            body = b'{"id": 1, "license_type": '
            response.set_data(body)
            response.headers["LicenseSignature"] = signer.sign(body)
        if "bad_signature" in active:
            response.headers["LicenseSignature"] = signer.sign(b"another body")
        if "no_signature" in active:
            response.headers.pop("LicenseSignature", None)
        if "truncate" in active:
            body = response.get_data()

            def half_then_close() -> Iterator[bytes]:
                yield body[: len(body) // 2]
                drop_connection()

            cut = Response(half_then_close(), response.status_code, dict(response.headers))
            cut.headers["Content-Length"] = str(len(body))
            return cut
        return response

    def reject(exc: Rejection) -> Response:
        return respond_json(
            {"status": exc.status, "code": exc.code, "message": exc.message}, exc.status
        )

    client_id, client_secret = db.setting("client_id"), db.setting("client_secret")
    tokens: dict[str, float] = {}  # OAuth access token -> expiry (epoch seconds)

    def authenticate(skew: float = 0.0) -> None:
        missing = [h for h in ("Date", "Authorization") if not request.headers.get(h)]
        if missing:
            raise Rejection("missing_headers", names=", ".join(missing))
        raw = request.headers["Authorization"]
        if raw.startswith("Bearer "):
            check_date(request.headers["Date"], skew)
            expiry = tokens.get(raw[len("Bearer ") :].strip())
            if expiry is None:
                raise Rejection("oauth_token_malformed")
            if expiry <= clock():
                raise Rejection("oauth_token_expired")
            return
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
        check_date(date_text, skew)
        if not hmac.compare_digest(pairs["signature"], sign(shared_key, date_text)):
            raise Rejection("signature_mismatch", status=rules.signature_mismatch_status)

    def check_date(date_text: str, skew: float = 0.0) -> None:
        try:
            sent = parsedate_to_datetime(date_text)
        except (TypeError, ValueError):
            raise Rejection("date_header_diff") from None
        if sent.tzinfo is None:
            raise Rejection("date_header_diff")
        behind = datetime.fromtimestamp(clock() + skew, UTC) - sent
        if behind > DATE_WINDOW or -behind > rules.future_window:
            raise Rejection("date_header_diff")

    def params() -> dict[str, Any]:
        if request.method == "GET":
            return dict(request.args)
        if request.mimetype in ("text/plain", "multipart/form-data"):
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
            active = faults.take(handler.__name__)
            early = before(active)
            if early is not None:
                return early
            skew = active["clock_skew"].seconds() if "clock_skew" in active else 0.0
            try:
                authenticate(skew)
                data = params()
                faults.wait()
                response = handler(data)
            except Rejection as exc:
                response = reject(exc)
            response = after(active, response)
            # The server's clock as it sends it (clients read the offset from it): the
            # sandbox's own, skewed by the fault, not the web server's.
            response.headers["Date"] = formatdate(clock() + skew, usegmt=True)
            return response

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
        if data.get("code") or data.get("id_token"):
            if product["authorization_method"] != "user":
                raise Rejection("invalid_product_auth_method")
            user = redeem_sso(db_, data)
            return user_license(db_, product_code, user, data.get("license_id")), user
        if product["authorization_method"] == "user":
            if data.get("license_key") and not data.get("username"):
                raise Rejection("invalid_product_auth_method")
            username = data.get("username")
            if not username:
                raise Rejection("missing_parameters", names="username")
            if authenticate_user and not data.get("password"):
                raise Rejection("missing_parameters", names="password")
            user = db_.execute("SELECT * FROM users WHERE email = ?", (str(username),)).fetchone()
            if user is None:
                raise Rejection("license_not_found")
            if authenticate_user and not password_matches(
                str(data["password"]), user["password_hash"]
            ):
                raise Rejection(rules.wrong_password_code)
            return user_license(db_, product_code, user, data.get("license_id")), user
        if data.get("username") and not data.get("license_key"):
            raise Rejection("invalid_product_auth_method")
        key = data.get("license_key")
        if not key:
            raise Rejection("license_key_required")
        lic = db_.execute(
            "SELECT * FROM licenses WHERE product = ? AND license_key = ?", (product_code, key)
        ).fetchone()
        if lic is None:
            raise Rejection("license_not_found")
        return lic, None

    def redeem_sso(db_: sqlite3.Connection, data: dict[str, Any]) -> sqlite3.Row:
        """The user an SSO code (used once) or token (until it expires) stands for."""
        account = str(data.get("customer_account_code") or "")
        if not account:
            raise Rejection("missing_parameters", names="customer_account_code")
        if (
            db_.execute("SELECT 1 FROM customer_accounts WHERE code = ?", (account,)).fetchone()
            is None
        ):
            raise Rejection("customer_account_not_found")
        value = str(data.get("code") or data.get("id_token"))
        kind = "code" if data.get("code") else "token"
        grant = db_.execute(
            "SELECT * FROM sso_grants WHERE value = ? AND kind = ?", (value, kind)
        ).fetchone()
        if grant is None or grant["expires_at"] <= clock() or (kind == "code" and grant["used"]):
            raise Rejection("license_not_found")  # unknown, expired or used: no one signed in
        if grant["account"] != account:
            raise Rejection("customer_account_id_mismatch")
        if kind == "code":
            sent = data.get("redirect_uri")
            if sent is not None and sent != grant["redirect_uri"]:
                raise Rejection("validation_error", detail="redirect_uri does not match")
            db_.execute("UPDATE sso_grants SET used = 1 WHERE value = ?", (value,))
            db_.commit()  # used even if this request fails later, as a real IdP would
        user: sqlite3.Row = db_.execute(
            "SELECT * FROM users WHERE id = ?", (grant["user_id"],)
        ).fetchone()
        return user

    def user_license(
        db_: sqlite3.Connection, product_code: str, user: sqlite3.Row, license_id: Any
    ) -> sqlite3.Row:
        """The license ``license_id`` names, which must be this user's; without one, the
        user's first license that can be used (else their first)."""
        rows: list[sqlite3.Row] = db_.execute(
            "SELECT l.* FROM licenses l JOIN license_users lu ON lu.license_id = l.id"
            " WHERE lu.user_id = ? AND l.product = ? ORDER BY l.id",
            (user["id"], product_code),
        ).fetchall()
        if license_id is not None and license_id != "":
            try:
                wanted = int(license_id)
            except (TypeError, ValueError):
                raise Rejection("validation_error", detail="license_id must be a number") from None
            rows = [r for r in rows if r["id"] == wanted]
        if not rows:
            raise Rejection("license_not_found")  # none, or another user's license
        usable = [r for r in rows if r["enabled"] and not is_expired(r)]
        return (usable or rows)[0]

    def active_device(
        db_: sqlite3.Connection, lic: sqlite3.Row, hardware_id: str
    ) -> sqlite3.Row | None:
        row: sqlite3.Row | None = db_.execute(
            "SELECT * FROM devices WHERE license_id = ? AND hardware_id = ? AND active = 1",
            (lic["id"], hardware_id),
        ).fetchone()
        return row

    def blacklisted(db_: sqlite3.Connection, lic: sqlite3.Row, hardware_id: str) -> bool:
        listed = db_.execute(
            "SELECT 1 FROM blacklist WHERE product = ? AND hardware_id = ?",
            (lic["product"], hardware_id),
        ).fetchone()
        return listed is not None or lic["qa"] == "as_blacklisted"

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
        if blacklisted(db_, lic, hardware_id):
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
                "SELECT COUNT(*) FROM devices WHERE user_id = ? AND license_id = ? AND active = 1",
                (user["id"], lic["id"]),
            ).fetchone()[0]
            if used >= user_limit(db_, lic, user):
                raise Rejection("license_user_activated_max_times")
        if (
            not lic["allow_unlimited_activations"]
            and seats_used(db_, lic) >= lic["max_activations"]
        ):
            raise Rejection("license_activated_max_times")
        # A transfer: the first activation on another device after a deactivation
        # (license-api.md section 8); the same device coming back is not one.
        if lic["pending_transfer"] and lic["last_deactivated"] != hardware_id:
            if lic["max_transfers"] is not None and lic["transfer_count"] >= lic["max_transfers"]:
                raise Rejection("license_transferred_max_times")
            db_.execute(
                "UPDATE licenses SET transfer_count = transfer_count + 1 WHERE id = ?",
                (lic["id"],),
            )
        db_.execute("UPDATE licenses SET pending_transfer = 0 WHERE id = ?", (lic["id"],))
        insert_device(db_, lic, user, data)
        return lic, user

    def user_limit(db_: sqlite3.Connection, lic: sqlite3.Row, user: sqlite3.Row) -> int:
        row = db_.execute(
            "SELECT max_activations FROM license_users WHERE license_id = ? AND user_id = ?",
            (lic["id"], user["id"]),
        ).fetchone()
        return int(row[0]) if row else 0

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
        cur = db_.execute(
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
        if isinstance(data.get("variables"), dict):
            store_variables(db_, int(cur.lastrowid or 0), data["variables"])

    def store_variables(db_: sqlite3.Connection, device_id: int, variables: dict[str, Any]) -> None:
        for name, value in variables.items():
            if not isinstance(value, str | int | float | bool):
                raise Rejection("validation_error", detail=f"variable {name}: not a value")
            db_.execute(
                "INSERT OR REPLACE INTO variables VALUES (?, ?, ?, ?)",
                (device_id, str(name), json.dumps(value), int(clock() * 1000)),
            )

    def variables_json(db_: sqlite3.Connection, device_id: int | None) -> list[dict[str, Any]]:
        rows = db_.execute(
            "SELECT * FROM variables WHERE device_id = ? ORDER BY variable", (device_id,)
        ).fetchall()
        return [
            {
                "id": i + 1,
                "variable": r["variable"],
                "value": json.loads(r["value"]),
                "device_id": r["device_id"],
                "created_at": r["created_at"],
            }
            for i, r in enumerate(rows)
        ]

    def license_json(
        db_: sqlite3.Connection,
        lic: sqlite3.Row,
        user: sqlite3.Row | None,
        hardware_id: str,
        kind: str = "check",
    ) -> dict[str, Any]:
        """The license JSON of section 3.1 as ``kind`` answers it: an ``activation``
        says ``request`` and ``active`` (the official SDKs' recorded answers), a
        ``check`` (and user_licenses) ``license_active`` and ``license_enabled``, a
        license ``file`` (refresh) the latter and the hardware id."""
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
        unlimited = bool(lic["allow_unlimited_activations"])
        body: dict[str, Any] = {
            # Every field of license-api.md section 3.1, so any client written
            # against the docs finds what it reads.
            "id": lic["id"],
            "order_store_id": lic["order_store_id"],
            "license_type": lic["license_type"],
            "hardware_id": hardware_id,
            "device_id": device["id"] if device else None,
            "company": {"id": 1},
            "license_template_id": None,
            "request": "activation",
            "active": True,
            "license_active": device is not None,
            "license_enabled": bool(lic["enabled"]),
            "is_expired": is_expired(lic),
            "is_trial": bool(lic["is_trial"]),
            "trial_days": product["trial_days"] if lic["is_trial"] else None,
            "is_air_gapped": False,
            "is_hardware_key_auth": False,
            "allow_offline_activation": True,
            "prevent_vm": bool(lic["prevent_vm"]),
            "validity_period": lic["validity_period"],
            "start_date": lic["start_date"],
            "maintenance_period": None,
            "enable_maintenance_period": False,
            "allow_grace_period": False,
            "grace_period": None,
            "max_activations": lic["max_activations"],
            "times_activated": seats_used(db_, lic),
            "allow_unlimited_activations": unlimited,
            "transfer_count": lic["transfer_count"],
            "max_transfers": lic["max_transfers"] or 0,
            "max_license_users": 0 if user is None else license_user_count(db_, lic),
            "is_floating": False,
            "is_floating_cloud": bool(lic["is_floating_cloud"]),
            "floating_timeout": product["floating_timeout"],
            "floating_users": None,
            "floating_in_use": False,
            "can_borrow": False,
            "max_borrow_time": 0,
            "is_borrowed": False,
            "borrowed_until": None,
            "max_consumptions": 0,
            "total_consumptions": 0,
            "allow_unlimited_consumptions": False,
            "allow_negative_consumptions": False,
            "allow_overages": False,
            "max_overages": 0,
            "reset_consumption": False,
            "consumption_period": None,
            "customer": {
                "email": lic["customer_email"],
                "first_name": first,
                "last_name": last,
                "company_name": None,
                "reference": None,
                "phone": None,
                "city": None,
                "postcode": None,
                "state": None,
                "country": None,
                "address": None,
                "customer_account": customer_account_json(db_, lic["customer_account"]),
                "metadata": {},
                "metadata_string": "{}",
            },
            "product_details": {
                "product_id": 1 if product["code"] == lic["product"] else 2,
                "product_name": product["name"],
                "short_code": product["code"],
                "authorization_method": product["authorization_method"],
                "metadata": {},
                "metadata_string": "{}",
            },
            "product_features": features,
            "custom_fields": [],
            "metadata": {},
            "metadata_string": "{}",
            "variables": variables_json(db_, device["id"]) if device else [],
            "installation_file": None,
        }
        # The recorded answers of the official SDKs (license-api.md 9a): a check (and
        # user_licenses) leaves the hardware id out; license files keep it.
        drop = {
            "activation": ("license_active", "license_enabled"),
            "check": ("request", "active", "hardware_id"),
            "file": ("request", "active"),
        }[kind]
        for name in drop:
            del body[name]
        if user is not None:
            body["username"] = user["email"]
            body["user"] = {
                "id": user["id"],
                "email": user["email"],
                "first_name": user["first_name"],
                "last_name": user["last_name"],
                "phone_number": None,
                "is_initial_password": bool(user["is_initial_password"]),
                "max_activations": user_limit(db_, lic, user),
                "allow_unlimited_activations": False,
                "total_activations": db_.execute(
                    "SELECT COUNT(*) FROM devices WHERE user_id = ? AND license_id = ?"
                    " AND active = 1",
                    (user["id"], lic["id"]),
                ).fetchone()[0],
            }
        else:
            body["license_key"] = lic["license_key"]
        message = v1_message(hardware_id, identity, lic["validity_period"])
        body["license_signature"] = signer.sign(message)
        return body

    def customer_account_json(db_: sqlite3.Connection, code: str | None) -> dict[str, Any] | None:
        row = db_.execute(
            "SELECT rowid, code, name FROM customer_accounts WHERE code = ?", (code,)
        ).fetchone()
        return {"id": row["rowid"], "name": row["name"], "code": row["code"]} if row else None

    def license_user_count(db_: sqlite3.Connection, lic: sqlite3.Row) -> int:
        return int(
            db_.execute(
                "SELECT COUNT(*) FROM license_users WHERE license_id = ?", (lic["id"],)
            ).fetchone()[0]
        )

    # --- endpoints ------------------------------------------------------------

    def activate_license(data: dict[str, Any]) -> Response:
        with db.tx() as db_:
            lic, user = activation_rules(db_, data, offline=False)
            return respond_json(
                license_json(db_, lic, user, str(data["hardware_id"]), kind="activation")
            )

    def check_license(data: dict[str, Any]) -> Response:
        with db.tx() as db_:
            lic, user = find_license(db_, data)
            if not lic["enabled"]:
                raise Rejection("license_not_enabled")
            if blacklisted(db_, lic, str(data["hardware_id"])):
                raise Rejection("blacklisted")
            if active_device(db_, lic, str(data["hardware_id"])) is None:
                raise Rejection("device_not_found")
            return respond_json(license_json(db_, lic, user, str(data["hardware_id"])))

    def free_device(db_: sqlite3.Connection, data: dict[str, Any]) -> None:
        """Deactivate: the seat is free, and the next other device is a transfer."""
        lic, _ = find_license(db_, data)
        device = active_device(db_, lic, str(data["hardware_id"]))
        if device is None:
            raise Rejection("device_not_found")
        db_.execute(
            "UPDATE devices SET active = 0, deactivated_at = ? WHERE id = ?",
            (iso(now()), device["id"]),
        )
        db_.execute(
            "UPDATE licenses SET pending_transfer = 1, last_deactivated = ? WHERE id = ?",
            (str(data["hardware_id"]), lic["id"]),
        )

    def deactivate_license(data: dict[str, Any]) -> Response:
        with db.tx() as db_:
            free_device(db_, data)
        return Response("license_deactivated", 200, {"Content-Type": "text/plain"})

    # --- offline files (license-api.md 1.2, 2.3, 3.3) -----------------------------

    def offline_payload() -> dict[str, Any]:
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
        if inner is not raw and not outer_signature_ok(inner, str(raw.get("signature", ""))):
            raise Rejection("validation_error", detail="request signature does not match")
        if not inner_signature_ok(inner):
            raise Rejection("validation_error", detail="request signature does not match")
        try:
            sent = parsedate_to_datetime(str(inner.get("date"))).timestamp()
        except (TypeError, ValueError, IndexError):
            raise Rejection("validation_error", detail="request date is not valid") from None
        if sent > clock() + DATE_WINDOW.total_seconds():
            raise Rejection("validation_error", detail="request date is in the future")
        if clock() - sent > rules.offline_max_age:
            raise Rejection("validation_error", detail="request is too old; write a new one")
        return inner

    def offline_hmac(message: bytes) -> bytes:
        return hmac.new(shared_key.encode(), message, "sha256").digest()

    def outer_signature_ok(inner: dict[str, Any], signature: str) -> bool:
        # The canonical form is undocumented (section 9.1): accept the SDKs' forms,
        # Python's default json.dumps and compact JSON, as base64 or hex.
        for text in (json.dumps(inner), json.dumps(inner, separators=(",", ":"))):
            digest = offline_hmac(text.encode())
            for shown in (base64.b64encode(digest).decode(), digest.hex()):
                if hmac.compare_digest(shown, signature):
                    return True
        return False

    def inner_signature_ok(inner: dict[str, Any]) -> bool:
        who = str(inner.get("license_key") or inner.get("username") or "")
        message = (
            f"licenseSpring\ndate: {inner.get('date')}\n{who}\n{inner.get('hardware_id')}"
            f"\n{inner.get('api_key') or inner.get('client_id')}"
        )
        expected = base64.b64encode(offline_hmac(message.encode())).decode()
        return hmac.compare_digest(expected, str(inner.get("signature", "")))

    def offline_license(db_: sqlite3.Connection, inner: dict[str, Any]) -> dict[str, Any]:
        if inner.get("request") not in (None, "activation"):
            raise Rejection("validation_error", detail="not an activation request")
        try:
            lic, user = activation_rules(db_, inner, offline=True)
        except Rejection as exc:
            if exc.code != "license_device_exists":
                raise
            # The same request uploaded again (or another for an active device): its
            # license once more, no second seat, as an online retry would recover it.
            lic, user = find_license(db_, inner, authenticate_user=True)
        if not (lic["is_trial"] or lic["license_type"] in ("perpetual", "consumption")):
            db_.rollback()  # not kept: the seat was never the user's
            raise Rejection(
                "validation_error",
                detail="only trial, perpetual and consumption licenses can be activated offline",
            )
        body = license_json(db_, lic, user, str(inner["hardware_id"]), kind="activation")
        body["request_id"] = inner.get("request_id")
        offline_file_signatures(
            body, str(inner.get("api_key") or inner.get("client_id")), refresh=False
        )
        return body

    def offline_file_signatures(body: dict[str, Any], key_id: str, *, refresh: bool) -> None:
        """``date``, ``offline_signature`` (HMAC like the request's) and
        ``license_signature_v2`` (RSA over the compact JSON without the signature
        fields: both for an activation file, only v2 for a refresh file; 3.3)."""
        date = formatdate(clock(), usegmt=True)
        who = str(body.get("license_key") or body.get("username") or "")
        body["date"] = date
        message = f"licenseSpring\ndate: {date}\n{who}\n{body['hardware_id']}\n{key_id}"
        body["offline_signature"] = base64.b64encode(offline_hmac(message.encode())).decode()
        drop = () if refresh else ("license_signature",)
        signed = json.dumps(
            {k: v for k, v in body.items() if k not in drop},
            separators=(",", ":"),
            ensure_ascii=False,
        ).encode()
        body["license_signature_v2"] = signer.sign(signed)

    def refresh_file(db_: sqlite3.Connection, data: dict[str, Any]) -> dict[str, Any]:
        """A license_refresh.lic for a device activated (offline) on a license: the
        license as it stands now, for that device (the vendor's portal download)."""
        lic, user = find_license(db_, data)
        if active_device(db_, lic, str(data["hardware_id"])) is None:
            raise Rejection("device_not_found")
        body = license_json(db_, lic, user, str(data["hardware_id"]), kind="file")
        offline_file_signatures(body, api_key, refresh=True)
        return body

    def offline_deactivate(db_: sqlite3.Connection, inner: dict[str, Any]) -> None:
        if inner.get("request") != "deactivation":
            raise Rejection("validation_error", detail="not a deactivation request")
        free_device(db_, inner)

    def activate_offline(_: dict[str, Any]) -> Response:
        inner = offline_payload()
        with db.tx() as db_:
            return respond_json(offline_license(db_, inner))

    def deactivate_offline(_: dict[str, Any]) -> Response:
        inner = offline_payload()
        with db.tx() as db_:
            offline_deactivate(db_, inner)
        return Response("license_deactivated", 200, {"Content-Type": "text/plain"})

    def product_of(db_: sqlite3.Connection, data: dict[str, Any]) -> sqlite3.Row:
        code = data.get("product")
        if not code:
            raise Rejection("missing_parameters", names="product")
        row = db_.execute("SELECT * FROM products WHERE code = ?", (str(code),)).fetchone()
        if row is None:
            raise Rejection("unknown_product")
        return row  # type: ignore[no-any-return]

    def product_details(data: dict[str, Any]) -> Response:
        with db.tx() as db_:
            p = product_of(db_, data)
            return respond_json(
                {
                    "product_id": 1 if p["code"] == "sandbox-demo" else 2,
                    "product_name": p["name"],
                    "short_code": p["code"],
                    "authorization_method": p["authorization_method"],
                    "allow_trial": bool(p["allow_trial"]),
                    "trial_days": p["trial_days"],
                    "floating_timeout": p["floating_timeout"],
                    "allow_overages": False,
                    "max_overages": 0,
                    "prevent_vm": bool(p["prevent_vm"]),
                    "metadata": {},
                    "company": {"id": 1},
                }
            )

    def user_licenses(data: dict[str, Any]) -> Response:
        with db.tx() as db_:
            p = product_of(db_, data)
            if p["authorization_method"] != "user":
                raise Rejection("invalid_product_auth_method")
            _, user = find_license(db_, {**data, "hardware_id": "-"}, authenticate_user=True)
            assert user is not None
            rows = db_.execute(
                "SELECT l.* FROM licenses l JOIN license_users lu ON lu.license_id = l.id"
                " WHERE lu.user_id = ? AND l.product = ? ORDER BY l.id",
                (user["id"], p["code"]),
            ).fetchall()
            hardware_id = str(data.get("hardware_id") or "")
            out = []
            for lic in rows:
                body = license_json(db_, lic, user, hardware_id)
                out.append({"license": body, "user": body["user"]})
            return respond_json(out)

    def customer_license_users(data: dict[str, Any]) -> Response:
        with db.tx() as db_:
            p = product_of(db_, data)
            customer = str(data.get("customer") or "")
            if not customer:
                raise Rejection("missing_parameters", names="customer")
            rows = db_.execute(
                "SELECT DISTINCT u.* FROM users u JOIN license_users lu ON lu.user_id = u.id"
                " JOIN licenses l ON l.id = lu.license_id"
                " WHERE l.product = ? AND lower(l.customer_email) = lower(?) ORDER BY u.id",
                (p["code"], customer),
            ).fetchall()
            if not rows:
                raise Rejection("customer_not_found")
            users = [
                {
                    "id": u["id"],
                    "email": u["email"],
                    "first_name": u["first_name"],
                    "last_name": u["last_name"],
                    "is_initial_password": bool(u["is_initial_password"]),
                }
                for u in rows
            ]
            return respond_json({"customer": {"email": customer}, "users": users})

    def trial_key(data: dict[str, Any]) -> Response:
        with db.tx() as db_:
            p = product_of(db_, data)
            hardware_id = str(data.get("hardware_id") or "")
            if not hardware_id:
                raise Rejection("missing_hardware_id")
            if not p["allow_trial"]:
                raise Rejection("trial_not_allowed")
            user_based = p["authorization_method"] == "user"
            email = str(data.get("email") or "").strip()
            if user_based and not email:
                raise Rejection("email_missing")
            if user_based and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
                raise Rejection("validation_error", detail="email is not valid")
            user = (
                db_.execute("SELECT * FROM users WHERE email = ?", (email,)).fetchone()
                if user_based
                else None
            )
            user_id = user["id"] if user is not None else (-1 if user_based else None)
            existing = db_.execute(
                "SELECT l.* FROM licenses l WHERE l.product = ? AND l.is_trial = 1"
                " AND l.trial_hardware_id = ? AND (? IS NULL OR EXISTS (SELECT 1 FROM"
                " license_users lu WHERE lu.license_id = l.id AND lu.user_id = ?))",
                (p["code"], hardware_id, user_id, user_id),
            ).fetchone()
            if existing is not None:  # the same trial again, as documented
                out: dict[str, Any] = {"license_type": existing["license_type"], "is_trial": True}
                if user is not None:
                    out["license_user"] = user["email"]
                else:
                    out["license"] = existing["license_key"]
                return respond_json(out)
            until = iso(now() + timedelta(days=p["trial_days"]))
            key = (
                None
                if user_based
                else "-".join(["TRIA"] + [secrets.token_hex(2).upper() for _ in range(3)])
            )
            cur = db_.execute(
                "INSERT INTO licenses (product, license_key, license_type, validity_period,"
                " max_activations, is_trial, trial_hardware_id, customer_email, customer_name)"
                " VALUES (?, ?, 'time-limited', ?, 1, 1, ?, ?, ?)",
                (
                    p["code"],
                    key,
                    until,
                    hardware_id,
                    email or None,
                    " ".join(str(data.get(f) or "") for f in ("first_name", "last_name")).strip(),
                ),
            )
            lic = db_.execute("SELECT * FROM licenses WHERE id = ?", (cur.lastrowid,)).fetchone()
            password = None
            if user_based:
                if user is None:
                    password = str(data.get("password") or secrets.token_urlsafe(9))
                    db_.execute(
                        "INSERT INTO users (email, password_hash, is_initial_password,"
                        " first_name, last_name) VALUES (?, ?, 1, ?, ?)",
                        (
                            email,
                            hash_password(password),
                            data.get("first_name"),
                            data.get("last_name"),
                        ),
                    )
                    user = db_.execute("SELECT * FROM users WHERE email = ?", (email,)).fetchone()
                db_.execute("INSERT INTO license_users VALUES (?, ?, 1)", (lic["id"], user["id"]))
            return respond_json(new_trial_json(db_, lic, user, password))

    def new_trial_json(
        db_: sqlite3.Connection, lic: sqlite3.Row, user: sqlite3.Row | None, password: str | None
    ) -> dict[str, Any]:
        """A new trial as the real service answers it (the official SDKs' recorded
        answers): the license record, not the license JSON of an activation; its key
        twice (``license_key``, ``license``) or its user as an e-mail."""
        product = db_.execute("SELECT * FROM products WHERE code = ?", (lic["product"],)).fetchone()
        created = int(clock() * 1000)
        body: dict[str, Any] = {
            "id": lic["id"],
            "order_id": lic["id"],
            "product_id": 1 if product["code"] == "sandbox-demo" else 2,
            "created_at": created,
            "updated_at": created,
            "times_activated": 0,
            "is_trial": True,
            "active": False,
            "enabled": True,
            "is_floating": False,
            "max_activations": lic["max_activations"],
            "trial_days": product["trial_days"],
            "license_type": lic["license_type"],
            "max_transfers": lic["max_transfers"] or 0,
            "prevent_vm": bool(lic["prevent_vm"]),
            "enable_maintenance_period": False,
            "maintenance_duration": None,
            "metadata": {},
            "is_hardware_key_auth": False,
            "company": {"id": 1},
            "LicenseProductFeatures": [],
            "LicenseCustomFields": [],
            "allow_overages": False,
            "max_overages": 0,
            "max_consumptions": 0,
            "valid_duration": None,
            "consumption_period": None,
            "reset_consumption": False,
        }
        if user is None:
            body["license_key"] = body["license"] = lic["license_key"]
        else:
            body["license_user_id"] = user["id"]
            body["max_license_users"] = 1
            body["license_user"] = user["email"]
            if password is not None:
                body["initial_password"] = password
        return body

    def change_password(data: dict[str, Any]) -> Response:
        missing = [k for k in ("username", "password", "new_password") if not data.get(k)]
        if missing:
            raise Rejection("missing_parameters", names=", ".join(missing))
        with db.tx() as db_:
            user = db_.execute(
                "SELECT * FROM users WHERE email = ?", (str(data["username"]),)
            ).fetchone()
            if user is None or not password_matches(str(data["password"]), user["password_hash"]):
                raise Rejection(rules.wrong_password_code)
            if len(str(data["new_password"])) < 8:
                raise Rejection("validation_error", detail="the new password is too short")
            db_.execute(
                "UPDATE users SET password_hash = ?, is_initial_password = 0,"
                " demo_password = CASE WHEN demo_password IS NULL THEN NULL ELSE ? END"
                " WHERE id = ?",
                (hash_password(str(data["new_password"])), str(data["new_password"]), user["id"]),
            )
        return Response("password_changed", 200, {"Content-Type": "text/plain"})

    def device_of(db_: sqlite3.Connection, data: dict[str, Any]) -> sqlite3.Row:
        lic, _ = find_license(db_, data)
        if not lic["enabled"]:
            raise Rejection("license_not_enabled")
        if blacklisted(db_, lic, str(data["hardware_id"])):
            raise Rejection("blacklisted")
        device = active_device(db_, lic, str(data["hardware_id"]))
        if device is None:
            raise Rejection("device_not_found")
        return device

    def track_device_variables(data: dict[str, Any]) -> Response:
        variables = data.get("variables")
        if not isinstance(variables, dict):
            raise Rejection("missing_parameters", names="variables")
        with db.tx() as db_:
            device = device_of(db_, data)
            store_variables(db_, device["id"], variables)
            rows = variables_json(db_, device["id"])
            return respond_json([{k: v for k, v in r.items() if k != "id"} for r in rows])

    def get_device_variables(data: dict[str, Any]) -> Response:
        with db.tx() as db_:
            return respond_json(variables_json(db_, device_of(db_, data)["id"]))

    def sso_url(data: dict[str, Any]) -> Response:
        with db.tx() as db_:
            p = product_of(db_, data)
            account = str(data.get("customer_account_code") or "")
            if not account:
                raise Rejection("authorization_missing_params", names="customer_account_code")
            if p["authorization_method"] != "user":
                raise Rejection("invalid_product_auth_method")
            known = db_.execute(
                "SELECT 1 FROM customer_accounts WHERE code = ?", (account,)
            ).fetchone()
            if known is None:
                raise Rejection("customer_account_not_found")
        query = {
            "account": account,
            "response_type": "token" if data.get("response_type") == "token" else "code",
            "redirect_uri": str(data.get("redirect_uri") or "http://localhost"),
        }
        base = request.host_url.rstrip("/")
        return respond_json(
            {
                "url": f"{base}/sso/auth?{urlencode(query)}",
                "openid_configuration": {
                    "issuer": f"{base}/sso",
                    "token_endpoint": f"{base}/oauth/token",
                    "end_session_endpoint": f"{base}/sso/logout",
                },
                "alternate_urls": [],
            }
        )

    routes: list[tuple[str, str, Callable[[dict[str, Any]], Response]]] = [
        ("GET", "sso_url", sso_url),
        ("POST", "activate_license", activate_license),
        ("GET", "check_license", check_license),
        ("POST", "deactivate_license", deactivate_license),
        ("POST", "activate_offline", activate_offline),
        ("POST", "deactivate_offline", deactivate_offline),
        ("GET", "product_details", product_details),
        ("GET", "user_licenses", user_licenses),
        ("GET", "customer_license_users", customer_license_users),
        ("GET", "trial_key", trial_key),
        ("POST", "change_password", change_password),
        ("POST", "track_device_variables", track_device_variables),
        ("GET", "get_device_variables", get_device_variables),
    ]
    for method, path, handler in routes:
        app.add_url_rule(f"/api/v4/{path}", path, endpoint(handler), methods=[method])

    @app.get("/api/v4/oauth_url")
    def oauth_url() -> Response:
        # Token-endpoint discovery, sent without auth by the Python SDK (section 2.2).
        url = request.host_url + "oauth/token"
        return respond_json({"url": url, "login_type": "client_credentials"})

    @app.post("/oauth/token")
    def oauth_token() -> Response:
        # Keycloak-style: form fields in, {error, error_description} on failure.
        form = request.form
        if form.get("grant_type") != "client_credentials":
            return Response(
                json.dumps({"error": "unsupported_grant_type"}),
                400,
                {"Content-Type": "application/json"},
            )
        good = hmac.compare_digest(form.get("client_id", ""), client_id) and hmac.compare_digest(
            form.get("client_secret", ""), client_secret
        )
        if not good:
            return Response(
                json.dumps(
                    {
                        "error": "invalid_client",
                        "error_description": "Invalid client or Invalid client credentials",
                    }
                ),
                401,
                {"Content-Type": "application/json"},
            )
        token = secrets.token_urlsafe(32)
        tokens[token] = clock() + rules.token_lifetime
        payload = {
            "access_token": token,
            "expires_in": int(rules.token_lifetime),
            "refresh_expires_in": 0,
            "token_type": "Bearer",
            "not-before-policy": 0,
            "scope": "profile email",
        }
        return Response(json.dumps(payload), 200, {"Content-Type": "application/json"})

    app.extensions["sandbox"]["tokens"] = tokens

    @app.route("/_admin/faults", methods=["GET", "POST", "DELETE"])
    def admin_faults() -> Response:
        # QA's switchboard, for this machine only (the sandbox binds 127.0.0.1 anyway).
        if request.remote_addr not in ("127.0.0.1", "::1"):
            return reject(Rejection("not_found"))
        if request.method == "POST":
            try:
                faults.add(Fault.from_json(request.get_json(silent=True)))
            except FaultSpecError as exc:
                return Response(
                    json.dumps({"error": str(exc)}), 400, {"Content-Type": "application/json"}
                )
        elif request.method == "DELETE":
            faults.clear()
        return Response(json.dumps(faults.as_json()), 200, {"Content-Type": "application/json"})

    @app.route("/offline", methods=["GET", "POST"])
    def offline_portal() -> Response:
        # The vendor's offline portal, as customers use it from another computer:
        # upload the .req, get the .lic back (or the deactivation confirmed).
        page = (
            '<!doctype html><meta charset="utf-8"><title>Offline portal</title>'
            '<body style="font-family:sans-serif;margin:3em"><h1>Offline activation</h1>{msg}'
            '<form method="post" enctype="multipart/form-data">'
            '<p><label>Request file: <input type="file" name="file" id="file"></label></p>'
            '<p><button id="upload" type="submit">Upload</button></p></form>'
            "<h2>Refresh file</h2><p>For a computer activated offline: the license as it "
            "stands now, to load on that computer.</p>"
            '<form method="post"><input type="hidden" name="action" value="refresh">'
            '<p><label>License key or user e-mail: <input name="license" id="license"></label>'
            '</p><p><label>Hardware ID: <input name="hardware_id" id="hardware_id"></label></p>'
            '<p><label>Product: <input name="product" id="product"></label></p>'
            '<p><button id="refresh" type="submit">Download refresh file</button></p></form>'
        )
        if request.method == "GET":
            return Response(page.format(msg=""), 200, {"Content-Type": "text/html"})
        name = "activation.lic"
        try:
            if request.form.get("action") == "refresh":
                who = request.form.get("license", "").strip()
                data = {
                    "product": request.form.get("product", "").strip() or default_product(),
                    "hardware_id": request.form.get("hardware_id", "").strip(),
                    ("username" if "@" in who else "license_key"): who,
                }
                with db.tx() as db_:
                    body = refresh_file(db_, data)
                name = "license_refresh.lic"
            else:
                uploaded = portal_upload(page)
                if isinstance(uploaded, Response):
                    return uploaded
                body = uploaded
        except Rejection as exc:
            msg = f"<p id='error'>{html.escape(exc.code)}: {html.escape(exc.message)}</p>"
            return Response(page.format(msg=msg), exc.status, {"Content-Type": "text/html"})
        lic = base64.b64encode(json.dumps(body, ensure_ascii=False).encode())
        return Response(
            lic,
            200,
            {
                "Content-Type": "application/octet-stream",
                "Content-Disposition": f"attachment; filename={name}",
            },
        )

    def default_product() -> str:
        with db.tx() as db_:
            row = db_.execute("SELECT code FROM products ORDER BY rowid LIMIT 1").fetchone()
        return str(row["code"]) if row else ""

    def portal_upload(page: str) -> dict[str, Any] | Response:
        """An uploaded request file: its license file, or the deactivation confirmed."""
        inner = offline_payload()
        with db.tx() as db_:
            if inner.get("request") == "deactivation":
                offline_deactivate(db_, inner)
                done = "<p id='result'>The device was deactivated; its seat is free.</p>"
                return Response(page.format(msg=done), 200, {"Content-Type": "text/html"})
            return offline_license(db_, inner)

    idp_sessions: dict[str, int] = {}  # the IdP's login cookie -> user id

    @app.get("/sso/auth")
    def sso_login_page() -> Response:
        # The sandbox's identity provider: a login form listing the account's users.
        args = request.args
        account = args.get("account", "")
        with db.tx() as db_:
            users = db_.execute(
                "SELECT id, email FROM users WHERE customer_account = ? ORDER BY id", (account,)
            ).fetchall()
        if not users:
            return Response("Unknown organisation", 404, {"Content-Type": "text/plain"})
        known = idp_sessions.get(request.cookies.get("sandbox_idp", ""))
        if known is not None and args.get("prompt") != "login":
            return sso_redirect(known, account, args)  # signed in already: straight back
        fields = "".join(
            f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
            for k, v in args.items()
        )
        options = "".join(
            f'<label><input type="radio" name="user" value="{u["id"]}"'
            f"{' checked' if i == 0 else ''}> {html.escape(u['email'])}</label><br>"
            for i, u in enumerate(users)
        )
        page = (
            '<!doctype html><meta charset="utf-8"><title>Sandbox sign-in</title>'
            '<body style="font-family:sans-serif;margin:3em">'
            f"<h1>Sign in to {html.escape(account)}</h1>"
            "<p>The sandbox identity provider: pick a demo user.</p>"
            f'<form method="post" action="/sso/auth">{fields}{options}'
            '<p><button id="signin" type="submit">Sign in</button> '
            '<button id="deny" type="submit" name="deny" value="1">Cancel</button></p>'
            "</form>"
        )
        return Response(page, 200, {"Content-Type": "text/html; charset=utf-8"})

    @app.post("/sso/auth")
    def sso_login_submit() -> Response:
        form = request.form
        account = form.get("account", "")
        if form.get("deny"):
            return redirect_to(
                form,
                {"error": "access_denied", "error_description": "The user cancelled the sign-in"},
            )
        try:
            user_id = int(form.get("user", ""))
        except ValueError:
            return Response("Pick a user", 400, {"Content-Type": "text/plain"})
        with db.tx() as db_:
            row = db_.execute(
                "SELECT 1 FROM users WHERE id = ? AND customer_account = ?", (user_id, account)
            ).fetchone()
        if row is None:
            return Response("Unknown user", 400, {"Content-Type": "text/plain"})
        session = secrets.token_urlsafe(16)
        idp_sessions[session] = user_id
        response = sso_redirect(user_id, account, form)
        response.set_cookie("sandbox_idp", session, httponly=True, samesite="Lax")
        return response

    def sso_redirect(user_id: int, account: str, args: Any) -> Response:
        token_grant = args.get("response_type") == "token"
        value = secrets.token_urlsafe(24)
        lifetime = rules.sso_token_lifetime if token_grant else rules.sso_code_lifetime
        with db.tx() as db_:
            db_.execute(
                "INSERT INTO sso_grants (value, kind, user_id, account, redirect_uri, expires_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    value,
                    "token" if token_grant else "code",
                    user_id,
                    account,
                    args.get("redirect_uri", ""),
                    clock() + lifetime,
                ),
            )
        if token_grant:
            answer = {
                "access_token": value,
                "id_token": value,
                "token_type": "Bearer",
                "expires_in": str(int(lifetime)),
            }
        else:
            answer = {"code": value}
        return redirect_to(args, answer, fragment=token_grant)

    def redirect_to(args: Any, answer: dict[str, str], fragment: bool = False) -> Response:
        target = args.get("redirect_uri", "http://localhost")
        if args.get("state"):
            answer = {**answer, "state": args["state"]}
        sep = "#" if fragment else ("&" if "?" in target else "?")
        return Response("", 302, {"Location": f"{target}{sep}{urlencode(answer)}"})

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
