"""The wizard's start: given only the settings (as an embedding application may), it
builds its use cases after the first frame, off the GUI thread; a window that is never
painted (minimised, hidden behind a splash) still reads its activation; a later start
remembers the window's size instead of building the pages that set it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from activation_wizard.config import Config
from activation_wizard.core.activation import Activator
from activation_wizard.gui.pages import PageId
from activation_wizard.gui.window_fit import SIZE_FILE, SizeMemory
from activation_wizard.gui.wizard import ActivationWizard
from activation_wizard.sandbox.server import Sandbox
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
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


LATER_START = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from activation_wizard.pyside import load_for_program
load_for_program()
from activation_wizard import i18n
from activation_wizard.config import load_config
from PySide6.QtWidgets import QApplication

language, data_dir = sys.argv[1:3]
i18n.install(language)
config = load_config(
    flags={"product": "p", "api_key": "k", "shared_key": "s", "data_dir": data_dir,
           "authorization_method": "license-key"},
    env={},
)
app = QApplication([])
i18n.attach()
from activation_wizard.gui.window_fit import SIZE_FILE, SizeMemory
from activation_wizard.gui.wizard import ActivationWizard
wizard = ActivationWizard(config)
seen = {}

class AtPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            seen["at_paint"] = list(wizard.size().toTuple())
            seen["sizing_pages_built"] = "offline_page" in wizard.__dict__
        return False

wizard.show()
at_paint = AtPaint()  # installed after the wizard's own filter: sees the paint first
wizard.currentPage().installEventFilter(at_paint)

def settled():
    if wizard.is_ready and wizard.__dict__.get("_pages_built"):
        seen["settled"] = list(wizard.size().toTuple())
        app.quit()
    else:
        QTimer.singleShot(20, settled)

QTimer.singleShot(0, settled)
app.exec()
wizard.runner.shutdown()
print(json.dumps(seen))
"""


def start(language: str, data_dir: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    done = subprocess.run(
        [sys.executable, "-c", LATER_START, language, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    seen: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


@pytest.mark.parametrize("language", ["en", "de", "ja"])
def test_a_later_start_builds_fewer_pages_first_and_opens_at_the_final_size(
    language: str, tmp_path: Path
) -> None:
    first = start(language, tmp_path)
    assert first["sizing_pages_built"] is True  # nothing remembered: built to measure
    later = start(language, tmp_path)
    assert later["sizing_pages_built"] is False
    # Either way the window does not grow when the other pages arrive, and a later
    # start opens at the size the first one did.
    assert first["at_paint"] == first["settled"] == later["at_paint"] == later["settled"]


def test_another_look_or_a_damaged_file_is_no_memory(qapp: QApplication, tmp_path: Path) -> None:
    window = QWidget()
    memory = SizeMemory(tmp_path, "settings one", window)
    assert memory.recall() is None  # nothing kept yet
    memory.keep((640, 700))
    assert SizeMemory(tmp_path, "settings one", window).recall() == (640, 700)
    assert SizeMemory(tmp_path, "settings two", window).recall() is None
    font = qapp.font()
    try:
        larger = qapp.font()
        larger.setPointSizeF(font.pointSizeF() * 1.5)
        qapp.setFont(larger)  # the desktop's font changed
        assert SizeMemory(tmp_path, "settings one", window).recall() is None
    finally:
        qapp.setFont(font)
    path = tmp_path / SIZE_FILE
    for damaged in (b"", b"\xff\xfe", f"{memory.key} 640".encode(), f"{memory.key} 0 9".encode()):
        path.write_bytes(damaged)
        assert memory.recall() is None
    path.unlink()
    os.mkfifo(path)  # another program's trap: the start must not wait on it
    assert memory.recall() is None
    memory.keep((640, 700))  # nor the first pages' build, to write it
    assert memory.recall() == (640, 700)
    path.unlink()
    path.mkdir()  # (not a file at all)
    assert memory.recall() is None
    memory.keep((640, 700))  # and keeping does not fail either
