"""Connections opened before the user asks (core/api/warm.py): the next request
uses them, nothing but a TLS handshake is sent before it, a reset one is replaced,
a Cancel never waits for one, and a proxy gets none. Counted at a relay that plays
a distant server, not timed (bench: tests/bench/click_to_activated.py)."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from activation_wizard.config import Config
from activation_wizard.core.api.client import LicenseApiClient
from activation_wizard.core.api.warm import WARM, prewarm
from activation_wizard.core.cancel import CancelToken
from activation_wizard.errors import Cancelled
from activation_wizard.sandbox.server import Sandbox

from tests.fixtures.latency import LatencyRelay
from tests.fixtures.proxy import connect_proxy

GOOD = {"hardware_id": "hw-warm", "license_key": "DEMO-OKAY-0000-0001"}


@pytest.fixture
def relay(sandbox: Sandbox) -> Iterator[LatencyRelay]:
    port = int(sandbox.api_url.split(":")[2].split("/")[0])
    relay = LatencyRelay(port, rtt=0.02)
    yield relay
    relay.close()


@pytest.fixture
def far(config: Config, relay: LatencyRelay) -> Config:
    """The sandbox, reached through the relay."""
    return replace(config, api_url=relay.url(config.api_url))


def details(config: Config) -> None:
    with LicenseApiClient(config) as client:
        client.product_details({"product": config.product})


def test_the_warm_connection_carries_the_first_request(far: Config, relay: LatencyRelay) -> None:
    thread = prewarm(far)
    assert thread is not None
    thread.join(10)
    assert relay.connections == 1  # open before any request (what it sends: the last test)
    details(far)
    assert relay.connections == 1  # no second TCP connect, no second handshake


def test_each_client_hands_its_connection_to_the_next(far: Config, relay: LatencyRelay) -> None:
    """The license list, then the activation: one connection for both (httpcore's
    private stream attributes: if they change, this fails)."""
    details(far)
    with LicenseApiClient(far) as client:
        client.activate_license({"product": far.product, **GOOD})
    details(far)
    assert relay.connections == 1


def test_a_reset_connection_is_replaced_not_used(far: Config, relay: LatencyRelay) -> None:
    details(far)
    relay.reset_all()  # the server (or a middlebox) dropped the idle connection
    time.sleep(0.1)  # the reset travels the relay's delay
    details(far)
    assert relay.connections == 2


def test_off_or_through_a_proxy_nothing_is_warmed(far: Config, relay: LatencyRelay) -> None:
    assert prewarm(replace(far, prewarm=False)) is None
    with connect_proxy() as (proxy, targets):
        through = replace(far, proxy=proxy)
        assert prewarm(through) is None
        details(through)  # through the proxy, as always
        details(through)
    assert targets == [f"CONNECT 127.0.0.1:{relay.port}"] * 2  # none kept
    assert relay.connections == 2


def test_a_cancel_during_the_warm_handshake_is_not_delayed(
    config: Config, sandbox: Sandbox
) -> None:
    port = int(sandbox.api_url.split(":")[2].split("/")[0])
    slow = LatencyRelay(port, rtt=4.0)  # the handshake alone takes seconds
    try:
        far = replace(config, api_url=slow.url(config.api_url))
        assert prewarm(far) is not None
        token = CancelToken()
        threading.Timer(0.3, token.cancel).start()
        started = time.monotonic()
        with LicenseApiClient(far, cancel=token) as client, pytest.raises(Cancelled):
            client.activate_license({"product": far.product, **GOOD})
        assert time.monotonic() - started < 1.5  # not the handshake's seconds
        assert sandbox.db.seats_used(GOOD["license_key"]) == 0
    finally:
        slow.close()


def test_warming_sends_nothing_but_the_tls_handshake(config: Config, tmp_path: Path) -> None:
    import trustme

    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    heard: list[bytes | str] = []

    def serve() -> None:
        conn, _ = listener.accept()
        with server_ctx.wrap_socket(conn, server_side=True) as tls:
            tls.settimeout(1.0)
            try:
                heard.append(tls.recv(100))
            except TimeoutError:
                heard.append("nothing within a second")

    server = threading.Thread(target=serve)
    server.start()
    port = listener.getsockname()[1]
    target = replace(config, api_url=f"https://127.0.0.1:{port}/api/v4", ca_file=ca_file)
    thread = prewarm(target)
    assert thread is not None
    thread.join(10)
    server.join(10)
    listener.close()
    assert heard == ["nothing within a second"]
    WARM.close_all()


def test_a_ca_file_replaced_since_is_another_trust(
    far: Config, relay: LatencyRelay, tmp_path: Path
) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_bytes(Path(str(far.ca_file)).read_bytes())
    mine = replace(far, ca_file=ca)
    details(mine)
    details(mine)
    assert relay.connections == 1
    ca.write_bytes(ca.read_bytes() + b"\n")  # another file now, whatever it says
    details(mine)
    assert relay.connections == 2


def test_a_handshake_that_hangs_is_not_waited_for_long(monkeypatch: pytest.MonkeyPatch) -> None:
    from activation_wizard.core.api import warm

    monkeypatch.setattr(warm, "WAIT_FOR_OPENING", 0.3)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    release = threading.Event()

    def hung_context() -> ssl.SSLContext:
        release.wait(10)  # the handshake that never ends
        raise ssl.SSLError("gave up")

    key = ("127.0.0.1", listener.getsockname()[1], "")
    opening = WARM.warm(key, hung_context, timeout=5)
    assert opening is not None
    started = time.monotonic()
    assert WARM.take(key, lambda: False, timeout=10) is None  # connect on its own
    assert time.monotonic() - started < 1.0
    release.set()
    opening.join(5)
    listener.close()


def test_nothing_is_kept_open_after_the_connections_were_closed(
    far: Config, relay: LatencyRelay
) -> None:
    from activation_wizard.core.activation import Activator
    from activation_wizard.core.store import ActivationStore
    from activation_wizard.testing.keyrings import MemoryKeyring

    activator = Activator(far, store=ActivationStore(far, backend=MemoryKeyring()))
    details(far)  # the modules are loaded: the warm-up is quick
    WARM.close_all()
    activator.prewarm()
    activator.close_connections()  # the window closes at once
    time.sleep(0.5)  # the warm-up's thread, if it had begun, has finished
    assert not WARM._entries  # nothing kept open


def test_a_request_during_the_warm_handshake_waits_for_it_not_a_second_one(
    config: Config, sandbox: Sandbox
) -> None:
    port = int(sandbox.api_url.split(":")[2].split("/")[0])
    relay = LatencyRelay(port, rtt=0.3)  # the handshake takes about a second here
    try:
        far = replace(config, api_url=relay.url(config.api_url))
        details(far)  # modules loaded
        WARM.close_all()
        assert prewarm(far) is not None
        details(far)  # clicked while the warm connection is still opening
        assert relay.connections == 2  # the first request's, and the warm one it used
    finally:
        WARM.close_all()
        relay.close()


def test_warm_ups_share_one_thread_and_a_failed_one_does_not_stop_the_next() -> None:
    import threading

    from activation_wizard.core.activation import context

    ran: list[str] = []
    done = threading.Event()

    def broken() -> None:
        ran.append(threading.current_thread().name)
        raise OSError("no route to host")

    def fine() -> None:
        ran.append(threading.current_thread().name)
        done.set()

    context._in_background(broken)
    context._in_background(fine)
    assert done.wait(5)
    assert ran == ["prewarm", "prewarm"]
