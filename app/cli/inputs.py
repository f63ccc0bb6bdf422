"""What the user typed, checked before anything is sent: text, e-mail addresses,
license keys (the wizard's rules and words), passwords, input files."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from activation_wizard.errors import UsageError
from activation_wizard.i18n import translate

if TYPE_CHECKING:
    from activation_wizard.core.activation import Activator, Identity


def text(value: str, flag: str) -> str:
    """A command-line value as text; bytes that are not UTF-8 are a usage error."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # argv's undecodable bytes arrive as lone surrogates
        raise UsageError(flag, translate("cli", "is not valid UTF-8 text")) from None
    if not value.strip():
        raise UsageError(flag, translate("cli", "it is empty"))
    return value.strip()


def email(value: str, flag: str) -> str:
    from activation_wizard.core.account import plausible_email

    found = text(value, flag)
    if not plausible_email(found):
        raise UsageError(
            flag, translate("cli", "{email} is not an e-mail address").format(email=repr(found))
        )
    return found


def license_key(value: str, activator: Activator) -> str:
    """The key as the wizard's field would take it, or why not: the same rules
    (``ui.key_pattern``) and words as the wizard, before anything is sent."""
    from activation_wizard.core.license_key import is_well_formed, key_hint, normalize_key

    pattern = activator.config.key_pattern
    key = normalize_key(text(value, "--license-key"), pattern)
    if not key:
        raise UsageError("--license-key", translate("cli", "it is empty"))
    if not is_well_formed(key, pattern):
        raise UsageError("--license-key", key_hint(key, pattern, typing=False))
    return key


def secret(args: argparse.Namespace, prompt: str, what: str) -> str:
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


def user_identity(args: argparse.Namespace) -> Identity:
    from activation_wizard.core.activation import Identity

    address = email(args.username, "--username")
    password = secret(
        args,
        translate("cli", "Password for {email}: ").format(email=address),
        translate("cli", "password"),
    )
    return Identity("user", address, password, license_id=getattr(args, "license_id", None))


def read_input(name: str) -> bytes:
    """A file the user names, or standard input for "-" (both size-limited)."""
    from activation_wizard.core.userfiles import MAX_READ, read_limited

    if name == "-":
        return sys.stdin.buffer.read(MAX_READ)
    return read_limited(Path(name))
