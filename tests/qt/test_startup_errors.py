"""Errors before the wizard opens reach a person even without a console."""

from __future__ import annotations

import pytest
from activation_wizard import cli
from activation_wizard.gui import app as gui_app
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
