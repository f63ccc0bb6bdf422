"""What a vendor's program reads after activation (issue 20): a subscription in its
grace period keeps working and says until when; features end on their own dates."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

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
