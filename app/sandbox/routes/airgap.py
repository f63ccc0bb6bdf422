"""The offline portal's air-gap page (license-api.md 7.1a), as a vendor's portal
plays it on another device: the initialization code and policy file of a license,
then an activation (or deactivation) code read from the device, answered with a
confirmation code signed by the vendor's air-gap key."""

from __future__ import annotations

import base64
import html
import json
import sqlite3

from activation_wizard.core import airgap
from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.features import features_json
from activation_wizard.sandbox.license_rules import activation_rules, free_device
from activation_wizard.sandbox.rejections import Rejection
from flask import Flask, Response, request

POLICY_BASE = 9000  # policy ids: one per air-gapped license here


def policy_id(lic: sqlite3.Row) -> str:
    return str(POLICY_BASE + int(lic["id"]))


def policy_file(ctx: Context, db: sqlite3.Connection, lic: sqlite3.Row) -> bytes:
    """The license's policy as the vendor ships it to air-gapped machines (.lic)."""
    product = db.execute("SELECT * FROM products WHERE code = ?", (lic["product"],)).fetchone()
    body = {
        "id": int(policy_id(lic)),
        "default_license_type": lic["license_type"],
        "product": 1,
        "product_details": {"short_code": product["code"], "product_name": product["name"]},
        "validity_period": lic["validity_period"],
        "max_activations": lic["max_activations"],
        "product_features": features_json(ctx, db, lic["id"]),
        "customer": {"email": lic["customer_email"]},
    }
    return base64.b64encode(json.dumps(body).encode())


def _gapped(db: sqlite3.Connection, key: str) -> sqlite3.Row:
    lic = db.execute(
        "SELECT * FROM licenses WHERE license_key = ? AND airgap_init IS NOT NULL", (key,)
    ).fetchone()
    if lic is None:
        raise Rejection("license_not_found")
    return lic  # type: ignore[no-any-return]


PAGE = (
    '<!doctype html><meta charset="utf-8"><title>Air-gapped activation</title>'
    '<body style="font-family:sans-serif;margin:3em"><h1>Air-gapped activation</h1>{msg}'
    '<form method="get"><p><label>License key: <input name="license" id="license" '
    'value="{key}"></label> <button id="show" type="submit">Show its codes</button></p></form>'
    "{codes}"
    '<form method="post"><p><label>Hardware ID: <input name="hardware_id" id="hardware_id">'
    '</label></p><p><label>Code from the device: <input name="code" id="code" size="120">'
    '</label></p><input type="hidden" name="license" value="{key}">'
    '<p><label><input type="checkbox" name="checks" id="checks" value="1"> codes with check '
    "characters</label></p>"
    '<p><button id="activate" type="submit" name="action" value="activate">Confirm activation'
    '</button> <button id="deactivate" type="submit" name="action" value="deactivate">'
    "Confirm deactivation</button></p></form>"
)


def airgap_page(ctx: Context) -> Response:
    key = (request.values.get("license") or "").strip()
    msg = codes = ""
    try:
        if key:
            with ctx.db.tx() as db:
                lic = _gapped(db, key)
            codes = (
                f"<p>Initialization code: <code id='init'>{html.escape(lic['airgap_init'])}"
                f"</code></p><p>Policy id <code id='policy_id'>{policy_id(lic)}</code>: "
                f"<a id='policy' href='airgap/policy?license={html.escape(key)}'>policy file"
                "</a></p>"
            )
        if request.method == "POST":
            msg = _confirm(ctx, key)
    except (Rejection, airgap.CodeRefused) as exc:
        said = exc.message if isinstance(exc, Rejection) else f"code refused: {exc.reason}"
        msg = (
            f"<p id='error'>{html.escape(getattr(exc, 'code', 'refused'))}: {html.escape(said)}</p>"
        )
        page = PAGE.format(msg=msg, key=html.escape(key), codes=codes)
        return Response(page, 400, {"Content-Type": "text/html; charset=utf-8"})
    page = PAGE.format(msg=msg, key=html.escape(key), codes=codes)
    return Response(page, 200, {"Content-Type": "text/html; charset=utf-8"})


def _confirm(ctx: Context, key: str) -> str:
    form = request.form
    checks = form.get("checks") == "1"
    code = airgap.typed(form.get("code", ""), checks=checks)
    hardware_id = form.get("hardware_id", "").strip()
    with ctx.db.tx() as db:
        lic = _gapped(db, key)
        init_point = airgap.public_point(lic["airgap_init"])
        if not hardware_id or not airgap.verify(init_point, code, hardware_id + key, "sha1"):
            raise Rejection(
                "validation_error", detail="the code does not match this license and device"
            )
        data = {"product": lic["product"], "hardware_id": hardware_id, "license_key": key}
        if form.get("action") == "deactivate":
            free_device(ctx, db, data)
        else:
            activation_rules(ctx, db, data, offline=True)
        message = hardware_id + key + policy_id(lic)
        confirmation = airgap.sign(db_setting(db, "airgap_key"), message, "sha256")
    shown = airgap.shown(confirmation, checks=checks)
    return f"<p>Confirmation code: <code id='confirmation'>{html.escape(shown)}</code></p>"


def db_setting(db: sqlite3.Connection, name: str) -> str:
    return str(db.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()[0])


def airgap_policy(ctx: Context) -> Response:
    with ctx.db.tx() as db:
        try:
            lic = _gapped(db, request.args.get("license", ""))
        except Rejection as exc:
            return Response(exc.message, 404, {"Content-Type": "text/plain"})
        data = policy_file(ctx, db, lic)
    return Response(
        data,
        200,
        {
            "Content-Type": "application/octet-stream",
            "Content-Disposition": "attachment; filename=policy.lic",
        },
    )


def register(app: Flask, ctx: Context) -> None:
    app.add_url_rule(
        "/offline/airgap", "airgap_page", lambda: airgap_page(ctx), methods=["GET", "POST"]
    )
    app.add_url_rule("/offline/airgap/policy", "airgap_policy", lambda: airgap_policy(ctx))
