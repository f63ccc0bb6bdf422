"""The product's versions and their installation files, for an activated device
(license-api.md 1.2): only those released within the license's validity period."""

from __future__ import annotations

import sqlite3
from typing import Any

from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.endpoints import add_endpoint
from activation_wizard.sandbox.license_rules import device_in_use
from activation_wizard.sandbox.rejections import Rejection
from activation_wizard.sandbox.schema import parse_iso
from flask import Flask, Response

FILE_FIELDS = (
    "version",
    "environment",
    "hash_md5",
    "eula_link",
    "release_notes_link",
    "size",
    "requires_version",
    "channel",
    "installation_file",
    "release_date",
)


def released(ctx: Context, db: sqlite3.Connection, data: dict[str, Any]) -> list[sqlite3.Row]:
    """This license's product's releases for ``env`` and ``channel`` (any, if not
    sent), oldest first: none after its maintenance or validity period, whichever
    ends first (the docs: versions are given up to the maintenance or validity
    period)."""
    lic, _, _ = device_in_use(ctx, db, data, no_device="active_license_required")
    rows = db.execute(
        "SELECT * FROM versions WHERE product = ? ORDER BY release_date, id", (lic["product"],)
    ).fetchall()
    ends = [parse_iso(lic[k]) for k in ("maintenance_period", "validity_period") if lic[k]]
    until = min(ends, default=None)
    wanted = {k: str(data[k]) for k in ("env", "channel") if data.get(k)}
    return [
        r
        for r in rows
        if wanted.get("env", r["environment"]) == r["environment"]
        and wanted.get("channel", r["channel"]) == r["channel"]
        and (until is None or parse_iso(r["release_date"]) <= until)
    ]


def versions(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        rows = released(ctx, db, data)
    seen: dict[str, str] = {}  # one entry per version, whatever its environments
    for r in rows:
        seen.setdefault(r["version"], r["release_date"])
    return ctx.respond_json([{"version": v, "release_date": d} for v, d in seen.items()])


def installation_file(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        rows = released(ctx, db, data)
    if data.get("version"):
        rows = [r for r in rows if r["version"] == str(data["version"])]
    if not rows:
        raise Rejection("version_not_found")
    latest = rows[-1]  # the version asked for, else the latest released
    return ctx.respond_json({name: latest[name] for name in FILE_FIELDS})


def register(app: Flask, ctx: Context) -> None:
    add_endpoint(app, ctx, "GET", versions)
    add_endpoint(app, ctx, "GET", installation_file)
