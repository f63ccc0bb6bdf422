"""OAuth client credentials, the alternative to HMAC: discovery and the token
endpoint (the tokens it hands out are kept in the context)."""

from __future__ import annotations

import hmac
import json
import secrets
from functools import partial

from activation_wizard.sandbox.context import Context
from flask import Flask, Response, request


def oauth_url(ctx: Context) -> Response:
    # Token-endpoint discovery, sent without auth by the Python SDK (license-api.md 2.2).
    url = request.host_url + "oauth/token"
    return ctx.respond_json({"url": url, "login_type": "client_credentials"})


def oauth_token(ctx: Context) -> Response:
    # Keycloak-style: form fields in, {error, error_description} on failure.
    form = request.form
    if form.get("grant_type") != "client_credentials":
        return Response(
            json.dumps({"error": "unsupported_grant_type"}),
            400,
            {"Content-Type": "application/json"},
        )
    good = hmac.compare_digest(form.get("client_id", ""), ctx.client_id) and hmac.compare_digest(
        form.get("client_secret", ""), ctx.client_secret
    )
    if not good:
        return Response(
            json.dumps(
                {
                    "error": "invalid_client",
                    "error_description": "Invalid client or Invalid client credentials",
                }
            ),
            401,
            {"Content-Type": "application/json"},
        )
    token = secrets.token_urlsafe(32)
    ctx.tokens[token] = ctx.clock() + ctx.rules.token_lifetime
    payload = {
        "access_token": token,
        "expires_in": int(ctx.rules.token_lifetime),
        "refresh_expires_in": 0,
        "token_type": "Bearer",
        "not-before-policy": 0,
        "scope": "profile email",
    }
    return Response(json.dumps(payload), 200, {"Content-Type": "application/json"})


def register(app: Flask, ctx: Context) -> None:
    app.add_url_rule("/api/v4/oauth_url", "oauth_url", partial(oauth_url, ctx), methods=["GET"])
    app.add_url_rule("/oauth/token", "oauth_token", partial(oauth_token, ctx), methods=["POST"])
