"""The license JSON of license-api.md section 3.1, as each endpoint answers it."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from activation_wizard.core.api.verify import v1_message
from activation_wizard.sandbox import consumption, floating
from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.features import features_json
from activation_wizard.sandbox.license_rules import (
    active_device,
    is_expired,
    seats_used,
    user_limit,
)
from activation_wizard.sandbox.schema import iso

COMPANY = {"id": 1}  # the sandbox is one vendor's


def license_json(
    ctx: Context,
    db: sqlite3.Connection,
    lic: sqlite3.Row,
    user: sqlite3.Row | None,
    hardware_id: str,
    kind: str = "check",
) -> dict[str, Any]:
    """The license JSON of section 3.1 as ``kind`` answers it: an ``activation``
    says ``request`` and ``active`` (the official SDKs' recorded answers), a
    ``check`` (and user_licenses) ``license_active`` and ``license_enabled``, a
    license ``file`` (refresh) the latter and the hardware id."""
    lic = consumption.current(ctx, db, "licenses", consumption.reread(db, "licenses", lic))
    product = db.execute("SELECT * FROM products WHERE code = ?", (lic["product"],)).fetchone()
    device = active_device(db, lic, hardware_id)
    identity = user["email"] if user else lic["license_key"]
    first, _, last = (lic["customer_name"] or "").partition(" ")
    features = features_json(ctx, db, lic["id"])
    unlimited = bool(lic["allow_unlimited_activations"])
    floats = bool(lic["is_floating_cloud"])
    seats = floating.seat_json(
        ctx, db, lic["id"], floating.LICENSE_SEAT, device["id"] if device else None
    )
    body: dict[str, Any] = {
        # Every field of license-api.md section 3.1, so any client written
        # against the docs finds what it reads.
        "id": lic["id"],
        "order_store_id": lic["order_store_id"],
        "license_type": lic["license_type"],
        "hardware_id": hardware_id,
        "device_id": device["id"] if device else None,
        "company": COMPANY,
        "license_template_id": None,
        "request": "activation",
        "active": True,
        "license_active": device is not None,
        "license_enabled": bool(lic["enabled"]),
        "is_expired": is_expired(ctx, lic),
        "is_trial": bool(lic["is_trial"]),
        "trial_days": product["trial_days"] if lic["is_trial"] else None,
        "is_air_gapped": False,
        "is_hardware_key_auth": False,
        "allow_offline_activation": True,
        "prevent_vm": bool(lic["prevent_vm"]),
        "validity_period": lic["validity_period"],
        "start_date": lic["start_date"],
        "maintenance_period": lic["maintenance_period"],
        "enable_maintenance_period": lic["maintenance_period"] is not None,
        "allow_grace_period": lic["grace_period"] is not None,
        # 0, not null, without one: the official SDK adds it to dates (license-api.md §9).
        "grace_period": lic["grace_period"] or 0,
        "max_activations": lic["max_activations"],
        "times_activated": seats_used(db, lic),
        "allow_unlimited_activations": unlimited,
        "transfer_count": lic["transfer_count"],
        "max_transfers": lic["max_transfers"] or 0,
        "max_license_users": 0 if user is None else license_user_count(db, lic),
        "is_floating": False,  # on-premises floating servers are not the sandbox's
        "is_floating_cloud": floats,
        # Minutes, as the official SDK reads it (license-api.md 3.1, 9.8).
        "floating_timeout": floating.license_timeout(db, lic),
        "floating_users": lic["floating_users"] if floats else None,
        "floating_in_use": seats["floating_in_use"],
        "floating_in_use_devices": seats["floating_in_use_devices"],
        "can_borrow": bool(lic["can_borrow"]),
        "max_borrow_time": lic["max_borrow_time"],
        "is_borrowed": seats["is_borrowed"],
        "borrowed_until": seats["borrowed_until"],
        **consumption.consumption_json(lic),
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
            "customer_account": customer_account_json(db, lic["customer_account"]),
            "metadata": {},
            "metadata_string": "{}",
        },
        "product_details": {
            "product_id": 1 if product["code"] == lic["product"] else 2,
            "product_name": product["name"],
            "short_code": product["code"],
            "authorization_method": product["authorization_method"],
            # The official SDK reads it here from license files (license-api.md §9).
            "prevent_vm": bool(product["prevent_vm"]),
            "metadata": {},
            "metadata_string": "{}",
        },
        "product_features": features,
        "custom_fields": [],
        "metadata": {},
        "metadata_string": "{}",
        "variables": variables_json(db, device["id"]) if device else [],
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
            "max_activations": user_limit(db, lic, user),
            "allow_unlimited_activations": False,
            "total_activations": db.execute(
                "SELECT COUNT(*) FROM devices WHERE user_id = ? AND license_id = ? AND active = 1",
                (user["id"], lic["id"]),
            ).fetchone()[0],
        }
    else:
        body["license_key"] = lic["license_key"]
    message = v1_message(hardware_id, identity, lic["validity_period"])
    body["license_signature"] = ctx.signer.sign(message)
    return body


def customer_account_json(db: sqlite3.Connection, code: str | None) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT rowid, code, name FROM customer_accounts WHERE code = ?", (code,)
    ).fetchone()
    return {"id": row["rowid"], "name": row["name"], "code": row["code"]} if row else None


def license_user_count(db: sqlite3.Connection, lic: sqlite3.Row) -> int:
    return int(
        db.execute(
            "SELECT COUNT(*) FROM license_users WHERE license_id = ?", (lic["id"],)
        ).fetchone()[0]
    )


def variables_json(db: sqlite3.Connection, device_id: int | None) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT * FROM variables WHERE device_id = ? ORDER BY variable", (device_id,)
    ).fetchall()
    return [
        {
            "id": i + 1,
            "variable": r["variable"],
            "value": json.loads(r["value"]),
            "device_id": r["device_id"],
            # Unix ms in the docs; an ISO time is what the official SDK parses (§9).
            "created_at": iso(datetime.fromtimestamp(r["created_at"] / 1000, UTC)),
        }
        for i, r in enumerate(rows)
    ]
