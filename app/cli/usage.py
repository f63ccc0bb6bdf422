"""After activation: features, feature check|release, consume, floating
borrow|release, versions."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from activation_wizard.errors import UsageError
from activation_wizard.exitcodes import ExitCode
from activation_wizard.i18n import format_datetime, translate

from . import inputs
from .outputs import note
from .parser import json_flag, password_stdin_flag

if TYPE_CHECKING:
    from activation_wizard.core.activation import Activator
    from activation_wizard.core.runtime import License

MOST_HOURS = 24 * 365  # a borrow beyond a year is a typo (the server bounds it further)


def add_parsers(add: Callable[..., argparse.ArgumentParser], config_flags: Any) -> None:
    features = add("features", translate("cli-help", "the license's features and their ends"))
    features.set_defaults(handler=list_features)
    json_flag(features)

    feature = add("feature", translate("cli-help", "ask the server about one feature"))
    feature.set_defaults(handler=one_feature)
    feature_sub = feature.add_subparsers(
        dest="feature_command", metavar="check|release", required=True
    )
    for name, text in (
        ("check", translate("cli-help", "check CODE (takes a floating feature's seat)")),
        ("release", translate("cli-help", "release CODE (frees a floating feature's seat)")),
    ):
        sub = feature_sub.add_parser(name, parents=[config_flags], help=text)
        sub.add_argument("code", metavar="CODE")
        json_flag(sub)

    consume = add("consume", translate("cli-help", "count N uses of a consumption license"))
    consume.set_defaults(handler=consume_uses)
    consume.add_argument("amount", metavar="N", help=translate("cli-help", "negative: give back"))
    consume.add_argument(
        "--feature", metavar="CODE", help=translate("cli-help", "a consumption feature's uses")
    )

    floating = add("floating", translate("cli-help", "a floating license's seat"))
    floating.set_defaults(handler=floating_seat)
    floating_sub = floating.add_subparsers(
        dest="floating_command", metavar="borrow|release", required=True
    )
    borrow = floating_sub.add_parser(
        "borrow", parents=[config_flags], help=translate("cli-help", "keep the seat offline")
    )
    until = borrow.add_mutually_exclusive_group(required=True)
    until.add_argument(
        "--until", metavar="DATE", help=translate("cli-help", "e.g. 2026-12-24 or 2026-12-24T18:00")
    )
    until.add_argument("--hours", metavar="H", help=translate("cli-help", "from now"))
    password_stdin_flag(borrow, translate("cli-help", "an account's password, from stdin"))
    floating_sub.add_parser(
        "release",
        parents=[config_flags],
        help=translate("cli-help", "free the seat now (ends a borrow)"),
    )

    versions = add("versions", translate("cli-help", "the product's versions, newest last"))
    versions.set_defaults(handler=list_versions)
    versions.add_argument("--env", default="", help=translate("cli-help", "e.g. win64, linux"))
    versions.add_argument("--channel", default="", help=translate("cli-help", "e.g. beta"))
    versions.add_argument(
        "--download",
        metavar="VERSION",
        nargs="?",
        const="latest",
        help=translate("cli-help", "print the installation file of VERSION (default: latest)"),
    )
    json_flag(versions)


def _license(activator: Activator) -> License:
    from activation_wizard.core.runtime import License

    return License(activator.config, activator=activator)


def list_features(args: argparse.Namespace, activator: Activator) -> ExitCode:
    stored = activator.load_refused()
    now = datetime.now().astimezone()
    details = stored.feature_details
    if args.json:
        print(json.dumps([{**f.dump(), "in_force": f.in_force(now)} for f in details], indent=2))
        return ExitCode.OK
    if not details:
        print(translate("cli", "This license has no features."))
    for f in details:
        end = (
            ""
            if f.expiry_date is None
            else translate("cli", " (until {when})").format(when=format_datetime(f.expiry_date))
            if f.in_force(now)
            else translate("cli", " (ended {when})").format(when=format_datetime(f.expiry_date))
        )
        print(f"{f.code}: {f.name or f.code}{end}")
    return ExitCode.OK


def one_feature(args: argparse.Namespace, activator: Activator) -> ExitCode:
    code = inputs.text(args.code, "CODE")
    lic = _license(activator)
    if args.feature_command == "release":
        lic.release_feature(code)
        print(translate("cli", "The seat of feature {code} is free.").format(code=code))
        return ExitCode.OK
    found = lic.check_feature(code)
    if args.json:
        print(json.dumps(found.dump(), indent=2))
        return ExitCode.OK
    print(f"{found.code}: {found.name or found.code}")
    if found.feature_type == "consumption":
        limit = found.max_consumption
        used = translate("cli", "Used: {used} of {limit}").format(
            used=found.total_consumptions or 0,
            limit=limit if limit is not None else translate("cli", "unlimited"),
        )
        print(used)
    if found.is_floating_cloud or found.is_floating:
        in_use = found.extra.get("floating_in_use_devices")
        print(
            translate("cli", "Floating: {used} of {seats} seats in use").format(
                used=in_use if in_use is not None else "?", seats=found.floating_users or "?"
            )
        )
    return ExitCode.OK


def consume_uses(args: argparse.Namespace, activator: Activator) -> ExitCode:
    amount = _whole(args.amount, "N")
    lic = _license(activator)
    feature = inputs.text(args.feature, "--feature") if args.feature is not None else ""
    total = lic.consume_feature(feature, amount) if feature else lic.consume(amount)
    print(translate("cli", "Counted. Total used: {total}").format(total=total))
    return ExitCode.OK


def floating_seat(args: argparse.Namespace, activator: Activator) -> ExitCode:
    lic = _license(activator)
    if args.floating_command == "release":
        lic.return_borrowed()  # and the stored license no longer says borrowed
        print(translate("cli", "The floating seat is free."))
        return ExitCode.OK
    now = datetime.now().astimezone()
    if args.hours is not None:
        hours = _whole(args.hours, "--hours")
        if not 0 < hours <= MOST_HOURS:
            raise UsageError(
                "--hours", translate("cli", "from 1 to {most}").format(most=MOST_HOURS)
            )
        until = now + timedelta(hours=hours)
    else:
        until = _date(args.until)
        if until <= now:
            raise UsageError("--until", translate("cli", "it is in the past"))
    password = ""
    if lic.stored is not None and lic.stored.kind == "user":  # borrows sign in again
        prompt = translate("cli", "Password for {user}: ").format(user=lic.stored.identity)
        password = inputs.secret(args, prompt, "password")
    lic.borrow(until, password=password)
    stored = lic.stored
    end = stored.license.borrowed_until if stored is not None else None
    print(
        translate("cli", "Borrowed until {when}: this computer keeps its seat offline.").format(
            when=format_datetime(end or until)
        )
    )
    return ExitCode.OK


def list_versions(args: argparse.Namespace, activator: Activator) -> ExitCode:
    lic = _license(activator)
    if args.download is not None:
        version = "" if args.download == "latest" else inputs.text(args.download, "--download")
        found = lic.installation_file(version, args.env, args.channel)
        if args.json:
            print(json.dumps(found.dump(), indent=2))
        else:
            print(f"{found.version}: {found.installation_file or ''}")
        return ExitCode.OK
    from activation_wizard.core.activation import versions

    names = versions.versions(activator, args.env, args.channel)
    if args.json:
        print(json.dumps(names))
        return ExitCode.OK
    if not names:
        note(translate("cli", "the server lists no versions of this product"))
    for name in names:
        print(name)
    return ExitCode.OK


def _whole(raw: str, flag: str) -> int:
    text = inputs.text(raw, flag)
    try:
        if not re.fullmatch(r"[+-]?[0-9]+", text):  # not 1_0, nor other scripts' digits
            raise ValueError(text)
        return int(text)
    except ValueError:
        raise UsageError(
            flag, translate("cli", "{value} is not a whole number").format(value=repr(text))
        ) from None


def _date(raw: str) -> datetime:
    text = inputs.text(raw, "--until")
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(
            "--until",
            translate("cli", "{value} is not a date like 2026-12-24T18:00").format(
                value=repr(text)
            ),
        ) from None
    return when if when.tzinfo is not None else when.astimezone()
