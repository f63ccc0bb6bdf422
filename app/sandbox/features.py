"""A license's product features (license-api.md 3.1): their rows, and the JSON the
license (``product_features``) and the feature routes answer for them."""

from __future__ import annotations

import sqlite3
from typing import Any

from activation_wizard.sandbox import consumption
from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.rejections import Rejection


def rows(ctx: Context, db: sqlite3.Connection, license_id: int) -> list[sqlite3.Row]:
    found = db.execute(
        "SELECT * FROM features WHERE license_id = ? ORDER BY id", (license_id,)
    ).fetchall()
    return [consumption.current(ctx, db, "features", r) for r in found]


def find(
    ctx: Context,
    db: sqlite3.Connection,
    lic: sqlite3.Row,
    data: dict[str, Any],
    unknown: str = "invalid_license_feature_code",
) -> sqlite3.Row:
    """The feature the request's ``feature`` code names on this license; ``unknown``
    is the code a route answers for any other (the docs differ by route)."""
    code = str(data.get("feature") or "")
    if not code:
        raise Rejection("missing_parameters", names="feature")
    row = db.execute(
        "SELECT * FROM features WHERE license_id = ? AND code = ?", (lic["id"], code)
    ).fetchone()
    if row is None:
        raise Rejection(unknown, feature=code)
    return consumption.current(ctx, db, "features", row)


def feature_json(row: sqlite3.Row) -> dict[str, Any]:
    """One entry of ``product_features``: what it always had (id, code, name, type,
    expiry, metadata), the floating fields, and for a consumption feature its
    consumptions (3.1)."""
    floating = bool(row["is_floating_cloud"])
    out: dict[str, Any] = {
        "id": row["id"],
        "code": row["code"],
        "name": row["name"],
        "feature_type": row["feature_type"],
        "expiry_date": row["expiry_date"],
        "metadata": {},
        "is_floating": False,  # on-premises floating servers are not the sandbox's
        "is_floating_cloud": floating,
        "floating_timeout": row["floating_timeout"] if floating else None,
        "floating_users": row["floating_users"] if floating else None,
    }
    if floating:  # the official SDK reads these of a feature too (license-api.md 9.1)
        out["can_borrow"] = bool(row["can_borrow"])
        out["max_borrow_time"] = row["max_borrow_time"]
    if row["feature_type"] == "consumption":
        out.update(consumption.consumption_json(row, "max_consumption"))
    return out


def features_json(ctx: Context, db: sqlite3.Connection, license_id: int) -> list[dict[str, Any]]:
    """The ``product_features`` of a license."""
    return [feature_json(r) for r in rows(ctx, db, license_id)]
