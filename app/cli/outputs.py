"""What the CLI prints: licenses (text or JSON), what an activation or a
deactivation did, notes on standard error, and files it writes for the user."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from activation_wizard import i18n
from activation_wizard.i18n import translate
from activation_wizard.messages import describe

if TYPE_CHECKING:
    from activation_wizard.core.activation import ActivationResult, Activator, Deactivated
    from activation_wizard.core.store import StoredActivation


def note(text: str) -> None:
    """A note on standard error: what happened besides the answer on standard output."""
    print(translate("cli", "note: {text}").format(text=text), file=sys.stderr, flush=True)


def warn_untranslated(language: str) -> None:
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
        note(
            translate(
                "cli",
                "there is no translation for {language}; the texts stay in English (dates "
                "and numbers follow {language}). Shipped: {shipped}.",
            ).format(language=language, shipped=", ".join(i18n.SHIPPED))
        )


def warn_unknown_environment() -> None:
    """A mistyped ACTIVATION_WIZARD_* variable would be ignored without a word."""
    from activation_wizard.config import unknown_environment

    for name, closest in unknown_environment():
        note(
            (
                translate("cli", "{name} is not a setting of this program; it is ignored.")
                if closest is None
                else translate(
                    "cli",
                    "{name} is not a setting of this program (did you mean {closest}?); "
                    "it is ignored.",
                )
            ).format(name=name, closest=closest)
        )
        logging.getLogger(__name__).warning("unknown environment variable %s ignored", name)


def who(stored: StoredActivation) -> str:
    """A stored activation's license key (masked) or account, as the CLI names it."""
    from activation_wizard.core.summary import mask_key

    return mask_key(stored.identity) if stored.kind == "license_key" else stored.identity


def print_license(
    args: argparse.Namespace,
    stored: StoredActivation,
    recovered: bool = False,
    mask: bool = True,
    activator: Activator | None = None,  # for the next check's date, where it applies
) -> None:
    from activation_wizard.core.api import binding
    from activation_wizard.core.policy import Policy
    from activation_wizard.core.summary import (
        grace_note,
        license_rows,
        mask_key,
        next_check_text,
    )

    masked = mask and stored.kind == "license_key"
    shown = mask_key(stored.identity) if masked else stored.identity
    if getattr(args, "json", False):
        import json  # (here: the wizard's start does not need it)

        signed = json.loads(stored.license_body)
        body = binding.license_of(signed, stored.product)
        for member in signed if isinstance(signed, list) else [body]:
            if mask and isinstance(member.get("license_key"), str):  # pasted in tickets
                member["license_key"] = mask_key(member["license_key"])
        out = {
            "activated": True,
            "recovered": recovered,
            "product": stored.product,
            "identity": shown,
            "hardware_id": stored.hardware_id,
            "license": body,
            # A bundle's activation: every member's license, this product's too.
            **({"bundle": signed} if isinstance(signed, list) else {}),
            "last_check": datetime.fromtimestamp(stored.last_check, UTC).isoformat(),
            # After validity_period and any grace period: when it stops working.
            "works_until": _iso(stored.license.ends_at),
            "in_grace": stored.in_grace(),
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
    for label, value in license_rows(stored.license, bundle=stored.signed.bundle):
        print(f"{label}: {value}")
    if activator is not None:
        due = next_check_text(stored, Policy.of(activator.config), activator.clock())
        if due:
            print(f"{translate('cli', 'Next check')}: {due}")
        from activation_wizard.core.activation import consumption

        unsent = consumption.waiting_words(activator)
        if unsent:
            print(f"{translate('cli', 'Uses not sent yet')}: {unsent}")
    grace = grace_note(stored.license)
    if grace:
        note(grace)


def report_activation(
    args: argparse.Namespace, activator: Activator, result: ActivationResult
) -> None:
    from activation_wizard.core.summary import floating_note

    # What was just activated is shown whole (a new trial's key is news to its user).
    print_license(
        args, result.activation, recovered=result.recovered, mask=False, activator=activator
    )
    if result.new_account is not None and not getattr(args, "json", False):
        print(  # shown once, as the wizard does: its owner signs in with it elsewhere
            translate(
                "cli",
                "Your trial account's password: {password} (note it down, or change it "
                "with: activation-wizard change-password --username {email}).",
            ).format(password=result.new_account.password, email=result.new_account.email)
        )
    floating = floating_note(result.license.info)
    if floating and not getattr(args, "json", False):
        note(floating)
    if result.replaced is not None:
        report_deactivation(result.replaced, previous=True)
    if result.abandoned is not None:
        _say(
            translate(
                "cli",
                "note: the previous license {who} is no longer used here, but its seat is "
                "still counted: release it in the vendor's customer portal. A copy is kept "
                "in {path}.",
            ).format(who=who(result.abandoned.activation), path=result.abandoned.kept)
        )
    if result.save_error is None:
        return
    problem = describe(result.save_error)
    _say(
        translate(
            "cli", "error: the server accepted the activation, but saving it failed: {what}"
        ).format(what=problem.what)
    )
    rescue = _write_rescue_file(activator, result)
    if rescue is None:
        _say(
            translate(
                "cli",
                "It could not be written to a file either; run the same command again once "
                "the problem is fixed: it will not use another seat.",
            )
        )
    else:
        _say(
            translate(
                "cli",
                "It was saved to {file} (keep it private: it holds your license key).\n"
                "{todo}\nThen run: activation-wizard import {file}",
            ).format(file=rescue, todo=problem.todo)
        )


def report_deactivation(done: Deactivated, *, previous: bool = False) -> None:
    """Freed, or (an unsigned "no such device") not confirmed, the seat's state unknown."""
    shown = who(done.activation)
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
    _say(
        translate(
            "cli",
            "Not confirmed by the server: it answered that it has no such device on {who}. "
            "That answer is not signed, so whether the seat is free is unknown: if the "
            "vendor's customer portal still counts this device, release it there.\n"
            "The activation was removed here; a copy is kept in {path} "
            "(activation-wizard import FILE brings it back).",
        ).format(who=shown, path=done.kept)
    )
    _say(translate("cli", "server code: {code}").format(code="device_not_found"))


def write_file(path: Path, text: str) -> None:
    """A request file is private (an account's holds its password)."""
    from activation_wizard.core.userfiles import write_private

    write_private(path, (text + "\n").encode("ascii"))


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


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when is not None else None
