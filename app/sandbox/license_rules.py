"""The rules of license-api.md over the state in ``db``: which license, user and
product a request names, and whether a device may take a seat on it."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from typing import Any

from activation_wizard.sandbox import consumption, floating
from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.passwords import password_matches
from activation_wizard.sandbox.rejections import Rejection
from activation_wizard.sandbox.schema import iso, parse_iso
from flask import has_request_context, request


def find_license(
    ctx: Context, db: sqlite3.Connection, data: dict[str, Any], authenticate_user: bool = False
) -> tuple[sqlite3.Row, sqlite3.Row | None]:
    """The license (and license user) a request names.  Activation authenticates
    a license user with the password; check and deactivate name them only."""
    hardware_id = data.get("hardware_id")
    if not hardware_id:
        raise Rejection("missing_hardware_id")
    product_code = data.get("product")
    if not product_code:
        raise Rejection("missing_parameters", names="product")
    product = db.execute("SELECT * FROM products WHERE code = ?", (product_code,)).fetchone()
    if product is None:
        raise Rejection("unknown_product")
    if data.get("code") or data.get("id_token"):
        if product["authorization_method"] != "user":
            raise Rejection("invalid_product_auth_method")
        user = redeem_sso(ctx, db, data)
        return user_license(ctx, db, product_code, user, data.get("license_id")), user
    if product["authorization_method"] == "user":
        if data.get("license_key") and not data.get("username"):
            raise Rejection("invalid_product_auth_method")
        username = data.get("username")
        if not username:
            raise Rejection("missing_parameters", names="username")
        if authenticate_user and not data.get("password"):
            raise Rejection("missing_parameters", names="password")
        user = db.execute("SELECT * FROM users WHERE email = ?", (str(username),)).fetchone()
        if user is None:
            raise Rejection("license_not_found")
        if authenticate_user and not password_matches(str(data["password"]), user["password_hash"]):
            raise Rejection(ctx.rules.wrong_password_code)
        return user_license(ctx, db, product_code, user, data.get("license_id")), user
    if data.get("username") and not data.get("license_key"):
        raise Rejection("invalid_product_auth_method")
    key = data.get("license_key")
    if not key:
        raise Rejection("license_key_required")
    lic = db.execute(
        "SELECT * FROM licenses WHERE product = ? AND license_key = ?", (product_code, key)
    ).fetchone()
    if lic is None:
        raise Rejection("license_not_found")
    return lic, None


def redeem_sso(ctx: Context, db: sqlite3.Connection, data: dict[str, Any]) -> sqlite3.Row:
    """The user an SSO code (used once) or token (until it expires) stands for."""
    account = str(data.get("customer_account_code") or "")
    if not account:
        raise Rejection("missing_parameters", names="customer_account_code")
    if db.execute("SELECT 1 FROM customer_accounts WHERE code = ?", (account,)).fetchone() is None:
        raise Rejection("customer_account_not_found")
    value = str(data.get("code") or data.get("id_token"))
    kind = "code" if data.get("code") else "token"
    grant = db.execute(
        "SELECT * FROM sso_grants WHERE value = ? AND kind = ?", (value, kind)
    ).fetchone()
    if grant is None or grant["expires_at"] <= ctx.clock() or (kind == "code" and grant["used"]):
        raise Rejection("license_not_found")  # unknown, expired or used: no one signed in
    if grant["account"] != account:
        raise Rejection("customer_account_id_mismatch")
    if kind == "code":
        sent = data.get("redirect_uri")
        if sent is not None and sent != grant["redirect_uri"]:
            raise Rejection("validation_error", detail="redirect_uri does not match")
        db.execute("UPDATE sso_grants SET used = 1 WHERE value = ?", (value,))
        db.commit()  # used even if this request fails later, as a real IdP would
    user: sqlite3.Row = db.execute(
        "SELECT * FROM users WHERE id = ?", (grant["user_id"],)
    ).fetchone()
    return user


def user_license(
    ctx: Context, db: sqlite3.Connection, product_code: str, user: sqlite3.Row, license_id: Any
) -> sqlite3.Row:
    """The license ``license_id`` names, which must be this user's; without one, the
    user's first license that can be used (else their first)."""
    rows: list[sqlite3.Row] = db.execute(
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
    usable = [r for r in rows if r["enabled"] and not is_expired(ctx, r)]
    return (usable or rows)[0]


def product_of(db: sqlite3.Connection, data: dict[str, Any]) -> sqlite3.Row:
    code = data.get("product")
    if not code:
        raise Rejection("missing_parameters", names="product")
    row = db.execute("SELECT * FROM products WHERE code = ?", (str(code),)).fetchone()
    if row is None:
        raise Rejection("unknown_product")
    return row  # type: ignore[no-any-return]


def active_device(db: sqlite3.Connection, lic: sqlite3.Row, hardware_id: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM devices WHERE license_id = ? AND hardware_id = ? AND active = 1",
        (lic["id"], hardware_id),
    ).fetchone()
    return row


def device_in_use(
    ctx: Context,
    db: sqlite3.Connection,
    data: dict[str, Any],
    *,
    authenticate_user: bool = False,
    no_device: str = "device_not_found",
) -> tuple[sqlite3.Row, sqlite3.Row | None, sqlite3.Row]:
    """The license, user and active device of a request made after activation (check,
    variables, floating, features, consumption, versions); ``no_device`` is the
    code a route answers when this device holds no activation on the license."""
    lic, user = find_license(ctx, db, data, authenticate_user)
    hardware_id = str(data["hardware_id"])
    if not lic["enabled"]:
        raise Rejection("license_not_enabled")
    if blacklisted(db, lic, hardware_id):
        raise Rejection("blacklisted")
    device = active_device(db, lic, hardware_id)
    if device is None:
        raise Rejection(no_device)
    return lic, user, device


def blacklisted(db: sqlite3.Connection, lic: sqlite3.Row, hardware_id: str) -> bool:
    listed = db.execute(
        "SELECT 1 FROM blacklist WHERE product = ? AND hardware_id = ?",
        (lic["product"], hardware_id),
    ).fetchone()
    return listed is not None or lic["qa"] == "as_blacklisted"


def is_expired(ctx: Context, lic: sqlite3.Row) -> bool:
    """Past its validity period and any grace period (hours) after it: in grace, a
    subscription still passes every check, as the real service's does."""
    if not lic["validity_period"]:
        return False
    grace = timedelta(hours=lic["grace_period"] or 0)
    return parse_iso(lic["validity_period"]) + grace < ctx.now()


def activation_rules(
    ctx: Context, db: sqlite3.Connection, data: dict[str, Any], offline: bool
) -> tuple[sqlite3.Row, sqlite3.Row | None]:
    lic, user = find_license(ctx, db, data, authenticate_user=True)
    hardware_id = str(data["hardware_id"])
    if not lic["enabled"]:
        raise Rejection("license_not_enabled")
    if offline and lic["is_floating_cloud"]:
        raise Rejection("offline_floating_cloud_not_supported")
    if blacklisted(db, lic, hardware_id):
        raise Rejection("blacklisted")
    if lic["start_date"] and date.fromisoformat(lic["start_date"][:10]) > ctx.now().date():
        raise Rejection("license_start_date_error", date=lic["start_date"][:10])
    if is_expired(ctx, lic):
        raise Rejection("license_expired")
    product = db.execute(
        "SELECT prevent_vm FROM products WHERE code = ?", (lic["product"],)
    ).fetchone()
    if (lic["prevent_vm"] or product["prevent_vm"]) and (
        data.get("is_vm") is True or lic["qa"] == "as_vm"
    ):
        raise Rejection("vm_not_allowed")
    if lic["qa"] == "lost_response" and active_device(db, lic, hardware_id) is None:
        insert_device(ctx, db, lic, user, data)  # as if an earlier answer never arrived
        db.commit()  # kept, although this request is answered with an error
    if active_device(db, lic, hardware_id) is not None:
        raise Rejection("license_device_exists")
    if user is not None:
        used = db.execute(
            "SELECT COUNT(*) FROM devices WHERE user_id = ? AND license_id = ? AND active = 1",
            (user["id"], lic["id"]),
        ).fetchone()[0]
        if used >= user_limit(db, lic, user):
            raise Rejection("license_user_activated_max_times")
    if not lic["allow_unlimited_activations"] and seats_used(db, lic) >= lic["max_activations"]:
        raise Rejection("license_activated_max_times")
    # A transfer: the first activation on another device after a deactivation
    # (license-api.md section 8); the same device coming back is not one.
    if lic["pending_transfer"] and lic["last_deactivated"] != hardware_id:
        if lic["max_transfers"] is not None and lic["transfer_count"] >= lic["max_transfers"]:
            raise Rejection("license_transferred_max_times")
        db.execute(
            "UPDATE licenses SET transfer_count = transfer_count + 1 WHERE id = ?",
            (lic["id"],),
        )
    db.execute("UPDATE licenses SET pending_transfer = 0 WHERE id = ?", (lic["id"],))
    insert_device(ctx, db, lic, user, data)
    return lic, user


def user_limit(db: sqlite3.Connection, lic: sqlite3.Row, user: sqlite3.Row) -> int:
    row = db.execute(
        "SELECT max_activations FROM license_users WHERE license_id = ? AND user_id = ?",
        (lic["id"], user["id"]),
    ).fetchone()
    return int(row[0]) if row else 0


def seats_used(db: sqlite3.Connection, lic: sqlite3.Row) -> int:
    return int(
        db.execute(
            "SELECT COUNT(*) FROM devices WHERE license_id = ? AND active = 1", (lic["id"],)
        ).fetchone()[0]
    )


def oauth_request() -> bool:
    return has_request_context() and request.headers.get("Authorization", "").startswith("Bearer ")


def insert_device(
    ctx: Context,
    db: sqlite3.Connection,
    lic: sqlite3.Row,
    user: sqlite3.Row | None,
    data: dict[str, Any],
) -> None:
    recorded = {k: v for k, v in data.items() if k != "password"}
    if not (recorded.get("api_key") or recorded.get("client_id")) and oauth_request():
        # Remembered so that the portal keys this device's refresh files for the
        # OAuth client (2.3), as its offline request would have been.
        recorded["client_id"] = ctx.client_id
    cur = db.execute(
        "INSERT INTO devices (license_id, user_id, hardware_id, created_at, request)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            lic["id"],
            user["id"] if user else None,
            data["hardware_id"],
            iso(ctx.now()),
            json.dumps(recorded),
        ),
    )
    if isinstance(data.get("variables"), dict):
        store_variables(ctx, db, int(cur.lastrowid or 0), data["variables"])


def store_variables(
    ctx: Context, db: sqlite3.Connection, device_id: int, variables: dict[str, Any]
) -> None:
    for name, value in variables.items():
        if not isinstance(value, str | int | float | bool):
            raise Rejection("validation_error", detail=f"variable {name}: not a value")
        db.execute(
            "INSERT OR REPLACE INTO variables VALUES (?, ?, ?, ?)",
            (device_id, str(name), json.dumps(value), int(ctx.clock() * 1000)),
        )


def free_device(ctx: Context, db: sqlite3.Connection, data: dict[str, Any]) -> None:
    """Deactivate: the seat (and any floating seat) is free, and the next other device
    is a transfer.  ``consumptions`` sent along are added first (license-api.md 1.2)."""
    lic, _ = find_license(ctx, db, data)
    device = active_device(db, lic, str(data["hardware_id"]))
    if device is None:
        raise Rejection("device_not_found")
    sent = consumption.amount(data) if data.get("consumptions") is not None else 0
    if sent:
        if lic["license_type"] != "consumption":
            raise Rejection("license_not_consumption")
        consumption.add(
            ctx, db, "licenses", lic, sent, not_enough="license_not_enough_consumptions"
        )
    floating.release_device(db, device["id"])
    db.execute(
        "UPDATE devices SET active = 0, deactivated_at = ? WHERE id = ?",
        (iso(ctx.now()), device["id"]),
    )
    db.execute(
        "UPDATE licenses SET pending_transfer = 1, last_deactivated = ? WHERE id = ?",
        (str(data["hardware_id"]), lic["id"]),
    )
