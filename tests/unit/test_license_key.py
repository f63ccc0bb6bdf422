from datetime import UTC

import pytest
from activation_wizard.config import DEFAULT_KEY_PATTERN
from activation_wizard.core.license_key import is_well_formed, key_problem, normalize_key
from activation_wizard.core.summary import mask_key


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("DEMO-OKAY-0000-0001", "DEMO-OKAY-0000-0001"),
        ("demo-okay-0000-0001", "DEMO-OKAY-0000-0001"),
        ("  DEMO-OKAY-0000-0001\n", "DEMO-OKAY-0000-0001"),
        ("DEMO OKAY 0000 0001", "DEMO-OKAY-0000-0001"),
        ("demookay00000001", "DEMO-OKAY-0000-0001"),
        ("DEMO\u2013OKAY\u20130000\u20130001", "DEMO-OKAY-0000-0001"),  # en dashes from mail
        ("DEMO-OKAY-\n0000-0001", "DEMO-OKAY-0000-0001"),  # wrapped by a mail client
        ("DEMO-OKAY-00000001", "DEMO-OKAY-0000-0001"),  # one dash lost
        ("DEMOOKAY-0000-0001", "DEMO-OKAY-0000-0001"),
    ],
)
def test_pasted_keys_are_normalised(typed: str, expected: str) -> None:
    key = normalize_key(typed, DEFAULT_KEY_PATTERN)
    assert key == expected
    assert is_well_formed(key, DEFAULT_KEY_PATTERN)


@pytest.mark.parametrize(
    "typed", ["", "DEMO", "DEMO-OKAY-0000", "DEMO-OKAY-0000-00011", "DÉMO-OKAY-0000-0001"]
)
def test_malformed_keys_are_not_well_formed(typed: str) -> None:
    assert not is_well_formed(normalize_key(typed, DEFAULT_KEY_PATTERN), DEFAULT_KEY_PATTERN)


def test_masked_key_keeps_only_the_last_group() -> None:
    assert mask_key("DEMO-OKAY-0000-0001") == "****-****-****-0001"


def test_a_vendor_pattern_without_groups_is_left_alone() -> None:
    assert normalize_key(" abcd efgh ", "[A-Z]{8}") == "ABCDEFGH"
    assert normalize_key("abcd-efgh", "[A-Z]{4}-[A-Z]{4}") == "ABCD-EFGH"


@pytest.mark.parametrize(
    ("pasted", "why"),
    [
        ("\ufeffDEMO-OKAY-0000-0001", "a byte-order mark from a rich-text mail"),
        ("DEMO-\u200bOKAY-0000-0001", "a zero-width space"),
        ("DEMO-OKAY-0000-0001\u200e", "a direction mark"),
        (
            "ＤＥＭＯ－ＯＫＡＹ－００００－０００１",
            "full-width letters and digits of an East Asian IME",
        ),
        ("Hello Jane,\nyour license key: DEMO-OKAY-0000-0001.\nThanks!", "a whole mail pasted"),
        ("Key: demo-okay-0000-0001 (keep it safe)", "lower case inside a sentence"),
    ],
)
def test_invisible_and_wide_characters_and_mail_text_still_give_the_key(
    pasted: str, why: str
) -> None:
    assert normalize_key(pasted, DEFAULT_KEY_PATTERN) == "DEMO-OKAY-0000-0001", why


def test_two_keys_in_a_text_are_not_guessed_between() -> None:
    text = "old: DEMO-OKAY-0000-0001 new: DEMO-OKAY-0000-0002"
    assert not is_well_formed(normalize_key(text, DEFAULT_KEY_PATTERN), DEFAULT_KEY_PATTERN)


@pytest.mark.parametrize(
    ("typed", "kind", "chars"),
    [
        ("D\u0415MO-OKAY", "lookalike", "\u0415"),  # a Cyrillic Е
        ("DEMO-\u039fKAY", "lookalike", "\u039f"),  # a Greek Ο
        ("DEMÉ", "impossible", "É"),
        ("DEMO-OK@Y", "impossible", "@"),
        ("DEMO-OKAY", "short", ""),
        ("DEMO-OKAY-0000-0001-0002", "shape", ""),
        ("DEMO-OKAY-0000-0001", "", ""),
    ],
)
def test_a_key_that_is_not_one_yet_says_why(typed: str, kind: str, chars: str) -> None:
    key = normalize_key(typed, DEFAULT_KEY_PATTERN)
    assert key_problem(key, DEFAULT_KEY_PATTERN) == (kind, chars)


def test_a_one_year_license_has_365_days_left_not_364() -> None:
    from datetime import datetime, timedelta

    from activation_wizard.core.summary import days_left

    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    assert days_left(now + timedelta(days=365), now) == 365
    assert days_left(now + timedelta(days=364, hours=23, minutes=59), now) == 365
    assert days_left(now + timedelta(days=14), now) == 14
