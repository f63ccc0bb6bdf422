"""licenses, trial, change-password: accounts of user-based products, and trials."""

from __future__ import annotations

import argparse
import getpass
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from activation_wizard.errors import UsageError, WizardError
from activation_wizard.exitcodes import ExitCode
from activation_wizard.i18n import translate

from . import inputs
from .outputs import report_activation
from .parser import json_flag, password_stdin_flag, replace_flag

if TYPE_CHECKING:
    from activation_wizard.core.activation import Activator

TRIAL_FIELDS = ("first_name", "last_name", "phone", "company_name")


def add_parsers(add: Callable[..., argparse.ArgumentParser], config_flags: Any) -> None:
    lic = add("licenses", translate("cli-help", "list an account's licenses of this product"))
    lic.add_argument("--username", metavar="EMAIL", required=True)
    password_stdin_flag(lic)
    json_flag(lic)
    lic.set_defaults(handler=licenses)

    trial = add("trial", translate("cli-help", "start (or resume) a free trial"))
    trial.add_argument(
        "--email", metavar="EMAIL", help=translate("cli-help", "needed for user-based products")
    )
    for name in TRIAL_FIELDS:
        trial.add_argument("--" + name.replace("_", "-"), metavar="TEXT")
    json_flag(trial)
    replace_flag(trial)
    trial.set_defaults(handler=start_trial)

    pw = add(
        "change-password",
        translate(
            "cli-help", "change an account's password (asks, or reads current and new from stdin)"
        ),
    )
    pw.add_argument("--username", metavar="EMAIL", required=True)
    password_stdin_flag(pw, translate("cli-help", "read current, then new, one per line"))
    pw.set_defaults(handler=change_password)


def licenses(args: argparse.Namespace, activator: Activator) -> ExitCode:
    from activation_wizard.core.summary import expiry_text, seats_text, type_name

    identity = inputs.user_identity(args)
    found = activator.user_licenses(identity)
    if args.json:
        out = [
            {
                "license_id": e.license.id,
                "license_type": e.license.license_type,
                "is_trial": e.license.is_trial,
                "validity_period": e.license.validity_period.isoformat()
                if e.license.validity_period
                else None,
                "times_activated": e.license.times_activated,
                "max_activations": e.license.max_activations,
                "usable": e.license.usable,
                "why_not": e.license.unusable_reason or None,
                "features": [f.code for f in e.license.product_features],
                "is_initial_password": e.user.is_initial_password,
            }
            for e in found
        ]
        print(json.dumps(out, indent=2))
        return ExitCode.OK
    if not found:
        print(translate("cli", "This account has no licenses of this product."))
    for e in found:
        info = e.license
        line = translate("cli", "{id}: {kind}, expires: {when}").format(
            id=info.id, kind=type_name(info.license_type), when=expiry_text(info)
        )
        if seats_text(info):
            line += translate("cli", ", devices: {seats}").format(seats=seats_text(info))
        features = ", ".join(f.name or f.code for f in info.product_features)
        if features:
            line += translate("cli", ", features: {features}").format(features=features)
        if not info.usable:
            why = translate("summary", info.unusable_reason)
            line += translate("cli", "  (cannot be used: {why})").format(why=why)
        print(line)
    if len([e for e in found if e.license.usable]) > 1:
        print(
            translate(
                "cli",
                "Activate one with: activation-wizard activate --username EMAIL --license-id N",
            )
        )
    return ExitCode.OK


def start_trial(args: argparse.Namespace, activator: Activator) -> ExitCode:
    from activation_wizard.core.account import field_problem
    from activation_wizard.core.activation import TrialRequest

    email = inputs.email(args.email, "--email") if args.email is not None else ""
    fields = {}
    for name in TRIAL_FIELDS:
        value = getattr(args, name, None)
        if value is None:
            continue
        flag = "--" + name.replace("_", "-")
        fields[name] = inputs.text(value, flag)
        problem = field_problem(fields[name])
        if problem:
            raise UsageError(flag, problem)
    if not email and _user_based(activator):
        raise UsageError(
            "--email", translate("cli", "a trial of this product is tied to an e-mail address")
        )
    result = activator.start_trial(
        TrialRequest(email=email, fields=fields, user_based=bool(email)),
        replace_old=args.replace or "refuse",
    )
    report_activation(args, activator, result)
    return ExitCode.STORAGE if result.save_error is not None else ExitCode.OK


def _user_based(activator: Activator) -> bool:
    """From the server (or its cached answer), else the config's fallback."""
    try:
        product, _ = activator.product_details()
    except WizardError:
        return activator.config.authorization_method == "user"
    return product.user_based


def change_password(args: argparse.Namespace, activator: Activator) -> ExitCode:
    from activation_wizard.core.account import password_problem

    email = inputs.email(args.username, "--username")
    old = inputs.secret(
        args,
        translate("cli", "Current password for {email}: ").format(email=email),
        translate("cli", "current password"),
    )
    new = inputs.secret(args, translate("cli", "New password: "), translate("cli", "new password"))
    problem = password_problem(new, old)
    if problem:
        raise UsageError(translate("cli", "new password"), problem)
    if not args.password_stdin and getpass.getpass(translate("cli", "New password again: ")) != new:
        raise UsageError(
            translate("cli", "new password"), translate("cli", "the two entries differ")
        )
    activator.change_password(email, old, new)
    print(translate("cli", "The password of {email} was changed.").format(email=email))
    return ExitCode.OK
