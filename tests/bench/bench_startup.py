"""Benchmark: process start to the wizard's first page on screen (offscreen).

Run on demand:  .venv/bin/python -m tests.bench.bench_startup
Start-up has to read the stored activation (keyring, decryption, signature
check) to choose between the welcome and the status page; this measures it
with a throw-away configuration and the null keyring (nothing stored).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

PROBE = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.config import load_config
from app.core.activation import Activator
from app.gui.wizard import ActivationWizard
app = QApplication(sys.argv[:1])
config = load_config(flags={"product": "bench", "api_key": "k", "shared_key": "s",
                            "data_dir": sys.argv[1]}, env={})
wizard = ActivationWizard(Activator(config))
wizard.show()
def shown():
    print((time.perf_counter() - t0) * 1000)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def main(runs: int = 10) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    data = tempfile.mkdtemp()
    in_process, whole = [], []
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", PROBE, data], env=env, check=True, capture_output=True, text=True
        ).stdout
        whole.append((time.perf_counter() - t) * 1000)
        in_process.append(float(out))
    print(f"imports + first page shown: median {statistics.median(in_process):.0f} ms")
    print(
        f"whole process (start, show, quit): median {statistics.median(whole):.0f} ms "
        f"over {runs} runs"
    )


if __name__ == "__main__":
    main()
