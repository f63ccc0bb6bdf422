"""The command line: the global flags, each command group's parsers (declared in
its own module, next to its handler), and a quick path for the wizard's start."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from activation_wizard import __version__, i18n
from activation_wizard.i18n import QT_TRANSLATE_NOOP, translate


class Parser(argparse.ArgumentParser):
    """argparse, with a hint where its own message misleads: a value that begins
    with "-" (a generated secret) reads as a missing value."""

    def error(self, message: str) -> NoReturn:
        if "expected one argument" in message:
            message += (
                ' (if the value begins with "-", write it as --flag=VALUE, e.g. '
                "--shared-key=-abc...)"
            )
        super().error(message)


class _QuickParser(Parser):
    """The wizard's own flags (parse_args): an error is raised, for the whole
    parser to word it (argparse ends the program from error() otherwise, even with
    exit_on_error off, for an ambiguous abbreviation)."""

    def error(self, message: str) -> NoReturn:
        raise argparse.ArgumentError(None, message)


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=translate("cli-help", "print JSON, for scripts")
    )


def replace_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--replace",
        nargs="?",
        const="deactivate",
        choices=("deactivate", "abandon"),
        help=translate(
            "cli-help",
            "replace another license active here: deactivate it first (the default), or "
            "abandon it (its seat stays counted; a copy is kept for import)",
        ),
    )


def password_stdin_flag(parser: argparse.ArgumentParser, help_text: str = "") -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=help_text or translate("cli-help", "read the password from stdin"),
    )


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
    from .outputs import warn_untranslated

    language = ""
    for i, word in enumerate(words):
        if word in ("--lang", "--language") and i + 1 < len(words):
            language = words[i + 1]
        elif word.startswith(("--lang=", "--language=")):
            language = word.split("=", 1)[1]
    i18n.install(language or os.environ.get("ACTIVATION_WIZARD_LANGUAGE", ""))
    warn_untranslated(language)
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


class _Version(argparse.Action):
    """--version, its text made only when asked (it reads a file in a vendor's build)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> NoReturn:
        print(_version_text(parser.prog))
        parser.exit()


def _version_text(prog: str) -> str:
    """This program's version, and in a vendor's build what it was built for."""
    import json  # (here: the wizard's start does not need it)

    from activation_wizard.paths import resource

    text = f"{prog} {__version__}"
    try:  # written by packaging/bundle.py
        info = json.loads(resource("build-info.json").read_text(encoding="utf-8"))
        product = " ".join(str(info[k]) for k in ("product", "product_version") if info.get(k))
        text += f" for {product}, built {info['built']}"
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return text


def _config_flags() -> Parser:
    """The settings every command takes (they override the TOML file)."""
    # SUPPRESS: a flag given before the sub-command must not be reset by the
    # sub-command's own copy of it (argparse's defaults would do that).
    flags = Parser(add_help=False, argument_default=argparse.SUPPRESS)
    group = flags.add_argument_group(
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
    group.add_argument(
        "--qa-sandbox",
        metavar="JSON",
        help=translate(
            "cli-help",
            "QA builds: use a running sandbox, given the JSON line it printed (or @FILE)",
        ),
    )
    return flags


# The settings the flags above set (load_config's flags), by their setting names.
FLAG_NAMES = ("api_url", "product", "api_key", "shared_key", "public_key", "ca_file", "language")


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False``: the wizard's own flags and a
    positional ``command`` to notice one (no help, errors raised, see parse_args)."""
    config_flags = _config_flags()
    parser = (Parser if commands else _QuickParser)(
        prog="activation-wizard",
        parents=[config_flags],
        description=translate(
            "cli-help", "Activate this product with a license key; no command opens the wizard."
        ),
        add_help=commands,
        exit_on_error=commands,
    )
    parser.add_argument(
        "--version", action=_Version, help=_argparse_text("show program's version number and exit")
    )
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    from . import accounts, activation, airgap, offline, sandbox, support, usage, variables

    def add(name: str, help_text: str, **kw: Any) -> argparse.ArgumentParser:
        """A command that takes the settings flags (all but ``sandbox`` do)."""
        return sub.add_parser(name, parents=[config_flags], help=help_text, **kw)

    for group in (activation, accounts, offline, airgap, variables, usage, support):
        group.add_parsers(add, config_flags)
    sandbox.add_parsers(sub)
    return parser
