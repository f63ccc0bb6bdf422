"""Floating cloud borrow and release, of a license and of a feature (license-api.md
1.2): a borrowed seat stays the device's without checks until the borrow ends."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

from activation_wizard.sandbox import features, floating
from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.endpoints import add_endpoint
from activation_wizard.sandbox.license_json import COMPANY
from activation_wizard.sandbox.license_rules import device_in_use, is_expired
from activation_wizard.sandbox.rejections import Rejection
from activation_wizard.sandbox.schema import iso
from flask import Flask, Response


def borrower(
    ctx: Context, db: sqlite3.Connection, data: dict[str, Any]
) -> tuple[sqlite3.Row, sqlite3.Row]:
    """The license and device of a borrow: a user-based license's user signs in
    (password or SSO), as the docs ask of borrows."""
    lic, _, device = device_in_use(ctx, db, data, authenticate_user=True)
    if is_expired(ctx, lic):
        raise Rejection("license_expired")
    return lic, device


def borrowed(lic: sqlite3.Row, device: sqlite3.Row, until: float, max_hours: int) -> dict[str, Any]:
    return {
        "borrowed_until": iso(datetime.fromtimestamp(until, UTC)),
        "max_borrow_time": max_hours,
        "device_id": device["id"],
        "license_id": lic["id"],
        "company": COMPANY,
    }


def released() -> Response:
    # An empty string, unsigned (license-api.md 1.2).
    return Response("", 200, {"Content-Type": "text/plain"})


def floating_borrow(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        lic, device = borrower(ctx, db, data)
        if not (lic["is_floating_cloud"] and lic["can_borrow"]):
            raise Rejection("license_borrow_not_allowed")
        until = floating.borrow_until(ctx, data, lic["max_borrow_time"])
        floating.take_license_seat(ctx, db, lic, device, borrowed_until=until)
        return ctx.respond_json(borrowed(lic, device, until, lic["max_borrow_time"]))


def floating_release(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        lic, _, device = device_in_use(ctx, db, data)
        # Holding no seat is no error: the seat is free either way.
        floating.release(ctx, db, lic["id"], floating.LICENSE_SEAT, device["id"])
    return released()


def floating_feature(
    ctx: Context, db: sqlite3.Connection, lic: sqlite3.Row, data: dict[str, Any]
) -> sqlite3.Row:
    feature = features.find(ctx, db, lic, data)
    if not feature["is_floating_cloud"]:
        raise Rejection("feature_not_floating")
    return feature


def feature_borrow(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        lic, device = borrower(ctx, db, data)
        feature = floating_feature(ctx, db, lic, data)
        if not feature["can_borrow"]:
            raise Rejection("license_borrow_not_allowed")
        until = floating.borrow_until(ctx, data, feature["max_borrow_time"])
        floating.take_feature_seat(ctx, db, feature, device, borrowed_until=until)
        body = borrowed(lic, device, until, feature["max_borrow_time"])
        return ctx.respond_json({**body, "feature": feature["code"]})


def feature_release(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        lic, _, device = device_in_use(ctx, db, data)
        feature = floating_feature(ctx, db, lic, data)
        if not floating.release(ctx, db, lic["id"], feature["id"], device["id"]):
            raise Rejection("floating_feature_device_not_in_use")
    return released()


def register(app: Flask, ctx: Context) -> None:
    add_endpoint(app, ctx, "POST", floating_borrow, "floating/borrow")
    add_endpoint(app, ctx, "POST", floating_release, "floating/release")
    add_endpoint(app, ctx, "POST", feature_borrow, "floating/feature_borrow")
    add_endpoint(app, ctx, "POST", feature_release, "floating/feature_release")
