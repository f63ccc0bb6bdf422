"""One entry point: no sub-command opens the wizard; sub-commands serve scripts and QA.

This is the composition root: configuration, store, device probe and API client
are built here (or in the wizard from the ``Activator`` made here).  The command
groups live next door, each with its parsers and handlers:

    parser      the global flags and the quick path to the wizard
    activation  activate, status, check, deactivate, import
    accounts    licenses, trial, change-password
    offline     offline request|activate|deactivate|status
    variables   variables get|set
    support     diagnose, device
    sandbox     sandbox, and --sandbox for any command
    inputs      what the user typed, checked;  outputs: what is printed
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from activation_wizard import i18n
from activation_wizard.config import Config, load_config
from activation_wizard.errors import Cancelled, ConfigError, ServerRejected, WizardError
from activation_wizard.exitcodes import ExitCode, exit_code_for
from activation_wizard.i18n import translate
from activation_wizard.messages import describe

from . import sandbox
from .outputs import note, warn_unknown_environment, warn_untranslated
from .parser import build_parser, parse_args

if TYPE_CHECKING:  # the CLI imports the core lazily: --help and --version stay instant
    from activation_wizard.core.activation import Activator

__all__ = ["ExitCode", "build_parser", "main", "parse_args"]

KEYRING_TIMEOUT = 30.0  # s: a script never waits on a keyring prompt nobody sees
# Commands that first settle a request interrupted last time (the journal).
SETTLING_COMMANDS = ("activate", "trial", "status", "check", "deactivate")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:
        from activation_wizard import selftest

        return selftest.run()
    if args.command == "sandbox":
        return sandbox.serve(args)
    from activation_wizard.logs import logging_for
    from activation_wizard.pyside import load_for_program

    load_for_program()

    try:
        with (
            logging_for(args.verbose, args.command is None),
            sandbox.settings(args) as (flags, defaults),
        ):
            config = load_config(getattr(args, "config", None), flags, defaults=defaults)
            i18n.install(config.language)
            warn_unknown_environment()
            warn_untranslated(config.language)
            return _run(args, config)
    except BrokenPipeError:
        # The reader went away (| head): the work is done; say nothing more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return int(ExitCode.OK)
    except (WizardError, KeyboardInterrupt) as exc:
        return _failed(args, exc)


def _failed(args: argparse.Namespace, exc: WizardError | KeyboardInterrupt) -> int:
    """Say what went wrong (and what to do) the one way, and exit with its code."""
    if not i18n.installed():  # the configuration itself failed
        i18n.install(getattr(args, "language", None) or "")
    message = describe(exc) if isinstance(exc, WizardError) else describe(Cancelled())
    if getattr(args, "json", False):  # scripts read one JSON object either way
        import json  # (here: the wizard's start does not need it)

        error = {
            "code": message.code,
            "title": message.title,
            "what": message.what,
            "todo": message.todo,
        }
        print(json.dumps({"activated": False, "error": error}, indent=2))
    print(
        translate("cli", "error: {title}").format(title=message.title),
        message.what,
        message.todo,
        sep="\n",
        file=sys.stderr,
    )
    if isinstance(exc, ServerRejected):
        print(
            translate("cli", "server code: {code}").format(code=exc.server_code),
            file=sys.stderr,
        )  # the code itself as sent: support searches for it
    if args.command is None and isinstance(exc, WizardError):
        from activation_wizard.gui.app import show_fatal

        show_fatal(message)
    return int(exit_code_for(exc))


def _keyring_timeout() -> float:
    try:
        timeout = float(os.environ.get("ACTIVATION_WIZARD_KEYRING_TIMEOUT", KEYRING_TIMEOUT))
        if not 1 <= timeout <= 3600:  # NaN fails this too
            raise ValueError(timeout)
    except ValueError:
        raise ConfigError(
            "ACTIVATION_WIZARD_KEYRING_TIMEOUT",
            "must be a number of seconds from 1 to 3600",
            "environment",
        ) from None
    return timeout


def _run(args: argparse.Namespace, config: Config) -> int:
    if args.command is None:  # the wizard: the prompt is seen, wait for the user
        from activation_wizard.gui.app import run_wizard

        return run_wizard(  # (it loads the use cases itself, after its first frame)
            config,
            quit_after_ms=args.quit_after,
            exit_after_first_frame=args.exit_after_first_frame,
            screenshot=args.screenshot,
            demo_key=args.demo_key,
        )
    from activation_wizard.core.activation import Activator
    from activation_wizard.core.store import ActivationStore

    store = ActivationStore(config, keyring_timeout=_keyring_timeout())
    activator = Activator(config, store=store)
    activator.on_wait = lambda: note(
        translate(
            "cli",
            "another window or command is activating or deactivating this product on this "
            "computer; waiting for it to finish (Ctrl+C stops waiting).",
        )
    )
    if args.command in SETTLING_COMMANDS:
        settled = _settle_left_over(activator)
        if args.command == "deactivate" and settled == "deactivate":
            return int(ExitCode.OK)  # the interrupted deactivation was this one: finished
    return int(args.handler(args, activator))


def _settle_left_over(activator: Activator) -> str:
    """A request interrupted last time: settle it before anything else.  Returns
    what was finished ("activate", "deactivate"), or "" when nothing was."""
    pending = activator.pending()
    if pending is None:
        return ""
    try:
        said = activator.reconcile()
    except WizardError as exc:
        message = describe(exc)
        print(
            translate(
                "cli",
                "note: an interrupted activation could not be settled yet ({title}); "
                "it is tried again next time.",
            ).format(title=message.title),
            file=sys.stderr,
        )
        return ""
    if said:
        note(said)
    # Settled by this program (not by another one it waited for), as the user asked.
    finished = bool(said) and activator.pending() is None and pending.intent == "keep"
    return pending.op if finished else ""
