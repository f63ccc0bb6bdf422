"""The benchmarks run once, quickly, with every test run: they cannot rot.  The
figures themselves come from `bash packaging/dev bench`, not from here."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.e2e


def test_the_budget_benchmark_runs_and_prints_every_row(secret_service: None) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.budget", "--runs", "1", "--no-bundles"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for row in (
        "start-up, nothing stored",
        "start-up, activation stored",
        "start-up, the first ever",
        "peak RSS at start",
        "peak RSS, whole activation (license key)",
        *(f"GUI gap, {flow} flow" for flow in ("key", "account", "sso", "offline", "check")),
        "runtime API: fresh process, load_activation()",
        "Activate click → Activated page",
        "Sign in click → Activated page",
        "device facts, warm / cold",
    ):
        assert f"| {row}" in done.stdout
    # Every row says whether its budget is met, and the last line sums them up.
    rows = [
        line for line in done.stdout.splitlines() if line.startswith("| ") and "---" not in line
    ]
    assert all(line.endswith((" | yes |", " | NO |")) for line in rows[1:])
    summary = done.stdout.strip().splitlines()[-1]
    assert summary.startswith("budgets met: ") and f" of {len(rows) - 1}" in summary
