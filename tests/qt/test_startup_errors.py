"""Errors before the wizard opens reach a person even without a console."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from activation_wizard import cli
from activation_wizard.gui import app as gui_app
from activation_wizard.sandbox.server import Sandbox
from PySide6.QtWidgets import QMessageBox


def test_a_config_error_in_wizard_mode_is_shown_in_a_dialog(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(gui_app, "has_screen", lambda: True)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    code = cli.main(["--product", "acme"])  # no keys configured
    assert code == cli.ExitCode.USAGE
    assert len(shown) == 1 and "api.api_key" in shown[0]
    assert "api.api_key" in capsys.readouterr().err  # and on the console, for scripts


def test_no_dialog_for_sub_commands_or_without_a_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(gui_app, "has_screen", lambda: True)
    cli.main(["--product", "acme", "status"])
    monkeypatch.setattr(gui_app, "has_screen", lambda: False)
    cli.main(["--product", "acme"])
    assert shown == []


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
        ({"DISPLAY": ":0"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({}, False),
    ],
)
def test_has_screen_on_linux(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: bool
) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(gui_app.sys, "platform", "linux")
    assert gui_app.has_screen() is expected


def test_an_unexpected_error_without_a_screen_ends_the_process(tmp_path: Path) -> None:
    """Its dialog, offscreen (a CI job, a bench), had nobody to close it: the
    process waited forever.  Now the error is said on stderr and the process ends."""
    script = (
        "import sys; from activation_wizard.gui.pages import airgap\n"
        "def broken(self, session): raise RuntimeError('a bug in a page')\n"
        "airgap.AirGapPage.__init__ = broken\n"
        "from activation_wizard.cli import main; sys.exit(main(sys.argv[1:]))\n"
    )
    with Sandbox(tmp_path / "sandbox.sqlite3", tls=True) as sandbox:
        keys = ("api_url", "product", "api_key", "shared_key", "public_key", "ca_file")
        flags = [f"--{k.replace('_', '-')}={sandbox.info.config_flags()[k]}" for k in keys]
        done = subprocess.run(
            [sys.executable, "-c", script, *flags, "--exit-after-first-frame"],
            env={
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "ACTIVATION_WIZARD_DATA_DIR": str(tmp_path / "data"),
            },
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode != 0
    assert "unexpected error" in done.stderr and "a bug in a page" in done.stderr
