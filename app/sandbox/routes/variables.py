"""Device variables: what an activated device reports about itself, and reads back."""

from __future__ import annotations

import sqlite3
from typing import Any

from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.endpoints import add_endpoint
from activation_wizard.sandbox.license_json import variables_json
from activation_wizard.sandbox.license_rules import device_in_use, store_variables
from activation_wizard.sandbox.rejections import Rejection
from flask import Flask, Response


def device_of(ctx: Context, db: sqlite3.Connection, data: dict[str, Any]) -> sqlite3.Row:
    return device_in_use(ctx, db, data)[2]


def track_device_variables(ctx: Context, data: dict[str, Any]) -> Response:
    variables = data.get("variables")
    if not isinstance(variables, dict):
        raise Rejection("missing_parameters", names="variables")
    with ctx.db.tx() as db:
        device = device_of(ctx, db, data)
        store_variables(ctx, db, device["id"], variables)
        rows = variables_json(db, device["id"])
        return ctx.respond_json([{k: v for k, v in r.items() if k != "id"} for r in rows])


def get_device_variables(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        return ctx.respond_json(variables_json(db, device_of(ctx, db, data)["id"]))


def register(app: Flask, ctx: Context) -> None:
    add_endpoint(app, ctx, "POST", track_device_variables)
    add_endpoint(app, ctx, "GET", get_device_variables)
