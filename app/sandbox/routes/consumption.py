"""Consumptions a device reports, of its license or of a feature (license-api.md 1.2):
each answer carries the new totals."""

from __future__ import annotations

from typing import Any

from activation_wizard.sandbox import consumption, features
from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.endpoints import add_endpoint
from activation_wizard.sandbox.license_rules import device_in_use
from activation_wizard.sandbox.rejections import Rejection
from flask import Flask, Response


def add_consumption(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        lic, _, _ = device_in_use(ctx, db, data)
        if lic["license_type"] != "consumption":
            raise Rejection("license_not_consumption")
        settings = consumption.requested_overages(data)
        for column, value in settings.items():  # names from requested_overages only
            db.execute(f"UPDATE licenses SET {column} = ? WHERE id = ?", (value, lic["id"]))
        lic = consumption.add(
            ctx,
            db,
            "licenses",
            consumption.reread(db, "licenses", lic),
            consumption.amount(data),
            not_enough="license_not_enough_consumptions",
        )
        # The docs' answer: the license's id and its consumption fields.
        return ctx.respond_json({"id": lic["id"], **consumption.consumption_json(lic)})


def add_feature_consumption(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        lic, _, _ = device_in_use(ctx, db, data)
        feature = features.find(ctx, db, lic, data, unknown="unsupported_product_feature")
        if feature["feature_type"] != "consumption":
            raise Rejection(
                "validation_error", detail=f"feature {feature['code']} is not a consumption feature"
            )
        feature = consumption.add(
            ctx,
            db,
            "features",
            feature,
            consumption.amount(data),
            not_enough="feature_not_enough_consumptions",
        )
        # The docs' answer: the feature's consumption fields (its maximum named
        # max_consumptions here, unlike the license JSON's max_consumption), whether
        # it floats, and a floating feature's seats and timeout.
        floats = bool(feature["is_floating_cloud"])
        body = {
            **consumption.consumption_json(feature),
            "is_floating": False,
            "is_floating_cloud": floats,
        }
        if floats:
            body["floating_timeout"] = feature["floating_timeout"]
            body["floating_users"] = feature["floating_users"]
        return ctx.respond_json(body)


def register(app: Flask, ctx: Context) -> None:
    add_endpoint(app, ctx, "POST", add_consumption)
    add_endpoint(app, ctx, "POST", add_feature_consumption)
