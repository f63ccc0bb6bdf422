"""The product's own settings (product_details)."""

from __future__ import annotations

from typing import Any

from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.endpoints import add_endpoint
from activation_wizard.sandbox.license_rules import product_of
from flask import Flask, Response


def product_details(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        p = product_of(db, data)
        return ctx.respond_json(
            {
                "product_id": 1 if p["code"] == "sandbox-demo" else 2,
                "product_name": p["name"],
                "short_code": p["code"],
                "authorization_method": p["authorization_method"],
                "allow_trial": bool(p["allow_trial"]),
                "trial_days": p["trial_days"],
                "floating_timeout": p["floating_timeout"],
                "allow_overages": False,
                "max_overages": 0,
                "prevent_vm": bool(p["prevent_vm"]),
                "metadata": {},
                "company": {"id": 1},
            }
        )


def register(app: Flask, ctx: Context) -> None:
    add_endpoint(app, ctx, "GET", product_details)
