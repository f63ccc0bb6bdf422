"""Consumptions in the sandbox, of a license and of a feature: totals, overages, the
limit, negative amounts and the period that resets them (license-api.md 1.2, 3.1)."""

from __future__ import annotations

import httpx
import pytest
from activation_wizard.sandbox.server import Sandbox

from tests.conftest import SandboxClock, first
from tests.unit.test_sandbox import Device, verify

CONSUMPTION = "DEMO-CONS-0000-0001"  # 100 a month, overages up to 20
METERED = "DEMO-FCON-0000-0001"  # feature credits: 50, negative amounts allowed
LICENSE_ANSWER = {
    "id",
    "max_consumptions",
    "total_consumptions",
    "allow_unlimited_consumptions",
    "allow_negative_consumptions",
    "allow_overages",
    "max_overages",
    "reset_consumption",
    "consumption_period",
}


@pytest.fixture
def device(sandbox: Sandbox, sandbox_clock: SandboxClock) -> Device:
    d = Device(sandbox, CONSUMPTION, "hw-metered", sandbox_clock)
    d.activate()
    return d


def add(device: Device, consumptions: int | None, **extra: object) -> httpx.Response:
    fields = {"consumptions": consumptions} if consumptions is not None else {}
    r = device.call("POST", "add_consumption", **fields, **extra)
    verify(device.sandbox, r)
    return r


def total(r: httpx.Response) -> int:
    assert r.status_code == 200, r.text
    return int(r.json()["total_consumptions"])


def code(r: httpx.Response) -> tuple[int, str]:
    return r.status_code, r.json()["code"]


def set_license(sandbox: Sandbox, key: str, **cols: int) -> None:
    with sandbox.db.tx() as db:
        for column, value in cols.items():  # test-chosen column names
            db.execute(f"UPDATE licenses SET {column} = ? WHERE license_key = ?", (value, key))


def test_consumptions_add_up_and_every_license_json_reports_them(device: Device) -> None:
    r = add(device, 30)
    assert set(r.json()) == LICENSE_ANSWER  # the documented answer
    assert total(r) == 30
    assert total(add(device, None)) == 31  # one, when the request names no amount
    check = device.check().json()
    assert check["total_consumptions"] == 31
    assert (check["max_consumptions"], check["allow_overages"], check["max_overages"]) == (
        100,
        True,
        20,
    )
    assert (check["reset_consumption"], check["consumption_period"]) == (True, "monthly")


def test_overages_then_the_limit(device: Device) -> None:
    assert total(add(device, 100)) == 100
    assert total(add(device, 20)) == 120  # the 20 overages
    assert code(add(device, 1)) == (400, "license_not_enough_consumptions")
    assert device.check().json()["total_consumptions"] == 120  # the refused one not counted


def test_without_overages_the_maximum_is_the_limit(device: Device, sandbox: Sandbox) -> None:
    set_license(sandbox, CONSUMPTION, allow_overages=0)
    assert code(add(device, 101)) == (400, "license_not_enough_consumptions")
    assert total(add(device, 100)) == 100


def test_a_request_can_set_the_overages(device: Device) -> None:
    # The official SDK's sync_consumption(req_overages) sends them along.
    r = add(device, 105, allow_overages=False, max_overages=0)
    assert code(r) == (400, "license_not_enough_consumptions")
    r = add(device, 105, allow_overages=True, max_overages=5)
    assert (total(r), r.json()["max_overages"]) == (105, 5)
    assert code(add(device, 1)) == (400, "license_not_enough_consumptions")


def test_negative_consumptions_only_where_allowed(device: Device, sandbox: Sandbox) -> None:
    assert total(add(device, 30)) == 30
    assert code(add(device, -5)) == (400, "negative_consumptions_not_allowed")
    set_license(sandbox, CONSUMPTION, allow_negative_consumptions=1)
    assert total(add(device, -5)) == 25
    assert code(add(device, "many")) == (400, "validation_error")  # type: ignore[arg-type]


def test_the_period_resets_the_total(device: Device, sandbox_clock: SandboxClock) -> None:
    assert total(add(device, 90)) == 90
    sandbox_clock.advance(20 * 86400.0)
    assert total(add(device, 5)) == 95  # the same month
    sandbox_clock.advance(12 * 86400.0)  # 32 days on: the next month
    assert device.check().json()["total_consumptions"] == 0
    assert total(add(device, 10)) == 10


def test_a_license_of_another_type_has_no_consumptions(sandbox: Sandbox) -> None:
    other = Device(sandbox, "DEMO-OKAY-0000-0002", "hw-not-metered")
    other.activate()
    assert code(add(other, 1)) == (400, "license_not_consumption")
    assert code(add(Device(sandbox, CONSUMPTION, "hw-stranger"), 1)) == (400, "device_not_found")


def test_consumptions_sent_with_a_deactivation_are_added(device: Device, sandbox: Sandbox) -> None:
    assert total(add(device, 10)) == 10
    r = device.call("POST", "deactivate_license", consumptions=7)
    assert (r.status_code, r.text) == (200, "license_deactivated")
    device.activate()
    assert device.check().json()["total_consumptions"] == 17


def test_the_demo_entry(sandbox: Sandbox) -> None:
    scenario = first(sandbox, "consumption")
    assert scenario["license_key"] == CONSUMPTION and "100" in scenario["note"]


def feature_add(device: Device, feature: str, consumptions: int) -> httpx.Response:
    r = device.call("POST", "add_feature_consumption", feature=feature, consumptions=consumptions)
    verify(device.sandbox, r)
    return r


def test_feature_consumptions(sandbox: Sandbox) -> None:
    device = Device(sandbox, METERED, "hw-credits")
    device.activate()
    r = feature_add(device, "credits", 20)
    assert total(r) == 20
    body = r.json()
    assert body["max_consumptions"] == 50  # this answer's name (the docs); 3.1's differs
    assert (body["is_floating"], body["is_floating_cloud"]) == (False, False)
    assert total(feature_add(device, "credits", 30)) == 50
    assert code(feature_add(device, "credits", 1)) == (400, "feature_not_enough_consumptions")
    assert total(feature_add(device, "credits", -5)) == 45  # this feature allows them
    listed = {f["code"]: f for f in device.check().json()["product_features"]}
    assert (listed["credits"]["total_consumptions"], listed["credits"]["max_consumption"]) == (
        45,
        50,
    )
    assert code(feature_add(device, "nope", 1)) == (400, "unsupported_product_feature")
    assert code(feature_add(device, "pro", 1)) == (400, "validation_error")  # not metered
    first_entry = first(sandbox, "feature_consumption")
    assert first_entry["license_key"] == METERED and "credits" in first_entry["note"]
