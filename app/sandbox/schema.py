"""The sandbox's tables in SQLite, and the ISO 8601 text they keep times in."""

from __future__ import annotations

from datetime import UTC, datetime

SCHEMA_VERSION = 9  # a sandbox file of another version is made anew (it is test data)
SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS products (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, authorization_method TEXT NOT NULL,
    prevent_vm INTEGER NOT NULL DEFAULT 0, allow_trial INTEGER NOT NULL DEFAULT 0,
    trial_days INTEGER NOT NULL DEFAULT 14, floating_timeout INTEGER NOT NULL DEFAULT 120,
    -- a bundle: a product whose key activates its member products' licenses together
    is_bundle INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS licenses (
    id INTEGER PRIMARY KEY, product TEXT NOT NULL REFERENCES products(code),
    license_key TEXT, enabled INTEGER NOT NULL DEFAULT 1,
    license_type TEXT NOT NULL DEFAULT 'perpetual', validity_period TEXT, start_date TEXT,
    grace_period INTEGER, maintenance_period TEXT,
    max_activations INTEGER NOT NULL DEFAULT 1,
    allow_unlimited_activations INTEGER NOT NULL DEFAULT 0,
    transfer_count INTEGER NOT NULL DEFAULT 0, max_transfers INTEGER,
    pending_transfer INTEGER NOT NULL DEFAULT 0, last_deactivated TEXT,
    prevent_vm INTEGER NOT NULL DEFAULT 0, is_floating_cloud INTEGER NOT NULL DEFAULT 0,
    -- floating cloud: seats at once; timeout in minutes (NULL: the product's)
    floating_users INTEGER NOT NULL DEFAULT 1, floating_timeout INTEGER,
    can_borrow INTEGER NOT NULL DEFAULT 0, max_borrow_time INTEGER NOT NULL DEFAULT 0,
    max_consumptions INTEGER NOT NULL DEFAULT 0, total_consumptions INTEGER NOT NULL DEFAULT 0,
    allow_unlimited_consumptions INTEGER NOT NULL DEFAULT 0,
    allow_negative_consumptions INTEGER NOT NULL DEFAULT 0,
    allow_overages INTEGER NOT NULL DEFAULT 0, max_overages INTEGER NOT NULL DEFAULT 0,
    -- consumption_period: daily, weekly, monthly, annually or NULL; the current one
    -- began at period_start (ISO), so the sandbox clock can end it
    reset_consumption INTEGER NOT NULL DEFAULT 0, consumption_period TEXT, period_start TEXT,
    is_trial INTEGER NOT NULL DEFAULT 0, trial_hardware_id TEXT,
    customer_email TEXT, customer_name TEXT,
    customer_account TEXT, order_store_id TEXT, qa TEXT, scenario TEXT,
    -- the bundle (a product code) this license belongs to: its key is the bundle's,
    -- shared by one license of each member product
    bundle TEXT REFERENCES products(code),
    -- air-gapped: the initialization code (Base64 P-256 scalar) the portal shows
    airgap_init TEXT,
    UNIQUE (product, license_key));
CREATE TABLE IF NOT EXISTS features (
    id INTEGER PRIMARY KEY, license_id INTEGER NOT NULL REFERENCES licenses(id),
    code TEXT NOT NULL, name TEXT NOT NULL, expiry_date TEXT,
    feature_type TEXT NOT NULL DEFAULT 'activation',
    is_floating_cloud INTEGER NOT NULL DEFAULT 0, floating_users INTEGER NOT NULL DEFAULT 1,
    floating_timeout INTEGER NOT NULL DEFAULT 120,
    can_borrow INTEGER NOT NULL DEFAULT 0, max_borrow_time INTEGER NOT NULL DEFAULT 0,
    max_consumptions INTEGER NOT NULL DEFAULT 0, total_consumptions INTEGER NOT NULL DEFAULT 0,
    allow_unlimited_consumptions INTEGER NOT NULL DEFAULT 0,
    allow_negative_consumptions INTEGER NOT NULL DEFAULT 0,
    allow_overages INTEGER NOT NULL DEFAULT 0, max_overages INTEGER NOT NULL DEFAULT 0,
    reset_consumption INTEGER NOT NULL DEFAULT 0, consumption_period TEXT, period_start TEXT,
    UNIQUE (license_id, code));
-- Floating seats held now: feature_id 0 is the license's own seat (not NULL, which a
-- primary key would let repeat). A seat is held until held_until (epoch seconds): the
-- last check plus the timeout, or the end of a borrow.
CREATE TABLE IF NOT EXISTS floating_seats (
    license_id INTEGER NOT NULL REFERENCES licenses(id), feature_id INTEGER NOT NULL,
    device_id INTEGER NOT NULL REFERENCES devices(id), held_until REAL NOT NULL,
    borrowed_until REAL, PRIMARY KEY (license_id, feature_id, device_id));
CREATE TABLE IF NOT EXISTS versions (
    id INTEGER PRIMARY KEY, product TEXT NOT NULL REFERENCES products(code),
    version TEXT NOT NULL, environment TEXT NOT NULL, channel TEXT, release_date TEXT NOT NULL,
    installation_file TEXT, hash_md5 TEXT, size TEXT, requires_version TEXT,
    eula_link TEXT, release_notes_link TEXT);
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
# Every table, dropped when a file of another version is opened (a table left
# behind would keep its rows and clash with the seed).
TABLES = (
    "settings",
    "products",
    "licenses",
    "features",
    "floating_seats",
    "versions",
    "users",
    "customer_accounts",
    "sso_grants",
    "license_users",
    "devices",
    "variables",
    "blacklist",
)


def iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
