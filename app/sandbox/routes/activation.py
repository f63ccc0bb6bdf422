"""Online activation, license check and deactivation (license-api.md 1.2)."""

from __future__ import annotations

from typing import Any

from activation_wizard.sandbox import floating
from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.endpoints import add_endpoint
from activation_wizard.sandbox.license_json import license_json
from activation_wizard.sandbox.license_rules import activation_rules, device_in_use, free_device
from flask import Flask, Response


def activate_license(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        lic, user = activation_rules(ctx, db, data, offline=False)
        return ctx.respond_json(
            license_json(ctx, db, lic, user, str(data["hardware_id"]), kind="activation")
        )


def check_license(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        lic, user, device = device_in_use(ctx, db, data)
        if lic["is_floating_cloud"]:  # the check takes (or keeps) this device's seat
            floating.take_license_seat(ctx, db, lic, device)
        return ctx.respond_json(license_json(ctx, db, lic, user, str(data["hardware_id"])))


def deactivate_license(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        free_device(ctx, db, data)
    return Response("license_deactivated", 200, {"Content-Type": "text/plain"})


def register(app: Flask, ctx: Context) -> None:
    add_endpoint(app, ctx, "POST", activate_license)
    add_endpoint(app, ctx, "GET", check_license)
    add_endpoint(app, ctx, "POST", deactivate_license)
