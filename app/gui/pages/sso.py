"""Sign in with your organisation: the system browser, a loopback receiver, and a
paste field for when the browser cannot come back to this program."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from activation_wizard.core.activation import Identity
from activation_wizard.core.cancel import CancelToken
from activation_wizard.core.sso import Grant, parse_redirect
from activation_wizard.errors import Cancelled, WizardError
from activation_wizard.gui.pages import PageId, Session
from activation_wizard.gui.widgets import MessagePanel, Notice, explain, wrapped
from activation_wizard.gui.workers import Task
from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

if TYPE_CHECKING:
    from activation_wizard.core.sso.receiver import RedirectReceiver


class SsoPage(QWizardPage):
    """``again``: the second instance, after the license choice, when the first
    answer was a single-use code (a wizard may not show one page twice)."""

    def __init__(self, session: Session, *, again: bool = False) -> None:
        super().__init__()
        self.session = session
        self.again = again
        config = session.config
        self.setTitle(self.tr("Sign in with your organisation"))
        self.setSubTitle(self.tr("Your organisation's sign-in page opens in your web browser."))
        self.account = QLineEdit(config.sso_account or session.activator.remembered_sso_account())
        self.account.setObjectName("ssoAccountEdit")
        self.account.setAccessibleName(self.tr("Organisation code"))
        self.account.setReadOnly(bool(config.sso_account))  # the vendor fixed it
        self.account.textChanged.connect(self._on_account_changed)
        self.account.returnPressed.connect(self.start)  # Enter signs in (not Next)
        form = QFormLayout()
        form.addRow(self.tr("&Organisation code:"), self.account)
        self.start_button = QPushButton(self.tr("&Sign in in the browser"))
        self.start_button.setObjectName("ssoStartButton")
        self.start_button.clicked.connect(self.start)
        self.status = wrapped()
        self.status.setObjectName("ssoStatus")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Waiting for the browser"))
        self.busy_bar.hide()
        self.again_button = QPushButton(self.tr("Open the page &again"))
        self.again_button.setObjectName("ssoAgainButton")
        self.again_button.clicked.connect(self._on_again_clicked)
        self.copy_button = QPushButton(self.tr("Cop&y link"))
        self.copy_button.setObjectName("ssoCopyButton")
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.paste = QLineEdit()
        self.paste.setObjectName("ssoPasteEdit")
        self.paste.setAccessibleName(self.tr("Address the browser ended on"))
        self.paste.setPlaceholderText(self.tr("http://127.0.0.1/…?code=…"))
        self.paste_button = QPushButton(self.tr("&Use this address"))
        self.paste_button.setObjectName("ssoPasteButton")
        self.paste_button.clicked.connect(self._on_paste_clicked)
        self.copied = Notice()
        self.panel = MessagePanel()
        self.panel.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste, 1)
        paste_row.addWidget(self.paste_button)
        self.paste_help = wrapped(
            self.tr(
                "If the browser cannot come back to this program (it says the page cannot "
                "be reached), copy the whole address from its address bar and paste it here:"
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.copied)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        layout.addWidget(self.paste_help)
        layout.addLayout(paste_row)
        self.receiver: RedirectReceiver | None = None
        self.url = ""
        self.grant: Grant | None = None
        self._task: Task | None = None
        self._set_waiting(False)

    # --- state -------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _set_waiting(self, waiting: bool) -> None:
        self.busy_bar.setVisible(waiting)
        for widget in (self.again_button, self.copy_button, self.paste_help, self.paste):
            widget.setVisible(waiting)
        self.paste_button.setVisible(waiting)
        self.start_button.setEnabled(not waiting and bool(self.account.text().strip()))
        self.account.setEnabled(not waiting)

    def initializePage(self) -> None:
        self.session.activator.prewarm()  # a request is likely next: connect now
        self.grant = None
        self.panel.hide()
        if self.again:
            self.account.setText(self.session.sso_account)
            self.account.setReadOnly(True)
        self.status.setText(
            self.tr("Sign in once more to activate the license you chose.") if self.again else ""
        )
        if self.again or self.account.isReadOnly():
            self.start()  # nothing to ask: go straight to the browser
        else:
            self.account.setFocus()

    def cleanupPage(self) -> None:
        self.cancel_wait()
        if not self.again:
            self.session.identity = None

    def page_shown(self) -> None:
        """Come back to (Back, or *Sign in again* after a failure): a sign-in whose
        single-use code was sent already is over; a fresh one starts."""
        if self.grant is not None and self.session.activator.grant_spent(self.grant):
            self.sign_in_again()

    def focus_input(self) -> None:
        """*Sign in again* on the activating page: always a fresh sign-in."""
        self.sign_in_again()

    def sign_in_again(self) -> None:
        self.cancel_wait()
        self.grant = None
        self.panel.hide()
        self.completeChanged.emit()  # no Next until the new sign-in is done
        self.status.setText(self.tr("Sign in again to continue."))
        if self.account.text().strip():
            self.start()
        else:
            self.account.setFocus()

    @Slot(str)
    def _on_account_changed(self, _: str) -> None:
        self.start_button.setEnabled(self._task is None and bool(self.account.text().strip()))

    # --- the sign-in -------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        account = self.account.text().strip()
        if not account or self._task is not None:
            return
        activator = self.session.activator
        self.grant = None  # until this sign-in comes back
        self.completeChanged.emit()
        self.panel.hide()
        self.copied.set_text("")
        self.paste.clear()
        self.status.setText(self.tr("Opening your organisation's sign-in page…"))
        self._set_waiting(True)

        def prepare(token: CancelToken) -> tuple[RedirectReceiver, str]:
            receiver = activator.sso_receiver(account)
            try:
                return receiver, activator.sso_login(account, receiver, token)
            except BaseException:
                receiver.close()
                raise

        self._task = self.session.runner.start(prepare, self._on_prepared, self._on_failed)

    @Slot(object)
    def _on_prepared(self, answer: tuple[RedirectReceiver, str]) -> None:
        if self.sender() is not getattr(self._task, "signals", None):
            answer[0].close()  # cancelled meanwhile
            return
        self.receiver, self.url = answer
        opened = self.session.dialogs.open_url(self.url)
        self.status.setText(
            self.tr(
                "Finish signing in in your web browser (a tab showing your organisation's "
                "sign-in page). This window carries on by itself afterwards."
            )
            if opened
            else self.tr(
                "The browser could not be opened. Press Copy link and open the address in "
                "a browser yourself."
            )
        )
        receiver = self.receiver
        timeout = self.session.config.sso_timeout

        def wait(token: CancelToken) -> Grant:
            return receiver.wait(timeout, token)

        self._task = self.session.runner.start(wait, self._on_signed_in, self._on_failed)

    @Slot(object)
    def _on_signed_in(self, grant: Grant) -> None:
        if self.sender() is not getattr(self._task, "signals", None):
            return
        self._task = None
        self.receiver = None
        self._set_waiting(False)
        self.grant = grant
        self.session.sso_account = grant.customer_account_code
        previous = self.session.identity
        identity = Identity("sso", "", grant=grant)
        if self.again and previous is not None:  # keeps the chosen license and e-mail
            identity = replace(previous, grant=grant)
        self.session.identity = identity
        self.status.setText(self.tr("Signed in."))
        self.completeChanged.emit()
        self.wizard().next()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if self.sender() is not getattr(self._task, "signals", None):
            return
        self._task = None
        self.receiver = None
        self._set_waiting(False)
        self.status.setText("")
        if not isinstance(exc, Cancelled):
            self.panel.show_message(explain(exc))

    def cancel_wait(self) -> None:
        """Stop waiting (Cancel, Back): the receiver closes, the page stays."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if self.receiver is not None:
            self.receiver.close()
            self.receiver = None
        self._set_waiting(False)
        self.status.setText(self.tr("Sign-in cancelled."))

    @Slot()
    def _on_again_clicked(self) -> None:
        if self.url:
            self.session.dialogs.open_url(self.url)

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.url)
        self.copied.set_text(self.tr("The sign-in link was copied."))

    @Slot()
    def _on_paste_clicked(self) -> None:
        receiver = self.receiver
        if receiver is None:
            return
        try:
            grant = parse_redirect(
                self.paste.text(),
                account=self.account.text().strip(),
                redirect_uri=receiver.redirect_uri,
                state=receiver.state,
            )
        except WizardError as exc:
            self.panel.show_message(explain(exc))
            return
        self.panel.hide()
        receiver.offer(grant)  # ends the wait as a callback would

    def isComplete(self) -> bool:
        return self.grant is not None

    def nextId(self) -> int:
        config = self.session.config
        if self.again:
            return int(PageId.DEVICE)
        reusable = self.grant is not None and self.grant.reusable
        return int(PageId.LICENSES if reusable or config.sso_list_licenses else PageId.DEVICE)
