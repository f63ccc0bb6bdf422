"""Bundles (license-api.md 1.2): one key activates, checks and frees one license of
each member product together; the answers are arrays of license JSON."""

from __future__ import annotations

import sqlite3
from typing import Any

from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.endpoints import add_endpoint
from activation_wizard.sandbox.license_json import license_json
from activation_wizard.sandbox.license_rules import (
    activation_rules,
    device_in_use,
    free_device,
    product_of,
)
from activation_wizard.sandbox.rejections import Rejection
from flask import Flask, Response


def members(db: sqlite3.Connection, data: dict[str, Any]) -> list[sqlite3.Row]:
    """The bundle's licenses the key names (``product`` is the bundle's code); each
    member answers its own product's rules."""
    bundle = product_of(db, data)
    if not data.get("license_key"):
        raise Rejection("license_key_required")
    rows = db.execute(
        "SELECT * FROM licenses WHERE bundle = ? AND license_key = ? ORDER BY id",
        (bundle["code"], str(data["license_key"])),
    ).fetchall()
    if not bundle["is_bundle"] or not rows:
        raise Rejection("license_not_found")
    return rows


def each_member(data: dict[str, Any], lic: sqlite3.Row) -> dict[str, Any]:
    return {**data, "product": lic["product"]}


def activate_bundle(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:  # one refusal undoes the members already activated
        answers = []
        for member in members(db, data):
            lic, user = activation_rules(ctx, db, each_member(data, member), offline=False)
            hardware_id = str(data["hardware_id"])
            answers.append(license_json(ctx, db, lic, user, hardware_id, kind="activation"))
        return ctx.respond_json(answers)


def check_bundle(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        answers = []
        for member in members(db, data):
            lic, user, _ = device_in_use(ctx, db, each_member(data, member))
            answers.append(license_json(ctx, db, lic, user, str(data["hardware_id"])))
        return ctx.respond_json(answers)


def deactivate_bundle(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        for member in members(db, data):
            free_device(ctx, db, each_member(data, member))
    return Response("license_deactivated", 200, {"Content-Type": "text/plain"})


def register(app: Flask, ctx: Context) -> None:
    add_endpoint(app, ctx, "POST", activate_bundle)
    add_endpoint(app, ctx, "GET", check_bundle)
    add_endpoint(app, ctx, "POST", deactivate_bundle)
