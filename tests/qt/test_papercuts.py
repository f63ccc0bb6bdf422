"""Issue 19's papercuts: each a small thing a user notices, each failing before."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import httpx
from activation_wizard import i18n
from activation_wizard.core.activation import Activator, Identity
from activation_wizard.core.store import ActivationStore
from activation_wizard.gui.pages import PageId
from activation_wizard.gui.wizard import ActivationWizard
from activation_wizard.sandbox.server import Sandbox
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.conftest import MemoryKeyring, sandbox_config
from tests.qt.conftest import ScriptedDialogs, click

NEXT = QWizard.WizardButton.NextButton
CANCEL = QWizard.WizardButton.CancelButton


def test_the_password_page_says_the_change_is_done(
    qtbot: QtBot, make_wizard, sandbox: Sandbox, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    activator = Activator(
        config := sandbox_config(sandbox, tmp_path, product="sandbox-users"),
        store=ActivationStore(config, backend=MemoryKeyring()),
    )
    wizard: ActivationWizard = make_wizard(activator)
    wizard.session.identity = Identity("user", "initial@sandbox.test", "demo-password")
    wizard.setStartId(int(PageId.PASSWORD))
    wizard.restart()
    page = wizard.password_page
    assert "still uses the password it was given" in page.subTitle()
    page.new.setText("a brand new secret")
    page.again.setText("a brand new secret")
    page.change_button.click()
    qtbot.waitUntil(lambda: page.changed, timeout=10000)
    assert page.subTitle() == "Your account has its own password now. Press Next to go on."


def test_changing_the_sign_in_selects_the_password(
    qtbot: QtBot, make_wizard, sandbox: Sandbox, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    config = sandbox_config(sandbox, tmp_path, product="sandbox-users")
    wizard = make_wizard(Activator(config, store=ActivationStore(config, backend=MemoryKeyring())))
    wizard.welcome_page.radios["user"].click()
    click(qtbot, wizard, NEXT)
    page = wizard.credentials_page
    page.email.setText("maxed@sandbox.test")  # signs in, then the activation is refused
    page.password.setText("demo-password")
    click(qtbot, wizard, NEXT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DEVICE, timeout=10000)
    click(qtbot, wizard, NEXT)
    activating = wizard.activating_page
    qtbot.waitUntil(lambda: activating.change_button.isVisible(), timeout=10000)
    activating.change_button.click()
    assert wizard.currentId() == PageId.CREDENTIALS
    # The e-mail stays; the used password is gone and the cursor waits there for it.
    assert page.email.text() == "maxed@sandbox.test"
    assert page.password.hasFocus() and page.password.text() == ""


def test_a_plain_http_test_server_is_not_called_encrypted(
    qtbot: QtBot, make_wizard, sandbox: Sandbox, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    config = sandbox_config(sandbox, tmp_path, product="sandbox-users")
    local = replace(config, api_url="http://127.0.0.1:9/api/v4")
    wizard = make_wizard(Activator(local, store=ActivationStore(local, backend=MemoryKeyring())))
    texts = " ".join(
        label.text()
        for label in wizard.credentials_page.findChildren(type(wizard.credentials_page.hint))
    )
    assert "not encrypted" in texts and "over an encrypted connection" not in texts


def test_the_offline_page_focuses_cleans_and_remembers(
    qtbot: QtBot, make_wizard, activator: Activator, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(activator)
    wizard.welcome_page.offline_button.click()
    page = wizard.offline_page
    assert page.key.hasFocus()
    page.key.setText("demo okay 0000 0002\n")  # pasted from a mail
    assert page.key.text() == "DEMO-OKAY-0000-0002"
    dialogs.save_path = str(tmp_path / "requests" / "activation.req")
    (tmp_path / "requests").mkdir()
    page.save_button.click()
    qtbot.waitUntil(page.load_button.isVisible, timeout=10000)
    # The next start: the request, its key and where it went are shown again.
    again = make_wizard(Activator(activator.config, store=activator.store))
    again.welcome_page.offline_button.click()
    resumed = again.offline_page
    assert "****-****-****-0002" in resumed.note.text()
    assert dialogs.save_path in resumed.steps.text()
    resumed.load_button.click()  # the license file is looked for where the request went
    assert dialogs.starts[-1] == str(tmp_path / "requests")


def test_the_browser_is_told_the_products_name_not_its_code(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    config = sandbox_config(sandbox, tmp_path, product="sandbox-users")
    config = replace(config, product_name=config.product)  # the vendor gave no name
    activator = Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))
    activator.product_details()  # as the welcome page asks (and remembers) it
    with activator.sso_receiver("acme-sso") as receiver:
        page = httpx.get(receiver.redirect_uri + f"?code=c&state={receiver.state}", timeout=5)
    assert "return to Sandbox Team App" in page.text and "sandbox-users" not in page.text


def test_enter_in_the_organisation_field_signs_in(
    qtbot: QtBot, make_wizard, dialogs: ScriptedDialogs, sandbox: Sandbox, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    config = sandbox_config(sandbox, tmp_path, product="sandbox-users", sso_enabled=True)
    wizard = make_wizard(Activator(config, store=ActivationStore(config, backend=MemoryKeyring())))
    dialogs.browser = lambda url: True
    wizard.welcome_page.radios["sso"].click()
    click(qtbot, wizard, NEXT)
    page = wizard.sso_page
    page.account.setText("acme-sso")
    qtbot.keyClick(page.account, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.receiver is not None, timeout=5000)
    assert wizard.currentId() == PageId.SSO  # waiting for the browser, not moved on


def test_four_ways_read_as_a_list_not_a_run_on(
    qtbot: QtBot, make_wizard, sandbox: Sandbox, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    config = sandbox_config(sandbox, tmp_path, product="sandbox-users", sso_enabled=True)
    config = replace(config, methods=("license_key", "user", "sso", "trial"))
    wizard = make_wizard(Activator(config, store=ActivationStore(config, backend=MemoryKeyring())))
    intro = wizard.welcome_page.intro.text()
    assert intro.count(" or ") == 1
    assert "e-mail, the e-mail address and password of your account, your organisation" in intro


def test_german_dates_keep_the_whole_year(qapp: object) -> None:
    try:
        assert i18n.install("de") == "de"
        shown = i18n.format_datetime(datetime(2026, 12, 3, 12, 0, tzinfo=UTC))
    finally:
        i18n.install("en")
    assert "2026" in shown


def test_cancel_after_going_back_from_an_error_is_a_cancel(
    qtbot: QtBot, make_wizard, activator: Activator, dialogs: ScriptedDialogs
) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(activator)
    click(qtbot, wizard, NEXT)
    wizard.key_page.edit.setText("DEMO-NONE-0000-0404")  # refused by the server
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    page = wizard.activating_page
    qtbot.waitUntil(lambda: page.change_button.isVisible(), timeout=10000)
    assert wizard.exit_code() == 3  # the refusal, while it is shown
    page.change_button.click()  # back to the key, then the user gives up
    dialogs.confirm_answer = True
    click(qtbot, wizard, CANCEL)
    assert wizard.exit_code() == 130
