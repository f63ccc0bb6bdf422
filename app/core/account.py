"""What an account's sign-in needs before anything is sent: a plausible e-mail."""

from __future__ import annotations

import re

from activation_wizard.i18n import translate

# Deliberately loose: one @, something on each side, a dot in the domain, no spaces.
# The server decides what exists; this only catches typos before a request.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
MAX_EMAIL = 254  # RFC 5321's limit on an address in a mail path
MAX_FIELD = 200  # a name, a phone number, a company: far more than any real one


def normalize_email(text: str) -> str:
    return text.strip()


def plausible_email(text: str) -> bool:
    email = normalize_email(text)
    return len(email) <= MAX_EMAIL and bool(_EMAIL.fullmatch(email))


MIN_PASSWORD_LENGTH = 8  # what the wizard and the CLI ask of a new password


def password_problem(new: str, current: str = "") -> str:
    """Why ``new`` cannot be a new password ("" when it can)."""
    if len(new) < MIN_PASSWORD_LENGTH:
        return translate("account", "use at least {n} characters").format(n=MIN_PASSWORD_LENGTH)
    if current and new == current:
        return translate("account", "choose a password different from the current one")
    return ""


def has_control_characters(text: str) -> bool:
    return any(ord(c) < 32 or ord(c) == 127 for c in text)


def field_problem(text: str) -> str:
    """Why a trial's name, phone or company field cannot be sent ("" when it can)."""
    if has_control_characters(text):
        return translate("account", "it contains control characters (a tab, a line break)")
    if len(text) > MAX_FIELD:
        return translate("account", "it is longer than {n} characters").format(n=MAX_FIELD)
    return ""
