"""Activate without internet: a request file out, the license file back in.

Step 1 writes the signed request where the user chooses (the Desktop by default)
and says, in numbered steps, what to do with it on a computer that is online.
Step 2 takes the license file: a file dialog, dropped onto the page, or its text
pasted.  The wizard may be closed between the two: the request is remembered.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from activation_wizard.core.account import normalize_email, plausible_email
from activation_wizard.core.cancel import CancelToken
from activation_wizard.core.license_key import is_well_formed
from activation_wizard.gui.pages import PageId, Session
from activation_wizard.gui.pages.credentials import PasswordField
from activation_wizard.gui.widgets import (
    KeyField,
    MessagePanel,
    Notice,
    ensure_visible,
    explain,
    link_label,
    wrapped,
)
from activation_wizard.gui.workers import Task
from PySide6.QtCore import Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

if TYPE_CHECKING:  # (the use cases load after the first frame; this page is in it)
    from activation_wizard.core.activation import ActivationResult, Identity
    from activation_wizard.core.offline import Request


class OfflinePage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        config = session.config
        self.setTitle(self.tr("Activate without internet"))
        self.setSubTitle(
            self.tr("For a computer that never goes online: a request file out, a license file in.")
        )
        self.setAcceptDrops(True)
        self.note = Notice()
        self.note.setObjectName("offlineNote")
        self.key = KeyField(config.key_pattern)
        self.key.setObjectName("offlineKeyEdit")
        self.key.setAccessibleName(self.tr("License key"))
        self.email = QLineEdit()
        self.email.setObjectName("offlineEmailEdit")
        self.email.setAccessibleName(self.tr("E-mail address"))
        self.password = PasswordField(self.tr("Password"), self.tr("S&how password"))
        self.password.setObjectName("offlinePasswordEdit")
        self.form = QFormLayout()
        self.form.addRow(self.tr("&License key:"), self.key)
        self.form.addRow(self.tr("&E-mail:"), self.email)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.password_note = wrapped(
            self.tr(
                "For an account, the password travels inside the request file (that is how "
                "the license server's offline activation works). Keep the file private and "
                "delete it once it is used."
            )
        )
        self.save_button = QPushButton(self.tr("1. &Save request file…"))
        self.save_button.setObjectName("saveRequestButton")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.copy_button = QPushButton(self.tr("&Copy request to clipboard"))
        self.copy_button.setObjectName("copyRequestButton")
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.copy_button.hide()
        portal = config.offline_portal_url
        self.steps = wrapped(selectable=True)
        self.steps.setObjectName("offlineSteps")
        self.portal_link = link_label(portal, self.tr("Open the offline portal"))
        self.load_button = QPushButton(self.tr("2. L&oad license file…"))
        self.load_button.setObjectName("loadLicenseButton")
        self.load_button.clicked.connect(self._on_load_clicked)
        self.paste = QPlainTextEdit()
        self.paste.setObjectName("licensePaste")
        self.paste.setAccessibleName(self.tr("License file text"))
        self.paste.setPlaceholderText(self.tr("…or paste the license file's text here"))
        self.paste.setMaximumHeight(70)
        self.paste_button = QPushButton(self.tr("&Use pasted text"))
        self.paste_button.setObjectName("usePastedButton")
        self.paste_button.clicked.connect(self._on_paste_clicked)
        self.airgap_button = QPushButton(self.tr("No way to carry a file? Use co&des…"))
        self.airgap_button.setObjectName("offlineAirgapButton")
        self.airgap_button.setAutoDefault(False)
        self.airgap_button.clicked.connect(self._on_airgap_clicked)
        self.airgap_button.setVisible(bool(config.airgap_public_key))
        self.panel = MessagePanel()
        self.panel.hide()
        first = QHBoxLayout()
        first.addWidget(self.save_button)
        first.addWidget(self.copy_button)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.load_button)
        second.addStretch(1)
        second.addWidget(self.paste_button)
        # (Steps, a paste box and an error may not fit the window at a large scale: the
        # wizard puts every page in a scroll area, widgets.scroll_when_short.)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.password_note)
        layout.addLayout(first)
        layout.addWidget(self.steps)
        layout.addWidget(self.portal_link)
        layout.addLayout(second)
        layout.addWidget(self.paste)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        codes = QHBoxLayout()
        codes.addWidget(self.airgap_button)
        codes.addStretch(1)
        layout.addLayout(codes)
        self.request: Request | None = None
        self._task: Task | None = None
        self._done = False
        for edit in (self.key, self.email, self.password):
            edit.textChanged.connect(self._on_input_changed)

    # --- which identity -----------------------------------------------------------

    def initializePage(self) -> None:
        self._done = False
        identity = self.session.identity
        if identity is not None and identity.kind == "license_key" and not self.key.text():
            self.key.setText(identity.value)
        if identity is not None and identity.kind == "user" and not self.email.text():
            self.email.setText(identity.value)
        accounts = self.session.user_based and self.session.config.offline_accounts
        for row in (0,):
            self.form.setRowVisible(row, not accounts)
        for row in (1, 2):
            self.form.setRowVisible(row, accounts)
        self.password_note.setVisible(accounts)
        pending = self.session.activator.offline_pending()
        saved = str(pending.get("path") or "") if pending else ""
        self._show_steps(pending is not None, saved)
        self.note.set_text(
            self.tr(
                "A request file for {who} was written before; load the license file it was "
                "answered with."
            ).format(who=pending.get("shown", ""))
            if pending
            else ""
        )
        self._on_input_changed()
        if pending:
            self.load_button.setFocus()  # the next step
        else:
            (self.key if self.form.isRowVisible(0) else self.email).setFocus()

    def _identity(self) -> Identity | None:
        from activation_wizard.core.activation import Identity

        if self.form.isRowVisible(0):
            key = self.key.key
            well_formed = is_well_formed(key, self.session.config.key_pattern)
            return Identity("license_key", key) if well_formed else None
        email = normalize_email(self.email.text())
        if not plausible_email(email) or not self.password.text():
            return None
        return Identity("user", email, self.password.text())

    @Slot()
    def _on_input_changed(self) -> None:
        self.save_button.setEnabled(self._task is None and self._identity() is not None)

    def _show_steps(self, written: bool, where: str = "") -> None:
        portal = self.session.config.offline_portal_url
        self.steps.setText(
            self.tr(
                "Then:\n"
                "  2. Take the request file{where} to a computer with internet.\n"
                "  3. Open {portal} there, upload the file and download the license file.\n"
                "  4. Bring the license file back here and load it below."
            ).format(where=f" ({where})" if where else "", portal=portal)
        )
        for widget in (
            self.steps,
            self.portal_link,
            self.load_button,
            self.paste,
            self.paste_button,
        ):
            widget.setVisible(written)
        self.copy_button.setVisible(self.request is not None)

    # --- step 1 ---------------------------------------------------------------------

    @Slot()
    def _on_save_clicked(self) -> None:
        identity = self._identity()
        if identity is None:
            return
        path = self.session.dialogs.save_file(
            self,
            self.tr("Save request file"),
            self.session.config.offline_request_name,
            self.tr("Request file (*.req)"),
        )
        if not path:
            return
        activator = self.session.activator
        self.panel.hide()

        def work(token: CancelToken) -> tuple[Request, str]:
            from activation_wizard.core.userfiles import write_private

            made = activator.offline_request(identity, saved_to=path)
            # Private: an account's request holds its password.
            write_private(Path(path), (made.text + "\n").encode("ascii"))
            return made, path

        self._task = self.session.runner.start(work, self._on_saved, self._on_failed)
        self._on_input_changed()

    @Slot(object)
    def _on_saved(self, answer: tuple[Request, str]) -> None:
        self._task = None
        self.request, path = answer
        self.password.clear()  # in the file now; not kept in the window
        self._show_steps(True, path)
        self.note.set_text(self.tr("Request file saved: {path}").format(path=path))
        self._on_input_changed()

    @Slot()
    def _on_copy_clicked(self) -> None:
        if self.request is not None:
            QGuiApplication.clipboard().setText(self.request.text)
            self.note.set_text(self.tr("The request was copied; paste it into a file elsewhere."))

    # --- step 2 -----------------------------------------------------------------------

    @Slot()
    def _on_load_clicked(self) -> None:
        pending = self.session.activator.offline_pending()
        saved = str(pending.get("path", "")) if pending else ""
        path = self.session.dialogs.open_file(
            self,
            self.tr("Load license file"),
            self.tr("License file (*.lic);;All files (*)"),
            start=str(Path(saved).parent) if saved else "",  # the portal's file lands there
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        def read(token: CancelToken) -> bytes:
            from activation_wizard.core.userfiles import read_limited

            return read_limited(Path(path))

        self._activate(read)

    @Slot()
    def _on_paste_clicked(self) -> None:
        text = self.paste.toPlainText()
        self._activate(lambda token: text.encode())

    def _activate(self, get: object) -> None:
        activator = self.session.activator
        self.panel.hide()

        def work(token: CancelToken) -> ActivationResult:
            data = get(token)  # type: ignore[operator]
            return activator.offline_activate(data)

        self._task = self.session.runner.start(work, self._on_activated, self._on_failed)

    @Slot(object)
    def _on_activated(self, result: ActivationResult) -> None:
        self._task = None
        self.session.result = result
        self._done = True
        self.completeChanged.emit()
        self.wizard().next()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.panel.show_message(explain(exc))
        self._on_input_changed()
        self.panel.setFocus()  # read out
        ensure_visible(self.panel)

    # --- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.load_button.isVisible():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.load_file(urls[0].toLocalFile())

    @Slot()
    def _on_airgap_clicked(self) -> None:
        self.session.airgap = "activate"
        typed = self._identity()
        if typed is not None and typed.kind == "license_key":  # not typed again there
            self.session.identity = typed
        self._done = True  # this page is passed, not finished: the codes' page follows
        self.wizard().next()

    def cleanupPage(self) -> None:
        self.session.offline = False  # Back: the welcome page's choice counts again

    def isComplete(self) -> bool:
        return self._done

    def nextId(self) -> int:
        return int(PageId.AIRGAP if self.session.airgap else PageId.DONE)
