"""Single sign-on with a real browser: headless Chromium opens the URL the wizard
(or the CLI) produced, signs in on the sandbox's identity-provider page, and the
browser's redirect reaches the loopback receiver (for tokens, through the relay
page's script). The real Secret Service keeps the result."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.cli import ExitCode
from app.core.activation import Activator
from app.gui.pages import PageId
from app.sandbox.server import Sandbox
from tests.conftest import sandbox_config
from tests.e2e.conftest import RunningSandbox, run_cli, sso_cli
from tests.fixtures.chromium import Chromium
from tests.qt.conftest import ScriptedDialogs

NEXT = QWizard.WizardButton.NextButton


@pytest.mark.parametrize("grant", ["code", "token"])
def test_the_wizard_signs_in_through_chromium(
    qtbot: QtBot,
    make_wizard,
    dialogs: ScriptedDialogs,
    sandbox: Sandbox,
    tmp_path: Path,
    chromium: Chromium,
    secret_service: None,
    grant: str,
) -> None:  # type: ignore[no-untyped-def]
    config = sandbox_config(
        sandbox,
        tmp_path,
        product="sandbox-users",
        sso_enabled=True,
        sso_account="acme-sso",
        sso_response_type=grant,
    )
    activator = Activator(config)  # the real keyring
    dialogs.browser = chromium.opener("alice@acme.example")
    wizard = make_wizard(activator)
    qtbot.waitUntil(lambda: wizard.welcome_page.product_checked, timeout=5000)
    wizard.welcome_page.radios["sso"].click()
    wizard.button(NEXT).click()  # the account is configured: straight to the browser
    qtbot.waitUntil(
        lambda: wizard.currentId() in (PageId.DEVICE, PageId.LICENSES) or bool(chromium.errors),
        timeout=30000,
    )
    assert not chromium.errors, chromium.errors
    if wizard.currentId() == PageId.LICENSES:
        qtbot.waitUntil(lambda: wizard.currentId() == PageId.DEVICE, timeout=10000)
    wizard.button(NEXT).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=15000)
    qtbot.waitUntil(lambda: bool(chromium.final_text or chromium.errors), timeout=15000)
    assert "You can close this tab and return to" in chromium.final_text
    assert activator.load().identity == "alice@acme.example"
    activator.deactivate()


def test_the_cli_signs_in_through_chromium(
    cli_env: dict[str, str],
    sandbox_process: RunningSandbox,
    chromium: Chromium,
    secret_service: None,
) -> None:
    env = {**cli_env, "ACTIVATION_WIZARD_PRODUCT": "sandbox-users"}
    proc = sso_cli(cli_env, "--json")
    assert proc.stderr is not None
    url = ""
    for line in proc.stderr:
        found = re.search(r"https://\S+/sso/auth\S+", line)
        if found:
            url = found.group(0)
            break
    assert url, "the CLI printed no sign-in URL"
    chromium.sign_in(url, "bob@acme.example")
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == ExitCode.OK, err
    assert '"activated": true' in out
    status = run_cli(env, "status")
    assert "bob@acme.example" in status.stdout
    assert run_cli(env, "deactivate").returncode == ExitCode.OK


def test_the_cli_takes_a_pasted_address(
    cli_env: dict[str, str], sandbox_process: RunningSandbox, secret_service: None
) -> None:
    from tests.fixtures.browser import PlayedBrowser

    proc = sso_cli(cli_env)
    assert proc.stderr is not None and proc.stdin is not None
    url = next(
        m.group(0) for line in proc.stderr if (m := re.search(r"https://\S+/sso/auth\S+", line))
    )
    landed: list[str] = []
    browser = PlayedBrowser(str(sandbox_process.info["ca_file"]))
    browser.follow = lambda location: landed.append(location)  # type: ignore[method-assign]
    browser.visit(url)  # signs in, but "cannot reach" this machine
    proc.stdin.write(landed[0] + "\n")
    proc.stdin.flush()
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == ExitCode.OK, err
    assert "alice@acme.example" in out
