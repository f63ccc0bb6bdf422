"""A license as lines a person reads: shared by the wizard and the CLI."""

from __future__ import annotations

import math
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.api.models import LicenseInfo

TYPE_NAMES = {
    "perpetual": "Perpetual",
    "time-limited": "Time-limited",
    "subscription": "Subscription",
    "consumption": "Consumption",
}


def expiry_text(info: LicenseInfo, now: datetime | None = None) -> str:
    """Expiry in local time with the exact hour, and how many days are left."""
    if info.validity_period is None:
        return "Never"
    local = info.validity_period.astimezone()
    now = now or datetime.now().astimezone()
    days = (local - now).total_seconds() / 86400
    when = local.strftime("%Y-%m-%d %H:%M %Z").strip()
    if days < 0:
        return f"{when} (expired)"
    if days < 1:
        return f"{when} (less than a day left)"
    # As people count: a 14-day trial started now has 14 days left, not 13.
    left = math.ceil(days - 1e-6)
    return f"{when} ({left} day left)" if left == 1 else f"{when} ({left} days left)"


def license_rows(info: LicenseInfo, now: datetime | None = None) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if info.product_details and info.product_details.product_name:
        rows.append(("Product", info.product_details.product_name))
    if info.licensed_to:
        rows.append(("Licensed to", info.licensed_to))
    license_type = TYPE_NAMES.get(info.license_type or "", info.license_type or "")
    if info.is_trial:
        license_type = f"{license_type} (trial)".strip()
    if license_type:
        rows.append(("License type", license_type))
    rows.append(("Expires", expiry_text(info, now)))
    if info.seats_text:
        rows.append(("Devices activated", info.seats_text))
    if info.product_features:
        rows.append(("Features", ", ".join(f.name or f.code for f in info.product_features)))
    return rows


def mask_key(key: str) -> str:
    """Enough of a key to recognise it, not enough to use it."""
    if len(key) <= 4:
        return "*" * len(key)
    return "".join("*" if c.isalnum() else c for c in key[:-4]) + key[-4:]
