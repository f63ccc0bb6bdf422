"""Features in the sandbox: their fields in the license JSON, the feature check, and
floating features' seats, release and borrow (license-api.md 1.2, 3.1)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from activation_wizard.sandbox.server import Sandbox

from tests.conftest import SandboxClock
from tests.unit.test_sandbox import Device, verify

METERED = "DEMO-FCON-0000-0001"  # credits (consumption), render (floating, 2 seats), pro
FLOATING_FIELDS = {"is_floating", "is_floating_cloud", "floating_timeout", "floating_users"}
CONSUMPTION_FIELDS = {
    "max_consumption",
    "total_consumptions",
    "allow_overages",
    "max_overages",
    "allow_unlimited_consumptions",
    "allow_negative_consumptions",
    "reset_consumption",
    "consumption_period",
}
FIRST_FIELDS = {"id", "code", "name", "feature_type", "expiry_date", "metadata"}


@pytest.fixture
def metered(sandbox: Sandbox, sandbox_clock: SandboxClock) -> list[Device]:
    out = [Device(sandbox, METERED, f"hw-feature-{n}", sandbox_clock) for n in range(3)]
    for d in out:
        d.activate()
    return out


def check_feature(device: Device, feature: str) -> httpx.Response:
    r = device.call("GET", "check_license_feature", feature=feature)
    verify(device.sandbox, r)
    return r


def code(r: httpx.Response) -> tuple[int, str]:
    return r.status_code, r.json()["code"]


def test_product_features_carry_the_fields_of_section_3_1(metered: list[Device]) -> None:
    listed = {f["code"]: f for f in metered[0].check().json()["product_features"]}
    assert list(listed) == ["credits", "render", "pro"]
    pro, render, credits = listed["pro"], listed["render"], listed["credits"]
    assert set(pro) == FIRST_FIELDS | FLOATING_FIELDS
    assert (pro["feature_type"], pro["is_floating_cloud"], pro["floating_users"]) == (
        "activation",
        False,
        None,
    )
    assert (render["is_floating_cloud"], render["floating_users"]) == (True, 2)
    assert (render["floating_timeout"], render["can_borrow"], render["max_borrow_time"]) == (
        30,
        True,
        48,
    )
    assert set(credits) == FIRST_FIELDS | FLOATING_FIELDS | CONSUMPTION_FIELDS
    assert (credits["feature_type"], credits["max_consumption"]) == ("consumption", 50)


def test_seeded_features_keep_their_names_order_and_ends(sandbox: Sandbox) -> None:
    okay = Device(sandbox, "DEMO-OKAY-0000-0001", "hw-okay").activate().json()
    assert [(f["code"], f["name"]) for f in okay["product_features"]] == [
        ("pro", "Pro tools"),
        ("export", "Export to PDF"),
    ]
    ending = Device(sandbox, "DEMO-FEAT-0000-0001", "hw-ending").activate().json()
    ends = {f["code"]: f["expiry_date"] for f in ending["product_features"]}
    now = datetime.now(UTC)
    assert ends["cloud"] is None
    assert now + timedelta(days=6) < datetime.fromisoformat(ends["pro"]) < now + timedelta(days=8)
    assert now - timedelta(days=3) < datetime.fromisoformat(ends["export"]) < now


def test_the_feature_check_answers_the_feature(metered: list[Device]) -> None:
    r = check_feature(metered[0], "credits")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["license_id"] == metered[0].check().json()["id"]
    assert (body["code"], body["name"], body["max_consumption"]) == (
        "credits",
        "Export credits",
        50,
    )
    pro = check_feature(metered[0], "pro").json()
    assert set(pro) >= CONSUMPTION_FIELDS  # the documented answer has them for every feature
    assert "floating_in_use_devices" not in pro  # only floating features say it


def test_an_unknown_feature_code(metered: list[Device], sandbox: Sandbox) -> None:
    r = check_feature(metered[0], "teleport")
    assert code(r) == (400, "invalid_license_feature_code")
    assert "teleport" in r.json()["message"]
    stranger = Device(sandbox, METERED, "hw-not-activated")
    assert code(check_feature(stranger, "pro")) == (400, "device_not_found")


def test_floating_feature_seats(metered: list[Device], sandbox_clock: SandboxClock) -> None:
    a, b, c = metered
    for n, device in enumerate((a, b), start=1):
        r = check_feature(device, "render")
        assert r.status_code == 200, r.text
        assert r.json()["floating_in_use_devices"] == n
    assert code(check_feature(c, "render")) == (400, "floating_not_available")
    assert check_feature(c, "pro").status_code == 200  # other features are not floating
    released = a.call("POST", "floating/feature_release", feature="render")
    assert (released.status_code, released.text) == (200, "")
    assert check_feature(c, "render").json()["floating_in_use_devices"] == 2
    again = a.call("POST", "floating/feature_release", feature="render")
    assert code(again) == (400, "floating_feature_device_not_in_use")
    assert code(a.call("POST", "floating/feature_release", feature="pro")) == (
        400,
        "feature_not_floating",
    )
    sandbox_clock.advance(31 * 60.0)  # the feature's 30-minute timeout: both seats free
    assert check_feature(a, "render").json()["floating_in_use_devices"] == 1


def test_floating_feature_borrow(metered: list[Device], sandbox_clock: SandboxClock) -> None:
    a, b, c = metered
    until = (datetime.now(UTC) + timedelta(hours=10)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    r = a.call("POST", "floating/feature_borrow", feature="render", borrowed_until=until)
    assert r.status_code == 200, r.text
    verify(a.sandbox, r)
    assert (r.json()["borrowed_until"], r.json()["feature"]) == (until, "render")
    assert r.json()["max_borrow_time"] == 48
    check_feature(b, "render")
    sandbox_clock.advance(2 * 3600.0)  # b's check has timed out, a's borrow has not
    assert check_feature(c, "render").json()["floating_in_use_devices"] == 2
    too_long = (datetime.now(UTC) + timedelta(hours=60)).isoformat()
    r = b.call("POST", "floating/feature_borrow", feature="render", borrowed_until=too_long)
    assert code(r) == (400, "borrow_until_not_valid")
    r = b.call("POST", "floating/feature_borrow", feature="pro", borrowed_until=None)
    assert code(r) == (400, "feature_not_floating")
