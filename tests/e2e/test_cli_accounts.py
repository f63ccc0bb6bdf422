"""The CLI's account commands as a script runs them: the sandbox as its own process,
the real Secret Service keyring, and no traceback for any input."""

from __future__ import annotations

import json

import pytest
from activation_wizard.cli import ExitCode

from tests.e2e.conftest import RunningSandbox, run_cli

PASSWORD = "demo-password\n"


@pytest.fixture
def users_env(cli_env: dict[str, str]) -> dict[str, str]:
    return {**cli_env, "ACTIVATION_WIZARD_PRODUCT": "sandbox-users"}


def test_list_an_accounts_licenses_then_activate_the_chosen_one(
    secret_service: None, users_env: dict[str, str], sandbox_process: RunningSandbox
) -> None:
    listed = run_cli(
        users_env,
        "licenses",
        "--username",
        "several@sandbox.test",
        "--password-stdin",
        "--json",
        stdin=PASSWORD,
    )
    assert listed.returncode == ExitCode.OK, listed.stderr
    licenses = json.loads(listed.stdout)
    assert [entry["usable"] for entry in licenses] == [True, True, False, False]
    chosen = licenses[1]["license_id"]
    done = run_cli(
        users_env,
        "activate",
        "--username",
        "several@sandbox.test",
        "--password-stdin",
        "--license-id",
        str(chosen),
        "--json",
        stdin=PASSWORD,
    )
    assert done.returncode == ExitCode.OK, done.stderr
    assert json.loads(done.stdout)["license"]["id"] == chosen
    status = run_cli(users_env, "status", "--json")
    assert json.loads(status.stdout)["license"]["id"] == chosen
    assert run_cli(users_env, "check").returncode == ExitCode.OK
    assert run_cli(users_env, "deactivate").returncode == ExitCode.OK


def test_the_license_list_and_input_errors_speak_german(
    users_env: dict[str, str], sandbox_process: RunningSandbox
) -> None:
    listed = run_cli(
        users_env,
        "--lang",
        "de",
        "licenses",
        "--username",
        "several@sandbox.test",
        "--password-stdin",
        stdin=PASSWORD,
    )
    assert listed.returncode == ExitCode.OK, listed.stderr
    assert "nicht nutzbar: abgelaufen" in listed.stdout, listed.stdout
    assert "Geräte: " in listed.stdout and "Ablauf: " in listed.stdout
    for english in ("expired", "disabled by", "devices", "expires", "cannot be used"):
        assert english not in listed.stdout
    typo = run_cli(users_env, "--lang", "de", "licenses", "--username", "foo")
    assert typo.returncode == ExitCode.USAGE
    assert "'foo' ist keine E-Mail-Adresse" in typo.stderr, typo.stderr


def test_trial_twice_is_the_same_trial(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox
) -> None:
    first = run_cli(cli_env, "trial", "--json")
    assert first.returncode == ExitCode.OK, first.stderr
    key = json.loads(first.stdout)["license"]["license_key"]
    second = run_cli(cli_env, "trial", "--json")
    assert second.returncode == ExitCode.OK, second.stderr
    assert json.loads(second.stdout)["license"]["license_key"] == key
    assert sandbox_process.db.seats_used(key) == 1


def test_change_password_then_variables(secret_service: None, users_env: dict[str, str]) -> None:
    changed = run_cli(
        users_env,
        "change-password",
        "--username",
        "initial@sandbox.test",
        "--password-stdin",
        stdin="demo-password\nmy-new-password\n",
    )
    assert changed.returncode == ExitCode.OK, changed.stderr
    old = run_cli(
        users_env,
        "activate",
        "--username",
        "initial@sandbox.test",
        "--password-stdin",
        stdin=PASSWORD,
    )
    assert old.returncode == ExitCode.REJECTED
    assert "E-mail or password not accepted" in old.stderr
    new = run_cli(
        users_env,
        "activate",
        "--username",
        "initial@sandbox.test",
        "--password-stdin",
        stdin="my-new-password\n",
    )
    assert new.returncode == ExitCode.OK, new.stderr
    assert run_cli(users_env, "variables", "set", "seat=desk-4").returncode == ExitCode.OK
    got = run_cli(users_env, "variables", "get")
    assert got.returncode == ExitCode.OK and "seat=desk-4" in got.stdout


@pytest.mark.parametrize(
    ("args", "stdin", "says"),
    [
        (["activate", "--license-key", ""], None, "--license-key: it is empty"),
        (["activate", "--username", "ok@sandbox.test"], "", "--password-stdin"),
        (["activate", "--username", "ok@sandbox.test", "--password-stdin"], "\n", "empty"),
        (["activate", "--username", "not-an-email", "--password-stdin"], "x\n", "not an e-mail"),
        (["licenses", "--username", "a@b", "--password-stdin"], "x\n", "not an e-mail"),
        (["trial", "--email", "nope"], None, "not an e-mail"),
        (["variables", "set", "=x"], None, "has no name"),
        (["change-password", "--username", "ok@sandbox.test", "--password-stdin"], "x\n", "empty"),
    ],
)
def test_bad_input_is_a_usage_error_before_anything_is_sent(
    users_env: dict[str, str], args: list[str], stdin: str | None, says: str
) -> None:
    done = run_cli(users_env, *args, stdin=stdin)
    assert done.returncode == ExitCode.USAGE, done.stderr
    assert says in done.stderr
    assert "Traceback" not in done.stderr
