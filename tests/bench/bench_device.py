"""Benchmark: collecting all device data (issue: < 20 ms warm median, < 150 ms cold).

Run on demand, not by pytest:  .venv/bin/python -m tests.bench.bench_device
(`bash packaging/dev bench` includes it as one row of the budget.)
- warm: median of repeated collect() calls in one process (a fresh probe each
  time, so nothing is cached between calls except what the OS caches);
- cold: a fresh interpreter per run, timing the import of activation_wizard.core.device plus
  the first collect() (interpreter start-up itself excluded).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time

from activation_wizard.config import load_config
from activation_wizard.core.device import collect
from activation_wizard.core.device.probe import RealProbe

COLD = """
import time
from activation_wizard.config import load_config
config = load_config(flags={{"product": "bench", "api_key": "k", "shared_key": "s",
                             "data_dir": {data!r}}}, env={{}})
t = time.perf_counter()
from activation_wizard.core.device import collect
collect(config)
print((time.perf_counter() - t) * 1000)
"""


def measure(warm_runs: int = 200, cold_runs: int = 15) -> tuple[list[float], list[float]]:
    """Milliseconds of each warm and each cold collection."""
    data = tempfile.mkdtemp()
    config = load_config(
        flags={"product": "bench", "api_key": "k", "shared_key": "s", "data_dir": data}, env={}
    )
    collect(config, RealProbe())
    warm = []
    for _ in range(warm_runs):
        t = time.perf_counter()
        collect(config, RealProbe())
        warm.append((time.perf_counter() - t) * 1000)
    cold = [
        float(
            subprocess.run(
                [sys.executable, "-c", COLD.format(data=data)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        for _ in range(cold_runs)
    ]
    return warm, cold


def main(warm_runs: int = 200, cold_runs: int = 15) -> None:
    warm, cold = measure(warm_runs, cold_runs)
    print(
        f"warm: median {statistics.median(warm):.2f} ms, p95 "
        f"{sorted(warm)[int(len(warm) * 0.95)]:.2f} ms over {warm_runs} runs (target < 20 ms)"
    )
    print(
        f"cold: median {statistics.median(cold):.1f} ms, max {max(cold):.1f} ms over "
        f"{cold_runs} fresh processes (target < 150 ms)"
    )


if __name__ == "__main__":
    main()
