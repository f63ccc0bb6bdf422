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
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import certifi
import httpcore
import httpx
from activation_wizard.errors import ConfigError, InsecureUrlError


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


def environment_proxy(url: str, env: Mapping[str, str]) -> str | None:
    """The proxy HTTPS_PROXY / ALL_PROXY name for ``url``, unless NO_PROXY or loopback."""
    host = (urlsplit(url).hostname or "").lower()
    if is_loopback_host(host):
        return None
    lower = {k.lower(): v for k, v in env.items()}
    for entry in lower.get("no_proxy", "").split(","):
        entry = entry.strip().lower().lstrip(".")
        if entry == "*" or (entry and (host == entry or host.endswith("." + entry))):
            return None
    proxy = lower.get("https_proxy") or lower.get("all_proxy") or ""
    # Only HTTP(S) proxies: SOCKS would need an extra package the bundle leaves out.
    return proxy if proxy.startswith(("http://", "https://")) else None


def presented_issuer(url: str, ctx_timeout: float = 5.0) -> str | None:
    """Who issued the certificate this network shows for ``url`` (verification off).

    Only a TLS handshake, no request: used after a verification failure to tell
    a company's inspecting proxy (its own CA) from a broken server.
    """
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    parts = urlsplit(url)
    host, port = parts.hostname or "", parts.port or 443
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # to read the certificate, never to trust it
    try:
        with (
            socket.create_connection((host, port), timeout=ctx_timeout) as raw,
            ctx.wrap_socket(raw, server_hostname=host) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
    except (OSError, ValueError):
        return None
    if not der:
        return None
    issuer = x509.load_der_x509_certificate(der).issuer
    for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME):
        names = issuer.get_attributes_for_oid(oid)
        if names:
            return str(names[0].value)
    return issuer.rfc4514_string() or None


def ssl_context(ca_file: Path | None, *, roots: str = "all") -> ssl.SSLContext:
    """Verification always on.  ``roots``: "all" (the default) trusts the operating
    system's store (through truststore, as pip does: a company's inspecting CA
    installed in the OS just works) plus certifi's Mozilla roots (a minimal system
    may have none); the vendor's ``ca_file`` is added on top, never instead.
    "os", "certifi" and "vendor" pick one source alone (diagnose says which
    verified).  Built explicitly: SSL_CERT_FILE and friends never change it."""
    if roots in ("all", "os"):
        ctx = _os_context()
    elif roots == "certifi":
        ctx = ssl.create_default_context(cafile=certifi.where())
    else:  # "vendor": no roots but the vendor's file; hostname and chain still checked
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if roots == "all":
        ctx.load_verify_locations(cafile=certifi.where())
    if ca_file and roots in ("all", "vendor"):
        try:  # the configuration checked its structure only (app/pem.py)
            ctx.load_verify_locations(cafile=str(ca_file))
        except (OSError, ssl.SSLError):
            raise ConfigError(
                "api.ca_file", f"{ca_file} is not a PEM certificate bundle", "config"
            ) from None
    _close_sockets_reset_before_tls(ctx)
    return ctx


def _close_sockets_reset_before_tls(ctx: ssl.SSLContext) -> None:
    """CPython before 3.11.8 / 3.12.2 (gh-113280) leaks the socket when the "is it
    connected?" probes in SSLSocket's creation fail (a server or middlebox that
    resets the connection before the handshake): one file descriptor per attempt,
    left to the garbage collector.  The context's socket class closes what its
    failed creation made.  (truststore keeps the standard context it wraps in
    ``_ctx``.)"""
    inner = getattr(ctx, "_ctx", ctx)
    base: type[ssl.SSLSocket] = inner.sslsocket_class
    made = threading.local()

    class ClosingSSLSocket(base):  # type: ignore[valid-type,misc]
        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            made.socket = super().__new__(cls, *args, **kwargs)
            return made.socket

        @classmethod
        def _create(cls, *args: Any, **kwargs: Any) -> Any:
            made.socket = None
            try:
                return super()._create(*args, **kwargs)
            except BaseException:
                if made.socket is not None:
                    made.socket.close()
                raise
            finally:
                made.socket = None

    inner.sslsocket_class = ClosingSSLSocket


def _os_context() -> ssl.SSLContext:
    try:
        import truststore
    except ImportError:  # a build without it: the OS store as OpenSSL finds it
        return ssl.create_default_context()
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class _TrackedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, backend: _TrackingBackend) -> None:
        self._inner = inner
        self._backend = backend
        self._detached = False
        backend.track(inner)

    def detach(self) -> httpcore.NetworkStream | None:
        """The connection, taken out of this transport (its close no longer closes
        it); None after an abort."""
        if self._detached or not self._backend.untrack(self._inner, unless_aborted=True):
            return None
        self._detached = True
        return self._inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        # A stream made while abort() ran (mid-handshake) was not there to be shut
        # down: refuse to block on it instead.
        if self._backend.aborted:
            raise httpcore.ReadError("aborted")
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if self._backend.aborted:
            raise httpcore.WriteError("aborted")
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        if self._detached:  # handed to the next request (warm.py)
            return
        self._backend.untrack(self._inner)
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        # From here abort() leaves the plain socket alone: shut down under the TLS
        # handshake, CPython's SSLSocket creation can fail without closing the
        # socket it took over (ECONNRESET in its "not connected" probe), leaving
        # it to the garbage collector.  A handshake is short, and the aborted
        # flag stops the stream before its first byte of HTTP.
        if not self._backend.untrack(self._inner, unless_aborted=True):
            self.close()
            raise httpcore.ConnectError("aborted")
        inner = self._inner.start_tls(ssl_context, server_hostname, timeout)
        return _TrackedStream(inner, self._backend)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Prewarmed(httpcore.NetworkStream):
    """A connection whose TLS handshake is done (warm.py): start_tls returns it."""

    def __init__(self, stream: httpcore.NetworkStream, host: str) -> None:
        self._stream = stream
        self._host = host

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        if server_hostname not in (None, self._host):  # never: the key has the host
            self._stream.close()
            raise httpcore.ConnectError("a kept connection to another host")
        return self._stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, timeout)

    def close(self) -> None:
        self._stream.close()

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _TrackingBackend(httpcore.SyncBackend):
    def __init__(self, trust: str | None = None) -> None:
        self._lock = threading.Lock()
        self._streams: set[httpcore.NetworkStream] = set()
        self.aborted = False
        self.trust = trust  # the kept connections' key part (None: none are used)

    def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        if self.aborted:
            raise httpcore.ConnectError("aborted")
        host, port = kwargs.get("host", args[0] if args else ""), kwargs.get("port")
        if self.trust is not None and port is not None:
            from activation_wizard.core.api.warm import WARM

            kept = WARM.take((host, port, self.trust), lambda: self.aborted, kwargs.get("timeout"))
            if self.aborted:
                if kept is not None:
                    kept.close()
                raise httpcore.ConnectError("aborted")
            if kept is not None:
                return _TrackedStream(_Prewarmed(kept, host), self)
        return _TrackedStream(super().connect_tcp(*args, **kwargs), self)

    def track(self, stream: httpcore.NetworkStream) -> None:
        with self._lock:
            self._streams.add(stream)

    def untrack(self, stream: httpcore.NetworkStream, *, unless_aborted: bool = False) -> bool:
        """Forget ``stream``; with ``unless_aborted``, not after an abort (False)."""
        with self._lock:
            if unless_aborted and self.aborted:
                return False
            self._streams.discard(stream)
            return True

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
    """``trust``: the trust settings' name (the CA file) to use and keep warm
    connections (warm.py) under; None (and any proxy) keeps none."""

    def __init__(
        self, verify: ssl.SSLContext, proxy: str | None = None, *, trust: str | None = None
    ) -> None:
        super().__init__(verify=verify, proxy=proxy)
        self._backend = _TrackingBackend(trust if proxy is None else None)
        # httpx builds its httpcore pool privately; swapping the network backend is
        # the one hook it leaves.  tests/unit/test_cancel.py fails if that changes.
        self._pool._network_backend = self._backend

    def abort(self) -> None:
        self._backend.abort()

    def keep_idle_connections(self) -> None:
        """Before closing: hand each idle connection to the next request (warm.py).
        httpcore keeps a connection's stream privately (``_connection``,
        ``_network_stream``); tests/unit/test_warm.py fails if that changes."""
        trust = self._backend.trust
        if trust is None or self._backend.aborted:
            return
        from activation_wizard.core.api.warm import WARM

        for connection in self._pool.connections:
            inner = getattr(connection, "_connection", None)
            stream = getattr(inner, "_network_stream", None)
            origin = getattr(connection, "_origin", None)
            if not connection.is_idle() or not isinstance(stream, _TrackedStream):
                continue
            if origin is None or origin.scheme != b"https":
                continue
            kept = stream.detach()
            if kept is not None:
                WARM.give_back((origin.host.decode("ascii"), origin.port, trust), kept)
