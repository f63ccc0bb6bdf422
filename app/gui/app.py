"""Starting the wizard as a program: QApplication, crash dialog, test hooks."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from activation_wizard import i18n
from activation_wizard.gui.pages import PageId
from activation_wizard.gui.wizard import ActivationWizard
from activation_wizard.logs import log_file
from activation_wizard.messages import UserMessage
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard

if TYPE_CHECKING:
    from activation_wizard.config import Config
    from activation_wizard.core.activation import Activator

log = logging.getLogger(__name__)


def _install_excepthook() -> None:
    """Unexpected errors: log them and show copyable details instead of dying silently."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error\n%s", details)
        _critical(
            i18n.translate("app", "Unexpected error"),
            i18n.translate(
                "app",
                "Something went wrong. Nothing was changed on this device.\n"
                "Please send the details below, or the log {log}, to support.",
            ).format(log=log_file()),
            details,
        )

    sys.excepthook = hook


def _critical(title: str, text: str, details: str) -> None:
    if not has_screen():  # nobody could close it: the process would wait forever
        return  # (the log and stderr have the details)
    # Imported here: PySide6 builds QMessageBox's enums on first import (before the
    # first frame otherwise), and most runs never show one.
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.setDetailedText(details)
    box.exec()


def has_screen() -> bool:
    """Would a window be seen? (Not offscreen, and on Linux a display to show it on.)"""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform in ("offscreen", "minimal"):
        return False
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def show_fatal(message: UserMessage) -> None:
    """An error that stops the program before the wizard opens, in a dialog: a
    bundle started by double-click has no console where stderr could be read."""
    if not has_screen():
        return
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    _critical(message.title, f"{message.what}\n\n{message.todo}", message.as_text())


def _drive(wizard: ActivationWizard, key: str, screenshot: Path | None) -> None:
    """Walk the real pages with ``key``, as a user would, then keep a screenshot of
    where it ended (the headless demo of README command one)."""
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    def finish() -> None:
        if screenshot is not None:
            wizard.grab().save(str(screenshot))
        wizard.close()

    def step(page_id: int) -> None:
        if page_id == PageId.LICENSE_KEY:
            wizard.key_page.edit.setText(key)
        if page_id in (PageId.WELCOME, PageId.LICENSE_KEY, PageId.DEVICE):
            QTimer.singleShot(200, next_button.click)
        elif page_id in (PageId.DONE, PageId.STATUS):
            QTimer.singleShot(300, finish)

    wizard.activating_page.activation_failed.connect(lambda _: QTimer.singleShot(300, finish))

    def begin() -> None:  # once the wizard knows whether this device is activated
        wizard.currentIdChanged.connect(step)
        step(wizard.currentId())

    wizard.ready.connect(begin)


class FirstFrame(QObject):
    """Quits the application once the wizard's first page has been painted: start-up
    timed from outside with standard tools (``/usr/bin/time -v``), or to the frame
    itself by the moment it prints (the system's monotonic clock, which a harness
    reads too when it starts the process: tests/bench/budget.py)."""

    def __init__(self, wizard: ActivationWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.painted: float | None = None
        self.page = wizard.currentPage()
        self.page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted is None:
            self.painted = time.monotonic()
            self.wizard.session.closing = True  # no work after the frame (start.py's)
            QTimer.singleShot(0, QApplication.quit)  # after this paint reaches the screen
        return False

    def report(self) -> None:
        if self.painted is not None and sys.stdout is not None:  # none in a windowed build
            print(f"first frame at monotonic {self.painted:.6f}", flush=True)


def run_wizard(
    activator: Activator | Config,
    *,
    quit_after_ms: int | None = None,
    exit_after_first_frame: bool = False,
    screenshot: Path | None = None,
    demo_key: str | None = None,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Activation Wizard")
    i18n.attach()  # the language main() chose, now for self.tr as well
    if i18n.right_to_left():  # the layout mirrors
        from PySide6.QtCore import Qt

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    _install_excepthook()
    wizard = ActivationWizard(activator)
    wizard.show()
    if demo_key is not None:
        _drive(wizard, demo_key, screenshot)
    elif screenshot is not None:
        QTimer.singleShot(300, lambda: wizard.grab().save(str(screenshot)))
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, wizard.close)
        QTimer.singleShot(quit_after_ms + 50, app.quit)
    if exit_after_first_frame:
        watcher = FirstFrame(wizard)
        app.exec()
        wizard.runner.shutdown()
        watcher.report()
        return 0 if watcher.painted is not None else 1
    app.exec()
    wizard.runner.shutdown()
    return wizard.exit_code()
