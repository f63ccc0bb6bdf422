"""Forgiving license-key entry: what users paste is rarely what they were sent."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")
_DASHES = re.compile(r"[\u2010-\u2015\u2212_]")  # typographic dashes mail clients insert


def normalize_key(text: str, pattern: str | None = None) -> str:
    """Drop whitespace, unify dashes, upper-case; re-insert dashes when the
    pattern wants groups of four and the user typed none."""
    key = _DASHES.sub("-", _SPACE.sub("", text)).upper()
    if "-" not in key and len(key) == 16 and (pattern is None or "-" in pattern):
        key = "-".join(key[i : i + 4] for i in range(0, 16, 4))
    return key


def is_well_formed(key: str, pattern: str) -> bool:
    return re.fullmatch(pattern, key) is not None
