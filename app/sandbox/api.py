"""The sandbox License API: the rules of license-api.md over the state in ``db``.

Every request is authenticated as the real service does it (HMAC over the
``Date`` header, 15-minute window).  Every JSON response is built as exact
bytes, signed (``LicenseSignature`` header, RSA PKCS#1 v1.5 SHA-256) and sent
unchanged.

This module makes the app; the routes are in ``routes/`` by use case, each
/api/v4 endpoint run through ``endpoints`` (faults, authentication, Date).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from email.utils import formatdate

from activation_wizard.sandbox.context import Context, Rules, Signer
from activation_wizard.sandbox.db import Database
from activation_wizard.sandbox.faults import Faults
from activation_wizard.sandbox.rejections import Rejection
from activation_wizard.sandbox.routes import (
    accounts,
    activation,
    admin,
    airgap,
    bundles,
    consumption,
    features,
    floating,
    oauth,
    offline,
    product,
    sso,
    trial,
    variables,
    versions,
)
from flask import Flask, Response

# Rules and Signer are made by the server, the CLI and tests through this module.
__all__ = ["Rules", "Signer", "create_app"]

PARTS: tuple[Callable[[Flask, Context], None], ...] = (
    sso.register,
    activation.register,
    bundles.register,
    offline.register,
    product.register,
    accounts.register,
    trial.register,
    variables.register,
    floating.register,
    features.register,
    consumption.register,
    versions.register,
    oauth.register,
    admin.register,
    airgap.register,
)


def create_app(
    db: Database,
    signer: Signer,
    *,
    clock: Callable[[], float] = time.time,
    faults: Faults | None = None,
    rules: Rules | None = None,
) -> Flask:
    app = Flask("sandbox")
    ctx = Context(
        db=db,
        signer=signer,
        clock=clock,
        faults=faults or Faults(),
        rules=rules or Rules(),
        api_key=db.setting("api_key"),
        shared_key=db.setting("shared_key"),
        client_id=db.setting("client_id"),
        client_secret=db.setting("client_secret"),
    )
    app.extensions["sandbox"] = {"db": db, "faults": ctx.faults, "tokens": ctx.tokens}

    @app.after_request
    def dated(response: Response) -> Response:
        # Every answer carries the sandbox's clock (clients read their offset from
        # it); an endpoint under a clock_skew fault has set its skewed one already.
        response.headers.setdefault("Date", formatdate(ctx.clock(), usegmt=True))
        return response

    for register in PARTS:
        register(app, ctx)

    @app.get("/")
    def online() -> Response:
        # The real service's unauthenticated "online?" probe (license-api.md 1.1).
        return Response("ok", 200, {"Content-Type": "text/plain"})

    @app.errorhandler(404)
    def not_found(_: Exception) -> Response:
        return ctx.reject(Rejection("not_found"))

    @app.errorhandler(405)
    def wrong_method(_: Exception) -> Response:
        return ctx.reject(Rejection("not_found"))

    return app
