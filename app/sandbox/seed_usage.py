"""The demo contents for what follows activation: floating cloud licenses (one with
its single seat taken, one to borrow), consumptions of a license and of a
feature, and the products' versions with their installation files."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta

from activation_wizard.sandbox.schema import iso
from activation_wizard.sandbox.seed import (
    PRODUCT,
    USER_PRODUCT,
    feature,
    insert,
    insert_device,
    insert_license,
)

FLOATING_HOLDER = "seeded-floating-pc"  # the device holding floating_full's one seat
WEEK = 7 * 24 * 60  # minutes


def seed_usage(db: sqlite3.Connection) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    # Floating seats are not activations: any number of devices may activate, so
    # many as floating_users use the license at once (the docs' cloud concurrency).
    floating = {"is_floating_cloud": 1, "allow_unlimited_activations": 1}
    insert_license(
        db,
        "DEMO-FLOA-0000-0001",
        "floating",
        **floating,
        floating_users=3,
        floating_timeout=30,
        can_borrow=1,
        max_borrow_time=72,
    )
    # Its one seat was checked just now by another device; a week's timeout keeps it
    # taken when a sandbox file is opened again days later.
    full = insert_license(
        db, "DEMO-FLFU-0000-0001", "floating_full", **floating, floating_timeout=WEEK
    )
    holder = insert_device(db, now, full, FLOATING_HOLDER)
    held_until = (now + timedelta(minutes=WEEK)).timestamp()
    db.execute("INSERT INTO floating_seats VALUES (?, 0, ?, ?, NULL)", (full, holder, held_until))
    insert_license(
        db,
        "DEMO-BORW-0000-0001",
        "borrow",
        **floating,
        floating_timeout=30,
        can_borrow=1,
        max_borrow_time=24,
    )
    insert_license(
        db,
        "DEMO-CONS-0000-0001",
        "consumption",
        license_type="consumption",
        max_consumptions=100,
        allow_overages=1,
        max_overages=20,
        reset_consumption=1,
        consumption_period="monthly",
        period_start=iso(now),
    )
    metered = insert_license(db, "DEMO-FCON-0000-0001", "feature_consumption")
    feature(
        db,
        metered,
        "credits",
        "Export credits",
        feature_type="consumption",
        max_consumptions=50,
        allow_negative_consumptions=1,
    )
    feature(
        db,
        metered,
        "render",
        "Render node",
        is_floating_cloud=1,
        floating_users=2,
        floating_timeout=30,
        can_borrow=1,
        max_borrow_time=48,
    )
    feature(db, metered, "pro", "Pro tools")
    seed_versions(db, now)


def seed_versions(db: sqlite3.Connection, now: datetime) -> None:
    """Releases over the last year, on two environments and two channels; 1.3.0 came
    out yesterday, after the grace license's validity period ended."""
    releases = [
        (PRODUCT, "1.0.0", "linux", "prod", 300, None),
        (PRODUCT, "1.0.0", "win64", "prod", 300, None),
        (PRODUCT, "1.1.0", "linux", "prod", 120, "1.0.0"),
        (PRODUCT, "1.2.0", "linux", "prod", 30, "1.0.0"),
        (PRODUCT, "1.2.0", "win64", "prod", 30, "1.0.0"),
        (PRODUCT, "1.3.0", "linux", "prod", 1, "1.2.0"),
        (PRODUCT, "2.0.0-beta", "linux", "beta", 3, "1.2.0"),
        (USER_PRODUCT, "3.0.0", "linux", "prod", 60, None),
    ]
    for product, version, env, channel, days_ago, requires in releases:
        base = f"https://downloads.example.com/{product}/{version}"
        name = f"{product}-{version}-{env}.tar.gz"
        insert(
            db,
            "versions",
            {
                "product": product,
                "version": version,
                "environment": env,
                "channel": channel,
                "release_date": iso(now - timedelta(days=days_ago)),
                "installation_file": f"{base}/{name}",
                "hash_md5": hashlib.md5(name.encode()).hexdigest(),  # of the name: no file
                "size": str(40_000_000 + len(name) * 1000),
                "requires_version": requires,
                "eula_link": f"{base}/eula.html",
                "release_notes_link": f"{base}/notes.html",
            },
        )
