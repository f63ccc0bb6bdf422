"""The whole activation with the keyboard alone (screen-reader and keyboard users)."""

from __future__ import annotations

from dataclasses import replace

from activation_wizard.core.activation import Activator
from activation_wizard.gui.pages import PageId
from activation_wizard.gui.wizard import ActivationWizard
from activation_wizard.sandbox.faults import Faults
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot


def press_enter(qtbot: QtBot, wizard: ActivationWizard) -> None:
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)


def test_activate_with_the_keyboard_only(qtbot: QtBot, wizard: ActivationWizard) -> None:
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    press_enter(qtbot, wizard)
    assert wizard.currentId() == PageId.LICENSE_KEY
    assert QApplication.focusWidget() is wizard.key_page.edit  # type straight away
    qtbot.keyClicks(QApplication.focusWidget(), "demo-okay-0000-0001")
    press_enter(qtbot, wizard)
    assert wizard.currentId() == PageId.DEVICE
    press_enter(qtbot, wizard)  # "Activate"
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=10000)


def test_every_input_and_button_has_an_accessible_name_or_text(
    wizard: ActivationWizard,
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit

    unnamed = []
    for page_id in wizard.pageIds():
        page: QWidget = wizard.page(page_id)
        for widget in page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit):
            if not widget.accessibleName():
                unnamed.append(f"{type(page).__name__}.{widget.objectName()}")
        for button in page.findChildren(QAbstractButton):
            if isinstance(button.parent(), QLineEdit):
                continue  # Qt's own clear button inside a line edit
            if not (button.text() or button.accessibleName()):
                unnamed.append(f"{type(page).__name__}.{button.objectName()}")
    assert unnamed == []


def test_the_key_label_is_the_fields_buddy_with_a_mnemonic(wizard: ActivationWizard) -> None:
    labels = [lb for lb in wizard.key_page.findChildren(QLabel) if lb.buddy() is not None]
    assert [lb.text() for lb in labels] == ["&License key:"]
    assert labels[0].buddy() is wizard.key_page.edit


def test_an_early_return_waits_for_the_choices_and_never_cancels(
    qtbot: QtBot, make_wizard, activator: Activator, faults: Faults
) -> None:  # type: ignore[no-untyped-def]
    """CI found it in the bundle: while the product's ways were fetched, the focus
    sat on Cancel (nothing else could take it), and Return closed the wizard."""
    faults.delay = 1.5
    config = replace(activator.config, authorization_method="")  # ways from the server
    wizard = make_wizard(Activator(config, store=activator.store))
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.wait(300)
    assert not wizard.welcome_page.product_checked
    assert QApplication.focusWidget() is not wizard.button(QWizard.WizardButton.CancelButton)
    press_enter(qtbot, wizard)
    assert wizard.isVisible() and wizard.currentId() == PageId.WELCOME
    qtbot.waitUntil(lambda: wizard.welcome_page.product_checked, timeout=10000)
    assert QApplication.focusWidget() is wizard.welcome_page.radios["license_key"]
    press_enter(qtbot, wizard)
    assert wizard.currentId() == PageId.LICENSE_KEY
