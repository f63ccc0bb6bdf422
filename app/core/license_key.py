"""Forgiving license-key entry: what users paste is rarely what they were sent."""

from __future__ import annotations

import re
import unicodedata

from activation_wizard.i18n import QT_TRANSLATE_NOOP, translate

_SPACE = re.compile(r"\s+")
_DASHES = re.compile(r"[\u2010-\u2015\u2212_]")  # typographic dashes mail clients insert
# Letters of other alphabets that look like Latin capitals (a Cyrillic С, a Greek Ο):
# an input method or a copy from a lookalike font puts them in keys.
_LOOKALIKE_SCRIPTS = ("CYRILLIC", "GREEK")


def _clean(text: str) -> str:
    """NFKC (full-width digits and letters from East Asian input methods become
    ASCII) and no format characters (zero-width spaces, a BOM, direction marks:
    invisible, and pasted from rich-text mail)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def normalize_key(text: str, pattern: str) -> str:
    """Drop whitespace, unify dashes, upper-case; regroup the characters in fours
    when that is what the vendor's pattern wants and the typed grouping is not; and
    find the key inside pasted e-mail text ("Your key: ABCD-... Thanks!")."""
    text = _DASHES.sub("-", _clean(text)).upper()
    key = _clean(_SPACE.sub("", text))  # again: a dropped space may let marks compose
    compact = key.replace("-", "")
    if is_well_formed(key, pattern):
        return key
    if len(compact) % 4 == 0:
        grouped = "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        if is_well_formed(grouped, pattern):
            return grouped
    found = _key_in_text(text, pattern)
    return found or key


def _key_in_text(text: str, pattern: str) -> str:
    """The one key in a longer text, standing alone (not part of a longer word)."""
    if not _SPACE.search(text.strip()):
        return ""  # one word: being typed, not pasted prose
    try:
        found = re.finditer(rf"(?<![A-Z0-9-])(?:{pattern})(?![A-Z0-9-])", text)
        keys = list(dict.fromkeys(m.group(0) for m in found))
    except re.error:
        return ""
    return keys[0] if len(keys) == 1 else ""


def is_well_formed(key: str, pattern: str) -> bool:
    return re.fullmatch(pattern, key) is not None


def key_problem(key: str, pattern: str) -> tuple[str, str]:
    """Why ``key`` (normalised) is not a key yet, for a hint: ("", "") when it is
    one, else (kind, characters) with kind one of ``lookalike`` (letters of another
    alphabet), ``impossible`` (characters no key has), ``short`` or ``shape``."""
    if not key or is_well_formed(key, pattern):
        return "", ""
    lookalike = [c for c in key if unicodedata.name(c, "").startswith(_LOOKALIKE_SCRIPTS)]
    if lookalike:
        return "lookalike", "".join(dict.fromkeys(lookalike))
    impossible = [c for c in key if not (c.isascii() and (c.isalnum() or c in pattern))]
    if impossible:
        return "impossible", "".join(dict.fromkeys(impossible))
    if len(key.replace("-", "")) < 16:
        return "short", ""
    return "shape", ""


# What the wizard (while typing) and the command line say about a key that is not
# one yet: the same rules and the same words everywhere.
KEY_HINTS = {
    "lookalike": QT_TRANSLATE_NOOP(
        "key",
        "The key contains letters of another alphabet that only look like Latin ones "
        "({chars}). Switch the keyboard to a Latin layout and type them again.",
    ),
    "impossible": QT_TRANSLATE_NOOP(
        "key", "A license key has no “{chars}”. Check the key for typing mistakes."
    ),
    "short": QT_TRANSLATE_NOOP("key", "Keep typing: a key looks like ABCD-1234-EFGH-5678."),
    "shape": QT_TRANSLATE_NOOP(
        "key", "This does not look like a license key (ABCD-1234-EFGH-5678)."
    ),
}


def key_hint(key: str, pattern: str, *, typing: bool = True) -> str:
    """Why ``key`` (normalised) is not a key, in words ("" when it is one, or empty);
    ``typing``: a short key may still be growing (the wizard's field)."""
    kind, chars = key_problem(key, pattern)
    if not kind:
        return ""
    if kind == "short" and not typing:
        kind = "shape"
    return translate("key", KEY_HINTS[kind]).format(chars=chars)
