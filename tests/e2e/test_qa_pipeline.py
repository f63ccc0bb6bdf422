"""The QA toolkit as a vendor's pipeline runs it: the sample suite through the
installed plugin alone (its own pytest, no project conftest, two xdist workers),
the real Secret Service, and --qa-sandbox pointing the command line at a sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from activation_wizard.testing.keyrings import private_keyring

from tests.e2e.conftest import ROOT, RunningSandbox, run_cli

pytestmark = pytest.mark.e2e


def _qa_items() -> list[str]:
    """Secret Service items the toolkit's keyrings wrote (none may outlive a test)."""
    import secretstorage

    with secretstorage.dbus_init() as bus:
        collection = secretstorage.get_default_collection(bus)
        services = [item.get_attributes().get("service", "") for item in collection.get_all_items()]
    return [s for s in services if s.startswith("activation-wizard-qa:")]


def test_the_sample_suite_passes_through_the_installed_plugin_alone(secret_service: None) -> None:
    before = _qa_items()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-c",
            "tests/sample_qa/pytest.ini",
            "-n",
            "2",
            "--wizard-config",
            "tests/fixtures/brand/activation-wizard.toml",
            "tests/sample_qa",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-3000:]
    assert "13 passed" in done.stdout
    assert "created: 2/2 workers" in done.stdout  # each worker its own sandbox and keyring
    assert "activation-wizard: sandbox per function; keyring: Secret Service" in done.stdout
    assert _qa_items() == before  # every item the wizards stored was removed


def test_the_private_keyring_removes_what_the_wizard_stored(secret_service: None) -> None:
    from keyring.backends import SecretService

    real = SecretService.Keyring()
    with private_keyring("secret-service") as keyring:
        assert keyring.kind == "Secret Service"
        keyring.backend.set_password(keyring.service, "activation", "signed document")
        assert real.get_password(keyring.service, "activation") == "signed document"
    assert real.get_password(keyring.service, "activation") is None


def test_qa_sandbox_points_the_command_line_at_a_running_sandbox(
    secret_service: None, sandbox_process: RunningSandbox, tmp_path: Path
) -> None:
    import json

    env = {k: v for k, v in os.environ.items() if not k.startswith("ACTIVATION_WIZARD_")}
    env["ACTIVATION_WIZARD_DATA_DIR"] = str(tmp_path / "data")
    env["ACTIVATION_WIZARD_KEYRING_SERVICE"] = f"activation-wizard-qa:{uuid.uuid4().hex}"
    line = json.dumps(sandbox_process.info)
    saved = tmp_path / "sandbox.json"
    saved.write_text(line)
    key = "DEMO-OKAY-0000-0001"
    done = run_cli(env, "--qa-sandbox", line, "activate", "--license-key", key)
    assert done.returncode == 0, done.stderr
    assert sandbox_process.db.seats_used(key) == 1
    status = run_cli(env, "--qa-sandbox", f"@{saved}", "status", "--json")
    assert json.loads(status.stdout)["identity"].endswith(key[-4:])
    assert run_cli(env, "--qa-sandbox", line, "deactivate").returncode == 0
    assert sandbox_process.db.seats_used(key) == 0

    for bad, said in (
        ('{"api_url": 1}', "not a sandbox line"),
        ("not json", "not a sandbox line"),
        ("", "not a sandbox line"),  # a script whose variable was empty
        (f"@{tmp_path / 'missing.json'}", "missing.json"),
    ):
        refused = run_cli(env, "--qa-sandbox", bad, "status")
        assert refused.returncode == 2, refused.stderr
        assert "--qa-sandbox" in refused.stderr and said in refused.stderr
        assert "Traceback" not in refused.stderr


def test_a_headless_sign_in_completes_the_command_lines_sso(
    secret_service: None, tmp_path: Path
) -> None:
    import re

    from activation_wizard.testing import LicenseSandbox

    env = {k: v for k, v in os.environ.items() if not k.startswith("ACTIVATION_WIZARD_")}
    env["ACTIVATION_WIZARD_DATA_DIR"] = str(tmp_path / "data")
    env["ACTIVATION_WIZARD_KEYRING_SERVICE"] = f"activation-wizard-qa:{uuid.uuid4().hex}"
    with LicenseSandbox(tmp_path / "sandbox") as sandbox:
        person = sandbox.user("sso")
        cli = [sys.executable, "-m", "activation_wizard", "--qa-sandbox", sandbox.json_line()]
        cli += ["--product", person.product]
        proc = subprocess.Popen(
            [*cli, "activate", "--sso", person.customer_account_code],
            env=env,
            stdin=subprocess.PIPE,  # open: the command also takes a pasted address
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stderr is not None
        url = next(
            m.group(0) for line in proc.stderr if (m := re.search(r"https://\S+/sso/auth\S+", line))
        )
        page = sandbox.sso.sign_in(url, person.username)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
        assert "close this tab" in page and person.username in out
        assert sandbox.seats(person.username) == 1
        gone = subprocess.run([*cli, "deactivate"], env=env, capture_output=True, timeout=60)
        assert gone.returncode == 0 and sandbox.seats(person.username) == 0


def test_the_organisation_sign_in_in_real_chromium(
    make_activation_wizard, qtbot, license_sandbox
) -> None:  # type: ignore[no-untyped-def]
    from activation_wizard.testing import WizardDriver

    from tests.e2e.conftest import require_chromium

    require_chromium()
    person = license_sandbox.user("sso")
    wizard = make_activation_wizard(product=person.product, sso_enabled=True)
    driver = WizardDriver(wizard, qtbot, timeout_ms=30000)  # Chromium starts in seconds
    driver.choose("organisation")
    browser = license_sandbox.sso.browser(person.username, chromium=True)
    driver.sign_in_with_organisation(person.customer_account_code, browser)
    assert driver.wait_for("device", "error") == "device", browser.errors
    driver.next()
    assert driver.wait_for("done", "error") == "done"
    assert driver.status().activation.identity == person.username


def test_items_of_test_processes_that_died_are_swept(
    secret_service: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from activation_wizard.testing import keyrings
    from keyring.backends import SecretService

    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = f"{keyrings.PREFIX}{ended.stdout.strip()}:left-behind"
    mine = f"{keyrings.PREFIX}{os.getpid()}:in-use"
    real = SecretService.Keyring()
    real.set_password(dead, "activation", "x")
    real.set_password(mine, "activation", "y")
    monkeypatch.setattr(keyrings, "_swept", False)
    with private_keyring("secret-service"):
        pass
    assert real.get_password(dead, "activation") is None
    assert real.get_password(mine, "activation") == "y"  # a running test's: kept
    real.delete_password(mine, "activation")


def test_a_mistake_in_the_vendors_file_is_said_once_before_any_test(tmp_path: Path) -> None:
    bad = tmp_path / "activation-wizard.toml"
    bad.write_text('[product]\nname = "Contoso"\n\n[brand]\nacent = "#0f766e"\n')
    pytest = [sys.executable, "-m", "pytest", "-c", "tests/sample_qa/pytest.ini", "--co"]
    done = subprocess.run(
        [*pytest, "--wizard-config", str(bad), "tests/sample_qa"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    said = done.stdout + done.stderr
    assert done.returncode == 4, said  # pytest's usage error
    assert said.count("brand.acent") == 1 and "Traceback" not in said
