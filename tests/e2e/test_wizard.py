"""The wizard with the real Secret Service: activate, restart, status, deactivate."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from activation_wizard.config import Config
from activation_wizard.core.activation import Activator
from activation_wizard.gui.pages import PageId
from activation_wizard.sandbox.server import Sandbox
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.e2e.conftest import run_cli
from tests.qt.conftest import click, shoot

pytestmark = pytest.mark.e2e
NEXT = QWizard.WizardButton.NextButton
KEY = "DEMO-OKAY-0000-0001"


def test_activate_restart_status_deactivate(
    secret_service: None,
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    config: Config,
    sandbox: Sandbox,
    dialogs,
) -> None:
    first = make_wizard(Activator(config))  # the default keyring: the real Secret Service
    click(qtbot, first, NEXT)
    first.key_page.edit.setText(KEY)
    click(qtbot, first, NEXT)
    click(qtbot, first, NEXT)
    qtbot.waitUntil(lambda: first.currentId() == PageId.DONE, timeout=15000)
    first.close()
    assert keyring.get_password(config.keyring_service, "activation") is not None

    # "Restart the app": a new wizard, a new Activator, reading only what was stored.
    again = make_wizard(Activator(config))
    assert again.currentId() == PageId.STATUS
    shoot(again, "06-status")
    page = again.status_page
    assert page.details.value("License key") == "****-****-****-0001"
    assert page.details.value("Devices activated") == "1 of 5"
    assert page.details.value("Stored in") == "Secret Service keyring"
    assert page.details.value("Folder").startswith("/")

    page.check_button.click()
    qtbot.waitUntil(lambda: "confirmed" in page.status.text(), timeout=15000)

    dialogs.confirm_answer = True
    page.deactivate_button.click()
    qtbot.waitUntil(lambda: again.currentId() == PageId.WELCOME, timeout=15000)
    shoot(again, "07-after-deactivate")
    assert "seat is free" in again.welcome_page.note.text()
    assert keyring.get_password(config.keyring_service, "activation") is None
    assert not Activator(config).store.path.exists()
    assert sandbox.db.seats_used(KEY) == 0


def test_declining_the_confirmation_keeps_the_activation(
    secret_service: None,
    qtbot: QtBot,
    make_wizard,
    config: Config,
    sandbox: Sandbox,
    dialogs,  # type: ignore[no-untyped-def]
) -> None:
    from activation_wizard.core.activation import Identity

    Activator(config).activate(Identity("license_key", KEY))
    wizard = make_wizard(Activator(config))
    dialogs.confirm_answer = False
    wizard.status_page.deactivate_button.click()
    assert dialogs.asked == ["Deactivate this device?"]
    assert wizard.currentId() == PageId.STATUS
    assert sandbox.db.seats_used(KEY) == 1
    Activator(config).deactivate()  # leave the real keyring clean


def test_an_invalid_saved_activation_explains_itself_on_the_welcome_page(
    secret_service: None,
    qtbot: QtBot,
    make_wizard,
    config: Config,
    sandbox: Sandbox,  # type: ignore[no-untyped-def]
) -> None:
    from activation_wizard.core.activation import Identity

    activator = Activator(config)
    activator.activate(Identity("license_key", KEY))
    blob = bytearray(activator.store.path.read_bytes())
    blob[-1] ^= 1
    activator.store.path.write_bytes(bytes(blob))
    wizard = make_wizard(Activator(config))
    assert wizard.currentId() == PageId.WELCOME
    assert "damaged" in wizard.welcome_page.note.text()
    # The page settles (its product question answered) before the window goes.
    qtbot.waitUntil(lambda: wizard.welcome_page.product_checked, timeout=10000)
    activator.store.delete()


def test_readme_command_one_headless_demo_activates(secret_service: None, tmp_path: Path) -> None:
    """What `bash packaging/dev wizard` runs without a display."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    shot = tmp_path / "wizard.png"
    done = run_cli(env, "--sandbox", "--demo-key", KEY, "--screenshot", str(shot))
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 1000
    status = run_cli(env, "--sandbox", "status")
    assert status.returncode == 0, status.stderr
    assert "Devices activated: 1 of 5" in status.stdout
    gone = run_cli(env, "--sandbox", "deactivate")
    assert gone.returncode == 0, gone.stderr


def test_the_wizard_exit_status_says_how_it_ended(secret_service: None, tmp_path: Path) -> None:
    """An installer or a vendor's launcher tells success from failure by the code."""
    from activation_wizard.cli import ExitCode

    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    refused = run_cli(env, "--sandbox", "--demo-key", "DEMO-NONE-0000-0404")
    assert refused.returncode == ExitCode.REJECTED, refused.stderr
    left = run_cli(env, "--sandbox", "--quit-after", "300")  # closed on the welcome page
    assert left.returncode == ExitCode.CANCELLED, left.stderr
