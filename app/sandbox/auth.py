"""Request authentication as the real service does it: HMAC-SHA256 over the
``Date`` header (or an OAuth bearer token), within the 15-minute window."""

from __future__ import annotations

import hmac
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from activation_wizard.core.api.signing import sign
from activation_wizard.sandbox.context import DATE_WINDOW, Context
from activation_wizard.sandbox.rejections import Rejection
from flask import request

_AUTH_PAIR = re.compile(r'\s*([A-Za-z]+)\s*=\s*"([^"]*)"\s*')


def authenticate(ctx: Context, skew: float = 0.0) -> None:
    missing = [h for h in ("Date", "Authorization") if not request.headers.get(h)]
    if missing:
        raise Rejection("missing_headers", names=", ".join(missing))
    raw = request.headers["Authorization"]
    if raw.startswith("Bearer "):
        check_date(ctx, request.headers["Date"], skew)
        expiry = ctx.tokens.get(raw[len("Bearer ") :].strip())
        if expiry is None:
            raise Rejection("oauth_token_malformed")
        if expiry <= ctx.clock():
            raise Rejection("oauth_token_expired")
        return
    pairs: dict[str, str] = {}
    for part in raw.split(","):
        m = _AUTH_PAIR.fullmatch(part)
        if not m:
            raise Rejection("authorization_invalid_headers")
        pairs[m.group(1).lower()] = m.group(2)  # apikey and apiKey alike
    need = [k for k in ("algorithm", "headers", "signature", "apikey") if k not in pairs]
    if need:
        raise Rejection("authorization_missing_params", names=", ".join(need))
    if pairs["algorithm"].lower() != "hmac-sha256":
        raise Rejection("hmac_required")
    if not hmac.compare_digest(pairs["apikey"], ctx.api_key):
        raise Rejection("invalid_api_key")
    date_text = request.headers["Date"]
    check_date(ctx, date_text, skew)
    if not hmac.compare_digest(pairs["signature"], sign(ctx.shared_key, date_text)):
        raise Rejection("signature_mismatch", status=ctx.rules.signature_mismatch_status)


def check_date(ctx: Context, date_text: str, skew: float = 0.0) -> None:
    try:
        sent = parsedate_to_datetime(date_text)
    except (TypeError, ValueError):
        raise Rejection("date_header_diff") from None
    if sent.tzinfo is None:
        raise Rejection("date_header_diff")
    behind = datetime.fromtimestamp(ctx.clock() + skew, UTC) - sent
    if behind > DATE_WINDOW or -behind > ctx.rules.future_window:
        raise Rejection("date_header_diff")
