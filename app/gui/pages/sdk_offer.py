"""The welcome page's offer to take over an activation the program made itself
through the official LicenseSpring SDK (its license file was found at start)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from activation_wizard.gui.pages import Session
from activation_wizard.gui.widgets import Notice
from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QPushButton, QWizardPage

if TYPE_CHECKING:
    from activation_wizard.core.store import StoredActivation


class SdkOffer(QObject):
    """Its button (``adoptSdkButton``) and the page's ``note`` while it works; the page's
    own import handlers take the outcome (the status page, or why not)."""

    def __init__(
        self,
        page: QWizardPage,
        session: Session,
        note: Notice,
        taken: Callable[[StoredActivation], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(page)
        self.note = note
        self.session = session
        self.taken = taken
        self.failed = failed
        self.button = QPushButton(self.tr("&Use this activation"))
        self.button.setObjectName("adoptSdkButton")
        self.button.setAutoDefault(False)  # Enter still means Next on the page
        self.button.setToolTip(self.tr("The license server confirms it; no second seat is used"))
        self.button.clicked.connect(self._on_button_clicked)
        self.button.hide()

    def show(self) -> None:
        found = self.session.sdk_file is not None
        self.button.setVisible(found)
        if found and not self.session.start_note:
            self.note.set_text(
                self.tr(
                    "{product} is already activated on this computer by the program "
                    "itself. Use this activation to manage it here; no second seat is used."
                ).format(product=self.session.product_name)
            )

    @Slot()
    def _on_button_clicked(self) -> None:
        activator = self.session.activator
        path = self.session.sdk_file
        self.button.setEnabled(False)
        self.note.set_text(self.tr("Taking it over; the license server confirms it…"))
        self.session.runner.start(
            lambda token: activator.adopt_sdk_file(path, token),
            self._on_taken,
            self._on_failed,
        )

    @Slot(object)
    def _on_taken(self, stored: StoredActivation) -> None:
        self.session.sdk_file = None
        self.button.setEnabled(True)
        self.taken(stored)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.failed(exc)
