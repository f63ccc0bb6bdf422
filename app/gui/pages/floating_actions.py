"""The status page's floating-seat buttons: borrow the seat for offline use (up to
the license's ``max_borrow_time``), or give a borrowed seat back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from activation_wizard.core.cancel import CancelToken
from activation_wizard.gui.pages import Session
from activation_wizard.i18n import format_datetime
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

if TYPE_CHECKING:  # (the use cases load after the first frame, which may hold this page)
    from activation_wizard.core.runtime import License
    from activation_wizard.core.store import StoredActivation

DEFAULT_HOURS = 24


class FloatingActions(QWidget):
    """Runs its work through the page's ``run`` (busy text, buttons, failures), and
    hands the activation as the server left it to ``done``."""

    def __init__(
        self,
        session: Session,
        run: Callable[[str, Callable[[CancelToken], Any], Callable[[Any], None]], None],
        done: Callable[[StoredActivation], None],
    ) -> None:
        super().__init__()
        self.session, self._run, self._done = session, run, done
        self._most = 0
        self.borrow_button = QPushButton(self.tr("&Borrow for offline use…"))
        self.borrow_button.setObjectName("borrowButton")
        self.borrow_button.clicked.connect(self._on_borrow_clicked)
        self.return_button = QPushButton(self.tr("Re&turn the borrowed seat"))
        self.return_button.setObjectName("returnBorrowedButton")
        self.return_button.clicked.connect(self._on_return_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.borrow_button)
        row.addWidget(self.return_button)
        row.addStretch(1)
        self.hide()

    def show_for(self, stored: StoredActivation | None) -> None:
        info = stored.license if stored is not None and not stored.offline else None
        floating = info is not None and (info.is_floating_cloud or info.is_floating)
        borrowed = bool(info is not None and info.is_borrowed)
        self._most = (info.max_borrow_time or 0) if info is not None else 0
        # An account's borrow signs in again: the CLI asks the password (never stored).
        by_key = stored is not None and stored.kind == "license_key"
        self.borrow_button.setVisible(
            floating
            and by_key
            and not borrowed
            and bool(info and info.can_borrow)
            and self._most > 0
        )
        self.return_button.setVisible(floating and borrowed)
        self.setVisible(self.borrow_button.isVisibleTo(self) or borrowed)

    def set_enabled(self, enabled: bool) -> None:
        self.borrow_button.setEnabled(enabled)
        self.return_button.setEnabled(enabled)

    @Slot()
    def _on_borrow_clicked(self) -> None:
        most = self._most
        latest = format_datetime(datetime.now().astimezone() + timedelta(hours=most))
        hours = self.session.dialogs.ask_hours(
            self,
            self.tr("Borrow the seat"),
            self.tr(
                "For how many hours should this computer keep its seat without a "
                "connection? At most {most} (until {latest}); the seat is taken from "
                "the others meanwhile. You can return it early."
            ).format(most=most, latest=latest),
            most=most,
            start=DEFAULT_HOURS,
        )
        if hours is None:
            return
        until = datetime.now().astimezone() + timedelta(hours=hours)
        lic = self._license()

        def work(token: CancelToken) -> StoredActivation:
            return lic.borrow(until, token)

        self._run(self.tr("Borrowing the seat…"), work, self._done)

    @Slot()
    def _on_return_clicked(self) -> None:
        lic = self._license()

        def work(token: CancelToken) -> StoredActivation:
            return lic.return_borrowed(token)

        self._run(self.tr("Returning the seat…"), work, self._done)

    def _license(self) -> License:
        from activation_wizard.core.runtime import License

        activator = self.session.activator
        return License(activator.config, activator=activator)
