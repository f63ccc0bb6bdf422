"""Modal questions go through here, so tests can answer them without a human."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Dialogs:
    def confirm(self, parent: QWidget, title: str, text: str, *, yes: str, no: str) -> bool:
        """Ask; the buttons say what they do (``yes``/``no``) and the safe one is the
        default, so Enter never does the destructive thing."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is go

    def save_file(self, parent: QWidget, title: str, name: str, filter_: str) -> str:
        path, _ = QFileDialog.getSaveFileName(parent, title, name, filter_)
        return path

    def open_file(self, parent: QWidget, title: str, filter_: str) -> str:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", filter_)
        return path

    def open_url(self, url: str) -> bool:
        """Open ``url`` in the system browser; False when there is none."""
        return bool(QDesktopServices.openUrl(QUrl(url)))
