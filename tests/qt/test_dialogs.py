"""The real confirm dialog (tests elsewhere answer through ScriptedDialogs): verbs
on its buttons, and Enter or Esc never does the destructive thing."""

from __future__ import annotations

import pytest
from activation_wizard.gui.dialogs import Dialogs
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_enter_and_escape_keep_the_safe_choice(qtbot: QtBot, key: Qt.Key) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[list[str]] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()] + [box.defaultButton().text()])
        qtbot.keyClick(box, key)

    QTimer.singleShot(50, press)
    answer = Dialogs().confirm(
        parent, "Deactivate?", "Free this device's seat?", yes="&Deactivate", no="&Keep activation"
    )
    assert answer is False
    assert seen == [["&Deactivate", "&Keep activation", "&Keep activation"]]


def test_the_verb_does_it(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def click_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "&Deactivate").click()

    QTimer.singleShot(50, click_yes)
    assert Dialogs().confirm(parent, "Deactivate?", "…", yes="&Deactivate", no="&Keep") is True
