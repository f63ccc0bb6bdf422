"""Activate without internet in the wizard: the request file out, the sandbox's
offline portal on 'another computer', the license file back in; then the
deactivation file, and the seat freed when it reaches the portal."""

from __future__ import annotations

from pathlib import Path

from activation_wizard.core.activation import Activator
from activation_wizard.gui.pages import PageId
from activation_wizard.gui.pages.offline import OfflinePage
from activation_wizard.gui.wizard import ActivationWizard
from activation_wizard.sandbox.server import Sandbox
from activation_wizard.testing.sandbox import upload_to_portal
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.qt.conftest import ScriptedDialogs, shoot

FINISH = QWizard.WizardButton.FinishButton
KEY = "DEMO-OKAY-0000-0002"


def write_request(
    qtbot: QtBot, wizard: ActivationWizard, dialogs: ScriptedDialogs, path: Path
) -> OfflinePage:
    """Step one as a user does it: Activate without internet, the key, Save request."""
    wizard.welcome_page.offline_button.click()
    page = wizard.offline_page
    page.key.setText(KEY)
    dialogs.save_path = str(path)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.load_button.isVisible(), timeout=10000)
    return page


def test_activate_and_deactivate_by_file(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    activator: Activator,
    sandbox: Sandbox,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    wizard = make_wizard(activator)
    welcome = wizard.welcome_page
    assert welcome.offline_button.isVisible()
    welcome.offline_button.click()
    page = wizard.offline_page
    assert wizard.currentId() == PageId.OFFLINE
    assert not page.load_button.isVisible()  # step 2 comes after step 1
    page.key.setText(KEY.lower())
    shoot(wizard, "20-offline")
    request_file = tmp_path / "activation.req"
    dialogs.save_path = str(request_file)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.load_button.isVisible(), timeout=10000)
    assert request_file.read_text().strip()
    assert activator.config.offline_portal_url in page.steps.text()  # the sandbox's portal
    shoot(wizard, "21-offline-request-saved")

    wizard.close()  # the user goes to the other computer; the wizard may be closed
    again = make_wizard(activator)
    assert "waiting for its license file" in again.welcome_page.note.text()
    assert again.welcome_page.cancel_offline_button.isVisible()
    again.welcome_page.offline_button.click()

    answer = upload_to_portal(sandbox, request_file)
    assert answer.status_code == 200
    assert "activation.lic" in answer.headers["Content-Disposition"]
    license_file = tmp_path / "activation.lic"
    license_file.write_bytes(answer.content)
    dialogs.open_path = str(license_file)
    again.offline_page.load_button.click()
    qtbot.waitUntil(lambda: again.currentId() == PageId.DONE, timeout=10000)
    shoot(again, "22-offline-activated")
    assert activator.load().offline and sandbox.db.seats_used(KEY) == 1
    again.button(FINISH).click()

    status = make_wizard(activator)
    assert status.currentId() == PageId.STATUS
    assert status.status_page.details.value("Activated") == "offline, by file"
    deactivation = tmp_path / "deactivation.req"
    dialogs.save_path = str(deactivation)
    status.status_page.offline_deactivate_button.click()
    qtbot.waitUntil(lambda: status.currentId() == PageId.WELCOME, timeout=10000)
    assert "the seat is freed" in status.welcome_page.note.text()
    assert sandbox.db.seats_used(KEY) == 1  # not until the file reaches the portal
    done = upload_to_portal(sandbox, deactivation)
    assert "seat is free" in done.text
    assert sandbox.db.seats_used(KEY) == 0


def test_a_wrong_file_is_explained_and_nothing_is_kept(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    activator: Activator,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    wizard = make_wizard(activator)
    page = write_request(qtbot, wizard, dialogs, tmp_path / "a.req")
    page.paste.setPlainText("this is not a license file")
    page.paste_button.click()
    qtbot.waitUntil(lambda: page.panel.isVisible(), timeout=10000)
    assert page.panel.title.text() == "That file cannot be read"
    assert wizard.currentId() == PageId.OFFLINE


def test_a_license_file_dropped_onto_the_page(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    activator: Activator,
    sandbox: Sandbox,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    wizard = make_wizard(activator)
    request_file = tmp_path / "activation.req"
    page = write_request(qtbot, wizard, dialogs, request_file)
    license_file = tmp_path / "activation.lic"
    license_file.write_bytes(upload_to_portal(sandbox, request_file).content)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(license_file))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=10000)
    assert activator.load().offline
