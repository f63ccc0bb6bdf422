"""One entry point: no sub-command opens the wizard; sub-commands serve scripts and QA.

This is the composition root: configuration, store, device probe and API
client are built here (or in the wizard from the ``Activator`` made here).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import getpass
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from activation_wizard import __version__, i18n
from activation_wizard.exitcodes import ExitCode, exit_code_for
from activation_wizard.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the CLI imports the core lazily: --help and --version stay instant
    from activation_wizard.core.activation import ActivationResult, Activator
    from activation_wizard.core.store import StoredActivation
from activation_wizard.config import Config, load_config
from activation_wizard.errors import (
    Cancelled,
    ConfigError,
    ServerRejected,
    UsageError,
    WizardError,
    describe,
)


class _Parser(argparse.ArgumentParser):
    """argparse, with a hint where its own message misleads: a value that begins
    with "-" (a generated secret) reads as a missing value."""

    def error(self, message: str) -> NoReturn:
        if "expected one argument" in message:
            message += (
                ' (if the value begins with "-", write it as --flag=VALUE, e.g. '
                "--shared-key=-abc...)"
            )
        super().error(message)


def _version_text() -> str:
    """This program's version, and in a vendor's build what it was built for."""
    from activation_wizard.paths import resource

    text = f"%(prog)s {__version__}"
    try:  # written by packaging/bundle.py
        info = json.loads(resource("build-info.json").read_text(encoding="utf-8"))
        product = " ".join(str(info[k]) for k in ("product", "product_version") if info.get(k))
        text += f" for {product}, built {info['built']}"
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return text


def _delay(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 <= seconds <= 600:  # NaN fails this too
        raise argparse.ArgumentTypeError(f"{text} is not a delay (0 to 600 seconds)")
    return seconds


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port (0 to 65535; 0: any free)")
    return port


REPLACE_ARGS = ("--replace",)


def _json_help() -> str:
    return translate("cli-help", "print JSON, for scripts")


def _replace_kw() -> dict[str, Any]:
    return {
        "nargs": "?",
        "const": "deactivate",
        "choices": ("deactivate", "abandon"),
        "help": translate(
            "cli-help",
            "replace another license active here: deactivate it first (the default), or "
            "abandon it (its seat stays counted; a copy is kept for import)",
        ),
    }


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line as ``build_parser()`` reads it. Most starts open the wizard:
    its own flags are read first, without the twenty sub-command parsers (about
    10 ms before the first frame); anything else (a command, -h, ``--``, any error)
    goes to the whole parser, which says it as always."""
    words = list(sys.argv[1:] if argv is None else argv)
    if {"-h", "--help"} & set(words):
        _speak_for_help(words)
    try:
        args, rest = build_parser(commands=False).parse_known_args(words)
    except argparse.ArgumentError:
        return build_parser().parse_args(words)
    if rest or args.command is not None or "--" in words:
        return build_parser().parse_args(words)
    return args


def _speak_for_help(words: list[str]) -> None:
    """``--help`` in the language asked for (``--lang ja --help``, the environment, the
    system's), argparse's own headings included: before the parser is built, since
    its texts are translated as it is."""
    language = ""
    for i, word in enumerate(words):
        if word in ("--lang", "--language") and i + 1 < len(words):
            language = words[i + 1]
        elif word.startswith(("--lang=", "--language=")):
            language = word.split("=", 1)[1]
    i18n.install(language or os.environ.get("ACTIVATION_WIZARD_LANGUAGE", ""))
    _warn_untranslated(language)
    argparse._ = _argparse_text  # type: ignore[attr-defined]  # its gettext hook


# argparse's own words (it asks gettext for them): in the CLI's languages.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
)


def _argparse_text(text: str) -> str:
    return translate("argparse", text)


class _QuickParser(_Parser):
    """The wizard's own flags (parse_args): an error is raised, for the whole
    parser to word it (argparse ends the program from error() otherwise, even with
    exit_on_error off, for an ambiguous abbreviation)."""

    def error(self, message: str) -> NoReturn:
        raise argparse.ArgumentError(None, message)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False``: the wizard's own flags and a
    positional ``command`` to notice one (no help, errors raised, see parse_args)."""
    # SUPPRESS: a flag given before the sub-command must not be reset by the
    # sub-command's own copy of it (argparse's defaults would do that).
    config_flags = _Parser(add_help=False, argument_default=argparse.SUPPRESS)
    group = config_flags.add_argument_group(
        translate("cli-help", "configuration (override the TOML file)")
    )
    group.add_argument(
        "--config", metavar="FILE", help=translate("cli-help", "vendor configuration (TOML)")
    )
    group.add_argument("--api-url", metavar="URL")
    group.add_argument(
        "--product", metavar="CODE", help=translate("cli-help", "product short code")
    )
    group.add_argument("--api-key", metavar="KEY")
    group.add_argument("--shared-key", metavar="KEY")
    group.add_argument(
        "--public-key",
        metavar="PEM",
        help=translate("cli-help", "RSA public key: PEM file or text"),
    )
    group.add_argument(
        "--ca-file", metavar="FILE", help=translate("cli-help", "extra CA bundle for TLS")
    )
    group.add_argument(
        "--lang",
        "--language",
        dest="language",
        metavar="CODE",
        help=translate(
            "cli-help",
            "language of the wizard and its messages: en, de, ja (default: the system's)",
        ),
    )
    group.add_argument(
        "--sandbox",
        action="store_true",
        help=translate("cli-help", "start the built-in sandbox in this process and use it"),
    )

    parser = (_Parser if commands else _QuickParser)(
        prog="activation-wizard",
        parents=[config_flags],
        description=translate(
            "cli-help", "Activate this product with a license key; no command opens the wizard."
        ),
        add_help=commands,
        exit_on_error=commands,
    )
    parser.add_argument("--version", action="version", version=_version_text())
    parser.add_argument(
        "--self-test", action="store_true", help=translate("cli-help", "check this installation")
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help=translate("cli-help", "log to stderr (-vv: with HTTP details)"),
    )
    parser.add_argument(
        "--exit-after-first-frame",
        action="store_true",
        help=translate(
            "cli-help",
            "quit as soon as the wizard's first page is painted, printing the moment "
            "(the system's monotonic clock; to time start-up)",
        ),
    )
    parser.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help=argparse.SUPPRESS)
    parser.add_argument("--demo-key", metavar="KEY", help=argparse.SUPPRESS)
    if not commands:
        parser.add_argument("command", nargs="?")
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    act = sub.add_parser(
        "activate", parents=[config_flags], help=translate("cli-help", "activate this device")
    )
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
    act.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli-help", "read the password from stdin"),
    )
    act.add_argument(
        "--license-id",
        type=int,
        metavar="N",
        help=translate("cli-help", "which of the account's licenses (see licenses)"),
    )
    act.add_argument(*REPLACE_ARGS, **_replace_kw())
    act.add_argument("--json", action="store_true", help=_json_help())

    lic = sub.add_parser(
        "licenses",
        parents=[config_flags],
        help=translate("cli-help", "list an account's licenses of this product"),
    )
    lic.add_argument("--username", metavar="EMAIL", required=True)
    lic.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli-help", "read the password from stdin"),
    )
    lic.add_argument("--json", action="store_true", help=_json_help())

    trial = sub.add_parser(
        "trial",
        parents=[config_flags],
        help=translate("cli-help", "start (or resume) a free trial"),
    )
    trial.add_argument(
        "--email", metavar="EMAIL", help=translate("cli-help", "needed for user-based products")
    )
    for name in ("first-name", "last-name", "phone", "company-name"):
        trial.add_argument(f"--{name}", metavar="TEXT")
    trial.add_argument("--json", action="store_true", help=_json_help())
    trial.add_argument(*REPLACE_ARGS, **_replace_kw())

    pw = sub.add_parser(
        "change-password",
        parents=[config_flags],
        help=translate(
            "cli-help", "change an account's password (asks, or reads current and new from stdin)"
        ),
    )
    pw.add_argument("--username", metavar="EMAIL", required=True)
    pw.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli-help", "read current, then new, one per line"),
    )

    off = sub.add_parser(
        "offline",
        parents=[config_flags],
        help=translate("cli-help", "activate or deactivate by file"),
    )
    off_sub = off.add_subparsers(
        dest="offline_command",
        metavar="request|activate|deactivate|status",
        required=True,
        parser_class=_Parser,
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
    req.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli-help", "read the password from stdin"),
    )
    req.add_argument("--json", action="store_true", help=_json_help())
    lic_in = off_sub.add_parser(
        "activate", parents=[config_flags], help=translate("cli-help", "load the license file")
    )
    lic_in.add_argument(
        "file",
        metavar="FILE",
        help=translate("cli-help", "the .lic from the portal, or - for stdin"),
    )
    lic_in.add_argument("--json", action="store_true", help=_json_help())
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
    off_status.add_argument("--json", action="store_true", help=_json_help())

    var = sub.add_parser(
        "variables", parents=[config_flags], help=translate("cli-help", "device variables")
    )
    var_sub = var.add_subparsers(dest="variables_command", metavar="get|set", required=True)
    var_get = var_sub.add_parser(
        "get", parents=[config_flags], help=translate("cli-help", "read them from the server")
    )
    var_get.add_argument("--json", action="store_true", help=_json_help())
    var_set = var_sub.add_parser(
        "set", parents=[config_flags], help=translate("cli-help", "set NAME=VALUE ...")
    )
    var_set.add_argument("pairs", nargs="+", metavar="NAME=VALUE")

    for name, text in (
        (
            "diagnose",
            translate(
                "cli-help",
                "check configuration, keyring, network, TLS and clock; --json for support",
            ),
        ),
        ("status", translate("cli-help", "show the stored activation")),
        ("check", translate("cli-help", "ask the server about the stored activation")),
        ("device", translate("cli-help", "show what is sent about this device")),
    ):
        p = sub.add_parser(name, parents=[config_flags], help=text)
        p.add_argument("--json", action="store_true", help=_json_help())
    sub.add_parser(
        "deactivate", parents=[config_flags], help=translate("cli-help", "free this device's seat")
    )
    imp = sub.add_parser(
        "import",
        parents=[config_flags],
        help=translate("cli-help", "import an activation recovery file"),
    )
    imp.add_argument("file", type=Path)

    sbx = sub.add_parser(
        "sandbox", help=translate("cli-help", "serve the local License API sandbox")
    )
    sbx.add_argument(
        "--port", type=_port, default=0, help=translate("cli-help", "0 = any free port")
    )
    sbx.add_argument(
        "--db", type=Path, help=translate("cli-help", "SQLite file (kept between runs)")
    )
    sbx.add_argument(
        "--tls", action="store_true", help=translate("cli-help", "HTTPS with the sandbox's own CA")
    )
    sbx.add_argument(
        "--delay",
        type=_delay,
        default=0.0,
        help=translate("cli-help", "answer every call this late (s)"),
    )
    sbx.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="KIND[:VALUE][@ENDPOINT]",
        help=translate(
            "cli-help",
            "inject a fault on every matching request (see app/sandbox/faults.py), "
            "e.g. drop_after@activate_license, rate_limit:date+30, error_5xx:503:10",
        ),
    )
    sbx.add_argument(
        "--log-requests", action="store_true", help=translate("cli-help", "log every request")
    )
    # Facts the License API docs leave open: pick what the real service does for you.
    sbx.add_argument(
        "--future-window",
        type=float,
        default=15.0,
        metavar="MIN",
        help=translate("cli-help", "accept a Date this many minutes ahead (undocumented upstream)"),
    )
    sbx.add_argument(
        "--signature-mismatch-status",
        type=int,
        choices=(400, 401),
        default=401,
        help=translate("cli-help", "HTTP status of signature_mismatch (the docs say both)"),
    )
    sbx.add_argument(
        "--wrong-password-code",
        default="license_not_found",
        metavar="CODE",
        help=translate(
            "cli-help", "error code for a wrong account password (not published upstream)"
        ),
    )
    sbx.add_argument(
        "--token-lifetime",
        type=float,
        default=480.0,
        metavar="S",
        help=translate("cli-help", "OAuth access token lifetime (the docs' example: 480)"),
    )
    return parser


_FLAG_NAMES = ("api_url", "product", "api_key", "shared_key", "public_key", "ca_file", "language")


# What --sandbox turns on unless the configuration says otherwise: its identity
# provider is there, so its demo accounts' organisation sign-in is offered.
SANDBOX_DEFAULTS = {"sso_enabled": True}


@contextmanager
def _sandbox_config(args: argparse.Namespace) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Config flags and defaults; with --sandbox, those of a sandbox started for this
    process."""
    flags = {name: getattr(args, name, None) for name in _FLAG_NAMES}
    if not getattr(args, "sandbox", False):
        yield flags, {}
        return
    Sandbox = _sandbox_server("--sandbox")
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    with Sandbox(tls=True) as sandbox:
        info = sandbox.info
        if args.command is None:  # a person is about to type a key: show them some
            _print_demo_entries(info, flags.get("product") or info.product)
        # The sandbox supplies the connection; which product and language stay the user's.
        kept = ("product", "language")
        overrides = {k: v for k, v in flags.items() if v is not None and k in kept}
        if "product" in overrides:  # another demo product: its own name on every page
            overrides["product_name"] = sandbox.db.product_name(overrides["product"])
        yield {**info.config_flags(), **overrides}, SANDBOX_DEFAULTS


def _print_demo_entries(info: Any, product: str) -> None:
    """What a newcomer can type into the wizard on the sandbox: the keys and accounts
    of the product it opens on, and how to open it on the other one."""
    say = functools.partial(print, file=sys.stderr)
    say(f"Sandbox License API at {info.api_url}. Demo entries for {product}:")
    others: dict[str, int] = {}
    for entry in info.licenses:
        if entry["endpoint"] not in ("activate_license", "sso_url"):
            continue
        if entry["scenario"] == "unknown_product":  # a product that does not exist
            continue
        if entry["product"] != product:
            others[entry["product"]] = others.get(entry["product"], 0) + 1
            continue
        if entry.get("license_key"):
            who = entry["license_key"]
        elif entry.get("customer_account_code"):
            who = (
                f"{entry['username']} (sign in with organisation {entry['customer_account_code']})"
            )
        else:
            who = f"{entry['username']} / {entry['password']}"
        say(f"  {who}  {entry['scenario']}")
    for other, count in sorted(others.items()):
        kind = "accounts" if other != info.product else "license keys"
        say(f"  ({count} more, {kind}: add --product {other})")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:
        from activation_wizard import selftest

        return selftest.run()
    if args.command == "sandbox":
        return _serve_sandbox(args)
    from activation_wizard.logs import logging_for
    from activation_wizard.pyside import load_for_program

    load_for_program()

    try:
        with (
            logging_for(args.verbose, args.command is None),
            _sandbox_config(args) as (flags, defaults),
        ):
            config = load_config(getattr(args, "config", None), flags, defaults=defaults)
            i18n.install(config.language)
            _warn_unknown_environment()
            _warn_untranslated(config.language)
            return _run(args, config)
    except BrokenPipeError:
        # The reader went away (| head): the work is done; say nothing more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return int(ExitCode.OK)
    except (WizardError, KeyboardInterrupt) as exc:
        if not i18n.installed():  # the configuration itself failed
            i18n.install(getattr(args, "language", None) or "")
        message = describe(exc) if isinstance(exc, WizardError) else describe(Cancelled())
        if getattr(args, "json", False):  # scripts read one JSON object either way
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


def _warn_untranslated(language: str) -> None:
    """A language asked for by name (--lang, the config) that ships no translation,
    or whose translation is not compiled in this copy (a fresh source checkout)."""
    if i18n.unbuilt():
        text = (
            f"the {i18n.unbuilt()} translation is not compiled in this copy (run: bash "
            "packaging/i18n.sh build); the texts stay in English."
        )  # in English: that is all this copy can say
        print(f"note: {text}", file=sys.stderr)
        return
    wanted = i18n.wanted_language(language) if language else ""
    if wanted and wanted not in i18n.SHIPPED:
        text = translate(
            "cli",
            "there is no translation for {language}; the texts stay in English (dates and "
            "numbers follow {language}). Shipped: {shipped}.",
        ).format(language=language, shipped=", ".join(i18n.SHIPPED))
        print(translate("cli", "note: {text}").format(text=text), file=sys.stderr)


def _warn_unknown_environment() -> None:
    """A mistyped ACTIVATION_WIZARD_* variable would be ignored without a word."""
    from activation_wizard.config import unknown_environment

    for name, closest in unknown_environment():
        text = (
            translate("cli", "{name} is not a setting of this program; it is ignored.")
            if closest is None
            else translate(
                "cli",
                "{name} is not a setting of this program (did you mean {closest}?); it is ignored.",
            )
        ).format(name=name, closest=closest)
        print(translate("cli", "note: {text}").format(text=text), file=sys.stderr)
        logging.getLogger(__name__).warning("unknown environment variable %s ignored", name)


KEYRING_TIMEOUT = 30.0  # s: a script never waits on a keyring prompt nobody sees


def _run(args: argparse.Namespace, config: Config) -> int:
    from activation_wizard.core.activation import Activator
    from activation_wizard.core.store import ActivationStore

    if args.command is None:  # the wizard: the prompt is seen, wait for the user
        activator = Activator(config)
    else:
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
        activator = Activator(config, store=ActivationStore(config, keyring_timeout=timeout))
    if args.command is None:
        from activation_wizard.gui.app import run_wizard

        return run_wizard(
            activator,
            quit_after_ms=args.quit_after,
            exit_after_first_frame=args.exit_after_first_frame,
            screenshot=args.screenshot,
            demo_key=args.demo_key,
        )
    activator.on_wait = lambda: print(
        translate(
            "cli",
            "note: another window or command is activating or deactivating this product "
            "on this computer; waiting for it to finish (Ctrl+C stops waiting).",
        ),
        file=sys.stderr,
    )
    if args.command in SETTLING_COMMANDS:
        settled = _settle_left_over(activator)
        if args.command == "deactivate" and settled == "deactivate":
            return int(ExitCode.OK)  # the interrupted deactivation was this one: finished
    handler = {
        "activate": _activate,
        "status": _status,
        "check": _check,
        "deactivate": _deactivate,
        "device": _device,
        "import": _import,
        "diagnose": _diagnose,
        "licenses": _licenses,
        "trial": _trial,
        "change-password": _change_password,
        "variables": _variables,
        "offline": _offline,
    }[args.command]
    return int(handler(args, activator))


SETTLING_COMMANDS = ("activate", "trial", "status", "check", "deactivate")


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
        print(translate("cli", "note: {text}").format(text=said), file=sys.stderr)
    # Settled by this program (not by another one it waited for), as the user asked.
    finished = bool(said) and activator.pending() is None and pending.intent == "keep"
    return pending.op if finished else ""


def _text(value: str, flag: str) -> str:
    """A command-line value as text; bytes that are not UTF-8 are a usage error."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # argv's undecodable bytes arrive as lone surrogates
        raise UsageError(flag, translate("cli", "is not valid UTF-8 text")) from None
    if not value.strip():
        raise UsageError(flag, translate("cli", "it is empty"))
    return value.strip()


def _email(value: str, flag: str) -> str:
    from activation_wizard.core.account import plausible_email

    email = _text(value, flag)
    if not plausible_email(email):
        raise UsageError(
            flag, translate("cli", "{email} is not an e-mail address").format(email=repr(email))
        )
    return email


def _read_secret(args: argparse.Namespace, prompt: str, what: str) -> str:
    """One password: a line of standard input with --password-stdin, else the
    terminal's hidden prompt; never a prompt nobody can see."""
    if args.password_stdin:
        raw = sys.stdin.buffer.readline()
        try:
            password = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            raise UsageError(
                "--password-stdin",
                translate("cli", "the {what} is not valid UTF-8 text").format(what=what),
            ) from None
    else:
        if not sys.stdin.isatty():
            raise UsageError(
                what,
                translate("cli", "no terminal to ask for it on: give it with --password-stdin"),
            )
        try:
            password = getpass.getpass(prompt)
        except EOFError:
            raise UsageError(what, translate("cli", "none was typed")) from None
    if not password:
        raise UsageError(what, translate("cli", "it is empty"))
    return password


def _user_identity(args: argparse.Namespace) -> Any:
    from activation_wizard.core.activation import Identity

    email = _email(args.username, "--username")
    password = _read_secret(
        args,
        translate("cli", "Password for {email}: ").format(email=email),
        translate("cli", "password"),
    )
    return Identity("user", email, password, license_id=getattr(args, "license_id", None))


def _choose_license(activator: Activator, identity: Any) -> Any:
    """An account with several usable licenses must say which (the wizard asks)."""
    from dataclasses import replace

    licenses = activator.user_licenses(identity)
    chosen = activator.choose_license(licenses)  # NoUsableLicense when none
    if chosen is not None:
        return replace(identity, license_id=chosen.license.id)
    ids = ", ".join(str(e.license.id) for e in licenses if e.license.usable)
    raise UsageError(
        "--license-id",
        translate(
            "cli", "this account has several licenses ({ids}); choose one (see: licenses)"
        ).format(ids=ids),
    )


def _activate(args: argparse.Namespace, activator: Activator) -> ExitCode:
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
        identity = Identity("license_key", _license_key(args.license_key, activator))
    elif args.sso is not None:
        account = args.sso or activator.config.sso_account
        if not account:
            raise UsageError(
                "--sso",
                translate("cli", "name the organisation code (or set sso.customer_account_code)"),
            )
        return _activate_sso(args, activator, _text(account, "--sso"))
    else:
        identity = _user_identity(args)
    try:
        result = activator.activate(identity, replace_old=args.replace or "refuse")
    except KeyboardInterrupt:
        _undo_cancelled(activator)
        raise
    _report_activation(args, activator, result)
    return ExitCode.STORAGE if result.save_error is not None else ExitCode.OK


def _license_key(text: str, activator: Activator) -> str:
    """The key as the wizard's field would take it, or why not: the same rules
    (``ui.key_pattern``) and words as the wizard, before anything is sent."""
    from activation_wizard.core.license_key import is_well_formed, key_hint, normalize_key

    pattern = activator.config.key_pattern
    key = normalize_key(_text(text, "--license-key"), pattern)
    if not key:
        raise UsageError("--license-key", translate("cli", "it is empty"))
    if not is_well_formed(key, pattern):
        raise UsageError("--license-key", key_hint(key, pattern, typing=False))
    return key


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
            print(
                translate("cli", "note: {text}").format(text=f"{message.what} {message.todo}"),
                file=sys.stderr,
            )
            continue
        except KeyboardInterrupt:
            _undo_cancelled(activator)
            raise
        _report_activation(args, activator, result)
        return ExitCode.STORAGE if result.save_error is not None else ExitCode.OK
    raise AssertionError("unreachable")


def _sso_grant(activator: Activator, account: str) -> Any:
    """Sign in through the browser: print the URL (and open it where there is a
    display), wait for the redirect, or take the address pasted on standard input."""
    import threading
    import webbrowser

    from activation_wizard.core.sso import parse_redirect
    from activation_wizard.errors import SsoDenied

    say = functools.partial(print, file=sys.stderr, flush=True)
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


def _undo_cancelled(activator: Activator) -> None:
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
        print(translate("cli", "note: {text}").format(text=said), file=sys.stderr)


def _report_activation(args: argparse.Namespace, activator: Activator, result: Any) -> None:
    # What was just activated is shown whole (a new trial's key is news to its user).
    _print_license(args, result.activation, recovered=result.recovered, mask=False)
    say = functools.partial(print, file=sys.stderr)
    if result.new_account is not None and not getattr(args, "json", False):
        print(  # shown once, as the wizard does: its owner signs in with it elsewhere
            translate(
                "cli",
                "Your trial account's password: {password} (note it down, or change it "
                "with: activation-wizard change-password --username {email}).",
            ).format(password=result.new_account.password, email=result.new_account.email)
        )
    if result.replaced is not None:
        _report_deactivation(result.replaced, previous=True)
    if result.abandoned is not None:
        say(
            translate(
                "cli",
                "note: the previous license {who} is no longer used here, but its seat is "
                "still counted: release it in the vendor's customer portal. A copy is kept "
                "in {path}.",
            ).format(who=_who(result.abandoned.activation), path=result.abandoned.kept)
        )
    if result.save_error is None:
        return
    problem = describe(result.save_error)
    say(
        translate(
            "cli", "error: the server accepted the activation, but saving it failed: {what}"
        ).format(what=problem.what)
    )
    rescue = _write_rescue_file(activator, result)
    if rescue is None:
        say(
            translate(
                "cli",
                "It could not be written to a file either; run the same command again once "
                "the problem is fixed: it will not use another seat.",
            )
        )
    else:
        say(
            translate(
                "cli",
                "It was saved to {file} (keep it private: it holds your license key).\n"
                "{todo}\nThen run: activation-wizard import {file}",
            ).format(file=rescue, todo=problem.todo)
        )


def _licenses(args: argparse.Namespace, activator: Activator) -> ExitCode:
    from activation_wizard.core.summary import expiry_text, seats_text, type_name

    identity = _user_identity(args)
    licenses = activator.user_licenses(identity)
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
            for e in licenses
        ]
        print(json.dumps(out, indent=2))
        return ExitCode.OK
    if not licenses:
        print(translate("cli", "This account has no licenses of this product."))
    for e in licenses:
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
    if len([e for e in licenses if e.license.usable]) > 1:
        print(
            translate(
                "cli",
                "Activate one with: activation-wizard activate --username EMAIL --license-id N",
            )
        )
    return ExitCode.OK


def _trial(args: argparse.Namespace, activator: Activator) -> ExitCode:
    from activation_wizard.core.account import field_problem
    from activation_wizard.core.activation import TrialRequest

    email = _email(args.email, "--email") if args.email is not None else ""
    fields = {}
    for name in ("first_name", "last_name", "phone", "company_name"):
        value = getattr(args, name, None)
        if value is None:
            continue
        flag = "--" + name.replace("_", "-")
        fields[name] = _text(value, flag)
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
    _report_activation(args, activator, result)
    return ExitCode.STORAGE if result.save_error is not None else ExitCode.OK


def _user_based(activator: Activator) -> bool:
    """From the server (or its cached answer), else the config's fallback."""
    try:
        product, _ = activator.product_details()
    except WizardError:
        return activator.config.authorization_method == "user"
    return product.user_based


def _change_password(args: argparse.Namespace, activator: Activator) -> ExitCode:
    from activation_wizard.core.account import password_problem

    email = _email(args.username, "--username")
    old = _read_secret(
        args,
        translate("cli", "Current password for {email}: ").format(email=email),
        translate("cli", "current password"),
    )
    new = _read_secret(args, translate("cli", "New password: "), translate("cli", "new password"))
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


def _offline(args: argparse.Namespace, activator: Activator) -> ExitCode:
    """Air-gapped machines: a request file out, a license file in (and back out)."""
    from activation_wizard.core.activation import Identity

    command = args.offline_command
    if command == "request":
        if args.license_key is not None:
            identity = Identity("license_key", _license_key(args.license_key, activator))
        else:
            identity = _user_identity(args)
        out = args.out or Path("activation.req")
        made = activator.offline_request(identity)
        _write_file(out, made.text)
        if args.json:
            print(json.dumps({"request_file": str(out), "request_id": made.request_id}))
        else:
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
    if command == "activate":
        data = _read_input(args.file)
        result = activator.offline_activate(data)
        _print_license(args, result.activation)
        return ExitCode.OK
    if command == "deactivate":
        out = args.out or Path("deactivation.req")
        activator.offline_deactivate(lambda text: _write_file(out, text))
        print(
            translate(
                "cli",
                "Wrote {file}; nothing of the license is left active on this computer. The seat\n"
                "is freed when the file is uploaded to the vendor's offline portal.",
            ).format(file=out)
        )
        return ExitCode.OK
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


def _write_file(path: Path, text: str) -> None:
    """A request file is private (an account's holds its password)."""
    from activation_wizard.core.userfiles import write_private

    write_private(path, (text + "\n").encode("ascii"))


def _read_input(name: str) -> bytes:
    from activation_wizard.core.userfiles import MAX_READ, read_limited

    if name == "-":
        return sys.stdin.buffer.read(MAX_READ)
    return read_limited(Path(name))


def _variables(args: argparse.Namespace, activator: Activator) -> ExitCode:
    if args.variables_command == "set":
        values: dict[str, str] = {}
        for pair in args.pairs:
            name, sep, value = _text(pair, "NAME=VALUE").partition("=")
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
        variables = activator.send_variables(values)
    else:
        variables = activator.get_variables()
    if getattr(args, "json", False):
        print(json.dumps([v.dump() for v in variables], indent=2))
    else:
        for v in variables:
            print(f"{v.variable}={v.value}")
    return ExitCode.OK


def _status(args: argparse.Namespace, activator: Activator) -> ExitCode:
    _print_license(args, activator.load())
    return ExitCode.OK


def _check(args: argparse.Namespace, activator: Activator) -> ExitCode:
    _print_license(args, activator.check())
    return ExitCode.OK


def _deactivate(args: argparse.Namespace, activator: Activator) -> ExitCode:
    done = activator.deactivate()
    _report_deactivation(done)
    return ExitCode.OK if done.confirmed else ExitCode.REJECTED


def _who(stored: Any) -> str:
    """A stored activation's license key (masked) or account, as the CLI names it."""
    from activation_wizard.core.summary import mask_key

    return mask_key(stored.identity) if stored.kind == "license_key" else stored.identity


def _report_deactivation(done: Any, *, previous: bool = False) -> None:
    """Freed, or (an unsigned "no such device") not confirmed, the seat's state unknown."""
    shown = _who(done.activation)
    if done.confirmed:
        text = (
            translate(
                "cli", "note: the previous license {who} was deactivated first; its seat is free."
            )
            if previous
            else translate("cli", "Deactivated {who} on this device; its seat is free.")
        )
        print(text.format(who=shown), file=sys.stderr if previous else sys.stdout)
        return
    print(
        translate(
            "cli",
            "Not confirmed by the server: it answered that it has no such device on {who}. "
            "That answer is not signed, so whether the seat is free is unknown: if the "
            "vendor's customer portal still counts this device, release it there.\n"
            "The activation was removed here; a copy is kept in {path} "
            "(activation-wizard import FILE brings it back).",
        ).format(who=shown, path=done.kept),
        file=sys.stderr,
    )
    print(translate("cli", "server code: {code}").format(code="device_not_found"), file=sys.stderr)


def _device(args: argparse.Namespace, activator: Activator) -> ExitCode:
    config, device = activator.config, activator.device
    if args.json:
        print(json.dumps(device.request_fields(config), indent=2))
    else:
        for name, value, why in device.explained(config):
            print(f"{name}: {value}\n    {i18n.translate('device', why)}")
    return ExitCode.OK


def _diagnose(args: argparse.Namespace, activator: Activator) -> ExitCode:
    from activation_wizard.core import diagnose

    checks = diagnose.run(activator.config, activator.store)
    if args.json:
        print(json.dumps(diagnose.as_json(checks), indent=2))
    else:
        for check in checks:
            print(f"{check.status:<5} {check.name}: {check.detail}")
    failed = [c for c in checks if c.status == diagnose.FAIL]
    if not failed:
        return ExitCode.OK
    return ExitCode.STORAGE if failed[0].category == "storage" else ExitCode.NETWORK


def _import(args: argparse.Namespace, activator: Activator) -> ExitCode:
    _print_license(args, activator.import_recovery(args.file))
    return ExitCode.OK


def _write_rescue_file(activator: Activator, result: ActivationResult) -> Path | None:
    """The current folder, else a new private file in the temp folder (never a fixed
    shared name there): somewhere the yes is not lost."""
    import tempfile

    try:
        path = Path.cwd() / "activation-recovery.json"
        activator.export(result, path)
        return path
    except OSError:
        pass
    try:
        fd, name = tempfile.mkstemp(prefix="activation-recovery-", suffix=".json")
        os.close(fd)  # mkstemp made it 0600; export replaces it atomically
        activator.export(result, Path(name))
        return Path(name)
    except OSError:
        return None


def _print_license(
    args: argparse.Namespace, stored: StoredActivation, recovered: bool = False, mask: bool = True
) -> None:
    from activation_wizard.core.summary import license_rows, mask_key

    masked = mask and stored.kind == "license_key"
    shown = mask_key(stored.identity) if masked else stored.identity
    if getattr(args, "json", False):
        body = json.loads(stored.license_body)
        if mask and isinstance(body.get("license_key"), str):  # status gets pasted in tickets
            body["license_key"] = mask_key(body["license_key"])
        out = {
            "activated": True,
            "recovered": recovered,
            "product": stored.product,
            "identity": shown,
            "hardware_id": stored.hardware_id,
            "license": body,
            "last_check": datetime.fromtimestamp(stored.last_check, UTC).isoformat(),
        }
        print(json.dumps(out, indent=2))
        return
    if recovered:
        print(
            translate(
                "cli", "This device was already activated on this license; no extra seat was used."
            )
        )
    label = translate("cli", "License key") if stored.kind == "license_key" else ""
    print(f"{label or translate('cli', 'Account')}: {shown}")
    for label, value in license_rows(stored.license):
        print(f"{label}: {value}")


def _sandbox_server(flag: str) -> Any:
    """The sandbox's server class; a product build leaves the sandbox out."""
    try:
        from activation_wizard.sandbox.server import Sandbox
    except ImportError:
        raise UsageError(flag, translate("cli", "the sandbox is not part of this build")) from None
    return Sandbox


def _serve_sandbox(args: argparse.Namespace) -> int:
    try:
        Sandbox = _sandbox_server("sandbox")
    except UsageError as exc:
        message = describe(exc)
        print(f"error: {message.what}", file=sys.stderr)
        return int(ExitCode.USAGE)
    import sqlite3
    from datetime import timedelta

    from activation_wizard.sandbox.api import Rules
    from activation_wizard.sandbox.faults import Fault, Faults, FaultSpecError

    if not args.log_requests:
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
    rules = Rules(
        future_window=timedelta(minutes=args.future_window),
        signature_mismatch_status=args.signature_mismatch_status,
        wrong_password_code=args.wrong_password_code,
        token_lifetime=args.token_lifetime,
    )
    faults = Faults(delay=args.delay)
    for spec in args.fault:
        try:
            faults.add(Fault.parse(spec, times=-1))
        except FaultSpecError as exc:
            print(f"error: --fault {spec}: {exc}", file=sys.stderr)
            return ExitCode.USAGE
    try:
        sandbox = Sandbox(args.db, port=args.port, tls=args.tls, faults=faults, rules=rules)
    except (OSError, sqlite3.Error) as exc:
        print(f"error: the sandbox cannot start: {exc}", file=sys.stderr)
        return (
            ExitCode.STORAGE
            if isinstance(exc, sqlite3.Error | IsADirectoryError)
            else (ExitCode.USAGE)
        )
    print(sandbox.info.as_json(), flush=True)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how QA stops it
        sandbox.serve_forever()
    return ExitCode.OK


__all__ = ["ExitCode", "main"]
