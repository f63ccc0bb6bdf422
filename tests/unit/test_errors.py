"""The message catalogue: complete, translatable, never a blank message."""

from __future__ import annotations

import pytest
from activation_wizard.errors import LicenseExpired, ServerRejected, WizardError
from activation_wizard.messages import MESSAGES, describe


def test_every_exception_class_has_a_catalogue_entry() -> None:
    def all_subclasses(cls: type) -> list[type]:
        return [cls, *(s for c in cls.__subclasses__() for s in all_subclasses(c))]

    missing = [c.__name__ for c in all_subclasses(WizardError) if c.key not in MESSAGES]
    assert missing == []


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_no_message_is_blank(key: str) -> None:
    message = MESSAGES[key]
    assert message.title.strip() and message.what.strip() and message.todo.strip()


def test_translation_applies_to_templates_before_filling_in() -> None:
    german = {
        "License expired": "Lizenz abgelaufen",
        "The validity period of this license has ended.": "Die Laufzeit ist abgelaufen.",
    }
    message = describe(LicenseExpired(400, "license_expired", "x"), lambda t: german.get(t, t))
    assert (message.title, message.what) == ("Lizenz abgelaufen", "Die Laufzeit ist abgelaufen.")
    assert message.code == "license_expired"


def test_anything_unexpected_still_gets_a_message() -> None:
    message = describe(KeyError("boom"))
    assert message.title == "Something went wrong" and message.code == "unexpected"
    assert "boom" not in message.as_text()  # no internals shown to the user


def test_unknown_server_code_shows_the_servers_words() -> None:
    message = describe(ServerRejected.for_code(400, "new_code", "Try tomorrow"))
    assert "Try tomorrow" in message.what and message.code == "new_code"


@pytest.mark.parametrize(
    ("reason", "advice"),
    [
        ("clock_rolled_back", "Set the correct date"),
        ("expired", "Renew the license"),
        ("disabled", "enable the license"),
        ("signature", "Activate again"),
        ("not_active", "Activate again"),
    ],
)
def test_invalid_activation_advice_fits_the_reason(reason: str, advice: str) -> None:
    from activation_wizard.errors import ActivationInvalid

    assert advice in describe(ActivationInvalid(reason)).todo
