"""HMAC request signing (license-api.md section 2.1) as an ``httpx.Auth``."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Generator
from email.utils import formatdate

import httpx


def http_date(epoch: float) -> str:
    """RFC 7231 IMF-fixdate, always GMT: ``Thu, 17 Nov 2022 20:51:35 GMT``."""
    return formatdate(epoch, usegmt=True)


def signing_string(date: str) -> str:
    return f"licenseSpring\ndate: {date}"


def sign(shared_key: str, date: str) -> str:
    digest = hmac.new(shared_key.encode(), signing_string(date).encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def authorization_header(api_key: str, shared_key: str, date: str) -> str:
    return (
        f'algorithm="hmac-sha256",headers="date",'
        f'signature="{sign(shared_key, date)}",apikey="{api_key}"'
    )


class HmacAuth(httpx.Auth):
    """Adds ``Date`` and ``Authorization`` to every request, signed at send time."""

    def __init__(self, api_key: str, shared_key: str, clock: Callable[[], float] = time.time):
        self._api_key = api_key
        self._shared_key = shared_key
        self._clock = clock

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        date = http_date(self._clock())
        request.headers["Date"] = date
        request.headers["Authorization"] = authorization_header(
            self._api_key, self._shared_key, date
        )
        yield request
