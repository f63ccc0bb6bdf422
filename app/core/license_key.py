"""Forgiving license-key entry: what users paste is rarely what they were sent."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")
_DASHES = re.compile(r"[\u2010-\u2015\u2212_]")  # typographic dashes mail clients insert


def normalize_key(text: str, pattern: str) -> str:
    """Drop whitespace, unify dashes, upper-case; regroup the characters in fours
    when that is what the vendor's pattern wants and the typed grouping is not."""
    key = _DASHES.sub("-", _SPACE.sub("", text)).upper()
    compact = key.replace("-", "")
    if len(compact) % 4 == 0 and not is_well_formed(key, pattern):
        grouped = "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        if is_well_formed(grouped, pattern):
            return grouped
    return key


def is_well_formed(key: str, pattern: str) -> bool:
    return re.fullmatch(pattern, key) is not None
