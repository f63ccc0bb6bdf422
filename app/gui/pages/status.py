from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from activation_wizard.core.cancel import CancelToken
from activation_wizard.core.policy import Policy
from activation_wizard.core.summary import grace_note, license_rows, mask_key, next_check_text
from activation_wizard.errors import ActivationInvalid, NetworkError, RateLimited, ServerError
from activation_wizard.gui.pages import PageId, Session, start_over
from activation_wizard.gui.pages.floating_actions import FloatingActions
from activation_wizard.gui.widgets import DetailsGrid, MessagePanel, Notice, explain, wrapped
from activation_wizard.gui.workers import Task
from activation_wizard.i18n import format_datetime, translate
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWizardPage

if TYPE_CHECKING:  # (the use cases load after the first frame, which may hold this page)
    from activation_wizard.core.activation import Deactivated
    from activation_wizard.core.store import StoredActivation


class StatusPage(QWizardPage):
    """Shown instead of the wizard when this device is already activated."""

    deactivated = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setSubTitle(
            self.tr("You can check the license with the server, or free this device's seat.")
        )
        self.setFinalPage(True)
        self.problem = Notice(warning=True)
        self.problem.setObjectName("statusProblem")
        self.grace = Notice(warning=True)  # a subscription in its grace period
        self.grace.setObjectName("statusGrace")
        self.details = DetailsGrid()
        self.details.setObjectName("licenseDetails")
        self.status = wrapped()
        self.status.setObjectName("statusLine")
        self.panel = MessagePanel()
        self.panel.hide()
        self.check_button = QPushButton(self.tr("Check &now"))
        self.check_button.setObjectName("checkButton")
        self.deactivate_button = QPushButton(self.tr("&Deactivate this device"))
        self.deactivate_button.setObjectName("deactivateButton")
        self.offline_deactivate_button = QPushButton(self.tr("Deactivate &without internet…"))
        self.offline_deactivate_button.setObjectName("offlineDeactivateButton")
        self.offline_deactivate_button.clicked.connect(self._on_offline_deactivate_clicked)
        self.offline_deactivate_button.hide()
        self.refresh_button = QPushButton(self.tr("Load &refresh file…"))
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        self.refresh_button.hide()
        self.other_button = QPushButton(self.tr("Use &another license"))
        self.other_button.setObjectName("otherLicenseButton")
        self.check_button.clicked.connect(self._on_check_clicked)
        self.deactivate_button.clicked.connect(self._on_deactivate_clicked)
        self.other_button.clicked.connect(self._on_other_clicked)
        self.floating = FloatingActions(session, self._run, self._on_seat_changed)
        row = QHBoxLayout()
        for button in (self.check_button, self.deactivate_button, self.other_button):
            row.addWidget(button)
        row.addStretch(1)
        offline_row = QHBoxLayout()
        offline_row.addWidget(self.offline_deactivate_button)
        offline_row.addWidget(self.refresh_button)
        offline_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.grace)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addLayout(offline_row)
        layout.addWidget(self.floating)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        self._task: Task | None = None
        self._task_failed: Callable[[BaseException], bool] | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def initializePage(self) -> None:
        self.panel.hide()
        self.status.setText("")  # news of another activation's step is old news
        self._set_problem(self.session.stored_problem)
        if self.session.stored is not None:
            self._show(self.session.stored)

    def _set_problem(self, problem: str) -> None:
        self.session.stored_problem = problem
        self.problem.set_text(problem)
        self.retitle()

    def retitle(self) -> None:
        name = self.session.product_name
        problem = self.session.stored_problem
        self.setTitle(
            self.tr("{name}: the license cannot be used").format(name=name)
            if problem
            else self.tr("{name} is activated").format(name=name)
        )

    def _show(self, stored: StoredActivation) -> None:
        from activation_wizard.core.activation import consumption
        from activation_wizard.core.store.vault import backend_label

        rows = license_rows(stored.license, bundle=stored.signed.bundle)
        grace = grace_note(stored.license)
        portal = self.session.config.portal_url
        if grace and portal:
            grace += " " + self.tr("Renew at {url}").format(url=portal)
        self.grace.set_text(grace)
        who = mask_key(stored.identity) if stored.kind == "license_key" else stored.identity
        label = self.tr("License key") if stored.kind == "license_key" else self.tr("Account")
        rows.insert(0, (label, who))
        if stored.license_id is not None:
            rows.insert(1, (self.tr("License"), f"#{stored.license_id}"))
        if stored.offline:
            how = self.tr("offline, by codes") if stored.airgap else self.tr("offline, by file")
            rows.append((self.tr("Activated"), how))
        self.offline_deactivate_button.setVisible(stored.offline)
        for button in (self.check_button, self.deactivate_button):  # no server knows it
            button.setVisible(not stored.airgap)
        self.refresh_button.setVisible(stored.offline and not stored.airgap)
        self.floating.show_for(stored)
        checked = datetime.fromtimestamp(stored.last_check).astimezone()
        rows.append((self.tr("Last checked"), format_datetime(checked)))
        activator = self.session.activator
        due = next_check_text(stored, Policy.of(activator.config), activator.clock())
        if due:
            rows.append((self.tr("Next check"), due))
        unsent = consumption.waiting_words(activator, stored)
        if unsent:
            rows.append((self.tr("Uses not sent yet"), unsent))
        store = self.session.activator.store
        rows.append((self.tr("Stored in"), translate("vault", backend_label(store.vault.backend))))
        rows.append((self.tr("Folder"), str(store.path.parent)))
        self.details.set_rows(rows)

    def _run(
        self,
        busy_text: str,
        work: Callable[[CancelToken], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], bool] | None = None,
    ) -> None:
        """Run ``work``; ``on_failure`` may handle a failure first (True: handled)."""
        self._task_failed = on_failure
        self.panel.hide()
        self.status.setText(busy_text)
        self._set_buttons(False)

        def succeeded(result: Any) -> None:  # back on, whatever follows: the page may show again
            self._task = None
            self._set_buttons(True)
            on_success(result)

        self._task = self.session.runner.start(work, succeeded, self._on_task_failed)

    def _set_buttons(self, enabled: bool) -> None:
        online = (self.check_button, self.deactivate_button, self.other_button)
        for button in (*online, self.offline_deactivate_button, self.refresh_button):
            button.setEnabled(enabled)
        self.floating.set_enabled(enabled)

    @Slot()
    def _on_check_clicked(self) -> None:
        check = self.session.activator.check  # (called with the task's cancel token)
        self._run(self.tr("Checking with the license server…"), check, self._on_check_succeeded)

    @Slot(object)
    def _on_check_succeeded(self, stored: StoredActivation) -> None:
        self.session.stored = stored
        self._set_problem("")
        self._show(stored)
        self.status.setText(self.tr("The license server confirmed this activation."))

    @Slot(object)
    def _on_seat_changed(self, stored: StoredActivation | None) -> None:
        if stored is not None:
            self._on_check_succeeded(stored)
        self.status.setText(
            self.tr("Borrowed until {when}: this computer keeps its seat offline.").format(
                when=format_datetime(stored.license.borrowed_until)
            )
            if stored is not None and stored.license.is_borrowed and stored.license.borrowed_until
            else self.tr("The seat is shared again.")
        )

    @Slot()
    def _on_deactivate_clicked(self) -> None:
        ok = self.session.dialogs.confirm(
            self,
            self.tr("Deactivate this device?"),
            self.tr(
                "This frees the seat this device uses, so the license can be activated "
                "elsewhere. {name} will stop working here until you activate again."
            ).format(name=self.session.product_name),
            yes=self.tr("&Deactivate"),
            no=self.tr("&Keep activation"),
        )
        if not ok:
            return
        deactivate = self.session.activator.deactivate  # (called with the cancel token)
        self._run(self.tr("Deactivating…"), deactivate, self._on_deactivate_succeeded)

    @Slot(object)
    def _on_deactivate_succeeded(self, done: Deactivated) -> None:
        self._deactivated(done, self.tr("This device was deactivated and its seat is free again."))

    def _deactivated(self, done: Deactivated, freed: str) -> None:
        """Back to the welcome page, saying ``freed``, or that the server did not
        confirm it (an unsigned "no such device": the seat's state is unknown)."""
        self.session.stored = None
        if done.confirmed:
            note = freed
        else:
            note = self.tr(
                "The license server answered that it has no such device on this license, but "
                "that answer cannot be verified, so whether the seat is free is unknown. If "
                "the vendor's customer portal still counts this device, release it there. "
                "The activation was removed here; a copy is kept in {path}."
            ).format(path=done.kept)
        self.session.start_note = note
        self.deactivated.emit()
        self._restart_at_welcome()

    @Slot()
    def _on_offline_deactivate_clicked(self) -> None:
        if self.session.stored is not None and self.session.stored.airgap:
            self.session.airgap = "deactivate"  # by a code read out, on the codes' page
            return start_over(self, PageId.AIRGAP)
        name = self.session.config.offline_request_name.replace("activation", "deactivation")
        path = self.session.dialogs.save_file(
            self,
            self.tr("Save deactivation request"),
            name,
            self.tr("Request file (*.req)"),
        )
        if not path:
            return
        activator = self.session.activator

        def write(text: str) -> None:
            from activation_wizard.core.userfiles import write_private

            write_private(Path(path), (text + "\n").encode("ascii"))

        def work(token: CancelToken) -> None:
            activator.offline_deactivate(write)

        def done(_: object) -> None:
            self.session.stored = None
            self.session.start_note = self.tr(
                "The activation was removed from this computer. Upload {path} to the "
                "offline portal ({portal}) from a computer with internet: the seat is freed "
                "then."
            ).format(path=path, portal=activator.config.offline_portal_url)
            self.deactivated.emit()
            self._restart_at_welcome()

        self._run(self.tr("Writing the deactivation request…"), work, done)

    @Slot()
    def _on_refresh_clicked(self) -> None:
        path = self.session.dialogs.open_file(
            self, self.tr("Load refresh file"), self.tr("License file (*.lic);;All files (*)")
        )
        if not path:
            return
        activator = self.session.activator

        def work(token: CancelToken) -> StoredActivation:
            from activation_wizard.core.userfiles import read_limited

            return activator.offline_refresh(read_limited(Path(path)))

        def done(stored: StoredActivation) -> None:
            self._on_check_succeeded(stored)
            self.status.setText(self.tr("The refresh file was loaded; the details are updated."))

        self._run(self.tr("Loading the refresh file…"), work, done)

    @Slot()
    def _on_other_clicked(self) -> None:
        """One license per device: the current one's seat is freed first."""
        stored = self.session.stored
        if stored is None:
            self._restart_at_welcome()
            return
        shown = mask_key(stored.identity) if stored.kind == "license_key" else stored.identity
        ok = self.session.dialogs.confirm(
            self,
            self.tr("Use another license?"),
            self.tr(
                "{name} is activated here with {current}. To use another license, this "
                "one is deactivated first: its seat is freed and can be used elsewhere."
            ).format(name=self.session.product_name, current=shown),
            yes=self.tr("&Deactivate and continue"),
            no=self.tr("&Keep this license"),
        )
        if not ok:
            return
        activator = self.session.activator

        def work(token: CancelToken) -> Deactivated:
            return activator.deactivate(token)

        self._run(
            self.tr("Deactivating…"), work, self._on_replaced_deactivated, self._on_replace_failed
        )

    @Slot(object)
    def _on_replaced_deactivated(self, done: Deactivated) -> None:
        self._deactivated(
            done,
            self.tr(
                "The previous license was deactivated here and its seat is free. Choose how to "
                "activate the new one."
            ),
        )

    def _on_replace_failed(self, exc: BaseException) -> bool:
        """The old license's server could not be asked: keep it, or go on and leave
        its seat counted (to be released in the vendor's portal). True: handled."""
        if not isinstance(exc, NetworkError | ServerError | RateLimited):
            return False
        message = explain(exc)
        go_on = self.session.dialogs.confirm(
            self,
            self.tr("The license server cannot be reached"),
            self.tr(
                "{what} The current license cannot be deactivated now. You can keep it, or "
                "go on: its seat then stays counted until it is released in the vendor's "
                "customer portal (a copy of it is kept on this computer)."
            ).format(what=message.what),
            yes=self.tr("&Go on without freeing it"),
            no=self.tr("&Keep the current license"),
        )
        if not go_on:
            self.panel.show_message(message)
            return True
        stored = self.session.stored
        if stored is not None:
            self.session.activator.store.move_aside(stored, "replaced")
        self.session.stored = None
        self.session.start_note = self.tr(
            "The previous license is no longer used here, but its seat is still counted: "
            "release it in the vendor's customer portal."
        )
        self._restart_at_welcome()
        return True

    def _restart_at_welcome(self) -> None:
        self.session.stored_problem = ""
        start_over(self, PageId.WELCOME)

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_buttons(True)
        self.status.setText("")
        special, self._task_failed = self._task_failed, None
        if special is not None and special(exc):
            return
        message = explain(exc)
        if isinstance(exc, ActivationInvalid) and exc.reason == "not_active":
            # Nothing is left to show or manage here: start over, saying why, with
            # the key (or account) ready to activate again.
            stored = self.session.stored
            if stored is not None:
                self.session.method = "user" if stored.kind == "user" else "license_key"
                from activation_wizard.core.activation import Identity

                self.session.identity = Identity(self.session.method, stored.identity)
            self.session.stored = None
            self.session.start_note = f"{message.what} {message.todo}"
            self._restart_at_welcome()
            return
        if isinstance(exc, ActivationInvalid):  # disabled, expired: the title says so too
            self._set_problem(f"{message.what} {message.todo}")
            return
        self.panel.show_message(message)

    def nextId(self) -> int:
        return -1
