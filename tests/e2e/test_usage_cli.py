"""After activation, as a vendor's program and the CLI meet it (issue 20): the
README's vendor program runs against the sandbox with the real keyring, and the
new commands take any input without a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from activation_wizard.cli import ExitCode

from tests.e2e.conftest import ROOT, RunningSandbox, run_cli

pytestmark = pytest.mark.e2e


def test_the_readme_vendor_program_runs_against_the_sandbox(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox, tmp_path: Path
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    program = readme.split("<!-- vendor-program -->")[1].split("```python")[1].split("```")[0]
    config = tmp_path / "activation-wizard.toml"
    config.write_text(f'[product]\ncode = "{cli_env["ACTIVATION_WIZARD_PRODUCT"]}"\n')
    script = tmp_path / "vendor_program.py"
    script.write_text(program.replace("activation-wizard.toml", str(config)))

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(script)], env=cli_env, capture_output=True, text=True, timeout=60
        )

    not_yet = run()
    assert not_yet.returncode == 1 and "Not licensed: " in not_yet.stderr
    assert "activated" in not_yet.stderr.lower() and "Traceback" not in not_yet.stderr
    done = run_cli(cli_env, "activate", "--license-key", "DEMO-FCON-0000-0001")
    assert done.returncode == ExitCode.OK, done.stderr
    credits = run_cli(cli_env, "feature", "check", "credits")
    assert credits.returncode == ExitCode.OK, credits.stderr
    assert credits.stdout.splitlines()[1] == "Used: 0 of 50"
    render = run_cli(cli_env, "feature", "check", "render")
    assert render.stdout.splitlines()[1] == "Floating: 1 of 2 seats in use"
    assert run_cli(cli_env, "feature", "release", "render").returncode == ExitCode.OK
    refused = run_cli(cli_env, "consume", "1", "--feature", "render")
    assert refused.returncode == ExitCode.USAGE and "does not count uses" in refused.stderr
    first = run()
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == ["pro tools on", "used 3 of 50 credits"]
    assert run().stdout.splitlines()[-1] == "used 6 of 50 credits"


def test_the_usage_commands_take_any_input_without_a_traceback(
    secret_service: None, cli_env: dict[str, str]
) -> None:
    assert run_cli(cli_env, "activate", "--license-key", "DEMO-FLOA-0000-0001").returncode == 0
    features = run_cli(cli_env, "features", "--json")
    assert features.returncode == ExitCode.OK and json.loads(features.stdout) == []
    for args, code, words in (
        (["consume", "abc"], ExitCode.USAGE, "'abc' is not a whole number"),
        (["consume", "1_0"], ExitCode.USAGE, "'1_0' is not a whole number"),
        (["consume", "0"], ExitCode.USAGE, "a whole number from 1"),
        (["consume", "99999999999999"], ExitCode.USAGE, "a whole number from 1"),
        (["consume", "1"], ExitCode.REJECTED, "Not a consumption license"),
        (["floating", "borrow", "--hours", "0"], ExitCode.USAGE, "from 1 to"),
        (["floating", "borrow", "--hours", "x"], ExitCode.USAGE, "not a whole number"),
        (["floating", "borrow", "--until", "2001-01-01"], ExitCode.USAGE, "in the past"),
        (["floating", "borrow", "--until", "soon"], ExitCode.USAGE, "not a date"),
        (["floating", "borrow", "--hours", "500"], ExitCode.REJECTED, "cannot be used"),
        (["feature", "check", "nope"], ExitCode.REJECTED, "Unknown feature"),
        (["versions", "--download", "9.9.9"], ExitCode.REJECTED, "No such version"),
    ):
        done = run_cli(cli_env, *args)
        assert (done.returncode, "Traceback" in done.stderr) == (code, False), (args, done.stderr)
        assert words in done.stderr, (args, done.stderr)
    borrowed = run_cli(cli_env, "floating", "borrow", "--hours", "12")
    assert borrowed.returncode == ExitCode.OK, borrowed.stderr
    assert borrowed.stdout.startswith("Borrowed until ")
    status = run_cli(cli_env, "status")
    assert "Floating seats: 3 seats, shared; borrowed by this computer until " in status.stdout
    assert run_cli(cli_env, "floating", "release").returncode == ExitCode.OK
    after = run_cli(cli_env, "status").stdout  # given back, and the license says so
    assert "Floating seats: 3 seats, shared\n" in after and "borrowed" not in after
    versions = json.loads(run_cli(cli_env, "versions", "--json").stdout)
    assert versions and all(isinstance(v, str) for v in versions)
    latest = run_cli(cli_env, "versions", "--download", "--json")
    assert json.loads(latest.stdout)["version"] == versions[-1]


def test_a_program_ended_by_sigterm_gives_its_floating_seat_back(
    secret_service: None, cli_env: dict[str, str], sandbox_process: RunningSandbox, tmp_path: Path
) -> None:
    import signal
    import time

    assert run_cli(cli_env, "activate", "--license-key", "DEMO-FLOA-0000-0001").returncode == 0
    program = tmp_path / "holds_a_seat.py"
    program.write_text(
        "import time\n"
        "from activation_wizard.config import load_config\n"
        "from activation_wizard.core.runtime import open_license\n"
        "with open_license(load_config(None)).floating_seat():\n"
        "    print('holding', flush=True)\n"
        "    time.sleep(60)\n"
    )

    def held() -> int:
        with sandbox_process.db.tx() as db:
            return int(
                db.execute(
                    "SELECT COUNT(*) FROM floating_seats s JOIN licenses l ON l.id = s.license_id"
                    " WHERE l.license_key = 'DEMO-FLOA-0000-0001' AND s.held_until > ?",
                    (time.time(),),
                ).fetchone()[0]
            )

    with subprocess.Popen(
        [sys.executable, str(program)], env=cli_env, stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
        assert held() == 1
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 128 + signal.SIGTERM
    assert held() == 0
