"""A desktop whose keyring does not exist yet (or is locked): reading never creates
it, and the CLI never waits on a password prompt nobody can see."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
    collections() {
      "$PY" -c 'import secretstorage as s; print(len(s.get_all_collections(s.dbus_init())))'
    }
    echo "before=$(collections)"
    "$PY" -m activation_wizard --sandbox status >/dev/null 2>"$OUT/status.err"; echo "status=$?"
    echo "after_read=$(collections)"
    start=$(date +%s)
    "$PY" -m activation_wizard --sandbox activate --license-key DEMO-OKAY-0000-0001 \\
        >/dev/null 2>"$OUT/activate.err"
    echo "activate=$? seconds=$(( $(date +%s) - start ))"
    """
)


@pytest.mark.skipif(not shutil.which("gnome-keyring-daemon"), reason="needs gnome-keyring")
def test_a_fresh_desktop_keyring_is_not_created_by_reading_and_never_hangs(
    tmp_path: Path,
) -> None:
    for name in ("data", "config", "run"):
        (tmp_path / name).mkdir(mode=0o700)
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "PY": sys.executable,
        "OUT": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "ACTIVATION_WIZARD_KEYRING_TIMEOUT": "5",
    }
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", SCRIPT],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    facts = dict(part.split("=", 1) for line in done.stdout.splitlines() for part in line.split())
    assert facts["status"] == "6"  # not activated, said at once
    assert facts["after_read"] == facts["before"]  # no keyring was created by the read
    assert facts["activate"] == "5"  # storage, before any seat was spent
    assert int(facts["seconds"]) < 30
    err = (tmp_path / "activate.err").read_text()
    assert "password request was dismissed" in err or "did not answer within" in err
    assert "install and start a Secret Service provider" not in err  # they have one
    assert "Traceback" not in err


HUNG = textwrap.dedent(
    """
    printf test | gnome-keyring-daemon --foreground --unlock --components=secrets \\
        >/dev/null 2>&1 &
    daemon=$!
    for _ in 1 2 3 4 5 6 7 8 9 10; do  # until it answers on the bus
      "$PY" -c 'import secretstorage as s; s.get_default_collection(s.dbus_init())' \\
        2>/dev/null && break
      sleep 0.5
    done
    kill -STOP "$daemon"  # hung: it holds its D-Bus name but never answers
    start=$(date +%s)
    timeout 60 "$PY" -m activation_wizard --sandbox status >/dev/null 2>"$OUT/status.err"
    echo "status=$? seconds=$(( $(date +%s) - start ))"
    kill -CONT "$daemon"; kill "$daemon"
    """
)


@pytest.mark.skipif(not shutil.which("gnome-keyring-daemon"), reason="needs gnome-keyring")
def test_a_hung_secret_service_does_not_hang_the_cli(tmp_path: Path) -> None:
    """Issue 19: a D-Bus call outside the keyring timeout (the default-collection probe)
    hung the CLI forever when the daemon hung."""
    for name in ("data", "config", "run"):
        (tmp_path / name).mkdir(mode=0o700)
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "PY": sys.executable,
        "OUT": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "ACTIVATION_WIZARD_KEYRING_TIMEOUT": "3",
    }
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", HUNG],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    facts = dict(part.split("=", 1) for line in done.stdout.splitlines() for part in line.split())
    err = (tmp_path / "status.err").read_text()
    assert facts["status"] == "5", err  # storage: the keyring did not answer
    assert int(facts["seconds"]) < 30
    assert "The keyring did not answer" in err and "within 3 seconds" in err
    assert "Traceback" not in err
