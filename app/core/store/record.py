"""The record of one activation, as the store keeps it, and the runtime view a
vendor's program reads from it (features, expiry, variables: no Qt, no network)."""

from __future__ import annotations

import base64
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from activation_wizard.core.api.models import Feature, LicenseInfo, SignedLicense


@dataclass(frozen=True)
class StoredActivation:
    kind: str  # "license_key" or "user"
    identity: str
    license_body: bytes
    license_signature: str
    hardware_id: str
    server_url: str
    product: str
    activated_at: float
    last_check: float
    last_seen: float
    # What the server said at the last check: "ok", "disabled" or "expired".  Kept
    # locally because the signed body cannot say it, and honoured by every load.
    server_state: str = "ok"
    # The license an account chose among several (sent as license_id from then on).
    license_id: int | None = None
    offline: bool = False  # activated by file (offline portal), not by the API
    # The server's clock at the newest answer or file kept (its Date header, or the
    # file's date): a refresh file older than that would move the license back.
    server_time: float | None = None
    # Bumped by every save: an update computed from an older copy (a check answer
    # arriving after a deactivation or a new activation) is refused, not written.
    generation: int = 0
    # Air-gapped (license-api.md 7.1a): the body is the vendor's policy, and what
    # binds it to this device and key is the confirmation code (license_signature),
    # the vendor's ECDSA signature, not the License API's RSA one.
    airgap: bool = False

    @property
    def signed(self) -> SignedLicense:
        from activation_wizard.core.api.models import SignedLicense  # parsed only when there is one

        return SignedLicense.parse(self.license_body, self.license_signature, product=self.product)

    @property
    def license(self) -> LicenseInfo:
        return self.signed.info

    @property
    def bundle(self) -> dict[str, LicenseInfo]:
        """A bundle's licenses by product code (this product's among them); empty
        when the activation is of this product alone."""
        return {
            m.product_details.short_code: m
            for m in self.signed.bundle
            if m.product_details is not None and m.product_details.short_code
        }

    # --- the runtime view a vendor's program reads (no Qt, no network) -----------

    @property
    def features(self) -> list[str]:
        """Codes of the features in force now, e.g. ``["pro", "export"]`` (a feature
        past its own ``expiry_date`` is left out)."""
        now = datetime.now(UTC)
        return [f.code for f in self.license.product_features if f.in_force(now)]

    @property
    def feature_details(self) -> list[Feature]:
        """Every feature of the license: ``code``, ``name``, ``feature_type``,
        ``expiry_date``, ``in_force(now)``."""
        return list(self.license.product_features)

    def has_feature(self, code: str, product: str = "") -> bool:
        """``product``: another product of the bundle this activation covers."""
        return code in (self.features_of(product) if product else self.features)

    @property
    def products(self) -> list[str]:
        """The products this activation covers: this one, and with a bundle each
        product activated with it."""
        return list(self.bundle) or [self.product]

    def features_of(self, product: str) -> list[str]:
        """The features in force of ``product`` (this one, or a member of the bundle);
        empty for a product the activation does not cover."""
        if product == self.product:
            return self.features
        info = self.bundle.get(product)
        now = datetime.now(UTC)
        return [f.code for f in info.product_features if f.in_force(now)] if info else []

    @property
    def license_type(self) -> str:
        return self.license.license_type or ""

    @property
    def expires_at(self) -> datetime | None:
        """When the license period ends (aware, UTC); None for a license that does
        not.  A subscription may keep working after it: ``grace_until``."""
        return self.license.validity_period

    @property
    def grace_until(self) -> datetime | None:
        """The end of the server's grace period after ``expires_at`` (None without
        one): until then the license still works, and the user should renew."""
        info = self.license
        ends = info.ends_at
        return ends if ends is not None and ends != info.validity_period else None

    def in_grace(self, now: datetime | None = None) -> bool:
        """Past ``expires_at`` but inside the grace period: working, renew soon."""
        expires, grace = self.expires_at, self.grace_until
        now = now or datetime.now(UTC)
        return expires is not None and grace is not None and expires <= now < grace

    @property
    def is_trial(self) -> bool:
        return self.license.is_trial

    @property
    def variables(self) -> dict[str, str | int | float | bool | None]:
        """Device variables as the server confirmed them at activation (use
        ``Activator.get_variables()`` for the server's current values)."""
        return {v.variable: v.value for v in self.license.variables}

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["license_body"] = base64.b64encode(self.license_body).decode()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoredActivation:
        data = dict(data)
        data["license_body"] = base64.b64decode(data["license_body"])
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


def check_types(stored: StoredActivation) -> None:
    """A recovery file is input from outside: every field of the right type."""
    for name in (
        "kind",
        "identity",
        "license_signature",
        "hardware_id",
        "server_url",
        "product",
        "server_state",
    ):
        if not isinstance(getattr(stored, name), str):
            raise TypeError(name)
    for name in ("activated_at", "last_check", "last_seen"):
        value = getattr(stored, name)
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            raise TypeError(name)  # NaN too: it would switch the clock check off
    if stored.license_id is not None and (
        isinstance(stored.license_id, bool) or not isinstance(stored.license_id, int)
    ):
        raise TypeError("license_id")
    if not isinstance(stored.generation, int):
        raise TypeError("generation")
    if not isinstance(stored.offline, bool):
        raise TypeError("offline")
    if not isinstance(stored.airgap, bool):
        raise TypeError("airgap")
    if stored.server_time is not None and (
        isinstance(stored.server_time, bool)
        or not isinstance(stored.server_time, int | float)
        or stored.server_time != stored.server_time
    ):
        raise TypeError("server_time")
