"""The product's own import name: a vendor whose program has a package called ``app``
(a common name) imports the runtime API and embeds the wizard beside it (issue 23)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

VENDOR_PROGRAM = """
import sys
import app  # the vendor's own
from activation_wizard.core.activation import load_activation
from activation_wizard.errors import NotActivated
from activation_wizard.gui.wizard import ActivationWizard
import activation_wizard.cli

assert app.WHO == "the vendor", app
ours = [m for m in sys.modules if m == "app" or m.startswith("app.")]
assert ours == ["app"], ours  # nothing of ours was looked for under the vendor's name
print("side by side")
"""


def test_a_vendor_package_named_app_lives_beside_ours(tmp_path: Path) -> None:
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text('WHO = "the vendor"\n')
    done = subprocess.run(
        [sys.executable, "-c", VENDOR_PROGRAM],
        cwd=tmp_path,  # the vendor's folder first on the path, as their program runs
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "side by side"


def test_python_dash_m_runs_the_product(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "activation_wizard", "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.startswith("activation-wizard"), done.stderr


def test_every_source_folder_is_an_installed_package() -> None:
    """pyproject lists the packages under their import name: a new folder must be
    listed there, or an installed (non-editable) copy would lack it."""
    import tomllib

    root = Path(__file__).resolve().parents[2]
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    folders = {
        ".".join(("activation_wizard", *p.parent.relative_to(root / "app").parts))
        for p in (root / "app").rglob("__init__.py")
    }
    # resources/ is data the package carries (package-data), not a source folder.
    data = {"activation_wizard.resources", "activation_wizard.resources.i18n"}
    assert folders == listed - data
