"""What an account's sign-in needs before anything is sent: a plausible e-mail."""

from __future__ import annotations

import re

# Deliberately loose: one @, something on each side, a dot in the domain, no spaces.
# The server decides what exists; this only catches typos before a request.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def normalize_email(text: str) -> str:
    return text.strip()


def plausible_email(text: str) -> bool:
    return bool(_EMAIL.fullmatch(normalize_email(text)))
