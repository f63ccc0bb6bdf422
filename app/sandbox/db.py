"""The sandbox's state: products, licenses, users, devices, a blacklist, in SQLite.

Demo scenarios are data run through the same rules as any request: a disabled
license, an expired one, one that starts in the future, one whose seats are
taken by seeded devices, one at its transfer limit, one with ``prevent_vm``, a
blacklist.  A few keys also carry a documented QA switch (``qa``) for rules
that depend on the device, so QA can reach them from any machine; the real
rule still applies to every license.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

SCHEMA_VERSION = 4  # a sandbox file of another version is made anew (it is test data)
SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS products (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, authorization_method TEXT NOT NULL,
    prevent_vm INTEGER NOT NULL DEFAULT 0, allow_trial INTEGER NOT NULL DEFAULT 0,
    trial_days INTEGER NOT NULL DEFAULT 14, floating_timeout INTEGER NOT NULL DEFAULT 120);
CREATE TABLE IF NOT EXISTS licenses (
    id INTEGER PRIMARY KEY, product TEXT NOT NULL REFERENCES products(code),
    license_key TEXT UNIQUE, enabled INTEGER NOT NULL DEFAULT 1,
    license_type TEXT NOT NULL DEFAULT 'perpetual', validity_period TEXT, start_date TEXT,
    max_activations INTEGER NOT NULL DEFAULT 1,
    allow_unlimited_activations INTEGER NOT NULL DEFAULT 0,
    transfer_count INTEGER NOT NULL DEFAULT 0, max_transfers INTEGER,
    pending_transfer INTEGER NOT NULL DEFAULT 0, last_deactivated TEXT,
    prevent_vm INTEGER NOT NULL DEFAULT 0, is_floating_cloud INTEGER NOT NULL DEFAULT 0,
    is_trial INTEGER NOT NULL DEFAULT 0, trial_hardware_id TEXT,
    customer_email TEXT, customer_name TEXT, features TEXT NOT NULL DEFAULT '',
    customer_account TEXT, order_store_id TEXT, qa TEXT, scenario TEXT);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL, is_initial_password INTEGER NOT NULL DEFAULT 0,
    first_name TEXT, last_name TEXT, scenario TEXT, demo_password TEXT,
    customer_account TEXT REFERENCES customer_accounts(code));
CREATE TABLE IF NOT EXISTS customer_accounts (code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sso_grants (
    value TEXT PRIMARY KEY, kind TEXT NOT NULL, user_id INTEGER NOT NULL REFERENCES users(id),
    account TEXT NOT NULL, redirect_uri TEXT NOT NULL, expires_at REAL NOT NULL,
    used INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS license_users (
    license_id INTEGER NOT NULL REFERENCES licenses(id), user_id INTEGER NOT NULL
    REFERENCES users(id), max_activations INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (license_id, user_id));
CREATE TABLE IF NOT EXISTS devices (
    id INTEGER PRIMARY KEY, license_id INTEGER NOT NULL REFERENCES licenses(id),
    user_id INTEGER REFERENCES users(id), hardware_id TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, deactivated_at TEXT,
    request TEXT NOT NULL DEFAULT '{}');
CREATE TABLE IF NOT EXISTS variables (
    device_id INTEGER NOT NULL REFERENCES devices(id), variable TEXT NOT NULL,
    value TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (device_id, variable));
CREATE TABLE IF NOT EXISTS blacklist (product TEXT NOT NULL, hardware_id TEXT NOT NULL,
    PRIMARY KEY (product, hardware_id));
"""
_TABLES = (
    "settings",
    "products",
    "licenses",
    "users",
    "license_users",
    "devices",
    "variables",
    "blacklist",
)
PBKDF2_ROUNDS = 20_000  # a sandbox: enough to be a real hash, quick enough for tests


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ROUNDS)
    return f"pbkdf2_sha256${PBKDF2_ROUNDS}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    try:
        _, rounds, salt, digest = stored.split("$")
        mine = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), int(rounds))
    except ValueError:
        return False
    return hmac.compare_digest(mine.hex(), digest)


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
    email: str | None = None
    customer_account_code: str | None = None

    def as_json(self) -> dict[str, str]:
        out = {"scenario": self.scenario, "product": self.product, "endpoint": self.endpoint}
        for name in (
            "license_key",
            "username",
            "password",
            "email",
            "customer_account_code",
            "note",
        ):
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
        if path.is_dir():
            raise IsADirectoryError(f"{path} is a folder; give a file name for the database")
        path.parent.mkdir(parents=True, exist_ok=True)
        with self.tx() as db:
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                for table in _TABLES:  # an older sandbox's file: begin again
                    db.execute(f"DROP TABLE IF EXISTS {table}")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
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
            rows = db.execute(
                "SELECT product, license_key, scenario, qa FROM licenses"
                " WHERE scenario IS NOT NULL ORDER BY id"
            ).fetchall()
            users = db.execute(
                "SELECT MIN(l.product) AS product, u.email, u.demo_password, u.scenario,"
                " u.customer_account"
                " FROM users u JOIN license_users lu ON lu.user_id = u.id"
                " JOIN licenses l ON l.id = lu.license_id WHERE u.scenario IS NOT NULL"
                " GROUP BY u.id ORDER BY u.id"
            ).fetchall()
            trials = db.execute(
                "SELECT code, authorization_method FROM products WHERE allow_trial = 1"
                " ORDER BY authorization_method"
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
            Scenario(
                u["scenario"],
                u["product"],
                username=u["email"],
                password=u["demo_password"],
                endpoint="sso_url" if u["customer_account"] else "activate_license",
                customer_account_code=u["customer_account"],
                note=USER_NOTES.get(u["scenario"], ""),
            )
            for u in users
        ]
        out += [
            Scenario(
                "trial",
                t["code"],
                endpoint="trial_key",
                email=TRIAL_EMAIL if t["authorization_method"] == "user" else None,
                note="a free trial for this device (the same one when asked again)",
            )
            for t in trials
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

USER_NOTES = {
    "several_licenses": "an account with several licenses of the product: the wizard asks "
    "which one (one of them expired, one disabled)",
    "initial_password": "an account still on the password it was given: the wizard offers "
    "to change it",
    "sso": "signs in through the sandbox's identity provider (organisation acme-sso)",
    "sso_several_licenses": "signs in through the sandbox's identity provider and has two licenses",
}
TRIAL_EMAIL = "trial.user@example.com"
SSO_ACCOUNT = "acme-sso"

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
    "several_licenses",
    "initial_password",
    "trial",
    "sso",
    "sso_several_licenses",
]


def _flag_safe_secret() -> str:
    """A shared key that never begins with "-": argparse would read --shared-key -abc
    as a missing value."""
    while True:
        value = secrets.token_urlsafe(30)
        if not value.startswith("-"):
            return value


def _seed(db: sqlite3.Connection) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    db.executemany(
        "INSERT INTO settings VALUES (?, ?)",
        [("api_key", secrets.token_hex(16)), ("shared_key", _flag_safe_secret())],
    )
    db.executemany(
        "INSERT INTO settings VALUES (?, ?)",
        [("client_id", "auth_company_1"), ("client_secret", secrets.token_hex(24))],
    )
    db.execute(
        "INSERT INTO products (code, name, authorization_method, allow_trial)"
        " VALUES (?, ?, 'license-key', 1)",
        (PRODUCT, "Sandbox Demo App"),
    )
    db.execute(
        "INSERT INTO products (code, name, authorization_method, allow_trial)"
        " VALUES (?, ?, 'user', 1)",
        (USER_PRODUCT, "Sandbox Team App"),
    )

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

    def user(
        email: str,
        scenario: str,
        *licenses: tuple[int, int],
        initial: bool = False,
        account: str | None = None,
    ) -> int:
        password = "demo-password"
        cur = db.execute(
            "INSERT INTO users (email, password_hash, is_initial_password, scenario,"
            " demo_password, first_name, last_name, customer_account)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                email,
                hash_password(password),
                int(initial),
                scenario,
                password if account is None else None,  # SSO users sign in at the IdP
                "Sam",
                "Sandbox",
                account,
            ),
        )
        user_id = int(cur.lastrowid or 0)
        for license_id, max_activations in licenses:
            db.execute(
                "INSERT INTO license_users VALUES (?, ?, ?)", (license_id, user_id, max_activations)
            )
        return user_id

    # The team's licenses belong to Acme Corp, whose customer account signs in with SSO.
    team = lic(
        None,
        None,
        product=USER_PRODUCT,
        max_activations=10,
        order_store_id="ORD-1001",
        customer_account=SSO_ACCOUNT,
    )
    user("ok@sandbox.test", "ok", (team, 3))
    maxed = user("maxed@sandbox.test", "license_user_activated_max_times", (team, 1))
    db.execute(
        "INSERT INTO devices (license_id, user_id, hardware_id, created_at)"
        " VALUES (?, ?, 'seeded-user-device', ?)",
        (team, maxed, iso(now)),
    )
    studio = lic(
        None,
        None,
        product=USER_PRODUCT,
        license_type="time-limited",
        validity_period=year,
        max_activations=2,
        features="pro:Pro tools",
        customer_name="Acme Corp",
        customer_email="it@acme.example",
        customer_account=SSO_ACCOUNT,
    )
    old = lic(
        None,
        None,
        product=USER_PRODUCT,
        license_type="time-limited",
        validity_period=iso(now - timedelta(days=30)),
    )
    off = lic(None, None, product=USER_PRODUCT, enabled=0)
    user("several@sandbox.test", "several_licenses", (team, 2), (studio, 2), (old, 1), (off, 1))
    user("initial@sandbox.test", "initial_password", (team, 2), initial=True)
    db.execute("INSERT INTO customer_accounts VALUES (?, ?)", (SSO_ACCOUNT, "Acme Corp (SSO)"))
    user("alice@acme.example", "sso", (team, 2), account=SSO_ACCOUNT)
    user("bob@acme.example", "sso_several_licenses", (team, 2), (studio, 2), account=SSO_ACCOUNT)
