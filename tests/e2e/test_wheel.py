"""The wheel a vendor's QA installs (pip install activation-wizard[testing]): it
carries the resources the program reads (the default public key, the icon, the
compiled translations), found inside the package once installed."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT

pytestmark = pytest.mark.e2e


def test_the_installed_wheel_finds_its_resources_and_languages(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next(tmp_path.glob("activation_wizard-*.whl"))
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(site)
    for name in ("icon.png", "licensespring_prod.pem", "i18n/activation-wizard_de.qm"):
        assert f"activation_wizard/resources/{name}" in names
    assert not any(
        n.startswith(("activation_wizard/resources/screenshots", "resources/")) for n in names
    )
    probe = (
        "from activation_wizard import i18n, paths, selftest\n"
        "print(paths.resources_dir())\n"
        "print(i18n.install('de'), i18n.unbuilt() or '-')\n"
        "print(selftest._resources())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    folder, language, found = done.stdout.splitlines()
    assert Path(folder) == site / "activation_wizard" / "resources"
    assert language == "de -"  # German, built: not English in its place
    assert str(site) in found
