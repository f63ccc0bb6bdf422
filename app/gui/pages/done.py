from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from activation_wizard.core.summary import floating_note, license_rows
from activation_wizard.errors import StorageError
from activation_wizard.gui.pages import Session
from activation_wizard.gui.pages.password import PasswordForm
from activation_wizard.gui.widgets import DetailsGrid, MessagePanel, Notice, explain
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWizardPage


class DonePage(QWizardPage):
    """The license details; and, if saving failed after the yes, a way not to lose it."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setTitle(self.tr("Activated"))
        self.setFinalPage(True)
        self.note = Notice()
        self.note.setObjectName("doneNote")
        self.details = DetailsGrid()
        self.details.setObjectName("licenseDetails")
        self.save_panel = MessagePanel()
        self.save_panel.hide()
        self.retry_save_button = QPushButton(self.tr("&Retry saving"))
        self.retry_save_button.clicked.connect(self._on_retry_save_clicked)
        self.export_button = QPushButton(self.tr("&Save activation to a file…"))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.save_row = QHBoxLayout()
        self.save_row.addStretch(1)
        self.save_row.addWidget(self.retry_save_button)
        self.save_row.addWidget(self.export_button)
        # A trial account just made still has the password it was given: the user may
        # choose their own here (shown for a new account only).
        self.password_form = PasswordForm(session, self._new_account)
        self.password_form.setObjectName("trialPasswordForm")
        self.password_form.changed.connect(self._on_password_changed)
        self.password_form.busy_changed.connect(self.completeChanged)
        self.password_form.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.password_form)
        layout.addWidget(self.details)
        layout.addWidget(self.save_panel)
        layout.addLayout(self.save_row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.session.result
        assert result is not None
        name = self.session.product_name
        self.setSubTitle(self.tr("{name} is activated on this device.").format(name=name))
        self.details.set_rows(license_rows(result.license.info, bundle=result.license.bundle))
        if result.recovered:
            self.note.set_text(
                self.tr(
                    "This device was already activated on this license; no extra seat was used."
                )
            )
        elif result.new_account is not None:  # shown once: its owner needs it elsewhere
            self.note.set_text(
                self.tr(
                    "Your trial account is {email}, with the password {password}. Note it "
                    "down, or choose your own below: you sign in with it on another "
                    "computer, or to start this trial here again."
                ).format(email=result.new_account.email, password=result.new_account.password)
            )
        else:
            self.note.set_text(floating_note(result.license.info))
        self.password_form.setVisible(result.new_account is not None)
        self._show_save_state()

    def _new_account(self) -> tuple[str, str]:
        result = self.session.result
        assert result is not None and result.new_account is not None
        return result.new_account.email, result.new_account.password

    @Slot(str)
    def _on_password_changed(self, new: str) -> None:
        result = self.session.result
        assert result is not None and result.new_account is not None
        account = replace(result.new_account, password=new)
        self.session.result = replace(result, new_account=account)
        self.note.set_text(
            self.tr(
                "Your trial account is {email}, with the password you chose. You sign in "
                "with it on another computer, or to start this trial here again."
            ).format(email=account.email)
        )

    def cleanupPage(self) -> None:
        self.password_form.cancel()

    def isComplete(self) -> bool:
        return self.password_form.task is None  # Finish waits for a password change

    def _show_save_state(self) -> None:
        result = self.session.result
        failed = result is not None and result.save_error is not None
        for widget in (self.retry_save_button, self.export_button):
            widget.setVisible(failed)
        if failed and result is not None and result.save_error is not None:
            problem = explain(result.save_error)
            self.save_panel.show_message(problem)
            self.save_panel.title.setText(self.tr("Activated, but not saved on this computer"))
            self.save_panel.what.setText(
                self.tr(
                    "The license server accepted the activation, but saving it on this "
                    "computer failed: {what}"
                ).format(what=problem.what)
            )
            self.save_panel.todo.setText(
                self.tr(
                    "{fix} Then press Retry saving, or save it to a file now and import it "
                    "later. It stays in this window until you close it."
                ).format(fix=problem.todo)
            )
        else:
            self.save_panel.hide()

    def validatePage(self) -> bool:
        """Finish: never drop an unsaved activation, nor a new password typed but not
        applied, without asking."""
        if self.password_form.isVisible() and self.password_form.typed:
            self.password_form.hint.setText(
                self.tr(
                    "Press Change password to use the new password, or clear both fields "
                    "to keep the one you were given."
                )
            )
            self.password_form.change_button.setFocus()
            return False
        result = self.session.result
        if result is None or result.save_error is None:
            return True
        return self.session.dialogs.confirm(
            self,
            self.tr("Close without saving?"),
            self.tr(
                "This activation is not saved on this computer; closing forgets it here. "
                "Activating this device again later will not use another seat."
            ),
            yes=self.tr("&Close without saving"),
            no=self.tr("&Stay and save"),
        )

    @Slot()
    def _on_retry_save_clicked(self) -> None:
        result = self.session.result
        assert result is not None
        try:
            self.session.result = self.session.activator.retry_save(result)
        except StorageError as exc:
            self.session.result = replace(result, save_error=exc)
        self._show_save_state()

    @Slot()
    def _on_export_clicked(self) -> None:
        result = self.session.result
        assert result is not None
        path = self.session.dialogs.save_file(
            self,
            self.tr("Save activation"),
            "activation-recovery.json",
            self.tr("Activation recovery file (*.json)"),
        )
        if path:
            self.session.activator.export(result, Path(path))
            self.note.set_text(
                self.tr(
                    "Saved to {path}. Keep it private: it contains your license key. Import it "
                    "later with: activation-wizard import {path}"
                ).format(path=path)
            )

    def nextId(self) -> int:
        return -1  # the last page, whatever ids come after it
