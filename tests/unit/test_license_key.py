import pytest

from app.config import DEFAULT_KEY_PATTERN
from app.core.license_key import is_well_formed, normalize_key
from app.core.summary import mask_key


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
