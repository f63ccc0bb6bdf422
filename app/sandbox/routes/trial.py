"""Trial licenses (trial_key): one per product and device, the same one when asked again."""

from __future__ import annotations

import re
import secrets
import sqlite3
from datetime import timedelta
from typing import Any

from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.endpoints import add_endpoint
from activation_wizard.sandbox.license_rules import product_of
from activation_wizard.sandbox.passwords import hash_password
from activation_wizard.sandbox.rejections import Rejection
from activation_wizard.sandbox.schema import iso
from flask import Flask, Response


def trial_key(ctx: Context, data: dict[str, Any]) -> Response:
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
        return ctx.respond_json(new_trial_json(ctx, db, lic, user, password))


def new_trial_json(
    ctx: Context,
    db: sqlite3.Connection,
    lic: sqlite3.Row,
    user: sqlite3.Row | None,
    password: str | None,
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


def register(app: Flask, ctx: Context) -> None:
    add_endpoint(app, ctx, "GET", trial_key)
