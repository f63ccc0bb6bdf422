"""Testing a vendor's wizard: the pytest plugin's parts, for QA.

``pip install activation-wizard[testing]`` installs the plugin (``plugin.py``,
loaded by pytest on its own) with these names:

- ``LicenseSandbox``: the License API sandbox in a thread (the ``license_sandbox``
  fixture);
- ``WizardDriver``: drives a wizard by its pages' object names (``wizard_driver``);
- ``ScriptedDialogs``: answers the wizard's questions and file dialogs;
- ``bundle_smoke``: a built bundle's self-test and activation, for release pipelines;
- ``CONTROLS``: the object names the driver relies on (the public contract).

Nothing here is part of the product bundle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from activation_wizard.testing.names import CONTROLS, PAGES

if TYPE_CHECKING:
    from activation_wizard.testing.bundle import SmokeResult, bundle_smoke
    from activation_wizard.testing.dialogs import ScriptedDialogs
    from activation_wizard.testing.driver import WizardDriver
    from activation_wizard.testing.findings import DriverError, ShownError
    from activation_wizard.testing.sandbox import LicenseSandbox

__all__ = [
    "CONTROLS",
    "PAGES",
    "DriverError",
    "LicenseSandbox",
    "ScriptedDialogs",
    "ShownError",
    "SmokeResult",
    "WizardDriver",
    "bundle_smoke",
]

_WHERE = {
    "bundle_smoke": "bundle",
    "SmokeResult": "bundle",
    "ScriptedDialogs": "dialogs",
    "DriverError": "findings",
    "ShownError": "findings",
    "WizardDriver": "driver",
    "LicenseSandbox": "sandbox",
}


def __getattr__(name: str) -> Any:
    # Lazily: importing the package (the plugin does) must not import Qt or the sandbox.
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(name)
