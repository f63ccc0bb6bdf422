"""A vendor's QA suite for their branded wizard, written with the installed plugin
only (``pip install activation-wizard[testing]``): copy it and change the brand.

Every control is found by its object name, never by its text, so the same tests pass
in each language the product ships; every wait is explicit.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from activation_wizard.testing import LicenseSandbox, WizardDriver


def test_a_customer_activates_with_a_key(
    wizard_driver: WizardDriver, license_sandbox: LicenseSandbox
) -> None:
    key = license_sandbox.license("ok").license_key
    assert wizard_driver.activate_key(key) == "done"
    assert wizard_driver.status().activation.identity == key
    assert license_sandbox.seats(key) == 1


def test_a_wrong_key_is_refused_and_nothing_is_kept(
    wizard_driver: WizardDriver, license_sandbox: LicenseSandbox
) -> None:
    key = license_sandbox.license("license_not_found").license_key
    assert wizard_driver.activate_key(key) == "error"
    assert wizard_driver.error().code == "license_not_found"
    assert wizard_driver.status().activation is None


def test_an_account_with_several_licenses_activates_the_chosen_one(
    make_activation_wizard, qtbot, license_sandbox: LicenseSandbox
) -> None:
    account = license_sandbox.user("several_licenses")
    driver = WizardDriver(make_activation_wizard(product=account.product), qtbot)
    driver.choose("account")
    driver.sign_in(account.username, account.password)
    usable = [license_id for license_id, ok in driver.licenses() if ok]
    driver.choose_license(usable[-1])
    driver.wait_for("device")
    driver.next()
    assert driver.wait_for("done", "error") == "done"
    assert driver.status().activation.license_id == usable[-1]


def test_organisation_sign_in_in_the_browser(
    make_activation_wizard, qtbot, license_sandbox: LicenseSandbox
) -> None:
    person = license_sandbox.user("sso")
    wizard = make_activation_wizard(product=person.product, sso_enabled=True)
    driver = WizardDriver(wizard, qtbot)
    driver.choose("organisation")
    browser = license_sandbox.sso.browser(person.username)
    driver.sign_in_with_organisation(person.customer_account_code, browser)
    driver.wait_for("device")
    driver.next()
    assert driver.wait_for("done", "error") == "done"
    assert driver.status().activation.identity == person.username


def test_a_free_trial(wizard_driver: WizardDriver) -> None:
    wizard_driver.choose("trial")
    wizard_driver.start_trial()
    wizard_driver.wait_for("device")
    wizard_driver.next()
    assert wizard_driver.wait_for("done", "error") == "done"
    assert wizard_driver.status().activation.kind == "license_key"


def test_activation_without_internet_by_files(
    wizard_driver: WizardDriver, license_sandbox: LicenseSandbox, tmp_path: Path
) -> None:
    key = license_sandbox.licenses("ok")[1].license_key  # perpetual: offline allowed
    assert wizard_driver.offline_round_trip(key, license_sandbox, tmp_path) == "done"
    assert wizard_driver.status().activation.offline
    assert license_sandbox.seats(key) == 1


def test_a_failing_server_is_explained_and_spends_no_seat(
    wizard_driver: WizardDriver, license_sandbox: LicenseSandbox
) -> None:
    key = license_sandbox.license("ok").license_key
    license_sandbox.fault("error_5xx:503@activate_license", times=-1)
    assert wizard_driver.activate_key(key) == "error"
    assert wizard_driver.error().code == "gateway_failed"
    assert license_sandbox.seats(key) == 0


def test_an_answer_lost_after_the_server_committed_spends_one_seat_only(
    wizard_driver: WizardDriver, license_sandbox: LicenseSandbox
) -> None:
    key = license_sandbox.license("ok").license_key
    license_sandbox.fault("drop_after@activate_license")
    assert wizard_driver.activate_key(key) == "done"
    assert license_sandbox.seats(key) == 1


def test_switching_to_another_license_frees_the_first_seat(
    make_activation_wizard, qtbot, license_sandbox: LicenseSandbox
) -> None:
    first, second = (entry.license_key for entry in license_sandbox.licenses("ok"))
    assert WizardDriver(make_activation_wizard(), qtbot).activate_key(first) == "done"
    again = WizardDriver(make_activation_wizard(), qtbot)  # the program started again
    assert again.wait_until_ready() == "status"
    assert again.use_another_license() == "welcome"
    assert again.activate_key(second) == "done"
    assert (license_sandbox.seats(first), license_sandbox.seats(second)) == (0, 1)


@pytest.mark.parametrize("language", ["en", "de", "ja"])
def test_each_shipped_language_activates(
    make_activation_wizard, qtbot, license_sandbox: LicenseSandbox, language: str
) -> None:
    wizard = make_activation_wizard(language=language)
    driver = WizardDriver(wizard, qtbot)
    assert driver.activate_key(license_sandbox.license("ok").license_key) == "done"
    assert driver.status().details  # the license's details are shown
    assert wizard.windowTitle() == "Northwind Studio: activation"  # the brand's


def test_check_now_after_activating(make_activation_wizard, qtbot, license_sandbox):
    key = license_sandbox.license("ok").license_key
    assert WizardDriver(make_activation_wizard(), qtbot).activate_key(key) == "done"
    again = WizardDriver(make_activation_wizard(), qtbot)  # the program started again
    assert again.wait_until_ready() == "status" and again.check() == "status"
