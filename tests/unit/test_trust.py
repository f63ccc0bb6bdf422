"""Trust and secrets: the OS store plus the vendor's CA, masked proxy passwords,
only the exact documented deactivation answer counts."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
import trustme
from activation_wizard.config import Config
from activation_wizard.core import diagnose
from activation_wizard.core.activation import Activator
from activation_wizard.core.api.client import LicenseApiClient
from activation_wizard.core.api.transport import ssl_context
from activation_wizard.errors import ProtocolError


def handshake(ca: trustme.CA, verify: ssl.SSLContext) -> None:
    """A TLS handshake with a loopback server whose certificate ``ca`` issued."""
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]

        def serve() -> None:
            conn, _ = listener.accept()
            with contextlib.suppress(OSError), server_ctx.wrap_socket(conn, server_side=True):
                pass

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        with socket.create_connection(("127.0.0.1", port)) as raw:
            verify.wrap_socket(raw, server_hostname="127.0.0.1").close()
        thread.join(5)


def test_the_vendor_ca_is_added_to_the_os_store_not_instead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    company, vendor, stranger = trustme.CA(), trustme.CA(), trustme.CA()
    os_store = tmp_path / "os-store.pem"  # a company's inspecting CA "installed in the OS"
    company.cert_pem.write_to_path(str(os_store))
    vendor_file = tmp_path / "vendor.pem"
    vendor.cert_pem.write_to_path(str(vendor_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(os_store))  # where OpenSSL's OS store is read
    verify = ssl_context(vendor_file)
    handshake(company, verify)  # the OS store's CA: trusted
    handshake(vendor, verify)  # the vendor's ca_file, on top: trusted
    with pytest.raises(ssl.SSLCertVerificationError):
        handshake(stranger, verify)  # anyone else: never


def test_diagnose_names_the_store_that_verified_and_masks_proxy_passwords(
    config: Config, activator: Activator, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks = {c.name: c for c in diagnose.run(config, activator.store)}
    assert "the vendor CA file" in checks["tls"].detail  # the sandbox's own CA
    assert diagnose.mask_userinfo("http://bob:s3cret@proxy:3128") == "http://bob:****@proxy:3128"
    monkeypatch.setenv("HTTPS_PROXY", "http://bob:s3cret@proxy.example:3128")
    remote = replace(config, api_url="https://api.licensespring.com/api/v4")
    shown = diagnose.run(remote, activator.store, probe_network=False)
    assert all("s3cret" not in c.detail for c in shown)
    assert any("bob:****@proxy.example" in c.detail for c in shown)


@pytest.mark.parametrize(
    "body", [b"ok", b"<html>license_deactivated? no</html>", b"license_deactivated_not", b""]
)
def test_only_the_exact_answer_counts_as_deactivated(config: Config, body: bytes) -> None:
    transport = httpx.MockTransport(lambda _: httpx.Response(200, content=body))
    with LicenseApiClient(config, transport=transport) as client, pytest.raises(ProtocolError):
        client.deactivate_license({"product": "p"})
    exact = httpx.MockTransport(lambda _: httpx.Response(200, content=b"license_deactivated"))
    with LicenseApiClient(config, transport=exact) as client:
        client.deactivate_license({"product": "p"})
