"""Bad input never gives a traceback: each case ends in a clear message naming the
field (and where it came from) and a documented exit code."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest
from activation_wizard.cli import ExitCode

from tests.e2e.conftest import RunningSandbox, run_cli

GOOD = '[product]\ncode = "acme"\n[api]\napi_key = "k"\nshared_key = "s"\n'

CONFIG_CASES = [
    ("send of the wrong type", GOOD + "[device]\nsend = 5\n", "device.send"),
    ("a URL without a host", GOOD.replace("[api]\n", '[api]\nurl = "https://"\n'), "api.url"),
    (
        "a 300-character host label",
        GOOD.replace("[api]\n", '[api]\nurl = "https://' + "a" * 300 + '.com/api/v4"\n'),
        "host name",
    ),
    ("a malformed proxy", GOOD + 'proxy = "http://[::1"\n', "api.proxy"),
    ("NUL in data_dir", GOOD + '[storage]\ndata_dir = "x\\u0000y"\n', "NUL"),
    ("an unknown user's home", GOOD + '[storage]\ndata_dir = "~nosuchuser9/x"\n', "home"),
    ("a product code with a slash", GOOD.replace('"acme"', '"a/b"'), "product.code"),
    ("a keyring service with a slash", GOOD + '[storage]\nkeyring_service = "a/b"\n', "keyring"),
    ("deeply nested TOML", GOOD + "x = " + "[" * 3000 + "]" * 3000 + "\n", "TOML"),
    ("huge TOML", GOOD + "# " + "x" * (1024 * 1024 + 10) + "\n", "larger than 1 MiB"),
    ("a public key that is endless", GOOD + 'public_key = "/dev/zero"\n', "api.public_key"),
]


@pytest.mark.parametrize(("case", "toml", "says"), CONFIG_CASES, ids=[c[0] for c in CONFIG_CASES])
def test_bad_configuration(tmp_path: Path, case: str, toml: str, says: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(toml, encoding="utf-8")
    done = run_cli({"PATH": "/usr/bin:/bin"}, "--config", str(config), "status")
    assert done.returncode == ExitCode.USAGE, (case, done.stderr)
    assert says in done.stderr and str(config) in done.stderr
    assert "Traceback" not in done.stderr


def test_a_ca_file_that_is_not_pem_and_dev_zero_as_config(tmp_path: Path) -> None:
    not_pem = tmp_path / "ca.pem"
    not_pem.write_text("hello\n")
    config = tmp_path / "c.toml"
    config.write_text(GOOD + f'ca_file = "{not_pem}"\n')
    for args in (["--config", str(config)], ["--config", "/dev/zero"]):
        done = run_cli({"PATH": "/usr/bin:/bin"}, *args, "status")
        assert done.returncode == ExitCode.USAGE, done.stderr
        assert "Traceback" not in done.stderr
    assert (
        "not a PEM certificate bundle"
        in run_cli({"PATH": "/usr/bin:/bin"}, "--config", str(config), "status").stderr
    )


def test_a_hardware_id_hook_of_the_wrong_signature(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(GOOD + '[device]\nhardware_id = "os:getcwd"\n')  # takes no argument
    done = run_cli({"PATH": "/usr/bin:/bin"}, "--config", str(config), "device")
    assert done.returncode == ExitCode.USAGE, done.stderr
    assert "device.hardware_id" in done.stderr and "Traceback" not in done.stderr


def test_command_line_values(cli_env: dict[str, str]) -> None:
    cases = [
        (["activate", "--license-key", ""], ExitCode.USAGE, "it is empty"),
        (["activate", "--username", "a@b.co"], ExitCode.USAGE, "--password-stdin"),
        (["sandbox", "--port", "-1"], ExitCode.USAGE, "not a port"),
        (["sandbox", "--port", "99999"], ExitCode.USAGE, "not a port"),
        (["sandbox", "--db", "/"], ExitCode.STORAGE, "is a folder"),
        (["import", "/no/such/file.json"], ExitCode.USAGE, "Could not read the file"),
        (["sandbox", "--fault", "nonsense"], ExitCode.USAGE, "unknown fault"),
    ]
    for args, code, says in cases:
        done = run_cli(cli_env, *args)
        assert done.returncode == code, (args, done.stderr)
        assert says in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr
    raw = subprocess.run(
        [sys.executable, "-m", "activation_wizard", "activate", "--license-key", b"\xff\xfe"],
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert raw.returncode == ExitCode.USAGE and "not valid UTF-8" in raw.stderr
    hint = run_cli(cli_env, "--shared-key", "-abc", "status")
    assert hint.returncode == ExitCode.USAGE and "--shared-key=-abc" in hint.stderr


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"license_body": 5}, "wrong type"),
        ({"last_seen": float("nan")}, "NaN would switch the clock check off"),
        ({"identity": "DEMO-OKAY-0000-0002"}, "another identity than the signed body"),
        ({"kind": "user"}, "another kind"),
    ],
)
def test_recovery_files_with_wrong_fields(
    secret_service: None,
    cli_env: dict[str, str],
    tmp_path: Path,
    change: dict[str, object],
    why: str,
) -> None:
    done = run_cli(cli_env, "activate", "--license-key", "DEMO-OKAY-0000-0001")
    assert done.returncode == ExitCode.OK, done.stderr
    store = tmp_path / "cli-data"
    # Build a recovery file from a real activation, then break one field.
    exported = run_cli(cli_env, "status", "--json")
    body = json.loads(exported.stdout)["license"]
    data = {
        "format": "activation-wizard/recovery-1",
        "kind": "license_key",
        "identity": "DEMO-OKAY-0000-0001",
        "license_body": base64.b64encode(json.dumps(body).encode()).decode(),
        "license_signature": "x",
        "hardware_id": json.loads(exported.stdout)["hardware_id"],
        "server_url": "https://x",
        "product": "sandbox-demo",
        "activated_at": 1.0,
        "last_check": 1.0,
        "last_seen": 1.0,
        **change,
    }
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    imported = run_cli(cli_env, "import", str(path))
    assert imported.returncode == ExitCode.NOT_ACTIVATED, (why, imported.stderr)
    assert "Traceback" not in imported.stderr
    assert run_cli(cli_env, "status").returncode == ExitCode.OK  # what was kept still is
    del store


def test_a_closed_output_pipe_is_no_traceback(cli_env: dict[str, str]) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "activation_wizard", "device", "--json"],
        env=cli_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head -c0`
    with proc.stderr:
        err = proc.stderr.read().decode()
    proc.wait(timeout=30)
    assert "Traceback" not in err
    assert proc.returncode == ExitCode.OK


def test_an_offline_request_is_not_written_through_a_symbolic_link(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "important.txt"
    target.write_text("keep me")
    link = tmp_path / "activation.req"
    link.symlink_to(target)
    done = run_cli(
        cli_env, "offline", "request", "--license-key", "DEMO-OKAY-0000-0002", "--out", str(link)
    )
    assert done.returncode == ExitCode.USAGE, done.stderr
    assert "symbolic link" in done.stderr and "Traceback" not in done.stderr
    assert target.read_text() == "keep me"


def test_reading_a_fifo_as_a_license_file_does_not_hang(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    import os

    fifo = tmp_path / "license.lic"
    os.mkfifo(fifo)
    done = run_cli(cli_env, "offline", "activate", str(fifo))  # run_cli times out at 60 s
    assert done.returncode == ExitCode.USAGE, done.stderr
    assert "not a regular file" in done.stderr


def test_importing_a_file_that_is_not_a_recovery_file_says_so(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    for content in ("not json at all", '{"licenses": {}}', "[1, 2]"):
        path = tmp_path / "other.json"
        path.write_text(content)
        done = run_cli(cli_env, "import", str(path))
        assert done.returncode == ExitCode.USAGE, done.stderr
        assert "This is not a saved activation" in done.stderr
        assert "saved activation is damaged" not in done.stderr


def test_an_unsigned_no_such_device_is_not_reported_as_a_freed_seat(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox
) -> None:
    assert run_cli(cli_env, "activate", "--license-key", "DEMO-OKAY-0000-0001").returncode == 0
    with sandbox_process.db.tx() as db:  # what a middlebox could answer as well
        db.execute("UPDATE devices SET active = 0")
    done = run_cli(cli_env, "deactivate")
    assert done.returncode == ExitCode.REJECTED, done.stderr
    assert "its seat is free" not in done.stdout + done.stderr
    assert "Not confirmed by the server" in done.stderr
    assert "server code: device_not_found" in done.stderr
    kept = next(line for line in done.stderr.split() if line.endswith(".json"))
    with sandbox_process.db.tx() as db:
        db.execute("UPDATE devices SET active = 1")
    assert run_cli(cli_env, "import", kept.rstrip(".(")).returncode == ExitCode.OK


ISSUE_19_CASES = [
    (["activate", "--license-key", "K" * 100_000], {}, "does not look like a license key"),
    (["activate", "--license-key", "DEMO-OKAY-0000-000"], {}, "does not look like a license key"),
    (["activate", "--license-key", "DEMO-ОKAY-0000-0001"], {}, "another alphabet"),  # Cyrillic О
    (["trial", "--first-name", "x" * 100_000], {}, "longer than 200 characters"),
    (["status"], {"ACTIVATION_WIZARD_KEYRING_TIMEOUT": "nan"}, "from 1 to 3600"),
    (["status"], {"ACTIVATION_WIZARD_KEYRING_TIMEOUT": "1e400"}, "from 1 to 3600"),
    (["sandbox", "--delay", "-5"], {}, "not a delay"),
    (["sandbox", "--delay", "nan"], {}, "not a delay"),
]


@pytest.mark.parametrize(("args", "env", "says"), ISSUE_19_CASES)
def test_more_values_are_refused_before_anything_is_sent(
    cli_env: dict[str, str],
    sandbox_process: RunningSandbox,
    args: list[str],
    env: dict[str, str],
    says: str,
) -> None:
    done = run_cli({**cli_env, **env}, *args)
    assert done.returncode == ExitCode.USAGE, done.stderr
    assert says in done.stderr and "Traceback" not in done.stderr
    assert sandbox_process.db.activation_requests() == 0


def test_an_infinite_redirect_port_is_a_configuration_error(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(GOOD + "[sso]\nredirect_port = inf\n")
    done = run_cli({"PATH": "/usr/bin:/bin"}, "--config", str(config), "status")
    assert done.returncode == ExitCode.USAGE and "sso.redirect_port" in done.stderr
    assert "Traceback" not in done.stderr


def test_unknown_languages_and_environment_variables_are_named(cli_env: dict[str, str]) -> None:
    done = run_cli({**cli_env, "ACTIVATION_WIZARD_SSO_ACOUNT": "acme"}, "--lang", "xx", "device")
    assert done.returncode == ExitCode.OK, done.stderr
    assert "there is no translation for xx" in done.stderr
    assert "ACTIVATION_WIZARD_SSO_ACOUNT is not a setting" in done.stderr
    assert "did you mean ACTIVATION_WIZARD_SSO_ACCOUNT?" in done.stderr
    quiet = run_cli(cli_env, "--lang", "de", "device")
    assert "note:" not in quiet.stderr


@pytest.mark.parametrize(
    ("language", "says"),
    [("ja", ["使い方:", "このデバイスをアクティベートする"]), ("de", ["Aufruf:", "Optionen"])],
)
def test_help_speaks_the_language_asked_for(language: str, says: list[str]) -> None:
    """Issue 19: `--lang ja --help` stayed English."""
    done = run_cli({"PATH": "/usr/bin:/bin"}, "--lang", language, "--help")
    assert done.returncode == 0, done.stderr
    assert all(text in done.stdout for text in says), done.stdout
    sub = run_cli({"PATH": "/usr/bin:/bin"}, f"--lang={language}", "activate", "--help")
    assert says[0] in sub.stdout
