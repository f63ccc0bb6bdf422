"""diagnose: each check against the real sandbox, and nothing secret in its output."""

from __future__ import annotations

import json
import socket
import time
from dataclasses import replace

import keyring.backends.fail
import pytest
from activation_wizard.config import Config
from activation_wizard.core import diagnose
from activation_wizard.core.store import ActivationStore

from tests.conftest import MemoryKeyring


def run(config: Config, backend: object = None, clock=time.time) -> dict[str, diagnose.Check]:  # type: ignore[no-untyped-def]
    store = ActivationStore(config, backend=backend or MemoryKeyring())  # type: ignore[arg-type]
    return {c.name: c for c in diagnose.run(config, store, clock=clock)}


def test_everything_fine(config: Config) -> None:
    checks = run(config)
    assert [c.status for c in checks.values()] == ["ok"] * len(checks)
    assert set(checks) == {"configuration", "storage", "proxy", "connection", "tls", "clock"}
    assert "HTTP 200" in checks["connection"].detail


def test_the_support_bundle_masks_keys(config: Config) -> None:
    text = json.dumps(diagnose.as_json(list(run(config).values())))
    assert config.shared_key not in text and config.api_key not in text
    assert f"****{config.api_key[-4:]}" in text


@pytest.mark.parametrize(("minutes", "status"), [(3, "ok"), (-7, "warn"), (20, "fail")])
def test_clock_against_the_servers(config: Config, minutes: int, status: str) -> None:
    check = run(config, clock=lambda: time.time() + minutes * 60)["clock"]
    assert check.status == status
    assert ("ahead of" if minutes > 0 else "behind") in check.detail


def test_untrusted_certificate_names_its_issuer(config: Config) -> None:
    check = run(replace(config, ca_file=None))["tls"]
    assert check.status == "fail" and check.category == "network"
    assert "issued by 'Activation Wizard Sandbox'" in check.detail


def test_no_keyring(config: Config) -> None:
    check = run(config, backend=keyring.backends.fail.Keyring())["storage"]
    assert (check.status, check.category) == ("fail", "storage")


def test_nothing_listening(config: Config) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    check = run(replace(config, api_url=f"https://127.0.0.1:{port}/api/v4"))["connection"]
    assert check.status == "fail"


def test_unresolvable_host_stops_early(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*_: object, **__: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    checks = run(replace(config, api_url="https://license.example.invalid/api/v4"))
    assert checks["name lookup"].status == "fail"
    assert "connection" not in checks
