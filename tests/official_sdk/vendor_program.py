"""A vendor's program that uses the official LicenseSpring SDK, run in the SDK's own
venv (.venv-sdk), never importing the wizard.

It reads a script as JSON on stdin: ``{"sandbox": {...}, "oauth": bool, "config": {...},
"steps": [...]}``. Each step calls one SDK method, unmodified:
``{"call": "api.activate_license", "kwargs": {...}, "as": "name"}`` where the target
is ``api`` (APIClient), ``manager`` (LicenseManager), ``lm`` alias, ``LicenseID``,
``Customer``, or a name saved by an earlier step; ``{"get": "license.is_valid"}``
reads an attribute (called if it is a method without arguments). Each step's
result (or the exception it raised: class, code, status, message) is printed as one
JSON list on stdout, so the test asserts what the SDK saw.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from typing import Any

from licensespring.api import APIClient
from licensespring.api.error import ClientError
from licensespring.api.signature import SignatureVerifier
from licensespring.licensefile.bundle_manager import BundleManager
from licensespring.licensefile.config import Configuration
from licensespring.licensefile.license_manager import LicenseID, LicenseManager
from licensespring.licensefile.object_parser.customer import Customer


def verifier_for(public_key_pem: str) -> type[SignatureVerifier]:
    """The SDK's own verifier with the sandbox's key (its documented extension point)."""
    return type("SandboxVerifier", (SignatureVerifier,), {"PUBLIC_KEY": public_key_pem})


def connect(script: dict[str, Any]) -> dict[str, Any]:
    box = script["sandbox"]
    scheme, rest = box["api_url"].split("://", 1)
    domain = rest.split("/api/", 1)[0]
    with open(box["public_key"]) as f:
        verifier = verifier_for(f.read())
    if box.get("ca_file"):
        os.environ["REQUESTS_CA_BUNDLE"] = box["ca_file"]  # requests' own way to trust a CA
    auth: dict[str, Any] = (
        {"client_id": box["client_id"], "client_secret": box["client_secret"]}
        if script.get("oauth")
        else {"api_key": box["api_key"], "shared_key": box["shared_key"]}
    )
    conf = Configuration(
        product=script.get("product") or box["product"],
        signature_verifier=verifier,
        api_domain=domain,
        api_protocol=scheme,
        **auth,
        **script.get("config", {}),
    )
    api = APIClient(signature_verifier=verifier, api_domain=domain, api_protocol=scheme, **auth)
    return {
        "api": api,
        "manager": LicenseManager(conf),
        "LicenseID": LicenseID,
        "Customer": Customer,
        "BundleManager": BundleManager,
        "conf": conf,
    }


def plain(value: Any) -> Any:
    """A JSON-able picture of what the SDK returned."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, bytes):
        return value.decode(errors="replace")
    return {"type": type(value).__name__, "repr": str(value)[:300]}


def failure(exc: BaseException) -> dict[str, Any]:
    out: dict[str, Any] = {"raised": type(exc).__name__, "message": str(exc)[:500]}
    if isinstance(exc, ClientError):
        out["code"], out["status"] = exc.code, exc.status
    for name in ("error_type", "code"):
        if name not in out and getattr(exc, name, None) is not None:
            out[name] = str(getattr(exc, name))
    if not isinstance(exc, (ClientError,)) and type(exc).__module__.startswith("builtins"):
        out["traceback"] = traceback.format_exc()[-1500:]
    return out


def resolve(names: dict[str, Any], path: str) -> Any:
    """``lic.check`` or ``api.hardware_id_provider.get_id``: a saved name, then attributes."""
    first, *rest = path.split(".")
    value = names[first]
    for attr in rest:
        value = getattr(value, attr)
    return value


def named(names: dict[str, Any], value: Any) -> Any:
    """``"$lic"`` is the value an earlier step saved as ``lic``."""
    return names[value[1:]] if isinstance(value, str) and value.startswith("$") else value


def run(script: dict[str, Any]) -> list[Any]:
    names = connect(script)
    names["lm"] = names["manager"]
    results: list[Any] = []
    for step in script["steps"]:
        try:
            if "get" in step:
                value = resolve(names, step["get"])
                result = value() if callable(value) else value
            else:
                args = [named(names, a) for a in step.get("args", [])]
                kwargs = {k: named(names, v) for k, v in step.get("kwargs", {}).items()}
                result = resolve(names, step["call"])(*args, **kwargs)
            if "as" in step:
                names[step["as"]] = result
            results.append({"ok": plain(result)})
        except Exception as exc:  # the test asserts which one
            results.append(failure(exc))
    return results


if __name__ == "__main__":
    json.dump(run(json.load(sys.stdin)), sys.stdout)
