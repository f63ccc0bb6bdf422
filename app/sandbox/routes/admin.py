"""QA's switchboard: the faults of this run, read, added or cleared over HTTP."""

from __future__ import annotations

import json
from functools import partial

from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.faults import Fault, FaultSpecError
from activation_wizard.sandbox.rejections import Rejection
from flask import Flask, Response, request


def admin_faults(ctx: Context) -> Response:
    # QA's switchboard, for this machine only (the sandbox binds 127.0.0.1 anyway).
    if request.remote_addr not in ("127.0.0.1", "::1"):
        return ctx.reject(Rejection("not_found"))
    if request.method == "POST":
        try:
            ctx.faults.add(Fault.from_json(request.get_json(silent=True)))
        except FaultSpecError as exc:
            return Response(
                json.dumps({"error": str(exc)}), 400, {"Content-Type": "application/json"}
            )
    elif request.method == "DELETE":
        ctx.faults.clear()
    return Response(json.dumps(ctx.faults.as_json()), 200, {"Content-Type": "application/json"})


def register(app: Flask, ctx: Context) -> None:
    app.add_url_rule(
        "/_admin/faults",
        "admin_faults",
        partial(admin_faults, ctx),
        methods=["GET", "POST", "DELETE"],
    )
