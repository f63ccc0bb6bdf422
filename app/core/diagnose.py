"""Pre-flight diagnostics: can activation work from here, and if not, why not?

Each check says ok, warn or fail with a detail a support person can act on.
Nothing is signed or sent about the user: the server checks use the License
API's unauthenticated "online?" probe (``GET /`` on the API host, license-api.md
section 1.1).  The JSON form is a redacted support bundle: keys are masked.
"""

from __future__ import annotations

import hashlib
import os
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx
from activation_wizard import __version__
from activation_wizard.config import Config
from activation_wizard.core.api.transport import (
    environment_proxy,
    is_loopback_host,
    presented_issuer,
    ssl_context,
)
from activation_wizard.core.store import ActivationStore
from activation_wizard.core.store.vault import backend_label
from activation_wizard.errors import StorageError
from activation_wizard.messages import describe

OK, WARN, FAIL = "ok", "warn", "fail"
CLOCK_WARN_MINUTES = 5  # the server refuses at 15; warn well before


@dataclass(frozen=True)
class Check:
    name: str
    status: str
    detail: str
    category: str = ""  # what a failure means for the exit code: storage or network


def mask_userinfo(url: str) -> str:
    """A proxy URL without its password: http://user:****@host:port."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:****@{host}" + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()


def masked(secret: str) -> str:
    return f"****{secret[-4:]}" if len(secret) > 8 else "(set)" if secret else "(missing)"


def run(
    config: Config,
    store: ActivationStore | None = None,
    clock: Callable[[], float] = time.time,
    *,
    probe_network: bool = True,
) -> list[Check]:
    store = store or ActivationStore(config)
    checks = [_configuration(config), *_storage(store)]
    host = urlsplit(config.api_url).hostname or ""
    proxy = config.proxy or environment_proxy(config.api_url, os.environ)
    checks.append(Check("proxy", OK, mask_userinfo(proxy) if proxy else "none (direct connection)"))
    if not probe_network:
        return checks
    if proxy is None and not is_loopback_host(host):
        dns = _dns(host)
        checks.append(dns)
        if dns.status == FAIL:
            return checks
    checks.extend(_server(config, proxy, clock))
    return checks


def _configuration(config: Config) -> Check:
    fingerprint = hashlib.sha256(config.public_key_pem).hexdigest()[:16]
    if config.uses_oauth:
        credentials = (
            f"OAuth client {config.client_id!r}, secret {masked(config.client_secret)}, "
            f"token endpoint {config.token_url or 'discovered from the API'}"
        )
    else:
        credentials = f"api key {masked(config.api_key)}, shared key {masked(config.shared_key)}"
    detail = (
        f"product {config.product!r} at {config.api_url}; {credentials}; "
        f"public key sha256 {fingerprint}…; wizard {__version__}; from {config.source}"
    )
    return Check("configuration", OK, detail)


def _storage(store: ActivationStore) -> list[Check]:
    try:
        store.preflight()
    except StorageError as exc:
        return [Check("storage", FAIL, describe(exc).what, "storage")]
    label = backend_label(store.vault.backend)
    return [Check("storage", OK, f"{label} works; {store.folder} is writable")]


def _dns(host: str) -> Check:
    try:
        infos = socket.getaddrinfo(host, 443, type=socket.SOCK_STREAM)
    except OSError as exc:
        return Check("name lookup", FAIL, f"{host} cannot be resolved ({exc})", "network")
    addresses = sorted({str(info[4][0]) for info in infos})
    return Check("name lookup", OK, f"{host} -> {', '.join(addresses[:4])}")


def _server(config: Config, proxy: str | None, clock: Callable[[], float]) -> list[Check]:
    parts = urlsplit(config.api_url)
    root = f"{parts.scheme}://{parts.netloc}/"
    try:
        with httpx.Client(
            verify=ssl_context(config.ca_file),
            proxy=proxy,
            timeout=config.connect_timeout,
            trust_env=False,
        ) as client:
            response = client.get(root)
    except httpx.HTTPError as exc:
        cause: BaseException | None = exc
        while cause is not None and not isinstance(cause, ssl.SSLCertVerificationError):
            cause = cause.__cause__ or cause.__context__
        if isinstance(cause, ssl.SSLCertVerificationError):
            issuer = presented_issuer(config.api_url) if proxy is None else None
            shown = f"; the certificate shown was issued by {issuer!r}" if issuer else ""
            return [Check("tls", FAIL, f"{cause.verify_message}{shown}", "network")]
        return [Check("connection", FAIL, f"{root}: {type(exc).__name__}", "network")]
    checks = [Check("connection", OK, f"{root} answered HTTP {response.status_code}")]
    if parts.scheme == "https":
        checks.append(Check("tls", OK, f"certificate verified by {_verified_by(config, proxy)}"))
    checks.append(_clock(response, clock))
    return checks


def _verified_by(config: Config, proxy: str | None) -> str:
    """Which trust source alone accepts the server: support asks "was it the
    company CA in the OS store, or the vendor's file?"."""
    parts = urlsplit(config.api_url)
    root = f"{parts.scheme}://{parts.netloc}/"
    sources = [("os", "the operating system's trust store"), ("certifi", "certifi's roots")]
    if config.ca_file:
        sources.append(("vendor", f"the vendor CA file {config.ca_file}"))
    for roots, label in sources:
        try:
            with httpx.Client(
                verify=ssl_context(config.ca_file, roots=roots),
                proxy=proxy,
                timeout=config.connect_timeout,
                trust_env=False,
            ) as client:
                client.get(root)
        except httpx.HTTPError:
            continue
        return label
    return "the combined trust sources"


def _clock(response: httpx.Response, clock: Callable[[], float]) -> Check:
    try:
        server = parsedate_to_datetime(response.headers["Date"]).timestamp()
    except (KeyError, TypeError, ValueError):
        return Check("clock", WARN, "the server sent no usable Date header to compare with")
    minutes = (clock() - server) / 60
    where = "ahead of" if minutes > 0 else "behind"
    detail = f"this computer is {abs(minutes):.1f} minutes {where} the server"
    if abs(minutes) >= 15:
        return Check("clock", FAIL, detail + ": requests will be refused; fix the clock", "network")
    if abs(minutes) >= CLOCK_WARN_MINUTES:
        return Check("clock", WARN, detail + "; the server refuses 15 minutes")
    return Check("clock", OK, detail)


def as_json(checks: list[Check]) -> list[dict[str, str]]:
    return [asdict(c) for c in checks]
