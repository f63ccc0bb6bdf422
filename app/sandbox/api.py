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
from datetime import UTC, datetime, timedelta
from email.utils import formatdate, parsedate_to_datetime
from typing import Any
from urllib.parse import urlencode

from activation_wizard.core.api.signing import sign
from activation_wizard.sandbox.context import DATE_WINDOW, Context, Rules, Signer
from activation_wizard.sandbox.db import Database
from activation_wizard.sandbox.faults import Fault, Faults, FaultSpecError
from activation_wizard.sandbox.license_json import license_json, variables_json
from activation_wizard.sandbox.license_rules import (
    activation_rules,
    active_device,
    blacklisted,
    find_license,
    free_device,
    product_of,
    store_variables,
)
from activation_wizard.sandbox.offline_files import (
    offline_deactivate,
    offline_license,
    offline_payload,
    refresh_file,
)
from activation_wizard.sandbox.passwords import hash_password, password_matches
from activation_wizard.sandbox.rejections import Rejection
from activation_wizard.sandbox.schema import iso
from flask import Flask, Response, request

_AUTH_PAIR = re.compile(r'\s*([A-Za-z]+)\s*=\s*"([^"]*)"\s*')

# Rules and Signer are made by the server, the CLI and tests through this module.
__all__ = ["Rules", "Signer", "create_app"]


def create_app(
    db: Database,
    signer: Signer,
    *,
    clock: Callable[[], float] = time.time,
    faults: Faults | None = None,
    rules: Rules | None = None,
) -> Flask:
    app = Flask("sandbox")
    ctx = Context(
        db=db,
        signer=signer,
        clock=clock,
        faults=faults or Faults(),
        rules=rules or Rules(),
        api_key=db.setting("api_key"),
        shared_key=db.setting("shared_key"),
        client_id=db.setting("client_id"),
        client_secret=db.setting("client_secret"),
    )
    app.extensions["sandbox"] = {"db": db, "faults": ctx.faults, "tokens": ctx.tokens}

    @app.after_request
    def dated(response: Response) -> Response:
        # Every answer carries the sandbox's clock (clients read their offset from
        # it); an endpoint under a clock_skew fault has set its skewed one already.
        response.headers.setdefault("Date", formatdate(ctx.clock(), usegmt=True))
        return response

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
            ctx.faults.wait(active["latency"].seconds())
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
            return formatdate(ctx.clock() + float(value[5:]), usegmt=True)
        return value

    def after(active: dict[str, Fault], response: Response) -> Response:
        """Faults that strike after the work is done (an activation is committed)."""
        if "latency_after" in active:
            ctx.faults.wait(active["latency_after"].seconds())
        if "drop_after" in active:
            return dropped()
        if "gateway_after" in active:
            status = int(active["gateway_after"].value or 502)
            page = f"<html><body><h1>{status} Bad Gateway</h1></body></html>"
            return Response(page, status, {"Content-Type": "text/html"})
        if "malformed_json" in active:
            body = b'{"id": 1, "license_type": '
            response.set_data(body)
            response.headers["LicenseSignature"] = ctx.signer.sign(body)
        if "bad_signature" in active:
            response.headers["LicenseSignature"] = ctx.signer.sign(b"another body")
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

    def authenticate(skew: float = 0.0) -> None:
        missing = [h for h in ("Date", "Authorization") if not request.headers.get(h)]
        if missing:
            raise Rejection("missing_headers", names=", ".join(missing))
        raw = request.headers["Authorization"]
        if raw.startswith("Bearer "):
            check_date(request.headers["Date"], skew)
            expiry = ctx.tokens.get(raw[len("Bearer ") :].strip())
            if expiry is None:
                raise Rejection("oauth_token_malformed")
            if expiry <= ctx.clock():
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
        if not hmac.compare_digest(pairs["apikey"], ctx.api_key):
            raise Rejection("invalid_api_key")
        date_text = request.headers["Date"]
        check_date(date_text, skew)
        if not hmac.compare_digest(pairs["signature"], sign(ctx.shared_key, date_text)):
            raise Rejection("signature_mismatch", status=ctx.rules.signature_mismatch_status)

    def check_date(date_text: str, skew: float = 0.0) -> None:
        try:
            sent = parsedate_to_datetime(date_text)
        except (TypeError, ValueError):
            raise Rejection("date_header_diff") from None
        if sent.tzinfo is None:
            raise Rejection("date_header_diff")
        behind = datetime.fromtimestamp(ctx.clock() + skew, UTC) - sent
        if behind > DATE_WINDOW or -behind > ctx.rules.future_window:
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
            active = ctx.faults.take(handler.__name__)
            early = before(active)
            if early is not None:
                return early
            skew = active["clock_skew"].seconds() if "clock_skew" in active else 0.0
            try:
                authenticate(skew)
                data = params()
                ctx.faults.wait()
                response = handler(data)
            except Rejection as exc:
                response = ctx.reject(exc)
            response = after(active, response)
            # The server's clock as it sends it (clients read the offset from it): the
            # sandbox's own, skewed by the fault, not the web server's.
            response.headers["Date"] = formatdate(ctx.clock() + skew, usegmt=True)
            return response

        run.__name__ = handler.__name__
        return run

    # --- endpoints ------------------------------------------------------------

    def activate_license(data: dict[str, Any]) -> Response:
        with ctx.db.tx() as db:
            lic, user = activation_rules(ctx, db, data, offline=False)
            return ctx.respond_json(
                license_json(ctx, db, lic, user, str(data["hardware_id"]), kind="activation")
            )

    def check_license(data: dict[str, Any]) -> Response:
        with ctx.db.tx() as db:
            lic, user = find_license(ctx, db, data)
            if not lic["enabled"]:
                raise Rejection("license_not_enabled")
            if blacklisted(db, lic, str(data["hardware_id"])):
                raise Rejection("blacklisted")
            if active_device(db, lic, str(data["hardware_id"])) is None:
                raise Rejection("device_not_found")
            return ctx.respond_json(license_json(ctx, db, lic, user, str(data["hardware_id"])))

    def deactivate_license(data: dict[str, Any]) -> Response:
        with ctx.db.tx() as db:
            free_device(ctx, db, data)
        return Response("license_deactivated", 200, {"Content-Type": "text/plain"})

    def activate_offline(_: dict[str, Any]) -> Response:
        inner = offline_payload(ctx)
        with ctx.db.tx() as db:
            return ctx.respond_json(offline_license(ctx, db, inner))

    def deactivate_offline(_: dict[str, Any]) -> Response:
        inner = offline_payload(ctx)
        with ctx.db.tx() as db:
            offline_deactivate(ctx, db, inner)
        return Response("license_deactivated", 200, {"Content-Type": "text/plain"})

    def product_details(data: dict[str, Any]) -> Response:
        with ctx.db.tx() as db:
            p = product_of(db, data)
            return ctx.respond_json(
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
        with ctx.db.tx() as db:
            p = product_of(db, data)
            if p["authorization_method"] != "user":
                raise Rejection("invalid_product_auth_method")
            _, user = find_license(ctx, db, {**data, "hardware_id": "-"}, authenticate_user=True)
            assert user is not None
            rows = db.execute(
                "SELECT l.* FROM licenses l JOIN license_users lu ON lu.license_id = l.id"
                " WHERE lu.user_id = ? AND l.product = ? ORDER BY l.id",
                (user["id"], p["code"]),
            ).fetchall()
            hardware_id = str(data.get("hardware_id") or "")
            out = []
            for lic in rows:
                body = license_json(ctx, db, lic, user, hardware_id)
                out.append({"license": body, "user": body["user"]})
            return ctx.respond_json(out)

    def customer_license_users(data: dict[str, Any]) -> Response:
        with ctx.db.tx() as db:
            p = product_of(db, data)
            customer = str(data.get("customer") or "")
            if not customer:
                raise Rejection("missing_parameters", names="customer")
            rows = db.execute(
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
            return ctx.respond_json({"customer": {"email": customer}, "users": users})

    def trial_key(data: dict[str, Any]) -> Response:
        with ctx.db.tx() as db:
            p = product_of(db, data)
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
                db.execute("SELECT * FROM users WHERE email = ?", (email,)).fetchone()
                if user_based
                else None
            )
            user_id = user["id"] if user is not None else (-1 if user_based else None)
            existing = db.execute(
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
                return ctx.respond_json(out)
            until = iso(ctx.now() + timedelta(days=p["trial_days"]))
            key = (
                None
                if user_based
                else "-".join(["TRIA"] + [secrets.token_hex(2).upper() for _ in range(3)])
            )
            cur = db.execute(
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
            lic = db.execute("SELECT * FROM licenses WHERE id = ?", (cur.lastrowid,)).fetchone()
            password = None
            if user_based:
                if user is None:
                    password = str(data.get("password") or secrets.token_urlsafe(9))
                    db.execute(
                        "INSERT INTO users (email, password_hash, is_initial_password,"
                        " first_name, last_name) VALUES (?, ?, 1, ?, ?)",
                        (
                            email,
                            hash_password(password),
                            data.get("first_name"),
                            data.get("last_name"),
                        ),
                    )
                    user = db.execute("SELECT * FROM users WHERE email = ?", (email,)).fetchone()
                db.execute("INSERT INTO license_users VALUES (?, ?, 1)", (lic["id"], user["id"]))
            return ctx.respond_json(new_trial_json(db, lic, user, password))

    def new_trial_json(
        db: sqlite3.Connection, lic: sqlite3.Row, user: sqlite3.Row | None, password: str | None
    ) -> dict[str, Any]:
        """A new trial as the real service answers it (the official SDKs' recorded
        answers): the license record, not the license JSON of an activation; its key
        twice (``license_key``, ``license``) or its user as an e-mail."""
        product = db.execute("SELECT * FROM products WHERE code = ?", (lic["product"],)).fetchone()
        created = int(ctx.clock() * 1000)
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
        with ctx.db.tx() as db:
            user = db.execute(
                "SELECT * FROM users WHERE email = ?", (str(data["username"]),)
            ).fetchone()
            if user is None or not password_matches(str(data["password"]), user["password_hash"]):
                raise Rejection(ctx.rules.wrong_password_code)
            if len(str(data["new_password"])) < 8:
                raise Rejection("validation_error", detail="the new password is too short")
            db.execute(
                "UPDATE users SET password_hash = ?, is_initial_password = 0,"
                " demo_password = CASE WHEN demo_password IS NULL THEN NULL ELSE ? END"
                " WHERE id = ?",
                (hash_password(str(data["new_password"])), str(data["new_password"]), user["id"]),
            )
        return Response("password_changed", 200, {"Content-Type": "text/plain"})

    def device_of(db: sqlite3.Connection, data: dict[str, Any]) -> sqlite3.Row:
        lic, _ = find_license(ctx, db, data)
        if not lic["enabled"]:
            raise Rejection("license_not_enabled")
        if blacklisted(db, lic, str(data["hardware_id"])):
            raise Rejection("blacklisted")
        device = active_device(db, lic, str(data["hardware_id"]))
        if device is None:
            raise Rejection("device_not_found")
        return device

    def track_device_variables(data: dict[str, Any]) -> Response:
        variables = data.get("variables")
        if not isinstance(variables, dict):
            raise Rejection("missing_parameters", names="variables")
        with ctx.db.tx() as db:
            device = device_of(db, data)
            store_variables(ctx, db, device["id"], variables)
            rows = variables_json(db, device["id"])
            return ctx.respond_json([{k: v for k, v in r.items() if k != "id"} for r in rows])

    def get_device_variables(data: dict[str, Any]) -> Response:
        with ctx.db.tx() as db:
            return ctx.respond_json(variables_json(db, device_of(db, data)["id"]))

    def sso_url(data: dict[str, Any]) -> Response:
        with ctx.db.tx() as db:
            p = product_of(db, data)
            account = str(data.get("customer_account_code") or "")
            if not account:
                raise Rejection("authorization_missing_params", names="customer_account_code")
            if p["authorization_method"] != "user":
                raise Rejection("invalid_product_auth_method")
            known = db.execute(
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
        return ctx.respond_json(
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
        return ctx.respond_json({"url": url, "login_type": "client_credentials"})

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
        good = hmac.compare_digest(
            form.get("client_id", ""), ctx.client_id
        ) and hmac.compare_digest(form.get("client_secret", ""), ctx.client_secret)
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
        ctx.tokens[token] = ctx.clock() + ctx.rules.token_lifetime
        payload = {
            "access_token": token,
            "expires_in": int(ctx.rules.token_lifetime),
            "refresh_expires_in": 0,
            "token_type": "Bearer",
            "not-before-policy": 0,
            "scope": "profile email",
        }
        return Response(json.dumps(payload), 200, {"Content-Type": "application/json"})

    @app.route("/_admin/faults", methods=["GET", "POST", "DELETE"])
    def admin_faults() -> Response:
        # QA's switchboard, for this machine only (the sandbox binds 127.0.0.1 anyway).
        if request.remote_addr not in ("127.0.0.1", "::1"):
            return ctx.reject(Rejection("not_found"))
        if request.method == "POST":
            try:
                ctx.faults.add(Fault.from_json(request.get_json(silent=True)))
            except FaultSpecError as exc:
                return Response(
                    json.dumps({"error": str(exc)}), 400, {"Content-Type": "application/json"}
                )
        elif request.method == "DELETE":
            ctx.faults.clear()
        return Response(json.dumps(ctx.faults.as_json()), 200, {"Content-Type": "application/json"})

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
                with ctx.db.tx() as db:
                    body = refresh_file(ctx, db, data)
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
        with ctx.db.tx() as db:
            row = db.execute("SELECT code FROM products ORDER BY rowid LIMIT 1").fetchone()
        return str(row["code"]) if row else ""

    def portal_upload(page: str) -> dict[str, Any] | Response:
        """An uploaded request file: its license file, or the deactivation confirmed."""
        inner = offline_payload(ctx)
        with ctx.db.tx() as db:
            if inner.get("request") == "deactivation":
                offline_deactivate(ctx, db, inner)
                done = "<p id='result'>The device was deactivated; its seat is free.</p>"
                return Response(page.format(msg=done), 200, {"Content-Type": "text/html"})
            return offline_license(ctx, db, inner)

    @app.get("/sso/auth")
    def sso_login_page() -> Response:
        # The sandbox's identity provider: a login form listing the account's users.
        args = request.args
        account = args.get("account", "")
        with ctx.db.tx() as db:
            users = db.execute(
                "SELECT id, email FROM users WHERE customer_account = ? ORDER BY id", (account,)
            ).fetchall()
        if not users:
            return Response("Unknown organisation", 404, {"Content-Type": "text/plain"})
        known = ctx.idp_sessions.get(request.cookies.get("sandbox_idp", ""))
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
        with ctx.db.tx() as db:
            row = db.execute(
                "SELECT 1 FROM users WHERE id = ? AND customer_account = ?", (user_id, account)
            ).fetchone()
        if row is None:
            return Response("Unknown user", 400, {"Content-Type": "text/plain"})
        session = secrets.token_urlsafe(16)
        ctx.idp_sessions[session] = user_id
        response = sso_redirect(user_id, account, form)
        response.set_cookie("sandbox_idp", session, httponly=True, samesite="Lax")
        return response

    def sso_redirect(user_id: int, account: str, args: Any) -> Response:
        token_grant = args.get("response_type") == "token"
        value = secrets.token_urlsafe(24)
        lifetime = ctx.rules.sso_token_lifetime if token_grant else ctx.rules.sso_code_lifetime
        with ctx.db.tx() as db:
            db.execute(
                "INSERT INTO sso_grants (value, kind, user_id, account, redirect_uri, expires_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    value,
                    "token" if token_grant else "code",
                    user_id,
                    account,
                    args.get("redirect_uri", ""),
                    ctx.clock() + lifetime,
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
        return ctx.reject(Rejection("not_found"))

    @app.errorhandler(405)
    def wrong_method(_: Exception) -> Response:
        return ctx.reject(Rejection("not_found"))

    return app
