"""Typed view of the license JSON (license-api.md section 3.1).

Unknown fields are kept (``extra="allow"``) and the raw signed body is kept
next to the model, so nothing the server sent is lost or re-serialised.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pydantic import BaseModel, ConfigDict


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)


class Customer(_Model):
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    company_name: str | None = None


class LicenseUser(_Model):
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None


class ProductDetails(_Model):
    product_id: int | None = None
    product_name: str | None = None
    short_code: str | None = None
    authorization_method: str | None = None


class Feature(_Model):
    code: str
    name: str | None = None
    expiry_date: datetime | None = None


class LicenseInfo(_Model):
    id: int | None = None
    license_key: str | None = None
    hardware_id: str | None = None
    license_type: str | None = None
    validity_period: datetime | None = None
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
    customer: Customer | None = None
    user: LicenseUser | None = None
    product_details: ProductDetails | None = None
    product_features: list[Feature] = []
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
    def seats_text(self) -> str:
        if self.allow_unlimited_activations:
            return f"{self.times_activated or 0} (unlimited)"
        if self.max_activations is None:
            return ""
        return f"{self.times_activated or 0} of {self.max_activations}"


@dataclass(frozen=True)
class SignedLicense:
    """A license as the server signed it: the exact body bytes and their signature."""

    body: bytes
    signature: str
    info: LicenseInfo

    @classmethod
    def parse(cls, body: bytes, signature: str) -> SignedLicense:
        return cls(body, signature, LicenseInfo.model_validate_json(body))
