"""OAuth 2.0 client credentials as an ``httpx.Auth`` (license-api.md section 2.2).

The token endpoint is configured, or discovered with ``GET /oauth_url`` (sent
without auth, as the Python SDK does).  A token is kept in a ``TokenCache``
shared by every client of one ``Activator`` until shortly before it expires;
on ``oauth_token_expired`` / ``oauth_token_malformed`` one fresh token is
fetched and the request sent once more.  The client secret never leaves this
module except in the token request's form body.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Generator

import httpx
from activation_wizard.core.api.signing import http_date
from activation_wizard.core.api.tokens import TokenCache
from activation_wizard.errors import OAuthClientRejected, OAuthTokenFailed

REFRESH_CODES = ("oauth_token_expired", "oauth_token_malformed")
EARLY = 5.0  # s: renew this long before the token server's expiry, as the Python SDK does


class OAuthAuth(httpx.Auth):
    requires_response_body = True  # the error code decides whether to refresh

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        api_url: str,
        token_url: str = "",
        cache: TokenCache | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._id = client_id
        self._secret = client_secret
        self._api_url = api_url
        self._token_url = token_url
        self.cache = cache or TokenCache()
        self._clock = clock

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self.cache.valid(self._clock())
        if not token:
            token = yield from self._fetch()
        self._apply(request, token)
        response = yield request
        if response.status_code >= 400 and _error_code(response) in REFRESH_CODES:
            self.cache.clear()
            token = yield from self._fetch()
            self._apply(request, token)
            yield request

    def _apply(self, request: httpx.Request, token: str) -> None:
        request.headers["Date"] = http_date(self._clock())  # still checked (15 minutes)
        request.headers["Authorization"] = f"Bearer {token}"

    def _fetch(self) -> Generator[httpx.Request, httpx.Response, str]:
        url = self._token_url or self.cache.token_url
        if not url:
            found = yield httpx.Request(
                "GET", f"{self._api_url}/oauth_url", params={"login_type": "client_credentials"}
            )
            url = _json_field(found, "url", "token endpoint discovery")
            self.cache.token_url = url
        started = self._clock()
        answer = yield httpx.Request(
            "POST",
            url,
            data={
                "grant_type": "client_credentials",
                "client_id": self._id,
                "client_secret": self._secret,
            },
        )
        if answer.status_code in (400, 401, 403):
            error = _json_text(answer, "error") or f"HTTP {answer.status_code}"
            if error in ("invalid_client", "unauthorized_client") or answer.status_code == 401:
                raise OAuthClientRejected(error)
            raise OAuthTokenFailed(error)
        if answer.status_code >= 300:
            raise OAuthTokenFailed(f"HTTP {answer.status_code}")
        token = _json_field(answer, "access_token", "token response")
        try:
            lifetime = float(json.loads(answer.content).get("expires_in", 60))
        except (ValueError, TypeError, AttributeError):
            lifetime = 60.0
        self.cache.put(token, started + max(0.0, lifetime - EARLY))
        return token


def _json_text(response: httpx.Response, name: str) -> str:
    try:
        value = json.loads(response.content).get(name)
    except (ValueError, AttributeError):
        return ""
    return value if isinstance(value, str) else ""


def _json_field(response: httpx.Response, name: str, what: str) -> str:
    if response.status_code >= 300:
        raise OAuthTokenFailed(f"{what}: HTTP {response.status_code}")
    value = _json_text(response, name)
    if not value:
        raise OAuthTokenFailed(f"{what}: no {name}")
    return value


def _error_code(response: httpx.Response) -> str:
    return _json_text(response, "code")
