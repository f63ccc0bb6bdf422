"""Longest pauses of the GUI thread through a whole activation (device facts,
signing, a request with 300 ms of sandbox latency, signature check, keyring
write, page change) and a Check now: the gaps between the ticks of a 5 ms
QTimer.  Prints one JSON line: p50, p99, max (ms), rss_mib.  Run by budget.py."""

from __future__ import annotations

import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from app.config import load_config
from app.core.activation import Activator
from app.gui.pages import PageId
from app.gui.wizard import ActivationWizard
from app.sandbox.faults import Faults
from app.sandbox.server import Sandbox


def wait_until(app: QApplication, check, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not check():
        if time.monotonic() > end:
            raise TimeoutError("the wizard did not get there")
        app.processEvents()
        time.sleep(0.001)


def main() -> int:
    app = QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp())
    with Sandbox(work / "sandbox.sqlite3", tls=True, faults=Faults(delay=0.3)) as sandbox:
        config = load_config(
            flags={
                **sandbox.info.config_flags(),
                "data_dir": str(work / "data"),
                "keyring_service": f"bench-gaps-{time.time_ns()}",
            },
            env={},
        )
        wizard = ActivationWizard(Activator(config))
        wizard.show()
        wait_until(app, lambda: not wizard.session.loading)
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def tick() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        timer.start()
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        next_button.click()  # welcome -> key
        wizard.key_page.edit.setText("DEMO-OKAY-0000-0001")
        next_button.click()  # key -> device (facts, request body)
        next_button.click()  # Activate
        wait_until(app, lambda: wizard.currentId() == PageId.DONE)
        wizard.session.stored = wizard.session.result.activation  # type: ignore[union-attr]
        wizard.setStartId(int(PageId.STATUS))
        wizard.restart()
        status = wizard.status_page
        status.check_button.click()
        wait_until(app, lambda: not status.busy and bool(status.status.text()))
        timer.stop()
        wizard.session.activator.deactivate()
        wizard.runner.shutdown(5000)
    gaps = sorted(gaps[1:])
    print(
        json.dumps(
            {
                "p50": statistics.median(gaps),
                "p99": gaps[int(len(gaps) * 0.99)],
                "max": gaps[-1],
                "ticks": len(gaps),
                "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
