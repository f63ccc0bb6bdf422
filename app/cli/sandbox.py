"""sandbox (serve the local License API) and --sandbox (one for this process, its
demo keys and accounts listed for whoever is about to type one)."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from activation_wizard.errors import UsageError
from activation_wizard.exitcodes import ExitCode
from activation_wizard.i18n import translate
from activation_wizard.messages import describe

from .parser import FLAG_NAMES

# What --sandbox turns on unless the configuration says otherwise: its identity
# provider is there, so its demo accounts' organisation sign-in is offered.
SANDBOX_DEFAULTS = {"sso_enabled": True}


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


def add_parsers(sub: Any) -> None:
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


def _server_class(flag: str) -> Any:
    """The sandbox's server class; a product build leaves the sandbox out."""
    try:
        from activation_wizard.sandbox.server import Sandbox
    except ImportError:
        raise UsageError(flag, translate("cli", "the sandbox is not part of this build")) from None
    return Sandbox


@contextlib.contextmanager
def settings(args: argparse.Namespace) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Config flags and defaults; with --sandbox, those of a sandbox started for this
    process."""
    flags = {name: getattr(args, name, None) for name in FLAG_NAMES}
    if getattr(args, "qa_sandbox", None) is not None:  # "" too: a script lost its line
        from activation_wizard.config import sandbox_flags

        given = _kept(flags)
        connection = sandbox_flags(_qa_sandbox(args.qa_sandbox))
        if "product" in given:  # another demo product: the server names it
            del connection["product_name"]
        yield {**connection, **given}, {}
        return
    if not getattr(args, "sandbox", False):
        yield flags, {}
        return
    Sandbox = _server_class("--sandbox")
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    with Sandbox(tls=True) as sandbox:
        info = sandbox.info
        if args.command is None:  # a person is about to type a key: show them some
            _print_demo_entries(info, flags.get("product") or info.product)
        # The sandbox supplies the connection; which product and language stay the user's.
        overrides = _kept(flags)
        if "product" in overrides:  # another demo product: its own name on every page
            overrides["product_name"] = sandbox.db.product_name(overrides["product"])
        yield {**info.config_flags(), **overrides}, SANDBOX_DEFAULTS


def _kept(flags: dict[str, Any]) -> dict[str, Any]:
    """The settings the user gives that a sandbox's connection leaves theirs."""
    return {k: v for k, v in flags.items() if v is not None and k in ("product", "language")}


def _qa_sandbox(value: str) -> dict[str, Any]:
    """The sandbox line of --qa-sandbox (the text, or @FILE); only a QA build or a
    source checkout takes it: a release build talks to the vendor's server only."""
    import json

    from activation_wizard.paths import is_frozen, resource

    flag = "--qa-sandbox"
    if is_frozen():
        try:
            qa = json.loads(resource("build-info.json").read_text(encoding="utf-8"))["qa_build"]
        except (OSError, ValueError, KeyError, TypeError):
            qa = False
        if qa is not True:
            raise UsageError(
                flag, translate("cli", "this build does not take it (QA builds do: bundle --qa)")
            )
    text = value
    if value.startswith("@"):
        try:
            text = Path(value[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(flag, f"{value[1:]}: {exc.strerror or exc}") from None
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    needed = ("api_url", "api_key", "shared_key", "public_key", "product")
    if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in needed):
        raise UsageError(
            flag,
            translate(
                "cli", "not a sandbox line (the JSON object `activation-wizard sandbox` prints)"
            ),
        )
    return data


def _print_demo_entries(info: Any, product: str) -> None:
    """What a newcomer can type into the wizard on the sandbox: the keys and accounts
    of the product it opens on, and how to open it on the other one."""

    def say(text: str) -> None:
        print(text, file=sys.stderr)

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


def serve(args: argparse.Namespace) -> int:
    try:
        Sandbox = _server_class("sandbox")
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
        storage = isinstance(exc, sqlite3.Error | IsADirectoryError)
        return ExitCode.STORAGE if storage else ExitCode.USAGE
    print(sandbox.info.as_json(), flush=True)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how QA stops it
        sandbox.serve_forever()
    return ExitCode.OK
