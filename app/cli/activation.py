"""activate, status, check, deactivate, import: one license on this device."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from activation_wizard.errors import UsageError, WizardError
from activation_wizard.exitcodes import ExitCode
from activation_wizard.i18n import translate
from activation_wizard.messages import describe

from . import inputs
from .outputs import note, print_license, report_activation, report_deactivation
from .parser import json_flag, password_stdin_flag, replace_flag

if TYPE_CHECKING:
    from activation_wizard.core.activation import Activator
    from activation_wizard.core.sso import Grant


def add_parsers(add: Callable[..., argparse.ArgumentParser], config_flags: Any) -> None:
    act = add("activate", translate("cli-help", "activate this device"))
    who = act.add_mutually_exclusive_group(required=True)
    who.add_argument("--license-key", metavar="KEY")
    who.add_argument(
        "--username",
        metavar="EMAIL",
        help=translate("cli-help", "user-based license (asks for password)"),
    )
    who.add_argument(
        "--sso",
        nargs="?",
        const="",
        metavar="ACCOUNT_CODE",
        help=translate(
            "cli-help",
            "sign in with your organisation in the browser (code from the config if omitted)",
        ),
    )
    password_stdin_flag(act)
    act.add_argument(
        "--license-id",
        type=int,
        metavar="N",
        help=translate("cli-help", "which of the account's licenses (see licenses)"),
    )
    replace_flag(act)
    json_flag(act)
    act.set_defaults(handler=activate)
    for name, handler, text in (
        ("status", status, translate("cli-help", "show the stored activation")),
        ("check", check, translate("cli-help", "ask the server about the stored activation")),
    ):
        command = add(name, text)
        json_flag(command)
        command.set_defaults(handler=handler)
    add("deactivate", translate("cli-help", "free this device's seat")).set_defaults(
        handler=deactivate
    )
    imp = add("import", translate("cli-help", "import an activation recovery file"))
    imp.add_argument("file", type=Path, nargs="?")
    imp.add_argument(
        "--sdk-file",
        type=Path,
        nargs="?",
        const=True,  # no path given (argparse would make a Path of a string)
        metavar="PATH",
        help=translate(
            "cli-help",
            "take over the official SDK's license file instead (default: the configured "
            "one, or the SDK's own place); no second seat",
        ),
    )
    json_flag(imp)
    imp.set_defaults(handler=import_file)
    exp = add(
        "export",
        translate(
            "cli-help", "save the stored activation to a recovery file (for import, on this device)"
        ),
    )
    exp.add_argument("file", type=Path)
    exp.set_defaults(handler=export_file)


def activate(args: argparse.Namespace, activator: Activator) -> ExitCode:
    from activation_wizard.core.activation import Identity

    if args.license_id is not None and args.license_id <= 0:
        raise UsageError(
            "--license-id", translate("cli", "must be a license number from 'licenses'")
        )
    if args.license_key is not None:
        if args.license_id is not None:
            raise UsageError(
                "--license-id", translate("cli", "goes with --username or --sso, not a license key")
            )
        identity = Identity("license_key", inputs.license_key(args.license_key, activator))
    elif args.sso is not None:
        account = args.sso or activator.config.sso_account
        if not account:
            raise UsageError(
                "--sso",
                translate("cli", "name the organisation code (or set sso.customer_account_code)"),
            )
        return _activate_sso(args, activator, inputs.text(account, "--sso"))
    else:
        identity = inputs.user_identity(args)
    try:
        result = activator.activate(identity, replace_old=args.replace or "refuse")
    except KeyboardInterrupt:
        undo_cancelled(activator)
        raise
    report_activation(args, activator, result)
    return ExitCode.STORAGE if result.save_error is not None else ExitCode.OK


def _activate_sso(args: argparse.Namespace, activator: Activator, account: str) -> ExitCode:
    """Sign in through the browser and activate; when the server needs one more
    sign-in (a code that settled an interrupted one is spent), sign in once more."""
    from activation_wizard.core.activation import Identity
    from activation_wizard.errors import SsoSignInAgain

    for attempt in range(3):
        grant = _sso_grant(activator, account)
        identity = Identity("sso", "", grant=grant, license_id=args.license_id)
        try:
            result = activator.activate(identity, replace_old=args.replace or "refuse")
        except SsoSignInAgain as exc:
            if attempt == 2:
                raise
            message = describe(exc)
            note(f"{message.what} {message.todo}")
            continue
        except KeyboardInterrupt:
            undo_cancelled(activator)
            raise
        report_activation(args, activator, result)
        return ExitCode.STORAGE if result.save_error is not None else ExitCode.OK
    raise AssertionError("unreachable")


def _sso_grant(activator: Activator, account: str) -> Grant:
    """Sign in through the browser: print the URL (and open it where there is a
    display), wait for the redirect, or take the address pasted on standard input."""
    import threading
    import webbrowser

    from activation_wizard.core.sso import parse_redirect
    from activation_wizard.errors import SsoDenied

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    if activator.product_name == activator.config.product:
        # The browser's "signed in" page names the product: by its name, not its code.
        with contextlib.suppress(WizardError):
            activator.product_details()
    with activator.sso_receiver(account) as receiver:
        url = activator.sso_login(account, receiver)
        say(
            translate("cli", "Sign in with your organisation in a web browser:\n  {url}").format(
                url=url
            )
        )
        if _has_display():
            webbrowser.open(url)
        say(
            translate(
                "cli",
                "Waiting for the browser. If it cannot come back here, paste the address it "
                "ended on and press Enter.",
            )
        )

        def read_pasted() -> None:
            for line in sys.stdin:  # until the browser answers or input ends
                if not line.strip():
                    continue
                try:
                    grant = parse_redirect(
                        line,
                        account=account,
                        redirect_uri=receiver.redirect_uri,
                        state=receiver.state,
                    )
                except SsoDenied as exc:  # the identity provider's answer: it said no
                    receiver.refuse(exc)
                    return
                except WizardError as exc:  # say why, and keep waiting for a better one
                    message = describe(exc)
                    say(f"{message.title}: {message.what}")
                    say(translate("cli", "Paste it again, or finish signing in in the browser."))
                    continue
                receiver.offer(grant)
                return

        threading.Thread(target=read_pasted, daemon=True).start()
        return receiver.wait(activator.config.sso_timeout)


def _has_display() -> bool:
    import os

    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def undo_cancelled(activator: Activator) -> None:
    """Ctrl+C while the server was asked: as the wizard's Cancel, free whatever the
    server may already have done (or leave it to the next start, saying so)."""
    if activator.pending() is None:
        return
    activator.journal.set_intent("undo")
    try:
        said = activator.reconcile()
    except (WizardError, KeyboardInterrupt):
        said = translate(
            "cli", "The cancelled activation is checked with the server the next time."
        )
    if said:
        note(said)


def status(args: argparse.Namespace, activator: Activator) -> ExitCode:
    print_license(args, activator.load(), activator=activator)
    return ExitCode.OK


def check(args: argparse.Namespace, activator: Activator) -> ExitCode:
    print_license(args, activator.check(), activator=activator)
    return ExitCode.OK


def deactivate(args: argparse.Namespace, activator: Activator) -> ExitCode:
    done = activator.deactivate()
    report_deactivation(done)
    return ExitCode.OK if done.confirmed else ExitCode.REJECTED


def import_file(args: argparse.Namespace, activator: Activator) -> ExitCode:
    if args.sdk_file is not None:
        if args.file is not None:
            raise UsageError("--sdk-file", translate("cli", "takes its path itself, not a file"))
        path = args.sdk_file if isinstance(args.sdk_file, Path) else None
        print_license(args, activator.adopt_sdk_file(path))
        return ExitCode.OK
    if args.file is None:
        raise UsageError("file", translate("cli", "name a recovery file, or use --sdk-file"))
    print_license(args, activator.import_recovery(args.file))
    return ExitCode.OK


def export_file(args: argparse.Namespace, activator: Activator) -> ExitCode:
    """Before a reinstall or a keyring reset: 'import' takes it back, on this device
    only, once the license server confirms the seat is still this device's."""
    activator.store.export(activator.load(), args.file)
    print(
        translate("cli", "Saved to {path}. It holds the license key: keep it private.").format(
            path=args.file
        )
    )
    return ExitCode.OK
