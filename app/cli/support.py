"""diagnose, device: what support asks for (the checks, and what is sent)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from activation_wizard import i18n
from activation_wizard.exitcodes import ExitCode
from activation_wizard.i18n import translate

from .parser import json_flag

if TYPE_CHECKING:
    from activation_wizard.core.activation import Activator


def add_parsers(add: Callable[..., argparse.ArgumentParser], config_flags: Any) -> None:
    for name, handler, text in (
        (
            "diagnose",
            diagnose,
            translate(
                "cli-help",
                "check configuration, keyring, network, TLS and clock; --json for support",
            ),
        ),
        ("device", device, translate("cli-help", "show what is sent about this device")),
    ):
        command = add(name, text)
        json_flag(command)
        command.set_defaults(handler=handler)


def device(args: argparse.Namespace, activator: Activator) -> ExitCode:
    config, found = activator.config, activator.device
    if args.json:
        print(json.dumps(found.request_fields(config), indent=2))
    else:
        for name, value, why in found.explained(config):
            print(f"{name}: {value}\n    {i18n.translate('device', why)}")
    return ExitCode.OK


def diagnose(args: argparse.Namespace, activator: Activator) -> ExitCode:
    from activation_wizard.core import diagnose as checks_of

    checks = checks_of.run(activator.config, activator.store)
    if args.json:
        print(json.dumps(checks_of.as_json(checks), indent=2))
    else:
        for check in checks:
            print(f"{check.status:<5} {check.name}: {check.detail}")
    failed = [c for c in checks if c.status == checks_of.FAIL]
    if not failed:
        return ExitCode.OK
    return ExitCode.STORAGE if failed[0].category == "storage" else ExitCode.NETWORK
