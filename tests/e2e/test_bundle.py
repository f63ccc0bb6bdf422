"""The PyInstaller bundle, built from packaging/ and started headless."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import RunningSandbox, run_cli

pytestmark = [pytest.mark.e2e, pytest.mark.bundle]


def test_bundle_self_test_passes_headless(secret_service: None, bundle: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    done = subprocess.run(
        [str(bundle), "--self-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok    keyring: keyring.backends.SecretService.Keyring" in done.stdout
    assert "ok    qt: platform plugin 'offscreen'" in done.stdout


def test_bundle_self_test_names_a_missing_keyring(bundle: Path) -> None:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run(
        [str(bundle), "--self-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert "FAIL  keyring: only keyring.backends.fail.Keyring is available" in done.stdout
    assert "needs a Secret Service on the session D-Bus" in done.stdout  # where one comes from


def test_bundle_activates_against_the_sandbox(
    secret_service: None, bundle: Path, cli_env: dict[str, str], sandbox_process: RunningSandbox
) -> None:
    done = run_cli(cli_env, "activate", "--license-key", "DEMO-OKAY-0000-0001", exe=[str(bundle)])
    assert done.returncode == 0, done.stderr
    assert "Devices activated: 1 of 5" in done.stdout
    assert run_cli(cli_env, "deactivate", exe=[str(bundle)]).returncode == 0


@pytest.mark.parametrize("program", ["activation-wizard", "activation-wizard-gui"])
def test_bundle_opens_the_wizard_and_quits(
    bundle: Path, tmp_path: Path, cli_env: dict[str, str], program: str
) -> None:
    shot = tmp_path / "bundle.png"
    env = {
        **cli_env,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    done = subprocess.run(
        [str(bundle.parent / program), "--screenshot", str(shot), "--quit-after", "800"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 130, done.stderr  # closed without activating: "cancelled"
    assert shot.stat().st_size > 1000


@pytest.mark.parametrize("args", [["--sandbox", "status"], ["sandbox"]])
def test_bundle_leaves_the_sandbox_out(bundle: Path, args: list[str]) -> None:
    done = subprocess.run([str(bundle), *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "the sandbox is not part of this build" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_qa_build_passes_the_release_smoke_test(
    secret_service: None, bundle: Path, tmp_path: Path
) -> None:
    from activation_wizard.testing import LicenseSandbox, bundle_smoke

    with LicenseSandbox(tmp_path / "sandbox") as sandbox:
        result = bundle_smoke(bundle, sandbox)
        assert result.ok, result.report()
        assert [s.command[1] for s in result.steps] == [
            "--self-test",
            "--qa-sandbox",
            "--qa-sandbox",
            "--qa-sandbox",
        ]
        assert sandbox.seats(sandbox.license("ok").license_key) == 0  # deactivated again


def test_a_release_build_refuses_the_qa_sandbox(onefile_bundle: Path) -> None:
    done = subprocess.run(
        [str(onefile_bundle), "--qa-sandbox", '{"api_url": "https://127.0.0.1:1"}', "status"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "this build does not take it (QA builds do: bundle --qa)" in done.stderr


def test_the_bundle_leaves_the_test_toolkit_out(bundle: Path) -> None:
    """What PyInstaller packed (its table of the Python archive): neither the
    sandbox nor the QA toolkit, nor pytest."""
    work = bundle.parents[2] / "build"
    tables = list(work.rglob("PYZ-*.toc"))
    assert tables, f"no PYZ table under {work}"
    packed = "\n".join(t.read_text(encoding="utf-8") for t in tables)
    assert "'activation_wizard.core.activation'" in packed  # the table is the right one
    for absent in ("activation_wizard.sandbox", "activation_wizard.testing", "'pytest'"):
        assert absent not in packed
