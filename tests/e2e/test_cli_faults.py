"""The fault matrix through the CLI (a separate process, the real keyring, faults
switched on through the sandbox's admin endpoint), and kills at every stage."""

from __future__ import annotations

import json
import os
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from activation_wizard.cli import ExitCode

from tests.e2e.conftest import RunningSandbox, run_cli, sso_cli
from tests.fixtures.fault_matrix import CASES, IDS, Case


def admin(
    sandbox: RunningSandbox, fault: str | None = None, endpoint: str = "activate_license"
) -> dict[str, object]:
    """Switch a fault on (or, without one, just read what the sandbox did)."""
    base = str(sandbox.info["api_url"]).rsplit("/api/", 1)[0]
    verify = ssl.create_default_context(cafile=str(sandbox.info["ca_file"]))
    if fault is None:
        answer = httpx.get(f"{base}/_admin/faults", verify=verify)
    else:
        kind, _, value = fault.partition(":")
        answer = httpx.post(
            f"{base}/_admin/faults",
            json={"kind": kind, "value": value, "endpoint": endpoint},
            verify=verify,
        )
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def seats(sandbox: RunningSandbox) -> int:
    with sandbox.db.tx() as db:
        return int(
            db.execute(
                "SELECT COUNT(*) FROM devices WHERE active = 1 AND request != '{}'"
            ).fetchone()[0]
        )


def activate(env: dict[str, str], who: str) -> subprocess.CompletedProcess[str]:
    if who == "key":
        return run_cli(env, "activate", "--license-key", "DEMO-OKAY-0000-0001")
    return run_cli(
        {**env, "ACTIVATION_WIZARD_PRODUCT": "sandbox-users"},
        "activate",
        "--username",
        "ok@sandbox.test",
        "--password-stdin",
        stdin="demo-password\n",
    )


@pytest.mark.parametrize("who", ["key", "account"])
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_fault(
    secret_service: None,
    cli_env: dict[str, str],
    sandbox_process: RunningSandbox,
    case: Case,
    who: str,
) -> None:
    env = {**cli_env, "ACTIVATION_WIZARD_READ_TIMEOUT": "1"}
    admin(sandbox_process, case.fault)
    started = time.monotonic()
    done = activate(env, who)
    assert time.monotonic() - started < 20  # no hang past the timeouts
    assert "Traceback" not in done.stderr
    assert "WARNING" not in done.stderr and "failed on the server" not in done.stderr  # log's
    if case.says:
        assert done.returncode != ExitCode.OK
        assert case.says in done.stderr and case.also in done.stderr, done.stderr
    else:
        assert done.returncode == ExitCode.OK, done.stderr
    assert seats(sandbox_process) == case.seats
    if case.pending:  # the next command settles it: a seat the server has is kept here
        status = run_cli(
            {**env, "ACTIVATION_WIZARD_PRODUCT": "sandbox-users"} if who == "account" else env,
            "status",
        )
        if case.seats:
            assert status.returncode == ExitCode.OK, status.stderr
            assert "now saved on this computer" in status.stderr
        else:  # the server failed before the work: nothing to keep (looked at again later)
            assert status.returncode == ExitCode.NOT_ACTIVATED, status.stderr
            assert "has not reached the server so far" in status.stderr
        assert seats(sandbox_process) == case.seats


@pytest.mark.parametrize("stage", ["latency", "latency_after"])
def test_a_kill_at_any_stage_loses_no_seat(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox, stage: str
) -> None:
    """Killed while the server works on it (before or after it commits): the next
    start finds the seat and keeps the activation; nothing is counted twice."""
    admin(sandbox_process, f"{stage}:2")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "activation_wizard",
            "activate",
            "--license-key",
            "DEMO-OKAY-0000-0001",
        ],
        env=cli_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while not admin(sandbox_process)["log"]:  # wait until the request is at the server
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    if stage == "latency_after":  # and, here, until the server has committed it
        while seats(sandbox_process) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while seats(sandbox_process) == 0 and time.monotonic() < deadline:
        time.sleep(0.2)  # the server finishes what it was given
    assert seats(sandbox_process) == 1
    status = run_cli(cli_env, "status", "--json")
    assert status.returncode == ExitCode.OK, status.stderr
    assert json.loads(status.stdout)["activated"] is True
    assert "now saved on this computer" in status.stderr
    again = run_cli(cli_env, "activate", "--license-key", "DEMO-OKAY-0000-0001")
    assert again.returncode == ExitCode.OK and seats(sandbox_process) == 1


def test_ctrl_c_stops_an_sso_wait_at_once(
    cli_env: dict[str, str], sandbox_process: RunningSandbox
) -> None:
    proc = sso_cli(cli_env)
    assert proc.stderr is not None
    for line in proc.stderr:
        if "Waiting for the browser" in line:
            break
    started = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=15)
    assert proc.returncode == ExitCode.CANCELLED, err
    assert time.monotonic() - started < 5
    assert "Traceback" not in err


def test_replace_frees_the_old_seat_first_and_abandon_keeps_a_copy(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox
) -> None:
    db = sandbox_process.db
    assert run_cli(cli_env, "activate", "--license-key", "DEMO-OKAY-0000-0002").returncode == 0
    refused = run_cli(cli_env, "activate", "--license-key", "DEMO-OKAY-0000-0001")
    assert refused.returncode == ExitCode.USAGE and "--replace" in refused.stderr
    replaced = run_cli(cli_env, "activate", "--license-key", "DEMO-OKAY-0000-0001", "--replace")
    assert replaced.returncode == ExitCode.OK, replaced.stderr
    assert db.seats_used("DEMO-OKAY-0000-0002") == 0 and db.seats_used("DEMO-OKAY-0000-0001") == 1
    assert "previous license ****-****-****-0002 was deactivated first" in replaced.stderr
    abandoned = run_cli(
        cli_env, "activate", "--license-key", "DEMO-OKAY-0000-0002", "--replace", "abandon"
    )
    assert abandoned.returncode == ExitCode.OK, abandoned.stderr
    assert db.seats_used("DEMO-OKAY-0000-0001") == 1  # left counted, as asked
    assert "previous license ****-****-****-0001 is no longer used here" in abandoned.stderr
    assert "its seat is still counted" in abandoned.stderr
    data = Path(cli_env["ACTIVATION_WIZARD_DATA_DIR"]) / "sandbox-demo"
    kept = list(data.glob("removed-replaced-*.json"))
    assert len(kept) == 1
    assert run_cli(cli_env, "deactivate").returncode == 0


def test_ctrl_c_during_activation_undoes_what_the_server_did(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox
) -> None:
    admin(sandbox_process, "latency_after:3")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "activation_wizard",
            "activate",
            "--license-key",
            "DEMO-OKAY-0000-0001",
        ],
        env=cli_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 10
    while seats(sandbox_process) == 0 and time.monotonic() < deadline:
        time.sleep(0.1)  # committed on the server; its answer is still held back
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == ExitCode.CANCELLED, err
    assert "seat was freed again" in err
    assert seats(sandbox_process) == 0
    assert run_cli(cli_env, "status").returncode == ExitCode.NOT_ACTIVATED


def test_offline_request_files_are_private_and_say_when_they_hold_a_password(
    cli_env: dict[str, str], sandbox_process: RunningSandbox, tmp_path: Path
) -> None:
    out = tmp_path / "u.req"
    env = {**cli_env, "ACTIVATION_WIZARD_PRODUCT": "sandbox-users"}
    done = run_cli(
        env,
        "offline",
        "request",
        "--username",
        "ok@sandbox.test",
        "--password-stdin",
        "--out",
        str(out),
        stdin="demo-password\n",
    )
    assert done.returncode == ExitCode.OK, done.stderr
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert "holds the account's password" in done.stdout
    missing = run_cli(cli_env, "offline", "activate", str(tmp_path / "nope.lic"))
    assert missing.returncode == ExitCode.USAGE and "could not be read" in missing.stderr


@pytest.mark.parametrize("fault", ["gateway_after:502", "drop_after"])
def test_deactivate_again_after_a_lost_answer_finishes_it_and_says_so(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox, fault: str
) -> None:
    """Issue 19: the retry of a cut-off deactivation finished it, then said "Not
    activated" and exited 6, so `until deactivate; do ...; done` never ended."""
    env = {**cli_env, "ACTIVATION_WIZARD_READ_TIMEOUT": "1"}
    assert activate(env, "key").returncode == ExitCode.OK
    admin(sandbox_process, fault, endpoint="deactivate_license")
    cut = run_cli(env, "deactivate")
    assert cut.returncode == ExitCode.NETWORK, cut.stderr
    assert "may have freed the seat" in cut.stderr
    assert "the deactivation is finished then" in cut.stderr
    assert "another seat" not in cut.stderr  # that sentence is about activating
    assert seats(sandbox_process) == 0  # the server did free it
    again = run_cli(env, "deactivate")
    assert again.returncode == ExitCode.OK, again.stderr
    assert "The interrupted deactivation of ****-****-****-0001 is finished" in again.stderr
    assert "Not activated" not in again.stderr
    assert run_cli(env, "status").returncode == ExitCode.NOT_ACTIVATED


def test_a_second_command_waits_for_the_first_instead_of_settling_it(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox
) -> None:
    """Issue 19: a second process took the first one's request, still on its way, for
    an interrupted one ("has not reached the server so far"), then sent its own."""
    admin(sandbox_process, "latency:2")
    command = [sys.executable, "-m", "activation_wizard", "activate", "--license-key"]
    with subprocess.Popen(
        [*command, "DEMO-OKAY-0000-0001"], env=cli_env, stderr=subprocess.PIPE, text=True
    ) as first:
        time.sleep(0.8)  # the first one's request is on its way
        second = run_cli(cli_env, "activate", "--license-key", "DEMO-OKAY-0000-0002")
        _, said = first.communicate(timeout=30)
    assert first.returncode == ExitCode.OK, said
    assert "waiting for it to finish" in second.stderr
    assert "has not reached the server" not in second.stderr
    assert second.returncode == ExitCode.USAGE and "--replace" in second.stderr
    assert seats(sandbox_process) == 1  # the second one never sent anything
