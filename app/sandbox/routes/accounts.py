"""License users' accounts: their licenses, a customer's users, a new password."""

from __future__ import annotations

from typing import Any

from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.endpoints import add_endpoint
from activation_wizard.sandbox.license_json import license_json
from activation_wizard.sandbox.license_rules import find_license, product_of
from activation_wizard.sandbox.passwords import hash_password, password_matches
from activation_wizard.sandbox.rejections import Rejection
from flask import Flask, Response


def user_licenses(ctx: Context, data: dict[str, Any]) -> Response:
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


def customer_license_users(ctx: Context, data: dict[str, Any]) -> Response:
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


def change_password(ctx: Context, data: dict[str, Any]) -> Response:
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


def register(app: Flask, ctx: Context) -> None:
    add_endpoint(app, ctx, "GET", user_licenses)
    add_endpoint(app, ctx, "GET", customer_license_users)
    add_endpoint(app, ctx, "POST", change_password)
