from __future__ import annotations

from activation_wizard.core.activation import Identity
from activation_wizard.core.license_key import is_well_formed, key_hint
from activation_wizard.gui.pages import PageId, Session
from activation_wizard.gui.widgets import KeyField, Notice, link_label, wrapped
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWizardPage


class LicenseKeyPage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.pattern = session.config.key_pattern
        self.setTitle(self.tr("Enter your license key"))
        self.setSubTitle(self.tr("You find it in your purchase confirmation e-mail."))
        self.edit = KeyField(self.pattern)
        self.edit.setObjectName("licenseKeyEdit")
        self.edit.setAccessibleName(self.tr("License key"))
        self.edit.setAccessibleDescription(
            self.tr("Paste or type the key; spaces and letter case do not matter.")
        )
        self.edit.setClearButtonEnabled(True)
        for button in self.edit.findChildren(QToolButton):  # Qt's clear button has no name
            button.setAccessibleName(self.tr("Clear the key"))
            button.setToolTip(self.tr("Clear the key"))
        font = self.edit.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.edit.setFont(font)
        label = QLabel(self.tr("&License key:"))
        label.setBuddy(self.edit)
        self.hint = wrapped()
        self.hint.setObjectName("keyHint")
        self.note = Notice()
        self.note.setObjectName("keyNote")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        support = session.config.support_url
        if support:
            help_link = link_label(support, self.tr("Can't find your license key?"))
            help_link.setObjectName("supportLink")
            layout.addWidget(help_link)
        self.registerField("license_key.key*", self.edit)
        self.edit.textChanged.connect(self._on_edit_text_changed)

    def initializePage(self) -> None:
        self.session.activator.prewarm()  # a request is likely next: connect now
        identity = self.session.identity
        if identity is not None and identity.kind == "license_key" and not self.edit.text():
            self.edit.setText(identity.value)  # e.g. activating again after a removal
        self.focus_input()

    def focus_input(self) -> None:
        """Focus the key, selected: typing or pasting replaces it at once."""
        self.edit.setFocus()
        self.edit.selectAll()

    @property
    def key(self) -> str:
        return self.edit.key

    @Slot(str)
    def _on_edit_text_changed(self, text: str) -> None:
        if text != self.edit.key:
            return  # the field cleans it first; the clean text comes next
        self._update_hint()
        self.completeChanged.emit()

    def _update_hint(self) -> None:
        self.hint.setText(key_hint(self.key, self.pattern))

    def isComplete(self) -> bool:
        return is_well_formed(self.key, self.pattern)

    def validatePage(self) -> bool:
        self.session.identity = Identity("license_key", self.key)
        return True

    def nextId(self) -> int:
        return int(PageId.DEVICE)
