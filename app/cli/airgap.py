"""airgap code|activate|deactivate: machines with no network and no file carried,
by codes read out to the vendor's portal (license-api.md 7.1a)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from activation_wizard.errors import UsageError
from activation_wizard.exitcodes import ExitCode
from activation_wizard.i18n import translate

from . import inputs
from .outputs import print_license
from .parser import Parser, json_flag

if TYPE_CHECKING:
    from activation_wizard.core.activation import Activator


def add_parsers(add: Callable[..., argparse.ArgumentParser], config_flags: Any) -> None:
    gap = add("airgap", translate("cli-help", "activate or deactivate by codes read out"))
    gap.set_defaults(handler=airgap)
    gap_sub = gap.add_subparsers(
        dest="airgap_command",
        metavar="code|activate|deactivate",
        required=True,
        parser_class=Parser,
    )
    code = gap_sub.add_parser(
        "code",
        parents=[config_flags],
        help=translate("cli-help", "the code to read out to the portal"),
    )
    code.add_argument("--license-key", metavar="KEY", required=True)
    code.add_argument(
        "--init",
        metavar="CODE",
        required=True,
        help=translate("cli-help", "the initialization code the portal shows"),
    )
    json_flag(code)
    act = gap_sub.add_parser(
        "activate",
        parents=[config_flags],
        help=translate("cli-help", "type in the confirmation code from the portal"),
    )
    act.add_argument("--license-key", metavar="KEY", required=True)
    act.add_argument(
        "--policy",
        type=Path,
        metavar="FILE",
        help=translate("cli-help", "the policy file (default: airgap.policy_file)"),
    )
    act.add_argument(
        "confirmation",
        nargs="+",
        metavar="CODE",
        help=translate("cli-help", "the confirmation code (its groups as separate words too)"),
    )
    json_flag(act)
    deact = gap_sub.add_parser(
        "deactivate",
        parents=[config_flags],
        help=translate("cli-help", "the deactivation code to read out; removes it here"),
    )
    deact.add_argument("--init", metavar="CODE", required=True)
    json_flag(deact)


def airgap(args: argparse.Namespace, activator: Activator) -> ExitCode:
    return {"code": _code, "activate": _activate, "deactivate": _deactivate}[args.airgap_command](
        args, activator
    )


def _shown(activator: Activator, code: str) -> str:
    from activation_wizard.core import airgap as codes

    return codes.shown(code, checks=activator.config.airgap_check_characters)


def _code(args: argparse.Namespace, activator: Activator) -> ExitCode:
    key = inputs.license_key(args.license_key, activator)
    code = activator.airgap_code(key, args.init)
    hardware_id = activator.device.hardware_id
    if args.json:
        print(
            json.dumps({"hardware_id": hardware_id, "code": code, "shown": _shown(activator, code)})
        )
        return ExitCode.OK
    print(translate("cli", "Read these to the portal for {key}:").format(key=key))
    print(f"{translate('cli', 'Hardware ID')}: {hardware_id}")
    print(f"{translate('cli', 'Activation code')}: {_shown(activator, code)}")
    print(
        translate(
            "cli",
            "Then type the confirmation code it gives: "
            "activation-wizard airgap activate --license-key KEY CODE",
        )
    )
    return ExitCode.OK


def _activate(args: argparse.Namespace, activator: Activator) -> ExitCode:
    key = inputs.license_key(args.license_key, activator)
    policy = args.policy or activator.config.airgap_policy_file
    if policy is None:
        raise UsageError(
            "--policy", translate("cli", "name the policy file (or set airgap.policy_file)")
        )
    result = activator.airgap_activate(key, Path(policy), " ".join(args.confirmation))
    print_license(args, result.activation, activator=activator)
    return ExitCode.OK


def _deactivate(args: argparse.Namespace, activator: Activator) -> ExitCode:
    code = activator.airgap_deactivate(args.init)
    if args.json:
        print(json.dumps({"code": code, "shown": _shown(activator, code)}))
        return ExitCode.OK
    print(f"{translate('cli', 'Deactivation code')}: {_shown(activator, code)}")
    print(
        translate(
            "cli",
            "The activation was removed here. Read the code to the portal to free the seat.",
        )
    )
    return ExitCode.OK
