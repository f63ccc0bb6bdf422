"""app/core must run without Qt: vendors call it from their own programs."""

import subprocess
import sys
from pathlib import Path

import app.core

CORE = Path(app.core.__file__).parent


def test_no_core_module_imports_pyside() -> None:
    offenders = [
        str(p.relative_to(CORE))
        for p in CORE.rglob("*.py")
        if "PySide6" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_importing_and_using_core_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "import app.core.activation, app.core.store, app.core.device, app.core.api\n"
        "import app.cli, app.config, app.errors\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
