"""The sandbox in its own process for a bench (as the real server would be: its
threads and memory are not the measured program's): the process and its JSON line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def start_sandbox(work: Path, *extra: str) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    command = [sys.executable, "-m", "activation_wizard", "sandbox", "--tls"]
    proc = subprocess.Popen(
        [*command, "--db", str(work / "db"), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    return proc, json.loads(proc.stdout.readline())
