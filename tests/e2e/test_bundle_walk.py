"""Both vendor builds (`bash packaging/dev bundle` and `--onefile`, the latter branded)
walk a whole activation in a real X11 window, driven by keyboard through xdotool,
against the sandbox, with the real Secret Service keyring."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT, RunningSandbox, run_cli

pytestmark = [pytest.mark.e2e, pytest.mark.bundle]

KEY = "DEMO-OKAY-0000-0001"


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private Xvfb screen (no window manager: focus is given by xdotool)."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        if os.environ.get("ACTIVATION_WIZARD_REQUIRE_KEYRING") == "1":
            pytest.fail("Xvfb or xdotool is missing: packaging/dev installs them")
        pytest.skip("needs Xvfb and xdotool")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


class Walk:
    """A user at the keyboard, who reads the page before pressing a key (the
    wizard's support log says which page is shown)."""

    def __init__(self, program: Path, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.proc = subprocess.Popen([str(program)], env=env, stderr=subprocess.PIPE, text=True)

    def sees(self, line: str, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.log.is_file() and line in self.log.read_text(encoding="utf-8"):
                return
            assert self.proc.poll() is None, self.proc.communicate()[1]
            time.sleep(0.1)
        raise AssertionError(f"never saw {line!r}:\n{self.log.read_text(encoding='utf-8')}")

    def finish(self) -> tuple[int, str]:
        _, err = self.proc.communicate(timeout=30)
        return self.proc.returncode, err

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.communicate(timeout=30)

    def focus(self) -> str:
        """Give the wizard's window the keyboard; its title."""
        # By title: a one-file build's window belongs to a child of the started process.
        window = self.xdotool("search", "--sync", "--onlyvisible", "--name", "activation")
        self.xdotool("windowfocus", "--sync", window.split()[0])
        return self.xdotool("getwindowname", window.split()[0]).strip()

    def press(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "50", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "30", text)


@pytest.mark.parametrize("build", ["one folder", "one file, branded"])
def test_a_whole_activation_by_keyboard_in_each_build(
    request: pytest.FixtureRequest,
    secret_service: None,
    display: str,
    cli_env: dict[str, str],
    sandbox_process: RunningSandbox,
    tmp_path: Path,
    build: str,
) -> None:
    if build == "one folder":
        folder: Path = request.getfixturevalue("bundle")
        program, cli = folder.parent / "activation-wizard-gui", folder
    else:
        program = cli = request.getfixturevalue("onefile_bundle")
    state = tmp_path / "state"
    env = {**cli_env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display, "XDG_STATE_HOME": str(state)}
    walk = Walk(program, env, state / "activation-wizard" / "log" / "wizard.log")
    try:
        walk.sees("ready: not activated")
        walk.sees("choices: ")  # the product's ways, from the server
        title = walk.focus()
        if "branded" in build:  # the vendor's [brand] window_title, embedded at build time
            assert title == "Northwind Studio: activation"
        walk.press("Return")  # Continue: with a license key
        walk.sees("page: license_key")
        walk.type(KEY)
        walk.press("Return")
        walk.sees("page: device")  # what will be sent
        walk.press("Return")  # Activate
        walk.sees("page: done")
        walk.press("Return")  # Finish
        code, err = walk.finish()
        assert code == 0, err  # activated
    finally:
        walk.close()

    if "branded" in build:  # the vendor's icon.png won over the wizard's own
        from PyInstaller.archive.readers import CArchiveReader

        bundled = CArchiveReader(str(program)).extract("resources/icon.png")
        assert bundled == (ROOT / "tests" / "fixtures" / "brand" / "banner.png").read_bytes()

    status = run_cli(cli_env, "status", "--json", exe=[str(cli)])
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["activated"] is True  # in the real keyring
    assert run_cli(cli_env, "deactivate", exe=[str(cli)]).returncode == 0
