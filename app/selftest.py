"""``--self-test``: can this installation (or bundle) work on this machine?

Checks what a broken bundle or a bare machine gets wrong: the Qt platform
plugin, the CA bundle, a real keyring backend, the program's own resources.
Prints one line per check and exits 0 only if all pass.
"""

from __future__ import annotations

import os
import ssl
import sys
from collections.abc import Callable

from activation_wizard.paths import resource

Check = Callable[[], str]


def _qt() -> str:
    if sys.platform.startswith("linux") and not (
        os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
    ):
        # Without a display Qt would abort the process; check the plugins offscreen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QWizard

    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    widget = QWizard()
    if widget.grab().isNull():
        raise RuntimeError("cannot render a window")
    return f"platform plugin {QApplication.platformName()!r} loaded, a window renders"


def _ca_bundle() -> str:
    import certifi

    path = certifi.where()
    ctx = ssl.create_default_context(cafile=path)
    count = len(ctx.get_ca_certs())
    if count == 0:
        raise RuntimeError(f"{path} holds no certificates")
    return f"{count} root certificates in {os.path.basename(path)}"


def _keyring() -> str:
    from activation_wizard.core.store.vault import Vault, describe_backend
    from activation_wizard.errors import KeyringUnavailable

    vault = Vault("activation-wizard:self-test")
    try:
        vault.check_backend()
    except KeyringUnavailable as exc:  # say where a keyring comes from on each system
        where = {
            "linux": "a Secret Service on the session D-Bus (GNOME Keyring, KWallet)",
            "darwin": "the login Keychain",
            "win32": "the Windows Credential Manager",
        }.get(sys.platform, "the system keyring")
        raise RuntimeError(f"{exc.args[0]}; the wizard needs {where}") from None
    return describe_backend(vault.backend)


def _resources() -> str:
    needed = ["licensespring_prod.pem", "icon.png"]
    missing = [n for n in needed if not resource(n).is_file()]
    if missing:
        raise RuntimeError(f"missing {', '.join(missing)} in {resource('')}")
    return f"found in {resource('')}"


CHECKS: list[tuple[str, Check]] = [
    ("qt", _qt),
    ("ca bundle", _ca_bundle),
    ("keyring", _keyring),
    ("resources", _resources),
]


def run() -> int:
    failed = 0
    for name, check in CHECKS:
        try:
            print(f"ok    {name}: {check()}")
        except Exception as exc:  # report every failure, not just the first
            failed += 1
            print(f"FAIL  {name}: {exc}")
    print("self-test passed" if not failed else f"self-test failed: {failed} problem(s)")
    return 0 if not failed else 1
