"""Consumptions, of a license or of one of its features (license-api.md 3.1): the
total, its limit with overages, negative amounts, and the period that resets it.

Licenses and features keep the same columns, so one set of rules serves both;
``table`` names which ("licenses" or "features").
"""

from __future__ import annotations

import calendar
import sqlite3
from datetime import datetime, timedelta
from typing import Any

from activation_wizard.sandbox.context import Context
from activation_wizard.sandbox.rejections import Rejection
from activation_wizard.sandbox.schema import iso, parse_iso

PERIODS = ("daily", "weekly", "monthly", "annually")
TABLES = ("licenses", "features")


def period_end(start: datetime, period: str) -> datetime:
    if period == "daily":
        return start + timedelta(days=1)
    if period == "weekly":
        return start + timedelta(weeks=1)
    months = 1 if period == "monthly" else 12
    year, month = divmod(start.month - 1 + months, 12)
    year, month = start.year + year, month + 1
    # 31 January + one month is the last day of February, not an error.
    day = min(start.day, calendar.monthrange(year, month)[1])
    return start.replace(year=year, month=month, day=day)


def current(ctx: Context, db: sqlite3.Connection, table: str, row: sqlite3.Row) -> sqlite3.Row:
    """``row`` as it stands now: a period that ended (by the sandbox's clock) has set
    the total back to 0 and begun the next one."""
    assert table in TABLES  # a name in SQL text: only ours
    period = row["consumption_period"]
    if not (row["reset_consumption"] and period in PERIODS):
        return row
    now = ctx.now()
    if row["period_start"] is None:  # the first period begins now
        start = now
    else:
        start = parse_iso(row["period_start"])
        if period_end(start, period) > now:
            return row
        while period_end(start, period) <= now:
            start = period_end(start, period)
    total = row["total_consumptions"] if row["period_start"] is None else 0
    db.execute(
        f"UPDATE {table} SET total_consumptions = ?, period_start = ? WHERE id = ?",
        (total, iso(start), row["id"]),
    )
    return reread(db, table, row)


def reread(db: sqlite3.Connection, table: str, row: sqlite3.Row) -> sqlite3.Row:
    fresh: sqlite3.Row = db.execute(f"SELECT * FROM {table} WHERE id = ?", (row["id"],)).fetchone()
    return fresh


def amount(data: dict[str, Any]) -> int:
    """The ``consumptions`` a request sends: a whole number, 1 when left out (the docs)."""
    value = data.get("consumptions", 1)
    if value is None:
        return 1
    if isinstance(value, bool):
        raise Rejection("validation_error", detail="consumptions must be a whole number")
    try:
        number = int(str(value))
    except ValueError:
        raise Rejection("validation_error", detail="consumptions must be a whole number") from None
    return number


def requested_overages(data: dict[str, Any]) -> dict[str, int]:
    """The overage settings an add_consumption request asks for (``allow_overages``,
    ``max_overages``; the official SDK's sync_consumption(req_overages) sends them),
    as column values."""
    out: dict[str, int] = {}
    allow = data.get("allow_overages")
    if allow is not None:
        if str(allow).lower() not in ("true", "false", "1", "0"):
            raise Rejection("validation_error", detail="allow_overages must be true or false")
        out["allow_overages"] = int(str(allow).lower() in ("true", "1"))
    most = data.get("max_overages")
    if most is not None:
        try:
            out["max_overages"] = int(str(most))
        except ValueError:
            raise Rejection("validation_error", detail="max_overages must be a number") from None
        if out["max_overages"] < 0:
            raise Rejection("validation_error", detail="max_overages must not be negative")
    return out


def limit(row: sqlite3.Row) -> int | None:
    """The most the total may reach; None without a limit.  Unlimited consumptions
    win over overages (the docs); overages allowed with a maximum of 0 are without
    limit, as the official SDK reads them (license-api.md 9.1)."""
    if row["allow_unlimited_consumptions"]:
        return None
    if not row["allow_overages"]:
        return int(row["max_consumptions"])
    if row["max_overages"] == 0:
        return None
    return int(row["max_consumptions"]) + int(row["max_overages"])


def add(
    ctx: Context,
    db: sqlite3.Connection,
    table: str,
    row: sqlite3.Row,
    consumptions: int,
    *,
    not_enough: str,
) -> sqlite3.Row:
    """Add ``consumptions`` (negative takes some back, where allowed) to the total;
    ``not_enough`` is the code a route answers past the limit."""
    row = current(ctx, db, table, row)
    if consumptions < 0 and not row["allow_negative_consumptions"]:
        raise Rejection("negative_consumptions_not_allowed")
    total = int(row["total_consumptions"]) + consumptions
    most = limit(row)
    if consumptions > 0 and most is not None and total > most:
        raise Rejection(not_enough)
    db.execute(f"UPDATE {table} SET total_consumptions = ? WHERE id = ?", (total, row["id"]))
    return reread(db, table, row)


def consumption_json(row: sqlite3.Row, max_name: str = "max_consumptions") -> dict[str, Any]:
    """The consumption fields of a license or feature JSON.  A feature calls its
    maximum ``max_consumption`` in the license JSON (3.1), a license
    ``max_consumptions``."""
    return {
        max_name: row["max_consumptions"],
        "total_consumptions": row["total_consumptions"],
        "allow_unlimited_consumptions": bool(row["allow_unlimited_consumptions"]),
        "allow_negative_consumptions": bool(row["allow_negative_consumptions"]),
        "allow_overages": bool(row["allow_overages"]),
        "max_overages": row["max_overages"],
        "reset_consumption": bool(row["reset_consumption"]),
        "consumption_period": row["consumption_period"],
    }
