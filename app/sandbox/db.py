"""The sandbox's state: products, licenses, users, devices, a blacklist, in SQLite.

Demo scenarios are data run through the same rules as any request: a disabled
license, an expired one, one that starts in the future, one whose seats are
taken by seeded devices, one at its transfer limit, one with ``prevent_vm``, a
blacklist.  A few keys also carry a documented QA switch (``qa``) for rules
that depend on the device, so QA can reach them from any machine; the real
rule still applies to every license.
"""

from __future__ import annotations

import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS products (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, authorization_method TEXT NOT NULL,
    prevent_vm INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS licenses (
    id INTEGER PRIMARY KEY, product TEXT NOT NULL REFERENCES products(code),
    license_key TEXT UNIQUE, enabled INTEGER NOT NULL DEFAULT 1,
    license_type TEXT NOT NULL DEFAULT 'perpetual', validity_period TEXT, start_date TEXT,
    max_activations INTEGER NOT NULL DEFAULT 1,
    allow_unlimited_activations INTEGER NOT NULL DEFAULT 0,
    transfer_count INTEGER NOT NULL DEFAULT 0, max_transfers INTEGER,
    pending_transfer INTEGER NOT NULL DEFAULT 0,
    prevent_vm INTEGER NOT NULL DEFAULT 0, is_floating_cloud INTEGER NOT NULL DEFAULT 0,
    customer_email TEXT, customer_name TEXT, features TEXT NOT NULL DEFAULT '',
    qa TEXT, scenario TEXT);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY, license_id INTEGER NOT NULL REFERENCES licenses(id),
    email TEXT NOT NULL, password TEXT NOT NULL, max_activations INTEGER NOT NULL DEFAULT 1,
    scenario TEXT, UNIQUE (license_id, email));
CREATE TABLE IF NOT EXISTS devices (
    id INTEGER PRIMARY KEY, license_id INTEGER NOT NULL REFERENCES licenses(id),
    user_id INTEGER REFERENCES users(id), hardware_id TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, deactivated_at TEXT,
    request TEXT NOT NULL DEFAULT '{}');
CREATE TABLE IF NOT EXISTS blacklist (product TEXT NOT NULL, hardware_id TEXT NOT NULL,
    PRIMARY KEY (product, hardware_id));
"""

PRODUCT = "sandbox-demo"
USER_PRODUCT = "sandbox-users"
BLACKLISTED_HARDWARE_ID = "blacklisted-demo-device"


@dataclass(frozen=True)
class Scenario:
    scenario: str
    product: str
    license_key: str | None = None
    username: str | None = None
    password: str | None = None
    endpoint: str = "activate_license"
    note: str = ""

    def as_json(self) -> dict[str, str]:
        out = {"scenario": self.scenario, "product": self.product, "endpoint": self.endpoint}
        for name in ("license_key", "username", "password", "note"):
            value = getattr(self, name)
            if value:
                out[name] = value
        return out


def iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.RLock()  # one writer at a time; SQLite does the rest
        path.parent.mkdir(parents=True, exist_ok=True)
        with self.tx() as db:
            db.executescript(SCHEMA)
            if db.execute("SELECT COUNT(*) FROM products").fetchone()[0] == 0:
                _seed(db)

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
        """Devices active on a license now (for QA: did that free a seat?)."""
        with self.tx() as db:
            row = db.execute(
                "SELECT COUNT(*) FROM devices d JOIN licenses l ON l.id = d.license_id"
                " WHERE l.license_key = ? AND d.active = 1",
                (license_key,),
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
            rows = db.execute(
                "SELECT product, license_key, scenario, qa FROM licenses"
                " WHERE scenario IS NOT NULL ORDER BY id"
            ).fetchall()
            users = db.execute(
                "SELECT l.product, u.email, u.password, u.scenario FROM users u"
                " JOIN licenses l ON l.id = u.license_id WHERE u.scenario IS NOT NULL ORDER BY u.id"
            ).fetchall()
        out = []
        for r in rows:
            endpoint = "activate_offline" if r["qa"] == "offline_only" else "activate_license"
            out.append(
                Scenario(
                    r["scenario"],
                    r["product"],
                    r["license_key"],
                    endpoint=endpoint,
                    note=QA_NOTES.get(r["qa"] or "", ""),
                )
            )
        out += [
            Scenario(u["scenario"], u["product"], username=u["email"], password=u["password"])
            for u in users
        ]
        good = next(s for s in out if s.scenario == "ok")
        out.append(
            Scenario(
                "license_not_found", PRODUCT, "DEMO-NONE-0000-0404", note="no such license exists"
            )
        )
        out.append(
            Scenario(
                "unknown_product",
                "no-such-product",
                good.license_key,
                note="a good key sent for a product the server does not know",
            )
        )
        order = {name: i for i, name in enumerate(SCENARIO_ORDER)}
        return sorted(out, key=lambda s: order.get(s.scenario, len(order)))


QA_NOTES = {
    "as_vm": "QA switch: treats every device as a virtual machine",
    "as_blacklisted": "QA switch: treats every device as blacklisted",
    "lost_response": "QA switch: records the device first, as if an earlier answer was lost",
    "offline_only": "reached through the offline endpoint",
}

SCENARIO_ORDER = [
    "ok",
    "unknown_product",
    "license_not_found",
    "license_not_enabled",
    "vm_not_allowed",
    "offline_floating_cloud_not_supported",
    "license_start_date_error",
    "blacklisted",
    "license_activated_max_times",
    "license_user_activated_max_times",
    "license_expired",
    "license_transferred_max_times",
    "license_device_exists",
]


def _seed(db: sqlite3.Connection) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    db.executemany(
        "INSERT INTO settings VALUES (?, ?)",
        [("api_key", secrets.token_hex(16)), ("shared_key", secrets.token_urlsafe(30))],
    )
    db.execute(
        "INSERT INTO products VALUES (?, ?, 'license-key', 0)", (PRODUCT, "Sandbox Demo App")
    )
    db.execute("INSERT INTO products VALUES (?, ?, 'user', 0)", (USER_PRODUCT, "Sandbox Team App"))

    def lic(key: str | None, scenario: str | None, **cols: object) -> int:
        values = {
            "product": PRODUCT,
            "license_key": key,
            "scenario": scenario,
            "customer_email": "jane.doe@example.com",
            "customer_name": "Jane Doe",
            "max_activations": 3,
            **cols,
        }
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cur = db.execute(f"INSERT INTO licenses ({names}) VALUES ({marks})", tuple(values.values()))
        return int(cur.lastrowid or 0)

    def device(license_id: int, hardware_id: str, active: int = 1) -> None:
        db.execute(
            "INSERT INTO devices (license_id, hardware_id, active, created_at, deactivated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                license_id,
                hardware_id,
                active,
                iso(now - timedelta(days=40)),
                None if active else iso(now - timedelta(days=10)),
            ),
        )

    year = iso(now + timedelta(days=365))
    lic(
        "DEMO-OKAY-0000-0001",
        "ok",
        license_type="time-limited",
        validity_period=year,
        max_activations=5,
        features="pro:Pro tools,export:Export to PDF",
    )
    lic(
        "DEMO-OKAY-0000-0002",
        "ok",
        max_activations=5,
        customer_name="Acme Corp",
        customer_email="it@acme.example",
    )
    lic("DEMO-DSBL-0000-0001", "license_not_enabled", enabled=0)
    lic("DEMO-VMNO-0000-0001", "vm_not_allowed", prevent_vm=1, qa="as_vm")
    lic(
        "DEMO-FLOA-TCLD-0001",
        "offline_floating_cloud_not_supported",
        is_floating_cloud=1,
        license_type="subscription",
        validity_period=year,
        qa="offline_only",
    )
    lic(
        "DEMO-SOON-0000-0001",
        "license_start_date_error",
        start_date=(now + timedelta(days=30)).date().isoformat(),
    )
    lic("DEMO-BLCK-0000-0001", "blacklisted", qa="as_blacklisted")
    full = lic("DEMO-FULL-0000-0001", "license_activated_max_times", max_activations=2)
    device(full, "seeded-laptop-1")
    device(full, "seeded-desktop-2")
    lic(
        "DEMO-EXPD-0000-0001",
        "license_expired",
        license_type="time-limited",
        validity_period=iso(now - timedelta(days=3)),
    )
    moved = lic(
        "DEMO-MOVE-0000-0001",
        "license_transferred_max_times",
        transfer_count=1,
        max_transfers=1,
        pending_transfer=1,
    )
    device(moved, "seeded-old-pc", active=0)
    lic("DEMO-TWCE-0000-0001", "license_device_exists", qa="lost_response")
    db.execute("INSERT INTO blacklist VALUES (?, ?)", (PRODUCT, BLACKLISTED_HARDWARE_ID))

    team = lic(None, None, product=USER_PRODUCT, max_activations=10)
    db.execute(
        "INSERT INTO users (license_id, email, password, max_activations, scenario)"
        " VALUES (?, 'ok@sandbox.test', 'demo-password', 3, 'ok')",
        (team,),
    )
    cur = db.execute(
        "INSERT INTO users (license_id, email, password, max_activations, scenario)"
        " VALUES (?, 'maxed@sandbox.test', 'demo-password', 1,"
        " 'license_user_activated_max_times')",
        (team,),
    )
    db.execute(
        "INSERT INTO devices (license_id, user_id, hardware_id, created_at)"
        " VALUES (?, ?, 'seeded-user-device', ?)",
        (team, cur.lastrowid, iso(now)),
    )
