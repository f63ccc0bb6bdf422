"""An account still on the password it was given: offer (or, if the vendor says so,
require) a password of the user's own, before activating (``PasswordPage``) or, for
a trial account just made, on the last page (``PasswordForm`` there too)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from activation_wizard.core.account import MIN_PASSWORD_LENGTH as MIN_LENGTH
from activation_wizard.core.cancel import CancelToken
from activation_wizard.gui.pages import PageId, Session
from activation_wizard.gui.pages.credentials import PasswordField
from activation_wizard.gui.widgets import MessagePanel, Notice, explain, wrapped
from activation_wizard.gui.workers import Task
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)


class PasswordForm(QWidget):
    """New password, repeated, and *Change password*: the change runs on a worker.
    ``account()`` names the account and its current password at the time of asking."""

    changed = Signal(str)  # the new password
    busy_changed = Signal()

    def __init__(self, session: Session, account: Callable[[], tuple[str, str]]) -> None:
        super().__init__()
        self.session = session
        self._account = account
        self.new = PasswordField(self.tr("New password"), self.tr("S&how passwords"))
        self.new.setObjectName("newPasswordEdit")
        self.again = PasswordField(self.tr("New password again"), "")
        self.again.setObjectName("repeatPasswordEdit")
        self.new.show_box.toggled.connect(self.again._on_show_toggled)
        form = QFormLayout()
        form.addRow(self.tr("Ne&w password:"), self.new)
        form.addRow(self.tr("&Repeat it:"), self.again)
        form.addRow("", self.new.show_box)
        self.hint = wrapped()
        self.hint.setObjectName("passwordHint")
        self.done_note = Notice()
        self.done_note.setObjectName("passwordChanged")
        self.panel = MessagePanel()
        self.panel.hide()
        self.change_button = QPushButton(self.tr("&Change password"))
        self.change_button.setObjectName("changePasswordButton")
        self.change_button.setEnabled(False)
        self.change_button.clicked.connect(self._on_change_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.new.caps_notice)
        layout.addLayout(row)
        layout.addWidget(self.done_note)
        layout.addWidget(self.panel)
        self.new.textChanged.connect(self._on_text_changed)
        self.again.textChanged.connect(self._on_text_changed)
        self.task: Task | None = None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None

    @property
    def typed(self) -> bool:
        return bool(self.new.text() or self.again.text())

    def _problem(self) -> str:
        new, again = self.new.text(), self.again.text()
        if not new:
            return ""
        if len(new) < MIN_LENGTH:
            return self.tr("Use at least {n} characters.").format(n=MIN_LENGTH)
        if new == self._account()[1]:
            return self.tr("Choose a password different from the one you were given.")
        if again and again != new:
            return self.tr("The two passwords are not the same.")
        return ""

    @Slot()
    def _on_text_changed(self) -> None:
        problem = self._problem()
        self.hint.setText(problem)
        ready = bool(self.new.text()) and self.new.text() == self.again.text() and not problem
        self.change_button.setEnabled(ready and self.task is None)

    @Slot()
    def _on_change_clicked(self) -> None:
        activator, new = self.session.activator, self.new.text()
        username, old = self._account()
        self.panel.hide()
        self.change_button.setEnabled(False)
        self.hint.setText(self.tr("Changing the password…"))

        def work(token: CancelToken) -> str:
            activator.change_password(username, old, new, token)
            return new

        self.task = self.session.runner.start(work, self._on_task_succeeded, self._on_task_failed)
        self.busy_changed.emit()

    @Slot(object)
    def _on_task_succeeded(self, new: str) -> None:
        self.task = None
        self.new.clear()
        self.again.clear()
        self.hint.setText("")
        self.done_note.set_text(self.tr("Your password was changed. Use the new one from now on."))
        self.changed.emit(new)
        self.busy_changed.emit()

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        self.task = None
        self.hint.setText("")
        self.panel.show_message(explain(exc))
        self._on_text_changed()
        self.busy_changed.emit()


class PasswordPage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.required = session.config.require_password_change
        self.setTitle(self.tr("Choose your own password"))
        self.setSubTitle(
            self.tr("Your account still uses the password it was given. Please replace it.")
            if self.required
            else self.tr(
                "Your account still uses the password it was given. You can replace it now, "
                "or press Next to keep it for now."
            )
        )
        self.form = PasswordForm(session, self._account)
        self.form.changed.connect(self._on_changed)
        self.form.busy_changed.connect(self.completeChanged)
        # The form's parts, as the page's own (tests and the tour reach them here).
        self.new, self.again, self.hint = self.form.new, self.form.again, self.form.hint
        self.change_button, self.done_note, self.panel = (
            self.form.change_button,
            self.form.done_note,
            self.form.panel,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.changed = False

    def _account(self) -> tuple[str, str]:
        identity = self.session.identity
        assert identity is not None and identity.password is not None
        return identity.value, identity.password

    def initializePage(self) -> None:
        self.new.setFocus()

    def cleanupPage(self) -> None:
        self.form.cancel()

    @Slot(str)
    def _on_changed(self, new: str) -> None:
        identity = self.session.identity
        assert identity is not None
        self.session.identity = replace(identity, password=new)
        self.changed = True
        # The subtitle asked to replace the given password: that is done now.
        self.setSubTitle(self.tr("Your account has its own password now. Press Next to go on."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.form.task is None and (self.changed or not self.required)

    def validatePage(self) -> bool:
        # Enter means Next: a new password typed but not applied must not be dropped
        # without a word.
        if not self.changed and self.form.typed:
            self.hint.setText(
                self.tr(
                    "Press Change password to use the new password, or clear both fields "
                    "to keep the one you were given for now."
                )
            )
            self.change_button.setFocus()
            return False
        return True

    def nextId(self) -> int:
        return int(PageId.DEVICE)
