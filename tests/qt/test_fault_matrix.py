"""Every injected fault x {license key, account} through the wizard: a specific
message, no crash, no hang, and the seats on the server afterwards."""

from __future__ import annotations

from dataclasses import replace

import pytest
from activation_wizard.core.activation import Activator
from activation_wizard.core.store import ActivationStore
from activation_wizard.gui.pages import PageId
from activation_wizard.sandbox.faults import Fault, Faults
from activation_wizard.sandbox.server import Sandbox
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.conftest import MemoryKeyring
from tests.fixtures.fault_matrix import CASES, IDS, Case
from tests.qt.conftest import click

NEXT = QWizard.WizardButton.NextButton


def device_seats(sandbox: Sandbox) -> int:
    with sandbox.db.tx() as db:
        return int(
            db.execute(
                "SELECT COUNT(*) FROM devices WHERE active = 1 AND request != '{}'"
            ).fetchone()[0]
        )


@pytest.mark.parametrize("who", ["key", "account"])
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_fault(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    activator: Activator,
    sandbox: Sandbox,
    faults: Faults,
    case: Case,
    who: str,
) -> None:
    config = replace(activator.config, read_timeout=1.0, methods=("license_key", "user"))
    if who == "account":
        config = replace(config, product="sandbox-users", product_name="Sandbox Team App")
    wizard = make_wizard(Activator(config, store=activator.store))
    faults.add(Fault.parse(case.fault + "@activate_license"))
    if who == "key":
        click(qtbot, wizard, NEXT)
        wizard.key_page.edit.setText("DEMO-OKAY-0000-0001")
    else:
        wizard.welcome_page.radios["user"].click()
        click(qtbot, wizard, NEXT)
        wizard.credentials_page.email.setText("ok@sandbox.test")
        wizard.credentials_page.password.setText("demo-password")
    click(qtbot, wizard, NEXT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DEVICE, timeout=10000)
    click(qtbot, wizard, NEXT)
    page = wizard.activating_page
    qtbot.waitUntil(
        lambda: wizard.currentId() == PageId.DONE or page.panel.isVisible(), timeout=15000
    )
    assert [e["kind"] for e in faults.applied()] == [case.fault.split(":")[0]]
    if case.says:
        assert page.panel.title.text() == case.says
        assert case.also in page.panel.what.text() + page.panel.todo.text()
    else:
        assert wizard.currentId() == PageId.DONE
    assert device_seats(sandbox) == case.seats
    assert (wizard.session.activator.pending() is not None) == case.pending
    if case.pending:  # the seat is the server's: Retry (or the next start) keeps it here
        page.retry_button.click()
        qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=10000)
        assert device_seats(sandbox) == 1
        assert wizard.session.activator.pending() is None


# --- issue 19: the same faults for single sign-on and for deactivation -------------

SSO_FAULTS = [c.fault for c in CASES]


def this_device(sandbox: Sandbox) -> int:
    return device_seats(sandbox)


@pytest.mark.parametrize("fault", SSO_FAULTS)
def test_sso_fault_ends_with_one_seat_kept_or_none(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    activator: Activator,
    sandbox: Sandbox,
    faults: Faults,
    fault: str,
    tmp_path: object,
) -> None:
    """A single sign-on (code grant) meets each fault; whatever it says, signing in
    again as the page offers ends with this device activated on exactly one seat (or,
    for a definite refusal of this request, none): 0 stranded, 0 double."""
    from activation_wizard.testing.browser import PlayedBrowser

    from tests.qt.conftest import ScriptedDialogs

    config = replace(
        activator.config,
        product="sandbox-users",
        product_name="Sandbox Team App",
        authorization_method="user",
        sso_enabled=True,
        sso_account="acme-sso",
        read_timeout=1.0,
    )
    store = ActivationStore(config, backend=MemoryKeyring())
    wizard = make_wizard(Activator(config, store=store))
    dialogs: ScriptedDialogs = wizard.session.dialogs  # type: ignore[assignment]
    browser = PlayedBrowser(str(sandbox.ca_file), user="alice@acme.example")
    dialogs.browser = browser.open
    faults.add(Fault.parse(fault + "@activate_license"))
    wizard.welcome_page.radios["sso"].click()
    click(qtbot, wizard, NEXT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DEVICE, timeout=10000)
    click(qtbot, wizard, NEXT)
    page = wizard.activating_page
    qtbot.waitUntil(
        lambda: wizard.currentId() == PageId.DONE or page.panel.isVisible(), timeout=15000
    )
    if wizard.currentId() != PageId.DONE:
        page.change_button.click()  # "Sign in again": a fresh sign-in settles it
        qtbot.waitUntil(lambda: wizard.currentId() == PageId.DEVICE, timeout=10000)
        click(qtbot, wizard, NEXT)
        qtbot.waitUntil(
            lambda: wizard.currentId() == PageId.DONE or page.panel.isVisible(), timeout=15000
        )
        if page.panel.isVisible() and "Sign in once more" in page.panel.title.text():
            page.change_button.click()  # the look-up used that sign-in: one more
            qtbot.waitUntil(lambda: wizard.currentId() == PageId.DEVICE, timeout=10000)
            click(qtbot, wizard, NEXT)
        qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=15000)
    assert this_device(sandbox) == 1  # kept here, never two
    assert wizard.session.activator.load().identity == "alice@acme.example"
    assert wizard.session.activator.pending() is None


DEACTIVATION_FAULTS = [
    ("drop_before", True),  # lost before the server acted: finished next start
    ("drop_after", True),  # freed, answer lost: removed here next start
    ("truncate", True),
    ("latency:3", True),  # read timeout 1 s
    ("error_5xx:500", False),  # the server failed it: nothing happened, still activated
    ("error_5xx:503", True),  # a gateway's: may have acted; settled next start
    ("gateway_after:502", True),
]


@pytest.mark.parametrize(("fault", "settled_later"), DEACTIVATION_FAULTS)
def test_deactivation_fault_ends_with_the_seat_and_this_device_agreeing(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    activator: Activator,
    sandbox: Sandbox,
    faults: Faults,
    fault: str,
    settled_later: bool,
) -> None:
    from activation_wizard.core.activation import Identity

    config = replace(activator.config, read_timeout=1.0)
    first = Activator(config, store=activator.store)
    first.activate(Identity("license_key", "DEMO-OKAY-0000-0001"))
    wizard = make_wizard(first)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.STATUS, timeout=10000)
    faults.add(Fault.parse(fault + "@deactivate_license"))
    wizard.status_page.deactivate_button.click()  # the scripted dialog answers yes
    qtbot.waitUntil(lambda: wizard.status_page.panel.isVisible(), timeout=15000)
    assert (first.pending() is not None) == settled_later
    # The next start settles whatever is left; then seat and device agree.
    again = make_wizard(Activator(config, store=activator.store))
    qtbot.waitUntil(lambda: not again.session.loading, timeout=10000)
    qtbot.waitUntil(lambda: again.runner.pool.activeThreadCount() == 0, timeout=10000)
    stored_here = again.session.activator.store.exists()
    seats = this_device(sandbox)
    assert seats in (0, 1) and (seats == 1) == stored_here  # 0 stranded, 0 double
    assert settled_later == (seats == 0)  # what was asked is done, once it could be
