"""Floating cloud licenses in the sandbox: seats taken by the license check, freed by
the clock or a release, held by a borrow (license-api.md 1.2, 3.1)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from activation_wizard.sandbox.faults import Fault, Faults
from activation_wizard.sandbox.server import Sandbox

from tests.conftest import SandboxClock, first
from tests.unit.test_sandbox import Device, verify

FLOATING = "DEMO-FLOA-0000-0001"  # 3 seats, 30-minute timeout, borrow up to 72 h
BORROW = "DEMO-BORW-0000-0001"  # 1 seat, 30-minute timeout, borrow up to 24 h
MINUTE = 60.0


def devices(sandbox: Sandbox, clock: SandboxClock, key: str, count: int) -> list[Device]:
    out = [Device(sandbox, key, f"hw-{key[5:9].lower()}-{n}", clock) for n in range(count)]
    for d in out:
        d.activate()
    return out


def rejected(r: httpx.Response, sandbox: Sandbox) -> str:
    """The code of a signed 400 answer."""
    assert r.status_code == 400, r.text
    verify(sandbox, r)
    return str(r.json()["code"])


def in_hours(hours: float, clock: SandboxClock) -> str:
    when = datetime.now(UTC) + timedelta(seconds=clock.offset, hours=hours)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def test_a_fourth_device_finds_no_seat_on_three(
    sandbox: Sandbox, sandbox_clock: SandboxClock
) -> None:
    *three, fourth = devices(sandbox, sandbox_clock, FLOATING, 4)  # activation is no seat
    for n, device in enumerate(three, start=1):
        r = device.check()
        assert r.status_code == 200, r.text
        verify(sandbox, r)
        body = r.json()
        assert body["is_floating_cloud"] is True
        assert (body["floating_users"], body["floating_timeout"]) == (3, 30)  # minutes
        assert body["floating_in_use_devices"] == n
        assert (body["is_borrowed"], body["borrowed_until"]) == (False, None)
        assert (body["can_borrow"], body["max_borrow_time"]) == (True, 72)
    assert rejected(fourth.check(), sandbox) == "floating_not_available"
    again = three[0].check()  # a device holding a seat keeps it
    assert again.json()["floating_in_use_devices"] == 3


def test_a_seat_frees_itself_after_the_floating_timeout(
    sandbox: Sandbox, sandbox_clock: SandboxClock
) -> None:
    first_one, *others, last = devices(sandbox, sandbox_clock, FLOATING, 4)
    assert first_one.check().status_code == 200
    sandbox_clock.advance(20 * MINUTE)
    for device in others:
        assert device.check().status_code == 200
    assert rejected(last.check(), sandbox) == "floating_not_available"
    sandbox_clock.advance(11 * MINUTE)  # 31 minutes since the first device's check
    r = last.check()
    assert r.status_code == 200, r.text
    assert r.json()["floating_in_use_devices"] == 3
    assert rejected(first_one.check(), sandbox) == "floating_not_available"


def test_a_release_frees_the_seat_at_once(sandbox: Sandbox, sandbox_clock: SandboxClock) -> None:
    *three, fourth = devices(sandbox, sandbox_clock, FLOATING, 4)
    for device in three:
        device.check()
    r = three[0].call("POST", "floating/release")
    assert (r.status_code, r.text) == (200, "")  # an empty string, unsigned, as documented
    assert "LicenseSignature" not in r.headers
    assert fourth.check().json()["floating_in_use_devices"] == 3
    again = three[0].call("POST", "floating/release")  # no seat now: still nothing to say
    assert (again.status_code, again.text) == (200, "")


def test_deactivation_frees_the_seat(sandbox: Sandbox, sandbox_clock: SandboxClock) -> None:
    holder, waiting = devices(sandbox, sandbox_clock, BORROW, 2)
    assert holder.check().status_code == 200
    assert rejected(waiting.check(), sandbox) == "floating_not_available"
    assert holder.call("POST", "deactivate_license").text == "license_deactivated"
    assert waiting.check().status_code == 200


def test_a_borrowed_seat_is_held_past_the_timeout_until_borrowed_until(
    sandbox: Sandbox, sandbox_clock: SandboxClock
) -> None:
    holder, waiting = devices(sandbox, sandbox_clock, BORROW, 2)
    until = in_hours(5, sandbox_clock)
    r = holder.call("POST", "floating/borrow", borrowed_until=until)
    assert r.status_code == 200, r.text
    verify(sandbox, r)
    body = r.json()
    assert set(body) == {"borrowed_until", "max_borrow_time", "device_id", "license_id", "company"}
    assert body["borrowed_until"] == until
    assert body["max_borrow_time"] == 24
    assert body["license_id"] == holder.check().json()["id"]
    sandbox_clock.advance(2 * 60 * MINUTE)  # well past the 30-minute timeout, no checks
    assert rejected(waiting.check(), sandbox) == "floating_not_available"
    mine = holder.check().json()
    assert (mine["is_borrowed"], mine["borrowed_until"]) == (True, until)
    sandbox_clock.advance(3 * 60 * MINUTE + MINUTE)  # the borrow has ended
    assert waiting.check().status_code == 200


def test_a_release_ends_a_borrow(sandbox: Sandbox, sandbox_clock: SandboxClock) -> None:
    holder, waiting = devices(sandbox, sandbox_clock, BORROW, 2)
    r = holder.call("POST", "floating/borrow", borrowed_until=in_hours(10, sandbox_clock))
    assert r.status_code == 200, r.text
    assert rejected(waiting.call("POST", "floating/borrow", borrowed_until=None), sandbox) == (
        "floating_not_available"
    )
    assert holder.call("POST", "floating/release").status_code == 200
    assert waiting.check().status_code == 200


def test_a_borrow_is_bounded_by_max_borrow_time(
    sandbox: Sandbox, sandbox_clock: SandboxClock
) -> None:
    (device,) = devices(sandbox, sandbox_clock, BORROW, 1)
    for until in (in_hours(25, sandbox_clock), in_hours(-1, sandbox_clock), "next tuesday"):
        r = device.call("POST", "floating/borrow", borrowed_until=until)
        assert rejected(r, sandbox) == "borrow_until_not_valid"
    longest = device.call("POST", "floating/borrow", borrowed_until=None)  # null: the most
    assert longest.status_code == 200, longest.text
    ends = datetime.fromisoformat(longest.json()["borrowed_until"].replace("Z", "+00:00"))
    expected = datetime.now(UTC) + timedelta(hours=24)
    assert abs((ends - expected).total_seconds()) < 60
    day = (datetime.now(UTC) + timedelta(hours=20)).strftime("%Y-%m-%d %H:%M")
    assert device.call("POST", "floating/borrow", borrowed_until=day).status_code == 200


def test_borrowing_needs_a_license_that_allows_it(
    sandbox: Sandbox, sandbox_clock: SandboxClock
) -> None:
    for key in ("DEMO-FLFU-0000-0001", "DEMO-OKAY-0000-0002"):  # can_borrow off; not floating
        (device,) = devices(sandbox, sandbox_clock, key, 1)
        r = device.call("POST", "floating/borrow", borrowed_until=in_hours(1, sandbox_clock))
        assert rejected(r, sandbox) == "license_borrow_not_allowed"
    stranger = Device(sandbox, BORROW, "never-activated", sandbox_clock)
    r = stranger.call("POST", "floating/borrow", borrowed_until=None)
    assert rejected(r, sandbox) == "device_not_found"


def test_floating_full_activates_but_its_one_seat_is_taken(
    sandbox: Sandbox, sandbox_clock: SandboxClock
) -> None:
    scenario = first(sandbox, "floating_full")
    assert scenario["endpoint"] == "activate_license" and scenario["note"]
    (device,) = devices(sandbox, sandbox_clock, scenario["license_key"], 1)
    assert rejected(device.check(), sandbox) == "floating_not_available"


def test_each_floating_demo_entry_has_its_own_note(sandbox: Sandbox) -> None:
    notes = {s: first(sandbox, s)["note"] for s in ("floating", "floating_full", "borrow")}
    assert len(set(notes.values())) == 3 and all(notes.values())
    assert first(sandbox, "floating")["license_key"] == FLOATING


def test_faults_name_a_floating_endpoint_by_its_path(
    sandbox: Sandbox, sandbox_clock: SandboxClock, faults: Faults
) -> None:
    (device,) = devices(sandbox, sandbox_clock, FLOATING, 1)
    faults.add(Fault("error_5xx", "503", endpoint="floating/release"))
    assert device.call("POST", "floating/release").status_code == 503
    assert device.call("POST", "floating/release").status_code == 200
