"""Single sign-on in the wizard: the system browser played by an HTTP client that
signs in on the sandbox's identity-provider page; the real loopback receiver."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from activation_wizard.core.activation import Activator
from activation_wizard.core.store import ActivationStore
from activation_wizard.gui.pages import PageId
from activation_wizard.gui.wizard import ActivationWizard
from activation_wizard.sandbox.faults import Fault, Faults
from activation_wizard.sandbox.server import Sandbox
from activation_wizard.testing.browser import PlayedBrowser
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.conftest import MemoryKeyring, sandbox_config
from tests.qt.conftest import ScriptedDialogs, click, shoot

NEXT = QWizard.WizardButton.NextButton
CANCEL = QWizard.WizardButton.CancelButton
ACCOUNT = "acme-sso"


def sso_activator(sandbox: Sandbox, tmp_path: Path, **overrides: object) -> Activator:
    config = sandbox_config(
        sandbox, tmp_path, product="sandbox-users", sso_enabled=True, **overrides
    )
    return Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))


def start_sso(qtbot: QtBot, wizard: ActivationWizard, account: str = ACCOUNT) -> None:
    qtbot.waitUntil(lambda: wizard.welcome_page.product_checked, timeout=5000)
    assert wizard.welcome_page.offered == ["user", "sso", "trial"]
    wizard.welcome_page.radios["sso"].click()
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.SSO
    page = wizard.sso_page
    page.account.setText(account)
    shoot(wizard, "15-sso")
    page.start_button.click()


def done(qtbot: QtBot, wizard: ActivationWizard) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DEVICE, timeout=10000)
    click(qtbot, wizard, NEXT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=10000)


@pytest.mark.parametrize("grant", ["code", "token"])
def test_sso_activates_through_the_browser(
    qtbot: QtBot,
    make_wizard,
    dialogs: ScriptedDialogs,
    sandbox: Sandbox,
    tmp_path: Path,
    grant: str,
    caplog: pytest.LogCaptureFixture,
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    browser = PlayedBrowser(str(sandbox.ca_file), user="alice@acme.example")
    dialogs.browser = browser.open
    activator = sso_activator(sandbox, tmp_path, sso_response_type=grant)
    wizard = make_wizard(activator)
    start_sso(qtbot, wizard)
    if grant == "token":  # a token serves user_licenses and activation: the list is asked
        qtbot.waitUntil(lambda: wizard.currentId() == PageId.LICENSES, timeout=10000)
    done(qtbot, wizard)
    assert "close this tab and return to" in browser.pages[-1].text
    stored = activator.load()
    assert (stored.kind, stored.identity) == ("user", "alice@acme.example")
    assert activator.check().identity == "alice@acme.example"  # no second sign-in needed
    grants = _grants(sandbox)
    # Everything this program logged (the played browser's own thread excluded: a real
    # browser is another process), at DEBUG: no code, no token.
    ours = "\n".join(r.getMessage() for r in caplog.records if "visit" not in r.threadName)
    assert grants and all(value not in ours for value in grants)
    assert activator.remembered_sso_account() == ACCOUNT


def test_several_licenses_with_a_code_sign_in_twice_and_activate_the_choice(
    qtbot: QtBot, make_wizard, dialogs: ScriptedDialogs, sandbox: Sandbox, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    browser = PlayedBrowser(str(sandbox.ca_file), user="bob@acme.example")
    dialogs.browser = browser.open
    activator = sso_activator(sandbox, tmp_path, sso_list_licenses=True)
    wizard = make_wizard(activator)
    start_sso(qtbot, wizard)
    page = wizard.licenses_page
    qtbot.waitUntil(lambda: page.list.count() == 2, timeout=10000)
    page.list.setCurrentRow(1)
    chosen = page.licenses[1].license.id
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.SSO_AGAIN  # the first code was used up
    done(qtbot, wizard)
    assert len(browser.opened) == 2  # the IdP's session made the second one instant
    assert activator.load().license_id == chosen
    with sandbox.db.tx() as db:
        request = db.execute("SELECT request FROM devices WHERE request != '{}'").fetchone()
    assert json.loads(request[0])["license_id"] == chosen


def test_cancel_while_waiting_stops_the_receiver_and_keeps_the_window(
    qtbot: QtBot, make_wizard, dialogs: ScriptedDialogs, sandbox: Sandbox, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialogs.browser = lambda url: True  # a browser where nobody signs in
    wizard = make_wizard(sso_activator(sandbox, tmp_path))
    start_sso(qtbot, wizard)
    page = wizard.sso_page
    qtbot.waitUntil(lambda: page.receiver is not None, timeout=5000)
    redirect = page.receiver.redirect_uri
    click(qtbot, wizard, CANCEL)
    assert wizard.isVisible() and wizard.currentId() == PageId.SSO
    assert "cancelled" in page.status.text()
    qtbot.waitUntil(lambda: wizard.runner.pool.activeThreadCount() == 0, timeout=3000)
    with pytest.raises(httpx.TransportError):  # refused or reset: nobody answers any more
        httpx.get(redirect + "?code=late", timeout=2)


def test_a_timeout_ends_in_a_clear_message(
    qtbot: QtBot, make_wizard, dialogs: ScriptedDialogs, sandbox: Sandbox, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialogs.browser = lambda url: True
    activator = sso_activator(sandbox, tmp_path)
    activator = Activator(replace(activator.config, sso_timeout=1), store=activator.store)
    wizard = make_wizard(activator)
    start_sso(qtbot, wizard)
    page = wizard.sso_page
    qtbot.waitUntil(lambda: page.panel.isVisible(), timeout=5000)
    assert page.panel.title.text() == "Sign-in took too long"
    assert page.start_button.isEnabled()  # try again


def test_the_pasted_address_is_the_fallback(
    qtbot: QtBot, make_wizard, dialogs: ScriptedDialogs, sandbox: Sandbox, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    locations: list[str] = []

    def browser_elsewhere(url: str) -> bool:  # signs in, but cannot reach this machine
        played = PlayedBrowser(str(sandbox.ca_file))
        played.follow = lambda location: locations.append(location)  # type: ignore[method-assign]
        played.visit(url)
        return True

    dialogs.browser = browser_elsewhere
    wizard = make_wizard(sso_activator(sandbox, tmp_path))
    start_sso(qtbot, wizard)
    page = wizard.sso_page
    qtbot.waitUntil(lambda: bool(locations) and page.receiver is not None, timeout=5000)
    page.paste.setText("not an address at all")
    page.paste_button.click()
    assert page.panel.title.text() == "That sign-in answer cannot be used"
    page.paste.setText(locations[0].replace("state=", "state=x"))  # another sign-in's
    page.paste_button.click()
    assert "another sign-in" in page.panel.what.text()
    page.paste.setText(locations[0])
    page.paste_button.click()
    done(qtbot, wizard)


def test_a_reused_code_is_refused_with_a_message(
    qtbot: QtBot, make_wizard, dialogs: ScriptedDialogs, sandbox: Sandbox, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    browser = PlayedBrowser(str(sandbox.ca_file))
    dialogs.browser = browser.open
    activator = sso_activator(sandbox, tmp_path)
    wizard = make_wizard(activator)
    start_sso(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DEVICE, timeout=10000)
    grant = wizard.session.identity.grant
    with activator.client() as client:  # someone else redeems the code first
        client.user_licenses({"product": "sandbox-users", **grant.request_fields()})
    click(qtbot, wizard, NEXT)
    page = wizard.activating_page
    qtbot.waitUntil(lambda: page.panel.isVisible(), timeout=10000)
    assert page.panel.title.text() == "No license for your account"


def test_an_unknown_organisation_is_named(
    qtbot: QtBot, make_wizard, dialogs: ScriptedDialogs, sandbox: Sandbox, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(sso_activator(sandbox, tmp_path))
    start_sso(qtbot, wizard, account="no-such-org")
    page = wizard.sso_page
    qtbot.waitUntil(lambda: page.panel.isVisible(), timeout=5000)
    assert page.panel.title.text() == "Organisation not found"
    assert "no-such-org" in page.panel.what.text()
    assert not dialogs.urls


def _grants(sandbox: Sandbox) -> list[str]:
    with sandbox.db.tx() as db:
        return [r[0] for r in db.execute("SELECT value FROM sso_grants")]


def test_a_lost_answer_is_settled_by_signing_in_again_not_by_resending_the_code(
    qtbot: QtBot,
    make_wizard,
    dialogs: ScriptedDialogs,
    sandbox: Sandbox,
    faults: Faults,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    """Issue 19: the code grant's answer is lost after the server committed. No Retry
    (the code is spent); *Sign in again* starts a fresh sign-in at once, Next waits for
    it, and the activation that had reached the server is kept: one seat."""
    browser = PlayedBrowser(str(sandbox.ca_file), user="alice@acme.example")
    dialogs.browser = browser.open
    activator = sso_activator(sandbox, tmp_path)
    wizard = make_wizard(activator)
    faults.add(Fault("drop_after", endpoint="activate_license"))
    start_sso(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DEVICE, timeout=10000)
    click(qtbot, wizard, NEXT)
    page = wizard.activating_page
    qtbot.waitUntil(lambda: page.panel.isVisible(), timeout=10000)
    assert page.panel.title.text() == "The answer from the license server was lost"
    assert not page.retry_button.isVisible()  # the code cannot be sent again
    assert page.change_button.text() == "Sign in &again" and page.change_button.hasFocus()
    dialogs.browser = lambda url: True  # this time the user takes a moment
    page.change_button.click()
    sso = wizard.sso_page
    assert wizard.currentId() == PageId.SSO
    assert sso.status.text() != "Signed in." and not wizard.button(NEXT).isEnabled()
    qtbot.waitUntil(lambda: sso.receiver is not None, timeout=5000)
    browser.visit(sso.url)  # now the user signs in
    done(qtbot, wizard)
    assert wizard.done_page is not None
    assert sandbox.db.seats_used_by("alice@acme.example") == 1
    assert activator.load().identity == "alice@acme.example"
    assert activator.pending() is None
