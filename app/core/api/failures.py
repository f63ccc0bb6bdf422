"""What a response that is not a plain yes says besides its body: the server's
clock (Date), how long to wait (Retry-After), and which transport failure it was."""

from __future__ import annotations

import socket
import ssl
from email.utils import parsedate_to_datetime

import httpx
from activation_wizard.errors import (
    AnswerLost,
    ConnectError,
    DnsError,
    NetworkError,
    RequestTimeout,
    TlsError,
    WizardError,
)


def server_time(response: httpx.Response) -> float | None:
    try:
        return parsedate_to_datetime(response.headers["Date"]).timestamp()
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def clock_offset(response: httpx.Response, now: float) -> float | None:
    """Seconds this computer's clock is ahead of the server's (negative: behind)."""
    server = server_time(response)
    return None if server is None else now - server


def retry_after(value: str, now: float) -> float | None:
    """Seconds to wait: Retry-After is delay-seconds or an HTTP date (RFC 9110)."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when - now)


def network_error(exc: httpx.HTTPError) -> WizardError:
    """Name the transport failure by its root cause, not by its wrapper."""
    chain: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in chain:
        chain.append(cur)
        cur = cur.__cause__ or cur.__context__
    for cause in chain:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return TlsError(cause.verify_message or "certificate not trusted")
        if isinstance(cause, ssl.SSLError):
            return TlsError(cause.reason or "TLS handshake failed")
    if any(isinstance(c, socket.gaierror) for c in chain):
        return DnsError("host name could not be resolved")
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return ConnectError("no connection in time")  # nothing was sent
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeout(type(exc).__name__)
    if isinstance(exc, httpx.ConnectError):
        return ConnectError("connection refused or unreachable")
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return AnswerLost(type(exc).__name__)  # the request may have been acted on
    return NetworkError(type(exc).__name__)
