"""Activate (or deactivate) by codes read out: for a computer with no network and
no way to carry a file (license-api.md 7.1a).

The user types the license key and the initialization code the vendor's portal shows
on another device; this page shows the hardware id and the activation code, in groups
to read aloud; the portal's confirmation code typed back activates, checked with the
vendor's air-gap key. Deactivation shows the code that frees the seat."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from activation_wizard.core.cancel import CancelToken
from activation_wizard.gui.pages import PageId, Session
from activation_wizard.gui.widgets import (
    KeyField,
    MessagePanel,
    Notice,
    ensure_visible,
    explain,
    read_only_line,
    wrapped,
)
from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

if TYPE_CHECKING:  # (the use cases load after the first frame; this page is in it)
    from activation_wizard.core.activation import ActivationResult


class AirGapPage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        config = session.config
        self.note = Notice()
        self.note.setObjectName("airgapNote")
        self.key = KeyField(config.key_pattern)
        self.key.setObjectName("airgapKeyEdit")
        self.key.setAccessibleName(self.tr("License key"))
        self.init = QLineEdit()
        self.init.setObjectName("airgapInitEdit")
        self.init.setAccessibleName(self.tr("Initialization code"))
        self.policy_button = QPushButton(self.tr("Choose &policy file…"))
        self.policy_button.setObjectName("airgapPolicyButton")
        self.policy_button.clicked.connect(self._on_policy_clicked)
        self.policy_label = read_only_line("")  # a long path scrolls, never clipped
        self.policy_label.setObjectName("airgapPolicy")
        self.policy_label.setAccessibleName(self.tr("Policy file"))
        self.policy: Path | None = config.airgap_policy_file
        self.form = QFormLayout()
        self.form.addRow(self.tr("&License key:"), self.key)
        self.form.addRow(self.tr("&Initialization code:"), self.init)
        policy_row = QHBoxLayout()
        policy_row.addWidget(self.policy_label, 1)
        policy_row.addWidget(self.policy_button)
        self.form.addRow(self.tr("Policy file:"), policy_row)
        self.code_button = QPushButton(self.tr("1. &Show the code to read out"))
        self.code_button.setObjectName("airgapCodeButton")
        self.code_button.clicked.connect(self._on_code_clicked)
        self.code = wrapped(selectable=True)  # it and confirm: a fixed font, once shown
        self.code.setObjectName("airgapCode")
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("airgapCopyButton")
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("airgapConfirmEdit")
        self.confirm.setAccessibleName(self.tr("Confirmation code"))
        self.confirm.setPlaceholderText(self.tr("the confirmation code the portal gives"))
        self.activate_button = QPushButton(self.tr("2. &Activate"))
        self.activate_button.setObjectName("airgapActivateButton")
        self.activate_button.clicked.connect(self._on_activate_clicked)
        self.panel = MessagePanel()
        self.panel.hide()
        first = QHBoxLayout()
        first.addWidget(self.code_button)
        first.addStretch(1)
        first.addWidget(self.copy_button)
        second = QHBoxLayout()
        second.addWidget(self.confirm, 1)
        second.addWidget(self.activate_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addLayout(first)
        layout.addWidget(self.code)
        layout.addLayout(second)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        self.shown_code = ""
        self._done = False
        for edit in (self.key, self.init, self.confirm):
            edit.textChanged.connect(self._on_input_changed)

    @property
    def deactivating(self) -> bool:
        return self.session.airgap == "deactivate"

    def initializePage(self) -> None:
        from PySide6.QtGui import QFontDatabase  # (not before the first frame: 3 ms)

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.code.setFont(mono)
        self.confirm.setFont(mono)
        self._done = False
        self.shown_code = ""
        self.code.clear()
        self.panel.hide()
        self.confirm.clear()
        identity = self.session.identity
        if identity is not None and identity.kind == "license_key" and not self.key.text():
            self.key.setText(identity.value)
        if self.deactivating and self.session.stored is not None:
            self.key.setText(self.session.stored.identity)
        self.key.setReadOnly(self.deactivating)
        self.setTitle(
            self.tr("Deactivate with codes read out")
            if self.deactivating
            else self.tr("Activate with codes read out")
        )
        self.setSubTitle(self.tr("For a computer with no network and no way to carry a file."))
        self.note.set_text(
            self.tr(
                "Open the vendor's portal on another device, enter this license key there, "
                "and type the initialization code it shows."
            )
        )
        for widget in (self.confirm, self.activate_button):
            widget.setVisible(not self.deactivating)
        self.form.setRowVisible(2, not self.deactivating)  # first: it shows each widget of the row
        self.policy_button.setVisible(not self.deactivating and self.policy is None)
        self.policy_label.setText(
            str(self.policy) if self.policy else self.tr("the file that came with the program")
        )
        self.code_button.setText(
            self.tr("&Show the deactivation code")
            if self.deactivating
            else self.tr("1. &Show the code to read out")
        )
        first = self.init if self.key.text() else self.key  # the first field to type in
        QTimer.singleShot(0, first, first.setFocus)  # once shown: the wizard focuses its own pick
        self._on_input_changed()

    def _on_input_changed(self) -> None:
        ready = bool(self.key.key and self.init.text().strip())
        self.code_button.setEnabled(ready and not self._done)
        self.copy_button.setVisible(bool(self.shown_code))
        self.activate_button.setEnabled(
            bool(self.shown_code and self.confirm.text().strip() and self.policy)
        )

    @Slot()
    def _on_policy_clicked(self) -> None:
        path = self.session.dialogs.open_file(
            self, self.tr("Policy file"), self.tr("Policy file (*.lic);;All files (*)")
        )
        if path:
            self.policy = Path(path)
            self.policy_label.setText(path)
            self._on_input_changed()

    @Slot()
    def _on_code_clicked(self) -> None:
        activator = self.session.activator
        key, init = self.key.key, self.init.text()
        self.panel.hide()
        if self.deactivating:
            work = lambda token: activator.airgap_deactivate(init)  # noqa: E731
        else:
            work = lambda token: activator.airgap_code(key, init)  # noqa: E731
        self.session.runner.start(work, self._on_code, self._on_failed)

    @Slot(object)
    def _on_code(self, code: str) -> None:
        from activation_wizard.core import airgap  # (loaded by the worker that made it)

        checks = self.session.config.airgap_check_characters
        self.shown_code = airgap.shown(code, checks=checks)
        hardware_id = self.session.activator.device.hardware_id
        self.code.setText(
            self.tr("Hardware ID: {hardware_id}\nCode: {code}").format(
                hardware_id=hardware_id, code=self.shown_code
            )
        )
        if self.deactivating:
            self._done = True
            self.session.stored = None
            self.note.set_text(
                self.tr(
                    "The activation was removed from this computer. Read the hardware ID and "
                    "this code to the portal: it frees the seat."
                )
            )
            self.completeChanged.emit()
        else:
            self.note.set_text(
                self.tr(
                    "Read the hardware ID and the code to the portal, then type the "
                    "confirmation code it gives below."
                )
            )
            self.confirm.setFocus()
        self._on_input_changed()

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.shown_code)

    @Slot()
    def _on_activate_clicked(self) -> None:
        activator = self.session.activator
        key, policy, typed = self.key.key, self.policy, self.confirm.text()
        self.panel.hide()
        assert policy is not None

        def work(token: CancelToken) -> ActivationResult:
            return activator.airgap_activate(key, policy, typed)

        self.session.runner.start(work, self._on_activated, self._on_failed)

    @Slot(object)
    def _on_activated(self, result: ActivationResult) -> None:
        self.session.result = result
        self._done = True
        self.completeChanged.emit()
        self.wizard().next()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.panel.show_message(explain(exc))
        self._on_input_changed()
        self.panel.setFocus()
        ensure_visible(self.panel)

    def cleanupPage(self) -> None:
        self.session.airgap = ""

    def isComplete(self) -> bool:
        return self._done

    def isFinalPage(self) -> bool:
        return self.deactivating

    def nextId(self) -> int:
        return -1 if self.deactivating else int(PageId.DONE)
