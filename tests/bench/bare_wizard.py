"""The baseline: a bare PySide6 QWizard with one page, quitting after its first
frame and printing its moment exactly as ``activation-wizard
--exit-after-first-frame`` does.  (floor_memory.py shows the same wizard.)"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


class FirstFrame(QObject):
    painted = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = time.monotonic()
            QTimer.singleShot(0, QApplication.quit)
        return False


def bare_wizard() -> tuple[QWizard, QWizardPage]:
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("Activate")
    QVBoxLayout(page).addWidget(QLabel("A bare wizard page."))
    wizard.addPage(page)
    return wizard, page


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    wizard, page = bare_wizard()
    watcher = FirstFrame()
    page.installEventFilter(watcher)
    wizard.show()
    app.exec()
    if not watcher.painted:
        raise SystemExit("no frame was painted")
    print(f"first frame at monotonic {watcher.painted:.6f}", flush=True)
