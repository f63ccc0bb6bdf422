"""What the faults QA switches on (faults.py) do to an API request: strike before
it is handled, or change the answer after the work is done."""

from __future__ import annotations

import contextlib
import json
import socket
from collections.abc import Iterator
from email.utils import formatdate

from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.faults import Fault
from flask import Response, request


def drop_connection() -> None:
    sock = request.environ.get("werkzeug.socket")
    if sock is not None:
        # The plain socket call: an SSL shutdown would try to talk first.
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


def dropped() -> Response:
    drop_connection()
    return Response(b"", 200)  # never arrives: the socket is shut


def before(ctx: Context, active: dict[str, Fault]) -> Response | None:
    """Faults that strike before the request is handled (nothing is committed)."""
    if "latency" in active:
        ctx.faults.wait(active["latency"].seconds())
    if "drop_before" in active:
        return dropped()
    if "error_5xx" in active:
        status, _, retry = active["error_5xx"].value.partition(":")
        code = int(status or 500)
        body = json.dumps({"status": code, "code": "internal_error", "message": "Fault"})
        headers = {"Content-Type": "application/json"}
        if retry:
            headers["Retry-After"] = retry_after(ctx, retry)
        return Response(body, code, headers)
    if "rate_limit" in active:
        return Response(
            json.dumps({"status": 429, "code": "rate_limited", "message": "Too many"}),
            429,
            {
                "Content-Type": "application/json",
                "Retry-After": retry_after(ctx, active["rate_limit"].value or "30"),
            },
        )
    return None


def retry_after(ctx: Context, value: str) -> str:
    if value.startswith("date+"):  # an HTTP date, the other form RFC 9110 allows
        return formatdate(ctx.clock() + float(value[5:]), usegmt=True)
    return value


def after(ctx: Context, active: dict[str, Fault], response: Response) -> Response:
    """Faults that strike after the work is done (an activation is committed)."""
    if "latency_after" in active:
        ctx.faults.wait(active["latency_after"].seconds())
    if "drop_after" in active:
        return dropped()
    if "gateway_after" in active:
        status = int(active["gateway_after"].value or 502)
        page = f"<html><body><h1>{status} Bad Gateway</h1></body></html>"
        return Response(page, status, {"Content-Type": "text/html"})
    if "malformed_json" in active:
        body = b'{"id": 1, "license_type": '
        response.set_data(body)
        response.headers["LicenseSignature"] = ctx.signer.sign(body)
    if "bad_signature" in active:
        response.headers["LicenseSignature"] = ctx.signer.sign(b"another body")
    if "no_signature" in active:
        response.headers.pop("LicenseSignature", None)
    if "truncate" in active:
        body = response.get_data()

        def half_then_close() -> Iterator[bytes]:
            yield body[: len(body) // 2]
            drop_connection()

        cut = Response(half_then_close(), response.status_code, dict(response.headers))
        cut.headers["Content-Length"] = str(len(body))
        return cut
    return response
