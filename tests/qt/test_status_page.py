"""The status page: what the user sees when this device is already activated."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.activation import Activator, Identity
from app.errors import MESSAGES
from app.gui.pages import PageId
from app.sandbox.server import Sandbox
from tests.qt.conftest import shoot

KEY = "DEMO-OKAY-0000-0001"


def activated_wizard(make_wizard, activator: Activator):  # type: ignore[no-untyped-def]
    activator.activate(Identity("license_key", KEY))
    wizard = make_wizard(activator)
    assert wizard.currentId() == PageId.STATUS
    return wizard


def test_status_shows_the_license_without_the_full_key(make_wizard, activator: Activator) -> None:  # type: ignore[no-untyped-def]
    wizard = activated_wizard(make_wizard, activator)
    details = wizard.status_page.details
    assert details.value("License key") == "****-****-****-0001"
    assert "days left" in details.value("Expires")
    assert details.value("Features") == "Pro tools, Export to PDF"
    assert details.value("Last checked")


def test_check_now_when_the_vendor_disabled_the_license(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    activator: Activator,
    sandbox: Sandbox,
) -> None:
    wizard = activated_wizard(make_wizard, activator)
    with sandbox.db.tx() as db:
        db.execute("UPDATE licenses SET enabled = 0 WHERE license_key = ?", (KEY,))
    page = wizard.status_page
    page.check_button.click()
    assert not page.check_button.isEnabled()  # busy: no double clicks
    qtbot.waitUntil(lambda: page.panel.isVisible(), timeout=10000)
    shoot(wizard, "06-status-disabled")
    assert page.panel.title.text() == MESSAGES["activation_invalid"].title
    assert "disabled" in page.panel.what.text()
    assert page.check_button.isEnabled()


def test_check_now_when_the_vendor_removed_this_device(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    activator: Activator,
    sandbox: Sandbox,
) -> None:
    wizard = activated_wizard(make_wizard, activator)
    with sandbox.db.tx() as db:
        db.execute("UPDATE devices SET active = 0")
    wizard.status_page.check_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.WELCOME, timeout=10000)
    assert "no longer has this device" in wizard.welcome_page.note.text()
    assert not activator.store.exists()


def test_use_another_license_starts_over_and_keeps_the_old_one(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    activator: Activator,
) -> None:
    wizard = activated_wizard(make_wizard, activator)
    wizard.status_page.other_button.click()
    assert wizard.currentId() == PageId.WELCOME
    assert activator.load().identity == KEY  # replaced only when a new one is activated


def test_check_when_offline_says_so_and_keeps_the_activation(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    activator: Activator,
    sandbox: Sandbox,
) -> None:
    wizard = activated_wizard(make_wizard, activator)
    sandbox.stop()
    page = wizard.status_page
    page.check_button.click()
    qtbot.waitUntil(lambda: page.panel.isVisible(), timeout=10000)
    assert page.panel.title.text() == MESSAGES["connect"].title
    assert activator.load().identity == KEY


def test_status_page_offers_finish_not_cancel(make_wizard, activator: Activator) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWizard

    wizard = activated_wizard(make_wizard, activator)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.status_page.other_button.click()
    assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()  # back in the flow


def test_a_disabled_license_opens_on_the_status_page_until_checked_good(
    qtbot: QtBot,
    make_wizard,
    activator: Activator,
    sandbox: Sandbox,  # type: ignore[no-untyped-def]
) -> None:
    wizard = activated_wizard(make_wizard, activator)

    def set_enabled(value: int) -> None:
        with sandbox.db.tx() as db:
            db.execute("UPDATE licenses SET enabled = ? WHERE license_key = ?", (value, KEY))

    set_enabled(0)
    wizard.status_page.check_button.click()
    qtbot.waitUntil(lambda: wizard.status_page.panel.isVisible(), timeout=10000)
    wizard.close()

    again = make_wizard(activator)  # the next start
    assert again.currentId() == PageId.STATUS
    page = again.status_page
    shoot(again, "06-status-refused")
    assert page.problem.isVisible()
    assert page.title() == "Sandbox Demo App: the license cannot be used"
    assert "disabled" in page.problem.text() and "Check now" in page.problem.text()
    assert page.deactivate_button.isEnabled()  # its seat can still be freed
    set_enabled(1)
    page.check_button.click()
    qtbot.waitUntil(lambda: "confirmed" in page.status.text(), timeout=10000)
    assert not page.problem.isVisible()
    assert page.title() == "Sandbox Demo App is activated"


def test_an_embedding_application_hears_deactivated(
    qtbot: QtBot,
    make_wizard,
    activator: Activator,
    sandbox: Sandbox,  # type: ignore[no-untyped-def]
) -> None:
    wizard = activated_wizard(make_wizard, activator)
    with qtbot.waitSignal(wizard.deactivated, timeout=10000):
        wizard.status_page.deactivate_button.click()  # the scripted dialog answers yes
    assert sandbox.db.seats_used(KEY) == 0
