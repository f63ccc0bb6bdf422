"""Small widgets the pages share: an error panel and a details grid."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserMessage, describe


def explain(exc: BaseException) -> UserMessage:
    """``describe`` with the catalogue run through Qt's translator."""
    return describe(exc, translate=lambda text: tr("messages", text))


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def wrapped(text: str = "", *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def link_label(url: str, text: str) -> QLabel:
    """A link that opens in the system browser (keyboard-reachable)."""
    label = QLabel(f'<a href="{html.escape(url, quote=True)}">{html.escape(text)}</a>')
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setAccessibleName(text)
    return label


class Notice(QFrame):
    """A line the user should not miss: the platform's info or warning icon, then text."""

    def __init__(self, warning: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        which = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if warning
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(which).pixmap(24, 24))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = wrapped(selectable=True)
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def set_text(self, text: str) -> None:
        """Show ``text``; an empty text hides the notice."""
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()


class MessagePanel(QFrame):
    """What happened, what to do, the code for support, and a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messagePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = wrapped()
        self.title.setObjectName("messageTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.what = wrapped(selectable=True)
        self.todo = wrapped(selectable=True)
        self.code = wrapped(selectable=True)
        self.code.setObjectName("messageCode")
        self.code.setEnabled(False)  # greyed: for support, not for reading
        self.copy_button = QPushButton(tr("MessagePanel", "&Copy details"))
        self.copy_button.setAccessibleName(tr("MessagePanel", "Copy error details"))
        self.copy_button.setAutoDefault(False)  # Enter keeps meaning the wizard's button
        self.copy_button.clicked.connect(self._on_copy_clicked)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.what)
        layout.addWidget(self.todo)
        layout.addLayout(row)
        self._message: UserMessage | None = None

    def show_message(self, message: UserMessage) -> None:
        self._message = message
        self.title.setText(message.title)
        self.what.setText(message.what)
        self.todo.setText(message.todo)
        self.code.setText(tr("MessagePanel", "Code: {code}").format(code=message.code))
        self.setAccessibleName(message.title)
        self.setAccessibleDescription(f"{message.what} {message.todo}")
        self.show()

    def _on_copy_clicked(self) -> None:
        if self._message is not None:
            QGuiApplication.clipboard().setText(self._message.as_text())


class DetailsGrid(QWidget):
    """Label: value rows, selectable, rebuilt from (label, value) pairs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        for label, value in rows:
            field = wrapped(value, selectable=True)
            field.setAccessibleName(label)
            self.form.addRow(tr("summary", label) + ":", field)

    def value(self, label: str) -> str:
        """The text shown for ``label`` (for tests and accessibility checks)."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item else None
            if isinstance(widget, QLabel) and widget.accessibleName() == label:
                return widget.text()
        raise KeyError(label)
