"""The HTTPS transport: an explicit TLS context, a URL policy, and a real Cancel.

httpx's sync client cannot abort a request that is blocked reading from the
socket.  ``CancellableTransport`` keeps every socket it opens and, on abort,
shuts them down: the blocked read returns at once and the call fails, so the
Cancel button never waits for a slow server.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import ssl
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import certifi
import httpcore
import httpx

from app.errors import InsecureUrlError


def is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> None:
    """HTTPS always; plain http:// only to this machine (the sandbox, local tests)."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return
    if parts.scheme == "http" and is_loopback_host(parts.hostname or ""):
        return
    raise InsecureUrlError(url, url=url)


def ssl_context(ca_file: Path | None = None) -> ssl.SSLContext:
    """Verification always on; certifi's roots, or the vendor's CA file.

    Built explicitly so SSL_CERT_FILE and friends in the environment never
    change what end users trust.
    """
    return ssl.create_default_context(cafile=str(ca_file) if ca_file else certifi.where())


class _TrackedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, backend: _TrackingBackend) -> None:
        self._inner = inner
        self._backend = backend
        backend.track(inner)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._backend.untrack(self._inner)
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, timeout)
        self._backend.untrack(self._inner)
        return _TrackedStream(inner, self._backend)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _TrackingBackend(httpcore.SyncBackend):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._streams: set[httpcore.NetworkStream] = set()
        self.aborted = False

    def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        if self.aborted:
            raise httpcore.ConnectError("aborted")
        return _TrackedStream(super().connect_tcp(*args, **kwargs), self)

    def track(self, stream: httpcore.NetworkStream) -> None:
        with self._lock:
            self._streams.add(stream)

    def untrack(self, stream: httpcore.NetworkStream) -> None:
        with self._lock:
            self._streams.discard(stream)

    def abort(self) -> None:
        with self._lock:
            self.aborted = True
            streams = list(self._streams)
        for stream in streams:
            sock = stream.get_extra_info("socket")
            if sock is None or sock.fileno() == -1:
                continue
            # The plain socket method: SSLSocket.shutdown would also tear down its
            # SSL object under the reading thread's feet.  OSError: already closed.
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


class CancellableTransport(httpx.HTTPTransport):
    def __init__(self, verify: ssl.SSLContext, proxy: str | None = None) -> None:
        super().__init__(verify=verify, proxy=proxy)
        self._backend = _TrackingBackend()
        # httpx builds its httpcore pool privately; swapping the network backend is
        # the one hook it leaves.  tests/unit/test_cancel.py fails if that changes.
        self._pool._network_backend = self._backend

    def abort(self) -> None:
        self._backend.abort()
