"""Bundles (product.bundle_code): one activation covers each product of the bundle,
from the wizard, the CLI and the runtime API, against the sandbox's bundle scenario;
a bundle's answer is bound like any license answer (key, device, every member)."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from activation_wizard.config import Config
from activation_wizard.core.activation import Activator, Identity
from activation_wizard.core.store import ActivationStore
from activation_wizard.errors import ActivationInvalid, AnswerMismatch, ConfigError
from activation_wizard.testing import LicenseSandbox, WizardDriver
from activation_wizard.testing.keyrings import MemoryKeyring
from pytestqt.qtbot import QtBot

from tests.e2e.conftest import run_cli

BUNDLE = "sandbox-suite"


@pytest.fixture
def key(license_sandbox: LicenseSandbox) -> str:
    return str(license_sandbox.license("bundle").license_key)


def activator_for(config: Config, **changes: Any) -> Activator:
    from dataclasses import replace

    config = replace(config, **changes)
    return Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))


def test_one_activation_covers_each_product_of_the_bundle(
    wizard_config: Config, license_sandbox: LicenseSandbox, key: str
) -> None:
    activator = activator_for(wizard_config, bundle_code=BUNDLE)
    result = activator.activate(Identity("license_key", key))
    assert license_sandbox.seats(key) == 1
    stored = activator.load()
    assert stored.products == ["sandbox-demo", "sandbox-addon"]
    assert stored.license.product_details.short_code == "sandbox-demo"  # this program's
    assert stored.features == ["pro"]
    assert stored.features_of("sandbox-addon") == ["addon-tools"]
    assert stored.has_feature("addon-tools", product="sandbox-addon")
    assert not stored.has_feature("addon-tools")
    assert stored.features_of("no-such-product") == []
    assert len(result.license.bundle) == 2
    checked = activator.check()
    assert checked.products == stored.products
    activator.deactivate()
    assert license_sandbox.seats(key) == 0


def test_a_bundle_refused_is_refused_whole(
    wizard_config: Config, license_sandbox: LicenseSandbox, key: str
) -> None:
    with license_sandbox.server.db.tx() as db:  # the add-on's license is disabled
        db.execute("UPDATE licenses SET enabled = 0 WHERE product = 'sandbox-addon'")
    activator = activator_for(wizard_config, bundle_code=BUNDLE)
    with pytest.raises(Exception) as caught:
        activator.activate(Identity("license_key", key))
    assert getattr(caught.value, "code", "") == "license_not_enabled"
    assert license_sandbox.seats(key) == 0  # the demo product's seat was not kept either


def test_a_bundle_needs_this_product_and_a_bundle_code_that_is_not_it(
    wizard_config: Config, license_sandbox: LicenseSandbox, key: str
) -> None:
    other = activator_for(wizard_config, bundle_code=BUNDLE, product="sandbox-users")
    with pytest.raises(AnswerMismatch, match="not a bundle of this product"):
        other.activate(Identity("license_key", key))
    from activation_wizard.config import load_config

    with pytest.raises(ConfigError, match="names the bundle"):
        load_config(flags={**license_sandbox.config_flags(), "bundle_code": "sandbox-demo"}, env={})
    assert not load_config(
        flags={**license_sandbox.config_flags(), "bundle_code": BUNDLE}, env={}
    ).offline_enabled  # bundle license files are not read yet: no offline request


def test_a_kept_bundle_missing_this_product_does_not_load(
    wizard_config: Config, license_sandbox: LicenseSandbox, key: str
) -> None:
    """A genuine bundle answer kept under another product's name: refused on load."""
    from dataclasses import replace

    activator = activator_for(wizard_config, bundle_code=BUNDLE)
    activator.activate(Identity("license_key", key))
    stored = activator.load()
    moved = replace(activator.config, product="sandbox-users", data_dir=activator.config.data_dir)
    thief = ActivationStore(moved, backend=activator.store.vault.backend)
    with pytest.raises(ActivationInvalid):
        thief.verify(replace(stored, product="sandbox-users"), stored.hardware_id)


def test_the_cli_activates_shows_and_frees_a_bundle(
    license_sandbox: LicenseSandbox, key: str, tmp_path: Path
) -> None:
    info = json.loads(license_sandbox.json_line())
    env = {
        **os.environ,
        "ACTIVATION_WIZARD_API_URL": info["api_url"],
        "ACTIVATION_WIZARD_PRODUCT": "sandbox-demo",
        "ACTIVATION_WIZARD_BUNDLE_CODE": BUNDLE,
        "ACTIVATION_WIZARD_API_KEY": info["api_key"],
        "ACTIVATION_WIZARD_SHARED_KEY": info["shared_key"],
        "ACTIVATION_WIZARD_PUBLIC_KEY": info["public_key"],
        "ACTIVATION_WIZARD_CA_FILE": info["ca_file"],
        "ACTIVATION_WIZARD_DATA_DIR": str(tmp_path / "cli-data"),
        "ACTIVATION_WIZARD_KEYRING_SERVICE": f"activation-wizard-e2e:{uuid.uuid4().hex}",
    }
    done = run_cli(env, "activate", "--license-key", key)
    assert done.returncode == 0, done.stderr
    assert "Also in the bundle: Sandbox Add-on (Add-on tools)" in done.stdout
    status = run_cli(env, "status", "--json")
    shown = json.loads(status.stdout)
    assert {m["product_details"]["short_code"] for m in shown["bundle"]} == {
        "sandbox-demo",
        "sandbox-addon",
    }
    assert all(m["license_key"].startswith("****") for m in shown["bundle"])  # masked
    assert run_cli(env, "check").returncode == 0
    assert run_cli(env, "deactivate").returncode == 0
    assert license_sandbox.seats(key) == 0


def test_the_wizard_shows_each_product_of_the_bundle(
    make_activation_wizard, qtbot: QtBot, license_sandbox: LicenseSandbox, key: str
) -> None:  # type: ignore[no-untyped-def]
    driver = WizardDriver(make_activation_wizard(bundle_code=BUNDLE), qtbot)
    assert driver.activate_key(key) == "done"
    shown = driver.status()
    assert shown.details["Also in the bundle"] == "Sandbox Add-on (Add-on tools)"
    assert license_sandbox.seats(key) == 1
    driver.wizard.close()
    again = WizardDriver(make_activation_wizard(bundle_code=BUNDLE), qtbot)  # started again
    assert again.page == "status"
    assert again.status().details["Also in the bundle"] == "Sandbox Add-on (Add-on tools)"


# A bundle's answer is bound like any license answer -------------------------------


def genuine_bundle(wizard_config: Config, key: str, **changes: Any) -> tuple[bytes, str, str]:
    """A real bundle activation's answer (body, signature) and its hardware id."""
    activator = activator_for(wizard_config, bundle_code=BUNDLE, **changes)
    signed = activator.activate(Identity("license_key", key)).license
    hardware_id = activator.device.hardware_id
    activator.deactivate()
    return signed.body, signed.signature, hardware_id


@pytest.mark.parametrize(
    ("answer", "bundle_mode", "because"),
    [
        ("single", True, "bundle: not a list of licenses"),
        ("bundle", False, "license: not an object"),
        ("twice", True, "bundle: a product twice"),
        ("other_device", True, "hardware_id differs"),
        ("other_key", True, "license_key differs"),
    ],
)
def test_a_replayed_answer_that_is_not_this_bundles_is_refused(
    wizard_config: Config,
    license_sandbox: LicenseSandbox,
    key: str,
    answer: str,
    bundle_mode: bool,
    because: str,
) -> None:
    from dataclasses import replace

    from activation_wizard.core.api.client import LicenseApiClient

    from tests.unit.test_binding import Answer, Replay, sign

    body, signature, hardware_id = genuine_bundle(wizard_config, key)
    asked_key = key
    if answer == "single":
        single = activator_for(wizard_config).activate(
            Identity("license_key", license_sandbox.license("ok").license_key)
        )
        body, signature = single.license.body, single.license.signature
    elif answer == "twice":
        members = json.loads(body)
        body = json.dumps([members[0], members[0]], separators=(",", ":")).encode()
        signature = sign(license_sandbox.server, body)
    elif answer == "other_device":
        hardware_id = "another-device"
    elif answer == "other_key":
        asked_key = "DEMO-OKAY-0000-0001"
    replay = Replay()
    try:
        replay.answer = Answer(body, signature)
        config = replace(
            wizard_config, api_url=replay.url, bundle_code=BUNDLE if bundle_mode else ""
        )
        asked = {"product": "sandbox-demo", "hardware_id": hardware_id, "license_key": asked_key}
        with LicenseApiClient(config) as client, pytest.raises(AnswerMismatch) as caught:
            client.activate_license(asked)
        assert caught.value.detail == because
    finally:
        replay.close()
