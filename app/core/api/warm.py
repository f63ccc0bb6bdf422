"""Connections to the License API opened before the user asks, and kept between
requests: what a user waits for after a click is then one round trip, not DNS,
TCP, the TLS handshake and the request.

``warm()`` connects and completes the TLS handshake on its own thread and sends
nothing else; the next request to that host takes the connection
(``CancellableTransport``'s backend asks ``take()``). A client that closes hands its
idle connection back (``give_back``), so the request after it (the activation after
the license list) needs no handshake either. One connection is kept per host, port
and trust settings, for ``KEEP_IDLE`` seconds, and only if the server has not closed
it (a closed or reset one is readable: it is dropped and a fresh one made).
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpcore
from httpcore._backends.sync import SyncStream  # httpcore's own stream type (1.x)

if TYPE_CHECKING:
    from activation_wizard.config import Config

log = logging.getLogger(__name__)
# Below the idle timeouts of common servers and load balancers (60 s and more): a
# kept connection is given up before the server gives up on it.
KEEP_IDLE = 30.0
# A connection still opening is waited for while it is this young (it has a head
# start); an older one is hung: the request connects on its own.
WAIT_FOR_OPENING = 3.0


def _clock() -> float:
    """Seconds on a clock that keeps counting while the computer sleeps (a
    connection from before a suspend is old, whatever monotonic says)."""
    try:
        return time.clock_gettime(time.CLOCK_BOOTTIME)  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError):  # not Linux
        return time.time()


Key = tuple[str, int, str]  # host, port, the trust settings it was verified with


@dataclass
class _Entry:
    ready: threading.Event = field(default_factory=threading.Event)
    stream: httpcore.NetworkStream | None = None
    since: float = 0.0
    started: float = 0.0
    taken: bool = False  # a request waits for it (no longer in the table)
    abandoned: bool = False  # nobody will take it: close it when the handshake ends


class WarmConnections:
    """Process-wide: at most one open, unused connection per key."""

    def __init__(self, clock: Callable[[], float] = _clock) -> None:
        self._lock = threading.Lock()
        self._entries: dict[Key, _Entry] = {}
        self._clock = clock

    def warm(
        self,
        key: Key,
        make_context: Callable[[], ssl.SSLContext],
        timeout: float,
        wanted: Callable[[], bool] = lambda: True,
    ) -> threading.Thread | None:
        """Open a connection for ``key`` on a thread, unless one is open or opening;
        it is closed at once if ``wanted()`` says no by the time it is open."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and (not entry.ready.is_set() or self._fresh(entry)):
                return None
            if entry is not None:
                self._drop(entry)
            entry = self._entries[key] = _Entry(started=self._clock())
        thread = threading.Thread(
            target=self._open,
            args=(key, entry, make_context, timeout, wanted),
            daemon=True,
            name="warm",
        )
        thread.start()
        return thread

    def _open(
        self,
        key: Key,
        entry: _Entry,
        make_context: Callable[[], ssl.SSLContext],
        timeout: float,
        wanted: Callable[[], bool],
    ) -> None:
        host, port, _ = key
        stream: httpcore.NetworkStream | None = None
        try:
            sock = socket.create_connection((host, port), timeout=timeout)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # as httpcore does
            try:
                ctx = make_context()
                ctx.set_alpn_protocols(["http/1.1"])  # as httpcore asks, without HTTP/2
                stream = SyncStream(ctx.wrap_socket(sock, server_hostname=host))
            except BaseException:
                sock.close()
                raise
        except Exception as exc:  # the request will connect itself, and say what failed
            log.debug("warm connection to %s:%s failed: %s", host, port, exc)
        with self._lock:
            entry.stream, entry.since = stream, self._clock()
            replaced = not entry.taken and self._entries.get(key) is not entry
            if entry.abandoned or replaced or not wanted():
                self._drop(entry)
                if self._entries.get(key) is entry:
                    del self._entries[key]
            entry.ready.set()
        if stream is not None:
            log.debug("warm connection to %s:%s ready", host, port)

    def take(
        self, key: Key, aborted: Callable[[], bool], timeout: float | None
    ) -> httpcore.NetworkStream | None:
        """The kept connection for ``key``, waiting for one still opening (it has a
        head start on a new one); None: connect as usual. ``aborted`` is asked
        between short waits: a Cancel never waits for a handshake."""
        with self._lock:
            entry = self._entries.pop(key, None)
            if entry is not None:
                entry.taken = True
        if entry is None:
            return None
        limit = min(WAIT_FOR_OPENING, timeout if timeout is not None else WAIT_FOR_OPENING)
        while not entry.ready.wait(0.02):
            if aborted() or self._clock() - entry.started > limit:
                with self._lock:
                    entry.abandoned = True
                    if entry.ready.is_set():
                        self._drop(entry)
                return None
        with self._lock:
            if not self._fresh(entry):
                self._drop(entry)
                return None
            stream, entry.stream = entry.stream, None
        return stream

    def give_back(self, key: Key, stream: httpcore.NetworkStream) -> None:
        """Keep an idle connection for the next request (or close it: one is kept)."""
        with self._lock:
            if key in self._entries:
                _close(stream)
                return
            entry = _Entry(stream=stream, since=self._clock())
            entry.ready.set()
            self._entries[key] = entry

    def close_all(self) -> None:
        with self._lock:
            entries, self._entries = list(self._entries.values()), {}
            for entry in entries:
                entry.abandoned = True
                self._drop(entry)

    def _fresh(self, entry: _Entry) -> bool:
        """Ready, young enough, and not closed by the server: an idle HTTP/1.1
        connection with something to read has been closed or reset."""
        stream = entry.stream
        if stream is None or self._clock() - entry.since > KEEP_IDLE:
            return False
        return _alive(stream.get_extra_info("socket"))

    @staticmethod
    def _drop(entry: _Entry) -> None:
        if entry.stream is not None:
            _close(entry.stream)
            entry.stream = None


def _alive(sock: ssl.SSLSocket) -> bool:
    """Nothing to read, or only TLS records without data (TLS 1.3 sends its
    session tickets after the handshake): alive. End of stream, a reset, or data
    nobody asked for: not."""
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return False
    if not readable:
        return True
    timeout = sock.gettimeout()
    try:
        sock.settimeout(0)
        sock.recv(1)
        return False  # b"": closed; a byte: not an idle HTTP/1.1 connection
    except ssl.SSLWantReadError:
        return True
    except OSError:
        return False
    finally:
        with contextlib.suppress(OSError):
            sock.settimeout(timeout)


def _close(stream: httpcore.NetworkStream) -> None:
    with contextlib.suppress(OSError):
        stream.close()


WARM = WarmConnections()


def trust_name(config: Config) -> str | None:
    """The key part that says how a kept connection was verified: the contents of
    the CA file added to the system's roots (a file replaced since is another
    trust). None: keep nothing (plain HTTP, or turned off)."""
    if not config.prewarm or not config.api_url.startswith("https://"):
        return None
    if config.ca_file is None:
        return ""
    import hashlib

    try:
        return hashlib.sha256(config.ca_file.read_bytes()).hexdigest()
    except OSError:
        return None


def prewarm(config: Config, wanted: Callable[[], bool] = lambda: True) -> threading.Thread | None:
    """Open (on a thread) the connection the next request to the License API will
    use; nothing when ``api.prewarm`` is off, through a proxy, or for plain HTTP."""
    import os
    from urllib.parse import urlsplit

    from activation_wizard.core.api.transport import environment_proxy, ssl_context

    parts = urlsplit(config.api_url)
    trust = trust_name(config)
    if trust is None or not parts.hostname:
        return None
    if config.proxy or environment_proxy(config.api_url, os.environ):
        return None
    key = (parts.hostname, parts.port or 443, trust)
    return WARM.warm(key, lambda: ssl_context(config.ca_file), config.connect_timeout, wanted)
