"""What a user waits for after the last click: "Activate" (key) and "Sign in" (an
account with one license) to the Activated page, at a 300 ms round trip.

The sandbox runs in its own process behind a relay that delays every byte by half
the round trip each way (tests/fixtures/latency.py), so TCP, the TLS handshake and
each request cost what they cost over the internet. The user spends a second on
each page before clicking (typing a key, reading the device page); on the page
after signing in the harness clicks Activate at once. Server time: the same
requests on loopback over a kept connection. Prints one JSON line per flow, with
``api.prewarm`` on and off. Run by budget.py, or alone:
``python -m tests.bench.click_to_activated [--runs N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from activation_wizard.pyside import load_for_program

load_for_program()

from activation_wizard.config import Config, load_config  # noqa: E402
from activation_wizard.core.activation import Activator, Identity  # noqa: E402
from activation_wizard.core.store import ActivationStore  # noqa: E402
from activation_wizard.gui.pages import PageId  # noqa: E402
from activation_wizard.gui.wizard import ActivationWizard  # noqa: E402
from activation_wizard.testing.keyrings import MemoryKeyring  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

from tests.bench.gui_gaps import wait_until  # noqa: E402
from tests.bench.sandbox_process import start_sandbox  # noqa: E402
from tests.fixtures.latency import LatencyRelay  # noqa: E402

RTT = 0.3
THINK = 1.0  # s a user spends on a page before the click


def _pause(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    wait_until(app, lambda: time.monotonic() >= end, timeout=seconds + 5)


def _click(app: QApplication, wizard: ActivationWizard) -> float:
    """Next (or Activate), as a user's click is handled; the moment it happened."""
    at = time.monotonic()
    QTimer.singleShot(0, wizard.button(QWizard.WizardButton.NextButton).click)
    return at


def key_flow(app: QApplication, config: Config) -> float:
    wizard = _wizard(app, config)
    _click(app, wizard)
    wait_until(app, lambda: wizard.currentId() == PageId.LICENSE_KEY)
    _pause(app, THINK)
    wizard.key_page.edit.setText("DEMO-OKAY-0000-0001")
    _click(app, wizard)
    wait_until(app, lambda: wizard.currentId() == PageId.DEVICE)
    _pause(app, THINK)
    clicked = _click(app, wizard)
    wait_until(app, lambda: wizard.currentId() == PageId.DONE)
    return _finish(wizard, time.monotonic() - clicked)


def account_flow(app: QApplication, config: Config) -> float:
    wizard = _wizard(app, replace(config, product="sandbox-users", authorization_method="user"))
    _click(app, wizard)
    wait_until(app, lambda: wizard.currentId() == PageId.CREDENTIALS)
    _pause(app, THINK)
    wizard.credentials_page.email.setText("ok@sandbox.test")
    wizard.credentials_page.password.setText("demo-password")
    clicked = _click(app, wizard)
    wait_until(app, lambda: wizard.currentId() == PageId.DEVICE)
    _click(app, wizard)  # Activate, at once
    wait_until(app, lambda: wizard.currentId() == PageId.DONE)
    return _finish(wizard, time.monotonic() - clicked)


def _wizard(app: QApplication, config: Config) -> ActivationWizard:
    store = ActivationStore(config, backend=MemoryKeyring())
    wizard = ActivationWizard(Activator(config, store=store))
    wizard.show()
    welcome = wizard.welcome_page
    wait_until(app, lambda: not wizard.session.loading and welcome.product_checked)
    return wizard


def _finish(wizard: ActivationWizard, seconds: float) -> float:
    wizard.session.activator.deactivate()
    wizard.runner.shutdown(5000)
    wizard.close()
    wizard.session.activator.close_connections()
    return seconds * 1000


def server_ms(config: Config, flow: str, runs: int = 9) -> float:
    """The flow's requests on loopback over a kept connection: the server's time
    (and the signing and checking here), without the network. The account flow
    asks for the license list, then activates."""
    if flow == "account":
        config = replace(config, product="sandbox-users", authorization_method="user")
    activator = Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))
    activator.product_details()  # connected, kept
    times = []
    for _ in range(runs):
        started = time.monotonic()
        if flow == "account":
            who = Identity("user", "ok@sandbox.test", password="demo-password")
            activator.user_licenses(who)
        else:
            who = Identity("license_key", "DEMO-OKAY-0000-0002")
        activator.activate(who)
        times.append((time.monotonic() - started) * 1000)
        activator.deactivate()
    activator.close_connections()
    return statistics.median(times)


def measure(runs: int) -> list[dict[str, object]]:
    """This script in a fresh process (its own Qt application): its JSON lines."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.click_to_activated", "--runs", str(runs)],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},  # as every bench row runs
    )
    if done.returncode != 0:
        raise RuntimeError(f"click_to_activated failed: {done.stderr[-2000:]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


# The budget, in round trips beyond the server's time (+ 50 ms), per flow.
BUDGET_RTT = {"key": 1, "account": 2}
LABEL = {"key": "Activate click → Activated page", "account": "Sign in click → Activated page"}


def rows(figures: list[dict[str, object]]) -> list[tuple[str, str, str, str, str, bool]]:
    """Budget rows (tests/bench/budget.py): what, figure, floor, server, budget, met."""
    out = []
    for flow in ("key", "account"):
        on = next(f for f in figures if f["flow"] == flow and f["prewarm"])
        off = next(f for f in figures if f["flow"] == flow and not f["prewarm"])
        rtt, server = float(on["rtt_ms"]), float(on["server_ms"])  # type: ignore[arg-type]
        limit = BUDGET_RTT[flow] * rtt + server + 50
        out.append(
            (
                f"{LABEL[flow]}, {rtt:.0f} ms RTT",
                f"{on['ms']:.0f} ms ({on['round_trips']} RTT)",
                f"not pre-warmed {off['ms']:.0f} ms ({off['round_trips']} RTT)",
                f"server {server:.0f} ms",
                f"<= {BUDGET_RTT[flow]} RTT + server + 50 = {limit:.0f} ms",
                float(on["ms"]) <= limit,  # type: ignore[arg-type]
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp())
    sandbox, info = start_sandbox(work)
    keys = ("api_url", "product", "api_key", "shared_key", "public_key", "ca_file")
    direct = load_config(
        flags={
            **{k: info[k] for k in keys},
            "data_dir": str(work / "data"),
            "keyring_service": f"bench-click-{time.time_ns()}",
            "authorization_method": "license-key",
        },
        env={},
    )
    relay = LatencyRelay(int(info["api_url"].split(":")[2].split("/")[0]), RTT)
    far = replace(direct, api_url=relay.url(direct.api_url))
    try:
        for flow, run in (("key", key_flow), ("account", account_flow)):
            server = server_ms(direct, flow)
            for prewarm in (True, False):
                config = replace(far, prewarm=prewarm)
                times = [run(app, config) for _ in range(args.runs)]
                ms = statistics.median(times)
                print(
                    json.dumps(
                        {
                            "flow": flow,
                            "prewarm": prewarm,
                            "ms": round(ms, 1),
                            "round_trips": round(ms / (RTT * 1000), 2),
                            "server_ms": round(server, 1),
                            "rtt_ms": RTT * 1000,
                            "runs": times,
                        }
                    ),
                    flush=True,
                )
    finally:
        relay.close()
        sandbox.terminate()
        sandbox.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
