"""variables get|set: the device variables of the stored activation."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from activation_wizard.errors import UsageError
from activation_wizard.exitcodes import ExitCode
from activation_wizard.i18n import translate

from . import inputs
from .parser import json_flag

if TYPE_CHECKING:
    from activation_wizard.core.activation import Activator


def add_parsers(add: Callable[..., argparse.ArgumentParser], config_flags: Any) -> None:
    var = add("variables", translate("cli-help", "device variables"))
    var.set_defaults(handler=variables)
    var_sub = var.add_subparsers(dest="variables_command", metavar="get|set", required=True)
    var_get = var_sub.add_parser(
        "get", parents=[config_flags], help=translate("cli-help", "read them from the server")
    )
    json_flag(var_get)
    var_set = var_sub.add_parser(
        "set", parents=[config_flags], help=translate("cli-help", "set NAME=VALUE ...")
    )
    var_set.add_argument("pairs", nargs="+", metavar="NAME=VALUE")


def variables(args: argparse.Namespace, activator: Activator) -> ExitCode:
    if args.variables_command == "set":
        values: dict[str, str] = {}
        for pair in args.pairs:
            name, sep, value = inputs.text(pair, "NAME=VALUE").partition("=")
            if not sep:
                raise UsageError(
                    "NAME=VALUE",
                    translate("cli", "{pair} has no '=' (write NAME=VALUE)").format(
                        pair=repr(pair)
                    ),
                )
            if not name.strip():
                raise UsageError(
                    "NAME=VALUE",
                    translate("cli", "{pair} has no name before '='").format(pair=repr(pair)),
                )
            values[name.strip()] = value
        found = activator.send_variables(values)
    else:
        found = activator.get_variables()
    if getattr(args, "json", False):
        print(json.dumps([v.dump() for v in found], indent=2))
    else:
        for v in found:
            print(f"{v.variable}={v.value}")
    return ExitCode.OK
