"""A device checks one of its license's features (license-api.md 1.2): a floating
feature's check takes one of its seats, as a license check does."""

from __future__ import annotations

from typing import Any

from activation_wizard.sandbox import consumption, features, floating
from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.endpoints import add_endpoint
from activation_wizard.sandbox.license_rules import device_in_use
from flask import Flask, Response


def check_license_feature(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        lic, _, device = device_in_use(ctx, db, data)
        feature = features.find(ctx, db, lic, data)
        if feature["is_floating_cloud"]:
            floating.take_feature_seat(ctx, db, feature, device)
        # The docs' answer: the feature's fields (every one, consumptions included,
        # whatever its type), its license's id and, if floating, its seats in use.
        body = {
            **features.feature_json(feature),
            **consumption.consumption_json(feature, "max_consumption"),
            "license_id": lic["id"],
        }
        if feature["is_floating_cloud"]:
            body["floating_in_use_devices"] = floating.in_use(ctx, db, lic["id"], feature["id"])
        return ctx.respond_json(body)


def register(app: Flask, ctx: Context) -> None:
    add_endpoint(app, ctx, "GET", check_license_feature)
