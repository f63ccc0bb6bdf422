"""offline request|activate|deactivate|status: air-gapped machines, by file."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from activation_wizard.exitcodes import ExitCode
from activation_wizard.i18n import translate

from . import inputs
from .outputs import print_license, write_file
from .parser import Parser, json_flag, password_stdin_flag

if TYPE_CHECKING:
    from activation_wizard.core.activation import Activator


def add_parsers(add: Callable[..., argparse.ArgumentParser], config_flags: Any) -> None:
    off = add("offline", translate("cli-help", "activate or deactivate by file"))
    off.set_defaults(handler=offline)
    off_sub = off.add_subparsers(
        dest="offline_command",
        metavar="request|activate|deactivate|status",
        required=True,
        parser_class=Parser,
    )
    req = off_sub.add_parser(
        "request", parents=[config_flags], help=translate("cli-help", "write the request file")
    )
    req.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=translate("cli-help", "default: activation.req here"),
    )
    req_who = req.add_mutually_exclusive_group(required=True)
    req_who.add_argument("--license-key", metavar="KEY")
    req_who.add_argument("--username", metavar="EMAIL")
    password_stdin_flag(req)
    json_flag(req)
    lic_in = off_sub.add_parser(
        "activate", parents=[config_flags], help=translate("cli-help", "load the license file")
    )
    lic_in.add_argument(
        "file",
        metavar="FILE",
        help=translate("cli-help", "the .lic from the portal, or - for stdin"),
    )
    json_flag(lic_in)
    deact = off_sub.add_parser(
        "deactivate",
        parents=[config_flags],
        help=translate("cli-help", "write the deactivation request file"),
    )
    deact.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=translate("cli-help", "default: deactivation.req here"),
    )
    off_status = off_sub.add_parser(
        "status", parents=[config_flags], help=translate("cli-help", "a pending request?")
    )
    json_flag(off_status)


def offline(args: argparse.Namespace, activator: Activator) -> ExitCode:
    """Air-gapped machines: a request file out, a license file in (and back out)."""
    return {
        "request": _request,
        "activate": _activate,
        "deactivate": _deactivate,
        "status": _status,
    }[args.offline_command](args, activator)


def _request(args: argparse.Namespace, activator: Activator) -> ExitCode:
    from activation_wizard.core.activation import Identity

    if args.license_key is not None:
        identity = Identity("license_key", inputs.license_key(args.license_key, activator))
    else:
        identity = inputs.user_identity(args)
    out = args.out or Path("activation.req")
    made = activator.offline_request(identity)
    write_file(out, made.text)
    if args.json:
        print(json.dumps({"request_file": str(out), "request_id": made.request_id}))
        return ExitCode.OK
    portal = activator.config.offline_portal_url
    print(
        translate(
            "cli",
            "Wrote {file}. Take it to {portal} on a computer with internet, upload it,\n"
            "and bring back the license file: activation-wizard offline activate FILE",
        ).format(file=out, portal=portal)
    )
    if identity.kind == "user":
        print(
            translate(
                "cli",
                "The file holds the account's password (offline activation needs it): "
                "keep it private and delete it once it is uploaded.",
            )
        )
    return ExitCode.OK


def _activate(args: argparse.Namespace, activator: Activator) -> ExitCode:
    result = activator.offline_activate(inputs.read_input(args.file))
    print_license(args, result.activation)
    return ExitCode.OK


def _deactivate(args: argparse.Namespace, activator: Activator) -> ExitCode:
    out = args.out or Path("deactivation.req")
    activator.offline_deactivate(lambda text: write_file(out, text))
    print(
        translate(
            "cli",
            "Wrote {file}; nothing of the license is left active on this computer. The seat\n"
            "is freed when the file is uploaded to the vendor's offline portal.",
        ).format(file=out)
    )
    return ExitCode.OK


def _status(args: argparse.Namespace, activator: Activator) -> ExitCode:
    pending = activator.offline_pending()
    if args.json:
        print(json.dumps({"pending": pending}))
    elif pending:
        print(
            translate("cli", "A request for {who} is waiting for its license file.").format(
                who=pending.get("shown")
            )
        )
    else:
        print(translate("cli", "No offline request is waiting."))
    return ExitCode.OK
