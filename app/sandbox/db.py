"""The sandbox's state: products, licenses, users, devices, a blacklist, in SQLite.

The tables are in ``schema``, the demo contents in ``seed`` (listed by
``scenarios``); this module opens the file and answers QA's questions about it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from activation_wizard.sandbox.scenarios import SCENARIO_ORDER, Scenario, demo_scenarios
from activation_wizard.sandbox.schema import SCHEMA, SCHEMA_VERSION, TABLES
from activation_wizard.sandbox.seed import (
    BLACKLISTED_HARDWARE_ID,
    PRODUCT,
    SSO_ACCOUNT,
    USER_PRODUCT,
    seed,
)
from activation_wizard.sandbox.seed_usage import seed_usage

# The demo names the server and tests import from here, as before the split.
__all__ = [
    "BLACKLISTED_HARDWARE_ID",
    "PRODUCT",
    "SCENARIO_ORDER",
    "SSO_ACCOUNT",
    "USER_PRODUCT",
    "Database",
]


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.RLock()  # one writer at a time; SQLite does the rest
        if path.is_dir():
            raise IsADirectoryError(f"{path} is a folder; give a file name for the database")
        path.parent.mkdir(parents=True, exist_ok=True)
        with self.tx() as db:
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                for table in TABLES:  # an older sandbox's file: begin again
                    db.execute(f"DROP TABLE IF EXISTS {table}")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.executescript(SCHEMA)
            if db.execute("SELECT COUNT(*) FROM products").fetchone()[0] == 0:
                seed(db)
                seed_usage(db)

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            conn = sqlite3.connect(self.path, timeout=10)
            conn.row_factory = sqlite3.Row
            try:
                with conn:
                    yield conn
            finally:
                conn.close()

    def setting(self, name: str) -> str:
        with self.tx() as db:
            row = db.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return str(row["value"])

    def seats_used(self, license_key: str) -> int:
        """Devices active on a license now (for QA: did that free a seat?); a bundle's
        key counts each device once, although each member license holds it."""
        with self.tx() as db:
            row = db.execute(
                "SELECT COUNT(DISTINCT d.hardware_id) FROM devices d"
                " JOIN licenses l ON l.id = d.license_id"
                " WHERE l.license_key = ? AND d.active = 1",
                (license_key,),
            ).fetchone()
        return int(row[0])

    def seats_used_by(self, email: str) -> int:
        """Devices an account has active now, on any of its licenses."""
        with self.tx() as db:
            row = db.execute(
                "SELECT COUNT(*) FROM devices d JOIN users u ON u.id = d.user_id"
                " WHERE lower(u.email) = lower(?) AND d.active = 1",
                (email,),
            ).fetchone()
        return int(row[0])

    def activation_requests(self) -> int:
        """Activations this server recorded from clients (seeded devices excluded)."""
        with self.tx() as db:
            return int(
                db.execute("SELECT COUNT(*) FROM devices WHERE request != '{}'").fetchone()[0]
            )

    def product_name(self, code: str) -> str:
        with self.tx() as db:
            row = db.execute("SELECT name FROM products WHERE code = ?", (code,)).fetchone()
        return str(row["name"]) if row else code

    def scenarios(self) -> list[Scenario]:
        with self.tx() as db:
            return demo_scenarios(db)
