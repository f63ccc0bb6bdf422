"""Floating cloud seats (license-api.md 1.2, 3.1): of a license (feature 0) or of
one of its features, taken by a check, held for the floating timeout or until
the end of a borrow, and freed by a release, a deactivation or the clock.

A seat is a row of ``floating_seats`` whose ``held_until`` lies ahead of the
sandbox's clock; rows behind it are seats that freed themselves.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.rejections import Rejection
from activation_wizard.sandbox.schema import iso

LICENSE_SEAT = 0  # feature_id of a license's own seat


def license_timeout(db: sqlite3.Connection, lic: sqlite3.Row) -> int:
    """Minutes: the license's own, else its product's (the docs: set on the product,
    overridden per license)."""
    if lic["floating_timeout"] is not None:
        return int(lic["floating_timeout"])
    row = db.execute(
        "SELECT floating_timeout FROM products WHERE code = ?", (lic["product"],)
    ).fetchone()
    return int(row[0])


def in_use(ctx: Context, db: sqlite3.Connection, license_id: int, feature_id: int) -> int:
    """Devices holding a seat now."""
    return int(
        db.execute(
            "SELECT COUNT(*) FROM floating_seats WHERE license_id = ? AND feature_id = ?"
            " AND held_until > ?",
            (license_id, feature_id, ctx.clock()),
        ).fetchone()[0]
    )


def seat_of(
    ctx: Context, db: sqlite3.Connection, license_id: int, feature_id: int, device_id: int | None
) -> sqlite3.Row | None:
    """This device's seat, if it holds one now."""
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM floating_seats WHERE license_id = ? AND feature_id = ? AND device_id = ?"
        " AND held_until > ?",
        (license_id, feature_id, device_id, ctx.clock()),
    ).fetchone()
    return row


def take(
    ctx: Context,
    db: sqlite3.Connection,
    license_id: int,
    feature_id: int,
    device_id: int,
    *,
    seats: int,
    timeout_minutes: int,
    borrowed_until: float | None = None,
) -> None:
    """Take (or keep) this device's seat for ``timeout_minutes`` from now, or until
    ``borrowed_until``.  A borrow already running goes on to its end."""
    now = ctx.clock()
    db.execute(
        "DELETE FROM floating_seats WHERE license_id = ? AND feature_id = ? AND held_until <= ?",
        (license_id, feature_id, now),
    )
    mine = seat_of(ctx, db, license_id, feature_id, device_id)
    if mine is None and in_use(ctx, db, license_id, feature_id) >= seats:
        raise Rejection("floating_not_available")
    if borrowed_until is None and mine is not None:
        borrowed_until = mine["borrowed_until"]
    held_until = max(now + timeout_minutes * 60, borrowed_until or 0)
    db.execute(
        "INSERT OR REPLACE INTO floating_seats VALUES (?, ?, ?, ?, ?)",
        (license_id, feature_id, device_id, held_until, borrowed_until),
    )


def take_license_seat(
    ctx: Context,
    db: sqlite3.Connection,
    lic: sqlite3.Row,
    device: sqlite3.Row,
    borrowed_until: float | None = None,
) -> None:
    timeout = license_timeout(db, lic)
    take(
        ctx,
        db,
        lic["id"],
        LICENSE_SEAT,
        device["id"],
        seats=lic["floating_users"],
        timeout_minutes=timeout,
        borrowed_until=borrowed_until,
    )


def take_feature_seat(
    ctx: Context,
    db: sqlite3.Connection,
    feature: sqlite3.Row,
    device: sqlite3.Row,
    borrowed_until: float | None = None,
) -> None:
    take(
        ctx,
        db,
        feature["license_id"],
        feature["id"],
        device["id"],
        seats=feature["floating_users"],
        timeout_minutes=feature["floating_timeout"],
        borrowed_until=borrowed_until,
    )


def release(
    ctx: Context, db: sqlite3.Connection, license_id: int, feature_id: int, device_id: int
) -> bool:
    """Free this device's seat at once (a borrow ends with it); False if it held none."""
    held = seat_of(ctx, db, license_id, feature_id, device_id) is not None
    db.execute(
        "DELETE FROM floating_seats WHERE license_id = ? AND feature_id = ? AND device_id = ?",
        (license_id, feature_id, device_id),
    )
    return held


def release_device(db: sqlite3.Connection, device_id: int) -> None:
    """A deactivated device holds no seat, of the license or of any feature."""
    db.execute("DELETE FROM floating_seats WHERE device_id = ?", (device_id,))


def borrow_until(ctx: Context, data: dict[str, Any], max_hours: int) -> float:
    """The end of a borrow the request asks for: ``borrowed_until`` (ISO 8601, UTC,
    a date with an optional time) or null for the longest allowed; after now and
    within ``max_hours``, else ``borrow_until_not_valid``."""
    if "borrowed_until" not in data:
        raise Rejection("missing_parameters", names="borrowed_until")
    latest = ctx.now() + timedelta(hours=max_hours)
    sent = data["borrowed_until"]
    if sent is None:
        return latest.timestamp()
    try:
        until = datetime.fromisoformat(str(sent).replace("Z", "+00:00"))
    except ValueError:
        raise Rejection("borrow_until_not_valid") from None
    if until.tzinfo is None:
        until = until.replace(tzinfo=UTC)  # always UTC, the docs say
    if not ctx.now() < until <= latest:
        raise Rejection("borrow_until_not_valid")
    return until.timestamp()


def seat_json(
    ctx: Context, db: sqlite3.Connection, license_id: int, feature_id: int, device_id: int | None
) -> dict[str, Any]:
    """What a license (or feature) JSON says of its seats and this device's."""
    mine = seat_of(ctx, db, license_id, feature_id, device_id)
    borrowed = mine["borrowed_until"] if mine is not None else None
    borrowed = borrowed if borrowed is not None and borrowed > ctx.clock() else None
    return {
        "floating_in_use": mine is not None,
        "floating_in_use_devices": in_use(ctx, db, license_id, feature_id),
        "is_borrowed": borrowed is not None,
        "borrowed_until": iso(datetime.fromtimestamp(borrowed, UTC)) if borrowed else None,
    }
