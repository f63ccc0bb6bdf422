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
        "peak RSS",
        "  floor: bare + one HTTPS request, RSA check, keyring write",
        "GUI gap, activation + check",
        "device facts, warm / cold",
    ):
        assert f"| {row}" in done.stdout
