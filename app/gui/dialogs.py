"""Modal questions go through here, so tests can answer them without a human.

Each method imports its Qt classes: PySide6 builds a class (and its Python enums) on
first import, about 3 ms for these before the first frame otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


class Dialogs:
    def confirm(
        self,
        parent: QWidget,
        title: str,
        text: str,
        *,
        yes: str,
        no: str,
        until: Sequence[SignalInstance] = (),
    ) -> bool:
        """Ask; the buttons say what they do (``yes``/``no``) and the safe one is the
        default, so Enter never does the destructive thing.  Any of ``until`` firing
        while it asks closes it as the safe answer: the question is over (the work it
        asks about has ended meanwhile)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        for signal in until:
            signal.connect(box.reject)
        try:
            box.exec()
        finally:
            for signal in until:
                signal.disconnect(box.reject)
        return box.clickedButton() is go

    def save_file(self, parent: QWidget, title: str, name: str, filter_: str) -> str:
        """A place to save ``name``: the user's Desktop (or Documents) unless ``name``
        says where; never the program's working folder, which users cannot find."""
        from PySide6.QtWidgets import QFileDialog

        start = name if Path(name).is_absolute() else str(Path(user_folder()) / name)
        path, _ = QFileDialog.getSaveFileName(parent, title, start, filter_)
        return path

    def open_file(self, parent: QWidget, title: str, filter_: str, start: str = "") -> str:
        """A file to open, starting in ``start`` (where its request was saved, say),
        else the user's Desktop (or Documents)."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(parent, title, start or user_folder(), filter_)
        return path

    def ask_hours(
        self, parent: QWidget, title: str, text: str, *, most: int, start: int
    ) -> int | None:
        """A number of hours from 1 to ``most`` (None: cancelled).  Its own small
        dialog: QInputDialog does not wrap its text, and a long one pushed Cancel off
        the screen at 1.5x."""
        from activation_wizard.i18n import translate
        from PySide6.QtWidgets import (
            QDialog,
            QDialogButtonBox,
            QLabel,
            QSpinBox,
            QVBoxLayout,
        )

        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        label = QLabel(text)
        label.setWordWrap(True)
        # About 50 characters a line: a wrapped label alone would make a tall, narrow box.
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 50)
        hours = QSpinBox()
        hours.setRange(1, most)
        hours.setValue(min(start, most))
        hours.setSuffix(translate("dialogs", " hours"))
        hours.setAccessibleName(title)
        label.setBuddy(hours)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(label)
        layout.addWidget(hours)
        layout.addWidget(buttons)
        return hours.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def open_url(self, url: str) -> bool:
        """Open ``url`` in the system browser; False when there is none."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return bool(QDesktopServices.openUrl(QUrl(url)))


def user_folder() -> str:
    """Where people keep the files they carry around: the Desktop, else Documents,
    else home."""
    from PySide6.QtCore import QStandardPaths

    where = QStandardPaths.StandardLocation
    for place in (where.DesktopLocation, where.DocumentsLocation, where.HomeLocation):
        folder = QStandardPaths.writableLocation(place)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())
