"""A license as lines a person reads: shared by the wizard and the CLI, in the
installed language (``activation_wizard.i18n``)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from activation_wizard.i18n import QT_TRANSLATE_NOOP, format_datetime, translate

if TYPE_CHECKING:
    from activation_wizard.core.api.models import LicenseInfo
    from activation_wizard.core.policy import Policy
    from activation_wizard.core.store.record import StoredActivation

TYPE_NAMES = {
    "perpetual": QT_TRANSLATE_NOOP("summary", "Perpetual"),
    "time-limited": QT_TRANSLATE_NOOP("summary", "Time-limited"),
    "subscription": QT_TRANSLATE_NOOP("summary", "Subscription"),
    "consumption": QT_TRANSLATE_NOOP("summary", "Consumption"),
}


def type_name(license_type: str | None) -> str:
    known = TYPE_NAMES.get(license_type or "")
    return translate("summary", known) if known else license_type or ""


def days_left(until: datetime, now: datetime | None = None) -> int:
    """Days as people count them: a 14-day trial started now has 14 days left, and a
    one-year license 365, not 13 and 364."""
    now = now or datetime.now().astimezone()
    return math.ceil((until - now).total_seconds() / 86400 - 1e-6)


def expiry_text(info: LicenseInfo, now: datetime | None = None) -> str:
    """Expiry in local time with the exact hour, and how many days are left."""
    if info.validity_period is None:
        return translate("summary", "Never")
    now = now or datetime.now().astimezone()
    when = format_datetime(info.validity_period)
    seconds = (info.validity_period - now).total_seconds()
    grace = info.ends_at
    if seconds < 0 and grace is not None and grace > now:
        return translate("summary", "{when} (ended; in its grace period until {until})").format(
            when=when, until=format_datetime(grace)
        )
    if seconds < 0:
        return translate("summary", "{when} (expired)").format(when=when)
    if seconds < 86400:
        return translate("summary", "{when} (less than a day left)").format(when=when)
    return translate(
        "summary", "{when} (%n day(s) left)", None, days_left(info.validity_period, now)
    ).format(when=when)


def seats_text(info: LicenseInfo) -> str:
    if info.times_activated is None and info.max_activations is not None:
        return ""  # a policy (air-gapped) knows the limit, not how many are used
    used = info.times_activated or 0
    if info.allow_unlimited_activations:
        return translate("summary", "%n (unlimited)", None, used)
    if info.max_activations is None:
        return ""
    return translate("summary", "{used} of {limit}").format(used=used, limit=info.max_activations)


def license_rows(
    info: LicenseInfo, now: datetime | None = None, bundle: Sequence[LicenseInfo] = ()
) -> list[tuple[str, str]]:
    """(label, value) pairs, both translated; ``bundle``: every member's license when
    the activation is a bundle's (``info`` among them)."""
    rows: list[tuple[str, str]] = []
    if info.product_details and info.product_details.product_name:
        rows.append((translate("summary", "Product"), info.product_details.product_name))
    others = bundle_text(info, bundle, now)
    if others:
        rows.append((translate("summary", "Also in the bundle"), others))
    if info.licensed_to:
        rows.append((translate("summary", "Licensed to"), info.licensed_to))
    license_type = type_name(info.license_type)
    if info.is_trial:
        license_type = translate("summary", "{type} (trial)").format(type=license_type).strip()
    if license_type:
        rows.append((translate("summary", "License type"), license_type))
    rows.append((translate("summary", "Expires"), expiry_text(info, now)))
    seats = seats_text(info)
    if seats:
        rows.append((translate("summary", "Devices activated"), seats))
    updates = info.maintenance_until
    if updates is not None:
        when = format_datetime(updates)
        rows.append(
            (
                translate("summary", "Updates"),
                translate("summary", "until {when}").format(when=when)
                if updates > (now or datetime.now().astimezone())
                else translate("summary", "ended {when} (this version keeps working)").format(
                    when=when
                ),
            )
        )
    floating = floating_text(info)
    if floating:
        rows.append((translate("summary", "Floating seats"), floating))
    consumption = consumption_text(info)
    if consumption:
        rows.append((translate("summary", "Consumption"), consumption))
    if info.product_features:
        rows.append((translate("summary", "Features"), features_text(info, now)))
    return rows


def bundle_text(
    info: LicenseInfo, bundle: Sequence[LicenseInfo], now: datetime | None = None
) -> str:
    """The other products a bundle's activation covers, each with its features."""
    mine = info.product_details.short_code if info.product_details else None
    parts = []
    for member in bundle:
        details = member.product_details
        if details is None or details.short_code == mine:
            continue
        name = details.product_name or details.short_code or ""
        features = features_text(member, now) if member.product_features else ""
        parts.append(f"{name} ({features})" if features else name)
    return ", ".join(parts)


PERIODS = {
    "daily": QT_TRANSLATE_NOOP("summary", "every day"),
    "weekly": QT_TRANSLATE_NOOP("summary", "every week"),
    "monthly": QT_TRANSLATE_NOOP("summary", "every month"),
    "annually": QT_TRANSLATE_NOOP("summary", "every year"),
}


def floating_text(info: LicenseInfo) -> str:
    """Seats of a floating license in use, and this computer's borrowed one."""
    if not (info.is_floating_cloud or info.is_floating):
        return ""
    # Seats, not seats in use: the count of a check goes stale at once, and the
    # wizard's own check gives its seat back right after (it would count itself).
    seats = info.floating_users
    if seats is None:
        text = translate("summary", "a floating license")
    else:
        text = translate("summary", "%n seat(s), shared", None, seats)
    if info.is_borrowed and info.borrowed_until is not None:
        text += translate("summary", "; borrowed by this computer until {when}").format(
            when=format_datetime(info.borrowed_until)
        )
    return text


def floating_note(info: LicenseInfo) -> str:
    """What activating a floating license means ("" for any other)."""
    if not (info.is_floating_cloud or info.is_floating):
        return ""
    if info.floating_users is None:
        return translate(
            "summary", "A floating license: this computer takes a seat while the program runs."
        )
    return translate(
        "summary",
        "A floating license: this computer takes one of %n seat(s) while the program runs.",
        None,
        info.floating_users,
    )


def consumption_text(info: LicenseInfo) -> str:
    """How much of a consumption license is used, what more it allows, when it resets."""
    if info.license_type != "consumption" and not info.max_consumptions:
        return ""
    used = info.total_consumptions or 0
    if info.allow_unlimited_consumptions:
        text = translate("summary", "{used} used (unlimited)").format(used=used)
    else:
        text = translate("summary", "{used} of {limit} used").format(
            used=used, limit=info.max_consumptions or 0
        )
    if info.allow_overages and info.max_overages:
        text += translate("summary", "; up to {more} more allowed").format(more=info.max_overages)
    period = PERIODS.get(info.consumption_period or "")
    if period:
        text += translate("summary", "; resets {period}").format(
            period=translate("summary", period)
        )
    return text


def features_text(info: LicenseInfo, now: datetime | None = None) -> str:
    """Each feature by name, with its own end where it has one."""
    now = now or datetime.now().astimezone()
    parts = []
    for f in info.product_features:
        name = f.name or f.code
        if f.expiry_date is None:
            parts.append(name)
        elif f.in_force(now):
            until = translate("summary", "{name} (until {when})")
            parts.append(until.format(name=name, when=format_datetime(f.expiry_date)))
        else:
            parts.append(translate("summary", "{name} (ended)").format(name=name))
    return ", ".join(parts)


def grace_note(info: LicenseInfo, now: datetime | None = None) -> str:
    """What a user in the grace period must know ("" otherwise): it ended, it still
    works until when, and to renew."""
    now = now or datetime.now().astimezone()
    ended, works_until = info.validity_period, info.ends_at
    if ended is None or works_until is None or not ended <= now < works_until:
        return ""
    return translate(
        "summary",
        "This license ended on {ended}. It keeps working until {until}: renew it "
        "before then to keep using it.",
    ).format(ended=format_datetime(ended), until=format_datetime(works_until))


def mask_key(key: str) -> str:
    """Enough of a key to recognise it, not enough to use it."""
    if len(key) <= 4:
        return "*" * len(key)
    return "".join("*" if c.isalnum() else c for c in key[:-4]) + key[-4:]


def next_check_text(stored: StoredActivation, policy: Policy, now: float) -> str:
    """When the program checks the license online next ("" without a schedule), and
    that it is due or overdue."""
    due = policy.next_check(stored)
    if due is None or stored.offline:
        return ""
    when = format_datetime(datetime.fromtimestamp(due).astimezone())
    if policy.check_overdue(stored, now):
        return translate("summary", "{when} (overdue: connect and check)").format(when=when)
    if due <= now:
        return translate("summary", "{when} (due now)").format(when=when)
    return when


def unsent_text(pending: dict[str, int]) -> str:
    """Uses counted here that the server has not confirmed yet ("" for none)."""
    return ", ".join(
        translate("summary", "{count} of feature {code}").format(count=n, code=code)
        if code
        else str(n)
        for code, n in sorted(pending.items())
    )
