"""After sign-in: the account's licenses; one usable goes on by itself, several are chosen."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from activation_wizard.core.cancel import CancelToken
from activation_wizard.core.summary import expiry_text, seats_text, type_name
from activation_wizard.errors import NoUsableLicense, ServerRejected
from activation_wizard.gui.pages import PageId, Session
from activation_wizard.gui.palette import follow_palette, quiet_colour
from activation_wizard.gui.widgets import MessagePanel, explain, wrapped
from activation_wizard.gui.workers import Task
from activation_wizard.i18n import translate
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

if TYPE_CHECKING:
    from activation_wizard.core.api.models import UserLicense


class LicensesPage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setTitle(self.tr("Choose a license"))
        self.setSubTitle(self.tr("Your account has more than one license for this product."))
        self.status = wrapped()
        self.status.setObjectName("licensesStatus")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Signing in"))
        self.list = QListWidget()
        self.list.setObjectName("licenseList")
        self.list.setAccessibleName(self.tr("Licenses of your account"))
        self.list.setWordWrap(True)
        follow_palette(self.list, self._colour_unusable)
        self.list.setSpacing(4)  # two-line entries must read as separate licenses
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.panel = MessagePanel()
        self.panel.hide()
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self.start)
        self.retry_button.hide()
        self.again_button = QPushButton(self.tr("&Sign in again"))
        self.again_button.setObjectName("signInAgainButton")
        self.again_button.clicked.connect(self._on_again_clicked)
        self.again_button.hide()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.again_button)
        row.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.panel)
        layout.addLayout(row)
        layout.addStretch(0)
        self.licenses: list[UserLicense] = []
        self._task: Task | None = None

    def initializePage(self) -> None:
        self.start()

    def cleanupPage(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        # Back to the sign-in: the password typed there has been used; type it anew.
        self.session.forget_password()

    @Slot()
    def start(self) -> None:
        activator, identity = self.session.activator, self.session.identity
        assert identity is not None
        self.setTitle(self.tr("Signing in"))
        self.setSubTitle(self.tr("Asking the license server for your account's licenses."))
        self.list.clear()
        self.list.hide()
        self.panel.hide()
        self.retry_button.hide()
        self.again_button.hide()
        self.busy_bar.show()
        who = identity.value or self.session.sso_account
        self.status.setText(self.tr("Signing in as {who}…").format(who=who))

        def work(token: CancelToken) -> list[UserLicense]:
            return activator.user_licenses(identity, token)

        self._task = self.session.runner.start(work, self._on_task_succeeded, self._on_task_failed)
        self.completeChanged.emit()

    @Slot(object)
    def _on_task_succeeded(self, licenses: list[UserLicense]) -> None:
        if self.sender() is not getattr(self._task, "signals", None):
            return  # cancelled by Back; a late answer
        self._task = None
        self.busy_bar.hide()
        self.licenses = licenses
        try:
            only = self.session.activator.choose_license(licenses)
        except NoUsableLicense as exc:  # shown like any other refusal
            self._show_failure(exc)
            return
        self.setTitle(self.tr("Choose a license"))
        self.list.show()
        for entry in licenses:
            item = QListWidgetItem(self._describe(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.license.id)
            if not entry.license.usable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self._colour_unusable(self.list)
        if only is not None:
            self.setSubTitle(self.tr("Your account has one license for this product."))
            self.status.setText(self.tr("Signed in."))
            self.list.setCurrentRow(licenses.index(only))
            self.wizard().next()
            return
        self.setSubTitle(self.tr("Your account has more than one license for this product."))
        self.status.setText(self.tr("Choose the license this device should use:"))
        first_usable = next(i for i, e in enumerate(licenses) if e.license.usable)
        self.list.setCurrentRow(first_usable)
        self.list.setFocus()

    def _describe(self, entry: UserLicense) -> str:
        info = entry.license
        kind = type_name(info.license_type)
        if info.is_trial:
            kind = self.tr("{kind} trial").format(kind=kind)
        parts = [
            self.tr("{kind} license #{id}").format(kind=kind, id=info.id),
            self.tr("expires {when}").format(when=expiry_text(info))
            if info.validity_period is not None
            else self.tr("does not expire"),
        ]
        if seats_text(info):
            parts.append(self.tr("{seats} devices").format(seats=seats_text(info)))
        features = ", ".join(f.name or f.code for f in info.product_features)
        if features:
            parts.append(features)
        text = " · ".join(parts)
        if not info.usable:
            text += "\n" + self.tr("Cannot be used: {why}").format(
                why=translate("summary", info.unusable_reason)
            )
        return text

    def _colour_unusable(self, _: QWidget) -> None:
        """Unavailable licenses (and so announced) in readable text, not the disabled
        grey: their reason is the point.  Again when the palette changes."""
        readable = quiet_colour(
            self.list.palette(), QPalette.ColorRole.Text, QPalette.ColorRole.Base
        )
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setForeground(readable)

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        if self.sender() is not getattr(self._task, "signals", None):
            return
        self._task = None
        self._show_failure(exc)

    def _show_failure(self, exc: BaseException) -> None:
        self.busy_bar.hide()
        self.status.hide()
        self.setTitle(self.tr("Sign-in did not succeed"))
        self.setSubTitle(self.tr("Nothing was activated; no seat was used."))
        self.panel.show_message(explain(exc))
        # The same e-mail and password again would meet the same answer: for a refusal
        # the way on is to sign in anew; Retry is for a connection that failed.
        refused = isinstance(exc, ServerRejected | NoUsableLicense)
        self.retry_button.setVisible(not refused)
        self.again_button.setVisible(refused)
        (self.again_button if refused else self.retry_button).setFocus()
        self.completeChanged.emit()

    @Slot()
    def _on_again_clicked(self) -> None:
        self.wizard().back()

    @Slot(int)
    def _on_list_current_row_changed(self, _: int) -> None:
        self.completeChanged.emit()

    def chosen(self) -> UserLicense | None:
        item = self.list.currentItem()
        if item is None or not (item.flags() & Qt.ItemFlag.ItemIsEnabled):
            return None
        return self.licenses[self.list.row(item)]

    def isComplete(self) -> bool:
        return self._task is None and self.chosen() is not None

    def validatePage(self) -> bool:
        chosen, identity = self.chosen(), self.session.identity
        if chosen is None or identity is None:
            return False
        identity = replace(identity, license_id=chosen.license.id)
        if identity.kind == "sso":  # the e-mail names the account for a 409 recovery
            identity = replace(identity, value=chosen.user.email or identity.value)
            if identity.grant is not None and not identity.grant.reusable:
                identity = replace(identity, grant=None)  # user_licenses used the code
        self.session.identity = identity
        # An initial password is offered for change (required with ui.require_password_change).
        self.session.must_change_password = chosen.user.is_initial_password
        return True

    def nextId(self) -> int:
        identity = self.session.identity
        if identity is not None and identity.kind == "sso":
            return int(PageId.SSO_AGAIN if identity.grant is None else PageId.DEVICE)
        return int(PageId.PASSWORD if self.session.must_change_password else PageId.DEVICE)
