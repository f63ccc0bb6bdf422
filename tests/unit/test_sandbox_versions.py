"""Versions and installation files in the sandbox: per environment and channel, up to
the license's validity period, for an activated device (license-api.md 1.2)."""

from __future__ import annotations

import httpx
from activation_wizard.sandbox.server import Sandbox

from tests.unit.test_sandbox import Device, verify

FILE_FIELDS = {
    "version",
    "environment",
    "hash_md5",
    "eula_link",
    "release_notes_link",
    "size",
    "requires_version",
    "channel",
    "installation_file",
    "release_date",
}


def activated(sandbox: Sandbox, key: str) -> Device:
    device = Device(sandbox, key, f"hw-{key[5:9].lower()}")
    device.activate()
    return device


def listed(device: Device, **query: str) -> list[str]:
    r = device.call("GET", "versions", **query)
    assert r.status_code == 200, r.text
    verify(device.sandbox, r)
    assert all(set(v) == {"version", "release_date"} for v in r.json())
    return [v["version"] for v in r.json()]


def installation_file(device: Device, **query: str) -> httpx.Response:
    r = device.call("GET", "installation_file", **query)
    verify(device.sandbox, r)
    return r


def test_versions_by_environment_and_channel(sandbox: Sandbox) -> None:
    device = activated(sandbox, "DEMO-OKAY-0000-0001")  # valid for another year
    assert listed(device) == ["1.0.0", "1.1.0", "1.2.0", "2.0.0-beta", "1.3.0"]  # by date
    assert listed(device, env="win64") == ["1.0.0", "1.2.0"]
    assert listed(device, env="linux", channel="prod") == ["1.0.0", "1.1.0", "1.2.0", "1.3.0"]
    assert listed(device, channel="nightly") == []


def test_versions_stop_at_the_end_of_the_validity_period(sandbox: Sandbox) -> None:
    device = activated(sandbox, "DEMO-GRCE-0000-0001")  # ended two days ago, in grace
    assert "1.3.0" not in listed(device)  # released yesterday
    r = installation_file(device, env="linux", version="1.3.0")
    assert (r.status_code, r.json()["code"]) == (400, "version_not_found")
    assert installation_file(device, env="linux", channel="prod").json()["version"] == "1.2.0"


def test_the_installation_file_of_the_latest_or_a_named_version(sandbox: Sandbox) -> None:
    device = activated(sandbox, "DEMO-OKAY-0000-0001")
    latest = installation_file(device, env="linux", channel="prod")
    assert latest.status_code == 200, latest.text
    body = latest.json()
    assert set(body) == FILE_FIELDS  # the documented answer
    assert (body["version"], body["environment"], body["channel"]) == ("1.3.0", "linux", "prod")
    assert body["installation_file"].endswith("sandbox-demo-1.3.0-linux.tar.gz")
    assert body["requires_version"] == "1.2.0"
    named = installation_file(device, env="win64", version="1.0.0").json()
    assert (named["version"], named["environment"]) == ("1.0.0", "win64")
    missing = installation_file(device, version="9.9.9")
    assert (missing.status_code, missing.json()["code"]) == (400, "version_not_found")


def test_a_device_without_an_activation_gets_none(sandbox: Sandbox) -> None:
    stranger = Device(sandbox, "DEMO-OKAY-0000-0001", "hw-not-activated")
    for path in ("versions", "installation_file"):
        r = stranger.call("GET", path)
        assert (r.status_code, r.json()["code"]) == (400, "active_license_required")
        verify(sandbox, r)
