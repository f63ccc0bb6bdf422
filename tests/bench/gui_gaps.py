"""Longest pauses of the GUI thread in every flow a user walks through the wizard,
against a sandbox with 300 ms of latency: a license key, an account (e-mail and
password), single sign-on, offline (request file out, license file in), and a
Check now on the status page.  A pause is a gap between the ticks of a 5 ms
QTimer, counted per flow, from the click that starts it to the page that ends it.
Prints one JSON line: {"flows": {flow: {p50, p99, max (ms), ticks}}, "rss_mib"}.
Run by budget.py.  With --one-activation: the key flow only, in a fresh process,
for the peak RSS of one whole activation (all five flows in one window hold two
wizards' pages and two products' answers: more than any user's activation).

The sandbox runs in its own process, as the real server would, and so does the
played browser of single sign-on: their threads and memory are not the wizard's."""

from __future__ import annotations

import json
import resource
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from activation_wizard.pyside import load_for_program

load_for_program()  # as the wizard's own process loads PySide6

import httpx  # noqa: E402
from activation_wizard.config import load_config, sandbox_flags  # noqa: E402
from activation_wizard.core.activation import Activator  # noqa: E402
from activation_wizard.gui.pages import PageId  # noqa: E402
from activation_wizard.gui.wizard import ActivationWizard  # noqa: E402
from activation_wizard.testing.dialogs import ScriptedDialogs  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QApplication, QWizard  # noqa: E402

FLOWS = ("key", "account", "sso", "offline", "check")
NEXT = QWizard.WizardButton.NextButton
# The system browser for single sign-on, played as tests/qt/test_sso_flow.py does.
BROWSER = (
    "import sys; from activation_wizard.testing.browser import PlayedBrowser; "
    "PlayedBrowser(sys.argv[1], user=sys.argv[2]).visit(sys.argv[3])"
)


def wait_until(app: QApplication, check: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop, as the real program does (no polling with sleeps that
    would add pauses of the harness's own), until ``check()`` holds."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)
    poll.timeout.connect(lambda: loop.quit() if check() else None)
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


def click(app: QApplication, button: QAbstractButton, until: Callable[[], bool]) -> None:
    """One click, handled from the event loop as a user's would be; then wait."""
    QTimer.singleShot(0, button.click)
    wait_until(app, until)


class Ticks:
    """The gaps between the ticks of a 5 ms QTimer, kept per flow while one runs."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.gaps: dict[str, list[float]] = {}
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.current: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.current.append((now - self.last) / 1e6)
        self.last = now

    def start(self, flow: str) -> None:
        self.app.processEvents()  # what the harness left pending is not the flow's
        self.current = self.gaps.setdefault(flow, [])
        self.last = self.clock.nsecsElapsed()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def summary(self) -> dict[str, dict[str, float]]:
        out = {}
        for flow in (f for f in FLOWS if f in self.gaps):
            gaps = sorted(self.gaps[flow])
            out[flow] = {
                "p50": statistics.median(gaps),
                "p99": gaps[int(len(gaps) * 0.99)],
                "max": gaps[-1],
                "ticks": len(gaps),
            }
        return out


class Bench:
    """One wizard per product (keys: sandbox-demo; accounts and SSO: sandbox-users),
    shown in turn, and the steps between flows that are not measured."""

    def __init__(self, app: QApplication, info: dict[str, Any], work: Path) -> None:
        self.app = app
        self.info = info
        self.work = work
        self.dialogs = ScriptedDialogs()
        self.browsers: list[subprocess.Popen[bytes]] = []
        self.dialogs.browser = self._open_browser

    def _open_browser(self, url: str) -> bool:
        # Its own process, as a browser is: its TLS and HTML work is not the wizard's.
        self.browsers.append(
            subprocess.Popen(
                [sys.executable, "-c", BROWSER, self.info["ca_file"], "alice@acme.example", url]
            )
        )
        return True

    def open(self, product: str, **flags: object) -> ActivationWizard:
        config = load_config(
            flags={
                **sandbox_flags(self.info),
                "product": product,
                "data_dir": str(self.work / product),
                "keyring_service": f"bench-gaps-{product}-{time.time_ns()}",
                **flags,
            },
            env={},
        )
        wizard = ActivationWizard(Activator(config), dialogs=self.dialogs)
        wizard.show()
        self.settle(wizard)
        return wizard

    def settle(self, wizard: ActivationWizard) -> None:
        """The welcome page as a user finds it: the stored activation looked for and
        the server asked what the product offers (nobody clicks within 50 ms)."""
        welcome = wizard.welcome_page
        wait_until(
            self.app,
            lambda: (
                wizard.currentId() == PageId.WELCOME
                and not wizard.session.loading
                and welcome.product_checked
            ),
        )

    def to_status(self, wizard: ActivationWizard) -> None:
        """The next start: the activation just made, on the status page."""
        wizard.session.stored = wizard.session.result.activation  # type: ignore[union-attr]
        wizard.setStartId(int(PageId.STATUS))
        wizard.restart()

    def deactivate(self, wizard: ActivationWizard) -> None:
        """Deactivate on the status page, back to the welcome page for the next flow."""
        if wizard.currentId() != PageId.STATUS:
            self.to_status(wizard)
        button = wizard.status_page.deactivate_button
        click(self.app, button, lambda: wizard.currentId() == PageId.WELCOME)
        self.settle(wizard)

    def close(self, wizard: ActivationWizard) -> None:
        """The last flow's activation leaves the keyring (the sandbox goes, seats and all)."""
        wizard.close()
        wizard.session.activator.store.delete()

    def portal(self, request: Path) -> bytes:
        """The license file the sandbox's offline portal answers a request file with
        (tests/qt/test_offline_flow.py: upload_to_portal), as on another computer."""
        base = self.info["api_url"].rsplit("/api/", 1)[0]
        verify = ssl.create_default_context(cafile=self.info["ca_file"])
        with request.open("rb") as f:
            answer = httpx.post(f"{base}/offline", files={"file": f}, verify=verify)
        answer.raise_for_status()
        return answer.content


def key_and_check_and_offline(bench: Bench, ticks: Ticks, key_only: bool = False) -> None:
    app = bench.app
    wizard = bench.open("sandbox-demo")
    at = wizard.currentId
    next_button = wizard.button(NEXT)

    ticks.start("key")
    click(app, next_button, lambda: at() == PageId.LICENSE_KEY)
    wizard.key_page.edit.setText("DEMO-OKAY-0000-0001")
    click(app, next_button, lambda: at() == PageId.DEVICE)  # device facts, the request body
    click(app, next_button, lambda: at() == PageId.DONE)  # activating moves on by itself
    ticks.stop()
    if key_only:
        return bench.close(wizard)

    bench.to_status(wizard)
    status = wizard.status_page
    ticks.start("check")
    click(app, status.check_button, lambda: status.busy)
    wait_until(app, lambda: not status.busy and bool(status.status.text()))
    ticks.stop()
    bench.deactivate(wizard)

    page = wizard.offline_page
    request, license_file = bench.work / "activation.req", bench.work / "activation.lic"
    bench.dialogs.save_path, bench.dialogs.open_path = str(request), str(license_file)
    ticks.start("offline")
    click(app, wizard.welcome_page.offline_button, lambda: at() == PageId.OFFLINE)
    page.key.setText("DEMO-OKAY-0000-0002")
    click(app, page.save_button, page.load_button.isVisible)
    ticks.stop()  # the user takes the request file to a computer with internet
    license_file.write_bytes(bench.portal(request))
    ticks.start("offline")
    click(app, page.load_button, lambda: at() == PageId.DONE)
    ticks.stop()
    bench.close(wizard)


def account_and_sso(bench: Bench, ticks: Ticks) -> None:
    app = bench.app
    wizard = bench.open("sandbox-users", sso_enabled=True)
    at = wizard.currentId
    next_button = wizard.button(NEXT)
    radios = wizard.welcome_page.radios

    ticks.start("account")
    click(app, radios["user"], radios["user"].isChecked)
    click(app, next_button, lambda: at() == PageId.CREDENTIALS)
    wizard.credentials_page.email.setText("ok@sandbox.test")
    wizard.credentials_page.password.setText("demo-password")
    click(app, next_button, lambda: at() == PageId.DEVICE)  # its one license, chosen
    click(app, next_button, lambda: at() == PageId.DONE)
    ticks.stop()
    bench.deactivate(wizard)

    ticks.start("sso")
    click(app, radios["sso"], radios["sso"].isChecked)
    click(app, next_button, lambda: at() == PageId.SSO)
    wizard.sso_page.account.setText("acme-sso")
    click(app, wizard.sso_page.start_button, lambda: at() == PageId.DEVICE)
    click(app, next_button, lambda: at() == PageId.DONE)
    ticks.stop()
    bench.close(wizard)


def main(argv: list[str]) -> int:
    one_activation = "--one-activation" in argv
    app = QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp())
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
            str(work / "sandbox.sqlite3"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert sandbox.stdout is not None
    bench = Bench(app, json.loads(sandbox.stdout.readline()), work)
    ticks = Ticks(app)
    try:
        key_and_check_and_offline(bench, ticks, key_only=one_activation)
        if not one_activation:
            account_and_sso(bench, ticks)
    finally:
        for browser in bench.browsers:
            browser.wait(10)
        sandbox.terminate()
        sandbox.wait(10)
    print(
        json.dumps(
            {
                "flows": ticks.summary(),
                "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
