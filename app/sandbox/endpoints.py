"""How every authenticated /api/v4 endpoint runs: faults first, then the
authentication and the parameters, the handler, and the Date of the answer."""

from __future__ import annotations

import json
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

from activation_wizard.sandbox.auth import authenticate
from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.fault_effects import after, before
from activation_wizard.sandbox.rejections import Rejection
from flask import Flask, Response, request

Handler = Callable[[Context, dict[str, Any]], Response]


def add_endpoint(
    app: Flask, ctx: Context, method: str, handler: Handler, path: str | None = None
) -> None:
    """Serve ``handler`` at /api/v4/<path> (by default its name; "floating/borrow" is
    none), the name faults are matched by."""
    name = path or handler.__name__

    def run() -> Response:
        active = ctx.faults.take(name)
        early = before(ctx, active)
        if early is not None:
            return early
        skew = active["clock_skew"].seconds() if "clock_skew" in active else 0.0
        try:
            authenticate(ctx, skew)
            data = params()
            ctx.faults.wait()
            response = handler(ctx, data)
        except Rejection as exc:
            response = ctx.reject(exc)
        response = after(ctx, active, response)
        # The server's clock as it sends it (clients read the offset from it): the
        # sandbox's own, skewed by the fault, not the web server's.
        response.headers["Date"] = formatdate(ctx.clock() + skew, usegmt=True)
        return response

    run.__name__ = handler.__name__
    app.add_url_rule(f"/api/v4/{name}", handler.__name__, run, methods=[method])


def params() -> dict[str, Any]:
    """The query of a GET, else the JSON body."""
    if request.method == "GET":
        return dict(request.args)
    if request.mimetype in ("text/plain", "multipart/form-data"):
        return {}  # offline request files: the handler decodes the body itself
    try:
        data = json.loads(request.get_data() or b"{}")
    except ValueError:
        raise Rejection("invalid_json") from None
    if not isinstance(data, dict):
        raise Rejection("invalid_json")
    return data
