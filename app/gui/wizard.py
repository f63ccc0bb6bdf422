"""The QWizard: pages wired by ``PageId``; where the GUI's parts are put together."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

from activation_wizard.config import Config
from activation_wizard.core.datadir import product_dir
from activation_wizard.gui import brand
from activation_wizard.gui.dialogs import Dialogs
from activation_wizard.gui.pages import PageId, Session, page_object_name
from activation_wizard.gui.pages.welcome import WelcomePage
from activation_wizard.gui.start import StartUp
from activation_wizard.gui.widgets import Notice, scroll_when_short
from activation_wizard.gui.window_fit import SizeMemory, WindowFit
from activation_wizard.gui.workers import TaskRunner
from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

if TYPE_CHECKING:  # loaded after the first frame (Session.activator)
    from activation_wizard.core.activation import Activator

log = logging.getLogger(__name__)
_B = QWizard.WizardButton
# The platform's order (macOS puts Cancel first), with every button it may show.
_STEPS = [_B.BackButton, _B.NextButton, _B.CommitButton, _B.FinishButton]
BUTTON_LAYOUT = (
    [_B.CancelButton, _B.Stretch, *_STEPS]
    if sys.platform == "darwin"
    else [_B.Stretch, *_STEPS, _B.CancelButton]
)


class ActivationWizard(QWizard):
    """The wizard, also for embedding in a vendor's own PySide6 application.

    Give it an ``Activator`` (to share one with the rest of the application), or
    just the ``Config``: the wizard then builds its own after the first frame.
    Events: ``activated(ActivationResult)`` once the server said yes (check
    ``result.save_error``), ``deactivated()`` once this device's seat was freed.
    """

    activated = Signal(object)
    deactivated = Signal()
    ready = Signal()  # it knows whether this device is activated (the keyring was read)

    def __init__(
        self,
        activator: Activator | Config,
        *,
        dialogs: Dialogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self)
        if isinstance(activator, Config):
            config, given = activator, None
        else:
            config, given = activator.config, activator
        self.session = Session(config, self.runner, dialogs or Dialogs(), built=given)
        self.product_named()
        self.setWindowIcon(brand.icon(config))
        brand.apply(self, config)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)

        # Before the first frame, only the pages that set the window's size: welcome
        # (shown first), offline (the tallest, in every shipped language), the codes'
        # page and status (the widest, but for welcome with several ways to activate);
        # only welcome when the last start with the same look remembered their size.
        # The rest are built once the stored activation was read (build_pages), or on
        # first use of one of their attributes (an embedding application).
        self.fit = WindowFit(self, SizeMemory(product_dir(config), repr(config), self))
        self.welcome_page = WelcomePage(self.session)
        self._add_page(PageId.WELCOME, self.welcome_page)
        if self.fit.remembered is None:
            self._build_sizing_pages()
        self._pages_built = False
        self.session.notify = self.show_note
        self.last_failure: BaseException | None = None
        self._deactivated = False
        # The window shows first; the stored activation is read after it (start.py).
        self.session.loading = True
        self.start_up = StartUp(self)
        self.welcome_page.try_again_button.clicked.connect(self.start_up.look_again)
        self.setStartId(int(PageId.WELCOME))
        self.currentIdChanged.connect(self._on_wizard_current_id_changed)

    def _build_sizing_pages(self) -> None:
        from activation_wizard.gui.pages.airgap import AirGapPage
        from activation_wizard.gui.pages.offline import OfflinePage
        from activation_wizard.gui.pages.status import StatusPage

        self.offline_page = OfflinePage(self.session)
        self.airgap_page = AirGapPage(self.session)
        self.status_page = StatusPage(self.session)
        self.status_page.deactivated.connect(lambda: setattr(self, "_deactivated", True))
        self.status_page.deactivated.connect(self.deactivated)
        self._add_page(PageId.OFFLINE, self.offline_page)
        self._add_page(PageId.AIRGAP, self.airgap_page)
        self._add_page(PageId.STATUS, self.status_page)

    def build_pages(self) -> None:
        """Every other page (imported here: their modules are not needed for the
        first frame); the window keeps its size unless one is larger."""
        if self._pages_built:
            return
        self._pages_built = True
        from activation_wizard.gui.pages.activating import ActivatingPage
        from activation_wizard.gui.pages.credentials import CredentialsPage
        from activation_wizard.gui.pages.device import DevicePage
        from activation_wizard.gui.pages.done import DonePage
        from activation_wizard.gui.pages.license_key import LicenseKeyPage
        from activation_wizard.gui.pages.licenses import LicensesPage
        from activation_wizard.gui.pages.password import PasswordPage
        from activation_wizard.gui.pages.sso import SsoPage
        from activation_wizard.gui.pages.trial import TrialPage

        session = self.session
        if "offline_page" not in self.__dict__:  # (their size was remembered)
            self._build_sizing_pages()
        self.key_page = LicenseKeyPage(session)
        self.credentials_page = CredentialsPage(session)
        self.licenses_page = LicensesPage(session)
        self.password_page = PasswordPage(session)
        self.trial_page = TrialPage(session)
        self.sso_page = SsoPage(session)
        self.sso_again_page = SsoPage(session, again=True)
        self.device_page = DevicePage(session)
        self.activating_page = ActivatingPage(session)
        self.done_page = DonePage(session)
        for page_id, page in (
            (PageId.LICENSE_KEY, self.key_page),
            (PageId.CREDENTIALS, self.credentials_page),
            (PageId.LICENSES, self.licenses_page),
            (PageId.PASSWORD, self.password_page),
            (PageId.TRIAL, self.trial_page),
            (PageId.SSO, self.sso_page),
            (PageId.SSO_AGAIN, self.sso_again_page),
            (PageId.DEVICE, self.device_page),
            (PageId.ACTIVATING, self.activating_page),
            (PageId.DONE, self.done_page),
        ):
            self._add_page(page_id, page)
        session.password_holders.append(self.credentials_page.forget_password)
        self.activating_page.activation_succeeded.connect(self.activated)
        self.activating_page.activation_failed.connect(self._on_activation_failed)
        if self.fit.sized:
            self.fit.every_page()
            self.fit.remember(self.offline_page, self.airgap_page, self.status_page)

    def _add_page(self, page_id: PageId, page: QWizardPage) -> None:
        # A public name (tests and the QA driver find pages by it, in any language).
        page.setObjectName(page_object_name(page_id))
        scroll_when_short(page)  # a short screen or a large scale scrolls, not overflows
        self.setPage(int(page_id), page)

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not set yet: the pages built after the first frame.
        if name.endswith("_page") and not self.__dict__.get("_pages_built", True):
            self.build_pages()
            if name in self.__dict__:
                return self.__dict__[name]
        raise AttributeError(name)

    @Slot(object)
    def _on_activation_failed(self, exc: BaseException) -> None:
        self.last_failure = exc

    @property
    def is_ready(self) -> bool:
        """It has read this computer's activation and shows the page for it."""
        return not self.session.loading

    def product_named(self) -> None:
        """Titles with the product's name (again once the server's name arrived)."""
        config = self.session.config
        default = self.tr("{name} activation").format(name=self.session.product_name)
        self.setWindowTitle(brand.window_title(config, default))
        status = self.__dict__.get("status_page")  # (not yet, before build_pages)
        if status is not None:
            status.retitle()

    def exit_code(self) -> int:
        """How the wizard ended, as the CLI's exit codes: 0 only with an activation
        on this device; else why not (a refusal, no network, ...; 130 when the user
        just left)."""
        from activation_wizard.errors import Cancelled, NotActivated
        from activation_wizard.exitcodes import ExitCode, exit_code_for

        result = self.session.result
        if result is not None and result.save_error is None:
            return int(ExitCode.OK)
        if self.session.stored is not None and not self.session.stored_problem:
            return int(ExitCode.OK)
        if self.last_failure is not None:
            return int(exit_code_for(self.last_failure))
        if self.session.stored is not None or self._deactivated:  # not usable, or freed
            return int(exit_code_for(NotActivated()))
        return int(exit_code_for(Cancelled()))

    def show_note(self, text: str) -> None:
        """Tell the user something that happened in the background, on the page they
        are on (or the welcome page, next time it shows)."""
        if not text:
            return
        note = getattr(self.currentPage(), "note", None)
        if isinstance(note, Notice):
            note.set_text(text)
        else:
            self.session.start_note = text

    @Slot(int)
    def _on_wizard_current_id_changed(self, page_id: int) -> None:
        if page_id >= 0:  # where the user went: for support (and the bundle's X11 test)
            log.info("page: %s", PageId(page_id).name.lower())
            shown = getattr(self.page(page_id), "page_shown", None)
            if shown is not None:  # pages that must notice a return (QWizard tells none)
                shown()
        self.product_named()  # the license met on the way may name the product
        if page_id >= 0 and page_id != PageId.ACTIVATING:  # (-1: the wizard closing)
            # A failure counts for the exit code only while it is on screen: a user who
            # went back to change the key, then cancelled, cancelled (130).
            self.last_failure = None
        # Once activated (or on the status page) there is nothing left to cancel.
        finished = page_id in (PageId.DONE, PageId.STATUS)
        self.setOption(QWizard.WizardOption.NoCancelButton, finished)
        # The activating page moves on by itself: a Continue button there could only
        # ever be disabled (and would sit greyed beside every error).
        skipped = [_B.CommitButton] if page_id == PageId.ACTIVATING else []
        if finished:
            skipped.append(_B.CancelButton)  # (a custom layout overrides NoCancelButton)
        self.setButtonLayout([b for b in BUTTON_LAYOUT if b not in skipped])

    def reject(self) -> None:
        # Cancel (or Esc) while the server is being asked: abort that request and go
        # back to the key, instead of closing the window on a half-done activation.
        if self.session.closing:
            super().reject()
            return
        if self.currentId() == PageId.ACTIVATING and self.activating_page.busy:
            self.activating_page.cancel_and_return()
            return
        from activation_wizard.gui.pages.sso import SsoPage

        page = self.currentPage()
        if isinstance(page, SsoPage) and page.busy:  # stop waiting for the browser only
            page.cancel_wait()
            return
        super().reject()

    def done(self, result: int) -> None:
        self.runner.shutdown()
        self.session.forget_password()  # however the wizard ends
        if self.session.built is not None:  # (none to close if it was never built)
            self.session.built.close_connections()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # e.g. the system went dark
            brand.accent(self, self.session.config)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.fit.sized:
            self.fit.shown()
            brand.fit_banner(self, self.session.config, self.width())
            self.start_up.after_first_frame(self.currentPage())

    def _activating(self) -> bool:
        page = self.__dict__.get("activating_page")  # (closing before it was built)
        return page is not None and bool(page.busy)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window goes: an activation in flight is cancelled and left journaled
        # (intent: undo) for the next start to settle; no new background work.
        # Closing it (Alt+F4, the title bar) mid-activation asks first.
        if self._activating() and not self.session.closing:
            stop = self.session.dialogs.confirm(
                self,
                self.tr("Stop the activation?"),
                self.tr(
                    "The license server is confirming your license right now. If you close "
                    "the window, the activation is cancelled; whatever the server already "
                    "did is undone the next time the wizard starts, so no seat is lost."
                ),
                yes=self.tr("&Stop and close"),
                no=self.tr("&Keep activating"),
                # Finished behind the question: it closes, and the page shows the result.
                until=(
                    self.activating_page.activation_succeeded,
                    self.activating_page.activation_failed,
                ),
            )
            if not stop or (not self._activating() and self.session.result is not None):
                event.ignore()  # kept open (or it finished meanwhile: show the result)
                return
        self.session.closing = True
        if self._activating():
            self.activating_page.cancel()
        self.runner.shutdown()
        super().closeEvent(event)
