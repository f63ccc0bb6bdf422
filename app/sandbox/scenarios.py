"""The demo scenarios as the sandbox lists them: each seeded case with what to
send to reach it (the wizard's and QA's menu)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from activation_wizard.sandbox.seed import PRODUCT, TRIAL_EMAIL


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


def demo_scenarios(db: sqlite3.Connection) -> list[Scenario]:
    """Each seeded case (and two made-up ones) in SCENARIO_ORDER."""
    rows = db.execute(
        "SELECT product, license_key, scenario, qa, bundle, airgap_init FROM licenses"
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
        if r["bundle"]:
            endpoint = "activate_bundle"
        if r["airgap_init"]:
            endpoint = "offline/airgap"
        out.append(
            Scenario(
                r["scenario"],
                r["product"],
                r["license_key"],
                endpoint=endpoint,
                note=QA_NOTES.get(r["qa"] or "", "") or LICENSE_NOTES.get(r["scenario"], ""),
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
        Scenario("license_not_found", PRODUCT, "DEMO-NONE-0000-0404", note="no such license exists")
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

LICENSE_NOTES = {
    "air_gapped": "air-gapped: the portal's air-gap page (/offline/airgap) shows its "
    "initialization code and policy file, and answers the device's code with a "
    "confirmation code",
    "bundle": "a bundle (sandbox-suite): one key activates Sandbox Demo App and Sandbox "
    "Add-on together (product.bundle_code = sandbox-suite)",
    "maintenance": "a perpetual license whose maintenance (updates) ended ten days ago: "
    "it works, and no version released since is offered",
    "grace": "a subscription that ended two days ago, inside its 7-day grace period: it "
    "works, and the wizard asks to renew",
    "features_expiring": "features with their own ends: pro for seven more days, export "
    "ended two days ago, cloud without an end",
    "floating": "floating cloud: any device activates, 3 at a time hold a seat (taken by "
    "the license check, free again 30 minutes after a device's last check or at its "
    "release); a seat can be borrowed for up to 72 hours",
    "floating_full": "floating cloud with one seat, held by another device that checked "
    "just now: activation works, the license check answers floating_not_available",
    "borrow": "floating cloud with one seat that can be borrowed for up to 24 hours: "
    "borrowed, it stays this device's without checks until the borrow ends or is released",
    "consumption": "consumption license: 100 a month, then up to 20 overages; past them "
    "license_not_enough_consumptions; the total starts again each month",
    "feature_consumption": "features: credits (50 consumptions, negative amounts give some "
    "back), render (floating, 2 devices at a time, can be borrowed) and pro",
}

USER_NOTES = {
    "several_licenses": "an account with several licenses of the product: the wizard asks "
    "which one (one of them expired, one disabled)",
    "initial_password": "an account still on the password it was given: the wizard offers "
    "to change it",
    "sso": "signs in through the sandbox's identity provider (organisation acme-sso)",
    "sso_several_licenses": "signs in through the sandbox's identity provider and has two licenses",
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
    "grace",
    "maintenance",
    "features_expiring",
    "floating",
    "floating_full",
    "borrow",
    "consumption",
    "feature_consumption",
    "license_transferred_max_times",
    "license_device_exists",
    "bundle",
    "air_gapped",
    "several_licenses",
    "initial_password",
    "trial",
    "sso",
    "sso_several_licenses",
]
