"""The wizard's own process loads PySide6 without its per-import source scan."""

import subprocess
import sys

SCRIPT = """
import sys
from activation_wizard.pyside import load_for_program
load_for_program()
import json  # a module imported after PySide6
feature = sys.modules["shibokensupport.feature"]
print("json" in feature.pyside_feature_dict, "PySide6.QtCore" in sys.modules)
"""


def test_modules_imported_after_pyside_are_not_scanned() -> None:
    # A fresh interpreter: pytest-qt has loaded PySide6 (and its hook) in this one.
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "True"]


def test_without_it_pyside_scans_every_later_import() -> None:
    """The cost the module removes is real (if PySide drops the hook, so can we)."""
    script = SCRIPT.replace("load_for_program()", "import PySide6.QtCore")
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["True", "True"]
