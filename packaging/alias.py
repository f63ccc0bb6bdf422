"""The import name ``activation_wizard`` for tools that look for packages on disk
rather than through the installed package (mypy, PyInstaller): a folder holding a
link named ``activation_wizard`` to ``app/`` (a copy where links cannot be made).

    python packaging/alias.py [FOLDER]   # prints the folder to put on the tool's path
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "activation_wizard"


def alias_dir(folder: Path | None = None) -> Path:
    """``folder`` (default: build/alias) with ``activation_wizard`` -> ``app``."""
    folder = folder or ROOT / "build" / "alias"
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / NAME
    target = ROOT / "app"
    if link.is_symlink() and link.resolve() == target:
        return folder
    if link.is_symlink() or link.is_file():
        link.unlink()
    elif link.is_dir():
        shutil.rmtree(link)
    try:
        os.symlink(target, link, target_is_directory=True)
    except OSError:  # Windows without the right to make links: a copy
        shutil.copytree(target, link, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


if __name__ == "__main__":
    print(alias_dir(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
