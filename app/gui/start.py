"""What the wizard does once its first frame is up (not before: a worker's imports
would compete with the first paint): read this computer's activation
on a worker (the use cases are built there, off the GUI thread), then build the
other pages, show the status page if activated, settle an activation interrupted
last time, and polish the pages not seen yet, one per turn of the event loop."""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from activation_wizard.core.cancel import CancelToken
from activation_wizard.errors import ActivationInvalid, NotActivated, StorageError, WizardError
from activation_wizard.gui.pages import PageId
from activation_wizard.gui.widgets import explain, polish_ahead
from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from pathlib import Path

    from activation_wizard.core.store import StoredActivation
    from activation_wizard.gui.wizard import ActivationWizard

    # What the start found: the activation (or the one refused), why not, the SDK's file.
    Looked = tuple[StoredActivation | None, WizardError | None, Path | None]

log = logging.getLogger(__name__)
UNPAINTED_MS = 500  # a window not painted by then (minimised, hidden) goes on anyway
# Refusals the server can undo (a renewal, re-enabling): the status page handles them.
REVERSIBLE = ("expired", "disabled", "clock_rolled_back", "check_needed")


class StartUp(QObject):
    def __init__(self, wizard: ActivationWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self._first_look = True

    def after_first_frame(self, page: QWidget) -> None:
        """Start once ``page`` (shown first) has been painted."""
        page.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_MS, self._framed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._framed)  # once this paint reached the screen
        return False

    @Slot()
    def _framed(self) -> None:
        session = self.wizard.session
        if session.framed or session.closing:
            return
        session.framed = True
        self.look()
        for call in session.after_frame:
            call()
        session.after_frame.clear()

    @Slot()
    def look(self) -> None:
        """Read the stored activation on a worker (reading may make the system ask for
        the keyring's password: that must not freeze the window, nor precede it)."""
        session = self.wizard.session

        def work(token: CancelToken) -> Looked:
            activator = session.activator  # the first time, built here: not on the GUI thread
            try:
                return activator.load(), None, None
            except NotActivated:
                return None, None, activator.sdk_file_offer()
            except (ActivationInvalid, StorageError) as exc:
                if isinstance(exc, ActivationInvalid) and exc.reason in REVERSIBLE:
                    # Still this device's activation: shown, with Check now and Deactivate.
                    with contextlib.suppress(WizardError):
                        return activator.load_refused(), exc, None
                return None, exc, None

        self.wizard.runner.start(work, self._on_looked, self._on_look_failed)

    @Slot()
    def look_again(self) -> None:
        wizard = self.wizard
        wizard.session.loading = True
        wizard.session.start_note = ""
        wizard.welcome_page.initializePage()
        wizard.welcome_page.completeChanged.emit()
        self.look()

    @Slot(object)
    def _on_looked(self, answer: Looked) -> None:
        wizard, session = self.wizard, self.wizard.session
        wizard.build_pages()  # (their modules need the use cases, loaded by now)
        stored, problem, sdk_file = answer
        session.sdk_file = sdk_file
        session.loading = False
        message = explain(problem) if problem is not None else None
        if stored is not None:
            session.stored = stored
            session.stored_problem = f"{message.what} {message.todo}" if message else ""
            wizard.setStartId(int(PageId.STATUS))
            wizard.restart()
        elif message is not None:
            session.start_note = f"{message.what} {message.todo}"
        wizard.welcome_page.looked(storage_failed=isinstance(problem, StorageError))
        if self._first_look:
            self._first_look = False
            log.info("ready: %s", "activated" if stored is not None else "not activated")
            wizard.ready.emit()
            QTimer.singleShot(0, self._prepare_pages)  # while the user reads
            self._settle_left_over()

    @Slot(object)
    def _on_look_failed(self, exc: BaseException) -> None:
        self._on_looked(
            (None, exc if isinstance(exc, WizardError) else WizardError(str(exc)), None)
        )

    @Slot()
    def _prepare_pages(self) -> None:
        """Pages the user has not seen yet, made ready to show within a frame: one
        per turn of the event loop (all at once held the window for 40-60 ms)."""
        wizard = self.wizard
        wizard.device_page.prepare()
        waiting = [i for i in wizard.pageIds() if i != wizard.currentId()]

        def next_page() -> None:
            if waiting and (page_id := waiting.pop(0)) != wizard.currentId():
                polish_ahead(wizard.page(page_id))
            if waiting:
                QTimer.singleShot(0, self, next_page)

        next_page()

    def _settle_left_over(self) -> None:
        """An activation interrupted last time (crash, lost answer): settle it now,
        in the background, and say what was done."""
        wizard = self.wizard
        activator = wizard.session.activator
        if not activator.journal.path.exists():
            return

        def work(token: CancelToken) -> str:
            return activator.reconcile(token)

        def done(text: str) -> None:
            wizard.show_note(text)
            if activator.store.exists() and wizard.currentId() == PageId.WELCOME:
                with contextlib.suppress(WizardError):
                    wizard.session.stored = activator.load()
                    wizard.setStartId(int(PageId.STATUS))
                    wizard.restart()
                    wizard.show_note(text)

        def failed(exc: BaseException) -> None:
            log.info("interrupted activation not settled yet (%s)", exc)

        wizard.runner.start(work, done, failed)
