"""Air-gapped activation (license-api.md 7.1a): the official SDK and the wizard make
the same codes, the sandbox's portal answers them, and a device with no network
activates from the wizard and the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from activation_wizard.core import airgap
from activation_wizard.testing.sandbox import LicenseSandbox

from tests.fixtures.official_sdk import SdkProgram, call, get, ok


@pytest.fixture
def key(license_sandbox: LicenseSandbox) -> str:
    return str(license_sandbox.license("air_gapped").license_key)


def test_the_sdks_air_gap_flow_works_against_the_sandbox_portal(
    sdk: SdkProgram, license_sandbox: LicenseSandbox, key: str
) -> None:
    codes = license_sandbox.airgap_license(key)
    public = json.loads(license_sandbox.json_line())["airgap_public_key"]
    policy = sdk.folder / "policy.lic"
    policy.write_bytes(codes.policy_file)
    config = {"air_gap_public_key": public}
    r = sdk.run(
        call("lm.get_air_gap_activation_code", codes.initialization_code, key),
        call("lm.api_client.hardware_id_provider.get_id"),
        config=config,
    )
    code, hardware_id = ok(r[0]), ok(r[1])
    # The wizard's code for the same device and key is the SDK's, byte for byte.
    assert airgap.activation_code(codes.initialization_code, hardware_id, key) == code
    confirmation = license_sandbox.airgap_confirm(key, hardware_id, code)
    assert license_sandbox.seats(key) == 1
    r = sdk.run(
        call(
            "lm.activate_air_gap_license",
            airgap.typed(confirmation),
            str(policy),
            key,
            codes.policy_id,
            as_="lic",
        ),
        get("lic.is_valid"),
        get("lic.license_type"),
        config=config,
    )
    ok(r[0])
    assert ok(r[1]) is True and ok(r[2]) == "perpetual"


def test_the_portal_refuses_codes_that_are_not_the_devices(
    license_sandbox: LicenseSandbox, key: str
) -> None:
    codes = license_sandbox.airgap_license(key)
    code = airgap.activation_code(codes.initialization_code, "device-1", key)
    with pytest.raises(LookupError, match="validation_error"):
        license_sandbox.airgap_confirm(key, "device-2", code)
    with pytest.raises(LookupError, match="refused: length"):
        license_sandbox.airgap_confirm(key, "device-1", code[:40])
    checked = airgap.shown(code, checks=True)
    wrong = checked[:10] + ("A" if checked[10] != "A" else "B") + checked[11:]
    with pytest.raises(LookupError, match="refused: check"):
        license_sandbox.airgap_confirm(key, "device-1", wrong, checks=True)
    assert license_sandbox.seats(key) == 0
    license_sandbox.airgap_confirm(key, "device-1", checked, checks=True)
    assert license_sandbox.seats(key) == 1


def test_deactivation_by_code_frees_the_seat(license_sandbox: LicenseSandbox, key: str) -> None:
    codes = license_sandbox.airgap_license(key)
    code = airgap.activation_code(codes.initialization_code, "device-1", key)
    license_sandbox.airgap_confirm(key, "device-1", code)
    license_sandbox.airgap_confirm(key, "device-1", code, deactivate=True)
    assert license_sandbox.seats(key) == 0


def cli_env(box: LicenseSandbox, tmp_path: Path, **more: str) -> dict[str, str]:
    import os
    import uuid

    info = json.loads(box.json_line())
    return {
        **os.environ,
        "ACTIVATION_WIZARD_API_URL": "https://127.0.0.1:9/api/v4",  # no network: nothing listens
        "ACTIVATION_WIZARD_PRODUCT": info["product"],
        "ACTIVATION_WIZARD_API_KEY": info["api_key"],
        "ACTIVATION_WIZARD_SHARED_KEY": info["shared_key"],
        "ACTIVATION_WIZARD_PUBLIC_KEY": info["public_key"],
        "ACTIVATION_WIZARD_AIRGAP_PUBLIC_KEY": info["airgap_public_key"],
        "ACTIVATION_WIZARD_DATA_DIR": str(tmp_path / "cli-data"),
        "ACTIVATION_WIZARD_KEYRING_SERVICE": f"activation-wizard-e2e:{uuid.uuid4().hex}",
        **more,
    }


@pytest.mark.parametrize("checks", [False, True], ids=["plain", "check-characters"])
def test_the_cli_activates_and_deactivates_an_air_gapped_machine(
    license_sandbox: LicenseSandbox, key: str, tmp_path: Path, checks: bool
) -> None:
    from tests.e2e.conftest import run_cli

    codes = license_sandbox.airgap_license(key)
    policy = tmp_path / "policy.lic"
    policy.write_bytes(codes.policy_file)
    env = cli_env(
        license_sandbox,
        tmp_path,
        ACTIVATION_WIZARD_AIRGAP_POLICY_FILE=str(policy),
        ACTIVATION_WIZARD_AIRGAP_CHECK_CHARACTERS="true" if checks else "false",
    )
    made = run_cli(
        env, "airgap", "code", "--license-key", key, "--init", codes.initialization_code, "--json"
    )
    assert made.returncode == 0, made.stderr
    shown = json.loads(made.stdout)
    assert len(shown["shown"].split()) == 22
    confirmation = license_sandbox.airgap_confirm(
        key, shown["hardware_id"], shown["shown"], checks=checks
    )
    done = run_cli(env, "airgap", "activate", "--license-key", key, *confirmation.split())
    assert done.returncode == 0, done.stderr
    assert "Perpetual" in done.stdout and "Pro tools" in done.stdout
    status = run_cli(env, "status", "--json")
    assert status.returncode == 0 and json.loads(status.stdout)["license"]["is_air_gapped"]
    assert license_sandbox.seats(key) == 1
    gone = run_cli(env, "airgap", "deactivate", "--init", codes.initialization_code, "--json")
    assert gone.returncode == 0, gone.stderr
    assert run_cli(env, "status").returncode == 6
    license_sandbox.airgap_confirm(
        key, shown["hardware_id"], json.loads(gone.stdout)["shown"], checks=checks, deactivate=True
    )
    assert license_sandbox.seats(key) == 0


def test_wrong_confirmations_are_refused_and_change_nothing(
    gapped: dict,
    license_sandbox: LicenseSandbox,
    key: str,
    tmp_path: Path,  # type: ignore[type-arg]
) -> None:
    from tests.e2e.conftest import run_cli

    env, codes = gapped["env"], gapped["codes"]
    good = airgap.typed(gapped["confirmation"])
    other = license_sandbox.airgap_confirm(
        key,
        "another-machine",
        airgap.activation_code(codes.initialization_code, "another-machine", key),
    )
    cases = {
        good[:50]: "not complete",
        good[:-3] + "!==": "characters a code cannot have",
        airgap.typed(other): "not the one for this computer",
    }
    for confirmation, said in cases.items():
        refused = run_cli(env, "airgap", "activate", "--license-key", key, confirmation)
        assert refused.returncode == 2 and said in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
    junk = tmp_path / "junk.lic"
    junk.write_text("not a policy")
    refused = run_cli(env, "airgap", "activate", "--license-key", key, "--policy", str(junk), good)
    assert refused.returncode == 2 and "policy file is not one" in refused.stderr
    unset = cli_env(license_sandbox, tmp_path, ACTIVATION_WIZARD_AIRGAP_PUBLIC_KEY="")
    refused = run_cli(
        unset, "airgap", "code", "--license-key", key, "--init", codes.initialization_code
    )
    assert (
        refused.returncode == 2 and "not set up for activation without a network" in refused.stderr
    )
    assert run_cli(env, "status").returncode == 6


def test_the_wizard_activates_and_deactivates_with_codes_read_out(
    make_activation_wizard, qtbot, license_sandbox: LicenseSandbox, key: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from activation_wizard.testing import WizardDriver

    codes = license_sandbox.airgap_license(key)
    policy = tmp_path / "policy.lic"
    policy.write_bytes(codes.policy_file)
    wizard = make_activation_wizard(
        airgap_check_characters=True,
        api_url="https://127.0.0.1:9/api/v4",  # no network
    )
    driver = WizardDriver(wizard, qtbot)
    driver.wait_until_ready()
    shown = driver.airgap_code(key, codes.initialization_code, policy)
    hardware_id = wizard.session.activator.device.hardware_id
    confirmation = license_sandbox.airgap_confirm(key, hardware_id, shown, checks=True)
    groups = confirmation.split()
    mistyped = groups[5][:2] + ("x" if groups[5][2] != "x" else "y") + groups[5][3:]
    assert driver.airgap_activate(" ".join([*groups[:5], mistyped, *groups[6:]])) == "airgap"
    error = driver.error()
    assert error is not None and "group 6 of the code looks mistyped" in error.what
    assert driver.airgap_activate(confirmation) == "done"
    assert driver.status().details["Product"] == "Sandbox Demo App"
    assert license_sandbox.seats(key) == 1
    wizard.close()
    again = WizardDriver(make_activation_wizard(api_url="https://127.0.0.1:9/api/v4"), qtbot)
    assert again.page == "status"
    assert again.status().details["Activated"] == "offline, by codes"
    code = again.airgap_deactivate(codes.initialization_code)
    assert again.status().activation is None
    license_sandbox.airgap_confirm(key, hardware_id, code, deactivate=True)
    assert license_sandbox.seats(key) == 0


# After a fresh-eyes round --------------------------------------------------------------


@pytest.fixture
def gapped(license_sandbox: LicenseSandbox, key: str, tmp_path: Path) -> dict[str, object]:
    """An air-gapped machine's CLI setup, with its code made and its confirmation."""
    from tests.e2e.conftest import run_cli

    codes = license_sandbox.airgap_license(key)
    policy = tmp_path / "policy.lic"
    policy.write_bytes(codes.policy_file)
    env = cli_env(license_sandbox, tmp_path, ACTIVATION_WIZARD_AIRGAP_POLICY_FILE=str(policy))
    made = json.loads(
        run_cli(
            env,
            "airgap",
            "code",
            "--license-key",
            key,
            "--init",
            codes.initialization_code,
            "--json",
        ).stdout
    )
    confirmation = license_sandbox.airgap_confirm(key, made["hardware_id"], made["code"])
    return {"env": env, "codes": codes, "policy": policy, "confirmation": confirmation}


def test_a_policy_with_fields_a_license_cannot_have_is_refused_whole(
    gapped: dict,
    key: str,
    tmp_path: Path,  # type: ignore[type-arg]
) -> None:
    import base64

    from tests.e2e.conftest import run_cli

    genuine = json.loads(base64.b64decode(gapped["codes"].policy_file))
    for field, value in (("validity_period", "1y"), ("product_features", "x")):
        bad = tmp_path / f"bad-{field}.lic"
        bad.write_bytes(base64.b64encode(json.dumps({**genuine, field: value}).encode()))
        refused = run_cli(
            gapped["env"],
            "airgap",
            "activate",
            "--license-key",
            key,
            "--policy",
            str(bad),
            gapped["confirmation"],
        )
        assert refused.returncode == 2, refused.stderr
        assert (
            "fields a license cannot have" in refused.stderr and "Traceback" not in refused.stderr
        )
        assert run_cli(gapped["env"], "status").returncode == 6  # nothing was kept
    fifo = tmp_path / "fifo.lic"
    os.mkfifo(fifo)
    refused = run_cli(
        gapped["env"],
        "airgap",
        "activate",
        "--license-key",
        key,
        "--policy",
        str(fifo),
        gapped["confirmation"],
    )
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    done = run_cli(
        gapped["env"], "airgap", "activate", "--license-key", key, gapped["confirmation"]
    )
    assert done.returncode == 0, done.stderr  # the genuine policy still activates


def test_deactivation_guards_and_online_commands(
    gapped: dict,
    license_sandbox: LicenseSandbox,
    key: str,  # type: ignore[type-arg]
) -> None:
    from tests.e2e.conftest import run_cli

    env = gapped["env"]
    assert (
        run_cli(env, "airgap", "activate", "--license-key", key, gapped["confirmation"]).returncode
        == 0
    )
    for online in ("check", "deactivate"):
        refused = run_cli(env, online)
        assert refused.returncode == 2 and "airgap deactivate" in refused.stderr, refused.stderr
    another = base64_scalar()
    wrong = run_cli(env, "airgap", "deactivate", "--init", another)
    assert wrong.returncode == 2 and "not the initialization code" in wrong.stderr
    assert run_cli(env, "status").returncode == 0  # kept
    gone = run_cli(env, "airgap", "deactivate", "--init", gapped["codes"].initialization_code)
    assert gone.returncode == 0
    again = run_cli(env, "airgap", "activate", "--license-key", key, gapped["confirmation"])
    assert again.returncode == 2 and "was given back" in again.stderr


def base64_scalar() -> str:
    import base64

    return base64.b64encode(os.urandom(31) + b"\x07").decode()


def test_a_wrong_air_gap_key_is_said_before_any_code_is_read_out(
    license_sandbox: LicenseSandbox, key: str, tmp_path: Path
) -> None:
    import base64

    from tests.e2e.conftest import run_cli

    codes = license_sandbox.airgap_license(key)
    short = cli_env(license_sandbox, tmp_path, ACTIVATION_WIZARD_AIRGAP_PUBLIC_KEY="zz")
    refused = run_cli(
        short, "airgap", "code", "--license-key", key, "--init", codes.initialization_code
    )
    assert refused.returncode == 2 and "airgap.public_key" in refused.stderr
    off_curve = base64.b64encode(bytes(64)).decode()
    bad = cli_env(license_sandbox, tmp_path, ACTIVATION_WIZARD_AIRGAP_PUBLIC_KEY=off_curve)
    refused = run_cli(
        bad, "airgap", "code", "--license-key", key, "--init", codes.initialization_code
    )
    assert refused.returncode == 2 and "not a P-256 key" in refused.stderr
    assert license_sandbox.seats(key) == 0


def test_an_air_gapped_recovery_file_imports_as_one(
    gapped: dict,
    key: str,
    tmp_path: Path,
    wizard_config,  # type: ignore[no-untyped-def, type-arg]
) -> None:
    from dataclasses import replace

    from activation_wizard.core.activation import Activator
    from activation_wizard.core.store import ActivationStore
    from activation_wizard.testing.keyrings import MemoryKeyring

    info_key = gapped["env"]["ACTIVATION_WIZARD_AIRGAP_PUBLIC_KEY"]
    config = replace(wizard_config, airgap_public_key=info_key, data_dir=tmp_path / "one")
    here = Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))
    result = here.airgap_activate(key, gapped["policy"], gapped["confirmation"])
    rescue = tmp_path / "recovery.json"
    here.export(result, rescue)
    elsewhere_config = replace(config, data_dir=tmp_path / "two")
    elsewhere = Activator(
        elsewhere_config, store=ActivationStore(elsewhere_config, backend=MemoryKeyring())
    )
    imported = elsewhere.import_recovery(rescue)
    assert imported.airgap and elsewhere.load().identity == key


def test_offline_requests_obey_the_configuration(
    license_sandbox: LicenseSandbox, tmp_path: Path
) -> None:
    from tests.e2e.conftest import run_cli

    info = json.loads(license_sandbox.json_line())
    env = cli_env(
        license_sandbox,
        tmp_path,
        ACTIVATION_WIZARD_API_URL=info["api_url"],
        ACTIVATION_WIZARD_CA_FILE=info["ca_file"],
    )
    for setting in (
        {"ACTIVATION_WIZARD_BUNDLE_CODE": "sandbox-suite"},
        {"ACTIVATION_WIZARD_OFFLINE_ENABLED": "false"},
    ):
        refused = run_cli(
            {**env, **setting},
            "offline",
            "request",
            "--license-key",
            "DEMO-BNDL-0000-0001",
            "--out",
            str(tmp_path / "r.req"),
        )
        assert refused.returncode == 2 and "offline.enabled" in refused.stderr, refused.stderr
        assert not (tmp_path / "r.req").exists()


def test_a_policy_the_vendor_ships_is_not_asked_for(
    make_activation_wizard, qtbot, license_sandbox: LicenseSandbox, key: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from activation_wizard.testing import WizardDriver

    codes = license_sandbox.airgap_license(key)
    policy = tmp_path / "policy.lic"
    policy.write_bytes(codes.policy_file)
    driver = WizardDriver(make_activation_wizard(airgap_policy_file=str(policy)), qtbot)
    driver.wait_until_ready()
    driver.airgap_code(key, codes.initialization_code)
    assert not driver.control("airgapPolicyButton").isVisible()
    assert driver.control("airgapPolicy").text() == str(policy)


def test_a_key_typed_on_the_offline_page_is_on_the_codes_page(
    make_activation_wizard, qtbot, key: str
) -> None:  # type: ignore[no-untyped-def]
    from activation_wizard.testing import WizardDriver

    driver = WizardDriver(make_activation_wizard(), qtbot)
    driver.wait_until_ready()
    driver.control("offlineButton").click()
    assert driver.page == "offline"
    driver.control("offlineKeyEdit").setText(key)
    driver.control("offlineAirgapButton").click()
    assert driver.page == "airgap"
    assert driver.control("airgapKeyEdit").text() == key
    page = driver.wizard.currentPage()  # typing goes on where it is needed next
    qtbot.waitUntil(lambda: page.focusWidget() is driver.control("airgapInitEdit"))
