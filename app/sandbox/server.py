"""Serving the sandbox on 127.0.0.1, over HTTP or HTTPS with its own CA.

The RSA signing key and (with TLS) the CA are made once and kept with the
database, so a restarted sandbox still verifies activations it signed before.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from activation_wizard.core import airgap
from activation_wizard.sandbox.api import Rules, Signer, create_app
from activation_wizard.sandbox.db import PRODUCT, Database
from activation_wizard.sandbox.faults import Faults
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

HOST = "127.0.0.1"
# GET /user_licenses carries the password in its query, as documented; the access
# log (--log-requests, a test's log capture) must not.
_SECRET_QUERY = re.compile(r"((?:password|new_password|license_key|code|id_token)=)[^&\s\"]*")


class _MaskSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                _SECRET_QUERY.sub(r"\1***", a) if isinstance(a, str) else a for a in record.args
            )
        record.msg = _SECRET_QUERY.sub(r"\1***", str(record.msg))
        return True


logging.getLogger("werkzeug").addFilter(_MaskSecrets())


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("activation-wizard")) / "sandbox" / "sandbox.sqlite3"


def _load_or_make_key(path: Path) -> rsa.RSAPrivateKey:
    if path.exists():
        key = serialization.load_pem_private_key(
            path.read_bytes(), password=None, unsafe_skip_rsa_key_validation=True
        )
        assert isinstance(key, rsa.RSAPrivateKey)
        return key
    key = rsa.generate_private_key(public_exponent=65537, key_size=4096)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.write_bytes(pem)
    path.chmod(0o600)
    return key


def _tls(folder: Path) -> tuple[ssl.SSLContext, Path]:
    """A CA kept in ``folder`` and a fresh server certificate for 127.0.0.1/localhost."""
    import trustme

    ca_file, ca_key = folder / "ca.pem", folder / "ca.key"
    if ca_file.exists() and ca_key.exists():
        ca = trustme.CA.from_pem(ca_file.read_bytes(), ca_key.read_bytes())
    else:
        ca = trustme.CA(organization_name="Activation Wizard Sandbox")
        ca.cert_pem.write_to_path(str(ca_file))
        ca.private_key_pem.write_to_path(str(ca_key))
        ca_key.chmod(0o600)
    cert = ca.issue_cert(HOST, "localhost")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(ctx)
    return ctx, ca_file


class _Handler(WSGIRequestHandler):
    """The HTTP server without a Date header of its own: the application sends the
    sandbox's clock (a second, real-time Date would hide a clock_skew fault). It
    keeps connections alive, as the real service does (werkzeug closes each one):
    ``_drained`` has read every request's body before the next request line."""

    timeout = 60  # an idle kept connection is closed, as servers do
    _handshake_failed = False

    def setup(self) -> None:
        self.server.open_connections.add(self.request)  # type: ignore[attr-defined]
        if isinstance(self.request, ssl.SSLSocket):
            try:
                self.request.settimeout(self.timeout)
                self.request.do_handshake()
            except OSError:  # the client went away or spoke no TLS: nothing to answer
                self._handshake_failed = True
        super().setup()

    def handle(self) -> None:
        if not self._handshake_failed:
            super().handle()

    def finish(self) -> None:
        self.server.open_connections.discard(self.request)  # type: ignore[attr-defined]
        super().finish()

    def run_wsgi(self) -> None:
        # After each answer werkzeug reads whatever the client sent next and throws
        # it away (it closes every connection): on a kept connection that is the next
        # request. _drained has read each body already; its 10 MB read is refused.
        real = self.rfile
        self.rfile = _NoDrain(real)  # type: ignore[assignment]
        try:
            super().run_wsgi()
        finally:
            self.rfile = real

    def send_response(self, code: int, message: str | None = None) -> None:
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Server", self.version_string())

    def send_header(self, keyword: str, value: str) -> None:
        keep = _plain_length(self.headers)  # a body whose end is certain, or none
        if keyword.lower() == "connection" and value.lower() == "close" and keep:
            return  # kept open (http.server closes it if the client asked to)
        super().send_header(keyword, value)


class _NoDrain:
    """The request stream, except werkzeug's read of what follows an answer."""

    WERKZEUG_DRAIN = 10_000_000  # serving.py: "Only read 10MB into memory at a time"

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def read(self, size: int = -1) -> bytes:
        if size == self.WERKZEUG_DRAIN:
            return b""
        return bytes(self._inner.read(size))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _plain_length(headers: Any) -> bool:
    """No Transfer-Encoding and at most one Content-Length of ASCII digits: the
    request's end is certain, so the connection can carry the next one (anything
    else is answered, then the connection closed: nothing is read as a request)."""
    if any(name.strip().lower() == "transfer-encoding" for name in headers):
        return False
    lengths = headers.get_all("Content-Length") or []
    return len(lengths) <= 1 and all(v.isascii() and v.isdigit() for v in lengths)


def _drained(app: Any) -> Any:
    """The application, with each request's body read before it runs: nothing is
    left on a kept connection whatever the application reads."""

    def wsgi(environ: dict[str, Any], start_response: Any) -> Any:
        length = environ.get("CONTENT_LENGTH") or ""
        if length.isascii() and length.isdigit():
            import io

            environ["wsgi.input"] = io.BytesIO(environ["wsgi.input"].read(int(length)))
        return app(environ, start_response)

    return wsgi


@dataclass
class SandboxInfo:
    api_url: str
    api_key: str
    shared_key: str
    public_key: str
    product: str
    product_name: str
    licenses: list[dict[str, str]]
    ca_file: str | None = None
    # The OAuth client (client credentials) the sandbox also accepts instead of HMAC.
    client_id: str = ""
    client_secret: str = ""
    # The vendor's air-gap key's public point (airgap.public_key in the wizard's config).
    airgap_public_key: str = ""

    def config_flags(self) -> dict[str, Any]:
        """Config values that point the wizard at this sandbox."""
        from activation_wizard.config import sandbox_flags

        return sandbox_flags(self.__dict__)

    def as_json(self) -> str:
        data: dict[str, Any] = dict(self.__dict__)
        if data["ca_file"] is None:
            del data["ca_file"]
        return json.dumps(data)


class Sandbox:
    """One sandbox server; ``start()`` serves it on a thread, ``serve_forever()`` in front."""

    def __init__(
        self,
        db_path: Path | None = None,
        port: int = 0,
        tls: bool = False,
        faults: Faults | None = None,
        rules: Rules | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db_path = db_path or default_db_path()
        self.db = Database(self.db_path)
        folder = self.db_path.parent
        stem = self.db_path.stem
        signer_key = _load_or_make_key(folder / f"{stem}.signing-key.pem")
        self.public_key_path = folder / f"{stem}.public-key.pem"
        self.public_key_path.write_bytes(
            signer_key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        self.faults = faults or Faults()
        self.app = create_app(
            self.db, Signer(signer_key), faults=self.faults, rules=rules, clock=clock
        )
        ssl_ctx: ssl.SSLContext | None = None
        self.ca_file: Path | None = None
        if tls:
            ssl_ctx, self.ca_file = _tls(folder)
        self._server: BaseWSGIServer = make_server(
            HOST, port, _drained(self.app), threaded=True, request_handler=_Handler
        )
        self._server.open_connections = set()  # type: ignore[attr-defined]
        if ssl_ctx is not None:
            # Each handshake in its connection's own thread (_Handler.setup): werkzeug
            # does it in accept(), where one slow client stalls every other.
            self._server.socket = ssl_ctx.wrap_socket(
                self._server.socket, server_side=True, do_handshake_on_connect=False
            )
            self._server.ssl_context = ssl_ctx
        scheme = "https" if tls else "http"
        self.api_url = f"{scheme}://{HOST}:{self._server.server_port}/api/v4"
        self._thread: threading.Thread | None = None

    @property
    def info(self) -> SandboxInfo:
        return SandboxInfo(
            api_url=self.api_url,
            api_key=self.db.setting("api_key"),
            shared_key=self.db.setting("shared_key"),
            public_key=str(self.public_key_path),
            product=PRODUCT,
            product_name=self.db.product_name(PRODUCT),
            licenses=[s.as_json() for s in self.db.scenarios()],
            ca_file=str(self.ca_file) if self.ca_file else None,
            client_id=self.db.setting("client_id"),
            client_secret=self.db.setting("client_secret"),
            airgap_public_key=airgap.public_point(self.db.setting("airgap_key")),
        )

    def start(self) -> Sandbox:
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="sandbox",
            daemon=True,
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        self.faults.released.set()  # wake any deliberately slow answer
        self._server.shutdown()
        self._server.server_close()
        # A server going down takes its kept connections with it.
        for sock in list(self._server.open_connections):  # type: ignore[attr-defined]
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
