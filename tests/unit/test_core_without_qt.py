"""app/core must run without Qt: vendors call it from their own programs."""

import os
import subprocess
import sys
from pathlib import Path

import activation_wizard.core

CORE = Path(activation_wizard.core.__file__).parent


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
        "import activation_wizard.core.activation, activation_wizard.core.store\n"
        "import activation_wizard.core.device, activation_wizard.core.api\n"
        "import activation_wizard.cli, activation_wizard.config, activation_wizard.errors\n"
        "import activation_wizard.messages\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_opening_the_wizard_loads_neither_httpx_nor_cryptography(tmp_path: Path) -> None:
    # They cost ~100 ms of start-up; they load at the first network call instead.
    # hashlib loads OpenSSL's libcrypto (about 4 MiB of memory at start).
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from activation_wizard.config import load_config\n"
        "from activation_wizard.core.activation import Activator\n"
        "from activation_wizard.gui.wizard import ActivationWizard\n"
        "app = QApplication([])\n"
        "config = load_config(flags={'product': 'p', 'api_key': 'k', 'shared_key': 's',\n"
        f"                           'data_dir': {str(tmp_path)!r}}}, env={{}})\n"
        "ActivationWizard(Activator(config)).show()\n"
        "assert 'httpx' not in sys.modules, 'httpx was imported'\n"
        "assert 'cryptography' not in sys.modules, 'cryptography was imported'\n"
        "assert '_hashlib' not in sys.modules, 'hashlib (OpenSSL) was imported'\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
