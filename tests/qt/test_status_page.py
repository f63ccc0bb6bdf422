"""The status page: what the user sees when this device is already activated."""

from __future__ import annotations

import pytest
from activation_wizard.core.activation import Activator, Identity
from activation_wizard.errors import NotActivated
from activation_wizard.gui.pages import PageId
from activation_wizard.messages import MESSAGES
from activation_wizard.sandbox.server import Sandbox
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.qt.conftest import ScriptedDialogs, shoot

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
    assert details.value("Next check")  # policy.recheck_every: 7 days by default


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
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=10000)
    shoot(wizard, "06-status-disabled")
    # The title agrees with the warning below it (not "is activated" above "not valid").
    assert page.title() == "Sandbox Demo App: the license cannot be used"
    assert "disabled" in page.problem.text()
    assert not page.panel.isVisible()  # said once, not twice
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
    # Activating again takes one Next: the key is there already.
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PageId.LICENSE_KEY
    assert wizard.key_page.edit.text() == KEY


def test_use_another_license_frees_the_old_seat_first(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    activator: Activator,
    sandbox: Sandbox,
    dialogs: ScriptedDialogs,
) -> None:
    wizard = activated_wizard(make_wizard, activator)
    dialogs.answers = [False]  # "Keep this license"
    wizard.status_page.other_button.click()
    assert wizard.currentId() == PageId.STATUS and sandbox.db.seats_used(KEY) == 1
    assert "****-****-****-0001" in dialogs.texts[-1]  # says which license goes
    wizard.status_page.other_button.click()  # now "Deactivate and continue"
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.WELCOME, timeout=10000)
    assert sandbox.db.seats_used(KEY) == 0  # the old seat is free, not left behind
    assert "seat is free" in wizard.welcome_page.note.text()
    with pytest.raises(NotActivated):
        activator.load()


@pytest.mark.parametrize("go_on", [False, True])
def test_use_another_license_offline_lets_the_user_choose(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    activator: Activator,
    sandbox: Sandbox,
    dialogs: ScriptedDialogs,
    go_on: bool,
) -> None:
    wizard = activated_wizard(make_wizard, activator)
    sandbox.stop()
    dialogs.answers = [True, go_on]
    wizard.status_page.other_button.click()
    qtbot.waitUntil(lambda: len(dialogs.asked) == 2, timeout=10000)
    assert dialogs.asked[-1] == "The license server cannot be reached"
    if go_on:
        qtbot.waitUntil(lambda: wizard.currentId() == PageId.WELCOME, timeout=5000)
        assert "release it in the vendor's customer portal" in wizard.welcome_page.note.text()
        kept = list(activator.store.folder.glob("removed-replaced-*.json"))
        assert len(kept) == 1  # recoverable: activation-wizard import FILE
    else:
        assert wizard.currentId() == PageId.STATUS
        assert activator.load().identity == KEY


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


def test_status_page_offers_finish_not_cancel(
    qtbot: QtBot,
    make_wizard,
    activator: Activator,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QWizard

    wizard = activated_wizard(make_wizard, activator)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.status_page.other_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.WELCOME, timeout=10000)
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
    qtbot.waitUntil(lambda: wizard.status_page.problem.isVisible(), timeout=10000)
    wizard.close()

    again = make_wizard(activator)  # the next start
    assert again.currentId() == PageId.STATUS
    page = again.status_page
    shoot(again, "06-status-refused")
    assert page.problem.isVisible()
    assert page.title() == "Sandbox Demo App: the license cannot be used"
    assert "disabled" in page.problem.text() and "check it again" in page.problem.text()
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


def test_the_status_page_shown_again_after_a_deactivation_can_be_used(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    activator: Activator,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    """Its buttons were left greyed after a deactivation: shown again in the same
    window (a saved activation imported), nothing on it could be clicked."""
    from activation_wizard.core.store import ActivationStore
    from activation_wizard.testing.keyrings import MemoryKeyring

    wizard = activated_wizard(make_wizard, activator)
    page = wizard.status_page
    page.deactivate_button.click()  # the scripted dialog answers yes
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.WELCOME, timeout=10000)
    # Activated again from another program on this computer, which saved a copy.
    elsewhere = Activator(
        activator.config, store=ActivationStore(activator.config, backend=MemoryKeyring())
    )
    rescue = tmp_path / "activation-recovery.json"
    elsewhere.export(elsewhere.activate(Identity("license_key", KEY)), rescue)
    wizard.session.dialogs.open_path = str(rescue)
    wizard.welcome_page.import_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.STATUS, timeout=10000)
    assert page.check_button.isEnabled() and page.deactivate_button.isEnabled()
    assert page.other_button.isEnabled()
    page.check_button.click()
    qtbot.waitUntil(lambda: "confirmed" in page.status.text(), timeout=10000)


def test_a_subscription_in_grace_says_until_when_and_to_renew(
    make_wizard,
    activator: Activator,  # type: ignore[no-untyped-def]
) -> None:
    """Issue 20: it was refused here as expired while the server still accepted it."""
    activator.activate(Identity("license_key", "DEMO-GRCE-0000-0001"))
    wizard = make_wizard(replace_portal(activator, "https://store.example/renew"))
    page = wizard.status_page
    assert wizard.currentId() == PageId.STATUS and not page.problem.isVisible()
    assert page.title() == "Sandbox Demo App is activated"
    assert page.grace.isVisibleTo(page)
    text = page.grace.text()
    assert text.startswith("This license ended on ") and "keeps working until" in text
    assert text.endswith("Renew at https://store.example/renew")
    assert "in its grace period until" in page.details.value("Expires")
    shoot(wizard, "status-grace")


def test_features_show_their_own_ends(make_wizard, activator: Activator) -> None:  # type: ignore[no-untyped-def]
    activator.activate(Identity("license_key", "DEMO-FEAT-0000-0001"))
    wizard = make_wizard(activator)
    features = wizard.status_page.details.value("Features")
    pro, export, cloud = features.split(", ")
    assert pro.startswith("Pro tools (until ") and export == "Export to PDF (ended)"
    assert cloud == "Cloud sync"
    assert not wizard.status_page.grace.isVisibleTo(wizard.status_page)


def replace_portal(activator: Activator, url: str) -> Activator:
    from dataclasses import replace

    return Activator(replace(activator.config, portal_url=url), store=activator.store)


def test_borrow_a_floating_seat_for_offline_use_then_return_it(  # type: ignore[no-untyped-def]
    qtbot: QtBot, make_wizard, activator: Activator, dialogs: ScriptedDialogs
) -> None:
    activator.activate(Identity("license_key", "DEMO-FLOA-0000-0001"))
    wizard = make_wizard(activator)
    page = wizard.status_page
    floating = page.floating
    assert page.details.value("Floating seats") == "3 seats, shared"
    assert floating.borrow_button.isVisibleTo(page)
    assert not floating.return_button.isVisibleTo(page)
    dialogs.hours = 12
    floating.borrow_button.click()
    assert dialogs.hours_limits == [72]  # the license's max_borrow_time
    assert "At most 72" in dialogs.texts[-1]
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.status.text().startswith("Borrowed until ")
    assert "borrowed by this computer until" in page.details.value("Floating seats")
    assert floating.return_button.isVisibleTo(page)
    assert not floating.borrow_button.isVisibleTo(page)
    shoot(wizard, "status-borrowed")
    floating.return_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.status.text() == "The seat is shared again."
    assert page.details.value("Floating seats") == "3 seats, shared"
    assert floating.borrow_button.isVisibleTo(page)


def test_a_cancelled_borrow_sends_nothing(  # type: ignore[no-untyped-def]
    make_wizard, activator: Activator, dialogs: ScriptedDialogs
) -> None:
    activator.activate(Identity("license_key", "DEMO-FLOA-0000-0001"))
    wizard = make_wizard(activator)
    dialogs.hours = None
    wizard.status_page.floating.borrow_button.click()
    assert not wizard.status_page.busy
    assert "borrowed" not in wizard.status_page.details.value("Floating seats")


def test_a_consumption_license_shows_what_is_used_and_when_it_resets(  # type: ignore[no-untyped-def]
    make_wizard, activator: Activator
) -> None:
    activator.activate(Identity("license_key", "DEMO-CONS-0000-0001"))
    wizard = make_wizard(activator)
    assert wizard.status_page.details.value("Consumption") == (
        "0 of 100 used; up to 20 more allowed; resets every month"
    )
    assert not wizard.status_page.floating.isVisibleTo(wizard.status_page)


def test_a_damaged_usage_ledger_is_said_on_the_status_page_not_a_crash(  # type: ignore[no-untyped-def]
    make_wizard, activator: Activator
) -> None:
    activator.activate(Identity("license_key", "DEMO-CONS-0000-0001"))
    (activator.folder / "consumption.json").write_text("garbage{")
    wizard = make_wizard(activator)
    assert wizard.currentId() == PageId.STATUS
    said = wizard.status_page.details.value("Uses not sent yet")
    assert said.startswith("The file ") and "consumption.json was changed outside" in said
