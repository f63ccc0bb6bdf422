"""The wizard's start: given only the settings (as an embedding application may), it
builds its use cases after the first frame, off the GUI thread; and a window that is
never painted (minimised, hidden behind a splash) still reads its activation."""

from __future__ import annotations

import threading

from activation_wizard.config import Config
from activation_wizard.core.activation import Activator
from activation_wizard.gui.pages import PageId
from activation_wizard.gui.wizard import ActivationWizard
from activation_wizard.sandbox.server import Sandbox
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from tests.qt.conftest import ScriptedDialogs
from tests.qt.test_wizard_flow import enter_key_and_activate


def test_a_wizard_given_only_the_settings_activates_and_stores_for_real(
    qtbot: QtBot, config: Config, sandbox: Sandbox, dialogs: ScriptedDialogs
) -> None:
    built_on: list[str] = []
    real_init = Activator.__init__

    def noting_thread(self: Activator, *args: object, **kwargs: object) -> None:
        built_on.append(threading.current_thread().name)
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]

    Activator.__init__ = noting_thread  # type: ignore[method-assign]
    try:
        wizard = ActivationWizard(config, dialogs=dialogs)
        qtbot.addWidget(wizard)
        assert wizard.session.built is None  # nothing of the use cases before the window
        wizard.show()
        qtbot.waitUntil(lambda: wizard.is_ready, timeout=10000)
    finally:
        Activator.__init__ = real_init  # type: ignore[method-assign]
    assert len(built_on) == 1 and built_on[0] != threading.main_thread().name
    enter_key_and_activate(qtbot, wizard, "DEMO-OKAY-0000-0001")
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=10000)
    assert wizard.session.result is not None and wizard.session.result.save_error is None
    # In the system's keyring, where the vendor's program finds it.
    assert Activator(config).load().identity == "DEMO-OKAY-0000-0001"
    assert sandbox.db.seats_used("DEMO-OKAY-0000-0001") == 1
    wizard.close()
    assert wizard.runner.shutdown(5000)


class NoPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Paint  # swallowed: the page is never painted


def test_a_window_never_painted_still_reads_its_activation(
    qtbot: QtBot, activator: Activator, dialogs: ScriptedDialogs
) -> None:
    wizard = ActivationWizard(activator, dialogs=dialogs)
    qtbot.addWidget(wizard)
    wizard.show()
    blind = NoPaint()  # (the last filter installed sees events first: before the wizard's)
    wizard.welcome_page.installEventFilter(blind)
    assert not wizard.is_ready
    qtbot.waitUntil(lambda: wizard.is_ready, timeout=5000)  # (after UNPAINTED_MS)
    assert wizard.session.framed
    assert wizard.runner.shutdown(5000)
