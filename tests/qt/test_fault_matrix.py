"""Every injected fault x {license key, account} through the wizard: a specific
message, no crash, no hang, and the seats on the server afterwards."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.core.activation import Activator
from app.gui.pages import PageId
from app.sandbox.faults import Fault, Faults
from app.sandbox.server import Sandbox
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
