"""Air-gapped activation (license-api.md 7.1a): the official SDK and the wizard make
the same codes, the sandbox's portal answers them, and a device with no network
activates from the wizard and the CLI."""

from __future__ import annotations

import json

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
