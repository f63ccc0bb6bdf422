"""The sandbox's first contents: settings, two products and the demo licenses
and accounts.

Demo scenarios are data run through the same rules as any request: a disabled
license, an expired one, one that starts in the future, one whose seats are
taken by seeded devices, one at its transfer limit, one with ``prevent_vm``, a
blacklist.  A few keys also carry a documented QA switch (``qa``) for rules
that depend on the device, so QA can reach them from any machine; the real
rule still applies to every license.
"""

from __future__ import annotations

import base64
import secrets
import sqlite3
from datetime import UTC, datetime, timedelta

from activation_wizard.sandbox.passwords import hash_password
from activation_wizard.sandbox.schema import iso

PRODUCT = "sandbox-demo"
USER_PRODUCT = "sandbox-users"
BLACKLISTED_HARDWARE_ID = "blacklisted-demo-device"
TRIAL_EMAIL = "trial.user@example.com"
SSO_ACCOUNT = "acme-sso"


def _flag_safe_secret() -> str:
    """A shared key that never begins with "-": argparse would read --shared-key -abc
    as a missing value."""
    while True:
        value = secrets.token_urlsafe(30)
        if not value.startswith("-"):
            return value


def insert_license(
    db: sqlite3.Connection, key: str | None, scenario: str | None, **cols: object
) -> int:
    """A license of the demo product for Jane Doe, 3 seats, unless ``cols`` say otherwise."""
    values = {
        "product": PRODUCT,
        "license_key": key,
        "scenario": scenario,
        "customer_email": "jane.doe@example.com",
        "customer_name": "Jane Doe",
        "max_activations": 3,
        **cols,
    }
    return insert(db, "licenses", values)


def feature(db: sqlite3.Connection, license_id: int, code: str, name: str, **cols: object) -> int:
    """A feature of a license (an activation feature unless ``cols`` say otherwise)."""
    return insert(db, "features", {"license_id": license_id, "code": code, "name": name, **cols})


def insert(db: sqlite3.Connection, table: str, values: dict[str, object]) -> int:
    names = ", ".join(values)  # the seed's own column names, never a request's
    marks = ", ".join("?" for _ in values)
    cur = db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))
    return int(cur.lastrowid or 0)


def p256_scalar() -> str:
    """A P-256 private key as the air-gap protocol passes it: Base64 of the scalar."""
    order = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
    return base64.b64encode((secrets.randbelow(order - 1) + 1).to_bytes(32, "big")).decode()


BUNDLE, ADDON = "sandbox-suite", "sandbox-addon"
BUNDLE_KEY = "DEMO-BNDL-0000-0001"


def seed_bundle(db: sqlite3.Connection) -> None:
    """A bundle (Sandbox Suite) of the demo product and an add-on: one key, one
    license per member product, activated, checked and freed together."""
    db.execute(
        "INSERT INTO products (code, name, authorization_method, is_bundle)"
        " VALUES (?, 'Sandbox Suite', 'license-key', 1)",
        (BUNDLE,),
    )
    db.execute(
        "INSERT INTO products (code, name, authorization_method)"
        " VALUES (?, 'Sandbox Add-on', 'license-key')",
        (ADDON,),
    )
    demo = insert_license(db, BUNDLE_KEY, "bundle", bundle=BUNDLE, max_activations=3)
    feature(db, demo, "pro", "Pro tools")
    addon = insert_license(db, BUNDLE_KEY, None, product=ADDON, bundle=BUNDLE, max_activations=3)
    feature(db, addon, "addon-tools", "Add-on tools")


def insert_device(
    db: sqlite3.Connection, now: datetime, license_id: int, hardware_id: str, active: int = 1
) -> int:
    """A device activated 40 days ago (deactivated 10 days ago unless ``active``)."""
    return insert(
        db,
        "devices",
        {
            "license_id": license_id,
            "hardware_id": hardware_id,
            "active": active,
            "created_at": iso(now - timedelta(days=40)),
            "deactivated_at": None if active else iso(now - timedelta(days=10)),
        },
    )


def seed(db: sqlite3.Connection) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    db.executemany(
        "INSERT INTO settings VALUES (?, ?)",
        [("api_key", secrets.token_hex(16)), ("shared_key", _flag_safe_secret())],
    )
    db.executemany(
        "INSERT INTO settings VALUES (?, ?)",
        [("client_id", "auth_company_1"), ("client_secret", secrets.token_hex(24))],
    )
    # The vendor's air-gap key (its public point goes into the wizard's config).
    db.execute("INSERT INTO settings VALUES ('airgap_key', ?)", (p256_scalar(),))
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
        return insert_license(db, key, scenario, **cols)

    def device(license_id: int, hardware_id: str, active: int = 1) -> None:
        insert_device(db, now, license_id, hardware_id, active)

    year = iso(now + timedelta(days=365))
    okay = lic(
        "DEMO-OKAY-0000-0001",
        "ok",
        license_type="time-limited",
        validity_period=year,
        max_activations=5,
    )
    feature(db, okay, "pro", "Pro tools")
    feature(db, okay, "export", "Export to PDF")
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
    lic(
        "DEMO-GRCE-0000-0001",
        "grace",
        license_type="subscription",
        validity_period=iso(now - timedelta(days=2)),
        grace_period=7 * 24,  # hours: it keeps working for five more days
    )
    lic(  # updates ended ten days ago: the newest release is not this license's
        "DEMO-MNTN-0000-0001",
        "maintenance",
        maintenance_period=iso(now - timedelta(days=10)),
    )
    ending = lic("DEMO-FEAT-0000-0001", "features_expiring")
    feature(db, ending, "pro", "Pro tools", expiry_date=iso(now + timedelta(days=7)))
    feature(db, ending, "export", "Export to PDF", expiry_date=iso(now - timedelta(days=2)))
    feature(db, ending, "cloud", "Cloud sync")
    moved = lic(
        "DEMO-MOVE-0000-0001",
        "license_transferred_max_times",
        transfer_count=1,
        max_transfers=1,
        pending_transfer=1,
    )
    device(moved, "seeded-old-pc", active=0)
    lic("DEMO-TWCE-0000-0001", "license_device_exists", qa="lost_response")
    gapped = lic("DEMO-AIRG-0000-0001", "air_gapped", max_activations=2, airgap_init=p256_scalar())
    feature(db, gapped, "pro", "Pro tools")
    seed_bundle(db)
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
        customer_name="Acme Corp",
        customer_email="it@acme.example",
        customer_account=SSO_ACCOUNT,
    )
    feature(db, studio, "pro", "Pro tools")
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
