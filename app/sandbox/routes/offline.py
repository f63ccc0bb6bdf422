"""Offline activation: the API endpoints that take request files, and the
vendor's offline portal page customers upload them to from another computer."""

from __future__ import annotations

import base64
import html
import json
from functools import partial
from typing import Any

from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.endpoints import add_endpoint
from activation_wizard.sandbox.offline_files import (
    offline_deactivate,
    offline_license,
    offline_payload,
    refresh_file,
)
from activation_wizard.sandbox.rejections import Rejection
from flask import Flask, Response, request


def activate_offline(ctx: Context, _: dict[str, Any]) -> Response:
    inner = offline_payload(ctx)
    with ctx.db.tx() as db:
        return ctx.respond_json(offline_license(ctx, db, inner))


def deactivate_offline(ctx: Context, _: dict[str, Any]) -> Response:
    inner = offline_payload(ctx)
    with ctx.db.tx() as db:
        offline_deactivate(ctx, db, inner)
    return Response("license_deactivated", 200, {"Content-Type": "text/plain"})


def offline_portal(ctx: Context) -> Response:
    # The vendor's offline portal, as customers use it from another computer:
    # upload the .req, get the .lic back (or the deactivation confirmed).
    page = (
        '<!doctype html><meta charset="utf-8"><title>Offline portal</title>'
        '<body style="font-family:sans-serif;margin:3em"><h1>Offline activation</h1>{msg}'
        '<form method="post" enctype="multipart/form-data">'
        '<p><label>Request file: <input type="file" name="file" id="file"></label></p>'
        '<p><button id="upload" type="submit">Upload</button></p></form>'
        "<h2>Refresh file</h2><p>For a computer activated offline: the license as it "
        "stands now, to load on that computer.</p>"
        '<form method="post"><input type="hidden" name="action" value="refresh">'
        '<p><label>License key or user e-mail: <input name="license" id="license"></label>'
        '</p><p><label>Hardware ID: <input name="hardware_id" id="hardware_id"></label></p>'
        '<p><label>Product: <input name="product" id="product"></label></p>'
        '<p><button id="refresh" type="submit">Download refresh file</button></p></form>'
    )
    if request.method == "GET":
        return Response(page.format(msg=""), 200, {"Content-Type": "text/html"})
    name = "activation.lic"
    try:
        if request.form.get("action") == "refresh":
            who = request.form.get("license", "").strip()
            data = {
                "product": request.form.get("product", "").strip() or default_product(ctx),
                "hardware_id": request.form.get("hardware_id", "").strip(),
                ("username" if "@" in who else "license_key"): who,
            }
            with ctx.db.tx() as db:
                body = refresh_file(ctx, db, data)
            name = "license_refresh.lic"
        else:
            uploaded = portal_upload(ctx, page)
            if isinstance(uploaded, Response):
                return uploaded
            body = uploaded
    except Rejection as exc:
        msg = f"<p id='error'>{html.escape(exc.code)}: {html.escape(exc.message)}</p>"
        return Response(page.format(msg=msg), exc.status, {"Content-Type": "text/html"})
    lic = base64.b64encode(json.dumps(body, ensure_ascii=False).encode())
    return Response(
        lic,
        200,
        {
            "Content-Type": "application/octet-stream",
            "Content-Disposition": f"attachment; filename={name}",
        },
    )


def default_product(ctx: Context) -> str:
    with ctx.db.tx() as db:
        row = db.execute("SELECT code FROM products ORDER BY rowid LIMIT 1").fetchone()
    return str(row["code"]) if row else ""


def portal_upload(ctx: Context, page: str) -> dict[str, Any] | Response:
    """An uploaded request file: its license file, or the deactivation confirmed."""
    inner = offline_payload(ctx)
    with ctx.db.tx() as db:
        if inner.get("request") == "deactivation":
            offline_deactivate(ctx, db, inner)
            done = "<p id='result'>The device was deactivated; its seat is free.</p>"
            return Response(page.format(msg=done), 200, {"Content-Type": "text/html"})
        return offline_license(ctx, db, inner)


def register(app: Flask, ctx: Context) -> None:
    add_endpoint(app, ctx, "POST", activate_offline)
    add_endpoint(app, ctx, "POST", deactivate_offline)
    app.add_url_rule(
        "/offline", "offline_portal", partial(offline_portal, ctx), methods=["GET", "POST"]
    )
