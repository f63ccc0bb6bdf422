"""The keyring backend is the one keyring itself would choose, found without
importing other systems' backends (issue 24: keyring's macOS backend alone cost a
vendor's program 60 ms at every start on Linux)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

CHOOSE = """
import sys
from activation_wizard.core.store.keyring_choice import system_keyring
ours = type(system_keyring())
assert "keyring.backends.macOS" not in sys.modules, "macOS backend imported"
assert "keyring.backends.Windows" not in sys.modules, "Windows backend imported"
import keyring.core
theirs = type(keyring.core._detect_backend())
print(ours.__module__ + "." + ours.__name__, theirs.__module__ + "." + theirs.__name__)
"""


@pytest.mark.parametrize(
    "backend", ["", "keyring.backends.null.Keyring", "keyring.backends.fail.Keyring"]
)
def test_the_same_backend_as_keyring_chooses(backend: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    if backend:
        env["PYTHON_KEYRING_BACKEND"] = backend  # the user's choice is honoured
    done = subprocess.run(
        [sys.executable, "-c", CHOOSE], env=env, capture_output=True, text=True, check=True
    )
    ours, theirs = done.stdout.split()
    assert ours == theirs
    if backend:
        assert ours == backend


def test_a_backend_the_program_set_is_kept() -> None:
    code = (
        "import keyring\nfrom keyring.backends import null\n"
        "keyring.set_keyring(null.Keyring())\n"
        "from activation_wizard.core.store.keyring_choice import system_keyring\n"
        "assert type(system_keyring()) is null.Keyring\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
