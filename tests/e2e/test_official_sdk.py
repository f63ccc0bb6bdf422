"""The official LicenseSpring Python SDK (``licensespring``, pinned in
packaging/sdk-constraints.txt, in its own venv) against the sandbox: every call as a
vendor's program makes it, unmodified (tests/official_sdk/vendor_program.py); each
documented error code reaches the SDK as its own ClientError code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from activation_wizard.testing.sandbox import LicenseSandbox

from tests.fixtures.official_sdk import (
    PROGRAM,
    ROOT,
    SdkProgram,
    by_key,
    by_user,
    call,
    get,
    ok,
)

# Key-based --------------------------------------------------------------------------


@pytest.mark.parametrize("oauth", [False, True], ids=["hmac", "oauth"])
@pytest.mark.parametrize("scenario_index", [0, 1], ids=["time-limited", "perpetual"])
def test_key_license_activates_checks_and_deactivates(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, scenario_index: int, oauth: bool
) -> None:
    key = license_sandbox.licenses("ok")[scenario_index].license_key
    r = sdk.run(
        by_key(key),
        call("lm.activate_license", "$id", as_="lic"),
        get("lic.is_valid"),
        call("lic.check"),
        call("lic.local_check"),
        get("lic.days_remaining"),
        get("lic.license_type"),
        get("lic.is_grace_period_started"),
        get("lic.validity_with_grace_period"),
        call("lic.get_feature_data", "no-such-feature"),
        oauth=oauth,
    )
    assert ok(r[2]) is True
    assert ok(r[3])["license_active"] is True
    ok(r[4])
    assert ok(r[6]) in ("time-limited", "perpetual")
    assert license_sandbox.seats(key) == 1
    # A later start of the vendor's program loads the license file the SDK wrote.
    r = sdk.run(
        call("lm.load_license", as_="lic"),
        get("lic.key"),
        call("lic.check"),
        call("lic.deactivate"),
        get("lic.license_active"),
        oauth=oauth,
    )
    assert ok(r[1]) == key
    ok(r[2])
    ok(r[3])
    assert license_sandbox.seats(key) == 0


def test_api_client_calls_for_a_key(sdk: SdkProgram, license_sandbox: LicenseSandbox) -> None:
    key = license_sandbox.license("ok").license_key
    product = license_sandbox.product("ok")
    r = sdk.run(
        call("api.activate_license", product, license_key=key),
        call("api.check_license", product, license_key=key),
        call("api.product_details", product),
        call("api.deactivate_license", product, license_key=key),
    )
    assert ok(r[0])["license_key"] == key
    assert ok(r[1])["license_active"] is True
    assert ok(r[2])["short_code"] == product
    ok(r[3])


@pytest.mark.parametrize(
    "scenario",
    [
        "license_not_found",
        "license_not_enabled",
        "license_expired",
        "license_activated_max_times",
        "license_start_date_error",
        "vm_not_allowed",
        "blacklisted",
        "license_transferred_max_times",
        "unknown_product",
    ],
)
def test_each_error_code_reaches_the_sdk_as_its_own_code(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, scenario: str
) -> None:
    entry = license_sandbox.license(scenario)
    r = sdk.run(
        by_key(entry.license_key or ""),
        call("lm.activate_license", "$id"),
        product=entry.product,
    )
    assert r[1].get("raised") == "ClientError", r[1]
    assert r[1]["code"] == scenario


def test_authentication_errors_reach_the_sdk_as_their_codes(
    sdk: SdkProgram, license_sandbox: LicenseSandbox
) -> None:
    key = license_sandbox.license("ok").license_key
    steps = (by_key(key), call("lm.activate_license", "$id"))
    info = json.loads(license_sandbox.json_line())
    wrong_key = sdk.run(*steps, sandbox={**info, "shared_key": "not-the-shared-key"})
    assert wrong_key[1].get("code") == "signature_mismatch", wrong_key[1]
    unknown = sdk.run(*steps, sandbox={**info, "api_key": "no-such-api-key"})
    assert unknown[1].get("code") == "invalid_api_key", unknown[1]
    license_sandbox.clock.advance(20 * 60)  # the server's clock is 20 minutes on
    late = sdk.run(*steps)
    assert late[1].get("code") == "date_header_diff", late[1]
    assert license_sandbox.seats(key) == 0


def test_more_error_codes(sdk: SdkProgram, license_sandbox: LicenseSandbox) -> None:
    maxed = license_sandbox.user("license_user_activated_max_times")
    r = sdk.run(
        by_user(maxed.username or "", maxed.password or ""),
        call("lm.activate_license", "$id"),
        product=maxed.product,
    )
    assert r[1].get("code") == "license_user_activated_max_times", r[1]
    key = license_sandbox.license("ok").license_key
    r = sdk.run(
        call("lm.api_client.check_license", license_sandbox.product("ok"), license_key=key),
        call("lm.api_client.get_device_variables", license_sandbox.product("ok"), license_key=key),
    )
    assert r[0].get("code") == "device_not_found", r[0]
    assert r[1].get("code") == "device_not_found", r[1]


# User-based --------------------------------------------------------------------------


def test_user_license_activates_and_lists(sdk: SdkProgram, license_sandbox: LicenseSandbox) -> None:
    user = license_sandbox.user("several_licenses")
    product = user.product
    r = sdk.run(
        by_user(user.username or "", user.password or ""),
        call("lm.get_user_licenses", "$id"),
        product=product,
    )
    licenses = ok(r[1])
    assert len(licenses) >= 2
    usable = next(
        lic
        for lic in licenses
        if lic["license"]["license_enabled"] and not lic["license"]["is_expired"]
    )
    r = sdk.run(
        by_user(user.username or "", user.password or ""),
        call("lm.activate_license", "$id", unique_license_id=usable["license"]["id"], as_="lic"),
        call("lic.check"),
        get("lic.license_user"),
        call("lic.deactivate"),
        product=product,
    )
    ok(r[1])
    ok(r[2])
    assert ok(r[3])["email"] == user.username


def test_change_password_and_customer_license_users(
    sdk: SdkProgram, license_sandbox: LicenseSandbox
) -> None:
    user = license_sandbox.user("initial_password")
    r = sdk.run(
        call("api.change_password", user.username, user.password, "a-new-password-42"),
        by_user(user.username or "", "a-new-password-42"),
        call("lm.get_user_licenses", "$id"),
        call("Customer", email="jane.doe@example.com", as_="customer"),
        call("lm.get_customer_license_users", "$customer"),
        call("Customer", email="nobody@example.com", as_="stranger"),
        call("lm.get_customer_license_users", "$stranger"),
        product=user.product,
    )
    ok(r[0])
    assert ok(r[2])
    users = ok(r[4])
    assert users["customer"]["email"] == "jane.doe@example.com" and users["users"]
    assert r[6].get("code") == "customer_not_found", r[6]


def test_wrong_password_is_its_own_code(sdk: SdkProgram, license_sandbox: LicenseSandbox) -> None:
    user = license_sandbox.user("ok")
    r = sdk.run(
        by_user(user.username or "", "not-the-password"),
        call("lm.activate_license", "$id"),
        product=user.product,
    )
    assert r[1]["raised"] == "ClientError"
    # The code is not documented (license-api.md §9.5); the sandbox's default.
    assert r[1]["code"] == "license_not_found"


# Trials ------------------------------------------------------------------------------


def test_key_trial(sdk: SdkProgram, license_sandbox: LicenseSandbox) -> None:
    r = sdk.run(
        call("Customer", email="trial.someone@example.com", as_="customer"),
        call("lm.get_trial_license", "$customer", as_="id"),
        call("lm.activate_license", "$id", as_="lic"),
        get("lic.is_trial"),
        get("lic.is_valid"),
        product="sandbox-demo",
    )
    ok(r[1])
    ok(r[2])
    assert ok(r[3]) is True
    assert ok(r[4]) is True


def test_user_trial(sdk: SdkProgram, license_sandbox: LicenseSandbox) -> None:
    r = sdk.run(
        call("Customer", email="trial.user@example.com", as_="customer"),
        call("lm.get_trial_license", "$customer", as_="id"),
        call("lm.activate_license", "$id", as_="lic"),
        get("lic.is_trial"),
        product="sandbox-users",
    )
    ok(r[1])
    ok(r[2])
    assert ok(r[3]) is True


# Variables, product, versions ------------------------------------------------------


def test_device_variables_and_product_details(
    sdk: SdkProgram, license_sandbox: LicenseSandbox
) -> None:
    key = license_sandbox.license("ok").license_key
    r = sdk.run(
        by_key(key),
        call("lm.activate_license", "$id", as_="lic"),
        call("lic.set_device_variables", {"seat": "desk-4", "team": "qa"}),
        call("lic.send_device_variables"),
        call("lic.get_device_variables"),
        call("lic.get_device_variable", "seat"),
        call("lic.product_details", include_latest_version=True, include_custom_fields=True),
        call("lm.get_version_list", "$id"),
        call("lm.get_installation_file", "$id"),
    )
    for step in r[:4]:
        ok(step)
    names = {v["variable"]: v["value"] for v in ok(r[4])}
    assert names == {"seat": "desk-4", "team": "qa"}
    assert ok(r[5])["value"] == "desk-4"
    assert ok(r[6])["short_code"] == license_sandbox.product("ok")
    ok(r[7])
    ok(r[8])


# OAuth -------------------------------------------------------------------------------


def test_oauth_client_credentials(sdk: SdkProgram, license_sandbox: LicenseSandbox) -> None:
    key = license_sandbox.license("ok").license_key
    r = sdk.run(
        by_key(key),
        call("lm.activate_license", "$id", as_="lic"),
        call("lic.check"),
        call("lic.deactivate"),
        oauth=True,
    )
    for step in r:
        ok(step)


# Offline -----------------------------------------------------------------------------


@pytest.mark.parametrize("oauth", [False, True], ids=["hmac", "oauth"])
def test_offline_activation_through_the_portal(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, oauth: bool
) -> None:
    key = license_sandbox.licenses("ok")[1].license_key  # the perpetual one: offline allowed
    folder = sdk.folder / "offline"
    folder.mkdir()
    r = sdk.run(
        by_key(key),
        call("lm.create_offline_activation_file", "$id", str(folder)),
        oauth=oauth,
    )
    request_file = Path(ok(r[1]))
    answer = license_sandbox.portal_upload(request_file)
    assert answer.status_code == 200, answer.text
    response_file = folder / "ls_activation.lic"
    response_file.write_bytes(answer.content)
    r = sdk.run(
        call("lm.activate_license_offline", str(response_file), as_="lic"),
        get("lic.is_valid"),
        call("lic.local_check"),
        oauth=oauth,
    )
    ok(r[0])
    assert ok(r[1]) is True
    ok(r[2])
    assert license_sandbox.seats(key) == 1


def test_offline_deactivation_and_refresh_file(
    sdk: SdkProgram, license_sandbox: LicenseSandbox
) -> None:
    key = license_sandbox.licenses("ok")[1].license_key
    r = sdk.run(
        by_key(key),
        call("lm.activate_license", "$id"),
        call("lm.api_client.hardware_id_provider.get_id"),
    )
    ok(r[1])
    # The vendor's portal page gives a refresh file for this device; the SDK loads it.
    refresh = license_sandbox.portal_refresh(key, ok(r[2]), license_sandbox.product("ok"))
    assert refresh.status_code == 200, refresh.text
    refresh_file = sdk.folder / "license_refresh.lic"
    refresh_file.write_bytes(refresh.content)
    r = sdk.run(
        call("lm.load_license", as_="lic"),
        call("lic.update_offline", str(refresh_file), False),
        call("lic.deactivate_offline", str(sdk.folder)),
    )
    assert ok(r[1]) is True
    request_file = Path(ok(r[2]))
    done = license_sandbox.portal_upload(request_file)
    assert done.status_code == 200 and "deactivated" in done.text, done.text
    assert license_sandbox.seats(key) == 0


@pytest.mark.parametrize("oauth", [False, True], ids=["hmac", "oauth"])
def test_offline_deactivation_file_is_accepted(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, oauth: bool
) -> None:
    key = license_sandbox.licenses("ok")[1].license_key
    r = sdk.run(
        by_key(key),
        call("lm.activate_license", "$id", as_="lic"),
        call("lic.deactivate_offline", str(sdk.folder)),
        oauth=oauth,
    )
    ok(r[1])
    done = license_sandbox.portal_upload(Path(ok(r[2])))
    assert done.status_code == 200 and "deactivated" in done.text, done.text
    assert license_sandbox.seats(key) == 0


# Single sign-on ------------------------------------------------------------------------


@pytest.mark.parametrize("use_auth_code", [True, False], ids=["code", "token"])
def test_sso_sign_in(sdk: SdkProgram, license_sandbox: LicenseSandbox, use_auth_code: bool) -> None:
    user = license_sandbox.user("sso")
    account = user.customer_account_code
    r = sdk.run(call("lm.get_sso_url", account, use_auth_code=use_auth_code), product=user.product)
    url = ok(r[0])["url"]
    location = license_sandbox.sso.redirect(url, user.username or "")
    answer = dict(parse_qsl(urlsplit(location).query or urlsplit(location).fragment))
    grant = {"code": answer["code"]} if use_auth_code else {"id_token": answer["id_token"]}
    r = sdk.run(
        call("LicenseID", as_="id"),
        call(
            "lm.activate_license",
            "$id",
            customer_account_code=account,
            redirect_uri="http://localhost",
            as_="lic",
            **grant,
        ),
        get("lic.license_user"),
        call("lic.check"),
        product=user.product,
    )
    ok(r[1])
    assert ok(r[2])["email"] == user.username
    ok(r[3])


# Floating, features, consumption ------------------------------------------------------


def test_floating_license_check_borrow_release(
    sdk: SdkProgram, license_sandbox: LicenseSandbox
) -> None:
    key = license_sandbox.license("borrow").license_key
    until = (datetime.now(UTC) + timedelta(hours=12)).strftime("%Y-%m-%dT%H:%M:%SZ")
    r = sdk.run(
        by_key(key),
        call("lm.activate_license", "$id", as_="lic"),
        get("lic.is_floating"),
        call("lic.check"),
        call("lic.floating_borrow", until),
        get("lic.is_borrowed"),
        call("lic.floating_release", True),
    )
    ok(r[1])
    assert ok(r[2]) is True
    ok(r[3])
    ok(r[4])
    assert ok(r[5]) is True
    ok(r[6])


def test_a_full_floating_license_is_floating_not_available(
    sdk: SdkProgram, license_sandbox: LicenseSandbox
) -> None:
    key = license_sandbox.license("floating_full").license_key
    r = sdk.run(by_key(key), call("lm.activate_license", "$id", as_="lic"), call("lic.check"))
    ok(r[1])
    assert r[2].get("code") == "floating_not_available", r[2]


def test_features_check_borrow_release_and_consume(
    sdk: SdkProgram, license_sandbox: LicenseSandbox
) -> None:
    key = license_sandbox.license("feature_consumption").license_key
    until = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    r = sdk.run(
        by_key(key),
        call("lm.activate_license", "$id", as_="lic"),
        get("lic.features"),
        call("lic.check_feature", "render"),
        call("lic.borrow_feature", "render", until),
        call("lic.release_feature", "render"),
        call("lic.add_local_feature_consumption", "credits", 3),
        call("lic.sync_feature_consumption", "credits"),
        call("lic.get_feature_data", "credits"),
    )
    for step in r:
        ok(step)
    assert set(ok(r[2])) >= {"credits", "render", "pro"}
    assert ok(r[7]) is True
    assert ok(r[8])["total_consumptions"] == 3


def test_consumption_license(sdk: SdkProgram, license_sandbox: LicenseSandbox) -> None:
    key = license_sandbox.license("consumption").license_key
    r = sdk.run(
        by_key(key),
        call("lm.activate_license", "$id", as_="lic"),
        call("lic.add_local_consumption", 5),
        call("lic.sync_consumption"),
        get("lic.total_consumptions"),
        call("lic.add_local_consumption", 500),
        call(
            "lm.api_client.add_consumption",
            license_sandbox.product("consumption"),
            license_key=key,
            consumptions=500,
        ),
    )
    for step in r[:5]:
        ok(step)
    assert ok(r[4]) == 5
    # The SDK refuses past the maximum the sandbox reported, before asking; asked
    # anyway, the server answers the documented code.
    assert r[5]["raised"] == "ConsumptionError", r[5]
    assert r[6].get("code") == "license_not_enough_consumptions", r[6]


# One device: the wizard's "sdk" hardware id provider --------------------------------


@pytest.mark.parametrize("generator", [True, False], ids=["generator", "pure-python"])
def test_the_sdk_provider_is_the_sdks_own_hardware_id(
    sdk: SdkProgram, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, generator: bool
) -> None:
    from activation_wizard.config import load_config
    from activation_wizard.core.device.hardware_id import hardware_id
    from activation_wizard.core.device.probe import RealProbe

    if not generator:
        monkeypatch.setitem(sys.modules, "licensespring_hardware_id_generator", None)
    config = load_config(
        flags={
            "product": "acme",
            "api_key": "k",
            "shared_key": "s",
            "data_dir": str(tmp_path),
            "hardware_id_provider": "sdk",
        },
        env={},
    )
    theirs = ok(sdk.run(call("lm.api_client.hardware_id_provider.get_id"))[0])
    assert hardware_id(RealProbe(), config) == theirs


# One activation, seen by the wizard and by the SDK -----------------------------------


def wizard_for(box: LicenseSandbox, tmp_path: Path, **settings: Any) -> Any:
    from activation_wizard.core.activation import Activator
    from activation_wizard.core.store import ActivationStore
    from activation_wizard.testing.keyrings import MemoryKeyring

    from tests.conftest import sandbox_config

    config = sandbox_config(box.server, tmp_path / "wizard", hardware_id_provider="sdk", **settings)
    return Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))


@pytest.mark.parametrize("oauth", [False, True], ids=["hmac", "oauth"])
def test_the_sdk_loads_the_activation_the_wizard_made(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, tmp_path: Path, oauth: bool
) -> None:
    from activation_wizard.core.activation import Identity

    info = json.loads(license_sandbox.json_line())
    auth = (
        {
            "client_id": info["client_id"],
            "client_secret": info["client_secret"],
            "api_key": "",
            "shared_key": "",
        }
        if oauth
        else {}
    )
    wizard = wizard_for(license_sandbox, tmp_path, sdk_license_file=str(sdk.folder), **auth)
    key = license_sandbox.license("features_expiring").license_key
    wizard.activate(Identity("license_key", key))
    r = sdk.run(
        call("lm.load_license", as_="lic"),
        get("lic.key"),
        call("lic.local_check"),
        get("lic.is_valid"),
        get("lic.features"),
        call("lic.check"),
        oauth=oauth,
    )
    assert ok(r[1]) == key
    ok(r[2])
    assert ok(r[3]) is True
    assert set(ok(r[4])) >= {"pro", "export"}
    ok(r[5])  # the same device to the server: no second seat
    assert license_sandbox.seats(key) == 1
    # The SDK's check wrote the file; the wizard's own check keeps what it wrote.
    wizard.check()
    r = sdk.run(call("lm.load_license", as_="lic"), call("lic.local_check"), oauth=oauth)
    ok(r[1])
    wizard.deactivate()
    r = sdk.run(call("lm.load_license", as_="lic"), get("lic.key"), oauth=oauth)
    assert r[0].get("raised") or ok(r[1]) is None, r
    assert license_sandbox.seats(key) == 0


def test_the_sdks_unsent_consumptions_survive_the_wizards_check(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, tmp_path: Path
) -> None:
    from activation_wizard.core.activation import Identity

    wizard = wizard_for(license_sandbox, tmp_path, sdk_license_file=str(sdk.folder))
    key = license_sandbox.license("consumption").license_key
    wizard.activate(Identity("license_key", key))
    r = sdk.run(
        call("lm.load_license", as_="lic"),
        call("lic.add_local_consumption", 4),
        get("lic.local_consumptions"),
    )
    assert ok(r[2]) == 4
    wizard.check()  # rewrites the SDK's file: the 4 not yet sent stay
    r = sdk.run(
        call("lm.load_license", as_="lic"),
        get("lic.local_consumptions"),
        call("lic.sync_consumption"),
        get("lic.total_consumptions"),
    )
    assert ok(r[1]) == 4
    assert ok(r[2]) is True and ok(r[3]) == 4


def cli_env_for(box: LicenseSandbox, tmp_path: Path, **more: str) -> dict[str, str]:
    info = json.loads(box.json_line())
    return {
        **os.environ,
        "ACTIVATION_WIZARD_API_URL": info["api_url"],
        "ACTIVATION_WIZARD_PRODUCT": info["product"],
        "ACTIVATION_WIZARD_API_KEY": info["api_key"],
        "ACTIVATION_WIZARD_SHARED_KEY": info["shared_key"],
        "ACTIVATION_WIZARD_PUBLIC_KEY": info["public_key"],
        "ACTIVATION_WIZARD_CA_FILE": info["ca_file"],
        "ACTIVATION_WIZARD_DATA_DIR": str(tmp_path / "cli-data"),
        "ACTIVATION_WIZARD_KEYRING_SERVICE": f"activation-wizard-e2e:{uuid.uuid4().hex}",
        "ACTIVATION_WIZARD_HARDWARE_ID_PROVIDER": "sdk",
        **more,
    }


def test_the_wizard_adopts_the_sdks_activation_without_a_second_seat(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, tmp_path: Path
) -> None:
    from tests.e2e.conftest import run_cli

    key = license_sandbox.license("ok").license_key
    ok(sdk.run(by_key(key), call("lm.activate_license", "$id"))[1])
    activations = license_sandbox.activations()
    env = cli_env_for(license_sandbox, tmp_path)
    sdk_file = sdk.folder / "License.key"
    done = run_cli(env, "import", "--sdk-file", str(sdk_file), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["identity"].endswith(key[-4:])  # shown masked
    assert license_sandbox.activations() == activations  # one check, no activation
    assert license_sandbox.seats(key) == 1
    status = run_cli(env, "status", "--json")
    assert status.returncode == 0 and json.loads(status.stdout)["identity"].endswith(key[-4:])
    # From now on the wizard keeps the SDK's file too, when the vendor says so.
    env["ACTIVATION_WIZARD_SDK_LICENSE_FILE"] = str(sdk_file)
    assert run_cli(env, "check").returncode == 0
    r = sdk.run(call("lm.load_license", as_="lic"), call("lic.local_check"))
    ok(r[1])
    assert run_cli(env, "deactivate").returncode == 0
    assert license_sandbox.seats(key) == 0
    r = sdk.run(call("lm.load_license", as_="lic"), get("lic.key"))
    assert r[0].get("raised") or ok(r[1]) is None, r


def test_what_cannot_be_adopted_is_refused_and_changes_nothing(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, tmp_path: Path
) -> None:
    from tests.e2e.conftest import run_cli

    key = license_sandbox.license("ok").license_key
    env = cli_env_for(license_sandbox, tmp_path)
    missing = run_cli(env, "import", "--sdk-file", str(tmp_path / "nothing.key"))
    assert missing.returncode == 2 and "there is no such file" in missing.stderr
    junk = tmp_path / "junk.key"
    junk.write_bytes(b"LSLF" + bytes(60))
    refused = run_cli(env, "import", "--sdk-file", str(junk))
    assert refused.returncode == 2 and "not a license file of this program's SDK" in refused.stderr
    ok(sdk.run(by_key(key), call("lm.activate_license", "$id"))[1])
    sdk_file = str(sdk.folder / "License.key")
    other_id = run_cli(
        {**env, "ACTIVATION_WIZARD_HARDWARE_ID_PROVIDER": "default"},
        "import",
        "--sdk-file",
        sdk_file,
    )
    assert other_id.returncode == 2 and 'device.hardware_id = "sdk"' in other_id.stderr
    other_key = run_cli(
        {**env, "ACTIVATION_WIZARD_SHARED_KEY": "another-program"}, "import", "--sdk-file", sdk_file
    )
    assert other_key.returncode == 2 and "another program's key" in other_key.stderr
    assert "Traceback" not in missing.stderr + refused.stderr + other_id.stderr
    assert run_cli(env, "status").returncode == 6  # nothing was stored
    assert license_sandbox.seats(key) == 1  # and the SDK's seat is untouched


def test_the_wizard_offers_to_take_over_the_sdks_activation(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, make_activation_wizard, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from activation_wizard.testing import WizardDriver

    key = license_sandbox.license("ok").license_key
    ok(sdk.run(by_key(key), call("lm.activate_license", "$id"))[1])
    wizard = make_activation_wizard(hardware_id_provider="sdk", sdk_license_file=str(sdk.folder))
    driver = WizardDriver(wizard, qtbot)
    driver.wait_until_ready()
    note = driver.control("welcomeNote").text()
    assert "already activated on this computer by the program itself" in note
    assert driver.adopt_sdk_activation() == "status"
    assert driver.status().activation.identity == key
    assert license_sandbox.seats(key) == 1  # the SDK's seat, not a second one
    r = sdk.run(call("lm.load_license", as_="lic"), call("lic.check"))
    ok(r[1])  # and the program's own file still works


def test_nothing_is_offered_for_another_device_or_without_a_file(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, make_activation_wizard, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from activation_wizard.testing import WizardDriver

    key = license_sandbox.license("ok").license_key
    ok(sdk.run(by_key(key), call("lm.activate_license", "$id"))[1])
    for settings in (
        {"hardware_id_provider": "platform", "sdk_license_file": str(sdk.folder)},
        {"hardware_id_provider": "sdk", "sdk_license_file": str(sdk.folder / "none")},
    ):
        driver = WizardDriver(make_activation_wizard(**settings), qtbot)
        driver.wait_until_ready()
        assert not driver.control("adoptSdkButton").isVisible()
        driver.wizard.close()


# Bundles -------------------------------------------------------------------------------


def test_a_bundle_through_the_sdks_bundle_manager(
    sdk: SdkProgram, license_sandbox: LicenseSandbox
) -> None:
    key = license_sandbox.license("bundle").license_key
    r = sdk.run(
        call("BundleManager", "$conf", as_="bundles"),
        by_key(key),
        call("bundles.activate_bundle", "$id", as_="licenses"),
        call("bundles.check_bundle", "$id"),
        call("bundles.deactivate_bundle", "$id"),
        product="sandbox-suite",
    )
    for step in r:
        ok(step)
    assert set(ok(r[2])) == {"sandbox-demo", "sandbox-addon"}
    assert license_sandbox.seats(key) == 0
    r = sdk.run(
        call("api.check_bundle", "sandbox-suite", license_key=key),
        call("api.activate_bundle", "sandbox-suite", license_key="DEMO-NONE-0000-0404"),
    )
    assert r[0].get("code") == "device_not_found", r[0]
    assert r[1].get("code") == "license_not_found", r[1]


def test_the_sdk_reads_a_bundle_the_wizard_activated(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, tmp_path: Path
) -> None:
    from activation_wizard.core.activation import Identity

    key = license_sandbox.license("bundle").license_key
    wizard = wizard_for(
        license_sandbox, tmp_path, sdk_license_file=str(sdk.folder), bundle_code="sandbox-suite"
    )
    wizard.activate(Identity("license_key", key))
    r = sdk.run(
        call("BundleManager", "$conf", as_="bundles"),
        call("bundles.get_current_bundle"),
        by_key(key),
        call("bundles.check_bundle", "$id"),
        product="sandbox-suite",
    )
    assert set(ok(r[1])) == {"sandbox-demo", "sandbox-addon"}
    ok(r[3])
    r = sdk.run(
        call("lm.load_license", as_="addon"),
        call("addon.local_check"),
        get("addon.features"),
        product="sandbox-addon",
    )
    ok(r[1])
    assert ok(r[2]) == ["addon-tools"]
    wizard.deactivate()
    assert license_sandbox.seats(key) == 0
    r = sdk.run(call("lm.load_license", as_="addon"), get("addon.key"), product="sandbox-addon")
    assert r[0].get("raised") or ok(r[1]) is None, r


def test_import_sdk_file_without_a_path_takes_the_configured_one(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, tmp_path: Path
) -> None:
    from tests.e2e.conftest import run_cli

    key = license_sandbox.license("ok").license_key
    ok(sdk.run(by_key(key), call("lm.activate_license", "$id"))[1])
    env = cli_env_for(license_sandbox, tmp_path, ACTIVATION_WIZARD_SDK_LICENSE_FILE=str(sdk.folder))
    done = run_cli(env, "import", "--sdk-file")
    assert done.returncode == 0, done.stderr
    assert license_sandbox.seats(key) == 1


def test_with_both_the_api_key_and_the_oauth_client_the_file_is_the_sdks(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, tmp_path: Path
) -> None:
    """The SDK keys its file with the shared key when it has one, OAuth or not."""
    from activation_wizard.core.activation import Identity

    info = json.loads(license_sandbox.json_line())
    both = {"client_id": info["client_id"], "client_secret": info["client_secret"]}
    wizard = wizard_for(license_sandbox, tmp_path, sdk_license_file=str(sdk.folder), **both)
    key = license_sandbox.license("ok").license_key
    wizard.activate(Identity("license_key", key))
    r = sdk.run(
        call("lm.load_license", as_="lic"),
        call("lic.local_check"),
        oauth=True,
        config={"shared_key": info["shared_key"], "api_key": info["api_key"]},
    )
    ok(r[1])


def test_a_program_running_across_a_deactivation_reads_the_next_activation(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, tmp_path: Path
) -> None:
    """The SDK derives its file key once; the wizard keeps the file's salt across a
    removal, so a LicenseManager made before still reads the file made after."""
    import subprocess
    import textwrap

    from activation_wizard.core.activation import Identity

    wizard = wizard_for(license_sandbox, tmp_path, sdk_license_file=str(sdk.folder))
    key = license_sandbox.license("ok").license_key
    wizard.activate(Identity("license_key", key))
    program = textwrap.dedent(
        """
        import json, sys
        sys.path.insert(0, sys.argv[1])
        from vendor_program import connect
        names = connect(json.loads(sys.stdin.readline()))
        lm = names["manager"]
        print(lm.load_license().key(), flush=True)
        sys.stdin.readline()  # the wizard deactivates and activates meanwhile
        lm.load_license().local_check()
        print("still reads it", flush=True)
        """
    )
    script = {
        "sandbox": json.loads(license_sandbox.json_line()),
        "config": {"file_path": str(sdk.folder) + os.sep},
    }
    running = subprocess.Popen(
        [str(sdk.python), "-c", program, str(PROGRAM.parent)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert running.stdin is not None and running.stdout is not None
    running.stdin.write(json.dumps(script) + "\n")
    running.stdin.flush()
    assert running.stdout.readline().strip() == key
    wizard.deactivate()
    wizard.activate(Identity("license_key", key))
    out, err = running.communicate("go\n", timeout=60)
    assert out.strip() == "still reads it", err[-2000:]


def test_the_readme_example_runs_as_written(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, tmp_path: Path
) -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("### Working with the official SDK", 1)[1]
    code = textwrap.dedent(section.split("```python\n", 1)[1].split("```", 1)[0])
    done = subprocess.run(
        [str(sdk.python), "-c", code],
        input=license_sandbox.json_line() + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "HOME": str(tmp_path)},  # the SDK's own place for its file
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"
    assert license_sandbox.seats("DEMO-OKAY-0000-0001") == 1
