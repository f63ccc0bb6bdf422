"""What a vendor's program reads after activation (issue 20): a subscription in its
grace period keeps working and says until when; features end on their own dates."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from activation_wizard.core.activation import Activator, Identity
from activation_wizard.core.store import ActivationStore
from activation_wizard.errors import ActivationInvalid
from activation_wizard.messages import describe

DAY = 86400.0


def test_a_subscription_in_its_grace_period_works_and_says_until_when(
    activator: Activator,
) -> None:
    """It passed the server's check and was then refused here as expired."""
    activator.activate(Identity("license_key", "DEMO-GRCE-0000-0001"))
    stored = activator.load()  # not ActivationInvalid("expired")
    now = datetime.now(UTC)
    assert stored.expires_at is not None and stored.expires_at < now
    assert stored.grace_until is not None
    assert stored.grace_until - stored.expires_at == timedelta(days=7)
    assert stored.in_grace() and not stored.in_grace(stored.grace_until + timedelta(seconds=1))
    checked = activator.check()  # the server agrees: in grace, not expired
    assert checked.server_state == "ok"

    after = ActivationStore(
        activator.config,
        backend=activator.store.vault.backend,
        clock=lambda: stored.grace_until.timestamp() + 60,  # type: ignore[union-attr]
    )
    with pytest.raises(ActivationInvalid) as caught:
        after.load(activator.device.hardware_id)
    assert caught.value.reason == "expired"
    assert "expired" in describe(caught.value).what


def test_a_license_without_grace_ends_at_its_validity_period(activator: Activator) -> None:
    activator.activate(Identity("license_key", "DEMO-OKAY-0000-0001"))
    stored = activator.load()
    assert stored.grace_until is None and not stored.in_grace()
    assert stored.license.grace_period == 0  # 0, not null: the official SDK adds it to dates
    end = stored.expires_at.timestamp()  # type: ignore[union-attr]
    later = ActivationStore(
        activator.config, backend=activator.store.vault.backend, clock=lambda: end + 60
    )
    with pytest.raises(ActivationInvalid):
        later.load(activator.device.hardware_id)


def test_features_end_on_their_own_dates(activator: Activator) -> None:
    activator.activate(Identity("license_key", "DEMO-FEAT-0000-0001"))
    stored = activator.load()
    assert stored.features == ["pro", "cloud"]  # export ended two days ago
    assert stored.has_feature("pro") and not stored.has_feature("export")
    details = {f.code: f for f in stored.feature_details}
    assert set(details) == {"pro", "export", "cloud"}
    assert details["export"].name == "Export to PDF"
    assert details["cloud"].expiry_date is None
    pro_ends = details["pro"].expiry_date
    assert pro_ends is not None
    assert 6.9 * DAY < pro_ends.timestamp() - time.time() < 7.1 * DAY
    assert not details["pro"].in_force(pro_ends + timedelta(seconds=1))


def _later(activator: Activator, seconds: float, **settings: int) -> Activator:
    """The same device and store, ``seconds`` from now, under other policy settings."""
    from dataclasses import replace

    config = replace(activator.config, **settings)
    now = time.time() + seconds
    store = ActivationStore(config, backend=activator.store.vault.backend, clock=lambda: now)
    return Activator(config, store=store, clock=lambda: now)


def test_without_a_check_for_longer_than_the_offline_grace_it_needs_one(
    activator: Activator,
) -> None:
    activator.activate(Identity("license_key", "DEMO-OKAY-0000-0001"))
    assert _later(activator, 13 * DAY, offline_grace_days=14).load()  # within: valid
    late = _later(activator, 15 * DAY, offline_grace_days=14)
    with pytest.raises(ActivationInvalid) as caught:
        late.load()
    assert caught.value.reason == "check_needed"
    message = describe(caught.value)
    assert "not been checked with the license server" in message.what
    assert "Check now" in message.todo and "activated again" in message.todo
    # 0: no limit (a perpetual license, so nothing else ends it meanwhile)
    activator.activate(Identity("license_key", "DEMO-OKAY-0000-0002"), replace_old="deactivate")
    assert _later(activator, 400 * DAY, offline_grace_days=0).load()


def test_a_license_that_needs_a_check_is_valid_again_after_one(
    activator: Activator, sandbox_clock
) -> None:  # type: ignore[no-untyped-def]
    from activation_wizard.core.runtime import License

    activator.activate(Identity("license_key", "DEMO-OKAY-0000-0001"))
    sandbox_clock.advance(15 * DAY)  # both clocks: the server refuses a Date 15 days off
    late = _later(activator, 15 * DAY, offline_grace_days=14)
    lic = License(late.config, activator=late)
    assert not lic.is_valid() and lic.state == "check_needed"
    assert "not been checked" in lic.why_not
    assert lic.check() and lic.state == "valid" and lic.why_not == ""
    assert not lic.check_due  # checked just now (by its clock)
    assert _later(activator, 15 * DAY + 8 * DAY, recheck_days=7).load()


def test_check_due_follows_recheck_every(activator: Activator) -> None:
    from activation_wizard.core.runtime import License

    activator.activate(Identity("license_key", "DEMO-OKAY-0000-0001"))
    soon, due = _later(activator, 6 * DAY), _later(activator, 7 * DAY + 60)
    assert not License(soon.config, activator=soon).check_due
    assert License(due.config, activator=due).check_due
    never = _later(activator, 400 * DAY, recheck_days=0)
    assert not License(never.config, activator=never).check_due


def _recorder() -> tuple[list[tuple[str, str]], Any, Any]:
    """What a vendor's watchdog callback saw: the changes, and an event set by each."""
    import threading

    changes: list[tuple[str, str]] = []
    changed = threading.Event()

    def on_change(_: object, before: str, after: str) -> None:
        changes.append((before, after))
        changed.set()

    return changes, changed, on_change


def test_the_watchdog_reports_a_license_the_vendor_disabled(activator: Activator, sandbox) -> None:  # type: ignore[no-untyped-def]

    from activation_wizard.core.runtime import License

    activator.activate(Identity("license_key", "DEMO-OKAY-0000-0001"))
    lic = License(activator.config, activator=activator)
    changes, changed, on_change = _recorder()
    with lic.watch(on_change, every=0.2) as watchdog:
        with sandbox.db.tx() as db:
            db.execute("UPDATE licenses SET enabled = 0 WHERE license_key = 'DEMO-OKAY-0000-0001'")
        assert changed.wait(20)
    assert changes == [("valid", "disabled")]
    assert watchdog.checks >= 1 and not lic.is_valid()
    assert "disabled" in lic.why_not
    assert not watchdog._thread.is_alive()  # stopped on leaving the block


def test_the_watchdog_keeps_the_license_through_a_network_failure(
    activator: Activator, faults
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from activation_wizard.core.runtime import License

    activator.activate(Identity("license_key", "DEMO-OKAY-0000-0001"))
    lic = License(activator.config, activator=activator)
    from activation_wizard.sandbox.faults import Fault

    faults.add(Fault("drop_before", times=-1))  # every request: the connection drops
    seen = threading.Event()
    watchdog = lic.watch(lambda *_: seen.set(), every=0.1)
    try:
        deadline = time.monotonic() + 20
        while watchdog.failures < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        watchdog.stop()
    assert watchdog.failures >= 2 and not seen.is_set()
    assert lic.is_valid() and lic.state == "valid"


def test_the_watchdog_spreads_its_checks() -> None:
    from activation_wizard.core.runtime import Watchdog

    draws = iter([0.0, 0.5, 1.0])
    dog = Watchdog(None, lambda *_: None, 100.0, jitter=0.1, rng=lambda: next(draws))  # type: ignore[arg-type]
    assert [dog.next_delay() for _ in range(3)] == pytest.approx([90.0, 100.0, 110.0])


def test_the_next_check_is_said_due_and_overdue(activator: Activator) -> None:
    from activation_wizard.core.policy import Policy
    from activation_wizard.core.summary import next_check_text

    activator.activate(Identity("license_key", "DEMO-OKAY-0000-0001"))
    stored = activator.load()
    policy = Policy(recheck_every=7 * DAY, offline_grace=14 * DAY)
    now = stored.last_check
    assert next_check_text(stored, policy, now + DAY).endswith("UTC")
    assert next_check_text(stored, policy, now + 8 * DAY).endswith("(due now)")
    assert next_check_text(stored, policy, now + 15 * DAY).endswith("(overdue: connect and check)")
    assert next_check_text(stored, Policy(), now) == ""  # no schedule, nothing to say


def test_the_watchdog_reports_a_floating_seat_it_could_not_keep(
    activator: Activator,
) -> None:

    from activation_wizard.core.runtime import License

    activator.activate(Identity("license_key", "DEMO-FLFU-0000-0001"))  # its seat is taken
    lic = License(activator.config, activator=activator)
    changes, changed, on_change = _recorder()
    with lic.watch(on_change, every=0.2):
        assert changed.wait(20)
    assert changes[0] == ("valid", "no_floating_seat")
    assert lic.is_valid()  # still licensed: only no seat right now
