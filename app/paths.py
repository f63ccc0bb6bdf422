"""Where the program's own files are: in a PyInstaller bundle, an installed wheel
(inside the package) or a source tree (resources/ beside app/)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    if bundle:
        return Path(bundle) / "resources"
    here = Path(__file__).resolve().parent
    installed = here / "resources"  # pip install: package data (pyproject.toml)
    return installed if installed.is_dir() else here.parent / "resources"


def resource(name: str) -> Path:
    return resources_dir() / name


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
