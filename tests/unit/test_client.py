"""The API client against the real sandbox (loopback HTTPS) and, for edges, MockTransport."""

from __future__ import annotations

import re
import socket
import threading
import time
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from activation_wizard.config import Config
from activation_wizard.core.api.client import SIGNATURE_HEADER, LicenseApiClient
from activation_wizard.core.api.transport import CancellableTransport, ssl_context
from activation_wizard.core.cancel import CancelToken
from activation_wizard.core.summary import seats_text
from activation_wizard.errors import (
    Cancelled,
    ConnectError,
    DnsError,
    InsecureUrlError,
    LicenseNotFound,
    ProtocolError,
    RequestTimeout,
    ResponseSignatureError,
    ServerError,
    ServerRejected,
    TlsError,
)
from activation_wizard.messages import MESSAGES, describe
from activation_wizard.sandbox.faults import Faults
from activation_wizard.sandbox.server import Sandbox

from tests.conftest import closed_port, first

GOOD = {"hardware_id": "hw-test", "license_key": "DEMO-OKAY-0000-0001"}


def body(config: Config, **extra: object) -> dict[str, object]:
    return {"product": config.product, **GOOD, **extra}


def test_good_key_activates_over_https(config: Config) -> None:
    with LicenseApiClient(config) as client:
        signed = client.activate_license(body(config))
    assert signed.info.license_key == "DEMO-OKAY-0000-0001"
    assert signed.info.license_type == "time-limited"
    assert seats_text(signed.info) == "1 of 5"


def test_a_body_with_one_byte_flipped_is_rejected(config: Config, sandbox: Sandbox) -> None:
    with LicenseApiClient(config) as client:
        real = client.activate_license(body(config))
    for index in (0, len(real.body) // 2, len(real.body) - 1):
        tampered = bytearray(real.body)
        tampered[index] ^= 0x01

        def handler(_: httpx.Request, data: bytes = bytes(tampered)) -> httpx.Response:
            return httpx.Response(200, content=data, headers={SIGNATURE_HEADER: real.signature})

        with LicenseApiClient(config, transport=httpx.MockTransport(handler)) as client:
            with pytest.raises(ResponseSignatureError):
                client.check_license(body(config))


def test_the_sandbox_altering_its_answer_is_caught(config: Config, faults: Faults) -> None:
    faults.tamper = True
    with LicenseApiClient(config) as client, pytest.raises(ResponseSignatureError):
        client.activate_license(body(config))


def test_a_response_without_signature_is_rejected(config: Config) -> None:
    with LicenseApiClient(config) as client:
        real = client.activate_license(body(config))
    transport = httpx.MockTransport(lambda _: httpx.Response(200, content=real.body))
    with LicenseApiClient(config, transport=transport) as client:
        with pytest.raises(ResponseSignatureError, match="missing"):
            client.check_license(body(config))


def test_a_signature_from_another_key_is_rejected(config: Config, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from tests.conftest import make_sandbox, sandbox_config

    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key_file = tmp_path / "other.pem"
    key_file.write_bytes(
        other.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with make_sandbox(tmp_path / "impostor", key_file, tls=True) as impostor:
        # Trust the impostor's TLS, but keep the real sandbox's public key.
        cfg = replace(sandbox_config(impostor, tmp_path), public_key_pem=config.public_key_pem)
        with LicenseApiClient(cfg) as client, pytest.raises(ResponseSignatureError):
            client.activate_license(body(cfg))


@pytest.mark.parametrize(
    "url",
    ["http://api.licensespring.com/api/v4", "http://10.0.0.5/api/v4", "ftp://127.0.0.1/api/v4"],
)
def test_plain_http_to_a_non_loopback_host_is_refused(config: Config, url: str) -> None:
    with pytest.raises(InsecureUrlError):
        LicenseApiClient(replace(config, api_url=url))


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/api/v4", "http://localhost/api/v4", "http://[::1]:8080/api/v4"]
)
def test_plain_http_to_loopback_is_allowed(config: Config, url: str) -> None:
    LicenseApiClient(replace(config, api_url=url)).close()


SUCCESS_SCENARIOS = {
    "ok",
    "several_licenses",
    "initial_password",
    "grace",
    "maintenance",
    "features_expiring",
    "floating",
    "floating_full",  # activation works; the license check is what finds no seat
    "borrow",
    "consumption",
    "feature_consumption",
}


def test_every_sandbox_scenario_maps_to_its_own_exception_and_message(
    config: Config, sandbox: Sandbox
) -> None:
    seen: dict[str, type[ServerRejected]] = {}
    for scenario in sandbox.info.licenses:
        code = scenario["scenario"]
        if code in SUCCESS_SCENARIOS or scenario["endpoint"] != "activate_license":
            continue
        cfg = replace(config, product=scenario["product"])
        identity = (
            {"license_key": scenario["license_key"]}
            if "license_key" in scenario
            else {"username": scenario["username"], "password": scenario["password"]}
        )
        with LicenseApiClient(cfg) as client, pytest.raises(ServerRejected) as caught:
            client.activate_license({"product": cfg.product, "hardware_id": "hw-x", **identity})
        exc = caught.value
        assert exc.server_code == code
        assert type(exc) is ServerRejected.by_code[code]
        assert describe(exc).title == MESSAGES[code].title
        seen[code] = type(exc)
    assert len(set(seen.values())) == len(seen)  # one class per code
    assert len(seen) == 11  # all seed codes except the offline one (see test_sandbox)


def test_seed_codes_each_have_their_own_message() -> None:
    seed = [
        "unknown_product",
        "license_not_found",
        "license_not_enabled",
        "vm_not_allowed",
        "offline_floating_cloud_not_supported",
        "license_start_date_error",
        "blacklisted",
        "license_activated_max_times",
        "license_user_activated_max_times",
        "license_expired",
        "license_transferred_max_times",
        "license_device_exists",
    ]
    titles = {MESSAGES[code].title for code in seed}
    assert len(titles) == len(seed)
    for code in seed:
        assert ServerRejected.for_code(400, code, "m").server_code == code
        assert type(ServerRejected.for_code(400, code, "m")) is not ServerRejected


def test_start_date_message_carries_the_date(config: Config, sandbox: Sandbox) -> None:
    key = first(sandbox, "license_start_date_error")["license_key"]
    with LicenseApiClient(config) as client, pytest.raises(ServerRejected) as caught:
        client.activate_license({**body(config), "license_key": key})
    what = describe(caught.value).what
    assert re.fullmatch(
        r"This license cannot be activated before its start date \(20\d\d-\d\d-\d\d\)\.", what
    )


def test_unknown_code_keeps_the_server_message(config: Config) -> None:
    payload = b'{"status":400,"code":"brand_new_code","message":"Something new happened"}'
    transport = httpx.MockTransport(lambda _: httpx.Response(400, content=payload))
    with LicenseApiClient(config, transport=transport) as client:
        with pytest.raises(ServerRejected) as caught:
            client.activate_license(body(config))
    assert describe(caught.value).what == "The server said: Something new happened"
    assert describe(caught.value).code == "brand_new_code"


def test_server_failure_is_not_a_rejection(config: Config) -> None:
    transport = httpx.MockTransport(lambda _: httpx.Response(502, content=b"<html>bad gateway"))
    with LicenseApiClient(config, transport=transport) as client, pytest.raises(ServerError):
        client.activate_license(body(config))


def test_error_body_that_is_not_json_is_a_protocol_error(config: Config) -> None:
    transport = httpx.MockTransport(lambda _: httpx.Response(400, content=b"nope"))
    with LicenseApiClient(config, transport=transport) as client, pytest.raises(ProtocolError):
        client.activate_license(body(config))


# --- transport failures: each its own error, never "invalid key" --------------


def test_refused_connection_is_a_connect_error(config: Config) -> None:
    cfg = replace(config, api_url=f"https://127.0.0.1:{closed_port()}/api/v4")
    with LicenseApiClient(cfg) as client, pytest.raises(ConnectError) as caught:
        client.activate_license(body(cfg))
    message = describe(caught.value)  # the connection, never the key, and nothing changed
    assert "key" not in message.title.lower() + message.what.lower()
    assert "nothing was changed" in message.todo.lower()
    assert not isinstance(caught.value, LicenseNotFound)


def test_unresolvable_host_is_a_dns_error(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    # The resolver fails here, as it does offline; no lookup leaves this machine.
    def no_dns(*_: object, **__: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    cfg = replace(config, api_url="https://license.example.invalid/api/v4")
    with LicenseApiClient(cfg) as client, pytest.raises(DnsError):
        client.activate_license(body(cfg))


def test_untrusted_certificate_is_a_tls_error(config: Config) -> None:
    cfg = replace(config, ca_file=None)  # certifi's roots do not include the sandbox CA
    with LicenseApiClient(cfg) as client, pytest.raises(TlsError) as caught:
        client.activate_license(body(cfg))
    what = describe(caught.value).what
    assert "certificate" in what
    # Who issued what we were shown: here the sandbox's CA, at a company its proxy's.
    assert "issued by 'Activation Wizard Sandbox'" in what


def test_slow_server_is_a_timeout(config: Config, faults: Faults) -> None:
    faults.delay = 5
    cfg = replace(config, read_timeout=0.3)
    with LicenseApiClient(cfg) as client, pytest.raises(RequestTimeout):
        client.activate_license(body(cfg))


def test_cancel_aborts_a_request_in_flight(config: Config, faults: Faults) -> None:
    faults.delay = 20
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    started = time.monotonic()
    with LicenseApiClient(config, cancel=token) as client, pytest.raises(Cancelled):
        client.activate_license(body(config))
    assert time.monotonic() - started < 2  # not the 20 s the server would take


def test_a_cancel_just_after_connecting_closes_the_socket_at_once(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel between the TCP connect and the TLS handshake: no handshake is tried
    on the shut-down socket (CPython can then drop it unclosed, to the GC)."""
    transport = CancellableTransport(ssl_context(config.ca_file))
    backend = transport._pool._network_backend
    connect = backend.connect_tcp
    made: list[socket.socket] = []

    def connect_then_cancel(*args: object, **kwargs: object) -> object:
        stream = connect(*args, **kwargs)
        made.append(stream.get_extra_info("socket"))
        transport.abort()  # the user's Cancel, just as the connection stands
        return stream

    monkeypatch.setattr(backend, "connect_tcp", connect_then_cancel)
    with httpx.Client(transport=transport) as http, pytest.raises(httpx.ConnectError) as err:
        http.get(config.api_url + "/product_details")
    assert str(err.value) == "aborted"
    assert len(made) == 1 and made[0].fileno() == -1  # closed now, not by the collector


def test_a_server_that_resets_before_tls_costs_no_socket(config: Config) -> None:
    """A connection reset before the handshake (a firewall, a server going down):
    CPython 3.11.7's SSLSocket creation left each such socket to the garbage
    collector (an open file descriptor per attempt until then)."""
    import gc
    import struct
    import warnings

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    port = server.getsockname()[1]

    def reset_each() -> None:
        for _ in range(10):
            conn, _ = server.accept()
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()  # RST, not FIN

    thread = threading.Thread(target=reset_each, daemon=True)
    thread.start()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        for _ in range(10):
            transport = CancellableTransport(ssl_context(config.ca_file))
            with httpx.Client(transport=transport) as http, pytest.raises(httpx.TransportError):
                http.get(f"https://127.0.0.1:{port}/api/v4/product_details")
        gc.collect()
    thread.join(5)
    server.close()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]


def test_a_cancelled_token_sends_nothing(config: Config, sandbox: Sandbox) -> None:
    token = CancelToken()
    token.cancel()
    with LicenseApiClient(config, cancel=token) as client, pytest.raises(Cancelled):
        client.activate_license(body(config))
    with sandbox.db.tx() as db:
        assert (
            db.execute("SELECT COUNT(*) FROM devices WHERE hardware_id='hw-test'").fetchone()[0]
            == 0
        )


@pytest.mark.parametrize(
    ("offset_min", "words"), [(-20, "about 20 minutes behind"), (180, "about 3 hours ahead of")]
)
def test_a_wrong_clock_is_named_with_how_far_off_it_is(
    config: Config, offset_min: int, words: str
) -> None:
    import time as _time

    from activation_wizard.errors import DateHeaderDiff

    skewed = lambda: _time.time() + offset_min * 60  # noqa: E731
    with LicenseApiClient(config, clock=skewed) as client, pytest.raises(DateHeaderDiff) as caught:
        client.activate_license(body(config))
    message = describe(caught.value)
    assert message.title == "Your clock is wrong"
    assert words in message.what


def test_activation_through_an_https_proxy(config: Config, sandbox: Sandbox) -> None:
    from tests.fixtures.proxy import connect_proxy

    with connect_proxy() as (proxy_url, targets):
        cfg = replace(config, proxy=proxy_url)
        with LicenseApiClient(cfg) as client:
            signed = client.activate_license(body(cfg))
    assert signed.info.license_key == "DEMO-OKAY-0000-0001"
    port = sandbox.api_url.split(":")[2].split("/")[0]
    assert targets == [f"CONNECT 127.0.0.1:{port}"]  # TLS went end to end through the tunnel


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"HTTPS_PROXY": "http://proxy.corp:3128"}, "http://proxy.corp:3128"),
        ({"https_proxy": "http://p:1", "ALL_PROXY": "http://q:2"}, "http://p:1"),
        ({"ALL_PROXY": "socks5://q:1080"}, None),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "example.com,.licensespring.com"}, None),
        ({"HTTPS_PROXY": "http://p:1", "no_proxy": "*"}, None),
        ({"HTTP_PROXY": "http://only-for-http:1"}, None),
        ({}, None),
    ],
)
def test_proxy_from_the_environment(env: dict[str, str], expected: str | None) -> None:
    from activation_wizard.core.api.transport import environment_proxy

    assert environment_proxy("https://api.licensespring.com/api/v4", env) == expected


def test_no_environment_proxy_for_loopback() -> None:
    from activation_wizard.core.api.transport import environment_proxy

    assert environment_proxy("https://127.0.0.1:8443/api/v4", {"HTTPS_PROXY": "http://p:1"}) is None


def test_rate_limit_is_its_own_message(config: Config) -> None:
    from activation_wizard.errors import RateLimited

    transport = httpx.MockTransport(
        lambda _: httpx.Response(429, content=b"slow down", headers={"Retry-After": "30"})
    )
    with LicenseApiClient(config, transport=transport) as client:
        with pytest.raises(RateLimited) as caught:
            client.activate_license(body(config))
    assert "30 seconds" in describe(caught.value).todo
