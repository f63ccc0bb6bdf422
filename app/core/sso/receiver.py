"""Catches the browser's redirect after single sign-on, on 127.0.0.1 only.

One callback is accepted on one path: a ``code`` in the query, or tokens in the
URL fragment (which browsers never send: a small page posts the fragment back).
Every local program and every web page the user opens can reach this port, so
(RFC 8252 section 8, design.md section 11) only an answer carrying this sign-in's
``state`` counts, whatever it says (a code, a token or an error); the ``Host`` must be
this address (no DNS rebinding); a request another site's page makes (an image, a
frame, a script, a form posted from elsewhere) is refused before it is read; only
GET and POST are served.  Anything refused is never shown and the wait goes on; once
an answer is taken, later requests get 410 and the server stops.  Nothing it logs
holds a code or a token.
"""

from __future__ import annotations

import html
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.sso import Grant, grant_from_params
from activation_wizard.errors import Cancelled, SsoAnswerInvalid, SsoError, SsoPortBusy, SsoTimeout

log = logging.getLogger(__name__)

HOST = "127.0.0.1"  # never another interface: the code must not leave this machine
MAX_TARGET = 8192  # bytes of path + query
MAX_BODY = 16384  # bytes of a posted fragment
IDLE_TIMEOUT = 5.0  # s a connection may stay silent

_RELAY = """<!doctype html><meta charset="utf-8"><title>{title}</title>
<body style="font-family:sans-serif;margin:3em"><p id="m">{working}</p>
<script>
var h = location.hash.slice(1);
if (h) {{
  fetch(location.pathname, {{method: "POST", body: h,
    headers: {{"Content-Type": "application/x-www-form-urlencoded"}}}})
    .then(function (r) {{ return r.text(); }})
    .then(function (t) {{ document.open(); document.write(t); document.close(); }});
  history.replaceState(null, "", location.pathname);
}} else {{
  document.getElementById("m").textContent = {nothing};
}}
</script>"""

_PAGE = """<!doctype html><meta charset="utf-8"><title>{title}</title>
<body style="font-family:sans-serif;margin:3em"><h1>{title}</h1><p>{text}</p>"""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # A fixed redirect port must be usable again at once after a sign-in, while the
    # last connection lingers in TIME_WAIT: SO_REUSEADDR on POSIX allows exactly that
    # and still refuses a port another program listens on.  On Windows the same flag
    # would let two programs share a port, so there the port is claimed exclusively.
    allow_reuse_address = sys.platform != "win32"

    def server_bind(self) -> None:
        if sys.platform == "win32":
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        super().server_bind()

    def handle_error(self, request: object, client_address: object) -> None:
        # A reset or broken connection is the client's business: no traceback.
        log.debug("sso receiver: connection from %s ended badly", client_address)


class RedirectReceiver:
    def __init__(
        self,
        *,
        account: str,
        state: str,
        product_name: str,
        port: int = 0,
        path: str = "/callback",
    ) -> None:
        self.path = path if path.startswith("/") else "/" + path
        self._account = account
        self.state = self._state = state
        self._product = product_name
        self._done = threading.Event()
        self._lock = threading.Lock()
        self.grant: Grant | None = None
        self.error: SsoError | None = None
        self.refused: list[str] = []  # why requests were turned away (for tests and logs)
        try:
            self._server = _Server((HOST, port), self._handler())
        except OSError as exc:
            raise SsoPortBusy(str(exc.strerror or exc), port=port) from None
        self.port = self._server.server_address[1]
        self.authority = f"{HOST}:{self.port}"
        self.origin = f"http://{self.authority}"
        self.redirect_uri = f"{self.origin}{self.path}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()

    # --- waiting ---------------------------------------------------------------

    def wait(self, timeout: float, cancel: CancelToken = NEVER) -> Grant:
        """Block until an answer came, the time is up, or ``cancel``; then stop."""
        deadline = time.monotonic() + timeout
        try:
            while not self._done.wait(0.1):
                if cancel.cancelled:
                    raise Cancelled()
                if time.monotonic() > deadline:
                    raise SsoTimeout("no answer", waited=timeout)
            if self.error is not None:
                raise self.error
            if self.grant is None:  # closed from elsewhere (Cancel, a failed paste)
                raise Cancelled()
            return self.grant
        finally:
            # Here (a worker), the port is released before wait returns: a fixed
            # redirect port is free for the next sign-in at once.
            self._done.set()
            self._stop()

    def offer(self, grant: Grant) -> None:
        """An answer that came another way (pasted): ends the wait like a callback."""
        with self._lock:
            if not self._done.is_set():
                self.grant = grant
                self._done.set()

    def refuse(self, error: SsoError) -> None:
        """The identity provider's own "no" that came another way (pasted, with this
        sign-in's state): ends the wait with it, as a callback saying so would."""
        with self._lock:
            if not self._done.is_set():
                self.error = error
                self._done.set()

    def close(self) -> None:
        self._done.set()
        threading.Thread(target=self._stop, daemon=True).start()

    def _stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- one request -------------------------------------------------------------

    def _take(self, params: dict[str, str]) -> tuple[int, str, str]:
        """Status, title, text for a callback carrying ``params``."""
        with self._lock:
            if self._done.is_set():
                self.refused.append("late")
                return 410, "Already signed in", "This sign-in was already completed."
            try:
                grant = grant_from_params(
                    params,
                    account=self._account,
                    redirect_uri=self.redirect_uri,
                    state=self._state,
                )
            except SsoAnswerInvalid as exc:
                self.refused.append(f"invalid: {exc.detail}")
                return 400, "Not this sign-in", "This answer does not belong to this sign-in."
            except SsoError as exc:  # the provider said no: that is the answer
                self.error = exc
                self._done.set()
                return 200, "Sign-in refused", "Return to {product}; it says what happened."
            self.grant = grant
            self._done.set()
        return (
            200,
            "Signed in",
            "You can close this tab and return to {product}.",
        )

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            timeout = IDLE_TIMEOUT  # a connection that says nothing does not hold the port
            server_version = "activation-wizard"
            # An unreadable request line still gets a status line (not HTTP/0.9's bare page).
            default_request_version = "HTTP/1.0"
            sys_version = ""

            def log_message(self, format: str, *args: object) -> None:
                # A malformed request has no command or path: log what there is.
                path = urlsplit(getattr(self, "path", "") or "").path
                log.debug("sso receiver: %s %s", getattr(self, "command", None), path)

            def _send(self, status: int, title: str, text: str) -> None:
                body = _PAGE.format(
                    title=html.escape(title),
                    text=html.escape(text.format(product=receiver._product)),
                ).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.send_header("Referrer-Policy", "no-referrer")
                self.end_headers()
                self.wfile.write(body)

            def _refuse(self, status: int, why: str) -> None:
                receiver.refused.append(why)
                self._send(status, "Not here", "This address only receives sign-in answers.")

            def _on_path(self) -> bool:
                """Only this receiver's own address and path, asked by the browser on
                its own (a navigation) or by the relay page served from here."""
                if len(self.path) > MAX_TARGET:
                    self._refuse(414, "oversized")
                    return False
                if self.headers.get("Host", "") != receiver.authority:
                    self._refuse(421, "host")  # DNS rebinding: another name for 127.0.0.1
                    return False
                if not self._from_here_or_navigating():
                    self._refuse(403, "cross-site")
                    return False
                if urlsplit(self.path).path != receiver.path:
                    self._refuse(404, "path")
                    return False
                return True

            def _from_here_or_navigating(self) -> bool:
                """The identity provider sends the browser here with a top-level
                navigation (from its own site); the relay page posts from this very
                origin.  Another site's image, frame, script or form is neither."""
                origin = self.headers.get("Origin")
                site = self.headers.get("Sec-Fetch-Site")
                if self.command == "POST":
                    return origin == receiver.origin and site in (None, "same-origin")
                if origin not in (None, receiver.origin):
                    return False
                if site in (None, "none", "same-origin"):
                    return True
                mode, dest = self.headers.get("Sec-Fetch-Mode"), self.headers.get("Sec-Fetch-Dest")
                return mode == "navigate" and dest in (None, "document")

            def do_GET(self) -> None:
                if not self._on_path():
                    return
                params = _flat(parse_qs(urlsplit(self.path).query))
                if not params:  # tokens, if any, are in the fragment: relay it
                    page = _RELAY.format(
                        title=html.escape("Signing in"),
                        working=html.escape("Finishing sign-in…"),
                        nothing='"No sign-in answer in this address."',
                    ).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(page)))
                    self.send_header("Cache-Control", "no-store")
                    self.end_headers()
                    self.wfile.write(page)
                    return
                self._send(*receiver._take(params))

            def do_POST(self) -> None:
                if not self._on_path():
                    return
                try:
                    length = int(self.headers.get("Content-Length", "0"))
                except ValueError:
                    length = -1
                if length < 0 or length > MAX_BODY:
                    self._refuse(413, "oversized")
                    return
                text = self.rfile.read(length).decode("utf-8", "replace")
                self._send(*receiver._take(_flat(parse_qs(text))))

            def _wrong_method(self) -> None:
                self._refuse(405, "method")

            do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _wrong_method

        return Handler

    def __enter__(self) -> RedirectReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _flat(values: dict[str, list[str]]) -> dict[str, str]:
    return {k: v[0] for k, v in values.items() if v}


Opener = Callable[[str], bool]  # opens a URL in the system browser; False if it could not
