"""The air-gapped flow as a customer walks it: the CLI writes the request on the
offline machine, headless Chromium uploads it on the sandbox's offline portal and
downloads the license file, the CLI loads it; then the same for deactivation."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from activation_wizard.cli import ExitCode
from activation_wizard.testing.chromium import Chromium, upload_on_portal

from tests.e2e.conftest import RunningSandbox, run_cli

KEY = "DEMO-OKAY-0000-0002"


def test_activate_and_deactivate_through_the_portal_in_a_browser(
    secret_service: None,
    cli_env: dict[str, str],
    sandbox_process: RunningSandbox,
    chromium: Chromium,
    tmp_path: Path,
) -> None:
    portal = str(sandbox_process.info["api_url"]).rsplit("/api/", 1)[0] + "/offline"
    request = tmp_path / "activation.req"
    made = run_cli(cli_env, "offline", "request", "--license-key", KEY, "--out", str(request))
    assert made.returncode == ExitCode.OK, made.stderr
    assert "offline activate FILE" in made.stdout
    assert "waiting" in run_cli(cli_env, "offline", "status").stdout

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    upload_on_portal(chromium, portal, str(request), str(downloads))
    license_file = downloads / "activation.lic"
    deadline = time.monotonic() + 15
    while not license_file.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert license_file.exists(), list(downloads.iterdir())

    loaded = run_cli(cli_env, "offline", "activate", str(license_file))
    assert loaded.returncode == ExitCode.OK, loaded.stderr
    assert sandbox_process.db.seats_used(KEY) == 1
    replay = run_cli(cli_env, "offline", "activate", str(license_file))
    assert replay.returncode != ExitCode.OK  # the request it answered is used up
    assert "Traceback" not in replay.stderr

    deactivation = tmp_path / "deactivation.req"
    gone = run_cli(cli_env, "offline", "deactivate", "--out", str(deactivation))
    assert gone.returncode == ExitCode.OK, gone.stderr
    assert run_cli(cli_env, "status").returncode == ExitCode.NOT_ACTIVATED
    page = upload_on_portal(chromium, portal, str(deactivation), str(downloads))
    assert "seat is free" in page
    assert sandbox_process.db.seats_used(KEY) == 0


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("", "empty"),
        ("not base64!", "not base64"),
        ("eyJ0cnVuY2F0ZWQ", "cut short"),
    ],
)
def test_wrong_license_files_are_explained(
    cli_env: dict[str, str], tmp_path: Path, content: str, says: str
) -> None:
    bad = tmp_path / "bad.lic"
    bad.write_text(content)
    done = run_cli(cli_env, "offline", "activate", str(bad))
    assert done.returncode == ExitCode.USAGE, done.stderr
    assert says in done.stderr and "Traceback" not in done.stderr
