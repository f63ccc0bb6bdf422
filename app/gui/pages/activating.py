from __future__ import annotations

import contextlib
import logging
from typing import Any

from activation_wizard.core.activation import ActivationResult, Identity
from activation_wizard.core.cancel import CancelToken
from activation_wizard.errors import (
    ActivationRace,
    AnswerLost,
    Cancelled,
    DateHeaderDiff,
    NetworkError,
    RateLimited,
    ServerError,
    StorageError,
    TrialNeedsPassword,
)
from activation_wizard.gui.pages import IDENTITY_PAGES, PageId, Session, start_over
from activation_wizard.gui.widgets import MessagePanel, explain, link_label, wrapped
from activation_wizard.gui.workers import Task
from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

log = logging.getLogger(__name__)

# Errors where checking the connection (DNS, TLS, proxy, clock) helps.
CONNECTION_PROBLEMS = (NetworkError, ServerError, RateLimited, DateHeaderDiff)
# Errors a user can fix by releasing a seat elsewhere.
SEAT_CODES = {"license_activated_max_times", "license_user_activated_max_times"}
# Failures where the same request may succeed later; other refusals are final for
# what was entered, so the page offers changing it instead of Retry.
TRANSIENT = (
    NetworkError,
    ServerError,
    RateLimited,
    DateHeaderDiff,
    StorageError,
    Cancelled,
    ActivationRace,
)


class ActivatingPage(QWizardPage):
    """The commit page: runs the activation on a worker; Cancel really aborts it."""

    activation_succeeded = Signal(object)
    activation_failed = Signal(object)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Continue"))
        self.status = wrapped()
        self.status.setObjectName("activationStatus")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: we cannot know how long the server takes
        self.busy_bar.setAccessibleName(self.tr("Activation in progress"))
        self.panel = MessagePanel()
        self.panel.hide()
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.retry_button.hide()
        self.change_button = QPushButton(self.tr("C&hange what I entered"))
        self.change_button.setObjectName("changeButton")
        self.change_button.clicked.connect(self.return_to_input)
        self.change_button.hide()
        self.diagnose_button = QPushButton(self.tr("Check &connection"))
        self.diagnose_button.setObjectName("diagnoseButton")
        self.diagnose_button.setAutoDefault(False)
        self.diagnose_button.clicked.connect(self._on_diagnose_clicked)
        self.diagnose_button.hide()
        self.offline_button = QPushButton(self.tr("Activate &without internet…"))
        self.offline_button.setObjectName("offlineFromErrorButton")
        self.offline_button.setAutoDefault(False)
        self.offline_button.clicked.connect(self._on_offline_clicked)
        self.offline_button.hide()
        self.diagnosis = QPlainTextEdit()
        self.diagnosis.setObjectName("diagnosis")
        self.diagnosis.setReadOnly(True)
        self.diagnosis.setAccessibleName(self.tr("Connection check results"))
        self.diagnosis.hide()
        portal = session.config.portal_url
        self.portal_link = link_label(portal, self.tr("Release a device in the customer portal"))
        self.portal_link.setObjectName("portalLink")
        self.portal_link.hide()
        row = QHBoxLayout()
        row.addWidget(self.portal_link)
        row.addStretch(1)
        row.addWidget(self.offline_button)
        row.addWidget(self.diagnose_button)
        row.addWidget(self.change_button)
        row.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.panel)
        layout.addLayout(row)
        layout.addWidget(self.diagnosis, 10)  # most of the page when shown
        layout.addStretch(1)
        self._task: Task | None = None
        self._succeeded = False

    @property
    def busy(self) -> bool:
        return self._task is not None

    def initializePage(self) -> None:
        self._succeeded = False
        self.start()

    def cleanupPage(self) -> None:
        self.cancel()
        QTimer.singleShot(0, self._after_back)

    @Slot()
    def _after_back(self) -> None:
        # Back lands on the device page, which is no place to fix anything: go on
        # to where the key (account, details) can be changed.
        wizard = self.wizard()
        if wizard is not None and wizard.currentId() == PageId.DEVICE:
            self.return_to_input()

    def _change_text(self) -> str:
        """The button back to what was entered, named for it."""
        return {
            "license_key": self.tr("C&hange the key"),
            "user": self.tr("C&hange the sign-in"),
            "sso": self.tr("Sign in &again"),
            "trial": self.tr("C&hange the details"),
        }.get(self.session.method, self.tr("C&hange what I entered"))

    def start(self) -> None:
        session = self.session
        activator, identity, trial = session.activator, session.identity, session.trial
        self.setTitle(self.tr("Activating"))
        self.setSubTitle(self.tr("Your license is being confirmed with the license server."))
        self.panel.hide()
        self.portal_link.hide()
        self.retry_button.hide()
        self.change_button.hide()
        self.diagnose_button.hide()
        self.offline_button.hide()
        self.diagnosis.hide()
        self.busy_bar.show()
        self.status.setText(self.tr("Contacting the license server…"))
        self.status.show()

        def work(token: CancelToken) -> ActivationResult:
            if session.method == "trial":
                assert trial is not None
                return activator.start_trial(trial, token)
            assert identity is not None
            return activator.activate(identity, token)

        self._task = self.session.runner.start(work, self._on_task_succeeded, self._on_task_failed)
        self.completeChanged.emit()

    def cancel(self) -> None:
        """Abort the request in flight; its late answer is ignored, and whatever the
        server did with it is undone in the background (reconcile)."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self._undo_in_background()

    def _undo_in_background(self) -> None:
        activator, notify = self.session.activator, self.session.notify
        if self.session.closing:  # the next start settles it (the journal says undo)
            with contextlib.suppress(OSError):
                activator.journal.set_intent("undo")
            return

        def work(token: CancelToken) -> str:
            if activator.pending() is None:
                return ""
            activator.journal.set_intent("undo")
            return activator.reconcile(token)

        def failed(exc: BaseException) -> None:
            log.warning("settling a cancelled activation failed (%s): left for later", exc)

        self.session.runner.start(work, notify, failed)

    def cancel_and_return(self) -> None:
        self.cancel()
        self.return_to_input()

    @Slot()
    def return_to_input(self) -> None:
        """Back to the page where the key, account or trial details were entered,
        with its field focused (and selected: typing replaces it)."""
        wizard = self.wizard()
        if wizard is None:
            return
        while wizard.currentId() not in (*(int(p) for p in IDENTITY_PAGES), -1):
            before = wizard.currentId()
            wizard.back()
            if wizard.currentId() == before:
                break
        focus = getattr(wizard.currentPage(), "focus_input", None)
        if focus is not None:
            focus()

    @Slot(object)
    def _on_task_succeeded(self, result: ActivationResult) -> None:
        if self.sender() is not getattr(self._task, "signals", None):
            return  # a cancelled task finishing late
        self._task = None
        self._succeeded = True
        self.session.result = result
        if self.session.identity is not None:  # the password has done its work
            self.session.identity = self.session.identity.forget_password()
        self.session.forget_password()
        self.busy_bar.hide()
        self.status.setText(self.tr("Activated."))
        self.completeChanged.emit()
        self.activation_succeeded.emit(result)
        self.wizard().next()

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        if self.sender() is not getattr(self._task, "signals", None):
            return
        self._task = None
        self.busy_bar.hide()
        self.setTitle(
            self.tr("Activation cancelled")
            if isinstance(exc, Cancelled)
            else self.tr("Activation did not succeed")
        )
        self.setSubTitle(
            # A storage error here comes from the preflight: the server was never asked.
            self.tr("Nothing was sent to the license server; no seat was used.")
            if isinstance(exc, StorageError)
            else self.tr("Nothing was changed on this device.")
        )
        self.status.hide()
        if isinstance(exc, TrialNeedsPassword):  # its owner signs in: pre-fill the e-mail
            self.session.identity = Identity("user", str(exc.params.get("email", "")))
        message = explain(exc)
        self.panel.show_message(message)
        portal = self.session.config.portal_url
        self.portal_link.setVisible(bool(portal) and message.code in SEAT_CODES)
        self.diagnose_button.setVisible(isinstance(exc, CONNECTION_PROBLEMS))
        unreachable = isinstance(exc, NetworkError) and not isinstance(exc, AnswerLost)
        self.offline_button.setVisible(unreachable and self.session.config.offline_enabled)
        transient = isinstance(exc, TRANSIENT) or message.code in SEAT_CODES
        identity = self.session.identity
        if identity is not None and self.session.activator.grant_spent(identity.grant):
            transient = False  # a used sign-in code cannot be sent again: sign in again
        self.retry_button.setVisible(transient)
        self.change_button.setText(self._change_text())
        self.change_button.show()
        (self.retry_button if transient else self.change_button).setFocus()
        self.completeChanged.emit()
        self.activation_failed.emit(exc)

    @Slot()
    def _on_offline_clicked(self) -> None:
        """No way to the server from here: the same identity, by file instead."""
        self.session.offline = True
        start_over(self, PageId.OFFLINE)

    @Slot()
    def _on_diagnose_clicked(self) -> None:
        from activation_wizard.core import diagnose

        activator = self.session.activator
        self.diagnose_button.setEnabled(False)
        self.diagnosis.setPlainText(self.tr("Checking…"))
        self.diagnosis.show()
        self.session.runner.start(
            lambda _: diagnose.run(activator.config, activator.store),
            self._on_diagnosis_succeeded,
            self._on_diagnosis_failed,
        )

    @Slot(object)
    def _on_diagnosis_succeeded(self, checks: list[Any]) -> None:
        """Each check in plain words; the technical details go to the clipboard
        with Copy details, for support."""
        self.diagnose_button.setEnabled(True)
        names = {
            "configuration": self.tr("Settings"),
            "proxy": self.tr("Proxy"),
            "storage": self.tr("Saving on this computer"),
            "name lookup": self.tr("Finding the license server"),
            "connection": self.tr("Reaching the license server"),
            "tls": self.tr("Secure connection"),
            "clock": self.tr("This computer's clock"),
        }
        verdicts = {
            "ok": self.tr("fine"),
            "warn": self.tr("worth a look"),
            "fail": self.tr("failed"),
        }
        marks = {"ok": "✔", "warn": "!", "fail": "✘"}
        self.diagnosis.setPlainText(
            "\n".join(
                f"{marks.get(c.status, '?')} {names.get(c.name, c.name)}: "
                f"{verdicts.get(c.status, c.status)}"
                for c in checks
            )
        )
        technical = "\n".join(f"{c.status:<5} {c.name}: {c.detail}" for c in checks)
        if self.panel.message is not None:
            self.panel.show_message(self.panel.message._replace(detail=technical))

    @Slot(object)
    def _on_diagnosis_failed(self, exc: BaseException) -> None:
        self.diagnose_button.setEnabled(True)
        self.diagnosis.setPlainText(explain(exc).as_text())

    @Slot()
    def _on_retry_clicked(self) -> None:
        self.start()

    def isComplete(self) -> bool:
        return self._succeeded

    def nextId(self) -> int:
        return int(PageId.DONE)
