"""Single sign-on: the sso_url endpoint, and the sandbox's own identity provider
(a sign-in page listing the organisation's users, answering with a code or token)."""

from __future__ import annotations

import html
import secrets
from functools import partial
from typing import Any
from urllib.parse import urlencode

from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.endpoints import add_endpoint
from activation_wizard.sandbox.license_rules import product_of
from activation_wizard.sandbox.rejections import Rejection
from flask import Flask, Response, request


def sso_url(ctx: Context, data: dict[str, Any]) -> Response:
    with ctx.db.tx() as db:
        p = product_of(db, data)
        account = str(data.get("customer_account_code") or "")
        if not account:
            raise Rejection("authorization_missing_params", names="customer_account_code")
        if p["authorization_method"] != "user":
            raise Rejection("invalid_product_auth_method")
        known = db.execute("SELECT 1 FROM customer_accounts WHERE code = ?", (account,)).fetchone()
        if known is None:
            raise Rejection("customer_account_not_found")
    query = {
        "account": account,
        "response_type": "token" if data.get("response_type") == "token" else "code",
        "redirect_uri": str(data.get("redirect_uri") or "http://localhost"),
    }
    base = request.host_url.rstrip("/")
    return ctx.respond_json(
        {
            "url": f"{base}/sso/auth?{urlencode(query)}",
            "openid_configuration": {
                "issuer": f"{base}/sso",
                "token_endpoint": f"{base}/oauth/token",
                "end_session_endpoint": f"{base}/sso/logout",
            },
            "alternate_urls": [],
        }
    )


def sso_login_page(ctx: Context) -> Response:
    # The sandbox's identity provider: a login form listing the account's users.
    args = request.args
    account = args.get("account", "")
    with ctx.db.tx() as db:
        users = db.execute(
            "SELECT id, email FROM users WHERE customer_account = ? ORDER BY id", (account,)
        ).fetchall()
    if not users:
        return Response("Unknown organisation", 404, {"Content-Type": "text/plain"})
    known = ctx.idp_sessions.get(request.cookies.get("sandbox_idp", ""))
    if known is not None and args.get("prompt") != "login":
        return sso_redirect(ctx, known, account, args)  # signed in already: straight back
    fields = "".join(
        f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
        for k, v in args.items()
    )
    options = "".join(
        f'<label><input type="radio" name="user" value="{u["id"]}"'
        f"{' checked' if i == 0 else ''}> {html.escape(u['email'])}</label><br>"
        for i, u in enumerate(users)
    )
    page = (
        '<!doctype html><meta charset="utf-8"><title>Sandbox sign-in</title>'
        '<body style="font-family:sans-serif;margin:3em">'
        f"<h1>Sign in to {html.escape(account)}</h1>"
        "<p>The sandbox identity provider: pick a demo user.</p>"
        f'<form method="post" action="/sso/auth">{fields}{options}'
        '<p><button id="signin" type="submit">Sign in</button> '
        '<button id="deny" type="submit" name="deny" value="1">Cancel</button></p>'
        "</form>"
    )
    return Response(page, 200, {"Content-Type": "text/html; charset=utf-8"})


def sso_login_submit(ctx: Context) -> Response:
    form = request.form
    account = form.get("account", "")
    if form.get("deny"):
        return redirect_to(
            form,
            {"error": "access_denied", "error_description": "The user cancelled the sign-in"},
        )
    try:
        user_id = int(form.get("user", ""))
    except ValueError:
        return Response("Pick a user", 400, {"Content-Type": "text/plain"})
    with ctx.db.tx() as db:
        row = db.execute(
            "SELECT 1 FROM users WHERE id = ? AND customer_account = ?", (user_id, account)
        ).fetchone()
    if row is None:
        return Response("Unknown user", 400, {"Content-Type": "text/plain"})
    session = secrets.token_urlsafe(16)
    ctx.idp_sessions[session] = user_id
    response = sso_redirect(ctx, user_id, account, form)
    response.set_cookie("sandbox_idp", session, httponly=True, samesite="Lax")
    return response


def sso_redirect(ctx: Context, user_id: int, account: str, args: Any) -> Response:
    token_grant = args.get("response_type") == "token"
    value = secrets.token_urlsafe(24)
    lifetime = ctx.rules.sso_token_lifetime if token_grant else ctx.rules.sso_code_lifetime
    with ctx.db.tx() as db:
        db.execute(
            "INSERT INTO sso_grants (value, kind, user_id, account, redirect_uri, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                value,
                "token" if token_grant else "code",
                user_id,
                account,
                args.get("redirect_uri", ""),
                ctx.clock() + lifetime,
            ),
        )
    if token_grant:
        answer = {
            "access_token": value,
            "id_token": value,
            "token_type": "Bearer",
            "expires_in": str(int(lifetime)),
        }
    else:
        answer = {"code": value}
    return redirect_to(args, answer, fragment=token_grant)


def redirect_to(args: Any, answer: dict[str, str], fragment: bool = False) -> Response:
    target = args.get("redirect_uri", "http://localhost")
    if args.get("state"):
        answer = {**answer, "state": args["state"]}
    sep = "#" if fragment else ("&" if "?" in target else "?")
    return Response("", 302, {"Location": f"{target}{sep}{urlencode(answer)}"})


def register(app: Flask, ctx: Context) -> None:
    add_endpoint(app, ctx, "GET", sso_url)
    app.add_url_rule("/sso/auth", "sso_login_page", partial(sso_login_page, ctx), methods=["GET"])
    app.add_url_rule(
        "/sso/auth", "sso_login_submit", partial(sso_login_submit, ctx), methods=["POST"]
    )
