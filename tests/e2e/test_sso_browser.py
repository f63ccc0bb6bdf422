"""Single sign-on with a real browser: headless Chromium opens the URL the wizard
(or the CLI) produced, signs in on the sandbox's identity-provider page, and the
browser's redirect reaches the loopback receiver (for tokens, through the relay
page's script). The real Secret Service keeps the result."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from activation_wizard.cli import ExitCode
from activation_wizard.core.activation import Activator, Identity
from activation_wizard.gui.pages import PageId
from activation_wizard.sandbox.server import Sandbox
from activation_wizard.testing.chromium import Chromium
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.conftest import sandbox_config
from tests.e2e.conftest import RunningSandbox, run_cli, sso_cli
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
    from activation_wizard.testing.browser import PlayedBrowser

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


ATTACKER_PAGE = """<!doctype html><title>A page the user happens to open</title>
<img src="{callback}?code=attacker-code">
<img src="{callback}?error=access_denied&error_description=Call+0800+ATTACKER">
<iframe name="sink"></iframe>
<form id="f" method="post" action="{callback}" target="sink">
<input name="code" value="attacker-code"><input name="state" value="a-guess"></form>
<script>
document.getElementById("f").submit();
fetch("{callback}?code=attacker-code&state=a-guess", {{mode: "no-cors"}})
  .catch(function () {{}})
  .finally(function () {{ setTimeout(function () {{ document.title = "done"; }}, 500); }});
</script>"""


def test_forged_answers_from_a_web_page_are_ignored_and_the_real_sign_in_completes(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """Issue 18: while the wizard waits, another site's page (images, a posted form, a
    script), a link to the receiver with a wrong state and a DNS-rebound name all reach
    the loopback port in real Chromium. None ends the wait or is shown; the user's own
    sign-in then completes as usual."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from activation_wizard.core.store import ActivationStore
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.conftest import MemoryKeyring
    from tests.e2e.conftest import require_chromium

    require_chromium()
    config = sandbox_config(sandbox, tmp_path, product="sandbox-users", sso_enabled=True)
    activator = Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))
    receiver = activator.sso_receiver("acme-sso")
    url = activator.sso_login("acme-sso", receiver)
    page = ATTACKER_PAGE.format(callback=receiver.redirect_uri).encode()

    class Attacker(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, format: str, *args: object) -> None:
            pass

    site = ThreadingHTTPServer(("127.0.0.1", 0), Attacker)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    outcome: list[object] = []
    waiter = threading.Thread(target=lambda: outcome.append(receiver.wait(60)))
    waiter.start()
    browser = Chromium("--host-resolver-rules=MAP rebound.example 127.0.0.1")
    try:
        # Another site (localhost is not 127.0.0.1's site): images, a form, a script.
        browser.driver.get(f"http://localhost:{site.server_port}/")
        WebDriverWait(browser.driver, 15).until(lambda d: d.title == "done")
        # A link another page offers, followed by the user: a top-level navigation.
        browser.driver.get(receiver.redirect_uri + "?code=attacker-code&state=a-guess")
        assert "ATTACKER" not in browser.driver.page_source
        # DNS rebinding: another name for 127.0.0.1, even with the right state.
        rebound = receiver.redirect_uri.replace("127.0.0.1", "rebound.example")
        browser.driver.get(rebound + f"?code=attacker-code&state={receiver.state}")
        assert waiter.is_alive() and not outcome, "a forged answer ended the wait"
        assert receiver.error is None  # nothing forged is ever shown
        browser.sign_in(url, "alice@acme.example")
        waiter.join(15)
    finally:
        browser.quit()
        site.shutdown()
        site.server_close()
    (grant,) = outcome
    assert grant.code and grant.code != "attacker-code"  # type: ignore[attr-defined]
    assert "You can close this tab and return to" in browser.final_text
    assert {"cross-site", "host"} <= set(receiver.refused)
    assert "invalid: the answer belongs to another sign-in (state)" in receiver.refused
    activator.activate(Identity("sso", "", grant=grant))  # type: ignore[arg-type]
    assert activator.load().identity == "alice@acme.example"
