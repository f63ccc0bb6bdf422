"""Online activation, license check and deactivation (license-api.md 1.2)."""

from __future__ import annotations

from typing import Any

from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.endpoints import add_endpoint
from activation_wizard.sandbox.license_json import license_json
from activation_wizard.sandbox.license_rules import (
    activation_rules,
    active_device,
    blacklisted,
    find_license,
    free_device,
)
from activation_wizard.sandbox.rejections import Rejection
from flask import Flask, Response


def activate_license(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        lic, user = activation_rules(ctx, db, data, offline=False)
        return ctx.respond_json(
            license_json(ctx, db, lic, user, str(data["hardware_id"]), kind="activation")
        )


def check_license(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        lic, user = find_license(ctx, db, data)
        if not lic["enabled"]:
            raise Rejection("license_not_enabled")
        if blacklisted(db, lic, str(data["hardware_id"])):
            raise Rejection("blacklisted")
        if active_device(db, lic, str(data["hardware_id"])) is None:
            raise Rejection("device_not_found")
        return ctx.respond_json(license_json(ctx, db, lic, user, str(data["hardware_id"])))


def deactivate_license(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        free_device(ctx, db, data)
    return Response("license_deactivated", 200, {"Content-Type": "text/plain"})


def register(app: Flask, ctx: Context) -> None:
    add_endpoint(app, ctx, "POST", activate_license)
    add_endpoint(app, ctx, "GET", check_license)
    add_endpoint(app, ctx, "POST", deactivate_license)
