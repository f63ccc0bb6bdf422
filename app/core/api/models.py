"""Typed view of the license JSON (license-api.md section 3.1).

Unknown fields are kept (``extra``, readable as attributes) and the raw signed body
is kept next to the model, so nothing the server sent is lost or re-serialised. How
each field is read: ``typed_json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from activation_wizard.core.api.typed_json import JsonObject, ShapeError
from activation_wizard.i18n import QT_TRANSLATE_NOOP


class Customer(JsonObject):
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    company_name: str | None = None


class LicenseUser(JsonObject):
    id: int | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    phone_number: str | None = None
    is_initial_password: bool = False
    max_activations: int | None = None
    allow_unlimited_activations: bool = False
    total_activations: int | None = None


class ProductDetails(JsonObject):
    product_id: int | None = None
    product_name: str | None = None
    short_code: str | None = None
    authorization_method: str | None = None  # "license-key" or "user"


class Product(ProductDetails):
    """``GET /product_details``: what the welcome page offers depends on it."""

    allow_trial: bool = False
    trial_days: int | None = None
    prevent_vm: bool = False
    floating_timeout: int | None = None

    @property
    def user_based(self) -> bool:
        return (self.authorization_method or "").replace("_", "-") == "user"


class Feature(JsonObject):
    code: str
    name: str | None = None
    expiry_date: datetime | None = None  # a feature may end before its license
    feature_type: str | None = None  # "activation" or "consumption"
    is_floating: bool = False
    is_floating_cloud: bool = False
    floating_users: int | None = None
    floating_timeout: int | None = None  # minutes
    max_consumption: int | None = None  # consumption features (the API's singular)
    total_consumptions: int | None = None
    allow_unlimited_consumptions: bool = False
    allow_overages: bool = False
    max_overages: int | None = None

    def in_force(self, now: datetime) -> bool:
        return self.expiry_date is None or now < self.expiry_date


class DeviceVariable(JsonObject):
    variable: str
    value: str | int | float | bool | None = None
    device_id: int | None = None
    created_at: int | str | None = None


class LicenseInfo(JsonObject):
    id: int | None = None
    license_key: str | None = None
    username: str | None = None
    hardware_id: str | None = None
    device_id: int | None = None
    request: str | None = None  # "activation" on an activation answer
    license_type: str | None = None
    validity_period: datetime | None = None
    # Hours a subscription keeps working after validity_period (the server's check
    # passes meanwhile), when allow_grace_period is not false.
    allow_grace_period: bool | None = None
    grace_period: int | None = None
    # Updates (versions released) until then; the license itself goes on working.
    maintenance_period: datetime | None = None
    enable_maintenance_period: bool = False
    start_date: str | None = None
    is_trial: bool = False
    is_expired: bool | None = None
    active: bool | None = None
    license_active: bool | None = None
    license_enabled: bool | None = None
    prevent_vm: bool | None = None
    max_activations: int | None = None
    times_activated: int | None = None
    allow_unlimited_activations: bool = False
    transfer_count: int | None = None
    max_transfers: int | None = None
    trial_days: int | None = None
    is_floating: bool = False
    is_floating_cloud: bool = False
    floating_timeout: int | None = None  # minutes, as the official SDK reads it
    floating_users: int | None = None  # concurrent seats of a floating license
    floating_in_use_devices: int | None = None  # on a check answer
    can_borrow: bool = False
    max_borrow_time: int | None = None  # hours
    is_borrowed: bool = False
    borrowed_until: datetime | None = None
    # Consumption licenses: what was used of how much, and how far beyond it may go.
    max_consumptions: int | None = None
    total_consumptions: int | None = None
    allow_unlimited_consumptions: bool = False
    allow_negative_consumptions: bool = False
    allow_overages: bool = False
    max_overages: int | None = None
    consumption_period: str | None = None  # daily, weekly, monthly, annually; None: never
    metadata: dict[str, Any] | None = None
    order_store_id: str | None = None
    variables: list[DeviceVariable] = field(default_factory=list)
    customer: Customer | None = None
    user: LicenseUser | None = None
    product_details: ProductDetails | None = None
    product_features: list[Feature] = field(default_factory=list)
    license_signature: str | None = None

    @property
    def licensed_to(self) -> str:
        for person in (self.user, self.customer):
            if person is None:
                continue
            name = " ".join(p for p in (person.first_name, person.last_name) if p)
            company = getattr(person, "company_name", None)
            parts = [x for x in (name, company) if x]
            label = ", ".join(parts)
            if person.email:
                label = f"{label} <{person.email}>" if label else person.email
            if label:
                return label
        return ""

    @property
    def ends_at(self) -> datetime | None:
        """When the license stops working: ``validity_period`` plus its grace period;
        None for a license that does not end."""
        until = self.validity_period
        if until is None:
            return None
        hours = self.grace_period or 0
        return until + timedelta(hours=hours) if self.allow_grace_period is not False else until

    @property
    def maintenance_until(self) -> datetime | None:
        """The end of the maintenance (updates included until then); None without one."""
        return self.maintenance_period if self.enable_maintenance_period else None

    @property
    def usable(self) -> bool:
        return not self.unusable_reason

    @property
    def unusable_reason(self) -> str:
        """Why this license cannot be activated now, in words ("" when it can; shown
        through ``translate("summary", ...)``)."""
        if self.license_enabled is False:
            return QT_TRANSLATE_NOOP("summary", "disabled by the vendor")
        until = self.ends_at
        if self.is_expired or (until is not None and until < datetime.now(UTC)):
            return QT_TRANSLATE_NOOP("summary", "expired")
        return ""


@dataclass(frozen=True)
class SignedLicense:
    """A license as the server signed it: the exact body bytes and their signature."""

    body: bytes
    signature: str
    info: LicenseInfo  # of this product (a bundle's answer holds one per member)
    date: float | None = None  # the server's clock when it answered (its Date header)
    bundle: tuple[LicenseInfo, ...] = ()  # every member's license, for a bundle

    @classmethod
    def parse(
        cls, body: bytes, signature: str, date: float | None = None, product: str = ""
    ) -> SignedLicense:
        """``body``: one license, or a bundle's array (then ``product`` picks ``info``)."""
        if body.lstrip()[:1] != b"[":
            return cls(body, signature, LicenseInfo.from_json(body), date)
        members = tuple(LicenseInfo.list_from_json(body))
        mine = [m for m in members if m.product_details and m.product_details.short_code == product]
        if len(mine) != 1:
            raise ShapeError("bundle", f"one license of {product!r}")
        return cls(body, signature, mine[0], date, members)


class UserLicense(JsonObject):
    """One element of ``GET /user_licenses``: a license and the account's user on it."""

    license: LicenseInfo
    user: LicenseUser = field(default_factory=LicenseUser)


class CustomerLicenseUsers(JsonObject):
    customer: Customer = field(default_factory=Customer)
    users: list[LicenseUser] = field(default_factory=list)


class TrialKey(JsonObject):
    """``GET /trial_key``: a new trial (a whole license) or the one this device had.

    Key-based: ``license_key`` (new) or ``license`` (existing) holds the key.
    User-based: ``license_user`` (an object or the e-mail) and, for a new trial,
    ``initial_password``.
    """

    license_key: str | None = None
    license: str | None = None
    license_user: LicenseUser | str | None = None
    initial_password: str | None = field(default=None, repr=False)
    is_trial: bool = True
    license_type: str | None = None

    @property
    def key(self) -> str | None:
        return self.license_key or self.license

    @property
    def username(self) -> str | None:
        if isinstance(self.license_user, LicenseUser):
            return self.license_user.email
        return self.license_user


class SsoUrl(JsonObject):
    """``GET /sso_url``: the identity provider's login page for a customer account."""

    url: str
    openid_configuration: dict[str, Any] | None = None
    alternate_urls: list[str] = field(default_factory=list)


class Borrow(JsonObject):
    """``POST /floating/borrow``: this device holds its floating seat until then."""

    borrowed_until: datetime
    max_borrow_time: int | None = None  # hours
    license_id: int | None = None
    device_id: int | None = None


class Consumption(JsonObject):
    """``POST /add_consumption`` / ``add_feature_consumption``: the totals after it."""

    total_consumptions: int = 0
    max_consumptions: int | None = None
    max_consumption: int | None = None  # a feature's, as the API spells it
    allow_unlimited_consumptions: bool = False
    allow_overages: bool = False
    max_overages: int | None = None

    @property
    def limit(self) -> int | None:
        return self.max_consumptions if self.max_consumptions is not None else self.max_consumption


class InstallationFile(JsonObject):
    """``GET /installation_file``: where a version of the product is downloaded."""

    version: str | None = None
    installation_file: str | None = None  # the download address
    release_date: str | None = None
    hash_md5: str | None = None
    requires_version: str | None = None
    environment: str | None = None
    channel: str | None = None
    eula_link: str | None = None
    release_notes_link: str | None = None
    size: int | str | None = None


def version_list(body: bytes) -> list[str]:
    """``GET /versions``: the versions, as text (entries may be objects naming one)."""
    import json

    entries = json.loads(body)
    return [str(e.get("version")) if isinstance(e, dict) else str(e) for e in entries]
