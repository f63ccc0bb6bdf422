"""Longest pauses of the GUI thread through a whole activation (device facts,
signing, a request with 300 ms of sandbox latency, signature check, keyring
write, page change) and a Check now: the gaps between the ticks of a 5 ms
QTimer.  Prints one JSON line: p50, p99, max (ms), rss_mib.  Run by budget.py.

The sandbox runs in its own process, as the real server would: its threads
and its memory are not the wizard's."""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from activation_wizard.pyside import load_for_program

load_for_program()  # as the wizard's own process loads PySide6

from activation_wizard.config import load_config  # noqa: E402
from activation_wizard.core.activation import Activator  # noqa: E402
from activation_wizard.gui.pages import PageId  # noqa: E402
from activation_wizard.gui.wizard import ActivationWizard  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402


def wait_until(app: QApplication, check, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop, as the real program does (no polling with sleeps that
    would add pauses of the harness's own), until ``check()`` holds."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)
    poll.timeout.connect(lambda: check() and loop.quit())
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: loop.exit(1))
    if check():
        return
    poll.start()
    give_up.start(int(timeout * 1000))
    failed = loop.exec()
    poll.stop()
    give_up.stop()
    if failed:
        raise TimeoutError("the wizard did not get there")


def main() -> int:
    app = QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp())
    db = work / "sandbox.sqlite3"
    sandbox = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "activation_wizard",
            "sandbox",
            "--tls",
            "--delay",
            "0.3",
            "--db",
            str(db),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert sandbox.stdout is not None
    info = json.loads(sandbox.stdout.readline())
    keys = ("api_url", "product", "api_key", "shared_key", "public_key", "ca_file")
    try:
        config = load_config(
            flags={
                **{k: info[k] for k in keys},
                "data_dir": str(work / "data"),
                "keyring_service": f"bench-gaps-{time.time_ns()}",
            },
            env={},
        )
        wizard = ActivationWizard(Activator(config))
        wizard.show()
        # Settled as a user finds it: nobody clicks within the first 50 ms, when the
        # welcome page asks the server what the product offers.
        welcome = wizard.welcome_page
        wait_until(app, lambda: not wizard.session.loading and welcome.product_checked)
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def tick() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        def measure_from_now() -> None:
            app.processEvents()
            last[0] = clock.nsecsElapsed()
            timer.start()

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        measure_from_now()
        next_button = wizard.button(QWizard.WizardButton.NextButton)

        def click_next(then: PageId) -> None:  # one click, handled as a user's would be
            QTimer.singleShot(0, next_button.click)
            wait_until(app, lambda: wizard.currentId() == then)

        click_next(PageId.LICENSE_KEY)
        wizard.key_page.edit.setText("DEMO-OKAY-0000-0001")
        click_next(PageId.DEVICE)  # device facts, the request body
        click_next(PageId.ACTIVATING)
        wait_until(app, lambda: wizard.currentId() == PageId.DONE)
        timer.stop()
        # The next start: the status page, where the user clicks Check now.
        wizard.session.stored = wizard.session.result.activation  # type: ignore[union-attr]
        wizard.setStartId(int(PageId.STATUS))
        wizard.restart()
        status = wizard.status_page
        measure_from_now()
        QTimer.singleShot(0, status.check_button.click)
        wait_until(app, lambda: status.busy)
        wait_until(app, lambda: not status.busy and bool(status.status.text()))
        timer.stop()
        wizard.session.activator.deactivate()
        wizard.runner.shutdown(5000)
    finally:
        sandbox.terminate()
        sandbox.wait(10)
    gaps = sorted(gaps)
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
