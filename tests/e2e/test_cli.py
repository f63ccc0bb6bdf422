"""The CLI as a script or QA runs it: real processes, HTTPS, the real keyring."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import keyring
import pytest
from activation_wizard.cli import ExitCode
from activation_wizard.core.summary import mask_key

from tests.e2e.conftest import RunningSandbox, run_cli

pytestmark = pytest.mark.e2e
KEY = "DEMO-OKAY-0000-0001"


def test_activate_status_deactivate(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox
) -> None:
    service = cli_env["ACTIVATION_WIZARD_KEYRING_SERVICE"]
    done = run_cli(cli_env, "activate", "--license-key", " demo-okay-0000-0001\n")
    assert done.returncode == ExitCode.OK, done.stderr
    assert "License type: Time-limited" in done.stdout
    assert "Devices activated: 1 of 5" in done.stdout
    assert sandbox_process.db.seats_used(KEY) == 1
    secret = json.loads(keyring.get_password(service, "activation"))  # the real Secret Service
    assert secret["identity"] == KEY

    status = run_cli(cli_env, "status", "--json")
    assert status.returncode == ExitCode.OK, status.stderr
    shown = json.loads(status.stdout)
    assert shown["license"]["license_key"] == shown["identity"] == mask_key(KEY)
    assert datetime.fromisoformat(shown["last_check"]).tzinfo is not None
    text = run_cli(cli_env, "status")
    assert f"License key: {mask_key(KEY)}" in text.stdout and KEY not in text.stdout

    check = run_cli(cli_env, "check")
    assert check.returncode == ExitCode.OK, check.stderr

    gone = run_cli(cli_env, "deactivate")
    assert gone.returncode == ExitCode.OK, gone.stderr
    assert "****-****-****-0001" in gone.stdout and KEY not in gone.stdout
    assert keyring.get_password(service, "activation") is None
    assert not list(Path(cli_env["ACTIVATION_WIZARD_DATA_DIR"]).rglob("activation.bin"))
    assert sandbox_process.db.seats_used(KEY) == 0  # the seat is free again

    after = run_cli(cli_env, "status")
    assert after.returncode == ExitCode.NOT_ACTIVATED
    assert "Not activated" in after.stderr


def test_a_rejected_key_exits_3_and_prints_the_code(
    secret_service: None, cli_env: dict[str, str]
) -> None:
    done = run_cli(cli_env, "activate", "--license-key", "DEMO-DSBL-0000-0001")
    assert done.returncode == ExitCode.REJECTED
    assert "License disabled" in done.stderr
    assert "server code: license_not_enabled" in done.stderr
    as_json = run_cli(cli_env, "activate", "--license-key", "DEMO-DSBL-0000-0001", "--json")
    assert as_json.returncode == ExitCode.REJECTED
    error = json.loads(as_json.stdout)  # scripts read one JSON object, failure or not
    assert error["activated"] is False and error["error"]["code"] == "license_not_enabled"
    assert error["error"]["title"] == "License disabled"


def test_messages_speak_the_chosen_language(secret_service: None, cli_env: dict[str, str]) -> None:
    german = run_cli(cli_env, "--lang", "de", "activate", "--license-key", "DEMO-DSBL-0000-0001")
    assert german.returncode == ExitCode.REJECTED
    assert "License disabled" not in german.stderr and "Lizenz" in german.stderr
    assert german.stderr.startswith("Fehler: ")
    assert "activation failed" not in german.stderr  # the log's words stay in the log
    activated = run_cli(cli_env, "--lang", "ja", "activate", "--license-key", KEY)
    assert activated.returncode == ExitCode.OK
    status = run_cli(cli_env, "--lang", "de", "status")
    assert status.stdout.startswith("Lizenzschlüssel: ****-"), status.stdout
    freed = run_cli(cli_env, "--lang", "de", "deactivate")
    assert "auf diesem Gerät deaktiviert" in freed.stdout, freed.stdout
    # --sandbox brings its own connection settings, and keeps the language.
    sandboxed = run_cli(cli_env, "--sandbox", "--lang", "de", "status")
    assert "Nicht aktiviert" in sandboxed.stderr, sandboxed.stderr


def test_no_server_exits_4_and_does_not_blame_the_key(
    secret_service: None, cli_env: dict[str, str]
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**cli_env, "ACTIVATION_WIZARD_API_URL": f"https://127.0.0.1:{port}/api/v4"}
    done = run_cli(env, "activate", "--license-key", KEY)
    assert done.returncode == ExitCode.NETWORK
    assert "Could not connect" in done.stderr and "Nothing was changed" in done.stderr
    assert "key" not in done.stderr.split("error:", 1)[1].lower()


def test_bad_configuration_exits_2_naming_the_field(cli_env: dict[str, str]) -> None:
    env = {**cli_env, "ACTIVATION_WIZARD_SHARED_KEY": ""}
    env.pop("ACTIVATION_WIZARD_SHARED_KEY")
    done = run_cli(env, "status")
    assert done.returncode == ExitCode.USAGE
    assert "api.shared_key" in done.stderr


def test_no_keyring_exits_5_before_the_server_is_asked(
    cli_env: dict[str, str], sandbox_process: RunningSandbox
) -> None:
    env = {**cli_env, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = run_cli(env, "activate", "--license-key", KEY)
    assert done.returncode == ExitCode.STORAGE
    assert "No secure credential store" in done.stderr
    assert sandbox_process.db.activation_requests() == 0


def test_a_locked_keyring_is_named_and_no_seat_is_spent(
    cli_env: dict[str, str], sandbox_process: RunningSandbox, tmp_path: Path
) -> None:
    # Its own D-Bus session and keyring, so locking it cannot disturb other tests;
    # no DISPLAY, so gnome-keyring cannot open an unlock prompt that would hang.
    env = {k: v for k, v in cli_env.items() if k not in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    env.update(XDG_RUNTIME_DIR=str(run), XDG_DATA_HOME=str(tmp_path / "kr"))
    script = (
        "import secretstorage, subprocess, sys\n"
        "bus = secretstorage.dbus_init()\n"
        "secretstorage.get_default_collection(bus).lock()\n"
        "r = subprocess.run([sys.executable, '-m', 'activation_wizard', 'activate', "
        "'--license-key', "
        f"'{KEY}'], capture_output=True, text=True)\n"
        "print(r.returncode); print(r.stderr)\n"
    )
    shell = (
        "printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        f'exec {sys.executable} -c "$0"'
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell, script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = done.stdout.splitlines()
    assert lines and lines[0] == str(int(ExitCode.STORAGE)), done.stdout + done.stderr
    assert "Credential store is locked" in done.stdout
    assert sandbox_process.db.activation_requests() == 0


def test_two_processes_activating_at_once_leave_one_consistent_activation(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox
) -> None:
    command = [sys.executable, "-m", "activation_wizard", "activate", "--license-key", KEY]
    procs = [
        subprocess.Popen(
            command, env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=60) for p in procs]
    # Both succeed: one activates, the other meets 409 and recovers the same license.
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert sum("no extra seat" in out for out, _ in outputs) == 1
    assert sandbox_process.db.seats_used(KEY) == 1
    status = run_cli(cli_env, "status", "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["license"]["license_key"] == mask_key(KEY)


def test_device_command_prints_what_is_sent(cli_env: dict[str, str]) -> None:
    done = run_cli(cli_env, "device", "--json")
    assert done.returncode == 0, done.stderr
    fields = json.loads(done.stdout)
    assert len(fields["hardware_id"]) == 64 and "os_ver" in fields


def test_a_failed_save_after_the_yes_is_recovered_from_the_file(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox, tmp_path: Path
) -> None:
    root = Path(__file__).resolve().parents[2]
    broken = {
        **cli_env,
        "PYTHON_KEYRING_BACKEND": "tests.fixtures.keyrings.FailsToSaveActivation",
        "PYTHONPATH": str(root),
    }
    done = subprocess.run(
        [sys.executable, "-m", "activation_wizard", "activate", "--license-key", KEY],
        env=broken,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == ExitCode.STORAGE, done.stderr
    assert "the server accepted the activation, but saving it failed" in done.stderr
    assert "Nothing was sent" not in done.stderr
    rescue = tmp_path / "activation-recovery.json"
    assert f"activation-wizard import {rescue}" in done.stderr
    assert sandbox_process.db.seats_used(KEY) == 1

    imported = run_cli(cli_env, "import", str(rescue))  # the working keyring again
    assert imported.returncode == ExitCode.OK, imported.stderr
    assert run_cli(cli_env, "status").returncode == ExitCode.OK
    assert sandbox_process.db.seats_used(KEY) == 1  # recovered, not spent twice


def test_an_activation_exported_before_a_reinstall_is_imported_after_it(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox, tmp_path: Path
) -> None:
    assert run_cli(cli_env, "activate", "--license-key", KEY).returncode == ExitCode.OK
    rescue = tmp_path / "saved" / "activation.json"
    rescue.parent.mkdir()
    saved = run_cli(cli_env, "export", str(rescue))
    assert saved.returncode == ExitCode.OK, saved.stderr
    assert saved.stdout.strip() == f"Saved to {rescue}. It holds the license key: keep it private."
    assert rescue.stat().st_mode & 0o077 == 0  # the key is in it: this user's only
    # A reinstall: the data folder and the keyring item are gone.
    fresh = {
        **cli_env,
        "ACTIVATION_WIZARD_DATA_DIR": str(tmp_path / "reinstalled"),
        "ACTIVATION_WIZARD_KEYRING_SERVICE": cli_env["ACTIVATION_WIZARD_KEYRING_SERVICE"] + "-2",
    }
    assert run_cli(fresh, "status").returncode != ExitCode.OK
    imported = run_cli(fresh, "import", str(rescue))
    assert imported.returncode == ExitCode.OK, imported.stderr
    assert run_cli(fresh, "status").returncode == ExitCode.OK
    assert sandbox_process.db.seats_used(KEY) == 1  # the same seat, not a second one
    assert run_cli(fresh, "deactivate").returncode == ExitCode.OK
    nothing = run_cli(fresh, "export", str(tmp_path / "none.json"))  # nothing to save now
    assert nothing.returncode == ExitCode.NOT_ACTIVATED, nothing.stderr
    assert not (tmp_path / "none.json").exists()


def test_user_based_limit_is_its_own_message(secret_service: None, cli_env: dict[str, str]) -> None:
    env = {**cli_env, "ACTIVATION_WIZARD_PRODUCT": "sandbox-users"}
    done = run_cli(
        env,
        "activate",
        "--username",
        "maxed@sandbox.test",
        "--password-stdin",
        stdin="demo-password\n",
    )
    assert done.returncode == ExitCode.REJECTED
    assert "Your account has used all its activations" in done.stderr
    ok = run_cli(
        env,
        "activate",
        "--username",
        "ok@sandbox.test",
        "--password-stdin",
        stdin="demo-password\n",
    )
    assert ok.returncode == ExitCode.OK, ok.stderr
    assert "demo-password" not in ok.stdout + ok.stderr


def test_an_expired_license_is_reported_and_can_still_free_its_seat(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox
) -> None:
    assert run_cli(cli_env, "activate", "--license-key", KEY).returncode == ExitCode.OK
    with sandbox_process.db.tx() as db:  # the vendor ends the license
        db.execute(
            "UPDATE licenses SET validity_period = '2020-01-01T00:00:00.000Z'"
            " WHERE license_key = ?",
            (KEY,),
        )
    check = run_cli(cli_env, "check")
    assert check.returncode == ExitCode.NOT_ACTIVATED
    assert "the license has expired" in check.stderr
    assert run_cli(cli_env, "status").returncode == ExitCode.NOT_ACTIVATED
    gone = run_cli(cli_env, "deactivate")
    assert gone.returncode == ExitCode.OK, gone.stderr
    assert sandbox_process.db.seats_used(KEY) == 0


def test_diagnose_with_the_real_keyring(secret_service: None, cli_env: dict[str, str]) -> None:
    done = run_cli(cli_env, "diagnose", "--json")
    assert done.returncode == ExitCode.OK, done.stdout + done.stderr
    checks = {c["name"]: c for c in json.loads(done.stdout)}
    assert checks["storage"]["detail"].startswith("Secret Service keyring works")
    assert cli_env["ACTIVATION_WIZARD_SHARED_KEY"] not in done.stdout
    broken = {**cli_env, "ACTIVATION_WIZARD_CA_FILE": ""}
    broken.pop("ACTIVATION_WIZARD_CA_FILE")
    tls = run_cli(broken, "diagnose")
    assert tls.returncode == ExitCode.NETWORK
    assert "fail  tls:" in tls.stdout


def test_a_subscription_in_grace_keeps_working_and_says_until_when(
    secret_service: None, cli_env: dict[str, str]
) -> None:
    """Issue 20: the server's check passed, then the license was refused here."""
    done = run_cli(cli_env, "activate", "--license-key", "DEMO-GRCE-0000-0001")
    assert done.returncode == ExitCode.OK, done.stderr
    assert "in its grace period until" in done.stdout
    assert run_cli(cli_env, "check").returncode == ExitCode.OK
    status = run_cli(cli_env, "status")
    assert status.returncode == ExitCode.OK
    assert "note: This license ended on " in status.stderr
    assert "keeps working until" in status.stderr
    data = json.loads(run_cli(cli_env, "status", "--json").stdout)
    assert data["in_grace"] is True and data["works_until"] > data["license"]["validity_period"]
